# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calprod44 batch: calendar-bearing mail from producers the corpus had not used.

Run: .venv/bin/python tests/parsing/corpus/build_calprod44.py

Producers and the source each shape was read from (see PROVENANCE-calprod44.md):
EspoCRM meeting/call invitations (Business/Event/Ics.php, Invitations.php: unfolded lines, no
final CRLF, UTC times, CANCEL keeping SEQUENCE:0, translated attachment names); Easy!Appointments
through jsvrcek/ICS (Ics_file.php, CalendarExport.php: a VTIMEZONE with US rules and UTC
DTSTARTs whatever the zone, VALARM triggers as DATE-TIME, no SEQUENCE); Odoo's calendar through
vobject (calendar_event.py `_get_ics_file`: no METHOD, implicit UID with spaces, UTC);
SuiteCRM's vCal::get_ical_event (ORGANIZED typo, bare address, TAB folding by characters, no
METHOD); Rails ActionMailer with icalendar-ruby (quoted-printable alternative, TZID=UTC zone,
METHOD on the Content-Type only, DURATION, VALUE=DATE); GNOME Evolution (libical
/freeassociation.sourceforge.net/ TZIDs, the calendar as the whole body, message/rfc822
forwards); nodemailer's icalEvent with ical-generator, ics and hand-built calendars
(X-WR-TIMEZONE, TZID without VTIMEZONE, BOM, LF, floating times).

People, companies, UIDs and all prose are ours; slots in 2026. Labels come from the zoneinfo
datetimes the calendars and texts are written from, before any parse; the held-out families are
drawn with random.Random("calprod44 coin") before anything is parsed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import sys
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote as urlquote
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build_cal40", HERE / "build_cal40.py")
assert _spec is not None
assert _spec.loader is not None
c40 = importlib.util.module_from_spec(_spec)
sys.modules["build_cal40"] = c40
_spec.loader.exec_module(c40)

LICENSE = "structure only; all text, people and identifiers written for this corpus"
ME = "alex.morgan@mailbox.example"
TO = "Alex Morgan <alex.morgan@mailbox.example>"

FAMILIES = {
    "espo44": "EspoCRM espocrm/espocrm application/Espo/Modules/Crm/Business/Event/Ics.php @3316afaaad1ea2443a5cba994bbc6ae2b248f702 and Invitations.php @04794bb2aa6d879cad5c79e9074e54a8eeb640c9 (calendar shape, attachment name from the translated scope name, moment-style 'dddd, MMMM Do, YYYY' start line); mail strings recalled, wording ours",
    "easyapp44": "Easy!Appointments alextselegidis/easyappointments application/libraries/Ics_file.php @00e58d29ba02c222efa38bb9f198579a481294be with jasvrcek/ICS src/CalendarExport.php @5f166340ded9270ec3e5a49ebadedefad33320ae and src/Utility/Formatter.php (VTIMEZONE with fixed US rules, UTC DTSTARTs, VALARM DATE-TIME triggers, SEQUENCE omitted at 0); mail layout recalled, wording ours",
    "odoo44": "Odoo odoo/odoo addons/calendar/models/calendar_event.py _get_ics_file (vobject iCalendar with no METHOD, UTC DTSTART/DTEND, vobject's implicit 'stamp - n@host' UID, ORGANIZER/ATTENDEE as MAILTO) attached as invitation.ics; invitation/update mail layout recalled from the calendar mail templates, wording ours",
    "suite44": "SuiteCRM salesagility/SuiteCRM modules/vCals/vCal.php get_ical_event and its unit test (no METHOD, 'ORGANIZED;CN=' with a bare address, UTC times, lines folded at 75 characters with a TAB) attached as meeting.ics; notification strings recalled, wording ours",
    "rubyics44": "Rails ActionMailer with icalendar-ruby (icalendar/icalendar lib/icalendar; a public ActionMailer sample mail with PRODID:iCalendar-Ruby, a TZID:UTC VTIMEZONE and a quoted-printable text/calendar alternative), METHOD only on the Content-Type, DURATION, VALUE=DATE; wording ours",
    "evo44": "GNOME Evolution / libical iTIP (itip-utils: the calendar as the whole message body, text/calendar; method=...; /freeassociation.sourceforge.net/ TZIDs with X-LIC-LOCATION, 'Cancel:' subjects) and a recruiter's message/rfc822 forward of one; wording ours",
    "nodemail44": "nodemailer icalEvent (nodemailer.com/message/calendar-events: one text/calendar alternative, base64, method from the option) carrying ical-generator output (X-WR-TIMEZONE, TZID without VTIMEZONE), ics-npm output and hand-built calendars (BOM, LF line ends, floating times); wording ours",
}
HELDOUT = set(random.Random("calprod44 coin").sample(sorted(FAMILIES), 2))
# A second round, written after the first had been measured: one family, so none is held out.
FAMILIES2 = {
    "icalcr44": "PHP apps sending iCalcreator calendars through Swift/Symfony Mailer: a public write-up's Swift Mailer + 'kigkonsult.se iCalcreator 2.18' invitation (X-WR-TIMEZONE with floating DTSTART/DTEND, UID 'stampEDT-nnnnXXXXXX@unique id' with spaces, ATTENDEE folded inside a parameter value) and NetYpareo's iCalcreator 2.41 feed (VTIMEZONE built for the event's range only: a lone STANDARD or DAYLIGHT); wording ours",
}
FAMILIES.update(FAMILIES2)


@dataclass
class Mail:
    family: str
    name: str
    lang: str
    sender: str
    subject: str
    sent: datetime
    body: bytes  # the MIME body with its Content-Type header lines
    label: dict[str, object]
    note: str
    ics: str = ""  # the calendar text, for the label check


CASES: list[Mail] = []


# ------------------------------------------------------------------------------ helpers
def at(y: int, mo: int, d: int, h: int, mi: int, zone: str) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def plus(s: datetime, minutes: int) -> datetime:
    return (s + timedelta(minutes=minutes)).astimezone(s.tzinfo)


def z(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def wall(d: datetime) -> str:
    return d.strftime("%Y%m%dT%H%M%S")


def uid_hex(fam: str, name: str, n: int = 17) -> str:
    return hashlib.sha1(f"{fam}/{name}".encode()).hexdigest()[:n]


def serialize(
    lines: list[str], *, eol: str = "\r\n", fold: str = "octets", final: bool = True
) -> str:
    """Join calendar lines the way a producer does: folded by octets (RFC 5545), by characters
    with a TAB (SuiteCRM), or not at all (EspoCRM); with or without the last line end."""
    out: list[str] = []
    for ln in lines:
        if fold == "octets":
            out += c40.fold(ln)
        elif fold == "jsvrcek":
            out += jsvrcek_fold(ln)
        elif fold == "tabchars":
            out += [ln[:75], *("\t" + ln[i : i + 74] for i in range(75, len(ln), 74))]
        else:
            out.append(ln)
    return eol.join(out) + (eol if final else "")


def jsvrcek_fold(line: str) -> list[str]:
    """jasvrcek/ICS CalendarStream::addItem: a line over 75 bytes is cut with
    mb_strcut($item, $start, 70) while $start advances by 70 bytes, so where a multi-byte
    character straddles a cut the chunk starts at that character and bytes before the next
    start can be dropped (the producer's own loss, reproduced as is)."""
    data = line.encode()
    if len(data) <= 75:
        return [line]

    def back(i: int) -> int:
        while 0 < i < len(data) and (data[i] & 0xC0) == 0x80:
            i -= 1
        return i

    out: list[str] = []
    start = 0
    while start < len(data):
        a = back(start)
        b = back(min(a + 70, len(data)))
        out.append(data[a:b].decode())
        start += 70
    return [out[0], *(" " + x for x in out[1:])]


def text_part(text: str) -> bytes:
    return c40.text_part(text)


def html_part(html: str) -> bytes:
    data = html.replace("\n", "\r\n").encode()
    return c40.part('text/html; charset="utf-8"', data, "quoted-printable")


def attachment(data: bytes, ctype: str, filename: str, how: str = "base64") -> bytes:
    if filename.isascii():
        ct = f'{ctype}; name="{filename}"'
        disp = f'Content-Disposition: attachment; filename="{filename}"'
    else:
        enc = urlquote(filename, safe="")
        ct = f"{ctype}; name*=utf-8''{enc}"
        disp = f"Content-Disposition: attachment; filename*=utf-8''{enc}"
    return c40.part(ct, data, how, (disp,))


def cal_alt(data: bytes, method: str | None, how: str) -> bytes:
    ct = 'text/calendar; charset="utf-8"' + (f"; method={method}" if method else "")
    return c40.part(ct, data, how)


def mixed(key: str, parts: list[bytes]) -> bytes:
    return c40.multipart("mixed", f"=_mix_{key}", parts)


def alt(key: str, parts: list[bytes]) -> bytes:
    return c40.multipart("alternative", f"=_alt_{key}", parts)


def headers(
    sender: str, subject: str, sent: datetime, msgid: str, extra: tuple[str, ...] = ()
) -> bytes:
    head = [
        f"From: {c40.header_text(sender)}",
        f"To: {TO}",
        f"Subject: {c40.header_text(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{msgid}@calprod44.example>",
        *extra,
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def lab(
    kind: str | None,
    s: datetime | date | None,
    e: datetime | date | None,
    *,
    tz: str | None = None,
    uid: str | None = None,
    seq: int = 0,
    method: str | None = None,
    extra: dict[str, object] | None = None,
) -> dict[str, object]:
    out = c40.lab(kind, s, e, tz=tz, uid=uid, seq=seq, method=method)
    out.update(extra or {})
    return out


def add(m: Mail) -> None:
    assert m.family in FAMILIES, m.family
    assert all(c.name != m.name or c.family != m.family for c in CASES), m.name
    CASES.append(m)


def check(m: Mail) -> None:
    """Re-read one-event calendars with python icalendar: DTSTART/DTEND must give the label
    (UTC and IANA TZIDs; floating and X-WR-TIMEZONE-only times by their wall clock)."""
    import icalendar

    if "start" not in m.label or not m.ics:
        return
    text = m.ics.lstrip("\ufeff")
    for cont in ("\r\n ", "\r\n\t", "\n ", "\n\t"):
        text = text.replace(cont, "")
    cal = icalendar.Calendar.from_ical(text)
    evs = list(cal.walk("VEVENT"))
    if len(evs) != 1:
        return
    ev = evs[0]
    want = str(m.label["start"])

    def moment(prop: str) -> datetime | date:
        raw = ev[prop]
        v = raw.dt
        tzid = str(raw.params.get("TZID", ""))
        if isinstance(v, datetime) and tzid:
            v = v.replace(tzinfo=ZoneInfo(tzid.rsplit("/freeassociation.sourceforge.net/", 1)[-1]))
        return v

    s = moment("DTSTART")
    if isinstance(s, datetime) and s.tzinfo is None:
        assert wall(s) == wall(datetime.fromisoformat(want)), (m.name, s, want)
    elif isinstance(s, datetime):
        assert s == datetime.fromisoformat(want), (m.name, s, want)
        assert m.sent < s, m.name
    else:
        assert s == date.fromisoformat(want), (m.name, s, want)
    if "end" in m.label:
        e = moment("DTEND") if "DTEND" in ev else s + ev.decoded("DURATION")
        w = str(m.label["end"])
        if isinstance(e, datetime) and e.tzinfo is None:
            assert wall(e) == wall(datetime.fromisoformat(w)), (m.name, e, w)
        else:
            assert e == (datetime.fromisoformat(w) if len(w) > 10 else date.fromisoformat(w)), (
                m.name,
                e,
                w,
            )


# ------------------------------------------------------------------------------ espo44
ESPO_DAYS = {
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "January February March April May June July August September October November December",
    ),
    "de": (
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    ),
    "fr": (
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    ),
    "es": (
        "lunes martes miércoles jueves viernes sábado domingo",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    ),
    "pt-BR": (
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    ),
    "uk": (
        "понеділок вівторок середа четвер пʼятниця субота неділя",
        "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
    ),
}


def espo_ordinal(lang: str, d: int) -> str:
    """moment.js 'Do' per locale."""
    if lang == "en":
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suf}"
    return {
        "de": f"{d}.",
        "fr": "1er" if d == 1 else f"{d}",
        "es": f"{d}º",
        "pt-BR": f"{d}º",
        "uk": f"{d}-го",
    }[lang]


