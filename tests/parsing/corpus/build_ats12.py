"""Write the "ats12" batch: interview and booking notices from HR, CRM and booking software.

Run: .venv/bin/python tests/parsing/corpus/build_ats12.py

Eleven families of senders the corpus had not used. Two render real open-source templates with
their real translations: Odoo 16's calendar mail templates (the date card that splits weekday,
day number, 'MMMM y' and the short time into separate boxes, the IANA zone in brackets under
it, and get_display_time_tz's '23-06-2026 om (10:30:00 t/m 11:30:00) (Europe/Amsterdam)') in
Dutch from addons/calendar/i18n/nl.po and in English, and vtiger CRM's invitation mail
(vtiger 5's getActivityDetails(), which prints the database time followed by 'UTC', with the
Romanian and English Calendar language packs; vtiger 7's 'Invite Users' template with the
Vietnamese pack). The others are commercial tools whose wording is recalled and written in our
own words: Zoho Bookings, Recruit CRM, SimplyBook.me, d.vinci, Jobylon (dev) and Oracle Taleo,
ReachMee, TidyCal and Paradox's Olivia text-to-mail (held out). Layouts: HTML tables, label and
value blocks in twelve languages, times only in Add-to-calendar links or in the subject, zones
as IANA IDs, Windows display names and abbreviations, 12/24-hour mixes, reschedules,
cancellations and day-before reminders of the reader's own interview; look-alikes from the
same tools (pick-a-slot mails, pending bookings, assessment deadlines, status updates, task
notices, event registrations, receipts). Every label comes from the datetimes the text is
rendered from and was written before the parser was run. Mail helpers are those of
build_parse-pos.py and build_parsegen7.py, loaded, not copied. Deterministic; touches only its
own families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from urllib.parse import quote as urlquote

from babel.dates import format_datetime, format_time

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
at, mail, Case = pp.at, pp.mail, pp.Case
slot, cal_links, links_html, links_text = pg7.slot, pg7.cal_links, pg7.links_html, pg7.links_text
page, rows, paras = pg7.page, pg7.rows, pg7.paras
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "odoocard": "dev",
    "vtiger": "dev",
    "zohobookings": "dev",
    "recruitcrm": "dev",
    "simplybook": "dev",
    "dvinci": "dev",
    "jobylon": "dev",
    "taleo": "heldout",
    "reachmee": "heldout",
    "tidycal": "heldout",
    "paradox": "heldout",
    # second wave, split fixed before the parser was run on it
    "workdayi18n": "dev",
    "sfi18n": "dev",
    "joincom": "dev",
    "setmore": "dev",
    "koalendar": "heldout",
}

ODOO_EN = (
    "odoo/odoo:addons/calendar/data/mail_template_data.xml@00ce3720c6ca422ee8e0ae6e172b90cd6bf180b9"
)
ODOO_NL = (
    "odoo/odoo:addons/calendar/i18n/nl.po@ac6be10cf26da80aebeab3a1412d00f44a8780fb (Odoo 16 "
    "msgstr of calendar_template_meeting_invitation/_changedate and the "
    "'%(day)s at (%(start)s To %(end)s) (%(timezone)s)' string); subjects ours"
)
VT5 = (
    "vtiger-crm/vtigercrm:modules/Calendar/CalendarCommon.php (getActivityDetails, "
    "sendInvitation, getActivityMailInfo)@410982386233066077570ef9d63b8642ad821be3"
)
VT_RO = "Romanian vtiger 5 Calendar mod_strings (Magister Software language pack)"
VT_EN = (
    "vtiger-crm/vtigercrm:modules/Calendar/language/en_us.lang.php"
    "@31a494c26b62f32043294996a38dbe9cd58f2332"
)
VT7 = (
    "vtiger 7 'Invite Users' email template (migration script's body: LBL_ACTIVITY_INVITATION, "
    "LBL_DETAILS_STRING, 'Start Date & Time' ... LBL_REGARDS_STRING) + vtiger 7 Vietnamese "
    "Calendar languageStrings; merge-field date format (d-m-Y H:i, no zone) assumed"
)
RECALLED = "strings recalled from the vendor's help centre and public screenshots; wording ours"
TEMPLATES = {
    "zohobookings": "Zoho Bookings customer notifications (confirmation, reschedule, "
    "cancellation, reminder, approval pending, booking page); " + RECALLED,
    "recruitcrm": "Recruit CRM candidate emails (interview scheduled/rescheduled/cancelled, "
    "status update, assessment link); " + RECALLED,
    "simplybook": "SimplyBook.me client notifications (booking confirmed, reminder, "
    "cancelled, changed, pending approval); " + RECALLED,
    "dvinci": "d.vinci candidate emails (Einladung, Terminauswahl, Terminbestätigung, Absage, "
    "Eingangsbestätigung); " + RECALLED,
    "jobylon": "Jobylon candidate emails (interview invitation, reminder, video interview, "
    "status); " + RECALLED,
    "taleo": "Oracle Taleo candidate correspondence (interview scheduling, reschedule, "
    "questionnaire request, post-interview); " + RECALLED,
    "reachmee": "ReachMee candidate emails (kallelse, bokningslänk, inställd intervju); "
    + RECALLED,
    "tidycal": "TidyCal booking confirmations, cancellations and receipts; " + RECALLED,
    "paradox": "Paradox Olivia conversational-scheduling texts relayed to email; " + RECALLED,
    "workdayi18n": "Workday Recruiting candidate notifications in ja, fr, de-CH, es, pt-BR; "
    + RECALLED,
    "sfi18n": "SAP SuccessFactors Interview Scheduling candidate mails in de, zh-CN, es, fr "
    "(time zone rows as SuccessFactors prints them); " + RECALLED,
    "joincom": "JOIN (join.com) candidate interview emails and inbox notices; " + RECALLED,
    "setmore": "Setmore customer confirmations and review requests; " + RECALLED,
    "koalendar": "Koalendar booking confirmations, cancellations and reminders; " + RECALLED,
}
LICENSES = {
    "odoocard": "LGPL-3.0 (Odoo Community templates and translations)",
    "vtiger": "vtiger CRM Public License 1.1 (MPL-based; templates and language packs)",
}
OWN_LICENSE = "written for this corpus (vendors' layouts recalled, no vendor text copied)"

SOURCES = {
    "odoocard": "Odoo 16 calendar templates: invitations and an appointment booking with the "
    "split date card and '(Europe/Amsterdam)' under the time, a 'date updated' notice, a "
    "reminder (nl, en); an event registration and a survey deadline as look-alikes.",
    "vtiger": "vtiger CRM: vtiger 5 invitations printing the database time with 'UTC' (ro, en), "
    "vtiger 7 'Invite Users' mail (vi); task notices with a due date as look-alikes.",
    "zohobookings": "Zoho Bookings: confirmation with the IANA zone (en-GB), a move (de), a "
    "cancellation (fr), a day-before reminder with 'GMT+02:00' (es), the time only in the "
    "subject and Add-to-calendar links (en-US); pick-a-slot and approval-pending look-alikes.",
    "recruitcrm": "Recruit CRM: interview tables with IANA zone (en-US) and IST (en-IN), a "
    "reschedule (en-AU), a cancellation (en-GB); status update and assessment deadline.",
    "simplybook": "SimplyBook.me: confirmation with 'Europe/Moscow' (ru), reminder (pl), "
    "cancellation (de), change (uk); pending request and pick-a-time look-alikes.",
    "dvinci": "d.vinci: Einladung (de-DE), Teams invitation with MESZ (de-AT), confirmation of "
    "the picked slot, cancellation; Terminauswahl and Eingangsbestätigung look-alikes.",
    "jobylon": "Jobylon: invitations in sv ('13.00–13.45'), da ('kl. 10.30-11.15'), fi "
    "('klo 12.00–12.30'), a reminder in nb; video-interview deadline and status look-alikes.",
    "taleo": "Oracle Taleo (held out).",
    "reachmee": "ReachMee (held out).",
    "tidycal": "TidyCal (held out).",
    "paradox": "Paradox / Olivia (held out).",
    "workdayi18n": "Workday in other languages: '2026年6月17日(水) 14:00～15:00 (日本時間)', "
    "'heure d'été d'Europe centrale', a de-CH move, 'BRT'; an assessment deadline (es).",
    "sfi18n": "SuccessFactors rows '(GMT+02:00) Mitteleuropäische Sommerzeit (Europe/Berlin)', "
    "'下午2:00 - 下午3:00 (GMT+08:00) 中国标准时间 (Asia/Shanghai)', a cancellation (es), a "
    "request for availability (fr).",
    "joincom": "JOIN: de invitation with MESZ and a Google link, en with an IANA zone, a fr "
    "reminder for tomorrow, an inbox notice asking for availability.",
    "setmore": "Setmore: BST on its own line (en-GB), a Spanish confirmation with the IANA "
    "zone, '3 PM - 3:30 PM (Eastern Time)'; a review request with a next free slot.",
    "koalendar": "Koalendar (held out).",
}


def loc(value: datetime, pattern: str, locale: str) -> str:
    """A CLDR rendering of the wall time in the value's own zone."""
    return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=locale)


def short_time(value: datetime, locale: str) -> str:
    return format_time(value, "short", tzinfo=value.tzinfo, locale=locale)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    *,
    text: str | None = None,
    html: str | None = None,
    label: dict[str, object] | None = None,
    template: str = "",
) -> Case:
    """One direct mail; without a label it is a non-invitation."""
    raw = mail(
        f"ats12/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
    )
    label = dict(label or {"kind": NEG})
    label["organizer_email"] = sender[1]
    return Case(
        family,
        SPLITS[family],
        pg7.filename(lang, name),
        raw,
        label,
        lang,
        note,
        template or TEMPLATES[family],
        LICENSES.get(family, OWN_LICENSE),
    )


def google_link(title: str, start: datetime, end: datetime) -> str:
    return (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        f"&amp;text={urlquote(title)}&amp;dates={pg7.zulu(start)}/{pg7.zulu(end)}"
    )


# --------------------------------------------------------------------------------------
# Odoo 16 calendar templates (real structure; nl strings from nl.po)

ODOO_STR = {
    "en": {
        "hello": "Hello",
        "invited": "{org} invited you for the <strong>{name}</strong> meeting.",
        "booked": "Your appointment <strong>{type}</strong>  with {org} has been booked.",
        "updated": "The date of the meeting has been updated.\n            The meeting "
        "<strong>{name}</strong> created by {org} is now scheduled for\n            {when}.",
        "reminder": "This is a reminder for the below event :",
        "accept": "Accept",
        "decline": "Decline",
        "view": "View",
        "details": "Details of the event",
        "type": "Appointment Type:",
        "location": "Location:",
        "map": "View Map",
        "duration": "Duration:",
        "attendees": "Attendees",
        "you": "You",
        "join": "How to Join:",
        "join_at": " Join at",
        "description": "Description of the event:",
        "thanks": "Thank you,",
        "display": "{day} at ({start} To {end}) ({tz})",
        "date": "%m/%d/%Y",
    },
    "nl": {
        "hello": "Hallo",
        "invited": "{org} heeft je uitgenodigd voor de vergadering <strong>{name}</strong>.",
        "booked": "Je afspraak <strong>{type}</strong>  met {org} is gemaakt.",
        "updated": "De datum van de vergadering is aangepast.\n            De vergadering "
        "<strong>{name}</strong> aangemaakt door {org} staat nu gepland voor\n            "
        "{when}.",
        "accept": "Aanvaarden",
        "decline": "Afwijzen",
        "view": "Bekijken",
        "details": "Details van het evenement",
        "type": "Afspraaktype:",
        "location": "Waar:",
        "map": "Bekijk kaart",
        "duration": "Duur:",
        "attendees": "Deelnemers",
        "you": "Jij",
        "join": "Hoe deelnemen:",
        "join_at": " Neem deel via",
        "description": "Beschrijving van het evenement:",
        "thanks": "Dank je,",
        "display": "{day} om ({start} t/m {end}) ({tz})",
        "date": "%d-%m-%Y",
    },
}


def odoo_display(s: dict[str, str], start: datetime, end: datetime) -> str:
    """calendar.event.get_display_time_tz: the lang's date format and %H:%M:%S times."""
    return s["display"].format(
        day=start.strftime(s["date"]),
        start=start.strftime("%H:%M:%S"),
        end=end.strftime("%H:%M:%S"),
        tz=str(start.tzinfo),
    )


def odoo_mail(
    lang: str,
    locale: str,
    intro: str,
    start: datetime,
    minutes: int,
    *,
    organizer: str,
    attendees: list[str],
    location: str = "",
    video: str = "",
    appt_type: str = "",
    description: str = "",
    signature: str = "",
) -> tuple[str, str]:
    """The template's HTML and the plain alternative Odoo derives from it (html2plaintext)."""
    s = ODOO_STR[lang]
    weekday = loc(start, "EEEE", locale)
    month = loc(start, "MMMM y", locale)
    clock = short_time(start, locale)
    tz = str(start.tzinfo)
    btn = "padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B"
    items = []
    lines = []
    if appt_type:
        items.append(f"<li>{s['type']} {appt_type}</li>")
        lines.append(f"* {s['type']} {appt_type}")
    if location:
        items.append(
            f"<li>{s['location']} {location}\n (<a target='_blank' href='http://maps.google.com/"
            f"maps?oi=map&amp;q={urlquote(location)}'>{s['map']}</a>)</li>"
        )
        lines.append(f"* {s['location']} {location} ({s['map']})")
    duration = f"{minutes // 60}H{minutes % 60:02d}"
    items.append(f"<li>{s['duration']} {duration}</li>")
    lines.append(f"* {s['duration']} {duration}")
    people = "".join(
        "<li><div style='display: inline-block; border-radius: 50%; width: 10px; height: 10px; "
        f"background:grey;'> </div><span style='margin-left:5px'>{p}</span></li>"
        for p in [*attendees, s["you"]]
    )
    items.append(f"<li>{s['attendees']}<ul>{people}</ul></li>")
    lines.append(f"* {s['attendees']}")
    lines += [f"    * {p}" for p in [*attendees, s["you"]]]
    if video:
        items.append(
            f"<li>{s['join']}{s['join_at']}<br/><a href='{video}' target='_blank'>{video}</a></li>"
        )
        lines.append(f"* {s['join']}{s['join_at']}\n  {video}")
    if description:
        items.append(f"<li>{s['description']} {description}</li>")
        lines.append(f"* {s['description']} {description}")
    html = (
        f"<div>\n<p>\n    {s['hello']} Alex Morgan,<br/><br/>\n    {intro}\n</p>\n"
        "<div style='text-align: center; padding: 16px 0px 16px 0px;'>\n"
        f"  <a href='https://erp.example/calendar/meeting/accept?token=7f2c&amp;id=418' "
        f"style='{btn}'>{s['accept']}</a>\n"
        f"  <a href='https://erp.example/calendar/meeting/decline?token=7f2c&amp;id=418' "
        f"style='{btn}'>{s['decline']}</a>\n"
        f"  <a href='https://erp.example/calendar/meeting/view?token=7f2c&amp;id=418' "
        f"style='{btn}'>{s['view']}</a>\n</div>\n"
        "<table border='0' cellpadding='0' cellspacing='0'><tr>\n"
        "<td width='130px;' style='min-width: 130px;'>\n"
        "  <div style='font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; "
        f"background-color: #875A7B;'>\n    {weekday}\n  </div>\n"
        "  <div style='font-size: 48px; font-weight: bold; text-align: center; color: #5F5F5F; "
        f"background-color: #F8F8F8;'>\n    {start.day}\n  </div>\n"
        "  <div style='font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; "
        f"background-color: #875A7B;'>\n    {month}\n  </div>\n"
        "  <div style='color: #5F5F5F; text-align: center; font-size: 12px; font-weight: bold;'>\n"
        f"    <div>\n      {clock}\n    </div>\n"
        f"    <div style='font-size: 10px; font-weight: normal'>\n      ({tz})\n    </div>\n"
        "  </div>\n</td>\n<td width='20px;'/>\n<td style='padding-top: 5px;'>\n"
        f"  <p><strong>{s['details']}</strong></p>\n  <ul>\n    "
        + "\n    ".join(items)
        + "\n  </ul>\n"
        "</td>\n</tr></table>\n<br/>\n"
        f"{s['thanks']}\n" + (f"<br/>\n--<br/>{signature}\n" if signature else "") + "</div>\n"
    )
    intro_text = (
        intro.replace("<strong>", "*")
        .replace("</strong>", "*")
        .replace("\n            ", " ")
        .replace("  ", " ")
    )
    text = (
        f"{s['hello']} Alex Morgan,\n\n{intro_text}\n\n{s['accept']} [1] {s['decline']} [2] "
        f"{s['view']} [3]\n\n{weekday}\n\n{start.day}\n\n{month}\n\n{clock}\n\n({tz})\n\n"
        f"*{s['details']}*\n\n"
        + "\n".join(lines)
        + f"\n\n{s['thanks']}\n"
        + (f"-- \n{signature}\n" if signature else "")
        + "\n[1] https://erp.example/calendar/meeting/accept?token=7f2c&id=418\n"
        "[2] https://erp.example/calendar/meeting/decline?token=7f2c&id=418\n"
        "[3] https://erp.example/calendar/meeting/view?token=7f2c&id=418\n"
    )
    return html, text


