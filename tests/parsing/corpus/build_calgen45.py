# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calgen45 batch: interview invitations whose calendar comes from an iCalendar
generator library that a web application embeds, each serialized the way that library does.

Run: .venv/bin/python tests/parsing/corpus/build_calgen45.py

Libraries and the source each shape was read from (see PROVENANCE-calgen45.md):
spatie/icalendar-generator (PHP, Laravel mailables: VTIMEZONE with the transitions around the
event and no RRULE, a TZID:UTC VTIMEZONE for UTC Carbon dates, floating times withoutTimezone(),
uniqid() UIDs, mb_strcut folding at 75 octets, no CRLF after END:VCALENDAR, no METHOD: the app puts
method=REQUEST on the attachment's Content-Type); eluceo/ical 2.x (PHP, Symfony Mailer: a VTIMEZONE
from PHP getTransitions() whose first observance starts at the range's begin, floating times for
DateTime(..., false), 32-hex UIDs, no METHOD); ics-py 0.7.2 (Python, Django EmailMessage.attach:
UTC only, no folding at all, '<uuid4>@<4 hex>.org' UIDs, DURATION instead of DTEND, METHOD from
Calendar.method, no SEQUENCE); biweekly (Java, JavaMail: VERSION before PRODID, 'TZID=/Europe/Berlin'
global ids without VTIMEZONE, tzurl.org VTIMEZONEs, folding by characters); arran4/golang-ical (Go:
UTC by SetStartAt, TZID without VTIMEZONE by AddProperty(..., WithTZID), parameters sorted,
folding at word boundaries); Ical.Net 4.x (C#, System.Net.Mail AlternateView: SEQUENCE:0 always,
GUID UIDs, TZID with or without a VTIMEZONE, folding by characters at 74/73 with lines Trim()med).

People, companies, UIDs and all prose are ours; slots in 2026. Labels come from the zoneinfo
datetimes the calendars and texts are written from, before any parse; the held-out families are
drawn with random.Random("calgen45 coin") before anything is parsed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build_calprod44", HERE / "build_calprod44.py")
assert _spec is not None
assert _spec.loader is not None
cp = importlib.util.module_from_spec(_spec)
sys.modules["build_calprod44"] = cp
_spec.loader.exec_module(cp)
c40 = cp.c40

LICENSE = "structure only; all text, people and identifiers written for this corpus"
ME = "alex.morgan@mailbox.example"
TO = "Alex Morgan <alex.morgan@mailbox.example>"

FAMILIES = {
    "spatie45": "spatie/icalendar-generator src/Builders/ComponentBuilder.php (chipLine: mb_strcut at 75 octets, implode CRLF, no final CRLF), src/Properties/DateTimeProperty.php (Z only for UTC, TZID otherwise, nothing withoutTimezone), src/Timezones/TimezoneTransitionsResolver.php and tests/__snapshots__/IntegrationTest__it_can_create_a_calendar__1.txt (VTIMEZONE TZID:UTC, observances with the transition's wall time and no RRULE) @c859e7556eedf3c34e7546ab0377ef6fe96f03fb; Laravel Mailable attachData with mime 'text/calendar; charset=UTF-8; method=REQUEST'; wording ours",
    "eluceo45": "eluceo/ical (markuspoerschke/iCal) src/Presentation/ContentLine.php (mb_strcut folding, CRLF after every line), src/Domain/Entity/TimeZone.php createFromPhpDateTimeZone (PHP getTransitions: first observance at the range's begin), src/Presentation/Factory/TimeZoneFactory.php (TZNAME, TZOFFSETTO before TZOFFSETFROM), src/Presentation/Component/Property/Value/DateTimeValue.php (floating without applyTimeZone), src/Domain/ValueObject/UniqueIdentifier.php (bin2hex(random_bytes(16))) @5c2f1b93972bcea9dc129b94ec9bfe2bb3bf2ffc; Symfony Mailer attach(); wording ours",
    "icspy45": "ics-py ics/utils.py (arrow_to_iso: UTC 'Z' always; uid_gen '<uuid4>@<first 4>.org'; escape_string), ics/serializers/event_serializer.py (order, DURATION when a duration was set), ics/serializers/icalendar_serializer.py (PRODID 'ics.py - http://git.io/lLljaA', METHOD), ics/grammar/parse.py (no folding, CRLF join) @v0.7.2 3e05ace12cfe3371a651f886d31711e8f94a7db7; Django EmailMessage.attach('invite.ics', str(c), 'text/calendar'); wording ours",
    "biweekly45": "biweekly (mangstadt/biweekly) src/main/java/biweekly/io/scribe/property/ICalPropertyScribe.java ('/' + globalId TZIDs), io/TimezoneAssignment.java, io/TzUrlDotOrgGenerator.java, property/Uid.java (UUID), src/test/java/biweekly/io/text/ICalWriterTest.java (VERSION first, CRLF) @f699308b5a5c35ba5f5492392ec100f16b077437, vinnie FoldedLineWriter (75 characters); JavaMail MimeBodyPart 'text/calendar; method=...'; wording ours",
    "goical45": "arran4/golang-ical components.go (SetStartAt/SetEndAt in UTC 'Z'), property.go (parameters sorted, trimUT8StringUpTo folding at a word boundary, ToText escaping), calendar.go (PRODID '-//arran4//Golang ICS Library', SetMethod), cmd/issues/test97_1/main.go (DTSTART with WithTZID and no VTIMEZONE) @d999380d3e4cf749bdac85be345005f8d4a1c950; Go mail with a text/calendar alternative; wording ours",
    "icalnet45": "Ical.Net (ical-org/ical.net, formerly rianjs) Ical.Net/Utility/TextUtil.cs FoldLines @v4.3.1 148ec8e4fa6dd4e5c1f62e46c24f0ca670d5d17d (Trim, 74 then 73 characters per line) and VTimeZone.FromDateTimeZone (TZID, X-LIC-LOCATION, observances with RRULE); PRODID '-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN', SEQUENCE:0 always, GUID UIDs (property order recalled); System.Net.Mail AlternateView 'text/calendar; method=REQUEST', base64; wording ours",
}
HELDOUT = set(random.Random("calgen45 coin").sample(sorted(FAMILIES), 2))


@dataclass
class Mail:
    family: str
    name: str
    lang: str
    sender: str
    subject: str
    sent: datetime
    body: bytes
    label: dict[str, object]
    note: str
    ics: str = ""


CASES: list[Mail] = []
at, plus, z, wall, lab = cp.at, cp.plus, cp.z, cp.wall, cp.lab
text_part, html_part, attachment, cal_alt, mixed, alt = (
    cp.text_part,
    cp.html_part,
    cp.attachment,
    cp.cal_alt,
    cp.mixed,
    cp.alt,
)


def add(m: Mail) -> None:
    assert m.family in FAMILIES, m.family
    assert all(c.name != m.name or c.family != m.family for c in CASES), m.name
    CASES.append(m)


def hexid(*parts: str, n: int = 32) -> str:
    return hashlib.sha1("/".join(parts).encode()).hexdigest()[:n]


def guid(*parts: str) -> str:
    return str(uuid.UUID(hexid(*parts)))


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


# ------------------------------------------------------------------------------ dates in text
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def day(lang: str, d: datetime) -> str:
    wd = DAYS[lang].split()[d.weekday()]
    mo = MONTHS[lang].split()[d.month - 1]
    return {
        "en": f"{wd} {d.day} {mo} {d.year}",
        "de": f"{wd}, {d.day}. {mo} {d.year}",
        "fr": f"{wd} {d.day} {mo} {d.year}",
        "es": f"{wd} {d.day} de {mo} de {d.year}",
        "nl": f"{wd} {d.day} {mo} {d.year}",
        "it": f"{wd} {d.day} {mo} {d.year}",
        "pt": f"{wd}, {d.day} de {mo} de {d.year}",
        "pl": f"{wd}, {d.day} {mo} {d.year}",
        "sv": f"{wd} {d.day} {mo} {d.year}",
    }[lang]


def hm(d: datetime) -> str:
    return d.strftime("%H:%M")


# ------------------------------------------------------------------------------ VTIMEZONEs
def transitions(
    zone: str, lo: datetime, hi: datetime
) -> list[tuple[datetime, timedelta, timedelta, bool, str]]:
    """Offset changes of `zone` between lo and hi (UTC instants), found hour by hour:
    (instant in UTC, offset before, offset after, is DST after, abbreviation after)."""
    tz = ZoneInfo(zone)
    out = []
    t = lo.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    prev = t.astimezone(tz).utcoffset()
    while t < hi:
        t += timedelta(hours=1)
        loc = t.astimezone(tz)
        off = loc.utcoffset()
        if off != prev:
            assert off is not None
            assert prev is not None
            out.append((t, prev, off, bool(loc.dst()), loc.tzname() or ""))
            prev = off
    return out


