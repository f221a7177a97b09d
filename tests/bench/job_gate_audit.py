"""Which words of JOB_SEARCH_CUES let a mail through the "names a job search" gate.

Usage: job_gate_audit.py [--fam F ...] [--words W ...] [--heldout [--no-dev]] [--out FILE]

For every dev mail the parser claims (an invitation or a reschedule at confidence >= 0.5)
it records each cue match of the texts the gate reads (the word and 40 characters either
side) and ranks the words by how often one is the only word that lets a look-alike through
against how often it is the only one that lets a real invitation through. --heldout adds
the held-out split as totals only: how many claimed look-alikes pass by one title-like word,
never which files or words.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_parse  # noqa: E402

from service.parsing import ParseError, parse_message, parser  # noqa: E402
from service.parsing.lookalikes import (  # noqa: E402
    JOB_SEARCH_CUES,
    _everyday_title,
    _round_as_around,
    _service_talk,
)

CLAIMED = {"invitation", "reschedule"}
# the cue words that are a title or an office but also an ordinary noun (the ones this audit
# was written to find): a held-out look-alike passing by one of them alone is counted
TITLE_LIKE = ("registrar", "technician", "technologist", "techniker", "técnic", "tecnic")

_seen: list[tuple[str, str]] = []


def _matches(text: str) -> list[tuple[str, str]]:
    """The cue words of one text the gate counts, each with the 40 characters either side."""
    found = []
    for match in JOB_SEARCH_CUES.finditer(text):
        skipped = (_service_talk, _everyday_title, _round_as_around)
        if any(skip(text, match) for skip in skipped):
            continue
        left, right = max(0, match.start() - 40), match.end() + 40
        found.append((match.group(0).lower(), " ".join(text[left:right].split())))
    return found


def _recording_gate(sources: Any, *extra: str | None) -> bool:
    """The gate as the parser reads it, noting every word (not just the first) it passes by."""
    envelopes = [sources.outer]
    for envelope in (sources.original, sources.wrapper):
        if envelope is not None and all(envelope is not seen for seen in envelopes):
            envelopes.append(envelope)
    texts = [*extra]
    for envelope in envelopes:
        texts.extend((envelope.subject, envelope.sender_name, envelope.sender))
        texts.extend(envelope.plain)
    found = [
        hit
        for text in texts
        if text
        for hit in _matches(parser._link_hosts(text[: parser._JOB_SEARCH_READ]))
    ]
    if not found:
        found = [
            hit
            for envelope in envelopes
            for html in envelope.html
            for hit in _matches(
                parser._link_hosts(
                    parser.html_to_text(html, quotes=not envelope.plain)[: parser._JOB_SEARCH_READ]
                )
            )
        ]
    _seen.extend(found)
    return bool(found)


def _one(item: tuple[str, str, str, str]) -> dict[str, Any]:
    warnings.simplefilter("ignore")
    path, want, split, family = item
    parser._names_job_search = _recording_gate  # type: ignore[assignment]
    _seen.clear()
    try:
        got = parse_message(Path(path).read_bytes()).to_json_dict()
    except ParseError:
        got = {"kind": None}
    claimed = got.get("kind") in CLAIMED and float(got.get("confidence") or 0) >= 0.5
    hits = list(dict.fromkeys(_seen))
    return {
        "name": Path(path).name,
        "split": split,
        "family": family,
        "want": want,
        "claimed": claimed,
        "words": sorted({word for word, _ in hits}),
        "hits": hits if split == "dev" else [],
    }


def main() -> None:
    """Run the audit and print the ranking."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--fam", action="append")
    ap.add_argument("--words", action="append", help="list the dev files passing by these")
    ap.add_argument("--heldout", action="store_true")
    ap.add_argument("--no-dev", action="store_true", help="with --heldout: its totals alone")
    ap.add_argument("--out")
    opts = ap.parse_args()
    splits = {"dev", "heldout"} if opts.heldout else {"dev"}
    if opts.no_dev:
        splits.discard("dev")
    items = [
        (str(f.path), str(f.label.get("kind")), f.split, f.family)
        for f in bench_parse.labelled_files()
        if f.split in splits and (not opts.fam or f.family in opts.fam)
    ]
    with Pool(2) as pool:
        recs = pool.map(_one, items, chunksize=16)
    dev = [r for r in recs if r["split"] == "dev" and r["claimed"]]
    if opts.out:
        Path(opts.out).write_text(json.dumps(dev, ensure_ascii=False), encoding="utf-8")
    lookalike_only: Counter[str] = Counter()
    invitation_only: Counter[str] = Counter()
    lookalike_any: Counter[str] = Counter()
    invitation_any: Counter[str] = Counter()
    for rec in dev:
        real = rec["want"] != "not_invitation"
        (invitation_any if real else lookalike_any).update(rec["words"])
        if len(rec["words"]) == 1:
            (invitation_only if real else lookalike_only).update(rec["words"])
    print("sole word letting through: look-alikes vs invitations (dev, claimed)")
    for word, count in lookalike_only.most_common(60):
        print(
            f"  {word!r:28} lookalike-only {count:4}  invitation-only {invitation_only[word]:5}"
            f"  (any: {lookalike_any[word]} / {invitation_any[word]})"
        )
    print(f"dev claimed look-alikes: {sum(r['want'] == 'not_invitation' for r in dev)}")
    for rec in dev:
        if opts.words and set(rec["words"]) & set(opts.words):
            for word, context in rec["hits"]:
                print(f"  {rec['want'][:5]} {rec['name'][:48]:48} {word!r}: {context}")
    if opts.heldout:
        held = [r for r in recs if r["split"] == "heldout"]
        fakes = [r for r in held if r["claimed"] and r["want"] == "not_invitation"]
        title_only = [
            r for r in fakes if r["words"] and all(w.startswith(TITLE_LIKE) for w in r["words"])
        ]
        one_word = [r for r in fakes if len(r["words"]) == 1]
        real = [r for r in held if r["claimed"] and r["want"] != "not_invitation"]
        real_title = [
            r for r in real if r["words"] and all(w.startswith(TITLE_LIKE) for w in r["words"])
        ]
        print(
            f"heldout: claimed look-alikes {len(fakes)}, passing by one word {len(one_word)},"
            f" only by title-like words {len(title_only)}; claimed invitations {len(real)},"
            f" only by title-like words {len(real_title)}"
        )


if __name__ == "__main__":
    main()
