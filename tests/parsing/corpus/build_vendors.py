# ruff: noqa: E501  (message prose and locale tables are data; rewrapping them changes nothing)
"""Write the ATS/HR-vendor batch of Afterview's labelled invitation corpus.

Run: .venv/bin/python tests/parsing/corpus/build_vendors.py

Interview-scheduling notifications as applicant-tracking, HR and booking products send them
(Greenhouse, Lever, Workday, Teamtailor, Personio, Microsoft Bookings, ...), laid out after
their public help-center descriptions and template galleries, with our own prose, invented
people and companies, and 2026 dates. Every instant in a label is computed from the same
aware datetime that was rendered into the text, with zoneinfo, so DST is never done by hand.
Output is deterministic. The script deletes and rewrites only the files of its own families
(FAMILIES below). Provenance per family: PROVENANCE-vendors.md.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
LF_POLICY = compat32.clone(linesep="\n")

# --------------------------------------------------------------------------------------
# time and locale helpers


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str) -> datetime:
    """An aware datetime for a wall-clock time in an IANA zone."""
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
    "hu": "január február március április május június július augusztus szeptember október "
    "november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "fis": "ma ti ke to pe la su",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "ro": "luni marți miercuri joi vineri sâmbătă duminică",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "ko": "월 화 수 목 금 토 일",
    "ja": "月 火 水 木 金 土 日",
    "zh": "星期一 星期二 星期三 星期四 星期五 星期六 星期日",
}


def mon(value: datetime, lang: str) -> str:
    return MONTHS[lang].split()[value.month - 1]


def wd(value: datetime, lang: str) -> str:
    return WEEKDAYS[lang].split()[value.weekday()]


def hm(value: datetime, sep: str = ":") -> str:
    return f"{value.hour:02d}{sep}{value.minute:02d}"


def h12(value: datetime, *, space: bool = True) -> str:
    hour = value.hour % 12 or 12
    suffix = "AM" if value.hour < 12 else "PM"
    return f"{hour}:{value.minute:02d}{' ' if space else ''}{suffix}"


def en_date(value: datetime) -> str:
    return f"{wd(value, 'en')}, {mon(value, 'en')} {value.day}, {value.year}"


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def ko_time(value: datetime) -> str:
    half = "오전" if value.hour < 12 else "오후"
    return f"{half} {value.hour % 12 or 12}:{value.minute:02d}"


def zh_time(value: datetime) -> str:
    half = "上午" if value.hour < 12 else "下午"
    return f"{half}{value.hour % 12 or 12}:{value.minute:02d}"


def iso(value: datetime) -> str:
    return value.isoformat()


# --------------------------------------------------------------------------------------
# message assembly


def digest(*parts: str, length: int = 16) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:length]


def qp_charset() -> Charset:
    cs = Charset("utf-8")
    cs.body_encoding = QP
    cs.header_encoding = QP
    return cs


def text_part(body: str, subtype: str) -> MIMEText:
    return MIMEText(body, subtype, qp_charset())  # type: ignore[arg-type]


def addr(name: str, email: str) -> str:
    if name and not name.isascii():
        return formataddr((name, email), charset="utf-8")
    return formataddr((name, email)) if name else email


def subject_value(subject: str) -> str | Header:
    return subject if subject.isascii() else Header(subject, "utf-8")


@dataclass
class Forward:
    """The job seeker forwarding the vendor mail from their own client."""

    client: str  # gmail | outlook | apple
    lang: str
    seeker: tuple[str, str]
    sent: datetime
    note: str


@dataclass
class Mail:
    family: str
    name: str
    lang: str
    sender: tuple[str, str]
    to: tuple[str, str]
    sent: datetime
    subject: str
    text: str | None
    html: str | None
    kind: str | None
    template: str
    note: str
    start: datetime | None = None
    end: datetime | None = None
    zone: str | None = None  # IANA name, only when the mail pins the zone down
    tz_stated: bool = True
    forward: Forward | None = None
    extra: dict[str, object] = field(default_factory=dict)  # company, role, meeting_url, ...
    license: str = "written for this corpus from the documented layout"

    @property
    def filename(self) -> str:
        return f"{self.family}__{self.name}.eml"


FWD_HEADINGS = {
    ("gmail", "en"): ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    ("gmail", "de"): (
        "---------- Weitergeleitete Nachricht ---------",
        "Von",
        "Date",
        "Subject",
        "To",
    ),
    ("gmail", "pt"): ("---------- Mensagem encaminhada ---------", "De", "Date", "Subject", "To"),
    ("gmail", "es"): ("---------- Forwarded message ---------", "De", "Date", "Subject", "To"),
    ("gmail", "id"): ("---------- Forwarded message ---------", "Dari", "Date", "Subject", "To"),
    ("gmail", "ro"): ("---------- Forwarded message ---------", "De la", "Date", "Subject", "To"),
    ("gmail", "tr"): ("---------- İletilen ileti ---------", "Kimden", "Date", "Subject", "To"),
}
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "pl": ("Od", "Wysłane", "Do", "Temat"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
}
APPLE_LABELS = {
    "en": ("Begin forwarded message:", "From", "Subject", "Date", "To"),
    "fr": ("Début du message réexpédié :", "De", "Objet", "Date", "À"),
    "sv": ("Vidarebefordrat brev:", "Från", "Ämne", "Datum", "Till"),
    "ja": ("転送されたメッセージ:", "差出人", "件名", "日付", "宛先"),
    "it": ("Inizio messaggio inoltrato:", "Da", "Oggetto", "Data", "A"),
    "fi": ("Välitetty viesti alkaa:", "Lähettäjä", "Aihe", "Päivämäärä", "Vastaanottaja"),
}


def forward_date(client: str, lang: str, value: datetime) -> str:
    """How the forwarding client writes the original's Date line (approximate, per client)."""
    if client == "gmail":
        if lang == "de":
            return f"{wd(value, 'de')[:2]}., {value.day}. {mon(value, 'de')} {value.year} um {hm(value)} Uhr"
        if lang in ("pt", "es", "ro"):
            return f"{value.day:02d}/{value.month:02d}/{value.year} {hm(value)}"
        if lang == "tr":
            return f"{value.day} {mon(value, 'tr')} {value.year} {wd(value, 'tr')} {hm(value)}"
        if lang == "id":
            return f"{wd(value, 'id')[:3]}, {value.day} {mon(value, 'id')[:3]} {value.year} pukul {hm(value, '.')}"
        return f"{wd(value, 'en')[:3]}, {mon(value, 'en')[:3]} {value.day}, {value.year} at {h12(value)}"
    if client == "outlook":
        if lang == "en":
            return f"{en_date(value)} {h12(value)}"
        if lang == "nl":
            return f"{wd(value, 'nl')} {value.day} {mon(value, 'nl')} {value.year} {hm(value)}"
        if lang == "de":
            return f"{wd(value, 'de')}, {value.day}. {mon(value, 'de')} {value.year} {hm(value)}"
        if lang == "pl":
            return f"{wd(value, 'pl')}, {value.day} {mon(value, 'pl')} {value.year} {hm(value)}"
        if lang == "hu":
            return f"{value.year}. {mon(value, 'hu')} {value.day}., {wd(value, 'hu')} {hm(value)}"
        if lang == "da":
            return f"{wd(value, 'da')} den {value.day}. {mon(value, 'da')} {value.year} {hm(value, '.')}"
        if lang == "cs":
            return f"{wd(value, 'cs')} {value.day}. {mon(value, 'cs')} {value.year} {hm(value)}"
    offset = value.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds() // 3600)
    utc = f"UTC{hours:+d}" if hours else "UTC"
    if lang == "fr":
        return f"{value.day} {mon(value, 'fr')} {value.year} à {hm(value)}:00 {utc}"
    if lang == "sv":
        return f"{value.day} {mon(value, 'sv')} {value.year} kl. {hm(value)}:00 {utc}"
    if lang == "ja":
        return f"{value.year}年{value.month}月{value.day}日 {value.hour}:{value.minute:02d} {utc}"
    if lang == "it":
        return f"{value.day} {mon(value, 'it')} {value.year}, {hm(value)}:00 {utc}"
    if lang == "fi":
        return f"{value.day}.{value.month}.{value.year} klo {hm(value, '.')}.00 {utc}"
    return (
        f"{mon(value, 'en')} {value.day}, {value.year} at {h12(value).replace(' ', ':00 ')} {utc}"
    )


def forward_block(mail: Mail, fwd: Forward) -> list[str]:
    """The inline header block the seeker's client puts above the forwarded body."""
    frm = f"{mail.sender[0]} <{mail.sender[1]}>" if mail.sender[0] else mail.sender[1]
    to = f"{mail.to[0]} <{mail.to[1]}>"
    when = forward_date(fwd.client, fwd.lang, mail.sent)
    if fwd.client == "gmail":
        head, f, d, s, t = FWD_HEADINGS[("gmail", fwd.lang)]
        return [head, f"{f}: {frm}", f"{d}: {when}", f"{s}: {mail.subject}", f"{t}: {to}"]
    if fwd.client == "outlook":
        f, d, t, s = OUTLOOK_LABELS[fwd.lang]
        return ["_" * 32, f"{f}: {frm}", f"{d}: {when}", f"{t}: {to}", f"{s}: {mail.subject}"]
    head, f, s, d, t = APPLE_LABELS[fwd.lang]
    return [head, "", f"{f}: {frm}", f"{s}: {mail.subject}", f"{d}: {when}", f"{t}: {to}"]


FWD_PREFIX = {"gmail": "Fwd: ", "outlook": "FW: ", "apple": "Fwd: "}
OUTLOOK_PREFIX = {
    "nl": "FW: ",
    "de": "WG: ",
    "pl": "PD: ",
    "hu": "TOV: ",
    "da": "VS: ",
    "cs": "FW: ",
}


def body_of(mail: Mail) -> Message:
    """The MIME body of the original (non-forwarded) mail."""
    if mail.text is not None and mail.html is not None:
        outer = MIMEMultipart("alternative", boundary=f"==av_{digest(mail.name, 'alt', length=20)}")
        outer.attach(text_part(mail.text, "plain"))
        outer.attach(text_part(mail.html, "html"))
        return outer
    if mail.html is not None:
        return text_part(mail.html, "html")
    assert mail.text is not None
    return text_part(mail.text, "plain")


def render(mail: Mail) -> tuple[bytes, datetime]:
    """Serialise the mail (forwarded or not); return its bytes and its outer Date."""
    fwd = mail.forward
    if fwd is None:
        body = body_of(mail)
        sender, to, sent, subject = mail.sender, mail.to, mail.sent, mail.subject
        domain = mail.sender[1].split("@", 1)[1]
    else:
        block = forward_block(mail, fwd)
        plain = None
        rich = None
        if mail.text is not None:
            plain = "\n".join([fwd.note, "", *block, "", mail.text])
        if mail.html is not None:
            head = "<br>\n".join(html.escape(line) for line in block)
            note = html.escape(fwd.note).replace("\n", "<br>\n")
            rich = (
                f'<div dir="ltr">{note}<br><br>\n<div class="fwd">{head}</div><br>\n'
                f"<blockquote>{mail.html}</blockquote></div>"
            )
        inner = Mail(**{**mail.__dict__, "text": plain, "html": rich, "forward": None})
        body = body_of(inner)
        sender, to, sent = fwd.seeker, fwd.seeker, fwd.sent
        prefix = OUTLOOK_PREFIX.get(fwd.lang, "FW: ") if fwd.client == "outlook" else "Fwd: "
        subject = prefix + mail.subject
        domain = fwd.seeker[1].split("@", 1)[1]
    headers: list[tuple[str, str | Header]] = [
        ("Date", format_datetime(sent)),
        ("From", addr(*sender)),
        ("To", addr(*to)),
        ("Subject", subject_value(subject)),
        ("Message-ID", f"<{digest(mail.family, mail.name, 'mid', length=24)}@{domain}>"),
        ("MIME-Version", "1.0"),
    ]
    existing = list(body.items())
    for key in list(body.keys()):
        del body[key]
    for key, value in headers:
        body[key] = value
    for key, value in existing:
        if key.lower() != "mime-version":
            body[key] = value
    for part in body.walk():
        if part is not body:
            del part["MIME-Version"]
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=LF_POLICY).flatten(body)
    return buffer.getvalue(), sent


def label_of(mail: Mail, outer_date: datetime) -> dict[str, object]:
    label: dict[str, object] = {}
    if mail.kind is not None:
        label["kind"] = mail.kind
    if mail.start is not None:
        start, end = mail.start, mail.end
        if not mail.tz_stated:
            # No zone in the mail: the label carries the offset of the Date header.
            offset = outer_date.utcoffset()
            assert offset is not None
            start = start.replace(tzinfo=timezone(offset))
            if end is not None:
                end = end.replace(tzinfo=timezone(offset))
        label["start"] = iso(start)
        if end is not None:
            label["end"] = iso(end)
        label["all_day"] = False
        if mail.zone is not None:
            assert mail.tz_stated
            label["timezone"] = mail.zone
        if not mail.tz_stated:
            label["tz_stated"] = False
    for key in ("company", "role", "meeting_url", "organizer_email"):
        if key in mail.extra:
            label[key] = mail.extra[key]
    if mail.forward is not None:
        label["original_sender"] = mail.sender[1]
        label.pop("organizer_email", None)
    label["language"] = mail.lang
    label["source"] = {"family": mail.family, "template": mail.template, "license": mail.license}
    label["note"] = mail.note
    return label


# --------------------------------------------------------------------------------------
# shared bits of HTML


def html_page(
    title: str,
    paragraphs: list[str],
    rows: list[tuple[str, str]] | None = None,
    button: tuple[str, str] | None = None,
    footer: str = "",
) -> str:
    """A table-based transactional mail layout of the kind ATS vendors send."""
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"></head>',
        '<body style="margin:0;background:#f4f5f7">',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center">',
        '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,'
        'sans-serif;font-size:14px;color:#222">',
        f'<tr><td style="padding:24px 32px"><h2 style="margin:0 0 16px">{html.escape(title)}</h2>',
    ]
    for para in paragraphs:
        parts.append(f'<p style="margin:0 0 12px">{para}</p>')
    if rows:
        parts.append('<table role="presentation" cellpadding="6" style="border:1px solid #ddd">')
        for key, value in rows:
            parts.append(
                f'<tr><td style="color:#666;width:140px"><b>{html.escape(key)}</b></td>'
                f"<td>{value}</td></tr>"
            )
        parts.append("</table>")
    if button:
        parts.append(
            f'<p style="margin:20px 0"><a href="{button[1]}" style="background:#1a73e8;'
            f'color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">'
            f"{html.escape(button[0])}</a></p>"
        )
    if footer:
        parts.append(f'<p style="color:#888;font-size:12px">{footer}</p>')
    parts.append("</td></tr></table></td></tr></table></body></html>")
    return "\n".join(parts)


def link(url: str, label: str | None = None) -> str:
    return f'<a href="{url}">{html.escape(label or url)}</a>'


def br(text: str) -> str:
    return html.escape(text).replace("\n", "<br>\n")


MAILS: list[Mail] = []


def add(mail: Mail) -> None:
    MAILS.append(mail)


# --------------------------------------------------------------------------------------
# Greenhouse Recruiting


GH = "Greenhouse Recruiting candidate email templates (Candidate Interview Confirmation, "
GH_TPL = {
    "confirm": GH + "{{INTERVIEW_SCHEDULE}} token) as described at support.greenhouse.io "
    "articles 360015975112 and 360007039771; wording ours",
    "avail": GH + "Candidate Availability Request, {{AVAILABILITY_SUBMISSION_LINK}}) as described "
    "at support.greenhouse.io article 360007039771; wording ours",
}


