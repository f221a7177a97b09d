"""Calendar-bearing mail that books something other than an interview, and calendar shapes
new to the corpus (a custom VTIMEZONE name, DURATION without DTEND, a forward as an
attachment): what a user sees on the review page or in the calendar."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from service.parsing import parse_message

SURE = 0.5


def _mail(text: str, ics: str, *, subject: str, sent: str, attach: bool = False) -> bytes:
    method = next((ln.split(":", 1)[1] for ln in ics.splitlines() if ln.startswith("METHOD:")), "")
    cal_type = (
        'application/ics; name="event.ics"'
        if attach
        else f'text/calendar; charset="utf-8"; method={method}'
    )
    return (
        "From: Sender <sender@firm.example>\r\n"
        "To: Candidate <candidate@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {sent}\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
        "--b1\r\n"
        f"Content-Type: {cal_type}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{ics}"
        "--b1--\r\n"
    ).encode()


def _calendar(method: str, *event: str, head: tuple[str, ...] = ()) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Firm//Test//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        *head,
        "BEGIN:VEVENT",
        "UID:ev-17@firm.example",
        "DTSTAMP:20270401T000000Z",
        "SEQUENCE:0",
        "ORGANIZER;CN=Sender:mailto:sender@firm.example",
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:candidate@inbox.example",
        *event,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


SYDNEY_CUSTOM = (
    "BEGIN:VTIMEZONE",
    "TZID:Customized Time Zone",
    "BEGIN:STANDARD",
    "DTSTART:16010101T030000",
    "TZOFFSETFROM:+1100",
    "TZOFFSETTO:+1000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+1000",
    "TZOFFSETTO:+1100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
)


def test_team_lunch_request_keeps_its_slot_but_waits_for_review() -> None:
    ics = _calendar(
        "REQUEST",
        "DTSTART:20271015T013000Z",
        "DTEND:20271015T023000Z",
        "SUMMARY:Friday lunch",
    )
    text = "Friday 15 October, 12:30 on the rooftop.\n\nPizza on the office budget this week.\n"
    got = parse_message(
        _mail(text, ics, subject="Friday lunch", sent="Fri, 08 Oct 2027 10:00:00 +1100")
    )
    assert got.kind == "invitation"  # the calendar did book it
    assert got.start == datetime(2027, 10, 15, 1, 30, tzinfo=ZoneInfo("UTC"))
    assert got.confidence < SURE
    assert any("not read as an invitation" in note for note in got.warnings)


def test_interview_request_with_a_short_note_stays_sure() -> None:
    ics = _calendar(
        "REQUEST",
        "DTSTART:20271015T013000Z",
        "DTEND:20271015T023000Z",
        "SUMMARY:Interview - Backend Engineer",
    )
    text = "Hi, your interview with our team is on Friday 15 October at 12:30. See you then!\n"
    got = parse_message(
        _mail(text, ics, subject="Interview invitation", sent="Fri, 08 Oct 2027 10:00:00 +1100")
    )
    assert got.kind == "invitation"
    assert got.confidence >= SURE


def test_published_career_evening_registration_in_swedish_is_no_invitation() -> None:
    ics = _calendar(
        "PUBLISH",
        "DTSTART:20270505T153000Z",
        "DTEND:20270505T173000Z",
        "SUMMARY:Karriärkväll",
    )
    text = (
        "Hej!\n\nTack för din anmälan till karriärkvällen onsdag 5 maj kl. 17:30. "
        "Ingen intervju, bara mingel med teamet.\n"
    )
    got = parse_message(
        _mail(text, ics, subject="Välkommen!", sent="Tue, 20 Apr 2027 10:00:00 +0200", attach=True)
    )
    assert got.kind == "not_invitation"
    assert got.confidence < SURE


def test_published_interview_confirmation_stays_an_invitation() -> None:
    ics = _calendar(
        "PUBLISH",
        "DTSTART:20270505T120000Z",
        "DTEND:20270505T124500Z",
        "SUMMARY:Intervju – Backend",
    )
    text = "Hej!\n\nDin intervju är bokad onsdag 5 maj kl. 14:00. Kalenderfilen är bifogad.\n"
    got = parse_message(
        _mail(text, ics, subject="Intervju bokad", sent="Tue, 20 Apr 2027 10:00:00 +0200")
    )
    assert got.kind == "invitation"
    assert got.confidence >= SURE


def test_customized_time_zone_is_read_from_its_rules() -> None:
    # two days after Sydney's change to +11:00 on 3 Oct 2027; the mail is sent at +10:00
    ics = _calendar(
        "REQUEST",
        "DTSTART;TZID=Customized Time Zone:20271005T110000",
        "DTEND;TZID=Customized Time Zone:20271005T114500",
        "SUMMARY:Interview",
        head=SYDNEY_CUSTOM,
    )
    got = parse_message(
        _mail("Interview invite.", ics, subject="Interview", sent="Tue, 28 Sep 2027 14:30:00 +1000")
    )
    assert got.start is not None
    assert got.start.utcoffset() is not None
    assert got.start == datetime(2027, 10, 5, 11, 0, tzinfo=ZoneInfo("Australia/Sydney"))
    assert got.end == datetime(2027, 10, 5, 11, 45, tzinfo=ZoneInfo("Australia/Sydney"))


def test_duration_without_dtend_gives_the_end() -> None:
    ics = _calendar(
        "REQUEST",
        "DTSTART;TZID=America/Los_Angeles:20271109T093000",
        "DURATION:PT45M",
        "SUMMARY:Interview",
    )
    got = parse_message(
        _mail("Interview scheduled.", ics, subject="Interview", sent="Tue, 02 Nov 2027 13:00 -0700")
    )
    zone = ZoneInfo("America/Los_Angeles")
    assert got.start == datetime(2027, 11, 9, 9, 30, tzinfo=zone)
    assert got.end == datetime(2027, 11, 9, 10, 15, tzinfo=zone)
    assert got.timezone == "America/Los_Angeles"
