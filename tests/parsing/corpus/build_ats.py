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
HELDOUT_FAMILIES = {
    "openproject",
    "frappehrms",
    "rallly",
    "zulip",
    "vikunja",
    "redmine",
    "suitecrm",
}


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


EA_STRINGS = {
    "de": {
        "cancelled": "Termin storniert",
        "removed": "Der folgende Termin wurde erfolgreich von der Terminplanung des Unternehmens "
        "storniert.",
        "details": "Termindaten",
        "changed": "Die Termindetails haben sich geändert.",
        "saved": "Die Terminänderungen wurden erfolgreich gespeichert.",
        "service": "Dienstleistung",
        "provider": "Anbieter",
        "start": "Beginn",
        "end": "Ende",
        "timezone": "Zeitzone",
        "reason": "Grund",
        "link_title": "Termin-Link",
        "link_desc": "Sie können Änderungen durch Klicken auf den Termin-Link durchführen.",
    },
    "en": {
        "cancelled": "Appointment Cancelled",
        "removed": "The following appointment was removed from the company's schedule.",
        "details": "Appointment Details",
        "changed": "Appointment details have changed.",
        "saved": "The changes to your appointment have been successfully saved!",
        "service": "Service",
        "provider": "Provider",
        "start": "Start",
        "end": "End",
        "timezone": "Timezone",
        "reason": "Reason",
        "link_title": "Appointment Link",
        "link_desc": "You can make changes by clicking the appointment link below.",
    },
}


def ea_html(title: str, message: str, heading: str, rows: list[tuple[str, str]], tail: str) -> str:
    cells = "".join(
        f'<tr><td class="label" style="padding: 3px;font-weight: bold;">{k}</td>'
        f'<td style="padding: 3px;">{v}</td></tr>\n'
        for k, v in rows
    )
    return (
        "<html>\n<head><title>" + title + '</title></head>\n<body style="font: 13px '
        'arial, helvetica, tahoma;">\n<div class="email-container" style="width: 650px; '
        'border: 1px solid #eee;">\n<div id="header" style="background-color: #429a82; '
        'height: 45px; padding: 10px 15px;"><strong style="color: white; font-size: 20px;">'
        f'{title}</strong></div>\n<div id="content" style="padding: 10px 15px;">\n'
        f"<h2>{title}</h2>\n<p>{message}</p>\n<h2>{heading}</h2>\n"
        f'<table id="appointment-details">\n{cells}</table>\n{tail}</div>\n</div>\n</body>\n'
        "</html>\n"
    )


@family
def easyappointments_cases() -> list[Case]:
    fam = "easyappointments"
    lic = "GPL-3.0 (Easy!Appointments)"
    tpl = (
        "alextselegidis/easyappointments:application/views/emails/{view} + "
        "application/language/{lang}/translations_lang.php@{commit}"
    )
    cases: list[Case] = []
    # German cancellation, no zone row (1.4 layout).
    s = EA_STRINGS["de"]
    cand = who("de")
    start = at("Europe/Berlin", 2026, 5, 20, 11, 0)
    end = start + timedelta(minutes=30)
    rows = [
        (s["service"], "Telefoninterview (30 Min.)"),
        (s["provider"], "Svenja Krüger"),
        (s["start"], f"{start:%d/%m/%Y %H:%M}"),
        (s["end"], f"{end:%d/%m/%Y %H:%M}"),
    ]
    tail = (
        f"<h2>{s['reason']}</h2>\n<p>Die Stelle wurde intern besetzt, wir melden uns bei "
        "neuen Ausschreibungen.</p>\n"
    )
    mail = Mail(
        sender="Rheinstahl Personalservice <termine@rheinstahl-personal.de>",
        to=addr(*cand),
        subject=s["cancelled"],
        sent=at("Europe/Berlin", 2026, 5, 18, 15, 9),
        html=ea_html(s["cancelled"], s["removed"], s["details"], rows, tail),
        message_domain="rheinstahl-personal.de",
    )
    make = maker(
        fam,
        tpl.format(
            view="appointment_deleted_email.php",
            lang="german",
            commit="04dc056644d8b52844b584fa097f2dc9a7c3ea33",
        ),
        lic,
    )
    cases.append(
        make(
            "deleted_de",
            mail,
            kind="cancellation",
            language="de",
            start=start,
            end=end,
            tz_stated=False,
            company="Rheinstahl Personalservice",
            note="Easy!Appointments cancellation (HTML only): Beginn/Ende '20/05/2026 11:00' "
            "(DMY setting), a 'Grund' paragraph, no zone row.",
        )
    )
    # German change notice with a zone row: kind not labelled (the mail does not say what changed).
    start = at("Europe/Vienna", 2026, 6, 2, 16, 30)
    end = start + timedelta(minutes=60)
    rows = [
        (s["service"], "Zweitgespräch Vertrieb Innendienst"),
        (s["provider"], "Markus Leitner"),
        (s["start"], f"{start:%d.%m.%Y %H:%M}"),
        (s["end"], f"{end:%d.%m.%Y %H:%M}"),
        (s["timezone"], "Europe/Vienna"),
    ]
    tail = (
        f'<h2>{s["link_title"]}</h2>\n<p>{s["link_desc"]}</p>\n<a href="https://termine.'
        'alpenglas.at/index.php/appointments/index/7c0e5a9d">https://termine.alpenglas.at/'
        "index.php/appointments/index/7c0e5a9d</a>\n"
    )
    mail = Mail(
        sender="Alpenglas GmbH <termine@alpenglas.at>",
        to=addr(*cand),
        subject=s["changed"],
        sent=at("Europe/Vienna", 2026, 5, 28, 9, 30),
        html=ea_html(s["changed"], s["saved"], s["details"], rows, tail),
        message_domain="alpenglas.at",
    )
    make = maker(
        fam,
        tpl.format(
            view="appointment_saved_email.php",
            lang="german",
            commit="04dc056644d8b52844b584fa097f2dc9a7c3ea33",
        ),
        lic,
    )
    cases.append(
        make(
            "changed_de_vienna",
            mail,
            kind="invitation",
            omit_kind=True,
            language="de",
            start=start,
            end=end,
            timezone="Europe/Vienna",
            company="Alpenglas GmbH",
            note="Easy!Appointments 'Die Termindetails haben sich geändert.': the current slot "
            "with a Zeitzone row; the mail does not say whether the time moved, so no kind.",
        )
    )
    # English change notice, MDY and 12-hour clock.
    s = EA_STRINGS["en"]
    cand = who("en")
    start = at("America/Los_Angeles", 2026, 11, 2, 14, 0)
    end = start + timedelta(minutes=45)
    rows = [
        (s["service"], "Onsite interview – Line Cook"),
        (s["provider"], "Tomás Reyes"),
        (s["start"], f"{start:%m/%d/%Y} {ampm(start)}"),
        (s["end"], f"{end:%m/%d/%Y} {ampm(end)}"),
        (s["timezone"], "America/Los_Angeles"),
    ]
    tail = (
        f'<h2>{s["link_title"]}</h2>\n<p>{s["link_desc"]}</p>\n<a href="https://book.'
        'saltandember.com/index.php/appointments/index/b91d">https://book.saltandember.com/'
        "index.php/appointments/index/b91d</a>\n"
    )
    original = Mail(
        sender="Salt & Ember <bookings@saltandember.com>",
        to=addr(*cand),
        subject=s["changed"],
        sent=at("America/Los_Angeles", 2026, 10, 29, 16, 45),
        html=ea_html(s["changed"], s["saved"], s["details"], rows, tail),
    )
    make = maker(
        fam,
        tpl.format(
            view="appointment_saved_email.php",
            lang="english",
            commit="(index version, not pinned)",
        ),
        lic,
    )
    fwd = forward(original, "gmail", "en", cand, at("America/Los_Angeles", 2026, 10, 29, 18, 0))
    cases.append(
        make(
            "changed_en_fwd_gmail_dst_end",
            fwd,
            kind="invitation",
            omit_kind=True,
            language="en",
            start=start,
            end=end,
            timezone="America/Los_Angeles",
            company="Salt & Ember",
            role="Line Cook",
            original_sender="bookings@saltandember.com",
            note="Gmail forward of an Easy!Appointments change notice sent in PDT for a slot "
            "after the 1 Nov switch to PST; '11/02/2026 2:00 pm'.",
        )
    )
    # English cancellation.
    start = at("America/Los_Angeles", 2026, 11, 2, 14, 0)
    end = start + timedelta(minutes=45)
    rows = rows[:4]
    mail = Mail(
        sender="Salt & Ember <bookings@saltandember.com>",
        to=addr(*cand),
        subject=s["cancelled"],
        sent=at("America/Los_Angeles", 2026, 10, 31, 8, 12),
        html=ea_html(
            s["cancelled"],
            s["removed"],
            s["details"],
            rows,
            f"<h2>{s['reason']}</h2>\n<p>Chef Reyes is out sick; we will send new times.</p>\n",
        ),
    )
    make = maker(
        fam,
        tpl.format(
            view="appointment_deleted_email.php",
            lang="english",
            commit="(index version, not pinned)",
        ),
        lic,
    )
    cases.append(
        make(
            "deleted_en",
            mail,
            kind="cancellation",
            language="en",
            start=start,
            end=end,
            tz_stated=False,
            company="Salt & Ember",
            note="Easy!Appointments cancellation with a reason; US date and 12-hour time, no zone.",
        )
    )
    return cases


@family
def pretix_cases() -> list[Case]:
    fam = "pretix"
    make = maker(
        fam,
        "pretix/pretix:src/pretix/base/settings.py (mail_text_order_placed, mail_text_order_free, "
        "mail_text_order_placed_require_approval)@(index version, not pinned)",
        "AGPL-3.0 with additional terms (pretix)",
    )
    cases: list[Case] = []
    event = "Career Fair Rhein-Main 2026"
    signature = (
        "\n\n-- \nCareer Fair Rhein-Main 2026 · Wednesday, 24 June 2026, 10:00–17:00 · "
        "Jahrhunderthalle Frankfurt\nMeet 80 employers, bring your CV!"
    )
    cand = who("de")
    text = (
        f"Hello,\n\nwe successfully received your order for {event} with a total value\n"
        "of EUR 12.00. Please complete your payment before 2026-06-10.\n\n"
        "Please transfer the amount to IBAN DE12 5001 0517 0648 4898 90, reference WQ7KX.\n\n"
        "You can change your order details and view the status of your order at\n"
        "https://tickets.karrieremesse-rheinmain.de/rheinmain/2026/order/WQ7KX/c3a9/\n\n"
        f"Best regards,\nYour {event} team" + signature + "\n"
    )
    cases.append(
        make(
            "order_placed_en",
            Mail(
                sender=f"{event} <tickets@karrieremesse-rheinmain.de>",
                to=cand[1],
                subject="Your order: WQ7KX",
                sent=at("Europe/Berlin", 2026, 6, 3, 19, 40),
                text=text,
            ),
            kind="not_invitation",
            language="en",
            note="pretix order confirmation for a career fair ticket: an event date and a "
            "payment deadline, no interview.",
        )
    )
    text = (
        f"Hello,\n\nyour order for {event} was successful. As you only ordered free products,\n"
        "no payment is required.\n\nYou can change your order details and view the status of "
        "your order at\nhttps://tickets.karrieremesse-rheinmain.de/rheinmain/2026/order/PL3MZ/"
        f"9be1/\n\nBest regards,\nYour {event} team" + signature + "\n"
    )
    cases.append(
        make(
            "order_free_en",
            Mail(
                sender=f"{event} <tickets@karrieremesse-rheinmain.de>",
                to=who("en")[1],
                subject="Your order: PL3MZ",
                sent=at("Europe/Berlin", 2026, 6, 1, 8, 5),
                text=text,
            ),
            kind="not_invitation",
            language="en",
            note="pretix free-ticket confirmation; the event's date and hours sit in the "
            "organiser signature.",
        )
    )
    text = (
        "Hello,\n\nwe successfully received your order for Speed Interviews – Women in Tech "
        "Night. Since you ordered\na product that requires approval by the event organizer, "
        "we ask you to\nbe patient and wait for our next email.\n\nYou can change your order "
        "details and view the status of your order at\nhttps://pretix.eu/witnight/lisbon26/order"
        "/R8D2Q/71ac/\n\nBest regards,\nYour Speed Interviews – Women in Tech Night team\n\n-- \n"
        "Thursday 15 October 2026, 18:30 WEST, LX Factory, Lisbon\n"
    )
    cases.append(
        make(
            "order_require_approval_en",
            Mail(
                sender="Women in Tech Night <tickets@pretix.eu>",
                to=who("pt")[1],
                subject="Your order: R8D2Q",
                sent=at("Europe/Lisbon", 2026, 9, 30, 22, 14),
                text=text,
            ),
            kind="not_invitation",
            language="en",
            note="pretix order awaiting approval for a 'speed interviews' evening: interview "
            "vocabulary and a dated event, but no confirmed appointment.",
        )
    )
    return cases


