"""Formal English letters write the day as an ordinal word beside its month: "Wednesday the
sixteenth of December", "on December the twenty-first". The parser read only the weekday
and put the interview on the coming Wednesday, a week early, sure enough for the calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.when_lines import _EN_ORDINAL_WORDS, normalise
from tests.parsing.mailkit import plain_mail

WORDS = {number: word for word, number in _EN_ORDINAL_WORDS.items() if " " not in word}


def _start(body: str) -> str:
    parsed = parse_message(
        plain_mail(
            "Interview",
            f"Dear Sam,\n\n{body}\n\nYours sincerely,\nHR",
            sender="HR <hr@firm.example>",
            to="Sam Reyes <sam@mailbox.example>",
            date="Mon, 07 Dec 2026 09:12:00 +0000",
        )
    )
    assert parsed.kind == "invitation"
    return parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


@given(day=st.integers(min_value=8, max_value=31), form=st.sampled_from(["of", "month first"]))
@settings(max_examples=30, deadline=None)
def test_a_day_in_ordinal_words_is_that_day(day: int, form: str) -> None:
    when = date(2026, 12, day)
    spelled = WORDS[day]
    said = (
        f"{when:%A} the {spelled} of December"
        if form == "of"
        else f"{when:%A}, December the {spelled}"
    )
    start = _start(f"We would like to invite you to an interview on {said} at 10am.")
    assert start == f"2026-12-{day:02d}T10:00:00+00:00"


@pytest.mark.parametrize(
    "text",
    [
        "for the first time in December",
        "the second round",
        "you may the fourth",
        "December: the first",
    ],
)
def test_ordinal_words_that_name_no_day_stay_words(text: str) -> None:
    assert normalise(text) == text
