"""Calendars name their zone and their days in more spellings than RFC 5545 allows.

Each case is one way a real producer writes the same 10:00 interview (or the same all-day
one). The reading a user sees in their calendar must not depend on the spelling: the same
instant, the same zone name, and no "no known zone" warning where the calendar did name one.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail

_CET_RULES = [
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
]


def _invite(calendar_lines: list[str], event_lines: list[str]) -> bytes:
    event = [
        "BEGIN:VEVENT",
        "UID:zone-spelling@harbour.example",
        "DTSTAMP:20261201T100000Z",
        *event_lines,
        "SUMMARY:Interview with Harbour Logistics",
        "ORGANIZER;CN=Rita Ng:mailto:rita@harbour.example",
        "ATTENDEE;RSVP=TRUE:mailto:sam@inbox.example",
        "END:VEVENT",
    ]
    return calendar_mail(
        "Interview with Harbour Logistics",
        "Please find your interview invitation attached.",
        [*calendar_lines, *event],
        method="REQUEST",
        sender="Rita Ng <rita@harbour.example>",
        to="sam@inbox.example",
        date="Tue, 01 Dec 2026 10:00:00 +0000",
    )


BERLIN_TEN = datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))

NAMED_ZONES = {
    "X-WR-TIMEZONE quoted": (['X-WR-TIMEZONE:"Europe/Berlin"'], ["DTSTART:20261210T100000"]),
    "X-WR-TIMEZONE in lower case": (["X-WR-TIMEZONE:europe/berlin"], ["DTSTART:20261210T100000"]),
    "X-WR-TIMEZONE as a Windows name": (
        ["X-WR-TIMEZONE:W. Europe Standard Time"],
        ["DTSTART:20261210T100000"],
    ),
    "X-WR-TIMEZONE as a libical path": (
        ["X-WR-TIMEZONE:/freeassociation.sourceforge.net/Tzfile/Europe/Berlin"],
        ["DTSTART:20261210T100000"],
    ),
    "TZID in lower case, no VTIMEZONE": ([], ["DTSTART;TZID=europe/berlin:20261210T100000"]),
    "TZID in single quotes": ([], ["DTSTART;TZID='Europe/Berlin':20261210T100000"]),
    "TZID a display name with its colon unquoted": (
        [],
        [
            "DTSTART;TZID=(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
            ":20261210T100000"
        ],
    ),
    "TZID a display name, defined by its VTIMEZONE": (
        [
            "BEGIN:VTIMEZONE",
            "TZID:(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
            *_CET_RULES,
            "END:VTIMEZONE",
        ],
        [
            'DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"'
            ":20261210T100000"
        ],
    ),
}


@pytest.mark.parametrize("spelling", list(NAMED_ZONES))
def test_a_named_zone_is_read_however_it_is_spelled(spelling: str) -> None:
    calendar_lines, event_lines = NAMED_ZONES[spelling]
    parsed = parse_message(_invite(calendar_lines, [*event_lines, "DURATION:PT45M"]))
    assert parsed.start == BERLIN_TEN
    assert parsed.timezone == "Europe/Berlin"
    assert not any("zone" in warning for warning in parsed.warnings)


def test_universal_time_named_gmt_is_utc_not_floating() -> None:
    parsed = parse_message(_invite([], ["DTSTART;TZID=GMT:20261210T100000", "DURATION:PT1H"]))
    assert parsed.start == datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("UTC"))
    assert parsed.timezone == "UTC"
    assert not any("zone" in warning for warning in parsed.warnings)


def test_utc_times_take_the_zone_the_calendar_is_shown_in() -> None:
    """Google's exports write UTC times under X-WR-TIMEZONE; the interview is in Tokyo."""
    parsed = parse_message(
        _invite(["X-WR-TIMEZONE:Asia/Tokyo"], ["DTSTART:20261210T010000Z", "DURATION:PT1H"])
    )
    assert parsed.start == datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert parsed.timezone == "Asia/Tokyo"


ALL_DAY = {
    "VALUE=DATE with a TZID": ["DTSTART;TZID=Europe/Berlin;VALUE=DATE:20261210", "DURATION:P1D"],
    "DTEND on the day itself": ["DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261210"],
    "an hour's DURATION on a day": ["DTSTART;VALUE=DATE:20261210", "DURATION:PT1H"],
    "no end at all": ["DTSTART;VALUE=DATE:20261210"],
}


@pytest.mark.parametrize("shape", list(ALL_DAY))
def test_an_all_day_interview_stays_one_whole_day(shape: str) -> None:
    parsed = parse_message(_invite([], ALL_DAY[shape]))
    assert parsed.all_day
    assert parsed.start == date(2026, 12, 10)
    assert parsed.end == date(2026, 12, 11)
