"""A mail that states no zone, from a sender whose zone is known only by the Date header's
offset, is read at that offset; where a zone with that offset changes its clocks between the
day the mail was sent and the interview, the reader is told the time may be an hour off. A
sender whose country names the zone gets that zone's offset on the day, and no such note."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

NOTE = "if their clocks change before the interview"


def _read(sent: datetime, slot: datetime, sender: str) -> tuple[datetime | None, tuple[str, ...]]:
    raw = plain_mail(
        "Interview",
        f"Hi Kim,\n\nYour interview is on {slot:%A %d %B %Y} at {slot:%H:%M}.\n\nAnna\n",
        sender=sender,
        to="kim@mailbox.example",
        date=sent.strftime("%a, %d %b %Y %H:%M:%S %z"),
    )
    parsed = parse_message(raw)
    start = parsed.start if isinstance(parsed.start, datetime) else None
    return start, parsed.warnings


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("sent", "slot"),
    [
        # sent in central European summer time, the interview after the clocks go back
        ("2026-10-20T09:12:00+02:00", "2026-11-03T14:00:00"),
        # sent in New York winter time, the interview after the clocks go forward
        ("2027-03-01T09:12:00-05:00", "2027-03-18T10:00:00"),
    ],
)
def test_a_season_change_between_sending_and_slot_is_told(sent: str, slot: str) -> None:
    start, notes = _read(_at(sent), _at(slot), "Anna <anna@firma.example.com>")
    assert start is not None
    assert start.replace(tzinfo=None) == _at(slot)
    assert any(NOTE in note for note in notes), notes


def test_a_country_that_names_the_zone_needs_no_note() -> None:
    start, notes = _read(
        _at("2026-10-20T09:12:00+02:00"), _at("2026-11-03T14:00:00"), "Anna <anna@firma.de>"
    )
    assert start is not None
    assert start.utcoffset() == timedelta(hours=1)
    assert not any(NOTE in note for note in notes), notes


@settings(max_examples=30, deadline=None)
@given(days=st.integers(min_value=1, max_value=20), hour=st.integers(min_value=8, max_value=17))
def test_no_note_where_no_clocks_change(days: int, hour: int) -> None:
    # mid-January to mid-February: no zone in the world that keeps summer time changes then
    sent = _at("2027-01-15T09:12:00+02:00")
    slot = (sent + timedelta(days=days)).replace(tzinfo=None, hour=hour, minute=0, second=0)
    _, notes = _read(sent, slot, "Anna <anna@firma.example.com>")
    assert not any(NOTE in note for note in notes), notes
