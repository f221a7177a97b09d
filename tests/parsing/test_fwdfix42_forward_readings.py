"""A mail and the same mail forwarded read alike: what a forward adds (an HTML alternative, a
header block, the user's address on the outer mail) is no evidence about the interview.

Hand-written mails in several languages, each read directly and through the wrappers of
tests/parsing/wrappers.py; the slot, the kind and the confidence must match.
"""

from __future__ import annotations

from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail
from tests.parsing.wrappers import Wrapper

# Plain-text invitations without a zone (the sender's is assumed): their confidence sits near
# the 0.5 line, where a small shift changes whether the mail is claimed.
PLAIN = [
    (
        "Entretien",
        "Bonjour Sam,\n\nComme convenu, on se voit le jeudi 21 mai à 14h30 pour un entretien"
        " avec l'équipe.\n\nCordialement,\nClaire",
        "Claire Vautrin <claire@agence-lumen.example>",
        "Mon, 18 May 2026 09:12:00 +0200",
    ),
    (
        "Gesprek",
        "Hoi Sam,\n\nZullen we overmorgen om kwart over 10 het gesprek doen?\n\nGroet,\nDaan",
        "Daan Visser <daan@tulpwerk.example>",
        "Mon, 07 Dec 2026 15:40:00 +0100",
    ),
    (
        "Interview",
        "Hi Sam,\n\nWe'd like to meet you for an interview on Thursday 11 June at 3pm.\n\n"
        "Best,\nRita",
        "Rita Oyelaran <rita@northfold.example>",
        "Mon, 08 Jun 2026 10:00:00 +0100",
    ),
]


def _with_html(raw: bytes) -> bytes:
    """The same mail sent as plain text with an HTML alternative of the same words."""
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    body = message.get_content()
    html = "<div>" + body.replace("\n", "<br>\n") + "</div>"
    message.add_alternative(html, subtype="html")
    return bytes(message)


def _reading(raw: bytes) -> tuple[object, ...]:
    parsed = parse_message(raw)
    return (parsed.kind, parsed.start, parsed.end, round(parsed.confidence, 3))


@pytest.mark.parametrize(("subject", "body", "sender", "date"), PLAIN)
@pytest.mark.parametrize("client", ["gmail", "outlook", "apple", "thunderbird"])
def test_a_forward_of_a_plain_mail_is_no_surer(
    subject: str, body: str, sender: str, date: str, client: str
) -> None:
    """Gmail, Outlook, Apple Mail and Thunderbird add an HTML alternative to the forward: the
    time read again there is the same words, not a second source agreeing."""
    raw = plain_mail(
        subject, body, sender=sender, to="Sam Lee <sam.lee@mailbox.example>", date=date
    )
    forwarded = Wrapper(client, "en", note="none")(raw)
    assert forwarded is not None
    assert _reading(forwarded) == _reading(raw)


@pytest.mark.parametrize(("subject", "body", "sender", "date"), PLAIN)
def test_an_html_alternative_adds_no_confidence(
    subject: str, body: str, sender: str, date: str
) -> None:
    raw = plain_mail(
        subject, body, sender=sender, to="Sam Lee <sam.lee@mailbox.example>", date=date
    )
    assert _reading(_with_html(raw)) == _reading(raw)


# The day only in the subject, the hour only in the text: a forward keeps the mail's subject
# (the header block repeats it, the outer one adds "Fwd:"), so the two still pair.
SUBJECT_DAY = [
    (
        "Zajtra",
        "Dobrý deň,\n\nlen potvrdzujem pohovor o 9:00, recepcia na prízemí.\n\nZuzana",
        "Zuzana Horváthová <zuzana@tatrasoft.example.sk>",
        "Wed, 13 Jan 2027 17:20:00 +0100",
    ),
    (
        "Interview Thursday 11 February",
        "Hi Sam,\n\nJust confirming 2pm with the team, reception on the ground floor.\n\nRita",
        "Rita Oyelaran <rita@northfold.example>",
        "Mon, 08 Feb 2027 10:00:00 +0000",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "date"), SUBJECT_DAY)
@pytest.mark.parametrize("client", ["gmail", "outlook", "thunderbird", "quoted"])
def test_a_day_in_the_subject_still_pairs_once_forwarded(
    subject: str, body: str, sender: str, date: str, client: str
) -> None:
    raw = plain_mail(
        subject, body, sender=sender, to="Sam Lee <sam.lee@mailbox.example>", date=date
    )
    direct = parse_message(raw)
    assert direct.start is not None
    forwarded = Wrapper(client, "en", note="none")(raw)
    assert forwarded is not None
    assert parse_message(forwarded).start == direct.start


# Written to a name outside ASCII: the forwarded block's To line may keep it MIME-encoded
# ("To: =?utf-8?q?Miriam_=C3=96zdemir?= <…>"), as the wrappers' does; the greeting still
# greets the reader, not someone else.
ACCENTED_READER = [
    (
        "Miriam Özdemir <miriam.oezdemir@web.example>",
        "Unser Gespräch",
        "Hallo Frau Özdemir,\n\nhiermit bestätige ich unser Gespräch am Dienstag, 15.09., um"
        " 10 Uhr.\n\nBeste Grüße\nJens Hartmann",
        "Jens Hartmann <j.hartmann@nordlicht.example>",
        "Thu, 10 Sep 2026 12:05:00 +0200",
    ),
    (
        "Begoña Ibáñez <begona.ibanez@correo.example>",
        "Entrevista",
        "Hola Begoña:\n\nTe confirmo la entrevista el jueves 17 de septiembre a las 11:00 en"
        " nuestra oficina.\n\nUn saludo,\nMarta Ruiz",
        "Marta Ruiz <marta@olivar.example>",
        "Mon, 14 Sep 2026 09:30:00 +0200",
    ),
]


@pytest.mark.parametrize(("to", "subject", "body", "sender", "date"), ACCENTED_READER)
@pytest.mark.parametrize("client", ["gmail", "outlook", "thunderbird", "apple"])
def test_an_encoded_name_in_the_forwarded_block_is_the_reader(
    to: str, subject: str, body: str, sender: str, date: str, client: str
) -> None:
    raw = plain_mail(subject, body, sender=sender, to=to, date=date)
    forwarded = Wrapper(client, "en", note="none")(raw)
    assert forwarded is not None
    assert b"=?utf-8?" in forwarded.replace(b"=3D", b"=")  # the block keeps the encoding
    assert _reading(forwarded) == _reading(raw)
