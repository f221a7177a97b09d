"""cal28: an "on-call" duty in a published calendar is not a call with someone."""

from __future__ import annotations

import pytest

from service.parsing import parse_message


def _mail(summary: str, subject: str, body: str) -> bytes:
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Example Ops//Rota 1.0//EN",
            "VERSION:2.0",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:rota-7781@ops.example",
            "DTSTAMP:20270201T090000Z",
            "DTSTART:20270215T080000Z",
            "DTEND:20270215T170000Z",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Ops Desk:mailto:ops@ops.example",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    return (
        "From: Ops Desk <ops@ops.example>\r\n"
        "To: Reader <reader@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 01 Feb 2027 10:00:00 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        '--b1\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n'
        f"{body}\r\n"
        '--b1\r\nContent-Type: text/calendar; charset="utf-8"; method=PUBLISH\r\n\r\n'
        f"{ics}"
        "--b1--\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("summary", "subject"),
    [
        ("On-call: payments squad", "Rota published: On-call: payments squad"),
        ("Support on-call (secondary)", "Your on-call week"),
    ],
)
def test_on_call_duty_is_not_claimed(summary: str, subject: str) -> None:
    got = parse_message(_mail(summary, subject, "The rota for next month is attached."))
    assert got.confidence < 0.5


def test_a_call_in_a_published_file_still_counts() -> None:
    got = parse_message(
        _mail(
            "Phone call with Dana Whitaker",
            "Phone call with Dana Whitaker",
            "See the file; it is about your application.",
        )
    )
    assert got.confidence >= 0.5
