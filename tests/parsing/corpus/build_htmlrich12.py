"""Write the "htmlrich12" batch: invitations whose time sits in the mail's structure.

Run: .venv/bin/python tests/parsing/corpus/build_htmlrich12.py

About seventy messages in eleven families of HTML-heavy mail from senders the corpus lacks:
HTML-only mail laid out with MJML/Foundation-style nested tables (label and value in separate
cells, rowspans, <br>-separated stacks, hidden preheaders that carry an earlier date, mobile-only
duplicates), schema.org markup in mail (JSON-LD EventReservation/Event, microdata), slots told
only by "Add to calendar" buttons (Google, Outlook, Yahoo, data: URLs), plain parts that only
say "view this email in your browser", multipart/related with inline images, bodies in legacy
charsets (ISO-2022-JP, GB18030, Big5, EUC-KR, windows-1251, KOI8-R, KOI8-U, windows-1256,
ISO-8859-8) as quoted-printable or base64, right-to-left mail with bidi marks, zero-width
spaces and soft hyphens inside numbers, no-break and narrow no-break spaces (CLDR writes
U+202F before AM/PM), full-width and Arabic-Indic digits. About a third are negatives in the
same layouts. Every label comes from the datetimes the text is rendered from (typed weekdays
are checked) and was written before the parser was run on the message. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import encoders
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import importlib.util  # noqa: E402
from types import ModuleType  # noqa: E402


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
p8 = _load("build_prose8", "build_prose8.py")
at, Case, OWN = pp.at, pp.Case, pp.OWN
slot = p8.slot
ME = p8.ME
NEG: dict[str, object] = {"kind": "not_invitation"}
LAYOUT = (
    "email-template layouts written from memory of MJML and Foundation for Emails output "
    "(nested tables, preheaders, mobile blocks), schema.org/Gmail markup, add-to-calendar link "
    "formats and legacy mail charsets; all text ours; " + OWN
)
# a 1x1 transparent GIF for the inline images of multipart/related mail
GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c000000000100010000020144003b"
)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "mjmlnotice": "dev",
    "jsonldinvite": "dev",
    "calbutton": "dev",
    "cjkcharset": "dev",
    "cyrcharset": "dev",
    "rtlhtml": "dev",
    "invisibles": "dev",
    "webview": "dev",
    "foundmail": "heldout",
    "microdata": "heldout",
    "rtlcharset": "heldout",
}
SOURCES = {
    "mjmlnotice": "MJML-style HTML-only ATS notices (en, de, fr, es): label and value in "
    "separate cells, a hidden preheader with an earlier date and time, mobile-only duplicates, "
    "rowspans, struck old times; application receipts and webinar newsletters as negatives.",
    "jsonldinvite": "HTML mail with schema.org JSON-LD (EventReservation, Event, EmailMessage) "
    "as Gmail's markup asks, the visible text sometimes naming only the day (en, pt-BR, es, fr, "
    "de); fair tickets and view-application actions as negatives.",
    "calbutton": "The slot told only by Add-to-calendar buttons: Google render?action=TEMPLATE, "
    "Outlook deeplinks, Yahoo st=/dur=, a data:text/calendar URL (ja, ko, ru, en, de); "
    "open evenings and webinars with the same buttons as negatives.",
    "cjkcharset": "Japanese in ISO-2022-JP (7bit), Chinese in GB18030 (base64) and Big5 "
    "(quoted-printable), Korean in EUC-KR (base64), table cells, full-width digits; "
    "result dates, campus talks and receipts as negatives.",
    "cyrcharset": "Russian in windows-1251 and KOI8-R, Ukrainian in KOI8-U, Bulgarian in "
    "windows-1251, quoted-printable and base64, HTML tables and plain alternatives; answer "
    "deadlines and open days as negatives.",
    "rtlhtml": "Hebrew and Arabic HTML with dir=rtl, right-to-left cells, RLM/LRM marks around "
    "dates and times, Arabic AM/PM markers and Arabic-Indic digits; receipts and webinars as "
    "negatives.",
    "invisibles": "Invisible characters inside dates and times: zero-width spaces and non-joiners "
    "that stop phones' data detectors, soft hyphens, no-break and narrow no-break spaces (CLDR's "
    "U+202F before AM/PM), in en, de, fr, es, pt; deadlines as negatives.",
    "webview": "multipart/related mail with inline images whose plain part only says 'view this "
    "email in your browser' (en, es, de, pt-PT), the slot in the HTML (cells, <br> stacks, "
    "base64 bodies); hiring days and receipts as negatives.",
    "foundmail": "Foundation-for-Emails-style layouts (held out).",
    "microdata": "schema.org microdata in mail (held out).",
    "rtlcharset": "Right-to-left mail in legacy charsets and Persian digits (held out).",
}
INVITE_KINDS = {"invitation", "reschedule", "cancellation", "reply"}


# ------------------------------------------------------------------ MIME


ASCII_STANDIN = {
    "\u2014": "-",
    "\u2013": "-",
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201e": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u2019": "'",
    "\u00b7": "-",
}


def _fits(ch: str, charset: str) -> bool:
    try:
        ch.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def text_part(body: str, subtype: str, charset: str = "utf-8", cte: str = "qp") -> Message:
    part = MIMENonMultipart("text", subtype, charset=charset)
    if charset.lower() not in {"utf-8", "gb18030"}:
        # what a legacy charset cannot hold, its senders type with ASCII stand-ins
        body = "".join(ch if _fits(ch, charset) else ASCII_STANDIN.get(ch, ch) for ch in body)
    part.set_payload(body.encode(charset))
    if cte == "base64":
        encoders.encode_base64(part)
    elif cte == "qp":
        encoders.encode_quopri(part)
    else:
        encoders.encode_7or8bit(part)
    return part


def alternative(key: str, *parts: Message) -> Message:
    outer = MIMEMultipart("alternative", boundary=f"=_alt_{pp.digest(key, 'a')[:16]}")
    for part in parts:
        outer.attach(part)
    return outer


def related(key: str, body: Message, *cids: str) -> Message:
    outer = MIMEMultipart("related", boundary=f"=_rel_{pp.digest(key, 'r')[:16]}")
    outer.attach(body)
    for cid in cids:
        image = MIMEImage(GIF, "gif")
        image["Content-ID"] = f"<{cid}>"
        image.add_header("Content-Disposition", "inline", filename=f"{cid.split('@')[0]}.gif")
        outer.attach(image)
    return outer


def compose(
    key: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    body: Message,
    *,
    header_charset: str = "utf-8",
    bulk: bool = False,
) -> bytes:
    existing = list(body.items())
    for name in list(body.keys()):
        del body[name]
    body["Date"] = format_datetime(sent)
    body["From"] = pp._addr(sender)
    body["To"] = pp._addr(ME)
    body["Subject"] = subject if subject.isascii() else Header(subject, header_charset)
    body["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    if bulk:
        body["List-Unsubscribe"] = f"<https://{sender[1].split('@', 1)[1]}/u/{pp.digest(key)[:10]}>"
    body["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            body[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(body)
    return buffer.getvalue()


# ------------------------------------------------------------------ HTML layouts

HIDE = (
    "display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;"
    "overflow:hidden;mso-hide:all"
)


def page(inner: str, *, lang: str, preheader: str = "", rtl: bool = False, head: str = "") -> str:
    direction = ' dir="rtl"' if rtl else ""
    pre = (
        f'<div style="{HIDE}">{preheader}&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>'
        if preheader
        else ""
    )
    return (
        f'<!doctype html><html lang="{lang}"{direction} xmlns="http://www.w3.org/1999/xhtml">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<style>@media only screen and (max-width:480px){.desk{display:none!important}"
        ".mob{display:block!important;max-height:none!important}}</style>"
        f'{head}</head><body style="margin:0;padding:0;background:#f4f4f4">{pre}'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table role="presentation" width="600" cellpadding="0" '
        f'cellspacing="0" border="0" style="background:#ffffff"{direction}>'
        f"{inner}</table></td></tr></table></body></html>"
    )


def block(html: str) -> str:
    return (
        '<tr><td style="padding:12px 24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
        f'line-height:22px;color:#333333">{html}</td></tr>'
    )


def paras(*texts: str) -> str:
    return "".join(block(f'<p style="margin:0">{t}</p>') for t in texts)


def cells(rows: list[tuple[str, str]], *, rtl: bool = False) -> str:
    align = "right" if rtl else "left"
    body = "".join(
        f'<tr><td width="120" valign="top" style="padding:6px 8px;color:#888888;font-size:13px;'
        f'text-align:{align}">{label}</td><td valign="top" style="padding:6px 8px;'
        f'font-weight:bold;text-align:{align}">{value}</td></tr>'
        for label, value in rows
    )
    return (
        '<tr><td style="padding:8px 24px"><table role="presentation" width="100%" '
        f'cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;font-family:Arial,'
        f'sans-serif;font-size:15px">{body}</table></td></tr>'
    )


def mobile(html: str) -> str:
    """A block shown only on phones: hidden inline, revealed by the media query."""
    return (
        f'<tr><td class="mob" style="display:none;max-height:0;overflow:hidden;mso-hide:all;'
        f'padding:0 24px">{html}</td></tr>'
    )


def desktop(html: str) -> str:
    return f'<tr><td class="desk" style="padding:0">{html}</td></tr>'


def button(label: str, href: str) -> str:
    return (
        '<tr><td align="center" style="padding:16px 24px"><table role="presentation" '
        'cellpadding="0" cellspacing="0"><tr><td bgcolor="#1a73e8" style="border-radius:4px">'
        f'<a href="{href}" target="_blank" style="display:inline-block;padding:10px 22px;'
        f'color:#ffffff;text-decoration:none;font-family:Arial,sans-serif">{label}</a>'
        "</td></tr></table></td></tr>"
    )


def footer(text: str) -> str:
    return (
        '<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;'
        f'color:#999999;border-top:1px solid #eeeeee">{text}</td></tr>'
    )


def jsonld(data: dict[str, object]) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False, indent=1)
        + "</script>"
    )


def z(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gcal(title: str, start: datetime, end: datetime, details: str = "", where: str = "") -> str:
    return (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        f"&amp;text={quote(title)}&amp;dates={z(start)}/{z(end)}"
        f"&amp;details={quote(details)}&amp;location={quote(where)}"
    )


def outlook(title: str, start: str, end: str) -> str:
    return (
        "https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose"
        f"&amp;rru=addevent&amp;subject={quote(title)}&amp;startdt={quote(start)}"
        f"&amp;enddt={quote(end)}"
    )


def yahoo(title: str, start: datetime, minutes: int) -> str:
    return (
        f"https://calendar.yahoo.com/?v=60&amp;title={quote(title)}&amp;st={z(start)}"
        f"&amp;dur={minutes // 60:02d}{minutes % 60:02d}"
    )


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    label: dict[str, object],
    body: Message,
    *,
    header_charset: str = "utf-8",
    bulk: bool = False,
) -> Case:
    raw = compose(
        f"htmlrich12/{family}/{name}",
        sender,
        subject,
        sent,
        body,
        header_charset=header_charset,
        bulk=bulk,
    )
    label = dict(label)
    if label.get("kind") in INVITE_KINDS:
        label["organizer_email"] = sender[1]
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, LAYOUT, OWN)


def html_only(html: str, charset: str = "utf-8", cte: str = "qp") -> Message:
    return text_part(html, "html", charset, cte)


# ------------------------------------------------------------------ mjmlnotice (dev)


def mjmlnotice() -> Iterator[Case]:
    f = "mjmlnotice"
    s = ("Northwind Careers", "no-reply@careers.northwind-bio.example")
    sent = at(2026, 11, 30, 9, 12, "Europe/Amsterdam", "Mon")
    st = at(2026, 12, 3, 14, 0, "Europe/Amsterdam", "Thu")
    html = page(
        paras(
            "Hi Alex,",
            "Thanks for your interest in the Data Engineer role. We would like to invite you "
            "to a video interview with our platform team.",
        )
        + cells(
            [
                ("Date", "Thursday, 3 December 2026"),
                ("Time", "14:00 – 15:00 CET"),
                ("Where", "Video call (link follows the day before)"),
            ]
        )
        + mobile("<p><b>Thursday, 3 December 2026</b><br>14:00 – 15:00 CET<br>Video call</p>")
        + paras("Reply to this email if the time does not suit you.", "Northwind Talent Team")
        + footer("Northwind Bio B.V. · Keizersgracht 1 · Amsterdam"),
        lang="en",
        preheader="Application received 12 November 2026, 09:30 – your next step is ready",
    )
    yield case(
        f,
        "cells_cet_preheader",
        "en",
        s,
        "Interview invitation – Data Engineer",
        sent,
        "Date and time in separate table cells ('Date' | 'Thursday, 3 December 2026', 'Time' | "
        "'14:00 – 15:00 CET'); hidden preheader names an earlier date and time (the application); "
        "a mobile-only duplicate block.",
        slot(st, st + timedelta(hours=1)),
        html_only(html),
    )

    s = ("Karriere bei Halden Logistik", "karriere@halden-logistik.example.de")
    sent = at(2026, 12, 1, 16, 40, "Europe/Berlin", "Tue")
    st = at(2026, 12, 8, 10, 30, "Europe/Berlin", "Tue")
    html = page(
        paras(
            "Hallo Alex Morgan,",
            "vielen Dank für Ihre Bewerbung als Disponent (m/w/d). Wir laden Sie herzlich zu "
            "einem persönlichen Gespräch ein.",
        )
        + desktop(
            cells(
                [
                    ("Datum", "Dienstag, 8. Dezember 2026"),
                    ("Uhrzeit", "10:30–11:15 Uhr"),
                    ("Ort", "Halden Logistik, Am Hafen 12, 28217 Bremen"),
                    ("Ansprechpartnerin", "Frau Jana Ostermann"),
                ]
            )
        )
        + mobile("Dienstag, 8. Dezember 2026<br>10:30–11:15 Uhr<br>Am Hafen 12, Bremen")
        + paras("Bitte bringen Sie einen Lichtbildausweis mit.", "Ihr Recruiting-Team")
        + footer("Sie erhalten diese E-Mail, weil Sie sich am 17.11.2026 beworben haben."),
        lang="de",
        preheader="Ihre Bewerbung vom 17.11.2026, 08:15 Uhr",
    )
    yield case(
        f,
        "zellen_ohne_zone",
        "de",
        s,
        "Einladung zum Vorstellungsgespräch",
        sent,
        "'Datum' | 'Dienstag, 8. Dezember 2026' and 'Uhrzeit' | '10:30–11:15 Uhr' in cells; "
        "preheader and footer name the application date (one with a time); no zone.",
        slot(st, st + timedelta(minutes=45), sent=sent),
        html_only(html),
    )

    s = ("Recrutement Ardoise", "recrutement@ardoise-conseil.example.fr")
    sent = at(2026, 11, 27, 11, 5, "Europe/Paris", "Fri")
    st = at(2026, 12, 10, 9, 30, "Europe/Paris", "Thu")
    html = page(
        paras(
            "Bonjour Alex,",
            "Suite à notre échange téléphonique, nous avons le plaisir de vous convier à un "
            "entretien avec l'équipe conseil.",
        )
        + cells(
            [
                ("Date", "jeudi 10 décembre 2026"),
                ("Horaire", "9\u00a0h\u00a030 – 10\u00a0h\u00a015"),
                ("Lieu", "12 rue des Tanneurs, 69001 Lyon"),
            ]
        )
        + paras("Merci de confirmer votre présence en répondant à ce message.")
        + footer("Ardoise Conseil – 04 72 00 00 00 – du lundi au vendredi de 9 h à 18 h"),
        lang="fr",
        preheader="Candidature reçue le 20 novembre à 18:05",
    )
    yield case(
        f,
        "horaire_nbsp",
        "fr",
        s,
        "Invitation à un entretien",
        sent,
        "'Horaire' cell with no-break spaces ('9 h 30 – 10 h 15'); preheader names the "
        "application with a time; opening hours in the footer.",
        slot(st, st + timedelta(minutes=45), sent=sent),
        html_only(html),
    )

    s = ("Talento Brisa", "talento@brisa-energia.example.es")
    sent = at(2026, 12, 1, 13, 20, "Europe/Madrid", "Tue")
    st = at(2026, 12, 9, 16, 0, "Europe/Madrid", "Wed")
    table = (
        '<tr><td style="padding:8px 24px"><table role="presentation" width="100%" '
        'cellpadding="6" style="font-family:Arial,sans-serif">'
        '<tr><td rowspan="3" width="64" valign="top"><img src="https://cdn.brisa-energia.example'
        '.es/i/cal.png" width="48" alt="calendario"></td>'
        '<td style="font-size:18px;font-weight:bold">miércoles, 9 de diciembre de 2026</td></tr>'
        "<tr><td>16:00 – 16:45 (hora de Madrid)</td></tr>"
        "<tr><td>Google Meet · el enlace llegará el día anterior</td></tr></table></td></tr>"
    )
    html = page(
        paras("Hola, Alex:", "Nos encantaría conocerte. Te proponemos esta entrevista:")
        + table
        + paras("Si no puedes asistir, contesta a este correo.", "Equipo de Talento de Brisa"),
        lang="es",
        preheader="Actualización de tu candidatura del 24/11/2026",
    )
    yield case(
        f,
        "rowspan_hora_madrid",
        "es",
        s,
        "Tu entrevista con Brisa Energía",
        sent,
        "A calendar icon cell with rowspan=3 beside the date, the time and the place on three "
        "rows; '(hora de Madrid)'.",
        slot(st, st + timedelta(minutes=45), zone="Europe/Madrid"),
        html_only(html),
    )

    s = ("Northwind Careers", "no-reply@careers.northwind-bio.example")
    sent = at(2026, 12, 1, 8, 0, "Europe/Amsterdam", "Tue")
    old = at(2026, 12, 3, 14, 0, "Europe/Amsterdam", "Thu")
    st = at(2026, 12, 4, 15, 30, "Europe/Amsterdam", "Fri")
    html = page(
        paras("Hi Alex,", "We had to move your interview with the platform team.")
        + cells(
            [
                ("Was", f"<s>Thursday, 3 December 2026 · {old:%H:%M} CET</s>"),
                ("Now", "Friday, 4 December 2026 · 15:30 – 16:30 CET"),
            ]
        )
        + paras("Sorry for the change – the link stays the same.", "Northwind Talent Team"),
        lang="en",
        preheader="New time for your interview",
    )
    yield case(
        f,
        "moved_struck_old_row",
        "en",
        s,
        "Updated: interview time changed",
        sent,
        "Move in two cells: the old slot struck through ('Was'), the new one in 'Now'.",
        slot(st, st + timedelta(hours=1), kind="reschedule"),
        html_only(html),
    )

    s = ("Northwind Careers", "no-reply@careers.northwind-bio.example")
    sent = at(2026, 11, 30, 17, 45, "Europe/Amsterdam", "Mon")
    html = page(
        paras(
            "Hi Alex,",
            "We have received your application for Lab Operations Lead. Our recruiters review "
            "every application and will get back to you by Friday, 11 December 2026.",
        )
        + cells([("Reference", "NW-2026-11834"), ("Received", "30 November 2026, 17:44 CET")])
        + paras("Our office is open Monday to Friday, 09:00–17:00 CET.")
        + footer("Northwind Bio B.V. · Amsterdam"),
        lang="en",
        preheader="We got your application",
    )
    yield case(
        f,
        "neg_received_cells",
        "en",
        s,
        "Application received",
        sent,
        "Negative: application receipt with a 'Received' cell (date and time), an answer-by date "
        "and office hours.",
        NEG,
        html_only(html),
    )

    s = ("Halden Logistik Karriere-Newsletter", "news@halden-logistik.example.de")
    sent = at(2026, 12, 1, 7, 0, "Europe/Berlin", "Tue")
    html = page(
        paras(
            "<b>Karriere-Webinar: Einstieg in die Disposition</b>",
            "Lernen Sie unsere Teams kennen und stellen Sie Ihre Fragen live.",
        )
        + cells([("Wann", "Donnerstag, 10. Dezember 2026"), ("Uhrzeit", "18:00–19:00 Uhr")])
        + button("Jetzt anmelden", "https://events.halden-logistik.example.de/webinar-12")
        + footer("Newsletter abbestellen · Impressum"),
        lang="de",
        preheader="Live-Webinar am 10.12. um 18 Uhr",
    )
    yield case(
        f,
        "neg_webinar_newsletter",
        "de",
        s,
        "Einladung: Karriere-Webinar am 10. Dezember",
        sent,
        "Negative: a careers newsletter inviting everyone to a webinar (date and time cells, "
        "sign-up button, List-Unsubscribe).",
        NEG,
        html_only(html),
        bulk=True,
    )


# ------------------------------------------------------------------ jsonldinvite (dev)


def reservation(name: str, start: datetime, end: datetime | None, place: str, org: str) -> str:
    event: dict[str, object] = {
        "@type": "Event",
        "name": name,
        "startDate": start.isoformat(),
        "location": {"@type": "Place", "name": place, "address": place},
    }
    if end is not None:
        event["endDate"] = end.isoformat()
    return jsonld(
        {
            "@context": "http://schema.org",
            "@type": "EventReservation",
            "reservationNumber": pp.digest(name, place)[:8].upper(),
            "reservationStatus": "http://schema.org/Confirmed",
            "underName": {"@type": "Person", "name": "Alex Morgan"},
            "reservationFor": event,
            "provider": {"@type": "Organization", "name": org},
        }
    )


def jsonldinvite() -> Iterator[Case]:
    f = "jsonldinvite"
    s = ("Lumen Health Recruiting", "interviews@lumenhealth.example.co.uk")
    sent = at(2026, 11, 30, 15, 0, "Europe/London", "Mon")
    st = at(2026, 12, 7, 13, 0, "Europe/London", "Mon")
    en = st + timedelta(minutes=45)
    html = page(
        paras(
            "Dear Alex,",
            "Your interview for the Clinical Systems Analyst role is confirmed for "
            "<b>Monday 7 December</b> at 1pm (UK time).",
            "You will meet Priya Shah and Tom Eaves at our Leeds office.",
        )
        + paras("Kind regards,<br>Lumen Health Recruiting"),
        lang="en",
        head=reservation(
            "Interview: Clinical Systems Analyst",
            st,
            en,
            "Lumen Health, 3 Park Row, Leeds",
            "Lumen Health",
        ),
    )
    yield case(
        f,
        "reservation_1pm_uk",
        "en",
        s,
        "Interview confirmed – Monday 7 December",
        sent,
        "JSON-LD EventReservation with startDate/endDate (45 minutes) in the head; the visible "
        "text says '1pm (UK time)' and gives no end.",
        slot(st, en, zone="Europe/London"),
        html_only(html),
    )

    s = ("Recrutamento Vereda", "vagas@vereda-tech.example.com.br")
    sent = at(2026, 12, 1, 10, 30, "America/Sao_Paulo", "Tue")
    st = at(2026, 12, 9, 10, 0, "America/Sao_Paulo", "Wed")
    en = st + timedelta(hours=1)
    html = page(
        paras(
            "Olá, Alex!",
            "Sua entrevista com o time de Produto está marcada para quarta-feira, 9 de "
            "dezembro, às 10h (horário de Brasília), com duração de uma hora.",
            "O link do Google Meet está no botão abaixo.",
        )
        + button("Entrar na reunião", "https://meet.google.example/vrd-kqpt-ama")
        + paras("Abraços,<br>Equipe de Recrutamento Vereda"),
        lang="pt-BR",
        head=jsonld(
            {
                "@context": "https://schema.org",
                "@type": "Event",
                "name": "Entrevista – Product Manager",
                "startDate": st.isoformat(),
                "endDate": en.isoformat(),
                "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
                "location": {
                    "@type": "VirtualLocation",
                    "url": "https://meet.google.example/vrd-kqpt-ama",
                },
            }
        ),
    )
    yield case(
        f,
        "event_brasilia",
        "pt-BR",
        s,
        "Entrevista agendada - Vereda",
        sent,
        "JSON-LD Event (online) and prose 'quarta-feira, 9 de dezembro, às 10h (horário de "
        "Brasília), com duração de uma hora'.",
        slot(st, en, zone="America/Sao_Paulo"),
        html_only(html),
    )

    s = ("Selección Olivar", "seleccion@olivar-foods.example.es")
    sent = at(2026, 12, 2, 9, 15, "Europe/Madrid", "Wed")
    st = at(2026, 12, 10, 11, 30, "Europe/Madrid", "Thu")
    card = (
        '<tr><td style="padding:8px 24px"><table role="presentation" cellpadding="0" '
        'cellspacing="0"><tr><td width="90" align="center" style="border:1px solid #ddd;'
        'font-family:Arial,sans-serif"><div style="background:#c0392b;color:#fff;'
        'font-size:12px">DIC</div><div style="font-size:34px;font-weight:bold">10</div>'
        '<div style="font-size:12px">jueves</div></td><td style="padding-left:16px;'
        'font-family:Arial,sans-serif"><div style="font-size:18px">Entrevista con '
        "Recursos Humanos</div><div>11:30 h · Calle del Prado 8, Sevilla</div></td></tr>"
        "</table></td></tr>"
    )
    html = page(
        paras("Hola Alex,", "Te esperamos en nuestras oficinas:")
        + card
        + paras("Un saludo,<br>Selección Olivar"),
        lang="es",
        head=reservation(
            "Entrevista con Recursos Humanos",
            st,
            None,
            "Calle del Prado 8, Sevilla",
            "Olivar Foods",
        ),
    )
    yield case(
        f,
        "tarjeta_dia_mes",
        "es",
        s,
        "Tu entrevista en Olivar",
        sent,
        "A date card: month 'DIC', day '10' and 'jueves' in separate divs, '11:30 h' beside it; "
        "the JSON-LD startDate has the full instant; no end.",
        slot(st, zone="Europe/Madrid"),
        html_only(html),
    )

    s = ("Harbor & Finch Talent", "talent@harborfinch.example.com")
    sent = at(2026, 12, 1, 18, 2, "America/New_York", "Tue")
    st = at(2026, 12, 16, 15, 0, "America/New_York", "Wed")
    en = st + timedelta(minutes=30)
    title = "Interview: Harbor & Finch (Senior Analyst)"
    html = page(
        paras(
            "Hi Alex,",
            "You're booked! Your conversation with Dana Whitfield is on <b>Wednesday, December "
            "16</b>. Use the button to add it to your calendar – the time is in your invite.",
        )
        + button("Add to Google Calendar", gcal(title, st, en, "Zoom link to follow"))
        + paras("Talk soon,<br>Harbor &amp; Finch Talent"),
        lang="en",
        head=reservation(title, st, en, "Zoom", "Harbor & Finch"),
    )
    yield case(
        f,
        "day_only_visible",
        "en",
        s,
        "You're booked: Wednesday, December 16",
        sent,
        "The visible text names only the day; the hour is in the JSON-LD startDate and the Google "
        "Calendar button's dates= (both the same instant, 30 minutes).",
        slot(st, en),
        html_only(html),
    )

    s = ("Cabinet Mistral RH", "rh@mistral-rh.example.fr")
    sent = at(2026, 12, 2, 14, 0, "Europe/Paris", "Wed")
    st = at(2026, 12, 15, 14, 30, "Europe/Paris", "Tue")
    html = page(
        paras(
            "Bonjour Alex,",
            "Nous vous confirmons votre entretien le <b>mardi 15 décembre à 14h30</b> dans nos "
            "locaux de Marseille (prévoir une heure).",
        )
        + paras("Bien cordialement,<br>Cabinet Mistral RH"),
        lang="fr",
        head=reservation(
            "Entretien – Cabinet Mistral RH",
            st,
            st + timedelta(hours=1),
            "5 quai du Port, 13002 Marseille",
            "Cabinet Mistral RH",
        ),
    )
    yield case(
        f,
        "entretien_prevoir_une_heure",
        "fr",
        s,
        "Confirmation de votre entretien",
        sent,
        "Prose 'mardi 15 décembre à 14h30 … (prévoir une heure)' and a JSON-LD EventReservation "
        "with the same slot.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(html),
    )

    s = ("Tech Careers Expo", "tickets@techcareersexpo.example.com")
    sent = at(2026, 12, 1, 12, 0, "Europe/London", "Tue")
    st = at(2026, 12, 12, 10, 0, "Europe/London", "Sat")
    html = page(
        paras(
            "Hi Alex,",
            "Here is your free ticket for Tech Careers Expo London. Doors open at 10:00 on "
            "Saturday 12 December; 60 employers are exhibiting.",
        )
        + cells(
            [("Ticket", "General admission"), ("Date", "Saturday 12 December 2026, 10:00–17:00")]
        )
        + footer("Show this email at the entrance."),
        lang="en",
        head=reservation(
            "Tech Careers Expo London",
            st,
            st + timedelta(hours=7),
            "ExCeL London",
            "Tech Careers Expo",
        ),
    )
    yield case(
        f,
        "neg_fair_ticket",
        "en",
        s,
        "Your ticket: Tech Careers Expo London",
        sent,
        "Negative: a career fair ticket with EventReservation markup and a date/time cell.",
        NEG,
        html_only(html),
        bulk=True,
    )

    s = ("Bewerbermanagement Falkner", "jobs@falkner-bau.example.de")
    sent = at(2026, 12, 2, 10, 10, "Europe/Berlin", "Wed")
    html = page(
        paras(
            "Guten Tag Alex Morgan,",
            "Ihre Bewerbung ist bei uns eingegangen. Wir prüfen Ihre Unterlagen und melden uns "
            "bis spätestens Montag, 14.12.2026, 12:00 Uhr.",
        )
        + button("Bewerbung ansehen", "https://jobs.falkner-bau.example.de/a/88213"),
        lang="de",
        head=jsonld(
            {
                "@context": "http://schema.org",
                "@type": "EmailMessage",
                "potentialAction": {
                    "@type": "ViewAction",
                    "url": "https://jobs.falkner-bau.example.de/a/88213",
                    "name": "Bewerbung ansehen",
                },
                "description": "Status Ihrer Bewerbung",
            }
        ),
    )
    yield case(
        f,
        "neg_viewaction_frist",
        "de",
        s,
        "Eingangsbestätigung Ihrer Bewerbung",
        sent,
        "Negative: receipt with an EmailMessage/ViewAction markup and an answer-by date and time.",
        NEG,
        html_only(html),
    )


# ------------------------------------------------------------------ calbutton (dev)


def ics_data_url(title: str, start: datetime, end: datetime) -> str:
    ics = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//button//EN\nBEGIN:VEVENT\n"
        f"UID:{pp.digest(title, z(start))}@button\nDTSTAMP:{z(start - timedelta(days=10))}\n"
        f"DTSTART:{z(start)}\nDTEND:{z(end)}\nSUMMARY:{title}\nEND:VEVENT\nEND:VCALENDAR"
    )
    return "data:text/calendar;charset=utf8," + quote(ics)


def calbutton() -> Iterator[Case]:
    f = "calbutton"
    s = ("株式会社ミナト精機 採用担当", "saiyo@minato-seiki.example.co.jp")
    sent = at(2026, 12, 1, 17, 30, "Asia/Tokyo", "Tue")
    st = at(2026, 12, 8, 10, 0, "Asia/Tokyo", "Tue")
    en = st + timedelta(minutes=45)
    html = page(
        paras(
            "アレックス・モーガン様",
            "この度はご応募いただきありがとうございます。一次面接の日程が確定しました。",
            "面接日：<b>12月8日（火）</b>",
            "開始時刻は下のボタンからカレンダーに登録してご確認ください。",
        )
        + button("Googleカレンダーに追加", gcal("ミナト精機 一次面接", st, en, "オンライン"))
        + paras("株式会社ミナト精機 人事部 採用担当"),
        lang="ja",
    )
    yield case(
        f,
        "google_only_time",
        "ja",
        s,
        "【ミナト精機】一次面接日程のご案内",
        sent,
        "Only the day in the text ('12月8日（火）'); the hour in the Google Calendar button "
        "(dates= in UTC, 45 minutes).",
        slot(st, en),
        html_only(html, cte="base64"),
    )

    s = ("한빛솔루션 인사팀", "recruit@hanbit-sol.example.co.kr")
    sent = at(2026, 12, 2, 11, 0, "Asia/Seoul", "Wed")
    st = at(2026, 12, 9, 14, 0, "Asia/Seoul", "Wed")
    en = st + timedelta(hours=1)
    html = page(
        paras(
            "알렉스 모건 님, 안녕하세요.",
            "한빛솔루션 백엔드 개발자 포지션 1차 면접 일정을 안내드립니다.",
            "면접일: 12월 9일 (수)",
            "정확한 시간은 아래 버튼으로 캘린더에 추가하시면 확인하실 수 있습니다.",
        )
        + button(
            "Outlook 캘린더에 추가",
            outlook("한빛솔루션 1차 면접", st.isoformat(), en.isoformat()),
        )
        + paras("감사합니다.<br>한빛솔루션 인사팀 드림"),
        lang="ko",
    )
    yield case(
        f,
        "outlook_deeplink_offset",
        "ko",
        s,
        "[한빛솔루션] 1차 면접 일정 안내",
        sent,
        "Only the day in the text; the hour in an Outlook deeplink (startdt/enddt with +09:00).",
        slot(st, en),
        html_only(html),
    )

    s = ("HR Северсталь-Софт", "hr@severstal-soft.example.ru")
    sent = at(2026, 12, 2, 12, 0, "Europe/Moscow", "Wed")
    st = at(2026, 12, 10, 10, 0, "Europe/Moscow", "Thu")
    html = page(
        paras(
            "Здравствуйте, Алекс!",
            "Приглашаем вас на техническое собеседование в четверг, 10 декабря.",
            "Добавьте встречу в календарь — время указано в приглашении.",
        )
        + button("Добавить в Яху-календарь", yahoo("Собеседование", st, 60))
        + paras("С уважением,<br>команда подбора"),
        lang="ru",
    )
    yield case(
        f,
        "yahoo_dur",
        "ru",
        s,
        "Приглашение на собеседование",
        sent,
        "Only the day in the text; the hour in a Yahoo calendar link (st= in UTC, dur=0100).",
        slot(st, st + timedelta(hours=1)),
        html_only(html, cte="base64"),
    )

    s = ("Quillstone Hiring", "hiring@quillstone.example.com")
    sent = at(2026, 12, 2, 9, 0, "America/Chicago", "Wed")
    st = at(2026, 12, 11, 10, 0, "America/Chicago", "Fri")
    en = st + timedelta(minutes=50)
    html = page(
        paras(
            "Hi Alex,",
            "Great news – the team would like to meet you on Friday, December 11. We've saved "
            "the slot for you; tap the button to drop it into your calendar.",
        )
        + button("Add to calendar (.ics)", ics_data_url("Quillstone interview", st, en))
        + paras("Cheers,<br>Quillstone Hiring"),
        lang="en",
    )
    yield case(
        f,
        "data_url_ics",
        "en",
        s,
        "Your interview with Quillstone",
        sent,
        "Only the day in the text; the slot in a data:text/calendar URL (DTSTART/DTEND in UTC, "
        "50 minutes).",
        slot(st, en),
        html_only(html),
    )

    s = ("Recruiting Weißdorn AG", "recruiting@weissdorn.example.de")
    sent = at(2026, 12, 3, 8, 30, "Europe/Berlin", "Thu")
    st = at(2026, 12, 14, 9, 0, "Europe/Berlin", "Mon")
    en = st + timedelta(minutes=30)
    html = page(
        paras(
            "Hallo Alex,",
            "wir freuen uns auf das Kennenlerngespräch am Montag, 14. Dezember 2026. Den "
            "Termin können Sie direkt in Ihren Kalender übernehmen:",
        )
        + button(
            "In Outlook speichern",
            outlook("Kennenlernen Weißdorn", f"{st:%Y-%m-%dT%H:%M:%S}", f"{en:%Y-%m-%dT%H:%M:%S}"),
        )
        + button("In Google Kalender speichern", gcal("Kennenlernen Weißdorn", st, en))
        + paras("Viele Grüße<br>Recruiting Weißdorn AG"),
        lang="de",
    )
    yield case(
        f,
        "zwei_buttons",
        "de",
        s,
        "Ihr Kennenlerngespräch am 14. Dezember",
        sent,
        "Only the day in the text; an Outlook link with a wall time (no offset) and a Google link "
        "in UTC agree on 09:00–09:30 Berlin.",
        slot(st, en, zone="Europe/Berlin"),
        html_only(html),
    )

    s = ("Quillstone Careers", "events@quillstone.example.com")
    sent = at(2026, 12, 1, 9, 0, "America/Chicago", "Tue")
    st = at(2026, 12, 10, 17, 30, "America/Chicago", "Thu")
    html = page(
        paras(
            "Hi Alex,",
            "Join us for our Careers Open Evening on Thursday, December 10 – meet engineers, tour "
            "the office and hear about open roles. Everyone who signed up is welcome.",
        )
        + button(
            "Add to Google Calendar", gcal("Quillstone Open Evening", st, st + timedelta(hours=2))
        )
        + footer("You are receiving this because you joined our talent community."),
        lang="en",
    )
    yield case(
        f,
        "neg_open_evening",
        "en",
        s,
        "You're invited: Careers Open Evening",
        sent,
        "Negative: an open evening for the whole talent community, the time only in the Google "
        "button.",
        NEG,
        html_only(html),
        bulk=True,
    )

    s = ("株式会社ミナト精機 採用担当", "saiyo@minato-seiki.example.co.jp")
    sent = at(2026, 12, 1, 12, 0, "Asia/Tokyo", "Tue")
    st = at(2026, 12, 12, 13, 0, "Asia/Tokyo", "Sat")
    html = page(
        paras(
            "ご登録者の皆さま",
            "オンライン会社説明会を12月12日（土）に開催します。参加をご希望の方は下のボタンから"
            "カレンダーに登録してください。",
        )
        + button("カレンダーに追加", gcal("ミナト精機 会社説明会", st, st + timedelta(minutes=90)))
        + footer("配信停止はこちら"),
        lang="ja",
    )
    yield case(
        f,
        "neg_setsumeikai",
        "ja",
        s,
        "【ミナト精機】オンライン会社説明会のお知らせ",
        sent,
        "Negative: a company information session for all registrants, time only in the button.",
        NEG,
        html_only(html, cte="base64"),
        bulk=True,
    )


# ------------------------------------------------------------------ cjkcharset (dev)


def legacy(html: str, charset: str) -> str:
    return html.replace("charset=utf-8", f"charset={charset}")


def cjkcharset() -> Iterator[Case]:
    f = "cjkcharset"
    s = ("やまびこ電機 人事部", "jinji@yamabiko-denki.example.co.jp")
    sent = at(2026, 12, 1, 10, 0, "Asia/Tokyo", "Tue")
    st = at(2026, 12, 10, 14, 0, "Asia/Tokyo", "Thu")
    html = page(
        paras(
            "モーガン　アレックス様",
            "先日はエントリーいただき誠にありがとうございました。下記の日程で二次面接を"
            "実施いたします。",
        )
        + cells(
            [
                ("日時", "２０２６年１２月１０日（木）　１４：００〜１５：００"),
                ("場所", "本社　３階　第二会議室"),
                ("持ち物", "筆記用具"),
            ]
        )
        + paras("ご都合が悪い場合は、本メールにご返信ください。", "やまびこ電機株式会社　人事部"),
        lang="ja",
    )
    yield case(
        f,
        "iso2022jp_zenkaku",
        "ja",
        s,
        "二次面接のご案内",
        sent,
        "HTML-only in ISO-2022-JP (7bit); the '日時' cell in full-width digits "
        "('２０２６年１２月１０日（木）　１４：００〜１５：００'); no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(legacy(html, "iso-2022-jp"), "iso-2022-jp", "7bit"),
        header_charset="iso-2022-jp",
    )

    s = ("星河科技 招聘组", "hr@xinghe-tech.example.cn")
    sent = at(2026, 12, 2, 9, 30, "Asia/Shanghai", "Wed")
    st = at(2026, 12, 11, 10, 0, "Asia/Shanghai", "Fri")
    html = page(
        paras(
            "Alex Morgan 您好：", "感谢您投递星河科技数据分析师职位，现邀请您参加面试，安排如下："
        )
        + cells(
            [
                ("面试时间", "2026年12月11日（星期五）<br>上午10:00-11:00"),
                ("面试形式", "腾讯会议（会议号将另行通知）"),
                ("联系人", "王老师 010-5555-0188（工作日 9:00-18:00）"),
            ]
        )
        + paras("请回复邮件确认是否参加。", "星河科技 人力资源部"),
        lang="zh-CN",
    )
    yield case(
        f,
        "gb18030_base64_br",
        "zh-CN",
        s,
        "面试邀请 - 星河科技",
        sent,
        "HTML-only in GB18030, base64; the time under a <br> in the '面试时间' cell "
        "('上午10:00-11:00'); office hours in the contact cell; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(legacy(html, "gb18030"), "gb18030", "base64"),
        header_charset="gb18030",
    )

    s = ("青松資訊 人資部", "hr@chingsong.example.com.tw")
    sent = at(2026, 12, 3, 15, 0, "Asia/Taipei", "Thu")
    st = at(2026, 12, 14, 14, 30, "Asia/Taipei", "Mon")
    html = page(
        paras(
            "Alex 您好：",
            "感謝您應徵本公司前端工程師一職。誠摯邀請您於 2026年12月14日（星期一）下午2:30 至 "
            "3:30 到本公司面試。",
            "地點：台北市信義區松高路 1 號 12 樓",
        )
        + paras("青松資訊股份有限公司 人力資源部 敬上"),
        lang="zh-TW",
    )
    yield case(
        f,
        "big5_qp_afternoon",
        "zh-TW",
        s,
        "面試通知",
        sent,
        "HTML-only in Big5, quoted-printable: '下午2:30 至 3:30'; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(legacy(html, "big5"), "big5", "qp"),
        header_charset="big5",
    )

    s = ("다온물산 채용담당", "recruit@daon-corp.example.co.kr")
    sent = at(2026, 12, 2, 16, 0, "Asia/Seoul", "Wed")
    st = at(2026, 12, 15, 15, 0, "Asia/Seoul", "Tue")
    html = page(
        paras(
            "모건 알렉스 님께",
            "다온물산 영업관리 직무에 지원해 주셔서 감사합니다. 면접 일정을 안내드립니다.",
        )
        + cells(
            [
                ("면접 일시", "2026년 12월 15일(화) 오후 3시 ~ 4시"),
                ("장소", "서울시 중구 세종대로 10, 7층"),
            ]
        )
        + paras("참석 여부를 회신해 주시기 바랍니다.", "다온물산 인사팀"),
        lang="ko",
    )
    yield case(
        f,
        "euckr_base64_ohu",
        "ko",
        s,
        "[다온물산] 면접 일정 안내",
        sent,
        "HTML-only in EUC-KR, base64: '2026년 12월 15일(화) 오후 3시 ~ 4시' in a cell; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(legacy(html, "euc-kr"), "euc-kr", "base64"),
        header_charset="euc-kr",
    )

    s = ("やまびこ電機 人事部", "jinji@yamabiko-denki.example.co.jp")
    sent = at(2026, 12, 2, 18, 0, "Asia/Tokyo", "Wed")
    plain = (
        "モーガン　アレックス様\n\n"
        "このたびは弊社求人にご応募いただき、ありがとうございます。\n"
        "書類選考の結果は、１２月１８日（金）までにメールにてご連絡いたします。\n\n"
        "お問い合わせ受付時間：平日　１０：００〜１８：００\n\n"
        "やまびこ電機株式会社　人事部\n"
    )
    yield case(
        f,
        "neg_kekka_renraku",
        "ja",
        s,
        "ご応募ありがとうございます",
        sent,
        "Negative (plain, ISO-2022-JP): results promised by a date; enquiry hours in full-width "
        "digits.",
        NEG,
        text_part(plain, "plain", "iso-2022-jp", "7bit"),
        header_charset="iso-2022-jp",
    )

    s = ("星河科技 校园招聘", "campus@xinghe-tech.example.cn")
    sent = at(2026, 12, 1, 11, 0, "Asia/Shanghai", "Tue")
    html = page(
        paras(
            "各位同学：",
            "星河科技2027届校园招聘线上宣讲会将于12月12日（星期六）19:00举行，欢迎大家参加！",
        )
        + button("立即报名", "https://campus.xinghe-tech.example.cn/talk")
        + footer("退订"),
        lang="zh-CN",
    )
    yield case(
        f,
        "neg_xuanjianghui",
        "zh-CN",
        s,
        "星河科技线上宣讲会邀请",
        sent,
        "Negative (GB18030, base64): a campus talk for all students with date and time.",
        NEG,
        html_only(legacy(html, "gb18030"), "gb18030", "base64"),
        header_charset="gb18030",
        bulk=True,
    )

    s = ("다온물산 채용담당", "recruit@daon-corp.example.co.kr")
    sent = at(2026, 12, 1, 10, 0, "Asia/Seoul", "Tue")
    html = page(
        paras(
            "모건 알렉스 님, 지원이 정상적으로 접수되었습니다.",
            "서류 전형 결과는 12월 18일(금) 오후 5시에 개별 안내드릴 예정입니다.",
        ),
        lang="ko",
    )
    yield case(
        f,
        "neg_jeopsu",
        "ko",
        s,
        "[다온물산] 지원 접수 완료",
        sent,
        "Negative (EUC-KR, base64): application receipt announcing when results come.",
        NEG,
        html_only(legacy(html, "euc-kr"), "euc-kr", "base64"),
        header_charset="euc-kr",
    )


# ------------------------------------------------------------------ cyrcharset (dev)


def cyrcharset() -> Iterator[Case]:
    f = "cyrcharset"
    s = ("Отдел кадров «Волга-Трейд»", "hr@volga-trade.example.ru")
    sent = at(2026, 12, 2, 13, 0, "Europe/Moscow", "Wed")
    st = at(2026, 12, 10, 11, 0, "Europe/Moscow", "Thu")
    html = page(
        paras(
            "Уважаемый Алекс!",
            "Благодарим за отклик на вакансию «Аналитик». Приглашаем вас на собеседование.",
        )
        + cells(
            [
                ("Дата", "10 декабря 2026 г. (чт)"),
                ("Время", "11:00–12:00 (МСК)"),
                ("Адрес", "Нижний Новгород, ул. Рождественская, 5, офис 301"),
            ]
        )
        + paras("С уважением,<br>отдел кадров"),
        lang="ru",
    )
    yield case(
        f,
        "cp1251_qp_cells",
        "ru",
        s,
        "Приглашение на собеседование",
        sent,
        "HTML-only in windows-1251, quoted-printable: 'Дата' | '10 декабря 2026 г. (чт)', "
        "'Время' | '11:00–12:00 (МСК)'.",
        slot(st, st + timedelta(hours=1), zone="Europe/Moscow"),
        html_only(legacy(html, "windows-1251"), "windows-1251", "qp"),
        header_charset="windows-1251",
    )

    s = ("Служба персонала Норд-Сталь", "personal@nord-stal.example.ru")
    sent = at(2026, 12, 3, 10, 0, "Europe/Moscow", "Thu")
    st = at(2026, 12, 15, 16, 30, "Europe/Moscow", "Tue")
    plain = (
        "Добрый день, Алекс!\n\nСобеседование назначено на 15.12.2026 в 16:30 по московскому "
        "времени, продолжительность — 45 минут.\nСсылка на видеовстречу придёт накануне.\n\n"
        "Служба персонала"
    )
    html = page(
        paras(
            "Добрый день, Алекс!",
            "Собеседование назначено на <b>15.12.2026 в 16:30</b> по московскому времени, "
            "продолжительность — 45 минут.",
            "Ссылка на видеовстречу придёт накануне.",
        )
        + paras("Служба персонала"),
        lang="ru",
    )
    yield case(
        f,
        "koi8r_base64_alt",
        "ru",
        s,
        "Собеседование 15.12",
        sent,
        "KOI8-R, base64, plain and HTML alternatives: '15.12.2026 в 16:30 по московскому "
        "времени, продолжительность — 45 минут'.",
        slot(st, st + timedelta(minutes=45), zone="Europe/Moscow"),
        alternative(
            "cyr/koi8r",
            text_part(plain, "plain", "koi8-r", "base64"),
            text_part(legacy(html, "koi8-r"), "html", "koi8-r", "base64"),
        ),
        header_charset="koi8-r",
    )

    s = ("Відділ кадрів «Дніпро-Софт»", "hr@dnipro-soft.example.ua")
    sent = at(2026, 12, 2, 14, 0, "Europe/Kyiv", "Wed")
    st = at(2026, 12, 15, 10, 0, "Europe/Kyiv", "Tue")
    html = page(
        paras(
            "Вітаємо, Алексе!",
            "Запрошуємо вас на співбесіду у вівторок, 15 грудня, о 10:00 (за київським часом).",
            "Зустріч триватиме до 11:00 і пройде у Google Meet.",
        )
        + paras("З повагою,<br>відділ кадрів"),
        lang="uk",
    )
    yield case(
        f,
        "koi8u_qp",
        "uk",
        s,
        "Запрошення на співбесіду",
        sent,
        "HTML-only in KOI8-U, quoted-printable: 'у вівторок, 15 грудня, о 10:00 (за київським "
        "часом)', 'до 11:00'.",
        slot(st, st + timedelta(hours=1), zone="Europe/Kyiv"),
        html_only(legacy(html, "koi8-u"), "koi8-u", "qp"),
        header_charset="koi8-u",
    )

    s = ("Човешки ресурси – Родопа Инвест", "hr@rodopa-invest.example.bg")
    sent = at(2026, 12, 3, 11, 0, "Europe/Sofia", "Thu")
    st = at(2026, 12, 16, 14, 0, "Europe/Sofia", "Wed")
    html = page(
        paras("Здравейте, Алекс,", "Каним Ви на интервю за позицията „Счетоводител“.")
        + cells(
            [
                ("Дата", "сряда, 16 декември 2026 г."),
                ("Час", "14:00 ч."),
                ("Място", "София, бул. Витоша 20"),
            ]
        )
        + paras("Поздрави,<br>Човешки ресурси"),
        lang="bg",
    )
    yield case(
        f,
        "bg_cp1251_cells",
        "bg",
        s,
        "Покана за интервю",
        sent,
        "HTML-only in windows-1251 (Bulgarian): 'Дата' | 'сряда, 16 декември 2026 г.', 'Час' | "
        "'14:00 ч.'; no zone.",
        slot(st, sent=sent),
        html_only(legacy(html, "windows-1251"), "windows-1251", "base64"),
        header_charset="windows-1251",
    )

    s = ("Отдел кадров «Волга-Трейд»", "hr@volga-trade.example.ru")
    sent = at(2026, 12, 1, 9, 0, "Europe/Moscow", "Tue")
    html = page(
        paras(
            "Уважаемый Алекс!",
            "Спасибо за отклик. Мы рассмотрим ваше резюме и ответим до 18 декабря.",
            "Часы работы отдела: пн–пт 9:00–18:00 (МСК).",
        ),
        lang="ru",
    )
    yield case(
        f,
        "neg_otvet_do",
        "ru",
        s,
        "Ваш отклик получен",
        sent,
        "Negative (windows-1251): answer promised by a date; office hours.",
        NEG,
        html_only(legacy(html, "windows-1251"), "windows-1251", "qp"),
        header_charset="windows-1251",
    )

    s = ("Служба персонала Норд-Сталь", "personal@nord-stal.example.ru")
    sent = at(2026, 12, 1, 12, 0, "Europe/Moscow", "Tue")
    html = page(
        paras(
            "Друзья!",
            "12 декабря в 12:00 приглашаем всех соискателей на день открытых дверей завода. "
            "Регистрация обязательна.",
        )
        + button("Зарегистрироваться", "https://nord-stal.example.ru/den-otkrytyh-dverey"),
        lang="ru",
    )
    yield case(
        f,
        "neg_den_otkrytyh",
        "ru",
        s,
        "День открытых дверей",
        sent,
        "Negative (KOI8-R, base64): an open day for all applicants.",
        NEG,
        html_only(legacy(html, "koi8-r"), "koi8-r", "base64"),
        header_charset="koi8-r",
        bulk=True,
    )


# ------------------------------------------------------------------ rtlhtml (dev)

RLM, LRM = "\u200f", "\u200e"


def rtlhtml() -> Iterator[Case]:
    f = "rtlhtml"
    s = ("גיוס – אורן מערכות", "jobs@oren-systems.example.co.il")
    sent = at(2026, 12, 1, 12, 0, "Asia/Jerusalem", "Tue")
    st = at(2026, 12, 10, 14, 0, "Asia/Jerusalem", "Thu")
    html = page(
        paras("שלום אלכס,", "שמחים להזמין אותך לראיון עבודה לתפקיד מפתח/ת צד שרת.")
        + cells(
            [
                ("תאריך", "יום חמישי, 10 בדצמבר 2026"),
                ("שעה", f"{RLM}14:00–15:00{RLM}"),
                ("מיקום", "רחוב הברזל 30, תל אביב"),
            ],
            rtl=True,
        )
        + paras("בברכה,<br>צוות הגיוס"),
        lang="he",
        rtl=True,
    )
    yield case(
        f,
        "cells_rlm",
        "he",
        s,
        "הזמנה לראיון עבודה",
        sent,
        "dir=rtl table: 'תאריך' | 'יום חמישי, 10 בדצמבר 2026', 'שעה' | RLM + '14:00–15:00' + "
        "RLM; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(html),
    )

    s = ("الموارد البشرية – شركة الواحة", "hr@alwaha-co.example.sa")
    sent = at(2026, 12, 2, 10, 0, "Asia/Riyadh", "Wed")
    st = at(2026, 12, 13, 10, 0, "Asia/Riyadh", "Sun")
    html = page(
        paras("عزيزي أليكس،", "يسعدنا دعوتك لإجراء مقابلة شخصية لوظيفة محلل مالي.")
        + cells(
            [
                ("التاريخ", "الأحد 13 ديسمبر 2026"),
                ("الوقت", f"{RLM}10:00 ص{RLM} - {RLM}11:00 ص{RLM}"),
                ("المكان", "الرياض، طريق الملك فهد، برج الواحة"),
            ],
            rtl=True,
        )
        + paras("مع أطيب التحيات،<br>إدارة الموارد البشرية"),
        lang="ar",
        rtl=True,
    )
    yield case(
        f,
        "ar_sabahan_cells",
        "ar",
        s,
        "دعوة لمقابلة شخصية",
        sent,
        "dir=rtl cells: 'الأحد 13 ديسمبر 2026', '10:00 ص - 11:00 ص' with RLM marks; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(html),
    )

    s = ("شؤون الموظفين – النيل للبرمجيات", "jobs@nile-soft.example.eg")
    sent = at(2026, 12, 3, 9, 0, "Africa/Cairo", "Thu")
    st = at(2026, 12, 14, 11, 30, "Africa/Cairo", "Mon")
    html = page(
        paras(
            "الأستاذ أليكس مورغان،",
            "نود دعوتك لمقابلة عمل يوم الاثنين ١٤ ديسمبر ٢٠٢٦ الساعة ١١:٣٠ صباحاً بمقر الشركة "
            "في القاهرة الجديدة.",
        )
        + paras("مع خالص التحية،<br>شؤون الموظفين"),
        lang="ar-EG",
        rtl=True,
    )
    yield case(
        f,
        "ar_indic_digits",
        "ar-EG",
        s,
        "مقابلة عمل",
        sent,
        "Arabic-Indic digits in prose: 'يوم الاثنين ١٤ ديسمبر ٢٠٢٦ الساعة ١١:٣٠ صباحاً'; no zone.",
        slot(st, sent=sent),
        html_only(html, cte="base64"),
    )

    s = ("משאבי אנוש – גלבוע פיננסים", "hr@gilboa-fin.example.co.il")
    sent = at(2026, 12, 2, 16, 0, "Asia/Jerusalem", "Wed")
    st = at(2026, 12, 14, 15, 30, "Asia/Jerusalem", "Mon")
    html = page(
        paras(
            "אלכס שלום,",
            f"הראיון שלך נקבע ליום שני {RLM}14.12.2026{RLM} בשעה {LRM}15:30{LRM}, בזום.",
            "משך הראיון כ-45 דקות.",
        )
        + paras("בהצלחה!<br>משאבי אנוש"),
        lang="he",
        rtl=True,
    )
    yield case(
        f,
        "prose_bidi_marks",
        "he",
        s,
        "נקבע ראיון",
        sent,
        "Prose with RLM around the date '14.12.2026' and LRM around '15:30'; the length is loose "
        "('כ-45 דקות'), so no end.",
        slot(st, sent=sent),
        html_only(html),
    )

    s = ("גיוס – אורן מערכות", "jobs@oren-systems.example.co.il")
    sent = at(2026, 12, 1, 9, 0, "Asia/Jerusalem", "Tue")
    html = page(
        paras(
            "שלום אלכס,",
            f"קיבלנו את מועמדותך. נחזור אליך עד {RLM}20.12.2026{RLM}.",
            f"שעות מענה טלפוני: א׳–ה׳ {LRM}09:00–17:00{LRM}.",
        ),
        lang="he",
        rtl=True,
    )
    yield case(
        f,
        "neg_kibalnu",
        "he",
        s,
        "קיבלנו את מועמדותך",
        sent,
        "Negative: receipt with an answer-by date and phone hours, bidi marks.",
        NEG,
        html_only(html),
    )

    s = ("الموارد البشرية – شركة الواحة", "careers@alwaha-co.example.sa")
    sent = at(2026, 12, 1, 11, 0, "Asia/Riyadh", "Tue")
    html = page(
        paras(
            "مرحباً،",
            "ندعوكم لحضور ندوة تعريفية عبر الإنترنت عن فرص العمل في الشركة يوم السبت 12 ديسمبر "
            f"الساعة {RLM}7:00 م{RLM}.",
        )
        + button("سجّل الآن", "https://alwaha-co.example.sa/webinar"),
        lang="ar",
        rtl=True,
    )
    yield case(
        f,
        "neg_nadwa",
        "ar",
        s,
        "ندوة تعريفية عن فرص العمل",
        sent,
        "Negative: a careers webinar for everyone with date and evening time.",
        NEG,
        html_only(html),
        bulk=True,
    )


# ------------------------------------------------------------------ invisibles (dev)

NNBSP, NBSP, ZWSP, ZWNJ, SHY = "\u202f", "\u00a0", "\u200b", "\u200c", "\u00ad"


def invisibles() -> Iterator[Case]:
    f = "invisibles"
    s = ("Pinecrest Analytics Recruiting", "recruiting@pinecrest-analytics.example.com")
    sent = at(2026, 12, 1, 14, 0, "America/New_York", "Tue")
    st = at(2026, 12, 8, 14, 30, "America/New_York", "Tue")
    when = f"Tuesday, December 8, 2026 at 2:30{NNBSP}PM – 3:15{NNBSP}PM EST"
    html = page(
        paras("Hi Alex,", "Your phone screen with Pinecrest Analytics is scheduled:")
        + cells([("When", when), ("Interviewer", "Morgan Lee, Engineering Manager")])
        + paras("We'll call you at the number on your application."),
        lang="en",
    )
    yield case(
        f,
        "cldr_nnbsp_pm",
        "en-US",
        s,
        "Phone screen scheduled",
        sent,
        "CLDR/ICU output with U+202F before 'PM' ('2:30 PM – 3:15 PM EST').",
        slot(st, st + timedelta(minutes=45)),
        html_only(html),
    )

    s = ("Bramblewood Recruitment", "team@bramblewood.example.co.uk")
    sent = at(2026, 12, 2, 10, 0, "Europe/London", "Wed")
    st = at(2026, 12, 9, 10, 0, "Europe/London", "Wed")
    html = page(
        paras(
            "Hello Alex,",
            f"Your interview is on Wednesday 9{ZWNJ} December 2026 at 10{ZWNJ}:00 "
            f"(UK time) and runs until 10{ZWNJ}:45.",
            f"Call us on 0113{ZWNJ} 496{ZWNJ} 0000 if anything changes.",
        ),
        lang="en-GB",
    )
    yield case(
        f,
        "zwnj_detectors",
        "en-GB",
        s,
        "Interview booked",
        sent,
        "Zero-width non-joiners inside the date, the times and the phone number (as templates "
        "do to stop phones' data detectors).",
        slot(st, st + timedelta(minutes=45), zone="Europe/London"),
        html_only(html),
    )

    s = ("Personalabteilung Lindqvist GmbH", "personal@lindqvist.example.de")
    sent = at(2026, 12, 2, 15, 0, "Europe/Berlin", "Wed")
    st = at(2026, 12, 10, 15, 0, "Europe/Berlin", "Thu")
    html = page(
        paras("Sehr geehrter Herr Morgan,", "wir laden Sie zu einem Vorstellungsgespräch ein:")
        + cells(
            [
                ("Termin", f"Donners{SHY}tag, 10.{SHY}12.{SHY}2026"),
                ("Uhrzeit", f"15:{SHY}00 – 16:{SHY}00 Uhr"),
            ]
        )
        + paras("Mit freundlichen Grüßen<br>Personalabteilung"),
        lang="de",
    )
    yield case(
        f,
        "shy_in_numbers",
        "de",
        s,
        "Einladung zum Gespräch",
        sent,
        "Soft hyphens inside the weekday, the date and the times; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(html),
    )

    s = ("Cabinet Lisière", "contact@lisiere-rh.example.fr")
    sent = at(2026, 12, 3, 9, 0, "Europe/Paris", "Thu")
    st = at(2026, 12, 17, 9, 30, "Europe/Paris", "Thu")
    html = page(
        paras(
            "Bonjour Alex,",
            f"Votre entretien aura lieu le jeudi{NBSP}17{NBSP}décembre{NBSP}2026 "
            f"de 9{NNBSP}h{NNBSP}30 à 10{NNBSP}h{NNBSP}15, heure de Paris.",
        ),
        lang="fr",
    )
    yield case(
        f,
        "fines_insecables",
        "fr",
        s,
        "Votre entretien",
        sent,
        "No-break spaces in the date and narrow no-break spaces inside '9 h 30 à 10 h 15'.",
        slot(st, st + timedelta(minutes=45), zone="Europe/Paris"),
        html_only(html),
    )

    s = ("Talento Cardón", "talento@cardon.example.mx")
    sent = at(2026, 12, 3, 12, 0, "America/Mexico_City", "Thu")
    st = at(2026, 12, 14, 11, 0, "America/Mexico_City", "Mon")
    html = page(
        paras("Hola Alex:", "Te confirmamos tu entrevista:")
        + cells(
            [
                ("Fecha", "lunes, 14 de diciembre de 2026"),
                (
                    "Hora",
                    f"11:00{NBSP}a.{NBSP}m. – 11:45{NBSP}a.{NBSP}m. (hora del centro de México)",
                ),
            ]
        ),
        lang="es-MX",
    )
    yield case(
        f,
        "am_nbsp_es",
        "es-MX",
        s,
        "Confirmación de entrevista",
        sent,
        "CLDR Spanish 'a. m.' with no-break spaces ('11:00 a. m. – 11:45 a. m.').",
        slot(st, st + timedelta(minutes=45), zone="America/Mexico_City"),
        html_only(html),
    )

    s = ("Seleção Aroeira", "selecao@aroeira.example.com.br")
    sent = at(2026, 12, 4, 10, 0, "America/Sao_Paulo", "Fri")
    st = at(2026, 12, 16, 10, 30, "America/Sao_Paulo", "Wed")
    html = page(
        paras(
            "Oi, Alex!",
            f"Sua entrevista ficou para 16/{ZWSP}12/{ZWSP}2026 (quarta) às 10h{ZWSP}30.",
            "Qualquer imprevisto, é só responder.",
        ),
        lang="pt-BR",
    )
    yield case(
        f,
        "zwsp_barras",
        "pt-BR",
        s,
        "Entrevista marcada",
        sent,
        "Zero-width spaces after the slashes of '16/12/2026' and inside '10h30'; no zone.",
        slot(st, sent=sent),
        html_only(html),
    )

    s = ("Pinecrest Analytics Recruiting", "recruiting@pinecrest-analytics.example.com")
    sent = at(2026, 12, 2, 9, 0, "America/New_York", "Wed")
    html = page(
        paras(
            "Hi Alex,",
            f"Please complete the online assessment by Friday, December 11, 2026 at 11:59{NNBSP}PM "
            "EST. It takes about 40 minutes.",
        )
        + button("Start assessment", "https://assess.pinecrest-analytics.example.com/t/5521"),
        lang="en",
    )
    yield case(
        f,
        "neg_assessment_due",
        "en-US",
        s,
        "Action needed: online assessment",
        sent,
        "Negative: assessment deadline written with U+202F before 'PM'.",
        NEG,
        html_only(html),
    )

    s = ("Personalabteilung Lindqvist GmbH", "personal@lindqvist.example.de")
    sent = at(2026, 12, 1, 11, 0, "Europe/Berlin", "Tue")
    html = page(
        paras(
            "Sehr geehrter Herr Morgan,",
            f"bitte laden Sie Ihre Zeugnisse bis Mittwoch, 9.{SHY}12.{SHY}2026, 12:{SHY}00 Uhr "
            "in unserem Portal hoch. Danach melden wir uns mit einem Terminvorschlag.",
        ),
        lang="de",
    )
    yield case(
        f,
        "neg_unterlagen_frist",
        "de",
        s,
        "Fehlende Unterlagen",
        sent,
        "Negative: upload deadline with soft hyphens; a slot is only promised.",
        NEG,
        html_only(html),
    )


# ------------------------------------------------------------------ webview (dev)


def webview() -> Iterator[Case]:
    f = "webview"
    s = ("Greyhaven Talent", "talent@greyhaven.example.co.uk")
    sent = at(2026, 12, 1, 11, 0, "Europe/London", "Tue")
    st = at(2026, 12, 9, 11, 0, "Europe/London", "Wed")
    key = "webview/en"
    plain = "View this email in your browser: https://mail.greyhaven.example.co.uk/v/8f2a1\n"
    html = page(
        block('<img src="cid:logo@greyhaven" width="120" alt="Greyhaven">')
        + paras("Hi Alex,", "We'd love to meet you for the Product Designer role.")
        + cells([("Interview", "Wednesday 9 December 2026, 11:00–11:45 GMT"), ("Where", "Teams")])
        + paras("See you then,<br>Greyhaven Talent"),
        lang="en",
    )
    yield case(
        f,
        "related_plain_view_only",
        "en-GB",
        s,
        "Interview: Product Designer",
        sent,
        "multipart/related (HTML + inline logo) inside alternative with a plain part that only "
        "links to the web view; the slot in a cell.",
        slot(st, st + timedelta(minutes=45)),
        alternative(
            key,
            text_part(plain, "plain", "us-ascii", "7bit"),
            related(key, html_only(html), "logo@greyhaven"),
        ),
    )

    s = ("Selección Mareas", "seleccion@mareas.example.es")
    sent = at(2026, 12, 2, 12, 0, "Europe/Madrid", "Wed")
    st = at(2026, 12, 15, 12, 30, "Europe/Madrid", "Tue")
    key = "webview/es"
    plain = "Si no ves bien este correo, ábrelo en tu navegador:\nhttps://mareas.example.es/m/41c\n"
    html = page(
        block('<img src="cid:cab@mareas" width="600" alt="">')
        + paras("Hola Alex,", "¡Has pasado a la siguiente fase! Te esperamos en la entrevista:")
        + cells([("Fecha", "martes 15 de diciembre"), ("Hora", "12:30 (hora peninsular)")])
        + paras("Un saludo,<br>Selección Mareas"),
        lang="es",
    )
    yield case(
        f,
        "navegador_celdas",
        "es",
        s,
        "Siguiente fase: entrevista",
        sent,
        "Plain part only points to the browser; 'Fecha' | 'martes 15 de diciembre' and 'Hora' | "
        "'12:30 (hora peninsular)' cells; header image inline.",
        slot(st, zone="Europe/Madrid"),
        alternative(key, text_part(plain, "plain"), related(key, html_only(html), "cab@mareas")),
    )

    s = ("Recruiting Sternwarte Software", "jobs@sternwarte-sw.example.de")
    sent = at(2026, 12, 3, 9, 0, "Europe/Berlin", "Thu")
    st = at(2026, 12, 14, 9, 30, "Europe/Berlin", "Mon")
    key = "webview/de"
    plain = "Diese E-Mail im Browser anzeigen: https://sternwarte-sw.example.de/e/7d1\n"
    html = page(
        paras("Hallo Alex,", "hier die Eckdaten zu deinem Gespräch:")
        + block(
            '<p style="margin:0;font-size:18px"><b>Montag</b><br>14. Dezember 2026<br>'
            "09:30 – 10:15 Uhr<br>Sternwarte Software, Raum Kepler</p>"
        )
        + paras("Bis bald!<br>Dein Recruiting-Team"),
        lang="de",
    )
    yield case(
        f,
        "br_stapel_base64",
        "de",
        s,
        "Dein Gespräch bei Sternwarte",
        sent,
        "Base64 HTML; weekday, date, time and room stacked with <br>; plain part only links to "
        "the web view; no zone.",
        slot(st, st + timedelta(minutes=45), sent=sent),
        alternative(
            key,
            text_part(plain, "plain"),
            related(key, html_only(html, cte="base64"), "logo@sternwarte"),
        ),
    )

    s = ("Recrutamento Atlântida", "recrutamento@atlantida.example.pt")
    sent = at(2026, 12, 3, 14, 0, "Europe/Lisbon", "Thu")
    st = at(2026, 12, 17, 15, 0, "Europe/Lisbon", "Thu")
    key = "webview/pt"
    plain = "Ver no browser: https://atlantida.example.pt/n/2b9\n"
    html = page(
        paras("Olá Alex,", "Confirmamos a sua entrevista:")
        + block(
            '<p style="margin:0">Data<br><b>quinta-feira, 17 de dezembro</b><br>Hora<br>'
            "<b>15h00 (hora de Lisboa)</b></p>"
        )
        + paras("Cumprimentos,<br>Recrutamento Atlântida"),
        lang="pt-PT",
    )
    yield case(
        f,
        "pt_pilha_rotulos",
        "pt-PT",
        s,
        "Entrevista confirmada",
        sent,
        "Labels and values stacked with <br> ('Data', the date, 'Hora', '15h00 (hora de "
        "Lisboa)'); plain part only links to the browser.",
        slot(st, zone="Europe/Lisbon"),
        alternative(
            key, text_part(plain, "plain"), related(key, html_only(html), "logo@atlantida")
        ),
    )

    s = ("Greyhaven Events", "events@greyhaven.example.co.uk")
    sent = at(2026, 12, 1, 8, 0, "Europe/London", "Tue")
    key = "webview/neg-en"
    plain = "View this email in your browser: https://mail.greyhaven.example.co.uk/v/hd26\n"
    html = page(
        block('<img src="cid:banner@greyhaven" width="600" alt="Hiring Day">')
        + paras(
            "<b>Greyhaven Hiring Day</b>",
            "Drop in to our studio, meet the teams and bring your portfolio.",
        )
        + cells(
            [("When", "Saturday 12 December, 10:00–16:00"), ("Where", "Greyhaven Studio, Bristol")]
        )
        + footer("Unsubscribe"),
        lang="en",
    )
    yield case(
        f,
        "neg_hiring_day",
        "en-GB",
        s,
        "Come to our Hiring Day",
        sent,
        "Negative: a drop-in hiring day for everyone, same web-view and related layout.",
        NEG,
        alternative(
            key, text_part(plain, "plain"), related(key, html_only(html), "banner@greyhaven")
        ),
        bulk=True,
    )

    s = ("Selección Mareas", "seleccion@mareas.example.es")
    sent = at(2026, 12, 1, 17, 0, "Europe/Madrid", "Tue")
    key = "webview/neg-es"
    plain = "Si no ves bien este correo, ábrelo en tu navegador:\nhttps://mareas.example.es/m/40a\n"
    html = page(
        paras(
            "Hola Alex,",
            "Hemos recibido tu candidatura. Revisaremos tu perfil y te escribiremos antes del "
            "viernes 11 de diciembre.",
        )
        + cells([("Recibida", "01/12/2026 16:58")]),
        lang="es",
    )
    yield case(
        f,
        "neg_recibida",
        "es",
        s,
        "Candidatura recibida",
        sent,
        "Negative: receipt with a received-at cell and an answer-by day.",
        NEG,
        alternative(key, text_part(plain, "plain"), related(key, html_only(html), "logo@mareas")),
    )


# ------------------------------------------------------------------ foundmail (held out)


def columns(left: str, right: str) -> str:
    """A Foundation-for-Emails row of two columns (th.columns inside table.row)."""
    return (
        '<tr><td><table class="row" role="presentation"><tbody><tr>'
        f'<th class="small-12 large-4 columns first"><table><tr><th>{left}</th></tr></table></th>'
        f'<th class="small-12 large-8 columns last"><table><tr><th>{right}</th></tr></table></th>'
        "</tr></tbody></table></td></tr>"
    )


def foundmail() -> Iterator[Case]:
    f = "foundmail"
    s = ("Talent Acquisition – Corvid Labs", "ta@corvidlabs.example.com")
    sent = at(2026, 12, 1, 15, 0, "America/Los_Angeles", "Tue")
    st = at(2026, 12, 10, 13, 0, "America/Los_Angeles", "Thu")
    html = page(
        paras("Hi Alex,", "Thanks for chatting with us. Your onsite loop is set:")
        + columns("Date", "Thursday, December 10, 2026")
        + columns("Time", "1:00 PM – 3:00 PM PT")
        + columns("Location", "Corvid Labs, 400 Mission St, San Francisco")
        + paras("Bring a photo ID for the front desk.", "Corvid Labs Talent Acquisition"),
        lang="en",
        preheader="Recap of your call on Nov 24, 4:30 PM",
    )
    yield case(
        f,
        "columns_pt",
        "en-US",
        s,
        "Your onsite interview at Corvid Labs",
        sent,
        "Foundation columns (th.columns) for Date and Time; preheader with an earlier date and "
        "time.",
        slot(st, st + timedelta(hours=2), zone="America/Los_Angeles"),
        html_only(html),
    )

    s = ("Recrutement Bocage", "emplois@bocage-agri.example.fr")
    sent = at(2026, 12, 2, 10, 0, "Europe/Paris", "Wed")
    st = at(2026, 12, 11, 14, 0, "Europe/Paris", "Fri")
    html = page(
        paras("Bonjour Alex,", "Nous avons le plaisir de vous inviter à un entretien.")
        + '<tr><td><table class="row"><tr><th rowspan="2" class="columns">Rendez-vous</th>'
        '<th class="columns">vendredi 11 décembre 2026</th></tr>'
        '<tr><th class="columns">14 h – 14 h 45</th></tr></table></td></tr>'
        + paras("Cordialement,<br>Recrutement Bocage"),
        lang="fr",
    )
    yield case(
        f,
        "rowspan_rdv",
        "fr",
        s,
        "Entretien – Bocage",
        sent,
        "A 'Rendez-vous' label with rowspan=2 beside the date row and the time row "
        "('14 h – 14 h 45'); no zone.",
        slot(st, st + timedelta(minutes=45), sent=sent),
        html_only(html),
    )

    s = ("Gente Tamarindo", "gente@tamarindo.example.co")
    sent = at(2026, 12, 2, 9, 0, "America/Bogota", "Wed")
    st = at(2026, 12, 15, 15, 0, "America/Bogota", "Tue")
    html = page(
        paras("Hola Alex,", "Agendamos tu entrevista con el equipo comercial:")
        + columns("Cuándo", "martes 15 de diciembre<br>3:00 p.\u00a0m. – 3:45 p.\u00a0m.")
        + mobile("martes 15 de diciembre · 3:00 p.\u00a0m.")
        + paras("Saludos,<br>Gente Tamarindo"),
        lang="es-CO",
        preheader="Tu proceso: actualización del 27 de noviembre",
    )
    yield case(
        f,
        "cuando_br_pm",
        "es-CO",
        s,
        "Entrevista agendada",
        sent,
        "Date and 'p. m.' range stacked with <br> in one column; mobile-only duplicate; no zone.",
        slot(st, st + timedelta(minutes=45), sent=sent),
        html_only(html),
    )

    s = ("Recrutamento Ipê", "rh@ipe-logistica.example.com.br")
    sent = at(2026, 12, 3, 8, 0, "America/Sao_Paulo", "Thu")
    st = at(2026, 12, 17, 9, 0, "America/Sao_Paulo", "Thu")
    html = page(
        paras("Olá, Alex!", "Sua entrevista presencial:")
        + columns("Data", "17/12/2026 (quinta-feira)")
        + columns("Horário", "09h00 às 10h00")
        + columns("Endereço", "Av. Paulista, 900 – 8º andar")
        + paras("Até lá!"),
        lang="pt-BR",
    )
    yield case(
        f,
        "colunas_horario",
        "pt-BR",
        s,
        "Entrevista presencial – Ipê",
        sent,
        "Foundation columns: 'Data' | '17/12/2026 (quinta-feira)', 'Horário' | '09h00 às 10h00'.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(html),
    )

    s = ("Talent Acquisition – Corvid Labs", "events@corvidlabs.example.com")
    sent = at(2026, 12, 1, 12, 0, "America/Los_Angeles", "Tue")
    html = page(
        paras("<b>Corvid Labs Tech Talk</b>", "An evening on distributed systems, open to all.")
        + columns("Date", "Wednesday, December 9, 2026")
        + columns("Time", "6:00 PM – 8:00 PM PT")
        + button("RSVP", "https://corvidlabs.example.com/talks/rsvp")
        + footer("Unsubscribe"),
        lang="en",
    )
    yield case(
        f,
        "neg_tech_talk",
        "en-US",
        s,
        "Tech Talk: distributed systems",
        sent,
        "Negative: a public tech talk in the same column layout.",
        NEG,
        html_only(html),
        bulk=True,
    )

    s = ("Recrutement Bocage", "emplois@bocage-agri.example.fr")
    sent = at(2026, 12, 1, 16, 0, "Europe/Paris", "Tue")
    html = page(
        paras("Bonjour Alex,", "Votre candidature a bien été enregistrée.")
        + columns("Réponse au plus tard", "vendredi 18 décembre 2026")
        + columns("Accueil téléphonique", "9 h – 12 h")
        + paras("Recrutement Bocage"),
        lang="fr",
    )
    yield case(
        f,
        "neg_candidature_enregistree",
        "fr",
        s,
        "Candidature enregistrée",
        sent,
        "Negative: receipt with an answer-by date and phone hours in columns.",
        NEG,
        html_only(html),
    )


# ------------------------------------------------------------------ microdata (held out)


def itemprops(name: str, start: datetime, end: datetime | None, shown: str) -> str:
    end_meta = f'<meta itemprop="endDate" content="{end.isoformat()}">' if end else ""
    return (
        '<tr><td style="padding:8px 24px" itemscope itemtype="http://schema.org/Event">'
        f'<meta itemprop="name" content="{name}">'
        f'<meta itemprop="startDate" content="{start.isoformat()}">{end_meta}'
        f'<div itemprop="description">{shown}</div></td></tr>'
    )


def microdata() -> Iterator[Case]:
    f = "microdata"
    s = ("Recruiting Fichtenhain", "recruiting@fichtenhain.example.de")
    sent = at(2026, 12, 2, 9, 0, "Europe/Berlin", "Wed")
    st = at(2026, 12, 9, 13, 0, "Europe/Berlin", "Wed")
    html = page(
        paras("Hallo Alex,", "wir haben einen Termin für Ihr Gespräch gefunden:")
        + itemprops(
            "Vorstellungsgespräch", st, st + timedelta(hours=1), "Mittwoch, 9. Dezember, 13–14 Uhr"
        )
        + paras("Viele Grüße<br>Recruiting Fichtenhain"),
        lang="de",
    )
    yield case(
        f,
        "meta_startdate_de",
        "de",
        s,
        "Ihr Gesprächstermin",
        sent,
        "Microdata Event with meta startDate/endDate; visible '13–14 Uhr'.",
        slot(st, st + timedelta(hours=1)),
        html_only(html),
    )

    s = ("さくら通信 採用チーム", "recruit@sakura-tsushin.example.jp")
    sent = at(2026, 12, 2, 11, 0, "Asia/Tokyo", "Wed")
    st = at(2026, 12, 11, 15, 0, "Asia/Tokyo", "Fri")
    html = page(
        paras("モーガン様", "面接日程が決まりました。")
        + itemprops("最終面接", st, st + timedelta(minutes=60), "12月11日（金）")
        + paras("開始時刻はカレンダー招待をご確認ください。"),
        lang="ja",
    )
    yield case(
        f,
        "meta_only_time_ja",
        "ja",
        s,
        "最終面接のご案内",
        sent,
        "Visible text names only the day; startDate/endDate only in microdata meta tags.",
        slot(st, st + timedelta(hours=1)),
        html_only(html),
    )

    s = ("Oakridge Partners Recruiting", "recruiting@oakridge.example.com")
    sent = at(2026, 12, 1, 10, 0, "America/Denver", "Tue")
    st = at(2026, 12, 8, 11, 0, "America/Denver", "Tue")
    html = page(
        paras("Hi Alex,", "Here are the details for your interview:")
        + itemprops(
            "Interview with Oakridge",
            st,
            st + timedelta(minutes=45),
            '<span itemprop="startDate">Tuesday, December 8 · 11:00 AM MT</span>',
        ),
        lang="en",
    )
    yield case(
        f,
        "itemprop_span_mt",
        "en-US",
        s,
        "Interview details",
        sent,
        "Microdata with meta startDate/endDate and a visible '11:00 AM MT'.",
        slot(st, st + timedelta(minutes=45)),
        html_only(html),
    )

    s = ("Selección Alcornoque", "rrhh@alcornoque.example.es")
    sent = at(2026, 12, 3, 9, 0, "Europe/Madrid", "Thu")
    st = at(2026, 12, 16, 10, 0, "Europe/Madrid", "Wed")
    html = page(
        paras("Hola Alex,", "Tu entrevista:")
        + itemprops("Entrevista", st, None, "miércoles 16 de diciembre a las 10:00")
        + paras("Saludos."),
        lang="es",
    )
    yield case(
        f,
        "meta_sin_fin",
        "es",
        s,
        "Entrevista confirmada",
        sent,
        "Microdata startDate and visible 'miércoles 16 de diciembre a las 10:00'; no end.",
        slot(st),
        html_only(html),
    )

    s = ("Oakridge Partners Events", "events@oakridge.example.com")
    sent = at(2026, 12, 1, 9, 0, "America/Denver", "Tue")
    st = at(2026, 12, 10, 17, 0, "America/Denver", "Thu")
    html = page(
        paras("Hi Alex,", "Join our year-end networking mixer – all candidates welcome.")
        + itemprops(
            "Networking mixer", st, st + timedelta(hours=2), "Thursday, December 10 · 5–7 PM MT"
        )
        + footer("Unsubscribe"),
        lang="en",
    )
    yield case(
        f,
        "neg_mixer",
        "en-US",
        s,
        "You're invited: networking mixer",
        sent,
        "Negative: an event for all candidates with microdata startDate.",
        NEG,
        html_only(html),
        bulk=True,
    )

    s = ("Recruiting Fichtenhain", "recruiting@fichtenhain.example.de")
    sent = at(2026, 12, 1, 9, 0, "Europe/Berlin", "Tue")
    st = at(2026, 12, 14, 23, 59, "Europe/Berlin", "Mon")
    html = page(
        paras("Hallo Alex,", "bitte bearbeiten Sie unseren Online-Test bis zum Ablauf der Frist:")
        + itemprops("Online-Test", st, None, "Montag, 14. Dezember, 23:59 Uhr")
        + button("Test starten", "https://test.fichtenhain.example.de/x/1"),
        lang="de",
    )
    yield case(
        f,
        "neg_testfrist",
        "de",
        s,
        "Ihr Online-Test",
        sent,
        "Negative: a test deadline marked up as an Event.",
        NEG,
        html_only(html),
    )


# ------------------------------------------------------------------ rtlcharset (held out)

PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def rtlcharset() -> Iterator[Case]:
    f = "rtlcharset"
    s = ("משאבי אנוש – כרמל תוכנה", "hr@carmel-soft.example.co.il")
    sent = at(2026, 12, 2, 10, 0, "Asia/Jerusalem", "Wed")
    st = at(2026, 12, 9, 11, 0, "Asia/Jerusalem", "Wed")
    html = page(
        paras("שלום אלכס,", "נשמח לפגוש אותך לראיון:")
        + cells([("מועד", "יום רביעי, 09/12/2026"), ("שעה", "11:00 עד 12:00")], rtl=True),
        lang="he",
        rtl=True,
    )
    yield case(
        f,
        "iso8859_8i_qp",
        "he",
        s,
        "ראיון עבודה",
        sent,
        "HTML in ISO-8859-8-I, quoted-printable; 'מועד' | 'יום רביעי, 09/12/2026', 'שעה' | "
        "'11:00 עד 12:00'; no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(legacy(html, "iso-8859-8-i").replace("\u2013", "-"), "iso-8859-8", "qp"),
        header_charset="iso-8859-8",
    )

    s = ("الموارد البشرية – مجموعة الأرز", "hr@alarz-group.example.lb")
    sent = at(2026, 12, 2, 12, 0, "Asia/Beirut", "Wed")
    st = at(2026, 12, 15, 12, 0, "Asia/Beirut", "Tue")
    html = page(
        paras(
            "السيد أليكس مورغان المحترم،",
            "ندعوكم لمقابلة يوم الثلاثاء 15/12/2026 من الساعة 12:00 ظهراً حتى 12:45.",
        ),
        lang="ar",
        rtl=True,
    )
    yield case(
        f,
        "cp1256_qp",
        "ar",
        s,
        "دعوة إلى مقابلة",
        sent,
        "HTML in windows-1256, quoted-printable: 'يوم الثلاثاء 15/12/2026 من الساعة 12:00 ظهراً "
        "حتى 12:45'; no zone.",
        slot(st, st + timedelta(minutes=45), sent=sent),
        html_only(legacy(html, "windows-1256").replace("\u2013", "-"), "windows-1256", "qp"),
        header_charset="windows-1256",
    )

    s = ("منابع انسانی – شرکت آریا داده", "hr@aria-data.example.ir")
    sent = at(2026, 12, 2, 9, 0, "Asia/Tehran", "Wed")
    st = at(2026, 12, 13, 10, 0, "Asia/Tehran", "Sun")
    text = (
        "از شما دعوت می‌کنیم روز یکشنبه 13 دسامبر 2026 ساعت 10:00 تا 11:00 "
        "برای مصاحبه در دفتر ما حضور یابید."
    )
    html = page(paras("آقای مورگان گرامی،", text.translate(PERSIAN)), lang="fa", rtl=True)
    yield case(
        f,
        "fa_persian_digits",
        "fa",
        s,
        "دعوت به مصاحبه",
        sent,
        "Persian digits in prose ('۱۳ دسامبر ۲۰۲۶ ساعت ۱۰:۰۰ تا ۱۱:۰۰'); no zone.",
        slot(st, st + timedelta(hours=1), sent=sent),
        html_only(html, cte="base64"),
    )

    s = ("الموارد البشرية – مجموعة الأرز", "hr@alarz-group.example.lb")
    sent = at(2026, 12, 3, 9, 0, "Asia/Beirut", "Thu")
    st = at(2026, 12, 17, 9, 30, "Asia/Beirut", "Thu")
    html = page(
        paras("السيد أليكس،", "تفاصيل المقابلة:")
        + cells([("التاريخ", "الخميس 17/12/2026"), ("الوقت", f"{RLM}9:30 ص{RLM}")], rtl=True),
        lang="ar",
        rtl=True,
    )
    yield case(
        f,
        "cp1256_base64_cells",
        "ar",
        s,
        "موعد المقابلة",
        sent,
        "windows-1256, base64; 'التاريخ' | 'الخميس 17/12/2026', 'الوقت' | '9:30 ص'; no zone.",
        slot(st, sent=sent),
        html_only(legacy(html, "windows-1256").replace("\u2013", "-"), "windows-1256", "base64"),
        header_charset="windows-1256",
    )

    s = ("منابع انسانی – شرکت آریا داده", "hr@aria-data.example.ir")
    sent = at(2026, 12, 1, 9, 0, "Asia/Tehran", "Tue")
    text = "درخواست شما دریافت شد. نتیجه تا 20 دسامبر اعلام می‌شود. ساعات پاسخگویی: 9:00 تا 16:00."
    html = page(paras("آقای مورگان گرامی،", text.translate(PERSIAN)), lang="fa", rtl=True)
    yield case(
        f,
        "neg_fa_daryaft",
        "fa",
        s,
        "دریافت درخواست",
        sent,
        "Negative: receipt with a result date and phone hours in Persian digits.",
        NEG,
        html_only(html, cte="base64"),
    )

    s = ("משאבי אנוש – כרמל תוכנה", "events@carmel-soft.example.co.il")
    sent = at(2026, 12, 1, 9, 0, "Asia/Jerusalem", "Tue")
    html = page(
        paras("שלום,", "מוזמנים לערב גיוס פתוח ביום חמישי 10/12/2026 בשעה 18:00 במשרדינו."),
        lang="he",
        rtl=True,
    )
    yield case(
        f,
        "neg_erev_giyus",
        "he",
        s,
        "ערב גיוס פתוח",
        sent,
        "Negative (ISO-8859-8): an open recruiting evening for everyone.",
        NEG,
        html_only(legacy(html, "iso-8859-8-i").replace("\u2013", "-"), "iso-8859-8", "qp"),
        header_charset="iso-8859-8",
        bulk=True,
    )


BUILDERS = [
    mjmlnotice,
    jsonldinvite,
    calbutton,
    cjkcharset,
    cyrcharset,
    rtlhtml,
    invisibles,
    webview,
    foundmail,
    microdata,
    rtlcharset,
]


def provenance(cases: list[Case], first_sight: str) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the htmlrich12 batch (`build_htmlrich12.py`)",
        "",
        "Invitations whose time sits in the mail's structure, and look-alikes in the same "
        "shapes: HTML-only table layouts in the manner of MJML and Foundation for Emails, "
        "schema.org JSON-LD and microdata, add-to-calendar links, 'view in browser' plain parts, "
        "multipart/related, legacy charsets, right-to-left text and invisible characters. The "
        "layouts are written from memory of those tools' output; all text is ours; people, "
        "companies, addresses, phone numbers and links are made up. Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on the message. "
        + first_sight,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_htmlrich12.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


FIRST_SIGHT = (
    "First measurement, before any parser change: start and end right on 31 of 37 dev and 10 of "
    "12 held-out invitations; 0 of 17 dev and 0 of 6 held-out negatives claimed."
)


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-htmlrich12.md", provenance(cases, FIRST_SIGHT))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