def odoocard() -> Iterator[Case]:
    f = "odoocard"
    ams = "Europe/Amsterdam"
    org = ("Sanne de Wit", "sanne.dewit@kanaalzicht-data.example.nl")
    sent = at(2026, 6, 8, 11, 4, ams)
    st = at(2026, 6, 16, 14, 0, ams, "Tue")
    html, text = odoo_mail(
        "nl",
        "nl",
        ODOO_STR["nl"]["invited"].format(
            org="Sanne de Wit", name="Sollicitatiegesprek – Data-analist"
        ),
        st,
        45,
        organizer="Sanne de Wit",
        attendees=["Sanne de Wit", "Joost Verhagen"],
        location="Kanaalzicht Data, Catharijnesingel 30, Utrecht",
        signature="Sanne de Wit<br/>Recruiter | Kanaalzicht Data",
    )
    yield case(
        f,
        "uitnodiging_kaart",
        "nl",
        org,
        "Uitnodiging voor Sollicitatiegesprek – Data-analist",
        sent,
        "Odoo 16 invitation in Dutch: the date card splits 'dinsdag' / '16' / 'juni 2026' / "
        "'14:00' / '(Europe/Amsterdam)' into separate boxes; 'Duur: 0H45' is exact.",
        html=html,
        text=text,
        label=slot(st, st + timedelta(minutes=45), zone=ams),
        template=ODOO_NL,
    )
    bru = "Europe/Brussels"
    org = ("Pieter Bakker", "pieter.bakker@scheldepoort-hr.example.be")
    sent = at(2026, 6, 10, 16, 40, bru)
    st = at(2026, 6, 12, 9, 30, bru, "Fri")
    html, text = odoo_mail(
        "nl",
        "nl_BE",
        ODOO_STR["nl"]["booked"].format(type="Kennismakingsgesprek", org="Pieter Bakker"),
        st,
        30,
        organizer="Pieter Bakker",
        attendees=["Pieter Bakker"],
        appt_type="Kennismakingsgesprek",
        video="https://erp.example/calendar/join_videocall/k8Zq2",
    )
    yield case(
        f,
        "afspraak_gemaakt_videocall",
        "nl-BE",
        org,
        "Bevestiging: Kennismakingsgesprek met Pieter Bakker",
        sent,
        "Odoo appointment booked by the candidate (target customer branch): 'Je afspraak "
        "Kennismakingsgesprek met Pieter Bakker is gemaakt', card with Friday 12 June 09:30 "
        "(Europe/Brussels), 'Duur: 0H30', Odoo Discuss video link.",
        html=html,
        text=text,
        label=slot(st, st + timedelta(minutes=30), zone=bru),
        template=ODOO_NL,
    )
    org = ("Sanne de Wit", "sanne.dewit@kanaalzicht-data.example.nl")
    sent = at(2026, 6, 17, 9, 15, ams)
    st = at(2026, 6, 23, 10, 30, ams, "Tue")
    en = st + timedelta(hours=1)
    s = ODOO_STR["nl"]
    html, text = odoo_mail(
        "nl",
        "nl",
        s["updated"].format(
            name="Tweede gesprek – Backend developer",
            org="Sanne de Wit",
            when=odoo_display(s, st, en),
        ),
        st,
        60,
        organizer="Sanne de Wit",
        attendees=["Sanne de Wit", "Lotte Mulder"],
        location="Kanaalzicht Data, Catharijnesingel 30, Utrecht",
    )
    yield case(
        f,
        "datum_aangepast",
        "nl",
        org,
        "Tweede gesprek – Backend developer: datum aangepast",
        sent,
        "Odoo 'date updated' notice in Dutch: 'staat nu gepland voor 23-06-2026 om (10:30:00 "
        "t/m 11:30:00) (Europe/Amsterdam)' plus the date card; the new slot.",
        html=html,
        text=text,
        label=slot(st, en, kind="reschedule", zone=ams),
        template=ODOO_NL,
    )
    chi = "America/Chicago"
    org = ("Dana Whitcomb", "dana.whitcomb@prairieforge.example.com")
    sent = at(2026, 7, 1, 13, 22, chi)
    st = at(2026, 7, 8, 14, 30, chi, "Wed")
    html, text = odoo_mail(
        "en",
        "en_US",
        ODOO_STR["en"]["invited"].format(
            org="Dana Whitcomb", name="Interview: Maintenance Planner (Alex Morgan)"
        ),
        st,
        60,
        organizer="Dana Whitcomb",
        attendees=["Dana Whitcomb", "Luis Ortega"],
        location="Prairie Forge Plant 2, 4100 W Ogden Ave, Cicero, IL",
        description="Please bring a photo ID for the gate. Safety shoes are not required.",
    )
    yield case(
        f,
        "invited_chicago_12h",
        "en",
        org,
        "Invitation to Interview: Maintenance Planner (Alex Morgan)",
        sent,
        "Odoo invitation in English: card 'Wednesday' / '8' / 'July 2026' / '2:30 PM' / "
        "'(America/Chicago)', 'Duration: 1H00'.",
        html=html,
        text=text,
        label=slot(st, st + timedelta(hours=1), zone=chi),
        template=ODOO_EN,
    )
    syd = "Australia/Sydney"
    org = ("Mia Kowalczyk", "mia.k@harbourline-freight.example.com.au")
    sent = at(2026, 8, 3, 9, 0, syd)
    st = at(2026, 8, 4, 11, 0, syd, "Tue")
    html, text = odoo_mail(
        "en",
        "en_AU",
        ODOO_STR["en"]["reminder"],
        st,
        45,
        organizer="Mia Kowalczyk",
        attendees=["Mia Kowalczyk"],
        location="Level 9, 1 Bligh St, Sydney",
    )
    yield case(
        f,
        "reminder_sydney",
        "en-AU",
        org,
        "Reminder: Interview – Freight Coordinator (Alex Morgan)",
        sent,
        "Odoo reminder the day before the reader's own interview ('This is a reminder for the "
        "below event :'): card 'Tuesday' / '4' / 'August 2026' / '11:00 am' / "
        "'(Australia/Sydney)', 'Duration: 0H45'; sets the reader's slot.",
        html=html,
        text=text,
        label=slot(st, st + timedelta(minutes=45), zone=syd),
        template=ODOO_EN + " (record calendar_template_meeting_reminder)",
    )
    org = ("Kanaalzicht Data Events", "events@kanaalzicht-data.example.nl")
    ev = at(2026, 6, 26, 15, 0, ams, "Fri")
    yield case(
        f,
        "event_registratie",
        "nl",
        org,
        "Je registratie voor Kanaalzicht Carrièremiddag 2026",
        at(2026, 6, 9, 10, 0, ams),
        "Odoo event registration (website_event, recalled): a careers afternoon for all "
        "registrants, 'vrijdag 26 juni 2026, 15:00 - 18:00 (Europe/Amsterdam)'; no interview "
        "for the reader.",
        html=paras(
            "Hallo Alex Morgan,",
            "Bedankt voor je registratie voor <strong>Kanaalzicht Carrièremiddag 2026</strong>. "
            "Je ticket is bijgevoegd.",
            f"<strong>Wanneer</strong><br/>{loc(ev, 'EEEE d MMMM y', 'nl')}, "
            f"{ev:%H:%M} - 18:00 ({ams})",
            "<strong>Waar</strong><br/>Kanaalzicht Data, Catharijnesingel 30, Utrecht",
            "Tijdens de middag presenteren onze teams zich en kun je vrij binnenlopen bij de "
            "stands. Er worden geen individuele gesprekken ingepland.",
            "Tot dan!<br/>Kanaalzicht Data",
        ),
        template="Odoo website_event registration mail (event_subscription); " + RECALLED,
    )
    yield case(
        f,
        "survey_deadline",
        "en",
        ("Prairie Forge Recruiting", "recruiting@prairieforge.example.com"),
        "Participate to Technical Questionnaire – Maintenance Planner",
        at(2026, 6, 22, 8, 30, chi),
        "Odoo survey invitation (recalled): answer the questionnaire 'before 06/29/2026 "
        "11:59 PM'; a deadline, not an interview.",
        html=paras(
            "Dear Alex Morgan,",
            "You have been invited to take a new survey: <strong>Technical Questionnaire – "
            "Maintenance Planner</strong>.",
            "<a href='https://erp.example/survey/start/4c1d?answer_token=9a0e' "
            "style='padding: 5px 10px; color: #FFFFFF; background-color: #875A7B'>Start "
            "Survey</a>",
            "Please answer the survey before 06/29/2026 11:59 PM.",
            "Thank you in advance for your participation.",
        ),
        template="Odoo survey mail_template_user_input_invite; " + RECALLED,
    )


# --------------------------------------------------------------------------------------
# vtiger CRM


VT_LABELS = {
    "ro": {
        "invitation": "Va aducem la cunostinta ca o activitate la care sunteti invitat a fost",
        "notification": "Va aducem la cunostinta ca o activitate asignata dvs. a fost",
        "created": "nou creata",
        "details": "Detaliile sunt",
        "subject": "Subiect:",
        "start": "Data & ora inceput",
        "end": "Data & ora final",
        "due": "Data scadenta",
        "status": "Stare",
        "priority": "Prioritate",
        "related": "Se refera la",
        "location": "Locatie",
        "description": "Descriere",
        "regards": "Multumesc",
        "INVITATION": " Invitatie ",
        "Planned": "Planificat",
        "Not Started": "Neinceput",
        "Medium": "Mediu",
        "High": "Fierbinte",
    },
    "en": {
        "invitation": "You have been invited for an activity that has been ",
        "notification": "This is a notification that an activity is assigned to you that has been",
        "created": "created",
        "details": "The details are",
        "subject": "Subject:",
        "start": "Start Date & Time",
        "end": "End Date & Time",
        "due": "Due Date",
        "status": "Status",
        "priority": "Priority",
        "related": "Related to",
        "location": "Location",
        "description": "Description",
        "regards": "Thanks & Regards",
        "INVITATION": " Invitation ",
        "Planned": "Planned",
        "Not Started": "Not Started",
        "Medium": "Medium",
        "High": "High",
    },
}


def vt5_body(
    lang: str,
    *,
    invite: bool,
    subject: str,
    start: datetime,
    end: datetime,
    status: str,
    priority: str,
    related: str,
    location: str,
    description: str,
    sender: str,
) -> str:
    """getActivityDetails(): the DB (UTC) times with getDBTimeZone() appended."""
    s = VT_LABELS[lang]
    pad = "<br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
    msg = s["invitation"] if invite else s["notification"]
    end_label = s["end"] if invite else s["due"]
    su = start.astimezone(UTC)
    eu = end.astimezone(UTC)
    return (
        f"Alex Morgan,<br><br>{msg} {s['created']}.<br> {s['details']}:<br>"
        f"{pad}{s['subject']} : {subject}"
        f"{pad}{s['start']} : {su:%Y-%m-%d %H:%M:%S} UTC"
        f"{pad}{end_label} : {eu:%Y-%m-%d %H:%M:%S} UTC"
        f"{pad}{s['status']}: {s[status]}"
        f"{pad}{s['priority']}: {s[priority]}"
        f"{pad}{s['related']}: {related}"
        f"{pad}{s['location']} : {location}"
        f"{pad}{s['description']}: {description}"
        f"<br><br>{s['regards']} ,<br>{sender}."
    )


