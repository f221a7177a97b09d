"""The user's note says whose invitation it is ("this is my son's interview, just so you
know"); forwarded once more without a note, that note sits one forward deep and still says
so. Fixtures are our own short mails."""

from __future__ import annotations

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

INNER = (
    "This is my son Leon's interview, just so you know.\n\n"
    "---------- Forwarded message ---------\n"
    "From: Harbour Motors <jobs@harbour-motors.example>\n"
    "Date: Mon, Feb 22, 2027 at 4:12 PM\n"
    "Subject: Interview invitation\n"
    "To: Leon Morgan <leon.morgan@mailbox.example>\n\n"
    "Hello Leon,\n\nWe would like to invite you to an interview for the apprenticeship on "
    "Thursday 4 March 2027 at 3pm GMT at our workshop.\n\nKind regards,\nHarbour Motors\n"
)
OUTER = (
    "---------- Forwarded message ---------\n"
    "From: Alex Morgan <alex.morgan@mailbox.example>\n"
    "Date: Mon, Feb 22, 2027 at 6:23 PM\n"
    "Subject: Fwd: Interview invitation\n"
    "To: Afterview <in+inbox@afterview.example>\n\n"
)


def _read(body: str, subject: str) -> tuple[str, float]:
    raw = plain_mail(
        subject,
        body,
        sender="Alex Morgan <alex.morgan@mailbox.example>",
        to="Afterview <in+inbox@afterview.example>",
        date="Mon, 22 Feb 2027 18:30:00 +0000",
    )
    parsed = parse_message(raw)
    return parsed.kind, parsed.confidence


def test_the_note_says_whose_interview_it_is() -> None:
    kind, confidence = _read(INNER, "Fwd: Interview invitation")
    assert confidence < 0.5, kind


def test_forwarded_once_more_the_note_still_says_so() -> None:
    kind, confidence = _read(OUTER + INNER, "Fwd: Fwd: Interview invitation")
    assert confidence < 0.5, kind
