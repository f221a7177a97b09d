# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""HTML invitations from scheduling tools whose hour is hard to read (html79).

Why, one rule each (each fixes an existing reader, no new mechanism):
- An hour set in big digits across inline spans ("<span>08</span><span>:</span><span>30</span>",
  as JOIN-, ModernLoop- and GoodTime-style mail do) came out as "08: 30" and was lost: the
  spans are kept apart only after a label's colon ("WHEN:</span><span>Tue"), not after a colon
  alone in its span (text._SPANS_APART).
- A scheduler's card ("WED" / "10" / "MARCH" / "30 Minute Recruiter Screen" / "10:00am -
  10:30am") is read as one joined line; that line was not found in the text, so the
  sentence above it ("A new event has been scheduled with ...") never tied the time to a
  meeting and a sure booking sank to 0.45 (parser._time_called_a_meeting).
Controls: a label and its value in spans back to back still stay apart.

Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing.text import html_to_text
from tests.parsing.mailkit import assert_sure_at

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"


def _html_mail(subject: str, html: str, sender: str, plain: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = TO
    message["Date"] = DATE
    message["Subject"] = subject
    if plain is None:
        message.set_content(html, subtype="html")
    else:
        message.set_content(plain)
        message.add_alternative(html, subtype="html")
    return bytes(message)


def _spans(h: int, m: int) -> str:
    return f"<span>{h:02d}</span><span>:</span><span>{m:02d}</span>"


SPLIT_HOURS = {
    "de_join": ("Ihr Gesprächstermin steht fest",
                "<p>Hallo Alex,</p><p>Adler Holzbau lädt Sie zum Vorstellungsgespräch ein:</p><p style='font-size:20px'><b>Donnerstag, 11. März</b><br>{t} Uhr</p>",
                "Stellenportal <noreply@portal.example.de>"),
    "nl_loop": ("Je interview is ingepland",
                "<p>Hoi Alex,</p><p>Je sollicitatiegesprek bij Duinzicht Software is bevestigd.</p><p><b>donderdag 11 maart</b><br>{t} (Amsterdam)</p>",
                "Duinzicht Talent <talent@duinzicht.example.nl>"),
    "en_itinerary": ("Your interview itinerary",
                     "<p>Hi Alex,</p><p>Here is your interview itinerary for the Analyst role.</p><table><tr><td><b>Thursday, March 11, 2027</b></td></tr><tr><td>{t}</td><td>Interview with the hiring manager</td></tr></table>",
                     "Kestrel Bank Recruiting <jobs@kestrel.example.com>"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "h", "m"), [("de_join", 8, 30), ("nl_loop", 14, 45), ("en_itinerary", 10, 15)]
)
def test_an_hour_split_across_spans_is_read(name: str, h: int, m: int) -> None:
    subject, body, sender = SPLIT_HOURS[name]
    raw = _html_mail(
        subject, body.format(t=_spans(h, m)), sender, plain="Diese E-Mail im Browser ansehen"
    )
    assert_sure_at(raw, f"2027-03-11T{h:02d}:{m:02d}")


def test_split_hour_becomes_one_clock_and_labels_stay_apart() -> None:
    assert "08:30" in html_to_text("<p>" + _spans(8, 30) + " Uhr</p>")
    assert "WHEN: Tue" in html_to_text("<p><span>WHEN:</span><span>Tue, Mar 9</span></p>")


CARD = (
    "<p>Hi Alex Morgan,</p><p>A new event has been scheduled with Rosa Lind (Fernway Health).</p>"
    "<table width='100%'><tr><td style='font-size:14px'><div>THU</div><div style='font-size:40px'>11</div><div>MARCH</div></td>"
    "<td><div><b>30 Minute Recruiter Screen</b></div><div><span>{a}</span> - <span>{b}</span></div><div>Central European Time</div></td></tr></table>"
)


@pytest.mark.parametrize(
    ("a", "b", "start"),
    [("9:00am", "9:30am", "2027-03-11T09:00"), ("3:30pm", "4:00pm", "2027-03-11T15:30")],
)
def test_a_scheduler_card_is_tied_to_the_sentence_above(a: str, b: str, start: str) -> None:
    raw = _html_mail(
        "New Event: Alex Morgan - 30 Minute Recruiter Screen",
        CARD.format(a=a, b=b),
        "Scheduler <notifications@scheduler.example.com>",
    )
    assert_sure_at(raw, start)
