"""The screen weighs the alternative that carries the slot.

Booking tools and ATS templates often send a plain part that only points to the HTML ("the
details are in the table below") while the HTML holds the table with the date and time. The
screen must read the table's text, not the pointer: the pointer alone says nothing of what
kind of mail it is.
"""

from __future__ import annotations

from email.message import EmailMessage

from service.parsing import parse_message
from service.parsing.parser import UNLIKE_INVITATIONS_NOTE, wording

POINTER = (
    "Dear Alex,\n\nthank you for your application to Northwind Analytics. Our hiring team has "
    "looked at your profile and we are glad to move forward with you. You will find the "
    "arrangements for the next step in the overview below; please read it carefully and let "
    "us know by replying to this message if anything needs to change.\n\nKind regards,\n"
    "Sam Keller\nTalent Acquisition"
)
TABLE = (
    "<html><body><p>Dear Alex,</p><p>thank you for your application to Northwind Analytics. "
    "We would like to invite you to an interview for the Data Analyst position.</p>"
    "<table><tr><th>What</th><td>Interview with Sam Keller and the analytics team</td></tr>"
    "<tr><th>Date</th><td>Thursday, 12 November 2026</td></tr>"
    "<tr><th>Time</th><td>10:30 - 11:15 (CET)</td></tr>"
    "<tr><th>Place</th><td>Hohenzollernring 12, Cologne</td></tr></table>"
    "<p>Kind regards,<br>Sam Keller<br>Talent Acquisition</p></body></html>"
)


def _mail(plain: str, html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Sam Keller <sam.keller@northwind-analytics.example>"
    message["To"] = "Alex Morgan <alex.morgan@example.com>"
    message["Date"] = "Mon, 2 Nov 2026 09:00:00 +0100"
    message["Subject"] = "Your application: next step"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message.as_bytes()


def test_the_screen_reads_the_table_when_the_plain_part_only_points_to_it() -> None:
    text = wording(_mail(POINTER, TABLE))
    assert "10:30" in text
    assert "invite you to an interview" in text


def test_the_screen_reads_the_plain_part_when_it_gives_the_slot_itself() -> None:
    plain = POINTER.replace("in the overview below", "on Thursday 12 November at 10:30 (CET)")
    text = wording(_mail(plain, TABLE))
    assert "on Thursday 12 November at 10:30" in text
    assert "invite you to an interview" not in text


def test_an_invitation_whose_slot_is_only_in_the_table_reads_as_one() -> None:
    # the wording checks read the table's text too: "invite you to an interview" is there,
    # not in the plain pointer (before, this was "mentions a time but does not read as an
    # invitation")
    got = parse_message(_mail(POINTER, TABLE))
    assert got.kind == "invitation"
    assert got.start is not None
    assert got.start.isoformat() == "2026-11-12T10:30:00+01:00"
    assert UNLIKE_INVITATIONS_NOTE not in got.warnings
