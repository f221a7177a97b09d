"""An interview in which someone else is interviewed is no interview for the reader (panel24
shapes): the reader joins, shadows or observes it, runs the debrief, writes the feedback,
hears that an applicant comes in, or gets the other person's loop or a calendar block for it.

Fixtures are written for these tests (own words, made-up people). Controls in the same voices
set the reader's own interview at a time.
"""

from __future__ import annotations

import pytest

from service.parsing import ParsedMessage, parse_message
from service.parsing.lookalikes import OTHERS_INTERVIEW_CUES
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str) -> ParsedMessage:
    raw = bare_mail(
        subject,
        body,
        sender="Mirela Kovač <mirela.kovac@sundby-tools.example>",
        to="Sam Okafor <sam.okafor@inbox.example>",
        date="Mon, 04 Oct 2027 09:12:00 +0200",
    )
    return parse_message(raw)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Panel on Thursday?",
            "Hi Sam,\r\n\r\nWe're interviewing Noah Brandt for the buyer role on Thursday 14 "
            "October at 10:00. Could you join me?\r\n\r\nMirela",
        ),
        (
            "Interview training",
            "Hi Sam,\r\n\r\nPlease shadow my interview with Ruth Adler on Wednesday 13 October at "
            "15:00; just take notes.\r\n\r\nMirela",
        ),
        (
            "Entretien vendredi",
            "Bonjour Sam,\r\n\r\nJe reçois M. Faure en entretien le vendredi 15 octobre à 10h. "
            "Tu peux venir en observateur ?\r\n\r\nMirela",
        ),
        (
            "Entrevista del martes",
            "Hola Sam:\r\n\r\nEl martes 19 de octubre a las 12:00 entrevistamos a Irene Sanz. "
            "¿Te unes?\r\n\r\nMirela",
        ),
        (
            "Debrief",
            "Hi all,\r\n\r\nLet's debrief on Noah on Monday 18 October at 16:00. Please add your "
            "written feedback first.\r\n\r\nMirela",
        ),
        (
            "Sollicitant",
            "Hoi Sam,\r\n\r\nDinsdag 12 oktober om 9:00 komt een sollicitant voor de balie. Wil "
            "jij hem rondleiden?\r\n\r\nMirela",
        ),
        (
            "Terminblocker",
            "Hallo Sam,\r\n\r\nbitte blocke dir Mittwoch, 20. Oktober, 9:00 bis 12:00 Uhr für die "
            "Gespräche mit den Azubis.\r\n\r\nMirela",
        ),
    ],
)
def test_someone_elses_interview_is_not_claimed(subject: str, body: str) -> None:
    parsed = _parse(body, subject)
    assert not (parsed.kind in CLAIMS and parsed.confidence >= SURE)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your interview",
            "Hi Sam,\r\n\r\nWe'd like to interview you on Thursday 14 October at 10:00 in our "
            "Malmö office.\r\n\r\nMirela",
        ),
        (
            "Convocation à un entretien",
            "Bonjour Sam,\r\n\r\nNous vous proposons un entretien le vendredi 15 octobre de 10h à "
            "11h dans nos locaux.\r\n\r\nMirela",
        ),
        (
            "Entrevista",
            "Hola Sam:\r\n\r\nTe esperamos para una entrevista el martes 19 de octubre a las "
            "12:00 en la oficina de Valencia.\r\n\r\nMirela",
        ),
    ],
)
def test_the_readers_own_interview_is_still_claimed(subject: str, body: str) -> None:
    parsed = _parse(body, subject)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE


@pytest.mark.parametrize(
    "line",
    [
        "We'd like to interview you on Friday.",
        "Here is your interview schedule for Wednesday.",
        "You will be interviewing with Dana and Sam.",
        "Your interview with the panel is at 10:00.",
    ],
)
def test_the_readers_own_words_are_no_cue(line: str) -> None:
    assert OTHERS_INTERVIEW_CUES.search(line) is None
