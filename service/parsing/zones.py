"""Resolve the zone names calendars and mails use to IANA zones."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, available_timezones

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

# Outlook writes a zone's localised display name ("(UTC-05:00) Eastern Time (US & Canada)")
# instead of its Windows ID. CLDR maps only IDs, so the first distinctive city or phrase
# of each display name (English, French, German, Spanish) points at the Windows ID here.
_DISPLAY_NAME_WORDS: dict[str, str] = {
    "eastern time": "Eastern Standard Time",
    "central time": "Central Standard Time",
    "mountain time": "Mountain Standard Time",
    "pacific time": "Pacific Standard Time",
    "atlantic time": "Atlantic Standard Time",
    "coordinated universal time": "UTC",
    "temps universel coordonne": "UTC",
    "koordinierte weltzeit": "UTC",
    "hora universal coordinada": "UTC",
    "alaska": "Alaskan Standard Time",
    "hawaii": "Hawaiian Standard Time",
    "arizona": "US Mountain Standard Time",
    "indiana": "US Eastern Standard Time",
    "newfoundland": "Newfoundland Standard Time",
    "saskatchewan": "Canada Central Standard Time",
    "guadalajara": "Central Standard Time (Mexico)",
    "bogota": "SA Pacific Standard Time",
    "caracas": "Venezuela Standard Time",
    "santiago": "Pacific SA Standard Time",
    "brasilia": "E. South America Standard Time",
    "buenos aires": "Argentina Standard Time",
    "dublin": "GMT Standard Time",
    "monrovia": "Greenwich Standard Time",
    "casablanca": "Morocco Standard Time",
    "amsterdam": "W. Europe Standard Time",
    "belgrade": "Central Europe Standard Time",
    "belgrad": "Central Europe Standard Time",
    "brussels": "Romance Standard Time",
    "bruxelles": "Romance Standard Time",
    "brussel": "Romance Standard Time",
    "bruselas": "Romance Standard Time",
    "sarajevo": "Central European Standard Time",
    "west central africa": "W. Central Africa Standard Time",
    "athens": "GTB Standard Time",
    "athenes": "GTB Standard Time",
    "athen": "GTB Standard Time",
    "atenas": "GTB Standard Time",
    "helsinki": "FLE Standard Time",
    "jerusalem": "Israel Standard Time",
    "cairo": "Egypt Standard Time",
    "harare": "South Africa Standard Time",
    "istanbul": "Turkey Standard Time",
    "moscow": "Russian Standard Time",
    "kuwait": "Arab Standard Time",
    "nairobi": "E. Africa Standard Time",
    "abu dhabi": "Arabian Standard Time",
    "tehran": "Iran Standard Time",
    "islamabad": "Pakistan Standard Time",
    "chennai": "India Standard Time",
    "kathmandu": "Nepal Standard Time",
    "dhaka": "Bangladesh Standard Time",
    "bangkok": "SE Asia Standard Time",
    "beijing": "China Standard Time",
    "kuala lumpur": "Singapore Standard Time",
    "perth": "W. Australia Standard Time",
    "taipei": "Taipei Standard Time",
    "osaka": "Tokyo Standard Time",
    "seoul": "Korea Standard Time",
    "adelaide": "Cen. Australia Standard Time",
    "darwin": "AUS Central Standard Time",
    "brisbane": "E. Australia Standard Time",
    "canberra": "AUS Eastern Standard Time",
    "hobart": "Tasmania Standard Time",
    "auckland": "New Zealand Standard Time",
    "fiji": "Fiji Standard Time",
}

_OFFSET_PREFIX = re.compile(r"^\s*\((?:UTC|GMT)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\)\s*", re.IGNORECASE)
_IANA_SHAPE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+){1,2}$|^UTC$")
# Names of universal time a TZID or X-WR-TIMEZONE may use instead of "UTC" (Java's and the tz
# database's own links): all are UTC, not a local "GMT" that people write for London
_UNIVERSAL_NAMES = frozenset({"GMT", "UCT", "ETC/UTC", "ETC/GMT", "ETC/UCT", "ETC/UNIVERSAL"})

# The tz database's zones named by a rule rather than a place ("TZID=CET", "TZID=EST5EDT",
# written by older PHP and Java exporters without a VTIMEZONE), with the place each is a
# link to in the database's 'backward' file since 2024b: a calendar shows the place's name

# Rails' ActiveSupport::TimeZone names, which Ruby's icalendar gem looks up before the tz
# database and Rails apps (and ports of the table to Elixir and Crystal) write as TZID:
# "TZID=Ekaterinburg", "TZID=Central America". Names the city and Windows-name lookups
# already read ("Tokyo", "Eastern Time (US & Canada)") are left to them. A Rails name maps
# as Rails maps it ("Quito" is Lima's zone there, "Astana" Dhaka's).
_RAILS_ZONE_NAMES: dict[str, str] = {
    "INTERNATIONAL DATE LINE WEST": "Etc/GMT+12",
    "MIDWAY ISLAND": "Pacific/Midway",
    "AMERICAN SAMOA": "Pacific/Pago_Pago",
    "CENTRAL AMERICA": "America/Guatemala",
    "QUITO": "America/Lima",
    "GEORGETOWN": "America/Guyana",
    "GREENLAND": "America/Nuuk",
    "MID-ATLANTIC": "Atlantic/South_Georgia",
    "CAPE VERDE IS.": "Atlantic/Cape_Verde",
    "BERN": "Europe/Zurich",
    "PRETORIA": "Africa/Johannesburg",
    "ST. PETERSBURG": "Europe/Moscow",
    "EKATERINBURG": "Asia/Yekaterinburg",
    "ASTANA": "Asia/Dhaka",
    "SRI JAYAWARDENEPURA": "Asia/Colombo",
    "RANGOON": "Asia/Yangon",
    "SAPPORO": "Asia/Tokyo",
    "OSAKA": "Asia/Tokyo",
    "CHONGQING": "Asia/Shanghai",
    "URUMQI": "Asia/Urumqi",
    "CANBERRA": "Australia/Sydney",
    "SOLOMON IS.": "Pacific/Guadalcanal",
    "NEW CALEDONIA": "Pacific/Noumea",
    "MARSHALL IS.": "Pacific/Majuro",
    "NUKU'ALOFA": "Pacific/Tongatapu",
    "TOKELAU IS.": "Pacific/Fakaofo",
    "CHATHAM IS.": "Pacific/Chatham",
    "SAMOA": "Pacific/Apia",
}
# ActiveSupport::TimeZone#to_s: "(GMT+05:00) Ekaterinburg", the name after the standard offset
_RAILS_LABEL_PREFIX = re.compile(r"^\((?:GMT|UTC)\s*[+-]\d{1,2}:?\d{2}\)\s*")

_LEGACY_ZONE_LINKS = {
    "CET": "Europe/Brussels",
    "MET": "Europe/Brussels",
    "EET": "Europe/Athens",
    "WET": "Europe/Lisbon",
    "EST": "America/Panama",
    "MST": "America/Phoenix",
    "HST": "Pacific/Honolulu",
    "EST5EDT": "America/New_York",
    "CST6CDT": "America/Chicago",
    "MST7MDT": "America/Denver",
    "PST8PDT": "America/Los_Angeles",
    # RFC 2445's examples name the US zones so ("DTSTART;TZID=US-Eastern:19980119T020000"),
    # and exporters written from them still do
    "US-EASTERN": "America/New_York",
    "US-CENTRAL": "America/Chicago",
    "US-MOUNTAIN": "America/Denver",
    "US-PACIFIC": "America/Los_Angeles",
}

# ... and "TZID=Z", "TZID=Zulu": the letter RFC 5545 writes after a UTC time, as a TZID
# Exchange's UTC, named without its VTIMEZONE: "TZID=tzone://Microsoft/Utc"
_CALENDAR_UTC_NAMES = frozenset({"Z", "ZULU", "ETC/ZULU", "TZONE://MICROSOFT/UTC"})

# Exchange Online and Outlook.com put their zone's Windows ID behind a scheme:
# "TZID=tzone://Microsoft/W. Europe Standard Time" (or "tzone://Microsoft/Custom", which only
# its VTIMEZONE defines)
_MICROSOFT_ZONE_PREFIX = re.compile(r"^tzone://microsoft/", re.IGNORECASE)

# Link names that CLDR and the tz database spell differently but mean the same zone.
_IANA_ALIASES = {"Europe/Kyiv": "Europe/Kiev", "Asia/Calcutta": "Asia/Kolkata"}
# The old spellings CLDR's windowsZones still maps Windows IDs to (Outlook's "Nepal Standard
# Time" -> Asia/Katmandu), with the tz database's current names: the name given to users is
# the current one, the old one only a link to it.
_CURRENT_NAMES = {
    "Asia/Calcutta": "Asia/Kolkata",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Rangoon": "Asia/Yangon",
    "America/Godthab": "America/Nuuk",
    "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "America/Indianapolis": "America/Indiana/Indianapolis",
}


@cache
def _known_zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def iana_zone(name: str) -> ZoneInfo | None:
    """Return the tz database zone of that exact name, never touching arbitrary paths."""
    name = name.strip()
    if not _IANA_SHAPE.match(name) or name not in _known_zone_names():
        return None
    return _loaded_zone(name)


@cache
def seasonal_offsets(name: str) -> tuple[int, int] | None:
    """A zone's UTC offsets in minutes at mid-January and mid-July: the clocks it keeps
    through the year, so two zones with equal pairs always agree, and a stated offset that is
    neither is not that zone's."""
    zone = iana_zone(name)
    if zone is None:
        return None
    year = datetime.now(UTC).year
    january, july = (
        datetime(year, month, 15, 12, tzinfo=UTC).astimezone(zone).utcoffset() or timedelta(0)
        for month in (1, 7)
    )
    return january // timedelta(minutes=1), july // timedelta(minutes=1)