@family
def gitlab_cases() -> list[Case]:
    fam = "gitlab"
    make = maker(
        fam,
        "gitlabhq/gitlabhq:app/views/notify/issue_due_email.text.erb"
        "@5f39f9b30853291ec83df2383cd2e7863b72fb27",
        "MIT (GitLab CE)",
    )
    cases: list[Case] = []
    text = (
        "An Issue had its due date updated.\n\n"
        "Issue 214: https://gitlab.corvid-robotics.dev/people/hiring/-/issues/214\n"
        "Author:    Nadia Petrova\nAssignee:  Jordan Ellis\nNew Due Date: 2026-06-24\n\n"
        "Schedule the on-site interview for the Firmware Engineer candidate. Panel is free on "
        "Wednesday 24 June between 10:00 and 12:00; book room Tesla and send the invite.\n"
    )
    cases.append(
        make(
            "issue_due_en",
            Mail(
                sender="GitLab <gitlab@corvid-robotics.dev>",
                to=addr(*who("en")),
                subject="Hiring | Schedule on-site for firmware candidate (#214)",
                sent=at("Europe/Berlin", 2026, 6, 16, 10, 2),
                text=text,
                headers={"X-GitLab-Project": "hiring", "X-GitLab-NotificationReason": "assigned"},
            ),
            kind="not_invitation",
            language="en",
            note="GitLab due-date notification for a task about scheduling an interview: "
            "a date and a time window, but the mail is a ticket update, not an invitation.",
        )
    )
    text = (
        "An Issue had its due date updated.\n\n"
        "Issue 58: https://git.kestrel-labs.io/recruiting/pipeline/-/issues/58\n"
        "Author:    Omar Haddad\nAssignee:  Omar Haddad\nNew Due Date: 2026-09-03\n\n"
        "Send rejection emails to all candidates interviewed on 2026-08-27 (14:00-16:00 "
        "slots).\n"
    )
    cases.append(
        make(
            "issue_due_rejections_en",
            Mail(
                sender="GitLab <noreply@git.kestrel-labs.io>",
                to="Omar Haddad <omar@kestrel-labs.io>",
                subject="pipeline | Send rejections for 27 Aug interviews (#58)",
                sent=at("Asia/Dubai", 2026, 8, 28, 9, 30),
                text=text,
            ),
            kind="not_invitation",
            language="en",
            note="GitLab issue notification naming past interview slots.",
        )
    )
    return cases


@family
def zulip_cases() -> list[Case]:
    fam = "zulip"
    make = maker(
        fam,
        "zulip/zulip:templates/zerver/emails/invitation.txt@228668ceb49b081c5260c06b6696c5919da0ca23"
        " + invitation.subject.txt@4aab119d14e514e26a2158da5cc391a9c6920ddf",
        "Apache-2.0",
    )
    cases: list[Case] = []
    text = (
        "Hi there,\n\nPriya Raman (priya.raman@kestrelrobotics.com) wants you to join them on "
        "Zulip -- the team communication tool designed for productivity.\n\nTo get started, "
        "click the link below.\n    <https://kestrelrobotics.zulipchat.com/join/x7k2pq9d/>\n\n"
        "Contact us any time at support@kestrelrobotics.zulipchat.com if you run into trouble,\n"
        "have any feedback, or just want to chat!\n"
    )
    cases.append(
        make(
            "invitation_join_org_en",
            Mail(
                sender="Zulip <noreply@zulipchat.com>",
                to=who("en")[1],
                subject="Priya Raman has invited you to join Kestrel Robotics",
                sent=at("America/Los_Angeles", 2026, 7, 1, 10, 0),
                text=text,
            ),
            kind="not_invitation",
            language="en",
            note="Zulip organisation invitation: 'has invited you to join' a chat, not a meeting.",
        )
    )
    original = Mail(
        sender="Zulip <noreply@zulipchat.com>",
        to=who("es")[1],
        subject="Marta Gil has invited you to join Lumen Health",
        sent=at("Europe/Madrid", 2026, 2, 10, 17, 45),
        text=text.replace(
            "Priya Raman (priya.raman@kestrelrobotics.com)", "Marta Gil (marta.gil@lumenhealth.es)"
        ).replace("kestrelrobotics", "lumenhealth"),
    )
    fwd = forward(
        original,
        "gmail",
        "es",
        who("es"),
        at("Europe/Madrid", 2026, 2, 10, 18, 3),
        note="Me invitan al chat del equipo antes de la entrevista del jueves 12 a las 10:00.",
    )
    cases.append(
        make(
            "invitation_join_org_es_fwd_note",
            fwd,
            kind="not_invitation",
            language="es",
            original_sender="noreply@zulipchat.com",
            note="Gmail (es) forward of a Zulip invitation; the candidate's own note mentions "
            "an interview time, but what was forwarded is a chat invitation.",
        )
    )
    return cases


@family
def bigbluebutton_cases() -> list[Case]:
    fam = "moodlebbb"
    tpl = (
        "moodle mod_bigbluebuttonbn: classes/locallib/notifier.php (htmlmsg_instance_updated)"
        " + lang/{lang}/bigbluebuttonbn.php (email_body_notification_meeting_*)"
        "@(index version, not pinned)"
    )
    lic = "GPL-3.0-or-later (Moodle plugin)"
    cases: list[Case] = []
    strings = {
        "en": (
            "has been",
            "Details",
            "Title",
            "Description",
            "Start date",
            "End date",
            "by",
            "This automatic notification message was sent by",
            "from the course",
        ),
        "it": (
            "è stato",
            "Dettagli",
            "Titolo",
            "Descrizione",
            "Data di inizio",
            "Data di fine",
            "da",
            "Questa notifica automatica è stata inviata da",
            "dal corso",
        ),
        "pt": (
            "foi",
            "Detalhes",
            "Título",
            "Descrição",
            "Data de início",
            "Data de fim",
            "por",
            "Esta notificação automática foi enviada por",
            "do curso",
        ),
    }

    def body(
        lang: str,
        link: str,
        title: str,
        desc: str,
        opens: str,
        closes: str,
        action: str,
        owner: str,
        course: str,
    ) -> str:
        s = strings[lang]
        return (
            f'<p>BigBlueButton <b><a href="{link}">{title}</a></b> {s[0]} {action}.</p>\n'
            f'<p>{s[1]}:\n<table border="0" style="margin: 5px 0 0 20px"><tbody>\n'
            f'<tr><td style="font-weight:bold;color:#555;">{s[2]}: </td><td>\n{title}</td></tr>\n'
            f'<tr><td style="font-weight:bold;color:#555;">{s[3]}: </td><td>\n{desc}</td></tr>\n'
            f'<tr><td style="font-weight:bold;color:#555;">{s[4]}: </td><td>\n{opens}</td></tr>\n'
            f'<tr><td style="font-weight:bold;color:#555;">{s[5]}: </td><td>\n{closes}</td></tr>\n'
            f'<tr><td style="font-weight:bold;color:#555;">{action} {s[6]}: </td><td>\n{owner}'
            "</td></tr></tbody></table></p>\n"
            f"<p><hr/><br/>{s[7]} {owner} {s[8]} {course}.</p>"
        )

    # English: room created with opening/closing times.
    cand = who("en")
    start = at("Europe/Dublin", 2026, 7, 15, 14, 0)
    end = at("Europe/Dublin", 2026, 7, 15, 15, 0)
    link = "https://learn.brightwave.ie/mod/bigbluebuttonbn/view.php?id=5521"
    html = body(
        "en",
        link,
        "Final interview – Cloud Support Engineer",
        "Video interview with the support team leads.",
        f"{start.day:02d} {month('en', start)} {start.year}, {ampm(start, upper=True, pad=True)}",
        f"{end.day:02d} {month('en', end)} {end.year}, {ampm(end, upper=True, pad=True)}",
        "Created",
        "Aoife Byrne",
        "Brightwave Hiring 2026",
    )
    make = maker(fam, tpl.format(lang="en"), lic)
    cases.append(
        make(
            "created_en",
            Mail(
                sender="Aoife Byrne (via Brightwave Learning) <noreply@learn.brightwave.ie>",
                to=addr(*cand),
                subject="New message from Aoife Byrne",
                sent=at("Europe/Dublin", 2026, 7, 8, 11, 20),
                html=html,
            ),
            kind="invitation",
            language="en",
            start=start,
            end=end,
            tz_stated=False,
            company="Brightwave",
            role="Cloud Support Engineer",
            note="Moodle BigBlueButton activity notification: 'Start date 15 July 2026, 02:00 "
            "PM' / 'End date'; no zone; subject is Moodle's generic 'New message from'.",
        )
    )
    # Italian: edited.
    cand = who("it")
    start = at("Europe/Rome", 2026, 3, 26, 9, 30)
    end = at("Europe/Rome", 2026, 3, 26, 10, 15)
    link = "https://formazione.vetreriaadriatica.it/mod/bigbluebuttonbn/view.php?id=88"
    html = body(
        "it",
        link,
        "Colloquio – Addetta marketing",
        "Colloquio conoscitivo online.",
        f"{start.day:02d} {month('it', start)} {start.year}, {hm(start)}",
        f"{end.day:02d} {month('it', end)} {end.year}, {hm(end)}",
        "Modificato",
        "Francesca Riva",
        "Selezione 2026",
    )
    make = maker(fam, tpl.format(lang="it"), lic)
    cases.append(
        make(
            "edited_it",
            Mail(
                sender="Francesca Riva (tramite Vetreria Adriatica) "
                "<noreply@formazione.vetreriaadriatica.it>",
                to=addr(*cand),
                subject="Nuovo messaggio da Francesca Riva",
                sent=at("Europe/Rome", 2026, 3, 20, 17, 5),
                html=html,
            ),
            kind="invitation",
            omit_kind=True,
            language="it",
            start=start,
            end=end,
            tz_stated=False,
            role="Addetta marketing",
            note="Moodle BBB 'è stato Modificato': current times only, so kind is not "
            "labelled; sent in CET for a CET slot (DST starts 29 March).",
        )
    )
    # Portuguese: edited, forwarded by Outlook.
    cand = who("pt")
    start = at("America/Sao_Paulo", 2026, 5, 6, 15, 0)
    end = at("America/Sao_Paulo", 2026, 5, 6, 16, 0)
    link = "https://ead.solnascente.com.br/mod/bigbluebuttonbn/view.php?id=1204"
    html = body(
        "pt",
        link,
        "Entrevista final – Analista de Dados",
        "Entrevista com a gestora da área.",
        f"{start.day:02d} de {month('pt', start)} de {start.year}, {hm(start)}",
        f"{end.day:02d} de {month('pt', end)} de {end.year}, {hm(end)}",
        "Criado",
        "Juliana Prado",
        "Processo seletivo 2026",
    )
    original = Mail(
        sender="Juliana Prado (via Sol Nascente EAD) <noreply@ead.solnascente.com.br>",
        to=addr(*cand),
        subject="Nova mensagem de Juliana Prado",
        sent=at("America/Sao_Paulo", 2026, 4, 29, 10, 0),
        html=html,
    )
    make = maker(fam, tpl.format(lang="pt_br"), lic)
    fwd = forward(original, "outlook", "pt", cand, at("America/Sao_Paulo", 2026, 4, 29, 12, 30))
    cases.append(
        make(
            "created_pt_fwd_outlook",
            fwd,
            kind="invitation",
            language="pt-BR",
            start=start,
            end=end,
            tz_stated=False,
            role="Analista de Dados",
            original_sender="noreply@ead.solnascente.com.br",
            note="Outlook (pt-BR) forward ('ENC:', De/Enviado/Para/Assunto) of a Moodle BBB "
            "notification: 'Data de início 06 de maio de 2026, 15:00'; no zone.",
        )
    )
    # English: recording ready (negative).
    html = "<p>Recording of &quot;Final interview – Cloud Support Engineer&quot; is ready.</p>"
    make = maker(
        fam,
        tpl.format(lang="en").replace("htmlmsg_instance_updated", "htmlmsg_recording_ready"),
        lic,
    )
    cases.append(
        make(
            "recording_ready_en",
            Mail(
                sender="Admin User (via Brightwave Learning) <noreply@learn.brightwave.ie>",
                to=addr(*who("en")),
                subject="New message from Admin User",
                sent=at("Europe/Dublin", 2026, 7, 15, 16, 40),
                html=html,
            ),
            kind="not_invitation",
            language="en",
            note="BigBlueButton 'recording is ready' notice for an interview that already "
            "happened.",
        )
    )
    return cases


