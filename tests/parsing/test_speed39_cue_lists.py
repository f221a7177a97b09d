"""Cue lists searched faster must find what they found before: the same first match.

factored() spreads a branch that opens with a group and regroups branches by first letter;
CaseBlindCues searches ASCII and Latin text with a copy of its list that leaves out the words
such text cannot hold (within_alphabet). Each is checked against the plain pattern.
"""

from __future__ import annotations

import gc
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import service.parsing.parser  # noqa: F401  (builds every cue list of the package)
from service.parsing.lexicon import (
    CaseBlindCues,
    PhraseCues,
    _PhrasePatterns,
    factored,
    needed_words,
    within_alphabet,
)
from service.parsing.when_ends import _SPELLED_COUNT, _SPELLED_COUNTS, _counts_in_digits

ASCII = ((0x00, 0x7F),)

# Words from a small alphabet of ASCII, accented Latin and Cyrillic letters: cue lists mix
# scripts, and a mail's text is in one of them or several
_WORDS = st.text(alphabet="abcéж -", min_size=1, max_size=4).map(re.escape)
_PAIRS = st.tuples(_WORDS, _WORDS, _WORDS)
_BRANCHES = st.one_of(
    _WORDS,
    _WORDS.map(lambda word: rf"\b{word}"),
    _PAIRS.map(lambda words: f"(?:{words[0]}|{words[1]}){words[2]}"),
    _PAIRS.map(lambda words: f"(?:{words[0]}|{words[1]})?{words[2]}"),
    _PAIRS.map(lambda words: rf"\b(?:{words[0]}|{words[1]}|){words[2]}"),
    _PAIRS.map(lambda words: f"{words[0]}(?:{words[1]}|ж{words[2]})?b"),
    _WORDS.map(lambda word: f"[aж]{word}"),
    _WORDS.map(lambda word: f"[éж]{word}"),
    _WORDS.map(lambda word: f"(?<![жé]){word}"),
    _WORDS.map(lambda word: rf"{word}\w*"),
    _WORDS.map(lambda word: rf"\b[aж]{word}"),
    st.just(r"\b\w+c"),
    _WORDS.map(lambda word: f"(?:ж|é){{1,2}}{word}"),
    st.just("a?b"),
)
_TEXTS = st.text(alphabet="abcéж -xAÉЖ_", max_size=40)


@settings(max_examples=400, deadline=None)
@given(st.lists(_BRANCHES, min_size=1, max_size=10), _TEXTS, st.integers(0, 8))
def test_a_factored_list_finds_the_same_first_match(
    branches: list[str], text: str, pos: int
) -> None:
    pattern = "|".join(branches)
    for source in (pattern, rf"(?<!\w)(?=\w)(?:{pattern})|(?:{pattern})c"):
        plain, fast = re.compile(source), re.compile(factored(source))
        assert [(m.span(), m[0]) for m in fast.finditer(text)] == [
            (m.span(), m[0]) for m in plain.finditer(text)
        ], (source, factored(source))
        found, quick = plain.search(text, pos), fast.search(text, pos)
        assert (found and found.span()) == (quick and quick.span())


@settings(max_examples=400, deadline=None)
@given(st.lists(_BRANCHES, min_size=1, max_size=10), st.data())
def test_a_list_kept_to_an_alphabet_matches_alike_on_text_in_it(
    branches: list[str], data: st.DataObject
) -> None:
    pattern = "|".join(branches)
    for alphabet, letters in ((ASCII, "abc -x_"), (((0x00, 0x24F),), "abcé -x_")):
        text = data.draw(st.text(alphabet=letters, max_size=30))
        kept = within_alphabet(pattern, alphabet)
        plain = [m.span() for m in re.finditer(pattern, text)]
        assert ([] if kept is None else [m.span() for m in re.finditer(kept, text)]) == plain, (
            pattern,
            kept,
        )


