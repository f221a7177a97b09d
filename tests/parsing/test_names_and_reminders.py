"""A first name is not a weekday, and a reminder of the interview is still the interview.

Every mail here is written for the test. "Sam", "Mar", "Dom", "Tor" and "Ven" are short
weekdays in French, Spanish, Italian, Norwegian; greeted before a time ("Hi Sam, 3pm
tomorrow?") they are the reader's name. "Just a reminder about your interview tomorrow at
10am" sets that interview; "just a reminder" of something else stays a look-alike.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

NEW_YORK = ZoneInfo("America/New_York")
SURE = 0.5


def _mail(body: str, subject: str = "Tomorrow") -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Reyes <dana.reyes@northwind-example.com>"
    message["To"] = "reader@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 -0500"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


NAMES = ["Sam", "Mar", "Dom", "Tor", "Ven", "Lun", "Jeu", "Mer"]


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(NAMES),
    greeting=st.sampled_from(["Hi ", "Hey ", "Hello ", "Thanks ", ""]),
    hour=st.integers(min_value=9, max_value=17),
)
def test_a_greeted_name_is_not_a_weekday(name: str, greeting: str, hour: int) -> None:
    clock = f"{hour % 12 or 12}{'am' if hour < 12 else 'pm'}"
    body = f"{greeting}{name}, {clock} tomorrow for the interview call, ET? Speak then."
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2026, 12, 8, hour, 0, tzinfo=NEW_YORK), body


def test_a_short_weekday_before_a_time_still_counts() -> None:
    """The English abbreviation keeps its meaning: "Thu, 3pm ET works for the interview"."""
    parsed = parse_message(_mail("Thu, 3pm ET works for your interview with Lee."))
    assert parsed.start == datetime(2026, 12, 10, 15, 0, tzinfo=NEW_YORK)


def test_a_reminder_of_the_interview_is_sure() -> None:
    parsed = parse_message(
        _mail(
            "Hi, just a reminder about your interview tomorrow (Tuesday) at 10am Eastern with "
            "Priya. Looking forward to it!",
            subject="Interview tomorrow",
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(2026, 12, 8, 10, 0, tzinfo=NEW_YORK)
    assert parsed.confidence >= SURE


@pytest.mark.parametrize(
    "body",
    [
        "Just a reminder that the careers newsletter goes out tomorrow at 10am Eastern - "
        "no interview here, only news of openings.",
        "Just a reminder: benefits enrolment closes on Friday 11 December at 5pm Eastern.",
    ],
)
def test_a_reminder_of_something_else_is_not_sure(body: str) -> None:
    parsed = parse_message(_mail(body, subject="Reminder"))
    assert parsed.kind not in {"invitation", "reschedule"} or parsed.confidence < SURE
