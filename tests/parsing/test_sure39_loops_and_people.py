"""Confirmed interviews the parser read right but sent to review: tech hiring's "onsite"
(the day of interviews at the employer, "virtual onsite" when it is on video), banking's
"superday", and a booking "with Mark, our Head of Data", a person named by first name and
role. Each is the reader's interview, said as plainly as recruiters say it, so it should
reach the calendar without a question; the look-alikes beside them must not."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 07 Dec 2026 09:12:00 -0800"


def _read(subject: str, body: str) -> tuple[str, str, float]:
    parsed = parse_message(
        plain_mail(
            subject,
            body,
            sender="Jo Park <jo.park@brightpath-talent.example>",
            to="Sam Reyes <sam@mailbox.example>",
            date=SENT,
        )
    )
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "Your onsite with Brightpath",
            "Hi Sam,\n\nConfirming your onsite with Brightpath on Tuesday, Dec 15 from 10:00am "
            "to 2:00pm PT. Here's the schedule:\n\n10:00 Hiring manager\n11:00 Coding\n"
            "12:00 Lunch with the team\n1:00 System design\n\nSee you then!\nJo",
            "2026-12-15T10:00:00-08:00",
        ),
        (
            "Next steps",
            "Hi Sam,\n\nGreat news: the team would like to move you forward to the virtual "
            "onsite. It's set for Thursday, December 10 at 9:00 AM PT on Zoom and runs about "
            "four hours with breaks.\n\nBest,\nJo",
            "2026-12-10T09:00:00-08:00",
        ),
        (
            "Superday - Investment Banking Analyst",
            "Dear Sam,\n\nCongratulations! We are pleased to invite you to our Superday on "
            "Friday, 11 December 2026, starting at 8:30 AM PT at our San Francisco office.\n\n"
            "Kind regards,\nGraduate Recruitment",
            "2026-12-11T08:30:00-08:00",
        ),
        (
            "Re: Data Analyst application",
            "Thanks Sam, we've booked you in for Friday 11 December at 3pm PT with Mark, our "
            "Head of Data. It's at our Seattle office on Pine Street.\n\nJo",
            "2026-12-11T15:00:00-08:00",
        ),
    ],
)
def test_a_confirmed_interview_goes_to_the_calendar(subject: str, body: str, start: str) -> None:
    kind, read_start, confidence = _read(subject, body)
    assert (kind, read_start) == ("invitation", start)
    assert confidence >= 0.5


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "New jobs for you",
            "Software Engineer, Brightpath: onsite role in Seattle. Apply by Tuesday, Dec 15 "
            "at 5:00pm PT.\n\nUnsubscribe any time.",
        ),
        (
            "Your dental appointment",
            "Hi Sam, we've booked you in for Friday 11 December at 3pm PT with Mark, our "
            "hygienist. Reply Y to confirm.",
        ),
    ],
)
def test_the_look_alikes_stay_in_review(subject: str, body: str) -> None:
    kind, _, confidence = _read(subject, body)
    assert kind != "invitation" or confidence < 0.5


def test_an_onsite_moving_is_a_move_and_an_office_moving_is_not() -> None:
    kind, start, confidence = _read(
        "Onsite moving to Thursday",
        "Hi Sam,\n\nHeads up: your onsite on Tuesday, December 15 at 9 AM is moving to "
        "Thursday at 1 PM. Lunch with the team moves with it.\n\nJo",
    )
    assert (kind, start) == ("reschedule", "2026-12-17T13:00:00-08:00")
    assert confidence >= 0.5
    kind, _, confidence = _read(
        "We're moving!",
        "Hi Sam,\n\nOur office is moving to Pine Street on Tuesday, December 15 at 9 AM. "
        "Interviews that week will be held there.\n\nJo",
    )
    assert kind != "invitation" or confidence < 0.5
