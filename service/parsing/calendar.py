"""Read the event an iCalendar attachment describes."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from dateutil.rrule import rrulestr
from icalendar import Calendar, Component

from service.parsing.mime import MAX_CALENDAR_BYTES
from service.parsing.model import Person
from service.parsing.vtimezone import (
    MAX_ZONE_BLOCKS,
    BoundedZone,
    zone_from_vcalendar,
    zone_from_vtimezone,
)
from service.parsing.zone_words import read_zone, zone_for_city
from service.parsing.zones import (
    calendar_zone_name,
    cdo_zone_name,
    iana_zone,
    offset_in_label,
    offsets_agree,
    same_zone,
)

# Zoom writes SEQUENCE as seconds since the epoch; such a number says nothing about updates.
_EPOCH_STYLE_SEQUENCE = 1_000_000
MAX_SEQUENCE = 2**63 - 1
# The note a calendar with floating times (no TZID, no Z, no X-WR-TIMEZONE) carries.
FLOATING_NOTE = "the calendar gives a time without a known zone"
_MAX_OCCURRENCES = 5000
_MAX_EVENTS = 200
_MAX_VTIMEZONES = 50
# How far apart an event's DTSTART and the reference may be for its rule to be expanded.
_MAX_RULE_SPAN = timedelta(days=40_000)
_MAX_DAILY_SPAN = timedelta(days=20_000)
_UTC_UNTIL = re.compile(r"UNTIL=(\d{8}T\d{6})Z", re.IGNORECASE)
_UNTIL_YEAR = re.compile(r"UNTIL=(\d{4})", re.IGNORECASE)
# RFC 7529's calendar scale: RSCALE=GREGORIAN, with SKIP=OMIT (its default, RFC 5545's own
# handling of days a month lacks), is the plain rule. Apple clients and Cyrus write it
# (cassandane's recurrenceoverrides-mixed-datetypes.ics) and Google/Apple syncs carry it
# (odoo PR 251777); dateutil refuses the extra parts. Other scales or skips stay unread.
_GREGORIAN_PARTS = re.compile(r"(?:^|;)(?:RSCALE=GREGORIAN|SKIP=OMIT)(?=;|$)", re.IGNORECASE)
_FREQUENCY = re.compile(r"FREQ=([A-Z]+)")
_INTERVAL = re.compile(r"INTERVAL=(\d{1,6})")
_PROPERTY_START = re.compile(r"^[A-Za-z0-9_-]+[;:]")
_BARE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,60}$")
# a piece of a property name cut by a fold: X- names carry "_" too ("X-ENTOURAGE_UUID")
_NAME_PIECE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,60}$")
_STRAY_PARAMETER = re.compile(r"^[A-Z][A-Z0-9-]{0,60}=[^:]*$")
_BEGIN_END = re.compile(r"(BEGIN|END):([A-Za-z0-9-]{1,60})\s*$", re.IGNORECASE)
MAX_CONTENT_LINES = 20_000
# One property at most this often in one component: 50,000 ATTENDEE lines cut to the
# content-line bound still took icalendar a second, and the reader uses the first 20.
MAX_PROPERTY_REPEATS = 1000
_PROPERTY_NAME = re.compile(r"[A-Za-z0-9_-]{1,60}")
MAX_LINE_PARAMETERS = 64
MAX_PARAMETERS = 20_000
_URL = re.compile(r"https?://[^\s<>\"'\\]+", re.IGNORECASE)


@dataclass
class CalendarEvent:
    """The facts one calendar gives about the interview it schedules."""

    method: str | None
    kind: str
    start: datetime | date | None = None
    end: datetime | date | None = None
    all_day: bool = False
    timezone: str | None = None
    uid: str | None = None
    sequence: int = 0
    summary: str | None = None
    location: str | None = None
    description: str | None = None
    meeting_url: str | None = None
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()
    warnings: list[str] = field(default_factory=list)
    floating: bool = False
    event_count: int = 1
    # the calendar's own name (X-WR-CALNAME): an exported or shared calendar carries one
    calendar_name: str | None = None
    # the titles of the calendar's other events (a few, in file order): a published list of
    # slots names a different person in each ("Interview: Tyler R.", "Interview: Keisha W.")
    other_summaries: tuple[str, ...] = ()
    # a series' first instance when `start` is a later one (the mail was sent after it): the
    # text of a series invitation names that first date ("Occurs every Monday effective ...")
    series_start: datetime | date | None = None
    # how the event shows the time in a free/busy view: "oof" or "free" (Outlook's
    # X-MICROSOFT-CDO-BUSYSTATUS / INTENDEDSTATUS), "transparent" (RFC 5545 TRANSP), or None
    shows_as: str | None = None


# A TZID a parameter value holds only in quotes (RFC 5545 3.2), left unquoted, is quoted back:
# a Windows display name, whose colon would end the parameters early ("DTSTART;TZID=(UTC+01:00)
# Amsterdam, Berlin…:20261210T100000"), and any name with a comma ("TZID=Chennai, Kolkata,
# Mumbai, New Delhi:...", read as four zones and dropped). Windows XP's names hold " : "
# inside ("(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London"), which older Outlook
# wrote as TZID; a value's colon has no space after it, so the name ends at the value.
_UNQUOTED_TZID = re.compile(
    r"^([A-Za-z-]+(?:;[^:;\"]*)*;TZID=)"
    r"(\((?:UTC|GMT)(?:[+\-\u2212]\d{1,2}:\d\d)?\)(?:[^:;\"]| : )*|[^:;\"]*,[^:;\"]*)(?=;|:(?! ))",
    re.IGNORECASE,
)
# a parameter without "=" ("DTSTART;TZID=Asia/Singapore;X:..."), which makes icalendar drop
# the whole property: left out, as the stray lines of _STRAY_PARAMETER are
_BARE_PARAMETER = re.compile(r";[A-Za-z0-9-]{1,60}(?=[;:])")


# A moment property's value as producers really write it: "20261210T100000Z", but also
# lower-case ("20261210t100000z"), without seconds ("20261210T1000"), in ISO 8601's
# extended form ("2026-12-10T10:00:00"), with an offset ("20261210T100000+0100") or with the
# fraction of a second JavaScript's toISOString() leaves ("20261210T090000.000Z"), dropped;
# and as templates print a language's own date-time: Ruby's Time#to_s and Rails'
# TimeWithZone#to_s ("2026-12-10 10:00:00 +0100", "2026-12-10 09:00:00 UTC"), Python's
# str(datetime) ("2026-12-10 10:00:00+01:00")
_ONE_MOMENT = (
    r"(?P<date>\d{4}-?\d\d-?\d\d)(?:(?:[Tt]|(?<=\d-\d\d) )(?P<hour>\d\d):?(?P<minute>\d\d)"
    r"(?::?(?P<second>\d\d)(?:\.\d{1,9})?)?"
    r"(?: ?(?P<utc>[Zz]|UTC|GMT)|(?: ?)(?P<sign>[+-])(?P<oh>\d\d):?(?P<om>\d\d))?)?"
)
_MOMENT_ITEM = re.compile(_ONE_MOMENT)
_MOMENT_VALUE = re.compile(
    ":[ \t]*(?P<value>" + re.sub(r"\(\?P<\w+>", "(?:", _ONE_MOMENT) + "(?:,[^,:]{8,25}){0,50})\\s*$"
)
_PARAMETERS = re.compile(r'(?:[^;"]|"[^"]*")+')
_TZID_PARAMETER = re.compile(r';TZID=(?:"[^"]*"|[^;:"]*)', re.IGNORECASE)
_MOMENT_PROPERTIES = frozenset(
    {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE", "DTSTAMP"}
)


def _basic_moment(written: str) -> str | None:
    """Write one moment in RFC 5545's basic form, or None when it is not a moment."""
    match = _MOMENT_ITEM.fullmatch(written.strip())
    if match is None:
        return None
    day = match["date"].replace("-", "")
    if match["hour"] is None:
        return day
    clock = f"{match['hour']}{match['minute']}{match['second'] or '00'}"
    if match["sign"]:
        # an offset has no place in the value: the same instant in UTC does
        try:
            written_at = datetime.strptime(
                f"{day}{clock}{match['sign']}{match['oh']}{match['om']}", "%Y%m%d%H%M%S%z"
            )
        except ValueError:
            return None
        return written_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{day}T{clock}{'Z' if match['utc'] else ''}"


