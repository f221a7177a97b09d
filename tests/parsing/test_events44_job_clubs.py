# ruff: noqa: E501 (mail bodies read best one line a sentence)
"""A job club's session ("Club de Empleo: sesión sobre la entrevista de trabajo", a Jobclub's
"Vorstellungsgespräch üben", a jobbklubb's "intervjuträning") gathers job seekers to practise
interviews together: its date and time are the group's, not an employer's interview slot, so
it is not claimed. An employer's invitation that mentions the club stays claimed.

Fixtures are written for these tests (own words, made-up people).
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail

SENT = "Fri, 29 Jan 2027 09:12:00 +0100"

CLUBS = [
    (
        "Club de Empleo: sesión sobre la entrevista de trabajo (jueves 4)",
        "Hola:\n\nTe recordamos que este jueves 4 de febrero, de 10:00 a 12:00, tenemos sesión del Club de Empleo en el Centro de Formación (aula 2).\n\nTema de la semana: la entrevista de trabajo. Haremos simulaciones de entrevista.\n\nUn saludo,\nOrientación Laboral",
    ),
    (
        "Jobclub am Donnerstag: Vorstellungsgespräch üben",
        "Hallo zusammen,\n\nder nächste Jobclub ist am Donnerstag, 4. Februar 2027, von 10:00 bis 12:00 Uhr im Jobcenter, Raum 12. Thema: das Vorstellungsgespräch – wir üben typische Fragen.\n\nViele Grüße\nIhr Jobcenter-Team",
    ),
    (
        "Job Club this Thursday: interview practice",
        "Hi everyone,\n\nJob Club meets this Thursday 4 February from 10:00 to 12:00 in the library meeting room. This week: interview practice in pairs.\n\nSee you there,\nCommunity Employment Hub",
    ),
]


@pytest.mark.parametrize(("subject", "body"), CLUBS)
def test_job_club_session_is_not_claimed(subject: str, body: str) -> None:
    raw = plain_mail(
        subject,
        body,
        sender="Employment Hub <hub@employment.example.org>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    assert not claimed(raw)


def test_employer_invitation_is_still_claimed() -> None:
    raw = plain_mail(
        "Interview invitation - Warehouse Supervisor",
        "Hi Alex,\n\nThank you for applying for the Warehouse Supervisor role at Northside Logistics. We would like to invite you to an interview on Thursday 4 February 2027 at 10:00 at our depot, Unit 4, Canal Road.\n\nBest regards,\nJo Patel\nNorthside Logistics",
        sender="Jo Patel <jo.patel@northside-logistics.example.co.uk>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )
    assert claimed(raw)
