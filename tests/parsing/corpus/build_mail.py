"""Write the mail half of Afterview's own labelled invitation corpus.

Run: .venv/bin/python tests/parsing/corpus/build_mail.py

Every message here imitates the layout a real sender produces (calendar services, mail
clients forwarding, people writing by hand), with made-up people and companies and 2026
dates. The labels are computed from the same values the mail is rendered from, with
zoneinfo for every offset, so no instant is typed by hand. Output is deterministic: the
same script always writes the same bytes. Provenance is in PROVENANCE-mail.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email import encoders, message_from_bytes
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
UTC = ZoneInfo("UTC")
CRLF_POLICY = compat32.clone(linesep="\r\n")
LF_POLICY = compat32.clone(linesep="\n")

# Families whose every message goes to heldout/ (chosen like the others, never tuned on).
HELDOUT_FAMILIES = {
    "zoom",
    "notes",
    "booking",
    "hiringmgr",
    "minutes",
    "ooo",
}


# --------------------------------------------------------------------------------------
# time helpers


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str) -> datetime:
    """Return an aware datetime for a wall-clock time in an IANA zone."""
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def iso(value: datetime | date) -> str:
    return value.isoformat()


def utc_iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def ics_utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def digest(*parts: str, length: int = 12) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:length]


# --------------------------------------------------------------------------------------
# locale words (written for this corpus; only what the mails need)

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
WEEKDAYS_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
}
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
    # Polish dates use the genitive ("23 czerwca").
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
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
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
}
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "sv": [
        "jan.",
        "feb.",
        "mars",
        "apr.",
        "maj",
        "juni",
        "juli",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ],
}


def wd(value: datetime | date, lang: str) -> str:
    return WEEKDAYS[lang][value.weekday()]


def wds(value: datetime | date, lang: str) -> str:
    return WEEKDAYS_SHORT[lang][value.weekday()]


def mon(value: datetime | date, lang: str) -> str:
    return MONTHS[lang][value.month - 1]


def mons(value: datetime | date, lang: str) -> str:
    return MONTHS_SHORT[lang][value.month - 1]


def hm(value: datetime) -> str:
    return value.strftime("%H:%M")


def ampm(value: datetime, *, compact: bool = False, upper: bool = True) -> str:
    """12-hour clock: '2:00 PM', or Google's compact '2pm' / '2:30pm'."""
    hour = value.hour % 12 or 12
    suffix = "AM" if value.hour < 12 else "PM"
    if compact:
        minutes = "" if value.minute == 0 else f":{value.minute:02d}"
        return f"{hour}{minutes}{suffix.lower()}"
    text = f"{hour}:{value.minute:02d} {suffix}"
    return text if upper else text.lower()


# --------------------------------------------------------------------------------------
# iCalendar writing


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 sequence."""
    out: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode()) > limit:
            out.append(current)
            current = " " + char
            limit = 75
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def calendar(lines: list[str]) -> str:
    return "".join(fold(line) + "\r\n" for line in lines)


# VTIMEZONE bodies as the producers write them. Windows-style blocks (Outlook / Exchange)
# start their rules in 1601; tzurl-style blocks (Zoom) and Olson-style blocks (Mozilla,
# Apple, SOGo) start in 1970 or at the last transition.
WINDOWS_VTIMEZONES: dict[str, list[str]] = {
    "W. Europe Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
    ],
    "Romance Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
    ],
    "Central European Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
    ],
    "GMT Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
    ],
    "India Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0530",
        "TZOFFSETTO:+0530",
        "END:STANDARD",
    ],
    "Pacific Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0700",
        "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0800",
        "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT",
    ],
    "Eastern Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT",
    ],
    "AUS Eastern Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETFROM:+1100",
        "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:+1000",
        "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10",
        "END:DAYLIGHT",
    ],
    "E. South America Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:-0300",
        "TZOFFSETTO:-0300",
        "END:STANDARD",
    ],
    "Tokyo Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0900",
        "TZOFFSETTO:+0900",
        "END:STANDARD",
    ],
    "SE Asia Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "END:STANDARD",
    ],
    "Singapore Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "END:STANDARD",
    ],
    "Turkey Standard Time": [
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300",
        "END:STANDARD",
    ],
}
WINDOWS_TO_IANA = {
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "GMT Standard Time": "Europe/London",
    "India Standard Time": "Asia/Kolkata",
    "Pacific Standard Time": "America/Los_Angeles",
    "Eastern Standard Time": "America/New_York",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Tokyo Standard Time": "Asia/Tokyo",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Singapore Standard Time": "Asia/Singapore",
    "Turkey Standard Time": "Europe/Istanbul",
}
# Outlook's display names (the "When:" line and some TZIDs), as Windows shows them.
WINDOWS_DISPLAY = {
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "India Standard Time": "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "AUS Eastern Standard Time": "(UTC+10:00) Canberra, Melbourne, Sydney",
    "E. South America Standard Time": "(UTC-03:00) Brasilia",
    "Tokyo Standard Time": "(UTC+09:00) Osaka, Sapporo, Tokyo",
    "SE Asia Standard Time": "(UTC+07:00) Bangkok, Hanoi, Jakarta",
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
    "Turkey Standard Time": "(UTC+03:00) Istanbul",
}


def olson_vtimezone(zone: str, *, lic: bool = True, tzurl: bool = False) -> list[str]:
    """A VTIMEZONE in the 1970-rule style Mozilla/Apple/SOGo/tzurl emit for common zones."""
    rules: dict[str, list[str]] = {
        "Europe/Berlin": [
            "+0100",
            "+0200",
            "CET",
            "CEST",
            "-1SU",
            3,
            "-1SU",
            10,
            "020000",
            "030000",
        ],
        "Europe/Paris": [
            "+0100",
            "+0200",
            "CET",
            "CEST",
            "-1SU",
            3,
            "-1SU",
            10,
            "020000",
            "030000",
        ],
        "Europe/Amsterdam": [
            "+0100",
            "+0200",
            "CET",
            "CEST",
            "-1SU",
            3,
            "-1SU",
            10,
            "020000",
            "030000",
        ],
        "Europe/Madrid": [
            "+0100",
            "+0200",
            "CET",
            "CEST",
            "-1SU",
            3,
            "-1SU",
            10,
            "020000",
            "030000",
        ],
        "Europe/Rome": ["+0100", "+0200", "CET", "CEST", "-1SU", 3, "-1SU", 10, "020000", "030000"],
        "Europe/Stockholm": [
            "+0100",
            "+0200",
            "CET",
            "CEST",
            "-1SU",
            3,
            "-1SU",
            10,
            "020000",
            "030000",
        ],
        "Europe/Warsaw": [
            "+0100",
            "+0200",
            "CET",
            "CEST",
            "-1SU",
            3,
            "-1SU",
            10,
            "020000",
            "030000",
        ],
        "Europe/London": [
            "+0000",
            "+0100",
            "GMT",
            "BST",
            "-1SU",
            3,
            "-1SU",
            10,
            "010000",
            "020000",
        ],
        "America/Los_Angeles": [
            "-0800",
            "-0700",
            "PST",
            "PDT",
            "2SU",
            3,
            "1SU",
            11,
            "020000",
            "020000",
        ],
        "America/New_York": [
            "-0500",
            "-0400",
            "EST",
            "EDT",
            "2SU",
            3,
            "1SU",
            11,
            "020000",
            "020000",
        ],
        "America/Chicago": [
            "-0600",
            "-0500",
            "CST",
            "CDT",
            "2SU",
            3,
            "1SU",
            11,
            "020000",
            "020000",
        ],
        "Australia/Sydney": [
            "+1000",
            "+1100",
            "AEST",
            "AEDT",
            "1SU",
            10,
            "1SU",
            4,
            "020000",
            "030000",
        ],
    }
    fixed = {
        "Asia/Kolkata": ("+0530", "IST"),
        "Asia/Tokyo": ("+0900", "JST"),
        "Asia/Jakarta": ("+0700", "WIB"),
        "Asia/Singapore": ("+0800", "+08"),
        "America/Sao_Paulo": ("-0300", "-03"),
        "Europe/Istanbul": ("+0300", "+03"),
    }
    head = ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
    if tzurl:
        head += [f"TZURL:http://tzurl.org/zoneinfo-outlook/{zone}"]
    if lic:
        head += [f"X-LIC-LOCATION:{zone}"]
    if zone in fixed:
        offset, name = fixed[zone]
        return [
            *head,
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            f"TZNAME:{name}",
            "DTSTART:19700101T000000",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    std, dst, std_name, dst_name, dst_rule, dst_month, std_rule, std_month, dst_at, std_at = rules[
        zone
    ]

    def first(month: int, rule: str, clock: str) -> str:
        # the 1970 date on which the rule first fires
        if rule.startswith("-1"):
            day = date(1970, month + 1, 1) - timedelta(days=1) if month < 12 else date(1970, 12, 31)
            while day.weekday() != 6:
                day -= timedelta(days=1)
        else:
            nth = int(rule[0])
            day = date(1970, month, 1)
            while day.weekday() != 6:
                day += timedelta(days=1)
            day += timedelta(weeks=nth - 1)
        return day.strftime("%Y%m%d") + "T" + clock

    return [
        *head,
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        f"DTSTART:{first(int(dst_month), str(dst_rule), str(dst_at))}",
        f"RRULE:FREQ=YEARLY;BYMONTH={dst_month};BYDAY={dst_rule}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        f"DTSTART:{first(int(std_month), str(std_rule), str(std_at))}",
        f"RRULE:FREQ=YEARLY;BYMONTH={std_month};BYDAY={std_rule}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


# --------------------------------------------------------------------------------------
# MIME writing


def charset(encoding: str) -> Charset:
    cs = Charset("utf-8")
    cs.body_encoding = QP if encoding == "qp" else BASE64
    cs.header_encoding = QP if encoding == "qp" else BASE64
    return cs


def raw_payload(part: Message, body: str) -> None:
    """Store a body unencoded (7bit when ASCII, else 8bit), as many senders do."""
    data = body.encode()
    part.set_payload(data.decode("ascii", "surrogateescape"))
    part["Content-Transfer-Encoding"] = "7bit" if data.isascii() else "8bit"


def text(body: str, subtype: str = "plain", enc: str = "qp") -> MIMEText:
    """A text part; enc is qp, b64, 7bit (ASCII only) or 8bit."""
    if enc == "7bit":
        part = MIMEText(body, subtype, "us-ascii")
        return part
    if enc == "8bit":
        part = MIMENonMultipart("text", subtype, charset="utf-8")
        raw_payload(part, body)
        return part
    return MIMEText(body, subtype, charset(enc))


def cal_part(ics: str, method: str | None, enc: str = "b64", name: str | None = None) -> Message:
    """A text/calendar part the way iMIP senders attach it."""
    if enc == "7bit":
        part: Message = MIMENonMultipart("text", "calendar", charset="UTF-8")
        raw_payload(part, ics)
    else:
        part = MIMEText(ics, "calendar", charset(enc))
    if method:
        part.set_param("method", method)
    if name:
        part.set_param("name", name)
    return part


def ics_attachment(ics: str, filename: str = "invite.ics") -> Message:
    part = MIMEBase("application", "ics", name=filename)
    part.set_payload(ics.encode())
    encoders.encode_base64(part)
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    return part


def alternative(*parts: Message, boundary: str) -> MIMEMultipart:
    outer = MIMEMultipart("alternative", boundary=boundary)
    for part in parts:
        outer.attach(part)
    return outer


def mixed(*parts: Message, boundary: str) -> MIMEMultipart:
    outer = MIMEMultipart("mixed", boundary=boundary)
    for part in parts:
        outer.attach(part)
    return outer


def addr(name: str, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")
    return formataddr((name, email))


def subject_header(subject: str) -> str | Header:
    try:
        subject.encode("ascii")
    except UnicodeEncodeError:
        return Header(subject, "utf-8")
    return subject


def finish(
    body: Message,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    msgid_domain: str,
    key: str,
    extra: dict[str, str] | None = None,
    lf: bool = False,
) -> bytes:
    """Put realistic top-level headers on a body and serialise it deterministically."""
    message = body
    headers: list[tuple[str, str | Header]] = [
        ("Date", format_datetime(sent)),
        ("From", addr(*sender)),
        ("To", addr(*to)),
        ("Subject", subject_header(subject)),
        ("Message-ID", f"<{digest(key, 'mid', length=24)}@{msgid_domain}>"),
    ]
    for name, value in (extra or {}).items():
        headers.append((name, value))
    existing = [(k, v) for k, v in message.items()]
    for k in list(message.keys()):
        del message[k]
    for name, value in headers:
        message[name] = value
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]
    if "MIME-Version" not in message:
        message["MIME-Version"] = "1.0"
    for k, v in existing:
        if k.lower() != "mime-version":
            message[k] = v
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=LF_POLICY if lf else CRLF_POLICY).flatten(
        message
    )
    return buffer.getvalue()


# --------------------------------------------------------------------------------------
# the corpus entries


@dataclass
class Case:
    family: str
    name: str
    raw: bytes
    label: dict[str, object]
    language: str
    source: str
    license: str
    note: str
    calendar: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def split(self) -> str:
        return "heldout" if self.family in HELDOUT_FAMILIES else "dev"

    @property
    def filename(self) -> str:
        return f"{self.family}__{self.name}.eml"


Builder = Callable[[], Iterator[Case]]
BUILDERS: list[Builder] = []


def builder(func: Builder) -> Builder:
    BUILDERS.append(func)
    return func


def timed(
    start: datetime,
    end: datetime | None,
    *,
    stated: bool = True,
    zone: str | None = None,
    utc: bool = False,
) -> dict[str, object]:
    """The start/end keys of a label; utc writes the instants as +00:00 (calendar UTC)."""
    label: dict[str, object] = {
        "start": utc_iso(start) if utc else iso(start),
        "all_day": False,
    }
    if end is not None:
        label["end"] = utc_iso(end) if utc else iso(end)
    if zone:
        label["timezone"] = zone
    if not stated:
        label["tz_stated"] = False
    return label


ME = ("Robin Achterberg", "robin.achterberg@fastpost.example")
ME_GMAIL = ("Robin Achterberg", "robin.achterberg.jobs@gmail.com")

GOOGLE_SOURCE = (
    "Google Calendar iMIP notification: subject prefixes as quoted in conjoon's mail "
    "decoding tests ('Aktualisierte Einladung: ... @ Di 8. Sep. 17:00 – 18:00') and "
    "calendar-notifier prefix lists in public code; body layout as in the Nylas docs "
    "sample (developer.nylas.com/docs/intelligence/sentiment-analysis: 'When / Joining "
    "info / Who / Invitation from Google Calendar'); ICS shape PRODID:-//Google Inc//Google "
    "Calendar 70.9054//EN with UTC DTSTART as in collective/icalendar and nylas/sync-engine "
    "test calendars"
)

GOOGLE_WORDS = {
    "en": {
        "inv": "Invitation",
        "upd": "Updated invitation",
        "can": "Canceled event",
        "join": "Join with Google Meet",
        "org": "Organizer",
        "guests": "Guests",
        "from": "Invitation from Google Calendar",
        "changed": "Changed",
        "cancel_line": "This event has been canceled and removed from your calendar.",
        "reply": "Reply for",
        "yes": "Yes",
        "no": "No",
        "maybe": "Maybe",
    },
    "de": {
        "inv": "Einladung",
        "upd": "Aktualisierte Einladung",
        "can": "Abgesagter Termin",
        "join": "Mit Google Meet teilnehmen",
        "org": "Organisator",
        "guests": "Gäste",
        "from": "Einladung von Google Kalender",
        "changed": "Geändert",
        "cancel_line": "Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.",
        "reply": "Antworten für",
        "yes": "Ja",
        "no": "Nein",
        "maybe": "Vielleicht",
    },
    "fr": {
        "inv": "Invitation",
        "upd": "Invitation mise à jour",
        "can": "Événement annulé",
        "join": "Participer avec Google Meet",
        "org": "Organisateur",
        "guests": "Invités",
        "from": "Invitation de Google Agenda",
        "changed": "Modifié",
        "cancel_line": "Cet événement a été annulé et supprimé de votre agenda.",
        "reply": "Répondre pour",
        "yes": "Oui",
        "no": "Non",
        "maybe": "Peut-être",
    },
    "es": {
        "inv": "Invitación",
        "upd": "Invitación actualizada",
        "can": "Evento cancelado",
        "join": "Unirse con Google Meet",
        "org": "Organizador",
        "guests": "Invitados",
        "from": "Invitación de Google Calendar",
        "changed": "Modificado",
        "cancel_line": "Este evento se ha cancelado y se ha quitado de tu calendario.",
        "reply": "Responder por",
        "yes": "Sí",
        "no": "No",
        "maybe": "Quizás",
    },
    "it": {
        "inv": "Invito",
        "upd": "Invito aggiornato",
        "can": "Evento annullato",
        "join": "Partecipa con Google Meet",
        "org": "Organizzatore",
        "guests": "Invitati",
        "from": "Invito da Google Calendar",
        "changed": "Modificato",
        "cancel_line": "Questo evento è stato annullato e rimosso dal tuo calendario.",
        "reply": "Rispondi per",
        "yes": "Sì",
        "no": "No",
        "maybe": "Forse",
    },
    "nl": {
        "inv": "Uitnodiging",
        "upd": "Bijgewerkte uitnodiging",
        "can": "Geannuleerd evenement",
        "join": "Deelnemen met Google Meet",
        "org": "Organisator",
        "guests": "Gasten",
        "from": "Uitnodiging van Google Agenda",
        "changed": "Gewijzigd",
        "cancel_line": "Dit evenement is geannuleerd en uit je agenda verwijderd.",
        "reply": "Reageren voor",
        "yes": "Ja",
        "no": "Nee",
        "maybe": "Misschien",
    },
    "pt": {
        "inv": "Convite",
        "upd": "Convite atualizado",
        "can": "Evento cancelado",
        "join": "Participar com o Google Meet",
        "org": "Organizador",
        "guests": "Convidados",
        "from": "Convite do Google Agenda",
        "changed": "Alterado",
        "cancel_line": "Este evento foi cancelado e removido da sua agenda.",
        "reply": "Responder para",
        "yes": "Sim",
        "no": "Não",
        "maybe": "Talvez",
    },
    "ja": {
        "inv": "招待状",
        "upd": "更新された招待状",
        "can": "キャンセルされた予定",
        "join": "Google Meet に参加",
        "org": "主催者",
        "guests": "ゲスト",
        "from": "Google カレンダーからの招待状",
        "changed": "変更",
        "cancel_line": "この予定はキャンセルされ、カレンダーから削除されました。",
        "reply": "返信:",
        "yes": "はい",
        "no": "いいえ",
        "maybe": "未定",
    },
    "sv": {
        "inv": "Inbjudan",
        "upd": "Uppdaterad inbjudan",
        "can": "Inställd händelse",
        "join": "Anslut med Google Meet",
        "org": "Organisatör",
        "guests": "Gäster",
        "from": "Inbjudan från Google Kalender",
        "changed": "Ändrad",
        "cancel_line": "Händelsen har ställts in och tagits bort från din kalender.",
        "reply": "Svara för",
        "yes": "Ja",
        "no": "Nej",
        "maybe": "Kanske",
    },
}


def google_when(start: datetime, end: datetime, lang: str) -> str:
    """The date/time run Google puts in subjects (the recipient's calendar zone)."""
    if lang == "en":
        return (
            f"{wds(start, 'en')} {mons(start, 'en')} {start.day}, {start.year} "
            f"{ampm(start, compact=True)} - {ampm(end, compact=True)}"
        )
    if lang == "de":
        return (
            f"{wds(start, 'de')} {start.day}. {mon(start, 'de')} {start.year} "
            f"{hm(start)} - {hm(end)}"
        )
    if lang == "ja":
        return (
            f"{start.year}年{start.month}月{start.day}日 ({wd(start, 'ja')}) {hm(start)}～{hm(end)}"
        )
    if lang == "pt":
        return (
            f"{wds(start, 'pt')} {start.day} de {mons(start, 'pt')} de {start.year} "
            f"{hm(start)} - {hm(end)}"
        )
    return (
        f"{wds(start, lang)} {start.day} {mons(start, lang)} {start.year} {hm(start)} - {hm(end)}"
    )


def google_long_when(start: datetime, end: datetime, lang: str) -> str:
    """The body's date line of the 2024 Google layout."""
    if lang == "en":
        return (
            f"{wd(start, 'en')} {mons(start, 'en')} {start.day}, {start.year} ⋅ "
            f"{ampm(start, compact=True)} – {ampm(end, compact=True)}"
        )
    if lang == "de":
        return (
            f"{wd(start, 'de')}, {start.day}. {mon(start, 'de')} {start.year} ⋅ "
            f"{hm(start)}–{hm(end)}"
        )
    if lang == "ja":
        return (
            f"{start.year}年{start.month}月{start.day}日 ({wd(start, 'ja')}) ⋅ "
            f"{hm(start)}～{hm(end)}"
        )
    if lang == "pt":
        return (
            f"{wd(start, 'pt')}, {start.day} de {mon(start, 'pt')} de {start.year} ⋅ "
            f"{hm(start)} – {hm(end)}"
        )
    if lang == "es":
        return (
            f"{wd(start, 'es')}, {start.day} de {mon(start, 'es')} de {start.year} ⋅ "
            f"{hm(start)} – {hm(end)}"
        )
    return (
        f"{wd(start, lang)} {start.day} {mon(start, lang)} {start.year} ⋅ {hm(start)} – {hm(end)}"
    )


@dataclass
class GEvent:
    name: str
    lang: str
    title: str
    start: datetime
    end: datetime
    organizer: tuple[str, str]
    zone_label: str  # Google's zone line, e.g. "Central European Time - Berlin"
    zone_abbr: str  # the subject's abbreviation, e.g. "CEST"
    sent: datetime
    method: str = "REQUEST"
    sequence: int = 0
    changed: bool = False
    meet: str | None = None
    description: str = ""
    company: str | None = None
    role: str | None = None
    me: tuple[str, str] = ME_GMAIL
    status: str = "CONFIRMED"


def google_ics(ev: GEvent, uid: str) -> str:
    created = ev.sent - timedelta(days=3 if ev.sequence else 0, minutes=7)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{ev.method}",
        "BEGIN:VEVENT",
        f"DTSTART:{ics_utc(ev.start)}",
        f"DTEND:{ics_utc(ev.end)}",
        f"DTSTAMP:{ics_utc(ev.sent)}",
        f"ORGANIZER;CN={ev.organizer[0]}:mailto:{ev.organizer[1]}",
        f"UID:{uid}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
        f"CN={ev.organizer[0]};X-NUM-GUESTS=0:mailto:{ev.organizer[1]}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP="
        f"TRUE;CN={ev.me[1]};X-NUM-GUESTS=0:mailto:{ev.me[1]}",
    ]
    if ev.meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{ev.meet}")
    desc = ev.description
    if ev.meet:
        desc += (
            f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
            f"\nJoin with Google Meet: https://meet.google.com/{ev.meet}\n\nLearn more about Meet "
            "at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this "
            "section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
        )
    lines += [
        f"CREATED:{ics_utc(created)}",
        f"DESCRIPTION:{esc(desc)}",
        f"LAST-MODIFIED:{ics_utc(ev.sent)}",
        "LOCATION:",
        f"SEQUENCE:{ev.sequence}",
        f"STATUS:{ev.status}",
        f"SUMMARY:{esc(ev.title)}",
        "TRANSP:OPAQUE",
    ]
    if ev.method != "CANCEL":
        lines += [
            "BEGIN:VALARM",
            "ACTION:EMAIL",
            "DESCRIPTION:This is an event reminder",
            "SUMMARY:Alarm notification",
            f"ATTENDEE:mailto:{ev.me[1]}",
            "TRIGGER:-P0DT0H30M0S",
            "END:VALARM",
        ]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return calendar(lines)


