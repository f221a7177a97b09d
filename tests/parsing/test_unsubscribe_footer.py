"""An unsubscribe footer is a newsletter's, and an applicant-tracking system's too.

Candidate mail from many tracking and scheduling systems ends with "Unsubscribe" or "Manage
preferences" by law or by habit, under a real invitation. Such a mail is still read; its
time counts as the reader's interview only where the mail says so ("Your interview is
confirmed", "we have invited you to an interview"); elsewhere the footer decides, as it did
for a newsletter's live Q&A or a status page's maintenance window.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

SENT = datetime(2026, 11, 30, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
SLOT = datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))

# (language, subject, opening, the slot's lines, a footer in that language)
INVITATIONS = (
    (
        "en",
        "Your interview with Northwind",
        "Hi Sam,\n\nYour interview is confirmed. Here are the details:",
        "Date: Thursday, 3 December 2026\nTime: 14:00 - 14:45 (CET)",
        "You received this email because you applied via Northwind Careers. Unsubscribe",
    ),
    (
        "de",
        "Ihr Vorstellungsgespräch bei Northwind",
        "Hallo Sam,\n\nIhr Vorstellungsgespräch ist bestätigt. Die Details:",
        "Datum: Donnerstag, 03.12.2026\nUhrzeit: 14:00 - 14:45 Uhr (MEZ)",
        "Sie erhalten diese E-Mail wegen Ihrer Bewerbung. Benachrichtigungen abbestellen",
    ),
    (
        "fr",
        "Votre entretien chez Northwind",
        "Bonjour Sam,\n\nVotre entretien est confirmé. Voici les détails :",
        "Date : jeudi 3 décembre 2026\nHeure : 14h00 - 14h45 (heure de Paris)",
        "Vous recevez cet e-mail suite à votre candidature. Se désabonner",
    ),
    (
        "es",
        "Tu entrevista con Northwind",
        "Hola Sam:\n\nTu entrevista está confirmada. Estos son los detalles:",
        "Fecha: jueves, 3 de diciembre de 2026\nHora: 14:00 - 14:45 (CET)",
        "Recibes este correo por tu candidatura. Darse de baja",
    ),
)


def _mail(subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Northwind Talent <no-reply@northwind-ats.example>"
    message["To"] = "sam@mail.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(SENT)
    message["Message-ID"] = "<footer@northwind-ats.example>"
    message.set_content(body)
    return message.as_bytes()


@pytest.mark.parametrize("case", INVITATIONS, ids=[case[0] for case in INVITATIONS])
def test_an_invitation_over_an_unsubscribe_footer_is_read(
    case: tuple[str, str, str, str, str],
) -> None:
    _, subject, opening, slot, footer = case
    reading = parse_message(_mail(subject, f"{opening}\n\n{slot}\n\n--\n{footer}"))
    assert reading.kind == "invitation"
    assert reading.start == SLOT
    assert reading.confidence >= 0.5


def test_a_newsletter_live_session_is_no_invitation() -> None:
    body = (
        "CareerPost weekly\n\nFive questions to prepare for your next interview.\n\n"
        "Live Q&A: join our recruiters on Thursday 3 December 2026 at 14:00 CET.\n"
        "Save your seat: https://careerpost.example/live\n\n"
        "You receive this newsletter because you subscribed. Unsubscribe"
    )
    reading = parse_message(_mail("Ace your next interview + live Q&A", body))
    assert reading.kind == "not_invitation"
    assert reading.category == "newsletter"


def test_a_footer_mail_naming_no_slot_of_the_reader_is_no_invitation() -> None:
    body = (
        "Hello,\n\nThe video interview rooms will be down for maintenance on Thursday "
        "3 December 2026 at 14:00 CET.\n\nUnsubscribe | Manage subscription"
    )
    reading = parse_message(_mail("Scheduled maintenance", body))
    assert reading.kind == "not_invitation"
    assert reading.category == "newsletter"