CALCOM_SOURCE = (
    "calcom/cal.com:packages/emails/templates/{tpl} (title/subject keys {keys}); English strings "
    "from apps/web/public/static/locales/en/common.json recalled, not re-read@(index version)"
)


@family
def calcom_cases() -> list[Case]:
    fam = "calcom"
    lic = "AGPL-3.0 (cal.com, outside /ee)"
    cases: list[Case] = []

    def when(start: datetime, end: datetime, zone: str) -> str:
        return (
            f"{start.strftime('%A, %B')} {start.day}, {start.year} | "
            f"{ampm(start, space=False)} - {ampm(end, space=False)} ({zone})"
        )

    cand = who("en")
    start = at("America/New_York", 2026, 6, 24, 10, 0)
    end = start + timedelta(minutes=30)
    title = "Intro call: Platform Engineer between Ferncliff Labs and Jordan Ellis"
    text = (
        "Updated - Your event has been rescheduled\nYou and any other attendees have been "
        f"emailed with this information.\n\nWhat:\n{title}\nWhen:\n"
        f"{when(start, end, 'America/New_York')}\nWhere:\nhttps://app.cal.com/video/"
        "q2Xb7LmN4cVw\n\nNeed to make a change? Reschedule or Cancel\n"
        "https://app.cal.com/reschedule/q2Xb7LmN4cVw\n"
    )
    make = maker(
        fam,
        CALCOM_SOURCE.format(
            tpl="attendee-rescheduled-email.ts",
            keys="event_has_been_rescheduled, event_type_has_been_rescheduled_on_time_date",
        ),
        lic,
    )
    cases.append(
        make(
            "rescheduled_en",
            Mail(
                sender="Ferncliff Labs <no-reply@cal.com>",
                to=addr(*cand),
                subject=f"Rescheduled: {title} at {ampm(start, space=False)} - "
                f"{ampm(end, space=False)}, {start.strftime('%A, %B')} {start.day}, {start.year}",
                sent=at("America/New_York", 2026, 6, 19, 14, 22),
                text=text,
            ),
            kind="reschedule",
            language="en",
            start=start,
            end=end,
            timezone="America/New_York",
            company="Ferncliff Labs",
            role="Platform Engineer",
            meeting_url="https://app.cal.com/video/q2Xb7LmN4cVw",
            note="cal.com attendee rescheduled mail (text part): What/When/Where blocks, "
            "'10:00am - 10:30am (America/New_York)'.",
        )
    )
    # Rescheduled with event.ics in UTC.
    cand = who("in")
    start = at("Asia/Kolkata", 2026, 8, 20, 18, 30)
    end = start + timedelta(minutes=45)
    title = "Technical interview between Zephyr Cloud and Ananya Iyer"
    uid = "3kWm9QpLr2xYzA8vB5nC1d"
    sent = at("Asia/Kolkata", 2026, 8, 14, 9, 5)
    ics = ical(
        prodid="-//Cal.com Inc.//Cal.com Event//EN",
        method="REQUEST",
        uid=uid,
        start=start,
        end=end,
        summary=title,
        organizer=("Zephyr Cloud", "talent@zephyrcloud.io"),
        attendee=(cand[0], cand[1]),
        stamp=sent,
        sequence=1,
        utc=True,
        location="https://zephyrcloud.zoom.us/j/84120093321",
    )
    text = (
        "Updated - Your event has been rescheduled\nYou and any other attendees have been "
        f"emailed with this information.\n\nWhat:\n{title}\nWhen:\n"
        f"{when(start, end, 'Asia/Kolkata')}\nWhere:\nZoom\nhttps://zephyrcloud.zoom.us/j/"
        "84120093321\n"
    )
    cases.append(
        make(
            "rescheduled_ics_utc_kolkata",
            Mail(
                sender="Zephyr Cloud <no-reply@cal.com>",
                to=addr(*cand),
                subject=f"Rescheduled: {title} at {ampm(start, space=False)} - "
                f"{ampm(end, space=False)}, {start.strftime('%A, %B')} {start.day}, {start.year}",
                sent=sent,
                text=text,
                ics=ics,
                ics_method="REQUEST",
            ),
            kind="reschedule",
            language="en",
            start=start,
            end=end,
            timezone="Asia/Kolkata",
            uid=uid,
            sequence=1,
            method="REQUEST",
            company="Zephyr Cloud",
            meeting_url="https://zephyrcloud.zoom.us/j/84120093321",
            organizer_email="talent@zephyrcloud.io",
            note="cal.com reschedule with a UTC-only calendar part (SEQUENCE 1); the zone is "
            "named only in the text ('(Asia/Kolkata)').",
        )
    )
    # Cancelled.
    cand = who("en")
    start = at("Europe/London", 2026, 10, 28, 16, 0)
    end = start + timedelta(minutes=30)
    title = "Screening call between Marlow & Finch and Jordan Ellis"
    text = (
        "Your scheduled event was cancelled\nYou and any other attendees have been emailed "
        f"with this information.\n\nWhat:\n{title}\nWhen:\n{when(start, end, 'Europe/London')}\n"
        "Reason for cancellation:\nThe role has been put on hold.\n"
    )
    make = maker(
        fam,
        CALCOM_SOURCE.format(
            tpl="attendee-cancelled-email.ts",
            keys="event_request_cancelled, event_cancelled_subject",
        ),
        lic,
    )
    cases.append(
        make(
            "cancelled_en_london",
            Mail(
                sender="Marlow & Finch <no-reply@cal.com>",
                to=addr(*cand),
                subject=f"Cancelled: {title} at {start.strftime('%A, %B')} {start.day}, "
                f"{start.year}",
                sent=at("Europe/London", 2026, 10, 20, 12, 0),
                text=text,
            ),
            kind="cancellation",
            language="en",
            start=start,
            end=end,
            timezone="Europe/London",
            company="Marlow & Finch",
            note="cal.com cancellation sent in BST for a slot after the 25 Oct change (GMT).",
        )
    )
    return cases


JITSI_SOURCE = (
    "jitsi/jitsi-meet:lang/main.json (info.inviteURLFirstPartPersonal, info.inviteURLSecondPart, "
    "info.invitePhone)@003bde6cf8a2975582f1125d2ff1932119fb2065"
)


def jitsi_block(host: str, room: str, pin: str) -> str:
    url = f"https://meet.jit.si/{room}"
    return (
        f"{host} is inviting you to a meeting.\n\nJoin the meeting:\n{url}\n\n"
        f"To join by phone instead, tap this: +1.512.647.1431,,{pin}#\n"
    )


@dataclass
class JitsiVariant:
    """A recruiter's own mail around the Jitsi invite text, in one date/zone style."""

    name: str
    lang: str
    company: str
    host: str
    host_email: str
    subject: str
    lines: Callable[[datetime, datetime], str]
    start: datetime
    minutes: int | None
    sent: datetime
    timezone: str | None = None
    tz_stated: bool = True
    kind: str = "invitation"
    role: str | None = None
    forward_style: str | None = None
    html_only_time: bool = False
    note: str = ""


