"""Hiring mail with a day and hour that sets nothing for the reader yet, or sets someone else's.

Every mail here is written for the test. Invariants:

- an interview the writer says is not yet confirmed ("la entrevista todavía no está
  confirmada", "il colloquio non è ancora confermato", "l'entretien n'est pas encore
  confirmé", "a entrevista ainda não está confirmada", "rozmowa nie jest jeszcze
  potwierdzona"), with the days or hours the reader is asked about, is never claimed as the
  reader's invitation at confidence 0.5 or more; the same writer's confirmed slot is;
- a colleague asked to join an interview with a candidate ("beim Vorstellungsgespräch mit
  Frau Brandt (Bewerberin ...)", "nel colloquio con la candidata Marta Bianchi", "the
  interview with the candidate") is not the reader's own interview; the reader's interview
  with a named interviewer ("Ihr Gespräch mit Frau Brandt (Teamleitung)") still is.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(
        subject,
        body,
        sender="Alex Rowe <alex.rowe@employer.example>",
        to="Dana Roe <dana.roe@mailbox.example>",
        date="Thu, 03 Dec 2026 09:00:00 +0100",
    )


NOT_YET_CONFIRMED = [
    (
        "Entrevista con la directora",
        "Hola Dana:\n\nLa entrevista con la directora todavía no está confirmada. ¿Qué "
        "disponibilidad tienes entre el martes 15 y el jueves 17 de diciembre, de 10:00 a "
        "13:00?\n\nUn saludo,\nAlex",
    ),
    (
        "Colloquio con il direttore",
        "Buongiorno Dana,\n\nil colloquio con il direttore non è ancora confermato. Mi "
        "indica la sua disponibilità tra lunedì 14 e mercoledì 16 dicembre, dalle 9 alle "
        "12?\n\nCordiali saluti,\nAlex",
    ),
    (
        "Entretien avec la directrice",
        "Bonjour Dana,\n\nL'entretien avec la directrice n'est pas encore confirmé. Seriez-"
        "vous disponible entre le mardi 15 et le jeudi 17 décembre, de 14h à 17h ?\n\n"
        "Cordialement,\nAlex",
    ),
    (
        "Entrevista com o diretor",
        "Olá, Dana!\n\nA entrevista com o diretor ainda não está confirmada. Você teria "
        "disponibilidade entre terça, 15/12, e quinta, 17/12, das 9h às 12h?\n\nAbraços,\n"
        "Alex",
    ),
    (
        "Rozmowa z dyrektorem",
        "Dzień dobry,\n\nrozmowa z dyrektorem nie jest jeszcze potwierdzona. Czy ma Pani "
        "czas między wtorkiem 15 a czwartkiem 17 grudnia, w godzinach 10:00–13:00?\n\n"
        "Pozdrawiam,\nAlex",
    ),
]

CONFIRMED = [
    (
        "Entrevista con la directora",
        "Hola Dana:\n\nYa está confirmada la entrevista con la directora: martes 15 de "
        "diciembre a las 10:00, en nuestra oficina de Madrid.\n\nUn saludo,\nAlex",
    ),
    (
        "Colloquio con il direttore",
        "Buongiorno Dana,\n\nle confermo il colloquio con il direttore lunedì 14 dicembre "
        "alle 9:30, in via Roma 10.\n\nCordiali saluti,\nAlex",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_YET_CONFIRMED)
def test_an_interview_not_yet_confirmed_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


@pytest.mark.parametrize(("subject", "body"), CONFIRMED)
def test_the_same_writers_confirmed_interview_is_claimed(subject: str, body: str) -> None:
    assert claimed(_mail(subject, body))


SOMEONE_ELSES = [
    (
        "Bitte um Teilnahme am Gespräch",
        "Hallo Dana,\n\nkannst du am Mittwoch, 16. Dezember, von 14 bis 15 Uhr beim "
        "Vorstellungsgespräch mit Herrn Kaya (Bewerber für die Stelle im Einkauf) dabei "
        "sein? Raum 3.02.\n\nDanke,\nAlex",
    ),
    (
        "Colloquio di giovedì",
        "Ciao Dana,\n\nti chiedo di partecipare al colloquio con il candidato Luca Neri, "
        "giovedì 17 dicembre alle 10:00, in sala Verde.\n\nGrazie,\nAlex",
    ),
    (
        "Can you join on Wednesday?",
        "Hi Dana,\n\nCould you join me for the interview with the candidate for the analyst "
        "role on Wednesday, December 16 at 2:00 PM? Room 4B.\n\nThanks,\nAlex",
    ),
]

OWN_WITH_NAMED_INTERVIEWER = [
    (
        "Einladung zum Vorstellungsgespräch",
        "Hallo Dana,\n\nwir laden Sie ein: Ihr Vorstellungsgespräch mit Frau Brandt "
        "(Teamleitung Einkauf) findet am Mittwoch, 16. Dezember, von 14 bis 15 Uhr statt, "
        "Raum 3.02.\n\nViele Grüße\nAlex",
    ),
    (
        "Invito a colloquio",
        "Gentile Dana,\n\nla invitiamo al colloquio con il responsabile Luca Neri, giovedì "
        "17 dicembre alle 10:00, in via Roma 10.\n\nCordiali saluti,\nAlex",
    ),
]


@pytest.mark.parametrize(("subject", "body"), SOMEONE_ELSES)
def test_an_interview_with_a_candidate_is_not_the_readers(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


@pytest.mark.parametrize(("subject", "body"), OWN_WITH_NAMED_INTERVIEWER)
def test_the_readers_interview_with_a_named_interviewer_stays_hers(subject: str, body: str) -> None:
    assert claimed(_mail(subject, body))