@cache
def _loaded_zone(name: str) -> ZoneInfo | None:
    """Load a known zone once: ZoneInfo itself keeps only the last few loaded, and mail from
    many places read its file again each time (a few hundred names at most are kept)."""
    try:
        return ZoneInfo(name)
    except (ValueError, OSError):
        return None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", ascii_text.replace("\\", "")).strip().lower()


def windows_id_for(label: str) -> str | None:
    """Return the Windows zone ID that a Windows ID or Outlook display name denotes."""
    cleaned = label.strip().strip('"').replace("\\,", ",")
    if cleaned in WINDOWS_TO_OLSON:
        return cleaned
    rest = _fold(_OFFSET_PREFIX.sub("", cleaned))
    for windows_id in WINDOWS_TO_OLSON:
        if windows_id.lower() == rest:
            return windows_id
    for words, windows_id in _DISPLAY_NAME_WORDS.items():
        if re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", rest):
            return windows_id
    if _CANADA.search(cleaned.lower()):
        # "(UTC-05:00) Hora del este (EE.UU. y Canadá)", "(UTC-06:00) Centre (États-Unis et
        # Canada)": Windows' North American zones in any language name Canada after the zone's
        # word, and the offset they open with tells the four (and Atlantic Canada) apart
        offset = offset_in_label(cleaned)
        minutes = offset.utcoffset(None) // timedelta(minutes=1) if offset else None
        return _NORTH_AMERICAN_IDS.get(minutes) if minutes is not None else None
    return None


