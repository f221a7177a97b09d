"""Behaviour of parse_message a user of the inbound hook would notice."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from service.parsing import ParsedMessage, ParseError, Person, parse_message
from service.parsing.model import JSON_KEYS

FIXTURES = Path(__file__).parent / "fixtures"


def _read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_json_has_exactly_the_contract_keys() -> None:
    result = parse_message(_read("google_request.eml"))
    assert tuple(result.to_json_dict()) == JSON_KEYS


def test_result_is_frozen() -> None:
    result = parse_message(_read("google_request.eml"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.kind = "reply"  # type: ignore[misc]


def test_hook_fields_carry_the_outer_message() -> None:
    result = parse_message(_read("gmail_forward_plain.eml"))
    assert result.sender == "ada.byron@gmail.com"
    assert result.message_id == "<fw1@mail.gmail.com>"
    assert result.subject == "Fwd: Next steps - Staff Engineer"
    assert result.date == datetime(2026, 3, 4, 18, 20, tzinfo=UTC)
    assert result.category is None


def test_interviewers_exclude_the_candidate() -> None:
    result = parse_message(_read("outlook_teams_windows_zone.eml"))
    assert result.organizer == Person(name="Ortiz, Lena", email="lena.ortiz@harborline.com")
    assert Person(name="Sam Lee", email="sam.lee@harborline.com") in result.interviewers
    assert all(person.email != "jo@example.org" for person in result.interviewers)


def test_all_day_dates_serialise_as_plain_dates() -> None:
    result = parse_message(_read("all_day_broken_fold.ics"))
    assert result.start == date(2026, 4, 20)
    assert result.to_json_dict()["start"] == "2026-04-20"
    assert result.organizer is not None
    assert result.organizer.name == "Robin Park"


def test_recurring_event_uses_the_next_occurrence_skipping_exdates() -> None:
    result = parse_message(_read("zoom_recurring.eml"))
    # 16 March is excluded, the message is dated 11 March; Zoom's epoch SEQUENCE is no update
    assert result.kind == "invitation"
    assert result.to_json_dict()["start"] == "2026-03-23T09:00:00-05:00"


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("rejection.eml", "rejection"),
        ("job_alert.eml", "job_alert"),
        ("newsletter.eml", "newsletter"),
        ("employer_reply.eml", "employer_reply"),
    ],
)
def test_non_invitations_are_classified_not_scheduled(name: str, category: str) -> None:
    result = parse_message(_read(name))
    assert result.kind == "not_invitation"
    assert result.category == category
    assert result.start is None


def test_relative_dates_fall_back_to_now_without_a_date_header() -> None:
    raw = (
        b"From: Kim <kim@fernhollow.com>\r\nSubject: Interview for Data Engineer\r\n\r\n"
        b"Can we schedule your interview tomorrow at 10:00 AM PT?\r\n"
    )
    now = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
    result = parse_message(raw, now=now)
    assert result.to_json_dict()["start"] == "2026-05-05T10:00:00-07:00"
    assert any("no Date header" in warning for warning in result.warnings)
    assert result.confidence < 0.8


def test_time_without_zone_is_flagged_for_review() -> None:
    raw = (
        b"From: Kim <kim@fernhollow.com>\r\nDate: Mon, 04 May 2026 09:00:00 -0700\r\n"
        b"Subject: Interview\r\n\r\nYour interview is on May 6, 2026 at 3:30 PM.\r\n"
    )
    result = parse_message(raw)
    assert result.kind == "invitation"
    assert result.to_json_dict()["start"] == "2026-05-06T15:30:00-07:00"
    assert "no time zone stated; assumed the sender's" in result.warnings


def test_plain_cancellation_is_recognised() -> None:
    raw = (
        b"From: Kim <kim@fernhollow.com>\r\nDate: Mon, 04 May 2026 09:00:00 -0700\r\n"
        b"Subject: Interview cancelled\r\n\r\n"
        b"Sorry, the interview on May 6, 2026 at 3:30 PM PT has been cancelled.\r\n"
    )
    assert parse_message(raw).kind == "cancellation"


def test_windows_zone_name_without_vtimezone_maps_through_cldr() -> None:
    raw = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x1\r\n"
        b"DTSTART;TZID=AUS Eastern Standard Time:20260105T090000\r\n"
        b"DTEND;TZID=AUS Eastern Standard Time:20260105T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = parse_message(raw)
    assert result.timezone == "Australia/Sydney"
    assert result.to_json_dict()["start"] == "2026-01-05T09:00:00+11:00"


def test_vtimezone_wins_over_a_contradicting_name_and_the_name_is_dropped() -> None:
    raw = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n"
        b"BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\n"
        b"TZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x2\r\n"
        b"DTSTART;TZID=Europe/Madrid:20260105T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = parse_message(raw)
    # the object's VTIMEZONE defines the time (RFC 5545 3.2.19, corpus rule 1): +03:00 all
    # year, not Madrid's +01:00; the IANA name no longer describes the offset and is dropped
    assert result.start is not None
    assert result.start.utcoffset() == timedelta(hours=3)
    assert result.timezone is None


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"\x00\x01\x02\xff" * 100])
def test_unreadable_input_raises_parse_error(raw: bytes) -> None:
    with pytest.raises(ParseError):
        parse_message(raw)


def test_parsed_message_is_the_public_type() -> None:
    assert isinstance(parse_message(_read("icloud_cancel.ics")), ParsedMessage)
