"""A number after a day and a month word is an hour ("8 Dec 10am", "8 Dec 20 Uhr") or a
two-digit year ("8 Dec 26", as spreadsheets print d-mmm-yy), never the day of the month
word ("Dec 10", "Dec 26"). Every mail here is written for the test.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(body: str) -> bytes:
    return (
        "From: Amy Hall <amy.hall@talent.example.co.uk>\n"
        "To: Sam Lee <sam.lee@mailbox.example>\n"
        "Subject: Interview\n"
        "Date: Tue, 01 Dec 2026 11:10:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"Hi Sam,\n\n{body}\n\nBest wishes,\nAmy\n"
    ).encode()


def _slot(body: str) -> tuple[int, int, int, int, int]:
    parsed = parse_message(_mail(body))
    assert parsed.start is not None
    start = parsed.start
    return (start.year, start.month, start.day, start.hour, start.minute)


def test_a_two_digit_year_after_the_month() -> None:
    assert _slot("Interview confirmed for 8 Dec 26, 14:30 GMT.") == (2026, 12, 8, 14, 30)


def test_an_hour_after_the_month() -> None:
    assert _slot("Interview: 8 Dec 10am, our office.") == (2026, 12, 8, 10, 0)
    assert _slot("Interview: 8 Dec 4 PM, our office.") == (2026, 12, 8, 16, 0)


def test_a_length_after_the_month_is_no_year() -> None:
    assert _slot("Interview on 8 Dec at 14:00, 30 minutes.") == (2026, 12, 8, 14, 0)


def test_a_month_then_its_day_still_reads() -> None:
    assert _slot("Interview on Dec 10 at 9am.") == (2026, 12, 10, 9, 0)


@given(st.integers(min_value=2, max_value=80), st.integers(min_value=1, max_value=11))
def test_the_hour_is_never_taken_for_the_day(days_ahead: int, hour: int) -> None:
    day = date(2026, 12, 1) + timedelta(days=days_ahead)
    body = f"Your interview is confirmed: {day.day} {day:%b} {hour}pm at our office."
    assert _slot(body) == (day.year, day.month, day.day, hour + 12, 0)
