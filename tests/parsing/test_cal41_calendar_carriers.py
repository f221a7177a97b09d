"""Calendars that arrive in MIME carriers written against the letter of the RFCs (cal41).

- An attached .ics whose file name is an RFC 2047 encoded-word ('=?UTF-8?B?...?=' in
  `name=`/`filename=`): RFC 2047 section 5 does not allow encoded-words in parameters, yet
  Outlook, Gmail and Thunderbird (its default `mail.strictly_mime.parm_folding`) write
  non-ASCII attachment names that way. Typed application/octet-stream, the name is all that
  tells it is a calendar.
- A forwarded message (message/rfc822) whose part is itself base64- or quoted-printable-
  encoded: RFC 2046 section 5.2.1 forbids it, but it is met in the wild (cyrus-imapd issue
  2385 sees such attachments at Fastmail; csirtg-mail-py PR 13 and mikel/mail PR 1106 fixed
  readers and writers for it).

Each mail here is our own text; the user notices whether the interview's instant, zone and
UID come through, with the confidence that sends it to the calendar.
"""

from __future__ import annotations

import base64
import quopri
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

BERLIN = ZoneInfo("Europe/Berlin")


def _calendar(uid: str, start: str, end: str, tzid: str = "Europe/Berlin") -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example//Recruiting//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20270301T090000Z",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "SEQUENCE:0",
        "SUMMARY:Vorstellungsgespräch",
        "ORGANIZER;CN=Personal:mailto:personal@firma.example",
        "ATTENDEE;RSVP=TRUE:mailto:candidate@inbox.example",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def _b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _mail(
    parts: list[bytes], *, subject: str = "Einladung", sender: str = "personal@firma.example"
) -> bytes:
    head = (
        f"From: Personal <{sender}>\r\nTo: candidate@inbox.example\r\nSubject: {subject}\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0100\r\nMessage-ID: <t@cal41.example>\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n'
    ).encode()
    body = b"".join(b"--b1\r\n" + p + b"\r\n" for p in parts) + b"--b1--\r\n"
    return head + body


TEXT = (
    b'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n'
    b"Guten Tag, anbei die Einladung.\r\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Vorstellungsgespräch.ics", "b"),
        ("Entretien d'embauche.ics", "q"),
        ("面接のご案内.ics", "b"),
        ("Zaproszenie na rozmowę.ICS", "b"),
    ],
)
def test_an_ics_named_with_an_encoded_word_is_read_as_the_calendar(name: str, text: str) -> None:
    if text == "b":
        word = "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="
    else:
        word = "=?UTF-8?Q?" + quopri.encodestring(name.encode(), header=True).decode() + "?="
    att = (
        f'Content-Type: application/octet-stream; name="{word}"\r\n'
        f'Content-Disposition: attachment; filename="{word}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + _b64(_calendar("enc-word-1@firma.example", "20270323T100000", "20270323T110000"))
    got = parse_message(_mail([TEXT, att]))
    assert got.kind == "invitation"
    assert got.start == datetime(2027, 3, 23, 10, 0, tzinfo=BERLIN)
    assert got.end == datetime(2027, 3, 23, 11, 0, tzinfo=BERLIN)
    assert got.uid == "enc-word-1@firma.example"
    assert got.method == "REQUEST"
    assert got.confidence >= 0.9


def test_an_encoded_word_name_that_is_no_calendar_stays_an_attachment() -> None:
    word = "=?UTF-8?B?" + base64.b64encode("Lebenslauf_Müller.pdf".encode()).decode() + "?="
    att = (
        f'Content-Type: application/octet-stream; name="{word}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + _b64(b"%PDF-1.4 not a calendar")
    got = parse_message(_mail([TEXT, att]))
    assert got.uid is None
    assert got.method is None


@pytest.mark.parametrize("encoding", ["base64", "quoted-printable"])
def test_a_forward_whose_message_part_is_transfer_encoded_keeps_its_calendar(encoding: str) -> None:
    inner_cal = _calendar(
        "fwd-b64-1@firma.example", "20270317T110000", "20270317T114500", "Europe/Amsterdam"
    )
    inner = (
        b"From: Werving <werving@polder.example>\r\nTo: candidate@inbox.example\r\n"
        b"Subject: Uitnodiging sollicitatiegesprek\r\nDate: Fri, 12 Mar 2027 09:00:00 +0100\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="in"\r\n\r\n'
        b'--in\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n'
        b"Woensdag 17 maart om 11.00 uur.\r\n"
        b"--in\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        + inner_cal
        + b"--in--\r\n"
    )
    if encoding == "base64":
        body = _b64(inner)
    else:  # a QP writer keeps the line breaks as line breaks
        body = quopri.encodestring(inner.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")
    att = (
        f"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: {encoding}\r\n"
        'Content-Disposition: attachment; filename="Uitnodiging.eml"\r\n\r\n'
    ).encode() + body
    note = b'Content-Type: text/plain; charset="utf-8"\r\n\r\nKun je deze toevoegen?\r\n'
    raw = _mail(
        [note, att], subject="FW: Uitnodiging sollicitatiegesprek", sender="candidate@inbox.example"
    )
    got = parse_message(raw)
    assert got.kind == "invitation"
    assert got.start == datetime(2027, 3, 17, 11, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert got.end == datetime(2027, 3, 17, 11, 45, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert got.timezone == "Europe/Amsterdam"
    assert got.uid == "fwd-b64-1@firma.example"
    assert got.original_sender == "werving@polder.example"


def _booking(dtstart: str, dtend: str, method: str | None, body: str, subject: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Example//Booking//EN", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [
        "BEGIN:VEVENT",
        "UID:zone-note-1@example.org",
        "DTSTAMP:20270901T090000Z",
        dtstart,
        dtend,
        "SUMMARY:Trial session - Swim Coach",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    cal = ("\r\n".join(lines) + "\r\n").encode()
    text = f'Content-Type: text/plain; charset="utf-8"\r\n\r\n{body}\r\n'.encode()
    att = b'Content-Type: text/calendar; charset=utf-8; name="event.ics"\r\n\r\n' + cal
    return _mail([text, att], subject=subject, sender="coach@pool.example")


@pytest.mark.parametrize(
    ("dtstart", "dtend", "method"),
    [
        (
            "DTSTART;TZID=Australia/Melbourne:20271005T173000",
            "DTEND;TZID=Australia/Melbourne:20271005T180000",
            None,
        ),
        ("DTSTART:20271005T063000Z", "DTEND:20271005T070000Z", "PUBLISH"),
        ("DTSTART;VALUE=DATE:20271005", "DTEND;VALUE=DATE:20271007", "REQUEST"),
    ],
)
def test_a_calendar_that_fixes_the_instant_is_not_said_to_state_no_zone(
    dtstart: str, dtend: str, method: str | None
) -> None:
    """The mail's own words give no zone, but the calendar part does (or is all-day): the
    notes the text reading adds when it sends the file to review must not claim otherwise."""
    raw = _booking(
        dtstart,
        dtend,
        method,
        "Your trial coaching session is on Tuesday 5 October at 5:30pm.",
        "Your trial session",
    )
    got = parse_message(raw)
    assert got.start is not None
    assert not any(note.startswith("no time zone stated") for note in got.warnings)
