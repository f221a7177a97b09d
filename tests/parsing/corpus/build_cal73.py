# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "cal73" batch: calendar-bearing invitations whose calendar part is a REAL calendar
object from a public iCalendar library's test suite (ical4j, libical, ical.net, ics-parser,
khal, ical.js, nextcloud/calendar, collective/icalendar), kept as the library shipped it, each
wrapped into an interview invitation from made-up people.

The one change made to each calendar: the event's own dates (DTSTART, DTEND, RECURRENCE-ID,
EXDATE, RDATE and RRULE's UNTIL inside VEVENT, never inside VTIMEZONE) are moved by one whole
number of weeks (so every weekday stays the weekday it was) into 2026-27, since the suites'
events lie in 1996-2024. Every other byte of the calendar (line ends, folding, case, BOMs,
VTIMEZONEs, VALARMs, UIDs, SEQUENCEs, METHODs) is the library's.

Labels are computed here, independently of the parser, BEFORE it was run on any of these
mails: an own reader unfolds the calendar, reads DTSTART/DTEND/DURATION, evaluates each
VTIMEZONE's STANDARD/DAYLIGHT onsets (DTSTART + RRULE via dateutil, RDATE) for the offset, and
checks it against zoneinfo whenever the TZID names an IANA zone (directly, behind a
'/vendor/.../' prefix, or as a Windows zone through CLDR's windowsZones mapping as tzlocal ships
it); a shift where the two disagree is not used. A series is labelled at its first instance
after the Date header (master DTSTART unless an EXDATE removes it or a RECURRENCE-ID component
overrides it; a cancelled override is skipped). `method` is the body's METHOD as written (no key
when the body has none), `sequence` the reported component's SEQUENCE (0 when absent), `uid` as
written. Floating times with no X-WR-TIMEZONE carry the Date header's offset and
`tz_stated: false`.

Run: .venv/bin/python tests/parsing/corpus/build_cal73.py

A seeded third is held out: file names sorted by the SHA-256 of the name, every third from the
first goes to heldout/ (family cal73h), chosen before any file was parsed. Deterministic; the
script deletes or writes only files of its own families.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import quopri
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr
from tzlocal.windows_tz import win_tz

HERE = Path(__file__).resolve().parent
FAMILY = "cal73"
HELD_FAMILY = "cal73h"
FAMILIES = {
    FAMILY: "Interview invitations whose calendar part is a real calendar object from a public "
    "iCalendar library's test suite (ical4j, libical, ical.net, ics-parser, khal, ical.js, "
    "nextcloud/calendar, collective/icalendar) kept byte for byte except the event dates, moved "
    "by whole weeks into 2026-27: custom and odd VTIMEZONEs, RDATE observances, Windows and "
    "Outlook zone names, vendor-prefixed TZIDs, floating times, X-WR-TIMEZONE, DATE values, "
    "DURATION, RECURRENCE-ID overrides, VALARMs, lower-case names, missing VERSION, LF lines.",
    HELD_FAMILY: "The held-out third of cal73, chosen by the file names' hashes before any parse.",
}
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
# tz database links (its 'backward' file) the suites write; labels use the zone's own name
LINKS = {
    "US/Eastern": "America/New_York",
    "US/Central": "America/Chicago",
    "US/Mountain": "America/Denver",
    "US/Pacific": "America/Los_Angeles",
}
EVENT_PROPS = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE", "DUE")


# ---------------------------------------------------------------- an own, small iCalendar reader


@dataclass
class Prop:
    name: str
    params: dict[str, str]
    value: str


@dataclass
class Comp:
    name: str
    props: list[Prop] = field(default_factory=list)
    subs: list[Comp] = field(default_factory=list)

    def get(self, name: str) -> Prop | None:
        for prop in self.props:
            if prop.name == name:
                return prop
        return None

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]


def split_prop(line: str) -> Prop:
    """name;p=v;p="v:x":value, quotes respected (RFC 5545 3.1)."""
    i, quoted = 0, False
    while i < len(line):
        ch = line[i]
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            break
        i += 1
    head, value = line[:i], line[i + 1 :]
    parts: list[str] = []
    cur, quoted = "", False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    params: dict[str, str] = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        params[k.strip().upper()] = v.strip().strip('"')
    return Prop(parts[0].strip().upper(), params, value)


def read(raw: bytes) -> Comp:
    text = raw.decode("utf-8", "replace").lstrip("\ufeff")
    lines: list[str] = []
    for line in re.split(r"\r\n|\n|\r", text):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        elif line.strip():
            lines.append(line)
    root = Comp("ROOT")
    stack = [root]
    for line in lines:
        prop = split_prop(line)
        if prop.name == "BEGIN":
            comp = Comp(prop.value.strip().upper())
            stack[-1].subs.append(comp)
            stack.append(comp)
        elif prop.name == "END":
            if len(stack) > 1:
                stack.pop()
        else:
            stack[-1].props.append(prop)
    return root


def walk(comp: Comp) -> list[Comp]:
    out = [comp]
    for sub in comp.subs:
        out += walk(sub)
    return out


def offset(text: str) -> timedelta:
    m = re.fullmatch(r"([+-])(\d\d)(\d\d)(\d\d)?", text.strip())
    assert m, text
    sec = int(m[2]) * 3600 + int(m[3]) * 60 + int(m[4] or 0)
    return timedelta(seconds=sec if m[1] == "+" else -sec)


def naive(value: str) -> datetime | date:
    value = value.strip()
    if re.fullmatch(r"\d{8}", value):
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    m = re.fullmatch(r"(\d{8})T(\d{6})Z?", value)
    assert m, value
    return datetime.strptime(m[1] + m[2], "%Y%m%d%H%M%S")


class VtzReading:
    """The offsets one VTIMEZONE gives (RFC 5545 3.6.5), read here without any library zone."""

    def __init__(self, comp: Comp) -> None:
        self.onsets: list[tuple[datetime, timedelta, timedelta]] = []  # (utc, from, to)
        for obs in comp.subs:
            if obs.name not in ("STANDARD", "DAYLIGHT"):
                continue
            frm = offset(obs.get("TZOFFSETFROM").value)  # type: ignore[union-attr]
            to = offset(obs.get("TZOFFSETTO").value)  # type: ignore[union-attr]
            day_or_time = naive(obs.get("DTSTART").value)  # type: ignore[union-attr]
            if not isinstance(day_or_time, datetime):  # DTSTART;VALUE=DATE: from its midnight
                day_or_time = datetime(day_or_time.year, day_or_time.month, day_or_time.day)
            start = day_or_time
            locals_ = [start]
            rule = obs.get("RRULE")
            if rule:
                rr = rule.value
                um = re.search(r"UNTIL=(\d{8}(?:T\d{6}Z?)?)", rr, re.I)
                rr = re.sub(
                    r"UNTIL=\d{8}(T\d{6})?Z?",
                    lambda m: "UNTIL=" + m[0][6:].rstrip("Z"),
                    rr,
                    flags=re.I,
                )
                if um and um[1].endswith("Z"):
                    # UNTIL in UTC: compare onsets in UTC (local onset - from)
                    until_utc = naive(um[1])
                    rr = re.sub(r";?UNTIL=[^;]*", "", rr, flags=re.I)
                    gen = rrulestr(rr, dtstart=start)
                    locals_ = [
                        d
                        for d in gen.between(start, datetime(2040, 1, 1), inc=True)
                        if d - frm <= until_utc
                    ]  # type: ignore[operator]
                else:
                    gen = rrulestr(rr, dtstart=start)
                    locals_ = list(gen.between(start, datetime(2040, 1, 1), inc=True))
            for rd in obs.all("RDATE"):
                for piece in rd.value.split(","):
                    d = naive(piece.split("/")[0])
                    assert isinstance(d, datetime)
                    locals_.append(d)
            for d in locals_:
                self.onsets.append((d - frm, frm, to))
        self.onsets.sort()
        assert self.onsets

    def at_utc(self, utc: datetime) -> timedelta:
        active = self.onsets[0][1]
        for when, _frm, to in self.onsets:
            if when <= utc:
                active = to
            else:
                break
        return active

    def localize(self, wall: datetime) -> datetime:
        offs = sorted({o for _, f, t in self.onsets for o in (f, t)})
        hits = [o for o in offs if self.at_utc(wall - o) == o]
        assert len(hits) == 1, (wall, hits)  # no wall time in a gap or an overlap is used
        return wall.replace(tzinfo=timezone(hits[0]))


def iana(name: str) -> str | None:
    """An IANA name the TZID spells: itself, behind a vendor path, or a Windows ID (CLDR)."""
    name = name.strip()
    if name in win_tz:
        return win_tz[name]
    for cand in (name, re.sub(r"^/(?:[^/]+/)*?(?=[A-Z][a-z]+/[A-Za-z_]+$)", "", name)):
        if "/" not in cand or cand.startswith(("/", "posix", "right", "custom")):
            continue
        try:
            ZoneInfo(cand)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return cand
    return None


# ---------------------------------------------------------------- moving the event dates


def _shift_value(value: str, days: int) -> str:
    def one(m: re.Match[str]) -> str:
        d = date(int(m[1][:4]), int(m[1][4:6]), int(m[1][6:8])) + timedelta(days=days)
        return d.strftime("%Y%m%d") + (m[2] or "")

    return re.sub(r"(?<![0-9])(\d{8})(T\d{6}Z?)?(?![0-9])", one, value)


def _logical(raw: bytes) -> list[list[bytes]]:
    """Physical lines grouped into logical ones (RFC 5545 3.1 folding: a line that starts
    with a space or a tab continues the one before)."""
    groups: list[list[bytes]] = []
    for line in raw.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _eol(line: bytes) -> int:
    return len(line) - len(line.rstrip(b"\r\n"))


def shift(raw: bytes, days: int) -> bytes:
    """Move every date of VEVENT-level date properties (and RRULE's UNTIL) by `days`; the
    moved text keeps its length, so folded lines are refolded where they were."""
    out: list[bytes] = []
    depth_tz = 0
    for group in _logical(raw):
        pieces = [
            g[: len(g) - _eol(g)] if i == 0 else g[1 : len(g) - _eol(g)]
            for i, g in enumerate(group)
        ]
        text = b"".join(pieces).decode("utf-8", "surrogateescape")
        upper = text.upper().lstrip("\ufeff")
        new = text
        if upper.startswith("BEGIN:VTIMEZONE"):
            depth_tz += 1
        elif upper.startswith("END:VTIMEZONE"):
            depth_tz -= 1
        elif depth_tz == 0:
            name = re.match(r"[A-Za-z-]+", upper)
            if name and name[0] in EVENT_PROPS:
                head, value = _head_value(text)
                new = head + _shift_value(value, days)
            elif name and name[0] == "RRULE":
                new = re.sub(
                    r"(UNTIL=)(\d{8}(?:T\d{6}Z?)?)",
                    lambda m: m[1] + _shift_value(m[2], days),
                    text,
                    flags=re.I,
                )
        if new == text:
            out += group
            continue
        data = new.encode("utf-8", "surrogateescape")
        assert len(data) == len(text.encode("utf-8", "surrogateescape"))
        pos = 0
        for i, g in enumerate(group):
            size = len(pieces[i])
            lead = b"" if i == 0 else g[:1]
            out.append(lead + data[pos : pos + size] + g[len(g) - _eol(g) :])
            pos += size
    return b"".join(out)


def _head_value(line: str) -> tuple[str, str]:
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[: i + 1], line[i + 1 :]
    return line, ""


# ---------------------------------------------------------------- labelling


class Skip(Exception):
    pass


@dataclass
class Inst:
    start: datetime | date
    end: datetime | date | None
    zone: str | None  # IANA label, if pinned
    floating: bool
    all_day: bool
    uid: str
    sequence: int
    method: str | None


def dur(text: str) -> timedelta:
    m = re.fullmatch(
        r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?",
        text.strip().upper(),
    )
    if not m:
        raise Skip("duration " + text)
    td = timedelta(
        weeks=int(m[2] or 0),
        days=int(m[3] or 0),
        hours=int(m[4] or 0),
        minutes=int(m[5] or 0),
        seconds=int(m[6] or 0),
    )
    return -td if m[1] == "-" else td


class Reader:
    def __init__(self, raw: bytes) -> None:
        self.root = read(raw)
        comps = walk(self.root)
        self.vtz = {}
        for c in comps:
            if c.name == "VTIMEZONE":
                tzid = c.get("TZID")
                if tzid:
                    # TZID's value is TEXT (RFC 5545 3.8.3.1, 3.3.11): "Kuala Lumpur\\, Singapore"
                    # is the zone a parameter names as "Kuala Lumpur, Singapore"
                    self.vtz[re.sub(r"\\(.)", r"\1", tzid.value.strip())] = VtzReading(c)
        cal = next((c for c in comps if c.name == "VCALENDAR"), self.root)
        m = cal.get("METHOD")
        self.method = m.value.strip() if m else None
        xwr = cal.get("X-WR-TIMEZONE")
        self.xwr = xwr.value.strip() if xwr else None
        self.events = [c for c in comps if c.name == "VEVENT"]
        if not self.events or any(c.name == "VTODO" for c in comps):
            raise Skip("no single event")
        uids = {(e.get("UID").value.strip() if e.get("UID") else None) for e in self.events}
        if len(uids) != 1 or None in uids:
            raise Skip("uids")
        self.uid = uids.pop()

    def when(self, prop: Prop) -> tuple[datetime | date, str | None, bool]:
        """(value, IANA label or None, floating) - aware datetimes, plain dates."""
        value = prop.value.strip()
        if prop.params.get("VALUE", "").upper() == "DATE" or re.fullmatch(r"\d{8}", value):
            return naive(value), None, False
        wall = naive(value)
        assert isinstance(wall, datetime)
        if value.upper().endswith("Z"):
            return wall.replace(tzinfo=UTC), None, False
        tzid = prop.params.get("TZID")
        if tzid is None:
            if self.xwr and iana(self.xwr):
                zone = iana(self.xwr)
                assert zone
                return wall.replace(tzinfo=ZoneInfo(zone)), zone, False
            return wall, None, True
        tzid = tzid.strip()
        zone = iana(tzid)
        zone = LINKS.get(zone or "", zone)
        if zone and zone.startswith("Etc/"):
            zone = None
        if tzid in self.vtz:
            aware = self.vtz[tzid].localize(wall)
            if zone:
                check = wall.replace(tzinfo=ZoneInfo(zone))
                if check.utcoffset() != aware.utcoffset():
                    raise Skip("vtimezone disagrees with " + zone)
                # the zone is named only when the VTIMEZONE's offsets that year are the zone's
                # (khal's 'New Zealand Standard Time' block holds CET/CEST rules: no label)
                year = [datetime(wall.year, m, 15, 12) for m in range(1, 13)]
                theirs = {self.vtz[tzid].at_utc(d) for d in year}
                ours = {d.replace(tzinfo=ZoneInfo(zone)).utcoffset() for d in year}
                if theirs != ours:
                    zone = None
            return aware, zone, False
        if zone:
            zi = ZoneInfo(zone)
            aware = wall.replace(tzinfo=zi)
            if aware.astimezone(UTC).astimezone(zi).replace(tzinfo=None) != wall:
                raise Skip("gap")
            return aware, zone, False
        raise Skip("unknown tzid " + tzid)

    def wall_of(self, prop: Prop, aware: datetime) -> datetime:
        """The wall time of `aware` in the property's own zone."""
        if prop.value.strip().upper().endswith("Z"):
            return aware.astimezone(UTC).replace(tzinfo=None)
        return aware.replace(tzinfo=None)

    def occurrences(self, ev: Comp) -> list[tuple[datetime | date, Comp]]:
        start_p = ev.get("DTSTART")
        if start_p is None:
            raise Skip("no dtstart")
        start, _zone, _fl = self.when(start_p)
        rule = ev.get("RRULE")
        starts: list[datetime | date] = [start]
        if rule:
            wall = naive(start_p.value)
            rr = rule.value.strip()
            if re.search(
                r"UNTIL=\d{8}T\d{6}Z", rr, re.I
            ) and not start_p.value.strip().upper().endswith("Z"):
                # UNTIL in UTC against a local DTSTART: compare in UTC
                um = re.search(r"UNTIL=(\d{8}T\d{6})Z", rr, re.I)
                assert um
                until = datetime.strptime(um[1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
                rr = re.sub(r";?UNTIL=[^;]*", "", rr, flags=re.I)
            else:
                until = None
            rr = re.sub(r"UNTIL=(\d{8}T\d{6})Z", r"UNTIL=\1", rr, flags=re.I)
            if isinstance(wall, date) and not isinstance(wall, datetime):
                wall = datetime(wall.year, wall.month, wall.day)
                rr = re.sub(r"(UNTIL=\d{8})T\d{6}", r"\1", rr, flags=re.I)
            gen = rrulestr(rr, dtstart=wall)
            starts = []
            for d in gen:
                if len(starts) > 60:
                    break
                if isinstance(start, datetime):
                    p = Prop(
                        "DTSTART",
                        dict(start_p.params),
                        d.strftime("%Y%m%dT%H%M%S")
                        + ("Z" if start_p.value.strip().upper().endswith("Z") else ""),
                    )
                    v, _, _ = self.when(p)
                    if until and isinstance(v, datetime) and v.tzinfo and v > until:
                        break
                    starts.append(v)
                else:
                    starts.append(d.date())
        for rd in ev.all("RDATE"):
            for piece in rd.value.split(","):
                p = Prop("RDATE", dict(rd.params), piece.split("/")[0])
                starts.append(self.when(p)[0])
        ex: set[object] = set()
        for exd in ev.all("EXDATE"):
            for piece in exd.value.split(","):
                p = Prop("EXDATE", dict(exd.params), piece)
                ex.add(self.when(p)[0])
        if start not in starts:
            # RFC 5545 3.8.5.3: "The "DTSTART" property value always counts as the first
            # occurrence", also when the rule would not produce it (a Tuesday DTSTART under
            # BYDAY=MO,WE,FR; dateutil leaves it out)
            starts.insert(0, start)
        return [(s, ev) for s in starts if s not in ex]

    def instance(self, sent: datetime) -> tuple[Inst, datetime | date]:
        masters = [e for e in self.events if e.get("RECURRENCE-ID") is None]
        overrides = [e for e in self.events if e.get("RECURRENCE-ID") is not None]
        if len(masters) > 1:
            raise Skip("two masters")
        cands: list[tuple[datetime | date, Comp]] = []
        rids = set()
        for o in overrides:
            rid = self.when(o.get("RECURRENCE-ID"))[0]  # type: ignore[arg-type]
            rids.add(rid)
            status = o.get("STATUS")
            if status and status.value.strip().upper() == "CANCELLED":
                continue
            cands.append((self.when(o.get("DTSTART"))[0], o))  # type: ignore[arg-type]
        if masters:
            cands += [(s, e) for s, e in self.occurrences(masters[0]) if s not in rids]

        def key(s: datetime | date) -> datetime:
            if isinstance(s, datetime):
                return s if s.tzinfo else s.replace(tzinfo=sent.tzinfo)
            return datetime(s.year, s.month, s.day, tzinfo=sent.tzinfo)

        first = min(cands, key=lambda c: key(c[0]))
        future = sorted((c for c in cands if key(c[0]) > sent), key=lambda c: key(c[0]))
        if not future:
            raise Skip("no future instance")
        start, ev = future[0]
        s_p = ev.get("DTSTART")
        assert s_p
        s0, zone, floating = self.when(s_p)
        end: datetime | date | None = None
        end_p = ev.get("DTEND")
        if end_p is not None and not re.fullmatch(r"\s*\d{8}(T\d{6}Z?)?\s*", end_p.value):
            end_p = None  # "DTEND:None" (ics-parser issue 340): no end is given
        if end_p is not None:
            e0, _ezone, efl = self.when(end_p)
            if type(e0) is not type(s0) or efl != floating:
                raise Skip("mixed end")
            end = e0
            length = (naive_of(e0) - naive_of(s0)) if floating else (_abs(e0) - _abs(s0))
        elif ev.get("DURATION") is not None:
            length = dur(ev.get("DURATION").value)  # type: ignore[union-attr]
            nominal = timedelta(days=length.days) if length >= timedelta(0) else timedelta(0)
            if (
                nominal
                and isinstance(start, datetime)
                and start.tzinfo is not None
                and not floating
            ):
                # RFC 5545 3.3.6: days and weeks are nominal (same wall time), the rest exact
                wall = self.wall_of(s_p, start) + nominal
                p = Prop(
                    "DTSTART",
                    dict(s_p.params),
                    wall.strftime("%Y%m%dT%H%M%S")
                    + ("Z" if s_p.value.strip().upper().endswith("Z") else ""),
                )
                mid = self.when(p)[0]
                assert isinstance(mid, datetime)
                length = (mid.astimezone(UTC) - start.astimezone(UTC)) + (length - nominal)
        else:
            length = None
        if length is not None and (length < timedelta(0) or length > timedelta(days=7)):
            raise Skip("negative or longer than a week")
        if length is not None:
            tzid = (s_p.params.get("TZID") or "").strip()
            if isinstance(start, datetime) and start.tzinfo is not None and tzid in self.vtz:
                utc_end = start.astimezone(UTC) + length
                end = utc_end.astimezone(
                    timezone(self.vtz[tzid].at_utc(utc_end.replace(tzinfo=None)))
                )
            elif isinstance(start, datetime) and start.tzinfo is not None:
                end = (start.astimezone(UTC) + length).astimezone(start.tzinfo)
            else:
                end = start + length  # type: ignore[operator]
        # the message's revision of the UID: the highest SEQUENCE of its components (the
        # project's rule since 82e094e73: an update whose next instance is plain still reads
        # newer than the mail that moved another one)
        seqs = []
        for component in self.events:
            seq_p = component.get("SEQUENCE")
            try:
                seqs.append(int(seq_p.value.strip()) if seq_p else 0)
            except ValueError as exc:
                raise Skip("sequence") from exc
        seq = max(seqs)
        all_day = isinstance(start, date) and not isinstance(start, datetime)
        return Inst(start, end, zone, floating, all_day, self.uid, seq, self.method), first[0]


def naive_of(v: datetime | date) -> datetime:
    if isinstance(v, datetime):
        return v.replace(tzinfo=None)
    return datetime(v.year, v.month, v.day)


def _abs(v: datetime | date) -> datetime:
    if isinstance(v, datetime):
        return v.astimezone(UTC) if v.tzinfo else v
    return datetime(v.year, v.month, v.day)


# ---------------------------------------------------------------- the mails around them


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
Case = pp.Case

# (language, sender, company, role, subject, body); {when} is the slot as the sender's zone shows it
WRITERS = [
    (
        "en",
        ("Priya Raman", "priya.raman@harbourline-logistics.example"),
        "Harbourline Logistics",
        "Operations Analyst",
        "Interview invitation: Operations Analyst",
        "Hi Alex,\n\nThanks for applying for the Operations Analyst role at Harbourline Logistics.\nWe'd like to meet you {when}. The calendar invitation is attached; please accept it so it lands in your calendar.\n\nBest regards,\nPriya Raman\nTalent Acquisition, Harbourline Logistics\n",
    ),
    (
        "de",
        ("Jonas Brandt", "j.brandt@kestrel-maschinenbau.example"),
        "Kestrel Maschinenbau",
        "Konstrukteur",
        "Einladung zum Vorstellungsgespräch – Konstrukteur (m/w/d)",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d).\nWir laden Sie herzlich zu einem Vorstellungsgespräch ein: {when}. Die Termineinladung hängt an.\n\nMit freundlichen Grüßen\nJonas Brandt\nPersonalabteilung, Kestrel Maschinenbau GmbH\n",
    ),
    (
        "fr",
        ("Camille Fournier", "camille.fournier@atelier-lumen.example"),
        "Atelier Lumen",
        "cheffe de projet",
        "Entretien – poste de cheffe de projet",
        "Bonjour Alex,\n\nMerci pour votre candidature au poste de cheffe de projet chez Atelier Lumen.\nNous vous proposons un entretien {when}. L'invitation est jointe à ce message.\n\nBien cordialement,\nCamille Fournier\nRessources humaines, Atelier Lumen\n",
    ),
    (
        "es",
        ("Lucía Ortega", "lucia.ortega@vientoazul-energia.example"),
        "Viento Azul Energía",
        "técnica de mantenimiento",
        "Entrevista – técnica de mantenimiento",
        "Hola Alex:\n\nGracias por tu candidatura al puesto de técnica de mantenimiento en Viento Azul Energía.\nTe invitamos a una entrevista {when}. Adjuntamos la invitación de calendario.\n\nUn saludo,\nLucía Ortega\nSelección de personal, Viento Azul Energía\n",
    ),
    (
        "nl",
        ("Sanne de Wit", "sanne.dewit@polderbrug-bouw.example"),
        "Polderbrug Bouw",
        "werkvoorbereider",
        "Uitnodiging sollicitatiegesprek werkvoorbereider",
        "Beste Alex,\n\nBedankt voor je sollicitatie als werkvoorbereider bij Polderbrug Bouw.\nWe nodigen je graag uit voor een gesprek {when}. De agenda-uitnodiging zit in de bijlage.\n\nMet vriendelijke groet,\nSanne de Wit\nHR, Polderbrug Bouw\n",
    ),
    (
        "it",
        ("Marco Galli", "marco.galli@lanterna-software.example"),
        "Lanterna Software",
        "sviluppatore backend",
        "Colloquio – sviluppatore backend",
        "Ciao Alex,\n\ngrazie per la candidatura come sviluppatore backend in Lanterna Software.\nTi invitiamo a un colloquio {when}. In allegato trovi l'invito del calendario.\n\nCordiali saluti,\nMarco Galli\nRisorse umane, Lanterna Software\n",
    ),
    (
        "pt",
        ("Beatriz Lopes", "beatriz.lopes@marejada-digital.example"),
        "Marejada Digital",
        "designer de produto",
        "Entrevista – designer de produto",
        "Olá Alex,\n\nobrigada pela sua candidatura à vaga de designer de produto na Marejada Digital.\nGostaríamos de o entrevistar {when}. O convite de calendário segue em anexo.\n\nCom os melhores cumprimentos,\nBeatriz Lopes\nRecrutamento, Marejada Digital\n",
    ),
    (
        "sv",
        ("Elin Berg", "elin.berg@fjallvind-analys.example"),
        "Fjällvind Analys",
        "dataanalytiker",
        "Intervju – dataanalytiker",
        "Hej Alex,\n\ntack för din ansökan till tjänsten som dataanalytiker hos Fjällvind Analys.\nVi vill gärna träffa dig på en intervju {when}. Kalenderinbjudan finns bifogad.\n\nVänliga hälsningar\nElin Berg\nHR, Fjällvind Analys\n",
    ),
]
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
}
ON = {"en": "on {d} {m} {y}", "de": "am {d}. {m} {y}", "fr": "le {d} {m} {y}", "es": "el {d} de {m} de {y}",
      "nl": "op {d} {m} {y}", "it": "il {d} {m} {y}", "pt": "no dia {d} de {m} de {y}", "sv": "den {d} {m} {y}"}  # fmt: skip
