"""speed53: calendar words read once per key, and one chooser for a branch's needed words.

_locale_words() read every language's locale from dateparser each time it was asked, and a
mail in a language not met before asks for nineteen keys (own_month_names,
own_weekday_names): it is cached now, and frozen so that no caller can change what the next
one reads. _fewest_words() with the key _fewer or _rarer replaces _fewer_words() and
_rarer_words(), which differed only in their key: the same set wins as before.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from service.parsing.lexicon import (
    MONTH_KEYS,
    WEEKDAY_KEYS,
    _fewer,
    _fewest_words,
    _locale_words,
    _rarer,
    _short_word,
    own_month_names,
)


def test_locale_words_are_read_once_and_cannot_be_changed() -> None:
    for key in (*MONTH_KEYS, *WEEKDAY_KEYS, "am", "pm"):
        words = _locale_words(key)
        assert _locale_words(key) is words
        assert words == _locale_words.__wrapped__(key)
        assert all(isinstance(forms, frozenset) for forms in words.values())
    assert "stycznia" in _locale_words("january")["pl"]


def test_a_language_met_late_reads_its_own_month_names() -> None:
    # "listopada" is November in Polish, October in Croatian: per language, as before
    assert own_month_names("pl")["listopada"] == 11
    assert own_month_names("hr")["listopada"] == 10


def _old_fewer_words(
    best: frozenset[str] | None, found: frozenset[str] | None
) -> frozenset[str] | None:
    if found is None:
        return best
    if best is None:
        return found
    return min(best, found, key=lambda words: (len(words), -min(map(len, words))))


def _old_rarer_words(
    best: frozenset[str] | None, found: frozenset[str] | None
) -> frozenset[str] | None:
    if found is None:
        return best
    if best is None:
        return found
    return min(
        best,
        found,
        key=lambda words: (any(map(_short_word, words)), len(words), -min(map(len, words))),
    )


_WORD_SETS = st.none() | st.frozensets(
    st.sampled_from([" ", ":", "al", "z", "the", "talk", "guest", "author", " min", "x "]),
    min_size=1,
    max_size=4,
)


@given(st.lists(_WORD_SETS, max_size=6))
def test_fewest_words_chooses_as_the_two_functions_it_replaces(
    clauses: list[frozenset[str] | None],
) -> None:
    fewer: frozenset[str] | None = None
    rarer: frozenset[str] | None = None
    old_fewer: frozenset[str] | None = None
    old_rarer: frozenset[str] | None = None
    for words in clauses:
        fewer, old_fewer = _fewest_words(fewer, words, _fewer), _old_fewer_words(old_fewer, words)
        rarer, old_rarer = _fewest_words(rarer, words, _rarer), _old_rarer_words(old_rarer, words)
        assert fewer is old_fewer
        assert rarer is old_rarer