def espo_start(lang: str, s: datetime) -> str:
    """Invitations::prepareDateStartFull: 'HH:mm, dddd, MMMM Do, YYYY' in the invitee's language."""
    days, months = (x.split() for x in ESPO_DAYS[lang])
    return f"{s.strftime('%H:%M')}, {days[s.weekday()]}, {months[s.month - 1]} {espo_ordinal(lang, s.day)}, {s.year}"


def espo44() -> None:
    fam = "espo44"
    strings = {
        # subject (invitation), subject (cancellation), 'you are invited', start, accept/decline/tentative, scope names
        "en": (
            "Invitation to {scope} '{name}'",
            "Cancellation of {scope} '{name}'",
            "You have been invited to the {scope_l} <b>{name}</b>.",
            "The {scope_l} <b>{name}</b> has been cancelled.",
            "Start",
            ("Accept", "Decline", "Tentative"),
            {"Meeting": "Meeting", "Call": "Call"},
        ),
        "de": (
            "Einladung zu {scope} '{name}'",
            "Absage von {scope} '{name}'",
            "Sie wurden zum {scope} <b>{name}</b> eingeladen.",
            "{scope} <b>{name}</b> wurde abgesagt.",
            "Beginn",
            ("Zusagen", "Absagen", "Vorläufig"),
            {"Meeting": "Meeting", "Call": "Anruf"},
        ),
        "fr": (
            "Invitation à {scope} '{name}'",
            "Annulation de {scope} '{name}'",
            "Vous êtes invité(e) à la {scope_l} <b>{name}</b>.",
            "La {scope_l} <b>{name}</b> est annulée.",
            "Début",
            ("Accepter", "Refuser", "Provisoire"),
            {"Meeting": "Réunion", "Call": "Appel"},
        ),
        "es": (
            "Invitación a {scope} '{name}'",
            "Cancelación de {scope} '{name}'",
            "Ha sido invitado a la {scope_l} <b>{name}</b>.",
            "La {scope_l} <b>{name}</b> ha sido cancelada.",
            "Inicio",
            ("Aceptar", "Rechazar", "Tentativo"),
            {"Meeting": "Reunión", "Call": "Llamada"},
        ),
        "pt-BR": (
            "Convite para {scope} '{name}'",
            "Cancelamento de {scope} '{name}'",
            "Você foi convidado para a {scope_l} <b>{name}</b>.",
            "A {scope_l} <b>{name}</b> foi cancelada.",
            "Início",
            ("Aceitar", "Recusar", "Talvez"),
            {"Meeting": "Reunião", "Call": "Ligação"},
        ),
        "uk": (
            "Запрошення на {scope} '{name}'",
            "Скасування {scope} '{name}'",
            "Вас запрошено на {scope_l} <b>{name}</b>.",
            "{scope} <b>{name}</b> скасовано.",
            "Початок",
            ("Прийняти", "Відхилити", "Можливо"),
            {"Meeting": "Зустріч", "Call": "Дзвінок"},
        ),
    }
    rows = [
        # name, lang, zone, start, minutes, scope, event name, organizer (addr, cn), kind, method, description
        (
            "interview_en",
            "en",
            "Europe/London",
            (2026, 3, 10, 10, 0),
            60,
            "Meeting",
            "Interview - Data Analyst",
            ("r.okafor@harbourline.example", "Rita Okafor"),
            "invitation",
            "REQUEST",
            "First interview with the analytics team (Harbourline Analytics).\nWe will use the meeting room on the 3rd floor, 14 Quay Street, Bristol.\nPlease bring a photo ID for reception.",
        ),
        (
            "interview_de",
            "de",
            "Europe/Berlin",
            (2026, 3, 26, 14, 0),
            60,
            "Meeting",
            "Vorstellungsgespräch Vertriebsinnendienst",
            ("j.kruger@nordlicht-handel.example", "Jana Krüger"),
            "invitation",
            "REQUEST",
            "Kennenlerngespräch bei der Nordlicht Handel GmbH, Speicherstraße 8, Hamburg. Gesprächspartner: Jana Krüger (Personal) und Ole Hansen (Leitung Vertrieb).",
        ),
        (
            "interview_fr",
            "fr",
            "Europe/Paris",
            (2026, 4, 2, 9, 30),
            45,
            "Meeting",
            "Entretien - Chargé(e) de clientèle",
            ("c.aubert@maison-verdier.example", "Camille Aubert"),
            "invitation",
            "REQUEST",
            "Entretien en visio avec Camille Aubert (RH), Maison Verdier.\nLien : https://meet.maison-verdier.example/entretien-amorgan",
        ),
        (
            "cancel_es",
            "es",
            "Europe/Madrid",
            (2026, 4, 15, 11, 0),
            60,
            "Meeting",
            "Entrevista - Técnico de soporte",
            ("l.navarro@solvia-it.example", "Lucía Navarro"),
            "cancellation",
            "CANCEL",
            "Entrevista presencial en Solvia IT, Calle de Alcalá 120, Madrid.",
        ),
        (
            "call_ptbr",
            "pt-BR",
            "America/Sao_Paulo",
            (2026, 5, 5, 15, 0),
            30,
            "Call",
            "Triagem telefônica - Analista de Suporte",
            ("fernanda.lima@vetor-sistemas.example", "Fernanda Lima"),
            "invitation",
            "REQUEST",
            "Conversa rápida por telefone sobre a vaga de Analista de Suporte na Vetor Sistemas. Ligaremos para o número do seu currículo.",
        ),
        (
            "interview_uk",
            "uk",
            "Europe/Kyiv",
            (2026, 10, 22, 10, 0),
            60,
            "Meeting",
            "Співбесіда - бухгалтер",
            ("o.melnyk@dnipro-agro.example", "Олена Мельник"),
            "invitation",
            "REQUEST",
            "Співбесіда в офісі ТОВ «Дніпро Агро», вул. Січеславська, 12, Дніпро. Контакт: Олена Мельник, відділ кадрів.",
        ),
        (
            "renewal_call_en",
            "en",
            "America/New_York",
            (2026, 6, 11, 13, 0),
            30,
            "Call",
            "Renewal of your support plan",
            ("accounts@cobaltdesk.example", "Marcus Reid"),
            "not_invitation",
            "REQUEST",
            "Quick call about renewing the CobaltDesk support plan for your workspace before it expires on June 30.",
        ),
    ]
    for i, (name, lang, zone, st, mins, scope, ev_name, org, kind, method, desc) in enumerate(rows):
        s = at(*st, zone)
        e = plus(s, mins)
        sent = plus(s, -60 * 24 * (4 + i) - 75)
        subj_inv, subj_cancel, invited, cancelled, start_word, buttons, scopes = strings[lang]
        scope_t = scopes[scope]
        uid = uid_hex(fam, name)
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//EspoCRM//EspoCRM Calendar//EN",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            f"DTSTART:{z(s)}",
            f"DTEND:{z(e)}",
            "SUMMARY:" + ev_name.replace(",", "\\,").replace(";", "\\;"),
            "LOCATION:",
            f"ORGANIZER;CN={org[1]}:MAILTO:{org[0]}",
            "DESCRIPTION:" + desc.replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"),
            f"UID:{uid}",
            "SEQUENCE:0",
            f"DTSTAMP:{z(sent)}",
            "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
            f"ATTENDEE;CN=Alex Morgan:MAILTO:{ME}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        ics = serialize(lines, fold="none", final=False)
        fmt = {
            "scope": scope_t,
            "scope_l": scope_t if lang in ("de", "uk") else scope_t.lower(),
            "name": ev_name,
        }
        subject = (subj_cancel if method == "CANCEL" else subj_inv).format(**fmt)
        site = f"https://crm.{org[0].split('@')[1]}"
        html = [
            "<p>Alex Morgan,</p>",
            f"<p>{(cancelled if method == 'CANCEL' else invited).format(**fmt)}</p>",
            f"<p>{start_word}: {espo_start(lang, s)} ({zone})</p>",
        ]
        if method != "CANCEL":
            html.append(
                " ".join(
                    f'<a href="{site}?entryPoint=eventConfirmation&amp;action={a}&amp;uid={uid_hex(fam, name + a, 24)}">{b}</a>'
                    for a, b in zip(("accept", "decline", "tentative"), buttons, strict=True)
                )
            )
        body = mixed(
            f"{fam}{i}",
            [
                html_part("\n".join(html) + "\n"),
                attachment(ics.encode(), "text/calendar", f"{scope_t}.ics"),
            ],
        )
        label = lab(
            kind if kind != "not_invitation" else "not_invitation",
            s if kind != "not_invitation" else None,
            e if kind != "not_invitation" else None,
            tz=zone if kind != "not_invitation" else None,
            uid=uid,
            method=method,
        )
        note = {
            "invitation": f"EspoCRM {scope} invitation: UTC DTSTART/DTEND, unfolded lines, no CRLF after END:VCALENDAR, attachment '{scope_t}.ics'; the text gives the start with the IANA zone.",
            "cancellation": "EspoCRM cancellation: METHOD:CANCEL with STATUS:CANCELLED and SEQUENCE still 0 (Ics.php writes 0 always); the cancelled slot is labelled.",
            "not_invitation": "Look-alike: an EspoCRM Call from a software vendor's account manager about renewing a support plan; no job interview.",
        }[kind]
        add(Mail(fam, name, lang, f"{org[1]} <{org[0]}>", subject, sent, body, label, note, ics))


