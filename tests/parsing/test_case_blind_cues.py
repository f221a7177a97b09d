"""Case-blind cue lists run on lower-cased text must find what re.IGNORECASE finds."""

from __future__ import annotations

import re

import pytest

from service.parsing.lexicon import CaseBlindCues, lower_as_regex

# U+0345 (a combining iota below) is a letter only once lowered to iota; no mail we read
# writes it, and re.IGNORECASE holds it equal to iota, so it is lowered like one.
_WORD_CLASS_EXCEPTIONS = {"\u0345"}


def _bmp() -> list[str]:
    return [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000]


def test_lowering_keeps_every_character_in_place_and_equal_to_itself() -> None:
    for char in _bmp():
        lowered = lower_as_regex(char)
        assert len(lowered) == 1, hex(ord(char))
        assert lower_as_regex(lowered) == lowered, hex(ord(char))
        assert re.fullmatch(re.escape(lowered), char, re.IGNORECASE), hex(ord(char))
        if char not in _WORD_CLASS_EXCEPTIONS:
            for kind in (r"\w", r"\d", r"\s"):
                assert bool(re.match(kind, char)) == bool(re.match(kind, lowered)), hex(ord(char))


def test_letters_the_engine_holds_equal_lower_to_one_letter() -> None:
    casefix = pytest.importorskip("re._casefix")
    for code, others in casefix._EXTRA_CASES.items():
        assert len({lower_as_regex(chr(item)) for item in (code, *others)}) == 1, chr(code)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\btoplantı\b", "TOPLANTI yarın"),
        (r"\btoplantı\b", "Toplantı yarın"),
        (r"istanbul", "İSTANBUL ofisinde"),
        (r"συνάντηση", "ΣΥΝΆΝΤΗΣΗ"),
        (r"ακυρώθηκε|τελικός", "ΤΕΛΙΚΌΣ"),
        (r"\bstraße\b", "STRASSE"),
        (r"(?:(?<=\W)|^)(?=\w)(?:cancel+ed)\b", "Meeting CANCELLED."),
        (r"[A-Z]{3} only", "abc ONLY"),
    ],
)
def test_same_answer_as_ignorecase(pattern: str, text: str) -> None:
    blind = re.compile(pattern, re.IGNORECASE).search(text)
    folded = CaseBlindCues(pattern, re.IGNORECASE).search(text)
    assert (blind is None) == (folded is None)
    if blind is not None and folded is not None:
        assert blind.span() == folded.span()


def test_named_groups_are_refused() -> None:
    with pytest.raises(ValueError, match="no groups"):
        CaseBlindCues(r"(?P<Word>\w+)", re.IGNORECASE)
