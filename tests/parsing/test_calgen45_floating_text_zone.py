# ruff: noqa: E501  (one mail text per line reads better than split strings)
"""A calendar with floating times whose mail names the zone of that very time.

eluceo/ical 2 writes `DTSTART:20260421T110000` (no TZID, no Z) for `new DateTime($dt, false)`
and spatie/icalendar-generator does the same after `withoutTimezone()`; the mail around it
says "11:00 Central Time" or "10:00 Uhr (Europe/Berlin)". A reader puts the floating time in
the zone the text gives for the same wall clock; the parser read it as UTC, hours off.
A text that names another time, or no zone at all, leaves the time floating.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(text: str, start: datetime, minutes: int = 60, sent_zone: str = "UTC") -> bytes:
    end = start + timedelta(minutes=minutes)
    ics = (
        "BEGIN:VCALENDAR\r\nPRODID:-//eluceo/ical//2.0/EN\r\nVERSION:2.0\r\n"
        "CALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\nUID:0f3a9c2e7d1b4a6f8e5c0b9a7d3e1f24\r\n"
        "DTSTAMP:20260401T080000Z\r\nSUMMARY:Interview\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%S}\r\nDTEND:{end:%Y%m%dT%H%M%S}\r\n"
        "ORGANIZER;CN=Recruiting:mailto:jobs@example.org\r\n"
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.morgan@mailbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    sent = datetime(2026, 4, 1, 9, 0, tzinfo=ZoneInfo(sent_zone))
    return (
        "From: Recruiting <jobs@example.org>\r\nTo: Alex Morgan <alex.morgan@mailbox.example>\r\n"
        f"Subject: Interview\r\nDate: {sent:%a, %d %b %Y %H:%M:%S %z}\r\n"
        "Message-ID: <float-zone@example.org>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        '--b\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        f"{text}\r\n"
        '--b\r\nContent-Type: text/calendar; charset="utf-8"\r\n'
        'Content-Disposition: attachment; filename="invitation.ics"\r\n\r\n'
        f"{ics}--b--\r\n"
    ).encode()


CASES = [
    (
        "Hi Alex,\n\nYour phone screen is set for Tuesday 21 April 2026 at 11:00 Central Time.\n\nDana",
        datetime(2026, 4, 21, 11, 0),
        "America/Chicago",
        "America/Chicago",
    ),
    (
        "Hallo Alex,\n\nwir laden Sie am Dienstag, 14. April 2026 um 13:30 Uhr (Europe/Berlin) ein.\n\nMarie",
        datetime(2026, 4, 14, 13, 30),
        "Europe/Berlin",
        "Europe/Berlin",
    ),
    (
        "Bonjour Alex,\n\nNous vous proposons un entretien le mercredi 6 mai 2026 à 9h30 (heure de Paris).\n\nLéa",
        datetime(2026, 5, 6, 9, 30),
        "Europe/Paris",
        "UTC",
    ),
    (
        "Hola Alex:\n\nTe esperamos el martes 15 de septiembre de 2026 a las 10:00 (hora peninsular).\n\nMarta",
        datetime(2026, 9, 15, 10, 0),
        "Europe/Madrid",
        "UTC",
    ),
]


@pytest.mark.parametrize(("text", "wall", "zone", "sent_zone"), CASES)
def test_the_text_places_a_floating_time_it_repeats(
    text: str, wall: datetime, zone: str, sent_zone: str
) -> None:
    result = parse_message(_mail(text, wall, sent_zone=sent_zone))
    assert result.kind == "invitation", result
    assert result.start == wall.replace(tzinfo=ZoneInfo(zone)), result
    assert result.end == (wall + timedelta(hours=1)).replace(tzinfo=ZoneInfo(zone)), result


@given(hour=st.integers(8, 17), other=st.integers(1, 5), minute=st.sampled_from([0, 15, 30]))
@settings(max_examples=15, deadline=None)
def test_a_text_naming_another_time_leaves_the_time_floating(
    hour: int, other: int, minute: int
) -> None:
    wall = datetime(2026, 4, 14, hour, minute)
    said = wall + timedelta(hours=other)
    text = f"Hallo Alex,\n\nwir sehen uns am Dienstag, 14. April 2026 um {said:%H:%M} Uhr (Europe/Berlin)."
    result = parse_message(_mail(text, wall))
    assert isinstance(result.start, datetime), result
    assert result.start.replace(tzinfo=None) == wall, result
    assert any("without a known zone" in note for note in result.warnings), result


def test_a_text_naming_no_zone_leaves_the_time_floating() -> None:
    wall = datetime(2026, 9, 15, 10, 0)
    text = "Hola Alex:\n\nTe esperamos el martes 15 de septiembre de 2026 a las 10:00.\n\nMarta"
    result = parse_message(_mail(text, wall))
    assert isinstance(result.start, datetime), result
    assert result.start.replace(tzinfo=None) == wall, result
    assert any("without a known zone" in note for note in result.warnings), result
