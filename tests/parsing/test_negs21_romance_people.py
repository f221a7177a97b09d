"""Hand-typed Romance-language look-alikes in the shapes negs21 added.

Fixtures are written for these tests (own words): a French HR note about a group meeting
"ouverte à tous les candidats", a recruiter promising to "vous donner une réponse" on a day
at an hour, a Romanian recruiter who "revine cu un răspuns" then, and a forwarded Spanish
first-week agenda whose note says "no una entrevista". Controls in the same voices: a French
interview confirmed with "(environ 1h)" after its start, a Romanian interview set at a time,
and a Spanish interview invitation forwarded without such a note.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str, offset: str = "+0200") -> ParsedMessage:
    raw = bare_mail(
        subject,
        body,
        sender="Maud Perrin <maud.perrin@verger-bleu.example>",
        to="Lou Garnier <lou.garnier@inbox.example>",
        date=f"Mon, 07 Jun 2027 09:12:00 {offset}",
    )
    return parse_message(raw)


def _claimed(parsed: ParsedMessage) -> bool:
    return parsed.kind in CLAIMS and parsed.confidence >= SURE


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        (
            "Réunion d'information - préparateurs de commandes",
            "Bonjour,\r\n\r\nNous organisons une réunion d'information le jeudi 10 juin à "
            "14h à l'entrepôt de Meaux, ouverte à tous les candidats au poste de préparateur."
            "\r\n\r\nMaud Perrin",
            "+0200",
        ),
        (
            "Votre candidature",
            "Bonjour Lou,\r\n\r\nLa direction tranche cette semaine. Je vous appelle mercredi 9 "
            "juin vers 16h pour vous donner une réponse.\r\n\r\nMaud",
            "+0200",
        ),
        (
            "Re: Interviu contabil",
            "Bună ziua,\r\n\r\nMulțumim pentru discuție. Vă revin cu un răspuns joi, 10 iunie, "
            "după ora 15:00.\r\n\r\nMaud Perrin",
            "+0300",
        ),
        (
            "RV: Tu primera semana",
            "Es la agenda de la primera semana, no una entrevista.\r\n\r\n"
            "________________________________\r\nDe: RRHH <rrhh@verger-bleu.example>\r\n"
            "Enviado: lunes, 7 de junio de 2027 8:00\r\nPara: Lou Garnier "
            "<lou.garnier@inbox.example>\r\nAsunto: Tu primera semana\r\n\r\nHola Lou,\r\n\r\n"
            "Martes 8, 10:00 - Capacitación\r\nJueves 10, 15:00 - Reunión con tu equipo\r\n\r\n"
            "Saludos",
            "-0300",
        ),
    ],
)
def test_romance_lookalikes_are_not_claimed(subject: str, body: str, offset: str) -> None:
    assert not _claimed(_parse(body, subject, offset))


def test_environ_aside_gives_the_end() -> None:
    parsed = _parse(
        "Bonjour Lou,\r\n\r\nC'est confirmé : nous vous attendons mardi 8 juin à 10h30 pour "
        "l'entretien (environ 1h), 3 rue des Lilas.\r\n\r\nMaud",
        "Re: Entretien",
    )
    assert parsed.kind == "invitation"
    assert parsed.start == datetime.fromisoformat("2027-06-08T10:30:00+02:00")
    assert parsed.end == datetime.fromisoformat("2027-06-08T11:30:00+02:00")


def test_environ_clock_is_no_length() -> None:
    parsed = _parse(
        "Bonjour Lou,\r\n\r\nVotre entretien aura lieu mardi 8 juin à 9h (environ 9h30 pour la "
        "visite de l'atelier).\r\n\r\nMaud",
        "Entretien",
    )
    assert parsed.start == datetime.fromisoformat("2027-06-08T09:00:00+02:00")
    assert parsed.end is None or parsed.end - parsed.start <= timedelta(hours=4)


def test_romanian_interview_set_stays_sure() -> None:
    parsed = _parse(
        "Bună ziua,\r\n\r\nVă invităm la interviu joi, 10 iunie, la ora 11:00, la sediul "
        "nostru din Cluj.\r\n\r\nMaud Perrin",
        "Invitație interviu",
        "+0300",
    )
    assert _claimed(parsed)
    assert parsed.start == datetime.fromisoformat("2027-06-10T11:00:00+03:00")