# "Canada" as Windows' display names write it in their languages
_CANADA = re.compile(
    r"canad|kanad|\u30ab\u30ca\u30c0|\u52a0\u62ff\u5927|\u043a\u0430\u043d\u0430\u0434"
)
_NORTH_AMERICAN_IDS = {
    -240: "Atlantic Standard Time",
    -300: "Eastern Standard Time",
    -360: "Central Standard Time",
    -420: "Mountain Standard Time",
    -480: "Pacific Standard Time",
}


# Exchange 2003-2010 and Outlook write X-MICROSOFT-CDO-TZID:<n> in a VTIMEZONE whose TZID is
# their own label ("Customized Time Zone", "GMT -0800 (Standard) / GMT -0700 (Daylight)"):
# n is CDO's CdoTimeZoneId (cdo.h: 1 cdoGMT, 4 cdoBerlin, 10 cdoEastern, 13 cdoPacific,
# 57 cdoMelbourne...). Only the numbers that name one place are read; those from 77 on differ
# between CDO versions and are left out.
_CDO_ZONES = {
    0: "UTC",
    1: "Europe/London",
    3: "Europe/Paris",
    4: "Europe/Berlin",
    6: "Europe/Prague",
    7: "Europe/Athens",
    8: "America/Sao_Paulo",
    9: "America/Halifax",
    10: "America/New_York",
    11: "America/Chicago",
    12: "America/Denver",
    13: "America/Los_Angeles",
    14: "America/Anchorage",
    15: "Pacific/Honolulu",
    17: "Pacific/Auckland",
    18: "Australia/Brisbane",
    19: "Australia/Adelaide",
    20: "Asia/Tokyo",
    21: "Asia/Singapore",
    22: "Asia/Bangkok",
    23: "Asia/Kolkata",
    24: "Asia/Dubai",
    25: "Asia/Tehran",
    26: "Asia/Baghdad",
    27: "Asia/Jerusalem",
    28: "America/St_Johns",
    29: "Atlantic/Azores",
    32: "America/Argentina/Buenos_Aires",
    33: "America/Caracas",
    34: "America/Indiana/Indianapolis",
    35: "America/Bogota",
    36: "America/Regina",
    37: "America/Mexico_City",
    38: "America/Phoenix",
    40: "Pacific/Fiji",
    41: "Asia/Magadan",
    42: "Australia/Hobart",
    43: "Pacific/Guam",
    44: "Australia/Darwin",
    45: "Asia/Shanghai",
    46: "Asia/Almaty",
    47: "Asia/Karachi",
    48: "Asia/Kabul",
    49: "Africa/Cairo",
    50: "Africa/Harare",
    51: "Europe/Moscow",
    53: "Atlantic/Cape_Verde",
    55: "America/Guatemala",
    56: "Africa/Nairobi",
    57: "Australia/Melbourne",
    58: "Asia/Yekaterinburg",
    59: "Europe/Helsinki",
    61: "Asia/Yangon",
    62: "Asia/Kathmandu",
    63: "Asia/Irkutsk",
    64: "Asia/Krasnoyarsk",
    65: "America/Santiago",
    66: "Asia/Colombo",
    67: "Pacific/Tongatapu",
    68: "Asia/Vladivostok",
    69: "Africa/Lagos",
    70: "Asia/Yakutsk",
    71: "Asia/Dhaka",
    72: "Asia/Seoul",
    73: "Australia/Perth",
    74: "Asia/Riyadh",
    75: "Asia/Taipei",
    76: "Australia/Sydney",
}


