# ruff: noqa: E501 (rendered product strings read best one a line)
"""Write the "tools49" batch: first sight of three senders the corpus had never used.

Run: .venv/bin/python tests/parsing/corpus/build_tools49.py

Sources (file and commit in every label's `source.template`):
- django-appointment (adamspd/django-appointment, Apache-2.0): the booking ("Thank you for
  booking us."), reminder and reschedule mails a recruiter's booking site sends, in the en, fr
  and es its locale/ holds. Dates as the code formats them: Django's localized DATE_FORMAT /
  TIME_FORMAT for date and time objects put in the template (en 'N j, Y' and 'P': 'March 13,
  2026', '2:30 p.m.', 'noon'; fr 'j F Y' / 'H:i'; es 'j \\d\\e F \\d\\e Y' / 'H:i'), and
  `strftime("%A, %d %B %Y")` / '%I:%M %p' (C locale, so English even in fr/es) in the
  reschedule mails. Mails go out either synchronously (send_mail: an empty text/plain part
  beside the HTML, the .ics dropped) or through django-q (EmailMessage with content_subtype
  html: HTML only, plus appointment.ics from icalendar with floating DTSTART/DTEND and no UID).
- Jorani (bbalet/jorani, AGPL-3.0): leave and overtime notices (application/views/emails/<lang>/
  *.php, substituted as CodeIgniter's parser does; subjects from application/language/<lang>/
  email_lang.php with the '[Jorani] ' prefix; dates in global_date_format; 'Morning'/
  'Afternoon' from global_lang.php). The text alternative is approximated as CodeIgniter's
  _get_alt_message does (tags stripped from the body, blank runs collapsed).
- Alf.io (alfio-event/alf.io, GPL-3.0): ticket, cancellation and reminder mails (templates/
  *-txt.ms, i18n/public*.properties; dates by DateTimeFormatter 'EEEE dd MMMM yyyy' in the
  mail's `locale` key and 'HH:mm (z)' in the JVM's English locale). The ticket PDF and .ics
  attachments are left out.

People, companies, places, services and reasons are ours; all slots are in 2026. Labels come
from the datetimes rendered (zoneinfo), written before the parser was run on any message.
Held-out families were drawn by `random.Random("tools49 coin").sample(sorted(FAMILIES), 3)`
before any mail was written. Deterministic; the script deletes or writes only files of its own
families.
"""

from __future__ import annotations

import importlib.util
import io
import json
import random
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from html import escape, unescape
from pathlib import Path
from types import ModuleType

from babel import dates as bdates

HERE = Path(__file__).resolve().parent


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
at = pp.at
timed = pp.timed
ME = ("Alex Morgan", "alex.morgan@mailbox.example")

FAMILIES = {
    "djbook49": "django-appointment booking confirmations ('Thank you for booking us.', "
    "'Appointment successfully scheduled', an 'Appointment Details' list with Service, "
    "Appointment Date, Appointment Time and Duration) for job-interview slots the reader booked "
    "on employers' booking sites (en, fr, es); HTML with an empty text part, or HTML with "
    "appointment.ics (floating times, no UID).",
    "djremind49": "django-appointment reminders ('Reminder: Upcoming Appointment', Service / "
    "Date / Time 'start - end' / Location rows) of the reader's own interview slot (en, fr, es).",
    "djresched49": "django-appointment reschedule mails: the reader's own request to move a "
    "slot, waiting for a Confirm click within 5 minutes ('Original Appointment' and "
    "'Rescheduled Appointment' blocks in strftime English), and the staff copy 'An appointment "
    "with <client> ... has been rescheduled' sent to an interviewer (en, fr, es).",
    "djsvc49": "django-appointment bookings and reminders for services that are no job "
    "interview (physiotherapy, a haircut, tax advice, a car service) (en, fr, es).",
    "djfwd49": "django-appointment interview bookings and reminders forwarded by the reader "
    "(Gmail en/fr, Outlook es, Apple Mail en) as the client renders the HTML.",
    "jorleave49": "Jorani leave notices whose reason is a job interview (the reader's own leave "
    "approved, rejected or cancelled; a colleague's request sent to the reader as manager), "
    "some naming the interview's clock in the reason (de, fr, es, it, nl, pt, tr, en).",
    "jorover49": "Jorani overtime notices (submitted to the reader as manager, accepted for the "
    "reader) for evenings spent interviewing candidates or at a recruiting fair (en, de, fr, es, it).",
    "alfticket49": "Alf.io ticket mails for career fairs, recruiting days and workshops "
    "('Your ticket for event ...', 'on: <day> from 09:00 to 17:00 (CET)') (en, de, fr, it, nl, "
    "es, pl, sv).",
    "alfcancel49": "Alf.io ticket cancellations, reservations about to expire (a deadline "
    "'dd MMMM yyyy HH:mm') and 'did you fill in the information' reminders for recruiting "
    "events (en, de, fr, it, nl, es).",
}
HELD = frozenset(random.Random("tools49 coin").sample(sorted(FAMILIES), 3))
assert {"alfcancel49", "alfticket49", "djresched49"} == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

# --------------------------------------------------------------------------------------------
# Sources and strings (read from the mirrors when present, else from tools49_strings.json)

DA = "7745df9f48efbeb89a8399318ba22a7b19ad1493"
JO = "446f8f5a98668624abfb0ea7bf5f2c96bb0b47c8"
AL = "61ee4309768bf0b72b4ac8b8fe0786ce6e5c546c"
MIRROR = {
    "da": Path("/work/.mirror/adamspd+django-appointment/repo"),
    "jo": Path("/work/.mirror/bbalet+jorani/repo"),
    "al": Path("/work/.mirror/alfio-event+alf.io/repo"),
}
COMMIT = {"da": DA, "jo": JO, "al": AL}
STRINGS_FILE = HERE / "tools49_strings.json"
STR: dict[str, dict[str, dict[str, object]]] = {}

DA_KEYS = [
    "Appointment Reschedule",
    "Dear",
    "Hi",
    "An appointment with",
    "for the service",
    "has been rescheduled.",
    "Reason for rescheduling:",
    "Original Appointment:",
    "Rescheduled Appointment:",
    "Date",
    "Time",
    " to ",
    "Thank you,",
    "Confirm Your Appointment Rescheduling",
    "You have requested to reschedule your appointment. Please review the changes below and confirm:",
    "This link will expire in 5 minutes. If you do not confirm within this time frame, you will need to submit a new reschedule request.",
    "Confirm Appointment",
    "If the button above does not work, please copy and paste the following link into your browser:",
    "Reschedule Request for ",
    "Appointment Reminder",
    "This is a reminder for your upcoming appointment.",
    "Appointment Details",
    "Service",
    "Location",
    "Reminder: Upcoming Appointment",
    "If you need to reschedule, please click the button below or contact us for further assistance.",
    "Reschedule Appointment",
    "Thank you for choosing us!",
    "This is an automated message. Please do not reply directly to this email.",
    "Thank you for booking us.",
    "Appointment successfully scheduled",
    "Thank you for choosing us.",
    "Appointment Date",
    "Appointment Time",
    "Duration",
    "Rescheduling",
    "If your plans change and you need to reschedule your appointment, you can easily do so by following this link: ",
    "Support",
    "Should you have any inquiries or require further assistance, our support team is here to help. You can reach us anytime.",
    "We look forward to serving you and ensuring that your experience with us is both rewarding and satisfactory.",
    "Warm regards",
    "The Team",
    "All rights reserved",
    "We're excited to have you on board!",
    "Account Information",
    "Email address",
]
DA_PLURALS = ["%(count)d hour", "%(count)d minute"]
JO_LANGS = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
    "tr": "turkish",
}
JO_TEMPLATES = [
    "request",
    "request_accepted",
    "request_rejected",
    "cancel_accepted",
    "overtime",
    "overtime_accepted",
]
JO_KEYS = [
    "email_leave_request_creation_subject",
    "email_leave_request_creation_title",
    "email_leave_request_accept_subject",
    "email_leave_request_reject_subject",
    "email_leave_request_validation_title",
    "email_leave_request_cancellation_title",
    "email_leave_cancel_accept_subject",
    "email_overtime_request_accept_subject",
    "email_overtime_request_validation_title",
    "email_extra_request_reject_subject",
    "email_extra_request_validation_title",
    "global_date_format",
    "Morning",
    "Afternoon",
]
AL_LANGS = {"en": "", "de": "_de", "fr": "_fr", "it": "_it", "nl": "_nl", "es": "_es"}
AL_LANGS |= {"pl": "_pl", "sv": "_sv"}
AL_KEYS = [
    "locale",
    "email.hello",
    "email-ticket.attached",
    "email-confirmation.reservationURL",
    "email.event-info",
    "email.event-reminder-location",
    "email.event-reminder-date",
    "event-days.same-day",
    "event-days.not-same-day",
    "email-ticket.add-to-calendar",
    "email.kind-regards",
    "alfio.credits",
    "ticket-email-subject",
    "email-ticket-released.subject",
    "email-ticket-released.text",
    "reservation.reminder.mail.subject",
    "reservation.reminder.mail",
    "reminder.ticket-additional-info.subject",
    "reminder.ticket-additional-info.text",
]