def _repaired_moment(line: str) -> str:
    """Mend a date-time line that RFC 5545 readers refuse but its producer meant plainly.

    "DTSTART;TZID=tzone://Microsoft/Custom:20261210T100000": a TZID with a colon left
    unquoted ends the parameters early; "20261210T1000" lacks its seconds; "t" and "z"
    written small; ISO 8601's dashes and colons; an offset after the time. Each made
    icalendar drop the moment, and with it the whole invitation.
    """
    if len(line) > 1000:
        return line
    name_end = min((i for i in (line.find(";"), line.find(":")) if i >= 0), default=-1)
    if name_end <= 0 or line[:name_end].upper() not in _MOMENT_PROPERTIES:
        return line
    found = _MOMENT_VALUE.search(line, name_end)
    if found is None:
        return line
    moments = [_basic_moment(item) for item in found["value"].split(",")]
    if any(moment is None for moment in moments):
        return line
    head = line[: found.start()]
    if ":" in head[name_end:]:
        # the colon belongs to an unquoted parameter value: quote each parameter holding one
        # split where a ";" stands outside quotes: Windows XP's display names hold one inside
        # ("TZID=\"(GMT-08:00) Pacific Time (US & Canada); Tijuana\"")
        params = _PARAMETERS.findall(head[name_end + 1 :]) if head[name_end] == ";" else []
        quoted = [
            f'{key}="{text}"' if ":" in text and not text.startswith('"') else f"{key}={text}"
            for key, _, text in (param.partition("=") for param in params)
        ]
        head = ";".join([head[:name_end], *quoted])
    if all(moment and moment.endswith("Z") for moment in moments):
        # "DTSTART;TZID=Europe/Berlin:20261210T090000Z" (or "...T100000+0100"): RFC 5545
        # forbids a TZID on a UTC time, and the value itself names its instant; icalendar
        # would read the clock in the TZID's zone instead, an hour off here. The zone stays
        # as the one to show the time in.
        head = _TZID_PARAMETER.sub(lambda found: f";X-UTC-{found[0][1:]}", head)
    return f"{head}:{','.join(moment for moment in moments if moment)}"


# A zone block's offset as producers write it: RFC 5545's "+0530" (or "+053000"), but also
# ISO 8601's "+05:30", an hour alone ("+1", "-03") and a Unicode minus ("\u22120500").
# icalendar reads characters 2-5 as hours and minutes whatever they are: "+05:30" sank the
# whole VTIMEZONE (the times were then read as floating), and "\u22120500" read as +05:00.
_OFFSET_LINE = re.compile(
    r'^(TZOFFSET(?:FROM|TO)(?:;(?:"[^"]*"|[^:"])*)?):'
    r"[ \t]*([+\-\u2212])(\d{1,2})(?::?(\d\d))?(?::?(\d\d))?\s*$",
    re.IGNORECASE,
)


def _repaired_offset(line: str) -> str:
    """Write a TZOFFSETFROM/TZOFFSETTO value in RFC 5545's form ("+0530", "-0300")."""
    found = _OFFSET_LINE.match(line)
    if found is None:
        return line
    name, sign, hours, minutes, seconds = found.groups()
    written = f"{'-' if sign != '+' else '+'}{int(hours):02d}{minutes or '00'}"
    if seconds and seconds != "00":
        written += seconds
    return f"{name}:{written}"


_FOLD_BYTES = re.compile(rb"(?:\r\n|\r|\n)[ \t]")
# A DURATION written without RFC 5545's "T" before its time part ("P1H", "P1DT2H" is right,
# "P1D2H30M" is not): ISO 8601 readers and hand-written templates leave it out. icalendar
# refuses the value and the end is lost; RFC 5545 has no month unit, so an "M" there can only
# be minutes.
_LOOSE_DURATION = re.compile(
    r'^(DURATION(?:;(?:"[^"]*"|[^:"])*)?:[ \t]*[+-]?P(?:\d+W)?(?:\d+D)?)'
    r"((?:\d+H)?(?:\d+M)?(?:\d+S)?)\s*$",
    re.IGNORECASE,
)


def _repaired_duration(line: str) -> str:
    """Put back the "T" a DURATION's hours, minutes or seconds need ("P1H" -> "PT1H")."""
    found = _LOOSE_DURATION.match(line)
    if found is None or not found[2]:
        return line
    return f"{found[1]}T{found[2]}"


def repair_content_lines(data: bytes) -> str:
    """Undo the folding damage mail clients and exporters do to content lines.

    The result is also bounded for icalendar, whose cost grows with lines and parameters
    (35,000 tiny events or one line of 250,000 parameters took 2 s): at most
    MAX_CONTENT_LINES lines, parameter-stuffed lines dropped, open components closed.
    """
    if len(data) > MAX_CALENDAR_BYTES:
        data = data[:MAX_CALENDAR_BYTES]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # RFC 5545 3.1 folds at 75 octets and only asks producers not to cut a UTF-8
        # sequence; some do ("Mitteleurop\xc3" / " \xa4ische Zeit"). Unfolded as octets
        # first, the character is whole again: decoded first, it became two U+FFFD and a
        # TZID no longer matched its VTIMEZONE.
        text = _FOLD_BYTES.sub(b"", data).decode("utf-8", errors="replace")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # each content line is gathered as pieces and joined once: appending to a growing
    # string was quadratic in a calendar of many continuation lines
    repaired: list[list[str]] = []
    raw_lines = [line for line in text.split("\n") if line.strip()]
    for index, line in enumerate(raw_lines):
        if line[0] in " \t" and repaired:
            repaired[-1].append(line[1:])
        elif (
            _PROPERTY_START.match(line)
            or not repaired
            or _folded_after_name(line, raw_lines[index + 1 : index + 9])
        ):
            if len(repaired) >= MAX_CONTENT_LINES:
                break
            repaired.append([line])
        elif _STRAY_PARAMETER.match(line):
            # "X-APPLE-RADIUS=49.9" (a property that lost its colon) glued to the line
            # before would corrupt its value (a UID, a DTSTART): it is dropped instead
            continue
        else:
            # a continuation whose leading space was lost
            repaired[-1].append(line)
    lines: list[str] = []
    open_names: list[str] = []
    parameters_left = MAX_PARAMETERS
    repeats: dict[str, int] = {}  # property lines per name in the component being read
    for pieces in repaired:
        line = "".join(pieces)
        head = line[: line.find(":")] if ":" in line else line
        parameters = head.count(";")
        if parameters > MAX_LINE_PARAMETERS or parameters > parameters_left:
            continue
        named = _PROPERTY_NAME.match(head)
        name = named[0].upper() if named else ""
        if name in ("BEGIN", "END"):
            repeats.clear()
        elif repeats.get(name, 0) >= MAX_PROPERTY_REPEATS:
            continue
        else:
            repeats[name] = repeats.get(name, 0) + 1
        parameters_left -= parameters
        line = _UNQUOTED_TZID.sub(r'\1"\2"', line, count=1)
        colon = line.find(":")
        if colon > 0 and '"' not in line[:colon] and _BARE_PARAMETER.search(line, 0, colon + 1):
            line = _BARE_PARAMETER.sub("", line[: colon + 1]) + line[colon + 1 :]
        line = _repaired_duration(_repaired_offset(_repaired_moment(line)))
        marker = _BEGIN_END.match(line)
        if marker:
            if marker.group(1).upper() == "BEGIN":
                open_names.append(marker.group(2))
            elif open_names:
                open_names.pop()
        lines.append(line)
    lines.extend(f"END:{name}" for name in reversed(open_names))
    return "\r\n".join(lines) + "\r\n"


