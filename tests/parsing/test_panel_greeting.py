"""A mail that greets the interview panel ("Dear Panel Members", "Good afternoon panel") is
written to the people who interview: its times are candidates' interviews, so the reader gets
no slot of their own from it. "Good morning/afternoon" greets by name as "Hi" does.

Every mail here is written for the test.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message


def _mail(body: str, subject: str = "Interviews on Thursday") -> bytes:
    message = EmailMessage()
    message["From"] = "Thandi Mokoena <thandi@kopano-bank.example.co.za>"
    message["To"] = "Sam Lee <sam.lee@mailbox.example>"
    message["Date"] = "Mon, 07 Dec 2026 13:00:00 +0200"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


PANEL_MAILS = [
    "Dear Panel Members,\n\nPlease find attached the CVs for the Treasury Analyst interviews on "
    "Thursday 10 December 2026.\n\n09:00 - first candidate\n10:30 - second candidate\n\n"
    "Regards\nThandi",
    "Good afternoon panel,\n\nThe interviews are on Thursday 10 December 2026 from 09:00 in "
    "Boardroom 1. Kindly read the CVs beforehand.\n\nThanks\nThandi",
    "Dear interviewers,\n\nThursday 10 December 2026, 09:00-12:30, Boardroom 1: three "
    "candidates for the Credit Analyst role.\n\nThandi",
]


@pytest.mark.parametrize("body", PANEL_MAILS, ids=["panel-members", "good-afternoon", "dear"])
def test_a_mail_to_the_panel_is_not_the_readers_interview(body: str) -> None:
    parsed = parse_message(_mail(body))
    assert parsed.confidence < 0.5 or parsed.kind == "not_invitation"
    assert any("panel" in note for note in parsed.warnings)


def test_good_afternoon_with_the_readers_name_keeps_their_interview() -> None:
    parsed = parse_message(
        _mail(
            "Good afternoon Sam,\n\nWe would like to invite you to an interview on Thursday "
            "10 December 2026 at 10:00 (SAST) at our Sandton office.\n\nThandi",
            subject="Interview invitation",
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (10, 10)
    assert parsed.confidence >= 0.5


def test_good_morning_to_someone_else_is_theirs() -> None:
    parsed = parse_message(
        _mail(
            "Good morning Priya,\n\nThe interview is on Thursday 10 December 2026 at 10:00 "
            "(SAST) at our Sandton office.\n\nThandi",
            subject="Interview invitation",
        )
    )
    assert parsed.confidence < 0.5
    assert any("greets someone else" in note for note in parsed.warnings)
