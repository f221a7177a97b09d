"""The parser reads interview times the way recruiters write them, in many languages.

One cell per language × date/time format; inside it one mail per zone style (IANA name,
abbreviation, GMT/UTC offsets, Outlook and Google zone labels, US generic names, half-hour
zones, southern-hemisphere DST, and no zone at all). Dates come from a seeded generator
that covers ordinary weeks and the weeks right after the 2026 DST changes in Europe, the
US, Australia and Chile; every expected instant is computed with zoneinfo. A cell lists
every failing mail, so one run shows the whole picture. See matrix_kit.py for the mails.

With 33 languages a cell checks three or four of the ten zone styles: "iana" and "none"
always (the confidence check compares them), and one or two of the eight between (one and a
half on average), rotating with the language and the format, so every language meets every
style in some of its formats and every format meets every style in some languages (a format
only one or two languages write is checked whole); that keeps the run near what 11 languages
× 10 styles cost (about 1600 parses).
AFTERVIEW_MATRIX_FULL=1 checks all ten in every cell (three times as long), for work on the
parser's zone reading.
"""

from __future__ import annotations

import os
import random
from datetime import date, datetime, time, timedelta
from functools import cache

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from service.parsing.parser import UNLIKE_INVITATIONS_NOTE
from tests.parsing import matrix_kit as kit

MIN_STATED_CONFIDENCE = 0.5
INVITATION_KINDS = frozenset({"invitation"})


def screened(result: ParsedMessage) -> bool:
    """Whether the screen sent the reading to review: by design it does so for about 2 % of
    invitations from senders it has not met (tests/bench/train_screen.py), whatever their
    format; test_the_screen_sends_few_matrix_mails_to_review holds that share here."""
    return UNLIKE_INVITATIONS_NOTE in result.warnings


def _problems(case: kit.Case, result: ParsedMessage, stated_confidence: float | None) -> list[str]:
    """Everything wrong with the parser's reading of one mail, in words."""
    problems: list[str] = []
    if result.kind not in INVITATION_KINDS:
        problems.append(f"kind {result.kind!r}")
    start = result.start
    if not isinstance(start, datetime) or start.tzinfo is None:
        problems.append(f"start {start!r} is not an aware datetime")
        return problems
    if case.stated:
        if start != case.start:
            problems.append(f"start {start.isoformat()} ≠ {case.start.isoformat()}")
        if case.end is not None and result.end != case.end:
            got = result.end.isoformat() if result.end is not None else None
            problems.append(f"end {got} ≠ {case.end.isoformat()}")
        if result.confidence < MIN_STATED_CONFIDENCE and not screened(result):
            problems.append(f"confidence {result.confidence:.2f} < {MIN_STATED_CONFIDENCE}")
        return problems
    # No zone in the mail: the wall time must be right, in the sender's zone (from the
    # country) or at least the Date header's offset, and the guess must be flagged.
    if start.replace(tzinfo=None) != case.start.replace(tzinfo=None):
        problems.append(f"wall time {start.isoformat()} ≠ {case.start.replace(tzinfo=None)}")
    allowed = {case.start.utcoffset(), case.sent.utcoffset()}
    if start.utcoffset() not in allowed:
        problems.append(f"offset {start.utcoffset()} is neither the sender's zone nor Date's")
    if case.end is not None:
        end = result.end
        if not isinstance(end, datetime) or end.replace(tzinfo=None) != case.end.replace(
            tzinfo=None
        ):
            problems.append(f"end wall time {end!r} ≠ {case.end.replace(tzinfo=None)}")
    if not result.warnings:
        problems.append("no warning that the zone was assumed")
    if stated_confidence is not None and result.confidence >= stated_confidence:
        problems.append(
            f"confidence {result.confidence:.2f} not below the stated-zone mail's "
            f"{stated_confidence:.2f}"
        )
    return problems


FULL_MATRIX = os.environ.get("AFTERVIEW_MATRIX_FULL") == "1"


def styles_for(lang: str, fmt: str, full: bool = FULL_MATRIX) -> tuple[str, ...]:
    """The zone styles this cell checks: all, or "iana", "none" and one or two of the eight
    between, picked so that the cells of a language, and those of a format, meet them all."""
    writers = [code for code in kit.LANGS if code in kit.FORMAT_LANGUAGES.get(fmt, (code,))]
    if full or len(writers) <= 2:
        return kit.ZONE_STYLES  # a format one or two languages write is checked whole
    first, *middle, last = kit.ZONE_STYLES
    # the language's own formats in order: eight in a row meet all eight styles between
    own = [f for f in kit.FORMATS if lang in kit.FORMAT_LANGUAGES.get(f, (lang,))]
    phase = 3 * writers.index(lang) + own.index(fmt)
    steps = (0, 4) if phase % 2 == 0 else (0,)
    return (first, *(middle[(phase + step) % len(middle)] for step in steps), last)