# Components an invitation's event can do without; VCALENDAR, VEVENT and VTIMEZONE (with its
# STANDARD and DAYLIGHT blocks) are kept.
_NOT_NEEDED = frozenset({"VALARM", "VTODO", "VJOURNAL", "VFREEBUSY", "VAVAILABILITY", "AVAILABLE"})


def _without_components(text: str, names: frozenset[str] | None) -> str | None:
    """Return the unfolded calendar without the named components (None: without zones
    either, keeping only VCALENDAR and VEVENT), or None when nothing would be dropped.

    Only the first calendar that holds an event, its first events and zones are kept
    (what _read_one reads): a retry parses no more than those, however long the input.
    """
    kept: list[str] = []
    skipping: list[str] = []
    dropped = False
    left = {"VEVENT": _MAX_EVENTS, "VTIMEZONE": _MAX_VTIMEZONES}
    for line in text.split("\r\n"):
        marker = _BEGIN_END.match(line)
        if marker:
            name = marker.group(2).upper()
            if (
                name == "VCALENDAR"
                and marker.group(1).upper() == "END"
                and not skipping
                and left["VEVENT"] < _MAX_EVENTS
            ):
                kept.append(line)
                dropped = True
                break
            unwanted = name not in {"VCALENDAR", "VEVENT"} if names is None else name in names
            if not skipping and marker.group(1).upper() == "BEGIN" and name in left:
                left[name] -= 1
                unwanted = unwanted or left[name] < 0
            if marker.group(1).upper() == "BEGIN" and (skipping or unwanted):
                skipping.append(name)
                dropped = True
                continue
            if marker.group(1).upper() == "END" and skipping:
                if skipping[-1] == name:
                    skipping.pop()
                continue
        if not skipping:
            kept.append(line)
    return "\r\n".join(kept) if dropped else None


def _folded_after_name(line: str, following: list[str]) -> bool:
    """Tell a property name folded before its parameters or value (Mozilla Calendar 0.x,
    KOrganizer 3 and old libical write "DTSTART" then " ;TZID=...:..." on the next line), or
    inside the name itself: a producer folding at a narrow width cuts wherever the octet
    count falls ("X-MS-OLK-FORC" then "\tEINSPECTOROPEN:TRUE"), which RFC 5545 3.1 allows."""
    if _NAME_PIECE.match(line) is None:
        return False
    name = line
    for piece in following:
        if piece[:1] not in {" ", "\t"}:
            return False
        name += piece[1:]
        if _PROPERTY_START.match(name):
            return True
        if _NAME_PIECE.match(name) is None:
            return False
    return False


def read_calendar(data: bytes, reference: datetime | None) -> CalendarEvent | None:
    """Return the interview event a calendar describes, None when it holds no event."""
    text = repair_content_lines(data)
    for calendar in _parse_calendars(text):
        try:
            event = _read_one(calendar, reference)
        except Exception:  # one broken calendar must not sink the message
            event = None
        if event is not None:
            return event
    return None


def _parse_calendars(text: str) -> list[Calendar]:
    """Parse the unfolded text; [] when not even the event and its zone can be read.

    icalendar tolerates a broken value only inside a VEVENT: one in a VALARM trigger, a
    VFREEBUSY period, a VTODO stamp or a VTIMEZONE offset sinks the whole calendar. Each
    retry drops what the event does not need: other components, then the zones too.
    """
    upper = text.upper()
    events = upper.count("BEGIN:VEVENT")
    if not events:
        return []  # a zone library or a to-do list: nothing to read (459 zones took 1.3 s)
    if events > _MAX_EVENTS or upper.count("BEGIN:VTIMEZONE") > _MAX_VTIMEZONES:
        # a whole exported calendar (thousands of events): only the first events and zones
        # are read, so only they are parsed; icalendar took 2 s for 1.6 MB
        text = _without_components(text, frozenset()) or text
    if upper.count("BEGIN:STANDARD") + upper.count("BEGIN:DAYLIGHT") > _ZONE_BLOCKS_PARSED:
        # zone_from_vtimezone reads only a zone's latest blocks; parsing 3,000 of them
        # first was most of a 0.7 s parse
        text = _latest_zone_blocks(text, _ZONE_BLOCKS_PARSED)
    calendars = _from_ical(text)
    if calendars is None:
        for dropped in (_NOT_NEEDED, None):
            retry = _without_components(text, dropped)
            calendars = _from_ical(retry) if retry is not None else None
            if calendars is not None:
                break
    if calendars is None:
        kept = _without_unreadable_properties(text)
        if kept is not None:
            calendars = _from_ical(kept)
            if calendars is None:
                retry = _without_components(kept, None)
                calendars = _from_ical(retry) if retry is not None else None
    return calendars or []


def _without_unreadable_properties(text: str) -> str | None:
    """Return the unfolded calendar without the property lines icalendar cannot read on their
    own, or None when every line reads (or too many do not). One malformed property sinks the
    whole calendar in icalendar: a parameter holding a list where one value belongs
    ("LOCATION;VALUE=1000 MAIN ST, STATE 12345:...", the Ruby icalendar gem's bad-location
    fixture); it says nothing of the event's time, so only that line is dropped.

    The lines are tried in halves, not one by one: a calendar of 20,000 lines with one bad
    line costs about two parses of it, where one parse a line cost seconds."""
    lines = text.split("\r\n")
    bad: list[int] = []

    def find_bad(indexes: list[int]) -> None:
        if not indexes or len(bad) > MAX_DROPPED_PROPERTIES:
            return
        block = "\r\n".join(lines[index] for index in indexes)
        if _from_ical(f"BEGIN:X\r\n{block}\r\nEND:X\r\n"):
            return
        if len(indexes) == 1:
            bad.append(indexes[0])
            return
        middle = len(indexes) // 2
        find_bad(indexes[:middle])
        find_bad(indexes[middle:])

    properties = [at for at, line in enumerate(lines) if line and not _BEGIN_END.match(line)]
    if len(properties) > MAX_RESCUED_PROPERTIES:
        return None  # an invitation is a few dozen lines; a huge broken file gets no search
    find_bad(properties)
    if not bad or len(bad) > MAX_DROPPED_PROPERTIES:
        return None
    dropped = set(bad)
    return "\r\n".join(line for at, line in enumerate(lines) if at not in dropped)


# Past this many unreadable lines a calendar is broken, not one producer's slip; and a
# calendar of more property lines than this is searched for them no further: each search
# costs two parses of the whole file.
MAX_DROPPED_PROPERTIES = 20
MAX_RESCUED_PROPERTIES = 2_000


# How many STANDARD and DAYLIGHT blocks of one zone are parsed: more than the zone reader
# uses (MAX_ZONE_BLOCKS, the latest by onset), so it still sees that there were too many
# and says so, and picks the same blocks it would have picked from all of them.
_ZONE_BLOCKS_PARSED = 2 * MAX_ZONE_BLOCKS


