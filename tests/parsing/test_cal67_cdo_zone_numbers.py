"""An Exchange/Outlook VTIMEZONE named only by its CDO number names that zone.

cal67's Exchange 2007 and 2010 and Outlook 2007 calendars define the zone in a VTIMEZONE whose
TZID is the producer's own label ("Customized Time Zone", "Customized Time Zone 1", "Local",
"GMT -0800 (Standard) / GMT -0700 (Daylight)") and say which zone it is only with
X-MICROSOFT-CDO-TZID:<n>, CDO's CdoTimeZoneId (4 Berlin, 10 Eastern, 13 Pacific, 1 London,
57 Melbourne). The time was right (the block's rules) but no zone was named. The invariants:
whatever the label, a block carrying a CDO number whose zone keeps the block's clock at the
event's time names that zone, and the instant is the block's; a number whose zone keeps another
clock then names nothing, and the instant is still the block's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.calendar import read_calendar
from service.parsing.zones import same_zone

REFERENCE = datetime(2027, 1, 1, tzinfo=UTC)

# CDO numbers and the zones they stand for (cdo.h's CdoTimeZoneId), a sample across hemispheres
CDO = {
    1: "Europe/London",
    4: "Europe/Berlin",
    10: "America/New_York",
    13: "America/Los_Angeles",
    20: "Asia/Tokyo",
    23: "Asia/Kolkata",
    57: "Australia/Melbourne",
    76: "Australia/Sydney",
}

LABELS = [
    "Customized Time Zone",
    "Customized Time Zone 1",
    "Local",
    "GMT -0800 (Standard) / GMT -0700 (Daylight)",
    "Eigene Zeitzone",
]


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _fixed_block(label: str, number: int, offset: timedelta) -> list[str]:
    """The block as Exchange writes it for the one offset in force (STANDARD alone)."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{label}",
        f"X-MICROSOFT-CDO-TZID:{number}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        f"TZOFFSETFROM:{_offset(offset)}",
        f"TZOFFSETTO:{_offset(offset)}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _calendar(label: str, block: list[str], wall: datetime) -> bytes:
    stamp = wall.strftime("%Y%m%dT%H%M%S")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "METHOD:REQUEST",
        *block,
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E00800000000",
        "DTSTAMP:20261201T090000Z",
        f'DTSTART;TZID="{label}":{stamp}',
        f'DTEND;TZID="{label}":{(wall + timedelta(hours=1)).strftime("%Y%m%dT%H%M%S")}',
        "SUMMARY:Interview",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


walls = st.builds(
    datetime,
    st.just(2027),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(7, 19),
    st.sampled_from([0, 15, 30, 45]),
)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(CDO)), st.sampled_from(LABELS), walls)
def test_a_cdo_number_names_its_zone_where_the_clocks_agree(
    number: int, label: str, wall: datetime
) -> None:
    zone = CDO[number]
    offset = wall.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    assert offset is not None
    event = read_calendar(_calendar(label, _fixed_block(label, number, offset), wall), REFERENCE)
    assert event is not None
    assert event.start == wall.replace(tzinfo=ZoneInfo(zone)), (number, label, event.start)
    assert same_zone(event.timezone, zone), (number, label, event.timezone)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(CDO)),
    st.sampled_from(LABELS),
    walls,
    st.sampled_from([timedelta(hours=7), timedelta(hours=-11), timedelta(minutes=-150)]),
)
def test_a_cdo_number_whose_zone_keeps_another_clock_names_nothing(
    number: int, label: str, wall: datetime, shift: timedelta
) -> None:
    zone = CDO[number]
    offset = wall.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    assert offset is not None
    block = _fixed_block(label, number, offset + shift)
    event = read_calendar(_calendar(label, block, wall), REFERENCE)
    assert event is not None
    # the block defines the time (RFC 5545 3.2.19), whatever the number says
    assert event.start == (wall - (offset + shift)).replace(tzinfo=UTC)
    assert event.timezone is None, (number, label, event.timezone)


def test_a_number_cdo_does_not_define_names_nothing() -> None:
    wall = datetime(2027, 5, 4, 10, 0)
    block = _fixed_block("Customized Time Zone", 99, timedelta(hours=2))
    event = read_calendar(_calendar("Customized Time Zone", block, wall), REFERENCE)
    assert event is not None
    assert event.start == datetime(2027, 5, 4, 8, 0, tzinfo=UTC)
    assert event.timezone is None
