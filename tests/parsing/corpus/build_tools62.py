# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "tools62" batch: calendar and CRM software new to the corpus, rendered from the
real templates, date formats and translations each project ships:

- x2crm62: X2CRM (X2Engine/X2CRM) CalendarInviteBehavior mails, 'Event Invite' and 'Event
  Time Change', HTML, the date from Formatter::formatDueDate (PHP's English weekday, then Yii's
  CLDR 'long' date and 'long' time with PHP's zone abbreviation) in ten locales;
- bloben62: Bloben (nibdo/bloben-api) iMIP mails: subject and body 'Invitation: <summary> -
  <ccc d LLL yyyy hh:mm>' (Luxon, 12-hour clock without AM/PM), 'Canceled: ...' with the
  invitation body, METHOD REQUEST/CANCEL, TZID without VTIMEZONE;
- esn62: OpenPaaS ESN calendar (linagora/linagora.esn.calendar) invitation, update and
  cancellation mails in en, fr, ru, vi, zh (moment 'LLLL', zone id), iCalendar attached;
- twake62: Twake Calendar side service (linagora/twake-calendar-side-service) invite, update
  (old time struck through), cancel, alarm and booking-request mails in en, fr, ru, vi
  (java.time 'EEEE, dd MMMM yyyy HH:mm', zone id).

