# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the cal31 batch: calendar-bearing mail from iCalendar producers new to the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_cal31.py

Roundcube/Kolab libcalendaring iTIP (series with EXDATE, a moved override, a CANCEL of one
instance, SEQUENCE bumps with and without a moved time, COUNTER; truncated VTIMEZONEs built
from the tz database's transitions), the `ics` npm package (adamgibbons/ics: PUBLISH, UTC,
floating, DATE, DURATION, a TZID injected without VTIMEZONE, X-WR-TIMEZONE:UTC), Kopano
(Windows zone IDs and Outlook display names with and without VTIMEZONE: Santiago, Adelaide,
Kathmandu, Newfoundland, Tehran, Lord Howe, Darwin, Casablanca), ical4j/tzurl VTIMEZONEs with
odd rules (half-hour offsets and half-hour DST, southern-hemisphere Sun>=2 rules, Chatham
+12:45, Moscow's history, Morocco's Ramadan transitions) and calendar look-alikes. Held out:
Odoo (vobject, UTC, no METHOD), python-icalendar tools and a second look-alike family.

Reuses the writer of build_calquirks20.py (folding, CRLF, labels from aware datetimes, re-read
with `icalendar`); adds this batch's MIME layouts. See PROVENANCE-cal31.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parseaddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cq20", HERE / "build_calquirks20.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cq20"] = module
    spec.loader.exec_module(module)
    return module


q = _load()
cp = q.cp
c17 = q.c17
stamp, wall, label = cp.stamp, cp.wall, cp.label
ME = q.ME

