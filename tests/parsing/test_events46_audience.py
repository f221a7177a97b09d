# ruff: noqa: E501 (mail bodies read best one line a sentence)
"""Mail from community and public event platforms names a title, a date, a time and a
place, often with "interview" in the title (a job forum, a mock-interview evening, a panel),
and is sent to an audience: it says so by a footer to the followers of the event ("You have
received this notification because you are following …", Decidim's and other products'
"weil Sie der Veranstaltung … folgen", "parce que vous suivez"), by thanks for a
registration confirmed in the subject ("Anmeldebestätigung", "Confirmación de inscripción",
"Potwierdzenie rejestracji") or by the registration code it issued. None of these is
claimed; an employer's own interview invitation that carries such a footer, and a meeting
registration whose thanks are all it shares with them, still are.

Fixtures are written for these tests (own words, made-up people and places).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

SENT = "Tue, 06 Oct 2026 09:10:00 +0200"
TO = "Alex Morgan <alex.morgan@mailbox.example>"

FOLLOWERS = [
    (
        'The "Interview practice evening" meeting was updated',
        'Hello Alex,\n\nThe "Interview practice evening" meeting was updated. Start: Thursday 15 October 2026, 18:00.\nPlace: Central Library, room 4.\n\nYou have received this notification because you are following the "Interview practice evening" meeting. You can unfollow it from the previous link.',
    ),
    (
        "Neue Uhrzeit: Jobbörse mit Kurzinterviews",
        'Hallo Alex,\n\ndie Jobbörse mit Kurzinterviews beginnt jetzt am Donnerstag, 15. Oktober 2026 um 17:00 Uhr im Bürgerhaus Süd.\n\nSie erhalten diese Nachricht, weil Sie der Veranstaltung "Jobbörse mit Kurzinterviews" folgen.',
    ),
    (
        "Rencontre mise à jour : simulation d'entretiens",
        "Bonjour Alex,\n\nLa rencontre « Simulation d'entretiens d'embauche » aura lieu le jeudi 15 octobre 2026 à 18h00, salle polyvalente de la mairie.\n\nVous recevez cet e-mail parce que vous suivez cette rencontre.",
    ),
    (
        "Encuentro actualizado: entrevistas de empleo",
        'Hola Alex:\n\nEl encuentro "Entrevistas de empleo: preguntas difíciles" será el jueves 15 de octubre de 2026 a las 18:00 en el centro cívico.\n\nHas recibido esta notificación porque sigues el encuentro.',
    ),
    (
        "Bijeenkomst gewijzigd: sollicitatiegesprek oefenen",
        'Hoi Alex,\n\nDe bijeenkomst "Sollicitatiegesprek oefenen" begint nu donderdag 15 oktober 2026 om 18:00 uur in de bibliotheek.\n\nJe ontvangt dit bericht omdat je deze bijeenkomst volgt.',
    ),
    (
        "Spotkanie zaktualizowane: rozmowa kwalifikacyjna",
        'Cześć Alex,\n\nSpotkanie "Rozmowa kwalifikacyjna w praktyce" odbędzie się w czwartek 15 października 2026 o 18:00 w domu kultury.\n\nOtrzymujesz to powiadomienie, ponieważ obserwujesz to spotkanie.',
    ),
]

REGISTRATIONS = [
    (
        "Anmeldebestätigung – Podium: Vorstellungsgespräche in der Pflege",
        "Liebe Alex,\n\nvielen Dank für Ihre Anmeldung.\n\nDonnerstag, 15. Oktober 2026, 18:30 Uhr\nRathaus, Großer Saal",
    ),
    (
        "Confirmación de inscripción: Jornada de entrevistas por competencias",
        "Hola Alex:\n\n¡Gracias por inscribirte!\n\nJueves 15 de octubre de 2026, 18:00\nCentro Cívico Norte",
    ),
    (
        "Potwierdzenie rejestracji – Rozmowa kwalifikacyjna od kuchni",
        "Dzień dobry,\n\ndziękujemy za rejestrację.\n\nCzwartek, 15 października 2026, 18:00\nBiblioteka Główna",
    ),
    (
        "Iscrizione confermata: laboratorio «Il colloquio di lavoro»",
        "Ciao Alex,\n\ngrazie per la tua iscrizione.\n\nGiovedì 15 ottobre 2026 alle 18:00\nInformagiovani, sala 2",
    ),
    (
        "Bevestiging van je inschrijving: Sollicitatiegesprekken oefenen",
        "Hoi Alex,\n\nbedankt voor je aanmelding.\n\nDonderdag 15 oktober 2026, 19:00 uur\nWijkcentrum De Bron",
    ),
    (
        "Bekräftelse på din anmälan: Intervjukväll",
        "Hej Alex!\n\nTack för din anmälan.\n\nTorsdag 15 oktober 2026 kl. 18.00\nStadsbiblioteket",
    ),
    (
        "Your registration",
        'Hello Alex,\n\nYour registration code for the "Interview clinic" meeting is 7KQ2M9.\n\nThursday 15 October 2026, 18:00\nCommunity Hub, Leeds',
    ),
    (
        "Tu registro",
        "Hola Alex:\n\nTu código de inscripción para el encuentro «Entrevistas de trabajo» es 4RT8QX.\n\nJueves 15 de octubre de 2026, 18:00\nCentro Cívico Norte",
    ),
]


def _mail(subject: str, body: str, sender: str = "Events <events@community.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=SENT)


@pytest.mark.parametrize(("subject", "body"), FOLLOWERS)
def test_notice_to_an_events_followers_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


@pytest.mark.parametrize(("subject", "body"), REGISTRATIONS)
def test_confirmed_registration_or_its_code_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


OWN = [
    (
        "Interview invitation - Data Analyst",
        "Hi Alex,\n\nThank you for registering on our careers site. We would like to invite you to an interview for the Data Analyst role on Thursday 15 October 2026 at 10:00 at our office, 5 Canal Wharf, Leeds.\n\nBest regards,\nHannah Cole\nBrightpath",
        datetime.fromisoformat("2026-10-15T10:00:00+02:00"),
    ),
    (
        "Ihr Vorstellungsgespräch am 15. Oktober",
        "Hallo Alex,\n\nvielen Dank für Ihre Anmeldung auf unserem Karriereportal. Ihr Vorstellungsgespräch findet am Donnerstag, 15. Oktober 2026 um 10:00 Uhr in unserem Büro in Köln statt.\n\nViele Grüße\nMiriam Vogt",
        datetime.fromisoformat("2026-10-15T10:00:00+02:00"),
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), OWN)
def test_employers_invitation_thanking_for_a_registration_is_claimed(
    subject: str, body: str, start: datetime
) -> None:
    parsed = parse_message(_mail(subject, body, "Recruiting <jobs@brightpath.example>"))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start == start


FOOTERS = [
    "You have received this notification because you are following this space.",
    "Sie erhalten diese Nachricht, weil Sie dem Bereich folgen.",
    "Vous recevez cet e-mail parce que vous suivez cet espace.",
    "Tu código de inscripción es 7KQ2M9.",
    "Vielen Dank für Ihre Anmeldung.",
]


@settings(max_examples=10, deadline=None)
@given(footer=st.sampled_from(FOOTERS))
def test_a_footer_does_not_undo_the_readers_own_interview(footer: str) -> None:
    body = (
        "Hi Alex,\n\nYour interview for the Data Analyst role is on Thursday 15 October 2026 at 10:00 at our office, 5 Canal Wharf, Leeds.\n\nBest regards,\nHannah Cole\nBrightpath\n\n"
        + footer
    )
    parsed = parse_message(
        _mail("Your interview with Brightpath", body, "Hannah Cole <hannah@brightpath.example>")
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start == datetime.fromisoformat("2026-10-15T10:00:00+02:00")


def test_meeting_registration_thanks_alone_keep_an_interview() -> None:
    body = (
        'Hi Alex Morgan,\n\nThank you for registering for "Interview - Data Analyst (Brightpath)".\n\n'
        "Date Time: Oct 15, 2026 10:00 AM London\n\n"
        "Join from PC, Mac, iPad, or Android: https://brightpath.zoom.us/w/97712340011?tk=Xq3\n"
    )
    parsed = parse_message(
        _mail(
            "Interview - Data Analyst (Brightpath) Confirmation",
            body,
            "Brightpath <no-reply@zoom.us>",
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start == datetime.fromisoformat("2026-10-15T10:00:00+01:00")
