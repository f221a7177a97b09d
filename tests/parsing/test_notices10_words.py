"""Words and date forms met in the notices10 batch: task boards' due-date labels in more
languages, Hungarian's one-word "job interview", Lithuanian long dates with the year first and
the weekday after. The mails are ours, each the smallest of its shape."""

from __future__ import annotations

from email.header import Header

import pytest

from service.parsing import parse_message
from service.parsing.lexicon import has_invitation_cue


def _mail(subject: str, body: str, date: str = "Mon, 02 Feb 2026 10:00:00 +0100") -> bytes:
    return (
        "From: Notices <notices@tool.example>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize(
    "label",
    [
        "Data scadentă:",
        "Határidő:",
        "Son tarih:",
        "Tamamlanması gereken tarih:",
        "Термін виконання:",
    ],
)
def test_a_due_date_label_makes_a_task_deadline_not_a_slot(label: str) -> None:
    body = f"Prepare the interview questions (#12)\n\n{label} 12.03.2026 14:00\nAssigned to Sam"
    result = parse_message(_mail("[Hiring] New task #12: interview questions", body))
    assert result.kind == "not_invitation" or result.confidence < 0.5


def test_hungarian_compound_for_job_interview_is_an_invitation_word() -> None:
    assert has_invitation_cue("Állásinterjú – backend fejlesztő")
    assert has_invitation_cue("Munkainterjú holnap")
    assert not has_invitation_cue("Fogorvos – Dr. Németh")


def test_lithuanian_long_date_with_weekday_after_keeps_its_label() -> None:
    body = (
        "Norime priminti apie artėjantį įvykį.\n\nDarbo pokalbis – QA inžinierius\n\n"
        "Data: 2026 m. birželio 18 d., ketvirtadienis\nLaikas: 15:00\n"
    )
    result = parse_message(
        _mail("Darbo pokalbis – QA inžinierius", body, "Wed, 17 Jun 2026 15:00:00 +0300")
    )
    assert result.kind == "invitation"
    assert result.start is not None
    assert result.start.strftime("%Y-%m-%d %H:%M") == "2026-06-18 15:00"
    assert result.confidence >= 0.5


@pytest.mark.parametrize(
    ("subject", "opening"),
    [
        (
            "Új esemény: Interjú: Tóth Bence",
            "Új esemény: Interjú: Tóth Bence (2026. 04. 21. 10:00:00)",
        ),
        ("Подія додана: Співбесіда: Ірина Бойко", "Подія додана: Співбесіда (21.04.26 10:00:00)"),
        (
            "Event edited: Interview: Jo Park",
            "Event edited: Interview: Jo Park (4/21/26 10:00:00 AM)",
        ),
        (
            "Päivittäinen agendasi tiistai 21. huhtikuuta 2026",
            "Päivittäinen agendasi\n\n10:00: Haastattelu",
        ),
    ],
)
def test_a_shared_calendars_notice_or_agenda_is_not_an_invitation(
    subject: str, opening: str
) -> None:
    # a subscriber of a colleague's calendar hears of its events; nobody invited them
    result = parse_message(_mail(subject, f"{opening}\n\nCalendar: Recruiting\n"))
    assert result.kind == "not_invitation" or result.confidence < 0.5


def test_an_invitation_subject_is_not_a_calendar_notice() -> None:
    body = (
        'Anna Kovács wishes to make you aware of "Interview".\n\n'
        "When: 21.04.2026 10:00 – 21.04.2026 10:45\n"
    )
    result = parse_message(_mail("Invitation: Interview with Acme", body))
    assert result.kind == "invitation"
    assert result.confidence >= 0.5
