"""A mail forwarded as an attachment (message/rfc822, Outlook's "Forward as attachment", an .eml
dropped into a new mail) must read as the same mail read directly: the attached message's own
inline forward dates its relative days, its own writer names the zone, and its own reply
subject and quotes count as they would had it arrived itself."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import compat32, default
from email.utils import format_datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

USER = "Robin Vale <robin@mailbox.example>"


def _inline_forward(written: datetime, forwarded: datetime, day_word: str, hour: int) -> bytes:
    """A Gmail-style inline forward by the user of a recruiter's mail that says a relative day."""
    message = EmailMessage()
    message["From"] = USER
    message["To"] = "Sam Vale <sam@mailbox.example>"
    message["Subject"] = "Fwd: Interview at Quillmere Example"
    message["Date"] = format_datetime(forwarded)
    stamp = written.strftime("%a, %b %-d, %Y at %-I:%M %p")
    message.set_content(
        "FYI\n\n---------- Forwarded message ---------\n"
        "From: Ines Okafor <ines.okafor@quillmere.example>\n"
        f"Date: {stamp}\n"
        "Subject: Interview at Quillmere Example\n"
        f"To: {USER}\n\n"
        "Hello Robin,\n\n"
        f"Could we meet {day_word} at {hour}:00 for your interview for the analyst role?\n"
        "Please confirm that this time works for you.\n\n"
        "Best regards,\nInes Okafor\n"
    )
    return message.as_bytes(policy=default)


def _attached(raw: bytes, sent: datetime) -> bytes:
    """The user's mail that carries raw whole as an attachment."""
    message = EmailMessage()
    message["From"] = USER
    message["To"] = "invites@afterview.example"
    message["Subject"] = "Fwd: Interview at Quillmere Example"
    message["Date"] = format_datetime(sent)
    message.set_content("see attached")
    message.make_mixed()
    part = Message()
    part.set_type("message/rfc822")
    part.add_header("Content-Disposition", "attachment", filename="invitation.eml")
    part.set_payload([BytesParser(policy=compat32).parsebytes(raw)])
    message.attach(part)  # type: ignore[arg-type]
    return message.as_bytes(policy=default)


def _answer(raw: bytes) -> tuple[object, ...]:
    parsed = parse_message(raw)
    return (parsed.kind, parsed.start, parsed.end, parsed.timezone)


WRITTEN = datetime.fromisoformat("2027-03-12T09:00:00-05:00")  # a Friday


def test_relative_day_counts_from_the_inline_forward_inside_the_attachment() -> None:
    forwarded = WRITTEN + timedelta(days=3)
    inner = _inline_forward(WRITTEN, forwarded, "tomorrow", 2)
    direct = parse_message(inner)
    through = parse_message(_attached(inner, forwarded + timedelta(hours=26)))
    assert direct.start is not None
    assert direct.start.date().isoformat() == "2027-03-13"
    assert _answer(_attached(inner, forwarded + timedelta(hours=26))) == _answer(inner)
    # who wrote the invitation is still known; who passed it on is the user
    assert through.original_sender == "ines.okafor@quillmere.example"
    assert through.sender == "robin@mailbox.example"


def test_plain_message_attached_keeps_its_writer_and_id() -> None:
    message = EmailMessage()
    message["From"] = "Ines Okafor <ines.okafor@quillmere.example>"
    message["To"] = USER
    message["Subject"] = "Interview at Quillmere Example"
    message["Date"] = format_datetime(WRITTEN)
    message["Message-ID"] = "<inner.1@quillmere.example>"
    message.set_content(
        "Hello Robin,\n\nWe would like to invite you to an interview on Tuesday 16 March 2027"
        " at 10:30 at our office.\n\nBest regards,\nInes Okafor\n"
    )
    inner = message.as_bytes(policy=default)
    through = parse_message(_attached(inner, WRITTEN + timedelta(hours=26)))
    assert _answer(_attached(inner, WRITTEN + timedelta(hours=26))) == _answer(inner)
    assert through.original_sender == "ines.okafor@quillmere.example"
    assert through.original_message_id == "<inner.1@quillmere.example>"


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    days_later=st.integers(min_value=1, max_value=6),
    day_word=st.sampled_from(["tomorrow", "the day after tomorrow"]),
    hour=st.integers(min_value=1, max_value=4),
    written_day=st.integers(min_value=0, max_value=20),
)
def test_attached_inline_forward_reads_as_directly(
    days_later: int, day_word: str, hour: int, written_day: int
) -> None:
    written = WRITTEN + timedelta(days=written_day)
    forwarded = written + timedelta(days=days_later)
    inner = _inline_forward(written, forwarded, day_word, hour)
    assert _answer(_attached(inner, forwarded + timedelta(hours=26, minutes=17))) == _answer(inner)
