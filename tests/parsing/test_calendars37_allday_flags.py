"""An all-day event written with date-times: Exchange 2003's CDO and Funambol-synced clients
send an interview day as local midnight to midnight ('DTSTART;TZID=...:20270310T000000')
and say what it is in a flag (X-MICROSOFT-CDO-ALLDAYEVENT:TRUE,
X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE, X-FUNAMBOL-ALLDAY:1; node-ical reads the same three
flags). The reader sees a whole day, not a slot at midnight. Without the flag, or with a
flag beside a real time of day, the times stay as written.

Fixtures are written for these tests (own words, made-up people).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import calendar_mail

FLAGS = [
    "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
    "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE",
    "X-FUNAMBOL-ALLDAY:1",
]


def _mail(start: str, end: str | None, flag: str | None) -> ParsedMessage:
    event = [
        "BEGIN:VEVENT",
        "UID:day-2027@firm.example",
        "DTSTAMP:20270201T080000Z",
        "SEQUENCE:0",
        f"DTSTART;TZID=Europe/Berlin:{start}",
        *([f"DTEND;TZID=Europe/Berlin:{end}"] if end else []),
        "SUMMARY:Assessment Center - Trainee Controlling",
        "ORGANIZER;CN=Eva Brandt:mailto:eva.brandt@firm.example",
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:robin@inbox.example",
        *([flag] if flag else []),
        "END:VEVENT",
    ]
    raw = calendar_mail(
        "Einladung: Assessment Center",
        "Hallo Robin, wir laden Sie zu unserem Assessment Center ein (ganztägig).",
        event,
        method="REQUEST",
        sender="Eva Brandt <eva.brandt@firm.example>",
        to="Robin <robin@inbox.example>",
        date="Mon, 01 Feb 2027 09:00:00 +0100",
    )
    return parse_message(raw)


@settings(max_examples=30, deadline=None)
@given(
    day=st.dates(min_value=date(2027, 2, 8), max_value=date(2027, 12, 20)),
    days=st.integers(min_value=1, max_value=3),
    flag=st.sampled_from(FLAGS),
)
def test_a_flagged_midnight_span_is_an_all_day_event(day: date, days: int, flag: str) -> None:
    end = day + timedelta(days=days)
    got = _mail(f"{day:%Y%m%d}T000000", f"{end:%Y%m%d}T000000", flag)
    assert got.all_day is True
    assert got.start == day
    assert got.end == end
    assert got.uid == "day-2027@firm.example"


def test_a_flag_without_an_end_is_one_day() -> None:
    got = _mail("20270310T000000", None, FLAGS[0])
    assert (got.all_day, got.start, got.end) == (True, date(2027, 3, 10), date(2027, 3, 11))


def test_midnight_without_a_flag_stays_a_time() -> None:
    got = _mail("20270310T000000", "20270311T000000", None)
    assert got.all_day is False
    assert got.start == datetime.fromisoformat("2027-03-10T00:00:00+01:00")


def test_a_flag_beside_a_time_of_day_keeps_the_time() -> None:
    got = _mail("20270310T090000", "20270310T170000", FLAGS[0])
    assert got.all_day is False
    assert got.start == datetime.fromisoformat("2027-03-10T09:00:00+01:00")