def google_text(ev: GEvent, *, old_layout: bool = False) -> str:
    w = GOOGLE_WORDS[ev.lang]
    lines: list[str] = []
    if ev.method == "CANCEL":
        lines += [w["cancel_line"], ""]
    if old_layout:
        lines += [
            "You have been invited to the following event." if ev.lang == "en" else "",
            "",
            f"Title: {ev.title}",
            f"When: {google_when(ev.start, ev.end, ev.lang)} {ev.zone_label}",
        ]
        if ev.meet:
            lines += [f"Joining info: {w['join']}", f"meet.google.com/{ev.meet}"]
        lines += [
            "",
            f"Calendar: {ev.me[1]}",
            "Who:",
            f"    * {ev.organizer[0]} - {w['org'].lower()}",
            f"    * {ev.me[1]}",
            "",
        ]
        lines += [
            f"Event details: https://calendar.google.com/calendar/event?action=VIEW&eid="
            f"{digest(ev.name, 'eid', length=40)}&tok={digest(ev.name, 'tok', length=20)}"
            f"&ctz={ev.start.tzinfo}&hl={ev.lang}&es=0",
            "",
        ]
        lines += [f"{w['from']}: https://calendar.google.com/calendar/", ""]
    else:
        lines += [ev.title, ""]
        prefix = f"{w['changed']}: " if ev.changed else ""
        lines += [prefix + google_long_when(ev.start, ev.end, ev.lang), ev.zone_label, ""]
        if ev.meet:
            lines += [w["join"], f"meet.google.com/{ev.meet}", ""]
        if ev.description:
            lines += [ev.description, ""]
        lines += [
            w["org"],
            ev.organizer[0],
            ev.organizer[1],
            "",
            w["guests"],
            f"{ev.organizer[0]} - {w['org'].lower()}",
            ev.me[1],
            "",
        ]
        if ev.method != "CANCEL":
            lines += [f"{w['reply']} {ev.me[1]}", w["yes"], w["no"], w["maybe"], ""]
        lines += [w["from"], ""]
    lines += [
        "You are receiving this email because you are an attendee on the event. To stop "
        "receiving future updates for this event, decline this event.",
        "",
        "Forwarding this invitation could allow any recipient to send a response to the "
        "organizer, be added to the guest list, invite others regardless of their own "
        "invitation status, or modify your RSVP. Learn more https://support.google.com/"
        "calendar/answer/37135#forwarding",
    ]
    return "\n".join(lines) + "\n"


def google_html(ev: GEvent) -> str:
    w = GOOGLE_WORDS[ev.lang]
    changed = f'<span style="color:#d93025">{w["changed"]}</span> ' if ev.changed else ""
    meet = ""
    if ev.meet:
        meet = (
            f'<tr><td><a href="https://meet.google.com/{ev.meet}?hs=224" style="background'
            f'-color:#1a73e8;color:#fff">{w["join"]}</a><br>meet.google.com/{ev.meet}</td>'
            "</tr>"
        )
    return (
        '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head><body><table role="presentation" width="100%"><tr><td>'
        f'<h2 style="font-size:22px">{ev.title}</h2></td></tr><tr><td>{changed}'
        f"{google_long_when(ev.start, ev.end, ev.lang)}<br>{ev.zone_label}</td></tr>{meet}"
        f"<tr><td><b>{w['org']}</b><br>{ev.organizer[0]}<br>{ev.organizer[1]}</td></tr>"
        f"<tr><td><b>{w['guests']}</b><br>{ev.organizer[0]} - {w['org'].lower()}<br>"
        f"{ev.me[1]}</td></tr><tr><td>{w['from']}</td></tr></table></body></html>"
    )


def google_case(ev: GEvent, kind: str, note: str, *, old_layout: bool = False) -> Case:
    uid = digest(ev.name, "uid", length=26).replace("0", "k").replace("1", "m") + "@google.com"
    if ev.name.endswith(("_update", "_cancel")):
        base = ev.name.rsplit("_", 1)[0]
        uid = digest(base, "uid", length=26).replace("0", "k").replace("1", "m") + "@google.com"
    ics = google_ics(ev, uid)
    w = GOOGLE_WORDS[ev.lang]
    prefix = {"REQUEST": w["upd"] if ev.sequence else w["inv"], "CANCEL": w["can"]}[ev.method]
    sep = " : " if ev.lang == "fr" else ": "
    subject = (
        f"{prefix}{sep}{ev.title} @ {google_when(ev.start, ev.end, ev.lang)} "
        f"({ev.zone_abbr}) ({ev.me[1]})"
    )
    key = f"gcal/{ev.name}"
    body = mixed(
        alternative(
            text(google_text(ev, old_layout=old_layout), "plain", "qp"),
            text(google_html(ev), "html", "qp"),
            cal_part(ics, ev.method, "7bit"),
            boundary=f"000000000000{digest(key, 'b1', length=16)}",
        ),
        ics_attachment(ics, "invite.ics"),
        boundary=f"000000000000{digest(key, 'b0', length=16)}",
    )
    raw = finish(
        body,
        sender=(ev.organizer[0], "calendar-notification@google.com"),
        to=ev.me,
        subject=subject,
        sent=ev.sent,
        msgid_domain="google.com",
        key=key,
        extra={
            "Reply-To": addr(*ev.organizer),
            "Sender": "Google Calendar <calendar-notification@google.com>",
        },
    )
    label: dict[str, object] = {"kind": kind}
    label.update(timed(ev.start, ev.end, utc=True))
    label.update(
        {
            "uid": uid,
            "sequence": ev.sequence,
            "method": ev.method,
            "organizer_email": ev.organizer[1],
        }
    )
    if ev.meet and ev.method != "CANCEL":
        label["meeting_url"] = f"https://meet.google.com/{ev.meet}"
    if ev.company:
        label["company"] = ev.company
    if ev.role:
        label["role"] = ev.role
    return Case(
        "gcal",
        ev.name,
        raw,
        label,
        {"pt": "pt-BR"}.get(ev.lang, ev.lang),
        GOOGLE_SOURCE,
        "format facts only; text written for this corpus",
        note,
        calendar=True,
    )


@builder
def gcal() -> Iterator[Case]:
    berlin = "Europe/Berlin"
    yield google_case(
        GEvent(
            "invitation_en_meet",
            "en",
            "Nordlicht Analytics – Interview: Senior Data Engineer",
            at(2026, 6, 23, 14, 0, berlin),
            at(2026, 6, 23, 15, 0, berlin),
            ("Maren Feldkamp", "maren.feldkamp@nordlicht-analytics.de"),
            "Central European Time - Berlin",
            "CEST",
            at(2026, 6, 16, 9, 41, berlin),
            meet="kqd-vnfe-xbt",
            company="Nordlicht Analytics",
            role="Senior Data Engineer",
            description="Technical interview with two engineers from the platform team.",
        ),
        "invitation",
        "Google invitation, 2024 body layout; DTSTART in UTC, CEST in summer.",
    )
    yield google_case(
        GEvent(
            "invitation_de_meet",
            "de",
            "Vorstellungsgespräch Backend-Entwickler (m/w/d)",
            at(2026, 3, 31, 10, 30, berlin),
            at(2026, 3, 31, 11, 15, berlin),
            ("Jonas Wehrmann", "j.wehrmann@kieler-logistik.de"),
            "Mitteleuropäische Zeit - Berlin",
            "MESZ",
            at(2026, 3, 24, 16, 5, berlin),
            meet="fwa-pzhr-cme",
            company=None,
            role=None,
            description="Gespräch mit Fachbereich und HR, ca. 45 Minuten.",
        ),
        "invitation",
        "German Google invitation sent the week before the DST change "
        "(sent in CET, meeting in CEST).",
    )
    ev_fr = GEvent(
        "updated_fr_update",
        "fr",
        "Entretien – Développeuse front-end (Lumen Santé)",
        at(2026, 5, 13, 15, 0, "Europe/Paris"),
        at(2026, 5, 13, 16, 0, "Europe/Paris"),
        ("Claire Dumoulin", "claire.dumoulin@lumen-sante.fr"),
        "Heure d'été d'Europe centrale - Paris",
        "UTC+2",
        at(2026, 5, 7, 11, 20, "Europe/Paris"),
        sequence=1,
        changed=True,
        meet="hxu-tcwa-ops",
        company="Lumen Santé",
    )
    yield google_case(
        ev_fr,
        "reschedule",
        "Google 'Invitation mise à jour' with the date marked 'Modifié'; "
        "SEQUENCE 1 and the changed marker show the time moved.",
    )
    yield google_case(
        GEvent(
            "cancelled_es_cancel",
            "es",
            "Entrevista técnica – Ingeniero QA",
            at(2026, 4, 21, 17, 0, "Europe/Madrid"),
            at(2026, 4, 21, 18, 0, "Europe/Madrid"),
            ("Lucía Barrientos", "lucia.barrientos@ondaverde.es"),
            "Hora de verano de Europa central - Madrid",
            "CEST",
            at(2026, 4, 17, 8, 55, "Europe/Madrid"),
            method="CANCEL",
            sequence=2,
            status="CANCELLED",
        ),
        "cancellation",
        "Google cancellation (METHOD:CANCEL, STATUS:CANCELLED); start is the cancelled slot.",
    )
    yield google_case(
        GEvent(
            "invitation_it",
            "it",
            "Colloquio conoscitivo – Product Designer",
            at(2026, 10, 27, 9, 30, "Europe/Rome"),
            at(2026, 10, 27, 10, 15, "Europe/Rome"),
            ("Giulia Ferraresi", "giulia.ferraresi@casabianca-design.it"),
            "Ora standard dell'Europa centrale - Roma",
            "CET",
            at(2026, 10, 22, 18, 2, "Europe/Rome"),
            meet="ptz-wqkr-nhe",
            role="Product Designer",
        ),
        "invitation",
        "Italian Google invitation sent in CEST for a meeting after the October DST end (CET).",
    )
    yield google_case(
        GEvent(
            "invitation_nl_oldlayout",
            "nl",
            "Kennismaking Data Analist bij Polderdata",
            at(2026, 9, 8, 13, 0, "Europe/Amsterdam"),
            at(2026, 9, 8, 13, 45, "Europe/Amsterdam"),
            ("Sanne de Vries", "sanne.devries@polderdata.nl"),
            "Midden-Europese tijd - Amsterdam",
            "CEST",
            at(2026, 9, 1, 10, 14, "Europe/Amsterdam"),
            meet="bgo-yyrm-kdw",
            company="Polderdata",
            role="Data Analist",
        ),
        "invitation",
        "Dutch Google invitation in the pre-2023 'Title:/When:/Who:' layout.",
        old_layout=True,
    )
    yield google_case(
        GEvent(
            "updated_ptbr_update",
            "pt",
            "Entrevista final – Analista de Dados Pleno",
            at(2026, 7, 2, 16, 0, "America/Sao_Paulo"),
            at(2026, 7, 2, 17, 0, "America/Sao_Paulo"),
            ("Thiago Moreira", "thiago.moreira@cajuinatech.com.br"),
            "Horário Padrão de Brasília - São Paulo",
            "BRT",
            at(2026, 6, 29, 14, 37, "America/Sao_Paulo"),
            sequence=3,
            changed=True,
            meet="rrx-ezgn-pqa",
            role="Analista de Dados Pleno",
        ),
        "reschedule",
        "Brazilian Portuguese Google update (SEQUENCE 3) with the date marked 'Alterado'.",
    )
    yield google_case(
        GEvent(
            "invitation_ja",
            "ja",
            "一次面接（バックエンドエンジニア）",
            at(2026, 2, 18, 11, 0, "Asia/Tokyo"),
            at(2026, 2, 18, 12, 0, "Asia/Tokyo"),
            ("佐藤 美咲", "misaki.sato@hoshizora-soft.co.jp"),
            "日本標準時 - 東京",
            "JST",
            at(2026, 2, 12, 17, 30, "Asia/Tokyo"),
            meet="jua-hgxv-qcm",
        ),
        "invitation",
        "Japanese Google invitation; encoded-word subject with full-width "
        "brackets and a wave dash range.",
    )
    yield google_case(
        GEvent(
            "invitation_sv_en_recipient",
            "sv",
            "Intervju: Backendutvecklare – Fjällsten AB",
            at(2026, 11, 4, 8, 30, "Europe/Stockholm"),
            at(2026, 11, 4, 9, 30, "Europe/Stockholm"),
            ("Elin Nyqvist", "elin.nyqvist@fjallsten.se"),
            "Centraleuropeisk normaltid - Stockholm",
            "CET",
            at(2026, 10, 28, 15, 12, "Europe/Stockholm"),
            meet="cws-ktmb-zaa",
            company="Fjällsten AB",
            role="Backendutvecklare",
        ),
        "invitation",
        "Swedish Google invitation, first week after the DST end.",
    )


# --------------------------------------------------------------------------------------
# Outlook desktop / Exchange Online (Teams) meeting requests with a calendar part

OUTLOOK_SOURCE = (
    "Outlook/Exchange iMIP shape (PRODID, Windows TZIDs with 1601 rules, X-MICROSOFT-CDO-*, "
    "X-MICROSOFT-SKYPETEAMSMEETINGURL) as in nylas/sync-engine tests/events/fixtures/"
    "windows_event.ics and mozilla/releases-comm-central calendar/test/browser/invitations/"
    "data/outlook-test-invite.eml; Teams join block as in the Microsoft Graph calendarView "
    "sample bodyPreview; Windows zone -> IANA via CLDR windowsZones.xml"
)
MS_LICENSE = "format facts only; text written for this corpus (CLDR data Unicode-3.0)"


def teams_url(key: str) -> str:
    return (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        f"{digest(key, 'teams', length=40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
        f"{digest(key, 'tid', length=8)}-{digest(key, 't2', length=4)}-4a1b-8c9d-"
        f"{digest(key, 't3', length=12)}%22%2c%22Oid%22%3a%22{digest(key, 'oid', length=8)}"
        f"-2d4f-4a6b-9c8d-{digest(key, 'o2', length=12)}%22%7d"
    )


TEAMS_BLOCK = {
    "en": (
        "Microsoft Teams meeting",
        "Join on your computer, mobile app or room device",
        "Click here to join the meeting",
        "Meeting ID",
        "Passcode",
    ),
    "de": (
        "Microsoft Teams-Besprechung",
        "Nehmen Sie an Ihrem Computer, der mobilen App oder im Raumgerät teil.",
        "Klicken Sie hier, um an der Besprechung teilzunehmen",
        "Besprechungs-ID",
        "Kennung",
    ),
    "fr": (
        "Réunion Microsoft Teams",
        "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
        "Cliquez ici pour participer à la réunion",
        "ID de la réunion",
        "Code secret",
    ),
    "es": (
        "Reunión de Microsoft Teams",
        "Unirse desde el equipo, la aplicación móvil o un dispositivo de sala",
        "Haga clic aquí para unirse a la reunión",
        "Id. de reunión",
        "Código de acceso",
    ),
    "pt": (
        "Reunião do Microsoft Teams",
        "Ingressar no seu computador, aplicativo móvel ou dispositivo de sala",
        "Clique aqui para ingressar na reunião",
        "ID da reunião",
        "Senha",
    ),
    "nl": (
        "Microsoft Teams-vergadering",
        "Deelnemen op uw computer, mobiele app of ruimteapparaat",
        "Klik hier om deel te nemen aan de vergadering",
        "Vergadering-id",
        "Wachtwoordcode",
    ),
    "it": (
        "Riunione di Microsoft Teams",
        "Partecipa da computer, app per dispositivi mobili o dispositivo della sala",
        "Fai clic qui per partecipare alla riunione",
        "ID riunione",
        "Passcode",
    ),
}


def teams_text(lang: str, url: str, key: str) -> str:
    title, line, click, mid, pw = TEAMS_BLOCK[lang]
    number = str(int(digest(key, "mid", length=10), 16))[:12]
    return (
        "_" * 80 + f"\n{title}\n{line}\n{click}<{url}>\n"
        f"{mid}: {number[:3]} {number[3:6]} {number[6:9]} {number[9:12]}\n"
        f"{pw}: {digest(key, 'pw', length=6)}\n"
        "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams."
        f"microsoft.com/meetingOptions/?organizerId={digest(key, 'org', length=8)}>\n"
        + "_" * 80
        + "\n"
    )


@dataclass
class OEvent:
    name: str
    lang: str
    title: str
    start: datetime
    end: datetime
    win: str
    organizer: tuple[str, str]
    sent: datetime
    prose: str
    method: str = "REQUEST"
    sequence: int = 0
    teams: bool = True
    desktop: bool = False
    location: str = ""
    me: tuple[str, str] = ME


def outlook_ics(ev: OEvent, uid: str, url: str | None, description: str) -> str:
    lang_tag = {
        "en": "en-US",
        "de": "de-DE",
        "fr": "fr-FR",
        "es": "es-ES",
        "pt": "pt-BR",
        "nl": "nl-NL",
        "it": "it-IT",
    }[ev.lang]
    tzid = f'"{ev.win}"' if ev.desktop else ev.win
    lines = ["BEGIN:VCALENDAR", f"METHOD:{ev.method}"]
    lines.append(
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
        if ev.desktop
        else "PRODID:Microsoft Exchange Server 2010"
    )
    lines += ["VERSION:2.0"]
    if ev.desktop:
        lines.append("X-MS-OLK-FORCEINSPECTOROPEN:TRUE")
    lines += [
        "BEGIN:VTIMEZONE",
        f"TZID:{ev.win}",
        *WINDOWS_VTIMEZONES[ev.win],
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={ev.organizer[0]}:mailto:{ev.organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ev.me[0]}:"
        f"mailto:{ev.me[1]}",
        f"DESCRIPTION;LANGUAGE={lang_tag}:{esc(description)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang_tag}:{esc(ev.title)}",
        f"DTSTART;TZID={tzid}:{ics_local(ev.start)}",
        f"DTEND;TZID={tzid}:{ics_local(ev.end)}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{ics_utc(ev.sent)}",
        "TRANSP:OPAQUE",
        "STATUS:CANCELLED" if ev.method == "CANCEL" else "STATUS:CONFIRMED",
        f"SEQUENCE:{ev.sequence}",
        f"LOCATION;LANGUAGE={lang_tag}:{esc(ev.location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{ev.sequence}",
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if ev.method == "CANCEL" else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if url:
        lines += [
            f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
            "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams."
            f"microsoft.com/teams/{digest(uid, 'svc', length=8)}/",
            'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,'
            '"OnlineMeetingProvider":3}',
        ]
    lines += [
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    ]
    if ev.method != "CANCEL":
        lines += [
            "BEGIN:VALARM",
            "DESCRIPTION:REMINDER",
            "TRIGGER;RELATED=START:-PT15M",
            "ACTION:DISPLAY",
            "END:VALARM",
        ]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return calendar(lines)


def outlook_uid(base: str) -> str:
    return (
        "040000008200E00074C5B7101A82E00800000000"
        + digest(base, "o", length=16).upper()
        + "000000000000000010000000"
        + digest(base, "o2", length=32).upper()
    )


def outlook_case(
    ev: OEvent,
    kind: str | None,
    note: str,
    subject: str,
    *,
    base: str,
    company: str | None = None,
    role: str | None = None,
) -> Case:
    key = f"outlook/{ev.name}"
    url = teams_url(base) if ev.teams else None
    body_text = ev.prose + ("\n\n" + teams_text(ev.lang, url, base) if url else "\n")
    uid = outlook_uid(base)
    ics = outlook_ics(ev, uid, url, body_text)
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv='
        '"Content-Type" content="text/html; charset=utf-8"><meta name="Generator" '
        'content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-US"><div '
        'class="WordSection1">'
        + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in ev.prose.split("\n"))
    )
    if url:
        html += (
            f'<div style="width:100%"><span>{"_" * 80}</span></div><div><span style='
            f'"font-size:18pt">{TEAMS_BLOCK[ev.lang][0]}</span></div><div><a href="'
            f'{url}"><span style="font-size:10.5pt">{TEAMS_BLOCK[ev.lang][2]}</span>'
            "</a></div>"
        )
    html += "</div></body></html>"
    body = alternative(
        text(body_text, "plain", "qp"),
        text(html, "html", "qp"),
        cal_part(ics, ev.method, "b64"),
        boundary=f"_000_{digest(key, 'b', length=30).upper()}_",
    )
    extra = {
        "Thread-Topic": ev.title,
        "Accept-Language": {
            "en": "en-US",
            "de": "de-DE",
            "fr": "fr-FR",
            "es": "es-ES",
            "pt": "pt-BR",
            "nl": "nl-NL",
            "it": "it-IT",
        }[ev.lang],
        "X-MS-Has-Attach": "",
        "X-MS-TNEF-Correlator": "",
    }
    raw = finish(
        body,
        sender=ev.organizer,
        to=ev.me,
        subject=subject,
        sent=ev.sent,
        msgid_domain=f"{digest(key, 'host', length=6).upper()}.eurprd04.prod.outlook.com",
        key=key,
        extra=extra,
    )
    label: dict[str, object] = {}
    if kind:
        label["kind"] = kind
    label.update(timed(ev.start, ev.end, zone=WINDOWS_TO_IANA[ev.win]))
    label.update(
        {
            "uid": uid,
            "sequence": ev.sequence,
            "method": ev.method,
            "organizer_email": ev.organizer[1],
        }
    )
    if url and ev.method != "CANCEL":
        label["meeting_url"] = url
    if company:
        label["company"] = company
    if role:
        label["role"] = role
    family = "outlook" if ev.desktop else "teams"
    return Case(
        family,
        ev.name,
        raw,
        label,
        ev.lang if ev.lang != "pt" else "pt-BR",
        OUTLOOK_SOURCE,
        MS_LICENSE,
        note,
        calendar=True,
    )


