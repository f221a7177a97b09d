"""The folder list is the architecture: these checks keep the imports saying the same.

Read from the import graph of `service/` (grimp parses the sources; nothing is imported).
"""

from __future__ import annotations

import grimp
import pytest

FOUNDATIONS = ("service.platform", "service.parsing")
FEATURES = (
    "service.accounts",
    "service.interviews",
    "service.steps",
    "service.outbox",
    "service.inbound",
    "service.scheduler",
    "service.web",
)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(
        "service",
        include_external_packages=True,
        exclude_type_checking_imports=True,
        cache_dir=None,  # read the sources as they are now; write nothing into the tree
    )


def _module_imports(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    """Direct imports between modules of `service`, without the two that wire, not depend:
    the app factory (it loads every package) and a package's `init_app` loading its own
    modules to register their commands and views."""
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        if not module.startswith("service.") or module.startswith("service.__"):
            continue
        edges[module] = {
            imported
            for imported in graph.find_modules_directly_imported_by(module)
            if imported.startswith("service.") and not imported.startswith(module + ".")
        }
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_cycle_between_modules(graph: grimp.ImportGraph) -> None:
    # The CLI and inbound/command.py, and the admin's common.py and inbound.py, were such
    # loops once, held together by imports inside functions.
    assert _cycles(_module_imports(graph)) == []


def test_the_cycle_finder_sees_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(edges) == [["a", "b", "c"]]


def _imports_of(graph: grimp.ImportGraph, package: str) -> set[tuple[str, str]]:
    return {
        (importer, imported)
        for importer in graph.find_descendants(package) | {package}
        for imported in graph.find_modules_directly_imported_by(importer)
    }


@pytest.mark.parametrize("foundation", FOUNDATIONS)
def test_foundations_import_no_feature(graph: grimp.ImportGraph, foundation: str) -> None:
    offending = [pair for pair in _imports_of(graph, foundation) if pair[1].startswith(FEATURES)]
    assert offending == []


def test_parsing_imports_only_the_platform(graph: grimp.ImportGraph) -> None:
    outside = {
        imported
        for _importer, imported in _imports_of(graph, "service.parsing")
        if imported.startswith("service") and not imported.startswith("service.parsing")
    }
    assert {module.rsplit(".", 1)[0] for module in outside} <= {"service.platform"}


@pytest.mark.parametrize("module", ["service.platform.errors", "service.steps.schedule"])
def test_domain_modules_carry_no_flask(graph: grimp.ImportGraph, module: str) -> None:
    assert "flask" not in graph.find_modules_directly_imported_by(module)


@pytest.mark.parametrize("edge", ["service.web", "service.scheduler"])
def test_only_the_edge_itself_imports_an_edge(graph: grimp.ImportGraph, edge: str) -> None:
    # The HTTP edge may start the scheduler beside the development server; nothing else
    # reaches up into an edge: the domain is the same whichever edge calls it.
    allowed = {"service.web"}
    offending = sorted(
        (importer, imported)
        for importer in graph.modules
        if importer.startswith("service.") and not importer.startswith(edge)
        for imported in graph.find_modules_directly_imported_by(importer)
        if (imported == edge or imported.startswith(edge + "."))
        and not importer.startswith(tuple(allowed))
    )
    assert offending == []
