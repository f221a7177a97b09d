"""Moments written outside RFC 5545 that their producers meant plainly.

A TZID holding a colon left unquoted, a time without seconds, "t" and "z" in lower case:
icalendar refuses each, and before this repair the whole invitation was lost (read as no
invitation at all). An end before the start is kept out of the feed rather than shown.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.places import resolve
from tests.parsing.test_calendar_zone_spellings import _CET_RULES, BERLIN_TEN, _invite

_CUSTOM_ZONE = ["BEGIN:VTIMEZONE", "TZID:tzone://Microsoft/Custom", *_CET_RULES, "END:VTIMEZONE"]

MEANT_PLAINLY = {
    "TZID with a colon, unquoted": (
        _CUSTOM_ZONE,
        [
            "DTSTART;TZID=tzone://Microsoft/Custom:20261210T100000",
            "DTEND;TZID=tzone://Microsoft/Custom:20261210T110000",
        ],
    ),
    "no seconds": (
        [],
        ["DTSTART;TZID=Europe/Berlin:20261210T1000", "DTEND;TZID=Europe/Berlin:20261210T1100"],
    ),
    "lower-case t and z": ([], ["DTSTART:20261210t090000z", "DTEND:20261210t100000z"]),
    "no seconds, in UTC": ([], ["DTSTART:20261210T0900Z", "DTEND:20261210T1000Z"]),
    "ISO 8601 extended form": (
        [],
        [
            "DTSTART;TZID=Europe/Berlin:2026-12-10T10:00:00",
            "DTEND;TZID=Europe/Berlin:2026-12-10T11:00:00",
        ],
    ),
    "a space after the colon": (
        [],
        [
            "DTSTART;TZID=Europe/Berlin: 20261210T100000",
            "DTEND;TZID=Europe/Berlin: 20261210T110000",
        ],
    ),
    "an offset after the time": (
        [],
        ["DTSTART:20261210T100000+0100", "DTEND:20261210T110000+01:00"],
    ),
    # RFC 5545 3.3.5 forbids a TZID on a UTC time; the value names its instant, and icalendar
    # alone reads the clock in the TZID's zone (an hour late here)
    "a UTC time under a TZID": (
        [],
        [
            "DTSTART;TZID=Europe/Berlin:20261210T090000Z",
            "DTEND;TZID=Europe/Berlin:20261210T100000Z",
        ],
    ),
    "an offset time under a TZID": (
        [],
        [
            "DTSTART;TZID=Europe/Berlin:20261210T100000+0100",
            "DTEND;TZID=Europe/Berlin:20261210T100000+0000",
        ],
    ),
}


@pytest.mark.parametrize("shape", list(MEANT_PLAINLY))
def test_a_moment_written_loosely_is_still_the_interview(shape: str) -> None:
    calendar_lines, event_lines = MEANT_PLAINLY[shape]
    parsed = parse_message(_invite(calendar_lines, event_lines))
    assert parsed.kind == "invitation"
    assert parsed.start == BERLIN_TEN
    assert parsed.end is not None
    assert parsed.end - parsed.start == BERLIN_TEN.replace(hour=11) - BERLIN_TEN


def test_an_end_before_the_start_is_left_out_and_said() -> None:
    parsed = parse_message(
        _invite(
            [],
            [
                "DTSTART;TZID=Europe/Berlin:20261210T100000",
                "DTEND;TZID=Europe/Berlin:20261210T090000",
            ],
        )
    )
    assert parsed.start == BERLIN_TEN
    assert parsed.end is None
    assert any("end is before its start" in warning for warning in parsed.warnings)


def test_a_quoted_display_name_with_colons_is_untouched() -> None:
    tzid = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    parsed = parse_message(
        _invite(
            ["BEGIN:VTIMEZONE", f"TZID:{tzid}", *_CET_RULES, "END:VTIMEZONE"],
            [f'DTSTART;TZID="{tzid}":20261210T100000', "DURATION:PT1H"],
        )
    )
    assert parsed.start == datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))


RULE_NAMED = {
    "TZID=CET": ("CET", "Europe/Brussels", 1),
    "TZID=EST5EDT": ("EST5EDT", "America/New_York", -5),
    "TZID=Z": ("Z", "UTC", 0),
    # RFC 2445's example names, and Exchange's UTC without its VTIMEZONE
    "TZID=US-Eastern": ("US-Eastern", "America/New_York", -5),
    "TZID=US-Pacific": ("US-Pacific", "America/Los_Angeles", -8),
    "TZID=tzone://Microsoft/Utc": ("tzone://Microsoft/Utc", "UTC", 0),
}


@pytest.mark.parametrize("shape", list(RULE_NAMED))
def test_a_zone_named_by_its_rule_is_that_zone_not_floating(shape: str) -> None:
    """Older exporters name the tz database's rule zones without a VTIMEZONE."""
    tzid, name, hours = RULE_NAMED[shape]
    parsed = parse_message(_invite([], [f"DTSTART;TZID={tzid}:20261210T100000", "DURATION:PT1H"]))
    assert parsed.timezone == name
    assert parsed.start is not None
    assert parsed.start.utcoffset() == timedelta(hours=hours)
    assert not any("zone" in warning for warning in parsed.warnings)


def test_a_person_writing_est_still_means_new_york() -> None:
    """Only a calendar's TZID is read as the database's fixed EST; a person means New York."""
    assert resolve("EST") == "America/New_York"


@given(
    zone=st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"]),
    instant=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
)
@settings(max_examples=40, deadline=None)
def test_a_utc_time_under_a_tzid_is_that_instant_shown_in_that_zone(
    zone: str, instant: datetime
) -> None:
    at = instant.replace(second=0, microsecond=0, tzinfo=UTC)
    parsed = parse_message(
        _invite([], [f"DTSTART;TZID={zone}:{at:%Y%m%dT%H%M%S}Z", "DURATION:PT1H"])
    )
    assert isinstance(parsed.start, datetime)
    # the same instant: == between zones is False for a wall time repeated at a DST end
    # (PEP 495), so 2026-04-05 02:00 AEDT never equals 15:00 UTC that way
    assert parsed.start.timestamp() == at.timestamp()
    assert parsed.timezone == zone
