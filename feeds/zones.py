"""VTIMEZONE components built from the zoneinfo database, onsets written as RFC 5545 says."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

# Coarse enough to be cheap, fine enough that no real DST period is skipped over.
_SCAN_STEP = timedelta(hours=6)
_ONE_SECOND = timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class _Observance:
    offset: timedelta
    dst: bool
    name: str


@dataclass(frozen=True, slots=True)
class _Change:
    """One observance starting at `onset_local`, the wall time in the previous offset."""

    onset_local: datetime
    offset_from: timedelta
    observance: _Observance


def _observance(zone: ZoneInfo, instant: datetime) -> _Observance:
    local = instant.astimezone(zone)
    offset = local.utcoffset() or timedelta(0)
    dst = bool(local.dst())
    return _Observance(offset, dst, local.tzname() or _offset_name(offset))


def _offset_name(offset: timedelta) -> str:
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}{minutes % 60:02d}"


def _transition(zone: ZoneInfo, before: datetime, after: datetime) -> datetime:
    """Return the first UTC second at which the observance differs from `before`'s."""
    old = _observance(zone, before)
    while after - before > _ONE_SECOND:
        middle = before + (after - before) / 2
        middle = middle.replace(microsecond=0)
        if _observance(zone, middle) == old:
            before = middle
        else:
            after = middle
    return after


@lru_cache(maxsize=128)
def _changes(tzid: str, first_year: int, last_year: int) -> tuple[_Change, ...]:
    """Return the observances of `tzid` from 1 January `first_year` to the end of `last_year`."""
    zone = ZoneInfo(tzid)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    stop = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    current = _observance(zone, start)
    # The first entry covers everything before the first real change in the window.
    changes = [
        _Change(
            start.astimezone(zone).replace(tzinfo=None),
            current.offset,
            current,
        )
    ]
    instant = start
    while instant < stop:
        following = min(instant + _SCAN_STEP, stop)
        if _observance(zone, following) != current:
            moment = _transition(zone, instant, following)
            new = _observance(zone, moment)
            # RFC 5545 3.6.5: DTSTART is local time as it was just before the change.
            onset = (moment + current.offset).replace(tzinfo=None)
            changes.append(_Change(onset, current.offset, new))
            current = new
            instant = moment
        else:
            instant = following
    return tuple(changes)


def build_vtimezone(tzid: str, first_year: int, last_year: int) -> Timezone:
    """Return a VTIMEZONE for `tzid` valid for every instant in the given years.

    icalendar 7.3's `Timezone.from_tzid` writes a DAYLIGHT onset in the new offset's
    wall time (e.g. 03:00 for Berlin's 02:00 change), an hour late for strict readers,
    so the observances are computed here from zoneinfo instead.
    """
    component = Timezone()
    component.add("TZID", tzid)
    for change in _changes(tzid, first_year, last_year):
        part: TimezoneStandard | TimezoneDaylight = (
            TimezoneDaylight() if change.observance.dst else TimezoneStandard()
        )
        part.add("DTSTART", change.onset_local)
        part.add("TZOFFSETFROM", change.offset_from)
        part.add("TZOFFSETTO", change.observance.offset)
        part.add("TZNAME", change.observance.name)
        component.add_component(part)
    return component
