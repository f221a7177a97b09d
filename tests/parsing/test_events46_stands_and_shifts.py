# ruff: noqa: E501 (mail bodies read best one line a sentence)
"""A careers fair writes to the employer's side of its stands ("Dear exhibitor", "Beste
standbemanning", "Liebe Aussteller") and to its helpers ("Deine Schicht: Mittwoch, 9:30–13:30
Uhr"; "Your shift: Thursday 10:00-14:00"): the times are stand hours, interview rooms the
employer books and the reader's turn of work, however often they say "interview". None of
these is claimed; the fair's confirmation of the reader's own interview with an exhibitor,
an internal vacancy's interview "around your shifts" and a Spanish assessment "en tu turno"
still are.

Fixtures are written for these tests (own words, made-up people and places).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

SENT = "Mon, 19 Oct 2026 17:00:00 +0200"
TO = "Alex Morgan <alex.morgan@mailbox.example>"

LOOKALIKES = [
    (
        "Rota for stand 12",
        "Dear stand staff of Harbour Engineering,\n\nYour rota for stand 12 at the Graduate Fair:\n\nTuesday 27 October: 9:00-12:30 Alex Morgan, Ruth Obi\nTuesday 27 October: 12:30-16:00 Sam Lee, Dev Patel\n\nStudents can book a short interview with you at the stand.",
    ),
    (
        "Rooster stand 27",
        "Beste standbemanning van Oostwerk,\n\nHet rooster voor stand 27:\n\nDinsdag 27 oktober: 9:00-12:30 Alex Morgan, Fleur Bosman\nDinsdag 27 oktober: 12:30-16:00 Daan Veltkamp, Iris Mulder\n\nStudenten kunnen bij de stand een kort sollicitatiegesprek inplannen.",
    ),
    (
        "Deine Schicht als Messe-Scout",
        "Hallo Alex,\n\ndanke, dass Du bei der Karrieremesse als Scout hilfst!\n\nDeine Schicht: Mittwoch, 4. November 2026, 9:30–13:30 Uhr, Treffpunkt Infostand Foyer.\nDu begleitest Studierende zu den Interview-Kabinen der Aussteller und hältst die Zeitpläne im Blick.\n\nDein Messeteam",
    ),
    (
        "Your shift as a student guide",
        "Hi Alex,\n\nThanks for helping at the careers fair as a student guide!\n\nYour shift: Wednesday 4 November 2026, 9:30-13:30, welcome desk in the atrium.\nYou guide students to the interview booths of the exhibitors and keep an eye on the timetables.\n\nCareers Fair team",
    ),
]


@pytest.mark.parametrize(("subject", "body"), LOOKALIKES)
def test_stand_rotas_and_helper_shifts_are_not_claimed(subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Fair <team@fair.example>", to=TO, date=SENT)
    assert not claimed(raw)


CONTROLS = [
    (
        "Interview confirmed: Tyne Robotics",
        "Hi Alex,\n\nYour interview is booked.\n\nEmployer: Tyne Robotics\nDate: Thursday 22 October 2026\nTime: 14:20-14:40\nWhere: Interview room 3\n\nFair bookings team",
        "2026-10-22T14:20:00+02:00",
    ),
    (
        "Internal vacancy - interview",
        "Hi Alex,\n\nThanks for applying for the Team Leader vacancy. We'd like to invite you to an interview on Thursday 22 October 2026 at 14:00 in the meeting room on floor 2. Please let us know if you need the time adjusting around your shifts.\n\nKind regards,\nPeople Team",
        "2026-10-22T14:00:00+02:00",
    ),
    (
        "Convocatoria: jornada de evaluación",
        "Hola Alex:\n\nTe convocamos a la jornada de evaluación (assessment center) en tu turno: jueves 22 de octubre de 2026 a las 9:30, en nuestras oficinas de Calle Atocha 70, Madrid.\n\nUn saludo,\nSelección",
        "2026-10-22T09:30:00+02:00",
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), CONTROLS)
def test_readers_own_interview_near_shift_or_fair_words_is_claimed(
    subject: str, body: str, start: str
) -> None:
    raw = plain_mail(subject, body, sender="Recruiting <jobs@employer.example>", to=TO, date=SENT)
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start == datetime.fromisoformat(start)