Each family holds 1-4 look-alikes from the same software (invitations to events that are not
the reader's job interview, a pending booking request). Strings are the projects' (see
PROVENANCE-tools62.md for files, commits and licences; the translated strings are kept in
tools62_strings.json); people, companies, summaries, notes and addresses are made up. Labels
come from the datetimes the text is rendered from and were written before the parser was run
on any message. Held-out families drawn by `random.Random("tools62 coin").sample(sorted(
FAMILIES), 2)` before anything was rendered: esn62, twake62.

Run: .venv/bin/python tests/parsing/corpus/build_tools62.py
"""

from __future__ import annotations

import importlib.util
import io
import json
import random
import sys
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from babel.dates import format_datetime as babel_format

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
cn = _load("build_calneg50", "build_calneg50.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
STRINGS = json.loads((HERE / "tools62_strings.json").read_text("utf-8"))

X2 = "X2Engine/X2CRM@e2b1011a2806a3f4efeaaafb60cc70cf39e2ebed"
BLOBEN = "nibdo/bloben-api@3e308f2603bd90a1f2c8dbd6fa4bf2f63c02b4cd"
ESN = "linagora/linagora.esn.calendar@45b4e630ce7f5baa63f05f092c5ec89ad2852455"
TWAKE = "linagora/twake-calendar-side-service@55ee174a26c70c55383f73c282e7e3085bb72e6b"

FAMILIES = {
    "x2crm62": "X2CRM calendar invitations (protected/components/behaviors/CalendarInviteBehavior.php: "
    "'Event Invite', 'You have been invited to an event by …', 'What:', 'When:', 'RSVP:'; "
    "'Event Time Change', 'An event you were previously invited to has changed.'), the date "
    "from protected/components/Formatter.php formatDueDate (PHP date('l') weekday in English, "
    "Yii CLDR 'long' date and 'long' time from framework/i18n/data/<locale>.php, zone from "
    "PHP date('T'): CET, CEST, EDT, JST, MSK, '-03'); look-alikes: the same mail for company "
    "events and a hiring-team meeting the reader sits on.",
    "bloben62": "Bloben calendar iMIP mails (src/utils/format.ts formatEventInviteSubject, "
    "formatEventCancelSubject, formatInviteStartDate; src/service/InviteService.ts; "
    "src/service/EmailService.ts; src/utils/ICalHelperV2.ts 'PRODID:Bloben 1.0'): subject and "
    "text body 'Invitation: <summary> - Thu 18 Mar 2027 02:30' (Luxon 'hh:mm', a 12-hour "
    "clock without AM/PM), the user's 'Note:' under it, a cancellation whose body is still the "
    "invitation line; calendar part with TZID and no VTIMEZONE; look-alikes: invitations to "
    "events that are not the reader's interview.",
    "esn62": "OpenPaaS ESN calendar invitation, update and cancellation mails (held out).",
    "twake62": "Twake Calendar side-service invite, update, cancel, alarm and booking-request "
    "mails (held out).",
}
HELD = set(random.Random("tools62 coin").sample(sorted(FAMILIES), 2))
assert {"esn62", "twake62"} == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []


def wall(y: int, mo: int, d: int, h: int, mi: int, zone: str, weekday: str) -> datetime:
    value = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    assert value.strftime("%a") == weekday, (value, weekday)
    return value


def envelope(
    message: MIMEBase, sender: tuple[str, str], subject: str, sent: datetime, key: str
) -> bytes:
    message["Date"] = format_datetime(sent)
    message["From"] = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    message["To"] = formataddr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    for index, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_t62_{pp.digest(key, 'boundary', str(index))}")
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    return buffer.getvalue()


def text_part(body: str, subtype: str) -> MIMEText:
    return pp._part(body, subtype)  # type: ignore[no-any-return]


def ics_part(lines: list[str], method: str | None, filename: str | None = None) -> MIMEBase:
    text = "\r\n".join(lines) + "\r\n"
    part = MIMEText(text, "calendar", "utf-8")
    if method:
        part.set_param("method", method)
    if filename:
        part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def cal_label(
    kind: str | None,
    start: datetime,
    end: datetime | None,
    zone: str | None,
    uid: str,
    seq: int,
    method: str,
) -> dict[str, object]:
    label: dict[str, object] = {} if kind is None else {"kind": kind}
    label.update(pp.timed(start, end, zone=zone))
    label.update({"uid": uid, "sequence": seq, "method": method})
    return label


def stamp(value: datetime) -> str:
    return value.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def local(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def push(
    fam: str,
    lang: str,
    name: str,
    raw: bytes,
    label: dict[str, object],
    note: str,
    template: str,
    lic: str,
) -> None:
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, template, lic))


# --- x2crm62 -----------------------------------------------------------------------------------

# Yii 1.1 framework/i18n/data/<locale>.php: dateFormats['long'], timeFormats['long']
X2_FORMATS = {
    "en-US": ("en_US", "MMMM d, y", "h:mm:ss a"),
    "de": ("de", "d. MMMM y", "HH:mm:ss"),
    "fr": ("fr", "d MMMM y", "HH:mm:ss"),
    "es": ("es", "d 'de' MMMM 'de' y", "HH:mm:ss"),
    "it": ("it", "dd MMMM y", "HH:mm:ss"),
    "nl": ("nl", "d MMMM y", "HH:mm:ss"),
    "pl": ("pl", "d MMMM y", "HH:mm:ss"),
    "ja": ("ja", "y年M月d日", "H:mm:ss"),
    "ru": ("ru", "d MMMM y 'г'.", "H:mm:ss"),
    "pt-BR": ("pt_BR", "d 'de' MMMM 'de' y", "HH:mm:ss"),
}
X2_ZONE = {
    "en-US": "America/New_York",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
    "ja": "Asia/Tokyo",
    "ru": "Europe/Moscow",
    "pt-BR": "America/Sao_Paulo",
}
# PHP date('T') for the zones above (tzdata abbreviations; São Paulo has none, PHP prints the offset)
X2_ABBR = {
    ("America/New_York", False): "EST",
    ("America/New_York", True): "EDT",
    ("Asia/Tokyo", False): "JST",
    ("Europe/Moscow", False): "MSK",
    ("America/Sao_Paulo", False): "-03",
}
X2_SRC = "x2engine/protected/components/behaviors/CalendarInviteBehavior.php + protected/components/Formatter.php (formatDueDate) + framework/i18n/data/{locale}.php (long date/time)"


def x2_abbr(value: datetime, zone: str) -> str:
    dst = bool(value.dst())
    if zone.startswith("Europe/") and zone != "Europe/Moscow":
        return "CEST" if dst else "CET"
    return X2_ABBR[(zone, dst)]


def x2_when(value: datetime, lang: str, all_day: bool = False) -> str:
    locale, date_pat, time_pat = X2_FORMATS[lang]
    day = babel_format(value, date_pat, locale=locale)
    if all_day:
        return f"{value.strftime('%A')} {day} - All Day"
    clock = babel_format(value, time_pat, locale=locale)
    return f"{value.strftime('%A')} {day} - {clock} {x2_abbr(value, X2_ZONE[lang])}"


def x2(
    lang: str,
    name: str,
    organizer: tuple[str, str],
    what: str,
    start: datetime,
    note: str,
    *,
    change: bool = False,
    kind: str | None = "invitation",
    all_day: bool = False,
) -> None:
    zone = X2_ZONE[lang]
    when = x2_when(start, lang, all_day)
    key = f"tools62 x2crm62 {lang} {name}"
    link = f"https://crm.{organizer[1].split('@', 1)[1]}/index.php/calendar/calendar/rsvp?email=alex.morgan%40mailbox.example&amp;key={pp.digest(key, 'rsvp')}{pp.digest(key, 'rsvp2')}"
    if change:
        subject = "Event Time Change"
        message = "An event you were previously invited to has changed.<br><br>"
        rsvp = "Please RSVP again by clicking"
    else:
        subject = "Event Invite"
        message = f"You have been invited to an event by {organizer[0]}.<br><br>"
        rsvp = "Please RSVP by clicking"
    message += f"<b>What: </b>{what}<br>"
    message += f"<b>When: </b>{when}<br>"
    message += f'<b>RSVP: </b>{rsvp} <a href="{link}">here</a>.'
    html = f'<html><head><meta charset="UTF-8"></head><body>{message}</body></html>'
    sent = start - timedelta(days=5, hours=3, minutes=12)
    raw = envelope(text_part(html, "html"), organizer, subject, sent, key)
    if kind in ("invitation", "reschedule"):
        label: dict[str, object] = {
            "kind": kind,
            **pp.timed(start, zone="Asia/Tokyo" if zone == "Asia/Tokyo" else None),
        }
    else:
        label = {"kind": "not_invitation"}
    push(
        "x2crm62",
        lang,
        name,
        raw,
        label,
        note + f" When: '{when}'.",
        f"{X2}: {X2_SRC}",
        "GPL-3.0-or-later with X2Engine terms (X2CRM LICENSE.txt)",
    )


def x2crm() -> None:
    inv = "X2CRM's 'Event Invite' for the reader's own job interview (English template, date in the user's locale)."
    chg = "X2CRM's 'Event Time Change' for the reader's interview: the mail says the event changed and gives only the new time (labelled reschedule at it)."
    neg = "X2CRM's 'Event Invite' for an event that is not the reader's job interview: not an invitation."
    x2(
        "en-US",
        "event_invite_edt",
        ("Rachel Okafor", "rachel.okafor@brightwater-logistics.example"),
        "Interview: Alex Morgan – Operations Analyst",
        wall(2027, 3, 16, 14, 30, "America/New_York", "Tue"),
        inv,
    )
    x2(
        "de",
        "event_invite_cet",
        ("Jana Böhm", "jana.boehm@kranich-software.example.de"),
        "Vorstellungsgespräch Alex Morgan – Backend-Entwickler/in",
        wall(2027, 3, 18, 10, 0, "Europe/Berlin", "Thu"),
        inv,
    )
    x2(
        "fr",
        "event_invite_cest",
        ("Claire Dumas", "claire.dumas@atelier-lumen.example.fr"),
        "Entretien de recrutement – Chargé(e) de projet (Alex Morgan)",
        wall(2027, 4, 12, 14, 0, "Europe/Paris", "Mon"),
        inv,
    )
    x2(
        "es",
        "event_invite_cet",
        ("Lucía Ferrer", "lucia.ferrer@grupo-marea.example.es"),
        "Entrevista – Analista de datos (Alex Morgan)",
        wall(2027, 3, 24, 16, 15, "Europe/Madrid", "Wed"),
        inv,
    )
    x2(
        "it",
        "event_invite_cest",
        ("Giorgio Fabbri", "g.fabbri@officine-arno.example.it"),
        "Colloquio di selezione – Tecnico commerciale",
        wall(2027, 4, 9, 9, 30, "Europe/Rome", "Fri"),
        inv,
    )
    x2(
        "nl",
        "event_invite_cest",
        ("Sanne de Wit", "sanne.dewit@polderlicht.example.nl"),
        "Sollicitatiegesprek Alex Morgan – Data engineer",
        wall(2027, 3, 30, 11, 0, "Europe/Amsterdam", "Tue"),
        inv,
    )
    x2(
        "pl",
        "event_invite_cest",
        ("Magdalena Wróbel", "m.wrobel@wisla-systemy.example.pl"),
        "Rozmowa kwalifikacyjna – Specjalista ds. wsparcia IT",
        wall(2027, 4, 22, 13, 0, "Europe/Warsaw", "Thu"),
        inv,
    )
    x2(
        "ja",
        "event_invite_jst",
        ("Haruka Mori", "haruka.mori@sakura-denki.example.jp"),
        "面接：アレックス・モーガン様（営業企画）",
        wall(2027, 4, 19, 15, 0, "Asia/Tokyo", "Mon"),
        inv,
    )
    x2(
        "ru",
        "event_invite_msk",
        ("Ольга Смирнова", "o.smirnova@severnyi-veter.example.ru"),
        "Собеседование: Алекс Морган – аналитик",
        wall(2027, 4, 14, 12, 0, "Europe/Moscow", "Wed"),
        inv,
    )
    x2(
        "pt-BR",
        "event_invite_offset",
        ("Fernanda Lima", "fernanda.lima@cafe-aurora.example.com.br"),
        "Entrevista – Analista de marketing (Alex Morgan)",
        wall(2027, 4, 15, 10, 0, "America/Sao_Paulo", "Thu"),
        inv,
    )
    x2(
        "de",
        "time_change_cet",
        ("Jana Böhm", "jana.boehm@kranich-software.example.de"),
        "Vorstellungsgespräch Alex Morgan – Backend-Entwickler/in",
        wall(2027, 3, 19, 9, 0, "Europe/Berlin", "Fri"),
        chg,
        change=True,
        kind="reschedule",
    )
    x2(
        "en-US",
        "time_change_edt",
        ("Rachel Okafor", "rachel.okafor@brightwater-logistics.example"),
        "Interview: Alex Morgan – Operations Analyst",
        wall(2027, 3, 17, 11, 0, "America/New_York", "Wed"),
        chg,
        change=True,
        kind="reschedule",
    )
    x2(
        "fr",
        "time_change_cest",
        ("Claire Dumas", "claire.dumas@atelier-lumen.example.fr"),
        "Entretien de recrutement – Chargé(e) de projet (Alex Morgan)",
        wall(2027, 4, 13, 16, 30, "Europe/Paris", "Tue"),
        chg,
        change=True,
        kind="reschedule",
    )
    x2(
        "en-US",
        "neg_all_hands",
        ("Rachel Okafor", "rachel.okafor@brightwater-logistics.example"),
        "Quarterly all-hands (Q2 kickoff)",
        wall(2027, 4, 6, 15, 0, "America/New_York", "Tue"),
        neg,
        kind=None,
    )
    x2(
        "de",
        "neg_sommerfest_all_day",
        ("Jana Böhm", "jana.boehm@kranich-software.example.de"),
        "Sommerfest Kranich Software",
        wall(2027, 6, 25, 0, 0, "Europe/Berlin", "Fri"),
        neg,
        kind=None,
        all_day=True,
    )
    x2(
        "fr",
        "neg_point_recrutement",
        ("Claire Dumas", "claire.dumas@atelier-lumen.example.fr"),
        "Point recrutement – revue des candidats (jury)",
        wall(2027, 4, 8, 10, 0, "Europe/Paris", "Thu"),
        neg + " The reader sits on the hiring team.",
        kind=None,
    )
    x2(
        "es",
        "neg_cena_equipo_cambio",
        ("Lucía Ferrer", "lucia.ferrer@grupo-marea.example.es"),
        "Cena de equipo – fin de trimestre",
        wall(2027, 3, 26, 20, 30, "Europe/Madrid", "Fri"),
        "X2CRM's 'Event Time Change' for a team dinner: not an invitation.",
        change=True,
        kind=None,
    )


# --- bloben62 ----------------------------------------------------------------------------------

BLOBEN_SRC = "src/utils/format.ts (formatEventInviteSubject, formatEventCancelSubject, formatInviteStartDate) + src/service/InviteService.ts + src/service/EmailService.ts + src/utils/ICalHelperV2.ts"


def luxon(value: datetime) -> str:
    # Luxon 'ccc d LLL yyyy hh:mm' in en: 'hh' is the 12-hour clock, and no meridiem follows
    hour = value.hour % 12 or 12
    return f"{value.strftime('%a')} {value.day} {value.strftime('%b %Y')} {hour:02d}:{value.minute:02d}"


def bloben(
    name: str,
    organizer: tuple[str, str],
    summary: str,
    start: datetime,
    minutes: int,
    note: str,
    *,
    kind: str | None = "invitation",
    method: str = "REQUEST",
    seq: int = 0,
    invite_message: str = "",
    others: tuple[tuple[str, str], ...] = (),
    location: str = "",
) -> None:
    zone = str(start.tzinfo)
    end = start + timedelta(minutes=minutes)
    key = f"tools62 bloben62 {name}"
    h = pp.digest(key, "uid")
    uid = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{pp.digest(key, 'uid2')[:12]}"
    sent = (
        start - timedelta(days=4, hours=6, minutes=41)
        if seq == 0 and method == "REQUEST"
        else start - timedelta(days=1, hours=2, minutes=5)
    )
    when = luxon(start)
    invite_line = f"Invitation: {summary} - {when}"
    body = invite_line + (f"\n\n\nNote: {invite_message}" if invite_message else "")
    subject = f"Canceled: {summary} - {when}" if method == "CANCEL" else invite_line
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:Bloben 1.0",
        f"METHOD:{method}",
        "CALSCALE:GREGORIAN",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        f"DTSTART;TZID={zone}:{local(start)}",
        f"DTEND;TZID={zone}:{local(end)}",
        f"UID:{uid}",
        f"DTSTAMP:{stamp(sent)}",
        f"SUMMARY:{summary}",
        f"SEQUENCE:{seq}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={ME[0]};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME[1]}",
    ]
    lines += [
        f"ATTENDEE;CN={n};PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{m}" for n, m in others
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if method == "CANCEL":
        lines.append("STATUS:CANCELLED")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # nodemailer with `icalEvent`: text/plain and text/calendar as alternatives
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(body, "plain"))
    outer.attach(ics_part(lines, method))
    raw = envelope(outer, organizer, subject, sent, key)
    if kind == "not_invitation":
        label: dict[str, object] = {"kind": "not_invitation"}
    else:
        label = cal_label(kind, start, end, zone, uid, seq, method)
    push(
        "bloben62",
        "en",
        name,
        raw,
        label,
        note + f" Text: '{when}'.",
        f"{BLOBEN}: {BLOBEN_SRC}",
        "AGPL-3.0 (bloben-api LICENSE)",
    )


def bloben_family() -> None:
    inv = "Bloben invitation for the reader's own interview: the text gives the start on a 12-hour clock without AM/PM; the calendar part has the real time (TZID, no VTIMEZONE)."
    neg = "Bloben invitation to an event that is not the reader's job interview: not an invitation."
    bloben(
        "afternoon_prague",
        ("Tereza Horáková", "tereza@vltava-apps.example.cz"),
        "Interview – QA Engineer (Alex Morgan)",
        wall(2027, 3, 18, 14, 30, "Europe/Prague", "Thu"),
        45,
        inv,
        invite_message="Looking forward to our conversation. We will meet at the office reception, 3rd floor.",
        location="Vltava Apps, Karlova 12, Praha",
    )
    bloben(
        "morning_london",
        ("Owen Price", "owen.price@harbourline.example.co.uk"),
        "Interview: Alex Morgan / Harbourline – Support Lead",
        wall(2027, 3, 23, 9, 30, "Europe/London", "Tue"),
        60,
        inv,
    )
    bloben(
        "afternoon_chicago_cdt",
        ("Megan Kowalski", "megan@prairie-robotics.example"),
        "Technical interview – Alex Morgan",
        wall(2027, 3, 15, 13, 0, "America/Chicago", "Mon"),
        90,
        inv,
        invite_message="Second round with the platform team. Bring questions!",
        others=(("Dev Patel", "dev@prairie-robotics.example"),),
    )
    bloben(
        "late_morning_kolkata",
        ("Ananya Iyer", "ananya.iyer@lotuspeak.example.in"),
        "Interview – Business Analyst (Alex Morgan)",
        wall(2027, 4, 7, 11, 0, "Asia/Kolkata", "Wed"),
        45,
        inv,
    )
    bloben(
        "afternoon_sydney_aedt",
        ("Liam Carter", "liam@saltbush-digital.example.com.au"),
        "Interview with Saltbush Digital – Product Designer",
        wall(2027, 4, 2, 16, 0, "Australia/Sydney", "Fri"),
        30,
        inv,
        invite_message="Video call, link inside the event.",
    )
    bloben(
        "noon_berlin",
        ("Jonas Keller", "jonas.keller@eichenlaub.example.de"),
        "Interview Alex Morgan – Junior Controller",
        wall(2027, 4, 1, 12, 0, "Europe/Berlin", "Thu"),
        60,
        inv,
    )
    bloben(
        "evening_toronto_update",
        ("Priya Nair", "priya@maplegrid.example.ca"),
        "Interview – Data Analyst (Alex Morgan)",
        wall(2027, 3, 17, 17, 15, "America/Toronto", "Wed"),
        45,
        "Bloben's second REQUEST for the reader's interview (SEQUENCE 1) with the same 'Invitation:' text: the text does not say whether the time changed, so no kind is labelled, only the slot.",
        kind=None,
        seq=1,
    )
    bloben(
        "cancel_prague",
        ("Tereza Horáková", "tereza@vltava-apps.example.cz"),
        "Interview – QA Engineer, 2nd round (Alex Morgan)",
        wall(2027, 3, 22, 15, 0, "Europe/Prague", "Mon"),
        60,
        "Bloben cancellation of the reader's interview: subject 'Canceled: …', body still the 'Invitation: …' line (Bloben sends the invitation text as the body), METHOD:CANCEL.",
        kind="cancellation",
        method="CANCEL",
        seq=1,
    )
    bloben(
        "cancel_madrid_morning",
        ("Marta Ruiz", "marta.ruiz@olivar-tech.example.es"),
        "Interview – Frontend Developer (Alex Morgan)",
        wall(2027, 4, 5, 10, 0, "Europe/Madrid", "Mon"),
        45,
        "Bloben cancellation of the reader's interview (morning slot): subject 'Canceled: …', invitation body, METHOD:CANCEL.",
        kind="cancellation",
        method="CANCEL",
        seq=1,
    )
    bloben(
        "neg_climbing",
        ("Sam Okoye", "sam.okoye@mailbox.example"),
        "Climbing session at Boulderhaus",
        wall(2027, 3, 20, 18, 0, "Europe/Berlin", "Sat"),
        120,
        neg,
        kind="not_invitation",
    )
    bloben(
        "neg_hiring_committee",
        ("Jonas Keller", "jonas.keller@eichenlaub.example.de"),
        "Hiring committee – shortlist for Junior Controller",
        wall(2027, 3, 25, 14, 0, "Europe/Berlin", "Thu"),
        60,
        neg + " The reader sits on the committee that interviews others.",
        kind="not_invitation",
        invite_message="Please review the three CVs before we meet.",
    )
    bloben(
        "neg_book_club",
        ("Ines Walter", "ines.walter@mailbox.example"),
        "Book club: The Left Hand of Darkness",
        wall(2027, 4, 8, 19, 30, "Europe/Vienna", "Thu"),
        90,
        neg,
        kind="not_invitation",
    )


# --- esn62 (held out) --------------------------------------------------------------------------

MOMENT = {
    "en": ("en", "en_US"),
    "fr": ("fr", "fr"),
    "ru": ("ru", "ru"),
    "vi": ("vi", "vi"),
    "zh": ("zh", "zh_Hans_CN"),
}


def moment_llll(value: datetime, lang: str) -> str:
    """moment's 'LLLL' for the locales ESN loads (moment/locale/*.js)."""
    loc = MOMENT[lang][1]
    if lang == "en":
        hour = value.hour % 12 or 12
        return f"{value.strftime('%A, %B')} {value.day}, {value.year} {hour}:{value.minute:02d} {'PM' if value.hour >= 12 else 'AM'}"
    if lang == "fr":
        return babel_format(value, "EEEE d MMMM y HH:mm", locale=loc).lower()
    if lang == "ru":
        return babel_format(value, "EEEE, d MMMM y 'г.', H:mm", locale=loc)
    if lang == "vi":
        weekday = babel_format(value, "EEEE", locale=loc).lower()
        return f"{weekday}, {value.day} tháng {value.month} năm {value.year} {value:%H:%M}"
    hm = value.hour * 100 + value.minute
    meridiem = (
        "凌晨"
        if hm < 600
        else "早上"
        if hm < 900
        else "上午"
        if hm < 1130
        else "中午"
        if hm < 1230
        else "下午"
        if hm < 1800
        else "晚上"
    )
    weekday = babel_format(value, "EEEE", locale=loc)
    return f"{value.year}年{value.month}月{value.day}日{weekday}{meridiem}{value.hour % 12 or 12}点{value.minute:02d}分"


def moment_time(value: datetime, lang: str) -> str:
    if lang == "en":
        hour = value.hour % 12 or 12
        return f"{hour:02d}:{value.minute:02d} {'PM' if value.hour >= 12 else 'AM'}"
    return f"{value:%H:%M}"


TW_ATTENDEES = {
    "en": "Attendees",
    "fr": "Participants",
    "ru": "Участники",
    "vi": "Người tham dự",
    "zh": "Attendees",
}
TW_RSVP = {
    "en": ("Yes", "Maybe", "No"),
    "fr": ("Oui", "Peut-être", "Non"),
    "ru": ("Да", "Может быть", "Нет"),
    "vi": ("Có", "Có thể", "Không"),
    "zh": ("Yes", "Maybe", "No"),
}


def sabre_ics(
    method: str,
    uid: str,
    seq: int,
    start: datetime,
    end: datetime,
    summary: str,
    organizer: tuple[str, str],
    sent: datetime,
    location: str,
    prodid: str,
) -> list[str]:
    zone = str(start.tzinfo)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{prodid}",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
    ]
    lines += cn.vtz(zone, start.year)
    lines += [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "TRANSP:OPAQUE",
        f"DTSTART;TZID={zone}:{local(start)}",
        f"DTEND;TZID={zone}:{local(end)}",
        "CLASS:PUBLIC",
        f"SUMMARY:{summary}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;PARTSTAT=ACCEPTED;RSVP=FALSE;ROLE=CHAIR;CUTYPE=INDIVIDUAL;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL;CN={ME[0]}:mailto:{ME[1]}",
        f"DTSTAMP:{stamp(sent)}",
        f"SEQUENCE:{seq}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if method == "CANCEL":
        lines.append("STATUS:CANCELLED")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return lines


def esn(
    lang: str,
    name: str,
    organizer: tuple[str, str],
    summary: str,
    start: datetime,
    minutes: int,
    note: str,
    *,
    method: str = "REQUEST",
    seq: int = 0,
    kind: str | None = "invitation",
    location: str = "",
) -> None:
    s = STRINGS["esn"][lang]
    end = start + timedelta(minutes=minutes)
    zone = str(start.tzinfo)
    key = f"tools62 esn62 {lang} {name}"
    h = pp.digest(key, "uid")
    uid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{pp.digest(key, 'u2')[:12]}"
    sent = start - timedelta(days=3, hours=5, minutes=7)
    if method == "CANCEL":
        phrase, invite = (
            "Event {{& summary}} from {{organizerName}} canceled",
            s["has canceled a meeting"],
        )
    elif seq:
        phrase, invite = (
            "Event {{& summary}} from {{organizerName}} updated",
            s["has updated a meeting"],
        )
    else:
        phrase, invite = (
            "New event from {{organizerName}}: {{& summary}}",
            s["has invited you to a meeting"],
        )
    subject = (
        s[phrase]
        .replace("{{& summary}}", summary)
        .replace("{{organizerName}}", organizer[0])
        .strip()
    )
    when = f"{moment_llll(start, lang)} - {moment_time(end, lang)}"
    rows = [
        f'<tr><td valign="top" style="min-width: 80px;"><strong>{s["Time"]}</strong></td><td><span style="display: inline-block;">{when}</span><span style="color: #787878; font-weight: 400; display: inline-block;">&nbsp;{zone}</span>&nbsp;(<a class="link" href="https://openpaas.example/calendar/#/calendar/{uid}">{s["See in Calendar"]}</a>)</td></tr>'
    ]
    if location:
        rows.append(
            f'<tr><td style="min-width: 96px;" valign="top"><strong>{s["Location"]}</strong></td><td>{location} (<a href="https://www.openstreetmap.org/search?query={location}">{s["See in Map"]}</a>)</td></tr>'
        )
    rows.append(
        f'<tr><td valign="top"><strong>{TW_ATTENDEES[lang]}</strong></td><td><ul><li><span style="font-weight: 500">{organizer[0]}</span><span style="color: #787878;">&nbsp;&lt;{organizer[1]}&gt;</span><span style="font-weight: 500">&nbsp;({s["Organizer"]})</span></li><li><span style="font-weight: 500">{ME[0]}</span><span style="color: #787878;">&nbsp;&lt;{ME[1]}&gt;</span></li></ul></td></tr>'
    )
    parts = [
        f'<div class="invitation-title-container"><span style="font-weight: 500;">{organizer[0]}</span><span>&nbsp;{invite}</span></div>',
        f'<div style="font-size:20px;color:#434343;font-weight:500;padding:20px">{summary}</div>',
        '<table cellpadding="4px" style="font-size:14px;color:#434343">'
        + "".join(rows)
        + "</table>",
    ]
    if method != "CANCEL":
        yes, maybe, no = TW_RSVP[lang]
        parts.append(
            f'<table class="part-table"><tr><td colspan="3">{s["Will you attend this event?"]}</td></tr><tr><td><a class="part-button" href="https://openpaas.example/calendar/api/calendars/event/participation/?jwt=yes">&#10003; {yes}</a></td><td><a class="part-button" href="https://openpaas.example/calendar/api/calendars/event/participation/?jwt=maybe">? {maybe}</a></td><td><a class="part-button" href="https://openpaas.example/calendar/api/calendars/event/participation/?jwt=no">&#x2715; {no}</a></td></tr></table>'
        )
    parts.append(
        f'<div class="warning-text" style="font-size:12px;color:#808080">&#x26A0; {s[next(k for k in s if k.startswith("Forwarding"))]}</div>'
    )
    html = (
        '<!doctype html><html><head><meta charset="UTF-8"></head><body>'
        + "".join(parts)
        + "</body></html>"
    )
    outer = MIMEMultipart("mixed")
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(html, "html"))
    alt.attach(
        ics_part(
            sabre_ics(
                method,
                uid,
                seq,
                start,
                end,
                summary,
                organizer,
                sent,
                location,
                "-//Sabre//Sabre VObject 4.1.3//EN",
            ),
            method,
        )
    )
    outer.attach(alt)
    outer.attach(
        ics_part(
            sabre_ics(
                method,
                uid,
                seq,
                start,
                end,
                summary,
                organizer,
                sent,
                location,
                "-//Sabre//Sabre VObject 4.1.3//EN",
            ),
            method,
            "meeting.ics",
        )
    )
    raw = envelope(outer, organizer, subject, sent, key)
    label = (
        {"kind": "not_invitation"}
        if kind == "not_invitation"
        else cal_label(kind, start, end, zone, uid, seq, method)
    )
    push(
        "esn62",
        lang,
        name,
        raw,
        label,
        note,
        f"{ESN}: templates/email/event.{{invitation,update,cancel}}/*.pug + backend/lib/invitation/email.js + backend/lib/helpers/datetime.js + backend/lib/i18n/locales/{lang}.json",
        "AGPL-3.0 (OpenPaaS)",
    )


