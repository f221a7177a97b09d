"""The reader on the panel, at the careers desk or starting the job, in the shapes negs19 added.

Fixtures are written for these tests (own words): an ATS telling the reader they were added to
the interview panel for a named candidate (with a "Your interview" heading that is the one the
reader runs), a hiring lead thanking the panel for sitting on it before the debrief, an L&D
nomination to interviewer training, a careers-desk CV-review appointment, an onboarding
buddy's first-day coffee and a referral's maybe-coffee that "he'll confirm if it works".
Controls in the same voices: an internal posting's own interview for the reader, a panel
interview the reader is invited to while a colleague "has been added to the panel", and a
short "Thursday ... 2pm works - see you then".
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str, offset: str = "-0400") -> ParsedMessage:
    raw = bare_mail(
        subject,
        body,
        sender="People Team <people@northwind.example>",
        to="Robin Achebe <robin.achebe@inbox.example>",
        date=f"Mon, 07 Jun 2027 09:12:00 {offset}",
    )
    return parse_message(raw)


def _claimed(parsed: ParsedMessage) -> bool:
    return parsed.kind in CLAIMS and parsed.confidence >= SURE


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Panel assignment: Tomas Varga - Account Manager",
            "Hi Robin,\r\n\r\nYou've been added to the interview panel for Tomas Varga (Account "
            "Manager).\r\n\r\nYour interview\r\nWednesday, June 9, 2027\r\n11:00 AM - 11:45 AM "
            "ET\r\nRoom: Harbor 2\r\n\r\nPlease submit feedback within a day.\r\n\r\nNorthwind "
            "Recruiting",
        ),
        (
            "Debrief - Account Manager interviews",
            "Hi all,\r\n\r\nThanks for sitting on the Account Manager panel this week. Let's "
            "debrief on Friday June 11 at 3pm in the boardroom.\r\n\r\nMarta",
        ),
        (
            "Nomination: interviewer training",
            "Dear Robin,\r\n\r\nYou have been nominated for interviewer training before the "
            "campus season.\r\n\r\nDate: Thursday, 10 June 2027\r\nTime: 2:00 PM to 4:00 PM\r\n"
            "Mode: Teams\r\n\r\nRegards,\r\nL&D",
        ),
        (
            "Appointment confirmed: CV review",
            "Hi Robin,\r\n\r\nYour careers appointment is confirmed.\r\n\r\nWith: Careers "
            "Consultant Amy Shore\r\nWhen: Thursday 10 June 2027, 10:30am\r\nWhere: Zoom\r\n\r\n"
            "Careers Service",
        ),
        (
            "Welcome! Coffee on day one?",
            "Hey Robin,\r\n\r\nI'm your onboarding buddy. I've booked us a coffee at 8:30am on "
            "Monday 14 June before your induction.\r\n\r\nSee you then,\r\nKai",
        ),
        (
            "Re: intro to the hiring manager",
            "Hey Robin,\r\n\r\nPassed your CV on. Lee is in town Thursday 10 June and might "
            "grab a coffee with you around 4pm - he'll confirm directly if it works.\r\n\r\n"
            "Sasha",
        ),
    ],
)
def test_not_the_readers_interview_is_not_claimed(subject: str, body: str) -> None:
    parsed = _parse(body, subject)
    assert not _claimed(parsed), parsed.warnings


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "Your interview for Team Lead (internal posting)",
            "Hi Robin,\r\n\r\nThanks for applying internally. Your interview is scheduled for "
            "Wednesday, June 9, 2027, 11:00 AM - 11:45 AM ET with Dana Reyes, Director.\r\n\r\n"
            "Northwind Recruiting",
            datetime.fromisoformat("2027-06-09T11:00:00-04:00"),
        ),
        (
            "Invitation: panel interview",
            "Dear Robin,\r\n\r\nYou have been invited to a panel interview for the Account "
            "Manager role on Thursday, June 10, 2027 at 2:00 PM ET. Dana Reyes has been added "
            "to the panel as well.\r\n\r\nNorthwind Recruiting",
            datetime.fromisoformat("2027-06-10T14:00:00-04:00"),
        ),
        (
            "Re: next step",
            "Thursday June 10 at 2pm ET works - see you then! I'll send the interview link "
            "tomorrow.\r\n\r\nChris",
            datetime.fromisoformat("2027-06-10T14:00:00-04:00"),
        ),
    ],
)
def test_own_interview_in_the_same_voice_is_kept(subject: str, body: str, start: datetime) -> None:
    parsed = _parse(body, subject)
    assert parsed.kind == "invitation"
    assert parsed.start == start
    assert parsed.confidence >= SURE, parsed.warnings
