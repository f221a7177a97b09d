"""Write the calendar-bearing batch of Afterview's labelled corpus: iMIP mails with real shapes.

Run: .venv/bin/python tests/parsing/corpus/build_calendars.py

Each family imitates how one producer lays out an iTIP/iCalendar mail (MIME structure, PRODID,
TZID style, line endings, transfer encodings); see PROVENANCE-calendars.md. All people, firms,
addresses and prose are invented. Labels are computed here from the same aware datetimes that
are written into the calendar (zoneinfo gives every offset); recurring events are expanded in
Python to find the next occurrence on or after the Date header. Output is deterministic and the
script only deletes or writes files of its own families (FAMILIES), always in dev/.
"""

from __future__ import annotations

import base64
import hashlib
import json
import quopri
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev"
LICENSE = "structure only; all text, people and data written for this corpus"
UTC = UTC

# --------------------------------------------------------------------------------------
# VTIMEZONE rules written the way the producers emit them (checked against zoneinfo below)

EU = ("-1SU", 3, "-1SU", 10)  # (daylight BYDAY, month, standard BYDAY, month)
US = ("2SU", 3, "1SU", 11)
AU = ("1SU", 10, "1SU", 4)
NZ = ("-1SU", 9, "1SU", 4)
RULES: dict[str, tuple[str, str, tuple[str, int, str, int] | None, str, str]] = {
    # iana: (standard offset, daylight offset, rule, std name, dst name)
    "Europe/Berlin": ("+0100", "+0200", EU, "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", EU, "CET", "CEST"),
    "Europe/Rome": ("+0100", "+0200", EU, "CET", "CEST"),
    "Europe/Warsaw": ("+0100", "+0200", EU, "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", EU, "CET", "CEST"),
    "Europe/Stockholm": ("+0100", "+0200", EU, "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", EU, "CET", "CEST"),
    "Europe/London": ("+0000", "+0100", EU, "GMT", "BST"),
    "Europe/Lisbon": ("+0000", "+0100", EU, "WET", "WEST"),
    "America/New_York": ("-0500", "-0400", US, "EST", "EDT"),
    "America/Toronto": ("-0500", "-0400", US, "EST", "EDT"),
    "America/Chicago": ("-0600", "-0500", US, "CST", "CDT"),
    "America/St_Johns": ("-0330", "-0230", US, "NST", "NDT"),
    "Australia/Adelaide": ("+0930", "+1030", AU, "ACST", "ACDT"),
    "Australia/Sydney": ("+1000", "+1100", AU, "AEST", "AEDT"),
    "Pacific/Auckland": ("+1200", "+1300", NZ, "NZST", "NZDT"),
    "Asia/Kolkata": ("+0530", "+0530", None, "IST", "IST"),
    "Asia/Tokyo": ("+0900", "+0900", None, "JST", "JST"),
    "America/Sao_Paulo": ("-0300", "-0300", None, "-03", "-03"),
}


def vtimezone(iana: str, tzid: str, *, exchange: bool = False) -> list[str]:
    """A VTIMEZONE with yearly rules; exchange=True uses Outlook's 1601 anchors."""
    std, dst, rule, std_name, dst_name = RULES[iana]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if rule is None:
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000" if exchange else "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
        ]
        if not exchange:
            lines.append(f"TZNAME:{std_name}")
        return [*lines, "END:STANDARD", "END:VTIMEZONE"]
    dday, dmonth, sday, smonth = rule
    year = "1601" if exchange else "1970"
    # local wall time of the change: 02:00 -> 03:00 in spring (EU changes at 01:00 UTC)
    if iana.startswith("Europe/"):
        dhour, shour = ("01", "02") if std == "+0000" else ("02", "03")
    else:
        dhour, shour = "02", ("03" if rule in (AU, NZ) else "02")
    lines += [
        "BEGIN:STANDARD",
        f"DTSTART:{year}{smonth:02d}01T{shour}0000",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"RRULE:FREQ=YEARLY;BYDAY={sday};BYMONTH={smonth}",
    ]
    if not exchange:
        lines.append(f"TZNAME:{std_name}")
    lines += [
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:{year}{dmonth:02d}01T{dhour}0000",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"RRULE:FREQ=YEARLY;BYDAY={dday};BYMONTH={dmonth}",
    ]
    if not exchange:
        lines.append(f"TZNAME:{dst_name}")
    return [*lines, "END:DAYLIGHT", "END:VTIMEZONE"]


def _offset(text: str) -> timedelta:
    sign = -1 if text[0] == "-" else 1
    return sign * timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))


def check_rule(iana: str, moment: datetime) -> None:
    """The hand-written VTIMEZONE must agree with zoneinfo at every labelled instant."""
    std, dst, *_ = RULES[iana]
    offset = moment.astimezone(ZoneInfo(iana)).utcoffset()
    assert offset in (_offset(std), _offset(dst)), (iana, moment)


# --------------------------------------------------------------------------------------
# calendar text


def fold(line: str) -> list[str]:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return out


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


