"""Hand-typed military time (casual24): "wed @ 1430 ET", "1430 thurs London time".

Four digits with no unit are read as a time of day only when an "@" stands before them or
a weekday or a zone abbreviation follows them; years, phone numbers and other four-digit
numbers stay as they are.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.when_lines import _MILITARY_CUED, _MILITARY_CUED_HINT, normalise
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 07 Dec 2026 08:50:00 +0000"


def _parse(body: str) -> dict[str, object]:
    return parse_message(
        plain_mail(
            "interview",
            body,
            sender="Owen Pryce <owen@hiring.example.com>",
            to="candidate@mailbox.example",
            date=SENT,
        )
    ).to_json_dict()


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Alex - 1430 thurs London time works for the panel.", "2026-12-10T14:30:00+00:00"),
        ("they want you in wed @ 1430 for the onsite, 250 Hudson St", "2026-12-09T14:30:00+00:00"),
    ],
)
def test_cued_military_time_is_read(body: str, start: str) -> None:
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        "Dec 10 2026 Thu",
        "suite 1450, call 555-1430 Mon",
        "PO Box 1430/Fri",
        "ref 12345 Wed",
    ],
)
def test_other_numbers_stay(text: str) -> None:
    assert normalise(text) == text


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["@", "@ "]))
def test_at_sign_military_becomes_a_clock(hours: int, minutes: int, at: str) -> None:
    text = f"see you wed {at}{hours:02d}{minutes:02d} sharp"
    assert _MILITARY_CUED_HINT.search(text)
    assert f"{at}{hours:02d}:{minutes:02d}" in _MILITARY_CUED.sub(
        lambda m: f"{m[1]}:{m[2]}" if m[1] else f"{m[3]}:{m[4]}", text
    )
