"""Write service/parsing/cldr_words.json: calendar words CLDR gives for the languages the parser
reads, so a language costs one code rather than a batch of typed words.

- "calendar": month and weekday names (wide and abbreviated, format and stand-alone) of every
  language read, which the reader adds to dateparser's (CLDR's Sinhala months, "නවම්", are
  the traditional ones; dateparser's the English loans), and the AM/PM words of the
  languages dateparser has no data for (Turkmen, Tatar, Kurdish, Xhosa, Sindhi, Javanese):
  "15 dekabr 2026, sişenbe", "2:30 go.soň", "sêşem, 15ê berfanbara".
- "relative": CLDR's "today", "tomorrow" and "the day after" (date_fields day, relative 0/+1/+2):
  "ertir", "sibê", "ngomso", "ਭਲਕੇ", "ມື້ອື່ນ".
- "next_weekday": CLDR's "next Monday" ... "next Sunday" (date_fields mon..sun, relative +1),
  the weekday as that phrase inflects it: "sêşema were", "Talaadada xigta",
  "келерки шейшембиде", "આવતા મંગળવારે", "ngoLwesibini ozayo".
- "next_week": CLDR's "next week" (date_fields week, relative +1): "ensi viikolla",
  "nākamajā nedēļā", "на следующей неделе", "sljedeći tjedan", "következő hét"; the
  reader takes a weekday right after it as that day of the coming calendar week.
- "date_affixes": what the locale's full, long and medium date patterns glue to the day and
  the month ("d'ê' MMMM'a' y'an'": "15ê berfanbara"; "d'mh' MMMM y": "15mh dhen Dùbhlachd"),
  and the short word CLDR puts before a format month name ("dhen Dùbhlachd", "de gener").
- "day_periods": CLDR's flexible day periods (morning1 ... night2, wide, abbreviated and
  narrow, format and stand-alone) with the span of the day each names, in minutes
  ("popietė": 720-1080, "siang": 600-900, "следобед": 840-1080; not the night, which
  straddles midnight), and whether the locale
  writes them before the hour (its "Bh" skeleton: "du. 3", "arrats. 2", "दोपहर 2") or after
  it ("3 popietė", "5 απόγ."): a period word turns a 12-hour clock into a time of day.
- "units": the words of CLDR's duration-minute and duration-hour unit patterns (long and
  short): "45 minut", "45 deqîqe", "45 ນາທີ", "1 sagat", "45 мүнөт".

Run with the dev dependencies installed (Babel holds CLDR's data); the file is committed so
the service does not need Babel:

    .venv/bin/python tests/parsing/lexicon_sources/build_cldr_words.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from babel import Locale, UnknownLocaleError  # noqa: E402

from service.parsing.lexicon import CLDR_ONLY_LANGUAGES, LANGUAGES  # noqa: E402

OUTPUT = ROOT / "service" / "parsing" / "cldr_words.json"
MONTH_KEYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
CLDR_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def calendar(locale: Locale) -> dict[str, list[str]]:
    words: dict[str, set[str]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            # abbreviations of three letters are other languages' words ("duş", "sen",
            # "few", "kam"): only the longer ones are kept
            months = locale.months[context][width].items()
            days = locale.days[context][width].items()
            for number, name in months:
                if width == "wide" or len(name.strip(".")) >= 4:
                    words.setdefault(MONTH_KEYS[number - 1], set()).add(name)
            for number, name in days:
                if width == "wide" or len(name.strip(".")) >= 4:
                    words.setdefault(WEEKDAY_KEYS[number], set()).add(name)
    for width in ("wide", "abbreviated"):
        periods = locale.day_periods["format"][width]
        for half in ("am", "pm"):
            if half in periods:
                words.setdefault(half, set()).add(periods[half])
    return {key: sorted(values) for key, values in words.items()}


def relative(locale: Locale) -> dict[str, str]:
    fields = locale._data["date_fields"]
    day = fields.get("day", {}).get("relative", {})
    return {str(step): str(day[step]) for step in (0, 1, 2) if step in day}


def next_weekdays(locale: Locale) -> list[str]:
    fields = locale._data["date_fields"]
    phrases = [str(fields.get(day, {}).get("relative", {}).get(1, "")) for day in CLDR_DAYS]
    return phrases if all(phrases) else []


def next_week(locale: Locale) -> str:
    fields = locale._data["date_fields"]
    return str(fields.get("week", {}).get("relative", {}).get(1, ""))


def date_affixes(locale: Locale) -> dict[str, list[str]]:
    days: set[str] = set()
    months: set[str] = set()
    for width in ("full", "long", "medium"):
        pattern = locale.date_formats[width].pattern
        days.update(re.findall(r"(?<!d)d'([^\W\d_]+)'", pattern))
        months.update(re.findall(r"MMMM?'([^\W\d_]+)'", pattern))
    # a word before most months is an article or preposition ("dhen", "de"), not part of
    # one month's name (Irish "Meán Fómhair")
    firsts = [
        name.split(" ", 1)[0].lower()
        for name in locale.months["format"]["wide"].values()
        if " " in name and len(name.split(" ", 1)[0]) <= 4
    ]
    leads = {word for word in firsts if firsts.count(word) >= 6}
    found = {"day": sorted(days), "month": sorted(months), "lead": sorted(leads)}
    return {key: value for key, value in found.items() if value}


# the night is left out: it straddles midnight, and as a noun it counts stays ("2 ночі")
FLEXIBLE = ("morning1", "morning2", "afternoon1", "afternoon2", "evening1", "evening2")


def day_periods(locale: Locale) -> dict[str, object]:
    rules = (locale.day_period_rules or {}).get(None, {})
    spans: dict[str, list[int]] = {}
    for period in FLEXIBLE:
        for rule in rules.get(period, ()):
            if "from" in rule and "before" in rule:
                spans[period] = [int(rule["from"]) // 60, int(rule["before"]) // 60]
    words: dict[str, list[int]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated", "narrow"):
            names = locale.day_periods.get(context, {}).get(width, {})
            for period, name in names.items():
                if period in spans and name:
                    word = re.sub(r"\s+", " ", str(name)).strip()
                    words.setdefault(word, spans[period])
    skeleton = str(locale._data["datetime_skeletons"].get("Bh", ""))
    before = skeleton.find("B") < skeleton.find("h") if "B" in skeleton else False
    return {"words": words, "before_hour": before} if words else {}


def units(locale: Locale) -> dict[str, list[str]]:
    patterns = locale._data["unit_patterns"]
    found: dict[str, list[str]] = {}
    for unit in ("minute", "hour"):
        words: set[str] = set()
        for length in ("long", "short"):
            forms = patterns.get(f"duration-{unit}", {}).get(length, {})
            for plural, pattern in forms.items():
                if plural == "per" or "{0}" not in pattern:
                    continue
                word = re.sub(r"\s+", " ", pattern.replace("{0}", "")).strip()
                if word:
                    words.add(word)
        found[unit] = sorted(words)
    return found


def main() -> int:
    data: dict[str, dict[str, object]] = {
        "calendar": {},
        "relative": {},
        "next_weekday": {},
        "next_week": {},
        "units": {},
        "date_affixes": {},
        "day_periods": {},
    }
    for code in LANGUAGES:
        locale = _locale(code)
        if locale is None:
            continue
        names = calendar(locale)
        if code not in CLDR_ONLY_LANGUAGES:
            # dateparser's AM/PM words stand for these languages: CLDR's months and weekdays
            # add the forms its data lacks (Sinhala's "නවම්", Oromo's "Adoolessa")
            names = {key: words for key, words in names.items() if key not in ("am", "pm")}
        data["calendar"][code] = names
        data["relative"][code] = relative(locale)
        if phrases := next_weekdays(locale):
            data["next_weekday"][code] = phrases
        if phrase := next_week(locale):
            data["next_week"][code] = phrase
        data["units"][code] = units(locale)
        if periods := day_periods(locale):
            data["day_periods"][code] = periods
        if affixes := date_affixes(locale):
            data["date_affixes"][code] = affixes
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
