"""When each of an interview's three steps falls due.

Pure on purpose: stdlib only, no clock. Instants go in and come out as aware UTC on
whole minutes; working hours and business days are read in the user's *current*
zone, which may differ from the zone the interview was given in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any, Final, Protocol, TypeVar
from zoneinfo import ZoneInfo

from service.steps.kinds import StepKind

__all__ = [
    "ASK_WINDOW",
    "DAY_NAMES",
    "FOLLOW_UP_AFTER_TIMELINE",
    "STEP_DURATION",
    "THANK_YOU_DEADLINE",
    "THANK_YOU_DELAY",
    "THANK_YOU_LATE",
    "StepPlan",
    "WorkingHours",
    "add_business_days",
    "ask_window",
    "business_day_on_or_after",
    "instant",
    "is_working_moment",
    "latest_round",
    "next_business_start",
    "next_working_moment",
    "plan_steps",
    "reminder_anchor",
    "snoozed_until",
    "whole_minute",
]


ASK_WINDOW: Final = timedelta(minutes=10)
# Below this length "the last 10 minutes" would be most of the interview; use a quarter.
_ASK_QUARTER_BELOW: Final = timedelta(minutes=40)
# A breather after the interview: time to get out of the room and add what came up.
THANK_YOU_DELAY: Final = timedelta(hours=1)
THANK_YOU_DEADLINE: Final = timedelta(hours=24)
FOLLOW_UP_AFTER_TIMELINE: Final = 2  # business days after the employer's own date
# Only guards date arithmetic against overflow; the domain applies its own, tighter limit.
_MAX_TIMELINE_PLAN: Final = timedelta(days=3 * 366)
_MIN_INSTANT: Final = datetime(1900, 1, 1, tzinfo=UTC)
_MAX_INSTANT: Final = datetime(3000, 1, 1, tzinfo=UTC)

STEP_DURATION: Final[Mapping[StepKind, timedelta]] = MappingProxyType(
    {
        # The longest ask window; a short interview's is shorter, see ask_window().
        StepKind.ASK_NEXT_STEPS: ASK_WINDOW,
        StepKind.THANK_YOU: timedelta(minutes=30),
        StepKind.FOLLOW_UP: timedelta(minutes=15),
    }
)

DAY_NAMES: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_DAY_NAMES: Final = tuple(name.lower() for name in calendar.day_name)


def _day_number(token: str, text: str) -> int:
    name = token.strip().lower()
    if name in DAY_NAMES:
        return DAY_NAMES.index(name)
    if name in _FULL_DAY_NAMES:
        return _FULL_DAY_NAMES.index(name)
    raise ValueError(f"working hours {text!r}: unknown day {token.strip()!r} (use mon … sun)")


def _parse_days(spec: str, text: str) -> frozenset[int]:
    days: set[int] = set()
    for item in spec.split(","):
        if not item.strip():
            raise ValueError(f"working hours {text!r}: empty entry in the list of days")
        first, dash, last = item.partition("-")
        start = _day_number(first, text)
        if not dash:
            days.add(start)
            continue
        stop = _day_number(last, text)
        # A range may wrap past Sunday, e.g. "sun-thu" or "fri-mon".
        span = (stop - start) % 7
        days.update((start + offset) % 7 for offset in range(span + 1))
    return frozenset(days)


def _format_days(days: frozenset[int]) -> str:
    parts: list[str] = []
    ordered = sorted(days)
    run_start = 0
    for index in range(1, len(ordered) + 1):
        if index < len(ordered) and ordered[index] == ordered[index - 1] + 1:
            continue
        run = ordered[run_start:index]
        # Ranges only for three days or more: "mon,tue" reads better than "mon-tue".
        if len(run) >= 3:
            parts.append(f"{DAY_NAMES[run[0]]}-{DAY_NAMES[run[-1]]}")
        else:
            parts.extend(DAY_NAMES[day] for day in run)
        run_start = index
    return ",".join(parts)


_HOURS_RE: Final = re.compile(
    r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})(?:\s+(\S.*?))?\s*$", re.IGNORECASE
)


# People end a day that runs to midnight at "24:00"; a `time` stops at 23:59, and hours
# end before their last minute, so the day's last minute to start a step is 23:58.
END_OF_DAY: Final = time(23, 59)


def _clock(hour: str, minute: str, text: str, *, is_end: bool = False) -> time:
    if is_end and int(hour) == 24 and int(minute) == 0:
        return END_OF_DAY
    try:
        return time(int(hour), int(minute))
    except ValueError:
        raise ValueError(f"working hours {text!r}: {hour}:{minute} is not a time of day") from None


@dataclass(frozen=True)
class WorkingHours:
    """When the user does job-search admin: a daily window on some days of the week."""

    start: time = time(9, 0)
    end: time = time(18, 0)
    days: frozenset[int] = field(default=frozenset(range(5)))  # Monday=0 … Sunday=6

    def __post_init__(self) -> None:
        # Accept any iterable of days but keep the value hashable and comparable.
        object.__setattr__(self, "days", frozenset(self.days))
        for name, value in (("start", self.start), ("end", self.end)):
            if value.tzinfo is not None:
                raise ValueError(f"working hours {name} must be a wall-clock time, not {value}")
            if value.second or value.microsecond:
                raise ValueError(f"working hours {name} {value} must be whole minutes")
        if self.start >= self.end:
            raise ValueError(
                f"working hours start {self.start:%H:%M} must be before end {self.end:%H:%M}"
            )
        if not self.days:
            raise ValueError("working hours need at least one day of the week")
        if not all(isinstance(day, int) and 0 <= day <= 6 for day in self.days):
            raise ValueError(f"working days must be 0 (Monday) … 6 (Sunday), not {set(self.days)}")

    @classmethod
    def parse(cls, text: str) -> WorkingHours:
        """Read the canonical form, e.g. "09:00-17:30 mon-fri" or "08:30-17:00 mon,tue,thu".

        An end of "24:00" (the end of the day, as people write it) is read as 23:59.

        The days may be omitted (Monday to Friday), ranges may wrap ("sun-thu"), and full
        day names are accepted; str() gives the canonical form back.
        """
        match = _HOURS_RE.match(text)
        if match is None:
            raise ValueError(
                f"working hours {text[:80]!r}: expected 'HH:MM-HH:MM days', "
                "e.g. '09:00-17:30 mon-fri'"
            )
        start = _clock(match[1], match[2], text)
        end = _clock(match[3], match[4], text, is_end=True)
        spec = match[5]
        if spec is None:
            return cls(start, end)
        compact = re.sub(r"\s*([,-])\s*", r"\1", spec)
        if re.search(r"\s", compact):
            raise ValueError(f"working hours {text!r}: separate days with ',' or '-'")
        return cls(start, end, _parse_days(compact, text))

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M} {_format_days(self.days)}"


@dataclass(frozen=True)
class StepPlan:
    """When each step falls due (aware UTC); follow_up is None for a superseded round."""

    ask_next_steps: datetime
    thank_you: datetime
    follow_up: datetime | None
    thank_you_reason: str = ""  # set when the thank-you cannot be within 24 hours

    def due(self, kind: StepKind) -> datetime | None:
        """Return the due moment of one step, so callers can loop over StepKind."""
        return {
            StepKind.ASK_NEXT_STEPS: self.ask_next_steps,
            StepKind.THANK_YOU: self.thank_you,
            StepKind.FOLLOW_UP: self.follow_up,
        }[kind]


def instant(value: datetime, name: str) -> datetime:
    """Return the aware value as UTC, or raise naming it when it has no zone or is absurd."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} {value.isoformat()} has no time zone; give an aware datetime")
    moment = value.astimezone(UTC)
    if not _MIN_INSTANT <= moment < _MAX_INSTANT:
        raise ValueError(f"{name} {value.isoformat()} is outside the years 1900–2999")
    return moment