SPLITS = {
    "kolab31": "dev",
    "icsjs31": "dev",
    "winzone31": "dev",
    "tzurl31": "dev",
    "calneg31": "dev",
    "odoo31": "heldout",
    "pyical31": "heldout",
    "lookho31": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
KOLAB_SRC = "Roundcube/Kolab libcalendaring iTIP: kolab/roundcubemail-plugins-kolab plugins/libcalendaring/lib/libcalendaring_itip.php (send_itip_message: text body plus the calendar as attachment 'event.ics', text/calendar; charset=UTF-8; method=<METHOD>, 8bit) and libcalendaring_vcalendar.php (PRODID '-//Roundcube libcalendaring <version>//Sabre//Sabre VObject <version>//EN'; VTIMEZONE built from PHP DateTimeZone::getTransitions() around the event, one block per transition); calendar plugin subjects/bodies ('You've been invited to', 'has been updated', 'has been canceled', 'When:', 'Invitees:') recalled, not re-read; wording ours"
TEMPLATE = {
    "kolab31": KOLAB_SRC,
    "icsjs31": "adamgibbons/ics (npm 'ics'): header 'VERSION:2.0 / CALSCALE:GREGORIAN / PRODID:adamgibbons/ics / METHOD:PUBLISH / X-PUBLISHED-TTL:PT1H', nanoid UIDs, UTC output by default, floating with startOutputType 'local', VALUE=DATE for date arrays, DURATION; seen in its README and in projects found with the code search (one replaces 'DTSTART' by 'DTSTART;TZID=Europe/Amsterdam' without adding a VTIMEZONE, one adds 'X-WR-TIMEZONE:UTC'); booking mails around it written by us",
    "winzone31": "Kopano-dev/kopano-core: libicalmapi (PRODID '-//Kopano//<version>//EN' from mapitoical.cpp; TZID from the appointment's MAPI time-zone definition, Windows IDs or Outlook display names, VTIMEZONE written or not depending on the client that created the item); MIME layout (alternative text/html/text/calendar; method=REQUEST) recalled; wording ours",
    "tzurl31": "ical4j (PRODID '-//Ben Fortuna//iCal4j 1.0//EN', net.fortuna.ical4j) with the VTIMEZONEs it bundles from tzurl.org (TZURL, X-LIC-LOCATION; 'zoneinfo-outlook' one-rule definitions and full 'zoneinfo' definitions with history); odd rules (Lord Howe half-hour DST, Santiago 'Sun>=2' via BYMONTHDAY lists, Chatham +12:45, Moscow 2010-2014, Morocco's Ramadan transitions) written from the tz database; mail wording ours",
    "calneg31": "calendar look-alikes written with the Kopano, ical4j, libcalendaring and ics-npm shapes above (a coworking room booking, a published team calendar, a flight, a doctor's appointment, a webinar, an all-hands, a first-day welcome, a gym induction); wording ours",
    "odoo31": "odoo/odoo:addons/calendar/models/calendar_event.py (_get_ics_file: vobject iCalendar, PRODID '-//PYVOBJECT//NONSGML Version 1//EN', no METHOD in recent versions, CREATED/DTSTART/DTEND in UTC via ics_datetime, all-day as DATE with the stop date equal to the start date, attached as invitation.ics); invitation and date-change template wording and the display time '<day> at (<start> To <end>) (<tz>)' recalled, not re-read",
    "pyical31": "python icalendar (collective/icalendar: Calendar/Event, the documentation's example PRODID '-//My calendar product//mxm.dk//' left in by some tools, X-WR-TIMEZONE with floating times, VTIMEZONE built from the tz database for the event's year only); scheduling mails written by us",
    "lookho31": "calendar look-alikes written with the libcalendaring, ics-npm, ical4j, Kopano and Odoo shapes (a parents' evening, a car service, a conference talk slot, a town hall, a bank advisor call); wording ours",
}
KOLAB = "-//Roundcube libcalendaring 3.5.11//Sabre//Sabre VObject 4.5.4//EN"
ICSJS = "adamgibbons/ics"
KOPANO = "-//Kopano//8.7.25//EN"
ICAL4J = "-//Ben Fortuna//iCal4j 1.0//EN"
VOBJ = "-//PYVOBJECT//NONSGML Version 1//EN"
MXDK = "-//My calendar product//mxm.dk//"
ICSJS_HEAD = ("CALSCALE:GREGORIAN",)

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def en_day(d: datetime | date) -> str:
    return f"{EN_DAYS[d.weekday()]}, {d.strftime('%B')} {d.day}, {d.year}"


def en_hm(d: datetime) -> str:
    return d.strftime("%I:%M %p").lstrip("0")


def dmy(d: datetime | date) -> str:
    return d.strftime("%d.%m.%Y")


def hm(d: datetime) -> str:
    return d.strftime("%H:%M")


def uid(fam: str, name: str) -> str:
    return str(q.uid_of(fam, name))


def neg(ics: list[str]) -> dict[str, object]:
    """Look-alike label: not_invitation plus the calendar facts (calneg30 policy)."""
    out: dict[str, object] = {"kind": "not_invitation"}
    uids = [ln.split(":", 1)[1] for ln in ics if ln.startswith("UID:")]
    if len(set(uids)) == 1:
        out["uid"] = uids[0]
        seqs = {ln.split(":", 1)[1] for ln in ics if ln.startswith("SEQUENCE:")}
        out["sequence"] = int(seqs.pop()) if len(seqs) == 1 else 0
    method = next((ln.split(":", 1)[1] for ln in ics if ln.startswith("METHOD:")), None)
    if method:
        out["method"] = method
    return out


def add(
    fam: str, name: str, ics: list[str], lab: dict[str, object], note: str, **mail: object
) -> None:
    q.add(fam, name, ics, lab, note, **mail)


# ------------------------------------------------------------------------------ VTIMEZONEs
def trans_vtz(
    iana: str, tzid: str, y0: int, y1: int, *, xlic: bool = True, tzurl: str | None = None
) -> list[str]:
    """One observance per tz-database transition in [y0, y1] (PHP getTransitions / tzurl
    'zoneinfo' shape): DTSTART is the wall time in the offset before the change."""
    zone = ZoneInfo(iana)
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if tzurl:
        out.append(f"TZURL:{tzurl}")
    if xlic:
        out.append(f"X-LIC-LOCATION:{iana}")
    t = datetime(y0, 1, 1, tzinfo=UTC)
    end = datetime(y1 + 1, 1, 1, tzinfo=UTC)
    prev = t.astimezone(zone)
    first = prev.utcoffset()
    assert first is not None
    blocks: list[tuple[datetime, timedelta, timedelta, bool, str]] = [
        (datetime(y0, 1, 1), first, first, bool(prev.dst()), str(prev.tzname()))
    ]
    while t < end:
        nxt = t + timedelta(minutes=15)
        cur = nxt.astimezone(zone)
        if cur.utcoffset() != prev.utcoffset():
            before = prev.utcoffset()
            after = cur.utcoffset()
            assert before is not None
            assert after is not None
            local = (nxt + before).replace(tzinfo=None)
            blocks.append((local, before, after, bool(cur.dst()), str(cur.tzname())))
        prev, t = cur, nxt

    def off(delta: timedelta) -> str:
        minutes = int(delta.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        minutes = abs(minutes)
        return f"{sign}{minutes // 60:02d}{minutes % 60:02d}"

    for local, before, after, dst, name in blocks:
        kind = "DAYLIGHT" if dst else "STANDARD"
        out += [f"BEGIN:{kind}", f"DTSTART:{local.strftime('%Y%m%dT%H%M%S')}"]
        out += [
            f"TZOFFSETFROM:{off(before)}",
            f"TZOFFSETTO:{off(after)}",
            f"TZNAME:{name}",
            f"END:{kind}",
        ]
    return [*out, "END:VTIMEZONE"]


def rule_vtz(
    tzid: str,
    std: tuple[str, str, str, str],
    dst: tuple[str, str, str, str],
    *,
    head: tuple[str, ...] = (),
) -> list[str]:
    """(dtstart, from, to, rrule) for STANDARD and DAYLIGHT, written by hand from the tz database."""
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", *head]
    for kind, (start, frm, to, rule) in (("STANDARD", std), ("DAYLIGHT", dst)):
        out += [
            f"BEGIN:{kind}",
            f"DTSTART:{start}",
            f"TZOFFSETFROM:{frm}",
            f"TZOFFSETTO:{to}",
            f"RRULE:{rule}",
            f"END:{kind}",
        ]
    return [*out, "END:VTIMEZONE"]


LORD_HOWE = (
    ("19700405T020000", "+1100", "+1030", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
    ("19701004T020000", "+1030", "+1100", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
)
SANTIAGO = (
    (
        "19700405T000000",
        "-0300",
        "-0400",
        "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU",
    ),
    (
        "19700906T000000",
        "-0400",
        "-0300",
        "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU",
    ),
)
CHATHAM = (
    ("19700405T034500", "+1345", "+1245", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
    ("19700927T024500", "+1245", "+1345", "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU"),
)
ADELAIDE = (
    ("19700405T030000", "+1030", "+0930", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
    ("19701004T020000", "+0930", "+1030", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
)


def exch_vtz(
    tzid: str, rules: tuple[tuple[str, str, str, str], tuple[str, str, str, str]]
) -> list[str]:
    """Exchange/Kopano shape of a two-rule zone: both blocks anchored at 1601, INTERVAL=1."""
    (s0, sf, st, sr), (d0, df, dt_, dr) = rules
    esc = tzid.replace(",", "\\,")
    return rule_vtz(
        esc,
        ("16010101T" + s0[9:], sf, st, sr.replace("YEARLY;", "YEARLY;INTERVAL=1;")),
        ("16010101T" + d0[9:], df, dt_, dr.replace("YEARLY;", "YEARLY;INTERVAL=1;")),
    )


def one_vtz(tzid: str, offset: str, anchor: str = "16010101T000000") -> list[str]:
    esc = tzid.replace(",", "\\,")
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{esc}",
        "BEGIN:STANDARD",
        f"DTSTART:{anchor}",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


# ------------------------------------------------------------------------------ events
def vev(
    uid_: str,
    s: datetime | date,
    e: datetime | date | None,
    how: str,
    summary: str,
    sent: datetime,
    *,
    org: str,
    seq: int | None = 0,
    more: tuple[str, ...] = (),
    rid: str | None = None,
    dur: str | None = None,
    attendee: str | None = "NEEDS-ACTION",
) -> list[str]:
    out: list[str] = q.vev(
        uid_,
        s,
        e,
        how,
        summary,
        sent,
        seq=seq,
        org=org,
        more=more,
        rid=rid,
        dur=dur,
        attendee=attendee,
    )
    return out


def next_occ(start: datetime, rule: str, exdates: list[datetime], sent: datetime) -> datetime:
    """The next occurrence on or after the message Date (the shared corpus's series rule)."""
    for occ in rrulestr(rule, dtstart=start):
        if occ >= sent and occ not in exdates:
            assert isinstance(occ, datetime)
            return occ
    raise AssertionError("no occurrence after the Date header")


def icsjs_cal(
    body: list[str], method: str | None = "PUBLISH", head: tuple[str, ...] = ()
) -> list[str]:
    top = ["BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN", f"PRODID:{ICSJS}"]
    if method:
        top.append(f"METHOD:{method}")
    return [*top, "X-PUBLISHED-TTL:PT1H", *head, *body, "END:VCALENDAR"]


def icsjs_ev(
    uid_: str,
    s: datetime | date,
    e: datetime | date | None,
    how: str,
    summary: str,
    sent: datetime,
    *,
    org: str | None = None,
    dur: str | None = None,
    more: tuple[str, ...] = (),
) -> list[str]:
    out = [
        "BEGIN:VEVENT",
        f"UID:{uid_}",
        f"SUMMARY:{summary}",
        f"DTSTAMP:{stamp(sent)}",
        q.dt("DTSTART", s, how),
    ]
    if dur:
        out.append(f"DURATION:{dur}")
    elif e is not None:
        out.append(q.dt("DTEND", e, how))
    if org:
        name, addr = parseaddr(org)
        out.append(f"ORGANIZER;CN={name}:MAILTO:{addr}")
    return [*out, *more, "END:VEVENT"]


def nanoid(name: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    import zlib

    n = zlib.crc32(name.encode()) * 2654435761 + len(name)
    out = ""
    for _ in range(21):
        out += alphabet[n % 64]
        n = n // 64 + zlib.crc32(out.encode())
    return out


# ------------------------------------------------------------------------------ kolab31
def kolab_text(title: str, when: str, invitees: str, head: str = "", tail: str = "") -> str:
    body = f"*{title}*\n\nWhen: {when}\n\nInvitees: {invitees}\n\n"
    return (
        head
        + body
        + (
            tail
            or "Please find attached an iCalendar file with all the event details which you can import to your calendar application.\n"
        )
    )


def kolab_when(s: datetime, e: datetime) -> str:
    return f"{s.strftime('%a')} {dmy(s)} {hm(s)} - {hm(e)} ({s.tzinfo})"


def kolab31() -> None:
    fam = "kolab31"
    mail = {"layout": "mixed", "att_name": "event.ics", "att_method": True, "cal_enc": "8bit"}
    zrh = "Europe/Zurich"

    # 1. plain REQUEST, Zurich, truncated VTIMEZONE
    org = "Nadja Frei <nadja.frei@limmat-analytics.example>"
    sent = at(2027, 2, 15, 9, 12, zrh)
    s, e = at(2027, 2, 24, 14, 0, zrh), at(2027, 2, 24, 15, 0, zrh)
    u = uid(fam, "request_zurich_en")
    ics = q.cal(
        [
            *trans_vtz(zrh, zrh, 2027, 2027),
            *vev(
                u,
                s,
                e,
                f"tz:{zrh}",
                "Interview: Data Engineer (Limmat Analytics)",
                sent,
                org=org,
                more=("STATUS:CONFIRMED", "LOCATION:Limmatquai 52\\, Zürich"),
            ),
        ],
        "REQUEST",
        KOLAB,
    )
    add(
        fam,
        "request_zurich_en",
        ics,
        label("invitation", s, e, zrh, u, 0, "REQUEST"),
        "libcalendaring REQUEST: TZID Europe/Zurich with a VTIMEZONE truncated to 2027's two transitions (PHP getTransitions shape).",
        sender=org,
        subject='You\'ve been invited to "Interview: Data Engineer (Limmat Analytics)"',
        sent=sent,
        lang="en",
        text=kolab_text(
            "Interview: Data Engineer (Limmat Analytics)",
            kolab_when(s, e),
            "Nadja Frei, Candidate",
            "Dear Ms Keller,\n\nas discussed on the phone, here is the invitation for your interview.\n\n",
        ),
        **mail,
    )

    # 2. DAILY COUNT=2 assessment, mailed before it starts -> master DTSTART
    org = "Reto Baumann <reto.baumann@alpenfracht.example>"
    sent = at(2027, 3, 8, 16, 40, zrh)
    s, e = at(2027, 3, 16, 9, 0, zrh), at(2027, 3, 16, 12, 0, zrh)
    u = uid(fam, "assessment_two_mornings_de")
    rule = "FREQ=DAILY;COUNT=2"
    nxt = next_occ(s, rule, [], sent)
    assert nxt == s
    ics = q.cal(
        [
            *trans_vtz(zrh, zrh, 2027, 2027),
            *vev(
                u,
                s,
                e,
                f"tz:{zrh}",
                "Assessment-Center Disposition (2 Vormittage)",
                sent,
                org=org,
                more=(f"RRULE:{rule}", "LOCATION:Alpenfracht AG\\, Hardturmstrasse 11\\, Zürich"),
            ),
        ],
        "REQUEST",
        KOLAB,
    )
    add(
        fam,
        "assessment_two_mornings_de",
        ics,
        label("invitation", s, e, zrh, u, 0, "REQUEST"),
        "Two-morning assessment as a DAILY;COUNT=2 series, mailed a week before: the next occurrence is the master DTSTART.",
        sender=org,
        subject="Sie wurden zu „Assessment-Center Disposition (2 Vormittage)“ eingeladen",
        sent=sent,
        lang="de",
        text=f"*Assessment-Center Disposition (2 Vormittage)*\n\nWann: {DE_DAYS[s.weekday()][:2]} {dmy(s)} {hm(s)} - {hm(e)} (Europe/Zurich), täglich, 2 Mal\n\nTeilnehmer: Reto Baumann, Candidate\n\nGuten Tag Herr Ammann,\n\nwir freuen uns, Sie an zwei Vormittagen bei uns zu begrüssen. Im Anhang finden Sie eine iCalendar-Datei mit allen Details.\n\nFreundliche Grüsse\nReto Baumann\n",
        **mail,
    )

    # 3. weekly trial sessions, one date removed (EXDATE), SEQUENCE 1, mailed after the first
    par = "Europe/Paris"
    org = "Claire Dumont <claire.dumont@atelier-lumen.example>"
    s, e = at(2027, 4, 6, 9, 0, par), at(2027, 4, 6, 12, 0, par)
    ex = at(2027, 4, 13, 9, 0, par)
    sent = at(2027, 4, 7, 11, 5, par)
    rule = "FREQ=WEEKLY;COUNT=3"
    nxt = next_occ(s, rule, [ex], sent)
    assert nxt == at(2027, 4, 20, 9, 0, par)
    u = uid(fam, "trial_weekly_exdate_fr")
    ics = q.cal(
        [
            *trans_vtz(par, par, 2027, 2027),
            *vev(
                u,
                s,
                e,
                f"tz:{par}",
                "Mise en situation – poste d'assistant(e) de production",
                sent,
                org=org,
                seq=1,
                more=(f"RRULE:{rule}", f"EXDATE;TZID={par}:{wall(ex)}"),
            ),
        ],
        "REQUEST",
        KOLAB,
    )
    add(
        fam,
        "trial_weekly_exdate_fr",
        ics,
        label(None, nxt, nxt + timedelta(hours=3), par, u, 1, "REQUEST"),
        "Weekly series of three trial mornings with the second date removed by EXDATE (SEQUENCE 1), mailed the day after the first: the next occurrence is 20 April; an update that moves nothing, so no kind.",
        sender=org,
        subject="« Mise en situation – poste d'assistant(e) de production » a été mis à jour",
        sent=sent,
        lang="fr",
        text="*Mise en situation – poste d'assistant(e) de production*\n\nQuand : mar. 06.04.2027 09:00 - 12:00 (Europe/Paris), chaque semaine, 3 fois\n\nParticipants : Claire Dumont, Candidate\n\nBonjour Monsieur Petit,\n\nl'atelier sera fermé le 13 avril : cette matinée est retirée du calendrier, les autres restent inchangées.\n\nVous trouverez en pièce jointe un fichier iCalendar avec les détails mis à jour.\n\nClaire Dumont\n",
        **mail,
    )

    # 4. two-part interview, the second part moved by an override; mailed after part one
    lon = "Europe/London"
    org = "Oliver Grant <oliver.grant@fernleaf-games.example>"
    s, e = at(2027, 5, 10, 10, 0, lon), at(2027, 5, 10, 11, 0, lon)
    rid_t = at(2027, 5, 11, 10, 0, lon)
    os_, oe = at(2027, 5, 11, 14, 0, lon), at(2027, 5, 11, 15, 0, lon)
    sent = at(2027, 5, 10, 17, 20, lon)
    u = uid(fam, "override_part_two_moved_en")
    master = vev(
        u,
        s,
        e,
        f"tz:{lon}",
        "Interview (2 parts) – Gameplay Programmer",
        sent,
        org=org,
        seq=1,
        more=("RRULE:FREQ=DAILY;COUNT=2",),
    )
    over = vev(
        u,
        os_,
        oe,
        f"tz:{lon}",
        "Interview (2 parts) – Gameplay Programmer",
        sent,
        org=org,
        seq=1,
        rid=f"RECURRENCE-ID;TZID={lon}:{wall(rid_t)}",
    )
    ics = q.cal([*trans_vtz(lon, lon, 2027, 2027), *master, *over], "REQUEST", KOLAB)
    add(
        fam,
        "override_part_two_moved_en",
        ics,
        label("reschedule", os_, oe, lon, u, 1, "REQUEST"),
        "Master (DAILY;COUNT=2) plus an override moving part two from 10:00 to 14:00, mailed after part one: the next occurrence is the moved override.",
        sender=org,
        subject='"Interview (2 parts) – Gameplay Programmer" has been updated',
        sent=sent,
        lang="en",
        text=kolab_text(
            "Interview (2 parts) – Gameplay Programmer",
            kolab_when(s, e) + ", daily, 2 times",
            "Oliver Grant, Candidate",
            "Hi Sam,\n\nthanks for today. Tomorrow's part two is moved from 10:00 to 14:00 (same room).\n\n",
            "Please find attached an iCalendar file with the updated event details which you can import to your calendar application.\n",
        ),
        **mail,
        series=True,
    )

    # 5. CANCEL of one instance (RECURRENCE-ID only)
    ber = "Europe/Berlin"
    org = "Jana Krüger <j.krueger@holzwerk-nord.example>"
    day2 = at(2027, 6, 15, 8, 0, ber)
    sent = at(2027, 6, 11, 13, 30, ber)
    u = uid(fam, "cancel_trial_day_two_de")
    ics = q.cal(
        [
            *trans_vtz(ber, ber, 2027, 2027),
            *vev(
                u,
                day2,
                day2 + timedelta(hours=8),
                f"tz:{ber}",
                "Probearbeit Schreinerei",
                sent,
                org=org,
                seq=1,
                rid=f"RECURRENCE-ID;TZID={ber}:{wall(day2)}",
                more=("STATUS:CANCELLED",),
            ),
        ],
        "CANCEL",
        KOLAB,
    )
    add(
        fam,
        "cancel_trial_day_two_de",
        ics,
        label("cancellation", day2, day2 + timedelta(hours=8), ber, u, 1, "CANCEL"),
        "CANCEL of one instance of a two-day trial (RECURRENCE-ID 15 June 08:00, STATUS:CANCELLED); the first day stays.",
        sender=org,
        subject="„Probearbeit Schreinerei“ wurde abgesagt",
        sent=sent,
        lang="de",
        text=f"*Probearbeit Schreinerei*\n\nWann: Di {dmy(day2)} 08:00 - 16:00 (Europe/Berlin)\n\nTeilnehmer: Jana Krüger, Candidate\n\nDer Termin wurde von Jana Krüger abgesagt.\n\nHallo Herr Brandt, der zweite Tag entfällt leider, der erste Tag (Montag) bleibt wie geplant.\n",
        **mail,
    )

    # 6. REQUEST SEQUENCE 2 with a moved time
    rom = "Europe/Rome"
    org = "Giulia Marchetti <giulia.marchetti@vetreria-sole.example>"
    s, e = at(2027, 3, 30, 15, 30, rom), at(2027, 3, 30, 16, 15, rom)
    sent = at(2027, 3, 24, 10, 2, rom)
    u = uid(fam, "moved_seq2_it")
    ics = q.cal(
        [
            *trans_vtz(rom, rom, 2027, 2027),
            *vev(u, s, e, f"tz:{rom}", "Colloquio – Responsabile qualità", sent, org=org, seq=2),
        ],
        "REQUEST",
        KOLAB,
    )
    add(
        fam,
        "moved_seq2_it",
        ics,
        label("reschedule", s, e, rom, u, 2, "REQUEST"),
        "SEQUENCE 2 update sent in CET for a CEST slot; the text says the interview moved from 10:00 to 15:30 the same day.",
        sender=org,
        subject="«Colloquio – Responsabile qualità» è stato aggiornato",
        sent=sent,
        lang="it",
        text=f"*Colloquio – Responsabile qualità*\n\nQuando: {IT_DAYS[s.weekday()][:3]} {dmy(s)} {hm(s)} - {hm(e)} (Europe/Rome)\n\nPartecipanti: Giulia Marchetti, Candidate\n\nGentile dott.ssa Ferri,\n\nil colloquio è stato spostato dalle 10:00 alle 15:30, stesso giorno.\n\nIn allegato trova il file iCalendar aggiornato.\n",
        **mail,
    )

    # 7. REQUEST SEQUENCE 1, same time, text does not say what changed
    org = "Nadja Frei <nadja.frei@limmat-analytics.example>"
    s, e = at(2027, 4, 20, 11, 0, zrh), at(2027, 4, 20, 12, 0, zrh)
    sent = at(2027, 4, 14, 8, 45, zrh)
    u = uid(fam, "update_unspecified_en")
    ics = q.cal(
        [
            *trans_vtz(zrh, zrh, 2027, 2027),
            *vev(
                u,
                s,
                e,
                f"tz:{zrh}",
                "Second interview – Analytics Lead",
                sent,
                org=org,
                seq=1,
                more=("LOCATION:Room Sihl\\, 3rd floor",),
            ),
        ],
        "REQUEST",
        KOLAB,
    )
    add(
        fam,
        "update_unspecified_en",
        ics,
        label(None, s, e, zrh, u, 1, "REQUEST"),
        "SEQUENCE 1 'has been updated' notice that does not say what changed: slot labelled, no kind.",
        sender=org,
        subject='"Second interview – Analytics Lead" has been updated',
        sent=sent,
        lang="en",
        text=kolab_text(
            "Second interview – Analytics Lead",
            kolab_when(s, e),
            "Nadja Frei, Candidate",
            "",
            "Please find attached an iCalendar file with the updated event details which you can import to your calendar application.\n",
        ),
        **mail,
    )

    # 8. COUNTER sent by the candidate
    war = "Europe/Warsaw"
    org = "Marta Nowak <marta.nowak@wisla-logistyka.example>"
    s, e = at(2027, 5, 19, 13, 0, war), at(2027, 5, 19, 14, 0, war)
    sent = at(2027, 5, 12, 19, 3, war)
    u = uid(fam, "counter_proposal_en")
    ev = [
        "BEGIN:VEVENT",
        f"UID:{u}",
        f"DTSTAMP:{stamp(sent)}",
        f"DTSTART;TZID={war}:{wall(s)}",
        f"DTEND;TZID={war}:{wall(e)}",
        "SEQUENCE:0",
        "SUMMARY:Interview – Supply Chain Analyst",
        f"ORGANIZER;CN=Marta Nowak:mailto:{parseaddr(org)[1]}",
        f"ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Candidate:mailto:{ME}",
        "COMMENT:Could we do Wednesday afternoon instead?",
        "END:VEVENT",
    ]
    ics = q.cal([*trans_vtz(war, war, 2027, 2027), *ev], "COUNTER", KOLAB)
    add(
        fam,
        "counter_proposal_en",
        ics,
        label("reply", s, e, war, u, 0, "COUNTER"),
        "The candidate's own libcalendaring counter-proposal (METHOD:COUNTER); DTSTART is the proposed slot; labelled reply.",
        sender="Candidate <candidate@inbox.example>",
        subject='Counter proposal for "Interview – Supply Chain Analyst"',
        sent=sent,
        lang="en",
        text=f"Candidate has proposed a change to the following event:\n\n*Interview – Supply Chain Analyst*\n\nWhen: {kolab_when(s, e)}\n\nComment: Could we do Wednesday afternoon instead?\n",
        **mail,
    )


# ------------------------------------------------------------------------------ icsjs31
def icsjs31() -> None:
    fam = "icsjs31"
    mail = {"layout": "mixed", "att_name": "invite.ics", "html": True}

    # 1. booking page confirmation, UTC + IANA zone in the text
    chi = "America/Chicago"
    org = "Hartwell Labs Recruiting <recruiting@hartwell-labs.example>"
    sent = at(2027, 3, 4, 10, 15, chi)
    s, e = at(2027, 3, 18, 15, 0, chi), at(2027, 3, 18, 15, 45, chi)
    u = nanoid("booked_utc_chicago_en")
    ics = icsjs_cal(
        icsjs_ev(
            u,
            s,
            e,
            "utc",
            "Interview: Hartwell Labs × Candidate",
            sent,
            org=org,
            more=("STATUS:CONFIRMED",),
        )
    )
    add(
        fam,
        "booked_utc_chicago_en",
        ics,
        label("invitation", s, e, chi, u, 0, "PUBLISH"),
        "ics-npm PUBLISH with UTC times (20:00Z, CDT after the 14 March change); the booking text names America/Chicago.",
        sender=org,
        subject="Your interview with Hartwell Labs is booked",
        sent=sent,
        lang="en",
        text=f"Hi Jordan,\n\nyour interview is booked.\n\nWhen: {en_day(s)}, {en_hm(s)} - {en_hm(e)} (America/Chicago)\nWhere: video call, link in the calendar file\n\nAdd it to your calendar with the attached invite.ics.\n\nHartwell Labs Recruiting\n",
        **mail,
    )

    # 2. floating times, no zone anywhere
    ber = "Europe/Berlin"
    org = "Kanzlei Roth & Partner <bewerbung@roth-partner.example>"
    sent = at(2027, 3, 9, 14, 0, ber)
    s, e = at(2027, 3, 18, 10, 0, ber), at(2027, 3, 18, 10, 45, ber)
    u = nanoid("floating_de")
    ics = icsjs_cal(
        icsjs_ev(u, s, e, "float", "Vorstellungsgespräch Kanzlei Roth & Partner", sent, org=org)
    )
    add(
        fam,
        "floating_de",
        ics,
        label("invitation", s, e, None, u, 0, "PUBLISH", floating_sent=sent),
        "ics-npm with startOutputType 'local': floating DTSTART/DTEND; neither text nor calendar names a zone (tz_stated false).",
        sender=org,
        subject="Terminbestätigung: Vorstellungsgespräch",
        sent=sent,
        lang="de",
        text=f"Sehr geehrte Frau Lehmann,\n\nhiermit bestätigen wir Ihren Termin:\n\n{DE_DAYS[s.weekday()]}, {dmy(s)}, {hm(s)}–{hm(e)} Uhr\nKanzlei Roth & Partner, Schillerstraße 4, 2. OG\n\nDie Kalenderdatei finden Sie im Anhang.\n\nMit freundlichen Grüßen\nSekretariat\n",
        **mail,
    )

    # 3. TZID injected without a VTIMEZONE
    ams = "Europe/Amsterdam"
    org = "Planning Groenhuys <planning@groenhuys-zorg.example>"
    sent = at(2027, 3, 22, 9, 30, ams)
    s, e = at(2027, 3, 30, 13, 30, ams), at(2027, 3, 30, 14, 30, ams)
    u = nanoid("tzid_without_vtimezone_nl")
    ics = icsjs_cal(
        icsjs_ev(u, s, e, f"tz:{ams}", "Sollicitatiegesprek Groenhuys Zorg", sent, org=org),
        head=("X-WR-CALNAME:Groenhuys sollicitaties",),
    )
    add(
        fam,
        "tzid_without_vtimezone_nl",
        ics,
        label("invitation", s, e, ams, u, 0, "PUBLISH"),
        "ics-npm output post-edited to 'DTSTART;TZID=Europe/Amsterdam' without adding a VTIMEZONE (IANA TZID -> tz database); slot after the 28 March change.",
        sender=org,
        subject="Uitnodiging sollicitatiegesprek",
        sent=sent,
        lang="nl",
        text=f"Beste Sanne,\n\nHierbij nodigen wij je uit voor een sollicitatiegesprek op {NL_DAYS[s.weekday()]} {s.day} maart om {hm(s)} uur. In de bijlage vind je de agenda-uitnodiging.\n\nMet vriendelijke groet,\nTeam Planning\n",
        **mail,
    )

    # 4. all-day DATE values
    par = "Europe/Paris"
    org = "Maison Bellerive RH <rh@maison-bellerive.example>"
    sent = at(2027, 4, 1, 11, 0, par)
    d0, d1 = date(2027, 4, 12), date(2027, 4, 13)
    u = nanoid("allday_immersion_fr")
    ics = icsjs_cal(
        icsjs_ev(u, d0, d1, "date", "Journée d'immersion – Maison Bellerive", sent, org=org)
    )
    add(
        fam,
        "allday_immersion_fr",
        ics,
        label("invitation", d0, d1, None, u, 0, "PUBLISH"),
        "ics-npm date arrays: DTSTART/DTEND VALUE=DATE (exclusive end), a one-day immersion day.",
        sender=org,
        subject="Votre journée d'immersion le lundi 12 avril",
        sent=sent,
        lang="fr",
        text=f"Bonjour Léa,\n\nnous avons le plaisir de vous accueillir pour une journée d'immersion le {FR_DAYS[d0.weekday()]} 12 avril 2027 dans notre atelier. Le fichier de calendrier est joint.\n\nÀ bientôt,\nL'équipe RH\n",
        **mail,
    )

    # 5. DURATION with UTC start
    mad = "Europe/Madrid"
    org = "Talento Nubia <talento@nubia-energia.example>"
    sent = at(2027, 5, 3, 9, 0, mad)
    s = at(2027, 5, 11, 12, 0, mad)
    u = nanoid("duration_utc_es")
    ics = icsjs_cal(
        icsjs_ev(
            u, s, None, "utc", "Entrevista – Técnico/a de mantenimiento", sent, org=org, dur="PT45M"
        )
    )
    add(
        fam,
        "duration_utc_es",
        ics,
        label("invitation", s, s + timedelta(minutes=45), None, u, 0, "PUBLISH"),
        "ics-npm with a duration object: DURATION:PT45M beside a UTC DTSTART (10:00Z); the text names no zone.",
        sender=org,
        subject="Confirmación de tu entrevista",
        sent=sent,
        lang="es",
        text=f"Hola Pablo:\n\nTu entrevista está confirmada para el {ES_DAYS[s.weekday()]} 11 de mayo a las 12:00 (45 minutos). Adjuntamos el archivo de calendario.\n\nUn saludo,\nEquipo de Talento\n",
        **mail,
    )

    # 6. X-WR-TIMEZONE:UTC header with UTC times
    sp = "America/Sao_Paulo"
    org = "Recrutamento Vale Verde <vagas@valeverde-agro.example>"
    sent = at(2027, 6, 1, 10, 0, sp)
    s, e = at(2027, 6, 9, 15, 0, sp), at(2027, 6, 9, 16, 0, sp)
    u = nanoid("xwr_utc_pt")
    ics = icsjs_cal(
        icsjs_ev(u, s, e, "utc", "Entrevista – Analista de Dados", sent, org=org),
        head=("X-WR-CALNAME:Entrevistas Vale Verde", "X-WR-TIMEZONE:UTC"),
    )
    add(
        fam,
        "xwr_utc_pt",
        ics,
        label("invitation", s, e, None, u, 0, "PUBLISH"),
        "ics-npm output with 'X-WR-TIMEZONE:UTC' added to the header; UTC times (18:00Z); no zone name.",
        sender=org,
        subject="Convite: entrevista para Analista de Dados",
        sent=sent,
        lang="pt-BR",
        text="Olá, Beatriz!\n\nSua entrevista está marcada para quarta-feira, 9 de junho, às 15h. O convite de calendário segue em anexo.\n\nAbraços,\nEquipe de Recrutamento\n",
        **mail,
    )

    # 7. floating + X-WR-TIMEZONE
    lon = "Europe/London"
    org = "Brightwater Studio <hello@brightwater-studio.example>"
    sent = at(2027, 3, 24, 12, 0, lon)
    s, e = at(2027, 4, 1, 9, 30, lon), at(2027, 4, 1, 10, 15, lon)
    u = nanoid("floating_xwr_london_en")
    ics = icsjs_cal(
        icsjs_ev(u, s, e, "float", "Portfolio review – Junior Designer", sent, org=org),
        head=("X-WR-TIMEZONE:Europe/London",),
    )
    add(
        fam,
        "floating_xwr_london_en",
        ics,
        label("invitation", s, e, lon, u, 0, "PUBLISH"),
        "Floating times with X-WR-TIMEZONE:Europe/London, mailed in GMT for a slot in BST (first week after the change).",
        sender=org,
        subject="Portfolio review booked",
        sent=sent,
        lang="en",
        text=f"Hi Priya,\n\nlovely to hear from you. You're booked in for a portfolio review (your interview with us) on {en_day(s)} at 9:30am, 45 minutes. The calendar file is attached.\n\nBrightwater Studio\n",
        **mail,
    )


# ------------------------------------------------------------------------------ winzone31
def kopano_text(lines: list[str], body: str) -> str:
    return "\n".join(lines) + "\n\n" + body


def winzone31() -> None:
    fam = "winzone31"
    mail = {"layout": "alt", "html": True}
    rows = [
        # name, iana, tzid, vtz, start, sent, minutes, org, summary, lang, subject, text, note
        (
            "santiago_winid_novtz_es",
            "America/Santiago",
            "Pacific SA Standard Time",
            None,
            (2027, 4, 6, 10, 0),
            (2027, 3, 30, 12, 0),
            60,
            "Camila Rojas <camila.rojas@andes-mineria.example>",
            "Entrevista – Ingeniero/a de procesos",
            "es",
            "Invitación: Entrevista – Ingeniero/a de procesos",
            "Hola Matías:\n\nTe envío la invitación para la entrevista del martes 6 de abril a las 10:00 en nuestras oficinas de Las Condes.\n\nSaludos,\nCamila\n",
            "Windows ID 'Pacific SA Standard Time' without VTIMEZONE (CLDR -> America/Santiago); sent at -03:00, slot after the 4 April change to -04:00.",
        ),
        (
            "adelaide_display_vtz_en",
            "Australia/Adelaide",
            "(UTC+09:30) Adelaide",
            "adelaide",
            (2027, 10, 5, 9, 30),
            (2027, 9, 28, 15, 0),
            45,
            "Ruby Walsh <ruby.walsh@saltbush-water.example>",
            "Interview – Asset Engineer",
            "en",
            "Interview – Asset Engineer",
            "Hi Liam,\n\nPlease find the interview invite for Tuesday morning. We're on Level 4, 25 Grenfell St.\n\nCheers,\nRuby\n",
            "Outlook display name '(UTC+09:30) Adelaide' with an Exchange-shaped VTIMEZONE; sent at +09:30, slot after the 3 October change to +10:30.",
        ),
        (
            "kathmandu_winid_novtz_en",
            "Asia/Kathmandu",
            "Nepal Standard Time",
            None,
            (2027, 2, 17, 11, 15),
            (2027, 2, 10, 16, 0),
            45,
            "Sushma Shrestha <sushma@himal-softworks.example>",
            "Technical interview – Mobile Developer",
            "en",
            "Technical interview – Mobile Developer",
            "Dear Aarav,\n\nThank you for your application. Please accept the attached invite for the technical interview.\n\nBest regards,\nSushma\n",
            "Windows ID 'Nepal Standard Time' without VTIMEZONE: +05:45.",
        ),
        (
            "newfoundland_display_novtz_en",
            "America/St_Johns",
            "(UTC-03:30) Newfoundland",
            None,
            (2027, 11, 9, 9, 30),
            (2027, 11, 2, 10, 0),
            60,
            "Fiona Murphy <fiona.murphy@capespear-fisheries.example>",
            "Interview – Operations Coordinator",
            "en",
            "Interview – Operations Coordinator",
            "Hi Connor,\n\nHere is the invitation for your interview next Tuesday at our Water Street office.\n\nThanks,\nFiona\n",
            "Outlook display name '(UTC-03:30) Newfoundland' without VTIMEZONE (CLDR 'Newfoundland Standard Time' -> America/St_Johns); slot after the 7 November change, -03:30.",
        ),
        (
            "tehran_winid_novtz_en",
            "Asia/Tehran",
            "Iran Standard Time",
            None,
            (2027, 6, 22, 10, 0),
            (2027, 6, 14, 9, 0),
            60,
            "Sara Karimi <sara.karimi@zagros-pharma.example>",
            "Interview – QA Specialist",
            "en",
            "Interview – QA Specialist",
            "Dear Reza,\n\nPlease find attached the invitation for your interview at our Tehran office.\n\nKind regards,\nSara\n",
            "Windows ID 'Iran Standard Time' without VTIMEZONE: +03:30 in June (Iran has had no DST since 2022).",
        ),
        (
            "lordhowe_winid_vtz_en",
            "Australia/Lord_Howe",
            "Lord Howe Standard Time",
            "lordhowe",
            (2027, 10, 12, 11, 0),
            (2027, 9, 29, 14, 0),
            30,
            "Grace Nolan <grace.nolan@islandlodge.example>",
            "Phone interview – Lodge Manager",
            "en",
            "Phone interview – Lodge Manager",
            "Hi Ella,\n\nAs discussed, a 30-minute phone interview. Invite attached.\n\nGrace\n",
            "Windows ID 'Lord Howe Standard Time' with an Exchange-shaped VTIMEZONE: half-hour DST (+10:30 -> +11:00 on 3 October).",
        ),
        (
            "darwin_olddisplay_vtz_en",
            "Australia/Darwin",
            "(GMT+09:30) Darwin",
            "darwin",
            (2027, 7, 14, 8, 30),
            (2027, 7, 6, 13, 0),
            60,
            "Mick O'Brien <mick.obrien@topend-freight.example>",
            "Interview – Depot Supervisor",
            "en",
            "Interview – Depot Supervisor",
            "G'day Jack,\n\nInvite attached for the interview at the Winnellie depot.\n\nMick\n",
            "Old-style Outlook display name '(GMT+09:30) Darwin' (CLDR 'AUS Central Standard Time' -> Australia/Darwin) with a single-STANDARD VTIMEZONE.",
        ),
        (
            "casablanca_winid_novtz_fr",
            "Africa/Casablanca",
            "Morocco Standard Time",
            None,
            (2027, 2, 23, 10, 0),
            (2027, 2, 15, 11, 0),
            60,
            "Salma Bennani <salma.bennani@atlas-textile.example>",
            "Entretien – Contrôleur de gestion",
            "fr",
            "Invitation : Entretien – Contrôleur de gestion",
            "Bonjour Monsieur Alaoui,\n\nVeuillez trouver ci-joint l'invitation à l'entretien dans nos locaux de Casablanca.\n\nCordialement,\nSalma Bennani\n",
            "Windows ID 'Morocco Standard Time' without VTIMEZONE: during Ramadan 2027 the tz database puts Casablanca at +00:00 (normally +01:00).",
        ),
    ]
    for name, iana, tzid, vkind, st, se, minutes, org, summary, lang, subject, text, note in rows:
        s = at(*st, iana)  # type: ignore[misc]
        e = s + timedelta(minutes=minutes)
        sent = at(*se, iana)  # type: ignore[misc]
        u = q.exuid("cal31" + name)
        vtz: list[str] = []
        if vkind == "adelaide":
            vtz = exch_vtz(tzid, ADELAIDE)
        elif vkind == "lordhowe":
            vtz = exch_vtz(tzid, LORD_HOWE)
        elif vkind == "darwin":
            vtz = one_vtz(tzid, "+0930")
        how = f"qtz:{tzid}" if "," in tzid or "(" in tzid else f"tz:{tzid}"
        ev = vev(
            u,
            s,
            e,
            how,
            summary,
            sent,
            org=org,
            more=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "TRANSP:OPAQUE"),
        )
        ics = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{KOPANO}",
            "CALSCALE:GREGORIAN",
            "METHOD:REQUEST",
            *vtz,
            *ev,
            "END:VCALENDAR",
        ]
        when = f"{s.strftime('%A, %d %B %Y')} {hm(s)}-{hm(e)} {tzid}"
        add(
            fam,
            name,
            ics,
            label("invitation", s, e, iana, u, 0, "REQUEST"),
            note,
            sender=org,
            subject=subject,
            sent=sent,
            lang=lang,
            text=kopano_text([f"When: {when}"], text) if lang == "en" else text,
            **mail,
        )


# ------------------------------------------------------------------------------ tzurl31
def tzurl31() -> None:
    fam = "tzurl31"
    mail = {"layout": "mixed", "att_name": "invite.ics", "att_method": True}
    rows = [
        (
            "adelaide_tzurl_en",
            "Australia/Adelaide",
            "rules",
            ADELAIDE,
            (2027, 4, 6, 10, 0),
            (2027, 3, 29, 16, 0),
            60,
            "Hamish Reid <hamish.reid@southgate-wines.example>",
            "Interview – Cellar Door Manager",
            "en",
            "Hi Zoe,\n\nThanks for your time last week. Attached is the invite for the panel interview at the winery.\n\nHamish\n",
            "ical4j REQUEST with tzurl's one-rule Australia/Adelaide VTIMEZONE (+09:30/+10:30); sent in ACDT, slot after the 4 April change to ACST.",
        ),
        (
            "lordhowe_tzurl_en",
            "Australia/Lord_Howe",
            "rules",
            LORD_HOWE,
            (2027, 10, 12, 14, 0),
            (2027, 10, 1, 9, 0),
            45,
            "Grace Nolan <grace.nolan@islandlodge.example>",
            "Video interview – Guest Services",
            "en",
            "Hi Noah,\n\nHere's the video interview invite. The island runs half an hour ahead of Sydney in summer, so the calendar file carries our zone.\n\nGrace\n",
            "Australia/Lord_Howe VTIMEZONE with a half-hour DST shift (+10:30 -> +11:00 on 3 October); sent before the change, slot after.",
        ),
        (
            "santiago_tzurl_es",
            "America/Santiago",
            "rules",
            SANTIAGO,
            (2027, 9, 7, 16, 0),
            (2027, 8, 30, 10, 0),
            60,
            "Valentina Soto <valentina.soto@puerto-austral.example>",
            "Entrevista – Analista financiero",
            "es",
            "Estimado Tomás:\n\nAdjunto la invitación para la entrevista del martes 7 de septiembre a las 16:00.\n\nSaludos cordiales,\nValentina\n",
            "America/Santiago VTIMEZONE with the 'Sun>=2' rules as BYMONTHDAY lists; DST from 5 September 2027 (-03:00), mailed at -04:00.",
        ),
        (
            "chatham_tzurl_en",
            "Pacific/Chatham",
            "rules",
            CHATHAM,
            (2027, 10, 6, 10, 0),
            (2027, 9, 20, 11, 0),
            60,
            "Aroha Parata <aroha.parata@chatham-seafoods.example>",
            "Interview – Processing Supervisor",
            "en",
            "Kia ora Mason,\n\nInvite attached for your interview at the Waitangi plant.\n\nNgā mihi,\nAroha\n",
            "Pacific/Chatham VTIMEZONE (+12:45/+13:45); slot after the 26 September change.",
        ),
        (
            "moscow_history_ru",
            "Europe/Moscow",
            "trans",
            None,
            (2027, 6, 15, 11, 0),
            (2027, 6, 7, 12, 0),
            60,
            "Анна Соколова <a.sokolova@severstal-it.example>",
            "Собеседование – Java-разработчик",
            "ru",
            "Добрый день, Дмитрий!\n\nПриглашаем вас на собеседование. Приглашение во вложении.\n\nС уважением,\nАнна Соколова\n",
            "Full tzurl-style Europe/Moscow VTIMEZONE with history (2010 DST, 2011 permanent +04, 2014 back to +03): the last observance before the slot is +03:00.",
        ),
        (
            "casablanca_rdate_fr",
            "Africa/Casablanca",
            "trans",
            None,
            (2027, 2, 23, 14, 0),
            (2027, 2, 12, 10, 0),
            45,
            "Youssef El Idrissi <y.elidrissi@atlas-logiciels.example>",
            "Entretien – Développeur backend",
            "fr",
            "Bonjour Madame Tazi,\n\nVous trouverez ci-joint l'invitation pour l'entretien du mardi 23 février à 14h00.\n\nCordialement,\nYoussef El Idrissi\n",
            "Africa/Casablanca VTIMEZONE with one observance per transition (Ramadan 2027: +01:00 -> +00:00 on 7 February, back on 14 March); slot at +00:00.",
        ),
    ]
    for name, iana, vkind, rules, st, se, minutes, org, summary, lang, text, note in rows:
        s = at(*st, iana)  # type: ignore[misc]
        e = s + timedelta(minutes=minutes)
        sent = at(*se, iana)  # type: ignore[misc]
        u = uid(fam, name)
        head = (f"TZURL:http://tzurl.org/zoneinfo-outlook/{iana}", f"X-LIC-LOCATION:{iana}")
        if vkind == "rules":
            vtz = rule_vtz(iana, rules[0], rules[1], head=head)  # type: ignore[index]
        else:
            vtz = trans_vtz(
                iana,
                iana,
                2010 if "Moscow" in iana else 2026,
                2027,
                tzurl=f"http://tzurl.org/zoneinfo/{iana}",
            )
        ev = vev(u, s, e, f"tz:{iana}", summary, sent, org=org)
        ics = [
            "BEGIN:VCALENDAR",
            f"PRODID:{ICAL4J}",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:REQUEST",
            *vtz,
            *ev,
            "END:VCALENDAR",
        ]
        add(
            fam,
            name,
            ics,
            label("invitation", s, e, iana, u, 0, "REQUEST"),
            note,
            sender=org,
            subject=summary,
            sent=sent,
            lang=lang,
            text=text,
            **mail,
        )


# ------------------------------------------------------------------------------ calneg31
def calneg31() -> None:
    fam = "calneg31"
    att = {"layout": "mixed", "att_name": "invite.ics", "html": True}

    # coworking room booking the reader made for a remote interview
    ber = "Europe/Berlin"
    sent = at(2027, 3, 10, 18, 2, ber)
    s, e = at(2027, 3, 16, 9, 30, ber), at(2027, 3, 16, 11, 0, ber)
    ics = icsjs_cal(
        icsjs_ev(
            nanoid("room_booking_cowork_de"),
            s,
            e,
            "utc",
            "Buchung: Telefonbox 3 – Spreeloft Coworking",
            sent,
            org="Spreeloft Coworking <buchung@spreeloft.example>",
        )
    )
    add(
        fam,
        "room_booking_cowork_de",
        ics,
        neg(ics),
        "A coworking space confirms the phone booth the reader booked (for a video interview elsewhere): a room booking, not the invitation.",
        sender="Spreeloft Coworking <buchung@spreeloft.example>",
        subject="Buchungsbestätigung Telefonbox 3 – Di, 16.03.2027",
        sent=sent,
        lang="de",
        text="Hallo Jonas,\n\ndeine Buchung ist bestätigt:\n\nRaum: Telefonbox 3\nDatum: Dienstag, 16.03.2027\nZeit: 09:30–11:00\nBuchungsnummer: SPL-44817\n\nViel Erfolg bei deinem Vorstellungsgespräch! Stornierung bis 24 Stunden vorher kostenlos.\n\nDein Spreeloft-Team\n",
        **att,
    )

    # published team calendar (several events)
    lon = "Europe/London"
    sent = at(2027, 4, 1, 9, 0, lon)
    evs: list[str] = []
    for i, (d, h, title) in enumerate(
        [
            (6, 10, "Sprint planning"),
            (8, 15, "Design review"),
            (13, 10, "Sprint planning"),
            (16, 16, "Team retro"),
        ]
    ):
        st = at(2027, 4, d, h, 0, lon)
        evs += [
            "BEGIN:VEVENT",
            f"UID:team-cal-{i}-platform@northlight.example",
            f"DTSTAMP:{stamp(sent)}",
            f"DTSTART;TZID={lon}:{wall(st)}",
            f"DTEND;TZID={lon}:{wall(st + timedelta(hours=1))}",
            f"SUMMARY:{title}",
            "END:VEVENT",
        ]
    ics = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ICAL4J}",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Platform team – rituals",
        *trans_vtz(lon, lon, 2027, 2027),
        *evs,
        "END:VCALENDAR",
    ]
    add(
        fam,
        "team_calendar_publish_en",
        ics,
        neg(ics),
        "A manager shares the team's published calendar (four PUBLISH events) with a new starter: nothing for an interview.",
        sender="Ben Carter <ben.carter@northlight.example>",
        subject="Team calendar for April",
        sent=sent,
        lang="en",
        text="Hi all,\n\nattached is the platform team's calendar for April so you can import our rituals. Sprint planning moved to Tuesdays 10:00.\n\nBen\n",
        **att,
    )

    # flight
    sent = at(2027, 5, 2, 20, 11, "Europe/Zurich")
    s = at(2027, 5, 18, 7, 5, "Europe/Zurich")
    e = at(2027, 5, 18, 8, 55, "Europe/Lisbon")
    ics = icsjs_cal(
        icsjs_ev(
            nanoid("flight_itinerary_en"),
            s,
            e,
            "utc",
            "Flight LX 2084 Zurich (ZRH) → Lisbon (LIS)",
            sent,
            more=("LOCATION:Zurich Airport\\, Terminal 1",),
        )
    )
    add(
        fam,
        "flight_itinerary_en",
        ics,
        neg(ics),
        "An airline's e-ticket with an .ics for the flight the reader takes to an interview trip: travel, not an invitation.",
        sender="Swissline Booking <noreply@swissline-air.example>",
        subject="Your e-ticket: ZRH → LIS on 18 May 2027",
        sent=sent,
        lang="en",
        text="Dear Mr Weber,\n\nthank you for booking with us.\n\nFlight LX 2084, Tuesday 18 May 2027\nDeparture Zurich (ZRH) 07:05, arrival Lisbon (LIS) 08:55\nBooking reference: Q7KX2M\n\nOnline check-in opens 23 hours before departure. Add the flight to your calendar with the attachment.\n",
        **att,
    )

    # doctor's appointment (floating)
    par = "Europe/Paris"
    sent = at(2027, 4, 20, 8, 30, par)
    s, e = at(2027, 4, 27, 17, 40, par), at(2027, 4, 27, 18, 0, par)
    ics = icsjs_cal(
        icsjs_ev(
            nanoid("doctor_appointment_fr"),
            s,
            e,
            "float",
            "RDV Dr Martin – médecine générale",
            sent,
        )
    )
    add(
        fam,
        "doctor_appointment_fr",
        ics,
        neg(ics),
        "A medical booking platform confirms a GP appointment (floating times): not an interview.",
        sender="Rendez-vous Santé <no-reply@rdv-sante.example>",
        subject="Rendez-vous confirmé le mardi 27 avril à 17:40",
        sent=sent,
        lang="fr",
        text="Bonjour Camille,\n\nvotre rendez-vous est confirmé :\n\nDr Hélène Martin, médecine générale\nmardi 27 avril 2027 à 17:40\n12 rue des Lilas, Lyon\n\nPensez à apporter votre carte Vitale. Pour annuler, utilisez votre espace patient.\n",
        **att,
    )

    # webinar with 'entrevista' in the title
    mad = "Europe/Madrid"
    sent = at(2027, 5, 5, 12, 0, mad)
    s, e = at(2027, 5, 13, 18, 0, mad), at(2027, 5, 13, 19, 0, mad)
    u = uid(fam, "webinar_interview_tips_es")
    ev = vev(
        u,
        s,
        e,
        "utc",
        "Webinar: Cómo preparar tu entrevista de trabajo",
        sent,
        org="Comunidad Empleo Joven <eventos@empleojoven.example>",
    )
    ics = q.cal(ev, "REQUEST", ICAL4J)
    add(
        fam,
        "webinar_interview_tips_es",
        ics,
        neg(ics),
        "Registration for a public webinar about preparing job interviews (REQUEST to every registrant): not the reader's interview.",
        sender="Comunidad Empleo Joven <eventos@empleojoven.example>",
        subject="Tu plaza: Webinar «Cómo preparar tu entrevista de trabajo»",
        sent=sent,
        lang="es",
        text="¡Hola!\n\nGracias por inscribirte en nuestro webinar gratuito «Cómo preparar tu entrevista de trabajo», el jueves 13 de mayo a las 18:00. Más de 300 personas ya tienen plaza. El enlace de acceso está en la invitación adjunta.\n\nComunidad Empleo Joven\n",
        **att,
    )

    # all-hands at the current employer (Kopano)
    ams = "Europe/Amsterdam"
    sent = at(2027, 6, 7, 9, 0, ams)
    s, e = at(2027, 6, 17, 16, 0, ams), at(2027, 6, 17, 17, 0, ams)
    u = q.exuid("cal31allhands_nl")
    ev = vev(
        u,
        s,
        e,
        "tz:W. Europe Standard Time",
        "All-hands Q2",
        sent,
        org="Directie Kanaalwerk <directie@kanaalwerk.example>",
    )
    ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{KOPANO}",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        *cp.vtz("Europe/Berlin", "W. Europe Standard Time", exchange=True),
        *ev,
        "END:VCALENDAR",
    ]
    add(
        fam,
        "allhands_q2_nl",
        ics,
        neg(ics),
        "The reader's current employer invites all staff to the quarterly all-hands (Kopano REQUEST): a calendar invitation, not an interview.",
        sender="Directie Kanaalwerk <directie@kanaalwerk.example>",
        subject="All-hands Q2",
        sent=sent,
        lang="nl",
        layout="alt",
        html=True,
        text="Beste collega's,\n\nop donderdag 17 juni praten we jullie bij over de resultaten van het tweede kwartaal. Daarna borrel in de kantine.\n\nDe directie\n",
    )

    # first-day welcome from the new employer
    vie = "Europe/Vienna"
    sent = at(2027, 8, 20, 10, 0, vie)
    s, e = at(2027, 9, 1, 8, 30, vie), at(2027, 9, 1, 10, 0, vie)
    u = uid(fam, "first_day_welcome_de")
    ics = q.cal(
        [
            *trans_vtz(vie, vie, 2027, 2027),
            *vev(
                u,
                s,
                e,
                f"tz:{vie}",
                "Willkommensfrühstück – erster Arbeitstag",
                sent,
                org="Petra Huber <p.huber@donaulogik.example>",
            ),
        ],
        "REQUEST",
        KOLAB,
    )
    add(
        fam,
        "first_day_welcome_de",
        ics,
        neg(ics),
        "After the contract is signed, HR invites the new hire to the first-day welcome breakfast (libcalendaring REQUEST): onboarding, not an interview.",
        sender="Petra Huber <p.huber@donaulogik.example>",
        subject="Sie wurden zu „Willkommensfrühstück – erster Arbeitstag“ eingeladen",
        sent=sent,
        lang="de",
        text="*Willkommensfrühstück – erster Arbeitstag*\n\nWann: Mi 01.09.2027 08:30 - 10:00 (Europe/Vienna)\n\nTeilnehmer: Petra Huber, Candidate\n\nLiebe Frau Novak, wir freuen uns auf Ihren ersten Arbeitstag! Bitte bringen Sie Ihren Ausweis für die Zutrittskarte mit.\n",
        layout="mixed",
        att_name="event.ics",
        att_method=True,
        cal_enc="8bit",
    )

    # gym induction (ical4j)
    dub = "Europe/Dublin"
    sent = at(2027, 2, 1, 19, 0, dub)
    s, e = at(2027, 2, 6, 11, 0, dub), at(2027, 2, 6, 11, 45, dub)
    u = uid(fam, "gym_induction_en")
    ics = q.cal(
        [
            *trans_vtz(dub, dub, 2027, 2027),
            *vev(
                u,
                s,
                e,
                f"tz:{dub}",
                "Gym induction with your coach",
                sent,
                org="Liffey Fitness <bookings@liffey-fitness.example>",
            ),
        ],
        "REQUEST",
        ICAL4J,
    )
    add(
        fam,
        "gym_induction_en",
        ics,
        neg(ics),
        "A gym books the new member's induction session with a coach (ical4j REQUEST): not an interview.",
        sender="Liffey Fitness <bookings@liffey-fitness.example>",
        subject="Your induction is booked",
        sent=sent,
        lang="en",
        text="Hi Aoife,\n\nwelcome to Liffey Fitness! Your induction with coach Darragh is booked for Saturday at 11:00. Please arrive 10 minutes early.\n\nSee you soon\n",
        **att,
    )


# ------------------------------------------------------------------------------ odoo31 (held out)
def odoo_ev(
    u: str,
    s: datetime | date,
    e: datetime | date,
    summary: str,
    sent: datetime,
    org: str,
    *,
    desc: str = "",
    loc: str = "",
) -> list[str]:
    how = "date" if not isinstance(s, datetime) else "utc"
    out = [
        "BEGIN:VEVENT",
        f"UID:{u}",
        f"CREATED:{stamp(sent)}",
        q.dt("DTSTART", s, how),
        q.dt("DTEND", e, how),
        f"DTSTAMP:{stamp(sent)}",
    ]
    if desc:
        out.append(f"DESCRIPTION:{desc}")
    if loc:
        out.append(f"LOCATION:{loc}")
    name, addr = parseaddr(org)
    out += [
        f"ORGANIZER;CN={name}:mailto:{addr}",
        f"ATTENDEE;CN=Candidate;PARTSTAT=NEEDS-ACTION:mailto:{ME}",
        f"SUMMARY:{summary}",
        "END:VEVENT",
    ]
    return out


def odoo_cal(body: list[str]) -> list[str]:
    return ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{VOBJ}", *body, "END:VCALENDAR"]


def odoo_display(s: datetime, e: datetime, day: str) -> str:
    return f"{day} at ({hm(s)} To {hm(e)}) ({s.tzinfo})"


def odoo31() -> None:
    fam = "odoo31"
    mail = {"layout": "mixed", "att_name": "invitation.ics", "html": True}

    def oid(n: int, sent: datetime) -> str:
        return f"{stamp(sent)}-{n}@odoo.erp-host.example"

    bru = "Europe/Brussels"
    org = "Sophie Lambert <sophie.lambert@brasserie-lumiere.example>"
    sent = at(2027, 3, 3, 14, 0, bru)
    s, e = at(2027, 3, 11, 10, 0, bru), at(2027, 3, 11, 11, 0, bru)
    u = oid(412, sent)
    ics = odoo_cal(odoo_ev(u, s, e, "Entretien – Responsable de salle", sent, org))
    add(
        fam,
        "invite_brussels_fr",
        ics,
        label("invitation", s, e, bru, u, 0, None),
        "Odoo invitation: vobject calendar with UTC times and no METHOD; the text's display time names Europe/Brussels.",
        sender=org,
        subject="Invitation à Entretien – Responsable de salle",
        sent=sent,
        lang="fr",
        text=f"Bonjour Nicolas,\n\nSophie Lambert vous a invité à l'événement Entretien – Responsable de salle de Brasserie Lumière.\n\n{odoo_display(s, e, f'{FR_DAYS[s.weekday()].capitalize()} 11 mars 2027')}\n\nAccepter   Refuser   Voir\n\nEnvoyé par Brasserie Lumière avec Odoo\n",
        **mail,
    )

    kol = "Asia/Kolkata"
    org = "Meera Iyer <meera.iyer@lotus-textiles.example>"
    sent = at(2027, 4, 5, 11, 0, kol)
    s, e = at(2027, 4, 13, 15, 30, kol), at(2027, 4, 13, 16, 15, kol)
    u = oid(977, sent)
    ics = odoo_cal(odoo_ev(u, s, e, "Interview – Merchandiser", sent, org))
    add(
        fam,
        "invite_kolkata_en",
        ics,
        label("invitation", s, e, kol, u, 0, None),
        "Odoo invitation, UTC calendar (10:00Z), display time in Asia/Kolkata.",
        sender=org,
        subject="Invitation to Interview – Merchandiser",
        sent=sent,
        lang="en",
        text=f"Hello Rohan,\n\nMeera Iyer invited you for the Interview – Merchandiser meeting of Lotus Textiles.\n\n{odoo_display(s, e, en_day(s))}\n\nAccept   Decline   View\n\nSent by Lotus Textiles using Odoo\n",
        **mail,
    )

    ams = "Europe/Amsterdam"
    org = "Daan de Vries <daan.devries@polderbouw.example>"
    sent = at(2027, 5, 12, 16, 0, ams)
    s, e = at(2027, 5, 20, 14, 0, ams), at(2027, 5, 20, 15, 0, ams)
    u = oid(1533, at(2027, 5, 3, 9, 0, ams))
    ics = odoo_cal(odoo_ev(u, s, e, "Sollicitatiegesprek – Werkvoorbereider", sent, org))
    add(
        fam,
        "changedate_nl",
        ics,
        label("reschedule", s, e, ams, u, 0, None),
        "Odoo date-change mail: the text says the date was updated and gives the new slot; the calendar has no SEQUENCE (0).",
        sender=org,
        subject="Datum gewijzigd: Sollicitatiegesprek – Werkvoorbereider",
        sent=sent,
        lang="nl",
        text=f"Hallo Lotte,\n\nDe datum van de afspraak is gewijzigd. Het gesprek Sollicitatiegesprek – Werkvoorbereider is nu gepland op:\n\n{odoo_display(s, e, f'{NL_DAYS[s.weekday()].capitalize()} 20 mei 2027')}\n\n(eerder: dinsdag 18 mei 2027, 10:00)\n\nVerzonden door Polderbouw met Odoo\n",
        **mail,
    )

    mad = "Europe/Madrid"
    org = "Lucía Romero <lucia.romero@olivar-del-sur.example>"
    sent = at(2027, 6, 2, 10, 0, mad)
    d0 = date(2027, 6, 14)
    u = oid(208, sent)
    ics = odoo_cal(odoo_ev(u, d0, d0, "Jornada de prueba – Ayudante de cocina", sent, org))
    lab = label("invitation", d0, None, None, u, 0, None)
    add(
        fam,
        "allday_trial_es",
        ics,
        lab,
        "Odoo all-day event: DTSTART and DTEND are the same DATE (Odoo writes the stop date); end not labelled.",
        sender=org,
        subject="Invitación a Jornada de prueba – Ayudante de cocina",
        sent=sent,
        lang="es",
        text="Hola Andrés:\n\nLucía Romero te ha invitado al evento Jornada de prueba – Ayudante de cocina de Olivar del Sur.\n\nLunes 14 de junio de 2027 (todo el día)\n\nAceptar   Rechazar   Ver\n",
        **mail,
    )

    mex = "America/Mexico_City"
    org = "Fernanda Ruiz <fernanda.ruiz@grupo-maguey.example>"
    sent = at(2027, 4, 1, 9, 0, mex)
    s, e = at(2027, 4, 8, 12, 0, mex), at(2027, 4, 8, 12, 45, mex)
    u = oid(3310, sent)
    ics = odoo_cal(odoo_ev(u, s, e, "Entrevista – Coordinador de compras", sent, org))
    add(
        fam,
        "invite_mexico_es",
        ics,
        label("invitation", s, e, mex, u, 0, None),
        "Odoo invitation in America/Mexico_City (no DST since 2022: -06:00 in April).",
        sender=org,
        subject="Invitación a Entrevista – Coordinador de compras",
        sent=sent,
        lang="es",
        text=f"Hola Diego:\n\nFernanda Ruiz te ha invitado al evento Entrevista – Coordinador de compras de Grupo Maguey.\n\n{odoo_display(s, e, 'Jueves 8 de abril de 2027')}\n\nAceptar   Rechazar   Ver\n",
        **mail,
    )

    org = "Paul Schneider <paul.schneider@werkhaus-nord.example>"
    ber = "Europe/Berlin"
    sent = at(2027, 3, 15, 9, 0, ber)
    s, e = at(2027, 3, 23, 10, 0, ber), at(2027, 3, 23, 11, 0, ber)
    u = oid(58, sent)
    ics = odoo_cal(odoo_ev(u, s, e, "Quartalsplanung Vertrieb", sent, org))
    add(
        fam,
        "colleague_planning_de",
        ics,
        neg(ics),
        "Odoo invitation to the sales team's quarterly planning at the reader's current job: not an interview.",
        sender=org,
        subject="Einladung zu Quartalsplanung Vertrieb",
        sent=sent,
        lang="de",
        text=f"Hallo Anna,\n\nPaul Schneider hat Sie zur Besprechung Quartalsplanung Vertrieb von Werkhaus Nord eingeladen.\n\n{odoo_display(s, e, 'Dienstag 23. März 2027')}\n\nAnnehmen   Ablehnen   Ansehen\n",
        **mail,
    )


# ------------------------------------------------------------------------------ pyical31 (held out)
def pyical31() -> None:
    fam = "pyical31"
    mail = {"layout": "mixed", "att_name": "interview.ics", "html": True}

    tor = "America/Toronto"
    org = "Maple Ridge Talent <talent@mapleridge-health.example>"
    sent = at(2027, 3, 8, 10, 0, tor)
    s, e = at(2027, 3, 16, 13, 0, tor), at(2027, 3, 16, 13, 45, tor)
    u = uid(fam, "xwr_floating_toronto_en")
    ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{MXDK}",
        "X-WR-TIMEZONE:America/Toronto",
        *vev(u, s, e, "float", "Interview – Clinical Data Coordinator", sent, org=org),
        "END:VCALENDAR",
    ]
    add(
        fam,
        "xwr_floating_toronto_en",
        ics,
        label("invitation", s, e, tor, u, 0, None),
        "python-icalendar output with the documentation's PRODID left in, floating times and X-WR-TIMEZONE:America/Toronto; sent in EST, slot in EDT.",
        sender=org,
        subject="Interview invitation – Clinical Data Coordinator",
        sent=sent,
        lang="en",
        text=f"Hi Emily,\n\nWe'd like to invite you to an interview on {en_day(s)} at 1:00 PM. The calendar file is attached.\n\nMaple Ridge Talent\n",
        **mail,
    )

    vie = "Europe/Vienna"
    org = "Recruiting Alpenblick <jobs@alpenblick-hotels.example>"
    sent = at(2027, 10, 20, 9, 0, vie)
    s, e = at(2027, 11, 2, 10, 0, vie), at(2027, 11, 2, 11, 0, vie)
    u = uid(fam, "vtz_one_year_de")
    ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Alpenblick//Bewerberportal 3.1//DE",
        "METHOD:REQUEST",
        *trans_vtz(vie, vie, 2027, 2027, xlic=False),
        *vev(u, s, e, f"tz:{vie}", "Vorstellungsgespräch – Rezeption", sent, org=org),
        "END:VCALENDAR",
    ]
    add(
        fam,
        "vtz_one_year_de",
        ics,
        label("invitation", s, e, vie, u, 0, "REQUEST"),
        "python-icalendar VTIMEZONE built from the tz database for 2027 only; sent in CEST, slot after the 31 October change.",
        sender=org,
        subject="Einladung zum Vorstellungsgespräch",
        sent=sent,
        lang="de",
        text="Sehr geehrte Frau Gruber,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am Dienstag, 2. November, um 10:00 Uhr ein. Die Kalendereinladung ist angehängt.\n\nMit freundlichen Grüßen\nIhr Alpenblick-Recruiting\n",
        **mail,
    )

    lon = "Europe/London"
    org = "Harbour Analytics <careers@harbour-analytics.example>"
    sent = at(2027, 5, 4, 11, 0, lon)
    s1, e1 = at(2027, 5, 12, 10, 0, lon), at(2027, 5, 12, 11, 0, lon)
    s2, e2 = at(2027, 5, 12, 13, 0, lon), at(2027, 5, 12, 13, 30, lon)
    ev1 = vev(
        uid(fam, "two_rounds_tech"), s1, e1, f"tz:{lon}", "Technical interview", sent, org=org
    )
    ev2 = vev(
        uid(fam, "two_rounds_culture"), s2, e2, f"tz:{lon}", "Culture conversation", sent, org=org
    )
    ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{MXDK}",
        "METHOD:REQUEST",
        *trans_vtz(lon, lon, 2027, 2027, xlic=False),
        *ev1,
        *ev2,
        "END:VCALENDAR",
    ]
    add(
        fam,
        "two_rounds_en",
        ics,
        {"kind": "invitation", "method": "REQUEST"},
        "Two VEVENTs with different UIDs (two rounds on one day) in one calendar: only the unambiguous keys are labelled.",
        sender=org,
        subject="Your interview day at Harbour Analytics",
        sent=sent,
        lang="en",
        text=f"Hi Tom,\n\nYour interview day is {en_day(s1)}: a technical interview at 10:00 and a culture conversation at 13:00. Both are in the attached calendar file.\n\nHarbour Analytics Careers\n",
        **mail,
    )

    ny = "America/New_York"
    org = "Beacon Street Capital <recruiting@beaconstreet-cap.example>"
    sent = at(2027, 6, 1, 9, 0, ny)
    s, e = at(2027, 6, 10, 15, 0, ny), at(2027, 6, 10, 15, 45, ny)
    u = uid(fam, "html_utc_mislabelled_en")
    ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Beacon Street//Interview Scheduler 2.3//EN",
        "METHOD:REQUEST",
        *vev(u, s, e, "utc", "Interview – Investment Analyst", sent, org=org),
        "END:VCALENDAR",
    ]
    html = f"<html><body><p>Hi Alex,</p><p>Your interview is scheduled:</p><table><tr><td><b>Date</b></td><td>{en_day(s)}</td></tr><tr><td><b>Time</b></td><td>7:00 PM – 7:45 PM ET</td></tr></table><p>Beacon Street Capital</p></body></html>"
    add(
        fam,
        "html_utc_mislabelled_en",
        ics,
        label("invitation", s, e, None, u, 0, "REQUEST"),
        "The HTML part prints the UTC wall time (7:00 PM) labelled 'ET'; the plain part and the UTC calendar (19:00Z) say 3:00 PM EDT. The calendar is the label.",
        sender=org,
        subject="Interview scheduled – Investment Analyst",
        sent=sent,
        lang="en",
        text=f"Hi Alex,\n\nYour interview is scheduled for {en_day(s)}, 3:00 PM - 3:45 PM (EDT).\n\nBeacon Street Capital\n",
        html_raw=html,
        layout="mixed",
        att_name="interview.ics",
    )

    lis = "Europe/Lisbon"
    org = "Recrutamento Tejo Verde <rh@tejoverde.example>"
    sent = at(2027, 9, 6, 10, 0, lis)
    d0, d1 = date(2027, 9, 20), date(2027, 9, 22)
    u = uid(fam, "allday_two_days_pt")
    ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{MXDK}",
        *vev(u, d0, d1, "date", "Dias de avaliação – Técnico de laboratório", sent, org=org),
        "END:VCALENDAR",
    ]
    add(
        fam,
        "allday_two_days_pt",
        ics,
        label("invitation", d0, d1, None, u, 0, None),
        "Two-day assessment as DATE values (exclusive end 22 September), no METHOD.",
        sender=org,
        subject="Convite: dias de avaliação",
        sent=sent,
        lang="pt",
        text="Caro Rui,\n\nconvidamo-lo para dois dias de avaliação no nosso laboratório, a 20 e 21 de setembro. Segue o ficheiro de calendário.\n\nCumprimentos,\nRecrutamento Tejo Verde\n",
        **mail,
    )

    la = "America/Los_Angeles"
    org = "Redwood Robotics <talent@redwood-robotics.example>"
    sent = at(2027, 3, 1, 9, 0, la)
    s, e = at(2027, 3, 9, 10, 0, la), at(2027, 3, 9, 11, 0, la)
    u = uid(fam, "utc_after_dst_en")
    ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{MXDK}",
        *vev(u, s, e, "utc", "Onsite interview – Controls Engineer", sent, org=org),
        "END:VCALENDAR",
    ]
    add(
        fam,
        "utc_after_dst_en",
        ics,
        label("invitation", s, e, None, u, 0, None),
        "UTC calendar (17:00Z) without METHOD, sent in PST for a slot two days after the US change; the text says '10:00 AM Pacific Time'.",
        sender=org,
        subject="Onsite interview – Controls Engineer",
        sent=sent,
        lang="en",
        text=f"Hi Maya,\n\nWe're excited to host you onsite on {en_day(s)} at 10:00 AM Pacific Time. Calendar file attached.\n\nRedwood Robotics Talent\n",
        **mail,
    )