def cdo_zone_name(value: str | None) -> str | None:
    """The IANA name an X-MICROSOFT-CDO-TZID number stands for, or None."""
    text = (value or "").strip()
    if not text.isdigit():
        return None
    return _CDO_ZONES.get(int(text))


_NOTES_NAMES = {
    windows_id[: -len(" Standard Time")].lower(): windows_id
    for windows_id in WINDOWS_TO_OLSON
    if windows_id.endswith(" Standard Time")
}


@cache
def _zone_names_by_case() -> dict[str, str]:
    return {name.lower(): name for name in _known_zone_names() if _IANA_SHAPE.match(name)}


def tzdata_lines(kind: str) -> list[list[str]]:
    """The tz database's compact source lines of one kind ('Z' zones, 'L' links)."""
    text = resources.files("tzdata.zoneinfo").joinpath("tzdata.zi").read_text(encoding="utf-8")
    return [line.split() for line in text.splitlines() if line.startswith(kind + " ")]


@cache
def tz_links() -> dict[str, str]:
    """Old names (Asia/Calcutta) to the names the tz database keeps now (Asia/Kolkata)."""
    return {alias: target for _, target, alias in tzdata_lines("L")}


# The 'backward' file's folders named after a country rather than a continent or ocean
# ("US/Eastern", "Canada/Pacific", "Brazil/East"): Java's and pytz's zone lists still offer
# them and exporters write them as TZIDs; each is a link to one place's zone.
_COUNTRY_FOLDERS = frozenset({"US", "Canada", "Brazil", "Chile", "Mexico"})