def vtiger() -> Iterator[Case]:
    f = "vtiger"
    buc = "Europe/Bucharest"
    org = ("Ioana Pop", "ioana.pop@somes-contabil.example.ro")
    st = at(2026, 6, 10, 10, 0, buc, "Wed")
    en = st + timedelta(hours=1)
    yield case(
        f,
        "invitatie_utc",
        "ro",
        org,
        VT_LABELS["ro"]["INVITATION"] + " : Interviu - Contabil senior",
        at(2026, 6, 3, 14, 12, buc),
        "vtiger 5 invitation in Romanian: 'Data & ora inceput : 2026-06-10 07:00:00 UTC' is "
        "the database time with 'UTC' appended (10:00 in Bucharest); the instant is right, "
        "the wall time in the text is UTC.",
        html=vt5_body(
            "ro",
            invite=True,
            subject="Interviu - Contabil senior",
            start=st,
            end=en,
            status="Planned",
            priority="Medium",
            related="Somes Contabil SRL",
            location="Str. Fabricii 12, et. 2, Cluj-Napoca",
            description="Interviu tehnic cu directorul financiar. Va rugam sa aduceti CV-ul "
            "tiparit.",
            sender="Ioana Pop",
        ),
        label=slot(st, en),
        template=VT5 + " + " + VT_RO,
    )
    st = at(2026, 6, 16, 13, 30, buc, "Tue")
    en = st + timedelta(minutes=45)
    yield case(
        f,
        "invitatie_online_utc",
        "ro",
        org,
        VT_LABELS["ro"]["INVITATION"] + " : Interviu online - Analist salarizare",
        at(2026, 6, 9, 9, 40, buc),
        "vtiger 5 invitation, Romanian, afternoon slot: '2026-06-16 10:30:00 UTC' to "
        "'11:15:00 UTC' (13:30-14:15 in Bucharest); location is a Meet link.",
        html=vt5_body(
            "ro",
            invite=True,
            subject="Interviu online - Analist salarizare",
            start=st,
            end=en,
            status="Planned",
            priority="High",
            related="Somes Contabil SRL",
            location="https://meet.example/qvx-rtno-bpa",
            description="Discutie de 45 de minute cu echipa de salarizare.",
            sender="Ioana Pop",
        ),
        label=slot(st, en),
        template=VT5 + " + " + VT_RO,
    )
    due = at(2026, 6, 12, 17, 0, buc, "Fri")
    yield case(
        f,
        "notificare_sarcina",
        "ro",
        org,
        "Notificare activitate: Trimite copie diploma",
        at(2026, 6, 8, 12, 0, buc),
        "vtiger 5 task notification (LBL_ACTIVITY_NOTIFICATION, 'Data scadenta'): a document "
        "to send by a due date; no meeting.",
        html=vt5_body(
            "ro",
            invite=False,
            subject="Trimite copie diploma de licenta",
            start=due - timedelta(days=4),
            end=due,
            status="Not Started",
            priority="Medium",
            related="Somes Contabil SRL",
            location="",
            description="Va rugam sa trimiteti copia scanata inainte de interviu.",
            sender="Ioana Pop",
        ),
        template=VT5 + " + " + VT_RO,
    )
    ny = "America/New_York"
    org = ("Gregory Haines", "ghaines@tidewater-staffing.example.com")
    st = at(2026, 7, 14, 15, 0, ny, "Tue")
    en = st + timedelta(minutes=30)
    yield case(
        f,
        "invitation_utc_en",
        "en",
        org,
        VT_LABELS["en"]["INVITATION"] + " : Phone screen - Warehouse Supervisor",
        at(2026, 7, 9, 10, 5, ny),
        "vtiger 5 invitation in English: 'Start Date & Time : 2026-07-14 19:00:00 UTC' (3 PM "
        "in New York); the text names only UTC.",
        html=vt5_body(
            "en",
            invite=True,
            subject="Phone screen - Warehouse Supervisor",
            start=st,
            end=en,
            status="Planned",
            priority="Medium",
            related="Tidewater Staffing",
            location="Phone - we will call (757) 555-0143",
            description="Short screening call before the site visit.",
            sender="Gregory Haines",
        ),
        label=slot(st, en),
        template=VT5 + " + " + VT_EN,
    )
    hcm = "Asia/Ho_Chi_Minh"
    org = ("Nguyễn Thu Hà", "ha.nguyen@songhan-soft.example.vn")
    st = at(2026, 8, 5, 9, 30, hcm, "Wed")
    en = st + timedelta(hours=1)
    vi = (
        "<p>Alex Morgan,<br/><br/>Bạn đã được mời tham gia một hoạt động<br/><br/>"
        "Các chi tiết là :<br/>\n"
        "&nbsp; Chủ thể : Phỏng vấn vòng 2 - Kỹ sư QA<br/>\n"
        f"&nbsp; Ngày & Giờ bắt đầu : {st:%d-%m-%Y %H:%M}<br/> \n"
        f"&nbsp; Ngày & Giờ Kết Thúc : {en:%d-%m-%Y %H:%M}<br/>\n"
        "&nbsp; Trạng thái : Đã lên kế hoạch<br/>\n"
        "&nbsp; Sự ưu tiên : Trung bình<br/>\n"
        "&nbsp; Liên quan đến : Sông Hàn Soft<br/>\n"
        "&nbsp; Danh sách liên hệ : Alex Morgan<br/>\n"
        "&nbsp; Vị trí : Tầng 8, 72 Lê Thánh Tôn, Quận 1, TP.HCM<br/>\n"
        "&nbsp; Sự miêu tả : Phỏng vấn kỹ thuật với trưởng nhóm kiểm thử.<br/><br/>\n"
        "Cảm ơn & Trân trọng,<br/>\nNguyễn Thu Hà\n<p/>"
    )
    yield case(
        f,
        "loi_moi_v7",
        "vi",
        org,
        "Invitation",
        at(2026, 7, 29, 16, 20, hcm),
        "vtiger 7 'Invite Users' template in Vietnamese: 'Ngày & Giờ bắt đầu : 05-08-2026 09:30' "
        "(d-m-Y, day first), no zone; the stored subject stays 'Invitation'.",
        html=vi,
        label=slot(st, en, sent=at(2026, 7, 29, 16, 20, hcm)),
        template=VT7,
    )
    due = at(2026, 8, 3, 17, 0, hcm, "Mon")
    vi_task = (
        "<p>Alex Morgan,<br/><br/>Đây là thông báo cho biết một hoạt động được giao cho bạn đã "
        "được thực hiện<br/><br/>Các chi tiết là :<br/>\n"
        "&nbsp; Chủ thể : Hoàn thành bài kiểm tra trực tuyến<br/>\n"
        f"&nbsp; Ngày đáo hạn : {due:%d-%m-%Y %H:%M}<br/>\n"
        "&nbsp; Trạng thái : Chưa bắt đầu<br/>\n"
        "&nbsp; Sự miêu tả : Liên kết bài kiểm tra đã được gửi trong email riêng.<br/><br/>\n"
        "Cảm ơn & Trân trọng,<br/>\nNguyễn Thu Hà\n<p/>"
    )
    yield case(
        f,
        "nhiem_vu_han_chot",
        "vi",
        org,
        "Notification",
        at(2026, 7, 27, 10, 0, hcm),
        "vtiger 7 task notice in Vietnamese: an online test due '03-08-2026 17:00'; a deadline.",
        html=vi_task,
        template=VT7,
    )


# --------------------------------------------------------------------------------------
# Zoho Bookings (recalled)


def zohobookings() -> Iterator[Case]:
    f = "zohobookings"
    lon = "Europe/London"
    s = ("Thornbury Analytics", "noreply@thornbury.zohobookings.example")
    sent = at(2026, 6, 9, 18, 2, lon)
    st = at(2026, 6, 16, 14, 0, lon, "Tue")
    en = st + timedelta(minutes=45)
    yield case(
        f,
        "confirmed_iana_london",
        "en-GB",
        s,
        "Appointment confirmed: Graduate interview with Priya Raman",
        sent,
        "Zoho Bookings confirmation: 'Date & Time: 16-Jun-2026 02:00 pm' on one row and "
        "'Time Zone: Europe/London' on another; 45 minutes.",
        html=page(
            "Your appointment is confirmed",
            paras("Hi Alex Morgan,", "Your appointment has been booked. Here are the details:")
            + rows(
                [
                    ("Booking ID", "THO-00417"),
                    ("Service", "Graduate interview (45 mins)"),
                    ("Staff", "Priya Raman"),
                    ("Date &amp; Time", f"{st:%d-%b-%Y %I:%M} pm"),
                    ("Time Zone", lon),
                    ("Location", "Zoom – link will be shared by the interviewer"),
                ]
            )
            + paras(
                "Need to make changes? <a href='https://thornbury.zohobookings.example/"
                "#/customer/THO-00417'>Reschedule or cancel</a>"
            ),
            "Zoho Bookings",
            "#e8453c",
        ),
        label=slot(st, en, zone=lon),
    )
    ber = "Europe/Berlin"
    s = ("Kranich Logistik GmbH", "noreply@kranich-logistik.zohobookings.example")
    old = at(2026, 6, 22, 15, 0, ber, "Mon")
    st = at(2026, 6, 23, 10, 30, ber, "Tue")
    yield case(
        f,
        "verschoben_de",
        "de",
        s,
        "Ihr Termin wurde verschoben",
        at(2026, 6, 18, 8, 47, ber),
        "Zoho Bookings reschedule in German: 'Neuer Termin: 23.06.2026 10:30 (Europe/Berlin)', "
        "'Vorheriger Termin: 22.06.2026 15:00'; the new slot, 30 minutes.",
        html=page(
            "Termin verschoben",
            paras("Hallo Alex Morgan,", "Ihr Termin wurde auf einen neuen Zeitpunkt verschoben.")
            + rows(
                [
                    ("Dienst", "Vorstellungsgespräch Disposition (30 Min.)"),
                    ("Mitarbeiter", "Henrike Albers"),
                    ("Neuer Termin", f"{st:%d.%m.%Y %H:%M} ({ber})"),
                    ("Vorheriger Termin", f"{old:%d.%m.%Y %H:%M}"),
                ]
            ),
            "Zoho Bookings",
            "#e8453c",
        ),
        label=slot(st, st + timedelta(minutes=30), kind="reschedule", zone=ber),
    )
    par = "Europe/Paris"
    s = ("Atelier Marivaux", "noreply@ateliermarivaux.zohobookings.example")
    st = at(2026, 6, 30, 9, 0, par, "Tue")
    yield case(
        f,
        "annule_fr",
        "fr",
        s,
        "Votre rendez-vous a été annulé",
        at(2026, 6, 25, 17, 30, par),
        "Zoho Bookings cancellation in French naming the slot 'mardi 30 juin 2026 à 09:00 "
        "(heure de Paris)'.",
        html=page(
            "Rendez-vous annulé",
            paras(
                "Bonjour Alex Morgan,",
                "Votre rendez-vous <b>Entretien – Chargé(e) de production</b> avec Claire "
                f"Dumas prévu le {loc(st, 'EEEE d MMMM y', 'fr')} à {st:%H:%M} (heure de Paris) "
                "a été annulé.",
                "Motif : indisponibilité de l'intervenante. Vous pouvez choisir un nouveau "
                "créneau sur notre page de réservation.",
            ),
            "Zoho Bookings",
            "#e8453c",
        ),
        label=slot(st, kind="cancellation", zone=par),
    )
    mad = "Europe/Madrid"
    s = ("Grupo Alcor Selección", "noreply@grupoalcor.zohobookings.example")
    st = at(2026, 7, 2, 16, 0, mad, "Thu")
    yield case(
        f,
        "recordatorio_manana_es",
        "es",
        s,
        "Recordatorio: su cita es mañana",
        at(2026, 7, 1, 16, 0, mad),
        "Zoho Bookings day-before reminder of the reader's own interview: 'Fecha: 02/07/2026', "
        "'Hora: 16:00 - 16:30 (GMT+02:00)'; an offset, so no zone name.",
        html=page(
            "Recordatorio de cita",
            paras("Hola Alex Morgan,", "Le recordamos que mañana tiene la siguiente cita:")
            + rows(
                [
                    ("Servicio", "Entrevista – Técnico/a de compras"),
                    ("Con", "Nuria Ferrer"),
                    ("Fecha", f"{st:%d/%m/%Y}"),
                    ("Hora", f"{st:%H:%M} - {st + timedelta(minutes=30):%H:%M} (GMT+02:00)"),
                    ("Lugar", "Calle de Alcalá 201, 3.º, Madrid"),
                ]
            ),
            "Zoho Bookings",
            "#e8453c",
        ),
        label=slot(st, st + timedelta(minutes=30)),
    )
    ny = "America/New_York"
    s = ("Beacon Hill Dental Group", "noreply@beaconhilldental.zohobookings.example")
    st = at(2026, 7, 8, 11, 0, ny, "Wed")
    en = st + timedelta(minutes=30)
    links = cal_links("Interview – Office Manager", st, en)
    yield case(
        f,
        "subject_only_time_links",
        "en",
        s,
        "Appointment confirmed: Interview – Office Manager on Jul 08, 2026 at 11:00 AM EDT",
        at(2026, 7, 2, 12, 15, ny),
        "Zoho Bookings confirmation whose body has no date: the time is in the subject "
        "('Jul 08, 2026 at 11:00 AM EDT') and in the Google/Outlook/Yahoo links (UTC).",
        html=page(
            "You're booked!",
            paras(
                "Hi Alex,",
                "Your appointment <b>Interview – Office Manager</b> with Renee Cho is confirmed. "
                "Please arrive ten minutes early and check in at the front desk.",
                "Address: 48 Charles St, Boston, MA 02114",
            )
            + links_html(links, "Add to calendar:"),
            "Zoho Bookings",
            "#e8453c",
        ),
        label=slot(st, en),
    )
    s = ("Thornbury Analytics", "noreply@thornbury.zohobookings.example")
    a = at(2026, 6, 18, 10, 0, lon, "Thu")
    b = at(2026, 6, 18, 15, 30, lon, "Thu")
    c = at(2026, 6, 19, 11, 0, lon, "Fri")
    yield case(
        f,
        "pick_a_slot",
        "en-GB",
        ("Priya Raman via Zoho Bookings", "noreply@thornbury.zohobookings.example"),
        "Book your second interview with Thornbury Analytics",
        at(2026, 6, 12, 9, 30, lon),
        "Zoho Bookings booking-page invitation: lists open slots (Thu 18 Jun 10:00 and 15:30, "
        "Fri 19 Jun 11:00, Europe/London) for the reader to pick; nothing booked yet.",
        html=page(
            "Pick a time",
            paras(
                "Hi Alex,",
                "Thanks for your time last week. Please choose a slot for your second "
                "interview using the link below. Some of the open times:",
                f"• {a:%a %d %b} – {a:%H:%M}<br>• {b:%a %d %b} – {b:%H:%M}<br>"
                f"• {c:%a %d %b} – {c:%H:%M}<br>(Time zone: {lon})",
                "<a href='https://thornbury.zohobookings.example/#/second-interview'>See all "
                "available times</a>",
            ),
            "Zoho Bookings",
            "#e8453c",
        ),
    )
    s = ("Kranich Logistik GmbH", "noreply@kranich-logistik.zohobookings.example")
    st = at(2026, 7, 7, 9, 0, ber, "Tue")
    yield case(
        f,
        "bestaetigung_ausstehend",
        "de",
        s,
        "Terminanfrage eingegangen – Bestätigung ausstehend",
        at(2026, 7, 1, 19, 5, ber),
        "Zoho Bookings approval pending: the reader's request for 'Di., 07.07.2026, 09:00' "
        "still waits for the company's approval; nothing set yet.",
        html=page(
            "Anfrage erhalten",
            paras(
                "Hallo Alex Morgan,",
                "wir haben Ihre Terminanfrage erhalten. Der Termin ist noch <b>nicht "
                "bestätigt</b>; Sie erhalten eine weitere E-Mail, sobald Kranich Logistik ihn "
                "freigibt.",
            )
            + rows(
                [
                    ("Dienst", "Probearbeitstag Lager – Vorgespräch"),
                    ("Gewünschter Termin", f"{loc(st, 'EEE, dd.MM.y', 'de')}, {st:%H:%M} Uhr"),
                    ("Status", "Warten auf Bestätigung"),
                ]
            ),
            "Zoho Bookings",
            "#e8453c",
        ),
    )


# --------------------------------------------------------------------------------------
# Recruit CRM (recalled)


