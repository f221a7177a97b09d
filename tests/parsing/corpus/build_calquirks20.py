# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calquirks20 batch: calendar-bearing interview mail with the quirks real producers ship.

Run: .venv/bin/python tests/parsing/corpus/build_calquirks20.py

Outlook's legacy custom zone (TZID "tzone://Microsoft/Custom", quoted), display-name and
localized TZIDs, Windows zone IDs in DST gap weeks, floating times with and without
X-WR-TIMEZONE, X-WR-TIMEZONE that disagrees with the TZID, DURATION instead of DTEND,
DTSTART;VALUE=DATE-TIME with a quoted TZID, all-day interview days, METHOD only in the
Content-Type parameter or only in the body, a CANCEL whose SEQUENCE is lower than the update
the reader saw, COUNTER and DECLINECOUNTER, UTF-16 and base64 calendar parts, an .ics inside a
forwarded message/rfc822, lines folded inside a multibyte character, libical's
'/freeassociation.sourceforge.net/...' TZIDs, one VEVENT per round, RECURRENCE-ID exceptions,
X-MS-OLK-ORIGINALSTART and Exchange 'Updated:' mail with SEQUENCE 0 and a new DTSTAMP.
Each family has a look-alike from the same producer (a colleague's meeting, out-of-office).

Labels are computed from the aware datetimes written into each calendar; every calendar is
re-read with `icalendar` (unfolded at the byte level first) and the DTSTART instant of the
labelled VEVENT must equal the label. See PROVENANCE-calquirks20.md.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import sys
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parseaddr
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cp17", HERE / "build_calparts17.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cp17"] = module
    spec.loader.exec_module(module)
    return module


c17 = _load()
cp = c17.cp
at, label, stamp, wall = cp.at, cp.label, cp.stamp, cp.wall
BERLIN = cp.RULES["Europe/Berlin"]
US = ("-0500", "-0400", (11, "1SU", "020000"), (3, "2SU", "020000"))
cp.RULES.update(
    {
        "Europe/Paris": BERLIN,
        "Europe/Madrid": BERLIN,
        "Europe/Rome": BERLIN,
        "Europe/Warsaw": BERLIN,
        "Europe/Vienna": BERLIN,
        "Europe/Lisbon": cp.RULES["Europe/London"],
        "America/Los_Angeles": ("-0800", "-0700", US[2], US[3]),
        "America/Denver": ("-0700", "-0600", US[2], US[3]),
        "America/Chicago": ("-0600", "-0500", US[2], US[3]),
        "America/Phoenix": ("-0700", None, None, None),
        "Asia/Tokyo": ("+0900", None, None, None),
        "Asia/Singapore": ("+0800", None, None, None),
    }
)

SPLITS = {
    "olkzone20": "dev",
    "winzone20": "dev",
    "floatdt20": "dev",
    "itipmeth20": "dev",
    "encwrap20": "dev",
    "xwrmix20": "dev",
    "durday20": "dev",
    "libtz20": "heldout",
    "rounds20": "heldout",
    "exchupd20": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TEMPLATE = {
    "olkzone20": 'Outlook/Exchange iMIP with legacy custom zone TZID "tzone://Microsoft/Custom" (quoted, node-ical#56 shape), display-name and localized TZIDs with a 1601 VTIMEZONE (node-ical#246 shape); layout recalled',
    "winzone20": "Outlook 16 / Exchange REQUESTs with Windows zone IDs (CLDR windowsZones) in DST gap weeks and zones without DST; layout recalled",
    "floatdt20": "booking and ATS .ics files with floating times (with and without X-WR-TIMEZONE), DTSTART;VALUE=DATE-TIME with a quoted TZID, all-day DATE events; wording ours",
    "itipmeth20": "iMIP (RFC 6047) mail whose METHOD is only in the Content-Type parameter or only in the body, CANCEL with a lower SEQUENCE, COUNTER / DECLINECOUNTER (RFC 5546 3.2.7-3.2.8); layout recalled",
    "encwrap20": "calendar parts in UTF-16 and base64, quoted-printable, an .ics inside a forwarded message/rfc822, lines folded inside a multibyte character (Outlook/Exchange byte folding); layout recalled",
    "xwrmix20": "Google/Apple/ATS exports carrying X-WR-TIMEZONE next to UTC or TZID times that disagree with it; wording ours",
    "durday20": "Workday-, Teamtailor- and Outlook-web-style .ics with DURATION instead of DTEND (PT45M, P0DT1H30M0S, P1D on a DATE); wording ours",
    "libtz20": "Evolution/libical and Citadel exports with TZIDs prefixed by '/freeassociation.sourceforge.net/' or '/citadel.org/'; layout recalled",
    "rounds20": "panel days sent as one VEVENT per round and interview series with RECURRENCE-ID exceptions; layout recalled",
    "exchupd20": "Exchange 'Updated:' mail with SEQUENCE 0 and a new DTSTAMP, X-MS-OLK-ORIGINALSTART, X-MICROSOFT-CDO-OWNERAPPTID; layout recalled",
}
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCH = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//macOS 14.4//EN"
EVO = "-//Ximian//NONSGML Evolution Calendar//EN"
ME = "candidate@inbox.example"
TO = "Candidate <candidate@inbox.example>"
EXUID = "040000008200E00074C5B7101A82E00800000000{}0000000000000000100000000{}"


@dataclass
class Case:
    family: str
    name: str
    ics: list[str]
    label: dict[str, object]
    note: str
    mail: dict[str, object]


CASES: list[Case] = []


def uid_of(fam: str, name: str) -> str:
    return f"{name.replace('_', '-')}-{zlib.crc32(name.encode()) % 99991:05d}@{fam}.example"


def exuid(name: str) -> str:
    h = f"{zlib.crc32(name.encode()):08X}"
    return EXUID.format(h[:4] + "0001", h * 2)


def dt(name: str, value: datetime | date, how: str) -> str:
    """how: 'utc', 'float', 'date', or 'tz:<TZID>' / 'qtz:<TZID>' (quoted) / 'vdt:<TZID>'."""
    if not isinstance(value, datetime):
        return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"
    if how == "utc":
        return f"{name}:{stamp(value)}"
    if how == "float":
        return f"{name}:{wall(value)}"
    kind, tzid = how.split(":", 1)
    if kind == "tz":
        return f"{name};TZID={tzid}:{wall(value)}"
    if kind == "qtz":
        return f'{name};TZID="{tzid}":{wall(value)}'
    assert kind == "vdt"
    return f'{name};VALUE=DATE-TIME;TZID="{tzid}":{wall(value)}'


def vev(
    uid: str,
    s: datetime | date,
    e: datetime | date | None,
    how: str,
    summary: str,
    sent: datetime,
    *,
    seq: int | None = 0,
    org: str,
    dur: str | None = None,
    more: tuple[str, ...] = (),
    attendee: str | None = "NEEDS-ACTION",
    rid: str | None = None,
) -> list[str]:
    who, addr = parseaddr(org)
    out = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp(sent)}"]
    if rid:
        out.append(rid)
    out.append(dt("DTSTART", s, how))
    if dur:
        out.append(f"DURATION:{dur}")
    elif e is not None:
        out.append(dt("DTEND", e, how))
    if seq is not None:
        out.append(f"SEQUENCE:{seq}")
    out += [f"SUMMARY:{summary}", f"ORGANIZER;CN={who}:mailto:{addr}"]
    if attendee:
        out.append(
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={attendee};RSVP=TRUE;CN=Candidate:mailto:{ME}"
        )
    return [*out, *more, "END:VEVENT"]


def cal(body: list[str], method: str | None, prodid: str, head: tuple[str, ...] = ()) -> list[str]:
    return cp.calendar(body, method, prodid, head)


def vtz(iana: str, tzid: str, exchange: bool = True) -> list[str]:
    out: list[str] = cp.vtz(iana, tzid, exchange=exchange)
    if "," in tzid:  # a display name: TEXT escaping in the VTIMEZONE's TZID (node-ical#246)
        out = [
            f"TZID:{tzid.replace(',', chr(92) + ',')}" if ln == f"TZID:{tzid}" else ln for ln in out
        ]
    return out


def add(
    fam: str, name: str, ics: list[str], lab: dict[str, object], note: str, **mail: object
) -> None:
    assert all(c.name != name or c.family != fam for c in CASES), name
    CASES.append(Case(fam, name, ics, lab, note, dict(mail)))


def neg() -> dict[str, object]:
    return {"kind": "not_invitation"}


def when_en(s: datetime, e: datetime, display: str) -> str:
    return f"When: {cp.outlook_when(s, e, display)}"


# ------------------------------------------------------------------------------ olkzone20
def olkzone20() -> None:
    fam = "olkzone20"
    z = "Europe/Berlin"
    s = at(2027, 3, 30, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 3, 19, 15, 40, z)
    u = exuid("olk_custom_berlin")
    ics = cal(
        [
            *vtz(z, "tzone://Microsoft/Custom"),
            *vev(
                u,
                s,
                e,
                "qtz:tzone://Microsoft/Custom",
                "Vorstellungsgespräch – Controlling (Haberland AG)",
                sent,
                org="Ines Haberland <ines.haberland@haberland-ag.example>",
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "tzone_custom_berlin_de",
        ics,
        label("invitation", s, e, None, u, 0, "REQUEST"),
        'Exchange REQUEST with TZID="tzone://Microsoft/Custom" (quoted) defined only by its 1601 VTIMEZONE (EU rules); slot two days after the 28 Mar change, sent before it; no zone name to label.',
        sender="Ines Haberland <ines.haberland@haberland-ag.example>",
        subject="Vorstellungsgespräch – Controlling",
        text="Guten Tag,\n\nwie telefonisch besprochen lade ich Sie zum Vorstellungsgespräch für die Stelle im Controlling ein. Die Einladung liegt bei.\n\nFreundliche Grüße\nInes Haberland\nHaberland AG\n",
        sent=sent,
        layout="alt",
        lang="de",
    )
    z = "Europe/London"
    s = at(2027, 10, 28, 9, 30, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 10, 20, 11, 2, z)
    u = exuid("olk_dublin_display")
    tzid = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    ics = cal(
        [
            *vtz(z, tzid),
            *vev(
                u,
                s,
                e,
                f"qtz:{tzid}",
                "Interview: Payroll Specialist",
                sent,
                org="Aoife Brennan <aoife.brennan@corrib-payroll.example>",
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "display_name_dublin_london_en",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "Outlook display name as TZID, quoted, with escaped commas in the VTIMEZONE's TZID; slot in the last BST week (change 31 Oct), so +01:00.",
        sender="Aoife Brennan <aoife.brennan@corrib-payroll.example>",
        subject="Interview: Payroll Specialist",
        text=f"Hi,\n\nThanks for your application. Please find an interview invite attached for the Payroll Specialist role at our London office.\n\n{when_en(s, e, tzid)}\nWhere: 14 Fenwick Street, 3rd floor\n\nKind regards,\nAoife\n",
        sent=sent,
        layout="alt",
        lang="en",
        html=True,
    )
    z = "Europe/Vienna"
    s = at(2027, 4, 8, 14, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 3, 26, 9, 30, z)
    u = exuid("olk_mez_localized")
    tzid = "Mitteleuropäische Zeit"
    ics = cal(
        [
            *vtz(z, tzid),
            *vev(
                u,
                s,
                e,
                f"tz:{tzid}",
                "Bewerbungsgespräch Junior Buchhaltung",
                sent,
                org="Thomas Gruber <t.gruber@alpenholz.example>",
            ),
        ],
        "REQUEST",
        OUTLOOK,
    )
    add(
        fam,
        "localized_mitteleuropaeische_zeit_de",
        ics,
        label("invitation", s, e, None, u, 0, "REQUEST"),
        "TZID is Windows' localized standard name 'Mitteleuropäische Zeit' (an older German Outlook); the VTIMEZONE carries EU rules; slot after the 28 Mar change; the name names no single IANA zone, so no zone is labelled.",
        sender="Thomas Gruber <t.gruber@alpenholz.example>",
        subject="Einladung zum Bewerbungsgespräch",
        text="Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch in Salzburg einzuladen (Termin siehe Kalendereintrag).\n\nMit freundlichen Grüßen\nThomas Gruber\nAlpenholz GmbH\n",
        sent=sent,
        layout="alt",
        lang="de",
    )
    z = "Europe/Paris"
    s = at(2027, 10, 29, 11, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 10, 22, 17, 5, z)
    u = exuid("olk_romance_fr_display")
    tzid = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
    ics = cal(
        [
            *vtz(z, tzid),
            *vev(
                u,
                s,
                e,
                f"qtz:{tzid}",
                "Entretien – Chargé(e) de recrutement",
                sent,
                seq=1,
                org="Élodie Marchand <e.marchand@vireo-conseil.example>",
            ),
        ],
        "REQUEST",
        OUTLOOK,
    )
    add(
        fam,
        "display_name_paris_fr_seq1",
        ics,
        label("reschedule", s, e, z, u, 1, "REQUEST"),
        "French Outlook display-name TZID (quoted, commas escaped in the VTIMEZONE); 'Mis à jour' SEQUENCE 1; Friday before the 31 Oct change, so +02:00.",
        sender="Élodie Marchand <e.marchand@vireo-conseil.example>",
        subject="Mis à jour : Entretien – Chargé(e) de recrutement",
        text=f"Bonjour,\n\nnous avons dû avancer notre entretien : il aura lieu le vendredi 29 octobre à 11 h.\n\nQuand : vendredi 29 octobre 2027 11:00-11:30 {tzid}.\n\nCordialement,\nÉlodie Marchand\n",
        sent=sent,
        layout="alt",
        lang="fr",
        html=True,
    )
    z = "Europe/Berlin"
    s = at(2027, 4, 6, 9, 0, z)
    sent = at(2027, 3, 31, 8, 10, z)
    ics = cal(
        [
            *vtz(z, "tzone://Microsoft/Custom"),
            *vev(
                exuid("olk_custom_jourfixe"),
                s,
                s + timedelta(minutes=30),
                "qtz:tzone://Microsoft/Custom",
                "Jour fixe Team Einkauf",
                sent,
                org="Heike Sommer <h.sommer@haberland-ag.example>",
                more=("RRULE:FREQ=WEEKLY;BYDAY=TU",),
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "tzone_custom_jour_fixe_lookalike_de",
        ics,
        neg(),
        "Look-alike: a colleague's weekly team meeting from the same Exchange with the same custom zone; not an interview.",
        sender="Heike Sommer <h.sommer@haberland-ag.example>",
        subject="Jour fixe Team Einkauf",
        text="Hallo zusammen,\n\nab April treffen wir uns dienstags kurz zum Abgleich der offenen Bestellungen.\n\nGruß\nHeike\n",
        sent=sent,
        layout="alt",
        lang="de",
    )


# ------------------------------------------------------------------------------ winzone20
def winzone20() -> None:
    fam = "winzone20"
    rows = [
        (
            "pacific_gap_week_from_london",
            "America/Los_Angeles",
            "Pacific Standard Time",
            at(2027, 3, 17, 9, 0, "America/Los_Angeles"),
            at(2027, 3, 10, 16, 0, "Europe/London"),
            "en",
            "(UTC-08:00) Pacific Time (US & Canada)",
            "Interview – Senior Data Analyst (Fernhill Labs)",
            "Maya Lin <maya.lin@fernhill-labs.example>",
            "Pacific Standard Time in the US/EU gap week (US changed 14 Mar, UK on 28 Mar): -07:00; the mail is sent from London.",
        ),
        (
            "us_mountain_phoenix_summer",
            "America/Phoenix",
            "US Mountain Standard Time",
            at(2027, 7, 13, 13, 30, "America/Phoenix"),
            at(2027, 7, 6, 10, 0, "America/Phoenix"),
            "en",
            "(UTC-07:00) Arizona",
            "Phone interview – Field Service Technician",
            "Rosa Delgado <rosa.delgado@saguaro-hvac.example>",
            "'US Mountain Standard Time' is Arizona (no DST): -07:00 in July, unlike 'Mountain Standard Time'.",
        ),
        (
            "mountain_denver_summer",
            "America/Denver",
            "Mountain Standard Time",
            at(2027, 7, 14, 13, 30, "America/Denver"),
            at(2027, 7, 6, 10, 0, "America/Denver"),
            "en",
            "(UTC-07:00) Mountain Time (US & Canada)",
            "Interview – Operations Coordinator",
            "Glen Whitaker <glen.whitaker@frontrange-logistics.example>",
            "'Mountain Standard Time' is Denver with DST: -06:00 in July despite 'Standard' in the name.",
        ),
        (
            "eastern_gap_week_from_berlin_de",
            "America/New_York",
            "Eastern Standard Time",
            at(2027, 11, 3, 10, 0, "America/New_York"),
            at(2027, 10, 27, 15, 0, "Europe/Berlin"),
            "de",
            "(UTC-05:00) Eastern Time (USA und Kanada)",
            "Interview – Key Account Manager DACH/US",
            "Laura Stein <laura.stein@hudsonmetal.example>",
            "Eastern Standard Time in the autumn gap week (EU back on 31 Oct, US on 7 Nov): still -04:00; sent from Berlin, German text.",
        ),
        (
            "aus_eastern_after_april_change",
            "Australia/Sydney",
            "AUS Eastern Standard Time",
            at(2027, 4, 6, 10, 0, "Australia/Sydney"),
            at(2027, 3, 29, 12, 0, "Australia/Sydney"),
            "en",
            "(UTC+10:00) Canberra, Melbourne, Sydney",
            "Interview – Graduate Civil Engineer",
            "Priya Nair <priya.nair@harbourbridge-eng.example>",
            "AUS Eastern Standard Time two days after the 4 Apr change back to +10:00; sent at +11:00.",
        ),
    ]
    for name, z, win, s, sent, lang, display, summary, org, note in rows:
        e = s + timedelta(minutes=45)
        u = exuid(name)
        ics = cal(
            [*vtz(z, win), *vev(u, s, e, f"tz:{win}", summary, sent, org=org)], "REQUEST", EXCH
        )
        who = parseaddr(org)[0].split()[0]
        if lang == "de":
            text = f"Hallo,\n\nwie besprochen sende ich Ihnen die Einladung für das Interview mit unserem Team in New York (Teams).\n\nWann: Mittwoch, 3. November 2027 10:00-10:45 {display}.\n\nBeste Grüße\n{who}\n"
        else:
            text = f"Hi,\n\nthanks again for your time on the phone. I've booked the interview below; the invite is attached.\n\n{when_en(s, e, display)}\n\nBest,\n{who}\n"
        add(
            fam,
            name,
            ics,
            label("invitation", s, e, z, u, 0, "REQUEST"),
            note,
            sender=org,
            subject=summary,
            text=text,
            sent=sent,
            layout="alt",
            lang=lang,
            html=True,
        )
    z = "America/Los_Angeles"
    s = at(2027, 3, 15, 0, 0, z)
    sent = at(2027, 3, 10, 17, 0, z)
    ics = cal(
        [
            *vtz(z, "Pacific Standard Time"),
            *vev(
                exuid("oof_pacific"),
                s,
                s + timedelta(days=5),
                "tz:Pacific Standard Time",
                "Out of office – Maya",
                sent,
                org="Maya Lin <maya.lin@fernhill-labs.example>",
                more=(
                    "TRANSP:TRANSPARENT",
                    "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
                    "X-MICROSOFT-CDO-INTENDEDSTATUS:OOF",
                ),
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "oof_pacific_lookalike",
        ics,
        neg(),
        "Look-alike: the same recruiter's out-of-office block (Windows zone, OOF) sent to the team list.",
        sender="Maya Lin <maya.lin@fernhill-labs.example>",
        subject="Out of office – Maya",
        text="Hi all,\n\nI'm out next week. For anything urgent, ping Jordan.\n\nMaya\n",
        sent=sent,
        layout="alt",
        lang="en",
    )


# ------------------------------------------------------------------------------ floatdt20
def floatdt20() -> None:
    fam = "floatdt20"
    z = "Europe/Madrid"
    s = at(2027, 5, 12, 10, 30, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 5, 5, 12, 0, z)
    u = uid_of(fam, "float_no_zone_es")
    ics = cal(
        [
            *vev(
                u,
                s,
                e,
                "float",
                "Entrevista – Técnico/a de laboratorio",
                sent,
                org="Laboratorios Ebro <rrhh@labebro.example>",
            )
        ],
        "PUBLISH",
        "-//Agendas Ebro//Citas 2.1//ES",
    )
    add(
        fam,
        "float_no_zone_es",
        ics,
        label("invitation", s, e, None, u, 0, "PUBLISH", floating_sent=sent),
        "Floating DTSTART/DTEND and no X-WR-TIMEZONE; neither text nor calendar names a zone: the wall time is the label (tz_stated false).",
        sender="Laboratorios Ebro <rrhh@labebro.example>",
        subject="Confirmación de entrevista",
        text="Hola,\n\nte confirmamos la entrevista para el puesto de técnico/a de laboratorio el miércoles 12 de mayo a las 10:30 en nuestras instalaciones de Zaragoza. Adjuntamos el archivo de calendario.\n\nUn saludo,\nRecursos Humanos\n",
        sent=sent,
        layout="attach",
        lang="es",
    )
    z = "Asia/Tokyo"
    s = at(2027, 6, 8, 15, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 6, 1, 10, 0, z)
    u = uid_of(fam, "float_xwr_tokyo_ja")
    ics = cal(
        [
            *vev(
                u,
                s,
                e,
                "float",
                "一次面接（株式会社ミナトシステム）",
                sent,
                org="採用担当 <saiyo@minato-sys.example>",
            )
        ],
        "PUBLISH",
        "-//Minato//Saiyo Kanri//JA",
        ("X-WR-TIMEZONE:Asia/Tokyo",),
    )
    add(
        fam,
        "float_xwr_tokyo_ja",
        ics,
        label("invitation", s, e, z, u, 0, "PUBLISH"),
        "Floating times with X-WR-TIMEZONE:Asia/Tokyo; the calendar's zone names the instant.",
        sender="採用担当 <saiyo@minato-sys.example>",
        subject="【ミナトシステム】一次面接日程のご案内",
        text="候補者様\n\nこの度はご応募いただきありがとうございます。一次面接の日程が決まりましたので、添付のカレンダーファイルをご確認ください。\n\n株式会社ミナトシステム 採用担当\n",
        sent=sent,
        layout="attach",
        lang="ja",
    )
    z = "Europe/Madrid"
    s = at(2027, 3, 29, 9, 0, z)
    e = s + timedelta(minutes=50)
    sent = at(2027, 3, 22, 18, 0, z)
    u = uid_of(fam, "value_datetime_quoted_tzid")
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                u,
                s,
                e,
                f"vdt:{z}",
                "Entrevista – Analista de datos",
                sent,
                org="Nuria Vidal <nuria.vidal@dadesnord.example>",
            ),
        ],
        "REQUEST",
        "-//Dades Nord//Recruit 4//ES",
    )
    add(
        fam,
        "value_datetime_quoted_tzid_es",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        'DTSTART;VALUE=DATE-TIME;TZID="Europe/Madrid" (explicit default value type, quoted TZID); first Monday after the 28 Mar change.',
        sender="Nuria Vidal <nuria.vidal@dadesnord.example>",
        subject="Invitación: Entrevista – Analista de datos",
        text="Hola:\n\nte enviamos la invitación para la entrevista por videollamada. El enlace está en el evento.\n\nNuria Vidal\nDades Nord\n",
        sent=sent,
        layout="alt",
        lang="es",
    )
    s0, e0 = date(2027, 9, 14), date(2027, 9, 15)
    sent = at(2027, 9, 1, 9, 0, "Europe/Rome")
    u = uid_of(fam, "allday_assessment_it")
    ics = cal(
        [
            *vev(
                u,
                s0,
                e0,
                "date",
                "Giornata di selezione – Graduate Program",
                sent,
                org="Selezione Lanterna <selezione@lanterna-energia.example>",
                more=("TRANSP:TRANSPARENT",),
            )
        ],
        "REQUEST",
        GOOGLE,
    )
    add(
        fam,
        "allday_assessment_it",
        ics,
        label("invitation", s0, e0, None, u, 0, "REQUEST"),
        "All-day interview day (DATE values, exclusive DTEND), Google-style transparent REQUEST; Italian text.",
        sender="Selezione Lanterna <selezione@lanterna-energia.example>",
        subject="Invito: Giornata di selezione – Graduate Program",
        text="Gentile candidato,\n\nla invitiamo alla giornata di selezione del nostro Graduate Program, martedì 14 settembre, presso la sede di Genova. Colloqui individuali e prova di gruppo durante la giornata; il programma dettagliato arriverà la settimana prima.\n\nUfficio Selezione\nLanterna Energia\n",
        sent=sent,
        layout="google",
        lang="it",
        html=True,
    )
    s0, e0 = date(2027, 10, 4), date(2027, 10, 6)
    sent = at(2027, 9, 20, 9, 0, "Europe/Madrid")
    u = uid_of(fam, "allday_two_days_es")
    ics = cal(
        [
            *vev(
                u,
                s0,
                e0,
                "date",
                "Assessment center – 2 jornadas",
                sent,
                org="Talento Ibérica <talento@iberica-seguros.example>",
            )
        ],
        "REQUEST",
        OUTLOOK,
    )
    add(
        fam,
        "allday_two_day_assessment_es",
        ics,
        label("invitation", s0, e0, None, u, 0, "REQUEST"),
        "Two-day assessment centre as DATE values (DTEND exclusive: 6 Oct).",
        sender="Talento Ibérica <talento@iberica-seguros.example>",
        subject="Assessment center – convocatoria",
        text="Hola,\n\nhas superado la primera fase. Te convocamos al assessment center los días 4 y 5 de octubre en Madrid.\n\nUn saludo,\nEquipo de Talento\n",
        sent=sent,
        layout="alt",
        lang="es",
    )
    s0 = date(2027, 8, 2)
    sent = at(2027, 7, 20, 9, 0, "Europe/Madrid")
    ics = cal(
        [
            *vev(
                uid_of(fam, "vacaciones"),
                s0,
                date(2027, 8, 16),
                "date",
                "Vacaciones – Nuria",
                sent,
                org="Nuria Vidal <nuria.vidal@dadesnord.example>",
                more=("TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:OOF"),
            )
        ],
        "REQUEST",
        "-//Dades Nord//Recruit 4//ES",
    )
    add(
        fam,
        "vacaciones_lookalike_es",
        ics,
        neg(),
        "Look-alike: the same recruiter's two-week holiday block sent to colleagues (DATE values, OOF).",
        sender="Nuria Vidal <nuria.vidal@dadesnord.example>",
        subject="Vacaciones agosto",
        text="Hola equipo,\n\nestaré de vacaciones del 2 al 15 de agosto. Las entrevistas pendientes las cubre Pau.\n\nNuria\n",
        sent=sent,
        layout="alt",
        lang="es",
    )


# ------------------------------------------------------------------------------ itipmeth20
def itipmeth20() -> None:
    fam = "itipmeth20"
    z = "Europe/Warsaw"
    s = at(2027, 4, 14, 12, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 4, 7, 9, 0, z)
    u = uid_of(fam, "ct_only")
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                u,
                s,
                e,
                f"tz:{z}",
                "Rozmowa rekrutacyjna – Tester oprogramowania",
                sent,
                org="Agnieszka Nowak <a.nowak@wislasoft.example>",
            ),
        ],
        None,
        "-//WislaSoft//HR Kalendarz 3.2//PL",
    )
    add(
        fam,
        "method_only_in_content_type_pl",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "No METHOD property in the VCALENDAR; the text/calendar part says method=REQUEST (RFC 6047 2.4 wants both); the reader takes REQUEST.",
        sender="Agnieszka Nowak <a.nowak@wislasoft.example>",
        subject="Zaproszenie na rozmowę rekrutacyjną",
        text="Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną na stanowisko testera oprogramowania. Szczegóły w zaproszeniu z kalendarza.\n\nPozdrawiam\nAgnieszka Nowak\n",
        sent=sent,
        layout="alt",
        ct_method="REQUEST",
        lang="pl",
    )
    z = "Europe/Lisbon"
    s = at(2027, 5, 18, 15, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 5, 10, 10, 0, z)
    u = uid_of(fam, "body_only")
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                u,
                s,
                e,
                f"tz:{z}",
                "Entrevista – Designer de produto",
                sent,
                org="Rita Carvalho <rita.carvalho@tejo-digital.example>",
            ),
        ],
        "REQUEST",
        "-//Tejo Digital//Agenda//PT",
    )
    add(
        fam,
        "method_only_in_body_pt",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "METHOD:REQUEST in the calendar, but the text/calendar Content-Type has no method parameter.",
        sender="Rita Carvalho <rita.carvalho@tejo-digital.example>",
        subject="Convite: Entrevista – Designer de produto",
        text="Olá,\n\nobrigada pela candidatura. Segue o convite para a entrevista no nosso escritório de Lisboa.\n\nCumprimentos,\nRita Carvalho\n",
        sent=sent,
        layout="alt",
        ct_method="",
        lang="pt",
    )
    z = "America/Chicago"
    s = at(2027, 6, 9, 14, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 6, 4, 16, 0, z)
    u = exuid("cancel_lower_seq")
    ics = cal(
        [
            *vtz(z, "Central Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:Central Standard Time",
                "Canceled: Interview – Supply Chain Analyst",
                sent,
                seq=1,
                org="Brent Howell <brent.howell@prairiegrain.example>",
                more=("STATUS:CANCELLED", "X-MICROSOFT-CDO-APPT-SEQUENCE:1"),
            ),
        ],
        "CANCEL",
        EXCH,
    )
    add(
        fam,
        "cancel_lower_sequence_en",
        ics,
        label("cancellation", s, e, z, u, 1, "CANCEL"),
        "Exchange 'Canceled:' with SEQUENCE 1 although the reader had an update with SEQUENCE 2 (cancel sent from a delegate's stale copy); the cancel's own fields are the label.",
        sender="Brent Howell <brent.howell@prairiegrain.example>",
        subject="Canceled: Interview – Supply Chain Analyst",
        text="Hi,\n\nUnfortunately we have to cancel Wednesday's interview; the position has been put on hold. I'm sorry for the short notice.\n\nBrent\n",
        sent=sent,
        layout="alt",
        lang="en",
    )
    z = "America/New_York"
    s = at(2027, 9, 23, 16, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 9, 15, 8, 30, z)
    u = exuid("counter_propose")
    ics = cal(
        [
            *vtz(z, "Eastern Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:Eastern Standard Time",
                "Interview – UX Researcher",
                sent,
                org="Kim Osei <kim.osei@lumen-health.example>",
                attendee="TENTATIVE",
                more=(
                    "COMMENT:Could we move this to Thursday afternoon? I have an exam Wednesday.",
                ),
            ),
        ],
        "COUNTER",
        OUTLOOK,
    )
    add(
        fam,
        "counter_new_time_proposed_en",
        ics,
        label("reply", s, e, z, u, 0, "COUNTER"),
        "The reader's own Outlook 'New Time Proposed' (METHOD:COUNTER): DTSTART is the proposed slot.",
        sender=TO,
        subject="New Time Proposed: Interview – UX Researcher",
        text="Could we move this to Thursday afternoon? I have an exam Wednesday.\n",
        sent=sent,
        layout="alt",
        lang="en",
    )
    ics = cal(
        [
            *vtz(z, "Eastern Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:Eastern Standard Time",
                "Interview – UX Researcher",
                sent + timedelta(hours=5),
                org="Kim Osei <kim.osei@lumen-health.example>",
                attendee="TENTATIVE",
            ),
        ],
        "DECLINECOUNTER",
        OUTLOOK,
    )
    add(
        fam,
        "declinecounter_en",
        ics,
        label("reply", s, e, z, u, 0, "DECLINECOUNTER"),
        "The recruiter declines the proposed time (METHOD:DECLINECOUNTER, RFC 5546 3.2.8); the calendar names the declined proposal, labelled as a reply.",
        sender="Kim Osei <kim.osei@lumen-health.example>",
        subject="Declined: New Time Proposed: Interview – UX Researcher",
        text="Sorry, Thursday afternoon doesn't work for the panel. The original time stands; let me know if that's a problem.\n\nKim\n",
        sent=sent + timedelta(hours=5),
        layout="alt",
        lang="en",
    )
    z = "Europe/Warsaw"
    s = at(2027, 4, 16, 15, 0, z)
    sent = at(2027, 4, 9, 9, 0, z)
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                uid_of(fam, "integracja"),
                s,
                s + timedelta(hours=3),
                f"tz:{z}",
                "Integracja działu – kręgle",
                sent,
                org="Agnieszka Nowak <a.nowak@wislasoft.example>",
            ),
        ],
        None,
        "-//WislaSoft//HR Kalendarz 3.2//PL",
    )
    add(
        fam,
        "integracja_lookalike_pl",
        ics,
        neg(),
        "Look-alike: the same HR tool's team bowling evening, METHOD only in the Content-Type parameter.",
        sender="Agnieszka Nowak <a.nowak@wislasoft.example>",
        subject="Integracja działu – kręgle",
        text="Cześć,\n\nw piątek po pracy idziemy na kręgle. Firma stawia pizzę.\n\nAga\n",
        sent=sent,
        layout="alt",
        ct_method="REQUEST",
        lang="pl",
    )


