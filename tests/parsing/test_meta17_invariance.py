"""Invariants found with tests/bench/bench_invariance.py: what a sender or a client adds around
an invitation (a signature with a phone number and office hours, a transfer encoding, a charset,
line ends) must not change the kind, the slot or the zone the parser reads."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP, default

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

INVITATION = (
    "Hello Robin,\n\n"
    "Thank you for applying to Harbourline Example. We would like to invite you to an interview"
    " on Thursday 14 January 2027 at 10:30 (CET) at our Lyon office.\n\n"
    "Please confirm that this time works for you.\n\nBest regards,\nMika Sorensen"
)
REJECTION = (
    "Hello Robin,\n\n"
    "Thank you for your interest in the Data Analyst role at Harbourline Example. After careful"
    " review we have decided not to move forward with your application.\n\n"
    "We wish you every success,\nMika Sorensen"
)
SIGNATURES = [
    "Mika Sorensen\nTalent Partner\nPhone: +33 4 78 00 00 00\nOffice hours: Mon-Thu 9:00-17:30",
    "Mika Sorensen | Recrutement\nTél. : +33 4 78 00 00 00\n"
    "Joignable du lundi au vendredi, 8h30-18h",
    "Mika Sorensen\nMobile +49 30 1234567\nSprechzeiten: Di und Do 10:00-12:00 Uhr",
]


def _mail(
    body: str, cte: str = "quoted-printable", charset: str = "utf-8", crlf: bool = False
) -> bytes:
    message = EmailMessage()
    message["From"] = "Mika Sorensen <mika@harbourline.example>"
    message["To"] = "Robin Vale <robin@mailbox.example>"
    message["Subject"] = "Interview / Harbourline Example"
    message["Date"] = "Mon, 4 Jan 2027 09:12:00 +0100"
    message.set_content(body, cte=cte, charset=charset)
    return message.as_bytes(policy=SMTP if crlf else default)


def _answer(raw: bytes) -> tuple[object, ...]:
    parsed = parse_message(raw)
    return (parsed.kind, parsed.start, parsed.end, parsed.timezone)


def test_invitation_is_read() -> None:
    kind, start, _end, _zone = _answer(_mail(INVITATION))
    assert kind == "invitation"
    assert start is not None
    assert (start.hour, start.minute, start.utcoffset().total_seconds()) == (10, 30, 3600)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    signature=st.sampled_from(SIGNATURES),
    hours=st.tuples(st.integers(6, 11), st.integers(13, 20)),
    body=st.sampled_from([INVITATION, REJECTION]),
)
def test_signature_with_office_hours_changes_nothing(
    signature: str, hours: tuple[int, int], body: str
) -> None:
    """Hours under the "-- " delimiter are when the sender can be reached: no meeting, and
    not a reason to call a rejection an invitation."""
    extra = f"{signature}\nOffice hours: Fri {hours[0]}:00-{hours[1]}:15"
    signed = f"{body}\n\n-- \n{extra}\n"
    assert _answer(_mail(signed)) == _answer(_mail(body))


def test_signature_ends_where_a_forward_begins() -> None:
    """A forwarder's signature above the forwarded block hides nothing of the message."""
    forwarded = (
        "Can you add this to my calendar?\n\n-- \nRobin Vale\n+44 20 7946 0000\n\n"
        "---------- Forwarded message ---------\n"
        "From: Mika Sorensen <mika@harbourline.example>\n"
        "Date: Mon, 4 Jan 2027 at 09:12\n"
        "Subject: Interview / Harbourline Example\n"
        "To: Robin Vale <robin@mailbox.example>\n\n" + INVITATION
    )
    message = EmailMessage()
    message["From"] = "Robin Vale <robin@mailbox.example>"
    message["To"] = "in@afterview.example"
    message["Subject"] = "Fwd: Interview / Harbourline Example"
    message["Date"] = "Mon, 4 Jan 2027 11:40:00 +0100"
    message.set_content(forwarded)
    kind, start, _end, _zone = _answer(message.as_bytes())
    assert kind == "invitation"
    assert start is not None
    assert (start.day, start.hour, start.minute) == (14, 10, 30)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cte=st.sampled_from(["quoted-printable", "base64", "8bit"]),
    charset=st.sampled_from(["utf-8", "windows-1252", "iso-8859-1"]),
    crlf=st.booleans(),
)
def test_encoding_charset_and_line_ends_change_nothing(cte: str, charset: str, crlf: bool) -> None:
    assert _answer(_mail(INVITATION, cte, charset, crlf)) == _answer(_mail(INVITATION))
