"""Mail that comes after an interview or after an offer names a time that is not a new
interview for the reader.

Every mail here is written for the test. Invariants:
- a request for the candidate's feedback on a past interview ("How did your interview on
  Tuesday at 10:00 go?", "Wie war Ihr Gespräch am Dienstag um 10 Uhr?") is never claimed,
  even when its weekday alone would read as the coming one;
- a note about the first working day after an offer ("your first day", "første dag",
  "primo giorno", said in the subject or beside the time) is never claimed;
- an invitation to a second round that thanks for the first one, or that says feedback
  will be asked for after it, stays claimed with its start.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import assert_claimed_from, claimed, plain_mail

_DATE = "Thu, 03 Dec 2026 16:00:00 +0100"


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(
        subject,
        body,
        sender="Talent Team <talent@employer.example>",
        to="Dana Roe <dana.roe@mailbox.example>",
        date=_DATE,
    )


FEEDBACK_REQUESTS = [
    (
        "Your interview experience",
        "Hi Dana,\n\nHow did your interview on Tuesday at 10:00 go? Please share your "
        "feedback on our hiring process in a short survey: https://survey.example/c\n\n"
        "Thanks,\nTalent Team",
    ),
    (
        "Ihre Meinung ist uns wichtig",
        "Hallo Dana,\n\nwie war Ihr Vorstellungsgespräch am Dienstag um 10 Uhr? Wir freuen "
        "uns über Ihr Feedback zu unserem Bewerbungsprozess: https://survey.example/c\n\n"
        "Viele Grüße\nRecruiting",
    ),
    (
        "Votre avis sur notre processus",
        "Bonjour Dana,\n\ncomment s'est passé votre entretien de mardi à 10h ? Donnez-nous "
        "votre avis sur notre processus de recrutement : https://survey.example/c\n\n"
        "Cordialement,\nRecrutement",
    ),
    (
        "Tu opinión nos importa",
        "Hola Dana:\n\n¿Qué tal fue tu entrevista del martes a las 10:00? Cuéntanos tu "
        "opinión sobre el proceso de selección: https://survey.example/c\n\nSaludos,\nRRHH",
    ),
    (
        "La tua opinione",
        "Ciao Dana,\n\ncom'è andato il colloquio di martedì alle 10:00? Ci piacerebbe avere "
        "la tua opinione sul processo di selezione: https://survey.example/c\n\nGrazie,\nHR",
    ),
    (
        "Hoe was je gesprek?",
        "Hoi Dana,\n\nhoe ging je sollicitatiegesprek van dinsdag om 10:00? We horen graag je "
        "mening over onze sollicitatieprocedure: https://survey.example/c\n\nGroet,\nHR",
    ),
]


@pytest.mark.parametrize(("subject", "body"), FEEDBACK_REQUESTS)
def test_a_feedback_request_after_the_interview_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


FIRST_DAYS = [
    (
        "Welcome aboard - your first day",
        "Hi Dana,\n\nWe look forward to seeing you on Monday 4 January at 9:00 at the front "
        "desk. Bring a photo ID; your laptop will be ready.\n\nBest,\nPeople Team",
    ),
    (
        "Informasjon før oppstart",
        "Hei Dana!\n\nFørste dag møter du i resepsjonen mandag 4. januar kl. 09.00. "
        "Lederen din henter deg der.\n\nHilsen HR",
    ),
    (
        "Benvenuta! Il tuo primo giorno",
        "Ciao Dana,\n\nti aspettiamo lunedì 4 gennaio alle 9:00 alla reception. La mattina "
        "faremo il badge.\n\nA presto,\nHR",
    ),
    (
        "¡Bienvenida! Tu primer día",
        "Hola Dana:\n\nte esperamos el lunes 4 de enero a las 9:00 en la oficina. La primera "
        "mañana es de inducción con RRHH.\n\nSaludos,\nPersonas",
    ),
    (
        "Dein Start bei uns",
        "Hallo Dana,\n\nan Deinem ersten Arbeitstag am Montag, 4. Januar um 9:00 Uhr holt "
        "Dich Deine Teamleiterin am Empfang ab.\n\nViele Grüße\nPeople",
    ),
    (
        "Első munkanap",
        "Kedves Dana!\n\nVárunk 2027. január 4-én, hétfőn 9:00-kor a recepción.\n\n"
        "Üdvözlettel,\nHR",
    ),
]


@pytest.mark.parametrize(("subject", "body"), FIRST_DAYS)
def test_a_first_working_day_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


def test_a_second_round_that_asks_feedback_afterwards_stays_claimed() -> None:
    assert_claimed_from(
        _mail(
            "Second interview invitation",
            "Hi Dana,\n\nThank you for the first interview. We would like to invite you to "
            "a second interview on Tuesday 8 December at 10:00 with our engineering lead. "
            "After the interview we will ask for your feedback on the process.\n\n"
            "Best regards,\nTalent Team",
        ),
        "2026-12-08T10:00",
    )


def test_a_second_round_set_after_the_first_stays_claimed() -> None:
    assert_claimed_from(
        _mail(
            "Next step",
            "Hi Dana,\n\nFollowing your interview last week, we would like to invite you to "
            "meet our CTO on Tuesday 8 December at 10:00.\n\nBest regards,\nTalent Team",
        ),
        "2026-12-08T10:00",
    )


NEW_STARTER_SESSIONS = [
    (
        "Welcome breakfast for new starters",
        "Hi Dana,\n\nWe would like to invite you to the welcome breakfast on Monday 4 January "
        "at 8:30 with your manager, Sam Lee, in the canteen.\n\nPeople Team",
    ),
    (
        "Sessão de acolhimento",
        "Cara Dana,\n\nConvidamo-la para a sessão de acolhimento com a sua chefia na "
        "segunda-feira, 4 de janeiro, às 9h30, na sala 2.\n\nRecursos Humanos",
    ),
    (
        "Bienvenida",
        "Hola Dana:\n\nTe invitamos a la sesión de bienvenida con tu responsable el lunes 4 de "
        "enero a las 9:00 en la sala Norte.\n\nPersonas",
    ),
    (
        "Journée d'intégration",
        "Bonjour Dana,\n\nnous vous invitons à votre journée d'intégration avec votre "
        "manager le lundi 4 janvier à 9h00 à l'accueil du siège.\n\nLes RH",
    ),
    (
        "Ihre Einführungsschulung",
        "Hallo Dana,\n\nwir laden Sie zur Einführungsschulung mit Ihrer Teamleiterin am "
        "Montag, 4. Januar, um 9:00 Uhr in Raum 2 ein.\n\nViele Grüße\nPersonal",
    ),
    (
        "Training de inducție",
        "Bună ziua,\n\nVă așteptăm la trainingul de inducție pentru noii angajați luni, "
        "4 ianuarie 2027, la ora 9:00, în sala Carpați.\n\nEchipa HR",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NEW_STARTER_SESSIONS)
def test_a_session_for_new_starters_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


SUBJECT_ASKS_HOW_IT_WENT = [
    (
        "How did your interview go?",
        "Hi Dana,\n\nThanks for meeting our team on Tuesday at 10:00. Two minutes of your time "
        "would help us: https://survey.example/c\n\nTalent",
    ),
    (
        "Wie war Ihr Vorstellungsgespräch?",
        "Hallo Dana,\n\nSie hatten am Dienstag um 10 Uhr ein Gespräch mit unserem Team. Zwei "
        "Minuten Ihrer Zeit helfen uns: https://survey.example/c\n\nRecruiting",
    ),
    (
        "Comment s'est passé votre entretien ?",
        "Bonjour Dana,\n\nvous avez rencontré notre équipe mardi à 10h. Deux minutes de votre "
        "temps nous aideraient : https://survey.example/c\n\nRH",
    ),
    (
        "¿Qué tal fue tu entrevista?",
        "Hola Dana:\n\nel martes a las 10:00 hablaste con nuestro equipo. Dos minutos de tu "
        "tiempo nos ayudarían: https://survey.example/c\n\nRRHH",
    ),
]


@pytest.mark.parametrize(("subject", "body"), SUBJECT_ASKS_HOW_IT_WENT)
def test_a_subject_that_asks_how_the_interview_went_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))
