"""A DURATION's hours, minutes and seconds are exact, its days nominal (RFC 5545 3.3.6).

Exhaustive over a small matrix: zones with a spring-forward and a fall-back night, start times
before, on and after the change, durations in hours, minutes, days and days plus hours, written
on a single event and on a series' master. The end a user sees must be the instant RFC 5545
gives: whole days added on the wall clock first, then the rest in real time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

# (zone, a change night's date): spring forward and fall back in 2027
NIGHTS = [
    ("Europe/Berlin", (2027, 3, 28)),
    ("Europe/Berlin", (2027, 10, 31)),
    ("America/New_York", (2027, 3, 14)),
    ("America/New_York", (2027, 11, 7)),
    ("Australia/Sydney", (2027, 4, 4)),
]
STARTS = [(0, 30), (1, 15)]  # wall times before the change on that night
DURATIONS = {
    "PT2H": (0, timedelta(hours=2)),
    "PT3H30M": (0, timedelta(hours=3, minutes=30)),
    "PT150M": (0, timedelta(minutes=150)),
    "P1D": (1, timedelta(0)),
    "P1DT2H": (1, timedelta(hours=2)),
}
CASES = [
    (zone, night, clock, text, series)
    for zone, night in NIGHTS
    for clock in STARTS
    for text in DURATIONS
    for series in (False, True)
]


def _mail(zone: str, start: datetime, duration: str, series: bool) -> bytes:
    rule = "RRULE:FREQ=WEEKLY;COUNT=4\r\n" if series else ""
    return (
        "From: Dana Fischer <dana@fischer-werke.example>\r\nTo: alex@mailbox.example\r\n"
        "Subject: Interview\r\nDate: Mon, 01 Mar 2027 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/calendar; method=REQUEST; charset=UTF-8\r\n\r\n"
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//cal73//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:cal73-duration@example.com\r\nDTSTAMP:20270301T090000Z\r\n"
        f"DTSTART;TZID={zone}:{start:%Y%m%dT%H%M%S}\r\nDURATION:{duration}\r\n{rule}"
        "SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(("zone", "night", "clock", "text", "series"), CASES)
def test_a_duration_ends_at_the_exact_instant(
    zone: str, night: tuple[int, int, int], clock: tuple[int, int], text: str, series: bool
) -> None:
    rules = ZoneInfo(zone)
    start = datetime(*night, *clock, tzinfo=rules)
    days, exact = DURATIONS[text]
    nominal = (start + timedelta(days=days)).astimezone(UTC)  # days on the wall clock
    expected = nominal + exact  # the rest in real time
    got = parse_message(_mail(zone, start, text, series)).to_json_dict()
    assert datetime.fromisoformat(str(got["start"])).astimezone(UTC) == start.astimezone(UTC)
    assert datetime.fromisoformat(str(got["end"])).astimezone(UTC) == expected
