"""Time the parser of two (or more) trees against bench_parse's baseline, in one run.

Run: .venv/bin/python tests/bench/bench_parse_ab.py OLD_TREE NEW_TREE [--every 4] [--repeats 5]
A tree is a checkout of this repository (`git archive <rev> | tar -x -C DIR` makes one).
Each tree is timed in its own process, over every n-th labelled mail of the shared corpus,
the fixtures and the dev split, in chunks that alternate the trees, so that a busy machine
slows both alike. Per mail the parse and the baseline (BytesParser + Calendar.from_ical)
are timed alternately, best of N, in CPU time: on a shared machine a wall clock charges a
20 ms parse with other processes' time slices far more often than a 1 ms baseline. Printed
per tree: bench_parse's ratio of medians for text/HTML and calendar mail, and the median
per-mail ratio. Far quicker than bench_parse.py, and its figures are lower (CPU time); the
change between the trees is what it measures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def worker(tree: str, listing: str, repeats: int, out: str) -> None:
    """Time every mail in `listing` with the parser of `tree`; write {path: [kind, ours, base]}."""
    sys.path[:0] = [tree, f"{tree}/tests/bench"]
    warnings.simplefilter("ignore")
    import bench_parse

    import service.parsing
    from service.parsing import ParseError, parse_message

    # the editable install's finder must not win over the tree asked for
    assert Path(service.parsing.__file__).is_relative_to(Path(tree).resolve()), tree

    def once(action: Callable[[bytes], object], raw: bytes) -> float:
        started = time.thread_time()
        with contextlib.suppress(ParseError, ValueError):
            action(raw)
        return time.thread_time() - started

    results = {}
    for line in Path(listing).read_text(encoding="utf-8").splitlines():
        path, kind = line.split("\t")
        raw = Path(path).read_bytes()
        once(parse_message, raw)  # warm the caches, as bench_parse does
        ours = base = float("inf")
        for _ in range(repeats):
            ours = min(ours, once(parse_message, raw))
            base = min(base, once(bench_parse.baseline, raw))
        results[path] = [kind, ours, base]
    Path(out).write_text(json.dumps(results), encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        worker(argv[1], argv[2], int(argv[3]), argv[4])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--every", type=int, default=4, help="time every n-th mail")
    parser.add_argument("--repeats", type=int, default=5, help="best of how many runs")
    parser.add_argument("--chunks", type=int, default=4, help="alternate the trees this often")
    options = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tests" / "bench"))
    import bench_parse

    files = [f for f in bench_parse.labelled_files() if f.split != "heldout"][:: options.every]
    items = [
        (
            str(f.path),
            "cal" if bench_parse.is_calendar_bearing(f.path.read_bytes(), f.path) else "text",
        )
        for f in files
    ]
    random.Random(1).shuffle(items)
    results: dict[str, dict[str, list[object]]] = {tree: {} for tree in options.trees}
    with tempfile.TemporaryDirectory() as scratch:
        for chunk in range(options.chunks):
            part = items[
                chunk * len(items) // options.chunks : (chunk + 1) * len(items) // options.chunks
            ]
            listing = Path(scratch) / f"chunk{chunk}.tsv"
            listing.write_text(
                "".join(f"{path}\t{kind}\n" for path, kind in part), encoding="utf-8"
            )
            trees = options.trees if chunk % 2 == 0 else options.trees[::-1]
            for number, tree in enumerate(trees):
                out = Path(scratch) / f"{chunk}-{number}.json"
                command = [sys.executable, __file__, "--worker", tree, str(listing)]
                subprocess.run([*command, str(options.repeats), str(out)], check=True)
                results[tree].update(json.loads(out.read_text(encoding="utf-8")))
    for tree in options.trees:
        for kind in ("text", "cal"):
            pairs = [
                (float(ours), float(base)) for k, ours, base in results[tree].values() if k == kind
            ]
            if not pairs:
                continue
            ours = statistics.median(m for m, _ in pairs)
            base = statistics.median(b for _, b in pairs)
            per_mail = statistics.median(m / b for m, b in pairs)
            print(
                f"{tree}: {kind:4s} {len(pairs):5d} mails, median parse {1000 * ours:.2f} ms vs "
                f"{1000 * base:.2f} ms = {ours / base:.2f}x (median per-mail ratio {per_mail:.2f}x)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
