"""Dates written in calendars other than the Gregorian one, rewritten as Gregorian dates.

Pure functions on text, no state. Iranian and Afghan mail writes the Solar Hijri date as
year/month/day ("۱۴۰۵/۰۹/۱۹", "1405/09/19", "1405-09-19"): 1405/09/19 is 10 December 2026.
Lunar Hijri dates (Saudi and Gulf mail, "1448/06/29هـ") share the 14xx year, so only years
the lunar calendar has already left behind are read as solar (1300-1439: solar 1439 is 2060,
lunar 1439 was 2017) and a date with the Hijri mark "هـ" after it is left alone.
"""

from __future__ import annotations

import re
from datetime import date

import jdatetime

_SOLAR_NUMERIC = re.compile(
    r"(?<![\d/.-])(1[34][0-3]\d)([/.-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])"
    r"(?![\d/.-])(?!\s?ه)"
)


def _solar(match: re.Match[str]) -> str:
    try:
        day = jdatetime.date(int(match[1]), int(match[3]), int(match[4])).togregorian()
    except ValueError:
        return match[0]
    return f"{day.year}/{day.month:02d}/{day.day:02d}"


def solar_hijri_numeric(text: str) -> str:
    """Write year-first Solar Hijri dates (Western digits) as Gregorian year/month/day."""
    return _SOLAR_NUMERIC.sub(_solar, text)


# Saudi and Gulf mail gives the Hijri date and, after "الموافق" (which is), the Gregorian
# one, each as numbers in either order: "1448/06/29هـ الموافق 2026/12/10م",
# "29/06/1448هـ الموافق 10/12/2026م"
_NUMERIC = r"(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{4})"
_HIJRI_BESIDE = re.compile(
    rf"(?<![\d/])({_NUMERIC})\s?هـ?[\s,،()]{{0,4}}(?:الموافق|يوافق|الموافق\sل)\s{{0,3}}"
    rf"({_NUMERIC})(?![\d/])"
)
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _parts(written: str) -> tuple[int, int, int]:
    first, middle, last = (int(part) for part in written.split("/"))
    return (first, middle, last) if first > 999 else (last, middle, first)


def hijri_to_ordinal(year: int, month: int, day: int) -> int:
    """The proleptic Gregorian ordinal of a tabular (civil) Islamic date. Umm al-Qura, which
    Saudi Arabia uses, follows the moon and is at most a day or two off it."""
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return days + 227014


def hijri_disagrees(text: str) -> bool:
    """Whether a Hijri date and the Gregorian date given as the same day are days apart."""
    if "الموافق" not in text and "يوافق" not in text:
        return False
    for match in _HIJRI_BESIDE.finditer(text.translate(_EASTERN_DIGITS)):
        hijri, gregorian = _parts(match[1]), _parts(match[2])
        if not 1300 <= hijri[0] <= 1600 or not 1900 <= gregorian[0] <= 2200:
            continue
        try:
            written = date(*gregorian).toordinal()
        except ValueError:
            continue
        if abs(hijri_to_ordinal(*hijri) - written) > 2:
            return True
    return False