@builder
def outlook_and_teams() -> Iterator[Case]:
    kol = "Asia/Kolkata"
    yield outlook_case(
        OEvent(
            "request_en_ist",
            "en",
            "Interview – Site Reliability Engineer (Round 2)",
            at(2026, 3, 12, 14, 0, kol),
            at(2026, 3, 12, 15, 0, kol),
            "India Standard Time",
            ("Ananya Raghavan", "ananya.raghavan@tarangsystems.in"),
            at(2026, 3, 9, 11, 4, kol),
            "Hi Robin,\n\nThank you for your time last week. As discussed, here is the invite for "
            "the second round with our infrastructure leads.\n\nRegards,\nAnanya Raghavan\nTalent "
            "Acquisition | Tarang Systems",
        ),
        "invitation",
        "Exchange Online Teams request, 'India Standard Time' VTIMEZONE (no DST).",
        "Interview – Site Reliability Engineer (Round 2)",
        base="teams-ist",
        company="Tarang Systems",
        role="Site Reliability Engineer",
    )
    yield outlook_case(
        OEvent(
            "request_de_weurope",
            "de",
            "Interview Teamleitung Controlling",
            at(2026, 10, 29, 9, 0, "Europe/Berlin"),
            at(2026, 10, 29, 10, 0, "Europe/Berlin"),
            "W. Europe Standard Time",
            ("Katharina Sommerfeld", "k.sommerfeld@auenwerk.de"),
            at(2026, 10, 20, 15, 48, "Europe/Berlin"),
            "Hallo Herr Achterberg,\n\nwie telefonisch besprochen sende ich Ihnen die Einladung "
            "zum Gespräch mit Frau Dr. Lenz und mir.\n\nViele Grüße\nKatharina Sommerfeld\n"
            "Personalreferentin, Auenwerk GmbH",
        ),
        "invitation",
        "German Teams request sent in CEST (Oct 20) for a slot after the DST end (Oct 29, CET).",
        "Interview Teamleitung Controlling",
        base="teams-de",
        company="Auenwerk GmbH",
        role="Teamleitung Controlling",
    )
    yield outlook_case(
        OEvent(
            "request_fr_romance_desktop",
            "fr",
            "Entretien RH – Chargée de communication",
            at(2026, 4, 9, 11, 0, "Europe/Paris"),
            at(2026, 4, 9, 11, 30, "Europe/Paris"),
            "Romance Standard Time",
            ("Hélène Marchetti", "h.marchetti@bleu-azur-media.fr"),
            at(2026, 4, 2, 17, 12, "Europe/Paris"),
            "Bonjour Robin,\n\nJe vous propose un premier échange téléphonique. Je vous "
            "appellerai au numéro indiqué sur votre CV.\n\nBien cordialement,\nHélène Marchetti",
            teams=False,
            desktop=True,
            location="Appel téléphonique",
        ),
        "invitation",
        'Outlook 16 desktop request (quoted TZID "Romance Standard Time"), '
        "phone call, no meeting link.",
        "Entretien RH – Chargée de communication",
        base="outlook-fr",
        role="Chargée de communication",
    )
    yield outlook_case(
        OEvent(
            "request_ptbr_brasilia",
            "pt",
            "Entrevista – Desenvolvedor Mobile",
            at(2026, 8, 18, 10, 0, "America/Sao_Paulo"),
            at(2026, 8, 18, 11, 0, "America/Sao_Paulo"),
            "E. South America Standard Time",
            ("Fernanda Queiroz", "fernanda.queiroz@vagalume.com.br"),
            at(2026, 8, 11, 9, 27, "America/Sao_Paulo"),
            "Olá Robin,\n\nSegue o convite para a entrevista técnica com o time de mobile.\n\n"
            "Abraços,\nFernanda Queiroz\nRecrutamento | Vagalume",
        ),
        "invitation",
        "Brazilian Teams request, 'E. South America Standard Time' without DST "
        "rules (as Windows has written it since 2019).",
        "Entrevista – Desenvolvedor Mobile",
        base="teams-br",
        company="Vagalume",
        role="Desenvolvedor Mobile",
    )
    yield outlook_case(
        OEvent(
            "request_en_pacific_summer",
            "en",
            "Phone screen: Staff Frontend Engineer",
            at(2026, 7, 14, 9, 30, "America/Los_Angeles"),
            at(2026, 7, 14, 10, 0, "America/Los_Angeles"),
            "Pacific Standard Time",
            ("Derek Oyelaran", "derek.oyelaran@brightkelp.com"),
            at(2026, 7, 8, 16, 2, "America/Los_Angeles"),
            "Hi Robin,\n\nLooking forward to chatting. I'll call you on Teams.\n\nDerek",
        ),
        "invitation",
        "Teams request in 'Pacific Standard Time' during summer (PDT, -07:00).",
        "Phone screen: Staff Frontend Engineer",
        base="teams-pst",
        company=None,
        role="Staff Frontend Engineer",
    )
    yield outlook_case(
        OEvent(
            "cancel_en_gmt",
            "en",
            "Interview – Finance Business Partner",
            at(2026, 5, 20, 13, 0, "Europe/London"),
            at(2026, 5, 20, 14, 0, "Europe/London"),
            "GMT Standard Time",
            ("Priya Chandrasekar", "priya.c@thamesgate-partners.co.uk"),
            at(2026, 5, 18, 8, 50, "Europe/London"),
            "Hi Robin,\n\nApologies, the panel is no longer available on Wednesday. I'll be in "
            "touch with new options shortly.\n\nPriya",
            method="CANCEL",
            sequence=1,
        ),
        "cancellation",
        "Exchange METHOD:CANCEL with 'Canceled:' subject; start is the cancelled slot (BST).",
        "Canceled: Interview – Finance Business Partner",
        base="teams-uk",
    )
    yield outlook_case(
        OEvent(
            "update_es_moved",
            "es",
            "Entrevista – Analista de Riesgos",
            at(2026, 2, 26, 16, 30, "Europe/Madrid"),
            at(2026, 2, 26, 17, 15, "Europe/Madrid"),
            "Romance Standard Time",
            ("Marta Ugarte", "marta.ugarte@banco-cantabrico.es"),
            at(2026, 2, 23, 10, 5, "Europe/Madrid"),
            "Hola Robin:\n\nComo te comenté por teléfono, movemos la entrevista del miércoles 25 "
            "al jueves 26 de febrero a las 16:30. El resto de los detalles no cambia.\n\n"
            "Un saludo,\nMarta",
            sequence=2,
        ),
        "reschedule",
        "Exchange update (SEQUENCE 2) whose own text says it moved from "
        "Wednesday 25 to Thursday 26 February.",
        "Entrevista – Analista de Riesgos",
        base="teams-es",
        role="Analista de Riesgos",
    )
    yield outlook_case(
        OEvent(
            "request_nl_desktop_aedt",
            "nl",
            "Sollicitatiegesprek – Solution Architect (Sydney)",
            at(2026, 11, 17, 8, 0, "Australia/Sydney"),
            at(2026, 11, 17, 9, 0, "Australia/Sydney"),
            "AUS Eastern Standard Time",
            ("Pieter Hoekstra", "pieter.hoekstra@zuidkaap.com.au"),
            at(2026, 11, 9, 14, 40, "Australia/Sydney"),
            "Hoi Robin,\n\nZoals besproken: een gesprek met ons team in Sydney. Let op het "
            "tijdsverschil: het is daar dan zomertijd.\n\nGroet,\nPieter",
            desktop=True,
        ),
        "invitation",
        "Outlook desktop (Dutch text) in 'AUS Eastern Standard Time' during "
        "southern-hemisphere DST (AEDT, +11:00).",
        "Sollicitatiegesprek – Solution Architect (Sydney)",
        base="outlook-au",
        role="Solution Architect",
    )


# --------------------------------------------------------------------------------------
# Outlook "Original Appointment" blocks forwarded as text (calendar part gone)

APPT_WORDS = {
    "en": (
        "-----Original Appointment-----",
        "From",
        "Sent",
        "To",
        "Subject",
        "When",
        "Where",
        "FW",
    ),
    "de": (
        "-----Ursprünglicher Termin-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        "Wann",
        "Wo",
        "WG",
    ),
    "fr": (
        "-----Rendez-vous d'origine-----",
        "De\u00a0",
        "Envoyé\u00a0",
        "À\u00a0",
        "Objet\u00a0",
        "Quand\u00a0",
        "Où\u00a0",
        "TR",
    ),
    "es": (
        "-----Cita original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        "Cuándo",
        "Dónde",
        "RV",
    ),
    "nl": (
        "-----Oorspronkelijke afspraak-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        "Wanneer",
        "Waar",
        "FW",
    ),
    "it": (
        "-----Appuntamento originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        "Quando",
        "Dove",
        "I",
    ),
}
DISPLAY_LOCAL = {
    ("de", "W. Europe Standard Time"): "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    ("fr", "Romance Standard Time"): "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
    ("es", "Romance Standard Time"): "(UTC+01:00) Bruselas, Copenhague, Madrid, París",
    (
        "nl",
        "W. Europe Standard Time",
    ): "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen",
    (
        "it",
        "W. Europe Standard Time",
    ): "(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna",
}


def outlook_when(start: datetime, end: datetime, lang: str, win: str) -> str:
    display = DISPLAY_LOCAL.get((lang, win), WINDOWS_DISPLAY[win])
    if lang == "en":
        day = f"{wd(start, 'en')}, {mon(start, 'en')} {start.day}, {start.year}"
        return f"{day} {ampm(start)}-{ampm(end)} {display}."
    if lang == "de":
        day = f"{wd(start, 'de')}, {start.day}. {mon(start, 'de')} {start.year}"
    elif lang == "es":
        day = f"{wd(start, 'es')}, {start.day} de {mon(start, 'es')} de {start.year}"
    else:
        day = f"{wd(start, lang)} {start.day} {mon(start, lang)} {start.year}"
    return f"{day} {hm(start)}-{hm(end)} {display}."


def plain_mail(
    key: str,
    body_text: str | None,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    html: str | None = None,
    enc: str = "qp",
    domain: str | None = None,
    extra: dict[str, str] | None = None,
    attachments: list[Message] | None = None,
    lf: bool = False,
) -> bytes:
    """A hand-written or client-generated message: text, text+HTML, or HTML only."""
    parts: list[Message] = []
    if body_text is not None:
        parts.append(text(body_text, "plain", enc))
    if html is not None:
        parts.append(text(html, "html", enc))
    body: Message = (
        parts[0]
        if len(parts) == 1
        else alternative(*parts, boundary=f"--=_alt_{digest(key, 'alt', length=20)}")
    )
    if attachments:
        body = mixed(body, *attachments, boundary=f"--=_mix_{digest(key, 'mix', length=20)}")
    host = domain or sender[1].split("@", 1)[1]
    return finish(
        body,
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        msgid_domain=host,
        key=key,
        extra=extra,
        lf=lf,
    )


@builder
def outlookappt() -> Iterator[Case]:
    src = (
        "Outlook '-----Original Appointment-----' header block (en/de/fr/es/nl/it labels) "
        "as quoted in public mail archives and reproduced in the Microsoft Graph sample; "
        "Windows display names per Windows' localized time-zone list; zone via CLDR "
        "windowsZones.xml"
    )
    specs = [
        (
            "en_ist_fw",
            "en",
            "India Standard Time",
            at(2026, 4, 7, 15, 30, "Asia/Kolkata"),
            60,
            ("Vikram Nair", "vikram.nair@sahyadri-fintech.in"),
            "Interview – Backend Engineer (Java)",
            "Sahyadri Fintech",
            "Backend Engineer (Java)",
        ),
        (
            "de_weurope_wg",
            "de",
            "W. Europe Standard Time",
            at(2026, 6, 2, 14, 0, "Europe/Berlin"),
            45,
            ("Lena Brückner", "lena.brueckner@moselwerk.de"),
            "Zweitgespräch Projektmanager IT",
            None,
            "Projektmanager IT",
        ),
        (
            "fr_romance_tr",
            "fr",
            "Romance Standard Time",
            at(2026, 9, 22, 10, 0, "Europe/Paris"),
            60,
            ("Sophie Garnier", "sophie.garnier@atelier-lumiere.fr"),
            "Entretien final – Cheffe de projet digital",
            None,
            "Cheffe de projet digital",
        ),
        (
            "es_romance_rv",
            "es",
            "Romance Standard Time",
            at(2026, 1, 20, 12, 0, "Europe/Madrid"),
            30,
            ("Álvaro Pineda", "alvaro.pineda@mareanorte.es"),
            "Entrevista telefónica – Marketing",
            None,
            None,
        ),
        (
            "nl_weurope_fw",
            "nl",
            "W. Europe Standard Time",
            at(2026, 3, 30, 9, 0, "Europe/Amsterdam"),
            60,
            ("Femke Jansen", "femke.jansen@dijkstra-bouw.nl"),
            "Gesprek Werkvoorbereider",
            None,
            "Werkvoorbereider",
        ),
        (
            "en_pacific_summer_fw",
            "en",
            "Pacific Standard Time",
            at(2026, 8, 5, 13, 0, "America/Los_Angeles"),
            45,
            ("Hannah Whitcombe", "hannah.whitcombe@cedarloop.io"),
            "Hiring manager interview",
            None,
            None,
        ),
        (
            "it_weurope_i",
            "it",
            "W. Europe Standard Time",
            at(2026, 12, 1, 15, 0, "Europe/Rome"),
            60,
            ("Marco Bellandi", "marco.bellandi@velaria.it"),
            "Colloquio tecnico – DevOps",
            None,
            "DevOps",
        ),
    ]
    for name, lang, win, start, minutes, org, title, company, role in specs:
        end = start + timedelta(minutes=minutes)
        words = APPT_WORDS[lang]
        sent_orig = start - timedelta(days=6, hours=3)
        fwd_at = sent_orig + timedelta(hours=2, minutes=11)
        sent_line = outlook_sent(sent_orig, lang)
        sep = ": "
        where = TEAMS_BLOCK.get(lang, TEAMS_BLOCK["en"])[0]
        url = teams_url(f"appt/{name}")
        block = (
            f"{words[0]}\n{words[1]}{sep}{org[0]} <{org[1]}>\n{words[2]}{sep}{sent_line}\n"
            f"{words[3]}{sep}{ME[0]}\n{words[4]}{sep}{title}\n"
            f"{words[5]}{sep}{outlook_when(start, end, lang, win)}\n{words[6]}{sep}{where}\n\n"
        )
        intro = {
            "en": "fyi - adding this one to Afterview",
            "de": "zur Info, bitte eintragen",
            "fr": "pour info",
            "es": "para el calendario",
            "nl": "ter info",
            "it": "da inserire",
        }[lang]
        body = f"{intro}\n\n{block}Hi,\n\n{teams_text(lang, url, f'appt/{name}')}"
        raw = plain_mail(
            f"outlookappt/{name}",
            body,
            sender=ME,
            to=("Afterview", "in+robin@afterview.example"),
            subject=f"{words[7]}: {title}",
            sent=fwd_at.astimezone(ZoneInfo("Europe/Amsterdam")),
        )
        label: dict[str, object] = {"kind": "invitation"}
        label.update(timed(start, end, zone=WINDOWS_TO_IANA[win]))
        label.update({"meeting_url": url, "original_sender": org[1]})
        if company:
            label["company"] = company
        if role:
            label["role"] = role
        yield Case(
            "outlookappt",
            name,
            raw,
            label,
            "en" if lang == "en" else lang,
            src,
            MS_LICENSE,
            f"Outlook appointment forwarded as text ({lang}): "
            f"'{words[5].strip()}:' line with Windows display name "
            f"'{DISPLAY_LOCAL.get((lang, win), WINDOWS_DISPLAY[win])}'; no calendar part.",
        )


def outlook_sent(value: datetime, lang: str) -> str:
    if lang == "en":
        return f"{wd(value, 'en')}, {mon(value, 'en')} {value.day}, {value.year} {ampm(value)}"
    if lang == "de":
        return f"{wd(value, 'de')}, {value.day}. {mon(value, 'de')} {value.year} {hm(value)}"
    if lang == "es":
        return f"{wd(value, 'es')}, {value.day} de {mon(value, 'es')} de {value.year} {hm(value)}"
    return f"{wd(value, lang)} {value.day} {mon(value, lang)} {value.year} {hm(value)}"


# --------------------------------------------------------------------------------------
# hand-written recruiter and hiring-manager mail

PROSE_SOURCE = "hand-written prose (no template); written for this corpus"
PROSE_LICENSE = "written for this corpus"


@dataclass
class Prose:
    family: str
    name: str
    lang: str
    sender: tuple[str, str]
    subject: str
    body: str | None
    sent: datetime
    start: datetime | None
    end: datetime | None
    note: str
    kind: str = "invitation"
    zone: str | None = None
    stated: bool = True
    html: str | None = None
    company: str | None = None
    role: str | None = None
    url: str | None = None
    enc: str = "qp"


def prose_case(p: Prose) -> Case:
    raw = plain_mail(
        f"{p.family}/{p.name}",
        p.body,
        sender=p.sender,
        to=ME,
        subject=p.subject,
        sent=p.sent,
        html=p.html,
        enc=p.enc,
    )
    label: dict[str, object] = {"kind": p.kind}
    if p.start is not None:
        label.update(timed(p.start, p.end, stated=p.stated, zone=p.zone))
    if p.company:
        label["company"] = p.company
    if p.role:
        label["role"] = p.role
    if p.url:
        label["meeting_url"] = p.url
    language = {"pt": "pt-BR"}.get(p.lang, p.lang)
    return Case(p.family, p.name, raw, label, language, PROSE_SOURCE, PROSE_LICENSE, p.note)