@settings(max_examples=300, deadline=None)
@given(st.lists(_BRANCHES, min_size=1, max_size=8), _TEXTS, st.integers(0, 8))
def test_case_blind_cues_find_what_ignorecase_finds(
    branches: list[str], text: str, pos: int
) -> None:
    pattern = "|".join(branches)
    blind = re.compile(pattern, re.IGNORECASE)
    cues = CaseBlindCues(pattern, re.IGNORECASE)
    latin = text.replace("ж", "").replace("Ж", "")
    for sample in (text, latin, latin.encode().decode("ascii", "ignore")):
        found, fast = blind.search(sample, pos), cues.search(sample, pos)
        assert (found and found.span()) == (fast and fast.span()), (pattern, sample)
        spans = [m.span() for m in blind.finditer(sample)]
        assert [m.span() for m in cues.finditer(sample)] == spans


def test_words_of_other_scripts_are_left_out_and_optional_ones_dropped() -> None:
    assert within_alphabet(r"día|dia|(?:ş)?x|жа|\bmeet(?:ing|ë)?", ASCII) == r"dia|x|\bmeet(?:ing)?"
    assert within_alphabet("жа|[жя]б", ASCII) is None
    # numbered groups would be renumbered: left as they are
    assert within_alphabet("(ж)|a", ASCII) == "(ж)|a"


def test_factoring_spreads_a_leading_group_and_files_branches_by_first_letter() -> None:
    assert factored("(?:postulación|candidatura) recibida") == (
        "postulación recibida|candidatura recibida"
    )
    # "x" cannot start where "a" does: the two "a" branches share one test across it
    assert factored("ab|x|ac") == "a(?:b|c)|x"
    # a class may start like anything: nothing moves past it
    assert factored("ab|[ax]|ac") == "ab|[ax]|ac"
    # nor past a group that such a branch joined ("\\b\\w+c" may start with "a")
    pattern = r"ab|\bc|\b\w+c|ay"
    assert re.search(factored(pattern), "ayc")[0] == re.search(pattern, "ayc")[0] == "ayc"


def test_every_cue_list_of_the_package_compiles_in_every_alphabet() -> None:
    lists = [item for item in gc.get_objects() if isinstance(item, CaseBlindCues)]
    assert len(lists) > 100
    for cues in lists:
        for text in ("plain ascii", "latin – café", "кириллица 面接"):
            cues.search(text)


_COUNT_WORDS = st.sampled_from(["two", "Zwei", "FORTY-FIVE", "trois", "Dreißig", "três", "hours"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_COUNT_WORDS, st.sampled_from([" ", "-", " quarters", "x"]))))
def test_spelled_counts_read_as_digits_as_the_case_blind_pattern_finds_them(
    words: list[str],
) -> None:
    text = "".join(words)
    blind = re.compile(_SPELLED_COUNT.pattern, re.IGNORECASE)
    expected = blind.sub(lambda word: str(_SPELLED_COUNTS[word[0].lower()]), text)
    assert _counts_in_digits(text) == expected
    assert _counts_in_digits("Plan for about Two hours") == "Plan for about 2 hours"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="ab é’'жの", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="ab é’'жのAB.", max_size=30),
)
def test_phrases_kept_to_the_text_alphabet_find_the_same(phrases: list[str], text: str) -> None:
    cues = PhraseCues(phrases)
    for sample in (
        text,
        text.replace("ж", "").replace("の", ""),
        text.encode().decode("ascii", "ignore"),
    ):
        lowered = "\n" + sample.lower()
        every = _PhrasePatterns(phrases).search(lowered)
        found = cues.search(sample)
        assert (found and found.span()) == (every and every.span()), (phrases, sample)


@settings(max_examples=400, deadline=None)
@given(st.lists(_BRANCHES, min_size=1, max_size=8), _TEXTS, st.integers(0, 8))
def test_every_match_holds_one_of_the_needed_words(
    branches: list[str], text: str, pos: int
) -> None:
    pattern = "|".join(branches)
    words = needed_words(pattern)
    for found in re.finditer(pattern, text[pos:]) if words is not None else ():
        assert any(word in found[0] for word in words), (pattern, words, found[0])


def test_needed_words_are_few_and_long() -> None:
    assert needed_words(r"\d+ ?min(?:ute)?s?\b") == {"min"}
    assert needed_words(r"(?:postulación|candidatura) recibida") == {" recibida"}
    assert needed_words(r"\bmy (?:son|daughter)|\bour kids?") == {"my ", "our kid"}
    # an optional group and a class are skipped: what follows them is needed
    assert needed_words(r"(?:new )?[čc]as|time") == {"as", "time"}
    assert needed_words(r"\w+|interview") is None
