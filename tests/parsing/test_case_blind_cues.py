"""Case-blind cue lists run on lower-cased text must find what re.IGNORECASE finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.lexicon import CaseBlindCues, at_word_starts, factored, lower_as_regex

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


def test_named_groups_keep_their_names_and_text_positions() -> None:
    cues = CaseBlindCues(r"(?P<num>\d+) ?(?P<unit>Minuten|minutes)", re.IGNORECASE)
    found = cues.search("Das Gespräch dauert 45 MINUTEN.")
    assert found is not None
    assert found.group("num") == "45"
    assert found.span("unit") == (23, 30)


@pytest.mark.parametrize("pattern", [r"(?P<w>a)(?P=w)", r"(?-i:AM)|pm", r"\u0041m"])
def test_what_lowering_would_change_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="spell letters plainly"):
        CaseBlindCues(pattern, re.IGNORECASE)


# Words from a small alphabet share first letters often, as cue lists do ("interview",
# "invit", "interjú"); some branches open with a group, a class or a word boundary.
_WORDS = st.text(alphabet="abcé -", min_size=1, max_size=5).map(re.escape)
_BRANCHES = st.one_of(
    _WORDS,
    _WORDS.map(lambda word: rf"\b{word}"),
    st.tuples(_WORDS, _WORDS).map(lambda pair: f"(?:{pair[0]}|{pair[1]})"),
    _WORDS.map(lambda word: f"[ab]{word}"),
    st.tuples(_WORDS, _WORDS).map(lambda pair: f"{pair[0]}(?:{pair[1]}|x)?"),
    st.just("a?b"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_BRANCHES, min_size=1, max_size=12), st.text(alphabet="abcé -x", max_size=40))
def test_a_factored_list_finds_the_same_matches(branches: list[str], text: str) -> None:
    pattern = "|".join(branches)
    wrapped = rf"(?:(?<=\W)|^)(?=\w)(?:{pattern})|(?:{pattern})c"
    for source in (pattern, wrapped):
        plain = [(m.span(), m[0]) for m in re.finditer(source, text)]
        fast = [(m.span(), m[0]) for m in re.finditer(factored(source), text)]
        assert fast == plain, (source, factored(source))


def test_factoring_groups_branches_by_their_first_letter() -> None:
    assert factored("interview|invit|schedul") == "i(?:n(?:terview|vit))|schedul"
    # a branch opening otherwise stays between the runs it separates
    assert factored(r"ab|\w+|ac") == r"ab|\w+|ac"
    # the same letter at a word boundary and not: their order is kept
    assert factored(r"\bab|ad|\bac") == r"\bab|ad|\bac"
    # branches at a word boundary share one test of it, joined across a branch that cannot
    # start where they do ("ad" and "q")
    assert factored(r"\bab|\bac|\bx|ad|\bq") == r"\b(?:a(?:b|c)|x|q)|ad"
    # numbered groups would be renumbered: left alone
    assert factored("(a)b|(a)c") == "(a)b|(a)c"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_BRANCHES, min_size=1, max_size=8),
    st.text(alphabet="abcAé -x_1\n", max_size=40),
    st.integers(min_value=0, max_value=6),
)
def test_a_word_start_list_is_tried_where_words_start(
    branches: list[str], text: str, pos: int
) -> None:
    pattern = "|".join(branches)
    spelled_out = re.compile(rf"(?:(?<=\W)|^)(?=\w)(?:{pattern})", re.IGNORECASE)
    cues = at_word_starts(re.compile(pattern, re.IGNORECASE))
    plain = [m.span() for m in spelled_out.finditer(text)]
    assert [m.span() for m in cues.finditer(text)] == plain
    found, fast = spelled_out.search(text, pos), cues.search(text, pos)
    assert (found and found.span()) == (fast and fast.span())