@builder
def recruiter() -> Iterator[Case]:
    f = "recruiter"
    s = at(2026, 6, 24, 14, 0, "Europe/Berlin")
    yield prose_case(
        Prose(
            f,
            "en_cest_question_45min",
            "en",
            ("Tobias Kramm", "tobias.kramm@halvorsen-energy.de"),
            "Next step: interview for the Energy Data Analyst role",
            "Hi Robin,\n\nThanks again for your application to Halvorsen Energy. The team would "
            "like to meet you for a first interview. Would Tuesday 30 June at 14:00 CEST work for "
            "you? We'd need you for 45 minutes.\n\nIf that slot is difficult, just suggest two "
            "alternatives.\n\nBest,\nTobias Kramm\nPeople & Culture",
            at(2026, 6, 23, 10, 12, "Europe/Berlin"),
            s.replace(day=30),
            s.replace(day=30) + timedelta(minutes=45),
            "Proposed slot phrased as a question; 'for 45 minutes' gives the end; CEST without a "
            "city (offset clear, zone not).",
            company="Halvorsen Energy",
            role="Energy Data Analyst",
        )
    )
    la = "America/Los_Angeles"
    yield prose_case(
        Prose(
            f,
            "en_pst_in_summer_tomorrow",
            "en",
            ("Kayla Brennan", "kayla@tidepoolhealth.com"),
            "Quick chat tomorrow?",
            "Hey Robin -\n\nGreat speaking with you earlier! Our CTO has a gap tomorrow (6/24 "
            "- 9 PM "
            "PST) if that's not too late on your side. It'll be a 30 min video call, link: "
            "https://us06web.zoom.us/j/84512093376?pwd=Q2tNbXhwR3FOVmlXK1ZzY1dCUT09\n\nKayla",
            at(2026, 6, 23, 15, 40, la),
            at(2026, 6, 24, 21, 0, la),
            at(2026, 6, 24, 21, 30, la),
            "'PST' written in June means Pacific time (PDT, -07:00); US month/day '6/24'; "
            "'tomorrow' agrees with the date.",
            zone=la,
            url="https://us06web.zoom.us/j/84512093376?pwd=Q2tNbXhwR3FOVmlXK1ZzY1dCUT09",
        )
    )
    ny = "America/New_York"
    yield prose_case(
        Prose(
            f,
            "en_et_range_weekday",
            "en",
            ("Marcus Lindqvist", "mlindqvist@harborlight.org"),
            "Interview with Harborlight – Program Coordinator",
            "Dear Robin,\n\nWe would like to invite you to interview for the Program Coordinator "
            "position. The panel is available Wednesday, July 8, 10am – 11am ET.\n\nThe interview "
            "will be held on Google Meet: https://meet.google.com/zfr-qpws-tbd\n\nKind regards,\n"
            "Marcus Lindqvist\nHarborlight Foundation",
            at(2026, 7, 1, 12, 5, ny),
            at(2026, 7, 8, 10, 0, ny),
            at(2026, 7, 8, 11, 0, ny),
            "'10am – 11am ET' with an en dash; ET means America/New_York (EDT in July).",
            zone=ny,
            company="Harborlight Foundation",
            role="Program Coordinator",
            url="https://meet.google.com/zfr-qpws-tbd",
        )
    )
    kol = "Asia/Kolkata"
    yield prose_case(
        Prose(
            f,
            "en_ist_from_to_pm",
            "en",
            ("Deepika Menon", "deepika.menon@kalpavriksha.co.in"),
            "Interview schedule – Data Platform Engineer",
            "Dear Robin,\n\nGreetings from Kalpavriksha Technologies!\n\nYour technical interview "
            "is scheduled on Thursday, 16 July 2026 from 3 to 3:45 pm IST. Kindly join 5 minutes "
            "early.\n\nMeeting link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            "NzQ5ZTk2ODctYjJkMi00ZjRl%40thread.v2/0\n\nThanks & Regards,\nDeepika Menon\nHR Team",
            at(2026, 7, 10, 18, 22, kol),
            at(2026, 7, 16, 15, 0, kol),
            at(2026, 7, 16, 15, 45, kol),
            "'from 3 to 3:45 pm IST' (one meridiem for both ends); IST in an Indian company mail "
            "= Asia/Kolkata.",
            zone=kol,
            company="Kalpavriksha Technologies",
            role="Data Platform Engineer",
            url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZTk2ODctYjJkMi00ZjRl"
            "%40thread.v2/0",
        )
    )
    sg = "Asia/Singapore"
    yield prose_case(
        Prose(
            f,
            "en_time_only_in_subject",
            "en",
            ("Wei Ling Tan", "weiling.tan@merlionpay.sg"),
            "Interview confirmed – Fri 15 May, 11:30–12:15 SGT",
            "Hi Robin,\n\nAs discussed on the phone, confirming our session with the hiring "
            "manager. You'll receive a call on your mobile.\n\nSee you then!\nWei Ling\n"
            "MerlionPay Talent Team",
            at(2026, 5, 12, 9, 3, sg),
            at(2026, 5, 15, 11, 30, sg),
            at(2026, 5, 15, 12, 15, sg),
            "The date and time appear only in the Subject line; SGT = Asia/Singapore.",
            zone=sg,
            company="MerlionPay",
        )
    )
    syd = "Australia/Sydney"
    start = at(2026, 6, 9, 10, 0, syd)
    html = (
        "<html><body><p>Hi Robin,</p><p>Please find the interview details below.</p>"
        '<table border="1" cellpadding="6" style="border-collapse:collapse">'
        '<tr><th align="left">Role</th><td>Graduate Civil Engineer</td></tr>'
        f'<tr><th align="left">Date</th><td>{wd(start, "en")} {start.day} '
        f"{mon(start, 'en')} {start.year}</td></tr>"
        '<tr><th align="left">Time</th><td>10:00am – 10:40am AEST</td></tr>'
        '<tr><th align="left">Location</th><td>Level 7, 201 Kent Street, Sydney</td></tr>'
        "</table><p>Kind regards,<br>Olivia Carrington<br>Bluegum Infrastructure</p>"
        "</body></html>"
    )
    yield prose_case(
        Prose(
            f,
            "en_time_only_in_html_table",
            "en",
            ("Olivia Carrington", "olivia.carrington@bluegum-infra.com.au"),
            "Your interview with Bluegum Infrastructure",
            "Hi Robin,\n\nPlease find the interview details below.\n\nKind regards,\nOlivia "
            "Carrington\nBluegum Infrastructure\n",
            at(2026, 6, 1, 16, 45, syd),
            start,
            start + timedelta(minutes=40),
            "multipart/alternative whose plain part has no time: date and '10:00am – 10:40am "
            "AEST' are only in the HTML table (winter, +10:00).",
            zone=syd,
            html=html,
            company="Bluegum Infrastructure",
            role="Graduate Civil Engineer",
        )
    )
    yield prose_case(
        Prose(
            f,
            "en_aedt_southern_summer",
            "en",
            ("Jack Penrose", "jack.penrose@coralsea.com.au"),
            "Re: Product Owner application",
            "Hi Robin,\n\nGreat news – the panel would like to meet you on Monday 9 November at "
            "4pm AEDT (Sydney time). It will run for an hour.\n\nCheers,\nJack",
            at(2026, 11, 2, 11, 20, syd),
            at(2026, 11, 9, 16, 0, syd),
            at(2026, 11, 9, 17, 0, syd),
            "AEDT (southern-hemisphere summer time, +11:00); 'for an hour' gives the end.",
            zone=syd,
            role="Product Owner",
        )
    )
    jkt = "Asia/Jakarta"
    yield prose_case(
        Prose(
            f,
            "id_wib_dotted_time",
            "id",
            ("Rina Kusumawati", "rina.kusumawati@nusantaralogistik.co.id"),
            "Undangan Interview – Staff Keuangan",
            "Yth. Bapak Robin,\n\nTerima kasih atas lamaran Anda. Kami mengundang Bapak untuk "
            "mengikuti interview pada:\n\nHari/Tanggal : Senin, 13 Juli 2026\nWaktu        : "
            "pukul 10.00 – 11.00 WIB\nTempat       : Kantor Pusat, Jl. Gatot Subroto Kav. 21, "
            "Jakarta\n\nMohon konfirmasi kehadiran Bapak.\n\nHormat kami,\nRina Kusumawati\nHRD",
            at(2026, 7, 8, 9, 15, jkt),
            at(2026, 7, 13, 10, 0, jkt),
            at(2026, 7, 13, 11, 0, jkt),
            "Indonesian: 'pukul 10.00 – 11.00 WIB' (dotted times); WIB = Asia/Jakarta.",
            zone=jkt,
            role="Staff Keuangan",
        )
    )
    mak = "Asia/Makassar"
    yield prose_case(
        Prose(
            f,
            "id_wita",
            "id",
            ("Andi Saputra", "andi.saputra@celebesmining.co.id"),
            "Jadwal wawancara online",
            "Halo Robin,\n\nWawancara online dijadwalkan hari Kamis, 6 Agustus 2026 jam 14.00 "
            "WITA (13.00 WIB) melalui Zoom: https://zoom.us/j/93810274455\n\nSalam,\nAndi",
            at(2026, 8, 3, 8, 40, mak),
            at(2026, 8, 6, 14, 0, mak),
            None,
            "WITA (+08:00) with the WIB equivalent in parentheses; no end.",
            zone=mak,
            url="https://zoom.us/j/93810274455",
        )
    )
    sp = "America/Sao_Paulo"
    yield prose_case(
        Prose(
            f,
            "ptbr_brt_slash_date",
            "pt",
            ("Camila Albuquerque", "camila@ipepoint.com.br"),
            "Entrevista – Analista de Suporte",
            "Oi Robin, tudo bem?\n\nPodemos fazer a entrevista na quinta-feira, 20/08, às 15h "
            "(horário de Brasília)? A conversa deve durar uns 40 minutos.\n\nSegue o link do "
            "Meet: https://meet.google.com/vqe-ruxh-mad\n\nAbs,\nCamila",
            at(2026, 8, 14, 11, 2, sp),
            at(2026, 8, 20, 15, 0, sp),
            at(2026, 8, 20, 15, 40, sp),
            "Day/month slash date '20/08' (Brazilian order), '15h', 'horário de Brasília' = "
            "America/Sao_Paulo.",
            zone=sp,
            role="Analista de Suporte",
            url="https://meet.google.com/vqe-ruxh-mad",
        )
    )
    ba = "America/Argentina/Buenos_Aires"
    yield prose_case(
        Prose(
            f,
            "es_utc_unicode_minus",
            "es",
            ("Valentina Ríos", "vrios@pampasoft.com.ar"),
            "Entrevista técnica – Pampasoft",
            "Hola Robin,\n\n¿Te queda bien el martes 6 de octubre a las 11:00 (UTC−3)? Sería una "
            "videollamada de una hora con el equipo de datos.\n\nSaludos,\nValentina",
            at(2026, 10, 1, 17, 30, ba),
            at(2026, 10, 6, 11, 0, ba),
            at(2026, 10, 6, 12, 0, ba),
            "'UTC−3' written with U+2212 MINUS SIGN; a fixed offset, so no IANA zone labelled.",
            company="Pampasoft",
        )
    )
    ber = "Europe/Berlin"
    yield prose_case(
        Prose(
            f,
            "de_no_zone_dotted",
            "de",
            ("Sabine Albrecht", "s.albrecht@elbtal-versicherung.de"),
            "Einladung zum Vorstellungsgespräch",
            "Sehr geehrter Herr Achterberg,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter "
            "Schadenregulierung. Gerne möchten wir Sie persönlich kennenlernen und laden Sie am "
            "Donnerstag, den 17.09.2026, um 9:30 Uhr in unsere Geschäftsstelle (Pillnitzer "
            "Str. 12, "
            "Dresden) ein. Planen Sie bitte etwa eine Stunde ein.\n\nMit freundlichen Grüßen\n"
            "Sabine Albrecht\nPersonalabteilung",
            at(2026, 9, 8, 11, 10, ber),
            at(2026, 9, 17, 9, 30, ber),
            at(2026, 9, 17, 10, 30, ber),
            "German DD.MM.YYYY date, '9:30 Uhr', no zone stated (tz_stated false; .de sender).",
            stated=False,
            role="Sachbearbeiter Schadenregulierung",
            enc="8bit",
        )
    )
    par = "Europe/Paris"
    yield prose_case(
        Prose(
            f,
            "fr_moved_reschedule",
            "fr",
            ("Nadia Benhamou", "nadia.benhamou@verdigris-conseil.fr"),
            "Changement d'horaire – entretien du 2 juin",
            "Bonjour Robin,\n\nUn imprévu nous oblige à déplacer notre entretien prévu le mardi 2 "
            "juin à 10h. Nous vous proposons le jeudi 4 juin à 14h30, toujours dans nos locaux "
            "(durée : 1h).\n\nMerci de me confirmer.\n\nBien à vous,\nNadia Benhamou",
            at(2026, 5, 28, 9, 0, par),
            at(2026, 6, 4, 14, 30, par),
            at(2026, 6, 4, 15, 30, par),
            "Reschedule: old slot (mardi 2 juin 10h) then the new one (jeudi 4 juin 14h30); "
            "'14h30' French clock; no zone.",
            kind="reschedule",
            stated=False,
        )
    )
    rom = "Europe/Rome"
    yield prose_case(
        Prose(
            f,
            "it_cancellation_with_time",
            "it",
            ("Francesca Testa", "f.testa@lagunaverde.it"),
            "Annullamento colloquio",
            "Gentile Robin,\n\npurtroppo dobbiamo annullare il colloquio di lunedì 14 settembre "
            "alle 15:00, perché la posizione è stata sospesa. Ci scusiamo per il disagio e la "
            "ricontatteremo se la ricerca dovesse riaprirsi.\n\nCordiali saluti,\nFrancesca Testa",
            at(2026, 9, 10, 16, 20, rom),
            at(2026, 9, 14, 15, 0, rom),
            None,
            "Cancellation naming the cancelled slot; no zone.",
            kind="cancellation",
            stated=False,
        )
    )
    ams = "Europe/Amsterdam"
    yield prose_case(
        Prose(
            f,
            "nl_dashed_date_no_zone",
            "nl",
            ("Joris van Leeuwen", "joris@grachtenlab.nl"),
            "Uitnodiging gesprek Grachtenlab",
            "Hoi Robin,\n\nLeuk dat je wilt komen praten! Schikt dinsdag 10-11-2026 om 13:30? We "
            "trekken er een uur voor uit, bij ons op kantoor aan de Keizersgracht.\n\nGroet,\n"
            "Joris",
            at(2026, 11, 3, 20, 5, ams),
            at(2026, 11, 10, 13, 30, ams),
            at(2026, 11, 10, 14, 30, ams),
            "Dutch day-first dashed date '10-11-2026' (10 November); no zone.",
            stated=False,
            company="Grachtenlab",
        )
    )
    waw = "Europe/Warsaw"
    yield prose_case(
        Prose(
            f,
            "pl_polish_time",
            "pl",
            ("Katarzyna Wójcik", "katarzyna.wojcik@wislatech.pl"),
            "Zaproszenie na rozmowę – Tester oprogramowania",
            "Dzień dobry,\n\nzapraszam na rozmowę rekrutacyjną w środę 25 listopada o 12:00 "
            "(czasu polskiego). Spotkanie potrwa ok. 45 minut, odbędzie się na Teams.\n\n"
            "Pozdrawiam serdecznie,\nKatarzyna Wójcik",
            at(2026, 11, 18, 13, 0, waw),
            at(2026, 11, 25, 12, 0, waw),
            at(2026, 11, 25, 12, 45, waw),
            "Polish genitive month, 'czasu polskiego' = Europe/Warsaw.",
            zone=waw,
            role="Tester oprogramowania",
        )
    )
    ist = "Europe/Istanbul"
    yield prose_case(
        Prose(
            f,
            "tr_tsi",
            "tr",
            ("Elif Yıldırım", "elif.yildirim@bogazicisoft.com.tr"),
            "Mülakat daveti",
            "Merhaba Robin,\n\nBaşvurunuz için teşekkür ederiz. Sizinle 22 Ekim Perşembe günü saat "
            "14:00'te (TSİ) online bir görüşme yapmak isteriz. Görüşme yaklaşık 30 dakika "
            "sürecektir.\n\nSaygılarımızla,\nElif Yıldırım\nİnsan Kaynakları",
            at(2026, 10, 16, 10, 30, ist),
            at(2026, 10, 22, 14, 0, ist),
            at(2026, 10, 22, 14, 30, ist),
            "Turkish '22 Ekim Perşembe günü saat 14:00'te (TSİ)'; TSİ = Türkiye saati = "
            "Europe/Istanbul.",
            zone=ist,
        )
    )
    sto = "Europe/Stockholm"
    yield prose_case(
        Prose(
            f,
            "sv_kl_no_zone",
            "sv",
            ("Oskar Bergström", "oskar.bergstrom@granskog.se"),
            "Intervju hos Granskog",
            "Hej Robin!\n\nTack för din ansökan. Vi vill gärna träffa dig på fredag den 4 december "
            "kl. 10.00–11.00 på vårt kontor i Umeå.\n\nVänliga hälsningar\nOskar Bergström",
            at(2026, 11, 27, 8, 45, sto),
            at(2026, 12, 4, 10, 0, sto),
            at(2026, 12, 4, 11, 0, sto),
            "Swedish 'kl. 10.00–11.00', no zone.",
            stated=False,
            company="Granskog",
        )
    )
    tok = "Asia/Tokyo"
    yield prose_case(
        Prose(
            f,
            "ja_jikan",
            "ja",
            ("山本 健太", "kenta.yamamoto@sakuradigital.co.jp"),
            "【面接日程のご案内】サクラデジタル株式会社",
            "Robin Achterberg 様\n\nこの度はご応募いただき誠にありがとうございます。\n"
            "二次面接を下記の日程で実施いたします。\n\n日時：2026年6月30日（火）15:00〜16:00"
            "（日本時間）\n形式：オンライン（Google Meet）\nURL：https://meet.google.com/"
            "hxk-pmwe-sto\n\n何卒よろしくお願いいたします。\n\nサクラデジタル株式会社\n人事部 山本",
            at(2026, 6, 22, 10, 0, tok),
            at(2026, 6, 30, 15, 0, tok),
            at(2026, 6, 30, 16, 0, tok),
            "Japanese: full-width colon and parentheses, '〜' range, '日本時間' = Asia/Tokyo.",
            zone=tok,
            company="サクラデジタル株式会社",
            url="https://meet.google.com/hxk-pmwe-sto",
            enc="b64",
        )
    )


@builder
def hiringmgr() -> Iterator[Case]:
    f = "hiringmgr"
    yield prose_case(
        Prose(
            f,
            "en_gmt_plus2_offset",
            "en",
            ("Nikos Papadakis", "nikos@aegeanrobotics.gr"),
            "Robotics role – let's talk",
            "Robin,\n\nI read your portfolio, impressive stuff. Can we talk Monday 1 June at "
            "16:00 GMT+2? 30 minutes is enough for a first chat.\n\nNikos",
            at(2026, 5, 27, 22, 10, "Europe/Athens"),
            at(2026, 6, 1, 17, 0, "Europe/Athens"),
            at(2026, 6, 1, 17, 30, "Europe/Athens"),
            "'GMT+2' is a fixed offset (16:00+02:00 = 17:00 Athens summer time); no IANA zone "
            "labelled.",
        )
    )
    ktm = "Asia/Kathmandu"
    yield prose_case(
        Prose(
            f,
            "en_half_hour_zone_npt",
            "en",
            ("Sagar Shrestha", "sagar@himalcode.com.np"),
            "Call with our CTO",
            "Hi Robin,\n\nOur CTO can do Wednesday, April 22 at 8:15 PM NPT (UTC+05:45). He'll "
            "send a Jitsi link: https://meet.jit.si/HimalcodeRobin\n\nSagar",
            at(2026, 4, 18, 12, 0, ktm),
            at(2026, 4, 22, 20, 15, ktm),
            None,
            "Nepal Time, a quarter-hour offset (+05:45).",
            zone=ktm,
            url="https://meet.jit.si/HimalcodeRobin",
        )
    )
    ny = "America/New_York"
    yield prose_case(
        Prose(
            f,
            "en_us_dst_change_week",
            "en",
            ("Rachel Goldfarb", "rgoldfarb@wharfside.nyc"),
            "Monday's interview",
            "Hi Robin - confirming Monday, March 9 at 10:00 AM Eastern for the on-site. Ask for me "
            "at the front desk, 14th floor. Should take about 90 minutes.\n\nRachel",
            at(2026, 3, 5, 17, 45, ny),
            at(2026, 3, 9, 10, 0, ny),
            at(2026, 3, 9, 11, 30, ny),
            "Sent in EST on March 5; the US switches to EDT on March 8, so the slot is -04:00.",
            zone=ny,
        )
    )
    chi = "America/Chicago"
    yield prose_case(
        Prose(
            f,
            "en_moved_to_friday",
            "en",
            ("Tom Okafor", "tom.okafor@prairiegrid.com"),
            "Moving our call",
            "Hi Robin,\n\nSomething came up on Thursday. Could we move our call from Thursday, "
            "July 16 at 11:00 AM CT to Friday, July 17 at 2:00 PM CT? Same Zoom link as before: "
            "https://prairiegrid.zoom.us/j/98811230745\n\nThanks for your flexibility,\nTom",
            at(2026, 7, 14, 9, 5, chi),
            at(2026, 7, 17, 14, 0, chi),
            None,
            "Reschedule 'from X to Y'; start is the new Friday slot (CDT).",
            kind="reschedule",
            zone=chi,
            url="https://prairiegrid.zoom.us/j/98811230745",
        )
    )
    la = "America/Los_Angeles"
    yield prose_case(
        Prose(
            f,
            "en_cancel_pt",
            "en",
            ("Grace Liu", "grace.liu@redwoodmetrics.com"),
            "Need to cancel Tuesday",
            "Hi Robin,\n\nI'm really sorry, but I have to cancel our interview on Tuesday, "
            "August 4 "
            "at 11:00 AM PT - we've paused hiring for the team. I'll reach out if that changes.\n\n"
            "Grace",
            at(2026, 7, 31, 13, 0, la),
            at(2026, 8, 4, 11, 0, la),
            None,
            "Cancellation naming the cancelled slot; PT in August = PDT.",
            kind="cancellation",
            zone=la,
        )
    )
    ber = "Europe/Berlin"
    yield prose_case(
        Prose(
            f,
            "de_morgen_du",
            "de",
            ("Felix Hartung", "felix@kombuese.io"),
            "Kurzer Call morgen?",
            "Hi Robin,\n\nhast du morgen um 11 Uhr kurz Zeit für einen Call (ca. 20 Min.)? Ich "
            "würde dir das Team vorstellen.\n\nLG Felix",
            at(2026, 2, 9, 18, 30, ber),
            at(2026, 2, 10, 11, 0, ber),
            at(2026, 2, 10, 11, 20, ber),
            "Relative 'morgen um 11 Uhr' resolved against the Date header (Mon 9 Feb 2026); no "
            "zone.",
            stated=False,
            enc="8bit",
        )
    )
    sp = "America/Sao_Paulo"
    yield prose_case(
        Prose(
            f,
            "ptbr_html_only",
            "pt",
            ("Rafael Tavares", "rafael.tavares@mangue.dev"),
            "Bate-papo sobre a vaga",
            None,
            at(2026, 3, 2, 19, 0, sp),
            at(2026, 3, 5, 18, 30, sp),
            at(2026, 3, 5, 19, 0, sp),
            "HTML-only message (no text/plain); '18h30 às 19h' with 'BRT'.",
            zone=sp,
            html='<div dir="ltr"><div>Oi Robin,</div><div><br></div><div>Que tal um bate-papo '
            "na <b>quinta-feira, 5 de março, das 18h30 às 19h (BRT)</b>? Te mando o link "
            "do Meet na hora.</div><div><br></div><div>Abraço,</div><div>Rafael</div></div>",
        )
    )


# --------------------------------------------------------------------------------------
# the job seeker forwarding invitations from various clients

FWD_SOURCE = (
    "crisp-oss/email-forward-parser test/fixtures/{client}_{lang}_body.txt "
    "@63af86b0a2c2804d0419d5b579c84816f88a076b (forward separator and header labels per "
    "client and language)"
)
FWD_LICENSE = "MIT (email-forward-parser, format facts only); text written for this corpus"
AFTERVIEW = ("Afterview", "in+robin@afterview.example")


