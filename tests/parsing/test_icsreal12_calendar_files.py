"""Calendar files as public test suites hold them: a VEVENT with no VCALENDAR around it,
SEQUENCE numbers that are timestamps, and whole exported calendars."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from service.parsing import parse_message

BARE = (
    b"BEGIN:VEVENT\r\n"
    b"UID:loose-event-4471@example.org\r\n"
    b"DTSTART;TZID=Europe/Lisbon:20261104T150000\r\n"
    b"DTEND;TZID=Europe/Lisbon:20261104T154500\r\n"
    b"SUMMARY:Conversa com a equipa\r\n"
    b"END:VEVENT\r\n"
)


def test_a_bare_vevent_is_read_as_a_calendar() -> None:
    result = parse_message(BARE)
    assert result.uid == "loose-event-4471@example.org"
    assert result.start == datetime(2026, 11, 4, 15, 0, tzinfo=UTC)
    assert result.end == datetime(2026, 11, 4, 15, 45, tzinfo=UTC)
    assert result.timezone == "Europe/Lisbon"
    assert result.method is None
    assert result.kind == "invitation"


def test_a_bare_all_day_vevent_with_lf_lines() -> None:
    raw = b"\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261203\nUID:day-1\nEND:VEVENT\n"
    result = parse_message(raw)
    assert result.uid == "day-1"
    assert result.all_day
    assert str(result.start) == "2026-12-03"


def _calendar(sequence: str, method: str = "REQUEST") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:seq-1\r\nSEQUENCE:{sequence}\r\n"
        "DTSTART:20261110T090000Z\r\nDTEND:20261110T100000Z\r\n"
        "SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_a_timestamp_sequence_is_reported_as_written_and_is_no_update() -> None:
    for written in ("1407317367304", "1790921330"):
        result = parse_message(_calendar(written))
        assert result.sequence == int(written)
        assert result.kind == "invitation"


def test_an_ordinary_sequence_still_marks_an_update() -> None:
    assert parse_message(_calendar("3")).kind == "reschedule"


def test_a_whole_exported_calendar_reads_its_first_event_quickly() -> None:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:feed-{n}\r\n"
        f"DTSTART:2027{1 + n % 12:02d}{1 + n % 28:02d}T0{n % 9}0000Z\r\n"
        f"DTEND:2027{1 + n % 12:02d}{1 + n % 28:02d}T0{n % 9}3000Z\r\n"
        f"SUMMARY;LANGUAGE=en:Event number {n} with a longer title\r\n"
        f"DESCRIPTION:{'text ' * 40}\r\nEND:VEVENT\r\n"
        for n in range(4000)
    )
    raw = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n{events}END:VCALENDAR\r\n".encode()
    parse_message(raw)
    started = time.process_time()
    result = parse_message(raw)
    seconds = time.process_time() - started
    assert result.uid == "feed-0"
    assert result.method == "PUBLISH"
    assert seconds < 1.0, seconds
