"""Count how often forwarding changes what the parser reads, per wrapper.

Run: .venv/bin/python tests/bench/bench_forwards.py [--per-mail N] [--seed S] [-v]
Each text invitation and each negative of the dev corpus and the fixtures (never held-out
mail) is parsed directly and wrapped by N wrappers of tests/parsing/wrappers.py (drawn
deterministically), and the forward's start, end, kind and side of the 0.5 confidence line
are compared with the direct reading. Changes are printed per client, language and note.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service.parsing import parse_message  # noqa: E402
from service.parsing.model import ParsedMessage  # noqa: E402
from tests.bench import bench_parse  # noqa: E402
from tests.parsing import wrappers  # noqa: E402

INVITATION_KINDS = bench_parse.INVITATION_KINDS


def reading(parsed: ParsedMessage) -> tuple[object, ...]:
    """What must not change: the slot, the kind, and whether it is claimed with confidence."""
    claimed = parsed.kind in INVITATION_KINDS and parsed.confidence >= 0.5
    return (parsed.kind, parsed.start, parsed.end, claimed)


def cases() -> list[tuple[Path, bytes, str]]:
    """Dev and fixture mail without a calendar part: text invitations and negatives."""
    found = []
    for item in bench_parse.labelled_files():
        if item.split not in {"dev", "fixtures"} or item.path.suffix != ".eml":
            continue
        raw = item.path.read_bytes()
        kind = item.label.get("kind")
        if bench_parse.is_calendar_bearing(raw, item.path):
            continue
        if kind in INVITATION_KINDS and "start" in item.label:
            found.append((item.path, raw, "text"))
        elif kind == "not_invitation":
            found.append((item.path, raw, "neg"))
    return found


def main() -> None:
    warnings.simplefilter("ignore")
    options = argparse.ArgumentParser()
    options.add_argument("--per-mail", type=int, default=6)
    options.add_argument("--seed", type=int, default=1)
    options.add_argument("-v", action="store_true")
    args = options.parse_args()
    rng = random.Random(args.seed)
    catalogue = wrappers.wrappers()
    by: dict[str, Counter[str]] = {"client": Counter(), "language": Counter(), "note": Counter()}
    totals: dict[str, Counter[str]] = {
        "client": Counter(),
        "language": Counter(),
        "note": Counter(),
    }
    how: Counter[str] = Counter()
    pairs = changed = 0
    began = time.perf_counter()
    for path, raw, group in cases():
        direct = reading(parse_message(raw))
        for wrapper in rng.sample(catalogue, args.per_mail):
            wrapper = replace(wrapper, note=rng.choice(wrappers.NOTES))
            wrapped = wrapper(raw)
            if wrapped is None:
                continue
            got = reading(parse_message(wrapped))
            pairs += 1
            keys = {"client": wrapper.client, "language": wrapper.language, "note": wrapper.note}
            for axis, value in keys.items():
                totals[axis][value] += 1
            if got == direct:
                continue
            changed += 1
            for axis, value in keys.items():
                by[axis][value] += 1
            what = [
                n
                for n, a, b in zip(("kind", "start", "end", "claimed"), direct, got, strict=True)
                if a != b
            ]
            how[f"{group}:{'+'.join(what)}"] += 1
            if args.v:
                how_wrapped = f"{wrapper.client}/{wrapper.language}/{wrapper.note}"
                print(f"{path.name} {how_wrapped}: {direct} -> {got}")
    print(
        f"{changed} of {pairs} (mail, wrapper) pairs change ({time.perf_counter() - began:.0f} s)"
    )
    for axis, counts in by.items():
        cells = ", ".join(f"{k} {counts[k]}/{totals[axis][k]}" for k in sorted(totals[axis]))
        print(f"by {axis}: {cells}")
    print("what changed:", ", ".join(f"{k} {v}" for k, v in how.most_common()))


if __name__ == "__main__":
    main()
