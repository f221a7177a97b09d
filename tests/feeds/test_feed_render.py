"""What a subscriber's calendar relies on in the rendered feed, checked property by property."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from feeds import EventStatus, FeedCalendar, FeedEvent, feed_etag, render_feed
from tests.feeds.feed_parsers import assert_clients_agree, icaljs_raw, lint
from tests.feeds.feed_scenarios import hostile, normal, rescheduled

T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


def event(**overrides: object) -> FeedEvent:
    fields: dict[str, object] = {
        "uid": "step-1-thank_you@afterview.example",
        "summary": "Thank-you note — Acme, Engineer",
        "description": "Send it today.",
        "start": T0,
        "end": T0 + timedelta(minutes=30),
        "sequence": 2,
        "created": T0 - timedelta(days=3),
        "last_modified": T0 - timedelta(days=1),
    }
    fields.update(overrides)
    return FeedEvent(**fields)  # type: ignore[arg-type]


def calendar(*events: FeedEvent, **overrides: object) -> FeedCalendar:
    fields: dict[str, object] = {
        "name": "Follow-ups",
        "description": "Interview follow-ups",
        "timezone": "Europe/Berlin",
        "stamp": T0 - timedelta(hours=1),
        "events": events,
    }
    fields.update(overrides)
    return FeedCalendar(**fields)  # type: ignore[arg-type]


def lines(body: bytes) -> list[str]:
    """Return the unfolded content lines."""
    return body.decode().replace("\r\n ", "").split("\r\n")


def test_calendar_header_tells_clients_how_to_poll_and_name_it() -> None:
    body = render_feed(calendar(event(), refresh=timedelta(hours=2)))
    found = lines(body)
    for expected in (
        "VERSION:2.0",
        "PRODID:-//Afterview//Interview follow-ups 1.0//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Follow-ups",
        "NAME:Follow-ups",
        "X-WR-CALDESC:Interview follow-ups",
        "X-WR-TIMEZONE:Europe/Berlin",
        "REFRESH-INTERVAL;VALUE=DURATION:PT2H",
        "X-PUBLISHED-TTL:PT2H",
    ):
        assert expected in found
    assert not any(line.startswith("METHOD") for line in found)


def test_every_event_carries_the_properties_clients_require() -> None:
    parsed = Calendar.from_ical(render_feed(normal()))
    assert len(parsed.events) == 8
    for component in parsed.events:
        for name in (
            "UID",
            "DTSTAMP",
            "DTSTART",
            "DTEND",
            "SEQUENCE",
            "CREATED",
            "LAST-MODIFIED",
            "SUMMARY",
            "DESCRIPTION",
            "STATUS",
            "TRANSP",
        ):
            assert name in component, name
        assert component["DTSTAMP"].dt == datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def test_same_data_gives_same_bytes_whatever_the_input_order() -> None:
    feed = normal()
    shuffled = replace(feed, events=tuple(reversed(feed.events)))
    assert render_feed(feed) == render_feed(shuffled)
    assert feed_etag(render_feed(feed)) == feed_etag(render_feed(shuffled))


def test_etag_is_strong_and_follows_the_body() -> None:
    first = feed_etag(render_feed(normal()))
    second = feed_etag(render_feed(rescheduled()))
    assert first.startswith('"')
    assert first.endswith('"')
    assert not first.startswith("W/")
    assert first != second


def test_reschedule_keeps_uids_and_raises_sequence_and_last_modified() -> None:
    before = {e.uid: e for e in Calendar.from_ical(render_feed(normal())).events}
    after = {e.uid: e for e in Calendar.from_ical(render_feed(rescheduled())).events}
    assert set(after) <= set(before)
    for uid, moved in after.items():
        assert moved["SEQUENCE"] > before[uid]["SEQUENCE"]
        assert moved["LAST-MODIFIED"].dt > before[uid]["LAST-MODIFIED"].dt
        assert moved.start != before[uid].start


def test_done_step_is_free_time_and_cancelled_status_is_written() -> None:
    body = render_feed(
        calendar(
            event(busy=False),
            event(uid="interview-1@x", status=EventStatus.CANCELLED),
        )
    )
    seen = {e["uid"]: e for e in icaljs_raw(body)["events"]}
    assert seen["step-1-thank_you@afterview.example"]["transp"] == "TRANSPARENT"
    assert seen["interview-1@x"]["transp"] == "OPAQUE"
    assert seen["interview-1@x"]["status"] == "CANCELLED"


def test_alarm_is_a_display_alarm_before_the_start() -> None:
    body = render_feed(calendar(event(alarm_minutes_before=15)))
    alarm = Calendar.from_ical(body).events[0].subcomponents[0]
    assert alarm.name == "VALARM"
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(minutes=-15)
    assert b"BEGIN:VALARM" not in render_feed(calendar(event()))


def test_zone_times_carry_a_tzid_with_its_vtimezone() -> None:
    body = render_feed(calendar(event(tzid="Europe/Berlin")))
    assert "DTSTART;TZID=Europe/Berlin:20250602T110000" in lines(body)
    assert Calendar.from_ical(body).get_missing_tzids() == set()


def test_utc_events_have_no_vtimezone_and_no_floating_times() -> None:
    body = render_feed(calendar(event()))
    assert "BEGIN:VTIMEZONE" not in lines(body)
    assert "DTSTART:20250602T090000Z" in lines(body)


def test_repeated_autumn_hour_is_written_in_utc_so_it_is_not_an_hour_off() -> None:
    # 01:30 UTC on 26 Oct 2025 is the second 02:30 in Berlin; a TZID time would mean the first.
    second = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    feed = calendar(event(start=second, end=second + timedelta(minutes=20), tzid="Europe/Berlin"))
    body = render_feed(feed)
    assert "DTSTART:20251026T013000Z" in lines(body)
    assert_clients_agree(body, feed)


def test_vtimezone_onset_is_local_time_before_the_change() -> None:
    # RFC 5545: Berlin's spring change is DTSTART 02:00 with TZOFFSETFROM +0100.
    body = render_feed(calendar(event(tzid="Europe/Berlin")))
    text = "\n".join(lines(body))
    assert "BEGIN:DAYLIGHT\nDTSTART:20250330T020000\nTZNAME:CEST\nTZOFFSETFROM:+0100" in text


def test_windows_zone_names_become_iana() -> None:
    feed = calendar(event(tzid="Eastern Standard Time"), timezone="Eastern Standard Time")
    body = render_feed(feed)
    assert "X-WR-TIMEZONE:America/New_York" in lines(body)
    assert "DTSTART;TZID=America/New_York:20250602T050000" in lines(body)


def test_hostile_text_cannot_add_lines_or_properties() -> None:
    feed = hostile()
    body = render_feed(feed)
    assert_clients_agree(body, feed)
    parsed = Calendar.from_ical(body)
    assert "METHOD" not in parsed
    assert len(parsed.events) == len(feed.events)
    first = next(e for e in parsed.events if e["UID"] == "interview-6@afterview.example")
    assert first["LOCATION"] == "Room 1; BEGIN:VALARM END:VCALENDAR"
    assert first["URL"] == "https://evil.example/a%20b%0D%0AX-INJECTED:1"
    assert [str(c) for c in first.categories] == ["a b", "c;d\\"]
    assert not first.subcomponents
    assert "X-INJECTED" not in first
    assert parsed["X-WR-CALNAME"] == "Sam's interviews all METHOD:REQUEST"
    assert parsed["DESCRIPTION"] == "Line one\nMETHOD:REQUEST\\n"
    # icalendar reads X- values raw, so check the escaped line itself.
    assert "X-WR-CALDESC:Line one\\nMETHOD:REQUEST\\\\n" in lines(body)


def one_line(text: str) -> str:
    """Restate the rule: line breaks become spaces, controls vanish, whitespace collapses."""
    text = re.sub("\r\n|[\r\x85\u2028\u2029]", "\n", text)
    return " ".join(re.sub("[\x00-\x08\x0b-\x1f\x7f]", "", text).split())


@settings(max_examples=200, deadline=None)
@given(summary=st.text(), location=st.text(), description=st.text(), name=st.text())
def test_any_text_round_trips_as_one_property(
    summary: str, location: str, description: str, name: str
) -> None:
    body = render_feed(
        calendar(event(summary=summary, location=location, description=description), name=name)
    )
    lint(body)
    parsed = Calendar.from_ical(body)
    (component,) = parsed.events
    assert str(component["SUMMARY"]) == one_line(summary)
    assert str(component.get("LOCATION", "")) == one_line(location)
    assert "\r" not in str(component["DESCRIPTION"])
    expected = {
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "SEQUENCE",
        "CREATED",
        "LAST-MODIFIED",
        "SUMMARY",
        "DESCRIPTION",
        "STATUS",
        "TRANSP",
    }
    assert set(component) == expected | ({"LOCATION"} if one_line(location) else set())
    assert not component.subcomponents


def test_empty_calendar_is_valid_for_every_parser() -> None:
    feed = calendar()
    body = render_feed(feed)
    assert_clients_agree(body, feed)
    assert icaljs_raw(body)["events"] == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"start": datetime(2025, 6, 2, 9, 0)}, "naive"),
        ({"last_modified": datetime(2025, 6, 2, 9, 0)}, "naive"),
        ({"end": T0 - timedelta(minutes=1)}, "ends before"),
        ({"sequence": -1}, "sequence"),
        ({"tzid": "Mars/Olympus_Mons"}, "unknown time zone"),
        ({"uid": "  "}, "uid"),
        ({"alarm_minutes_before": -5}, "alarm"),
    ],
)
def test_invalid_events_are_rejected_with_a_clear_error(
    overrides: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        event(**overrides)


def test_invalid_calendars_are_rejected_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="naive"):
        calendar(stamp=datetime(2025, 1, 1))
    with pytest.raises(ValueError, match="duplicate event UIDs"):
        calendar(event(), event())
    with pytest.raises(ValueError, match="refresh"):
        calendar(refresh=timedelta(0))


def test_aware_non_utc_input_is_normalised_to_utc() -> None:
    from zoneinfo import ZoneInfo

    local = datetime(2025, 6, 2, 11, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert event(start=local, end=local + timedelta(hours=1)).start == T0


def test_a_literal_backslash_n_stays_text() -> None:
    body = render_feed(calendar(event(summary="C:\\New folder", location="Room \\N1")))
    (component,) = Calendar.from_ical(body).events
    assert str(component["SUMMARY"]) == "C:\\New folder"
    assert str(component["LOCATION"]) == "Room \\N1"