def recruitcrm() -> Iterator[Case]:
    f = "recruitcrm"
    ny = "America/New_York"
    s = ("Lena Ortiz (Keystone Search Partners)", "lena.ortiz@keystonesearch.example.com")
    st = at(2026, 6, 18, 10, 0, ny, "Thu")
    en = st + timedelta(minutes=45)
    yield case(
        f,
        "scheduled_table_newyork",
        "en",
        s,
        "Interview Scheduled: Senior Payroll Specialist at Harborview Health",
        at(2026, 6, 11, 15, 44, ny),
        "Recruit CRM interview mail sent by an agency recruiter: table with 'Interview Date: "
        "06/18/2026' and 'Time: 10:00 AM - 10:45 AM (America/New_York)'.",
        html=page(
            "Interview Scheduled",
            paras(
                "Hi Alex,",
                "Great news: Harborview Health would like to meet you for the <b>Senior Payroll "
                "Specialist</b> role. Details below.",
            )
            + rows(
                [
                    ("Interview Type", "Video (Microsoft Teams)"),
                    ("Interview Date", f"{st:%m/%d/%Y}"),
                    ("Time", f"{pp.hm12(st)} - {pp.hm12(en)} ({ny})"),
                    ("Interviewers", "Marcus Bell, Director of Payroll"),
                    ("Meeting Link", "https://teams.example/l/meetup-join/19%3ahvh-5521"),
                ]
            )
            + paras("Good luck! Call me with any questions.<br>Lena Ortiz | (215) 555-0199"),
            "Recruit CRM",
            "#3b5bdb",
        ),
        label=slot(st, en, zone=ny),
    )
    kol = "Asia/Kolkata"
    s = ("Rohit Menon", "rohit.menon@talentbridge.example.in")
    st = at(2026, 6, 18, 15, 30, kol, "Thu")
    yield case(
        f,
        "scheduled_ist_india",
        "en-IN",
        s,
        "Interview scheduled – Java Developer – Nimbus Fintech",
        at(2026, 6, 15, 11, 8, kol),
        "Recruit CRM mail from an Indian agency: 'Date: 18-06-2026', 'Time: 15:30 IST', "
        "'Duration: 60 mins' on separate lines in the plain part.",
        text=(
            "Dear Alex,\n\nGreetings from TalentBridge!\n\nAs discussed, your interview for "
            "the Java Developer position at Nimbus Fintech has been scheduled.\n\n"
            f"Date: {st:%d-%m-%Y}\nTime: {st:%H:%M} IST\nDuration: 60 mins\nMode: Virtual "
            "(Google Meet)\nLink: https://meet.example/nbf-jxqa-tre\n\nKindly confirm your "
            "availability by replying to this mail and keep your resume handy.\n\n"
            "Regards,\nRohit Menon\nTalentBridge Consulting | +91 98450 55510"
        ),
        label=slot(st, st + timedelta(hours=1), zone=kol),
    )
    syd = "Australia/Sydney"
    s = ("Hannah Clarke", "hannah.clarke@southerncross-recruit.example.com.au")
    old = at(2026, 7, 1, 14, 0, syd, "Wed")
    st = at(2026, 7, 2, 9, 0, syd, "Thu")
    yield case(
        f,
        "rescheduled_aest",
        "en-AU",
        s,
        "Interview rescheduled – Site Engineer – Barrow & Lane",
        at(2026, 6, 29, 12, 30, syd),
        "Recruit CRM reschedule: moved from 'Wednesday, 1 July 2026, 2:00 pm' to 'Thursday, 2 "
        "July 2026, 9:00 am AEST'; abbreviation, so instant only.",
        html=page(
            "Interview Rescheduled",
            paras(
                "Hi Alex,",
                "The client has asked to move your interview for the <b>Site Engineer</b> role.",
            )
            + rows(
                [
                    ("Previous time", f"{pg7.gb_long(old).replace(' ', ', ', 1)}, 2:00 pm"),
                    ("New time", f"{pg7.gb_long(st).replace(' ', ', ', 1)}, 9:00 am AEST"),
                    ("Location", "Barrow & Lane, 12 Pirrama Rd, Pyrmont"),
                ]
            )
            + paras("Cheers,<br>Hannah"),
            "Recruit CRM",
            "#3b5bdb",
        ),
        label=slot(st, kind="reschedule"),
    )
    lon = "Europe/London"
    s = ("Oliver Grant", "oliver.grant@fenwick-talent.example.co.uk")
    st = at(2026, 6, 25, 14, 0, lon, "Thu")
    yield case(
        f,
        "cancelled_bst",
        "en-GB",
        s,
        "Interview cancelled – Quantity Surveyor",
        at(2026, 6, 23, 16, 50, lon),
        "Recruit CRM cancellation naming '25/06/2026 at 14:00 (BST)'.",
        text=(
            "Hi Alex,\n\nI'm sorry to say that Caldwell Build have put the Quantity Surveyor "
            "role on hold, so your interview on "
            f"{st:%d/%m/%Y} at {st:%H:%M} (BST) is cancelled.\n\nI'll be in touch as soon as "
            "I hear more.\n\nKind regards,\nOliver Grant\nFenwick Talent"
        ),
        label=slot(st, kind="cancellation"),
    )
    s = ("Lena Ortiz (Keystone Search Partners)", "lena.ortiz@keystonesearch.example.com")
    yield case(
        f,
        "status_shortlisted",
        "en",
        s,
        "Update on your application: Shortlisted",
        at(2026, 6, 12, 9, 10, ny),
        "Recruit CRM status update: shortlisted, the hiring manager reviews 'by Friday, June "
        "26 at 5:00 PM ET'; no interview set.",
        html=page(
            "Application update",
            paras(
                "Hi Alex,",
                "Your profile has been <b>shortlisted</b> for the Payroll Manager role at "
                "Greyfield Foods.",
                "The hiring manager will review all shortlisted candidates by Friday, June 26 "
                "at 5:00 PM ET. If you are selected, I will reach out to set up a time.",
            ),
            "Recruit CRM",
            "#3b5bdb",
        ),
    )
    yield case(
        f,
        "assessment_deadline",
        "en",
        s,
        "Action required: complete your skills assessment",
        at(2026, 6, 22, 14, 0, ny),
        "Assessment link sent through Recruit CRM: complete it 'by 06/30/2026 11:59 PM EDT', "
        "60 minutes, any time before; a deadline.",
        html=page(
            "Skills assessment",
            paras(
                "Hi Alex,",
                "As the next step for the Senior Payroll Specialist role, please complete the "
                "online assessment. It takes about 60 minutes and can be done whenever suits "
                "you.",
                "<b>Deadline:</b> 06/30/2026 11:59 PM EDT",
                "<a href='https://assess.example/t/kq7v2'>Start assessment</a>",
            ),
            "Recruit CRM",
            "#3b5bdb",
        ),
    )


# --------------------------------------------------------------------------------------
# SimplyBook.me (recalled)


def simplybook() -> Iterator[Case]:
    f = "simplybook"
    msk = "Europe/Moscow"
    s = ("Кадровое агентство «Северная звезда»", "noreply@severzvezda.simplybook.example")
    st = at(2026, 6, 17, 15, 0, msk, "Wed")
    en = st + timedelta(minutes=45)
    yield case(
        f,
        "podtverzhdeno_moskva",
        "ru",
        s,
        "Бронирование подтверждено",
        at(2026, 6, 10, 12, 30, msk),
        "SimplyBook.me confirmation in Russian: 'Дата: 17.06.2026', 'Время: 15:00 – 15:45', "
        "'Часовой пояс: Europe/Moscow' as label/value lines.",
        text=(
            "Здравствуйте, Alex Morgan!\n\nВаше бронирование подтверждено.\n\n"
            "Услуга: Собеседование (45 мин)\nСотрудник: Ольга Лебедева\n"
            f"Дата: {st:%d.%m.%Y}\nВремя: {st:%H:%M} – {en:%H:%M}\nЧасовой пояс: {msk}\n"
            "Адрес: Москва, ул. Большая Ордынка, 40, офис 12\n\nКод бронирования: SZ-2291\n"
            "Отменить или перенести: https://severzvezda.simplybook.example/client/SZ-2291\n\n"
            "С уважением,\nКадровое агентство «Северная звезда»"
        ),
        label=slot(st, en, zone=msk),
    )
    waw = "Europe/Warsaw"
    s = ("Wiślana Rekrutacja", "noreply@wislana.simplybook.example")
    sent = at(2026, 6, 17, 9, 30, waw)
    st = at(2026, 6, 18, 9, 30, waw, "Thu")
    yield case(
        f,
        "przypomnienie_jutro_pl",
        "pl",
        s,
        "Przypomnienie o wizycie: jutro o 9:30",
        sent,
        "SimplyBook.me day-before reminder in Polish: 'jutro, 18.06.2026 o godz. 9:30', "
        "30 minutes; no zone.",
        text=(
            "Dzień dobry,\n\nprzypominamy o jutrzejszej wizycie:\n\n"
            "Usługa: Rozmowa kwalifikacyjna – magazynier (30 min)\n"
            "Termin: jutro, 18.06.2026 o godz. 9:30\n"
            "Miejsce: ul. Przemysłowa 8, Toruń (wejście B)\n\n"
            "Jeśli nie możesz przyjść, odwołaj wizytę: "
            "https://wislana.simplybook.example/client/WR-5520\n\nWiślana Rekrutacja"
        ),
        label=slot(st, st + timedelta(minutes=30), sent=sent),
    )
    ber = "Europe/Berlin"
    s = ("Personalservice Brandt", "noreply@brandt-personal.simplybook.example")
    sent = at(2026, 6, 20, 10, 14, ber)
    st = at(2026, 6, 24, 11, 0, ber, "Wed")
    yield case(
        f,
        "storniert_de",
        "de",
        s,
        "Ihre Buchung wurde storniert",
        sent,
        "SimplyBook.me cancellation in German: 'Datum: Mi, 24.06.2026', 'Uhrzeit: 11:00'; no zone.",
        text=(
            "Hallo Alex Morgan,\n\nIhre Buchung wurde storniert.\n\n"
            "Leistung: Vorstellungsgespräch Sachbearbeitung\n"
            f"Datum: Mi, {st:%d.%m.%Y}\nUhrzeit: {st:%H:%M}\n\n"
            "Sie können jederzeit einen neuen Termin buchen: "
            "https://brandt-personal.simplybook.example\n\nPersonalservice Brandt"
        ),
        label=slot(st, kind="cancellation", sent=sent),
    )
    kyiv = "Europe/Kyiv"
    s = ("HR-агенція «Дніпро Кар'єра»", "noreply@dnipro-career.simplybook.example")
    sent = at(2026, 6, 22, 17, 45, kyiv)
    old = at(2026, 6, 24, 10, 0, kyiv, "Wed")
    st = at(2026, 6, 25, 13, 0, kyiv, "Thu")
    yield case(
        f,
        "zmineno_uk",
        "uk",
        s,
        "Ваше бронювання змінено",
        sent,
        "SimplyBook.me change in Ukrainian: 'Нова дата: 25.06.2026, 13:00', 'Попередня дата: "
        "24.06.2026, 10:00'; the new slot.",
        text=(
            "Вітаємо, Alex Morgan!\n\nЧас вашого бронювання змінено.\n\n"
            "Послуга: Співбесіда – бухгалтер (1 год)\n"
            f"Нова дата: {st:%d.%m.%Y}, {st:%H:%M}\n"
            f"Попередня дата: {old:%d.%m.%Y}, {old:%H:%M}\n"
            "Адреса: м. Дніпро, пр. Яворницького, 22, офіс 305\n\n"
            "Дніпро Кар'єра"
        ),
        label=slot(st, st + timedelta(hours=1), kind="reschedule", sent=sent),
    )
    s = ("Кадровое агентство «Северная звезда»", "noreply@severzvezda.simplybook.example")
    st = at(2026, 6, 29, 11, 0, msk, "Mon")
    yield case(
        f,
        "ozhidaet_podtverzhdeniya",
        "ru",
        s,
        "Ваша заявка ожидает подтверждения",
        at(2026, 6, 24, 20, 10, msk),
        "SimplyBook.me pending request in Russian: 'Дата: 29.06.2026, Время: 11:00' waits for "
        "approval; nothing set yet.",
        text=(
            "Здравствуйте, Alex Morgan!\n\nМы получили вашу заявку. Бронирование будет "
            "подтверждено администратором, после чего вы получите отдельное письмо.\n\n"
            "Услуга: Повторное собеседование\n"
            f"Дата: {st:%d.%m.%Y}\nВремя: {st:%H:%M}\nСтатус: ожидает подтверждения\n\n"
            "Кадровое агентство «Северная звезда»"
        ),
    )
    a = at(2026, 7, 1, 10, 0, waw, "Wed")
    yield case(
        f,
        "wybierz_termin_pl",
        "pl",
        ("Wiślana Rekrutacja", "noreply@wislana.simplybook.example"),
        "Zarezerwuj termin rozmowy",
        at(2026, 6, 26, 8, 0, waw),
        "SimplyBook.me booking invitation in Polish: pick a slot, 'najbliższy wolny termin: "
        "środa, 01.07.2026, 10:00'; nothing booked.",
        text=(
            "Dzień dobry,\n\nzapraszamy do wyboru terminu rozmowy kwalifikacyjnej na "
            "stanowisko operatora wózka widłowego.\n\n"
            f"Najbliższy wolny termin: środa, {a:%d.%m.%Y}, {a:%H:%M}\n"
            "Wszystkie wolne terminy: https://wislana.simplybook.example/v2/#book\n\n"
            "Wiślana Rekrutacja"
        ),
    )


# --------------------------------------------------------------------------------------
# d.vinci (recalled)


