"""Calendar shapes real producers' test data hold (the realcal42 batch), read as they mean.

- An RRULE with RFC 7529's RSCALE=GREGORIAN (and SKIP=OMIT, its default) is the plain
  Gregorian rule RFC 5545 already defines: Apple clients and Cyrus write it (cassandane's
  recurrenceoverrides-mixed-datetypes.ics), Google/Apple syncs carry it (odoo PR 251777);
  dateutil refuses the extra parts, which made the series fall back to its first instance.
- ICU's VTimeZone renders a tz database zone with X-TZINFO:<zone>[<version>] (Thunderbird's
  blocks in SOGo's iCalTimeZone tests, DAVx5/ical4android's in ical4j issue 819); cut short
  to the zone's first observance (Berlin's 1893 change from local mean time) and with no
  rule, it says nothing of later summers, and the database zone it names decides. Without
  that mark the calendar's own block still defines the time (the shared corpus's resolution
  order; test_parse_message, test_cal40_stale_vtimezone).
- A series mailed after its first instance is read at its next one; a text that names the
  series' first (past) date and the zone ("When: Monday, April 20 ... Pacific Time - Los
  Angeles"; CalendarServer's "Date:" over "Occurs: Every week"; Outlook's "Occurs every
  Monday effective 4/20/2026") still names the series' zone and is no sign of an old meeting.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail

SENDER = "Ines Varga <ines@lindenfeld.example>"
TO = "robin@inbox.example"


def _event(*lines: str, uid: str = "rc42@lindenfeld.example") -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260301T090000Z",
        *lines,
        "SUMMARY:Interview with Lindenfeld",
        "ORGANIZER;CN=Ines Varga:mailto:ines@lindenfeld.example",
        f"ATTENDEE;RSVP=TRUE:mailto:{TO}",
        "END:VEVENT",
    ]


def _mail(events: list[str], body: str, date: str, subject: str = "Interview") -> bytes:
    return calendar_mail(subject, body, events, method="REQUEST", sender=SENDER, to=TO, date=date)


# ---------------------------------------------------------------- RSCALE=GREGORIAN
def test_a_gregorian_rscale_rule_gives_the_next_instance() -> None:
    events = _event(
        "DTSTART;TZID=Europe/Vienna:20260105T100000",
        "DURATION:PT1H",
        "RRULE:RSCALE=GREGORIAN;SKIP=OMIT;FREQ=MONTHLY;COUNT=12",
    )
    parsed = parse_message(
        _mail(events, "Our monthly interview slot is attached.", "Mon, 20 Apr 2026 09:00:00 +0200")
    )
    assert parsed.start == datetime(2026, 5, 5, 10, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    assert parsed.end == datetime(2026, 5, 5, 11, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    assert not any("unreadable recurrence" in warning for warning in parsed.warnings)


def test_rscale_written_after_freq_without_skip_reads_the_same() -> None:
    events = _event(
        "DTSTART;TZID=Europe/Vienna:20260107T150000",
        "DURATION:PT30M",
        "RRULE:FREQ=WEEKLY;RSCALE=gregorian;COUNT=6",
    )
    parsed = parse_message(
        _mail(events, "Weekly slot attached.", "Thu, 15 Jan 2026 09:00:00 +0100")
    )
    assert parsed.start == datetime(2026, 1, 21, 15, 0, tzinfo=ZoneInfo("Europe/Vienna"))


def test_a_non_gregorian_scale_is_not_read_as_gregorian() -> None:
    """A Hebrew or Chinese rule names other days; reading it as Gregorian would invent them."""
    events = _event(
        "DTSTART;TZID=Europe/Vienna:20260105T100000",
        "DURATION:PT1H",
        "RRULE:RSCALE=HEBREW;FREQ=MONTHLY;COUNT=12",
    )
    parsed = parse_message(
        _mail(events, "Monthly slot attached.", "Mon, 20 Apr 2026 09:00:00 +0200")
    )
    assert parsed.start == datetime(2026, 1, 5, 10, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    assert any("unreadable recurrence" in warning for warning in parsed.warnings)


# ---------------------------------------------------------------- a VTIMEZONE that is silent
def _one_old_observance(tzid: str, source: str | None = None) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        *([f"X-TZINFO:{source}"] if source else []),
        "BEGIN:STANDARD",
        "DTSTART:18930401T000000",
        "RDATE;VALUE=PERIOD:18930401T000000/18930402T000000",
        "TZOFFSETFROM:+005328",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def test_a_block_holding_only_an_1893_observance_defers_to_the_named_zone() -> None:
    events = [
        *_one_old_observance("Europe/Berlin", "Europe/Berlin[2025b]"),
        *_event(
            "DTSTART;TZID=Europe/Berlin:20260917T122000",
            "DTEND;TZID=Europe/Berlin:20260917T124500",
        ),
    ]
    parsed = parse_message(
        _mail(events, "Short call on Thursday, invite attached.", "Thu, 10 Sep 2026 08:00:00 +0200")
    )
    assert parsed.start == datetime(2026, 9, 17, 12, 20, tzinfo=ZoneInfo("Europe/Berlin"))
    assert parsed.timezone == "Europe/Berlin"


def test_the_same_block_without_icus_mark_defines_its_own_time() -> None:
    events = [
        *_one_old_observance("Europe/Berlin"),
        *_event(
            "DTSTART;TZID=Europe/Berlin:20260917T122000",
            "DTEND;TZID=Europe/Berlin:20260917T124500",
        ),
    ]
    parsed = parse_message(
        _mail(events, "Short call on Thursday.", "Thu, 10 Sep 2026 08:00:00 +0200")
    )
    assert parsed.start == datetime(2026, 9, 17, 11, 20, tzinfo=UTC)
    assert parsed.timezone is None


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=2 * 365), st.integers(min_value=8, max_value=18))
def test_a_listed_transitions_block_is_the_zone_near_its_changes(day: int, hour: int) -> None:
    """Transitions listed around the slot (no RRULE) still define the slot's time: a block
    naming the zone and listing this year's changes is used as it is written."""
    wall = datetime(2026, 1, 10, hour, 0) + timedelta(days=day)
    zone = ZoneInfo("Europe/Berlin")
    blocks = ["BEGIN:VTIMEZONE", "TZID:Europe/Berlin"]
    for year in (2025, 2026, 2027, 2028):
        blocks += [
            "BEGIN:DAYLIGHT",
            f"DTSTART:{year}03{31 - (datetime(year, 3, 31).weekday() + 1) % 7:02d}T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"DTSTART:{year}10{31 - (datetime(year, 10, 31).weekday() + 1) % 7:02d}T030000",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "END:STANDARD",
        ]
    blocks.append("END:VTIMEZONE")
    events = [
        *blocks,
        *_event(f"DTSTART;TZID=Europe/Berlin:{wall:%Y%m%dT%H%M%S}", "DURATION:PT1H"),
    ]
    parsed = parse_message(_mail(events, "Invitation attached.", "Fri, 02 Jan 2026 08:00:00 +0100"))
    assert parsed.start == wall.replace(tzinfo=zone)


