"""The HTML alternative read alone must give the answer its plain twin gives: the forwarder's
note above a relayed invitation ("moved to Friday 10:00") wins in HTML as in plain text, and a
zone an HTML card breaks onto its own line under the time ("13:00 – 13:45<br>Central European
Time - Berlin") still names the time's zone. Found with tests/bench/bench_invariance.py
(html_only)."""

from __future__ import annotations

import html
from datetime import date, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

NOTE = "Heads-up: it was moved by phone to Friday 5 March at 10:00 (same time zone). Please add it."
FORWARDED = (
    "---------- Forwarded message ---------\n"
    "From: Ines Marchetti <ines@lanterna.example>\n"
    "Subject: Interview with Lanterna\n"
    "Date: Mon, 1 Mar 2027 at 09:10\n"
    "To: Robin Vale <robin@mailbox.example>\n\n"
    "Hello Robin,\n\n"
    "We would like to meet you on Thursday 4 March 2027 at 15:00 CET for a one-hour interview"
    " with the analytics team.\n\nKind regards,\nInes"
)
CARD = (
    "<table role='presentation'><tr><td><h2>Interview: Data Analyst at Lanterna</h2></td></tr>"
    "<tr><td>Tuesday 9 March 2027 &#8901; 13:00 – 13:45<br>Central European Time - Berlin</td></tr>"
    "<tr><td><a href='https://meet.example/abc'>Join the video call</a><br>meet.example/abc</td>"
    "</tr><tr><td><b>Organiser</b><br>Ines Marchetti<br>ines@lanterna.example</td></tr>"
    "<tr><td><b>Guests</b><br>Ines Marchetti<br>robin@mailbox.example</td></tr></table>"
)


def _html(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "".join("<p>" + html.escape(part).replace("\n", "<br>") + "</p>" for part in paragraphs)


def _mail(subject: str, plain: str | None, rich: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Robin Vale <robin.vale@mailbox.example>"
    message["To"] = "Robin Vale <robin@mailbox.example>"
    message["Subject"] = subject
    message["Date"] = "Tue, 2 Mar 2027 08:30:00 +0000"
    if plain is not None:
        message.set_content(plain)
        message.add_alternative(rich, subtype="html")
    else:
        message.set_content(rich, subtype="html")
    return message.as_bytes()


@pytest.mark.parametrize("with_plain", [True, False])
def test_forwarders_moved_time_wins_in_html_as_in_plain(with_plain: bool) -> None:
    plain = f"{NOTE}\n\n{FORWARDED}"
    rich = f"<div>{html.escape(NOTE)}</div><br><div class='gmail_quote'>{_html(FORWARDED)}</div>"
    parsed = parse_message(
        _mail("Fwd: Interview with Lanterna", plain if with_plain else None, rich)
    )
    assert parsed.start is not None
    # the forwarder's Friday 10:00, not the relayed Thursday 15:00
    assert (parsed.start.date(), parsed.start.hour) == (date(2027, 3, 5), 10)


def test_zone_on_the_line_under_an_html_time_is_kept() -> None:
    parsed = parse_message(_mail("Invitation: Interview with Lanterna", None, CARD))
    assert parsed.start == datetime(2027, 3, 9, 13, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert parsed.timezone is not None
    assert parsed.timezone.startswith("Europe/")


ASK = (
    "Hi Alex,\n\nHere is the video link for our first chat. Could you send me two or three slots"
    " that suit you next week? I will then confirm one.\n\nThanks,\n\n"
)
SIGNATURE = (
    "Harriet Clough\nRecruitment Partner, Ellison Example\nOffice hours: Mon–Thu 08:30–17:00"
)


@pytest.mark.parametrize("with_plain", [True, False])
def test_office_hours_in_a_signature_the_html_marks_are_no_meeting(with_plain: bool) -> None:
    # Outlook writes no "-- " in the plain part; only the HTML marks the signature block
    rich = f"{_html(ASK)}<div id='Signature'>{_html(SIGNATURE)}</div>"
    plain = ASK + SIGNATURE + "\n"
    parsed = parse_message(_mail("Our first chat", plain if with_plain else None, rich))
    assert parsed.start is None
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
