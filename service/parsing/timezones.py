"""Time-zone names: validate them once, in one place."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from service.parsing import places
from service.platform.dates import format_date
from service.platform.errors import Invalid

MAX_ZONE_TEXT = 100


@lru_cache(maxsize=512)
def _load(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def zone(name: str) -> ZoneInfo:
    """Return the zone for a stored IANA name, falling back to UTC for a broken one."""
    try:
        return _load(name)
    except (ZoneInfoNotFoundError, ValueError):
        return _load("UTC")


def check_zone(name: str, field: str = "timezone") -> ZoneInfo:
    """Return the zone the words mean, a tz name or a place ("New York", "IST", "Kolkata");
    raise naming the field, with the zones to choose from when the place has several."""
    # Marks that show nothing (a left-to-right mark copied with the city, a byte order
    # mark, a zero-width space) are no part of the words the user sees and typed.
    shown = "".join(c for c in name if unicodedata.category(c) != "Cf")
    words = " ".join(shown.split())
    if not words:
        raise Invalid(field, "is empty: type a city (Berlin) or a time zone (Europe/Berlin)")
    if len(words) > MAX_ZONE_TEXT:
        raise Invalid(field, f"is too long: at most {MAX_ZONE_TEXT} characters")
    try:
        return _load(places.resolve(words))
    except places.AmbiguousPlace as ambiguous:
        raise Invalid(field, str(ambiguous)) from None
    except (places.UnknownPlace, ZoneInfoNotFoundError, ValueError):
        raise Invalid(
            field,
            f"{words!r} is not a city, country or time zone we know; "
            "try a city (Berlin) or a tz name (Europe/Berlin)",
        ) from None


def localize(naive: datetime, tz: ZoneInfo, field: str) -> datetime:
    """Attach a zone to a wall-clock time, refusing times a DST change skips."""
    aware = naive.replace(tzinfo=tz)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        raise Invalid(field, f"{naive:%Y-%m-%d %H:%M} does not exist in {tz.key} (clocks jump)")
    return aware


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    sign = "+" if minutes >= 0 else "\u2212"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# Places people know that keep one offset all year, offered first.
_STEADY = (
    "America/Phoenix",
    "America/Bogota",
    "America/Santo_Domingo",
    "America/Sao_Paulo",
    "Atlantic/Reykjavik",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Europe/Istanbul",
    "Australia/Darwin",
    "Australia/Brisbane",
    "Asia/Kolkata",
    "Asia/Tokyo",
)


def _steady_zone(moment: datetime) -> str | None:
    """A zone with a city's name that is on `moment`'s offset all that day, once."""
    day = moment.replace(hour=12, minute=0, fold=0, tzinfo=None)
    names = [*_STEADY, *sorted(available_timezones())]
    for name in names:
        if "/" not in name or name.startswith(("Etc/", "SystemV/", "US/")):
            continue
        tz = _load(name)
        offsets = {
            (day + timedelta(hours=h)).replace(tzinfo=tz).utcoffset() for h in range(-14, 14)
        }
        if offsets == {moment.utcoffset()}:
            return name
    return None


def repeated_time_note(text: str, zone_name: str) -> str | None:
    """Say which one was taken when a wall-clock time happens twice in the zone.

    When the clocks go back, 01:30 in New York comes once in summer time and again an
    hour later; `localize` takes the first. It did so in silence, and someone who meant
    the second had their interview, and every step after it, an hour early.
    """
    try:
        value = datetime.fromisoformat(text.strip())
        tz = check_zone(zone_name)
    except (ValueError, Invalid):
        return None
    if value.tzinfo is not None or not MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    first, second = value.replace(tzinfo=tz), value.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    steady = _steady_zone(second)
    how = (
        f"choose {steady} as the time zone: it stays on {_offset(second)}"
        if steady
        else f"choose a time zone that stays on {_offset(second)}"
    )
    back = (first.utcoffset() or timedelta()) - (second.utcoffset() or timedelta())
    gap = "an hour" if back == timedelta(hours=1) else f"{back.seconds // 60} minutes"
    return (
        f"{value:%H:%M} on {format_date(value.date())} comes twice in {tz.key}: the"
        f" clocks go back {gap} that night. This is the first, {_named(first)}. If you"
        f" meant the second, {_named(second)}, {how}."
    )


def first_repeated_note(start: str, end: str, zone_name: str) -> str | None:
    """`repeated_time_note` for the first of an interview's start and end it applies to."""
    return repeated_time_note(start, zone_name) or repeated_time_note(end, zone_name)


def _named(moment: datetime) -> str:
    """ "EDT (UTC−04:00)", or only the offset where the zone has no abbreviation ("+11")."""
    name = moment.tzname() or ""
    return f"{name} ({_offset(moment)})" if name.isalpha() else _offset(moment)


def parse_instant(text: str, tz: ZoneInfo, field: str) -> datetime:
    """Parse ISO 8601; a time without an offset is wall-clock time in `tz`."""
    raw = text.strip()
    if not raw or len(raw) > 64:
        raise Invalid(field, "give a date and time, such as 2026-03-05T14:00")
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)
    except ValueError:
        # Said to people on the pages as well as to programs: the example shows the
        # form, without naming the standard.
        raise Invalid(field, f"{raw!r} is not a date and time such as 2026-03-05T14:00") from None
    # the year first: a wall-clock time at the calendar's edge (year 1 in Berlin, 9999-12-31
    # in New York) has no UTC instant, and converting it would overflow
    check_year(value, field)
    if value.tzinfo is None:
        value = localize(value, tz, field)
    return value.astimezone(UTC)


MIN_YEAR = 2000
MAX_YEAR = 2100


def check_year(value: datetime, field: str) -> None:
    """Refuse dates no interview can have (year 1, year 9999)."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise Invalid(field, f"year {value.year} is outside {MIN_YEAR}–{MAX_YEAR}")
