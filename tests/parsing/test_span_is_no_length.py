"""The span a move states says how far the interview moves, not how long it lasts.

"Your 10:00 interview now begins half an hour later" gives no end; reading "half an hour" as
the length put a 30-minute interview in the calendar that nobody announced.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

CET = timezone(timedelta(hours=1))

MOVES = {
    "de": (
        "Ihr Gespräch am Dienstag, 15. Dezember 2026 um 10:00 Uhr beginnt eine halbe Stunde "
        "später.",
        datetime(2026, 12, 15, 10, 30, tzinfo=CET),
    ),
    "fr": (
        "Votre entretien du mardi 15 décembre 2026 à 10h est avancé d'une heure.",
        datetime(2026, 12, 15, 9, 0, tzinfo=CET),
    ),
    "et": (
        "Teie vestlus teisipäeval, 15. detsembril 2026 kell 10.00 algab pool tundi hiljem.",
        datetime(2026, 12, 15, 10, 30, tzinfo=CET),
    ),
}


def _mail(body: str) -> bytes:
    return plain_mail(
        "Interview",
        f"Hello Sam,\n\n{body}\n\nKim",
        sender="Kim Berg <kim@firm.example.com>",
        to="sam@inbox.example",
        date="Wed, 02 Dec 2026 09:00:00 +0100",
    )


@pytest.mark.parametrize("language", list(MOVES))
def test_a_moved_slot_gets_no_end_from_the_span(language: str) -> None:
    body, start = MOVES[language]
    parsed = parse_message(_mail(body))
    assert parsed.start == start
    assert parsed.end is None


def test_a_stated_end_moves_with_the_slot() -> None:
    parsed = parse_message(
        _mail(
            "Your interview on Tuesday 15 December 2026 from 10:00 to 10:30 will now start "
            "30 minutes later."
        )
    )
    assert parsed.start == datetime(2026, 12, 15, 10, 30, tzinfo=CET)
    assert parsed.end == datetime(2026, 12, 15, 11, 0, tzinfo=CET)
