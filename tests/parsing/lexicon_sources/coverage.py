"""How many of the mined notices, per kind and language, the parser's patterns recognise.

Each catalog string is filled in (an attendee's name, an event title) and run through the
patterns that read its kind; run it against another checkout (PYTHONPATH=<checkout>) to
compare. Invitation strings must match none of the answer or cancellation patterns.

Run: python tests/parsing/lexicon_sources/coverage.py
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from service.parsing import lexicon

DATA = Path(__file__).resolve().parent / "catalog_strings.json"
_PLACEHOLDER = re.compile(r"%\d*\$?[sSdD]|%?\{\s*\$?[\w.-]+\s*\}%?")


def _fill(template: str) -> str:
    pieces = _PLACEHOLDER.split(template)
    text = pieces[0]
    for index, piece in enumerate(pieces[1:]):
        text += ("Dana Levi" if index == 0 else "Interview") + piece
    return text


def _any(*names: str) -> Callable[[str], bool]:
    patterns = [getattr(lexicon, name) for name in names if hasattr(lexicon, name)]
    return lambda text: any(pattern.search(text) for pattern in patterns)


CHECKS: dict[tuple[str, str], Callable[[str], bool]] = {
    ("reply", "subject"): lambda text: bool(lexicon.CALENDAR_RESPONSE_SUBJECT.match(text)),
    ("reply", "subject word"): lambda text: bool(
        lexicon.CALENDAR_RESPONSE_SUBJECT.match(f"{text}: Interview")
    ),
    ("reply", "body"): _any("CALENDAR_RESPONSE_CUES", "CATALOG_REPLY_CUES"),
    ("cancelled", "subject"): _any("SUBJECT_CANCELLED"),
    ("cancelled", "body"): _any("CANCELLED_CUES", "CATALOG_CANCELLED_CUES"),
    ("updated", "subject"): _any("SUBJECT_RESCHEDULED"),
    ("updated", "body"): _any("RESCHEDULED_CUES", "CATALOG_UPDATED_CUES"),
    ("absence", "label"): _any("ABSENCE_CUES", "CATALOG_ABSENCE_CUES"),
    ("invitation", "subject"): lambda text: bool(
        lexicon.CALENDAR_RESPONSE_SUBJECT.match(text) or lexicon.SUBJECT_CANCELLED.search(text)
    ),
    ("invitation", "body"): _any(
        "CALENDAR_RESPONSE_CUES", "CATALOG_REPLY_CUES", "CANCELLED_CUES", "CATALOG_CANCELLED_CUES"
    ),
}


def main() -> None:
    languages: dict[tuple[str, str], set[str]] = defaultdict(set)
    matched: dict[tuple[str, str], set[str]] = defaultdict(set)
    for record in json.loads(DATA.read_text("utf-8")):
        key = (record["kind"], record["form"])
        language = record["lang"].split("-")[0]
        languages[key].add(language)
        if CHECKS[key](_fill(record["text"])):
            matched[key].add(language)
    for key in sorted(languages):
        print(f"{key[0]:10} {key[1]:12} {len(matched[key]):3}/{len(languages[key]):3} languages")


if __name__ == "__main__":
    main()
