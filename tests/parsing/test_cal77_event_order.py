"""Several one-off events in one calendar (an interview day's rounds) are read from the one
that comes first, whatever order the producer wrote them in; a past round is passed over, and
a series keeps the first event written (its DTSTART is only the series' first instance)."""

from __future__ import annotations

import pytest

from service.parsing import parse_message


def _event(uid: str, start: str, title: str, rule: str = "") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20270301T090000Z\r\n"
        f"DTSTART;TZID=Asia/Seoul:{start}\r\nDURATION:PT1H\r\n{rule}"
        f"SUMMARY:{title}\r\nEND:VEVENT\r\n"
    )


def _mail(*events: str) -> bytes:
    return (
        "From: Mina Cho <mina@hanul-motors.example>\r\nTo: alex@mailbox.example\r\n"
        "Subject: Interview day\r\nDate: Mon, 01 Mar 2027 09:00:00 +0900\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/calendar; method=PUBLISH; charset=UTF-8\r\n\r\n"
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//cal77//EN\r\nMETHOD:PUBLISH\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        # the afternoon round written first (Naver-, ATS-style day plans)
        (
            [
                _event("b@x", "20270310T140000", "Executive round"),
                _event("a@x", "20270310T100000", "Technical round"),
            ],
            "2027-03-10T10:00:00+09:00",
        ),
        # three rounds over two days, in no order
        (
            [
                _event("c@x", "20270312T090000", "Site visit"),
                _event("a@x", "20270311T163000", "HR round"),
                _event("b@x", "20270311T170000", "Team dinner"),
            ],
            "2027-03-11T16:30:00+09:00",
        ),
        # a round already over when the mail was sent is passed over
        (
            [
                _event("b@x", "20270310T140000", "Final round"),
                _event("a@x", "20270226T100000", "Screening (done)"),
            ],
            "2027-03-10T14:00:00+09:00",
        ),
    ],
)
def test_the_first_round_ahead_is_read(events: list[str], expected: str) -> None:
    got = parse_message(_mail(*events)).to_json_dict()
    assert got["start"] == expected


def test_a_series_keeps_the_first_event_written() -> None:
    got = parse_message(
        _mail(
            _event("s@x", "20270315T140000", "Weekly check-in", "RRULE:FREQ=WEEKLY;COUNT=3\r\n"),
            _event("a@x", "20270310T100000", "Interview"),
        )
    ).to_json_dict()
    assert got["start"] == "2027-03-15T14:00:00+09:00"