def gh_schedule(start: datetime, end: datetime, what: str, who: str, zone_label: str) -> str:
    return (
        f"{wd(start, 'en')}, {mon(start, 'en')} {ordinal(start.day)}, {start.year}\n"
        f"{h12(start).lower()} - {h12(end).lower()}  {what} with {who}\n"
        f"All times are displayed in {zone_label}"
    )


def greenhouse() -> None:
    fam = "greenhouse"
    # 1. confirmation, Rails zone label with the standard offset in summer
    s = at(2026, 6, 9, 14, 0, "America/New_York")
    e = s + timedelta(minutes=45)
    zoom = "https://northwindlabs.zoom.us/j/84120937715?pwd=Qm5sVjRrZ2x"
    sched = gh_schedule(
        s, e, "Hiring Manager Interview", "Maya Ortiz", "(GMT-05:00) Eastern Time (US & Canada)"
    )
    txt = (
        "Hi Jordan,\n\nThanks again for your interest in Northwind Labs! We're excited to confirm "
        "your upcoming interview for the Senior Data Engineer role. Please find the details "
        f"below:\n\n{sched}\n\nJoin Zoom Meeting: {zoom}\n\nIf anything comes up, reply to this "
        "email and we'll find another time.\n\nBest,\nPriya Raman\nRecruiting Coordinator, "
        "Northwind Labs"
    )
    htm = html_page(
        "Interview Confirmation",
        [
            "Hi Jordan,",
            "Thanks again for your interest in Northwind Labs! We're excited to "
            "confirm your upcoming interview for the <b>Senior Data Engineer</b> role.",
            br(sched),
            f"Join Zoom Meeting: {link(zoom)}",
            "If anything comes up, reply to this email and we'll find another time.",
            "Best,<br>Priya Raman<br>Recruiting Coordinator, Northwind Labs",
        ],
    )
    add(
        Mail(
            fam,
            "confirmation_en_rails_eastern",
            "en",
            ("Priya Raman", "priya.raman@northwindlabs.com"),
            ("Jordan Ellis", "jordan.ellis@fastmail.com"),
            at(2026, 6, 3, 10, 12, "America/New_York"),
            "Interview Confirmation: Senior Data Engineer at Northwind Labs",
            txt,
            htm,
            "invitation",
            GH_TPL["confirm"],
            "Greenhouse schedule block with the Rails label '(GMT-05:00) Eastern Time (US & "
            "Canada)' in June (EDT, -04:00).",
            start=s,
            end=e,
            zone="America/New_York",
            extra={
                "company": "Northwind Labs",
                "role": "Senior Data Engineer",
                "meeting_url": zoom,
                "organizer_email": "priya.raman@northwindlabs.com",
            },
        )
    )

    # 2. availability request: nothing booked
    url = "https://app.greenhouse.io/availability/7f3c91d2-5be0-4a6e-9d57-0c2b8e1a4f66"
    txt = (
        "Hi Samira,\n\nThank you for applying to the Product Designer position at Lumen & Pike. "
        "We'd love to set up a 30-minute conversation with our design lead.\n\nPlease let us know "
        f"your availability over the next week using the link below:\n{url}\n\nWe usually "
        "schedule between 9:00 am and 5:00 pm Pacific Time, Monday to Thursday (June 15-18).\n\n"
        "Thanks,\nOwen Carter\nTalent Team, Lumen & Pike"
    )
    add(
        Mail(
            fam,
            "availability_request_en",
            "en",
            ("Owen Carter", "no-reply@lumenpike.com"),
            ("Samira Haddad", "samira.h@gmail.com"),
            at(2026, 6, 11, 16, 40, "America/Los_Angeles"),
            "Your availability for an interview with Lumen & Pike",
            txt,
            html_page(
                "Share your availability",
                [
                    br(txt.split("\n\n")[0]),
                    br(txt.split("\n\n")[1].split(":")[0]) + ":",
                    link(url, "Submit availability"),
                    br(txt.split("\n\n")[3]),
                    br(txt.split("\n\n")[4]),
                ],
            ),
            "not_invitation",
            GH_TPL["avail"],
            "Candidate Availability Request: a window of days and hours to choose from, nothing "
            "booked yet.",
        )
    )

    # 3. rescheduled: old and new slot
    old = at(2026, 4, 21, 11, 0, "Europe/London")
    new = at(2026, 4, 23, 15, 30, "Europe/London")
    new_end = new + timedelta(hours=1)
    meet = "https://meet.google.com/kyr-pqxd-tfa"
    txt = (
        "Hi Tomasz,\n\nOur panel had a conflict, so we've rescheduled your onsite interview for "
        "the Site Reliability Engineer role at Harbourline.\n\n"
        f"Previously: {en_date(old)}, {h12(old).lower()} BST\n"
        f"New time: {en_date(new)}, {h12(new).lower()} - {h12(new_end).lower()} BST "
        "(London)\n\nThe interview will take place on Google Meet: " + meet + "\n\nSorry for the "
        "shuffle, and thank you for your flexibility.\n\nKind regards,\nElla Whitcombe\n"
        "Harbourline Talent Acquisition"
    )
    htm = html_page(
        "Your interview has been rescheduled",
        [br(p) for p in txt.split("\n\n")[:2]],
        rows=[
            ("Previously", f"<s>{html.escape(en_date(old))}, {h12(old).lower()} BST</s>"),
            (
                "New time",
                html.escape(
                    f"{en_date(new)}, {h12(new).lower()} - {h12(new_end).lower()} BST (London)"
                ),
            ),
            ("Location", link(meet)),
        ],
        footer="Kind regards, Ella Whitcombe, Harbourline Talent Acquisition",
    )
    add(
        Mail(
            fam,
            "rescheduled_en_london",
            "en",
            ("Ella Whitcombe", "ella.whitcombe@harbourline.co.uk"),
            ("Tomasz Nowicki", "tomasz.nowicki@outlook.com"),
            at(2026, 4, 17, 9, 5, "Europe/London"),
            "Updated: Interview for Site Reliability Engineer - Harbourline",
            txt,
            htm,
            "reschedule",
            GH_TPL["confirm"],
            "Greenhouse confirmation re-sent after the interview moved; old slot struck through, "
            "new slot labelled.",
            start=new,
            end=new_end,
            zone="Europe/London",
            extra={
                "company": "Harbourline",
                "role": "Site Reliability Engineer",
                "meeting_url": meet,
                "organizer_email": "ella.whitcombe@harbourline.co.uk",
            },
        )
    )

    # 4. cancellation
    s = at(2026, 7, 8, 10, 0, "America/Chicago")
    txt = (
        "Hi Aaliyah,\n\nI'm sorry to let you know that we need to cancel your interview for the "
        "Customer Success Manager role, which was scheduled for "
        f"{en_date(s)} at {h12(s)} CDT. The position has been put on hold while our team "
        "reorganizes.\n\nWe'll reach out if the role reopens. Thank you for your time and "
        "understanding.\n\nBest regards,\nMarcus Lindqvist\nPeople Team, Prairie Ledger"
    )
    add(
        Mail(
            fam,
            "cancelled_en_chicago",
            "en",
            ("Marcus Lindqvist", "marcus@prairieledger.com"),
            ("Aaliyah Brooks", "aaliyah.brooks@yahoo.com"),
            at(2026, 7, 2, 13, 20, "America/Chicago"),
            "Interview cancelled: Customer Success Manager",
            txt,
            None,
            "cancellation",
            GH_TPL["confirm"],
            "Plain-text cancellation written by the recruiter from Greenhouse; CDT is an "
            "abbreviation shared by several zones, so no timezone label.",
            start=s,
            extra={
                "company": "Prairie Ledger",
                "role": "Customer Success Manager",
                "organizer_email": "marcus@prairieledger.com",
            },
        )
    )

    # 5. pt-BR forwarded from Gmail, confirmation with São Paulo zone
    s = at(2026, 8, 18, 15, 0, "America/Sao_Paulo")
    e = s + timedelta(minutes=60)
    meet = "https://meet.google.com/bws-hmtk-wqe"
    sched = (
        f"{wd(s, 'pt').capitalize()}, {s.day} de {mon(s, 'pt')} de {s.year}\n"
        f"{hm(s)} - {hm(e)}  Entrevista técnica com Rafael Menezes\n"
        "Todos os horários em (GMT-03:00) Brasilia"
    )
    txt = (
        "Olá, Beatriz!\n\nObrigado pelo interesse na Cajuína Pagamentos. Confirmamos a sua "
        "entrevista para a vaga de Analista de Dados Pleno:\n\n"
        + sched
        + "\n\nLink da chamada: "
        + meet
        + "\n\nQualquer imprevisto, é só responder este e-mail.\n\nAbraços,\nLarissa Prado\n"
        "Time de Pessoas — Cajuína Pagamentos"
    )
    add(
        Mail(
            fam,
            "confirmation_pt_fwd_gmail",
            "pt",
            ("Larissa Prado", "larissa.prado@cajuinapag.com.br"),
            ("Beatriz Santos", "bia.santos@gmail.com"),
            at(2026, 8, 12, 11, 3, "America/Sao_Paulo"),
            "Confirmação de entrevista — Analista de Dados Pleno",
            txt,
            None,
            "invitation",
            GH_TPL["confirm"],
            "Gmail (pt) forward of a Greenhouse confirmation; Rails label '(GMT-03:00) Brasilia'.",
            start=s,
            end=e,
            zone="America/Sao_Paulo",
            forward=Forward(
                "gmail",
                "pt",
                ("Beatriz Santos", "bia.santos@gmail.com"),
                at(2026, 8, 12, 19, 47, "America/Sao_Paulo"),
                "Salvando aqui pra não esquecer! Entrevista técnica.",
            ),
            extra={
                "company": "Cajuína Pagamentos",
                "role": "Analista de Dados Pleno",
                "meeting_url": meet,
            },
        )
    )

    # 6. de confirmation, time only in the HTML table
    s = at(2026, 10, 27, 9, 30, "Europe/Berlin")
    e = s + timedelta(minutes=45)
    teams = (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ3YzE5MmEtYjI4Zi00%40"
        "thread.v2/0?context=%7b%22Tid%22%3a%2231c7e2a0%22%7d"
    )
    txt = (
        "Hallo Jonas,\n\nvielen Dank für deine Bewerbung als Werkstudent Softwareentwicklung "
        "bei Elbfaden GmbH. Die Details zu deinem Interview findest du in der HTML-Ansicht "
        "dieser E-Mail bzw. in deinem Kalender.\n\nViele Grüße\nSophie Brandt"
    )
    htm = html_page(
        "Bestätigung deines Interviews",
        [
            "Hallo Jonas,",
            "vielen Dank für deine Bewerbung als <b>Werkstudent "
            "Softwareentwicklung</b> bei Elbfaden GmbH. Hier sind die Details:",
        ],
        rows=[
            ("Datum", f"{wd(s, 'de')}, {s.day}. {mon(s, 'de')} {s.year}"),
            ("Uhrzeit", f"{hm(s)} – {hm(e)} Uhr"),
            ("Zeitzone", "(GMT+01:00) Berlin"),
            ("Ort", link(teams, "Microsoft Teams-Besprechung")),
        ],
        footer="Viele Grüße, Sophie Brandt – People & Culture, Elbfaden GmbH",
    )
    add(
        Mail(
            fam,
            "confirmation_de_html_table_only",
            "de",
            ("Sophie Brandt", "sophie.brandt@elbfaden.de"),
            ("Jonas Keller", "jonas.keller@web.de"),
            at(2026, 10, 20, 14, 2, "Europe/Berlin"),
            "Bestätigung: Interview Werkstudent Softwareentwicklung",
            txt,
            htm,
            "invitation",
            GH_TPL["confirm"],
            "Time only in the HTML table; Rails '(GMT+01:00) Berlin'; sent in CEST for a slot "
            "after the 25 Oct change (CET).",
            start=s,
            end=e,
            zone="Europe/Berlin",
            extra={
                "company": "Elbfaden GmbH",
                "role": "Werkstudent Softwareentwicklung",
                "meeting_url": teams,
                "organizer_email": "sophie.brandt@elbfaden.de",
            },
        )
    )


# --------------------------------------------------------------------------------------
# Lever


LEVER_TPL = (
    "Lever interview scheduling and candidate email (schedule an interview, Easy Book "
    "link, feedback reminder) as described at help.lever.co articles 360031291651 and "
    "360026210771; wording ours"
)