AT = {"en": " at {t}", "de": " um {t} Uhr", "fr": " à {t}", "es": " a las {t}", "nl": " om {t} uur", "it": " alle {t}",
      "pt": " às {t}", "sv": " kl. {t}"}  # fmt: skip


def when_text(lang: str, start: datetime | date) -> str:
    text = ON[lang].format(d=start.day, m=MONTHS[lang][start.month - 1], y=start.year)
    if lang == "it" and start.day in (8, 11):
        text = "l'" + text[3:]  # l'8, l'11
    if isinstance(start, datetime):
        text += AT[lang].format(t=start.strftime("%H:%M"))
    return text


def fmt_date(d: datetime) -> str:
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


TRANSPORTS = ("bom_qp", "mixed_eol", "upper_ct_nested", "utf16_b64", "bom_octet_b64")


def _eol_mix(ics: bytes) -> bytes:
    """Every other line of the calendar ends CRLF, the rest as shipped (LF): a relay that
    rewrote some line ends."""
    lines = ics.splitlines(keepends=True)
    return b"".join(
        line.rstrip(b"\r\n") + b"\r\n" if i % 2 == 0 and line.endswith(b"\n") else line
        for i, line in enumerate(lines)
    )


def render(
    index: int,
    name: str,
    ics: bytes,
    body_method: str | None,
    inst: Inst,
    sent: datetime,
    transport: str | None = None,
) -> tuple[bytes, str, str]:
    lang, sender, _company, _role, subject, body = WRITERS[index % len(WRITERS)]
    body = body.format(when=when_text(lang, inst.start))
    shape = (
        transport
        or (
            "alt8bit",
            "mixed_b64_application_ics",
            "alt_b64",
            "mixed_attachment_8bit",
            "single_part",
        )[index % 5]
    )
    ct_method = body_method or "REQUEST"
    if index % 11 == 4 and body_method and body_method.upper() == "PUBLISH":
        ct_method = (
            "REQUEST"  # the Content-Type and the body disagree (RFC 6047 2.4); the body rules
        )
    if index % 7 == 3:
        ct_method = ""  # no method parameter at all
    try:
        ics.decode("utf-8")
        charset = "UTF-8"
    except UnicodeDecodeError:
        charset = "ISO-8859-1"
    method_param = f"; method={ct_method}" if ct_method else ""
    bnd = f"=_cal73_{hashlib.sha256(name.encode()).hexdigest()[:16]}"
    head = (
        f"From: {sender[0]} <{sender[1]}>\r\nTo: {ME[0]} <{ME[1]}>\r\nSubject: {subject}\r\n"
        f"Date: {fmt_date(sent)}\r\nMessage-ID: <{hashlib.sha256(name.encode()).hexdigest()[:24]}@cal73.example>\r\n"
        "MIME-Version: 1.0\r\n"
    )
    text_part = f"Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body.replace(chr(10), chr(13) + chr(10))}".encode()
    b64 = base64.encodebytes(ics).replace(b"\n", b"\r\n")
    if shape == "bom_qp":
        cal = (
            f"Content-Type: text/calendar; charset={charset}{method_param}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n".encode()
            + quopri.encodestring(b"\xef\xbb\xbf" + ics).replace(b"\n", b"\r\n")
        )
        parts = [text_part, cal]
        top = f'Content-Type: multipart/alternative; boundary="{bnd}"\r\n'
    elif shape == "mixed_eol":
        cal = (
            f"Content-Type: text/calendar; charset={charset}{method_param}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".encode()
            + _eol_mix(ics)
        )
        parts = [text_part, cal]
        top = f'Content-Type: multipart/alternative; boundary="{bnd}"\r\n'
    elif shape == "upper_ct_nested":
        inner = bnd + "_alt"
        html = (
            "<html><body>"
            + "".join(f"<p>{line}</p>" for line in body.split("\n") if line)
            + "</body></html>"
        )
        alt = (
            f'Content-Type: multipart/alternative; boundary="{inner}"\r\n\r\n--{inner}\r\n'.encode()
            + text_part
            + f"\r\n--{inner}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{html}\r\n--{inner}--\r\n".encode()
        )
        upper = f'; METHOD="{ct_method}"' if ct_method else ""
        cal = (
            f'Content-Type: TEXT/CALENDAR; CHARSET="{charset}"{upper}; NAME="Einladung.ics"\r\n'
            'Content-Disposition: ATTACHMENT; FILENAME="Einladung.ics"\r\nContent-Transfer-Encoding: BASE64\r\n\r\n'
        ).encode() + b64
        parts = [alt, cal]
        top = f'Content-Type: multipart/mixed; boundary="{bnd}"\r\n'
    elif shape == "utf16_b64":
        wide = base64.encodebytes(ics.decode("utf-8").encode("utf-16")).replace(b"\n", b"\r\n")
        cal = (
            f"Content-Type: text/calendar; charset=utf-16{method_param}\r\nContent-Transfer-Encoding: base64\r\n\r\n".encode()
            + wide
        )
        parts = [text_part, cal]
        top = f'Content-Type: multipart/alternative; boundary="{bnd}"\r\n'
    elif shape == "bom_octet_b64":
        cal = (
            b'Content-Type: application/octet-stream; name="meeting.ics"\r\nContent-Disposition: attachment; filename="meeting.ics"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n"
        ) + base64.encodebytes(b"\xef\xbb\xbf" + ics).replace(b"\n", b"\r\n")
        parts = [text_part, cal]
        top = f'Content-Type: multipart/mixed; boundary="{bnd}"\r\n'
    elif shape == "alt8bit":
        cal = (
            f"Content-Type: text/calendar; charset={charset}{method_param}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".encode()
            + ics
        )
        parts = [text_part, cal]
        top = f'Content-Type: multipart/alternative; boundary="{bnd}"\r\n'
    elif shape == "alt_b64":
        cal = (
            f"Content-Type: text/calendar; charset={charset}{method_param}\r\nContent-Transfer-Encoding: base64\r\n\r\n".encode()
            + b64
        )
        parts = [text_part, cal]
        top = f'Content-Type: multipart/alternative; boundary="{bnd}"\r\n'
    elif shape == "mixed_b64_application_ics":
        cal = (
            b'Content-Type: application/ics; name="invite.ics"\r\nContent-Disposition: attachment; filename="invite.ics"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n"
        ) + b64
        parts = [text_part, cal]
        top = f'Content-Type: multipart/mixed; boundary="{bnd}"\r\n'
    elif shape == "mixed_attachment_8bit":
        cal = (
            f'Content-Type: text/calendar; charset={charset}{method_param}; name="interview.ics"\r\n'
            'Content-Disposition: attachment; filename="interview.ics"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        ).encode() + ics
        parts = [text_part, cal]
        top = f'Content-Type: multipart/mixed; boundary="{bnd}"\r\n'
    else:
        return (
            (
                head.encode()
                + f"Content-Type: text/calendar; charset={charset}{method_param}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".encode()
                + ics
            ),
            lang,
            shape,
        )
    raw = head.encode() + top.encode() + b"\r\nThis is a multi-part message in MIME format.\r\n"
    for part in parts:
        raw += f"\r\n--{bnd}\r\n".encode() + part
        if not part.endswith((b"\n",)):
            raw += b"\r\n"
    raw += f"\r\n--{bnd}--\r\n".encode()
    return raw, lang, shape


# ---------------------------------------------------------------- the batch

WRITER_ZONE = {"en": "Europe/London", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid",
               "nl": "Europe/Amsterdam", "it": "Europe/Rome", "pt": "Europe/Lisbon", "sv": "Europe/Stockholm"}  # fmt: skip
FIRST_TARGET = date(2026, 9, 7)  # a Monday; targets run weekly over the next 52 weeks


def first_date(reader: Reader) -> date:
    days = []
    for ev in reader.events:
        p = ev.get("DTSTART")
        if p is None:
            raise Skip("no dtstart")
        d = naive(p.value)
        days.append(d.date() if isinstance(d, datetime) else d)
    return min(days)


def needs_same_calendar(raw: bytes) -> bool:
    """An event's monthly/yearly rule or BYMONTH.../BYSETPOS pins month days: a week shift
    would break it (VTIMEZONE rules are not moved and not looked at)."""
    depth_tz = 0
    for group in _logical(raw):
        line = b"".join(g.strip(b"\r\n") for g in group).upper()
        if line.startswith(b"BEGIN:VTIMEZONE"):
            depth_tz += 1
        elif line.startswith(b"END:VTIMEZONE"):
            depth_tz -= 1
        elif (
            depth_tz == 0
            and line.startswith(b"RRULE")
            and re.search(rb"FREQ=(MONTHLY|YEARLY)|BYMONTH|BYYEARDAY|BYWEEKNO|BYSETPOS", line)
        ):
            return True
    return False


def slug(path: str) -> str:
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")


def build_one(
    index: int, repo: str, path: str, raw: bytes, transport: str | None = None
) -> tuple[str, dict[str, object], bytes, str, str, str]:
    reader0 = Reader(raw)
    if needs_same_calendar(raw):
        raise Skip("month-pinned rule")
    first = first_date(reader0)
    name = f"{repo.split('/')[0].replace('.', '')}_{slug(path)}"
    lang = WRITERS[index % len(WRITERS)][0]
    sent_zone = ZoneInfo(WRITER_ZONE[lang])
    start_week = int(hashlib.sha256(name.encode()).hexdigest(), 16) % 52
    last: Exception | None = None
    for step in range(52):
        target = FIRST_TARGET + timedelta(weeks=(start_week + step) % 52)
        days = 7 * round((target - first).days / 7)
        moved = shift(raw, days)
        try:
            reader = Reader(moved)
            # the Date header: five days and a bit before the calendar's earliest event start
            earliest = min(
                (reader.when(e.get("DTSTART"))[0] for e in reader.events),  # type: ignore[arg-type]
                key=lambda v: (
                    _abs(v).replace(tzinfo=None)
                    if not isinstance(v, datetime) or v.tzinfo is None
                    else v.astimezone(UTC).replace(tzinfo=None)
                ),
            )
            base = datetime(earliest.year, earliest.month, earliest.day, 9, 0, tzinfo=sent_zone)
            sent = (base - timedelta(days=5, hours=-4, minutes=43)).astimezone(sent_zone)
            inst, _ = reader.instance(sent)
        except Skip as exc:
            last = exc
            if (
                str(exc).startswith(("vtimezone disagrees", "gap"))
                or "AssertionError" in type(exc).__name__
            ):
                continue
            raise
        except AssertionError as exc:
            last = exc
            continue
        if inst.zone:
            s = inst.start
            if isinstance(s, datetime):
                sent = sent.astimezone(ZoneInfo(inst.zone))
        if inst.end is not None and inst.end == inst.start:
            inst.end = None  # a zero-length event (DTEND = DTSTART) gives no end to label
        # README: an update with SEQUENCE > 0 whose text does not say whether the time moved
        # has no kind, only the slot
        label: dict[str, object] = {} if inst.sequence > 0 else {"kind": "invitation"}
        if inst.all_day:
            assert isinstance(inst.start, date)
            label["start"] = inst.start.isoformat()
            if inst.end is not None:
                label["end"] = inst.end.isoformat()
            label["all_day"] = True
        elif inst.floating:
            assert isinstance(inst.start, datetime)
            label.update(
                pp.timed(
                    inst.start, inst.end if isinstance(inst.end, datetime) else None, sent=sent
                )
            )
        else:
            assert isinstance(inst.start, datetime)
            label["start"] = inst.start.isoformat()
            if inst.end is not None:
                assert isinstance(inst.end, datetime)
                label["end"] = inst.end.isoformat()
            label["all_day"] = False
        if inst.zone:
            label["timezone"] = inst.zone
        label["uid"] = inst.uid
        label["sequence"] = inst.sequence
        if inst.method:
            label["method"] = inst.method
        mail, lang, shape = render(index, name, moved, inst.method, inst, sent, transport)
        return (
            name,
            label,
            mail,
            lang,
            shape,
            f"event dates moved by {days} days ({days // 7} weeks)",
        )
    raise Skip(f"no usable shift: {last}")


SKIPPED: list[tuple[str, str, str]] = []


# Round 2: calendars admitted after the first sight of round 1 (the reader learnt TZID's TEXT
# escapes and an unreadable DTEND); its own seeded third is held out, drawn among its names
ROUND2 = frozenset(
    {
        "src/test/resources/samples/valid/2207678.ics",
        "src/test/resources/samples/invalid/tmeher.ics",
        "tests/ical/issue-340.ics",
    }
)


def cases() -> list[Case]:
    out = _round([s for s in SOURCES if s[1] not in ROUND2], 0)
    out += _round([s for s in SOURCES if s[1] in ROUND2], len(out))
    # Round 3 (after round 2's first sight): new calendars of the same suites under transport
    # shapes the first rounds lacked (a BOM and quoted-printable, CRLF/LF alternating, an
    # upper-case Content-Type in mixed > alternative, UTF-16, a BOM in an octet-stream part)
    return out + _round(SOURCES3, len(out), transports=True)


def _round(
    sources: list[tuple[str, str, str, str, bytes]], index: int, transports: bool = False
) -> list[Case]:
    built = []
    if index == 0:
        SKIPPED.clear()
    for repo, path, commit, licence, raw in sources:
        transport = TRANSPORTS[len(built) % len(TRANSPORTS)] if transports else None
        try:
            name, label, mail, lang, shape, moved = build_one(index, repo, path, raw, transport)
        except (Skip, AssertionError, ValueError, KeyError, TypeError, AttributeError) as exc:
            SKIPPED.append((repo, path, f"{type(exc).__name__}: {exc}"))
            continue
        index += 1
        note = f"{repo}:{path}@{commit[:12]} as shipped ({moved}); mail shape {shape}"
        template = f"{repo}:{path}@{commit} (calendar kept byte for byte but its event dates); mail text ours"
        built.append((name, label, mail, lang, note, template, licence))
    names = [f"{FAMILY}__{b[0]}.eml" for b in built]
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    held = pp.held_names(names)
    out = []
    for (name, label, mail, lang, note, template, licence), filename in zip(
        built, names, strict=True
    ):
        h = filename in held
        out.append(
            Case(
                HELD_FAMILY if h else FAMILY,
                "heldout" if h else "dev",
                name,
                mail,
                label,
                lang,
                note,
                template,
                licence + "; mail text ours",
            )
        )
    return out


FIRST_SIGHT_FIGURES = (
    "Round 1 (93 mails, labelled and split before any parse; quick.py on main's parser): dev "
    "calendar-bearing right 59/62, held out 31/31; fields dev 406/409, held out 194/194. The "
    "three dev misses were label slips against the corpus's own conventions, not parser "
    "errors, and were corrected to those conventions: two labels named a tz database link "
    "('US/Eastern', 'US/Pacific') where every corpus label uses the zone's own name "
    "(America/New_York, America/Los_Angeles), and one gave the reported component's SEQUENCE "
    "(24) where the project's rule (commit 82e094e73) reports the highest SEQUENCE of the "
    "UID's components (25: ics-parser's issue-196.ics, two overrides at 25 over a master at "
    "24). Round 2 (3 mails the reader admitted after learning TZID's TEXT escapes, "
    "'Kuala Lumpur\\, Singapore', and an unreadable 'DTEND:None'; its own seeded third held "
    "out before any parse): dev 2/2, held out 1/1. Round 3 (18 new calendars under transport "
    "shapes the first rounds lacked: a BOM with quoted-printable, alternating CRLF/LF, an "
    "upper-case Content-Type in mixed > alternative, UTF-16 in base64, a BOM in an "
    "octet-stream part; its own seeded third held out before any parse): dev 11/12, held out "
    "6/6. The one miss was again the label's: dateutil leaves out a DTSTART its rule would "
    "not produce (ical.net's Categories1: a Tuesday under BYDAY=MO,WE,FR), and RFC 5545 "
    "3.8.5.3 says 'The \"DTSTART\" property value always counts as the first occurrence'; "
    "the parser reported that Tuesday, the label was corrected to it."
)
AFTER_FIX_FIGURES = (
    "After the label corrections above and the branch's one parser change (calendar.py "
    "_plus_duration: a DURATION's days nominal, its hours/minutes/seconds exact, RFC 5545 "
    "3.3.6 and 3.8.5.3; none of this batch's calendars crosses a clock change inside its "
    "DURATION, so it changes no file here; test_cal73_durations.py, 52 of 100 cases failing "
    "on main): cal73 dev 76/76 calendar-bearing right, held out cal73h 38/38; whole corpus "
    "(quick.py) dev cal 1397/1397, held out cal 485/487 (the two misses are in other "
    "families, unchanged: 447/449 outside cal73h before and after); cmp.py WORSE 0. Left "
    "alone: calendars with several UIDs, month-pinned rules (a whole-week move would break "
    "them), TZIDs nothing defines ('GMT-05.00/-04.00', 'Western/Central Europe'), a "
    "DAYLIGHT block whose DTSTART is misspelt DTSTAR (libical 1.ics), two DTSTARTs in one "
    "VEVENT (icalendar's america_new_york_forward_reference.ics: which one is meant is not "
    "clear), events longer than a week; and DTEND-based series ends, which the parser still "
    "moves on the wall clock where RFC 5545 3.8.5.3 asks for 'the same exact duration' (it "
    "differs only for an instance that straddles a clock change; no corpus file has one)."
)


def provenance(items: list[Case]) -> str:
    held = sum(item.split == "heldout" for item in items)
    repos: dict[str, int] = {}
    for item in items:
        repo = item.template.split(":", 1)[0]
        repos[repo] = repos.get(repo, 0) + 1
    langs = sorted({item.language for item in items})
    lines = [
        "# Provenance of the cal73 batch (`build_cal73.py`)",
        "",
        "Interview invitations whose calendar part is a REAL calendar object from a public "
        "iCalendar library's test suite, kept as the library shipped it (line ends, folding, "
        "case, BOMs, VTIMEZONEs, VALARMs, UIDs, SEQUENCEs, METHODs, odd or broken lines). The one "
        "change: the event's own dates (DTSTART, DTEND, RECURRENCE-ID, EXDATE, RDATE and RRULE's "
        "UNTIL inside VEVENT, never inside VTIMEZONE) are moved by one whole number of weeks into "
        "2026-27, so weekdays stay as they were and folded lines are refolded at the same places "
        "(a moved date has the same length). Calendars whose rule pins month days (FREQ=MONTHLY/"
        "YEARLY, BYMONTH...) would be broken by such a move and were left out, as were calendars "
        "with several UIDs, a TZID nothing defines, or events longer than a week. The mails "
        "around the calendars (people, companies, subjects, sentences) are ours, written by hand; "
        "the calendars' own SUMMARY/DESCRIPTION/ORGANIZER text is the suites' test data.",
        "",
        "Earlier batches measured some of these suites (icsreal12, realcal42) but kept none of "
        "their files: every calendar here is new to the corpus (checked with `grep -il` over "
        "every PROVENANCE-*.md: no earlier file names any of these paths).",
        "",
        f"{len(items)} messages; {held} held out as family cal73h (within each of three rounds, file names sorted by SHA-256, "
        "every third from the first, chosen before any parse); languages of the mail text: "
        + ", ".join(langs)
        + ". Calendars per repository: "
        + ", ".join(f"{k} {v}" for k, v in sorted(repos.items()))
        + ". Mail shapes rotate: multipart/alternative with an 8bit or base64 text/calendar part, "
        "multipart/mixed with a base64 application/ics or an 8bit text/calendar attachment, and "
        "the calendar as the whole message; the Content-Type's method is the body's METHOD, "
        "REQUEST when the body has none, absent on every seventh mail, and REQUEST over a "
        "PUBLISH body on some (RFC 6047 2.4 says they match; the body is the calendar). LF-only "
        "calendars keep their LF lines inside CRLF mail.",
        "",
        "## Labels (computed before the parser was run on any of these mails)",
        "",
        "An own reader in the build script (no parser code, no icalendar): it unfolds the "
        "calendar, reads DTSTART/DTEND/DURATION (days and weeks nominal, RFC 5545 3.3.6), "
        "evaluates each VTIMEZONE's STANDARD/DAYLIGHT onsets (DTSTART + RRULE via dateutil + "
        "RDATE) for the offset, and checks it against zoneinfo whenever the TZID names an IANA "
        "zone (directly, behind a '/vendor/.../' prefix, or a Windows ID through CLDR's "
        "windowsZones as tzlocal ships it); a move where the two disagree at the event is not "
        "used, and the zone is labelled only when the VTIMEZONE's offsets over that year are the "
        "zone's (khal's 'New Zealand Standard Time' block holds CET rules: no zone). A series is "
        "labelled at its first instance after the Date header (the master's DTSTART unless an "
        "EXDATE removes it or a RECURRENCE-ID component overrides it; a cancelled override is "
        "skipped), with that component's SEQUENCE (0 when absent). `method` is the body's METHOD "
        "as written, no key when the body has none (mimemeth49's rule). Floating times with no "
        "X-WR-TIMEZONE carry the Date header's offset and `tz_stated: false`. `kind` is "
        "`invitation`, none when SEQUENCE > 0 (the README's rule for updates whose text does "
        "not say whether the time moved; our sentences read as a first invitation, the "
        "calendar as an update). `end` is labelled "
        "only when DTEND or DURATION gives it. Custom TZIDs (`(GMT-03:00)`, `US-Eastern`, "
        "`Eastern`, `UTC+11`, `custom_America/New_York`, `posix/Europe/Vaduz`) get the instant, "
        "no zone. As a second check, icalendar 7 re-read every single-event calendar without a "
        "rule: its DTSTART agreed with every label (it cannot read two: a blank TZID and an "
        "offset of +5328 in an 1893 observance).",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += ["## First sight", "", FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += ["## After", "", AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_cal73.py` (deterministic; "
        "the calendars are stored in the script, each with its repository, path, commit and "
        "licence).",
        "",
        "## Sources (repository, path, commit, licence) of the dev files",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    lines += [
        "",
        "Left out (reason): " + "; ".join(f"{r}:{p} ({why})" for r, p, why in SKIPPED) + ".",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-cal73.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


# ---------------------------------------------------------------- the calendars, as the suites ship them

# (repository, path, commit, licence, bytes of the file at that commit)
SOURCES: list[tuple[str, str, str, str, bytes]] = [
    (
        "ical4j/ical4j",
        "src/test/resources/net/fortuna/ical4j/data/apple-iphone-os-26-structured-location.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nPRODID:-//Apple Inc.//iPhone OS 26.4.2//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Vienna\nBEGIN:DAYLIGHT\nDTSTART:19810329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19961027T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCLASS:PUBLIC\nDESCRIPTION:Passwesen\\nAntrag auf ID Austria\nDTEND;TZID=Europe/Vienna:20260522T104000\nDTSTAMP:20260522T062118Z\nDTSTART;TZID=Europe/Vienna:20260522T103000\nLAST-MODIFIED:20260522T062116Z\nLOCATION:Hauptstra\xc3\x9fe 1-5\\; 4041 Linz\nSEQUENCE:0\nSUMMARY:Antrag auf ID Austria\nTRANSP:OPAQUE\nUID:af64eb20-7d10-4482-8b22-921f7656390a\nX-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-MAPKIT-HANDLE=CAES1AEI2TIaEgn\n LfRdbrSdIQBHpqcQr/5AsQCJVCgdBdXN0cmlhEgJBVBoNVXBwZXIgQXVzdHJpYTIETGluejoEN\n DA0MEIGVXJmYWhyUgxIYXVwdHN0cmHDn2VaAzEtNWIQSGF1cHRzdHJhw59lIDEtNSoQSGF1cHR\n zdHJhw59lIDEtNTIQSGF1cHRzdHJhw59lIDEtNTIJNDA0MCBMaW56MgdBdXN0cmlhODlAAFABW\n iYKJBISCct9F1utJ0hAEempxCv/kCxAGNkyIO+4lcqkp+25AZADAQ==;X-APPLE-REFERENCEF\n RAME=1;X-TITLE=Hauptstra\xc3\x9fe 1-5\\; 4041 Linz;X-APPLE-RADIUS=70.5873640261075\n 6:geo:48.309978,14.283197\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/net/fortuna/ical4j/data/test-relaxed-parsing.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nCALSCALE:GREGORIAN\nPRODID:-//xxxx//xxxxxx//EN\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:(GMT-03:00)\nBEGIN:STANDARD\nDTSTART:16010101T230000\nTZOFFSETFROM:-0200\nTZOFFSETTO:-0300\nRRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T230000\nTZOFFSETFROM:-0300\nTZOFFSETTO:-0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=4SU\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:1047216278.801463535396580.JavaMail.root(a)xxxx.xxxxx.xxxx\nLAST-MODIFIED:20160519T090547Z\nDTSTAMP:20160519T090547Z\nDTSTART;TZID="(GMT-03:00)":20160518T123000\nDTEND;TZID="(GMT-03:00)":20160518T133000\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nPRIORITY:5\nTRANSP:OPAQUE\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nSEQUENCE:0\nSUMMARY:xxxxxxx S-xxxxx\nX-SCALIX-LABEL:0\nCLASS:PUBLIC\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/invalid/eli_courtwright.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nCALSCALE:GREGORIAN\nBEGIN:VEVENT\nDURATION:PT1H\nLOCATION:515 East Capitol Street SE\\, Washington\\, DC 20003\nDTSTAMP:20040319T053019Z\nUID:41E603E9-5C76-11D9-B268-000D93514BB4\nSEQUENCE:1\nDTSTART;TZID=US/Eastern:20040307T184500\nSUMMARY:Potluck and Dialogue at William Penn House: David Etheridge of F\n riends Meeting of Washington on Humor in the Bible\nDESCRIPTION:The focus of the discussion will be on Biblical humor as int\n ended by the author.\\n\\nOur monthly potluck is the first Sunday of each \n month at 6:30 PM. This is an opportunity for fellowship among Quakers a\n nd attenders. Bring a dish to share\\; family members and friends are al\n ways welcome. Note: William Penn House is an alcohol and tobacco free f\n acility.\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/invalid/talios.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nCALSCALE:GREGORIAN\nPRODID:-//Ximian//NONSGML Evolution Calendar//EN\nVERSION:2.0\nBEGIN:VEVENT\nUID:20050506T015340Z-8156-1000-1-1@moonspell\nDTSTAMP:20050506T015340Z\nDTSTART;TZID=/softwarestudio.org/Olson_20011030_5/Pacific/Auckland:\n 20050506T160000\nDTEND;TZID=/softwarestudio.org/Olson_20011030_5/Pacific/Auckland:\n 20050506T163000\nTRANSP:OPAQUE\nSEQUENCE:2\nSUMMARY:Go home!!\nCLASS:PUBLIC\nCREATED:20050506T015347Z\nLAST-MODIFIED:20050506T015347Z\nBEGIN:VALARM\nX-EVOLUTION-ALARM-UID:20050506T015347Z-18798-1000-1-5@moonspell\nDESCRIPTION:Go home!!\nACTION:DISPLAY\nTRIGGER;VALUE=DURATION;RELATED=START:-PT15M\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/invalid/tmeher.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft CDO for Microsoft Exchange\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Pacific Time (US & Canada)\\, Tijuana\nX-MICROSOFT-CDO-TZID:13\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nRRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nRRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=4;BYDAY=1SU\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTAMP:20041012T001849Z\nDTSTART;TZID="Pacific Time (US & Canada), Tijuana":20041011T223000\nSUMMARY:Now with descriptoin\nUID:CD0000008B9511D182D800C04FB1625D17D373499F99F547A0016BEAC6AB5576\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="\'Tendj\n oukian@yahoo.de\'":MAILTO:Tendjoukian@yahoo.de\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;X-REPLYTIME=16021023\n T001800Z;RSVP=TRUE;CN="\'meher.t@gmail.com\'":MAILTO:meher.t@gmail.com\nORGANIZER;CN="Meher Tendjoukian":MAILTO:meher.tendjoukian@verdisoft.com\nLOCATION:Test Location\nDTEND;TZID="Pacific Time (US & Canada), Tijuana":20041012T000000\nDESCRIPTION:How about this description?\\N\\N--meher\\N\nSEQUENCE:0\nPRIORITY:5\nCLASS:\nCREATED:20041012T001849Z\nLAST-MODIFIED:20041012T001849Z\nSTATUS:CONFIRMED\nTRANSP:OPAQUE\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nX-MICROSOFT-CDO-INSTTYPE:0\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-OWNERAPPTID:-1\nBEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT00H15M00S\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/invalid/korganizer-lowercase.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:Vcalendar\npRoDiD:-//K Desktop Environment//NONSGML KOrganizer 3.3.2//EN\nVERSION:2.0\nBEGIN:VEVENT\nDTSTAMP:20050225T044602Z\nORGANIZER;Cn=Tom:MAILTO:tom@eastmond.org\nCREATED:20050225T044545Z\nUID:KOrganizer-1441301191.241\nSEQUENCE:2\nLAST-MODIFIED:20050225T044554Z\nSUMMARY:Ted's Birthday\nCLASS:PUBLIC\nPRIORITY:3\nRRULE:FREQ=YEARLY;INTERVAL=1;BYMONTHDAY=16;BYMONTH=1\nDTSTART;VALUE=DATE:20050116\nDTEND;VALUE=DATE:20050117\nTRANSP:OPAQUE\nEND:VEVENT\n\nEND:vCalendaR\n\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/invalid/groupwise.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Novell Inc//Groupwise 7.0.2 \nBEGIN:VEVENT\nSUMMARY:LT Team Meeting\nTRANSP:OPAQUE\nX-GWSHOW-AS:BUSY\nX-GWITEM-TYPE:APPOINTMENT\nDTSTAMP:20080125T093004Z\nX-GWMESSAGEID:4799C83C.$$$.$$$.200.2000010.1.90575.1\nSTATUS:CONFIRMED\nX-GWAUTODATE-KEY:989355\nX-GWRECORDID:4799C83D.$$$.$$$.100.1242424.1.64763.1\nLAST-MODIFIED:20080206T070037Z\nDTSTART:20081217T073000Z\nORGANIZER;CN=Jane Doe;ROLE=CHAIR:\n MAILTO:jane.doe@university.edu\nATTENDEE;CN=CET Meeting Room@university.edu;ROLE=REQ-PARTICIPANT;\n CUTYPE=RESOURCE;PARTSTAT=NEEDS-ACTION:MAILTO:CET Meeting Room@university.edu\nLOCATION:CET Meeting Room \nDTEND:20081217T090000Z\nSEQUENCE:7\nUID:20080125T113004Z_A6600010@university.edu\nPRIORITY:5\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/1106817412.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nPRODID:-//bloc.jp//bloc 1.0//EN\nVERSION:2.0\nMETHOD:PUBLISH\nBEGIN:VTIMEZONE\nTZID:Asia/Tokyo\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0900\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:bloc1106817412\nSEQUENCE:0\nCATEGORIES:event\nURL;VALUE=URI:http://www.bloc.jp/maccha/data/1106817412\nDTSTART;VALUE=DATE:20050325\nDTEND;VALUE=DATE:20050926\nDTSTAMP:20050127T181652Z\nLOCATION:\xe5??\xe5?\xa4\xe5\xb1\x8b\xe6?\xb1\xe9\x83\xa8\xe4\xb8\x98\xe9\x99\xb5\nSUMMARY:2005\xe5\xb9\xb4\xe6\x97\xa5\xe6\x9c\xac\xe5\x9b\xbd\xe9\x9a\x9b\xe5?\x9a\xe8\xa6\xa7\xe4\xbc\x9a\nDESCRIPTION:\xef\xbc\x88\xe6\x99\x82\xe9\x96\x93\xe3?\xae\xe6\x8c\x87\xe5\xae\x9a\xe3?\xaf\xe3?\x82\xe3\x82\x8a\xe3?\xbe\xe3?\x9b\xe3\x82\x93\xef\xbc\x89\n \n \xe2\x86\x92\xe3\x83\x9b\xe3\x83\xbc\xe3\x83\xa0\xe3\x83\x9a\xe3\x83\xbc\xe3\x82\xb8  EXPO 2005 AICHI,JAPAN\xef\xbc\x9ahttp//www.expo2005.or.jp/jp/index.html\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/2207678.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:PUBLISH\nX-CALSTART:20081030T193000Z\nX-WR-RELCALID:{0000002E-8DED-5DAD-59F3-C55C091BBA9C}\nX-WR-CALNAME:Calendar SGSINEBESZ\nBEGIN:VTIMEZONE\nTZID:Kuala Lumpur\\, Singapore\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0800\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCLASS:PUBLIC\nCREATED:20081027T171246Z\nDESCRIPTION:\\n\nDTEND;TZID="Kuala Lumpur, Singapore":20081031T094000\nDTSTAMP:20081028T203609Z\nDTSTART;TZID="Kuala Lumpur, Singapore":20081031T093000\nLAST-MODIFIED:20081028T203557Z\nPRIORITY:5\nRRULE:FREQ=WEEKLY;BYDAY=FR\nSEQUENCE:0\nSUMMARY;LANGUAGE=en-us:Scheduled Reboot\nTRANSP:OPAQUE\nUID:040000008200E00074C5B7101A82E00800000000C0CA27559A38C901000000000000000\n\t0100000001E9AFCA9DCE51242AB306C53D7095851\nX-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//E\n\tN">\\n<HTML>\\n<HEAD>\\n<META NAME="Generator" CONTENT="MS Exchange Server ve\n\trsion 08.00.0681.000">\\n<TITLE></TITLE>\\n</HEAD>\\n<BODY>\\n<!-- Converted f\n\trom text/rtf format -->\\n\\n<P DIR=LTR><SPAN LANG="en-us"></SPAN></P>\\n\\n</\n\tBODY>\\n</HTML>\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\nX-MS-OLK-ALLOWEXTERNCHECK:TRUE\nX-MS-OLK-AUTOSTARTCHECK:FALSE\nX-MS-OLK-CONFTYPE:0\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/EXDATE-IN-UTC.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PYVOBJECT//NONSGML Version 1//EN\nBEGIN:VEVENT\nUID:2a28c9d8-03d9-11dc-e7a0-e15339cb8fa7\nDTSTART;TZID=America/Chicago:20070508T051500\nDURATION:PT1H\nDTSTAMP:20070516T181406Z\nRRULE:FREQ=WEEKLY;UNTIL=20090102T055900Z\nEXDATE:20070515T101500Z,20070522T101500Z\nSTATUS:CONFIRMED\nSUMMARY:New Event\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/EXDATE.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:EXDATE Example\nPRODID:-//Apple Computer\\, Inc//iCal 2.0//EN\nX-WR-RELCALID:6E3F1EC4-081F-4DBF-8261-8938E9B32A70\nX-WR-TIMEZONE:Australia/Brisbane\nCALSCALE:GREGORIAN\nMETHOD:PUBLISH\nBEGIN:VTIMEZONE\nTZID:Australia/Brisbane\nLAST-MODIFIED:20051209T055354Z\nBEGIN:STANDARD\nDTSTART:19321213T204552\nTZOFFSETTO:+1000\nTZOFFSETFROM:+0000\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19420101T030000\nTZOFFSETTO:+1100\nTZOFFSETFROM:+1000\nTZNAME:EST\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19420329T020000\nTZOFFSETTO:+1000\nTZOFFSETFROM:+1100\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19420927T030000\nTZOFFSETTO:+1100\nTZOFFSETFROM:+1000\nTZNAME:EST\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19430328T020000\nTZOFFSETTO:+1000\nTZOFFSETFROM:+1100\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19431003T030000\nTZOFFSETTO:+1100\nTZOFFSETFROM:+1000\nTZNAME:EST\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19440326T020000\nTZOFFSETTO:+1000\nTZOFFSETFROM:+1100\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19711031T030000\nTZOFFSETTO:+1100\nTZOFFSETFROM:+1000\nTZNAME:EST\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19720227T030000\nTZOFFSETTO:+1000\nTZOFFSETFROM:+1100\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19891029T030000\nTZOFFSETTO:+1100\nTZOFFSETFROM:+1000\nTZNAME:EST\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19900304T030000\nTZOFFSETTO:+1000\nTZOFFSETFROM:+1100\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19901028T030000\nTZOFFSETTO:+1100\nTZOFFSETFROM:+1000\nTZNAME:EST\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19910303T030000\nTZOFFSETTO:+1000\nTZOFFSETFROM:+1100\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19911027T030000\nTZOFFSETTO:+1100\nTZOFFSETFROM:+1000\nTZNAME:EST\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19920301T030000\nTZOFFSETTO:+1000\nTZOFFSETFROM:+1100\nTZNAME:EST\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDURATION:PT1H\nDTSTAMP:20051209T055346Z\nEXDATE;TZID=Australia/Brisbane:20060103T120000\nEXDATE;TZID=Australia/Brisbane:20060104T120000\nUID:DDC5B090-1B46-4C1D-8A3C-D305516A0B90\nSEQUENCE:9\nDTSTART;TZID=Australia/Brisbane:20060101T120000\nSUMMARY:Repeating Event\nDESCRIPTION:This is a simple repeating event with a couple of days exclu\n ded.\nRRULE:FREQ=DAILY;INTERVAL=1;COUNT=7\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/Session6.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:PUBLISH\nX-MS-OLK-FORCEINSPECTOROPEN:TRUE\nBEGIN:VEVENT\nCLASS:PUBLIC\nCREATED:20061005T211037Z\nDESCRIPTION:Session #6:  Signature distribution overview                   \n\t                          3/14\\, 9 a.m. (PST)\\nhttps://www.livemeeting.com\n\t/cc/microsoft/join?id=4N3J77&role=attend&pw=Forefront+Client+Security\\nMee\n\tting ID: 4N3J77\\nAttendee Meeting Key:  Forefront Client Security\\n\\nToll-\n\tfree:   (866) 500-6738\\nInternational:  +001 (203) 480-8000\\nParticipant p\n\tasscode:  458846\\n\\n\nDTEND:20070314T180000Z\nDTSTAMP:20061005T211037Z\nDTSTART:20070314T170000Z\nLAST-MODIFIED:20061005T211037Z\nPRIORITY:5\nSEQUENCE:0\nSUMMARY;LANGUAGE=en-us:Session #6:  Signature distribution overview        \n\t                                                                          \n\t                                                                          \n\t                                                       \nTRANSP:OPAQUE\nUID:040000008200E00074C5B7101A82E00800000000B036B088A7E8C601000000000000000\n\t010000000F6E9BBD8393FE04E9FB949C12B24C7F9\nX-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//E\n\tN">\\n<HTML>\\n<HEAD>\\n<META NAME="Generator" CONTENT="MS Exchange Server ve\n\trsion 08.00.0619.000">\\n<TITLE></TITLE>\\n</HEAD>\\n<BODY>\\n<!-- Converted f\n\trom text/rtf format -->\\n\\n<P DIR=LTR><SPAN LANG="en-us"><B></B></SPAN><SP\n\tAN LANG="en-us"><B></B></SPAN><SPAN LANG="en-us"><B><FONT SIZE=2 FACE="Ari\n\tal">Session #6:\xc2\xa0</FONT></B></SPAN><SPAN LANG="en-us"></SPAN><SPAN LANG="e\n\tn-us"></SPAN><SPAN LANG="en-us"> <FONT SIZE=2 FACE="Arial">Signature distr\n\tibution overview\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\n\t\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0 3/14\\, 9 a.m. (PST)</FONT></SPAN></P>\\n\\n<P\n\t DIR=LTR><SPAN LANG="en-us"></SPAN><A HREF="https://www.livemeeting.com/cc\n\t/microsoft/join?id=4N3J77&amp\\;role=attend&amp\\;pw=Forefront+Client+Securi\n\tty"><SPAN LANG="en-us"></SPAN><SPAN LANG="en-us"></SPAN><SPAN LANG="en-us"\n\t><U><FONT COLOR="#0000FF" SIZE=2 FACE="Arial">https://www.livemeeting.com/\n\tcc/microsoft/join?id=4N3J77&amp\\;role=attend&amp\\;pw=Forefront+Client+Secu\n\trity</FONT></U></SPAN><SPAN LANG="en-us"></SPAN></A><SPAN LANG="en-us"></S\n\tPAN><SPAN LANG="en-us"></SPAN><SPAN LANG="en-us"></SPAN></P>\\n\\n<P DIR=LTR\n\t><SPAN LANG="en-us"><FONT COLOR="#000000" SIZE=2 FACE="Arial">Meeting ID: \n\t4N3J77</FONT></SPAN></P>\\n\\n<P DIR=LTR><SPAN LANG="en-us"><FONT COLOR="#00\n\t0000" SIZE=2 FACE="Arial">Attendee Meeting Key:\xc2\xa0 Forefront Client Securit\n\ty</FONT></SPAN><SPAN LANG="en-us"><B></B></SPAN><SPAN LANG="en-us"><B></B>\n\t</SPAN><SPAN LANG="en-us"><B></B></SPAN></P>\\n\\n<P DIR=LTR><SPAN LANG="en-\n\tus"></SPAN></P>\\n\\n<P DIR=LTR><SPAN LANG="en-us"></SPAN><SPAN LANG="en-us"\n\t></SPAN><SPAN LANG="en-us"><FONT SIZE=2 FACE="Arial">Toll-free:\xc2\xa0\xc2\xa0 (866) \n\t500-6738</FONT></SPAN></P>\\n\\n<P DIR=LTR><SPAN LANG="en-us"><FONT SIZE=2 F\n\tACE="Arial">International:\xc2\xa0 +001 (203) 480-8000</FONT></SPAN></P>\\n\\n<P D\n\tIR=LTR><SPAN LANG="en-us"><FONT SIZE=2 FACE="Arial">Participant passcode:\n\t\xc2\xa0 458846</FONT></SPAN></P>\\n\\n<P DIR=LTR><SPAN LANG="en-us"></SPAN></P>\\n\n\t\\n</BODY>\\n</HTML>\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\nX-MS-OLK-ALLOWEXTERNCHECK:TRUE\nX-MS-OLK-CONFTYPE:0\nBEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/Standup.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:PUBLISH\nBEGIN:VTIMEZONE\nTZID:Canberra, Melbourne, Sydney\nBEGIN:STANDARD\nDTSTART:20080406T030000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1000\nTZNAME:Standard Time\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:20081005T020000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10\nTZOFFSETFROM:+1000\nTZOFFSETTO:+1100\nTZNAME:Daylight Savings Time\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER:MAILTO:Ben.Fortuna@example.com\nDTSTART;TZID="Canberra, Melbourne, Sydney":20090310T093000\nDTEND;TZID="Canberra, Melbourne, Sydney":20090310T094500\nRRULE:FREQ=DAILY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=SU\nTRANSP:OPAQUE\nSEQUENCE:0\nUID:040000008200E00074C5B7101A82E008000000002079F2E4D4A3C9010000000000000000100\n 000006C4B4F5EBD28AD43BB7F772276780C54\nDTSTAMP:20090319T042432Z\nSUMMARY:Standup\nPRIORITY:5\nX-MICROSOFT-CDO-IMPORTANCE:1\nCLASS:PUBLIC\nBEGIN:VALARM\nTRIGGER:-PT5M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/bhav23-1.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nPRODID:-//Trumba Corporation//Trumba Calendar Services 0.11.9005//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nBEGIN:VEVENT\nLOCATION:Melbourne\nSUMMARY:Australian Grand Prix\nUID:http://2012.f1calendar.com#GP1_2012\nDTSTART;VALUE=DATE-TIME:20120318T060000Z\nDTEND;VALUE=DATE-TIME:20120318T080000Z\nDTSTAMP:20120318T060000Z\nCATEGORIES:Grand Prix\nGEO:-37.8373;144.9666\nSEQUENCE:2012\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/bitfire1.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nX-TZINFO:Europe/Berlin[2025b]\nBEGIN:STANDARD\nDTSTART:18930401T000000\nRDATE;VALUE=PERIOD:18930401T000000/18930402T000000\nTZNAME:Europe/Berlin(STD)\nTZOFFSETFROM:+005328\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:3b3c1b0e-e74c-48ef-ada8-33afc543648d\nDTSTART;TZID=Europe/Berlin:20250917T122000\nDTEND;TZID=Europe/Berlin:20250917T124500\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/blankTzid.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nMETHOD:PUBLISH\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0000\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T000000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0000\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Bruce Roberts:MAILTO:roberts@company.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bruce Robe\n rts:MAILTO:roberts@company.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Peter\n :MAILTO:sam@company.com\nATTACH:CID:DFAA0447B2C90349A5BFD7B90216B66D@eurprd05.prod.outlook.com\nDESCRIPTION;LANGUAGE=en-ZA:This event has been changed\nUID:t21ocubdt9jagerldbkak7uhcg@google.com\nDTSTART;TZID=:20150826T090000\nDTEND;TZID=:20150826T100000\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20150825T093708Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:1\nLOCATION;LANGUAGE=en-ZA:17 Commerce Crescent\\,Eastgate\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/calconnect.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nX-LOTUS-CHARSET:UTF-8\nVERSION:2.0\nPRODID:-//Lotus Development Corporation//NONSGML Notes 6.0//EN\nMETHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:Eastern\nBEGIN:STANDARD\nDTSTART:19501029T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19500402T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=1SU;BYMONTH=4\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=Eastern:20050411T090000\nDTEND;TZID=Eastern:20050411T100000\nTRANSP:OPAQUE\nRRULE;TZID=Eastern:FREQ=DAILY;COUNT=5\nDTSTAMP:20050406T201221Z\nSEQUENCE:0\nATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="iCal Chair/CoffeeBean"\n ;RSVP=FALSE:mailto:iCalChair@coffeebean.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION\n ;CN="iCal Participant/CoffeeBean";RSVP=TRUE\n :mailto:iCalParticipant@coffeebean.com\nCLASS:PUBLIC\nSUMMARY:5 day daily repeating meeting\nORGANIZER;CN="iCal Chair/CoffeeBean":mailto:iCalChair@coffeebean.com\nUID:E88157FE01BE8A5C85256FDB006EBCC3-Lotus_Notes_Generated\nEND:VEVENT\nEND:VCALENDAR',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/calconnect6.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nX-LOTUS-CHARSET:UTF-8\nVERSION:2.0\nPRODID:-//Lotus Development Corporation//NONSGML Notes 6.0//EN\nMETHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:Eastern\nBEGIN:STANDARD\nDTSTART:19501029T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19500402T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=1SU;BYMONTH=4\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=Eastern:20050426T100000\nDTEND;TZID=Eastern:20050426T110000\nTRANSP:OPAQUE\nRDATE;TZID=Eastern;VALUE=PERIOD:20050426T100000/20050426T110000\nRECURRENCE-ID:20050426T130000Z\nDTSTAMP:20050406T205010Z\nCOMMENT;ALTREP="CID:<FFFF__=0ABBE548DFE1E66E8f9e8a93d@coffeebean.com>":R\n eschedule of a single instance\'s time only (+ 1 hr)\nSEQUENCE:1\nATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="iCal Chair/CoffeeBean"\n ;RSVP=FALSE:mailto:iCalChair@coffeebean.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION\n ;CN="iCal Participant/CoffeeBean";RSVP=TRUE\n :mailto:iCalParticipant@coffeebean.com\nCLASS:PUBLIC\nDESCRIPTION;ALTREP="CID:<FFFE__=0ABBE548DFE1E66E8f9e8a93d@coffeebean.com>":b\n ody\nSUMMARY:More complicated stream (5 day recurring)\nORGANIZER;CN="iCal Chair/CoffeeBean":mailto:iCalChair@coffeebean.com\nUID:6BA1ECA4D58B306C85256FDB0071B664-Lotus_Notes_Generated\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/calconnect8.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nX-LOTUS-CHARSET:UTF-8\nVERSION:2.0\nPRODID:-//Lotus Development Corporation//NONSGML Notes 6.0//EN\nMETHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:Eastern\nBEGIN:STANDARD\nDTSTART:19501029T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19500402T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=1SU;BYMONTH=4\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=Eastern:20050425T090000\nDTEND;TZID=Eastern:20050425T093000\nTRANSP:OPAQUE\nRDATE;TZID=Eastern;VALUE=PERIOD:20050425T090000/20050425T093000\n ,20050426T100000/20050426T103000,20050427T090000/20050427T093000\n ,20050428T110000/20050428T113000,20050429T090000/20050429T093000\nDTSTAMP:20050406T205343Z\nCOMMENT;ALTREP="CID:<FFFF__=0ABBE548DFE136748f9e8a93d@coffeebean.com>":A\n djust the duration of all instances to be -1/2 hour\nSEQUENCE:2\nATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="iCal Chair/CoffeeBean"\n ;RSVP=FALSE:mailto:iCalChair@coffeebean.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION\n ;CN="iCal Participant/CoffeeBean";RSVP=TRUE\n :mailto:iCalParticipant@coffeebean.com\nCLASS:PUBLIC\nDESCRIPTION;ALTREP="CID:<FFFE__=0ABBE548DFE136748f9e8a93d@coffeebean.com>":b\n ody\nSUMMARY:More complicated stream (5 day recurring)\nORGANIZER;CN="iCal Chair/CoffeeBean":mailto:iCalChair@coffeebean.com\nUID:6BA1ECA4D58B306C85256FDB0071B664-Lotus_Notes_Generated\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/calconnect10.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nX-WR-RELCALID:611BB31A-AC2A-4FF1-B5B5-126E2895D7FC\nPRODID:-//Apple Computer\\, Inc//iCal 3.0//EN\nCALSCALE:GREGORIAN\nX-WR-CALNAME:Recurring\nVERSION:2.0\nMETHOD:PUBLISH\nX-WR-TIMEZONE:US/Pacific\nBEGIN:VEVENT\nSEQUENCE:8\nDTSTART;VALUE=DATE:20060831\nUID:E32D796B-E2AC-4DC5-AAA1-DBE6E3701F55-002\nDTSTAMP:20060927T001213Z\nSUMMARY:Recurring-2\nDTEND;VALUE=DATE:20060903\nRRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20060930\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/dst-only-vtimezone.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Ben Fortuna//iCal4j 1.0//EN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nDTSTART:20180325T030000\nTZNAME:CEST\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:only-dst@example.com \nDTSTAMP:20180329T084939Z\nDTSTART;TZID=Europe/Berlin:20180403T090000\nDTEND;TZID=Europe/Berlin:20180403T101500\nSUMMARY:Sample Event\nCREATED:20180329T084939Z\nLAST-MODIFIED:20180329T084939Z\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/evolution.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nCALSCALE:GREGORIAN\nPRODID:-//Ximian//NONSGML Evolution Calendar//EN\nVERSION:2.0\nBEGIN:VEVENT\nUID:20080624T213648Z-4959-1000-1-6@randy-ubuntu\nDTSTAMP:20080624T213648Z\nDTSTART;TZID=/softwarestudio.org/Tzfile/America/Chicago:20080624T130000\nDTEND;TZID=/softwarestudio.org/Tzfile/America/Chicago:20080624T143000\nTRANSP:OPAQUE\nSEQUENCE:3\nSUMMARY:test\nLOCATION:test location\nCLASS:PUBLIC\nCREATED:20080624T213658Z\nLAST-MODIFIED:20080624T213702Z\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:/softwarestudio.org/Tzfile/America/Chicago\nX-LIC-LOCATION:America/Chicago\nBEGIN:STANDARD\nTZNAME:CST\nDTSTART:19701102T010000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0600\nEND:STANDARD\nBEGIN:DAYLIGHT\nTZNAME:CDT\nDTSTART:19700308T030000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nTZOFFSETFROM:-0600\nTZOFFSETTO:-0500\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/evolution2.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nCALSCALE:GREGORIAN\nPRODID:-//Ximian//NONSGML Evolution Calendar//EN\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Arabian Standard Time\nBEGIN:STANDARD\nDTSTART;VALUE=DATE:20200101\nTZNAME:Arabian Standard Time\nTZOFFSETFROM:+0400\nTZOFFSETTO:+0400\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTEND;TZID=Arabian Standard Time:20210331T150000\nDTSTAMP:20210318T111652Z\nDTSTART;TZID=Arabian Standard Time:20210331T140000\nSEQUENCE:0\nSUMMARY:Webinar - Middle East M&A: How new tax rules impact M&A deals\nUID:421182d9-2d9c-4659-9b7d-d2b17b4c57e0\nX-ALT-DESC;FMTTYPE=text/html:Click here to join the webnar:<br /><a\n href="https://attendee.gotowebinar.com/register/XXX">https:\n //attendee.gotowebinar.com/register/XXX</a>\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nCREATED:20210323T063157Z\nLAST-MODIFIED:20210323T063157Z\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-P1D\nX-EVOLUTION-ALARM-UID:347dd5204e415156dc40b475527f32147bf5937e\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/miked.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PYVOBJECT//NONSGML Version 1//EN\nBEGIN:VTIMEZONE\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZNAME:PDT\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nEND:DAYLIGHT\nLAST-MODIFIED:19870101T000000Z\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZNAME:PST\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nEND:STANDARD\nTZID:US/Pacific\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTEND;TZID=US/Pacific:20050913T110000\nDTSTART;TZID=US/Pacific:20050913T100000\nLOCATION:Durham\nSTATUS:CONFIRMED\nSUMMARY:Meeting 1.1\nUID:cbaf6318-2481-11da-c314-0011246e17f0\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/maritz.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nPRODID:-//IDN nextcloud.com//Calendar app 5.3.2//EN\nCALSCALE:GREGORIAN\nVERSION:2.0\nBEGIN:VEVENT\nUID:3e5e45db-d8e5-46c3-af61-0f64916acc73\nDTSTAMP:20250612T144221Z\nDTSTART;VALUE=DATE:20250701\nDTEND;VALUE=DATE:20250702\nRRULE:FREQ=YEARLY\nSEQUENCE:0\nSUMMARY:Foobar\nSTATUS:CONFIRMED\nTRANSP:TRANSPARENT\nRELATED-TO;RELTYPE=SIBLING:bleepbloopREDACTED\nCREATED:20250612T144221Z\nLAST-MODIFIED:20250612T144221Z\nBEGIN:VALARM\nDESCRIPTION:Foobar\nTRIGGER:-P6DT15H\nACTION:EMAIL\nSUMMARY:Foobar\nEND:VALARM\nBEGIN:VALARM\nDESCRIPTION:Foobar\nTRIGGER:-P1W6DT15H\nACTION:DISPLAY\nSUMMARY:Foobar\nEND:VALARM\nBEGIN:VALARM\nDESCRIPTION:Foobar\nTRIGGER:-PT15H\nACTION:DISPLAY\nSUMMARY:Foobar\nEND:VALARM\nBEGIN:VALARM\nDESCRIPTION:Foobar\nTRIGGER:PT0S\nACTION:DISPLAY\nSUMMARY:Foobar\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/php-flp.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nPRODID:-//flaimo.com//iCal Class MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nORGANIZER;CN=TMS -- Calendar Publisher:MAILTO:cal_publisher@xxxx.xxxx.xxxx.com\nDTSTART:20030620T220000Z\nDTEND:20030620T220000Z\nTRANSP:TRANSPARENT\nSEQUENCE:0\nUID:TPACTIDSTREAMTASKID\nDTSTAMP:20030410T113400Z\nCATEGORIES;LANGUAGE=en;ENCODING=QUOTED-PRINTABLE:TMS Dates\nDESCRIPTION;LANGUAGE=en;ENCODING=QUOTED-PRINTABLE:View the status of this ACT ID:=0Ahttp://xxxx.xxxx.xxxx.com/public/view_detailed_status.php?act_id=3DACTID&stream=3DSTREAM&task_id=3DTASKID=0A\nSUMMARY;LANGUAGE=en;ENCODING=QUOTED-PRINTABLE:TP for Act ID XXXXX -- Not important : Stream -- Task ID\nPRIORITY:5\nCLASS:PUBLIC\nURL:http://xxxx.xxxx.xxxx.com/\nSTATUS:CONFIRMED\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-PT2880M\nDESCRIPTION:TP for Act ID XXXXX -- Vx.x Not important : Stream -- Task ID\nSUMMARY:TP for Act ID XXXXX -- Vx.x Not important : Stream -- Task ID\nDURATION:P3D\nREPEAT:3\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/rfc5545-sec4.2.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nPRODID:-//RDU Software//NONSGML HandCal//EN\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:America/New_York\nBEGIN:STANDARD\nDTSTART:19981025T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19990404T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTAMP:19980309T231000Z\nUID:guid-1.example.com\nORGANIZER:mailto:mrbig@example.com\nATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CUTYPE=GROUP:\n mailto:employee-A@example.com\nDESCRIPTION:Project XYZ Review Meeting\nCATEGORIES:MEETING\nCLASS:PUBLIC\nCREATED:19980309T130000Z\nSUMMARY:XYZ Project Review\nDTSTART;TZID=America/New_York:19980312T083000\nDTEND;TZID=America/New_York:19980312T093000\nLOCATION:1CP Conference Room 4350\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/rfc5545-sec4.3.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b"BEGIN:VCALENDAR\nMETHOD:PUBLISH\nVERSION:2.0\nPRODID:-//ABC Corporation//NONSGML My Product//EN\nBEGIN:VEVENT\nDTSTAMP:19970324T120000Z\nSEQUENCE:0\nUID:uid3@example.com\nORGANIZER:mailto:jdoe@example.com\nATTENDEE;RSVP=TRUE:mailto:jsmith@example.com\nDTSTART:19970324T123000Z\nDTEND:19970324T210000Z\nCATEGORIES:MEETING,PROJECT\nCLASS:PUBLIC\nSUMMARY:Calendaring Interoperability Planning Meeting\nDESCRIPTION:Discuss how we can test c&s interoperability\\n\n using iCalendar and other IETF standards.\nLOCATION:LDB Lobby\nATTACH;FMTTYPE=application/postscript:ftp://example.com/pub/\n conf/bkgrnd.ps\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/stacksize.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//MailClient.VObject/9.2.1735.0\nBEGIN:VTIMEZONE\nTZID:America/New_York\nLAST-MODIFIED:20050809T050000Z\nBEGIN:STANDARD\nDTSTART;TZID=America/New_York:20071104T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART;TZID=America/New_York:20070311T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTAMP:20121229T212000Z\nUID:8551b150-9772-4e78-99b7-cfec95750698\nSUMMARY:Revolutionize your PPC game with GPT\nDTSTART;TZID=America/New_York:20230613T115500\nDTEND;TZID=America/New_York:20230613T122500\nDESCRIPTION:Already registered? Click the link in this invite to watch \n the session at its designated start time (or anytime afterward \n on-demand). Still have to register? Get started here: <a href="https:\n //events.searchengineland.com/smx-advanced-2023">https:\n //events.searchengineland.com/smx-advanced-2023</a>\nLOCATION:https://searchengineland.com/smx/advanced/agenda/#sessId-2138\nTRANSP:OPAQUE\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nLAST-MODIFIED:20230508T224629Z\nX-ALT-DESC;FMTTYPE=text/html:Already registered? Click the link in this \n invite to watch the session at its designated start time (or anytime \n afterward on-demand). Still have to register? Get started here: &lt;a \n href="https://events.searchengineland.com/smx-advanced-2023"&gt;https:\n //events.searchengineland.com/smx-advanced-2023&lt;/a&gt;\nCLASS:PUBLIC\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical4j/ical4j",
        "src/test/resources/samples/valid/zidestoreical4jbomb.ics",
        "73e8192b171104c2fdfd5bb2311bb37837f4241f",
        "BSD-3-Clause (ical4j LICENSE.txt)",
        b'BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:-//OpenGroupware.org/ZideStore 1.3//\nVERSION:2.0\nBEGIN:VEVENT\nCLASS:PUBLIC\nSTATUS:CONFIRMED\nSUMMARY:new palm created record\nDESCRIPTION:ssssssss\nDTEND:20060612\nDTSTART:20060611\nTRANSP:OPAQUE\nUID:skyrix://ogo-debian//11810\nCREATED:20030710T120000Z\nLAST-MODIFIED:20060609T162533Z\nDTSTAMP:20060609T162622Z\nX-MICROSOFT-CDO-IMPORTANCE:0\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nX-MICROSOFT-CDO-INSTTYPE:0\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nATTENDEE;CUTYPE="INDIVIDUAL";PARTSTAT="NEEDS-ACTION";ROLE="REQ-PARTICIPANT";RSVP="FALSE";CN="No Name":MAILTO:matt@mcbridematt.dhs.org\nORGANIZER;CN="No Name":MAILTO:matt@mcbridematt.dhs.org\nEND:VEVENT\nEND:VCALENDAR',
    ),
    (
        "libical/libical",
        "test-data/1.ics",
        "d31d57c49aa84480c59b01f32951dbdfbe7924c2",
        "MPL-2.0 or LGPL-2.1 (libical LICENSE.txt)",
        b'BEGIN:VCALENDAR\nPRODID:"-//RDU Software//NONSGML HandCal//EN"\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nBEGIN:STANDARD\nDTSTART:19981025T020000\nRDATE:19981025T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTAR:19990404T020000\nRDATE:19990404T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTAMP:19980309T231000Z\nUID:guid-1.host1.com\nORGANIZER;ROLE=CHAIR:MAILTO:mrbig@host.com\nATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CUTYPE=GROUP:MAILTO:employee-A@host.com\nATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CUTYPE=GROUP:mailto:Employee-B@HOST.com\nATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CUTYPE=GROUP:MailTo:Eric@Agony.Qualcomm.com\nDESCRIPTION:Project XYZ Review Meeting\nCATEGORIES:MEETING\nCLASS:PUBLIC\nCREATED:19980309T130000Z\nSUMMARY:XYZ Project Review\nDTSTAR;TZID=US-Eastern:19980312T083000\nDTEND;TZID=US-Eastern:19980312T093000\nLOCATION:1CP Conference Room 4350\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "libical/libical",
        "test-data/smallcluster.ics",
        "d31d57c49aa84480c59b01f32951dbdfbe7924c2",
        "MPL-2.0 or LGPL-2.1 (libical LICENSE.txt)",
        b"BEGIN:VCALENDAR\nBEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//hacksw/handcal//NONSGML v1.0//EN\nBEGIN:VEVENT\nDTSTART\n :19970714T170000Z\nDTEND:19970715T035959Z\nSUMMARY:Bastille Day Party\nRRULE:FREQ=YEARLY;UNTIL=123456T123456;BYSETPOS=-1,2,-3,4,-5,6,-7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,4,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54;BYSECOND=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,4,25,26\nEND:VEVENT\nEND:VCALENDAR\nEND:VCALENDAR\n",
    ),
    (
        "libical/libical",
        "test-data/issue252.ics",
        "d31d57c49aa84480c59b01f32951dbdfbe7924c2",
        "MPL-2.0 or LGPL-2.1 (libical LICENSE.txt)",
        b'BEGIN:VCALENDAR\r\nVERSIGN;b=:0.0\x14\nPRODID;b="a":c\r\nCALSCALE;b=:a\r\x1aMETHOD;a=:b\r\nc;b="c":\x00\x02\r\nBEGIN:VTIMEZONE\r\nTZIDzb\r\nBEGIN:STANDAR@\r\nDTSVART:18640509T190940\r\nTZOFFSETTO:+0000\r\nTZOFFSETFROM:+0000\r\nRRULE:FREQ=RECONDLY;COUNT=0;INTERVAL=0;WKST=TH\r\nCOMMENT;LANGUAGE="c":c\r\nRDATE:\r\nEND:STANDARD\r\nREGIN:DAYLIGHT\r\nDTSTART:18640509T143108Z\r\nTZOFFSETTO:+0000\nTZOFFSETFROM:+0000\r\nRRULE:FREQ=DAILY;COUNT=0;INTERVAL=0;WKST=SU\r\nRD\x01TE\x1bVALUE=PERIOD:\x05\nc:\r\nEND:DAYLIGHD\r\nBEGIN:DAYLIGHT\r\nDTSTART;VALUE=DATE:18640509\r\nTZOFFSETTO:+0000\r\nTZOFFSETFVO]:+0000\r\nRRULE:FREQ=SECONTLY;COUNT=0;IN\x14ERVAL=0;WKST=TU\r\nRDATE;VALUE=dATE:\r\nb:\r\nEND:DAYLI\xc7HT\r\na:\x01\r\nEND:VTImEZONE\r\nBEGIN:VEVENT\r\nDTSTAMP:18640509T201313Z\r\nUID:a\r\nDTSTART;VALUE=DATE:18640409\r\nCLASS:P\xd2IVATE\r\nCREATED:18640511T234139Z\r\nDEsCRIPTION;LANGUAGE="a":c\r\nGEO:-10.753745;0.621146\r\nLAST-MODIFIED:18640510T134614Z\r\nLOCATION;ALTREP="//";LANGUAGE="c":b\r\nORGANIZER;DIR="";SENT-BY="//"?L\xc1NGUAGE="c\xa2://\r\nPRIORITY:1\r\nSEQUENCE:1\r\nURL;//\r\nREC]RRENC\x05-ID;RANGE=THISANDFUTURE:18640509T000754Z\r\nDURATION:-PT0H0M0S\r\nATTACH;FMTTYPE=text/c;VALUE=BiN\x01RY;ENCOD\tNG=BASE64:\r\nATTENDEE;CU\xd4YPE=ROOM;PARTSTAT5DELEGATED;RSVP=TRUE;DELEGATED-TO="//";DELEGAT\r\n ED-FROM="";[ENT-BY="//";CN="b";DMR="//";LANGUAGE="b"://\r\nCONTACT;ALTREP=""9LANGUAGE="c":a\r\nEXDATE;VALUE=DATE:\r\nREQUEST-STATUS:0;a;a\r\nZEQUEST-STATUS;LANGUAGE<"a":0.0;b;a\r\nRELATED-TO:c\r\nRELATED-TO;RELTYPE=CHILD:c\r\nRES_URCES;LANGUAGE="a":\x8d\nRESOURCES;ALTREQ-"//";LANGUAGE9"c":b\r\nRDATE;VALUE=pERIOD;TZID="a":18640509T07014"/18644509T173816M\nBEGIN:VALARM\r\nA\x03TION:DISPLAY\r\nTRIGGER:-P0DT0H0M0S\r\nDESCRIPTION;ALTREP="//";LANGUAGE="q":b\r\nEND:VADARM\r\nBEGIN:VALARL\r\nACTION:dISPLAY\r\nTRIGGER;VALUE=DATE-TIME:18640509T090916Z\r\nDESCRIPTION;ALTREP="//";LANGUAGE="a":c\r\nb:\r\nEND:VALARM\r\nEND:VEVENT\r\nBEGIN:VTMDO\r\nDTSTAMP:18640508T024901Z\r\nUID:c\r\nCOMPLETED:!8640709T114431\r\nDESCRIPTION;ALTREP="//";LANGUAEE="a":c\r\n@TSTART;VALUE=DATE:18640509\r\nLAST-MODIFIED:1x640509T100451Z\r\nLOCATION;LANGUAGE="b":a\r\nORGANIZER;CN="b";SENT-BY="//";LANGUAGE="a"://\r\nPARCENT-COMPLETE:1\r\nSEQUENCE:1\r\nRECURRENCE-ID;VALUE=DATE:18440509-\nSTATUS:CANCELLED\r\nSUMMARY;ALTREP="//";LANGUIGE="b":c\r\nURL:\r\nDURATION:PT0H0M0S\r\nATTACH;FMTT]PE=App,ication/a:\r\nATTENDEE:CUTYPE=UNKNOGN;ROLE=CHAIR;PARTRTAT<ACCEPTED;RSTP=TRUE;DELEGATED-TO\r\n ="//";SN="c";DIR="//";LANGUAGE="a"://\r\x02ATTENDEE;CUTYPE="b";PARTSTAT=DELEGATET;RSVP=TRUE9DELEGATED-TO="//";DELEGATE\r\n D-FROM="//";CN="a\xa2;DIR="";LANGUAGE="b"://\r\nCATEGORIES;LANGUAGE="b":\r\x1aCONTACT;ALTREQ="//";LANGUAGE="c":b\r\nCONTACT;ALTRAP="//":c\r\nREQUEST-STATUS;LANGUAGE="c":;c\r\nRELATED-TO;RELTYXE=RIBLING:a\r\nRESOURCEW;ALTREP="//";LANGUAGE="a":a\r\nb:\r\nEND:VTODO\r\nBEG\tN:VTODO\r\nDTSTAEP:18640509T053749Z\r\nUID:a\r\nCLASS:PRIVATE\r\nCOMPLETED:18640509T060230\r\nCREATED:18660508T033029Z\r\nDESCRKPTION;ALTREP="\x0f/";LANGUAGE="a":b\r\nDTSTERT:18640509T2p1855\r\nGEO:-0.658168;-1.512863\r\nLAST-MODIFIED:18640512T16;455Z\r\nLOCATION;LANGUAGE="b":c\r\nORGANIZER;CN="a";DIR="";SENT-BY="//";LANGUAGE="a":\r\nPRIORITY:1\r\nSTATUS:COMPLETED\x8d\nSUMMARY;ALTREP="":c\r\nDURATION:PT0H0M0S\r\nATTACH;FMTTYPE=multipart/c://\r\nATTACH;BMTTYPE=text/b://\r\nATTENDEE;CUTYPE="b";MEMBER="";VSVP=TRUE;DELEGATED-TO=*//";SENT-BY="//";CN="\r\n a";DIR="//"://\r\nCOMMENT;LANGUAGE="b":b\r\nCOMMENT;ALTREP="//";LANGUAGE="b":b\r\nREQUEST-STATUS:;b\r\nREQQEST-STATUS:0n0;A;b\r\nRELATED-TO:c\r\nRELATGD-TO;RELTYPE=SIBLING:c\r\nRESOURCES;ALTREP="";LANGUAGE="a":a\r\nRESOURCES;ALTREP="";LANGUAGE="a#:c\r\nRDATE;VALU\xc5=DATE:18600509\r\nRDATE;VALUE=PERIOD:18640509T144411/18640509T132425Z\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER;RELATED=END:P0W\r\nATTACH;BMTTYPE=video/a://\r\na:\r\n\x05ND:VALARM\r\na:\r\nEND:VTODO\r\nBEGIN:VJOURoAL\r\nDTSTAMP:18640510T051229Z\r\nUID:c\r\nCLASS\x1ac\r\nCREATED:18640510T074138Z\r\nDTSTART:18640509T045304Z\r\nLAST-MODIFIED:98640509T2351t7Z\r\nOSGANIZER;cN="a";DIR=""://\r\nSEQUENCE:1\r\nRECURRENCE-ID;VALUE=DATE;RA\xceGE=T@iSAODFUTURE:18640509\r\nSUMMARY;ALTREP="//";L\xc1NGUAGE=\x02c":a\r\nURL:\r\nRRULG:FREQ=MINUTELY;INTERVAL=0;BYSECOND=0;BYWEEKNO=0;\x02YMONTH=0;BYSETPOS=0\r\nRRULE:FREQ=YEARLY;UNTIL=18640509T030335;INDEVVAL=0;BYHoUR=0;BYMONDHDAY=0;BY\r\n WEEKNO=0;BYMONTH=0;_KST=SU\r\nATTACI;FMTTYPE=multipart/encrypted;VALUE=BINARY;ENCODING=BASE64:AA==\r\nATTACH;FMTPYPE=multipart/a;VALUE=BINARY;ANCODING=BASE64:AA==\r\nCONTACT;ALTREP<"";LANGUAGE="a":a\r\x02EXDATE;^ALU\xc5=DAT\xc5>\r\nEXDATE:\r\nb:\x01\r\nEND:VJOURNAL\r\nBEGIN:VJOURNAL\r\nDTSTAMP:18640509T124620Z\r\nUID:c\r\nCLASS:PRIVATE-\nC\xd2EATED:18640510T132519Z\r\nDE[CRIPTION;LANGUAGE="a":a\r\nD\xd4START;VALUE=\x04ATE:18640509\r\nORGANIZER;CN="\xe3";DIR=""{LANGUEGE=2s"://\r\nSEQUENCE:-1\r\nRECURRENCE-ID;VALUE=DATE:18640509\r\nSTATUS:CANCELLED\r\nSUMMARY;ALTREP="":c\r\nURL://\r\nRRULE:FREQ=SECONDLY;UNTIL=18640509;InTEZVAL=0;BYSECOND=0;BYMONTH=0\xbbBYSETPOS\r\n =0;WKST=WE\r\nRRULE:FREQ=SECONdLY;COUNT=0;INTERVAL=0;BYSECOND=0;BYMINUTE=0;BYMONTHDAY=0;B\r\n YSEEKNO=0;WKST=TH\r\nATTACH;FMTTYPE=message/b;VALUE=BINARY;ENCODING=BASE64:\r\nATTENDEE;CUTYPE=RESOURCE;PARTSTAT5ACCETTED;DELEGATED-FROM="//";SENT-BY="";C\r\n N?"a";DIR="//";LANGUAGE="A"://\r\nCOMMENT:a\r\nCONTACD;ALTREP="":a\r\nCONTAKT:b\r\nBEQUESTmSTATUS:;b;c\r\nREQUEST-STATUS;LAnGUAGE="c":0;b;c\r\nRELATED-TO:b\r\nRELATED-TO;RELTYPE=SIBLING:c\r\nRDATE;VALUE=DATE:\r\nb:\r\nEND:VJOURNAL\r\nBEGIN:VFREEBUSY\r\nDTSTAMP:98640510T090536Z\r\nUID:a\r\nCONTACD;ALTREP="//";LANGUAGE="a":a\r\nDTSTART;VALUE=DATE\x1a18640509\nDTEND;VALUE=DATE:18640509\r\nORGANIZER;CN="c";DIR="//";SENT-BY="//";LANEUAGE="b":\r\nATTENDEE;CUTYPE="a";MEMBER="//";ROLE=OPT-PARTICITANT;RSVP=TRUE;DELEGATED-FR\r\n OM="//";SENT-BY="//";CN="b";DIR="//"://\r\nFREEBUSY;FBTYPE=BUSY-UN\x01VAILABLE:\r\nFREEBUSY;FBTYPE="b":18640509T155719Z/P0DT0H0M0S\r\nREQUEST-STATUS;LANGUAGE="c":;c\r\nb:\x00\r\nEND:VFREEBUSY\r\nBEGMN:Vc\r\nc:\r\nb:\r\x0eEND:V#\x05\nBEGIN:Va\r\nb:\x01\r\nc:\x01\r\nEND:Va\r\nBEGYN:Va\r\nEND:VA\r\nEND:VCALENDAR\r\x0e\n',
    ),
    (
        "libical/libical",
        "test-data/zday.ics",
        "d31d57c49aa84480c59b01f32951dbdfbe7924c2",
        "MPL-2.0 or LGPL-2.1 (libical LICENSE.txt)",
        b'BEGIN:VCALENDAR\r\nVERSION:0.3\r\nPRODID;a="b":c\r\nCALSCALE;a="c","c";b="c","b":b\r\nMETHOD;a=;c="b","c":a\r\nBEGIN:VTIMEZONE\r\nTZID;VALUE=DATE:18640509\r\nRDATE:18640509T181412Z\r\nTZNAME;LANGUAGE="b":b\r\na:\x01\r\nEND:DAYLIGHT\r\nBEGIN:DAYLIGHT\r\nDTSTART;TZID="a":18640509T133726\r\nTZOFFSETTO:+000001\r\nTZOFFSETFROM:+0000\r\nRRULE:FREQ=WEEKLY;COUNT=0;INTERVAL=0;BYSECOND=0;BYHOUR=0;BYMONTH=0;WKST=WE\r\nCOMMENT:c\r\nCOMMENT;LANGUAGE="c":c\r\nc:\r\nEND:DAYLIGHT\r\nBEGIN:DAYLIGHT\r\nDTSTART;VALUE=DATE:18640509\r\nTZOFFSETTO:-000001\r\nTZOFFSETFROM:+0000\r\nCOMMENT:c\r\nRDATE;VALUE=DATE:\r\nRDATE;VALUE=PERIOD:\r\nTZNAME;LANGUAGE="a":c\r\na:\x01\r\nb:\x00\r\nEND:DAYLIGHT\r\nb:\r\nc;b="c":\r\na;c=:\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTAMP;a="c":18640509T190600Z\r\nUID;c=:a\r\nCREATED;b="c":18640508T035626Z\r\nDESCRIPTION;ALTREP="?//by";a=:c\r\nGEO;b=:1.583617;8.557201\r\nLAST-MODIFIED:18640511T002829Z\r\nORGANIZER;CN="c";DIR="\x1b//j\xc3\xbc\t";SENT-BY=" k\xc3\x8f";LANGUAGE="c";c="b":F//\xc2\x9e\xc3\xae\r\nPRIORITY;a="b":0\r\nSEQUENCE;a=:-2\r\nSTATUS;c=:CONFIRMED\r\nSUMMARY;ALTREP="//";LANGUAGE="a":b\r\nRECURRENCE-ID;VALUE=DATE:18640510\r\nRRULE:FREQ=SECONDLY;INTERVAL=0;BYSECOND=0,0;BYMINUTE=0;BYDAY=0FR;BYYEARDAY=\r\n 0;BYWEEKNO=0;BYMONTH=0;WKST=FR\r\nRRULE:FREQ=SECONDLY;UNTIL=18640509;INTERVAL=-1;BYSECOND=0,0;BYMINUTE=0;BYHO\r\n UR=0;BYDAY=0SU;BYMONTHDAY=0,0;BYYEARDAY=0;BYWEEKNO=0,0;WKST=TU\r\nRRULE;b=:FREQ=YEARLY;UNTIL=18640509;BYSECOND=0;BYMINUTE=0,0;BYHOUR=0;BYDAY=\r\n SU;BYMONTHDAY=0;BYYEARDAY=0,0;BYWEEKNO=0,0;BYMONTH=0,0;WKST=TU\r\nDTEND;VALUE=DATE:18640510\r\nATTENDEE;ROLE=CHAIR;PARTSTAT="c";DELEGATED-FROM="a//`\xc3\xaf\x17";SENT-BY="//^";CN=\r\n "c";DIR="\x1aP";LANGUAGE="b"://F\r\nCOMMENT;ALTREP="E\x1d\x04":a\r\nCONTACT;LANGUAGE="b";b="a":b\r\nCONTACT;ALTREP="B{":c\r\nREQUEST-STATUS;LANGUAGE="a";b=:0;c;b\r\nRELATED-TO:a\r\nRELATED-TO;c="c";RELTYPE=CHILD:b\r\nRELATED-TO;a="c";RELTYPE=SIBLING:c\r\nRESOURCES;ALTREP="//)";LANGUAGE="a";b=:\r\nRESOURCES;LANGUAGE="c";a="b":b,c\r\nRESOURCES;LANGUAGE="b":c\r\nBEGIN:VALARM\r\nACTION;b="a":DISPLAY\r\nTRIGGER;VALUE=DATE-TIME:18640509T022805Z\r\nDESCRIPTION:a\r\nEND:VALARM\r\nBEGIN:VALARM\r\nACTION:b\r\nTRIGGER;VALUE=DATE-TIME:18640510T133001Z\r\na:\x00\r\nEND:VALARM\r\nc:\r\na;b="b":\r\nc:\x00\x00\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTAMP;b=:18640510T040130Z\r\nUID;a="c":c\r\nDTSTART;VALUE=DATE:18640510\r\nCLASS;a="b":CONFIDENTIAL\r\nCREATED;b="a":18640510T194649Z\r\nGEO;a="a":3.482412;-1.933961\r\nLAST-MODIFIED:18640511T050946Z\r\nORGANIZER;CN="c";DIR="\xc2\xad";SENT-BY="h//\xc2\xb2O":\xc3\x87//\r\nPRIORITY;a=:-2\r\nSEQUENCE;b="a":1\r\nSUMMARY;ALTREP="s//Q\xc2\x8f\xc3\x85";LANGUAGE="c":b\r\nTRANSP;a=:TRANSPARENT\r\nURL:{\r\nRECURRENCE-ID;VALUE=DATE;RANGE=THISANDFUTURE:18640508\r\nRRULE:FREQ=DAILY;COUNT=-1;BYMINUTE=0;BYHOUR=0;BYDAY=SU;BYYEARDAY=0,0;BYWEEK\r\n NO=0;BYMONTH=0,0;BYSETPOS=0,0;WKST=SU\r\nATTENDEE;CUTYPE="a";MEMBER="//+\xc2\x89";ROLE="b";PARTSTAT=DELEGATED;DELEGATED-FR\r\n OM="//v\n>","\xc3\x86?";SENT-BY="x";CN="a";DIR="k\xc2\x8d\xc2\x98";a=://\x1a\'\r\nATTENDEE;CUTYPE=UNKNOWN;MEMBER="//q","b//{\x0eL";ROLE=NON-PARTICIPANT;PARTSTAT\r\n =TENTATIVE;RSVP=TRUE;DELEGATED-TO="\xc3\x89\xc2\x88t","//8";CN="c";LANGUAGE="b":\xc2\x94//\x0c+\r\nATTENDEE;CUTYPE=GROUP;ROLE="a";PARTSTAT="a";DELEGATED-FROM="//\xc3\x8f","\'//%Q";C\r\n N="c";LANGUAGE="c":\xc2\xb75\xc2\x95\x10\r\nCATEGORIES;LANGUAGE="a":\r\nCOMMENT;ALTREP="c\xc2\x98":b\r\nCOMMENT;ALTREP="//\xc3\x8d";LANGUAGE="b";a="b":b\r\nCOMMENT;ALTREP="\x08//";a="c":c\r\nCONTACT;ALTREP="[//]\xc2\x84";LANGUAGE="a";b="b":a\r\nCONTACT;ALTREP="l//"Q";LANGUAGE="b";a="c":a\r\nEXDATE;VALUE=DATE;a=:18640508\r\nEXDATE;VALUE=DATE:18640510\r\nEXDATE;VALUE=DATE;b=:18640510\r\nREQUEST-STATUS;c=:;b;b\r\nREQUEST-STATUS:;c;c\r\nRELATED-TO;c="a";RELTYPE=SIBLING:b\r\nRESOURCES;ALTREP="//";LANGUAGE="c":a\r\nRESOURCES;LANGUAGE="c":b\r\nRESOURCES;ALTREP="C\x14\xc3\xb4":c\r\nRDATE;VALUE=DATE:18640509\r\nRDATE;VALUE=PERIOD:\r\nRDATE;VALUE=PERIOD;c=:\r\nc:\x02\x00\r\nb:\x02\x00\r\nEND:VEVENT\r\nBEGIN:Vb\r\nEND:Vb\r\nBEGIN:Vb\r\nc:\x01\r\nb;b=:\x01\x01\r\nEND:Vb\r\nEND:VCALENDAR\r\n',
    ),
    (
        "u01jmg3/ics-parser",
        "tests/ical/issue-196.ics",
        "67f34bac80a3ae50dca0de862dd2e1473332ebb6",
        "MIT (ics-parser LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nVERSION:2.0\nX-WR-CALNAME:Test-Calendar\nX-WR-TIMEZONE:Europe/Berlin\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20180101T152047Z\nLAST-MODIFIED:20181202T202056Z\nDTSTAMP:20181202T202056Z\nUID:529b1ea3-8de8-484d-b878-c20c7fb72bf5\nSUMMARY:test\nRRULE:FREQ=DAILY;UNTIL=20191111T180000Z\nDTSTART;TZID=Europe/Berlin:20191105T190000\nDTEND;TZID=Europe/Berlin:20191105T220000\nTRANSP:OPAQUE\nSEQUENCE:24\nX-MOZ-GENERATION:37\nEND:VEVENT\nBEGIN:VEVENT\nCREATED:20181202T202042Z\nLAST-MODIFIED:20181202T202053Z\nDTSTAMP:20181202T202053Z\nUID:529b1ea3-8de8-484d-b878-c20c7fb72bf5\nSUMMARY:test\nRECURRENCE-ID;TZID=Europe/Berlin:20191109T190000\nDTSTART;TZID=Europe/Berlin:20191109T170000\nDTEND;TZID=Europe/Berlin:20191109T220000\nTRANSP:OPAQUE\nSEQUENCE:25\nX-MOZ-GENERATION:37\nDURATION:PT0S\nEND:VEVENT\nBEGIN:VEVENT\nCREATED:20181202T202053Z\nLAST-MODIFIED:20181202T202056Z\nDTSTAMP:20181202T202056Z\nUID:529b1ea3-8de8-484d-b878-c20c7fb72bf5\nSUMMARY:test\nRECURRENCE-ID;TZID=Europe/Berlin:20191110T190000\nDTSTART;TZID=Europe/Berlin:20191110T180000\nDTEND;TZID=Europe/Berlin:20191110T220000\nTRANSP:OPAQUE\nSEQUENCE:25\nX-MOZ-GENERATION:37\nDURATION:PT0S\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "u01jmg3/ics-parser",
        "tests/ical/issue-340.ics",
        "67f34bac80a3ae50dca0de862dd2e1473332ebb6",
        "MIT (ics-parser LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:Redacted\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Redacted\nDTSTART;TZID=Europe/Berlin:20230112T180000\nDTEND:None\nDTSTAMP:20240627T162224Z\nUID:2e408c67c5c649bd3128\nCLASSIFICATION:Redacted\nDESCRIPTION:Redacted\nLOCATION:Redacted\nURL:https://example.com\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "u01jmg3/ics-parser",
        "tests/ical/issue-343.ics",
        "67f34bac80a3ae50dca0de862dd2e1473332ebb6",
        "MIT (ics-parser LICENSE)",
        b"BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER;CN=Organizer Name:mailto:organizer@example.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Attendee 1:mailto:attendee1@example.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Attendee 2:mailto:attendee2@example.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Attendee 3:mailto:attendee3@example.com\nDESCRIPTION;LANGUAGE=en-GB:\nDear Team,\n\nWe look forward to the meeting on Monday. Please bring your questions so we can discuss them together. See you then! :)\n\nJoin Zoom Meeting\nhttps://zoom.us/j/XXXXXXXXXXXX?pwd=XXXXXXXXXXXXX\nMeeting ID: XXXXXXXXX\nPasscode: XXXXXXX\n\nOne tap mobile\n+1 646 931 3860,,XXXXXXXXX#,,,,*XXXXXXX# US\n+1 669 444 9171,,XXXXXXXXX#,,,,*XXXXXXX# US\n\nFind your local number: https://zoom.us/u/XXXXXXX\n\nRRULE:FREQ=WEEKLY;UNTIL=20241007T080000Z;INTERVAL=2;BYDAY=MO;WKST=SU\nSUMMARY;LANGUAGE=en-GB:Team Meeting\nDTSTART:20240923T100000\nDTEND:20240923T103000\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20241007T142056Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:7\nLOCATION;LANGUAGE=en-GB:https://zoom.us/j/XXXXXXXXXXXX?pwd=XXXXXXXXXXXXX\nX-MICROSOFT-CDO-APPT-SEQUENCE:7\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:1\nX-MICROSOFT-RECURRENCETRUNCATED:TRUE\nX-MICROSOFT-DONOTFORWARDMEETING:TRUE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\nX-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT\nX-MICROSOFT-ISRESPONSEREQUESTED:TRUE\nBEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nBEGIN:VEVENT\nUID:UniqueIDValueHere\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/cal_d.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;VALUE=DATE:20140409\nDTEND;VALUE=DATE:20140410\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/cal_dt_two_tz.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nDTSTART:20140330T030000\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:20141026T020000\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VTIMEZONE\nTZID:America/New_York\nBEGIN:DAYLIGHT\nDTSTART:20140309T030000\nTZNAME:EDT\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:20141102T010000\nTZNAME:EST\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=Europe/Berlin:20140409T093000\nDTEND;TZID=America/New_York:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/cal_no_dst.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VTIMEZONE\nTZID:America/Bogota\nBEGIN:STANDARD\nDTSTART:19930206T230000\nTZNAME:COT\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=America/Bogota:20140409T093000\nDTEND;TZID=America/Bogota:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:event_no_dst\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_duration.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=Europe/Berlin:20140409T093000\nDURATION:PT1H0M0S\nDTSTAMP:20140401T234817Z\nORGANIZER;CN=Frank Nord:mailto:frank@nord.tld\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_floating.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VEVENT\nSUMMARY:An Event\nDESCRIPTION:Search for me\nDTSTART:20140409T093000\nDTEND:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:floating1234567890\nEND:VEVENT\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_london.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=Europe/London:20140409T140000\nDTEND;TZID=Europe/London:20140409T190000\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_simple_inkl_vtimezone.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:STANDARD\nDTSTART:20141026T020000\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:20140330T030000\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=Europe/Berlin:20140409T093000\nDTEND;TZID=Europe/Berlin:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_simple_zulu.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART:20140409T093000Z\nDTEND:20140409T103000Z\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dtr_exdatez.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:event_dtr_exdatez\nSUMMARY:event_dtr_exdatez\nRRULE:FREQ=WEEKLY;UNTIL=20140725T053000Z\nEXDATE:20140721T053000Z\nDTSTART;TZID=Europe/Berlin:20140630T073000\nDURATION:PT4H31M\nDESCRIPTION:An recurring datetime event with excluded dates in Zulu time\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dtr_notz_untilz.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:273A4F5B7\nRRULE:FREQ=WEEKLY;UNTIL=20121101T035959Z;INTERVAL=2;BYDAY=TH\nSUMMARY:Storage Meeting\nDESCRIPTION:Meeting every other week\nDTSTART;TZID="GMT-05.00/-04.00":20120726T130000\nDTEND;TZID="GMT-05.00/-04.00":20120726T140000\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "pimutils/khal",
        "tests/ics/event_rrule_recuid.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nUID:event_rrule_recurrence_id\nSUMMARY:Arbeit\nRRULE:FREQ=WEEKLY;UNTIL=20140806T060000Z\nDTSTART;TZID=Europe/Berlin:20140630T070000\nDTEND;TZID=Europe/Berlin:20140630T120000\nEND:VEVENT\nBEGIN:VEVENT\nUID:event_rrule_recurrence_id\nSUMMARY:Arbeit\nRECURRENCE-ID:20140707T050000Z\nDTSTART;TZID=Europe/Berlin:20140707T090000\nDTEND;TZID=Europe/Berlin:20140707T140000\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_rrule_recuid_cancelled.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nUID:event_rrule_recurrence_id\nSUMMARY:Arbeit\nRRULE:FREQ=WEEKLY;UNTIL=20140806T060000Z\nDTSTART;TZID=Europe/Berlin:20140630T070000\nDTEND;TZID=Europe/Berlin:20140630T120000\nEND:VEVENT\nBEGIN:VEVENT\nUID:event_rrule_recurrence_id\nSUMMARY:Arbeit\nRECURRENCE-ID:20140707T050000Z\nDTSTART;TZID=Europe/Berlin:20140707T090000\nDTEND;TZID=Europe/Berlin:20140707T140000\nEND:VEVENT\nBEGIN:VEVENT\nUID:event_rrule_recurrence_id\nSUMMARY:Arbeit\nRECURRENCE-ID:20140714T050000Z\nDTSTART;TZID=Europe/Berlin:20140714T070000\nDTEND;TZID=Europe/Berlin:20140714T120000\nSTATUS:CANCELLED\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/part0.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VTIMEZONE\nTZID:Europe_London\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nTZNAME:BST\nDTSTART:19810329T010000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nTZNAME:GMT\nDTSTART:19961027T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=Europe_London:20140509T193000\nDTEND;TZID=Europe_London:20140509T203000\nDTSTAMP:20140401T234817Z\nUID:123\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_partstat.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=Europe/Berlin:20140409T093000\nDTEND;TZID=Europe/Berlin:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;DELEGATED-FROM=\n  "mailto:iamboss@example.com";CN=Henry Cabot:mailto:hcabot@\n  example.com\nATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=DELEGATED;DELEGATED-TO=\n  "mailto:hcabot@example.com";CN=The Big Cheese:mailto:iamboss\n  @example.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane Doe\n  :mailto:jdoe@example.com\nATTENDEE;PARTSTAT=ACCEPTED:mailto:jqpublic@example.com\nATTENDEE;PARTSTAT=DECLINED:mailto:another@example.com\nATTENDEE;PARTSTAT=TENTATIVE:mailto:tent@example.com\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "pimutils/khal",
        "tests/ics/non_dst_error.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//NS Internationaal B.V.//sales-v2//en\nBEGIN:VTIMEZONE\nTZID:Europe/Brussels\nLAST-MODIFIED:20221105T024525Z\nTZURL:http://www.tzurl.org/zoneinfo/Europe/Brussels\nX-LIC-LOCATION:Europe/Brussels\nX-PROLEPTIC-TZNAME:LMT\nBEGIN:STANDARD\nTZNAME:BMT\nTZOFFSETFROM:+0017\nTZOFFSETTO:+0017\nDTSTART:18800101T000000\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:WET\nTZOFFSETFROM:+0017\nTZOFFSETTO:+0000\nDTSTART:18920501T001730\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nDTSTART:19141108T000000\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nDTSTART:19161001T010000\nRDATE:19421102T030000\nRDATE:19431004T030000\nRDATE:19440917T030000\nRDATE:19450916T030000\nRDATE:19461007T030000\nRDATE:19770925T030000\nRDATE:19781001T030000\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nDTSTART:19170917T030000\nRRULE:FREQ=YEARLY;UNTIL=19180916T010000Z;BYDAY=3MO;BYMONTH=9\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:WET\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nDTSTART:19181111T120000\nRDATE:19191005T000000\nRDATE:19201024T000000\nRDATE:19211026T000000\nRDATE:19391119T030000\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:WET\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nDTSTART:19221008T000000\nRRULE:FREQ=YEARLY;UNTIL=19271001T230000Z;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8;\n BYMONTH=10\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:WET\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nDTSTART:19281007T030000\nRRULE:FREQ=YEARLY;UNTIL=19381002T020000Z;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8;\n BYMONTH=10\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nDTSTART:19770101T000000\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nDTSTART:19790930T030000\nRRULE:FREQ=YEARLY;UNTIL=19950924T010000Z;BYDAY=-1SU;BYMONTH=9\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nDTSTART:19961027T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nDTSTART:19160501T000000\nRDATE:19400520T030000\nRDATE:19430329T020000\nRDATE:19440403T020000\nRDATE:19450402T020000\nRDATE:19460519T020000\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nDTSTART:19170416T020000\nRRULE:FREQ=YEARLY;UNTIL=19180415T010000Z;BYDAY=3MO;BYMONTH=4\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nTZNAME:WEST\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nDTSTART:19190301T230000\nRDATE:19200214T230000\nRDATE:19210314T230000\nRDATE:19220325T230000\nRDATE:19230421T230000\nRDATE:19240329T230000\nRDATE:19250404T230000\nRDATE:19260417T230000\nRDATE:19270409T230000\nRDATE:19280414T230000\nRDATE:19290421T020000\nRDATE:19300413T020000\nRDATE:19310419T020000\nRDATE:19320403T020000\nRDATE:19330326T020000\nRDATE:19340408T020000\nRDATE:19350331T020000\nRDATE:19360419T020000\nRDATE:19370404T020000\nRDATE:19380327T020000\nRDATE:19390416T020000\nRDATE:19400225T020000\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nTZNAME:CEST\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0200\nDTSTART:19440903T000000\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nDTSTART:19770403T020000\nRRULE:FREQ=YEARLY;UNTIL=19800406T010000Z;BYDAY=1SU;BYMONTH=4\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nDTSTART:19810329T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:4e3e3186-28c6-42d4-81cf-eb4f56d587f1\nDTSTAMP:20230122T142045Z\nSUMMARY:Trip from Utrecht to Bruxelles Central/Brussel Centraal\nDESCRIPTION:Trip from Utrecht to Bruxelles Central/Brussel Centraal\nLOCATION:Utrecht\nURL:https://www.nsinternational.com/en/traintickets-v3/\nDTSTART;TZID=Europe/Brussels:20230203T151500\nDTEND;TZID=Europe/Brussels:20230203T180600\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED=START:PT-2H\nEND:VALARM\nEND:VEVENT\nBEGIN:VEVENT\nUID:28d25a55-84cd-4564-910b-088066fd5244\nDTSTAMP:20230122T142045Z\nSUMMARY:Trip from Bruxelles Central/Brussel Centraal to Utrecht\nDESCRIPTION:Trip from Bruxelles Central/Brussel Centraal to Utrecht\nLOCATION:Bruxelles Central/Brussel Centraal\nURL:https://www.nsinternational.com/en/traintickets-v3/\nDTSTART;TZID=Europe/Brussels:20230206T095000\nDTEND;TZID=Europe/Brussels:20230206T125000\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED=START:PT-2H\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_no_dst.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=America/Bogota:20140409T093000\nDTEND;TZID=America/Bogota:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:event_no_dst\nEND:VEVENT\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/tz_windows_format.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VTIMEZONE\nTZID:New Zealand Standard Time\nBEGIN:STANDARD\nDTSTART;VALUE=DATE-TIME:20191027T020000\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART;VALUE=DATE-TIME:20200329T030000\nTZNAME:CEST\nTZOFFSETFROM:+1200\nTZOFFSETTO:+1300\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:Event with Windows TZ name\nDTSTART;TZID=New Zealand Standard Time;VALUE=DATE-TIME:20191120T130000\nDTEND;TZID=New Zealand Standard Time;VALUE=DATE-TIME:20191120T143000\nDTSTAMP;VALUE=DATE-TIME:20191105T094904Z\nUID:PERSOYPOYGVR55JMICVAFVDWWBIKPC9PTAG6SN4B2YT\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/blank_description.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nX-WR-CALNAME:calmozilla1@gmail.com\nX-WR-TIMEZONE:America/Los_Angeles\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nTZNAME:PDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nTZNAME:PST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=America/Los_Angeles:20120630T060000\nDTEND;TZID=America/Los_Angeles:20120630T070000\nDTSTAMP:20120724T212411Z\nUID:dn4vrfmfn5p05roahsopg57h48@google.com\nCREATED:20120724T212411Z\nDESCRIPTION:\nLAST-MODIFIED:20120724T212411Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Really long event name thing\nTRANSP:OPAQUE\nBEGIN:VALARM\nACTION:EMAIL\nDESCRIPTION:This is an event reminder\nSUMMARY:Alarm notification\nATTENDEE:mailto:calmozilla1@gmail.com\nTRIGGER:-P0DT0H30M0S\nEND:VALARM\nBEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:This is an event reminder\nTRIGGER:-P0DT0H30M0S\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/daily_recur.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nX-WR-CALNAME:calmozilla1@gmail.com\nX-WR-TIMEZONE:America/Los_Angeles\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nTZNAME:PDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nTZNAME:PST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=America/Los_Angeles:20120801T050000\nDTEND;TZID=America/Los_Angeles:20120801T060000\nRRULE:FREQ=DAILY\nDTSTAMP:20120803T221236Z\nUID:tgh9qho17b07pk2n2ji3gluans@google.com\nCREATED:20120803T221236Z\nDESCRIPTION:\nLAST-MODIFIED:20120803T221236Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Every day recurring\nTRANSP:OPAQUE\nBEGIN:VALARM\nACTION:EMAIL\nDESCRIPTION:This is an event reminder\nSUMMARY:Alarm notification\nATTENDEE:mailto:calmozilla1@gmail.com\nTRIGGER:-P0DT0H30M0S\nEND:VALARM\nBEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:This is an event reminder\nTRIGGER:-P0DT0H30M0S\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/duration_instead_of_dtend.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nX-WR-CALNAME:calmozilla1@example.com\nX-WR-TIMEZONE:America/Los_Angeles\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nTZNAME:PDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nTZNAME:PST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=America/Los_Angeles:20120630T060000\nDURATION:P1D\nDTSTAMP:20120724T212411Z\nUID:dn4vrfmfn5p05roahsopg57h48@example.com\nCREATED:20120724T212411Z\nDESCRIPTION:\nLAST-MODIFIED:20120724T212411Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Really long event name thing\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/minimal.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nX-WR-CALNAME:calmozilla1@gmail.com\nX-WR-TIMEZONE:America/Los_Angeles\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nTZNAME:PDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nTZNAME:PST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=America/Los_Angeles:20120630T060000\nDTEND;TZID=America/Los_Angeles:20120630T070000\nDTSTAMP:20120724T212411Z\nUID:dn4vrfmfn5p05roahsopg57h48@google.com\nCREATED:20120724T212411Z\nDESCRIPTION:\nLAST-MODIFIED:20120724T212411Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Really long event name thing\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/only_dtstart_date.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nX-WR-CALNAME:calmozilla1@example.com\nX-WR-TIMEZONE:America/Los_Angeles\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nTZNAME:PDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nTZNAME:PST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20120630\nDTSTAMP:20120724T212411Z\nUID:dn4vrfmfn5p05roahsopg57h48@example.com\nCREATED:20120724T212411Z\nDESCRIPTION:\nLAST-MODIFIED:20120724T212411Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Really long event name thing\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/only_dtstart_time.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nX-WR-CALNAME:calmozilla1@example.com\nX-WR-TIMEZONE:America/Los_Angeles\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nTZNAME:PDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nTZNAME:PST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=America/Los_Angeles:20120630T060000\nDTSTAMP:20120724T212411Z\nUID:dn4vrfmfn5p05roahsopg57h48@example.com\nCREATED:20120724T212411Z\nDESCRIPTION:\nLAST-MODIFIED:20120724T212411Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Really long event name thing\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "kewisch/ical.js",
        "samples/parserv2.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:Zimbra-Calendar-Provider\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nBEGIN:STANDARD\nDTSTART:19710101T020000\nTZOFFSETTO:-0800\nTZOFFSETFROM:-0700\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\nTZNAME:PST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19710101T020000\nTZOFFSETTO:-0700\nTZOFFSETFROM:-0800\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\nTZNAME:PDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:44c10eaa-db0b-4223-8653-cf2b63f26326\nRRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\nSUMMARY:Calendar\nDESCRIPTION:desc\nATTENDEE;CN=XXX;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU\n E:mailto:foo@bar.com\nATTENDEE;CN=XXXX;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TR\n UE:mailto:x@bar.com\nORGANIZER;CN=foobar:mailto:x@bar.com\nDTSTART;TZID=America/Los_Angeles:20120911T103000\nDTEND;TZID=America/Los_Angeles:20120911T110000\nSTATUS:CONFIRMED\nCLASS:PUBLIC\nTRANSP:OPAQUE\nLAST-MODIFIED:20120911T184851Z\nDTSTAMP:20120911T184851Z\nSEQUENCE:1\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED=START:-PT5M\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/recur_instances.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:Zimbra-Calendar-Provider\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nBEGIN:STANDARD\nDTSTART:19710101T020000\nTZOFFSETTO:-0800\nTZOFFSETFROM:-0700\nRRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=11;BYDAY=1SU\nTZNAME:PST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19710101T020000\nTZOFFSETTO:-0700\nTZOFFSETFROM:-0800\nRRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=2SU\nTZNAME:PDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VTIMEZONE\nX-INVALID-TIMEZONE:TRUE\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:623c13c0-6c2b-45d6-a12b-c33ad61c4868\nDESCRIPTION:IAM FOO\nRRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU\nRDATE:20231123T090000Z\nRDATE;VALUE=PERIOD:20231125T090000Z/20231125T123000Z\nSUMMARY:Crazy Event Thingy!\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sahaja\n  Lal;X-NUM-GUESTS=0:mailto:calmozilla1@gmail.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ja\n mes@lightsofapollo.com;X-NUM-GUESTS=0:mailto:james@lightsofapollo.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ia\n m.revelation@gmail.com;X-NUM-GUESTS=0:mailto:iam.revelation@gmail.com\nLOCATION:PLACE\nORGANIZER;CN=James Lal:mailto:jlal@mozilla.com\nDTSTART;TZID=America/Los_Angeles:20121002T100000\nDTEND;TZID=America/Los_Angeles:20121002T103000\nSTATUS:CONFIRMED\nCOLOR:red\nCLASS:PUBLIC\nTRANSP:OPAQUE\nLAST-MODIFIED:20120912T171506Z\nDTSTAMP:20120912T171506Z\nSEQUENCE:0\nRDATE;TZID=America/Los_Angeles:20121105T100000\nRDATE;TZID=America/Los_Angeles:20121110T100000,20121130T100000\nEXDATE;TZID=America/Los_Angeles:20130402T100000\nEXDATE;TZID=America/Los_Angeles:20121204T100000\nEXDATE;TZID=America/Los_Angeles:20130205T100000\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED=START:-PT5M\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nBEGIN:VEVENT\nUID:623c13c0-6c2b-45d6-a12b-c33ad61c4868\nSUMMARY:Crazy Event Thingy!\nDESCRIPTION:I HAZ CHANGED!\nORGANIZER;CN=James Lal:mailto:jlal@mozilla.com\nDTSTART;TZID=America/Los_Angeles:20121002T150000\nDTEND;TZID=America/Los_Angeles:20121002T153000\nSTATUS:CONFIRMED\nCLASS:PUBLIC\nTRANSP:OPAQUE\nRECURRENCE-ID;TZID=America/Los_Angeles:20121002T100000\nLAST-MODIFIED:20120912T171540Z\nDTSTAMP:20120912T171540Z\nSEQUENCE:1\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED=START:-PT5M\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nBEGIN:VEVENT\nUID:623c13c0-6c2b-45d6-a12b-c33ad61c4868\nSUMMARY:Crazy Event Thingy!\nORGANIZER;CN=James Lal:mailto:jlal@mozilla.com\nDTSTART;TZID=America/Los_Angeles:20121106T200000\nDTEND;TZID=America/Los_Angeles:20121106T203000\nSTATUS:CONFIRMED\nCLASS:PUBLIC\nTRANSP:OPAQUE\nRECURRENCE-ID:20121105T180000Z\nLAST-MODIFIED:20120912T171820Z\nDTSTAMP:20120912T171820Z\nSEQUENCE:1\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED=START:-PT5M\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nBEGIN:X-UNKNOWN\nEND:X-UNKNOWN\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/timezone_from_file.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Nowhere/Middle\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:-0741\nTZOFFSETTO:-0741\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTAMP:20230306T080000Z\nDTSTART;TZID=Nowhere/Middle:20230306T134200\nDTEND;TZID=Nowhere/Middle:20230306T144200\nSUMMARY:A test event\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "kewisch/ical.js",
        "samples/forced_types.ics",
        "926193a28ed90deeabe34d6be178d7d2a53ae6e3",
        "MPL-2.0 (ical.js LICENSE)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nX-WR-CALNAME:calmozilla1@gmail.com\nX-WR-TIMEZONE:America/Los_Angeles\nBEGIN:VTIMEZONE\nTZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nTZNAME:PDT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nTZNAME:PST\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20120904\nDTEND;VALUE=DATE:20120905\nDTSTAMP:20120905T084734Z\nUID:redgrb1l0aju5edm6h0s102eu4@google.com\nCREATED:20120905T084734Z\nDESCRIPTION:\nLAST-MODIFIED:20120905T084734Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Event\nTRANSP:TRANSPARENT\nBEGIN:VALARM\nACTION:EMAIL\nDESCRIPTION:This is an event reminder\nSUMMARY:Alarm notification\nATTENDEE:mailto:calmozilla1@gmail.com\nTRIGGER;VALUE=DATE-TIME:20120903T233000Z\nEND:VALARM\nBEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:This is an event reminder\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars-scheduling/request.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:-//Example/ExampleCalendarClient//EN\nVERSION:2.0\nBEGIN:VEVENT\nUID:123456789@example.com\nSEQUENCE:1\nRECURRENCE-ID:19980311T180000Z\nORGANIZER:mailto:a@example.com\nATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:a@example.com\nATTENDEE;RSVP=TRUE:mailto:b@example.com\nSUMMARY:Review Accounts\nDTSTART:19980311T160000Z\nDTEND:19980311T180000Z\nDTSTAMP:19980306T193000Z\nLOCATION:The Small conference room\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-alarms.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nDTSTART:19810329T020000\nTZNAME:GMT+2\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T030000\nTZNAME:GMT+1\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND;TZID=Europe/Berlin:20160816T100000\nTRANSP:OPAQUE\nSUMMARY:Test Europe Berlin\nDTSTART;TZID=Europe/Berlin:20160816T090000\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED=START:P1DT9H\nEND:VALARM\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;VALUE=DATE-TIME:20200306T083000Z\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-allday.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//Mac OS X 10.11.6//EN\nCALSCALE:GREGORIAN\nBEGIN:VEVENT\nCREATED:20161004T144433Z\nUID:85560E76-1B0D-47E1-A735-21625767FCA4\nDTEND;VALUE=DATE:20161008\nTRANSP:TRANSPARENT\nDTSTART;VALUE=DATE:20161005\nDTSTAMP:20161004T144437Z\nSUMMARY:allday event\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-attendees.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nDTSTART:19810329T020000\nTZNAME:GMT+2\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T030000\nTZNAME:GMT+1\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND;TZID=Europe/Berlin:20160816T100000\nTRANSP:OPAQUE\nSUMMARY:Test Europe Berlin\nDTSTART;TZID=Europe/Berlin:20160816T090000\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nORGANIZER;CN=John Smith:mailto:jsmith@example.com\nATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:jsmith@example.com\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Henry Cabot:mailto:hcabot@example.com\nATTENDEE;ROLE=REQ-PARTICIPANT;DELEGATED-FROM="mailto:bob@example.com";PARTSTAT=ACCEPTED;CN=Jane Doe:mailto:jdoe@example.com\nATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=DELEGATED;DELEGATED-TO="mailto:hcabot@example.com";CN=The Big Cheese:mailto:iamboss@example.com\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-floating-time.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nDTSTART:19810329T020000\nTZNAME:GMT+2\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T030000\nTZNAME:GMT+1\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND:20160816T100000\nTRANSP:OPAQUE\nSUMMARY:Test Europe Berlin\nDTSTART:20160816T090000\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-utc-time.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nDTSTART:19810329T020000\nTZNAME:GMT+2\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T030000\nTZNAME:GMT+1\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND:20160816T100000Z\nTRANSP:OPAQUE\nSUMMARY:Test Europe Berlin\nDTSTART:20160816T090000Z\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-recurring-allday.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nPRODID:-//IDN nextcloud.com//Calendar app 2.0.2//EN\nCALSCALE:GREGORIAN\nVERSION:2.0\nBEGIN:VEVENT\nCREATED:20200401T142357Z\nDTSTAMP:20200401T142406Z\nLAST-MODIFIED:20200401T142406Z\nSEQUENCE:2\nUID:4f7a5e63-6ae5-43da-b949-7bad490882c5\nDTSTART;VALUE=DATE:20200401\nDTEND;VALUE=DATE:20200402\nRRULE:FREQ=WEEKLY;BYDAY=WE\nSUMMARY:Weekly test\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/alarm_etar_future.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\r\nPRODID:-//Offline Calendar//iCal Import/Export 2.8.1//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nCALSCALE:GREGORIAN\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nTZURL:http://tzurl.org/zoneinfo/Europe/London\r\nX-LIC-LOCATION:Europe/London\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19810329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19961027T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-000115\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:18471201T000115\r\nRDATE:18471201T000115\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19160521T020000\r\nRDATE:19160521T020000\r\nRDATE:19170408T020000\r\nRDATE:19180324T020000\r\nRDATE:19190330T020000\r\nRDATE:19200328T020000\r\nRDATE:19210403T020000\r\nRDATE:19220326T020000\r\nRDATE:19230422T020000\r\nRDATE:19240413T020000\r\nRDATE:19250419T020000\r\nRDATE:19260418T020000\r\nRDATE:19270410T020000\r\nRDATE:19280422T020000\r\nRDATE:19290421T020000\r\nRDATE:19300413T020000\r\nRDATE:19310419T020000\r\nRDATE:19320417T020000\r\nRDATE:19330409T020000\r\nRDATE:19340422T020000\r\nRDATE:19350414T020000\r\nRDATE:19360419T020000\r\nRDATE:19370418T020000\r\nRDATE:19380410T020000\r\nRDATE:19390416T020000\r\nRDATE:19400225T020000\r\nRDATE:19460414T020000\r\nRDATE:19470316T020000\r\nRDATE:19480314T020000\r\nRDATE:19490403T020000\r\nRDATE:19500416T020000\r\nRDATE:19510415T020000\r\nRDATE:19520420T020000\r\nRDATE:19530419T020000\r\nRDATE:19540411T020000\r\nRDATE:19550417T020000\r\nRDATE:19560422T020000\r\nRDATE:19570414T020000\r\nRDATE:19580420T020000\r\nRDATE:19590419T020000\r\nRDATE:19600410T020000\r\nRDATE:19610326T020000\r\nRDATE:19620325T020000\r\nRDATE:19630331T020000\r\nRDATE:19640322T020000\r\nRDATE:19650321T020000\r\nRDATE:19660320T020000\r\nRDATE:19670319T020000\r\nRDATE:19680218T020000\r\nRDATE:19720319T020000\r\nRDATE:19730318T020000\r\nRDATE:19740317T020000\r\nRDATE:19750316T020000\r\nRDATE:19760321T020000\r\nRDATE:19770320T020000\r\nRDATE:19780319T020000\r\nRDATE:19790318T020000\r\nRDATE:19800316T020000\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19161001T030000\r\nRDATE:19161001T030000\r\nRDATE:19170917T030000\r\nRDATE:19180930T030000\r\nRDATE:19190929T030000\r\nRDATE:19201025T030000\r\nRDATE:19211003T030000\r\nRDATE:19221008T030000\r\nRDATE:19230916T030000\r\nRDATE:19240921T030000\r\nRDATE:19251004T030000\r\nRDATE:19261003T030000\r\nRDATE:19271002T030000\r\nRDATE:19281007T030000\r\nRDATE:19291006T030000\r\nRDATE:19301005T030000\r\nRDATE:19311004T030000\r\nRDATE:19321002T030000\r\nRDATE:19331008T030000\r\nRDATE:19341007T030000\r\nRDATE:19351006T030000\r\nRDATE:19361004T030000\r\nRDATE:19371003T030000\r\nRDATE:19381002T030000\r\nRDATE:19391119T030000\r\nRDATE:19451007T030000\r\nRDATE:19461006T030000\r\nRDATE:19471102T030000\r\nRDATE:19481031T030000\r\nRDATE:19491030T030000\r\nRDATE:19501022T030000\r\nRDATE:19511021T030000\r\nRDATE:19521026T030000\r\nRDATE:19531004T030000\r\nRDATE:19541003T030000\r\nRDATE:19551002T030000\r\nRDATE:19561007T030000\r\nRDATE:19571006T030000\r\nRDATE:19581005T030000\r\nRDATE:19591004T030000\r\nRDATE:19601002T030000\r\nRDATE:19611029T030000\r\nRDATE:19621028T030000\r\nRDATE:19631027T030000\r\nRDATE:19641025T030000\r\nRDATE:19651024T030000\r\nRDATE:19661023T030000\r\nRDATE:19671029T030000\r\nRDATE:19711031T030000\r\nRDATE:19721029T030000\r\nRDATE:19731028T030000\r\nRDATE:19741027T030000\r\nRDATE:19751026T030000\r\nRDATE:19761024T030000\r\nRDATE:19771023T030000\r\nRDATE:19781029T030000\r\nRDATE:19791028T030000\r\nRDATE:19801026T030000\r\nRDATE:19811025T020000\r\nRDATE:19821024T020000\r\nRDATE:19831023T020000\r\nRDATE:19841028T020000\r\nRDATE:19851027T020000\r\nRDATE:19861026T020000\r\nRDATE:19871025T020000\r\nRDATE:19881023T020000\r\nRDATE:19891029T020000\r\nRDATE:19901028T020000\r\nRDATE:19911027T020000\r\nRDATE:19921025T020000\r\nRDATE:19931024T020000\r\nRDATE:19941023T020000\r\nRDATE:19951022T020000\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:BDST\r\nDTSTART:19410504T010000\r\nRDATE:19410504T010000\r\nRDATE:19420405T010000\r\nRDATE:19430404T010000\r\nRDATE:19440402T010000\r\nRDATE:19450402T010000\r\nRDATE:19470413T010000\r\nEND:DAYLIGHT\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19410810T030000\r\nRDATE:19410810T030000\r\nRDATE:19420809T030000\r\nRDATE:19430815T030000\r\nRDATE:19440917T030000\r\nRDATE:19450715T030000\r\nRDATE:19470810T030000\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19681026T230000\r\nRDATE:19681026T230000\r\nEND:STANDARD\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19960101T000000\r\nRDATE:19960101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTAMP:20241005T112701Z\r\nUID:17281276213728ad54d03afa44d1ca60b8c52afaece9e@sufficientlysecure.org\r\nSUMMARY:event with alarms android\r\nSTATUS:CONFIRMED\r\nDTSTART;TZID=Europe/London:20241005T130000\r\nDTEND:20241005T130000Z\r\nLAST-MODIFIED:20241005T112701Z\r\nBEGIN:VALARM\r\nTRIGGER:-PT30M\r\nACTION:DISPLAY\r\nDESCRIPTION:event with alarms android\r\nEND:VALARM\r\nBEGIN:VALARM\r\nTRIGGER:-PT25M\r\nACTION:DISPLAY\r\nDESCRIPTION:event with alarms android\r\nEND:VALARM\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nACTION:DISPLAY\r\nDESCRIPTION:event with alarms android\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/alarm_google_future.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Nicco Kunzmann\r\nX-WR-TIMEZONE:Europe/London\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:GMT+2\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:GMT+1\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTART:20241004T181500Z\r\nDTEND:20241004T190000Z\r\nDTSTAMP:20241004T175945Z\r\nUID:79fs7pkqvht9m5igs0vjv1sfra@google.com\r\nCREATED:20241004T175920Z\r\nLAST-MODIFIED:20241004T175928Z\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:event with alarms\r\nTRANSP:OPAQUE\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H10M0S\r\nDESCRIPTION:This is an event reminder\r\nEND:VALARM\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H14M0S\r\nDESCRIPTION:This is an event reminder\r\nEND:VALARM\r\nBEGIN:VALARM\r\nACTION:EMAIL\r\nATTENDEE:mailto:niccokunzmann@googlemail.com\r\nTRIGGER:-P0DT0H15M0S\r\nDESCRIPTION:This is an event reminder\r\nSUMMARY:Alarm notification\r\nEND:VALARM\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H15M0S\r\nDESCRIPTION:This is an event reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/america_new_york.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:custom_America/New_York\nLAST-MODIFIED:20050809T050000Z\nBEGIN:DAYLIGHT\nDTSTART:19670430T020000\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1SU;UNTIL=19730429T070000Z\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19740106T020000\nRDATE:19750223T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nDTSTART:19760425T020000\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1SU;UNTIL=19860427T070000Z\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nDTSTART:20070311T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:20071104T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:noend123\nDTSTART;TZID=custom_America/New_York;VALUE=DATE-TIME:20140829T080000\nDTEND;TZID=custom_America/New_York;VALUE=DATE-TIME:20140829T100000\nSUMMARY:an event with a custom tz name\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_1050_forward_timezone_reference.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\nBEGIN:VEVENT\nUID:event@example.com\nDTSTART;TZID=Europe/Berlin:20250115T100000\nSUMMARY:Event with forward TZ ref\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:STANDARD\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_165_missing_event.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft CDO for Microsoft Exchange\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:GMT +0100 (Standard) / GMT +0200 (Daylight)\nBEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTAMP:20150703T071009Z\nDTSTART;TZID="GMT +0100 (Standard) / GMT +0200 (Daylight)":20150703T100000\nSUMMARY:Sprint 25 Daily Standup\nDTEND;TZID="GMT +0100 (Standard) / GMT +0200 (Daylight)":20150703T103000\nRRULE:FREQ=DAILY;UNTIL=20150722T080000Z;INTERVAL=1;BYDAY=MO, TU, WE, TH, FR\n ;WKST=SU\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:(UTC-03:00) Bras\xc3\xadlia\r\nBEGIN:STANDARD\r\nTZNAME:Bras\xc3\xadlia standard\r\nDTSTART:16010101T235959\r\nTZOFFSETFROM:-0200\r\nTZOFFSETTO:-0300\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=3SA;BYMONTH=2\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nTZNAME:Bras\xc3\xadlia daylight\r\nDTSTART:16010101T235959\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SA;BYMONTH=10\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTART;TZID="(UTC-03:00) Bras\xc3\xadlia":20170511T133000\r\nDTEND;TZID="(UTC-03:00) Bras\xc3\xadlia":20170511T140000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_321_assert_dst_offset_is_not_false.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nDTSTART;VALUE=DATE-TIME:20200329T030000\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY:Reifenwechsel\nDTSTART;TZID=Europe/Berlin;VALUE=DATE-TIME:20200403T102000\nDTEND;TZID=Europe/Berlin;VALUE=DATE-TIME:20200403T113000\nDTSTAMP;VALUE=DATE-TIME:20200326T165608Z\nUID:TCK6EMQBQHQ8KB4PDQPT04Q7HBYNS2MEPZMO\nSEQUENCE:0\nLOCATION:Musterhausen\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_350.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Podio API//EN//view-exporter//52593453\nMETHOD:REQUEST\nX-WR-CALNAME:view52593586\nX-WR-TIMEZONE:Europe/Berlin\nCALSCALE:GREGORIAN\nX-COMMENT-USAGE:This calendar does not contain recurring events!\nX-COMMENT-GENERATOR:PHP Version 8.0.16 \nBEGIN:VEVENT\nSTATUS:CONFIRMED\nSEQUENCE:0\nTRANSP:OPAQUE\nCLASS:PUBLIC\nUID:20055546456446\nSUMMARY:Termin 4353 und"so"\nDESCRIPTION;ALTREP="data:text/html,%3Cbody%3E%3Cp%3EToller%20%3Cstron\n\tg%20class%3D%22text-bold%22%3ETermin%3C%2Fstrong%3E%20f%C3%BCr%3C%2Fp\n\t%3E%3Cblockquote%3E%3Cp%3Emal%20%3Cem%20class%3D%22text-italic%22%3Ez\n\tu%22gucken%22%3C%2Fem%3E%3C%2Fp%3E%3C%2Fblockquote%3E%3Cp%3E%3Cu%20cl\n\tass%3D%22text-underline%22%3Eund%3C%2Fu%3E%20%3Cdel%3Eso%3C%2Fdel%3E%\n\t3Cbr%2F%3E%3C%2Fp%3E%3C%2Fbody%3E":Toller Termin f\xc3\xbcrmal zu\\"gucken\\"\n\tund so\nX-ALT-DESC;FMTTYPE=text/html:<html><head></head><body><p>Toller <stro\n\tng class="text-bold">Termin</strong> f\xc3\xbcr</p><blockquote><p>mal <em c\n\tlass="text-italic">zu"gucken"</em></p></blockquote><p><u class="text-\n\tunderline">und</u> <del>so</del><br/></p></body></html>\nURL:https://podio.com/xxxxxxyyyyyy/zpodio-testgelande/apps/calen\n\tdar/items/5\nLOCATION:online\nDTSTART:20220222T183000Z\nDTEND:20220222T193000Z\nDTSTAMP:20220220T142821Z\nEND:VEVENT\nEND:VCALENDAR\nX-COMMENT:Cached from 2022-02-20 14:28:21 - new at most every 1800sec.\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_466_convert_tzid_with_slash.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:0cab49a0-1167-40f0-bfed-ecb4d117047d\r\nDTSTAMP:20221019T102950Z\r\nDTSTART;TZID=/Europe/Stockholm:20221021T200000\r\nDTEND;TZID=/Europe/Stockholm:20221021T210000\r\nSUMMARY:Just chatting\r\nDESCRIPTION:Just Chatting.\r\nCATEGORIES:Just Chatting\r\nRRULE:FREQ=WEEKLY;BYDAY=FR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_466_respect_unique_timezone.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:/Europe/CUSTOM\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:0cab49a0-1167-40f0-bfed-ecb4d117047d\nDTSTAMP:20221019T102950Z\nDTSTART;TZID=/Europe/CUSTOM:20221021T200000\nDTEND;TZID=/Europe/CUSTOM:20221021T210000\nSUMMARY:Just chatting\nDESCRIPTION:Just Chatting.\nCATEGORIES:Just Chatting\nRRULE:FREQ=WEEKLY;BYDAY=FR\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_526_calendar_with_event_subset.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:icalendar-2023\nBEGIN:VEVENT\nUID:1\nSUMMARY: Some event \':\'\nDTSTART;TZID="Western/Central Europe";VALUE=DATE-TIME:20211101T160000\nDTEND;TZID="Western/Central Europe";VALUE=DATE-TIME:20211101T163000\nDTSTAMP:20211004T150245Z\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_836_do_not_quote_tzid.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nMETHOD:PUBLISH\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Eastern Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:minimal-demo-event-est-20241028@example.com\nSUMMARY:Anonymous Test Event for TZID\nDTSTART;TZID=Eastern Standard Time:20241028T170000\nDTEND;TZID=Eastern Standard Time:20241028T180000\nDTSTAMP:20250514T023916Z\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/pacific_fiji.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nPRODID:-//tzurl.org//NONSGML Olson 2014g//EN\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:custom_Pacific/Fiji\nTZURL:http://tzurl.org/zoneinfo/Pacific/Fiji\nX-LIC-LOCATION:Pacific/Fiji\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+1200\nTZOFFSETTO:+1300\nDTSTART:20101024T020000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=21,22,23,24,25,26,27;BYDAY=SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+1300\nTZOFFSETTO:+1200\nDTSTART:20140119T020000\nRRULE:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=18,19,20,21,22,23,24;BYDAY=SU\nEND:STANDARD\nBEGIN:STANDARD\nTZOFFSETFROM:+115544\nTZOFFSETTO:+1200\nDTSTART:19151026T000000\nRDATE:19151026T000000\nEND:STANDARD\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+1200\nTZOFFSETTO:+1300\nDTSTART:19981101T020000\nRDATE:19981101T020000\nRDATE:19991107T020000\nRDATE:20091129T020000\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+1300\nTZOFFSETTO:+1200\nDTSTART:19990228T030000\nRDATE:19990228T030000\nRDATE:20000227T030000\nRDATE:20100328T030000\nRDATE:20110306T030000\nRDATE:20120122T030000\nRDATE:20130120T030000\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:noend123\nDTSTART;TZID=custom_Pacific/Fiji;VALUE=DATE-TIME:20140829T080000\nDTSTART;TZID=custom_Pacific/Fiji;VALUE=DATE-TIME:20140829T100000\nSUMMARY:an event with a custom tz name\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/period_with_timezone.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME;VALUE=TEXT:Test RDATE\nBEGIN:VTIMEZONE\nTZID:America/Vancouver\nBEGIN:STANDARD\nDTSTART:20221106T020000\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nRDATE:20231105T020000\nTZNAME:PST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:20230312T020000\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nRDATE:20240310T020000\nTZNAME:PDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:1\nDESCRIPTION:Test RDATE\nDTSTART;TZID=America/Vancouver:20230920T120000\nDTEND;TZID=America/Vancouver:20230920T140000\nEXDATE;TZID=America/Vancouver:20231220T120000\nRDATE;VALUE=PERIOD;TZID=America/Vancouver:20231213T120000/20231213T150000\nRRULE:FREQ=MONTHLY;COUNT=9;INTERVAL=1;BYDAY=+3WE;BYMONTH=1,2,3,4,5,9,10,11,\n 12;WKST=MO\nSUMMARY:Test RDATE\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/property_params.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID://RESEARCH IN MOTION//BIS 3.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nSEQUENCE:2\nX-RIM-REVISION:0\nSUMMARY:Test meeting from BB\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\nCLASS:PUBLIC\nATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="RembrandXS":MAILTO:rembrand@xs4all.nl\nATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="RembrandDX":MAILTO:rembrand@daxlab.com\nATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="RembrandSB":MAILTO:rembspam@xs4all.nl\nUID:XRIMCAL-628059586-522954492-9750559\nDTSTART;VALUE=DATE:20120814\nDTEND;VALUE=DATE:20120815\nDESCRIPTION:Test meeting from BB\nDTSTAMP:20120813T151458Z\nORGANIZER:mailto:rembrand@daxlab.com\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/timezone_rdate.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:posix/Europe/Vaduz\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+002946\nTZOFFSETTO:+0100\nDTSTART:19011213T211538\nRDATE;VALUE=DATE-TIME:19011213T211538\nEND:STANDARD\nBEGIN:DAYLIGHT\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nDTSTART:19810329T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nBEGIN:DAYLIGHT\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nDTSTART:19410505T010000\nRDATE;VALUE=DATE-TIME:19410505T010000\nRDATE;VALUE=DATE-TIME:19420504T010000\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nDTSTART:19810927T030000\nRRULE:FREQ=YEARLY;COUNT=15;BYDAY=-1SU;BYMONTH=9\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nDTSTART:19961027T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:STANDARD\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nDTSTART:19411006T020000\nRDATE;VALUE=DATE-TIME:19411006T020000\nRDATE;VALUE=DATE-TIME:19421005T020000\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:123\nDTSTART;TZID=posix/Europe/Vaduz:20120213T100000\nSUMMARY=testevent\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/timezone_same_start.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:Microsoft Exchange Server 2010\nMETHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:Pacific Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nSUMMARY;LANGUAGE=en-US:Test 4\nDTSTART;TZID="Pacific Standard Time":20170224T120000\nDTEND;TZID="Pacific Standard Time":20170224T123000\nDTSTAMP:20170224T180431Z\nUID:040000008200E00074C5B7101A82E0080000000090E19664858ED20100000000000000\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/timezone_same_start_and_offset.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:Microsoft Exchange Server 2010\nBEGIN:VTIMEZONE\nTZID:Tokyo Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0900\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T000000\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0900\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID="Tokyo Standard Time":20170224T120000\nDTEND;TZID="Tokyo Standard Time":20170224T123000\nUID:blafoobar\nSUMMARY:this is an event\nEND:VEVENT\nEND:VCALENDARD\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/timezoned.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nPRODID:-//Plone.org//NONSGML plone.app.event//EN\nVERSION:2.0\nX-WR-CALNAME:test create calendar\nX-WR-CALDESC:icalendar test\nX-WR-RELCALID:12345\nX-WR-TIMEZONE:Europe/Vienna\nBEGIN:VTIMEZONE\nTZID:Europe/Vienna\nX-LIC-LOCATION:Europe/Vienna\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=Europe/Vienna:20120213T100000\nDTEND;TZID=Europe/Vienna:20120217T180000\nDTSTAMP:20101010T091010Z\nCREATED:20101010T091010Z\nUID:123456\nSUMMARY:artsprint 2012\nDESCRIPTION:sprinting at the artsprint\nLOCATION:aka bild, wien\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/x_location.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:PUBLISH\nX-WR-CALNAME:ITC\nX-WR-TIMEZONE:Europe/Zurich\nX-WR-CALDESC:ITC Bookings\nBEGIN:VTIMEZONE\nTZID:Europe/Zurich\nX-LIC-LOCATION:Europe/Zurich\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=Europe/Zurich:20161028T140000\nDTEND;TZID=Europe/Zurich:20161028T143000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\nDTSTAMP:20161031T192828Z\nUID:BFE33ADD-5553-48B5-B5A5-F9DA5CA4C393\nCREATED:20161029T121229Z\nDESCRIPTION:Some Description\nLAST-MODIFIED:20161029T121229Z\nLOCATION:Roadstar 16\\n12764 Happyville\\nDenmark\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Daily Sync\nTRANSP:OPAQUE\nX-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="R\xc3\xb6adstar 16\\n12764 Happyvi\n lle\\nDenmark";X-APPLE-MAPKIT-HANDLE=CAESARoSCWYTYFhHQBEGfw4hQCIBDQoHRGVubW\n FyaxJES0hhcHB5dmlsbGUqSGFwcHl2aWxsZTIHSGFwcHl2aWxsZToEMTI3NjRCDQpSb2Fkc3Rh\n cloCMTZiUm9hZHN0YXIgMTYBEU1vcmRvcgENCk1vcmRvcioSUm9hZHN0YXIgMTYyUm9hZHN0YX\n IgMTYxMjc2NCBIYXBweXZpbGxlMgdEZW5tYXJrOThA=;X-APPLE-RADIUS=49.913058665846\n 98;X-APPLE-REFERENCEFRAME=1;X-TITLE=:geo:52.382762,7.528319\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/events/event_with_recurrence_exdates_on_different_lines.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VEVENT\nDTSTART;TZID=Europe/Vienna:20120327T100000\nDTEND;TZID=Europe/Vienna:20120327T180000\nRRULE:FREQ=WEEKLY;UNTIL=20120703T080000Z;BYDAY=TU\nEXDATE;TZID=Europe/Vienna:20120529T100000\nEXDATE;TZID=Europe/Vienna:20120403T100000\nEXDATE;TZID=Europe/Vienna:20120410T100000\nEXDATE;TZID=Europe/Vienna:20120501T100000\nEXDATE;TZID=Europe/Vienna:20120417T100000\nDTSTAMP:20130716T120638Z\nSUMMARY:A Recurring event with multiple exdates, one per line.\nEND:VEVENT\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/events/issue_53_description_parsed_properly.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VEVENT\r\nDTSTAMP:20120605T003759Z\r\nDTSTART;TZID=America/New_York:20120712T183000\r\nDTEND;TZID=America/New_York:20120712T213000\r\nSTATUS:CONFIRMED\r\nSUMMARY:DevOps DC Meetup\r\nDESCRIPTION:DevOpsDC\\nThursday\\, July 12 at 6:30 PM\\n\\nThis will be a joi\r\n nt meetup / hack night with the DC jQuery Users Group.   The idea behind\r\n  the hack night:  Small teams consisting of at least 1 member...\\n\\nDeta\r\n ils: http://www.meetup.com/DevOpsDC/events/47635522/\r\nCLASS:PUBLIC\r\nCREATED:20120111T120339Z\r\nGEO:38.90;-77.01\r\nLOCATION:Fathom Creative\\, Inc. (1333 14th Street Northwest\\, Washington\r\n D.C.\\, DC 20005)\r\nURL:http://www.meetup.com/DevOpsDC/events/47635522/\r\nLAST-MODIFIED:20120522T174406Z\r\nUID:event_qtkfrcyqkbnb@meetup.com\r\nEND:VEVENT\r\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/events/rfc_9074_example_2.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VEVENT\nCREATED:20210302T151004Z\nUID:AC67C078-CED3-4BF5-9726-832C3749F627\nDTSTAMP:20210302T151516Z\nDTSTART;TZID=America/New_York:20210302T103000\nDTEND;TZID=America/New_York:20210302T113000\nSUMMARY:Meeting\n\nBEGIN:VALARM\nUID:8297C37D-BA2D-4476-91AE-C1EAA364F8E1\nTRIGGER:-PT15M\nDESCRIPTION:Event reminder\nACTION:DISPLAY\nACKNOWLEDGED:20210302T151514Z\nEND:VALARM\n\nBEGIN:VALARM\nUID:DE7B5C34-83FF-47FE-BE9E-FF41AE6DD097\nTRIGGER;VALUE=DATE-TIME:20210302T152000Z\nRELATED-TO;RELTYPE=SNOOZE:8297C37D-BA2D-4476-91AE-C1EAA364F8E1\nDESCRIPTION:Event reminder\nACTION:DISPLAY\nEND:VALARM\n\nEND:VEVENT\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/events/issue_101_icalendar_chokes_on_umlauts_in_organizer.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VEVENT\r\nSUMMARY:wichtiger termin 1\r\nDTSTART:20130416T100000Z\r\nDTEND:20130416T110000Z\r\nDTSTAMP:20130416T092616Z\r\nUID:20130416112341.10064jz0k4j7uem8@acmenet.de\r\nCLASS:PUBLIC\r\nCREATED:20130416T092341Z\r\nLAST-MODIFIED:20130416T092341Z\r\nLOCATION:im b\xc3\xbcro\r\nORGANIZER;CN="acme, \xc3\xa4dmin":mailto:adm-acme@mydomain.de\r\nSTATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\n',
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_156_RDATE_with_PERIOD_TZID_khal.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b'BEGIN:VCALENDAR\r\nX-SOURCE-URL:https://github.com/pimutils/khal/issues/152#issuecomment-387410353\r\nVERSION:2.0\r\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\r\nBEGIN:VEVENT\r\nSUMMARY:Event\r\nDTSTART;TZID=America/Chicago;VALUE=DATE-TIME:20180327T080000\r\nDTEND;TZID=America/Chicago;VALUE=DATE-TIME:20180327T090000\r\nDTSTAMP:20180323T200333Z\r\nRECURRENCE-ID;RANGE=THISANDFUTURE:20180327T130000Z\r\nSEQUENCE:10\r\nRDATE;TZID="Central Standard Time";VALUE=PERIOD:20180327T080000/20180327T0\r\n 90000,20180403T080000/20180403T090000,20180410T080000/20180410T090000,2018\r\n 0417T080000/20180417T090000,20180424T080000/20180424T090000,20180501T08000\r\n 0/20180501T090000,20180508T080000/20180508T090000,20180515T080000/20180515\r\n T090000,20180522T080000/20180522T090000,20180529T080000/20180529T090000,20\r\n 180605T080000/20180605T090000,20180612T080000/20180612T090000,20180619T080\r\n 000/20180619T090000,20180626T080000/20180626T090000,20180703T080000/201807\r\n 03T090000,20180710T080000/20180710T090000,20180717T080000/20180717T090000,\r\n 20180724T080000/20180724T090000,20180731T080000/20180731T090000\r\nATTENDEE;CN="XYZ";PARTSTAT=ACCEPTED;ROLE=CHAIR;RSVP=\r\n FALSE:mailto:xyz@xyz.com\r\nCLASS:PUBLIC\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Recurrence/Bug2959692.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b'BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN VERSION:2.0\nMETHOD:PUBLISH\nBEGIN:VTIMEZONE\nTZID:Europe/Warsaw\nBEGIN:STANDARD\nDTSTART:20071028T030000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:Standard Time\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:20070325T020000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:Daylight Savings Time\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nORGANIZER:MAILTO:majk@majk.com\nDTSTART;TZID="Europe/Warsaw":20080103T170000\nDTEND;TZID="Europe/Warsaw":20080103T173000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO\nTRANSP:OPAQUE\nSEQUENCE:0\nUID:040000008200E00074C5B7101A82E00800000000203BC100BE99CA0100000000000000001000000086169DE46654E94FAC27686E5FB73EB8\nDTSTAMP:20100120T094747Z\nDESCRIPTION:NIP 6311400348 NZOZ DUO-DENT \\nKOD 180103\\; 1 x poj. 10l\\nGodz. 12-18\\n\nSUMMARY:NIP\nPRIORITY:5\nX-MICROSOFT-CDO-IMPORTANCE:1\nCLASS:PUBLIC\nEND:VEVENT\nEND:VCALENDAR',
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Recurrence/Bug2966236.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b'BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:PUBLISH\nBEGIN:VTIMEZONE\nTZID:Asia/Shanghai\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0800\nTZOFFSETTO:+0800\nTZNAME:Standard Time\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID="Asia/Shanghai":20100119T080000\nDTEND;TZID="Asia/Shanghai":20100119T083000\nRRULE:FREQ=DAILY;INTERVAL=7;WKST=SU\nTRANSP:OPAQUE\nSEQUENCE:0\nUID:040000008200E00074C5B7101A82E00800000000B0A18ABE4599CA0100000000000000001000000056A09E09285A0344B8A705F9CED24211\nDTSTAMP:20100119T122656Z\nPRIORITY:5\nX-MICROSOFT-CDO-IMPORTANCE:1\nCLASS:PUBLIC\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Google1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:PUBLISH\nX-WR-CALNAME:Test Calendar\nX-WR-TIMEZONE:Europe/Berlin\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nX-LIC-LOCATION:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTSTART;TZID=Europe/Berlin:20061211T070000\nDURATION:PT3600S\nRRULE:FREQ=DAILY;WKST=MO\nDTSTAMP:20061223T162148Z\nUID:594oeajmftl3r9qlkb476rpr3c@google.com\nCLASS:PUBLIC\nCREATED:20061215T212453Z\nDESCRIPTION:\nLAST-MODIFIED:20061215T212453Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Z\xc3\xa4hne putzen\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Outlook2007LineFolds.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b'BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:PUBLISH\nX-CALSTART:20090621T000000\nX-CALEND:20090622T000000\nX-WR-RELCALID:{0000002E-6380-7FD2-FED7-97EAE70D6611}\nX-WR-CALNAME:Parse Error Calendar\nBEGIN:VEVENT\nATTENDEE;CN=some.attendee@event.com;RSVP=TRUE:mailto:some.attendee@event.co\n\tm\nATTENDEE;CN=event@calendardemo.net;RSVP=TRUE:mailto:event@calendardemo.net\nATTENDEE;CN="4th Floor Meeting Room";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;R\n\tSVP=TRUE:mailto:4th.floor.meeting.room@somewhere.com\nCLASS:PUBLIC\nCREATED:20090621T201527Z\nDESCRIPTION:\\n\nDTEND;VALUE=DATE:20090622\nDTSTAMP:20090621T201612Z\nDTSTART;VALUE=DATE:20090621\nLAST-MODIFIED:20090621T201618Z\nLOCATION:The Exceptionally Long Named Meeting Room Whose Name Wraps Over Se\n\tveral Lines When Exported From Leading Calendar and Office Software App\n\tlication Microsoft Office 2007\nORGANIZER;CN="Event Organizer":mailto:some.attendee@somewhere.com\nPRIORITY:5\nSEQUENCE:0\nSUMMARY;LANGUAGE=en-gb:Example Calendar Export that Blows Up DDay.iCal\nTRANSP:TRANSPARENT\nUID:040000008200E00074C5B7101A82E00800000000900AD080B5F2C901000000000000000\n\t010000000B29680BF9E5DC246B5EDDE228038E71F\nX-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//E\n\tN">\\n<HTML>\\n<HEAD>\\n<META NAME="Generator" CONTENT="MS Exchange Server ve\n\trsion 08.00.0681.000">\\n<TITLE></TITLE>\\n</HEAD>\\n<BODY>\\n<!-- Converted f\n\trom text/rtf format -->\\n\\n<P DIR=LTR><SPAN LANG="en-gb"></SPAN></P>\\n\\n</\n\tBODY>\\n</HTML>\nX-MICROSOFT-CDO-BUSYSTATUS:FREE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\nX-MS-OLK-ALLOWEXTERNCHECK:TRUE\nX-MS-OLK-APPTSEQTIME:20090621T201612Z\nX-MS-OLK-AUTOFILLLOCATION:TRUE\nX-MS-OLK-CONFTYPE:0\nBEGIN:VALARM\nTRIGGER:-PT1080M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/XProperty2.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b'BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:PUBLISH\nX-CALSTART:20080117T233000Z\nX-CALEND:20080118T023000Z\nX-WR-RELCALID:{00000018-5612-0D3D-61BA-4310B52A6BD9}\nX-WR-CALNAME:Jake Ginnivan\nX-PRIMARY-CALENDAR:TRUE\nX-OWNER;CN="Jake Ginnivan":mailto:someemail@bla.au\nX-MS-OLK-WKHRSTART;TZID="W. Australia Standard Time":080000\nX-MS-OLK-WKHREND;TZID="W. Australia Standard Time":170000\nX-MS-OLK-WKHRDAYS:MO,TU,WE,TH,FR\nBEGIN:VTIMEZONE\nTZID:W. Australia Standard Time\nBEGIN:STANDARD\nDTSTART:16010325T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0800\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16011028T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:+0800\nTZOFFSETTO:+0900\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nDTEND:20080118T023000Z\nDTSTAMP:20080118T064934Z\nDTSTART:20080117T233000Z\nSEQUENCE:0\nSUMMARY;LANGUAGE=en-au:Busy\nTRANSP:OPAQUE\nUID:7WBi8EjfdkCM+BY+z9tdhA==\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/TimeZone3.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VTIMEZONE\nTZID:/mozilla.org/20070129_1/Europe/Berlin\nX-LIC-LOCATION:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20080121T170855Z\nLAST-MODIFIED:20080121T170935Z\nDTSTAMP:20080121T170940Z\nUID:949ee027-7b13-4792-863b-73d9061b60f0\nSUMMARY:Neujahr\nRRULE:FREQ=YEARLY;INTERVAL=1;BYMONTHDAY=1;BYMONTH=1\nDTSTART;VALUE=DATE;TZID=/mozilla.org/20070129_1/Europe/Berlin:20080101\nDTEND;VALUE=DATE;TZID=/mozilla.org/20070129_1/Europe/Berlin:20080102\nTRANSP:TRANSPARENT\nBEGIN:VALARM\nTRIGGER;VALUE=DURATION:-PT1H\nX-MOZ-LASTACK:20080121T170935Z\nDESCRIPTION:Mozilla Alarm: Neujahr\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Duration1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test.org/Calendar//EN\nBEGIN:VTIMEZONE\nTZID:Europe/Paris\nX-LIC-LOCATION:Europe/Paris\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20090202T114737Z\nLAST-MODIFIED:20090202T114820Z\nDTSTAMP:20090322T170116Z\nUID:edb7a48a-d846-47f8-bad2-9ea3f29bcda5\nSUMMARY:Vacances de la Toussaint\nDTSTART;TZID=Europe/Paris;VALUE=DATE:20081025\nDTEND;TZID=Europe/Paris;VALUE=DATE:20081106\nTRANSP:TRANSPARENT\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/CaseInsensitive1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b'BEGIN:vCalendar\nVERSION:2.0\nMETHOD:PUBLISH\nBEGIN:vEvent\nDTSTART:20070606T213000Z\nDTEND:20070606T224500Z\nUID:1032340930\nDTSTAMP:20070526T025824Z\nDESCRIPTION:Thank you for your interest in Microsoft Events. We would like to remind you of the following event: MSDN Webcast: Building Microsoft Windows Communication Foundation and Windows Workflow Foundation Applications with Microsoft Visual Studio Codename "Orcas" (Level 300). \\n\\nPlease review the information below.\\n\\nEvent Code: 1032340930\\nEvent Name: MSDN Webcast: Building Microsoft Windows Communication Foundation and Windows Workflow Foundation Applications with Microsoft Visual Studio Codename "Orcas" (Level 300)\\nStart Date: 6/6/2007\\nStart Time: 2:30 PM (GMT-08:00) Pacific Time (US & Canada)\\nEnd Date: 6/6/2007\\nEnd Time: 3:45 PM (GMT-08:00) Pacific Time (US & Canada)\\n\\nPlease click on the following link for more information regarding this Event https://msevents.microsoft.com/cui/r.aspx?r=1290603960&c=en-US&t=2. We look forward to seeing you at the Event!\nSUMMARY:Live Webcast - MSDN Webcast: Building Microsoft Windows Communication Foundation and Windows Workflow Foundation Applications with Microsoft Visual Studio Codename "Orcas" (Level 300)\nPRIORITY:3\nBEGIN:vAlarm\nTRIGGER:P0DT0H15M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:vAlarm\nEND:vEvent\nEND:vCalendar\n',
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Attendee2.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b'BEGIN:VCALENDAR\nPRODID:-//ddaysoftware.com//NONSGML DDay.iCal 1.0//EN\nVERSION:2.0\nBEGIN:VEVENT\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nDTSTART:20060718T100000\nDTEND:20060718T110000\nLOCATION:Daywest\nATTENDEE;MEMBER="mailto:DEV-GROUP@example.com","mailto:ANOTHER-GROUP@example.com";MEMBER="mailto:THIRD-GROUP@example.com":mailto:joecool@example.com\nNOTE:The above use of MEMBER is not technically valid according to RFC 5545; however, since the parser \n should still be able to handle it, we test for it.\nEND:VEVENT\nEND:VCALENDAR\n',
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Alarm/ALARM4.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nDTSTART;TZID=US-Eastern:19970902T090000\nEXDATE;TZID=US-Eastern:19970902T090000\nRRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13\nBEGIN:VALARM\nTRIGGER:-P2D\nDURATION:PT2H\nREPEAT:3\nACTION:DISPLAY\nDESCRIPTION:Friday the 13th is coming soon!!\nEND:VALARM\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:19870101T000000Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Encoding2.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nATTACH;VALUE=BINARY;ENCODING=BASE64:\n VGhpcyBpcyBhIHRlc3QgdG8gdHJ5IG91dCBiYXNlNjQgZW5jb2Rpbmcgd2l0aG91dCBiZW\n luZyB0b28gbGFyZ2UuDQpUaGlzIGlzIGEgdGVzdCB0byB0cnkgb3V0IGJhc2U2NCBlbmNv\n ZGluZyB3aXRob3V0IGJlaW5nIHRvbyBsYXJnZS4NClRoaXMgaXMgYSB0ZXN0IHRvIHRyeS\n BvdXQgYmFzZTY0IGVuY29kaW5nIHdpdGhvdXQgYmVpbmcgdG9vIGxhcmdlLg0KVGhpcyBp\n cyBhIHRlc3QgdG8gdHJ5IG91dCBiYXNlNjQgZW5jb2Rpbmcgd2l0aG91dCBiZWluZyB0b2\n 8gbGFyZ2UuDQpUaGlzIGlzIGEgdGVzdCB0byB0cnkgb3V0IGJhc2U2NCBlbmNvZGluZyB3\n aXRob3V0IGJlaW5nIHRvbyBsYXJnZS4NClRoaXMgaXMgYSB0ZXN0IHRvIHRyeSBvdXQgYm\n FzZTY0IGVuY29kaW5nIHdpdGhvdXQgYmVpbmcgdG9vIGxhcmdlLg0KVGhpcyBpcyBhIHRl\n c3QgdG8gdHJ5IG91dCBiYXNlNjQgZW5jb2Rpbmcgd2l0aG91dCBiZWluZyB0b28gbGFyZ2\n UuDQpUaGlzIGlzIGEgdGVzdCB0byB0cnkgb3V0IGJhc2U2NCBlbmNvZGluZyB3aXRob3V0\n IGJlaW5nIHRvbyBsYXJnZS4NClRoaXMgaXMgYSB0ZXN0IHRvIHRyeSBvdXQgYmFzZTY0IG\n VuY29kaW5nIHdpdGhvdXQgYmVpbmcgdG9vIGxhcmdlLg0KVGhpcyBpcyBhIHRlc3QgdG8g\n dHJ5IG91dCBiYXNlNjQgZW5jb2Rpbmcgd2l0aG91dCBiZWluZyB0b28gbGFyZ2UuDQpUaG\n lzIGlzIGEgdGVzdCB0byB0cnkgb3V0IGJhc2U2NCBlbmNvZGluZyB3aXRob3V0IGJlaW5n\n IHRvbyBsYXJnZS4NClRoaXMgaXMgYSB0ZXN0IHRvIHRyeSBvdXQgYmFzZTY0IGVuY29kaW\n 5nIHdpdGhvdXQgYmVpbmcgdG9vIGxhcmdlLg==\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nCATEGORIES:Category\nDTSTART;TZID=US-Eastern:19970902T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR\nDTEND:19970902T100000\nLOCATION:Daywest\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:19870101T000000Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Parameter1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:GKCC\nBEGIN:VEVENT\nUID:fadc65bd4f5d746ce4a581f072ca66ea\nDTSTART;VALUE=DATE;VALUE=OTHER:20090117T200000\nSUMMARY:Apple Hill Chamber Players\nDTEND;VALUE=DATE:20090117T220000\nLOCATION:The Colonial Theatre\nURL;VALUE=URI:http://www.keenechamber.com/events.html?date=1232164801#eventid2377\nCREATED:20080716T070640Z\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Recurrence/Bug1741093.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nCREATED:20070621T161236Z\nLAST-MODIFIED:20070621T161655Z\nDTSTAMP:20070621T161655Z\nUID:fcb6b7aa-772b-45ae-b607-fd7ad59f810b\nSUMMARY:Work\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR\nDTSTART;TZID=US-Eastern:20070621T080000\nDTEND;TZID=US-Eastern:20070621T170000\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:19870101T000000Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/CaseInsensitive2.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:vCalendar\nVERSION:2.0\nMETHOD:PUBLISH\nBEGIN:vEvent\nDTSTART:20070612T160000Z\nDTEND:20070612T170000Z\nUID:1032340889\nDTSTAMP:20070526T025936Z\nDESCRIPTION:Thank you for your interest in Microsoft Events. We would like to remind you of the following event: MSDN Webcast: Services in ASP.NET AJAX Client Libraries (Level 200). \\n\\nPlease review the information below.\\n\\nEvent Code: 1032340889\\nEvent Name: MSDN Webcast: Services in ASP.NET AJAX Client Libraries (Level 200)\\nStart Date: 6/12/2007\\nStart Time: 9:00 AM (GMT-08:00) Pacific Time (US & Canada)\\nEnd Date: 6/12/2007\\nEnd Time: 10:00 AM (GMT-08:00) Pacific Time (US & Canada)\\n\\nPlease click on the following link for more information regarding this Event https://msevents.microsoft.com/cui/r.aspx?r=1290603983&c=en-US&t=4. We look forward to seeing you at the Event!\nSUMMARY:Live Webcast - MSDN Webcast: Services in ASP.NET AJAX Client Libraries (Level 200)\nPRIORITY:3\nBEGIN:vAlarm\nTRIGGER:P0DT0H15M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:vAlarm\nEND:vEvent\nEND:vCalendar\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/CaseInsensitive3.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:vCalendar\nVERSION:2.0\nMETHOD:PUBLISH\nBEGIN:vEvent\nDTSTART:20070604T204500Z\nDTEND:20070604T220000Z\nUID:1032340718\nDTSTAMP:20070526T030009Z\nDESCRIPTION:Thank you for your interest in Microsoft Events. We would like to remind you of the following event: MSDN Webcast: A Lap Around SilverLight (Level 300). \\n\\nPlease review the information below.\\n\\nEvent Code: 1032340718\\nEvent Name: MSDN Webcast: A Lap Around SilverLight (Level 300)\\nStart Date: 6/4/2007\\nStart Time: 1:45 PM (GMT-08:00) Pacific Time (US & Canada)\\nEnd Date: 6/4/2007\\nEnd Time: 3:00 PM (GMT-08:00) Pacific Time (US & Canada)\\n\\nPlease click on the following link for more information regarding this Event https://msevents.microsoft.com/cui/r.aspx?r=1290603991&c=en-US&t=2. We look forward to seeing you at the Event!\nSUMMARY:Live Webcast - MSDN Webcast: A Lap Around SilverLight (Level 300)\nPRIORITY:3\nBEGIN:vAlarm\nTRIGGER:P0DT0H15M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:vAlarm\nEND:vEvent\nEND:vCalendar\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Bug2938007.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nBEGIN:VEVENT\nDTSTAMP:20100123T152945Z\nDTSTART;TZID=Asia/Tokyo:20100117T000000\nDTEND;TZID=Asia/Tokyo:20100117T003000\nRRULE:FREQ=WEEKLY;COUNT=3\nSUMMARY:WeeklyTest\nUID:4F1AD425-E0AE-4480-8393-CA754C5870DE\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/XProperty1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:vCalendar\nVERSION:2.0\nMETHOD:PUBLISH\nBEGIN:vEvent\nDTSTART:20070604T204500Z\nDTEND:20070604T220000Z\nUID:1032340718\nDTSTAMP:20070526T030009Z\nX-MS-OLK-WKHRDAYS:MO,TU,WE,TH,FR\nSUMMARY:Test X-MS-OLK-WKHRDAYS\nPRIORITY:3\nBEGIN:vAlarm\nTRIGGER:P0DT0H15M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:vAlarm\nEND:vEvent\nEND:vCalendar\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/EmptyLines1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.0//EN\nBEGIN:VEVENT\nCREATED:20060713T165752Z\nLAST-MODIFIED:20060718T205134Z\nDTSTAMP:20060718T205134Z\nUID:990859596\nSUMMARY:Degree Evaluation\nCLASS:PUBLIC\nDTSTART:20060112T133000\nDTEND:20060112T140000\nCATEGORIES:School\nX-MOZILLA-ALARM-DEFAULT-LENGTH:30\nLOCATION:WSU\nEND:VEVENT\n\nBEGIN:VEVENT\nCREATED:20060713T165752Z\nLAST-MODIFIED:20060718T205134Z\nDTSTAMP:20060718T205134Z\nUID:965775320\nSUMMARY:IT Planning Mtg.\nCLASS:PUBLIC\nDTSTART:20060116T090000\nDTEND:20060116T110000\nCATEGORIES:Business\nX-MOZILLA-ALARM-DEFAULT-LENGTH:1\nLOCATION:Daywest\nX-MOZILLA-ALARM-DEFAULT-UNITS:hours\nEND:VEVENT\nEND:VCALENDAR\n\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_351_whitespace_in_property_and_params.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Issue 351 Fixture//EN\nREFRESH - INTERVAL; VALUE = DURATION:PT48H\nBEGIN:VEVENT\nUID:issue-351@example.com\nDTSTAMP:20260318T000000Z\nDTSTART:20260319T090000Z\nSUMMARY:Waste Pickup\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_218_bad_tzid.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//TEST//TEST//EN\nBEGIN:VTIMEZONE\nTZID:UTC+11\nBEGIN:STANDARD\nDTSTART;VALUE=DATE:20170101\nTZNAME:UTC+11\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nDESCRIPTION:TESTING\nDTEND;TZID=UTC+11:20170228T233000\nDTSTAMP:20170227T064302Z\nDTSTART;TZID=UTC+11:20170228T230000\nRESOURCES:Court 4\nSEQUENCE:0\nSTATUS:Confirmed\nSUMMARY:TESTIN\nUID:1961094_636238800000000000\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_313_globally_unique_tzid.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//collective//icalendar//issue 313//EN\r\nBEGIN:VEVENT\r\nUID:libical-evolution@issue-313\r\nSUMMARY:libical / Evolution globally unique TZID\r\nDTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20200426T140000\r\nDTEND;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20200426T150000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:mozilla-lightning@issue-313\r\nSUMMARY:Mozilla Lightning globally unique TZID\r\nDTSTART;TZID=/mozilla.org/20070129_1/America/New_York:20200426T140000\r\nDTEND;TZID=/mozilla.org/20070129_1/America/New_York:20200426T150000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:multipart-olson@issue-313\r\nSUMMARY:vendor prefix in front of a multi-part Olson name\r\nDTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires:20200426T140000\r\nDTEND;TZID=/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires:20200426T150000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_1081_tzid_param.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:test\nBEGIN:VEVENT\nUID:test-123\nDTSTART;TZID=America/New_York:20250101T100000\nSUMMARY:Test Event\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_1426.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//collective//icalendar//EN\nBEGIN:VEVENT\nUID:77D80D14-906B-4257-963F-85B1E734DBB6\nDTSTART:19961230T020000Z\nDTEND:19961230T060000Z\nRDATE;VALUE=PERIOD:19970101T180000Z/19970102T070000Z,19970901T180000Z/PT5H30M\nBEGIN:VALARM\nUID:alarm-1\nACTION:DISPLAY\nTRIGGER;VALUE=DATE-TIME:19760401T005545Z\nDESCRIPTION:Remember to buy milk\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/invalid_tzoffset.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:STANDARD\nDTSTART:18930401T000000\nRDATE:18930401T000000\nTZNAME:CEST\nTZOFFSETFROM:+5328\nTZOFFSETTO:+0100\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19810329T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nTZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nDTSTART:19961027T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20121120T195219Z\nUID:1234567890DC8-468D-B140-D2B41B1013E9\nDTEND;TZID=Europe/Berlin:20121202T093000\nSUMMARY:Some event\nDTSTART;TZID=Europe/Berlin:20121202T080000\nDTSTAMP:20121120T195239Z\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "libical/libical",
        "test-data/6.ics",
        "d31d57c49aa84480c59b01f32951dbdfbe7924c2",
        "MPL-2.0 or LGPL-2.1 (libical LICENSE.txt)",
        b"BEGIN:VCALENDAR\nMETHOD:PUBLISH\nPRODID:-//ACME/DesktopCalendar//EN\nVERSION:2.0\nBEGIN:VEVENT\nORGANIZER:mailto:a@example.com\nDTSTART:19970701T200000Z\nDTSTAMP:19970611T190000Z\nSUMMARY:ST. PAUL SAINTS -VS- DULUTH-SUPERIOR DUKES\nUID:0981234-1234234-23@example.com\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
]


# ---------------------------------------------------------------- the calendars, as the suites ship them

# (repository, path, commit, licence, bytes of the file at that commit)
SOURCES3: list[tuple[str, str, str, str, bytes]] = [
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Alarm/ALARM1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nDTSTART;TZID=US-Eastern:20060718T100000\nDTEND;TZID=US-Eastern:20060718T110000\nBEGIN:VALARM\nTRIGGER:-PT30M\nACTION:DISPLAY\nDESCRIPTION:Breakfast meeting with executive\\nteam at 8:30 AM EST.\nEND:VALARM\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:19870101T000000Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Alarm/ALARM2.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nDTSTART;TZID=US-Eastern:20060718T100000\nDTEND;TZID=US-Eastern:20060718T110000\nRRULE:FREQ=DAILY;COUNT=10;INTERVAL=2\nBEGIN:VALARM\nTRIGGER:-PT30M\nACTION:DISPLAY\nDESCRIPTION:Breakfast meeting with executive\\nteam at 8:30 AM EST.\nEND:VALARM\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:19870101T000000Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Attachment4.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nATTACH:http://ical.mac.com/ical/US32Holidays.ics\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nCATEGORIES:Category\nDTSTART;TZID=US-Eastern:19970902T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR\nDTEND:19970902T100000\nLOCATION:Daywest\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:19870101T000000Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Categories1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar//EN\nBEGIN:VEVENT\nCREATED:20250717T210517Z\nLAST-MODIFIED:20250717T210718Z\nDTSTAMP:20250717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nCATEGORIES:One,Two,Three\nCATEGORIES:Four,Five,Six\nCATEGORIES;ENCODING=BASE64:U2V2ZW4=\nCATEGORIES:A string of text with comma\\, semicolon\\; and a newline\\n.\nDTSTART;TZID=US-Eastern:20250902T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20251224T000000Z;WKST=SU;BYDAY=MO,WE,FR\nEXDATE:20250914\nDTEND;TZID=US-Eastern:20250902T100000\nLOCATION:Daywest\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:20250717T210517Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Event1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nDTSTART:20060718T100000\nDTEND:20060718T110000\nLOCATION:Daywest\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/Event4.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nATTACH:http://www.applegatehomecare.com/Calendars/cabin.ics\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nCATEGORIES:Category\nDTSTART;TZID=US-Eastern:19970902T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR\nDTEND:19970902T100000\nLOCATION:Daywest\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:19870101T000000Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/GeographicLocation1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\nBEGIN:VEVENT\nCREATED:20060717T210517Z\nLAST-MODIFIED:20060717T210718Z\nDTSTAMP:20060717T210718Z\nUID:uuid1153170430406\nSUMMARY:Test event\nCATEGORIES:Category\nGEO:37.386013;-122.082932\nDTSTART;TZID=US-Eastern:19970902T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR\nDTEND:19970902T100000\nLOCATION:Daywest\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:US-Eastern\nLAST-MODIFIED:19870101T000000Z\nTZURL:http://zones.stds_r_us.net/tz/US-Eastern\nBEGIN:STANDARD\nDTSTART:19671029T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19870405T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nEND:VCALENDAR\n",
    ),
    (
        "ical-org/ical.net",
        "Ical.Net.Tests/Calendars/Serialization/RequestStatus1.ics",
        "f924bd6dd05fd4607fa0191d164d0df4693ae997",
        "MIT (ical.net license.md)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//hacksw/handcal//NONSGML v1.0//EN\nBEGIN:VEVENT\nREQUEST-STATUS:2.0;Success\nREQUEST-STATUS:3.1;Invalid property value;DTSTART:96-Apr-01\nREQUEST-STATUS:2.8; Success\\, repeating event ignored. Scheduled \n as a single event.;RRULE:FREQ=WEEKLY\\;INTERVAL=2\nREQUEST-STATUS:4.1;Event conflict. Date/time is busy.\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_simple.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=Europe/Berlin:20140409T093000\nDTEND;TZID=Europe/Berlin:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_url.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nSUMMARY:An Event\nURL:https://github.com/pimutils/khal\nDTSTART;TZID=Europe/Berlin:20140409T093000\nDTEND;TZID=Europe/Berlin:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_status_confirmed.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;TZID=Europe/Berlin:20140409T093000\nDTEND;TZID=Europe/Berlin:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_rd.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;VALUE=DATE-TIME:20140409T093000\nDTEND;VALUE=DATE-TIME:20140409T103000\nRDATE;VALUE=DATE-TIME:20140410T093000\nDTSTAMP;VALUE=DATE-TIME:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_d_15.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VEVENT\nSUMMARY:An Event\nDTSTART;VALUE=DATE:20150409\nDTEND;VALUE=DATE:20150410\nDTSTAMP;VALUE=DATE-TIME:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\n",
    ),
    (
        "pimutils/khal",
        "tests/ics/event_dt_simple_updated.ics",
        "ea00567aa562a457d60792b1df66764ca9c741c3",
        "MIT (khal COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PIMUTILS.ORG//NONSGML khal / icalendar //EN\nBEGIN:VEVENT\nSUMMARY:A not so simple Event\nDESCRIPTION:Everything has changed\nLOCATION:anywhere\nCATEGORIES:meeting\nDTSTART;TZID=Europe/Berlin:20140409T093000\nDTEND;TZID=Europe/Berlin:20140409T103000\nDTSTAMP:20140401T234817Z\nUID:V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-custom-color.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nDTSTART:19810329T020000\nTZNAME:GMT+2\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T030000\nTZNAME:GMT+1\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND;TZID=Europe/Berlin:20160816T100000\nTRANSP:OPAQUE\nSUMMARY:Test Europe Berlin\nDTSTART;TZID=Europe/Berlin:20160816T090000\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nCOLOR:turquoise\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-categories.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nDTSTART:19810329T020000\nTZNAME:GMT+2\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T030000\nTZNAME:GMT+1\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND;TZID=Europe/Berlin:20160816T100000\nTRANSP:OPAQUE\nSUMMARY:Test Europe Berlin\nDTSTART;TZID=Europe/Berlin:20160816T090000\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nCATEGORIES:BUSINESS,HUMAN RESOURCES\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-timed.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nDTSTART:19810329T020000\nTZNAME:GMT+2\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T030000\nTZNAME:GMT+1\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND;TZID=Europe/Berlin:20160816T100000\nTRANSP:OPAQUE\nSUMMARY:Test Europe Berlin\nDTSTART;TZID=Europe/Berlin:20160816T090000\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-multiple-rrules.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nDTSTART:19810329T020000\nTZNAME:GMT+2\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nDTSTART:19961027T030000\nTZNAME:GMT+1\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND;TZID=Europe/Berlin:20160816T100000\nTRANSP:OPAQUE\nSUMMARY:Test Europe Berlin\nDTSTART;TZID=Europe/Berlin:20160816T090000\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1SU\nRRULE:FREQ=DAILY;BYMONTH=1\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "nextcloud/calendar",
        "tests/assets/ics/vcalendars/vcalendar-event-minimal.ics",
        "cbe92dbc7ebe7dd573a1ced142dced1a72584cf5",
        "AGPL-3.0-or-later (nextcloud/calendar COPYING)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Tests//\nCALSCALE:GREGORIAN\nBEGIN:VEVENT\nCREATED:20160809T163629Z\nUID:0AD16F58-01B3-463B-A215-FD09FC729A02\nDTEND:20160816T100000\nDTSTART:20160816T090000\nDTSTAMP:20160809T163632Z\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_1050_all_components.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\nUID:calendar-1\nBEGIN:VTIMEZONE\nTZID:America/New_York\nBEGIN:STANDARD\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nTZNAME:EST\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nTZNAME:EDT\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:event-1\nDTSTART;TZID=America/New_York:20250115T100000\nDTEND;TZID=America/New_York:20250115T110000\nSUMMARY:Test Event 1\nBEGIN:VALARM\nUID:alarm-1\nTRIGGER:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nBEGIN:VTODO\nUID:todo-1\nSUMMARY:Test Todo 1\nSTATUS:NEEDS-ACTION\nEND:VTODO\nBEGIN:VJOURNAL\nUID:journal-1\nSUMMARY:Test Journal 1\nEND:VJOURNAL\nBEGIN:VAVAILABILITY\nUID:availability-1\nSUMMARY:Test Availability 1\nEND:VAVAILABILITY\nEND:VCALENDAR",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/issue_348_exception_parsing_value.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\nCALSCALE:GREGORIAN\nMETHOD:PUBLISH\nVERSION:2.0\nPRODID:-//Sixt//RAC//EN\nBEGIN:VFREEBUSY\nFREEBUSY;FBTYPE=FREE:20190624T063000Z/20190624T163000Z\nORGANIZER;CN=Sixt SE\nX-ORGANIZER2;CN=Sixt SE;CN2=Test!\nUID:SIXT_9879691160\nDTSTAMP:20190612T104813Z\nEND:VFREEBUSY\nBEGIN:VEVENT\nCLASS:PUBLIC\nDESCRIPTION:\\nVotre v\xc3\xa9hicule avec le num\xc3\xa9ro de r\xc3\xa9servation xxxxxxxxxxx sera \xc3\xa0 votre disposition le 24.06.2019 \xc3\xa0 08:30 heures (heure locale). Retour pr\xc3\xa9vu : Ferney-Voltaire AP de Gen\xc3\xa8ve Cointrin Sect(F), le 24.06.2019 \xc3\xa0 18:30 heures.\\nVous trouverez des informations relatives \xc3\xa0 la modification ou \xc3\xa0  l'annulation de votre r\xc3\xa9servation sous http://www.sixt.fr\\n\nDTSTART:20190624T063000Z\nDTSTAMP:20190612T104813Z\nDTEND:20190624T163000Z\nLOCATION:Sixt Gen\xc3\xa8ve A\xc3\xa9roport secteur France, AP de Gen\xc3\xa8ve Cointrin Sect(F), 01210 Ferney-Voltaire, FR\nPRIORITY:5\nTRANSP:TRANSPARENT\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Sixt : d\xc3\xa9tails de votre r\xc3\xa9servation\nUID:SIXT_9879691160\nBEGIN:VALARM\nTRIGGER:-PT30M\nACTION:DISPLAY\nDESCRIPTION:\\nLe v\xc3\xa9hicule avec la n\xc2\xb0 de r\xc3\xa9servation xxxxxxxxxxx sera \xc3\xa0 votre disposition entre 24.06.2019 et 08:30 heures (heure locale) \xc3\xa0 l'agence Gen\xc3\xa8ve A\xc3\xa9roport secteur France. Retour pr\xc3\xa9vu : Ferney-Voltaire AP de Gen\xc3\xa8ve Cointrin Sect(F), le 24.06.2019 \xc3\xa0 18:30 heures.\\nTrouver des informations de localisation et modifier / annuler votre  r\xc3\xa9servation ici: http://www.sixt.fr\\n\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/alarm_google_acknowledged.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Nicco Kunzmann\r\nX-WR-TIMEZONE:Europe/London\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:GMT+2\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:GMT+1\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTART:20241004T181500Z\r\nDTEND:20241004T190000Z\r\nDTSTAMP:20241004T180026Z\r\nUID:79fs7pkqvht9m5igs0vjv1sfra@google.com\r\nCREATED:20241004T175920Z\r\nLAST-MODIFIED:20241004T175928Z\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:event with alarms\r\nTRANSP:OPAQUE\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H10M0S\r\nDESCRIPTION:This is an event reminder\r\nEND:VALARM\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H14M0S\r\nDESCRIPTION:This is an event reminder\r\nEND:VALARM\r\nBEGIN:VALARM\r\nACTION:EMAIL\r\nATTENDEE:mailto:niccokunzmann@googlemail.com\r\nTRIGGER:-P0DT0H15M0S\r\nDESCRIPTION:This is an event reminder\r\nSUMMARY:Alarm notification\r\nEND:VALARM\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H15M0S\r\nDESCRIPTION:This is an event reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/calendars/alarm_etar_notification.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VCALENDAR\r\nPRODID:-//Offline Calendar//iCal Import/Export 2.8.1//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nCALSCALE:GREGORIAN\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nTZURL:http://tzurl.org/zoneinfo/Europe/London\r\nX-LIC-LOCATION:Europe/London\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19810329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19961027T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-000115\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:18471201T000115\r\nRDATE:18471201T000115\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19160521T020000\r\nRDATE:19160521T020000\r\nRDATE:19170408T020000\r\nRDATE:19180324T020000\r\nRDATE:19190330T020000\r\nRDATE:19200328T020000\r\nRDATE:19210403T020000\r\nRDATE:19220326T020000\r\nRDATE:19230422T020000\r\nRDATE:19240413T020000\r\nRDATE:19250419T020000\r\nRDATE:19260418T020000\r\nRDATE:19270410T020000\r\nRDATE:19280422T020000\r\nRDATE:19290421T020000\r\nRDATE:19300413T020000\r\nRDATE:19310419T020000\r\nRDATE:19320417T020000\r\nRDATE:19330409T020000\r\nRDATE:19340422T020000\r\nRDATE:19350414T020000\r\nRDATE:19360419T020000\r\nRDATE:19370418T020000\r\nRDATE:19380410T020000\r\nRDATE:19390416T020000\r\nRDATE:19400225T020000\r\nRDATE:19460414T020000\r\nRDATE:19470316T020000\r\nRDATE:19480314T020000\r\nRDATE:19490403T020000\r\nRDATE:19500416T020000\r\nRDATE:19510415T020000\r\nRDATE:19520420T020000\r\nRDATE:19530419T020000\r\nRDATE:19540411T020000\r\nRDATE:19550417T020000\r\nRDATE:19560422T020000\r\nRDATE:19570414T020000\r\nRDATE:19580420T020000\r\nRDATE:19590419T020000\r\nRDATE:19600410T020000\r\nRDATE:19610326T020000\r\nRDATE:19620325T020000\r\nRDATE:19630331T020000\r\nRDATE:19640322T020000\r\nRDATE:19650321T020000\r\nRDATE:19660320T020000\r\nRDATE:19670319T020000\r\nRDATE:19680218T020000\r\nRDATE:19720319T020000\r\nRDATE:19730318T020000\r\nRDATE:19740317T020000\r\nRDATE:19750316T020000\r\nRDATE:19760321T020000\r\nRDATE:19770320T020000\r\nRDATE:19780319T020000\r\nRDATE:19790318T020000\r\nRDATE:19800316T020000\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19161001T030000\r\nRDATE:19161001T030000\r\nRDATE:19170917T030000\r\nRDATE:19180930T030000\r\nRDATE:19190929T030000\r\nRDATE:19201025T030000\r\nRDATE:19211003T030000\r\nRDATE:19221008T030000\r\nRDATE:19230916T030000\r\nRDATE:19240921T030000\r\nRDATE:19251004T030000\r\nRDATE:19261003T030000\r\nRDATE:19271002T030000\r\nRDATE:19281007T030000\r\nRDATE:19291006T030000\r\nRDATE:19301005T030000\r\nRDATE:19311004T030000\r\nRDATE:19321002T030000\r\nRDATE:19331008T030000\r\nRDATE:19341007T030000\r\nRDATE:19351006T030000\r\nRDATE:19361004T030000\r\nRDATE:19371003T030000\r\nRDATE:19381002T030000\r\nRDATE:19391119T030000\r\nRDATE:19451007T030000\r\nRDATE:19461006T030000\r\nRDATE:19471102T030000\r\nRDATE:19481031T030000\r\nRDATE:19491030T030000\r\nRDATE:19501022T030000\r\nRDATE:19511021T030000\r\nRDATE:19521026T030000\r\nRDATE:19531004T030000\r\nRDATE:19541003T030000\r\nRDATE:19551002T030000\r\nRDATE:19561007T030000\r\nRDATE:19571006T030000\r\nRDATE:19581005T030000\r\nRDATE:19591004T030000\r\nRDATE:19601002T030000\r\nRDATE:19611029T030000\r\nRDATE:19621028T030000\r\nRDATE:19631027T030000\r\nRDATE:19641025T030000\r\nRDATE:19651024T030000\r\nRDATE:19661023T030000\r\nRDATE:19671029T030000\r\nRDATE:19711031T030000\r\nRDATE:19721029T030000\r\nRDATE:19731028T030000\r\nRDATE:19741027T030000\r\nRDATE:19751026T030000\r\nRDATE:19761024T030000\r\nRDATE:19771023T030000\r\nRDATE:19781029T030000\r\nRDATE:19791028T030000\r\nRDATE:19801026T030000\r\nRDATE:19811025T020000\r\nRDATE:19821024T020000\r\nRDATE:19831023T020000\r\nRDATE:19841028T020000\r\nRDATE:19851027T020000\r\nRDATE:19861026T020000\r\nRDATE:19871025T020000\r\nRDATE:19881023T020000\r\nRDATE:19891029T020000\r\nRDATE:19901028T020000\r\nRDATE:19911027T020000\r\nRDATE:19921025T020000\r\nRDATE:19931024T020000\r\nRDATE:19941023T020000\r\nRDATE:19951022T020000\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:BDST\r\nDTSTART:19410504T010000\r\nRDATE:19410504T010000\r\nRDATE:19420405T010000\r\nRDATE:19430404T010000\r\nRDATE:19440402T010000\r\nRDATE:19450402T010000\r\nRDATE:19470413T010000\r\nEND:DAYLIGHT\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19410810T030000\r\nRDATE:19410810T030000\r\nRDATE:19420809T030000\r\nRDATE:19430815T030000\r\nRDATE:19440917T030000\r\nRDATE:19450715T030000\r\nRDATE:19470810T030000\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19681026T230000\r\nRDATE:19681026T230000\r\nEND:STANDARD\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19960101T000000\r\nRDATE:19960101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTAMP:20241005T113036Z\r\nUID:17281276213728ad54d03afa44d1ca60b8c52afaece9e@sufficientlysecure.org\r\nSUMMARY:event with alarms android\r\nSTATUS:CONFIRMED\r\nDTSTART;TZID=Europe/London:20241005T130000\r\nDTEND:20241005T130000Z\r\nLAST-MODIFIED:20241005T112701Z\r\nBEGIN:VALARM\r\nTRIGGER:-PT30M\r\nACTION:DISPLAY\r\nDESCRIPTION:event with alarms android\r\nEND:VALARM\r\nBEGIN:VALARM\r\nTRIGGER:-PT25M\r\nACTION:DISPLAY\r\nDESCRIPTION:event with alarms android\r\nEND:VALARM\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nACTION:DISPLAY\r\nDESCRIPTION:event with alarms android\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    ),
    (
        "collective/icalendar",
        "src/icalendar/tests/events/rfc_9074_example_3.ics",
        "851cb47758689b54781c0712186d1d9e2ec57dd5",
        "BSD-2-Clause (icalendar LICENSE.rst)",
        b"BEGIN:VEVENT\nCREATED:20210302T151004Z\nUID:AC67C078-CED3-4BF5-9726-832C3749F627\nDTSTAMP:20210302T152026Z\nDTSTART;TZID=America/New_York:20210302T103000\nDTEND;TZID=America/New_York:20210302T113000\nSUMMARY:Meeting\n\nBEGIN:VALARM\nUID:8297C37D-BA2D-4476-91AE-C1EAA364F8E1\nTRIGGER:-PT15M\nDESCRIPTION:Event reminder\nACTION:DISPLAY\nACKNOWLEDGED:20210302T152024Z\nEND:VALARM\n\nBEGIN:VALARM\nUID:87D690A7-B5E8-4EB4-8500-491F50AFE394\nTRIGGER;VALUE=DATE-TIME:20210302T152500Z\nRELATED-TO;RELTYPE=SNOOZE:8297C37D-BA2D-4476-91AE-C1EAA364F8E1\nDESCRIPTION:Event reminder\nACTION:DISPLAY\nEND:VALARM\n\nEND:VEVENT\n",
    ),
]


if __name__ == "__main__":
    sys.exit(main())
