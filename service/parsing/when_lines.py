"""Make a mail's text readable for dates and cut it into bounded lines.

`normalise` spells the many ways of writing a date or clock one way (era years, Ethiopian,
Thai and Buddhist dates, military and comma clocks, ISO and pasted iCalendar stamps, wrapped
day parts and clocks); `_lines` then cuts the text into lines no longer than a pattern may
scan, marking quoted earlier mail and forwarded header blocks on the way.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from service.parsing.eras import solar_hijri_numeric
from service.parsing.forwards import (
    BEGIN_FORWARDED,
    COLON,
    FROM_LABELS,
    OTHER_LABELS,
    SUBJECT_LABELS,
)
from service.parsing.lexicon import (
    EN_TYPED_DAYS,
    ROUGHLY_WORDS,
    fold,
    is_reply_header,
    lower_as_regex,
    month_names,
    weekday_names,
)
from service.parsing.when_common import (
    _CJK,
    _POST_DAY_PARTS,
    _PRE_AFTERNOON,
    _PRE_MORNING,
    MAX_LINE,
    MAX_TEXT,
    Context,
    _is_month_word,
    _is_weekday_word,
    _Line,
)
from service.parsing.word_clocks import spell_word_clocks, spell_word_days
from service.parsing.zone_words import read_zone

# "noon-1pm ET", "11am to noon": noon as one end of a range is written as the clock it is
_CLOCK_NOON = re.compile(r"(?<![\d:])12[:.]00\s?(?:noon|midday)\b", re.IGNORECASE)
_NOON_IN_RANGE = re.compile(
    r"\b(?:noon|midday)(?=\s?(?:[-–—]|to\b|until\b)\s?\d)"
    r"|(?<=\d(?:am|pm|AM|PM))(\s?(?:[-–—]|to|until)\s?)(?:noon|midday)\b"
    r"|(?<=\d)(\s?[-–—]\s?)(?:noon|midday)\b"
    # after a dotted or spaced clock, as Django's English 'P' format and AP style write the
    # others: "11 a.m. - noon" (django-appointment's reminder, Horilla), "10 a.m. to noon",
    # "11 AM to noon"
    r"|(?<=\d[ap]\.m\.)(\s?(?:[-–—]|to|until)\s?)(?:noon|midday)\b"
    r"|(?<=\d [ap]\.m\.)(\s?(?:[-–—]|to|until)\s?)(?:noon|midday)\b"
    r"|(?<=\d [ap]m)(\s?(?:[-–—]|to|until)\s?)(?:noon|midday)\b",
    re.IGNORECASE,
)
# Every script's decimal digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Khmer, ...)
# read as ASCII ones; NFKC leaves them as they are.
_DIGITS = {
    code: str(unicodedata.decimal(chr(code)))
    for code in range(0x0660, 0x1FFFF)
    if unicodedata.category(chr(code)) == "Nd" and not ("0" <= chr(code) <= "9")
}
# Text holding a decimal digit other than 0-9: only such text is worth translating, which
# costs a dictionary look-up per character of non-ASCII text (most mail, for its dashes).
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
_BUDDHIST_YEAR = re.compile(r"(?<!\d)25[4-9]\d(?!\d)")
# Ethiopian mail dates by the Ethiopian calendar: "ሚያዝያ 5 ቀን 2019 ዓ.ም." (the 5th of Miyazya,
# 2019 of the Mercy era) is 13 April 2027; twelve months of 30 days from 11 or 12 September
# and the epagomenal Pagume. The months in their common spellings ("ኅዳር"/"ህዳር",
# "ታኅሣሥ"/"ታህሳስ", "ሚያዝያ"/"ሚያዚያ", "ነሐሴ"/"ነሃሴ", "ጳጉሜን"/"ጳጉሜ"); a year is needed, since
# the Gregorian month names of CLDR am ("ኤፕሪል") are read as any month name is.
_ET_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "መስከረም",
            "ጥቅምት",
            "ኅዳር ህዳር ሕዳር",
            "ታኅሣሥ ታኅሳስ ታህሳስ ታህሣሥ",
            "ጥር",
            "የካቲት",
            "መጋቢት",
            "ሚያዝያ ሚያዚያ",
            "ግንቦት",
            "ሰኔ",
            "ሐምሌ ሀምሌ",
            "ነሐሴ ነሃሴ ነሀሴ",
            "ጳጉሜን ጳጕሜን ጳጉሜ",
        ),
        start=1,
    )
    for name in names.split()
}
_ET_DATE = re.compile(
    rf"(?P<m>{'|'.join(sorted(_ET_MONTHS, key=len, reverse=True))})\s?(?P<d>[12]?\d|30)"
    r"(?:\s?ቀን)?\s?,?\s?(?P<y>20[0-3]\d)\s?(?:ዓ\.?\s?ም\.?)?(?!\d)"
)
_ET_EPOCH = 1723856  # the Julian day number of Meskerem 1 in year 1 of the Mercy era
_JDN_ORDINAL = 1721425  # a Julian day number less this is a proleptic Gregorian ordinal


def _ethiopian_date(match: re.Match[str]) -> str:
    """An Ethiopian-calendar date as its Gregorian ISO day, or the text as it was."""
    year, month, day = int(match["y"]), _ET_MONTHS[match["m"]], int(match["d"])
    if month == 13 and day > 6:
        return match[0]
    jdn = _ET_EPOCH + 365 * year + year // 4 + 30 * (month - 1) + day - 1
    return date.fromordinal(jdn - _JDN_ORDINAL).isoformat()


_THAI = re.compile("[\u0e00-\u0e7f]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_SOLAR_HINT = re.compile(r"1[34][0-3]\d[/.-]")
# Japanese and Taiwanese mail counts years in eras: 令和8年 and R8.12.3 are 2026 (Reiwa 1 was
# 2019), 民國115年, 115年12月 and 115/12/03 are 2026 (Minguo 1 was 1912). The hint is looked
# for first; each form is rewritten only in text that holds Han characters.
_ERA_HINT = re.compile(r"令和|民[國国]|R\s?\d{1,2}[./]|1[01]\d[年./-]")
_REIWA_YEAR = re.compile(r"令和\s?(\d{1,2}|元)\s?年")
_REIWA_SHORT = re.compile(
    r"(?<![A-Za-z0-9])R\s?(\d{1,2})([./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d./])"
)
_MINGUO_YEAR = re.compile(r"民[國国]\s?(\d{2,3})\s?年|(?<![\d./])(1[01]\d)(?=年\s?[01]?\d\s?月)")
_MINGUO_NUMERIC = re.compile(
    r"(?<![\d./])(1[01]\d)([./-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d./:])"
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_FIL_ORDINAL_DAY = re.compile(r"(?<![\w-])ika-?([0-3]?\d) ng ", re.IGNORECASE)
# Russian, Ukrainian and Bulgarian mail writes the clock with a hyphen after "at", "from" or
# "until": "в 15-00", "о 10-30", "с 11-00 до 12-00"; not counts ("в 2-3 раза", "10-15 минут")
_HYPHEN_CLOCK = re.compile(
    r"(?<![\w-])((?:в|во|с|со|до|о|об|от|від|из)\s)([01]?\d|2[0-3])-([0-5]\d)(?![\d-])"
    r"(?!\s?(?:мин|раз|час|дн|лет|%|тыс|руб|чел|хв|год))",
    re.IGNORECASE,
)
# Thai abbreviates a month with a dot after each part ("10 ธ.ค. 69", CLDR's th MMM); the
# locale data the month names come from has them without dots, too short to be told apart
_THAI_MONTHS = dict(
    zip(
        (
            "ม.ค.",
            "ก.พ.",
            "มี.ค.",
            "เม.ย.",
            "พ.ค.",
            "มิ.ย.",
            "ก.ค.",
            "ส.ค.",
            "ก.ย.",
            "ต.ค.",
            "พ.ย.",
            "ธ.ค.",
        ),
        (
            "มกราคม",
            "กุมภาพันธ์",
            "มีนาคม",
            "เมษายน",
            "พฤษภาคม",
            "มิถุนายน",
            "กรกฎาคม",
            "สิงหาคม",
            "กันยายน",
            "ตุลาคม",
            "พฤศจิกายน",
            "ธันวาคม",
        ),
        strict=True,
    )
)
_THAI_ABBREVIATED = re.compile(
    r"(?<=\d)\s?(" + "|".join(re.escape(key) for key in _THAI_MONTHS) + ")"
)
_THAI_ERA = re.compile(r"\s(?:ค\.ศ\.|พ\.ศ\.)\s?(?=\d{4}(?!\d))")
_KHMER = re.compile("[\u1780-\u17ff]")
_HEBREW = re.compile("[\u05d0-\u05ea]")
_HEBREW_PREFIX = re.compile("(?<![\u05d0-\u05ea])([בלמה])-(?=\\d)")
# Zulu joins the day of the month to its copula with a hyphen: "zingama-19 kuNovemba",
# "zingu-10 kuDisemba" (it is the 19th of November)
_ZULU_DAY_PREFIX = re.compile(
    r"(?<!\w)(?:zinga|zingu|zingama|zingo)-(?=[0-3]?\d(?!\d))", re.IGNORECASE
)
_KHMER_COUNTERS = re.compile("(?:ថ្ងៃទី|ខែ|ឆ្នាំ)\\s?")


_BIDI_MARK = re.compile("[\u200e\u200f\u061c]")
# Characters that print as nothing inside a date or a time: soft hyphens and word joiners
# that templates put into numbers so that phones do not turn them into links
# ("10.\u00ad12.\u00ad2026", "10\u200c:00"), the grapheme joiner of preheader padding, a
# stray byte-order mark. Zero-width (non-)joiners are letters' business in Persian and Indic
# scripts, so they go only beside a digit or a date's punctuation.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u2060\ufeff]|(?<=[\\d:./])[\u200c\u200d]|[\u200c\u200d](?=[\\d:./])"
    # inside a Persian word it parts nothing a reader sees: "سه‌شنبه" is one word, Tuesday,
    # not "سه" and "شنبه" (Saturday)
    "|(?<=[\u0600-\u06ff])\u200c(?=[\u0600-\u06ff])"
)
# Persian weekdays are a number and "شنبه" (Saturday); many writers part them with a space
# rather than the joiner ("دو شنبه", Monday). Joined, they read as the one word they are.
_PERSIAN_SPACED_WEEKDAY = re.compile("(?<![\u0600-\u06ff])(یک|دو|سه|چهار|پنج) +(شنبه)")
_INVISIBLE_HINT = re.compile("[\u00ad\u034f\u2060\ufeff\u200c\u200d]")


_ISO_DATETIME = re.compile(
    r"\b(20\d\d-[01]\d-[0-3]\d)([T ])([0-2]\d:[0-5]\d)(:[0-5]\d(?:\.\d{1,6})?)?"
    r"(Z|[+-][0-2]\d:?[0-5]\d)?(?![\d:])"
)


_EMPTY_MIDNIGHT = re.compile(
    r"(?<=\d) 00:00(?::00)? (?=[0-2]?\d:[0-5]\d)|(?<=\d) 00:00:00(?=[ \t]*(?:\n|$))"
)
_PASTED_ICAL = re.compile(
    r"^(DTSTART|DTEND)(?:;TZID=\"?([^:\"\n]{1,60})\"?)?(?:;VALUE=DATE-TIME)?:"
    r"(20\d\d)(\d\d)(\d\d)T(\d\d)(\d\d)\d{0,2}(Z?)\s*$",
    re.MULTILINE,
)


def _spell_ical(match: re.Match[str]) -> str:
    label = "Start" if match.group(1) == "DTSTART" else "End"
    zone = match.group(2) or ("UTC" if match.group(8) else "")
    when = f"{match.group(3)}-{match.group(4)}-{match.group(5)} {match.group(6)}:{match.group(7)}"
    return f"{label}: {when} ({zone})" if zone else f"{label}: {when}"


def _spell_iso(match: re.Match[str]) -> str:
    day, separator, clock, seconds, offset = match.groups()
    if offset is not None and _iso_range_end(separator, clock, seconds, offset):
        # "2027-02-17 10:00-11:00": a person's range (OpenProject's ISO date setting, the
        # Swedish and Lithuanian way of writing a day), not a machine's -11:00 offset
        return f"{day} {clock}-{offset[1:]}"
    zone = "" if offset is None else " (UTC)" if offset == "Z" else f" (UTC{offset})"
    return f"{day} {clock}{zone}"


def _iso_range_end(separator: str, clock: str, seconds: str | None, offset: str) -> bool:
    """Whether the "-HH:MM" after an ISO day and time is the end of a range: a machine's
    offset comes after a "T" or with seconds, and is at most 14 hours; a person's range
    has a space, no seconds, and ends later than it starts."""
    if separator != " " or seconds or not offset.startswith("-") or ":" not in offset:
        return False
    return offset[1:] > clock or int(offset[1:3]) > 14


_SPACED_DATE = re.compile(r"(?<![\d.])([0-3]?\d)\.\s([01]?\d)\.\s(20\d\d)(?!\d)")
_SPACED_DATE_HINT = re.compile(r"\d\.\s[01]?\d\.\s20\d\d")
# "9/12-2026": Danish splits day and month by a slash and the year by a hyphen (LibreBooking's
# da_da 'j/n-Y', Danish programs' strftime('%d/%m-%Y')); it is the date "9/12/2026"
_SLASH_DASH_YEAR = re.compile(r"(?<![\d/.-])([0-3]?\d/[01]?\d)-(20\d\d)(?![\d-])")
_SLASH_DASH_YEAR_HINT = re.compile(r"\d-20\d\d")
# Roman-numeral months, as Polish, Czech, Slovak, Hungarian, Romanian, Italian, Croatian and
# Russian offices write dates on letters and forms: "23.VI.2026 r.", "7. X. 2026", "3/XII/2026",
# "16 VI 2026", year first in Hungarian "2026. XI. 12-én", and without a year "9.VI". Only
# capitals count (a lower-case "vi" is a word), and only between a day and a year, or after
# a day's dot, slash or hyphen; they become the ISO date (or "9 Jun" without a year), which
# every reader of the module takes whatever the mail's language.
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
_ROMAN_DATE = re.compile(
    rf"(?<![\w.:/-])(?P<d>[0-3]?\d)(?:\.\s?|[-/\s])(?P<m>{_ROMAN_MONTH})"
    rf"(?:(?:\.\s?|[-/\s])(?P<y>20\d\d)(?!\d)|(?P<dot>\.)?(?![\w-]|[./]\d))"
    rf"|(?<![\w.:/-])(?P<y2>20\d\d)\.\s?(?P<m2>{_ROMAN_MONTH})\.\s?(?P<d2>[0-3]?\d)(?!\d)"
)
_ROMAN_DATE_HINT = re.compile(r"\d[./\-\s]\s?[IVX]")
_MONTH_ABBREVIATIONS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]


def _spell_roman_date(match: re.Match[str]) -> str:
    """The date with its Roman month as an ISO date ("2026-06-23"), or "9 Jun" when no year
    is written; left alone when it is no date ("31.II.2026"), or has no year and its month
    could be a word or a typo ("on the 16 I will", "Part 2.I think")."""
    day, month = match["d"] or match["d2"], match["m"] or match["m2"]
    year = match["y"] or match["y2"]
    number = _ROMAN_MONTHS.index(month) + 1
    try:
        date(int(year or 2024), number, int(day))
    except ValueError:
        return match[0]
    if year:
        return f"{year}-{number:02d}-{int(day):02d}"
    if not re.match(r"\d+(?:\.\s?|[-/])", match[0]) or (len(month) == 1 and not match["dot"]):
        return match[0]  # "16 V", "2.I think", "10.V": too loose to be a date without a year
    return f"{int(day)} {_MONTH_ABBREVIATIONS[number - 1]}{match['dot'] or ''}"


# Each rewrite of normalise() has a hint: a part of its pattern that starts with a digit,
# sharing the pattern's words, so that a word added to the pattern is added to its hint.
_MILITARY_UNITS = r"hrs?|hours|h|UTC|GMT|Z"
_MILITARY = re.compile(
    rf"(?<![\d:.])([01]\d|2[0-3])([0-5]\d)\s?({_MILITARY_UNITS})\b", re.IGNORECASE
)
_MILITARY_HINT = re.compile(rf"\d{{4}}\s?(?:{_MILITARY_UNITS})", re.IGNORECASE)
# "wed @ 1430 ET", "1430 thurs London time": hand-typed military time with no unit, where an
# "@" before it, or a weekday or a zone abbreviation after it, says it is a time of day
_MILITARY_CUED = re.compile(
    r"(?:(?<=@)|(?<=@\s))([01]\d|2[0-3])([0-5]\d)(?![\d:.,/])"
    r"|(?<![\d:.,/@\w-])([01]\d|2[0-3])([0-5]\d)"
    r"(?=\s(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|(?-i:[A-Z]{1,4}T)\b))",
    re.IGNORECASE,
)
_MILITARY_CUED_HINT = re.compile(r"@\s?\d{4}|\d{4}\s[a-z]", re.IGNORECASE)
# "wed 3p", "tues 11a", "tmrw 4p my time", "Thursday at 3p", "@ 2:30p": US founders and
# hiring managers type am/pm as one letter; read as a clock only right after a day or "at"
# ("Flat 2a", "3p" of a ratio stay)
_ONE_LETTER_MERIDIEM = re.compile(
    rf"((?<![\w@])(?:{EN_TYPED_DAYS}|at)\s|@\s?)(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?([ap])(?![\w'’.])",
    re.IGNORECASE,
)
_ONE_LETTER_MERIDIEM_HINT = re.compile(r"\d[ap](?![\w'’.])", re.IGNORECASE)
# "noon wed works", "noon thurs work for you?": noon typed before its day is that day at noon
_NOON_BEFORE_DAY = re.compile(
    rf"(?<![\w-])(?:at\s)?(noon|midday)\s(?:on\s)?({EN_TYPED_DAYS})(?![\w'’])", re.IGNORECASE
)


def _spell_one_letter_meridiem(match: re.Match[str]) -> str:
    minutes = f":{match[3]}" if match[3] else ""
    return f"{match[1]}{match[2]}{minutes}{match[4]}m"


# "alle 14,30", "ora 14,00", "godz. 14,00": a comma between hour and minutes after the word
# for "at" (elsewhere "1,5" is a decimal and "14, 15" a list)
_COMMA_CLOCK = re.compile(
    r"(\b(?:alle|ore|ora|godz\.?|kell|kl\.?|klo|a las|às|ás|as|at|um|om|à|ob|ve|w)\s)"
    r"([01]?\d|2[0-3]),([0-5]\d)(?![\d,])",
    re.IGNORECASE,
)
# (both comma clocks)
_COMMA_CLOCK_HINT = re.compile(r"\d,[0-5]\d")
# Burmese "၂ နာရီ ၃၀ မိနစ်" (2 hours 30 minutes) as German "14 Uhr 30"
_HOUR_WORDS = r"uhr|uur|ч\.?|час(?:а|ов)?|óra|heures?|horas?|နာရီ"
_HOUR_WORD_MINUTES = re.compile(
    rf"(?<![\d:.,])([01]?\d|2[0-3])\s?(?:{_HOUR_WORDS})"
    r"\s([0-5]\d)(?:\s?(?:min(?:ut\w*)?\.?|мин(?:ут\w*)?\.?"
    r"|perc(?:(?P<case>kor|t[őó]l|ig)(?!\w)|\w*)|မိနစ်))?(?![\d:]|[.,]\d)",
    re.IGNORECASE,
)
_HOUR_WORD_MINUTES_HINT = re.compile(rf"\d\s?(?:{_HOUR_WORDS})\s[0-5]\d", re.IGNORECASE)
# ... or before the word for the hour: "14,30 Uhr", "14,30 h", "14,30 hs"
_COMMA_CLOCK_UNIT = re.compile(
    r"(?<![\d,.])([01]?\d|2[0-3]),([0-5]\d)(?=\s?(?:uhr|h|hs|hrs?|uur|óra|val)\b)",
    re.IGNORECASE,
)
# "1400-1500 CET", "0900–0945 hrs": a range of military times before its zone or unit
_MILITARY_RANGE = re.compile(
    r"(?<![\d:.])([01]\d|2[0-3])([0-5]\d)\s?([-–])\s?([01]\d|2[0-3])([0-5]\d)"
    r"(?=\s?(?:hrs?\b|hours\b|h\b|UTC\b|GMT\b|Z\b|(?-i:[A-Z]{1,4}T)\b))",
    re.IGNORECASE,
)
_MILITARY_RANGE_HINT = re.compile(r"\d{4}\s?[-–]\s?\d{4}")
# "09:00 -05", "21:30 (+03)": the tz database's abbreviation of a zone without letters, as
# PHP's date('T'), strftime's %Z and `date` print it after a time; nothing but the line's or
# bracket's end, a comma or the next label follows, and a minus only before "0H", so it is no
# range's end ("10:00 -11"). Written "UTC-05" so the zone readers take it.
_NUMERIC_ZONE_AFTER_CLOCK = re.compile(
    r"(?<=\d:[0-5]\d)(\s\(?)(\+\d{2}|-0\d)(?![\d:])"
    r"(?=\)?\s?(?:$|[\n\],;)]|[-–]\s|[^\W\d_]{2,20}\s?:))",
    re.MULTILINE,
)
_NUMERIC_ZONE_HINT = re.compile(r"\d:[0-5]\d\s\(?[+-]\d{2}")
# "Nov 5, 2026 UTC", "5 November 2026 GMT": a year, not 20:26; also the year that ends a
# numeric date before a time's mark ("mar 12/05/2026 h 14:30", "12.05.2026 h 10:00")
_YEAR_BEFORE_ZONE = re.compile(
    r"(?:[^\W\d_]{3,}\.?|\d)(?:st|nd|rd|th)?,?\s$|(?<!\d)[0-3]?\d([/.\-])[01]?\d\1$"
)


def _spell_military(match: re.Match[str]) -> str:
    """Write "1430 hrs" and "1500 UTC" with a colon, unless the digits end a date."""
    hours, minutes, unit = match.group(1), match.group(2), match.group(3)
    if unit.lower() not in {"hr", "hrs", "hours"} and hours in {"19", "20"}:
        before = match.string[max(0, match.start() - 12) : match.start()]
        if _YEAR_BEFORE_ZONE.search(before):
            return match.group(0)
    return f"{hours}:{minutes} {unit}"


def _spell_cued_military(match: re.Match[str]) -> str:
    """Write "@ 1430" and "1430 thurs" with a colon, unless the digits end a date."""
    if match.group(1) is not None:
        return f"{match.group(1)}:{match.group(2)}"
    hours, minutes = match.group(3), match.group(4)
    if hours in {"19", "20"}:
        before = match.string[max(0, match.start() - 12) : match.start()]
        if _YEAR_BEFORE_ZONE.search(before):
            return match.group(0)
    return f"{hours}:{minutes}"


# Vietnamese counts months: "ngày 3 tháng 11 năm 2026" is 3 November 2026, and software
# shortens it as CLDR does: "09:00 30 thg 11, 2026"
_COUNTED_MONTH = re.compile(
    r"(?<![\d.])(?:ngày\s)?([0-3]?\d)\s(?:tháng|thg)\s(0?[1-9]|1[0-2])(?:(?:\s?năm\s?|,\s?|/)(20\d\d))?(?!\d)",
    re.IGNORECASE,
)
# "lúc 2 giờ 30 chiều", "từ 9 giờ đến 10 giờ 30", "14 giờ 30 phút": hours and minutes as
# Vietnamese spells them, where a cue or a part of the day says they are a time of day
_GIO_CLOCK = re.compile(
    r"(?P<cue>\b(?:lúc|từ|đến|vào|tới|khoảng)\s)?(?<![\d:.])(?P<h>[01]?\d|2[0-3])\s?giờ"
    # (a day after it, "14 giờ, ngày 09/12", "14 giờ 00, thứ Tư", makes it a time of day too)
    r"(?:\s?(?P<m>[0-5]?\d)(?:\s?phút)?|\s(?P<half>rưỡi))?"
    r"(?P<part>(?=\s(?:sáng|trưa|chiều|tối)(?!\w)|,?\s(?:ngày|thứ)(?!\w)))?(?!\w)",
    re.IGNORECASE,
)


# Mongolian counts the months as Vietnamese does: "2026 оны 11-р сарын 19-ний өдөр" (of the
# year 2026, of the 11th month, on the 19th day), in words "арван нэгдүгээр сарын 2-нд"
_MN_ORDINALS = {
    word: number
    for number, word in enumerate(
        (
            *("нэгдүгээр", "хоёрдугаар", "гуравдугаар", "дөрөвдүгээр", "тавдугаар"),
            *("зургаадугаар", "долдугаар", "наймдугаар", "есдүгээр", "аравдугаар"),
            *("арван нэгдүгээр", "арван хоёрдугаар"),
        ),
        start=1,
    )
}
_MN_COUNTED_MONTH = re.compile(
    r"(?:(?P<year>20\d\d)\sоны\s)?(?:(?P<month>1[0-2]|0?[1-9])\s?-?\s?р|(?P<word>"
    + "|".join(sorted(_MN_ORDINALS, key=len, reverse=True))
    + r"))\sсар(?:ын)?\s(?P<day>[0-3]?\d)(?:-?(?:ний|ны|нд|ан|ид|д)\b)?(?:\sөдөр)?(?!\d)",
    re.IGNORECASE,
)


def _spell_mn_month(match: re.Match[str]) -> str:
    month = int(match["month"]) if match["month"] else _MN_ORDINALS[match["word"].lower()]
    year = match["year"]
    return f"{int(match['day'])}.{month}.{year}" if year else f"{int(match['day'])}.{month}."


def _spell_counted_month(match: re.Match[str]) -> str:
    day, month, year = match.group(1), match.group(2), match.group(3)
    return f"{int(day)}.{int(month)}.{year}" if year else f"{int(day)}.{int(month)}."


def _spell_gio(match: re.Match[str]) -> str:
    if match.group("cue") is None and match.group("part") is None:
        return match.group(0)  # "kéo dài 1 giờ 30 phút": how long, not when
    minute = 30 if match["half"] else int(match["m"] or 0)  # "9 giờ rưỡi": half past nine
    return f"{match.group('cue') or ''}{int(match['h'])}:{minute:02d}"


# "13 óra 30 perckor", "14 ч. 30 мин.", "о 14 год. 30 хв.", "14 hod. 30 min.": hours and
# minutes spelled as units
_UNIT_CLOCK_HOURS = r"óra|ч\.|час(?:ов|а)?|год\.|hod\.|godz\."
_UNIT_CLOCK = re.compile(
    rf"(?<![\d:.])([01]?\d|2[0-3])\s?(?:{_UNIT_CLOCK_HOURS})\s([0-5]?\d)\s?"
    # (the Hungarian case ending stays on the clock: "15 óra 30 percig" is "15:30-ig", the
    # end of a "-tól ... -ig" range)
    r"(?:perc(?P<case>kor|t[őó]l|ig)?|мин\.?|хв\.?|min\.?|minut)(?!\w)",
    re.IGNORECASE,
)


def _spell_unit_clock(match: re.Match[str]) -> str:
    case = f"-{match['case']}" if match["case"] else ""
    return f"{match[1]}:{int(match[2]):02d}{case}"


_UNIT_CLOCK_HINT = re.compile(rf"\d\s?(?:{_UNIT_CLOCK_HOURS})\s[0-5]?\d", re.IGNORECASE)
# "16:45 és 17:30 óra között", "14:00 ile 15:00 arasında": a range whose "between" follows it,
# with the endings Turkish gives it ("arası", "arasında", "arasındaki", "aralığında")
_AND_BETWEEN_WORDS = r"és|ile"
_AND_BETWEEN = re.compile(
    rf"(?<![\d:.])(\d{{1,2}}(?:[:.]\d\d)?)\s(?:{_AND_BETWEEN_WORDS})\s(\d{{1,2}}(?:[:.]\d\d)?)"
    r"(?=\s?(?:óra\s|saatleri\s)?(?:között|arası(?!\w)|arasında|aralığında))",
    re.IGNORECASE,
)
_AND_BETWEEN_HINT = re.compile(rf"\d\s(?:{_AND_BETWEEN_WORDS})\s\d", re.IGNORECASE)
# Hungarian "from ... until" as case endings: "14 órától 15 óráig", "14:00-tól 15:30-ig"
_FROM_UNTIL_BY_CASE = re.compile(
    # (the end may be given loosely: "10 órától kb. 11 óráig")
    r"(?<![\d:.])([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s?(?:órától|-t[óő]l)\s"
    rf"(?:(?:{ROUGHLY_WORDS})\s)?"
    r"([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s?(?:óráig|-ig)(?!\w)",
    re.IGNORECASE,
)


# --- text preparation -------------------------------------------------------------------


def _era_years(text: str) -> str:
    """Write Japanese Reiwa and Taiwanese Minguo years as Gregorian ones."""
    text = _REIWA_YEAR.sub(
        lambda m: f"{2018 + (1 if m.group(1) == '元' else int(m.group(1)))}年", text
    )
    text = _REIWA_SHORT.sub(lambda m: f"{2018 + int(m.group(1))}/{m.group(3)}/{m.group(4)}", text)
    text = _MINGUO_YEAR.sub(
        lambda m: f"{1911 + int(m.group(1) or m.group(2))}" + ("年" if m.group(1) else ""), text
    )
    return _MINGUO_NUMERIC.sub(
        lambda m: f"{1911 + int(m.group(1))}/{m.group(3)}/{m.group(4)}", text
    )


# A line that ends in a part of the day written before the hour, the hour on the next line:
# "డిసెంబర్ 17 (గురువారం) మధ్యాహ్నం" / "3 గంటలకు", "২৩ ডিসেম্বর বিকাল" / "৩টায়". The
# client wrapped the line; the two belong together.
_WRAP_AT_HOUR = re.compile(r"[^\x00-\x7f]\n(?=\d)")
_PRE_WORDS = frozenset(
    (
        *_PRE_MORNING,
        *_PRE_AFTERNOON,
        *("सुबह", "दोपहर", "शाम", "रात", "সকাল", "দুপুর", "বিকাল", "বিকেল", "সন্ধ্যা", "রাত"),
        *("காலை", "மதியம்", "மாலை", "இரவு", "صبح", "دوپہر", "شام", "رات"),
    )
)


def _join_wrapped_day_parts(text: str) -> str:
    pieces: list[str] = []
    last = 0
    for match in _WRAP_AT_HOUR.finditer(text):
        newline = match.end() - 1
        word = text[
            max(
                text.rfind(" ", max(0, newline - 30), newline),
                text.rfind("\n", max(0, newline - 30), newline),
            )
            + 1 : newline
        ]
        if word in _PRE_WORDS:
            pieces.append(text[last:newline])
            pieces.append(" ")
            last = newline + 1
    pieces.append(text[last:])
    return "".join(pieces)


# A prose line the writer's client wrapped after a clock, the clock's part of the day or its
# range's end on the next line: "ar a 2 a chlog" / "san iarnóin", "n'elekere 2 nke ehihie" /
# "ruo elekere 3", "from 2pm" / "to 3pm"; a short line (a label's value, a list's row) is
# no wrapped prose, and a list's dash is no range word.
_WRAPPED_CLOCK = re.compile(
    rf"(?<=\d)(?P<tail>(?:\s?[ap]\.?m\b\.?)?(?:\s(?:a chlog|o'r gloch|o['’]clock))?"
    rf"(?:\s(?:{_POST_DAY_PARTS}))?)[ \t]*\n[ \t]*"
    rf"(?=(?:{_POST_DAY_PARTS})(?!\w)|(?:ruo|until|till|to|go|hasta|bis|tot|jusqu'à|à)\s"
    r"(?:n?'?elekere\s)?\d)",
    re.IGNORECASE,
)
WRAPPED_LINE = 40  # the shortest line taken for wrapped prose


def _join_wrapped_clocks(text: str) -> str:
    def joined(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.start() - line_start < WRAPPED_LINE:
            return match[0]
        return match["tail"] + " "

    return _WRAPPED_CLOCK.sub(joined, text)


# A slot the sender's client split at its wrap column: the clock ends one line and the date
# starts the next ("… at 2:30 pm" / "Thursday, 17 December 2026", "… lúc 15h00 chiều" / "thứ
# Hai, ngày 21/12/2026"), the date ends it and "at / um / à / alle / lúc + clock" starts the
# next, or the date itself is cut ("on Thursday," / "17 December 2026"). Read apart, the clock
# pairs with another line's date or with none. Only a soft wrap is joined: the text is
# hard-wrapped (no spaced line beyond SOFT_WRAP_MAX), the line does not end a sentence, and the
# next line's first word would not have fitted on it, so a list or a label's value one a line
# stays as written. Quoted lines ("> ") join within one quote depth.
SOFT_WRAP_MAX = 80  # the widest line a hard-wrapping client writes (72-78, a quote's "> ")
SOFT_WRAP_MIN = 36  # narrower text is a column or a card, not wrapped prose
_WRAP_SKIP = 2  # short words between the break and the date or clock ("on", "um", "a las")
_WRAP_SHORT = 6  # at most this long: "uhr", "sáng", "chiều", "alle", "heures"
_WRAP_STRIP = ",;()[]\"'«»“”"
_WRAP_TIMEISH = re.compile(r"\d")
# a label/value row ("New date: Thursday 10 December 2026", "Nuova data: …") ends where its
# writer ended it, however long
_WRAP_LABEL_ROW = re.compile(r"[^\W\d]+(?:[ -][^\W\d]+){0,2} ?:\s")


def _wrap_token(word: str) -> bool:
    """Tell whether a word is part of a date or a clock: it holds a digit, or names a month or
    a weekday in a language read."""
    word = word.strip(_WRAP_STRIP)
    if not word:
        return False
    if _WRAP_TIMEISH.search(word):
        return True
    key = fold(word).strip(".")
    return key in month_names() or key in weekday_names()


def _wrap_side(words: list[str]) -> bool:
    """Whether a date or clock word stands at the break, past at most _WRAP_SKIP short words."""
    for index, word in enumerate(words[: _WRAP_SKIP + 1]):
        if word.endswith(":"):
            return False  # a label ("Time:", "Ora:") starts a row of its own
        if _wrap_token(word):
            return True
        if index == _WRAP_SKIP or len(word.strip(_WRAP_STRIP)) > _WRAP_SHORT:
            return False
    return False


def _quote_depth(line: str) -> tuple[int, int]:
    """The ">" count of a quoted line and where its text starts."""
    index = depth = 0
    while index < len(line) and line[index] in "> ":
        depth += line[index] == ">"
        index += 1
    return depth, index


def _wrap_column(lines: list[str]) -> int:
    """The width the writer's client wrapped at: the longest spaced line. A long line that is
    a paragraph of its own (a legal notice or a signature the sender's server appends
    unwrapped, under a body its client wrapped at 72) says nothing of that width; a long line
    inside a paragraph does (the text is not hard-wrapped)."""
    column = 0
    for index, line in enumerate(lines):
        if " " not in line.strip():
            continue
        width = len(line.rstrip())
        alone = (index == 0 or not lines[index - 1].strip()) and (
            index + 1 == len(lines) or not lines[index + 1].strip()
        )
        if width > SOFT_WRAP_MAX and alone:
            continue
        column = max(column, width)
    return column


def _join_soft_wraps(text: str) -> str:
    lines = text.split("\n")
    column = _wrap_column(lines)
    if column > SOFT_WRAP_MAX or column < SOFT_WRAP_MIN:
        return text
    out: list[str] = [lines[0]]
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1].rstrip()
        depth, start = _quote_depth(line)
        above_depth, above_start = _quote_depth(above)
        rest = line[start:]
        words_below = rest.split(None, _WRAP_SKIP + 1)
        if (
            depth == above_depth
            and words_below
            # "13 January 2027" / "(Thursday) at 14:00": a weekday in brackets below a date
            # is read as that date's check (a wrong one sends the mail to review)
            and not rest.startswith("(")
            and len(above) - above_start >= SOFT_WRAP_MIN // 2
            and (not _sentence_end(above) or _CLOCK_ABBREVIATION_END.search(above) is not None)
            and not _WRAP_LABEL_ROW.match(above, above_start)
            and _wrap_side(words_below)
            and (
                _cut_mid_slot(above, rest)
                or (
                    len(above) + 1 + len(words_below[0]) > column
                    and _wrap_side(above[above_start:].rsplit(None, _WRAP_SKIP + 1)[::-1])
                )
            )
        ):
            out[-1] = out[-1].rstrip() + " " + rest
            continue
        out.append(line)
    return "\n".join(out)


# the words a slot's clock or day follows, which no line of prose ends on: a writer who breaks
# the line there breaks the slot ("… moved from" / "Tuesday 10 March at 10:00 to" /
# "Thursday 12 March at 15:00", "… przenosimy na" / "czwartek, 12 marca 2026 r., godz." /
# "14:00", "… rescheduled to Friday, March" / "13 at 1:30 PM")
_CUT_BEFORE_CLOCK = re.compile(
    r"(?:^|\s)(?:at|um|à|alle|om|às|kl\.|klo|godz\.|hod\.|plkst\.|ob|a las|at about)$",
    re.IGNORECASE,
)
_CUT_BEFORE_DAY = re.compile(
    r"(?:^|\s)(?:to|from|on|until|till|auf|naar|van|na|z|au|du|al|del|para|från)$", re.IGNORECASE
)
# an abbreviation before a clock ends no sentence: "godz." / "14:00", "kl." / "15.00"
_CLOCK_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:godz|kl|klo|hod|plkst)\.$", re.IGNORECASE)


def _cut_mid_slot(above: str, below: str) -> bool:
    """Tell a line broken inside a slot, whatever its width: it ends on a word a clock or a
    day follows, or on a month whose day starts the next line."""
    first = below.split(None, 1)[0].strip(_WRAP_STRIP)
    if first[:1].isdigit():
        last = fold(above.rsplit(None, 1)[-1]).strip(".,")
        if _CUT_BEFORE_CLOCK.search(above) or last in month_names():
            return True
    return _wrap_token(first) and _CUT_BEFORE_DAY.search(above) is not None


def _sentence_end(line: str) -> bool:
    """A line ending a sentence or opening a list ("… this week:"), not a date's dot
    ("15.12.")."""
    last = line[-1:]
    return last in "!?:;" or (last == "." and not line[-2:-1].isdigit())


_RUN_TOGETHER_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_RUN_TOGETHER_DATE = re.compile(
    rf"(?<![\w.:/-])([0-3]?\d)({_RUN_TOGETHER_MONTHS})((?:20)?\d\d)(?![\w.:/-])", re.IGNORECASE
)
# English days written as ordinal words beside their month, as formal letters write them:
# "Wednesday the sixteenth of December", "on December the twenty-first" (read as "16th of
# December", "December 21st")
_EN_ORDINAL_WORDS = {
    word: number
    for number, word in enumerate(
        [
            *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"),
            *("ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"),
            *("sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"),
        ],
        start=1,
    )
}
_EN_ORDINAL_WORDS |= {
    f"{tens}{joint}{word}": base + _EN_ORDINAL_WORDS[word]
    for tens, base in (("twenty", 20), ("thirty", 30))
    for joint in ("-", " ")
    for word in (
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
    )
    if base + _EN_ORDINAL_WORDS[word] <= 31
} | {"thirtieth": 30}
_EN_ORDINAL = "|".join(sorted(_EN_ORDINAL_WORDS, key=len, reverse=True))
# a word every ordinal holds, looked for as a substring before the pattern runs: most mail
# names no day in words, and the pattern's long alternation would be tried everywhere
_EN_ORDINAL_STEMS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "teenth", "twentieth", "thirtieth"),
)
_EN_MONTH_WORDS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_EN_ORDINAL_DAY = re.compile(
    rf"(?<![\w-])(?:the\s)?(?P<day>{_EN_ORDINAL})(?=\s(?:of\s)?{_EN_MONTH_WORDS}(?!\w))"
    # "December the twenty-first", not "December: the first round"
    rf"|(?<![\w-])(?P<month>{_EN_MONTH_WORDS})\s(?:the\s)?(?P<day2>{_EN_ORDINAL})"
    r"(?![\w-]|\s(?:round|stage|step|time|interview|call|week)\b)",
    re.IGNORECASE,
)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10)
    return f"{number}{suffix or 'th'}"


def _spell_ordinal_day(match: re.Match[str]) -> str:
    if match["day"]:
        return _ordinal(_EN_ORDINAL_WORDS[match["day"].lower()])
    if not match["month"][0].isupper():
        return match[0]  # "you may the fourth …": a verb, not May
    return f"{match['month']} {_ordinal(_EN_ORDINAL_WORDS[match['day2'].lower()])}"


_RUN_TOGETHER_DATE_HINT = re.compile(rf"\d(?:{_RUN_TOGETHER_MONTHS})\d", re.IGNORECASE)


# Circled and parenthesised list numbers ("①2/8（月）10:00", "⑴ 9/3"): NFKC folds "①" to a
# bare "1", which would glue onto the date after it ("12/8"); they become "(1) " first.
_LIST_NUMBER = re.compile("[\u2460-\u249b\u24ea]")


def _list_number(match: re.Match[str]) -> str:
    return "(" + unicodedata.normalize("NFKC", match.group(0)).strip("(). ") + ") "


# Vietnamese calendar notices print the hour between the weekday and the date ("Thứ 5, 09:30
# 17 thg 12, 2026 - 10:30"): the hour goes after the date, where its range end stands, so
# the date is not read with the end; a range's end before the date ("lúc 09:00–09:45 3 thg
# 12, 2026") stays with its start
_VI_TIME_FIRST = re.compile(
    r"(?<![\d:.\-–—])(?<![\-–—]\s)(?P<clock>[0-2]?\d:[0-5]\d)\s(?P<date>[0-3]?\d\sthg\s[01]?\d,?\s20\d\d)(?!\d)"
)


# Zulu and Xhosa (and South African English) write "at", "of" and the noun-class concord of a
# number as a prefix joined by a hyphen: "ngo-14:00", "ngo-2 ntambama", "ngomhla
# ka-16/12/2026", "mhla ziyi-10 kuDisemba", "nge-15:00", and Xhosa's concords of "umhla"
# and "intsimbi" ("ngomhla we-10/03/2027", "ngentsimbi ye-10:00"); the number is read alone
_BANTU_PREFIX_HINT = re.compile(r"(?:ngo|nge|nga|ka|ziyi|yi|we|ye)-\d")
_BANTU_PREFIX = re.compile(r"\b(ngo|nge|nga|ka|ziyi|yi|we|ye)-(?=\d)")


@lru_cache(maxsize=8)
def normalise(text: str) -> str:
    """Fold full-width digits, odd spaces, minus signs and dashes to their plain forms.

    Kept for the last few texts: the subject and parts find_times reads are read again for
    a stated length and for a lone date."""
    text = text[:MAX_TEXT]
    if not text.isascii() and _LIST_NUMBER.search(text):
        text = _LIST_NUMBER.sub(_list_number, text)
    text = unicodedata.normalize("NFKC", text)
    if "\r" in text:
        # mail on the wire ends its lines in CRLF: a rule that reads across a wrapped line
        # ("saa 8:00" / "mchana") sees one line break, whichever way the part was encoded
        text = text.replace("\r\n", "\n")
    if not text.isascii() and _INVISIBLE_HINT.search(text):
        text = _INVISIBLE.sub("", text)
    if not text.isascii() and "شنبه" in text:
        text = _PERSIAN_SPACED_WEEKDAY.sub(r"\1\2", text)
    if not text.isascii() and _BIDI_MARK.search(text):
        # Arabic, Persian and Hebrew date formats carry invisible direction marks between
        # the numbers ("30\u200f/1\u200f/2026", "2026،\u200f 9:00"): they are no character
        text = _BIDI_MARK.sub("", text)
    if not text.isascii() and _OTHER_DIGIT.search(text):
        text = text.translate(_DIGITS)
    if "ዓ" in text or "ቀን" in text:
        text = _ET_DATE.sub(_ethiopian_date, text)
    if _BANTU_PREFIX_HINT.search(text):
        # Zulu and Xhosa glue a preposition or concord to a number with a hyphen: "ngo-14:00"
        # (at), "ngomhla ka-16/12/2026" (on the date of), "mhla ziyi-10 kuDisemba"
        text = _BANTU_PREFIX.sub(r"\1 ", text)
    if _SOLAR_HINT.search(text) and _ARABIC_SCRIPT.search(text, 0, 4000):
        # Iranian and Afghan mail writes the Solar Hijri date year first: 1405/09/19
        text = solar_hijri_numeric(text)
    if _THAI.search(text, 0, 4000):
        # Thai mail counts years in the Buddhist era: 2569 is 2026
        text = _BUDDHIST_YEAR.sub(lambda match: str(int(match.group(0)) - 543), text)
        text = _THAI_ABBREVIATED.sub(lambda match: f" {_THAI_MONTHS[match.group(1)]}", text)
        # CLDR's full Thai date names the era before the year: "16 มีนาคม ค.ศ. 2027" (the
        # Common Era), "พ.ศ. 2570" (the Buddhist, its year turned above)
        text = _THAI_ERA.sub(" ", text)
    if _ERA_HINT.search(text) and _CJK.search(text):
        text = _era_years(text)
    if "thg" in text and _VI_TIME_FIRST.search(text):
        text = _VI_TIME_FIRST.sub(r"\g<date> \g<clock>", text)
    if "00:00" in text:
        # "10-12-2026 00:00:00 10:00:00 - 11:00:00", "Scheduled On: 16-12-2026 00:00:00": a
        # date column printed as a datetime, its empty midnight before the slot's own clock
        # or alone at the line's end; the midnight to the second is no time anyone set
        text = _EMPTY_MIDNIGHT.sub(" ", text)
    # "2026-03-10T09:00:00-07:00": ISO 8601 as machines write it
    text = _ISO_DATETIME.sub(_spell_iso, text)
    # a calendar entry pasted into the body: "DTSTART;TZID=Europe/Stockholm:20260818T093000"
    text = _PASTED_ICAL.sub(_spell_ical, text)
    # "3. 6. 2026": Czech and Slovak dates are written with a space after each dot
    # Each rewrite below is first looked for by its hint, a part of its pattern that starts
    # with a digit (or by its words in lower case): the engine skips straight from digit to
    # digit, while the full pattern, starting with a look-behind, is tried at every position.
    # A new rewrite or a changed pattern needs its hint to stay a part of it.
    if _ROMAN_DATE_HINT.search(text):
        text = _ROMAN_DATE.sub(_spell_roman_date, text)
    if _SPACED_DATE_HINT.search(text):
        text = _SPACED_DATE.sub(r"\1.\2.\3", text)
    if _SLASH_DASH_YEAR_HINT.search(text):
        text = _SLASH_DASH_YEAR.sub(r"\1/\2", text)
    # "09DEC2026", "9Dec26": day, month and year run together, as rosters and forms print
    if _RUN_TOGETHER_DATE_HINT.search(text):
        text = _RUN_TOGETHER_DATE.sub(
            lambda match: (
                f"{match[1]} {match[2]} {match[3] if len(match[3]) == 4 else '20' + match[3]}"
            ),
            text,
        )
    if _NUMERIC_ZONE_HINT.search(text):
        text = _NUMERIC_ZONE_AFTER_CLOCK.sub(r"\1UTC\2", text)
    # "1430 hrs": military time, written without a separator
    if _MILITARY_RANGE_HINT.search(text):
        text = _MILITARY_RANGE.sub(r"\1:\2\3\4:\5", text)
    # "um 14 Uhr 30", "à 14 heures 30", "в 14 ч 30 мин": the minutes after the hour word
    if _HOUR_WORD_MINUTES_HINT.search(text):
        text = _HOUR_WORD_MINUTES.sub(_spell_unit_clock, text)
    if _COMMA_CLOCK_HINT.search(text):
        text = _COMMA_CLOCK.sub(r"\1\2:\3", text)
        text = _COMMA_CLOCK_UNIT.sub(r"\1:\2", text)
    if _MILITARY_HINT.search(text):
        text = _MILITARY.sub(_spell_military, text)
    if _MILITARY_CUED_HINT.search(text):
        text = _MILITARY_CUED.sub(_spell_cued_military, text)
    if _ONE_LETTER_MERIDIEM_HINT.search(text):
        text = _ONE_LETTER_MERIDIEM.sub(_spell_one_letter_meridiem, text)
    if _UNIT_CLOCK_HINT.search(text):
        text = _UNIT_CLOCK.sub(_spell_unit_clock, text)
    if "\n" in text:
        text = _join_soft_wraps(text)
    if "\n" in text and not text.isascii() and _WRAP_AT_HOUR.search(text):
        text = _join_wrapped_day_parts(text)
    if "\n" in text:
        text = _join_wrapped_clocks(text)
    text = spell_word_clocks(text)
    text = spell_word_days(text, _is_month_word, _is_weekday_word)
    if "ika" in text:
        # Filipino writes the day as an ordinal before the month: "ika-10 ng Disyembre"
        text = _FIL_ORDINAL_DAY.sub(r"\1 ", text)
    if _CYRILLIC.search(text, 0, 4000):
        text = _HYPHEN_CLOCK.sub(r"\1\2:\3", text)
    if "сар" in text:
        text = _MN_COUNTED_MONTH.sub(_spell_mn_month, text)
    if "tháng" in text or "giờ" in text or "thg" in text:
        # the hours first, while "ngày" still follows them: "vào lúc 9 giờ ngày 14 tháng 5"
        # turned "9 giờ 14.5." once the month was spelled, and 14 became its minutes
        text = _GIO_CLOCK.sub(_spell_gio, text)
        text = _COUNTED_MONTH.sub(_spell_counted_month, text)
    if _AND_BETWEEN_HINT.search(text):
        text = _AND_BETWEEN.sub(r"\1–\2", text)
    if "ig" in text and ("óráig" in text or "-ig" in text):
        text = _FROM_UNTIL_BY_CASE.sub(
            lambda found: f"{found[1]}:{found[2] or '00'}–{found[3]}:{found[4] or '00'}", text
        )
    lowered = lower_as_regex(text)
    if any(stem in lowered for stem in _EN_ORDINAL_STEMS):
        text = _EN_ORDINAL_DAY.sub(_spell_ordinal_day, text)
    if "noon" in lowered or "midday" in lowered:
        text = _NOON_BEFORE_DAY.sub(r"\2 at \1", text)
        text = _NOON_IN_RANGE.sub(
            lambda match: f"{next((part for part in match.groups() if part), '')}12:00pm", text
        )
        # "11:00 AM - 12:00 Noon IST": the word after the clock only says which twelve
        text = _CLOCK_NOON.sub("12:00pm", text)
    if "-" in text and _HEBREW.search(text, 0, 4000):
        # Hebrew joins "on", "to", "from" to a number with a hyphen: "ב-12 בנובמבר", "ל-15:00"
        text = _HEBREW_PREFIX.sub(r"\1 ", text)
    if "zing" in lowered:
        text = _ZULU_DAY_PREFIX.sub("", text)
    if _KHMER.search(text, 0, 4000):
        # Khmer writes "day 12 month November year 2026", the counter words glued to what
        # they count ("ថ្ងៃទី១២ ខែវិច្ឆិកា ឆ្នាំ២០២៦"): keep the day, the month and the year
        text = _KHMER_COUNTERS.sub("", text)
    text = _wrap_long_lines(text)
    return (
        text.replace("\u2212", "-")
        .replace("\u22c5", " ")
        .replace("\u301c", "–")
        .replace("\u2010", "-")
        .replace("\u2011", "-")
        .replace("\u200b", "")
        .replace("\t", " ")
        .replace("\u2019", "'")
    )


# where a paragraph typed as one long line is cut: after a clause's comma, semicolon or full
# stop (Latin or CJK), else after a space
_LONG_LINE_CUT = re.compile(r"[,;.!?]\s|[、，；。！？]")
_QUOTE_PREFIX = re.compile(r"[> ]{0,40}")


def _wrap_long_lines(text: str) -> str:
    """Cut each line longer than MAX_LINE at its clauses' ends into lines that fit.

    Webmail writes a paragraph as one line; a run-on paragraph ('… so we'd love to set up
    an interview with the two of us, … so let's say this Thursday the 7th, 1:30 in the
    afternoon') puts its day and hour past the MAX_LINE characters every line is read to.
    A quoted line's '> ' prefix is repeated on its pieces, so they stay quoted."""
    if len(text) <= MAX_LINE or not any(len(line) > MAX_LINE for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= MAX_LINE:
            out.append(line)
            continue
        prefix_match = _QUOTE_PREFIX.match(line)
        prefix = prefix_match.group(0) if prefix_match and ">" in prefix_match.group(0) else ""
        start, size, first = 0, MAX_LINE - len(prefix) - 1, True
        while len(line) - start > size:
            cut = -1
            for clause in _LONG_LINE_CUT.finditer(line, start + size // 2, start + size):
                cut = clause.end()
            if cut < 0:
                cut = line.rfind(" ", start + 1, start + size) + 1
            if cut <= start:
                cut = start + size
            out.append(line[start:cut].rstrip() if first else prefix + line[start:cut].strip())
            start, first = cut, False
        out.append(prefix + line[start:].strip())
    return "\n".join(out)


# the lines of a text that are read
MAX_LINES = 5000


def _lines(text: str, context: Context, limit: int = MAX_LINES) -> list[_Line]:
    """Split into bounded lines and mark the ones that quote earlier mail.

    The header blocks of a forward (one per time it was passed on) do not quote: the text
    below the innermost is the message itself, also where the client (Apple Mail on the
    iPhone) put "> " before its header lines and body.

    Only the first `limit` lines are made, the same as the first `limit` of all of them: a
    line is marked by the lines above it and the raw lines below it, never by a later mark.
    """
    lines: list[_Line] = []
    offset = 0
    quoted = False
    forwards = max(context.forward_blocks, 1) if context.is_forward else 0
    inside = False
    header_blocks = 0
    base_depth: int | None = None
    last_block = -10
    raw_lines = text.split("\n")
    if forwards > 1:
        forwards = min(forwards, max(1, _block_starts(raw_lines[:MAX_LINES])))
    # a quote under an "On … wrote:" line whose "> " lines have ended: a paragraph without
    # "> " below them is the reply written under the quote (bottom-posted), not quoted mail
    under_attribution = False
    prefixed = False
    signature = 0  # lines left in a signature block below a "-- " delimiter
    for index, raw in enumerate(raw_lines[: min(limit, MAX_LINES)]):
        line = raw[:MAX_LINE]
        depth = len(line) - len(line.lstrip("> ")) if line.lstrip().startswith(">") else 0
        depth = line[: depth + 1].count(">")
        stripped = line.lstrip("> ").rstrip()
        if signature and (
            _is_header_block_start(raw_lines, index)
            or is_reply_header(stripped)
            or _APPOINTMENT.match(stripped)
        ):
            signature = 0  # the signature ends where a forwarded or quoted mail begins
        if signature:
            signature -= 1 if stripped else 0
            lines.append(_Line("", offset, quoted, inside, note=False))
            offset += len(stripped) + 1
            continue
        if stripped == "--" and raw.rstrip("\r").lstrip("> ") == "-- ":
            # RFC 3676's signature delimiter, trailing space included (a bare "--" is also a
            # rule some senders put details under): the sender's name, phone and office
            # hours ("Mon-Fri 9:00-17:30") below it are no meeting and name no zone for one
            signature = _SIGNATURE_LINES
        if under_attribution and quoted:
            if depth:
                prefixed = True
            elif (
                stripped
                and prefixed
                # not in older mail quoted whole under a header block; the message a
                # forward passes on is read as if sent directly
                and header_blocks <= forwards
                and not raw_lines[index - 1].strip(" >")
            ):
                quoted = under_attribution = prefixed = False
        if _APPOINTMENT.match(stripped):
            last_block = index  # Outlook's copy of the appointment itself, not older mail
        elif _is_header_block_start(raw_lines, index) and index - last_block > 3:
            last_block = index
            header_blocks += 1
            if base_depth is None:
                base_depth = depth
            if header_blocks > max(forwards, 1) or context.is_reply:
                quoted = True
            else:
                # the message passed on starts below the innermost forward's block; the text
                # between outer blocks is what each forwarder wrote
                inside = header_blocks == forwards
        elif is_reply_header(stripped) or _opens_wrapped_quote(stripped, raw_lines, index):
            if context.is_forward and header_blocks < forwards and not quoted:
                # a forward written as a quote ("On … wrote:" and "> " lines, under "Fwd:"):
                # the quote below is the message passed on
                header_blocks += 1
                last_block = index
                base_depth = depth + 1
                inside = header_blocks == forwards
            elif not _flattened_stack(raw_lines, index, depth):
                quoted = True
                under_attribution, prefixed = True, False
        if (
            not quoted
            and header_blocks <= forwards
            and index - last_block <= 4
            and _HEADER_FROM.match(stripped)
        ):
            base_depth = depth  # the forwarded header lines set the depth of the message
        if base_depth is None and depth and not context.is_forward:
            quoted = True
        if base_depth is not None and depth > base_depth:
            quoted = True
        note = context.is_forward and header_blocks < forwards
        lines.append(_Line(stripped, offset, quoted, inside, note))
        offset += len(stripped) + 1
    return lines


def _line_depth(raw: str) -> int:
    line = raw[:MAX_LINE]
    if not line.lstrip().startswith(">"):
        return 0
    return line[: len(line) - len(line.lstrip("> ")) + 1].count(">")


# how far below stacked attributions a deeper "> " line is looked for
_FLATTENED_SPAN = 200


def _flattened_stack(raw_lines: list[str], index: int, depth: int) -> bool:
    """Tell an attribution stacked on another ("X wrote:" right above or below "Y wrote:")
    with no deeper "> " line under them: a nested thread whose quote levels were lost.

    A client that writes the plain text of an HTML thread (Roundcube's and Thunderbird's
    bottom-posted replies in nested <blockquote>s) without the levels leaves the
    attributions on top of each other and the oldest mail, each reply and the newest one
    below them on one level. Which lines were quoted is no longer told, and the newest
    reply is the last of them: read as quoted mail, the mail's own time was lost."""
    neighbours = []
    for step in (-1, 1):
        probe = index + step
        while 0 <= probe < len(raw_lines) and abs(probe - index) <= 3:
            text = raw_lines[probe][:MAX_LINE].lstrip("> ").strip()
            if text:
                neighbours.append(probe)
                break
            probe += step
    if not any(
        _line_depth(raw_lines[probe]) == depth
        and is_reply_header(raw_lines[probe][:MAX_LINE].lstrip("> ").rstrip())
        for probe in neighbours
    ):
        return False
    start = max(0, index - 4)
    return all(_line_depth(raw) <= depth for raw in raw_lines[start : index + _FLATTENED_SPAN])


def _block_starts(raw_lines: list[str]) -> int:
    """Count the header blocks and attributions a text has, at most: the forwards are
    counted in one alternative, and the other (the HTML of a forward of a forward, which
    carries only the innermost message) may show fewer. Taken as the count there, every
    line of the message passed on would read as a forwarder's note and its range as a
    moved slot's new time."""
    count, last = 0, -10
    for index, raw in enumerate(raw_lines):
        stripped = raw[:MAX_LINE].lstrip("> ").rstrip()
        if (_is_header_block_start(raw_lines, index) and index - last > 3) or is_reply_header(
            stripped
        ):
            count, last = count + 1, index
    return count


# how many non-empty lines below "-- " are taken as the signature: names, titles, phones,
# addresses, hours; a longer run is more likely text that uses "--" as a rule
_SIGNATURE_LINES = 8


def _opens_wrapped_quote(line: str, raw_lines: list[str], index: int) -> bool:
    """Tell an "On … wrote:" line that the client wrapped in two ("On Mon, Nov 2, 2026 at
    2:14 PM Alex <alex@example.com>" / "wrote:", "… Alex <" / "alex@example.com>:", "… a" /
    "écrit :"): read alone, its first half is a date and a time, the quote below not quoted."""
    if index + 1 >= len(raw_lines) or not line or line.endswith(":"):
        return False
    following = raw_lines[index + 1][:MAX_LINE].strip()
    if not following.endswith(":") or len(following) > 80 or following.startswith(">"):
        return False
    # a whole attribution below is its own line's business, not this one's
    return is_reply_header(f"{line} {following}") and not is_reply_header(following)


_HEADER_FROM = re.compile(rf"^[\s>*]*(?:{FROM_LABELS})\s?\**\s?{COLON}", re.IGNORECASE)
_HEADER_OTHER = re.compile(rf"^[\s>*]*(?:{OTHER_LABELS})\s?\**\s?{COLON}", re.IGNORECASE)
_APPOINTMENT = re.compile(
    r"^-{2,}\s?(?:original appointment|ursprünglicher termin|rendez-vous d'origine|cita original"
    r"|appuntamento originale|oorspronkelijke afspraak|compromisso original|spotkanie oryginalne)",
    re.IGNORECASE,
)
_HEADER_SUBJECT = re.compile(rf"^[\s>*]*(?:{SUBJECT_LABELS})\s?\**\s?{COLON}", re.IGNORECASE)
_SEPARATOR = re.compile(
    rf"^[\s>]*(?:-{{2,}}\s?[^-\n]{{4,40}}\s?-{{2,}}|_{{20,}}|{BEGIN_FORWARDED})", re.IGNORECASE
)


def _merge_short_lines(lines: list[_Line]) -> list[_Line]:
    """Join runs of short lines, as HTML cards and tables leave a date ("Thursday", "5",
    "March 2026", "9:00 AM") one piece a line."""
    merged: list[_Line] = []
    run: list[_Line] = []

    def flush() -> None:
        if len(run) > 1:
            joined = " ".join(item.text for item in run)
            merged.append(
                _Line(
                    joined,
                    run[0].offset,
                    any(item.quoted for item in run),
                    any(item.forwarded for item in run),
                    all(item.note for item in run),
                )
            )
        else:
            merged.extend(run)
        run.clear()

    for line in lines:
        short = 0 < len(line.text) <= 32 and not _HEADER_FROM.match(line.text)
        if short and not run and merged and _is_zone_line(line.text):
            # a zone alone under a full time line ("13:00 – 13:45<br>Midden-Europese tijd -
            # Amsterdam") names that line's zone; joined to the buttons below it, it is lost
            merged.append(line)
            continue
        if short and not _HEADER_OTHER.match(line.text) and len(run) < 8:
            run.append(line)
            continue
        flush()
        merged.append(line)
    flush()
    return merged


def _header_follows(lines: list[str], index: int) -> bool:
    """Whether one of the next three non-empty lines is a mail header ("From:", "Sent:")."""
    following = [line[:MAX_LINE] for line in lines[index + 1 : index + 6] if line.strip(" >")]
    return any(_HEADER_FROM.match(line) or _HEADER_OTHER.match(line) for line in following[:3])


def _is_zone_line(text: str) -> bool:
    """Tell whether a line says nothing but a zone ("Midden-Europese tijd - Amsterdam")."""
    zone = read_zone(text)
    return zone is not None and zone.length >= len(text.strip()) - 2


# a rule of underscores alone on its line: Outlook's reply separator over "From:", and also
# the frame of a Teams or Webex meeting block ("____" / "Microsoft Teams meeting" / "____")
_UNDERSCORE_RULE = re.compile(r"^[\s>]*_{20,}\s*$")


def _is_header_block_start(lines: list[str], index: int) -> bool:
    line = lines[index][:MAX_LINE]
    if _SEPARATOR.match(line):
        # a rule of underscores opens older mail only where a header follows it
        return not _UNDERSCORE_RULE.match(line) or _header_follows(lines, index)
    if not _HEADER_FROM.match(line):
        return False
    following = lines[index + 1 : index + 5]
    return sum(1 for other in following if _HEADER_OTHER.match(other[:MAX_LINE])) >= 2


def opens_header_block(lines: list[str], index: int) -> bool:
    """Tell whether a From line opens a mail's header block (From, then Sent/Date, To,
    Subject within four lines, an address or a subject among them), as Outlook, K-9's
    "header" quote style and new Outlook for Mac write one above the mail they quote.
    "From: 10:00 / To: 11:00" in a schedule names no address and no subject."""
    if not _HEADER_FROM.match(lines[index][:MAX_LINE]):
        return False
    window = [line[:MAX_LINE] for line in lines[index : index + 5]]
    return sum(1 for line in window[1:] if _HEADER_OTHER.match(line)) >= 2 and any(
        "@" in line or _HEADER_SUBJECT.match(line) for line in window
    )


def _is_forward_header_line(lines: list[_Line], index: int) -> bool:
    """Tell whether a line belongs to a forward/reply header block ("Date: ..." in it).

    A real block names an address or a subject; "From: 09-Jun-2026 11:00 AM / To: …" in
    a scheduling mail is a slot, not a header.
    """
    line = lines[index].text
    if ":" not in line or (not _HEADER_OTHER.match(line) and not _HEADER_FROM.match(line)):
        return False  # every header label ends in a colon
    window = lines[max(0, index - 4) : index + 5]
    if not any("@" in other.text or _HEADER_SUBJECT.match(other.text) for other in window):
        return False
    return sum(1 for other in window if _HEADER_FROM.match(other.text)) >= 1 and (
        sum(1 for other in window if _HEADER_OTHER.match(other.text)) >= 2
    )