# ------------------------------------------------------------------------------ lookho31 (held out)
def lookho31() -> None:
    fam = "lookho31"
    att = {"layout": "mixed", "att_name": "invite.ics", "html": True}
    war = "Europe/Warsaw"
    sent = at(2027, 3, 1, 15, 0, war)
    s, e = at(2027, 3, 11, 17, 30, war), at(2027, 3, 11, 17, 45, war)
    u = uid(fam, "parents_evening_pl")
    ics = q.cal(
        [
            *trans_vtz(war, war, 2027, 2027),
            *vev(
                u,
                s,
                e,
                f"tz:{war}",
                "Wywiadówka – klasa 3b",
                sent,
                org="Szkoła Podstawowa nr 12 <sekretariat@sp12.example>",
            ),
        ],
        "REQUEST",
        KOLAB,
    )
    add(
        fam,
        "parents_evening_pl",
        ics,
        neg(ics),
        "A school's parents' evening slot (libcalendaring REQUEST): not an interview.",
        sender="Szkoła Podstawowa nr 12 <sekretariat@sp12.example>",
        subject="Zaproszenie: Wywiadówka – klasa 3b",
        sent=sent,
        lang="pl",
        text="Szanowni Państwo,\n\nzapraszamy na zebranie z wychowawczynią klasy 3b w czwartek 11 marca o 17:30.\n\nSekretariat\n",
        layout="mixed",
        att_name="event.ics",
        att_method=True,
        cal_enc="8bit",
    )

    ber = "Europe/Berlin"
    sent = at(2027, 4, 2, 8, 0, ber)
    s, e = at(2027, 4, 9, 7, 30, ber), at(2027, 4, 9, 8, 0, ber)
    ics = icsjs_cal(
        icsjs_ev(nanoid("car_service_de"), s, e, "utc", "Werkstatttermin: Inspektion", sent)
    )
    add(
        fam,
        "car_service_de",
        ics,
        neg(ics),
        "A garage confirms the car's service appointment (ics-npm PUBLISH): not an interview.",
        sender="Autohaus Sommer <service@autohaus-sommer.example>",
        subject="Ihr Werkstatttermin am 09.04.2027",
        sent=sent,
        lang="de",
        text="Guten Tag Herr Vogel,\n\nIhr Termin zur Inspektion: Freitag, 09.04.2027, 07:30 Uhr (Fahrzeugannahme). Den Kalendereintrag finden Sie im Anhang.\n\nIhr Serviceteam\n",
        **att,
    )

    lis = "Europe/Lisbon"
    sent = at(2027, 5, 20, 10, 0, lis)
    s, e = at(2027, 6, 3, 11, 0, lis), at(2027, 6, 3, 11, 30, lis)
    u = uid(fam, "conference_talk_en")
    ics = q.cal(
        [
            *trans_vtz(lis, lis, 2027, 2027),
            *vev(
                u,
                s,
                e,
                f"tz:{lis}",
                "Your talk: Scaling data pipelines (Room B)",
                sent,
                org="DataConf Lisbon <speakers@dataconf.example>",
            ),
        ],
        "REQUEST",
        ICAL4J,
    )
    add(
        fam,
        "conference_talk_en",
        ics,
        neg(ics),
        "A conference books the reader's talk slot (ical4j REQUEST): not an interview.",
        sender="DataConf Lisbon <speakers@dataconf.example>",
        subject="Your speaking slot at DataConf",
        sent=sent,
        lang="en",
        text="Hi Kim,\n\nyour talk is scheduled for Thursday 3 June, 11:00–11:30 in Room B. Please be at the speaker desk 30 minutes before.\n\nDataConf team\n",
        **att,
    )

    mad = "Europe/Madrid"
    sent = at(2027, 6, 1, 9, 0, mad)
    s, e = at(2027, 6, 10, 12, 0, mad), at(2027, 6, 10, 13, 0, mad)
    u = q.exuid("cal31townhall_es")
    ev = vev(
        u,
        s,
        e,
        "tz:Romance Standard Time",
        "Town hall junio",
        sent,
        org="Comunicación Interna <comunicacion@solaria-redes.example>",
    )
    ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{KOPANO}",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        *cp.vtz("Europe/Berlin", "Romance Standard Time", exchange=True),
        *ev,
        "END:VCALENDAR",
    ]
    add(
        fam,
        "townhall_es",
        ics,
        neg(ics),
        "The reader's current employer's town hall for all staff (Kopano REQUEST): not an interview.",
        sender="Comunicación Interna <comunicacion@solaria-redes.example>",
        subject="Town hall junio",
        sent=sent,
        lang="es",
        layout="alt",
        html=True,
        text="Hola equipo:\n\nos convocamos al town hall de junio el jueves 10 a las 12:00 en el auditorio y por streaming.\n\nComunicación Interna\n",
    )

    rom = "Europe/Rome"
    sent = at(2027, 9, 13, 9, 0, rom)
    s, e = at(2027, 9, 21, 17, 0, rom), at(2027, 9, 21, 17, 30, rom)
    u = f"{stamp(sent)}-77@odoo.banca-example.example"
    ics = odoo_cal(
        odoo_ev(
            u, s, e, "Consulenza mutuo", sent, "Banca Colline <consulenza@banca-colline.example>"
        )
    )
    add(
        fam,
        "bank_advisor_it",
        ics,
        neg(ics),
        "A bank's advisor call about a mortgage (Odoo-style UTC calendar): not an interview.",
        sender="Banca Colline <consulenza@banca-colline.example>",
        subject="Appuntamento: Consulenza mutuo",
        sent=sent,
        lang="it",
        text="Gentile cliente,\n\nle confermiamo l'appuntamento telefonico con il suo consulente martedì 21 settembre alle 17:00.\n\nBanca Colline\n",
        **att,
    )


