"""Write the "htmlats13" batch: HTML notification mail from recruiting and scheduling vendors.

Run: .venv/bin/python tests/parsing/corpus/build_htmlats13.py

Twelve families of commercial recruiting and scheduling tools the corpus had not used:
Rippling Recruiting, Gem, Oracle Recruiting Cloud, Chili Piper, Comeet, Flatchr, UKG Pro
Recruiting and HiBob (dev); Dover, Kenjo, SavvyCal and VidCruiter (held out). These are
proprietary products: the wording is ours, the layout follows the shapes such mail has in
public help-centre screenshots and docs (recalled): MJML/table layouts with hidden preheaders,
multipart/alternative with a thin or misleading text part, the date in one cell and the time
range with a zone abbreviation in another, 'Add to Google Calendar' links with
dates=YYYYMMDDTHHMMSSZ/..., Outlook web links with startdt=, localized templates (de, fr, es,
pt-BR, nl, it, ja, pl), reschedules and cancellations; look-alikes from the same senders
(candidate self-scheduling links, assessment deadlines, status updates, onboarding tasks,
no-show follow-ups). Labels were written from the datetimes the text is rendered from,
before the parser was run. Deterministic; touches only its own families' files.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime as rfc_date
from pathlib import Path
from types import ModuleType
from urllib.parse import quote as urlquote

from babel.dates import format_datetime

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
pg7 = _load("build_parsegen7", "build_parsegen7.py")
at, Case, slot = pp.at, pp.Case, pg7.slot
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"
M = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "rippling": "dev",
    "gemats": "dev",
    "oraclerc": "dev",
    "chilipiper": "dev",
    "comeet": "dev",
    "flatchr": "dev",
    "ukgpro": "dev",
    "hibob": "dev",
    "dover": "heldout",
    "kenjo": "heldout",
    "savvycal": "heldout",
    "vidcruiter": "heldout",
    # second wave, split fixed before the parser was run on it
    "avature": "dev",
    "factorial": "dev",
    "keka": "dev",
    "doodle": "dev",
    "wttj": "dev",
    "reclaim": "dev",
    "talview": "heldout",
    "zcal": "heldout",
}
RECALLED = (
    "wording ours, layout after public help-center screenshots/docs (recalled; no vendor text "
    "copied)"
)
TEMPLATES = {
    "rippling": "Rippling Recruiting candidate emails (interview scheduled, rescheduled, "
    "cancelled, self-schedule, assessment); " + RECALLED,
    "gemats": "Gem candidate scheduling emails (confirmation, self-schedule link, "
    "reschedule; en, de); " + RECALLED,
    "oraclerc": "Oracle Recruiting Cloud interview notifications (es, pt-BR, ja, en); " + RECALLED,
    "chilipiper": "Chili Piper meeting confirmations, reschedules, cancellations, reminders; "
    + RECALLED,
    "comeet": "Comeet candidate emails (interview invitation, reschedule, scheduling link, "
    "status; en, it); " + RECALLED,
    "flatchr": "Flatchr candidate emails (invitation à un entretien, report, annulation, "
    "créneaux, test); " + RECALLED,
    "ukgpro": "UKG Pro Recruiting interview notifications (en-US, pl); " + RECALLED,
    "hibob": "HiBob Hiring candidate emails (nl, en-GB, de); " + RECALLED,
    "dover": "Dover candidate scheduling emails; " + RECALLED,
    "kenjo": "Kenjo recruiting emails (es, de); " + RECALLED,
    "savvycal": "SavvyCal booking confirmations, reschedules, cancellations (en, ja); " + RECALLED,
    "vidcruiter": "VidCruiter live and pre-recorded interview emails (en-CA, fr-CA); " + RECALLED,
    "avature": "Avature candidate portal notifications (fr, nl, en); " + RECALLED,
    "factorial": "Factorial ATS candidate emails (es, it, pt-BR); " + RECALLED,
    "keka": "Keka Hire interview emails (en-IN); " + RECALLED,
    "doodle": "Doodle booking pages and group polls (de, en); " + RECALLED,
    "wttj": "Welcome to the Jungle (Welcome Kit) candidate emails (fr); " + RECALLED,
    "reclaim": "Reclaim.ai scheduling-link bookings (en); " + RECALLED,
    "talview": "Talview interview and assessment emails; " + RECALLED,
    "zcal": "Zcal booking confirmations; " + RECALLED,
}
LICENSE = "written for this corpus (vendors' layouts recalled, no vendor text copied)"
SOURCES = {
    "rippling": "Rippling Recruiting: MJML card with the date in one cell and '1:00 PM – "
    "1:45 PM' / 'PST' in two more, a Google link; a reschedule with the old time struck "
    "through; a cancellation; 'Eastern Time - New York'; self-schedule and assessment "
    "look-alikes.",
    "gemats": "Gem: 'Tue, Feb 9, 2027' | '11:30am - 12:15pm' | 'GMT' cells, a German "
    "confirmation with MEZ, a German move, '(GMT-05:00) Eastern Time (US & Canada)' with an "
    "Outlook startdt link; self-schedule and 'grab time' look-alikes.",
    "oraclerc": "Oracle Recruiting Cloud: es with separate start/end cells and the IANA zone, "
    "pt-BR 'horário de Brasília', ja '(火) 15:00～16:00 (JST)' and a cancellation, en with a "
    "Windows zone name; self-schedule (es) and status (pt-BR) look-alikes.",
    "chilipiper": "Chili Piper: confirmation with IANA zone and '30 min', a reschedule whose "
    "preheader names the old time, a cancellation, an hour-before reminder; booking-link and "
    "no-show look-alikes.",
    "comeet": "Comeet: en 'Israel Time', it 'ora italiana', an Italian move, self-schedule "
    "(en) and a status mail naming a past interview (it).",
    "flatchr": "Flatchr: French invitations without a zone ('14h30 - 15h15'), a report with "
    "'Nouvelle date'/'Ancienne date', a cancellation, 'heure de Paris' with a Google link; "
    "créneaux and test-deadline look-alikes.",
    "ukgpro": "UKG Pro: Start/End Time rows with '(UTC-05:00) Eastern Time (US & Canada)', a "
    "Mountain Time reschedule, a cancellation, Polish 'czasu polskiego'; onboarding and "
    "slot-choice look-alikes.",
    "hibob": "HiBob: nl with 'Tijdzone: Europe/Amsterdam', en-GB 'GMT', a German move; "
    "availability task and status look-alikes.",
    "dover": "Dover (held out).",
    "kenjo": "Kenjo (held out).",
    "savvycal": "SavvyCal (held out).",
    "vidcruiter": "VidCruiter (held out).",
    "avature": "Avature: a French portal mail whose text part still carries the first slot "
    "while the HTML shows the move; start and end in separate rows under a zone header "
    "(nl); time only in the Google link beside a date cell (en); an info session for all "
    "applicants with its own calendar link.",
    "factorial": "Factorial: es '16:30 h' with 'hora de Madrid', it '14.30-15.15' dotted, "
    "pt-BR '14h às 15h' moved; a self-scheduling mail with a suggested slot.",
    "keka": "Keka Hire: '04-Mar-2027 at 02:30 PM (IST)', 'Round 2' over a completed round 1, "
    "a reschedule and an assessment link with a Google calendar deadline link.",
    "doodle": "Doodle: booked 1:1 pages (de, en) with the zone in a separate line; group-poll "
    "look-alikes (new participant, poll closed without a final date).",
    "wttj": "Welcome to the Jungle: '14h - 14h45', 'à 10 heures', a cancellation; an "
    "employer event for the community.",
    "reclaim": "Reclaim.ai: booking confirmations with a UTC-only Outlook link and local time "
    "in the body, a tomorrow reminder; an availability-link look-alike.",
    "talview": "Talview (held out).",
    "zcal": "Zcal (held out).",
}


def loc(value: datetime, pattern: str, locale: str) -> str:
    return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=locale)


def zulu(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gcal(title: str, start: datetime, end: datetime) -> str:
    return (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        f"&amp;text={urlquote(title)}&amp;dates={zulu(start)}/{zulu(end)}"
    )


def owa(title: str, start: datetime, end: datetime) -> str:
    s = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    e = end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        "https://outlook.office.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction"
        f"%2Fcompose&amp;rru=addevent&amp;subject={urlquote(title)}&amp;startdt={s}&amp;enddt={e}"
    )


def h12(value: datetime, lower: bool = False, space: bool = True) -> str:
    text = value.strftime("%I:%M %p").lstrip("0")
    if not space:
        text = text.replace(" ", "")
    return text.lower() if lower else text


def en_date(value: datetime) -> str:
    return loc(value, "EEEE, MMMM d, y", "en_US")


# --------------------------------------------------------------------------------------
# MIME


def _part(body: str, subtype: str, enc: str) -> MIMEText:
    if body.isascii() and enc == "7bit":
        return MIMEText(body, subtype, "us-ascii")
    charset = Charset("utf-8")
    charset.body_encoding = BASE64 if enc == "b64" else QP
    return MIMEText(body, subtype, charset)


def mk(
    key: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    html: str,
    text: str | None,
    enc: str = "qp",
) -> bytes:
    message: Message
    if text is not None:
        message = MIMEMultipart("alternative", boundary=f"----=_Part_{pp.digest(key, 'b')[:20]}")
        message.attach(_part(text, "plain", "7bit" if enc == "qp" else enc))
        message.attach(_part(html, "html", enc))
    else:
        message = _part(html, "html", enc)
    existing = list(message.items())
    for name in list(message.keys()):
        del message[name]
    message["Date"] = rfc_date(sent)
    name, addr = sender
    message["From"] = pp._addr(sender)
    message["Reply-To"] = pp._addr((name, addr.replace("no-reply", "replies")))
    message["To"] = pp._addr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}.{sent:%Y%m%d%H%M}@{addr.split('@')[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------
# MJML-style layout


def mj(pre: str, blocks: list[str], brand: str, color: str = "#1f2937", lang: str = "en") -> str:
    """An MJML render: hidden preheader, mso conditionals, one column of text blocks."""
    cells = "".join(
        '<tr><td align="left" style="font-size:0px;padding:10px 25px;word-break:break-word;">'
        '<div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;'
        f'line-height:1.6;text-align:left;color:#111827;">{b}</div></td></tr>\n'
        for b in blocks
    )
    return (
        f'<!doctype html>\n<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<head><title></title><meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<style type="text/css">#outlook a { padding:0; } body { margin:0;padding:0; } '
        "@media only screen and (min-width:480px) { .mj-column-per-100 { width:100% "
        "!important; max-width: 100%; } }</style><!--[if mso]><noscript><xml>"
        "<o:OfficeDocumentSettings>"
        "<o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript>"
        "<![endif]--></head>\n"
        '<body style="word-spacing:normal;background-color:#f3f4f6;">'
        '<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;'
        f'max-width:0px;opacity:0;overflow:hidden;">{pre}&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;'
        "&#847;&zwnj;&nbsp;</div>\n"
        '<div style="background-color:#f3f4f6;"><!--[if mso | IE]><table align="center" '
        'border="0" cellpadding="0" cellspacing="0" style="width:600px;" width="600" ><tr>'
        '<td style="line-height:0px;font-size:0px;mso-line-height-rule:exactly;"><![endif]-->'
        '<div style="margin:0px auto;max-width:600px;"><table align="center" border="0" '
        'cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tbody><tr>'
        f'<td style="background:{color};padding:18px 25px;color:#ffffff;font-family:Inter,'
        f'Helvetica,Arial,sans-serif;font-size:18px;font-weight:600;">{brand}</td></tr>'
        '<tr><td style="direction:ltr;font-size:0px;padding:20px 0;text-align:center;'
        'background:#ffffff;"><div class="mj-column-per-100 mj-outlook-group-fix" '
        'style="font-size:0px;text-align:left;direction:ltr;display:inline-block;'
        'vertical-align:top;width:100%;"><table border="0" cellpadding="0" cellspacing="0" '
        f'role="presentation" style="vertical-align:top;" width="100%"><tbody>\n{cells}'
        "</tbody></table></div></td></tr></tbody></table></div>"
        "<!--[if mso | IE]></td></tr></table><![endif]--></div></body></html>\n"
    )


def grid(rows: list[list[str]], head: str = "") -> str:
    """A details table: a label cell then one or more value cells per row."""
    out = []
    for row in rows:
        label, *values = row
        cells = "".join(
            f'<td style="padding:4px 8px 4px 0;font-weight:600;white-space:nowrap">{v}</td>'
            for v in values
        )
        out.append(
            f'<tr><td style="padding:4px 16px 4px 0;color:#6b7280;width:120px">{label}</td>'
            f"{cells}</tr>"
        )
    caption = f'<p style="margin:0 0 8px;font-weight:700">{head}</p>' if head else ""
    return (
        f'{caption}<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;font-size:14px">{"".join(out)}</table>'
    )


def button(label: str, href: str, color: str = "#4f46e5") -> str:
    return (
        '<table border="0" cellpadding="0" cellspacing="0" role="presentation" '
        'style="border-collapse:separate;line-height:100%;"><tr><td align="center" '
        f'bgcolor="{color}" role="presentation" style="border:none;border-radius:6px;'
        f'cursor:auto;padding:10px 22px;background:{color};" valign="middle"><a href="{href}" '
        'style="display:inline-block;background:transparent;color:#ffffff;font-size:14px;'
        f'font-weight:600;text-decoration:none;" target="_blank">{label}</a></td></tr></table>'
    )


def thin(url: str, lang: str = "en") -> str:
    words = {
        "en": "This email is best viewed in an HTML-capable client. View it in your browser:",
        "de": "Diese E-Mail wird am besten als HTML angezeigt. Im Browser öffnen:",
        "fr": "Cet e-mail s'affiche mieux en HTML. Le consulter dans votre navigateur :",
        "es": "Este correo se ve mejor en HTML. Ábrelo en tu navegador:",
        "pt": "Este e-mail é melhor visualizado em HTML. Abra no navegador:",
        "nl": "Deze e-mail wordt het best weergegeven in HTML. Bekijk hem in je browser:",
        "it": "Questa email si visualizza meglio in HTML. Aprila nel browser:",
        "ja": "このメールはHTML形式でご覧ください。ブラウザで表示:",
        "pl": "Ta wiadomość wyświetla się najlepiej w formacie HTML. Otwórz w przeglądarce:",
    }
    return f"{words[lang]}\n{url}\n"


class Fam:
    def __init__(self, family: str, sender: tuple[str, str], brand: str, color: str) -> None:
        self.family = family
        self.sender = sender
        self.brand = brand
        self.color = color

    def __call__(
        self,
        name: str,
        lang: str,
        subject: str,
        sent: datetime,
        note: str,
        pre: str,
        blocks: list[str],
        *,
        text: str | None = "",
        label: dict[str, object] | None = None,
        enc: str = "qp",
        sender: tuple[str, str] | None = None,
    ) -> Case:
        who = sender or self.sender
        html = mj(pre, blocks, self.brand, self.color, lang.split("-")[0])
        if text == "":
            text = thin(
                f"https://{self.family}.example/m/{pp.digest(self.family, name)[:12]}",
                lang.split("-")[0],
            )
        raw = mk(f"htmlats13/{self.family}/{name}", who, subject, sent, html, text, enc)
        lab = dict(label or {"kind": NEG})
        lab["organizer_email"] = who[1]
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


def ev(
    start: datetime,
    end: datetime | None = None,
    kind: str = "invitation",
    zone: str | None = None,
    naive: datetime | None = None,
) -> dict[str, object]:
    return slot(start, end, kind=kind, zone=zone, sent=naive)


# --------------------------------------------------------------------------------------
# dev families


def rippling() -> Iterator[Case]:
    f = Fam(
        "rippling",
        ("Harborline Labs Recruiting", "no-reply@rippling-mail.example"),
        "Harborline Labs",
        "#502d3c",
    )
    la, ny, chi = "America/Los_Angeles", "America/New_York", "America/Chicago"
    st = at(2027, 1, 14, 13, 0, la, "Thu")
    en = st + 45 * M
    yield f(
        "scheduled_pst_cells",
        "en-US",
        "Interview scheduled: Product Designer at Harborline Labs",
        at(2027, 1, 6, 9, 12, la),
        "Rippling-style MJML card: the date in one cell, '1:00 PM – 1:45 PM' in the next and "
        "'PST' in a third; thin text part; Google link in UTC.",
        "Your interview with Harborline Labs is confirmed",
        [
            "Hi Alex,",
            "Thanks for your interest in the <b>Product Designer</b> role. Your video interview "
            "with Priya Raman (Design Lead) has been scheduled.",
            grid(
                [
                    ["Date", en_date(st)],
                    ["Time", f"{h12(st)} &ndash; {h12(en)}", "PST"],
                    [
                        "Location",
                        "<a href='https://meet.google.example/hzq-rmwe-tka'>Google Meet</a>",
                    ],
                ]
            ),
            button("Add to Google Calendar", gcal("Interview – Harborline Labs", st, en)),
            "If you need to make changes, reply to this email.<br>The Harborline Labs team",
        ],
        label=ev(st, en),
    )
    old = at(2027, 1, 19, 10, 0, ny, "Tue")
    st = at(2027, 1, 21, 15, 30, ny, "Thu")
    en = st + 60 * M
    yield f(
        "rescheduled_struck_est",
        "en-US",
        "Updated: your interview with Harborline Labs",
        at(2027, 1, 15, 14, 40, ny),
        "Rescheduled: the old time struck through (<s>) above the new one; 'EST' in its own cell.",
        "Your interview has been moved to Thursday",
        [
            "Hi Alex,",
            "Your onsite interview for <b>Senior Data Engineer</b> has been rescheduled.",
            grid(
                [
                    [
                        "Previously",
                        f"<s>{en_date(old)}</s>",
                        f"<s>{h12(old)} &ndash; {h12(old + 60 * M)}</s>",
                        "<s>EST</s>",
                    ],
                    ["New time", en_date(st), f"{h12(st)} &ndash; {h12(en)}", "EST"],
                    ["Where", "Harborline Labs, 80 Pier Ave, 5th floor, Brooklyn"],
                ]
            ),
            button("Add to calendar", gcal("Onsite – Harborline Labs", st, en)),
        ],
        label=ev(st, en, kind="reschedule"),
    )
    st = at(2027, 2, 1, 9, 30, chi, "Mon")
    yield f(
        "canceled_cst",
        "en-US",
        "Canceled: Interview with Harborline Labs",
        at(2027, 1, 27, 16, 3, chi),
        "Cancellation naming the slot in one sentence: 'Monday, February 1, 2027 at 9:30 AM CST'.",
        "Your interview has been canceled",
        [
            "Hi Alex,",
            f"Your phone screen scheduled for <b>{en_date(st)} at {h12(st)} CST</b> has been "
            "canceled. The recruiting team will follow up with next steps.",
            "Sorry for any inconvenience.<br>Harborline Labs Recruiting",
        ],
        label=ev(st, kind="cancellation"),
    )
    st = at(2027, 1, 22, 10, 0, ny, "Fri")
    en = st + 60 * M
    yield f(
        "scheduled_google_longzone",
        "en-US",
        "You're scheduled: Team interview (Harborline Labs)",
        at(2027, 1, 12, 11, 20, ny),
        "Date and range in one line with Google's long zone name 'Eastern Time - New York'; a "
        "text part that only says there is a new message in the portal.",
        "Friday, Jan 22 – team interview",
        [
            "Hi Alex,",
            f"<b>{loc(st, 'EEEE, MMMM d', 'en_US')}</b> &middot; {h12(st).replace(' AM', '')} "
            f"&ndash; {h12(en)}<br><span style='color:#6b7280'>(Eastern Time - New York)</span>",
            "You'll meet three members of the platform team back to back.",
            button("View details", "https://harborline.rippling-ats.example/candidate/i/8821"),
        ],
        text="You have a new message from Harborline Labs.\nLog in to your candidate portal "
        "to read it: https://harborline.rippling-ats.example/candidate\n",
        label=ev(st, en, zone=ny),
    )
    yield f(
        "selfschedule_slots",
        "en-US",
        "Pick a time for your interview with Harborline Labs",
        at(2027, 1, 7, 10, 2, la),
        "Self-scheduling link: available slots in cells (Tue–Thu) and a 'Choose a time' "
        "button; nothing is booked.",
        "Choose a time that works for you",
        [
            "Hi Alex,",
            "We'd love to set up a 30-minute call for the <b>Product Designer</b> role. Pick one "
            "of the open times below (all times PST):",
            grid(
                [
                    ["Tue, Jan 12", "10:00 AM", "11:30 AM", "2:00 PM"],
                    ["Wed, Jan 13", "9:00 AM", "1:30 PM"],
                    ["Thu, Jan 14", "3:00 PM"],
                ]
            ),
            button("Choose a time", "https://harborline.rippling-ats.example/schedule/q7Ktz"),
        ],
    )
    yield f(
        "assessment_deadline",
        "en-US",
        "Action needed: complete your skills assessment",
        at(2027, 1, 11, 8, 45, ny),
        "Assessment deadline 'by January 20, 2027 at 11:59 PM ET'; 90-minute timed test.",
        "Your assessment link expires on January 20",
        [
            "Hi Alex,",
            "As the next step for <b>Senior Data Engineer</b>, please complete the online SQL "
            "assessment. It takes about 90 minutes once started.",
            grid([["Due", "January 20, 2027", "11:59 PM ET"], ["Format", "Online, timed"]]),
            button("Start assessment", "https://assess.harborline.example/t/5b1f"),
        ],
    )
    yield f(
        "offer_sign_by",
        "en-US",
        "Your offer from Harborline Labs",
        at(2027, 1, 29, 12, 0, la),
        "Offer letter to sign 'by Friday, February 5, 2027 at 5:00 PM PST'; a start date.",
        "Review and sign your offer",
        [
            "Hi Alex,",
            "Congratulations! Your offer for <b>Product Designer</b> is ready. Please review "
            "and sign it by <b>Friday, February 5, 2027 at 5:00 PM PST</b>.",
            grid(
                [["Start date", "Monday, March 1, 2027"], ["Sign by", "Feb 5, 2027", "5:00 PM PST"]]
            ),
            button("Review offer", "https://harborline.rippling-ats.example/offer/7"),
        ],
    )


def gemats() -> Iterator[Case]:
    f = Fam(
        "gemats",
        ("Fenwick Robotics", "scheduling@gem-notify.example"),
        "Fenwick Robotics",
        "#0f766e",
    )
    lon, ber, ny = "Europe/London", "Europe/Berlin", "America/New_York"
    st = at(2027, 2, 9, 11, 30, lon, "Tue")
    en = st + 45 * M
    yield f(
        "confirmed_gmt_cells",
        "en-GB",
        "Interview confirmed – Fenwick Robotics",
        at(2027, 2, 2, 15, 10, lon),
        "Three cells 'Tue, Feb 9, 2027' | '11:30am - 12:15pm' | 'GMT'; base64 HTML; thin text.",
        "You're all set for Tuesday",
        [
            "Hi Alex,",
            "Your interview for <b>Controls Engineer</b> is confirmed. Details below.",
            grid(
                [
                    [
                        "When",
                        loc(st, "EEE, MMM d, y", "en_US"),
                        f"{h12(st, True, False)} - {h12(en, True, False)}",
                        "GMT",
                    ],
                    ["With", "Oliver Grant, Hannah Ito"],
                    ["Video", "<a href='https://zoom.example/j/8123349001'>Zoom link</a>"],
                ]
            ),
            button("Add to Google Calendar", gcal("Fenwick Robotics interview", st, en)),
        ],
        enc="b64",
        label=ev(st, en),
    )
    st = at(2027, 2, 10, 14, 0, ber, "Wed")
    en = st + 60 * M
    yield f(
        "bestaetigt_mez",
        "de",
        "Ihr Interview bei Fenwick Robotics ist bestätigt",
        at(2027, 2, 3, 9, 30, ber),
        "German confirmation: 'Mittwoch, 10. Februar 2027' and '14:00–15:00 Uhr' in separate "
        "cells, 'MEZ' in a third.",
        "Termin bestätigt: Mittwoch, 10. Februar",
        [
            "Hallo Alex,",
            "vielen Dank für Ihre Zeit. Ihr Gespräch für die Position <b>Embedded Software "
            "Engineer</b> ist bestätigt:",
            grid(
                [
                    ["Datum", loc(st, "EEEE, d. MMMM y", "de")],
                    ["Uhrzeit", "14:00–15:00 Uhr", "MEZ"],
                    ["Ort", "Microsoft Teams (Link folgt in der Kalendereinladung)"],
                ]
            ),
            "Viele Grüße<br>Ihr Fenwick-Recruiting-Team",
        ],
        label=ev(st, en),
    )
    old = at(2027, 2, 10, 14, 0, ber, "Wed")
    st = at(2027, 2, 12, 9, 0, ber, "Fri")
    en = st + 60 * M
    yield f(
        "verschoben_neu_alt",
        "de",
        "Terminänderung: Ihr Interview bei Fenwick Robotics",
        at(2027, 2, 8, 17, 5, ber),
        "German move: 'Neuer Termin' row above 'Bisheriger Termin'; the preheader repeats the "
        "old date.",
        f"Ihr Termin am {loc(old, 'd. MMMM', 'de')} wurde verschoben",
        [
            "Hallo Alex,",
            "wir mussten Ihr Gespräch leider verschieben. Bitte beachten Sie den neuen Termin:",
            grid(
                [
                    ["Neuer Termin", loc(st, "EEEE, d. MMMM y", "de"), "09:00–10:00 Uhr (MEZ)"],
                    [
                        "Bisheriger Termin",
                        f"<span style='color:#9ca3af'>"
                        f"{loc(old, 'EEEE, d. MMMM y', 'de')}, 14:00–15:00 Uhr</span>",
                    ],
                ]
            ),
            "Falls der neue Termin nicht passt, antworten Sie einfach auf diese E-Mail.",
        ],
        label=ev(st, en, kind="reschedule"),
    )
    st = at(2027, 2, 11, 13, 0, ny, "Thu")
    en = st + 30 * M
    yield f(
        "confirmed_rails_zone_owa",
        "en-US",
        "Confirmed: Recruiter screen with Fenwick Robotics",
        at(2027, 2, 4, 12, 0, ny),
        "Date without a year 'Thursday, February 11', '1:00 PM – 1:30 PM' and '(GMT-05:00) "
        "Eastern Time (US & Canada)' in separate cells; Outlook startdt link.",
        "Thursday, February 11 at 1:00 PM",
        [
            "Hi Alex,",
            "Looking forward to speaking with you! Here are the details of your recruiter screen:",
            grid(
                [
                    ["Date", loc(st, "EEEE, MMMM d", "en_US")],
                    ["Time", f"{h12(st)} – {h12(en)}"],
                    ["Time zone", "(GMT-05:00) Eastern Time (US &amp; Canada)"],
                ]
            ),
            button("Add to Outlook", owa("Recruiter screen – Fenwick", st, en), "#0078d4"),
        ],
        label=ev(st, en, zone=ny),
    )
    yield f(
        "selfschedule_link",
        "en-US",
        "Schedule your onsite with Fenwick Robotics",
        at(2027, 2, 5, 10, 15, ny),
        "Self-scheduling link: 'availability shown in Eastern Time', the earliest open day and "
        "a deadline to pick; nothing booked.",
        "Pick a time by Wednesday",
        [
            "Hi Alex,",
            "Great news – the team would like to meet you onsite. Use the link below to choose "
            "a 3-hour block. Availability is shown in Eastern Time; the earliest open day is "
            "Tuesday, February 16.",
            button("Choose your time", "https://gem.example/s/fenwick/ab12cd"),
            "Please pick a time by Wednesday, February 10 at 5:00 PM so we can hold the room.",
        ],
    )
    yield f(
        "grabtime_outreach",
        "en-US",
        "Quick chat about Controls roles at Fenwick?",
        at(2027, 1, 26, 8, 5, ny),
        "Sourcing sequence mail: 'grab 20 minutes on my calendar', office hours 'Thursdays "
        "2-4pm ET'; no slot.",
        "Open to a 20-minute chat?",
        [
            "Hi Alex,",
            "I lead recruiting for our controls team and your work on motion planning caught "
            "my eye. Would you be open to a short intro call? I keep open office hours on "
            "Thursdays 2-4pm ET, or you can grab any 20 minutes that suit you here:",
            button("Grab time", "https://gem.example/c/marisol-fenwick"),
            "Marisol Vega · Technical Recruiter, Fenwick Robotics",
        ],
        text="Hi Alex,\n\nI lead recruiting for our controls team. Would you be open to a "
        "short intro call? Grab 20 minutes here: https://gem.example/c/marisol-fenwick\n\n"
        "Marisol\n",
    )
    yield f(
        "terminwahl",
        "de",
        "Bitte wählen Sie einen Termin – Fenwick Robotics",
        at(2027, 2, 1, 10, 0, ber),
        "German self-scheduling: three open times in cells; nothing booked.",
        "Termin auswählen",
        [
            "Hallo Alex,",
            "bitte wählen Sie einen der folgenden Termine für Ihr Gespräch aus (Zeiten in MEZ):",
            grid([["Di., 9. Feb.", "10:00", "15:00"], ["Mi., 10. Feb.", "14:00"]]),
            button("Termin wählen", "https://gem.example/s/fenwick/de77"),
        ],
    )


def oraclerc() -> Iterator[Case]:
    f = Fam(
        "oraclerc",
        ("Grupo Alcaraz Talento", "noreply@fa-oraclecloud-mail.example"),
        "Grupo Alcaraz",
        "#c74634",
    )
    mad, sao, tyo, ny = "Europe/Madrid", "America/Sao_Paulo", "Asia/Tokyo", "America/New_York"
    st = at(2027, 1, 19, 10, 0, mad, "Tue")
    en = st + 60 * M
    yield f(
        "confirmacion_iana",
        "es",
        "Confirmación de entrevista: Analista Financiero",
        at(2027, 1, 11, 13, 22, mad),
        "Oracle-style table: 'martes, 19 de enero de 2027', 'Hora de inicio 10:00', 'Hora de "
        "finalización 11:00' and 'Zona horaria Europe/Madrid' on separate rows.",
        "Detalles de su entrevista",
        [
            "Estimado/a Alex Morgan:",
            "Le confirmamos su entrevista para el puesto <b>Analista Financiero (REQ-20931)</b>.",
            grid(
                [
                    ["Fecha", loc(st, "EEEE, d 'de' MMMM 'de' y", "es")],
                    ["Hora de inicio", "10:00"],
                    ["Hora de finalización", "11:00"],
                    ["Zona horaria", "Europe/Madrid"],
                    ["Lugar", "Paseo de la Castellana 210, planta 7, Madrid"],
                ]
            ),
            "Atentamente,<br>Equipo de Selección – Grupo Alcaraz",
        ],
        label=ev(st, en, zone=mad),
    )
    st = at(2027, 1, 21, 14, 0, sao, "Thu")
    en = st + 60 * M
    yield f(
        "convite_brasilia",
        "pt-BR",
        "Convite para entrevista – Grupo Alcaraz",
        at(2027, 1, 14, 16, 40, sao),
        "pt-BR: 'quinta-feira, 21 de janeiro de 2027' in one cell, '14:00 às 15:00' and "
        "'(horário de Brasília)' in the next two.",
        "Sua entrevista está agendada",
        [
            "Olá, Alex!",
            "Sua entrevista para a vaga <b>Analista de Dados Pleno</b> foi agendada.",
            grid(
                [
                    ["Data", loc(st, "EEEE, d 'de' MMMM 'de' y", "pt_BR")],
                    ["Horário", "14:00 às 15:00", "(horário de Brasília)"],
                    ["Local", "Microsoft Teams"],
                ]
            ),
            "Atenciosamente,<br>Equipe de Recrutamento",
        ],
        enc="b64",
        label=ev(st, en, zone=sao),
    )
    st = at(2027, 1, 26, 15, 0, tyo, "Tue")
    en = st + 60 * M
    yield f(
        "mensetsu_jst",
        "ja",
        "【Grupo Alcaraz】面接日程のご案内",
        at(2027, 1, 18, 10, 5, tyo),
        "Japanese: '日時' row '2027年1月26日(火)' and '15:00～16:00 (JST)' in separate cells.",
        "一次面接の日程が確定しました",
        [
            "Alex Morgan 様",
            "この度は弊社求人にご応募いただき、誠にありがとうございます。一次面接の日程が確定しましたので、ご案内いたします。",
            grid(
                [
                    ["日時", "2027年1月26日(火)", "15:00～16:00 (JST)"],
                    ["形式", "オンライン (Zoom)"],
                    ["面接官", "人事部 佐藤"],
                ]
            ),
            "ご不明な点がございましたら、本メールにご返信ください。",
        ],
        label=ev(st, en, zone=tyo),
    )
    st = at(2027, 1, 28, 11, 0, tyo, "Thu")
    yield f(
        "torikeshi_jst",
        "ja",
        "【Grupo Alcaraz】面接キャンセルのお知らせ",
        at(2027, 1, 25, 18, 30, tyo),
        "Japanese cancellation: '2027年1月28日(木) 11:00～' (no end) is cancelled.",
        "面接日程のキャンセルについて",
        [
            "Alex Morgan 様",
            "誠に恐れ入りますが、下記の二次面接は面接官の都合によりキャンセルとなりました。",
            grid([["日時", "2027年1月28日(木) 11:00～ (JST)"], ["形式", "本社 (東京都港区)"]]),
            "改めて日程調整のご連絡を差し上げます。",
        ],
        label=ev(st, kind="cancellation", zone=tyo),
    )
    st = at(2027, 2, 2, 9, 0, ny, "Tue")
    en = st + 30 * M
    yield f(
        "scheduled_windows_zone",
        "en-US",
        "Interview Scheduled: Treasury Associate",
        at(2027, 1, 27, 15, 12, ny),
        "English: 'Tuesday, February 2, 2027' / '9:00 AM - 9:30 AM' and the Windows display "
        "name '(UTC-05:00) Eastern Time (US & Canada)'; Outlook startdt link; thin text part.",
        "Interview details inside",
        [
            "Dear Alex Morgan,",
            "Your interview for <b>Treasury Associate</b> has been scheduled.",
            grid(
                [
                    ["Date", en_date(st)],
                    ["Time", f"{h12(st)} - {h12(en)}"],
                    ["Time Zone", "(UTC-05:00) Eastern Time (US &amp; Canada)"],
                    ["Interviewers", "R. Delgado; K. Osei"],
                ]
            ),
            button(
                "Add to Outlook calendar", owa("Interview – Treasury Associate", st, en), "#c74634"
            ),
        ],
        label=ev(st, en, zone=ny),
    )
    yield f(
        "programe_enlace",
        "es",
        "Programe su entrevista – Grupo Alcaraz",
        at(2027, 1, 12, 9, 0, mad),
        "Self-schedule: 'seleccione un horario' with a deadline 'hasta el 22 de enero a las "
        "23:59'; nothing booked.",
        "Elija el horario de su entrevista",
        [
            "Estimado/a Alex Morgan:",
            "Nos gustaría conocerle. Seleccione el horario que mejor le convenga para su "
            "entrevista mediante el siguiente enlace. Los horarios disponibles estarán abiertos "
            "hasta el 22 de enero a las 23:59 (hora de Madrid).",
            button(
                "Seleccionar horario", "https://fa-oraclecloud.example/hcmUI/sched/71ab", "#c74634"
            ),
        ],
    )
    yield f(
        "status_etapa",
        "pt-BR",
        "Atualização da sua candidatura",
        at(2027, 1, 13, 11, 15, sao),
        "Status update: the application moved to the interview stage; 'entraremos em contato "
        "até 20/01'; no slot.",
        "Sua candidatura avançou",
        [
            "Olá, Alex!",
            "Boas notícias: sua candidatura para <b>Analista de Dados Pleno</b> avançou para a "
            "etapa de entrevistas. Nossa equipe entrará em contato até 20/01 para combinar o "
            "melhor horário.",
            "Atenciosamente,<br>Equipe de Recrutamento",
        ],
    )
    yield f(
        "tekisei_kigen",
        "ja",
        "【Grupo Alcaraz】Web適性検査受検のお願い",
        at(2027, 1, 20, 9, 30, tyo),
        "Japanese aptitude-test deadline '2027年1月29日(金) 23:59まで'.",
        "受検期限は1月29日です",
        [
            "Alex Morgan 様",
            "選考の一環として、Web適性検査の受検をお願いいたします。",
            grid([["受検期限", "2027年1月29日(金) 23:59まで"], ["所要時間", "約60分"]]),
            button("受検する", "https://assess.example/ga/ja/31"),
        ],
    )


def chilipiper() -> Iterator[Case]:
    f = Fam(
        "chilipiper",
        ("Quillfeather Hiring", "notifications@chilipiper-mail.example"),
        "Quillfeather",
        "#ff5a5f",
    )
    chi, den = "America/Chicago", "America/Denver"
    st = at(2027, 1, 13, 10, 30, chi, "Wed")
    en = st + 30 * M
    yield f(
        "confirmed_iana_30min",
        "en-US",
        "Confirmed: Intro call with Quillfeather",
        at(2027, 1, 8, 15, 47, chi),
        "Booking confirmation: date cell, '10:30 AM' cell, 'America/Chicago' cell and "
        "'Duration 30 min'.",
        "Your meeting is confirmed",
        [
            "Hi Alex,",
            "Your intro call with <b>Dana Whitfield</b> (Talent Partner) is booked.",
            grid(
                [
                    ["Date", en_date(st)],
                    ["Start", h12(st), "America/Chicago"],
                    ["Duration", "30 min"],
                    ["Join", "<a href='https://zoom.example/j/55512'>zoom.example/j/55512</a>"],
                ]
            ),
            button("Reschedule", "https://quill.chilipiper.example/r/8c1"),
        ],
        label=ev(st, en, zone=chi),
    )
    old = at(2027, 1, 18, 11, 0, chi, "Mon")
    st = at(2027, 1, 20, 16, 0, chi, "Wed")
    en = st + 45 * M
    yield f(
        "rescheduled_preheader_old",
        "en-US",
        "Rescheduled: Hiring manager interview",
        at(2027, 1, 15, 9, 2, chi),
        "Reschedule whose hidden preheader still names the old slot (Mon 11:00 AM); the body "
        "gives the new one as 'Wed, Jan 20, 2027' / '4:00 PM – 4:45 PM CST'.",
        f"Was {loc(old, 'EEE, MMM d', 'en_US')} at {h12(old)}",
        [
            "Hi Alex,",
            "Your hiring manager interview has been <b>rescheduled</b> to the time below.",
            grid(
                [
                    ["New date", loc(st, "EEE, MMM d, y", "en_US")],
                    ["Time", f"{h12(st)} – {h12(en)} CST"],
                ]
            ),
            button("Add to Google Calendar", gcal("Hiring manager interview", st, en)),
        ],
        label=ev(st, en, kind="reschedule"),
    )
    st = at(2027, 1, 25, 13, 0, den, "Mon")
    yield f(
        "canceled_mst",
        "en-US",
        "Canceled: Technical interview with Quillfeather",
        at(2027, 1, 21, 10, 30, den),
        "Cancellation with the slot in cells: 'Mon, Jan 25, 2027' / '1:00 PM MST'.",
        "This meeting was canceled",
        [
            "Hi Alex,",
            "The following meeting was canceled by the host.",
            grid(
                [
                    ["Meeting", "Technical interview"],
                    ["Date", loc(st, "EEE, MMM d, y", "en_US")],
                    ["Time", "1:00 PM MST"],
                ]
            ),
            "Book a new time: <a href='https://quill.chilipiper.example/b/tech'>Book</a>",
        ],
        label=ev(st, kind="cancellation"),
    )
    st = at(2027, 1, 27, 14, 0, chi, "Wed")
    en = st + 60 * M
    yield f(
        "reminder_onehour",
        "en-US",
        "Reminder: Panel interview starts in 1 hour",
        at(2027, 1, 27, 13, 0, chi),
        "Hour-before reminder of the reader's own interview: 'Today' plus the full date and "
        "'2:00 PM - 3:00 PM (Central Time - Chicago)'.",
        "Starts at 2:00 PM",
        [
            "Hi Alex,",
            "Just a reminder that your panel interview starts soon.",
            grid(
                [
                    ["When", f"Today, {loc(st, 'MMMM d, y', 'en_US')}"],
                    ["Time", f"{h12(st)} - {h12(en)}", "(Central Time - Chicago)"],
                ]
            ),
        ],
        text=f"Reminder: Panel interview today at {h12(st)}.\n",
        label=ev(st, en, zone=chi),
    )
    yield f(
        "booking_link_slots",
        "en-US",
        "Book time with Quillfeather",
        at(2027, 1, 11, 12, 5, chi),
        "Booking link after a form: buttons for open times today and tomorrow; nothing booked.",
        "Pick a time to talk",
        [
            "Hi Alex,",
            "Thanks for applying! Pick a time below to talk with our team (times in CST).",
            grid(
                [
                    ["Tue, Jan 12", "9:00 AM", "9:30 AM", "1:00 PM"],
                    ["Wed, Jan 13", "10:00 AM", "3:30 PM"],
                ]
            ),
            button("See more times", "https://quill.chilipiper.example/b/intro"),
        ],
    )
    yield f(
        "noshow_followup",
        "en-US",
        "We missed you today",
        at(2027, 1, 13, 11, 20, chi),
        "No-show follow-up after a call 'today at 10:30 AM'; asks to rebook; no new slot.",
        "Let's find another time",
        [
            "Hi Alex,",
            "It looks like we missed each other for our call today at 10:30 AM. No worries – "
            "use the link below to pick another time.",
            button("Rebook", "https://quill.chilipiper.example/b/intro"),
        ],
    )


def comeet() -> Iterator[Case]:
    f = Fam(
        "comeet",
        ("Nivra Systems Careers", "no-reply@comeet-mail.example"),
        "Nivra Systems",
        "#2e3a59",
    )
    tlv, rom = "Asia/Jerusalem", "Europe/Rome"
    st = at(2027, 2, 8, 16, 0, tlv, "Mon")
    en = st + 45 * M
    yield f(
        "invitation_israel_time",
        "en",
        "Interview Invitation – Backend Engineer at Nivra",
        at(2027, 2, 1, 11, 0, tlv),
        "'Monday, 8 February 2027' / '16:00-16:45' / '(Israel Time)'; Google link.",
        "Interview with Nivra Systems on Monday",
        [
            "Hi Alex,",
            "We'd like to invite you to a technical interview for the <b>Backend Engineer</b> "
            "position.",
            grid(
                [
                    ["Date", loc(st, "EEEE, d MMMM y", "en_GB")],
                    ["Time", "16:00-16:45", "(Israel Time)"],
                    ["Where", "Google Meet – link in the calendar invite"],
                ]
            ),
            button("Add to Google Calendar", gcal("Nivra interview", st, en)),
        ],
        label=ev(st, en, zone=tlv),
    )
    st = at(2027, 2, 11, 10, 30, rom, "Thu")
    en = st + 45 * M
    yield f(
        "invito_ora_italiana",
        "it",
        "Invito a colloquio – Nivra Systems",
        at(2027, 2, 3, 14, 20, rom),
        "Italian: 'giovedì 11 febbraio 2027' and 'ore 10:30 - 11:15 (ora italiana)'.",
        "Il tuo colloquio è confermato",
        [
            "Ciao Alex,",
            "ti invitiamo a un colloquio conoscitivo per la posizione <b>Sviluppatore Backend</b>.",
            grid(
                [
                    ["Data", loc(st, "EEEE d MMMM y", "it")],
                    ["Orario", "ore 10:30 - 11:15", "(ora italiana)"],
                    ["Luogo", "Via Tortona 33, Milano"],
                ]
            ),
            "A presto,<br>Il team Talent di Nivra",
        ],
        enc="b64",
        label=ev(st, en, zone=rom),
    )
    old = at(2027, 2, 11, 10, 30, rom, "Thu")
    st = at(2027, 2, 15, 15, 0, rom, "Mon")
    en = st + 45 * M
    yield f(
        "spostato_da_a",
        "it",
        "Colloquio spostato – Nivra Systems",
        at(2027, 2, 9, 12, 45, rom),
        "Italian move 'da giovedì 11 febbraio alle 10:30 a lunedì 15 febbraio 2027, ore "
        "15:00-15:45'.",
        "Nuovo orario del colloquio",
        [
            "Ciao Alex,",
            f"il tuo colloquio è stato spostato da {loc(old, 'EEEE d MMMM', 'it')} alle 10:30 a:",
            grid(
                [
                    ["Nuova data", loc(st, "EEEE d MMMM y", "it")],
                    ["Orario", "15:00-15:45 (ora italiana)"],
                ]
            ),
            "Ci scusiamo per il cambio.",
        ],
        label=ev(st, en, kind="reschedule", zone=rom),
    )
    yield f(
        "schedule_link",
        "en",
        "Schedule your interview with Nivra Systems",
        at(2027, 2, 2, 9, 40, tlv),
        "Scheduling link with 'slots available between 8 and 12 February'; nothing booked.",
        "Choose a slot",
        [
            "Hi Alex,",
            "Please choose a time for your interview. Slots are available between 8 and 12 "
            "February, 09:00-17:00 Israel Time.",
            button("Choose a slot", "https://app.comeet.example/sched/nivra/9ae"),
        ],
    )
    yield f(
        "esito_colloquio",
        "it",
        "Aggiornamento sulla tua candidatura",
        at(2027, 2, 17, 10, 0, rom),
        "Status after the interview 'di lunedì 15 febbraio alle 15:00': the team will answer "
        "by Friday; no new slot.",
        "Grazie per il colloquio",
        [
            "Ciao Alex,",
            "grazie per il colloquio di lunedì 15 febbraio alle 15:00. Il team sta valutando i "
            "profili e ti daremo un riscontro entro venerdì 19 febbraio.",
        ],
    )
    yield f(
        "being_scheduled",
        "en",
        "Next step: interview with the hiring manager",
        at(2027, 2, 1, 15, 0, tlv),
        "Heads-up that an interview is being arranged; the manager's free mornings named; no "
        "slot yet.",
        "We're arranging your interview",
        [
            "Hi Alex,",
            "Good news – you've moved forward. Our coordinator will send you an invitation "
            "shortly; the hiring manager is usually free on Monday and Wednesday mornings "
            "(10:00-12:00 Israel Time).",
        ],
    )


def flatchr() -> Iterator[Case]:
    f = Fam(
        "flatchr",
        ("Maison Verdier Recrutement", "ne-pas-repondre@flatchr-mail.example"),
        "Maison Verdier",
        "#3b2f8f",
    )
    par = "Europe/Paris"
    sent = at(2027, 2, 8, 10, 12, par)
    st = at(2027, 2, 16, 14, 30, par, "Tue")
    en = at(2027, 2, 16, 15, 15, par)
    yield f(
        "invitation_sans_zone",
        "fr",
        "Invitation à un entretien – Maison Verdier",
        sent,
        "French invitation with no zone: 'mardi 16 février 2027' and '14h30 - 15h15' in "
        "separate rows.",
        "Votre entretien chez Maison Verdier",
        [
            "Bonjour Alex,",
            "Suite à votre candidature au poste de <b>Chef de projet digital</b>, nous avons le "
            "plaisir de vous convier à un entretien.",
            grid(
                [
                    ["Date :", loc(st, "EEEE d MMMM y", "fr")],
                    ["Heure :", "14h30 - 15h15"],
                    ["Lieu :", "12 rue du Mail, 75002 Paris"],
                ]
            ),
            "Bien cordialement,<br>L'équipe RH",
        ],
        label=ev(st, en, naive=sent),
    )
    sent = at(2027, 2, 12, 16, 0, par)
    st = at(2027, 2, 18, 10, 0, par, "Thu")
    yield f(
        "report_nouvelle_date",
        "fr",
        "Votre entretien a été reporté",
        sent,
        "Move: 'Nouvelle date : jeudi 18 février 2027 à 10h00' above 'Ancienne date : mardi "
        "16 février 2027 à 14h30'; no zone, no end.",
        "Nouvelle date pour votre entretien",
        [
            "Bonjour Alex,",
            "Votre entretien a été reporté. Voici les nouvelles informations :",
            grid(
                [
                    ["Nouvelle date :", loc(st, "EEEE d MMMM y", "fr") + " à 10h00"],
                    ["Ancienne date :", "<s>mardi 16 février 2027 à 14h30</s>"],
                ]
            ),
        ],
        label=ev(st, kind="reschedule", naive=sent),
    )
    sent = at(2027, 2, 17, 9, 5, par)
    st = at(2027, 2, 22, 9, 30, par, "Mon")
    yield f(
        "annulation",
        "fr",
        "Annulation de votre entretien",
        sent,
        "Cancellation: 'votre entretien du lundi 22 février 2027 à 9h30 est annulé'; no zone.",
        "Entretien annulé",
        [
            "Bonjour Alex,",
            "Nous sommes au regret de vous informer que votre entretien du <b>lundi 22 février "
            "2027 à 9h30</b> est annulé. Nous reviendrons vers vous rapidement.",
        ],
        label=ev(st, kind="cancellation", naive=sent),
    )
    st = at(2027, 2, 19, 11, 0, par, "Fri")
    en = st + 60 * M
    yield f(
        "visio_heure_paris",
        "fr",
        "Entretien en visio – Maison Verdier",
        at(2027, 2, 10, 18, 2, par),
        "One sentence 'le vendredi 19 février à 11h (heure de Paris)' plus a Google link for "
        "one hour; text part says only to open the HTML.",
        "Rendez-vous vendredi à 11h",
        [
            "Bonjour Alex,",
            "Nous vous proposons un entretien en visioconférence avec notre directrice "
            "artistique le <b>vendredi 19 février à 11h (heure de Paris)</b>, pour une durée "
            "d'une heure.",
            button("Ajouter à Google Agenda", gcal("Entretien Maison Verdier", st, en)),
        ],
        label=ev(st, en, zone=par),
    )
    yield f(
        "creneaux_choix",
        "fr",
        "Choisissez votre créneau d'entretien",
        at(2027, 2, 9, 11, 30, par),
        "Slot choice: créneaux listed in cells, nothing booked.",
        "Réservez votre créneau",
        [
            "Bonjour Alex,",
            "Merci de réserver l'un des créneaux suivants pour votre entretien :",
            grid([["mardi 16 février", "10h00", "14h30"], ["mercredi 17 février", "9h30"]]),
            button("Réserver", "https://flatchr.example/booking/mv/3fa"),
        ],
    )
    yield f(
        "test_technique",
        "fr",
        "Test technique à réaliser",
        at(2027, 2, 11, 8, 50, par),
        "Test deadline 'avant le vendredi 19 février 2027 à 18h00'.",
        "Votre test est disponible",
        [
            "Bonjour Alex,",
            "Dans le cadre de votre candidature, merci de réaliser le test technique avant le "
            "<b>vendredi 19 février 2027 à 18h00</b>. Durée estimée : 45 minutes.",
            button("Commencer le test", "https://test.example/mv/88"),
        ],
    )


def ukgpro() -> Iterator[Case]:
    f = Fam(
        "ukgpro",
        ("Calloway Health Talent Acquisition", "donotreply@ukg-mail.example"),
        "Calloway Health",
        "#005151",
    )
    ny, den, waw = "America/New_York", "America/Denver", "Europe/Warsaw"
    st = at(2027, 1, 19, 8, 0, ny, "Tue")
    en = st + 30 * M
    yield f(
        "scheduled_rows_eastern",
        "en-US",
        "Interview Scheduled - Registered Nurse, ICU",
        at(2027, 1, 12, 14, 5, ny),
        "Rows 'Date 01/19/2027', 'Start Time 08:00 AM', 'End Time 08:30 AM', 'Time Zone "
        "(UTC-05:00) Eastern Time (US & Canada)'.",
        "Interview details",
        [
            "Dear Alex,",
            "An interview has been scheduled for requisition <b>Registered Nurse, ICU "
            "(R-44102)</b>.",
            grid(
                [
                    ["Date", "01/19/2027"],
                    ["Start Time", "08:00 AM"],
                    ["End Time", "08:30 AM"],
                    ["Time Zone", "(UTC-05:00) Eastern Time (US &amp; Canada)"],
                    ["Type", "Phone"],
                ]
            ),
            "Calloway Health Talent Acquisition",
        ],
        text="An interview has been scheduled. Please view this message in HTML for details.\n",
        label=ev(st, en, zone=ny),
    )
    old = at(2027, 1, 21, 9, 0, den, "Thu")
    st = at(2027, 1, 22, 13, 0, den, "Fri")
    en = st + 60 * M
    yield f(
        "rescheduled_mountain",
        "en-US",
        "Interview Rescheduled - Clinical Educator",
        at(2027, 1, 18, 11, 0, den),
        "Reschedule: 'Original' and 'New' rows, each with date, start and end cells; '(UTC-07:00)"
        " Mountain Time (US & Canada)'.",
        "Your interview time has changed",
        [
            "Dear Alex,",
            "Your interview has been rescheduled.",
            grid(
                [
                    ["Original", "01/21/2027", "09:00 AM", "10:00 AM"],
                    ["New", "01/22/2027", "01:00 PM", "02:00 PM"],
                    ["Time Zone", "(UTC-07:00) Mountain Time (US &amp; Canada)"],
                ]
            ),
        ],
        label=ev(st, en, kind="reschedule", zone=den),
    )
    del old
    st = at(2027, 1, 26, 10, 0, ny, "Tue")
    yield f(
        "cancelled_rows",
        "en-US",
        "Interview Cancelled - Registered Nurse, ICU",
        at(2027, 1, 22, 16, 30, ny),
        "Cancellation rows 'Date 01/26/2027', 'Start Time 10:00 AM', Eastern zone.",
        "Interview cancelled",
        [
            "Dear Alex,",
            "The following interview has been cancelled.",
            grid(
                [
                    ["Date", "01/26/2027"],
                    ["Start Time", "10:00 AM"],
                    ["Time Zone", "(UTC-05:00) Eastern Time (US &amp; Canada)"],
                ]
            ),
        ],
        label=ev(st, kind="cancellation", zone=ny),
    )
    st = at(2027, 1, 20, 13, 0, waw, "Wed")
    en = st + 60 * M
    yield f(
        "zaproszenie_czasu_polskiego",
        "pl",
        "Zaproszenie na rozmowę kwalifikacyjną",
        at(2027, 1, 13, 12, 0, waw),
        "Polish: 'Data: 20.01.2027 (środa)' and 'Godzina: 13:00–14:00 czasu polskiego'.",
        "Rozmowa w środę 20 stycznia",
        [
            "Dzień dobry,",
            "zapraszamy na rozmowę kwalifikacyjną na stanowisko <b>Specjalista ds. rozliczeń</b>.",
            grid(
                [
                    ["Data:", "20.01.2027 (środa)"],
                    ["Godzina:", "13:00–14:00", "czasu polskiego"],
                    ["Miejsce:", "ul. Prosta 51, Warszawa"],
                ]
            ),
            "Z poważaniem,<br>Dział HR",
        ],
        label=ev(st, en, zone=waw),
    )
    yield f(
        "onboarding_tasks",
        "en-US",
        "Welcome to Calloway Health – complete your tasks",
        at(2027, 1, 28, 9, 0, ny),
        "Onboarding: 'complete your new-hire paperwork by Feb 3, 2027 5:00 PM ET'; orientation "
        "date; no interview.",
        "Tasks due before your first day",
        [
            "Hi Alex,",
            "Congratulations again! Please complete your onboarding tasks by <b>Feb 3, 2027 "
            "5:00 PM ET</b>. New-hire orientation starts Monday, February 8 at 8:00 AM.",
            button("Open onboarding", "https://calloway.ukg.example/onboarding"),
        ],
    )
    yield f(
        "wybierz_termin",
        "pl",
        "Wybierz termin rozmowy",
        at(2027, 1, 14, 10, 0, waw),
        "Polish slot choice: three terms in cells; nothing booked.",
        "Prosimy o wybranie terminu",
        [
            "Dzień dobry,",
            "prosimy o wybranie jednego z terminów rozmowy:",
            grid([["21.01.2027", "10:00"], ["21.01.2027", "14:00"], ["22.01.2027", "09:30"]]),
            button("Wybierz termin", "https://calloway.ukg.example/pl/slots/19"),
        ],
    )
    yield f(
        "hiring_event",
        "en-US",
        "Join our Nursing Hiring Event",
        at(2027, 1, 25, 8, 0, ny),
        "Open hiring event for all applicants 'Saturday, February 6, 2027, 9:00 AM - 1:00 PM "
        "ET'; walk-in, not the reader's interview.",
        "Walk-in interviews Saturday",
        [
            "Dear Alex,",
            "Calloway Health is hosting a Nursing Hiring Event. Stop by any time, no "
            "appointment needed.",
            grid(
                [
                    ["Date", "Saturday, February 6, 2027"],
                    ["Time", "9:00 AM - 1:00 PM ET"],
                    ["Where", "Calloway Main Campus, Atrium B"],
                ]
            ),
        ],
    )


def hibob() -> Iterator[Case]:
    f = Fam("hibob", ("Tulpenveld Hiring", "hiring@hibob-mail.example"), "Tulpenveld", "#e42c64")
    ams, lon, ber = "Europe/Amsterdam", "Europe/London", "Europe/Berlin"
    st = at(2027, 2, 4, 10, 0, ams, "Thu")
    en = st + 60 * M
    yield f(
        "uitnodiging_tijdzone",
        "nl",
        "Uitnodiging voor sollicitatiegesprek – Tulpenveld",
        at(2027, 1, 28, 15, 30, ams),
        "Dutch: 'donderdag 4 februari 2027', 'Tijd 10:00 - 11:00', 'Tijdzone Europe/Amsterdam'.",
        "Je gesprek staat gepland",
        [
            "Hoi Alex,",
            "Leuk dat je hebt gesolliciteerd op <b>Medior Frontend Developer</b>! We nodigen je "
            "uit voor een gesprek.",
            grid(
                [
                    ["Datum", loc(st, "EEEE d MMMM y", "nl")],
                    ["Tijd", "10:00 - 11:00"],
                    ["Tijdzone", "Europe/Amsterdam"],
                    ["Locatie", "Herengracht 88, Amsterdam"],
                ]
            ),
            "Tot dan!<br>Team Tulpenveld",
        ],
        label=ev(st, en, zone=ams),
    )
    st = at(2027, 2, 2, 15, 30, lon, "Tue")
    en = st + 45 * M
    yield f(
        "confirmed_gmt_en_gb",
        "en-GB",
        "Interview confirmed: Tulpenveld London",
        at(2027, 1, 27, 12, 0, lon),
        "en-GB: 'Tue 2 Feb 2027' and '15:30–16:15 GMT' in two cells; Google link.",
        "See you on Tuesday",
        [
            "Hi Alex,",
            "Your interview with our London team is confirmed.",
            grid([["Date", loc(st, "EEE d MMM y", "en_GB")], ["Time", "15:30–16:15 GMT"]]),
            button("Add to Google Calendar", gcal("Tulpenveld interview", st, en)),
        ],
        label=ev(st, en),
    )
    st = at(2027, 2, 9, 11, 0, ber, "Tue")
    en = st + 45 * M
    yield f(
        "terminaenderung",
        "de",
        "Terminänderung: Ihr Gespräch bei Tulpenveld",
        at(2027, 2, 3, 10, 0, ber),
        "German move: 'wurde auf Dienstag, 9. Februar 2027, 11:00–11:45 Uhr verlegt'.",
        "Neuer Termin für Ihr Gespräch",
        [
            "Hallo Alex,",
            "Ihr Gespräch wurde auf <b>Dienstag, 9. Februar 2027, 11:00–11:45 Uhr</b> verlegt.",
            "Bei Fragen melden Sie sich gern.",
        ],
        label=ev(st, en, kind="reschedule", naive=at(2027, 2, 3, 10, 0, ber)),
    )
    yield f(
        "taak_beschikbaarheid",
        "nl",
        "Nieuwe taak: geef je beschikbaarheid door",
        at(2027, 1, 25, 9, 0, ams),
        "Task: fill in availability 'vóór vrijdag 29 januari 12:00'; nothing booked.",
        "Actie vereist",
        [
            "Hoi Alex,",
            "Je hebt een nieuwe taak: geef je beschikbaarheid door vóór <b>vrijdag 29 januari "
            "12:00</b>, dan plannen wij het gesprek in.",
            button("Beschikbaarheid invullen", "https://app.hibob.example/tasks/33"),
        ],
    )
    yield f(
        "status_after_interview",
        "en-GB",
        "An update on your application",
        at(2027, 2, 3, 16, 0, lon),
        "Status: 'following your interview on 2 February at 15:30'; decision by next week.",
        "Thanks for meeting us",
        [
            "Hi Alex,",
            "Thank you for your time following your interview on 2 February at 15:30. We "
            "expect to update you by Wednesday 10 February.",
        ],
    )
    yield f(
        "eingangsbestaetigung",
        "de",
        "Eingangsbestätigung Ihrer Bewerbung",
        at(2027, 1, 20, 10, 0, ber),
        "Receipt: 'wir melden uns bis Freitag, 5. Februar'; no slot.",
        "Danke für Ihre Bewerbung",
        [
            "Hallo Alex,",
            "vielen Dank für Ihre Bewerbung als <b>Backend Developer</b>. Wir melden uns bis "
            "Freitag, 5. Februar, bei Ihnen.",
        ],
    )


# --------------------------------------------------------------------------------------
# held-out families


def dover() -> Iterator[Case]:
    f = Fam(
        "dover",
        ("Brightwater Analytics via Dover", "scheduling@dover-mail.example"),
        "Brightwater Analytics",
        "#111827",
    )
    la, ny = "America/Los_Angeles", "America/New_York"
    st = at(2027, 3, 2, 11, 0, la, "Tue")
    en = st + 45 * M
    yield f(
        "confirmed_pt_google",
        "en-US",
        "Interview confirmed with Brightwater Analytics",
        at(2027, 2, 23, 17, 40, la),
        "Date cell 'Tuesday, March 2', time cell '11:00 AM - 11:45 AM PT'; Google link.",
        "Tuesday at 11:00 AM PT",
        [
            "Hi Alex,",
            "You're confirmed for a 45-minute interview with <b>Jordan Liu</b>, Head of Data.",
            grid(
                [
                    ["Date", loc(st, "EEEE, MMMM d", "en_US")],
                    ["Time", f"{h12(st)} - {h12(en)} PT"],
                    ["Video", "<a href='https://meet.google.example/pqa-wxyz-kkd'>Google Meet</a>"],
                ]
            ),
            button("Add to Google Calendar", gcal("Brightwater interview", st, en)),
        ],
        label=ev(st, en),
    )
    st = at(2027, 3, 4, 14, 30, ny, "Thu")
    en = st + 30 * M
    yield f(
        "rescheduled_et",
        "en-US",
        "Your interview with Brightwater Analytics was rescheduled",
        at(2027, 2, 26, 9, 10, ny),
        "Move: 'now Thursday, March 4, 2:30 PM – 3:00 PM ET (was Wednesday, March 3, 1:00 PM)'.",
        "New time: Thursday 2:30 PM ET",
        [
            "Hi Alex,",
            f"Your recruiter call has been rescheduled. It is now <b>{en_date(st)}, "
            f"{h12(st)} – {h12(en)} ET</b> (was Wednesday, March 3, 1:00 PM).",
        ],
        label=ev(st, en, kind="reschedule"),
    )
    st = at(2027, 3, 5, 10, 0, la, "Fri")
    yield f(
        "canceled_pt",
        "en-US",
        "Canceled: Interview with Brightwater Analytics",
        at(2027, 3, 1, 15, 0, la),
        "Cancellation: 'Friday, March 5 at 10:00 AM PT' no longer happening.",
        "Interview canceled",
        [
            "Hi Alex,",
            "Your interview on <b>Friday, March 5 at 10:00 AM PT</b> has been canceled. We'll "
            "be in touch about next steps.",
        ],
        label=ev(st, kind="cancellation"),
    )
    st = at(2027, 3, 9, 9, 0, ny, "Tue")
    en = st + 60 * M
    yield f(
        "onsite_outlook_link",
        "en-US",
        "Onsite interview details – Brightwater Analytics",
        at(2027, 3, 1, 11, 0, ny),
        "Onsite: date and '9:00 AM – 10:00 AM' in cells, 'Eastern Time (US & Canada)' under "
        "them; Outlook startdt link.",
        "Onsite details inside",
        [
            "Hi Alex,",
            "Here are the details for your onsite interview.",
            grid(
                [
                    ["Date", en_date(st)],
                    ["Time", f"{h12(st)} – {h12(en)}"],
                    ["", "Eastern Time (US &amp; Canada)"],
                    ["Address", "Brightwater Analytics, 300 Atlantic Ave, Boston"],
                ]
            ),
            button("Add to Outlook", owa("Brightwater onsite", st, en), "#0078d4"),
        ],
        label=ev(st, en, zone=ny),
    )
    yield f(
        "selfschedule_pick",
        "en-US",
        "Pick a time to chat with Brightwater Analytics",
        at(2027, 2, 22, 10, 0, la),
        "Self-scheduling link with example open times; nothing booked.",
        "Choose a time this week",
        [
            "Hi Alex,",
            "Jordan would love to chat. Pick any 30-minute slot that works – there are openings "
            "Wednesday and Thursday afternoons (PT).",
            button("Pick a time", "https://app.dover.example/schedule/bwa/77"),
        ],
    )
    yield f(
        "take_home_due",
        "en-US",
        "Your take-home exercise",
        at(2027, 3, 3, 12, 0, ny),
        "Take-home due 'Monday, March 8 at 9:00 AM ET'.",
        "Due Monday 9 AM ET",
        [
            "Hi Alex,",
            "Attached is the take-home exercise. Please submit it by <b>Monday, March 8 at 9:00 "
            "AM ET</b>. It should take 2-3 hours.",
        ],
    )


def kenjo() -> Iterator[Case]:
    f = Fam(
        "kenjo",
        ("Olivar Foods Recruiting", "noreply@kenjo-mail.example"),
        "Olivar Foods",
        "#1b998b",
    )
    mad, ber = "Europe/Madrid", "Europe/Berlin"
    st = at(2027, 3, 1, 12, 0, mad, "Mon")
    en = st + 45 * M
    yield f(
        "entrevista_cet",
        "es",
        "Entrevista – Olivar Foods",
        at(2027, 2, 22, 10, 30, mad),
        "Spanish: 'lunes, 1 de marzo de 2027' / '12:00 – 12:45' / 'CET' in three cells.",
        "Tu entrevista está confirmada",
        [
            "Hola Alex:",
            "Te confirmamos la entrevista para el puesto de <b>Responsable de Compras</b>.",
            grid(
                [
                    ["Fecha", loc(st, "EEEE, d 'de' MMMM 'de' y", "es")],
                    ["Hora", "12:00 – 12:45", "CET"],
                    ["Lugar", "Google Meet"],
                ]
            ),
            "Un saludo,<br>Equipo de Personas",
        ],
        label=ev(st, en),
    )
    st = at(2027, 2, 25, 9, 30, ber, "Thu")
    en = st + 60 * M
    yield f(
        "einladung_uhr",
        "de",
        "Einladung zum Vorstellungsgespräch – Olivar Foods",
        at(2027, 2, 18, 14, 0, ber),
        "German: 'Donnerstag, 25. Februar 2027, 9:30 bis 10:30 Uhr'; no zone.",
        "Ihr Vorstellungsgespräch",
        [
            "Hallo Alex,",
            "wir laden Sie herzlich zum Vorstellungsgespräch ein: <b>Donnerstag, 25. Februar "
            "2027, 9:30 bis 10:30 Uhr</b>, in unserem Büro in der Torstraße 140, Berlin.",
        ],
        label=ev(st, en, naive=at(2027, 2, 18, 14, 0, ber)),
    )
    st = at(2027, 3, 3, 16, 0, ber, "Wed")
    yield f(
        "absage_termin",
        "de",
        "Absage: Vorstellungsgespräch am 3. März",
        at(2027, 2, 26, 11, 0, ber),
        "German cancellation: 'Termin am Mittwoch, 3. März 2027 um 16:00 Uhr (MEZ) entfällt'.",
        "Termin entfällt",
        [
            "Hallo Alex,",
            "leider müssen wir den Termin am <b>Mittwoch, 3. März 2027 um 16:00 Uhr (MEZ)</b> "
            "absagen. Wir melden uns mit einem neuen Vorschlag.",
        ],
        label=ev(st, kind="cancellation"),
    )
    st = at(2027, 3, 2, 17, 0, mad, "Tue")
    en = st + 30 * M
    yield f(
        "cambio_hora",
        "es",
        "Cambio de hora de tu entrevista",
        at(2027, 2, 24, 13, 0, mad),
        "Spanish move: 'ha cambiado: ahora es el martes 2 de marzo a las 17:00 (hora "
        "peninsular), 30 minutos'.",
        "Nueva hora de tu entrevista",
        [
            "Hola Alex:",
            "La hora de tu entrevista ha cambiado: ahora es el <b>martes 2 de marzo a las 17:00 "
            "(hora peninsular)</b>. Durará 30 minutos.",
        ],
        label=ev(st, en, kind="reschedule", zone=mad),
    )
    yield f(
        "encuesta_candidato",
        "es",
        "¿Qué tal tu experiencia?",
        at(2027, 3, 2, 18, 0, mad),
        "Candidate survey after the interview 'de hoy a las 17:00'; closes Friday 23:59.",
        "Cuéntanos tu experiencia",
        [
            "Hola Alex:",
            "Gracias por la entrevista de hoy a las 17:00. ¿Nos dedicas 2 minutos? La encuesta "
            "cierra el viernes 5 de marzo a las 23:59.",
        ],
    )
    yield f(
        "eingang",
        "de",
        "Ihre Bewerbung bei Olivar Foods",
        at(2027, 2, 15, 9, 0, ber),
        "Receipt with 'Rückmeldung bis 26. Februar'; no slot.",
        "Bewerbung eingegangen",
        [
            "Hallo Alex,",
            "danke für Ihre Bewerbung. Sie erhalten bis zum 26. Februar eine Rückmeldung.",
        ],
    )


def savvycal() -> Iterator[Case]:
    f = Fam(
        "savvycal",
        ("Ridgeback Studio", "bookings@savvycal-mail.example"),
        "Ridgeback Studio",
        "#6d28d9",
    )
    la, tyo = "America/Los_Angeles", "Asia/Tokyo"
    st = at(2027, 3, 2, 9, 0, la, "Tue")
    en = st + 30 * M
    yield f(
        "confirmed_iana",
        "en-US",
        "Confirmed: Portfolio review with Ridgeback Studio",
        at(2027, 2, 24, 20, 15, la),
        "'Tuesday, March 2, 2027 · 9:00am – 9:30am (America/Los_Angeles)'.",
        "You're booked",
        [
            "Hi Alex,",
            "Your meeting is scheduled.",
            f"<b>{en_date(st)} &middot; 9:00am – 9:30am</b><br>(America/Los_Angeles)",
            button("Add to Google Calendar", gcal("Portfolio review", st, en)),
        ],
        label=ev(st, en, zone=la),
    )
    st = at(2027, 3, 4, 10, 0, tyo, "Thu")
    en = st + 60 * M
    yield f(
        "kakutei_tokyo",
        "ja",
        "【予約確定】Ridgeback Studio 面談",
        at(2027, 2, 25, 13, 0, tyo),
        "Japanese: '2027年3月4日(木) 10:00 – 11:00' and '(Asia/Tokyo)' in separate cells.",
        "面談のご予約が確定しました",
        [
            "Alex Morgan 様",
            "面談のご予約が確定しました。",
            grid([["日時", "2027年3月4日(木) 10:00 – 11:00", "(Asia/Tokyo)"], ["場所", "Zoom"]]),
        ],
        label=ev(st, en, zone=tyo),
    )
    st = at(2027, 3, 8, 13, 0, la, "Mon")
    en = st + 30 * M
    yield f(
        "rescheduled_pst",
        "en-US",
        "Rescheduled: Portfolio review",
        at(2027, 3, 1, 8, 0, la),
        "Move: 'has been moved to Monday, March 8, 2027 at 1:00pm PST (30 min)'.",
        "New time",
        [
            "Hi Alex,",
            "Your meeting has been moved to <b>Monday, March 8, 2027 at 1:00pm PST</b> (30 min).",
        ],
        label=ev(st, en, kind="reschedule"),
    )
    st = at(2027, 3, 9, 10, 0, la, "Tue")
    yield f(
        "canceled",
        "en-US",
        "Canceled: Portfolio review with Ridgeback Studio",
        at(2027, 3, 5, 12, 0, la),
        "Cancellation of 'Tue, Mar 9, 2027, 10:00am PST'.",
        "Meeting canceled",
        [
            "Hi Alex,",
            "Your meeting on <b>Tue, Mar 9, 2027, 10:00am PST</b> was canceled by Ridgeback "
            "Studio.",
        ],
        label=ev(st, kind="cancellation"),
    )
    yield f(
        "link_share",
        "en-US",
        "Let's find a time",
        at(2027, 2, 22, 9, 0, la),
        "Scheduling link sent by a person: 'I have openings Thursday 2-5pm'; nothing booked.",
        "Pick a time",
        [
            "Hi Alex,",
            "Happy to chat about the role. I have openings Thursday 2-5pm PT – grab whatever "
            "works on my SavvyCal link.",
            button("Pick a time", "https://savvycal.example/ridgeback/chat"),
        ],
    )
    yield f(
        "nittei_chousei",
        "ja",
        "日程調整のお願い – Ridgeback Studio",
        at(2027, 2, 22, 11, 0, tyo),
        "Japanese scheduling request: candidate picks from a link; example free days; nothing "
        "booked.",
        "ご都合の良い日時をお選びください",
        [
            "Alex Morgan 様",
            "面談の日程調整をお願いいたします。3月3日(水)～5日(金)の10:00～17:00で空いております。下記リンクからお選びください。",
            button("日時を選ぶ", "https://savvycal.example/ridgeback/ja"),
        ],
    )


def vidcruiter() -> Iterator[Case]:
    f = Fam(
        "vidcruiter",
        ("Maplecrest Credit Union Careers", "noreply@vidcruiter-mail.example"),
        "Maplecrest Credit Union",
        "#004b87",
    )
    tor, mtl = "America/Toronto", "America/Toronto"
    st = at(2027, 2, 23, 10, 0, tor, "Tue")
    en = st + 45 * M
    yield f(
        "live_interview_eastern",
        "en-CA",
        "Live video interview – Maplecrest Credit Union",
        at(2027, 2, 15, 9, 0, tor),
        "'Tuesday, February 23, 2027' / '10:00 AM - 10:45 AM' / 'Eastern Time (Toronto)'.",
        "Your live interview is booked",
        [
            "Hello Alex,",
            "Your live video interview for <b>Member Service Advisor</b> is booked.",
            grid(
                [
                    ["Date", en_date(st)],
                    ["Time", f"{h12(st)} - {h12(en)}"],
                    ["Time zone", "Eastern Time (Toronto)"],
                ]
            ),
            button("Join interview", "https://maplecrest.vidcruiter.example/live/a1"),
        ],
        label=ev(st, en, zone=tor),
    )
    st = at(2027, 2, 24, 14, 0, mtl, "Wed")
    en = st + 30 * M
    yield f(
        "entrevue_heure_est",
        "fr-CA",
        "Entrevue vidéo en direct – Caisse Maplecrest",
        at(2027, 2, 16, 11, 0, mtl),
        "fr-CA: 'mercredi 24 février 2027, de 14 h à 14 h 30 (heure de l'Est)'.",
        "Votre entrevue est confirmée",
        [
            "Bonjour Alex,",
            "Votre entrevue vidéo en direct aura lieu le <b>mercredi 24 février 2027, de 14 h à "
            "14 h 30 (heure de l'Est)</b>.",
        ],
        label=ev(st, en),
    )
    yield f(
        "prerecorded_deadline",
        "en-CA",
        "Complete your video interview",
        at(2027, 2, 12, 10, 0, tor),
        "Pre-recorded interview deadline 'by Friday, February 19, 2027 at 11:59 PM ET'.",
        "Record your answers by Friday",
        [
            "Hello Alex,",
            "Please record your answers to five questions by <b>Friday, February 19, 2027 at "
            "11:59 PM ET</b>. It takes about 20 minutes.",
            button("Start", "https://maplecrest.vidcruiter.example/rec/b2"),
        ],
    )
    yield f(
        "evaluation_echeance",
        "fr-CA",
        "Évaluation en ligne à compléter",
        at(2027, 2, 12, 10, 30, mtl),
        "Assessment deadline 'd'ici le jeudi 18 février à 17 h'.",
        "Évaluation à compléter",
        [
            "Bonjour Alex,",
            "Veuillez compléter l'évaluation en ligne d'ici le <b>jeudi 18 février à 17 h</b>.",
        ],
    )
    st = at(2027, 2, 26, 13, 30, tor, "Fri")
    yield f(
        "cancelled_et",
        "en-CA",
        "Interview cancelled – Maplecrest Credit Union",
        at(2027, 2, 22, 15, 0, tor),
        "Cancellation of 'Friday, February 26, 2027 at 1:30 PM ET'.",
        "Interview cancelled",
        [
            "Hello Alex,",
            "Your panel interview on <b>Friday, February 26, 2027 at 1:30 PM ET</b> has been "
            "cancelled. We will contact you to rebook.",
        ],
        label=ev(st, kind="cancellation"),
    )


# --------------------------------------------------------------------------------------
# second wave


def avature() -> Iterator[Case]:
    f = Fam(
        "avature",
        ("Groupe Sarrazin Carrières", "careers@avature-mail.example"),
        "Groupe Sarrazin",
        "#00338d",
    )
    par, ams, ny = "Europe/Paris", "Europe/Amsterdam", "America/New_York"
    old = at(2027, 3, 2, 10, 0, par, "Tue")
    st = at(2027, 3, 4, 15, 0, par, "Thu")
    en = st + 60 * M
    yield f(
        "deplace_texte_perime",
        "fr",
        "Mise à jour de votre entretien – Groupe Sarrazin",
        at(2027, 2, 25, 11, 0, par),
        "Misleading text part: it still gives the first slot (mardi 2 mars à 10h00) while "
        "the HTML, which the reader sees, says the interview was moved to 'jeudi 4 mars 2027, "
        "15h00 – 16h00 (heure de Paris)'.",
        "Votre entretien a été déplacé",
        [
            "Bonjour Alex,",
            "Votre entretien pour le poste de <b>Contrôleur de gestion</b> a été déplacé.",
            grid(
                [
                    ["Nouvelle date", loc(st, "EEEE d MMMM y", "fr")],
                    ["Horaire", "15h00 – 16h00", "(heure de Paris)"],
                    ["Lieu", "Tour Sarrazin, 5 cours Valmy, Puteaux"],
                ]
            ),
            button("Ajouter à Google Agenda", gcal("Entretien Groupe Sarrazin", st, en)),
        ],
        text=f"Bonjour Alex,\n\nVotre entretien est prévu le {loc(old, 'EEEE d MMMM y', 'fr')} "
        "à 10h00.\n\nConsultez votre espace candidat : https://sarrazin.avature.example/portal\n",
        label=ev(st, en, kind="reschedule", zone=par),
    )
    st = at(2027, 3, 8, 9, 30, ams, "Mon")
    en = st + 45 * M
    yield f(
        "tijden_header",
        "nl",
        "Uitnodiging: gesprek bij Groupe Sarrazin Nederland",
        at(2027, 3, 1, 14, 0, ams),
        "Dutch: a header 'Alle tijden in Nederlandse tijd', then 'Begintijd 09:30' and "
        "'Eindtijd 10:15' rows above the 'Datum maandag 8 maart 2027' row.",
        "Je gesprek op maandag",
        [
            "Beste Alex,",
            "Graag nodigen we je uit voor een kennismakingsgesprek.",
            grid(
                [
                    ["Begintijd", "09:30"],
                    ["Eindtijd", "10:15"],
                    ["Datum", loc(st, "EEEE d MMMM y", "nl")],
                    ["Locatie", "Teams"],
                ],
                head="Alle tijden in Nederlandse tijd",
            ),
        ],
        label=ev(st, en, zone=ams),
    )
    st = at(2027, 3, 10, 14, 0, ny, "Wed")
    en = st + 60 * M
    yield f(
        "zone_only_in_link",
        "en-US",
        "Interview scheduled – Groupe Sarrazin North America",
        at(2027, 3, 3, 10, 0, ny),
        "Date and '2:00 PM – 3:00 PM' in cells with no zone in the text; the Google link's "
        "dates= gives the UTC instant (19:00Z), which matches the sender's EST.",
        "Wednesday, March 10",
        [
            "Hi Alex,",
            "Your interview is scheduled.",
            grid([["Date", en_date(st)], ["Time", f"{h12(st)} – {h12(en)}"]]),
            button("Add to Google Calendar", gcal("Interview – Groupe Sarrazin", st, en)),
        ],
        label=ev(st, en),
    )
    ist = at(2027, 3, 9, 18, 0, par, "Tue")
    yield f(
        "session_info_tous",
        "fr",
        "Session d'information – Graduate Programme",
        at(2027, 2, 26, 9, 0, par),
        "Information session for all applicants with its own Google link (dates= UTC); not "
        "the reader's interview.",
        "Inscrivez-vous à notre session en ligne",
        [
            "Bonjour Alex,",
            "Tous les candidats au Graduate Programme sont invités à notre session "
            "d'information en ligne, ouverte à tous.",
            grid([["Date", loc(ist, "EEEE d MMMM y", "fr")], ["Heure", "18h00 – 19h00"]]),
            button("Ajouter à Google Agenda", gcal("Session d'information", ist, ist + 60 * M)),
        ],
    )
    yield f(
        "profil_a_completer",
        "en-US",
        "Action required before we can schedule your interview",
        at(2027, 3, 1, 9, 0, ny),
        "Profile must be completed 'by Friday, March 5 at 5:00 PM ET' before scheduling.",
        "Complete your profile",
        [
            "Hi Alex,",
            "Before we can schedule your interview, please complete your candidate profile by "
            "<b>Friday, March 5 at 5:00 PM ET</b>.",
            button("Complete profile", "https://sarrazin.avature.example/portal/profile"),
        ],
    )


def factorial() -> Iterator[Case]:
    f = Fam(
        "factorial",
        ("Almendro Digital", "no-reply@factorial-mail.example"),
        "Almendro Digital",
        "#e51943",
    )
    mad, rom, sao = "Europe/Madrid", "Europe/Rome", "America/Sao_Paulo"
    st = at(2027, 3, 4, 16, 30, mad, "Thu")
    en = st + 45 * M
    yield f(
        "entrevista_hora_madrid",
        "es",
        "Entrevista programada – Almendro Digital",
        at(2027, 2, 25, 12, 0, mad),
        "Spanish: 'Hora 16:30 h (hora de Madrid)' and 'Duración 45 min' as separate rows.",
        "Tu entrevista el jueves 4 de marzo",
        [
            "Hola Alex:",
            "Hemos programado tu entrevista para <b>Diseñador/a UX</b>.",
            grid(
                [
                    ["Fecha", loc(st, "EEEE, d 'de' MMMM 'de' y", "es")],
                    ["Hora", "16:30 h", "(hora de Madrid)"],
                    ["Duración", "45 min"],
                ]
            ),
        ],
        label=ev(st, en, zone=mad),
    )
    sent = at(2027, 3, 1, 10, 0, rom)
    st = at(2027, 3, 9, 14, 30, rom, "Tue")
    en = at(2027, 3, 9, 15, 15, rom)
    yield f(
        "colloquio_punti",
        "it",
        "Colloquio – Almendro Digital Italia",
        sent,
        "Italian: 'Data 9 marzo 2027' and 'Orario 14.30-15.15' with dots; no zone.",
        "Colloquio fissato",
        [
            "Ciao Alex,",
            "abbiamo fissato il tuo colloquio.",
            grid([["Data", "9 marzo 2027"], ["Orario", "14.30-15.15"], ["Dove", "Google Meet"]]),
        ],
        label=ev(st, en, naive=sent),
    )
    st = at(2027, 3, 10, 14, 0, sao, "Wed")
    en = st + 60 * M
    yield f(
        "remarcada_brasilia",
        "pt-BR",
        "Entrevista remarcada – Almendro Digital",
        at(2027, 3, 3, 9, 0, sao),
        "pt-BR move: 'remarcada para quarta-feira, 10 de março, das 14h às 15h (horário de "
        "Brasília)'.",
        "Nova data da sua entrevista",
        [
            "Olá, Alex!",
            "Sua entrevista foi <b>remarcada para quarta-feira, 10 de março, das 14h às 15h "
            "(horário de Brasília)</b>.",
        ],
        enc="b64",
        label=ev(st, en, kind="reschedule", zone=sao),
    )
    yield f(
        "elige_horario",
        "es",
        "Elige el horario de tu entrevista",
        at(2027, 2, 26, 9, 0, mad),
        "Pick a slot: three times listed as buttons; nothing booked.",
        "Elige un horario",
        [
            "Hola Alex:",
            "Elige uno de estos horarios para tu entrevista:",
            grid([["jueves, 4 de marzo", "10:00", "12:00"], ["viernes, 5 de marzo", "9:00"]]),
            button("Elegir", "https://factorial.example/ats/slots/41"),
        ],
    )
    yield f(
        "documenti_entro",
        "it",
        "Documenti da caricare",
        at(2027, 3, 2, 9, 0, rom),
        "Document deadline 'entro lunedì 8 marzo alle 12:00'.",
        "Ti mancano alcuni documenti",
        [
            "Ciao Alex,",
            "ti ricordiamo di caricare i documenti richiesti entro <b>lunedì 8 marzo alle "
            "12:00</b>.",
        ],
    )


def keka() -> Iterator[Case]:
    f = Fam(
        "keka",
        ("Saptarishi Infotech HR", "noreply@keka-mail.example"),
        "Saptarishi Infotech",
        "#5b3fd3",
    )
    kol = "Asia/Kolkata"
    st = at(2027, 3, 4, 14, 30, kol, "Thu")
    en = st + 45 * M
    yield f(
        "scheduled_ist",
        "en-IN",
        "Interview scheduled for Senior QA Engineer",
        at(2027, 2, 26, 17, 0, kol),
        "'scheduled on 04-Mar-2027 at 02:30 PM (IST)' with 'Duration: 45 Minutes' in a row.",
        "Interview on 04-Mar-2027",
        [
            "Dear Alex Morgan,",
            "Your interview has been scheduled on <b>04-Mar-2027 at 02:30 PM (IST)</b>.",
            grid(
                [
                    ["Round", "Technical Round 1"],
                    ["Duration", "45 Minutes"],
                    ["Mode", "Video call (Google Meet)"],
                ]
            ),
            "Regards,<br>Talent Acquisition Team",
        ],
        label=ev(st, en, zone=kol),
    )
    st = at(2027, 3, 9, 11, 0, kol, "Tue")
    en = st + 30 * M
    yield f(
        "round2_after_round1",
        "en-IN",
        "Round 2 scheduled – Senior QA Engineer",
        at(2027, 3, 5, 10, 0, kol),
        "Rounds table: Round 1 'Completed on 04-Mar-2027', Round 2 '09-Mar-2027' | '11:00 AM "
        "- 11:30 AM' | 'IST'.",
        "Your next round is scheduled",
        [
            "Dear Alex Morgan,",
            "Congratulations on clearing the first round.",
            grid(
                [
                    ["Round 1 (Technical)", "Completed on 04-Mar-2027"],
                    ["Round 2 (Managerial)", "09-Mar-2027", "11:00 AM - 11:30 AM", "IST"],
                ]
            ),
        ],
        label=ev(st, en, zone=kol),
    )
    st = at(2027, 3, 10, 16, 0, kol, "Wed")
    en = st + 30 * M
    yield f(
        "rescheduled_ist",
        "en-IN",
        "Interview rescheduled – Senior QA Engineer",
        at(2027, 3, 8, 12, 0, kol),
        "Move 'from 09-Mar-2027 11:00 AM to 10-Mar-2027 04:00 PM IST', 30 minutes.",
        "New interview time",
        [
            "Dear Alex Morgan,",
            "Your Round 2 interview has been rescheduled from 09-Mar-2027 11:00 AM to "
            "<b>10-Mar-2027 04:00 PM IST</b>. Duration: 30 Minutes.",
        ],
        label=ev(st, en, kind="reschedule", zone=kol),
    )
    dl = at(2027, 3, 5, 23, 59, kol)
    yield f(
        "assessment_deadline_link",
        "en-IN",
        "Online assessment – Saptarishi Infotech",
        at(2027, 3, 1, 9, 0, kol),
        "Assessment link expiring '05-Mar-2027 11:59 PM IST' with an 'Add deadline to "
        "calendar' Google link (dates= UTC); no interview.",
        "Complete before 05-Mar-2027",
        [
            "Dear Alex Morgan,",
            "Please complete the online assessment before <b>05-Mar-2027 11:59 PM IST</b>.",
            button("Add deadline to calendar", gcal("Assessment deadline", dl, dl)),
            button("Start assessment", "https://saptarishi.keka.example/assess/9"),
        ],
    )
    yield f(
        "offer_joining",
        "en-IN",
        "Offer letter – Saptarishi Infotech",
        at(2027, 3, 12, 11, 0, kol),
        "Offer with a joining date '01-Apr-2027, 09:30 AM' and acceptance by '15-Mar-2027'.",
        "Your offer is ready",
        [
            "Dear Alex Morgan,",
            "We are pleased to offer you the role. Kindly accept by 15-Mar-2027. Your joining "
            "date is 01-Apr-2027, reporting at 09:30 AM.",
        ],
    )


def doodle() -> Iterator[Case]:
    f = Fam("doodle", ("Doodle", "mailer@doodle-mail.example"), "Doodle", "#0066f6")
    ber, la = "Europe/Berlin", "America/Los_Angeles"
    st = at(2027, 3, 4, 10, 0, ber, "Thu")
    en = st + 30 * M
    yield f(
        "buchung_de",
        "de",
        "Ihr Termin mit Lena Brandt ist gebucht",
        at(2027, 2, 26, 15, 0, ber),
        "Booking page (de): 'Donnerstag, 4. März 2027' / '10:00 - 10:30' and 'Zeitzone: "
        "Europe/Berlin' on a line of its own.",
        "Termin gebucht",
        [
            "Hallo Alex,",
            "Ihr Termin <b>Bewerbungsgespräch (30 Min.)</b> mit Lena Brandt, Köhler & Sohn "
            "GmbH, ist gebucht.",
            grid([["Datum", loc(st, "EEEE, d. MMMM y", "de")], ["Uhrzeit", "10:00 - 10:30"]]),
            "<span style='color:#6b7280'>Zeitzone: Europe/Berlin</span>",
        ],
        label=ev(st, en, zone=ber),
    )
    st = at(2027, 3, 8, 16, 0, la, "Mon")
    en = st + 30 * M
    yield f(
        "booking_en_rails",
        "en-US",
        "Booked: Interview with Sam Ortega",
        at(2027, 3, 1, 10, 0, la),
        "Booking (en): 'Mon, Mar 8, 2027 · 4:00 PM – 4:30 PM' and 'Time zone: Pacific Time (US "
        "& Canada)'.",
        "Your booking is confirmed",
        [
            "Hi Alex,",
            "Your booking with Sam Ortega (Lattice Orchards) is confirmed.",
            f"<b>{loc(st, 'EEE, MMM d, y', 'en_US')} &middot; {h12(st)} – {h12(en)}</b><br>"
            "Time zone: Pacific Time (US &amp; Canada)",
        ],
        label=ev(st, en, zone=la),
    )
    st = at(2027, 3, 8, 16, 0, la, "Mon")
    yield f(
        "booking_canceled",
        "en-US",
        "Canceled: Interview with Sam Ortega",
        at(2027, 3, 5, 9, 0, la),
        "Booking cancellation: 'Mon, Mar 8 at 4:00 PM (Pacific Time)' was canceled.",
        "Booking canceled",
        [
            "Hi Alex,",
            "Your booking on <b>Mon, Mar 8 at 4:00 PM (Pacific Time)</b> was canceled by Sam "
            "Ortega.",
        ],
        label=ev(st, kind="cancellation"),
    )
    yield f(
        "poll_vote",
        "de",
        "Bitte abstimmen: Panel-Gespräch Köhler & Sohn",
        at(2027, 2, 24, 9, 0, ber),
        "Group poll: vote on options 'Di., 2. März 10:00–11:00', 'Mi., 3. März 14:00–15:00'.",
        "Lena Brandt bittet Sie um Ihre Stimme",
        [
            "Hallo Alex,",
            "Lena Brandt hat eine Umfrage erstellt. Bitte wählen Sie die Zeiten, die Ihnen passen:",
            grid([["Di., 2. März", "10:00–11:00"], ["Mi., 3. März", "14:00–15:00"]]),
            button("Abstimmen", "https://doodle.example/poll/xy12"),
        ],
    )
    yield f(
        "poll_closed",
        "en-US",
        "Poll closed: Final round with Lattice Orchards",
        at(2027, 3, 2, 12, 0, la),
        "Poll closed; the most popular option listed, but 'the organizer will send the final "
        "invitation'.",
        "Poll closed",
        [
            "Hi Alex,",
            "The poll <b>Final round</b> is closed. Most votes: Thu, Mar 11, 1:00 PM – 2:00 PM. "
            "The organizer will send the final invitation.",
        ],
    )


def wttj() -> Iterator[Case]:
    f = Fam(
        "wttj",
        ("Coriandre via Welcome to the Jungle", "no-reply@wttj-mail.example"),
        "Coriandre",
        "#ffcd00",
    )
    par = "Europe/Paris"
    sent = at(2027, 2, 24, 10, 0, par)
    st = at(2027, 3, 3, 14, 0, par, "Wed")
    en = at(2027, 3, 3, 14, 45, par)
    yield f(
        "entretien_14h_14h45",
        "fr",
        "Entretien avec Coriandre",
        sent,
        "French: 'le mercredi 3 mars 2027 de 14h à 14h45'; no zone.",
        "Rencontrons-nous mercredi",
        [
            "Bonjour Alex,",
            "Nous serions ravis d'échanger avec vous <b>le mercredi 3 mars 2027 de 14h à "
            "14h45</b> en visio.",
        ],
        label=ev(st, en, naive=sent),
    )
    sent = at(2027, 3, 2, 16, 0, par)
    st = at(2027, 3, 11, 10, 0, par, "Thu")
    yield f(
        "a_10_heures",
        "fr",
        "Entretien dans nos locaux – Coriandre",
        sent,
        "'jeudi 11 mars 2027 à 10 heures' in a cell, the address in the next; no zone, no end.",
        "Jeudi 11 mars à 10 heures",
        [
            "Bonjour Alex,",
            "Nous vous attendons dans nos locaux :",
            grid([["Quand", "jeudi 11 mars 2027 à 10 heures"], ["Où", "18 rue Oberkampf, Paris"]]),
        ],
        label=ev(st, naive=sent),
    )
    sent = at(2027, 3, 1, 11, 0, par)
    st = at(2027, 3, 5, 16, 30, par, "Fri")
    yield f(
        "annule",
        "fr",
        "Entretien annulé – Coriandre",
        sent,
        "Cancellation 'L'entretien prévu le vendredi 5 mars à 16h30 est annulé'; no zone.",
        "Annulation",
        [
            "Bonjour Alex,",
            "L'entretien prévu le <b>vendredi 5 mars à 16h30</b> est annulé. Nous revenons vers "
            "vous très vite.",
        ],
        label=ev(st, kind="cancellation", naive=sent),
    )
    yield f(
        "afterwork_communaute",
        "fr",
        "Afterwork Tech chez Coriandre",
        at(2027, 2, 25, 12, 0, par),
        "Community event 'jeudi 4 mars à 19h', registration link; not an interview.",
        "Inscrivez-vous",
        [
            "Bonjour Alex,",
            "Rejoignez-nous pour un afterwork tech <b>jeudi 4 mars à 19h</b>. Places limitées.",
            button("Je m'inscris", "https://wttj.example/events/coriandre"),
        ],
    )
    yield f(
        "candidature_vue",
        "fr",
        "Votre candidature a été consultée",
        at(2027, 2, 22, 9, 0, par),
        "Status: the application was read; 'nous reviendrons vers vous d'ici le 1er mars'.",
        "Bonne nouvelle",
        [
            "Bonjour Alex,",
            "Coriandre a consulté votre candidature. Ils reviendront vers vous d'ici le 1er mars.",
        ],
    )


def reclaim() -> Iterator[Case]:
    f = Fam(
        "reclaim",
        ("Priya Natarajan via Reclaim", "links@reclaim-mail.example"),
        "Reclaim",
        "#3b82f6",
    )
    ny, chi, la = "America/New_York", "America/Chicago", "America/Los_Angeles"
    st = at(2027, 3, 2, 11, 0, ny, "Tue")
    en = st + 25 * M
    yield f(
        "booked_est_owa",
        "en-US",
        "Booked: Intro chat with Priya Natarajan",
        at(2027, 2, 25, 16, 0, ny),
        "'Tuesday, March 2, 2027 at 11:00 AM – 11:25 AM EST' and an Outlook link in UTC.",
        "You're booked",
        [
            "Hi Alex,",
            f"Your meeting is booked for <b>{en_date(st)} at {h12(st)} – {h12(en)} EST</b>.",
            button("Add to Outlook", owa("Intro chat", st, en), "#0078d4"),
        ],
        label=ev(st, en),
    )
    st = at(2027, 3, 11, 9, 0, chi, "Thu")
    yield f(
        "tomorrow_reminder",
        "en-US",
        "Tomorrow: Interview with Priya Natarajan",
        at(2027, 3, 10, 8, 0, chi),
        "Reminder 'Tomorrow at 9:00 AM CST (Thu, Mar 11)'; no end.",
        "Tomorrow at 9:00 AM",
        [
            "Hi Alex,",
            "Reminder: your interview is <b>tomorrow at 9:00 AM CST</b> (Thu, Mar 11).",
        ],
        label=ev(st),
    )
    st = at(2027, 3, 12, 13, 30, la, "Fri")
    en = st + 30 * M
    yield f(
        "moved_pst",
        "en-US",
        "Rescheduled: Interview with Priya Natarajan",
        at(2027, 3, 8, 10, 0, la),
        "Move: 'Moved to Friday, March 12, 2027, 1:30 PM - 2:00 PM PST' from Thursday.",
        "New time",
        [
            "Hi Alex,",
            "Your meeting was moved from Thursday to <b>Friday, March 12, 2027, 1:30 PM - 2:00 PM "
            "PST</b>.",
        ],
        label=ev(st, en, kind="reschedule"),
    )
    yield f(
        "availability_link",
        "en-US",
        "Let's find 30 minutes",
        at(2027, 2, 22, 9, 0, ny),
        "A person's scheduling link: 'my calendar's open Thursday afternoons'; nothing booked.",
        "Pick a time",
        [
            "Hi Alex,",
            "Thanks for reaching out! My calendar is usually open Thursday afternoons, 1-5pm ET. "
            "Grab a slot here:",
            button("Book time", "https://reclaim.example/m/priya/30min"),
        ],
    )


def talview() -> Iterator[Case]:
    f = Fam(
        "talview",
        ("Veenadhari Finserv Hiring", "noreply@talview-mail.example"),
        "Veenadhari Finserv",
        "#00a3e0",
    )
    kol, lon = "Asia/Kolkata", "Europe/London"
    st = at(2027, 3, 8, 10, 0, kol, "Mon")
    en = st + 45 * M
    yield f(
        "live_pipe_row",
        "en-IN",
        "Live interview scheduled – Veenadhari Finserv",
        at(2027, 3, 1, 12, 0, kol),
        "One row '08 March 2027 | 10:00 AM - 10:45 AM | Asia/Kolkata'.",
        "Live interview on 08 March",
        [
            "Dear Alex Morgan,",
            "Your live interview is scheduled.",
            "<b>08 March 2027 | 10:00 AM - 10:45 AM | Asia/Kolkata</b>",
            button("Join", "https://veenadhari.talview.example/live/55"),
        ],
        label=ev(st, en, zone=kol),
    )
    yield f(
        "proctored_window",
        "en-IN",
        "Proctored assessment window",
        at(2027, 3, 1, 12, 30, kol),
        "Assessment window '05 Mar 2027 09:00 AM to 07 Mar 2027 11:59 PM IST'.",
        "Assessment open this weekend",
        [
            "Dear Alex Morgan,",
            "Your proctored assessment is open from <b>05 Mar 2027 09:00 AM to 07 Mar 2027 "
            "11:59 PM IST</b>.",
        ],
    )
    st = at(2027, 3, 11, 15, 0, lon, "Thu")
    yield f(
        "confirmed_uk_date",
        "en-GB",
        "Interview confirmed – Veenadhari London",
        at(2027, 3, 4, 9, 0, lon),
        "UK order '11/03/2027 15:00 GMT'.",
        "Interview confirmed",
        [
            "Dear Alex,",
            "Your interview is confirmed for <b>11/03/2027 15:00 GMT</b>.",
        ],
        label=ev(st),
    )
    st = at(2027, 3, 8, 10, 0, kol, "Mon")
    yield f(
        "cancelled_ist",
        "en-IN",
        "Interview cancelled – Veenadhari Finserv",
        at(2027, 3, 5, 18, 0, kol),
        "Cancellation '08 March 2027 at 10:00 AM IST'.",
        "Interview cancelled",
        [
            "Dear Alex Morgan,",
            "Your interview on <b>08 March 2027 at 10:00 AM IST</b> stands cancelled.",
        ],
        label=ev(st, kind="cancellation", zone=kol),
    )


def zcal() -> Iterator[Case]:
    f = Fam("zcal", ("Zcal", "no-reply@zcal-mail.example"), "zcal", "#111111")
    ny, waw = "America/New_York", "Europe/Warsaw"
    st = at(2027, 3, 3, 14, 0, ny, "Wed")
    en = st + 30 * M
    yield f(
        "booked_iana",
        "en-US",
        "You're booked with Morgan Ellis",
        at(2027, 2, 25, 11, 0, ny),
        "'Wed, Mar 3, 2027 2:00pm - 2:30pm (America/New_York)'.",
        "You're booked",
        [
            "Hi Alex,",
            "Your interview with Morgan Ellis is booked.",
            "<b>Wed, Mar 3, 2027</b><br>2:00pm - 2:30pm (America/New_York)",
        ],
        label=ev(st, en, zone=ny),
    )
    st = at(2027, 3, 4, 11, 0, waw, "Thu")
    en = st + 30 * M
    yield f(
        "zarezerwowane",
        "pl",
        "Spotkanie zarezerwowane",
        at(2027, 2, 26, 10, 0, waw),
        "Polish: 'czwartek, 4 marca 2027, 11:00–11:30 (Europe/Warsaw)'.",
        "Rezerwacja potwierdzona",
        [
            "Cześć Alex,",
            "Twoja rozmowa została zarezerwowana: <b>czwartek, 4 marca 2027, 11:00–11:30 "
            "(Europe/Warsaw)</b>.",
        ],
        label=ev(st, en, zone=waw),
    )
    st = at(2027, 3, 5, 10, 0, ny, "Fri")
    en = st + 30 * M
    yield f(
        "rescheduled",
        "en-US",
        "Rescheduled: Interview with Morgan Ellis",
        at(2027, 3, 2, 9, 0, ny),
        "Move to 'Fri, Mar 5, 2027 10:00am - 10:30am (America/New_York)'.",
        "New time",
        [
            "Hi Alex,",
            "Your interview was rescheduled to <b>Fri, Mar 5, 2027 10:00am - 10:30am "
            "(America/New_York)</b>.",
        ],
        label=ev(st, en, kind="reschedule", zone=ny),
    )
    yield f(
        "pick_link",
        "en-US",
        "Morgan Ellis shared a booking link",
        at(2027, 2, 22, 9, 0, ny),
        "Booking link: 'available Mon-Wed next week'; nothing booked.",
        "Pick a time",
        [
            "Hi Alex,",
            "Morgan Ellis invited you to pick a time. Available Mon-Wed next week, 10am-4pm ET.",
            button("Pick a time", "https://zcal.example/morgan/30"),
        ],
    )


BUILDERS = [
    rippling,
    gemats,
    oraclerc,
    chilipiper,
    comeet,
    flatchr,
    ukgpro,
    hibob,
    dover,
    kenjo,
    savvycal,
    vidcruiter,
    avature,
    factorial,
    keka,
    doodle,
    wttj,
    reclaim,
    talview,
    zcal,
]


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the htmlats13 batch (`build_htmlats13.py`)",
        "",
        "HTML notification mail from commercial recruiting and scheduling vendors the corpus had "
        "not used. These products are proprietary: wording ours, layout after public help-center "
        "screenshots/docs (recalled, no vendor text or template copied). People, companies, "
        "addresses and links are made up. MJML-style markup (hidden preheader, mso "
        "conditionals, one-column tables) is the generic shape MJML emits.",
        "",
        "Every label was written from the datetimes the text is rendered from, before the "
        "parser was run. Held-out families (chosen before any parse): dover, kenjo, savvycal, "
        "vidcruiter; second wave: talview, zcal; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_htmlats13.py` "
        "(deterministic; rewrites only these families' files).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [c for c in cases if c.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {SPLITS[name]}): {SOURCES[name]}")
    lines += [
        "",
        "## First sight (parser of main at e73d722, before any change for this batch)",
        "",
        "- first wave (12 families): dev text 29/31, dev false claims 1/22; held out text "
        "15/15, false claims 0/8",
        "- second wave (8 families, split fixed before it was parsed): dev text 17/18, false "
        "0/11; held out text 6/6, false 0/2",
        "- together: dev text 46/49, false 1/33; held out text 21/21, false 0/10 (no calendar "
        "parts in this batch)",
        "- after the fixes: dev text 48/49, false 0/33; held out unchanged in aggregate",
        "",
        "Honest miss left: `ukgpro__en-US_rescheduled_mountain` puts the new start and end in "
        "two bare adjacent cells ('01/22/2027 | 01:00 PM | 02:00 PM'); pick-a-slot tables of "
        "the same senders print alternatives exactly so, so the second cell is not read as an "
        "end.",
    ]
    lines += ["", "## Dev files", ""]
    lines += pp.file_rows(c for c in cases if c.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-htmlats13.md", provenance(cases))
    neg = sum(1 for c in cases if c.label.get("kind") == NEG)
    print(f"{len(cases)} messages ({neg} negatives) in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
