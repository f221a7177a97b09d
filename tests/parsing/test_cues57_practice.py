"""Training for an interview, booked by a practice app or a coach, in the Romance languages.

Why: the practice cues named mock interviews and simulations in many languages, but not the
training itself ("séance d'entraînement à l'entretien", "entrenamiento de entrevistas"), so
an AI practice app's French booking went to the calendar as an interview (meetingai57).
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"

TRAINING = [
    (
        "fr",
        "Votre séance est programmée",
        "Bonjour Alex,\n\nVotre séance d'entraînement à l'entretien d'embauche avec votre coach "
        "est fixée au jeudi 8 octobre à 11h00, en visio. Préparez deux exemples de projets."
        "\n\nÀ bientôt,\nL'équipe Cap Emploi Plus",
    ),
    (
        "es",
        "Tu sesión está reservada",
        "Hola Alex:\n\nTu sesión de entrenamiento de entrevistas con nuestra coach queda "
        "reservada para el jueves 8 de octubre a las 11:00. Recibirás una valoración al "
        "terminar.\n\nSaludos,\nEntrevistaPro",
    ),
    (
        "it",
        "Sessione confermata",
        "Ciao Alex,\n\nla tua sessione di allenamento al colloquio di lavoro è confermata per "
        "giovedì 8 ottobre alle 11:00 su Zoom.\n\nA presto,\nColloquioFacile",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), TRAINING, ids=[row[0] for row in TRAINING])
def test_interview_training_is_not_claimed(lang: str, subject: str, body: str) -> None:
    assert not claimed(plain_mail(subject, body, sender="team@practice.example", to=TO, date=DATE))


def test_a_trainers_own_job_interview_stays_sure() -> None:
    body = (
        "Bonjour Alex,\n\nSuite à votre candidature au poste de formateur, nous vous invitons "
        "à un entretien le jeudi 8 octobre à 11h00 dans nos locaux, 12 rue Lafayette.\n\n"
        "Cordialement,\nService RH"
    )
    raw = plain_mail(
        "Entretien – poste de formateur", body, sender="rh@firm.example", to=TO, date=DATE
    )
    assert_sure_at(raw, "2026-10-08T11:00", or_screened=True)