# ------------------------------------------------------------------------------ encwrap20
def encwrap20() -> None:
    fam = "encwrap20"
    z = "Europe/Berlin"
    s = at(2027, 11, 2, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 10, 25, 14, 0, z)
    u = exuid("utf16_part")
    ics = cal(
        [
            *vtz(z, "W. Europe Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:W. Europe Standard Time",
                "Vorstellungsgespräch – Lagerlogistik",
                sent,
                org="Björn Späth <b.spaeth@nordhafen-log.example>",
            ),
        ],
        "REQUEST",
        OUTLOOK,
    )
    add(
        fam,
        "utf16_calendar_part_de",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "text/calendar; charset=utf-16 (BOM, base64); slot two days after the 31 Oct change, sent before it.",
        sender="Björn Späth <b.spaeth@nordhafen-log.example>",
        subject="Vorstellungsgespräch – Lagerlogistik",
        text="Hallo,\n\nanbei der Termin für Ihr Vorstellungsgespräch in Bremerhaven.\n\nGrüße\nBjörn Späth\n",
        sent=sent,
        layout="alt",
        cal_charset="utf-16",
        lang="de",
    )
    z = "Asia/Tokyo"
    s = at(2027, 2, 18, 14, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 2, 10, 9, 0, z)
    u = exuid("fold_multibyte_ja")
    summ = "最終面接 （役員面接）：株式会社サクラ精機 営業企画部 ポジション 二次選考通過者向け"
    ics = cal(
        [
            *vtz(z, "Tokyo Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:Tokyo Standard Time",
                summ,
                sent,
                org="人事部 山田 <yamada@sakura-seiki.example>",
                more=("LOCATION:東京都千代田区丸の内二丁目 サクラ精機本社ビル 十二階 第三会議室",),
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "fold_inside_multibyte_ja",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "Lines folded at 75 octets inside a UTF-8 character (SUMMARY, LOCATION), as Exchange did; base64 part.",
        sender="人事部 山田 <yamada@sakura-seiki.example>",
        subject="最終面接のご案内",
        text="候補者様\n\n最終面接の日時をお送りします。ご都合が悪い場合はご連絡ください。\n\n人事部 山田\n",
        sent=sent,
        layout="alt",
        fold="bytes",
        cal_enc="base64",
        lang="ja",
    )
    z = "Europe/Paris"
    s = at(2027, 3, 25, 16, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 17, 11, 0, z)
    u = uid_of(fam, "qp_part")
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                u,
                s,
                e,
                f"tz:{z}",
                "Entretien – Responsable d'équipe logistique (Groupe Méridien Transports)",
                sent,
                org="Sophie Lefèvre <s.lefevre@meridien-transports.example>",
                more=(
                    "DESCRIPTION:Entretien avec la directrice des opérations et un responsable de plateforme. Merci de vous munir d'une pièce d'identité à l'accueil.",
                ),
            ),
        ],
        "REQUEST",
        "-//Meridien//Agenda RH//FR",
    )
    add(
        fam,
        "quoted_printable_part_fr",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "Calendar part in quoted-printable with soft line breaks over folded lines; last EU winter week (change 28 Mar).",
        sender="Sophie Lefèvre <s.lefevre@meridien-transports.example>",
        subject="Invitation : Entretien – Responsable d'équipe logistique",
        text="Bonjour,\n\nsuite à notre échange, je vous propose un entretien sur notre site de Lyon. Vous trouverez l'invitation ci-jointe.\n\nBien cordialement,\nSophie Lefèvre\n",
        sent=sent,
        layout="alt",
        cal_enc="quoted-printable",
        lang="fr",
    )
    z = "America/Chicago"
    s = at(2027, 11, 4, 11, 0, z)
    e = s + timedelta(hours=1)
    isent = at(2027, 10, 26, 9, 0, z)
    u = exuid("fwd_rfc822_inner")
    ics = cal(
        [
            *vtz(z, "Central Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:Central Standard Time",
                "Interview – Warehouse Supervisor",
                isent,
                org="Dana Pruitt <dana.pruitt@lakeshore-dist.example>",
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "fwd_rfc822_base64_ics_en",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "The reader forwards the invitation as an attachment (message/rfc822) whose calendar part is base64; US gap week (CDT until 7 Nov).",
        sender=TO,
        subject="FW: Interview – Warehouse Supervisor",
        text="Please add this one.\n",
        sent=isent + timedelta(hours=2),
        layout="rfc822",
        cal_enc="base64",
        lang="en",
        inner={
            "sender": "Dana Pruitt <dana.pruitt@lakeshore-dist.example>",
            "subject": "Interview – Warehouse Supervisor",
            "text": "Hello,\n\nPlease see the attached invite for your on-site interview at our Joliet warehouse.\n\nDana\n",
            "sent": isent,
        },
    )
    z = "Europe/Rome"
    s = at(2027, 6, 3, 9, 0, z)
    sent = at(2027, 5, 27, 10, 0, z)
    ics = cal(
        [
            *vtz(z, "W. Europe Standard Time"),
            *vev(
                exuid("webinar_utf16"),
                s,
                s + timedelta(hours=1),
                "tz:W. Europe Standard Time",
                "Webinar: come scrivere un CV efficace",
                sent,
                org="CarrieraPiù <eventi@carrierapiu.example>",
            ),
        ],
        "PUBLISH",
        OUTLOOK,
    )
    add(
        fam,
        "webinar_utf16_lookalike_it",
        ics,
        neg(),
        "Look-alike: a careers webinar published as a UTF-16 calendar part; no interview.",
        sender="CarrieraPiù <eventi@carrierapiu.example>",
        subject="Iscrizione confermata: come scrivere un CV efficace",
        text="Ciao,\n\ngrazie per esserti iscritto al webinar gratuito sul CV. Aggiungi l'evento al tuo calendario.\n\nIl team di CarrieraPiù\n",
        sent=sent,
        layout="alt",
        cal_charset="utf-16",
        lang="it",
    )


# ------------------------------------------------------------------------------ xwrmix20
def xwrmix20() -> None:
    fam = "xwrmix20"
    z = "Europe/London"
    s = at(2027, 3, 30, 14, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 22, 9, 0, z)
    u = uid_of(fam, "xwr_ny_tzid_london")
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                u,
                s,
                e,
                f"tz:{z}",
                "Interview – Product Marketing Manager",
                sent,
                org="Owen Price <owen.price@thistle-media.example>",
            ),
        ],
        "REQUEST",
        APPLE,
        ("X-WR-TIMEZONE:America/New_York",),
    )
    add(
        fam,
        "xwr_new_york_tzid_london_en",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "X-WR-TIMEZONE names New York (the sender's calendar default) but DTSTART carries TZID=Europe/London: the TZID wins (X-WR only covers floating times). First BST week.",
        sender="Owen Price <owen.price@thistle-media.example>",
        subject="Invitation: Interview – Product Marketing Manager",
        text="Hi,\n\nI've sent over an invite for your interview at our Shoreditch office. Let me know if the time doesn't suit.\n\nOwen\n",
        sent=sent,
        layout="alt",
        lang="en",
    )
    z = "Asia/Singapore"
    s = at(2027, 8, 10, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 8, 2, 9, 0, z)
    u = uid_of(fam, "xwr_sg_utc")
    ics = cal(
        [
            *vev(
                u,
                s,
                e,
                "utc",
                "Interview – Compliance Analyst",
                sent,
                org="Wei Ling Tan <weiling.tan@merlion-bank.example>",
            )
        ],
        "REQUEST",
        GOOGLE,
        ("X-WR-TIMEZONE:Asia/Singapore", "X-WR-CALNAME:Interviews"),
    )
    add(
        fam,
        "xwr_singapore_utc_times_en",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "UTC DTSTART (02:00Z) with X-WR-TIMEZONE:Asia/Singapore: 10:00 in Singapore.",
        sender="Wei Ling Tan <weiling.tan@merlion-bank.example>",
        subject="Invitation: Interview – Compliance Analyst @ Tue 10 Aug 2027 10am - 11am (SGT)",
        text="You have been invited to the following event.\n\nInterview – Compliance Analyst\nWhen: Tuesday 10 Aug 2027 10am – 11am Singapore Standard Time\nWho:\n* weiling.tan@merlion-bank.example - organizer\n* candidate@inbox.example\n\nInvitation from Google Calendar\n",
        sent=sent,
        layout="google",
        lang="en",
        html=True,
    )
    z = "America/Denver"
    s = at(2027, 11, 9, 9, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 11, 1, 9, 0, z)
    u = uid_of(fam, "xwr_denver_float")
    ics = cal(
        [
            *vev(
                u,
                s,
                e,
                "float",
                "Phone screen – Ski Patrol Supervisor",
                sent,
                org="Crestline Resorts <jobs@crestline-resorts.example>",
            )
        ],
        "PUBLISH",
        "-//Crestline//Hire//EN",
        ("X-WR-TIMEZONE:America/Denver",),
    )
    add(
        fam,
        "xwr_denver_floating_after_change_en",
        ics,
        label("invitation", s, e, z, u, 0, "PUBLISH"),
        "Floating times with X-WR-TIMEZONE:America/Denver, two days after the 7 Nov change (-07:00); sent before it.",
        sender="Crestline Resorts <jobs@crestline-resorts.example>",
        subject="Your phone screen is scheduled",
        text="Hi there,\n\nYour phone screen for Ski Patrol Supervisor is booked. The attached file adds it to your calendar. We'll call the number on your application.\n\nCrestline Resorts Recruiting\n",
        sent=sent,
        layout="attach",
        lang="en",
    )
    z = "Europe/Vienna"
    s = at(2027, 5, 20, 13, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 5, 12, 9, 0, z)
    u = uid_of(fam, "xwr_vienna_tzid_utc_conflict")
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                u,
                s,
                e,
                f"tz:{z}",
                "Bewerbungsgespräch – Junior Data Engineer",
                sent,
                org="Lena Huber <lena.huber@donau-analytics.example>",
            ),
        ],
        "REQUEST",
        "-//Donau Analytics//Recruiting//DE",
        ("X-WR-TIMEZONE:UTC",),
    )
    add(
        fam,
        "xwr_utc_tzid_vienna_de",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "X-WR-TIMEZONE:UTC (server default) while DTSTART has TZID=Europe/Vienna: 13:00 in Vienna, not UTC.",
        sender="Lena Huber <lena.huber@donau-analytics.example>",
        subject="Einladung: Bewerbungsgespräch – Junior Data Engineer",
        text="Hallo,\n\ndanke für Ihre Bewerbung. Wir würden Sie gern kennenlernen; die Einladung finden Sie im Anhang.\n\nLena Huber\n",
        sent=sent,
        layout="alt",
        lang="de",
    )
    z = "Asia/Singapore"
    s = at(2027, 8, 13, 17, 30, z)
    sent = at(2027, 8, 2, 9, 0, z)
    ics = cal(
        [
            *vev(
                uid_of(fam, "townhall"),
                s,
                s + timedelta(hours=1),
                "utc",
                "Team town hall",
                sent,
                org="Wei Ling Tan <weiling.tan@merlion-bank.example>",
            )
        ],
        "REQUEST",
        GOOGLE,
        ("X-WR-TIMEZONE:Asia/Singapore",),
    )
    add(
        fam,
        "townhall_lookalike_en",
        ics,
        neg(),
        "Look-alike: the same recruiter's team town hall (Google REQUEST, UTC + X-WR-TIMEZONE) sent to the team list.",
        sender="Wei Ling Tan <weiling.tan@merlion-bank.example>",
        subject="Invitation: Team town hall @ Fri 13 Aug 2027 5:30pm - 6:30pm (SGT)",
        text="You have been invited to the following event.\n\nTeam town hall\nWhen: Friday 13 Aug 2027 5:30pm – 6:30pm Singapore Standard Time\nQuarterly update for the compliance team, drinks after.\n\nInvitation from Google Calendar\n",
        sent=sent,
        layout="google",
        lang="en",
        html=True,
    )


