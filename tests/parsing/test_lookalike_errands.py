"""Bookings of daily life and "we'll answer by" lines carry a future time and are no interview.

Every mail here is written for the test. A boiler visit, a flat viewing, a restaurant table,
a haircut or a town-hall counter is booked for the reader, and a note after an interview
says by when the answer comes: none may go to the calendar without review.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message


def _mail(subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Service desk <desk@bookings-example.com>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Thu, 03 Dec 2026 09:00:00 +0100"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


ERRANDS = [
    (
        "Appointment confirmation",
        "Dear Sam, this is to confirm your appointment at the US Embassy on 15 Dec 2026 at "
        "08:30 AM. Please bring your passport and the DS-160 confirmation page.",
    ),
    (
        "Terminbestätigung",
        "Sehr geehrte Frau Berg, Ihr Termin im Generalkonsulat ist am Dienstag, 15.12.2026, "
        "um 9:40 Uhr. Bitte bringen Sie Ihren Reisepass mit.",
    ),
    (
        "Your boiler service appointment",
        "Your boiler service is booked for Tuesday 8 December between 8am and 12pm. Our "
        "engineer will call 30 minutes before arriving.",
    ),
    (
        "Viewing confirmed",
        "Your viewing of Flat 3, 12 Elm Road is confirmed for Thursday 10 December at 18:15. "
        "The agent will meet you outside.",
    ),
    (
        "Ihr Besichtigungstermin",
        "Ihr Besichtigungstermin für die Wohnung in der Lindenstraße: Donnerstag, 10.12., "
        "18:15 Uhr. Der Makler erwartet Sie vor dem Haus.",
    ),
    (
        "Votre réservation",
        "Votre réservation de table pour 2 personnes est confirmée le vendredi 11 décembre à "
        "19h30. À bientôt !",
    ),
    (
        "Cita confirmada",
        "Tu cita en la peluquería con Marta está confirmada para el miércoles 9 de diciembre "
        "a las 11:00.",
    ),
    (
        "Thank you",
        "Thanks for interviewing with us on Tuesday. We'll share our feedback by Friday "
        "11 Dec at 5pm.",
    ),
    (
        "Next steps",
        "Great to meet you today. You will hear back from us by Wednesday 9 December at noon.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), ERRANDS)
def test_not_sent_to_the_calendar_unreviewed(subject: str, body: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5, parsed.warnings


def test_an_interview_beside_the_same_words_still_counts() -> None:
    body = (
        "Hi Sam, we'd like to invite you to an interview for the Plumber apprentice role on "
        "Tuesday 8 December at 10:00 at our Leeds office."
    )
    parsed = parse_message(_mail("Interview invitation", body))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5


GROUP_MEETINGS = [
    (
        "Reunión de antiguos alumnos",
        "Te invitamos a la reunión de antiguos alumnos el viernes 11 de diciembre a las 19:30 "
        "en el Aula Magna.",
    ),
    (
        "Lembrete",
        "Lembrete: a reunião de condomínio será na quinta-feira, 10 de dezembro, às 19h no "
        "salão de festas.",
    ),
    (
        "Einladung",
        "Einladung zur Eigentümerversammlung am Donnerstag, 10.12., um 19 Uhr im "
        "Gemeinschaftsraum.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), GROUP_MEETINGS)
def test_a_meeting_of_residents_or_alumni_is_no_interview(subject: str, body: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5, parsed.warnings


PENDING = [
    (
        "Re: Interview",
        "Thanks Sam, I've passed your availability (Thursday 10 December after 2pm) to the "
        "hiring manager and will confirm a time shortly.",
    ),
    (
        "Reminder",
        "Hi Sam, you asked us to hold Thursday 10 December at 2pm, but we still need your "
        "confirmation before we can book the room. Please reply to confirm.",
    ),
    (
        "Referral",
        "Hi Sam, I referred you for the Data Analyst role. My manager Priya has interviews on "
        "Thursday 10 December between 2pm and 5pm, so keep an eye on your inbox.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PENDING)
def test_a_booking_that_still_waits_is_not_sure(subject: str, body: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5, parsed.warnings


def test_spanish_informal_availability_is_not_sure() -> None:
    body = (
        "Gracias, he pasado tu disponibilidad (jueves 10 de diciembre a partir de las 14:00) al "
        "responsable y te confirmo la hora en breve."
    )
    parsed = parse_message(_mail("Re: entrevista", body))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5, parsed.warnings