def lever() -> None:
    fam = "lever"
    s = at(2026, 5, 14, 13, 0, "America/Los_Angeles")
    e = s + timedelta(minutes=30)
    zoom = "https://quillstack.zoom.us/j/92157730418"
    txt = (
        "Hi Daniel,\n\nGreat news - the team would like to meet you! Your phone screen for "
        "Backend Engineer, Payments is booked:\n\n"
        f"When: {en_date(s)}, {h12(s)} - {h12(e)} Pacific Time (US & Canada)\n"
        f"Where: Zoom - {zoom}\nWith: Hannah Suzuki, Engineering Manager\n\n"
        "A calendar invitation will follow from Hannah's calendar.\n\nCheers,\nRosa Delgado\n"
        "Quillstack Recruiting"
    )
    add(
        Mail(
            fam,
            "interview_booked_en_pacific",
            "en",
            ("Rosa Delgado", "rosa@quillstack.io"),
            ("Daniel Osei", "daniel.osei@proton.me"),
            at(2026, 5, 8, 9, 15, "America/Los_Angeles"),
            "Your interview with Quillstack is booked",
            txt,
            html_page("Your interview is booked", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            LEVER_TPL,
            "Lever candidate email; 'Pacific Time (US & Canada)' is a Rails label.",
            start=s,
            end=e,
            zone="America/Los_Angeles",
            extra={
                "company": "Quillstack",
                "role": "Backend Engineer, Payments",
                "meeting_url": zoom,
                "organizer_email": "rosa@quillstack.io",
            },
        )
    )

    url = "https://jobs.lever.co/quillstack/easybook/3c0b6f1e"
    txt = (
        "Hi Mei,\n\nThanks for applying to Quillstack! We'd like to schedule a 30-minute intro "
        "call. Please choose a time that suits you on Rosa's calendar:\n\n" + url + "\n\nSlots "
        "are open Tuesday May 19 to Friday May 22, 10:00 AM - 4:00 PM PT.\n\nTalk soon,\nRosa"
    )
    add(
        Mail(
            fam,
            "easy_book_link_en",
            "en",
            ("Rosa Delgado", "rosa@quillstack.io"),
            ("Mei Tanaka", "mei.tanaka@icloud.com"),
            at(2026, 5, 15, 11, 30, "America/Los_Angeles"),
            "Pick a time to chat with Quillstack",
            txt,
            None,
            "not_invitation",
            LEVER_TPL,
            "Easy Book self-scheduling link with a range of days and hours; nothing booked.",
        )
    )

    past = at(2026, 5, 14, 13, 0, "America/Los_Angeles")
    txt = (
        "Hi Hannah,\n\nYou interviewed Daniel Osei for Backend Engineer, Payments on "
        f"{en_date(past)} at {h12(past)}. Your feedback is still outstanding.\n\n"
        "Complete Feedback: https://hire.lever.co/interviews/feedback/a81e-44d2\n\n"
        "Submitting feedback within 24 hours helps the hiring team move quickly.\n\n- Lever"
    )
    add(
        Mail(
            fam,
            "feedback_reminder_hiring_manager_en",
            "en",
            ("Lever", "no-reply@hire.lever.co"),
            ("Hannah Suzuki", "hannah@quillstack.io"),
            at(2026, 5, 15, 16, 0, "America/Los_Angeles"),
            "Reminder: feedback for Daniel Osei is due",
            txt,
            html_page(
                "Feedback reminder",
                [br(p) for p in txt.split("\n\n")],
                button=("Complete Feedback", "https://hire.lever.co/interviews/feedback/a81e-44d2"),
            ),
            "not_invitation",
            LEVER_TPL,
            "Feedback reminder to an interviewer about an interview already held.",
        )
    )

    s = at(2026, 9, 29, 10, 0, "Europe/Amsterdam")
    e = s + timedelta(minutes=60)
    txt = (
        "Hi Sanne,\n\nThank you for your time so far. We're happy to invite you to the second "
        "round for the Frontend Engineer role at Tulpwerk.\n\n"
        f"Date: {en_date(s)}\nTime: {hm(s)} - {hm(e)} (Europe/Amsterdam)\n"
        "Location: Tulpwerk office, Keizersgracht 212, Amsterdam\n\n"
        "Ask for Pieter at the reception.\n\nBest,\nNoor El Idrissi\nTalent, Tulpwerk"
    )
    add(
        Mail(
            fam,
            "second_round_en_fwd_outlook_nl",
            "en",
            ("Noor El Idrissi", "noor@tulpwerk.nl"),
            ("Sanne de Vries", "sanne.devries@outlook.com"),
            at(2026, 9, 22, 15, 48, "Europe/Amsterdam"),
            "Second round interview - Frontend Engineer",
            txt,
            None,
            "invitation",
            LEVER_TPL,
            "Outlook (nl) forward of an English Lever mail with an IANA zone in parentheses.",
            start=s,
            end=e,
            zone="Europe/Amsterdam",
            forward=Forward(
                "outlook",
                "nl",
                ("Sanne de Vries", "sanne.devries@outlook.com"),
                at(2026, 9, 22, 20, 5, "Europe/Amsterdam"),
                "Hoi! Tweede ronde bij Tulpwerk, zie hieronder. Groetjes, Sanne",
            ),
            extra={"company": "Tulpwerk", "role": "Frontend Engineer"},
        )
    )


# --------------------------------------------------------------------------------------
# Personio (de)


PERSONIO_TPL = (
    "Personio Recruiting e-mail templates with placeholders (Einladung zum "
    "Vorstellungsgespräch, Terminänderung, Absage, Eingangsbestätigung) as described "
    "in the Personio help center (support.personio.de, Recruiting > E-Mail-Vorlagen); "
    "wording ours"
)


def personio() -> None:
    fam = "personio"
    s = at(2026, 6, 9, 14, 0, "Europe/Berlin")
    e = s + timedelta(hours=1)
    url = "https://bergquell.personio.de/meet/9f1c2d"
    txt = (
        "Hallo Frau Yılmaz,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin Lohnbuchhaltung "
        "(m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem "
        "Vorstellungsgespräch ein.\n\n"
        f"Termin: {wd(s, 'de')}, {s.day}. {mon(s, 'de')} {s.year}, {hm(s)} – {hm(e)} Uhr (MESZ)\n"
        f"Ort: Videocall – {url}\nGesprächspartner: Herr Albers (Teamleitung), Frau Kühn (HR)\n\n"
        "Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\nKatrin Kühn\nBergquell Getränke GmbH"
    )
    add(
        Mail(
            fam,
            "einladung_de_mesz",
            "de",
            ("Katrin Kühn", "jobs@bergquell-getraenke.de"),
            ("Elif Yılmaz", "elif.yilmaz@gmx.de"),
            at(2026, 6, 1, 10, 24, "Europe/Berlin"),
            "Einladung zum Vorstellungsgespräch – Sachbearbeiterin Lohnbuchhaltung (m/w/d)",
            txt,
            html_page("Einladung zum Vorstellungsgespräch", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            PERSONIO_TPL,
            "Personio invitation; MESZ names a shared rule, so no timezone label.",
            start=s,
            end=e,
            extra={
                "company": "Bergquell Getränke GmbH",
                "role": "Sachbearbeiterin Lohnbuchhaltung (m/w/d)",
                "meeting_url": url,
            },
        )
    )

    old = at(2026, 3, 24, 10, 0, "Europe/Berlin")
    new = at(2026, 3, 31, 10, 0, "Europe/Berlin")
    txt = (
        "Hallo Herr Petrović,\n\nleider müssen wir Ihr Vorstellungsgespräch für die Position "
        "Projektingenieur Elektrotechnik verschieben.\n\n"
        f"Bisheriger Termin: {old.day:02d}.{old.month:02d}.{old.year}, {hm(old)} Uhr\n"
        f"Neuer Termin: {new.day:02d}.{new.month:02d}.{new.year}, {hm(new)} Uhr\n"
        "Ort: Rheinstrom Anlagenbau GmbH, Hafenstraße 18, 47119 Duisburg, Empfang Gebäude B\n\n"
        "Wir bitten die Unannehmlichkeiten zu entschuldigen.\n\nFreundliche Grüße\nMarkus Jansen\n"
        "Personalabteilung"
    )
    add(
        Mail(
            fam,
            "terminaenderung_de_no_zone",
            "de",
            ("Markus Jansen", "bewerbung@rheinstrom-anlagenbau.de"),
            ("Luka Petrović", "luka.petrovic@t-online.de"),
            at(2026, 3, 19, 8, 50, "Europe/Berlin"),
            "Terminänderung: Ihr Vorstellungsgespräch am 24.03.2026",
            txt,
            None,
            "reschedule",
            PERSONIO_TPL,
            "Old and new date; no zone stated; the new slot is after the 29 March change, so "
            "the label keeps the Date header's +01:00 wall-clock convention.",
            start=new,
            tz_stated=False,
            extra={
                "company": "Rheinstrom Anlagenbau GmbH",
                "role": "Projektingenieur Elektrotechnik",
            },
        )
    )

    s = at(2026, 9, 15, 11, 0, "Europe/Vienna")
    txt = (
        "Liebe Frau Hofer,\n\nleider müssen wir das für "
        f"{wd(s, 'de')}, {s.day}. {mon(s, 'de')} {s.year} um {hm(s)} Uhr vereinbarte Gespräch "
        "für die Stelle Junior Controller absagen, da die Stelle intern besetzt wurde.\n\n"
        "Wir danken Ihnen für Ihr Interesse und wünschen Ihnen alles Gute.\n\n"
        "Freundliche Grüße\nAnna Gruber\nDonaulicht Energie AG, Wien"
    )
    add(
        Mail(
            fam,
            "absage_termin_de_at",
            "de",
            ("Anna Gruber", "karriere@donaulicht.at"),
            ("Theresa Hofer", "theresa.hofer@gmx.at"),
            at(2026, 9, 8, 15, 10, "Europe/Vienna"),
            "Absage Ihres Gesprächstermins – Junior Controller",
            txt,
            html_page("Absage Ihres Gesprächstermins", [br(p) for p in txt.split("\n\n")]),
            "cancellation",
            PERSONIO_TPL,
            "Cancellation naming the cancelled slot; no zone.",
            start=s,
            tz_stated=False,
            extra={"company": "Donaulicht Energie AG", "role": "Junior Controller"},
        )
    )

    txt = (
        "Hallo Niklas,\n\nvielen Dank für deine Bewerbung als Data Analyst bei Kiezkontor. "
        "Wir haben deine Unterlagen erhalten und melden uns innerhalb von zwei Wochen bei dir.\n\n"
        "Unsere Vorstellungsgespräche finden voraussichtlich in der Woche ab dem 20. Juli 2026 "
        "statt, jeweils zwischen 10:00 und 16:00 Uhr.\n\nBeste Grüße\nDein Kiezkontor-Team"
    )
    add(
        Mail(
            fam,
            "eingangsbestaetigung_de",
            "de",
            ("Kiezkontor Recruiting", "noreply@personio.de"),
            ("Niklas Becker", "niklas.becker@posteo.de"),
            at(2026, 7, 2, 9, 0, "Europe/Berlin"),
            "Deine Bewerbung bei Kiezkontor",
            None,
            html_page("Danke für deine Bewerbung!", [br(p) for p in txt.split("\n\n")]),
            "not_invitation",
            PERSONIO_TPL,
            "HTML-only application receipt naming a week and hours when interviews may happen.",
        )
    )

    s = at(2026, 11, 4, 16, 0, "Europe/Berlin")
    e = s + timedelta(minutes=30)
    url = "https://meet.google.com/xtd-ozbu-nca"
    txt = (
        "Hi Camille,\n\nthank you for applying for the position of Marketing Manager France at "
        "Sonnenbau Solar GmbH. We would like to invite you to a first interview:\n\n"
        f"Date: {s.day:02d}.{s.month:02d}.{s.year}\nTime: {hm(s)} - {hm(e)} (Europe/Berlin)\n"
        f"Video call: {url}\n\nPlease let us know if this time does not work for you.\n\n"
        "Best regards\nLea Vogt\nTalent Acquisition"
    )
    add(
        Mail(
            fam,
            "invitation_en_fwd_apple_fr",
            "en",
            ("Lea Vogt", "jobs@sonnenbau-solar.de"),
            ("Camille Girard", "camille.girard@icloud.com"),
            at(2026, 10, 28, 11, 5, "Europe/Berlin"),
            "Invitation to an interview - Marketing Manager France",
            txt,
            None,
            "invitation",
            PERSONIO_TPL,
            "Apple Mail (fr) forward of an English Personio invitation; dd.mm.yyyy with an IANA "
            "zone.",
            start=s,
            end=e,
            zone="Europe/Berlin",
            forward=Forward(
                "apple",
                "fr",
                ("Camille Girard", "camille.girard@icloud.com"),
                at(2026, 10, 28, 18, 30, "Europe/Paris"),
                "Pour mémoire : premier entretien avec Sonnenbau (16h, heure de Berlin).",
            ),
            extra={
                "company": "Sonnenbau Solar GmbH",
                "role": "Marketing Manager France",
                "meeting_url": url,
            },
        )
    )


# --------------------------------------------------------------------------------------
# Teamtailor (sv, nb, da, fi)


TT_TPL = (
    "Teamtailor 'Book meeting' invitation and smart-scheduling mails as described at "
    "support.teamtailor.com/en/articles/8355597-book-a-meeting; wording ours"
)


def teamtailor() -> None:
    fam = "teamtailor"
    s = at(2026, 6, 9, 14, 0, "Europe/Stockholm")
    e = s + timedelta(minutes=45)
    url = "https://app.teamtailor.com/video-meetings/jr7q-2xkd"
    txt = (
        "Hej Alva!\n\nTack för din ansökan till tjänsten som Lagerchef hos Fjällgården Logistik. "
        "Vi vill gärna träffa dig för en första intervju.\n\n"
        f"Tid: {wd(s, 'sv')} {s.day} {mon(s, 'sv')} {s.year} kl. {hm(s)}–{hm(e)} "
        "(GMT+01:00) Stockholm\nPlats: Videomöte – " + url + "\nDeltagare: Johan Ek, Maria Sund\n\n"
        "Du kan lägga till mötet i din kalender via länken nedan.\n\nVänliga hälsningar\n"
        "Maria Sund\nFjällgården Logistik AB"
    )
    add(
        Mail(
            fam,
            "mote_sv_rails_stockholm",
            "sv",
            ("Maria Sund", "maria.sund@fjallgarden.se"),
            ("Alva Lindberg", "alva.lindberg@telia.com"),
            at(2026, 6, 2, 13, 37, "Europe/Stockholm"),
            "Inbjudan: Intervju – Lagerchef",
            txt,
            html_page(
                "Inbjudan till intervju",
                [br(p) for p in txt.split("\n\n")],
                button=("Lägg till i kalender", url + "/ics"),
            ),
            "invitation",
            TT_TPL,
            "Rails label '(GMT+01:00) Stockholm' (standard offset) for a June slot (+02:00).",
            start=s,
            end=e,
            zone="Europe/Stockholm",
            extra={
                "company": "Fjällgården Logistik AB",
                "role": "Lagerchef",
                "meeting_url": url,
                "organizer_email": "maria.sund@fjallgarden.se",
            },
        )
    )

    s = at(2026, 8, 25, 9, 0, "Europe/Oslo")
    e = s + timedelta(hours=1)
    txt = (
        "Hei Sindre,\n\nTakk for søknaden din på stillingen som Driftstekniker hos Nordkyst "
        "Kraft. Vi vil gjerne invitere deg til intervju.\n\n"
        f"Tidspunkt: {wd(s, 'nb')} {s.day}. {mon(s, 'nb')} {s.year} kl. {hm(s)}–{hm(e)} "
        "(Europe/Oslo)\nSted: Nordkyst Kraft, Strandgata 41, 8006 Bodø\n\n"
        "Gi beskjed dersom tidspunktet ikke passer.\n\nMed vennlig hilsen\nIngrid Haugen\n"
        "HR, Nordkyst Kraft AS"
    )
    add(
        Mail(
            fam,
            "intervju_nb_oslo",
            "nb",
            ("Ingrid Haugen", "ingrid.haugen@nordkystkraft.no"),
            ("Sindre Bakke", "sindre.bakke@online.no"),
            at(2026, 8, 18, 10, 2, "Europe/Oslo"),
            "Invitasjon til intervju – Driftstekniker",
            txt,
            html_page("Invitasjon til intervju", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            TT_TPL,
            "Norwegian 'kl. 09:00–10:00 (Europe/Oslo)'.",
            start=s,
            end=e,
            zone="Europe/Oslo",
            extra={
                "company": "Nordkyst Kraft AS",
                "role": "Driftstekniker",
                "organizer_email": "ingrid.haugen@nordkystkraft.no",
            },
        )
    )

    s = at(2026, 6, 9, 14, 0, "Europe/Copenhagen")
    e = s + timedelta(minutes=30)
    url = "https://meet.google.com/pdc-wmrn-hje"
    txt = (
        "Hej Freja,\n\nTak for din ansøgning til stillingen som Regnskabsassistent hos Havbryg "
        "ApS. Vi vil meget gerne invitere dig til en samtale.\n\n"
        f"Tidspunkt: {wd(s, 'da')} den {s.day}. {mon(s, 'da')} {s.year} kl. {hm(s)} (CEST)\n"
        "Varighed: 30 minutter\nSted: Google Meet – " + url + "\n\nVi glæder os til at tale "
        "med dig.\n\nVenlig hilsen\nMads Thorsen\nHavbryg ApS"
    )
    add(
        Mail(
            fam,
            "samtale_da_cest",
            "da",
            ("Mads Thorsen", "mads@havbryg.dk"),
            ("Freja Nielsen", "freja.nielsen@mail.dk"),
            at(2026, 6, 3, 12, 15, "Europe/Copenhagen"),
            "Invitation til samtale – Regnskabsassistent",
            txt,
            html_page("Invitation til samtale", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            TT_TPL,
            "Danish 'tirsdag den 9. juni 2026 kl. 14:00 (CEST)' with an exact duration; CEST is "
            "shared, no timezone label.",
            start=s,
            end=e,
            extra={
                "company": "Havbryg ApS",
                "role": "Regnskabsassistent",
                "meeting_url": url,
                "organizer_email": "mads@havbryg.dk",
            },
        )
    )

    a = at(2026, 6, 16, 10, 0, "Europe/Copenhagen")
    b = at(2026, 6, 17, 13, 30, "Europe/Copenhagen")
    c = at(2026, 6, 18, 9, 0, "Europe/Copenhagen")
    url = "https://career.havbryg.dk/meetings/pick/5ad0e1"
    slots = "\n".join(f"• {wd(x, 'da')} den {x.day}. {mon(x, 'da')} kl. {hm(x)}" for x in (a, b, c))
    txt = (
        "Hej Oliver,\n\nVi vil gerne mødes med dig til en samtale om stillingen som Lagermedarbejder. "
        "Vælg det tidspunkt, der passer dig bedst:\n\n"
        + slots
        + "\n\nVælg tid her: "
        + url
        + "\n\nTidspunktet er først bekræftet, når du har valgt det.\n\nVenlig hilsen\nHavbryg ApS"
    )
    add(
        Mail(
            fam,
            "vaelg_tid_da_smart_scheduling",
            "da",
            ("Havbryg ApS", "noreply@teamtailor-mail.com"),
            ("Oliver Jensen", "oliver.jensen@gmail.com"),
            at(2026, 6, 10, 8, 45, "Europe/Copenhagen"),
            "Vælg et tidspunkt til din samtale",
            txt,
            html_page(
                "Vælg et tidspunkt", [br(p) for p in txt.split("\n\n")], button=("Vælg tid", url)
            ),
            "not_invitation",
            TT_TPL,
            "Smart scheduling: three proposed slots, nothing booked.",
        )
    )

    s = at(2026, 6, 9, 14, 0, "Europe/Helsinki")
    e = s + timedelta(minutes=45)
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA2NTc5%40thread.v2/0"
    txt = (
        "Hei Aino,\n\nKiitos hakemuksestasi Revontuli Ohjelmistot Oy:n Ohjelmistokehittäjä-"
        "tehtävään. Kutsumme sinut haastatteluun.\n\n"
        f"Aika: {wd(s, 'fis')} {s.day}.{s.month}.{s.year} klo {hm(s, '.')}–{hm(e, '.')}\n"
        "Paikka: Teams-kokous – " + url + "\nHaastattelijat: Ville Koskinen, Laura Heikkilä\n\n"
        "Ilmoitathan, jos aika ei sovi sinulle.\n\nYstävällisin terveisin\nLaura Heikkilä\n"
        "Revontuli Ohjelmistot Oy"
    )
    add(
        Mail(
            fam,
            "haastattelu_fi_no_zone",
            "fi",
            ("Laura Heikkilä", "laura.heikkila@revontuli.fi"),
            ("Aino Mäkinen", "aino.makinen@gmail.com"),
            at(2026, 6, 1, 9, 30, "Europe/Helsinki"),
            "Kutsu haastatteluun – Ohjelmistokehittäjä",
            txt,
            html_page("Kutsu haastatteluun", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            TT_TPL,
            "Finnish 'ti 9.6.2026 klo 14.00–14.45', no zone.",
            start=s,
            end=e,
            tz_stated=False,
            extra={
                "company": "Revontuli Ohjelmistot Oy",
                "role": "Ohjelmistokehittäjä",
                "meeting_url": url,
                "organizer_email": "laura.heikkila@revontuli.fi",
            },
        )
    )

    s = at(2026, 11, 12, 13, 0, "Europe/Helsinki")
    txt = (
        "Hei Eetu,\n\nValitettavasti joudumme perumaan haastattelusi, joka oli sovittu "
        f"{wd(s, 'fi')}na {s.day}. {mon(s, 'fi')} {s.year} klo {hm(s, '.')} (Suomen aikaa). "
        "Tehtävän rekrytointi on keskeytetty.\n\nPahoittelemme tilannetta ja kiitämme "
        "kiinnostuksestasi.\n\nTerveisin\nSatu Laine\nKuuraketju Oy"
    )
    add(
        Mail(
            fam,
            "peruttu_fi_suomen_aikaa",
            "fi",
            ("Satu Laine", "rekry@kuuraketju.fi"),
            ("Eetu Virtanen", "eetu.virtanen@outlook.com"),
            at(2026, 11, 5, 14, 22, "Europe/Helsinki"),
            "Haastattelu peruttu",
            txt,
            None,
            "cancellation",
            TT_TPL,
            "Finnish cancellation; 'Suomen aikaa' (Finnish time) names one zone.",
            start=s,
            zone="Europe/Helsinki",
            extra={"company": "Kuuraketju Oy"},
        )
    )


# --------------------------------------------------------------------------------------
# Recruitee (nl, pl)


RC_TPL = (
    "Recruitee scheduled-event and self-scheduling candidate e-mails as described at "
    "support.recruitee.com/en/articles/1066262-schedule-events-with-candidates-and-team-"
    "members; wording ours"
)


def recruitee() -> None:
    fam = "recruitee"
    s = at(2026, 6, 9, 14, 0, "Europe/Amsterdam")
    e = s + timedelta(hours=1)
    txt = (
        "Beste Daan,\n\nBedankt voor je sollicitatie als Accountmanager bij Polderpeil B.V. We "
        "nodigen je graag uit voor een kennismakingsgesprek.\n\n"
        f"Datum: {wd(s, 'nl')} {s.day} {mon(s, 'nl')} {s.year}\n"
        f"Tijd: {hm(s)} - {hm(e)} (Europe/Amsterdam)\n"
        "Type: Gesprek op locatie\nLocatie: Polderpeil B.V., Stationsplein 7, 3511 ED Utrecht\n\n"
        "Kun je niet? Laat het ons dan zo snel mogelijk weten.\n\nMet vriendelijke groet,\n"
        "Eva Janssen\nPolderpeil B.V."
    )
    htm = html_page(
        "Uitnodiging voor een gesprek",
        [br(txt.split("\n\n")[0]), br(txt.split("\n\n")[1])],
        rows=[
            ("Datum", f"{wd(s, 'nl')} {s.day} {mon(s, 'nl')} {s.year}"),
            ("Tijd", f"{hm(s)} - {hm(e)} (Europe/Amsterdam)"),
            ("Type", "Gesprek op locatie"),
            ("Locatie", "Polderpeil B.V., Stationsplein 7, 3511 ED Utrecht"),
        ],
        footer="Met vriendelijke groet, Eva Janssen",
    )
    add(
        Mail(
            fam,
            "uitnodiging_nl",
            "nl",
            ("Eva Janssen", "eva.janssen@polderpeil.nl"),
            ("Daan Smit", "daan.smit@ziggo.nl"),
            at(2026, 6, 2, 11, 11, "Europe/Amsterdam"),
            "Uitnodiging: kennismakingsgesprek Accountmanager",
            txt,
            htm,
            "invitation",
            RC_TPL,
            "Recruitee on-site interview; Datum/Tijd rows with an IANA zone.",
            start=s,
            end=e,
            zone="Europe/Amsterdam",
            extra={
                "company": "Polderpeil B.V.",
                "role": "Accountmanager",
                "organizer_email": "eva.janssen@polderpeil.nl",
            },
        )
    )

    url = "https://polderpeil.recruitee.com/scheduler/d1a9f0"
    txt = (
        "Hoi Lotte,\n\nLeuk dat je hebt gesolliciteerd op de vacature Customer Support "
        "Medewerker! Plan via onderstaande link zelf een videogesprek van 30 minuten in. Je kunt "
        "kiezen uit tijden tussen maandag 15 juni en vrijdag 19 juni, van 09:00 tot 17:00.\n\n"
        + url
        + "\n\nGroetjes,\nTeam Polderpeil"
    )
    add(
        Mail(
            fam,
            "zelf_inplannen_nl",
            "nl",
            ("Polderpeil B.V.", "noreply@recruitee.com"),
            ("Lotte Bakker", "lotte.bakker@kpnmail.nl"),
            at(2026, 6, 10, 15, 2, "Europe/Amsterdam"),
            "Plan je gesprek met Polderpeil in",
            txt,
            None,
            "not_invitation",
            RC_TPL,
            "Self-scheduling link with a range of days and hours; nothing booked.",
        )
    )

    old = at(2026, 9, 3, 10, 30, "Europe/Amsterdam")
    new = at(2026, 9, 4, 15, 0, "Europe/Amsterdam")
    new_end = new + timedelta(minutes=45)
    url = "https://whereby.com/dijkzicht-sollicitaties"
    txt = (
        "Beste Mohamed,\n\nJe gesprek voor de functie Junior Data Scientist is verplaatst.\n\n"
        f"Oude tijd: {wd(old, 'nl')} {old.day} {mon(old, 'nl')} {old.year}, {hm(old)}\n"
        f"Nieuwe tijd: {wd(new, 'nl')} {new.day} {mon(new, 'nl')} {new.year}, {hm(new)} - "
        f"{hm(new_end)} Nederlandse tijd\nVideogesprek: {url}\n\nTot dan!\nFemke Visser\n"
        "Dijkzicht Analytics"
    )
    add(
        Mail(
            fam,
            "verplaatst_nl_nederlandse_tijd",
            "nl",
            ("Femke Visser", "femke@dijkzicht-analytics.nl"),
            ("Mohamed Amrani", "m.amrani@hotmail.com"),
            at(2026, 8, 31, 9, 40, "Europe/Amsterdam"),
            "Je gesprek is verplaatst – Junior Data Scientist",
            txt,
            html_page("Je gesprek is verplaatst", [br(p) for p in txt.split("\n\n")]),
            "reschedule",
            RC_TPL,
            "Old and new time; 'Nederlandse tijd' names one zone.",
            start=new,
            end=new_end,
            zone="Europe/Amsterdam",
            extra={
                "company": "Dijkzicht Analytics",
                "role": "Junior Data Scientist",
                "meeting_url": url,
                "organizer_email": "femke@dijkzicht-analytics.nl",
            },
        )
    )

    s = at(2026, 6, 9, 14, 0, "Europe/Warsaw")
    e = s + timedelta(hours=1)
    url = "https://meet.google.com/rzh-fkgn-upv"
    txt = (
        "Dzień dobry Pani Zofio,\n\ndziękujemy za przesłanie aplikacji na stanowisko Specjalistki "
        "ds. Marketingu w firmie Wisłostal Sp. z o.o. Zapraszamy na rozmowę rekrutacyjną.\n\n"
        f"Termin: {wd(s, 'pl')}, {s.day} {mon(s, 'pl')} {s.year}, godz. {hm(s)}–{hm(e)} "
        "czasu polskiego\nForma: rozmowa online – " + url + "\n\nProsimy o potwierdzenie "
        "obecności.\n\nZ poważaniem\nKatarzyna Wójcik\nDział HR, Wisłostal Sp. z o.o."
    )
    add(
        Mail(
            fam,
            "zaproszenie_pl_czasu_polskiego",
            "pl",
            ("Katarzyna Wójcik", "rekrutacja@wislostal.pl"),
            ("Zofia Kamińska", "zofia.kaminska@wp.pl"),
            at(2026, 6, 1, 12, 0, "Europe/Warsaw"),
            "Zaproszenie na rozmowę rekrutacyjną – Specjalistka ds. Marketingu",
            txt,
            html_page("Zaproszenie na rozmowę", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            RC_TPL,
            "Polish 'wtorek, 9 czerwca 2026, godz. 14:00–15:00 czasu polskiego'.",
            start=s,
            end=e,
            zone="Europe/Warsaw",
            extra={
                "company": "Wisłostal Sp. z o.o.",
                "role": "Specjalistka ds. Marketingu",
                "meeting_url": url,
            },
        )
    )

    s = at(2026, 10, 20, 11, 0, "Europe/Warsaw")
    txt = (
        "Dzień dobry Panie Piotrze,\n\nz przykrością informujemy, że rozmowa rekrutacyjna "
        f"zaplanowana na {s.day:02d}.{s.month:02d}.{s.year} o godz. {hm(s)} została odwołana. "
        "Skontaktujemy się z Panem, gdy proces rekrutacji zostanie wznowiony.\n\nPozdrawiamy\n"
        "Zespół Rekrutacji Mazurlink"
    )
    add(
        Mail(
            fam,
            "odwolana_pl_fwd_outlook",
            "pl",
            ("Zespół Rekrutacji", "kariera@mazurlink.pl"),
            ("Piotr Zieliński", "piotr.zielinski@onet.pl"),
            at(2026, 10, 14, 16, 30, "Europe/Warsaw"),
            "Rozmowa rekrutacyjna odwołana",
            txt,
            None,
            "cancellation",
            RC_TPL,
            "Outlook (pl) forward of a cancellation naming the slot; no zone.",
            start=s,
            tz_stated=False,
            forward=Forward(
                "outlook",
                "pl",
                ("Piotr Zieliński", "piotr.zielinski@onet.pl"),
                at(2026, 10, 14, 18, 2, "Europe/Warsaw"),
                "Do wiadomości – rozmowa w Mazurlink odwołana.",
            ),
            extra={"company": "Mazurlink"},
        )
    )


# --------------------------------------------------------------------------------------
# SmartRecruiters (es, it, tr, ro)


SR_TPL = (
    "SmartRecruiters interview scheduling candidate e-mails (interview confirmed, "
    "application received) as described in the SmartRecruiters help center "
    "(help.smartrecruiters.com, Interview Scheduling); localized wording ours"
)


def smartrecruiters() -> None:
    fam = "smartrecruiters"
    s = at(2026, 6, 9, 10, 0, "America/Mexico_City")
    e = s + timedelta(minutes=45)
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk3MmQx%40thread.v2/0"
    rows = [
        ("Puesto", "Analista de Compras"),
        ("Fecha", f"{wd(s, 'es')}, {s.day} de {mon(s, 'es')} de {s.year}"),
        ("Hora", f"{hm(s)} - {hm(e)} (America/Mexico_City)"),
        ("Lugar", link(url, "Unirse a la reunión de Microsoft Teams")),
    ]
    add(
        Mail(
            fam,
            "entrevista_confirmada_es_mx",
            "es",
            ("Grupo Tezontle", "noreply@smartrecruiters.com"),
            ("Andrea Ruiz", "andrea.ruiz@hotmail.com"),
            at(2026, 6, 2, 17, 5, "America/Mexico_City"),
            "Entrevista confirmada: Analista de Compras en Grupo Tezontle",
            "Hola Andrea:\n\nTu entrevista con Grupo Tezontle ha sido confirmada. Consulta los "
            "detalles en la versión HTML de este correo.\n\nSaludos,\nEquipo de Talento",
            html_page(
                "¡Tu entrevista está confirmada!",
                ["Hola Andrea:", "Tu entrevista con Grupo Tezontle ha sido confirmada."],
                rows=rows,
                footer="Equipo de Talento, Grupo Tezontle",
            ),
            "invitation",
            SR_TPL,
            "Spanish confirmation; the slot only in the HTML table.",
            start=s,
            end=e,
            zone="America/Mexico_City",
            extra={"company": "Grupo Tezontle", "role": "Analista de Compras", "meeting_url": url},
        )
    )

    s = at(2026, 7, 14, 15, 30, "Europe/Rome")
    e = s + timedelta(minutes=60)
    txt = (
        "Gentile Giulia,\n\nla ringraziamo per la candidatura alla posizione di Ingegnere di "
        "Processo presso Ferrovetro S.p.A. Siamo lieti di confermarle il colloquio:\n\n"
        f"Data: {wd(s, 'it')} {s.day} {mon(s, 'it')} {s.year}\nOra: {hm(s)} - {hm(e)} "
        "(ora italiana)\nLuogo: Ferrovetro S.p.A., Via dell'Industria 22, 25030 Brescia\n\n"
        "Cordiali saluti,\nFrancesca Moretti\nRisorse Umane"
    )
    add(
        Mail(
            fam,
            "colloquio_it_ora_italiana",
            "it",
            ("Francesca Moretti", "hr@ferrovetro.it"),
            ("Giulia Conti", "giulia.conti@libero.it"),
            at(2026, 7, 6, 10, 50, "Europe/Rome"),
            "Conferma colloquio – Ingegnere di Processo",
            txt,
            html_page("Conferma colloquio", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            SR_TPL,
            "Italian 'ora italiana'.",
            start=s,
            end=e,
            zone="Europe/Rome",
            extra={"company": "Ferrovetro S.p.A.", "role": "Ingegnere di Processo"},
        )
    )

    s = at(2026, 9, 22, 14, 0, "Europe/Istanbul")
    e = s + timedelta(minutes=30)
    url = "https://zoom.us/j/96320114587"
    txt = (
        "Merhaba Emre,\n\nAnadolu Lojistik A.Ş. bünyesindeki Satın Alma Uzmanı pozisyonu için "
        "mülakatınız onaylanmıştır.\n\n"
        f"Tarih: {s.day} {mon(s, 'tr')} {s.year} {wd(s, 'tr')}\nSaat: {hm(s)} - {hm(e)} "
        "(UTC+03:00) İstanbul\nBağlantı: " + url + "\n\nSaygılarımızla,\nİnsan Kaynakları Ekibi"
    )
    add(
        Mail(
            fam,
            "mulakat_tr_fwd_gmail",
            "tr",
            ("Anadolu Lojistik", "kariyer@anadolulojistik.com.tr"),
            ("Emre Aydın", "emre.aydin@gmail.com"),
            at(2026, 9, 15, 11, 20, "Europe/Istanbul"),
            "Mülakatınız onaylandı – Satın Alma Uzmanı",
            txt,
            None,
            "invitation",
            SR_TPL,
            "Gmail (tr) forward; Windows display name '(UTC+03:00) İstanbul'.",
            start=s,
            end=e,
            zone="Europe/Istanbul",
            forward=Forward(
                "gmail",
                "tr",
                ("Emre Aydın", "emre.aydin@gmail.com"),
                at(2026, 9, 15, 21, 4, "Europe/Istanbul"),
                "Takvime eklenecek: Anadolu Lojistik mülakatı.",
            ),
            extra={
                "company": "Anadolu Lojistik A.Ş.",
                "role": "Satın Alma Uzmanı",
                "meeting_url": url,
            },
        )
    )

    s = at(2026, 6, 9, 14, 0, "Europe/Bucharest")
    e = s + timedelta(minutes=45)
    txt = (
        "Bună ziua, Andrei,\n\nVă mulțumim pentru interesul acordat poziției de Inginer Software "
        "în cadrul Carpatica Soft SRL. Interviul dumneavoastră a fost programat:\n\n"
        f"Data: {wd(s, 'ro')}, {s.day} {mon(s, 'ro')} {s.year}\nOra: {hm(s)} – {hm(e)} "
        "(ora României)\nLocația: Str. Memorandumului 28, Cluj-Napoca, etaj 3\n\n"
        "Cu stimă,\nIoana Popescu\nResurse Umane, Carpatica Soft"
    )
    add(
        Mail(
            fam,
            "interviu_ro_ora_romaniei",
            "ro",
            ("Ioana Popescu", "cariere@carpaticasoft.ro"),
            ("Andrei Marin", "andrei.marin@yahoo.com"),
            at(2026, 6, 1, 9, 12, "Europe/Bucharest"),
            "Interviu programat – Inginer Software",
            txt,
            html_page("Interviu programat", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            SR_TPL,
            "Romanian 'marți, 9 iunie 2026', 'ora României'.",
            start=s,
            end=e,
            zone="Europe/Bucharest",
            extra={"company": "Carpatica Soft SRL", "role": "Inginer Software"},
        )
    )

    txt = (
        "Bună, Elena,\n\nAm primit candidatura ta pentru postul de Contabil Junior la Dunărea "
        "Consult. Dacă profilul tău corespunde, te vom contacta pentru un interviu. Interviurile "
        "au loc de obicei marțea și joia, între orele 10:00 și 15:00.\n\nMulțumim,\n"
        "Echipa de recrutare"
    )
    add(
        Mail(
            fam,
            "candidatura_primita_ro",
            "ro",
            ("Dunărea Consult", "noreply@smartrecruiters.com"),
            ("Elena Dumitrescu", "elena.dumitrescu@gmail.com"),
            at(2026, 5, 20, 18, 0, "Europe/Bucharest"),
            "Am primit candidatura ta – Contabil Junior",
            txt,
            html_page("Mulțumim pentru candidatură", [br(p) for p in txt.split("\n\n")]),
            "not_invitation",
            SR_TPL,
            "Application received, with usual interview hours.",
        )
    )


# --------------------------------------------------------------------------------------
# HireVue (on-demand deadlines are not interview times)


HV_TPL = (
    "HireVue candidate invitation e-mails (on-demand interview with a completion deadline; "
    "live video interview scheduled) as described at hirevuehelpcenter.zendesk.com articles "
    "45490708517908 and 45490785304852 and hirevuesupport.zendesk.com 360049561652; "
    "wording ours"
)


def hirevue() -> None:
    fam = "hirevue"
    d = at(2026, 6, 12, 23, 59, "America/New_York")
    url = "https://app.hirevue.com/interviews/nc7Kx2/start"
    txt = (
        "Hi Chloe,\n\nThank you for your interest in the Graduate Analyst Program at Beacon "
        "Harbor Bank. The next step is a HireVue on-demand video interview. You'll record answers "
        "to 5 questions at a time that suits you; it takes about 20 minutes.\n\n"
        f"Please complete your interview by {en_date(d)} at {h12(d)} EDT.\n\nStart your "
        f"interview: {url}\n\nGood luck!\nBeacon Harbor Bank Campus Recruiting"
    )
    add(
        Mail(
            fam,
            "on_demand_deadline_en",
            "en",
            ("Beacon Harbor Bank", "noreply@hirevue.com"),
            ("Chloe Bennett", "chloe.bennett@gmail.com"),
            at(2026, 6, 5, 8, 0, "America/New_York"),
            "Beacon Harbor Bank - Complete your video interview",
            txt,
            html_page(
                "Your video interview",
                [br(p) for p in txt.split("\n\n")],
                button=("Start Interview", url),
            ),
            "not_invitation",
            HV_TPL,
            "On-demand interview with a completion deadline, no live slot.",
        )
    )

    d = at(2026, 6, 12, 23, 59, "Asia/Seoul")
    url = "https://app.hirevue.com/interviews/Qp41zm/start"
    txt = (
        "안녕하세요 김민준 님,\n\n한빛전자 2026 하반기 신입 공채에 지원해 주셔서 감사합니다. 다음 단계는 "
        "HireVue 온디맨드 비디오 면접입니다. 원하시는 시간에 질문 4개에 답변을 녹화하시면 됩니다.\n\n"
        f"마감: {d.year}년 {d.month}월 {d.day}일 ({wd(d, 'ko')}) {ko_time(d)} KST까지\n\n"
        f"면접 시작하기: {url}\n\n한빛전자 채용팀 드림"
    )
    add(
        Mail(
            fam,
            "on_demand_deadline_ko",
            "ko",
            ("한빛전자 채용팀", "noreply@hirevue.com"),
            ("김민준", "minjun.kim@naver.com"),
            at(2026, 6, 8, 10, 0, "Asia/Seoul"),
            "[한빛전자] 온디맨드 비디오 면접 안내",
            txt,
            html_page(
                "비디오 면접 안내",
                [br(p) for p in txt.split("\n\n")],
                button=("면접 시작하기", url),
            ),
            "not_invitation",
            HV_TPL,
            "Korean on-demand interview; a deadline, not a slot.",
        )
    )

    s = at(2026, 6, 9, 14, 0, "Asia/Seoul")
    e = s + timedelta(minutes=60)
    url = "https://app.hirevue.com/live/join/8821-kq"
    when = f"{s.year}년 {s.month}월 {s.day}일 ({wd(s, 'ko')}) {ko_time(s)} - {ko_time(e)} KST"
    txt = (
        "안녕하세요 이서연 님,\n\n새벽바이오 연구개발직 실시간 화상 면접 일정이 확정되었습니다.\n\n"
        f"일시: {when}\n접속 링크: {url}\n면접관: 박지훈 팀장, 최유진 책임\n\n"
        "면접 10분 전까지 접속해 주시기 바랍니다.\n\n새벽바이오 인사팀 드림"
    )
    add(
        Mail(
            fam,
            "live_interview_ko_kst",
            "ko",
            ("새벽바이오 인사팀", "recruit@saebyeokbio.co.kr"),
            ("이서연", "seoyeon.lee@gmail.com"),
            at(2026, 6, 2, 15, 30, "Asia/Seoul"),
            "[새벽바이오] 실시간 화상 면접 일정 안내",
            txt,
            html_page(
                "화상 면접 일정 안내",
                [br(p) for p in txt.split("\n\n")],
                button=("면접 참여하기", url),
            ),
            "invitation",
            HV_TPL,
            "Korean live interview '2026년 6월 9일 (화) 오후 2:00 - 오후 3:00 KST'.",
            start=s,
            end=e,
            zone="Asia/Seoul",
            extra={
                "company": "새벽바이오",
                "role": "연구개발직",
                "meeting_url": url,
                "organizer_email": "recruit@saebyeokbio.co.kr",
            },
        )
    )

    s = at(2026, 3, 26, 17, 30, "Europe/Paris")
    e = s + timedelta(minutes=30)
    url = "https://app.hirevue.com/live/join/55ta-ux"
    txt = (
        "Bonjour Hugo,\n\nVotre entretien vidéo en direct pour le poste de Chargé d'affaires "
        "chez Crédit Vendômois est planifié.\n\n"
        f"Date : {wd(s, 'fr')} {s.day} {mon(s, 'fr')} {s.year}\nHeure : {s.hour} h {s.minute:02d} "
        f"– {e.hour} h {e.minute:02d} (heure de Paris)\nLien : {url}\n\n"
        "Merci de vous connecter cinq minutes avant le début.\n\nCordialement,\n"
        "L'équipe Recrutement"
    )
    add(
        Mail(
            fam,
            "live_interview_fr_heure_de_paris",
            "fr",
            ("Crédit Vendômois Recrutement", "recrutement@credit-vendomois.fr"),
            ("Hugo Lambert", "hugo.lambert@orange.fr"),
            at(2026, 3, 20, 11, 0, "Europe/Paris"),
            "Votre entretien vidéo est planifié",
            txt,
            html_page("Entretien vidéo planifié", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            HV_TPL,
            "French live interview, '17 h 30 – 18 h 00 (heure de Paris)'; sent in CET for a "
            "slot in CEST.",
            start=s,
            end=e,
            zone="Europe/Paris",
            extra={
                "company": "Crédit Vendômois",
                "role": "Chargé d'affaires",
                "meeting_url": url,
                "organizer_email": "recrutement@credit-vendomois.fr",
            },
        )
    )


# --------------------------------------------------------------------------------------
# Workday Recruiting


WD_TPL = (
    "Workday Recruiting candidate notifications (interview scheduled / rescheduled, offer "
    "ready in the candidate home) as described in Workday community and customer career-"
    "site help pages; wording ours"
)


def workday() -> None:
    fam = "workday"
    s = at(2026, 6, 9, 14, 0, "America/New_York")
    e = s + timedelta(hours=1)
    zoom = "https://cobaltmutual.zoom.us/j/81937466021"
    rows = [
        ("Job Requisition", "R-0042817 Actuarial Analyst II"),
        ("Date", f"{s.month:02d}/{s.day:02d}/{s.year}"),
        ("Time", f"{h12(s)} - {h12(e)} (GMT-04:00) Eastern Time (New York)"),
        ("Interviewers", "Grace Whitfield; Omar Siddiqui"),
        ("Location", link(zoom, "Zoom meeting")),
    ]
    add(
        Mail(
            fam,
            "interview_scheduled_en_us",
            "en",
            ("Cobalt Mutual Careers", "cobaltmutual@myworkday.com"),
            ("Nathan Pierce", "nathan.pierce@gmail.com"),
            at(2026, 6, 1, 15, 44, "America/New_York"),
            "Interview Scheduled: R-0042817 Actuarial Analyst II",
            "Dear Nathan,\n\nAn interview has been scheduled for you. Sign in to your candidate "
            "home to view the details:\nhttps://cobaltmutual.wd5.myworkdayjobs.com/en-US/careers/"
            "userHome\n\nCobalt Mutual Talent Acquisition",
            html_page(
                "Interview Scheduled",
                ["Dear Nathan,", "An interview has been scheduled for you for the position below."],
                rows=rows,
                footer="Cobalt Mutual Talent Acquisition",
            ),
            "invitation",
            WD_TPL,
            "Workday: US date '06/09/2026' and 'Eastern Time (New York)' only in the HTML table.",
            start=s,
            end=e,
            zone="America/New_York",
            extra={"company": "Cobalt Mutual", "role": "Actuarial Analyst II", "meeting_url": zoom},
        )
    )

    old = at(2026, 11, 3, 9, 0, "America/New_York")
    new = at(2026, 11, 5, 13, 30, "America/New_York")
    new_end = new + timedelta(minutes=45)
    txt = (
        "Dear Priyanka,\n\nYour interview for Clinical Research Coordinator has been rescheduled.\n\n"
        f"Original: {old.month:02d}/{old.day:02d}/{old.year} {h12(old)} Eastern Time (New York)\n"
        f"Rescheduled to: {new.month:02d}/{new.day:02d}/{new.year} {h12(new)} - {h12(new_end)} "
        "Eastern Time (New York)\nLocation: Riverbend Health, 400 Canal St, Building C, Room 214, "
        "Richmond, VA\n\nSincerely,\nRiverbend Health Recruiting"
    )
    add(
        Mail(
            fam,
            "interview_rescheduled_en_after_dst",
            "en",
            ("Riverbend Health", "riverbendhealth@myworkday.com"),
            ("Priyanka Shah", "priyanka.shah@outlook.com"),
            at(2026, 10, 29, 10, 5, "America/New_York"),
            "Interview Rescheduled: Clinical Research Coordinator",
            txt,
            html_page("Interview Rescheduled", [br(p) for p in txt.split("\n\n")]),
            "reschedule",
            WD_TPL,
            "Sent in EDT for a new slot after the 1 Nov change (EST).",
            start=new,
            end=new_end,
            zone="America/New_York",
            extra={"company": "Riverbend Health", "role": "Clinical Research Coordinator"},
        )
    )

    s = at(2026, 6, 9, 14, 0, "Europe/Paris")
    e = s + timedelta(minutes=45)
    rows = [
        ("Poste", "Contrôleur de gestion (H/F)"),
        ("Date", f"{s.day:02d}/{s.month:02d}/{s.year}"),
        ("Heure", f"{hm(s)} - {hm(e)} (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"),
        ("Lieu", "Siège Aubeline, 12 rue de la Verrerie, 69002 Lyon"),
    ]
    add(
        Mail(
            fam,
            "entretien_planifie_fr_windows_zone",
            "fr",
            ("Aubeline Carrières", "aubeline@myworkday.com"),
            ("Manon Leroy", "manon.leroy@laposte.net"),
            at(2026, 6, 2, 9, 30, "Europe/Paris"),
            "Entretien planifié : Contrôleur de gestion (H/F)",
            "Bonjour Manon,\n\nUn entretien a été planifié pour vous. Consultez les détails dans "
            "votre espace candidat.\n\nL'équipe Recrutement Aubeline",
            html_page(
                "Entretien planifié",
                ["Bonjour Manon,", "Un entretien a été planifié pour vous :"],
                rows=rows,
                footer="L'équipe Recrutement Aubeline",
            ),
            "invitation",
            WD_TPL,
            "French Windows display name '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris' "
            "(Romance Standard Time) in June; the slot only in HTML.",
            start=s,
            end=e,
            zone="Europe/Paris",
            extra={"company": "Aubeline", "role": "Contrôleur de gestion (H/F)"},
        )
    )

    txt = (
        "Dear Nathan,\n\nCongratulations! Your offer for Actuarial Analyst II is ready for your "
        "review in your candidate home. Please review and accept by 06/26/2026 5:00 PM Eastern "
        "Time (New York).\n\nProposed start date: Monday, July 20, 2026, 8:30 AM orientation.\n\n"
        "Cobalt Mutual Talent Acquisition"
    )
    add(
        Mail(
            fam,
            "offer_ready_en",
            "en",
            ("Cobalt Mutual Careers", "cobaltmutual@myworkday.com"),
            ("Nathan Pierce", "nathan.pierce@gmail.com"),
            at(2026, 6, 19, 12, 0, "America/New_York"),
            "Your offer is ready: Actuarial Analyst II",
            txt,
            html_page("Your offer is ready", [br(p) for p in txt.split("\n\n")]),
            "not_invitation",
            WD_TPL,
            "Offer with an acceptance deadline and a start date.",
        )
    )


# --------------------------------------------------------------------------------------
# Ashby


ASHBY_TPL = (
    "Ashby candidate scheduling e-mails (interview confirmation with an itinerary, "
    "availability request, cancellation) as described in Ashby's help center "
    "(docs.ashbyhq.com / ashbyhq.notion.site scheduling guides); wording ours"
)


def ashby() -> None:
    fam = "ashby"
    s1 = at(2026, 7, 21, 10, 0, "America/Los_Angeles")
    s2 = s1 + timedelta(minutes=60)
    s3 = s2 + timedelta(minutes=60)
    url = "https://meet.google.com/ahz-qtnv-kbf"
    itinerary = "\n".join(
        [
            f"{h12(s1)} - {h12(s1 + timedelta(minutes=45))}  System design with Felix Roth",
            f"{h12(s2)} - {h12(s2 + timedelta(minutes=45))}  Coding with Ana Beltrán",
            f"{h12(s3)} - {h12(s3 + timedelta(minutes=30))}  Values with Grace Liu",
        ]
    )
    txt = (
        "Hi Kwame,\n\nYou're all set for your final round with Tidepool AI for Staff Software "
        "Engineer. Here is your schedule for "
        f"{en_date(s1)} (Pacific Time - Los Angeles):\n\n{itinerary}\n\nAll sessions use the "
        f"same Google Meet link: {url}\n\nSee you soon!\nJess Park, Recruiting"
    )
    add(
        Mail(
            fam,
            "final_round_itinerary_en",
            "en",
            ("Jess Park", "jess@tidepool.ai"),
            ("Kwame Mensah", "kwame.mensah@gmail.com"),
            at(2026, 7, 14, 14, 12, "America/Los_Angeles"),
            "Your interview schedule with Tidepool AI",
            txt,
            html_page("Your interview schedule", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            ASHBY_TPL,
            "Three back-to-back sessions; start is the first one; Google's long zone name.",
            start=s1,
            zone="America/Los_Angeles",
            extra={
                "company": "Tidepool AI",
                "role": "Staff Software Engineer",
                "meeting_url": url,
                "organizer_email": "jess@tidepool.ai",
            },
        )
    )

    url = "https://app.ashbyhq.com/availability/2b7e51d0"
    txt = (
        "Hi Lucía,\n\nThanks for chatting with us! Next up is a 45-minute technical interview. "
        "Please share the times you're available over the next two weeks here:\n\n"
        + url
        + "\n\nOnce we have your availability, we'll send a calendar invitation with the final "
        "time.\n\nBest,\nJess"
    )
    add(
        Mail(
            fam,
            "availability_request_en",
            "en",
            ("Jess Park", "jess@tidepool.ai"),
            ("Lucía Fernández", "lucia.fernandez@gmail.com"),
            at(2026, 7, 15, 9, 3, "America/Los_Angeles"),
            "Share your availability - Tidepool AI",
            txt,
            None,
            "not_invitation",
            ASHBY_TPL,
            "Availability request; nothing booked.",
        )
    )

    s = at(2026, 6, 9, 14, 0, "Asia/Tokyo")
    e = s + timedelta(hours=1)
    url = "https://zoom.us/j/93310457726"
    txt = (
        "山田 花子 様\n\nこの度は株式会社ミナトデータのバックエンドエンジニア職にご応募いただき、誠に"
        "ありがとうございます。一次面接の日程が確定しましたのでご案内いたします。\n\n"
        f"日時：{s.year}年{s.month}月{s.day}日({wd(s, 'ja')}) {hm(s)}〜{hm(e)} (JST)\n"
        f"形式：オンライン（Zoom）\nURL：{url}\n\n当日はどうぞよろしくお願いいたします。\n\n"
        "株式会社ミナトデータ 採用担当 佐藤"
    )
    add(
        Mail(
            fam,
            "mensetsu_ja_fwd_apple",
            "ja",
            ("ミナトデータ 採用担当", "recruit@minatodata.co.jp"),
            ("山田 花子", "hanako.yamada@icloud.com"),
            at(2026, 6, 2, 11, 0, "Asia/Tokyo"),
            "【ミナトデータ】一次面接日程確定のご連絡",
            txt,
            None,
            "invitation",
            ASHBY_TPL,
            "Apple Mail (ja) forward; '2026年6月9日(火) 14:00〜15:00 (JST)'.",
            start=s,
            end=e,
            zone="Asia/Tokyo",
            forward=Forward(
                "apple",
                "ja",
                ("山田 花子", "hanako.yamada@icloud.com"),
                at(2026, 6, 2, 20, 15, "Asia/Tokyo"),
                "面接の案内です。保存用。",
            ),
            extra={
                "company": "株式会社ミナトデータ",
                "role": "バックエンドエンジニア",
                "meeting_url": url,
            },
        )
    )

    s = at(2026, 8, 6, 15, 0, "America/Denver")
    txt = (
        "Hi Ethan,\n\nUnfortunately we need to cancel your interview for Solutions Architect "
        f"on {en_date(s)} at {h12(s)} MDT. Our hiring manager is out unexpectedly.\n\nWe'll send "
        "new options shortly. Apologies for the inconvenience!\n\nCheers,\nMolly Hart\nRidgeback "
        "Software"
    )
    add(
        Mail(
            fam,
            "cancelled_en_mdt",
            "en",
            ("Molly Hart", "molly@ridgeback.dev"),
            ("Ethan Novak", "ethan.novak@gmail.com"),
            at(2026, 8, 4, 10, 40, "America/Denver"),
            "Cancelled: Solutions Architect interview",
            txt,
            html_page("Interview cancelled", [br(p) for p in txt.split("\n\n")]),
            "cancellation",
            ASHBY_TPL,
            "Cancellation naming the slot; MDT is not one zone.",
            start=s,
            extra={
                "company": "Ridgeback Software",
                "role": "Solutions Architect",
                "organizer_email": "molly@ridgeback.dev",
            },
        )
    )


# --------------------------------------------------------------------------------------
# BambooHR


BB_TPL = (
    "BambooHR Hiring e-mail templates (interview invitation, offer letter, not-selected) "
    "as described in BambooHR's help center (help.bamboohr.com, Email Templates in "
    "Hiring); wording ours"
)


def bamboohr() -> None:
    fam = "bamboohr"
    s = at(2026, 5, 12, 11, 0, "America/Denver")
    e = s + timedelta(minutes=45)
    txt = (
        "Hi Riley,\n\nThank you for applying for the Retail Operations Lead position at Kestrel "
        "Outdoor Co. We'd like to invite you to an in-person interview.\n\n"
        f"Date: {en_date(s)}\nTime: {h12(s)} - {h12(e)} Mountain Time (US & Canada)\n"
        "Location: Kestrel Outdoor HQ, 1520 Blake St, Denver, CO 80202\n\nPlease reply to "
        "confirm.\n\nThanks,\nDana Whitaker\nHR Generalist"
    )
    add(
        Mail(
            fam,
            "interview_invite_en_mountain",
            "en",
            ("Dana Whitaker", "dana@kestreloutdoor.com"),
            ("Riley Morgan", "riley.morgan@gmail.com"),
            at(2026, 5, 5, 13, 0, "America/Denver"),
            "Interview invitation: Retail Operations Lead",
            txt,
            html_page("Interview invitation", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            BB_TPL,
            "Rails label 'Mountain Time (US & Canada)'.",
            start=s,
            end=e,
            zone="America/Denver",
            extra={
                "company": "Kestrel Outdoor Co.",
                "role": "Retail Operations Lead",
                "organizer_email": "dana@kestreloutdoor.com",
            },
        )
    )

    txt = (
        "Hi Riley,\n\nWe're thrilled to offer you the position of Retail Operations Lead at "
        "Kestrel Outdoor Co.! Please review and sign your offer letter by Friday, May 29, 2026 "
        "at 5:00 PM.\n\nYour first day would be Monday, June 15, 2026; please arrive at 9:00 AM "
        "for onboarding.\n\nReview offer: https://kestreloutdoor.bamboohr.com/offer/7Yk2\n\n"
        "Welcome aboard (almost)!\nDana"
    )
    add(
        Mail(
            fam,
            "offer_letter_en",
            "en",
            ("Kestrel Outdoor Co.", "notifications@app.bamboohr.com"),
            ("Riley Morgan", "riley.morgan@gmail.com"),
            at(2026, 5, 22, 10, 0, "America/Denver"),
            "Your offer letter from Kestrel Outdoor Co.",
            None,
            html_page(
                "You have an offer!",
                [br(p) for p in txt.split("\n\n")],
                button=("Review offer", "https://kestreloutdoor.bamboohr.com/offer/7Yk2"),
            ),
            "not_invitation",
            BB_TPL,
            "HTML-only offer letter with a signing deadline and a first day.",
        )
    )

    past = at(2026, 5, 12, 14, 0, "America/Denver")
    txt = (
        "Hi Jamie,\n\nThank you for meeting with us on "
        f"{en_date(past)} at {h12(past)} about the Retail Operations Lead role. After careful "
        "consideration, we have decided to move forward with another candidate.\n\nWe appreciate "
        "your time and wish you the best in your search.\n\nKestrel Outdoor Co. Hiring Team"
    )
    add(
        Mail(
            fam,
            "not_selected_after_interview_en",
            "en",
            ("Kestrel Outdoor Co.", "notifications@app.bamboohr.com"),
            ("Jamie Fox", "jamie.fox@yahoo.com"),
            at(2026, 5, 20, 9, 30, "America/Denver"),
            "Update on your application with Kestrel Outdoor Co.",
            txt,
            None,
            "not_invitation",
            BB_TPL,
            "Refusal naming the past interview's date and time.",
        )
    )


# --------------------------------------------------------------------------------------
# Workable


WK_TPL = (
    "Workable candidate event invitation and self-schedule link e-mails as described at "
    "help.workable.com articles 115013135088 (Scheduling events) and 360007483594 "
    "(Self-scheduled events); wording ours"
)


def workable() -> None:
    fam = "workable"
    s = at(2026, 6, 9, 14, 0, "Europe/Dublin")
    e = s + timedelta(minutes=30)
    url = "https://meet.google.com/ium-vbxs-rqc"
    rows = [
        (
            "When",
            f"{wd(s, 'en')[:3]}, {mon(s, 'en')[:3]} {s.day}, {s.year} {h12(s)} - "
            f"{h12(e)} (Europe/Dublin)",
        ),
        ("Where", link(url)),
        ("With", "Siobhán Murphy, Head of Engineering"),
    ]
    add(
        Mail(
            fam,
            "event_invite_en_dublin",
            "en",
            ("Siobhán Murphy", "siobhan@claddagh.tech"),
            ("Arjun Mehta", "arjun.mehta@gmail.com"),
            at(2026, 6, 3, 12, 0, "Europe/Dublin"),
            "Interview with Claddagh Tech for the Mobile Developer role",
            "Hi Arjun,\n\nYou're invited to an interview with Claddagh Tech for the Mobile "
            "Developer role. Open this email in HTML view or use the attached event page for "
            "the details.\n\nSiobhán",
            html_page(
                "You're invited to an interview",
                [
                    "Hi Arjun,",
                    "You're invited to an interview with Claddagh Tech for the "
                    "<b>Mobile Developer</b> role.",
                ],
                rows=rows,
                button=("View event page", "https://apply.workable.com/claddagh/e/4D2F1A"),
            ),
            "invitation",
            WK_TPL,
            "Workable event; the slot only in the HTML rows.",
            start=s,
            end=e,
            zone="Europe/Dublin",
            extra={
                "company": "Claddagh Tech",
                "role": "Mobile Developer",
                "meeting_url": url,
                "organizer_email": "siobhan@claddagh.tech",
            },
        )
    )

    url = "https://apply.workable.com/claddagh/schedule/91ac7e"
    txt = (
        "Hi Niamh,\n\nThanks for your application for the QA Engineer role! Please book a "
        "30-minute call with me at a time that suits you - any weekday between June 15 and "
        "June 26, 9:00 AM to 3:00 PM Irish time:\n\n" + url + "\n\nThanks,\nSiobhán"
    )
    add(
        Mail(
            fam,
            "self_schedule_link_en",
            "en",
            ("Siobhán Murphy", "siobhan@claddagh.tech"),
            ("Niamh Kelly", "niamh.kelly@eircom.net"),
            at(2026, 6, 10, 16, 20, "Europe/Dublin"),
            "Book a call with Claddagh Tech",
            txt,
            None,
            "not_invitation",
            WK_TPL,
            "Self-schedule link with a date range; nothing booked.",
        )
    )

    s = at(2026, 9, 17, 10, 0, "America/Toronto")
    e = s + timedelta(minutes=60)
    txt = (
        "Bonjour Étienne,\n\nNous avons le plaisir de vous inviter à une entrevue pour le poste "
        "de Conseiller en sécurité de l'information chez Boréal Assurances.\n\n"
        f"Quand : {wd(s, 'fr')} {s.day} {mon(s, 'fr')} {s.year}, {hm(s)} à {hm(e)} "
        "(America/Toronto)\nOù : 1200, boulevard René-Lévesque Ouest, bureau 900, Montréal\n\n"
        "Au plaisir,\nGeneviève Tremblay\nAcquisition de talents"
    )
    add(
        Mail(
            fam,
            "entrevue_fr_ca_toronto",
            "fr",
            ("Geneviève Tremblay", "gtremblay@borealassurances.ca"),
            ("Étienne Roy", "etienne.roy@videotron.ca"),
            at(2026, 9, 10, 14, 0, "America/Toronto"),
            "Invitation à une entrevue – Conseiller en sécurité de l'information",
            txt,
            html_page("Invitation à une entrevue", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            WK_TPL,
            "Canadian French 'entrevue' with an IANA zone.",
            start=s,
            end=e,
            zone="America/Toronto",
            extra={
                "company": "Boréal Assurances",
                "role": "Conseiller en sécurité de l'information",
                "organizer_email": "gtremblay@borealassurances.ca",
            },
        )
    )

    old = at(2026, 4, 14, 16, 0, "Europe/Lisbon")
    new = at(2026, 4, 16, 11, 0, "Europe/Lisbon")
    new_end = new + timedelta(minutes=45)
    txt = (
        "Hi Inês,\n\nThe interview for the Growth Marketer position has been moved from "
        f"{wd(old, 'en')}, {mon(old, 'en')} {old.day} at {h12(old)} to "
        f"{wd(new, 'en')}, {mon(new, 'en')} {new.day} at {h12(new)} - {h12(new_end)} "
        "(Europe/Lisbon). The video link stays the same: https://meet.google.com/ofk-dzqa-mvy\n\n"
        "Thanks for understanding,\nTiago Ramos\nAtlântico Labs"
    )
    add(
        Mail(
            fam,
            "moved_en_lisbon",
            "en",
            ("Tiago Ramos", "tiago@atlanticolabs.pt"),
            ("Inês Carvalho", "ines.carvalho@sapo.pt"),
            at(2026, 4, 10, 17, 45, "Europe/Lisbon"),
            "Updated: Growth Marketer interview",
            txt,
            None,
            "reschedule",
            WK_TPL,
            "'moved from X to Y' without a year; the Date header gives 2026.",
            start=new,
            end=new_end,
            zone="Europe/Lisbon",
            extra={
                "company": "Atlântico Labs",
                "role": "Growth Marketer",
                "meeting_url": "https://meet.google.com/ofk-dzqa-mvy",
                "organizer_email": "tiago@atlanticolabs.pt",
            },
        )
    )


# --------------------------------------------------------------------------------------
# iCIMS


IC_TPL = (
    "iCIMS Talent Cloud candidate communications (interview scheduling confirmation, "
    "not-selected, interviewer feedback request) as described in iCIMS community/help "
    "articles on Interview Scheduling and Candidate Communications; wording ours"
)


def icims() -> None:
    fam = "icims"
    s = at(2026, 6, 9, 14, 0, "America/Chicago")
    e = s + timedelta(minutes=60)
    txt = (
        "Dear Marisol,\n\nThank you for your interest in Lone Star Freight. Your interview for "
        "Logistics Coordinator (Req ID 2026-4471) has been scheduled.\n\n"
        f"Interview Date/Time: {s.month:02d}/{s.day:02d}/{s.year} {h12(s).rjust(8, '0')} - "
        f"{h12(e).rjust(8, '0')} CDT\nInterview Type: Phone Screen\nWe will call you at the number "
        "on your profile.\n\nRegards,\nLone Star Freight Talent Acquisition"
    )
    add(
        Mail(
            fam,
            "phone_screen_en_cdt",
            "en",
            ("Lone Star Freight", "lonestarfreight@icims.com"),
            ("Marisol Vega", "marisol.vega@gmail.com"),
            at(2026, 6, 2, 8, 30, "America/Chicago"),
            "Interview Scheduled - Logistics Coordinator",
            txt,
            html_page("Interview Scheduled", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            IC_TPL,
            "'06/09/2026 02:00 PM - 03:00 PM CDT'; no timezone label.",
            start=s,
            end=e,
            extra={"company": "Lone Star Freight", "role": "Logistics Coordinator"},
        )
    )

    s = at(2026, 6, 9, 14, 0, "Europe/Prague")
    e = s + timedelta(minutes=45)
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ0MjEx%40thread.v2/0"
    txt = (
        "Dobrý den, paní Dvořáková,\n\nděkujeme za Váš zájem o pozici Účetní ve společnosti "
        "Vltavín Trade s.r.o. Rádi bychom Vás pozvali na pohovor.\n\n"
        f"Termín: {wd(s, 'cs')} {s.day}. {mon(s, 'cs')} {s.year} {hm(s)}–{hm(e)} SELČ\n"
        "Místo: online (Microsoft Teams) – " + url + "\n\nV případě potřeby změny termínu nás "
        "prosím kontaktujte.\n\nS pozdravem\nTereza Horáková\nPersonální oddělení"
    )
    add(
        Mail(
            fam,
            "pohovor_cs_selc",
            "cs",
            ("Tereza Horáková", "kariera@vltavin.cz"),
            ("Lucie Dvořáková", "lucie.dvorakova@seznam.cz"),
            at(2026, 6, 2, 9, 0, "Europe/Prague"),
            "Pozvánka na pohovor – Účetní",
            txt,
            html_page("Pozvánka na pohovor", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            IC_TPL,
            "Czech 'úterý 9. června 2026 14:00–14:45 SELČ' (SELČ = CEST, shared).",
            start=s,
            end=e,
            extra={"company": "Vltavín Trade s.r.o.", "role": "Účetní", "meeting_url": url},
        )
    )

    past = at(2026, 6, 9, 14, 0, "Europe/Prague")
    txt = (
        "Dobrý den, pane Novák,\n\nděkujeme za Váš čas a za pohovor, který proběhl "
        f"{past.day}. {mon(past, 'cs')} {past.year} ve {hm(past)}. Po pečlivém zvážení jsme se "
        "rozhodli pokračovat s jiným kandidátem.\n\nPřejeme Vám mnoho úspěchů.\n\nS pozdravem\n"
        "Vltavín Trade s.r.o."
    )
    add(
        Mail(
            fam,
            "zamitnuti_po_pohovoru_cs",
            "cs",
            ("Vltavín Trade", "kariera@vltavin.cz"),
            ("Jakub Novák", "jakub.novak@email.cz"),
            at(2026, 6, 16, 10, 0, "Europe/Prague"),
            "Výsledek výběrového řízení – Účetní",
            txt,
            None,
            "not_invitation",
            IC_TPL,
            "Czech refusal naming the past interview.",
        )
    )

    past = at(2026, 6, 9, 14, 0, "America/Chicago")
    txt = (
        "Hello Brian,\n\nPlease submit your interview feedback for Marisol Vega (Logistics "
        f"Coordinator), interviewed on {past.month:02d}/{past.day:02d}/{past.year} at "
        f"{h12(past)}.\n\nOpen the evaluation: https://careers-lonestarfreight.icims.com/"
        "eval/88213\n\nThank you,\nTalent Acquisition"
    )
    add(
        Mail(
            fam,
            "feedback_request_hiring_manager_en",
            "en",
            ("Lone Star Freight", "lonestarfreight@icims.com"),
            ("Brian Kowalski", "brian.kowalski@lonestarfreight.com"),
            at(2026, 6, 10, 7, 0, "America/Chicago"),
            "Feedback requested: Marisol Vega - Logistics Coordinator",
            txt,
            None,
            "not_invitation",
            IC_TPL,
            "Interviewer feedback request about a past interview.",
        )
    )


# --------------------------------------------------------------------------------------
# SAP SuccessFactors Recruiting


SF_TPL = (
    "SAP SuccessFactors Recruiting interview scheduling e-mails (Interview Scheduling "
    "candidate invitation, updated and cancelled meeting) as described in SAP Help Portal "
    "'Interview Scheduling' and 'E-Mail Templates for Interview Scheduling'; wording ours"
)


def successfactors() -> None:
    fam = "successfactors"
    s = at(2026, 6, 9, 14, 0, "Europe/Budapest")
    e = s + timedelta(hours=1)
    txt = (
        "Kedves Kovács Anna!\n\nKöszönjük jelentkezését a Tiszavirág Energia Zrt. Pénzügyi "
        "elemző pozíciójára. Örömmel meghívjuk személyes állásinterjúra.\n\n"
        f"Időpont: {s.year}. {mon(s, 'hu')} {s.day}. {hm(s)}–{hm(e)}\n"
        "Helyszín: Budapest, Váci út 81., 5. emelet, recepció\n\nKérjük, jelezze vissza "
        "részvételét.\n\nÜdvözlettel:\nSzabó Réka\nHR osztály"
    )
    add(
        Mail(
            fam,
            "allasinterju_hu_fwd_outlook",
            "hu",
            ("Szabó Réka", "karrier@tiszavirag-energia.hu"),
            ("Kovács Anna", "kovacs.anna@freemail.hu"),
            at(2026, 6, 1, 10, 0, "Europe/Budapest"),
            "Meghívó állásinterjúra – Pénzügyi elemző",
            txt,
            None,
            "invitation",
            SF_TPL,
            "Outlook (hu) forward; '2026. június 9. 14:00–15:00', no zone.",
            start=s,
            end=e,
            tz_stated=False,
            forward=Forward(
                "outlook",
                "hu",
                ("Kovács Anna", "kovacs.anna@freemail.hu"),
                at(2026, 6, 1, 19, 30, "Europe/Budapest"),
                "Szia! Továbbítom az interjú meghívót. Anna",
            ),
            extra={"company": "Tiszavirág Energia Zrt.", "role": "Pénzügyi elemző"},
        )
    )

    old = at(2026, 9, 8, 10, 0, "Europe/Budapest")
    new = at(2026, 9, 10, 13, 30, "Europe/Budapest")
    new_end = new + timedelta(minutes=45)
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1NmFh%40thread.v2/0"
    rows = [
        ("Eredeti időpont", f"<s>{old.year}. {mon(old, 'hu')} {old.day}. {hm(old)}</s>"),
        (
            "Új időpont",
            f"{old.year}. {mon(new, 'hu')} {new.day}., {wd(new, 'hu')} "
            f"{hm(new)}–{hm(new_end)} (UTC+01:00) Belgrád, Budapest, Ljubljana, "
            "Pozsony, Prága",
        ),
        ("Helyszín", link(url, "Microsoft Teams")),
    ]
    add(
        Mail(
            fam,
            "idopont_modosult_hu",
            "hu",
            ("Balaton Logisztika", "noreply@successfactors.eu"),
            ("Tóth Bence", "toth.bence@gmail.com"),
            at(2026, 9, 3, 11, 20, "Europe/Budapest"),
            "Az interjú időpontja módosult – Raktárvezető",
            "Kedves Tóth Bence!\n\nAz interjú időpontja módosult. A részleteket a levél HTML "
            "változatában találja.\n\nBalaton Logisztika Kft.",
            html_page(
                "Az interjú időpontja módosult",
                ["Kedves Tóth Bence!", "Az interjú időpontja módosult:"],
                rows=rows,
                footer="Balaton Logisztika Kft.",
            ),
            "reschedule",
            SF_TPL,
            "Hungarian Windows display name (Central Europe Standard Time -> Europe/Budapest); "
            "old slot struck through, new only in HTML.",
            start=new,
            end=new_end,
            zone="Europe/Budapest",
            extra={
                "company": "Balaton Logisztika Kft.",
                "role": "Raktárvezető",
                "meeting_url": url,
            },
        )
    )

    s = at(2026, 11, 17, 9, 0, "Europe/Berlin")
    e = s + timedelta(minutes=90)
    txt = (
        "Sehr geehrter Herr Wagner,\n\nwir freuen uns, Sie zu einem Interview für die Position "
        "SAP-Berater FI/CO (m/w/d) einzuladen.\n\n"
        f"Datum: {s.day:02d}.{s.month:02d}.{s.year}\nUhrzeit: {hm(s)} - {hm(e)} "
        "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n"
        "Ort: Isarwerk Consulting AG, Leopoldstraße 150, 80804 München\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Isarwerk Consulting AG"
    )
    add(
        Mail(
            fam,
            "interview_de_windows_zone",
            "de",
            ("Isarwerk Consulting Recruiting", "recruiting@isarwerk-consulting.de"),
            ("Tobias Wagner", "tobias.wagner@gmx.net"),
            at(2026, 11, 9, 14, 0, "Europe/Berlin"),
            "Einladung zum Interview: SAP-Berater FI/CO (m/w/d)",
            txt,
            html_page("Einladung zum Interview", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            SF_TPL,
            "German Windows display name (W. Europe Standard Time -> Europe/Berlin); 90 minutes.",
            start=s,
            end=e,
            zone="Europe/Berlin",
            extra={"company": "Isarwerk Consulting AG", "role": "SAP-Berater FI/CO (m/w/d)"},
        )
    )

    s = at(2026, 6, 23, 10, 0, "Europe/Prague")
    txt = (
        "Dobrý den, pane Procházko,\n\nomlouváme se, ale pohovor na pozici Technik údržby, "
        f"naplánovaný na {s.day}. {mon(s, 'cs')} {s.year} v {hm(s)} SELČ, byl zrušen. "
        "Náhradní termín Vám zašleme v nejbližších dnech.\n\nS pozdravem\nMoravská strojírna a.s."
    )
    add(
        Mail(
            fam,
            "pohovor_zrusen_cs",
            "cs",
            ("Moravská strojírna", "nabor@moravskastrojirna.cz"),
            ("Martin Procházka", "martin.prochazka@centrum.cz"),
            at(2026, 6, 18, 13, 0, "Europe/Prague"),
            "Zrušení pohovoru – Technik údržby",
            txt,
            html_page("Zrušení pohovoru", [br(p) for p in txt.split("\n\n")]),
            "cancellation",
            SF_TPL,
            "Czech cancellation naming the slot with SELČ.",
            start=s,
            extra={"company": "Moravská strojírna a.s.", "role": "Technik údržby"},
        )
    )


# --------------------------------------------------------------------------------------
# Microsoft Bookings


MB_TPL = (
    "Microsoft Bookings customer confirmation / cancellation / update e-mails (service, "
    "date and time with the Windows time-zone display name, Manage booking link) as "
    "described in Microsoft Learn / support.microsoft.com Bookings articles; wording ours"
)


def msbookings() -> None:
    fam = "msbookings"
    s = at(2026, 6, 9, 14, 0, "Asia/Shanghai")
    e = s + timedelta(minutes=30)
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk5NjA0%40thread.v2/0"
    zone = "(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐"
    rows = [
        ("服务", "初试（30 分钟）"),
        ("日期和时间", f"{s.year}年{s.month}月{s.day}日 {wd(s, 'zh')} {zh_time(s)} {zone}"),
        ("员工", "王磊"),
        ("加入会议", link(url, "加入 Teams 会议")),
    ]
    add(
        Mail(
            fam,
            "yuyue_zh_windows_zone",
            "zh",
            ("云栖智造招聘", "bookings@yunqizhizao.cn"),
            ("陈晓雨", "xiaoyu.chen@qq.com"),
            at(2026, 6, 3, 10, 15, "Asia/Shanghai"),
            "已确认预约：初试 – 云栖智造",
            None,
            html_page(
                "你的预约已确认",
                ["陈晓雨，你好：", "感谢你预约云栖智造的面试。"],
                rows=rows,
                button=(
                    "管理预约",
                    "https://outlook.office365.com/owa/calendar/"
                    "YunqiRecruiting@yunqizhizao.cn/bookings/",
                ),
            ),
            "invitation",
            MB_TPL,
            "HTML-only Chinese confirmation; '下午2:00' with the localized Windows display "
            "name (China Standard Time -> Asia/Shanghai); 30-minute service.",
            start=s,
            end=e,
            zone="Asia/Shanghai",
            extra={"company": "云栖智造", "meeting_url": url},
        )
    )

    s = at(2026, 6, 16, 10, 30, "Asia/Shanghai")
    zone = "(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐"
    txt = (
        "周子涵，你好：\n\n你在云栖智造预约的复试已取消。\n\n"
        f"日期和时间：{s.year}年{s.month}月{s.day}日 {wd(s, 'zh')} {zh_time(s)} {zone}\n"
        "取消原因：面试官临时出差。\n\n如需重新预约，请使用我们的预约页面。"
    )
    add(
        Mail(
            fam,
            "quxiao_zh",
            "zh",
            ("云栖智造招聘", "bookings@yunqizhizao.cn"),
            ("周子涵", "zihan.zhou@163.com"),
            at(2026, 6, 12, 17, 40, "Asia/Shanghai"),
            "已取消预约：复试 – 云栖智造",
            txt,
            html_page("预约已取消", [br(p) for p in txt.split("\n\n")]),
            "cancellation",
            MB_TPL,
            "Chinese cancellation with '上午10:30'.",
            start=s,
            zone="Asia/Shanghai",
            extra={"company": "云栖智造"},
        )
    )

    s = at(2026, 11, 4, 13, 0, "America/New_York")
    e = s + timedelta(minutes=45)
    txt = (
        "Hi Olivia,\n\nYour booking with Granite Peak Partners has been rescheduled.\n\n"
        "Service: Associate interview (45 minutes)\n"
        f"New date and time: {s.month}/{s.day}/{s.year} {h12(s)} (UTC-05:00) Eastern Time (US & "
        "Canada)\nStaff: Daniel Reyes\n\nManage booking: https://outlook.office365.com/owa/calendar/"
        "GranitePeakInterviews@granitepeak.com/bookings/\n\nGranite Peak Partners"
    )
    add(
        Mail(
            fam,
            "rescheduled_en_eastern",
            "en",
            ("Granite Peak Interviews", "GranitePeakInterviews@granitepeak.com"),
            ("Olivia Grant", "olivia.grant@gmail.com"),
            at(2026, 10, 30, 9, 0, "America/New_York"),
            "Rescheduled booking: Associate interview",
            txt,
            html_page("Your booking has been rescheduled", [br(p) for p in txt.split("\n\n")]),
            "reschedule",
            MB_TPL,
            "Windows display name '(UTC-05:00) Eastern Time (US & Canada)'; new slot after the "
            "1 Nov change; only the new time is shown, 'rescheduled' says it moved.",
            start=s,
            end=e,
            zone="America/New_York",
            extra={"company": "Granite Peak Partners", "role": "Associate"},
        )
    )

    s = at(2026, 6, 9, 14, 0, "Asia/Jakarta")
    e = s + timedelta(minutes=60)
    txt = (
        "Halo Putri,\n\nPemesanan Anda telah dikonfirmasi.\n\nLayanan: Wawancara HR\n"
        f"Tanggal dan waktu: {wd(s, 'id')}, {s.day} {mon(s, 'id')} {s.year} pukul "
        f"{hm(s, '.')}–{hm(e, '.')} WIB\nLokasi: Nusantara Retail, Jl. Jend. Sudirman Kav. 52, "
        "Jakarta Selatan\n\nSampai jumpa!\nTim Rekrutmen Nusantara Retail"
    )
    add(
        Mail(
            fam,
            "konfirmasi_id_wib_fwd_gmail",
            "id",
            ("Nusantara Retail Rekrutmen", "rekrutmen@nusantararetail.co.id"),
            ("Putri Lestari", "putri.lestari@gmail.com"),
            at(2026, 6, 2, 13, 0, "Asia/Jakarta"),
            "Pemesanan dikonfirmasi: Wawancara HR",
            txt,
            None,
            "invitation",
            MB_TPL,
            "Gmail (id) forward; 'pukul 14.00–15.00 WIB'.",
            start=s,
            end=e,
            zone="Asia/Jakarta",
            forward=Forward(
                "gmail",
                "id",
                ("Putri Lestari", "putri.lestari@gmail.com"),
                at(2026, 6, 2, 19, 10, "Asia/Jakarta"),
                "Jadwal wawancara di Nusantara Retail, tolong dicatat ya.",
            ),
            extra={"company": "Nusantara Retail"},
        )
    )


# --------------------------------------------------------------------------------------
# Zoho Recruit


ZR_TPL = (
    "Zoho Recruit interview schedule and assessment e-mail templates (merge fields "
    "${Interviews.From}, ${Interviews.To}) as described at help.zoho.com/portal/en/kb/"
    "recruit (Interviews, Email Templates); wording ours"
)


def zohorecruit() -> None:
    fam = "zohorecruit"
    s = at(2026, 6, 9, 11, 0, "Asia/Kolkata")
    e = s + timedelta(minutes=60)
    txt = (
        "Dear Rohan,\n\nGreetings from Saffron Systems! Your interview for the position of "
        "Java Developer has been scheduled as below:\n\n"
        f"Interview Name: Technical Round 1\nFrom: {s.day:02d}-{mon(s, 'en')[:3]}-{s.year} "
        f"{h12(s).rjust(8, '0')}\nTo: {e.day:02d}-{mon(e, 'en')[:3]}-{e.year} "
        f"{h12(e).rjust(8, '0')}\nTime zone: IST (India Standard Time)\n"
        "Venue: Saffron Systems, 3rd Floor, Prestige Tech Park, Bengaluru\n\n"
        "Kindly carry a copy of your resume and a photo ID.\n\nRegards,\nKavya Nair\nHR - Saffron "
        "Systems"
    )
    add(
        Mail(
            fam,
            "interview_en_ist",
            "en",
            ("Kavya Nair", "kavya.nair@saffronsystems.in"),
            ("Rohan Gupta", "rohan.gupta@gmail.com"),
            at(2026, 6, 2, 16, 30, "Asia/Kolkata"),
            "Interview Scheduled - Java Developer",
            txt,
            html_page("Interview Scheduled", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            ZR_TPL,
            "Zoho 'From/To 09-Jun-2026 11:00 AM', IST in an Indian context.",
            start=s,
            end=e,
            zone="Asia/Kolkata",
            extra={
                "company": "Saffron Systems",
                "role": "Java Developer",
                "organizer_email": "kavya.nair@saffronsystems.in",
            },
        )
    )

    d = at(2026, 6, 12, 23, 59, "Asia/Kolkata")
    txt = (
        "Dear Sneha,\n\nAs the next step for the Data Analyst role, please complete the online "
        "assessment (60 minutes) using the link below before "
        f"{d.day:02d}-{mon(d, 'en')[:3]}-{d.year} {h12(d)} IST.\n\n"
        "https://saffronsystems.zohorecruit.in/assessment/tk9sdf\n\nRegards,\nHR - Saffron Systems"
    )
    add(
        Mail(
            fam,
            "assessment_deadline_en",
            "en",
            ("Saffron Systems HR", "noreply@zohorecruit.in"),
            ("Sneha Iyer", "sneha.iyer@yahoo.co.in"),
            at(2026, 6, 8, 10, 0, "Asia/Kolkata"),
            "Online assessment - Data Analyst",
            txt,
            None,
            "not_invitation",
            ZR_TPL,
            "Assessment with a deadline and a duration; no appointment.",
        )
    )

    s = at(2026, 8, 11, 10, 0, "Asia/Makassar")
    e = s + timedelta(minutes=45)
    txt = (
        "Yth. Bapak Agus Santoso,\n\nTerima kasih atas lamaran Anda untuk posisi Supervisor "
        "Operasional di PT Samudra Timur. Kami mengundang Anda untuk wawancara:\n\n"
        f"Hari/Tanggal: {wd(s, 'id')}, {s.day} {mon(s, 'id')} {s.year}\n"
        f"Waktu: {hm(s, '.')}–{hm(e, '.')} WITA\nTempat: Kantor PT Samudra Timur, Jl. Penghibur "
        "No. 8, Makassar\n\nHormat kami,\nDewi Kartika\nHRD PT Samudra Timur"
    )
    add(
        Mail(
            fam,
            "undangan_wawancara_id_wita",
            "id",
            ("Dewi Kartika", "hrd@samudratimur.co.id"),
            ("Agus Santoso", "agus.santoso@yahoo.co.id"),
            at(2026, 8, 4, 9, 0, "Asia/Makassar"),
            "Undangan Wawancara - Supervisor Operasional",
            txt,
            html_page("Undangan Wawancara", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            ZR_TPL,
            "Indonesian 'pukul 10.00–10.45 WITA'.",
            start=s,
            end=e,
            zone="Asia/Makassar",
            extra={
                "company": "PT Samudra Timur",
                "role": "Supervisor Operasional",
                "organizer_email": "hrd@samudratimur.co.id",
            },
        )
    )


# --------------------------------------------------------------------------------------
# GoodTime


GT_TPL = (
    "GoodTime Hire candidate itinerary and availability request e-mails as described in "
    "GoodTime's support center (support.goodtime.io, candidate experience / itinerary); "
    "wording ours"
)


def goodtime() -> None:
    fam = "goodtime"
    s = at(2026, 10, 13, 9, 30, "America/Chicago")
    e = at(2026, 10, 13, 12, 0, "America/Chicago")
    rows = [
        ("Date", en_date(s)),
        ("Arrive by", f"{h12(s)} CDT"),
        ("9:30 AM - 10:15 AM", "Welcome & case study briefing - Laura Chen"),
        ("10:15 AM - 11:15 AM", "Case interview - Victor Alvarez"),
        ("11:15 AM - 12:00 PM", "Lunch with the team"),
        ("Address", "Meridian Analytics, 233 S Wacker Dr, Floor 40, Chicago, IL"),
    ]
    add(
        Mail(
            fam,
            "onsite_itinerary_en_html_only",
            "en",
            ("Meridian Analytics Recruiting", "recruiting@meridiananalytics.com"),
            ("Sofia Rossi", "sofia.rossi@gmail.com"),
            at(2026, 10, 6, 11, 0, "America/Chicago"),
            "Your onsite itinerary - Meridian Analytics",
            None,
            html_page(
                "Your onsite interview itinerary",
                [
                    "Hi Sofia,",
                    "We're looking forward to hosting you. Here's your itinerary for the "
                    "<b>Senior Consultant</b> onsite:",
                ],
                rows=rows,
                footer="Meridian Analytics Recruiting",
            ),
            "invitation",
            GT_TPL,
            "HTML-only itinerary; first session 9:30, last ends 12:00 CDT.",
            start=s,
            end=e,
            extra={"company": "Meridian Analytics", "role": "Senior Consultant"},
        )
    )

    a = at(2026, 10, 20, 10, 0, "America/Chicago")
    b = at(2026, 10, 21, 14, 0, "America/Chicago")
    txt = (
        "Hi Marcus,\n\nWe'd like to schedule your hiring manager interview (45 minutes) for the "
        "Data Engineer role. We've proposed a few times below; please select all that work for "
        "you and we'll confirm one:\n\n"
        f"- {en_date(a)}, {h12(a)} CDT\n- {en_date(b)}, {h12(b)} CDT\n\n"
        "Select times: https://candidate.goodtime.io/availability/q1w2e3\n\nThanks,\n"
        "Meridian Analytics Recruiting"
    )
    add(
        Mail(
            fam,
            "availability_proposed_slots_en",
            "en",
            ("Meridian Analytics Recruiting", "recruiting@meridiananalytics.com"),
            ("Marcus Hill", "marcus.hill@outlook.com"),
            at(2026, 10, 14, 15, 0, "America/Chicago"),
            "Action needed: share your availability",
            txt,
            None,
            "not_invitation",
            GT_TPL,
            "Two proposed slots; nothing confirmed yet.",
        )
    )


# --------------------------------------------------------------------------------------
# HubSpot Meetings


HS_TPL = (
    "HubSpot Meetings booking confirmation e-mail (meeting name, date/time with the IANA "
    "zone, 'Reschedule or cancel' link) as described at knowledge.hubspot.com/meetings-"
    "tool; wording ours"
)


def hubspot() -> None:
    fam = "hubspot"
    s = at(2026, 6, 9, 14, 0, "Australia/Sydney")
    e = s + timedelta(minutes=30)
    url = "https://us02web.zoom.us/j/87423900122"
    txt = (
        "Hi Chloe,\n\nYour meeting is confirmed.\n\nInterview: Account Executive, Wattle & Co\n"
        f"{wd(s, 'en')}, {mon(s, 'en')} {s.day}, {s.year} {h12(s).lower()} - {h12(e).lower()} "
        "(Australia/Sydney)\nWeb conference: " + url + "\n\nNeed to make a change? Reschedule "
        "or cancel: https://meetings.hubspot.com/bec-taylor/reschedule/5c2f\n\nBec Taylor"
    )
    add(
        Mail(
            fam,
            "meeting_confirmed_en_sydney",
            "en",
            ("Bec Taylor", "bec.taylor@wattleandco.com.au"),
            ("Chloe Nguyen", "chloe.nguyen@bigpond.com"),
            at(2026, 6, 4, 9, 0, "Australia/Sydney"),
            "Confirmed: Interview: Account Executive, Wattle & Co",
            txt,
            html_page("Your meeting is confirmed", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            HS_TPL,
            "HubSpot booking confirmation with an IANA zone (AEST).",
            start=s,
            end=e,
            zone="Australia/Sydney",
            extra={
                "company": "Wattle & Co",
                "role": "Account Executive",
                "meeting_url": url,
                "organizer_email": "bec.taylor@wattleandco.com.au",
            },
        )
    )


# --------------------------------------------------------------------------------------
# Prism (open-source hiring workflow, prism-hr/old-prism-server)


PRISM_PATH = "prism-hr/old-prism-server:src/main/resources/email/content/"
PRISM_LIC = "no licence file in the repository; structure and placeholders only, wording ours"


def prism() -> None:
    fam = "prism"
    s = at(2026, 6, 9, 14, 0, "Europe/London")
    txt = (
        "Dear Hannah,\n\nYour application for Studentship in the position of: PhD in Marine "
        "Ecology.\n\nWe can confirm your arrangements for interview.\n\n"
        f"The interview will take place at {s.day:02d} {mon(s, 'en')[:3]} {s.year} {hm(s)} "
        "(Europe/London).\n\nApplicant instructions: Please report to the School Office, Room "
        "2.14, Tidewater Building, 15 minutes early.\n\nInterview location: University of "
        "Northmoor, Tidewater Building, Room 3.02\n\nYours sincerely,\nProf. Alan Birch"
    )
    add(
        Mail(
            fam,
            "confirm_interview_arrangements_en",
            "en",
            ("University of Northmoor Admissions", "admissions-noreply@northmoor.ac.uk"),
            ("Hannah Price", "hannah.price@gmail.com"),
            at(2026, 6, 1, 12, 0, "Europe/London"),
            "Interview arrangements confirmed: PhD in Marine Ecology",
            None,
            html_page("Interview arrangements", [br(p) for p in txt.split("\n\n")]),
            "invitation",
            PRISM_PATH + "application_confirm_interview_arrangements_notification"
            "_content.ftl (structure; strings re-read via the search index)",
            "HTML-only; '09 Jun 2026 14:00 (Europe/London)'.",
            start=s,
            zone="Europe/London",
            extra={"role": "PhD in Marine Ecology"},
            license=PRISM_LIC,
        )
    )

    txt = (
        "Dear Oscar,\n\nWe recently informed you that we wish to schedule an interview in "
        "connection with Application NM-2026-00418 for MSc Data Science.\n\nPlease let us know "
        "when you would be available to attend. Proposed dates are 16, 17 and 18 June 2026, "
        "between 10:00 and 16:00.\n\nTo ensure that we can schedule the interview quickly, our "
        "system will continue to send you reminders until you respond to this request.\n\n"
        "Yours sincerely,\nDr. Ruth Okafor"
    )
    add(
        Mail(
            fam,
            "availability_request_reminder_en",
            "en",
            ("University of Northmoor Admissions", "admissions-noreply@northmoor.ac.uk"),
            ("Oscar Lindgren", "oscar.lindgren@outlook.com"),
            at(2026, 6, 8, 9, 0, "Europe/London"),
            "Reminder: provide your interview availability",
            txt,
            None,
            "not_invitation",
            PRISM_PATH + "application_provide_interview_availability_request_reminder_content.ftl "
            "(structure; strings re-read via the search index)",
            "Availability request reminder with candidate dates; nothing booked.",
            license=PRISM_LIC,
        )
    )

    txt = (
        "Dear Dr. Okafor,\n\nOscar Lindgren application for Taught Programme at University of "
        "Northmoor in the position of: MSc Data Science.\n\nOscar Lindgren has provided their "
        "preferences for interview: 17 June 2026 at 11:00 or 18 June 2026 at 14:30.\n\n"
        "You may wish to log in and confirm the interview arrangements.\n\nYours sincerely,\n"
        "Oscar Lindgren"
    )
    add(
        Mail(
            fam,
            "availability_provided_notification_en",
            "en",
            ("University of Northmoor Admissions", "admissions-noreply@northmoor.ac.uk"),
            ("Ruth Okafor", "r.okafor@northmoor.ac.uk"),
            at(2026, 6, 10, 15, 0, "Europe/London"),
            "Interview preferences provided: Oscar Lindgren",
            txt,
            None,
            "not_invitation",
            PRISM_PATH + "application_provide_interview_availability_notification_content.ftl "
            "(structure; strings re-read via the search index)",
            "Notice to the coordinator listing the applicant's preferred times; nothing confirmed.",
            license=PRISM_LIC,
        )
    )


FAMILY_BUILDERS = [
    greenhouse,
    lever,
    personio,
    teamtailor,
    recruitee,
    smartrecruiters,
    hirevue,
    workday,
    ashby,
    bamboohr,
    workable,
    icims,
    successfactors,
    msbookings,
    zohorecruit,
    goodtime,
    hubspot,
    prism,
]
FAMILIES = {build.__name__ for build in FAMILY_BUILDERS}


def main() -> int:
    for build in FAMILY_BUILDERS:
        build()
    names = [mail.filename for mail in MAILS]
    assert len(names) == len(set(names)), "duplicate file names"
    assert {mail.family for mail in MAILS} <= FAMILIES
    out = HERE / "dev"
    for split in ("dev", "heldout"):
        for old in sorted((HERE / split).glob("*")):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    for mail in MAILS:
        raw, outer_date = render(mail)
        (out / mail.filename).write_bytes(raw)
        label = label_of(mail, outer_date)
        (out / f"{mail.filename}.expected.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"{len(MAILS)} messages in {len({m.family for m in MAILS})} families")
    return 0


if __name__ == "__main__":
    sys.exit(main())