# ---------------------------------------------------------------- a series named by its start
def _google_series(body: str) -> bytes:
    events = _event(
        "DTSTART:20260420T200000Z",
        "DTEND:20260420T204500Z",
        "RRULE:FREQ=WEEKLY;WKST=SU;COUNT=3;BYDAY=MO",
        uid="series42@google.com",
    )
    return _mail(events, body, "Tue, 21 Apr 2026 18:00:00 -0700", "Invitation: Weekly review")


def test_a_series_text_naming_its_first_date_still_names_the_zone() -> None:
    parsed = parse_message(
        _google_series(
            "You have been invited to the following event.\n\n"
            "Title: Weekly review\n"
            "When: Monday, April 20, 2026 1pm – 1:45pm Pacific Time - Los Angeles\n"
        )
    )
    assert parsed.start == datetime(2026, 4, 27, 20, 0, tzinfo=UTC)
    assert parsed.timezone == "America/Los_Angeles"
    assert parsed.confidence >= 0.5
    assert not any("already passed" in warning for warning in parsed.warnings)


def test_a_text_naming_a_past_date_that_is_no_instance_still_counts() -> None:
    """Only the series' own first instance is excused: another past date in the text is
    still a past meeting as far as the text goes."""
    parsed = parse_message(
        _google_series(
            "Notes from our call on Wednesday, April 15, 2026 at 1pm are in the description.\n"
        )
    )
    assert parsed.start == datetime(2026, 4, 27, 20, 0, tzinfo=UTC)
    assert parsed.timezone is None


def test_a_timed_override_of_an_all_day_series_names_its_own_zone() -> None:
    """cassandane's recurrenceoverrides-mixed-datetypes.ics: the master is a DATE series, one
    occurrence is overridden by a timed event with a TZID; the instance reported is written in
    that zone, so the zone is named."""
    events = [
        *_event("DTSTART;VALUE=DATE:20260101", "DURATION:P1D", "RRULE:FREQ=MONTHLY"),
        *_event(
            "RECURRENCE-ID;VALUE=DATE:20260501",
            "DTSTART;TZID=Europe/Vienna:20260502T170000",
            "DURATION:PT1H",
        ),
    ]
    parsed = parse_message(
        _mail(events, "The May date moves to the 2nd at 5pm.", "Tue, 28 Apr 2026 09:00:00 +0200")
    )
    assert parsed.start == datetime(2026, 5, 2, 17, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    assert parsed.timezone == "Europe/Vienna"
    assert not parsed.all_day
