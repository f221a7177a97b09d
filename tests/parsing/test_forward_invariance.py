"""Forwarding never changes what an invitation says: whichever client forwards it (inline as
Gmail or Outlook write it, or attached whole), the start read is the one read from the
original, and the original's sender stays its sender."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.parser import html_to_text

ORIGINALS = [
    (
        "Emily Carter <emily@brightpath.example.co.uk>",
        "Interview",
        "Mon, 30 Nov 2026 09:00:00 +0000",
        "Hi Sam,\n\nWould you be free for an interview on Thursday 10 December at half past two?\n"
        "It will be at our London office.\n\nEmily",
        False,
    ),
    (
        "Lena Vogt <lena@kessler.example.de>",
        "Einladung zum Vorstellungsgespräch",
        "Mon, 30 Nov 2026 09:00:00 +0100",
        "Hallo Herr Lee,\n\nwir laden Sie am Donnerstag, 10.12.2026 um 14:30 Uhr zum"
        " Gespräch ein.\n"
        "Dauer: 45 Minuten.\n\nViele Grüße\nLena Vogt",
        False,
    ),
    (
        "Lucía Pérez <lucia@grupo.example.es>",
        "Entrevista",
        "Mon, 30 Nov 2026 17:04:00 +0100",
        "<p>Hola Sam:</p><p>Te convocamos a una entrevista.</p><table><tr><td>Fecha</td>"
        "<td>jueves, 10 de diciembre de 2026</td></tr><tr><td>Hora</td>"
        "<td>11:30 - 12:15 (hora de Madrid)</td></tr></table>",
        True,
    ),
    (
        "Zuzana <zuzana@firma.example.sk>",
        "Re: Pohovor",
        "Wed, 09 Sep 2026 15:03:00 +0200",
        "Dobrý deň Alex,\n\npohovor presúvame na utorok 15. 9. o 13:00, rovnaké miesto.\n\n"
        "Dňa 07.09.2026, 11:48 Zuzana napísal(a):\n> Máte naplánované stretnutie na 14.09.2026,"
        " 09:30\n",
        False,
    ),
    (
        "Priya Nair <priya@cloudwave.example.in>",
        "Technical round",
        "Mon, 30 Nov 2026 16:15:00 +0530",
        "Hi Sam,\n\nYour technical round is scheduled for Wednesday, 9 Dec at 11:30 AM IST on"
        " Google Meet.\n\nRegards,\nPriya",
        False,
    ),
]


def _original(sender: str, subject: str, date: str, body: str, is_html: bool) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"] = sender, "Sam Lee <sam.lee@mailbox.example>"
    message["Subject"], message["Date"] = subject, date
    if is_html:
        message.set_content(html_to_text(body))
        message.add_alternative(body, subtype="html")
    else:
        message.set_content(body)
    return message


def _forwarded(original: EmailMessage, style: str) -> bytes:
    outer = EmailMessage()
    outer["From"], outer["To"] = "Sam Lee <sam.lee@mailbox.example>", "in@afterview.example"
    outer["Date"] = original["Date"]
    plain_part = original.get_body(("plain",))
    assert plain_part is not None
    text = plain_part.get_content()
    if style == "attached":
        outer["Subject"] = f"Fwd: {original['Subject']}"
        outer.set_content("see attached")
        outer.add_attachment(original)
        return outer.as_bytes()
    if style == "gmail":
        outer["Subject"] = f"Fwd: {original['Subject']}"
        head = "---------- Forwarded message ---------\nFrom: {f}\nDate: {d}\n"
        head += "Subject: {s}\nTo: {t}\n\n"
    else:
        outer["Subject"] = f"FW: {original['Subject']}"
        head = "\n________________________________\nFrom: {f}\nSent: {d}\nTo: {t}\nSubject: {s}\n\n"
    header = head.format(
        f=original["From"], d=original["Date"], s=original["Subject"], t=original["To"]
    )
    outer.set_content("fyi\n\n" + header + text)
    return outer.as_bytes()


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ORIGINALS), st.sampled_from(["gmail", "outlook", "attached"]))
def test_forwarding_keeps_the_start_and_the_sender(
    original: tuple[str, str, str, str, bool], style: str
) -> None:
    message = _original(*original)
    direct = parse_message(message.as_bytes())
    assert direct.start is not None
    forwarded = parse_message(_forwarded(message, style))
    assert forwarded.start == direct.start
    assert forwarded.original_sender == message["From"].addresses[0].addr_spec


@pytest.mark.parametrize("original", ORIGINALS, ids=[item[1] for item in ORIGINALS])
def test_each_original_is_read_directly(original: tuple[str, str, str, str, bool]) -> None:
    assert parse_message(_original(*original).as_bytes()).start is not None