def fwd_header(client: str, lang: str, org: tuple[str, str], sent: datetime, subject: str) -> str:
    to = f"{ME[0]} <{ME[1]}>"
    if client == "gmail":
        sep = {
            "en": "---------- Forwarded message ---------",
            "de": "---------- Weitergeleitete Nachricht ---------",
            "pt": "---------- Mensagem encaminhada ---------",
        }[lang]
        frm = {"en": "From", "de": "Von", "pt": "De"}[lang]
        if lang == "en":
            when = f"{wds(sent, 'en')}, {mons(sent, 'en')} {sent.day}, {sent.year} at {ampm(sent)}"
        elif lang == "de":
            when = (
                f"{wds(sent, 'de')}, {sent.day}. {mons(sent, 'de')} {sent.year} um {hm(sent)} Uhr"
            )
        else:
            when = (
                f"{wds(sent, 'pt')}., {sent.day} de {mons(sent, 'pt')}. de {sent.year} "
                f"às {hm(sent)}"
            )
        return f"{sep}\n{frm}: {org[0]} <{org[1]}>\nDate: {when}\nSubject: {subject}\nTo: {to}\n\n"
    if client == "outlook":
        labels = {
            "en": ("From", "Sent", "To", "Subject"),
            "de": ("Von", "Gesendet", "An", "Betreff"),
            "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
            "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
        }[lang]
        return (
            f"{labels[0]}: {org[0]} <{org[1]}>\n{labels[1]}: {outlook_sent(sent, lang)}\n"
            f"{labels[2]}: {to}\n{labels[3]}: {subject}\n\n"
        )
    if client == "apple":
        if lang == "fr":
            when = f"{sent.day} {mon(sent, 'fr')} {sent.year} à {sent.strftime('%H:%M:%S')} UTC+2"
            return (
                f"Début du message réexpédié :\n\nDe: {org[0]} <{org[1]}>\nObjet: "
                f"{subject}\nDate: {when}\nÀ: {to}\n\n"
            )
        when = (
            f"{mon(sent, 'en')} {sent.day}, {sent.year} at {ampm(sent)[:-3]}:"
            f"{sent.second:02d} {ampm(sent)[-2:]} EDT"
        )
        return (
            f"Begin forwarded message:\n\n> From: {org[0]} <{org[1]}>\n> Date: {when}\n"
            f"> To: {to}\n> Subject: {subject}\n> \n"
        )
    if client == "thunderbird":
        return (
            "-------- Weitergeleitete Nachricht --------\n"
            f"Betreff: \t{subject}\nDatum: \t{format_datetime(sent)}\n"
            f"Von: \t{org[0]} <{org[1]}>\nAn: \t{to}\n\n\n"
        )
    if client == "yahoo":
        when = (
            f"{wd(sent, 'es')}, {sent.day} de {mon(sent, 'es')} de {sent.year}, "
            f"{sent.strftime('%H:%M:%S')} CEST"
        )
        return (
            f"----- Mensaje reenviado -----\nDe: {org[0]} <{org[1]}>\nPara: {to}\n"
            f"Enviado: {when}\nAsunto: {subject}\n\n"
        )
    raise ValueError(client)


@dataclass
class Fwd:
    name: str
    client: str
    lang: str
    org: tuple[str, str]
    orig_sent: datetime
    subject: str
    orig_body: str
    start: datetime
    end: datetime | None
    note: str
    intro: str = ""
    zone: str | None = None
    stated: bool = True
    separator: bool = True
    company: str | None = None
    role: str | None = None
    url: str | None = None
    kind: str = "invitation"


def fwd_case(f: Fwd) -> Case:
    header = fwd_header(f.client, f.lang, f.org, f.orig_sent, f.subject)
    body = f.orig_body
    if f.client == "apple" and f.lang == "en":
        body = "\n".join("> " + line if line else ">" for line in body.split("\n"))
    pre = ""
    if f.client == "outlook" and f.separator:
        pre = "_" * 32 + "\n"
    if f.client == "outlook" and f.lang == "nl":
        pre = "Outlook voor Android downloaden<https://aka.ms/AAb9ysg>\n" + pre
    text_body = f"{f.intro}\n\n{pre}{header}{body}\n" if f.intro else f"{pre}{header}{body}\n"
    if f.client == "apple" and f.lang == "en":
        text_body = f"{f.intro}\n\nSent from my iPhone\n\n{header}{body}\n"
    prefix = {
        "en": "Fwd",
        "de": "WG" if f.client == "outlook" else "Fwd",
        "fr": "TR",
        "es": "Fwd",
        "pt": "Fwd",
        "nl": "FW",
    }[f.lang]
    sent = f.orig_sent + timedelta(hours=1, minutes=17)
    raw = plain_mail(
        f"fwd/{f.name}",
        text_body,
        sender=ME,
        to=AFTERVIEW,
        subject=f"{prefix}: {f.subject}",
        sent=sent,
    )
    label: dict[str, object] = {"kind": f.kind}
    label.update(timed(f.start, f.end, stated=f.stated, zone=f.zone))
    label["original_sender"] = f.org[1]
    for key, value in (("company", f.company), ("role", f.role), ("meeting_url", f.url)):
        if value:
            label[key] = value
    client_file = {
        "gmail": "gmail",
        "outlook": "outlook_2019",
        "apple": "apple_mail",
        "thunderbird": "thunderbird",
        "yahoo": "yahoo",
    }[f.client]
    return Case(
        "fwd",
        f.name,
        raw,
        label,
        {"pt": "pt-BR"}.get(f.lang, f.lang),
        FWD_SOURCE.format(client=client_file, lang=f.lang),
        FWD_LICENSE,
        f.note,
    )


@builder
def forwards() -> Iterator[Case]:
    ber, par, ny = "Europe/Berlin", "Europe/Paris", "America/New_York"
    yield fwd_case(
        Fwd(
            "gmail_en_tomorrow",
            "gmail",
            "en",
            ("Priya Desai", "priya.desai@lanternhq.com"),
            at(2026, 6, 15, 16, 5, ny),
            "Interview tomorrow",
            "Hi Robin,\n\nConfirming your interview tomorrow at 11:30am ET with our design lead. "
            "It's scheduled for 45 minutes.\n\nZoom: https://lanternhq.zoom.us/j/91827364510\n\n"
            "Priya",
            at(2026, 6, 16, 11, 30, ny),
            at(2026, 6, 16, 12, 15, ny),
            "Gmail forward; 'tomorrow' must be read against the forwarded Date line (Mon Jun 15), "
            "not the forward's own Date.",
            intro="for afterview",
            zone=ny,
            url="https://lanternhq.zoom.us/j/91827364510",
        )
    )
    yield fwd_case(
        Fwd(
            "gmail_de",
            "gmail",
            "de",
            ("Anja Krüger", "anja.krueger@spreeplan.de"),
            at(2026, 4, 20, 9, 12, ber),
            "Einladung Vorstellungsgespräch UX Researcher",
            "Hallo Robin,\n\nwir freuen uns, dich am Mittwoch, 29.04.2026, von 10:00 bis 11:00 "
            "Uhr bei uns im Büro (Schlesische Str. 28, Berlin) zu begrüßen.\n\nViele Grüße\nAnja",
            at(2026, 4, 29, 10, 0, ber),
            at(2026, 4, 29, 11, 0, ber),
            "Gmail (de) forward 'Weitergeleitete Nachricht'; no zone in the original.",
            intro="Bitte eintragen, danke!",
            stated=False,
            role="UX Researcher",
        )
    )
    yield fwd_case(
        Fwd(
            "outlook_en_separator",
            "outlook",
            "en",
            ("James Whitfield", "j.whitfield@kestrelbank.co.uk"),
            at(2026, 10, 19, 14, 3, "Europe/London"),
            "Interview invitation – Credit Analyst",
            "Dear Robin,\n\nThank you for your application. We would like to invite you to an "
            "interview on Monday 26 October 2026 at 09:30 (UK time) at our Leeds office. Please "
            "allow an hour.\n\nYours sincerely,\nJames Whitfield",
            at(2026, 10, 26, 9, 30, "Europe/London"),
            at(2026, 10, 26, 10, 30, "Europe/London"),
            "Outlook desktop forward with the underscore separator; UK time the day after the "
            "October DST end (GMT).",
            zone="Europe/London",
            role="Credit Analyst",
        )
    )
    yield fwd_case(
        Fwd(
            "outlook_de_no_separator",
            "outlook",
            "de",
            ("Markus Lehmann", "markus.lehmann@isarwerk.de"),
            at(2026, 3, 16, 8, 41, ber),
            "Terminbestätigung",
            "Guten Morgen Herr Achterberg,\n\nhiermit bestätige ich unser Gespräch am Montag, "
            "23. März 2026, 15:00 – 16:00 Uhr (MEZ) per Teams.\n\nBeste Grüße\nMarkus Lehmann",
            at(2026, 3, 23, 15, 0, ber),
            at(2026, 3, 23, 16, 0, ber),
            "Outlook (de) forward without a separator line ('Von:/Gesendet:/An:/Betreff:').",
            separator=False,
            intro="zur Info",
        )
    )
    yield fwd_case(
        Fwd(
            "outlook_web_fr",
            "outlook",
            "fr",
            ("Inès Lefebvre", "ines.lefebvre@cap-horizon.fr"),
            at(2026, 9, 1, 10, 55, par),
            "Convocation à un entretien",
            "Bonjour Robin,\n\nNous avons le plaisir de vous convier à un entretien le lundi 7 "
            "septembre 2026 de 9h30 à 10h30, heure de Paris, dans nos locaux de Lyon.\n\n"
            "Cordialement,\nInès Lefebvre",
            at(2026, 9, 7, 9, 30, par),
            at(2026, 9, 7, 10, 30, par),
            "Outlook on the web (fr) forward with no-break spaces before colons; 'heure de Paris'.",
            intro="à ajouter",
            zone=par,
        )
    )
    yield fwd_case(
        Fwd(
            "apple_fr",
            "apple",
            "fr",
            ("Lucas Fontaine", "lucas.fontaine@brasserie-numerique.fr"),
            at(2026, 5, 4, 18, 20, par),
            "Entretien vendredi",
            "Salut Robin,\n\nOn se voit vendredi 8 mai à 11h au café en bas du bureau ? Ça durera "
            "30 minutes max.\n\nLucas",
            at(2026, 5, 8, 11, 0, par),
            at(2026, 5, 8, 11, 30, par),
            "Apple Mail (fr) 'Début du message réexpédié :'; weekday+date without year; no zone.",
            stated=False,
        )
    )
    yield fwd_case(
        Fwd(
            "apple_iphone_en_quoted",
            "apple",
            "en",
            ("Dana Whitaker", "dana@copperline.studio"),
            at(2026, 6, 3, 9, 14, ny),
            "Portfolio review",
            "Hi Robin,\n\nCan you do a portfolio review on Thursday, June 11 from 1:00 to 2:00 PM "
            "EDT?\n\nThanks,\nDana",
            at(2026, 6, 11, 13, 0, ny),
            at(2026, 6, 11, 14, 0, ny),
            "iPhone forward: 'Begin forwarded message:' with '>'-quoted headers and body.",
            zone=ny,
        )
    )
    yield fwd_case(
        Fwd(
            "thunderbird_de_tabs",
            "thunderbird",
            "de",
            ("Petra Vogt", "p.vogt@hanse-medtech.de"),
            at(2026, 1, 13, 13, 2, ber),
            "Ihr Vorstellungsgespräch am 21.01.",
            "Sehr geehrter Herr Achterberg,\n\nwir bestätigen Ihren Termin am 21.01.2026 um 14:30 "
            "Uhr in Lübeck.\n\nFreundliche Grüße\nPetra Vogt",
            at(2026, 1, 21, 14, 30, ber),
            None,
            "Thunderbird (de) forward with TAB-separated header values; date also in the "
            "subject; no zone.",
            stated=False,
        )
    )
    yield fwd_case(
        Fwd(
            "yahoo_es",
            "yahoo",
            "es",
            ("Pablo Serrano", "pablo.serrano@olivartech.es"),
            at(2026, 6, 8, 10, 2, "Europe/Madrid"),
            "Entrevista con Olivar Tech",
            "Hola Robin:\n\nTe esperamos el jueves 11 de junio a las 12:00 (hora peninsular) para "
            "la entrevista con el equipo.\n\nSaludos,\nPablo",
            at(2026, 6, 11, 12, 0, "Europe/Madrid"),
            None,
            "Yahoo Mail (es) '----- Mensaje reenviado -----'; 'hora peninsular' = Europe/Madrid.",
            zone="Europe/Madrid",
            company="Olivar Tech",
        )
    )
    yield fwd_case(
        Fwd(
            "android_gmail_ptbr",
            "gmail",
            "pt",
            ("Juliana Prado", "juliana.prado@jabuticaba.io"),
            at(2026, 6, 8, 10, 2, "America/Sao_Paulo"),
            "Entrevista técnica",
            "Oi Robin!\n\nFicou marcado para terça, 16/06, das 14h às 15h (horário de "
            "Brasília).\n\n"
            "Bjs,\nJu",
            at(2026, 6, 16, 14, 0, "America/Sao_Paulo"),
            at(2026, 6, 16, 15, 0, "America/Sao_Paulo"),
            "Gmail app (pt-BR) 'Mensagem encaminhada'.",
            zone="America/Sao_Paulo",
        )
    )
    yield fwd_case(
        Fwd(
            "outlook_android_nl",
            "outlook",
            "nl",
            ("Daan Visser", "daan.visser@lagelanden.nl"),
            at(2026, 6, 8, 10, 2, "Europe/Amsterdam"),
            "Tweede gesprek",
            "Hoi Robin,\n\nHet tweede gesprek staat op vrijdag 12 juni van 15:00 tot 16:00.\n\n"
            "Groet,\nDaan",
            at(2026, 6, 12, 15, 0, "Europe/Amsterdam"),
            at(2026, 6, 12, 16, 0, "Europe/Amsterdam"),
            "Outlook for Android (nl) forward under the 'Outlook voor Android downloaden' line; no "
            "zone.",
            stated=False,
        )
    )

    # forwarded as a message/rfc822 attachment (Apple Mail and Thunderbird can do this)
    rome = "Europe/Rome"
    inner_sent = at(2026, 7, 6, 11, 15, rome)
    inner = MIMEText(
        "Ciao Robin,\n\nti confermo il colloquio di mercoledì 15 luglio alle 10:30, nella nostra "
        "sede di Bologna (via Zamboni 8). Durata prevista: un'ora.\n\nA presto,\nChiara "
        "Martelli\nUfficio Personale, Portici Software",
        "plain",
        charset("qp"),
    )
    inner_raw = finish(
        inner,
        sender=("Chiara Martelli", "chiara.martelli@portici-software.it"),
        to=ME,
        subject="Conferma colloquio",
        sent=inner_sent,
        msgid_domain="portici-software.it",
        key="fwd/rfc822-inner",
    )
    attached = MIMEMessage(message_from_bytes(inner_raw))
    attached["Content-Disposition"] = 'attachment; filename="Conferma colloquio.eml"'
    raw = plain_mail(
        "fwd/rfc822_it",
        "Ti inoltro la conferma.\n",
        sender=ME,
        to=AFTERVIEW,
        subject="I: Conferma colloquio",
        sent=inner_sent + timedelta(hours=3),
        attachments=[attached],
    )
    label: dict[str, object] = {"kind": "invitation"}
    label.update(timed(at(2026, 7, 15, 10, 30, rome), at(2026, 7, 15, 11, 30, rome), stated=False))
    label.update(
        {"company": "Portici Software", "original_sender": "chiara.martelli@portici-software.it"}
    )
    yield Case(
        "fwd",
        "rfc822_it",
        raw,
        label,
        "it",
        "message/rfc822 forward-as-attachment, as in mikel/mail spec/fixtures/emails/"
        "attachment_emails/attachment_message_rfc822.eml @9f501b11",
        FWD_LICENSE,
        "The original is an attached message/rfc822 part; the outer text says nothing "
        "about the time; no zone.",
    )

    # a Teams meeting request forwarded as an attachment keeps its calendar part
    ev = OEvent(
        "fwd_inner",
        "en",
        "Interview – Cloud Security Engineer",
        at(2026, 9, 15, 10, 0, "Asia/Singapore"),
        at(2026, 9, 15, 11, 0, "Asia/Singapore"),
        "Singapore Standard Time",
        ("Hui Min Koh", "huimin.koh@straitsguard.sg"),
        at(2026, 9, 7, 14, 30, "Asia/Singapore"),
        "Hi Robin,\n\nPlease find the invite for your interview with our security "
        "team.\n\nBest regards,\nHui Min",
    )
    inner_case = outlook_case(ev, "invitation", "", ev.title, base="fwd-sg")
    attached = MIMEMessage(message_from_bytes(inner_case.raw))
    attached["Content-Disposition"] = 'attachment; filename="ForwardedMessage.eml"'
    raw = plain_mail(
        "fwd/rfc822_teams_sg",
        "Forwarding the invite as an attachment.\n",
        sender=ME,
        to=AFTERVIEW,
        subject="Fwd: Interview – Cloud Security Engineer",
        sent=ev.sent + timedelta(hours=1),
        attachments=[attached],
    )
    label = dict(inner_case.label)
    label["original_sender"] = ev.organizer[1]
    yield Case(
        "fwd",
        "rfc822_teams_sg",
        raw,
        label,
        "en",
        OUTLOOK_SOURCE,
        MS_LICENSE,
        "A Teams request (Singapore Standard Time VTIMEZONE) forwarded inside a "
        "message/rfc822 attachment named ForwardedMessage.eml; the calendar part "
        "survives.",
        calendar=True,
    )


# --------------------------------------------------------------------------------------
# look-alikes that are not invitations

NEG_SOURCE = "hand-written; layout of the named kind of mail, written for this corpus"


def negative(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    body: str | None,
    sent: datetime,
    note: str,
    *,
    html: str | None = None,
    extra_label: dict[str, object] | None = None,
    attachments: list[Message] | None = None,
    extra: dict[str, str] | None = None,
    source: str = NEG_SOURCE,
) -> Case:
    raw = plain_mail(
        f"{family}/{name}",
        body,
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        html=html,
        attachments=attachments,
        extra=extra,
    )
    label: dict[str, object] = {"kind": "not_invitation"}
    label.update(extra_label or {})
    return Case(
        family, name, raw, label, {"pt": "pt-BR"}.get(lang, lang), source, PROSE_LICENSE, note
    )


@builder
def threads() -> Iterator[Case]:
    ber, ny = "Europe/Berlin", "America/New_York"
    yield negative(
        "thread",
        "en_thanks_after_interview_quoted",
        "en",
        ("Ellie Marsh", "ellie.marsh@quillworks.com"),
        "Re: Interview – Technical Writer",
        "Hi Robin,\n\nThanks so much for your time today, the team really enjoyed the "
        "conversation. We'll be in touch by the end of next week.\n\nEllie\n\n"
        "On Tue, Jun 9, 2026 at 4:02 PM Ellie Marsh <ellie.marsh@quillworks.com> wrote:\n"
        "> Hi Robin,\n>\n> We'd love to invite you to interview on Tuesday, June 16 at 2:00 PM "
        "ET.\n> It will take about an hour.\n>\n> Ellie\n",
        at(2026, 6, 16, 16, 20, ny),
        "Gmail reply after the interview took place; the only slot is in the quoted text.",
    )
    yield negative(
        "thread",
        "en_confirm_quoted_only",
        "en",
        ME,
        "Re: Next steps",
        "Perfect, see you then!\n\nRobin\n\nOn Mon, 8 Jun 2026 at 09:00, Arjun Mehta "
        "<arjun@tealfox.io> wrote:\n> Would Thursday 11 June at 10:00 BST suit you?\n",
        at(2026, 6, 8, 9, 40, "Europe/London"),
        "The job seeker's own short reply accepting the one slot the quoted mail proposes: "
        "the interview is agreed at that time (the corpus's rule since stop 41, as "
        "topreply27); the asker has not confirmed yet, so review is fine.",
        extra_label={"kind": "invitation", **timed(at(2026, 6, 11, 10, 0, "Europe/London"), None)},
    )
    yield negative(
        "thread",
        "de_aw_nach_gespraech",
        "de",
        ("Nicole Brandt", "n.brandt@weserdata.de"),
        "AW: Vorstellungsgespräch am 12.05.2026",
        "Hallo Herr Achterberg,\n\nvielen Dank für das angenehme Gespräch gestern. Wir melden "
        "uns bis Ende der Woche bei Ihnen.\n\nViele Grüße\nNicole Brandt\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Robin Achterberg <robin.achterberg@fastpost."
        "example>\nGesendet: Freitag, 8. Mai 2026 17:12\nAn: Nicole Brandt <n.brandt@weserdata."
        "de>\nBetreff: Vorstellungsgespräch am 12.05.2026\n\nHallo Frau Brandt,\n\nich "
        "bestätige gern den Termin am 12.05.2026 um 10:00 Uhr.\n\nBeste Grüße\nRobin "
        "Achterberg\n",
        at(2026, 5, 13, 9, 5, ber),
        "Outlook (de) reply the day after the interview quoting the confirmation.",
    )
    yield negative(
        "thread",
        "fr_re_merci",
        "fr",
        ("Mathilde Roux", "mathilde.roux@ardoise-studio.fr"),
        "RE: Entretien du 3 mars",
        "Bonjour Robin,\n\nMerci pour votre venue ce matin, nous reviendrons vers vous "
        "rapidement.\n\nMathilde\n\nDe : Robin Achterberg\nEnvoyé : vendredi 27 février 2026 "
        "18:03\nÀ : Mathilde Roux\nObjet : Entretien du 3 mars\n\nC'est noté pour mardi 3 mars "
        "à 10h, merci !\n",
        at(2026, 3, 3, 12, 30, "Europe/Paris"),
        "Reply on the day of the interview, after it happened; time only in quoted text.",
    )


