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


FAMILY_BUILDERS = [greenhouse, lever, personio, teamtailor, recruitee, smartrecruiters, hirevue]
FAMILIES = {
    "greenhouse",
    "lever",
    "personio",
    "teamtailor",
    "recruitee",
    "smartrecruiters",
    "hirevue",
}


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
