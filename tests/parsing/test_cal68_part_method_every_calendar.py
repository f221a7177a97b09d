"""The part's iMIP method reaches every VCALENDAR in the part (cal68).

A part may hold several VCALENDAR objects (one with the VTIMEZONE, the next with the VEVENT, as
some hand-built mailers concatenate them). With METHOD written only as the MIME part's
parameter, the method was put into the first object alone, so an event in a later one read
with no method.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.mime import with_part_method

_ZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Bucharest",
    "BEGIN:STANDARD",
    "DTSTART:19701025T040000",
    "TZOFFSETFROM:+0300",
    "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:19700329T030000",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0300",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]
_EVENT = [
    "BEGIN:VEVENT",
    "UID:cal68-parts@firm.example",
    "DTSTAMP:20270901T000000Z",
    "DTSTART;TZID=Europe/Bucharest:20271005T120000",
    "DTEND;TZID=Europe/Bucharest:20271005T130000",
    "SUMMARY:Interview",
    "ORGANIZER:mailto:recruiter@firm.example",
    "ATTENDEE;RSVP=TRUE:mailto:candidate@inbox.example",
    "END:VEVENT",
]


def _calendar(objects: list[list[str]], eol: str) -> bytes:
    lines: list[str] = []
    for body in objects:
        lines += ["BEGIN:VCALENDAR", "PRODID:-//Firm//Test//EN", "VERSION:2.0", *body]
        lines.append("END:VCALENDAR")
    return (eol.join(lines) + eol).encode()


@settings(max_examples=30, deadline=None)
@given(
    leading=st.integers(min_value=0, max_value=3),
    eol=st.sampled_from(["\r\n", "\n"]),
    method=st.sampled_from(["REQUEST", "CANCEL", "request"]),
)
def test_every_calendar_object_gets_the_part_method(leading: int, eol: str, method: str) -> None:
    data = _calendar([_ZONE] * leading + [[*_ZONE, *_EVENT]], eol)
    out = with_part_method(data, method)
    objects = out.split(b"BEGIN:VCALENDAR")[1:]
    assert len(objects) == leading + 1
    for obj in objects:
        assert f"METHOD:{method.upper()}".encode() in obj


def test_written_method_is_left_alone() -> None:
    data = _calendar([_ZONE, ["METHOD:PUBLISH", *_EVENT]], "\r\n")
    assert with_part_method(data, "REQUEST") == data


def test_event_in_second_calendar_reads_the_part_method() -> None:
    ics = _calendar([_ZONE, _EVENT], "\r\n").decode()
    raw = (
        "From: Recruiter <recruiter@firm.example>\r\n"
        "To: Candidate <candidate@inbox.example>\r\n"
        "Subject: Interview\r\n"
        "Date: Mon, 27 Sep 2027 09:00:00 +0300\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: text/calendar; charset="utf-8"; method=REQUEST\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n" + ics
    ).encode()
    got = parse_message(raw)
    assert got.method == "REQUEST"
