"""A confirmation that opens by thanking the candidate for an earlier call still sets the next
interview: "Thanks for taking the time to speak with us! Your interview ... has been
confirmed" (an applicant-tracking confirmation after a recruiter screen) must go to the
calendar, while a thank-you after the interview that only names when the decision comes
stays a question for the reader."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

SENT = "Mon, 16 Nov 2026 09:12:00 +0000"


def _mail(body: str) -> bytes:
    return plain_mail(
        "Your interview with Northwind",
        body,
        sender="Jordan Blake <jordan@northwind.example>",
        to="Sam Lee <sam@mail.example>",
        date=SENT,
    )


@pytest.mark.parametrize(
    "confirmation",
    [
        "Your interview for Senior Data Engineer at Northwind has been confirmed.",
        "Your second interview is now confirmed - details below.",
        "Good news: your onsite interview has been arranged.",
    ],
)
def test_a_confirmation_that_thanks_for_the_screen_is_claimed(confirmation: str) -> None:
    raw = _mail(
        "Hi Sam,\n\nThanks for taking the time to speak with us! "
        f"{confirmation}\n\n"
        "Date: Thursday, November 19th, 2026\n"
        "Time: 2:00 PM - 3:00 PM Eastern Time (US & Canada)\n"
        "Location: Zoom\n\nBest,\nJordan\n"
    )
    reading = parse_message(raw)
    assert reading.start == datetime(2026, 11, 19, 14, tzinfo=ZoneInfo("America/New_York"))
    assert claimed(raw)


def test_a_thank_you_that_names_the_decision_time_is_not_claimed() -> None:
    raw = _mail(
        "Hi Sam,\n\nThanks for taking the time to speak with us today. The panel meets on "
        "Thursday, November 19th at 2:00 PM Eastern to decide, and we will let you know "
        "the outcome by Friday.\n\nBest,\nJordan\n"
    )
    assert not claimed(raw)