def _latest_zone_blocks(text: str, keep: int) -> str:
    """Return the unfolded calendar with each VTIMEZONE cut to its `keep` latest STANDARD
    and DAYLIGHT blocks by DTSTART (in their order), the rest of the text as it was."""
    lines = text.split("\r\n")
    out: list[str] = []
    depth = 0
    zone_depth = -1  # the depth inside the VTIMEZONE being read, -1 outside any
    blocks: list[tuple[str, int, list[str]]] = []  # (DTSTART, order, lines)
    block: list[str] | None = None
    onset = ""
    for line in lines:
        marker = _BEGIN_END.match(line)
        opening = marker is not None and marker.group(1).upper() == "BEGIN"
        name = marker.group(2).upper() if marker else ""
        if block is not None:
            block.append(line)
            if marker and opening:
                depth += 1
            elif marker:
                depth -= 1
                if depth == zone_depth:
                    blocks.append((onset, len(blocks), block))
                    block = None
            elif depth == zone_depth + 1 and line[:8].upper() in ("DTSTART:", "DTSTART;"):
                onset = line.rsplit(":", 1)[-1].strip()
            continue
        if marker and opening:
            depth += 1
            if name == "VTIMEZONE":
                zone_depth, blocks = depth, []
            elif depth == zone_depth + 1 and name in ("STANDARD", "DAYLIGHT"):
                block, onset = [line], ""
                continue
        elif marker:
            if name == "VTIMEZONE" and depth == zone_depth:
                chosen = sorted(sorted(blocks, reverse=True)[:keep], key=lambda b: b[1])
                out.extend(kept for _, _, lines_of in chosen for kept in lines_of)
                zone_depth = -1
            depth -= 1
        out.append(line)
    if block is not None or zone_depth >= 0:
        return text  # a zone left open: nothing is cut rather than something lost
    return "\r\n".join(out)


def _from_ical(text: str) -> list[Calendar] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return Calendar.from_ical(text, multiple=True)
    except Exception:  # icalendar raises many types on broken input
        return None


def _text(component: Component, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0]
    text = str(value).replace("\\,", ",").replace("\\;", ";").strip()
    return text or None


def _texts(component: Component, name: str) -> list[str]:
    """Every value of a property that may repeat, as text."""
    value = component.get(name)
    if value is None:
        return []
    return [str(item) for item in (value if isinstance(value, list) else [value])]


def _person(value: Any) -> Person | None:
    if value is None:
        return None
    params = getattr(value, "params", {}) or {}
    address = str(value).strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    email = params.get("EMAIL") or (address if "@" in address else None)
    # iCloud relays through opaque @imip.me.com addresses and puts the real one in EMAIL=
    if email and "@imip.me.com" in email.lower() and params.get("EMAIL"):
        email = params["EMAIL"]
    name = params.get("CN")
    name_text = str(name).strip().strip('"') if name else None
    if name_text and "@" in name_text and email and name_text.lower() == email.lower():
        name_text = None
    return Person(name=name_text or "", email=str(email).strip().lower() if email else "")


def _vtimezones(calendar: Component) -> dict[str, Component]:
    zones: dict[str, Component] = {}
    for component in calendar.walk("VTIMEZONE")[:_MAX_VTIMEZONES]:
        tzid = component.get("TZID")
        if tzid:
            zones[_tzid_key(str(tzid))] = component
    return zones


def _tzid_key(tzid: str) -> str:
    return tzid.strip().strip("\"'").replace("\\", "").strip()


class _Zones:
    """Resolve TZIDs of one calendar, its own VTIMEZONE blocks first (RFC 5545 3.2.19)."""

    def __init__(self, calendar: Component) -> None:
        self._components = _vtimezones(calendar)
        # TZID is case-sensitive in RFC 5545, but "Customized Time Zone" on DTSTART beside
        # a VTIMEZONE "CUSTOMIZED TIME ZONE" means that block: no calendar holds both
        self._by_case = {key.casefold(): key for key in self._components}
        self._built: dict[str, tzinfo | None] = {}
        self._declared: dict[str, tzinfo | None] = {}
        self._numbered: set[str] = set()  # blocks named only by X-MICROSOFT-CDO-TZID
        self.notes: list[str] = []

    def _key(self, tzid: str) -> str:
        key = _tzid_key(tzid)
        return key if key in self._components else self._by_case.get(key.casefold(), key)

    def resolve(self, tzid: str) -> tuple[tzinfo | None, str | None]:
        key = self._key(tzid)
        if key in self._components:
            # a VTIMEZONE named by its own label ("Mitteleuropäische Zeit") may say where it
            # is: libical and Evolution write X-LIC-LOCATION:<IANA name> inside it
            located = _text(self._components[key], "X-LIC-LOCATION")
            name = calendar_zone_name(key) or (calendar_zone_name(located) if located else None)
            if name is None:
                # Exchange/Outlook: the block's own label, and CDO's zone number beside it
                name = cdo_zone_name(_text(self._components[key], "X-MICROSOFT-CDO-TZID"))
                if name is not None:
                    self._numbered.add(key)
        else:
            name = zone_name_for_label(key)
        if key not in self._built:
            self._built[key] = self._build(key, name)
        return self._built[key], name

    def at(self, tzid: str, wall_clock: datetime) -> tuple[tzinfo | None, str | None]:
        """Resolve a TZID for one wall-clock time. An IANA-named VTIMEZONE usually copies the
        tz database, which is then used; where its own rules give another offset at that time
        (a stale copy: Brazil's abolished DST, a server writing CET rules under Europe/London)
        the object's VTIMEZONE defines the time (RFC 5545 3.2.19) and no IANA name is kept."""
        zone, name = self.resolve(tzid)
        key = self._key(tzid)
        if zone is not None and name is not None and key in self._numbered:
            # the block's rules give the time; CDO's number names the zone only where the
            # zone it stands for keeps the same clock then
            named = iana_zone(name)
            return zone, name if named is not None and offsets_agree(
                zone, named, wall_clock
            ) else None
        if zone is None or name is None or key != name or key not in self._components:
            return zone, name
        if key not in self._declared:
            self._declared[key] = self._from_component(key)
        own = self._declared[key]
        if own is None or offsets_agree(own, zone, wall_clock) or _mean_time(own, wall_clock):
            return zone, name
        if isinstance(own, BoundedZone) and (
            (self._copies_database(key) and not own.speaks_for(wall_clock))
            or own.lists_only_later_changes(wall_clock)
        ):
            # ICU's rendering of the tz database, cut short: it lists no change near this
            # time and has no rule; or a rendering for later years only: either way the
            # database zone it names decides
            return zone, name
        note = (
            f"The calendar's own definition of {key} differs from the time-zone database at "
            "this time; the calendar's definition was used."
        )
        if note not in self.notes:
            self.notes.append(note)
        return own, None

    def _copies_database(self, key: str) -> bool:
        """Whether the block says it renders the tz database's zone of that name: ICU's
        VTimeZone writes X-TZINFO:<zone>[<tz version>] (Thunderbird's blocks in SOGo's
        iCalTimeZone tests, DAVx5/ical4android's in ical4j issue 819), sometimes holding
        only the zone's first observance (Europe/Berlin's 1893 change from local mean
        time), which says nothing of the summers since."""
        source = _text(self._components[key], "X-TZINFO") or ""
        return source.split("[", 1)[0].strip() == key

    def _from_component(self, key: str) -> tzinfo | None:
        try:
            # not icalendar's to_tz: its tzical expands every rule from DTSTART on
            return zone_from_vtimezone(self._components[key], self.notes)
        except Exception:  # a malformed VTIMEZONE must not sink the message
            return None

    def _build(self, key: str, name: str | None) -> tzinfo | None:
        if key in self._components:
            if name is not None and key == name and iana_zone(name) is not None:
                # an IANA-named VTIMEZONE copies the tz database; the database is exact
                # (unless its rules say otherwise at the time asked: see at())
                return iana_zone(name)
            built = self._from_component(key)
            if built is not None:
                return built
        if name:
            return iana_zone(name)
        return offset_in_label(key)


# a zone name written with a space or a dash for the tz database's underscore or slash
# ("America/New York", "America-New_York") or with words after it ("Asia/Kolkata (IST)")
_LOOSE_IANA = re.compile(r"([A-Z][a-z]+)[/-]([A-Z][A-Za-z]+(?:[ _-][A-Z][A-Za-z]+){0,2})")


