"""Follow-up rules: when each of an interview's three steps falls due.

Pure on purpose: stdlib and dateparser only, no clock. Instants go in and come out as
aware UTC; working hours, business days and "the employer's date" are read in the
user's zone, which may differ from the zone the interview was given in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, Protocol, TypeVar
from zoneinfo import ZoneInfo

import dateparser

from service.parsing.lexicon import (
    TIMELINE_NUMBERS,
    TIMELINE_PHRASES,
    TIMELINE_WORDS,
    fold,
    timeline_names,
)

__all__ = [
    "ASK_WINDOW",
    "FOLLOW_UP_AFTER_TIMELINE",
    "MAX_TIMELINE_AHEAD",
    "STEP_DURATION",
    "THANK_YOU_DEADLINE",
    "THANK_YOU_DELAY",
    "StepKind",
    "StepPlan",
    "WorkingHours",
    "add_business_days",
    "ask_window",
    "business_day_on_or_after",
    "is_working_moment",
    "latest_round",
    "next_business_start",
    "next_working_moment",
    "plan_steps",
    "timeline_date",
]


class StepKind(StrEnum):
    ASK_NEXT_STEPS = "ask_next_steps"
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"


ASK_WINDOW: Final = timedelta(minutes=10)
# Below this length "the last 10 minutes" would be most of the interview; use a quarter.
_ASK_QUARTER_BELOW: Final = timedelta(minutes=40)
# A breather after the interview: time to get out of the room and add what came up.
THANK_YOU_DELAY: Final = timedelta(hours=1)
THANK_YOU_DEADLINE: Final = timedelta(hours=24)
FOLLOW_UP_AFTER_TIMELINE: Final = 2  # business days after the employer's own date
# Dates further out than this are more likely a misreading than a real hiring timeline.
MAX_TIMELINE_AHEAD: Final = timedelta(days=200)
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

_DAY_NAMES: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_DAY_NAMES: Final = tuple(name.lower() for name in calendar.day_name)


def _day_number(token: str, text: str) -> int:
    name = token.strip().lower()
    if name in _DAY_NAMES:
        return _DAY_NAMES.index(name)
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
            parts.append(f"{_DAY_NAMES[run[0]]}-{_DAY_NAMES[run[-1]]}")
        else:
            parts.extend(_DAY_NAMES[day] for day in run)
        run_start = index
    return ",".join(parts)


_HOURS_RE: Final = re.compile(
    r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})(?:\s+(\S.*?))?\s*$", re.IGNORECASE
)


def _clock(hour: str, minute: str, text: str) -> time:
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
        end = _clock(match[3], match[4], text)
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

    def due(self, kind: StepKind) -> datetime | None:
        """Return the due moment of one step, so callers can loop over StepKind."""
        return {
            StepKind.ASK_NEXT_STEPS: self.ask_next_steps,
            StepKind.THANK_YOU: self.thank_you,
            StepKind.FOLLOW_UP: self.follow_up,
        }[kind]


def _instant(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} {value.isoformat()} has no time zone; give an aware datetime")
    moment = value.astimezone(UTC)
    if not _MIN_INSTANT <= moment < _MAX_INSTANT:
        raise ValueError(f"{name} {value.isoformat()} is outside the years 1900–2999")
    return moment


def _wall_clock(day: date, at: time, zone: ZoneInfo) -> datetime:
    # fold=0 follows RFC 5545: a skipped wall time uses the offset before the gap (so it
    # lands just after the jump) and a repeated one means its first occurrence.
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _working_period(day: date, zone: ZoneInfo, hours: WorkingHours) -> tuple[datetime, datetime]:
    return _wall_clock(day, hours.start, zone), _wall_clock(day, hours.end, zone)


def is_working_moment(moment: datetime, zone: ZoneInfo, hours: WorkingHours) -> bool:
    """Tell whether the instant lies inside the user's working hours on a business day."""
    moment = _instant(moment, "moment")
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
    """Return the first start of working hours on a business day at or after the instant."""
    moment = _instant(moment, "moment")
    local_day = moment.astimezone(zone).date()
    for offset in range(-1, 15):
        day = local_day + timedelta(days=offset)
        if day.weekday() in hours.days:
            opens = _wall_clock(day, hours.start, zone)
            if opens >= moment:
                return opens
    raise AssertionError(f"no working day within two weeks of {moment}")  # days is never empty


