"""A subject that writes the date out says which week a bare weekday of the body means."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = datetime(2026, 11, 30, 9, 12, tzinfo=ZoneInfo("Europe/London"))


def _mail(subject: str, body: str) -> bytes:
    return (
        "From: Priya Shah <priya@talent.example.co.uk>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: Mon, 30 Nov 2026 09:12:00 +0000\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


@settings(max_examples=25, deadline=None)
@given(weeks_ahead=st.integers(min_value=1, max_value=7), weekday=st.integers(0, 4))
def test_the_body_weekday_is_the_subjects_date(weeks_ahead: int, weekday: int) -> None:
    day = SENT.date() + timedelta(days=weekday + 7 * weeks_ahead)
    name = f"{day:%A}"
    subject = f"Interview invitation - {name} {day.day} {day:%B}"
    body = f"Hi Sam,\n\nThanks for your time. Confirming our interview on {name} at 2pm.\n\nPriya"
    result = parse_message(_mail(subject, body))
    assert result.start == datetime.combine(day, time(14), ZoneInfo("Europe/London"))


def test_a_subject_date_on_another_weekday_changes_nothing() -> None:
    """ "Thursday" in the body is not the subject's Friday: the next Thursday stays."""
    result = parse_message(
        _mail("Interview - Friday 11 December", "Confirming our call on Thursday at 2pm.")
    )
    assert isinstance(result.start, datetime)
    assert result.start.date() == date(2026, 12, 3)
