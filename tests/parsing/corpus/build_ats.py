"""Render Afterview's own labelled corpus (ATS, HR, booking and calendar-server families).

Each case takes the structure and the localized strings of a real open-source template
(named in its label's ``source``), fills them with invented people, companies and 2026
dates, wraps the result in a complete RFC 5322 message and writes the label next to it.
Labels are computed from the same datetimes that were rendered into the mail, with offsets
from zoneinfo, so a label can never disagree with the text by a typo.

Run: .venv/bin/python tests/parsing/corpus/build_ats.py   (rewrites the files it owns)
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "heldout")
POLICY = default_policy.clone(linesep="\n", max_line_length=78)

# Families rendered by this script; the other corpus helper uses other family names.
HELDOUT_FAMILIES = {"openproject", "frappehrms", "zulip", "rallly", "jitsi", "vikunja", "indico"}


def tz(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def at(zone: str, y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    """A wall-clock time in an IANA zone; the offset comes from zoneinfo, never by hand."""
    return datetime(y, mo, d, h, mi, tzinfo=tz(zone))


def iso(value: datetime) -> str:
    return value.isoformat()


# --------------------------------------------------------------------------- locale data


def _words(*parts: str) -> list[str]:
    return " ".join(parts).split(" ")


MONTHS = {
    "en": _words(
        "January February March April May June", "July August September October November December"
    ),
    "de": _words(
        "Januar Februar März April Mai Juni", "Juli August September Oktober November Dezember"
    ),
    "fr": _words(
        "janvier février mars avril mai juin", "juillet août septembre octobre novembre décembre"
    ),
    "es": _words(
        "enero febrero marzo abril mayo junio",
        "julio agosto septiembre octubre noviembre diciembre",
    ),
    "it": _words(
        "gennaio febbraio marzo aprile maggio giugno",
        "luglio agosto settembre ottobre novembre dicembre",
    ),
    "nl": _words(
        "januari februari maart april mei juni", "juli augustus september oktober november december"
    ),
    "pt": _words(
        "janeiro fevereiro março abril maio junho",
        "julho agosto setembro outubro novembro dezembro",
    ),
    "pl": _words(
        "stycznia lutego marca kwietnia maja czerwca",
        "lipca sierpnia września października listopada grudnia",
    ),
    "sv": _words(
        "januari februari mars april maj juni", "juli augusti september oktober november december"
    ),
    "id": _words(
        "Januari Februari Maret April Mei Juni", "Juli Agustus September Oktober November Desember"
    ),
}
WEEKDAYS = {
    "en": _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": _words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": _words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": _words("lunes martes miércoles jueves viernes sábado domingo"),
    "it": _words("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    "nl": _words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "pt": _words("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    "pl": _words("poniedziałek wtorek środa czwartek piątek sobota niedziela"),
    "sv": _words("måndag tisdag onsdag torsdag fredag lördag söndag"),
    "id": _words("Senin Selasa Rabu Kamis Jumat Sabtu Minggu"),
}


def month(lang: str, value: date) -> str:
    return MONTHS[lang][value.month - 1]


def weekday(lang: str, value: date) -> str:
    return WEEKDAYS[lang][value.weekday()]


def hm(value: datetime) -> str:
    return value.strftime("%H:%M")


def ampm(value: datetime, *, upper: bool = False, pad: bool = False, space: bool = True) -> str:
    hour = value.hour % 12 or 12
    text = f"{hour:02d}" if pad else str(hour)
    suffix = "AM" if value.hour < 12 else "PM"
    suffix = suffix if upper else suffix.lower()
    return f"{text}:{value.minute:02d}{' ' if space else ''}{suffix}"


# --------------------------------------------------------------------------- people

CANDIDATES = {
    "en": ("Jordan Ellis", "jordan.ellis.jobs@gmail.com"),
    "de": ("Lena Hoffmann", "lena.hoffmann@posteo.de"),
    "fr": ("Camille Rousseau", "camille.rousseau@laposte.net"),
    "es": ("Lucía Navarro", "lucia.navarro.r@gmail.com"),
    "it": ("Giulia Conti", "giulia.conti88@libero.it"),
    "nl": ("Sanne de Vries", "sanne.devries@ziggo.nl"),
    "pt": ("Rafael Souza", "rafael.souza.dev@gmail.com"),
    "pl": ("Katarzyna Nowak", "k.nowak@wp.pl"),
    "sv": ("Elin Lindqvist", "elin.lindqvist@outlook.com"),
    "id": ("Putri Wulandari", "putri.wulandari@gmail.com"),
    "ja": ("佐藤 美咲", "misaki.sato@gmail.com"),
    "in": ("Ananya Iyer", "ananya.iyer91@gmail.com"),
}


def who(lang: str) -> tuple[str, str]:
    return CANDIDATES[lang]


def addr(name: str, email: str) -> str:
    return f"{name} <{email}>"


# --------------------------------------------------------------------------- message building


@dataclass
class Mail:
    """What a sender put on the wire, before any forwarding."""

    sender: str
    to: str
    subject: str
    sent: datetime
    text: str | None = None
    html: str | None = None
    ics: str | None = None
    ics_method: str | None = None
    ics_as_attachment: str | None = None  # filename for an extra application/ics copy
    ics_only_attachment: bool = False  # calendar only as an attached file (multipart/mixed)
    headers: dict[str, str] = field(default_factory=dict)
    message_domain: str = "mail.example"


def _message_id(key: str, domain: str) -> str:
    digest = hashlib.sha256(key.encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def _boundaries(message: EmailMessage, key: str) -> None:
    """Give every multipart a boundary derived from the file name, so builds are stable."""
    for index, part in enumerate(message.walk()):
        if part.is_multipart():
            digest = hashlib.sha256(f"{key}/{index}".encode()).hexdigest()[:24]
            part.set_boundary(f"=_av_{digest}")


def render(mail: Mail, key: str) -> bytes:
    message = EmailMessage(policy=POLICY)
    message["From"] = mail.sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(mail.sent)
    message["Message-ID"] = _message_id(key, mail.message_domain)
    for name, value in mail.headers.items():
        message[name] = value
    if mail.text is not None:
        message.set_content(mail.text, cte="quoted-printable")
    if mail.html is not None:
        if mail.text is None:
            message.set_content(mail.html, subtype="html", cte="quoted-printable")
        else:
            message.add_alternative(mail.html, subtype="html", cte="quoted-printable")
    if mail.ics is not None:
        params = {"method": mail.ics_method} if mail.ics_method else {}
        if mail.ics_only_attachment:
            message.add_attachment(
                mail.ics.encode(), maintype="text", subtype="calendar", filename="invite.ics"
            )
        else:
            if not message.is_multipart():
                message.make_alternative()
            message.add_alternative(
                mail.ics.encode(), maintype="text", subtype="calendar", params=params
            )
        if mail.ics_as_attachment:
            message.add_attachment(
                mail.ics.encode(),
                maintype="application",
                subtype="ics",
                filename=mail.ics_as_attachment,
            )
    _boundaries(message, key)
    return message.as_bytes(policy=POLICY)


# --------------------------------------------------------------------------- forwarding


def plain_of(mail: Mail) -> str:
    """The text a mail client quotes when forwarding: the text part, else the HTML's text."""
    if mail.text is not None:
        return mail.text
    import html as html_module
    import re

    body = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", mail.html or "")
    body = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>|</div>", "\n", body)
    body = re.sub(r"(?i)</td>\s*<td[^>]*>", " ", body)
    body = re.sub(r"<[^>]+>", "", body)
    body = html_module.unescape(body)
    lines = [" ".join(line.split()) for line in body.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


GMAIL_HEADINGS = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Date", "Subject", "To"),
    "fr": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    "es": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    "pt": ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    "it": ("---------- Forwarded message ---------", "Da", "Date", "Subject", "To"),
    "nl": ("---------- Doorgestuurd bericht ---------", "Van", "Date", "Subject", "To"),
    "id": ("---------- Forwarded message ---------", "Dari", "Date", "Subject", "To"),
}


def gmail_date(lang: str, value: datetime) -> str:
    if lang == "de":
        short = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][value.weekday()]
        return f"{short}, {value.day}. {month('de', value)} {value.year} um {hm(value)} Uhr"
    if lang == "fr":
        short = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][value.weekday()]
        return f"{short} {value.day} {month('fr', value)[:4]}. {value.year} à {hm(value)}"
    if lang in {"es", "pt"}:
        return f"{value.day} de {month(lang, value)} de {value.year}, {hm(value)}"
    if lang == "nl":
        short = weekday("nl", value)[:2]
        return f"{short} {value.day} {month('nl', value)[:3]} {value.year} om {hm(value)}"
    short = value.strftime("%a, %b")
    return f"{short} {value.day}, {value.year} at {ampm(value, upper=True)}"


