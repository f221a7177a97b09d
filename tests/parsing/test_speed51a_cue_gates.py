"""A cue list's precondition may skip a search only where the list finds nothing.

Each list's precondition (lexicon._precondition) is derived from its own pattern: words one of
which every match holds, taken rare where the pattern allows ("author" or "guest" rather than
" "). A list must tell a text the same with it as without it, whatever words the text holds;
and every cue of every list with one, written out, must be found by it. Lists are collected
from the package, so cues added to them are checked as they land.
"""

from __future__ import annotations

import gc
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import service.parsing.parser  # noqa: F401  (builds every cue list of the package)
from service.parsing.lexicon import (
    _ASCII_ONLY,
    CaseBlindCues,
    _CueCopy,
    _precondition,
    _top_level_branches,
    lower_as_regex,
    needed_words,
    within_alphabet,
)

_LISTS = sorted(
    (item for item in gc.get_objects() if isinstance(item, CaseBlindCues)),
    key=lambda cues: cues.pattern,
)


def _copies(cues: CaseBlindCues) -> list[_CueCopy]:
    found = [cues._full]
    for copy in (cues._ascii, cues._latin):
        if copy is not None and copy not in found:
            found.append(copy)
    return found


_FILTERED = [(cues, copy) for cues in _LISTS for copy in _copies(cues) if copy.needed is not None]


def test_most_cue_lists_have_a_precondition() -> None:
    assert len(_LISTS) > 100
    assert len({id(cues) for cues, _ in _FILTERED}) > len(_LISTS) * 3 // 4


# Noise between the words: letters, spaces and the signs cue lists spell
_NOISE = st.text(alphabet="abeinorst :'-\n", max_size=6)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_filtered_list_finds_what_the_unfiltered_one_finds(data: st.DataObject) -> None:
    cues, copy = data.draw(st.sampled_from(_FILTERED))
    assert copy.needed is not None
    # texts built from the list's own words (and pieces of them) and noise: the precondition
    # may only turn away a text the list finds nothing in
    words = list(copy.needed) + [word[1:] for word in copy.needed if len(word) > 3]
    parts = data.draw(st.lists(st.one_of(st.sampled_from(words), _NOISE), max_size=12))
    text = lower_as_regex("".join(parts))
    pos = data.draw(st.integers(0, max(len(text) - 1, 0)))
    for start in (0, pos):
        plain = copy.compiled.search(text, start)
        assert copy.may_be_in(text, start) or plain is None, (cues.pattern[:80], text, start)
    if cues._for(text) is copy:
        found, plain = cues.search_lowered(text), copy.compiled.search(text)
        assert (found and found.span()) == (plain and plain.span())


def _cue_strategies() -> list[tuple[str, st.SearchStrategy[str]]]:
    """One strategy per branch of every ASCII copy with a precondition: texts the branch's
    regex describes (hypothesis reads lookarounds loosely, so each is checked to match)."""
    found = []
    for cues in _LISTS:
        pattern = within_alphabet(cues._lowered, _ASCII_ONLY)
        if not pattern or _precondition(pattern) is None:
            continue
        for branch in _top_level_branches(pattern):
            try:
                found.append((pattern, st.from_regex(re.compile(branch), fullmatch=True)))
            except (re.error, NotImplementedError, ValueError):
                continue
    return found


_CUES = _cue_strategies()


def test_every_filtered_list_has_cues_to_write_out() -> None:
    assert len(_CUES) > 500


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_cue_of_a_filtered_list_is_found_by_its_precondition(data: st.DataObject) -> None:
    pattern, cue = data.draw(st.sampled_from(_CUES))
    try:
        written = data.draw(cue)
    except Exception:  # a branch hypothesis cannot write out
        return
    text = f"x {written} y"
    needed = _precondition(pattern)
    if needed is None or re.search(pattern, text) is None:
        return
    assert _CueCopy(re.compile(pattern), needed).may_be_in(text), (pattern[:120], text)


# Branches in the style of cue lists: words of three letters and more, short words, groups
_WORDS = st.sampled_from(["talk", "guest", "author", "meetup", "ab", "z", " ", ":", "the"])
_BRANCHES = st.lists(
    st.one_of(
        _WORDS.map(re.escape),
        st.lists(_WORDS.map(re.escape), min_size=1, max_size=3).map(
            lambda words: f"(?:{'|'.join(words)})"
        ),
        _WORDS.map(lambda word: f"(?:{re.escape(word)})?"),
        st.just(r"\w+"),
        st.just(" "),
    ),
    min_size=1,
    max_size=4,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_BRANCHES, min_size=1, max_size=5), st.lists(_WORDS, max_size=8))
def test_every_match_holds_one_of_the_rare_needed_words(
    branches: list[str], words: list[str]
) -> None:
    pattern = "|".join(branches)
    text = "".join(words)
    needed = needed_words(pattern, rare=True)
    for found in re.finditer(pattern, text) if needed is not None else ():
        assert any(word in found[0] for word in needed), (pattern, needed, found[0])


def test_the_precondition_asks_for_the_rarer_words() -> None:
    # " z" is too short to be missing from a text: "public " is asked for
    assert _precondition(r"\bpublic (?:talk|interview) z\b|\bmeetup") == ("meetup", "public ")
    # a group's words are its rarer ones too: "author" or "guest", not " "
    assert _precondition(r"\b(?:(?:the|a) (?:author|guest)|keynote) talk") == (" talk",)
    assert _precondition(r"\b(?:(?:the|a) (?:author|guest)|keynote)") == (
        "author",
        "guest",
        "keynote",
    )
    # a branch that needs nothing longer than two letters: the fewest words, as before
    assert _precondition(r"\bmy interview|\bat \d") == ("at ", "my interview")
    assert _precondition(r"\w+|interview") is None
