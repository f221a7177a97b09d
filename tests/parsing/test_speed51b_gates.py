"""The cheap looks that spare a costly pattern its run over a whole text (speed51b): each
gated reading must find exactly what the ungated one does.

- the lengths: `durations(text)` is `_DURATION.finditer(text)`, by the counted lengths alone
  when the text holds no word of a worded one (`_WORDED_LENGTH_HINT`, built by
  `without_lookarounds`);
- the video links: `_MEETING_URL` runs only where a host it names is written;
- the CJK company forms: `_CJK_COMPANY` runs only on a head that holds one of its forms;
- the slash dates: `_AMBIGUOUS_NUMERIC` tests its look-behind after the first digit;
- the first lines of a text: `_lines(text, context, limit)` makes only those;
- the patterns led by a look-ahead of their first characters match as they did without.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import (
    when,
    when_choosers,
    when_clocks,
    when_common,
    when_dates,
    when_ends,
    when_lines,
)
from service.parsing.details import (
    _CJK_COMPANY,
    _CJK_FORM_WORDS,
    _MEETING_HOST,
    _MEETING_URL,
    find_meeting_url,
)
from service.parsing.lexicon import needed_words
from service.parsing.when_common import Context
from service.parsing.when_dates import _AMBIGUOUS_NUMERIC
from service.parsing.when_ends import (
    _COUNTED_DURATION,
    _DURATION,
    _WORDED_LENGTH,
    _WORDED_LENGTH_HINT,
    durations,
    without_lookarounds,
)
from service.parsing.when_lines import _lines
from tests.parsing.linearity import assert_linear, repeated, scans

# the pattern _AMBIGUOUS_NUMERIC was, its look-behind first
_AMBIGUOUS_NUMERIC_BEFORE = re.compile(r"(?<![\d.:/])(\d{1,2})/(\d{1,2})/(20\d\d)(?!\d)")

_LENGTH_PIECES = [
    "45",
    "1",
    "90",
    "1,5",
    " ",
    "-",
    "minutes",
    "min",
    "Minuten",
    "hours",
    "h",
    "Stunden",
    "mn",
    "'",
    "half an hour",
    "an hour",
    "une heure",
    "halbe Stunde",
    "three quarters of an hour",
    "ok. godziny",
    "około godziny",
    "blocked the hour",
    "כשעה",
    "30分",
    "1時間",
    "시간",
    "saat",
    "yarım saat",
    "de ",
    "in ",
    "Interview",
    "\n",
    "ore",
    "uur",
    "o",
    "ſ",
    "İ",
]


def _when_attr(name: str) -> re.Pattern[str]:
    """The pattern `name` from whichever of the `when` modules defines it."""
    home = next(
        m
        for m in (when, when_choosers, when_clocks, when_common, when_dates, when_ends, when_lines)
        if hasattr(m, name)
    )
    pattern: re.Pattern[str] = getattr(home, name)
    return pattern


def _signature(match: re.Match[str]) -> tuple[tuple[int, int], str, dict[str, str]]:
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    return match.span(), match.group(0), groups


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LENGTH_PIECES), max_size=30).map("".join))
def test_durations_match_the_whole_pattern(text: str) -> None:
    expected = [_signature(match) for match in _DURATION.finditer(text)]
    assert [_signature(match) for match in durations(text)] == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LENGTH_PIECES), max_size=30).map("".join))
def test_worded_length_hint_finds_every_worded_length(text: str) -> None:
    worded = re.compile(_WORDED_LENGTH, re.IGNORECASE)
    if worded.search(text) is not None:
        assert _WORDED_LENGTH_HINT.search(text) is not None


def test_durations_read_the_counted_lengths_alone_without_a_worded_one() -> None:
    text = "Das Gespräch dauert 45 Minuten, bitte 10 Min. vorher da sein (Raum 2.14)."
    assert _WORDED_LENGTH_HINT.search(text) is None
    assert [m.span() for m in durations(text)] == [m.span() for m in _DURATION.finditer(text)]
    assert [m.group(0) for m in durations(text)] == ["45 minute", "10 min"]  # lowered
    worded = "The call takes half an hour, then 15 minutes of questions."
    assert [m.group(0) for m in durations(worded)] == ["half an hour", "15 minutes"]
    assert next(durations(worded)).groupdict()["half"] == "half an hour"


def test_without_lookarounds_leaves_the_rest_as_written() -> None:
    assert without_lookarounds(r"(?<=ok\. )godziny|(?<![א-ת])כשעה(?![א-ת])") == "godziny|כשעה"
    assert without_lookarounds(r"(?<=: )שעה(?=\s?[.,]|\s*$)|a[)(](?!x)b") == r"שעה|a[)(]b"
    assert without_lookarounds(r"(?:a|b)\(c(?=d)\)[]x](?<!\]y)") == r"(?:a|b)\(c\)[]x]"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "https://",
                "http://",
                "HTTPS://",
                "us02web.",
                "zoom.us",
                "ZOOM.US",
                "meet.google.com",
                "meet.google.com/",
                "teams.microsoft.com/",
                "/j/123",
                "x",
                " ",
                "@",
                "/",
                ".",
                "webex.com",
                "meet.jit.si/",
                "around.co",
                "ſ",
                "join",
            ]
        ),
        max_size=14,
    ).map("".join)
)
def test_meeting_url_runs_wherever_it_could_match(text: str) -> None:
    if _MEETING_URL.search(text) is not None:
        assert _MEETING_HOST.search(text) is not None
    found = _MEETING_URL.search(text)
    expected = found.group(0) if found else None
    hosted = _MEETING_URL.search(text) if _MEETING_HOST.search(text) else None
    assert (hosted.group(0) if hosted else None) == expected
    find_meeting_url(text)  # runs through


def test_cjk_forms_are_the_patterns_needed_words() -> None:
    needed = needed_words(_CJK_COMPANY.pattern)
    assert needed is not None
    # each word the pattern needs holds one of the forms looked for
    assert all(any(form in word for form in _CJK_FORM_WORDS) for word in needed)


_CJK_PIECES = ["株式会社", "(株)", "（株）", "㈱", "有限公司", "主", "Acme", "삼성", "(주)"]
_CJK_PIECES += ["㈜", " ", "é", "テック"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_CJK_PIECES),
        max_size=10,
    ).map("".join)
)
def test_cjk_company_gate_keeps_every_match(text: str) -> None:
    if _CJK_COMPANY.search(text) is not None:
        assert any(form in text for form in _CJK_FORM_WORDS)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789/.:a -", max_size=40))
def test_ambiguous_numeric_matches_as_before(text: str) -> None:
    before = [(m.span(), m.groups()) for m in _AMBIGUOUS_NUMERIC_BEFORE.finditer(text)]
    assert [(m.span(), m.groups()) for m in _AMBIGUOUS_NUMERIC.finditer(text)] == before


def test_ambiguous_numeric_examples() -> None:
    assert [m.group(0) for m in _AMBIGUOUS_NUMERIC.finditer("am 6/7/2026 oder 12/10/2026")] == [
        "6/7/2026",
        "12/10/2026",
    ]
    assert _AMBIGUOUS_NUMERIC.search("v1.6/7/2026") is None
    assert _AMBIGUOUS_NUMERIC.search("123/7/2026") is None  # no day of three digits


def test_gates_and_rewritten_patterns_are_linear() -> None:
    assert_linear(scans(_COUNTED_DURATION), repeated("45 1 2 90 1,5 min h 시 "), label="counted")
    assert_linear(
        scans(_WORDED_LENGTH_HINT), repeated("half an hou une heur ok. godzin "), label="worded"
    )
    assert_linear(lambda text: list(durations(text)), repeated("45 min half an hour "), label="d")
    assert_linear(scans(_AMBIGUOUS_NUMERIC), repeated("12/12/201 1/1/ 3.4/5/2026 "), label="num")
    assert_linear(scans(_MEETING_HOST), repeated("zoom.u meet.google.co teams "), label="host")
    assert_linear(
        lambda text: find_meeting_url(text),
        repeated("https://x.zoom.u zoom.us meet.google.com "),
        label="meeting url",
    )


_LINE_PIECES = [
    "Hi Alex,",
    "",
    "> quoted line at 10:00",
    ">> deeper",
    "On Mon, 7 Dec 2026 at 09:00, Sam <sam@firm.example> wrote:",
    "-----Original Message-----",
    "From: Sam <sam@firm.example>",
    "Sent: Monday, 7 December 2026 09:00",
    "To: Alex",
    "Subject: Interview",
    "---------- Forwarded message ---------",
    "-- ",
    "--",
    "Sam Recruiter",
    "-----Original Appointment-----",
    "wrote:",
    "Thursday 10 December, 14:00 CET",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_LINE_PIECES), max_size=60),
    st.integers(min_value=0, max_value=70),
    st.booleans(),
    st.booleans(),
    st.integers(min_value=0, max_value=3),
)
def test_first_lines_are_the_first_of_all_lines(
    pieces: list[str], limit: int, is_forward: bool, is_reply: bool, blocks: int
) -> None:
    context = Context(
        reference=datetime(2026, 12, 7, 9, 0, tzinfo=UTC),
        dated=True,
        default_zone=UTC,
        default_zone_name="UTC",
        is_reply=is_reply,
        is_forward=is_forward,
        forward_blocks=blocks,
    )
    text = "\n".join(pieces)
    assert _lines(text, context, limit) == _lines(text, context)[:limit]


# The patterns given a look-ahead of their first characters, as they were before it
_LED_BEFORE = {
    "_ZONE_MARK_HINT": (r"GMT|UTC|\b[A-Z]{3,4}\b|시간|时间|時間|שעון|часом|время", 0),
    "_SHIFT_SENTENCE_END": (
        r"(?<!\d)(?<!\bkl)(?<!\bplkst)(?<!\b[dm])(?<!น)[.!?](?:\s|$)|[。?？।۔]",
        re.IGNORECASE,
    ),
    "_CLOCK_LENGTH": (r"(?<![\d:.])(?P<h>0?[0-3]):(?P<m>[0-5]\d)(?![\d:])(?:\s?h\b)?", 0),
    "_SLASH_DATE": (r"(?<![\d.:/])(\d{1,2})/(\d{1,2})/(?:20)?\d\d(?!\d)", 0),
    "_IANA_IN_TEXT": (
        r"\b((?:America|Europe|Asia|Africa|Australia|Pacific)/[A-Z][A-Za-z_]+)",
        0,
    ),
    "_US_ZONE_WORD": (r"\b(?:[PMCE][SD]?T|Pacific|Eastern|Central|Mountain)\b", 0),
    "_CLDR_EN_SHORT": (
        r"(?<![\d/.])(?:[1-9]|1[0-2])/(?:[1-9]|[12]\d|3[01])/\d\d,\s\d{1,2}:\d\d(?::\d\d)?"
        r"[ \u202f]?[AP]M\b",
        0,
    ),
}
_LED_PIECES = [
    "1",
    "12",
    "2026",
    "26",
    "/",
    ".",
    ":",
    " ",
    ", ",
    "PM",
    "AM",
    "PST",
    "CEST",
    "GMT",
    "UTC",
    "Pacific",
    "America/New_York",
    "Europe/Paris",
    "xAsia/Tokyo",
    "0:45",
    "h",
    "kl.",
    "d.",
    "!",
    "? ",
    "。",
    "시간",
    "время",
    "a",
    "\n",
]


@pytest.mark.parametrize("name", sorted(_LED_BEFORE))
@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_LED_PIECES), max_size=25).map("".join))
def test_look_ahead_led_patterns_match_as_before(name: str, text: str) -> None:
    source, flags = _LED_BEFORE[name]
    before = re.compile(source, flags)
    now = _when_attr(name)
    assert [(m.span(), m.groups()) for m in now.finditer(text)] == [
        (m.span(), m.groups()) for m in before.finditer(text)
    ]


@pytest.mark.parametrize("name", sorted(_LED_BEFORE))
def test_look_ahead_led_patterns_are_linear(name: str) -> None:
    assert_linear(scans(_when_attr(name)), repeated("1/12/26, 9:00 PM PST. 0:45 "), label=name)