def forward(
    original: Mail,
    style: str,
    lang: str,
    forwarder: tuple[str, str],
    sent: datetime,
    note: str = "",
) -> Mail:
    """Wrap a mail the way a client's Forward button does (inline, calendar part dropped)."""
    body = plain_of(original)
    name, email = forwarder
    osender = original.sender
    oto = original.to
    local = original.sent
    if style == "gmail":
        head, f_from, f_date, f_subj, f_to = GMAIL_HEADINGS.get(lang, GMAIL_HEADINGS["en"])
        block = (
            f"{head}\n{f_from}: {osender}\n{f_date}: {gmail_date(lang, local)}\n"
            f"{f_subj}: {original.subject}\n{f_to}: {oto}\n\n"
        )
        prefix = "Fwd: "
    elif style == "outlook":
        labels = {
            "en": ("From", "Sent", "To", "Subject", "FW: "),
            "de": ("Von", "Gesendet", "An", "Betreff", "WG: "),
            "fr": ("De", "Envoyé", "À", "Objet", "TR: "),
            "es": ("De", "Enviado el", "Para", "Asunto", "RV: "),
            "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "FW: "),
            "pt": ("De", "Enviado", "Para", "Assunto", "ENC: "),
            "it": ("Da", "Inviato", "A", "Oggetto", "I: "),
        }[lang]
        when = (
            f"{weekday(lang, local)}, {local.day} {month(lang, local)} {local.year} {hm(local)}"
            if lang != "en"
            else f"{local.strftime('%A, %B')} {local.day}, {local.year} {ampm(local, upper=True)}"
        )
        block = (
            f"________________________________\n{labels[0]}: {osender}\n{labels[1]}: {when}\n"
            f"{labels[2]}: {oto}\n{labels[3]}: {original.subject}\n\n"
        )
        prefix = labels[4]
    elif style == "apple":
        heading, f_from, f_subj, f_date, f_to = {
            "en": ("Begin forwarded message:", "From", "Subject", "Date", "To"),
            "fr": ("Début du message réexpédié :", "De", "Objet", "Date", "À"),
            "de": ("Anfang der weitergeleiteten Nachricht:", "Von", "Betreff", "Datum", "An"),
            "it": ("Inizio messaggio inoltrato:", "Da", "Oggetto", "Data", "A"),
        }[lang]
        if lang == "en":
            when = f"{local.strftime('%B')} {local.day}, {local.year} at {ampm(local, upper=True)}"
        elif lang == "de":
            when = f"{local.day}. {month('de', local)} {local.year} um {hm(local)}"
        else:
            when = f"{local.day} {month(lang, local)} {local.year}, {hm(local)}"
        block = (
            f"{heading}\n\n{f_from}: {osender}\n{f_subj}: {original.subject}\n"
            f"{f_date}: {when}\n{f_to}: {oto}\n\n"
        )
        prefix = "Fwd: "
    elif style == "thunderbird":
        heading, f_subj, f_date, f_from, f_to = {
            "en": ("-------- Forwarded Message --------", "Subject", "Date", "From", "To"),
            "fr": ("-------- Message transféré --------", "Sujet", "Date", "De", "Pour"),
            "de": ("-------- Weitergeleitete Nachricht --------", "Betreff", "Datum", "Von", "An"),
            "nl": ("-------- Doorgestuurd bericht --------", "Onderwerp", "Datum", "Van", "Aan"),
        }[lang]
        colon = " :" if lang == "fr" else ":"
        block = (
            f"{heading}\n{f_subj}{colon}\t{original.subject}\n"
            f"{f_date}{colon}\t{format_datetime(local)}\n{f_from}{colon}\t{osender}\n"
            f"{f_to}{colon}\t{oto}\n\n\n"
        )
        prefix = "Fwd: "
    else:  # pragma: no cover - a typo in a case definition
        raise ValueError(style)
    text = (note + "\n\n" if note else "") + block + body
    return Mail(
        sender=addr(name, email),
        to=addr(name, email),
        subject=prefix + original.subject,
        sent=sent,
        text=text,
        message_domain=email.split("@", 1)[1],
    )


def sender_address(mail: Mail) -> str:
    return mail.sender.rsplit("<", 1)[-1].rstrip(">").strip()


# --------------------------------------------------------------------------- iCalendar

VTIMEZONES = {
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Amsterdam": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Rome": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Vienna": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Warsaw": ("CET", "CEST", "+0100", "+0200"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
}
US_ZONES = {
    "America/New_York": ("EST", "EDT", "-0500", "-0400"),
    "America/Chicago": ("CST", "CDT", "-0600", "-0500"),
    "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700"),
}
FIXED_ZONES = {"Asia/Kolkata": ("IST", "+0530"), "Asia/Singapore": ("+08", "+0800")}


