"""A programme notice whose title opens with a meeting word and a how-to on interviews.

Libraries, job clubs and career services announce "Incontro: come prepararsi al colloquio",
"Spotkanie: jak przygotować się do rozmowy", "Lezing: zo bereid je je sollicitatiegesprek
voor", "Encuentro: cómo preparar tu entrevista", "Meetup: what interviewers look for". The
title's "your interview" is the talk's topic, not the reader's interview. Controls: a
recruiter's invitation in the same "Word: topic" subject shape stays claimed.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

TO = "Candidate <candidate@inbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

NOT_INTERVIEWS = [
    (
        "it_incontro",
        "Incontro: come affrontare il colloquio di selezione",
        "Care socie e cari soci,\n\nil circolo di lettura ospita l'incontro «Come affrontare il "
        "tuo colloquio di selezione» venerdì 12 marzo alle 18:00, sala grande del circolo.\n\n"
        "Ingresso libero.",
    ),
    (
        "nl_bijeenkomst",
        "Bijeenkomst: hoe bereid je je sollicitatiegesprek voor?",
        "Beste leden,\n\nDe banenclub houdt de bijeenkomst 'Hoe bereid je je "
        "sollicitatiegesprek voor?' op vrijdag 12 maart om 19:00 uur in het buurthuis.\n\n"
        "Iedereen welkom.",
    ),
    (
        "es_encuentro",
        "Encuentro: claves para tu entrevista de trabajo",
        "Hola:\n\nLa biblioteca del barrio organiza el encuentro «Claves para tu entrevista de "
        "trabajo» el viernes 12 de marzo a las 18:00 en la sala polivalente.\n\nEntrada libre.",
    ),
    (
        "pt_encontro",
        "Encontro: dicas para a sua entrevista de emprego",
        "Olá,\n\nO clube de emprego convida para o encontro «Dicas para a sua entrevista de "
        "emprego» na sexta-feira, 12 de março, às 18:00, no auditório municipal.\n\nEntrada livre.",
    ),
    (
        "fr_rencontre",
        "Rencontre : comment réussir votre entretien d'embauche",
        "Bonjour,\n\nLe club emploi vous propose la rencontre « Comment réussir votre entretien "
        "d'embauche » le vendredi 12 mars à 18:00, salle municipale.\n\nEntrée libre.",
    ),
    (
        "en_meetup",
        "Meetup: what interviewers ask graduates",
        "Hi all,\n\nOur next careers meetup is on Friday 12 March at 18:00 in the student union, "
        "room 2. Free pizza.",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body"), NOT_INTERVIEWS, ids=[n[0] for n in NOT_INTERVIEWS]
)
def test_programme_title_not_claimed(name: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Club <info@club.example.org>", to=TO, date=DATE)
    assert not claimed(raw), name


INTERVIEWS = [
    (
        "it_incontro_colloquio",
        "Incontro: colloquio per la posizione di Magazziniere",
        "Buongiorno,\n\nla invitiamo a un colloquio per la posizione di Magazziniere venerdì 12 "
        "marzo 2027 alle 10:00 presso la nostra sede di Via Esempio 3, Torino.\n\nCordiali saluti",
        "2027-03-12T10:00:00+01:00",
    ),
    (
        "es_encuentro_entrevista",
        "Encuentro: entrevista para el puesto de Administrativo/a",
        "Hola:\n\nTe invitamos a una entrevista para el puesto de Administrativo/a el viernes 12 "
        "de marzo de 2027 a las 11:00 en nuestra oficina de la calle Ejemplo 4, Sevilla.",
        "2027-03-12T11:00:00+01:00",
    ),
    (
        "en_meeting_how",
        "Meeting: your interview with Example Ltd",
        "Hi,\n\nWe'd like to invite you to an interview for the Analyst role on Friday 12 March "
        "2027 at 14:00 at 5 Example Street, London.\n\nBest,\nHR",
        "2027-03-12T14:00:00+01:00",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body", "start"), INTERVIEWS, ids=[n[0] for n in INTERVIEWS]
)
def test_own_interview_still_claimed(name: str, subject: str, body: str, start: str) -> None:
    raw = plain_mail(subject, body, sender="HR <hr@employer.example>", to=TO, date=DATE)
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", name
    assert parsed.confidence >= 0.5, name
    assert parsed.start == datetime.fromisoformat(start), name
