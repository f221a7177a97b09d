"""Cheaper readings that must find exactly what the old ones did (speed52).

- a cue list picks its copy and tests its precondition in one call (`_runs_on`): the same
  verdict and the same compiled copy as `_for` and `may_be_in`;
- `_INTERVIEW_OF_APPLICANT` runs only on a text that holds an applicant word
  (`_APPLICANT_WORD`), which every one of its matches ends with;
- `_NOON` and `_DIAL_IN` open with a look-ahead of their words' first letters: the same
  matches as the patterns as they were;
- `lower_as_regex` looks for the letters it translates with one pattern: it translates
  exactly the texts it did.
"""

from __future__ import annotations

import gc
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import service.parsing.parser  # noqa: F401  (builds every cue list of the package)
from service.parsing import details, lookalikes, when_common
from service.parsing.lexicon import (
    _SAME_LETTER,
    CaseBlindCues,
    _top_level_branches,
    lower_as_regex,
)
from tests.parsing.linearity import assert_linear, repeated, scans

_LISTS = sorted(
    (item for item in gc.get_objects() if isinstance(item, CaseBlindCues)),
    key=lambda cues: cues.pattern,
)

# pieces of text in the scripts the lists' copies are cut by, and words cue lists hold
_PIECES = [
    "interview",
    "Interview",
    "invitation",
    "rescheduled",
    "cancelled",
    "gespräch",
    "entretien",
    "собеседование",
    "面接",
    "’",
    "é",
    "İ",
    "ſ",
    " ",
    ":",
    "\n",
    "-- ",
    "time",
    "tomorrow",
    "your",
    "10:00",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_one_call_picks_the_copy_and_the_verdict_of_the_two(data: st.DataObject) -> None:
    cues = data.draw(st.sampled_from(_LISTS))
    words = [piece for copy in (cues._ascii, cues._full) if copy for piece in copy.needed or ()]
    parts = data.draw(st.lists(st.sampled_from(_PIECES + words[:40]), max_size=12))
    lowered = lower_as_regex("".join(parts))
    copy = cues._for(lowered)
    expected = None if copy is None or not copy.may_be_in(lowered) else copy.compiled
    assert cues._runs_on(lowered) is expected
    found, plain = cues.search_lowered(lowered), expected and expected.search(lowered)
    assert (found and found.span()) == (plain and plain.span())
    assert [m.span() for m in cues.finditer(lowered)] == [
        m.span() for m in (expected.finditer(lowered) if expected else ())
    ]


# --- the applicant word before _INTERVIEW_OF_APPLICANT

_APPLICANT_PIECES = [
    "il colloquio di ",
    "l'entretien de ",
    "Vorstellungsgespräch mit Frau ",
    "rozmowę rekrutacyjną z panią ",
    "het tweede gesprek met ",
    "Intervju med ",
    "Pohovor s ",
    "interview with ",
    "Marco ",
    "Ferri",
    "Katarzyną Wójcik",
    "Brandt",
    ", ",
    " (",
    ",",
    "candidato",
    "Bewerberin",
    "KANDIDAT",
    "kandydatka",
    "sollicitant",
    "uchazečem",
    "Uchazečkou",
    "sökande",
    "Applicant",
    "postulante",
    "кандидат",
    "Соискатель",
    "ſ",
    "\u212a",  # the Kelvin sign, which a case-blind "k" matches
    " ",
    "\n",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_APPLICANT_PIECES), max_size=14).map("".join))
def test_every_interview_of_an_applicant_holds_an_applicant_word(text: str) -> None:
    if lookalikes._INTERVIEW_OF_APPLICANT.search(text):
        assert lookalikes._APPLICANT_WORD.search(text), text
    assert bool(lookalikes._APPLICANT_WORD.search(text)) == bool(
        re.search(rf"(?i:{lookalikes._APPLICANT})", text)
    )


def test_the_look_ahead_holds_every_applicant_word_s_first_letter() -> None:
    body = lookalikes._APPLICANT.removeprefix("(?:").removesuffix(")")
    firsts = {branch[0] for branch in _top_level_branches(body)}
    assert firsts <= set("cbkasupкс"), firsts


