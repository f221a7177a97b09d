"""Mail whose greeting is for someone else sets no interview for the reader, however sure its time.

Shown in several languages, in mail written for these tests: an internal panel note greeting two
colleagues by name, a planning mail greeting one, a bank and a clinic writing to a customer or
patient. Controls in the same voices greet the reader (by first name, by surname with a title,
by a Polish vocative that changes the name's ending, as "Dear Candidate") and stay sure; a
group greeting tells nothing (a list's call the user forwards is theirs to add), and a forward
is read against the To line of its header block, not the user who passed it on.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.lookalikes import addressed_elsewhere, reader_tokens
from tests.parsing.mailkit import bare_mail

SURE = 0.5


def _mail(body: str, *, subject: str = "Thursday", to: str = "Kit Moreau") -> bytes:
    return bare_mail(
        subject,
        body,
        sender="Hana Ruiz <hana.ruiz@larkspur-works.example>",
        to=f"{to} <kit.moreau@inbox.example>",
        date="Mon, 09 Nov 2026 09:15:00 +0100",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Hi Tom, hi Ines,\r\n\r\nPriya Nair is confirmed for Thursday 12 Nov at 3pm (45 mins) in "
        "the Blue Room. Tom, could you take the SQL questions?\r\n\r\nHana",
        "Hoi Ruud,\r\n\r\nSanne de Boer komt donderdag 12 november om 14:00 voor het tweede "
        "gesprek. Kun jij de casus voorbereiden?\r\n\r\nGroet,\r\nHana",
        "Dear Customer,\r\n\r\nYour appointment with your Relationship Manager is confirmed at "
        "4:00 PM on 12 Nov 2026 at our Park Street branch.\r\n",
        "Estimado paciente:\r\n\r\nLe recordamos su cita con la Dra. Gil el jueves 12 de "
        "noviembre a las 16:30.\r\n",
    ],
)
def test_a_mail_greeting_others_is_not_sure(body: str) -> None:
    result = parse_message(_mail(body))
    assert result.kind not in {"invitation", "reschedule"} or result.confidence < SURE, result


@pytest.mark.parametrize(
    ("body", "to", "start"),
    [
        (
            "Hi Kit,\r\n\r\nYour interview is confirmed for Thursday 12 Nov at 3pm (45 mins) "
            "with Tom and Ines in the Blue Room.\r\n\r\nHana",
            "Kit Moreau",
            "2026-11-12T15:00",
        ),
        (
            "Sehr geehrter Herr Moreau,\r\n\r\nwir laden Sie zu einem Vorstellungsgespräch am "
            "Donnerstag, 12.11.2026 um 14:00 Uhr ein.\r\n\r\nHana Ruiz",
            "Kit Moreau",
            "2026-11-12T14:00",
        ),
        (
            "Dzień dobry Pani Anno,\r\n\r\nzapraszam na rozmowę rekrutacyjną.\r\n\r\nTermin: "
            "12.11.2026 (czwartek), godz. 10:00–11:00",
            "Anna Kowalska",
            "2026-11-12T10:00",
        ),
        (
            "Dear Candidate,\r\n\r\nWe are pleased to invite you to an interview on Thursday 12 "
            "November 2026 at 10:00 at our office.\r\n",
            "Kit Moreau",
            "2026-11-12T10:00",
        ),
    ],
)
def test_a_mail_greeting_the_reader_stays_sure(body: str, to: str, start: str) -> None:
    result = parse_message(_mail(body, to=to))
    assert result.kind == "invitation", result
    assert result.start is not None, result
    assert result.start.isoformat().startswith(start), result
    assert result.confidence >= SURE, result


def test_greetings_read() -> None:
    kit = reader_tokens("Kit Moreau <kit@inbox.example>")
    assert addressed_elsewhere("Hi Tom, hi Ines,\n\nText", kit) is not None
    assert addressed_elsewhere("Hi there, thanks for applying", kit) is None
    assert addressed_elsewhere("Hi Kit, Tom,\n", kit) is None
    assert (
        addressed_elsewhere(
            "Dzień dobry Panie Kacprze,", reader_tokens("Nowak, Kacper <kn@x.example>")
        )
        is None
    )
    # without a name for the reader, only customers and patients are told
    assert addressed_elsewhere("Hi Tom,", reader_tokens("jdoe@inbox.example")) is None
    assert addressed_elsewhere("Hi Ada,", reader_tokens("ada.byron@inbox.example")) is None
    assert addressed_elsewhere("Dear Parents and Carers,", frozenset()) is not None
    # a group is no name, and no sign either way
    assert addressed_elsewhere("Hallo Team,", kit) is None
    assert addressed_elsewhere("Hi all,", kit) is None


def test_a_forward_is_read_against_its_blocks_to_line() -> None:
    body = (
        "FYI\r\n\r\n---------- Forwarded message ---------\r\nFrom: Hana Ruiz "
        "<hana.ruiz@larkspur-works.example>\r\nDate: Mon, Nov 9, 2026 at 9:15 AM\r\n"
        "Subject: Panel\r\nTo: {to}\r\n\r\nHi Tom, hi Ines,\r\n\r\nPriya Nair is "
        "confirmed for her interview on Thursday 12 Nov at 3pm in the Blue Room.\r\n"
    )
    raw = (
        "From: Sam Lee <sam.lee@mailbox.example>\r\nTo: in@afterview.example\r\n"
        "Subject: Fwd: Panel\r\nDate: Mon, 09 Nov 2026 10:15:00 +0100\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    others = parse_message(
        (raw + body.format(to="Tom Barker <tom@larkspur-works.example>")).encode()
    )
    assert not any("greets someone else" in warning for warning in others.warnings)
    mine = parse_message((raw + body.format(to="Kit Moreau <kit@inbox.example>")).encode())
    assert any("greets someone else" in warning for warning in mine.warnings), mine.warnings