# ------------------------------------------------------------------------------ rendering
def body_of(case: q.Case, key: str) -> bytes:
    m = case.mail
    data = q.cal_bytes(case)
    method = next((ln.split(":", 1)[1] for ln in case.ics if ln.startswith("METHOD:")), None)
    text = str(m["text"])
    tb = text.replace("\n", "\r\n").encode()
    alts = [
        c17.part('text/plain; charset="utf-8"', tb, "7bit" if tb.isascii() else "quoted-printable")
    ]
    if m.get("html_raw"):
        alts.append(
            c17.part('text/html; charset="utf-8"', str(m["html_raw"]).encode(), "quoted-printable")
        )
    elif m.get("html"):
        alts.append(
            c17.part(
                'text/html; charset="utf-8"',
                cp.html_of(text).replace("\n", "\r\n").encode(),
                "quoted-printable",
            )
        )
    how = str(m.get("cal_enc", "7bit" if data.isascii() else "quoted-printable"))
    if m["layout"] == "alt":
        mp = f"; method={method}" if method else ""
        calpart = c17.part(f'text/calendar; charset="utf-8"{mp}', data, how)
        return bytes(cp.multipart("alternative", f"=_alt_{key}", [*alts, calpart]))
    assert m["layout"] == "mixed", m["layout"]
    name = str(m["att_name"])
    if m.get("att_method") and method:
        ctype = f'text/calendar; charset=UTF-8; method={method}; name="{name}"'
    else:
        ctype = f'text/calendar; charset="utf-8"; name="{name}"'
        how = "base64"
    first = alts[0] if len(alts) == 1 else cp.multipart("alternative", f"=_aalt_{key}", alts)
    att = c17.part(ctype, data, how, (f'Content-Disposition: attachment; filename="{name}"',))
    return bytes(cp.multipart("mixed", f"=_mix_{key}", [first, att]))


