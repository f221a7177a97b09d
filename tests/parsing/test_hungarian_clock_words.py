"""Hungarian counts the half and the quarters toward the coming hour, as German "halb drei"
does: "fél 3-kor" is 2:30, "negyed 11-kor" 10:15, "háromnegyed 10-kor" 9:45; "fél óra"
(half an hour) is a length, not a time.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.parsing.word_clocks import spell_word_clocks


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("holnap fél 3-kor", "holnap 2:30"),
        ("negyed 11-kor jöjjön", "10:15 jöjjön"),
        ("háromnegyed 10-kor", "9:45"),
        ("fél három és négy között", "2:30 és négy között"),
        ("fél óra múlva", "fél óra múlva"),
    ],
)
def test_the_hour_counts_from_the_coming_one(text: str, spelled: str) -> None:
    assert spell_word_clocks(text) == spelled


@given(hour=st.integers(2, 12), word=st.sampled_from(["fél", "negyed", "háromnegyed"]))
def test_every_quarter_word_lands_before_the_named_hour(hour: int, word: str) -> None:
    minutes = {"fél": 30, "negyed": 15, "háromnegyed": 45}[word]
    assert spell_word_clocks(f"{word} {hour}-kor") == f"{hour - 1}:{minutes:02d}"
