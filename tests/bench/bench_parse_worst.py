"""Find the parser's worst case on a randomized set of hostile mails, against normal mail.

Run: .venv/bin/python tests/bench/bench_parse_worst.py [--cases N] [--seed S]
Prints the slowest hostile parses (the named shapes of tests/parsing/hostile_shapes.py and
randomly built ones) with their shape, and the ratio of the worst case to the
median parse of the labelled normal mail (tests/parsing/fixtures, plus ../shared/corpus
when present) measured in the same run. Target: every hostile parse within 2 s.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import resource
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service.parsing import ParseError, parse_message  # noqa: E402
from tests.parsing.hostile_shapes import (  # noqa: E402
    CALENDAR_INVITE,
    CALENDAR_SHAPES,
    HTML_SHAPES,
    MB,
    MIME_SHAPES,
    PROSE_SHAPES,
    TEXT_SHAPES,
    mail,
    multipart_with,
    zone,
)

FIXTURES = ROOT / "tests" / "parsing" / "fixtures"
SHARED = ROOT.parent / "shared" / "corpus" / "files"
TARGET_SECONDS = 2.0
LIMIT_BYTES = 25 * 1024 * 1024
UNITS = [
    b" ",
    b"&",
    b"& ",
    b"A",
    b"Ab ",
    b"-",
    b"_",
    b"*",
    b">",
    b"7",
    b"\r\n",
    b"\t",
    b"=",
    b":",
    b"2026-03-10 ",
    b"10:00 ",
    b"at Acme ",
    b"role: ",
    b"Senior ",
    b"call +1 ",
    b"https://a.",
    b"From: a@b.com\r\n",
    b"Subject: x\r\n",
    b"---------- Forwarded message ---------\r\n",
]
TAGS = [b"p", b"div", b"b", b"span", b"table", b"tr", b"td", b"ul", b"li", b"font", b"blockquote"]
FREQUENCIES = [b"SECONDLY", b"MINUTELY", b"HOURLY", b"DAILY", b"WEEKLY", b"MONTHLY", b"YEARLY"]
RULE_PARTS = [
    b"",
    b";BYMONTH=2;BYMONTHDAY=30",
    b";BYMONTH=2;BYMONTHDAY=29",
    b";BYMONTH=3;BYDAY=-1SU",
    b";BYDAY=5FR;BYMONTH=2",
    b";BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR",
    b";INTERVAL=7;BYDAY=TU",
    b";COUNT=100000",
    b";BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23",
    b";BYYEARDAY=366",
]


def _run(rng: random.Random) -> tuple[str, Callable[[], bytes]]:
    unit = rng.choice(UNITS)
    size = rng.choice([16_000, 64_000, 256_000, 1_000_000, 4_000_000])
    html = rng.random() < 0.3
    shape = f"{size:,} bytes of {unit.decode()!r} in a {'HTML' if html else 'plain'} body"
    body = unit * (size // len(unit))
    if html:
        return shape, lambda: mail(b"<p>" + body, b"text/html")
    return shape, lambda: mail(body)


def _header_line(rng: random.Random) -> tuple[str, Callable[[], bytes]]:
    name = rng.choice([b"Subject", b"From", b"To", b"X-Note", b"Date"])
    unit = rng.choice([b"A", b" ", b"&", b"-", b"=?utf-8?q?x?= "])
    size = rng.choice([100_000, 1_000_000])
    tail = rng.choice([CALENDAR_INVITE, mail(b"see you")])
    shape = f"a {size:,}-byte {name.decode()} header of {unit.decode()!r}, then a calendar or mail"
    return shape, lambda: name + b": " + unit * (size // len(unit)) + b"\r\n" + tail


def _html(rng: random.Random) -> tuple[str, Callable[[], bytes]]:
    tag = rng.choice(TAGS)
    count = rng.choice([10_000, 50_000, 100_000])
    style = rng.choice(["nested", "unclosed", "attribute"])
    shape = f"HTML: {count:,} {style} <{tag.decode()}>"
    if style == "nested":
        body = b"<" + tag + b">"
        return shape, lambda: mail(body * count + b"x" + b"</" + tag + b">" * count, b"text/html")
    if style == "unclosed":
        return shape, lambda: mail((b"<" + tag + b">x") * count, b"text/html")
    attribute = b'<a href="' + b"A" * count * 10 + b'">x</a>'
    return shape, lambda: mail(attribute, b"text/html")


def _calendar(rng: random.Random) -> tuple[str, Callable[[], bytes]]:
    zone_rule = b"FREQ=" + rng.choice(FREQUENCIES) + rng.choice(RULE_PARTS)
    event_rule = b"FREQ=" + rng.choice(FREQUENCIES[3:]) + rng.choice(RULE_PARTS)
    blocks = rng.choice([1, 1, 100, 1000, 3000])
    filler_kind = rng.choice(["none", "events", "parameters", "folds", "attendees"])
    filler = {
        "none": b"",
        "events": b"BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T150000Z\r\nEND:VEVENT\r\n" * 30_000,
        "parameters": b"X-A" + b";P=1" * 250_000 + b":v\r\n",
        "folds": b"X-LONG:x\r\n" + b" y\r\n" * 400_000,
        "attendees": b"ATTENDEE;CN=A:mailto:a@b.com\r\n" * 50_000,
    }[filler_kind]
    start = rng.choice([b"20260310T150000", b"19000101T150000", b"00010101T000000"])
    shape = (
        f"calendar: zone rule {zone_rule.decode()} x{blocks}, event rule {event_rule.decode()}"
        f" from {start.decode()}, filler {filler_kind}"
    )

    def build() -> bytes:
        return (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
            + zone(zone_rule, blocks)
            + b"BEGIN:VEVENT\r\nUID:worst\r\nDTSTART;TZID=Custom:"
            + start
            + b"\r\n"
            b"DURATION:PT1H\r\nRRULE:" + event_rule + b"\r\nSUMMARY:Interview\r\n"
            b"END:VEVENT\r\n" + filler + b"END:VCALENDAR\r\n"
        )

    return shape, build


def _mime(rng: random.Random) -> tuple[str, Callable[[], bytes]]:
    parts = rng.choice([10, 1000, 20_000])
    filler = rng.choice([b"\n", b"x\r\n", b"--B\r\n", b"QUJD" * 19 + b"\r\n"])
    filler_type = rng.choice([b"text/plain", b"image/png", b"text/html", b"message/rfc822"])
    shape = f"MIME: {parts:,} parts and {filler!r} up to 25 MB in {filler_type.decode()}"

    def build() -> bytes:
        head = (
            b"From: Ann Lee <ann@acme-robotics.com>\r\nTo: me@gmail.com\r\nSubject: Interview\r\n"
            b"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/calendar"
            b"\r\n\r\n" + CALENDAR_INVITE + b"\r\n"
        )
        small = b"--B\r\nContent-Type: text/plain\r\n\r\nhi\r\n" * parts
        room = LIMIT_BYTES - len(head) - len(small) - 200
        big = b"--B\r\nContent-Type: " + filler_type + b"\r\n\r\n"
        return head + small + big + filler * (room // len(filler)) + b"\r\n--B--\r\n"

    return shape, build


FAMILIES = [_run, _run, _run, _header_line, _html, _calendar, _calendar, _mime]


def hostile_cases(count: int, seed: int) -> list[tuple[str, Callable[[], bytes]]]:
    """Return `count` randomly built hostile inputs (built lazily: some are 25 MB)."""
    rng = random.Random(seed)
    return [rng.choice(FAMILIES)(rng) for _ in range(count)]


def named_cases() -> list[tuple[str, Callable[[], bytes]]]:
    """Return the named shapes that each once held a worker for seconds or more."""
    cases: list[tuple[str, Callable[[], bytes]]] = []
    for name, body in TEXT_SHAPES.items():
        cases.append((f"named: {name}", lambda body=body: mail(body)))
    for name, body in PROSE_SHAPES.items():
        cases.append((f"named: prose {name}", lambda body=body: mail(body)))
    for name, body in HTML_SHAPES.items():
        cases.append((f"named: HTML {name}", lambda body=body: mail(b"<p>" + body, b"text/html")))
    for name, raw in CALENDAR_SHAPES.items():
        cases.append((f"named: calendar with {name}", lambda raw=raw: raw))
    for name, (filler, kind) in MIME_SHAPES.items():
        cases.append((f"named: MIME {name}", lambda f=filler, k=kind: multipart_with(f, k)))
    subject = b"Subject: " + b"A" * MB + b"\r\n" + CALENDAR_INVITE
    cases.append(("named: a 1 MB Subject line before a calendar", lambda: subject))
    return cases


def normal_inputs() -> list[bytes]:
    """Return the labelled real mail to time as the baseline."""
    paths = sorted(FIXTURES.glob("*.expected.json"))
    if SHARED.is_dir():
        paths += sorted(SHARED.glob("*.expected.json"))
    sources = [path.with_name(path.name.removesuffix(".expected.json")) for path in paths]
    return [source.read_bytes() for source in sources if source.exists()]


def timed(raw: bytes) -> float:
    started = time.perf_counter()
    with contextlib.suppress(ParseError):
        parse_message(raw)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--seed", type=int, default=20261130)
    options, _ = parser.parse_known_args()
    warnings.simplefilter("ignore")
    normal = normal_inputs()
    for raw in normal:
        timed(raw)  # warm caches and imports
    normal_times = [min(timed(raw) for _ in range(3)) for raw in normal]
    median_normal = statistics.median(normal_times)
    results: list[tuple[float, str]] = []
    for shape, build in named_cases() + hostile_cases(options.cases, options.seed):
        raw = build()
        results.append((timed(raw), f"{shape} ({len(raw):,} bytes)"))
        del raw
    results.sort(reverse=True)
    worst, worst_shape = results[0]
    print(f"normal mail: {len(normal)} inputs, median parse {1000 * median_normal:.2f} ms")
    print(
        f"hostile mail: {len(results)} inputs (the named shapes and {options.cases} built from"
        f" seed {options.seed}), slowest first:"
    )
    for seconds, shape in results[:8]:
        print(f"  {seconds:6.2f} s  {shape}")
    print(f"  median hostile parse {statistics.median(s for s, _ in results):.2f} s")
    print(
        f"worst case {worst:.2f} s = {worst / median_normal:,.0f}x the median normal parse"
        f" (target <= {TARGET_SECONDS:.0f} s): {worst_shape}"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak resident memory of the whole run: {peak} MB")
    met = worst <= TARGET_SECONDS
    print("all targets met" if met else "some targets not met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