def _git(repo: str, path: str) -> str:
    return subprocess.run(
        ["git", "-C", str(MIRROR[repo]), "show", f"{COMMIT[repo]}:{path}"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")


def _php_strings(source: str) -> dict[str, str]:
    out = {}
    for key, value in re.findall(r"\$lang\['([^']+)'\]\s*=\s*'((?:[^'\\]|\\.)*)';", source):
        out[key] = value.replace("\\'", "'")
    return out


def _properties(source: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in source.splitlines():
        if not line.strip() or line.lstrip().startswith(("#", "!")) or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = value.lstrip().rstrip("\r\n")
        value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)
        value = value.replace("\\n", "\n")
        value = re.sub(r"\\(.)", r"\1", value)
        out[key.strip()] = value
    return out


def _read_sources() -> dict[str, dict[str, dict[str, object]]]:
    from babel.messages.pofile import read_po

    data: dict[str, dict[str, dict[str, object]]] = {"da": {}, "jo": {}, "al": {}}
    for lang in ("fr", "es"):
        raw = _git("da", f"appointment/locale/{lang}/LC_MESSAGES/django.po")
        catalog = read_po(io.BytesIO(raw.encode()))
        by_norm = {
            " ".join(str(m.id).split()): m for m in catalog if m.id and isinstance(m.id, str)
        }
        table: dict[str, object] = {}
        for key in DA_KEYS:
            msg = catalog.get(key) or by_norm.get(" ".join(key.split()))
            value = msg.string if msg is not None else ""
            table[key] = " ".join(value.split()) if value and key.strip() == key else value
        for key in DA_PLURALS:
            for msg in catalog:
                if isinstance(msg.id, tuple) and msg.id[0] == key:
                    table[key] = list(msg.string)
        data["da"][lang] = table
    for lang, folder in JO_LANGS.items():
        table = {}
        for name in JO_TEMPLATES:
            text = _git("jo", f"application/views/emails/{lang}/{name}.php")
            table["tpl:" + name] = re.sub(r"^<\?php.*?\?>\s*", "", text, flags=re.S)
        php = _php_strings(_git("jo", f"application/language/{folder}/email_lang.php"))
        php |= _php_strings(_git("jo", f"application/language/{folder}/global_lang.php"))
        for key in JO_KEYS:
            table[key] = php[key]
        data["jo"][lang] = table
    for lang, suffix in AL_LANGS.items():
        props = _properties(_git("al", f"src/main/resources/alfio/i18n/public{suffix}.properties"))
        base = _properties(_git("al", "src/main/resources/alfio/i18n/public.properties"))
        data["al"][lang] = {key: props.get(key, base[key]) for key in AL_KEYS}
    return data


def strings() -> dict[str, dict[str, dict[str, object]]]:
    if not STR:
        if all(path.exists() for path in MIRROR.values()):
            STR.update(_read_sources())
            STRINGS_FILE.write_text(
                json.dumps(STR, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
            )
        else:
            STR.update(json.loads(STRINGS_FILE.read_text("utf-8")))
    return STR


def t(lang: str, key: str) -> str:
    """django-appointment's gettext: the English msgid when untranslated."""
    if lang == "en":
        return key
    value = strings()["da"][lang].get(key)
    return str(value) if value else key


def nt(lang: str, key: str, count: int) -> str:
    if lang == "en":
        form = key if count == 1 else key.replace("hour", "hours").replace("minute", "minutes")
    else:
        forms = strings()["da"][lang][key]
        assert isinstance(forms, list)
        form = str(forms[0] if count <= 1 else forms[1])
    return form % {"count": count}


# --------------------------------------------------------------------------------------------
# Message assembly


def _part(body: str, subtype: str, name: str = "") -> MIMEText:
    if body.isascii():
        part = MIMEText(body, subtype, "us-ascii")
    else:
        cs = Charset("utf-8")
        cs.body_encoding = QP
        part = MIMEText(body, subtype, cs)
    if name:
        part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def build(
    key: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    shape: str,
    text: str = "",
    html: str = "",
    ics: str = "",
    mailer: str = "",
) -> bytes:
    """shape: 'text', 'html', 'alt' (text + html), 'alt_empty' (Django send_mail: empty text +
    html), 'html_ics' (django-q: HTML with appointment.ics attached)."""
    message: Message
    boundary = f"=_t49_{pp.digest(key, 'b')[:16]}"
    if shape == "text":
        message = _part(text, "plain")
    elif shape == "html":
        message = _part(html, "html")
    elif shape in ("alt", "alt_empty"):
        message = MIMEMultipart("alternative", boundary=boundary)
        message.attach(_part("" if shape == "alt_empty" else text, "plain"))
        message.attach(_part(html, "html"))
    elif shape == "html_ics":
        message = MIMEMultipart("mixed", boundary=boundary)
        message.attach(_part(html, "html"))
        message.attach(_part(ics, "calendar", "appointment.ics"))
    else:
        raise ValueError(shape)
    existing = list(message.items())
    for name in list(message.keys()):
        del message[name]
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["From"] = pp._addr(sender) if sender[0] else sender[1]
    message["To"] = pp._addr(to)
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    if mailer:
        message["X-Mailer"] = mailer
    message["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            message[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    return buffer.getvalue()


def add(
    fam: str,
    name: str,
    raw: bytes,
    label: dict[str, object],
    lang: str,
    note: str,
    template: str,
    licence: str,
) -> None:
    CASES.append(Case(fam, SPLITS[fam], name, raw, label, lang, note, template, licence))


# --------------------------------------------------------------------------------------------
# django-appointment

DA_LIC = "Apache-2.0 (django-appointment); people, companies, services and places ours"
DA_TPL = (
    "adamspd/django-appointment:appointment/templates/email_sender/{file} + appointment/{code} + appointment/locale/{lang}/LC_MESSAGES/django.po@"
    + DA
)
EN_MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
EN_MON_AP += ["Nov.", "Dec."]


def dj_date(day: date, lang: str) -> str:
    """Django's localized DATE_FORMAT (en 'N j, Y', fr 'j F Y', es 'j \\d\\e F \\d\\e Y')."""
    if lang == "en":
        return f"{EN_MON_AP[day.month - 1]} {day.day}, {day.year}"
    if lang == "fr":
        return f"{day.day} {bdates.format_date(day, 'MMMM', locale='fr')} {day.year}"
    return f"{day.day} de {bdates.format_date(day, 'MMMM', locale='es')} de {day.year}"


def dj_time(value: datetime, lang: str) -> str:
    """Django's localized TIME_FORMAT (en 'P': '2 p.m.', '2:30 p.m.', 'noon'; fr/es 'H:i')."""
    if lang != "en":
        return f"{value:%H:%M}"
    if value.minute == 0 and value.hour in (0, 12):
        return "midnight" if value.hour == 0 else "noon"
    hour = value.hour % 12 or 12
    clock = str(hour) if value.minute == 0 else f"{hour}:{value.minute:02d}"
    return f"{clock} {'a.m.' if value.hour < 12 else 'p.m.'}"


def dj_duration(minutes: int, lang: str) -> str:
    parts = []
    if minutes // 60:
        parts.append(nt(lang, "%(count)d hour", minutes // 60))
    if minutes % 60:
        parts.append(nt(lang, "%(count)d minute", minutes % 60))
    return " ".join(parts)


def strf_day(day: date) -> str:
    return f"{day:%A, %d %B %Y}"


def strf_clock(value: datetime) -> str:
    return f"{value:%I:%M %p}"


def dj_ics(
    site: str,
    service: str,
    start: datetime,
    end: datetime,
    stamp: datetime,
    where: str,
    info: str,
    staff: str,
    client: str,
) -> str:
    def esc(value: str) -> str:
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")

    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:-//{site}//DjangoAppointmentSystem//EN",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        f"SUMMARY:{esc(service)}",
        f"DTSTART:{start:%Y%m%dT%H%M%S}",
        f"DTEND:{end:%Y%m%dT%H%M%S}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}",
        f"LOCATION:{esc(where)}",
        f"DESCRIPTION:{esc(info)}",
        f"ORGANIZER:MAILTO:{staff}",
        f"ATTENDEE:MAILTO:{client}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def dj_thank_you(
    lang: str,
    site: str,
    first: str,
    service: str,
    start: datetime,
    minutes: int,
    *,
    new_account: bool,
    email: str,
) -> str:
    details = [
        (t(lang, "Service"), service),
        (t(lang, "Appointment Date"), dj_date(start.date(), lang)),
        (t(lang, "Appointment Time"), dj_time(start, lang)),
        (t(lang, "Duration"), dj_duration(minutes, lang)),
    ]
    greet = ""
    if new_account:
        greet = (
            f'<p style="font-size: 14px; margin-top: 15px !important;">Hi {escape(first)},</p>\n'
            f'<p style="font-size: 14px; margin-top: 5px !important;">{escape(t(lang, "We" + chr(39) + "re excited to have you on board!"))}</p>\n'
            f"<h3>{escape(t(lang, 'Account Information'))}</h3>\n<ul>\n"
            f"<li>{escape(t(lang, 'Email address'))}: {escape(email)}</li>\n</ul>\n"
        )
    items = "".join(f"<li>{escape(k)}: {escape(v)}</li>\n" for k, v in details)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
        f"<title>{escape(t(lang, 'Appointment successfully scheduled'))}</title>\n</head>\n"
        '<body style="margin: 0 !important; padding: 0; background-color: #ffffff;" bgcolor="#ffffff">\n'
        '<table border="0" cellpadding="0" cellspacing="0" width="100%">\n<tr>\n'
        '<td align="center" valign="top" width="100%" bgcolor="#3b4a69" style="padding: 50px 15px;">\n'
        '<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;">\n'
        '<tr><td align="center" valign="top" style="padding: 0 0 20px 0;"></td></tr>\n'
        f'<tr><td align="center" valign="top"><h1 style="font-size: 28px; color: #ffffff;">{escape(t(lang, "Appointment successfully scheduled"))}</h1></td></tr>\n'
        '<tr><td align="center" valign="top" style="padding: 0 0 35px 0;">\n'
        '<table align="center" border="0" cellpadding="0" cellspacing="0" width="80%" style="max-width: 200px;">\n'
        f'<tr><td align="center" bgcolor="red" style="color: #ffffff; font-size: 14px; padding: 10px;">{start.strftime("%b %Y").upper()}</td></tr>\n'
        f'<tr><td align="center" bgcolor="#ffffff" style="color: #444444; font-size: 48px; padding: 15px;">{start:%d}</td></tr>\n'
        "</table>\n</td></tr>\n"
        f'<tr><td align="center" valign="top" style="padding-bottom: 30px;"><p style="color: #ffffff; font-size: 14px;">{escape(t(lang, "Thank you for choosing us."))}</p></td></tr>\n'
        "</table>\n</td>\n</tr>\n"
        '<tr><td align="center" valign="top" width="100%" bgcolor="#ffffff" style="padding: 50px 15px;">\n'
        '<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width:500px;">\n'
        '<tr><td align="left" valign="top" style="padding: 0;">\n'
        + greet
        + f"<div><h3>{escape(t(lang, 'Appointment Details'))}</h3>\n<ul>\n{items}</ul>\n</div>\n"
        f"<h3>{escape(t(lang, 'Rescheduling'))}</h3>\n"
        f'<p style="margin-top: 15px !important; font-size: 14px">{escape(t(lang, "If your plans change and you need to reschedule your appointment, you can easily do so by following this link: "))}'
        f'<a href="https://{site.lower().replace(" ", "")}.example/appointment/request/reschedule/8f3a61c2d0/">{escape(t(lang, "Reschedule Appointment"))}</a></p>\n'
        f"<h3>{escape(t(lang, 'Support'))}</h3>\n"
        f'<p style="margin-top: 15px !important; font-size: 14px">{escape(t(lang, "Should you have any inquiries or require further assistance, our support team is here to help. You can reach us anytime."))}</p>\n'
        f'<p style="margin-top: 15px !important; font-size: 14px">{escape(t(lang, "We look forward to serving you and ensuring that your experience with us is both rewarding and satisfactory."))}</p>\n'
        f'<p style="margin-top: 15px !important; font-size: 14px">{escape(t(lang, "Warm regards"))},</p>\n'
        f'<p style="margin-top: 15px !important; font-size: 14px">{escape(t(lang, "The Team"))}</p>\n'
        "</td></tr>\n</table>\n</td></tr>\n"
        f'<tr><td align="center" style="padding: 15px; color: #777777; font-size: 12px;">&copy; {start.year} {escape(site)}. {escape(t(lang, "All rights reserved"))}.</td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def dj_reminder(
    lang: str, first: str, service: str, start: datetime, end: datetime, where: str, site: str
) -> str:
    rows = [
        (t(lang, "Service"), service),
        (t(lang, "Date"), dj_date(start.date(), lang)),
        (t(lang, "Time"), f"{dj_time(start, lang)} - {dj_time(end, lang)}"),
        (t(lang, "Location"), where),
    ]
    info = "".join(
        f'<div class="info-row">\n<span class="info-label">{escape(k)}</span>\n'
        f'<span class="info-value">{escape(v)}</span>\n</div>\n'
        for k, v in rows
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f"<title>{escape(t(lang, 'Appointment Reminder'))}</title>\n"
        "<style>\nbody { font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; margin: 0; padding: 0; }\n"
        ".info-row { display: flex; justify-content: space-between; padding: 6px 0; border-bottom: 1px solid #eee; }\n"
        ".info-label { font-weight: 600; color: #555; }\n</style>\n</head>\n<body>\n"
        '<div class="email-container">\n<div class="email-header">\n'
        f"<h2>{escape(t(lang, 'Appointment Reminder'))}</h2>\n</div>\n"
        '<div class="email-body">\n'
        f"<p>\n{escape(t(lang, 'Dear'))} {escape(first)},\n</p>\n"
        f"<p>{escape(t(lang, 'This is a reminder for your upcoming appointment.'))}</p>\n"
        f'<div class="appointment-info">\n<h3>{escape(t(lang, "Appointment Details"))}</h3>\n{info}</div>\n'
        f"<p>{escape(t(lang, 'If you need to reschedule, please click the button below or contact us for further assistance.'))}</p>\n"
        f'<a href="https://{site.lower().replace(" ", "")}.example/appointment/request/reschedule/51be0c7a94/" class="button">{escape(t(lang, "Reschedule Appointment"))}</a>\n'
        f"<p>{escape(t(lang, 'Thank you for choosing us!'))}</p>\n</div>\n"
        f'<div class="email-footer">\n{escape(t(lang, "This is an automated message. Please do not reply directly to this email."))}\n</div>\n'
        "</div>\n</body>\n</html>\n"
    )


def dj_reschedule(
    lang: str,
    *,
    confirm: bool,
    first: str,
    client: str,
    service: str,
    old: tuple[datetime, datetime],
    new: tuple[datetime, datetime],
    reason: str,
    site: str,
) -> str:
    head = (
        f"<p>{escape(t(lang, 'Dear'))} {escape(first)},</p>"
        if confirm
        else f"<p>{escape(t(lang, 'Hi'))},</p>"
    )
    if confirm:
        what = f"<p>\n{escape(t(lang, 'You have requested to reschedule your appointment. Please review the changes below and confirm:'))}\n</p>"
    else:
        what = (
            f"<p>\n{escape(t(lang, 'An appointment with'))} <b>{escape(client)}</b> {escape(t(lang, 'for the service'))}\n"
            f"<b>{escape(service)}</b> {escape(t(lang, 'has been rescheduled.'))}\n"
        )
        if reason:
            what += f"<br><b>{escape(t(lang, 'Reason for rescheduling:'))}</b>\n{escape(reason)}"
        what += "\n</p>"
    joiner = escape(t(lang, " to "))
    blocks = ""
    for title, (s, e) in (("Original Appointment:", old), ("Rescheduled Appointment:", new)):
        blocks += (
            f"<p>\n<b>{escape(t(lang, title))}</b><br>\n"
            f"{escape(t(lang, 'Date'))}: {strf_day(s.date())}<br>\n"
            f"{escape(t(lang, 'Time'))}: {strf_clock(s)} {joiner} {strf_clock(e)}\n</p>\n"
        )
    link = f"https://{site.lower().replace(' ', '')}.example/appointment/confirm-reschedule/2b7e91d04c/"
    tail = ""
    if confirm:
        tail = (
            f"<p>\n{escape(t(lang, 'This link will expire in 5 minutes. If you do not confirm within this time frame, you will need to submit a new reschedule request.'))}\n</p>\n"
            f'<a href="{link}" style="background-color: #007bff; color: white; padding: 10px 20px; text-decoration: none; border-radius: 5px;">\n{escape(t(lang, "Confirm Appointment"))}\n</a>\n'
            f'<div class="fallback-link">\n{escape(t(lang, "If the button above does not work, please copy and paste the following link into your browser:"))}\n<br>\n<a href="{link}">{link}</a>\n</div>\n'
        )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
        f"<title>{escape(t(lang, 'Appointment Reschedule'))}</title>\n</head>\n<body>\n"
        '<!-- email_template.html -->\n<div class="email-container">\n'
        f"<h2>{escape(t(lang, 'Appointment Reschedule'))}</h2>\n"
        f'<div class="email-content">\n{head}\n{what}\n{blocks}{tail}</div>\n'
        f'<div class="email-footer">\n<p>{escape(t(lang, "Thank you,"))}<br>{escape(site)}</p>\n</div>\n'
        "</div>\n</body>\n</html>\n"
    )


def dj_plain(html: str) -> str:
    """The text a mail client shows for these HTML mails when forwarding them (our rendering:
    block tags end lines, list items get a bullet)."""
    body = re.sub(r"(?is)<(head|title|style)\b.*?</\1>", "", html)
    body = re.sub(r"(?i)<li>", "• ", body)
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|span)>", "\n", body)
    body = re.sub(r"<[^>]+>", "", body)
    lines = [" ".join(unescape(line).split()) for line in body.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


DJ_SITES = {
    "en": ("Halden Robotics Careers", "careers@haldenrobotics.example"),
    "en2": ("Marlow & Pike Hiring", "no-reply@marlowpike.example"),
    "fr": ("Recrutement Atelier Sorbier", "recrutement@ateliersorbier.example"),
    "es": ("Selección Grupo Almadraba", "seleccion@grupoalmadraba.example"),
}


def _dj_label(
    kind: str, start: datetime, end: datetime | None, sent: datetime
) -> dict[str, object]:
    label: dict[str, object] = {"kind": kind}
    label |= timed(start, end, sent=sent)
    return label


def djbook() -> None:
    fam = "djbook49"
    rows = [
        # lang, site, service, start, minutes, sent-days-before, shape, new_account
        (
            "en",
            "en",
            "Job interview - Robotics Test Engineer",
            at(2026, 3, 13, 14, 30, "Europe/London", "Fri"),
            45,
            6,
            "alt_empty",
            True,
        ),
        (
            "en",
            "en2",
            "First interview: Account Executive",
            at(2026, 6, 2, 12, 0, "America/Chicago", "Tue"),
            30,
            9,
            "html_ics",
            False,
        ),
        (
            "en",
            "en",
            "Technical interview (Robotics)",
            at(2026, 11, 3, 9, 0, "Europe/London", "Tue"),
            90,
            5,
            "html_ics",
            False,
        ),
        (
            "fr",
            "fr",
            "Entretien d'embauche – Chargé(e) de clientèle",
            at(2026, 4, 21, 10, 15, "Europe/Paris", "Tue"),
            60,
            8,
            "alt_empty",
            True,
        ),
        (
            "fr",
            "fr",
            "Entretien de recrutement – Menuisier agenceur",
            at(2026, 10, 29, 16, 0, "Europe/Paris", "Thu"),
            45,
            3,
            "html_ics",
            False,
        ),
        (
            "es",
            "es",
            "Entrevista de trabajo – Analista de datos",
            at(2026, 5, 19, 17, 30, "Europe/Madrid", "Tue"),
            30,
            7,
            "alt_empty",
            False,
        ),
        (
            "es",
            "es",
            "Entrevista – Técnico de mantenimiento",
            at(2026, 9, 8, 9, 45, "Atlantic/Canary", "Tue"),
            75,
            4,
            "html_ics",
            True,
        ),
    ]
    for n, (lang, sk, service, start, minutes, before, shape, new) in enumerate(rows):
        site, sender = DJ_SITES[sk]
        end = start + timedelta(minutes=minutes)
        sent = (start - timedelta(days=before)).replace(hour=18, minute=12 + n)
        html = dj_thank_you(
            lang, site, ME[0].split()[0], service, start, minutes, new_account=new, email=ME[1]
        )
        where = {
            "en": "Unit 4, Halden Park, Leeds LS10 1AB",
            "en2": "410 N Wells St, Chicago, IL",
            "fr": "12 rue des Tanneurs, 69007 Lyon",
            "es": "Calle Mayor 18, Santa Cruz de Tenerife",
        }.get(sk, "")
        ics = dj_ics(
            site,
            service,
            start,
            end,
            sent.replace(tzinfo=None),
            where,
            "",
            f"talent@{sender.split('@')[1]}",
            ME[1],
        )
        raw = build(
            f"tools49 {fam} {n}",
            sender=("", sender),
            to=ME,
            subject=t(lang, "Thank you for booking us."),
            sent=sent,
            shape=shape,
            html=html,
            ics=ics,
        )
        kind_note = (
            "empty text/plain beside the HTML (send_mail)"
            if shape == "alt_empty"
            else "HTML only with appointment.ics (django-q; floating DTSTART/DTEND, no METHOD, no UID)"
        )
        label = _dj_label("invitation", start, end, sent)
        add(
            fam,
            f"{lang}_{start:%m%d}_{shape}",
            raw,
            label,
            lang,
            f"Booking confirmation of the reader's interview slot '{dj_date(start.date(), lang)}' / '{dj_time(start, lang)}' / '{dj_duration(minutes, lang)}' (no zone in the mail); {kind_note}"
            + ("; new-account block" if new else ""),
            DA_TPL.format(
                file="thank_you_email.html",
                code="utils/email_ops.py send_thank_you_email, views.py appointment_details, utils/ics_utils.py",
                lang=lang,
            ),
            DA_LIC,
        )


def djremind() -> None:
    fam = "djremind49"
    rows = [
        (
            "en",
            "en",
            "Job interview - Robotics Test Engineer",
            at(2026, 3, 27, 11, 0, "Europe/London", "Fri"),
            60,
            "Halden Park, Building C reception",
        ),
        (
            "en",
            "en2",
            "Second interview: Account Executive",
            at(2026, 7, 14, 12, 0, "America/Chicago", "Tue"),
            45,
            "Video call (link in your booking)",
        ),
        (
            "en",
            "en2",
            "Panel interview: Sales Lead",
            at(2026, 12, 1, 8, 30, "America/Chicago", "Tue"),
            90,
            "410 N Wells St, 6th floor",
        ),
        (
            "fr",
            "fr",
            "Entretien d'embauche – Chargé(e) de clientèle",
            at(2026, 5, 12, 14, 0, "Europe/Paris", "Tue"),
            60,
            "12 rue des Tanneurs, 69007 Lyon",
        ),
        (
            "fr",
            "fr",
            "Second entretien – Menuisier agenceur",
            at(2026, 11, 17, 9, 30, "Europe/Paris", "Tue"),
            45,
            "Atelier, 3 impasse du Bief, Villeurbanne",
        ),
        (
            "es",
            "es",
            "Entrevista de trabajo – Analista de datos",
            at(2026, 6, 10, 16, 0, "Europe/Madrid", "Wed"),
            30,
            "Videollamada",
        ),
        (
            "es",
            "es",
            "Entrevista final – Técnico de mantenimiento",
            at(2026, 10, 6, 10, 0, "Atlantic/Canary", "Tue"),
            60,
            "Calle Mayor 18, Santa Cruz de Tenerife",
        ),
    ]
    for n, (lang, sk, service, start, minutes, where) in enumerate(rows):
        site, sender = DJ_SITES[sk]
        end = start + timedelta(minutes=minutes)
        sent = (start - timedelta(days=1)).replace(hour=8, minute=0, second=4 + n)
        html = dj_reminder(lang, ME[0].split()[0], service, start, end, where, site)
        raw = build(
            f"tools49 {fam} {n}",
            sender=("", sender),
            to=ME,
            subject=t(lang, "Reminder: Upcoming Appointment"),
            sent=sent,
            shape="html",
            html=html,
        )
        add(
            fam,
            f"{lang}_{start:%m%d}",
            raw,
            _dj_label("invitation", start, end, sent),
            lang,
            f"Day-before reminder of the reader's interview: Date '{dj_date(start.date(), lang)}', Time '{dj_time(start, lang)} - {dj_time(end, lang)}', Location; HTML only (django-q), no zone",
            DA_TPL.format(
                file="reminder_email.html", code="tasks.py send_email_reminder", lang=lang
            ),
            DA_LIC,
        )


def djresched() -> None:
    fam = "djresched49"
    rows = [
        # lang, site, confirm?, service, old, new (start, minutes), reason
        (
            "en",
            "en",
            True,
            "Job interview - Robotics Test Engineer",
            at(2026, 4, 10, 10, 0, "Europe/London", "Fri"),
            at(2026, 4, 14, 15, 30, "Europe/London", "Tue"),
            45,
            "",
        ),
        (
            "fr",
            "fr",
            True,
            "Entretien d'embauche – Chargé(e) de clientèle",
            at(2026, 6, 4, 9, 0, "Europe/Paris", "Thu"),
            at(2026, 6, 5, 14, 0, "Europe/Paris", "Fri"),
            60,
            "",
        ),
        (
            "es",
            "es",
            True,
            "Entrevista de trabajo – Analista de datos",
            at(2026, 9, 22, 12, 0, "Europe/Madrid", "Tue"),
            at(2026, 9, 24, 17, 0, "Europe/Madrid", "Thu"),
            30,
            "",
        ),
        (
            "en",
            "en2",
            False,
            "First interview: Account Executive",
            at(2026, 8, 11, 13, 0, "America/Chicago", "Tue"),
            at(2026, 8, 13, 9, 30, "America/Chicago", "Thu"),
            30,
            "Clashes with my current job's quarterly review",
        ),
        (
            "fr",
            "fr",
            False,
            "Entretien de recrutement – Menuisier agenceur",
            at(2026, 3, 3, 16, 0, "Europe/Paris", "Tue"),
            at(2026, 3, 6, 8, 30, "Europe/Paris", "Fri"),
            45,
            "Train annulé, je préfère venir vendredi",
        ),
    ]
    clients = ["Priya Natarajan", "Théo Marchand"]
    for n, (lang, sk, confirm, service, old, new, minutes, reason) in enumerate(rows):
        site, sender = DJ_SITES[sk]
        sent = (old - timedelta(days=2)).replace(hour=13, minute=41 + n)
        oldr = (old, old + timedelta(minutes=minutes))
        newr = (new, new + timedelta(minutes=minutes))
        if confirm:
            html = dj_reschedule(
                lang,
                confirm=True,
                first=ME[0].split()[0],
                client="",
                service=service,
                old=oldr,
                new=newr,
                reason="",
                site=site,
            )
            subject = t(lang, "Confirm Your Appointment Rescheduling")
            to = ME
            note = "The reader's own request to move the interview, pending until the Confirm link (5 minutes) is clicked: not set yet (as ncwait48)"
        else:
            client = clients[n % 2]
            html = dj_reschedule(
                lang,
                confirm=False,
                first="",
                client=client,
                service=service,
                old=oldr,
                new=newr,
                reason=reason,
                site=site,
            )
            subject = t(lang, "Reschedule Request for ") + client
            to = ME
            note = (
                f"Staff copy to the reader as interviewer: the candidate {client} moved their slot"
            )
        raw = build(
            f"tools49 {fam} {n}",
            sender=("", sender),
            to=to,
            subject=subject,
            sent=sent,
            shape="html",
            html=html,
        )
        add(
            fam,
            f"{lang}_{'confirm' if confirm else 'staff'}_{new:%m%d}",
            raw,
            {"kind": "not_invitation"},
            lang,
            note
            + f"; blocks in strftime English ('{strf_day(new.date())}', '{strf_clock(new)} {t(lang, ' to ').strip()} {strf_clock(newr[1])}')",
            DA_TPL.format(
                file="reschedule_email.html",
                code="utils/email_ops.py send_reschedule_confirmation_email / notify_admin_about_reschedule",
                lang=lang,
            ),
            DA_LIC,
        )


def djsvc() -> None:
    fam = "djsvc49"
    sites = {
        "en": ("Riverside Physio Clinic", "bookings@riversidephysio.example"),
        "fr": ("Salon Lisière", "rdv@salonlisiere.example"),
        "es": ("Asesoría Berbés", "citas@asesoriaberbes.example"),
        "en2": ("Kellerman Auto Service", "service@kellermanauto.example"),
    }
    rows = [
        (
            "en",
            "en",
            "book",
            "Sports massage (45 min)",
            at(2026, 2, 17, 18, 0, "Europe/London", "Tue"),
            45,
            "html_ics",
            "",
        ),
        (
            "en",
            "en2",
            "remind",
            "Annual car service",
            at(2026, 4, 28, 8, 0, "America/Denver", "Tue"),
            120,
            "html",
            "2210 Larimer St, Denver",
        ),
        (
            "fr",
            "fr",
            "book",
            "Coupe + brushing",
            at(2026, 5, 23, 11, 30, "Europe/Paris", "Sat"),
            60,
            "alt_empty",
            "",
        ),
        (
            "fr",
            "fr",
            "remind",
            "Coloration",
            at(2026, 9, 19, 15, 0, "Europe/Paris", "Sat"),
            90,
            "html",
            "8 place Bellecour, Lyon",
        ),
        (
            "es",
            "es",
            "book",
            "Asesoría fiscal – declaración de la renta",
            at(2026, 5, 6, 17, 0, "Europe/Madrid", "Wed"),
            30,
            "html_ics",
            "",
        ),
        (
            "es",
            "es",
            "remind",
            "Revisión de contrato de alquiler",
            at(2026, 10, 14, 12, 30, "Europe/Madrid", "Wed"),
            45,
            "html",
            "Rúa do Príncipe 22, Vigo",
        ),
    ]
    for n, (lang, sk, what, service, start, minutes, shape, where) in enumerate(rows):
        site, sender = sites[sk]
        end = start + timedelta(minutes=minutes)
        if what == "book":
            sent = (start - timedelta(days=5)).replace(hour=20, minute=3 + n)
            html = dj_thank_you(
                lang,
                site,
                ME[0].split()[0],
                service,
                start,
                minutes,
                new_account=False,
                email=ME[1],
            )
            subject = t(lang, "Thank you for booking us.")
            ics = dj_ics(
                site, service, start, end, sent.replace(tzinfo=None), "", "", sender[1], ME[1]
            )
            tpl = DA_TPL.format(
                file="thank_you_email.html",
                code="utils/email_ops.py send_thank_you_email",
                lang=lang,
            )
        else:
            sent = (start - timedelta(days=1)).replace(hour=8, minute=0, second=n)
            html = dj_reminder(lang, ME[0].split()[0], service, start, end, where, site)
            subject = t(lang, "Reminder: Upcoming Appointment")
            ics = ""
            tpl = DA_TPL.format(
                file="reminder_email.html", code="tasks.py send_email_reminder", lang=lang
            )
        raw = build(
            f"tools49 {fam} {n}",
            sender=("", sender),
            to=ME,
            subject=subject,
            sent=sent,
            shape=shape,
            html=html,
            ics=ics,
        )
        add(
            fam,
            f"{lang}_{what}_{start:%m%d}",
            raw,
            {"kind": "not_invitation"},
            lang,
            f"{what} mail for '{service}' at {site}: a service appointment, not a job interview",
            tpl,
            DA_LIC,
        )


def djfwd() -> None:
    fam = "djfwd49"
    rows = [
        (
            "gmail",
            "en",
            "book",
            "en",
            "Job interview - Robotics Test Engineer",
            at(2026, 2, 24, 15, 0, "Europe/London", "Tue"),
            45,
            "Booked the interview slot, please add it.",
        ),
        (
            "gmail",
            "fr",
            "remind",
            "fr",
            "Entretien d'embauche – Chargé(e) de clientèle",
            at(2026, 6, 16, 11, 0, "Europe/Paris", "Tue"),
            60,
            "C'est demain, merci de l'ajouter.",
        ),
        (
            "outlook",
            "es",
            "book",
            "es",
            "Entrevista de trabajo – Analista de datos",
            at(2026, 7, 7, 10, 30, "Europe/Madrid", "Tue"),
            45,
            "",
        ),
        (
            "apple",
            "en",
            "remind",
            "en2",
            "Final interview: Account Executive",
            at(2026, 10, 20, 12, 0, "America/Chicago", "Tue"),
            60,
            "FYI",
        ),
        (
            "gmail",
            "fr",
            "book",
            "fr",
            "Entretien de recrutement – Menuisier agenceur",
            at(2026, 12, 8, 8, 30, "Europe/Paris", "Tue"),
            30,
            "",
        ),
    ]
    for n, (client, fwd_lang, what, sk, service, start, minutes, note) in enumerate(rows):
        lang = sk[:2]
        site, sender = DJ_SITES[sk]
        end = start + timedelta(minutes=minutes)
        if what == "book":
            orig = (start - timedelta(days=6)).replace(hour=19, minute=22 + n)
            html = dj_thank_you(
                lang,
                site,
                ME[0].split()[0],
                service,
                start,
                minutes,
                new_account=False,
                email=ME[1],
            )
            subject = t(lang, "Thank you for booking us.")
            tpl = DA_TPL.format(
                file="thank_you_email.html",
                code="utils/email_ops.py send_thank_you_email, views.py appointment_details",
                lang=lang,
            )
        else:
            orig = (start - timedelta(days=1)).replace(hour=8, minute=0, second=9 + n)
            html = dj_reminder(
                lang,
                ME[0].split()[0],
                service,
                start,
                end,
                {
                    "en": "Reception desk, Halden Park",
                    "fr": "Accueil, 12 rue des Tanneurs",
                    "es": "Recepción, Calle Mayor 18",
                }[lang]
                if sk != "en2"
                else "410 N Wells St, 6th floor",
                site,
            )
            subject = t(lang, "Reminder: Upcoming Appointment")
            tpl = DA_TPL.format(
                file="reminder_email.html", code="tasks.py send_email_reminder", lang=lang
            )
        raw = pp.forward(
            f"tools49 {fam} {n}",
            client=client,
            lang=fwd_lang,
            user=ME,
            org=(site, sender),
            orig_sent=orig,
            subject=subject,
            body=dj_plain(html),
            note=note,
        )
        sent = orig + timedelta(hours=1, minutes=37)
        label = _dj_label("invitation", start, end, sent)
        label["original_sender"] = sender
        add(
            fam,
            f"{client}_{lang}_{what}_{start:%m%d}",
            raw,
            label,
            lang,
            f"{client} forward of the {what} mail (HTML rendered as text by the client, our rendering); slot in Django's localized date and time, no zone",
            tpl + "; forward layout ours",
            DA_LIC,
        )


# --------------------------------------------------------------------------------------------
# Jorani

JO_LIC = "AGPL-3.0 (Jorani); people, companies and reasons ours"


def php_date(day: date, fmt: str) -> str:
    return (
        fmt.replace("d", f"{day.day:02d}")
        .replace("m", f"{day.month:02d}")
        .replace("Y", f"{day.year}")
    )


def ci_alt(html: str) -> str:
    """CodeIgniter Email::_get_alt_message: the <body> with tags stripped, runs of blank lines
    collapsed (approximation)."""
    match = re.search(r"(?is)<body[^>]*>(.*)</body>", html)
    body = match.group(1) if match else html
    body = re.sub(r"<[^>]+>", "", body).replace("\t", "")
    body = unescape(body)
    lines = [line.strip() for line in body.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def jo_render(lang: str, template: str, data: dict[str, str]) -> str:
    text = str(strings()["jo"][lang]["tpl:" + template])
    for key, value in data.items():
        text = text.replace("{" + key + "}", escape(value) if key not in ("BaseUrl",) else value)
    return text


def jo_mail(
    fam: str, n: int, lang: str, subject: str, html: str, sent: datetime, to: tuple[str, str]
) -> bytes:
    return build(
        f"tools49 {fam} {n}",
        sender=("Jorani", "jorani@hr.lindqvist-bau.example"),
        to=to,
        subject="[Jorani] " + subject,
        sent=sent,
        shape="alt",
        text=ci_alt(html),
        html=html,
        mailer="CodeIgniter",
    )


def jorleave() -> None:
    fam = "jorleave49"
    s = lambda lang, key: str(strings()["jo"][lang][key])  # noqa: E731
    rows = [
        # lang, template, start, end, start type, end type, reason, colleague?
        (
            "de",
            "request_accepted",
            date(2026, 3, 12),
            date(2026, 3, 12),
            "Afternoon",
            "Afternoon",
            "Vorstellungsgespräch bei der Firma Krone Logistik um 14:00 Uhr in Kassel",
            "",
        ),
        (
            "fr",
            "request_rejected",
            date(2026, 4, 23),
            date(2026, 4, 23),
            "Morning",
            "Morning",
            "Entretien d'embauche le 23/04 à 10h30 (Lyon)",
            "",
        ),
        (
            "es",
            "request_accepted",
            date(2026, 5, 14),
            date(2026, 5, 15),
            "Morning",
            "Afternoon",
            "Entrevista de trabajo y viaje a Valencia",
            "",
        ),
        (
            "it",
            "cancel_accepted",
            date(2026, 6, 9),
            date(2026, 6, 9),
            "Morning",
            "Afternoon",
            "Colloquio di lavoro alle 11:00 a Bologna (annullato dall'azienda)",
            "",
        ),
        (
            "nl",
            "request",
            date(2026, 9, 17),
            date(2026, 9, 17),
            "Afternoon",
            "Afternoon",
            "Sollicitatiegesprek om 15:30 uur",
            "Sanne de Wit",
        ),
        (
            "pt",
            "request_accepted",
            date(2026, 10, 1),
            date(2026, 10, 1),
            "Morning",
            "Morning",
            "Entrevista de emprego às 9h30",
            "",
        ),
        (
            "tr",
            "request",
            date(2026, 11, 4),
            date(2026, 11, 4),
            "Morning",
            "Afternoon",
            "İş görüşmesi (saat 10:00, Ankara)",
            "Emre Aydın",
        ),
        (
            "en",
            "request_accepted",
            date(2026, 2, 19),
            date(2026, 2, 19),
            "Afternoon",
            "Afternoon",
            "Job interview at 2:30 PM, Manchester",
            "",
        ),
        (
            "en",
            "request",
            date(2026, 12, 10),
            date(2026, 12, 11),
            "Morning",
            "Afternoon",
            "Two interviews in Leeds (10am Thursday, 9am Friday)",
            "Jordan Blake",
        ),
    ]
    for n, (lang, tpl, d1, d2, t1, t2, reason, colleague) in enumerate(rows):
        fmt = s(lang, "global_date_format")
        sent_zone = "Europe/Berlin" if lang != "en" else "Europe/London"
        sent = at(d1.year, d1.month, d1.day, 9, 14 + n, sent_zone) - timedelta(days=8)
        data = {
            "StartDate": php_date(d1, fmt),
            "EndDate": php_date(d2, fmt),
            "StartDateType": s(lang, t1),
            "EndDateType": s(lang, t2),
            "Type": {
                "de": "Urlaub",
                "fr": "Congé payé",
                "es": "Vacaciones",
                "it": "Ferie",
                "nl": "Verlof",
                "pt": "Férias",
                "tr": "Yıllık izin",
                "en": "Paid leave",
            }[lang],
            "Comments": "",
            "BaseUrl": "https://jorani.lindqvist-bau.example/",
            "LeaveId": str(4100 + n),
            "UserId": str(77 + n),
        }
        if colleague:
            first, last = colleague.split(" ", 1)
            data |= {
                "Title": s(lang, "email_leave_request_creation_title"),
                "Firstname": first,
                "Lastname": last,
                "Duration": "0.5" if d1 == d2 else "2",
                "Balance": "11.5",
                "Reason": reason,
            }
            subject = s(lang, "email_leave_request_creation_subject") + " " + colleague
            who = "a colleague's request sent to the reader as manager"
        else:
            first, last = ME[0].split()
            title_key = (
                "email_leave_request_cancellation_title"
                if tpl == "cancel_accepted"
                else "email_leave_request_validation_title"
            )
            subj_key = {
                "request_accepted": "email_leave_request_accept_subject",
                "request_rejected": "email_leave_request_reject_subject",
                "cancel_accepted": "email_leave_cancel_accept_subject",
            }[tpl]
            data |= {
                "Title": s(lang, title_key),
                "Firstname": first,
                "Lastname": last,
                "Cause": reason,
            }
            subject = s(lang, subj_key)
            who = f"the reader's own leave ({tpl})"
        html = jo_render(lang, tpl, data)
        if "{Reason}" in html:
            who += " (this language's template asks for {Reason} while Requests.php passes Cause, so CodeIgniter's parser leaves '{Reason}' in the mail)"
        raw = jo_mail(fam, n, lang, subject, html, sent, ME)
        add(
            fam,
            f"{lang}_{tpl}_{d1:%m%d}",
            raw,
            {"kind": "not_invitation"},
            lang,
            f"Jorani leave notice, {who}; reason '{reason}'; {data['StartDate']} ({data['StartDateType']})",
            f"bbalet/jorani:application/views/emails/{lang}/{tpl}.php + application/language/{JO_LANGS[lang]}/{{email,global}}_lang.php + application/controllers/{{Leaves,Requests}}.php@{JO}",
            JO_LIC,
        )


def jorover() -> None:
    fam = "jorover49"
    s = lambda lang, key: str(strings()["jo"][lang][key])  # noqa: E731
    rows = [
        (
            "en",
            "overtime",
            date(2026, 3, 18),
            "0.25",
            "Interview panel for the site manager role ran until 7:30 PM",
            "Dana Whitfield",
        ),
        (
            "de",
            "overtime_accepted",
            date(2026, 4, 16),
            "0.5",
            "Karrieremesse Hannover, Stand 14:00–20:00 Uhr",
            "",
        ),
        (
            "fr",
            "overtime",
            date(2026, 6, 25),
            "0.25",
            "Entretiens candidats de 18h00 à 20h00",
            "Lucie Garnier",
        ),
        (
            "es",
            "overtime_accepted",
            date(2026, 9, 30),
            "0.5",
            "Jornada de puertas abiertas de empleo, 16:00 a 21:00",
            "",
        ),
        (
            "it",
            "overtime_accepted",
            date(2026, 11, 12),
            "0.25",
            "Colloqui con i candidati dalle 18:00 alle 20:00",
            "",
        ),
    ]
    for n, (lang, tpl, day, duration, cause, colleague) in enumerate(rows):
        fmt = s(lang, "global_date_format")
        zone = "Europe/London" if lang == "en" else "Europe/Berlin"
        sent = at(day.year, day.month, day.day, 21, 5 + n, zone) + timedelta(days=1)
        if colleague:
            first, last = colleague.split(" ", 1)
            data = {
                "Title": s(lang, "email_extra_request_validation_title"),
                "Firstname": first,
                "Lastname": last,
                "UrlAccept": f"https://jorani.lindqvist-bau.example/overtime/accept/{612 + n}",
                "UrlReject": f"https://jorani.lindqvist-bau.example/overtime/reject/{612 + n}",
            }
            subject = s(lang, "email_extra_request_reject_subject") + " " + colleague
            who = "a colleague's overtime sent to the reader as manager"
        else:
            first, last = ME[0].split()
            data = {
                "Title": s(lang, "email_overtime_request_validation_title"),
                "Firstname": first,
                "Lastname": last,
            }
            subject = s(lang, "email_overtime_request_accept_subject")
            who = "the reader's own overtime accepted"
        data |= {"Date": php_date(day, fmt), "Duration": duration, "Cause": cause}
        html = jo_render(lang, tpl, data)
        raw = jo_mail(fam, n, lang, subject, html, sent, ME)
        add(
            fam,
            f"{lang}_{tpl}_{day:%m%d}",
            raw,
            {"kind": "not_invitation"},
            lang,
            f"Jorani overtime notice, {who}; reason '{cause}', date {data['Date']} (after the fact)",
            f"bbalet/jorani:application/views/emails/{lang}/{tpl}.php + application/language/{JO_LANGS[lang]}/{{email,global}}_lang.php + application/controllers/{{Extra,Overtime}}.php@{JO}",
            JO_LIC,
        )


# --------------------------------------------------------------------------------------------
# Alf.io

AL_LIC = "GPL-3.0 (Alf.io); people, organisations and events ours"


def mf(pattern: str, *args: str) -> str:
    """java.text.MessageFormat for these strings: {n} arguments, '' for a quote."""
    out = pattern.replace("''", "\x00")
    for i, value in enumerate(args):
        out = out.replace("{" + str(i) + "}", value.replace("'", "\x01"))
    return out.replace("\x00", "'").replace("\x01", "'")


def a(lang: str, key: str) -> str:
    return str(strings()["al"][lang][key])


def jfmt(value: datetime, pattern: str, locale: str) -> str:
    return bdates.format_datetime(value, pattern, tzinfo=value.tzinfo, locale=locale)


ORGS = {
    "en": ("Northbridge Careers Fair", "events@northbridgefair.example"),
    "de": ("Karrieretag Rhein-Main", "tickets@karrieretag-rm.example"),
    "fr": ("Forum Emploi Garonne", "billetterie@forumemploi-garonne.example"),
    "it": ("Job Day Brianza", "biglietti@jobdaybrianza.example"),
    "nl": ("Banenmarkt Utrecht", "tickets@banenmarktutrecht.example"),
    "es": ("Feria de Empleo Cantabria", "entradas@feriaempleocantabria.example"),
    "pl": ("Targi Pracy Pomorze", "bilety@targipracypomorze.example"),
    "sv": ("Rekryteringsdagen Malmö", "biljetter@rekryteringsdagen.example"),
}


def al_footer(lang: str) -> str:
    org, email = ORGS[lang]
    return f"{a(lang, 'email.kind-regards')}\n\n{org} <{email}>\n"


def alfticket() -> None:
    fam = "alfticket49"
    rows = [
        (
            "en",
            "Northbridge Careers Fair 2026",
            at(2026, 3, 19, 10, 0, "Europe/London", "Thu"),
            at(2026, 3, 19, 16, 0, "Europe/London"),
            "Northbridge Exhibition Hall, Hall 2",
        ),
        (
            "de",
            "Karrieretag Rhein-Main 2026",
            at(2026, 4, 25, 9, 0, "Europe/Berlin", "Sat"),
            at(2026, 4, 25, 17, 0, "Europe/Berlin"),
            "Messe Frankfurt, Halle 5",
        ),
        (
            "fr",
            "Forum Emploi Garonne – journée recrutement",
            at(2026, 10, 8, 9, 30, "Europe/Paris", "Thu"),
            at(2026, 10, 8, 18, 0, "Europe/Paris"),
            "Parc des Expositions, Toulouse",
        ),
        (
            "it",
            "Job Day Brianza – colloqui con le aziende",
            at(2026, 5, 21, 9, 0, "Europe/Rome", "Thu"),
            at(2026, 5, 21, 13, 0, "Europe/Rome"),
            "Villa Reale, Monza",
        ),
        (
            "nl",
            "Banenmarkt Utrecht – speeddates met werkgevers",
            at(2026, 11, 12, 13, 0, "Europe/Amsterdam", "Thu"),
            at(2026, 11, 12, 19, 0, "Europe/Amsterdam"),
            "Jaarbeurs, Utrecht",
        ),
        (
            "es",
            "Feria de Empleo Cantabria 2026",
            at(2026, 6, 3, 10, 0, "Europe/Madrid", "Wed"),
            at(2026, 6, 4, 14, 0, "Europe/Madrid"),
            "Palacio de Exposiciones, Santander",
        ),
        (
            "pl",
            "Targi Pracy Pomorze",
            at(2026, 9, 16, 10, 0, "Europe/Warsaw", "Wed"),
            at(2026, 9, 16, 15, 0, "Europe/Warsaw"),
            "AmberExpo, Gdańsk",
        ),
        (
            "sv",
            "Rekryteringsdagen Malmö",
            at(2026, 2, 11, 9, 0, "Europe/Stockholm", "Wed"),
            at(2026, 2, 11, 16, 0, "Europe/Stockholm"),
            "Malmömässan, Hyllie",
        ),
    ]
    for n, (lang, event, start, end, where) in enumerate(rows):
        loc = a(lang, "locale")
        org, email = ORGS[lang]
        url = f"https://{email.split('@')[1]}/event/{n + 3}/ticket/7c1e{n}a2b/view"
        if start.date() == end.date():
            when = mf(
                a(lang, "event-days.same-day"),
                jfmt(start, "EEEE dd MMMM yyyy", loc),
                jfmt(start, "HH:mm", "en"),
                f"{jfmt(end, 'HH:mm', 'en')} ({end.tzname()})",
            )
        else:
            when = mf(
                a(lang, "event-days.not-same-day"),
                jfmt(start, "EEEE dd MMMM yyyy", loc),
                jfmt(start, "HH:mm", "en"),
            )
            when += " - " + mf(
                a(lang, "event-days.not-same-day"),
                jfmt(end, "EEEE dd MMMM yyyy", loc),
                f"{jfmt(end, 'HH:mm', 'en')} ({end.tzname()})",
            )
        text = (
            f"{mf(a(lang, 'email.hello'), ME[0])}\n\n"
            f"{mf(a(lang, 'email-ticket.attached'), event)}\n\n"
            f"{mf(a(lang, 'email-confirmation.reservationURL'), url)}\n\n"
            f"#### {a(lang, 'email.event-info')} ####\n\n"
            f"{a(lang, 'email.event-reminder-location')}\n\n {where}\n\n"
            f"{a(lang, 'email.event-reminder-date')}\n\n{when}\n\n"
            f"{mf(a(lang, 'email-ticket.add-to-calendar'), 'https://www.google.com/calendar/event?action=TEMPLATE&text=' + event.replace(' ', '+'))}\n\n"
            f"{al_footer(lang)}\n\n{a(lang, 'alfio.credits')}\n"
        )
        sent = start - timedelta(days=12, hours=3, minutes=n)
        raw = build(
            f"tools49 {fam} {n}",
            sender=(org, email),
            to=ME,
            subject=mf(a(lang, "ticket-email-subject"), event),
            sent=sent,
            shape="text",
            text=text,
        )
        add(
            fam,
            f"{lang}_{start:%m%d}",
            raw,
            {"kind": "not_invitation"},
            lang,
            f"Alf.io ticket for a recruiting event ('{when.strip()}'): a ticket, not the reader's interview",
            f"alfio-event/alf.io:src/main/resources/alfio/templates/ticket-email-txt.ms + src/main/resources/alfio/i18n/public{AL_LANGS[lang]}.properties + src/main/java/alfio/util/MustacheCustomTag.java FORMAT_DATE@{AL}",
            AL_LIC,
        )


def alfcancel() -> None:
    fam = "alfcancel49"
    rows = [
        (
            "en",
            "released",
            "Northbridge Careers Fair 2026",
            at(2026, 3, 2, 11, 20, "Europe/London"),
        ),
        ("de", "expiring", "Karrieretag Rhein-Main 2026", at(2026, 4, 9, 8, 0, "Europe/Berlin")),
        (
            "fr",
            "info",
            "Forum Emploi Garonne – journée recrutement",
            at(2026, 9, 28, 9, 0, "Europe/Paris"),
        ),
        (
            "it",
            "released",
            "Job Day Brianza – colloqui con le aziende",
            at(2026, 5, 12, 17, 45, "Europe/Rome"),
        ),
        (
            "nl",
            "expiring",
            "Banenmarkt Utrecht – speeddates met werkgevers",
            at(2026, 10, 30, 10, 0, "Europe/Amsterdam"),
        ),
        ("es", "info", "Feria de Empleo Cantabria 2026", at(2026, 5, 27, 9, 30, "Europe/Madrid")),
        ("en", "expiring", "Northbridge Careers Fair 2026", at(2026, 3, 5, 12, 0, "Europe/London")),
    ]
    for n, (lang, what, event, moment) in enumerate(rows):
        loc = a(lang, "locale")
        org, email = ORGS[lang]
        rid = f"{0x5A1F3C + n * 977:X}"
        if what == "released":
            subject = mf(a(lang, "email-ticket-released.subject"), event)
            body = mf(a(lang, "email-ticket-released.text"), event)
            sent = moment
            note = "ticket cancelled at the reader's request"
            tpl = "ticket-has-been-cancelled-txt.ms"
        elif what == "expiring":
            expires = moment + timedelta(days=1, hours=4)
            subject = mf(a(lang, "reservation.reminder.mail.subject"), rid)
            body = mf(
                a(lang, "reservation.reminder.mail"),
                event,
                rid,
                jfmt(expires, "dd MMMM yyyy HH:mm", loc),
                f"https://{email.split('@')[1]}/reservation/{rid.lower()}",
            )
            sent = moment
            note = f"reservation about to expire on {jfmt(expires, 'dd MMMM yyyy HH:mm', loc)} (a deadline)"
            tpl = "reminder-email-txt.ms"
        else:
            subject = mf(a(lang, "reminder.ticket-additional-info.subject"), event)
            body = mf(
                a(lang, "reminder.ticket-additional-info.text"),
                event,
                f"https://{email.split('@')[1]}/ticket/9b{n}e4/update",
            )
            sent = moment
            note = "reminder to fill in attendee information"
            tpl = "reminder-ticket-additional-info.ms"
        text = f"{mf(a(lang, 'email.hello'), ME[0])}\n\n{body}\n\n{al_footer(lang)}"
        raw = build(
            f"tools49 {fam} {n}",
            sender=(org, email),
            to=ME,
            subject=subject,
            sent=sent,
            shape="text",
            text=text,
        )
        add(
            fam,
            f"{lang}_{what}_{moment:%m%d}",
            raw,
            {"kind": "not_invitation"},
            lang,
            f"Alf.io {note} for a recruiting event",
            f"alfio-event/alf.io:src/main/resources/alfio/templates/{tpl} + src/main/resources/alfio/i18n/public{AL_LANGS[lang]}.properties + src/main/java/alfio/manager/TicketReservationManager.java@{AL}",
            AL_LIC,
        )


# --------------------------------------------------------------------------------------------

BUILDERS = [djbook, djremind, djresched, djsvc, djfwd, jorleave, jorover, alfticket, alfcancel]


def provenance(cases: list[Case]) -> str:
    text = (
        (HERE / "PROVENANCE-tools49.md").read_text("utf-8")
        if (HERE / "PROVENANCE-tools49.md").exists()
        else ""
    )
    marker = "## Dev files"
    head = (
        text.split(marker, 1)[0].rstrip() + "\n\n"
        if marker in text
        else "# Provenance of the tools49 batch (`build_tools49.py`)\n\n"
    )
    lines = [marker, ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return head + "\n".join(lines) + "\n"


def main() -> int:
    for builder in BUILDERS:
        builder()
    assert {item.family for item in CASES} == set(FAMILIES)
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-tools49.md", provenance(CASES))
    counts = {fam: sum(1 for item in CASES if item.family == fam) for fam in FAMILIES}
    print(f"{len(CASES)} messages: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
