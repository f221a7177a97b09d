"""Slots printed the way ICU's short date plus medium time prints them (notices10 batch):
both ends carry the full date ("14.04.2026 11:00:00 – 14.04.2026 11:45:00"), two-digit years
("06.05.26, 09:30:00"), slashes ("12/5/26, 5:30:00 μ.μ.") and Finnish dotted seconds
("12.00.00"). The mails are the smallest of each shape, written for these tests."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.when_clocks import _CLOCK


def _mail(body: str, date: str = "Mon, 02 Feb 2026 10:00:00 +0100") -> bytes:
    return (
        "From: Calendar <calendar@groupware.example>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: Invitation: Interview\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("When: 14.04.2026 11:00:00 – 14.04.2026 11:45:00", "2026-04-14 11:00", "11:45"),
        ("Коли: 06.05.26, 09:30:00 – 06.05.26, 10:30:00", "2026-05-06 09:30", "10:30"),
        ("Kedy: 8. 7. 2026, 8:30:00 – 8. 7. 2026, 9:30:00", "2026-07-08 08:30", "09:30"),
        ("Milloin: 20.8.2026 12.00.00 – 20.8.2026 13.00.00", "2026-08-20 12:00", "13:00"),
        ("Πότε: 12/5/26, 5:30:00 μ.μ. – 12/5/26, 6:30:00 μ.μ.", "2026-05-12 17:30", "18:30"),
        ("Mikor: 2026. 03. 10. 10:00:00 – 2026. 03. 10. 11:00:00", "2026-03-10 10:00", "11:00"),
    ],
)
def test_a_range_that_repeats_its_date_ends_the_same_day(line: str, start: str, end: str) -> None:
    result = parse_message(_mail(f"Interview with the platform team\n\n{line}\n"))
    assert result.start is not None
    assert result.end is not None
    assert result.start.strftime("%Y-%m-%d %H:%M") == start
    assert result.end.strftime("%H:%M") == end
    assert result.end.date() == result.start.date()


def test_the_day_and_month_of_a_dotted_date_are_no_clock() -> None:
    assert _CLOCK.search("14.04.2026") is None
    assert _CLOCK.search("06.05.26,") is None
    # a bare number before a slash is the day of a date too
    assert _CLOCK.search("12/5/26") is None
    # while a dotted time, with or without seconds, still is one
    found = _CLOCK.search("klo 12.00.00")
    assert found is not None
    assert found.group("h") == "12"
    assert _CLOCK.search("um 10.30 Uhr") is not None


def test_a_different_date_after_the_dash_is_not_read_as_an_end_time() -> None:
    # an event over two days: no end on the first day, and never "15:04"
    result = parse_message(_mail("Workshop\n\nWhen: 14.04.2026 11:00 – 15.04.2026 09:45\n"))
    assert result.start is not None
    assert result.start.strftime("%Y-%m-%d %H:%M") == "2026-04-14 11:00"
    assert result.end is None or result.end.strftime("%H:%M") != "15:04"