# ------------------------------------------------------------------------------ durday20
def durday20() -> None:
    fam = "durday20"
    z = "America/Los_Angeles"
    s = at(2027, 11, 8, 9, 0, z)
    sent = at(2027, 11, 2, 12, 0, z)
    u = uid_of(fam, "pt45m_utc")
    ics = cal(
        [
            *vev(
                u,
                s,
                None,
                "utc",
                "Interview: Site Reliability Engineer",
                sent,
                org="Workday Scheduling <noreply@myworkday.example>",
                dur="PT45M",
            )
        ],
        "REQUEST",
        "-//Workday//Calendar//EN",
    )
    add(
        fam,
        "duration_pt45m_utc_en",
        ics,
        label("invitation", s, s + timedelta(minutes=45), None, u, 0, "REQUEST"),
        "UTC DTSTART with DURATION:PT45M and no DTEND; the day after the US change (-08:00), sent before it; no zone in the calendar.",
        sender="Workday Scheduling <noreply@myworkday.example>",
        subject="Interview Scheduled: Site Reliability Engineer",
        text="Hello,\n\nYour interview for Site Reliability Engineer (R-20431) has been scheduled for Monday, November 8, 2027 at 9:00 AM Pacific Time.\n\nThis is an automated message.\n",
        sent=sent,
        layout="attach",
        lang="en",
    )
    z = "Europe/Berlin"
    s = at(2027, 3, 31, 13, 30, z)
    sent = at(2027, 3, 24, 12, 0, z)
    u = uid_of(fam, "p0dt1h30m")
    ics = cal(
        [
            *vtz(z, "W. Europe Standard Time"),
            *vev(
                u,
                s,
                None,
                "tz:W. Europe Standard Time",
                "Fachinterview + Case Study",
                sent,
                org="Miriam Kloss <miriam.kloss@rheinstahl-it.example>",
                dur="P0DT1H30M0S",
            ),
        ],
        "REQUEST",
        "-//Microsoft Corporation//Outlook Web//EN",
    )
    add(
        fam,
        "duration_p0dt1h30m_de",
        ics,
        label("invitation", s, s + timedelta(minutes=90), z, u, 0, "REQUEST"),
        "DURATION:P0DT1H30M0S (all fields written out) instead of DTEND, Windows TZID; first week of CEST.",
        sender="Miriam Kloss <miriam.kloss@rheinstahl-it.example>",
        subject="Einladung: Fachinterview + Case Study",
        text="Hallo,\n\nim zweiten Gespräch erwarten Sie ein Fachinterview und eine kurze Fallstudie. Planen Sie bitte anderthalb Stunden ein.\n\nViele Grüße\nMiriam Kloss\n",
        sent=sent,
        layout="alt",
        lang="de",
    )
    s0 = date(2027, 6, 21)
    sent = at(2027, 6, 7, 9, 0, "Europe/Stockholm")
    u = uid_of(fam, "p1d_date")
    ics = cal(
        [
            *vev(
                u,
                s0,
                None,
                "date",
                "Provdag – Teamtailor",
                sent,
                org="Rekrytering Fjällbo <jobb@fjallbo.example>",
                dur="P1D",
            )
        ],
        "PUBLISH",
        "-//Teamtailor//Calendar//EN",
    )
    add(
        fam,
        "duration_p1d_trial_day_sv",
        ics,
        label("invitation", s0, date(2027, 6, 22), None, u, 0, "PUBLISH"),
        "A trial day (provdag) as DTSTART;VALUE=DATE with DURATION:P1D; the end is the next day (exclusive).",
        sender="Rekrytering Fjällbo <jobb@fjallbo.example>",
        subject="Välkommen på provdag",
        text="Hej!\n\nVi vill gärna träffa dig på en provdag hos oss i Östersund måndag 21 juni. Lägg in dagen i din kalender med bifogad fil.\n\nVänliga hälsningar\nRekryteringsteamet\n",
        sent=sent,
        layout="attach",
        lang="sv",
    )
    z = "Australia/Sydney"
    s = at(2027, 10, 5, 16, 0, z)
    sent = at(2027, 9, 28, 10, 0, z)
    u = uid_of(fam, "pt1h_iana")
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                u,
                s,
                None,
                f"tz:{z}",
                "Interview – Graduate Accountant",
                sent,
                org="Harbour Partners <careers@harbour-partners.example>",
                dur="PT1H",
            ),
        ],
        "REQUEST",
        "-//Harbour Partners//Bookings//EN",
    )
    add(
        fam,
        "duration_pt1h_sydney_after_change_en",
        ics,
        label("invitation", s, s + timedelta(hours=1), z, u, 0, "REQUEST"),
        "DURATION:PT1H with TZID=Australia/Sydney two days after the 3 Oct change to +11:00; sent at +10:00.",
        sender="Harbour Partners <careers@harbour-partners.example>",
        subject="Interview booked – Graduate Accountant",
        text="Hi,\n\nThanks for booking a time. Your interview is confirmed; the calendar file is attached.\n\nHarbour Partners Careers\n",
        sent=sent,
        layout="alt",
        lang="en",
    )
    s0 = date(2027, 6, 30)
    sent = at(2027, 6, 7, 9, 0, "Europe/Stockholm")
    ics = cal(
        [
            *vev(
                uid_of(fam, "deadline"),
                s0,
                None,
                "date",
                "Sista dag: skicka in arbetsprov",
                sent,
                org="Rekrytering Fjällbo <jobb@fjallbo.example>",
                dur="P1D",
            )
        ],
        "PUBLISH",
        "-//Teamtailor//Calendar//EN",
    )
    add(
        fam,
        "arbetsprov_deadline_lookalike_sv",
        ics,
        neg(),
        "Look-alike: the same ATS's all-day reminder for a work-sample deadline (DATE + P1D); nothing to attend.",
        sender="Rekrytering Fjällbo <jobb@fjallbo.example>",
        subject="Påminnelse: arbetsprov",
        text="Hej!\n\nGlöm inte att skicka in ditt arbetsprov senast 30 juni. Filen lägger in en påminnelse i kalendern.\n\nRekryteringsteamet\n",
        sent=sent,
        layout="attach",
        lang="sv",
    )


