"""Hurried mail (typos20): an abbreviated weekday before "noon" or "midday" ("fri at noon",
"wed midday") names the day of a noon meeting, as it already did before a clock with digits
("fri at 12pm"). Before, a line whose only time was the word had no date read on it."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Tue, 08 Dec 2026 13:30:00 -0800"


def _parse(body: str) -> dict[str, object]:
    return parse_message(
        plain_mail(
            "Interview",
            body,
            sender="Jenna Park <jenna@tidewell.example.io>",
            to="candidate@mailbox.example",
            date=SENT,
        )
    ).to_json_dict()


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Your interview with the CTO is fri at noon, on Zoom.", "2026-12-11T12:00:00-08:00"),
        ("Confirming your interview: thu midday at our office.", "2026-12-10T12:00:00-08:00"),
        ("Your interview is booked for Mon. at 12 noon.", "2026-12-14T12:00:00-08:00"),
    ],
)
def test_short_weekday_before_noon_word_sets_the_day(body: str, start: str) -> None:
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == start


def test_noon_word_without_a_weekday_still_gives_no_day() -> None:
    got = _parse("Let's find a slot for your interview, maybe around noon one day?")
    assert got["start"] is None or got["kind"] != "invitation" or float(got["confidence"]) < 0.5
