"""A sister forwards her own invitation ("Dear Emma, we would like to invite you") to the
reader and asks them to mind the dog on Thursday: the interview is hers, not the reader's.
The forward's outer From is the inner mail's To, and the mail went on to another person. The
same shape stays the reader's when the mail passed on names the reader, speaks of a
candidate (an agency passing on the client's reply), or the note says it is theirs, and when
the user forwards their own mail to Afterview."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

INNER = (
    "---------- Forwarded message ---------\n"
    "From: Northwind HR <hr@northwind.example>\n"
    "Date: Sun, Dec 6, 2026\n"
    "Subject: Interview invitation\n"
    "To: {to}\n\n"
    "{greeting}\n\nWe would like to invite {whom} to an interview on Thursday 10 December at "
    "10:00 at our office, 4 Mill Lane.\n\nNorthwind HR"
)
EMMA = "Emma Morgan <emma.morgan@mailbox2.example>"
ALEX = "Alex Morgan <alex.morgan@mailbox.example>"


def _forward(note: str, *, to: str, greeting: str, whom: str, reached: str = ALEX) -> bytes:
    return plain_mail(
        "Fwd: Interview invitation",
        f"{note}\n\n" + INNER.format(to=to, greeting=greeting, whom=whom),
        sender=EMMA if to == EMMA else ALEX,
        to=reached,
        date="Mon, 07 Dec 2026 09:12:00 +0000",
    )


def test_a_sisters_own_invitation_passed_on_is_not_the_readers() -> None:
    parsed = parse_message(
        _forward(
            "Hi Alex, can you believe it?! Look below. Can you mind the dog on Thursday?",
            to=EMMA,
            greeting="Dear Emma,",
            whom="you",
        )
    )
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
    assert any("forwarder's own invitation" in warning for warning in parsed.warnings)


@pytest.mark.parametrize(
    ("note", "greeting", "whom"),
    [
        # an agency passes on the client's reply about its candidate
        ("Hi Alex, good news from the client, see below.", "Dear Emma,", "your candidate"),
        # a friend passes on mail that reached her by mistake
        ("Alex, I think this was meant for you!", "Dear Alex Morgan,", "you"),
        # the note says the meeting is the reader's
        ("Alex — they'd like to meet you, details below.", "Dear Emma,", "him"),
    ],
)
def test_the_readers_own_interview_passed_on_by_someone_stays_theirs(
    note: str, greeting: str, whom: str
) -> None:
    parsed = parse_message(_forward(note, to=EMMA, greeting=greeting, whom=whom))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-10T10:00:00+00:00"
    assert not any("forwarder's own invitation" in warning for warning in parsed.warnings)


def test_the_user_forwarding_their_own_invitation_to_afterview_is_theirs() -> None:
    parsed = parse_message(
        _forward(
            "add this please",
            to=ALEX,
            greeting="Dear Alex,",
            whom="you",
            reached="inbox@in.afterview.example",
        )
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