def headers(sender: str, subject: str, sent: datetime, msgid: str) -> bytes:
    head = [
        f"From: {cp.header_text(sender)}",
        f"To: {q.TO}",
        f"Subject: {cp.header_text(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{msgid}@cal31.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def render(case: q.Case) -> tuple[str, bytes]:
    m = case.mail
    key = f"{case.family}_{case.name}"
    sent = m["sent"]
    assert isinstance(sent, datetime)
    data = headers(
        str(m["sender"]), str(m["subject"]), sent, f"{case.family}.{case.name}"
    ) + body_of(case, key)
    return f"{case.family}__{case.name}.eml", data


def verify(case: q.Case) -> None:
    lab = case.label
    if "start" not in lab:
        return
    if case.mail.get("series"):
        return  # checked against the RRULE by next_occ() when the case was built
    if any(ln.startswith("RRULE") for ln in case.ics):
        return
    tzids = {ln.split(":", 1)[1].replace("\\,", ",") for ln in case.ics if ln.startswith("TZID:")}
    line = next(ln for ln in case.ics if ln.startswith("DTSTART"))
    tzid = line.split("TZID=", 1)[1].split(":")[0].strip('"') if "TZID=" in line else None
    if tzid and tzid not in tzids and "/" not in tzid:
        # a Windows name without VTIMEZONE: the wall time must be the label's, the offset the
        # CLDR zone's (checked by test_corpus_labels)
        want = datetime.fromisoformat(str(lab["start"]))
        assert line.rsplit(":", 1)[1] == wall(want), (case.name, line)
        return
    q.verify(case)


def main() -> None:
    for build in (kolab31, icsjs31, winzone31, tzurl31, calneg31, odoo31, pyical31, lookho31):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    count = 0
    for case in q.CASES:
        if case.family not in SPLITS:
            continue
        verify(case)
        name, data = render(case)
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab_ = dict(case.label)
        lab_["language"] = str(case.mail.get("lang", "en"))
        lab_["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE,
        }
        lab_["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab_, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        count += 1
    print(count, "files")


if __name__ == "__main__":
    main()
