"""Find when an interview is in the prose of an invitation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from service.parsing.zones import (
    ABBREVIATION_ZONES,
    FIXED_ABBREVIATIONS,
    fixed_offset,
    iana_name_for_label,
    iana_zone,
)

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar janvier enero ene jänner",
        "february feb februar février fevrier febrero",
        "march mar märz maerz mars marzo",
        "april apr avril abril",
        "may mai mayo",
        "june jun juni juin junio",
        "july jul juli juillet julio",
        "august aug août aout agosto ago",
        "september sep sept septembre septiembre",
        "october oct oktober okt octobre octubre",
        "november nov novembre noviembre",
        "december dec dezember dez décembre decembre diciembre dic",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "monday mon montag lundi lunes",
        "tuesday tue tues dienstag mardi martes",
        "wednesday wed mittwoch mercredi miércoles miercoles",
        "thursday thu thur thurs donnerstag jeudi jueves",
        "friday fri freitag vendredi viernes",
        "saturday sat samstag samedi sábado sabado",
        "sunday sun sonntag dimanche domingo",
    ]
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number

_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_GAP = r"[\s,¶|]*"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_DATE_PATTERNS = [
    re.compile(
        rf"(?:{_WEEKDAY}{_GAP})?{_MONTH}{_GAP}{_DAY}(?![:\d])(?:{_GAP}{_YEAR})?", re.IGNORECASE
    ),
    re.compile(
        rf"(?:{_WEEKDAY}{_GAP})?(?:the\s+)?{_DAY}(?:\s*de)?{_GAP}{_MONTH}"
        rf"(?:(?:\s*de)?{_GAP}{_YEAR})?",
        re.IGNORECASE,
    ),
    re.compile(r"(?P<iso>(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d))(?![\d:])"),
    re.compile(
        r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)(?![\d/])"
    ),
    re.compile(rf"(?P<relative>{_WEEKDAY}\s+the\s+{_DAY})", re.IGNORECASE),
    re.compile(
        rf"(?P<relative>today|tomorrow|heute|morgen|demain|aujourd'hui|mañana|manana"
        rf"|(?:next|this|coming|on)\s+{_WEEKDAY})",
        re.IGNORECASE,
    ),
]

_MERIDIEM = r"(?:\s*(?P<{0}>a\.?\s?m\.?|p\.?\s?m\.?))"
_CLOCK = (
    r"(?P<{0}h>[012]?\d)(?:(?:[:.h](?P<{0}m>[0-5]\d))(?::[0-5]\d)?)?" + _MERIDIEM + "?"
    r"(?:\s*(?:uhr|h(?![a-z])))?"
)
_TIME_RANGE = re.compile(
    r"(?<![\d:/.-])"
    + _CLOCK.format("s")
    + r"(?:\s*(?:–|—|-|to|until|till|bis|à|a|hasta)\s*"
    + _CLOCK.format("e")
    + r")?(?![\d/]|:\d)",
    re.IGNORECASE,
)
_NOON = re.compile(r"\b(?:noon|midday)\b", re.IGNORECASE)

_ABBREVIATIONS = "|".join(
    sorted(set(ABBREVIATION_ZONES) | {"GMT", "UTC", "Z"}, key=len, reverse=True)
)
_ZONE_AFTER = re.compile(
    r"^[\s(]*(?:"
    r"(?P<offset>(?:GMT|UTC)\s*(?P<sign>[+-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)"
    r"|(?P<iana>[A-Z][a-z]+(?:_[A-Z][a-z]+)*/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)"
    r"|(?P<named>(?:pacific|eastern|central|mountain)(?:\s+(?:standard|daylight))?\s+time"
    r"|central european(?:\s+summer|\s+standard)?\s+time|british summer time"
    r"|greenwich mean time|india(?:n)? standard time)"
    rf"|(?P<abbr>(?:{_ABBREVIATIONS}))(?![A-Za-z])"
    r")",
    re.IGNORECASE,
)
_IANA_ANYWHERE = re.compile(
    r"\b([A-Z][a-z]+(?:_[A-Z][a-z]+)*/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\b"
)
_DURATION = re.compile(
    r"(?:(?P<num>\d{1,3})[\s-]*(?P<unit>minutes?|mins?|hours?|hrs?|h)\b"
    r"|duration\s*:?\s*(?P<dh>\d{1,2})\s*h\s*(?P<dm>\d{2})"
    r"|(?P<half>half an hour|half-hour|30-minute)|(?P<hour>an hour|one hour|1-hour))",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"interview|scheduled|schedule|when|date|time|start|call|meeting|confirm|invit|join"
    r"|termin|entretien|entrevista|rendez|booked|appointment",
    re.IGNORECASE,
)
_FORWARD_LABEL = re.compile(
    r"^[\s>*]*(?:from|von|de|sent|gesendet|envoyé|enviado)\s*:", re.IGNORECASE
)


@dataclass(frozen=True)
class FoundTime:
    """A start (and maybe end) read from prose, with how sure the reading is."""

    start: datetime
    end: datetime | None
    timezone: str | None
    zone_stated: bool
    score: float


@dataclass(frozen=True)
class _DateHit:
    day: date
    begin: int
    finish: int
    explicit_year: bool


def _year_for(month: int, day: int, reference: date) -> date | None:
    for year in (reference.year, reference.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= reference - timedelta(days=1):
            return candidate
    return None


def _weekday_on_or_after(weekday: int, reference: date, strictly_after: bool) -> date:
    delta = (weekday - reference.weekday()) % 7
    if delta == 0 and strictly_after:
        delta = 7
    return reference + timedelta(days=delta)


def _dates(text: str, reference: date, month_first: bool) -> list[_DateHit]:
    hits: list[_DateHit] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _date_from(match, reference, month_first)
            if found is not None:
                day, explicit = found
                hits.append(_DateHit(day, match.start(), match.end(), explicit))
    hits.sort(key=lambda hit: (hit.begin, -(hit.finish - hit.begin)))
    kept: list[_DateHit] = []
    for hit in hits:
        if kept and hit.begin < kept[-1].finish:
            continue
        kept.append(hit)
    return kept


def _date_from(
    match: re.Match[str], reference: date, month_first: bool
) -> tuple[date, bool] | None:
    groups = match.groupdict()
    try:
        if groups.get("iso"):
            return date(int(groups["y"]), int(groups["m"]), int(groups["d"])), True
        if groups.get("sep"):
            first, second, year = int(groups["a"]), int(groups["b"]), int(groups["y"])
            year = year + 2000 if year < 100 else year
            month, day = (first, second) if month_first else (second, first)
            if month > 12:
                month, day = day, month
            return date(year, month, day), True
        if groups.get("relative"):
            return _relative(match, reference)
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        day_number = int(groups["day"])
        if groups.get("year"):
            return date(int(groups["year"]), month, day_number), True
        found = _year_for(month, day_number, reference)
        return (found, False) if found else None
    except (ValueError, KeyError, TypeError):
        return None


def _relative(match: re.Match[str], reference: date) -> tuple[date, bool] | None:
    phrase = match.group("relative").lower()
    if phrase in {"today", "heute", "aujourd'hui"}:
        return reference, False
    if phrase in {"tomorrow", "morgen", "demain", "mañana", "manana"}:
        return reference + timedelta(days=1), False
    weekday_name = (match.group("weekday") or "").lower().rstrip(".")
    if weekday_name not in _WEEKDAYS:
        return None
    weekday = _WEEKDAYS[weekday_name]
    day_text = match.groupdict().get("day")
    if day_text and "the" in phrase:
        # "Tuesday the 5th": the next month whose 5th is a Tuesday
        cursor = reference
        for _ in range(14):
            try:
                candidate = cursor.replace(day=int(day_text))
            except ValueError:
                candidate = None
            if candidate and candidate >= reference and candidate.weekday() == weekday:
                return candidate, False
            cursor = (cursor.replace(day=1) + timedelta(days=32)).replace(day=1)
        return None
    return _weekday_on_or_after(weekday, reference, strictly_after=True), False


def _clock(match: re.Match[str], prefix: str, meridiem_hint: str | None) -> time | None:
    hour_text = match.group(prefix + "h")
    if hour_text is None:
        return None
    hour = int(hour_text)
    minute = int(match.group(prefix + "m") or 0)
    meridiem = (
        (match.group(prefix) or meridiem_hint or "").lower().replace(".", "").replace(" ", "")
    )
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


@dataclass(frozen=True)
class _TimeHit:
    start: time
    end: time | None
    begin: int
    finish: int


def _times(text: str) -> list[_TimeHit]:
    hits: list[_TimeHit] = []
    for match in _TIME_RANGE.finditer(text):
        has_meridiem = match.group("s") or match.group("e")
        has_minutes = match.group("sm") is not None
        literal = match.group(0).lower()
        if not (has_meridiem or has_minutes or "uhr" in literal or re.search(r"\dh", literal)):
            continue
        end_meridiem = match.group("e")
        start = _clock(match, "s", end_meridiem if not match.group("s") else None)
        end = _clock(match, "e", match.group("s")) if match.group("eh") else None
        if start is None:
            continue
        if end is not None and match.group("e") and not match.group("s") and end <= start:
            # "11-1pm": only the end carries the meridiem; the start is then morning
            start = _clock(match, "s", "am")
        hits.append(_TimeHit(start, end, match.start(), match.end()))  # type: ignore[arg-type]
    for match in _NOON.finditer(text):
        hits.append(_TimeHit(time(12, 0), None, match.start(), match.end()))
    hits.sort(key=lambda hit: hit.begin)
    return hits


def zone_at(text: str) -> tuple[tzinfo | None, str | None, str | None]:
    """Return (zone, IANA name, abbreviation) for a zone written at the start of text."""
    match = _ZONE_AFTER.match(text)
    if not match:
        return None, None, None
    if match.group("offset"):
        sign = -1 if match.group("sign") in "-−" else 1
        minutes = int(match.group("oh")) * 60 + int(match.group("om") or 0)
        # "(UTC-05:00) Eastern Time (US & Canada)" names the zone after the offset
        rest = text[match.end() :].lstrip(" )")
        name = iana_name_for_label(text[: match.end() + 60].split("\n")[0].strip(" ("))
        if name and rest[:1].isalpha():
            zone = iana_zone(name)
            if zone is not None:
                return zone, name, None
        return fixed_offset(sign * minutes), None, None
    if match.group("iana"):
        zone = iana_zone(match.group("iana"))
        return (zone, match.group("iana"), None) if zone else (None, None, None)
    if match.group("named"):
        named = match.group("named").lower()
        for word, zone_name in (
            ("pacific", "America/Los_Angeles"),
            ("eastern", "America/New_York"),
            ("central european", "Europe/Berlin"),
            ("central", "America/Chicago"),
            ("mountain", "America/Denver"),
            ("british", "Europe/London"),
            ("greenwich", "Europe/London"),
            ("india", "Asia/Kolkata"),
        ):
            if named.startswith(word):
                return iana_zone(zone_name), zone_name, None
    abbreviation = match.group("abbr")
    if abbreviation:
        upper = abbreviation.upper()
        if upper in {"GMT", "UTC", "Z"}:
            return fixed_offset(0), None, upper
        if not abbreviation.isupper() and upper not in {"PACIFIC", "EASTERN", "CENTRAL"}:
            return None, None, None
        abbreviated_zone = ABBREVIATION_ZONES.get(upper)
        if abbreviated_zone:
            return iana_zone(abbreviated_zone), abbreviated_zone, upper
    return None, None, None


def _duration(text: str) -> timedelta | None:
    match = _DURATION.search(text)
    if not match:
        return None
    if match.group("half"):
        return timedelta(minutes=30)
    if match.group("hour"):
        return timedelta(hours=1)
    if match.group("dh"):
        return timedelta(hours=int(match.group("dh")), minutes=int(match.group("dm")))
    number = int(match.group("num"))
    unit = match.group("unit").lower()
    minutes = number * 60 if unit.startswith("h") else number
    if not 5 <= minutes <= 8 * 60:
        return None
    return timedelta(minutes=minutes)


def find_time(
    text: str,
    reference: datetime,
    default_zone: tzinfo,
    default_zone_name: str | None,
) -> FoundTime | None:
    """Return the most plausible interview start in the text, resolved to an instant."""
    lines = text[:100_000].splitlines()
    kept_lines = [
        "" if _FORWARD_LABEL.match(line) or _near_forward_label(lines, index) else line
        for index, line in enumerate(lines)
    ]
    flat = " ¶ ".join(line.strip() for line in kept_lines)
    reference_day = reference.date()
    month_first = (reference.utcoffset() or timedelta()) < timedelta(0)
    dates = _dates(flat, reference_day, month_first)
    if not dates:
        return None
    times = _times(flat)
    document_zone = _document_zone(flat)
    best: FoundTime | None = None
    for hit in dates:
        pairing = _pair(hit, times)
        if pairing is None:
            continue
        clock = pairing
        zone, zone_name, abbreviation = zone_at(flat[clock.finish : clock.finish + 80])
        stated = zone is not None
        if zone is None and document_zone is not None:
            zone, zone_name = document_zone
            stated = True
        if zone is None:
            zone, zone_name = default_zone, default_zone_name
        start = datetime.combine(hit.day, clock.start).replace(tzinfo=zone)
        if abbreviation in FIXED_ABBREVIATIONS and zone_name is None:
            start = datetime.combine(hit.day, clock.start).replace(
                tzinfo=fixed_offset(FIXED_ABBREVIATIONS[abbreviation])
            )
        end: datetime | None = None
        if clock.end is not None:
            end = datetime.combine(hit.day, clock.end).replace(tzinfo=start.tzinfo)
            if end <= start:
                end += timedelta(days=1)
        else:
            window = flat[max(0, hit.begin - 300) : clock.finish + 300]
            duration = _duration(window)
            if duration is not None:
                end = start + duration
        score = 1.0
        context = flat[max(0, hit.begin - 120) : hit.begin]
        if _CUE.search(context):
            score += 1.0
        if stated:
            score += 0.5
        if start < reference - timedelta(hours=12):
            score -= 2.0
        if best is None or score > best.score:
            best = FoundTime(start, end, zone_name, stated, score)
    return best


def _near_forward_label(lines: list[str], index: int) -> bool:
    window = lines[max(0, index - 3) : index + 4]
    labels = sum(1 for line in window if _FORWARD_LABEL.match(line))
    return labels >= 1 and bool(re.match(r"^[\s>*]*(?:date|datum|fecha)\s*:", lines[index], re.I))


def _pair(hit: _DateHit, times: list[_TimeHit]) -> _TimeHit | None:
    after = [clock for clock in times if 0 <= clock.begin - hit.finish <= 90]
    if after:
        return after[0]
    before = [clock for clock in times if 0 <= hit.begin - clock.finish <= 25]
    return before[-1] if before else None


def _document_zone(flat: str) -> tuple[tzinfo, str] | None:
    for match in _IANA_ANYWHERE.finditer(flat):
        zone = iana_zone(match.group(1))
        if zone is not None:
            return zone, match.group(1)
    return None
