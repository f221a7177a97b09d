"""A course session or a venue's opening time is no interview of the reader's.

Adult-education courses and workshops about job hunting ("Souverän ins
Vorstellungsgespräch") name the course's date, its leader and its room; the interview word
in the title does not make it the reader's interview. Conferences, fairs and ticketed
evenings give the time the doors open ("L'accueil commence à 8h45", "Einlass ab 17:30",
"Apertura de puertas: 18:30") as English mails say "Doors open at 6:15". Controls: the
reader's own interview or assessment-day slot, where the venue's doors are mentioned too.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

TO = "Candidate <candidate@inbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

NOT_INTERVIEWS = [
    (
        "de_course",
        "Ihre Kursanmeldung: Bewerbungsgespräche meistern",
        'Guten Tag,\n\nSie sind für den Kurs "Bewerbungsgespräche meistern" angemeldet.\n\n'
        "Kurstermin: Donnerstag, 11. März 2027, 18:00–20:00 Uhr\nKursleitung: Anna Muster\n"
        "Ort: Bildungszentrum, Raum 12\n\nBitte melden Sie sich rechtzeitig ab, falls Sie "
        "nicht teilnehmen können.\n\nIhre Volkshochschule",
    ),
    (
        "sv_course",
        "Välkommen till kursen Intervjuteknik",
        "Hej!\n\nDu har fått en plats på kursen Intervjuteknik för arbetssökande.\n\n"
        "Kursstart: torsdag 11 mars 2027 kl. 17:30–19:30\nKursledare: Karin Exempel\n"
        "Plats: Studieförbundet, sal 2\n\nVälkommen!",
    ),
    (
        "fr_doors",
        "Rappel : Rencontres Logiciel Libre",
        "Bonjour,\n\nLes Rencontres Logiciel Libre auront lieu le jeudi 11 mars 2027. "
        "L'accueil commence à 8h45, la première conférence à 9h30.\n\nLieu : Palais des "
        "Congrès, niveau 2. À midi, un « job dating » réunit les entreprises qui recrutent et "
        "les participants.\n\nÀ jeudi !",
    ),
    (
        "es_doors",
        "Tu entrada: Noche del Empleo Digital",
        "Hola,\n\nTe esperamos en la Noche del Empleo Digital el jueves 11 de marzo de 2027.\n"
        "Apertura de puertas: 18:30. Charlas y entrevistas rápidas con empresas desde las "
        "19:00.\n\nLugar: Teatro del Barrio.\n\n¡Hasta pronto!",
    ),
    (
        "de_doors",
        "Ihr Ticket: Karrierenacht Informatik",
        "Hallo,\n\ndie Karrierenacht Informatik findet am Donnerstag, 11. März 2027 statt.\n"
        "Einlass ab 17:30 Uhr, Vorträge der Unternehmen ab 18:00 Uhr, danach Gespräche an "
        "den Ständen.\n\nOrt: Mensa Süd\n\nBis bald!",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body"), NOT_INTERVIEWS, ids=[n[0] for n in NOT_INTERVIEWS]
)
def test_course_or_event_doors_not_claimed(name: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Events <events@venue.example>", to=TO, date=DATE)
    assert not claimed(raw), name


INTERVIEWS = [
    (
        "de_own_slot_with_doors",
        "Einladung zum Vorstellungsgespräch",
        "Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Elektroniker. Wir laden Sie zu einem "
        "Vorstellungsgespräch ein.\n\nIhr Vorstellungsgespräch: Donnerstag, 11. März 2027, "
        "10:00–10:45 Uhr\nOrt: Werk 2, Raum 14 (Einlass ab 9:45 Uhr an der Pforte)\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung",
        "2027-03-11T10:00:00+01:00",
    ),
    (
        "fr_assessment_slot",
        "Convocation : votre entretien",
        "Bonjour,\n\nSuite à votre candidature au poste de technicien, nous avons le plaisir de "
        "vous convier à votre entretien le jeudi 11 mars 2027 de 14h00 à 14h45.\n\nLieu : "
        "8 rue de l'Exemple, Lyon. Présentez-vous à l'accueil dix minutes avant.\n\n"
        "Cordialement,\nService RH",
        "2027-03-11T14:00:00+01:00",
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
    assert parsed.start is not None, name
    assert parsed.start.isoformat() == start, name