def dvinci() -> Iterator[Case]:
    f = "dvinci"
    ber = "Europe/Berlin"
    s = ("Stadtwerke Lindenau – Personal", "bewerbung@stadtwerke-lindenau.dvinci-mail.example")
    sent = at(2026, 6, 5, 13, 21, ber)
    st = at(2026, 6, 16, 10, 0, ber, "Tue")
    yield case(
        f,
        "einladung_de",
        "de",
        s,
        "Einladung zum Vorstellungsgespräch – Sachbearbeiter/in Netzabrechnung (m/w/d)",
        sent,
        "d.vinci invitation: 'am Dienstag, 16.06.2026, um 10:00 Uhr'; 'ca. 60 Minuten' is "
        "loose, so no end; no zone.",
        html=page(
            "Einladung zum Vorstellungsgespräch",
            paras(
                "Sehr geehrter Herr Morgan,",
                "vielen Dank für Ihre Bewerbung als Sachbearbeiter/in Netzabrechnung (m/w/d). "
                "Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich ein "
                f"<b>am Dienstag, {st:%d.%m.%Y}, um {st:%H:%M} Uhr</b>.",
                "Ort: Stadtwerke Lindenau, Verwaltungsgebäude, Raum 2.14, Am Wasserturm 3, "
                "04177 Leipzig. Bitte melden Sie sich am Empfang.",
                "Für das Gespräch sollten Sie ca. 60 Minuten einplanen. Bitte bestätigen Sie "
                "den Termin über den folgenden Link: "
                "<a href='https://stadtwerke-lindenau.dvinci.example/c/7731'>Termin bestätigen</a>",
                "Mit freundlichen Grüßen<br>Ihr Personalteam der Stadtwerke Lindenau",
            ),
            "d.vinci",
            "#0b6e99",
        ),
        label=slot(st, sent=sent),
    )
    vie = "Europe/Vienna"
    s = ("Donauwerk AG – Recruiting", "jobs@donauwerk.dvinci-mail.example")
    st = at(2026, 6, 18, 14, 30, vie, "Thu")
    yield case(
        f,
        "teams_mesz_at",
        "de-AT",
        s,
        "Ihr Online-Gespräch bei der Donauwerk AG",
        at(2026, 6, 11, 8, 55, vie),
        "d.vinci online invitation (Austria): 'Termin: 18.06.2026, 14:30 – 15:30 Uhr (MESZ)'; "
        "abbreviation, so instant only.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie zu einem Online-Gespräch für "
            "die Position Projektingenieur/in Wasserkraft einzuladen.\n\n"
            f"Termin: {st:%d.%m.%Y}, {st:%H:%M} – 15:30 Uhr (MESZ)\n"
            "Plattform: Microsoft Teams\nLink: https://teams.example/l/meetup-join/19%3adw-9931\n"
            "Gesprächspartner: DI Martina Hofer, Mag. Stefan Leitner\n\nMit freundlichen "
            "Grüßen\nDonauwerk AG – Recruiting"
        ),
        label=slot(st, st + timedelta(hours=1)),
    )
    s = ("Stadtwerke Lindenau – Personal", "bewerbung@stadtwerke-lindenau.dvinci-mail.example")
    sent = at(2026, 6, 19, 16, 2, ber)
    st = at(2026, 6, 24, 9, 15, ber, "Wed")
    yield case(
        f,
        "terminbestaetigung",
        "de",
        s,
        "Terminbestätigung: Ihr Vorstellungsgespräch",
        sent,
        "d.vinci confirmation of the slot the candidate picked: 'Sie haben folgenden Termin "
        "gewählt: Mittwoch, 24. Juni 2026, 09:15 Uhr – 10:00 Uhr'; no zone.",
        html=page(
            "Terminbestätigung",
            paras(
                "Sehr geehrter Herr Morgan,",
                "vielen Dank für Ihre Terminauswahl. Sie haben folgenden Termin gewählt:",
                f"<b>{loc(st, 'EEEE, d. MMMM y', 'de')}, {st:%H:%M} Uhr – 10:00 Uhr</b>",
                "Ort: Am Wasserturm 3, 04177 Leipzig, Raum 2.14",
                "Wir freuen uns auf das Gespräch.<br>Ihr Personalteam",
            ),
            "d.vinci",
            "#0b6e99",
        ),
        label=slot(st, st + timedelta(minutes=45), sent=sent),
    )
    sent = at(2026, 6, 12, 11, 30, ber)
    st = at(2026, 6, 16, 10, 0, ber, "Tue")
    yield case(
        f,
        "termin_entfaellt",
        "de",
        s,
        "Absage Ihres Gesprächstermins am 16.06.2026",
        sent,
        "d.vinci cancellation: 'Der Termin am 16.06.2026 um 10:00 Uhr muss leider entfallen'; "
        "a new date will follow.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nleider müssen wir Ihnen mitteilen, dass der "
            f"vereinbarte Termin am {st:%d.%m.%Y} um {st:%H:%M} Uhr aus organisatorischen "
            "Gründen entfallen muss. Wir melden uns in den nächsten Tagen mit einem "
            "Ersatztermin bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Personalteam der "
            "Stadtwerke Lindenau"
        ),
        label=slot(st, kind="cancellation", sent=sent),
    )
    a = at(2026, 7, 7, 9, 0, ber, "Tue")
    b = at(2026, 7, 7, 13, 30, ber, "Tue")
    c = at(2026, 7, 9, 10, 0, ber, "Thu")
    yield case(
        f,
        "terminauswahl",
        "de",
        s,
        "Bitte wählen Sie Ihren Gesprächstermin",
        at(2026, 6, 30, 14, 0, ber),
        "d.vinci slot selection: three proposed times to choose from via a link; nothing "
        "fixed yet.",
        html=page(
            "Terminauswahl",
            paras(
                "Sehr geehrter Herr Morgan,",
                "für das Zweitgespräch stehen folgende Termine zur Auswahl:",
                f"• Dienstag, {a:%d.%m.%Y}, {a:%H:%M} Uhr<br>"
                f"• Dienstag, {b:%d.%m.%Y}, {b:%H:%M} Uhr<br>"
                f"• Donnerstag, {c:%d.%m.%Y}, {c:%H:%M} Uhr",
                "Bitte wählen Sie bis zum 03.07.2026 einen Termin aus: "
                "<a href='https://stadtwerke-lindenau.dvinci.example/slots/7731'>Zur "
                "Terminauswahl</a>",
            ),
            "d.vinci",
            "#0b6e99",
        ),
    )
    yield case(
        f,
        "eingangsbestaetigung",
        "de",
        ("Donauwerk AG – Recruiting", "jobs@donauwerk.dvinci-mail.example"),
        "Eingangsbestätigung Ihrer Bewerbung",
        at(2026, 6, 2, 7, 45, vie),
        "d.vinci receipt: application period until '30.06.2026, 23:59 Uhr', interviews "
        "'voraussichtlich in KW 28'; nothing set.",
        text=(
            "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als "
            "Projektingenieur/in Wasserkraft. Ihre Unterlagen sind vollständig bei uns "
            "eingegangen.\n\nDie Bewerbungsfrist endet am 30.06.2026 um 23:59 Uhr. Die "
            "Auswahlgespräche finden voraussichtlich in KW 28 statt; wir melden uns "
            "rechtzeitig bei Ihnen.\n\nMit freundlichen Grüßen\nDonauwerk AG – Recruiting"
        ),
    )


# --------------------------------------------------------------------------------------
# Jobylon (recalled)


def jobylon() -> Iterator[Case]:
    f = "jobylon"
    sto = "Europe/Stockholm"
    s = ("Norrsken Energi via Jobylon", "no-reply@norrsken.jobylon-mail.example")
    sent = at(2026, 6, 5, 10, 12, sto)
    st = at(2026, 6, 16, 13, 0, sto, "Tue")
    en = st + timedelta(minutes=45)
    yield case(
        f,
        "inbjudan_sv",
        "sv",
        s,
        "Inbjudan till intervju – Driftingenjör",
        sent,
        "Jobylon invitation in Swedish: 'Datum: tisdag 16 juni 2026', 'Tid: 13.00–13.45' "
        "(dots); no zone.",
        html=page(
            "Inbjudan till intervju",
            paras("Hej Alex,", "Tack för din ansökan! Vi vill gärna träffa dig för en intervju.")
            + rows(
                [
                    ("Datum", loc(st, "EEEE d MMMM y", "sv")),
                    ("Tid", f"{st:%H.%M}–{en:%H.%M}"),
                    ("Plats", "Microsoft Teams (länk kommer i kalenderinbjudan)"),
                    ("Intervjuare", "Karin Lindqvist, driftchef"),
                ]
            )
            + paras("Välkommen!<br>Norrsken Energi"),
            "Jobylon",
            "#1f2a44",
        ),
        label=slot(st, en, sent=sent),
    )
    cph = "Europe/Copenhagen"
    s = ("Havnefront A/S via Jobylon", "no-reply@havnefront.jobylon-mail.example")
    sent = at(2026, 6, 8, 14, 3, cph)
    st = at(2026, 6, 17, 10, 30, cph, "Wed")
    yield case(
        f,
        "invitation_samtale_da",
        "da",
        s,
        "Invitation til samtale – Projektkoordinator",
        sent,
        "Jobylon invitation in Danish: 'onsdag d. 17. juni 2026 kl. 10.30-11.15'; no zone.",
        text=(
            "Hej Alex\n\nTak for din ansøgning til stillingen som projektkoordinator. Vi vil "
            "gerne invitere dig til en første samtale\n\n"
            f"onsdag d. 17. juni 2026 kl. {st:%H.%M}-11.15\n\nSted: Havnefront A/S, "
            "Kalkbrænderiløbskaj 4, 2100 København Ø\n\nSvar venligst via linket, om "
            "tidspunktet passer: https://havnefront.jobylon.example/r/5512\n\n"
            "Venlig hilsen\nMette Skov, HR"
        ),
        label=slot(st, st + timedelta(minutes=45), sent=sent),
    )
    osl = "Europe/Oslo"
    s = ("Fjordvei Bygg via Jobylon", "no-reply@fjordvei.jobylon-mail.example")
    sent = at(2026, 6, 17, 12, 0, osl)
    st = at(2026, 6, 18, 9, 0, osl, "Thu")
    yield case(
        f,
        "paminnelse_nb",
        "nb",
        s,
        "Påminnelse: intervju i morgen kl. 09:00",
        sent,
        "Jobylon day-before reminder in Norwegian of the reader's own interview: 'torsdag 18. "
        "juni kl. 09:00'; no zone.",
        text=(
            "Hei Alex,\n\nDette er en påminnelse om intervjuet ditt for stillingen som "
            f"anleggsleder i morgen, {loc(st, 'EEEE d. MMMM', 'nb')} kl. {st:%H:%M}.\n\n"
            "Adresse: Fjordvei Bygg, Sandviksbodene 68, Bergen\nKontaktperson: Eirik Haugen\n\n"
            "Vennlig hilsen\nFjordvei Bygg"
        ),
        label=slot(st, sent=sent),
    )
    hel = "Europe/Helsinki"
    s = ("Saimaan Satama Oy via Jobylon", "no-reply@saimaansatama.jobylon-mail.example")
    sent = at(2026, 6, 9, 8, 40, hel)
    st = at(2026, 6, 19, 12, 0, hel, "Fri")
    yield case(
        f,
        "kutsu_fi",
        "fi",
        s,
        "Kutsu haastatteluun – Logistiikkasuunnittelija",
        sent,
        "Jobylon invitation in Finnish: 'Aika: pe 19.6.2026 klo 12.00–12.30'; no zone.",
        html=page(
            "Kutsu haastatteluun",
            paras("Hei Alex,", "Kiitos hakemuksestasi! Haluaisimme kutsua sinut haastatteluun.")
            + rows(
                [
                    ("Aika", f"pe {st.day}.{st.month}.{st.year} klo {st:%H.%M}–12.30"),
                    ("Paikka", "Satamakatu 5, Lappeenranta"),
                    ("Haastattelijat", "Laura Nieminen, Juha Korhonen"),
                ]
            ),
            "Jobylon",
            "#1f2a44",
        ),
        label=slot(st, st + timedelta(minutes=30), sent=sent),
    )
    yield case(
        f,
        "videointervju_sista_dag",
        "sv",
        ("Norrsken Energi via Jobylon", "no-reply@norrsken.jobylon-mail.example"),
        "Spela in din videointervju",
        at(2026, 6, 12, 9, 0, sto),
        "Jobylon one-way video interview: record answers 'senast söndag 21 juni kl. 23.59'; a "
        "deadline.",
        text=(
            "Hej Alex,\n\nNästa steg i rekryteringen är en kort videointervju med tre frågor. "
            "Du spelar in dina svar när det passar dig, senast söndag 21 juni kl. 23.59.\n\n"
            "Starta här: https://norrsken.jobylon.example/video/88ac\n\nLycka till!\n"
            "Norrsken Energi"
        ),
    )
    yield case(
        f,
        "status_update_en",
        "en",
        ("Havnefront A/S via Jobylon", "no-reply@havnefront.jobylon-mail.example"),
        "Your application – status update",
        at(2026, 6, 20, 11, 0, cph),
        "Jobylon status update in English: in review, interviews 'during week 27 (29 June – "
        "3 July)'; nothing set.",
        text=(
            "Hi Alex,\n\nA quick update on your application for Project Coordinator: your "
            "application is now in review.\n\nWe plan to hold interviews during week 27 (29 "
            "June – 3 July). Candidates who move forward will receive an invitation with a "
            "specific time.\n\nBest regards,\nHavnefront A/S"
        ),
    )


# --------------------------------------------------------------------------------------
# Held out: Oracle Taleo, ReachMee, TidyCal, Paradox (recalled)


def taleo() -> Iterator[Case]:
    f = "taleo"
    tor = "America/Toronto"
    s = ("Acquisition de talents – Groupe Boréal", "talents@groupeboreal.taleo-mail.example")
    st = at(2026, 6, 18, 13, 30, tor, "Thu")
    yield case(
        f,
        "entrevue_fr_ca",
        "fr-CA",
        s,
        "Convocation à une entrevue – Analyste financier(ère)",
        at(2026, 6, 10, 15, 5, tor),
        "Taleo interview in Canadian French: 'Date : le jeudi 18 juin 2026', 'Heure : 13 h 30', "
        "'Fuseau horaire : (UTC-05:00) Heure de l'Est (États-Unis et Canada)'; Windows zone "
        "name with the standard offset in June.",
        text=(
            "Bonjour Alex Morgan,\n\nNous avons le plaisir de vous convoquer à une entrevue "
            "pour le poste d'analyste financier(ère) (réf. 2600417).\n\n"
            f"Date : le {loc(st, 'EEEE d MMMM y', 'fr_CA')}\nHeure : 13 h 30\n"
            "Durée : 1 heure\n"
            "Fuseau horaire : (UTC-05:00) Heure de l'Est (États-Unis et Canada)\n"
            "Lieu : 1250, boulevard René-Lévesque Ouest, bureau 800, Montréal\n\n"
            "Veuillez confirmer votre présence en répondant à ce courriel.\n\n"
            "Acquisition de talents\nGroupe Boréal"
        ),
        label=slot(st, st + timedelta(hours=1), zone="America/New_York"),
    )
    mx = "America/Mexico_City"
    s = ("Atracción de Talento – Cementos del Bajío", "talento@cbajio.taleo-mail.example")
    st = at(2026, 6, 23, 11, 0, mx, "Tue")
    yield case(
        f,
        "entrevista_es_mx",
        "es-MX",
        s,
        "Programación de entrevista – Ingeniero(a) de Procesos",
        at(2026, 6, 15, 10, 30, mx),
        "Taleo interview in Mexican Spanish: 'Fecha: 23/06/2026', 'Hora: 11:00 a. m.', "
        "'(GMT-06:00) Guadalajara, Ciudad de México, Monterrey'.",
        html=(
            "<p>Estimado(a) Alex Morgan:</p><p>Su entrevista para el puesto <b>Ingeniero(a) de "
            "Procesos</b> ha sido programada.</p><table border='0' cellpadding='4'>"
            f"<tr><td><b>Fecha:</b></td><td>{st:%d/%m/%Y}</td></tr>"
            "<tr><td><b>Hora:</b></td><td>11:00 a. m.</td></tr>"
            "<tr><td><b>Zona horaria:</b></td><td>(GMT-06:00) Guadalajara, Ciudad de México, "
            "Monterrey</td></tr><tr><td><b>Lugar:</b></td><td>Planta Apaseo, Carretera "
            "Celaya–Querétaro km 8</td></tr><tr><td><b>Entrevistador:</b></td><td>Ing. Rodrigo "
            "Salinas</td></tr></table><p>Atentamente,<br>Atracción de Talento</p>"
        ),
        label=slot(st, zone=mx),
    )
    sp = "America/Sao_Paulo"
    s = ("Aquisição de Talentos – Vale Verde", "talentos@valeverde.taleo-mail.example")
    st = at(2026, 6, 25, 15, 0, sp, "Thu")
    yield case(
        f,
        "entrevista_pt_br",
        "pt-BR",
        s,
        "Agendamento de entrevista – Analista de Suprimentos",
        at(2026, 6, 17, 9, 12, sp),
        "Taleo interview in Brazilian Portuguese: 'Data: 25/06/2026 às 15h00 (horário de "
        "Brasília)'.",
        text=(
            "Olá, Alex Morgan,\n\nSua entrevista para a vaga de Analista de Suprimentos foi "
            "agendada.\n\n"
            f"Data: {st:%d/%m/%Y} às 15h00 (horário de Brasília)\n"
            "Local: Av. Paulista, 1842, 12º andar – São Paulo/SP\n"
            "Entrevistadora: Fernanda Rocha\n\nAtenciosamente,\nAquisição de Talentos – Vale "
            "Verde"
        ),
        label=slot(st, zone=sp),
    )
    ber = "Europe/Berlin"
    s = ("Talent Acquisition – Rheinfeld Pharma", "careers@rheinfeld.taleo-mail.example")
    at(2026, 6, 29, 10, 0, ber, "Mon")  # the original slot written in the text
    st = at(2026, 6, 30, 14, 0, ber, "Tue")
    yield case(
        f,
        "rescheduled_windows_zone",
        "en",
        s,
        "Interview Rescheduled – Regulatory Affairs Specialist",
        at(2026, 6, 24, 16, 0, ber),
        "Taleo reschedule in English: new 'June 30, 2026 2:00 PM (GMT+01:00) Amsterdam, "
        "Berlin, Bern, Rome, Stockholm, Vienna' (standard offset printed in summer), old 'June "
        "29, 2026 10:00 AM'.",
        text=(
            "Dear Alex Morgan,\n\nYour interview for Regulatory Affairs Specialist (req. "
            "26-0931) has been rescheduled.\n\n"
            "Original: June 29, 2026 10:00 AM\n"
            "New date and time: June 30, 2026 2:00 PM (GMT+01:00) Amsterdam, Berlin, Bern, "
            "Rome, Stockholm, Vienna\nDuration: 45 minutes\n"
            "Location: Rheinfeld Pharma, Building C, Mainzer Str. 110, Frankfurt\n\n"
            "Sincerely,\nTalent Acquisition"
        ),
        label=slot(st, st + timedelta(minutes=45), kind="reschedule", zone=ber),
    )
    yield case(
        f,
        "questionnaire_fr_ca",
        "fr-CA",
        ("Acquisition de talents – Groupe Boréal", "talents@groupeboreal.taleo-mail.example"),
        "Action requise : questionnaire préalable",
        at(2026, 6, 12, 9, 0, tor),
        "Taleo questionnaire request: complete it 'avant le 20 juin 2026 à 23 h 59 (HE)'; a "
        "deadline.",
        text=(
            "Bonjour Alex Morgan,\n\nAfin de poursuivre le traitement de votre candidature, "
            "veuillez remplir le questionnaire préalable avant le 20 juin 2026 à 23 h 59 (HE)."
            "\n\nAccéder au questionnaire : https://groupeboreal.taleo.example/careersection/q"
            "\n\nGroupe Boréal"
        ),
    )
    yield case(
        f,
        "thank_you_after",
        "en",
        ("Talent Acquisition – Rheinfeld Pharma", "careers@rheinfeld.taleo-mail.example"),
        "Thank you for interviewing with Rheinfeld Pharma",
        at(2026, 7, 1, 11, 0, ber),
        "Taleo post-interview mail: thanks for yesterday's interview, a decision 'by July 10, "
        "2026'; nothing set.",
        text=(
            "Dear Alex Morgan,\n\nThank you for taking the time to interview with us yesterday "
            "for the Regulatory Affairs Specialist position. The panel is completing its "
            "evaluations, and we expect to communicate a decision by July 10, 2026.\n\n"
            "Sincerely,\nTalent Acquisition"
        ),
    )


