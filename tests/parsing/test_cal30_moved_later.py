"""cal30: a mail that says the meeting moved speaks of the instance an override moves.

Invariant: when a calendar holds a series whose next instance is unchanged and an override
that moves a later instance, and the mail says the meeting moved, the slot reported is the
moved instance (its start and end). A mail that says nothing of a move keeps the next
instance, and an override that keeps its time changes nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(
    body: str,
    subject: str,
    *,
    moved_to: datetime,
    first: datetime = datetime(2027, 5, 3, 9, 0),
    method: str | None = "REQUEST",
    sequence: int | None = 1,
) -> bytes:
    second = first + timedelta(days=7)
    fmt = "%Y%m%dT%H%M%S"
    common = [
        "UID:series-5521@hr.example",
        "DTSTAMP:20270426T080000Z",
        "SUMMARY:Interview days",
        "ORGANIZER;CN=Ana Reyes:mailto:ana@hr.example",
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:reader@inbox.example",
        *([f"SEQUENCE:{sequence}"] if sequence is not None else []),
    ]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example HR//Scheduler 2.0//EN",
        "VERSION:2.0",
        *([f"METHOD:{method}"] if method else []),
        "BEGIN:VEVENT",
        *common,
        f"DTSTART;TZID=Europe/Madrid:{first:{fmt}}",
        f"DTEND;TZID=Europe/Madrid:{first + timedelta(hours=1):{fmt}}",
        "RRULE:FREQ=WEEKLY;COUNT=2",
        "END:VEVENT",
        "BEGIN:VEVENT",
        *common,
        f"RECURRENCE-ID;TZID=Europe/Madrid:{second:{fmt}}",
        f"DTSTART;TZID=Europe/Madrid:{moved_to:{fmt}}",
        f"DTEND;TZID=Europe/Madrid:{moved_to + timedelta(hours=1):{fmt}}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    ics = "\r\n".join(lines)
    return (
        "From: Ana Reyes <ana@hr.example>\r\n"
        "To: Reader <reader@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 26 Apr 2027 10:00:00 +0200\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        '--b1\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n'
        f"{body}\r\n"
        '--b1\r\nContent-Type: text/calendar; charset="utf-8"\r\n\r\n'
        f"{ics}"
        "--b1--\r\n"
    ).encode()


MOVED_BODIES = [
    ("Our second meeting has been moved to a new date; the first stays as planned.", "Update"),
    ("Hola: la segunda entrevista ha sido reprogramada. Saludos, Ana", "Entrevista"),
    ("Please note the new time for the second interview.", "Rescheduled: Interview days"),
]


def test_the_moved_instance_is_given_when_the_mail_says_it_moved() -> None:
    moved_to = datetime(2027, 5, 12, 16, 0)
    for body, subject in MOVED_BODIES:
        got = parse_message(_mail(body, subject, moved_to=moved_to))
        assert got.start is not None
        assert isinstance(got.start, datetime)
        assert got.start.replace(tzinfo=None) == moved_to, (body, got.start)
        assert got.end is not None
        assert isinstance(got.end, datetime)
        assert got.end - got.start == timedelta(hours=1)


def test_an_export_without_method_or_sequence_too() -> None:
    moved_to = datetime(2027, 5, 11, 15, 30)
    got = parse_message(
        _mail(MOVED_BODIES[0][0], "Update", moved_to=moved_to, method=None, sequence=None)
    )
    assert isinstance(got.start, datetime)
    assert got.start.replace(tzinfo=None) == moved_to


def test_without_a_word_of_a_move_the_next_instance_stays() -> None:
    got = parse_message(
        _mail(
            "Here are both interview days, see you soon.",
            "Interview days",
            moved_to=datetime(2027, 5, 12, 16, 0),
        )
    )
    assert isinstance(got.start, datetime)
    assert got.start.replace(tzinfo=None) == datetime(2027, 5, 3, 9, 0)


@settings(max_examples=25, deadline=None)
@given(
    days=st.integers(min_value=1, max_value=20),
    hour=st.integers(min_value=7, max_value=18),
    said=st.booleans(),
)
def test_which_instance_is_reported(days: int, hour: int, said: bool) -> None:
    """The report is the moved override exactly when the mail says a move happened and the
    override really moves its instance; otherwise it is the unchanged first instance."""
    first = datetime(2027, 5, 3, 9, 0)
    moved_to = first + timedelta(days=days)
    moved_to = moved_to.replace(hour=hour)
    body = MOVED_BODIES[0][0] if said else "Both interview days are in the invite."
    got = parse_message(_mail(body, "Interview days", moved_to=moved_to, first=first))
    really_moves = moved_to != first + timedelta(days=7)
    want = moved_to if (said and really_moves) else first
    assert isinstance(got.start, datetime)
    assert got.start.replace(tzinfo=None) == want, (days, hour, said, got.start)
