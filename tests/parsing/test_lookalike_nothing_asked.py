"""Two times offered, or a mail that asks nothing of the reader, book nothing yet.

Every mail here is written for the test. "Free Tuesday at 10am or 2pm — which suits you
better?" waits for the reader's pick; "the panel reviews your recording on Thursday at 2pm,
no action needed" names someone else's step. Neither may reach the calendar unreviewed; an
interview confirmed with "no action needed" stays sure.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

NEW_YORK = ZoneInfo("America/New_York")
SURE = 0.5


def _mail(body: str, subject: str = "Your application") -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Reyes <dana.reyes@northwind-example.com>"
    message["To"] = "reader@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 -0500"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, the hiring manager is free Tuesday 15 Dec at 10am or 2pm (ET). Which suits "
        "you better?",
        "Hi Sam, Lee could meet on Wednesday 16 December at 9am or 11am Eastern for the "
        "interview - which works for you best?",
        "Hi Sam, the recording of your one-way interview will be reviewed by the hiring team "
        "on 10 Dec at 2pm ET. No action is needed from you.",
        "Hallo Sam, das Team sieht sich Ihre Unterlagen am Donnerstag, 10.12., um 14 Uhr an. "
        "Sie müssen nichts tun, wir melden uns danach.",
    ],
)
def test_nothing_is_booked_for_the_reader(body: str) -> None:
    parsed = parse_message(_mail(body))
    assert parsed.kind not in {"invitation", "reschedule"} or parsed.confidence < SURE


def test_a_confirmed_interview_that_needs_nothing_more_stays_sure() -> None:
    parsed = parse_message(
        _mail(
            "Hi Sam, your interview is confirmed for Thursday 10 December at 2pm ET with Priya "
            "on Zoom. No action is needed - the invite is already in your calendar.",
            subject="Interview confirmed",
        )
    )
    assert parsed.start == datetime(2026, 12, 10, 14, 0, tzinfo=NEW_YORK)
    assert parsed.confidence >= SURE


@pytest.mark.parametrize(
    "body",
    [
        "As discussed on our call Tuesday at 3pm, I'm attaching the job description. Let me "
        "know any questions.",
        "Hi Sam, great to speak with you on Friday at 11am - I've passed your notes to the "
        "team and they'll be in touch.",
    ],
)
def test_the_talk_that_was_sets_nothing(body: str) -> None:
    parsed = parse_message(_mail(body, subject="Following up"))
    assert parsed.kind not in {"invitation", "reschedule"} or parsed.confidence < SURE


def test_a_slot_told_after_the_call_stays_sure() -> None:
    """The words about the call come first; the day they name later is the new slot."""
    parsed = parse_message(
        _mail(
            "As discussed on our call, your interview with Priya is on Tuesday 8 December at "
            "3pm ET on Zoom.",
            subject="Interview",
        )
    )
    assert parsed.start == datetime(2026, 12, 8, 15, 0, tzinfo=NEW_YORK)
    assert parsed.confidence >= SURE