def reachmee() -> Iterator[Case]:
    f = "reachmee"
    sto = "Europe/Stockholm"
    s = ("Region Mälardalen Rekrytering", "no-reply@malardalen.reachmee-mail.example")
    sent = at(2026, 6, 12, 13, 0, sto)
    st = at(2026, 6, 24, 14, 0, sto, "Wed")
    yield case(
        f,
        "kallelse_sv",
        "sv",
        s,
        "Kallelse till intervju",
        sent,
        "ReachMee invitation in Swedish: 'onsdag den 24 juni 2026 kl 14:00–15:00'; no zone.",
        text=(
            "Hej Alex!\n\nTack för din ansökan till tjänsten som ekonom. Vi vill gärna träffa "
            "dig på intervju onsdag den 24 juni 2026 kl 14:00–15:00.\n\nPlats: "
            "Regionhuset, Sigurdsgatan 34, Västerås. Anmäl dig i receptionen.\n\n"
            "Med vänliga hälsningar\nSara Holm, HR-konsult"
        ),
        label=slot(st, st + timedelta(hours=1), sent=sent),
    )
    hel = "Europe/Helsinki"
    s = ("Kaupunki Rekry", "no-reply@kaupunki.reachmee-mail.example")
    sent = at(2026, 6, 15, 10, 0, hel)
    st = at(2026, 6, 24, 9, 0, hel, "Wed")
    yield case(
        f,
        "haastattelukutsu_fi",
        "fi",
        s,
        "Haastattelukutsu",
        sent,
        "ReachMee invitation in Finnish: 'keskiviikkona 24.6.2026 klo 9.00'; no zone.",
        text=(
            "Hei Alex,\n\nKiitos hakemuksestasi. Kutsumme sinut haastatteluun "
            "keskiviikkona 24.6.2026 klo 9.00.\n\nOsoite: Kaupungintalo, Aleksanterinkatu 3, "
            "Turku\n\nYstävällisin terveisin\nHenna Virtanen"
        ),
        label=slot(st, sent=sent),
    )
    s = ("Region Mälardalen Rekrytering", "no-reply@malardalen.reachmee-mail.example")
    st = at(2026, 6, 25, 10, 0, sto, "Thu")
    yield case(
        f,
        "booked_cest_en",
        "en",
        s,
        "Interview booked",
        at(2026, 6, 17, 20, 30, sto),
        "ReachMee booking confirmation in English: 'Thursday 25 June 2026 at 10:00 (CEST)'; "
        "abbreviation, so instant only.",
        text=(
            "Hi Alex,\n\nThank you for booking your interview time. You selected Thursday 25 "
            "June 2026 at 10:00 (CEST).\n\nThe interview is held on Teams: "
            "https://teams.example/l/meetup-join/19%3armd-4410\n\nKind regards,\nRegion "
            "Mälardalen"
        ),
        label=slot(st),
    )
    yield case(
        f,
        "boka_tid",
        "sv",
        s,
        "Boka din intervjutid",
        at(2026, 6, 12, 13, 5, sto),
        "ReachMee booking link: pick a time 'senast fredag 19 juni kl 12:00'; nothing booked.",
        text=(
            "Hej Alex!\n\nDu är välkommen att boka en intervjutid via länken nedan. Välj en tid "
            "senast fredag 19 juni kl 12:00.\n\nhttps://malardalen.reachmee.example/book/7712\n\n"
            "Med vänliga hälsningar\nRegion Mälardalen"
        ),
    )
    sent = at(2026, 6, 22, 8, 15, sto)
    st = at(2026, 6, 24, 14, 0, sto, "Wed")
    yield case(
        f,
        "installd_sv",
        "sv",
        s,
        "Inställd intervju",
        sent,
        "ReachMee cancellation: 'Intervjun onsdag den 24 juni kl 14:00 är tyvärr inställd'.",
        text=(
            "Hej Alex!\n\nIntervjun onsdag den 24 juni kl 14:00 är tyvärr inställd. Vi "
            "återkommer med ett nytt förslag.\n\nMed vänliga hälsningar\nSara Holm"
        ),
        label=slot(st, kind="cancellation", sent=sent),
    )
    yield case(
        f,
        "status_sv",
        "sv",
        s,
        "Information om din ansökan",
        at(2026, 6, 8, 9, 0, sto),
        "ReachMee status: the selection continues, interviews 'under vecka 26'; nothing set.",
        text=(
            "Hej Alex!\n\nVi har nu gått igenom ansökningarna. Din ansökan går vidare i "
            "urvalet. Intervjuer planeras under vecka 26 och vi kontaktar dig om vi vill "
            "träffa dig.\n\nMed vänliga hälsningar\nRegion Mälardalen"
        ),
    )


def tidycal() -> Iterator[Case]:
    f = "tidycal"
    den = "America/Denver"
    s = ("TidyCal", "notifications@tidycal-mail.example")
    st = at(2026, 6, 18, 15, 0, den, "Thu")
    en = st + timedelta(minutes=30)
    yield case(
        f,
        "confirmed_denver",
        "en",
        s,
        "Booking confirmed: Intro call with Jordan Lee",
        at(2026, 6, 12, 10, 0, den),
        "TidyCal confirmation: 'Thursday, June 18, 2026 · 3:00pm – 3:30pm (America/Denver)'.",
        text=(
            "Hi Alex,\n\nYour booking with Jordan Lee (Peakline Outdoor) is confirmed.\n\n"
            "Intro call – Retail Operations Lead\n"
            f"{pg7.en_long(st)} · 3:00pm – 3:30pm ({den})\n"
            "Location: Google Meet – https://meet.example/pkl-qwer-zxc\n\n"
            "Need to make a change? Reschedule or cancel: https://tidycal.example/b/8f21\n"
        ),
        label=slot(st, en, zone=den),
    )
    mad = "Europe/Madrid"
    st = at(2026, 6, 23, 10, 0, mad, "Tue")
    yield case(
        f,
        "reserva_es",
        "es",
        ("TidyCal", "notifications@tidycal-mail.example"),
        "Reserva confirmada: Entrevista con Marta Gil",
        at(2026, 6, 16, 19, 0, mad),
        "TidyCal confirmation in Spanish: 'martes, 23 de junio de 2026, 10:00 – 10:45 "
        "(Europe/Madrid)'.",
        text=(
            "Hola Alex:\n\nTu reserva con Marta Gil (Olivar Studio) está confirmada.\n\n"
            f"Entrevista – Diseñador/a UX\n{loc(st, 'EEEE, d MMMM y', 'es')}, 10:00 – 10:45 "
            f"({mad})\n\nReprogramar o cancelar: https://tidycal.example/b/91ac\n"
        ),
        label=slot(st, st + timedelta(minutes=45), zone=mad),
    )
    chi = "America/Chicago"
    st = at(2026, 7, 1, 9, 30, chi, "Wed")
    en = st + timedelta(minutes=30)
    link = google_link("Interview with Harlan Cole", st, en)
    yield case(
        f,
        "only_calendar_link",
        "en",
        ("TidyCal", "notifications@tidycal-mail.example"),
        "You're booked with Harlan Cole",
        at(2026, 6, 26, 13, 0, chi),
        "TidyCal mail whose only time is in the Google Calendar link (UTC dates in the URL).",
        html=page(
            "You're booked!",
            paras(
                "Hi Alex,",
                "Your interview with Harlan Cole (Cole & Rivers Accounting) is booked. See you "
                "soon!",
                f"<a href='{link}'>Add to Google Calendar</a>",
            ),
            "TidyCal",
            "#111827",
        ),
        label=slot(st, en),
    )
    sp = "America/Sao_Paulo"
    st = at(2026, 6, 26, 14, 0, sp, "Fri")
    yield case(
        f,
        "cancelada_pt_br",
        "pt-BR",
        ("TidyCal", "notifications@tidycal-mail.example"),
        "Reserva cancelada",
        at(2026, 6, 24, 11, 0, sp),
        "TidyCal cancellation in Brazilian Portuguese: 'sexta-feira, 26 de junho de 2026 às "
        "14:00 (America/Sao_Paulo)'.",
        text=(
            "Olá, Alex,\n\nSua reserva com Bruno Teixeira foi cancelada.\n\n"
            f"Entrevista – Analista de Dados\n{loc(st, 'EEEE, d MMMM y', 'pt_BR')} às 14:00 "
            f"({sp})\n\nAgende um novo horário: https://tidycal.example/bruno\n"
        ),
        label=slot(st, kind="cancellation", zone=sp),
    )
    yield case(
        f,
        "receipt_package",
        "en",
        ("TidyCal", "notifications@tidycal-mail.example"),
        "Your receipt from Career Sprint Coaching",
        at(2026, 6, 10, 8, 0, den),
        "TidyCal receipt for a coaching package: sessions to book 'before July 31, 2026 11:59 "
        "PM'; nothing scheduled.",
        text=(
            "Hi Alex,\n\nThanks for your purchase!\n\nPackage: Interview Prep – 3 sessions\n"
            "Amount paid: $180.00\nValid until: July 31, 2026 11:59 PM (America/Denver)\n\n"
            "Book your first session whenever you're ready: https://tidycal.example/careersprint"
            "\n"
        ),
    )
    yield case(
        f,
        "reschedule_requested",
        "en",
        ("TidyCal", "notifications@tidycal-mail.example"),
        "Jordan Lee asked you to pick a new time",
        at(2026, 6, 16, 17, 0, den),
        "TidyCal reschedule request: the host asks the reader to choose a new time for the "
        "June 18 call; no new time set.",
        text=(
            "Hi Alex,\n\nJordan Lee needs to move your Intro call scheduled for Thursday, June "
            "18, 2026 at 3:00pm (America/Denver). Please choose a new time that works for you:"
            "\n\nhttps://tidycal.example/jordanlee/intro?reschedule=8f21\n"
        ),
    )


def paradox() -> Iterator[Case]:
    f = "paradox"
    chi = "America/Chicago"
    s = ("Olivia at FreshMart Careers", "olivia@freshmart.paradox-mail.example")
    sent = at(2026, 6, 12, 18, 40, chi)
    st = at(2026, 6, 16, 14, 30, chi, "Tue")
    yield case(
        f,
        "all_set_en",
        "en",
        s,
        "Your interview is scheduled",
        sent,
        "Olivia text relayed to email: 'Your interview is Tue, Jun 16 at 2:30 PM at FreshMart "
        "#412'; no zone.",
        text=(
            "Olivia: You're all set, Alex! Your interview is Tue, Jun 16 at 2:30 PM at "
            "FreshMart #412, 1800 Elm St, Dallas, TX. Ask for the store manager, Tasha.\n\n"
            "Reply R to reschedule or C to cancel.\n\n--\nThis message was sent by Olivia, "
            "FreshMart's virtual recruiting assistant."
        ),
        label=slot(st, sent=sent),
    )
    sent = at(2026, 6, 13, 11, 5, chi)
    st = at(2026, 6, 18, 10, 0, chi, "Thu")
    yield case(
        f,
        "listo_es_us",
        "es-US",
        s,
        "Tu entrevista está programada",
        sent,
        "Olivia in US Spanish: 'Tu entrevista es el jue., 18 de jun. a las 10:00 a. m.'; no zone.",
        text=(
            "Olivia: ¡Listo, Alex! Tu entrevista es el jue., 18 de jun. a las 10:00 a. m. en "
            "FreshMart #415, 2200 Ross Ave, Dallas, TX.\n\nResponde R para reprogramar o C para "
            "cancelar."
        ),
        label=slot(st, sent=sent),
    )
    s = ("Olivia at Harbor Logistics", "olivia@harborlogistics.paradox-mail.example")
    st = at(2026, 6, 24, 9, 0, chi, "Wed")
    yield case(
        f,
        "reminder_tomorrow_ct",
        "en",
        s,
        "Reminder: your interview is tomorrow",
        at(2026, 6, 23, 9, 0, chi),
        "Olivia day-before reminder of the reader's own interview: 'tomorrow, Wed 6/24, at "
        "9:00am CT'; abbreviation, so instant only.",
        text=(
            "Olivia: Hi Alex, just a reminder that your interview with Harbor Logistics is "
            "tomorrow, Wed 6/24, at 9:00am CT. Location: 3300 Port Rd, Building 2, Houston, "
            "TX. Bring a photo ID.\n\nReply C if you can no longer make it."
        ),
        label=slot(st),
    )
    yield case(
        f,
        "pick_a_time",
        "en",
        s,
        "Pick a time for your interview",
        at(2026, 6, 19, 15, 0, chi),
        "Olivia offers three times to reply 1, 2 or 3; nothing set.",
        text=(
            "Olivia: Great news, Alex! The team would like to interview you for Forklift "
            "Operator. Which time works best?\n1) Mon 6/22 10:00am\n2) Mon 6/22 2:00pm\n"
            "3) Tue 6/23 11:00am\n\nReply 1, 2 or 3."
        ),
    )
    s = ("Olivia at FreshMart Careers", "olivia@freshmart.paradox-mail.example")
    sent = at(2026, 6, 22, 16, 20, chi)
    st = at(2026, 6, 26, 11, 0, chi, "Fri")
    yield case(
        f,
        "moved_en",
        "en",
        s,
        "Your interview has been moved",
        sent,
        "Olivia reschedule: 'moved from Thu, Jun 25 at 3:00 PM to Fri, Jun 26 at 11:00 AM'; "
        "the new slot, no zone.",
        text=(
            "Olivia: Hi Alex, the store manager had a conflict, so your interview has been "
            "moved from Thu, Jun 25 at 3:00 PM to Fri, Jun 26 at 11:00 AM. Same location: "
            "FreshMart #412, 1800 Elm St.\n\nReply R if the new time doesn't work."
        ),
        label=slot(st, kind="reschedule", sent=sent),
    )
    yield case(
        f,
        "application_received",
        "en",
        s,
        "Thanks for applying to FreshMart",
        at(2026, 6, 10, 20, 0, chi),
        "Olivia receipt: store hours '7am–10pm daily', a hiring event 'Saturday 6/27 from 9am "
        "to 1pm' open to everyone; no interview for the reader.",
        text=(
            "Olivia: Thanks for applying to FreshMart, Alex! I'll text you when a hiring "
            "manager reviews your application.\n\nWant to meet us sooner? Our open hiring "
            "event is Saturday 6/27 from 9am to 1pm at all Dallas stores (open 7am–10pm "
            "daily). No appointment needed."
        ),
    )


