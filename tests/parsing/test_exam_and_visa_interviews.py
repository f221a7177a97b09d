"""A calendar request for an oral language exam, a visa interview, a flat viewing or a bank's
loan talk is no job interview: its "entretien", "interview", "面接" or "Gespräch" grades,
admits or serves the reader, nobody hires them. Such requests went to the calendar at 0.95;
they wait for review with the reason named, while a job interview's request stays sure."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail, claimed


def _request(summary: str, body: str) -> bytes:
    event = [
        "BEGIN:VEVENT",
        "UID:sitting-42@appointments.example",
        "DTSTAMP:20261201T090000Z",
        "DTSTART:20261215T090000Z",
        "DTEND:20261215T093000Z",
        f"SUMMARY:{summary}",
        "ORGANIZER:mailto:appointments@appointments.example",
        "ATTENDEE:mailto:alex@mail.example",
        "END:VEVENT",
    ]
    return calendar_mail(
        summary,
        body,
        event,
        method="REQUEST",
        sender="Appointments <appointments@appointments.example>",
        to="Alex Morgan <alex@mail.example>",
        date="Tue, 01 Dec 2026 09:00:00 +0000",
    )


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        ("Entretien oral DELF B2", "Votre épreuve orale du DELF B2 aura lieu à la date indiquée."),
        ("IELTS Speaking test", "Your IELTS Speaking test is booked. Please bring your ID."),
        ("Mündliche Prüfung Goethe-Zertifikat B2", "Ihr Prüfungstermin für den mündlichen Teil."),
        ("ビザ面接", "大使館でのビザ面接のご予約です。パスポートをお持ちください。"),
        ("签证面试", "您的签证面试预约已确认，请携带护照。"),
        ("Flat viewing - 12 Elm Road", "Please come to the viewing of the flat with your ID."),
        ("Kreditgespräch Baufinanzierung", "Zu Ihrem Kreditgespräch laden wir Sie herzlich ein."),
    ],
)
def test_an_exam_or_visa_interview_waits_for_review(summary: str, body: str) -> None:
    raw = _request(summary, body)
    assert not claimed(raw)
    assert any("nobody is hired at" in warning for warning in parse_message(raw).warnings)


def test_a_job_interview_request_stays_sure() -> None:
    raw = _request(
        "Interview - Software Engineer",
        "We'd like to invite you to an interview for the Software Engineer role.",
    )
    assert claimed(raw)
