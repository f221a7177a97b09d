"""A move by a stated span in Swedish, Danish and Norwegian: "flyttas en timme senare",
"rykkes tre timer senere", "flyttes 30 minutter tidligere". The hour after "kl." is the old
slot's, and "kl." ends no sentence. Fixtures are our own short mails."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

CASES = [
    ("Din intervju torsdag 10 december kl. 14:00 flyttas en timme senare.", "15:00"),
    ("Din intervju torsdag 10 december kl. 14:00 flyttas en halvtimme senare.", "14:30"),
    ("Din intervju torsdag 10 december kl. 14:00 flyttas en halv timme tidigare.", "13:30"),
    ("Din samtale torsdag den 10. december kl. 14.00 rykkes tre timer senere.", "17:00"),
    ("Intervjuet ditt torsdag 10. desember kl. 14.00 flyttes 30 minutter tidligere.", "13:30"),
]


def _start(sentence: str) -> str:
    raw = plain_mail(
        "Intervju / samtale",
        f"Hej Alex,\n\n{sentence}\n\nDana\n",
        sender="Dana Berg <dana.berg@nordvik-data.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 07 Dec 2026 09:12:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    return f"{parsed.start:%Y-%m-%d %H:%M}"


@pytest.mark.parametrize(("sentence", "hour"), CASES)
def test_a_nordic_span_moves_the_slot(sentence: str, hour: str) -> None:
    assert _start(sentence) == f"2026-12-10 {hour}"


def test_a_time_to_be_sent_later_moves_nothing() -> None:
    """English "a time later" is no span: the Danish bare "time" (hour) is not read."""
    sentence = (
        "Your first call for the interview is on Thursday 10 December at 14:00 CET; we'll send "
        "a time later this week for the second."
    )
    assert _start(sentence) == "2026-12-10 14:00"


def test_today_is_no_span_of_days() -> None:
    """ "to" + "day" would read "today" as two days: the Danish "to" is no amount."""
    sentence = (
        "Your interview on Thursday 10 December at 14:00 CET stays at 14:00; we moved only the "
        "room back to floor two today."
    )
    assert _start(sentence) == "2026-12-10 14:00"