@builder
def digests() -> Iterator[Case]:
    ber = "Europe/Berlin"
    yield negative(
        "digest",
        "gcal_daily_agenda_en",
        "en",
        ("Google Calendar", "calendar-notification@google.com"),
        "Daily agenda for Robin Achterberg on Tue Jun 23, 2026",
        "Daily agenda for Robin Achterberg\nTuesday Jun 23, 2026\n\n9am - 9:30am   Stand-up\n"
        "2pm - 3pm   Interview: Senior Data Engineer (Nordlicht Analytics)\n6pm   Gym\n\n"
        "View your calendar at https://calendar.google.com/calendar/\n\nYou are receiving "
        "this email because you enabled daily agendas for your calendar.\n",
        at(2026, 6, 23, 5, 0, ber),
        "Google Calendar daily agenda listing an interview already on the calendar: a digest, "
        "not an invitation.",
        source="Google Calendar 'Daily agenda' notification layout; written for this corpus",
    )
    yield negative(
        "digest",
        "team_weekly_agenda_de",
        "de",
        ("Intranet", "noreply@intranet.auenwerk.de"),
        "Wochenübersicht KW 27",
        "Ihre Termine diese Woche:\n\nMo 29.06. 09:00–09:30  Jour fixe\nDi 30.06. 14:00–15:00  "
        "Bewerbungsgespräche Controlling (intern)\nDo 02.07. 10:00–12:00  Quartalsplanung\n\n"
        "Diese Nachricht wurde automatisch erstellt.\n",
        at(2026, 6, 28, 18, 0, ber),
        "Automatic weekly agenda (German) with several dated lines.",
    )
    yield negative(
        "digest",
        "community_digest_en",
        "en",
        ("Job Seekers Circle", "digest@jobseekerscircle.example"),
        "Your daily digest: 12 new posts",
        'Top posts today\n\n* "My interview is Thursday 10am PT – any tips?" – 14 replies\n'
        '* "Rescheduled from Monday to Wednesday, normal?" – 6 replies\n* Mock interview '
        "session every Friday 5pm CET (community event)\n\nUnsubscribe: https://"
        "jobseekerscircle.example/u/robin\n",
        at(2026, 4, 14, 7, 0, "UTC"),
        "Forum digest quoting other people's interview times and a recurring event.",
    )


@builder
def minutes() -> Iterator[Case]:
    yield negative(
        "minutes",
        "en_next_meeting",
        "en",
        ("Sam Whitley", "sam.whitley@volunteer-net.org"),
        "Minutes – Volunteer coordinators, 2 July",
        "Minutes of the coordinators' call, Thursday 2 July 2026\n\nPresent: Sam, Robin, "
        "Aisha, Leon\n\n1. Summer fair – stalls confirmed.\n2. Recruiting two new drivers – "
        "Aisha to interview candidates.\n\nAction items:\n- Leon: update the rota\n\nNext "
        "meeting: Thursday 16 July, 19:00 BST, same Zoom link.\n",
        at(2026, 7, 2, 21, 30, "Europe/London"),
        "Meeting minutes with a 'Next meeting:' line and the word interview.",
    )
    yield negative(
        "minutes",
        "de_protokoll",
        "de",
        ("Birgit Hahn", "b.hahn@tsv-musterstadt.example"),
        "Protokoll Vorstandssitzung 18.05.2026",
        "Protokoll der Vorstandssitzung vom 18.05.2026\n\nTOP 1: Kassenbericht\nTOP 2: "
        "Neue Übungsleiterin – Vorstellungsgespräch hat stattgefunden, Zusage erteilt\n\n"
        "Nächster Termin: Montag, 15.06.2026, 19:30 Uhr, Vereinsheim\n",
        at(2026, 5, 19, 8, 15, "Europe/Berlin"),
        "German club minutes with 'Nächster Termin'.",
    )
    yield negative(
        "minutes",
        "fr_compte_rendu",
        "fr",
        ("Julie Marchand", "julie.marchand@asso-velo.example"),
        "Compte rendu réunion du 4 juin",
        "Bonjour à tous,\n\nVoici le compte rendu de la réunion du jeudi 4 juin.\n\n- Budget "
        "validé\n- Recrutement du service civique : entretiens terminés\n\nProchaine réunion : "
        "jeudi 2 juillet à 18h30.\n\nJulie\n",
        at(2026, 6, 5, 9, 0, "Europe/Paris"),
        "French minutes with 'Prochaine réunion'.",
    )


@builder
def promos() -> Iterator[Case]:
    yield negative(
        "promo",
        "webinar_en_html",
        "en",
        ("CareerBoost", "events@careerboost.example"),
        "Live webinar: Ace your technical interview (Thu 18 June, 6 PM CEST)",
        "Join our free live webinar: Ace your technical interview\nThursday 18 June 2026, "
        "6:00 PM – 7:00 PM CEST\nRegister now: https://careerboost.example/webinars/ace\n\n"
        "You receive this newsletter because you subscribed at careerboost.example. "
        "Unsubscribe: https://careerboost.example/unsub\n",
        at(2026, 6, 10, 8, 0, "Europe/Berlin"),
        "Webinar promotion with a precise time, 'Register now' and an unsubscribe footer.",
        html="<html><body><h1>Ace your technical interview</h1><p><b>Thursday 18 June 2026, "
        '6:00 PM – 7:00 PM CEST</b></p><p><a href="https://careerboost.example/webinars/'
        'ace">Register now</a></p><p style="font-size:10px">Unsubscribe</p></body>'
        "</html>",
        extra={"List-Unsubscribe": "<https://careerboost.example/unsub>", "Precedence": "bulk"},
    )
    yield negative(
        "promo",
        "career_fair_es",
        "es",
        ("Feria de Empleo Tech", "hola@feriaempleotech.example"),
        "Feria de empleo: 15 de octubre, 10:00–18:00",
        "¡No te pierdas la Feria de Empleo Tech 2026!\n\nJueves 15 de octubre, de 10:00 a "
        "18:00, Palacio de Congresos de Valencia. Más de 60 empresas harán entrevistas "
        "rápidas in situ.\n\nInscríbete gratis: https://feriaempleotech.example\n\nDarse de "
        "baja: https://feriaempleotech.example/baja\n",
        at(2026, 9, 20, 10, 0, "Europe/Madrid"),
        "Job-fair promotion that mentions on-site interviews with a date and times.",
        extra={"List-Unsubscribe": "<https://feriaempleotech.example/baja>"},
    )
    yield negative(
        "promo",
        "newsletter_de_event",
        "de",
        ("Gründerzentrum Nord", "news@gzn.example"),
        "Newsletter Juni: Pitch-Abend & Bewerbungstraining",
        "Liebe Community,\n\nam Mittwoch, 24.06.2026, 18:00 Uhr findet unser Pitch-Abend "
        "statt. Am Freitag bieten wir ein Bewerbungstraining mit simulierten "
        "Vorstellungsgesprächen an.\n\nAnmeldung unter https://gzn.example/events\n\n"
        "Abmelden: https://gzn.example/abmelden\n",
        at(2026, 6, 12, 7, 30, "Europe/Berlin"),
        "Newsletter with event times and 'Vorstellungsgesprächen'.",
        extra={"List-Unsubscribe": "<https://gzn.example/abmelden>", "Precedence": "bulk"},
    )
    yield negative(
        "promo",
        "zoom_webinar_reminder_en",
        "en",
        ("Zoom", "no-reply@zoom.us"),
        "Reminder: Remote Hiring Trends 2026 starts in 1 hour",
        'Hi Robin,\n\nThis is a reminder that "Remote Hiring Trends 2026" will begin in 1 '
        "hour on:\n\nDate Time: Jul 9, 2026 05:00 PM London\n\nJoin from a PC, Mac, iPad, or "
        "Android: https://us02web.zoom.us/w/81234500917?tk=abc\n\nYou can cancel your "
        "registration at any time.\n",
        at(2026, 7, 9, 16, 0, "Europe/London"),
        "Zoom webinar reminder for a marketing webinar the job seeker registered for: an "
        "event, not an interview invitation.",
        source="Zoom webinar reminder layout ('Date Time: ... London'); written for this corpus",
    )


@builder
def jobalerts() -> Iterator[Case]:
    yield negative(
        "jobalert",
        "en_alert",
        "en",
        ("JobRadar", "alerts@jobradar.example"),
        '5 new jobs for "Data Engineer" near Berlin',
        "New jobs matching your search\n\nSenior Data Engineer – Nordlicht Analytics – Berlin "
        "– posted 2 hours ago\nData Engineer (m/f/d) – Spreeplan – Remote – apply by 30 June\n"
        "Analytics Engineer – Kieler Logistik – Kiel – interviews start 6 July\n\nManage "
        "alerts: https://jobradar.example/alerts\n",
        at(2026, 6, 20, 6, 0, "Europe/Berlin"),
        "Job alert listing companies, roles and dates (deadlines, 'interviews start').",
        extra={"List-Unsubscribe": "<https://jobradar.example/alerts/off>"},
    )
    yield negative(
        "jobalert",
        "de_alert",
        "de",
        ("StellenBlick", "jobs@stellenblick.example"),
        "Neue Stellenangebote für Sie",
        "Guten Morgen Robin,\n\nwir haben 3 neue Stellen für Sie gefunden:\n\n"
        "• Projektmanager IT – Moselwerk – Trier – Bewerbungsfrist 15.07.2026\n"
        "• Controller (m/w/d) – Auenwerk GmbH – Kassel\n\nJetzt bewerben auf stellenblick."
        "example\n",
        at(2026, 7, 1, 6, 30, "Europe/Berlin"),
        "German job alert with a deadline.",
    )
    yield negative(
        "jobalert",
        "nl_alert",
        "nl",
        ("Vacaturemaatje", "alerts@vacaturemaatje.example"),
        "Nieuwe vacatures: Data Analist",
        "Hoi Robin,\n\nEr staan 4 nieuwe vacatures voor je klaar, o.a. Data Analist bij "
        "Polderdata (Utrecht). Sollicitatiegesprekken vanaf 1 september.\n\nBekijk alle "
        "vacatures: https://vacaturemaatje.example\n",
        at(2026, 8, 17, 7, 0, "Europe/Amsterdam"),
        "Dutch job alert mentioning when interviews start.",
    )


@builder
def rejections() -> Iterator[Case]:
    yield negative(
        "rejection",
        "en_after_interview",
        "en",
        ("Talent Team", "careers@brightkelp.com"),
        "Your application for Staff Frontend Engineer",
        "Dear Robin,\n\nThank you for interviewing with us on Tuesday, July 14 at 9:30 AM PT. "
        "After careful consideration we have decided to move forward with other candidates.\n"
        "\nWe wish you all the best.\n\nBrightkelp Talent Team\n",
        at(2026, 7, 21, 10, 0, "America/Los_Angeles"),
        "Rejection that repeats the past interview date and time.",
    )
    yield negative(
        "rejection",
        "de_absage",
        "de",
        ("Auenwerk Personal", "bewerbung@auenwerk.de"),
        "Ihre Bewerbung als Teamleitung Controlling",
        "Sehr geehrter Herr Achterberg,\n\nvielen Dank für das Gespräch am 29.10.2026 um 9:00 "
        "Uhr. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin "
        "entschieden haben.\n\nMit freundlichen Grüßen\nAuenwerk GmbH\n",
        at(2026, 11, 4, 14, 0, "Europe/Berlin"),
        "German rejection citing the interview slot.",
    )
    yield negative(
        "rejection",
        "es_rechazo",
        "es",
        ("Marea Norte RRHH", "rrhh@mareanorte.es"),
        "Proceso de selección – Marketing",
        "Hola Robin:\n\nGracias por la entrevista del martes 20 de enero a las 12:00. En esta "
        "ocasión hemos seleccionado otro perfil.\n\nUn saludo,\nEquipo de RR. HH.\n",
        at(2026, 1, 27, 11, 0, "Europe/Madrid"),
        "Spanish rejection quoting the slot.",
    )
    yield negative(
        "rejection",
        "en_thank_you_for_interviewing",
        "en",
        ("Harborlight Foundation", "jobs@harborlight.org"),
        "Thank you for interviewing with Harborlight",
        "Hi Robin,\n\nThank you for interviewing with us yesterday. Interviews continue through "
        "Friday, July 10; we expect to make a decision by July 17 and will contact every "
        "candidate.\n\nHarborlight Foundation\n",
        at(2026, 7, 9, 9, 0, "America/New_York"),
        "'Thank you for interviewing' with future dates that are not an appointment.",
    )
    yield negative(
        "rejection",
        "fr_refus",
        "fr",
        ("Recrutement Lumen Santé", "recrutement@lumen-sante.fr"),
        "Suite à votre entretien",
        "Bonjour Robin,\n\nNous vous remercions pour l'entretien du mercredi 13 mai à 15h. "
        "Nous ne donnerons malheureusement pas suite à votre candidature.\n\nCordialement,\n"
        "L'équipe recrutement\n",
        at(2026, 5, 20, 10, 0, "Europe/Paris"),
        "French rejection citing the past interview.",
    )


@builder
def ooo() -> Iterator[Case]:
    yield negative(
        "ooo",
        "en_auto_reply",
        "en",
        ("Derek Oyelaran", "derek.oyelaran@brightkelp.com"),
        "Automatic reply: Interview follow-up",
        "Thanks for your email. I'm out of the office until Monday, June 29 with limited access "
        "to email. For urgent matters please contact talent@brightkelp.com.\n",
        at(2026, 6, 22, 9, 1, "America/Los_Angeles"),
        "Exchange out-of-office with a return date.",
        extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )
    yield negative(
        "ooo",
        "de_abwesend",
        "de",
        ("Katharina Sommerfeld", "k.sommerfeld@auenwerk.de"),
        "Automatische Antwort: Rückfrage zum Termin",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 03.08.2026 nicht im Büro. "
        "Ab Dienstag, 04.08.2026, 8:00 Uhr bin ich wieder erreichbar.\n",
        at(2026, 7, 20, 10, 4, "Europe/Berlin"),
        "German out-of-office with a return date/time.",
        extra={"Auto-Submitted": "auto-replied"},
    )
    yield negative(
        "ooo",
        "fr_absence",
        "fr",
        ("Claire Dumoulin", "claire.dumoulin@lumen-sante.fr"),
        "Réponse automatique : Entretien",
        "Bonjour,\n\nJe suis absente jusqu'au lundi 24 août inclus. Pour toute question "
        "concernant un entretien, merci d'écrire à recrutement@lumen-sante.fr.\n\nClaire\n",
        at(2026, 8, 10, 12, 0, "Europe/Paris"),
        "French out-of-office.",
        extra={"Auto-Submitted": "auto-replied"},
    )


