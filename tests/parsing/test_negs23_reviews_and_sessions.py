"""A time for a review with the current employer, a course or a group session is no
interview for the reader (negs23 shapes).

Fixtures are written for these tests (own words): a manager booking the annual
"Mitarbeitergespräch", a Spanish "evaluación de desempeño", a Dutch "exitgesprek", an English
appraisal meeting; an Italian course sign-up ("iscrizione al corso"), a Spanish "sesión
informativa", a German "Online-Seminar", a Spanish "taller online" and a Hindi placement
cell's mock interview. Controls in the same voices: a job interview set at a time, with the
review or the session mentioned beside it.
"""

from __future__ import annotations

import pytest

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str, offset: str = "+0200") -> ParsedMessage:
    raw = bare_mail(
        subject,
        body,
        sender="Ines Haller <ines.haller@talbrueck-gruppe.example>",
        to="Sam Okafor <sam.okafor@inbox.example>",
        date=f"Mon, 06 Sep 2027 09:12:00 {offset}",
    )
    return parse_message(raw)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Unser Mitarbeitergespräch",
            "Hallo Sam,\r\n\r\nlass uns das jährliche Mitarbeitergespräch am Donnerstag, "
            "16. September, von 10:00 bis 11:00 Uhr führen.\r\n\r\nIne",
        ),
        (
            "Evaluación de desempeño",
            "Hola Sam:\r\n\r\nTe cito a la reunión de evaluación de desempeño el martes 14 de "
            "septiembre a las 11:00 en mi despacho.\r\n\r\nInés",
        ),
        (
            "Exitgesprek",
            "Hoi Sam,\r\n\r\nVoor je vertrek plannen we graag een exitgesprek op woensdag 15 "
            "september om 14:00 met HR.\r\n\r\nIne",
        ),
        (
            "Appraisal meeting",
            "Hi Sam,\r\n\r\nI've booked your appraisal meeting for Friday 17 September at "
            "2pm in room 3.\r\n\r\nIne",
        ),
    ],
)
def test_a_review_with_the_current_employer_is_not_claimed(subject: str, body: str) -> None:
    parsed = _parse(body, subject)
    assert not (parsed.kind in CLAIMS and parsed.confidence >= SURE)


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        (
            "Iscrizione confermata",
            "Gentile Sam,\r\n\r\nconfermiamo l'iscrizione al corso di Excel avanzato, giovedì "
            "16 settembre dalle 9:00 alle 12:00 in aula 2.\r\n\r\nUfficio Formazione",
            "+0200",
        ),
        (
            "Plan de pensiones",
            "Hola a todos:\r\n\r\nEl miércoles 15 de septiembre a las 10:00 haremos una sesión "
            "informativa sobre el plan de pensiones.\r\n\r\nRecursos Humanos",
            "+0200",
        ),
        (
            "Vorbereitung auf Ihr Gespräch",
            "Hallo Sam,\r\n\r\nam Dienstag, 14. September, um 18:00 Uhr bieten wir ein "
            "Online-Seminar mit Tipps zum Interview an.\r\n\r\nIhr Karriere-Team",
            "+0200",
        ),
        (
            "Prepara tu entrevista",
            "Hola Sam:\r\n\r\nTe invitamos al taller online «Cómo preparar una entrevista» el "
            "jueves 16 de septiembre a las 19:00.\r\n\r\nEquipo de Talento",
            "+0200",
        ),
        (
            "मॉक इंटरव्यू सत्र",
            "प्रिय विद्यार्थियों,\r\n\r\nशनिवार, 11 सितंबर को सुबह 10:00 बजे मॉक इंटरव्यू सत्र "
            "होगा।\r\n\r\nप्लेसमेंट सेल",
            "+0530",
        ),
    ],
)
def test_a_course_or_group_session_is_not_claimed(subject: str, body: str, offset: str) -> None:
    parsed = _parse(body, subject, offset)
    assert not (parsed.kind in CLAIMS and parsed.confidence >= SURE)


@pytest.mark.parametrize(
    ("subject", "body", "start"),
    [
        (
            "Einladung zum Vorstellungsgespräch",
            "Hallo Sam,\r\n\r\nwir laden Sie zum Vorstellungsgespräch am Mittwoch, "
            "15. September, von 10:00 bis 11:00 Uhr ein. Ihr Mitarbeitergespräch beim "
            "jetzigen Arbeitgeber spielt für uns keine Rolle.\r\n\r\nInes Haller",
            "2027-09-15T10:00:00+02:00",
        ),
        (
            "Entrevista - vacante interna",
            "Hola Sam:\r\n\r\nTe citamos a una entrevista para la vacante interna el jueves 16 "
            "de septiembre de 10:00 a 11:00 en la sala Ebro.\r\n\r\nInés",
            "2027-09-16T10:00:00+02:00",
        ),
        (
            "Colloquio - Formatore",
            "Gentile Sam,\r\n\r\nsaremmo lieti di incontrarla per un colloquio martedì 14 "
            "settembre dalle 15:00 alle 16:00 presso la nostra sede.\r\n\r\nRisorse Umane",
            "2027-09-14T15:00:00+02:00",
        ),
    ],
)
def test_the_job_interview_from_the_same_senders_stays_sure(
    subject: str, body: str, start: str
) -> None:
    parsed = _parse(body, subject)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE
    assert parsed.start is not None
    assert parsed.start.isoformat() == start