# ------------------------------------------------------------------------------ libtz20 (held out)
def libtz20() -> None:
    fam = "libtz20"
    rows = [
        (
            "freeassoc_tzfile_madrid_es",
            "Europe/Madrid",
            "/freeassociation.sourceforge.net/Tzfile/Europe/Madrid",
            False,
            at(2027, 3, 31, 10, 0, "Europe/Madrid"),
            "es",
            "Entrevista – Administrador/a de sistemas",
            "Jordi Puig <jordi.puig@mediterrania-net.example>",
            "Hola,\n\nte envío la convocatoria para la entrevista técnica en Barcelona.\n\nJordi\n",
        ),
        (
            "freeassoc_chicago_quoted_en",
            "America/Chicago",
            "/freeassociation.sourceforge.net/America/Chicago",
            True,
            at(2027, 3, 16, 13, 0, "America/Chicago"),
            "en",
            "Interview – Linux Support Engineer",
            "Ray Kowalski <ray.kowalski@prairie-os.example>",
            "Hi,\n\nattached is the calendar invite for the interview with our support team.\n\nRay\n",
        ),
        (
            "citadel_rome_it",
            "Europe/Rome",
            "/citadel.org/20250101_1/Europe/Rome",
            False,
            at(2027, 10, 26, 15, 0, "Europe/Rome"),
            "it",
            "Colloquio – Sviluppatore backend",
            "Marta Bellini <marta.bellini@tevere-soft.example>",
            "Buongiorno,\n\nin allegato l'invito per il colloquio tecnico presso la nostra sede di Roma.\n\nMarta Bellini\n",
        ),
        (
            "freeassoc_tzfile_lisbon_pt",
            "Europe/Lisbon",
            "/freeassociation.sourceforge.net/Tzfile/Europe/Lisbon",
            True,
            at(2027, 11, 3, 11, 0, "Europe/Lisbon"),
            "pt",
            "Entrevista – Técnico de redes",
            "Tiago Sousa <tiago.sousa@atlantico-redes.example>",
            "Olá,\n\nem anexo o convite para a entrevista técnica no Porto.\n\nTiago Sousa\n",
        ),
    ]
    for name, z, tzid, quoted, s, lang, summary, org, text in rows:
        e = s + timedelta(hours=1)
        sent = s - timedelta(days=8)
        u = uid_of(fam, name)
        ics = cal(
            [
                *vtz(z, tzid, exchange=False),
                *vev(u, s, e, f"{'qtz' if quoted else 'tz'}:{tzid}", summary, sent, org=org),
            ],
            "REQUEST",
            EVO,
        )
        add(
            fam,
            name,
            ics,
            label("invitation", s, e, z, u, 0, "REQUEST"),
            f"libical-style TZID '{tzid}'{' (quoted)' if quoted else ''} with an X-LIC-LOCATION VTIMEZONE.",
            sender=org,
            subject=summary,
            text=text,
            sent=sent,
            layout="alt",
            lang=lang,
        )
    z = "Europe/Madrid"
    s = at(2027, 4, 1, 18, 0, z)
    sent = at(2027, 3, 25, 9, 0, z)
    tzid = "/freeassociation.sourceforge.net/Tzfile/Europe/Madrid"
    ics = cal(
        [
            *vtz(z, tzid, exchange=False),
            *vev(
                uid_of(fam, "sopar"),
                s,
                s + timedelta(hours=3),
                f"tz:{tzid}",
                "Sopar de l'equip",
                sent,
                org="Jordi Puig <jordi.puig@mediterrania-net.example>",
            ),
        ],
        "REQUEST",
        EVO,
    )
    add(
        fam,
        "sopar_equip_lookalike_ca",
        ics,
        neg(),
        "Look-alike: the same Evolution user's team dinner invitation, libical TZID.",
        sender="Jordi Puig <jordi.puig@mediterrania-net.example>",
        subject="Sopar de l'equip",
        text="Hola a tothom,\n\ndijous fem el sopar de final de trimestre. Confirmeu assistència.\n\nJordi\n",
        sent=sent,
        layout="alt",
        lang="ca",
    )


