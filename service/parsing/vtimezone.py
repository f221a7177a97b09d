"""Build a time zone from a calendar's VTIMEZONE without ever expanding its rules far.

dateutil's tzical (what icalendar hands VTIMEZONE blocks to) expands each rule from its
DTSTART up to the instant asked about, caching every occurrence: a FREQ=SECONDLY rule grew
a worker past 700 MB, and a rule with no occurrence at all (BYMONTH=2;BYMONTHDAY=30) is
searched up to the year 9999. Zone rules in real calendars are "the last Sunday of March"
or "the 2nd Sunday of March", so here only YEARLY and MONTHLY rules are expanded, and only
the few periods just before the instant asked about. The choice of the block that applies
at an instant is dateutil's (the block whose latest onset is latest), so real zones give
exactly the offsets they gave before.
"""

from __future__ import annotations

import calendar as calendar_days
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from icalendar import Component

MAX_ZONE_BLOCKS = 40
MAX_ONSET_DATES = 1000
# How many periods (years or months) back from an instant a rule is searched for its latest
# onset; a rule with none in that span counts only by its DTSTART.
MAX_PERIODS_BACK = {"YEARLY": 30, "MONTHLY": 60}
MAX_PERIODS_COUNTED = 12_000
# Days one zone may examine over all its rules and lookups (a real zone needs a few hundred).
MAX_EXAMINED_DAYS = 100_000
MAX_CACHED_PERIODS = 512
# A zone with summer time changes twice a year: a block listing changes (no rule) whose last
# one is longer ago than this lists none for the year asked about.
SILENT_AFTER = timedelta(days=400)
_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_SUPPORTED_PARTS = {
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "BYMONTH",
    "BYMONTHDAY",
    "BYDAY",
    "BYSETPOS",
    "BYHOUR",
    "BYMINUTE",
    "BYSECOND",
    "WKST",
}


@dataclass
class _Budget:
    """Days a zone may still examine, shared by its rules: a hostile zone gives up early."""

    days_left: int = MAX_EXAMINED_DAYS


class UnsupportedRule(ValueError):
    """A zone rule this module will not expand (too fine a frequency or exotic parts)."""


def _naive(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, time())
    return None


def _ints(rule: dict[str, list[Any]], name: str, low: int, high: int) -> tuple[int, ...]:
    values = []
    for value in rule.get(name, [])[:400]:
        number = int(value)
        if number == 0 or not low <= abs(number) <= high:
            raise UnsupportedRule(f"{name}={value}")
        values.append(number)
    return tuple(values)


