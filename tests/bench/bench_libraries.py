"""Measure maintained libraries against the project's own readers on the labelled corpus.

Three questions, each answered on the same texts in the same run:
1. Which library finds the interview start in text-only invitations (no calendar part)?
   dateparser.search, timefhuman, ctparse and Microsoft Recognizers-Text, against the
   project's parse_message.
2. Which language detector names the mail's language: lingua, dateparser's own detection or a
   stop-word count?
3. Does quotequail find forwards and their original sender better than forwards.find_forwards?

The candidates are not project dependencies. Install them into a separate venv:
    python3 -m venv .venv-libs && .venv-libs/bin/pip install -e . timefhuman ctparse \
        lingua-language-detector recognizers-text-suite "emoji==0.6.0"
    .venv-libs/bin/python tests/bench/bench_libraries.py
(recognizers-text 1.0.2a2 imports emoji.UNICODE_EMOJI, which emoji 2 removed.)
A library that is not installed is skipped with a note. Not part of `make test`.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import re
import signal
import statistics
import subprocess
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse import corpus_dirs, is_calendar_bearing, labelled_files  # noqa: E402
from inscriptis import get_text  # noqa: E402

from service.parsing import ParseError, parse_message  # noqa: E402
from service.parsing.forwards import find_forwards  # noqa: E402

TEXT_KINDS = {"invitation", "reschedule", "cancellation"}
CALL_TIMEOUT_S = 10.0
REPEATS = 3
MAX_TEXT_CHARS = 20_000
TIME_IN_TEXT = re.compile(
    r"\d{1,2}\s*[:.h：時]\s*\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h\b)|noon|midi|mittag",
    re.IGNORECASE,
)
# Words that sit next to the interview slot in invitations, in the corpus' languages.
CUE_WORDS = re.compile(
    r"interview|when|time|date|scheduled|new time|moved to|start|wann|zeit|datum|termin|uhrzeit"
    r"|quand|heure|entretien|cuándo|cuando|fecha|hora|entrevista|quando|data|ora|colloquio"
    r"|wanneer|tijd|gesprek|kiedy|godzina|rozmowa|waktu|tanggal|wawancara|日時|日程|時間|面接",
    re.IGNORECASE,
)
# Languages of files outside the README's Batch 2 table, read off the files themselves.
INFERRED_LANGUAGES = {
    "apple_forward_french.eml": "fr",
    "outlook_forward_german.eml": "de",
    "thunderbird_forward_spanish.eml": "es",
}
STOP_WORDS = {
    "en": "the and you your to of for with is are will at on please this we be",
    "de": "der die das und sie ihr ist mit für zu den wir bitte am um ein eine nicht",
    "fr": "le la les et vous votre est avec pour de des une un nous au à sur",
    "es": "el la los las y usted su es con para de del una un por en nos",
    "it": "il la le e di per con una un sono che è alle della del nel vi",
    "nl": "de het een en u uw is met voor van op te wij zijn om bij",
    "pt": "o a os as e você seu sua é com para de do da uma um em",
    "pl": "i w z na się jest do że nie dla od pan pani przez jako",
    "id": "dan yang di untuk dengan ini anda kami akan dari pada ke",
}
SPEED_BUDGET_RATIO = 10.0


class CallTimeout(Exception):
    """Raised by the alarm when one library call runs past CALL_TIMEOUT_S."""


T = TypeVar("T")


def guarded(action: Callable[[], T], seconds: float = CALL_TIMEOUT_S) -> T:
    """Run one call under a wall-clock alarm so a runaway parse cannot stall the run."""

    def on_alarm(signum: int, frame: object) -> None:
        raise CallTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return action()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Reading:
    """What a mail reader shows: subject, Date header, body text and the raw HTML if any."""

    subject: str
    date: datetime
    text: str
    html: str | None
    dated: bool


def _part_text(part: EmailMessage) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, KeyError, ValueError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""


def read_like_a_reader(raw: bytes, path: Path) -> Reading:
    """Decode MIME, prefer text/plain, else HTML through inscriptis; keep forwarded bodies."""
    fallback_date = datetime.now(UTC)
    if path.suffix in {".txt", ".html"}:
        body = raw.decode("utf-8", errors="replace")
        html = body if path.suffix == ".html" else None
        text = str(get_text(body)) if html else body
        return Reading("", fallback_date, text, html, dated=False)
    message = BytesParser(policy=default).parsebytes(raw)
    plain: list[str] = []
    htmls: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "text/plain":
            plain.append(_part_text(part))  # type: ignore[arg-type]
        elif part.get_content_type() == "text/html":
            htmls.append(_part_text(part))  # type: ignore[arg-type]
    html = "\n".join(htmls) or None
    text = "\n\n".join(item for item in plain if item.strip())
    if not text and html:
        text = str(get_text(html))
    date, dated = fallback_date, False
    with contextlib.suppress(TypeError, ValueError, IndexError):
        header = parsedate_to_datetime(str(message.get("date", "")))
        if header.tzinfo is not None:
            date, dated = header, True
    return Reading(str(message.get("subject", "") or ""), date, text, html, dated)


def label_languages() -> dict[str, str]:
    """Return file -> language from the corpus README's tables (lang column), base codes."""
    languages: dict[str, str] = {}
    for folder in corpus_dirs():
        readme = folder.parent / "README.md"
        if not readme.is_file():
            continue
        for line in readme.read_text(encoding="utf-8").splitlines():
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if (
                len(cells) > 3
                and cells[0].startswith("`")
                and re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", cells[2])
            ):
                languages[cells[0].strip("`")] = cells[2].split("-")[0]
    return languages


