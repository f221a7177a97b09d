"""Calendar mail in the shapes calpub24 added: published (METHOD:PUBLISH) files for events
that are no interview, and a series whose next instance is an override with its own SEQUENCE.

Fixtures are written for these tests (own words). A file published to whoever asked (a
webinar registration, a conference talk slot, a holiday, an offsite, a dentist's booking)
whose title and mail name no interview, call or meeting keeps its slot but goes to review; a
published file whose title names an interview is still sure, and so is one whose text states
the file's slot itself (tools17's talk slots). A series moved for one instance
(Google, Apple) bumps the override's SEQUENCE and leaves the master's: the instance reported
carries the override's.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message

SURE = 0.5


def _event(summary: str, *, seq: int = 0, extra: tuple[str, ...] = ()) -> list[str]:
    return [
        "BEGIN:VEVENT",
        "UID:calpub24-test-1@example.com",
        "DTSTAMP:20270301T090000Z",
        *extra,
        "DTSTART;TZID=Europe/Berlin:20270316T100000",
        "DTEND;TZID=Europe/Berlin:20270316T110000",
        f"SEQUENCE:{seq}",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=Events Desk:mailto:events@host.example",
        "END:VEVENT",
    ]


def _calendar(events: list[str], method: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Test//calpub24//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        *events,
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _mail(
    subject: str, body: str, calendar: str, method: str, sent: str = "Mon, 01 Mar 2027"
) -> ParsedMessage:
    raw = (
        "From: Events Desk <events@host.example>\r\n"
        "To: Robin <robin@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {sent} 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        f'--b\r\nContent-Type: text/calendar; charset=utf-8; method={method}; name="event.ics"\r\n'
        'Content-Disposition: attachment; filename="event.ics"\r\n\r\n'
        f"{calendar}"
        "--b--\r\n"
    ).encode()
    return parse_message(raw)


NOT_MEETINGS = [
    ("Spring offsite (lake house)", "Saving the date for our spring offsite. Agenda to follow."),
    ("Vortrag: Sichere Passwörter – Saal 3", "Anbei der Termin Ihres Vortrags auf der Konferenz."),
    ("Jour férié", "Pour rappel, les bureaux seront fermés ce jour-là."),
    ("Webinar: what hiring teams look for", "You are registered. Add the file to your calendar."),
    ("Dental check-up", "Your appointment is confirmed. Please arrive ten minutes early."),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(NOT_MEETINGS))
def test_a_published_event_with_no_meeting_word_goes_to_review(case: tuple[str, str]) -> None:
    summary, body = case
    got = _mail(summary, body, _calendar(_event(summary), "PUBLISH"), "PUBLISH")
    assert got.confidence < SURE
    assert got.start == datetime.fromisoformat("2027-03-16T10:00:00+01:00")  # slot kept


def test_a_published_interview_stays_sure() -> None:
    got = _mail(
        "Your interview is booked",
        "Thanks for booking. The attached file has the slot you chose.",
        _calendar(_event("Phone interview with Lindenhof GmbH"), "PUBLISH"),
        "PUBLISH",
    )
    assert got.kind == "invitation"
    assert got.confidence >= SURE


def test_an_override_reports_its_own_sequence() -> None:
    master = _event("Interview series - round 2", seq=1, extra=("RRULE:FREQ=WEEKLY;COUNT=3",))
    override = [
        "BEGIN:VEVENT",
        "UID:calpub24-test-1@example.com",
        "DTSTAMP:20270318T090000Z",
        "RECURRENCE-ID;TZID=Europe/Berlin:20270323T100000",
        "DTSTART;TZID=Europe/Berlin:20270324T140000",
        "DTEND;TZID=Europe/Berlin:20270324T150000",
        "SEQUENCE:4",
        "SUMMARY:Interview series - round 2",
        "ORGANIZER;CN=Events Desk:mailto:events@host.example",
        "END:VEVENT",
    ]
    raw = _calendar([*master, *override], "REQUEST")
    subject = "Updated: Interview series - round 2"
    # mailed on 18 Mar: the next instance (23 Mar) is the override, moved to 24 Mar 14:00
    got = _mail(subject, "One slot moved.", raw, "REQUEST", "Thu, 18 Mar 2027")
    assert got.start == datetime.fromisoformat("2027-03-24T14:00:00+01:00")
    assert got.sequence == 4
    assert got.kind == "reschedule"
    # mailed on 1 Mar: the next instance is the master's first, and the message's revision
    # is still the highest SEQUENCE it holds for the UID (the override's): read as 1, this
    # update would look older than the mail that moved the 23 March slot (cal64)
    first = _mail(subject, "One slot moved.", raw, "REQUEST")
    assert first.start == datetime.fromisoformat("2027-03-16T10:00:00+01:00")
    assert first.sequence == 4
