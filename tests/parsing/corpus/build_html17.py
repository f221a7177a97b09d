"""Write the "html17" batch: interview mail whose time sits in HTML structure.

Run: .venv/bin/python tests/parsing/corpus/build_html17.py

Eleven families of applicant-tracking, scheduling and marketing-style senders whose plain
part is a 'view in browser' stub or a flattened copy, so the slot is only readable from the
HTML: `<th>` label cells, labels above values, date and time in separate rows or cells,
nested tables, stacked mobile duplicates hidden with display:none/mso-hide, dark-mode
duplicate blocks, hidden preheaders that carry a different date, 'Add to calendar' buttons
with the slot in Google/Outlook URLs, schema.org JSON-LD, footers with office hours,
unsubscribe blocks with retention dates, tracking pixels with timestamps, and Outlook (HTML)
forwards that rewrite the table into MsoNormal paragraphs. Languages: en, de, fr, es, it, nl,
pt-BR, pl, ja, sv. About one in three is a look-alike in the same layout (event promotions,
assessment and document deadlines, job alerts, self-scheduling links, retention notices).
Proprietary products: wording ours, layouts recalled. Labels were written from the datetimes
the text is rendered from, before the parser was run. Deterministic; touches only its own
families' files.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


h16 = _load("build_html16", "build_html16.py")
pp, pg7, h13 = h16.pp, h16.pg7, h16.h13
at, Case, slot, mk, button = pp.at, pp.Case, pg7.slot, h13.mk, h13.button


def thin(url: str, lang: str = "en") -> str:
    if lang == "sv":
        return f"Det här mejlet visas bäst som HTML. Öppna det i webbläsaren:\n{url}\n"
    text: str = h16.thin(url, lang)
    return text


NEG = "not_invitation"
M = timedelta(minutes=1)
ME = h13.ME

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "greenhouse21": "dev",
    "workday21": "dev",
    "personio21": "dev",
    "teamtailor21": "dev",
    "smartrec21": "dev",
    "recruitee21": "dev",
    "outlookfwd21": "dev",
    "evpromo21": "dev",
    "workable21": "heldout",
    "icims21": "heldout",
    "successf21": "heldout",
}
RECALLED = "wording ours, layout recalled (no vendor text copied)"
TEMPLATES = {
    "greenhouse21": "Greenhouse-style interview confirmations (en-US, en-GB); " + RECALLED,
    "workday21": "Workday-style candidate-home notifications with <th> labels (en, de, fr); "
    + RECALLED,
    "personio21": "Personio-style applicant mail, labels above values (de, nl, es); " + RECALLED,
    "teamtailor21": "Teamtailor-style booking mail with dark-mode duplicates and calendar "
    "buttons (sv, en); " + RECALLED,
    "smartrec21": "SmartRecruiters-style notices with schema.org JSON-LD and tracking pixels "
    "(it, pt-BR, en); " + RECALLED,
    "recruitee21": "Recruitee-style nested-table notices with unsubscribe blocks (nl, pl, en); "
    + RECALLED,
    "outlookfwd21": "Outlook (HTML) forwards of ATS notices, tables rewritten as MsoNormal "
    "(en, de, fr, es, nl); " + RECALLED,
    "evpromo21": "Employer event marketing with add-to-calendar buttons and JSON-LD Event "
    "(en, de, fr, it, ja); " + RECALLED,
    "workable21": "Workable-style notices (held out); " + RECALLED,
    "icims21": "iCIMS-style notices (held out); " + RECALLED,
    "successf21": "SuccessFactors-style notices (held out); " + RECALLED,
}
LICENSE = "written for this corpus (layouts recalled, no vendor text copied)"
SOURCES = {
    "greenhouse21": "Interview confirmation with a per-session schedule table (three back-to-"
    "back sessions, one 'All times in Eastern Time' line), Google/Outlook add-to-calendar "
    "links with UTC dates, a reschedule with the old time struck through, a take-home "
    "deadline with a reminder button and an availability request as look-alikes.",
    "workday21": "<th> label cells (Date | Start Time | End Time | Time Zone '(GMT+01:00)...'), "
    "text part 'view in browser'; en-US, de, fr, en-GB move with 'Previous'/'New' rows; a job "
    "alert and a questionnaire due date as look-alikes.",
    "personio21": "Label row above value row ('Termin' / 'Donnerstag, 21. Januar 2027', "
    "'Uhrzeit' / '11:00 – 12:00 Uhr'), hidden preheader naming the application date, footer "
    "with address and office hours; de, nl, es; a receipt promising an answer by a date and a "
    "choose-a-slot mail as look-alikes.",
    "teamtailor21": "Booking mail with a dark-mode duplicate block (display:none, shown by "
    "prefers-color-scheme), Google and Outlook add-to-calendar links (UTC in the URL); sv "
    "'onsdag 20 januari 2027' / 'kl. 13:00–14:00', en; a meetup promotion and a talent-"
    "community newsletter as look-alikes.",
    "smartrec21": "schema.org JSON-LD EventReservation in <head>, tracking pixel with an epoch "
    "timestamp; it 'martedì 26 gennaio 2027' / '10:00 - 11:00 (CET)', pt-BR 'horário de "
    "Brasília', en; a JobPosting alert and an online-test deadline as look-alikes.",
    "recruitee21": "Card with nested tables (date and time in inner rows, or separate cells of "
    "one row), unsubscribe block with application and retention dates; nl, pl, en; a self-"
    "scheduling link and a data-retention notice as look-alikes.",
    "outlookfwd21": "The candidate forwards from Outlook desktop: header block (Van:/Von:/De :/"
    "From: ... Sent: <forward-of date>), the sender's table rewritten as MsoNormalTable with "
    "<o:p>, plain part with one cell per line; a job alert and an assessment invitation as "
    "look-alikes.",
    "evpromo21": "Marketing layout with hero, 'Add to calendar' buttons and JSON-LD Event: "
    "virtual career fair, career evening, open day, online company briefing (ja), webinar; two "
    "controls: an assessment-centre invitation and a final-round invitation in the same layout.",
    "workable21": "Workable (held out).",
    "icims21": "iCIMS (held out).",
    "successf21": "SuccessFactors (held out).",
}
FIRST_SIGHT: list[str] = [
    "First sight (parser of main at 5a1452f7, before any change for this batch):",
    "",
    "- dev (8 families, 50 mails): text 28/31 right (26 sure), look-alikes claimed 0/19; "
    "no calendar parts",
    "- held out (3 families, 18 mails): text 11/12 right (10 sure), look-alikes claimed 0/6",
    "- dev misses: three Outlook forwards whose plain part puts each table cell on its own "
    "line (outlookfwd21 en-US, fr, nl): the slot's day and clock sit on separate lines beside "
    "another lone date (the hidden preheader, kept in the plain part: 'Please confirm by "
    "January 15', 'Merci pour votre candidature du 5 janvier', 'sollicitatie van 12 "
    "januari'), so no date was paired with the clock",
    "- dev right but not sure: workday21 en-GB move ('04/02/2027' beside 'Time Zone "
    "(GMT+00:00) London', order unsure, 0.45); evpromo21 assessment centre 09:00–16:00 (0.4, "
    "'a window of several hours'; left as is: a day-long window is capped on purpose)",
    "",
    "After (this branch): dev text 31/31 (30 sure), claimed 0/19; held out unchanged "
    "(11/12, 10 sure, claimed 0/6). Whole corpus without this batch: dev text 1832/1851 "
    "(1622 sure, 12/1468 claimed) and held out 832/887 (689 sure, 60/669 claimed) before "
    "and after; cmp.py lists no change outside this batch.",
    "",
    "Rules added (service/parsing/when.py):",
    "",
    "- `_bookable_days` in `_pair_across`: when lone dates name several days, a day before "
    "the mail's reference day or one the reader must act by (`_is_due`) cannot carry the "
    "lone clock; if one day is left it is the slot's day, else nothing changes. Sources: "
    "outlookfwd21 (preheader dates flattened into Outlook's plain part, en/fr/nl; the "
    "personio21 and greenhouse21 preheaders name the application day the same way); letter "
    "templates whose 'Interview Details: Date: / Time:' rows sit on separate lines beside a "
    "confirmation deadline ('kindly confirm your attendance ... by [Confirmation Deadline]', "
    "https://ioneks.com/interview-attendance-confirmation-letter; 'Date: [Interview Date]' / "
    "'Time: [Interview Time]', https://lettersandtemplates.com/letters/interview-letter; "
    "read, not copied).",
    "- `_DUE_TASK` also takes 'confirm ... by' ('Please confirm your attendance by 12 "
    "March'): a day to confirm by is a deadline. Sources: ioneks.com (above, '... by "
    "[Confirmation Deadline]'), outlookfwd21 en-US ('Please confirm by January 15').",
    "- `_windows_zone_names` in `_order_by_locale`: a Windows zone label beside a numeric "
    "date ('(GMT+00:00) London', '(UTC+10:00) Canberra, Melbourne, Sydney') names its zone "
    "as an IANA name does, so the zone's country decides day-first or month-first. Sources: "
    "workday21 en-GB move; agencyhtml__en-AU_windows_zone_sydney (existing corpus).",
    "",
    "Test: tests/parsing/test_html17_structure.py (own fixtures; 6 of its 7 cases fail on main).",
]


def utc(value: datetime, fmt: str = "%Y%m%dT%H%M%SZ") -> str:
    return value.astimezone(UTC).strftime(fmt)


def ev(
    start: datetime,
    end: datetime | None = None,
    kind: str = "invitation",
    zone: str | None = None,
    naive: datetime | None = None,
) -> dict[str, object]:
    return slot(start, end, kind=kind, zone=zone, sent=naive)


def gcal(title: str, start: datetime, end: datetime) -> str:
    t = title.replace(" ", "+")
    return (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        f"&amp;text={t}&amp;dates={utc(start)}/{utc(end)}&amp;details=&amp;location="
    )


def ocal(title: str, start: datetime, end: datetime, live: bool = True) -> str:
    host = "outlook.live.com" if live else "outlook.office.com"
    t = title.replace(" ", "%20")
    return (
        f"https://{host}/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose"
        f"&amp;rru=addevent&amp;subject={t}&amp;startdt={utc(start, '%Y-%m-%dT%H:%M:%SZ')}"
        f"&amp;enddt={utc(end, '%Y-%m-%dT%H:%M:%SZ')}"
    )


def calbuttons(title: str, start: datetime, end: datetime, words: tuple[str, ...]) -> str:
    """'Add to calendar' row: Google, Outlook and an .ics download link."""
    head, g, o, i = words
    return (
        f'<p style="margin:16px 0 6px;font-size:13px;color:#6b7280">{head}</p>'
        '<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
        f'<td style="padding-right:8px"><a href="{gcal(title, start, end)}" '
        f'style="font-size:13px;color:#2563eb">{g}</a></td>'
        f'<td style="padding-right:8px"><a href="{ocal(title, start, end)}" '
        f'style="font-size:13px;color:#2563eb">{o}</a></td>'
        f'<td><a href="https://links.example/ics/{utc(start)}.ics" '
        f'style="font-size:13px;color:#2563eb">{i}</a></td></tr></table>'
    )


CALW = {
    "en": ("Add to calendar", "Google", "Outlook.com", "Apple / .ics"),
    "sv": ("Lägg till i kalendern", "Google", "Outlook", "iCal (.ics)"),
    "de": ("Zum Kalender hinzufügen", "Google", "Outlook", "iCal"),
    "fr": ("Ajouter à l'agenda", "Google", "Outlook", "iCal"),
    "it": ("Aggiungi al calendario", "Google", "Outlook", "iCal"),
    "ja": ("カレンダーに追加", "Google", "Outlook", "iCal"),
}


def jsonld(obj: dict[str, object]) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps(obj, ensure_ascii=False, indent=1)
        + "</script>"
    )


def reservation(name: str, start: datetime, end: datetime, org: str, url: str) -> str:
    return jsonld(
        {
            "@context": "http://schema.org",
            "@type": "EventReservation",
            "reservationStatus": "http://schema.org/ReservationConfirmed",
            "underName": {"@type": "Person", "name": "Alex Morgan"},
            "reservationFor": {
                "@type": "Event",
                "name": name,
                "startDate": start.isoformat(),
                "endDate": end.isoformat(),
                "organizer": {"@type": "Organization", "name": org},
                "location": {"@type": "VirtualLocation", "url": url},
            },
        }
    )


def pixel(host: str, sent: datetime) -> str:
    stamp = int(sent.timestamp())
    return (
        f'<img src="https://{host}/o/{pp.digest(host, str(stamp))[:10]}.gif?ts={stamp}'
        f'&amp;d={sent.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}" width="1" height="1" alt="" '
        'style="display:block;border:0;height:1px;width:1px" />'
    )


def page(
    lang: str,
    pre: str,
    body: str,
    *,
    brand: str,
    color: str,
    head: str = "",
    dark: str = "",
    footer: str = "",
    tail: str = "",
) -> str:
    """A responsive notification shell: preheader, MSO wrapper, optional dark-mode copy."""
    darkcss = (
        "@media (prefers-color-scheme: dark) { .lm { display:none !important; } "
        ".dm { display:block !important; max-height:none !important; } }"
        if dark
        else ""
    )
    darkblock = (
        '<!--[if !mso]><!--><div class="dm" style="display:none;max-height:0;overflow:hidden;'
        f'mso-hide:all;background:#111827;color:#f9fafb;padding:24px">{dark}</div><!--<![endif]-->'
        if dark
        else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        '<meta name="color-scheme" content="light dark">'
        f"<style>body{{margin:0}} .mob{{display:none}} @media screen and (max-width:600px) "
        f"{{ .desk {{ display:none !important; }} .mob {{ display:block !important; "
        f"max-height:none !important; }} }} {darkcss}</style>"
        "<!--[if mso]><style>table{border-collapse:collapse} .mob{display:none}</style>"
        f"<![endif]-->{head}</head>\n"
        '<body style="margin:0;background:#eef0f3">'
        '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;'
        f'color:#eef0f3">{pre}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>\n'
        '<!--[if mso]><table role="presentation" width="600" align="center"><tr><td><![endif]-->'
        '<table role="presentation" width="100%" style="max-width:600px;margin:0 auto;'
        "background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;"
        'line-height:22px;color:#1f2937" cellpadding="0" cellspacing="0">'
        f'<tr><td style="background:{color};padding:20px 28px;color:#fff;font-size:19px;'
        f'font-weight:bold">{brand}</td></tr>\n'
        f'<tr><td class="lm" style="padding:28px">{body}</td></tr>\n'
        f"<tr><td>{darkblock}</td></tr>\n"
        '<tr><td style="padding:20px 28px;background:#f9fafb;color:#6b7280;font-size:12px;'
        f'line-height:18px">{footer}</td></tr></table>'
        f"<!--[if mso]></td></tr></table><![endif]-->{tail}\n</body></html>\n"
    )


def p(text: str) -> str:
    return f'<p style="margin:0 0 14px">{text}</p>'


def th_table(rows: list[tuple[str, str]]) -> str:
    """Label cells as <th scope=row>, values as <td>."""
    body = "".join(
        f'<tr><th scope="row" align="left" valign="top" style="padding:6px 14px 6px 0;'
        f'font-weight:normal;color:#6b7280;white-space:nowrap">{k}</th>'
        f'<td style="padding:6px 0;font-weight:bold">{v}</td></tr>'
        for k, v in rows
    )
    return (
        '<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 18px;'
        f'border-top:1px solid #e5e7eb">{body}</table>'
    )


def stacked(rows: list[tuple[str, str]]) -> str:
    """Each label in its own row, its value in the row below."""
    body = "".join(
        f'<tr><td style="padding:10px 0 0;font-size:12px;text-transform:uppercase;'
        f'letter-spacing:.04em;color:#6b7280">{k}</td></tr>'
        f'<tr><td style="padding:2px 0 8px;font-size:16px;font-weight:600">{v}</td></tr>'
        for k, v in rows
    )
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        f'style="margin:6px 0 16px;background:#f8fafc;padding:0 16px">{body}</table>'
    )


def two_col(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td width="34%" style="padding:7px 10px 7px 0;color:#475569;border-bottom:1px '
        f'solid #eef2f7">{k}</td><td style="padding:7px 0;border-bottom:1px solid #eef2f7">'
        f"{v}</td></tr>"
        for k, v in rows
    )
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        f'style="margin:6px 0 16px">{body}</table>'
    )


def desk_mob(desk: str, mob: str) -> str:
    """Desktop table plus a mobile duplicate hidden until the media query shows it."""
    return (
        f'<div class="desk">{desk}</div>'
        '<!--[if !mso]><!--><div class="mob" style="display:none;max-height:0;overflow:hidden;'
        f'mso-hide:all">{mob}</div><!--<![endif]-->'
    )


def footer(company: str, address: str, extra: str = "", unsub: str = "") -> str:
    out = f"{company} · {address}"
    if extra:
        out += f"<br>{extra}"
    if unsub:
        out += f"<br><br>{unsub}"
    return out


class Fam:
    def __init__(self, family: str, sender: tuple[str, str], brand: str, color: str) -> None:
        self.family, self.sender, self.brand, self.color = family, sender, brand, color

    def case(
        self,
        name: str,
        lang: str,
        subject: str,
        sent: datetime,
        note: str,
        html: str,
        text: str | None,
        label: dict[str, object] | None = None,
        sender: tuple[str, str] | None = None,
        org: str = "",
    ) -> Case:
        who = sender or self.sender
        raw = mk(f"html17/{self.family}/{name}", who, subject, sent, html, text, "qp")
        lab = dict(label or {"kind": NEG})
        lab["organizer_email"] = org or who[1]
        return Case(
            self.family,
            SPLITS[self.family],
            pg7.filename(lang, name),
            raw,
            lab,
            lang,
            note,
            TEMPLATES[self.family],
            LICENSE,
        )

    def card(
        self,
        name: str,
        lang: str,
        subject: str,
        sent: datetime,
        note: str,
        pre: str,
        blocks: list[str],
        *,
        label: dict[str, object] | None = None,
        text: str | None = "",
        head: str = "",
        dark: str = "",
        foot: str = "",
        tail: str = "",
    ) -> Case:
        html = page(
            lang.split("-")[0],
            pre,
            "".join(b if b.startswith("<") else p(b) for b in blocks),
            brand=self.brand,
            color=self.color,
            head=head,
            dark=dark,
            footer=foot,
            tail=tail,
        )
        if text == "":
            text = thin(
                f"https://{self.family}.example/view/{pp.digest(self.family, name)[:12]}",
                lang.split("-")[0],
            )
        return self.case(name, lang, subject, sent, note, html, text, label)


# --------------------------------------------------------------------------------------
# dev families

NY, CHI, LA, LON = "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London"
BER, PAR, MAD, AMS = "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam"
STO, ROM, SAO, WAW = "Europe/Stockholm", "Europe/Rome", "America/Sao_Paulo", "Europe/Warsaw"
DUB, TYO, TOR = "Europe/Dublin", "Asia/Tokyo", "America/Toronto"


def sessions(rows: list[tuple[str, str, str]], zone_line: str) -> str:
    """Greenhouse-like schedule: one nested table per session, times in the first cell."""
    out = "".join(
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="border:1px solid #e5e7eb;border-radius:6px;margin:0 0 8px"><tr>'
        f'<td width="38%" style="padding:10px 12px;font-weight:bold;white-space:nowrap">{t}</td>'
        f'<td style="padding:10px 12px"><table role="presentation"><tr><td>{what}</td></tr>'
        f'<tr><td style="color:#6b7280;font-size:13px">{who}</td></tr></table></td></tr></table>'
        for t, what, who in rows
    )
    return out + f'<p style="margin:4px 0 16px;font-size:13px;color:#6b7280">{zone_line}</p>'


def greenhouse21() -> Iterator[Case]:
    f = Fam(
        "greenhouse21",
        ("Brightwell Robotics Recruiting", "no-reply@gh-mail.example"),
        "Brightwell Robotics",
        "#24a47f",
    )
    foot = footer(
        "Brightwell Robotics, Inc.",
        "400 Summer Street, Boston, MA 02210",
        "Questions? Our recruiting team is available Mon–Fri, 9:00 AM–5:00 PM ET.",
    )
    st = at(2027, 1, 20, 10, 0, NY, "Wed")
    yield f.card(
        "onsite_panel_et",
        "en-US",
        "Interview Confirmation: Brightwell Robotics – Controls Engineer",
        at(2027, 1, 12, 16, 41, NY),
        "Three back-to-back sessions in nested tables (10:00–10:45, 10:45–11:30, 11:30 AM–12:00 "
        "PM) under 'Wednesday, January 20, 2027', one 'All times are in Eastern Time' line; "
        "Google link with UTC dates; footer office hours.",
        "Your onsite schedule for Wednesday",
        [
            "Hi Alex,",
            "Thanks for making time to visit us. Here is your onsite schedule for the "
            "<b>Controls Engineer</b> role.",
            '<p style="margin:0 0 8px;font-size:17px;font-weight:bold">Wednesday, January 20, '
            "2027</p>",
            sessions(
                [
                    ("10:00 AM – 10:45 AM", "Hiring Manager Conversation", "Priya Natarajan"),
                    ("10:45 AM – 11:30 AM", "Technical Deep Dive", "Tom Albrecht, Lu Chen"),
                    ("11:30 AM – 12:00 PM", "Meet the Team", "Renée Dubois"),
                ],
                "All times are in Eastern Time (US &amp; Canada).",
            ),
            two_col(
                [
                    ("Location", "400 Summer Street, 6th floor, Boston, MA"),
                    ("Ask for", "Front desk – Brightwell visitor check-in"),
                ]
            ),
            calbuttons("Onsite Interview Brightwell", st, st + 120 * M, CALW["en"]),
            "Please bring a photo ID. If anything changes, just reply to this email.",
            "Best,<br>Jordan Lee, Recruiting Coordinator",
        ],
        label=ev(st, st + 120 * M, zone=NY),
        foot=foot,
    )
    st = at(2027, 1, 21, 14, 30, LON, "Thu")
    yield f.card(
        "phone_screen_uk",
        "en-GB",
        "Brightwell Robotics – phone screen confirmed",
        at(2027, 1, 14, 9, 12, LON),
        "Date and time in separate rows ('Thursday 21 January 2027' / '14:30 – 15:00 (GMT)'); "
        "Outlook.com link with startdt in UTC; preheader names the application date.",
        "Thanks for applying on 6 January – here are your call details",
        [
            "Hi Alex,",
            "Lovely to confirm a short phone call with our talent team about the "
            "<b>Field Robotics Technician</b> role in Bristol.",
            two_col(
                [
                    ("Date", "Thursday 21 January 2027"),
                    ("Time", "14:30 – 15:00 (GMT)"),
                    ("We'll call you on", "+44 7700 900123"),
                    ("With", "Hannah Okafor, Talent Partner"),
                ]
            ),
            calbuttons("Phone screen Brightwell", st, st + 30 * M, CALW["en"]),
            "Speak soon,<br>Hannah",
        ],
        label=ev(st, st + 30 * M, zone=LON),
        foot=footer(
            "Brightwell Robotics UK Ltd",
            "1 Temple Quay, Bristol BS1 6DZ",
            "Office hours: Monday to Friday, 09:00–17:30",
        ),
    )
    old = at(2027, 1, 22, 13, 0, LA, "Fri")
    st = at(2027, 1, 26, 14, 0, LA, "Tue")
    yield f.card(
        "rescheduled_pt",
        "en-US",
        "Updated: your Brightwell Robotics interview has been rescheduled",
        at(2027, 1, 19, 11, 3, LA),
        "Move: old slot struck through (<s>Friday, January 22, 1:00 PM</s>) above the new one "
        "'Tuesday, January 26, 2027 · 2:00 PM – 3:00 PM PT'; calendar buttons carry the new "
        "slot.",
        "New time: Tuesday, January 26",
        [
            "Hi Alex,",
            "Our interviewer had a conflict, so we've moved your video interview for "
            "<b>Perception Software Engineer</b>. Sorry for the shuffle!",
            two_col(
                [
                    (
                        "Previous time",
                        f'<s style="color:#9ca3af">Friday, January 22, 2027 · '
                        f"{pp.hm12(old)} PT</s>",
                    ),
                    ("New time", "<b>Tuesday, January 26, 2027 · 2:00 PM – 3:00 PM PT</b>"),
                    (
                        "Video link",
                        '<a href="https://zoom.example/j/88211420011">'
                        "zoom.example/j/88211420011</a>",
                    ),
                ]
            ),
            calbuttons("Interview Brightwell", st, st + 60 * M, CALW["en"]),
            "Thanks for your flexibility,<br>Jordan",
        ],
        label=ev(st, st + 60 * M, kind="reschedule", zone=LA),
        foot=foot,
    )
    st = at(2027, 2, 2, 15, 0, CHI, "Tue")
    yield f.card(
        "video_ct_ics",
        "en-US",
        "Interview Confirmation – Brightwell Robotics",
        at(2027, 1, 26, 10, 20, CHI),
        "Single row 'Tuesday, February 2, 2027 3:00 PM – 3:45 PM CST', plain part is a full "
        "copy; preheader has only the role name.",
        "Product Manager, Autonomy – video interview",
        [
            "Hi Alex,",
            "You're confirmed for a video interview for <b>Product Manager, Autonomy</b>.",
            two_col(
                [
                    ("When", "Tuesday, February 2, 2027 3:00 PM – 3:45 PM CST"),
                    ("Where", '<a href="https://meet.example/pmb-qwe-rty">Google Meet</a>'),
                    ("Interviewer", "Sam Whitaker, Director of Product"),
                ]
            ),
            calbuttons("Interview Brightwell", st, st + 45 * M, CALW["en"]),
            "Best,<br>Jordan Lee",
        ],
        label=ev(st, st + 45 * M),
        text="Hi Alex,\n\nYou're confirmed for a video interview for Product Manager, Autonomy."
        "\n\nWhen: Tuesday, February 2, 2027 3:00 PM – 3:45 PM CST\nWhere: Google Meet "
        "https://meet.example/pmb-qwe-rty\nInterviewer: Sam Whitaker, Director of Product\n\n"
        "Best,\nJordan Lee\n",
        foot=foot,
    )
    dl = at(2027, 1, 25, 23, 59, NY, "Mon")
    yield f.card(
        "takehome_deadline",
        "en-US",
        "Reminder: your Brightwell take-home exercise",
        at(2027, 1, 18, 9, 0, NY),
        "Take-home exercise: 'Submit by Monday, January 25, 2027 at 11:59 PM ET', 'Time "
        "limit: 3 hours', a reminder button with a Google link; no meeting is set.",
        "Submit by Monday, January 25",
        [
            "Hi Alex,",
            "As a next step for the <b>Controls Engineer</b> role we'd like you to complete a "
            "short take-home exercise.",
            two_col(
                [
                    ("Submit by", "Monday, January 25, 2027 at 11:59 PM ET"),
                    ("Time limit", "3 hours once you open the exercise"),
                    ("Format", "Upload a PDF or a link to a repository"),
                ]
            ),
            button("Start the exercise", "https://assess.example/t/brw-5521", "#24a47f"),
            calbuttons("Brightwell take-home due", dl - 60 * M, dl, CALW["en"]),
            "Once we've reviewed it, we'll be in touch about next steps.",
        ],
        foot=foot,
    )
    yield f.card(
        "availability_request",
        "en-US",
        "Brightwell Robotics: please share your availability",
        at(2027, 1, 13, 15, 30, NY),
        "Availability request: a table of candidate windows (January 18–22, 9:00 AM–5:00 PM "
        "ET) and a button; the candidate proposes, nothing is booked.",
        "Let us know when you're free next week",
        [
            "Hi Alex,",
            "We'd love to set up a 45-minute interview with the team. Please pick all the "
            "times that work for you next week.",
            two_col(
                [
                    ("Window", "January 18 – 22, 2027"),
                    ("Hours", "9:00 AM – 5:00 PM ET"),
                    ("Duration", "45 minutes"),
                ]
            ),
            button("Submit availability", "https://gh.example/avail/7yq2", "#24a47f"),
            "Once you submit, we'll send a confirmation with the final time.",
        ],
        foot=foot,
    )


def workday21() -> Iterator[Case]:
    f = Fam(
        "workday21",
        ("Halvorsen Group Careers", "halvorsen@myworkday-mail.example"),
        "Halvorsen Group",
        "#005cb9",
    )
    foot = footer("Halvorsen Group", "Do not reply to this automated message.")
    st = at(2027, 1, 27, 9, 30, LA, "Wed")
    yield f.card(
        "interview_pacific",
        "en-US",
        "Interview Scheduled – Senior Financial Analyst (R-20417)",
        at(2027, 1, 20, 8, 2, LA),
        "<th> labels in separate rows: Date '01/27/2027', Start Time '9:30 AM', End Time "
        "'10:30 AM', Time Zone '(GMT-08:00) Pacific Time'; text part 'view in browser'.",
        "Interview Scheduled",
        [
            "Dear Alex Morgan,",
            "An interview has been scheduled for the job requisition below.",
            th_table(
                [
                    ("Job Requisition", "R-20417 Senior Financial Analyst"),
                    ("Interview Type", "Video"),
                    ("Date", "01/27/2027"),
                    ("Start Time", "9:30 AM"),
                    ("End Time", "10:30 AM"),
                    ("Time Zone", "(GMT-08:00) Pacific Time"),
                    ("Interviewers", "Erik Halvorsen; Mia Santos"),
                ]
            ),
            button("View in Candidate Home", "https://halvorsen.example/candidate-home", "#005cb9"),
        ],
        label=ev(st, st + 60 * M, zone=LA),
        foot=foot,
    )
    st = at(2027, 1, 28, 10, 0, BER, "Thu")
    yield f.card(
        "gespraech_mez",
        "de",
        "Vorstellungsgespräch geplant – Werkstudent Controlling (R-20488)",
        at(2027, 1, 19, 14, 10, BER),
        "German <th> rows: Datum '28.01.2027', Beginn '10:00', Ende '11:00', Zeitzone "
        "'(GMT+01:00) Mitteleuropäische Zeit (Berlin)'.",
        "Ihr Gespräch ist geplant",
        [
            "Guten Tag Alex Morgan,",
            "für die folgende Stelle wurde ein Gespräch mit Ihnen geplant.",
            th_table(
                [
                    ("Stellenausschreibung", "R-20488 Werkstudent Controlling"),
                    ("Art", "Vor Ort"),
                    ("Datum", "28.01.2027"),
                    ("Beginn", "10:00"),
                    ("Ende", "11:00"),
                    ("Zeitzone", "(GMT+01:00) Mitteleuropäische Zeit (Berlin)"),
                    ("Ort", "Halvorsen Group, Am Sandtorkai 40, 20457 Hamburg"),
                ]
            ),
            button("Zur Kandidatenseite", "https://halvorsen.example/de/candidate-home", "#005cb9"),
        ],
        label=ev(st, st + 60 * M, zone=BER),
        foot=foot,
    )
    st = at(2027, 2, 2, 14, 0, PAR, "Tue")
    yield f.card(
        "entretien_paris",
        "fr",
        "Entretien planifié – Chargé(e) de trésorerie (R-20502)",
        at(2027, 1, 25, 17, 45, PAR),
        "French <th> rows: Date '02/02/2027' (day first), Heure de début '14:00', Heure de "
        "fin '15:00', Fuseau horaire '(GMT+01:00) Paris'.",
        "Votre entretien est planifié",
        [
            "Bonjour Alex Morgan,",
            "Un entretien a été planifié pour le poste ci-dessous.",
            th_table(
                [
                    ("Offre", "R-20502 Chargé(e) de trésorerie"),
                    ("Date", "02/02/2027"),
                    ("Heure de début", "14:00"),
                    ("Heure de fin", "15:00"),
                    ("Fuseau horaire", "(GMT+01:00) Paris"),
                    ("Lieu", "Microsoft Teams"),
                ]
            ),
            button("Accéder à mon espace candidat", "https://halvorsen.example/fr/ch", "#005cb9"),
        ],
        label=ev(st, st + 60 * M, zone=PAR),
        foot=foot,
    )
    st = at(2027, 2, 4, 11, 0, LON, "Thu")
    yield f.card(
        "moved_london",
        "en-GB",
        "Interview Rescheduled – Payroll Specialist (R-20533)",
        at(2027, 1, 28, 12, 30, LON),
        "Move in <th> rows: 'Previous Date 02/02/2027 10:00' first, then Date '04/02/2027', "
        "Start Time '11:00', End Time '11:45', Time Zone '(GMT+00:00) London'.",
        "Your interview has a new time",
        [
            "Dear Alex Morgan,",
            "Your interview has been rescheduled. The updated details are below.",
            th_table(
                [
                    ("Job Requisition", "R-20533 Payroll Specialist"),
                    ("Previous Date", "<s>02/02/2027 10:00</s>"),
                    ("Date", "04/02/2027"),
                    ("Start Time", "11:00"),
                    ("End Time", "11:45"),
                    ("Time Zone", "(GMT+00:00) London"),
                ]
            ),
            button(
                "View in Candidate Home", "https://halvorsen.example/uk/candidate-home", "#005cb9"
            ),
        ],
        label=ev(st, st + 45 * M, kind="reschedule", zone=LON),
        foot=foot,
    )
    yield f.card(
        "job_alert",
        "en-US",
        "New jobs matching your alert: Finance, Seattle",
        at(2027, 1, 18, 6, 0, LA),
        "Job alert with <th> rows per posting: 'Posted On 01/15/2027', 'Apply By 01/31/2027'; "
        "no interview.",
        "3 new jobs since 01/11/2027",
        [
            "Hello Alex,",
            "These jobs were posted since your last alert.",
            th_table(
                [
                    ("Job", "R-20611 FP&amp;A Manager"),
                    ("Location", "Seattle, WA"),
                    ("Posted On", "01/15/2027"),
                    ("Apply By", "01/31/2027 11:59 PM"),
                ]
            ),
            th_table(
                [
                    ("Job", "R-20615 Accounts Payable Lead"),
                    ("Location", "Seattle, WA (hybrid)"),
                    ("Posted On", "01/16/2027"),
                    ("Apply By", "02/05/2027 11:59 PM"),
                ]
            ),
            button("View all jobs", "https://halvorsen.example/jobs", "#005cb9"),
        ],
        foot=foot + "<br>To stop these alerts, manage your job alerts in Candidate Home.",
    )
    yield f.card(
        "questionnaire_due",
        "en-US",
        "Action required: complete your questionnaire",
        at(2027, 1, 21, 9, 15, CHI),
        "Task notice: <th> rows 'Task Pre-employment questionnaire', 'Due Date 02/01/2027 "
        "11:59 PM', 'Time Zone (GMT-06:00) Central Time'; no meeting.",
        "You have 1 task due 02/01/2027",
        [
            "Dear Alex Morgan,",
            "You have a new task in Candidate Home.",
            th_table(
                [
                    ("Task", "Pre-employment questionnaire"),
                    ("Job Requisition", "R-20640 Logistics Coordinator"),
                    ("Due Date", "02/01/2027 11:59 PM"),
                    ("Time Zone", "(GMT-06:00) Central Time"),
                ]
            ),
            button("Go to My Tasks", "https://halvorsen.example/tasks", "#005cb9"),
        ],
        foot=foot,
    )


def personio21() -> Iterator[Case]:
    f = Fam(
        "personio21",
        ("Nordhafen Logistik GmbH", "jobs@nordhafen.jobs-mail.example"),
        "Nordhafen Logistik",
        "#1b2b4b",
    )
    foot = footer(
        "Nordhafen Logistik GmbH",
        "Hafenstraße 12, 20457 Hamburg · Amtsgericht Hamburg HRB 148211",
        "Bürozeiten Personalabteilung: Mo–Fr 08:30–17:00 Uhr · Tel. +49 40 555 0190",
    )
    sent = at(2027, 1, 13, 10, 4, BER)
    st = at(2027, 1, 21, 11, 0, BER, "Thu")
    yield f.card(
        "einladung_hamburg",
        "de",
        "Einladung zum Kennenlerngespräch – Disponent (m/w/d)",
        sent,
        "Labels above values ('Termin' / 'Donnerstag, 21. Januar 2027', 'Uhrzeit' / "
        "'11:00 – 12:00 Uhr'), no zone; hidden preheader 'Ihre Bewerbung vom 4. Januar 2027'; "
        "footer with Bürozeiten 08:30–17:00.",
        "Ihre Bewerbung vom 4. Januar 2027",
        [
            "Hallo Alex Morgan,",
            "vielen Dank für Ihr Interesse an der Position <b>Disponent (m/w/d)</b>. Wir "
            "möchten Sie gern persönlich kennenlernen.",
            stacked(
                [
                    ("Termin", "Donnerstag, 21. Januar 2027"),
                    ("Uhrzeit", "11:00 – 12:00 Uhr"),
                    ("Ort", "Hafenstraße 12, 20457 Hamburg, 3. OG"),
                    ("Gesprächspartner", "Jana Petersen (Teamleitung Disposition)"),
                ]
            ),
            "Bitte bestätigen Sie den Termin kurz über den Button.",
            button("Termin bestätigen", "https://nordhafen.example/c/8812", "#1b2b4b"),
            "Viele Grüße<br>Ihr Recruiting-Team von Nordhafen Logistik",
        ],
        label=ev(st, st + 60 * M, naive=sent),
        foot=foot,
    )
    sent = at(2027, 1, 18, 15, 20, AMS)
    st = at(2027, 1, 26, 9, 30, AMS, "Tue")
    yield f.card(
        "gesprek_utrecht",
        "nl",
        "Uitnodiging sollicitatiegesprek – Teamleider Warehouse",
        sent,
        "Dutch labels above values ('Datum' / 'dinsdag 26 januari 2027', 'Tijd' / "
        "'09:30 - 10:15'); preheader 'Sollicitatie ontvangen op 8 januari 2027'; no zone.",
        "Sollicitatie ontvangen op 8 januari 2027",
        [
            "Beste Alex,",
            "Bedankt voor je sollicitatie als <b>Teamleider Warehouse</b>. We nodigen je graag "
            "uit voor een gesprek.",
            stacked(
                [
                    ("Datum", "dinsdag 26 januari 2027"),
                    ("Tijd", "09:30 - 10:15"),
                    ("Locatie", "Nordhafen Logistik, Atoomweg 50, 3542 AB Utrecht"),
                ]
            ),
            "Met vriendelijke groet,<br>Team Recruitment Nordhafen",
        ],
        label=ev(st, st + 45 * M, naive=sent),
        foot=footer(
            "Nordhafen Logistik B.V.",
            "Atoomweg 50, 3542 AB Utrecht",
            "Bereikbaar ma–vr 09:00–17:00 uur",
        ),
    )
    sent = at(2027, 1, 19, 12, 0, MAD)
    st = at(2027, 1, 27, 16, 0, MAD, "Wed")
    yield f.card(
        "entrevista_cet",
        "es",
        "Invitación a entrevista – Técnico/a de Aduanas",
        sent,
        "Spanish labels above values ('Fecha' / 'miércoles, 27 de enero de 2027', 'Hora' / "
        "'16:00 - 17:00 (CET)'); footer with horario de atención 9:00–14:00.",
        "Candidatura recibida el 11 de enero de 2027",
        [
            "Hola Alex:",
            "Gracias por tu candidatura para el puesto de <b>Técnico/a de Aduanas</b>. Nos "
            "gustaría conocerte en una videollamada.",
            stacked(
                [
                    ("Fecha", "miércoles, 27 de enero de 2027"),
                    ("Hora", "16:00 - 17:00 (CET)"),
                    ("Lugar", "Videollamada (recibirás el enlace)"),
                ]
            ),
            "Un saludo,<br>Equipo de Selección de Nordhafen",
        ],
        label=ev(st, st + 60 * M),
        foot=footer(
            "Nordhafen Logística S.L.",
            "Calle de Alcalá 200, 28028 Madrid",
            "Horario de atención: lunes a viernes de 9:00 a 14:00",
        ),
    )
    sent = at(2027, 1, 20, 8, 45, BER)
    st = at(2027, 1, 29, 13, 0, BER, "Fri")
    yield f.card(
        "verschoben_freitag",
        "de",
        "Neuer Termin für Ihr Gespräch – Disponent (m/w/d)",
        sent,
        "Move with labels above values: 'Bisheriger Termin' / 'Donnerstag, 21. Januar 2027, "
        "11:00 Uhr' then 'Neuer Termin' / 'Freitag, 29. Januar 2027' and 'Uhrzeit' / "
        "'13:00 – 14:00 Uhr'.",
        "Ihr Gespräch wird verschoben",
        [
            "Hallo Alex Morgan,",
            "leider müssen wir unser Gespräch verschieben. Den neuen Termin finden Sie unten.",
            stacked(
                [
                    (
                        "Bisheriger Termin",
                        '<span style="text-decoration:line-through;color:#9ca3af">Donnerstag, '
                        "21. Januar 2027, 11:00 Uhr</span>",
                    ),
                    ("Neuer Termin", "Freitag, 29. Januar 2027"),
                    ("Uhrzeit", "13:00 – 14:00 Uhr"),
                    ("Ort", "Hafenstraße 12, 20457 Hamburg"),
                ]
            ),
            "Wir bitten die Änderung zu entschuldigen.",
            "Viele Grüße<br>Jana Petersen",
        ],
        label=ev(st, st + 60 * M, kind="reschedule", naive=sent),
        foot=foot,
    )
    yield f.card(
        "eingang_rueckmeldung",
        "de",
        "Eingangsbestätigung Ihrer Bewerbung",
        at(2027, 1, 15, 7, 30, BER),
        "Receipt: 'Eingang 15. Januar 2027', a promise to answer 'bis spätestens 29. Januar "
        "2027'; footer office hours; no appointment.",
        "Wir haben Ihre Bewerbung erhalten",
        [
            "Hallo Alex Morgan,",
            "vielen Dank für Ihre Bewerbung als <b>Fachkraft für Lagerlogistik</b>.",
            stacked(
                [("Eingang", "15. Januar 2027"), ("Rückmeldung bis", "spätestens 29. Januar 2027")]
            ),
            "Wir prüfen Ihre Unterlagen sorgfältig und melden uns bei Ihnen.",
        ],
        foot=foot,
    )
    yield f.card(
        "termin_waehlen",
        "de",
        "Bitte wählen Sie einen Gesprächstermin",
        at(2027, 1, 16, 9, 0, BER),
        "Self-scheduling: three offered slots (Di 26.01. 10:00, Mi 27.01. 14:00, Do 28.01. "
        "09:30) under 'Verfügbare Termine', the candidate picks one; nothing booked.",
        "Termin in 2 Minuten buchen",
        [
            "Hallo Alex Morgan,",
            "gern möchten wir Sie kennenlernen. Bitte wählen Sie einen der folgenden Termine:",
            stacked(
                [
                    (
                        "Verfügbare Termine",
                        "Di., 26.01.2027, 10:00 Uhr<br>Mi., 27.01.2027, 14:00 Uhr<br>"
                        "Do., 28.01.2027, 09:30 Uhr",
                    ),
                    ("Dauer", "45 Minuten"),
                ]
            ),
            button("Termin auswählen", "https://nordhafen.example/slots/55ab", "#1b2b4b"),
        ],
        foot=foot,
    )


def teamtailor21() -> Iterator[Case]:
    f = Fam(
        "teamtailor21",
        ("Vinterljus Energi", "notifications@tt-mail.example"),
        "Vinterljus Energi",
        "#e9465b",
    )
    foot = footer(
        "Vinterljus Energi AB",
        "Sveavägen 44, 111 34 Stockholm",
        unsub="Du får detta mejl eftersom du har sökt en tjänst hos oss.",
    )
    st = at(2027, 1, 20, 13, 0, STO, "Wed")
    rows = [
        ("Datum", "onsdag 20 januari 2027"),
        ("Tid", "kl. 13:00–14:00"),
        ("Plats", "Sveavägen 44, Stockholm"),
        ("Med", "Karin Lindqvist, HR"),
    ]
    yield f.card(
        "intervju_bokad",
        "sv",
        "Intervju bokad: Drifttekniker",
        at(2027, 1, 12, 14, 22, STO),
        "Swedish booking: 'onsdag 20 januari 2027' / 'kl. 13:00–14:00', no zone in the text; "
        "dark-mode duplicate of the rows; Google/Outlook links with UTC times.",
        "Vi ses snart!",
        [
            "Hej Alex!",
            "Din intervju för tjänsten <b>Drifttekniker</b> är nu bokad.",
            two_col(rows),
            calbuttons("Intervju Vinterljus", st, st + 60 * M, CALW["sv"]),
            "Varma hälsningar,<br>Karin",
        ],
        label=ev(st, st + 60 * M),
        dark=two_col(rows),
        foot=foot,
    )
    st = at(2027, 1, 25, 10, 0, LON, "Mon")
    rows = [
        ("Date", "Monday 25 January 2027"),
        ("Time", "10:00–10:45 (GMT)"),
        ("Where", "Video call – link below"),
        ("With", "Oskar Berg, Engineering Lead"),
    ]
    yield f.card(
        "interview_booked_gmt",
        "en-GB",
        "Interview booked: Grid Data Engineer",
        at(2027, 1, 18, 9, 40, LON),
        "English booking with a dark-mode duplicate: 'Monday 25 January 2027' / '10:00–10:45 "
        "(GMT)'; Outlook link startdt in UTC.",
        "Your interview is booked",
        [
            "Hi Alex,",
            "Your interview for <b>Grid Data Engineer</b> is booked.",
            two_col(rows),
            button("Join video call", "https://meet.example/vin-grid-772", "#e9465b"),
            calbuttons("Interview Vinterljus", st, st + 45 * M, CALW["en"]),
        ],
        label=ev(st, st + 45 * M, zone=LON),
        dark=two_col(rows),
        foot=foot,
    )
    st = at(2027, 1, 28, 9, 0, STO, "Thu")
    yield f.card(
        "ny_tid",
        "sv",
        "Ny tid för din intervju",
        at(2027, 1, 21, 16, 5, STO),
        "Swedish move: 'Tidigare: tisdag 26 januari kl. 10:00' struck, 'Ny tid: torsdag 28 "
        "januari 2027 kl. 09:00–10:00'.",
        "Vi har flyttat din intervju",
        [
            "Hej Alex,",
            "Vi behöver tyvärr flytta din intervju.",
            two_col(
                [
                    ("Tidigare", "<s>tisdag 26 januari kl. 10:00</s>"),
                    ("Ny tid", "torsdag 28 januari 2027 kl. 09:00–10:00"),
                    ("Plats", "Sveavägen 44, Stockholm"),
                ]
            ),
            calbuttons("Intervju Vinterljus", st, st + 60 * M, CALW["sv"]),
            "Hälsningar,<br>Karin Lindqvist",
        ],
        label=ev(st, st + 60 * M, kind="reschedule"),
        foot=foot,
    )
    st = at(2027, 2, 4, 15, 30, STO, "Thu")
    rows = [
        ("When", "Thursday 4 February 2027 at 15:30 CET"),
        ("Length", "30 minutes"),
        ("Where", "Microsoft Teams"),
    ]
    yield f.card(
        "teams_cet",
        "en",
        "You're invited: interview with Vinterljus Energi",
        at(2027, 1, 27, 11, 0, STO),
        "Single 'When' row 'Thursday 4 February 2027 at 15:30 CET' plus 'Length 30 minutes', "
        "dark-mode duplicate, no calendar buttons.",
        "Interview invitation",
        [
            "Hi Alex,",
            "We'd like to invite you to an interview for <b>Battery Storage Analyst</b>.",
            two_col(rows),
            button("Join on Teams", "https://teams.example/l/meetup-join/19ab", "#e9465b"),
        ],
        label=ev(st, st + 30 * M),
        dark=two_col(rows),
        foot=foot,
    )
    ev_st = at(2027, 2, 4, 17, 30, STO, "Thu")
    yield f.card(
        "meetup_promo",
        "sv",
        "Välkommen på Tech Talk & mingel hos Vinterljus",
        at(2027, 1, 20, 10, 0, STO),
        "Event promotion: 'torsdag 4 februari 2027 kl. 17.30–20.00', add-to-calendar links "
        "with UTC dates, 'Anmäl dig'; open to everyone in the talent community.",
        "Tech Talk & mingel 4 februari",
        [
            "Hej Alex!",
            "Vi bjuder in vår talangcommunity till en kväll om framtidens elnät.",
            two_col(
                [
                    ("När", "torsdag 4 februari 2027 kl. 17.30–20.00"),
                    ("Var", "Vinterljus HQ, Sveavägen 44"),
                    ("Sista anmälningsdag", "1 februari"),
                ]
            ),
            button("Anmäl dig", "https://vinterljus.example/events/techtalk", "#e9465b"),
            calbuttons("Tech Talk Vinterljus", ev_st, ev_st + 150 * M, CALW["sv"]),
        ],
        dark=two_col([("När", "torsdag 4 februari 2027 kl. 17.30–20.00")]),
        foot=foot,
    )
    yield f.card(
        "community_news",
        "en",
        "Vinterljus Connect – January news",
        at(2027, 1, 14, 8, 0, STO),
        "Talent-community newsletter: new jobs 'published 12 January', 'Meet us at Nordic "
        "Career Day, 11 February 2027, 10:00–16:00'; no interview.",
        "New roles and where to meet us",
        [
            "Hi Alex,",
            "Here's what's new at Vinterljus this month.",
            two_col(
                [
                    ("Wind Service Technician", "Luleå · published 12 January"),
                    ("Energy Trader", "Stockholm · published 13 January"),
                ]
            ),
            "<b>Meet us</b>: Nordic Career Day, 11 February 2027, 10:00–16:00, Stockholmsmässan.",
            button("See all jobs", "https://vinterljus.example/jobs", "#e9465b"),
        ],
        foot=foot,
    )


def smartrec21() -> Iterator[Case]:
    f = Fam(
        "smartrec21",
        ("Aurelia Hotels Talent", "aurelia@sr-notify.example"),
        "Aurelia Hotels",
        "#7c3aed",
    )
    foot = footer("Aurelia Hotels Group S.p.A.", "Via Monte Napoleone 8, 20121 Milano")
    sent = at(2027, 1, 18, 11, 7, ROM)
    st = at(2027, 1, 26, 10, 0, ROM, "Tue")
    yield f.card(
        "colloquio_cet",
        "it",
        "Conferma colloquio – Revenue Manager",
        sent,
        "JSON-LD EventReservation in <head> with ISO startDate/endDate; body 'Data' / "
        "'martedì 26 gennaio 2027', 'Ora' / '10:00 - 11:00 (CET)'; tracking pixel with an "
        "epoch timestamp of the send time.",
        "Il tuo colloquio è confermato",
        [
            "Ciao Alex,",
            "ti confermiamo il colloquio per la posizione di <b>Revenue Manager</b>.",
            two_col(
                [
                    ("Data", "martedì 26 gennaio 2027"),
                    ("Ora", "10:00 - 11:00 (CET)"),
                    ("Modalità", "Videochiamata"),
                    ("Con", "Giulia Ferri, HR Business Partner"),
                ]
            ),
            button("Apri i dettagli", "https://aurelia.example/it/i/3301", "#7c3aed"),
            "A presto,<br>Il team Talent di Aurelia",
        ],
        label=ev(st, st + 60 * M),
        head=reservation(
            "Colloquio Revenue Manager",
            st,
            st + 60 * M,
            "Aurelia Hotels",
            "https://meet.example/aur-rev",
        ),
        tail=pixel("px.sr-notify.example", sent),
        foot=foot,
    )
    sent = at(2027, 1, 20, 9, 30, SAO)
    st = at(2027, 1, 28, 14, 0, SAO, "Thu")
    yield f.card(
        "entrevista_brasilia",
        "pt-BR",
        "Entrevista agendada – Coordenador(a) de Eventos",
        sent,
        "pt-BR rows 'Data' 'quinta-feira, 28 de janeiro de 2027', 'Horário' '14:00 às 15:00 "
        "(horário de Brasília)'; JSON-LD; pixel timestamp.",
        "Sua entrevista foi agendada",
        [
            "Olá, Alex!",
            "Sua entrevista para a vaga de <b>Coordenador(a) de Eventos</b> foi agendada.",
            two_col(
                [
                    ("Data", "quinta-feira, 28 de janeiro de 2027"),
                    ("Horário", "14:00 às 15:00 (horário de Brasília)"),
                    ("Local", "Av. Paulista, 1000 – 12º andar, São Paulo"),
                ]
            ),
            "Até breve,<br>Equipe de Talentos Aurelia",
        ],
        label=ev(st, st + 60 * M, zone=SAO),
        head=reservation(
            "Entrevista Aurelia", st, st + 60 * M, "Aurelia Hotels", "https://aurelia.example/br"
        ),
        tail=pixel("px.sr-notify.example", sent),
        foot=footer(
            "Aurelia Hotéis Ltda.",
            "Av. Paulista, 1000, São Paulo – SP",
            "Atendimento: segunda a sexta, das 9h às 18h",
        ),
    )
    sent = at(2027, 1, 21, 16, 0, NY)
    st = at(2027, 1, 29, 11, 0, NY, "Fri")
    yield f.card(
        "confirmed_est",
        "en-US",
        "Your interview with Aurelia Hotels is confirmed",
        sent,
        "English: 'Friday, January 29, 2027 · 11:00 AM – 11:30 AM (EST)' in one cell; JSON-LD "
        "repeats it; hidden preheader with 'Applied Jan 9'.",
        "Applied Jan 9 · Front Office Supervisor",
        [
            "Hi Alex,",
            "Great news — your phone interview for <b>Front Office Supervisor</b> is confirmed.",
            two_col(
                [
                    ("When", "Friday, January 29, 2027 · 11:00 AM – 11:30 AM (EST)"),
                    ("How", "We'll call +1 212 555 0147"),
                ]
            ),
            "Thanks,<br>Aurelia Talent Team",
        ],
        label=ev(st, st + 30 * M),
        head=reservation(
            "Phone interview Aurelia", st, st + 30 * M, "Aurelia Hotels", "tel:+12125550147"
        ),
        tail=pixel("px.sr-notify.example", sent),
        foot=footer("Aurelia Hotels USA, Inc.", "11 Madison Ave, New York, NY 10010"),
    )
    sent = at(2027, 1, 22, 10, 0, SAO)
    st = at(2027, 2, 1, 10, 0, SAO, "Mon")
    yield f.card(
        "reagendada",
        "pt-BR",
        "Sua entrevista foi reagendada",
        sent,
        "pt-BR move: 'Data anterior' struck '28/01 às 14h', 'Nova data' 'segunda-feira, 1 de "
        "fevereiro de 2027 às 10h (horário de Brasília)', 'Duração 45 min'; JSON-LD with the new "
        "slot.",
        "Nova data para sua entrevista",
        [
            "Olá, Alex!",
            "Precisamos reagendar sua entrevista. Confira a nova data:",
            two_col(
                [
                    ("Data anterior", "<s>28/01 às 14h</s>"),
                    (
                        "Nova data",
                        "segunda-feira, 1 de fevereiro de 2027 às 10h (horário de Brasília)",
                    ),
                    ("Duração", "45 min"),
                ]
            ),
        ],
        label=ev(st, st + 45 * M, kind="reschedule", zone=SAO),
        head=reservation(
            "Entrevista Aurelia", st, st + 45 * M, "Aurelia Hotels", "https://aurelia.example/br"
        ),
        tail=pixel("px.sr-notify.example", sent),
        foot=footer("Aurelia Hotéis Ltda.", "Av. Paulista, 1000, São Paulo – SP"),
    )
    sent = at(2027, 1, 19, 7, 0, NY)
    yield f.card(
        "jobposting_alert",
        "en-US",
        "3 new hotel jobs near New York",
        sent,
        "Job alert with JSON-LD JobPosting (datePosted 2027-01-18, validThrough "
        "2027-02-15T23:59:00-05:00), pixel timestamp; no interview.",
        "Jobs posted this week",
        [
            "Hi Alex,",
            "New openings that match your saved search:",
            two_col(
                [
                    ("Night Auditor", "New York, NY · posted Jan 18, 2027"),
                    ("Concierge", "Brooklyn, NY · apply by Feb 15, 2027"),
                ]
            ),
            button("See jobs", "https://aurelia.example/jobs", "#7c3aed"),
        ],
        head=jsonld(
            {
                "@context": "http://schema.org",
                "@type": "JobPosting",
                "title": "Night Auditor",
                "datePosted": "2027-01-18",
                "validThrough": "2027-02-15T23:59:00-05:00",
                "hiringOrganization": {"@type": "Organization", "name": "Aurelia Hotels"},
            }
        ),
        tail=pixel("px.sr-notify.example", sent),
        foot=footer(
            "Aurelia Hotels USA, Inc.",
            "11 Madison Ave, New York, NY 10010",
            unsub="You're receiving this alert because you created it on January 4, "
            "2027. Unsubscribe anytime.",
        ),
    )
    sent = at(2027, 1, 27, 9, 0, ROM)
    yield f.card(
        "test_online",
        "it",
        "Promemoria: completa il test online",
        sent,
        "Online-test reminder: 'Scadenza mercoledì 3 febbraio 2027 alle 23:59', 'Durata "
        "stimata 40 minuti'; pixel timestamp; nothing scheduled.",
        "Mancano 7 giorni alla scadenza",
        [
            "Ciao Alex,",
            "ti ricordiamo di completare il test di logica per la posizione di <b>Guest "
            "Relations Specialist</b>.",
            two_col(
                [
                    ("Scadenza", "mercoledì 3 febbraio 2027 alle 23:59"),
                    ("Durata stimata", "40 minuti"),
                ]
            ),
            button("Inizia il test", "https://assess.example/aur/9912", "#7c3aed"),
        ],
        tail=pixel("px.sr-notify.example", sent),
        foot=foot,
    )


def nested(title: str, rows: list[list[str]]) -> str:
    """Recruitee-like card: an outer table with a heading, inner tables per row."""
    inner = "".join(
        '<tr><td style="padding:4px 0"><table role="presentation" width="100%" cellpadding="0" '
        'cellspacing="0"><tr>'
        + "".join(f'<td style="padding:6px 12px 6px 0;vertical-align:top">{c}</td>' for c in r)
        + "</tr></table></td></tr>"
        for r in rows
    )
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="border:1px solid #dbe3ea;border-radius:8px;margin:8px 0 18px"><tr><td '
        'style="padding:16px"><table role="presentation" width="100%" cellpadding="0" '
        f'cellspacing="0"><tr><td style="font-weight:bold;padding-bottom:6px">{title}</td></tr>'
        f"{inner}</table></td></tr></table>"
    )


def recruitee21() -> Iterator[Case]:
    f = Fam(
        "recruitee21",
        ("Polderwerk Engineering", "polderwerk@rt-mail.example"),
        "Polderwerk",
        "#0e7490",
    )

    def unsub(applied: str, keep: str) -> str:
        return footer(
            "Polderwerk Engineering B.V.",
            "Stationsplein 9, 3511 ED Utrecht",
            unsub=f"Je ontvangt deze e-mail omdat je op {applied} hebt gesolliciteerd. We "
            f"bewaren je gegevens tot {keep}. "
            '<a href="https://rt.example/privacy" style="color:#6b7280">Gegevens verwijderen</a>',
        )

    sent = at(2027, 1, 14, 13, 0, AMS)
    st = at(2027, 1, 22, 14, 0, AMS, "Fri")
    yield f.card(
        "gesprek_nested",
        "nl",
        "Uitnodiging: gesprek bij Polderwerk",
        sent,
        "Nested card: 'Wanneer' then inner rows 'vrijdag 22 januari 2027' and '14:00 - 15:00 "
        "(Europe/Amsterdam)'; unsubscribe block 'op 6 januari 2027 gesolliciteerd', retention "
        "'tot 6 januari 2028'.",
        "We willen je graag spreken",
        [
            "Hoi Alex,",
            "Leuk dat je hebt gesolliciteerd als <b>Constructeur Waterbouw</b>. We nodigen je "
            "uit voor een eerste gesprek.",
            nested("Wanneer", [["vrijdag 22 januari 2027"], ["14:00 - 15:00 (Europe/Amsterdam)"]]),
            nested("Waar", [["Stationsplein 9, Utrecht"], ["Meld je bij de receptie"]]),
            "Groetjes,<br>Sanne de Vries, Recruiter",
        ],
        label=ev(st, st + 60 * M, zone=AMS),
        foot=unsub("6 januari 2027", "6 januari 2028"),
    )
    sent = at(2027, 1, 15, 10, 30, WAW)
    st = at(2027, 1, 25, 12, 0, WAW, "Mon")
    yield f.card(
        "rozmowa_warszawa",
        "pl",
        "Zaproszenie na rozmowę – Inżynier Projektu",
        sent,
        "Polish nested card: 'Kiedy' / 'poniedziałek, 25 stycznia 2027' and 'Godzina' / "
        "'12:00–13:00 (Europe/Warsaw)' in inner tables; unsubscribe block with dates.",
        "Zapraszamy na rozmowę",
        [
            "Cześć Alex,",
            "dziękujemy za aplikację na stanowisko <b>Inżynier Projektu</b>. Zapraszamy na "
            "rozmowę online.",
            nested(
                "Kiedy",
                [["poniedziałek, 25 stycznia 2027"], ["Godzina: 12:00–13:00 (Europe/Warsaw)"]],
            ),
            nested("Gdzie", [['<a href="https://meet.example/plw-551">Google Meet</a>']]),
            "Pozdrawiamy,<br>Zespół Rekrutacji Polderwerk",
        ],
        label=ev(st, st + 60 * M, zone=WAW),
        foot=footer(
            "Polderwerk Polska sp. z o.o.",
            "ul. Prosta 20, 00-850 Warszawa",
            unsub="Otrzymujesz tę wiadomość, ponieważ 7 stycznia 2027 r. złożyłeś(-aś) "
            "aplikację. Dane przechowujemy do 7 stycznia 2028 r.",
        ),
    )
    sent = at(2027, 1, 25, 9, 0, DUB)
    st = at(2027, 2, 2, 16, 0, DUB, "Tue")
    yield f.card(
        "interview_cells_dublin",
        "en-IE",
        "Interview invitation – Hydraulic Modeller",
        sent,
        "Date, time and zone in three cells of one inner row: 'Tuesday, 2 February 2027' | "
        "'16:00 – 16:30' | 'Europe/Dublin'.",
        "Interview invitation",
        [
            "Hi Alex,",
            "Thanks for applying for <b>Hydraulic Modeller</b> in Dublin. We'd like to invite "
            "you to a short video interview.",
            nested(
                "Interview",
                [
                    ["Tuesday, 2 February 2027", "16:00 – 16:30", "Europe/Dublin"],
                    ["Video call", '<a href="https://meet.example/pw-dub">Join</a>', ""],
                ],
            ),
            "Kind regards,<br>Ciara Walsh",
        ],
        label=ev(st, st + 30 * M, zone=DUB),
        foot=footer(
            "Polderwerk Ireland Ltd",
            "2 Grand Canal Quay, Dublin 2",
            unsub="You applied on 18 January 2027; we keep your data until 18 January 2028.",
        ),
    )
    sent = at(2027, 1, 22, 11, 0, AMS)
    st = at(2027, 2, 3, 10, 30, AMS, "Wed")
    yield f.card(
        "verplaatst",
        "nl",
        "Je gesprek is verplaatst",
        sent,
        "Dutch move in nested cards: 'Was' struck 'vrijdag 22 januari 14:00', 'Nieuw' "
        "'woensdag 3 februari 2027' / '10:30 - 11:15', no zone.",
        "Nieuwe datum voor je gesprek",
        [
            "Hoi Alex,",
            "Door ziekte moeten we je gesprek verzetten. Excuses voor het ongemak.",
            nested("Was", [["<s>vrijdag 22 januari 14:00</s>"]]),
            nested("Nieuw", [["woensdag 3 februari 2027"], ["10:30 - 11:15"]]),
            "Groetjes,<br>Sanne",
        ],
        label=ev(st, st + 45 * M, kind="reschedule", naive=sent),
        foot=unsub("6 januari 2027", "6 januari 2028"),
    )
    yield f.card(
        "kies_moment",
        "nl",
        "Plan je gesprek met Polderwerk",
        at(2027, 1, 18, 14, 0, AMS),
        "Self-scheduling: 'Kies een moment dat jou past' with a button, 'beschikbaar tot 29 "
        "januari 2027', duration 30 minutes; nothing booked.",
        "Kies zelf een moment",
        [
            "Hoi Alex,",
            "We willen graag kennismaken! Kies via de knop een moment dat jou past.",
            nested("Details", [["Duur: 30 minuten"], ["Beschikbaar tot 29 januari 2027"]]),
            button("Kies een moment", "https://rt.example/book/pw-12", "#0e7490"),
        ],
        foot=unsub("6 januari 2027", "6 januari 2028"),
    )
    yield f.card(
        "retention_notice",
        "en",
        "Your Polderwerk candidate profile",
        at(2027, 1, 26, 8, 0, AMS),
        "Retention notice: 'will be deleted on 15 February 2027 unless you renew consent', "
        "'applied on 15 February 2026'; nothing scheduled.",
        "Action needed before 15 February 2027",
        [
            "Hi Alex,",
            "You applied to Polderwerk on 15 February 2026. Under our privacy policy we keep "
            "candidate profiles for 12 months.",
            nested(
                "What happens next",
                [
                    ["Your profile will be deleted on 15 February 2027"],
                    ["Renew your consent to stay in our talent pool"],
                ],
            ),
            button("Keep my profile", "https://rt.example/consent/pw", "#0e7490"),
        ],
        foot=footer("Polderwerk Engineering B.V.", "Stationsplein 9, 3511 ED Utrecht"),
    )


OUT_HEAD = {
    "en": ("From:", "Sent:", "To:", "Subject:", "FW"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "WG"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "TR"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "RV"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "FW"),
}
_WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
}
_MO = {
    "en": pp.EN_MONTHS,
    "de": pp.DE_MONTHS,
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def sent_line(lang: str, value: datetime) -> str:
    """Outlook desktop's 'Sent:' value in the forwarding user's locale."""
    wd = _WD[lang].split()[value.weekday()]
    mo = _MO[lang].split()[value.month - 1]
    if lang == "en":
        return f"{wd}, {mo} {value.day}, {value.year} {pp.hm12(value)}"
    if lang == "de":
        return f"{wd}, {value.day}. {mo} {value.year} {value:%H:%M}"
    if lang == "es":
        return f"{wd}, {value.day} de {mo} de {value.year} {value:%H:%M}"
    return f"{wd} {value.day} {mo} {value.year} {value:%H:%M}"


def ofwd(
    lang: str,
    note: list[str],
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    pre: str,
    intro: list[str],
    rows: list[tuple[str, str]],
    outro: list[str],
) -> tuple[str, str, str]:
    """Outlook desktop forward: WordSection1, header block, table rewritten as MsoNormalTable."""
    fr_, se, to, su, prefix = OUT_HEAD[lang]
    when = sent_line(lang, orig_sent)
    ps = "".join(f"<p class=MsoNormal>{x}<o:p></o:p></p>" for x in note)
    head = (
        "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        f"<p class=MsoNormal><b>{fr_}</b> {org[0]} &lt;{org[1]}&gt; <br><b>{se}</b> {when}<br>"
        f"<b>{to}</b> Alex Morgan &lt;{ME[1]}&gt;<br><b>{su}</b> {subject}<o:p></o:p></p>"
        "</div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    )
    hidden = (
        f"<p class=MsoNormal><span style='display:none;mso-hide:all'>{pre}<o:p></o:p></span></p>"
    )
    body = "".join(
        f"<p class=MsoNormal style='margin-bottom:10.5pt'>{x}<o:p></o:p></p>" for x in intro
    )
    table = (
        '<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width="100%" '
        "style='width:100.0%;max-width:450.0pt'>"
        + "".join(
            "<tr><td width=\"34%\" style='width:34.0%;padding:5.25pt 7.5pt 5.25pt 0cm'>"
            f"<p class=MsoNormal><span style='color:#475569'>{k}<o:p></o:p></span></p></td>"
            "<td style='padding:5.25pt 0cm 5.25pt 0cm'><p class=MsoNormal><b>"
            f"{v}<o:p></o:p></b></p></td></tr>"
            for k, v in rows
        )
        + "</table>"
    )
    tail = "".join(f"<p class=MsoNormal>{x}<o:p></o:p></p>" for x in outro)
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type '
        'content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 '
        '(filtered medium)"><style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;'
        'font-size:11.0pt;font-family:"Calibri",sans-serif;} span.EmailStyle19 '
        "{mso-style-type:personal-reply;} @page WordSection1 {size:612.0pt 792.0pt;} "
        "div.WordSection1 {page:WordSection1;} --></style><!--[if gte mso 9]><xml>"
        '<o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>'
        f'<body lang={lang.upper()} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
        f"<div class=WordSection1>{ps}<p class=MsoNormal><o:p>&nbsp;</o:p></p>{head}{hidden}"
        f"{body}{table}{tail}</div></body></html>\n"
    )

    def plain(x: str) -> str:
        return h16._strip(x)

    text = "\n".join(plain(x) for x in note) + "\n\n"
    text += f"{fr_} {org[0]} <{org[1]}>\n{se} {when}\n{to} Alex Morgan <{ME[1]}>\n"
    text += f"{su} {subject}\n\n{pre}\n\n"
    text += "\n\n".join(plain(x) for x in intro) + "\n\n"
    text += "\n\n".join(f"{plain(k)}\n\n{plain(v)}" for k, v in rows) + "\n\n"
    text += "\n\n".join(plain(x) for x in outro) + "\n"
    return html, text, f"{prefix}: {subject}"


def outlookfwd21() -> Iterator[Case]:
    user = ("Alex Morgan", "alex.morgan@mailbox.example")
    f = Fam("outlookfwd21", user, "", "")

    def one(
        name: str,
        lang: str,
        note: str,
        org: tuple[str, str],
        orig_sent: datetime,
        delay_min: int,
        subject: str,
        pre: str,
        intro: list[str],
        rows: list[tuple[str, str]],
        outro: list[str],
        mynote: list[str],
        label: dict[str, object] | None,
        with_text: bool = True,
    ) -> Case:
        html, text, subj = ofwd(
            lang.split("-")[0], mynote, org, orig_sent, subject, pre, intro, rows, outro
        )
        sent = orig_sent + timedelta(minutes=delay_min)
        item = f.case(
            name, lang, subj, sent, note, html, text if with_text else None, label, org=org[1]
        )
        # a forward goes to Afterview, without the notice's Reply-To
        sep = b"\r\n\r\n" if b"\r\n\r\n" in item.raw else b"\n\n"
        head, body = item.raw.split(sep, 1)
        lines = [x for x in head.splitlines() if not x.startswith(b"Reply-To:")]
        lines = [
            b"To: Afterview <in+inbox@afterview.example>" if x.startswith(b"To:") else x
            for x in lines
        ]
        item.raw = (b"\r\n" if sep.startswith(b"\r") else b"\n").join(lines) + sep + body
        return item

    osent = at(2027, 1, 11, 15, 2, NY)
    st = at(2027, 1, 25, 13, 0, NY, "Mon")
    yield one(
        "fw_lumen_et",
        "en-US",
        "Outlook desktop forward: 'Sent: Monday, January 11, 2027 3:02 PM' header, hidden "
        "preheader kept as a display:none span, table rewritten as MsoNormalTable ('Date' | "
        "'Monday, January 25, 2027', 'Time' | '1:00 PM – 2:00 PM Eastern Time').",
        ("Lumen Bank Talent Acquisition", "careers@lumenbank-jobs.example"),
        osent,
        48,
        "Interview confirmation – Risk Analyst",
        "Please confirm by January 15",
        [
            "Dear Alex,",
            "We are pleased to confirm your interview for the <b>Risk Analyst</b> position.",
        ],
        [
            ("Date", "Monday, January 25, 2027"),
            ("Time", "1:00 PM – 2:00 PM Eastern Time"),
            ("Location", "Lumen Bank, 70 Pine Street, New York, NY"),
        ],
        ["Kind regards,", "Lumen Bank Talent Acquisition"],
        ["Adding this one for the 25th.", "", "Alex"],
        ev(st, st + 60 * M, zone=NY),
    )
    osent = at(2027, 1, 14, 9, 41, BER)
    st = at(2027, 1, 27, 9, 0, BER, "Wed")
    yield one(
        "wg_einladung",
        "de",
        "German Outlook forward 'Gesendet: Donnerstag, 14. Januar 2027 09:41'; rows 'Datum' | "
        "'Mittwoch, 27. Januar 2027', 'Uhrzeit' | '09:00 - 10:00 Uhr'; no zone; HTML only.",
        ("Stadtwerke Lindenau Personal", "bewerbung@stadtwerke-lindenau.example"),
        osent,
        125,
        "Einladung zum Vorstellungsgespräch",
        "Ihre Bewerbung vom 2. Januar 2027",
        [
            "Sehr geehrte Frau Morgan,",
            "wir laden Sie herzlich zu einem Vorstellungsgespräch "
            "für die Stelle <b>Sachbearbeitung Netzabrechnung</b> ein.",
        ],
        [
            ("Datum", "Mittwoch, 27. Januar 2027"),
            ("Uhrzeit", "09:00 - 10:00 Uhr"),
            ("Ort", "Verwaltungsgebäude, Raum 2.14, Lindenauer Str. 5"),
        ],
        ["Mit freundlichen Grüßen", "Ihre Personalabteilung"],
        ["Zur Info – Termin steht.", ""],
        ev(st, st + 60 * M, naive=osent),
        with_text=False,
    )
    osent = at(2027, 1, 15, 11, 20, PAR)
    st = at(2027, 1, 28, 15, 30, PAR, "Thu")
    yield one(
        "tr_confirmation",
        "fr",
        "French Outlook forward 'Envoyé : vendredi 15 janvier 2027 11:20'; rows 'Date' | "
        "'jeudi 28 janvier 2027', 'Heure' | '15h30 - 16h15'; no zone.",
        ("Maison Verdier Recrutement", "recrutement@maisonverdier.example"),
        osent,
        33,
        "Confirmation de votre entretien",
        "Merci pour votre candidature du 5 janvier",
        [
            "Bonjour Alex,",
            "Nous avons le plaisir de vous confirmer votre entretien pour le "
            "poste de <b>Chef de projet digital</b>.",
        ],
        [
            ("Date", "jeudi 28 janvier 2027"),
            ("Heure", "15h30 - 16h15"),
            ("Lieu", "18 rue du Faubourg Saint-Antoine, 75012 Paris"),
        ],
        ["Bien cordialement,", "L'équipe Recrutement"],
        ["Pour mon agenda.", ""],
        ev(st, st + 45 * M, naive=osent),
    )
    osent = at(2027, 1, 18, 17, 5, MAD)
    st = at(2027, 1, 29, 10, 0, MAD, "Fri")
    yield one(
        "rv_entrevista",
        "es",
        "Spanish Outlook forward 'Enviado el: lunes, 18 de enero de 2027 17:05'; rows 'Fecha' "
        "| 'viernes, 29 de enero de 2027', 'Hora' | '10:00 – 11:00 (hora de Madrid)'.",
        ("Grupo Alcázar – Selección", "seleccion@grupoalcazar.example"),
        osent,
        70,
        "Entrevista – Analista de Datos",
        "Tu proceso avanza",
        ["Hola Alex:", "Te confirmamos la entrevista para la vacante de <b>Analista de Datos</b>."],
        [
            ("Fecha", "viernes, 29 de enero de 2027"),
            ("Hora", "10:00 – 11:00 (hora de Madrid)"),
            ("Formato", "Videollamada por Teams"),
        ],
        ["Un saludo,", "Selección Grupo Alcázar"],
        ["Reenvío la confirmación.", ""],
        ev(st, st + 60 * M, zone=MAD),
    )
    osent = at(2027, 1, 22, 10, 15, AMS)
    st = at(2027, 2, 1, 13, 0, AMS, "Mon")
    yield one(
        "fw_gesprek_nl",
        "nl",
        "Dutch Outlook forward 'Verzonden: vrijdag 22 januari 2027 10:15'; rows 'Datum' | "
        "'maandag 1 februari 2027', 'Tijd' | '13:00 - 13:45'; no zone.",
        ("Kanaalzicht Zorg – Werving", "werving@kanaalzicht.example"),
        osent,
        15,
        "Uitnodiging kennismakingsgesprek",
        "Bedankt voor je sollicitatie van 12 januari",
        [
            "Beste Alex,",
            "Graag nodigen we je uit voor een kennismakingsgesprek voor de functie "
            "<b>Planner Thuiszorg</b>.",
        ],
        [
            ("Datum", "maandag 1 februari 2027"),
            ("Tijd", "13:00 - 13:45"),
            ("Locatie", "Kanaalweg 3, Leiden"),
        ],
        ["Met vriendelijke groet,", "Team Werving"],
        ["", ""],
        ev(st, st + 45 * M, naive=osent),
    )
    osent = at(2027, 1, 19, 6, 30, NY)
    yield one(
        "fw_job_alert",
        "en-US",
        "Outlook forward of a job alert: rows 'Posted' | 'January 18, 2027', 'Closing date' | "
        "'February 12, 2027'; the user's note says they are not applying.",
        ("Lumen Bank Careers", "alerts@lumenbank-jobs.example"),
        osent,
        200,
        "New jobs for you: Risk, New York",
        "2 new jobs this week",
        ["Hi Alex,", "We found new jobs that match your alert."],
        [
            ("Credit Risk Associate", "Posted January 18, 2027"),
            ("Closing date", "February 12, 2027"),
        ],
        ["Manage alerts in your candidate profile."],
        ["FYI, not applying to this one, just keeping it.", ""],
        None,
    )
    osent = at(2027, 1, 20, 14, 0, BER)
    yield one(
        "wg_assessment",
        "de",
        "German Outlook forward of an online-assessment invitation: 'Bearbeitungszeitraum' | "
        "'bis 3. Februar 2027, 23:59 Uhr', 'Dauer' | 'ca. 60 Minuten'; no meeting.",
        ("Stadtwerke Lindenau Personal", "bewerbung@stadtwerke-lindenau.example"),
        osent,
        95,
        "Einladung zum Online-Assessment",
        "Nächster Schritt in Ihrem Bewerbungsprozess",
        [
            "Sehr geehrte Frau Morgan,",
            "als nächsten Schritt bitten wir Sie, unser Online-Assessment zu bearbeiten.",
        ],
        [
            ("Bearbeitungszeitraum", "bis 3. Februar 2027, 23:59 Uhr"),
            ("Dauer", "ca. 60 Minuten"),
            ("Link", "https://assess.example/swl/771"),
        ],
        ["Mit freundlichen Grüßen", "Ihre Personalabteilung"],
        ["Muss ich noch machen.", ""],
        None,
    )


def event_ld(name: str, start: datetime, end: datetime, place: str) -> str:
    return jsonld(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": name,
            "startDate": start.isoformat(),
            "endDate": end.isoformat(),
            "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
            "location": {"@type": "Place", "name": place},
        }
    )


def hero(title: str, sub: str) -> str:
    return (
        '<table role="presentation" width="100%" style="background:#fef3c7;margin:0 0 18px">'
        f'<tr><td style="padding:22px"><p style="margin:0;font-size:24px;font-weight:800">'
        f'{title}</p><p style="margin:6px 0 0;font-size:16px">{sub}</p></td></tr></table>'
    )


def evpromo21() -> Iterator[Case]:
    f = Fam(
        "evpromo21",
        ("Corvana Careers", "events@corvana-careers.example"),
        "Corvana · Careers",
        "#b45309",
    )
    foot = footer(
        "Corvana SE",
        "Friedrichstraße 90, 10117 Berlin",
        unsub="You subscribed to career news on 3 March 2026. "
        '<a href="https://corvana.example/unsub">Unsubscribe</a>',
    )
    st = at(2027, 2, 10, 17, 0, NY, "Wed")
    yield f.card(
        "virtual_fair",
        "en-US",
        "You're invited: Corvana Virtual Career Fair – Feb 10",
        at(2027, 1, 20, 12, 0, NY),
        "Marketing invitation to a virtual career fair 'Wednesday, February 10, 2027 · "
        "5:00–7:00 PM ET' with Register and add-to-calendar buttons and JSON-LD Event; open "
        "to everyone, not an interview.",
        "Meet 40 hiring teams in one evening",
        [
            hero("Virtual Career Fair", "Wednesday, February 10, 2027 · 5:00–7:00 PM ET"),
            "Hi Alex,",
            "Chat live with recruiters from engineering, finance and operations. Drop in any "
            "time during the event.",
            button("Register now", "https://corvana.example/fair", "#b45309"),
            calbuttons("Corvana Virtual Career Fair", st, st + 120 * M, CALW["en"]),
        ],
        head=event_ld("Corvana Virtual Career Fair", st, st + 120 * M, "Online"),
        foot=foot,
    )
    st = at(2027, 2, 11, 18, 0, BER, "Thu")
    yield f.card(
        "karriereabend",
        "de",
        "Einladung: Karriereabend bei Corvana am 11. Februar",
        at(2027, 1, 21, 9, 0, BER),
        "German event marketing 'Donnerstag, 11. Februar 2027, ab 18:00 Uhr', 'Jetzt "
        "anmelden', add-to-calendar links and JSON-LD Event; an event, not an interview.",
        "Networking, Vorträge und Snacks",
        [
            hero("Karriereabend Berlin", "Donnerstag, 11. Februar 2027, ab 18:00 Uhr"),
            "Hallo Alex,",
            "lernen Sie unsere Teams bei Vorträgen und Gesprächen in entspannter Atmosphäre "
            "kennen. Die Plätze sind begrenzt.",
            button("Jetzt anmelden", "https://corvana.example/de/abend", "#b45309"),
            calbuttons("Karriereabend Corvana", st, st + 180 * M, CALW["de"]),
        ],
        head=event_ld("Karriereabend Corvana", st, st + 180 * M, "Corvana Berlin"),
        foot=foot,
    )
    st = at(2027, 2, 13, 10, 0, PAR, "Sat")
    yield f.card(
        "portes_ouvertes",
        "fr",
        "Journée portes ouvertes Corvana – samedi 13 février",
        at(2027, 1, 25, 10, 0, PAR),
        "French open day 'samedi 13 février 2027 de 10h à 16h', add-to-calendar links; "
        "marketing, not an interview.",
        "Venez découvrir nos ateliers",
        [
            hero("Journée portes ouvertes", "samedi 13 février 2027 de 10h à 16h"),
            "Bonjour Alex,",
            "Visitez notre site de Lyon, rencontrez nos équipes et découvrez nos métiers.",
            button("Je m'inscris", "https://corvana.example/fr/jpo", "#b45309"),
            calbuttons("Portes ouvertes Corvana", st, st + 360 * M, CALW["fr"]),
        ],
        foot=foot,
    )
    st = at(2027, 2, 9, 19, 0, TYO, "Tue")
    yield f.card(
        "setsumeikai",
        "ja",
        "【Corvana】オンライン会社説明会のご案内（2月9日）",
        at(2027, 1, 22, 10, 0, TYO),
        "Japanese online company briefing '2027年2月9日(火) 19:00〜20:00' with a 予約 button "
        "and add-to-calendar links; open to all applicants, not an interview.",
        "オンライン会社説明会",
        [
            hero("オンライン会社説明会", "2027年2月9日(火) 19:00〜20:00"),
            "Alex Morgan 様",
            "Corvanaの事業内容や働き方をご紹介するオンライン説明会を開催します。",
            button("予約する", "https://corvana.example/ja/seminar", "#b45309"),
            calbuttons("Corvana 会社説明会", st, st + 60 * M, CALW["ja"]),
        ],
        foot=footer(
            "Corvana Japan株式会社",
            "東京都千代田区丸の内2-1-1",
            "採用チーム 受付時間：平日 10:00〜18:00",
        ),
    )
    sent = at(2027, 1, 19, 11, 0, LON)
    st = at(2027, 2, 9, 9, 0, LON, "Tue")
    yield f.card(
        "assessment_centre",
        "en-GB",
        "Invitation: Corvana Graduate Assessment Centre",
        sent,
        "Control in the marketing layout: the reader is invited to the assessment centre "
        "'Tuesday 9 February 2027, 09:00–16:00 GMT' (hero, agenda rows, JSON-LD, add-to-"
        "calendar).",
        "Congratulations – you're through to the final stage",
        [
            hero("Assessment Centre", "Tuesday 9 February 2027 · 09:00–16:00 GMT"),
            "Dear Alex,",
            "Congratulations! Following your video interview, we are delighted to invite you "
            "to our Graduate Assessment Centre in London.",
            two_col(
                [
                    ("09:00", "Welcome and group exercise"),
                    ("11:30", "Case study"),
                    ("14:00", "Interview with a senior manager"),
                    ("16:00", "Close"),
                ]
            ),
            button("Confirm attendance", "https://corvana.example/uk/ac/confirm", "#b45309"),
            calbuttons("Corvana Assessment Centre", st, st + 420 * M, CALW["en"]),
        ],
        label=ev(st, st + 420 * M, zone=LON),
        head=event_ld("Corvana Assessment Centre", st, st + 420 * M, "Corvana London"),
        foot=footer("Corvana UK Ltd", "20 Bishopsgate, London EC2N 4AG"),
    )
    sent = at(2027, 1, 28, 15, 0, ROM)
    st = at(2027, 2, 5, 11, 0, ROM, "Fri")
    yield f.card(
        "colloquio_finale",
        "it",
        "Il tuo colloquio finale con Corvana",
        sent,
        "Control in the marketing layout: 'venerdì 5 febbraio 2027, ore 11:00–12:00' in the "
        "hero, add-to-calendar links; no zone in the text.",
        "Ultimo passo!",
        [
            hero("Colloquio finale", "venerdì 5 febbraio 2027, ore 11:00–12:00"),
            "Ciao Alex,",
            "complimenti! Ti invitiamo al colloquio finale con la direttrice di stabilimento, "
            "presso la nostra sede di Torino.",
            button("Conferma la presenza", "https://corvana.example/it/final", "#b45309"),
            calbuttons("Colloquio Corvana", st, st + 60 * M, CALW["it"]),
        ],
        label=ev(st, st + 60 * M, naive=sent),
        foot=footer("Corvana Italia S.r.l.", "Corso Francia 110, 10143 Torino"),
    )
    st = at(2027, 2, 16, 18, 30, ROM, "Tue")
    yield f.card(
        "webinar_colloquio",
        "it",
        "Webinar gratuito: come prepararsi al colloquio",
        at(2027, 2, 1, 9, 0, ROM),
        "Italian webinar promotion 'martedì 16 febbraio 2027 alle 18:30' about preparing for "
        "interviews, with Iscriviti and add-to-calendar; not an interview.",
        "Iscriviti al webinar del 16 febbraio",
        [
            hero("Come prepararsi al colloquio", "Webinar · martedì 16 febbraio 2027 alle 18:30"),
            "Ciao Alex,",
            "i nostri recruiter condividono consigli pratici per affrontare il colloquio.",
            button("Iscriviti", "https://corvana.example/it/webinar", "#b45309"),
            calbuttons("Webinar Corvana", st, st + 60 * M, CALW["it"]),
        ],
        foot=foot,
    )


# --------------------------------------------------------------------------------------
# held-out families


def workable21() -> Iterator[Case]:
    f = Fam("workable21", ("Quillon Labs", "noreply@wk-mail.example"), "Quillon Labs", "#1f2937")
    foot = footer("Quillon Labs", "Powered by an applicant tracking system · Privacy")
    st = at(2027, 1, 27, 14, 0, NY, "Wed")
    yield f.card(
        "scheduled_et",
        "en-US",
        "Interview scheduled with Quillon Labs",
        at(2027, 1, 19, 10, 0, NY),
        "Bold date line then time line with '(GMT-05:00) Eastern Time'.",
        "Interview scheduled",
        [
            "Hi Alex,",
            "Your interview for <b>Data Engineer</b> has been scheduled.",
            '<p style="margin:0"><b>Wed, Jan 27, 2027</b><br>2:00 PM – 2:45 PM (GMT-05:00) '
            "Eastern Time</p>",
            button("Join video interview", "https://wk.example/v/qlab-5512", "#1f2937"),
        ],
        label=ev(st, st + 45 * M, zone=NY),
        foot=foot,
    )
    st = at(2027, 2, 1, 11, 0, MAD, "Mon")
    yield f.card(
        "programada_madrid",
        "es",
        "Entrevista programada con Quillon Labs",
        at(2027, 1, 22, 12, 0, MAD),
        "Spanish rows 'Fecha' / 'Hora' with '(GMT+01:00) Madrid'.",
        "Entrevista programada",
        [
            "Hola Alex:",
            "Se ha programado tu entrevista para <b>Ingeniero/a QA</b>.",
            two_col(
                [
                    ("Fecha", "lunes, 1 de febrero de 2027"),
                    ("Hora", "11:00 – 11:30 (GMT+01:00) Madrid"),
                ]
            ),
        ],
        label=ev(st, st + 30 * M, zone=MAD),
        foot=foot,
    )
    st = at(2027, 2, 3, 10, 0, TYO, "Wed")
    yield f.card(
        "mensetsu_jst",
        "ja",
        "面接日程確定のお知らせ（Quillon Labs）",
        at(2027, 1, 25, 17, 0, TYO),
        "Japanese '日時：2027年2月3日（水）10:00〜11:00（日本時間）'.",
        "面接日程が確定しました",
        [
            "Alex Morgan 様",
            "この度はご応募いただきありがとうございます。面接日程が確定しました。",
            two_col(
                [
                    ("日時", "2027年2月3日（水）10:00〜11:00（日本時間）"),
                    ("形式", "オンライン（Google Meet）"),
                ]
            ),
        ],
        label=ev(st, st + 60 * M, zone=TYO),
        foot=foot,
    )
    st = at(2027, 2, 4, 9, 0, LA, "Thu")
    yield f.card(
        "rescheduled_pt",
        "en-US",
        "Interview rescheduled – Quillon Labs",
        at(2027, 1, 28, 13, 0, LA),
        "Move: new time block, old time struck.",
        "New interview time",
        [
            "Hi Alex,",
            "Your interview has been rescheduled.",
            '<p style="margin:0"><s>Tue, Feb 2, 2027 1:00 PM</s></p>'
            '<p style="margin:0"><b>Thu, Feb 4, 2027</b><br>9:00 AM – 9:30 AM (GMT-08:00) '
            "Pacific Time</p>",
        ],
        label=ev(st, st + 30 * M, kind="reschedule", zone=LA),
        foot=foot,
    )
    yield f.card(
        "oneway_video",
        "en-US",
        "Record your video interview for Quillon Labs",
        at(2027, 1, 26, 9, 0, NY),
        "One-way video interview with a deadline.",
        "Record by Feb 5",
        [
            "Hi Alex,",
            "Please record answers to 3 short questions.",
            two_col(
                [
                    ("Deadline", "Feb 5, 2027 11:59 PM (GMT-05:00) Eastern Time"),
                    ("Time per answer", "2 minutes"),
                ]
            ),
            button("Start recording", "https://wk.example/rec/qlab-91", "#1f2937"),
        ],
        foot=foot,
    )
    yield f.card(
        "job_alert",
        "en-US",
        "New jobs at Quillon Labs",
        at(2027, 1, 21, 7, 0, NY),
        "Job alert with posted dates.",
        "2 new jobs",
        [
            "Hi Alex,",
            "New roles posted this week:",
            two_col(
                [
                    ("Analytics Engineer", "Remote · posted Jan 20, 2027"),
                    ("Staff Data Scientist", "New York · posted Jan 19, 2027"),
                ]
            ),
        ],
        foot=foot,
    )


def icims21() -> Iterator[Case]:
    f = Fam(
        "icims21",
        ("Granite Ridge Health Careers", "careers@icims-mail.example"),
        "Granite Ridge Health",
        "#005596",
    )
    foot = footer(
        "Granite Ridge Health",
        "1200 Harbor Blvd, Milwaukee, WI 53202",
        "Talent Acquisition Service Center: Mon–Fri 8:00 AM – 4:30 PM CT",
    )
    st = at(2027, 1, 26, 10, 0, CHI, "Tue")
    yield f.card(
        "interview_ct",
        "en-US",
        "Interview Confirmation – Registered Nurse",
        at(2027, 1, 18, 9, 0, CHI),
        "th rows date / time / duration.",
        "Your interview is confirmed",
        [
            "Dear Alex,",
            "Thank you for your interest in Granite Ridge Health.",
            th_table(
                [
                    ("Interview Date", "01/26/2027"),
                    ("Interview Time", "10:00 AM Central Time"),
                    ("Duration", "60 minutes"),
                    ("Location", "Main Campus, Building C"),
                ]
            ),
        ],
        label=ev(st, st + 60 * M, zone=CHI),
        foot=foot,
    )
    st = at(2027, 1, 28, 13, 30, TOR, "Thu")
    yield f.card(
        "entrevue_est",
        "fr-CA",
        "Confirmation d'entrevue – Granite Ridge Santé",
        at(2027, 1, 20, 11, 0, TOR),
        "fr-CA rows with ISO date.",
        "Votre entrevue est confirmée",
        [
            "Bonjour Alex,",
            "Voici les détails de votre entrevue.",
            th_table(
                [
                    ("Date", "2027-01-28"),
                    ("Heure", "13 h 30 (heure de l'Est)"),
                    ("Durée", "45 minutes"),
                ]
            ),
        ],
        label=ev(st, st + 45 * M, zone=TOR),
        foot=foot,
    )
    st = at(2027, 2, 3, 8, 30, CHI, "Wed")
    desk = th_table([("Date", "Wednesday, February 3, 2027"), ("Time", "8:30 AM – 9:15 AM CT")])
    mob = p("<b>Wed 2/3 · 8:30 AM CT</b>")
    yield f.card(
        "stacked_mobile",
        "en-US",
        "Interview Scheduled – Pharmacy Technician",
        at(2027, 1, 27, 14, 0, CHI),
        "Desktop table plus hidden mobile duplicate.",
        "Interview scheduled",
        ["Dear Alex,", "Your interview has been scheduled.", desk_mob(desk, mob)],
        label=ev(st, st + 45 * M, zone=CHI),
        foot=foot,
    )
    yield f.card(
        "self_schedule",
        "en-US",
        "Schedule your interview – Granite Ridge Health",
        at(2027, 1, 19, 10, 0, CHI),
        "Self-scheduling with slots.",
        "Pick a time",
        [
            "Dear Alex,",
            "Please select an interview time from the options below.",
            th_table(
                [
                    ("Option 1", "01/27/2027 9:00 AM CT"),
                    ("Option 2", "01/28/2027 2:00 PM CT"),
                    ("Option 3", "01/29/2027 11:00 AM CT"),
                ]
            ),
            button("Select a time", "https://icims.example/sched/grh-8", "#005596"),
        ],
        foot=foot,
    )
    yield f.card(
        "onboarding_tasks",
        "en-US",
        "Welcome to Granite Ridge Health – onboarding tasks",
        at(2027, 1, 25, 8, 0, CHI),
        "Onboarding with due dates and first day.",
        "Complete your forms by 02/01/2027",
        [
            "Dear Alex,",
            "Welcome aboard! Please complete your onboarding forms.",
            th_table(
                [
                    ("Forms due", "02/01/2027"),
                    ("First day", "Monday, 02/08/2027 7:30 AM"),
                    ("Report to", "Human Resources, Building A"),
                ]
            ),
        ],
        foot=foot,
    )
    st = at(2027, 2, 5, 15, 0, CHI, "Fri")
    yield f.card(
        "rescheduled_ct",
        "en-US",
        "Interview Rescheduled – Registered Nurse",
        at(2027, 1, 29, 9, 30, CHI),
        "Move in th rows.",
        "New interview time",
        [
            "Dear Alex,",
            "Your interview has been rescheduled.",
            th_table(
                [
                    ("Previous", "<s>01/26/2027 10:00 AM</s>"),
                    ("Interview Date", "02/05/2027"),
                    ("Interview Time", "3:00 PM Central Time"),
                    ("Duration", "30 minutes"),
                ]
            ),
        ],
        label=ev(st, st + 30 * M, kind="reschedule", zone=CHI),
        foot=foot,
    )


def successf21() -> Iterator[Case]:
    f = Fam(
        "successf21",
        ("Kessler Werke Recruiting", "recruiting@sf-mail.example"),
        "Kessler Werke",
        "#0a6ed1",
    )
    foot = footer("Kessler Werke AG", "Industriestraße 1, 70565 Stuttgart")
    st = at(2027, 2, 2, 14, 0, BER, "Tue")
    yield f.card(
        "termin_mez",
        "de",
        "Ihr Interviewtermin bei Kessler Werke",
        at(2027, 1, 22, 10, 0, BER),
        "German rows Datum / Uhrzeit MEZ.",
        "Interviewtermin",
        [
            "Guten Tag Alex Morgan,",
            "wir freuen uns auf das Gespräch mit Ihnen.",
            th_table(
                [
                    ("Datum", "02.02.2027"),
                    ("Uhrzeit", "14:00 - 15:00 MEZ"),
                    ("Ort", "Werk 2, Gebäude 14"),
                ]
            ),
        ],
        label=ev(st, st + 60 * M, zone=BER),
        foot=foot,
    )
    st = at(2027, 2, 4, 13, 30, TYO, "Thu")
    yield f.card(
        "mensetsu_jst",
        "ja",
        "面接日程のご連絡（Kessler Werke Japan）",
        at(2027, 1, 26, 9, 0, TYO),
        "Japanese rows with JST.",
        "面接日程",
        [
            "Alex Morgan 様",
            "面接日程をご連絡いたします。",
            th_table([("面接日", "2027/02/04"), ("時間", "13:30 - 14:30 JST")]),
        ],
        label=ev(st, st + 60 * M, zone=TYO),
        foot=foot,
    )
    st = at(2027, 2, 5, 9, 0, SAO, "Fri")
    yield f.card(
        "entrevista_brasilia",
        "pt-BR",
        "Convite para entrevista – Kessler Werke",
        at(2027, 1, 27, 15, 0, SAO),
        "pt-BR rows with '(GMT-03:00) Brasília'.",
        "Convite para entrevista",
        [
            "Olá Alex,",
            "Gostaríamos de convidá-lo(a) para uma entrevista.",
            th_table([("Data", "05/02/2027"), ("Hora", "09:00 - 10:00 (GMT-03:00) Brasília")]),
        ],
        label=ev(st, st + 60 * M, zone=SAO),
        foot=foot,
    )
    st = at(2027, 2, 8, 10, 0, LON, "Mon")
    yield f.card(
        "interview_london",
        "en-GB",
        "Interview invitation – Kessler Werke UK",
        at(2027, 1, 29, 11, 0, LON),
        "dd/mm date, separate start and end rows.",
        "Interview invitation",
        [
            "Dear Alex,",
            "We would like to invite you to interview.",
            th_table(
                [
                    ("Interview Date", "08/02/2027"),
                    ("Start Time", "10:00"),
                    ("End Time", "11:00"),
                    ("Time Zone", "(GMT) London"),
                ]
            ),
        ],
        label=ev(st, st + 60 * M, zone=LON),
        foot=foot,
    )
    yield f.card(
        "online_test",
        "de",
        "Erinnerung: Online-Test bearbeiten",
        at(2027, 2, 1, 8, 0, BER),
        "Online test deadline.",
        "Bitte bis 10.02.2027 abschließen",
        [
            "Guten Tag Alex Morgan,",
            "bitte denken Sie an den Online-Test.",
            th_table([("Frist", "10.02.2027, 23:59 Uhr"), ("Dauer", "ca. 45 Minuten")]),
        ],
        foot=foot,
    )
    yield f.card(
        "status_changed",
        "en-GB",
        "Your application status has changed",
        at(2027, 1, 28, 8, 0, LON),
        "Status update with dates.",
        "Application update",
        [
            "Dear Alex,",
            "The status of your application has changed.",
            th_table(
                [
                    ("Submitted", "12/01/2027"),
                    ("Status", "In review"),
                    ("Last updated", "28/01/2027 08:00"),
                ]
            ),
        ],
        foot=foot,
    )


BUILDERS = [
    greenhouse21,
    workday21,
    personio21,
    teamtailor21,
    smartrec21,
    recruitee21,
    outlookfwd21,
    evpromo21,
    workable21,
    icims21,
    successf21,
]


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the html17 batch (`build_html17.py`)",
        "",
        "HTML-heavy mail from applicant-tracking, scheduling and marketing-style senders where "
        "the structure is the difficulty: time only in the HTML alternative (plain part 'view "
        "in browser'), <th> label cells, labels above values, date and time in separate rows "
        "or cells, nested tables, stacked mobile duplicates and dark-mode duplicates hidden "
        "with display:none/mso-hide, hidden preheaders carrying another date, Google/Outlook "
        "add-to-calendar links with UTC dates, schema.org JSON-LD, footers with office hours, "
        "unsubscribe blocks with dates, tracking pixels with timestamps, and Outlook desktop "
        "forwards that rewrite the table. The products named in the templates are "
        "proprietary: wording ours, layouts recalled from memory (no vendor text or template "
        "copied). People, companies, addresses and links are made up. html16, htmlats13, "
        "htmlrich12, htmltable and htmlonly were checked so that shapes do not repeat.",
        "",
        "Every label was written from the datetimes the text is rendered from, before the "
        "parser was run. Held-out families (chosen before any parse): workable21, icims21, "
        "successf21; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_html17.py` "
        "(deterministic; rewrites only these families' files).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [c for c in cases if c.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {SPLITS[name]}): {SOURCES[name]}")
    if FIRST_SIGHT:
        lines += ["", "## First sight, after, rules", ""]
        lines += FIRST_SIGHT
    lines += ["", "## Dev files", ""]
    lines += pp.file_rows(c for c in cases if c.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-html17.md", provenance(cases))
    neg = sum(1 for c in cases if c.label.get("kind") == NEG)
    print(f"{len(cases)} messages ({neg} negatives) in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