def _mean_time(zone: tzinfo, wall_clock: datetime) -> bool:
    """Whether a calendar's own zone gives a local mean time offset (whole seconds, such as
    +02:30:17) at that time. No zone has kept one since 1972; Apple Calendar writes Moscow's
    1880 offset in a block starting 2001 under TZID:Europe/Moscow (Radicale's
    event_timezone_seconds.ics and several projects' fixtures), so the database zone the TZID
    names is the one meant."""
    try:
        offset = wall_clock.replace(tzinfo=zone).utcoffset()
    except (ValueError, OverflowError, TypeError):
        return False
    return offset is not None and offset.seconds % 60 != 0


def zone_name_for_label(label: str) -> str | None:
    """The IANA name a TZID or X-WR-TIMEZONE that no VTIMEZONE defines stands for: a zone's
    name in any of the forms calendars use, else as people write zones."""
    return calendar_zone_name(label) or _zone_named_loosely(label)


def _zone_named_loosely(label: str) -> str | None:
    """The zone a TZID that no VTIMEZONE defines names as people write zones.

    Hand-made and exported calendars put labels there: "Asia/Kolkata (IST)", "America/New
    York", "Kolkata", "Mitteleuropäische Zeit", "JST". Read as the words of a mail are (the
    whole label must be the zone), they name a zone; left unread, the time was taken as UTC.
    """
    if not label or len(label) > 80:
        return None
    for match in _LOOSE_IANA.finditer(label):
        words = re.split(r"[ _-]", match.group(2))
        for size in range(len(words), 0, -1):  # "Asia/Kolkata Standard Time"
            name = f"{match.group(1)}/{'_'.join(words[:size])}"
            if iana_zone(name) is not None:
                return name
    read = read_zone(label)
    if read is not None and read.name is not None and read.length >= len(label.rstrip(" )")):
        return read.name
    if len(label.split()) <= 3:
        return zone_for_city(label)
    return None


def _raw_moment(component: Component, name: str) -> tuple[datetime | date | None, str | None]:
    prop = component.get(name)
    if prop is None:
        return None, None
    if isinstance(prop, list):
        prop = prop[0]
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    try:
        value = prop.dt
    except Exception:  # a broken value (icalendar keeps it as vBroken) is only unreadable
        return None, None
    shown_in = prop.params.get("X-UTC-TZID") if hasattr(prop, "params") else None
    if isinstance(value, datetime) and value.tzinfo is not None and shown_in:
        return value, str(shown_in)  # a UTC time under a TZID (_repaired_moment)
    if isinstance(value, datetime) and prop.params.get("VALUE", "").upper() == "DATE":
        # "DTSTART;TZID=Europe/Berlin;VALUE=DATE:20261210": a day, whatever zone is named
        # (icalendar makes it midnight in that zone)
        return value.date(), None
    if isinstance(value, datetime) and tzid:
        value = value.replace(tzinfo=None)
    if isinstance(value, timedelta) or not isinstance(value, date):
        return None, None
    return value, str(tzid) if tzid else None


def _localise(
    value: datetime | date | None, tzid: str | None, zones: _Zones, fallback: tzinfo | None
) -> tuple[datetime | date | None, str | None, bool]:
    """Return (aware moment, IANA name, floating) for a raw DTSTART-like value."""
    if value is None or not isinstance(value, datetime):
        return value, None, False
    if value.tzinfo is not None:
        if tzid:  # a UTC time written under a TZID: shown in that zone
            zone, name = zones.resolve(tzid)
            if zone is not None:
                return value.astimezone(zone), name, False
        return value, None, False
    if tzid:
        zone, name = zones.at(tzid, value)
        if zone is not None:
            if name is not None:
                known = iana_zone(name)
                if known is not None and not offsets_agree(zone, known, value):
                    name = None
            return value.replace(tzinfo=zone), name, False
    if fallback is not None:
        return value.replace(tzinfo=fallback), None, True
    return value.replace(tzinfo=UTC), None, True


def _cancels(method: str | None, event: Component) -> bool:
    return method == "CANCEL" or (_text(event, "STATUS") or "").upper() == "CANCELLED"


def _kind(method: str | None, event: Component, sequence: int, moved: bool) -> str:
    if _cancels(method, event):
        return "cancellation"
    # iTIP messages an attendee sends back (RFC 5546 3.2): none schedules anything new
    if method in {"REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH"}:
        return "reply"
    if moved or (method == "REQUEST" and 0 < sequence < _EPOCH_STYLE_SEQUENCE):
        return "reschedule"
    return "invitation"


def _sequence(event: Component) -> int:
    try:
        value = int(str(event.get("SEQUENCE", 0)).strip())
    except ValueError:
        return 0
    # Reported as written (Google writes millisecond stamps: 1407317367304); the interview's
    # 32-bit column caps it when stored. Only absurd lengths are capped here.
    return min(max(value, 0), MAX_SEQUENCE)


_OTHER_TITLES = 8  # the other events' titles read (a slot list shows itself in a few)


def _pick_event(
    events: list[Component], zones: _Zones, reference: datetime | None
) -> tuple[Component, list[Component]]:
    """Return the master (or lone override) event and the overrides of the same UID."""
    masters = [event for event in events if event.get("RECURRENCE-ID") is None]
    chosen = masters[0] if masters else events[0]
    if len({str(event.get("UID", id(event))) for event in masters}) > 1:
        chosen = _first_in_time(masters, zones, reference) or chosen
    uid = str(chosen.get("UID", ""))
    overrides = [
        event
        for event in events
        if event.get("RECURRENCE-ID") is not None and str(event.get("UID", "")) == uid
    ]
    return chosen, overrides


def _first_in_time(
    masters: list[Component], zones: _Zones, reference: datetime | None
) -> Component | None:
    """Of several one-off events (an interview day's rounds, written in any order), the one
    that comes first among those still ahead; None when any recurs (its DTSTART is only the
    series' first) or none is ahead, which leaves the first one written."""
    if any(event.get("RRULE") is not None or event.get("RDATE") is not None for event in masters):
        return None
    timed: list[tuple[datetime, int]] = []
    for index, event in enumerate(masters):
        raw, tzid = _raw_moment(event, "DTSTART")
        start, _, _ = _localise(raw, tzid, zones, None)
        if start is None:
            continue
        moment = _order(start, None)
        if reference is None or moment >= reference:
            timed.append((moment, index))
    return masters[min(timed)[1]] if timed else None


