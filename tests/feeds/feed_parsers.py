"""Read a rendered feed the way real clients do, and fail loudly on anything they would drop."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from feeds import FeedCalendar

JS_DIR = Path(__file__).resolve().parent.parent / "js"
PARSE_JS = JS_DIR / "parse_ics.mjs"


@dataclass(frozen=True)
class SeenEvent:
    """What one parser saw of one event, in comparable form."""

    uid: str
    start: datetime
    end: datetime
    summary: str
    sequence: int


def lint(body: bytes) -> None:
    """Assert the octet rules of RFC 5545 3.1 that the parsers themselves forgive."""
    assert not body.startswith(b"\xef\xbb\xbf"), "byte order mark"
    body.decode("utf-8")  # raises on invalid UTF-8
    assert body.endswith(b"\r\n")
    lines = body.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        assert not {13, 10} & set(line), f"bare CR/LF in line {number}"
        assert len(line) <= 75, f"line {number} is {len(line)} octets"
        assert line, f"empty line {number}"
        # A fold must not split a UTF-8 sequence: every physical line decodes on its own.
        line.decode("utf-8")
        assert not any(byte < 0x20 and byte != 0x09 for byte in line), f"control in {number}"


def with_icalendar(body: bytes) -> list[SeenEvent]:
    calendar = Calendar.from_ical(body)
    assert calendar.get_missing_tzids() == set()
    return [
        SeenEvent(
            uid=str(event["UID"]),
            start=event.start.astimezone(UTC),
            end=event.end.astimezone(UTC),
            summary=str(event["SUMMARY"]),
            sequence=int(event["SEQUENCE"]),
        )
        for event in calendar.events
    ]


def with_ical(body: bytes) -> list[SeenEvent]:
    """Parse with allenporter/ical, which raises on values it considers invalid."""
    calendar = IcsCalendarStream.calendar_from_ics(body.decode("utf-8"))
    seen = []
    for event in calendar.events:
        assert isinstance(event.dtstart, datetime)
        assert event.dtstart.tzinfo is not None
        assert isinstance(event.dtend, datetime)
        assert event.dtend.tzinfo is not None
        seen.append(
            SeenEvent(
                uid=str(event.uid),
                start=event.dtstart.astimezone(UTC),
                end=event.dtend.astimezone(UTC),
                summary=str(event.summary),
                sequence=int(event.sequence or 0),
            )
        )
    return seen


def icaljs_raw(body: bytes) -> dict[str, Any]:
    """Return what Mozilla ical.js makes of the feed; skip only when node is missing.

    CI (CI=true, as `.ci/run` runs) has node, so there a missing node is a failure.
    """
    node = shutil.which("node")
    if node is None:
        message = "node is not installed, so the ical.js (Thunderbird) parse cannot run"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    if not (JS_DIR / "node_modules" / "ical.js").is_dir():
        pytest.fail("ical.js is not installed: run `npm ci --prefix tests/js`")
    result = subprocess.run(
        [node, str(PARSE_JS), "-"], input=body, capture_output=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr.decode()
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def with_icaljs(body: bytes) -> list[SeenEvent]:
    return [
        SeenEvent(
            uid=event["uid"],
            start=datetime.fromisoformat(event["start"]),
            end=datetime.fromisoformat(event["end"]),
            summary=event["summary"],
            sequence=event["sequence"],
        )
        for event in icaljs_raw(body)["events"]
    ]


def assert_clients_agree(body: bytes, calendar: FeedCalendar) -> None:
    """Assert every parser accepts the feed and sees each event at its true UTC instants."""
    lint(body)
    expected = sorted(
        (event.uid, event.start.replace(microsecond=0), event.end.replace(microsecond=0))
        for event in calendar.events
    )
    for parser in (with_icalendar, with_ical, with_icaljs):
        seen = parser(body)
        assert sorted((e.uid, e.start, e.end) for e in seen) == expected, parser.__name__
        by_uid = {event.uid: event for event in calendar.events}
        for event in seen:
            assert event.sequence == by_uid[event.uid].sequence, parser.__name__