# ------------------------------------------------------------------------------ rounds20 (held out)
def rounds20() -> None:
    fam = "rounds20"
    z = "Europe/Berlin"
    sent = at(2027, 5, 3, 10, 0, z)
    r1, r2, r3 = at(2027, 5, 11, 9, 0, z), at(2027, 5, 11, 10, 30, z), at(2027, 5, 11, 13, 0, z)
    org = "Sabine Roth <sabine.roth@elbtal-pharma.example>"
    body: list[str] = []
    for i, (rs, title) in enumerate(
        ((r1, "Runde 1: Fachbereich"), (r2, "Runde 2: HR"), (r3, "Runde 3: Standortleitung")), 1
    ):
        body += vev(
            f"elbtal-round{i}-20270511@elbtal-pharma.example",
            rs,
            rs + timedelta(minutes=60),
            f"tz:{z}",
            title,
            sent,
            org=org,
        )
    ics = cal([*vtz(z, z, exchange=False), *body], "REQUEST", APPLE)
    lab = label("invitation", r1, None, z, None, None, "REQUEST")
    add(
        fam,
        "three_vevents_panel_day_de",
        ics,
        lab,
        "Three VEVENTs (one per round, own UIDs) in one REQUEST; the day starts with round 1 at 09:00 (end and uid not labelled: three answers).",
        sender=org,
        subject="Ihr Interviewtag bei Elbtal Pharma",
        text="Hallo,\n\nanbei die drei Gesprächsrunden Ihres Interviewtags am 11. Mai in Dresden.\n\nSabine Roth\n",
        sent=sent,
        layout="alt",
        lang="de",
    )
    z = "America/New_York"
    sent = at(2027, 3, 1, 10, 0, z)
    a, b = at(2027, 3, 9, 11, 0, z), at(2027, 3, 16, 11, 0, z)
    org = "Nina Patel <nina.patel@harborview-cap.example>"
    body = vev(
        "hv-round-a@harborview-cap.example",
        a,
        a + timedelta(minutes=45),
        "tz:America/New_York",
        "Round 1 – Case interview",
        sent,
        org=org,
    )
    body += vev(
        "hv-round-b@harborview-cap.example",
        b,
        b + timedelta(minutes=45),
        "tz:America/New_York",
        "Round 2 – Partner interview",
        sent,
        org=org,
    )
    ics = cal([*vtz(z, z, exchange=False), *body], "REQUEST", GOOGLE)
    add(
        fam,
        "two_rounds_across_us_change_en",
        ics,
        label("invitation", a, None, z, None, None, "REQUEST"),
        "Two rounds a week apart as two VEVENTs, either side of the 14 Mar US change (-05:00 then -04:00); the first round is the label.",
        sender=org,
        subject="Your interview rounds – Harborview Capital",
        text="Hi,\n\nBoth interview rounds are in the attached invite: a case interview, then a partner conversation the following week.\n\nNina\n",
        sent=sent,
        layout="alt",
        lang="en",
    )
    z = "Australia/Sydney"
    sent = at(2027, 3, 20, 10, 0, z)
    first = at(2027, 3, 29, 10, 0, z)
    moved_from = at(2027, 4, 5, 10, 0, z)
    moved_to = at(2027, 4, 6, 14, 0, z)
    u = uid_of(fam, "series_override")
    org = "Liam Chen <liam.chen@wattle-labs.example>"
    _ = first
    body = vev(
        u,
        moved_to,
        moved_to + timedelta(minutes=30),
        f"tz:{z}",
        "Assessment check-in (moved)",
        sent,
        seq=1,
        org=org,
        rid=dt("RECURRENCE-ID", moved_from, f"tz:{z}"),
    )
    ics = cal([*vtz(z, z, exchange=False), *body], "REQUEST", APPLE)
    add(
        fam,
        "lone_override_moved_after_april_change_en",
        ics,
        label("reschedule", moved_to, moved_to + timedelta(minutes=30), z, u, 1, "REQUEST"),
        "Only the moved instance is sent (RECURRENCE-ID 5 Apr 10:00, new DTSTART 6 Apr 14:00, SEQUENCE 1), after the 4 Apr change (+10:00).",
        sender=org,
        subject="Updated: Assessment check-in (moved)",
        text="Hi,\n\nNext week's check-in in your assessment period moves to Tuesday 2pm.\n\nLiam\n",
        sent=at(2027, 3, 31, 9, 0, z),
        layout="alt",
        lang="en",
    )
    z = "Europe/Paris"
    sent = at(2027, 9, 1, 9, 0, z)
    r1 = at(2027, 9, 14, 9, 30, z)
    org = "Claire Dubois <claire.dubois@seine-ingenierie.example>"
    body = vev(
        "seine-r1@seine-ingenierie.example",
        r1,
        r1 + timedelta(minutes=45),
        f"tz:{z}",
        "Entretien 1 – Manager",
        sent,
        org=org,
    )
    body += vev(
        "seine-r2@seine-ingenierie.example",
        r1 + timedelta(hours=1),
        r1 + timedelta(hours=2),
        f"tz:{z}",
        "Entretien 2 – Étude de cas",
        sent,
        org=org,
    )
    ics = cal([*vtz(z, z, exchange=False), *body], "PUBLISH", "-//Seine Ingenierie//RH//FR")
    add(
        fam,
        "deux_entretiens_publish_fr",
        ics,
        label("invitation", r1, None, z, None, None, "PUBLISH"),
        "Two VEVENTs in a PUBLISH .ics (manager, then case study); the morning starts at 09:30.",
        sender=org,
        subject="Vos entretiens du 14 septembre",
        text="Bonjour,\n\nvoici le programme de votre matinée d'entretiens : le fichier joint contient les deux rendez-vous.\n\nClaire Dubois\n",
        sent=sent,
        layout="attach",
        lang="fr",
    )
    z = "America/New_York"
    sent = at(2027, 3, 1, 10, 0, z)
    st = at(2027, 3, 8, 9, 15, z)
    ics = cal(
        [
            *vtz(z, z, exchange=False),
            *vev(
                uid_of(fam, "standup"),
                st,
                st + timedelta(minutes=15),
                f"tz:{z}",
                "Daily stand-up – Recruiting team",
                sent,
                org="Nina Patel <nina.patel@harborview-cap.example>",
                more=("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",),
            ),
        ],
        "REQUEST",
        GOOGLE,
    )
    add(
        fam,
        "standup_series_lookalike_en",
        ics,
        neg(),
        "Look-alike: the same recruiter's daily stand-up series for her team.",
        sender="Nina Patel <nina.patel@harborview-cap.example>",
        subject="Invitation: Daily stand-up – Recruiting team",
        text="Hi team,\n\nStarting Monday, a quick daily sync on open reqs.\n\nNina\n",
        sent=sent,
        layout="alt",
        lang="en",
    )


