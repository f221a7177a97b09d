"""A mail forwarded only after the meeting it names was over is not claimed.

Times in a forwarded mail are read against the date it was first sent, so the slot is still
ahead of that date; the user's forward, sent a day or more after the interview ("for my
records, it was yesterday"), passes on a past meeting: the slot is kept for review, below
the confidence that would put it in the calendar. The same mail forwarded before the
meeting stays a sure invitation, and a cancellation forwarded late stays a cancellation.
Mail written for this test, in German and Polish layouts.
"""

from __future__ import annotations

from service.parsing import parse_message

GERMAN = (
    "Guten Tag,\r\n\r\nwir laden Sie zum Vorstellungsgespräch am Dienstag, 3. März 2026, "
    "11:00 - 11:45 Uhr (Europe/Berlin) in unser Büro ein.\r\n\r\nViele Grüße\r\nPia Roth"
)
POLISH = (
    "Dzień dobry,\r\n\r\nzapraszamy na rozmowę kwalifikacyjną.\r\n\r\nPoczątek\t08/04/2026 "
    "09:00\r\nKoniec\t08/04/2026 09:30\r\nStrefa czasowa\tWarsaw (+1:00)\r\n"
)


def _forward(note: str, body: str, sent: str, forwarded: str, subject: str) -> bytes:
    text = (
        f"{note}\r\n\r\n---------- Forwarded message ---------\r\nFrom: Pia Roth "
        f"<pia.roth@roth-werke.example>\r\nDate: {sent}\r\nSubject: {subject}\r\n"
        f"To: Kit Moreau <kit.moreau@inbox.example>\r\n\r\n{body}\r\n"
    )
    return (
        "From: Kit Moreau <kit.moreau@inbox.example>\r\nTo: in@afterview.example\r\n"
        f"Subject: Fwd: {subject}\r\nDate: {forwarded}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}"
    ).encode()


def test_a_forward_sent_after_the_interview_is_not_claimed() -> None:
    for body, sent, late, subject in (
        (
            GERMAN,
            "Tue, 24 Feb 2026 10:12:00 +0100",
            "Wed, 4 Mar 2026 13:12:00 +0100",
            "Einladung zum Vorstellungsgespräch",
        ),
        (
            POLISH,
            "Wed, 1 Apr 2026 12:00:00 +0200",
            "Mon, 13 Apr 2026 14:00:00 +0200",
            "Rozmowa kwalifikacyjna",
        ),
    ):
        parsed = parse_message(_forward("Zur Ablage.", body, sent, late, subject))
        assert parsed.confidence < 0.5, subject
        assert "forwarded after the time it mentions was over" in parsed.warnings


def test_the_same_forward_before_the_interview_still_invites() -> None:
    parsed = parse_message(
        _forward(
            "Bitte eintragen.",
            GERMAN,
            "Tue, 24 Feb 2026 10:12:00 +0100",
            "Tue, 24 Feb 2026 12:00:00 +0100",
            "Einladung zum Vorstellungsgespräch",
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-03-03T11:00:00+01:00"
    assert parsed.confidence >= 0.5


def test_a_forward_the_same_evening_still_invites() -> None:
    parsed = parse_message(
        _forward(
            "Heute war das Gespräch, trotzdem zur Info.",
            GERMAN,
            "Tue, 24 Feb 2026 10:12:00 +0100",
            "Tue, 3 Mar 2026 19:30:00 +0100",
            "Einladung zum Vorstellungsgespräch",
        )
    )
    assert parsed.kind == "invitation"
    assert "forwarded after the time it mentions was over" not in parsed.warnings


def test_a_cancellation_forwarded_late_stays_a_cancellation() -> None:
    body = (
        "Guten Tag,\r\n\nleider müssen wir das Vorstellungsgespräch am Dienstag, 3. März 2026, "
        "11:00 Uhr (Europe/Berlin) absagen.\r\n\r\nViele Grüße\r\nPia Roth"
    )
    parsed = parse_message(
        _forward(
            "Zur Ablage.",
            body,
            "Mon, 2 Mar 2026 10:12:00 +0100",
            "Fri, 6 Mar 2026 19:30:00 +0100",
            "Absage: Vorstellungsgespräch",
        )
    )
    assert parsed.kind == "cancellation"
    assert "forwarded after the time it mentions was over" not in parsed.warnings