def next_working_moment(moment: datetime, zone: ZoneInfo, hours: WorkingHours) -> datetime:
    """Return the instant itself when it is inside working hours, else the next start."""
    if is_working_moment(moment, zone, hours):
        return _instant(moment, "moment")
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

    The quarter applies to interviews under 40 minutes, where both rules meet.
    """
    start = _instant(start, "start")
    end = _instant(end, "end")
    if end <= start:
        raise ValueError(f"end {end.isoformat()} must be after start {start.isoformat()}")
    length = end - start
    window = ASK_WINDOW if length >= _ASK_QUARTER_BELOW else length / 4
    return end - window, end


_EVERY_DAY: Final = frozenset(range(7))


def _thank_you_due(end: datetime, zone: ZoneInfo, hours: WorkingHours) -> datetime:
    earliest = end + THANK_YOU_DELAY
    deadline = end + THANK_YOU_DEADLINE
    candidate = next_working_moment(earliest, zone, hours)
    if candidate <= deadline:
        return candidate
    # No working time within a day (a Friday evening, short hours): the next morning at
    # the usual time still beats a reminder in the middle of the night.
    every_day = WorkingHours(hours.start, hours.end, _EVERY_DAY)
    candidate = next_working_moment(earliest, zone, every_day)
    if candidate <= deadline:
        return candidate
    return earliest


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
    due = _wall_clock(day, hours.start, zone)
    # An early employer date (or a past one) must not bring the follow-up before the thanks.
    while due <= thank_you:
        day = add_business_days(day, 1, hours)
        due = _wall_clock(day, hours.start, zone)
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
    - thank_you: end + 1 h when that is inside working hours on a business day; else the
      next working-hours start if it comes within end + 24 h; else (nothing on a business
      day in time, e.g. a Friday evening) the working-hours start time on the next
      calendar day if within end + 24 h; else end + 1 h. Always end < thank_you <= end+24h.
    - follow_up: on the business day `follow_up_days` calendar days after the interview's
      local end date (rolled forward to a business day), or 2 business days after
      `timeline_date`; at the working-hours start in `user_zone`; moved to later business
      days while it would not come after the thank-you. None unless `carries_follow_up`.
    """
    start = _instant(start, "start")
    end = _instant(end, "end")
    if end <= start:
        raise ValueError(f"end {end.isoformat()} must be after start {start.isoformat()}")
    if not 1 <= follow_up_days <= 365:
        raise ValueError(f"follow_up_days {follow_up_days} must be between 1 and 365")
    ended_on = end.astimezone(user_zone).date()
    if timeline_date is not None and timeline_date > ended_on + _MAX_TIMELINE_PLAN:
        raise ValueError(f"timeline_date {timeline_date} is years after the interview")
    ask, _ = ask_window(start, end)
    thank_you = _thank_you_due(end, user_zone, hours)
    follow_up = (
        _follow_up_due(end, thank_you, user_zone, hours, timeline_date, follow_up_days)
        if carries_follow_up
        else None
    )
    return StepPlan(ask_next_steps=ask, thank_you=thank_you, follow_up=follow_up)


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
    keyed = [(_instant(started, "round start"), key) for key, started in rounds]
    return max(keyed)[1]


# --- What the employer said about their timeline ------------------------------------------

_NUMBER_WORDS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "an": 1,
    "a": 1,
}
# Alternatives longest first, so "a few" wins over "a" and "fourteen" over "four".
_NUMBER: Final = (
    r"(?:\d{1,3}|(?:a |the )?couple(?: of)?|(?:a )?few|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + ")"
)
_UNIT_WORD: Final = r"(?:hour|hr|day|week|wk|month|mo)s?"
_UNIT: Final = r"(?P<biz>business |working )?(?P<unit>hour|hr|day|week|wk|month|mo)s?"
_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY_FULL: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY: Final = rf"(?:{_WEEKDAY_FULL}|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\b\.?)"
_DAY_OF_MONTH: Final = r"\d{1,2}(?:st|nd|rd|th)?"
_ORDINAL: Final = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# Words after a number that make it a count or a time of day, not a day of the month.
_NOT_A_DAY: Final = (
    rf"(?! ?(?:(?:{_UNIT_WORD}|business|working|rounds?|interviews?|stages?|steps?|calls?"
    r"|candidates?|people|person|times?|am|pm|a\.m|p\.m|o'clock)\b|[:.]\d))"
)
_EARLY: Final = frozenset({"early", "beginning", "start"})
_MID: Final = frozenset({"mid", "middle"})
_WHEN: Final = r"(?:(?P<when>(?:the )?(?:end|beginning|start|middle) of|early|late|mid)[ -])?"
_PREPOSITION: Final = r"(?:by|on|before|until|till|around|for|this|coming)"


def _amount(word: str) -> int:
    word = word.removeprefix("a ").removeprefix("the ").removesuffix(" of")
    if word.isdigit():
        return int(word)
    return {"couple": 2, "few": 3}.get(word) or _NUMBER_WORDS[word]


