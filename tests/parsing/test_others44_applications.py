"""An application for a flat, a child's school place, an adoption or a permit is no job
application. A landlord's viewing, a housing office's pre-tenancy interview, a school's
admission talk for a child and an adoption service's interview speak of "Ihre Bewerbung um
die Wohnung", "uw sollicitatie op de woning", "your application for the property" or
"Adoptionsbewerbung"; such mail went to the calendar as an interview (calendar requests at
0.95). It now waits for review, while the same offices' job interviews stay sure. A partner's
own interview in Swedish and Japanese ("Min intervju ...", "わたしの面接") is theirs too."""

from __future__ import annotations

import pytest

from tests.parsing.linearity import assert_linear
from tests.parsing.mailkit import calendar_mail, claimed, plain_mail

READER = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Tue, 06 Oct 2026 09:00:00 +0200"


def _request(summary: str, body: str) -> bytes:
    event = [
        "BEGIN:VEVENT",
        "UID:others44-probe@office.example",
        "DTSTAMP:20261006T070000Z",
        "DTSTART:20261013T080000Z",
        "DTEND:20261013T083000Z",
        f"SUMMARY:{summary}",
        "ORGANIZER:mailto:office@office.example",
        "ATTENDEE:mailto:alex.morgan@mailbox.example",
        "END:VEVENT",
    ]
    return calendar_mail(
        summary,
        body,
        event,
        method="REQUEST",
        sender="Office <office@office.example>",
        to=READER,
        date=DATE,
    )


def _text(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Office <office@office.example>", to=READER, date=DATE)


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        (
            "Wohnungsbesichtigung Lindenstraße 12",
            "Vielen Dank für Ihre Bewerbung um die Wohnung in der Lindenstraße 12. Gerne laden "
            "wir Sie zur Besichtigung ein.",
        ),
        (
            "Bezichtiging Kade 14-2",
            "Bedankt voor uw sollicitatie op de woning aan de Kade. U bent als kandidaat-huurder "
            "uitgenodigd voor een bezichtiging.",
        ),
        (
            "Pre-tenancy interview - 4 Elm Court",
            "Following your application for the property at 4 Elm Court, we'd like to meet you. "
            "Please bring ID for every adult applicant.",
        ),
        (
            "Aufnahmegespräch - Emil (5. Klasse)",
            "Vielen Dank für Ihre Bewerbung um einen Schulplatz für Ihr Kind Emil. Wir laden Sie "
            "zu einem Aufnahmegespräch ein.",
        ),
        (
            "Admissions interview - Sophie (Year 7)",
            "Thank you for your application for a Year 7 place for your daughter Sophie. She is "
            "invited to an informal interview.",
        ),
    ],
)
def test_a_request_about_an_application_for_a_flat_or_a_school_place_waits(
    summary: str, body: str
) -> None:
    assert not claimed(_request(summary, body))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ihre Adoptionsbewerbung - Gesprächstermin",
            "Im Rahmen der Eignungsprüfung zu Ihrer Adoptionsbewerbung laden wir Sie zu einem "
            "Gespräch am Dienstag, 13. Oktober 2026, um 10:00 Uhr ein.",
        ),
        (
            "Valoración de idoneidad - cita para entrevista",
            "En el marco de la valoración de idoneidad para la adopción, les citamos a una "
            "entrevista el martes 13 de octubre a las 10:00.",
        ),
        (
            "Votre candidature pour le logement T3",
            "Votre candidature pour le logement T3 sera présentée à la commission d'attribution. "
            "Nous vous recevons pour un entretien le mardi 13 octobre à 10h.",
        ),
        (
            "Interview appointment notice - Form N-400",
            "Applicant: ALEX MORGAN\nYou are requested to appear for an interview on your "
            "application for naturalization on Tuesday, October 13, 2026 at 10:00 AM.",
        ),
    ],
)
def test_a_tenancy_or_adoption_or_citizenship_interview_waits(subject: str, body: str) -> None:
    assert not claimed(_text(subject, body))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Tisdag eftermiddag",
            "Hej älskling,\n\nMin intervju hos Nordvik Bygg är tisdag 13 oktober kl. 13.30 i "
            "Solna. Kan du hämta barnen på förskolan?",
        ),
        (
            "来週火曜日のお迎え",
            "アレックスへ\n\n来週の火曜日（10月13日）14時に、わたしの面接が入りました。"
            "保育園のお迎えをお願いできますか？",
        ),
    ],
)
def test_a_partners_own_interview_is_theirs(subject: str, body: str) -> None:
    assert not claimed(_text(subject, body))


