"""An appointment with a doctor is not an interview, also when it is forwarded.

GP, dentist and clinic reminders book the reader "with Dr …" ("your appointment with Dr Shah",
"Your cleaning with Dr. Patel has been moved"); a forwarded one must not be claimed as an
interview. An interview with a doctor of philosophy stays an interview. Our own short mails.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message


def _mail(body: str, subject: str, note: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = "Noor Haddad <noor.haddad@mail.example.com>"
    message["To"] = "Afterview <in@afterview.example>"
    message["Subject"] = f"Fwd: {subject}"
    message["Date"] = "Wed, 02 Dec 2026 10:00:00 +0000"
    message.set_content(
        f"{note}\n\n---------- Forwarded message ---------\n"
        "From: Front Desk <desk@harbour-clinic.example.co.uk>\n"
        "Date: Wed, 2 Dec 2026 at 09:12\n"
        f"Subject: {subject}\nTo: Noor Haddad <noor.haddad@mail.example.com>\n\n{body}\n"
    )
    return bytes(message)


@pytest.mark.parametrize(
    "body",
    [
        "Dear Noor,\n\nThis is a reminder of your appointment with Dr Mensah on Thursday"
        " 10 December 2026 at 9:20am. Please arrive early.\n\nHarbour Clinic",
        "Hi Noor, your check-up with Dr. Ilves has been moved from Tue 8 Dec 9:00am to"
        " Thu 10 Dec 3:30pm. Reply C to confirm.",
        "Dear Noor,\n\nYour consultation with Dr Farouk is booked for Friday 11 December 2026"
        " at 14:10.\n\nReception",
    ],
)
def test_appointment_with_a_doctor_is_not_claimed(body: str) -> None:
    parsed = parse_message(_mail(body, "Appointment reminder", "fyi, that morning is taken"))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5


def test_interview_with_a_doctor_of_philosophy_stays_an_interview() -> None:
    body = (
        "Dear Noor,\n\nWe are pleased to invite you to an interview with Dr Mensah, head of"
        " the research group, on Thursday 10 December 2026 at 10:00 GMT in Room 2.14.\n\n"
        "Best regards,\nLab Office"
    )
    parsed = parse_message(_mail(body, "Interview invitation - Research Assistant"))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-10T10:00:00+00:00"