def check_cell(lang: str, fmt: str, full: bool = FULL_MATRIX) -> list[str]:
    """Parse this cell's mail for its zone styles; one line per failing mail."""
    return _cell(lang, fmt, full)[0]


@cache
def _cell(lang: str, fmt: str, full: bool) -> tuple[list[str], int, int]:
    """The cell's failing mails, how many of its mails the screen sent to review, of how many."""
    failures: list[str] = []
    stated_confidence: float | None = None
    sent_to_review = 0
    styles = styles_for(lang, fmt, full)
    for style in styles:  # "iana" first, "none" last: see confidence
        case = kit.case_for(lang, fmt, style)
        result = parse_message(case.raw)
        sent_to_review += screened(result)
        if style == "iana":
            stated_confidence = None if screened(result) else result.confidence
        compared = stated_confidence if style == "none" and not screened(result) else None
        problems = _problems(case, result, compared)
        if problems:
            failures.append(f"{case.describe()}\n      → " + "; ".join(problems))
    return failures, sent_to_review, len(styles)


@pytest.mark.parametrize(
    ("lang", "fmt"), kit.cells(), ids=[f"{lang}-{fmt}" for lang, fmt in kit.cells()]
)
def test_cell_reads_every_zone_style(lang: str, fmt: str) -> None:
    failures = check_cell(lang, fmt)
    checked = len(styles_for(lang, fmt))
    assert not failures, f"{len(failures)} of {checked} mails misread:\n" + "\n".join(
        f"  {line}" for line in failures
    )


def test_the_screen_sends_few_matrix_mails_to_review() -> None:
    """The screen may send an invitation to review, never many: its threshold is set so that
    2 % of unseen senders' invitations fall below it; the matrix's plain letters should fare
    better than that."""
    counts = [_cell(lang, fmt, FULL_MATRIX)[1:] for lang, fmt in kit.cells()]
    sent, total = sum(sent for sent, _ in counts), sum(total for _, total in counts)
    assert sent <= 0.01 * total, f"{sent} of {total} matrix invitations sent to review"


def test_matrix_covers_what_mail_really_says() -> None:
    """The matrix itself: at least 20 languages, the 15+ formats, all 10 zone styles."""
    cells = kit.cells()
    assert len({lang for lang, _ in cells}) >= 20
    assert len({fmt for _, fmt in cells}) >= 15
    assert len(kit.ZONE_STYLES) == 10
    # the sampled cells still meet every style in every language and every format
    for lang in kit.LANGS:
        assert {s for lg, fmt in cells if lg == lang for s in styles_for(lang, fmt, False)} == set(
            kit.ZONE_STYLES
        )
    for fmt in kit.FORMATS:
        langs = [lang for lang, f in cells if f == fmt]
        if langs:
            assert {s for lang in langs for s in styles_for(lang, fmt, False)} == set(
                kit.ZONE_STYLES
            )
    # the mails the cells check (built once, shared with them)
    cases = [
        kit.case_for(lang, fmt, style) for lang, fmt in cells for style in styles_for(lang, fmt)
    ]
    weeks = {case.start.date() - timedelta(days=case.start.weekday()) for case in cases}
    assert set(kit.DST_WEEKS) <= weeks
    assert any(case.sent.utcoffset() != case.start.utcoffset() for case in cases if not case.stated)
    # every mail is different bytes: no cell silently renders the same thing twice
    assert len({case.raw for case in cases}) == len(cases)


STATED_STYLES = tuple(style for style in kit.ZONE_STYLES if style != "none")
ZONED_CELLS = [
    (lang, fmt, style, index)
    for lang, fmt in kit.cells()
    for style in STATED_STYLES
    for index in range(len(kit.zone_choices(lang, style)))
]


# No shrinking: the assertion already describes the whole mail, and shrinking a parser that
# misreads many cells costs more time than the matrix itself.
@settings(
    max_examples=150,
    deadline=None,
    report_multiple_bugs=False,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(
    cell=st.sampled_from(ZONED_CELLS),
    day=st.dates(min_value=date(2026, 1, 5), max_value=date(2026, 12, 18)),
    hour=st.integers(min_value=8, max_value=17),
    minute=st.sampled_from((0, 15, 30, 45)),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_any_instant_in_any_zone_and_format_reads_back(
    cell: tuple[str, str, str, int], day: date, hour: int, minute: int, seed: int
) -> None:
    """parse(render(instant)) == instant for every supported zone and format."""
    lang, fmt, style, index = cell
    zone = kit.zone_choices(lang, style)[index]
    case = kit.build(lang, fmt, zone, day, time(hour, minute), random.Random(seed))
    result = parse_message(case.raw)
    where = f"{case.describe()} (zone choice {index}, seed {seed})"
    assert result.start == case.start, where
    if case.end is not None:
        assert result.end == case.end, where