def _jitsi_variants() -> list[JitsiVariant]:
    v: list[JitsiVariant] = []
    v.append(
        JitsiVariant(
            "ist_en",
            "en",
            "Sahyadri Fintech",
            "Meera Kulkarni",
            "meera.k@sahyadrifintech.in",
            "Interview confirmation – Risk Analyst",
            lambda s, e: (
                f"Your interview is confirmed for {s:%a, %d %b %Y}, {ampm(s, upper=True)} – "
                f"{ampm(e, upper=True)} IST.\n"
            ),
            at("Asia/Kolkata", 2026, 3, 5, 11, 0),
            45,
            at("Asia/Kolkata", 2026, 2, 27, 16, 2),
            timezone="Asia/Kolkata",
            role="Risk Analyst",
            note="'Thu, 05 Mar 2026, 11:00 AM – 11:45 AM IST' in an Indian company's mail.",
        )
    )
    v.append(
        JitsiVariant(
            "sgt_en_date_time_labels",
            "en",
            "Merlion Logistics",
            "Wei Ling Tan",
            "weiling.tan@merlionlogistics.sg",
            "Interview: Operations Executive",
            lambda s, e: (
                f"Date: {s:%d/%m/%Y}\nTime: {ampm(s, space=False)} – {ampm(e, space=False)} SGT\n"
            ),
            at("Asia/Singapore", 2026, 6, 24, 14, 30),
            45,
            at("Asia/Singapore", 2026, 6, 18, 9, 15),
            timezone="Asia/Singapore",
            role="Operations Executive",
            note="'Date: 24/06/2026' and 'Time: 2:30pm – 3:15pm SGT' on separate label lines.",
        )
    )
    v.append(
        JitsiVariant(
            "aest_en",
            "en",
            "Wattle & Gum Studio",
            "Chloe Barker",
            "chloe@wattleandgum.com.au",
            "Video interview – UX Researcher",
            lambda s, e: (
                f"When: {weekday('en', s)} {s.day} {month('en', s)} {s.year}, "
                f"{s:%-I:%M}–{e:%-I:%M} am AEST\n"
            ),
            at("Australia/Sydney", 2026, 5, 12, 9, 0),
            45,
            at("Australia/Sydney", 2026, 5, 6, 13, 40),
            role="UX Researcher",
            note="'9:00–9:45 am AEST' (zone abbreviation shared by Sydney and Brisbane; no "
            "timezone label).",
        )
    )
    v.append(
        JitsiVariant(
            "aedt_en_fwd_gmail",
            "en",
            "Wattle & Gum Studio",
            "Chloe Barker",
            "chloe@wattleandgum.com.au",
            "Second interview – UX Researcher",
            lambda s, e: (
                f"Your second interview is booked for {weekday('en', s)} {s.day} "
                f"{month('en', s)} at {s:%-I}pm AEDT. It will run for about an hour.\n"
            ),
            at("Australia/Sydney", 2026, 11, 4, 16, 0),
            None,
            at("Australia/Sydney", 2026, 10, 28, 10, 5),
            role="UX Researcher",
            forward_style="gmail",
            note="Prose 'Wednesday 4 November at 4pm AEDT', year from the Date: header, "
            "'about an hour' (approximate: no end label); Gmail forward.",
        )
    )
    v.append(
        JitsiVariant(
            "wib_id",
            "id",
            "Cahaya Digital",
            "Dimas Pratama",
            "dimas@cahayadigital.co.id",
            "Undangan Interview – Frontend Developer",
            lambda s, e: (
                f"Hari/Tanggal: {weekday('id', s)}, {s.day} {month('id', s)} {s.year}\n"
                f"Waktu: {s:%H.%M}–{e:%H.%M} WIB\n"
            ),
            at("Asia/Jakarta", 2026, 7, 9, 10, 0),
            60,
            at("Asia/Jakarta", 2026, 7, 3, 14, 20),
            timezone="Asia/Jakarta",
            role="Frontend Developer",
            note="Indonesian 'Hari/Tanggal' / 'Waktu: 10.00–11.00 WIB' (dot as time separator).",
        )
    )
    v.append(
        JitsiVariant(
            "wita_id",
            "id",
            "Samudra Timur",
            "Ayu Lestari",
            "ayu.lestari@samudratimur.co.id",
            "Jadwal wawancara – Staf Keuangan",
            lambda s, e: (
                f"Wawancara akan dilaksanakan pada hari {weekday('id', s)}, {s.day} "
                f"{month('id', s)} {s.year} pukul {s:%H.%M} WITA (durasi 30 menit).\n"
            ),
            at("Asia/Makassar", 2026, 4, 14, 13, 30),
            30,
            at("Asia/Makassar", 2026, 4, 8, 8, 45),
            timezone="Asia/Makassar",
            role="Staf Keuangan",
            note="'pukul 13.30 WITA (durasi 30 menit)': Central Indonesian time, duration only.",
        )
    )
    v.append(
        JitsiVariant(
            "brasilia_ptbr",
            "pt",
            "Cafeeira Minas",
            "Fernanda Lima",
            "fernanda@cafeeiraminas.com.br",
            "Convite para entrevista – Analista de Marketing",
            lambda s, e: f"Data: {s:%d/%m/%Y}\nHorário: {s:%H}h às {e:%H}h (horário de Brasília)\n",
            at("America/Sao_Paulo", 2026, 8, 18, 14, 0),
            60,
            at("America/Sao_Paulo", 2026, 8, 12, 11, 0),
            timezone="America/Sao_Paulo",
            role="Analista de Marketing",
            note="'Horário: 14h às 15h (horário de Brasília)'.",
        )
    )
    v.append(
        JitsiVariant(
            "brt_ptbr_fwd_outlook",
            "pt",
            "Cafeeira Minas",
            "Fernanda Lima",
            "fernanda@cafeeiraminas.com.br",
            "Entrevista com a diretoria",
            lambda s, e: (
                f"Sua entrevista com a diretoria será na {weekday('pt', s)}, {s.day} de "
                f"{month('pt', s)}, às {s:%H:%M} BRT.\n"
            ),
            at("America/Sao_Paulo", 2026, 9, 1, 9, 30),
            None,
            at("America/Sao_Paulo", 2026, 8, 25, 17, 10),
            forward_style="outlook",
            note="'terça-feira, 1 de setembro, às 09:30 BRT' without a year; Outlook (pt) "
            "forward; BRT is an offset abbreviation, so no timezone label.",
        )
    )
    v.append(
        JitsiVariant(
            "mez_de",
            "de",
            "Elbtal Maschinenbau",
            "Frank Seidel",
            "f.seidel@elbtal-mb.de",
            "Einladung zum Vorstellungsgespräch – Konstrukteur (m/w/d)",
            lambda s, e: (
                f"gerne laden wir Sie am {weekday('de', s)}, {s.day}. {month('de', s)} "
                f"{s.year}, {s:%H:%M}–{e:%H:%M} Uhr (MEZ) zu einem Videogespräch ein.\n"
            ),
            at("Europe/Berlin", 2026, 2, 10, 15, 0),
            30,
            at("Europe/Berlin", 2026, 2, 3, 10, 0),
            role="Konstrukteur",
            note="'15:00–15:30 Uhr (MEZ)' in prose.",
        )
    )
    v.append(
        JitsiVariant(
            "mesz_de_html_only_time",
            "de",
            "Elbtal Maschinenbau",
            "Frank Seidel",
            "f.seidel@elbtal-mb.de",
            "Zweites Gespräch – Konstrukteur (m/w/d)",
            lambda s, e: (
                f"<table><tr><td>Datum:</td><td>{s:%d.%m.%Y}</td></tr><tr><td>Uhrzeit:</td>"
                f"<td>{s:%H:%M}–{e:%H:%M} Uhr MESZ</td></tr></table>"
            ),
            at("Europe/Berlin", 2026, 6, 24, 14, 0),
            45,
            at("Europe/Berlin", 2026, 6, 16, 9, 30),
            role="Konstrukteur",
            html_only_time=True,
            note="Date and time only in the HTML alternative (table 'Datum'/'Uhrzeit', "
            "'14:00–14:45 Uhr MESZ'); the text part says to see the HTML version.",
        )
    )
    v.append(
        JitsiVariant(
            "pacific_la_en",
            "en",
            "Redwood Canopy",
            "Tyler Brooks",
            "tyler@redwoodcanopy.com",
            "Invitation: Phone screen – Backend Engineer",
            lambda s, e: (
                f"{s.strftime('%A, %B')} {s.day}, {s.year} ⋅ {s:%-I:%M} – "
                f"{ampm(e, space=False)} (Pacific Time - Los Angeles)\n"
            ),
            at("America/Los_Angeles", 2026, 7, 20, 10, 0),
            30,
            at("America/Los_Angeles", 2026, 7, 14, 12, 12),
            timezone="America/Los_Angeles",
            role="Backend Engineer",
            note="Calendar-style line '10:00 – 10:30am (Pacific Time - Los Angeles)' in July.",
        )
    )
    v.append(
        JitsiVariant(
            "central_time_en",
            "en",
            "Prairie Wind Insurance",
            "Kelsey Olson",
            "kelsey.olson@prairiewind.com",
            "Interview – Claims Adjuster",
            lambda s, e: (
                f"We'd like to meet on {s.strftime('%A, %B')} {s.day} at "
                f"{ampm(s, upper=True)} Central Time for 45 minutes.\n"
            ),
            at("America/Chicago", 2026, 10, 1, 15, 0),
            45,
            at("America/Chicago", 2026, 9, 24, 8, 30),
            role="Claims Adjuster",
            note="'3:00 PM Central Time for 45 minutes', year from the Date: header.",
        )
    )
    v.append(
        JitsiVariant(
            "windows_display_kolkata_en",
            "en",
            "Tarang Systems",
            "Rohan Mehta",
            "rohan.mehta@tarangsystems.in",
            "Interview: Graduate Trainee – HR round",
            lambda s, e: (
                f"When: {s.strftime('%A, %B')} {s.day}, {s.year} {ampm(s, upper=True)}-"
                f"{ampm(e, upper=True)} (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.\n"
            ),
            at("Asia/Kolkata", 2026, 7, 16, 11, 30),
            30,
            at("Asia/Kolkata", 2026, 7, 10, 18, 0),
            timezone="Asia/Kolkata",
            role="Graduate Trainee",
            note="Outlook-style 'When:' line with the Windows display name, pasted by hand.",
        )
    )
    v.append(
        JitsiVariant(
            "gmt_plus2_fr",
            "fr",
            "Maison Verdier",
            "Claire Verdier",
            "claire@maisonverdier.fr",
            "Entretien visio – Responsable e-commerce",
            lambda s, e: f"Date : {s:%d/%m/%Y}\nHeure : {s:%H:%M} (GMT+2)\nDurée : 45 minutes\n",
            at("Europe/Paris", 2026, 9, 8, 11, 0),
            45,
            at("Europe/Paris", 2026, 9, 1, 15, 0),
            role="Responsable e-commerce",
            note="'Heure : 11:00 (GMT+2)' and a duration line; offset label only.",
        )
    )
    v.append(
        JitsiVariant(
            "utc_minus3_es",
            "es",
            "Pampa Agro",
            "Julián Ferreyra",
            "jferreyra@pampaagro.com.ar",
            "Entrevista – Analista de Datos",
            lambda s, e: (
                f"Fecha: {weekday('es', s)} {s.day} de {month('es', s)} de {s.year}\n"
                f"Hora: {s:%H:%M} a {e:%H:%M} (UTC−3)\n"
            ),
            at("America/Argentina/Buenos_Aires", 2026, 5, 19, 9, 30),
            60,
            at("America/Argentina/Buenos_Aires", 2026, 5, 13, 16, 40),
            role="Analista de Datos",
            note="'(UTC−3)' written with U+2212 MINUS SIGN.",
        )
    )
    v.append(
        JitsiVariant(
            "iana_lisbon_en",
            "en",
            "Atlântico Software",
            "Inês Carvalho",
            "ines.carvalho@atlantico.pt",
            "Technical interview – Android Developer",
            lambda s, e: (
                f"Start: {s:%Y-%m-%d %H:%M}\nEnd: {e:%Y-%m-%d %H:%M}\nTimezone: Europe/Lisbon\n"
            ),
            at("Europe/Lisbon", 2026, 9, 15, 16, 0),
            60,
            at("Europe/Lisbon", 2026, 9, 9, 10, 10),
            timezone="Europe/Lisbon",
            role="Android Developer",
            note="ISO-like 'Start … End … Timezone: Europe/Lisbon' block.",
        )
    )
    v.append(
        JitsiVariant(
            "no_zone_es",
            "es",
            "Hostal del Sur",
            "Rocío Medina",
            "rocio@hostaldelsur.es",
            "Entrevista para recepcionista",
            lambda s, e: f"Fecha: {s:%d/%m/%Y}\nHora: {s:%H:%M}\n",
            at("Europe/Madrid", 2026, 6, 24, 10, 0),
            None,
            at("Europe/Madrid", 2026, 6, 19, 13, 5),
            tz_stated=False,
            role="recepcionista",
            note="'Fecha: 24/06/2026' / 'Hora: 10:00' with no zone at all.",
        )
    )
    v.append(
        JitsiVariant(
            "ora_italiana_it",
            "it",
            "Ceramiche Toscane",
            "Paolo Neri",
            "p.neri@ceramichetoscane.it",
            "Colloquio – Responsabile commerciale",
            lambda s, e: f"Data: {s:%d/%m/%Y}\nOra: {s:%H:%M}–{e:%H:%M} (ora italiana)\n",
            at("Europe/Rome", 2026, 10, 27, 15, 0),
            60,
            at("Europe/Rome", 2026, 10, 20, 12, 0),
            timezone="Europe/Rome",
            role="Responsabile commerciale",
            note="'(ora italiana)' for a slot two days after the October change (CET), sent "
            "in CEST.",
        )
    )
    v.append(
        JitsiVariant(
            "nl_datum_tijd",
            "nl",
            "Polder Mobility",
            "Bram Visser",
            "bram@poldermobility.nl",
            "Uitnodiging sollicitatiegesprek – Data Engineer",
            lambda s, e: f"Datum: {s:%d-%m-%Y}\nTijd: {s:%H:%M} - {e:%H:%M} uur\n",
            at("Europe/Amsterdam", 2026, 3, 3, 14, 0),
            45,
            at("Europe/Amsterdam", 2026, 2, 24, 9, 0),
            tz_stated=False,
            role="Data Engineer",
            note="'Datum: 03-03-2026' / 'Tijd: 14:00 - 14:45 uur', no zone.",
        )
    )
    v.append(
        JitsiVariant(
            "pl_czasu_polskiego",
            "pl",
            "Wisła Software",
            "Tomasz Zieliński",
            "t.zielinski@wislasoftware.pl",
            "Zaproszenie na rozmowę – Tester",
            lambda s, e: (
                f"Termin: {s.day} {month('pl', s)} {s.year} r., godz. {s:%H:%M}–{e:%H:%M} "
                "(czasu polskiego)\n"
            ),
            at("Europe/Warsaw", 2026, 6, 24, 10, 0),
            45,
            at("Europe/Warsaw", 2026, 6, 17, 11, 0),
            timezone="Europe/Warsaw",
            role="Tester",
            note="Polish genitive month, 'godz. 10:00–10:45 (czasu polskiego)'.",
        )
    )
    v.append(
        JitsiVariant(
            "ja_slash_date",
            "ja",
            "株式会社さくらテック",
            "山本 健",
            "k.yamamoto@sakuratech.co.jp",
            "【面接のご案内】バックエンドエンジニア",
            lambda s, e: (
                f"日時：{s:%Y/%m/%d}（{'月火水木金土日'[s.weekday()]}）{s:%H:%M}〜{e:%H:%M}（JST）\n"
            ),
            at("Asia/Tokyo", 2026, 6, 24, 15, 0),
            60,
            at("Asia/Tokyo", 2026, 6, 15, 10, 30),
            timezone="Asia/Tokyo",
            role="バックエンドエンジニア",
            note="'2026/06/24（水）15:00〜16:00（JST）' with full-width punctuation.",
        )
    )
    v.append(
        JitsiVariant(
            "sv_no_zone_fwd_apple",
            "sv",
            "Fjällräv Data",
            "Karin Berg",
            "karin.berg@fjallravdata.se",
            "Intervju – Systemutvecklare",
            lambda s, e: (
                f"Tid: {weekday('sv', s)} {s.day} {month('sv', s)} {s.year} kl. {s:%H.%M}–"
                f"{e:%H.%M}\n"
            ),
            at("Europe/Stockholm", 2026, 9, 2, 13, 0),
            45,
            at("Europe/Stockholm", 2026, 8, 26, 15, 30),
            tz_stated=False,
            role="Systemutvecklare",
            forward_style="apple",
            note="Swedish 'kl. 13.00–13.45', no zone; Apple Mail (en) forward.",
        )
    )
    v.append(
        JitsiVariant(
            "subject_only_time_en",
            "en",
            "Harbour & Kite",
            "Sam Whitfield",
            "sam@harbourandkite.co.uk",
            "Interview Thu 2 Jul 14:00 BST – Marketing Lead",
            lambda s, e: "Quick confirmation of the slot in the subject line. See you then!\n",
            at("Europe/London", 2026, 7, 2, 14, 0),
            None,
            at("Europe/London", 2026, 6, 29, 17, 0),
            role="Marketing Lead",
            note="The time is only in the subject ('Thu 2 Jul 14:00 BST'), year from Date:.",
        )
    )
    v.append(
        JitsiVariant(
            "moved_cet_en",
            "en",
            "Nordhavn Shipping",
            "Mette Larsen",
            "mette.larsen@nordhavn.dk",
            "Interview moved – Fleet Analyst",
            lambda s, e: (
                "Unfortunately we need to move your interview from Tuesday 3 February at 15:00 "
                f"to {weekday('en', s)} {s.day} {month('en', s)} at {s:%H:%M} CET. "
                "Same link as before.\n"
            ),
            at("Europe/Copenhagen", 2026, 2, 4, 10, 0),
            None,
            at("Europe/Copenhagen", 2026, 1, 30, 11, 20),
            kind="reschedule",
            role="Fleet Analyst",
            note="Prose reschedule 'from Tuesday 3 February at 15:00 to Wednesday 4 February at "
            "10:00 CET': the label is the new slot.",
        )
    )
    v.append(
        JitsiVariant(
            "new_time_sgt_en",
            "en",
            "Merlion Logistics",
            "Wei Ling Tan",
            "weiling.tan@merlionlogistics.sg",
            "New time for your interview",
            lambda s, e: (
                "Our hiring manager had a conflict, so the interview originally set for 24 June "
                f"has a new time: {s:%d/%m/%Y}, {ampm(s, space=False)} – {ampm(e, space=False)} "
                "SGT.\n"
            ),
            at("Asia/Singapore", 2026, 6, 26, 10, 0),
            45,
            at("Asia/Singapore", 2026, 6, 22, 9, 0),
            timezone="Asia/Singapore",
            kind="reschedule",
            role="Operations Executive",
            note="'has a new time: 26/06/2026, 10:00am – 10:45am SGT'.",
        )
    )
    v.append(
        JitsiVariant(
            "cancelled_de",
            "de",
            "Elbtal Maschinenbau",
            "Frank Seidel",
            "f.seidel@elbtal-mb.de",
            "Absage: Vorstellungsgespräch am 10.02.2026",
            lambda s, e: (
                f"leider müssen wir das Gespräch am {s:%d.%m.%Y} um {s:%H:%M} Uhr absagen. "
                "Wir melden uns mit einem neuen Terminvorschlag.\n"
            ),
            at("Europe/Berlin", 2026, 2, 10, 15, 0),
            None,
            at("Europe/Berlin", 2026, 2, 6, 16, 45),
            tz_stated=False,
            kind="cancellation",
            note="Text-only cancellation of the 10.02.2026 15:00 slot; no zone stated.",
        )
    )
    v.extend(_more_jitsi_variants())
    return v


