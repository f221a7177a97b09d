"""A driving school's pupil, a household an engineer visits, a showroom's customer planning a
kitchen and a couple at their wedding tasting are no job candidates.

Why: a showroom's "rendez-vous ... entretien d'une heure" for a bathroom project, a kitchen
shop's "mutfak tasarım görüşmesi" and an inn's "Probeessen mit Planungsgespräch" before a
wedding were claimed as the reader's job interviews (looks63's kitchenplan63, tasting63).
The same words beside a post the reader applies for (a driving instructor, a field
engineer, a kitchen designer, a cook, an events coordinator) stay the reader's interview.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import assert_not_sure, assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

NOT_HIRING = [
    (
        "en-driving-lesson",
        "Lesson booked",
        "Hi Alex,\n\nyour next driving lesson is on Friday, March 12, 2027 at 4:15 PM. We'll "
        "have a quick chat about your test date first.\n\nPeak Motoring School",
    ),
    (
        "de-fahrstunde",
        "Termin",
        "Hallo Alex,\n\ndeine Fahrstunde mit kurzem Gespräch zur Prüfung ist am Freitag, 12. "
        "März 2027 um 16:15 Uhr.\n\nDeine Fahrschule",
    ),
    (
        "nl-rijles",
        "Afspraak",
        "Hoi Alex,\n\nje rijles met een kort gesprek over het examen staat op vrijdag 12 maart "
        "2027 om 16.15 uur.\n\nRijschool Noord",
    ),
    (
        "en-engineer",
        "Appointment confirmed",
        "Hi Alex,\n\nyour engineer appointment is on Friday, March 12, 2027, arrival window "
        "4:15 PM to 6:15 PM. The engineer will have a short chat about where the router goes."
        "\n\nFibreHome",
    ),
    (
        "fr-technicien",
        "Votre rendez-vous",
        "Bonjour Alex,\n\nl'intervention de notre technicien est prévue le vendredi 12 mars "
        "2027 à 16h15, après un court entretien sur l'emplacement du compteur.\n\nLe service",
    ),
    (
        "es-instalacion",
        "Cita confirmada",
        "Hola Alex:\n\ntu cita de instalación es el viernes 12 de marzo de 2027 a las 16:15. "
        "El técnico hablará contigo antes de empezar.\n\nAtención al cliente",
    ),
    (
        "fr-conception",
        "Votre rendez-vous",
        "Bonjour Alex,\n\nvotre rendez-vous conception cuisine est confirmé le vendredi 12 "
        "mars 2027 à 16h15. Cet entretien d'une heure permet de définir votre projet.\n\nLe "
        "showroom",
    ),
    (
        "tr-mutfak",
        "Randevunuz",
        "Merhaba Alex,\n\nmutfak tasarım görüşmeniz 12 Mart 2027 Cuma günü saat 16:15'te."
        "\n\nMağaza",
    ),
    (
        "en-design-consultation",
        "See you Friday",
        "Hi Alex,\n\nyour free design consultation is on Friday, March 12, 2027 at 4:15 PM. "
        "Bring your room measurements.\n\nBright Kitchens",
    ),
    (
        "de-probeessen",
        "Ihr Termin",
        "Liebe Frau Morgan,\n\nIhr Probeessen mit Planungsgespräch ist am Freitag, 12. März "
        "2027 um 16:15 Uhr.\n\nGasthof",
    ),
    (
        "it-degustazione",
        "Conferma",
        "Cara Alex,\n\nla degustazione della torta nuziale è venerdì 12 marzo 2027 alle ore "
        "16:15, con un breve colloquio sulle decorazioni.\n\nPasticceria",
    ),
    (
        "en-menu-tasting",
        "Menu tasting",
        "Dear Alex,\n\nyour menu tasting is on Friday, March 12, 2027 at 4:15 PM, followed by "
        "a planning meeting with our coordinator.\n\nThe Venue",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), NOT_HIRING, ids=[row[0] for row in NOT_HIRING]
)
def test_an_appointment_that_hires_nobody_is_not_claimed(
    case: str, subject: str, body: str
) -> None:
    raw = plain_mail(subject, body, sender="office@service.example", to=TO, date=DATE)
    assert_not_sure(raw)


JOB_INTERVIEWS = [
    (
        "driving-instructor",
        "Interview",
        "Dear Alex,\n\nthank you for applying as a driving instructor. We'd like to invite you "
        "to an interview with a short driving lesson on Friday 12 March 2027 at 16:15.\n\nHR",
    ),
    (
        "de-fahrlehrerin",
        "Vorstellungsgespräch Fahrlehrerin",
        "Hallo Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Fahrlehrerin. Wir laden Sie "
        "zum Vorstellungsgespräch mit einer Fahrstunde am Freitag, 12. März 2027 um 16:15 Uhr "
        "ein.\n\nFahrschule",
    ),
    (
        "field-engineer",
        "Interview - Field Engineer",
        "Dear Alex,\n\nthank you for applying for the Field Engineer role on our fibre "
        "installation team. We'd like to invite you to an interview on Friday 12 March 2027 "
        "at 16:15.\n\nRecruitment",
    ),
    (
        "fr-technicienne",
        "Entretien d'embauche",
        "Bonjour Alex,\n\nsuite à votre candidature au poste de technicienne d'intervention, "
        "nous vous invitons à un entretien le vendredi 12 mars 2027 à 16h15.\n\nRH",
    ),
    (
        "kitchen-designer",
        "Interview - Kitchen Designer",
        "Dear Alex,\n\nthank you for applying for the Kitchen Designer post. You'll run a mock "
        "design consultation in your interview on Friday 12 March 2027 at 16:15.\n\nHR",
    ),
    (
        "de-koechin",
        "Vorstellungsgespräch Köchin",
        "Liebe Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Köchin. Wir laden Sie zum "
        "Vorstellungsgespräch mit Probeessen am Freitag, 12. März 2027 um 16:15 Uhr ein.\n\n"
        "Gasthof",
    ),
    (
        "events-coordinator",
        "Interview - Events Coordinator",
        "Dear Alex,\n\nthank you for applying for the Wedding & Events Coordinator position. "
        "We would like to invite you to an interview and a menu tasting on Friday 12 March "
        "2027 at 16:15.\n\nHR",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), JOB_INTERVIEWS, ids=[row[0] for row in JOB_INTERVIEWS]
)
def test_a_job_interview_beside_those_words_stays(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="jobs@employer.example", to=TO, date=DATE)
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)


SERVICE_WORDS = [
    "driving lesson",
    "engineer visit",
    "fibre installation",
    "design consultation",
    "menu tasting",
    "cake tasting",
]
POSTS = ["Driving Instructor", "Field Engineer", "Kitchen Designer", "Events Coordinator"]


# A job the reader applies for, named beside a look-alike's service word: the post wins.
@settings(max_examples=12, deadline=None)
@given(word=st.sampled_from(SERVICE_WORDS), post=st.sampled_from(POSTS))
def test_a_post_beside_a_service_word_stays_an_interview(word: str, post: str) -> None:
    body = (
        f"Dear Alex,\n\nthank you for applying for the {post} role in our {word} team. We'd "
        "like to invite you to an interview on Friday 12 March 2027 at 16:15.\n\nRecruitment"
    )
    raw = plain_mail(f"Interview - {post}", body, sender="jobs@employer.example", to=TO, date=DATE)
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)


# The service word with no post: whatever the school, provider, showroom or venue, the reader
# is its customer.
@settings(max_examples=12, deadline=None)
@given(
    word=st.sampled_from(SERVICE_WORDS),
    sender=st.sampled_from(["Northway", "Brightline", "Oak & Ash", "Greenfield"]),
)
def test_a_service_word_alone_is_not_claimed(word: str, sender: str) -> None:
    body = (
        f"Hi Alex,\n\nyour {word} with {sender} is booked for Friday, March 12, 2027 at 4:15 "
        f"PM. We'll start with a short interview about what you need.\n\n{sender}"
    )
    raw = plain_mail(f"Your {word}", body, sender="office@service.example", to=TO, date=DATE)
    assert_not_sure(raw)