def whole_minute(moment: datetime) -> datetime:
    """Round an instant up to the next whole minute (steps start on whole minutes)."""
    moment = instant(moment, "moment")
    floor = moment.replace(second=0, microsecond=0)
    return floor if floor == moment else floor + timedelta(minutes=1)


def _wall_clock(day: date, at: time, zone: ZoneInfo) -> datetime:
    # fold=0 follows RFC 5545: a skipped wall time uses the offset before the gap (so it
    # lands just after the jump) and a repeated one means its first occurrence.
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _clock_passes(day: date, at: time, zone: ZoneInfo) -> datetime:
    """Return the first instant the zone's clock shows `at` or later on that day.

    That is the wall time itself, or, when a DST jump skips it, the moment of the jump:
    working hours that end inside a gap end there, not an hour after the clock says.
    """
    wanted = datetime.combine(day, at)
    late = datetime.combine(day, at, tzinfo=zone).astimezone(UTC)  # offset before the gap
    if late.astimezone(zone).replace(tzinfo=None) == wanted:
        return late
    early = datetime.combine(day, at, tzinfo=zone).replace(fold=1).astimezone(UTC)
    # The jump lies between the two readings, on a whole minute: halve down to it.
    while late - early > timedelta(minutes=1):
        middle = early + timedelta(minutes=(late - early) // timedelta(minutes=2))
        if middle.astimezone(zone).replace(tzinfo=None) >= wanted:
            late = middle
        else:
            early = middle
    return late


def _working_period(day: date, zone: ZoneInfo, hours: WorkingHours) -> tuple[datetime, datetime]:
    return _wall_clock(day, hours.start, zone), _clock_passes(day, hours.end, zone)


def is_working_moment(moment: datetime, zone: ZoneInfo, hours: WorkingHours) -> bool:
    """Tell whether the instant lies inside the user's working hours on a business day."""
    moment = instant(moment, "moment")
    local_day = moment.astimezone(zone).date()
    # Neighbouring days too: a DST jump can push a period's edge over midnight.
    for offset in (-1, 0, 1):
        day = local_day + timedelta(days=offset)
        if day.weekday() in hours.days:
            opens, closes = _working_period(day, zone, hours)
            if opens <= moment < closes:
                return True
    return False


def next_business_start(moment: datetime, zone: ZoneInfo, hours: WorkingHours) -> datetime:
    """Return the first start of working hours on a business day at or after the instant.

    A day whose hours fall wholly in a DST gap (02:00-03:00 on the spring-forward day) has
    no working minute, so it is skipped like a day off."""
    moment = instant(moment, "moment")
    local_day = moment.astimezone(zone).date()
    for offset in range(-1, 15):
        day = local_day + timedelta(days=offset)
        if day.weekday() in hours.days:
            opens, closes = _working_period(day, zone, hours)
            if opens >= moment and opens < closes:
                return opens
    raise AssertionError(f"no working day within two weeks of {moment}")  # days is never empty


def next_working_moment(moment: datetime, zone: ZoneInfo, hours: WorkingHours) -> datetime:
    """Return the instant (up to its whole minute) when inside working hours, else the next start.

    Working hours are whole minutes, so the result always is one.
    """
    moment = whole_minute(moment)
    if is_working_moment(moment, zone, hours):
        return moment
    return next_business_start(moment, zone, hours)


def business_day_on_or_after(day: date, hours: WorkingHours) -> date:
    """Return the day itself when it is a working day, else the next one."""
    while day.weekday() not in hours.days:
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int, hours: WorkingHours) -> date:
    """Count `count` working days after `day` (0 rolls a day off forward to a working day)."""
    if count < 0:
        raise ValueError(f"count {count} must not be negative")
    if count == 0:
        return business_day_on_or_after(day, hours)
    while count:
        day += timedelta(days=1)
        if day.weekday() in hours.days:
            count -= 1
    return day


