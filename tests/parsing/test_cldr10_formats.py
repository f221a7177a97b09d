"""Dates, times and ranges as CLDR software prints them, in the languages the parser reads.

A bounded sample of tests/bench/bench_cldr_formats.py: Babel renders a few 2026 instants in a
fixed set of locales and format kinds (dates full to short, the locale's date-time joiner, its
time interval and its date-time interval), each is put in a label/value block and in a
sentence, and the parsed wall-clock start and end must be the rendered ones. No network.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

pytest.importorskip("babel")


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "bench_cldr_formats.py"
    spec = importlib.util.spec_from_file_location("bench_cldr_formats", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_cldr_formats", module)
    spec.loader.exec_module(module)
    return module


bench = _bench()

# One locale per script and date habit, and the ones the fixes were for: Arabic direction
# marks and ص/م, Malay PG/PTG, Albanian p.d./m.d., Turkish ÖÖ before the time, Afrikaans vm.,
# Korean and Basque short year-first dates, Hebrew and Hindi abbreviations.
LOCALES = (
    "en_US", "en_GB", "de", "fr", "es_MX", "pt", "it", "nl", "pl", "cs", "ru", "uk", "bg",
    "el", "tr", "ar", "ar_IQ", "he", "hi", "ja", "ko", "zh", "ms", "sq", "af", "hr",
    "sr_Latn", "ro", "hu", "sk", "nb", "km",
)  # fmt: skip
KINDS = ("dt_full_short", "dt_medium_short", "dt_short_short", "iv_long", "iv_medium", "iv_dt")
BERLIN = ZoneInfo("Europe/Berlin")
SAMPLE_INSTANTS = (
    (datetime(2026, 1, 30, 9, 0, tzinfo=BERLIN), 45),
    (datetime(2026, 11, 2, 13, 0, tzinfo=ZoneInfo("America/New_York")), 60),
)


def _cases() -> list[tuple[str, object]]:
    cases = []
    original = bench.INSTANTS
    bench.INSTANTS = SAMPLE_INSTANTS
    try:
        for identifier in LOCALES:
            for rendering in bench.renderings(identifier):
                # "11/2/26" from an .example sender is November or February: no rule knows
                ambiguous = identifier == "en_US" and rendering.kind == "dt_short_short"
                if rendering.kind in KINDS and not ambiguous:
                    cases.append((identifier, rendering))
    finally:
        bench.INSTANTS = original
    return cases


CASES = _cases()


@pytest.mark.parametrize(
    ("identifier", "rendering"),
    CASES,
    ids=[
        f"{identifier}-{rendering.kind}-{rendering.start:%m%d}" for identifier, rendering in CASES
    ],
)
def test_cldr_rendering_is_read(identifier: str, rendering: object) -> None:
    # the block and the sentence take turns, so the sample stays a few hundred parses
    context = bench.CONTEXTS[CASES.index((identifier, rendering)) % 2]
    parsed = parse_message(bench._mail(rendering, context))
    assert bench._naive(parsed.start) == rendering.start, rendering.text  # type: ignore[attr-defined]
    if rendering.end is not None:  # type: ignore[attr-defined]
        assert bench._naive(parsed.end) == rendering.end, rendering.text  # type: ignore[attr-defined]


def _read(body: str, sent: str = "Mon, 05 Jan 2026 10:00:00 +0100") -> tuple[str, str]:
    raw = (
        f"From: Talent <jobs@hiring.example>\r\nTo: me@example.org\r\nDate: {sent}\r\n"
        "Subject: Interview\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    ).encode()
    parsed = parse_message(raw)
    start = parsed.start.isoformat()[:16] if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat()[:16] if isinstance(parsed.end, datetime) else ""
    return start, end


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        # day-period words after the time, dotted or not, in several scripts
        ("Isnin, 2 Mac 2026 3:30 PTG", "2026-03-02T15:30", ""),
        ("e hënë, 2 mars 2026, 8:15 – 9:00 p.d.", "2026-03-02T08:15", "2026-03-02T09:00"),
        ("Maandag 2 Maart 2026 8:15 nm.", "2026-03-02T20:15", ""),
        ("الاثنين، 2 مارس 2026، 4:00–4:30 م", "2026-03-02T16:00", "2026-03-02T16:30"),
        ("2 मार्च 2026, 4:00 अपराह्न", "2026-03-02T16:00", ""),
        # ... and before it
        ("2 Mart 2026 Pazartesi ÖS 4:00–4:30", "2026-03-02T16:00", "2026-03-02T16:30"),
        # a short Latin word counts only as CLDR prints it: "to" and "de" are words
        ("Monday 2 March 2026, 2:00 to 3:00", "2026-03-02T14:00", "2026-03-02T15:00"),
        # direction marks between the numbers of Arabic and Persian dates
        ("2\u200f/3\u200f/2026، 4:00 م", "2026-03-02T16:00", ""),
        # year-first short dates with a two-digit year
        ("26. 3. 2. 오후 4:00", "2026-03-02T16:00", ""),
        ("26/3/2 (16:00)", "2026-03-02T16:00", ""),
        ("2026. 3. 2. 오후 4:00", "2026-03-02T16:00", ""),
        # the date repeated after a range's dash is the end's date
        ("02.03.2026, 16:00:00 – 02.03.2026, 16:45:00", "2026-03-02T16:00", "2026-03-02T16:45"),
        ("2.3.2026 16.00.00–2.3.2026 16.45.00", "2026-03-02T16:00", "2026-03-02T16:45"),
        # Persian 'ساعت' and 'تا' around the times, Hebrew and Hindi abbreviations
        ("2 مارس 2026، ساعت 16:00 تا 16:45", "2026-03-02T16:00", "2026-03-02T16:45"),
        ("2 במרץ 2026, 16:00–16:45", "2026-03-02T16:00", "2026-03-02T16:45"),
        ("30 בינו׳ 2026, 9:00–9:45", "2026-01-30T09:00", "2026-01-30T09:45"),
        ("30 जन॰ 2026, 9:00–9:45 am", "2026-01-30T09:00", "2026-01-30T09:45"),
    ],
)
def test_cldr_pieces(when: str, start: str, end: str) -> None:
    assert _read(f"Interview\r\n\r\nWhen: {when}") == (start, end)


def test_section_numbers_are_no_dates() -> None:
    """A one-digit last number makes a date only after a four-digit year."""
    assert _read("Interview\r\n\r\nSee section 1.2.3 of the guide. When: 2 March 2026, 16:00")[
        0
    ] == ("2026-03-02T16:00")