def current_zone_name(name: str) -> str:
    """Return the place name for a country-folder zone ("US/Eastern" -> "America/New_York");
    other links keep their names (Europe/Amsterdam is a link too, and a place of its own)."""
    if name.split("/", 1)[0] not in _COUNTRY_FOLDERS:
        return name
    return tz_links().get(name, name)


def calendar_zone_name(tzid: str) -> str | None:
    """Return the IANA name a calendar's TZID or X-WR-TIMEZONE means.

    Beyond iana_name_for_label, the tz database's rule-named zones ("CET", "EST5EDT") and
    "Z": in a calendar they are the database's names; in prose "EST" means New York's
    Eastern time, so they are read here only.
    """
    cleaned = tzid.strip().strip("\"'").upper()
    if cleaned in _CALENDAR_UTC_NAMES:
        return "UTC"
    named = (
        _LEGACY_ZONE_LINKS.get(cleaned)
        or iana_name_for_label(tzid)
        or _RAILS_ZONE_NAMES.get(_RAILS_LABEL_PREFIX.sub("", cleaned))
    )
    return current_zone_name(named) if named else None


def iana_name_for_label(label: str) -> str | None:
    """Return the IANA name a calendar TZID clearly means, or None when it is only a label."""
    cleaned = _MICROSOFT_ZONE_PREFIX.sub("", label.strip().strip("\"'")).strip("/")
    if iana_zone(cleaned) is not None:
        return cleaned
    if cleaned.upper() in _UNIVERSAL_NAMES:
        return "UTC"
    # "europe/berlin", "AMERICA/NEW_YORK": hand-made calendars and some exporters fold the case
    folded = _zone_names_by_case().get(cleaned.lower())
    if folded is not None:
        return folded
    # libical writes "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin"
    parts = cleaned.split("/")
    for start in range(1, max(len(parts) - 1, 1)):
        candidate = "/".join(parts[start:])
        if iana_zone(candidate) is not None:
            return candidate
    # Lotus Notes/Domino write the Windows ID without " Standard Time": "W. Europe", "Romance"
    windows_id = windows_id_for(cleaned) or _NOTES_NAMES.get(cleaned.lower())
    if windows_id is None or windows_id == "UTC" or windows_id.startswith("UTC"):
        return None
    name = WINDOWS_TO_OLSON.get(windows_id)
    current = _CURRENT_NAMES.get(name or "")
    if current is not None and iana_zone(current) is not None:
        return current
    return name


def same_zone(left: str | None, right: str | None) -> bool:
    """Tell whether two IANA names denote the same zone, treating links as equal."""
    if left is None or right is None:
        return left is right
    left = _CURRENT_NAMES.get(left, left)
    right = _CURRENT_NAMES.get(right, right)
    return _IANA_ALIASES.get(left, left) == _IANA_ALIASES.get(right, right)


def offsets_agree(zone: tzinfo, other: tzinfo, wall_clock: datetime) -> bool:
    """Tell whether two zones give the same UTC offset at one wall-clock time."""
    try:
        return (
            wall_clock.replace(tzinfo=zone).utcoffset()
            == wall_clock.replace(tzinfo=other).utcoffset()
        )
    except (ValueError, OverflowError, TypeError):
        return False


# Abbreviations and names people write after a time in prose. Ambiguous ones take the
# reading most common in English-language hiring mail (IST = India).
ABBREVIATION_ZONES: dict[str, str] = {
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PACIFIC": "America/Los_Angeles",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "MOUNTAIN": "America/Denver",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "CENTRAL": "America/Chicago",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "EASTERN": "America/New_York",
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "AST": "America/Halifax",
    "ADT": "America/Halifax",
    "BST": "Europe/London",
    "UK": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "MSK": "Europe/Moscow",
    "IST": "Asia/Kolkata",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "ACST": "Australia/Adelaide",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "BRT": "America/Sao_Paulo",
}


