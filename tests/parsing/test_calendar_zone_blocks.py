"""A zone with more blocks than the reader uses is cut before parsing, to the same effect.

Why: a VTIMEZONE of 3,000 STANDARD blocks spent most of a 0.7 s parse in icalendar, for
blocks the zone reader then set aside (it reads the latest MAX_ZONE_BLOCKS by onset). The
blocks are now cut from the text first; the offset the event gets must not change.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from service.parsing import parse_message
from service.parsing.calendar import _latest_zone_blocks, repair_content_lines
from service.parsing.vtimezone import MAX_ZONE_BLOCKS, zone_from_vtimezone

EVENT = datetime(2026, 3, 10, 15, 0)


def _block(year: int, month: int, minutes: int, daylight: bool) -> str:
    name = "DAYLIGHT" if daylight else "STANDARD"
    sign = "+" if minutes >= 0 else "-"
    offset = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    return (
        f"BEGIN:{name}\r\nDTSTART:{year:04d}{month:02d}01T020000\r\n"
        f"TZOFFSETFROM:+0000\r\nTZOFFSETTO:{offset}\r\nEND:{name}\r\n"
    )


def _calendar(blocks: list[str]) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\nTZID:Custom\r\n"
        + "".join(blocks)
        + "END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:blocks@example\r\n"
        "DTSTART;TZID=Custom:20260310T150000\r\nDTEND;TZID=Custom:20260310T160000\r\n"
        "SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _offset(text: str) -> object:
    [calendar] = Calendar.from_ical(text, multiple=True)
    [vtimezone] = calendar.walk("VTIMEZONE")
    zone = zone_from_vtimezone(vtimezone, [])
    return zone.utcoffset(EVENT) if zone is not None else None


block = st.builds(
    _block,
    st.integers(min_value=1900, max_value=2030),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: m - m % 15),
    st.booleans(),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(block, min_size=2 * MAX_ZONE_BLOCKS + 1, max_size=400))
def test_cutting_a_zone_to_its_latest_blocks_keeps_the_events_offset(blocks: list[str]) -> None:
    text = repair_content_lines(_calendar(blocks).encode())
    cut = _latest_zone_blocks(text, 2 * MAX_ZONE_BLOCKS)
    assert cut.count("BEGIN:STANDARD") + cut.count("BEGIN:DAYLIGHT") == 2 * MAX_ZONE_BLOCKS
    assert _offset(cut) == _offset(text)


def test_a_zone_of_3000_blocks_still_says_it_had_too_many() -> None:
    blocks = [_block(1970 + i % 50, 1 + i % 12, 60, False) for i in range(3000)]
    parsed = parse_message(_calendar(blocks).encode())
    assert parsed.start is not None
    assert parsed.start.utcoffset() is not None
    assert any("too many blocks" in warning for warning in parsed.warnings)


def test_a_zone_left_open_is_not_cut() -> None:
    text = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\n" + _block(2000, 1, 60, False) * 100
    assert _latest_zone_blocks(text, 10) == text
