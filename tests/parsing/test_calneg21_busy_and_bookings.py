"""Calendar mail that books no interview for the reader, in the shapes calneg21 added.

Fixtures are written for these tests (own words): a colleague's holiday block that Outlook
shows as out of office, a working-from-home note shown as free, a published deadline reminder
left transparent and an optician's booking confirmation with an .ics. None of them may reach
the reader's calendar without review, but each keeps its slot. Controls in the same shapes: an
Outlook interview request, an all-day assessment day that Google leaves transparent, a
booking page's interview confirmation, and a bare .ics (no mail around it) shown as free.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import ParsedMessage, parse_message

SURE = 0.5


def _calendar(method: str, start: str, end: str, summary: str, extra: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Test//calneg21//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        "UID:calneg21-test-1@example.com",
        "DTSTAMP:20270301T090000Z",
        f"DTSTART{start}",
        f"DTEND{end}",
        "SEQUENCE:0",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=Ola Berg:mailto:ola.berg@firm.example",
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:robin@inbox.example",
        *[line for line in extra.split("\n") if line],
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _mail(subject: str, body: str, calendar: str, method: str) -> ParsedMessage:
    raw = (
        "From: Ola Berg <ola.berg@firm.example>\r\n"
        "To: Robin <robin@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        f"--b\r\nContent-Type: text/calendar; charset=utf-8; method={method}\r\n\r\n"
        f"{calendar}"
        "--b--\r\n"
    ).encode()
    return parse_message(raw)


TIMED = (":20270315T090000Z", ":20270315T110000Z")


@pytest.mark.parametrize(
    ("subject", "body", "method", "extra"),
    [
        (
            "Holiday Ola",
            "Hi all, I'm away that morning. No need to reply.",
            "REQUEST",
            "TRANSP:TRANSPARENT\nX-MICROSOFT-CDO-BUSYSTATUS:OOF",
        ),
        (
            "Working from home",
            "Reachable on chat as usual.",
            "REQUEST",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        ),
        (
            "Reminder: questionnaire closes",
            "Please fill in the questionnaire before it closes. A reminder is attached.",
            "PUBLISH",
            "TRANSP:TRANSPARENT",
        ),
    ],
)
def test_time_shown_as_free_or_away_goes_to_review(
    subject: str, body: str, method: str, extra: str
) -> None:
    parsed = _mail(subject, body, _calendar(method, *TIMED, subject, extra), method)
    assert parsed.confidence < SURE
    assert parsed.start == datetime.fromisoformat("2027-03-15T09:00:00+00:00")


def test_a_service_booking_with_an_ics_goes_to_review() -> None:
    body = (
        "Your booking is confirmed.\r\n\r\nEye test\r\nMonday 15 March 2027 at 10:00\r\n"
        "Brightsight Opticians, 4 Market Row\r\n\r\nPlease bring your current glasses."
    )
    parsed = _mail("Booking confirmed", body, _calendar("PUBLISH", *TIMED, "Eye test"), "PUBLISH")
    assert parsed.kind == "invitation"
    assert parsed.confidence < SURE
    assert parsed.start == datetime.fromisoformat("2027-03-15T09:00:00+00:00")


@pytest.mark.parametrize(
    ("subject", "body", "method", "start_end", "extra"),
    [
        (
            "Interview - Data Analyst",
            "Dear Robin, we invite you to an interview with Ola Berg and our team lead.",
            "REQUEST",
            TIMED,
            "",
        ),
        (
            "Assessment day - Trainee programme",
            "Dear Robin, we invite you to our assessment day at our office.",
            "REQUEST",
            (";VALUE=DATE:20270315", ";VALUE=DATE:20270316"),
            "TRANSP:TRANSPARENT",
        ),
        (
            "Your interview is confirmed",
            "Hi Robin,\r\n\r\nYour interview with Ola Berg is confirmed for Monday 15 March "
            "2027 at 10:00. The invitation is attached.",
            "PUBLISH",
            TIMED,
            "",
        ),
    ],
)
def test_interviews_in_the_same_shapes_stay_sure(
    subject: str, body: str, method: str, start_end: tuple[str, str], extra: str
) -> None:
    parsed = _mail(subject, body, _calendar(method, *start_end, subject, extra), method)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE


def test_a_bare_ics_shown_as_free_is_not_judged_by_its_busy_status() -> None:
    bare = _calendar("PUBLISH", *TIMED, "Interview", "X-MICROSOFT-CDO-BUSYSTATUS:FREE")
    parsed = parse_message(bare.encode())
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE


@pytest.mark.parametrize(
    "greeting",
    ["Beste ouder/verzorger,", "Kære forældre,", "Hyvät huoltajat,", "Bästa vårdnadshavare,"],
)
def test_a_school_writing_to_parents_is_not_an_interview(greeting: str) -> None:
    body = f"{greeting}\r\n\r\nMonday 15 March 2027, 10:00 - 12:00, room 3.\r\n"
    parsed = _mail("Class 2B", body, _calendar("PUBLISH", *TIMED, "Class 2B"), "PUBLISH")
    assert parsed.kind not in {"invitation", "reschedule"} or parsed.confidence < SURE


def test_a_school_inviting_a_teacher_applicant_stays_sure() -> None:
    body = (
        "Dear Robin,\r\n\r\nThank you for applying for the class teacher post. We invite you "
        "to an interview on Monday 15 March 2027 at 10:00 with the headteacher."
    )
    parsed = _mail(
        "Interview invitation", body, _calendar("REQUEST", *TIMED, "Interview"), "REQUEST"
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE


def test_a_block_whose_only_guest_is_its_organizer_goes_to_review() -> None:
    own = _calendar("REQUEST", *TIMED, "Focus time").replace(
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:robin@inbox.example",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ola.berg@firm.example",
    )
    parsed = _mail("Focus time", "Notifications are muted during this block.", own, "REQUEST")
    assert parsed.confidence < SURE
    assert parsed.start == datetime.fromisoformat("2027-03-15T09:00:00+00:00")