@dataclass
class Event:
    """One VEVENT; style says how DTSTART/DTEND are written."""

    uid: str
    summary: str
    start: datetime | date
    end: datetime | date | None = None
    duration: str | None = None  # e.g. PT45M instead of DTEND
    style: str = "tzid"  # tzid | utc | floating | date
    tzid: str = ""
    sequence: int = 0
    organizer: tuple[str, str] = ("", "")
    attendee: tuple[str, str] = ("", "")
    partstat: str = "NEEDS-ACTION"
    location: str = ""
    description: str = ""
    status: str = ""
    rrule: str = ""
    exdates: list[datetime] = field(default_factory=list)
    recurrence_id: datetime | None = None
    extra: list[str] = field(default_factory=list)

    def stamp(self, name: str, value: datetime | date) -> str:
        if self.style == "date" or not isinstance(value, datetime):
            return f"{name};VALUE=DATE:{value:%Y%m%d}"
        if self.style == "utc":
            return f"{name}:{value.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        if self.style == "floating":
            return f"{name}:{value:%Y%m%dT%H%M%S}"
        tzid = f'"{self.tzid}"' if any(c in self.tzid for c in ",:;") else self.tzid
        return f"{name};TZID={tzid}:{value:%Y%m%dT%H%M%S}"

    def lines(self, dtstamp: datetime) -> list[str]:
        out = [
            "BEGIN:VEVENT",
            f"UID:{self.uid}",
            f"DTSTAMP:{dtstamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        ]
        if self.recurrence_id is not None:
            out.append(self.stamp("RECURRENCE-ID", self.recurrence_id))
        out.append(self.stamp("DTSTART", self.start))
        if self.end is not None:
            out.append(self.stamp("DTEND", self.end))
        if self.duration:
            out.append(f"DURATION:{self.duration}")
        if self.rrule:
            out.append(f"RRULE:{self.rrule}")
        for ex in self.exdates:
            out.append(self.stamp("EXDATE", ex))
        out.append(f"SEQUENCE:{self.sequence}")
        out.append(f"SUMMARY:{escape(self.summary)}")
        if self.location:
            out.append(f"LOCATION:{escape(self.location)}")
        if self.description:
            out.append(f"DESCRIPTION:{escape(self.description)}")
        if self.status:
            out.append(f"STATUS:{self.status}")
        if self.organizer[1]:
            out.append(f"ORGANIZER;CN={self.organizer[0]}:mailto:{self.organizer[1]}")
        if self.attendee[1]:
            out.append(
                f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={self.partstat};"
                f"CN={self.attendee[0]}:mailto:{self.attendee[1]}"
            )
        out += self.extra
        out.append("END:VEVENT")
        return out


@dataclass
class Cal:
    """A calendar object and how it travels in the mail."""

    prodid: str
    events: list[Event]
    method: str | None = "REQUEST"  # METHOD property; None = absent
    ctype_method: str | None = "same"  # Content-Type method param; "same" = copy METHOD
    zones: list[list[str]] = field(default_factory=list)
    header_extra: list[str] = field(default_factory=list)
    newline: str = "\r\n"
    place: str = "alternative"  # alternative | attach_ics | attach_calendar | both
    encoding: str = "7bit"  # 7bit | 8bit | base64 | quoted-printable
    filename: str = "invite.ics"

    def text(self, dtstamp: datetime) -> str:
        lines = ["BEGIN:VCALENDAR", f"PRODID:{self.prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        if self.method:
            lines.append(f"METHOD:{self.method}")
        lines += self.header_extra
        for zone in self.zones:
            lines += zone
        for event in self.events:
            lines += event.lines(dtstamp)
        lines.append("END:VCALENDAR")
        folded = [piece for line in lines for piece in fold(line)]
        return self.newline.join(folded) + self.newline


# --------------------------------------------------------------------------------------
# MIME


def encoded_part(maintype: str, subtype: str, body: str, encoding: str, **params: str) -> Message:
    part = MIMENonMultipart(maintype, subtype, charset="utf-8", **params)
    data = body.encode("utf-8")
    if encoding == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    elif encoding == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    elif all(ord(c) < 128 for c in body):
        part.set_payload(body)
    else:
        encoding = "8bit"
        part.set_payload(data.decode("ascii", "surrogateescape"))
    part["Content-Transfer-Encoding"] = encoding
    del part["MIME-Version"]
    return part


def text_part(body: str, subtype: str = "plain") -> Message:
    ascii_only = all(ord(c) < 128 for c in body)
    return encoded_part("text", subtype, body, "7bit" if ascii_only else "quoted-printable")


def calendar_parts(cal: Cal, dtstamp: datetime) -> tuple[Message | None, Message | None]:
    """(part for multipart/alternative, attachment)"""
    body = cal.text(dtstamp)
    method = cal.method if cal.ctype_method == "same" else cal.ctype_method
    params = {"method": method} if method else {}
    inline = attached = None
    if cal.place in ("alternative", "both"):
        inline = encoded_part("text", "calendar", body, cal.encoding, **params)
    if cal.place in ("attach_ics", "both"):
        attached = encoded_part("application", "ics", body, "base64", name=cal.filename)
    if cal.place == "attach_calendar":
        attached = encoded_part("text", "calendar", body, cal.encoding, name=cal.filename, **params)
    if attached is not None:
        attached.add_header("Content-Disposition", "attachment", filename=cal.filename)
    return inline, attached


def header_text(value: str) -> str | Header:
    return value if all(ord(c) < 128 for c in value) else Header(value, "utf-8")


def envelope(
    msg: Message,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    key: str,
) -> None:
    msg["From"] = (
        formataddr((str(header_text(sender[0])), sender[1]))
        if all(ord(c) < 128 for c in sender[0])
        else f"{Header(sender[0], 'utf-8').encode()} <{sender[1]}>"
    )
    msg["To"] = formataddr(to)
    msg["Subject"] = header_text(subject)
    msg["Date"] = format_datetime(sent)
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{digest}@{sender[1].split('@')[1]}>"
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"


def boundary(key: str, n: int) -> str:
    return f"=_cal_{hashlib.sha1(f'{key}/{n}'.encode()).hexdigest()[:20]}"


def build_mail(
    key: str,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str,
    cal: Cal | None,
    html: str = "",
) -> Message:
    inline, attached = calendar_parts(cal, sent) if cal else (None, None)
    alternatives = [text_part(text)]
    if html:
        alternatives.append(text_part(html, "html"))
    if inline is not None:
        alternatives.append(inline)
    if len(alternatives) == 1:
        body: Message = alternatives[0]
    else:
        body = MIMEMultipart("alternative", boundary=boundary(key, 1))
        for part in alternatives:
            body.attach(part)
    if attached is not None:
        mixed = MIMEMultipart("mixed", boundary=boundary(key, 2))
        mixed.attach(body)
        mixed.attach(attached)
        body = mixed
    envelope(body, sender, to, subject, sent, key)
    return body


# --------------------------------------------------------------------------------------
# labels


def iso(value: datetime | date, zone: str | None) -> str:
    if isinstance(value, datetime):
        shown = value.astimezone(ZoneInfo(zone)) if zone else value
        return shown.isoformat()
    return value.isoformat()


@dataclass
class Spec:
    family: str
    name: str
    lang: str
    sent: datetime
    sender: tuple[str, str]
    to: tuple[str, str]
    subject: str
    text: str
    cal: Cal
    kind: str | None
    note: str
    html: str = ""
    label_zone: str | None = None  # IANA zone the label claims (None: omit)
    floating: bool = False  # calendar states no zone: wall clock with the Date offset
    chosen: Event | None = None  # the event instance the label describes
    chosen_start: datetime | date | None = None
    chosen_end: datetime | date | None = None
    label_method: str | None = "calendar"
    forward: str = ""  # "" | rfc822 | inline
    fwd_by: tuple[str, str] = ("", "")
    fwd_sent: datetime | None = None
    fwd_note: str = ""
    linesep: str = "\r\n"


TEMPLATES: dict[str, str] = {}


def render(spec: Spec) -> tuple[bytes, dict[str, object]]:
    key = f"{spec.family}__{spec.name}"
    inner = build_mail(
        key, spec.sender, spec.to, spec.subject, spec.sent, spec.text, spec.cal, spec.html
    )
    msg = inner
    if spec.forward:
        assert spec.fwd_sent is not None
        if spec.forward == "rfc822":
            msg = MIMEMultipart("mixed", boundary=boundary(key, 3))
            msg.attach(text_part(spec.fwd_note))
            msg.attach(MIMEMessage(inner))
        else:
            # inline forward: header block in the text, the .ics kept as an attachment
            inline, attached = calendar_parts(spec.cal, spec.sent)
            assert attached is not None
            assert inline is None
            msg = MIMEMultipart("mixed", boundary=boundary(key, 3))
            msg.attach(text_part(spec.fwd_note + spec.text))
            msg.attach(attached)
        envelope(
            msg,
            spec.fwd_by,
            ("Afterview inbox", "inbox@afterview.example"),
            "Fwd: " + spec.subject,
            spec.fwd_sent,
            key + "/fwd",
        )
    out = BytesIO()
    BytesGenerator(out, policy=compat32.clone(linesep=spec.linesep)).flatten(msg)
    event = spec.chosen or spec.cal.events[0]
    start = spec.chosen_start if spec.chosen_start is not None else event.start
    end = spec.chosen_end if spec.chosen_end is not None else event.end
    if end is None and event.duration and isinstance(start, datetime):
        minutes = int(event.duration.removeprefix("PT").removesuffix("M"))
        end = start + timedelta(minutes=minutes)
    label: dict[str, object] = {}
    if spec.kind:
        label["kind"] = spec.kind
    if spec.floating:
        offset = spec.sent.utcoffset()
        assert offset is not None
        assert isinstance(start, datetime)
        assert isinstance(end, datetime)
        label["start"] = start.replace(tzinfo=timezone(offset)).isoformat()
        label["end"] = end.replace(tzinfo=timezone(offset)).isoformat()
        label["all_day"] = False
        label["tz_stated"] = False
    else:
        zone = spec.label_zone
        label["start"] = iso(start, zone)
        if end is not None:
            label["end"] = iso(end, zone)
        label["all_day"] = not isinstance(start, datetime)
        if zone:
            label["timezone"] = zone
            if isinstance(start, datetime) and zone in RULES:
                check_rule(zone, start)
    label["uid"] = event.uid
    label["sequence"] = event.sequence
    method = spec.cal.method if spec.label_method == "calendar" else spec.label_method
    if method:
        label["method"] = method
    if spec.kind != "reply" and event.organizer[1]:
        label["organizer_email"] = event.organizer[1]
    if spec.forward:
        label["original_sender"] = spec.sender[1]
    label["language"] = spec.lang
    label["source"] = {
        "family": spec.family,
        "template": TEMPLATES[spec.family],
        "license": LICENSE,
    }
    label["note"] = spec.note
    return out.getvalue(), label


# --------------------------------------------------------------------------------------
# the mails

SPECS: list[Spec] = []
CAND = [
    ("Mira Okafor", "mira.okafor@postbox.example"),
    ("Jonas Brandt", "jonas.brandt@mailhaven.example"),
    ("Lucía Ferrer", "lucia.ferrer@correo.example"),
    ("Aiko Tanabe", "aiko.tanabe@mailhaven.example"),
    ("Piet de Wit", "piet.dewit@postbox.example"),
]


def uid(seed: str) -> str:
    digest = hashlib.sha1(seed.encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def add(spec: Spec) -> Spec:
    SPECS.append(spec)
    return spec


def when(start: datetime, end: datetime | None, zone: str, fmt: str = "%d.%m.%Y %H:%M") -> str:
    local = start.astimezone(ZoneInfo(zone))
    text = local.strftime(fmt)
    if end is not None:
        text += "–" + end.astimezone(ZoneInfo(zone)).strftime("%H:%M")
    return text


def invite_text(lang: str, who: str, org: str, summary: str, slot: str) -> str:
    texts = {
        "en": f'Hi {who},\n\n{org} has invited you to "{summary}" on {slot}.\n'
        "The calendar invitation is attached; please accept or decline it.\n\nKind regards,\n"
        f"{org}\n",
        "de": f"Hallo {who},\n\n{org} lädt Sie zu „{summary}“ am {slot} ein.\n"
        "Die Einladung liegt bei; bitte sagen Sie zu oder ab.\n\nViele Grüße\n"
        f"{org}\n",
        "fr": f"Bonjour {who},\n\n{org} vous invite à « {summary} » le {slot}.\n"
        "L'invitation est jointe ; merci de l'accepter ou de la refuser.\n\nCordialement,\n"
        f"{org}\n",
        "es": f"Hola {who}:\n\n{org} te invita a «{summary}» el {slot}.\n"
        "La invitación va adjunta; acéptala o recházala desde tu calendario.\n\nSaludos,\n"
        f"{org}\n",
        "it": f"Gentile {who},\n\n{org} ti invita a «{summary}» il {slot}.\n"
        "L'invito è allegato: puoi accettarlo o rifiutarlo dal calendario.\n\nCordiali saluti,\n"
        f"{org}\n",
        "nl": f"Beste {who},\n\n{org} nodigt je uit voor ‘{summary}’ op {slot}.\n"
        "De uitnodiging zit als bijlage in deze mail.\n\nMet vriendelijke groet,\n"
        f"{org}\n",
        "pl": f"Dzień dobry {who},\n\n{org} zaprasza na „{summary}” w dniu {slot}.\n"
        "Zaproszenie jest w załączniku — prosimy o akceptację lub odrzucenie.\n\n"
        f"Pozdrawiam\n{org}\n",
        "ja": f"{who} 様\n\n{org} より「{summary}」へのご招待です。日時: {slot}\n"
        "添付の招待状から出欠をご返信ください。\n\nよろしくお願いいたします。\n"
        f"{org}\n",
        "sv": f"Hej {who},\n\n{org} bjuder in dig till ”{summary}” den {slot}.\n"
        "Inbjudan finns bifogad; tacka ja eller nej i din kalender.\n\nVänliga hälsningar\n"
        f"{org}\n",
        "pt": f'Olá {who},\n\n{org} convidou você para "{summary}" em {slot}.\n'
        "O convite está anexado; aceite ou recuse pelo seu calendário.\n\nAtenciosamente,\n"
        f"{org}\n",
    }
    return texts[lang]


CANCEL = {
    "en": 'Hi {who},\n\n{org} has cancelled "{summary}" ({slot}). We will be in touch.\n',
    "de": "Hallo {who},\n\n{org} hat den Termin „{summary}“ ({slot}) abgesagt.\n",
    "it": "Gentile {who},\n\n{org} ha annullato «{summary}» ({slot}). Ci scusiamo.\n",
    "fr": "Bonjour {who},\n\n{org} a annulé « {summary} » ({slot}).\n",
}
REPLY = {
    "en": "{who} has accepted: {summary} ({slot})\n",
    "de": "{who} hat die Einladung angenommen: {summary} ({slot})\n",
}


def simple(
    family: str,
    name: str,
    lang: str,
    sent: datetime,
    org: tuple[str, str],
    cand: tuple[str, str],
    ev: Event,
    cal: Cal,
    zone_for_text: str | None,
    kind: str | None,
    note: str,
    label_zone: str | None = None,
    subject: str = "",
    text: str = "",
    **kw: object,
) -> Spec:
    """Most mails: a short body in `lang`, the calendar, and a label derived from `ev`."""
    assert isinstance(ev.start, datetime | date)
    if not text:
        if isinstance(ev.start, datetime):
            zone = zone_for_text or "UTC"
            end = ev.end if isinstance(ev.end, datetime) else None
            slot = when(ev.start, end, zone) + (f" ({zone})" if zone_for_text else "")
            if ev.style == "floating":
                slot = f"{ev.start:%d.%m.%Y %H:%M}"
        else:
            slot = f"{ev.start:%d.%m.%Y}"
        if kind == "cancellation":
            text = CANCEL[lang].format(who=cand[0], org=org[0], summary=ev.summary, slot=slot)
        elif kind == "reply":
            text = REPLY[lang].format(who=org[0], summary=ev.summary, slot=slot)
        else:
            text = invite_text(lang, cand[0], org[0], ev.summary, slot)
    if not subject:
        subject = {"reply": "Accepted: ", "cancellation": "Cancelled: "}.get(
            kind or "", ""
        ) + ev.summary
    return add(
        Spec(
            family,
            name,
            lang,
            sent,
            org,
            cand,
            subject,
            text,
            cal,
            kind,
            note,
            label_zone=label_zone,
            **kw,
        )
    )  # type: ignore[arg-type]


# ---- korganizer (KDE PIM: KMail + KCalendarCore) -------------------------------------
TEMPLATES["korganizer"] = (
    "KDE PIM iTIP mail as sent by KMail/KOrganizer: text/plain body plus text/calendar with "
    "method param, PRODID '-//K Desktop Environment//NONSGML KOrganizer ...', IANA TZID with "
    "VTIMEZONE (KCalendarCore ICalFormat); layout recalled, not re-read"
)
KPROD = "-//K Desktop Environment//NONSGML KOrganizer 6.2.3 (24.08.3)//EN"
ORG_K = ("Heike Sommerfeld", "h.sommerfeld@nordlicht-software.example")
ev = Event(
    uid("korg-1"),
    "Vorstellungsgespräch Backend-Entwicklung – Nordlicht Software",
    at(2026, 3, 31, 10, 0, "Europe/Berlin"),
    at(2026, 3, 31, 11, 0, "Europe/Berlin"),
    tzid="Europe/Berlin",
    organizer=ORG_K,
    attendee=CAND[1],
    location="Nordlicht Software, Schönhauser Allee 12, Berlin (Besprechungsraum Müggelsee)",
)
simple(
    "korganizer",
    "request_de_berlin_qp",
    "de",
    at(2026, 3, 20, 9, 12, "Europe/Berlin"),
    ORG_K,
    CAND[1],
    ev,
    Cal(
        KPROD,
        [ev],
        zones=[vtimezone("Europe/Berlin", "Europe/Berlin")],
        encoding="quoted-printable",
    ),
    "Europe/Berlin",
    "invitation",
    "KOrganizer REQUEST: sent in CET for a slot in CEST; quoted-printable calendar part with a "
    "folded multibyte LOCATION.",
    label_zone="Europe/Berlin",
)
ev2 = Event(
    ev.uid,
    ev.summary,
    ev.start,
    ev.end,
    tzid="Europe/Berlin",
    organizer=ORG_K,
    attendee=CAND[1],
    partstat="ACCEPTED",
)
simple(
    "korganizer",
    "reply_de_accepted",
    "de",
    at(2026, 3, 20, 18, 40, "Europe/Berlin"),
    CAND[1],
    ORG_K,
    ev2,
    Cal(KPROD, [ev2], method="REPLY", zones=[vtimezone("Europe/Berlin", "Europe/Berlin")]),
    "Europe/Berlin",
    "reply",
    "The candidate's KOrganizer REPLY (PARTSTAT=ACCEPTED).",
    label_zone="Europe/Berlin",
)
ev3 = Event(
    uid("korg-2"),
    "Probearbeitstag Nordlicht Software",
    date(2026, 4, 14),
    date(2026, 4, 16),
    style="date",
    organizer=ORG_K,
    attendee=CAND[1],
)
simple(
    "korganizer",
    "request_de_allday_two_days",
    "de",
    at(2026, 4, 2, 14, 5, "Europe/Berlin"),
    ORG_K,
    CAND[1],
    ev3,
    Cal(KPROD, [ev3]),
    None,
    "invitation",
    "All-day, two days (14-15 April): DTEND;VALUE=DATE is exclusive (16 April).",
)
ev4 = Event(
    uid("korg-3"),
    "Zweitgespräch Teamleitung",
    at(2026, 10, 27, 15, 30, "Europe/Berlin"),
    at(2026, 10, 27, 16, 15, "Europe/Berlin"),
    tzid="Europe/Berlin",
    sequence=1,
    organizer=ORG_K,
    attendee=CAND[1],
    status="CANCELLED",
)
simple(
    "korganizer",
    "cancel_de_after_dst_end",
    "de",
    at(2026, 10, 22, 11, 0, "Europe/Berlin"),
    ORG_K,
    CAND[1],
    ev4,
    Cal(KPROD, [ev4], method="CANCEL", zones=[vtimezone("Europe/Berlin", "Europe/Berlin")]),
    "Europe/Berlin",
    "cancellation",
    "CANCEL sent in CEST for a slot after the 25 Oct change (CET).",
    label_zone="Europe/Berlin",
)

# ---- citadel (libical-based groupware: TZIDs with libical prefixes) ------------------
TEMPLATES["citadel"] = (
    "Citadel groupware iMIP (libical serialiser): TZID carrying a libical prefix "
    "('/citadel.org/<date>_1/<zone>', '/freeassociation.sourceforge.net/...'), multipart/"
    "alternative with text/calendar; layout recalled from libical output conventions"
)
CPROD = "-//Citadel//NONSGML Citadel calendar//EN"
ORG_C = ("Dana Whitfield", "dana.whitfield@larchmont-labs.example")
tz_t = "/citadel.org/20210210_1/America/Toronto"
ev = Event(
    uid("cit-1"),
    "Interview: QA Engineer (Larchmont Labs)",
    at(2026, 3, 9, 13, 0, "America/Toronto"),
    at(2026, 3, 9, 13, 45, "America/Toronto"),
    tzid=tz_t,
    organizer=ORG_C,
    attendee=CAND[0],
    location="Video call",
)
simple(
    "citadel",
    "request_en_toronto_prefix",
    "en",
    at(2026, 3, 3, 10, 0, "America/Toronto"),
    ORG_C,
    CAND[0],
    ev,
    Cal(CPROD, [ev], zones=[vtimezone("America/Toronto", tz_t)]),
    "America/Toronto",
    "invitation",
    "libical prefix TZID with its VTIMEZONE; sent in EST, slot on 9 March in EDT.",
    label_zone="America/Toronto",
)
tz_w = "/freeassociation.sourceforge.net/Tzfile/Europe/Warsaw"
ORG_W = ("Katarzyna Zielińska", "k.zielinska@wislasoft.example")
ev = Event(
    uid("cit-2"),
    "Rozmowa rekrutacyjna – Programista Java (WisłaSoft)",
    at(2026, 6, 17, 9, 30, "Europe/Warsaw"),
    at(2026, 6, 17, 10, 30, "Europe/Warsaw"),
    tzid=tz_w,
    organizer=ORG_W,
    attendee=("Jonas Brandt", CAND[1][1]),
    location="WisłaSoft, ul. Żurawia 8, Warszawa – sala „Łazienki”",
)
simple(
    "citadel",
    "request_pl_freeassociation_base64",
    "pl",
    at(2026, 6, 8, 16, 20, "Europe/Warsaw"),
    ORG_W,
    CAND[1],
    ev,
    Cal(CPROD, [ev], zones=[vtimezone("Europe/Warsaw", tz_w)], encoding="base64"),
    "Europe/Warsaw",
    "invitation",
    "'/freeassociation.sourceforge.net/Tzfile/Europe/Warsaw' TZID, base64 calendar, Polish "
    "multibyte text folded across lines.",
    label_zone="Europe/Warsaw",
)
ev = Event(
    uid("cit-1"),
    "Interview: QA Engineer (Larchmont Labs)",
    at(2026, 3, 9, 13, 0, "America/Toronto"),
    at(2026, 3, 9, 13, 45, "America/Toronto"),
    tzid=tz_t,
    sequence=1,
    organizer=ORG_C,
    attendee=CAND[0],
    status="CANCELLED",
)
simple(
    "citadel",
    "cancel_en_toronto_prefix",
    "en",
    at(2026, 3, 5, 8, 45, "America/Toronto"),
    ORG_C,
    CAND[0],
    ev,
    Cal(CPROD, [ev], method="CANCEL", zones=[vtimezone("America/Toronto", tz_t)]),
    "America/Toronto",
    "cancellation",
    "CANCEL of the Toronto interview, SEQUENCE 1.",
    label_zone="America/Toronto",
)
tz_l = "/freeassociation.sourceforge.net/Europe/Lisbon"
ORG_L = ("Rui Carvalho", "rui.carvalho@tejo-dados.example")
ev = Event(
    uid("cit-3"),
    "Entrevista técnica – Engenheiro de Dados (Tejo Dados)",
    at(2026, 5, 12, 15, 0, "Europe/Lisbon"),
    at(2026, 5, 12, 16, 0, "Europe/Lisbon"),
    tzid=tz_l,
    organizer=ORG_L,
    attendee=CAND[2],
)
simple(
    "citadel",
    "request_pt_prefix_no_vtimezone_lf",
    "pt",
    at(2026, 5, 4, 9, 0, "Europe/Lisbon"),
    ORG_L,
    CAND[2],
    ev,
    Cal(CPROD, [ev], newline="\n"),
    "Europe/Lisbon",
    "invitation",
    "Prefixed TZID without a VTIMEZONE block; the whole message uses LF line ends.",
    label_zone="Europe/Lisbon",
    linesep="\n",
)

# ---- exchange (Exchange Server / Outlook on the web, Windows zone names) --------------
TEMPLATES["exchange"] = (
    "Exchange Server iMIP as described in the Exchange/Outlook iCalendar docs (MS-OXCICAL): "
    "PRODID 'Microsoft Exchange Server 2010', Windows zone IDs in TZID with 1601-anchored "
    "VTIMEZONE, or Outlook's localized display names without VTIMEZONE; HTML 'When:' "
    "block; base64 text/calendar in multipart/alternative. Windows->IANA via CLDR windowsZones"
)
XPROD = "Microsoft Exchange Server 2010"
ORG_X = ("Priya Raman", "priya.raman@corvid-analytics.example")
ev = Event(
    uid("ex-1").upper(),
    "Interview - Senior Data Engineer",
    at(2026, 7, 8, 14, 0, "Europe/Berlin"),
    at(2026, 7, 8, 15, 0, "Europe/Berlin"),
    tzid="W. Europe Standard Time",
    organizer=ORG_X,
    attendee=CAND[0],
    location="Microsoft Teams Meeting",
)
html = (
    "<html><body><p>When: Wednesday, July 8, 2026 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, "
    "Berlin, Bern, Rome, Stockholm, Vienna.</p><p>Where: Microsoft Teams Meeting</p>"
    "</body></html>"
)
simple(
    "exchange",
    "request_en_w_europe_vtimezone",
    "en",
    at(2026, 6, 29, 9, 3, "Europe/Berlin"),
    ORG_X,
    CAND[0],
    ev,
    Cal(
        XPROD,
        [ev],
        zones=[vtimezone("Europe/Berlin", "W. Europe Standard Time", exchange=True)],
        encoding="base64",
    ),
    None,
    "invitation",
    "TZID 'W. Europe Standard Time' (Windows ID) with an Exchange VTIMEZONE; CLDR maps it to "
    "Europe/Berlin; the HTML prints the standard-offset label in July.",
    label_zone="Europe/Berlin",
    html=html,
    text="When: Wednesday, July 8, 2026 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, "
    "Rome, Stockholm, Vienna.\nWhere: Microsoft Teams Meeting\n\nHi Mira, looking forward "
    "to talking about the data engineering role.\nPriya\n",
)
ORG_J = ("田中 誠", "makoto.tanaka@sakura-systems.example")
ev = Event(
    uid("ex-2").upper(),
    "一次面接（インフラエンジニア）",
    at(2026, 9, 3, 10, 30, "Asia/Tokyo"),
    at(2026, 9, 3, 11, 30, "Asia/Tokyo"),
    tzid="Tokyo Standard Time",
    organizer=("Makoto Tanaka", ORG_J[1]),
    attendee=CAND[3],
    location="さくらシステムズ 本社 5階 会議室",
)
simple(
    "exchange",
    "request_ja_tokyo_standard_time",
    "ja",
    at(2026, 8, 25, 17, 2, "Asia/Tokyo"),
    ORG_J,
    CAND[3],
    ev,
    Cal(
        XPROD,
        [ev],
        zones=[vtimezone("Asia/Tokyo", "Tokyo Standard Time", exchange=True)],
        encoding="base64",
    ),
    "Asia/Tokyo",
    "invitation",
    "Japanese Exchange invitation, TZID 'Tokyo Standard Time' with a VTIMEZONE.",
    label_zone="Asia/Tokyo",
)
ORG_D = ("Sabine Krüger", "sabine.krueger@halde-logistik.example")
tz_de = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
ev = Event(
    uid("ex-3").upper(),
    "Bewerbungsgespräch Disposition",
    at(2026, 8, 19, 9, 0, "Europe/Berlin"),
    at(2026, 8, 19, 9, 45, "Europe/Berlin"),
    tzid=tz_de,
    organizer=ORG_D,
    attendee=CAND[1],
    location="Halde Logistik, Tor 3",
)
simple(
    "exchange",
    "request_de_display_name_no_vtimezone",
    "de",
    at(2026, 8, 10, 12, 0, "Europe/Berlin"),
    ORG_D,
    CAND[1],
    ev,
    Cal(XPROD, [ev]),
    None,
    "invitation",
    "German Outlook display name as TZID, no VTIMEZONE: the name maps to "
    "W. Europe Standard Time, i.e. Europe/Berlin (+02:00 in August).",
    label_zone="Europe/Berlin",
)
ORG_F = ("Camille Roux", "camille.roux@atelier-lumen.example")
tz_fr = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
ev = Event(
    uid("ex-4").upper(),
    "Entretien – Chargée de communication",
    at(2026, 11, 4, 14, 30, "Europe/Paris"),
    at(2026, 11, 4, 15, 15, "Europe/Paris"),
    tzid=tz_fr,
    organizer=ORG_F,
    attendee=CAND[2],
    location="Atelier Lumen, Paris 11e",
)
simple(
    "exchange",
    "request_fr_display_name_paris",
    "fr",
    at(2026, 10, 20, 10, 0, "Europe/Paris"),
    ORG_F,
    CAND[2],
    ev,
    Cal(XPROD, [ev], encoding="quoted-printable"),
    None,
    "invitation",
    "French Outlook display name (Romance Standard Time) without VTIMEZONE; sent in CEST, "
    "slot in CET.",
    label_zone="Europe/Paris",
)
ORG_I = ("Arjun Mehta", "arjun.mehta@kestrel-fintech.example")
ev = Event(
    uid("ex-5").upper(),
    "Technical interview - Kestrel Fintech",
    at(2026, 4, 22, 16, 0, "Asia/Kolkata"),
    at(2026, 4, 22, 17, 0, "Asia/Kolkata"),
    tzid="India Standard Time",
    organizer=ORG_I,
    attendee=CAND[0],
)
simple(
    "exchange",
    "request_en_india_standard_time",
    "en",
    at(2026, 4, 15, 11, 30, "Asia/Kolkata"),
    ORG_I,
    CAND[0],
    ev,
    Cal(XPROD, [ev], encoding="base64"),
    "Asia/Kolkata",
    "invitation",
    "Windows ID 'India Standard Time' (half-hour offset) without VTIMEZONE.",
    label_zone="Asia/Kolkata",
)
ORG_B = ("Andrés Gómez", "andres.gomez@cafetal-digital.example")
ev = Event(
    uid("ex-6").upper(),
    "Entrevista – Analista de datos (Cafetal Digital)",
    at(2026, 5, 6, 9, 0, "America/Bogota"),
    at(2026, 5, 6, 10, 0, "America/Bogota"),
    tzid="SA Pacific Standard Time",
    organizer=ORG_B,
    attendee=CAND[2],
)
simple(
    "exchange",
    "request_es_sa_pacific",
    "es",
    at(2026, 4, 28, 8, 15, "America/Bogota"),
    ORG_B,
    CAND[2],
    ev,
    Cal(XPROD, [ev], encoding="base64"),
    None,
    "invitation",
    "'SA Pacific Standard Time' (CLDR: America/Bogota), no VTIMEZONE; the text names no zone.",
    label_zone="America/Bogota",
)
ORG_N = ("Grace Liu", "grace.liu@brightwater-health.example")
ev = Event(
    uid("ex-7").upper(),
    "Panel interview - Product Designer",
    at(2026, 11, 5, 11, 0, "America/New_York"),
    at(2026, 11, 5, 12, 0, "America/New_York"),
    tzid="Eastern Standard Time",
    sequence=1,
    organizer=ORG_N,
    attendee=CAND[4],
    status="CANCELLED",
)
simple(
    "exchange",
    "cancel_en_eastern",
    "en",
    at(2026, 10, 28, 15, 40, "America/New_York"),
    ORG_N,
    CAND[4],
    ev,
    Cal(
        XPROD,
        [ev],
        method="CANCEL",
        zones=[vtimezone("America/New_York", "Eastern Standard Time", exchange=True)],
        encoding="base64",
    ),
    "America/New_York",
    "cancellation",
    "Exchange cancellation sent in EDT for a slot after the 1 Nov change (EST).",
    label_zone="America/New_York",
)
ev = Event(
    uid("ex-8").upper(),
    "Interview - Product Designer (round 2)",
    at(2026, 11, 12, 14, 0, "America/New_York"),
    at(2026, 11, 12, 15, 0, "America/New_York"),
    tzid="Eastern Standard Time",
    organizer=ORG_N,
    attendee=CAND[4],
    partstat="TENTATIVE",
    extra=["COMMENT:Could we move this to the afternoon of the 12th?"],
)
simple(
    "exchange",
    "counter_en_propose_new_time",
    "en",
    at(2026, 11, 6, 9, 10, "Europe/Amsterdam"),
    CAND[4],
    ORG_N,
    ev,
    Cal(
        XPROD,
        [ev],
        method="COUNTER",
        zones=[vtimezone("America/New_York", "Eastern Standard Time", exchange=True)],
        encoding="base64",
    ),
    "America/New_York",
    "reply",
    "Outlook 'Propose New Time': METHOD:COUNTER from the candidate; "
    "the DTSTART is the proposed slot.",
    label_zone="America/New_York",
    subject="New Time Proposed: Interview - Product Designer (round 2)",
    text="Piet de Wit proposed a new time: Thursday, November 12, 2026 2:00 PM-3:00 PM "
    "(UTC-05:00) Eastern Time (US & Canada)\n\nCould we move this to the afternoon of "
    "the 12th?\n",
)

# ---- nextcloud (Calendar app, sabre/vobject IMipPlugin) -------------------------------
TEMPLATES["nextcloud"] = (
    "Nextcloud Calendar/DAV iMIP (apps/dav IMipPlugin on sabre/vobject): HTML+text body with "
    "a 'When' row, text/calendar method=REQUEST in multipart/alternative, PRODID "
    "'-//Nextcloud calendar v5.x', IANA TZID with VTIMEZONE; layout recalled"
)
NPROD = "-//IDN nextcloud.com//Calendar app 5.2.4//EN"
ORG_A = ("Tom Hargreaves", "tom.hargreaves@saltbush-robotics.example")
ev = Event(
    uid("nc-1"),
    "Interview: Robotics Software Engineer",
    at(2026, 10, 7, 9, 30, "Australia/Adelaide"),
    at(2026, 10, 7, 10, 15, "Australia/Adelaide"),
    tzid="Australia/Adelaide",
    organizer=ORG_A,
    attendee=CAND[0],
)
simple(
    "nextcloud",
    "request_en_adelaide_dst_start",
    "en",
    at(2026, 9, 28, 13, 0, "Australia/Adelaide"),
    ORG_A,
    CAND[0],
    ev,
    Cal(NPROD, [ev], zones=[vtimezone("Australia/Adelaide", "Australia/Adelaide")]),
    "Australia/Adelaide",
    "invitation",
    "Half-hour zone with southern DST: sent in ACST (+09:30), slot after 4 Oct in ACDT (+10:30).",
    label_zone="Australia/Adelaide",
)
ORG_K2 = ("Neha Iyer", "neha.iyer@monsoon-labs.example")
ev = Event(
    uid("nc-2"),
    "HR round – Monsoon Labs",
    at(2026, 2, 11, 11, 0, "Asia/Kolkata"),
    at(2026, 2, 11, 11, 30, "Asia/Kolkata"),
    tzid="Asia/Kolkata",
    organizer=ORG_K2,
    attendee=CAND[0],
)
simple(
    "nextcloud",
    "request_en_kolkata",
    "en",
    at(2026, 2, 5, 18, 45, "Asia/Kolkata"),
    ORG_K2,
    CAND[0],
    ev,
    Cal(NPROD, [ev], zones=[vtimezone("Asia/Kolkata", "Asia/Kolkata")]),
    "Asia/Kolkata",
    "invitation",
    "Asia/Kolkata VTIMEZONE (+05:30, no DST).",
    label_zone="Asia/Kolkata",
)
ORG_NL = ("Sanne Visser", "sanne.visser@grachtdata.example")
ev_a = Event(
    uid("nc-3"),
    "Sollicitatiegesprek Data Scientist – GrachtData",
    at(2026, 6, 10, 13, 0, "Europe/Amsterdam"),
    at(2026, 6, 10, 14, 0, "Europe/Amsterdam"),
    tzid="Europe/Amsterdam",
    organizer=ORG_NL,
    attendee=CAND[4],
)
simple(
    "nextcloud",
    "request_nl_amsterdam_first",
    "nl",
    at(2026, 6, 1, 10, 0, "Europe/Amsterdam"),
    ORG_NL,
    CAND[4],
    ev_a,
    Cal(NPROD, [ev_a], zones=[vtimezone("Europe/Amsterdam", "Europe/Amsterdam")]),
    "Europe/Amsterdam",
    "invitation",
    "First version (SEQUENCE 0) of the GrachtData interview.",
    label_zone="Europe/Amsterdam",
)
ev_b = Event(
    ev_a.uid,
    ev_a.summary,
    at(2026, 6, 11, 15, 30, "Europe/Amsterdam"),
    at(2026, 6, 11, 16, 30, "Europe/Amsterdam"),
    tzid="Europe/Amsterdam",
    sequence=1,
    organizer=ORG_NL,
    attendee=CAND[4],
)
simple(
    "nextcloud",
    "update_nl_amsterdam_moved",
    "nl",
    at(2026, 6, 3, 9, 20, "Europe/Amsterdam"),
    ORG_NL,
    CAND[4],
    ev_b,
    Cal(NPROD, [ev_b], zones=[vtimezone("Europe/Amsterdam", "Europe/Amsterdam")]),
    "Europe/Amsterdam",
    "reschedule",
    "SEQUENCE 1 moves the slot of request_nl_amsterdam_first; the text gives old and new time.",
    label_zone="Europe/Amsterdam",
    subject="Bijgewerkte uitnodiging: " + ev_a.summary,
    text="Beste Piet,\n\nHet gesprek is verplaatst.\nOud: 10-06-2026 13:00–14:00\n"
    "Nieuw: 11-06-2026 15:30–16:30 (Europe/Amsterdam)\n\nGroet,\nSanne Visser\n",
)
ev = Event(
    uid("nc-4"),
    "Kennenlernen – Fahrradwerk Kiel",
    at(2026, 5, 20, 16, 0, "Europe/Berlin"),
    at(2026, 5, 20, 16, 30, "Europe/Berlin"),
    tzid="Europe/Berlin",
    organizer=("Ole Jensen", "ole.jensen@fahrradwerk-kiel.example"),
    attendee=CAND[1],
    partstat="ACCEPTED",
)
simple(
    "nextcloud",
    "reply_de_accepted",
    "de",
    at(2026, 5, 14, 20, 5, "Europe/Berlin"),
    CAND[1],
    ("Ole Jensen", "ole.jensen@fahrradwerk-kiel.example"),
    ev,
    Cal(NPROD, [ev], method="REPLY", zones=[vtimezone("Europe/Berlin", "Europe/Berlin")]),
    "Europe/Berlin",
    "reply",
    "Nextcloud REPLY from the candidate.",
    label_zone="Europe/Berlin",
)

# ---- roundcube (calendar plugin / libcalendaring itip) -------------------------------
TEMPLATES["roundcube"] = (
    "Roundcube calendar plugin iTIP mail (plugins/libcalendaring/lib/libcalendaring_itip.php): "
    "text/plain body, the event as a text/calendar attachment with name=event.ics and a method "
    "param, PRODID '-//Roundcube ... Calendar//Sabre VObject'; layout recalled"
)
RPROD = "-//Roundcube 1.6.9//Sabre VObject 4.5.4//EN"
ORG_R = ("Giulia Marchetti", "giulia.marchetti@vela-studio.example")
ev = Event(
    uid("rc-1"),
    "Colloquio – UX Researcher (Vela Studio)",
    at(2026, 3, 30, 10, 0, "Europe/Rome"),
    at(2026, 3, 30, 11, 0, "Europe/Rome"),
    tzid="Europe/Rome",
    organizer=ORG_R,
    attendee=CAND[2],
    location="Vela Studio, Via dei Giubbonari 23, Roma – sala «Caffè»",
)
simple(
    "roundcube",
    "request_it_rome_attachment",
    "it",
    at(2026, 3, 24, 12, 30, "Europe/Rome"),
    ORG_R,
    CAND[2],
    ev,
    Cal(
        RPROD,
        [ev],
        zones=[vtimezone("Europe/Rome", "Europe/Rome")],
        place="attach_calendar",
        filename="event.ics",
        encoding="quoted-printable",
    ),
    "Europe/Rome",
    "invitation",
    "text/calendar attachment (name=event.ics), quoted-printable; "
    "sent before and held after the 29 March change.",
    label_zone="Europe/Rome",
)
ev = Event(
    uid("rc-1"),
    ev.summary,
    ev.start,
    ev.end,
    tzid="Europe/Rome",
    sequence=1,
    organizer=ORG_R,
    attendee=CAND[2],
    status="CANCELLED",
)
simple(
    "roundcube",
    "cancel_it_rome",
    "it",
    at(2026, 3, 27, 9, 0, "Europe/Rome"),
    ORG_R,
    CAND[2],
    ev,
    Cal(
        RPROD,
        [ev],
        method="CANCEL",
        zones=[vtimezone("Europe/Rome", "Europe/Rome")],
        place="attach_calendar",
        filename="event.ics",
    ),
    "Europe/Rome",
    "cancellation",
    "Roundcube CANCEL as an attachment.",
    label_zone="Europe/Rome",
)
ORG_RE = ("Hannah Cole", "hannah.cole@quayside-games.example")
base = at(2026, 9, 1, 9, 0, "Europe/London")
series = Event(
    uid("rc-2"),
    "Weekly check-in during trial project (Quayside Games)",
    base,
    base + timedelta(minutes=30),
    tzid="Europe/London",
    organizer=ORG_RE,
    attendee=CAND[0],
    rrule="FREQ=WEEKLY;COUNT=6;BYDAY=TU",
    exdates=[at(2026, 9, 15, 9, 0, "Europe/London")],
)
moved = Event(
    series.uid,
    series.summary,
    at(2026, 9, 23, 14, 0, "Europe/London"),
    at(2026, 9, 23, 14, 30, "Europe/London"),
    tzid="Europe/London",
    organizer=ORG_RE,
    attendee=CAND[0],
    recurrence_id=at(2026, 9, 22, 9, 0, "Europe/London"),
)
simple(
    "roundcube",
    "request_en_weekly_exdate_override",
    "en",
    at(2026, 9, 14, 17, 0, "Europe/London"),
    ORG_RE,
    CAND[0],
    series,
    Cal(
        RPROD,
        [series, moved],
        zones=[vtimezone("Europe/London", "Europe/London")],
        place="attach_calendar",
        filename="event.ics",
    ),
    "Europe/London",
    "invitation",
    "Weekly series on Tuesdays; 15 Sept is excluded and the 22 Sept instance is moved to "
    "Wed 23 Sept 14:00, so the next occurrence after the Date header (14 Sept) is the "
    "override.",
    label_zone="Europe/London",
    chosen=moved,
)

# ---- yahoo (Yahoo Calendar invitations, UTC times) ------------------------------------
TEMPLATES["yahoo"] = (
    "Yahoo Calendar invitation shape: HTML+text body, text/calendar method=REQUEST with UTC "
    "DTSTART/DTEND and no VTIMEZONE, PRODID '-//Yahoo//Calendar//EN'; layout recalled"
)
YPROD = "-//Yahoo//Calendar//EN"
ORG_Y = ("Marcus Bell", "marcus.bell@yahoo.example")
ev = Event(
    uid("y-1"),
    "Phone screen - Marketing Coordinator",
    at(2026, 4, 16, 18, 0, "UTC"),
    at(2026, 4, 16, 18, 30, "UTC"),
    style="utc",
    organizer=ORG_Y,
    attendee=CAND[0],
)
simple(
    "yahoo",
    "request_en_utc_only",
    "en",
    at(2026, 4, 10, 8, 0, "America/Chicago"),
    ORG_Y,
    CAND[0],
    ev,
    Cal(YPROD, [ev]),
    None,
    "invitation",
    "UTC-only calendar, text names only UTC: no timezone label.",
)
ORG_YE = ("Valeria Ruiz", "valeria.ruiz@yahoo.example")
ev = Event(
    uid("y-2"),
    "Entrevista – Ejecutiva de cuentas",
    at(2026, 7, 2, 15, 0, "UTC"),
    at(2026, 7, 2, 16, 0, "UTC"),
    style="utc",
    organizer=ORG_YE,
    attendee=CAND[2],
)
simple(
    "yahoo",
    "request_es_utc_base64",
    "es",
    at(2026, 6, 25, 11, 0, "Europe/Madrid"),
    ORG_YE,
    CAND[2],
    ev,
    Cal(YPROD, [ev], encoding="base64"),
    None,
    "invitation",
    "UTC-only, base64 calendar part, Spanish body.",
)
ev = Event(
    uid("y-1"),
    "Phone screen - Marketing Coordinator",
    at(2026, 4, 16, 18, 0, "UTC"),
    at(2026, 4, 16, 18, 30, "UTC"),
    style="utc",
    sequence=1,
    organizer=ORG_Y,
    attendee=CAND[0],
    status="CANCELLED",
)
simple(
    "yahoo",
    "cancel_en_utc_only",
    "en",
    at(2026, 4, 14, 9, 30, "America/Chicago"),
    ORG_Y,
    CAND[0],
    ev,
    Cal(YPROD, [ev], method="CANCEL"),
    None,
    "cancellation",
    "UTC-only CANCEL of the phone screen.",
)

# ---- goto (GoTo Meeting organiser calendar attachments) -------------------------------
TEMPLATES["goto"] = (
    "GoTo Meeting-style notification: HTML/text body with join link, an application/ics "
    "invite.ics attachment with METHOD:PUBLISH and DURATION instead of DTEND; layout recalled"
)
GPROD = "-//GoTo Technologies//GoTo Meeting//EN"
ORG_G = ("Rachel Stein", "rachel.stein@prairie-insure.example")
ev = Event(
    uid("goto-1"),
    "Interview - Claims Analyst (GoTo Meeting)",
    at(2026, 5, 13, 10, 0, "America/Chicago"),
    duration="PT45M",
    tzid="America/Chicago",
    organizer=ORG_G,
    location="https://meet.goto.example/482913557",
)
simple(
    "goto",
    "publish_en_duration_chicago",
    "en",
    at(2026, 5, 6, 14, 0, "America/Chicago"),
    ORG_G,
    CAND[0],
    ev,
    Cal(
        GPROD,
        [ev],
        method="PUBLISH",
        zones=[vtimezone("America/Chicago", "America/Chicago")],
        place="attach_ics",
    ),
    "America/Chicago",
    "invitation",
    "PUBLISH with DURATION:PT45M (end = start + 45 min).",
    label_zone="America/Chicago",
)
ORG_GP = ("Fernanda Lima", "fernanda.lima@ipe-seguros.example")
ev = Event(
    uid("goto-2"),
    "Entrevista – Analista de Sinistros",
    at(2026, 8, 18, 17, 0, "UTC"),
    duration="PT60M",
    style="utc",
    organizer=ORG_GP,
    location="https://meet.goto.example/771204388",
)
simple(
    "goto",
    "publish_pt_utc_xwr_timezone",
    "pt",
    at(2026, 8, 11, 9, 0, "America/Sao_Paulo"),
    ORG_GP,
    CAND[2],
    ev,
    Cal(
        GPROD,
        [ev],
        method="PUBLISH",
        place="attach_ics",
        header_extra=["X-WR-TIMEZONE:America/Sao_Paulo"],
    ),
    None,
    "invitation",
    "UTC times with an X-WR-TIMEZONE hint; the instant is unambiguous, zone not labelled "
    "(UTC-only calendar, text names no zone).",
)
base = at(2026, 2, 3, 11, 0, "America/Chicago")
series = Event(
    uid("goto-3"),
    "Mentor call - interview practice",
    base,
    duration="PT30M",
    tzid="America/Chicago",
    organizer=ORG_G,
    rrule="FREQ=WEEKLY;COUNT=5",
    exdates=[at(2026, 2, 17, 11, 0, "America/Chicago")],
)
simple(
    "goto",
    "publish_en_weekly_exdate",
    "en",
    at(2026, 2, 16, 8, 0, "America/Chicago"),
    ORG_G,
    CAND[0],
    series,
    Cal(
        GPROD,
        [series],
        method="PUBLISH",
        zones=[vtimezone("America/Chicago", "America/Chicago")],
        place="attach_ics",
    ),
    "America/Chicago",
    # A mentor's weekly interview practice is no job interview of the reader's (the same
    # rule as calneg46's "Interview coaching with Rachel"); relabelled at stop 43, its
    # slot still scored.
    "not_invitation",
    "Weekly from 3 Feb, 17 Feb excluded; sent 16 Feb, so the next occurrence is 24 Feb. "
    "A mentor's interview practice, not a job interview.",
    label_zone="America/Chicago",
    chosen_start=at(2026, 2, 24, 11, 0, "America/Chicago"),
    chosen_end=at(2026, 2, 24, 11, 30, "America/Chicago"),
)


# ---- tutanota (Tuta mail calendar invitations) ---------------------------------------
TEMPLATES["tutanota"] = (
    "Tuta (Tutanota) calendar invite shape: short text/html body, the event as a base64 "
    "text/calendar attachment named invite.ics with a method param, LF line ends inside the "
    "calendar, PRODID '-//Tutao GmbH//Tutanota ...//EN'; layout recalled"
)
TPROD = "-//Tutao GmbH//Tutanota 3.118.0//EN"
ORG_T = ("Lena Hoffmann", "lena.hoffmann@tuta.example")
ev = Event(
    uid("tuta-1"),
    "Bewerbungsgespräch Frontend (Kranich Apps)",
    at(2026, 9, 29, 14, 0, "Europe/Berlin"),
    at(2026, 9, 29, 14, 45, "Europe/Berlin"),
    tzid="Europe/Berlin",
    organizer=ORG_T,
    attendee=CAND[1],
)
simple(
    "tutanota",
    "request_de_base64_lf",
    "de",
    at(2026, 9, 21, 10, 30, "Europe/Berlin"),
    ORG_T,
    CAND[1],
    ev,
    Cal(
        TPROD,
        [ev],
        zones=[vtimezone("Europe/Berlin", "Europe/Berlin")],
        newline="\n",
        place="attach_calendar",
        encoding="base64",
    ),
    "Europe/Berlin",
    "invitation",
    "base64 invite.ics attachment with LF line ends inside.",
    label_zone="Europe/Berlin",
)
ORG_TS = ("Elin Lindqvist", "elin.lindqvist@tuta.example")
ev = Event(
    uid("tuta-2"),
    "Intervju – Systemutvecklare (Fjällbyte AB)",
    at(2026, 1, 20, 9, 0, "Europe/Stockholm"),
    at(2026, 1, 20, 10, 0, "Europe/Stockholm"),
    tzid="Europe/Stockholm",
    organizer=ORG_TS,
    attendee=CAND[4],
    location="Fjällbyte AB, Götgatan 14, Stockholm – rum Åre",
)
simple(
    "tutanota",
    "request_sv_stockholm",
    "sv",
    at(2026, 1, 12, 15, 0, "Europe/Stockholm"),
    ORG_TS,
    CAND[4],
    ev,
    Cal(
        TPROD,
        [ev],
        zones=[vtimezone("Europe/Stockholm", "Europe/Stockholm")],
        newline="\n",
        place="attach_calendar",
        encoding="base64",
    ),
    "Europe/Stockholm",
    "invitation",
    "Swedish Tuta invitation in winter (CET).",
    label_zone="Europe/Stockholm",
)
ev = Event(
    uid("tuta-1"),
    "Bewerbungsgespräch Frontend (Kranich Apps)",
    at(2026, 9, 29, 14, 0, "Europe/Berlin"),
    at(2026, 9, 29, 14, 45, "Europe/Berlin"),
    tzid="Europe/Berlin",
    organizer=ORG_T,
    attendee=CAND[1],
    partstat="ACCEPTED",
)
simple(
    "tutanota",
    "reply_en_accepted",
    "en",
    at(2026, 9, 21, 19, 0, "Europe/Berlin"),
    CAND[1],
    ORG_T,
    ev,
    Cal(
        TPROD,
        [ev],
        method="REPLY",
        zones=[vtimezone("Europe/Berlin", "Europe/Berlin")],
        newline="\n",
        place="attach_calendar",
        encoding="base64",
    ),
    "Europe/Berlin",
    "reply",
    "REPLY sent from Tuta by the candidate (English UI).",
    label_zone="Europe/Berlin",
)

# ---- whereby (room booking notifications with a plain .ics) ----------------------------
TEMPLATES["whereby"] = (
    "Whereby-style room booking mail: text body with the room link and an application/ics "
    "attachment without METHOD, floating local times (optionally X-WR-TIMEZONE); layout "
    "recalled"
)
WPROD = "-//Whereby AS//Whereby Rooms//EN"
ORG_WB = ("Ingrid Solberg", "ingrid.solberg@fjordcraft.example")
ev = Event(
    uid("wb-1"),
    "Interview with Fjordcraft (whereby.example/fjordcraft-hiring)",
    datetime(2026, 4, 21, 13, 0),
    datetime(2026, 4, 21, 13, 45),
    style="floating",
    organizer=ORG_WB,
    location="https://whereby.example/fjordcraft-hiring",
)
simple(
    "whereby",
    "ics_floating_no_method_en",
    "en",
    at(2026, 4, 14, 10, 0, "Europe/Oslo"),
    ORG_WB,
    CAND[0],
    ev,
    Cal(WPROD, [ev], method=None, ctype_method=None, place="attach_ics"),
    None,
    "invitation",
    "Floating DTSTART/DTEND, no METHOD anywhere, no zone in the text: wall clock only.",
    floating=True,
)
ev = Event(
    uid("wb-2"),
    "Second interview – Fjordcraft",
    datetime(2026, 10, 26, 9, 30),
    datetime(2026, 10, 26, 10, 15),
    style="floating",
    organizer=ORG_WB,
    location="https://whereby.example/fjordcraft-hiring",
)
simple(
    "whereby",
    "ics_floating_xwr_london_en",
    "en",
    at(2026, 10, 19, 16, 0, "Europe/London"),
    ORG_WB,
    CAND[0],
    ev,
    Cal(
        WPROD,
        [ev],
        method=None,
        ctype_method=None,
        place="attach_ics",
        header_extra=["X-WR-TIMEZONE:Europe/London"],
    ),
    "Europe/London",
    "invitation",
    "Floating times with X-WR-TIMEZONE:Europe/London; slot after the 25 Oct change (GMT); "
    "no METHOD.",
)
SPECS[-1].chosen_start = datetime(2026, 10, 26, 9, 30, tzinfo=ZoneInfo("Europe/London"))
SPECS[-1].chosen_end = datetime(2026, 10, 26, 10, 15, tzinfo=ZoneInfo("Europe/London"))
SPECS[-1].label_zone = "Europe/London"

# ---- infomaniak (Swiss mail/calendar, French UI) ---------------------------------------
TEMPLATES["infomaniak"] = (
    "Infomaniak Calendar invitation shape (sabre/vobject based): HTML+text body in French, "
    "text/calendar in multipart/alternative; one variant with METHOD only in the Content-Type "
    "parameter; layout recalled"
)
IPROD = "-//Infomaniak//Calendar//FR"
ORG_IF = ("Léa Favre", "lea.favre@alpage-conseil.example")
ev = Event(
    uid("ik-1"),
    "Entretien – Consultante junior (Alpage Conseil)",
    at(2026, 6, 23, 10, 0, "Europe/Zurich"),
    at(2026, 6, 23, 11, 0, "Europe/Zurich"),
    tzid="Europe/Zurich",
    organizer=ORG_IF,
    attendee=CAND[2],
    location="Alpage Conseil, rue du Rhône 40, Genève",
)
simple(
    "infomaniak",
    "request_fr_zurich",
    "fr",
    at(2026, 6, 12, 8, 40, "Europe/Zurich"),
    ORG_IF,
    CAND[2],
    ev,
    Cal(IPROD, [ev], zones=[vtimezone("Europe/Zurich", "Europe/Zurich")]),
    "Europe/Zurich",
    "invitation",
    "Europe/Zurich VTIMEZONE in summer.",
    label_zone="Europe/Zurich",
)
ev = Event(
    uid("ik-2"),
    "Deuxième entretien – Alpage Conseil",
    at(2026, 7, 1, 16, 0, "Europe/Zurich"),
    at(2026, 7, 1, 16, 45, "Europe/Zurich"),
    tzid="Europe/Zurich",
    organizer=ORG_IF,
    attendee=CAND[2],
)
simple(
    "infomaniak",
    "request_fr_method_in_content_type_only",
    "fr",
    at(2026, 6, 24, 17, 0, "Europe/Zurich"),
    ORG_IF,
    CAND[2],
    ev,
    Cal(
        IPROD,
        [ev],
        method=None,
        ctype_method="REQUEST",
        zones=[vtimezone("Europe/Zurich", "Europe/Zurich")],
    ),
    "Europe/Zurich",
    "invitation",
    "No METHOD property; 'method=REQUEST' appears only as a Content-Type parameter.",
    label_zone="Europe/Zurich",
    # no METHOD in the calendar: the Content-Type parameter is not a substitute (README)
)
base = at(2026, 3, 2, 8, 30, "Europe/Zurich")
series = Event(
    uid("ik-3"),
    "Point hebdomadaire – mission d'essai",
    base,
    base + timedelta(minutes=30),
    tzid="Europe/Zurich",
    organizer=ORG_IF,
    attendee=CAND[2],
    rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20260427T235959Z",
    exdates=[at(2026, 3, 30, 8, 30, "Europe/Zurich")],
)
moved = Event(
    series.uid,
    series.summary,
    at(2026, 4, 7, 9, 0, "Europe/Zurich"),
    at(2026, 4, 7, 9, 30, "Europe/Zurich"),
    tzid="Europe/Zurich",
    organizer=ORG_IF,
    attendee=CAND[2],
    recurrence_id=at(2026, 4, 6, 8, 30, "Europe/Zurich"),
)
simple(
    "infomaniak",
    "request_fr_weekly_dst_exdate_override",
    "fr",
    at(2026, 3, 27, 12, 0, "Europe/Zurich"),
    ORG_IF,
    CAND[2],
    series,
    Cal(IPROD, [series, moved], zones=[vtimezone("Europe/Zurich", "Europe/Zurich")]),
    "Europe/Zurich",
    "invitation",
    "Mondays 08:30 across the 29 March change; 30 March excluded, 6 April moved to "
    "Tue 7 April 09:00: the next occurrence after 27 March is the override.",
    label_zone="Europe/Zurich",
    chosen=moved,
)

# ---- fantastical (Flexibits scheduling invitations) ------------------------------------
TEMPLATES["fantastical"] = (
    "Fantastical/Apple-style invitation: multipart/mixed with HTML text and a text/calendar "
    "invite.ics (method=REQUEST) attachment, Apple VTIMEZONE with TZNAME and X-LIC-LOCATION; "
    "layout recalled"
)
FPROD = "-//Flexibits Inc.//Fantastical for Mac 4.0.5//EN"
ORG_FA = ("Aroha Ngata", "aroha.ngata@kauri-cloud.example")
ev = Event(
    uid("fan-1").upper(),
    "Interview – Site Reliability Engineer (Kauri Cloud)",
    at(2026, 4, 7, 10, 0, "Pacific/Auckland"),
    at(2026, 4, 7, 11, 0, "Pacific/Auckland"),
    tzid="Pacific/Auckland",
    organizer=ORG_FA,
    attendee=CAND[0],
)
simple(
    "fantastical",
    "request_en_auckland_after_dst_end",
    "en",
    at(2026, 3, 30, 9, 0, "Pacific/Auckland"),
    ORG_FA,
    CAND[0],
    ev,
    Cal(
        FPROD,
        [ev],
        zones=[vtimezone("Pacific/Auckland", "Pacific/Auckland")],
        place="attach_calendar",
    ),
    "Pacific/Auckland",
    "invitation",
    "Southern hemisphere: sent in NZDT (+13:00), slot after 5 April in NZST (+12:00).",
    label_zone="Pacific/Auckland",
)
ORG_SJ = ("Colin Furey", "colin.furey@capespear-energy.example")
ev = Event(
    uid("fan-2").upper(),
    "Interview – Field Technician (Capespear Energy)",
    at(2026, 3, 10, 9, 30, "America/St_Johns"),
    at(2026, 3, 10, 10, 15, "America/St_Johns"),
    tzid="America/St_Johns",
    organizer=ORG_SJ,
    attendee=CAND[0],
)
simple(
    "fantastical",
    "request_en_st_johns_half_hour",
    "en",
    at(2026, 3, 4, 14, 0, "America/St_Johns"),
    ORG_SJ,
    CAND[0],
    ev,
    Cal(
        FPROD,
        [ev],
        zones=[vtimezone("America/St_Johns", "America/St_Johns")],
        place="attach_calendar",
    ),
    "America/St_Johns",
    "invitation",
    "Newfoundland (-03:30/-02:30): sent in NST, slot just after the 8 March change (NDT).",
    label_zone="America/St_Johns",
)
ev = Event(
    uid("fan-3").upper(),
    "On-site day – Kauri Cloud (Wellington office)",
    date(2026, 5, 14),
    date(2026, 5, 15),
    style="date",
    organizer=ORG_FA,
    attendee=CAND[0],
)
simple(
    "fantastical",
    "request_en_allday_single",
    "en",
    at(2026, 5, 1, 11, 0, "Pacific/Auckland"),
    ORG_FA,
    CAND[0],
    ev,
    Cal(FPROD, [ev], place="attach_calendar"),
    None,
    "invitation",
    "Single all-day event: DTEND is the next day (exclusive).",
)

# ---- mailboxorg (OX App Suite at mailbox.org) ------------------------------------------
TEMPLATES["mailboxorg"] = (
    "OX App Suite (mailbox.org) iTIP mail: German HTML/text notification and text/calendar "
    "method=REQUEST plus an application/ics invite.ics copy; forwards as message/rfc822 or "
    "inline with the .ics kept; PRODID '-//Open-Xchange//8.x//EN'; layout recalled"
)
MPROD = "-//Open-Xchange//8.28.48//EN"
ORG_MB = ("Jana Köhler", "jana.koehler@elbufer-verlag.example")
ev_a = Event(
    uid("mbo-1"),
    "Vorstellungsgespräch Lektorat (Elbufer Verlag)",
    at(2026, 2, 24, 11, 0, "Europe/Berlin"),
    at(2026, 2, 24, 12, 0, "Europe/Berlin"),
    tzid="Europe/Berlin",
    organizer=ORG_MB,
    attendee=CAND[1],
)
simple(
    "mailboxorg",
    "request_de_first",
    "de",
    at(2026, 2, 13, 9, 0, "Europe/Berlin"),
    ORG_MB,
    CAND[1],
    ev_a,
    Cal(MPROD, [ev_a], zones=[vtimezone("Europe/Berlin", "Europe/Berlin")], place="both"),
    "Europe/Berlin",
    "invitation",
    "OX REQUEST with inline text/calendar and invite.ics.",
    label_zone="Europe/Berlin",
)
ev_b = Event(
    ev_a.uid,
    ev_a.summary,
    ev_a.start,
    ev_a.end,
    tzid="Europe/Berlin",
    sequence=2,
    organizer=ORG_MB,
    attendee=CAND[1],
    location="Elbufer Verlag, 3. OG, Raum Alster",
)
simple(
    "mailboxorg",
    "update_de_seq2_no_move_shown",
    "de",
    at(2026, 2, 18, 15, 0, "Europe/Berlin"),
    ORG_MB,
    CAND[1],
    ev_b,
    Cal(MPROD, [ev_b], zones=[vtimezone("Europe/Berlin", "Europe/Berlin")], place="both"),
    "Europe/Berlin",
    None,
    "SEQUENCE 2 update whose text says only that the appointment was changed: no kind.",
    label_zone="Europe/Berlin",
    subject="Termin geändert: " + ev_a.summary,
    text="Hallo Jonas Brandt,\n\nJana Köhler hat den Termin „"
    + ev_a.summary
    + "“ geändert.\nBitte prüfen Sie die Details in der angehängten Einladung.\n",
)
ORG_MF = ("Felix Brandauer", "felix.brandauer@hafenkontor.example")
ev = Event(
    uid("mbo-2"),
    "Interview Einkauf (Hafenkontor)",
    at(2026, 5, 5, 13, 30, "Europe/Berlin"),
    at(2026, 5, 5, 14, 15, "Europe/Berlin"),
    tzid="Europe/Berlin",
    organizer=ORG_MF,
    attendee=CAND[1],
)
simple(
    "mailboxorg",
    "request_de_fwd_rfc822",
    "de",
    at(2026, 4, 27, 10, 0, "Europe/Berlin"),
    ORG_MF,
    CAND[1],
    ev,
    Cal(MPROD, [ev], zones=[vtimezone("Europe/Berlin", "Europe/Berlin")], place="both"),
    "Europe/Berlin",
    "invitation",
    "The candidate forwards the whole invitation as a message/rfc822 attachment; the calendar "
    "travels inside it.",
    label_zone="Europe/Berlin",
    forward="rfc822",
    fwd_by=CAND[1],
    fwd_sent=at(2026, 4, 27, 12, 30, "Europe/Berlin"),
    fwd_note="Bitte eintragen – siehe angehängte Nachricht.\n",
)
ORG_MI = ("Nora Petersen", "nora.petersen@deichblick.example")
ev = Event(
    uid("mbo-3"),
    "Gespräch Werkstudent Marketing (Deichblick)",
    at(2026, 11, 18, 10, 0, "Europe/Berlin"),
    at(2026, 11, 18, 10, 30, "Europe/Berlin"),
    tzid="Europe/Berlin",
    organizer=ORG_MI,
    attendee=CAND[1],
)
simple(
    "mailboxorg",
    "request_de_inline_fwd_with_ics",
    "de",
    at(2026, 11, 9, 8, 50, "Europe/Berlin"),
    ORG_MI,
    CAND[1],
    ev,
    Cal(MPROD, [ev], zones=[vtimezone("Europe/Berlin", "Europe/Berlin")], place="attach_ics"),
    "Europe/Berlin",
    "invitation",
    "Inline forward (OX header block in German) that keeps invite.ics as an attachment.",
    label_zone="Europe/Berlin",
    forward="inline",
    fwd_by=CAND[1],
    fwd_sent=at(2026, 11, 9, 9, 15, "Europe/Berlin"),
    fwd_note="\n-------- Ursprüngliche Nachricht --------\nVon: Nora Petersen "
    "<nora.petersen@deichblick.example>\nAn: Jonas Brandt <jonas.brandt@mailhaven.example>\n"
    "Datum: 09.11.2026 08:50\nBetreff: Gespräch Werkstudent Marketing (Deichblick)\n\n",
)

# ---- emclient (eM Client invitations) ---------------------------------------------------
TEMPLATES["emclient"] = (
    "eM Client invitation shape: HTML+text body, text/calendar method=REQUEST in "
    "multipart/alternative with IANA TZID and VTIMEZONE, X-WR-TIMEZONE hint, PRODID "
    "'-//eM Client/10.x'; layout recalled"
)
EPROD = "-//eM Client/10.1.4828.0"
ORG_EP = ("Marta Wiśniewska", "marta.wisniewska@bursztyn-it.example")
ev_a = Event(
    uid("emc-1"),
    "Rozmowa kwalifikacyjna – Analityk biznesowy",
    at(2026, 10, 13, 12, 0, "Europe/Warsaw"),
    at(2026, 10, 13, 13, 0, "Europe/Warsaw"),
    tzid="Europe/Warsaw",
    organizer=ORG_EP,
    attendee=CAND[1],
)
simple(
    "emclient",
    "request_pl_warsaw_first",
    "pl",
    at(2026, 10, 2, 9, 0, "Europe/Warsaw"),
    ORG_EP,
    CAND[1],
    ev_a,
    Cal(
        EPROD,
        [ev_a],
        zones=[vtimezone("Europe/Warsaw", "Europe/Warsaw")],
        header_extra=["X-WR-TIMEZONE:Europe/Warsaw"],
        encoding="quoted-printable",
    ),
    "Europe/Warsaw",
    "invitation",
    "First version of the Bursztyn IT interview (SEQUENCE 0).",
    label_zone="Europe/Warsaw",
)
ev_b = Event(
    ev_a.uid,
    ev_a.summary,
    at(2026, 10, 27, 9, 0, "Europe/Warsaw"),
    at(2026, 10, 27, 10, 0, "Europe/Warsaw"),
    tzid="Europe/Warsaw",
    sequence=1,
    organizer=ORG_EP,
    attendee=CAND[1],
)
simple(
    "emclient",
    "update_pl_moved_after_dst_end",
    "pl",
    at(2026, 10, 9, 14, 0, "Europe/Warsaw"),
    ORG_EP,
    CAND[1],
    ev_b,
    Cal(
        EPROD,
        [ev_b],
        zones=[vtimezone("Europe/Warsaw", "Europe/Warsaw")],
        header_extra=["X-WR-TIMEZONE:Europe/Warsaw"],
        encoding="quoted-printable",
    ),
    "Europe/Warsaw",
    "reschedule",
    "SEQUENCE 1 moves request_pl_warsaw_first from 13.10 12:00 to 27.10 09:00 (after the "
    "change to CET); the text names old and new time.",
    label_zone="Europe/Warsaw",
    subject="Zmiana terminu: " + ev_a.summary,
    text="Dzień dobry,\n\ntermin rozmowy został przeniesiony.\nPoprzednio: 13.10.2026 "
    "12:00–13:00\nNowy termin: 27.10.2026 09:00–10:00 (Europe/Warsaw)\n\nPozdrawiam\n"
    "Marta Wiśniewska\n",
)
ORG_EB = ("Thiago Moreira", "thiago.moreira@ipe-logistica.example")
ev = Event(
    uid("emc-2"),
    "Entrevista – Coordenador de Logística",
    at(2026, 11, 3, 10, 0, "America/Sao_Paulo"),
    at(2026, 11, 3, 11, 0, "America/Sao_Paulo"),
    tzid="America/Sao_Paulo",
    organizer=ORG_EB,
    attendee=CAND[2],
)
simple(
    "emclient",
    "request_pt_sao_paulo",
    "pt",
    at(2026, 10, 26, 16, 0, "America/Sao_Paulo"),
    ORG_EB,
    CAND[2],
    ev,
    Cal(EPROD, [ev], zones=[vtimezone("America/Sao_Paulo", "America/Sao_Paulo")]),
    "America/Sao_Paulo",
    "invitation",
    "America/Sao_Paulo VTIMEZONE (-03:00, no DST).",
    label_zone="America/Sao_Paulo",
)


FAMILIES = sorted({spec.family for spec in SPECS})


def main() -> None:
    names = [f"{spec.family}__{spec.name}" for spec in SPECS]
    assert len(names) == len(set(names)), "duplicate names"
    for family in FAMILIES:
        for old in OUT.glob(f"{family}__*.eml*"):
            old.unlink()
    for spec in SPECS:
        data, label = render(spec)
        path = OUT / f"{spec.family}__{spec.name}.eml"
        path.write_bytes(data)
        text = json.dumps(label, ensure_ascii=False, indent=2) + "\n"
        path.with_name(path.name + ".expected.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(SPECS)} messages in {len(FAMILIES)} families")


if __name__ == "__main__":
    main()
