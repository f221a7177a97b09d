# ruff: noqa: E501 (each language's sentences read best whole)
"""Greek half and quarter hours after the hour ("στις 10 και μισή", "στις δέκα και
τέταρτο", "στις έντεκα παρά τέταρτο"), as Spanish "y media" and Italian "e mezza", and the
Romanian spelled hour after the word for hour ("la ora zece") as Italian "alle ore dieci"
(forms47). "Ora" as "now" before a counted noun ("Ora două lucruri", "Ora una domanda")
names no hour."""

from __future__ import annotations

import functools
from datetime import datetime

from service.parsing import parse_message, word_clocks
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 10 Jun 2026 09:12:00 +0200"


def _start(body: str) -> str:
    raw = plain_mail("Interview", body, sender="Anna <anna@firma.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    return parsed.start.isoformat()[:16] if isinstance(parsed.start, datetime) else ""


HOURS = {
    "el-half": ("Γεια σας Alex,\n\nΣας προσκαλούμε σε συνέντευξη την Τρίτη 16 Ιουνίου στις 10 και μισή.\n\nΜε εκτίμηση", "2026-06-16T10:30"),
    "el-quarter-past": ("Γεια σας Alex,\n\nΣας προσκαλούμε σε συνέντευξη την Τρίτη 16 Ιουνίου στις δέκα και τέταρτο.\n\nΜε εκτίμηση", "2026-06-16T10:15"),
    "el-quarter-to": ("Γεια σας Alex,\n\nΣας προσκαλούμε σε συνέντευξη την Τρίτη 16 Ιουνίου στις έντεκα παρά τέταρτο.\n\nΜε εκτίμηση", "2026-06-16T10:45"),
    "ro-digits-and-half": ("Bună ziua,\n\nVă invităm la interviu marți, 16 iunie, ora 14 și jumătate, la sediul nostru.\n\nCu stimă", "2026-06-16T14:30"),
    "ro-spelled-hour": ("Bună ziua,\n\nVă invităm la interviu marți, 16 iunie, la ora zece.\n\nCu stimă", "2026-06-16T10:00"),
}  # fmt: skip


def test_spelled_half_quarter_and_whole_hours_are_the_slot() -> None:
    wrong = {
        name: (_start(body), want) for name, (body, want) in HOURS.items() if _start(body) != want
    }
    assert not wrong


def test_now_before_a_counted_noun_is_no_hour() -> None:
    for text in ("Ora două lucruri de pregătit.", "Ora una domanda: ha la patente?"):
        assert word_clocks.spell_word_clocks(text) == text


def test_the_new_patterns_stay_linear() -> None:
    new = [
        frame.pattern
        for frame in word_clocks._FRAMES
        if any(mark in frame.pattern.pattern for mark in ("σ)?τις ", "(?:la )?(?:ora|orele) "))
    ]
    assert len(new) == 4
    for unit in ("στις δέκα και μισή ", "στις 10 και ", "la ora zece ", "ora ora ora "):
        for sep in ("", "\n"):
            for pattern in new:
                assert_linear(
                    functools.partial(pattern.sub, ""),
                    repeated(unit, sep),
                    label=(pattern.pattern[:40], unit),
                )