@builder
def dsn() -> Iterator[Case]:
    ber = "Europe/Berlin"
    original = (
        "From: Robin Achterberg <robin.achterberg@fastpost.example>\nTo: Tobias Kramm "
        "<tobias.kramn@halvorsen-energy.de>\nSubject: Re: Next step: interview\nDate: "
        "Tue, 23 Jun 2026 11:02:00 +0200\n\nTuesday 30 June at 14:00 CEST works for "
        "me. See you then!\n"
    )
    report = MIMENonMultipart("message", "delivery-status")
    per_message, per_recipient = Message(), Message()
    per_message["Reporting-MTA"] = "dns; mx.fastpost.example"
    per_recipient["Final-Recipient"] = "rfc822; tobias.kramn@halvorsen-energy.de"
    per_recipient["Action"] = "failed"
    per_recipient["Status"] = "5.1.1"
    per_recipient["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    report.set_payload([per_message, per_recipient])
    returned = MIMENonMultipart("text", "rfc822-headers")
    returned.set_payload(original)
    notice = text(
        "This is the mail system at host mx.fastpost.example.\n\nI'm sorry to have to inform "
        "you that your message could not\nbe delivered to one or more recipients.\n\n"
        "<tobias.kramn@halvorsen-energy.de>: host mx.halvorsen-energy.de said: 550 5.1.1 User "
        "unknown\n",
        "plain",
        "7bit",
    )
    body = MIMEMultipart("report", boundary=f"{digest('dsn', 'b', length=12)}.1782205320/mx")
    body.set_param("report-type", "delivery-status")
    for part in (notice, report, returned):
        body.attach(part)
    raw = finish(
        body,
        sender=("Mail Delivery System", "MAILER-DAEMON@mx.fastpost.example"),
        to=ME,
        subject="Undelivered Mail Returned to Sender",
        sent=at(2026, 6, 23, 11, 2, ber),
        msgid_domain="mx.fastpost.example",
        key="dsn/postfix",
        extra={"Auto-Submitted": "auto-replied"},
    )
    yield Case(
        "dsn",
        "postfix_bounce_en",
        raw,
        {"kind": "not_invitation"},
        "en",
        "Postfix bounce layout (RFC 3464 multipart/report); written for this corpus",
        PROSE_LICENSE,
        "Bounce whose returned headers/text carry an interview time.",
    )
    yield negative(
        "dsn",
        "exchange_ndr_en",
        "en",
        ("Microsoft Outlook", "postmaster@brightkelp.com"),
        "Undeliverable: Interview follow-up",
        "Your message to dana.w@brightkelp.com couldn't be delivered.\n\ndana.w wasn't found "
        "at brightkelp.com.\n\nOriginal message:\nSubject: Interview follow-up\nSent: 7/15/2026 "
        "4:45 PM\n\nThanks again for the interview on Tuesday at 9:30.\n",
        at(2026, 7, 15, 16, 46, "America/Los_Angeles"),
        "Exchange non-delivery report quoting the undelivered text.",
    )
    yield negative(
        "dsn",
        "delayed_de",
        "de",
        ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        "Zustellung verzögert: Vorstellungsgespräch 17.09.",
        "Die Nachricht an s.albrecht@elbtal-versicherung.de wurde noch nicht zugestellt. Es "
        "wird weiter versucht.\n\nBetreff: Vorstellungsgespräch 17.09.\n\nSehr geehrte Frau "
        "Albrecht, gern bestätige ich den Termin am 17.09.2026 um 9:30 Uhr.\n",
        at(2026, 9, 8, 15, 0, ber),
        "Delay notification quoting a confirmation.",
    )


# --------------------------------------------------------------------------------------
# other calendar producers (one generic writer, per-producer PRODID, VTIMEZONE and body)


@dataclass
class Cal:
    family: str
    name: str
    lang: str
    prodid: str
    method: str | None
    uid: str
    sequence: int
    start: datetime
    end: datetime
    tzid: str
    vtz: list[str]
    organizer: tuple[str, str]
    summary: str
    sent: datetime
    subject: str
    body: str
    note: str
    source: str
    kind: str | None = "invitation"
    zone: str | None = None
    html: str | None = None
    url: str | None = None
    location: str = ""
    organizer_params: str = ""
    organizer_label: str | None = None
    from_addr: tuple[str, str] | None = None
    company: str | None = None
    role: str | None = None
    extra_event: list[str] = field(default_factory=list)
    attach: bool = False
    show_sequence: bool = True
    license: str = "format facts only; text written for this corpus"


def cal_case(c: Cal) -> Case:
    key = f"{c.family}/{c.name}"
    tz = f"TZID={c.tzid}" if '"' in c.tzid or " " not in c.tzid else f'TZID="{c.tzid}"'
    lines = ["BEGIN:VCALENDAR", f"PRODID:{c.prodid}", "VERSION:2.0"]
    if c.method:
        lines.append(f"METHOD:{c.method}")
    lines += c.vtz
    lines += [
        "BEGIN:VEVENT",
        f"UID:{c.uid}",
        f"DTSTAMP:{ics_utc(c.sent)}",
        f"DTSTART;{tz}:{ics_local(c.start)}",
        f"DTEND;{tz}:{ics_local(c.end)}",
        f"SUMMARY:{esc(c.summary)}",
    ]
    if c.show_sequence or c.sequence:
        lines.append(f"SEQUENCE:{c.sequence}")
    if c.location or c.url:
        lines.append(f"LOCATION:{esc(c.location or c.url or '')}")
    lines += [
        f"ORGANIZER;CN={c.organizer[0]}{c.organizer_params}:mailto:{c.organizer[1]}",
        f"ATTENDEE;CN={ME[0]};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME[1]}",
    ]
    if c.method == "CANCEL":
        lines.append("STATUS:CANCELLED")
    lines += c.extra_event
    lines += ["END:VEVENT", "END:VCALENDAR"]
    ics = calendar(lines)
    parts: list[Message] = [text(c.body, "plain", "qp")]
    if c.html:
        parts.append(text(c.html, "html", "qp"))
    if c.attach:
        body: Message = mixed(
            parts[0]
            if len(parts) == 1
            else alternative(*parts, boundary=f"Apple-Mail={digest(key, 'a', length=20)}"),
            cal_part(ics, c.method, "b64", name="invite.ics"),
            boundary=f"Apple-Mail={digest(key, 'm', length=20)}",
        )
    else:
        body = mixed(
            alternative(
                *parts, cal_part(ics, c.method, "qp"), boundary=f"=_{digest(key, 'a', length=24)}"
            ),
            ics_attachment(ics, "invite.ics"),
            boundary=f"=_{digest(key, 'm', length=24)}",
        )
    sender = c.from_addr or c.organizer
    raw = finish(
        body,
        sender=sender,
        to=ME,
        subject=c.subject,
        sent=c.sent,
        msgid_domain=sender[1].split("@", 1)[1],
        key=key,
    )
    label: dict[str, object] = {}
    if c.kind:
        label["kind"] = c.kind
    label.update(timed(c.start, c.end, zone=c.zone))
    label.update({"uid": c.uid, "sequence": c.sequence})
    if c.method:
        label["method"] = c.method
    label["organizer_email"] = c.organizer_label or c.organizer[1]
    for k, v in (("company", c.company), ("role", c.role), ("meeting_url", c.url)):
        if v and not (k == "meeting_url" and c.method == "CANCEL"):
            label[k] = v
    return Case(
        c.family,
        c.name,
        raw,
        label,
        {"pt": "pt-BR"}.get(c.lang, c.lang),
        c.source,
        c.license,
        c.note,
        calendar=True,
    )


def uuidish(key: str) -> str:
    h = digest(key, "uuid", length=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}".upper()


@builder
def zoom() -> Iterator[Case]:
    src = (
        "Zoom invitation text ('... is inviting you to a scheduled Zoom meeting. / Topic / "
        "Time / Join Zoom Meeting / Meeting ID / Passcode') as matched by public Zoom-"
        "invitation parsers (e.g. a Moodle plugin's default regex) and quoted in "
        "Hyperledger meeting notes; ICS PRODID -//zoom.us//iCalendar Event//EN with a "
        "tzurl-style VTIMEZONE"
    )
    ny = "America/New_York"
    url = "https://us02web.zoom.us/j/86912345678?pwd=cUZ1ZkR2WUNzQWxnT0JqbGZUdz09"
    start = at(2026, 7, 21, 10, 0, ny)
    body = (
        f"Laila Haddad is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview – "
        f"Data Scientist (Quarry Labs)\nTime: {mons(start, 'en')} {start.day}, {start.year} "
        f"{start.strftime('%I:%M %p')} Eastern Time (US and Canada)\n\nJoin Zoom Meeting\n"
        f"{url}\n\nMeeting ID: 869 1234 5678\nPasscode: 482913\n\n---\n\nOne tap mobile\n"
        "+16465588656,,86912345678#,,,,*482913# US (New York)\n+13017158592,,86912345678#,,"
        ",,*482913# US (Washington DC)\n\nJoin by SIP\n• 86912345678@zoomcrc.com\n"
    )
    yield cal_case(
        Cal(
            "zoom",
            "ics_en_epoch_sequence",
            "en",
            "-//zoom.us//iCalendar Event//EN",
            None,
            "ZOOM86912345678",
            1783950123,
            start,
            start + timedelta(minutes=60),
            ny,
            olson_vtimezone(ny, tzurl=True),
            ("Laila Haddad", "laila.haddad@quarrylabs.com"),
            "Interview – Data Scientist (Quarry Labs)",
            at(2026, 7, 14, 9, 12, ny),
            "Interview – Data Scientist (Quarry Labs)",
            "Hi Robin,\n\nThe invite is attached; the Zoom details are below.\n\n" + body,
            "Recruiter mail with Zoom text and the .ics "
            "downloaded from Zoom attached: no METHOD, epoch-style SEQUENCE (not an update).",
            src,
            url=url,
            zone=ny,
            company="Quarry Labs",
            role="Data Scientist",
            attach=True,
            extra_event=[
                "DESCRIPTION:" + esc(body),
                "BEGIN:VALARM",
                "TRIGGER:-PT10M",
                "ACTION:DISPLAY",
                "DESCRIPTION:Reminder",
                "END:VALARM",
            ],
        )
    )
    tok = "Asia/Tokyo"
    url = "https://us06web.zoom.us/j/81234009876?pwd=aXQ0bUtTZ3JQZ0ZkN3ZvS3c1dz09"
    start = at(2026, 9, 3, 14, 0, tok)
    body = (
        "山田 花子さんがあなたを予約されたZoomミーティングに招待しています。\n\nトピック: "
        f"最終面接\n時間: {start.year}年{start.month}月{start.day}日 02:00 PM 大阪、札幌、東京"
        f"\n\nZoomミーティングに参加する\n{url}\n\nミーティングID: 812 3400 9876\n"
        "パスコード: 731045\n"
    )
    yield cal_case(
        Cal(
            "zoom",
            "ics_ja",
            "ja",
            "-//zoom.us//iCalendar Event//EN",
            "REQUEST",
            "ZOOM81234009876",
            0,
            start,
            start + timedelta(minutes=45),
            tok,
            olson_vtimezone(tok, tzurl=True),
            ("山田 花子", "hanako.yamada@kirinworks.jp"),
            "最終面接",
            at(2026, 8, 27, 16, 0, tok),
            "最終面接のご案内",
            body,
            "Japanese Zoom invitation text ('02:00 PM 大阪、札幌、東京') with a REQUEST calendar.",
            src,
            url=url,
            zone=tok,
            extra_event=["DESCRIPTION:" + esc(body)],
        )
    )
    ber = "Europe/Berlin"
    start = at(2026, 5, 19, 15, 0, ber)
    url = "https://us02web.zoom.us/j/85566778899?pwd=NnZ3cUJ0dGx4Y1Z2a2x3eHpRdz09"
    text_de = (
        f"Mira Hoffmann lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: "
        f"Kennenlerngespräch Werkstudent Marketing\nUhrzeit: {start.day}.Mai.{start.year} "
        f"03:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien\n\nZoom-Meeting beitreten\n"
        f"{url}\n\nMeeting-ID: 855 6677 8899\nKenncode: 110233\n"
    )
    raw = plain_mail(
        "zoom/text_de",
        "Hallo Robin,\n\nhier die Zugangsdaten:\n\n" + text_de,
        sender=("Mira Hoffmann", "mira.hoffmann@rheinblick-media.de"),
        to=ME,
        subject="Zoom-Einladung: Kennenlerngespräch",
        sent=at(2026, 5, 12, 10, 30, ber),
    )
    label: dict[str, object] = {"kind": "invitation"}
    label.update(timed(start, None))
    label["meeting_url"] = url
    yield Case(
        "zoom",
        "text_de_uhrzeit",
        raw,
        label,
        "de",
        src,
        PROSE_LICENSE,
        "German Zoom invitation text pasted into a mail: 'Uhrzeit: 19.Mai.2026 03:00 PM "
        "Amsterdam, Berlin, Rom, Stockholm, Wien' (12-hour clock in German, Zoom's zone "
        "label); no calendar part.",
    )
    kol = "Asia/Kolkata"
    start = at(2026, 8, 12, 14, 30, kol)
    raw = plain_mail(
        "zoom/registration_en",
        'Hi Robin,\n\nThank you for registering for "Final interview – Clinical Data '
        'Manager".\n\nPlease submit any questions to: talent@medisetu.in\n\nDate Time: '
        f"{mons(start, 'en')} {start.day}, {start.year} 02:30 PM Mumbai, Kolkata, New Delhi\n\n"
        "Join from PC, Mac, Linux, iOS or Android: https://medisetu.zoom.us/w/97712340011?tk="
        "Xq3LrT9\n\nNote: This link should not be shared with others; it is unique to you.\n\n"
        "You can cancel your registration at any time.\n",
        sender=("Medisetu Health", "no-reply@zoom.us"),
        to=ME,
        subject="Final interview – Clinical Data Manager Confirmation",
        sent=at(2026, 8, 5, 12, 0, kol),
    )
    label = {"kind": "invitation"}
    label.update(timed(start, None, zone=kol))
    label["meeting_url"] = "https://medisetu.zoom.us/w/97712340011?tk=Xq3LrT9"
    yield Case(
        "zoom",
        "registration_en_ist",
        raw,
        label,
        "en",
        src + "; registration confirmation 'Date Time: ... Mumbai, Kolkata, New Delhi'",
        PROSE_LICENSE,
        "Zoom registration confirmation for an interview slot (sender "
        "no-reply@zoom.us); zone from Zoom's city label.",
    )


@builder
def icloud() -> Iterator[Case]:
    src = (
        "Apple iCloud / macOS Calendar iMIP: PRODID -//CALENDARSERVER.ORG//NONSGML Version "
        "1//EN and -//Apple Inc.//macOS ...//EN, ORGANIZER with EMAIL= parameter and an "
        "@imip.me.com relay address, as in nylas/sync-engine tests/events/fixtures/"
        "event_without_sequence.ics and icloud_cancelled2.ics"
    )
    lon, ber, par = "Europe/London", "Europe/Berlin", "Europe/Paris"
    start = at(2026, 4, 14, 11, 0, lon)
    yield cal_case(
        Cal(
            "icloud",
            "request_en_imip_relay",
            "en",
            "-//CALENDARSERVER.ORG//NONSGML Version 1//EN",
            "REQUEST",
            uuidish("icloud1"),
            0,
            start,
            start + timedelta(minutes=45),
            lon,
            olson_vtimezone(lon, lic=False),
            ("Olivia Hartley", "2_HAZDGNJRGI4TMMJWHAYDSMZXGRQ@imip.me.com"),
            "Interview – Junior Producer",
            at(2026, 4, 7, 19, 3, lon),
            "Invitation: Interview – Junior Producer",
            'Olivia Hartley has invited you to "Interview – Junior Producer".\n\n'
            f"{wd(start, 'en')}, {start.day} {mon(start, 'en')} {start.year} 11:00 – 11:45\n"
            "Location: Foxglove Films, 12 Hoxton Square, London\n",
            "iCloud invitation; the ORGANIZER address is an opaque imip.me.com relay, the real "
            "one is in EMAIL=.",
            src,
            zone=lon,
            organizer_params=";EMAIL=olivia.hartley@icloud.com",
            organizer_label="olivia.hartley@icloud.com",
            from_addr=("Olivia Hartley", "olivia.hartley@icloud.com"),
            show_sequence=False,
            location="Foxglove Films, 12 Hoxton Square, London",
            company="Foxglove Films",
            role="Junior Producer",
            attach=True,
        )
    )
    start = at(2026, 10, 6, 9, 30, ber)
    yield cal_case(
        Cal(
            "icloud",
            "request_de_macos",
            "de",
            "-//Apple Inc.//macOS 15.3//EN",
            "REQUEST",
            uuidish("icloud2"),
            0,
            start,
            start + timedelta(minutes=60),
            ber,
            olson_vtimezone(ber, lic=False),
            ("Till Raabe", "till.raabe@me.com"),
            "Probearbeitstag – Gespräch mit dem Team",
            at(2026, 9, 29, 21, 14, ber),
            "Einladung: Probearbeitstag – Gespräch mit dem Team",
            "",
            "macOS Calendar invitation sent through Apple Mail: empty text part, invite.ics "
            "attachment (method=REQUEST).",
            src,
            zone=ber,
            attach=True,
            extra_event=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "TRANSP:OPAQUE"],
        )
    )
    start = at(2026, 6, 18, 16, 0, par)
    yield cal_case(
        Cal(
            "icloud",
            "cancel_fr",
            "fr",
            "-//CALENDARSERVER.ORG//NONSGML Version 1//EN",
            "CANCEL",
            uuidish("icloud3"),
            1,
            start,
            start + timedelta(minutes=30),
            par,
            olson_vtimezone(par, lic=False),
            ("Camille Perrin", "2_GQ3TMNZWHE2DCMBQGM4TSNZRGU@imip.me.com"),
            "Échange téléphonique",
            at(2026, 6, 15, 8, 40, par),
            "Annulation : Échange téléphonique",
            "Camille Perrin a annulé « Échange téléphonique ».\n\n"
            f"{wd(start, 'fr')} {start.day} {mon(start, 'fr')} {start.year} 16:00 – 16:30\n",
            "iCloud cancellation (METHOD:CANCEL, SEQUENCE:1); start is the cancelled slot.",
            src,
            kind="cancellation",
            zone=par,
            organizer_params=";EMAIL=camille.perrin@icloud.com",
            organizer_label="camille.perrin@icloud.com",
            from_addr=("Camille Perrin", "camille.perrin@icloud.com"),
            attach=True,
        )
    )


LIGHTNING_SRC = (
    "Thunderbird/Lightning iMIP: PRODID -//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN, "
    "Olson VTIMEZONE with X-LIC-LOCATION, X-MOZ-* properties; mail layout per mozilla/"
    "releases-comm-central calendar/test/browser/invitations/data fixtures"
)


@builder
def thunderbird() -> Iterator[Case]:
    ber, waw, lon = "Europe/Berlin", "Europe/Warsaw", "Europe/London"
    start = at(2026, 7, 21, 14, 0, ber)
    yield cal_case(
        Cal(
            "lightning",
            "request_de",
            "de",
            "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
            "REQUEST",
            uuidish("tb1").lower(),
            0,
            start,
            start + timedelta(minutes=60),
            ber,
            olson_vtimezone(ber),
            ("Ulrike Stein", "ulrike.stein@posteo.example"),
            "Gespräch Redaktion Online",
            at(2026, 7, 13, 20, 5, ber),
            "Einladung: Gespräch Redaktion Online",
            f"Titel: Gespräch Redaktion Online\nWann: {wd(start, 'de')}, {start.day}. "
            f"{mon(start, 'de')} {start.year} 14:00 – 15:00 Europe/Berlin\nWo: Redaktion, 3. OG\n"
            "Organisator: Ulrike Stein <ulrike.stein@posteo.example>\n",
            "Lightning invitation (German), text part with 'Wann:' and the IANA zone.",
            LIGHTNING_SRC,
            zone=ber,
            location="Redaktion, 3. OG",
            extra_event=["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-GENERATION:1"],
        )
    )
    start = at(2026, 3, 31, 16, 0, lon)
    yield cal_case(
        Cal(
            "lightning",
            "update_en_seq1",
            "en",
            "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
            "REQUEST",
            uuidish("tb2").lower(),
            1,
            start,
            start + timedelta(minutes=30),
            lon,
            olson_vtimezone(lon),
            ("Gareth Pryce", "gareth@pryce-joinery.example"),
            "Chat about the workshop role",
            at(2026, 3, 27, 12, 0, lon),
            "Updated Invitation: Chat about the workshop role",
            f"Title: Chat about the workshop role\nWhen: {wd(start, 'en')}, {start.day} "
            f"{mon(start, 'en')} {start.year} 16:00 – 16:30 Europe/London\nOrganizer: Gareth Pryce "
            "<gareth@pryce-joinery.example>\n",
            "Lightning update (SEQUENCE 1) that does not say what changed: kind deliberately not "
            "labelled. First slot after the UK DST start (BST).",
            LIGHTNING_SRC,
            kind=None,
            zone=lon,
            extra_event=["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-GENERATION:3"],
        )
    )
    start = at(2026, 12, 8, 10, 0, waw)
    yield cal_case(
        Cal(
            "lightning",
            "request_pl",
            "pl",
            "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
            "REQUEST",
            uuidish("tb3").lower(),
            0,
            start,
            start + timedelta(minutes=45),
            waw,
            olson_vtimezone(waw),
            ("Tomasz Zieliński", "tomasz.zielinski@bursztyn-it.pl"),
            "Rozmowa rekrutacyjna",
            at(2026, 12, 1, 9, 0, waw),
            "Zaproszenie: Rozmowa rekrutacyjna",
            f"Tytuł: Rozmowa rekrutacyjna\nKiedy: {wd(start, 'pl')}, {start.day} "
            f"{mon(start, 'pl')} {start.year} 10:00 – 10:45 Europe/Warsaw\n",
            "Polish Lightning invitation in winter (CET).",
            LIGHTNING_SRC,
            zone=waw,
        )
    )


@builder
def sogo() -> Iterator[Case]:
    src = (
        "Alinto/sogo UI/Templates/Appointments/SOGoAptMailInvitation.wox and "
        "SOGoAptMailDeletion.wox @06c10d8b; SoObjects/Appointments/French.lproj/"
        "Localizable.strings @02111538 (subject and label wording)"
    )
    par = "Europe/Paris"
    start = at(2026, 11, 24, 14, 0, par)
    html = (
        '<html><body><table cellpadding="2" cellspacing="2" border="0"><tr><th></th>'
        '<td><h1 style="font-size: 18px">Invitation à la réunion : «Entretien – '
        "Administrateur systèmes» <small>Bernard Lacoste</small></h1></td></tr>"
        '<tr><th align="right">Lieu </th><td>Salle Vauban, 4 rue des Arts, Lille</td></tr>'
        f'<tr><th align="right">Début </th><td>{wd(start, "fr")} {start.day} '
        f"{mon(start, 'fr')} {start.year} - 14:00 Europe/Paris</td></tr>"
        f'<tr><th align="right">Fin </th><td>{wd(start, "fr")} {start.day} '
        f"{mon(start, 'fr')} {start.year} - 15:00 Europe/Paris</td></tr></table>"
        "</body></html>"
    )
    yield cal_case(
        Cal(
            "sogo-imip",
            "invitation_fr",
            "fr",
            "-//Inverse inc./SOGo 5.10.0//EN",
            "REQUEST",
            f"{digest('sogo1', 'u', length=4).upper()}-67{digest('sogo1', 'v', length=6).upper()}"
            f"-1-{digest('sogo1', 'w', length=8).upper()}.ics",
            0,
            start,
            start + timedelta(minutes=60),
            par,
            olson_vtimezone(par),
            ("Bernard Lacoste", "bernard.lacoste@mairie-exemple.fr"),
            "Entretien – Administrateur systèmes",
            at(2026, 11, 16, 11, 0, par),
            "Invitation à la réunion : «Entretien – Administrateur systèmes»",
            "Bernard Lacoste vous a invité à la réunion « Entretien – Administrateur systèmes ».\n"
            f"\nDébut: {start.day:02d}/{start.month:02d}/{start.year} à 14:00\n"
            f"Fin: {start.day:02d}/{start.month:02d}/{start.year} à 15:00\nDescription: Entretien "
            "avec le DSI\n",
            "SOGo invitation: HTML table 'Début / Fin' with the view zone name, "
            "text 'Début: 24/11/2026 à 14:00'.",
            src,
            zone=par,
            html=html,
            location="Salle Vauban, 4 rue des Arts, Lille",
            role="Administrateur systèmes",
        )
    )
    start = at(2026, 2, 10, 9, 0, par)
    yield cal_case(
        Cal(
            "sogo-imip",
            "cancel_en",
            "en",
            "-//Inverse inc./SOGo 5.10.0//EN",
            "CANCEL",
            f"{digest('sogo2', 'u', length=4).upper()}-67{digest('sogo2', 'v', length=6).upper()}"
            f"-3-{digest('sogo2', 'w', length=8).upper()}.ics",
            2,
            start,
            start + timedelta(minutes=30),
            par,
            olson_vtimezone(par),
            ("Aurélie Chevalier", "aurelie.chevalier@univ-exemple.fr"),
            "Interview – Lab technician",
            at(2026, 2, 6, 15, 0, par),
            'Event Cancelled: "Interview – Lab technician"',
            "Aurélie Chevalier has cancelled this event: Interview – Lab technician.\n\n"
            "Start: 02/10/2026 at 09:00\nEnd: 02/10/2026 at 09:30\nDescription: \n",
            "SOGo cancellation (English strings, numeric month-first dates from the user's "
            "preferences).",
            src,
            kind="cancellation",
            zone=par,
        )
    )


