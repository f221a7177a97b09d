"""Mail from the services around an application that books something that is not an interview.

Every mail here is written for the test. Invariant: when the sender's own text says that
the appointment it books is not an interview ("This appointment is not an interview",
"Esta cita no es una entrevista", "Ce rendez-vous n'est pas un entretien", "Der Termin ist
kein Vorstellungsgespräch", "本検診は採用面接ではございません"), a fingerprinting, a medical
check, a careers adviser's CV check or a visa appointment with its day and hour is never
claimed as the reader's invitation (or move) at confidence 0.5 or more; the reader's own
interview in the same voices, which says nothing of the kind, is still an invitation.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _mail(subject: str, body: str, *, date: str = "Thu, 03 Dec 2026 09:00:00 +0100") -> bytes:
    return plain_mail(
        subject,
        body,
        sender="Candidate services <candidates@vendor.example>",
        to="Dana Roe <dana.roe@mailbox.example>",
        date=date,
    )


def _claimed(raw: bytes) -> bool:
    parsed = parse_message(raw)
    return parsed.kind in {"invitation", "reschedule"} and parsed.confidence >= 0.5


DENIED = [
    (
        "Your fingerprint appointment",
        "Hi Dana,\n\nAs part of the screening ordered by Pellham Security, we have booked your "
        "fingerprint appointment:\n\nDate: Tuesday, December 15, 2026\nTime: 10:15 AM\n"
        "Place: Screening Center, 40 Elm Street\n\nPlease note this is not an interview; the "
        "results go straight to Pellham Security.\n\nCandidate services",
    ),
    (
        "Tu cita médica previa a la incorporación",
        "Hola Dana:\n\nHemos reservado tu reconocimiento médico:\n\nFecha: miércoles 16 de "
        "diciembre de 2026\nHora: 8:45\nLugar: Clínica Norte, Calle Mayor 3\n\nEsta cita no "
        "es una entrevista: el resultado se envía a la empresa.\n\nUn saludo",
    ),
    (
        "Votre rendez-vous de vérification d'identité",
        "Bonjour Dana,\n\nVotre rendez-vous est fixé au mardi 15 décembre 2026 à 14h30, "
        "12 rue des Lilas, Lyon.\n\nCe rendez-vous n'est pas un entretien : il sert "
        "uniquement à vérifier vos documents.\n\nCordialement",
    ),
    (
        "Ihr Termin zur Identitätsprüfung",
        "Hallo Dana,\n\nIhr Termin: Dienstag, 15. Dezember 2026, 11:00 Uhr, Prüfzentrum "
        "Mitte, Raum 4.\n\nBitte beachten Sie: Der Termin ist kein Vorstellungsgespräch; "
        "wir prüfen nur Ihre Unterlagen.\n\nFreundliche Grüße",
    ),
    (
        "【ご案内】入社前健康診断のご予約",
        "ダナ 様\n\n入社前健康診断のご予約が確定しました。\n\n日時：2026年12月15日（火）"
        "午前10時00分〜\n会場：さくらクリニック 2階\n\n※本検診は採用面接ではございません。"
        "\n\n健診センター",
    ),
]


@pytest.mark.parametrize(("subject", "body"), DENIED)
def test_an_appointment_the_sender_says_is_no_interview_is_not_claimed(
    subject: str, body: str
) -> None:
    assert not _claimed(_mail(subject, body))


@settings(max_examples=25, deadline=None)
@given(
    what=st.sampled_from(["appointment", "visit", "session", "check"]),
    denial=st.sampled_from(
        [
            "This is not an interview.",
            "Please note: it is not an interview.",
            "This isn't a job interview, just a document check.",
        ]
    ),
    hour=st.integers(min_value=8, max_value=16),
)
def test_any_booked_check_with_a_denial_is_not_claimed(what: str, denial: str, hour: int) -> None:
    body = (
        f"Hi Dana,\n\nYour {what} with our screening team is booked for Wednesday, "
        f"December 16, 2026 at {hour}:00.\n\n{denial} Bring your passport.\n\nCandidate services"
    )
    assert not _claimed(_mail(f"Your {what} is booked", body))


def test_the_readers_own_interview_is_still_an_invitation() -> None:
    body = (
        "Hi Dana,\n\nWe would like to invite you to an interview for the Analyst role on "
        "Wednesday, December 16, 2026 at 10:00, at our office, 5 Quay Street.\n\nThis is not "
        "a group session: you will meet Ana Ruiz and Tom Berg.\n\nKind regards,\nRecruiting"
    )
    parsed = parse_message(_mail("Interview invitation: Analyst", body))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-16T10:00:00+01:00"