@pytest.mark.parametrize(
    "text",
    [
        "il colloquio di Marco Ferri, candidato per il ruolo di Product Owner",
        "beim Vorstellungsgespräch mit Frau Brandt (Bewerberin für die Stelle)",
        "rozmowę rekrutacyjną z panią Katarzyną Wójcik (kandydatka na stanowisko)",
        "het tweede gesprek met Sanne Visser (sollicitant)",
        "Intervju med Elin Berg, sökande",
    ],
)
def test_the_gate_lets_the_documented_sentences_through(text: str) -> None:
    assert lookalikes._INTERVIEW_OF_APPLICANT.search(text)
    assert lookalikes._APPLICANT_WORD.search(text)


# --- look-ahead led patterns

_LED_BEFORE = {
    (when_common, "_NOON"): (
        r"\b(?<!-)(?:noon|midday|mittag|midi|mediodía|mezzogiorno|podne|подне|opoldne|пладне"
        r"|vidurdienį|meio-dia|meio dia|(?<=w )południe|keskipäivällä|keskipäivään|keskpäeval"
        r"|délben|опівдні|полдень|poledne|poludnie|öğlen)\b|正午|정오(?!표)",
        re.IGNORECASE,
    ),
    (details, "_DIAL_IN"): (
        r"(?:dial[- ]?in|phone|call|tel|telephone|join by phone)[^\n\d+]{0,30}"
        r"(\+?\d[\d ().-]{7,20}\d)(?:[^\n\d]{0,30}(?:pin|passcode|meeting id|conference id|code)"
        r"[^\n\d]{0,5}([\d #]{3,20}))?",
        re.IGNORECASE,
    ),
}
_LED_PIECES = [
    "noon",
    "NOON",
    "Midday",
    "mittag",
    "MIDI",
    "mediodía",
    "Mezzogiorno",
    "podne",
    "ПОДНЕ",
    "Opoldne",
    "пладне",
    "vidurdienį",
    "meio-dia",
    "meio dia",
    "w południe",
    "Keskipäivällä",
    "keskpäeval",
    "DÉLBEN",
    "Опівдні",
    "полдень",
    "poledne",
    "poludnie",
    "Öğlen",
    "正午",
    "정오",
    "정오표",
    "Dial-in",
    "dialin",
    "PHONE",
    "Call",
    "tel",
    "Telephone",
    "join by phone",
    "PIN",
    "passcode",
    "Meeting ID",
    "code",
    ": ",
    "+1 (555) 123-4567",
    "12345678",
    "4321 #",
    "-",
    " ",
    "\n",
    "\u212a",
    "ſ",
    "x",
]


@pytest.mark.parametrize(("module", "name"), sorted(_LED_BEFORE, key=lambda key: key[1]))
@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(_LED_PIECES), max_size=20).map("".join))
def test_look_ahead_led_patterns_match_as_before(module: object, name: str, text: str) -> None:
    source, flags = _LED_BEFORE[(module, name)]
    before = re.compile(source, flags)
    now = getattr(module, name)
    assert [(m.span(), m.groups()) for m in now.finditer(text)] == [
        (m.span(), m.groups()) for m in before.finditer(text)
    ]


def test_new_and_changed_patterns_are_linear() -> None:
    assert_linear(scans(when_common._NOON), repeated("noo mid w poludni 正 -noon "), label="noon")
    assert_linear(
        scans(details._DIAL_IN), repeated("phone: +1 555 12 call tel pin 12 "), label="dial"
    )
    assert_linear(
        scans(lookalikes._APPLICANT_WORD), repeated("candida kandyda sök bewerbe "), label="app"
    )


# --- lowering for the cue lists

_SAME_LETTER_TEXT = st.text(
    alphabet=st.sampled_from([*map(chr, _SAME_LETTER), "a", "İ", "I", "é", "Σ", "ς", " ", "\n"]),
    max_size=20,
)


@settings(max_examples=400, deadline=None)
@given(_SAME_LETTER_TEXT)
def test_lowering_translates_whenever_a_letter_asks_for_it(text: str) -> None:
    expected = text.replace("İ", "i").lower().translate(_SAME_LETTER)
    assert lower_as_regex.__wrapped__(text) == expected


def test_lowering_pattern_is_linear() -> None:
    assert_linear(lambda text: lower_as_regex.__wrapped__(text), repeated("é a ſ "), label="low")
