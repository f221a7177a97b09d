"""Measure how well the parser reads the dates, times and ranges CLDR software prints.

Run: .venv/bin/python tests/bench/bench_cldr_formats.py [--json OUT] [--locales de,ja] [-v]

Babel renders, for every CLDR locale whose language the parser reads (lexicon.LANGUAGES),
a spread of 2026 instants (both European and US DST changes, midnight and noon, the last
days of a month, a half-hour zone) in the locale's own date, time, date-time and interval
formats. Locales whose renderings are identical to an earlier one are measured once. Each
rendering is put in a neutral label/value block and in a one-line sentence with an
interview cue, parsed, and the wall-clock start (and end, for ranges) compared with the
rendered instant. Printed: per format kind, and the worst locales.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as dt_time
from email.utils import format_datetime as mail_date
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_interval, format_time
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service.parsing import parse_message  # noqa: E402
from service.parsing.lexicon import LANGUAGES  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")

# (start, minutes): wall clock in the zone the instant is rendered in
INSTANTS: tuple[tuple[datetime, int], ...] = (
    (datetime(2026, 1, 30, 9, 0, tzinfo=BERLIN), 45),  # a Friday near a month's end
    (datetime(2026, 2, 28, 12, 0, tzinfo=BERLIN), 30),  # noon, last day of February
    (datetime(2026, 3, 9, 10, 30, tzinfo=NEW_YORK), 45),  # the day after the US change
    (datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN), 30),  # just after the EU spring change
    (datetime(2026, 6, 1, 0, 0, tzinfo=BERLIN), 30),  # midnight
    (datetime(2026, 7, 31, 23, 15, tzinfo=KOLKATA), 30),  # late, half-hour zone, month end
    (datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN), 45),  # the repeated hour in autumn
    (datetime(2026, 11, 2, 13, 0, tzinfo=NEW_YORK), 60),  # the day after the US change
    (datetime(2026, 12, 31, 16, 45, tzinfo=KOLKATA), 45),  # the year's last day
)

DATE_WIDTHS = ("full", "long", "medium", "short")
INTERVAL_KINDS = ("iv_full", "iv_long", "iv_medium", "iv_short", "iv_dt", "iv_dt_weekday")
CONTEXTS = ("block", "sentence")


@dataclass(frozen=True)
class Rendering:
    kind: str
    text: str
    start: datetime
    end: datetime | None


def _supported_locales() -> list[str]:
    """Every CLDR locale whose language (and script, for Serbian) the parser reads."""
    wanted = {code.replace("-", "_") for code in LANGUAGES}
    chosen = []
    for identifier in sorted(locale_identifiers()):
        locale = Locale.parse(identifier)
        language = locale.language
        if language == "sr":
            language = f"sr_{locale.script or 'Cyrl'}"
        elif language in {"no", "nn"}:
            language = "nb"
        elif language == "tl":
            language = "fil"
        # another script than the language's own (Deseret English, Arabic-script Malay)
        # is not what the parser's names are in; Serbian is read in both, Chinese in both forms
        foreign_script = locale.script and locale.language != "sr" and locale.script != "Hant"
        if language in wanted and not locale.variant and not foreign_script:
            chosen.append(identifier)
    return chosen


def _time_skeleton(locale: Locale) -> str:
    """The interval skeleton the locale's own short time uses: 12- or 24-hour."""
    pattern = locale.time_formats["short"].pattern
    return "hm" if "h" in pattern or "K" in pattern else "Hm"


def _interval(
    start: datetime | dt_time, end: datetime | dt_time, skeleton: str, locale: Locale
) -> str:
    """Babel's interval; where its pattern has a field Babel cannot compare ('B', the
    flexible day period), the locale's fallback pattern joins two short times."""
    try:
        return format_interval(start, end, skeleton, locale=locale)
    except NotImplementedError:
        fallback = str(locale.interval_formats[None])
        pair = [format_time(value, "short", locale=locale) for value in (start, end)]
        if isinstance(start, datetime) and isinstance(end, datetime):
            pair = [
                f"{format_date(v, 'medium', locale=locale)} {p}"
                for v, p in zip((start, end), pair, strict=True)
            ]
        return fallback.replace("{0}", pair[0]).replace("{1}", pair[1])


def _joined(locale: Locale, width: str, date_text: str, time_text: str) -> str:
    pattern = str(locale.datetime_formats[width])
    return pattern.replace("{1}", date_text).replace("{0}", time_text)


