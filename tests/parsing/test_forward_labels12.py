"""Forwards in the shapes of more clients and languages (labels as email-forward-parser's
fixtures show them; every text here is ours): the forwarded sender is found, and an
invitation passed on that way is read as the invitation, not as quoted earlier mail."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

SENT = "Mon, 30 Nov 2026 09:12:00 +0100"
INVITE = "We would like to invite you to an interview on Thursday 3 December 2026 at 14:00 CET."


def _forward(body: str) -> bytes:
    return (
        "From: Sam Lee <sam@mailbox.example>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: Fwd: Interview\r\nDate: {SENT}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode()


FORWARDS = [
    pytest.param(
        '\ufeffAm 27/11/2026, 10:05 schrieb "Jana Novak" <jana@hr.example>:\n\n    '
        + INVITE
        + "\n\n    Jana\n",
        id="outlook-mac-indented-de",
    ),
    pytest.param(
        "Dne 27/11/2026 10:05, Jana Novak <jana@hr.example> napsal(a):\n\n    " + INVITE + "\n",
        id="outlook-mac-indented-cs",
    ),
    pytest.param(
        "--- Treść przekazanej wiadomości ---\nTemat: \tInterview\nData: \tFri, 27 Nov 2026"
        " 10:05:00 +0100\nNadawca: \tJana Novak <jana@hr.example>\nAdresat: \tsam@mailbox.example"
        "\n\n" + INVITE + "\n",
        id="thunderbird-pl",
    ),
    pytest.param(
        "   ----- Edelleenlähetetty viesti ----- Lähettäjä: Jana Novak <jana@hr.example>"
        'Vastaanottaja: "sam@mailbox.example" <sam@mailbox.example>Lähetetty: perjantaina 27.'
        " marraskuuta 2026 klo 10.05.00 UTC+1Aihe: Interview\n " + INVITE + "\n",
        id="yahoo-fi-run-together",
    ),
    pytest.param(
        "---------- Edelleenlähetetty viesti ---------\nLähettäjä: Jana Novak <jana@hr.example>\n"
        "Päivämäärä: perjantai 27. marraskuuta 2026 klo 10.05\nAihe: Interview\n"
        "Vastaanottaja: sam@mailbox.example\n\n" + INVITE + "\n",
        id="label-the-list-lacks-inside-a-block",
    ),
]


@pytest.mark.parametrize("body", FORWARDS)
def test_the_forwarded_invitation_and_its_sender_are_read(body: str) -> None:
    result = parse_message(_forward(body))
    assert result.original_sender == "jana@hr.example"
    assert result.kind == "invitation"
    assert result.start == datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def test_an_indented_reply_is_still_no_forward() -> None:
    """Without "Fwd:" in the subject, the same attribution heads a reply's quote."""
    raw = _forward(
        "Thanks, see you then.\n\nAm 27/11/2026, 10:05 schrieb Jana <jana@hr.example>:\n\n"
        "    " + INVITE + "\n"
    ).replace(b"Subject: Fwd: Interview", b"Subject: Re: Interview")
    assert parse_message(raw).original_sender is None