def workdayi18n() -> Iterator[Case]:
    f = "workdayi18n"
    tok = "Asia/Tokyo"
    s = ("採用チーム（サクラ精機）", "sakura-seiki@myworkday-mail.example")
    st = at(2026, 6, 17, 14, 0, tok, "Wed")
    yield case(
        f,
        "mensetsu_ja",
        "ja",
        s,
        "面接のご案内：生産技術エンジニア",
        at(2026, 6, 8, 10, 30, tok),
        "Workday interview notice in Japanese: '面接日時：2026年6月17日(水) "
        "14:00～15:00（日本時間）'.",
        text=(
            "Alex Morgan 様\n\nこの度は生産技術エンジニアの求人にご応募いただき、誠にありがとう"
            "ございます。下記の日程で面接を実施いたします。\n\n"
            "面接日時：2026年6月17日(水) 14:00～15:00（日本時間）\n"
            "面接形式：オンライン（Zoom）\nURL：https://zoom.example/j/8812340091\n\n"
            "サクラ精機株式会社 採用チーム"
        ),
        label=slot(st, st + timedelta(hours=1), zone=tok),
    )
    par = "Europe/Paris"
    s = ("Recrutement Maison Ardoise", "maisonardoise@myworkday-mail.example")
    st = at(2026, 6, 17, 10, 0, par, "Wed")
    yield case(
        f,
        "entretien_fr",
        "fr",
        s,
        "Votre entretien pour le poste de Contrôleur de gestion",
        at(2026, 6, 9, 15, 0, par),
        "Workday interview in French: 'Date : mercredi 17 juin 2026', 'Heure : 10:00 - 11:00 "
        "(heure d'été d'Europe centrale)'; a zone name shared by many zones, so no IANA label.",
        text=(
            "Bonjour Alex,\n\nNous avons le plaisir de vous inviter à un entretien.\n\n"
            f"Date : {loc(st, 'EEEE d MMMM y', 'fr')}\n"
            "Heure : 10:00 - 11:00 (heure d'été d'Europe centrale)\n"
            "Lieu : 14 rue de la Chaussée-d'Antin, 75009 Paris\n"
            "Intervenants : Hélène Faure, Romain Giraud\n\nCordialement,\nRecrutement Maison "
            "Ardoise"
        ),
        label=slot(st, st + timedelta(hours=1)),
    )
    zrh = "Europe/Zurich"
    s = ("Talent Acquisition Alpenbank", "alpenbank@myworkday-mail.example")
    st = at(2026, 6, 18, 15, 30, zrh, "Thu")
    yield case(
        f,
        "verschoben_de_ch",
        "de-CH",
        s,
        "Ihr Interview wurde verschoben",
        at(2026, 6, 15, 9, 40, zrh),
        "Workday move in Swiss German: 'Neuer Termin: Donnerstag, 18. Juni 2026, 15:30–16:15 "
        "Uhr MESZ', old 'Mittwoch, 17. Juni 2026, 09:00 Uhr'; instant only.",
        text=(
            "Grüezi Alex Morgan\n\nIhr Interview für die Stelle Compliance Officer wurde "
            "verschoben.\n\nBisheriger Termin: Mittwoch, 17. Juni 2026, 09:00 Uhr\n"
            f"Neuer Termin: {loc(st, 'EEEE, d. MMMM y', 'de_CH')}, 15:30–16:15 Uhr MESZ\n"
            "Ort: Alpenbank AG, Bahnhofstrasse 45, Zürich\n\nFreundliche Grüsse\nTalent "
            "Acquisition"
        ),
        label=slot(st, st + timedelta(minutes=45), kind="reschedule"),
    )
    yield case(
        f,
        "evaluacion_es",
        "es",
        ("Selección Grupo Cierzo", "grupocierzo@myworkday-mail.example"),
        "Completa tu evaluación",
        at(2026, 6, 12, 12, 0, "Europe/Madrid"),
        "Workday assessment in Spanish: complete it 'antes del 20 de junio de 2026 a las 23:59 "
        "(CEST)'; a deadline.",
        text=(
            "Hola Alex:\n\nEl siguiente paso del proceso es una evaluación en línea de unos 40 "
            "minutos. Complétala antes del 20 de junio de 2026 a las 23:59 (CEST).\n\n"
            "Accede desde tu cuenta de candidato: https://grupocierzo.myworkday.example/tareas"
            "\n\nSelección Grupo Cierzo"
        ),
    )
    sp = "America/Sao_Paulo"
    s = ("Recrutamento Ipê Alimentos", "ipealimentos@myworkday-mail.example")
    st = at(2026, 6, 19, 9, 0, sp, "Fri")
    yield case(
        f,
        "entrevista_brt",
        "pt-BR",
        s,
        "Convite para entrevista – Analista de Qualidade",
        at(2026, 6, 10, 14, 20, sp),
        "Workday invitation in Brazilian Portuguese: 'Data: 19 de junho de 2026', 'Horário: "
        "09:00 - 10:00 BRT'; abbreviation, so instant only.",
        text=(
            "Olá, Alex!\n\nGostaríamos de convidá-lo para uma entrevista.\n\n"
            f"Data: {loc(st, 'd MMMM y', 'pt_BR')}\nHorário: 09:00 - 10:00 BRT\n"
            "Local: Microsoft Teams (link no convite do calendário)\n\nAtenciosamente,\n"
            "Recrutamento Ipê Alimentos"
        ),
        label=slot(st, st + timedelta(hours=1)),
    )

    # written after probing the parser with CJK label rows (see the provenance)
    sel = "Asia/Seoul"
    s = ("채용팀 (한빛모빌리티)", "hanbit@myworkday-mail.example")
    sent = at(2026, 6, 17, 10, 0, sel)
    st = at(2026, 6, 25, 14, 30, sel, "Thu")
    yield case(
        f,
        "sijak_jongnyo_ko",
        "ko",
        s,
        "면접 일정 안내",
        sent,
        "Workday interview rows in Korean: '시작 시간: 오후 2시 30분', '종료 시간: 오후 3시 30분'; "
        "no zone.",
        text=(
            "Alex Morgan 님, 안녕하세요.\n\n면접 일정을 안내드립니다.\n\n"
            "면접 날짜: 2026년 6월 25일 (목)\n시작 시간: 오후 2시 30분\n종료 시간: 오후 3시 30분\n"
            "장소: 서울시 성동구 왕십리로 83, 7층\n\n한빛모빌리티 채용팀 드림"
        ),
        label=slot(st, st + timedelta(hours=1), sent=sent),
    )
    sha = "Asia/Shanghai"
    s = ("招聘团队（青禾食品）", "qinghe@myworkday-mail.example")
    sent = at(2026, 6, 18, 15, 0, sha)
    st = at(2026, 6, 29, 14, 30, sha, "Mon")
    yield case(
        f,
        "kaishi_jieshu_zh",
        "zh-CN",
        s,
        "面试通知：质量工程师",
        sent,
        "Workday interview rows in Simplified Chinese: '开始时间：下午2点30分', "
        "'结束时间：下午3点30分'; no zone.",
        text=(
            "Alex Morgan 您好：\n\n感谢您应聘质量工程师一职，面试安排如下。\n\n"
            "面试日期：2026年6月29日\n开始时间：下午2点30分\n结束时间：下午3点30分\n"
            "地点：苏州工业园区星湖街328号\n\n青禾食品 招聘团队"
        ),
        label=slot(st, st + timedelta(hours=1), sent=sent),
    )


def sfi18n() -> Iterator[Case]:
    f = "sfi18n"
    ber = "Europe/Berlin"
    s = ("Recruiting Hanse Maschinenbau", "noreply-recruiting@sfmail.example")
    st = at(2026, 6, 17, 14, 0, ber, "Wed")
    yield case(
        f,
        "bestaetigt_de",
        "de",
        s,
        "Interviewbestätigung: Konstrukteur/in Sondermaschinen",
        at(2026, 6, 10, 8, 5, ber),
        "SuccessFactors interview confirmation: 'Datum: 17.06.2026', 'Uhrzeit: 14:00 - 14:45', "
        "'Zeitzone: (GMT+02:00) Mitteleuropäische Sommerzeit (Europe/Berlin)' on three rows.",
        text=(
            "Sehr geehrte/r Alex Morgan,\n\nIhr Interviewtermin wurde bestätigt.\n\n"
            f"Datum: {st:%d.%m.%Y}\nUhrzeit: 14:00 - 14:45\n"
            "Zeitzone: (GMT+02:00) Mitteleuropäische Sommerzeit (Europe/Berlin)\n"
            "Ort: Hanse Maschinenbau GmbH, Werk 2, Billstraße 80, Hamburg\n"
            "Interviewer: Dr. Jens Carstens\n\nMit freundlichen Grüßen\nIhr Recruiting-Team"
        ),
        label=slot(st, st + timedelta(minutes=45), zone=ber),
    )
    sha = "Asia/Shanghai"
    s = ("招聘团队（东岳新材料）", "noreply-recruiting@sfmail.example")
    st = at(2026, 6, 18, 14, 0, sha, "Thu")
    yield case(
        f,
        "mianshi_zh",
        "zh-CN",
        s,
        "面试确认：工艺工程师",
        at(2026, 6, 12, 9, 30, sha),
        "SuccessFactors confirmation in Simplified Chinese: '2026年6月18日 星期四 下午2:00 - "
        "下午3:00 (GMT+08:00) 中国标准时间 (Asia/Shanghai)'.",
        text=(
            "尊敬的 Alex Morgan：\n\n您的面试已确认。\n\n"
            "面试时间：2026年6月18日 星期四 下午2:00 - 下午3:00 (GMT+08:00) 中国标准时间 "
            "(Asia/Shanghai)\n面试地点：上海市浦东新区张江路88号3楼\n面试官：王磊\n\n"
            "东岳新材料 招聘团队"
        ),
        label=slot(st, st + timedelta(hours=1), zone=sha),
    )
    mad = "Europe/Madrid"
    s = ("Selección Aceros del Norte", "noreply-recruiting@sfmail.example")
    sent = at(2026, 6, 16, 11, 0, mad)
    st = at(2026, 6, 19, 10, 0, mad, "Fri")
    yield case(
        f,
        "cancelada_es",
        "es",
        s,
        "Entrevista cancelada",
        sent,
        "SuccessFactors cancellation in Spanish: 'su entrevista del 19/06/2026 10:00 (GMT+02:00) "
        "Hora de verano de Europa central' is cancelled.",
        text=(
            "Estimado/a Alex Morgan:\n\nLe informamos de que se ha cancelado su entrevista del "
            "19/06/2026 10:00 (GMT+02:00) Hora de verano de Europa central para el puesto "
            "Ingeniero/a de Calidad.\n\nNos pondremos en contacto con usted para proponerle "
            "una nueva fecha.\n\nAtentamente,\nSelección Aceros del Norte"
        ),
        label=slot(st, kind="cancellation"),
    )
    par = "Europe/Paris"
    at(2026, 6, 23, 9, 0, par, "Tue")  # the first proposed slot written in the text
    yield case(
        f,
        "disponibilites_fr",
        "fr",
        ("Recrutement Vallée Énergie", "noreply-recruiting@sfmail.example"),
        "Merci d'indiquer vos disponibilités",
        at(2026, 6, 15, 14, 0, par),
        "SuccessFactors availability request in French: choose among proposed slots from "
        "'mardi 23 juin 2026 à 09:00'; nothing booked.",
        text=(
            "Bonjour Alex Morgan,\n\nMerci d'indiquer vos disponibilités pour un entretien. "
            "Les créneaux proposés commencent le mardi 23 juin 2026 à 09:00 (heure de Paris)."
            "\n\nSélectionner un créneau : https://sf.example/interview/select/5521\n\n"
            "Recrutement Vallée Énergie"
        ),
    )

    # written after probing the parser with CJK label rows and unzoned subjects (see the
    # provenance): they pin the rules, they are no first sight
    tok = "Asia/Tokyo"
    s = ("採用担当（北斗化学）", "noreply-recruiting@sfmail.example")
    st = at(2026, 6, 24, 14, 30, tok, "Wed")
    yield case(
        f,
        "kaishi_shuryo_ja",
        "ja",
        s,
        "面接日程のご連絡",
        at(2026, 6, 16, 11, 0, tok),
        "SuccessFactors interview rows in Japanese: '開始時刻：14時30分' and '終了時刻：15時30分' "
        "on their own lines, Windows zone '(GMT+09:00) 大阪、札幌、東京'; the minutes of a "
        "clock are no 30-minute duration.",
        text=(
            "Alex Morgan 様\n\n面接の日程が確定しましたのでご連絡いたします。\n\n"
            "面接日：2026年6月24日（水）\n開始時刻：14時30分\n終了時刻：15時30分\n"
            "タイムゾーン：(GMT+09:00) 大阪、札幌、東京\n場所：東京都港区芝浦3-4-1 北斗化学本社"
            "\n\n北斗化学株式会社 採用担当"
        ),
        label=slot(st, st + timedelta(hours=1), zone=tok),
    )
    sha = "Asia/Shanghai"
    ber = "Europe/Berlin"
    s = ("Recruiting Hanse Maschinenbau", "noreply-recruiting@sfmail.example")
    st = at(2026, 6, 26, 10, 0, sha, "Fri")
    yield case(
        f,
        "subject_unzoned_shanghai",
        "zh-CN",
        s,
        "面试安排：2026-06-26 10:00",
        at(2026, 6, 19, 9, 0, ber),
        "Sent from the German head office (Date +02:00) for an interview in Shanghai: the "
        "subject's '2026-06-26 10:00' has no zone, the body's '10:00 - 11:00 (GMT+08:00) "
        "中国标准时间 (Asia/Shanghai)' names it; the same wall time.",
        text=(
            "尊敬的 Alex Morgan：\n\n您的面试安排如下。\n\n"
            "时间：2026年6月26日 星期五 10:00 - 11:00 (GMT+08:00) 中国标准时间 (Asia/Shanghai)"
            "\n地点：上海市闵行区申长路990号\n\nHanse Maschinenbau 招聘团队"
        ),
        label=slot(st, st + timedelta(hours=1), zone=sha),
    )


