"""One instant, however a producer writes its zone, reads as one instant.

cal66's calendars wrote the zone in shapes the reader did not know: Exchange Online's
"tzone://Microsoft/<Windows ID>", a localised Windows display name ("(UTC-05:00) Hora del
este (EE.UU. y Canadá)"), a DTSTART TZID that matches its VTIMEZONE only by case, zone offsets
written "+05:30", a Rails zone name in X-WR-TIMEZONE ("Berlin"). Each left the time floating
(read as UTC) or the zone unnamed. The invariant: the same wall-clock time in the same zone,
written with any supported TZID spelling, zone-offset style, folding and line ends, gives the
same UTC start; and a spelling that names a zone names that zone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.calendar import read_calendar
from service.parsing.zones import same_zone

REFERENCE = datetime(2027, 1, 1, tzinfo=UTC)

# (IANA zone, standard offset, summer offset, EU or US rules)
ZONES = {
    "Europe/Berlin": (60, 120, "EU"),
    "America/New_York": (-300, -240, "US"),
    "Asia/Kolkata": (330, None, ""),
    "America/Los_Angeles": (-480, -420, "US"),
}

# Spellings naming the zone without any VTIMEZONE (the zone each names, for the name check)
NAMED = {
    "Europe/Berlin": [
        "Europe/Berlin",
        '"Europe/Berlin"',
        "/Europe/Berlin",
        "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin",
        "tzone://Microsoft/W. Europe Standard Time",
        '"tzone://Microsoft/W. Europe Standard Time"',
        "W. Europe Standard Time",
        '"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"',
    ],
    "America/New_York": [
        "America/New_York",
        "america/new_york",
        "US/Eastern",
        "tzone://Microsoft/Eastern Standard Time",
        '"(UTC-05:00) Eastern Time (US & Canada)"',
        '"(UTC-05:00) Hora del este (EE.UU. y Canadá)"',
        '"(UTC-05:00) Est (États-Unis et Canada)"',
        '"(UTC-05:00) Ora orientale (Stati Uniti e Canada)"',
    ],
    "America/Los_Angeles": [
        # Windows XP's display name holds a ";" inside its quotes
        '"(GMT-08:00) Pacific Time (US & Canada); Tijuana"',
        "(GMT-08:00) Pacific Time (US & Canada); Tijuana",
        "tzone://Microsoft/Pacific Standard Time",
        '"(UTC-08:00) Hora del Pacífico (EE.UU. y Canadá)"',
        '"(UTC-08:00) Pacifique (États-Unis et Canada)"',
    ],
    "Asia/Kolkata": [
        "Asia/Kolkata",
        "Asia/Calcutta",
        "tzone://Microsoft/India Standard Time",
        '"(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"',
    ],
}

# Labels only a VTIMEZONE defines, and how the DTSTART line may differ from it in case
CUSTOM = ["tzone://Microsoft/Custom", "Customized Time Zone", "Ortszeit", "Local Time"]
CASES = [str, str.upper, str.lower]


def _offset(minutes: int, style: str) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    if style == "colon":
        return f"{sign}{hours:02d}:{rest:02d}"
    if style == "seconds":
        return f"{sign}{hours:02d}{rest:02d}00"
    if style == "short" and not rest:
        return f"{sign}{hours}"
    return f"{sign}{hours:02d}{rest:02d}"


# the yearly onsets of summer and standard time: EU (last Sundays of March and October at
# 02:00/03:00 local) and US (second Sunday of March, first of November, at 02:00)
RULES = {
    "EU": (("-1SU", 3, "020000"), ("-1SU", 10, "030000")),
    "US": (("2SU", 3, "020000"), ("1SU", 11, "020000")),
}


def _vtimezone(tzid: str, zone: str, style: str) -> list[str]:
    standard, summer, rules = ZONES[zone]
    std = _offset(standard, style)
    if summer is None:
        blocks = ["DTSTART:16010101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}"]
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:STANDARD",
            *blocks,
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    dst = _offset(summer, style)
    (on_day, on_month, on_at), (off_day, off_month, off_at) = RULES[rules]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:16010101T{off_at}",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"RRULE:FREQ=YEARLY;BYDAY={off_day};BYMONTH={off_month}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:16010101T{on_at}",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"RRULE:FREQ=YEARLY;BYDAY={on_day};BYMONTH={on_month}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def _fold(line: str, at: int, lead: str) -> list[str]:
    """Fold a content line once, `at` characters in (RFC 5545 3.1: CRLF and a space or TAB)."""
    at = max(1, min(at, len(line) - 1))
    return [line[:at], lead + line[at:]]


def _calendar(head: list[str], zones: list[str], start: list[str], end_of_line: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Afterview tests//cal66//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        *head,
        *zones,
        "BEGIN:VEVENT",
        "UID:cal66-spelling@harbour.example",
        "DTSTAMP:20261201T100000Z",
        *start,
        "SUMMARY:Interview with Harbour Logistics",
        "SEQUENCE:1",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    if end_of_line == "mixed":
        return (
            "".join(line + ("\n" if i % 2 else "\r\n") for i, line in enumerate(lines))
        ).encode()
    return (end_of_line.join(lines) + end_of_line).encode()


walls = st.datetimes(min_value=datetime(2027, 1, 2), max_value=datetime(2027, 12, 30)).map(
    lambda moment: moment.replace(second=0, microsecond=0)
)
layout = st.tuples(
    st.integers(min_value=8, max_value=80),
    st.sampled_from([" ", "\t"]),
    st.sampled_from(["\r\n", "\n", "mixed"]),
)


def _instant(wall: datetime, zone: str) -> datetime:
    aware = wall.replace(tzinfo=ZoneInfo(zone))
    # a wall time the clocks skip (02:30 on the spring Sunday) is not an instant to compare
    if aware.astimezone(UTC).astimezone(ZoneInfo(zone)).replace(tzinfo=None) != wall:
        return wall.replace(hour=12, tzinfo=ZoneInfo(zone))
    return aware


@settings(max_examples=120, deadline=None)
@given(
    zone=st.sampled_from(sorted(ZONES)),
    pick=st.integers(min_value=0, max_value=100),
    wall=walls,
    layout=layout,
)
def test_a_named_zone_gives_the_same_instant_and_name(
    zone: str, pick: int, wall: datetime, layout: tuple[int, str, str]
) -> None:
    spelling = NAMED[zone][pick % len(NAMED[zone])]
    instant = _instant(wall, zone)
    at, lead, end_of_line = layout
    start = _fold(f"DTSTART;TZID={spelling}:{instant.replace(tzinfo=None):%Y%m%dT%H%M%S}", at, lead)
    event = read_calendar(_calendar([], [], start, end_of_line), REFERENCE)
    assert event is not None
    assert event.start == instant, spelling
    assert same_zone(event.timezone, zone), (spelling, event.timezone)
    assert not event.floating


@settings(max_examples=120, deadline=None)
@given(
    zone=st.sampled_from(sorted(ZONES)),
    label=st.sampled_from(CUSTOM),
    case=st.sampled_from(CASES),
    style=st.sampled_from(["basic", "colon", "seconds", "short"]),
    wall=walls,
    layout=layout,
)
def test_a_zone_only_its_vtimezone_defines_gives_the_same_instant(
    zone: str,
    label: str,
    case: object,
    style: str,
    wall: datetime,
    layout: tuple[int, str, str],
) -> None:
    """Whatever the offsets' style ("+0100", "+01:00", "+010000", "+1") and whether the
    DTSTART's TZID matches the VTIMEZONE's exactly or only by case."""
    instant = _instant(wall, zone)
    at, lead, end_of_line = layout
    written = case(label)  # type: ignore[operator]
    start = _fold(f"DTSTART;TZID={written}:{instant.replace(tzinfo=None):%Y%m%dT%H%M%S}", at, lead)
    zones = _vtimezone(label, zone, style)
    event = read_calendar(_calendar([], zones, start, end_of_line), REFERENCE)
    assert event is not None
    assert not event.floating, (written, zones[3:6])
    assert event.start == instant


# Zone names Rails apps and calendar exporters write in X-WR-TIMEZONE over floating times
FLOATING_HOMES = {
    "Europe/Berlin": ["Berlin", "Europe/Berlin", '"/Europe/Berlin"', "W. Europe Standard Time"],
    "America/New_York": ["Eastern Time (US & Canada)", "New York", "US/Eastern"],
    "Asia/Kolkata": ["Kolkata", "New Delhi", "India Standard Time"],
    "America/Los_Angeles": ["Pacific Time (US & Canada)", "Los Angeles", "US/Pacific"],
}


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(sorted(ZONES)), pick=st.integers(min_value=0, max_value=100), wall=walls
)
def test_floating_times_take_the_zone_the_calendar_names(
    zone: str, pick: int, wall: datetime
) -> None:
    home = FLOATING_HOMES[zone][pick % len(FLOATING_HOMES[zone])]
    instant = _instant(wall, zone)
    start = [f"DTSTART:{instant.replace(tzinfo=None):%Y%m%dT%H%M%S}"]
    event = read_calendar(_calendar([f"X-WR-TIMEZONE:{home}"], [], start, "\r\n"), REFERENCE)
    assert event is not None
    assert event.start == instant, home
    assert same_zone(event.timezone, zone), (home, event.timezone)


def test_x_lic_location_names_a_zone_its_own_label_does_not() -> None:
    """libical's VTIMEZONE under a label ("Mitteleuropäische Zeit", "Zone 1") that says where
    it is with X-LIC-LOCATION: the zone is named when its offsets agree there."""
    zones = _vtimezone("Zone 1", "Europe/Berlin", "basic")
    zones.insert(2, "X-LIC-LOCATION:Europe/Berlin")
    start = ["DTSTART;TZID=Zone 1:20270603T093000"]
    event = read_calendar(_calendar([], zones, start, "\r\n"), REFERENCE)
    assert event is not None
    assert event.start == datetime(2027, 6, 3, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert event.timezone == "Europe/Berlin"
    # a location its offsets contradict is not taken
    zones[2] = "X-LIC-LOCATION:America/Chicago"
    event = read_calendar(_calendar([], zones, start, "\r\n"), REFERENCE)
    assert event is not None
    assert event.timezone is None
    assert event.start == datetime(2027, 6, 3, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))


def test_a_unicode_minus_offset_is_negative() -> None:
    """icalendar reads the sign from the first character: "\u22120500" was read as +05:00."""
    zones = [
        "BEGIN:VTIMEZONE",
        "TZID:Local Time",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:\u22120500",
        "TZOFFSETTO:\u22120500",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    start = ["DTSTART;TZID=Local Time:20270310T100000"]
    event = read_calendar(_calendar([], zones, start, "\r\n"), REFERENCE)
    assert event is not None
    assert event.start == datetime(2027, 3, 10, 15, 0, tzinfo=UTC)
    assert event.start.utcoffset() == -timedelta(hours=5)