@dataclass
class _Rule:
    """One YEARLY or MONTHLY RRULE of a zone block, expanded one period at a time."""

    start: datetime
    monthly: bool
    interval: int
    count: int | None
    until: datetime | None
    months: tuple[int, ...]
    month_days: tuple[int, ...]
    weekdays: tuple[tuple[int, int], ...]  # (weekday, ordinal or 0)
    set_positions: tuple[int, ...]
    clock: tuple[int, int, int]
    budget: _Budget = field(default_factory=_Budget)
    _periods: dict[int, list[datetime]] = field(default_factory=dict)
    _counted: list[datetime] = field(default_factory=list)
    _walked: int = 0

    @classmethod
    def parse(cls, rule: dict[str, list[Any]], start: datetime) -> _Rule:
        unknown = set(rule) - _SUPPORTED_PARTS
        if unknown:
            raise UnsupportedRule(", ".join(sorted(unknown)))
        frequency = str(rule.get("FREQ", [""])[0]).upper()
        if frequency not in MAX_PERIODS_BACK:
            raise UnsupportedRule(f"FREQ={frequency}")
        interval = int(rule.get("INTERVAL", [1])[0])
        count = int(rule["COUNT"][0]) if "COUNT" in rule else None
        if interval < 1 or (count is not None and count < 1):
            raise UnsupportedRule("INTERVAL/COUNT")
        weekdays = []
        for value in rule.get("BYDAY", [])[:50]:
            text = str(value).upper().strip()
            name, ordinal_text = text[-2:], text[:-2].lstrip("+")
            if name not in _WEEKDAYS:
                raise UnsupportedRule(f"BYDAY={value}")
            ordinal = int(ordinal_text) if ordinal_text not in {"", "-"} else 0
            if abs(ordinal) > 53:
                raise UnsupportedRule(f"BYDAY={value}")
            weekdays.append((_WEEKDAYS[name], ordinal))
        clock = []
        for name, default, high in (
            ("BYHOUR", start.hour, 23),
            ("BYMINUTE", start.minute, 59),
            ("BYSECOND", start.second, 59),
        ):
            values = [int(value) for value in rule.get(name, [])]
            if len(values) > 1 or any(not 0 <= value <= high for value in values):
                raise UnsupportedRule(f"{name} with several values")
            clock.append(values[0] if values else default)
        months = tuple(_ints(rule, "BYMONTH", 1, 12))
        month_days = _ints(rule, "BYMONTHDAY", 1, 31)
        if not monthly_or_filtered(frequency, months, month_days, weekdays):
            months = (start.month,)
        if not month_days and not weekdays:
            month_days = (start.day,)
        return cls(
            start=start,
            monthly=frequency == "MONTHLY",
            interval=interval,
            count=count,
            until=_naive(rule["UNTIL"][0]) if "UNTIL" in rule else None,
            months=months,
            month_days=month_days,
            weekdays=tuple(weekdays),
            set_positions=_ints(rule, "BYSETPOS", 1, 366),
            clock=(clock[0], clock[1], clock[2]),
        )

    def _period_index(self, moment: datetime) -> int:
        if self.monthly:
            return (moment.year - self.start.year) * 12 + moment.month - self.start.month
        return moment.year - self.start.year

    def _occurrences(self, period: int) -> list[datetime]:
        """Return the rule's onsets in one period (a year or a month after DTSTART's)."""
        cached = self._periods.get(period)
        if cached is not None:
            return cached
        if self.monthly:
            year, month_index = divmod(self.start.year * 12 + self.start.month - 1 + period, 12)
            months = [month_index + 1] if not self.months or month_index + 1 in self.months else []
        else:
            year = self.start.year + period
            months = list(self.months) or list(range(1, 13))
        found: list[datetime] = []
        if self.budget.days_left <= 0:
            return found  # not cached: the zone has examined all it may
        if 1 <= year <= 9998 and months:
            if self.monthly or self.months:
                scopes = [_month_days(year, month) for month in months]
            else:  # a YEARLY rule without BYMONTH counts "20MO" within the year
                scopes = [[day for month in range(1, 13) for day in _month_days(year, month)]]
            self.budget.days_left -= sum(len(scope) for scope in scopes)
            wanted_months = set(months)
            for scope in scopes:
                found.extend(
                    datetime.combine(day, time(*self.clock))
                    for day in self._matching_days(scope)
                    if day.month in wanted_months
                )
        if self.set_positions:
            found = sorted(
                {found[p - 1 if p > 0 else p] for p in self.set_positions if abs(p) <= len(found)}
            )
        found = [moment for moment in found if moment >= self.start]
        if self.until is not None:
            found = [moment for moment in found if moment <= self.until]
        if len(self._periods) >= MAX_CACHED_PERIODS:
            self._periods.clear()
        self._periods[period] = found
        return found

    def _matching_days(self, scope: list[date]) -> list[date]:
        """Return the days of one scope (a month, or a year) that BYMONTHDAY and BYDAY keep."""
        plain: set[int] = set()
        nth: set[date] = set()
        if self.weekdays:
            by_weekday: dict[int, list[date]] = {}
            for day in scope:
                by_weekday.setdefault(day.weekday(), []).append(day)
            for weekday, ordinal in self.weekdays:
                same = by_weekday.get(weekday, [])
                if ordinal == 0:
                    plain.add(weekday)
                elif abs(ordinal) <= len(same):
                    nth.add(same[ordinal - 1 if ordinal > 0 else ordinal])
        kept = []
        for day in scope:
            if self.month_days:
                length = calendar_days.monthrange(day.year, day.month)[1]
                if not any(
                    day.day == (wanted if wanted > 0 else length + 1 + wanted)
                    for wanted in self.month_days
                ):
                    continue
            if self.weekdays and day.weekday() not in plain and day not in nth:
                continue
            kept.append(day)
        return kept

    def latest_onset(self, moment: datetime) -> datetime | None:
        """Return the rule's last onset at or before the wall-clock moment."""
        if moment < self.start:
            return None
        if self.count is not None:
            return self._latest_counted(moment)
        limit = min(moment, self.until) if self.until is not None else moment
        period = self._period_index(limit)
        period -= period % self.interval
        back = MAX_PERIODS_BACK["MONTHLY" if self.monthly else "YEARLY"]
        for _ in range(back):
            if period < 0:
                break
            onsets = [onset for onset in self._occurrences(period) if onset <= limit]
            if onsets:
                return onsets[-1]
            period -= self.interval
        return None

    def _latest_counted(self, moment: datetime) -> datetime | None:
        """Walk the rule from DTSTART, as COUNT requires, but only up to the moment asked."""
        assert self.count is not None
        target = min(self._period_index(moment), MAX_PERIODS_COUNTED)
        while (
            self._walked <= target and len(self._counted) < self.count and self.budget.days_left > 0
        ):
            self._counted.extend(self._occurrences(self._walked))
            self._periods.pop(self._walked, None)
            self._walked += self.interval
        del self._counted[self.count :]
        position = bisect_right(self._counted, moment)
        return self._counted[position - 1] if position else None