def _read_one(calendar: Component, reference: datetime | None) -> CalendarEvent | None:
    events = [component for component in calendar.walk("VEVENT")[:_MAX_EVENTS]]
    if not events:
        return None
    method_text = _text(calendar, "METHOD")
    method = method_text.upper() if method_text else None
    zones = _Zones(calendar)
    chosen, overrides = _pick_event(events, zones, reference)
    distinct_uids = {str(event.get("UID", id(event))) for event in events}
    result = CalendarEvent(
        method=method,
        kind="invitation",
        event_count=len(distinct_uids),
        calendar_name=_text(calendar, "X-WR-CALNAME"),
    )
    if len(distinct_uids) > 1:
        result.warnings.append("the calendar holds several events; the first ahead was used")

    start_raw, start_tzid = _raw_moment(chosen, "DTSTART")
    if start_raw is None and _cancels(method, chosen):
        # RFC 5546 3.2.5 / 4.4: a CANCEL of one instance (or of this and later ones,
        # RANGE=THISANDFUTURE) may name it by its RECURRENCE-ID alone, the instant cancelled
        start_raw, start_tzid = _raw_moment(chosen, "RECURRENCE-ID")
    end_raw, end_tzid = _raw_moment(chosen, "DTEND")
    if (
        start_tzid is None
        and end_tzid is not None
        and isinstance(start_raw, datetime)
        and start_raw.tzinfo is None
    ):
        # a floating start beside an end in a named zone (Radicale's issue 1847 objects, the
        # mirror of a zoned start with a floating end): one event is written in one zone
        start_tzid = end_tzid
    duration = chosen.get("DURATION")
    # A calendar that names its own zone (X-WR-TIMEZONE) gives its floating times a home.
    # Its value is written as freely as a TZID: quoted, in Windows names, in libical's paths.
    written_default = _text(calendar, "X-WR-TIMEZONE")
    default_name = zone_name_for_label(_tzid_key(written_default)) if written_default else None
    default_zone: tzinfo | None = iana_zone(default_name) if default_name else None
    if default_zone is None:
        default_zone = zone_from_vcalendar(_text(calendar, "TZ"), _texts(calendar, "DAYLIGHT"))
    start, tz_name, floating = _localise(start_raw, start_tzid, zones, default_zone)
    if floating and default_zone is not None:
        floating, tz_name = False, default_name
    elif tz_name is None and isinstance(start, datetime) and start.utcoffset() == timedelta(0):
        # Google's exports write UTC times under the zone the calendar is shown in
        tz_name = default_name
    start_zone = start.tzinfo if isinstance(start, datetime) else None
    end, _, _ = _localise(end_raw, end_tzid, zones, start_zone)
    if end is None and start is not None and duration is not None:
        try:
            end = _plus_duration(start, duration.dt)
        except Exception:  # a broken or impractical DURATION leaves the end unknown
            end = None
    if (
        isinstance(start, date)
        and not isinstance(start, datetime)
        and (not isinstance(end, date) or isinstance(end, datetime) or end <= start)
    ):
        # a day without an end, or with DTEND on the day itself, is that one day
        end = start + timedelta(days=1)
    elif isinstance(start, datetime) and isinstance(end, datetime) and end < start:
        # an end before the start (a producer's slip, or DTEND in another zone misread)
        # would put an impossible span in the feed: the start alone is what is known
        result.warnings.append("the calendar's end is before its start; the end was left out")
        end = None
    moved = False
    instance = chosen  # the component the reported instance comes from
    is_override_only = chosen.get("RECURRENCE-ID") is not None
    if is_override_only:
        recurrence_raw, recurrence_tzid = _raw_moment(chosen, "RECURRENCE-ID")
        recurrence, _, _ = _localise(recurrence_raw, recurrence_tzid, zones, start_zone)
        moved = recurrence is not None and start is not None and _differs(recurrence, start)
    elif (
        (chosen.get("RRULE") is not None or chosen.get("RDATE") is not None)
        and reference is not None
        and start is not None
    ):
        first = start
        start, end, moved_instance, instance = _next_occurrence(
            chosen, overrides, zones, start, end, reference, result.warnings
        )
        if start != first:
            result.series_start = first
        if instance is not chosen:
            # the instance is an override's, written in its own zone: an all-day master with
            # a timed override (cassandane's recurrenceoverrides-mixed-datetypes.ics), or an
            # occurrence moved to another zone; the zone named is the one it is written in
            override_raw, override_tzid = _raw_moment(instance, "DTSTART")
            if override_tzid is not None:
                _, override_zone, _ = _localise(override_raw, override_tzid, zones, start_zone)
                tz_name = override_zone or tz_name
        moved = moved or moved_instance

    if _flagged_all_day(chosen):
        start, end = _whole_days(start, end)
    result.start, result.end = start, end
    result.all_day = isinstance(start, date) and not isinstance(start, datetime)
    result.timezone = None if result.all_day else tz_name
    result.floating = floating
    if floating and start is not None:
        result.warnings.append(FLOATING_NOTE)
    result.uid = _text(chosen, "UID")
    # an override carries its own SEQUENCE (RFC 5546 2.1.5: bumped when that one instance
    # moves; Google and Apple leave the master's as it was). The highest one the message
    # holds for the UID is its revision: an update whose next instance is a plain one, after
    # a moved instance that is over, must still read as newer than the mail that moved it
    result.sequence = max(_sequence(component) for component in (chosen, instance, *overrides))
    result.kind = _kind(method, chosen, result.sequence, moved)
    result.summary = _text(chosen, "SUMMARY")
    if len(distinct_uids) > 1:
        result.other_summaries = tuple(
            title
            for event in events[:_OTHER_TITLES]
            if event is not chosen
            and event.get("RECURRENCE-ID") is None
            and (title := _text(event, "SUMMARY"))
        )
    result.location = _text(chosen, "LOCATION")
    result.description = _text(chosen, "DESCRIPTION")
    result.organizer = _person(chosen.get("ORGANIZER"))
    attendees = chosen.get("ATTENDEE")
    if attendees is not None and not isinstance(attendees, list):
        attendees = [attendees]
    people = [_person(attendee) for attendee in (attendees or [])[:100]]
    result.attendees = tuple(person for person in people if person is not None)
    result.meeting_url = _meeting_url(chosen)
    result.shows_as = _shows_as(chosen)
    if start is None:
        result.warnings.append("the calendar event has no readable start")
    result.warnings.extend(note for note in zones.notes if note not in result.warnings)
    return result


# The flags that say "all day" beside date-times: Exchange 2003's CDO and Outlook.com
# (X-MICROSOFT-CDO-ALLDAYEVENT, X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT) and Funambol-synced
# phones (X-FUNAMBOL-ALLDAY), which write a whole day as local midnight to midnight.
_ALL_DAY_FLAGS = (
    ("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE"),
    ("X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT", "TRUE"),
    ("X-FUNAMBOL-ALLDAY", "1"),
)


def _flagged_all_day(event: Component) -> bool:
    return any(
        (_text(event, name) or "").strip().upper() == value for name, value in _ALL_DAY_FLAGS
    )


def _whole_days(
    start: datetime | date | None, end: datetime | date | None
) -> tuple[datetime | date | None, datetime | date | None]:
    """A flagged event from one local midnight to a later one (or with no end) as the days it
    covers, end exclusive; anything with a time of day is left as written."""
    if not isinstance(start, datetime) or start.time() != time(0):
        return start, end
    if end is None:
        return start.date(), start.date() + timedelta(days=1)
    if not isinstance(end, datetime) or end.time() != time(0) or end.date() <= start.date():
        return start, end
    return start.date(), end.date()


def _shows_as(event: Component) -> str | None:
    """How the event marks the time: an interview is time the reader spends, never shown as
    free or out of office; a colleague's holiday block, a working-from-home note or a
    deadline reminder is (Outlook's busy status OOF/FREE, TRANSP:TRANSPARENT)."""
    statuses = {
        (_text(event, name) or "").upper()
        for name in ("X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-INTENDEDSTATUS")
    }
    if "OOF" in statuses:
        return "oof"
    if "FREE" in statuses:
        return "free"
    if (_text(event, "TRANSP") or "").upper() == "TRANSPARENT":
        return "transparent"
    return None


def _differs(left: datetime | date, right: datetime | date) -> bool:
    if isinstance(left, datetime) != isinstance(right, datetime):
        left_day = left.date() if isinstance(left, datetime) else left
        right_day = right.date() if isinstance(right, datetime) else right
        return left_day != right_day
    return left != right


_CONFERENCE_PROPERTIES = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
    "CONFERENCE",
)


def _meeting_url(event: Component) -> str | None:
    for name in _CONFERENCE_PROPERTIES:
        value = _text(event, name)
        if value and value.lower().startswith("http"):
            return value
    from service.parsing.details import find_meeting_url

    for name in ("LOCATION", "URL", "DESCRIPTION"):
        value = _text(event, name)
        if value:
            found = find_meeting_url(value)
            if found:
                return found
    return None