# ------------------------------------------------------------------------------ exchupd20 (held out)
def exchupd20() -> None:
    fam = "exchupd20"
    z = "Europe/London"
    old = at(2027, 4, 13, 10, 0, z)
    s = at(2027, 4, 14, 15, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 4, 8, 16, 45, z)
    u = exuid("upd_seq0")
    ics = cal(
        [
            *vtz(z, "GMT Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:GMT Standard Time",
                "Interview – Finance Business Partner",
                sent,
                org="Hannah Moss <hannah.moss@ridgeway-foods.example>",
                more=(
                    "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                    f"X-MICROSOFT-CDO-OWNERAPPTID:{zlib.crc32(b'upd') % 10**9}",
                ),
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "updated_seq0_new_dtstamp_en",
        ics,
        label("reschedule", s, e, z, u, 0, "REQUEST"),
        f"Exchange 'Updated:' with SEQUENCE 0 and a newer DTSTAMP; moved from {old:%d %b %H:%M} to the calendar's 14 Apr 15:00 BST.",
        sender="Hannah Moss <hannah.moss@ridgeway-foods.example>",
        subject="Updated: Interview – Finance Business Partner",
        text=f"Hi,\n\nApologies, I've had to move your interview to Wednesday afternoon.\n\n{when_en(s, e, '(UTC+00:00) Dublin, Edinburgh, Lisbon, London')}\n\nHannah\n",
        sent=sent,
        layout="alt",
        lang="en",
        html=True,
    )
    z = "Europe/Berlin"
    series = at(2027, 3, 22, 9, 0, z)
    orig = at(2027, 3, 29, 9, 0, z)
    s = at(2027, 3, 30, 11, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 3, 24, 12, 0, z)
    u = exuid("olk_originalstart")
    ics = cal(
        [
            *vtz(z, "W. Europe Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:W. Europe Standard Time",
                "Probearbeit – Feedbackgespräch",
                sent,
                seq=1,
                org="Jens Albrecht <jens.albrecht@saalewerk.example>",
                rid=dt("RECURRENCE-ID", orig, "tz:W. Europe Standard Time"),
                more=(
                    f"X-MS-OLK-ORIGINALSTART;TZID=W. Europe Standard Time:{wall(orig)}",
                    f"X-MS-OLK-ORIGINALEND;TZID=W. Europe Standard Time:{wall(orig + timedelta(minutes=30))}",
                ),
            ),
        ],
        "REQUEST",
        OUTLOOK,
    )
    _ = series
    add(
        fam,
        "originalstart_moved_instance_de",
        ics,
        label("reschedule", s, e, z, u, 1, "REQUEST"),
        "Outlook exception of a series: RECURRENCE-ID and X-MS-OLK-ORIGINALSTART name the old 29 Mar 09:00, DTSTART the new 30 Mar 11:00 (first CEST week).",
        sender="Jens Albrecht <jens.albrecht@saalewerk.example>",
        subject="Aktualisiert: Probearbeit – Feedbackgespräch",
        text="Hallo,\n\nunser Feedbackgespräch zur Probearbeit in der nächsten Woche verschiebe ich auf Dienstag, 11 Uhr.\n\nGruß\nJens Albrecht\n",
        sent=sent,
        layout="alt",
        lang="de",
    )
    z = "America/New_York"
    s = at(2027, 11, 4, 13, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 10, 28, 9, 0, z)
    u = exuid("ownerapptid_interview")
    ics = cal(
        [
            *vtz(z, "Eastern Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:Eastern Standard Time",
                "Interview – Clinical Data Manager",
                sent,
                org="Marcus Bell <marcus.bell@atlantic-clinical.example>",
                more=(
                    "X-MICROSOFT-CDO-OWNERAPPTID:-1853224011",
                    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                    "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                ),
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "ownerapptid_gap_week_en",
        ics,
        label("invitation", s, e, z, u, 0, "REQUEST"),
        "Exchange REQUEST with X-MICROSOFT-CDO-OWNERAPPTID and BUSYSTATUS TENTATIVE (the attendee's copy before answering); US gap week (-04:00).",
        sender="Marcus Bell <marcus.bell@atlantic-clinical.example>",
        subject="Interview – Clinical Data Manager",
        text="Hello,\n\nThank you for your interest. I'd like to invite you to a video interview with our data management lead.\n\nMarcus Bell\nTalent Acquisition\n",
        sent=sent,
        layout="alt",
        lang="en",
    )
    z = "Europe/Paris"
    s = at(2027, 10, 26, 14, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 10, 19, 10, 0, z)
    u = exuid("maj_seq0_fr")
    ics = cal(
        [
            *vtz(z, "Romance Standard Time"),
            *vev(
                u,
                s,
                e,
                "tz:Romance Standard Time",
                "Entretien – Acheteur industriel",
                sent,
                org="Julien Garnier <j.garnier@loire-meca.example>",
                more=("X-MICROSOFT-CDO-APPT-SEQUENCE:0",),
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "mis_a_jour_seq0_fr",
        ics,
        label("reschedule", s, e, z, u, 0, "REQUEST"),
        "'Mis à jour :' from Exchange with SEQUENCE 0 and a new DTSTAMP; new slot Tuesday before the 31 Oct change (+01:00 after it, +02:00 here).",
        sender="Julien Garnier <j.garnier@loire-meca.example>",
        subject="Mis à jour : Entretien – Acheteur industriel",
        text="Bonjour,\n\nje décale notre entretien au mardi 26 octobre à 14 h, même lieu.\n\nCordialement,\nJulien Garnier\n",
        sent=sent,
        layout="alt",
        lang="fr",
    )
    z = "Europe/London"
    s = at(2027, 4, 19, 0, 0, z)
    sent = at(2027, 4, 8, 17, 0, z)
    ics = cal(
        [
            *vtz(z, "GMT Standard Time"),
            *vev(
                exuid("oof_hannah"),
                s,
                s + timedelta(days=5),
                "tz:GMT Standard Time",
                "Hannah – annual leave",
                sent,
                org="Hannah Moss <hannah.moss@ridgeway-foods.example>",
                more=(
                    "TRANSP:TRANSPARENT",
                    "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
                    "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                ),
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "annual_leave_updated_lookalike_en",
        ics,
        neg(),
        "Look-alike: the same recruiter's 'Updated:' annual-leave block (OOF) from Exchange.",
        sender="Hannah Moss <hannah.moss@ridgeway-foods.example>",
        subject="Updated: Hannah – annual leave",
        text="Hi team,\n\nDates changed: I'm now off the week of 19 April.\n\nHannah\n",
        sent=sent,
        layout="alt",
        lang="en",
    )


# ------------------------------------------------------------------------------ writing
def fold_bytes(line: str) -> list[bytes]:
    """Fold at 75 octets without regard to characters (splits UTF-8 sequences, as Exchange did)."""
    raw = line.encode("utf-8")
    out = [raw[:75]]
    raw = raw[75:]
    while raw:
        out.append(b" " + raw[:74])
        raw = raw[74:]
    return out


def cal_bytes(case: Case) -> bytes:
    if case.mail.get("fold") == "bytes":
        return b"\r\n".join(x for ln in case.ics for x in fold_bytes(ln)) + b"\r\n"
    return ("\r\n".join(x for ln in case.ics for x in cp.fold(ln)) + "\r\n").encode("utf-8")


def body_of(case: Case, m: dict[str, object], key: str) -> bytes:
    data = cal_bytes(case)
    charset = str(m.get("cal_charset", "utf-8"))
    if charset == "utf-16":
        data = data.decode("utf-8").encode("utf-16")  # with BOM, as .NET writes it
    how = str(m.get("cal_enc", "7bit" if data.isascii() else "8bit"))
    if charset == "utf-16":
        how = "base64"
    method = next((ln.split(":", 1)[1] for ln in case.ics if ln.startswith("METHOD:")), None)
    ctm = m.get("ct_method", method)
    mp = f"; method={ctm}" if ctm else ""
    text = str(m["text"])
    tb = text.replace("\n", "\r\n").encode()
    alts = [
        c17.part('text/plain; charset="utf-8"', tb, "7bit" if tb.isascii() else "quoted-printable")
    ]
    if m.get("html"):
        alts.append(
            c17.part(
                'text/html; charset="utf-8"',
                cp.html_of(text).replace("\n", "\r\n").encode(),
                "quoted-printable",
            )
        )
    calpart = c17.part(f'text/calendar; charset="{charset}"{mp}', data, how)
    layout = m["layout"]
    if layout == "alt":
        return cp.multipart("alternative", f"=_alt_{key}", [*alts, calpart])
    if layout == "google":
        inner = cp.multipart("alternative", f"=_ialt_{key}", [*alts, calpart])
        att = c17.part(
            'application/ics; name="invite.ics"',
            data,
            "base64",
            ('Content-Disposition: attachment; filename="invite.ics"',),
        )
        return cp.multipart("mixed", f"=_imix_{key}", [inner, att])
    assert layout == "attach", layout
    first = alts[0] if len(alts) == 1 else cp.multipart("alternative", f"=_aalt_{key}", alts)
    att = c17.part(
        'text/calendar; charset="utf-8"; name="invite.ics"',
        data,
        "base64",
        ('Content-Disposition: attachment; filename="invite.ics"',),
    )
    return cp.multipart("mixed", f"=_mix_{key}", [first, att])


def headers(sender: str, to: str, subject: str, sent: datetime, msgid: str) -> bytes:
    head = [
        f"From: {cp.header_text(sender)}",
        f"To: {to}",
        f"Subject: {cp.header_text(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{msgid}@calquirks20.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def render(case: Case) -> tuple[str, bytes]:
    m = case.mail
    key = f"{case.family}_{case.name}"
    sent = m["sent"]
    assert isinstance(sent, datetime)
    if m["layout"] == "rfc822":
        inner = dict(m["inner"])  # type: ignore[call-overload]
        inner.update({k: m[k] for k in ("cal_enc", "cal_charset", "fold") if k in m})
        inner["layout"] = "alt"
        imsg = headers(
            str(inner["sender"]), TO, str(inner["subject"]), inner["sent"], f"{case.name}.inner"
        ) + body_of(case, inner, key + "_in")
        note = str(m["text"]).replace("\n", "\r\n").encode()
        npart = c17.part('text/plain; charset="utf-8"', note, "7bit")
        att = (
            b'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="invite.eml"\r\n\r\n'
            + imsg
        )
        body = cp.multipart("mixed", f"=_fwd_{key}", [npart, att])
        to = "Afterview inbox <inbox@afterview.example>"
    else:
        body = body_of(case, m, key)
        to = TO
    return f"{case.family}__{case.name}.eml", headers(
        str(m["sender"]), to, str(m["subject"]), sent, f"{case.family}.{case.name}"
    ) + body


def verify(case: Case) -> None:
    """Re-read the calendar with icalendar (unfolded at byte level): DTSTART must equal the label."""
    import icalendar

    lab = case.label
    if "start" not in lab:
        return
    raw = cal_bytes(case).replace(b"\r\n ", b"")
    cal_ = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    events = list(cal_.walk("VEVENT"))
    if len(events) > 1 and "uid" in lab:
        events = [ev for ev in events if "RECURRENCE-ID" in ev] or events
    start = events[0].decoded("DTSTART")
    want = str(lab["start"])
    if isinstance(start, datetime) and start.tzinfo is None:
        xwr = cal_.get("X-WR-TIMEZONE")
        if lab.get("tz_stated") is False:
            assert start == datetime.fromisoformat(want).replace(tzinfo=None), case.name
            return
        assert xwr, case.name
        from zoneinfo import ZoneInfo

        start = start.replace(tzinfo=ZoneInfo(str(xwr)))
    if isinstance(start, datetime):
        assert start == datetime.fromisoformat(want), (case.name, start, want)
        if "end" in lab:
            ev = events[0]
            end = ev.decoded("DTEND") if "DTEND" in ev else start + ev.decoded("DURATION")
            if end.tzinfo is None:
                end = end.replace(tzinfo=start.tzinfo)
            assert end == datetime.fromisoformat(str(lab["end"])), (case.name, end)
    else:
        assert start == date.fromisoformat(want), (case.name, start, want)
    _ = (UTC, base64)


def main() -> None:
    for build in (
        olkzone20,
        winzone20,
        floatdt20,
        itipmeth20,
        encwrap20,
        xwrmix20,
        durday20,
        libtz20,
        rounds20,
        exchupd20,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in CASES:
        verify(case)
        name, data = render(case)
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        lab["language"] = str(case.mail.get("lang", "en"))
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE,
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files")


if __name__ == "__main__":
    main()
