"""Cue lists whose word-boundary test moves behind each branch's first letter (letter_led)
must find what they found before: the same matches, at the same places, from any start.

Python's engine skips to the places a match may begin only when every branch opens with a
plain character; the rewrite gives it that, and nothing else may change.
"""

from __future__ import annotations

import gc
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import service.parsing.parser  # noqa: F401  (builds every cue list of the package)
from service.parsing.lexicon import CaseBlindCues, factored, letter_led

# Words of ASCII, accented Latin and Cyrillic letters, with signs a branch may open with
_WORDS = st.text(alphabet="abcéж -'_", min_size=1, max_size=4).map(re.escape)
_PAIRS = st.tuples(_WORDS, _WORDS, _WORDS)
_BRANCHES = st.one_of(
    _WORDS,
    _WORDS.map(lambda word: rf"\b{word}"),
    _WORDS.map(lambda word: rf"\b\b{word}"),
    _WORDS.map(lambda word: rf"(?<!\w)(?=\w){word}"),
    _PAIRS.map(lambda words: rf"\b(?:{words[0]}|{words[1]}){words[2]}"),
    _PAIRS.map(lambda words: rf"\b(?:{words[0]}|\b{words[1]})"),
    _PAIRS.map(lambda words: rf"(?<!\w)(?=\w)(?:{words[0]}|{words[1]}(?:{words[2]}|c))"),
    _PAIRS.map(lambda words: rf"\b(?:{words[0]}|{words[1]})?{words[2]}"),
    _PAIRS.map(lambda words: rf"\b(?:{words[0]}|{words[1]}){words[2] * 40}"),
    _WORDS.map(lambda word: rf"\b[aж]{word}"),
    _WORDS.map(lambda word: rf"\b(?<!c){word}"),
    _WORDS.map(lambda word: rf"\b(?P<name>{word})b"),
    st.just(r"\b\w+c"),
    st.just("a?b"),
)
_TEXTS = st.text(alphabet="abcéж -'_xAÉЖ\n", max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.lists(_BRANCHES, min_size=1, max_size=8), _TEXTS, st.integers(0, 8))
def test_a_letter_led_list_finds_the_same_matches(branches: list[str], text: str, pos: int) -> None:
    pattern = "|".join(branches)
    if pattern.count("(?P<name>") > 1:
        return  # one name per pattern
    for source in (pattern, factored(pattern)):
        plain, fast = re.compile(source), re.compile(letter_led(source))
        assert [(m.span(), m[0]) for m in fast.finditer(text)] == [
            (m.span(), m[0]) for m in plain.finditer(text)
        ], (source, letter_led(source))
        for start in (pos, pos + 1):
            found, quick = plain.search(text, start), fast.search(text, start)
            assert (found and found.span()) == (quick and quick.span()), (source, start)
            found, quick = plain.match(text, start), fast.match(text, start)
            assert (found and found.span()) == (quick and quick.span()), (source, start)


def test_the_boundary_moves_behind_each_first_letter() -> None:
    assert letter_led(r"\b(?:ab|cd)") == r"a(?<!\wa)b|c(?<!\wc)d"
    assert letter_led(r"(?<!\w)(?=\w)(?:i(?:n|s)|\bto)") == r"i(?<!\wi)(?:n|s)|t(?<!\wt)o"
    # before a sign the boundary asks for a word character before it ("it's", "I'd")
    assert letter_led(r"\b'd like") == r"'(?<=\w')d like"
    # a short rest is copied to each branch; the order of the branches is kept
    assert letter_led(r"\b(?:your|my) slot") == r"y(?<!\wy)our slot|m(?<!\wm)y slot"
    # a rest too long to copy: the group would stay whole, tried at every place; as written
    assert letter_led(r"\b(?:a|b)" + "c" * 700) == r"\b(?:a|b)" + "c" * 700
    # a branch that opens with a class, a repeated letter or an optional group: as written
    for pattern in (r"\b[ab]c|\bd", r"\ba?b|\bc", r"\b(?:a|b)?c", r"\b\w{0,20}gespräch"):
        assert letter_led(pattern) == pattern


def test_every_cue_list_of_the_package_matches_alike_when_letter_led() -> None:
    lists = [item for item in gc.get_objects() if isinstance(item, CaseBlindCues)]
    assert len(lists) > 100
    texts = [
        "we'd like to invite you to your interview on monday at 10:00 (cet) with the team",
        "unfortunately the meeting was cancelled; i'm out of office until 3 june. — anna",
        "ihr vorstellungsgespräch am dienstag, 14 uhr: bitte bestätigen sie den termin",
        "votre entretien est reporté au jeudi 9 avril à 14h30, salle b-12",
        "re: fwd: reschedule? the webinar 'how to ace your interview' starts at 18:00",
        "встреча в понедельник в 10:00 — 面接は月曜日です",
    ]
    changed = 0
    for cues in lists:
        plain = factored(cues._lowered)
        led = letter_led(plain, cues._flags)
        changed += led != plain
        before, after = re.compile(plain, cues._flags), re.compile(led, cues._flags)
        for text in texts:
            assert [m.span() for m in after.finditer(text)] == [
                m.span() for m in before.finditer(text)
            ], cues.pattern[:80]
    assert changed > len(lists) // 2  # most lists open each branch at a word boundary