def _more_jitsi_variants() -> list[JitsiVariant]:
    """Further date styles, reschedules, a cancellation and a thank-you after the fact."""
    v: list[JitsiVariant] = []
    v.append(
        JitsiVariant(
            "us_slash_et_en",
            "en",
            "Copperline Health",
            "Dana Ruiz",
            "dana.ruiz@copperline.health",
            "Interview scheduled – Clinical Data Coordinator",
            lambda s, e: f"Date: {s.month}/{s.day}/{s.year}\nTime: {s:%-I}am – {e:%-I}am ET\n",
            at("America/New_York", 2026, 6, 24, 10, 0),
            60,
            at("America/New_York", 2026, 6, 17, 16, 0),
            role="Clinical Data Coordinator",
            note="'6/24/2026' and '10am – 11am ET' (ET: no timezone label).",
        )
    )
    v.append(
        JitsiVariant(
            "de_dotted_no_zone",
            "de",
            "Stadtwerke Lindenau",
            "Petra Kühn",
            "p.kuehn@stadtwerke-lindenau.de",
            "Termin Vorstellungsgespräch – Sachbearbeiter Abrechnung",
            lambda s, e: f"Termin: {s:%d.%m.%Y}, {s:%H:%M}–{e:%H:%M} Uhr\n",
            at("Europe/Berlin", 2026, 6, 24, 14, 0),
            45,
            at("Europe/Berlin", 2026, 6, 12, 11, 0),
            tz_stated=False,
            role="Sachbearbeiter Abrechnung",
            note="'24.06.2026, 14:00–14:45 Uhr' with no zone.",
        )
    )
    v.append(
        JitsiVariant(
            "iso_offset_en",
            "en",
            "Kestrel Robotics",
            "Priya Raman",
            "priya.raman@kestrelrobotics.com",
            "Onsite loop – Firmware Engineer",
            lambda s, e: f"Start: {s.isoformat()}\nEnd: {e.isoformat()}\n",
            at("America/Los_Angeles", 2026, 3, 10, 9, 0),
            240,
            at("America/Los_Angeles", 2026, 3, 2, 10, 0),
            role="Firmware Engineer",
            note="ISO 8601 timestamps with offsets, two days after the US DST start.",
        )
    )
    v.append(
        JitsiVariant(
            "long_form_no_weekday_edt_en",
            "en",
            "Harborline",
            "Dana Whitaker",
            "dana.whitaker@harborline.io",
            "Next step: hiring manager interview",
            lambda s, e: (
                f"We have you down for {s.strftime('%B')} {s.day} at {s:%-I} PM EDT with our "
                "hiring manager. Plan for 45 minutes.\n"
            ),
            at("America/New_York", 2026, 5, 20, 15, 0),
            45,
            at("America/New_York", 2026, 5, 13, 13, 0),
            note="'May 20 at 3 PM EDT', no weekday or year; 'Plan for 45 minutes'; EDT is "
            "not mapped to a timezone label.",
        )
    )
    v.append(
        JitsiVariant(
            "heure_de_paris_fr",
            "fr",
            "Atelier Garance",
            "Hélène Marchand",
            "h.marchand@atelier-garance.fr",
            "Votre entretien – Chargée de recrutement",
            lambda s, e: (
                f"Nous vous attendons le {weekday('fr', s)} {s.day} {month('fr', s)} {s.year} à "
                f"{s:%H}h{s:%M} (heure de Paris) pour un entretien d'une heure.\n"
            ),
            at("Europe/Paris", 2026, 6, 24, 14, 30),
            60,
            at("Europe/Paris", 2026, 6, 15, 10, 0),
            timezone="Europe/Paris",
            role="Chargée de recrutement",
            note="'le mercredi 24 juin 2026 à 14h30 (heure de Paris)', one hour.",
        )
    )
    v.append(
        JitsiVariant(
            "cest_it_data_e_ora",
            "it",
            "Officine Brera",
            "Giulia Ferri",
            "g.ferri@officinebrera.it",
            "Conferma colloquio – Product Designer",
            lambda s, e: (
                f"Data e ora: {s.day} {month('it', s)} {s.year} alle {s:%H:%M} CEST (durata "
                "45 minuti)\n"
            ),
            at("Europe/Rome", 2026, 6, 24, 10, 0),
            45,
            at("Europe/Rome", 2026, 6, 18, 9, 0),
            role="Product Designer",
            note="'24 giugno 2026 alle 10:00 CEST (durata 45 minuti)'.",
        )
    )
    v.append(
        JitsiVariant(
            "cancelled_es_hora_peninsular",
            "es",
            "Hostal del Sur",
            "Rocío Medina",
            "rocio@hostaldelsur.es",
            "Cancelación de la entrevista",
            lambda s, e: (
                f"queda cancelada la entrevista del {s:%d/%m/%Y} a las {s:%H:%M} (hora "
                "peninsular). Te escribiremos si se abre otra vacante.\n"
            ),
            at("Europe/Madrid", 2026, 6, 24, 10, 0),
            None,
            at("Europe/Madrid", 2026, 6, 22, 9, 0),
            timezone="Europe/Madrid",
            kind="cancellation",
            note="Text cancellation of '24/06/2026 a las 10:00 (hora peninsular)'.",
        )
    )
    v.append(
        JitsiVariant(
            "verplaatst_nl",
            "nl",
            "Polder Mobility",
            "Bram Visser",
            "bram@poldermobility.nl",
            "Gesprek verplaatst – Data Engineer",
            lambda s, e: (
                "Helaas moeten we ons gesprek van dinsdag 3 maart verplaatsen. Het gesprek is "
                f"verplaatst naar {weekday('nl', s)} {s.day} {month('nl', s)} om {s:%H:%M} uur "
                "(Nederlandse tijd).\n"
            ),
            at("Europe/Amsterdam", 2026, 3, 5, 14, 0),
            None,
            at("Europe/Amsterdam", 2026, 2, 27, 16, 0),
            timezone="Europe/Amsterdam",
            kind="reschedule",
            role="Data Engineer",
            note="'verplaatst naar donderdag 5 maart om 14:00 uur (Nederlandse tijd)'.",
        )
    )
    v.append(
        JitsiVariant(
            "remarcada_ptbr",
            "pt",
            "Cafeeira Minas",
            "Fernanda Lima",
            "fernanda@cafeeiraminas.com.br",
            "Entrevista remarcada",
            lambda s, e: (
                f"Sua entrevista foi remarcada para {s:%d/%m/%Y} às {s:%H}h (horário de "
                "Brasília), com duração de 1 hora.\n"
            ),
            at("America/Sao_Paulo", 2026, 8, 19, 10, 0),
            60,
            at("America/Sao_Paulo", 2026, 8, 14, 18, 0),
            timezone="America/Sao_Paulo",
            kind="reschedule",
            note="'remarcada para 19/08/2026 às 10h (horário de Brasília)'.",
        )
    )
    v.append(
        JitsiVariant(
            "rescheduled_from_to_ist_en",
            "en",
            "Sahyadri Fintech",
            "Meera Kulkarni",
            "meera.k@sahyadrifintech.in",
            "Rescheduled: Risk Analyst interview",
            lambda s, e: (
                "Your interview has been rescheduled from 5 March 2026, 11:00 AM IST to "
                f"{s.day} {month('en', s)} {s.year}, {ampm(s, upper=True)} IST.\n"
            ),
            at("Asia/Kolkata", 2026, 3, 6, 15, 30),
            None,
            at("Asia/Kolkata", 2026, 3, 3, 10, 0),
            timezone="Asia/Kolkata",
            kind="reschedule",
            role="Risk Analyst",
            note="'rescheduled from 5 March 2026, 11:00 AM IST to 6 March 2026, 3:30 PM IST'.",
        )
    )
    v.append(
        JitsiVariant(
            "thank_you_after_en",
            "en",
            "Redwood Canopy",
            "Tyler Brooks",
            "tyler@redwoodcanopy.com",
            "Thanks for yesterday",
            lambda s, e: (
                f"Thanks for joining the phone screen yesterday at {s:%-I:%M} PT. We will share "
                "feedback by Friday. For reference, here is the room we used:\n"
            ),
            at("America/Los_Angeles", 2026, 7, 20, 10, 0),
            None,
            at("America/Los_Angeles", 2026, 7, 21, 9, 0),
            kind="not_invitation",
            note="Thank-you after a past interview that repeats the old room link.",
        )
    )
    return v


