"""A reply that calls off the interview it quotes ("Den Termin am Dienstag sage ich deshalb
ab" over the quoted invitation) cancels that slot, and says so the same way whether it
arrives directly or forwarded: before, the direct reply was an unsure invitation (0.28) and
its Gmail forward a confirmed one (0.61), because German's "sage … ab" and "muss … absagen"
in one person's words were not read as cancelling."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

QUOTE = (
    "\n\nAm Mo., 16. Aug. 2027 um 10:00 Uhr schrieb Jens Rickmers <jens@kabel.example.de>:\n\n"
    "> Hallo Herr Morgan,\n>\n> wie besprochen: Dienstag, 24. August, 11:00 Uhr in Cuxhaven.\n"
    ">\n> Jens Rickmers\n"
)
REPLIES = [
    "leider ist die Stelle besetzt. Den Termin am Dienstag sage ich deshalb ab.",
    "leider muss ich den Termin am Dienstag absagen, die Stelle ist besetzt.",
    "I'm afraid we have to cancel Tuesday's interview: the role has been filled.",
]


def _reply(words: str) -> bytes:
    return plain_mail(
        "AW: Gesprächstermin Dienstag",
        f"Hallo Herr Morgan,\n\n{words}\n\nJens Rickmers{QUOTE}",
        sender="Jens Rickmers <jens@kabel.example.de>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Wed, 18 Aug 2027 09:00:00 +0200",
    )


def _forwarded(words: str) -> bytes:
    inner = (
        "---------- Forwarded message ---------\n"
        "From: Jens Rickmers <jens@kabel.example.de>\n"
        "Date: Wed, Aug 18, 2027 at 9:00 AM\nSubject: AW: Gesprächstermin Dienstag\n"
        "To: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
        f"Hallo Herr Morgan,\n\n{words}\n\nJens Rickmers{QUOTE}"
    )
    return plain_mail(
        "Fwd: AW: Gesprächstermin Dienstag",
        inner,
        sender="Alex Morgan <alex.morgan@mailbox.example>",
        to="in@afterview.example",
        date="Wed, 18 Aug 2027 12:00:00 +0200",
    )


@pytest.mark.parametrize("words", REPLIES)
@pytest.mark.parametrize("build", [_reply, _forwarded], ids=["direct", "forwarded"])
def test_the_reply_cancels_the_quoted_slot(words: str, build: object) -> None:
    parsed = parse_message(build(words))  # type: ignore[operator]
    assert parsed.kind == "cancellation"
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2027, 8, 24, 11, 0)
    assert parsed.confidence >= 0.5
    assert any("calls off" in warning for warning in parsed.warnings)
