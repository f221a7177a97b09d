"""What the employer said about their timeline, read as the date it implies.

Pure on purpose: stdlib and dateparser only, no clock. The steps' schedule itself
lives in service/steps/schedule.py; this half reads the employer's words.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

import dateparser

from service.parsing.lexicon import (
    TIMELINE_NUMBERS,
    TIMELINE_PHRASES,
    TIMELINE_WORDS,
    fold,
    timeline_names,
)
from service.steps.schedule import DAY_NAMES as _DAY_NAMES
from service.steps.schedule import WorkingHours, add_business_days
from service.steps.schedule import instant as _instant

__all__ = ["MAX_TIMELINE_AHEAD", "timeline_date"]

# Dates further out than this are more likely a misreading than a real hiring timeline.
MAX_TIMELINE_AHEAD: Final = timedelta(days=200)

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
    if word.isdecimal():
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