@family
def jitsi_cases() -> list[Case]:
    fam = "jitsi"
    cases: list[Case] = []
    for index, variant in enumerate(_jitsi_variants()):
        end = variant.start + timedelta(minutes=variant.minutes) if variant.minutes else None
        negative_case = variant.kind == "not_invitation"
        cand = who(variant.lang)
        room = f"{''.join(ch for ch in variant.company.title() if ch.isalnum())}{1300 + index}"
        block = jitsi_block(variant.host, room, f"{90817 + index * 7:05d}{index:04d}")
        greeting = {
            "de": f"Sehr geehrte/r {cand[0]},\n\n",
            "fr": f"Bonjour {cand[0]},\n\n",
            "es": f"Hola {cand[0]}:\n\n",
            "pt": f"Olá {cand[0]},\n\n",
            "id": f"Halo {cand[0]},\n\n",
            "it": f"Gentile {cand[0]},\n\n",
            "nl": f"Beste {cand[0]},\n\n",
            "pl": f"Dzień dobry {cand[0]},\n\n",
            "sv": f"Hej {cand[0]},\n\n",
            "ja": f"{cand[0]} 様\n\n",
        }.get(variant.lang, f"Hi {cand[0].split()[0]},\n\n")
        legal = {"Cahaya Digital": "PT Cahaya Digital", "Samudra Timur": "PT Samudra Timur"}
        sign = f"\n{variant.host}\n{legal.get(variant.company, variant.company)}\n"
        when = variant.lines(variant.start, end or variant.start)
        html = None
        if variant.html_only_time:
            text = (
                greeting + "die Details zu Ihrem Gespräch finden Sie in der HTML-Ansicht dieser "
                "E-Mail.\n\n" + block + sign
            )
            html = (
                f"<html><body><p>{greeting.strip()}</p><p>hier die Details zu Ihrem zweiten "
                f"Gespräch:</p>{when}<pre>{block}</pre><p>{variant.host}<br>{variant.company}"
                "</p></body></html>\n"
            )
        else:
            text = greeting + when + "\n" + block + sign
        mail = Mail(
            sender=addr(variant.host, variant.host_email),
            to=addr(*cand),
            subject=variant.subject,
            sent=variant.sent,
            text=text,
            html=html,
            message_domain=variant.host_email.split("@", 1)[1],
        )
        original_sender = None
        if variant.forward_style:
            mail = forward(
                mail,
                variant.forward_style,
                "en" if variant.forward_style == "apple" else variant.lang,
                cand,
                variant.sent + timedelta(hours=3),
            )
            original_sender = variant.host_email
        cases.append(
            Case(
                fam,
                variant.name,
                mail,
                label(
                    kind=variant.kind,
                    language="pt-BR" if variant.lang == "pt" else variant.lang,
                    family=fam,
                    template=JITSI_SOURCE,
                    license_="Apache-2.0",
                    start=None if negative_case else variant.start,
                    end=end,
                    timezone=variant.timezone,
                    tz_stated=None if negative_case else variant.tz_stated,
                    company=None if variant.lang == "ja" or negative_case else variant.company,
                    role=variant.role,
                    meeting_url=None
                    if variant.kind in {"cancellation", "not_invitation"}
                    else f"https://meet.jit.si/{room}",
                    organizer_email=None
                    if variant.forward_style or negative_case
                    else variant.host_email,
                    original_sender=original_sender,
                    note="Recruiter's own mail (our text) around the Jitsi invite text. "
                    + variant.note,
                ),
            )
        )
    return cases


RALLLY_SOURCE = (
    "lukevella/rallly:packages/emails/src/templates/{tpl}@045eaaa864ea3a5720cab185c3e991df32d9433e"
    " + packages/emails/locales/{lang}/emails.json@02ecee16652e4cc91a8dc5416d8c60029bc8d3e0"
)
RALLLY_STRINGS = {
    "es": {
        "fin_heading": "¡Fecha final programada!",
        "fin_content": "{host} ha programado {title} para la siguiente fecha:",
        "fin_content2": "Por favor, encuentra adjunta una invitación de calendario para este "
        "evento.",
        "fin_subject": "Fecha programada para {title}",
        "view": "Ver evento",
        "can_heading": "Evento cancelado",
        "can_content": "{host} ha cancelado {title} que estaba programado para:",
        "can_subject": "Cancelado: {title}",
        "powered": "Con tecnología de rallly.co",
        "dows": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    },
    "en": {
        "fin_heading": "Final date booked!",
        "fin_content": "{host} has booked {title} for the following date:",
        "fin_content2": "Please find attached a calendar invite for this event.",
        "fin_subject": "Date booked for {title}",
        "view": "View Event",
        "can_heading": "Event canceled",
        "can_content": "{host} has canceled {title} that was scheduled for:",
        "can_subject": "Canceled: {title}",
        "powered": "Powered by rallly.co",
        "dows": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    },
}


@family
def rallly_cases() -> list[Case]:
    fam = "rallly"
    cases: list[Case] = []
    variants = [
        # name, lang, template, zone, start, minutes, zone label, timezone label, company, role,
        # host, with calendar part
        (
            "finalized_es_madrid_cest",
            "es",
            "finalized",
            "Europe/Madrid",
            (2026, 6, 24, 10, 0),
            60,
            "CEST",
            None,
            "Olivar Digital",
            "Diseñadora UX",
            "Marina Ortega",
            True,
        ),
        (
            "finalized_es_bogota_gmt5_fwd_gmail",
            "es",
            "finalized",
            "America/Bogota",
            (2026, 4, 9, 15, 0),
            45,
            "GMT-5",
            None,
            "Café Andino",
            "Analista financiero",
            "Andrés Gómez",
            False,
        ),
        (
            "canceled_es_mexico_cst",
            "es",
            "canceled",
            "America/Mexico_City",
            (2026, 7, 7, 11, 30),
            30,
            "CST",
            None,
            "Maíz Azul",
            "Jefe de almacén",
            "Paola Ruiz",
            False,
        ),
        (
            "finalized_en_denver_mdt",
            "en",
            "finalized",
            "America/Denver",
            (2026, 9, 17, 13, 0),
            60,
            "MDT",
            None,
            "Summit Trail Outfitters",
            "Store Manager",
            "Jake Morrison",
            True,
        ),
        (
            "canceled_en_london_bst",
            "en",
            "canceled",
            "Europe/London",
            (2026, 5, 28, 9, 0),
            45,
            "BST",
            None,
            "Thames Biotech",
            "Lab Technician",
            "Priya Shah",
            False,
        ),
        (
            "finalized_en_utc_offset_fwd_outlook",
            "en",
            "finalized",
            "Asia/Dubai",
            (2026, 11, 12, 17, 0),
            30,
            "GMT+4",
            None,
            "Falcon Ventures",
            "Investment Analyst",
            "Omar Saleh",
            False,
        ),
    ]
    for (
        name,
        lang,
        tpl,
        zone,
        ymdhm,
        minutes,
        zone_label,
        tz_label,
        company,
        role,
        host,
        with_ics,
    ) in variants:
        s = RALLLY_STRINGS[lang]
        cand = who(lang)
        start = at(zone, *ymdhm)
        end = start + timedelta(minutes=minutes)
        title = (
            f"Entrevista – {role} ({company})"
            if lang == "es"
            else f"Interview – {role} ({company})"
        )
        if lang == "es":
            date_text = f"{start.day} de {month('es', start)} de {start.year}"
        else:
            date_text = f"{start.strftime('%B')} {start.day}, {start.year}"
        if lang == "en" and zone_label in {"MDT", "GMT+4"}:
            time_text = (
                f"{ampm(start, upper=True).replace(' ', chr(0x202F))} – "
                f"{ampm(end, upper=True).replace(' ', chr(0x202F))} {zone_label}"
            )
        else:
            time_text = f"{hm(start)}–{hm(end)} {zone_label}"
        key = "fin" if tpl == "finalized" else "can"
        url = f"https://rallly.co/invite/{hashlib.sha256(name.encode()).hexdigest()[:10]}"
        content = s[f"{key}_content"].format(host=host, title=title)
        lines = [
            s[f"{key}_heading"].upper(),
            "",
            content,
            "",
            s["dows"][start.weekday()],
            "",
            str(start.day),
            "",
            date_text,
            "",
            time_text,
            "",
        ]
        if key == "fin":
            lines += [s["fin_content2"], "", f"{s['view']} [{url}]", ""]
        lines += ["-" * 72, "", s["powered"]]
        text = "\n".join(lines) + "\n"
        html = (
            f"<html><body><h1>{s[f'{key}_heading']}</h1><p>"
            + content.replace(host, f"<strong>{host}</strong>", 1).replace(
                title, f"<strong>{title}</strong>", 1
            )
            + f"</p><table><tr><td><p>{s['dows'][start.weekday()]}</p><p><b>{start.day}</b></p>"
            f"</td><td><p><b>{date_text}</b></p><p>{time_text}</p></td></tr></table>"
            + (f'<p>{s["fin_content2"]}</p><a href="{url}">{s["view"]}</a>' if key == "fin" else "")
            + f"<hr><p>{s['powered']}</p></body></html>\n"
        )
        sent = start - timedelta(days=6, hours=3)
        uid = f"{hashlib.sha256((name + 'uid').encode()).hexdigest()[:20]}@rallly.co"
        ics = None
        if with_ics:
            ics = ical(
                prodid="adamgibbons/ics",
                method="REQUEST",
                uid=uid,
                start=start,
                end=end,
                summary=title,
                organizer=(host, "noreply@rallly.co"),
                attendee=cand,
                stamp=sent,
                sequence=None,
                utc=True,
            )
        mail = Mail(
            sender="Rallly <noreply@rallly.co>",
            to=addr(*cand),
            subject=s[f"{key}_subject"].format(title=title),
            sent=sent,
            text=text,
            html=html,
            ics=ics,
            ics_method="REQUEST" if ics else None,
            ics_as_attachment="invite.ics" if ics else None,
            message_domain="rallly.co",
        )
        original_sender = None
        if "fwd_gmail" in name:
            mail = forward(mail, "gmail", lang, cand, sent + timedelta(hours=2))
            original_sender = "noreply@rallly.co"
        elif "fwd_outlook" in name:
            mail = forward(mail, "outlook", lang, cand, sent + timedelta(hours=2))
            original_sender = "noreply@rallly.co"
        template = RALLLY_SOURCE.format(
            tpl="finalized-participant.tsx" if key == "fin" else "event-canceled.tsx", lang=lang
        )
        cases.append(
            Case(
                fam,
                name,
                mail,
                label(
                    kind="invitation" if key == "fin" else "cancellation",
                    language=lang,
                    family=fam,
                    template=template,
                    license_="AGPL-3.0 (rallly LICENSE)",
                    start=start,
                    end=end,
                    timezone=tz_label,
                    company=company,
                    role=role,
                    uid=uid if ics else None,
                    sequence=0 if ics else None,
                    method="REQUEST" if ics else None,
                    original_sender=original_sender,
                    note=f"Rallly {tpl} mail: date '{date_text}', time '{time_text}' "
                    "(Intl short zone name or GMT offset, so no timezone label)"
                    + ("; UTC-only calendar part, also as invite.ics." if ics else "."),
                ),
            )
        )
    return cases


SUITECRM_SOURCE = (
    "salesagility/SuiteCRM:include/language/en_us.notify_template.html (Meeting/Call blocks); "
    "include/TimeDate.php (userTimezoneSuffix)@2fab021c7e8a2de4c84565dc79d72ed6cab123ed"
)