def joincom() -> Iterator[Case]:
    f = "joincom"
    ber = "Europe/Berlin"
    s = ("Finja Brandt über JOIN", "notifications@join-mail.example")
    st = at(2026, 6, 17, 11, 0, ber, "Wed")
    en = st + timedelta(minutes=30)
    yield case(
        f,
        "einladung_mesz_link",
        "de",
        s,
        "Einladung zum Interview bei Küstenlicht GmbH",
        at(2026, 6, 11, 16, 30, ber),
        "JOIN invitation in German: 'Mi., 17. Juni 2026, 11:00 - 11:30 (MESZ)' and a Google "
        "Calendar link with the UTC slot.",
        html=page(
            "Einladung zum Interview",
            paras(
                "Hallo Alex,",
                "Finja Brandt von Küstenlicht GmbH lädt dich zu einem Interview für die Stelle "
                "<b>Werkstudent/in Marketing</b> ein.",
                f"<b>{loc(st, 'EEE, d. MMMM y', 'de')}, 11:00 - 11:30 (MESZ)</b>",
                "Videocall: https://meet.example/kst-ppq-wrt",
                f"<a href='{google_link('Interview Küstenlicht', st, en)}'>Zum Kalender "
                "hinzufügen</a>",
            ),
            "JOIN",
            "#0f1f3d",
        ),
        label=slot(st, en),
    )
    zrh = "Europe/Zurich"
    s = ("Lukas Meier via JOIN", "notifications@join-mail.example")
    st = at(2026, 6, 18, 16, 0, zrh, "Thu")
    yield case(
        f,
        "invited_iana_en",
        "en",
        s,
        "You have been invited to an interview",
        at(2026, 6, 12, 10, 0, zrh),
        "JOIN invitation in English: 'Thursday, 18 June 2026 at 16:00 (Europe/Zurich)'.",
        text=(
            "Hi Alex,\n\nLukas Meier from Gletscher Analytics invited you to an interview for "
            "Data Engineer.\n\nWhen: Thursday, 18 June 2026 at 16:00 (Europe/Zurich)\n"
            "Where: Google Meet – https://meet.example/gla-uuv-qqa\n\nGood luck!\nThe JOIN team"
        ),
        label=slot(st, zone=zrh),
    )
    par = "Europe/Paris"
    s = ("Camille Roy via JOIN", "notifications@join-mail.example")
    sent = at(2026, 6, 17, 18, 0, par)
    st = at(2026, 6, 18, 9, 30, par, "Thu")
    yield case(
        f,
        "rappel_demain_fr",
        "fr",
        s,
        "Rappel : votre entretien demain à 9h30",
        sent,
        "JOIN reminder in French of the reader's own interview: 'demain, jeudi 18 juin, à "
        "9h30'; no zone.",
        text=(
            "Bonjour Alex,\n\nPetit rappel : votre entretien avec Camille Roy (Atelier Sauge) "
            "a lieu demain, jeudi 18 juin, à 9h30, au 12 rue des Tanneurs, Lyon.\n\n"
            "À demain !\nL'équipe JOIN"
        ),
        label=slot(st, sent=sent),
    )
    yield case(
        f,
        "nachricht_verfuegbarkeit",
        "de",
        ("Finja Brandt über JOIN", "notifications@join-mail.example"),
        "Neue Nachricht von Küstenlicht GmbH",
        at(2026, 6, 9, 13, 0, ber),
        "JOIN inbox notice: the employer asks when the reader is free 'ab Montag, 15.06., "
        "zwischen 10 und 16 Uhr'; nothing set.",
        text=(
            "Hallo Alex,\n\ndu hast eine neue Nachricht von Küstenlicht GmbH:\n\n"
            "„Hallo Alex, danke für deine Bewerbung! Wann hättest du Zeit für ein kurzes "
            "Kennenlernen? Wir könnten ab Montag, 15.06., zwischen 10 und 16 Uhr.“\n\n"
            "Antworten: https://join.example/inbox/88211\n"
        ),
    )

    # written after probing the parser with unzoned subjects (see the provenance)
    lon = "Europe/London"
    s = ("Amelia Hart vía JOIN", "notifications@join-mail.example")
    mad = "Europe/Madrid"
    st = at(2026, 6, 24, 14, 0, mad, "Wed")
    yield case(
        f,
        "subject_unzoned_madrid",
        "es",
        s,
        "Entrevista – 14:00 mié., 24 jun. 2026",
        at(2026, 6, 15, 12, 0, lon),
        "A London recruiter (Date +01:00) invites for a Madrid role: the subject's '14:00 mié., "
        "24 jun. 2026' has no zone, the body's 'Fecha/Hora:' row '14:00 - miércoles, 24 de junio "
        "de 2026 (hora de verano de Europa central)' names it; the same wall time.",
        text=(
            "Hola, Alex:\n\nAmelia Hart (Hart & Rowe Search) te ha invitado a una entrevista "
            "para el puesto de Analista de Riesgos.\n\nFecha/Hora:\n14:00 - miércoles, 24 de "
            "junio de 2026 (hora de verano de Europa central)\nDónde: Microsoft Teams\n\n"
            "El equipo de JOIN"
        ),
        label=slot(st),
    )


def setmore() -> Iterator[Case]:
    f = "setmore"
    lon = "Europe/London"
    s = ("Brackenfield Veterinary Group", "no-reply@setmore-mail.example")
    st = at(2026, 6, 16, 10, 15, lon, "Tue")
    yield case(
        f,
        "confirmed_bst_lines",
        "en-GB",
        s,
        "Your appointment is confirmed",
        at(2026, 6, 9, 12, 0, lon),
        "Setmore confirmation in British English: service, date and '10:15 AM - 10:45 AM BST' "
        "on separate lines; instant only.",
        text=(
            "Hi Alex,\n\nYour appointment is confirmed.\n\nInterview – Veterinary "
            "Receptionist\nwith Harriet Dale\nTue, 16 Jun 2026\n10:15 AM - 10:45 AM BST\n\n"
            "Brackenfield Veterinary Group\n22 Mill Lane, Harrogate HG1 2PQ\n\n"
            "Need to reschedule? https://brackenfield.setmore.example/reschedule/7a91\n"
        ),
        label=slot(st, st + timedelta(minutes=30)),
    )
    mad = "Europe/Madrid"
    s = ("Clínica Dental Arenal", "no-reply@setmore-mail.example")
    st = at(2026, 6, 18, 17, 0, mad, "Thu")
    yield case(
        f,
        "confirmada_es",
        "es",
        s,
        "Tu cita está confirmada",
        at(2026, 6, 12, 10, 0, mad),
        "Setmore confirmation in Spanish: 'jueves, 18 de junio de 2026 · 17:00 - 17:30 "
        "(Europe/Madrid)' for a job interview at a dental clinic.",
        text=(
            "Hola Alex,\n\nTu cita está confirmada.\n\nEntrevista – Auxiliar de clínica\n"
            f"{loc(st, 'EEEE, d MMMM y', 'es')} · 17:00 - 17:30 ({mad})\n"
            "Con: Lucía Navarro\nClínica Dental Arenal, Calle del Arenal 9, Madrid\n"
        ),
        label=slot(st, st + timedelta(minutes=30), zone=mad),
    )
    ny = "America/New_York"
    s = ("Harborview Property Management", "no-reply@setmore-mail.example")
    st = at(2026, 6, 24, 15, 0, ny, "Wed")
    yield case(
        f,
        "confirmed_3pm_eastern",
        "en",
        s,
        "Appointment confirmed with Harborview Property Management",
        at(2026, 6, 19, 9, 0, ny),
        "Setmore confirmation in US English: 'Wed, Jun 24 · 3 PM - 3:30 PM (Eastern Time)'; a "
        "hour without minutes, 'Eastern Time' names no single zone.",
        text=(
            "Hi Alex,\n\nYou're booked!\n\nLeasing Consultant interview with Dana Price\n"
            "Wed, Jun 24 · 3 PM - 3:30 PM (Eastern Time)\n"
            "Location: 410 Atlantic Ave, Boston, MA\n"
        ),
        label=slot(st, st + timedelta(minutes=30)),
    )
    yield case(
        f,
        "review_request",
        "en-GB",
        ("Brackenfield Veterinary Group", "no-reply@setmore-mail.example"),
        "How was your appointment?",
        at(2026, 6, 17, 9, 0, lon),
        "Setmore review request after yesterday's appointment, with a 'next available: Tue, 30 "
        "Jun 2026 at 10:00 AM' booking nudge; nothing set.",
        text=(
            "Hi Alex,\n\nThanks for visiting Brackenfield Veterinary Group yesterday. How did "
            "it go? Leave a review: https://setmore.example/review/7a91\n\n"
            "Want to book again? Next available: Tue, 30 Jun 2026 at 10:00 AM.\n"
        ),
    )

    # written after probing the parser with unzoned subjects (see the provenance)
    s = ("Fenwick Talent (bookings)", "no-reply@setmore-mail.example")
    ber = "Europe/Berlin"
    st = at(2026, 6, 17, 14, 0, ber, "Wed")
    yield case(
        f,
        "subject_wall_time_cest",
        "en-GB",
        s,
        "Appointment confirmed: Interview - 02:00pm Wed, Jun 17, 2026",
        at(2026, 6, 10, 9, 30, lon),
        "Booked by a London agency (Date +01:00) for a Hamburg client: the subject's '02:00pm "
        "Wed, Jun 17, 2026' has no zone, the body's 'Date/Time:' row '02:00pm - Wednesday, June "
        "17, 2026 (Central European Summer Time)' names it; the same wall time, 14:00 in "
        "Germany.",
        text=(
            "Hi Alex,\n\nYour appointment is confirmed.\n\nInterview – Kranich Logistik "
            "(Transport Planner)\nDate/Time:\n02:00pm - Wednesday, June 17, 2026 (Central "
            "European Summer Time)\nVideo call: https://teams.example/l/meetup-join/19%3akl-2281\n"
        ),
        label=slot(st),
    )


def koalendar() -> Iterator[Case]:
    f = "koalendar"
    par = "Europe/Paris"
    s = ("Koalendar", "notifications@koalendar-mail.example")
    st = at(2026, 6, 17, 14, 0, par, "Wed")
    yield case(
        f,
        "confirmee_fr",
        "fr",
        s,
        "Réservation confirmée : Entretien avec Julie Marchand",
        at(2026, 6, 11, 9, 0, par),
        "Koalendar confirmation in French with the IANA zone.",
        text=(
            "Bonjour Alex,\n\nVotre réservation est confirmée.\n\nEntretien – Chargé(e) "
            "de communication\n"
            f"{loc(st, 'EEEE d MMMM y', 'fr')}, 14:00 - 14:30 ({par})\n"
            "Lien de visio : https://meet.example/jmc-aaq-rrt\n"
        ),
        label=slot(st, st + timedelta(minutes=30), zone=par),
    )
    rome = "Europe/Rome"
    st = at(2026, 6, 18, 10, 0, rome, "Thu")
    yield case(
        f,
        "confermata_it",
        "it",
        ("Koalendar", "notifications@koalendar-mail.example"),
        "Prenotazione confermata: Colloquio con Marco Bellini",
        at(2026, 6, 12, 16, 0, rome),
        "Koalendar confirmation in Italian.",
        text=(
            "Ciao Alex,\n\nla tua prenotazione è confermata: "
            f"{loc(st, 'EEEE d MMMM y', 'it')} alle 10:00 ({rome}), 45 minuti.\n\n"
            "Colloquio – Sviluppatore backend, con Marco Bellini\n"
        ),
        label=slot(st, st + timedelta(minutes=45), zone=rome),
    )
    tor = "America/Toronto"
    st = at(2026, 6, 19, 16, 0, tor, "Fri")
    yield case(
        f,
        "cancelled_en",
        "en",
        ("Koalendar", "notifications@koalendar-mail.example"),
        "Booking cancelled: Interview with Priya Shah",
        at(2026, 6, 17, 13, 0, tor),
        "Koalendar cancellation in English.",
        text=(
            "Hi Alex,\n\nYour booking has been cancelled by Priya Shah.\n\n"
            f"{pg7.en_long(st)} at 4:00 PM ({tor})\n\nBook another time: "
            "https://koalendar.example/e/priya-interview\n"
        ),
        label=slot(st, kind="cancellation", zone=tor),
    )
    yield case(
        f,
        "book_before_expiry",
        "en",
        ("Koalendar", "notifications@koalendar-mail.example"),
        "Reminder: book your interview slot",
        at(2026, 6, 16, 9, 0, tor),
        "Koalendar nudge: the booking link expires 'June 20, 2026 at 11:59 PM'; nothing booked.",
        text=(
            "Hi Alex,\n\nPriya Shah invited you to book an interview. You haven't picked a "
            "time yet. The link expires on June 20, 2026 at 11:59 PM.\n\n"
            "https://koalendar.example/e/priya-interview\n"
        ),
    )


BUILDERS = [
    odoocard,
    vtiger,
    zohobookings,
    recruitcrm,
    simplybook,
    dvinci,
    jobylon,
    taleo,
    reachmee,
    tidycal,
    paradox,
    workdayi18n,
    sfi18n,
    joincom,
    setmore,
    koalendar,
]


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the ats12 batch (`build_ats12.py`)",
        "",
        "Interview and booking notices from HR, CRM and booking software new to the corpus. "
        "People, companies, addresses and links are made up. `odoocard` renders Odoo 16's "
        "calendar mail templates (addons/calendar/data/mail_template_data.xml) with the Dutch "
        "strings of addons/calendar/i18n/nl.po (LGPL-3.0); `vtiger` renders vtiger CRM's "
        "invitation body (modules/Calendar/CalendarCommon.php getActivityDetails(), vtiger 5; "
        "the 'Invite Users' template of vtiger 7) with the English, Romanian and Vietnamese "
        "Calendar language strings. Dates in Odoo's card use Babel's CLDR data as Odoo does "
        "(format_datetime 'EEEE', 'MMMM y', short time). The other families are commercial "
        "tools whose wording is recalled; every sentence there is ours.",
        "",
        "Every label was written from the datetimes the text is rendered from, before the "
        "parser was run. Held out (whole families, chosen before the first run): taleo, "
        "reachmee, tidycal, paradox, koalendar.",
        "",
        "## First sight (parser of main before this batch's rules)",
        "",
        "- first wave (11 families): dev 28/30 invitations right (26 sure), 3 of 14 "
        "look-alikes claimed; held out 15/16 right (13 sure), 1 of 8 claimed.",
        "- second wave (workdayi18n, sfi18n, joincom, setmore, koalendar; written after the "
        "first rules): dev 13/13 right, 0 of 4 claimed; held out 3/3, 0 of 1.",
        "- after the first rules: dev 42/43 right (42 sure), 0 of 18 claimed; held out 18/19, "
        "1 of 9.",
        "- six dev mails were written after probing the parser (CJK start/end rows: "
        "sfi18n ja, workdayi18n ko and zh-CN; unzoned subjects over a zoned body: sfi18n "
        "zh-CN, setmore en-GB, joincom es); they pin rules and are no first sight.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_ats12.py`.",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {items[0].split}): {SOURCES[name]}")
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-ats12.md", provenance(cases))
    negatives = sum(1 for item in cases if item.label.get("kind") == NEG)
    print(
        f"{len(cases)} messages ({negatives} negatives) in {len(SPLITS)} families", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
