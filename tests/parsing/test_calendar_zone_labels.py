"""A TZID no VTIMEZONE defines, written as people and hand-made exporters write zones.

RFC 5545 wants every TZID defined in the calendar; exports from spreadsheets, CRMs and
scripts often name the zone in words instead ("Asia/Kolkata (IST)", "America/New York",
"Kolkata", "Mitteleuropäische Zeit", "JST"), or break the parameter syntax around it (a
comma left unquoted, a stray parameter without "="). Each such label names a zone a reader
knows; taking the time as UTC put the interview hours off, and a broken parameter dropped
the invitation altogether.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _invite(tzid: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hand made//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:label-zone-1@example.org\r\nDTSTAMP:20260901T100000Z\r\n"
        f"DTSTART;TZID={tzid}:20260930T180000\r\nDTEND;TZID={tzid}:20260930T183000\r\n"
        "SUMMARY:Interview\r\nORGANIZER:mailto:hr@example.org\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("Asia/Kolkata (IST)", "Asia/Kolkata"),
        ("Asia/Kolkata Standard Time", "Asia/Kolkata"),
        ("America/New York", "America/New_York"),
        ("America-New_York", "America/New_York"),
        ("Kolkata", "Asia/Kolkata"),
        ("Sydney", "Australia/Sydney"),
        ("Mitteleuropäische Zeit", "Europe/Berlin"),
        ("JST", "Asia/Tokyo"),
        ("SGT", "Asia/Singapore"),
        # parameter syntax broken around the zone
        ("Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"),
        ("Asia/Singapore;X", "Asia/Singapore"),
    ],
)
def test_a_zone_named_in_words_places_the_time(tzid: str, zone: str) -> None:
    result = parse_message(_invite(tzid))
    assert result.kind == "invitation", result
    assert result.start == datetime(2026, 9, 30, 18, tzinfo=ZoneInfo(zone)), result
    assert not any("without a known zone" in note for note in result.warnings), result


def test_a_label_that_names_no_zone_still_says_so() -> None:
    result = parse_message(_invite("Customized Time Zone"))
    assert result.kind == "invitation", result
    assert any("without a known zone" in note for note in result.warnings), result


_ZONES = [
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Ho_Chi_Minh",
    "Australia/Sydney",
    "Africa/Johannesburg",
]


@settings(max_examples=40, deadline=None)
@given(
    zone=st.sampled_from(_ZONES),
    style=st.sampled_from(["space", "dash", "suffix", "words"]),
)
def test_an_iana_name_written_loosely_is_that_zone(zone: str, style: str) -> None:
    area, city = zone.split("/")
    tzid = {
        "space": f"{area}/{city.replace('_', ' ')}",
        "dash": f"{area}-{city}",
        "suffix": f"{zone} (local time)",
        "words": f"{zone} Standard Time",
    }[style]
    result = parse_message(_invite(tzid))
    assert result.start == datetime(2026, 9, 30, 18, tzinfo=ZoneInfo(zone)), (tzid, result)