# ---------------------------------------------------------------- start-time candidates


@dataclass
class Candidate:
    """One date-time a library found: where, what, and whether it carries a clock time."""

    position: int
    start: datetime
    has_time: bool


def _aware(moment: datetime, reference: datetime) -> datetime:
    """Give a naive result the Date header's offset, as a reader with no other clue would."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=reference.tzinfo)


def with_dates_carried(found: list[Candidate], reference: datetime) -> list[Candidate]:
    """Give a time that a library dated by default the date written just before it.

    Mails often say "Date: Tuesday, 3 March" and "Time: 11:30" on separate lines; the
    libraries return a date-only and a time-only hit (dated on the base day). Any
    integrator would join them, so the pickers see the joined moment.
    """
    joined: list[Candidate] = []
    base_days = {reference.date(), reference.date() + timedelta(days=1)}
    last_date: Candidate | None = None
    for candidate in sorted(found, key=lambda c: c.position):
        if not candidate.has_time:
            last_date = candidate
        elif (
            last_date is not None
            and candidate.start.date() in base_days
            and 0 <= candidate.position - last_date.position <= 120
        ):
            moment = datetime.combine(last_date.start.date(), candidate.start.timetz())
            candidate = Candidate(candidate.position, moment, True)
        joined.append(candidate)
    return joined


def _future(found: list[Candidate], reference: datetime) -> list[Candidate]:
    """Keep timed candidates after the Date header: the interview lies ahead of the mail."""
    return [
        c
        for c in with_dates_carried(found, reference)
        if c.has_time and _aware(c.start, reference) > reference
    ]


def pick_near_cue(found: list[Candidate], text: str, reference: datetime) -> datetime | None:
    """Choose the future timed candidate nearest a cue word; the first one when none is near."""
    usable = _future(found, reference)
    if not usable:
        return None
    cues = [match.start() for match in CUE_WORDS.finditer(text)]
    if not cues:
        return usable[0].start
    return min(usable, key=lambda c: (min(abs(c.position - cue) for cue in cues), c.position)).start


def pick_first(found: list[Candidate], text: str, reference: datetime) -> datetime | None:
    """Choose the first timed candidate after the Date header."""
    usable = _future(found, reference)
    return usable[0].start if usable else None


def _offset_name(reference: datetime) -> str:
    offset = reference.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def dateparser_candidates(text: str, reference: datetime, language: str | None) -> list[Candidate]:
    """dateparser.search.search_dates with the Date header as base, future preferred."""
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": reference.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": _offset_name(reference),
        "RETURN_TIME_AS_PERIOD": True,
    }
    languages = [language] if language else None
    found = search_dates(text, languages=languages, settings=settings, add_period=True) or []
    candidates, cursor = [], 0
    for item in found:
        matched, moment, period = item[0], item[1], item[2]
        where = text.find(matched, cursor)
        cursor = where + len(matched) if where >= 0 else cursor
        candidates.append(Candidate(max(where, 0), moment, period == "time"))
    return candidates


def timefhuman_candidates(text: str, reference: datetime, language: str | None) -> list[Candidate]:
    """timefhuman on the whole text; ranges and lists count by their first moment."""
    from timefhuman import tfhConfig, timefhuman

    config = tfhConfig(now=reference.replace(tzinfo=None), return_matched_text=True)
    candidates = []
    for matched, span, value in timefhuman(text, config=config):
        while isinstance(value, tuple | list) and value:
            value = value[0]
        if isinstance(value, datetime):
            has_time = bool(TIME_IN_TEXT.search(matched))
            candidates.append(Candidate(span[0], value, has_time))
    return candidates


def _ctparse_moment(resolution: Any, base: datetime) -> tuple[datetime, bool] | None:
    from ctparse.types import Interval, Time

    if isinstance(resolution, Interval):
        resolution = resolution.t_from
    if not isinstance(resolution, Time) or not (resolution.hasDate or resolution.hasTime):
        return None
    try:
        if not resolution.hasDate:  # a bare clock time: dated on the base day, like the others
            clock = dtime(resolution.hour, resolution.minute or 0)
            return datetime.combine(base.date(), clock), True
        return resolution.dt, resolution.hasTime
    except (TypeError, ValueError):
        return None


def ctparse_line_candidates(
    text: str, reference: datetime, language: str | None
) -> list[Candidate]:
    """ctparse on each short line with a digit: it is built for short phrases."""
    from ctparse import ctparse

    candidates, position = [], 0
    for line in text.splitlines(keepends=True):
        if re.search(r"\d", line) and len(line) <= 300:
            parsed = ctparse(line, ts=reference.replace(tzinfo=None), timeout=0.5)
            moment = _ctparse_moment(parsed.resolution, reference) if parsed else None
            if moment:
                candidates.append(Candidate(position, moment[0], moment[1]))
        position += len(line)
    return candidates


def ctparse_whole_candidates(
    text: str, reference: datetime, language: str | None
) -> list[Candidate]:
    """ctparse on the whole text: its own ranking picks one expression."""
    from ctparse import ctparse

    parsed = ctparse(text, ts=reference.replace(tzinfo=None), timeout=2.0)
    moment = _ctparse_moment(parsed.resolution, reference) if parsed else None
    return [Candidate(0, moment[0], moment[1])] if moment else []


RECOGNIZER_CULTURES = {"en": "English", "fr": "French", "es": "Spanish", "zh": "Chinese"}
_recognizer_models: dict[str, Any] = {}


def recognizers_candidates(text: str, reference: datetime, language: str | None) -> list[Candidate]:
    """Recognizers-Text DateTimeModel per culture (English for cultures it lacks)."""
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_text import Culture

    culture = getattr(Culture, RECOGNIZER_CULTURES.get(language or "en", "English"))
    if culture not in _recognizer_models:
        _recognizer_models[culture] = DateTimeRecognizer(culture).get_datetime_model(culture, True)
    base = reference.replace(tzinfo=None)
    candidates = []
    for result in _recognizer_models[culture].parse(text, base):
        kind = result.type_name.rsplit(".", 1)[-1]
        if kind not in {"datetime", "datetimerange", "time", "timerange", "date"}:
            continue
        moments = []
        for value in (result.resolution or {}).get("values", []):
            stamp = value.get("value") or value.get("start")
            with contextlib.suppress(TypeError, ValueError):
                if kind.startswith("time"):
                    moments.append(datetime.combine(base.date(), dtime.fromisoformat(stamp)))
                else:
                    moments.append(datetime.fromisoformat(stamp))
        if moments:
            future = [m for m in moments if m >= base - timedelta(hours=12)]
            moment = future[0] if future else moments[-1]
            candidates.append(Candidate(result.start, moment, kind != "date"))
    return candidates


@dataclass
class Library:
    """One way of asking a library for candidates, with the module it needs."""

    name: str
    module: str
    candidates: Callable[[str, datetime, str | None], list[Candidate]]
    languages: set[str] | None = None  # None: every language
    given_language: bool = True


LIBRARIES = [
    Library("dateparser.search (language given)", "dateparser", dateparser_candidates),
    Library(
        "dateparser.search (language detected)",
        "dateparser",
        dateparser_candidates,
        given_language=False,
    ),
    Library("timefhuman (English only)", "timefhuman", timefhuman_candidates, {"en"}),
    Library("ctparse (per line)", "ctparse", ctparse_line_candidates),
    Library("ctparse (whole text)", "ctparse", ctparse_whole_candidates),
    Library(
        "recognizers-text (culture per language)", "recognizers_date_time", recognizers_candidates
    ),
]
PICKERS: dict[str, Callable[[list[Candidate], str, datetime], datetime | None]] = {
    "nearest cue": pick_near_cue,
    "first future": pick_first,
}


@dataclass
class Sample:
    """One labelled text-only invitation as a reader sees it."""

    path: Path
    raw: bytes
    label: dict[str, Any]
    reading: Reading
    language: str

    @property
    def text(self) -> str:
        return f"{self.reading.subject}\n\n{self.reading.text}"[:MAX_TEXT_CHARS]


def verdict(got: object, label: dict[str, Any]) -> str:
    """Say how a start compares with the label: right, or which part went wrong."""
    if not isinstance(got, datetime):
        return "no start found" if got is None else "date without time"
    wanted = datetime.fromisoformat(label["start"])
    wall_wanted, wall_got = wanted.replace(tzinfo=None), got.replace(tzinfo=None)
    if label.get("tz_stated") is False:
        if wall_got == wall_wanted:
            return "right"
    elif got.tzinfo is not None and got == wanted:
        return "right"
    if wall_got == wall_wanted:
        return "wrong zone (wall time right)"
    if wall_got.date() == wall_wanted.date():
        return "wrong time (date right)"
    return "wrong date"


@dataclass
class Tally:
    """Outcomes and timings of one reader over the samples."""

    outcomes: dict[str, str] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)  # BytesParser, same moments

    def ratio(self) -> float:
        """Median time over median stdlib BytesParser time, both taken side by side."""
        if not self.seconds or not self.baseline:
            return 0.0
        return statistics.median(self.seconds) / statistics.median(self.baseline)

    def right(self, names: set[str] | None = None) -> int:
        return sum(
            1
            for name, o in self.outcomes.items()
            if o == "right" and (names is None or name in names)
        )

    def wall_right(self) -> int:
        return sum(
            1 for o in self.outcomes.values() if o in {"right", "wrong zone (wall time right)"}
        )


def timed(action: Callable[[], Any], repeats: int = REPEATS) -> tuple[Any, float]:
    """Return the first result and the median time; slow calls are not repeated."""
    started = time.perf_counter()
    result = guarded(action)
    samples = [time.perf_counter() - started]
    while len(samples) < repeats and samples[0] < 0.5:
        started = time.perf_counter()
        guarded(action)
        samples.append(time.perf_counter() - started)
    return result, statistics.median(samples)


def bytes_parser_time(raw: bytes) -> float:
    """Time the stdlib parse of one mail now, so load on the machine hits both sides alike."""
    return timed(lambda: BytesParser(policy=default).parsebytes(raw), repeats=5)[1]


def ms(values: list[float], share: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(share * (len(ordered) - 1)))
    return f"{1000 * ordered[index]:.1f}"


def load_samples() -> tuple[list[Sample], list[tuple[Path, bytes, dict[str, Any]]]]:
    """Return the text-only invitations and the forward samples with original_sender."""
    languages = label_languages()
    texts, forwards = [], []
    for path, label in labelled_files():
        raw = path.read_bytes()
        if "original_sender" in label:
            forwards.append((path, raw, label))
        if (
            label.get("kind") in TEXT_KINDS
            and "start" in label
            and not is_calendar_bearing(raw, path)
        ):
            language = languages.get(path.name) or INFERRED_LANGUAGES.get(path.name, "en")
            texts.append(Sample(path, raw, label, read_like_a_reader(raw, path), language))
    return texts, forwards


def installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def bench_start_times(samples: list[Sample]) -> None:
    print(f"## Interview start in text-only invitations ({len(samples)} labelled mails)\n")
    by_language = Counter(s.language for s in samples)
    print("Languages: " + ", ".join(f"{k} {v}" for k, v in by_language.most_common()) + "\n")
    baseline = [
        timed(lambda s=s: BytesParser(policy=default).parsebytes(s.raw))[1] for s in samples
    ]
    extract = [timed(lambda s=s: read_like_a_reader(s.raw, s.path))[1] for s in samples]
    base_median = statistics.median(baseline)
    tallies: dict[str, Tally] = {}

    project = Tally()
    for sample in samples:
        try:
            parsed, seconds = timed(lambda s=sample: parse_message(s.raw))
            project.outcomes[sample.path.name] = verdict(parsed.start, sample.label)
        except (ParseError, CallTimeout) as error:
            seconds = CALL_TIMEOUT_S
            project.outcomes[sample.path.name] = f"crash: {type(error).__name__}"
        project.seconds.append(seconds)
        project.baseline.append(bytes_parser_time(sample.raw))
    tallies["afterview parse_message (in project)"] = project

    skipped = []
    for library in LIBRARIES:
        if not installed(library.module):
            skipped.append(f"{library.name}: `{library.module}` is not installed, skipped")
            continue
        with contextlib.suppress(Exception):  # load models before timing
            library.candidates(
                "Interview on Tuesday, March 3, 2026 at 10:00", datetime.now(UTC), "en"
            )
        per_picker = {name: Tally() for name in PICKERS}
        warmed: set[str | None] = set()
        for sample in samples:
            name = sample.path.name
            if library.languages is not None and sample.language not in library.languages:
                for tally in per_picker.values():
                    tally.outcomes[name] = "not attempted (language)"
                continue
            language = sample.language if library.given_language else None
            reference = sample.reading.date
            if language not in warmed:  # per-language models load on first use: not timed
                warmed.add(language)
                with contextlib.suppress(Exception):
                    guarded(
                        lambda f=library.candidates, s=sample, r=reference, la=language: f(
                            s.text, r, la
                        )
                    )
            try:
                found, seconds = timed(
                    lambda find=library.candidates, s=sample, lang=language, ref=reference: find(
                        s.text, ref, lang
                    )
                )
                outcome = None
            except CallTimeout:
                found, seconds, outcome = [], CALL_TIMEOUT_S, "timeout"
            except Exception as error:  # a library's crash is a result here
                found, seconds, outcome = [], 0.0, f"crash: {type(error).__name__}"
            for picker_name, picker in PICKERS.items():
                tally = per_picker[picker_name]
                got = picker(found, sample.text, reference) if outcome is None else None
                if got is not None:
                    got = _aware(got, reference)
                tally.outcomes[name] = outcome or verdict(got, sample.label)
                tally.seconds.append(seconds)
            base = bytes_parser_time(sample.raw)
            for tally in per_picker.values():
                tally.baseline.append(base)
        for picker_name, tally in per_picker.items():
            tallies[f"{library.name}, {picker_name}"] = tally
    for note in skipped:
        print(f"- {note}")

    total = len(samples)
    english = {s.path.name for s in samples if s.language == "en"}
    print(
        f"\nstdlib BytesParser(policy=default) on these mails: median {1000 * base_median:.2f} ms; "
        f"reader text extraction (MIME + inscriptis): median {ms(extract, 0.5)} ms, "
        f"p95 {ms(extract, 0.95)} ms. Budget {SPEED_BUDGET_RATIO:.0f}x BytesParser = "
        f"{SPEED_BUDGET_RATIO * 1000 * base_median:.1f} ms.\n"
    )
    print("| reader | start right | wall time right | English right | median ms | p95 ms | x BP |")
    print("|---|---|---|---|---|---|---|")
    for name, tally in tallies.items():
        print(
            f"| {name} | {tally.right()}/{total} | {tally.wall_right()}/{total} | "
            f"{tally.right(english)}/{len(english)} | {ms(tally.seconds, 0.5)} | "
            f"{ms(tally.seconds, 0.95)} | {tally.ratio():.0f} |"
        )

    languages = [language for language, _ in by_language.most_common()]
    print("\nStart right per language (label language):\n")
    print("| reader | " + " | ".join(languages) + " |")
    print("|---|" + "---|" * len(languages))
    for name, tally in tallies.items():
        cells = []
        for language in languages:
            names = {s.path.name for s in samples if s.language == language}
            cells.append(f"{tally.right(names)}/{len(names)}")
        print(f"| {name} | " + " | ".join(cells) + " |")

    print("\nFailures by kind:\n")
    print("| reader | failures |")
    print("|---|---|")
    for name, tally in tallies.items():
        kinds = Counter(o for o in tally.outcomes.values() if o != "right")
        print(f"| {name} | " + "; ".join(f"{k} {v}" for k, v in kinds.most_common()) + " |")

    print("\nPer file (R right, Z zone, T time, D date, N none, X crash/timeout, - not tried):\n")
    short = {
        "right": "R",
        "wrong zone (wall time right)": "Z",
        "wrong time (date right)": "T",
        "wrong date": "D",
        "no start found": "N",
        "date without time": "N",
    }
    keys = list(tallies)
    print("| file | lang | " + " | ".join(str(i + 1) for i in range(len(keys))) + " |")
    print("|---|---|" + "---|" * len(keys))
    for sample in samples:
        marks = []
        for key in keys:
            outcome = tallies[key].outcomes[sample.path.name]
            marks.append(short.get(outcome, "-" if outcome.startswith("not") else "X"))
        print(f"| {sample.path.name} | {sample.language} | " + " | ".join(marks) + " |")
    print("\nColumns: " + "; ".join(f"{i + 1} = {key}" for i, key in enumerate(keys)) + "\n")


# ---------------------------------------------------------------- language detection


def stop_word_language(text: str) -> str:
    """Count common function words per language; kana or kanji runs mean Japanese."""
    if len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text)) > 20:
        return "ja"
    words = Counter(re.findall(r"[^\W\d_]+", text.lower()))
    scores = {
        language: sum(words[word] for word in vocabulary.split())
        for language, vocabulary in STOP_WORDS.items()
    }
    return max(scores, key=lambda language: scores[language])


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def lingua_memory(which: str) -> None:
    """Child process: print the resident memory lingua adds when built and used."""
    from lingua import Language, LanguageDetectorBuilder

    texts, _ = load_samples()
    before = _rss_kib()
    if which == "all":
        builder = LanguageDetectorBuilder.from_all_languages()
    else:
        wanted = [
            Language.from_iso_code_639_1(getattr(_iso(), code.upper())) for code in STOP_WORDS
        ]
        builder = LanguageDetectorBuilder.from_languages(*wanted, Language.JAPANESE)
    detector = builder.build()
    for sample in texts:
        detector.detect_language_of(sample.reading.text[:5000])
    print(json.dumps({"kib": _rss_kib() - before}))


def _iso() -> Any:
    from lingua import IsoCode639_1

    return IsoCode639_1


def _lingua_code(language: Any) -> str | None:
    return str(language.iso_code_639_1.name).lower() if language is not None else None


def bench_languages(samples: list[Sample]) -> None:
    print("## Language of the mail\n")
    detectors: dict[str, Callable[[str], str | None]] = {"stop-word count": stop_word_language}
    notes = []
    if installed("lingua"):
        from lingua import Language, LanguageDetectorBuilder

        everything = (
            LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()
        )
        subset = (
            LanguageDetectorBuilder.from_languages(
                *[
                    Language.from_iso_code_639_1(getattr(_iso(), code.upper()))
                    for code in STOP_WORDS
                ],
                Language.JAPANESE,
            )
            .with_preloaded_language_models()
            .build()
        )
        detectors["lingua (all 75 languages)"] = lambda t: _lingua_code(
            everything.detect_language_of(t)
        )
        detectors["lingua (10 corpus languages)"] = lambda t: _lingua_code(
            subset.detect_language_of(t)
        )
    else:
        notes.append("lingua is not installed, skipped")
    if installed("dateparser"):
        from dateparser.search import _search_with_detection

        detectors["dateparser detect_language"] = lambda t: _search_with_detection.detect_language(
            t, None
        )
    print("| detector | right | median ms | p95 ms | first call ms | wrong (file: got) |")
    print("|---|---|---|---|---|---|")
    for name, detect in detectors.items():
        right, seconds, wrong, first = 0, [], [], None
        for sample in samples:
            text = sample.reading.text[:5000]
            try:
                got, spent = timed(lambda d=detect, t=text: d(t))
            except Exception as error:  # a crash is a wrong answer
                got, spent = f"crash {type(error).__name__}", CALL_TIMEOUT_S
            first = spent if first is None else first
            seconds.append(spent)
            if got == sample.language:
                right += 1
            else:
                wrong.append(
                    f"{sample.path.name.removeprefix('ats__')[:32]}: {got} (want {sample.language})"
                )
        print(
            f"| {name} | {right}/{len(samples)} | {ms(seconds, 0.5)} | {ms(seconds, 0.95)} | "
            f"{1000 * (first or 0):.0f} | {'; '.join(wrong)} |"
        )
    for note in notes:
        print(f"- {note}")
    if installed("lingua"):
        for which in ("all", "subset"):
            output = subprocess.run(
                [sys.executable, __file__, "--lingua-memory", which],
                capture_output=True,
                text=True,
                check=False,
                timeout=600,
            )
            try:
                kib = json.loads(output.stdout.strip().splitlines()[-1])["kib"]
                print(
                    f"\nlingua resident memory added ({which}, models loaded by use): "
                    f"{kib / 1024:.0f} MiB"
                )
            except (IndexError, ValueError, KeyError):
                print(f"\nlingua memory ({which}) not measured: {output.stderr.strip()[-200:]}")
    print()


# ---------------------------------------------------------------- forwards


def _address(value: object) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    mailto = re.search(r"mailto:([^\]\s>]+)", value)
    if mailto:
        return mailto.group(1).lower()
    _, address = parseaddr(value)
    if "@" in address:
        return address.lower()
    found = re.search(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", value)
    return found.group(0).lower() if found else None


def _quotequail_text(text: str) -> tuple[bool, str | None]:
    import quotequail

    result = quotequail.unwrap(text)
    if not result:
        return False, None
    return result.get("type") == "forward", _address(result.get("from"))


def _quotequail_html(html: str | None) -> tuple[bool, str | None]:
    import quotequail

    if html is None:
        return False, None
    result = quotequail.unwrap_html(html)
    if not result:
        return False, None
    return result.get("type") == "forward", _address(result.get("from"))


def _find_forwards(text: str) -> tuple[bool, str | None]:
    forwards = [item for item in find_forwards(text) if item.is_forward]
    if not forwards:
        return False, None
    return True, forwards[-1].sender


def bench_forwards(forwards: list[tuple[Path, bytes, dict[str, Any]]]) -> None:
    print(f"## Forwards: original sender ({len(forwards)} labelled samples)\n")
    attached = []
    inline = []
    for path, raw, label in forwards:
        if path.suffix == ".eml":
            message = BytesParser(policy=default).parsebytes(raw)
            if any(part.get_content_type() == "message/rfc822" for part in message.walk()):
                attached.append(path.name)
                continue
        inline.append((path, raw, label, read_like_a_reader(raw, path)))
    readers: dict[str, Callable[[Reading], tuple[bool, str | None]]] = {
        "forwards.find_forwards (text)": lambda r: _find_forwards(r.text)
    }
    if installed("quotequail"):
        readers["quotequail.unwrap (text)"] = lambda r: _quotequail_text(r.text)
        readers["quotequail.unwrap_html (HTML part; text when none)"] = lambda r: (
            _quotequail_html(r.html) if r.html else _quotequail_text(r.text)
        )
    else:
        print("- quotequail is not installed, skipped")
    print("| reader | forward found | sender right | median ms | p95 ms | missed (file: got) |")
    print("|---|---|---|---|---|---|")
    for name, reader in readers.items():
        found = right = 0
        seconds, missed = [], []
        for path, _, label, reading in inline:
            try:
                (is_forward, sender), spent = timed(lambda rd=reader, r=reading: rd(r), repeats=5)
            except Exception as error:  # a crash counts as a miss
                is_forward, sender, spent = False, f"crash {type(error).__name__}", 0.0
            seconds.append(spent)
            found += is_forward
            if sender == str(label["original_sender"]).lower():
                right += 1
            else:
                missed.append(f"{path.name.removeprefix('ats__')[:36]}: {sender}")
        print(
            f"| {name} | {found}/{len(inline)} | {right}/{len(inline)} | {ms(seconds, 0.5)} | "
            f"{ms(seconds, 0.95)} | {'; '.join(missed)} |"
        )
    end_to_end = sum(
        1
        for path, raw, label in forwards
        if (parse_message(raw).original_sender or "").lower()
        == str(label["original_sender"]).lower()
    )
    print(
        f"\nparse_message(raw).original_sender end to end, attachments included: "
        f"{end_to_end}/{len(forwards)}. Forwarded as message/rfc822 attachments (MIME's job, not "
        f"measured above): {', '.join(attached) or 'none'}.\n"
    )


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--lingua-memory":
        lingua_memory(sys.argv[2])
        return 0
    warnings.simplefilter("ignore")
    samples, forwards = load_samples()
    if not samples:
        print("no labelled text invitations found")
        return 1
    print(f"# Library benchmark, {datetime.now(UTC):%Y-%m-%d}, Python {sys.version.split()[0]}\n")
    versions = []
    for package in (
        "dateparser",
        "timefhuman",
        "ctparse",
        "recognizers-text-date-time",
        "lingua-language-detector",
        "quotequail",
        "nh3",
        "inscriptis",
    ):
        with contextlib.suppress(Exception):
            from importlib.metadata import version

            versions.append(f"{package} {version(package)}")
    print("Versions: " + ", ".join(versions) + "\n")
    bench_languages(samples)
    bench_forwards(forwards)
    bench_start_times(samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