def fixed_offset(minutes: int) -> timezone:
    """Return a fixed-offset zone, the only honest reading of "GMT+2" or "UTC-05:00"."""
    return timezone(timedelta(minutes=minutes))


_LABEL_OFFSET = re.compile(
    r"\(?(?:UTC|GMT)\s?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE
)


def offset_in_label(label: str) -> timezone | None:
    """Return the fixed offset a zone label opens with ("GMT+0530", "(UTC-03:00) Somewhere"):
    for a TZID no VTIMEZONE defines and no zone name matches, the offset it states beats
    reading the time as floating."""
    found = _LABEL_OFFSET.match(label.strip().strip('"'))
    if found is None:
        return None
    hours, minutes = int(found[2]), int(found[3] or 0)
    if hours > 14 or minutes >= 60:
        return None
    sign = 1 if found[1] == "+" else -1
    return fixed_offset(sign * (hours * 60 + minutes))


# Countries with one zone, used only to name the zone when a mail states no zone but
# the sender's domain and the Date header agree on it.
COUNTRY_ZONES: dict[str, str] = {
    "in": "Asia/Kolkata",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "be": "Europe/Brussels",
    "nl": "Europe/Amsterdam",
    "uk": "Europe/London",
    "ie": "Europe/Dublin",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "ch": "Europe/Zurich",
    "at": "Europe/Vienna",
    "se": "Europe/Stockholm",
    "no": "Europe/Oslo",
    "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki",
    "pl": "Europe/Warsaw",
    "cz": "Europe/Prague",
    "pt": "Europe/Lisbon",
    "jp": "Asia/Tokyo",
    "sg": "Asia/Singapore",
    "il": "Asia/Jerusalem",
    "nz": "Pacific/Auckland",
    "za": "Africa/Johannesburg",
    "kr": "Asia/Seoul",
    "ee": "Europe/Tallinn",
    "lv": "Europe/Riga",
    "lt": "Europe/Vilnius",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "si": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia",
    "gr": "Europe/Athens",
    "tr": "Europe/Istanbul",
    "ua": "Europe/Kyiv",
    "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh",
    "tw": "Asia/Taipei",
    "hk": "Asia/Hong_Kong",
    "cn": "Asia/Shanghai",
    "ph": "Asia/Manila",
    "my": "Asia/Kuala_Lumpur",
    "ir": "Asia/Tehran",
    "af": "Asia/Kabul",
}

# Languages written essentially in one zone: the zone of a mail in them whose Date header
# says only UTC, as many mail servers stamp it (Spanish, French, English, Portuguese,
# Russian and Arabic span many zones and are left out).
LANGUAGE_ZONES: dict[str, str] = {
    "fi": "Europe/Helsinki",
    "sv": "Europe/Stockholm",
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "no": "Europe/Oslo",
    "nl": "Europe/Amsterdam",
    "de": "Europe/Berlin",
    "it": "Europe/Rome",
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "et": "Europe/Tallinn",
    "lv": "Europe/Riga",
    "lt": "Europe/Vilnius",
    "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia",
    "el": "Europe/Athens",
    "tr": "Europe/Istanbul",
    "uk": "Europe/Kyiv",
    "he": "Asia/Jerusalem",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "th": "Asia/Bangkok",
    "vi": "Asia/Ho_Chi_Minh",
    # South Africa and Namibia keep +02:00 all year; Hausa is Nigeria's and Niger's (+01:00);
    # Swahili is Kenya's, Tanzania's and Uganda's (+03:00)
    "af": "Africa/Johannesburg",
    "ha": "Africa/Lagos",
    "sw": "Africa/Nairobi",
}

# Offsets used by essentially one populous zone.
OFFSET_ZONES: dict[int, str] = {330: "Asia/Kolkata", 345: "Asia/Kathmandu", 540: "Asia/Tokyo"}
