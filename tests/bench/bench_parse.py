"""Measure the invitation parser against labelled mail: accuracy per field, and speed.

Run: .venv/bin/python tests/bench/bench_parse.py
Corpus: ../shared/corpus (or $AFTERVIEW_CORPUS) when present, plus tests/parsing/fixtures.
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import sys
import time
import warnings
from collections import defaultdict
from datetime import date, datetime
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import icalendar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service.parsing import ParseError, parse_message  # noqa: E402

FIXTURES = ROOT / "tests" / "parsing" / "fixtures"
CALENDAR_TYPES = {"text/calendar", "application/ics"}
INVITATION_KINDS = {"invitation", "cancellation", "reschedule", "reply"}
TIMED_REPEATS = 15
COMPARED_KEYS = (
    "kind",
    "start",
    "end",
    "all_day",
    "timezone",
    "uid",
    "sequence",
    "method",
    "company",
    "role",
    "meeting_url",
    "organizer_email",
    "original_sender",
    "original_message_id",
)
ZONE_LINKS = {"Europe/Kyiv": "Europe/Kiev", "Asia/Calcutta": "Asia/Kolkata"}


def corpus_dirs() -> list[Path]:
    """Return the labelled folders to measure, the shared corpus first when present."""
    override = os.environ.get("AFTERVIEW_CORPUS")
    shared = Path(override) if override else ROOT.parent / "shared" / "corpus"
    folders = []
    if (shared / "files").is_dir():
        folders.append(shared / "files")
    elif shared.is_dir():
        folders.append(shared)
    folders.append(FIXTURES)
    return folders


def labelled_files() -> list[tuple[Path, dict[str, object]]]:
    """Return every input that has an .expected.json label beside it."""
    found = []
    for folder in corpus_dirs():
        for label in sorted(folder.glob("*.expected.json")):
            source = label.with_name(label.name.removesuffix(".expected.json"))
            if source.exists():
                found.append((source, json.loads(label.read_text(encoding="utf-8"))))
    return found


def is_calendar_bearing(raw: bytes, path: Path) -> bool:
    """Tell whether the input carries iCalendar data (a bare .ics or a calendar part)."""
    if path.suffix.lower() == ".ics":
        return True
    message = BytesParser(policy=default).parsebytes(raw)
    return any(part.get_content_type() in CALENDAR_TYPES for part in message.walk())


def baseline(raw: bytes) -> None:
    """Do what any calendar-aware mail reader must: parse MIME, parse the calendars."""
    message = BytesParser(policy=default).parsebytes(raw)
    parts = [part for part in message.walk() if part.get_content_type() in CALENDAR_TYPES]
    if not parts and raw.lstrip()[:15].upper() == b"BEGIN:VCALENDAR":
        icalendar.Calendar.from_ical(raw)
        return
    for part in parts:
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            with contextlib.suppress(ValueError):
                icalendar.Calendar.from_ical(payload)


def best_time(action: object, raw: bytes) -> float:
    """Return the median wall time of several runs, so one hiccup does not count."""
    samples = []
    for _ in range(TIMED_REPEATS):
        started = time.perf_counter()
        with contextlib.suppress(ParseError, ValueError):
            action(raw)  # type: ignore[operator]
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def as_instant(value: object) -> datetime | date | None:
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def same(key: str, expected: object, got: dict[str, object], label: dict[str, object]) -> bool:
    """Compare one labelled key the way the corpus README says to."""
    if key == "organizer_email":
        organizer = got.get("organizer")
        actual = organizer.get("email") if isinstance(organizer, dict) else None
        return (actual or None) == (str(expected).lower() if expected else None)
    actual = got.get(key)
    if key in {"start", "end"}:
        wanted, have = as_instant(expected), as_instant(actual)
        if wanted is None or have is None:
            return wanted is None and have is None
        if isinstance(wanted, datetime) and isinstance(have, datetime):
            if label.get("tz_stated") is False:
                return wanted.replace(tzinfo=None) == have.replace(tzinfo=None)
            return wanted == have
        return type(wanted) is type(have) and wanted == have
    if key == "timezone":
        return ZONE_LINKS.get(str(actual), actual) == ZONE_LINKS.get(str(expected), expected)
    if isinstance(expected, str) and isinstance(actual, str):
        return expected.strip().lower() == actual.strip().lower()
    return expected == actual


def main() -> int:
    warnings.simplefilter("ignore")
    files = labelled_files()
    if not files:
        print("no labelled files found")
        return 1
    field_hits: dict[str, list[bool]] = defaultdict(list)
    calendar_ok: list[tuple[str, bool]] = []
    text_ok: list[tuple[str, bool]] = []
    false_invitations: list[str] = []
    calendar_ratios: list[tuple[float, float]] = []
    text_ratios: list[tuple[float, float]] = []
    failures: list[str] = []
    for path, label in files:
        raw = path.read_bytes()
        try:
            parse_message(raw)  # warm caches before timing
            got = parse_message(raw).to_json_dict()
        except ParseError as error:
            got = {"kind": None, "error": str(error)}
        bearing = is_calendar_bearing(raw, path)
        wrong = []
        for key in COMPARED_KEYS:
            if key in label:
                hit = same(key, label[key], got, label)
                field_hits[key].append(hit)
                if not hit:
                    actual = got.get(key)
                    if key == "organizer_email" and isinstance(got.get("organizer"), dict):
                        actual = got["organizer"].get("email")  # type: ignore[index]
                    wrong.append(f"{key}: want {label[key]!r} got {actual!r}")
        if wrong:
            failures.append(f"{path.name}: " + "; ".join(wrong))
        kind = label.get("kind")
        timed_keys = ("start", "end", "timezone", "uid", "sequence", "method", "all_day")
        if bearing and (kind in INVITATION_KINDS or "start" in label):
            calendar_ok.append(
                (path.name, all(same(k, label[k], got, label) for k in timed_keys if k in label))
            )
        elif not bearing and kind in INVITATION_KINDS and "start" in label:
            keys = ["start"] + (["end"] if label.get("end") else [])
            text_ok.append((path.name, all(same(k, label[k], got, label) for k in keys)))
        if kind == "not_invitation":
            confidence = got.get("confidence")
            reported = got.get("kind") in INVITATION_KINDS
            if reported and isinstance(confidence, int | float) and confidence >= 0.5:
                false_invitations.append(path.name)
        mine = best_time(parse_message, raw)
        theirs = best_time(baseline, raw)
        (calendar_ratios if bearing else text_ratios).append((mine, theirs))

    print(f"labelled inputs: {len(files)} from {', '.join(str(d) for d in corpus_dirs())}")
    print("\nper-field accuracy")
    for key in COMPARED_KEYS:
        hits = field_hits.get(key)
        if hits:
            print(f"  {key:20s} {sum(hits):3d}/{len(hits):<3d} {100 * sum(hits) / len(hits):6.1f}%")
    if failures:
        print("\nmismatches")
        for line in failures:
            print("  " + line)

    def share(results: list[tuple[str, bool]]) -> float:
        return 100 * sum(ok for _, ok in results) / len(results) if results else 100.0

    calendar_share, text_share = share(calendar_ok), share(text_ok)
    print("\naccuracy criteria")
    print(
        f"  calendar-bearing invitations fully right (start, end, zone, UID, SEQUENCE, method): "
        f"{sum(ok for _, ok in calendar_ok)}/{len(calendar_ok)} = {calendar_share:.1f}% "
        f"(target 100%)"
    )
    print(
        f"  plain-text/HTML invitations with the right start (and end): "
        f"{sum(ok for _, ok in text_ok)}/{len(text_ok)} = {text_share:.1f}% (target >= 95%)"
    )
    print(
        f"  non-invitations reported as invitations with confidence >= 0.5: "
        f"{len(false_invitations)} {false_invitations or ''} (target 0)"
    )

    def ratio(pairs: list[tuple[float, float]]) -> tuple[float, float]:
        if not pairs:
            return 0.0, 0.0
        of_medians = statistics.median(m for m, _ in pairs) / statistics.median(t for _, t in pairs)
        median_of_ratios = statistics.median(m / t for m, t in pairs)
        return of_medians, median_of_ratios

    calendar_ratio, calendar_per_file = ratio(calendar_ratios)
    text_ratio, text_per_file = ratio(text_ratios)
    print("\nspeed (parse_message vs BytesParser(policy=default) + Calendar.from_ical)")
    print(
        f"  calendar-bearing ({len(calendar_ratios)}): median parse "
        f"{1000 * statistics.median(m for m, _ in calendar_ratios):.2f} ms vs "
        f"{1000 * statistics.median(t for _, t in calendar_ratios):.2f} ms = {calendar_ratio:.2f}x"
        f" (median per-message ratio {calendar_per_file:.2f}x; target <= 3x)"
    )
    if text_ratios:
        print(
            f"  plain-text/HTML ({len(text_ratios)}): median parse "
            f"{1000 * statistics.median(m for m, _ in text_ratios):.2f} ms vs "
            f"{1000 * statistics.median(t for _, t in text_ratios):.2f} ms = {text_ratio:.2f}x"
            f" (median per-message ratio {text_per_file:.2f}x)"
        )
    met = (
        calendar_share == 100.0
        and text_share >= 95.0
        and not false_invitations
        and max(calendar_ratio, calendar_per_file) <= 3.0
    )
    print("\nall targets met" if met else "\nsome targets not met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
