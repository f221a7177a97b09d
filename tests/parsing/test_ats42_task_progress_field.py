"""A to-do's progress field marks a task, not a meeting (the ats42 batch: WebCalendar).

Task and project tools print a to-do's progress as a field of its own: WebCalendar's task
reminders ("Percentage Complete: 0%" and its translations, tools/send_reminders.php), and the
work packages and issues of OpenProject and Redmine ("% Complete", "% Done"). A mail that
carries such a field next to a start and a due date and time reminds the reader of a task
(send documents, take a test, prepare slides) even when the task's title names an
interview: the user must not find it in the calendar as an interview. An interview reminder
from the same tool, with a duration and no progress field, stays an invitation.

Every mail here is written for the test; the field labels are the tools' own.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail

_DATE = "Tue, 08 Dec 2026 12:00:00 +0100"

# (label of the progress field, start label, time label, due labels, title)
PROGRESS_FIELDS = [
    (
        "Percentage Complete",
        "Start Date",
        "Start Time",
        ("Due Date", "Due Time"),
        "Prepare slides for the panel interview",
    ),
    (
        "Pourcentage atteint",
        "Date de début",
        "Heure de début",
        ("Date de fin", "Heure de fin"),
        "Préparer la présentation pour l'entretien",
    ),
    (
        "Prozentsatz erledigt",
        "Startdatum",
        "Startzeit",
        ("Enddatum", "Endzeit"),
        "Folien für das Vorstellungsgespräch vorbereiten",
    ),
    (
        "Percentuale completamento",
        "Data inizio",
        "Ora inizio",
        ("Data fine", "Ora fine"),
        "Preparare la presentazione per il colloquio",
    ),
    (
        "Procent wykonania",
        "Data rozpoczęcia",
        "Godzina rozpoczęcia",
        ("Data zakończenia", "Godzina zakończenia"),
        "Przygotować prezentację na rozmowę",
    ),
    (
        "% Complete",
        "Start date",
        "Start time",
        ("Finish date", "Finish time"),
        "Portfolio review before interview",
    ),
    (
        "% Done",
        "Start date",
        "Start time",
        ("Due date", "Due time"),
        "Slides for the interview with the hiring panel",
    ),
]


def _task_mail(progress: str, start: str, clock: str, due: tuple[str, str], title: str) -> bytes:
    body = (
        f"{title}\n\n"
        "Description:\n   A ten-minute talk on how you would plan the first quarter.\n"
        f"{start}: Friday, December 11, 2026\n{clock}: 09:00 CET\n"
        f"{due[0]}: Wednesday, December 16, 2026\n{due[1]}: 18:00 CET\n"
        f"{progress}: 0%\nPriority: 5-Medium\n"
    )
    return plain_mail(
        f"Reminder: {title}",
        body,
        sender="Calendar <calendar@intranet.example.org>",
        to="Dana Roe <dana.roe@mailbox.example>",
        date=_DATE,
    )


@pytest.mark.parametrize(("progress", "start", "clock", "due", "title"), PROGRESS_FIELDS)
def test_a_task_with_a_progress_field_is_not_claimed(
    progress: str, start: str, clock: str, due: tuple[str, str], title: str
) -> None:
    assert not claimed(_task_mail(progress, start, clock, due, title))


@pytest.mark.parametrize("value", ["0%", "25 %", "100%"])
def test_any_progress_value_marks_the_task(value: str) -> None:
    raw = _task_mail(
        "Pourcentage atteint",
        "Date de début",
        "Heure de début",
        ("Date de fin", "Heure de fin"),
        "Préparer l'entretien",
    )
    raw = raw.replace(b"Pourcentage atteint: 0%", f"Pourcentage atteint: {value}".encode())
    assert not claimed(raw)


def test_an_interview_reminder_without_a_progress_field_stays_claimed() -> None:
    body = (
        "This is a reminder for the event detailed below.\n\n"
        "PANEL INTERVIEW - PLANNING LEAD\n\n"
        "Description:\n   Interview with the planning team, room 4.\n"
        "Date: Friday, December 11, 2026\nTime: 09:00 CET\nDuration: 45 minutes\n"
        "Priority: 5-Medium\n"
    )
    raw = plain_mail(
        "Reminder: Panel interview - Planning Lead",
        body,
        sender="Calendar <calendar@intranet.example.org>",
        to="Dana Roe <dana.roe@mailbox.example>",
        date=_DATE,
    )
    assert claimed(raw)
