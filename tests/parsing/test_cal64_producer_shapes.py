"""Calendar shapes from producers the corpus met in cal64, each read as its producer meant it.

- Rails zone names as TZID (Ruby's icalendar gem looks the TZID up in ActiveSupport first):
  "Ekaterinburg", "Bern", "Central America" and the rest of Rails' table name one zone each.
- Apple Calendar's Europe/Moscow VTIMEZONE holds Moscow's 1880 mean time (+02:30:17) in a
  block from 2001: a mean-time offset is no modern rule, so the database zone decides.
- A floating DTSTART beside DTEND;TZID is in the end's zone (one event, one zone).
- One property icalendar cannot read (a LOCATION parameter holding a list) drops that line,
  not the whole calendar.
- Windows XP's display names hold " : " ("(GMT) Greenwich Mean Time : Dublin, ..."), which
  older Outlook wrote unquoted as TZID; Lotus Notes writes Windows IDs without " Standard Time"
  ("W. Europe").
- An override names its instance by an instant: a RECURRENCE-ID under its own TZID, or a
  DATE one under a timed series (the instance on that day), still replaces that instance.
- An override with RANGE=THISANDFUTURE moves every later instance by as much as its own.
- Templates that print a language's own date-time into the value (Ruby's Time#to_s, Rails'
  UTC to_s, Python's str(datetime)) give the instant they print.
- The SEQUENCE of a message is the highest of its components for the UID, also when the
  instance reported is a plain one after an override that is over.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message
from service.parsing.zones import calendar_zone_name
from tests.parsing.mailkit import calendar_mail


def _invite(events: list[str], date: str = "Mon, 04 Jan 2027 10:00:00 +0000") -> bytes:
    return calendar_mail(
        "Interview",
        "Your interview invitation is attached.",
        events,
        method="REQUEST",
        sender="Ola Berg <ola@quayside.example>",
        to="sam@inbox.example",
        date=date,
    )


def _event(*lines: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        "UID:cal64-shape@quayside.example",
        "DTSTAMP:20261228T100000Z",
        *lines,
        "SUMMARY:Interview with Quayside",
        "ORGANIZER;CN=Ola Berg:mailto:ola@quayside.example",
        "END:VEVENT",
    ]


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("Ekaterinburg", "Asia/Yekaterinburg"),
        ("Bern", "Europe/Zurich"),
        ("Central America", "America/Guatemala"),
        ("Sri Jayawardenepura", "Asia/Colombo"),
        ("Solomon Is.", "Pacific/Guadalcanal"),
        ("(GMT+05:00) Ekaterinburg", "Asia/Yekaterinburg"),
    ],
)
def test_rails_zone_names_as_tzid_name_their_zone(tzid: str, zone: str) -> None:
    assert calendar_zone_name(tzid) == zone
    parsed = parse_message(
        _invite(
            _event(f"DTSTART;TZID={tzid}:20270714T100000", f"DTEND;TZID={tzid}:20270714T110000")
        )
    )
    assert parsed.start == datetime(2027, 7, 14, 10, tzinfo=ZoneInfo(zone))
    assert parsed.timezone == zone


def test_apple_moscow_block_in_mean_time_reads_moscow_time() -> None:
    block = [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Moscow",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+023017",
        "DTSTART:20010101T000000",
        "TZNAME:GMT+3",
        "TZOFFSETTO:+023017",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    parsed = parse_message(
        _invite(
            block
            + _event(
                "DTSTART;TZID=Europe/Moscow:20270323T150000",
                "DTEND;TZID=Europe/Moscow:20270323T160000",
            )
        )
    )
    assert parsed.start == datetime(2027, 3, 23, 12, tzinfo=UTC)
    assert parsed.timezone == "Europe/Moscow"


def test_a_whole_minute_block_under_an_iana_name_still_defines_the_time() -> None:
    """The mean-time rule is narrow: a block with a modern offset that disagrees with the
    database still wins (test_cal40_stale_vtimezone)."""
    block = [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Moscow",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0400",
        "DTSTART:20010101T000000",
        "TZOFFSETTO:+0400",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    parsed = parse_message(_invite(block + _event("DTSTART;TZID=Europe/Moscow:20270323T150000")))
    assert parsed.start == datetime(2027, 3, 23, 11, tzinfo=UTC)


def test_floating_start_takes_the_zone_of_its_end() -> None:
    parsed = parse_message(
        _invite(_event("DTSTART:20270812T180000", "DTEND;TZID=Europe/Brussels:20270812T190000"))
    )
    brussels = ZoneInfo("Europe/Brussels")
    assert parsed.start == datetime(2027, 8, 12, 18, tzinfo=brussels)
    assert parsed.end == datetime(2027, 8, 12, 19, tzinfo=brussels)
    assert parsed.timezone == "Europe/Brussels"


def test_one_unreadable_property_does_not_sink_the_calendar() -> None:
    parsed = parse_message(
        _invite(
            _event(
                "DTSTART;TZID=America/Denver:20270120T170000",
                "DTEND;TZID=America/Denver:20270120T184500",
                "LOCATION;VALUE=1000 MAIN ST EXAMPLE, STATE 12345:1000 Main St Example",
            )
        )
    )
    assert parsed.start == datetime(2027, 1, 20, 17, tzinfo=ZoneInfo("America/Denver"))
    assert parsed.uid == "cal64-shape@quayside.example"
    assert parsed.method == "REQUEST"


def test_sequence_is_the_highest_for_the_uid_when_a_plain_instance_is_next() -> None:
    singapore = ZoneInfo("Asia/Singapore")
    master = _event(
        "DTSTART;TZID=Asia/Singapore:20270503T100000",
        "DTEND;TZID=Asia/Singapore:20270503T110000",
        "RRULE:FREQ=DAILY;COUNT=5",
        "SEQUENCE:0",
    )
    moved = _event(
        "RECURRENCE-ID;TZID=Asia/Singapore:20270504T100000",
        "DTSTART;TZID=Asia/Singapore:20270504T160000",
        "DTEND;TZID=Asia/Singapore:20270504T170000",
        "SEQUENCE:1",
    )
    parsed = parse_message(_invite(master + moved, date="Tue, 04 May 2027 18:00:00 +0800"))
    assert parsed.start == datetime(2027, 5, 5, 10, tzinfo=singapore)
    assert parsed.end == datetime(2027, 5, 5, 11, tzinfo=singapore)
    assert parsed.sequence == 1


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London", "Europe/London"),
        ("W. Europe", "Europe/Berlin"),
        ("Romance", "Europe/Paris"),
    ],
)
def test_outlook_xp_and_notes_tzids_without_vtimezone(tzid: str, zone: str) -> None:
    parsed = parse_message(
        _invite(
            _event(f"DTSTART;TZID={tzid}:20270714T100000", f"DTEND;TZID={tzid}:20270714T110000")
        )
    )
    assert parsed.start == datetime(2027, 7, 14, 10, tzinfo=ZoneInfo(zone))
    assert parsed.end == datetime(2027, 7, 14, 11, tzinfo=ZoneInfo(zone))
    assert parsed.timezone == zone


def _series_with(override_rid: str) -> list[str]:
    master = _event(
        "DTSTART;TZID=Europe/Berlin:20270607T100000",
        "DTEND;TZID=Europe/Berlin:20270607T110000",
        "RRULE:FREQ=WEEKLY;COUNT=3",
    )
    moved = _event(
        override_rid,
        "DTSTART;TZID=Europe/London:20270615T090000",
        "DTEND;TZID=Europe/London:20270615T100000",
        "SEQUENCE:1",
    )
    return master + moved


@pytest.mark.parametrize(
    "override_rid",
    [
        "RECURRENCE-ID;TZID=Europe/London:20270614T090000",
        "RECURRENCE-ID:20270614T080000Z",
        "RECURRENCE-ID;TZID=Europe/Berlin:20270614T100000",
        "RECURRENCE-ID;VALUE=DATE:20270614",
    ],
)
def test_an_override_replaces_the_instance_its_recurrence_id_names(override_rid: str) -> None:
    parsed = parse_message(
        _invite(_series_with(override_rid), date="Thu, 10 Jun 2027 09:00:00 +0200")
    )
    london = ZoneInfo("Europe/London")
    assert parsed.start == datetime(2027, 6, 15, 9, tzinfo=london)
    assert parsed.end == datetime(2027, 6, 15, 10, tzinfo=london)
    assert parsed.sequence == 1


@pytest.mark.parametrize(
    ("written", "instant"),
    [
        ("2027-04-13 14:00:00 -0500", datetime(2027, 4, 13, 19, tzinfo=UTC)),
        ("2027-09-21 08:30:00 UTC", datetime(2027, 9, 21, 8, 30, tzinfo=UTC)),
        ("2027-05-19 10:00:00+02:00", datetime(2027, 5, 19, 8, tzinfo=UTC)),
    ],
)
def test_a_languages_printed_date_time_is_read(written: str, instant: datetime) -> None:
    parsed = parse_message(_invite(_event(f"DTSTART:{written}", "DURATION:PT1H")))
    assert parsed.start == instant
    assert parsed.end == instant + timedelta(hours=1)


def test_a_this_and_future_override_moves_the_later_instances() -> None:
    denver = ZoneInfo("America/Denver")
    master = _event(
        "DTSTART;TZID=America/Denver:20270802T080000",
        "DTEND;TZID=America/Denver:20270802T083000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6",
    )
    forward = _event(
        "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=America/Denver:20270816T080000",
        "DTSTART;TZID=America/Denver:20270816T090000",
        "DTEND;TZID=America/Denver:20270816T094500",
    )
    later = parse_message(_invite(master + forward, date="Wed, 18 Aug 2027 12:00:00 -0600"))
    assert later.start == datetime(2027, 8, 23, 9, tzinfo=denver)
    assert later.end == datetime(2027, 8, 23, 9, 45, tzinfo=denver)
    before = parse_message(_invite(master + forward, date="Wed, 04 Aug 2027 12:00:00 -0600"))
    assert before.start == datetime(2027, 8, 9, 8, tzinfo=denver)