# ------------------------------------------------------------------------------ easyapp44
def jsvrcek_vtz(zone: str, year: int) -> list[str]:
    """CalendarExport's VTIMEZONE ('utc' format): last transitions of the year as UTC
    DTSTARTs, offsets from the tz database, and fixed US rules for any zone."""
    tz = ZoneInfo(zone)
    std = dst = None
    t = datetime(year, 1, 1, tzinfo=UTC)
    while t.year == year:
        nxt = t + timedelta(hours=1)
        if t.astimezone(tz).utcoffset() != nxt.astimezone(tz).utcoffset():
            if nxt.astimezone(tz).dst():
                dst = (nxt, t.astimezone(tz).utcoffset(), nxt.astimezone(tz).utcoffset())
            else:
                std = (nxt, t.astimezone(tz).utcoffset(), nxt.astimezone(tz).utcoffset())
        t = nxt

    def off(td: timedelta | None) -> str:
        assert td is not None
        m = int(td.total_seconds() // 60)
        return f"{'-' if m < 0 else '+'}{abs(m) // 60:02d}{abs(m) % 60:02d}"

    out = ["BEGIN:VTIMEZONE", f"TZID:{zone}", "BEGIN:STANDARD"]
    if std is None:
        o = datetime(year, 1, 1, tzinfo=tz).utcoffset()
        out += ["DTSTART", f"TZOFFSETTO:{off(o)}", f"TZOFFSETFROM:{off(o)}", "END:STANDARD"]
    else:
        out += [
            f"DTSTART:{z(std[0])}",
            f"TZOFFSETTO:{off(std[2])}",
            f"TZOFFSETFROM:{off(std[1])}",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "END:STANDARD",
        ]
    if dst is not None:
        out += [
            "BEGIN:DAYLIGHT",
            f"DTSTART:{z(dst[0])}",
            f"TZOFFSETTO:{off(dst[2])}",
            f"TZOFFSETFROM:{off(dst[1])}",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "END:DAYLIGHT",
        ]
    return [*out, "END:VTIMEZONE"]


def easyapp44() -> None:
    fam = "easyapp44"
    labels = {
        "en": (
            "Appointment Booked",
            "Thank you for arranging an appointment with us. Below you can see the appointment details.",
            "Appointment Details Changed",
            "The details of your appointment have changed. Below you can see the updated details.",
            ("Service", "Provider", "Start", "End", "Timezone", "Location"),
            "Appointment Link",
            "%m/%d/%Y %I:%M %p",
        ),
        "de": (
            "Termin gebucht",
            "Vielen Dank für Ihre Terminbuchung. Nachfolgend finden Sie die Details Ihres Termins.",
            "Termindetails geändert",
            "Die Details Ihres Termins wurden geändert. Nachfolgend finden Sie die aktuellen Details.",
            ("Dienstleistung", "Anbieter", "Beginn", "Ende", "Zeitzone", "Ort"),
            "Termin-Link",
            "%d.%m.%Y %H:%M",
        ),
        "es": (
            "Cita reservada",
            "Gracias por reservar una cita con nosotros. A continuación puede ver los detalles de la cita.",
            "",
            "",
            ("Servicio", "Proveedor", "Inicio", "Fin", "Zona horaria", "Ubicación"),
            "Enlace de la cita",
            "%d/%m/%Y %H:%M",
        ),
        "it": (
            "Appuntamento prenotato",
            "Grazie per aver prenotato un appuntamento. Di seguito trova i dettagli.",
            "",
            "",
            ("Servizio", "Fornitore", "Inizio", "Fine", "Fuso orario", "Luogo"),
            "Link dell'appuntamento",
            "%d/%m/%Y %H:%M",
        ),
        "nl": (
            "Afspraak geboekt",
            "Bedankt voor het maken van een afspraak. Hieronder ziet u de details van de afspraak.",
            "",
            "",
            ("Dienst", "Aanbieder", "Begin", "Einde", "Tijdzone", "Locatie"),
            "Link naar de afspraak",
            "%d-%m-%Y %H:%M",
        ),
        "el": (
            "Το ραντεβού κλείστηκε",
            "Σας ευχαριστούμε για την κράτηση ραντεβού. Παρακάτω θα βρείτε τις λεπτομέρειες.",
            "",
            "",
            ("Υπηρεσία", "Πάροχος", "Έναρξη", "Λήξη", "Ζώνη ώρας", "Τοποθεσία"),
            "Σύνδεσμος ραντεβού",
            "%d/%m/%Y %H:%M",
        ),
    }
    rows = [
        # name, lang, zone, start, minutes, service, provider (addr, first, last), location, company, kind
        (
            "phonescreen_en",
            "en",
            "America/Chicago",
            (2026, 3, 12, 9, 0),
            45,
            "Phone screen - Warehouse Supervisor",
            ("talent@prairiefreight.example", "Dana", "Holt"),
            "Phone call",
            "Prairie Freight",
            "invitation",
        ),
        (
            "interview_de",
            "de",
            "Europe/Berlin",
            (2026, 3, 17, 10, 0),
            60,
            "Vorstellungsgespräch Ausbildung Mechatroniker/in",
            ("ausbildung@rheinwerk-technik.example", "Sabine", "Vogt"),
            "Rheinwerk Technik GmbH, Werkstraße 3, 50667 Köln",
            "Rheinwerk Technik",
            "invitation",
        ),
        (
            "interview_es",
            "es",
            "Europe/Madrid",
            (2026, 10, 28, 16, 0),
            30,
            "Entrevista - Dependiente/a de tienda",
            ("seleccion@modas-albero.example", "Pilar", "Albero"),
            "Tienda Calle Mayor 21, Zaragoza",
            "Modas Albero",
            "invitation",
        ),
        (
            "colloquio_it",
            "it",
            "Europe/Rome",
            (2026, 5, 6, 11, 0),
            60,
            "Colloquio conoscitivo - Magazziniere",
            ("hr@logistica-brenta.example", "Marco", "Zanin"),
            "Via dell'Industria 14, Padova",
            "Logistica Brenta",
            "invitation",
        ),
        (
            "gesprek_nl",
            "nl",
            "Europe/Amsterdam",
            (2026, 6, 9, 13, 30),
            45,
            "Sollicitatiegesprek - Klantenservice",
            ("werving@duinzorg.example", "Eva", "Smit"),
            "Online (Jitsi)",
            "Duinzorg",
            "invitation",
        ),
        (
            "synenteuxi_el",
            "el",
            "Europe/Athens",
            (2026, 9, 15, 10, 0),
            40,
            "Συνέντευξη - Υπάλληλος υποδοχής",
            ("hr@aegean-suites.example", "Μαρία", "Παππά"),
            "Λεωφ. Συγγρού 88, Αθήνα",
            "Aegean Suites",
            "invitation",
        ),
        (
            "changed_de",
            "de",
            "Europe/Vienna",
            (2026, 4, 21, 15, 0),
            45,
            "Bewerbungsgespräch Filialleitung",
            ("bewerbung@alpenmarkt.example", "Thomas", "Gruber"),
            "Alpenmarkt Zentrale, Mariahilfer Straße 40, 1070 Wien",
            "Alpenmarkt",
            None,
        ),
        (
            "dentist_en",
            "en",
            "America/Denver",
            (2026, 7, 14, 8, 30),
            60,
            "Dental cleaning and check-up",
            ("frontdesk@foothills-dental.example", "Kim", "Alvarez"),
            "Foothills Dental, 220 Pearl St, Boulder",
            "Foothills Dental",
            "not_invitation",
        ),
    ]
    for i, (name, lang, zone, st, mins, service, prov, loc, company, kind) in enumerate(rows):
        s = at(*st, zone)
        e = plus(s, mins)
        sent = plus(s, -60 * 24 * (3 + i) - 130)
        title, intro, title_ch, intro_ch, keys, link_word, dfmt = labels[lang]
        changed = name.startswith("changed")
        uid = "ea-" + hashlib.md5(f"{fam}{name}".encode()).hexdigest()
        pname = f"{prov[1]} {prov[2]}"
        desc = "\\n".join(
            [
                "",
                "Provider",
                "",
                f"Name: {pname}",
                f"Email: {prov[0]}",
                "Phone: -",
                "Address: ",
                "City: ",
                "Zip Code: ",
                "",
                "Customer",
                "",
                "Name: Alex Morgan",
                f"Email: {ME}",
                "Phone: -",
                "Address: ",
                "City: ",
                "Zip Code: ",
                "",
                "Notes",
                "",
                "",
            ]
        )
        atts = [
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Morgan:mailto:{ME}",
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN={pname}:mailto:{prov[0]}",
        ]
        alarms: list[str] = []
        for before in (15, 60):
            alarms += [
                "BEGIN:VALARM",
                f"TRIGGER;VALUE=DATE-TIME:{z(plus(s, -before))}",
                "ACTION:EMAIL",
                "SUMMARY:Alarm notification",
                "DESCRIPTION:This is an event reminder",
                atts[0],
                "END:VALARM",
            ]
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//EasyAppointments//Open Source Web Scheduler//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            *jsvrcek_vtz(zone, s.year),
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTART:{z(s)}",
            f"DTEND:{z(e)}",
            "STATUS:CONFIRMED",
            f"SUMMARY:{service}",
            f"DESCRIPTION:{desc}",
            f"LOCATION:{loc.replace(',', chr(92) + ',')}",
            f"DTSTAMP:{z(sent)}",
            *atts,
            f"ORGANIZER;CN={pname}:mailto:{prov[0]}",
            *alarms,
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        ics = serialize(lines, fold="jsvrcek")
        vals = (service, pname, s.strftime(dfmt), e.strftime(dfmt), zone, loc)
        rows_html = "".join(
            f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in zip(keys, vals, strict=True)
        )
        link = f"https://termine.{prov[0].split('@')[1]}/index.php/booking/reschedule/{uid_hex(fam, name, 12)}"
        html = (
            f'<html><body><div style="font-family:Verdana,sans-serif"><h2>{title_ch if changed else title}</h2>\n'
            f"<p>{intro_ch if changed else intro}</p>\n<table>{rows_html}</table>\n"
            f'<h3>{link_word}</h3>\n<a href="{link}">{link}</a>\n<p>{company}</p></div></body></html>\n'
        )
        body = mixed(
            f"{fam}{i}",
            [html_part(html), attachment(ics.encode(), "text/calendar", "invitation.ics")],
        )
        if kind == "not_invitation":
            label = lab("not_invitation", None, None, uid=uid, method="PUBLISH")
            note = "Look-alike: a dental practice's Easy!Appointments booking with the same .ics shape; no job interview."
        else:
            label = lab(kind, s, e, tz=zone, uid=uid, method="PUBLISH")
            note = (
                "Easy!Appointments booking of an interview slot: jsvrcek/ICS VTIMEZONE with fixed US RRULEs and UTC DTSTARTs (wrong rules for a European zone), UTC event times, no SEQUENCE (0), VALARM DATE-TIME triggers, lines over 75 bytes cut every 70 bytes with mb_strcut (multi-byte text can lose bytes at a cut); the table gives start, end and the IANA zone."
                if not changed
                else "Easy!Appointments 'details changed' notice: the text does not say what changed (no kind), the slot and zone are labelled."
            )
        add(
            Mail(
                fam,
                name,
                lang,
                f"{company} <{prov[0]}>",
                (title_ch if changed else title) + f" - {service}",
                sent,
                body,
                label,
                note,
                ics,
            )
        )


# ------------------------------------------------------------------------------ odoo44
def vobject_lines(lines: list[str]) -> str:
    return serialize(lines)


def odoo44() -> None:
    fam = "odoo44"
    strings_by_lang = {
        "en": (
            "Invitation to {name}",
            "{name}: Date updated",
            "Hello {who},",
            "{org} invited you for the {name} meeting of {company}.",
            "The date of the meeting has been updated. The meeting {name} created by {org} is now scheduled for",
            "Details of the event",
            "Accept",
            "Decline",
            "How to Join",
            "Attendees",
        ),
        "fr": (
            "Invitation à {name}",
            "{name} : date mise à jour",
            "Bonjour {who},",
            "{org} vous a invité à la réunion {name} de {company}.",
            "La date de la réunion a été mise à jour. La réunion {name} créée par {org} est désormais prévue pour le",
            "Détails de l'événement",
            "Accepter",
            "Refuser",
            "Comment participer",
            "Participants",
        ),
        "nl": (
            "Uitnodiging voor {name}",
            "{name}: datum bijgewerkt",
            "Hallo {who},",
            "{org} heeft je uitgenodigd voor de {name}-vergadering van {company}.",
            "De datum van de vergadering is bijgewerkt. De vergadering {name}, aangemaakt door {org}, staat nu gepland op",
            "Details van het evenement",
            "Accepteren",
            "Weigeren",
            "Deelnemen",
            "Deelnemers",
        ),
        "es": (
            "Invitación a {name}",
            "{name}: fecha actualizada",
            "Hola {who}:",
            "{org} le invitó a la reunión {name} de {company}.",
            "La fecha de la reunión se actualizó. La reunión {name} creada por {org} ahora está programada para el",
            "Detalles del evento",
            "Aceptar",
            "Rechazar",
            "Cómo unirse",
            "Asistentes",
        ),
        "de": (
            "Einladung zu {name}",
            "{name}: Datum aktualisiert",
            "Hallo {who},",
            "{org} hat Sie zum Termin {name} von {company} eingeladen.",
            "Das Datum des Termins wurde aktualisiert. Der Termin {name}, erstellt von {org}, ist jetzt geplant für",
            "Details zur Veranstaltung",
            "Annehmen",
            "Ablehnen",
            "Teilnahme",
            "Teilnehmer",
        ),
        "ar": (
            "دعوة إلى {name}",
            "{name}: تم تحديث التاريخ",
            "مرحباً {who}،",
            "دعاك {org} إلى اجتماع {name} الخاص بـ {company}.",
            "تم تحديث تاريخ الاجتماع. الاجتماع {name} الذي أنشأه {org} أصبح الآن مقرراً في",
            "تفاصيل الفعالية",
            "قبول",
            "رفض",
            "كيفية الانضمام",
            "الحاضرون",
        ),
    }
    months = {
        "en": "January February March April May June July August September October November December",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "nl": "januari februari maart april mei juni juli augustus september oktober november december",
        "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    }
    days = {
        "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "es": "lunes martes miércoles jueves viernes sábado domingo",
        "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    }
    rows = [
        # name, lang, zone, start, minutes, event name, org (addr, name), company, host, kind, video
        (
            "interview_en",
            "en",
            "Europe/Brussels",
            (2026, 3, 18, 10, 0),
            45,
            "Interview: Junior Accountant",
            ("sofie.peeters@lindenhof-foods.example", "Sofie Peeters"),
            "Lindenhof Foods",
            "odoo-lindenhof-1",
            "invitation",
            True,
        ),
        (
            "entretien_fr",
            "fr",
            "Europe/Paris",
            (2026, 4, 9, 14, 0),
            60,
            "Entretien : Assistant(e) logistique",
            ("h.garnier@transports-vallee.example", "Hugo Garnier"),
            "Transports Vallée",
            "erp-vallee",
            "invitation",
            False,
        ),
        (
            "gesprek_nl",
            "nl",
            "Europe/Amsterdam",
            (2026, 5, 12, 9, 0),
            60,
            "Sollicitatiegesprek Medewerker Planning",
            ("p.jansen@kustbouw.example", "Pieter Jansen"),
            "Kustbouw BV",
            "kustbouw-odoo",
            "invitation",
            True,
        ),
        (
            "entrevista_es",
            "es",
            "America/Mexico_City",
            (2026, 6, 3, 12, 0),
            60,
            "Entrevista: Ejecutivo(a) de ventas",
            ("andrea.rios@grupo-tolteca.example", "Andrea Ríos"),
            "Grupo Tolteca",
            "tolteca-prod",
            "invitation",
            True,
        ),
        (
            "update_de",
            "de",
            "Europe/Berlin",
            (2026, 5, 21, 15, 0),
            60,
            "Vorstellungsgespräch Buchhaltung",
            ("m.schubert@elbtal-moebel.example", "Martin Schubert"),
            "Elbtal Möbel",
            "elbtal-erp",
            "reschedule",
            False,
        ),
        (
            "muqabala_ar",
            "ar",
            "Asia/Dubai",
            (2026, 2, 24, 11, 0),
            30,
            "مقابلة: محاسب",
            ("hr@khaleej-trading.example", "ليلى حداد"),
            "الخليج للتجارة",
            "khaleej-odoo",
            "invitation",
            True,
        ),
        (
            "demo_en",
            "en",
            "Europe/Dublin",
            (2026, 9, 8, 15, 0),
            30,
            "Product demo: FleetTrack telematics",
            ("sales@fleettrack.example", "Ciara Byrne"),
            "FleetTrack",
            "fleettrack-crm",
            "not_invitation",
            True,
        ),
    ]
    for i, (name, lang, zone, st, mins, ev_name, org, company, host, kind, video) in enumerate(
        rows
    ):
        s = at(*st, zone)
        e = plus(s, mins)
        sent = plus(s, -60 * 24 * (2 + i) - 47)
        t = strings_by_lang[lang]
        made = sent - timedelta(minutes=3)
        uid = f"{z(sent)} - {zlib.crc32(name.encode()) % 99991}@{host}"
        url = (
            f"https://{org[0].split('@')[1]}/calendar/join_videocall/{uid_hex(fam, name, 20)}"
            if video
            else ""
        )
        desc = ""
        if video:
            desc = {
                "en": "Join the video call: ",
                "fr": "",
                "nl": "Deelnemen via video: ",
                "es": "Unirse a la videollamada: ",
                "de": "",
                "ar": "رابط الاجتماع: ",
            }[lang] + url
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//PYVOBJECT//NONSGML Version 1//EN",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"CREATED:{z(made)}",
            *([f"DESCRIPTION:{desc}"] if desc else []),
            f"DTEND:{z(e)}",
            f"DTSTAMP:{z(sent)}",
            f"DTSTART:{z(s)}",
            f"ORGANIZER:MAILTO:{org[0]}",
            f"ATTENDEE:MAILTO:{org[0]}",
            f"ATTENDEE:MAILTO:{ME}",
            f"SUMMARY:{ev_name}",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{ev_name}",
            "TRIGGER;RELATED=START:-PT1H",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        ics = vobject_lines(lines)
        d_name = days[lang].split()[s.weekday()]
        m_name = months[lang].split()[s.month - 1]
        hm = s.strftime("%I:%M %p").lstrip("0") if lang == "en" else s.strftime("%H:%M")
        when = f"{d_name}, {s.day} {m_name} {s.year}, {hm} ({zone})"
        fmt = {"name": ev_name, "who": "Alex Morgan", "org": org[1], "company": company}
        update = kind == "reschedule"
        body_html = [
            '<div style="margin:0px;padding:0px;font-size:13px"'
            + (' dir="rtl"' if lang == "ar" else "")
            + ">",
            f"<p>{t[2].format(**fmt)}<br/><br/>",
            (f"{t[4].format(**fmt)}:" if update else t[3].format(**fmt)) + "</p>",
            '<table><tr><td style="min-width:130px">',
            f'<div style="border-top-left-radius:3px;background-color:#875A7B;color:#fff">{d_name}</div>',
            f'<div style="font-size:48px">{s.day}</div><div>{m_name} {s.year}</div>',
            f"<div>{hm} ({zone})</div>",
            "</td><td>",
            f"<p><strong>{t[5]}</strong></p><ul>",
            f"<li>{t[9]}: {org[1]}, Alex Morgan</li>",
            *([f'<li>{t[8]}: <a href="{url}">{url}</a></li>'] if video else []),
            "</ul></td></tr></table>",
            *(
                []
                if update
                else [
                    f'<p><a href="https://{org[0].split("@")[1]}/calendar/meeting/accept?token={uid_hex(fam, name, 32)}">{t[6]}</a> <a href="https://{org[0].split("@")[1]}/calendar/meeting/decline?token={uid_hex(fam, name, 32)}">{t[7]}</a></p>'
                ]
            ),
            f"<p>{org[1]}<br/>{company}</p>",
            "</div>",
        ]
        html = "\n".join(body_html) + "\n"
        plain = (
            f"{t[2].format(**fmt)}\n\n"
            + (f"{t[4].format(**fmt)}: " if update else t[3].format(**fmt) + "\n\n")
            + f"{when}\n"
            + (f"{t[8]}: {url}\n" if video else "")
            + f"\n{org[1]}\n{company}\n"
        )
        body = mixed(
            f"{fam}{i}",
            [
                alt(f"{fam}{i}", [text_part(plain), html_part(html)]),
                attachment(ics.encode(), "text/calendar", "invitation.ics"),
            ],
        )
        subject = (t[1] if update else t[0]).format(**fmt)
        extra: dict[str, object] = (
            {"meeting_url": url} if video and kind != "not_invitation" else {}
        )
        if kind == "not_invitation":
            label = lab("not_invitation", None, None, uid=uid)
            note = "Look-alike: a software vendor's sales demo booked from Odoo CRM, same invitation.ics; no job interview."
        else:
            label = lab(kind, s, e, tz=zone, uid=uid, extra=extra)
            note = (
                "Odoo calendar invitation with vobject's invitation.ics: no METHOD, UTC times, implicit UID with spaces ('stamp - n@host'), no SEQUENCE (0); the date box names the IANA zone."
                if not update
                else "Odoo 'Date updated' mail: 'now scheduled for' the new slot (reschedule); the attached invitation.ics carries the new UTC times and still no SEQUENCE."
            )
        add(Mail(fam, name, lang, f"{org[1]} <{org[0]}>", subject, sent, body, label, note, ics))


# ------------------------------------------------------------------------------ suite44
def suite44() -> None:
    fam = "suite44"
    strings_by_lang = {
        "en": (
            "Meeting invitation: {name}",
            "{org} has invited you to a Meeting",
            ("Subject", "Start Date", "Duration", "Description"),
            "{h}h {m}m",
            ("Accept this meeting", "Tentatively accept", "Decline"),
        ),
        "de": (
            "Einladung zum Meeting: {name}",
            "{org} hat Sie zu einem Meeting eingeladen",
            ("Betreff", "Beginn", "Dauer", "Beschreibung"),
            "{h} Std. {m} Min.",
            ("Meeting annehmen", "Vorläufig annehmen", "Ablehnen"),
        ),
        "fr": (
            "Invitation à une réunion : {name}",
            "{org} vous a invité(e) à une réunion",
            ("Sujet", "Date de début", "Durée", "Description"),
            "{h}h {m}min",
            ("Accepter", "Accepter provisoirement", "Refuser"),
        ),
        "it": (
            "Invito alla riunione: {name}",
            "{org} ti ha invitato a una riunione",
            ("Oggetto", "Data inizio", "Durata", "Descrizione"),
            "{h}h {m}m",
            ("Accetta", "Accetta provvisoriamente", "Rifiuta"),
        ),
        "pl": (
            "Zaproszenie na spotkanie: {name}",
            "{org} zaprasza Cię na spotkanie",
            ("Temat", "Data rozpoczęcia", "Czas trwania", "Opis"),
            "{h} godz. {m} min",
            ("Akceptuj", "Wstępnie akceptuj", "Odrzuć"),
        ),
    }
    rows = [
        (
            "interview_en",
            "en",
            "Europe/London",
            (2026, 3, 4, 15, 0),
            60,
            "Interview - Graduate Surveyor",
            ("k.walsh@penrose-surveys.example", "Kieran Walsh"),
            "Penrose Surveys, 9 Mill Lane, Leeds",
            "Face-to-face interview with Kieran Walsh (Associate Director) and a short site-plan exercise. Please bring your portfolio and two references from your placements.",
            "%d/%m/%Y %H:%M",
            "invitation",
        ),
        (
            "gespraech_de",
            "de",
            "Europe/Berlin",
            (2026, 4, 14, 9, 0),
            60,
            "Vorstellungsgespräch Werkstudent/in Einkauf",
            ("juergen.weiss@moosburger-maschinen.example", "Jürgen Weiß"),
            "Moosburger Maschinenbau, Gebäude Süd, Raum 2.14",
            "Gespräch mit Jürgen Weiß (Leitung Einkauf) und Frau Özdemir (Personalabteilung). Bitte melden Sie sich an der Pforte; Parkplätze für Besucher befinden sich gegenüber dem Haupteingang.",
            "%d.%m.%Y %H:%M",
            "invitation",
        ),
        (
            "entretien_fr",
            "fr",
            "Europe/Paris",
            (2026, 6, 16, 10, 30),
            60,
            "Entretien - Technicien(ne) de maintenance",
            ("e.rousseau@rhone-energies.example", "Élodie Rousseau"),
            "Rhône Énergies, 12 quai Perrache, Lyon",
            "Entretien avec Élodie Rousseau (responsable recrutement) puis visite de l'atelier. Merci de vous présenter à l'accueil du bâtiment B dix minutes avant l'heure prévue.",
            "%d/%m/%Y %H:%M",
            "invitation",
        ),
        (
            "colloquio_it",
            "it",
            "Europe/Rome",
            (2026, 7, 7, 15, 0),
            45,
            "Colloquio - Impiegato/a amministrativo/a",
            ("s.bianchi@cartiere-adda.example", "Silvia Bianchi"),
            "Cartiere dell'Adda, Via Milano 45, Lecco",
            "Colloquio con Silvia Bianchi (HR) e il responsabile amministrativo. È gradita una copia aggiornata del curriculum; il parcheggio visitatori è all'ingresso principale.",
            "%d/%m/%Y %H:%M",
            "invitation",
        ),
        (
            "rozmowa_pl",
            "pl",
            "Europe/Warsaw",
            (2026, 9, 22, 12, 0),
            60,
            "Rozmowa kwalifikacyjna - Specjalista ds. płac",
            ("a.wozniak@wislane-uslugi.example", "Agnieszka Woźniak"),
            "Wiślane Usługi, ul. Żelazna 41, Warszawa, pokój 305",
            "Rozmowa z Agnieszką Woźniak (dział kadr) oraz kierownikiem zespołu płac. Prosimy zabrać dokument tożsamości; recepcja znajduje się na parterze od strony ulicy Grzybowskiej.",
            "%d.%m.%Y %H:%M",
            "invitation",
        ),
        (
            "supplier_en",
            "en",
            "Europe/London",
            (2026, 5, 19, 11, 0),
            60,
            "Quarterly supplier review",
            ("orders@kestrel-packaging.example", "Nadia Hussain"),
            "Kestrel Packaging, Unit 4, Trafford Park",
            "Review of delivery times, Q2 price list and the new recycled-board range.",
            "%d/%m/%Y %H:%M",
            "not_invitation",
        ),
    ]
    for i, (name, lang, zone, st, mins, ev_name, org, loc, desc, dfmt, kind) in enumerate(rows):
        s = at(*st, zone)
        e = plus(s, mins)
        sent = plus(s, -60 * 24 * (5 + i) - 20)
        t = strings_by_lang[lang]
        uid = str(uuid.UUID(hashlib.md5(f"{fam}/{name}".encode()).hexdigest()))

        def esc(v: str) -> str:
            return (
                v.replace("\\", "\\\\").replace("\n", "\\n").replace(";", "\\;").replace(",", "\\,")
            )

        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//SugarCRM//SugarCRM Calendar//EN",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"ORGANIZED;CN={org[1]}:{org[0]}",
            f"DTSTART:{z(s)}",
            f"DTEND:{z(e)}",
            f"DTSTAMP:{z(sent)}",
            f"SUMMARY:{esc(ev_name)}",
            f"LOCATION:{esc(loc)}",
            f"DESCRIPTION:{esc(desc)}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        ics = serialize(lines, fold="tabchars")
        site = f"https://crm.{org[0].split('@')[1]}/index.php?entryPoint=acceptDecline&module=Meetings&record={uid}&contact_id={uid_hex(fam, name, 8)}"
        h, m = divmod(mins, 60)
        fmt = {"name": ev_name, "org": org[1]}
        text = (
            f"Alex Morgan,\n\n{t[1].format(**fmt)}\n\n"
            f"{t[2][0]}: {ev_name}\n{t[2][1]}: {s.strftime(dfmt)} ({zone})\n{t[2][2]}: {t[3].format(h=h, m=m)}\n{t[2][3]}: {desc}\n\n"
            f"{t[4][0]}:\n<{site}&accept_status=accept>\n{t[4][1]}:\n<{site}&accept_status=tentative>\n{t[4][2]}:\n<{site}&accept_status=decline>\n"
        )
        body = mixed(
            f"{fam}{i}", [text_part(text), attachment(ics.encode(), "text/calendar", "meeting.ics")]
        )
        if kind == "not_invitation":
            label = lab("not_invitation", None, None, uid=uid)
            note = "Look-alike: a packaging supplier's SuiteCRM meeting invitation for a quarterly review; no job interview."
        else:
            label = lab(kind, s, e, tz=zone, uid=uid)
            note = "SuiteCRM meeting invitation: no METHOD, 'ORGANIZED;CN=' with a bare address, UTC times, long lines folded at 75 characters with a TAB (multi-byte text longer than 75 octets per line); the text gives the start with the IANA zone and the duration."
        add(
            Mail(
                fam,
                name,
                lang,
                f"{org[1]} <{org[0]}>",
                t[0].format(**fmt),
                sent,
                body,
                label,
                note,
                ics,
            )
        )


# ------------------------------------------------------------------------------ rubyics44
def tzinfo_vtz(zone: str, year: int) -> list[str]:
    """icalendar-ruby's tzinfo extension: DAYLIGHT then STANDARD, local DTSTARTs of the
    year's transitions, RRULEs, TZNAME; a STANDARD only where there is no DST."""
    tz = ZoneInfo(zone)
    trans = []
    t = datetime(year, 1, 1, tzinfo=UTC)
    while t.year == year:
        nxt = t + timedelta(hours=1)
        a, b = t.astimezone(tz), nxt.astimezone(tz)
        if a.utcoffset() != b.utcoffset():
            trans.append((a, b))
        t = nxt

    def off(d: datetime) -> str:
        td = d.utcoffset()
        assert td is not None
        mm = int(td.total_seconds() // 60)
        return f"{'-' if mm < 0 else '+'}{abs(mm) // 60:02d}{abs(mm) % 60:02d}"

    out = ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
    if not trans:
        j = datetime(1970, 1, 1, tzinfo=tz)
        return [
            *out,
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{off(j)}",
            f"TZOFFSETTO:{off(j)}",
            f"TZNAME:{j.tzname()}",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    for a, b in sorted(trans, key=lambda p: 0 if p[1].dst() else 1):
        comp = "DAYLIGHT" if b.dst() else "STANDARD"
        local = b.astimezone(UTC).replace(tzinfo=None) + (a.utcoffset() or timedelta())
        nth = (local.day - 1) // 7 + 1
        last = (local + timedelta(days=7)).month != local.month
        byday = f"{'-1' if last else nth}SU"
        out += [
            f"BEGIN:{comp}",
            f"DTSTART:{local.strftime('%Y%m%dT%H%M%S')}",
            f"TZOFFSETFROM:{off(a)}",
            f"TZOFFSETTO:{off(b)}",
            f"RRULE:FREQ=YEARLY;BYMONTH={local.month};BYDAY={byday}",
            f"TZNAME:{b.tzname()}",
            f"END:{comp}",
        ]
    return [*out, "END:VTIMEZONE"]


def rubyics44() -> None:
    fam = "rubyics44"
    rows: list[dict[str, object]] = [
        dict(
            name="qp_alt_en",
            lang="en",
            zone="America/New_York",
            st=(2026, 4, 7, 14, 0),
            mins=45,
            shape="qp_utc",
            kind="invitation",
            org=("scheduling@brightpath-hr.example", "BrightPath Scheduling"),
            company="Linwood Labs",
            summary="Interview with Linwood Labs - Product Designer",
            subject="Max Fischer invited you to an interview with Linwood Labs",
            text="Hi Alex,\n\nMax Fischer from Linwood Labs invited you to an interview for the Product Designer role.\n\nWhen: Tuesday, April 7, 2026, 2:00 PM - 2:45 PM EDT\nWhere: Video call (link in the calendar invitation)\n\nAdd it to your calendar with the invitation attached to this email.\n\nBrightPath\n",
        ),
        dict(
            name="ctmethod_de",
            lang="de",
            zone="Europe/Berlin",
            st=(2026, 3, 24, 11, 0),
            mins=60,
            shape="ct_only",
            kind="invitation",
            org=("recruiting@isarwerk.example", "Isarwerk Recruiting"),
            company="Isarwerk",
            summary="Vorstellungsgespräch: Backend-Entwickler/in (Ruby)",
            subject="Einladung zum Vorstellungsgespräch - Isarwerk",
            text="Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler/in (Ruby). Wir laden Sie herzlich ein:\n\nDienstag, 24. März 2026, 11:00-12:00 Uhr (Europe/Berlin)\nIsarwerk GmbH, Landsberger Straße 110, München\n\nDie Kalendereinladung finden Sie im Anhang.\n\nViele Grüße\nIsarwerk Recruiting\n",
        ),
        dict(
            name="duration_fr",
            lang="fr",
            zone="Europe/Paris",
            st=(2026, 5, 19, 16, 30),
            mins=45,
            shape="duration",
            kind="invitation",
            org=("talents@atelier-cobalt.example", "Atelier Cobalt - Talents"),
            company="Atelier Cobalt",
            summary="Entretien - Développeur·se Rails",
            subject="Votre entretien avec Atelier Cobalt est confirmé",
            text="Bonjour Alex,\n\nVotre entretien pour le poste de Développeur·se Rails est confirmé : mardi 19 mai 2026 à 16h30 (heure de Paris), durée 45 minutes, en visioconférence.\n\nL'invitation est jointe à ce message.\n\nL'équipe Talents\nAtelier Cobalt\n",
        ),
        dict(
            name="allday_es",
            lang="es",
            zone="Europe/Madrid",
            st=(2026, 6, 18, 0, 0),
            mins=0,
            shape="allday",
            kind="invitation",
            org=("seleccion@ribera-digital.example", "Ribera Digital Selección"),
            company="Ribera Digital",
            summary="Jornada de evaluación - Ribera Digital",
            subject="Convocatoria: jornada de evaluación el 18 de junio",
            text="Hola, Alex:\n\nTe convocamos a la jornada de evaluación de Ribera Digital el jueves 18 de junio de 2026, durante todo el día, en nuestras oficinas de Valencia (Av. del Puerto 41). El programa detallado te llegará la semana anterior.\n\nUn saludo,\nSelección Ribera Digital\n",
        ),
        dict(
            name="cancel_nl",
            lang="nl",
            zone="Europe/Amsterdam",
            st=(2026, 4, 29, 10, 0),
            mins=60,
            shape="cancel",
            kind="cancellation",
            org=("recruitment@grachtsoft.example", "Grachtsoft Recruitment"),
            company="Grachtsoft",
            summary="Sollicitatiegesprek - Ruby-ontwikkelaar",
            subject="Geannuleerd: sollicitatiegesprek woensdag 29 april",
            text="Beste Alex,\n\nHelaas moeten we het sollicitatiegesprek van woensdag 29 april 2026 om 10:00 annuleren. We nemen binnenkort contact op voor een nieuwe afspraak.\n\nMet vriendelijke groet,\nGrachtsoft Recruitment\n",
        ),
        dict(
            name="tokyo_ja",
            lang="ja",
            zone="Asia/Tokyo",
            st=(2026, 7, 2, 13, 0),
            mins=60,
            shape="b64_attach",
            kind="invitation",
            org=("saiyo@sakura-cloudworks.example", "さくらクラウドワークス 採用担当"),
            company="さくらクラウドワークス",
            summary="一次面接：バックエンドエンジニア（Ruby on Rails）／さくらクラウドワークス株式会社 本社 会議室A",
            subject="【さくらクラウドワークス】一次面接のご案内",
            text="Alex Morgan 様\n\nこの度はご応募いただきありがとうございます。一次面接を下記の通りご案内いたします。\n\n日時：2026年7月2日（木）13:00〜14:00（日本時間）\n場所：本社 会議室A（東京都港区芝5-12-3）\n\nカレンダー招待を添付しております。\n\nさくらクラウドワークス 採用担当\n",
        ),
        dict(
            name="moved_en",
            lang="en",
            zone="America/Chicago",
            st=(2026, 5, 13, 14, 0),
            mins=30,
            shape="moved",
            kind="reschedule",
            org=("talent@lakeshore-grid.example", "Lakeshore Grid Talent"),
            company="Lakeshore Grid",
            summary="Phone interview - Field Service Engineer",
            subject="Updated: your phone interview with Lakeshore Grid",
            text="Hi Alex,\n\nYour phone interview has been moved from Tuesday, May 12 at 10:00 AM to Wednesday, May 13, 2026 at 2:00 PM Central Time (America/Chicago). It will still take 30 minutes.\n\nThe updated invitation is attached.\n\nLakeshore Grid Talent\n",
        ),
    ]
    for i, r in enumerate(rows):
        name, lang, zone, shape, kind = (
            str(r["name"]),
            str(r["lang"]),
            str(r["zone"]),
            str(r["shape"]),
            str(r["kind"]),
        )
        st = r["st"]
        assert isinstance(st, tuple)
        org = r["org"]
        assert isinstance(org, tuple)
        s_dt = at(*st, zone)
        mins = int(str(r["mins"]))
        sent = plus(s_dt, -60 * 24 * (6 + i) - 95)
        uid = f"{uid_hex(fam, name, 8)}-{uid_hex(fam, name + 'x', 4)}-{uid_hex(fam, name + 'y', 4)}-{uid_hex(fam, name + 'z', 12)}"
        seq = {"cancel": 2, "moved": 1}.get(shape, 0)
        method = {"ct_only": None, "cancel": "CANCEL"}.get(shape, "REQUEST")
        prodid = "iCalendar-Ruby" if shape == "qp_utc" else "icalendar-ruby"
        head = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            *([f"METHOD:{method}"] if method else []),
            f"PRODID:{prodid}",
        ]
        s: datetime | date
        e: datetime | date | None
        if shape == "allday":
            s = date(*st[:3])
            e = s + timedelta(days=1)
            times = [
                f"DTSTART;VALUE=DATE:{s.strftime('%Y%m%d')}",
                f"DTEND;VALUE=DATE:{e.strftime('%Y%m%d')}",
            ]
            vtz: list[str] = []
        elif shape == "qp_utc":
            s, e = s_dt, plus(s_dt, mins)
            u = s_dt.astimezone(UTC)
            vtz = [
                "BEGIN:VTIMEZONE",
                "TZID:UTC",
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZNAME:UTC",
                "TZOFFSETFROM:+0000",
                "TZOFFSETTO:+0000",
                "END:STANDARD",
                "END:VTIMEZONE",
            ]
            times = [f"DTSTART;TZID=UTC:{wall(u)}", f"DTEND;TZID=UTC:{wall(plus(u, mins))}"]
        else:
            s, e = s_dt, plus(s_dt, mins)
            vtz = tzinfo_vtz(zone, s_dt.year)
            times = [f"DTSTART;TZID={zone}:{wall(s_dt)}"]
            times.append(
                f"DURATION:PT{mins}M" if shape == "duration" else f"DTEND;TZID={zone}:{wall(e)}"
            )
        ev = [
            "BEGIN:VEVENT",
            f"DTSTAMP:{z(sent)}",
            f"UID:{uid}",
            times[0],
            f"LOCATION:{'Video call' if shape in ('qp_utc', 'duration') else str(r['company'])}",
            f"ORGANIZER;CN={org[1]}:mailto:{org[0]}",
            *([f"SEQUENCE:{seq}"] if seq else []),
            "STATUS:" + ("CANCELLED" if shape == "cancel" else "CONFIRMED"),
            f"SUMMARY:{r['summary']}",
            *times[1:],
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=Alex Morgan:mailto:{ME}",
            "END:VEVENT",
        ]
        ics = serialize([*head, *vtz, *ev, "END:VCALENDAR"])
        data = ics.encode()
        key = f"{fam}{i}"
        text = str(r["text"])
        if shape == "qp_utc":
            body = mixed(
                key,
                [
                    alt(
                        key,
                        [
                            text_part(text),
                            html_part(c40.html_of(text).decode()),
                            cal_alt(data, "REQUEST", "quoted-printable"),
                        ],
                    )
                ],
            )
        elif shape == "ct_only":
            body = mixed(
                key,
                [
                    alt(key, [text_part(text), cal_alt(data, "REQUEST", "base64")]),
                    attachment(data, "text/calendar; charset=UTF-8; method=REQUEST", "invite.ics"),
                ],
            )
        else:
            body = mixed(
                key,
                [
                    text_part(text),
                    attachment(
                        data,
                        f"text/calendar; charset=UTF-8; method={method or 'REQUEST'}",
                        "invite.ics",
                    ),
                ],
            )
        tz_label = None if shape == "qp_utc" else zone
        label = lab(kind, s, e, tz=tz_label, uid=uid, seq=seq, method=method)
        note = {
            "qp_utc": "Rails ActionMailer alternative with a quoted-printable text/calendar (old 'iCalendar-Ruby' PRODID, a TZID:UTC VTIMEZONE and TZID=UTC times); the text says EDT, an abbreviation, so no IANA zone is labelled.",
            "ct_only": "icalendar-ruby calendar without METHOD; method=REQUEST only on the Content-Type (alternative and attachment). Method not labelled, as in cal40.",
            "duration": "icalendar-ruby event with DURATION:PT45M instead of DTEND; tzinfo VTIMEZONE (DAYLIGHT first, TZNAME).",
            "allday": "icalendar-ruby all-day assessment day: DTSTART/DTEND;VALUE=DATE, end exclusive.",
            "cancel": "icalendar-ruby CANCEL with SEQUENCE:2 and STATUS:CANCELLED; the text names the cancelled slot.",
            "b64_attach": "icalendar-ruby REQUEST with a long Japanese SUMMARY folded at 75 octets between characters; base64 attachment.",
            "moved": "icalendar-ruby REQUEST with SEQUENCE:1; the text shows the old and new times (reschedule) and names America/Chicago.",
        }[shape]
        add(
            Mail(
                fam,
                name,
                lang,
                f"{org[1]} <{org[0]}>",
                str(r["subject"]),
                sent,
                body,
                label,
                note,
                ics,
            )
        )


# ------------------------------------------------------------------------------ evo44
FA = "/freeassociation.sourceforge.net/"


def libical_vtz(zone: str) -> list[str]:
    rules = {
        "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "19701025T030000", "19700329T020000"),
        "Europe/Prague": ("+0100", "+0200", "CET", "CEST", "19701025T030000", "19700329T020000"),
        "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "19701025T030000", "19700329T020000"),
        "Europe/Warsaw": ("+0100", "+0200", "CET", "CEST", "19701025T030000", "19700329T020000"),
        "Europe/London": ("+0000", "+0100", "GMT", "BST", "19701025T020000", "19700329T010000"),
        "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST", "19701025T020000", "19700329T010000"),
    }
    std, dst, n_std, n_dst, d_std, d_dst = rules[zone]
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{FA}{zone}",
        f"X-LIC-LOCATION:{zone}",
        "BEGIN:STANDARD",
        f"TZNAME:{n_std}",
        f"DTSTART:{d_std}",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"TZNAME:{n_dst}",
        f"DTSTART:{d_dst}",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def evo44() -> None:
    fam = "evo44"
    rows = [
        # name, lang, zone, start, minutes, summary, org, method, seq, cte, kind, subject, description
        (
            "request_de",
            "de",
            "Europe/Berlin",
            (2026, 3, 19, 13, 30),
            60,
            "Vorstellungsgespräch Systemadministration (Linux)",
            ("k.lorenz@spreenet.example", "Katrin Lorenz"),
            "REQUEST",
            0,
            "8bit",
            "invitation",
            None,
            "Gespräch mit Katrin Lorenz und Timo Beck im Büro der SpreeNet GmbH, Oranienstraße 183, Berlin.",
        ),
        (
            "request_en",
            "en",
            "Europe/London",
            (2026, 4, 23, 10, 0),
            90,
            "Technical interview - Platform Engineer",
            ("owen.price@tallystack.example", "Owen Price"),
            "REQUEST",
            0,
            "base64",
            "invitation",
            None,
            "Pairing session and architecture chat with the platform team at Tallystack.\nCall link: https://meet.tallystack.example/platform-interview-am",
        ),
        (
            "request_cs",
            "cs",
            "Europe/Prague",
            (2026, 5, 27, 9, 0),
            60,
            "Pohovor – vývojář/ka embedded systémů",
            ("jiri.novak@vltava-elektro.example", "Jiří Novák"),
            "REQUEST",
            0,
            "quoted-printable",
            "invitation",
            None,
            "Osobní pohovor s Jiřím Novákem (vedoucí vývoje) v sídle Vltava Elektro, Křižíkova 14, Praha 8. Vezměte si prosím občanský průkaz na vrátnici.",
        ),
        (
            "cancel_fr",
            "fr",
            "Europe/Paris",
            (2026, 6, 4, 15, 0),
            60,
            "Entretien - Administrateur(trice) réseau",
            ("n.lefevre@armor-reseaux.example", "Nathalie Lefèvre"),
            "CANCEL",
            2,
            "8bit",
            "cancellation",
            "Annuler : Entretien - Administrateur(trice) réseau",
            "Entretien annulé : le poste est suspendu pour le moment.",
        ),
        (
            "update_pl",
            "pl",
            "Europe/Warsaw",
            (2026, 10, 6, 11, 0),
            60,
            "Rozmowa rekrutacyjna - administrator/ka systemów",
            ("m.kowalczyk@baltyk-it.example", "Marta Kowalczyk"),
            "REQUEST",
            1,
            "8bit",
            None,
            None,
            "Rozmowa w biurze Bałtyk IT, ul. Długa 12, Gdańsk.",
        ),
        (
            "fwd_rfc822_en",
            "en",
            "Europe/Lisbon",
            (2026, 9, 10, 14, 0),
            60,
            "Interview - Support Engineer (Portuguese speaker)",
            ("ines.costa@tejo-hosting.example", "Inês Costa"),
            "REQUEST",
            0,
            "8bit",
            "invitation",
            None,
            "Video interview with Inês Costa, Head of Support at Tejo Hosting.\nhttps://meet.tejo-hosting.example/support-interview",
        ),
    ]
    for i, (
        name,
        lang,
        zone,
        st,
        mins,
        summary,
        org,
        method,
        seq,
        cte,
        kind,
        subj,
        desc,
    ) in enumerate(rows):
        s = at(*st, zone)
        e = plus(s, mins)
        sent = plus(s, -60 * 24 * (4 + i) - 210)
        uid = f"{hashlib.sha1(f'{fam}{name}'.encode()).hexdigest()}@{org[0].split('@')[1].split('.')[0]}-laptop"
        tzid = FA + zone

        def esc(v: str) -> str:
            return (
                v.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
            )

        lines = [
            "BEGIN:VCALENDAR",
            "PRODID:-//Ximian//NONSGML Evolution Calendar//EN",
            "VERSION:2.0",
            f"METHOD:{method}",
            *libical_vtz(zone),
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{z(sent)}",
            f"DTSTART;TZID={tzid}:{wall(s)}",
            f"DTEND;TZID={tzid}:{wall(e)}",
            f"SEQUENCE:{seq}",
            f"SUMMARY:{esc(summary)}",
            f"DESCRIPTION:{esc(desc)}",
            "CLASS:PUBLIC",
            "TRANSP:OPAQUE",
            *(["STATUS:CANCELLED"] if method == "CANCEL" else []),
            f"ORGANIZER;CN={org[1]}:mailto:{org[0]}",
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Morgan;LANGUAGE={lang}:mailto:{ME}",
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN={org[1]};LANGUAGE={lang}:mailto:{org[0]}",
            f"CREATED:{z(sent - timedelta(minutes=12))}",
            f"LAST-MODIFIED:{z(sent)}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        ics = serialize(lines)
        data = ics.encode()
        calbody = (
            f"Content-Type: text/calendar; method={method}; charset=UTF-8\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode()
            + c40.encode(data, cte)
        )
        subject = subj or summary
        sender = f"{org[1]} <{org[0]}>"
        extra: dict[str, object] = {}
        msg_sent = sent
        if name.startswith("fwd_"):
            inner = (
                f"From: {c40.header_text(sender)}\r\nTo: {TO}\r\nSubject: {c40.header_text(summary)}\r\nDate: {format_datetime(sent)}\r\n"
                f"Message-ID: <{uid_hex(fam, name, 20)}@tejo-hosting.example>\r\nX-Mailer: Evolution 3.52.4\r\nMIME-Version: 1.0\r\n"
            ).encode() + calbody
            note_text = "Hi Alex,\n\nForwarding the invitation Inês sent through us - it still has the calendar attached, just accept it there. Good luck!\n\nRui Almeida\nLisboa Talent Partners\n"
            msg_sent = sent + timedelta(hours=3)
            body = mixed(
                f"{fam}{i}",
                [
                    text_part(note_text),
                    c40.part("message/rfc822", inner, "8bit", ("Content-Disposition: attachment",)),
                ],
            )
            sender = "Rui Almeida <rui.almeida@lisboa-talent.example>"
            subject = f"Fwd: {summary}"
            extra = {"original_sender": org[0]}
            head_extra: tuple[str, ...] = ()
        else:
            body = calbody
            head_extra = ("X-Mailer: Evolution 3.52.4",)
        label = lab(kind, s, e, tz=zone, uid=uid, seq=seq, method=method, extra=extra)
        note = {
            "request_de": "Evolution REQUEST sent as the whole body (text/calendar; method=REQUEST, 8bit); TZID with libical's /freeassociation.sourceforge.net/ prefix and X-LIC-LOCATION.",
            "request_en": "Evolution REQUEST as the whole body, base64; 90 minutes; /freeassociation.sourceforge.net/Europe/London.",
            "request_cs": "Evolution REQUEST as the whole body, quoted-printable with Czech text folded at 75 octets.",
            "cancel_fr": "Evolution CANCEL (subject 'Annuler : ...', SEQUENCE:2, STATUS:CANCELLED) naming the cancelled slot.",
            "update_pl": "Evolution REQUEST with SEQUENCE:1 and no text at all: an update whose change is not stated (no kind), the slot is labelled.",
            "fwd_rfc822_en": "A recruiter forwards an Evolution invitation as message/rfc822: the calendar survives inside the attached message; uid/sequence/method from it, original_sender from its From.",
        }[name]
        add(Mail(fam, name, lang, sender, subject, msg_sent, body, label, note, ics))
        CASES[-1].body = headers_tail(head_extra) + CASES[-1].body


def headers_tail(extra: tuple[str, ...]) -> bytes:
    return ("\r\n".join(extra) + "\r\n").encode() if extra else b""


# ------------------------------------------------------------------------------ nodemail44
def nodemail44() -> None:
    fam = "nodemail44"
    rows: list[dict[str, object]] = [
        dict(
            name="icalgen_en",
            lang="en",
            zone="Europe/Berlin",
            st=(2026, 3, 31, 16, 0),
            mins=45,
            shape="icalgen",
            kind="invitation",
            method="REQUEST",
            org=("interviews@northwind-apps.example", "Northwind Apps Hiring"),
            summary="Interview: Frontend Engineer (React)",
            subject="Your interview with Northwind Apps - Tue 31 Mar, 16:00 Berlin time",
            text="Hi Alex,\n\nThanks for booking a slot. Your interview for the Frontend Engineer (React) role is on Tuesday 31 March 2026, 16:00-16:45 Berlin time (Europe/Berlin), on Google Meet: https://meet.google.com/xkd-prwq-tmz\n\nThe calendar invitation is attached.\n\nNorthwind Apps Hiring\n",
        ),
        dict(
            name="xwr_only_de",
            lang="de",
            zone="Europe/Vienna",
            st=(2026, 4, 16, 10, 0),
            mins=60,
            shape="xwr",
            kind="invitation",
            method="REQUEST",
            org=("jobs@donaulogistik.example", "Donau Logistik Karriere"),
            summary="Bewerbungsgespräch Disponent/in",
            subject="Terminbestätigung: Bewerbungsgespräch am 16.04.2026",
            text="Hallo Alex Morgan,\n\nhiermit bestätigen wir Ihr Bewerbungsgespräch als Disponent/in am Donnerstag, 16.04.2026, von 10:00 bis 11:00 Uhr (Wiener Zeit) in unserer Zentrale, Hafenstraße 2, 1020 Wien.\n\nFreundliche Grüße\nDonau Logistik Karriere\n",
        ),
        dict(
            name="icsnpm_es",
            lang="es",
            zone="America/Bogota",
            st=(2026, 5, 7, 9, 30),
            mins=30,
            shape="icsnpm",
            kind="invitation",
            method="REQUEST",
            org=("talento@andina-pagos.example", "Talento Andina Pagos"),
            summary="Entrevista - Analista de datos",
            subject="Confirmación de entrevista - Andina Pagos",
            text="Hola Alex:\n\nTu entrevista para Analista de datos quedó agendada el jueves 7 de mayo de 2026 a las 9:30 a. m. (hora de Bogotá), duración 30 minutos, por videollamada.\n\nSaludos,\nTalento Andina Pagos\n",
        ),
        dict(
            name="handbuilt_fr",
            lang="fr",
            zone="Europe/Paris",
            st=(2026, 6, 23, 11, 0),
            mins=60,
            shape="hand_z",
            kind="invitation",
            method="REQUEST",
            org=("rh@boulangeries-leroux.example", "RH Boulangeries Leroux"),
            summary="Entretien - Responsable de boutique",
            subject="Invitation : entretien le 23 juin à 11h",
            text="Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de responsable de boutique le mardi 23 juin 2026 à 11h00, au 8 rue des Carmes à Toulouse.\n\nCordialement,\nService RH - Boulangeries Leroux\n",
        ),
        dict(
            name="bom_pt",
            lang="pt",
            zone="Europe/Lisbon",
            st=(2026, 7, 9, 15, 0),
            mins=45,
            shape="bom",
            kind="invitation",
            method="REQUEST",
            org=("recrutamento@mare-viva.example", "Recrutamento Maré Viva"),
            summary="Entrevista - Rececionista de hotel",
            subject="Convite para entrevista - Maré Viva Hotels",
            text="Olá Alex,\n\nConvidamo-lo para uma entrevista para a função de rececionista no dia 9 de julho de 2026, às 15h00 (hora de Lisboa), no Hotel Maré Viva, Avenida da Liberdade 120, Lisboa.\n\nCumprimentos,\nRecrutamento Maré Viva\n",
        ),
        dict(
            name="lf_floating_en",
            lang="en",
            zone="America/New_York",
            st=(2026, 8, 18, 15, 30),
            mins=30,
            shape="lf_float",
            kind="invitation",
            method="REQUEST",
            org=("noreply@hireloop.example", "HireLoop"),
            summary="Phone screen - Customer Success Manager",
            subject="Phone screen confirmed - Harborview Health",
            text="Hi Alex,\n\nYour phone screen with Harborview Health for the Customer Success Manager role is confirmed for Tuesday, August 18, 2026 at 3:30 PM Eastern Time (30 minutes). A recruiter will call the number on your application.\n\nHireLoop on behalf of Harborview Health\n",
        ),
        dict(
            name="cancel_it",
            lang="it",
            zone="Europe/Rome",
            st=(2026, 9, 29, 10, 0),
            mins=60,
            shape="icalgen_cancel",
            kind="cancellation",
            method="CANCEL",
            org=("selezione@verdemare-tech.example", "Selezione Verdemare Tech"),
            summary="Colloquio - Sviluppatore Node.js",
            subject="Annullato: colloquio del 29 settembre",
            text="Ciao Alex,\n\nci dispiace, dobbiamo annullare il colloquio di martedì 29 settembre 2026 alle 10:00. Ti ricontatteremo per fissare una nuova data.\n\nSelezione Verdemare Tech\n",
        ),
        dict(
            name="webinar_en",
            lang="en",
            zone="America/Los_Angeles",
            st=(2026, 10, 14, 10, 0),
            mins=60,
            shape="icsnpm",
            kind="not_invitation",
            method="PUBLISH",
            org=("events@cloudhatch.example", "CloudHatch Events"),
            summary="Webinar: Scaling Postgres for SaaS",
            subject="You're registered: Scaling Postgres for SaaS",
            text="Hi Alex,\n\nThanks for registering for our live webinar 'Scaling Postgres for SaaS' on October 14, 2026 at 10:00 AM PT. Add it to your calendar with the attached invite.\n\nCloudHatch Events\n",
        ),
    ]
    for i, r in enumerate(rows):
        name, lang, zone, shape, kind, method = (
            str(r[k]) for k in ("name", "lang", "zone", "shape", "kind", "method")
        )
        st = r["st"]
        assert isinstance(st, tuple)
        org = r["org"]
        assert isinstance(org, tuple)
        s = at(*st, zone)
        e = plus(s, int(str(r["mins"])))
        sent = plus(s, -60 * 24 * (3 + i) - 33)
        uid = f"{uid_hex(fam, name, 8)}-{uid_hex(fam, name + '1', 4)}-4{uid_hex(fam, name + '2', 3)}-a{uid_hex(fam, name + '3', 3)}-{uid_hex(fam, name + '4', 12)}"
        summary = str(r["summary"])
        eol, bom = "\r\n", False
        if shape in ("icalgen", "icalgen_cancel"):
            lines = [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//sebbo.net//ical-generator//EN",
                f"METHOD:{method}",
                f"NAME:{org[1]}",
                f"X-WR-CALNAME:{org[1]}",
                f"TIMEZONE-ID:{zone}",
                f"X-WR-TIMEZONE:{zone}",
                "BEGIN:VEVENT",
                f"UID:{uid}",
                "SEQUENCE:" + ("1" if method == "CANCEL" else "0"),
                f"DTSTAMP:{z(sent)}",
                f"DTSTART;TZID={zone}:{wall(s)}",
                f"DTEND;TZID={zone}:{wall(e)}",
                f"SUMMARY:{summary}",
                f'ORGANIZER;CN="{org[1]}":mailto:{org[0]}',
                f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Alex Morgan":MAILTO:{ME}',
                *(["STATUS:CANCELLED"] if method == "CANCEL" else ["STATUS:CONFIRMED"]),
                "END:VEVENT",
                "END:VCALENDAR",
            ]
            seq = 1 if method == "CANCEL" else 0
        elif shape == "xwr":
            lines = [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Donau Logistik//Bewerbermanagement//DE",
                f"METHOD:{method}",
                f"X-WR-TIMEZONE:{zone}",
                "BEGIN:VEVENT",
                f"UID:{uid}",
                f"DTSTAMP:{z(sent)}",
                f"DTSTART:{wall(s)}",
                f"DTEND:{wall(e)}",
                f"SUMMARY:{summary}",
                "LOCATION:Hafenstraße 2\\, 1020 Wien",
                f"ORGANIZER;CN={org[1]}:mailto:{org[0]}",
                f"ATTENDEE;RSVP=TRUE;CN=Alex Morgan:mailto:{ME}",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
            seq = 0
        elif shape == "icsnpm":
            lines = [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "CALSCALE:GREGORIAN",
                "PRODID:adamgibbons/ics",
                f"METHOD:{method}",
                "X-PUBLISHED-TTL:PT1H",
                "BEGIN:VEVENT",
                f"UID:{uid}",
                f"SUMMARY:{summary}",
                f"DTSTAMP:{z(sent)}",
                f"DTSTART:{z(s)}",
                f"DTEND:{z(e)}",
                f"ORGANIZER;CN={org[1]}:MAILTO:{org[0]}",
                f"ATTENDEE;RSVP=TRUE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Alex Morgan:mailto:{ME}",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
            seq = 0
        elif shape in ("hand_z", "bom"):
            lines = [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//" + org[1] + "//Agenda//" + lang.upper(),
                f"METHOD:{method}",
                "BEGIN:VEVENT",
                f"UID:{uid}",
                f"DTSTAMP:{z(sent)}",
                f"DTSTART:{z(s)}",
                f"DTEND:{z(e)}",
                f"SUMMARY:{summary}",
                f"ORGANIZER:mailto:{org[0]}",
                f"ATTENDEE;RSVP=TRUE:mailto:{ME}",
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
            bom = shape == "bom"
            seq = 0
        else:  # lf_float
            lines = [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//HireLoop//Scheduler//EN",
                f"METHOD:{method}",
                "BEGIN:VEVENT",
                f"UID:{uid}",
                f"DTSTAMP:{z(sent)}",
                f"DTSTART:{wall(s)}",
                f"DTEND:{wall(e)}",
                f"SUMMARY:{summary}",
                f"ORGANIZER;CN=HireLoop:mailto:{org[0]}",
                f"ATTENDEE;RSVP=TRUE;CN=Alex Morgan:mailto:{ME}",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
            eol = "\n"
            seq = 0
        ics = ("\ufeff" if bom else "") + serialize(lines, eol=eol)
        data = ics.encode()
        key = f"{fam}{i}"
        text = str(r["text"])
        body = alt(key, [text_part(text), cal_alt(data, method, "base64")])
        tz_label: str | None = zone
        if shape == "lf_float" or (shape == "icsnpm" and kind == "not_invitation"):
            tz_label = None
        if shape == "hand_z":
            tz_label = None  # the text names no zone; UTC times only
        if shape == "icsnpm" and kind == "invitation":
            tz_label = "America/Bogota"  # 'hora de Bogotá' names one zone
        if kind == "not_invitation":
            label = lab("not_invitation", None, None, uid=uid, method=method)
        else:
            label = lab(kind, s, e, tz=tz_label, uid=uid, seq=seq, method=method)
        note = {
            "icalgen": "nodemailer icalEvent (one base64 text/calendar alternative) with ical-generator output: X-WR-TIMEZONE and TZID=Europe/Berlin with no VTIMEZONE.",
            "xwr": "Hand-built calendar: floating DTSTART/DTEND with only X-WR-TIMEZONE:Europe/Vienna naming the zone; the text says 'Wiener Zeit'.",
            "icsnpm": "nodemailer icalEvent carrying ics-npm output (PRODID adamgibbons/ics, UTC times, X-PUBLISHED-TTL)."
            if kind == "invitation"
            else "Look-alike: a vendor's webinar registration sent through nodemailer with an ics-npm PUBLISH; no job interview.",
            "hand_z": "Hand-built REQUEST with UTC times (toISOString style) and a text that names no zone: the instant is the calendar's, no IANA zone labelled.",
            "bom": "Hand-built REQUEST with a UTF-8 BOM before BEGIN:VCALENDAR inside the base64 alternative.",
            "lf_float": "Hand-built REQUEST with LF line ends and floating times; the text says 'Eastern Time' (shared by several zones), so the instant is labelled without an IANA zone.",
            "icalgen_cancel": "ical-generator CANCEL (SEQUENCE:1, STATUS:CANCELLED, TZID=Europe/Rome without VTIMEZONE) through nodemailer with method=CANCEL.",
        }[shape]
        add(
            Mail(
                fam,
                name,
                lang,
                f"{org[1]} <{org[0]}>",
                str(r["subject"]),
                sent,
                body,
                label,
                note,
                ics,
            )
        )


# ------------------------------------------------------------------------------ main
def render(m: Mail) -> bytes:
    return headers(m.sender, m.subject, m.sent, f"{m.family}.{m.name}") + m.body


def main() -> None:
    for build in (espo44, easyapp44, odoo44, suite44, rubyics44, evo44, nodemail44, icalcr44):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    for m in CASES:
        check(m)
        folder = HERE / ("heldout" if m.family in HELDOUT else "dev")
        name = f"{m.family}__{m.name}.eml"
        (folder / name).write_bytes(render(m))
        out = dict(m.label)
        out["language"] = m.lang
        out["source"] = {"family": m.family, "template": FAMILIES[m.family], "license": LICENSE}
        out["note"] = m.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files;", "held out:", ", ".join(sorted(HELDOUT)))


# ------------------------------------------------------------------------------ icalcr44
def icalcr_uid(sent: datetime, name: str, unique: str) -> str:
    """iCalcreator's UID: local stamp + zone abbreviation, '-', 4 digits, 6 letters, '@' unique_id."""
    h = hashlib.sha1(name.encode()).hexdigest()
    letters = "".join(chr(65 + int(c, 16) % 26 + (32 if i % 2 else 0)) for i, c in enumerate(h[:6]))
    return f"{sent.strftime('%Y%m%dT%H%M%S')}{sent.tzname()}-{int(h[6:10], 16) % 10000:04d}{letters}@{unique}"


def ranged_vtz(zone: str, s: datetime) -> list[str]:
    """iCalcreator createTimezone() over the event's own range: only the observance in force
    (the transition that started it), so a winter event gets a lone STANDARD, a summer one a
    lone DAYLIGHT; X-LIC-LOCATION as in NetYpareo's feed."""
    tz = ZoneInfo(zone)
    t = s.astimezone(UTC)
    while (t - timedelta(hours=1)).astimezone(tz).utcoffset() == t.astimezone(tz).utcoffset():
        t -= timedelta(hours=1)
    before, after = (t - timedelta(hours=1)).astimezone(tz), t.astimezone(tz)

    def off(d: datetime) -> str:
        td = d.utcoffset()
        assert td is not None
        mm = int(td.total_seconds() // 60)
        return f"{'-' if mm < 0 else '+'}{abs(mm) // 60:02d}{abs(mm) % 60:02d}"

    comp = "DAYLIGHT" if after.dst() else "STANDARD"
    local = t.replace(tzinfo=None) + (before.utcoffset() or timedelta())
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{zone}",
        f"X-LIC-LOCATION:{zone}",
        f"BEGIN:{comp}",
        f"DTSTART:{local.strftime('%Y%m%dT%H%M%S')}",
        f"TZOFFSETFROM:{off(before)}",
        f"TZOFFSETTO:{off(after)}",
        f"TZNAME:{after.tzname()}",
        f"END:{comp}",
        "END:VTIMEZONE",
    ]


def icalcr44() -> None:
    fam = "icalcr44"
    rows: list[dict[str, object]] = [
        dict(
            name="xwr_float_en",
            lang="en",
            zone="America/New_York",
            st=(2026, 3, 5, 10, 30),
            mins=30,
            shape="xwr",
            kind="invitation",
            method="REQUEST",
            unique="Talent Desk",
            org=("scheduling@hudson-mutual.example", "Hudson Mutual Talent"),
            summary="Interview - Claims Adjuster Trainee",
            subject="Interview invitation: Claims Adjuster Trainee",
            text="Dear Alex,\n\nWe would like to invite you to a video interview for the Claims Adjuster Trainee position on Thursday, March 5 at 10:30 AM (New York time). The meeting link is in the calendar invitation.\n\nKind regards,\nHudson Mutual Talent Team\n",
        ),
        dict(
            name="standard_only_fr",
            lang="fr",
            zone="Europe/Paris",
            st=(2026, 2, 17, 14, 0),
            mins=60,
            shape="std_only",
            kind="invitation",
            method="REQUEST",
            unique="recrutement.garonne-btp.example",
            org=("recrutement@garonne-btp.example", "Garonne BTP Recrutement"),
            summary="Entretien - Conducteur(trice) de travaux",
            subject="Convocation à un entretien - Garonne BTP",
            text="Bonjour Alex,\n\nNous vous convions à un entretien pour le poste de conducteur(trice) de travaux le mardi 17 février 2026 de 14h à 15h, 22 allées Jean Jaurès, Toulouse.\n\nBien cordialement,\nGaronne BTP - Recrutement\n",
        ),
        dict(
            name="daylight_only_sv",
            lang="sv",
            zone="Europe/Stockholm",
            st=(2026, 6, 10, 9, 0),
            mins=45,
            shape="dst_only",
            kind="invitation",
            method="REQUEST",
            unique="rekrytering.norrsken-el.example",
            org=("rekrytering@norrsken-el.example", "Norrsken El Rekrytering"),
            summary="Intervju - Elektriker (servicetekniker)",
            subject="Kallelse till intervju 10 juni",
            text="Hej Alex,\n\nVälkommen på intervju för tjänsten som servicetekniker onsdag den 10 juni 2026 kl. 09.00-09.45 på vårt kontor, Kungsgatan 12, Umeå.\n\nVänliga hälsningar\nNorrsken El Rekrytering\n",
        ),
        dict(
            name="cancel_nl",
            lang="nl",
            zone="Europe/Amsterdam",
            st=(2026, 4, 8, 11, 0),
            mins=60,
            shape="xwr_cancel",
            kind="cancellation",
            method="CANCEL",
            unique="Vechtdal Zorg",
            org=("werken@vechtdal-zorg.example", "Vechtdal Zorg Werving"),
            summary="Sollicitatiegesprek - Verpleegkundige",
            subject="Afgezegd: sollicitatiegesprek 8 april",
            text="Beste Alex,\n\nHelaas moeten wij het sollicitatiegesprek van woensdag 8 april 2026 om 11:00 uur afzeggen. Wij nemen contact met u op voor een nieuwe afspraak.\n\nMet vriendelijke groet,\nVechtdal Zorg Werving\n",
        ),
        dict(
            name="xwr_float_en_gb",
            lang="en-GB",
            zone="Europe/London",
            st=(2026, 7, 1, 15, 0),
            mins=60,
            shape="xwr",
            kind="invitation",
            method="REQUEST",
            unique="Careers Portal",
            org=("careers@ashford-rail.example", "Ashford Rail Careers"),
            summary="Assessment interview - Signalling Technician Apprentice",
            subject="Your assessment interview on 1 July",
            text="Dear Alex,\n\nThank you for applying for the Signalling Technician Apprenticeship. Your assessment interview is on Wednesday 1 July 2026 at 3pm at our Ashford depot, Station Approach.\n\nBest wishes,\nAshford Rail Careers\n",
        ),
        dict(
            name="xwr_utc_da",
            lang="da",
            zone="Europe/Copenhagen",
            st=(2026, 9, 24, 13, 0),
            mins=60,
            shape="xwr_utc",
            kind="invitation",
            method="REQUEST",
            unique="jobportal.fjordtrans.example",
            org=("job@fjordtrans.example", "Fjordtrans Rekruttering"),
            summary="Jobsamtale - Disponent",
            subject="Invitation til jobsamtale torsdag den 24. september",
            text="Kære Alex,\n\nTak for din ansøgning. Vi inviterer dig til jobsamtale torsdag den 24. september 2026 kl. 13.00 på vores kontor, Havnegade 5, Aarhus.\n\nMed venlig hilsen\nFjordtrans Rekruttering\n",
        ),
        dict(
            name="update_de",
            lang="de",
            zone="Europe/Berlin",
            st=(2026, 11, 3, 10, 0),
            mins=60,
            shape="std_only_seq",
            kind="reschedule",
            method="REQUEST",
            unique="bewerbung.saaletal-stadtwerke.example",
            org=("bewerbung@saaletal-stadtwerke.example", "Stadtwerke Saaletal Personal"),
            summary="Vorstellungsgespräch - Sachbearbeiter/in Abrechnung",
            subject="Terminänderung: Ihr Vorstellungsgespräch",
            text="Sehr geehrter Herr Morgan,\n\nleider müssen wir Ihr Vorstellungsgespräch verschieben: statt Montag, 2. November, findet es nun am Dienstag, 3. November 2026, um 10:00 Uhr statt (Verwaltungsgebäude, Raum 104).\n\nMit freundlichen Grüßen\nStadtwerke Saaletal - Personal\n",
        ),
        dict(
            name="assembly_de",
            lang="de",
            zone="Europe/Berlin",
            st=(2026, 5, 28, 19, 0),
            mins=120,
            shape="xwr",
            kind="not_invitation",
            method="REQUEST",
            unique="Vereinsverwaltung",
            org=("vorstand@tsv-auenwald.example", "TSV Auenwald Vorstand"),
            summary="Mitgliederversammlung 2026",
            subject="Einladung zur Mitgliederversammlung 2026",
            text="Liebe Mitglieder,\n\nhiermit laden wir zur ordentlichen Mitgliederversammlung am Donnerstag, 28. Mai 2026, um 19:00 Uhr im Vereinsheim ein. Die Tagesordnung hängt im Vereinsheim aus.\n\nDer Vorstand\n",
        ),
    ]
    for i, r in enumerate(rows):
        name, lang, zone, shape, kind, method, unique = (
            str(r[k]) for k in ("name", "lang", "zone", "shape", "kind", "method", "unique")
        )
        st = r["st"]
        assert isinstance(st, tuple)
        org = r["org"]
        assert isinstance(org, tuple)
        s = at(*st, zone)
        e = plus(s, int(str(r["mins"])))
        sent = plus(s, -60 * 24 * (4 + i) - 17)
        uid = icalcr_uid(sent, fam + name, unique)
        seq = {"xwr_cancel": 1, "std_only_seq": 1}.get(shape, 0)
        vtz: list[str] = []
        if shape in ("std_only", "dst_only", "std_only_seq"):
            vtz = ranged_vtz(zone, s)
            times = [f"DTSTART;TZID={zone}:{wall(s)}", f"DTEND;TZID={zone}:{wall(e)}"]
        elif shape == "xwr_utc":
            times = [f"DTSTART:{z(s)}", f"DTEND:{z(e)}"]
        else:
            times = [f"DTSTART:{wall(s)}", f"DTEND:{wall(e)}"]
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:-//{unique}//NONSGML kigkonsult.se iCalcreator 2.18//",
            "CALSCALE:GREGORIAN",
            f"METHOD:{method}",
            f"X-WR-TIMEZONE:{zone}",
            *vtz,
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{z(sent)}",
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={org[1]}:MAILTO:{org[0]}",
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Morgan:MAILTO:{ME}",
            "DESCRIPTION:",
            times[0],
            times[1],
            f"LOCATION:{org[1]}",
            f"ORGANIZER:MAILTO:{org[0]}",
            f"SEQUENCE:{seq}",
            *(["STATUS:CANCELLED"] if method == "CANCEL" else []),
            f"SUMMARY:{r['summary']}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        ics = serialize(lines)
        key = f"{fam}{i}"
        text = str(r["text"])
        body = alt(
            key,
            [
                text_part(text),
                html_part(c40.html_of(text).decode()),
                cal_alt(ics.encode(), method, "7bit" if ics.isascii() else "8bit"),
            ],
        )
        if kind == "not_invitation":
            label = lab("not_invitation", None, None, uid=uid, method=method)
        else:
            label = lab(kind, s, e, tz=zone, uid=uid, seq=seq, method=method)
        note = {
            "xwr": "iCalcreator 2.18 through Swift Mailer: floating DTSTART/DTEND with X-WR-TIMEZONE the only zone, UID with spaces, ATTENDEE folded inside 'RSVP=TRUE'; the zone is the X-WR-TIMEZONE's."
            if kind != "not_invitation"
            else "Look-alike: a sports club's general assembly sent with the same iCalcreator REQUEST; no job interview.",
            "std_only": "iCalcreator VTIMEZONE built for the event's range: a lone STANDARD (winter event), TZID=Europe/Paris, X-WR-TIMEZONE too.",
            "dst_only": "iCalcreator VTIMEZONE built for the event's range: a lone DAYLIGHT (summer event), TZID=Europe/Stockholm.",
            "xwr_cancel": "iCalcreator CANCEL with SEQUENCE:1, floating times and X-WR-TIMEZONE only; the text names the cancelled slot.",
            "xwr_utc": "iCalcreator with UTC DTSTART/DTEND and X-WR-TIMEZONE:Europe/Copenhagen naming the zone.",
            "std_only_seq": "iCalcreator REQUEST with SEQUENCE:1 and a lone-STANDARD VTIMEZONE (November event); the text shows the old and new day (reschedule).",
        }[shape]
        add(
            Mail(
                fam,
                name,
                lang,
                f"{org[1]} <{org[0]}>",
                str(r["subject"]),
                sent,
                body,
                label,
                note,
                ics,
            )
        )


if __name__ == "__main__":
    main()
