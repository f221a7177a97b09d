"""A short US date straight before an hour and its am/pm ("wed 12/9 10am pacific"): the
number after the slash is the date's day, never the minutes of the hour that follows.
Every mail here is written for the test.
"""

from __future__ import annotations

from datetime import date, timedelta
from email.message import EmailMessage

from hypothesis import given
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Jen Park <jen.park@talent.example.com>"
    message["To"] = "Sam Lee <sam.lee@mailbox.example>"
    message["Date"] = "Tue, 01 Dec 2026 11:10:00 -0800"
    message["Subject"] = "interview"
    message.set_content(body)
    return bytes(message)


def test_a_recruiters_short_note_keeps_day_and_hour() -> None:
    parsed = parse_message(_mail("hi sam - interview is set for Wed 12/9 10am PT, zoom to follow"))
    assert parsed.start is not None
    assert (parsed.start.month, parsed.start.day, parsed.start.hour, parsed.start.minute) == (
        12,
        9,
        10,
        0,
    )
    assert parsed.timezone == "America/Los_Angeles"


@given(st.integers(min_value=2, max_value=60), st.integers(min_value=1, max_value=12))
def test_the_day_is_never_read_as_minutes(days_ahead: int, hour: int) -> None:
    day = date(2026, 12, 1) + timedelta(days=days_ahead)
    body = f"hi sam, your interview is confirmed for {day.month}/{day.day} {hour}am pacific.\n"
    parsed = parse_message(_mail(body))
    assert parsed.start is not None
    assert parsed.start.date() == day
    assert (parsed.start.hour, parsed.start.minute) == (hour % 12, 0)


def test_spoken_minutes_still_count() -> None:
    """ "9 30 am" with a space for the colon is half past nine, as before."""
    parsed = parse_message(_mail("hi sam, interview confirmed for Dec 9 at 9 30 am pacific."))
    assert parsed.start is not None
    assert (parsed.start.hour, parsed.start.minute) == (9, 30)