def _next_occurrence(
    master: Component,
    overrides: list[Component],
    zones: _Zones,
    start: datetime | date,
    end: datetime | date | None,
    reference: datetime,
    notes: list[str],
) -> tuple[datetime | date, datetime | date | None, bool, Component]:
    """Return the occurrence on or after the reference, honouring EXDATE and overrides, and
    the component it comes from (the master, or the override that stands for it). A master
    without RRULE recurs on its RDATEs alone (RFC 5545 3.8.5.2; Notes' RDATE;VALUE=PERIOD)."""
    rule = master.get("RRULE")
    if isinstance(rule, list):
        rule = rule[0]
    rule_text = (
        "" if rule is None else rule.to_ical().decode() if hasattr(rule, "to_ical") else str(rule)
    )
    if re.search(r"FREQ=(SECONDLY|MINUTELY|HOURLY)", rule_text, re.IGNORECASE):
        notes.append("sub-daily recurrence ignored; the first occurrence was used")
        return start, end, False, master
    all_day = not isinstance(start, datetime)
    zone: tzinfo | None
    if isinstance(start, datetime):
        wall_start, zone = start.replace(tzinfo=None), start.tzinfo
    else:
        wall_start, zone = datetime.combine(start, datetime.min.time()), None
    reference_wall = (
        reference.astimezone(zone).replace(tzinfo=None)
        if zone is not None
        else reference.replace(tzinfo=None)
    )
    span = max(reference_wall, wall_start) - min(reference_wall, wall_start)
    if span > (_MAX_DAILY_SPAN if "DAILY" in rule_text.upper() else _MAX_RULE_SPAN):
        notes.append("recurrence starts too long before; the first occurrence was used")
        return start, end, False, master
    # dateutil searches a rule with no occurrence left (Feb 30) up to the year 9999. Moving the
    # whole rule by whole 400-year cycles, which repeat every date and weekday exactly, puts
    # that year just past the reference: the search then ends within ten years.
    cycle_years = 400 * max(0, (9989 - max(reference_wall.year, wall_start.year)) // 400)
    recurrence: Any = ()
    if rule_text:
        if re.search(r"RSCALE=GREGORIAN(?:;|$)", rule_text, re.IGNORECASE):
            rule_text = _GREGORIAN_PARTS.sub("", rule_text).lstrip(";")
        rule_start = _advanced_start(rule_text, wall_start, reference_wall)
        rule_text = _UTC_UNTIL.sub(lambda found: _until_in(found, zone), rule_text)
        try:
            recurrence = rrulestr(
                _UNTIL_YEAR.sub(
                    lambda found: f"UNTIL={int(found.group(1)) + cycle_years:04d}", rule_text
                ),
                dtstart=rule_start.replace(year=rule_start.year + cycle_years),
                ignoretz=True,
            )
        except (ValueError, TypeError, OverflowError):
            notes.append("unreadable recurrence rule; the first occurrence was used")
            return start, end, False, master
    excluded = _exdates(master, zone)
    replaced: dict[datetime, Component] = {}
    for override in overrides[:_MAX_EVENTS]:
        recurrence_wall = _wall_in(override, "RECURRENCE-ID", zone, zones)
        if recurrence_wall is not None and not all_day and _names_a_day(override):
            # "RECURRENCE-ID;VALUE=DATE:20060103" under a timed series (Radicale's
            # event_mixed_recurrence_id_dt_type.ics): the instance on that day is meant
            recurrence_wall = datetime.combine(recurrence_wall.date(), wall_start.time())
        if recurrence_wall is not None:
            replaced[recurrence_wall] = override
    replaced_days = {moment.date() for moment in replaced} if all_day else set()

    def usable(candidate: datetime) -> bool:
        if candidate in excluded or candidate.date() in excluded:
            return False
        if candidate in replaced or candidate.date() in replaced_days:
            return False  # an override stands for this instance; it is weighed below
        return candidate >= reference_wall or (
            all_day and candidate.date() >= reference_wall.date()
        )

    occurrence: datetime | None = None
    # DTSTART is the first instance even when the rule would not produce it (RFC 5545
    # 3.8.5.3; "every Mon, Wed, Fri" starting on a Tuesday), and it precedes all others
    if usable(wall_start):
        occurrence = wall_start
    for index, shifted in enumerate(recurrence if occurrence is None else ()):
        if index >= _MAX_OCCURRENCES:
            break
        candidate = shifted.replace(year=shifted.year - cycle_years)
        if usable(candidate):
            occurrence = candidate
            break
    # RDATE adds instances outside the rule (RFC 5545 3.8.5.2), some with their own end
    extra_end: datetime | None = None
    for added, added_end in _rdates(master, zone):
        if usable(added) and (occurrence is None or added < occurrence):
            occurrence, extra_end = added, added_end
    if occurrence == wall_start or (occurrence is not None and extra_end is None):
        extra_end = None
    length = _length(start, end)
    best: tuple[datetime | date, datetime | date | None, bool, Component] | None = None
    if occurrence is not None:
        shift = occurrence - wall_start
        if all_day:
            best = (
                occurrence.date(),
                None if end is None else _shift(end, shift, zone),
                False,
                master,
            )
        else:
            new_end: datetime | date | None = None if end is None else _shift(end, shift, zone)
            written: object = getattr(master.get("DURATION"), "dt", None)
            if (
                new_end is not None
                and master.get("DTEND") is None
                and isinstance(written, timedelta)
            ):
                # RFC 5545 3.8.5.3: with DURATION "the same nominal duration will apply to all
                # the members ... the exact duration of each recurrence instance will depend on
                # its specific start time"
                new_end = _plus_duration(occurrence.replace(tzinfo=zone), written)
            if extra_end is not None:
                new_end = extra_end.replace(tzinfo=zone)
            best = (occurrence.replace(tzinfo=zone), new_end, False, master)
            later = [
                shift for shift in _forward_shifts(replaced, zones, zone) if shift[0] < occurrence
            ]
            if later and extra_end is None:
                # RANGE=THISANDFUTURE (RFC 5545 3.2.13, 3.8.4.4): an override moves this and
                # every later instance by the same amount, at its own length
                _, moved_by, moved_length, override = max(later, key=lambda shift: shift[0])
                moved_start = (occurrence + moved_by).replace(tzinfo=zone)
                moved_length = moved_length or length
                moved_end = None if moved_length is None else moved_start + moved_length
                best = (moved_start, moved_end, True, override)
    # an override moves its instance anywhere: the earliest one still ahead may come first
    for recurrence_wall, override in replaced.items():
        if recurrence_wall in excluded or (_text(override, "STATUS") or "").upper() == "CANCELLED":
            continue
        o_start_raw, o_start_tzid = _raw_moment(override, "DTSTART")
        o_start, _, _ = _localise(o_start_raw, o_start_tzid, zones, zone)
        if o_start is None or not _ahead(o_start, reference, reference_wall):
            continue
        if best is not None and _order(best[0], zone) <= _order(o_start, zone):
            continue
        o_end_raw, o_end_tzid = _raw_moment(override, "DTEND")
        o_end, _, _ = _localise(o_end_raw, o_end_tzid, zones, zone)
        if o_end is None:
            o_end = _end_after(o_start, override.get("DURATION"), length)
        original: datetime | date = (
            recurrence_wall.date() if all_day else recurrence_wall.replace(tzinfo=zone)
        )
        best = (o_start, o_end, _differs(o_start, original), override)
    return best if best is not None else (start, end, False, master)


def _forward_shifts(
    replaced: dict[datetime, Component], zones: _Zones, zone: tzinfo | None
) -> list[tuple[datetime, timedelta, timedelta | None, Component]]:
    """The overrides that reach forward (RECURRENCE-ID;RANGE=THISANDFUTURE): from which
    instance, by how much they move it, and the length they give it."""
    shifts: list[tuple[datetime, timedelta, timedelta | None, Component]] = []
    for recurrence_wall, override in replaced.items():
        prop = override.get("RECURRENCE-ID")
        params = getattr(prop, "params", {})
        if str(params.get("RANGE", "")).upper() != "THISANDFUTURE":
            continue
        start_raw, start_tzid = _raw_moment(override, "DTSTART")
        start, _, _ = _localise(start_raw, start_tzid, zones, zone)
        if not isinstance(start, datetime):
            continue
        end_raw, end_tzid = _raw_moment(override, "DTEND")
        end, _, _ = _localise(end_raw, end_tzid, zones, start.tzinfo)
        if end is None:
            end = _end_after(start, override.get("DURATION"), None)
        wall = start.astimezone(zone).replace(tzinfo=None) if zone else start.replace(tzinfo=None)
        length = end - start if isinstance(end, datetime) and end > start else None
        shifts.append((recurrence_wall, wall - recurrence_wall, length, override))
    return shifts


def _names_a_day(override: Component) -> bool:
    raw, _ = _raw_moment(override, "RECURRENCE-ID")
    return isinstance(raw, date) and not isinstance(raw, datetime)


def _wall_in(
    component: Component, name: str, zone: tzinfo | None, zones: _Zones
) -> datetime | None:
    """Return a DTSTART-like value as a wall-clock time in the zone of the series. A value
    under a TZID of its own is an instant in that zone (RFC 5545 3.8.4.4): an override whose
    RECURRENCE-ID is written in London names the Berlin series' instance an hour later."""
    raw, tzid = _raw_moment(component, name)
    if isinstance(raw, datetime) and raw.tzinfo is None and tzid is not None:
        own, _ = zones.at(tzid, raw)
        if own is not None:
            raw = raw.replace(tzinfo=own)
    if isinstance(raw, datetime):
        if raw.tzinfo is not None and zone is not None:
            return raw.astimezone(zone).replace(tzinfo=None)
        return raw.replace(tzinfo=None)
    if isinstance(raw, date):
        return datetime.combine(raw, datetime.min.time())
    return None


def _rdates(master: Component, zone: tzinfo | None) -> list[tuple[datetime, datetime | None]]:
    """Return the RDATE instants as wall-clock times in the series' zone, with any end."""
    found: list[tuple[datetime, datetime | None]] = []
    values = master.get("RDATE")
    if values is None:
        return found
    for value in (values if isinstance(values, list) else [values])[:500]:
        for item in _dts(value):
            moment, period_end = item.dt, None
            if isinstance(moment, tuple):
                moment, period_end = moment
            wall = _as_wall(moment, zone)
            if wall is None:
                continue
            end_wall = None
            if isinstance(period_end, timedelta):
                end_wall = wall + period_end
            elif isinstance(period_end, datetime):
                end_wall = _as_wall(period_end, zone)
            found.append((wall, end_wall))
    return found


def _dts(value: Any) -> list[Any]:
    """Return the dates of an RDATE or EXDATE value, none when it is broken."""
    try:
        return list(getattr(value, "dts", []))[:500]
    except Exception:  # icalendar keeps a broken value as vBroken, which raises on access
        return []


def _as_wall(moment: object, zone: tzinfo | None) -> datetime | None:
    if isinstance(moment, datetime):
        if moment.tzinfo is not None and zone is not None:
            return moment.astimezone(zone).replace(tzinfo=None)
        return moment.replace(tzinfo=None)
    if isinstance(moment, date):
        return datetime.combine(moment, datetime.min.time())
    return None


def _length(start: datetime | date, end: datetime | date | None) -> timedelta | None:
    if end is None or isinstance(start, datetime) != isinstance(end, datetime):
        return None
    if isinstance(start, datetime) and isinstance(end, datetime):
        return end.replace(tzinfo=None) - start.replace(tzinfo=None)
    return end - start


def _end_after(
    start: datetime | date, duration: Any, length: timedelta | None
) -> datetime | date | None:
    """Return an override's end from its own DURATION, else the series' length."""
    span = getattr(duration, "dt", None) if duration is not None else None
    try:
        if isinstance(span, timedelta):
            return _plus_duration(start, span)
        return None if length is None else start + length
    except (OverflowError, TypeError):
        return None


def _plus_duration(start: datetime | date, span: timedelta) -> datetime | date:
    """The end a DURATION gives (RFC 5545 3.3.6): its days are nominal (the same wall time
    on a later day), its hours, minutes and seconds exact ("the computation of the exact
    duration requires the subtraction or addition of the change of duration of the
    discontinuity"; "the number of days MUST be added first"). Python adds a timedelta to an
    aware time on the wall clock, which made PT2H from 01:30 on a spring-forward night end
    one real hour later."""
    if not isinstance(start, datetime) or start.tzinfo is None:
        return start + span
    days = timedelta(days=span.days)
    moved = start + days  # whole days on the wall clock
    return (moved.astimezone(UTC) + (span - days)).astimezone(start.tzinfo)


def _ahead(moment: datetime | date, reference: datetime, reference_wall: datetime) -> bool:
    if isinstance(moment, datetime):
        return moment >= reference
    return moment >= reference_wall.date()


def _order(moment: datetime | date, zone: tzinfo | None) -> datetime:
    if isinstance(moment, datetime):
        return moment.astimezone(UTC)
    return datetime.combine(moment, datetime.min.time()).replace(tzinfo=zone or UTC)


def _until_in(found: re.Match[str], zone: tzinfo | None) -> str:
    """Write a UTC UNTIL as a wall-clock time in the series' zone, as the rule is expanded
    in wall-clock times ("until 18:00Z" keeps a 19:00 Berlin meeting that day)."""
    if zone is None:
        return found.group(0)
    try:
        until = datetime.strptime(found.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return "UNTIL=" + until.astimezone(zone).strftime("%Y%m%dT%H%M%S")
    except (ValueError, OverflowError):
        return found.group(0)


def _advanced_start(rule_text: str, wall_start: datetime, reference_wall: datetime) -> datetime:
    """Move a DAILY or WEEKLY rule's start by whole periods to just before the reference.

    Without COUNT such a rule repeats exactly every INTERVAL days (or weeks), so its
    occurrences after the moved start are the same; a daily rule begun years ago would
    otherwise use up the occurrence bound before reaching the reference.
    """
    upper = rule_text.upper()
    frequency = _FREQUENCY.search(upper)
    if frequency is None or "COUNT=" in upper or frequency.group(1) not in {"DAILY", "WEEKLY"}:
        return wall_start
    interval_match = _INTERVAL.search(upper)
    interval = int(interval_match.group(1)) if interval_match else 1
    period = max(interval, 1) * (7 if frequency.group(1) == "WEEKLY" else 1)
    periods = (reference_wall - wall_start).days // period - 1
    if periods <= 0:
        return wall_start
    return wall_start + timedelta(days=periods * period)


def _shift(moment: datetime | date, shift: timedelta, zone: tzinfo | None) -> datetime | date:
    if isinstance(moment, datetime):
        end_zone = moment.tzinfo
        return (moment.replace(tzinfo=None) + shift).replace(tzinfo=end_zone or zone)
    return moment + timedelta(days=shift.days)


def _exdates(master: Component, zone: tzinfo | None) -> set[datetime | date]:
    """Return the excluded instants as wall-clock times in the series' zone: Thunderbird
    and Exchange write EXDATE in UTC under a DTSTART with a TZID."""
    excluded: set[datetime | date] = set()
    values = master.get("EXDATE")
    if values is None:
        return excluded
    if not isinstance(values, list):
        values = [values]
    for value in values[:500]:
        for item in _dts(value):
            moment = item.dt
            if isinstance(moment, datetime):
                wall = _as_wall(moment, zone)
                if wall is not None:
                    excluded.add(wall)
            elif isinstance(moment, date):
                excluded.add(moment)
    return excluded


def utc_or_none(moment: datetime | date | None) -> datetime | None:
    """Return a timed moment in UTC, for comparisons."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return moment.astimezone(UTC)
    return None


__all__ = ["CalendarEvent", "read_calendar", "repair_content_lines", "same_zone"]
