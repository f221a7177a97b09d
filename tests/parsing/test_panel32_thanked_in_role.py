"""The reader thanked for taking an interviewer's seat, in the languages the parser reads.

A coordinator thanks the reader for volunteering, agreeing or accepting to act as an
assessor, interviewer, panel member or jury member, then gives the times of the sessions the
reader runs. Fixtures are written for these tests (own words). Controls in the same voices set
the reader's own panel interview or assessment centre and stay sure: the candidate is thanked
for applying or for accepting the invitation, and meets the assessors.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.lookalikes import READER_ON_PANEL_CUES
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _mail(body: str, *, subject: str = "Tuesday") -> bytes:
    return bare_mail(
        subject,
        body,
        sender="Oona Brask <oona.brask@fernhill-group.example>",
        to="Levi Tamsin <levi.tamsin@inbox.example>",
        date="Mon, 09 Nov 2026 09:15:00 +0100",
    )


THANKED_IN_ROLE = [
    "Thank you for volunteering as an assessor for the spring assessment centre.",
    "Thanks for agreeing to act as an interviewer on the graduate day.",
    "Thank you for offering to be a panel member for the Data Lead interviews.",
    "Vielen Dank, dass Sie sich als Beisitzerin für die Auswahlgespräche bereit erklärt haben.",
    "Danke, dass du als Interviewer beim Auswahltag dabei bist.",
    "Merci d'avoir accepté d'être membre du jury pour les entretiens de mardi.",
    "Merci d'avoir accepté de participer en tant qu'évaluatrice au centre d'évaluation.",
    "Gracias por aceptar ser evaluadora en el centro de evaluación del martes.",
    "Gracias por ofrecerte como entrevistador para las entrevistas de la tarde.",
    "Obrigada por aceitar ser avaliador no dia de avaliação.",
    "Grazie per aver accettato di far parte della commissione di selezione.",
    "Bedankt dat je als assessor wilt meedoen aan de assessmentdag.",
]


@pytest.mark.parametrize("sentence", THANKED_IN_ROLE)
def test_the_reader_thanked_in_an_interviewers_role_is_on_the_panel(sentence: str) -> None:
    assert READER_ON_PANEL_CUES.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for applying; you will meet a panel of three interviewers.",
        "Thank you for accepting our invitation to the assessment centre.",
        "Thanks for agreeing to a panel interview with our assessors.",
        "Gracias por aceptar la entrevista con el tribunal.",
        "Merci d'avoir accepté l'entretien avec le jury.",
        "Thank you for agreeing to act as a referee for the candidate.",
    ],
)
def test_the_candidate_thanked_for_their_own_step_is_not_on_the_panel(sentence: str) -> None:
    assert not READER_ON_PANEL_CUES.search(sentence)


def test_an_assessor_rota_is_not_sure() -> None:
    body = (
        "Dear Levi,\r\n\r\nThank you for volunteering as an assessor for our spring assessment "
        "centre. Your sessions:\r\n\r\nTuesday 17 November 2026\r\n08:30 briefing in room 4"
        "\r\n09:15 - 12:00 structured interviews\r\n\r\nBest wishes,\r\nOona"
    )
    got = parse_message(_mail(body, subject="Assessment centre: Tuesday 17 November"))
    assert got.kind not in CLAIMS or (got.confidence or 0) < SURE


def test_the_candidates_own_panel_interview_stays_sure() -> None:
    body = (
        "Dear Levi,\r\n\r\nThank you for accepting our invitation. Your panel interview is on "
        "Tuesday 17 November 2026 at 09:15 in room 4; you will meet a panel of three assessors."
        "\r\n\r\nBest wishes,\r\nOona"
    )
    got = parse_message(_mail(body, subject="Your interview: Tuesday 17 November"))
    assert got.kind in CLAIMS
    assert (got.confidence or 0) >= SURE
    assert got.start is not None
    assert got.start.isoformat().startswith("2026-11-17T09:15")
