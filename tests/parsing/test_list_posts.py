"""Meeting announcements as project mailing lists write them: "Thursday at 1500 UTC",
"this week's sync is moved from ... to ...". Every post here is written for the test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from service.parsing import parse_message


def _post(subject: str, body: str) -> bytes:
    return (
        f"From: Alice Maintainer <alice@project.example.org>\r\nTo: devel@lists.example.org\r\n"
        f"Subject: {subject}\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [("1500 UTC", 15, 0), ("0930 GMT", 9, 30), ("1745Z", 17, 45), ("2000 UTC", 20, 0)],
)
def test_four_digits_before_a_zone_are_a_clock(text: str, hour: int, minute: int) -> None:
    body = f"The next release team meeting is on Thursday (Nov 5th) at {text} on IRC."
    result = parse_message(_post("Release team meeting", body))
    assert result.start == datetime(2026, 11, 5, hour, minute, tzinfo=UTC)


def test_a_year_before_a_zone_stays_a_year() -> None:
    body = "Board meeting on Wednesday, November 11th 2026 UTC, starting 19:00 UTC on Jitsi."
    result = parse_message(_post("Board meeting", body))
    assert result.start == datetime(2026, 11, 11, 19, 0, tzinfo=UTC)


def test_a_moved_team_sync_gives_the_new_slot() -> None:
    body = "Hi,\nthis week's sync is moved from Wednesday 14:00 UTC to Thursday 15:30 UTC.\n"
    result = parse_message(_post("Weekly sync moved", body))
    assert result.kind == "reschedule"
    assert result.start == datetime(2026, 11, 5, 15, 30, tzinfo=UTC)


def test_a_range_of_four_digit_times_before_a_zone_keeps_both_ends() -> None:
    body = "Steering meeting on Thursday (Nov 5th), 1400-1500 UTC, on Jitsi."
    result = parse_message(_post("Steering meeting", body))
    assert result.start == datetime(2026, 11, 5, 14, 0, tzinfo=UTC)
    assert result.end == datetime(2026, 11, 5, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", ["14u30", "1430h"])
def test_hours_and_minutes_joined_by_a_letter(text: str) -> None:
    # Flemish "14u30" and "1430h" both say half past two in the afternoon; the minutes count
    result = parse_message(_post("Meeting", f"We meet on Thursday (Nov 5th) at {text} UTC."))
    assert result.start == datetime(2026, 11, 5, 14, 30, tzinfo=UTC)