def _weekday(word: str) -> int:
    return _DAY_NAMES.index(word.rstrip(".")[:3])


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _when(match: re.Match[str]) -> str:
    return (match["when"] or "end").removeprefix("the ").split()[0]


def _next_day_numbered(base: date, number: int, weekday: int | None) -> date | None:
    """Find the next date after base with this day of month (and weekday, if given)."""
    if not 1 <= number <= 31:
        return None
    tried = 0
    month = base.replace(day=1)
    while tried < 2:
        if number <= calendar.monthrange(month.year, month.month)[1]:
            candidate = month.replace(day=number)
            if candidate > base:
                if weekday is None or candidate.weekday() == weekday:
                    return candidate
                # The nearest two such dates only: beyond that the weekday was a slip.
                tried += 1
        month = _add_months(month, 1)
    return None


_Rule = Callable[[re.Match[str], date, datetime], date | None]


def _iso(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def _month_name_date(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    # dateparser knows month spellings, ordinals and which year a bare "March 5" means.
    parsed = dateparser.parse(
        match["date"],
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime.combine(base, time(12)),
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    if parsed is None:
        return None
    found = parsed.date()
    if match["wd"] and found.weekday() != _weekday(match["wd"]):
        return None  # "Friday, March 14" when the 14th is a Saturday: which one was meant?
    return found


def _weekday_numbered(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    return _next_day_numbered(base, int(match["day"]), _weekday(match["wd"]))


def _numbered(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    return _next_day_numbered(base, int(match["day"]), None)


def _weekday_next_week(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    return _monday(base) + timedelta(weeks=1, days=_weekday(match["wd"]))


def _week_phrase(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    when = _when(match)
    weekday = 1 if when in _EARLY else 2 if when in _MID else 4  # Tue, Wed, else Fri
    which = match["which"]
    weeks = 2 if "after next" in which else 1 if "next" in which else 0
    target = _monday(base) + timedelta(weeks=weeks, days=weekday)
    if weeks == 0 and target < base:
        target += timedelta(weeks=1)  # "by the end of the week" said on a weekend
    return target


def _month_phrase(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    first = _add_months(base.replace(day=1), 1 if match["which"] == "next" else 0)
    when = _when(match)
    if when in _EARLY:
        return first.replace(day=10)
    if when in _MID:
        return first.replace(day=15)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _named_weekday(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    weekday = _weekday(match["wd"] or match["full"])
    if match["next"]:
        # "Next Friday" is Friday of next week: a later date than "by Friday", never earlier.
        return _monday(base) + timedelta(weeks=1, days=weekday)
    ahead = (weekday - base.weekday()) % 7
    if match["pre"] == "this":
        return base + timedelta(days=ahead)
    return base + timedelta(days=ahead or 7)


def _shift(day: date, count: int, unit: str, business: bool) -> date:
    if unit == "day":
        return add_business_days(day, count, WorkingHours()) if business else day + timedelta(count)
    if unit in {"week", "wk"}:
        return day + timedelta(weeks=count)
    return _add_months(day, count)


def _duration(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    count = _amount(match["n"])
    if match["unit"] in {"hour", "hr"}:
        return (local_end + timedelta(hours=count)).date()
    return _shift(base, count, match["unit"], bool(match["biz"]))


def _duration_from_weekday(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    weekday = base + timedelta(days=(_weekday(match["wd"]) - base.weekday()) % 7 or 7)
    count = _amount(match["n"])
    if match["unit"] in {"hour", "hr"}:
        return weekday + timedelta(days=count // 24)
    return _shift(weekday, count, match["unit"], bool(match["biz"]))


def _fortnight(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    return base + timedelta(days=14)


def _day_word(match: re.Match[str], base: date, local_end: datetime) -> date | None:
    word = match[0]
    if "after" in word:
        return base + timedelta(days=2)
    return base + timedelta(days=1 if word == "tomorrow" else 0)


# Most specific first, and the first rule that matches decides: "by Friday the 13th" when
# the 13th is no Friday gives None rather than falling back to a guess from "by Friday".
_RULES: Final[tuple[tuple[re.Pattern[str], _Rule], ...]] = tuple(
    (re.compile(pattern, re.ASCII), rule)
    for pattern, rule in (
        (r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", _iso),
        (
            rf"(?:\b(?P<wd>{_WEEKDAY}),? (?:the )?)?\b(?P<date>(?:{_DAY_OF_MONTH} (?:of )?{_MONTH}"
            rf"|{_MONTH}\.? (?:the )?{_DAY_OF_MONTH})\b(?:,? \d{{4}}\b)?)",
            _month_name_date,
        ),
        (rf"\b(?P<wd>{_WEEKDAY}),? (?:the )?{_ORDINAL}\b{_NOT_A_DAY}", _weekday_numbered),
        (rf"\b(?:by|on|before|until|till|around) (?:the )?{_ORDINAL}\b{_NOT_A_DAY}", _numbered),
        (rf"^(?:the )?{_ORDINAL}[.!]?$", _numbered),
        (rf"\b(?P<wd>{_WEEKDAY}) (?:of )?next week\b", _weekday_next_week),
        (
            rf"\b(?P<n>{_NUMBER})[ -]{_UNIT} (?:from|after) (?:this |next )?(?P<wd>{_WEEKDAY})",
            _duration_from_weekday,
        ),
        (
            rf"\b{_WHEN}(?P<which>(?:the )?week after next|next week|this week|the week"
            r"|(?<=of )week)\b",
            _week_phrase,
        ),
        (rf"\b{_WHEN}(?:(?P<which>next|this|the) |(?<=of ))month\b", _month_phrase),
        (
            rf"\b(?:(?:(?P<pre>{_PREPOSITION})|(?P<next>next)) (?P<wd>{_WEEKDAY})"
            rf"|(?P<full>{_WEEKDAY_FULL}))(?![a-z])",
            _named_weekday,
        ),
        (rf"\b{_NUMBER} ?(?:-|to|or) ?(?P<n>{_NUMBER})[ -]{_UNIT}\b", _duration),
        (rf"\b{_NUMBER}[ -]{_UNIT}\b or (?P<n>{_NUMBER})\b(?! ?{_UNIT_WORD}\b)", _duration),
        (rf"\b(?P<n>{_NUMBER})[ -]{_UNIT}\b", _duration),
        (r"\b(?:a |one )?fortnight\b", _fortnight),
        (
            r"\b(?:the day after tomorrow|tomorrow|today|tonight|end of (?:the )?day|eod)\b",
            _day_word,
        ),
    )
)


def timeline_date(text: str, *, interview_end: datetime, zone: ZoneInfo) -> date | None:
    """Turn what the employer said about their timeline into the date it implies.

    Reads the first phrase it recognises, in English or in German, French, Spanish,
    Italian, Dutch or Portuguese ("two weeks", "innerhalb von zwei Wochen", "within 10
    days", "a few days",
    "end of next week", "by Friday the 12th", "next Monday", "March 5", "in a month",
    "early next week", "by the 15th", …) relative to the interview's end in the user's
    zone; a range ("1-2 weeks") means its far end, and "next Friday" the Friday of next
    week. None when nothing is recognised, when a recognised date contradicts itself,
    or when it lies before the interview or more than MAX_TIMELINE_AHEAD after it.
    """
    local_end = _instant(interview_end, "interview_end").astimezone(zone)
    base = local_end.date()
    # Long pastes are cut: a timeline is said in a sentence, and regexes stay cheap.
    spoken = _in_english(" ".join(text[:1000].lower().replace("’", "'").translate(_DASHES).split()))
    for pattern, rule in _RULES:
        match = pattern.search(spoken)
        if match is None:
            continue
        found = rule(match, base, local_end)
        if found is None or not base <= found <= base + MAX_TIMELINE_AHEAD:
            return None
        return found
    return None


_DASHES: Final = str.maketrans({"–": "-", "—": "-", "‐": "-"})
_PHRASES: Final = tuple((re.compile(p), r) for p, r in TIMELINE_PHRASES)
_A_WORD: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NUMBER_BEFORE_UNIT: Final = re.compile(
    rf"\b({'|'.join(sorted(TIMELINE_NUMBERS, key=len, reverse=True))})"
    r"(?= (?:business |working )?(?:hour|day|week|month)s?\b)"
)
_WEEK_OR_DAY: Final = r"week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_POSTPOSED_NEXT: Final = re.compile(rf"\b({_WEEK_OR_DAY}) next\b(?! (?:week|month)s?\b)")


def _in_english(spoken: str) -> str:
    """Say a timeline in the English words the rules read (English itself stays as it is).

    The word lists live in the parser's lexicon, grouped by meaning like its other cues.
    """
    text = fold(spoken)
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    names = timeline_names()
    text = _A_WORD.sub(lambda m: TIMELINE_WORDS.get(m[0], names.get(m[0], m[0])), text)
    text = _NUMBER_BEFORE_UNIT.sub(lambda m: str(TIMELINE_NUMBERS[m[1]]), text)
    text = _POSTPOSED_NEXT.sub(r"next \1", text)
    text = " ".join(text.split())
    return re.sub(r"\bof of\b", "of", re.sub(r"\bthe (?=next\b|the\b)", "", text))