@builder
def zimbra() -> Iterator[Case]:
    src = (
        "Zimbra iMIP blurb 'The following is a new meeting request:' / 'Time: ..., 7:00:00 "
        "PM - 10:00:00 PM GMT +05:30 Chennai, Kolkata, Mumbai, New Delhi' / '*~*~*~*~*~*~*~*"
        "~*~*' as asserted in Zimbra/zm-mailbox tests; PRODID Zimbra-Calendar-Provider with "
        "1601-rule VTIMEZONE"
    )
    kol, ber = "Asia/Kolkata", "Europe/Berlin"
    vtz_kol = [
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Kolkata",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETTO:+0530",
        "TZOFFSETFROM:+0530",
        "TZNAME:IST",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    start = at(2026, 1, 28, 19, 0, kol)
    end = start + timedelta(minutes=60)
    body = (
        "The following is a new meeting request:\n\nSubject: Interview – Android Developer "
        '\nOrganizer: "Meera Iyer" <meera.iyer@kaveri-apps.in> \n\nLocation: Google Meet '
        f"\nTime: {wd(start, 'en')}, {mon(start, 'en')} {start.day}, {start.year}, "
        "7:00:00 PM - 8:00:00 PM GMT +05:30 Chennai, Kolkata, Mumbai, New Delhi\n \n"
        f"Invitees: {ME[1]} \n\n\n*~*~*~*~*~*~*~*~*~*\n\nhttps://meet.google.com/qnv-"
        "hzpc-tyr\n"
    )
    yield cal_case(
        Cal(
            "zimbra",
            "request_en_ist",
            "en",
            "Zimbra-Calendar-Provider",
            "REQUEST",
            uuidish("zimbra1").lower(),
            0,
            start,
            end,
            kol,
            vtz_kol,
            ("Meera Iyer", "meera.iyer@kaveri-apps.in"),
            "Interview – Android Developer",
            at(2026, 1, 22, 15, 0, kol),
            "Interview – Android Developer",
            body,
            "Zimbra meeting request with the 'Time:' blurb, evening slot in IST.",
            src,
            zone=kol,
            url="https://meet.google.com/qnv-hzpc-tyr",
            role="Android Developer",
            extra_event=["X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:OPAQUE"],
        )
    )
    vtz_ber = [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETTO:+0100",
        "TZOFFSETFROM:+0200",
        "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU",
        "TZNAME:CET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETTO:+0200",
        "TZOFFSETFROM:+0100",
        "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]
    start = at(2026, 8, 26, 13, 30, ber)
    body = (
        "The following meeting has been modified:\n\nSubject: Gespräch Systemadministration "
        '\nOrganizer: "Heiko Brandl" <heiko.brandl@uni-exemplar.de> \n\nLocation: Raum '
        f"2.114 \nTime: {wd(start, 'en')}, {mon(start, 'en')} {start.day}, {start.year}, "
        "1:30:00 PM - 2:30:00 PM GMT +01:00 Amsterdam / Berlin / Bern / Rome / Stockholm / "
        f"Vienna\n \nInvitees: {ME[1]} \n\n\n*~*~*~*~*~*~*~*~*~*\n"
    )
    yield cal_case(
        Cal(
            "zimbra",
            "modified_en_berlin",
            "en",
            "Zimbra-Calendar-Provider",
            "REQUEST",
            uuidish("zimbra2").lower(),
            1,
            start,
            start + timedelta(minutes=60),
            "Europe/Berlin",
            vtz_ber,
            ("Heiko Brandl", "heiko.brandl@uni-exemplar.de"),
            "Gespräch Systemadministration",
            at(2026, 8, 19, 10, 0, ber),
            "Gespräch Systemadministration",
            body,
            "Zimbra 'has been modified' (SEQUENCE 1) without saying what changed: kind not "
            "labelled. 'GMT +01:00' in the blurb is the standard offset, the slot is CEST.",
            src,
            kind=None,
            zone=ber,
            location="Raum 2.114",
        )
    )


@builder
def notes() -> Iterator[Case]:
    src = (
        "HCL (Lotus) Notes iMIP: PRODID -//Lotus Development Corporation//NONSGML Notes "
        "...//EN_C, Notes zone names ('W. Europe') with their own VTIMEZONE and "
        "X-LOTUS-* properties; body 'Date/Time/Chair' as Notes renders invitations "
        "(public admin guides and mailing-list quotes)"
    )
    ber = "Europe/Berlin"
    vtz = [
        "BEGIN:VTIMEZONE",
        "TZID:W. Europe",
        "BEGIN:STANDARD",
        "DTSTART:19501029T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=3;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19500326T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]
    start = at(2026, 7, 14, 10, 0, ber)
    yield cal_case(
        Cal(
            "notes",
            "invitation_en_chair",
            "en",
            "-//Lotus Development Corporation//NONSGML Notes 9.0.1//EN_C",
            "REQUEST",
            digest("notes1", "u", length=32).upper() + "-Lotus_Notes_Generated",
            0,
            start,
            start + timedelta(minutes=60),
            "W. Europe",
            vtz,
            ("Ulrich Kemper", "ulrich.kemper@nordsee-ag.example"),
            "Interview Procurement Specialist",
            at(2026, 7, 6, 8, 30, ber),
            "Invitation: Interview Procurement Specialist "
            f"({start.day:02d}.{start.month:02d}.{start.year} 10:00 CEDT)",
            f"Interview Procurement Specialist\n\nDate: {start.day:02d}.{start.month:02d}."
            f"{start.year}   Time: 10:00 - 11:00\nChair: Ulrich Kemper/Bremen/Nordsee-AG\n"
            "Location: Building C, room 4.12\n\nRequired: Robin Achterberg\n",
            "Notes invitation: 'Chair:' line, Notes zone 'W. Europe' (rules in the VTIMEZONE, "
            "no IANA name labelled), 'CEDT' in the subject.",
            src,
            organizer_params="",
            location="Building C, room 4.12",
            extra_event=[
                "X-LOTUS-BROADCAST:FALSE",
                "X-LOTUS-UPDATE-SEQ:1",
                "X-LOTUS-NOTICETYPE:I",
                "X-LOTUS-APPTTYPE:3",
            ],
        )
    )
    start = at(2026, 12, 3, 13, 0, ber)
    yield cal_case(
        Cal(
            "notes",
            "einladung_de_vorsitz",
            "de",
            "-//Lotus Development Corporation//NONSGML Notes 12.0//EN_C",
            "REQUEST",
            digest("notes2", "u", length=32).upper() + "-Lotus_Notes_Generated",
            0,
            start,
            start + timedelta(minutes=90),
            "W. Europe",
            vtz,
            ("Gisela Ortmann", "gisela.ortmann@landesbank-exempel.de"),
            "Vorstellungsgespräch",
            at(2026, 11, 25, 14, 15, ber),
            "Einladung: Vorstellungsgespräch "
            f"({start.day:02d}.{start.month:02d}.{start.year} 13:00 MEZ)",
            f"Vorstellungsgespräch\n\nDatum: {start.day:02d}.{start.month:02d}.{start.year}   "
            "Uhrzeit: 13:00 - 14:30\nVorsitz: Gisela Ortmann/Personal/Landesbank\nOrt: Raum E.07\n",
            "German Notes invitation ('Vorsitz:'); 90 minutes in winter (CET).",
            src,
            location="Raum E.07",
            extra_event=["X-LOTUS-NOTICETYPE:I", "X-LOTUS-APPTTYPE:3"],
        )
    )


@builder
def evolution() -> Iterator[Case]:
    src = (
        "GNOME Evolution iMIP: PRODID -//Ximian//NONSGML Evolution Calendar//EN, "
        "'/freeassociation.sourceforge.net/...' TZIDs with X-LIC-LOCATION (libical "
        "builtin zones)"
    )
    ams, lon = "Europe/Amsterdam", "Europe/London"
    tzid = "/freeassociation.sourceforge.net/Europe/Amsterdam"
    vtz = [line.replace("TZID:Europe/Amsterdam", f"TZID:{tzid}") for line in olson_vtimezone(ams)]
    start = at(2026, 5, 26, 10, 0, ams)
    yield cal_case(
        Cal(
            "evolution",
            "request_nl_freeassociation",
            "nl",
            "-//Ximian//NONSGML Evolution Calendar//EN",
            "REQUEST",
            f"{digest('evo1', 'u', length=40)}@werkplaats.example",
            0,
            start,
            start + timedelta(minutes=60),
            tzid,
            vtz,
            ("Maarten Bos", "maarten@werkplaats.example"),
            "Sollicitatiegesprek Linux-beheerder",
            at(2026, 5, 19, 22, 0, ams),
            "Uitnodiging: Sollicitatiegesprek Linux-beheerder",
            "Hoi Robin, zie de uitnodiging in de bijlage.\n",
            "Evolution invitation: TZID '/freeassociation.sourceforge.net/Europe/Amsterdam' with "
            "X-LIC-LOCATION; the body has no time.",
            src,
            zone=ams,
            attach=True,
            role="Linux-beheerder",
        )
    )
    tzid = "/freeassociation.sourceforge.net/Tzfile/Europe/London"
    vtz = [line.replace("TZID:Europe/London", f"TZID:{tzid}") for line in olson_vtimezone(lon)]
    start = at(2026, 10, 27, 15, 0, lon)
    yield cal_case(
        Cal(
            "evolution",
            "request_en_tzfile",
            "en",
            "-//Ximian//NONSGML Evolution Calendar//EN",
            "REQUEST",
            f"{digest('evo2', 'u', length=40)}@tuxcraft.example",
            0,
            start,
            start + timedelta(minutes=45),
            tzid,
            vtz,
            ("Rhys Morgan", "rhys@tuxcraft.example"),
            "Interview – Embedded Linux Engineer",
            at(2026, 10, 20, 9, 0, lon),
            "Interview – Embedded Linux Engineer",
            "Robin, invite attached. Rhys\n",
            "Evolution invitation with the older 'Tzfile' TZID prefix; slot just after the UK "
            "DST end (GMT).",
            src,
            zone=lon,
            attach=True,
        )
    )


@builder
def webmail_calendars() -> Iterator[Case]:
    sto, syd = "Europe/Stockholm", "Australia/Sydney"
    start = at(2026, 9, 29, 13, 0, sto)
    yield cal_case(
        Cal(
            "proton",
            "request_sv",
            "sv",
            "-//Proton AG//WebCalendar 5.0.49.2//EN",
            "REQUEST",
            f"{digest('proton1', 'u', length=27)}@proton.me",
            0,
            start,
            start + timedelta(minutes=60),
            sto,
            olson_vtimezone(sto, lic=False),
            ("Linnea Ek", "linnea.ek@proton.me"),
            "Intervju – UX-designer",
            at(2026, 9, 22, 17, 0, sto),
            "Inbjudan till Intervju – UX-designer tis 29 sep 13:00",
            f"Du har blivit inbjuden till Intervju – UX-designer\n\nNär: {wd(start, 'sv')} "
            f"{start.day} {mon(start, 'sv')} {start.year} 13:00 – 14:00 (GMT+2) Europe/Stockholm\n"
            "Var: Södermalm, Götgatan 22\n",
            "Proton Calendar invitation (Swedish), '(GMT+2) Europe/Stockholm'.",
            "Proton Calendar iMIP (PRODID -//Proton AG//WebCalendar ...//EN; IANA TZID with "
            "VTIMEZONE)",
            zone=sto,
            location="Södermalm, Götgatan 22",
            role="UX-designer",
        )
    )
    start = at(2026, 2, 3, 11, 0, syd)
    yield cal_case(
        Cal(
            "fastmail",
            "request_en_aedt",
            "en",
            "-//CyrusIMAP.org/Cyrus 3.13.0-alpha0//EN",
            "REQUEST",
            uuidish("fastmail1"),
            0,
            start,
            start + timedelta(minutes=30),
            syd,
            olson_vtimezone(syd, lic=False),
            ("Zoe Nguyen", "zoe@quokkaworks.example"),
            "Intro call – Support Engineer",
            at(2026, 1, 28, 10, 0, syd),
            "Invitation: Intro call – Support Engineer",
            "Zoe Nguyen has invited you to an event.\n\nIntro call – Support Engineer\nWhen: "
            f"{wd(start, 'en')}, {start.day} {mon(start, 'en')} {start.year} 11:00 – 11:30 "
            "(Australia/Sydney)\n",
            "Cyrus-based (Fastmail-style) invitation in southern summer (AEDT).",
            "Cyrus IMAP / Fastmail calendar iMIP (PRODID -//CyrusIMAP.org/Cyrus ...//EN)",
            zone=syd,
            role="Support Engineer",
        )
    )


@builder
def gcal_more() -> Iterator[Case]:
    # cases added to the gcal family by a second builder (same template)
    ny = "America/New_York"
    ev = GEvent(
        "cancelled_en_cancel",
        "en",
        "Interview – Account Executive",
        at(2026, 11, 5, 15, 0, ny),
        at(2026, 11, 5, 15, 45, ny),
        ("Brooke Sandoval", "brooke@lumenpeak.com"),
        "Eastern Time - New York",
        "EST",
        at(2026, 11, 2, 9, 0, ny),
        method="CANCEL",
        sequence=1,
        status="CANCELLED",
    )
    yield google_case(
        ev, "cancellation", "English Google cancellation for a slot after the US DST end (EST)."
    )
    ev = GEvent(
        "updated_de_update",
        "de",
        "Zweitgespräch Softwarearchitekt",
        at(2026, 10, 26, 9, 0, "Europe/Berlin"),
        at(2026, 10, 26, 10, 30, "Europe/Berlin"),
        ("Jonas Wehrmann", "j.wehrmann@kieler-logistik.de"),
        "Mitteleuropäische Zeit - Berlin",
        "MEZ",
        at(2026, 10, 21, 13, 0, "Europe/Berlin"),
        sequence=1,
        changed=True,
        meet="dfw-pqrs-tuv",
    )
    yield google_case(
        ev,
        "reschedule",
        "German Google update marked 'Geändert'; sent in CEST for the Monday after the DST end.",
    )


@builder
def text_schedulers() -> Iterator[Case]:
    ber, bog = "Europe/Berlin", "America/Bogota"
    start = at(2026, 6, 30, 10, 0, ber)
    webex = (
        "Hello,\n\nNina Albers is inviting you to this Webex meeting.\n\nInterview – "
        "Embedded Software Engineer\nHosted by Nina Albers\n\n"
        f"{wd(start, 'en')}, {mon(start, 'en')} {start.day}, {start.year} 10:00 AM | 1 "
        "hour | (UTC+02:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\n\nJoin "
        "meeting: https://kreiswerk.webex.com/kreiswerk/j.php?MTID=m3f2a9c1e8b7d6a5f4e3d2"
        "c1b0a9f8e7\nMeeting number (access code): 2641 733 8520\nMeeting password: "
        "Vr7mKq2Tx\n\nWhen it's time, join the meeting.\n"
    )
    raw = plain_mail(
        "webex/en",
        webex,
        sender=("Nina Albers", "messenger@webex.com"),
        to=ME,
        subject="Webex meeting invitation: Interview – Embedded Software Engineer",
        sent=at(2026, 6, 22, 8, 0, ber),
        extra={"Reply-To": "nina.albers@kreiswerk.example"},
    )
    label: dict[str, object] = {"kind": "invitation"}
    label.update(timed(start, start + timedelta(hours=1), zone=ber))
    label["meeting_url"] = (
        "https://kreiswerk.webex.com/kreiswerk/j.php?MTID=m3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7"
    )
    yield Case(
        "webex",
        "invitation_en_duration",
        raw,
        label,
        "en",
        "Webex Meetings invitation mail ('Meeting number (access code)', 'date | "
        "duration | (UTC+hh:mm) zone list'); written for this corpus",
        PROSE_LICENSE,
        "Duration instead of an end time; Webex prints the offset in effect (UTC+02:00) "
        "before the Windows city list.",
    )
    start = at(2026, 4, 15, 9, 0, bog)
    webex_es = (
        "Hola:\n\nAndrés Castaño le invita a esta reunión de Webex.\n\nEntrevista – "
        "Analista Financiero\n\n"
        f"{wd(start, 'es')}, {start.day} de {mon(start, 'es')} de {start.year} 9:00 | 45 "
        "minutos | (UTC-05:00) Bogotá, Lima, Quito\n\nEntrar a la reunión: https://"
        "cafetal.webex.com/meet/andres.castano\nNúmero de reunión (código de acceso): "
        "2553 118 4402\n"
    )
    raw = plain_mail(
        "webex/es",
        webex_es,
        sender=("Andrés Castaño", "messenger@webex.com"),
        to=ME,
        subject="Invitación a reunión de Webex: Entrevista – Analista Financiero",
        sent=at(2026, 4, 8, 16, 0, bog),
    )
    label = {"kind": "invitation"}
    label.update(timed(start, start + timedelta(minutes=45), zone=bog))
    label["meeting_url"] = "https://cafetal.webex.com/meet/andres.castano"
    yield Case(
        "webex",
        "invitation_es_bogota",
        raw,
        label,
        "es",
        "Webex Meetings invitation mail (Spanish); zone list '(UTC-05:00) Bogotá, Lima, "
        "Quito' = SA Pacific Standard Time -> America/Bogota (CLDR)",
        PROSE_LICENSE,
        "Spanish Webex invitation with duration '45 minutos'.",
    )
    # Calendly-style booking confirmations (invitee side)
    chi = "America/Chicago"
    start = at(2026, 5, 6, 13, 30, chi)
    body = (
        f"Hi Robin,\n\nYour Interview with Prairie Grid has been scheduled.\n\nEvent "
        f"Type:\nPhone Interview (30 min)\n\nEvent Date/Time:\n01:30pm - 02:00pm, "
        f"{wd(start, 'en')}, {mon(start, 'en')} {start.day}, {start.year} (Central Time - "
        "US & Canada)\n\nLocation:\nPrairie Grid will call you.\n\nNeed to make changes to "
        "this event?\nCancel: https://calendly.com/cancellations/7f3a2b1c\nReschedule: "
        "https://calendly.com/reschedulings/7f3a2b1c\n\nPowered by Calendly.com\n"
    )
    raw = plain_mail(
        "calendly/confirmed",
        body,
        sender=("Calendly", "notifications@calendly.com"),
        to=ME,
        subject=f"Confirmed: Phone Interview (30 min) with Prairie Grid on "
        f"{wd(start, 'en')}, {mon(start, 'en')} {start.day}, {start.year}",
        sent=at(2026, 4, 29, 10, 15, chi),
    )
    label = {"kind": "invitation"}
    label.update(timed(start, start + timedelta(minutes=30), zone=chi))
    label["company"] = "Prairie Grid"
    yield Case(
        "calendly",
        "confirmed_en_central",
        raw,
        label,
        "en",
        "Calendly invitee confirmation ('Event Type / Event Date/Time / Invitee Time "
        "Zone' labels as reproduced in public Calendly-clone templates, e.g. A-Elshorafa/"
        "calendly-server resources/views/emails/hostMail.blade.php)",
        PROSE_LICENSE,
        "Calendly-style 'Event Date/Time' with 12-hour times before the date and a "
        "'Central Time - US & Canada' zone.",
    )
    start = at(2026, 5, 8, 9, 0, chi)
    body = (
        f"Hi Robin,\n\nYour event has been rescheduled.\n\nEvent Type:\nPhone Interview (30 "
        f"min)\n\nNew Event Date/Time:\n09:00am - 09:30am, {wd(start, 'en')}, "
        f"{mon(start, 'en')} {start.day}, {start.year} (Central Time - US & Canada)\n\n"
        "Former: 01:30pm - 02:00pm, Wednesday, May 6, 2026\n"
    )
    raw = plain_mail(
        "calendly/rescheduled",
        body,
        sender=("Calendly", "notifications@calendly.com"),
        to=ME,
        subject="Updated: Phone Interview (30 min) with Prairie Grid",
        sent=at(2026, 5, 1, 8, 0, chi),
    )
    label = {"kind": "reschedule"}
    label.update(timed(start, start + timedelta(minutes=30), zone=chi))
    yield Case(
        "calendly",
        "rescheduled_en",
        raw,
        label,
        "en",
        "Calendly-style reschedule notice; written for this corpus",
        PROSE_LICENSE,
        "New time first, former time after it: start is the new slot.",
    )


@builder
def booking() -> Iterator[Case]:
    ber, lon = "Europe/Berlin", "Europe/London"
    start = at(2026, 3, 26, 14, 0, lon)
    ev = OEvent(
        "bookings_en",
        "en",
        "Interview slot – Graduate Scheme",
        start,
        start + timedelta(minutes=30),
        "GMT Standard Time",
        ("Oakridge Careers", "OakridgeCareers@oakridge.onmicrosoft.com"),
        at(2026, 3, 20, 12, 0, lon),
        "Your booking is confirmed\n\nThanks for booking with Oakridge Careers.\n\n"
        f"Interview slot – Graduate Scheme\n{wd(start, 'en')}, {start.day} "
        f"{mon(start, 'en')} {start.year} 14:00 – 14:30 (UTC+00:00) Dublin, Edinburgh, "
        "Lisbon, London\n\nManage booking",
    )
    case = outlook_case(
        ev,
        "invitation",
        "Microsoft Bookings confirmation with an Exchange "
        "calendar part; 26 March is the last week before the UK switches "
        "to BST (29 March), so +00:00.",
        "Your booking is confirmed: Interview slot – Graduate Scheme",
        base="bookings-uk",
    )
    case.family = "booking"
    case.name = "msbookings_en"
    yield case
    start = at(2026, 9, 16, 11, 0, ber)
    raw = plain_mail(
        "booking/doodle",
        "Hi Robin,\n\nYour booking is confirmed.\n\nKennenlerngespräch "
        f"Talent Pool\n{wd(start, 'en')}, {mon(start, 'en')} {start.day}, {start.year}\n"
        "11:00 AM – 11:30 AM (Central European Summer Time)\n\nOrganizer: Svenja Kolb\n\n"
        "Doodle\n",
        sender=("Doodle", "mailer@doodle.com"),
        to=ME,
        subject="Booking confirmed: Kennenlerngespräch Talent Pool",
        sent=at(2026, 9, 9, 9, 0, ber),
    )
    label: dict[str, object] = {"kind": "invitation"}
    label.update(timed(start, start + timedelta(minutes=30)))
    yield Case(
        "booking",
        "doodle_booking_en",
        raw,
        label,
        "en",
        "Doodle booking-page confirmation layout; written for this corpus",
        PROSE_LICENSE,
        "'Central European Summer Time' spelled out (offset clear, city not).",
    )
    start = at(2026, 10, 13, 16, 0, "America/Toronto")
    raw = plain_mail(
        "booking/savvycal",
        f"You're all set!\n\nFirst chat – Maple & Pine\n"
        f"{wd(start, 'en')}, {mon(start, 'en')} {start.day}, {start.year} at 4:00 PM – 4:45 PM "
        "(America/Toronto)\n\nJoin: https://meet.google.com/mpl-pine-chat\n\nNeed to "
        "reschedule? https://savvycal.com/r/mp3k9\n",
        sender=("SavvyCal", "notifications@savvycal.com"),
        to=ME,
        subject="Confirmed: First chat – Maple & Pine",
        sent=at(2026, 10, 5, 12, 0, "America/Toronto"),
    )
    label = {"kind": "invitation"}
    label.update(timed(start, start + timedelta(minutes=45), zone="America/Toronto"))
    label["meeting_url"] = "https://meet.google.com/mpl-pine-chat"
    yield Case(
        "booking",
        "savvycal_en_toronto",
        raw,
        label,
        "en",
        "SavvyCal-style booking confirmation; written for this corpus",
        PROSE_LICENSE,
        "IANA zone in parentheses; 'at 4:00 PM – 4:45 PM'.",
    )


# --------------------------------------------------------------------------------------
# output

KEY_ORDER = (
    "kind",
    "start",
    "end",
    "all_day",
    "timezone",
    "tz_stated",
    "uid",
    "sequence",
    "method",
    "company",
    "role",
    "meeting_url",
    "organizer_email",
    "original_sender",
)


def write_label(case: Case) -> str:
    label = {k: case.label[k] for k in KEY_ORDER if k in case.label}
    unknown = set(case.label) - set(KEY_ORDER)
    if unknown:
        raise ValueError(f"{case.filename}: unknown label keys {sorted(unknown)}")
    label["language"] = case.language
    label["source"] = {"family": case.family, "template": case.source, "license": case.license}
    label["note"] = case.note
    return json.dumps(label, ensure_ascii=False, indent=2) + "\n"


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the mail half of the corpus",
        "",
        "Written by `build_mail.py` (run it to regenerate; output is byte-for-byte stable).",
        "All people, companies, addresses, links and prose are made up for this corpus; "
        "only the *layout* of each message follows the named producer, as described by the "
        "public material in the `template` column. No third-party file was copied.",
        "",
        f"Families in `heldout/`: {', '.join(sorted(HELDOUT_FAMILIES))}.",
        "",
        "| file | split | kind | language | calendar part | template / format evidence | "
        "licence | what it exercises |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for case in cases:
        row = [
            f"`{case.filename}`",
            case.split,
            str(case.label.get("kind", "")),
            case.language,
            "yes" if case.calendar else "no",
            case.source,
            case.license,
            case.note,
        ]
        lines.append(
            "| " + " | ".join(cell.replace("|", "\\|").replace("\n", " ") for cell in row) + " |"
        )
    return "\n".join(lines) + "\n"


def all_cases() -> list[Case]:
    cases = [case for build in BUILDERS for case in build()]
    names = [case.filename for case in cases]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate names: {sorted(duplicates)}")
    return cases


def main() -> int:
    cases = all_cases()
    families = {case.family for case in cases}
    for split in ("dev", "heldout"):
        folder = HERE / split
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*__*"):
            if old.name.split("__", 1)[0] in families:
                old.unlink()
    for case in cases:
        folder = HERE / case.split
        (folder / case.filename).write_bytes(case.raw)
        (folder / f"{case.filename}.expected.json").write_text(write_label(case), "utf-8")
    (HERE / "PROVENANCE-mail.md").write_text(provenance(cases), "utf-8")
    calendar_count = sum(case.calendar for case in cases)
    print(
        f"{len(cases)} messages ({calendar_count} calendar-bearing) in {len(families)} families",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