@family
def suitecrm_cases() -> list[Case]:
    fam = "suitecrm"
    make = maker(fam, SUITECRM_SOURCE, "AGPL-3.0 (SuiteCRM)")
    cases: list[Case] = []

    def meeting(
        to: str,
        frm: str,
        subject: str,
        status: str,
        start: str,
        hours: int,
        mins: int,
        desc: str,
        base: str,
    ) -> str:
        return (
            f"<p>To: {to}</p>\n<p>{frm} has invited you to a Meeting</p>\n<p>Subject: {subject}"
            f"<br />Status: {status}<br />Start Date: {start}<br />Duration: {hours}h, {mins}m"
            f"<br />Description: {desc}</p>\n<p>Accept this meeting:<br />&lt;{base}"
            "&amp;accept_status=accept&gt;</p>\n<p>Tentatively Accept this meeting:<br />&lt;"
            f"{base}&amp;accept_status=tentative&gt;</p>\n<p>Decline this meeting:<br />&lt;"
            f"{base}&amp;accept_status=decline&gt;</p>\n"
        )

    cand = who("en")
    start = at("Australia/Sydney", 2026, 2, 17, 14, 0)
    base = (
        "https://crm.koalafreight.com.au/index.php?entryPoint=acceptDecline&module=Meetings&id=9a1"
    )
    html = meeting(
        cand[0],
        "Bronwyn Price",
        "Interview – Freight Coordinator",
        "Planned",
        f"{start:%d/%m/%Y} {start:%I:%M}{start.strftime('%p').lower()} AEDT(+11:00)",
        0,
        45,
        "Face-to-face interview at our Botany depot.",
        base,
    )
    cases.append(
        make(
            "meeting_invite_en_aedt",
            Mail(
                sender="Bronwyn Price <crm@koalafreight.com.au>",
                to=addr(*cand),
                subject="SuiteCRM Meeting - Interview – Freight Coordinator",
                sent=at("Australia/Sydney", 2026, 2, 10, 9, 0),
                html=html,
            ),
            kind="invitation",
            language="en",
            start=start,
            end=start + timedelta(minutes=45),
            role="Freight Coordinator",
            note="SuiteCRM meeting notification (HTML): '17/02/2026 02:00pm AEDT(+11:00)' "
            "and 'Duration: 0h, 45m'.",
        )
    )
    cand = who("en")
    start = at("America/Los_Angeles", 2026, 3, 9, 10, 30)
    base = "https://crm.bayviewdental.com/index.php?entryPoint=acceptDecline&module=Meetings&id=c2"
    html = meeting(
        cand[0],
        "Gloria Sanchez",
        "Interview: Dental Hygienist",
        "Planned",
        f"{start:%m/%d/%Y} {start:%I:%M}{start.strftime('%p').lower()} PDT(-07:00)",
        1,
        0,
        "Meet the team and tour the clinic.",
        base,
    )
    cases.append(
        make(
            "meeting_invite_en_pdt_day_after_switch",
            Mail(
                sender="Gloria Sanchez <notifications@crm.bayviewdental.com>",
                to=addr(*cand),
                subject="SuiteCRM Meeting - Interview: Dental Hygienist",
                sent=at("America/Los_Angeles", 2026, 3, 2, 15, 0),
                html=html,
            ),
            kind="invitation",
            language="en",
            start=start,
            end=start + timedelta(hours=1),
            role="Dental Hygienist",
            note="SuiteCRM: sent in PST (2 March), slot on 9 March in PDT, written "
            "'03/09/2026 10:30am PDT(-07:00)'; an abbreviation and offset, no timezone label.",
        )
    )
    cand = who("in")
    start = at("Asia/Kolkata", 2026, 4, 2, 16, 0)
    html = (
        f"<p>To: {cand[0]}</p>\n<p>Suresh Menon has invited you to a Call</p>\n<p>Subject: "
        "Phone screen – Java Developer<br />Start Date: "
        f"{start:%Y-%m-%d} {start:%H:%M} IST(+05:30)<br />Duration: 0h, 30m<br />Description: "
        "We will call you on your mobile number.</p>\n"
    )
    original = Mail(
        sender="Suresh Menon <crm@vriksha-it.in>",
        to=addr(*cand),
        subject="SuiteCRM Call - Phone screen – Java Developer",
        sent=at("Asia/Kolkata", 2026, 3, 30, 12, 0),
        html=html,
    )
    cases.append(
        make(
            "call_invite_en_ist_iso_fwd_gmail",
            forward(original, "gmail", "en", cand, at("Asia/Kolkata", 2026, 3, 30, 13, 15)),
            kind="invitation",
            language="en",
            start=start,
            end=start + timedelta(minutes=30),
            timezone="Asia/Kolkata",
            role="Java Developer",
            original_sender="crm@vriksha-it.in",
            note="Gmail forward of a SuiteCRM call notification with the ISO date format "
            "setting: '2026-04-02 16:00 IST(+05:30)'.",
        )
    )
    return cases


def negative(
    fam: str,
    name: str,
    *,
    template: str,
    license_: str,
    language: str,
    sender: str,
    to: str,
    subject: str,
    sent: datetime,
    note: str,
    text: str | None = None,
    html: str | None = None,
    forward_style: str | None = None,
) -> Case:
    mail = Mail(sender=sender, to=to, subject=subject, sent=sent, text=text, html=html)
    original = None
    if forward_style:
        forwarder = (to.split(" <")[0], to.rsplit("<", 1)[-1].rstrip(">"))
        original = sender_address(mail)
        mail = forward(mail, forward_style, language, forwarder, sent + timedelta(hours=1))
    return Case(
        fam,
        name,
        mail,
        label(
            kind="not_invitation",
            language=language,
            family=fam,
            template=template,
            license_=license_,
            original_sender=original,
            note=note,
        ),
    )


@family
def vikunja_cases() -> list[Case]:
    tpl = "go-vikunja/vikunja:pkg/models/notifications.go (ReminderDueNotification.ToMail)"
    lic = "AGPL-3.0-or-later (Vikunja)"
    cand = who("en")
    return [
        negative(
            "vikunja",
            "task_reminder_prepare_interview_en",
            template=tpl,
            license_=lic,
            language="en",
            sender="Vikunja <noreply@tasks.jordanellis.dev>",
            to=addr(*cand),
            subject='Reminder for "Prepare for Ferncliff interview (Wed 24 June, 10:00)" '
            "(Job hunt)",
            sent=at("America/New_York", 2026, 6, 23, 18, 0),
            text='Hi Jordan,\n\nThis is a friendly reminder of the task "Prepare for Ferncliff '
            'interview (Wed 24 June, 10:00)" (Job hunt).\n\nOpen Task: https://tasks.'
            "jordanellis.dev/tasks/412\n\nHave a nice day!\n",
            note="Vikunja task reminder whose title contains an interview date: a to-do "
            "notification, not an invitation.",
        ),
        negative(
            "vikunja",
            "task_reminder_follow_up_de",
            template=tpl,
            license_=lic,
            language="de",
            sender="Vikunja <vikunja@aufgaben.hoffmann.cloud>",
            to=addr(*who("de")),
            subject='Reminder for "Nachfassen nach Gespräch vom 16.07. 10:00" (Bewerbungen)',
            sent=at("Europe/Berlin", 2026, 7, 23, 8, 0),
            text='Hi Lena,\n\nThis is a friendly reminder of the task "Nachfassen nach Gespräch '
            'vom 16.07. 10:00" (Bewerbungen).\n\nOpen Task: https://aufgaben.hoffmann.cloud/'
            "tasks/77\n\nHave a nice day!\n",
            note="Vikunja reminder (English template, German task title) about a past interview.",
        ),
    ]


@family
def redmine_cases() -> list[Case]:
    tpl = (
        "redmine/redmine:app/views/mailer/issue_edit.text.erb + config/locales/en.yml "
        "(text_issue_updated, label_issue_*); strings recalled@(not pinned)"
    )
    lic = "GPL-2.0-or-later (Redmine)"
    return [
        negative(
            "redmine",
            "issue_updated_interview_panel_en",
            template=tpl,
            license_=lic,
            language="en",
            sender="Redmine <redmine@helix-robotics.com>",
            to="Jordan Ellis <jordan.ellis.jobs@gmail.com>",
            subject="[Hiring - Task #3381] (In Progress) Book interview panel for Jordan Ellis",
            sent=at("America/New_York", 2026, 5, 12, 14, 3),
            text="Task #3381 has been updated by Renee Park.\n\n* Status changed from New to "
            "In Progress\n* Due date set to 05/14/2026\n\nPanel candidates: Thursday 05/21/2026, "
            "1:00 PM - 3:00 PM EDT. Waiting for the second interviewer to confirm.\n\n"
            "----------------------------------------\nTask #3381: Book interview panel for "
            "Jordan Ellis\nhttps://pm.helix-robotics.com/issues/3381\n\n* Author: Renee Park\n"
            "* Status: In Progress\n* Priority: Normal\n* Assignee: Renee Park\n",
            note="Redmine issue update copied to the candidate: a tentative panel time that "
            "nobody has confirmed; a ticket notification.",
        ),
        negative(
            "redmine",
            "issue_created_onboarding_de",
            template=tpl.replace("issue_edit", "issue_add").replace("en.yml", "de.yml"),
            license_=lic,
            language="de",
            sender="Redmine <redmine@brueckner-systeme.de>",
            to="Lena Hoffmann <lena.hoffmann@posteo.de>",
            subject="[IT-Onboarding - Aufgabe #912] (Neu) Laptop für neue Mitarbeiterin "
            "bereitstellen",
            sent=at("Europe/Berlin", 2026, 8, 20, 9, 30),
            text="Aufgabe #912 wurde von Tobias Brückner aktualisiert.\n\nAufgabe #912: Laptop "
            "für neue Mitarbeiterin bereitstellen\nhttps://projekte.brueckner-systeme.de/issues/"
            "912\n\n* Autor: Tobias Brückner\n* Status: Neu\n* Startdatum: 01.09.2026\n"
            "* Abgabedatum: 31.08.2026\n\nÜbergabe am ersten Arbeitstag, 01.09.2026 um 09:00 "
            "Uhr am Empfang.\n",
            note="Redmine ticket with start/due dates and a hand-over time: onboarding, not an "
            "interview invitation.",
        ),
    ]


@family
def discourse_cases() -> list[Case]:
    tpl = (
        "discourse/discourse:app/views/user_notifications/digest.text.erb + "
        "config/locales/server.en.yml (user_notifications.digest.*); strings recalled"
    )
    lic = "GPL-2.0-or-later (Discourse)"
    return [
        negative(
            "discourse",
            "digest_career_forum_en",
            template=tpl,
            license_=lic,
            language="en",
            sender="Women Who Build <noreply@forum.womenwhobuild.org>",
            to="Jordan Ellis <jordan.ellis.jobs@gmail.com>",
            subject="[Women Who Build] Summary",
            sent=at("America/New_York", 2026, 6, 1, 7, 0),
            text="Since your last visit\n\n12 New Topics\n48 New Posts\n\nPopular Topics\n\n"
            "Mock interview night – Tue June 9, 6:30 PM ET\nSign up for 30-minute slots with "
            "senior engineers. Doors open at 6:15 PM.\n\nHow do you prepare for a system design "
            "interview?\n\nTo unsubscribe from these emails, click here.\n",
            note="Discourse digest listing a community mock-interview evening with a date and "
            "time: a newsletter.",
        ),
        negative(
            "discourse",
            "reply_notification_en",
            template=tpl.replace("digest.text.erb", "user_replied (email template)"),
            license_=lic,
            language="en",
            sender="Ada Kim via DevJobs Forum <notifications@devjobs.discoursemail.com>",
            to="Ananya Iyer <ananya.iyer91@gmail.com>",
            subject="[DevJobs Forum] [Interviews] Got an onsite at 10am tomorrow, tips?",
            sent=at("Asia/Kolkata", 2026, 8, 3, 21, 14),
            text="Ada Kim replied:\n\nGood luck! When I had mine at 10am IST they started with "
            "a 45 minute whiteboard round.\n\nVisit Topic or reply to this email to respond.\n",
            note="Discourse reply notification discussing someone's interview time.",
        ),
    ]


@family
def chatwoot_cases() -> list[Case]:
    tpl = (
        "chatwoot/chatwoot:app/views/mailers/conversation_reply_mailer/reply_with_summary."
        "html.erb; strings recalled"
    )
    lic = "MIT (Chatwoot, outside enterprise/)"
    return [
        negative(
            "chatwoot",
            "conversation_reply_en",
            template=tpl,
            license_=lic,
            language="en",
            sender="Talent team from Harborline <support@harborline.io>",
            to="Jordan Ellis <jordan.ellis.jobs@gmail.com>",
            subject="[#1873] New messages on this conversation",
            sent=at("America/New_York", 2026, 5, 2, 10, 40),
            html="<p>You have new messages on your conversation.</p><table><tr><td><b>Ana "
            "(Harborline)</b></td></tr><tr><td>Thanks for your patience! Our recruiters are "
            "available Monday–Friday, 9:00–17:00 ET. We'll get back to you about your "
            "application within two business days.</td></tr></table><p>Reply to this email to "
            "continue the conversation.</p>",
            note="Chatwoot conversation summary with support hours and a response-time "
            "promise: no appointment.",
        ),
        negative(
            "chatwoot",
            "conversation_reply_application_received_es",
            template=tpl,
            license_=lic,
            language="es",
            sender="Equipo de selección de Olivar Digital <hola@olivardigital.es>",
            to="Lucía Navarro <lucia.navarro.r@gmail.com>",
            subject="[#552] Nuevos mensajes en esta conversación",
            sent=at("Europe/Madrid", 2026, 6, 2, 12, 0),
            html="<p>Tienes nuevos mensajes en tu conversación.</p><p><b>Marina (Olivar "
            "Digital)</b>: ¡Hemos recibido tu candidatura! Si pasas el primer filtro te "
            "escribiremos antes del 15/06/2026 para proponerte una entrevista.</p>",
            note="Chatwoot message acknowledging an application and naming a date by which "
            "an interview might be proposed.",
        ),
    ]