def esn_family() -> None:
    inv = "OpenPaaS ESN invitation for the reader's interview (moment LLLL, zone id), REQUEST attached."
    esn(
        "en",
        "new_event",
        ("Nora Whitaker", "nora.whitaker@cedarline.example"),
        "Interview – Alex Morgan (Customer Success Manager)",
        wall(2027, 3, 16, 14, 30, "America/New_York", "Tue"),
        45,
        inv,
    )
    esn(
        "fr",
        "nouvel_evenement",
        ("Élodie Marchand", "elodie.marchand@vigne-conseil.example.fr"),
        "Entretien – Alex Morgan (Consultant(e) junior)",
        wall(2027, 3, 25, 10, 0, "Europe/Paris", "Thu"),
        60,
        inv,
        location="12 rue des Tanneurs, Lyon",
    )
    esn(
        "ru",
        "novoe_sobytie",
        ("Дмитрий Орлов", "d.orlov@kedr-soft.example.ru"),
        "Собеседование – Алекс Морган (тестировщик)",
        wall(2027, 4, 6, 15, 0, "Europe/Moscow", "Tue"),
        60,
        inv,
    )
    esn(
        "vi",
        "su_kien_moi",
        ("Nguyễn Thị Lan", "lan.nguyen@sen-vang.example.vn"),
        "Phỏng vấn – Alex Morgan (Chuyên viên phân tích)",
        wall(2027, 3, 31, 9, 30, "Asia/Ho_Chi_Minh", "Wed"),
        45,
        inv,
    )
    esn(
        "zh",
        "xin_shijian",
        ("王丽", "wang.li@qingshan-tech.example.cn"),
        "面试 – Alex Morgan（数据分析师）",
        wall(2027, 4, 13, 14, 30, "Asia/Shanghai", "Tue"),
        60,
        inv,
    )
    esn(
        "fr",
        "mis_a_jour",
        ("Élodie Marchand", "elodie.marchand@vigne-conseil.example.fr"),
        "Entretien – Alex Morgan (Consultant(e) junior)",
        wall(2027, 3, 26, 11, 30, "Europe/Paris", "Fri"),
        60,
        "OpenPaaS ESN update (SEQUENCE 1, 'a mis à jour un événement') without the old time: no kind, only the slot.",
        seq=1,
        kind=None,
    )
    esn(
        "en",
        "updated",
        ("Nora Whitaker", "nora.whitaker@cedarline.example"),
        "Interview – Alex Morgan (Customer Success Manager)",
        wall(2027, 3, 17, 9, 0, "America/New_York", "Wed"),
        45,
        "OpenPaaS ESN update (SEQUENCE 1) without the old time: no kind, only the slot.",
        seq=1,
        kind=None,
    )
    esn(
        "ru",
        "otmeneno",
        ("Дмитрий Орлов", "d.orlov@kedr-soft.example.ru"),
        "Собеседование – Алекс Морган (тестировщик)",
        wall(2027, 4, 6, 15, 0, "Europe/Moscow", "Tue"),
        60,
        "OpenPaaS ESN cancellation of the reader's interview, CANCEL attached.",
        method="CANCEL",
        seq=1,
        kind="cancellation",
    )
    esn(
        "zh",
        "quxiao",
        ("王丽", "wang.li@qingshan-tech.example.cn"),
        "面试 – Alex Morgan（数据分析师）",
        wall(2027, 4, 13, 14, 30, "Asia/Shanghai", "Tue"),
        60,
        "OpenPaaS ESN cancellation of the reader's interview, CANCEL attached.",
        method="CANCEL",
        seq=1,
        kind="cancellation",
    )
    esn(
        "en",
        "neg_team_offsite",
        ("Nora Whitaker", "nora.whitaker@cedarline.example"),
        "Team offsite planning",
        wall(2027, 3, 19, 13, 0, "America/New_York", "Fri"),
        90,
        "OpenPaaS ESN invitation to a team meeting, not a job interview: not an invitation.",
        kind="not_invitation",
    )
    esn(
        "vi",
        "neg_hop_nhom",
        ("Nguyễn Thị Lan", "lan.nguyen@sen-vang.example.vn"),
        "Họp nhóm tuyển dụng – duyệt hồ sơ ứng viên",
        wall(2027, 4, 1, 14, 0, "Asia/Ho_Chi_Minh", "Thu"),
        60,
        "OpenPaaS ESN invitation to a recruiting team meeting reviewing other candidates: not an invitation.",
        kind="not_invitation",
    )


