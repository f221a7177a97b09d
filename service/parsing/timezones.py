"""Time-zone names: validate them once, in one place."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from service.parsing import places
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
    words = " ".join(name.split())
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
