"""A community event told in the wording of event calendars is no interview of the reader's.

Event platforms and community newsletters say the event is for many in their own words: the
event's page, the guest list, cancelling one's attendance, "add the event to your calendar",
free entry, "everyone is welcome", a headcount of participants. A meeting word in the title
("Trobada", "Bijeenkomst", "Spotkanie", "Toplantı") does not make it a meeting with the
reader; an interview booked at such an event still names the reader's own interview.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail

TO = "Candidate <candidate@inbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

EVENTS = [
    (
        "ca",
        "Recordatori: Trobada de veïns",
        "Hola,\n\nUs recordem la Trobada de veïns i veïnes del barri, dijous 11 de març de 2027 a "
        "les 19:00, al Casal de Sants.\n\nVes a la pàgina de l'activitat per "
        "veure el programa.\n\nFins aviat!",
    ),
    (
        "tr",
        "Kariyer buluşması kaydınız",
        "Merhaba,\n\nKariyer buluşması etkinliğine kaydınız alındı.\n\nTarih: 11 Mart 2027 "
        "Perşembe\nSaat: 14:00-16:00\nYer: Kültür Merkezi\n\nEtkinlikte şirketlerle görüşme "
        "fırsatı olacak. Etkinliği takviminize ekleyin.\n\nGörüşmek üzere!",
    ),
    (
        "pl",
        "Spotkanie z pracodawcami",
        "Dzień dobry,\n\nzapraszamy na Spotkanie z pracodawcami w czwartek 11 marca 2027 o "
        "godz. 17:00 w Bibliotece Miejskiej.\n\nWstęp wolny. Dodaj wydarzenie do kalendarza.\n\n"
        "Do zobaczenia!",
    ),
    (
        "nl",
        "Uitnodiging: bijeenkomst werkzoekenden",
        "Beste bewoner,\n\nWe nodigen je uit voor de bijeenkomst voor werkzoekenden op donderdag "
        "11 maart 2027 om 19:30 in het buurthuis. Je ontmoet er werkgevers uit de wijk.\n\n"
        "Zet de bijeenkomst alvast in je agenda.",
    ),
    (
        "it",
        "Incontro con le aziende",
        "Ciao,\n\nti aspettiamo all'incontro con le aziende giovedì 11 marzo 2027 alle 15:00, "
        "Aula Magna.\n\nIngresso libero, aperto a tutti. Aggiungi l'evento al tuo calendario.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), EVENTS, ids=[e[0] for e in EVENTS])
def test_event_for_an_audience_is_not_claimed(lang: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Agenda <agenda@events.example>", to=TO, date=DATE)
    assert not claimed(raw), lang


INTERVIEWS_AT_EVENTS = [
    (
        "es",
        "Tu entrevista en la feria",
        "Hola,\n\nLogística Sur quiere conocerte durante la feria.\n\nTu entrevista: jueves, 11 "
        "de marzo de 2027, de 17:40 a 18:00, mesa 4.\nEntrevistadora: Marta Ejemplo.\n\nLa "
        "entrada es libre para el resto de visitantes; tu hora está reservada.",
    ),
    (
        "nl",
        "Je sollicitatiegesprek op de banenmarkt",
        "Hallo,\n\nZorgGroep Oost wil graag met je kennismaken. We hebben je sollicitatiegesprek "
        "ingepland op donderdag 11 maart 2027, 17:15 - 17:35 uur, gespreksruimte 3.\n\n"
        "Iedereen is welkom op de banenmarkt; dit gesprek is alleen voor jou.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body"), INTERVIEWS_AT_EVENTS, ids=[e[0] for e in INTERVIEWS_AT_EVENTS]
)
def test_own_interview_at_an_open_event_stays_claimed(lang: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Feria <agenda@events.example>", to=TO, date=DATE)
    assert claimed(raw), lang
