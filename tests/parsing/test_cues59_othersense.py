"""An interview a donor, a language student, a witness or an insured driver is booked for
hires nobody; the same words around a job do not stop the reader's own interview.

Why: a blood service's "short health screening interview with one of our nurses", an
integration course's "Einstufungstest und Beratungsgespräch", a police "witness statement"
appointment and an insurer's assessor's talk about a claim were claimed as job interviews
(looks59's donor59, placement59, witness59). A subject naming a survey ("Labour Force Survey
team") also read as a date poll even where the mail invites the reader to an interview.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_not_sure, assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

NOT_HIRING = [
    (
        "en-donor",
        "Your appointment to give blood",
        "Hello Alex,\n\nthanks for booking to give blood with us. Your slot is Friday 12 March "
        "2027 at 16:15 at the City Donor Centre, 3 Market Street. A nurse will have a short "
        "screening interview with you about your health first.\n\nRegional Blood Service",
    ),
    (
        "nl-donor",
        "Bevestiging afspraak bloeddonatie",
        "Beste Alex,\n\nje afspraak voor bloeddonatie staat op vrijdag 12 maart 2027 om 16:15 "
        "uur. Vooraf heb je een kort gesprek met de donorarts.\n\nSanquin Donorcentrum Noord",
    ),
    (
        "fr-placement",
        "Votre test de niveau",
        "Bonjour Alex,\n\nvotre test de niveau pour le cours de français aura lieu le vendredi "
        "12 mars 2027 à 16h15, suivi d'un court entretien avec une enseignante.\n\nÉcole "
        "Lumière Langues",
    ),
    (
        "en-course-placement",
        "Placement interview - German A2 evening course",
        "Hello Alex,\n\nthanks for enrolling. Your placement interview for the German A2 "
        "evening course is on Friday 12 March 2027 at 16:15, a short chat with one of our "
        "teachers to check the level suits you.\n\nCity Language Centre",
    ),
    (
        "en-witness",
        "Appointment: your witness statement",
        "Dear Alex,\n\nan officer will take your witness statement about the incident on "
        "Friday 12 March 2027 at 16:15 at Central Police Station. The interview takes about "
        "an hour.\n\nVictim and Witness Care",
    ),
    (
        "es-claim",
        "Siniestro 2027/4411: visita del perito",
        "Hola Alex:\n\nel perito revisará el vehículo el viernes 12 de marzo de 2027 a las "
        "16:15 y tendrá una breve entrevista con usted sobre el accidente (número de "
        "siniestro 2027/4411).\n\nSeguros Brisa",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), NOT_HIRING, ids=[row[0] for row in NOT_HIRING]
)
def test_an_interview_that_hires_nobody_is_not_claimed(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="office@service.example", to=TO, date=DATE)
    assert_not_sure(raw)


JOB_INTERVIEWS = [
    (
        "donor-care",
        "Interview: Donor Care Associate",
        "Dear Alex,\n\nthank you for applying for the Donor Care Associate position at our "
        "blood donation centre. We would like to invite you to an interview on Friday 12 "
        "March 2027 at 16:15 at 3 Market Street.\n\nRecruitment team",
    ),
    (
        "field-interviewer",
        "Interview: Field Interviewer (Household Survey team)",
        "Dear Alex,\n\nthank you for applying to be a Field Interviewer. We'd like to invite "
        "you to an interview on Friday 12 March 2027 at 16:15 at our office, 4 Mill Lane."
        "\n\nSocial Research Recruitment",
    ),
    (
        "work-placement",
        "Placement interview - Year in Industry, Finance",
        "Dear Alex,\n\nthank you for applying for our Year in Industry placement in Finance. "
        "We would like to invite you to a placement interview on Friday 12 March 2027 at "
        "16:15 at our Leeds office.\n\nEarly Careers team",
    ),
    (
        "teacher",
        "Invitation à un entretien – poste d'enseignant(e) de FLE",
        "Bonjour Alex,\n\nsuite à votre candidature au poste d'enseignant(e) de FLE, nous "
        "vous invitons à un entretien le vendredi 12 mars 2027 à 16h15. Il comprendra une "
        "courte mise en situation d'un test de niveau.\n\nÉcole Lumière Langues",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), JOB_INTERVIEWS, ids=[row[0] for row in JOB_INTERVIEWS]
)
def test_a_job_interview_beside_those_words_stays(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="jobs@employer.example", to=TO, date=DATE)
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)
    assert "a poll about dates; nothing is booked yet" not in parse_message(raw).warnings