def vtimezone(zone: str) -> str:
    """A VTIMEZONE with the current EU, US or fixed rules (what CalDAV servers emit)."""
    if zone in VTIMEZONES:
        std, dst, std_off, dst_off = VTIMEZONES[zone]
        return (
            f"BEGIN:VTIMEZONE\nTZID:{zone}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{std_off}\n"
            f"TZOFFSETTO:{dst_off}\nTZNAME:{dst}\nDTSTART:19700329T020000\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
            f"TZOFFSETFROM:{dst_off}\nTZOFFSETTO:{std_off}\nTZNAME:{std}\n"
            "DTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
            "END:STANDARD\nEND:VTIMEZONE\n"
        )
    if zone in US_ZONES:
        std, dst, std_off, dst_off = US_ZONES[zone]
        return (
            f"BEGIN:VTIMEZONE\nTZID:{zone}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{std_off}\n"
            f"TZOFFSETTO:{dst_off}\nTZNAME:{dst}\nDTSTART:19700308T020000\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
            f"TZOFFSETFROM:{dst_off}\nTZOFFSETTO:{std_off}\nTZNAME:{std}\n"
            "DTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\n"
            "END:STANDARD\nEND:VTIMEZONE\n"
        )
    name, offset = FIXED_ZONES[zone]
    return (
        f"BEGIN:VTIMEZONE\nTZID:{zone}\nBEGIN:STANDARD\nTZOFFSETFROM:{offset}\n"
        f"TZOFFSETTO:{offset}\nTZNAME:{name}\nDTSTART:19700101T000000\nEND:STANDARD\n"
        "END:VTIMEZONE\n"
    )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    raw = line.encode()
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not parts else 74
        if len((current + char).encode()) > limit:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def ical(
    *,
    prodid: str,
    method: str | None,
    uid: str,
    start: datetime | date,
    end: datetime | date,
    summary: str,
    organizer: tuple[str, str],
    attendee: tuple[str, str],
    stamp: datetime,
    sequence: int | None = 0,
    location: str = "",
    description: str = "",
    utc: bool = False,
    status: str | None = None,
    partstat: str = "NEEDS-ACTION",
    extra: tuple[str, ...] = (),
) -> str:
    """One VEVENT in a VCALENDAR, CRLF-terminated, as calendar servers write it."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}"]
    if method:
        lines.append(f"METHOD:{method}")
    zone_block = ""
    if isinstance(start, datetime) and not utc:
        zone = str(start.tzinfo)
        zone_block = vtimezone(zone)
        lines.extend(zone_block.strip().split("\n"))

    def when(prop: str, value: datetime | date) -> str:
        if not isinstance(value, datetime):
            return f"{prop};VALUE=DATE:{value.strftime('%Y%m%d')}"
        if utc:
            return f"{prop}:{value.astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}"
        return f"{prop};TZID={value.tzinfo}:{value.strftime('%Y%m%dT%H%M%S')}"

    lines += [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp.astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}",
        when("DTSTART", start),
        when("DTEND", end),
        f"SUMMARY:{_escape(summary)}",
    ]
    if sequence is not None:
        lines.append(f"SEQUENCE:{sequence}")
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines.append(
        f"ATTENDEE;CN={attendee[0]};ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE:"
        f"mailto:{attendee[1]}"
    )
    lines.extend(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


# --------------------------------------------------------------------------- cases


@dataclass
class Case:
    family: str
    name: str
    mail: Mail
    label: dict[str, object]

    @property
    def split(self) -> str:
        return "heldout" if self.family in HELDOUT_FAMILIES else "dev"

    @property
    def filename(self) -> str:
        return f"{self.family}__{self.name}.eml"


def label(
    *,
    kind: str,
    language: str,
    template: str,
    license_: str,
    family: str,
    note: str,
    start: datetime | date | None = None,
    end: datetime | date | None = None,
    timezone: str | None = None,
    tz_stated: bool | None = None,
    company: str | None = None,
    role: str | None = None,
    meeting_url: str | None = None,
    organizer_email: str | None = None,
    original_sender: str | None = None,
    uid: str | None = None,
    sequence: int | None = None,
    method: str | None = None,
    omit_kind: bool = False,
) -> dict[str, object]:
    """Assemble a label with only the keys that have one clear right answer."""
    out: dict[str, object] = {}
    if not omit_kind:
        out["kind"] = kind
    if start is not None:
        if isinstance(start, datetime):
            out["start"] = iso(start)
            if end is not None:
                assert isinstance(end, datetime)
                out["end"] = iso(end)
            out["all_day"] = False
        else:
            out["start"] = start.isoformat()
            if end is not None:
                out["end"] = end.isoformat()
            out["all_day"] = True
    if timezone:
        out["timezone"] = timezone
    if tz_stated is False:
        out["tz_stated"] = False
    for key, value in (
        ("uid", uid),
        ("sequence", sequence),
        ("method", method),
        ("company", company),
        ("role", role),
        ("meeting_url", meeting_url),
        ("organizer_email", organizer_email),
        ("original_sender", original_sender),
    ):
        if value is not None:
            out[key] = value
    out["language"] = language
    out["source"] = {"family": family, "template": template, "license": license_}
    out["note"] = note
    return out


def maker(fam: str, template: str, license_: str) -> Callable[..., Case]:
    """Shorthand for cases of one family that share a template and licence."""

    def make(name: str, mail: Mail, **keys: object) -> Case:
        keys.setdefault("template", template)
        keys.setdefault("license_", license_)
        return Case(fam, name, mail, label(family=fam, **keys))  # type: ignore[arg-type]

    return make


CaseFactory = Callable[[], list[Case]]
FAMILIES: list[CaseFactory] = []


def family(factory: CaseFactory) -> CaseFactory:
    FAMILIES.append(factory)
    return factory


def write_all(cases: list[Case]) -> None:
    names = [case.filename for case in cases]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise SystemExit(f"duplicate case names: {sorted(duplicates)}")
    owned = {case.family for case in cases}
    for split in SPLITS:
        folder = HERE / split
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*__*"):
            if old.name.split("__", 1)[0] in owned:
                old.unlink()
    for case in cases:
        folder = HERE / case.split
        raw = render(case.mail, case.filename)
        (folder / case.filename).write_bytes(raw)
        (folder / f"{case.filename}.expected.json").write_text(
            json.dumps(case.label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def main() -> int:
    cases = [case for factory in FAMILIES for case in factory()]
    write_all(cases)
    print(f"wrote {len(cases)} messages")
    return 0


# ============================================================================ families

SOGO_TEMPLATE = (
    "Alinto/sogo:UI/Templates/Appointments/{wox} + "
    "SoObjects/Appointments/{lang}.lproj/Localizable.strings@{commit}"
)
SOGO_LICENSE = "LGPL-2.1-or-later (SOGo source headers)"
SOGO_STRINGS = {
    "de": {
        "invite_subject": 'Termineinladung: "{s}"',
        "cancel_subject": 'Termin abgesagt: "{s}"',
        "start": "Beginn",
        "end": "Ende",
        "location": "Ort",
        "comment": "Kommentar:",
        "time": "Zeit",
        "commit": "9dd000a2caa3e39555494c8b5e7f715fedb8eb52",
        "lproj": "German",
    },
    "fr": {
        "invite_subject": "Invitation à la réunion : «{s}»",
        "cancel_subject": "Réunion annulée : « {s} »",
        "update_subject": "La réunion « {s} » de {d} à {t} a été modifiée",
        "update_body": "Les paramètres suivants ont été modifiés pour la réunion « {s} » :",
        "please": "Veuillez reconfirmer ou annuler votre présence.",
        "start": "Début ",
        "end": "Fin ",
        "location": "Lieu ",
        "comment": "Description :",
        "time": "Date",
        "commit": "33646f6e363f4fe36c2d102989ff2d74a869a41e",
        "lproj": "French",
    },
    "en": {
        "invite_subject": 'Event Invitation: "{s}"',
        "update_subject": 'The appointment "{s}" for the {d} at {t} has changed',
        "update_body": 'The following parameters have changed in the "{s}" meeting:',
        "please": "Please accept or decline those changes.",
        "start": "Start",
        "end": "End",
        "location": "Location",
        "comment": "Comment:",
        "time": "Time",
        "commit": "32bc1e8ffcd90598550f34baf4070c7cd06f84f9",
        "lproj": "English",
    },
}
SOGO_STYLE = (
    '<style type="text/css">\nth, td { font-family: Lucida Grande, Bitstream VeraSans, '
    "Tahoma, sans-serif; font-size: 12px; line-height: 18px; }\n    </style>"
)


def sogo_html(title: str, organizer: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr>\n        <th align="right" style="font-weight: bold;">{head}</th>\n'
        f"        <td>{value}</td>\n      </tr>\n"
        for head, value in rows
    )
    return (
        f"<html>\n  <head>\n    {SOGO_STYLE}\n  </head>\n  <body>\n"
        '    <table cellpadding="2" cellspacing="2" border="0" style="width: 100%; '
        'max-width: 600px;">\n      <tr>\n        <th></th>\n        <td><h1 style="font-size: '
        '18px; font-weight: normal; padding-bottom: 9px; border-bottom: 1px solid #ccc;">'
        f'{title} <small style="font-size: 12px; color: #999;">{organizer}</small></h1></td>\n'
        f"      </tr>\n      {cells}    </table>\n  </body>\n</html>\n"
    )


@family
def sogo_cases() -> list[Case]:
    cases: list[Case] = []
    fam = "sogo"

    def src(wox: str, lang: str) -> str:
        strings = SOGO_STRINGS[lang]
        return SOGO_TEMPLATE.format(wox=wox, lang=strings["lproj"], commit=strings["commit"])

    # 1. German invitation with the REQUEST calendar part, CEST slot sent in CEST.
    lang = "de"
    s = SOGO_STRINGS[lang]
    cand = who(lang)
    org = ("Miriam Albrecht", "m.albrecht@nordlicht-logistik.de")
    start = at("Europe/Berlin", 2026, 6, 24, 14, 0)
    end = start + timedelta(minutes=45)
    summary = "Vorstellungsgespräch – Backend Engineer (Nordlicht Logistik)"
    uid = "6A1C-6650F3C0-3-4B2E1D80@sogo.nordlicht-logistik.de"
    url = "https://meet.nordlicht-logistik.de/b/mir-4kq-7zt"
    sent = at("Europe/Berlin", 2026, 6, 15, 9, 41)
    rows = [
        (s["location"], url),
        (s["start"], f"{start:%d.%m.%Y} - {hm(start)} Europe/Berlin"),
        (s["end"], f"{end:%d.%m.%Y} - {hm(end)} Europe/Berlin"),
        (s["comment"], "Zweites Gespräch mit Teamlead und HR, ca. 45 Minuten."),
    ]
    invite_de = Mail(
        sender=addr(*org),
        to=addr(*cand),
        subject=s["invite_subject"].format(s=summary),
        sent=sent,
        html=sogo_html(s["invite_subject"].format(s=summary), org[0], rows),
        ics=ical(
            prodid="-//Inverse inc./SOGo 5.11.0//EN",
            method="REQUEST",
            uid=uid,
            start=start,
            end=end,
            summary=summary,
            organizer=org,
            attendee=cand,
            stamp=sent,
            location=url,
        ),
        ics_method="REQUEST",
        message_domain="nordlicht-logistik.de",
    )
    cases.append(
        Case(
            fam,
            "invitation_de",
            invite_de,
            label(
                kind="invitation",
                language=lang,
                family=fam,
                template=src("SOGoAptMailInvitation.wox", lang),
                license_=SOGO_LICENSE,
                start=start,
                end=end,
                timezone="Europe/Berlin",
                uid=uid,
                sequence=0,
                method="REQUEST",
                company="Nordlicht Logistik",
                role="Backend Engineer",
                meeting_url=url,
                organizer_email=org[1],
                note="SOGo iMIP invitation: HTML-only body (Beginn/Ende rows with IANA zone) "
                "plus text/calendar method=REQUEST with a VTIMEZONE.",
            ),
        )
    )
    # 2. The same invitation forwarded by Gmail (German UI): calendar part dropped.
    fwd = forward(invite_de, "gmail", "de", cand, at("Europe/Berlin", 2026, 6, 15, 18, 2))
    cases.append(
        Case(
            fam,
            "invitation_de_fwd_gmail",
            fwd,
            label(
                kind="invitation",
                language=lang,
                family=fam,
                template=src("SOGoAptMailInvitation.wox", lang),
                license_=SOGO_LICENSE,
                start=start,
                end=end,
                timezone="Europe/Berlin",
                company="Nordlicht Logistik",
                role="Backend Engineer",
                meeting_url=url,
                original_sender=org[1],
                note="Gmail (de) forward of the SOGo invitation: text only, 'Beginn 24.06.2026 - "
                "14:00 Europe/Berlin'; the calendar part is not forwarded.",
            ),
        )
    )
    # 3. French invitation across the March DST change (sent CET, slot CEST).
    lang = "fr"
    s = SOGO_STRINGS[lang]
    cand = who(lang)
    org = ("Hélène Marchand", "h.marchand@atelier-garance.fr")
    start = at("Europe/Paris", 2026, 3, 31, 10, 30)
    end = at("Europe/Paris", 2026, 3, 31, 11, 30)
    summary = "Entretien – Chargée de recrutement (Atelier Garance)"
    uid = "3F0A-67D3A2B1-1F-2C1B7E00@sogo.atelier-garance.fr"
    sent = at("Europe/Paris", 2026, 3, 20, 16, 5)
    place = "Atelier Garance, 14 rue des Tanneurs, 69001 Lyon"
    rows = [
        (s["location"], place),
        (s["start"], f"{start:%d/%m/%Y} - {hm(start)} Europe/Paris"),
        (s["end"], f"{end:%d/%m/%Y} - {hm(end)} Europe/Paris"),
    ]
    cases.append(
        Case(
            fam,
            "invitation_fr_dst",
            Mail(
                sender=addr(*org),
                to=addr(*cand),
                subject=s["invite_subject"].format(s=summary),
                sent=sent,
                html=sogo_html(s["invite_subject"].format(s=summary), org[0], rows),
                ics=ical(
                    prodid="-//Inverse inc./SOGo 5.10.0//EN",
                    method="REQUEST",
                    uid=uid,
                    start=start,
                    end=end,
                    summary=summary,
                    organizer=org,
                    attendee=cand,
                    stamp=sent,
                    location=place,
                ),
                ics_method="REQUEST",
                message_domain="atelier-garance.fr",
            ),
            label(
                kind="invitation",
                language=lang,
                family=fam,
                template=src("SOGoAptMailInvitation.wox", lang),
                license_=SOGO_LICENSE,
                start=start,
                end=end,
                timezone="Europe/Paris",
                uid=uid,
                sequence=0,
                method="REQUEST",
                company="Atelier Garance",
                role="Chargée de recrutement",
                organizer_email=org[1],
                note="SOGo (fr): sent on 20 March in CET for a slot on 31 March in CEST; "
                "dd/mm/yyyy dates; calendar part with VTIMEZONE.",
            ),
        )
    )
    # 4. English update (time moved) with SEQUENCE 1.
    lang = "en"
    s = SOGO_STRINGS[lang]
    cand = who(lang)
    org = ("Dana Whitaker", "dana.whitaker@harborline.io")
    old = at("America/New_York", 2026, 5, 6, 9, 0)
    start = at("America/New_York", 2026, 5, 7, 15, 0)
    end = start + timedelta(hours=1)
    summary = "Interview: Data Analyst (Harborline)"
    uid = "1B22-681A0C55-9-5D3A2F00@sogo.harborline.io"
    sent = at("America/New_York", 2026, 5, 4, 11, 17)
    subject = s["update_subject"].format(s=summary, d=f"{old:%m/%d/%Y}", t=hm(old))
    rows = [
        ("", s["update_body"].format(s=summary)),
        (s["start"], f"{start:%m/%d/%Y} - {hm(start)} America/New_York"),
        (s["end"], f"{end:%m/%d/%Y} - {hm(end)} America/New_York"),
        ("", s["please"]),
    ]
    cases.append(
        Case(
            fam,
            "update_en",
            Mail(
                sender=addr(*org),
                to=addr(*cand),
                subject=subject,
                sent=sent,
                html=sogo_html(subject, org[0], rows),
                ics=ical(
                    prodid="-//Inverse inc./SOGo 5.11.0//EN",
                    method="REQUEST",
                    uid=uid,
                    start=start,
                    end=end,
                    summary=summary,
                    organizer=org,
                    attendee=cand,
                    stamp=sent,
                    sequence=1,
                    location="Harborline HQ, 200 Water St, New York",
                ),
                ics_method="REQUEST",
                message_domain="harborline.io",
            ),
            label(
                kind="reschedule",
                language=lang,
                family=fam,
                template=src("SOGoAptMailUpdate.wox", lang),
                license_=SOGO_LICENSE,
                start=start,
                end=end,
                timezone="America/New_York",
                uid=uid,
                sequence=1,
                method="REQUEST",
                company="Harborline",
                role="Data Analyst",
                organizer_email=org[1],
                note="SOGo update: subject names the old slot (05/06/2026 at 09:00), the body "
                "lists the changed Start/End; REQUEST with SEQUENCE 1 carries the new time.",
            ),
        )
    )
    # 5. German cancellation with METHOD:CANCEL.
    lang = "de"
    s = SOGO_STRINGS[lang]
    cand = who(lang)
    org = ("Jonas Petersen", "jonas.petersen@kuestenwerk.de")
    start = at("Europe/Berlin", 2026, 11, 3, 10, 0)
    end = start + timedelta(hours=1)
    summary = "Interview Produktmanager:in – Küstenwerk"
    uid = "77E1-6900B1A2-5-1A2B3C00@sogo.kuestenwerk.de"
    sent = at("Europe/Berlin", 2026, 10, 28, 8, 3)
    rows = [
        (s["location"], "Küstenwerk GmbH, Am Sandtorkai 12, Hamburg"),
        (s["start"], f"{start:%d.%m.%Y} - {hm(start)} Europe/Berlin"),
        (s["end"], f"{end:%d.%m.%Y} - {hm(end)} Europe/Berlin"),
    ]
    cases.append(
        Case(
            fam,
            "cancel_de_after_dst",
            Mail(
                sender=addr(*org),
                to=addr(*cand),
                subject=s["cancel_subject"].format(s=summary),
                sent=sent,
                html=sogo_html(s["cancel_subject"].format(s=summary), org[0], rows),
                ics=ical(
                    prodid="-//Inverse inc./SOGo 5.11.0//EN",
                    method="CANCEL",
                    uid=uid,
                    start=start,
                    end=end,
                    summary=summary,
                    organizer=org,
                    attendee=cand,
                    stamp=sent,
                    sequence=2,
                    status="CANCELLED",
                ),
                ics_method="CANCEL",
                message_domain="kuestenwerk.de",
            ),
            label(
                kind="cancellation",
                language=lang,
                family=fam,
                template=src("SOGoAptMailDeletion.wox", lang),
                license_=SOGO_LICENSE,
                start=start,
                end=end,
                timezone="Europe/Berlin",
                uid=uid,
                sequence=2,
                method="CANCEL",
                company="Küstenwerk",
                organizer_email=org[1],
                note="SOGo deletion notice: METHOD:CANCEL, STATUS:CANCELLED; slot on 3 Nov (CET) "
                "cancelled from a mail sent on 28 Oct (still CET after the 25 Oct change).",
            ),
        )
    )
    # 6. English all-day assessment day.
    lang = "en"
    s = SOGO_STRINGS[lang]
    cand = who("in")
    org = ("Rohan Mehta", "rohan.mehta@tarangsystems.in")
    day = date(2026, 7, 9)
    summary = "Assessment day – Graduate Trainee (Tarang Systems)"
    uid = "0C9D-6861E2F0-2-11AA2200@sogo.tarangsystems.in"
    sent = at("Asia/Kolkata", 2026, 6, 29, 12, 10)
    rows = [
        (s["location"], "Tarang Systems, Tower B, Whitefield, Bengaluru"),
        (s["time"], f"{day:%m/%d/%Y}"),
    ]
    cases.append(
        Case(
            fam,
            "invitation_en_allday",
            Mail(
                sender=addr(*org),
                to=addr(*cand),
                subject=s["invite_subject"].format(s=summary),
                sent=sent,
                html=sogo_html(s["invite_subject"].format(s=summary), org[0], rows),
                ics=ical(
                    prodid="-//Inverse inc./SOGo 5.11.0//EN",
                    method="REQUEST",
                    uid=uid,
                    start=day,
                    end=day + timedelta(days=1),
                    summary=summary,
                    organizer=org,
                    attendee=cand,
                    stamp=sent,
                ),
                ics_method="REQUEST",
                message_domain="tarangsystems.in",
            ),
            label(
                kind="invitation",
                language=lang,
                family=fam,
                template=src("SOGoAptMailInvitation.wox", lang),
                license_=SOGO_LICENSE,
                start=day,
                end=day + timedelta(days=1),
                uid=uid,
                sequence=0,
                method="REQUEST",
                company="Tarang Systems",
                role="Graduate Trainee",
                organizer_email=org[1],
                note="SOGo all-day event: the HTML shows only the 'Time' row with a date; "
                "DTSTART/DTEND are VALUE=DATE (end exclusive).",
            ),
        )
    )
    return cases


@family
def openproject_cases() -> list[Case]:
    fam = "openproject"
    lic = "GPL-3.0 (OpenProject COPYRIGHT/LICENSE)"
    base = "opf/openproject:modules/meeting/app/views/meeting_mailer/{v} + {loc}"
    de_loc = (
        "modules/meeting/config/locales/crowdin/de.yml@0000818895308d8e8107d1f17484306757c82967"
    )
    en_loc = "modules/meeting/config/locales/en.yml@00f371c8040be525a34133e772a135ce1c146463"
    cases: list[Case] = []

    # German invitation: 'Datum/Uhrzeit: 16.07.2026 10:00-11:00 (UTC+02:00)'.
    make = maker(fam, base.format(v="invited.text.erb", loc=de_loc), lic)
    cand = who("de")
    start = at("Europe/Berlin", 2026, 7, 16, 10, 0)
    end = at("Europe/Berlin", 2026, 7, 16, 11, 0)
    title = "Interview DevOps Engineer – Lena Hoffmann"
    url = "https://projekte.brueckner-systeme.de/meetings/418"
    room = "https://meet.jit.si/BruecknerInterview418"
    text = (
        "Tobias Brückner hat Ihnen eine Einladung für die folgende Besprechung gesendet: "
        f"{title}\n\n"
        f"Recruiting 2026 (Brückner Systeme): {title} ({url})\nTobias Brückner\n\n"
        f"Datum/Uhrzeit: {start:%d.%m.%Y} {hm(start)}-{hm(end)} (UTC+02:00)\n"
        f"Ort/Raum: {room}\n"
        "Eingeladen: Lena Hoffmann; Sabine Kraus; Tobias Brückner\nAnwesend: \n"
    )
    mail = Mail(
        sender="OpenProject <openproject@brueckner-systeme.de>",
        to=addr(*cand),
        subject=f"[Recruiting 2026 (Brückner Systeme)] Besprechung: {title}",
        sent=at("Europe/Berlin", 2026, 7, 8, 13, 22),
        text=text,
        message_domain="brueckner-systeme.de",
    )
    cases.append(
        make(
            "invited_de",
            mail,
            kind="invitation",
            language="de",
            start=start,
            end=end,
            company="Brückner Systeme",
            role="DevOps Engineer",
            meeting_url=room,
            note="OpenProject meeting invitation (text part): 'Datum/Uhrzeit' label with a "
            "'HH:MM-HH:MM' range and a UTC offset in parentheses.",
        )
    )
    # English invitation forwarded by Outlook.
    make = maker(fam, base.format(v="invited.text.erb", loc=en_loc), lic)
    cand = who("en")
    start = at("America/Chicago", 2026, 9, 22, 13, 30)
    end = at("America/Chicago", 2026, 9, 22, 14, 15)
    title = "Panel interview: QA Lead"
    url = "https://pm.prairieforge.com/meetings/77"
    text = (
        f"Marcus Bell has sent you an invitation for the meeting '{title}'\n\n"
        f"Hiring – QA (Prairie Forge): {title} ({url})\nMarcus Bell\n\n"
        f"Date/Time: {start:%m/%d/%Y} {ampm(start, upper=True, pad=True)}-"
        f"{ampm(end, upper=True, pad=True)} (UTC-05:00)\n"
        "Location: Prairie Forge office, 4th floor, 220 W Kinzie St, Chicago\n"
        "Invited: Jordan Ellis; Marcus Bell; Priya Natarajan\nAttended: \n"
    )
    original = Mail(
        sender="OpenProject <noreply@pm.prairieforge.com>",
        to=addr(*cand),
        subject=f"[Hiring – QA (Prairie Forge)] Meeting: {title}",
        sent=at("America/Chicago", 2026, 9, 14, 8, 55),
        text=text,
    )
    fwd = forward(
        original,
        "outlook",
        "en",
        cand,
        at("America/Chicago", 2026, 9, 14, 19, 3),
        note="Panel on the 22nd, adding it to my tracker.",
    )
    cases.append(
        make(
            "invited_en_fwd_outlook",
            fwd,
            kind="invitation",
            language="en",
            start=start,
            end=end,
            company="Prairie Forge",
            role="QA Lead",
            original_sender="noreply@pm.prairieforge.com",
            note="Outlook forward of an OpenProject invitation: '09/22/2026 01:30 PM-02:15 PM "
            "(UTC-05:00)' (US date, 12-hour clock, offset only).",
        )
    )
    # German reschedule: 'Alte(s)/Neue(s) Datum/Zeit' with Rails' standard-offset zone label.
    make = maker(fam, base.format(v="rescheduled.text.erb", loc=de_loc), lic)
    cand = who("de")
    old = at("Europe/Berlin", 2026, 7, 16, 10, 0)
    start = at("Europe/Berlin", 2026, 7, 17, 14, 0)
    end = at("Europe/Berlin", 2026, 7, 17, 15, 0)
    title = "Interview DevOps Engineer – Lena Hoffmann"
    text = (
        f"Recruiting 2026 (Brückner Systeme): {title} "
        "(https://projekte.brueckner-systeme.de/meetings/418)\nTobias Brückner\n\n"
        f"Die Besprechung {title} wurde durch Tobias Brückner verschoben.\n\n"
        f"Alte(s) Datum/Zeit:\n{old:%d.%m.%Y} {hm(old)} - {hm(old + timedelta(hours=1))} "
        "(GMT+01:00) Berlin\n\n"
        f"Neue(s) Datum/Zeit:\n{start:%d.%m.%Y} {hm(start)} - {hm(end)} (GMT+01:00) Berlin\n"
    )
    mail = Mail(
        sender="OpenProject <openproject@brueckner-systeme.de>",
        to=addr(*cand),
        subject=f"[Recruiting 2026 (Brückner Systeme)] Besprechung {title} verschoben",
        sent=at("Europe/Berlin", 2026, 7, 13, 17, 40),
        text=text,
        message_domain="brueckner-systeme.de",
    )
    cases.append(
        make(
            "rescheduled_de",
            mail,
            kind="reschedule",
            language="de",
            start=start,
            end=end,
            timezone="Europe/Berlin",
            company="Brückner Systeme",
            role="DevOps Engineer",
            note="OpenProject reschedule: old and new slot; Rails prints the zone as "
            "'(GMT+01:00) Berlin' (standard offset) although July is +02:00.",
        )
    )
    # English update with Eastern Time, summer.
    make = maker(fam, base.format(v="updated.text.erb", loc=en_loc), lic)
    cand = who("en")
    old = at("America/New_York", 2026, 8, 4, 11, 0)
    start = at("America/New_York", 2026, 8, 6, 16, 30)
    end = at("America/New_York", 2026, 8, 6, 17, 15)
    title = "Final interview – Solutions Architect"
    text = (
        f"Talent 2026 (Bluewater Analytics): {title} "
        "(https://bluewater.openproject.com/meetings/1290)\nAlicia Moreno\n\n"
        f"The meeting '{title}' has been updated by Alicia Moreno.\n\n"
        f"Old date/time:\n{old:%m/%d/%Y} {ampm(old, upper=True, pad=True)} - "
        f"{ampm(old + timedelta(minutes=45), upper=True, pad=True)} "
        "(GMT-05:00) Eastern Time (US & Canada)\n\n"
        f"New date/time:\n{start:%m/%d/%Y} {ampm(start, upper=True, pad=True)} - "
        f"{ampm(end, upper=True, pad=True)} (GMT-05:00) Eastern Time (US & Canada)\n"
    )
    mail = Mail(
        sender="OpenProject <notifications@bluewater.openproject.com>",
        to=addr(*cand),
        subject=f"[Talent 2026 (Bluewater Analytics)] Meeting '{title}' has been updated",
        sent=at("America/New_York", 2026, 8, 3, 9, 12),
        text=text,
    )
    cases.append(
        make(
            "updated_en_eastern",
            mail,
            kind="reschedule",
            language="en",
            start=start,
            end=end,
            timezone="America/New_York",
            company="Bluewater Analytics",
            role="Solutions Architect",
            note="OpenProject 'Old date/time' / 'New date/time'; the Rails zone label "
            "'(GMT-05:00) Eastern Time (US & Canada)' shows the standard offset in August (EDT).",
        )
    )
    # English cancellation.
    make = maker(fam, base.format(v="cancelled.text.erb", loc=en_loc), lic)
    start = at("America/New_York", 2026, 8, 6, 16, 30)
    end = at("America/New_York", 2026, 8, 6, 17, 15)
    text = (
        f"Cancelled: Meeting '{title}'\n\n"
        f"'{title}' has been cancelled by Alicia Moreno, or you have been removed as a "
        "participant\n\n"
        f"Scheduled date/time: {start:%m/%d/%Y} {ampm(start, upper=True, pad=True)} - "
        f"{ampm(end, upper=True, pad=True)} (GMT-05:00) Eastern Time (US & Canada)\n\n"
        "Open meeting: https://bluewater.openproject.com/meetings/1290\n"
    )
    mail = Mail(
        sender="OpenProject <notifications@bluewater.openproject.com>",
        to=addr(*cand),
        subject=f"[Talent 2026 (Bluewater Analytics)] Cancelled: Meeting '{title}'",
        sent=at("America/New_York", 2026, 8, 5, 18, 2),
        text=text,
    )
    cases.append(
        make(
            "cancelled_en",
            mail,
            kind="cancellation",
            language="en",
            start=start,
            end=end,
            timezone="America/New_York",
            company="Bluewater Analytics",
            role="Solutions Architect",
            note="OpenProject cancellation: 'Scheduled date/time' line with the Rails "
            "standard-offset label; the mail also allows 'you have been removed'.",
        )
    )
    return cases


MODSCHED_SOURCE = "bostelm/moodle-mod_scheduler:lang/{lang}/scheduler.php@{commit}"
MODSCHED_LICENSE = "GPL-3.0-or-later (Moodle plugin)"


@family
def modscheduler_cases() -> list[Case]:
    fam = "moodlescheduler"
    cases: list[Case] = []
    site = "Hafenwerk Energie – Recruiting Academy"
    course_short = "GRAD26"
    course = "Graduate Programme 2026 – Selection interviews"
    module = "Interview slots"

    def src(lang: str) -> str:
        return MODSCHED_SOURCE.format(lang=lang, commit="d864b837296d36f03152865556665b042d06c4af")

    def moodle_from(name: str) -> str:
        return f"{name} (via Moodle) <noreply@academy.hafenwerk-energie.com>"

    # English reminder: no zone anywhere.
    cand = who("en")
    start = at("Europe/London", 2026, 6, 3, 14, 30)
    end = start + timedelta(minutes=40)
    day = f"{start.day} {month('en', start)} {start.year}"
    text = (
        f"You have an upcoming appointment\non {day} from {ampm(start, upper=True, pad=True)} "
        f"to {ampm(end, upper=True, pad=True)}\nwith Oliver Grant.\n\n"
        "Location: Hafenwerk Energie, 3 Harbour Road, Aberdeen – meeting room 2\n"
    )
    html = (
        f"<p>You have an upcoming appointment on <strong>{day}</strong>\nfrom <strong>"
        f"{ampm(start, upper=True, pad=True)}</strong> to <strong>"
        f'{ampm(end, upper=True, pad=True)}</strong><br/>\nwith <strong><a href="https://'
        'academy.hafenwerk-energie.com/user/view.php?id=88">Oliver Grant</a></strong>.</p>\n\n'
        "<p>Location: <strong>Hafenwerk Energie, 3 Harbour Road, Aberdeen – meeting room 2"
        "</strong></p>"
    )
    sent = at("Europe/London", 2026, 6, 2, 6, 0)
    mail = Mail(
        sender=moodle_from("Oliver Grant"),
        to=addr(*cand),
        subject=f"{course_short}: Appointment reminder",
        sent=sent,
        text=text,
        html=html,
    )
    cases.append(
        Case(
            fam,
            "reminder_en",
            mail,
            label(
                kind="invitation",
                language="en",
                family=fam,
                template=src("en"),
                license_=MODSCHED_LICENSE,
                start=start,
                end=end,
                tz_stated=False,
                company="Hafenwerk Energie",
                note="mod_scheduler email_reminder (plain + HTML): '3 June 2026 from 02:30 PM "
                "to 03:10 PM', no zone (Moodle user time zone, here the Date: offset).",
            ),
        )
    )
    # German reminder.
    cand = who("de")
    start = at("Europe/Berlin", 2026, 9, 10, 9, 15)
    end = start + timedelta(minutes=30)
    day = f"{start.day}. {month('de', start)} {start.year}"
    text = (
        f"Sie haben einen bevorstehenden Termin am {day} von {hm(start)} bis {hm(end)} "
        "mit Katrin Vogel.\n\nOrt: Hafenwerk Energie, Kehrwieder 8, Hamburg – Raum 4.12\n"
    )
    html = (
        f"<p>Sie haben einen bevorstehenden Termin am <strong>{day}</strong> von <strong>"
        f'{hm(start)}</strong> bis <strong>{hm(end)}</strong><br/> mit <strong><a href="'
        'https://academy.hafenwerk-energie.com/user/view.php?id=41">Katrin Vogel</a>'
        "</strong>.</p>\n\n<p>Ort: <strong>Hafenwerk Energie, Kehrwieder 8, Hamburg – Raum 4.12"
        "</strong></p>"
    )
    mail = Mail(
        sender=moodle_from("Katrin Vogel"),
        to=addr(*cand),
        subject=f"{course_short}: Terminerinnerung",
        sent=at("Europe/Berlin", 2026, 9, 9, 6, 0),
        text=text,
        html=html,
    )
    cases.append(
        Case(
            fam,
            "reminder_de",
            mail,
            label(
                kind="invitation",
                language="de",
                family=fam,
                template=src("de"),
                license_=MODSCHED_LICENSE,
                start=start,
                end=end,
                tz_stated=False,
                company="Hafenwerk Energie",
                note="mod_scheduler Terminerinnerung: '10. September 2026 von 09:15 bis 09:45', "
                "no zone.",
            ),
        )
    )
    # French reminder forwarded with Thunderbird.
    cand = who("fr")
    start = at("Europe/Paris", 2026, 10, 27, 16, 0)
    end = start + timedelta(minutes=45)
    day = f"{start.day} {month('fr', start)} {start.year}"
    text = (
        f"Vous avez un rendez-vous prévu prochainement\nle {day} de {hm(start)} à {hm(end)}\n"
        "avec Mathieu Lefort.\n\nLieu : visioconférence https://visio.hafenwerk-energie.com/"
        "rdv/grad26-lefort\n"
    )
    original = Mail(
        sender=moodle_from("Mathieu Lefort"),
        to=addr(*cand),
        subject=f"{course_short}: Rappel de rendez-vous",
        sent=at("Europe/Paris", 2026, 10, 26, 7, 0),
        text=text,
    )
    fwd = forward(original, "thunderbird", "fr", cand, at("Europe/Paris", 2026, 10, 26, 12, 31))
    cases.append(
        Case(
            fam,
            "reminder_fr_fwd_thunderbird",
            fwd,
            label(
                kind="invitation",
                language="fr",
                family=fam,
                template=src("fr"),
                license_=MODSCHED_LICENSE,
                start=start,
                end=end,
                tz_stated=False,
                meeting_url="https://visio.hafenwerk-energie.com/rdv/grad26-lefort",
                original_sender="noreply@academy.hafenwerk-energie.com",
                note="Thunderbird (fr) forward of a mod_scheduler 'Rappel de rendez-vous': slot "
                "on 27 Oct (CET, after the 25 Oct change), forwarded on 26 Oct; no zone stated.",
            ),
        )
    )
    # Spanish cancellation by the interviewer.
    cand = who("es")
    start = at("Europe/Madrid", 2026, 4, 21, 12, 0)
    day = f"{start.day} de {month('es', start)} de {start.year}"
    text = (
        f"Su reservación en {day} at {hm(start)},\ncon el entrevistador Álvaro Ibáñez para el "
        f'curso:\n\n{course_short}: {course}\n\nen el agendador titulado "{module}" en el sitio '
        f"web: {site}\n\nha sido cancelada. Por favor, solicite un nuevo espacio.\n"
    )
    mail = Mail(
        sender=moodle_from("Álvaro Ibáñez"),
        to=addr(*cand),
        subject=f"{course_short}: Cita cancelada por el profesor",
        sent=at("Europe/Madrid", 2026, 4, 17, 10, 2),
        text=text,
    )
    cases.append(
        Case(
            fam,
            "teachercancelled_es",
            mail,
            label(
                kind="cancellation",
                language="es",
                family=fam,
                template=src("es"),
                license_=MODSCHED_LICENSE,
                start=start,
                tz_stated=False,
                note="mod_scheduler email_teachercancelled (es) with the untranslated 'at' "
                "between date and time, as shipped; no end, no zone.",
            ),
        )
    )
    # French cancellation, HTML and text.
    cand = who("fr")
    start = at("Europe/Paris", 2026, 5, 12, 8, 45)
    day = f"{start.day} {month('fr', start)} {start.year}"
    text = (
        f"Votre rendez-vous du {day} à {hm(start)},\navec le recruteur Mathieu Lefort pour le "
        f"cours\u00a0:\n\n{course_short}\u00a0: {course}\n\ndans le planning intitulé «\u00a0"
        f"{module}\u00a0» sur le site\u00a0: {site}\n\na été annulé. Veuillez choisir un nouveau "
        "créneau, s'il vous plait.\n"
    )
    mail = Mail(
        sender=moodle_from("Mathieu Lefort"),
        to=addr(*cand),
        subject=f"{course_short}: Rendez-vous annulé par l'enseignant",
        sent=at("Europe/Paris", 2026, 5, 7, 14, 20),
        text=text,
    )
    cases.append(
        Case(
            fam,
            "teachercancelled_fr",
            mail,
            label(
                kind="cancellation",
                language="fr",
                family=fam,
                template=src("fr"),
                license_=MODSCHED_LICENSE,
                start=start,
                tz_stated=False,
                note="mod_scheduler email_teachercancelled (fr): 'Votre rendez-vous du 12 mai "
                "2026 à 08:45 ... a été annulé'; no-break spaces before colons.",
            ),
        )
    )
    # Invitation to pick a slot: no fixed time, a negative.
    cand = who("en")
    html = (
        "<p>Please choose a time slot for an appointment at:</p> <p>https://academy."
        "hafenwerk-energie.com/mod/scheduler/view.php?id=310</p>"
    )
    mail = Mail(
        sender=moodle_from("Oliver Grant"),
        to=addr(*cand),
        subject=f"Invitation: {module}",
        sent=at("Europe/London", 2026, 5, 18, 9, 30),
        html=html,
    )
    cases.append(
        Case(
            fam,
            "invite_choose_slot_en",
            mail,
            label(
                kind="not_invitation",
                language="en",
                family=fam,
                template=src("en"),
                license_=MODSCHED_LICENSE,
                note="mod_scheduler email_invite: subject 'Invitation: ...' but only asks the "
                "candidate to pick a slot; no time is fixed yet.",
            ),
        )
    )
    return cases


ODOO_BUTTONS = (
    '<div style="text-align: center; margin: 16px 0px 16px 0px;">\n'
    '<a href="{base}/calendar/meeting/accept?token={tok}&amp;id={eid}" style="padding: 5px 10px; '
    "color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid "
    '#875A7B; border-radius: 3px">Accept</a>\n'
    '<a href="{base}/calendar/meeting/decline?token={tok}&amp;id={eid}" style="padding: 5px '
    "10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid "
    '#875A7B; border-radius: 3px">Decline</a>\n'
    '<a href="{base}/calendar/meeting/view?token={tok}&amp;id={eid}" style="padding: 5px 10px; '
    "color: #FFFFFF; text-decoration: none; background-color: #875A7B; border: 1px solid "
    '#875A7B; border-radius: 3px">View</a>\n</div>\n'
)


def odoo_block(start: datetime, zone: str, location: str, minutes: int, people: list[str]) -> str:
    attendees = "".join(
        f'<li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; '
        f'background: grey;"> </div><span style="margin-left:5px">{person}</span></li>'
        for person in people
    )
    return (
        '<table border="0" cellpadding="0" cellspacing="0"><tr>\n<td width="130px;">\n'
        f'<div style="font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; '
        f'background-color: #875A7B;">{weekday("en", start)}</div>\n'
        f'<div style="font-size: 48px; text-align: center; color: #5F5F5F;">{start.day}</div>\n'
        f'<div style="font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; '
        f'background-color: #875A7B;">{month("en", start)} {start.year}</div>\n'
        f'<div style="color: #5F5F5F; text-align: center; font-size: 12px; font-weight: bold;">'
        f'{hm(start)} ({zone})</div>\n</td>\n<td width="20px;"/>\n'
        '<td style="padding-top: 5px;">\n<p><strong>Details of the event</strong></p>\n<ul>\n'
        f'<li>Location: {location} (<a target="_blank" href="http://maps.google.com/maps?oi=map'
        f'&amp;q={location.replace(" ", "+")}">View Map</a>)</li>\n'
        f"<li>Duration: {minutes // 60}H{minutes % 60:02d}</li>\n"
        f"<li>Attendees<ul>{attendees}</ul></li>\n</ul>\n</td>\n</tr></table>\n"
    )


@family
def odoo_cases() -> list[Case]:
    fam = "odoo"
    lic = "LGPL-3.0 (Odoo Community)"
    tpl = (
        "odoo/odoo:addons/calendar/data/mail_template_data.xml (record {rec}); "
        "addons/calendar/models/calendar.py (_get_display_time)@(index version, not pinned)"
    )
    cases: list[Case] = []
    # Date updated, English user, Europe/Brussels.
    make = maker(fam, tpl.format(rec="calendar_template_meeting_changedate"), lic)
    cand = who("en")
    org = ("Sofie Peeters", "sofie.peeters@vandamme-foods.be")
    start = at("Europe/Brussels", 2026, 6, 18, 15, 0)
    end = start + timedelta(hours=1)
    name = "Interview: Supply Chain Planner"
    base = "https://erp.vandamme-foods.be"
    display = f"{start:%m/%d/%Y} at ({start:%H:%M:%S} To {end:%H:%M:%S}) (Europe/Brussels)"
    html = (
        f"<div>\n<p>\nHello {cand[0]},<br/><br/>\nThe date of the meeting has been updated. The "
        f"meeting {name} created by {org[0]} is now scheduled for {display}.\n</p>\n"
        + ODOO_BUTTONS.format(base=base, tok="3f9c1d0e7b2a4c58", eid=2211)
        + odoo_block(
            start,
            "Europe/Brussels",
            "Van Damme Foods, Kortrijksesteenweg 90, Gent",
            60,
            [org[0], "You"],
        )
        + "<br/>\nThank you,\n<br/>\n--<br/>Sofie Peeters<br/>Talent Acquisition, Van Damme Foods"
        "\n</div>\n"
    )
    mail = Mail(
        sender=addr(org[0], org[1]),
        to=addr(*cand),
        subject=f"{name}: Date updated",
        sent=at("Europe/Brussels", 2026, 6, 12, 10, 44),
        html=html,
        message_domain="vandamme-foods.be",
    )
    cases.append(
        make(
            "changedate_en",
            mail,
            kind="reschedule",
            language="en",
            start=start,
            end=end,
            timezone="Europe/Brussels",
            company="Van Damme Foods",
            role="Supply Chain Planner",
            organizer_email=org[1],
            note="Odoo 'Date updated' (HTML only): '06/18/2026 at (15:00:00 To 16:00:00) "
            "(Europe/Brussels)' plus the calendar block repeating the time.",
        )
    )
    # Date updated, forwarded by Gmail; Sao Paulo zone.
    cand = who("pt")
    org = ("Beatriz Almeida", "beatriz.almeida@trilhaverde.com.br")
    start = at("America/Sao_Paulo", 2026, 8, 11, 10, 30)
    end = start + timedelta(minutes=45)
    name = "Entrevista técnica – Desenvolvedor Python"
    display = f"{start:%m/%d/%Y} at ({start:%H:%M:%S} To {end:%H:%M:%S}) (America/Sao_Paulo)"
    html = (
        f"<div>\n<p>\nHello {cand[0]},<br/><br/>\nThe date of the meeting has been updated. The "
        f"meeting {name} created by {org[0]} is now scheduled for {display}.\n</p>\n"
        + ODOO_BUTTONS.format(base="https://trilhaverde.odoo.com", tok="a81be0", eid=981)
        + odoo_block(start, "America/Sao_Paulo", "Google Meet", 45, [org[0], "You"])
        + "<br/>\nThank you,\n<br/>\n</div>\n"
    )
    original = Mail(
        sender=addr(*org),
        to=addr(*cand),
        subject=f"{name}: Date updated",
        sent=at("America/Sao_Paulo", 2026, 8, 5, 17, 3),
        html=html,
    )
    fwd = forward(original, "gmail", "pt", cand, at("America/Sao_Paulo", 2026, 8, 5, 21, 40))
    cases.append(
        make(
            "changedate_en_fwd_gmail_saopaulo",
            fwd,
            kind="reschedule",
            language="en",
            start=start,
            end=end,
            timezone="America/Sao_Paulo",
            company="Trilha Verde",
            role="Desenvolvedor Python",
            original_sender=org[1],
            note="Gmail forward (pt-BR UI) of an Odoo 'Date updated' mail left in English by "
            "the sender's database; IANA zone in parentheses.",
        )
    )
    # Reminder, Asia/Kolkata, only the calendar block and the duration give the time.
    make = maker(fam, tpl.format(rec="calendar_template_meeting_reminder"), lic)
    cand = who("in")
    org = ("Vikram Nair", "vikram.nair@meridianpay.in")
    start = at("Asia/Kolkata", 2026, 2, 19, 11, 0)
    end = start + timedelta(minutes=90)
    name = "Technical round – Backend Developer (MeridianPay)"
    html = (
        f"<div>\n<p>\nHello {cand[0]},<br/><br/>\nThis is a reminder for the below event :\n"
        "</p>\n"
        + ODOO_BUTTONS.format(base="https://meridianpay.odoo.com", tok="77c2e1", eid=455)
        + odoo_block(
            start,
            "Asia/Kolkata",
            "MeridianPay, 5th floor, Koramangala, Bengaluru",
            90,
            [org[0], "Deepa Krishnan", "You"],
        )
        + "<br/>\nThank you,\n<br/>\n</div>\n"
    )
    mail = Mail(
        sender=addr(*org),
        to=addr(*cand),
        subject=f"{name} - Reminder",
        sent=at("Asia/Kolkata", 2026, 2, 18, 11, 0),
        html=html,
        message_domain="meridianpay.in",
    )
    cases.append(
        make(
            "reminder_en_kolkata",
            mail,
            kind="invitation",
            language="en",
            start=start,
            end=end,
            timezone="Asia/Kolkata",
            company="MeridianPay",
            role="Backend Developer",
            organizer_email=org[1],
            note="Odoo calendar reminder: weekday/day/'February 2026'/'11:00 (Asia/Kolkata)' "
            "spread over four <div>s; end only from 'Duration: 1H30'.",
        )
    )
    return cases


@family
def frappehrms_cases() -> list[Case]:
    fam = "frappehrms"
    lic = "GPL-3.0 (frappe/hrms)"
    make = maker(
        fam,
        "frappe/hrms:hrms/hr/doctype/interview/interview_reminder_notification_template.html"
        "@31f13f009f23de5c6eb07ea7a042b80249766b4c",
        lic,
    )
    cases: list[Case] = []

    def body(kind: str, day: str, frm: str, to: str | None, company: str) -> str:
        until = f" to {to}" if to else ""
        return (
            f"<p>This is a reminder about your <b>{kind}</b> interview scheduled on <b>{day}</b>"
            f" at <b>{frm}{until}</b> at <b>{company}</b>.</p>\n\n<p>Please make sure you are "
            "prepared and reach out if anything comes up before then.</p>\n"
        )

    cand = who("in")
    start = at("Asia/Kolkata", 2026, 7, 14, 15, 30)
    end = start + timedelta(hours=1)
    mail = Mail(
        sender="Kaveri Analytics HR <hr@kaverianalytics.in>",
        to=addr(*cand),
        subject="Interview Reminder",
        sent=at("Asia/Kolkata", 2026, 7, 13, 15, 30),
        html=body(
            "Technical",
            f"{start:%d-%m-%Y}",
            f"{start:%H:%M:%S}",
            f"{end:%H:%M:%S}",
            "Kaveri Analytics Pvt Ltd",
        ),
        message_domain="kaverianalytics.in",
    )
    cases.append(
        make(
            "reminder_en_ddmmyyyy",
            mail,
            kind="invitation",
            language="en",
            start=start,
            end=end,
            tz_stated=False,
            company="Kaveri Analytics Pvt Ltd",
            note="Frappe HRMS interview reminder: '14-07-2026' (system format dd-mm-yyyy) at "
            "'15:30:00 to 16:30:00'; no zone.",
        )
    )
    cand = who("en")
    start = at("America/Chicago", 2026, 10, 5, 9, 0)
    mail = Mail(
        sender="Lakeside Freight <careers@lakesidefreight.com>",
        to=addr(*cand),
        subject="Interview Reminder",
        sent=at("America/Chicago", 2026, 10, 4, 9, 0),
        html=body(
            "HR Screening", f"{start:%m-%d-%Y}", f"{start:%H:%M:%S}", None, "Lakeside Freight LLC"
        ),
    )
    cases.append(
        make(
            "reminder_en_mmddyyyy_no_end",
            mail,
            kind="invitation",
            language="en",
            start=start,
            tz_stated=False,
            company="Lakeside Freight LLC",
            note="Frappe HRMS reminder without a to-time; system date format mm-dd-yyyy "
            "('10-05-2026' is 5 October).",
        )
    )
    cand = who("id")
    start = at("Asia/Jakarta", 2026, 3, 9, 13, 0)
    end = at("Asia/Jakarta", 2026, 3, 9, 14, 0)
    original = Mail(
        sender="Nusantara Digital HR <recruitment@nusantaradigital.co.id>",
        to=addr(*cand),
        subject="Interview Reminder",
        sent=at("Asia/Jakarta", 2026, 3, 8, 13, 0),
        html=body(
            "User Interview",
            f"{start:%d-%m-%Y}",
            f"{start:%H:%M:%S}",
            f"{end:%H:%M:%S}",
            "PT Nusantara Digital",
        ),
    )
    fwd = forward(
        original,
        "gmail",
        "id",
        cand,
        at("Asia/Jakarta", 2026, 3, 8, 19, 12),
        note="Pengingat wawancara besok, tolong dicatat.",
    )
    cases.append(
        make(
            "reminder_en_fwd_gmail_id",
            fwd,
            kind="invitation",
            language="en",
            start=start,
            end=end,
            tz_stated=False,
            company="PT Nusantara Digital",
            original_sender="recruitment@nusantaradigital.co.id",
            note="Gmail (id) forward of an English Frappe HRMS reminder with an Indonesian "
            "note on top; no zone.",
        )
    )
    return cases


THUNDERBIRD_SOURCE = (
    "mozilla/releases-comm-central:calendar/locales/en-US/chrome/lightning/lightning.properties "
    "(itipRequestBody, itipCancelBody, itipReplyBodyAccept, itip*Subject2)"
    "@0c8d1ada383ff8ff60403615a0858284e42059ce"
)


@family
def thunderbird_cases() -> list[Case]:
    fam = "thunderbird"
    make = maker(fam, THUNDERBIRD_SOURCE, "MPL-2.0")
    cases: list[Case] = []
    prodid = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
    cand = who("nl")
    org = ("Pieter Bakker", "pieter@bakker-en-zonen.nl")
    start = at("Europe/Amsterdam", 2026, 4, 14, 13, 30)
    end = start + timedelta(minutes=60)
    summary = "Sollicitatiegesprek Accountmanager – Bakker & Zonen"
    uid = "b8f5f0a4-6d1e-4c57-9a0f-2f6a1d3c9e11"
    sent = at("Europe/Amsterdam", 2026, 4, 7, 11, 2)
    ics = ical(
        prodid=prodid,
        method="REQUEST",
        uid=uid,
        start=start,
        end=end,
        summary=summary,
        organizer=org,
        attendee=cand,
        stamp=sent,
        location="Bakker & Zonen, Keizersgracht 112, Amsterdam",
    )
    mail = Mail(
        sender=addr(*org),
        to=addr(*cand),
        subject=f"Invitation: {summary}",
        sent=sent,
        text=f"{org[0]} has invited you to {summary}\n",
        ics=ics,
        ics_method="REQUEST",
        ics_as_attachment="invite.ics",
        message_domain="bakker-en-zonen.nl",
    )
    cases.append(
        make(
            "request_en_ui_amsterdam",
            mail,
            kind="invitation",
            language="en",
            start=start,
            end=end,
            timezone="Europe/Amsterdam",
            uid=uid,
            sequence=0,
            method="REQUEST",
            company="Bakker & Zonen",
            role="Accountmanager",
            organizer_email=org[1],
            note="Thunderbird iTIP mail (English UI, Dutch summary): one-line text body, "
            "text/calendar method=REQUEST plus an application/ics invite.ics copy.",
        )
    )
    # Cancel of the same event.
    sent_c = at("Europe/Amsterdam", 2026, 4, 10, 9, 15)
    ics = ical(
        prodid=prodid,
        method="CANCEL",
        uid=uid,
        start=start,
        end=end,
        summary=summary,
        organizer=org,
        attendee=cand,
        stamp=sent_c,
        sequence=1,
        status="CANCELLED",
    )
    mail = Mail(
        sender=addr(*org),
        to=addr(*cand),
        subject=f"Canceled: {summary}",
        sent=sent_c,
        text=f"{org[0]} has canceled this event: {summary}\n",
        ics=ics,
        ics_method="CANCEL",
        ics_as_attachment="invite.ics",
        message_domain="bakker-en-zonen.nl",
    )
    cases.append(
        make(
            "cancel_en_ui_amsterdam",
            mail,
            kind="cancellation",
            language="en",
            start=start,
            end=end,
            timezone="Europe/Amsterdam",
            uid=uid,
            sequence=1,
            method="CANCEL",
            company="Bakker & Zonen",
            organizer_email=org[1],
            note="Thunderbird cancellation: 'has canceled this event', METHOD:CANCEL, SEQUENCE 1.",
        )
    )
    # Update whose text does not show whether the time moved: kind not labelled.
    cand = who("sv")
    org = ("Anders Holm", "anders.holm@nordvik-energi.se")
    start = at("Europe/Stockholm", 2026, 9, 2, 10, 0)
    end = start + timedelta(minutes=50)
    summary = "Intervju: Projektledare (Nordvik Energi)"
    uid = "e27c6a10-51b3-4d8e-8f44-0bb5c1d2a7f3"
    sent = at("Europe/Stockholm", 2026, 8, 27, 15, 48)
    ics = ical(
        prodid=prodid,
        method="REQUEST",
        uid=uid,
        start=start,
        end=end,
        summary=summary,
        organizer=org,
        attendee=cand,
        stamp=sent,
        sequence=2,
        utc=True,
        location="https://meet.jit.si/NordvikIntervju0902",
    )
    mail = Mail(
        sender=addr(*org),
        to=addr(*cand),
        subject=f"Updated: {summary}",
        sent=sent,
        text=f"{org[0]} has invited you to {summary}\n",
        ics=ics,
        ics_method="REQUEST",
        ics_as_attachment="invite.ics",
        message_domain="nordvik-energi.se",
    )
    cases.append(
        make(
            "updated_utc_seq2",
            mail,
            kind="invitation",
            omit_kind=True,
            language="sv",
            start=start,
            end=end,
            uid=uid,
            sequence=2,
            method="REQUEST",
            company="Nordvik Energi",
            role="Projektledare",
            meeting_url="https://meet.jit.si/NordvikIntervju0902",
            organizer_email=org[1],
            note="Thunderbird 'Updated:' REQUEST with SEQUENCE 2 and UTC times; nothing shows "
            "whether the time moved, so kind is not labelled; no zone name.",
        )
    )
    # The candidate's own acceptance: a REPLY.
    cand = who("en")
    org = ("Hannah Cole", "hannah.cole@quillstone.co.uk")
    start = at("Europe/London", 2026, 3, 30, 11, 0)
    end = start + timedelta(minutes=45)
    summary = "Interview – Content Designer (Quillstone)"
    uid = "4d1f0c2e-8a9b-4a71-9e3c-5c2d7b8e6f01"
    sent = at("Europe/London", 2026, 3, 24, 20, 11)
    ics = ical(
        prodid=prodid,
        method="REPLY",
        uid=uid,
        start=start,
        end=end,
        summary=summary,
        organizer=org,
        attendee=cand,
        stamp=sent,
        partstat="ACCEPTED",
    )
    mail = Mail(
        sender=addr(*cand),
        to=addr(*org),
        subject=f"Accepted: {summary}",
        sent=sent,
        text=f"{cand[0]} has accepted your event invitation.\n",
        ics=ics,
        ics_method="REPLY",
        ics_as_attachment="invite.ics",
        message_domain="gmail.com",
    )
    cases.append(
        make(
            "reply_accepted_en",
            mail,
            kind="reply",
            language="en",
            uid=uid,
            sequence=0,
            method="REPLY",
            note="Thunderbird REPLY (PARTSTAT=ACCEPTED) sent by the candidate: a reply, "
            "not a new invitation.",
        )
    )
    return cases


if __name__ == "__main__":
    sys.exit(main())
