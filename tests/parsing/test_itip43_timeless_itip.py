"""iTIP messages that carry no DTSTART (RFC 5546 3.2: a REPLY, CANCEL, DECLINECOUNTER or
REFRESH may hold only UID, SEQUENCE, ORGANIZER and ATTENDEE, and a CANCEL of one instance
only its RECURRENCE-ID). The calendar still says what the mail is and which event it is
about; the mail's own words may name the slot.

Calendars and mail text here are our own, in the shapes of RFC 5546 section 4's examples,
sabre/vobject's broker output and the servers that relay it as the whole message body.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.calendar import read_calendar


def _mail(method: str, event: list[str], text: str = "", subject: str = "Interview") -> bytes:
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Example//Test Calendar//EN",
            "VERSION:2.0",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            *event,
            "DTSTAMP:20260310T091500Z",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    head = (
        "From: Recruiting <jobs@orchardline.example>\r\n"
        "To: Sam <sam@mail.example>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Tue, 10 Mar 2026 10:15:00 +0100\r\n"
        "Message-ID: <timeless@orchardline.example>\r\n"
        "MIME-Version: 1.0\r\n"
    )
    if not text:
        return (
            head + f"Content-Type: text/calendar; charset=UTF-8; method={method}\r\n\r\n" + calendar
        ).encode()
    return (
        head
        + 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        + text
        + "\r\n--b\r\n"
        + f"Content-Type: text/calendar; charset=UTF-8; method={method}\r\n\r\n"
        + calendar
        + "\r\n--b--\r\n"
    ).encode()


def test_a_reply_without_a_time_is_a_reply_to_that_event() -> None:
    data = _mail(
        "REPLY",
        [
            "ORGANIZER:mailto:sam@mail.example",
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:jobs@orchardline.example",
            "UID:bare-reply-1@orchardline.example",
            "SEQUENCE:2",
            "REQUEST-STATUS:2.0;Success",
        ],
        "Accepted.",
    )
    reading = parse_message(data)
    assert reading.kind == "reply"
    assert (reading.uid, reading.sequence, reading.method) == (
        "bare-reply-1@orchardline.example",
        2,
        "REPLY",
    )
    assert reading.start is None


def test_a_cancel_with_only_uid_and_sequence_is_a_cancellation() -> None:
    data = _mail(
        "CANCEL",
        [
            "ORGANIZER:mailto:jobs@orchardline.example",
            "ATTENDEE:mailto:sam@mail.example",
            "UID:bare-cancel-1@orchardline.example",
            "SEQUENCE:1",
            "STATUS:CANCELLED",
        ],
        "We have to call the interview off; a new proposal follows.",
    )
    reading = parse_message(data)
    assert reading.kind == "cancellation"
    assert reading.confidence >= 0.5
    assert (reading.uid, reading.sequence, reading.method) == (
        "bare-cancel-1@orchardline.example",
        1,
        "CANCEL",
    )


def test_a_timeless_cancel_keeps_the_slot_its_text_names() -> None:
    data = _mail(
        "CANCEL",
        [
            "ORGANIZER:mailto:jobs@orchardline.example",
            "UID:bare-cancel-2@orchardline.example",
            "SEQUENCE:1",
        ],
        "Unfortunately we must cancel the interview on 17 March 2026 at 15:00.",
    )
    reading = parse_message(data)
    assert reading.kind == "cancellation"
    assert reading.uid == "bare-cancel-2@orchardline.example"
    assert reading.start is not None
    assert (reading.start.hour, reading.start.day) == (15, 17)


def test_a_cancel_of_one_instance_names_that_instance() -> None:
    data = _mail(
        "CANCEL",
        [
            "ORGANIZER:mailto:jobs@orchardline.example",
            "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=America/Chicago:20260407T160000",
            "UID:bare-cancel-3@orchardline.example",
            "SEQUENCE:3",
            "STATUS:CANCELLED",
        ],
    )
    reading = parse_message(data)
    assert reading.kind == "cancellation"
    assert reading.start == datetime(2026, 4, 7, 16, 0, tzinfo=ZoneInfo("America/Chicago"))
    assert reading.sequence == 3


def test_a_timeless_refresh_is_no_invitation_but_names_the_event() -> None:
    data = _mail(
        "REFRESH",
        [
            "ORGANIZER:mailto:sam@mail.example",
            "ATTENDEE:mailto:jobs@orchardline.example",
            "UID:refresh-1@orchardline.example",
        ],
        "Could you send me the latest version of this event?",
    )
    reading = parse_message(data)
    assert reading.kind == "not_invitation"
    assert (reading.uid, reading.method) == ("refresh-1@orchardline.example", "REFRESH")


@settings(max_examples=25, deadline=None)
@given(
    method=st.sampled_from(["REPLY", "COUNTER", "DECLINECOUNTER"]),
    sequence=st.integers(min_value=0, max_value=50),
    tag=st.from_regex(r"[a-z0-9]{4,12}", fullmatch=True),
)
def test_any_timeless_answer_is_a_reply_keeping_uid_and_sequence(
    method: str, sequence: int, tag: str
) -> None:
    uid = f"{tag}@orchardline.example"
    data = _mail(
        method,
        [
            "ORGANIZER:mailto:sam@mail.example",
            "ATTENDEE;PARTSTAT=DECLINED:mailto:jobs@orchardline.example",
            f"UID:{uid}",
            f"SEQUENCE:{sequence}",
        ],
    )
    reading = parse_message(data)
    assert reading.kind == "reply"
    assert (reading.uid, reading.sequence, reading.method) == (uid, sequence, method)


def test_a_zone_block_listing_only_later_changes_leaves_an_earlier_time_to_its_iana_name() -> None:
    # a VTIMEZONE rendered for a window of years (python icalendar's Timezone.from_tzinfo:
    # "This timezone only works from ... to ...") whose first listed change is after the
    # slot says nothing about the slot: Europe/Dublin keeps its winter offset (+00:00)
    data = (
        "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "PRODID:-//Example//Test Calendar//EN",
                "VERSION:2.0",
                "METHOD:REQUEST",
                "BEGIN:VTIMEZONE",
                "TZID:Europe/Dublin",
                "BEGIN:STANDARD",
                "DTSTART:20260329T010000",
                "TZOFFSETFROM:+0000",
                "TZOFFSETTO:+0100",
                "RDATE:20270328T010000",
                "END:STANDARD",
                "BEGIN:DAYLIGHT",
                "DTSTART:20261025T020000",
                "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0000",
                "RDATE:20271031T020000",
                "END:DAYLIGHT",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "UID:window-zone-1@orchardline.example",
                "DTSTAMP:20260310T091500Z",
                "DTSTART;TZID=Europe/Dublin:20260317T100000",
                "DTEND;TZID=Europe/Dublin:20260317T104500",
                "SUMMARY:Interview - Data Engineer",
                "ORGANIZER:mailto:jobs@orchardline.example",
                "ATTENDEE;RSVP=TRUE:mailto:sam@mail.example",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ]
        )
    ).encode()
    event = read_calendar(data, datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("UTC")))
    assert event is not None
    assert event.start == datetime(2026, 3, 17, 10, 0, tzinfo=ZoneInfo("Europe/Dublin"))
    assert event.start.utcoffset() == ZoneInfo("UTC").utcoffset(None)
    assert event.timezone == "Europe/Dublin"
