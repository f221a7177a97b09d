"""Zones stated the old ways: vCalendar 1.0's TZ/DAYLIGHT and the tz database's country folders.

A .vcs from a phone or Lotus Organizer has no VTIMEZONE: its local times take the offset of
the calendar's TZ property, or of a DAYLIGHT period they fall in (vCalendar 1.0, 2.1.5-2.1.6;
biweekly, EWSoftware PDI and Tizen's calendar service read them so). Read as floating, the
interview at 09:30 in Cologne was shown at 09:30 UTC.

Java's and pytz's zone lists still offer "US/Eastern", "Canada/Pacific", "Brazil/East": a TZID
so named is the place's zone, and the user is shown the place's name.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import calendar_mail


def _vcs_mail(wall: datetime, *, tz: str = "+01", daylight: tuple[str, ...] = ()) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:1.0", f"TZ:{tz}"]
    lines += [f"DAYLIGHT:{value}" for value in daylight]
    lines += [
        "BEGIN:VEVENT",
        "UID:vcs-zone@rheinland.example",
        "SUMMARY:Vorstellungsgespräch Vertrieb",
        f"DTSTART:{wall:%Y%m%dT%H%M%S}",
        f"DTEND:{wall + timedelta(hours=1):%Y%m%dT%H%M%S}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    message = EmailMessage()
    message["From"] = "Personal <personal@rheinland.example>"
    message["To"] = "sam@inbox.example"
    message["Subject"] = "Termin Vorstellungsgespräch"
    message["Date"] = "Mon, 01 Mar 2027 09:00:00 +0100"
    message.set_content("Anbei der Termin für Ihr Vorstellungsgespräch.")
    message.add_attachment(
        "\r\n".join(lines).encode("utf-8"),
        maintype="text",
        subtype="x-vcalendar",
        filename="termin.vcs",
    )
    return bytes(message)


SUMMER_2027 = "TRUE;+02;20270328T020000;20271031T030000;MEZ;MESZ"


def test_vcalendar_daylight_period_gives_summer_offset() -> None:
    parsed = parse_message(_vcs_mail(datetime(2027, 4, 12, 9, 30), daylight=(SUMMER_2027,)))
    assert parsed.start == datetime(2027, 4, 12, 7, 30, tzinfo=UTC)
    assert parsed.confidence >= 0.5
    assert not any("without a known zone" in warning for warning in parsed.warnings)


def test_vcalendar_tz_alone_is_the_standard_offset() -> None:
    parsed = parse_message(_vcs_mail(datetime(2027, 1, 18, 14, 0), tz="-05"))
    assert parsed.start == datetime(2027, 1, 18, 19, 0, tzinfo=UTC)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=364), st.integers(min_value=8, max_value=18))
def test_vcalendar_offsets_match_the_period_they_fall_in(day: int, hour: int) -> None:
    wall = datetime(2027, 1, 1, hour, 0) + timedelta(days=day)
    parsed = parse_message(_vcs_mail(wall, daylight=(SUMMER_2027,)))
    summer = datetime(2027, 3, 28, 2, 0) <= wall < datetime(2027, 10, 31, 3, 0)
    assert parsed.start is not None
    assert parsed.start.utcoffset() == timedelta(hours=2 if summer else 1)
    assert parsed.start.replace(tzinfo=None) == wall


def _zoned_invite(tzid: str) -> bytes:
    return calendar_mail(
        "Interview with Harborline",
        "Your interview invitation is attached.",
        [
            "BEGIN:VEVENT",
            "UID:country-folder@harborline.example",
            "DTSTAMP:20270301T100000Z",
            f"DTSTART;TZID={tzid}:20270310T100000",
            "DURATION:PT45M",
            "SUMMARY:Interview with Harborline",
            "ORGANIZER;CN=Jo Reyes:mailto:jo@harborline.example",
            "ATTENDEE;RSVP=TRUE:mailto:sam@inbox.example",
            "END:VEVENT",
        ],
        method="REQUEST",
        sender="Jo Reyes <jo@harborline.example>",
        to="sam@inbox.example",
        date="Mon, 01 Mar 2027 10:00:00 +0000",
    )


@pytest.mark.parametrize(
    ("tzid", "place"),
    [
        ("US/Eastern", "America/New_York"),
        ("Canada/Pacific", "America/Vancouver"),
        ("Brazil/East", "America/Sao_Paulo"),
        ("Mexico/General", "America/Mexico_City"),
    ],
)
def test_a_country_folder_zone_is_shown_by_its_place(tzid: str, place: str) -> None:
    parsed = parse_message(_zoned_invite(tzid))
    assert parsed.start == datetime(2027, 3, 10, 10, 0, tzinfo=ZoneInfo(place))
    assert parsed.timezone == place


def test_a_place_that_is_a_link_keeps_its_own_name() -> None:
    """Europe/Amsterdam is a link to Europe/Brussels in the tz data, and still Amsterdam."""
    parsed = parse_message(_zoned_invite("Europe/Amsterdam"))
    assert parsed.timezone == "Europe/Amsterdam"