# --- twake62 (held out) ------------------------------------------------------------------------

JAVA = {"en": "en", "fr": "fr", "ru": "ru", "vi": "vi"}


def java_full(value: datetime, lang: str) -> str:
    return babel_format(value, "EEEE, dd MMMM yyyy HH:mm", locale=JAVA[lang])


def twake(
    lang: str,
    name: str,
    template: str,
    organizer: tuple[str, str],
    summary: str,
    start: datetime,
    minutes: int,
    note: str,
    *,
    kind: str | None = "invitation",
    seq: int = 0,
    previous: datetime | None = None,
    location: str = "",
) -> None:
    s = STRINGS["twake"][template][lang]
    end = start + timedelta(minutes=minutes)
    zone = str(start.tzinfo)
    key = f"tools62 twake62 {lang} {name}"
    h = pp.digest(key, "uid")
    uid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{pp.digest(key, 'u2')[:12]}"
    sent = (
        start - timedelta(days=2, hours=4, minutes=53)
        if template != "event-alarm"
        else start - timedelta(minutes=15)
    )
    subject = (
        s["mail_subject"]
        .replace("!{subject.summary}", summary)
        .replace("!{subject.organizer}", organizer[0])
        .replace("!{subject.creator}", organizer[0])
    )
    when = f"{java_full(start, lang)} - {end:%H:%M}"
    method = {"event-cancel": "CANCEL"}.get(template, "REQUEST")
    head = {
        "event-invite": s.get("invite_to_meeting"),
        "event-update": s.get("update_event"),
        "event-cancel": s.get("cancel_meeting"),
        "event-alarm": s.get("notification"),
    }.get(template)
    body: list[str] = []
    if template == "event-booking-request-received":
        body.append(f'<p><span style="font-weight:500;">{s["request_received"]}</span></p>')
        body.append(
            f"<p><span>{s['registered_request_prefix']}&nbsp;</span><strong>{babel_format(start, 'EEEE, dd MMMM yyyy', locale=JAVA[lang])}&nbsp;{s['from']}&nbsp;{start:%H:%M}&nbsp;{s['to']}&nbsp;{end:%H:%M}&nbsp;{zone}</strong></p>"
        )
        body.append(
            f'<p><strong>{s["owner"]}:&nbsp;</strong><span style="font-weight:500;">{organizer[0]}</span><span style="color: #787878;">&nbsp;&lt;{organizer[1]}&gt;</span></p>'
        )
        body.append(
            f"<p><strong>{s['description']}:&nbsp;</strong><span>{summary}</span></p><p>{s['organizer_notified']}</p>"
        )
    else:
        if template == "event-alarm":
            body.append(f"<div><span>{head} 15 minutes</span></div>")
        else:
            body.append(
                f'<div><span style="font-weight: 500">{organizer[0]}</span><span>&nbsp;{head}</span></div>'
            )
        body.append(f'<div style="font-size:20px;font-weight:500">{summary}</div><table>')
        time_cell = f'<span style="display: inline-block;">{when}</span><span style="color: #787878; font-weight: 400; display: inline-block;">&nbsp;{zone}</span>'
        if previous is not None:
            prev_end = previous + timedelta(minutes=minutes)
            time_cell = (
                f'<span style="color: orange; font-weight: bold;">{s["changed"]}:&nbsp;</span><span style="text-decoration: line-through;">{java_full(previous, lang)} - {prev_end:%H:%M}</span><br>'
                + time_cell
            )
        body.append(f"<tr><td><strong>{s['time']}</strong></td><td>{time_cell}</td></tr>")
        if location:
            body.append(
                f'<tr><td><strong>{s["location"]}</strong></td><td>{location} (<a href="https://www.openstreetmap.org/search?query={location}">{s["see_in_map"]}</a>)</td></tr>'
            )
        body.append(
            f"<tr><td><strong>{s['attendees']}</strong></td><td><ul><li>{organizer[0]} &lt;{organizer[1]}&gt; ({s['organizer']})</li><li>{ME[0]} &lt;{ME[1]}&gt;</li></ul></td></tr></table>"
        )
        if template in ("event-invite", "event-update"):
            body.append(
                f'<table><tr><td colspan="3">{s["attend_event"]}</td></tr><tr><td><a href="https://calendar.twake.example/excal/?yes">{s["yes"]}</a></td><td><a href="https://calendar.twake.example/excal/?maybe">{s["maybe"]}</a></td><td><a href="https://calendar.twake.example/excal/?no">{s["no"]}</a></td></tr></table>'
            )
        if "forward_warning" in s:
            body.append(
                f'<div style="font-size:12px;color:#808080">&#x26A0; {s["forward_warning"]}</div>'
            )
    html = (
        '<!doctype html><html><head><meta charset="UTF-8"></head><body>'
        + "".join(body)
        + "</body></html>"
    )
    ics = sabre_ics(
        method,
        uid,
        seq,
        start,
        end,
        summary,
        organizer,
        sent,
        location,
        "-//Sabre//Sabre VObject 4.5.6//EN",
    )
    if template in ("event-invite", "event-update", "event-cancel"):
        outer = MIMEMultipart("mixed")
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(html, "html"))
        alt.attach(ics_part(ics, method))
        outer.attach(alt)
        outer.attach(ics_part(ics, method, "meeting.ics"))
        message: MIMEBase = outer
    else:
        message = text_part(html, "html")
    sender = (
        organizer
        if template != "event-booking-request-received"
        else ("Twake Calendar", "no-reply@calendar.twake.example")
    )
    if template == "event-alarm":
        sender = ("Twake Calendar", "no-reply@calendar.twake.example")
    raw = envelope(message, sender, subject, sent, key)
    if kind == "not_invitation":
        label: dict[str, object] = {"kind": "not_invitation"}
    elif template in ("event-invite", "event-update", "event-cancel"):
        label = cal_label(kind, start, end, zone, uid, seq, method)
    else:
        label = {"kind": kind, **pp.timed(start, end, zone=zone)}
    push(
        "twake62",
        lang,
        name,
        raw,
        label,
        note,
        f"{TWAKE}: app/src/main/resources/templates/{template}/html.pug + translations/messages_{lang}.properties + calendar-smtp/.../EventTimeModel.java",
        "AGPL-3.0 (Twake Calendar)",
    )


