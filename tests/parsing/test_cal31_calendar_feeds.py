"""A named calendar (X-WR-CALNAME) mailed with several published events is someone's calendar
shared for import (a team's rituals, a holiday list), not one meeting set for the reader:
cal31's ical4j team calendar ('Sprint planning moved to Tuesdays' in its mail) and look30's
EGroupware holiday feed. The reader's own interview day published as several sessions, or a
named calendar holding one interview, must stay sure.

Fixtures are written for these tests (own words, made-up people). Invariant: the facts of
the first event and the METHOD are the file's whatever is decided; only the claim drops.
"""

from __future__ import annotations

from datetime import datetime

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import calendar_mail

SURE = 0.5


def _event(uid: str, day: int, hour: int, summary: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20270401T080000Z",
        f"DTSTART;TZID=Europe/London:202704{day:02d}T{hour:02d}0000",
        f"DTEND;TZID=Europe/London:202704{day:02d}T{hour + 1:02d}0000",
        f"SUMMARY:{summary}",
        "END:VEVENT",
    ]


def _mail(subject: str, body: str, events: list[str], name: str | None) -> ParsedMessage:
    head = [f"X-WR-CALNAME:{name}"] if name else []
    raw = calendar_mail(
        subject,
        body,
        [*head, *events],
        method="PUBLISH",
        sender="Ben Carter <ben.carter@firm.example>",
        to="Robin <robin@inbox.example>",
        date="Thu, 01 Apr 2027 09:00:00 +0100",
    )
    return parse_message(raw)


def test_a_shared_team_calendar_is_no_invitation() -> None:
    events = [
        *_event("rituals-1@firm.example", 6, 10, "Sprint planning"),
        *_event("rituals-2@firm.example", 8, 15, "Design review"),
        *_event("rituals-3@firm.example", 16, 16, "Team retro"),
    ]
    got = _mail(
        "Team calendar for April",
        "Hi all, here is our team's calendar to import. Sprint planning moved to Tuesdays.",
        events,
        "Platform team",
    )
    assert got.start == datetime.fromisoformat("2027-04-06T10:00:00+01:00")
    assert got.uid == "rituals-1@firm.example"
    assert got.method == "PUBLISH"
    assert got.confidence < SURE


def test_an_interview_day_in_a_named_calendar_stays_sure() -> None:
    events = [
        *_event("day-1@firm.example", 12, 10, "Interview day – technical round"),
        *_event("day-2@firm.example", 12, 14, "Interview day – culture round"),
    ]
    got = _mail("Your interview day", "Both sessions are attached.", events, "Recruiting")
    assert got.kind == "invitation"
    assert got.start == datetime.fromisoformat("2027-04-12T10:00:00+01:00")
    assert got.confidence >= SURE


def test_one_published_meeting_in_a_named_calendar_stays_sure() -> None:
    events = _event("one-1@firm.example", 12, 10, "Call with Robin")
    got = _mail(
        "Our call",
        "Looking forward to our call on Monday about the role.",
        events,
        "Ben's calendar",
    )
    assert got.kind == "invitation"
    assert got.confidence >= SURE
