"""Calendar shapes that real producers write and that once lost the event.

Each calendar here is our own text in the shape a producer's output was found to have when
the parser was compared with icalendar's own reading of public test calendars.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from service.parsing import parse_message
from service.parsing.calendar import read_calendar
from tests.parsing.linearity import hang_guard

SENT = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _calendar(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_property_name_folded_before_its_value_is_read() -> None:
    # Mozilla Calendar 0.x, KOrganizer 3 and old libical fold right after the name
    data = _calendar(
        "BEGIN:VCALENDAR",
        "VERSION",
        " :2.0",
        "PRODID",
        " :-//Example//Old Desktop Calendar//EN",
        "BEGIN:VEVENT",
        "UID",
        " :folded-name-1@example.org",
        "SUMMARY",
        " :Interview with the platform team",
        "DTSTART",
        " ;TZID=Europe/Vienna",
        " :20260714T100000",
        "DTEND",
        " ;TZID=Europe/Vienna",
        " :20260714T110000",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    assert event.start == datetime(2026, 7, 14, 10, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    assert event.end == datetime(2026, 7, 14, 11, 0, tzinfo=ZoneInfo("Europe/Vienna"))
    assert event.uid == "folded-name-1@example.org"
    assert event.timezone == "Europe/Vienna"


def test_a_stray_parameter_line_does_not_corrupt_the_uid() -> None:
    data = _calendar(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "DTSTART:20260902T130000Z",
        "DTEND:20260902T140000Z",
        "UID:stray-7@example.org",
        "X-EXAMPLE-DISTANCE=12.5",
        "SUMMARY:Second interview",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    assert event.uid == "stray-7@example.org"
    assert event.start == datetime(2026, 9, 2, 13, 0, tzinfo=UTC)


def test_a_lost_space_continuation_is_still_joined() -> None:
    data = _calendar(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E00800000000D0C1",
        "9F3A2B7CD01000000000000000010000000",
        "DTSTART:20260902T130000Z",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    assert event.uid == (
        "040000008200E00074C5B7101A82E00800000000D0C19F3A2B7CD01000000000000000010000000"
    )


def _with_broken_neighbour(neighbour: list[str]) -> bytes:
    return _calendar(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "METHOD:REQUEST",
        *neighbour,
        "BEGIN:VEVENT",
        "UID:neighbour-3@example.org",
        "DTSTART;TZID=America/Chicago:20261103T150000",
        "DTEND;TZID=America/Chicago:20261103T154500",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:PT-15M",  # not a duration (that would be -PT15M)
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    )


def test_a_broken_alarm_trigger_does_not_lose_the_event() -> None:
    event = read_calendar(_with_broken_neighbour([]), SENT)
    assert event is not None
    assert event.start == datetime(2026, 11, 3, 15, 0, tzinfo=ZoneInfo("America/Chicago"))
    assert event.end == datetime(2026, 11, 3, 15, 45, tzinfo=ZoneInfo("America/Chicago"))
    assert event.method == "REQUEST"


def test_a_broken_free_busy_period_does_not_lose_the_event() -> None:
    busy = [
        "BEGIN:VFREEBUSY",
        "UID:busy@example.org",
        "FREEBUSY;FBTYPE=BUSY:20260705T090000Z/20260605T100000Z",
        "END:VFREEBUSY",
    ]
    event = read_calendar(_with_broken_neighbour(busy), SENT)
    assert event is not None
    assert event.uid == "neighbour-3@example.org"


def test_a_zone_with_an_impossible_offset_falls_back_to_its_name() -> None:
    zone = [
        "BEGIN:VTIMEZONE",
        "TZID:America/Chicago",
        "BEGIN:STANDARD",
        "DTSTART:19701101T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-9960",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    event = read_calendar(_with_broken_neighbour(zone), SENT)
    assert event is not None
    assert event.start == datetime(2026, 11, 3, 15, 0, tzinfo=ZoneInfo("America/Chicago"))
    assert event.timezone == "America/Chicago"


def test_a_broken_end_loses_only_the_end() -> None:
    data = _calendar(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:broken-end@example.org",
        "DTSTART;TZID=Europe/Berlin:20260312T180000",
        "DTEND;TZID=Europe/Berlin:None",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    assert event.start == datetime(2026, 3, 12, 18, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert event.end is None


def test_an_impractical_duration_loses_only_the_end() -> None:
    data = _calendar(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:long@example.org",
        "DTSTART:20260312T180000Z",
        "DURATION:P999999999999999W",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    assert event.start == datetime(2026, 3, 12, 18, 0, tzinfo=UTC)
    assert event.end is None


def test_a_daily_rule_begun_decades_ago_reaches_the_mail_date() -> None:
    data = _calendar(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:daily-since-1999@example.org",
        "DTSTART;TZID=America/New_York:19990104T083000",
        "DTEND;TZID=America/New_York:19990104T084500",
        "RRULE:FREQ=DAILY",
        "EXDATE;TZID=America/New_York:20260601T083000",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    new_york = ZoneInfo("America/New_York")
    assert event.start == datetime(2026, 6, 2, 8, 30, tzinfo=new_york)
    assert event.end == datetime(2026, 6, 2, 8, 45, tzinfo=new_york)


def test_an_all_day_weekly_rule_begun_long_ago_reaches_the_mail_date() -> None:
    data = _calendar(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:weekly-since-1920@example.org",
        "DTSTART;VALUE=DATE:19200106",
        "RRULE:FREQ=WEEKLY",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    # 6 January 1920 was a Tuesday: over 5,000 Tuesdays before the mail's Monday
    assert event.start == date(2026, 6, 2)
    assert event.end == date(2026, 6, 3)


def test_a_refresh_request_is_not_an_invitation() -> None:
    data = _calendar(
        "BEGIN:VCALENDAR",
        "METHOD:REFRESH",
        "BEGIN:VEVENT",
        "UID:refresh@example.org",
        "DTSTART:20260902T130000Z",
        "ATTENDEE:mailto:sam@mail.example",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    assert event.kind == "reply"


def test_a_long_broken_calendar_retries_only_its_first_events() -> None:
    event_lines = [
        "BEGIN:VEVENT",
        "UID:many@example.org",
        "DTSTART:20260902T130000Z",
        "BEGIN:VALARM",
        "TRIGGER:PT-5M",
        "END:VALARM",
        "END:VEVENT",
    ]
    data = _calendar("BEGIN:VCALENDAR", *(event_lines * 2800), "END:VCALENDAR")
    message = (
        b"From: a@talent.example\r\nTo: b@mail.example\r\nSubject: Interview\r\n"
        b"Date: Mon, 01 Jun 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/calendar; method=REQUEST\r\n\r\n" + data
    )
    with hang_guard():  # stopped there, not left to run
        parsed = parse_message(message)
    assert parsed.start == datetime(2026, 9, 2, 13, 0, tzinfo=UTC)


def test_a_start_outside_its_rule_is_still_the_first_occurrence() -> None:
    # the first interview is on a Tuesday, the series then runs Mondays and Thursdays
    data = _calendar(
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:series-tuesday@example.org",
        "DTSTART;TZID=Europe/Madrid:20260609T160000",
        "DTEND;TZID=Europe/Madrid:20260609T163000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    event = read_calendar(data, SENT)
    assert event is not None
    madrid = ZoneInfo("Europe/Madrid")
    assert event.start == datetime(2026, 6, 9, 16, 0, tzinfo=madrid)
    assert event.end == datetime(2026, 6, 9, 16, 30, tzinfo=madrid)
    # once that day has passed, the rule's own days follow
    later = read_calendar(data, datetime(2026, 6, 10, 9, 0, tzinfo=UTC))
    assert later is not None
    assert later.start == datetime(2026, 6, 11, 16, 0, tzinfo=madrid)


def _series(*extra: str, overrides: tuple[str, ...] = ()) -> bytes:
    return _calendar(
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:weekly-panel@example.org",
        "DTSTART;TZID=Europe/Berlin:20260602T150000",
        "DTEND;TZID=Europe/Berlin:20260602T160000",
        *extra,
        "END:VEVENT",
        *overrides,
        "END:VCALENDAR",
    )


BERLIN = ZoneInfo("Europe/Berlin")


def test_an_exdate_written_in_utc_excludes_the_local_instance() -> None:
    data = _series("RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE:20260609T130000Z,20260616T130000Z")
    event = read_calendar(data, datetime(2026, 6, 3, 9, 0, tzinfo=UTC))
    assert event is not None
    assert event.start == datetime(2026, 6, 23, 15, 0, tzinfo=BERLIN)


def test_an_until_in_utc_keeps_the_last_local_instance() -> None:
    # 13:00Z is 15:00 in Berlin in summer: the 23 June meeting is the last one
    data = _series("RRULE:FREQ=WEEKLY;UNTIL=20260623T130000Z")
    event = read_calendar(data, datetime(2026, 6, 17, 9, 0, tzinfo=UTC))
    assert event is not None
    assert event.start == datetime(2026, 6, 23, 15, 0, tzinfo=BERLIN)


def test_an_instance_moved_earlier_than_the_mail_is_skipped() -> None:
    moved = (
        "BEGIN:VEVENT",
        "UID:weekly-panel@example.org",
        "RECURRENCE-ID;TZID=Europe/Berlin:20260616T150000",
        "DTSTART;TZID=Europe/Berlin:20260605T150000",
        "DTEND;TZID=Europe/Berlin:20260605T160000",
        "END:VEVENT",
    )
    data = _series("RRULE:FREQ=WEEKLY;COUNT=5", overrides=moved)
    event = read_calendar(data, datetime(2026, 6, 10, 9, 0, tzinfo=UTC))
    assert event is not None
    assert event.start == datetime(2026, 6, 23, 15, 0, tzinfo=BERLIN)
    assert event.kind == "invitation"


def test_an_instance_moved_ahead_of_the_next_one_comes_first() -> None:
    # the 23 June meeting moves to 10 June, before the plain 16 June one; no DTEND or
    # DURATION of its own, so it keeps the series' hour
    moved = (
        "BEGIN:VEVENT",
        "UID:weekly-panel@example.org",
        "RECURRENCE-ID;TZID=Europe/Berlin:20260623T150000",
        "DTSTART;TZID=Europe/Berlin:20260610T110000",
        "END:VEVENT",
    )
    data = _series("RRULE:FREQ=WEEKLY;COUNT=5", overrides=moved)
    event = read_calendar(data, datetime(2026, 6, 9, 14, 0, tzinfo=UTC))
    assert event is not None
    assert event.start == datetime(2026, 6, 10, 11, 0, tzinfo=BERLIN)
    assert event.end == datetime(2026, 6, 10, 12, 0, tzinfo=BERLIN)
    assert event.kind == "reschedule"


def test_an_added_rdate_instance_is_an_occurrence() -> None:
    data = _series(
        "RRULE:FREQ=WEEKLY;COUNT=3",
        "RDATE;TZID=Europe/Berlin:20260611T090000",
    )
    event = read_calendar(data, datetime(2026, 6, 10, 9, 0, tzinfo=UTC))
    assert event is not None
    assert event.start == datetime(2026, 6, 11, 9, 0, tzinfo=BERLIN)
    assert event.end == datetime(2026, 6, 11, 10, 0, tzinfo=BERLIN)


def test_a_tzid_that_is_only_an_offset_is_read_at_that_offset() -> None:
    # some web calendars write the zone as "GMT+0530" or "(UTC-03:00) …" with no VTIMEZONE
    # and no name a zone table knows: the offset stated beats a floating reading in UTC
    for tzid, offset in (
        ("GMT+0530", "+05:30"),
        ("UTC-03:00", "-03:00"),
        ("(UTC+09:30) Somewhere Central", "+09:30"),
    ):
        data = _calendar(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:offset-tzid@example.org",
            "SUMMARY:Interview",
            f'DTSTART;TZID="{tzid}":20260714T100000',
            f'DTEND;TZID="{tzid}":20260714T110000',
            "END:VEVENT",
            "END:VCALENDAR",
        )
        event = read_calendar(data, SENT)
        assert event is not None
        assert event.start == datetime.fromisoformat(f"2026-07-14T10:00:00{offset}"), tzid
        assert not event.floating, tzid


def _utc_request_with_text(time_line: str) -> bytes:
    """A UTC-only iTIP request whose text prints the slot in the organiser's zone."""
    from email.message import EmailMessage

    calendar = _calendar(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Calendar Server//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:utc-text-zone@example.org",
        "DTSTART:20270608T040000Z",
        "DURATION:PT1H",
        "DTSTAMP:20270601T093000Z",
        "SUMMARY:Interview",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    message = EmailMessage()
    message["From"] = "Recruiter <r@example.org>"
    message["To"] = "candidate@example.org"
    message["Subject"] = "Event invitation: Interview"
    message["Date"] = "Tue, 01 Jun 2027 18:30:00 +0900"
    message.set_content(f"Date: Tuesday, June 8, 2027\n{time_line}\n")
    message.add_alternative(calendar.decode(), subtype="calendar", params={"method": "REQUEST"})
    return message.as_bytes()


def test_a_one_zone_abbreviation_names_the_zone_of_a_utc_calendar() -> None:
    # "(JST)" beside the very instant the UTC calendar holds: Japan's zone, as "Asia/Tokyo"
    # would be; "KST" at that instant is Seoul's
    reading = parse_message(_utc_request_with_text("Time: 1:00 PM to 2:00 PM (JST)"))
    assert reading.timezone == "Asia/Tokyo"
    assert reading.start == datetime(2027, 6, 8, 4, tzinfo=UTC)
    assert parse_message(_utc_request_with_text("Time: 1:00 PM (KST)")).timezone == "Asia/Seoul"


def test_a_shared_abbreviation_or_another_instant_names_no_zone() -> None:
    # CST is China's and America's; "(JST)" at another hour is not this calendar's slot
    assert parse_message(_utc_request_with_text("Time: 12:00 PM (CST)")).timezone is None
    assert parse_message(_utc_request_with_text("Time: 3:00 PM (JST)")).timezone is None
