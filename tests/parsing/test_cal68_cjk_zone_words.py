"""A CJK zone name beside a UTC calendar names the zone (cal68).

Zoom and Google write DTSTART in UTC; a Japanese or Chinese mail names the zone in CLDR's
four-character generic name ("15:00-16:00 日本時間", "台灣時間"). The reader took only zone words
longer than four characters, which suits Latin words ("Rome" may be a place) but drops every
four-character CJK name, each character a syllable. The pairs come from CLDR (babel), not a
phrase list: every one-zone metazone's generic name in ja, zh and zh_Hant that the zone reader
reads as that zone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from babel.dates import get_timezone_name
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.zone_words import read_zone
from service.parsing.zones import same_zone

_CANDIDATES = (
    "Asia/Tokyo",
    "Asia/Taipei",
    "Asia/Shanghai",
    "Asia/Seoul",
    "Asia/Hong_Kong",
    "Asia/Singapore",
    "Asia/Bangkok",
)


def _pairs() -> list[tuple[str, str, str]]:
    out = []
    for locale in ("ja", "zh", "zh_Hant"):
        for zone in _CANDIDATES:
            name = get_timezone_name(ZoneInfo(zone), width="long", locale=locale)
            found = read_zone(name)
            if found is not None and same_zone(found.name, zone):
                out.append((locale, zone, name))
    return out


PAIRS = _pairs()


def _mail(text: str, start: datetime) -> bytes:
    fmt = "%Y%m%dT%H%M%SZ"
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//zoom.us//iCalendar Event//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:cal68-cjk@firm.example",
            "DTSTAMP:20270101T000000Z",
            f"DTSTART:{start.astimezone(UTC).strftime(fmt)}",
            f"DTEND:{(start + timedelta(hours=1)).astimezone(UTC).strftime(fmt)}",
            "SUMMARY:面接",
            "ORGANIZER:mailto:recruiter@firm.example",
            "ATTENDEE;RSVP=TRUE:mailto:candidate@inbox.example",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    return (
        "From: Recruiter <recruiter@firm.example>\r\n"
        "To: Candidate <candidate@inbox.example>\r\n"
        "Subject: =?utf-8?b?6Z2i5o6l?=\r\n"
        "Date: Mon, 01 Feb 2027 09:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
        "--b1\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
        "--b1\r\n"
        'Content-Type: text/calendar; charset="utf-8"; method=REQUEST\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{ics}"
        "--b1--\r\n"
    ).encode()


def test_cldr_gives_four_character_names() -> None:
    assert any(len(name) == 4 for _locale, _zone, name in PAIRS)
    assert {locale for locale, _zone, _name in PAIRS} >= {"ja", "zh", "zh_Hant"}


@pytest.mark.parametrize(("locale", "zone", "name"), PAIRS)
@settings(max_examples=8, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=300),
    hour=st.integers(min_value=8, max_value=18),
    half=st.booleans(),
)
def test_cjk_zone_name_over_utc_calendar_names_the_zone(
    locale: str, zone: str, name: str, day: int, hour: int, half: bool
) -> None:
    start = datetime(2027, 2, 2, hour, 30 if half else 0, tzinfo=ZoneInfo(zone)) + timedelta(
        days=day
    )
    end = start + timedelta(hours=1)
    text = f"面接のご案内\n日時：{start:%Y/%m/%d} {start:%H:%M}-{end:%H:%M} {name}\n"
    got = parse_message(_mail(text, start))
    assert got.start == start
    assert got.timezone is not None
    assert same_zone(got.timezone, zone), (locale, name, got.timezone)


def test_text_naming_another_instant_gives_no_zone() -> None:
    start = datetime(2027, 3, 9, 15, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    text = "面接のご案内\n日時：2027/03/09 17:00-18:00 日本時間\n"
    got = parse_message(_mail(text, start))
    assert got.start == start
    assert got.timezone is None