def renderings(identifier: str) -> Iterator[Rendering]:
    """Every format kind for every instant, in one locale."""
    locale = Locale.parse(identifier)
    skeleton = _time_skeleton(locale)
    for start, minutes in INSTANTS:
        end = start + timedelta(minutes=minutes)
        naive_start, naive_end = start.replace(tzinfo=None), end.replace(tzinfo=None)
        for width in DATE_WIDTHS:
            day = format_date(start, width, locale=locale)
            for time_width in ("short", "medium"):
                clock = format_time(start, time_width, tzinfo=start.tzinfo, locale=locale)
                text = _joined(locale, width, day, clock)
                yield Rendering(f"dt_{width}_{time_width}", text, naive_start, None)
            span = _interval(naive_start.time(), naive_end.time(), skeleton, locale)
            yield Rendering(
                f"iv_{width}", _joined(locale, width, day, span), naive_start, naive_end
            )
        for kind, date_skeleton in (("iv_dt", "yMMMd"), ("iv_dt_weekday", "yMMMEd")):
            text = _interval(naive_start, naive_end, date_skeleton + skeleton, locale)
            yield Rendering(kind, text, naive_start, naive_end)


def _mail(rendering: Rendering, context: str) -> bytes:
    sent = datetime.combine(rendering.start.date() - timedelta(days=12), datetime.min.time())
    sent = sent.replace(hour=9, tzinfo=ZoneInfo("UTC"))
    if context == "block":
        body = f"Interview\n\nWhen: {rendering.text}\nWhere: Video call\n"
    else:
        body = (
            f"Hello,\n\nYour interview is scheduled for {rendering.text}.\n\nBest regards\nDana\n"
        )
    head = (
        "From: Recruiting <jobs@hiring.example>\r\nTo: me@example.org\r\n"
        f"Date: {mail_date(sent)}\r\nSubject: Interview\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return (head + body.replace("\n", "\r\n")).encode()


def _naive(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return None


def measure(locales: list[str], verbose: bool = False) -> dict[str, dict[str, list[int]]]:
    """locale -> kind -> [cases, starts right, ends right]; identical locales measured once."""
    results: dict[str, dict[str, list[int]]] = {}
    seen: dict[tuple[str, ...], str] = {}
    for identifier in locales:
        rendered = list(renderings(identifier))
        key = tuple(r.text for r in rendered)
        if key in seen:
            continue
        seen[key] = identifier
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for rendering in rendered:
            for context in CONTEXTS:
                parsed = parse_message(_mail(rendering, context))
                row = table[rendering.kind]
                row[0] += 1
                start_ok = _naive(parsed.start) == rendering.start
                end_ok = rendering.end is None or _naive(parsed.end) == rendering.end
                row[1] += start_ok
                row[2] += start_ok and end_ok
                if verbose and not (start_ok and end_ok):
                    print(
                        f"  {identifier:10s} {rendering.kind:14s} {context:8s} "
                        f"{rendering.text!r} -> {parsed.start} – {parsed.end}"
                    )
        results[identifier] = dict(table)
    return results


def _pct(right: int, cases: int) -> str:
    return f"{100 * right / cases:5.1f}%" if cases else "   - "


def report(results: dict[str, dict[str, list[int]]], worst: int = 10) -> None:
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for table in results.values():
        for kind, (cases, starts, both) in table.items():
            kinds[kind][0] += cases
            kinds[kind][1] += starts
            kinds[kind][2] += both
    print(f"{len(results)} distinct locales")
    print(f"{'kind':16s} {'cases':>6s} {'start':>7s} {'start+end':>9s}")
    total = [0, 0, 0]
    for kind in sorted(kinds):
        cases, starts, both = kinds[kind]
        total = [total[0] + cases, total[1] + starts, total[2] + both]
        print(f"{kind:16s} {cases:6d} {_pct(starts, cases)} {_pct(both, cases):>9s}")
    print(f"{'all':16s} {total[0]:6d} {_pct(total[1], total[0])} {_pct(total[2], total[0]):>9s}")
    scored = []
    for identifier, table in results.items():
        cases = sum(row[0] for row in table.values())
        both = sum(row[2] for row in table.values())
        scored.append((both / cases, identifier, cases, both))
    scored.sort()
    print(f"worst {worst} locales (start and end right):")
    for share, identifier, cases, both in scored[:worst]:
        print(f"  {identifier:12s} {both:4d}/{cases:4d} {100 * share:5.1f}%")


def main() -> None:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write locale x kind counts here")
    parser.add_argument("--locales", help="comma-separated CLDR identifiers (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    parser.add_argument("--worst", type=int, default=10)
    args = parser.parse_args()
    locales = args.locales.split(",") if args.locales else _supported_locales()
    began = time.perf_counter()
    results = measure(locales, args.verbose)
    report(results, args.worst)
    print(f"{time.perf_counter() - began:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
