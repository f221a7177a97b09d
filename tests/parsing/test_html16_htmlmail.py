"""Shapes first met in the html16 batch (HTML-heavy interview mail without a calendar part):
a scheduler's reminder card ("Just a reminder: your interview is tomorrow", "Just a reminder
that your panel interview ...") is the reader's own booked interview and sure, while "just a
reminder" to upload documents or to send availability stays below sure; Zoom invitation text
pasted into a recruiter's Gmail-shaped HTML mail gives its stated instant in several Zoom
locales. Each case is the smallest mail of that shape; the mails are ours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(date: str, subject: str, html: str, text: str = "View this email in a browser.") -> bytes:
    return (
        "From: Hiring <jobs@vendor.example>\r\nTo: alex@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()


def _card(*blocks: str) -> str:
    cells = "".join(f"<tr><td><div>{b}</div></td></tr>" for b in blocks)
    return (
        '<html><body><div style="display:none;max-height:0;overflow:hidden">See you soon'
        f"</div><table>{cells}</table></body></html>"
    )


REMINDERS = [
    "Just a reminder: your interview for Store Associate is <b>tomorrow, Tue Mar 9 at 10:30 AM "
    "EST</b>.",
    "Just a reminder that your panel interview is <b>tomorrow, Tue Mar 9 at 10:30 AM EST</b>.",
    "Just a reminder - your phone interview is tomorrow, Tue Mar 9 at 10:30 AM EST.",
]


@settings(max_examples=12, deadline=None)
@given(sentence=st.sampled_from(REMINDERS), greeting=st.sampled_from(["Hi Alex,", "Hello,", ""]))
def test_a_schedulers_reminder_of_your_interview_is_sure(sentence: str, greeting: str) -> None:
    html = _card(greeting, sentence, "Address: 40 Harbor Rd, Newark, NJ")
    result = parse_message(
        _mail("Mon, 08 Mar 2027 09:30:00 -0500", "Reminder: your interview is tomorrow", html)
    )
    assert result.kind == "invitation"
    assert result.start == datetime(2027, 3, 9, 10, 30, tzinfo=ZoneInfo("America/New_York"))
    assert result.confidence >= 0.5


def test_just_a_reminder_about_a_deadline_is_not_sure() -> None:
    html = _card(
        "Hi Alex,",
        "Just a reminder to upload your documents by <b>Friday, March 12, 2027 at 5:00 PM "
        "EST</b> so we can keep your start date.",
    )
    result = parse_message(_mail("Mon, 08 Mar 2027 09:30:00 -0500", "Action needed", html))
    assert result.kind != "invitation" or result.confidence < 0.5


def test_just_a_reminder_to_send_availability_is_not_sure() -> None:
    html = _card(
        "Hi Alex,",
        "Just a reminder to let us know when you're free for your final interview. We have "
        "openings on Thursday, March 11, 2027 at 2:00 PM EST or later that week.",
    )
    result = parse_message(_mail("Mon, 08 Mar 2027 09:30:00 -0500", "Your availability", html))
    assert result.kind != "invitation" or result.confidence < 0.5


ZOOM_LINES = [
    ("Time:", "Mar 10, 2027 02:00 PM Pacific Time (US and Canada)", "America/Los_Angeles"),
    ("Uhrzeit:", "10.März.2027 02:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien", "Europe/Berlin"),
    ("Heure :", "10 mars 2027 02:00 PM Paris", "Europe/Paris"),
    ("Hora:", "10 mar 2027 02:00 PM Madrid", "Europe/Madrid"),
    ("Godzina:", "10 mar 2027 02:00 PM Warszawa", "Europe/Warsaw"),
]


@settings(max_examples=15, deadline=None)
@given(line=st.sampled_from(ZOOM_LINES))
def test_pasted_zoom_invitation_gives_its_instant(line: tuple[str, str, str]) -> None:
    word, when, zone = line
    html = (
        '<div dir="ltr"><div>Hi Alex, here are the details for our interview.</div>'
        "<div><br></div><div>Jordan Pike is inviting you to a scheduled Zoom meeting.</div>"
        f"<div><br></div><div>Topic: Interview Alex Morgan</div><div>{word} {when}</div>"
        '<div><br></div><div>Join Zoom Meeting</div><div><a href="https://zoom.example/j/8341">'
        "https://zoom.example/j/8341</a></div><div>Meeting ID: 834 1234 5678</div>"
        "<div>Passcode: 482913</div><div>---</div><div>One tap mobile<br>"
        "+16699006833,,83412345678#,,,,*482913# US (San Jose)</div></div>"
    )
    result = parse_message(_mail("Wed, 03 Mar 2027 10:00:00 +0000", "Interview details", html))
    assert result.start == datetime(2027, 3, 10, 14, 0, tzinfo=ZoneInfo(zone))