def twake_family() -> None:
    inv = "Twake Calendar invitation for the reader's interview (java.time 'EEEE, dd MMMM yyyy HH:mm', zone id), REQUEST attached."
    twake(
        "en",
        "invite",
        "event-invite",
        ("Harriet Cole", "harriet.cole@fernbank.example.co.uk"),
        "Interview – Alex Morgan (Service Designer)",
        wall(2027, 3, 24, 11, 0, "Europe/London", "Wed"),
        60,
        inv,
    )
    twake(
        "fr",
        "invitation",
        "event-invite",
        ("Julien Roux", "julien.roux@pic-vert.example.fr"),
        "Entretien d'embauche – Alex Morgan",
        wall(2027, 4, 7, 14, 0, "Europe/Paris", "Wed"),
        45,
        inv,
        location="Pic Vert, 4 place Bellecour, Lyon",
    )
    twake(
        "ru",
        "priglashenie",
        "event-invite",
        ("Анна Ковалёва", "a.kovaleva@bereza-it.example.ru"),
        "Собеседование – Алекс Морган (DevOps-инженер)",
        wall(2027, 3, 30, 16, 0, "Europe/Moscow", "Tue"),
        60,
        inv,
    )
    twake(
        "vi",
        "loi_moi",
        "event-invite",
        ("Trần Minh Quân", "quan.tran@mai-xanh.example.vn"),
        "Phỏng vấn – Alex Morgan (Lập trình viên)",
        wall(2027, 4, 8, 10, 0, "Asia/Ho_Chi_Minh", "Thu"),
        45,
        inv,
    )
    twake(
        "fr",
        "mise_a_jour",
        "event-update",
        ("Julien Roux", "julien.roux@pic-vert.example.fr"),
        "Entretien d'embauche – Alex Morgan",
        wall(2027, 4, 8, 9, 30, "Europe/Paris", "Thu"),
        45,
        "Twake Calendar update (SEQUENCE 1) showing the old time struck through beside 'Modifié': a reschedule at the new time.",
        kind="reschedule",
        seq=1,
        previous=wall(2027, 4, 7, 14, 0, "Europe/Paris", "Wed"),
    )
    twake(
        "en",
        "updated",
        "event-update",
        ("Harriet Cole", "harriet.cole@fernbank.example.co.uk"),
        "Interview – Alex Morgan (Service Designer)",
        wall(2027, 3, 25, 15, 30, "Europe/London", "Thu"),
        60,
        "Twake Calendar update (SEQUENCE 1) with the old time struck through beside 'Changed': a reschedule at the new time.",
        kind="reschedule",
        seq=1,
        previous=wall(2027, 3, 24, 11, 0, "Europe/London", "Wed"),
    )
    twake(
        "vi",
        "huy",
        "event-cancel",
        ("Trần Minh Quân", "quan.tran@mai-xanh.example.vn"),
        "Phỏng vấn – Alex Morgan (Lập trình viên)",
        wall(2027, 4, 8, 10, 0, "Asia/Ho_Chi_Minh", "Thu"),
        45,
        "Twake Calendar cancellation of the reader's interview, CANCEL attached.",
        kind="cancellation",
        seq=1,
    )
    twake(
        "ru",
        "napominanie",
        "event-alarm",
        ("Анна Ковалёва", "a.kovaleva@bereza-it.example.ru"),
        "Собеседование – Алекс Морган (DevOps-инженер)",
        wall(2027, 3, 30, 16, 0, "Europe/Moscow", "Tue"),
        60,
        "Twake Calendar alarm ('This event is about to begin in') for the reader's own interview: an invitation at its slot (a reminder of the reader's interview, as agenda56 labels it).",
    )
    twake(
        "en",
        "neg_booking_request",
        "event-booking-request-received",
        ("Harriet Cole", "harriet.cole@fernbank.example.co.uk"),
        "Portfolio review request – Alex Morgan",
        wall(2027, 3, 29, 13, 0, "Europe/London", "Mon"),
        30,
        "Twake Calendar 'Booking request received': the reader's request is pending the owner's validation: not an invitation.",
        kind="not_invitation",
    )
    twake(
        "fr",
        "neg_pot_depart",
        "event-invite",
        ("Julien Roux", "julien.roux@pic-vert.example.fr"),
        "Pot de départ de Camille",
        wall(2027, 4, 16, 18, 0, "Europe/Paris", "Fri"),
        120,
        "Twake Calendar invitation to a leaving drinks: not an invitation.",
        kind="not_invitation",
    )


