"""A time that belongs to a practice interview or to someone else's meeting stays unsure.

Mail written for these tests, in several languages: a careers adviser's mock interview and a
university's interview workshop; a recruiter's own call with the hiring manager, another
candidate's interview. Controls in the same voices give the reader an interview of their own
(also one "with" a named person, and "Thursday's interview" moved) and stay sure.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5


def _mail(body: str, subject: str = "Next steps") -> bytes:
    return bare_mail(
        subject,
        body,
        sender="Hana Ruiz <hana.ruiz@larkspur-works.example>",
        to="Kit Moreau <kit.moreau@inbox.example>",
        date="Mon, 09 Nov 2026 09:15:00 +0100",
    )


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "Hi Kit,\r\n\r\nI've put you in for a practice interview with me on Thu 12 Nov at "
            "2pm in my office, to prepare for your assessment centre.\r\n\r\nHana",
            "practice interview",
        ),
        (
            "Bonjour Kit,\r\n\r\nVotre inscription à l'atelier « Simulation d'entretien » est "
            "confirmée : jeudi 12 novembre à 17h, salle 3.\r\n\r\nHana",
            "practice interview",
        ),
        (
            "Bonjour Kit,\r\n\r\nJ'ai rendez-vous demain à 11h avec Mme Roux, la manager, pour "
            "faire le bilan ; je reviens vers vous ensuite pour un éventuel entretien.\r\n",
            "someone else's meeting",
        ),
        (
            "Hi Kit,\r\n\r\nQuick one: I'm on with Jenna at 4pm tomorrow to push for the final "
            "interview round; I'll update you after.\r\n\r\nHana",
            "someone else's meeting",
        ),
        (
            "Hola Kit,\r\n\r\nLa entrevista de Andrés con la gerencia quedó para el jueves 12 de "
            "noviembre a las 9:00; en cuanto tengamos agenda para la suya le escribo.\r\n",
            "someone else's meeting",
        ),
    ],
)
def test_the_time_is_not_the_readers_interview(body: str, why: str) -> None:
    result = parse_message(_mail(body))
    assert result.kind not in {"invitation", "reschedule"} or result.confidence < SURE, result
    assert any(why in warning for warning in result.warnings), result.warnings


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hi Kit,\r\n\r\nWe'd like to invite you to an interview with Jenna Park on Thursday "
            "12 November at 2pm at our office.\r\n\r\nHana",
            "2026-11-12T14:00",
        ),
        (
            "Bonjour Kit,\r\n\r\nNous vous invitons à un entretien avec Mme Roux jeudi 12 "
            "novembre à 11h dans nos locaux.\r\n\r\nHana",
            "2026-11-12T11:00",
        ),
        (
            "Hola Kit:\r\n\r\nTe invitamos a una entrevista con Andrés, el gerente, el jueves 12 "
            "de noviembre a las 9:00 en nuestra oficina.\r\n",
            "2026-11-12T09:00",
        ),
        # a contraction is no person's name: "Let's", "It's" before the interview noun
        (
            "Hi Kit,\r\n\r\nLet's do the interview at noon on Thursday 12 November; I'll "
            "send a video link.\r\n\r\nHana",
            "2026-11-12T12:00",
        ),
        (
            "Hi Kit,\r\n\r\nThanks for your patience. It's a short call with the team on "
            "Thursday 12 November at 3pm, about 30 minutes.\r\n\r\nHana",
            "2026-11-12T15:00",
        ),
    ],
)
def test_the_readers_own_interview_stays_sure(body: str, start: str) -> None:
    result = parse_message(_mail(body, "Interview"))
    assert result.kind == "invitation", result
    assert result.start is not None, result
    assert result.start.isoformat().startswith(start), result
    assert result.confidence >= SURE, result
