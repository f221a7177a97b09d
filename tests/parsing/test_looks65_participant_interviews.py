"""The reader interviewed as a participant, respondent, source or narrator (looks65).

Why: a labour-force survey asks about the reader's work and job search, so its job words are
the topic of its questions, not a post; a press interview's article "erscheint" later; a
radio show is named in quotes; a clinical trial's screening visit and an oral-history
recording interview the reader. Each kind in at least two languages, hand-written here (not
the corpus's sentences); the controls are the reader's own job interviews worded close by.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Team <team@office.example>", to=TO, date=DATE)


LOOKALIKES = [
    (
        "en survey",
        "Your survey interview",
        "Hello,\n\nYour address is part of the household survey this quarter. An interviewer "
        "will phone you on Thursday 8 October at 11:00 and ask about your job and whether "
        "you applied for any jobs last month.\n\nSurvey team",
    ),
    (
        "de survey",
        "Ihr Interviewtermin – Mikrozensus",
        "Guten Tag,\n\nunsere Interviewerin besucht Sie am Donnerstag, 8. Oktober, um 11 Uhr. "
        "Gefragt wird u. a. nach Ihrem Beruf und Ihrer Stellensuche.\n\nIhr Landesamt",
    ),
    (
        "fr survey",
        "Enquête Emploi : votre rendez-vous",
        "Bonjour,\n\nl'enquêtrice vous appellera le jeudi 8 octobre à 11h. Les questions "
        "portent sur votre emploi et votre recherche d'emploi.\n\nLe service statistique",
    ),
    (
        "de press",
        "Interview über Ihre Imkerei",
        "Hallo Frau Morgan,\n\nich komme am Donnerstag, 8. Oktober, um 11 Uhr für das "
        "Interview über Ihre Imkerei vorbei. Der Artikel erscheint am Samstag.\n\nJonas",
    ),
    (
        "it press",
        "Intervista sulla sua libreria",
        "Gentile Alex,\n\nconfermo l'intervista telefonica di giovedì 8 ottobre alle 11. "
        "L'articolo uscirà nel numero di novembre.\n\nSara",
    ),
    (
        "es radio",
        "Entrevista en directo",
        "Hola Alex:\n\nte confirmo la entrevista en directo en «Tarde Abierta» el jueves 8 de "
        "octubre a las 11:00, por teléfono.\n\nMarta",
    ),
    (
        "en trial",
        "Screening visit booked",
        "Hi Alex,\n\nYour screening visit for our clinical trial is on Thursday 8 October at "
        "11:00. The coordinator will interview you about your health.\n\nStudy team",
    ),
    (
        "fr trial",
        "Votre visite de sélection",
        "Bonjour,\n\nvotre visite de sélection pour l'essai clinique aura lieu le jeudi 8 "
        "octobre à 11h avec le médecin investigateur.\n\nLe centre",
    ),
    (
        "es oral history",
        "Su entrevista",
        "Estimado Alex:\n\nla grabación de su entrevista para el proyecto de historia oral "
        "será el jueves 8 de octubre a las 11:00 en la biblioteca.\n\nEl archivo",
    ),
    (
        "it oral history",
        "Intervista per l'archivio",
        "Gentile Alex,\n\nle confermo l'intervista per il progetto di storia orale giovedì 8 "
        "ottobre alle 11 a casa sua.\n\nL'archivio",
    ),
]


@pytest.mark.parametrize(("name", "subject", "body"), LOOKALIKES)
def test_participants_interview_is_not_claimed(name: str, subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body)), name


CONTROLS = [
    (
        "en survey interviewer",
        "Interview - Field Interviewer (household survey)",
        "Dear Alex,\n\nthank you for your application for the Field Interviewer post. We "
        "invite you to an interview on Thursday 8 October at 11:00.\n\nHR",
    ),
    (
        "de reporter",
        "Einladung zum Vorstellungsgespräch – Redakteurin",
        "Sehr geehrte Frau Morgan,\n\nwir laden Sie zum Vorstellungsgespräch für die Stelle "
        "als Redakteurin am Donnerstag, 8. Oktober, um 11 Uhr ein. Der Artikel erscheint "
        "nicht, es geht um Ihre Bewerbung.\n\nPersonal",
    ),
    (
        "en coordinator",
        "Interview: Clinical Trial Coordinator",
        "Hi Alex,\n\nthanks for applying for the Clinical Trial Coordinator position. Can we "
        "interview you on Thursday 8 October at 11:00? You would run screening visits.\n\nHR",
    ),
]


@pytest.mark.parametrize(("name", "subject", "body"), CONTROLS)
def test_own_job_interview_stays_sure(name: str, subject: str, body: str) -> None:
    assert_sure_at(_mail(subject, body), "2026-10-08T11:00", or_asked=True)


def test_question_topics_are_not_posts() -> None:
    """A survey's questions about a job leave the job words out; a post named elsewhere
    stays."""
    assert lookalikes.hires_nobody(
        "Labour force survey: we will ask about your job and your job search."
    )
    assert not lookalikes.hires_nobody(
        "Interview for the Survey Interviewer post: questions about the household survey."
    )


def test_extended_lists_stay_linear() -> None:
    assert_linear(
        scans(lookalikes.OTHER_SENSE_INTERVIEW_CUES),  # type: ignore[arg-type]
        repeated("der artikel en directo en ochtend "),
        200_000,
        label="other-sense",
    )