def ask_window(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Return when to ask about next steps: the last 10 minutes, or last quarter if shorter.

    The quarter applies to interviews under 40 minutes, where both rules meet; the
    window opens on the whole minute at or before that.
    """
    start = instant(start, "start")
    end = instant(end, "end")
    if end <= start:
        raise ValueError(f"end {end.isoformat()} must be after start {start.isoformat()}")
    length = end - start
    window = ASK_WINDOW if length >= _ASK_QUARTER_BELOW else length / 4
    # Down to the whole minute: the step starts on one, and still before the end.
    opens = (end - window).replace(second=0, microsecond=0)
    return opens, end


# Shown with the step (a status reason holds at most 100 characters).
THANK_YOU_LATE: Final = (
    "later than 24 hours after the interview: your working hours leave no time sooner"
)


def _thank_you_due(end: datetime, zone: ZoneInfo, hours: WorkingHours) -> tuple[datetime, str]:
    """Return the thank-you's moment, and why it is late when it cannot be in time.

    Always a working minute on a working day. First choice: a breather after the end;
    then anything still inside the 24 hours (right after the end); only when the
    working hours leave nothing inside the 24 hours, the first working minute after.
    """
    deadline = end + THANK_YOU_DEADLINE
    candidate = next_working_moment(end + THANK_YOU_DELAY, zone, hours)
    if candidate <= deadline:
        return candidate, ""
    sooner = next_working_moment(end, zone, hours)
    if sooner <= deadline:
        return sooner, ""
    return candidate, THANK_YOU_LATE


def _follow_up_due(
    end: datetime,
    thank_you: datetime,
    zone: ZoneInfo,
    hours: WorkingHours,
    timeline: date | None,
    follow_up_days: int,
) -> datetime:
    if timeline is not None:
        day = add_business_days(timeline, FOLLOW_UP_AFTER_TIMELINE, hours)
    else:
        ended_on = end.astimezone(zone).date()
        day = business_day_on_or_after(ended_on + timedelta(days=follow_up_days), hours)
    # The opening of that day, or of the next working day when a clock change swallows it.
    due = opening_on(day, zone, hours)
    # An early employer date (or a past one) must not bring the follow-up before the thanks.
    while due <= thank_you:
        day = add_business_days(day, 1, hours)
        due = opening_on(day, zone, hours)
    return due


def plan_steps(
    *,
    start: datetime,
    end: datetime,
    user_zone: ZoneInfo,
    hours: WorkingHours,
    timeline_date: date | None = None,
    follow_up_days: int = 7,
    carries_follow_up: bool = True,
) -> StepPlan:
    """Place the three follow-up steps of one interview.

    - ask_next_steps: start of ask_window(start, end).
    - thank_you: the first working minute from end + 1 h, when that is within end + 24 h;
      else the first working minute from the end itself, when that is; else (nothing
      inside the 24 hours, e.g. a Friday evening) the first working minute from end + 1 h,
      with `thank_you_reason` saying why. Always on a working day in working hours.
    - follow_up: on the business day `follow_up_days` calendar days after the interview's
      local end date (rolled forward to a business day), or 2 business days after
      `timeline_date`; at the working-hours start in `user_zone`; moved to later business
      days while it would not come after the thank-you. None unless `carries_follow_up`.
    """
    start = instant(start, "start")
    end = instant(end, "end")
    if end <= start:
        raise ValueError(f"end {end.isoformat()} must be after start {start.isoformat()}")
    if not 1 <= follow_up_days <= 365:
        raise ValueError(f"follow_up_days {follow_up_days} must be between 1 and 365")
    ended_on = end.astimezone(user_zone).date()
    if timeline_date is not None and timeline_date > ended_on + _MAX_TIMELINE_PLAN:
        raise ValueError(f"timeline_date {timeline_date} is years after the interview")
    ask, _ = ask_window(start, end)
    thank_you, late = _thank_you_due(end, user_zone, hours)
    follow_up = (
        _follow_up_due(end, thank_you, user_zone, hours, timeline_date, follow_up_days)
        if carries_follow_up
        else None
    )
    return StepPlan(
        ask_next_steps=ask, thank_you=thank_you, follow_up=follow_up, thank_you_reason=late
    )


def reminder_anchor(
    kind: str, snoozed: bool, start: datetime, end: datetime, due: datetime
) -> datetime:
    """Return the moment a step's reminder is about; a new moment earns a new reminder.

    "Ask about next steps" is about the interview's start and the thank-you about its
    end (the mail goes out while there is still time to act); a follow-up, and any
    snoozed step, about the step's own due time.
    """
    if not snoozed and kind == StepKind.ASK_NEXT_STEPS:
        return start
    if not snoozed and kind == StepKind.THANK_YOU:
        return end
    return due


def snoozed_until(
    due: datetime, now: datetime, by: timedelta, zone: ZoneInfo, hours: WorkingHours
) -> datetime:
    """Return where a snoozed step lands: `by` after the later of due and now, on a
    whole minute inside working hours (the next opening when that falls outside)."""
    return next_working_moment(max(instant(due, "due"), instant(now, "now")) + by, zone, hours)


def opening_on(day: date, zone: ZoneInfo, hours: WorkingHours) -> datetime:
    """Return when working hours open on that day, or on the next working day after it."""
    return next_business_start(_wall_clock(day, time(0, 0), zone), zone, hours)


def next_monday(now: datetime, zone: ZoneInfo) -> date:
    """Return the Monday after today in `zone` (a week on, when today is a Monday)."""
    today = instant(now, "now").astimezone(zone).date()
    return today + timedelta(days=7 - today.weekday())


class _Ordered(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


K = TypeVar("K", bound=_Ordered)


def latest_round(rounds: Sequence[tuple[K, datetime]]) -> K | None:
    """Pick the round that carries the follow-up: the latest start, the larger key on a tie.

    A later round, even one still to come, is the employer's answer to the earlier ones,
    so following up on those would be noise. None for no rounds.
    """
    if not rounds:
        return None
    keyed = [(instant(started, "round start"), key) for key, started in rounds]
    return max(keyed)[1]