def _month_days(year: int, month: int) -> list[date]:
    return [
        date(year, month, day) for day in range(1, calendar_days.monthrange(year, month)[1] + 1)
    ]


def monthly_or_filtered(
    frequency: str, months: tuple[int, ...], month_days: tuple[int, ...], weekdays: list[Any]
) -> bool:
    """Tell whether a rule names its months or days (else YEARLY keeps DTSTART's month)."""
    return frequency == "MONTHLY" or bool(months or month_days or weekdays)


@dataclass
class _Block:
    """One STANDARD or DAYLIGHT block: offsets, name and when it takes effect."""

    offset_from: timedelta
    offset_to: timedelta
    is_dst: bool
    name: str | None
    dates: list[datetime]
    rules: list[_Rule]

    def latest_onset(self, moment: datetime) -> datetime | None:
        position = bisect_right(self.dates, moment)
        latest = self.dates[position - 1] if position else None
        for rule in self.rules:
            onset = rule.latest_onset(moment)
            if onset is not None and (latest is None or onset > latest):
                latest = onset
        return latest


class BoundedZone(tzinfo):
    """A tzinfo read from a VTIMEZONE; each lookup costs a few periods of each rule."""

    def __init__(self, tzid: str, blocks: list[_Block]) -> None:
        self._tzid = tzid
        self._blocks = blocks
        self._recent: dict[tuple[datetime, int], _Block] = {}

    def __repr__(self) -> str:
        return f"<vtimezone {self._tzid!r}>"

    def _block(self, moment: datetime) -> _Block:
        if len(self._blocks) == 1:
            return self._blocks[0]
        wall = moment.replace(tzinfo=None)
        key = (wall, moment.fold)
        known = self._recent.get(key)
        if known is not None:
            return known
        latest: datetime | None = None
        chosen: _Block | None = None
        for block in self._blocks:
            probe = wall
            if block.offset_to < block.offset_from and moment.fold:
                probe = wall - (block.offset_to - block.offset_from)
            onset = block.latest_onset(probe)
            if onset is not None and (latest is None or latest < onset):
                latest, chosen = onset, block
        if chosen is None:
            # before the first onset: the first standard block, as dateutil does
            chosen = next((block for block in self._blocks if not block.is_dst), self._blocks[0])
        if len(self._recent) >= 64:
            self._recent.clear()
        self._recent[key] = chosen
        return chosen

    def speaks_for(self, wall: datetime) -> bool:
        """Whether the blocks say anything about the year of `wall`: a rule recurs, or a
        listed change lies within SILENT_AFTER before it. A block of listed changes that
        stops years earlier (ICU's X-TZINFO block holding only Berlin's 1893 observance,
        ical4j issue 819) is silent about later summers."""
        if any(block.rules for block in self._blocks):
            return True
        wall = wall.replace(tzinfo=None)
        onsets = [onset for block in self._blocks if (onset := block.latest_onset(wall))]
        return bool(onsets) and wall - max(onsets) <= SILENT_AFTER

    def lists_only_later_changes(self, wall: datetime) -> bool:
        """Whether every change the blocks list comes after `wall` and none recurs by a rule:
        blocks rendered from the tz database for a window of years (python icalendar's
        Timezone.from_tzinfo, "only works from ... to ...") say nothing of an earlier time."""
        if any(block.rules for block in self._blocks):
            return False
        wall = wall.replace(tzinfo=None)
        return not any(block.latest_onset(wall) for block in self._blocks)

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        return self._block(dt).offset_to

    def dst(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        block = self._block(dt)
        return block.offset_to - block.offset_from if block.is_dst else timedelta(0)

    def tzname(self, dt: datetime | None) -> str | None:
        if dt is None:
            return None
        return self._block(dt).name

    def fromutc(self, dt: datetime) -> datetime:
        """Return the wall-clock time for a UTC moment (the block whose UTC onset is latest)."""
        utc = dt.replace(tzinfo=None)
        latest: datetime | None = None
        chosen: _Block | None = None
        for block in self._blocks:
            onset = block.latest_onset(utc + block.offset_from)
            if onset is not None:
                onset_utc = onset - block.offset_from
                if latest is None or latest < onset_utc:
                    latest, chosen = onset_utc, block
        if chosen is None:
            chosen = next((block for block in self._blocks if not block.is_dst), self._blocks[0])
        wall = (utc + chosen.offset_to).replace(tzinfo=self)
        if wall.utcoffset() != chosen.offset_to:
            wall = wall.replace(fold=1)  # the repeated hour after clocks go back
        return wall


def _offset(component: Component, name: str) -> timedelta | None:
    value = component.get(name)
    offset = getattr(value, "td", None)
    return offset if isinstance(offset, timedelta) else None


def _dates(component: Component, name: str) -> list[datetime]:
    values = component.get(name)
    if values is None:
        return []
    if not isinstance(values, list):
        values = [values]
    found: list[datetime] = []
    for value in values[:MAX_ONSET_DATES]:
        for item in getattr(value, "dts", [])[:MAX_ONSET_DATES]:
            moment = item.dt[0] if isinstance(item.dt, tuple) else item.dt
            naive = _naive(moment)
            if naive is not None:
                found.append(naive)
    return found


def _block(component: Component, notes: list[str], budget: _Budget) -> _Block | None:
    offset_from, offset_to = _offset(component, "TZOFFSETFROM"), _offset(component, "TZOFFSETTO")
    start_prop = component.get("DTSTART")
    start = _naive(getattr(start_prop, "dt", None))
    if offset_from is None or offset_to is None or start is None:
        return None
    excluded = set(_dates(component, "EXDATE"))
    dates = sorted({start, *_dates(component, "RDATE")} - excluded)[:MAX_ONSET_DATES]
    rules: list[_Rule] = []
    values = component.get("RRULE")
    if values is not None:
        for value in (values if isinstance(values, list) else [values])[:4]:
            try:
                rule = _Rule.parse(dict(value), start)
                rule.budget = budget
                rules.append(rule)
            except (UnsupportedRule, ValueError, TypeError, IndexError, KeyError):
                notes.append(
                    "the calendar's time zone has a rule too fine or unusual to expand;"
                    " only its start was used"
                )
    name = component.get("TZNAME")
    if isinstance(name, list):
        name = name[-1] if name else None
    return _Block(
        offset_from=offset_from,
        offset_to=offset_to,
        is_dst=component.name == "DAYLIGHT",
        name=str(name) if name is not None else None,
        dates=dates,
        rules=rules,
    )


def zone_from_vtimezone(component: Component, notes: list[str]) -> tzinfo | None:
    """Return the zone a VTIMEZONE block describes, None when it describes none."""
    candidates = [
        sub for sub in component.subcomponents[:5000] if sub.name in {"STANDARD", "DAYLIGHT"}
    ]
    if len(candidates) > MAX_ZONE_BLOCKS:
        notes.append("the calendar's time zone has too many blocks; the latest were used")

        def onset(sub: Component) -> datetime:
            return _naive(getattr(sub.get("DTSTART"), "dt", None)) or datetime.combine(
                date.min, time()
            )

        candidates = sorted(candidates, key=onset)[-MAX_ZONE_BLOCKS:]
    budget = _Budget()
    blocks = [block for sub in candidates if (block := _block(sub, notes, budget)) is not None]
    if not blocks:
        return None
    return BoundedZone(str(component.get("TZID", "")), blocks)


# vCalendar 1.0 (IMC, 1996; phones, Palm, Lotus Organizer) has no VTIMEZONE: local times take
# the calendar's "TZ:+01" offset, or a "DAYLIGHT:TRUE;+02;<start>;<end>;<std>;<dst>" period's
# offset when they fall inside it (vCalendar 1.0 2.1.5 and 2.1.6).
_VCAL_OFFSET = re.compile(r"([+-])(\d{1,2})(?::?(\d{2}))?")
_VCAL_MOMENT = re.compile(r"(\d{8}T\d{6})Z?")
MAX_DAYLIGHT_PERIODS = 60


def _vcal_offset(text: str) -> timedelta | None:
    found = _VCAL_OFFSET.fullmatch(text.strip())
    if found is None:
        return None
    sign, hours, minutes = found.groups()
    span = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if span > timedelta(hours=14):
        return None
    return -span if sign == "-" else span


def _vcal_wall(text: str) -> datetime | None:
    """A DAYLIGHT period's bound as a wall-clock time (a trailing Z is ignored, as phones do)."""
    found = _VCAL_MOMENT.fullmatch(text.strip())
    if found is None:
        return None
    digits = found.group(1)
    try:
        moment = datetime.fromisoformat(f"{digits[:8]}T{digits[9:]}").replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment.replace(tzinfo=None)


class VcalZone(tzinfo):
    """The offsets a vCalendar 1.0 object states: standard, or a daylight period's."""

    def __init__(self, standard: timedelta, periods: list[tuple[datetime, datetime, timedelta]]):
        self._standard = standard
        self._periods = periods

    def __repr__(self) -> str:
        return f"<vcalendar zone {self._standard}>"

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        wall = dt.replace(tzinfo=None)
        for start, end, offset in self._periods:
            if start <= wall < end:
                return offset
        return self._standard

    def dst(self, dt: datetime | None) -> timedelta | None:
        offset = self.utcoffset(dt)
        return None if offset is None else offset - self._standard

    def tzname(self, dt: datetime | None) -> str | None:
        return None


def zone_from_vcalendar(tz: str | None, daylight: list[str]) -> tzinfo | None:
    """Return the zone of a vCalendar 1.0 object's TZ and DAYLIGHT properties, if stated."""
    standard = _vcal_offset(tz) if tz else None
    if standard is None:
        return None
    periods: list[tuple[datetime, datetime, timedelta]] = []
    for value in daylight[:MAX_DAYLIGHT_PERIODS]:
        parts = value.split(";")
        if len(parts) < 4 or parts[0].strip().upper() != "TRUE":
            continue
        offset = _vcal_offset(parts[1])
        start, end = (_vcal_wall(part) for part in parts[2:4])
        if offset is not None and start is not None and end is not None and start < end:
            periods.append((start, end, offset))
    return VcalZone(standard, periods)
