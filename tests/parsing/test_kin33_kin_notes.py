"""A relative's, friend's or client's interview passed on to the reader: the note on top, the
forwarder's subject or the line above a pasted mail says whose it is ("my brother's", "de mi
hija", "우리 아들 면접", "Oğlumun mülakatı"); the reader's own interview with a note about
family ("my mum will drive me") stays theirs. Mail written for this test."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_claimed_from, claimed, plain_mail

DATE = "Mon, 01 Mar 2027 09:00:00 +0100"
USER = "Robin Vale <robin.vale@mailbox.example>"
HOOK = "in@afterview.example"


def _forward(
    note: str, greeting: str, invitation: str, *, subject: str = "Fwd: Interview"
) -> bytes:
    """Robin forwards through Gmail a mail written to Kim Vale (no greeting by name)."""
    body = (
        f"{note}\n\n---------- Forwarded message ---------\n"
        "From: Recruiting <jobs@acme.example>\nDate: Fri, Feb 26, 2027 at 10:00 AM\n"
        "Subject: Interview\nTo: Kim Vale <kim.vale@mailbox.example>\n\n"
        f"{greeting}\n\n{invitation}\n\nRecruiting\n"
    )
    return plain_mail(subject, body, sender=USER, to=HOOK, date=DATE)


INVITE = "We invite you to an interview on Tuesday 9 March 2027 at 14:00 at our office."

SOMEONE_ELSES_NOTES = [
    "My brother's interview, remind me to call him the day before.",
    "우리 아들 면접 일정이에요. 잊지 않게 알려 주세요.",
    "这是我女儿的面试通知，帮我记一下。",
    "Oğlumun mülakatı, bir gün önce hatırlat.",
    "To rozmowa mojej córki, przypomnij mi.",
    "Це співбесіда моєї сестри.",
    "Η συνέντευξη του φίλου μου.",
    "Lịch phỏng vấn của bạn mình, nhắc mình nhé.",
    "Ini jadwal wawancara adik saya.",
    "Min brors samtale - husk mig på det.",
    "Gesprek van mijn cliënt, ik ga met hem mee.",
]


@pytest.mark.parametrize("note", SOMEONE_ELSES_NOTES)
def test_note_naming_a_relative_or_client_is_not_claimed(note: str) -> None:
    raw = _forward(note, "Hello,", INVITE)
    assert not claimed(raw)
    assert parse_message(raw).kind == "not_invitation"


@pytest.mark.parametrize(
    "subject", ["Fwd: entrevista de mi hermano", "Fwd: sollicitatie van mijn zoon"]
)
def test_subject_naming_a_relative_is_not_claimed(subject: str) -> None:
    assert not claimed(_forward("", "Dear Applicant,", INVITE, subject=subject))


@pytest.mark.parametrize(
    "line",
    [
        "Dit is het gesprek van mijn zoon, geplakt:",
        "Ti incollo la mail del colloquio di mio fratello:",
    ],
)
def test_pasted_mail_under_a_relatives_line_is_not_claimed(line: str) -> None:
    body = f"{line}\n\nHello,\n\n{INVITE}\n"
    assert not claimed(plain_mail("colloquio", body, sender=USER, to=HOOK, date=DATE))


@pytest.mark.parametrize(
    "note",
    [
        "My mum will drive me, please add it.",
        "Meine Mutter fährt mich hin, bitte eintragen.",
        "Mi hermana me acompaña, apúntalo.",
        "Kardeşim beni bırakacak, takvime ekle.",
    ],
)
def test_own_interview_with_a_note_about_family_is_claimed(note: str) -> None:
    body = (
        f"{note}\n\n---------- Forwarded message ---------\n"
        "From: Recruiting <jobs@acme.example>\nDate: Fri, Feb 26, 2027 at 10:00 AM\n"
        "Subject: Interview\nTo: Robin Vale <robin.vale@mailbox.example>\n\n"
        f"Dear Robin,\n\n{INVITE}\n\nRecruiting\n"
    )
    assert_claimed_from(
        plain_mail("Fwd: Interview", body, sender=USER, to=HOOK, date=DATE), "2027-03-09T14:00"
    )
