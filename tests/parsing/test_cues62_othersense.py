"""A mentee matched with a mentor, a photographer's client, a gym's new member and a client of
a debt advice service are no job candidates.

Why: a mentoring programme's "matching interview", "Kennenlerngespräch" and "entretien de
sélection" for its mentees, a studio's "Bewerbungsfoto-Shooting" and "séance photo", a gym's
"Probetraining" and a debt adviser's "görüşme" were claimed as the reader's job interviews
(looks62's mentoring62, headshot62, fitness62, debtadvice62). The same words beside a post
the reader applies for (a mentoring programme coordinator, a photographer, a personal
trainer, a debt adviser) stay the reader's interview.
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
        "en-mentee",
        "Your mentee interview",
        "Hi Alex,\n\nthanks for signing up as a mentee. Before we pair you with a mentor we'd "
        "like a short interview on Friday, March 12, 2027 at 4:15 PM.\n\nThe Mentorship Team",
    ),
    (
        "de-mentee",
        "Kennenlerngespräch Mentoring",
        "Liebe Alex,\n\ndanke für deine Bewerbung als Mentee. Wir laden dich zum Gespräch am "
        "Freitag, 12. März 2027 um 16:15 Uhr ein.\n\nDas Mentoring-Team",
    ),
    (
        "fr-mentorat",
        "Entretien – programme de mentorat",
        "Bonjour Alex,\n\nsuite à votre candidature au programme de mentorat, nous vous "
        "proposons un entretien le vendredi 12 mars 2027 à 16h15.\n\nL'équipe",
    ),
    (
        "es-mentoria",
        "Entrevista de selección",
        "Hola Alex:\n\nte esperamos para la entrevista como mentorizada de nuestro programa de "
        "mentoría el viernes 12 de marzo de 2027 a las 16:15.\n\nUn saludo",
    ),
    (
        "sv-adept",
        "Intervju – mentorprogrammet",
        "Hej Alex,\n\ntack för din ansökan som adept i mentorprogrammet. Vi vill träffa dig "
        "fredag 12 mars 2027 kl. 16.15.\n\nProgramledningen",
    ),
    (
        "de-bewerbungsfoto",
        "Ihr Bewerbungsfoto-Termin",
        "Hallo Frau Morgan,\n\nIhr Termin für die Bewerbungsfotos ist am Freitag, 12. März 2027 "
        "um 16:15 Uhr. Im Vorgespräch klären wir den Stil.\n\nFotostudio Nord",
    ),
    (
        "en-headshot",
        "Headshot session booked",
        "Hi Alex,\n\nyour headshot session is on Friday, March 12, 2027 at 4:15 PM. We'll chat "
        "first about where you'll use the photos.\n\nStudio Nine",
    ),
    (
        "fr-seance-photo",
        "Votre séance photo",
        "Bonjour Alex,\n\nvotre séance photo est confirmée le vendredi 12 mars 2027 à 16h15, "
        "avec un court entretien avant la prise de vue.\n\nLe studio",
    ),
    (
        "de-probetraining",
        "Dein Probetraining",
        "Hallo Alex,\n\ndein Probetraining mit Beratungsgespräch ist am Freitag, 12. März 2027 "
        "um 16:15 Uhr.\n\nDein Studio-Team",
    ),
    (
        "en-fitness",
        "Your free fitness assessment",
        "Hi Alex,\n\nyour fitness assessment with a trainer is booked for Friday, March 12, "
        "2027 at 4:15 PM. We'll chat about your goals first.\n\nThe Gym",
    ),
    (
        "tr-borc",
        "Borç danışmanlığı görüşmeniz",
        "Merhaba,\n\nborç yapılandırma başvurunuz için görüşmeniz 12 Mart 2027 Cuma saat "
        "16:15'te yapılacaktır.\n\nDernek",
    ),
    (
        "de-schuldner",
        "Ihr Termin zum Erstgespräch",
        "Sehr geehrte Frau Morgan,\n\nIhr Erstgespräch in der Schuldnerberatung ist am "
        "Freitag, 12. März 2027 um 16:15 Uhr.\n\nIhre Beratungsstelle",
    ),
    (
        "en-credit-counseling",
        "Your appointment",
        "Hi Alex,\n\nyour free credit counseling session is on Friday, March 12, 2027 at 4:15 "
        "PM.\n\nGreenway",
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
        "mentoring-coordinator",
        "Interview: Mentoring Programme Coordinator",
        "Dear Alex,\n\nthank you for applying for the Mentoring Programme Coordinator post. "
        "Our mentees and mentors will join part of the interview on Friday 12 March 2027 at "
        "16:15.\n\nHR",
    ),
    (
        "de-fotografin",
        "Vorstellungsgespräch Fotografin",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Fotografin. Wir laden "
        "Sie zu einem Vorstellungsgespräch mit einem kurzen Fotoshooting am Freitag, 12. März "
        "2027 um 16:15 Uhr ein.\n\nPersonal",
    ),
    (
        "de-fitnesstrainer",
        "Vorstellungsgespräch Fitnesstrainer",
        "Hallo Alex,\n\ndanke für deine Bewerbung als Fitnesstrainerin. Wir laden dich zum "
        "Vorstellungsgespräch mit Probetraining am Freitag, 12. März 2027 um 16:15 Uhr ein."
        "\n\nStudioleitung",
    ),
    (
        "debt-adviser",
        "Interview - Debt Adviser",
        "Dear Alex,\n\nthank you for your application for the Debt Adviser post in our debt "
        "advice service. We'd like to invite you to an interview on Friday 12 March 2027 at "
        "16:15.\n\nHR",
    ),
    (
        "nl-schuldhulpverlener",
        "Sollicitatiegesprek schuldhulpverlener",
        "Beste Alex,\n\nbedankt voor je sollicitatie als schuldhulpverlener bij "
        "schuldhulpverlening. We nodigen je uit voor een gesprek op vrijdag 12 maart 2027 om "
        "16.15 uur.\n\nTeam Werving",
    ),
]


@pytest.mark.parametrize(
    ("case", "subject", "body"), JOB_INTERVIEWS, ids=[row[0] for row in JOB_INTERVIEWS]
)
def test_a_job_interview_beside_those_words_stays(case: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="jobs@employer.example", to=TO, date=DATE)
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)


# A job the reader applies for, named beside a look-alike's service word: the post wins.
SERVICE_WORDS = [
    "mentee programme",
    "headshot session",
    "fitness assessment",
    "debt advice",
    "credit counseling",
    "photo shoot",
]
POSTS = ["Personal Trainer", "Photographer", "Debt Adviser", "Programme Coordinator"]


@settings(max_examples=12, deadline=None)
@given(word=st.sampled_from(SERVICE_WORDS), post=st.sampled_from(POSTS))
def test_a_post_beside_a_service_word_stays_an_interview(word: str, post: str) -> None:
    body = (
        f"Dear Alex,\n\nthank you for applying for the {post} role in our {word} team. We'd "
        "like to invite you to an interview on Friday 12 March 2027 at 16:15.\n\nRecruitment"
    )
    raw = plain_mail(f"Interview - {post}", body, sender="jobs@employer.example", to=TO, date=DATE)
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)


# The service word with no post: whatever the studio, gym or service, nobody is hired.
@settings(max_examples=12, deadline=None)
@given(
    word=st.sampled_from(["headshot session", "fitness assessment", "credit counseling session"]),
    sender=st.sampled_from(["Northlight", "IronWorks", "Greenway", "Bright Path"]),
)
def test_a_service_word_alone_is_not_claimed(word: str, sender: str) -> None:
    body = (
        f"Hi Alex,\n\nyour {word} with {sender} is booked for Friday, March 12, 2027 at 4:15 "
        f"PM. We'll start with a short interview about your goals.\n\n{sender}"
    )
    raw = plain_mail(f"Your {word}", body, sender="office@service.example", to=TO, date=DATE)
    assert_not_sure(raw)


# The reader applying as a worker of the trade, with no "role" or "post": a studio's, a gym's
# or a scheme's own words (a photo shoot, a fitness assessment, its mentees) stay the job's.
APPLYING_AS = [
    (
        "photographer",
        "Thanks for applying to be a photographer with us. We'd like to invite you to an "
        "interview on Friday 12 March 2027 at 16:15. Please bring prints from your last "
        "photo shoot.",
    ),
    (
        "trainer",
        "Thanks for applying as a personal trainer. We'd like to invite you to an interview on "
        "Friday 12 March 2027 at 16:15, with a mock fitness assessment of a member.",
    ),
    (
        "graduate-scheme",
        "We'd like to invite you to an interview for our graduate scheme on Friday 12 March "
        "2027 at 16:15. Every graduate is paired with a mentor, and our current mentees will "
        "show you round.",
    ),
]


@pytest.mark.parametrize(("case", "body"), APPLYING_AS, ids=[row[0] for row in APPLYING_AS])
def test_applying_as_a_worker_of_the_trade_stays_an_interview(case: str, body: str) -> None:
    raw = plain_mail(
        "Interview",
        f"Hi Alex,\n\n{body}\n\nRecruitment",
        sender="jobs@employer.example",
        to=TO,
        date=DATE,
    )
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)


@settings(max_examples=10, deadline=None)
@given(
    verb=st.sampled_from(["applying as", "applying to be", "applied to join us as"]),
    trade=st.sampled_from(["photographer", "personal trainer", "dog walker", "gym instructor"]),
)
def test_any_trade_applied_for_names_a_job(verb: str, trade: str) -> None:
    body = (
        f"Hi Alex,\n\nthank you for {verb} a {trade}. We'd like to invite you to an interview "
        "on Friday 12 March 2027 at 16:15, after a short photo shoot and fitness assessment."
        "\n\nThe Team"
    )
    raw = plain_mail("Interview", body, sender="jobs@employer.example", to=TO, date=DATE)
    assert_sure_at(raw, "2027-03-12T16:15", or_screened=True)
