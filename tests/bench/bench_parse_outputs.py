"""Dump the parser's output for every corpus input, to prove a speed change alters nothing.

Run: .venv/bin/python tests/bench/bench_parse_outputs.py dump OUT.json
     .venv/bin/python tests/bench/bench_parse_outputs.py compare OLD.json NEW.json
A dump holds `to_json_dict()` and the repr of every ParsedMessage field (unrounded confidence,
subject, sender ...) for each mail in tests/parsing/corpus/*, tests/parsing/fixtures and the
shared corpus, labelled or not. `compare` prints only counts and non-held-out names, so
held-out contents stay unseen.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service.parsing import ParseError, parse_message  # noqa: E402

SKIPPED_SUFFIXES = (".expected.json", ".md", ".py", ".txt", ".json")


def inputs() -> list[Path]:
    """Return every mail or calendar input in the corpus folders, sorted for a stable dump."""
    folders = [ROOT / "tests" / "parsing" / "fixtures"]
    folders += sorted(p for p in (ROOT / "tests" / "parsing" / "corpus").iterdir() if p.is_dir())
    shared = ROOT.parent / "shared" / "corpus" / "files"
    if shared.is_dir():
        folders.append(shared)
    found = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.endswith(SKIPPED_SUFFIXES):
                found.append(path)
    return found


def key_of(path: Path) -> str:
    """Name an input relative to the worktree, or to the shared corpus."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return "shared/" + path.name


def outputs() -> dict[str, object]:
    """Parse every input and return its full output, keyed by the input's name."""
    warnings.simplefilter("ignore")
    result: dict[str, object] = {}
    for path in inputs():
        try:
            parsed = parse_message(path.read_bytes())
        except ParseError as error:
            result[key_of(path)] = {"error": str(error)}
            continue
        fields = {f.name: repr(getattr(parsed, f.name)) for f in dataclasses.fields(parsed)}
        result[key_of(path)] = {"json": parsed.to_json_dict(), "fields": fields}
    return result


def compare(old: dict[str, object], new: dict[str, object]) -> int:
    """Print how many inputs differ; name only those outside the held-out split."""
    changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    hidden = [k for k in changed if "/heldout/" in k]
    print(f"{len(old)} vs {len(new)} inputs; {len(changed)} differ ({len(hidden)} held-out)")
    for name in changed:
        if name not in hidden:
            print("  " + name)
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "dump":
        Path(argv[1]).write_text(
            json.dumps(outputs(), indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8"
        )
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        old, new = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:])
        return compare(old, new)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
