# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calparts16 batch: calendar-bearing recruiting mail from producers new to the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_calparts16.py

Outlook/Exchange with Windows zone names and 1601-anchored VTIMEZONE blocks (southern
hemisphere, half- and quarter-hour zones, DST-change weeks), Google Calendar updates with
SEQUENCE bumps, Apple/iCloud, Zoho, Yahoo, Fastmail, Nextcloud (SabreDAV), Thunderbird,
Teams/Zoom/Webex invitations, ATS-generated .ics (Greenhouse/Lever/Workday-like shapes),
floating and DATE-only events, quoted TZIDs, X-WR-TIMEZONE only, RECURRENCE-ID overrides,
several VEVENTs, CANCEL of one occurrence, base64/quoted-printable parts and .ics-only
attachments under a text body in another language. See PROVENANCE-calparts16.md.

All people, firms, identifiers and text are invented. Labels are computed from the aware
datetimes written into the calendar (zoneinfo gives every offset) before the parser runs;
every calendar is re-read with the `icalendar` package and its DTSTART instant must equal the
label (hand-written VTIMEZONE rules included). The script only deletes or writes files of its
own families (SPLITS).
"""

from __future__ import annotations

import base64
import json
import quopri
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent

SPLITS = {
    "outlookwin": "dev",
    "gcalseq": "dev",
    "applecal": "dev",
    "webcal": "dev",
    "davcal": "dev",
    "atsics": "dev",
    "overrides": "dev",
    "meetgen": "heldout",
    "oddtz": "heldout",
    "encparts": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TEMPLATE = {
    "outlookwin": "Outlook 16 / Exchange iMIP (shape: Windows TZID with 1601-anchored VTIMEZONE, "
    "'When:' line with the Windows display name; Z-Push/Exchange 2010 test calendars); "
    "layout recalled",
    "gcalseq": "Google Calendar invitation and update mail (shape: UTC DTSTART, UID @google.com, "
    "SEQUENCE bumps, invite.ics attachment, zone long name in the text); layout recalled",
    "applecal": "Apple Calendar / iCloud iMIP (shape: IANA TZID with X-LIC-LOCATION VTIMEZONE, "
    "uppercase GUID UID, DATE-only events); layout recalled",
    "webcal": "Zoho Calendar, Yahoo Calendar and Fastmail (Cyrus) iMIP (shape: PRODIDs, UTC or "
    "IANA TZIDs, Fastmail 'Invitation:' text); layout recalled",
    "davcal": "Nextcloud Calendar (sabre/vobject iMIP plugin) and Thunderbird (calendar/itip) "
    "mail (shape: Sabre PRODID, 'Invitation:'/'Invitation updated:' subjects); layout recalled",
    "atsics": "Greenhouse / Lever / Workday-style interview confirmations with an .ics "
    "attachment (shape as their public help pages describe it); wording ours",
    "overrides": "RFC 5545/5546 recurrence shapes (RRULE + RECURRENCE-ID overrides, EXDATE, "
    "CANCEL of one instance, several VEVENTs in one REQUEST); layout recalled",
    "meetgen": "Microsoft Teams, Zoom and Webex generated invitations (shape: join blocks, "
    "zoom.us / Webex PRODIDs); layout recalled",
    "oddtz": "floating times, DATE-only values, quoted TZID parameters, X-WR-TIMEZONE only "
    "(RFC 5545 3.2.19 and producers' exports)",
    "encparts": "calendar parts in base64 and quoted-printable, .ics only as an attachment "
    "under a text body in another language",
}


@dataclass
class Case:
    family: str
    name: str
    ics: list[str]
    label: dict[str, object]
    note: str
    mail: dict[str, object]
    extra: dict[str, object] = field(default_factory=dict)


CASES: list[Case] = []
TO = "Candidate <candidate@inbox.example>"


# ------------------------------------------------------------------------------ calendar text
def fold(line: str) -> list[str]:
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return out


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def wall(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def iso(moment: datetime | date) -> str:
    return moment.isoformat()


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


# (std offset, dst offset or None, (std month, byday, wall time), (dst month, byday, wall time))
RULES: dict[
    str, tuple[str, str | None, tuple[int, str, str] | None, tuple[int, str, str] | None]
] = {
    "Australia/Sydney": ("+1000", "+1100", (4, "1SU", "030000"), (10, "1SU", "020000")),
    "Australia/Adelaide": ("+0930", "+1030", (4, "1SU", "030000"), (10, "1SU", "020000")),
    "Pacific/Auckland": ("+1200", "+1300", (4, "1SU", "030000"), (9, "-1SU", "020000")),
    "America/St_Johns": ("-0330", "-0230", (11, "1SU", "020000"), (3, "2SU", "020000")),
    "America/New_York": ("-0500", "-0400", (11, "1SU", "020000"), (3, "2SU", "020000")),
    "Europe/Berlin": ("+0100", "+0200", (10, "-1SU", "030000"), (3, "-1SU", "020000")),
    "Europe/London": ("+0000", "+0100", (10, "-1SU", "020000"), (3, "-1SU", "010000")),
    "Asia/Kolkata": ("+0530", None, None, None),
    "Asia/Kathmandu": ("+0545", None, None, None),
    "Asia/Tehran": ("+0330", None, None, None),
    "America/Sao_Paulo": ("-0300", None, None, None),
    "Africa/Johannesburg": ("+0200", None, None, None),
}


def vtz(iana: str, tzid: str, *, exchange: bool = True, tznames: bool = False) -> list[str]:
    """A VTIMEZONE with the yearly rules of `iana` under the name `tzid`.

    exchange=True: Outlook/Exchange shape (both blocks anchored at 16010101, INTERVAL=1, no
    TZNAME); otherwise 1970 anchors with X-LIC-LOCATION (libical/Apple/Sabre shape).
    """
    std, dst, srule, drule = RULES[iana]
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not exchange:
        out.append(f"X-LIC-LOCATION:{tzid}")
    if dst is None or srule is None or drule is None:
        out += [
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000" if exchange else "DTSTART:19700101T000000",
        ]
        out += [f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}"]
        if tznames:
            out.append(f"TZNAME:{std[:3]}")
        return [*out, "END:STANDARD", "END:VTIMEZONE"]
    for kind, (month, byday, hms), frm, to in (
        ("STANDARD", srule, dst, std),
        ("DAYLIGHT", drule, std, dst),
    ):
        anchor = f"16010101T{hms}" if exchange else f"1970{month:02d}01T{hms}"
        interval = "INTERVAL=1;" if exchange else ""
        out += [f"BEGIN:{kind}", f"DTSTART:{anchor}", f"TZOFFSETFROM:{frm}", f"TZOFFSETTO:{to}"]
        out.append(f"RRULE:FREQ=YEARLY;{interval}BYDAY={byday};BYMONTH={month}")
        out.append(f"END:{kind}")
    return [*out, "END:VTIMEZONE"]


def calendar(
    body: list[str], method: str | None, prodid: str, head: tuple[str, ...] = ()
) -> list[str]:
    top = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        top.append(f"METHOD:{method}")
    return [*top, *head, *body, "END:VCALENDAR"]


def event(
    uid: str,
    start: datetime | date,
    end: datetime | date | None,
    summary: str,
    *,
    tzid: str | None = None,
    utc: bool = False,
    seq: int | None = 0,
    sent: datetime,
    more: tuple[str, ...] = (),
    organizer: str | None = None,
    quote_tzid: bool = False,
) -> list[str]:
    def prop(name: str, value: datetime | date) -> str:
        if not isinstance(value, datetime):
            return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"
        if utc:
            return f"{name}:{stamp(value)}"
        if tzid:
            tz = f'"{tzid}"' if quote_tzid else tzid
            return f"{name};TZID={tz}:{wall(value)}"
        return f"{name}:{wall(value)}"  # floating

    out = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp(sent)}", prop("DTSTART", start)]
    if end is not None:
        out.append(prop("DTEND", end))
    if seq is not None:
        out.append(f"SEQUENCE:{seq}")
    out.append(f"SUMMARY:{summary}")
    if organizer:
        out.append(
            f"ORGANIZER;CN={organizer.split('<')[0].strip()}:mailto:{organizer.split('<')[1].rstrip('>')}"
        )
        out.append(
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Candidate:mailto:candidate@inbox.example"
        )
    return [*out, *more, "END:VEVENT"]


def label(
    kind: str | None,
    start: datetime | date,
    end: datetime | date | None,
    zone: str | None,
    uid: str | None,
    seq: int | None,
    method: str | None,
    *,
    floating_sent: datetime | None = None,
) -> dict[str, object]:
    out: dict[str, object] = {}
    if kind:
        out["kind"] = kind
    if floating_sent is not None and isinstance(start, datetime):
        tz = floating_sent.tzinfo
        start = start.replace(tzinfo=tz)
        end = end.replace(tzinfo=tz) if isinstance(end, datetime) else end
    out["start"] = iso(start)
    if end is not None:
        out["end"] = iso(end)
    out["all_day"] = not isinstance(start, datetime)
    if zone:
        out["timezone"] = zone
    if floating_sent is not None:
        out["tz_stated"] = False
    if uid is not None:
        out["uid"] = uid
    if seq is not None:
        out["sequence"] = seq
    if method:
        out["method"] = method
    return out


def add(
    family: str,
    name: str,
    ics: list[str],
    lab: dict[str, object],
    note: str,
    **mail: object,
) -> None:
    method = next((ln.split(":", 1)[1] for ln in ics if ln.startswith("METHOD:")), None)
    if method in ("REQUEST", "CANCEL", "REPLY"):
        ics = with_parties(ics, str(mail["sender"]))
    CASES.append(Case(family, name, ics, lab, note, dict(mail)))


def with_parties(ics: list[str], sender: str) -> list[str]:
    """iTIP needs an ORGANIZER (and an ATTENDEE) in every VEVENT: the sender organizes."""
    name, address = parseaddr(sender)
    out: list[str] = []
    block: list[str] = []
    for line in ics:
        if line == "BEGIN:VEVENT":
            block = [line]
            continue
        if block:
            block.append(line)
            if line == "END:VEVENT":
                extra = []
                if not any(ln.startswith("ORGANIZER") for ln in block):
                    extra.append(f"ORGANIZER;CN={name or address}:mailto:{address}")
                if not any(ln.startswith("ATTENDEE") for ln in block):
                    extra.append(
                        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
                        "CN=Candidate:mailto:candidate@inbox.example"
                    )
                out.extend([*block[:-1], *extra, block[-1]])
                block = []
            continue
        out.append(line)
    return out


def outlook_when(s: datetime, e: datetime, display: str) -> str:
    day = s.strftime("%A, %B ") + str(s.day) + s.strftime(", %Y ")
    return (
        f"{day}{s.strftime('%I:%M %p').lstrip('0')}-{e.strftime('%I:%M %p').lstrip('0')} {display}."
    )


EXUID = "040000008200E00074C5B7101A82E00800000000{}0000000000000000100000000{}"


# ------------------------------------------------------------------------------ outlookwin
def outlookwin() -> None:
    fam = "outlookwin"
    prod = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
    exch = "Microsoft Exchange Server 2010"
    rows = [
        # name, iana, windows id, display, start, minutes, sent, prodid, lang, note
        (
            "adelaide_dst_start_week",
            "Australia/Adelaide",
            "Cen. Australia Standard Time",
            "(UTC+09:30) Adelaide",
            at(2026, 10, 6, 10, 0, "Australia/Adelaide"),
            45,
            at(2026, 9, 29, 16, 12, "Australia/Adelaide"),
            exch,
            "Half-hour southern zone: sent at +09:30 for a slot two days after the 4 Oct change to +10:30.",
        ),
        (
            "auckland_after_sept_change",
            "Pacific/Auckland",
            "New Zealand Standard Time",
            "(UTC+12:00) Auckland, Wellington",
            at(2026, 9, 28, 9, 30, "Pacific/Auckland"),
            60,
            at(2026, 9, 22, 11, 5, "Pacific/Auckland"),
            prod,
            "NZ daylight time starts 27 Sep: the display name shows +12:00, the slot is at +13:00.",
        ),
        (
            "stjohns_half_hour_fall_back",
            "America/St_Johns",
            "Newfoundland Standard Time",
            "(UTC-03:30) Newfoundland",
            at(2026, 11, 3, 14, 0, "America/St_Johns"),
            30,
            at(2026, 10, 27, 9, 40, "America/St_Johns"),
            prod,
            "Newfoundland -02:30 in October, -03:30 after 1 Nov; the slot is on 3 Nov.",
        ),
        (
            "kathmandu_quarter_hour",
            "Asia/Kathmandu",
            "Nepal Standard Time",
            "(UTC+05:45) Kathmandu",
            at(2026, 12, 2, 15, 15, "Asia/Kathmandu"),
            45,
            at(2026, 11, 25, 10, 0, "Asia/Kathmandu"),
            exch,
            "Quarter-hour offset +05:45 defined only by its VTIMEZONE.",
        ),
        (
            "tehran_no_dst",
            "Asia/Tehran",
            "Iran Standard Time",
            "(UTC+03:30) Tehran",
            at(2026, 7, 14, 11, 0, "Asia/Tehran"),
            60,
            at(2026, 7, 6, 9, 20, "Asia/Tehran"),
            prod,
            "Iran Standard Time with a single STANDARD block (+03:30, no DST since 2022).",
        ),
        (
            "ny_us_change_gap_week",
            "America/New_York",
            "Eastern Standard Time",
            "(UTC-05:00) Eastern Time (US & Canada)",
            at(2027, 3, 16, 10, 0, "America/New_York"),
            45,
            at(2027, 3, 9, 15, 30, "Europe/Berlin"),
            exch,
            "Sent from Berlin in the US/EU gap: New York moved to EDT on 14 Mar 2027, Berlin "
            "stays on CET until 28 Mar; the display name shows -05:00, the slot is at -04:00.",
        ),
        (
            "johannesburg_sast",
            "Africa/Johannesburg",
            "South Africa Standard Time",
            "(UTC+02:00) Harare, Pretoria",
            at(2026, 8, 19, 13, 30, "Africa/Johannesburg"),
            60,
            at(2026, 8, 12, 8, 45, "Africa/Johannesburg"),
            prod,
            "South Africa Standard Time, single STANDARD block.",
        ),
        (
            "london_bst_end_week",
            "Europe/London",
            "GMT Standard Time",
            "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
            at(2026, 10, 27, 9, 0, "Europe/London"),
            60,
            at(2026, 10, 20, 17, 2, "Europe/London"),
            exch,
            "Sent in BST for a slot two days after the 25 Oct change back to GMT.",
        ),
    ]
    for i, (name, iana, winid, display, s, minutes, sent, prodid, note) in enumerate(rows):
        e = s + timedelta(minutes=minutes)
        uid = EXUID.format(f"{40 + i:02d}A1{i}C", f"7B{i:02d}4E0C9D2")
        body = [
            *vtz(iana, winid, exchange=True),
            *event(
                uid,
                s,
                e,
                "Interview – Platform Engineer",
                tzid=winid,
                sent=sent,
                organizer="Talent Team <talent@harbourline.example>",
                more=(
                    "CLASS:PUBLIC",
                    "PRIORITY:5",
                    "TRANSP:OPAQUE",
                    "STATUS:CONFIRMED",
                    "LOCATION:Microsoft Teams Meeting",
                    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                    "X-MICROSOFT-CDO-IMPORTANCE:1",
                    "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                ),
            ),
        ]
        ics = calendar(body, "REQUEST", prodid)
        when = outlook_when(s, e, display)
        text = (
            f"When: {when}\nWhere: Microsoft Teams Meeting\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi,\n\nAs discussed, here is the invite for your interview with the platform team. "
            "Please accept so we know it suits.\n\nKind regards\nRowan Tealby | Talent Partner\n"
        )
        add(
            fam,
            name,
            ics,
            label("invitation", s, e, iana, uid, 0, "REQUEST"),
            note + f" Windows TZID '{winid}'.",
            sender="Rowan Tealby <rowan.tealby@harbourline.example>",
            subject="Interview – Platform Engineer",
            sent=sent,
            lang="en",
            text=text,
            html=True,
            layout="alt",
        )


# ------------------------------------------------------------------------------ gcalseq
def gcal_text(title: str, s: datetime, e: datetime, zlong: str, changed: str | None) -> str:
    when = (
        s.strftime("%A %b ")
        + str(s.day)
        + s.strftime(", %Y ⋅ ")
        + s.strftime("%I:%M%p").lstrip("0").lower().replace(":00", "")
        + " – "
        + e.strftime("%I:%M%p").lstrip("0").lower().replace(":00", "")
        + f" ({zlong})"
    )
    head = "" if changed is None else f"This event has been updated\nChanged: {changed}\n\n"
    return (
        f"{head}{title}\n{when}\n\nJoining info\nJoin with Google Meet\nhttps://meet.google.example/"
        "xqv-pmtd-kra\n\nGuests\nNoor Haddad - organizer\ncandidate@inbox.example\n\n"
        "Reply for candidate@inbox.example\n\nInvitation from Google Calendar\n"
        "You are receiving this email because you are an attendee on the event.\n"
    )


def gcalseq() -> None:
    fam = "gcalseq"
    prod = "-//Google Inc//Google Calendar 70.9054//EN"
    z, zlong = "America/Los_Angeles", "Pacific Time - Los Angeles"
    uid = "5q1d0k7r2v8c3h9m4n6p0s1t2u@google.com"
    s0 = at(2026, 11, 4, 10, 0, z)
    s1 = at(2026, 11, 5, 14, 30, z)
    sent0 = at(2026, 10, 28, 9, 14, z)
    sent1 = at(2026, 10, 30, 16, 41, z)
    for name, s, sent, seq, changed, kind, note in (
        (
            "invite_seq0_pacific",
            s0,
            sent0,
            0,
            None,
            "invitation",
            "Google REQUEST, SEQUENCE 0, UTC times; zone named by Google's long name; sent in PDT for a PST slot (US change 1 Nov).",
        ),
        (
            "update_seq1_time_changed",
            s1,
            sent1,
            1,
            "time",
            "reschedule",
            "Same UID, SEQUENCE 1, 'Changed: time': the label is the new slot.",
        ),
    ):
        e = s + timedelta(minutes=45)
        title = "Onsite loop prep call - Kestrel Robotics"
        body = event(
            uid,
            s,
            e,
            title,
            utc=True,
            seq=seq,
            sent=sent,
            organizer="Noor Haddad <noor@kestrel-robotics.example>",
            more=("STATUS:CONFIRMED", "TRANSP:OPAQUE"),
        )
        ics = calendar(body, "REQUEST", prod, ("CALSCALE:GREGORIAN",))
        subj = ("Updated invitation: " if changed else "Invitation: ") + title
        add(
            fam,
            name,
            ics,
            label(kind, s, e, z, uid, seq, "REQUEST"),
            note,
            sender="Noor Haddad <noor@kestrel-robotics.example>",
            subject=subj,
            sent=sent,
            lang="en",
            text=gcal_text(title, s, e, zlong, changed),
            html=True,
            layout="google",
        )
    # cancel seq 2
    sent2 = at(2026, 11, 2, 8, 3, z)
    body = event(
        uid,
        s1,
        s1 + timedelta(minutes=45),
        "Onsite loop prep call - Kestrel Robotics",
        utc=True,
        seq=2,
        sent=sent2,
        organizer="Noor Haddad <noor@kestrel-robotics.example>",
        more=("STATUS:CANCELLED",),
    )
    ics = calendar(body, "CANCEL", prod, ("CALSCALE:GREGORIAN",))
    add(
        fam,
        "cancel_seq2",
        ics,
        label("cancellation", s1, s1 + timedelta(minutes=45), z, uid, 2, "CANCEL"),
        "Google CANCEL with SEQUENCE 2 of the moved slot.",
        sender="Noor Haddad <noor@kestrel-robotics.example>",
        subject="Canceled event: Onsite loop prep call - Kestrel Robotics",
        sent=sent2,
        lang="en",
        text="This event has been canceled.\n\n"
        + gcal_text(
            "Onsite loop prep call - Kestrel Robotics", s1, s1 + timedelta(minutes=45), zlong, None
        ),
        html=True,
        layout="google",
    )
    # German Google UI, description-only change seq 3 -> no kind
    z2, zl2 = "Europe/Berlin", "Mitteleuropäische Normalzeit - Berlin"
    uid2 = "0a9b8c7d6e5f4g3h2i1j0k9l8m@google.com"
    s = at(2026, 11, 24, 9, 30, z2)
    e = s + timedelta(hours=1)
    sent = at(2026, 11, 16, 13, 20, z2)
    body = event(
        uid2,
        s,
        e,
        "Fachinterview Backend",
        utc=True,
        seq=3,
        sent=sent,
        organizer="Jana Voss <jana.voss@feldkamp-it.example>",
    )
    ics = calendar(body, "REQUEST", prod, ("CALSCALE:GREGORIAN",))
    text = (
        "Dieser Termin wurde aktualisiert\nGeändert: Beschreibung\n\nFachinterview Backend\n"
        f"Dienstag, 24. Nov. 2026 ⋅ 09:30 – 10:30 ({zl2})\n\nTeilnahmeinformationen\n"
        "Mit Google Meet teilnehmen\nhttps://meet.google.example/bde-qwzn-tuo\n\n"
        "Einladung von Google Kalender\n"
    )
    add(
        fam,
        "update_seq3_description_de",
        ics,
        label(None, s, e, z2, uid2, 3, "REQUEST"),
        "German Google UI, SEQUENCE 3, only the description changed: no kind, the slot is the same.",
        sender="Jana Voss <jana.voss@feldkamp-it.example>",
        subject="Aktualisierte Einladung: Fachinterview Backend",
        sent=sent,
        lang="de",
        text=text,
        html=True,
        layout="google",
    )
    # Spanish Google UI seq 0, Mexico City
    z3, zl3 = "America/Mexico_City", "hora estándar central - Ciudad de México"
    uid3 = "7h6g5f4e3d2c1b0a9z8y7x6w5v@google.com"
    s = at(2026, 12, 3, 11, 0, z3)
    e = s + timedelta(minutes=50)
    sent = at(2026, 11, 26, 18, 2, z3)
    body = event(
        uid3,
        s,
        e,
        "Entrevista con Operaciones",
        utc=True,
        seq=0,
        sent=sent,
        organizer="Itzel Ramos <itzel@cobrelogistica.example>",
    )
    ics = calendar(body, "REQUEST", prod, ("CALSCALE:GREGORIAN",))
    text = (
        "Entrevista con Operaciones\njueves, 3 dic 2026 ⋅ 11:00 – 11:50 (" + zl3 + ")\n\n"
        "Información para unirse\nUnirse con Google Meet\nhttps://meet.google.example/kpr-ytre-wvx\n\n"
        "Invitación de Google Calendar\n"
    )
    add(
        fam,
        "invite_es_mexico",
        ics,
        label("invitation", s, e, z3, uid3, 0, "REQUEST"),
        "Spanish Google UI; UTC times, zone long name in the text.",
        sender="Itzel Ramos <itzel@cobrelogistica.example>",
        subject="Invitación: Entrevista con Operaciones",
        sent=sent,
        lang="es",
        text=text,
        html=True,
        layout="google",
    )
    # Google REPLY from a panelist copied to candidate
    s = at(2026, 12, 3, 11, 0, z3)
    body = event(
        uid3,
        s,
        s + timedelta(minutes=50),
        "Entrevista con Operaciones",
        utc=True,
        seq=0,
        sent=sent + timedelta(hours=2),
    )
    body.insert(-1, "ATTENDEE;PARTSTAT=ACCEPTED;CN=Candidate:mailto:candidate@inbox.example")
    ics = calendar(body, "REPLY", prod, ("CALSCALE:GREGORIAN",))
    add(
        fam,
        "reply_accepted_es",
        ics,
        label("reply", s, s + timedelta(minutes=50), None, uid3, 0, "REPLY"),
        "The candidate's own acceptance (iTIP REPLY) bounced back in the thread; UTC only, no zone in the text.",
        sender="Candidate <candidate@inbox.example>",
        subject="Invitación aceptada: Entrevista con Operaciones",
        sent=sent + timedelta(hours=2),
        lang="es",
        text="candidate@inbox.example ha aceptado esta invitación.\n",
        html=False,
        layout="alt",
    )


# ------------------------------------------------------------------------------ applecal
def applecal() -> None:
    fam = "applecal"
    ios = "-//Apple Inc.//iPhone OS 18.1//EN"
    mac = "-//Apple Inc.//macOS 15.1//EN"
    # iCloud invite, Sydney, IANA with X-LIC-LOCATION VTIMEZONE
    z = "Australia/Sydney"
    s = at(2026, 10, 8, 13, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2026, 10, 1, 20, 5, z)
    uid = "A4C19E2B-7F3D-4E11-9B0A-6D52C8E1F0A7"
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            s,
            e,
            "Chat with Wattle & Finch",
            tzid=z,
            seq=0,
            sent=sent,
            organizer="Priya Lang <priya@wattlefinch.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", ios, ("CALSCALE:GREGORIAN",))
    add(
        fam,
        "icloud_sydney_after_change",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "iPhone invite, IANA TZID with a 1970-anchored VTIMEZONE; slot after the 4 Oct DST start, sent before it.",
        sender="Priya Lang <priya@wattlefinch.example>",
        subject="Invitation: Chat with Wattle & Finch @ Thu 8 Oct 2026 1pm - 1:45pm (AEDT)",
        sent=sent,
        lang="en",
        text="Priya Lang has invited you to “Chat with Wattle & Finch”.\n\nSent from my iPhone\n",
        html=False,
        layout="attach_calendar",
    )
    # Apple DATE-only event (assessment day), no DTEND
    d0 = date(2026, 11, 12)
    sent = at(2026, 11, 2, 9, 0, "Europe/Amsterdam")
    uid = "0F7E2D3C-1B4A-4958-8677-5E4D3C2B1A09"
    body = event(
        uid,
        d0,
        d0 + timedelta(days=1),
        "Assessmentdag Noordkade",
        seq=0,
        sent=sent,
        organizer="Femke Dijkstra <femke@noordkade.example>",
        more=("TRANSP:TRANSPARENT",),
    )
    ics = calendar(body, "REQUEST", mac, ("CALSCALE:GREGORIAN",))
    add(
        fam,
        "allday_assessment_nl",
        ics,
        label("invitation", d0, d0 + timedelta(days=1), None, uid, 0, "REQUEST"),
        "All-day DATE event with exclusive DTEND; Dutch body.",
        sender="Femke Dijkstra <femke@noordkade.example>",
        subject="Uitnodiging: Assessmentdag Noordkade",
        sent=sent,
        lang="nl",
        text="Hoi,\n\nHierbij de uitnodiging voor de assessmentdag. Neem je ID mee.\n\nFemke\n",
        html=False,
        layout="attach_calendar",
    )
    # Apple update seq 1 with Apple-ish time; Paris
    z = "Europe/Paris"
    s = at(2026, 10, 29, 15, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2026, 10, 21, 11, 30, z)
    uid = "9D8C7B6A-5F4E-4D3C-2B1A-0E9F8D7C6B5A"
    body = [
        *vtz("Europe/Berlin", z, exchange=False, tznames=True),
        *event(
            uid,
            s,
            e,
            "Entretien – Atelier Sorbier",
            tzid=z,
            seq=1,
            sent=sent,
            organizer="Léa Marchal <lea@ateliersorbier.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", mac, ("CALSCALE:GREGORIAN",))
    add(
        fam,
        "update_seq1_paris_fr",
        ics,
        label(None, s, e, z, uid, 1, "REQUEST"),
        "Apple update, SEQUENCE 1, slot after the 25 Oct EU change, sent before it; the text does not say what changed.",
        sender="Léa Marchal <lea@ateliersorbier.example>",
        subject="Invitation mise à jour : Entretien – Atelier Sorbier",
        sent=sent,
        lang="fr",
        text="Léa Marchal a modifié l’événement « Entretien – Atelier Sorbier ».\n",
        html=False,
        layout="attach_calendar",
    )
    # iCloud cancel, Tokyo? use Sao Paulo
    z = "America/Sao_Paulo"
    s = at(2026, 9, 16, 10, 0, z)
    e = s + timedelta(minutes=40)
    sent = at(2026, 9, 10, 17, 44, z)
    uid = "3E2D1C0B-9A8F-4E7D-6C5B-4A3928171605"
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            s,
            e,
            "Entrevista – Ipê Digital",
            tzid=z,
            seq=2,
            sent=sent,
            organizer="Caio Brandão <caio@ipedigital.example>",
            more=("STATUS:CANCELLED",),
        ),
    ]
    ics = calendar(body, "CANCEL", ios, ("CALSCALE:GREGORIAN",))
    add(
        fam,
        "cancel_sao_paulo_pt",
        ics,
        label("cancellation", s, e, z, uid, 2, "CANCEL"),
        "iCloud CANCEL, SEQUENCE 2, Portuguese body.",
        sender="Caio Brandão <caio@ipedigital.example>",
        subject="Cancelado: Entrevista – Ipê Digital",
        sent=sent,
        lang="pt-BR",
        text="Caio Brandão cancelou o evento “Entrevista – Ipê Digital”.\n",
        html=False,
        layout="attach_calendar",
    )
    # Apple Mail forward keeping the .ics (inline forward + attachment)
    z = "Asia/Kolkata"
    s = at(2026, 8, 25, 16, 30, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 8, 19, 12, 10, z)
    uid = "6B5A4938-2716-4F05-A4E3-D2C1B0A99887"
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            s,
            e,
            "HR round – Sahyadri Analytics",
            tzid=z,
            seq=0,
            sent=sent - timedelta(hours=3),
            organizer="Meera Kulkarni <meera@sahyadri.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", mac, ("CALSCALE:GREGORIAN",))
    text = (
        "sending this to my other inbox\n\nBegin forwarded message:\n\n"
        "From: Meera Kulkarni <meera@sahyadri.example>\nSubject: HR round – Sahyadri Analytics\n"
        f"Date: {s.strftime('%d %B %Y')} at 09:10:00 GMT+5:30\nTo: Candidate <candidate@inbox.example>\n\n"
        "Hi, please find the invite for your HR round attached.\n\nRegards,\nMeera\n"
    )
    lab = label("invitation", s, e, z, uid, 0, "REQUEST")
    lab["original_sender"] = "meera@sahyadri.example"
    add(
        fam,
        "applemail_fwd_keeps_ics",
        ics,
        lab,
        "Apple Mail forward that keeps the calendar attachment: uid/sequence/method are in the mail.",
        sender="Candidate <candidate.other@inbox.example>",
        subject="Fwd: HR round – Sahyadri Analytics",
        sent=sent,
        lang="en",
        text=text,
        html=False,
        layout="attach_calendar",
    )


# ------------------------------------------------------------------------------ webcal
def webcal() -> None:
    fam = "webcal"
    # Zoho: IANA TZID with VTIMEZONE, Kolkata
    z = "Asia/Kolkata"
    s = at(2026, 9, 9, 11, 30, z)
    e = s + timedelta(hours=1)
    sent = at(2026, 9, 2, 14, 0, z)
    uid = "7f3a9c2e41b84d0e9a6c5b2d1e0f7a8b@zoho.com"
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            s,
            e,
            "Technical Interview - Java",
            tzid=z,
            seq=0,
            sent=sent,
            organizer="Anand Pillai <anand@kovalamsoft.example>",
            more=("LOCATION:Zoho Meeting",),
        ),
    ]
    ics = calendar(body, "REQUEST", "-//Zoho Corporation//Zoho Calendar//EN")
    text = (
        "Anand Pillai has invited you to an event.\n\nTechnical Interview - Java\n"
        f"Date: {s.strftime('%b %d, %Y')}\nTime: 11:30 AM - 12:30 PM (Asia/Kolkata)\n"
        "Location: Zoho Meeting\n\nYes / No / Maybe\n"
    )
    add(
        fam,
        "zoho_kolkata",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Zoho Calendar invite, IANA TZID, 'Time:' line with the zone.",
        sender="Zoho Calendar <calendar-noreply@kovalamsoft.example>",
        subject="Invitation: Technical Interview - Java @ Sep 09, 2026 11:30 AM",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )
    # Zoho update seq 1, time moved (old + new)
    s2 = at(2026, 9, 10, 15, 0, z)
    e2 = s2 + timedelta(hours=1)
    sent2 = at(2026, 9, 4, 10, 0, z)
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            s2,
            e2,
            "Technical Interview - Java",
            tzid=z,
            seq=1,
            sent=sent2,
            organizer="Anand Pillai <anand@kovalamsoft.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", "-//Zoho Corporation//Zoho Calendar//EN")
    text = (
        "Anand Pillai has updated an event.\n\nTechnical Interview - Java\n"
        "Old time: Sep 09, 2026 11:30 AM - 12:30 PM\nNew time: Sep 10, 2026 03:00 PM - 04:00 PM (Asia/Kolkata)\n"
    )
    add(
        fam,
        "zoho_update_moved",
        ics,
        label("reschedule", s2, e2, z, uid, 1, "REQUEST"),
        "Zoho update with old and new time, SEQUENCE 1.",
        sender="Zoho Calendar <calendar-noreply@kovalamsoft.example>",
        subject="Updated: Technical Interview - Java",
        sent=sent2,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )
    # Yahoo: UTC times, X-YAHOO
    z = "America/Chicago"
    s = at(2026, 11, 2, 9, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 10, 29, 13, 25, z)
    uid = "b2f0c1d9-7a8e-4b6c-9d5e-3f2a1b0c9d8e"
    body = event(
        uid,
        s,
        e,
        "Phone screen - Prairie Mills",
        utc=True,
        seq=0,
        sent=sent,
        organizer="Dana Kerr <dana.kerr@prairiemills.example>",
        more=("X-YAHOO-YID:dana.kerr",),
    )
    ics = calendar(body, "REQUEST", "-//Yahoo! Inc.//Yahoo Calendar//EN")
    text = "Dana Kerr has invited you to:\n\nPhone screen - Prairie Mills\nMonday, November 2, 2026, 9:00 AM - 9:30 AM CST\n\nView this event in Yahoo Calendar\n"
    add(
        fam,
        "yahoo_utc_cst_text",
        ics,
        label("invitation", s, e, None, uid, 0, "REQUEST"),
        "Yahoo REQUEST in UTC; text says CST (shared abbreviation, no timezone label); first Monday after the US change, sent in CDT.",
        sender="Dana Kerr <dana.kerr@prairiemills.example>",
        subject="Invitation: Phone screen - Prairie Mills",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )
    # Fastmail: IANA TZID no VTIMEZONE? Fastmail includes VTIMEZONE. Melbourne
    z = "Australia/Melbourne"
    s = at(2027, 4, 6, 10, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 30, 8, 50, z)
    uid = "c4e1b7a2-5d39-4f80-a6b2-91e3d7c50f14"
    vt = [
        ln.replace("TZID:Australia/Sydney", f"TZID:{z}").replace(
            "X-LIC-LOCATION:Australia/Sydney", f"X-LIC-LOCATION:{z}"
        )
        for ln in vtz("Australia/Sydney", z, exchange=False, tznames=True)
    ]
    body = [
        *vt,
        *event(
            uid,
            s,
            e,
            "Interview: Data Analyst (Bellbird Co-op)",
            tzid=z,
            seq=0,
            sent=sent,
            organizer="Tom Avery <tom@bellbird.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", "-//Fastmail/2020.5/EN")
    text = (
        "Tom Avery <tom@bellbird.example> has invited you to an event:\n\n"
        "Interview: Data Analyst (Bellbird Co-op)\n"
        "When: Tue, 6 Apr 2027 10:00 – 10:45 (Australia/Melbourne)\n\nView in Fastmail\n"
    )
    add(
        fam,
        "fastmail_melbourne_after_april",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Fastmail invite; the slot is two days after the 4 Apr 2027 change back to +10:00, sent at +11:00.",
        sender="Tom Avery <tom@bellbird.example>",
        subject="Invitation: Interview: Data Analyst (Bellbird Co-op)",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )
    # Fastmail cancel
    body = [
        *vt,
        *event(
            uid,
            s,
            e,
            "Interview: Data Analyst (Bellbird Co-op)",
            tzid=z,
            seq=1,
            sent=sent + timedelta(days=2),
            organizer="Tom Avery <tom@bellbird.example>",
            more=("STATUS:CANCELLED",),
        ),
    ]
    ics = calendar(body, "CANCEL", "-//Fastmail/2020.5/EN")
    add(
        fam,
        "fastmail_cancel",
        ics,
        label("cancellation", s, e, z, uid, 1, "CANCEL"),
        "Fastmail CANCEL, SEQUENCE 1.",
        sender="Tom Avery <tom@bellbird.example>",
        subject="Cancelled: Interview: Data Analyst (Bellbird Co-op)",
        sent=sent + timedelta(days=2),
        lang="en",
        text="Tom Avery <tom@bellbird.example> has cancelled an event:\n\nInterview: Data Analyst (Bellbird Co-op)\nWhen: Tue, 6 Apr 2027 10:00 – 10:45 (Australia/Melbourne)\n",
        html=True,
        layout="alt",
    )
    # Zoho webinar publish: negative
    z = "Europe/London"
    s = at(2026, 10, 14, 12, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2026, 10, 5, 10, 0, z)
    uid = "webinar-88213@zohowebinar.example"
    body = event(uid, s, e, "Careers at Larchmont: live Q&A", utc=True, seq=0, sent=sent)
    ics = calendar(body, "PUBLISH", "-//Zoho Corporation//Zoho Webinar//EN")
    add(
        fam,
        "zoho_webinar_publish_negative",
        ics,
        {"kind": "not_invitation"},
        "Negative: registration confirmation for a public careers webinar with an .ics; not an interview.",
        sender="Larchmont Careers <careers-events@larchmont.example>",
        subject="You're registered: Careers at Larchmont – live Q&A",
        sent=sent,
        lang="en",
        text="Thanks for registering for our careers webinar. Hundreds of applicants join these sessions; add it to your calendar with the attached file.\n\nUnsubscribe from event emails\n",
        html=False,
        layout="attach_application",
    )


# ------------------------------------------------------------------------------ davcal
def davcal() -> None:
    fam = "davcal"
    sabre = "-//Sabre//Sabre VObject 4.5.4//EN"
    tb = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
    z = "Europe/Berlin"
    s = at(2026, 10, 26, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2026, 10, 19, 15, 30, z)
    uid = "9b3e0c0e-2f6a-4d8e-8a7e-2c1f5e6d4b3a"
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            s,
            e,
            "Vorstellungsgespräch Softwareentwicklung",
            tzid=z,
            seq=0,
            sent=sent,
            organizer="Katrin Möller <k.moeller@lindenwerk.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", sabre, ("CALSCALE:GREGORIAN",))
    text = (
        "Einladung: Vorstellungsgespräch Softwareentwicklung\n\n"
        "Titel: Vorstellungsgespräch Softwareentwicklung\n"
        "Zeit: Montag, 26. Oktober 2026 10:00 - 11:00 (Europe/Berlin)\n"
        "Ort: Lindenwerk, Raum 2.14\n\nAnnehmen | Ablehnen | Mehr Optionen\n"
    )
    add(
        fam,
        "nextcloud_invite_de_after_change",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Nextcloud (sabre/vobject) invitation; the day after the EU change, sent in CEST.",
        sender="Katrin Möller <k.moeller@lindenwerk.example>",
        subject="Einladung: Vorstellungsgespräch Softwareentwicklung",
        sent=sent,
        lang="de",
        text=text,
        html=True,
        layout="alt",
    )
    s2 = at(2026, 10, 27, 14, 0, z)
    e2 = s2 + timedelta(hours=1)
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            s2,
            e2,
            "Vorstellungsgespräch Softwareentwicklung",
            tzid=z,
            seq=1,
            sent=sent + timedelta(days=2),
            organizer="Katrin Möller <k.moeller@lindenwerk.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", sabre, ("CALSCALE:GREGORIAN",))
    text = (
        "Einladung aktualisiert: Vorstellungsgespräch Softwareentwicklung\n\n"
        "Zeit: Dienstag, 27. Oktober 2026 14:00 - 15:00 (Europe/Berlin)\n"
        "(vorher: Montag, 26. Oktober 2026 10:00 - 11:00)\n"
    )
    add(
        fam,
        "nextcloud_updated_de_moved",
        ics,
        label("reschedule", s2, e2, z, uid, 1, "REQUEST"),
        "Nextcloud 'Einladung aktualisiert' with the earlier time in the text; SEQUENCE 1.",
        sender="Katrin Möller <k.moeller@lindenwerk.example>",
        subject="Einladung aktualisiert: Vorstellungsgespräch Softwareentwicklung",
        sent=sent + timedelta(days=2),
        lang="de",
        text=text,
        html=True,
        layout="alt",
    )
    # Nextcloud cancel, Warsaw
    z = "Europe/Warsaw"
    s = at(2026, 11, 18, 12, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2026, 11, 13, 9, 0, z)
    uid = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    body = [
        *vtz("Europe/Berlin", z, exchange=False, tznames=True),
        *event(
            uid,
            s,
            e,
            "Rozmowa rekrutacyjna – Wisła Tech",
            tzid=z,
            seq=2,
            sent=sent,
            organizer="Ola Nowak <ola@wislatech.example>",
            more=("STATUS:CANCELLED",),
        ),
    ]
    ics = calendar(body, "CANCEL", sabre, ("CALSCALE:GREGORIAN",))
    add(
        fam,
        "nextcloud_cancel_pl",
        ics,
        label("cancellation", s, e, z, uid, 2, "CANCEL"),
        "Nextcloud cancellation in Polish.",
        sender="Ola Nowak <ola@wislatech.example>",
        subject="Anulowano: Rozmowa rekrutacyjna – Wisła Tech",
        sent=sent,
        lang="pl",
        text="Wydarzenie zostało anulowane: Rozmowa rekrutacyjna – Wisła Tech\nCzas: 18 listopada 2026 12:00 - 12:45 (Europe/Warsaw)\n",
        html=True,
        layout="alt",
    )
    # Thunderbird request with libical-prefixed TZID? Thunderbird uses IANA. Lisbon
    z = "Europe/Lisbon"
    s = at(2026, 12, 10, 16, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 12, 3, 11, 11, z)
    uid = "e8a2b9d4-3c1f-4a70-b5e6-7d8c9f0a1b2c"
    vt = [
        ln.replace("TZID:Europe/London", f"TZID:{z}").replace(
            "X-LIC-LOCATION:Europe/London", f"X-LIC-LOCATION:{z}"
        )
        for ln in vtz("Europe/London", z, exchange=False, tznames=True)
    ]
    body = [
        *vt,
        *event(
            uid,
            s,
            e,
            "Entrevista – Tejo Labs",
            tzid=z,
            seq=0,
            sent=sent,
            organizer="Rui Sequeira <rui@tejolabs.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", tb)
    add(
        fam,
        "thunderbird_request_pt",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Thunderbird iTIP: one-line body, text/calendar method=REQUEST plus invite.ics.",
        sender="Rui Sequeira <rui@tejolabs.example>",
        subject="Convite: Entrevista – Tejo Labs",
        sent=sent,
        lang="pt",
        text="Rui Sequeira convidou-o para: Entrevista – Tejo Labs\n",
        html=False,
        layout="thunderbird",
    )
    # Thunderbird counter-ish REPLY declined by other attendee (negative? reply)
    z = "America/Toronto"
    s = at(2026, 11, 9, 13, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2026, 11, 3, 10, 20, z)
    uid = "f0e1d2c3-b4a5-4968-8776-655443322110"
    vt = [
        ln.replace("TZID:America/New_York", f"TZID:{z}").replace(
            "X-LIC-LOCATION:America/New_York", f"X-LIC-LOCATION:{z}"
        )
        for ln in vtz("America/New_York", z, exchange=False, tznames=True)
    ]
    body = [*vt, *event(uid, s, e, "Panel interview – Maple Byte", tzid=z, seq=0, sent=sent)]
    body.insert(-1, "ORGANIZER:mailto:hiring@maplebyte.example")
    body.insert(-1, "ATTENDEE;PARTSTAT=ACCEPTED;CN=Candidate:mailto:candidate@inbox.example")
    ics = calendar(body, "REPLY", tb)
    add(
        fam,
        "thunderbird_reply_accepted",
        ics,
        label("reply", s, e, z, uid, 0, "REPLY"),
        "Thunderbird 'Accepted:' REPLY sent by the candidate (copy in the sent folder).",
        sender="Candidate <candidate@inbox.example>",
        subject="Accepted: Panel interview – Maple Byte",
        sent=sent,
        lang="en",
        text="Candidate has accepted your event invitation.\n",
        html=False,
        layout="thunderbird",
    )


# ------------------------------------------------------------------------------ atsics
def atsics() -> None:
    fam = "atsics"
    # Greenhouse-like: interview confirmation, text lists time, invite.ics (UTC)
    z = "America/Denver"
    s = at(2026, 11, 10, 10, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2026, 11, 3, 12, 0, z)
    uid = "gh-interview-54002113@greenhouse-mail.example"
    body = event(
        uid,
        s,
        e,
        "Interview with Summit Ledger",
        utc=True,
        seq=0,
        sent=sent,
        organizer="Summit Ledger Recruiting <no-reply@greenhouse-mail.example>",
    )
    ics = calendar(body, "REQUEST", "-//Greenhouse//Interview Scheduler//EN")
    text = (
        "Hi Sam,\n\nThank you for confirming! Here are the details of your upcoming interview with Summit Ledger:\n\n"
        "Tuesday, November 10th, 2026\n10:00 AM - 10:45 AM Mountain Time (US & Canada)\n\n"
        "Interviewer: Hollis Grant, Engineering Manager\n\nA calendar invite is attached.\n\nBest,\nSummit Ledger Recruiting\n"
    )
    add(
        fam,
        "greenhouse_confirm_denver",
        ics,
        label("invitation", s, e, "America/Denver", uid, 0, "REQUEST"),
        "Greenhouse-style confirmation; UTC calendar, Rails zone label 'Mountain Time (US & Canada)' in the text.",
        sender="Summit Ledger Recruiting <no-reply@greenhouse-mail.example>",
        subject="Interview Confirmation: Summit Ledger",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="attach_application",
    )
    # Lever-like: PUBLISH ics attachment
    z = "Europe/Dublin"
    s = at(2026, 10, 21, 14, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2026, 10, 14, 9, 30, z)
    uid = "lever-3f1c2b9a-8d7e@hire.lever-mail.example"
    body = event(
        uid, s, e, "Interview: Quill & Gable – Product Designer", utc=True, seq=0, sent=sent
    )
    ics = calendar(body, "PUBLISH", "-//Lever//Lever Hire//EN")
    text = (
        "Hi Aoife,\n\nYour interview with Quill & Gable is confirmed for Wednesday, October 21, 2026 "
        "at 2:00 PM IST (Europe/Dublin). It will last 60 minutes.\n\nAdd it to your calendar with the attached interview.ics.\n\nQuill & Gable Talent\n"
    )
    add(
        fam,
        "lever_publish_dublin",
        ics,
        label("invitation", s, e, "Europe/Dublin", uid, 0, "PUBLISH"),
        "Lever-style PUBLISH attachment; 'IST' here is Irish Standard Time, the text names Europe/Dublin.",
        sender="Quill & Gable Talent <talent@quillgable.example>",
        subject="Interview confirmed – Quill & Gable",
        sent=sent,
        lang="en",
        text=text,
        html=False,
        layout="attach_application",
    )
    # Workday-like: "Interview Scheduled", ics with TZID Windows? use IANA quoted path-like TZID
    z = "America/Chicago"
    s = at(2026, 12, 8, 8, 30, z)
    e = s + timedelta(minutes=60)
    sent = at(2026, 12, 1, 16, 0, z)
    uid = "WD-INT-000918273@myworkdayjobs.example"
    body = [
        *vtz("America/New_York", "Central Standard Time", exchange=True),
        *event(
            uid,
            s,
            e,
            "Interview: Supply Chain Analyst",
            tzid="Central Standard Time",
            seq=0,
            sent=sent,
        ),
    ]
    body = [ln.replace("-0500", "-0600").replace("-0400", "-0500") for ln in body]
    ics = calendar(body, "REQUEST", "-//Workday//Calendar//EN")
    text = (
        "Interview Scheduled\n\nDear Jordan,\n\nYou have been scheduled for an interview for Supply Chain Analyst (R-0019283).\n\n"
        "Date: 12/08/2026\nTime: 8:30 AM - 9:30 AM (GMT-06:00) Central Time (US & Canada)\n\n"
        "Please see the attached calendar invitation.\n"
    )
    add(
        fam,
        "workday_central_windows_tzid",
        ics,
        label("invitation", s, e, "America/Chicago", uid, 0, "REQUEST"),
        "Workday-style 'Interview Scheduled' with Windows TZID 'Central Standard Time'.",
        sender="Kinross Foods Careers <kinrossfoods@myworkdayjobs.example>",
        subject="Interview Scheduled - Supply Chain Analyst",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="attach_calendar",
    )
    # Greenhouse reschedule in German (ics attached, seq 1)
    z = "Europe/Vienna"
    s = at(2026, 11, 19, 9, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 11, 12, 8, 0, z)
    uid = "gh-interview-77120055@greenhouse-mail.example"
    body = event(uid, s, e, "Interview mit Donauwerk", utc=True, seq=1, sent=sent)
    ics = calendar(body, "REQUEST", "-//Greenhouse//Interview Scheduler//EN")
    text = (
        "Hallo Lena,\n\nIhr Interview wurde verschoben. Neuer Termin:\n\nDonnerstag, 19. November 2026\n"
        "09:00 - 09:30 Uhr (MEZ)\n\n(ursprünglich: Mittwoch, 18. November 2026, 15:00 Uhr)\n\nViele Grüße\nDonauwerk Recruiting\n"
    )
    add(
        fam,
        "greenhouse_moved_de",
        ics,
        label("reschedule", s, e, None, uid, 1, "REQUEST"),
        "Moved interview, old and new time in the text; UTC calendar, 'MEZ' names no single zone.",
        sender="Donauwerk Recruiting <no-reply@greenhouse-mail.example>",
        subject="Ihr Interview wurde verschoben",
        sent=sent,
        lang="de",
        text=text,
        html=True,
        layout="attach_application",
    )
    # Lever-like cancel
    z = "America/New_York"
    s = at(2026, 10, 15, 11, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 10, 12, 9, 0, z)
    uid = "lever-9e8d7c6b-5a4f@hire.lever-mail.example"
    body = event(
        uid,
        s,
        e,
        "Interview: Brightwater – Analyst",
        utc=True,
        seq=1,
        sent=sent,
        more=("STATUS:CANCELLED",),
    )
    ics = calendar(body, "CANCEL", "-//Lever//Lever Hire//EN")
    add(
        fam,
        "lever_cancel",
        ics,
        label("cancellation", s, e, None, uid, 1, "CANCEL"),
        "Lever-style cancellation with a CANCEL attachment; text gives ET.",
        sender="Brightwater Talent <talent@brightwater.example>",
        subject="Interview cancelled – Brightwater",
        sent=sent,
        lang="en",
        text="Hi Marcus,\n\nUnfortunately we need to cancel your interview on Thursday, October 15 at 11:00 AM ET. We'll be in touch to find a new time.\n",
        html=False,
        layout="attach_application",
    )
    # Negative: ATS assessment deadline with an all-day ics reminder
    d0 = date(2026, 11, 20)
    sent = at(2026, 11, 13, 10, 0, "Europe/London")
    uid = "assess-deadline-4411@hire.lever-mail.example"
    body = event(uid, d0, d0 + timedelta(days=1), "Deadline: take-home exercise", seq=0, sent=sent)
    ics = calendar(body, "PUBLISH", "-//Lever//Lever Hire//EN")
    add(
        fam,
        "assessment_deadline_negative",
        ics,
        {"kind": "not_invitation"},
        "Negative: a take-home exercise due by a date, with an all-day reminder .ics; no meeting is set.",
        sender="Fernhill Talent <talent@fernhill.example>",
        subject="Your take-home exercise – due 20 November",
        sent=sent,
        lang="en",
        text="Hi Priya,\n\nPlease submit the exercise by 5pm on Friday 20 November. We've attached a calendar reminder for the deadline.\n",
        html=False,
        layout="attach_application",
    )


# ------------------------------------------------------------------------------ overrides
def overrides() -> None:
    fam = "overrides"
    z = "Europe/Madrid"
    prod = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES"
    # weekly series (trial days) ; sent mid-series -> next occurrence
    first = at(2026, 9, 7, 9, 0, z)
    sent = at(2026, 9, 15, 18, 0, z)
    nxt = at(2026, 9, 21, 9, 0, z)
    uid = "serie-practicas-2026@olivarsoft.example"
    body = [
        *vtz("Europe/Berlin", z, exchange=False, tznames=True),
        *event(
            uid,
            first,
            first + timedelta(hours=1),
            "Seguimiento semanal candidatura",
            tzid=z,
            seq=0,
            sent=sent,
            more=("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6",),
        ),
    ]
    ics = calendar(body, "REQUEST", prod)
    add(
        fam,
        "weekly_next_after_date",
        ics,
        label("invitation", nxt, nxt + timedelta(hours=1), z, uid, 0, "REQUEST"),
        "Weekly series started 7 Sep; mail dated Tue 15 Sep: the next occurrence is Mon 21 Sep.",
        sender="Olivar Soft <rrhh@olivarsoft.example>",
        subject="Serie: seguimiento semanal",
        sent=sent,
        lang="es",
        text="Hola:\n\nTe enviamos la serie de seguimientos semanales de tu proceso.\n",
        html=False,
        layout="alt",
    )
    # master + override moving the next occurrence
    z = "America/New_York"
    first = at(2026, 10, 6, 15, 0, z)
    sent = at(2026, 10, 14, 9, 0, z)
    orig = at(2026, 10, 20, 15, 0, z)
    moved = at(2026, 10, 21, 10, 0, z)
    uid = "pairing-series-77@quarrylane.example"
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            first,
            first + timedelta(minutes=90),
            "Pairing sessions – Quarry Lane",
            tzid=z,
            seq=1,
            sent=sent,
            more=("RRULE:FREQ=WEEKLY;COUNT=4",),
        ),
        *event(
            uid,
            moved,
            moved + timedelta(minutes=90),
            "Pairing sessions – Quarry Lane (moved)",
            tzid=z,
            seq=1,
            sent=sent,
            more=(f"RECURRENCE-ID;TZID={z}:{wall(orig)}",),
        ),
    ]
    ics = calendar(body, "REQUEST", "-//Google Inc//Google Calendar 70.9054//EN")
    add(
        fam,
        "override_moves_next",
        ics,
        label("reschedule", moved, moved + timedelta(minutes=90), z, uid, 1, "REQUEST"),
        "Weekly RRULE plus a RECURRENCE-ID override moving the 20 Oct instance to 21 Oct 10:00: that is the next one.",
        sender="Quarry Lane <eng-hiring@quarrylane.example>",
        subject="Updated invitation: Pairing sessions – Quarry Lane",
        sent=sent,
        lang="en",
        text="The session on Tue 20 Oct has moved to Wed 21 Oct, 10:00 – 11:30 (Eastern Time - New York).\n",
        html=False,
        layout="alt",
    )
    # CANCEL of one occurrence
    z = "Europe/Stockholm"
    first = at(2026, 11, 3, 13, 0, z)
    sent = at(2026, 11, 12, 8, 0, z)
    gone = at(2026, 11, 17, 13, 0, z)
    uid = "intervjuserie-4420@fjallsoft.example"
    vt = [
        ln.replace("TZID:Europe/Berlin", f"TZID:{z}").replace(
            "X-LIC-LOCATION:Europe/Berlin", f"X-LIC-LOCATION:{z}"
        )
        for ln in vtz("Europe/Berlin", z, exchange=False, tznames=True)
    ]
    body = [
        *vt,
        *event(
            uid,
            gone,
            gone + timedelta(minutes=45),
            "Intervjuomgång – Fjällsoft",
            tzid=z,
            seq=2,
            sent=sent,
            more=(f"RECURRENCE-ID;TZID={z}:{wall(gone)}", "STATUS:CANCELLED"),
        ),
    ]
    ics = calendar(body, "CANCEL", "-//Sabre//Sabre VObject 4.5.4//EN")
    add(
        fam,
        "cancel_one_occurrence_sv",
        ics,
        label("cancellation", gone, gone + timedelta(minutes=45), z, uid, 2, "CANCEL"),
        "CANCEL of one instance (RECURRENCE-ID 17 Nov); the cancelled slot is the label.",
        sender="Fjällsoft <rekrytering@fjallsoft.example>",
        subject="Inställt: Intervjuomgång – Fjällsoft (17 nov)",
        sent=sent,
        lang="sv",
        text="Hej,\n\nTillfället tisdag 17 november kl. 13.00 är inställt. Övriga tillfällen gäller.\n",
        html=False,
        layout="alt",
    )
    # Multiple VEVENTs (panel day) different UIDs
    z = "Asia/Singapore"
    s1 = at(2026, 12, 2, 10, 0, z)
    s2 = at(2026, 12, 2, 14, 0, z)
    sent = at(2026, 11, 24, 9, 0, z)
    uid1 = "panel-am-6021@merlion-hq.example"
    uid2 = "panel-pm-6022@merlion-hq.example"
    body = [
        *event(
            uid1,
            s1,
            s1 + timedelta(hours=1),
            "Panel day – technical round",
            tzid=z,
            seq=0,
            sent=sent,
        ),
        *event(
            uid2, s2, s2 + timedelta(hours=1), "Panel day – culture round", tzid=z, seq=0, sent=sent
        ),
    ]
    vt = [
        "BEGIN:VTIMEZONE",
        f"TZID:{z}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "TZNAME:+08",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    ics = calendar([*vt, *body], "PUBLISH", "-//Merlion HQ//Scheduler 2.1//EN")
    add(
        fam,
        "two_vevents_panel_day",
        ics,
        {
            "kind": "invitation",
            "start": iso(s1),
            "all_day": False,
            "timezone": z,
            "method": "PUBLISH",
        },
        "Two VEVENTs with different UIDs (morning and afternoon rounds); the day starts with the 10:00 round (end and uid not labelled: two answers).",
        sender="Merlion HQ Talent <talent@merlion-hq.example>",
        subject="Your panel day on 2 December",
        sent=sent,
        lang="en",
        text="Hi Wei Ling,\n\nYour panel day is on Wednesday 2 December: technical round 10:00-11:00, culture round 14:00-15:00 (Singapore time).\n",
        html=False,
        layout="attach_application",
    )
    # Series with EXDATE on next -> following
    z = "Europe/Rome"
    first = at(2026, 9, 1, 17, 0, z)
    sent = at(2026, 9, 9, 10, 0, z)
    exd = at(2026, 9, 15, 17, 0, z)
    nxt = at(2026, 9, 22, 17, 0, z)
    uid = "colloqui-settimanali@pietrarossa.example"
    vt = [
        ln.replace("TZID:Europe/Berlin", f"TZID:{z}").replace(
            "X-LIC-LOCATION:Europe/Berlin", f"X-LIC-LOCATION:{z}"
        )
        for ln in vtz("Europe/Berlin", z, exchange=False, tznames=True)
    ]
    body = [
        *vt,
        *event(
            uid,
            first,
            first + timedelta(minutes=30),
            "Check-in selezione – Pietrarossa",
            tzid=z,
            seq=1,
            sent=sent,
            more=("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5", f"EXDATE:{stamp(exd)}"),
        ),
    ]
    ics = calendar(body, "REQUEST", "-//Apple Inc.//macOS 15.1//EN")
    add(
        fam,
        "exdate_skips_next_it",
        ics,
        label(None, nxt, nxt + timedelta(minutes=30), z, uid, 1, "REQUEST"),
        "Weekly Tuesday series; 15 Sep is excluded (EXDATE in UTC), so after the 9 Sep mail the next one is 22 Sep.",
        sender="Pietrarossa HR <hr@pietrarossa.example>",
        subject="Aggiornato: Check-in selezione",
        sent=sent,
        lang="it",
        text="Ciao,\n\nil check-in del 15 settembre salta; gli altri restano invariati.\n",
        html=False,
        layout="alt",
    )
    # lone override only (seq 3), Kolkata Outlook
    z = "Asia/Kolkata"
    orig = at(2026, 10, 13, 11, 0, z)
    moved = at(2026, 10, 13, 16, 30, z)
    sent = at(2026, 10, 8, 10, 0, z)
    uid = EXUID.format("91B2C3D4", "E5F60718")
    body = [
        *vtz(z, "India Standard Time", exchange=True),
        *event(
            uid,
            moved,
            moved + timedelta(minutes=45),
            "Interview loop – round 2",
            tzid="India Standard Time",
            seq=3,
            sent=sent,
            more=("RECURRENCE-ID;TZID=India Standard Time:" + wall(orig),),
        ),
    ]
    ics = calendar(body, "REQUEST", "Microsoft Exchange Server 2010")
    add(
        fam,
        "lone_override_india",
        ics,
        label("reschedule", moved, moved + timedelta(minutes=45), z, uid, 3, "REQUEST"),
        "Exchange update carrying only the moved instance (RECURRENCE-ID 11:00, new DTSTART 16:30), Windows TZID 'India Standard Time'.",
        sender="Ira Menon <ira.menon@deccanworks.example>",
        subject="Updated: Interview loop – round 2",
        sent=sent,
        lang="en",
        text="When: Tuesday, October 13, 2026 4:30 PM-5:15 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.\n\nMoved from 11:00 AM to 4:30 PM because of a clash.\n",
        html=True,
        layout="alt",
    )


# ------------------------------------------------------------------------------ meetgen (held out)
def meetgen() -> None:
    fam = "meetgen"
    # Teams
    z = "Europe/Berlin"
    s = at(2026, 11, 5, 14, 0, z)
    e = s + timedelta(minutes=60)
    sent = at(2026, 10, 28, 11, 0, z)
    uid = EXUID.format("A0B1C2D3", "11223344")
    body = [
        *vtz(z, "W. Europe Standard Time"),
        *event(
            uid,
            s,
            e,
            "Teams interview – Rheinbogen AG",
            tzid="W. Europe Standard Time",
            seq=0,
            sent=sent,
            organizer="Sabine Kraus <s.kraus@rheinbogen.example>",
            more=(
                "LOCATION:Microsoft Teams Meeting",
                "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.example/l/meetup-join/19%3ameeting_abc",
            ),
        ),
    ]
    ics = calendar(body, "REQUEST", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    text = (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_abc>\n"
        "Meeting ID: 312 554 908 117\nPasscode: Xy7QpA\n"
        "________________________________________________________________________________\n"
    )
    add(
        fam,
        "teams_only_join_block",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Teams invite whose text is only the join block; time only in the calendar (W. Europe Standard Time); slot after the EU change.",
        sender="Sabine Kraus <s.kraus@rheinbogen.example>",
        subject="Interview Rheinbogen AG",
        sent=sent,
        lang="de",
        text=text,
        html=True,
        layout="alt",
    )
    # Zoom
    z = "Australia/Sydney"
    s = at(2026, 10, 5, 8, 30, z)
    e = s + timedelta(minutes=40)
    sent = at(2026, 9, 29, 17, 0, z)
    uid = "ZOOM84211093377@zoom.us"
    body = [
        *vtz(z, z, exchange=False, tznames=True),
        *event(
            uid,
            s,
            e,
            "Zoom interview – Ironbark Health",
            tzid=z,
            seq=0,
            sent=sent,
            organizer="Zoe Pratt <zoe@ironbark.example>",
            more=("LOCATION:https://zoom.example/j/84211093377",),
        ),
    ]
    ics = calendar(body, "REQUEST", "-//zoom.us//iCalendar Event//EN")
    text = (
        "Zoe Pratt is inviting you to a scheduled Zoom meeting.\n\nTopic: Zoom interview – Ironbark Health\n"
        "Time: Oct 5, 2026 08:30 AM Canberra, Melbourne, Sydney\n\nJoin Zoom Meeting\nhttps://zoom.example/j/84211093377\n\n"
        "Meeting ID: 842 1109 3377\nPasscode: 551902\n"
    )
    add(
        fam,
        "zoom_sydney_change_monday",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Zoom invite for the Monday after the 4 Oct DST start; 'Time:' with Zoom's zone words.",
        sender="Zoe Pratt <zoe@ironbark.example>",
        subject="Zoom interview – Ironbark Health",
        sent=sent,
        lang="en",
        text=text,
        html=False,
        layout="attach_calendar",
    )
    # Webex
    z = "America/Los_Angeles"
    s = at(2026, 11, 2, 9, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2026, 10, 27, 14, 0, z)
    uid = "webex-2661039485@cisco-webex.example"
    body = [
        *vtz("America/New_York", "Pacific Standard Time"),
        *event(
            uid,
            s,
            e,
            "Webex: Interview – Sierra Vault",
            tzid="Pacific Standard Time",
            seq=0,
            sent=sent,
            organizer="Omar Velez <omar@sierravault.example>",
        ),
    ]
    body = [ln.replace("-0500", "-0800").replace("-0400", "-0700") for ln in body]
    ics = calendar(body, "REQUEST", "-//Cisco//Webex Meetings//EN")
    text = (
        "Omar Velez invites you to join this Webex meeting.\n\nInterview – Sierra Vault\n"
        "Monday, November 2, 2026\n9:00 AM  |  (UTC-08:00) Pacific Time (US & Canada)  |  45 mins\n"
        "Meeting number (access code): 2661 039 485\nMeeting password: Sv2026!\n"
    )
    add(
        fam,
        "webex_pacific_after_change",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Webex invite the day after the US change (PST), sent in PDT; Windows TZID 'Pacific Standard Time'.",
        sender="Omar Velez <omar@sierravault.example>",
        subject="Webex meeting invitation: Interview – Sierra Vault",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )
    # Teams update seq 1 (time moved), Sao Paulo
    z = "America/Sao_Paulo"
    s = at(2026, 9, 23, 15, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2026, 9, 17, 10, 0, z)
    uid = EXUID.format("B7C6D5E4", "55667788")
    body = [
        *vtz(z, "E. South America Standard Time"),
        *event(
            uid,
            s,
            e,
            "Entrevista (Teams) – Jabuticaba Pay",
            tzid="E. South America Standard Time",
            seq=1,
            sent=sent,
            organizer="Bruna Lins <bruna@jabuticabapay.example>",
        ),
    ]
    ics = calendar(body, "REQUEST", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//PT")
    text = (
        "Quando: quarta-feira, 23 de setembro de 2026 15:00-15:45 (UTC-03:00) Brasília.\n\n"
        "Remarcamos a entrevista de terça (14h) para quarta às 15h.\n\n"
        "Reunião do Microsoft Teams\nIngressar no seu computador, aplicativo móvel ou dispositivo de sala\n"
    )
    add(
        fam,
        "teams_update_pt_brasilia",
        ics,
        label("reschedule", s, e, z, uid, 1, "REQUEST"),
        "Teams update (SEQUENCE 1) with old and new time in Portuguese; Windows TZID.",
        sender="Bruna Lins <bruna@jabuticabapay.example>",
        subject="Atualizado: Entrevista (Teams) – Jabuticaba Pay",
        sent=sent,
        lang="pt-BR",
        text=text,
        html=True,
        layout="alt",
    )
    # Zoom cancel
    z = "Asia/Tokyo"
    s = at(2026, 12, 4, 10, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 11, 30, 9, 0, z)
    uid = "ZOOM90022518841@zoom.us"
    body = event(
        uid,
        s,
        e,
        "面接（Zoom）– 桜台システムズ",
        utc=True,
        seq=1,
        sent=sent,
        more=("STATUS:CANCELLED",),
    )
    ics = calendar(body, "CANCEL", "-//zoom.us//iCalendar Event//EN")
    add(
        fam,
        "zoom_cancel_ja",
        ics,
        label("cancellation", s, e, None, uid, 1, "CANCEL"),
        "Zoom cancellation, UTC calendar; the Japanese text names no zone.",
        sender="桜台システムズ 採用担当 <saiyo@sakuradai.example>",
        subject="キャンセル：面接（Zoom）",
        sent=sent,
        lang="ja",
        text="12月4日（金）10:00からの面接はキャンセルとなりました。\n",
        html=False,
        layout="attach_calendar",
    )
    # Negative: Teams town hall (not interview)
    z = "Europe/London"
    s = at(2026, 11, 11, 16, 0, z)
    sent = at(2026, 11, 2, 12, 0, z)
    uid = EXUID.format("C1C2C3C4", "99AA88BB")
    body = [
        *vtz(z, "GMT Standard Time"),
        *event(
            uid,
            s,
            s + timedelta(hours=1),
            "Candidate community town hall (all applicants)",
            tzid="GMT Standard Time",
            seq=0,
            sent=sent,
        ),
    ]
    ics = calendar(body, "PUBLISH", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    add(
        fam,
        "teams_townhall_negative",
        ics,
        {"kind": "not_invitation"},
        "Negative: a Teams live event for all applicants (PUBLISH), no interview.",
        sender="Thamesgate Early Careers <earlycareers@thamesgate.example>",
        subject="Join our candidate town hall",
        sent=sent,
        lang="en",
        text="Join hundreds of applicants at our candidate town hall. No need to reply.\n",
        html=False,
        layout="attach_application",
    )


# ------------------------------------------------------------------------------ oddtz (held out)
def oddtz() -> None:
    fam = "oddtz"
    # floating, no hint
    sent = at(2026, 10, 1, 10, 0, "Europe/Oslo")
    s = datetime(2026, 10, 8, 13, 0)
    e = s + timedelta(minutes=45)
    uid = "flytende-1182@nordlys-as.example"
    body = event(uid, s, e, "Intervju – Nordlys AS", seq=0, sent=sent)
    ics = calendar(body, "REQUEST", "-//Nordlys AS//Rekruttering 1.2//NO")
    add(
        fam,
        "floating_no_hint_nb",
        ics,
        label("invitation", s, e, None, uid, 0, "REQUEST", floating_sent=sent),
        "Floating DTSTART/DTEND, no X-WR-TIMEZONE and no zone in the text: tz_stated false.",
        sender="Nordlys AS <rekruttering@nordlys-as.example>",
        subject="Invitasjon: intervju",
        sent=sent,
        lang="nb",
        text="Hei,\n\nVedlagt er invitasjonen til intervjuet.\n",
        html=False,
        layout="attach_application",
    )
    # X-WR-TIMEZONE only, floating
    z = "America/Bogota"
    s = at(2026, 11, 17, 9, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2026, 11, 10, 9, 0, z)
    uid = "xwr-9912@cafetal-digital.example"
    body = event(
        uid,
        s.replace(tzinfo=None),
        e.replace(tzinfo=None),
        "Entrevista – Cafetal Digital",
        seq=0,
        sent=sent,
    )
    ics = calendar(
        body,
        "PUBLISH",
        "-//Cafetal Digital//Agenda//ES",
        ("X-WR-CALNAME:Entrevistas", f"X-WR-TIMEZONE:{z}"),
    )
    add(
        fam,
        "xwr_only_bogota",
        ics,
        label("invitation", s, e, z, uid, 0, "PUBLISH"),
        "Floating times; X-WR-TIMEZONE names the zone.",
        sender="Cafetal Digital <talento@cafetal-digital.example>",
        subject="Entrevista – Cafetal Digital",
        sent=sent,
        lang="es",
        text="Hola, adjuntamos la cita.\n",
        html=False,
        layout="attach_application",
    )
    # quoted TZID with Outlook display name
    z = "Australia/Sydney"
    tz = "(UTC+10:00) Canberra, Melbourne, Sydney"
    s = at(2027, 4, 7, 11, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 31, 15, 0, z)
    uid = EXUID.format("D0D1D2D3", "44556677")
    body = [
        *vtz(z, f"{tz}"),
        *event(uid, s, e, "Interview – Jacaranda Labs", tzid=tz, quote_tzid=True, seq=0, sent=sent),
    ]
    ics = calendar(body, "REQUEST", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    add(
        fam,
        "quoted_display_tzid_sydney",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "TZID parameter quoted (display name with commas); slot after the 4 Apr 2027 change back to +10:00.",
        sender="Jacaranda Labs <people@jacaranda.example>",
        subject="Interview – Jacaranda Labs",
        sent=sent,
        lang="en",
        text="Please find the interview invite attached.\n",
        html=False,
        layout="alt",
    )
    # quoted IANA TZID
    z = "America/Argentina/Buenos_Aires"
    s = at(2026, 8, 12, 15, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 8, 5, 11, 0, z)
    uid = "entrevista-baires-331@tangosoft.example"
    vt = [
        "BEGIN:VTIMEZONE",
        f"TZID:{z}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:-0300",
        "TZOFFSETTO:-0300",
        "TZNAME:-03",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    body = [
        *vt,
        *event(uid, s, e, "Entrevista – TangoSoft", tzid=z, quote_tzid=True, seq=0, sent=sent),
    ]
    ics = calendar(body, "REQUEST", "-//TangoSoft//Agenda//ES")
    add(
        fam,
        "quoted_iana_tzid_baires",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        'TZID="America/Argentina/Buenos_Aires" quoted.',
        sender="TangoSoft <rrhh@tangosoft.example>",
        subject="Entrevista – TangoSoft",
        sent=sent,
        lang="es-AR",
        text="Hola, te mandamos la invitación.\n",
        html=False,
        layout="alt",
    )
    # DATE-only, DURATION P1D, no DTEND
    d0 = date(2026, 12, 14)
    sent = at(2026, 12, 4, 9, 0, "Europe/Helsinki")
    uid = "koepaiva-77@revontuli.example"
    body = event(uid, d0, None, "Koepäivä – Revontuli Oy", seq=0, sent=sent, more=("DURATION:P1D",))
    ics = calendar(body, "REQUEST", "-//Revontuli Oy//Kalenteri//FI")
    add(
        fam,
        "date_duration_p1d_fi",
        ics,
        label("invitation", d0, d0 + timedelta(days=1), None, uid, 0, "REQUEST"),
        "DATE-only DTSTART with DURATION:P1D (no DTEND).",
        sender="Revontuli Oy <rekry@revontuli.example>",
        subject="Kutsu: koepäivä",
        sent=sent,
        lang="fi",
        text="Hei,\n\nliitteenä kutsu koepäivään.\n",
        html=False,
        layout="attach_application",
    )
    # floating with zone in text only (Date header zone different)
    z = "Asia/Kolkata"
    s = at(2026, 9, 30, 18, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 9, 24, 8, 0, "Europe/London")
    uid = "float-ist-5521@kaveri-tech.example"
    body = event(
        uid,
        s.replace(tzinfo=None),
        e.replace(tzinfo=None),
        "HR screening – Kaveri Tech",
        seq=0,
        sent=sent,
    )
    ics = calendar(body, "REQUEST", "-//Kaveri Tech//Scheduler//EN")
    add(
        fam,
        "floating_text_names_kolkata",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Floating calendar times; the text says 'Asia/Kolkata', while the mail is sent from London.",
        sender="Kaveri Tech <hr@kaveri-tech.example>",
        subject="HR screening – Kaveri Tech",
        sent=sent,
        lang="en",
        text="Your HR screening is on 30 Sep 2026, 6:00 PM - 6:30 PM (Asia/Kolkata). Invite attached.\n",
        html=False,
        layout="attach_application",
    )


# ------------------------------------------------------------------------------ encparts (held out)
def encparts() -> None:
    fam = "encparts"
    # base64 calendar, Outlook, Adelaide
    z = "Australia/Adelaide"
    s = at(2027, 4, 8, 9, 30, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 31, 14, 0, z)
    uid = EXUID.format("E1E2E3E4", "12121212")
    body = [
        *vtz(z, "Cen. Australia Standard Time"),
        *event(
            uid,
            s,
            e,
            "Interview – Saltbush Energy",
            tzid="Cen. Australia Standard Time",
            seq=0,
            sent=sent,
        ),
    ]
    ics = calendar(body, "REQUEST", "Microsoft Exchange Server 2010")
    add(
        fam,
        "base64_adelaide_after_april",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Base64 calendar part under an empty-ish text body; Adelaide after the April change.",
        sender="Saltbush Energy <careers@saltbush.example>",
        subject="Interview – Saltbush Energy",
        sent=sent,
        lang="en",
        text="\n",
        html=False,
        layout="alt",
        cal_enc="base64",
    )
    # QP calendar with non-ASCII summary, Vienna
    z = "Europe/Vienna"
    s = at(2026, 10, 28, 10, 30, z)
    e = s + timedelta(minutes=60)
    sent = at(2026, 10, 21, 9, 0, z)
    uid = "gespraech-wien-3321@kaffeehaus-it.example"
    body = [
        *[ln.replace("TZID:Europe/Berlin", f"TZID:{z}") for ln in vtz("Europe/Berlin", z)],
        *event(
            uid,
            s,
            e,
            "Bewerbungsgespräch – Kaffeehaus IT (Büro 1. Stock)",
            tzid=z,
            seq=0,
            sent=sent,
        ),
    ]
    ics = calendar(body, "REQUEST", "-//Kaffeehaus IT//Termine//DE")
    add(
        fam,
        "qp_vienna_umlauts",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Quoted-printable calendar part with umlauts; slot after the EU change, sent in CEST.",
        sender="Kaffeehaus IT <bewerbung@kaffeehaus-it.example>",
        subject="Einladung zum Bewerbungsgespräch",
        sent=sent,
        lang="de",
        text="Grüß Gott,\n\nanbei die Einladung.\n",
        html=False,
        layout="alt",
        cal_enc="quoted-printable",
    )
    # ics only as attachment (base64), Turkish body
    z = "Europe/Istanbul"
    s = at(2026, 11, 11, 14, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2026, 11, 4, 10, 0, z)
    uid = "mulakat-7781@bosfor-yazilim.example"
    vt = [
        "BEGIN:VTIMEZONE",
        f"TZID:{z}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300",
        "TZNAME:+03",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    body = [*vt, *event(uid, s, e, "Mülakat – Boğaz Yazılım", tzid=z, seq=0, sent=sent)]
    ics = calendar(body, "REQUEST", "-//Bogaz Yazilim//IK//TR")
    add(
        fam,
        "attach_only_base64_tr",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "The .ics is only an application/ics attachment (base64); Turkish text body gives no time.",
        sender="Boğaz Yazılım İK <ik@bosfor-yazilim.example>",
        subject="Mülakat daveti",
        sent=sent,
        lang="tr",
        text="Merhaba,\n\nMülakat davetiyesi ektedir. Lütfen takviminize ekleyiniz.\n\nSaygılarımızla\n",
        html=False,
        layout="attach_application",
        cal_enc="base64",
    )
    # ics attachment, Korean body, Seoul, QP text/calendar name=
    z = "Asia/Seoul"
    s = at(2026, 12, 9, 15, 0, z)
    e = s + timedelta(minutes=60)
    sent = at(2026, 12, 2, 11, 0, z)
    uid = "interview-seoul-2026-1209@hanbit-soft.example"
    vt = [
        "BEGIN:VTIMEZONE",
        f"TZID:{z}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0900",
        "TZOFFSETTO:+0900",
        "TZNAME:KST",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    body = [*vt, *event(uid, s, e, "면접 – 한빛소프트", tzid=z, seq=0, sent=sent)]
    ics = calendar(body, "REQUEST", "-//Hanbit Soft//Calendar//KO")
    add(
        fam,
        "attach_calendar_qp_ko",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "text/calendar attachment with name=, quoted-printable; Korean body without a time.",
        sender="한빛소프트 인사팀 <hr@hanbit-soft.example>",
        subject="면접 안내",
        sent=sent,
        lang="ko",
        text="안녕하세요,\n\n면접 일정을 첨부 파일로 보내드립니다.\n",
        html=False,
        layout="attach_calendar",
        cal_enc="quoted-printable",
    )
    # CANCEL base64, Greek body, Athens
    z = "Europe/Athens"
    s = at(2026, 10, 20, 12, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2026, 10, 15, 9, 0, z)
    uid = "synenteuxi-0412@aigaio-data.example"
    body = event(
        uid,
        s,
        e,
        "Συνέντευξη – Aigaio Data",
        utc=True,
        seq=1,
        sent=sent,
        more=("STATUS:CANCELLED",),
    )
    ics = calendar(body, "CANCEL", "-//Aigaio Data//HR//EL")
    add(
        fam,
        "cancel_base64_el",
        ics,
        label("cancellation", s, e, None, uid, 1, "CANCEL"),
        "CANCEL in a base64 part, UTC times; Greek body.",
        sender="Aigaio Data <hr@aigaio-data.example>",
        subject="Ακύρωση συνέντευξης",
        sent=sent,
        lang="el",
        text="Καλησπέρα,\n\nη συνέντευξη ακυρώνεται. Θα επικοινωνήσουμε ξανά.\n",
        html=False,
        layout="alt",
        cal_enc="base64",
    )
    # Text body in English, .ics base64 with LF-only line ends, Nairobi
    z = "Africa/Nairobi"
    s = at(2026, 9, 8, 10, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2026, 9, 1, 9, 0, z)
    uid = "savanna-int-118@savannapay.example"
    vt = [
        "BEGIN:VTIMEZONE",
        f"TZID:{z}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300",
        "TZNAME:EAT",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    body = [*vt, *event(uid, s, e, "Mahojiano – SavannaPay", tzid=z, seq=0, sent=sent)]
    ics = calendar(body, "REQUEST", "-//SavannaPay//HR//SW")
    add(
        fam,
        "lf_only_base64_sw",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Base64 .ics attachment with LF-only line ends; Swahili body.",
        sender="SavannaPay HR <hr@savannapay.example>",
        subject="Mwaliko wa mahojiano",
        sent=sent,
        lang="sw",
        text="Habari,\n\nTafadhali pata mwaliko wa mahojiano kwenye kiambatisho.\n",
        html=False,
        layout="attach_application",
        cal_enc="base64",
        newline="\n",
    )


# ------------------------------------------------------------------------------ writing
def header_text(value: str) -> str:
    if value.isascii():
        return value
    return Header(value, "utf-8").encode()


def enc(data: bytes, how: str) -> bytes:
    if how == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if how == "quoted-printable":
        return quopri.encodestring(data).replace(b"\n", b"\r\n")
    return data


def html_of(text: str) -> str:
    from html import escape

    inner = "<br>\n".join(escape(line) for line in text.splitlines())
    return f'<html><body><div style="font-family:Calibri,sans-serif">{inner}</div></body></html>\n'


def part(ctype: str, data: bytes, how: str, extra: tuple[str, ...] = ()) -> bytes:
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {how}", *extra, "", ""]
    return "\r\n".join(head).encode() + enc(data, how)


def multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode()
    for p in parts:
        out += f"--{boundary}\r\n".encode() + p + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def text_enc(text: str) -> str:
    return "8bit" if not text.isascii() else "7bit"


def render(case: Case) -> tuple[str, bytes]:
    m = case.mail
    newline = str(m.get("newline", "\r\n"))
    cal = (newline.join(ln for raw in case.ics for ln in fold(raw)) + newline).encode("utf-8")
    method = next((ln.split(":", 1)[1] for ln in case.ics if ln.startswith("METHOD:")), None)
    cal_enc = str(m.get("cal_enc", "8bit" if not cal.isascii() else "7bit"))
    text = str(m["text"])
    tpart = part(
        'text/plain; charset="utf-8"',
        text.replace("\n", "\r\n").encode(),
        "quoted-printable" if not text.isascii() else "7bit",
    )
    alts = [tpart]
    if m.get("html"):
        h = html_of(text)
        alts.append(
            part('text/html; charset="utf-8"', h.replace("\n", "\r\n").encode(), "quoted-printable")
        )
    mp = f"; method={method}" if method else ""
    key = f"{case.family}_{case.name}"
    layout = m["layout"]
    if layout == "alt":
        alts.append(part(f'text/calendar; charset="utf-8"{mp}', cal, cal_enc))
        body = multipart("alternative", f"=_alt_{key}", alts)
    elif layout == "google":
        alts.append(part(f'text/calendar; charset="UTF-8"{mp}', cal, cal_enc))
        inner = multipart("alternative", f"=_galt_{key}", alts)
        att = part(
            'application/ics; name="invite.ics"',
            cal,
            "base64",
            ('Content-Disposition: attachment; filename="invite.ics"',),
        )
        body = multipart("mixed", f"=_gmix_{key}", [inner, att])
    elif layout == "thunderbird":
        inner = multipart(
            "alternative",
            f"=_tbalt_{key}",
            [*alts, part(f'text/calendar; charset="UTF-8"{mp}', cal, cal_enc)],
        )
        att = part(
            'application/ics; name="invite.ics"',
            cal,
            "base64",
            ('Content-Disposition: attachment; filename="invite.ics"',),
        )
        body = multipart("mixed", f"=_tbmix_{key}", [inner, att])
    else:
        first = alts[0] if len(alts) == 1 else multipart("alternative", f"=_aalt_{key}", alts)
        if layout == "attach_calendar":
            att = part(
                f'text/calendar; charset="utf-8"{mp}; name="invite.ics"',
                cal,
                cal_enc if cal_enc != "7bit" else "7bit",
                ('Content-Disposition: attachment; filename="invite.ics"',),
            )
        else:
            fname = "interview.ics"
            att = part(
                f'application/ics; name="{fname}"',
                cal,
                cal_enc if cal_enc in ("base64", "quoted-printable") else "base64",
                (f'Content-Disposition: attachment; filename="{fname}"',),
            )
        body = multipart("mixed", f"=_mix_{key}", [first, att])
    sent = m["sent"]
    assert isinstance(sent, datetime)
    head = [
        f"From: {header_text(str(m['sender']))}",
        f"To: {TO}",
        f"Subject: {header_text(str(m['subject']))}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{case.family}.{case.name}@calparts16.example>",
        "MIME-Version: 1.0",
    ]
    return f"{case.family}__{case.name}.eml", "\r\n".join(head).encode() + b"\r\n" + body


def verify(case: Case) -> None:
    """Re-read the calendar with icalendar: the first VEVENT's DTSTART must match the label."""
    import icalendar

    lab = case.label
    if "start" not in lab or lab.get("tz_stated") is False:
        return
    cal = icalendar.Calendar.from_ical(
        "\r\n".join(ln for raw in case.ics for ln in fold(raw)) + "\r\n"
    )
    events = [c for c in cal.walk("VEVENT")]
    if any("RRULE" in ev for ev in events) or (len(events) != 1 and "uid" in lab):
        return
    ev = events[-1] if len(events) == 1 else events[0]
    start = ev.decoded("DTSTART")
    want = lab["start"]
    if isinstance(start, datetime) and start.tzinfo is None:
        # floating: X-WR-TIMEZONE or text gives the zone
        return
    if isinstance(start, datetime):
        assert start == datetime.fromisoformat(str(want)), (case.name, start, want)
    else:
        assert start == date.fromisoformat(str(want)), (case.name, start, want)


def main() -> None:
    for build in (
        outlookwin,
        gcalseq,
        applecal,
        webcal,
        davcal,
        atsics,
        overrides,
        meetgen,
        oddtz,
        encparts,
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
