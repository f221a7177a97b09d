"""A zone read from a VTIMEZONE gives the tz database's offsets, whatever the instant."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from service.parsing.vtimezone import zone_from_vtimezone

# Europe/Berlin's rules since 1996, written the way Outlook writes them (DTSTART in 1601).
BERLIN_BLOCK = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
    "DTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n"
)
BERLIN = ZoneInfo("Europe/Berlin")
ZONE = zone_from_vtimezone(Calendar.from_ical(BERLIN_BLOCK).walk("VTIMEZONE")[0], [])
MOMENTS = st.datetimes(min_value=datetime(1997, 1, 1), max_value=datetime(2037, 12, 31))


@given(MOMENTS)
def test_utc_instants_read_as_the_tz_database_reads_them(moment: datetime) -> None:
    instant = moment.replace(tzinfo=UTC)
    ours, theirs = instant.astimezone(ZONE), instant.astimezone(BERLIN)
    assert ours.replace(tzinfo=None) == theirs.replace(tzinfo=None)
    assert ours.utcoffset() == theirs.utcoffset()


@given(MOMENTS, st.sampled_from([0, 1]))
def test_wall_clock_times_get_the_tz_database_offset(moment: datetime, fold: int) -> None:
    wall = moment.replace(fold=fold)
    if wall.replace(tzinfo=BERLIN).astimezone(UTC).astimezone(BERLIN).replace(
        tzinfo=None
    ) != wall.replace(tzinfo=None):
        return  # a time skipped when clocks go forward has no offset to agree on
    assert wall.replace(tzinfo=ZONE).utcoffset() == wall.replace(tzinfo=BERLIN).utcoffset()
