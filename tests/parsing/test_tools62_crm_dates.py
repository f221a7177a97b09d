"""Dates the way CRM and calendar tools print them (tools62's shapes, our own words).

What a user notices:
- a CRM event notice that writes an English weekday before a date in the user's language, a
  clock with seconds and a zone abbreviation ("Thursday 18. März 2027 - 10:00:00 CET",
  "Friday 09 aprile 2027 - 09:30:00 CEST", "Tuesday March 16, 2027 - 2:30:00 PM EDT") puts the
  interview at that instant;
- a calendar request whose text writes the hour on a 12-hour clock without AM or PM
  ("Mon 15 Mar 2027 01:00" for 13:00) takes the calendar part's time, never the text's.

Fixtures are written for these tests (own words, made-up people and firms).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail, plain_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
SENDER = "Mira Falk <mira.falk@ostwind-werke.example.de>"

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni"]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno"]


def _notice(when: str, date: str) -> bytes:
    body = (
        "Hello Alex,\n\nMira Falk has added you to a calendar entry.\n\n"
        "Title: Job interview – Alex Morgan (Process Engineer)\n"
        f"Date: {when}\n\n"
        "Please confirm your attendance with the button below.\n"
    )
    return plain_mail("Calendar entry: job interview", body, sender=SENDER, to=ME, date=date)


@settings(max_examples=25, deadline=None)
@given(
    month=st.integers(min_value=1, max_value=6),
    day=st.integers(min_value=1, max_value=28),
    hour=st.integers(min_value=8, max_value=17),
    minute=st.sampled_from([0, 15, 30, 45]),
    italian=st.booleans(),
)
def test_english_weekday_localized_date_seconds_and_abbreviation(
    month: int, day: int, hour: int, minute: int, italian: bool
) -> None:
    zone = ZoneInfo("Europe/Rome" if italian else "Europe/Berlin")
    start = datetime(2027, month, day, hour, minute, tzinfo=zone)
    abbr = "CEST" if start.dst() else "CET"
    if italian:
        date_text = f"{day:02d} {MONTHS_IT[month - 1]} 2027"
    else:
        date_text = f"{day}. {MONTHS_DE[month - 1]} 2027"
    when = f"{start:%A} {date_text} - {hour:02d}:{minute:02d}:00 {abbr}"
    parsed = parse_message(_notice(when, "Mon, 28 Dec 2026 08:10:00 +0100"))
    assert parsed.kind == "invitation"
    assert parsed.start == start


def test_us_clock_with_seconds_and_daylight_abbreviation() -> None:
    raw = _notice("Tuesday March 16, 2027 - 2:30:00 PM EDT", "Wed, 10 Mar 2027 11:02:00 -0500")
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(2027, 3, 16, 14, 30, tzinfo=ZoneInfo("America/New_York"))


@settings(max_examples=20, deadline=None)
@given(hour=st.integers(min_value=13, max_value=18), minute=st.sampled_from([0, 15, 30, 45]))
def test_a_twelve_hour_text_without_meridiem_yields_to_the_calendar(hour: int, minute: int) -> None:
    start = datetime(2027, 3, 15, hour, minute, tzinfo=ZoneInfo("America/Chicago"))
    shown = f"Mon 15 Mar 2027 {hour - 12:02d}:{minute:02d}"
    events = [
        "BEGIN:VEVENT",
        "UID:6f1c2e0a-77b4-4d1e-9c1a-t62crm@prairie.example",
        "DTSTAMP:20270310T150000Z",
        f"DTSTART;TZID=America/Chicago:20270315T{hour:02d}{minute:02d}00",
        f"DTEND;TZID=America/Chicago:20270315T{hour + 1:02d}{minute:02d}00",
        "SEQUENCE:0",
        "SUMMARY:Technical interview – Alex Morgan",
        "ORGANIZER;CN=Megan Kowalski:mailto:megan@prairie.example",
        "ATTENDEE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        ":mailto:alex.morgan@mailbox.example",
        "END:VEVENT",
    ]
    raw = calendar_mail(
        f"Invitation: Technical interview – Alex Morgan - {shown}",
        f"Invitation: Technical interview – Alex Morgan - {shown}\n",
        events,
        method="REQUEST",
        sender="Megan Kowalski <megan@prairie.example>",
        to=ME,
        date="Wed, 10 Mar 2027 09:00:00 -0600",
    )
    parsed = parse_message(raw)
    assert parsed.start == start