def test_the_same_offices_job_interviews_stay_sure() -> None:
    assert claimed(
        _request(
            "Vorstellungsgespräch Hausmeister - Alex Morgan",
            "Vielen Dank für Ihre Bewerbung als Hausmeister für unsere Wohnanlagen. Wir laden "
            "Sie zu einem Vorstellungsgespräch ein.",
        )
    )
    assert claimed(
        _request(
            "Sollicitatiegesprek woonconsulent - Alex Morgan",
            "Dank voor je sollicitatie op de vacature woonconsulent bij onze woningcorporatie.",
        )
    )
    assert claimed(
        _request(
            "Interview - Housing Officer",
            "Thank you for your application for the Housing Officer role. We'd like to invite "
            "you to an interview.",
        )
    )
    assert claimed(
        _text(
            "Einladung zum Vorstellungsgespräch",
            "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu "
            "einem Vorstellungsgespräch am Dienstag, 13. Oktober 2026, um 10:00 Uhr ein.",
        )
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Jour fixe am Dienstag entfällt",
            "Lieber Herr Morgan,\n\nvertraulich: Frau Dr. Brandt hat am Dienstag, 13. Oktober, "
            "um 9:00 Uhr ein Vorstellungsgespräch beim Aufsichtsrat der Hansa Werke. Bitte "
            "schicken Sie Ihre Punkte per Mail.",
        ),
        (
            "Agenda de M. Leroy - mardi",
            "Bonjour Alex,\n\nPour information : M. Leroy passe un entretien chez un autre "
            "groupe le mardi 13 octobre à 11h. Merci de ne pas lui caler de réunion.",
        ),
    ],
)
def test_a_boss_who_is_the_candidate_elsewhere_has_his_own_interview(
    subject: str, body: str
) -> None:
    assert not claimed(_text(subject, body))


def test_a_boss_who_interviews_the_reader_still_invites() -> None:
    assert claimed(
        _text(
            "Entretien avec M. Leroy",
            "Bonjour Alex,\n\nM. Leroy souhaite vous rencontrer pour le poste de responsable "
            "achats. Nous vous proposons un entretien le mardi 13 octobre à 11h dans nos "
            "locaux.",
        )
    )


def test_a_housing_officer_post_is_a_job() -> None:
    assert claimed(
        _text(
            "Interview invitation - Housing Officer",
            "Dear Alex,\n\nThank you for applying for Housing Officer. We are pleased to invite "
            "you to interview on Tuesday 13 October from 11:00 to 12:00 at the Civic Centre.",
        )
    )


def test_dates_full_of_dots_are_read_in_linear_time() -> None:
    readings: set[bool] = set()
    assert_linear(
        lambda raw: readings.add(claimed(raw)),
        lambda n: _text("Termin", "Lena hat " + "1." * (n // 2) + " x"),
        400_000,
    )
    assert readings == {False}


def _invite_nl(greeting: str) -> bytes:
    return _text(
        "Uitnodiging sollicitatiegesprek",
        f"{greeting}\n\nHartelijk dank voor uw sollicitatie. Graag nodigen wij u uit voor een "
        "gesprek op dinsdag 13 oktober om 15.00 uur op ons kantoor.\n\nMet vriendelijke groet,\nHR",
    )


def _invite_it(greeting: str) -> bytes:
    return _text(
        "Convocazione a colloquio",
        f"{greeting}\n\nLa ringraziamo per la candidatura. La invitiamo a un colloquio martedì "
        "13 ottobre alle 15:00 presso la nostra sede.\n\nCordiali saluti,\nUfficio Selezione",
    )


@pytest.mark.parametrize(
    "raw",
    [
        _invite_nl("Geachte mevrouw S. de Vries,"),
        _invite_nl("Geachte heer Jansen,"),
        _invite_it("Egregio Sig. Rossi,"),
    ],
)
def test_a_formal_letter_to_someone_else_is_theirs(raw: bytes) -> None:
    assert not claimed(raw)


@pytest.mark.parametrize(
    "raw",
    [_invite_nl("Geachte heer Morgan,"), _invite_it("Egregio Sig. Morgan,")],
)
def test_a_formal_letter_to_the_reader_invites(raw: bytes) -> None:
    assert claimed(raw)