BUILDERS = [x2crm, bloben_family, esn_family, twake_family]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 2c6ab48d, labels committed in 976796ea before any run): dev "
    "x2crm62 text controls with the right slot 13/13, of which 4 below confidence 0.5 "
    "(en-US and es and it invites, the German time change), look-alikes claimed (confidence "
    ">= 0.5) 0/4 (3 read as invitation or reschedule at 0.45), fields 41/44; bloben62 "
    "calendar controls 9/9 right, look-alikes claimed 1/3 (the hiring committee's request "
    "at 0.95), fields 71/74; held out (counts only): esn62 calendar 9/9 right, look-alikes "
    "claimed 0/2, fields 70/72; twake62 calendar 7/7 and text 1/1 right, look-alikes "
    "claimed 0/2, fields 61/63."
)
AFTER_FIX_FIGURES = (
    "After the fix (640e7126, a calendar title naming the hiring side's own meeting): "
    "bloben62 look-alikes claimed 1/3 -> 0/3, controls 9/9; x2crm62 unchanged (13/13 right, 4 "
    "below 0.5); held out unchanged (counts as above). Whole dev split (quick.py, old 976796ea "
    "vs new): 1 better (bloben62's committee), 0 worse. Retraining the text screen with this "
    "batch's dev mail lifted the 4 X2CRM controls to 0.85 but claimed elsemove44's pt-BR "
    "newsletter (0.45 -> 0.63), so it was not shipped; those 4 stay in review with the right "
    "slot."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind", "(none)"))] = (
            kinds.get(str(item.label.get("kind", "(none)")), 0) + 1
        )
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the tools62 batch (`build_tools62.py`)",
        "",
        "Calendar and CRM software new to the corpus, rendered from the real templates, date "
        "formats and translations each project ships; people, companies, event summaries, the "
        "users' notes and addresses are made up. Every label was written from the datetimes the "
        "text is rendered from, before the parser was run on any message.",
        "",
        "Sources (strings are the projects', under their licences; the surrounding text ours):",
        "",
        f"- x2crm62: {X2} — {X2_SRC}; GPL-3.0-or-later with X2Engine's additional terms (LICENSE.txt). "
        "The invitation text is hard-coded English; the date follows the user's locale (Yii 1.1 CLDR data); "
        "the rsvp link's shape is ours.",
        f"- bloben62: {BLOBEN} — {BLOBEN_SRC}; AGPL-3.0. MIME shape from nodemailer's `icalEvent` "
        "(text/plain and text/calendar alternatives).",
        f"- esn62 (held out): {ESN} — templates/email/event.{{invitation,update,cancel}}, backend/lib/invitation/email.js, "
        "backend/lib/helpers/datetime.js, backend/lib/i18n/locales/{en,fr,ru,vi,zh}.json; AGPL-3.0. The module ships no "
        "'Attendees'/'Yes'/'Maybe'/'No' strings (ESN core does); the Twake Calendar translations stand in, English for zh.",
        f"- twake62 (held out): {TWAKE} — app/src/main/resources/templates/{{event-invite,event-update,event-cancel,event-alarm,"
        "event-booking-request-received}}/{html.pug,translations/messages_{en,fr,ru,vi}.properties}, "
        "calendar-smtp/src/main/java/com/linagora/calendar/smtp/template/content/model/EventTimeModel.java; AGPL-3.0.",
        "",
        "The translated strings of esn62 and twake62 are kept in `tools62_strings.json` (extracted from the commits above).",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ". Held-out families (2 of 4, drawn by `random.Random('tools62 coin').sample(sorted(FAMILIES), 2)` "
        "before anything was rendered or parsed): esn62, twake62; their files are not listed here.",
        "",
        "Label rule used (README conventions): the reader's own job interview is an `invitation` at its "
        "start (end from the calendar part or the text's end time); a mail that says the time changed "
        "(X2CRM 'Event Time Change', Twake's struck-through old time) is a `reschedule` at the new time; "
        "a calendar update whose text does not say whether the time changed (SEQUENCE 1, same text) has no "
        "kind, only the slot; cancellations name the cancelled slot. Zone: an IANA TZID or zone id gives "
        "`timezone`; X2CRM's abbreviations (CET, CEST, EDT, MSK, '-03') state a zone without naming one "
        "(no `timezone` label), except JST (Asia/Tokyo). Events that are not the reader's job interview "
        "(company events, team dinners, a hiring committee the reader sits on, a pending booking request) "
        "are `not_invitation`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_tools62.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        if SPLITS[name] == "heldout":
            lines.append(f"- **{name}** ({len(items)} messages, heldout; languages not listed)")
            continue
        ls = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += [
        "",
        "## Files (dev only)",
        "",
        "| file | kind | language | source (repo@commit: files) | what it exercises |",
        "|---|---|---|---|---|",
    ]
    for item in cases:
        if item.split != "dev":
            continue
        cells = [
            f"`dev/{item.filename}`",
            str(item.label.get("kind", "(not labelled)")),
            item.language,
            item.template,
            item.note,
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-tools62.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