def offs(td: timedelta) -> str:
    mins = int(td.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    return f"{sign}{abs(mins) // 60:02d}{abs(mins) % 60:02d}"


def spatie_vtz(zone: str, s: datetime, e: datetime) -> list[str]:
    """TimezoneTransitionsResolver: the last transition before the event and the first after it,
    each as an observance at the wall time of the offset before it, without RRULE."""
    ts = transitions(zone, s - timedelta(days=3000), e + timedelta(days=400))
    before = [x for x in ts if x[0] <= s][-1:]
    after = [x for x in ts if x[0] > e][:1]
    out = ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
    for t, fr, to, dst, _ in before + after:
        kind = "DAYLIGHT" if dst else "STANDARD"
        out += [
            f"BEGIN:{kind}",
            f"DTSTART:{(t + fr).strftime('%Y%m%dT%H%M%S')}",
            f"TZOFFSETFROM:{offs(fr)}",
            f"TZOFFSETTO:{offs(to)}",
            f"END:{kind}",
        ]
    return [*out, "END:VTIMEZONE"]


SPATIE_UTC_VTZ = [
    "BEGIN:VTIMEZONE",
    "TZID:UTC",
    "BEGIN:STANDARD",
    "DTSTART:20250101T000000",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0000",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def eluceo_vtz(zone: str, lo: datetime, hi: datetime) -> list[str]:
    """TimeZone::createFromPhpDateTimeZone($tz, $lo, $hi): PHP's getTransitions() lists the state
    at $lo first (time = $lo), then the real transitions; each becomes an observance at its local
    (new-offset) wall time, TZNAME, TZOFFSETTO, TZOFFSETFROM, no RRULE."""
    tz = ZoneInfo(zone)
    first = lo.astimezone(tz)
    rows = [
        (
            lo.astimezone(UTC),
            first.utcoffset(),
            first.utcoffset(),
            bool(first.dst()),
            first.tzname() or "",
        )
    ]
    rows += transitions(zone, lo, hi)
    out = ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
    for t, fr, to, dst, abbr in rows:
        assert fr is not None
        assert to is not None
        kind = "DAYLIGHT" if dst else "STANDARD"
        out += [
            f"BEGIN:{kind}",
            f"DTSTART:{(t + to).strftime('%Y%m%dT%H%M%S')}",
            f"TZNAME:{abbr}",
            f"TZOFFSETTO:{offs(to)}",
            f"TZOFFSETFROM:{offs(fr)}",
            f"END:{kind}",
        ]
    return [*out, "END:VTIMEZONE"]


RULES = {
    # zone: (std name, std offset, dst name, dst offset, dst start month/byday/hour, std start month/byday/hour)
    "Europe/Berlin": ("CET", "+0100", "CEST", "+0200", (3, "-1SU", 2), (10, "-1SU", 3)),
    "Europe/Paris": ("CET", "+0100", "CEST", "+0200", (3, "-1SU", 2), (10, "-1SU", 3)),
    "Europe/Stockholm": ("CET", "+0100", "CEST", "+0200", (3, "-1SU", 2), (10, "-1SU", 3)),
    "Europe/Warsaw": ("CET", "+0100", "CEST", "+0200", (3, "-1SU", 2), (10, "-1SU", 3)),
    "Europe/Amsterdam": ("CET", "+0100", "CEST", "+0200", (3, "-1SU", 2), (10, "-1SU", 3)),
    "Europe/London": ("GMT", "+0000", "BST", "+0100", (3, "-1SU", 1), (10, "-1SU", 2)),
    "America/New_York": ("EST", "-0500", "EDT", "-0400", (3, "2SU", 2), (11, "1SU", 2)),
    "America/Chicago": ("CST", "-0600", "CDT", "-0500", (3, "2SU", 2), (11, "1SU", 2)),
}


def rule_vtz(zone: str, year: int, head: list[str], order: str) -> list[str]:
    """A VTIMEZONE with yearly RRULE observances (tzurl.org / Ical.Net FromDateTimeZone)."""
    sn, so, dn, do, (dm, dd, dh), (sm, sd, sh) = RULES[zone]
    dst_day = c40.nth_weekday(year, dm, dd)
    std_day = c40.nth_weekday(year, sm, sd)

    def obs(
        kind: str, name: str, fr: str, to: str, d: object, h: int, m: int, by: str
    ) -> list[str]:
        body = {
            "tzurl": [
                f"TZOFFSETFROM:{fr}",
                f"TZOFFSETTO:{to}",
                f"TZNAME:{name}",
                f"DTSTART:{d:%Y%m%d}T{h:02d}0000",
                f"RRULE:FREQ=YEARLY;BYMONTH={m};BYDAY={by}",
            ],
            "icalnet": [
                f"DTSTART:{d:%Y%m%d}T{h:02d}0000",
                f"RRULE:FREQ=YEARLY;BYDAY={by};BYMONTH={m}",
                f"TZNAME:{name}",
                f"TZOFFSETFROM:{fr}",
                f"TZOFFSETTO:{to}",
            ],
        }[order]
        return [f"BEGIN:{kind}", *body, f"END:{kind}"]

    return [
        "BEGIN:VTIMEZONE",
        *head,
        *obs("DAYLIGHT", dn, so, do, dst_day, dh, dm, dd),
        *obs("STANDARD", sn, do, so, std_day, sh, sm, sd),
        "END:VTIMEZONE",
    ]


# ------------------------------------------------------------------------------ folding
def strcut_fold(line: str, width: int = 75) -> list[str]:
    """PHP `mb_strcut($line, 0, 75)` then `' ' . mb_strcut($line, 75)` until short enough
    (spatie chipLine, eluceo ContentLine): 75 octets per physical line, the leading space counted."""
    data = line.encode()
    out: list[bytes] = []
    while len(data) > width:
        cut = width
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(data[:cut])
        data = b" " + data[cut:]
    out.append(data)
    return [x.decode() for x in out]


def char_fold(line: str, first: int = 75, rest: int = 74) -> list[str]:
    """Folding by characters, not octets (vinnie FoldedLineWriter; Ical.Net 4 uses 74/73)."""
    if len(line) <= first + (first == 74):
        return [line]
    out = [line[:first]]
    out += [" " + line[i : i + rest] for i in range(first, len(line), rest)]
    return out


def go_trim(limit: int, s: str) -> str:
    """golang-ical trimUT8StringUpTo: up to `limit` octets, cut before the last space or '<'
    (or after a '>') seen, when there was one."""
    length, boundary, last = 0, -1, ""
    pos = 0
    for ch in s:
        if ch in " <" or last == ">":
            boundary = pos
        last = ch
        n = len(ch.encode())
        if length + n > limit:
            break
        length += n
        pos += len(ch)
    if boundary > 0:
        return s[:boundary]
    return s[:pos]


def go_param(value: str) -> str:
    """golang-ical escapeValueString: an unquoted parameter value gets a backslash before
    , " ; : \\ and ' (only ALTREP is quoted)."""
    return "".join("\\" + ch if ch in ",\";:\\'" else ch for ch in value)


def go_fold(line: str) -> list[str]:
    if len(line.encode()) <= 75:
        return [line]
    head = go_trim(75, line)
    out = [head]
    r = line[len(head) :]
    while len(r.encode()) > 74:
        piece = go_trim(74, r)
        out.append(" " + piece)
        r = r[len(piece) :]
    out.append(" " + r)
    return out


def join(lines: list[str], fold: str, *, final: bool = True) -> str:
    out: list[str] = []
    for ln in lines:
        if fold == "strcut":
            out += strcut_fold(ln)
        elif fold == "chars":
            out += char_fold(ln)
        elif fold == "icalnet":
            ln = ln.strip()
            out += (
                [ln]
                if len(ln) <= 75
                else [ln[:74], *(" " + ln[i : i + 73] for i in range(74, len(ln), 73))]
            )
        elif fold == "go":
            out += go_fold(ln)
        else:
            out.append(ln)
    return "\r\n".join(out) + ("\r\n" if final else "")


# ------------------------------------------------------------------------------ rows
@dataclass
class Row:
    name: str
    lang: str
    zone: str
    st: tuple[int, int, int, int, int]
    mins: int
    kind: (
        str | None
    )  # invitation, reschedule, cancellation, not_invitation, None (update, time change unsaid)
    shape: str
    summary: str
    location: str
    org: tuple[str, str]  # address, name
    subject: str
    text: str  # with {when} {end} {old} {day} {time}
    method: str = "REQUEST"
    seq: int = 0
    tzl: str = "zone"  # zone: label the IANA zone; none: no timezone; floating: tz_stated false
    old: tuple[int, int, int, int, int] | None = None
    desc: str = ""
    note: str = ""
    attendee_cn: str = "Alex Morgan"
    uid_of: str = ""  # another row whose UID this update/cancellation reuses


def render_text(r: Row, s: datetime, e: datetime) -> str:
    old = at(*r.old, r.zone) if r.old else s
    return r.text.format(
        day=day(r.lang, s), time=hm(s), end=hm(e), old_day=day(r.lang, old), old_time=hm(old)
    )


def label_for(
    r: Row, s: datetime, e: datetime, uid: str, method: str | None, sent: datetime
) -> dict[str, object]:
    if r.kind == "not_invitation":
        return lab("not_invitation", None, None, uid=uid, seq=r.seq, method=method)
    if r.tzl == "floating":
        fs = s.replace(tzinfo=sent.tzinfo)
        fe = e.replace(tzinfo=sent.tzinfo)
        out = c40.lab(r.kind, fs, fe, uid=uid, seq=r.seq, method=method, stated=False)
        return out
    return lab(
        r.kind, s, e, tz=r.zone if r.tzl == "zone" else None, uid=uid, seq=r.seq, method=method
    )


def build(fam: str, rows: list[Row], make: object) -> None:
    for i, r in enumerate(rows):
        s = at(*r.st, r.zone)
        e = plus(s, r.mins)
        sent = plus(s, -60 * 24 * (3 + i % 5) - 37 * (i + 1))
        make_fn = make
        assert callable(make_fn)
        ics, body, uid, method = make_fn(fam, i, r, s, e, sent)
        label = label_for(r, s, e, uid, method, sent)
        subject = r.subject.format(day=day(r.lang, s))
        add(
            Mail(
                fam,
                r.name,
                r.lang,
                f"{r.org[1]} <{r.org[0]}>",
                subject,
                sent,
                body,
                label,
                r.note,
                ics,
            )
        )


# ------------------------------------------------------------------------------ spatie45
def spatie_make(
    fam: str, i: int, r: Row, s: datetime, e: datetime, sent: datetime
) -> tuple[str, bytes, str, str | None]:
    uid = hexid(fam, r.uid_of or r.name, n=13)
    if (
        r.shape == "utc"
    ):  # Laravel's default app timezone: Carbon in UTC -> Z and a TZID:UTC VTIMEZONE
        vtz, times = SPATIE_UTC_VTZ, [f"DTSTART:{z(s)}", f"DTEND:{z(e)}"]
    elif r.shape == "floating":  # ->withoutTimezone()
        vtz, times = [], [f"DTSTART:{wall(s)}", f"DTEND:{wall(e)}"]
    else:
        vtz = spatie_vtz(r.zone, s, e)
        times = [f"DTSTART;TZID={r.zone}:{wall(s)}", f"DTEND;TZID={r.zone}:{wall(e)}"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:spatie/icalendar-generator",
        *vtz,
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{z(sent)}",
        *times,
        f"SUMMARY:{esc(r.summary)}",
        *([f"DESCRIPTION:{esc(r.desc)}"] if r.desc else []),
        f"LOCATION:{esc(r.location)}",
        *(["STATUS:CANCELLED"] if r.method == "CANCEL" else []),
        f"ATTENDEE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:MAILTO:{ME}",
        f"ORGANIZER;CN={r.org[1]}:MAILTO:{r.org[0]}",
        *([f"SEQUENCE:{r.seq}"] if r.seq else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    ics = join(lines, "strcut", final=False)
    text = render_text(r, s, e)
    if r.shape == "app_ics":  # attached as application/ics, no method anywhere
        cal = attachment(ics.encode(), "application/ics", "invite.ics")
        method = None
    else:
        cal = attachment(
            ics.encode(), f"text/calendar; charset=UTF-8; method={r.method}", "invite.ics"
        )
        method = r.method
    body = mixed(
        f"{fam}{i}",
        [alt(f"{fam}{i}", [text_part(text), html_part(c40.html_of(text).decode())]), cal],
    )
    return ics, body, uid, method


SPATIE_ROWS = [
    Row(
        "invite_en",
        "en",
        "Europe/London",
        (2026, 3, 17, 10, 0),
        45,
        "invitation",
        "zoned",
        "Interview: Junior Accountant, Ledgerwise",
        "Ledgerwise Ltd, 4 Canal Street, Manchester M1 3HE",
        ("talent@ledgerwise.example", "Ledgerwise Talent Team"),
        "Your interview with Ledgerwise",
        "Hi Alex,\n\nThanks for applying for the Junior Accountant role. We'd like to meet you on {day} from {time} to {end} (UK time) at our office, 4 Canal Street, Manchester.\n\nThe invite is attached - just add it to your calendar.\n\nBest,\nPriya Shah\nLedgerwise Talent Team\n",
        desc="Meet Priya Shah (Talent) and Owen Hughes (Finance Manager). Ask for Priya at reception; bring photo ID.",
        note="spatie/icalendar-generator via a Laravel mailable: DTSTART;TZID=Europe/London with a VTIMEZONE holding only the transitions around the event (no RRULE), no METHOD in the file; method=REQUEST on the attachment's Content-Type.",
    ),
    Row(
        "invite_de",
        "de",
        "Europe/Berlin",
        (2026, 4, 14, 13, 30),
        60,
        "invitation",
        "zoned",
        "Vorstellungsgespräch: Werkstudent (m/w/d) Controlling",
        "Kranich Logistik GmbH, Hafenstraße 21, 28217 Bremen",
        ("karriere@kranich-logistik.example", "Kranich Logistik Recruiting"),
        "Einladung zum Vorstellungsgespräch",
        "Hallo Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Werkstudent (m/w/d) Controlling. Wir laden Sie herzlich zum Vorstellungsgespräch ein: {day}, {time} bis {end} Uhr, Hafenstraße 21, Bremen.\n\nDie Kalendereinladung finden Sie im Anhang.\n\nViele Grüße\nMarie Vogt\nKranich Logistik Recruiting\n",
        desc="Gesprächspartner: Marie Vogt (HR), Jonas Becker (Leitung Controlling). Bitte melden Sie sich am Empfang, Gebäude B.",
        note="spatie VTIMEZONE for Europe/Berlin with the March and October transitions around the April slot, long DESCRIPTION folded by mb_strcut at 75 octets through umlauts.",
    ),
    Row(
        "utc_fr",
        "fr",
        "Europe/Paris",
        (2026, 5, 6, 9, 30),
        30,
        "invitation",
        "utc",
        "Entretien téléphonique - Assistant(e) commercial(e)",
        "Téléphone",
        ("recrutement@atelier-sorel.example", "Atelier Sorel - Recrutement"),
        "Votre entretien téléphonique avec Atelier Sorel",
        "Bonjour Alex,\n\nSuite à votre candidature au poste d'assistant(e) commercial(e), nous vous proposons un entretien téléphonique le {day} à {time} (heure de Paris), pour 30 minutes.\n\nVous trouverez l'invitation en pièce jointe.\n\nCordialement,\nLéa Garnier\nAtelier Sorel\n",
        note="Laravel app in UTC: DTSTART/DTEND in Z with spatie's TZID:UTC VTIMEZONE; the text says 'heure de Paris'.",
    ),
    Row(
        "moved_nl",
        "nl",
        "Europe/Amsterdam",
        (2026, 6, 9, 15, 0),
        60,
        "reschedule",
        "zoned",
        "Sollicitatiegesprek - Medewerker klantenservice",
        "Polderzicht BV, Stationsplein 3, Utrecht",
        ("hr@polderzicht.example", "Polderzicht HR"),
        "Gewijzigd: uw sollicitatiegesprek",
        "Beste Alex,\n\nHelaas moeten we uw gesprek verplaatsen. In plaats van {old_day} om {old_time} spreken we elkaar nu op {day} van {time} tot {end}, op hetzelfde adres.\n\nDe bijgewerkte uitnodiging zit in de bijlage.\n\nMet vriendelijke groet,\nSanne de Wit\nPolderzicht HR\n",
        seq=1,
        old=(2026, 6, 8, 11, 0),
        note="spatie update: SEQUENCE:1 (the app sets ->sequence()), same uniqid UID, new slot; the text shows old and new time.",
    ),
    Row(
        "cancel_it",
        "it",
        "Europe/Rome",
        (2026, 6, 24, 11, 0),
        45,
        "cancellation",
        "zoned",
        "Colloquio - Addetto/a amministrazione",
        "Studio Ferraro, Via Garibaldi 18, Torino",
        ("selezione@studio-ferraro.example", "Studio Ferraro Selezione"),
        "Annullato: colloquio del {day}",
        "Gentile Alex,\n\nci dispiace comunicarle che il colloquio previsto per {day} alle {time} è annullato: la posizione è stata sospesa.\n\nCordiali saluti,\nGiulia Ferraro\n",
        method="CANCEL",
        seq=1,
        note="spatie calendar with STATUS:CANCELLED, SEQUENCE:1; method=CANCEL on the Content-Type only.",
    ),
    Row(
        "floating_es",
        "es",
        "Europe/Madrid",
        (2026, 9, 15, 10, 0),
        60,
        "invitation",
        "floating",
        "Entrevista - Técnico/a de nóminas",
        "Grupo Albora, Calle Colón 12, Valencia",
        ("rrhh@grupo-albora.example", "Grupo Albora RRHH"),
        "Entrevista para Técnico/a de nóminas",
        "Hola Alex:\n\nNos gustaría conocerte el {day} a las {time} en nuestras oficinas de la Calle Colón 12, Valencia. La entrevista dura una hora.\n\nAdjuntamos la convocatoria para tu calendario.\n\nUn saludo,\nMarta Ibáñez\nRRHH - Grupo Albora\n",
        tzl="floating",
        note="spatie ->withoutTimezone(): floating DTSTART/DTEND, no VTIMEZONE, and the text names no zone (tz_stated false; wall clock compared).",
    ),
    Row(
        "appics_pt",
        "pt",
        "America/Sao_Paulo",
        (2026, 10, 20, 14, 0),
        60,
        "invitation",
        "app_ics",
        "Entrevista - Analista de Dados Júnior",
        "Google Meet",
        ("vagas@rioverde-dados.example", "Rio Verde Dados - Vagas"),
        "Convite: entrevista para Analista de Dados Júnior",
        "Olá, Alex!\n\nGostaríamos de agendar sua entrevista para {day}, das {time} às {end} (horário de Brasília), pelo Google Meet.\n\nO convite segue em anexo (invite.ics).\n\nAbraços,\nBeatriz Souza\n",
        note="spatie VTIMEZONE for America/Sao_Paulo (no transitions since 2019: an empty VTIMEZONE), attached as application/ics with no method anywhere.",
    ),
    Row(
        "webinar_en",
        "en",
        "Europe/London",
        (2026, 5, 20, 12, 30),
        60,
        "not_invitation",
        "zoned",
        "Webinar: Year-end close for small firms",
        "Online",
        ("events@ledgerwise.example", "Ledgerwise Events"),
        "You're registered: Year-end close for small firms",
        "Hi Alex,\n\nYou're registered for our free webinar on {day} at {time} (UK time). Add it to your calendar with the attached file.\n\nLedgerwise Events\n",
        note="Look-alike: a webinar registration with a spatie calendar; no interview.",
    ),
    # second round (written after the first measurement)
    Row(
        "floating_de",
        "de",
        "Europe/Berlin",
        (2026, 11, 17, 10, 0),
        60,
        "invitation",
        "floating",
        "Vorstellungsgespräch: Sachbearbeiter/in Lohnbuchhaltung",
        "Hansekontor Steuerberatung, Ballindamm 9, Hamburg",
        ("bewerbung@hansekontor.example", "Hansekontor Bewerbermanagement"),
        "Ihr Vorstellungsgespräch am {day}",
        "Sehr geehrter Herr Morgan,\n\nwir freuen uns auf das Gespräch am {day} um {time} Uhr (MEZ) in unserer Kanzlei am Ballindamm 9. Eine Stunde ist eingeplant.\n\nMit freundlichen Grüßen\nKatja Brandt\n",
        tzl="none",
        note="spatie ->withoutTimezone(): floating DTSTART/DTEND; the text gives the same wall time with 'MEZ' (an abbreviation, so no timezone label, but the instant is stated).",
    ),
    Row(
        "update_en",
        "en",
        "Europe/London",
        (2026, 3, 17, 10, 0),
        45,
        None,
        "zoned",
        "Interview: Junior Accountant, Ledgerwise",
        "Ledgerwise Ltd, 4 Canal Street, Manchester M1 3HE",
        ("talent@ledgerwise.example", "Ledgerwise Talent Team"),
        "Updated invitation: Interview - Junior Accountant",
        "Hi Alex,\n\nPlease find an updated calendar invite for your interview on {day} at {time} (UK time).\n\nBest,\nPriya Shah\n",
        seq=2,
        uid_of="invite_en",
        note="spatie update with SEQUENCE:2 and the same UID as invite_en; the text does not say whether the time changed (no kind).",
    ),
]


# ------------------------------------------------------------------------------ eluceo45
def eluceo_make(
    fam: str, i: int, r: Row, s: datetime, e: datetime, sent: datetime
) -> tuple[str, bytes, str, str | None]:
    uid = hexid(fam, r.uid_of or r.name)
    if r.shape == "floating":
        vtz, times = [], [f"DTSTART:{wall(s)}", f"DTEND:{wall(e)}"]
    elif r.shape == "year":  # createFromPhpDateTimeZone($tz, 1 January, 31 December)
        lo = datetime(s.year, 1, 1, tzinfo=s.tzinfo)
        hi = datetime(s.year, 12, 31, tzinfo=s.tzinfo)
        vtz = eluceo_vtz(r.zone, lo, hi)
        times = [f"DTSTART;TZID={r.zone}:{wall(s)}", f"DTEND;TZID={r.zone}:{wall(e)}"]
    elif r.shape == "utc":
        vtz, times = [], [f"DTSTART:{z(s)}", f"DTEND:{z(e)}"]
    else:  # createFromPhpDateTimeZone($tz, $start, $end)
        vtz = eluceo_vtz(r.zone, s, e)
        times = [f"DTSTART;TZID={r.zone}:{wall(s)}", f"DTEND;TZID={r.zone}:{wall(e)}"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//eluceo/ical//2.0/EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        *vtz,
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{z(sent)}",
        f"SUMMARY:{esc(r.summary)}",
        *([f"DESCRIPTION:{esc(r.desc)}"] if r.desc else []),
        *times,
        f"LOCATION:{esc(r.location)}",
        f'ORGANIZER;CN="{r.org[1]}":mailto:{r.org[0]}',
        f'ATTENDEE;CN="Alex Morgan";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}',
        *(["STATUS:CANCELLED"] if r.method == "CANCEL" else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    ics = join(lines, "strcut")
    text = render_text(r, s, e)
    if r.shape == "inline":  # Symfony Mailer: a text/calendar alternative with method
        cal = cal_alt(ics.encode(), r.method, "quoted-printable")
        body = alt(f"{fam}{i}", [text_part(text), html_part(c40.html_of(text).decode()), cal])
        method: str | None = r.method
    else:  # ->attach($ics, 'invitation.ics', 'text/calendar')
        cal = attachment(ics.encode(), "text/calendar", "invitation.ics")
        body = mixed(f"{fam}{i}", [text_part(text), cal])
        method = None
    return ics, body, uid, method


ELUCEO_ROWS = [
    Row(
        "invite_de",
        "de",
        "Europe/Berlin",
        (2026, 3, 24, 9, 0),
        60,
        "invitation",
        "range",
        "Vorstellungsgespräch Sachbearbeitung Einkauf",
        "Lindner & Roth KG, Gutenbergstraße 5, 70176 Stuttgart",
        ("personal@lindner-roth.example", "Lindner & Roth Personal"),
        "Ihr Vorstellungsgespräch bei Lindner & Roth",
        "Guten Tag Herr Morgan,\n\nwir freuen uns, Sie am {day} um {time} Uhr zu einem persönlichen Gespräch in unserem Haus in Stuttgart begrüßen zu dürfen (bis ca. {end} Uhr).\n\nIm Anhang finden Sie den Termin als Kalenderdatei.\n\nFreundliche Grüße\nSabine Roth\n",
        desc="Gespräch mit Sabine Roth (Personal) und Tim Lindner (Einkaufsleitung), 3. OG, Raum 312.",
        note="eluceo/ical 2 via Symfony Mailer: VTIMEZONE from createFromPhpDateTimeZone($tz, start, end), i.e. one STANDARD observance starting at the event's own start (PHP getTransitions lists the state at the range's begin), no RRULE; attached as text/calendar without method.",
    ),
    Row(
        "invite_fr",
        "fr",
        "Europe/Paris",
        (2026, 3, 30, 14, 0),
        45,
        "invitation",
        "range",
        "Entretien - Gestionnaire de paie",
        "Cabinet Morel, 12 rue de la République, Lyon",
        ("rh@cabinet-morel.example", "Cabinet Morel RH"),
        "Convocation à un entretien",
        "Bonjour Monsieur Morgan,\n\nNous avons le plaisir de vous convier à un entretien le {day} à {time}, au 12 rue de la République à Lyon (durée prévue : 45 minutes).\n\nL'invitation est jointe à ce message.\n\nBien cordialement,\nClaire Morel\n",
        note="eluceo VTIMEZONE from the event's range just after the March change: one DAYLIGHT observance (CEST) starting at the event's start.",
    ),
    Row(
        "year_pl",
        "pl",
        "Europe/Warsaw",
        (2026, 11, 5, 10, 0),
        60,
        "invitation",
        "year",
        "Rozmowa kwalifikacyjna - Specjalista ds. kadr",
        "Wisła Serwis Sp. z o.o., ul. Długa 14, Kraków",
        ("rekrutacja@wisla-serwis.example", "Wisła Serwis Rekrutacja"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną na stanowisko Specjalista ds. kadr: {day}, godz. {time}-{end}, ul. Długa 14, Kraków.\n\nZaproszenie do kalendarza w załączniku.\n\nPozdrawiamy\nAnna Zielińska\n",
        note="eluceo VTIMEZONE built for the whole year 2026: a STANDARD at 1 January 00:00, then the March DAYLIGHT and October STANDARD as dated observances without RRULE; November slot.",
    ),
    Row(
        "inline_sv",
        "sv",
        "Europe/Stockholm",
        (2026, 8, 27, 13, 0),
        60,
        "invitation",
        "inline",
        "Intervju - Ekonomiassistent",
        "Norrsken Fastigheter AB, Drottninggatan 40, Stockholm",
        ("rekrytering@norrsken-fast.example", "Norrsken Rekrytering"),
        "Inbjudan till intervju",
        "Hej Alex,\n\nTack för din ansökan! Vi vill gärna träffa dig {day} kl. {time}-{end} på vårt kontor, Drottninggatan 40.\n\nKalenderinbjudan finns i mejlet.\n\nVänliga hälsningar\nElin Holm\n",
        note="eluceo calendar as a quoted-printable text/calendar; method=REQUEST alternative (the file itself has no METHOD); range VTIMEZONE with one DAYLIGHT.",
    ),
    Row(
        "floating_en",
        "en",
        "America/Chicago",
        (2026, 4, 21, 11, 0),
        30,
        "invitation",
        "floating",
        "Phone screen - Inside Sales Representative",
        "Phone call",
        ("jobs@prairiegrain.example", "Prairie Grain Co. Recruiting"),
        "Phone screen scheduled",
        "Hi Alex,\n\nYour phone screen for the Inside Sales Representative role is set for {day} at {time} Central Time. It will take about 30 minutes; Dana will call the number on your application.\n\nThanks,\nDana Fisher\n",
        tzl="none",
        note="eluceo DateTime(..., false): floating DTSTART/DTEND, no VTIMEZONE; the text says 'Central Time' (shared by several zones, so no timezone label, but a zone is stated).",
    ),
    Row(
        "cancel_de",
        "de",
        "Europe/Berlin",
        (2026, 5, 12, 15, 0),
        60,
        "cancellation",
        "range",
        "Vorstellungsgespräch Sachbearbeitung Einkauf",
        "Lindner & Roth KG, Gutenbergstraße 5, 70176 Stuttgart",
        ("personal@lindner-roth.example", "Lindner & Roth Personal"),
        "Absage: Vorstellungsgespräch am {day}",
        "Guten Tag Herr Morgan,\n\nleider müssen wir das Gespräch am {day} um {time} Uhr absagen, da die Stelle intern besetzt wurde.\n\nFreundliche Grüße\nSabine Roth\n",
        method="CANCEL",
        note="eluceo has no METHOD: the app's cancellation is a calendar with STATUS:CANCELLED attached as plain text/calendar; the text names the cancelled slot.",
    ),
    Row(
        "utc_en",
        "en",
        "America/New_York",
        (2026, 9, 29, 10, 30),
        45,
        "invitation",
        "utc",
        "Interview - Operations Coordinator",
        "Zoom: https://zoom.example/j/84120033",
        ("hiring@harbor-freightways.example", "Harbor Freightways Hiring"),
        "Interview invitation: Operations Coordinator",
        "Hi Alex,\n\nWe'd like to invite you to a video interview on {day} at {time} ET (45 minutes). Zoom details are in the attached invite.\n\nRegards,\nKevin Ortiz\n",
        tzl="none",
        note="eluceo with UTC DateTimes: DTSTART/DTEND in Z and no VTIMEZONE; text says 'ET' (no zone label).",
    ),
    Row(
        "meetup_nl",
        "nl",
        "Europe/Amsterdam",
        (2026, 10, 1, 18, 30),
        120,
        "not_invitation",
        "range",
        "Meetup: Finance & Data Utrecht",
        "Polderzicht BV, Stationsplein 3, Utrecht",
        ("events@polderzicht.example", "Polderzicht Events"),
        "Je aanmelding voor de meetup",
        "Hoi Alex,\n\nLeuk dat je erbij bent op {day} vanaf {time}. Pizza en drankjes staan klaar. De agenda-uitnodiging zit in de bijlage.\n\nTot dan!\n",
        note="Look-alike: a meetup registration with an eluceo calendar; no interview.",
    ),
    # second round (written after the first measurement)
    Row(
        "floating_fr",
        "fr",
        "Europe/Paris",
        (2026, 10, 8, 15, 0),
        45,
        "invitation",
        "floating",
        "Entretien - Comptable fournisseurs",
        "Maison Berthier, 8 quai des Chartrons, Bordeaux",
        ("emploi@maison-berthier.example", "Maison Berthier Emploi"),
        "Votre entretien chez Maison Berthier",
        "Bonjour Alex,\n\nNous confirmons votre entretien le {day} à {time} (heure de Paris), au 8 quai des Chartrons à Bordeaux, pour 45 minutes.\n\nCordialement,\nHélène Dubois\n",
        note="eluceo DateTime(..., false): floating times without VTIMEZONE; the text repeats the wall time with 'heure de Paris'.",
    ),
]


# ------------------------------------------------------------------------------ icspy45
def icspy_make(
    fam: str, i: int, r: Row, s: datetime, e: datetime, sent: datetime
) -> tuple[str, bytes, str, str | None]:
    u = guid(fam, r.uid_of or r.name)
    uid = f"{u}@{u[:4]}.org"
    end = (
        [
            f"DURATION:PT{r.mins // 60}H{r.mins % 60}M"
            if r.mins % 60 and r.mins >= 60
            else (f"DURATION:PT{r.mins}M" if r.mins < 60 else f"DURATION:PT{r.mins // 60}H")
        ]
        if r.shape == "duration"
        else []
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:ics.py - http://git.io/lLljaA",
        *([f"METHOD:{r.method}"] if r.shape != "nomethod" else []),
        "BEGIN:VEVENT",
        f"DTSTAMP:{z(sent)}",
        f"DTSTART:{z(s)}",
        *end,
        *([f"DTEND:{z(e)}"] if r.shape != "duration" else []),
        f"SUMMARY:{esc(r.summary)}",
        f"ORGANIZER;CN={r.org[1]}:mailto:{r.org[0]}",
        f"ATTENDEE;CN=Alex Morgan;RSVP=TRUE:mailto:{ME}",
        *([f"DESCRIPTION:{esc(r.desc)}"] if r.desc else []),
        f"LOCATION:{esc(r.location)}",
        "TRANSP:OPAQUE",
        f"UID:{uid}",
        *(["STATUS:CANCELLED"] if r.method == "CANCEL" else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    ics = join(lines, "none", final=False)
    text = render_text(r, s, e)
    # Django EmailMessage.attach(filename, content, 'text/calendar'): MIMEText subtype calendar
    cal = attachment(
        ics.encode(),
        'text/calendar; charset="utf-8"',
        "invite.ics",
        "base64" if not ics.isascii() else "7bit",
    )
    body = mixed(f"{fam}{i}", [text_part(text), cal])
    method = r.method if r.shape != "nomethod" else None
    return ics, body, uid, method


ICSPY_ROWS = [
    Row(
        "invite_en",
        "en",
        "Europe/Dublin",
        (2026, 3, 19, 14, 0),
        45,
        "invitation",
        "plain",
        "Interview with Brightwater Software",
        "Brightwater Software, 22 Grand Canal Quay, Dublin 2",
        ("careers@brightwater-sw.example", "Brightwater Careers"),
        "Interview invitation - QA Analyst",
        "Hi Alex,\n\nThank you for your application for the QA Analyst position. We'd like to invite you to an interview on {day} at {time} (Irish time), 22 Grand Canal Quay, Dublin 2. It should take 45 minutes.\n\nPlease find the calendar invite attached.\n\nKind regards,\nNiamh Byrne\nBrightwater Careers\n",
        desc="Panel: Niamh Byrne (People), Cian Walsh (QA Lead). Ground floor reception, ask for Niamh; bring your portfolio, laptop optional.",
        note="ics-py 0.7.2 through Django's EmailMessage.attach: UTC DTSTART/DTEND, METHOD:REQUEST, no SEQUENCE, no folding (the DESCRIPTION line is over 75 octets), UID '<uuid4>@<first 4>.org', CRLF between lines and none at the end; the text says 'Irish time' (one zone: Europe/Dublin).",
    ),
    Row(
        "duration_de",
        "de",
        "Europe/Vienna",
        (2026, 4, 9, 10, 0),
        90,
        "invitation",
        "duration",
        "Vorstellungsgespräch: Junior Data Engineer, Alpenlicht Analytics",
        "Alpenlicht Analytics, Mariahilfer Straße 88, Wien",
        ("jobs@alpenlicht.example", "Alpenlicht Analytics"),
        "Einladung: Vorstellungsgespräch Junior Data Engineer",
        "Hallo Alex,\n\ndanke für Ihre Bewerbung! Wir laden Sie zum Gespräch am {day} um {time} Uhr (Wiener Zeit) ein; geplant sind 90 Minuten inklusive einer kurzen Fallstudie.\n\nDie Kalenderdatei hängt an.\n\nBeste Grüße\nLukas Hofer\n",
        note="ics-py with Event.duration set: DURATION:PT1H30M instead of DTEND, UTC DTSTART; the SUMMARY's comma escaped.",
    ),
    Row(
        "duration_es",
        "es",
        "America/Mexico_City",
        (2026, 5, 14, 9, 0),
        30,
        "invitation",
        "duration",
        "Entrevista telefónica; Ejecutivo de ventas",
        "Llamada telefónica",
        ("talento@nopal-digital.example", "Nopal Digital Talento"),
        "Entrevista telefónica - Ejecutivo de ventas",
        "Hola Alex,\n\nTe confirmamos la entrevista telefónica el {day} a las {time} (hora del centro de México), con una duración de 30 minutos.\n\nAdjuntamos el archivo de calendario.\n\nSaludos,\nFernanda Ruiz\n",
        tzl="none",
        note="ics-py DURATION:PT30M, UTC DTSTART; semicolon escaped in SUMMARY.",
    ),
    Row(
        "nomethod_it",
        "it",
        "Europe/Rome",
        (2026, 6, 3, 15, 30),
        60,
        "invitation",
        "nomethod",
        "Colloquio conoscitivo - Sviluppatore/trice backend",
        "Lumen Srl, Corso Buenos Aires 45, Milano",
        ("hr@lumen-srl.example", "Lumen HR"),
        "Invito a colloquio - Sviluppatore/trice backend",
        "Ciao Alex,\n\nti invitiamo a un colloquio conoscitivo il {day} dalle {time} alle {end} (ora italiana) presso la nostra sede di Corso Buenos Aires 45, Milano.\n\nIn allegato trovi l'invito per il calendario.\n\nA presto,\nChiara Colombo\n",
        note="ics-py without Calendar.method: no METHOD anywhere; UTC times; the text says 'ora italiana' (one zone).",
    ),
    Row(
        "update_en",
        "en",
        "Europe/Dublin",
        (2026, 3, 26, 11, 0),
        45,
        "reschedule",
        "plain",
        "Interview with Brightwater Software",
        "Brightwater Software, 22 Grand Canal Quay, Dublin 2",
        ("careers@brightwater-sw.example", "Brightwater Careers"),
        "Updated: interview time - QA Analyst",
        "Hi Alex,\n\nAs discussed on the phone, we've moved your interview from {old_day} at {old_time} to {day} at {time} (Irish time). Same place, same panel. An updated calendar file is attached.\n\nKind regards,\nNiamh Byrne\n",
        old=(2026, 3, 19, 14, 0),
        note="ics-py cannot write SEQUENCE: the moved interview is a fresh REQUEST with a new UID and SEQUENCE absent (0); the text shows old and new time.",
    ),
    Row(
        "cancel_pt",
        "pt",
        "Europe/Lisbon",
        (2026, 7, 8, 10, 0),
        60,
        "cancellation",
        "plain",
        "Entrevista - Técnico(a) de contabilidade",
        "Tejo Contas, Av. da Liberdade 110, Lisboa",
        ("rh@tejo-contas.example", "Tejo Contas RH"),
        "Cancelamento da entrevista",
        "Olá Alex,\n\nInformamos que a entrevista marcada para {day} às {time} foi cancelada. Pedimos desculpa pelo incómodo.\n\nCumprimentos,\nInês Carvalho\n",
        method="CANCEL",
        tzl="none",
        note="ics-py with METHOD:CANCEL and STATUS:CANCELLED, UTC times, no SEQUENCE.",
    ),
    Row(
        "newsletter_en",
        "en",
        "Europe/London",
        (2026, 4, 30, 17, 0),
        60,
        "not_invitation",
        "plain",
        "Careers fair: Northern Tech Week",
        "Victoria Warehouse, Manchester",
        ("hello@northern-techweek.example", "Northern Tech Week"),
        "Your ticket: Northern Tech Week careers fair",
        "Hi Alex,\n\nThanks for grabbing a free ticket to the careers fair on {day}, doors at {time}. Over 40 employers will be there. We've attached a calendar file.\n\nNorthern Tech Week\n",
        note="Look-alike: a careers-fair ticket with an ics-py calendar (METHOD:REQUEST); no interview.",
    ),
]


# ------------------------------------------------------------------------------ biweekly45
def biweekly_make(
    fam: str, i: int, r: Row, s: datetime, e: datetime, sent: datetime
) -> tuple[str, bytes, str, str | None]:
    uid = guid(fam, r.uid_of or r.name)
    vtz: list[str] = []
    if r.shape == "global":
        times = [f"DTSTART;TZID=/{r.zone}:{wall(s)}", f"DTEND;TZID=/{r.zone}:{wall(e)}"]
    elif r.shape == "tzurl":
        vtz = rule_vtz(
            r.zone,
            1970,
            [
                f"TZID:{r.zone}",
                f"TZURL:http://tzurl.org/zoneinfo-outlook/{r.zone}",
                f"X-LIC-LOCATION:{r.zone}",
            ],
            "tzurl",
        )
        times = [f"DTSTART;TZID={r.zone}:{wall(s)}", f"DTEND;TZID={r.zone}:{wall(e)}"]
    else:
        times = [f"DTSTART:{z(s)}", f"DTEND:{z(e)}"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Michael Angstadt//biweekly 0.6.8//EN",
        f"METHOD:{r.method}",
        *vtz,
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{z(sent)}",
        f"SUMMARY:{esc(r.summary)}",
        *times,
        f"LOCATION:{esc(r.location)}",
        *([f"DESCRIPTION:{esc(r.desc)}"] if r.desc else []),
        f"ORGANIZER;CN={r.org[1]}:mailto:{r.org[0]}",
        f"ATTENDEE;RSVP=TRUE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME}",
        f"SEQUENCE:{r.seq}",
        *(["STATUS:CANCELLED"] if r.method == "CANCEL" else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    ics = join(lines, "chars")
    text = render_text(r, s, e)
    cal = cal_alt(ics.encode(), r.method, "quoted-printable" if not ics.isascii() else "7bit")
    if r.shape == "global":  # JavaMail: the calendar as an alternative plus the same bytes attached
        body = mixed(
            f"{fam}{i}",
            [
                alt(f"{fam}{i}", [text_part(text), cal]),
                attachment(ics.encode(), "application/ics", "invite.ics"),
            ],
        )
    else:
        body = alt(f"{fam}{i}", [text_part(text), html_part(c40.html_of(text).decode()), cal])
    return ics, body, uid, r.method


BIWEEKLY_ROWS = [
    Row(
        "global_de",
        "de",
        "Europe/Berlin",
        (2026, 3, 12, 10, 0),
        60,
        "invitation",
        "global",
        "Vorstellungsgespräch Java-Entwickler (m/w/d)",
        "Südwind IT Services, Königstraße 14, 90402 Nürnberg",
        ("jobs@suedwind-it.example", "Südwind IT Recruiting"),
        "Einladung: Vorstellungsgespräch Java-Entwickler (m/w/d)",
        "Hallo Herr Morgan,\n\nwir möchten Sie gern kennenlernen: am {day} von {time} bis {end} Uhr in der Königstraße 14, Nürnberg.\n\nDie Einladung liegt als Kalendereintrag bei.\n\nViele Grüße\nStefan Weiß\nSüdwind IT Recruiting\n",
        desc="Technisches Gespräch mit Stefan Weiß (Recruiting) und Dr. Katrin Maier (Teamleitung Backend), anschließend kurze Büroführung.",
        note="biweekly with a TimezoneAssignment by global id: DTSTART;TZID=/Europe/Berlin (leading slash, RFC 5545 globally unique TZID) and no VTIMEZONE; lines folded at 75 characters (not octets); JavaMail sends the alternative and an application/ics attachment.",
    ),
    Row(
        "tzurl_en",
        "en",
        "America/New_York",
        (2026, 3, 11, 9, 30),
        45,
        "invitation",
        "tzurl",
        "Interview: Claims Analyst, Beacon Mutual",
        "Beacon Mutual, 200 Pearl Street, Hartford, CT",
        ("recruiting@beacon-mutual.example", "Beacon Mutual Recruiting"),
        "Interview invitation - Claims Analyst",
        "Dear Alex,\n\nWe are pleased to invite you to interview for the Claims Analyst position on {day} at {time} (Eastern Time) at 200 Pearl Street, Hartford. The interview will last 45 minutes.\n\nSincerely,\nRachel Kim\nBeacon Mutual Recruiting\n",
        note="biweekly with TimezoneAssignment.download(): tzurl.org outlook VTIMEZONE (TZURL, X-LIC-LOCATION, 1970 RRULEs), DTSTART;TZID=America/New_York three days after the March change.",
    ),
    Row(
        "utc_fr",
        "fr",
        "Europe/Brussels",
        (2026, 4, 28, 14, 0),
        60,
        "invitation",
        "utc",
        "Entretien - Développeur Java",
        "Visio (Teams)",
        ("talents@meuse-informatique.example", "Meuse Informatique Talents"),
        "Invitation à un entretien - Développeur Java",
        "Bonjour Alex,\n\nNous vous proposons un entretien en visioconférence le {day} de {time} à {end} (heure de Bruxelles). Le lien Teams figure dans l'invitation.\n\nCordialement,\nJulie Lambert\n",
        note="biweekly default: DTSTART/DTEND in UTC Z, METHOD:REQUEST, SEQUENCE:0; the text says 'heure de Bruxelles' (one zone).",
    ),
    Row(
        "update_pl",
        "pl",
        "Europe/Warsaw",
        (2026, 5, 19, 12, 0),
        60,
        None,
        "global",
        "Rozmowa kwalifikacyjna - Programista Java",
        "Bałtyk Software, ul. Grunwaldzka 103, Gdańsk",
        ("hr@baltyk-software.example", "Bałtyk Software HR"),
        "Zaktualizowano: Rozmowa kwalifikacyjna - Programista Java",
        "Dzień dobry,\n\nprzesyłamy zaktualizowane zaproszenie na rozmowę: {day}, godz. {time}-{end}, ul. Grunwaldzka 103, Gdańsk.\n\nPozdrawiamy\nMagdalena Nowak\n",
        seq=2,
        note="biweekly update: SEQUENCE:2, global TZID=/Europe/Warsaw; the text does not say whether the time changed (no kind).",
    ),
    Row(
        "cancel_en",
        "en",
        "America/New_York",
        (2026, 3, 11, 9, 30),
        45,
        "cancellation",
        "tzurl",
        "Interview: Claims Analyst, Beacon Mutual",
        "Beacon Mutual, 200 Pearl Street, Hartford, CT",
        ("recruiting@beacon-mutual.example", "Beacon Mutual Recruiting"),
        "Cancelled: Interview - Claims Analyst",
        "Dear Alex,\n\nUnfortunately we need to cancel your interview on {day} at {time} (Eastern Time). We will be in touch about a new date.\n\nSincerely,\nRachel Kim\n",
        method="CANCEL",
        seq=1,
        uid_of="tzurl_en",
        note="biweekly METHOD:CANCEL, SEQUENCE:1, tzurl.org VTIMEZONE; the text names the cancelled slot.",
    ),
    Row(
        "standup_en",
        "en",
        "Europe/London",
        (2026, 6, 2, 9, 15),
        15,
        "not_invitation",
        "utc",
        "Daily stand-up",
        "Teams",
        ("pm@suedwind-it.example", "Project Office"),
        "Invitation: Daily stand-up",
        "Hi all,\n\nStarting {day}, our daily stand-up is at {time}. Invite attached.\n\nProject Office\n",
        note="Look-alike: an internal stand-up invitation sent with biweekly; no interview.",
    ),
]


# ------------------------------------------------------------------------------ goical45
def goical_make(
    fam: str, i: int, r: Row, s: datetime, e: datetime, sent: datetime
) -> tuple[str, bytes, str, str | None]:
    uid = f"{guid(fam, r.uid_of or r.name)}@{r.org[0].split('@')[1]}"
    if r.shape == "tzid":
        times = [f"DTSTART;TZID={r.zone}:{wall(s)}", f"DTEND;TZID={r.zone}:{wall(e)}"]
    else:
        times = [f"DTSTART:{z(s)}", f"DTEND:{z(e)}"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//arran4//Golang ICS Library",
        f"METHOD:{r.method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"CREATED:{z(sent)}",
        f"DTSTAMP:{z(sent)}",
        f"LAST-MODIFIED:{z(sent)}",
        *times,
        f"SUMMARY:{esc(r.summary)}",
        f"LOCATION:{esc(r.location)}",
        *([f"DESCRIPTION:{esc(r.desc)}"] if r.desc else []),
        f"ORGANIZER;CN={go_param(r.org[1])}:mailto:{r.org[0]}",
        f"ATTENDEE;CN={go_param(r.attendee_cn)};CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=true:mailto:{ME}",
        *([f"SEQUENCE:{r.seq}"] if r.seq else []),
        *(["STATUS:CANCELLED"] if r.method == "CANCEL" else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    ics = join(lines, "go")
    text = render_text(r, s, e)
    data = ics.encode()
    cal = c40.part(f'text/calendar; charset="UTF-8"; method={r.method}', data, "base64")
    body = alt(f"{fam}{i}", [text_part(text), cal])
    return ics, body, uid, r.method


GOICAL_ROWS = [
    Row(
        "invite_en",
        "en",
        "Asia/Singapore",
        (2026, 3, 18, 10, 0),
        60,
        "invitation",
        "utc",
        "Interview: Backend Engineer (Go), Merlion Pay",
        "Merlion Pay, 9 Raffles Place, Level 21, Singapore 048619",
        ("talent@merlionpay.example", "Merlion Pay Talent"),
        "Interview invitation: Backend Engineer (Go)",
        "Hi Alex,\n\nThanks for your interest in Merlion Pay. We'd like to invite you to an onsite interview on {day}, {time}-{end} SGT, at 9 Raffles Place, Level 21.\n\nSee you there,\nWei Ling Tan\nMerlion Pay Talent\n",
        desc="Agenda: 30 min system design with Arjun Nair <arjun.nair@merlionpay.example>, 30 min culture chat with Wei Ling Tan. Please register at the lobby kiosk on arrival.",
        note="arran4/golang-ical: UTC DTSTART/DTEND from SetStartAt/SetEndAt, ATTENDEE parameters sorted (CN, CUTYPE, PARTSTAT, ROLE, RSVP=true), long lines folded at a word boundary (before a space or '<'), base64 text/calendar alternative; text says SGT (one zone).",
    ),
    Row(
        "tzid_de",
        "de",
        "Europe/Zurich",
        (2026, 4, 16, 14, 0),
        45,
        "invitation",
        "tzid",
        "Vorstellungsgespräch: Software Engineer Go",
        "Limmat Cloud AG, Hardturmstrasse 130, 8005 Zürich",
        ("jobs@limmat-cloud.example", "Limmat Cloud Recruiting"),
        "Einladung zum Gespräch: Software Engineer Go",
        "Grüezi Herr Morgan,\n\ngerne laden wir Sie zu einem ersten Gespräch am {day} von {time} bis {end} Uhr in unser Büro an der Hardturmstrasse 130 ein.\n\nFreundliche Grüsse\nReto Meier\n",
        note="golang-ical with AddProperty(DTSTART, wall time, WithTZID('Europe/Zurich')): a TZID without any VTIMEZONE.",
    ),
    Row(
        "tzid_ja_en",
        "en",
        "Asia/Tokyo",
        (2026, 5, 27, 11, 0),
        60,
        "invitation",
        "tzid",
        "Interview - Site Reliability Engineer",
        "Online (Google Meet)",
        ("recruit@sakura-infra.example", "Sakura Infra Recruiting"),
        "Interview scheduled: Site Reliability Engineer",
        "Hello Alex,\n\nYour first-round interview is scheduled for {day}, {time}-{end} JST, on Google Meet. The link is in the calendar invite.\n\nBest regards,\nYuki Sato\nSakura Infra Recruiting\n",
        desc="Google Meet: https://meet.example/sak-ura-sre. Interviewers: Yuki Sato (Recruiting), Kenji Watanabe (SRE Manager). Please join 5 minutes early.",
        note="golang-ical TZID=Asia/Tokyo without VTIMEZONE; the long DESCRIPTION folds at word boundaries.",
    ),
    Row(
        "moved_fr",
        "fr",
        "Europe/Paris",
        (2026, 6, 10, 16, 0),
        45,
        "reschedule",
        "utc",
        "Entretien - Ingénieur(e) backend Go",
        "Visioconférence",
        ("jobs@garonne-tech.example", "Garonne Tech Recrutement"),
        "Nouvel horaire pour votre entretien",
        "Bonjour Alex,\n\nNous devons décaler votre entretien : il aura lieu le {day} à {time} au lieu du {old_day} à {old_time} (heure de Paris).\n\nBien à vous,\nThomas Roux\n",
        seq=1,
        old=(2026, 6, 9, 10, 0),
        note="golang-ical update: SEQUENCE:1, UTC times, the text shows old and new slot.",
    ),
    Row(
        "cancel_es",
        "es",
        "Europe/Madrid",
        (2026, 7, 2, 12, 0),
        60,
        "cancellation",
        "tzid",
        "Entrevista - Desarrollador/a Go",
        "Oficina Bilbao, Gran Vía 45",
        ("empleo@cantabrico-soft.example", "Cantábrico Soft Empleo"),
        "Cancelada: entrevista del {day}",
        "Hola Alex,\n\nLamentamos tener que cancelar la entrevista del {day} a las {time}. Te escribiremos para proponerte otra fecha.\n\nUn saludo,\nIker Etxeberria\n",
        method="CANCEL",
        seq=1,
        note="golang-ical METHOD:CANCEL with SEQUENCE:1 and TZID=Europe/Madrid without VTIMEZONE.",
    ),
    Row(
        "release_en",
        "en",
        "Asia/Singapore",
        (2026, 8, 4, 15, 0),
        30,
        "not_invitation",
        "utc",
        "Release review v2.4",
        "Meeting room Orchid",
        ("eng-calendar@merlionpay.example", "Merlion Pay Engineering"),
        "Invitation: Release review v2.4",
        "Team,\n\nRelease review for v2.4 on {day} at {time}. Invite attached.\n\nEngineering\n",
        note="Look-alike: an internal release review sent with golang-ical; no interview.",
    ),
    # second round (written after the first measurement)
    Row(
        "cn_en",
        "en",
        "Europe/Dublin",
        (2026, 9, 9, 14, 30),
        60,
        "invitation",
        "utc",
        "Interview: Platform Engineer (Go)",
        "Liffey Data, 3 Hanover Quay, Dublin 2",
        ("talent@liffeydata.example", "Byrne, Aoife (Talent: EMEA)"),
        "Interview invitation: Platform Engineer (Go)",
        "Hi Alex,\n\nWe'd love to meet you on {day} at {time} Irish time at 3 Hanover Quay, Dublin 2. Plan for an hour.\n\nAoife Byrne\nTalent, EMEA\n",
        attendee_cn="Morgan, Alex",
        note="golang-ical escapes unquoted parameter values with backslashes: CN=Byrne\\, Aoife (Talent\\: EMEA) and CN=Morgan\\, Alex (not RFC 5545 quoting); UTC times; text says 'Irish time'.",
    ),
]


# ------------------------------------------------------------------------------ icalnet45
def icalnet_make(
    fam: str, i: int, r: Row, s: datetime, e: datetime, sent: datetime
) -> tuple[str, bytes, str, str | None]:
    uid = guid(fam, r.uid_of or r.name)
    vtz: list[str] = []
    if r.shape == "vtz":
        vtz = rule_vtz(
            r.zone, s.year - 1, [f"TZID:{r.zone}", f"X-LIC-LOCATION:{r.zone}"], "icalnet"
        )
    times = [f"DTSTART;TZID={r.zone}:{wall(s)}", f"DTEND;TZID={r.zone}:{wall(e)}"]
    ev = [
        f"ATTENDEE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        *([f"DESCRIPTION:{esc(r.desc)}"] if r.desc else []),
        times[1],
        f"DTSTAMP:{z(sent)}",
        times[0],
        f"LOCATION:{esc(r.location)}",
        f"ORGANIZER;CN={r.org[1]}:mailto:{r.org[0]}",
        f"SEQUENCE:{r.seq}",
        *(["STATUS:CANCELLED"] if r.method == "CANCEL" else []),
        f"SUMMARY:{esc(r.summary)}",
        f"UID:{uid}",
    ]
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{r.method}",
        "PRODID:-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN",
        "VERSION:2.0",
        *vtz,
        "BEGIN:VEVENT",
        *ev,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    ics = join(lines, "icalnet")
    text = render_text(r, s, e)
    cal = c40.part(f"text/calendar; method={r.method}", ics.encode(), "base64")
    body = alt(
        f"{fam}{i}",
        [
            c40.part('text/plain; charset="utf-8"', text.replace("\n", "\r\n").encode(), "base64"),
            cal,
        ],
    )
    return ics, body, uid, r.method


ICALNET_ROWS = [
    Row(
        "vtz_en",
        "en",
        "America/Chicago",
        (2026, 3, 10, 13, 0),
        60,
        "invitation",
        "vtz",
        "Interview - Payroll Specialist",
        "Lakeshore Staffing, 111 W Jackson Blvd, Suite 900, Chicago, IL",
        ("scheduling@lakeshore-staffing.example", "Lakeshore Staffing Scheduling"),
        "Interview Scheduled: Payroll Specialist",
        "Hello Alex,\n\nYour interview for the Payroll Specialist position has been scheduled for {day} from {time} to {end} (Central Time), at 111 W Jackson Blvd, Suite 900.\n\nPlease accept the calendar invitation to confirm.\n\nLakeshore Staffing\n",
        desc="Interviewers: Monica Ruiz (Staffing Manager), Derek Cole (Payroll Lead). Please arrive 10 minutes early and bring two forms of ID.",
        note="Ical.Net 4 via System.Net.Mail AlternateView (text/calendar; method=REQUEST, base64): VTIMEZONE from FromDateTimeZone (X-LIC-LOCATION, RRULEs, previous year's DTSTARTs), properties in name order, SEQUENCE:0, lines Trim()med and folded at 74/73 characters; slot two days after the US March change.",
    ),
    Row(
        "tzonly_nl",
        "nl",
        "Europe/Amsterdam",
        (2026, 4, 22, 10, 0),
        45,
        "invitation",
        "tzid",
        "Sollicitatiegesprek - Junior .NET-ontwikkelaar",
        "Grachtsoft BV, Keizersgracht 221, Amsterdam",
        ("werving@grachtsoft.example", "Grachtsoft Werving"),
        "Uitnodiging sollicitatiegesprek Junior .NET-ontwikkelaar",
        "Beste Alex,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek op {day} om {time} (Nederlandse tijd) bij ons kantoor aan de Keizersgracht 221.\n\nGroet,\nFleur Jansen\n",
        note="Ical.Net with DTSTART;TZID=Europe/Amsterdam and no VTIMEZONE (calendar.AddTimeZone not called).",
    ),
    Row(
        "vtz_de",
        "de",
        "Europe/Berlin",
        (2026, 10, 27, 9, 0),
        60,
        "invitation",
        "vtz",
        "Vorstellungsgespräch Junior .NET-Entwickler (m/w/d)",
        "Rheinblick Software GmbH, Rheinuferstraße 7, Düsseldorf",
        ("bewerbung@rheinblick-sw.example", "Rheinblick Software Personal"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie zu einem Vorstellungsgespräch am {day} von {time} bis {end} Uhr ein.\n\nMit freundlichen Grüßen\nPetra Schulz\nRheinblick Software GmbH\n",
        desc="Treffpunkt: Empfang im Erdgeschoss, Rheinuferstraße 7. Gesprächspartner: Petra Schulz (Personal) und Markus Brandt (Entwicklungsleitung).",
        note="Ical.Net VTIMEZONE with RRULEs, slot two days after the October change; umlauts folded by characters (lines over 75 octets).",
    ),
    Row(
        "update_en",
        "en",
        "America/Chicago",
        (2026, 3, 12, 15, 30),
        60,
        "reschedule",
        "vtz",
        "Interview - Payroll Specialist",
        "Lakeshore Staffing, 111 W Jackson Blvd, Suite 900, Chicago, IL",
        ("scheduling@lakeshore-staffing.example", "Lakeshore Staffing Scheduling"),
        "Interview Rescheduled: Payroll Specialist",
        "Hello Alex,\n\nYour interview has been rescheduled from {old_day} at {old_time} to {day} at {time} (Central Time).\n\nLakeshore Staffing\n",
        seq=1,
        old=(2026, 3, 10, 13, 0),
        uid_of="vtz_en",
        note="Ical.Net update with SEQUENCE:1 after the app bumps it; the text shows old and new time.",
    ),
    Row(
        "cancel_sv",
        "sv",
        "Europe/Stockholm",
        (2026, 5, 7, 14, 0),
        60,
        "cancellation",
        "tzid",
        "Intervju - .NET-utvecklare",
        "Kista Science Tower, Färögatan 33",
        ("rekrytering@fjordkod.example", "Fjordkod Rekrytering"),
        "Inställd: intervju {day}",
        "Hej Alex,\n\nTyvärr måste vi ställa in intervjun {day} kl. {time}. Vi hör av oss med ett nytt förslag.\n\nHälsningar\nOskar Lind\n",
        method="CANCEL",
        note="Ical.Net METHOD:CANCEL with SEQUENCE:0 (the app did not bump it), STATUS:CANCELLED, TZID without VTIMEZONE.",
    ),
    Row(
        "training_en",
        "en",
        "America/Chicago",
        (2026, 9, 16, 9, 0),
        180,
        "not_invitation",
        "vtz",
        "Onboarding training: Timesheets",
        "Training Room B",
        ("training@lakeshore-staffing.example", "Lakeshore Training"),
        "Training session scheduled",
        "Hello,\n\nYou are enrolled in the timesheet training on {day} at {time}.\n\nLakeshore Training\n",
        note="Look-alike: an internal training session sent with Ical.Net; no interview.",
    ),
]


def check(m: Mail) -> None:
    """Re-read each calendar with python icalendar and compare to the label (TZID '/zone' as
    the zone; floating by wall clock)."""
    import icalendar

    if "start" not in m.label:
        return
    text = m.ics
    for cont in ("\r\n ", "\r\n\t"):
        text = text.replace(cont, "")
    ev = next(iter(icalendar.Calendar.from_ical(text).walk("VEVENT")))
    raw = ev["DTSTART"]
    v = raw.dt
    tzid = str(raw.params.get("TZID", "")).lstrip("/")
    if tzid:
        v = v.replace(tzinfo=ZoneInfo(tzid))
    want = datetime.fromisoformat(str(m.label["start"]))
    if v.tzinfo is None:
        assert wall(v) == wall(want), (m.name, v, want)
    else:
        assert v == want, (m.name, v, want)
        assert m.sent < v, m.name
    if "end" in m.label:
        end = ev["DTEND"].dt if "DTEND" in ev else v + ev.decoded("DURATION")
        if "DTEND" in ev and ev["DTEND"].params.get("TZID"):
            end = end.replace(tzinfo=ZoneInfo(str(ev["DTEND"].params["TZID"]).lstrip("/")))
        w = datetime.fromisoformat(str(m.label["end"]))
        assert (wall(end) == wall(w)) if end.tzinfo is None else end == w, (m.name, end, w)


def headers(m: Mail) -> bytes:
    head = [
        f"From: {c40.header_text(m.sender)}",
        f"To: {TO}",
        f"Subject: {c40.header_text(m.subject)}",
        f"Date: {format_datetime(m.sent)}",
        f"Message-ID: <{m.family}.{m.name}@calgen45.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def main() -> None:
    for fam, rows, make in (
        ("spatie45", SPATIE_ROWS, spatie_make),
        ("eluceo45", ELUCEO_ROWS, eluceo_make),
        ("icspy45", ICSPY_ROWS, icspy_make),
        ("biweekly45", BIWEEKLY_ROWS, biweekly_make),
        ("goical45", GOICAL_ROWS, goical_make),
        ("icalnet45", ICALNET_ROWS, icalnet_make),
    ):
        build(fam, rows, make)
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    for m in CASES:
        check(m)
        folder = HERE / ("heldout" if m.family in HELDOUT else "dev")
        name = f"{m.family}__{m.name}.eml"
        (folder / name).write_bytes(headers(m) + m.body)
        out = dict(m.label)
        out["language"] = m.lang
        out["source"] = {"family": m.family, "template": FAMILIES[m.family], "license": LICENSE}
        out["note"] = m.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files;", "held out:", ", ".join(sorted(HELDOUT)))


if __name__ == "__main__":
    main()