@family
def mattermost_invite_cases() -> list[Case]:
    tpl = (
        "mattermost/mattermost:server/i18n/en.json (api.templates.invite_subject, "
        "api.templates.invite_body.*); strings recalled"
    )
    lic = "AGPL-3.0 / Apache-2.0 (Mattermost)"
    return [
        negative(
            "mattermost",
            "team_invite_en",
            template=tpl,
            license_=lic,
            language="en",
            sender="Mattermost <no-reply@chat.zephyrcloud.io>",
            to="Ananya Iyer <ananya.iyer91@gmail.com>",
            subject="[Mattermost] Rahul Verma invited you to join Interview Loop – Backend Team",
            sent=at("Asia/Kolkata", 2026, 8, 14, 9, 30),
            text="Rahul Verma invited you to join the Interview Loop – Backend team.\n\n"
            "Start collaborating with your team on Mattermost.\n\nJoin now: https://chat."
            "zephyrcloud.io/signup_user_complete/?id=8d2kq\n",
            note="Mattermost team invitation: 'invited you to join' a chat team named after an "
            "interview loop, no time.",
        ),
        negative(
            "mattermost",
            "team_invite_fwd_gmail_en",
            template=tpl,
            license_=lic,
            language="en",
            sender="Mattermost <no-reply@chat.ferncliff.dev>",
            to="Jordan Ellis <jordan.ellis.jobs@gmail.com>",
            subject="[Mattermost] Sara Lind invited you to join Candidates Team",
            sent=at("America/New_York", 2026, 6, 20, 11, 0),
            text="Sara Lind invited you to join the Candidates team.\n\nStart collaborating "
            "with your team on Mattermost.\n\nJoin now: https://chat.ferncliff.dev/"
            "signup_user_complete/?id=q81z\n",
            forward_style="gmail",
            note="Gmail forward of a Mattermost team invitation.",
        ),
    ]


@family
def listmonk_cases() -> list[Case]:
    tpl = "knadh/listmonk:static/email-templates/default.tpl (campaign wrapper)"
    lic = "AGPL-3.0 (listmonk)"
    return [
        negative(
            "listmonk",
            "newsletter_job_fair_en",
            template=tpl,
            license_=lic,
            language="en",
            sender="TechCareers Weekly <news@techcareersweekly.io>",
            to="Jordan Ellis <jordan.ellis.jobs@gmail.com>",
            subject="This week: 14 new roles + virtual job fair on June 30",
            sent=at("America/New_York", 2026, 6, 22, 8, 0),
            html='<div class="wrap"><div class="header">TechCareers Weekly</div><div '
            'class="gutter"><h2>Virtual job fair</h2><p>Join us on Tuesday, June 30, 2026 from '
            "12:00 to 16:00 ET. Thirty employers will run 10-minute screening chats.</p><h2>New "
            "roles</h2><ul><li>Platform Engineer – Ferncliff Labs</li><li>Data Analyst – "
            'Harborline</li></ul></div><div class="footer"><a href="https://news.'
            'techcareersweekly.io/subscription/form">Unsubscribe</a></div></div>',
            note="listmonk newsletter announcing a job fair with a date and hours.",
        ),
        negative(
            "listmonk",
            "newsletter_webinar_de",
            template=tpl,
            license_=lic,
            language="de",
            sender="Karriere-Newsletter Nord <newsletter@karriere-nord.de>",
            to="Lena Hoffmann <lena.hoffmann@posteo.de>",
            subject="Webinar: So meistern Sie das Vorstellungsgespräch – 12.03.2026, 18:00 Uhr",
            sent=at("Europe/Berlin", 2026, 3, 2, 7, 30),
            html='<div class="wrap"><div class="gutter"><p>Liebe Leserin, lieber Leser,</p>'
            "<p>am <b>Donnerstag, 12.03.2026 von 18:00 bis 19:00 Uhr</b> zeigen wir im "
            "kostenlosen Webinar, wie Sie sich auf Vorstellungsgespräche vorbereiten.</p><p>"
            '<a href="https://karriere-nord.de/webinar">Jetzt anmelden</a></p></div><div '
            'class="footer"><a href="https://karriere-nord.de/subscription">Abmelden</a>'
            "</div></div>",
            note="German newsletter for an interview-skills webinar with date and time.",
        ),
    ]


@family
def orangehrm_cases() -> list[Case]:
    tpl = (
        "orangehrm/orangehrm:src/plugins/orangehrmLeavePlugin/Mail/templates/en_US/{kind}/"
        "{file}@194a751e23977d76374386f2e405ac68eeed6904"
    )
    lic = "GPL-3.0 (OrangeHRM)"
    rows = (
        '<table border="1"><tr><th>Date(s)</th><th>Duration (Hours)</th><th>Leave Type</th>'
        "<th>Comment</th></tr><tr><td>{d}</td><td>8.00</td><td>{t}</td><td>{c}</td></tr>"
        "</table>"
    )
    return [
        negative(
            "orangehrm",
            "leave_applied_interview_day_en",
            template=tpl.format(kind="apply", file="leaveApplicationBody.html.twig"),
            license_=lic,
            language="en",
            sender="OrangeHRM <hr-noreply@bluepine-retail.com>",
            to="Jordan Ellis <jordan.ellis.jobs@gmail.com>",
            subject="Leave Application Submitted",
            sent=at("America/Chicago", 2026, 6, 15, 9, 12),
            html="<p>Hi Jordan Ellis,</p><p>Your leave request has been submitted with the "
            "following details.</p>"
            + rows.format(d="2026-06-24", t="Annual Leave", c="Personal appointment 10:00–11:00")
            + "<p>Thank you.<br>This is an automated notification.</p>",
            note="OrangeHRM leave application (the candidate taking a day off at their current "
            "job): ISO date and a time in the comment.",
        ),
        negative(
            "orangehrm",
            "leave_approved_en_fwd_outlook",
            template=tpl.format(kind="approve", file="leaveApprovalBody.html.twig"),
            license_=lic,
            language="en",
            sender="OrangeHRM <hr-noreply@bluepine-retail.com>",
            to="Jordan Ellis <jordan.ellis.jobs@gmail.com>",
            subject="Leave Approved",
            sent=at("America/Chicago", 2026, 6, 16, 14, 40),
            html="<p>Hi Jordan Ellis,</p><p>Your leave request has been approved.</p>"
            + rows.format(d="2026-06-24", t="Annual Leave", c="Personal appointment 10:00–11:00"),
            forward_style="outlook",
            note="Outlook forward of an OrangeHRM leave approval for the day of an interview.",
        ),
    ]


@family
def odoo_recruitment_cases() -> list[Case]:
    """Odoo hr_recruitment mails to applicants that are not invitations."""
    tpl = (
        "odoo/odoo:addons/hr_recruitment/data/mail_template_data.xml (record {rec}); "
        "body paraphrased from the template's structure@(index version, not pinned)"
    )
    lic = "LGPL-3.0 (Odoo Community)"
    cand = who("en")
    return [
        negative(
            "odoo",
            "applicant_refuse_after_interview_en",
            template=tpl.format(rec="email_template_data_applicant_refuse"),
            license_=lic,
            language="en",
            sender="Van Damme Foods <jobs@vandamme-foods.be>",
            to=addr(*cand),
            subject="Your Job Application: Supply Chain Planner",
            sent=at("Europe/Brussels", 2026, 6, 25, 11, 30),
            html="<div><p>Hello,</p><p>Thank you for your interest in joining <b>Van Damme "
            "Foods</b> and for taking the time to meet us on 18 June at 15:00. We wanted to "
            "let you know that, although your profile is strong, our hiring team believes "
            "other candidates are a better fit for the position.</p><p>We wish you all the best "
            "in your job search.</p><p>Sofie Peeters<br>Talent Acquisition</p></div>",
            note="Odoo refusal mail that mentions the past interview slot.",
        ),
        negative(
            "odoo",
            "applicant_acknowledgement_en",
            template=tpl.format(rec="email_template_data_applicant_congratulations"),
            license_=lic,
            language="en",
            sender="MeridianPay Careers <careers@meridianpay.in>",
            to=addr(*who("in")),
            subject="Your Job Application: Backend Developer",
            sent=at("Asia/Kolkata", 2026, 1, 28, 10, 0),
            html="<div><p>Hello,</p><p>We confirm we successfully received your application "
            'for the job "<b>Backend Developer</b>" at <b>MeridianPay</b>.</p><p>We will '
            "come back to you shortly. If you are shortlisted, the first interviews take place "
            "between 16 and 20 February.</p></div>",
            note="Odoo application acknowledgement naming the week when interviews will "
            "happen; nothing is scheduled.",
        ),
    ]


@family
def listmonk_alert_cases() -> list[Case]:
    return [
        negative(
            "listmonk",
            "job_alert_en",
            template="knadh/listmonk:static/email-templates/default.tpl (campaign wrapper)",
            license_="AGPL-3.0 (listmonk)",
            language="en",
            sender="Remote Roles Daily <alerts@remoteroles.io>",
            to="Ananya Iyer <ananya.iyer91@gmail.com>",
            subject='5 new jobs matching "backend python" – apply before Friday 17:00 IST',
            sent=at("Asia/Kolkata", 2026, 8, 10, 7, 0),
            html='<div class="wrap"><div class="gutter"><h2>Your job alert</h2><ul><li>'
            "Backend Developer – Zephyr Cloud – walk-in interviews 14 Aug, 10:00–13:00</li><li>"
            "Python Engineer – Kaveri Analytics</li></ul></div></div>",
            note="Job alert newsletter with walk-in interview hours for a role the reader has "
            "not applied to.",
        )
    ]


@family
def thunderbird_more_cases() -> list[Case]:
    fam = "thunderbird"
    make = maker(fam, THUNDERBIRD_SOURCE, "MPL-2.0")
    cand = who("en")
    org = ("Marcus Bell", "marcus.bell@prairieforge.com")
    start = at("America/Chicago", 2026, 11, 3, 9, 0)
    end = start + timedelta(minutes=50)
    summary = "Interview – QA Lead (Prairie Forge)"
    uid = "a6c1f7d2-0b3e-4f5a-8c9d-2e1f0a7b6c55"
    sent = at("America/Chicago", 2026, 10, 27, 14, 30)
    ics = ical(
        prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        method="REQUEST",
        uid=uid,
        start=start,
        end=end,
        summary=summary,
        organizer=org,
        attendee=cand,
        stamp=sent,
        location="Prairie Forge office, 220 W Kinzie St, Chicago",
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
    )
    forwarded = forward(mail, "outlook", "en", cand, at("America/Chicago", 2026, 10, 27, 20, 0))
    return [
        make(
            "request_chicago_after_dst_end",
            mail,
            kind="invitation",
            language="en",
            start=start,
            end=end,
            timezone="America/Chicago",
            uid=uid,
            sequence=0,
            method="REQUEST",
            company="Prairie Forge",
            role="QA Lead",
            organizer_email=org[1],
            note="Thunderbird REQUEST sent in CDT for a slot on 3 Nov (CST, after the 1 Nov "
            "change); America/Chicago VTIMEZONE.",
        ),
        make(
            "request_fwd_outlook_text_only",
            forwarded,
            kind="invitation",
            omit_kind=True,
            language="en",
            original_sender=org[1],
            note="Outlook forward of the Thunderbird invitation: the calendar part is gone and "
            "the one-line body carries no time; whether this counts as an invitation is a "
            "matter of policy, so only the original sender is labelled.",
        ),
    ]


if __name__ == "__main__":
    sys.exit(main())
