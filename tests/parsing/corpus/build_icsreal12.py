"""Write the icsreal12 batch: calendar files and iMIP mails in the shapes real producers emit.

Run: .venv/bin/python tests/parsing/corpus/build_icsreal12.py

Each family reproduces one quirk seen in public calendar test suites (bare VEVENT files with
no VCALENDAR around them, epoch-style SEQUENCE numbers, VTIMEZONE-only zone names, Windows
and Lotus Domino TZIDs, X-WR-TIMEZONE with floating times, all-day DATE values, RRULE with
EXDATE and moved overrides, lone overrides, charsets and folding); see PROVENANCE-icsreal12.md.
All people, firms, identifiers and text are invented. Labels are computed here from the aware
datetimes written into the calendar (zoneinfo gives every offset), before the parser runs.
The script only deletes or writes files of its own families (SPLITS).
"""

from __future__ import annotations

import base64
import importlib.util
import json
import quopri
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bc = _load("build_calendars", "build_calendars.py")
vtimezone, fold, check_rule = bc.vtimezone, bc.fold, bc.check_rule

SPLITS = {
    "bareevent": "dev",
    "epochseq": "dev",
    "dominotz": "dev",
    "xwrfloat": "dev",
    "exdateseries": "dev",
    "winzone": "dev",
    "utf16cal": "dev",
    "loneoverride": "heldout",
    "alldaydate": "heldout",
    "charsetcal": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TEMPLATE = {
    "bareevent": "collective/icalendar src/icalendar/tests/events/*.ics and libical "
    "test-data/*.ics "
    "(shape: a VEVENT file with no VCALENDAR around it)",
    "epochseq": "nylas/sync-engine tests/events/fixtures/bogus_sequence_number.ics (shape: Google "
    "REQUEST whose SEQUENCE is a millisecond timestamp)",
    "dominotz": "mdhender/bluemindfork parent/calendar/.../ics/lotus.ics (shape: Lotus Domino "
    "TZID with its own VTIMEZONE)",
    "xwrfloat": "Google Calendar / Apple exports (shape: floating DTSTART with X-WR-TIMEZONE)",
    "exdateseries": "jens-maus/node-ical and python-recurring-ical-events test calendars (shape: "
    "weekly RRULE, EXDATE in UTC, moved RECURRENCE-ID override)",
    "winzone": "nylas/sync-engine windows_event.ics, node-ical ms_timezones.ics (shape: Windows "
    "zone IDs and Outlook display names)",
    "utf16cal": "ical-org/ical.net Ical.Net.Tests/Calendars (shape: Windows Calendar export saved "
    "as UTF-16 with a byte-order mark)",
    "loneoverride": "Exchange/Google iMIP updates carrying one RECURRENCE-ID instance",
    "alldaydate": "iCloud / Exchange all-day VALUE=DATE events (DTEND exclusive, DURATION, none)",
    "charsetcal": "Exchange / Lotus Notes / Zimbra MIME (latin-1 and UTF-8 calendar parts, base64 "
    "and quoted-printable, folds inside multi-byte characters)",
}


@dataclass
class Case:
    family: str
    name: str
    ics: list[str]
    label: dict[str, object]
    note: str
    mail: dict[str, object] | None = None  # None: bare .ics
    extra: dict[str, object] = field(default_factory=dict)


CASES: list[Case] = []


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def wall(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def iso(moment: datetime | date) -> str:
    return moment.isoformat()


def lines_of(raw: list[str]) -> list[str]:
    out: list[str] = []
    for line in raw:
        out.extend(fold(line))
    return out


def calendar(body: list[str], method: str | None, prodid: str, head: list[str] = ()) -> list[str]:
    top = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        top.append(f"METHOD:{method}")
    return [*top, *head, *body, "END:VCALENDAR"]


def timed_label(
    start: datetime,
    end: datetime,
    zone: str | None,
    uid: str,
    seq: int,
    method: str | None,
    kind: str | None,
) -> dict[str, object]:
    label: dict[str, object] = {}
    if kind:
        label["kind"] = kind
    label.update(start=iso(start), end=iso(end), all_day=False)
    if zone:
        label["timezone"] = zone
    label.update(uid=uid, sequence=seq)
    if method:
        label["method"] = method
    return label


# ---------------------------------------------------------------------------------- bareevent
def bare_events() -> None:
    s = datetime(2026, 9, 14, 13, 30, tzinfo=UTC)
    e = s + timedelta(minutes=45)
    CASES.append(
        Case(
            "bareevent",
            "utc_stamp",
            [
                "BEGIN:VEVENT",
                f"DTSTAMP:{stamp(s - timedelta(days=6))}",
                f"DTSTART:{stamp(s)}",
                f"DTEND:{stamp(e)}",
                "UID:bare-7f3c21@ketterle.example",
                "SUMMARY:Screening call – Ketterle Labs",
                "END:VEVENT",
            ],
            timed_label(s, e, None, "bare-7f3c21@ketterle.example", 0, None, "invitation"),
            "A VEVENT written on its own (no VCALENDAR), UTC times.",
        )
    )
    z = "Europe/Madrid"
    s = datetime(2026, 10, 27, 10, 0, tzinfo=ZoneInfo(z))
    e = s + timedelta(hours=1)
    CASES.append(
        Case(
            "bareevent",
            "tzid_iana_sequence",
            [
                "BEGIN:VEVENT",
                "UID:20261019T081500-4410@talentia-rh.example",
                f"DTSTART;TZID={z}:{wall(s)}",
                f"DTEND;TZID={z}:{wall(e)}",
                "SEQUENCE:0",
                "SUMMARY:Entrevista con el equipo de datos",
                "LOCATION:Sala Orión\\, planta 3",
                "END:VEVENT",
            ],
            timed_label(s, e, z, "20261019T081500-4410@talentia-rh.example", 0, None, "invitation"),
            "Bare VEVENT with an IANA TZID and no VTIMEZONE; the day after the EU change back.",
        )
    )
    d0 = date(2026, 11, 5)
    CASES.append(
        Case(
            "bareevent",
            "date_value_crlf",
            [
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20261105",
                "DTEND;VALUE=DATE:20261106",
                "UID:onsite-day-88@brennholz.example",
                "SUMMARY:Probetag vor Ort",
                "END:VEVENT",
            ],
            {
                "kind": "invitation",
                "start": iso(d0),
                "end": iso(d0 + timedelta(days=1)),
                "all_day": True,
                "uid": "onsite-day-88@brennholz.example",
                "sequence": 0,
            },
            "Bare all-day VEVENT (trial day); DTEND exclusive.",
        )
    )
    z = "America/Chicago"
    s = datetime(2026, 12, 3, 15, 0, tzinfo=ZoneInfo(z))
    e = s + timedelta(minutes=30)
    CASES.append(
        Case(
            "bareevent",
            "valarm_lf_only",
            [
                "BEGIN:VEVENT",
                "CREATED:20261120T160000Z",
                "UID:0D1E2F30-4A5B-4C6D-8E9F-A0B1C2D3E4F5",
                "DTSTAMP:20261120T160000Z",
                f"DTSTART;TZID={z}:{wall(s)}",
                f"DTEND;TZID={z}:{wall(e)}",
                "SUMMARY:Hiring manager chat",
                "",
                "BEGIN:VALARM",
                "TRIGGER:-PT10M",
                "ACTION:DISPLAY",
                "DESCRIPTION:Reminder",
                "END:VALARM",
                "",
                "END:VEVENT",
            ],
            timed_label(s, e, z, "0D1E2F30-4A5B-4C6D-8E9F-A0B1C2D3E4F5", 0, None, "invitation"),
            "Bare VEVENT with blank lines around a VALARM, LF line ends (an Apple-style snippet).",
            extra={"newline": "\n"},
        )
    )
    # a mail whose text/calendar part holds a bare VEVENT
    z = "Europe/Oslo"
    s = datetime(2026, 8, 20, 9, 15, tzinfo=ZoneInfo(z))
    e = s + timedelta(minutes=50)
    CASES.append(
        Case(
            "bareevent",
            "mail_part_no_vcalendar",
            [
                "BEGIN:VEVENT",
                "UID:fjordvekst-intervju-2291",
                f"DTSTART;TZID={z}:{wall(s)}",
                f"DTEND;TZID={z}:{wall(e)}",
                "SUMMARY:Intervju – Fjordvekst AS",
                "ORGANIZER;CN=Sigrid Aune:mailto:sigrid.aune@fjordvekst.example",
                "END:VEVENT",
            ],
            timed_label(s, e, z, "fjordvekst-intervju-2291", 0, None, "invitation"),
            "A booking tool's mail whose calendar part is a VEVENT without VCALENDAR.",
            mail={
                "from": "Sigrid Aune <sigrid.aune@fjordvekst.example>",
                "date": datetime(2026, 8, 12, 14, 2, tzinfo=ZoneInfo(z)),
                "subject": "Intervju torsdag 20. august",
                "text": "Hei,\n\nvedlagt er invitasjonen til intervjuet vårt.\n\nHilsen Sigrid\n",
                "lang": "no",
            },
        )
    )


# ---------------------------------------------------------------------------------- epochseq
def epoch_sequences() -> None:
    for name, z, when, seq, method in [
        ("google_ms_stamp", "America/Denver", (2026, 9, 22, 11, 0), 1789310447123, "REQUEST"),
        ("seconds_stamp_publish", "Asia/Singapore", (2026, 10, 6, 16, 30), 1790921330, "PUBLISH"),
        ("ms_stamp_utc", None, (2026, 11, 17, 8, 45), 1794400012345, "REQUEST"),
    ]:
        zone = ZoneInfo(z) if z else UTC
        s = datetime(*when, tzinfo=zone)
        e = s + timedelta(minutes=60)
        uid = f"{name.replace('_', '')}{seq % 9973}@seqgen.example"
        if z:
            start_line, end_line = f"DTSTART;TZID={z}:{wall(s)}", f"DTEND;TZID={z}:{wall(e)}"
        else:
            start_line, end_line = f"DTSTART:{stamp(s)}", f"DTEND:{stamp(e)}"
        ics = calendar(
            [
                "BEGIN:VEVENT",
                start_line,
                end_line,
                f"DTSTAMP:{stamp(s - timedelta(days=9))}",
                f"UID:{uid}",
                f"SEQUENCE:{seq}",
                "STATUS:CONFIRMED",
                "SUMMARY:Panel interview (round 2)",
                "END:VEVENT",
            ],
            method,
            "-//Example Corp//Scheduler 70.9054//EN",
        )
        CASES.append(
            Case(
                "epochseq",
                name,
                ics,
                timed_label(s, e, z, uid, seq, method, "invitation"),
                "SEQUENCE written as a timestamp: not an update (kind invitation), kept as "
                "written.",
            )
        )


# ---------------------------------------------------------------------------------- dominotz
def domino_zones() -> None:
    specs = [
        ("eastern_vtimezone", "America/New_York", "Eastern", (2026, 11, 2, 9, 0), "REQUEST"),
        ("w_europe_vtimezone", "Europe/Berlin", "W. Europe", (2026, 10, 26, 14, 0), "REQUEST"),
        ("central_vtimezone", "America/Chicago", "Central", (2026, 3, 9, 10, 30), "REQUEST"),
    ]
    for name, iana, tzid, when, method in specs:
        s = datetime(*when, tzinfo=ZoneInfo(iana))
        e = s + timedelta(hours=1)
        check_rule(iana, s)
        uid = f"C1257F{name[:4].upper()}00{len(name)}A4F2-{when[1]:02d}{when[2]:02d}-LOTUS"
        body = [
            *vtimezone(iana, tzid),
            "BEGIN:VEVENT",
            f'DTSTART;TZID="{tzid}":{wall(s)}',
            f'DTEND;TZID="{tzid}":{wall(e)}',
            "TRANSP:OPAQUE",
            f"DTSTAMP:{stamp(s - timedelta(days=5))}",
            "SEQUENCE:0",
            "CLASS:PUBLIC",
            "SUMMARY:Interview - Domino Stahlbau",
            f"UID:{uid}",
            "X-LOTUS-UPDATE-SEQ:1",
            "X-LOTUS-UPDATE-WISL:$S:1;$L:1;$B:1;$R:1;$E:1;$W:1;$O:1;$M:1",
            "X-LOTUS-NOTESVERSION:2",
            "X-LOTUS-APPTTYPE:3",
            "END:VEVENT",
        ]
        ics = calendar(body, method, "-//Lotus Development Corporation//NONSGML Notes 9.0.1//EN_C")
        label = timed_label(s, e, None, uid, 0, method, "invitation")
        CASES.append(
            Case(
                "dominotz",
                name,
                ics,
                label,
                f'Lotus Domino TZID "{tzid}" defined only by its VTIMEZONE (rules checked '
                "against zoneinfo); the zone name is not labelled.",
                mail={
                    "from": "Personalabteilung <personal@domino-stahl.example>",
                    "date": s - timedelta(days=6, hours=3),
                    "subject": "Einladung: Interview",
                    "text": "Einladung zum Vorstellungsgespräch.\n",
                    "lang": "de",
                    "part_method": method,
                },
            )
        )


# ---------------------------------------------------------------------------------- xwrfloat
def xwr_floating() -> None:
    for name, z, when, minutes in [
        ("london_publish", "Europe/London", (2026, 10, 29, 11, 0), 45),
        ("toronto_request", "America/Toronto", (2026, 11, 3, 16, 0), 30),
    ]:
        s = datetime(*when, tzinfo=ZoneInfo(z))
        e = s + timedelta(minutes=minutes)
        uid = f"xwr-{name}-5519@calexport.example"
        method = "PUBLISH" if "publish" in name else "REQUEST"
        ics = calendar(
            [
                "BEGIN:VEVENT",
                f"DTSTART:{wall(s)}",
                f"DTEND:{wall(e)}",
                f"DTSTAMP:{stamp(s - timedelta(days=3))}",
                f"UID:{uid}",
                "SUMMARY:Interview with the platform team",
                "END:VEVENT",
            ],
            method,
            "-//Example Calendar Export//EN",
            head=["CALSCALE:GREGORIAN", "X-WR-CALNAME:Interviews", f"X-WR-TIMEZONE:{z}"],
        )
        CASES.append(
            Case(
                "xwrfloat",
                name,
                ics,
                timed_label(s, e, z, uid, 0, method, "invitation"),
                "Floating DTSTART/DTEND; the calendar's X-WR-TIMEZONE gives them their zone.",
            )
        )


# ---------------------------------------------------------------------------------- exdateseries
def exdate_series() -> None:
    z = "Europe/Amsterdam"
    first = datetime(2026, 9, 7, 10, 0, tzinfo=ZoneInfo(z))  # Mondays
    length = timedelta(minutes=30)
    sent = datetime(2026, 10, 20, 9, 0, tzinfo=ZoneInfo(z))  # Tuesday
    # next Monday 2026-10-26 is excluded (EXDATE in UTC), 2026-11-02 moved to Tuesday 11:00
    excluded = datetime(2026, 10, 26, 10, 0, tzinfo=ZoneInfo(z))
    moved_from = datetime(2026, 11, 2, 10, 0, tzinfo=ZoneInfo(z))
    moved_to = datetime(2026, 11, 3, 11, 0, tzinfo=ZoneInfo(z))
    uid = "weekly-sync-onboarding-3310@kanaalwerk.example"
    body = [
        *vtimezone(z, z),
        "BEGIN:VEVENT",
        f"DTSTART;TZID={z}:{wall(first)}",
        f"DTEND;TZID={z}:{wall(first + length)}",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=12",
        f"EXDATE:{stamp(excluded)}",
        f"UID:{uid}",
        "SEQUENCE:0",
        "SUMMARY:Onboarding check-in",
        "END:VEVENT",
        "BEGIN:VEVENT",
        f"RECURRENCE-ID;TZID={z}:{wall(moved_from)}",
        f"DTSTART;TZID={z}:{wall(moved_to)}",
        f"DTEND;TZID={z}:{wall(moved_to + length)}",
        f"UID:{uid}",
        "SEQUENCE:0",
        "SUMMARY:Onboarding check-in (moved)",
        "END:VEVENT",
    ]
    ics = calendar(body, "REQUEST", "-//Kanaalwerk//Planner 4.2//NL")
    CASES.append(
        Case(
            "exdateseries",
            "weekly_exdate_utc_override",
            ics,
            timed_label(moved_to, moved_to + length, z, uid, 0, "REQUEST", "reschedule"),
            "Next instance after the Date: 26 Oct excluded (EXDATE in UTC), 2 Nov moved to "
            "Tue 3 Nov 11:00 by an override (its DTSTART differs from its RECURRENCE-ID: "
            "reschedule).",
            mail={
                "from": "Planner <noreply@kanaalwerk.example>",
                "date": sent,
                "subject": "Uitnodiging: Onboarding check-in",
                "lang": "nl",
                "text": "Je bent uitgenodigd voor de wekelijkse check-in.\n",
                "part_method": "REQUEST",
            },
        )
    )
    z = "America/Los_Angeles"
    first = datetime(2026, 10, 1, 13, 0, tzinfo=ZoneInfo(z))  # Thursdays, biweekly
    sent = datetime(2026, 10, 28, 8, 0, tzinfo=ZoneInfo(z))
    nxt = datetime(2026, 11, 12, 13, 0, tzinfo=ZoneInfo(z))  # 10-29 excluded (DST both sides)
    excluded = datetime(2026, 10, 29, 13, 0, tzinfo=ZoneInfo(z))
    uid = "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DC0100000000000000001000000011AA22BB"
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={z}:{wall(first)}",
        f"DTEND;TZID={z}:{wall(first + timedelta(hours=1))}",
        "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20261231T210000Z",
        f"EXDATE;TZID={z}:{wall(excluded)}",
        f"UID:{uid}",
        "SEQUENCE:0",
        "SUMMARY:Recruiting sync",
        "END:VEVENT",
    ]
    ics = calendar(body, "PUBLISH", "-//Example Cal//EN")
    CASES.append(
        Case(
            "exdateseries",
            "biweekly_exdate_tzid_until",
            ics,
            timed_label(nxt, nxt + timedelta(hours=1), z, uid, 0, "PUBLISH", "invitation"),
            "Biweekly series, next instance excluded by a TZID EXDATE; the one after "
            "is the answer.",
            mail={
                "from": "Recruiting Ops <ops@pinecrest.example>",
                "date": sent,
                "subject": "Recruiting sync (series)",
                "lang": "en",
                "text": "Series invite attached.\n",
                "part_method": "PUBLISH",
            },
        )
    )


# ---------------------------------------------------------------------------------- winzone
def windows_zones() -> None:
    for name, tzid, iana, when, vtz in [
        ("tokyo_id_no_vtimezone", "Tokyo Standard Time", "Asia/Tokyo", (2026, 9, 30, 10, 0), False),
        (
            "india_id_no_vtimezone",
            "India Standard Time",
            "Asia/Kolkata",
            (2026, 10, 8, 15, 30),
            False,
        ),
        (
            "display_name_sydney",
            "(UTC+10:00) Canberra, Melbourne, Sydney",
            "Australia/Sydney",
            (2026, 10, 5, 9, 0),
            True,
        ),
        (
            "gmt_id_with_vtimezone",
            "GMT Standard Time",
            "Europe/London",
            (2026, 10, 26, 9, 30),
            True,
        ),
    ]:
        s = datetime(*when, tzinfo=ZoneInfo(iana))
        e = s + timedelta(minutes=45)
        uid = f"040000008200E00074C5B7101A82E008000000{name.upper().replace('_', '')[:10]}"
        zones = vtimezone(iana, tzid.replace(",", "\\,"), exchange=True) if vtz else []
        if vtz:
            check_rule(iana, s)
        body = [
            *zones,
            "BEGIN:VEVENT",
            f'DTSTART;TZID="{tzid}":{wall(s)}',
            f'DTEND;TZID="{tzid}":{wall(e)}',
            f"UID:{uid}",
            "SEQUENCE:0",
            "SUMMARY;LANGUAGE=en-US:Technical interview",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
            "END:VEVENT",
        ]
        ics = calendar(body, "REQUEST", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
        CASES.append(
            Case(
                "winzone",
                name,
                ics,
                timed_label(s, e, iana, uid, 0, "REQUEST", "invitation"),
                f'Windows TZID "{tzid}" ({"with" if vtz else "without"} VTIMEZONE) -> {iana}.',
                mail={
                    "from": "Talent Team <talent@harbourline.example>",
                    "date": s - timedelta(days=4),
                    "subject": "Technical interview",
                    "text": "",
                    "lang": "en",
                    "part_method": "REQUEST",
                    "encoding": "base64",
                },
            )
        )


# ---------------------------------------------------------------------------------- loneoverride
def lone_overrides() -> None:
    z = "Europe/Vienna"
    rid = datetime(2026, 11, 10, 14, 0, tzinfo=ZoneInfo(z))
    new = datetime(2026, 11, 11, 9, 30, tzinfo=ZoneInfo(z))
    uid = "c7d1e0a4-2b7f-4f0e-9d55-aa01lone@donaujobs.example"
    body = [
        *vtimezone("Europe/Berlin", z),
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"RECURRENCE-ID;TZID={z}:{wall(rid)}",
        f"DTSTART;TZID={z}:{wall(new)}",
        f"DTEND;TZID={z}:{wall(new + timedelta(minutes=40))}",
        "SEQUENCE:2",
        "SUMMARY:Interviewrunde (verschoben)",
        "END:VEVENT",
    ]
    ics = calendar(body, "REQUEST", "-//Donau Jobs//Termine 2.1//DE")
    CASES.append(
        Case(
            "loneoverride",
            "moved_instance_vienna",
            ics,
            timed_label(new, new + timedelta(minutes=40), z, uid, 2, "REQUEST", "reschedule"),
            "A mail carrying only one RECURRENCE-ID instance, moved a day and a time: reschedule.",
            mail={
                "from": "Donau Jobs <termine@donaujobs.example>",
                "date": datetime(2026, 11, 4, 8, 0, tzinfo=ZoneInfo(z)),
                "subject": "Aktualisiert: Interviewrunde",
                "lang": "de",
                "text": "Der Termin wurde verschoben.\n",
                "part_method": "REQUEST",
            },
        )
    )
    rid = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
    uid = "series-77ab90@northgate.example"
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"RECURRENCE-ID:{stamp(rid)}",
        f"DTSTART:{stamp(rid)}",
        f"DTEND:{stamp(rid + timedelta(hours=1))}",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Panel – cancelled for this week",
        "END:VEVENT",
    ]
    ics = calendar(body, "CANCEL", "-//Google Inc//Google Calendar 70.9054//EN")
    CASES.append(
        Case(
            "loneoverride",
            "cancel_one_instance_utc",
            ics,
            timed_label(rid, rid + timedelta(hours=1), None, uid, 1, "CANCEL", "cancellation"),
            "CANCEL of one instance (RECURRENCE-ID equals DTSTART), UTC times.",
            mail={
                "from": "Northgate Hiring <hiring@northgate.example>",
                "date": datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
                "subject": "Canceled event",
                "lang": "en",
                "text": "This event has been canceled.\n",
                "part_method": "CANCEL",
            },
        )
    )


# ---------------------------------------------------------------------------------- alldaydate
def all_day_dates() -> None:
    for name, d0, end_line, end in [
        ("dtend_exclusive", date(2026, 10, 14), "DTEND;VALUE=DATE:20261015", date(2026, 10, 15)),
        ("duration_p1d", date(2026, 11, 19), "DURATION:P1D", date(2026, 11, 20)),
        ("no_dtend", date(2026, 12, 2), None, date(2026, 12, 3)),
        ("two_days", date(2026, 10, 20), "DTEND;VALUE=DATE:20261022", date(2026, 10, 22)),
    ]:
        uid = f"allday-{name}@assessment-centre.example"
        body = ["BEGIN:VEVENT", f"DTSTART;VALUE=DATE:{d0.strftime('%Y%m%d')}"]
        if end_line:
            body.append(end_line)
        body += [f"UID:{uid}", "TRANSP:TRANSPARENT", "SUMMARY:Assessment centre", "END:VEVENT"]
        ics = calendar(body, "REQUEST", "-//Apple Inc.//iCloud 2.0//EN")
        CASES.append(
            Case(
                "alldaydate",
                name,
                ics,
                {
                    "kind": "invitation",
                    "start": iso(d0),
                    "end": iso(end),
                    "all_day": True,
                    "uid": uid,
                    "sequence": 0,
                    "method": "REQUEST",
                },
                "All-day event; end is the exclusive day after.",
            )
        )


# ---------------------------------------------------------------------------------- charsetcal
def charset_calendars() -> None:
    z = "Europe/Paris"
    s = datetime(2026, 10, 15, 10, 0, tzinfo=ZoneInfo(z))
    e = s + timedelta(hours=1)
    uid = "entretien-réf-0043@ressources-humaines.example".replace("é", "e")
    body = [
        *vtimezone(z, "Romance Standard Time", exchange=True),
        "BEGIN:VEVENT",
        f"DTSTART;TZID=Romance Standard Time:{wall(s)}",
        f"DTEND;TZID=Romance Standard Time:{wall(e)}",
        f"UID:{uid}",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr-FR:Entretien d'embauche - équipe qualité",
        "LOCATION:Bâtiment É\\, salle Hélène",
        "END:VEVENT",
    ]
    ics = calendar(body, "REQUEST", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR")
    CASES.append(
        Case(
            "charsetcal",
            "latin1_qp",
            ics,
            timed_label(s, e, z, uid, 0, "REQUEST", "invitation"),
            "text/calendar in ISO-8859-1, quoted-printable.",
            mail={
                "from": "RH <rh@ressources-humaines.example>",
                "date": s - timedelta(days=7),
                "subject": "Invitation : entretien",
                "lang": "fr",
                "charset": "iso-8859-1",
                "encoding": "quoted-printable",
                "text": "Veuillez trouver l'invitation.\n",
                "part_method": "REQUEST",
            },
        )
    )
    z = "Europe/Prague"
    s = datetime(2026, 11, 24, 13, 0, tzinfo=ZoneInfo(z))
    e = s + timedelta(minutes=45)
    uid = "pohovor-2026-11-24-ostrava@zbrojovka.example"
    body = [
        *vtimezone("Europe/Berlin", z),
        "BEGIN:VEVENT",
        f"DTSTART;TZID={z}:{wall(s)}",
        f"DTEND;TZID={z}:{wall(e)}",
        f"UID:{uid}",
        "SEQUENCE:0",
        "SUMMARY:Pohovor – vývojář řídicích systémů (Ostrava\\, budova Č)",
        "DESCRIPTION:Dobrý den\\, těšíme se na setkání. Přineste prosím občanský průkaz a "
        "portfolio. Vstup je z ulice Českobratrské\\, recepce ve 2. patře.",
        "END:VEVENT",
    ]
    ics = calendar(body, "REQUEST", "-//Zimbra Collaboration Suite//EN")
    CASES.append(
        Case(
            "charsetcal",
            "utf8_base64_folded",
            ics,
            timed_label(s, e, z, uid, 0, "REQUEST", "invitation"),
            "UTF-8 calendar in base64; long lines folded at 75 octets.",
            mail={
                "from": "Nábor <nabor@zbrojovka.example>",
                "date": s - timedelta(days=10),
                "subject": "Pozvánka na pohovor",
                "lang": "cs",
                "charset": "utf-8",
                "encoding": "base64",
                "text": "Dobrý den, v příloze je pozvánka.\n",
                "part_method": "REQUEST",
            },
        )
    )


# ---------------------------------------------------------------------------------- utf16cal
def utf16_calendars() -> None:
    z = "Europe/Zurich"
    s = datetime(2026, 11, 26, 14, 30, tzinfo=ZoneInfo(z))
    e = s + timedelta(minutes=45)
    uid = "5B0C7E21-93AF-4D6A-8E10-2F6C9D4A7B33"
    body = [
        *vtimezone(z, z),
        "BEGIN:VEVENT",
        f"DTSTAMP:{stamp(s - timedelta(days=8))}",
        f"DTSTART;TZID={z}:{wall(s)}",
        f"DTEND;TZID={z}:{wall(e)}",
        f"UID:{uid}",
        "SUMMARY:Vorstellungsgespräch Zürich",
        "LOCATION:Büro Oerlikon",
        "END:VEVENT",
    ]
    ics = calendar(
        body,
        "PUBLISH",
        "-//Microsoft Corporation//Windows Calendar 1.0//EN",
        head=["CALSCALE:GREGORIAN"],
    )
    CASES.append(
        Case(
            "utf16cal",
            "windows_calendar_utf16le",
            ics,
            timed_label(s, e, z, uid, 0, "PUBLISH", "invitation"),
            "Calendar file in UTF-16LE with a byte-order mark.",
            extra={"file_encoding": "utf-16"},
        )
    )
    z = "America/Bogota"
    s = datetime(2026, 12, 9, 8, 0, tzinfo=ZoneInfo(z))
    e = s + timedelta(hours=1)
    uid = "entrevista-bog-5521@andinasoft.example"
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={z}:{wall(s)}",
        f"DTEND;TZID={z}:{wall(e)}",
        f"UID:{uid}",
        "SEQUENCE:0",
        "SUMMARY:Entrevista técnica",
        "END:VEVENT",
    ]
    ics = calendar(body, "REQUEST", "-//Andina Soft//Agenda 3//ES")
    CASES.append(
        Case(
            "utf16cal",
            "mail_part_utf16_base64",
            ics,
            timed_label(s, e, z, uid, 0, "REQUEST", "invitation"),
            "text/calendar; charset=utf-16, base64: the part is UTF-16 with a BOM.",
            mail={
                "from": "Selección <seleccion@andinasoft.example>",
                "date": s - timedelta(days=5),
                "subject": "Invitación: entrevista técnica",
                "lang": "es",
                "charset": "utf-16",
                "encoding": "base64",
                "text": "Adjuntamos la invitación.\n",
                "part_method": "REQUEST",
            },
        )
    )


# ---------------------------------------------------------------------------------- writing
def encode(body: bytes, encoding: str) -> bytes:
    if encoding == "base64":
        return base64.encodebytes(body)
    if encoding == "quoted-printable":
        return quopri.encodestring(body)
    return body


def render(case: Case) -> tuple[str, bytes]:
    newline = str(case.extra.get("newline", "\r\n"))
    text = newline.join(lines_of(case.ics)) + newline
    if case.mail is None:
        file_encoding = str(case.extra.get("file_encoding", "utf-8"))
        return f"{case.family}__{case.name}.ics", text.encode(file_encoding)
    mail = case.mail
    charset = str(mail.get("charset", "utf-8"))
    encoding = str(mail.get("encoding", "8bit"))
    method = mail.get("part_method")
    cal_bytes = encode(text.encode(charset), encoding)
    text_bytes = str(mail.get("text", "")).encode("utf-8")
    sent = mail["date"]
    assert isinstance(sent, datetime)
    boundary = f"=_icsreal12_{case.family}_{case.name}"
    ctype = f'text/calendar; charset="{charset}"' + (f"; method={method}" if method else "")
    lines = [
        f"From: {mail['from']}",
        "To: Candidate <candidate@inbox.example>",
        f"Subject: {mail['subject']}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{case.family}.{case.name}@icsreal12.example>",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/alternative; boundary="{boundary}"',
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    head = "\r\n".join(lines).encode("utf-8") + b"\r\n" + text_bytes.replace(b"\n", b"\r\n")
    part = "\r\n".join(
        [
            f"--{boundary}",
            f"Content-Type: {ctype}",
            f"Content-Transfer-Encoding: {encoding}",
            "",
            "",
        ]
    ).encode("utf-8")
    tail = f"\r\n--{boundary}--\r\n".encode()
    return f"{case.family}__{case.name}.eml", head + b"\r\n" + part + cal_bytes + tail


def main() -> None:
    for build in (
        bare_events,
        epoch_sequences,
        domino_zones,
        utf16_calendars,
        xwr_floating,
        exdate_series,
        windows_zones,
        lone_overrides,
        all_day_dates,
        charset_calendars,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in CASES:
        name, data = render(case)
        folder = HERE / SPLITS[case.family]
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
        label = dict(case.label)
        label["language"] = str((case.mail or {}).get("lang", "en"))
        label["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE,
        }
        label["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files")


if __name__ == "__main__":
    main()
