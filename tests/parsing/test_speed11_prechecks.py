"""The cheap prechecks in front of the prose reader's passes must never skip a match.

Each hint of normalise() is a part of its rewrite's pattern, and the weekday precheck knows
every name _weekday_date accepts: where the full pass would find something, so does its
precheck (the outputs are compared corpus-wide by tests/bench/bench_parse_outputs.py).
"""

from __future__ import annotations

import re

import pytest

from service.parsing import when, when_dates, when_lines
from service.parsing.lexicon import HABITUAL_WEEKDAYS, full_weekday_names

# (pattern, its hint, texts the pattern rewrites), digits as normalise() has made them ASCII
REWRITES = [
    (
        when_lines._SPACED_DATE,
        when_lines._SPACED_DATE_HINT,
        ["am 3. 6. 2026 um 10", "(16. 4. 2026)"],
    ),
    (
        when_lines._MILITARY_RANGE,
        when_lines._MILITARY_RANGE_HINT,
        ["1400-1500 CET", "0900 – 0945 hrs"],
    ),
    (
        when_lines._HOUR_WORD_MINUTES,
        when_lines._HOUR_WORD_MINUTES_HINT,
        ["um 14 Uhr 30", "à 14 heures 30", "в 14 ч 30 мин", "2 နာရီ 30 မိနစ်", "14 UHR 30"],
    ),
    (when_lines._COMMA_CLOCK, when_lines._COMMA_CLOCK_HINT, ["alle 14,30", "godz. 9,15"]),
    (when_lines._COMMA_CLOCK_UNIT, when_lines._COMMA_CLOCK_HINT, ["14,30 Uhr", "9,45 h"]),
    (when_lines._MILITARY, when_lines._MILITARY_HINT, ["at 1430 hrs", "1500 UTC", "0930Z"]),
    (
        when_lines._UNIT_CLOCK,
        when_lines._UNIT_CLOCK_HINT,
        ["13 óra 30 perckor", "о 14 год. 30 хв."],
    ),
    (
        when_lines._AND_BETWEEN,
        when_lines._AND_BETWEEN_HINT,
        ["16:45 és 17:30 óra között", "14:00 ile 15:00 arasında"],
    ),
]


@pytest.mark.parametrize(("pattern", "hint", "texts"), REWRITES)
def test_a_hint_finds_whatever_its_rewrite_finds(
    pattern: re.Pattern[str], hint: re.Pattern[str], texts: list[str]
) -> None:
    for text in texts:
        assert pattern.search(text), text  # the example is one the rewrite reads
        assert hint.search(text), text


def test_noon_ranges_are_still_written_as_clocks() -> None:
    assert "12:00pm" in when_lines.normalise("from noon-1pm ET")
    assert "12:00pm" in when_lines.normalise("11am to NOON")


@pytest.mark.parametrize(
    "word",
    sorted({*full_weekday_names(), *HABITUAL_WEEKDAYS})[::7],
)
def test_every_weekday_name_passes_the_weekday_precheck(word: str) -> None:
    assert when_dates._may_name_weekday(f"see you {word}, 10:00")
    assert when_dates._may_name_weekday(f"SEE YOU {word.upper()}!")


def test_accented_and_greek_weekdays_pass_the_precheck() -> None:
    for line in ("el sábado 14 a las 10", "MERCREDI à 10h", "ΤΡΊΤΗ στις 10:00", "Τρίτης"):
        assert when_dates._may_name_weekday(line), line


def test_a_line_without_a_day_skips_the_weekday_pass_and_reads_the_same() -> None:
    assert not when_dates._may_name_weekday("Please bring your passport and arrive early.")
    reference = when.date(2026, 11, 2)
    dates = when_dates._dates("Interview am Donnerstag um 10 Uhr", reference, "DMY", False, "de")
    assert [hit.day for hit in dates] == [when.date(2026, 11, 5)]
    again = when_dates._dates("Interview am Donnerstag um 10 Uhr", reference, "DMY", False, "de")
    assert again == dates  # the same (frozen) dates ...
    assert again is not dates  # ... in a fresh list
