"""Write the "parsegen7" batch: applicant-tracking and scheduling platforms new to the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_parsegen7.py

On senders it has never seen the parser claims about one look-alike negative in eight as an
invitation and reads about one calendar-less invitation in nine with a wrong start. This batch
brings platforms the corpus had not used (JazzHR, ModernLoop, Spark Hire, Codility, Google
Calendar appointment schedules, Pinpoint, softgarden, Webcruiter, Freshteam, Acuity Scheduling,
Manatal; held out: Breezy HR, YouCanBookMe, HackerRank, Jobvite, Homerun, Laura, TestGorilla) as
candidates receive them: HTML tables, "Add to calendar" links that carry the only time, the time
only in the subject, plain parts that say "view in HTML", multi-round itineraries and panel days,
forwards in the user's language; and their look-alikes: application receipts, assessment and
one-way-video deadlines, status updates, job alerts with event dates, "pick a time" mails with
example slots and availability reminders. The platforms' wording is recalled from their help
centres and public screenshots ("strings recalled"); every sentence here is ours. Everything was
labelled before the parser was run on it. Mail helpers are those of build_parse-pos.py (forward
header blocks also those of build_parsegen6.py), loaded, not copied. Output is deterministic; the
script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from urllib.parse import quote as urlquote

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
pg6 = _load("build_parsegen6", "build_parsegen6.py")
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"

# About 40 % of the families are held out, chosen before the parser was run: neither the
# platforms with the plainest mails nor those with the oddest ones.
SPLITS = {
    "jazzhr": "dev",
    "modernloop": "dev",
    "sparkhire": "dev",
    "codility": "dev",
    "gappointment": "dev",
    "pinpoint": "dev",
    "softgarden": "dev",
    "webcruiter": "dev",
    "freshteam": "dev",
    "acuity": "dev",
    "manatal": "dev",
    "breezyhr": "heldout",
    "youcanbookme": "heldout",
    "hackerrank": "heldout",
    "jobvite": "heldout",
    "homerun": "heldout",
    "laurarekry": "heldout",
    "testgorilla": "heldout",
}

RECALLED = "strings recalled from the vendor's help centre and public screenshots; wording ours"
TEMPLATES = {
    "jazzhr": "JazzHR candidate emails (interview invitation with Add to Calendar links, "
    "reschedule, cancellation, application acknowledgement); " + RECALLED,
    "modernloop": "ModernLoop candidate itinerary and availability-request emails; " + RECALLED,
    "sparkhire": "Spark Hire one-way video interview invitations/reminders and live-interview "
    "invitations; " + RECALLED,
    "codility": "Codility test invitations/reminders and CodeLive interview invitations; "
    + RECALLED,
    "gappointment": "Google Calendar appointment schedule booking confirmations and "
    "cancellations; booking-page links shared by recruiters; " + RECALLED,
    "pinpoint": "Pinpoint ATS interview emails with Google/Outlook/Yahoo 'Add to calendar' "
    "links, job alerts; " + RECALLED,
    "softgarden": "softgarden candidate emails (Terminvorschläge, Terminbestätigung, Absage "
    "des Termins); " + RECALLED,
    "webcruiter": "Webcruiter candidate emails (innkalling til intervju, søknad mottatt, "
    "status); " + RECALLED,
    "freshteam": "Freshworks Freshteam interview-scheduled emails, application "
    "acknowledgements; " + RECALLED,
    "acuity": "Acuity Scheduling client confirmation, reschedule and cancellation emails; "
    + RECALLED,
    "manatal": "Manatal candidate emails (interview invitation table, status update, "
    "hiring-event alert); " + RECALLED,
    "breezyhr": "Breezy HR candidate emails (interview invitation, questionnaire request); "
    + RECALLED,
    "youcanbookme": "YouCanBookMe booker confirmation/cancellation emails and booking-link "
    "mails; " + RECALLED,
    "hackerrank": "HackerRank test invitations/reminders and HackerRank Interview invitations; "
    + RECALLED,
    "jobvite": "Jobvite candidate emails (interview confirmation, panel schedule, "
    "cancellation, application received); " + RECALLED,
    "homerun": "Homerun candidate emails (uitnodiging, bevestiging, planning link); " + RECALLED,
    "laurarekry": "Laura (Finnish recruitment system) candidate emails; " + RECALLED,
    "testgorilla": "TestGorilla assessment invitations, reminders and result notices; " + RECALLED,
}
LICENSE = "written for this corpus (vendors' layouts recalled, no vendor text copied)"

SOURCES = {
    "jazzhr": "JazzHR: invitation with Add to Calendar links, reschedule (es-MX), cancellation, "
    "application receipt and an availability reminder.",
    "modernloop": "ModernLoop: panel-day itineraries with several interviewers (en, de-CH), a "
    "single round (en-SG) and a reminder to submit availability.",
    "sparkhire": "Spark Hire: one-way video interview deadlines and reminders (negatives, en, "
    "pt-PT), a live interview invitation.",
    "codility": "Codility: test deadlines (en-IN, pl) and CodeLive interview invitations, one "
    "forwarded by Apple Mail (cs).",
    "gappointment": "Google Calendar appointment schedules: confirmations (en, ko), a "
    "cancellation (fi) and a shared booking page with example times.",
    "pinpoint": "Pinpoint: Add-to-calendar-link-only mail, a 'view in HTML' plain part, a "
    "reschedule (da) and a job alert with a careers evening.",
    "softgarden": "softgarden: Terminvorschläge to choose from, a confirmation, an Outlook "
    "forward (de-CH) and a cancellation.",
    "webcruiter": "Webcruiter: innkalling (nb), a moved interview (sv), receipt and status "
    "notices with deadlines.",
    "freshteam": "Freshteam: dd/mm dates from an Indian sender, a multi-round itinerary "
    "(en-AU), an application receipt (vi) and a cancellation (id).",
    "acuity": "Acuity Scheduling: confirmation, reschedule (en-GB), cancellation, a 'here are a "
    "few openings' mail.",
    "manatal": "Manatal: HTML-table invitation (en-SG), Turkish invitation, a walk-in hiring "
    "event alert and a Romanian status update.",
    "breezyhr": "Breezy HR: HTML-table invitation (en-GB), fr-CA invitation, 'view in HTML' "
    "plain part, questionnaire deadline.",
    "youcanbookme": "YouCanBookMe: confirmation (en-AU), cancellation (nb), pick-a-time and "
    "'you have not booked yet' reminders.",
    "hackerrank": "HackerRank: test deadline and reminder, live interview (zh-TW), reschedule.",
    "jobvite": "Jobvite: confirmation table, panel day forwarded by Gmail, cancellation, "
    "application receipt (es-MX).",
    "homerun": "Homerun: nl invitation, receipt with an open-day date, planning link, a move (en).",
    "laurarekry": "Laura: Finnish invitation, receipt and video-answer deadline, an English "
    "invitation forwarded with a Finnish note.",
    "testgorilla": "TestGorilla: assessment invitations and reminders (en, hu), result notices "
    "(ro, en-SG).",
}


def filename(lang: str, name: str) -> str:
    """<lang>_<name>, without repeating a language prefix the name already has."""
    short = lang.split("-", 1)[0].lower()
    if name.lower().startswith((f"{lang.lower()}_", f"{short}_")):
        return name
    return f"{lang}_{name}"


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str | None = None,
    html: str | None = None,
    label: dict[str, object] | None = None,
) -> Case:
    """One direct mail; without a label it is a non-invitation."""
    raw = mail(
        f"parsegen7/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
    )
    return Case(
        family,
        SPLITS[family],
        filename(lang, name),
        raw,
        label or {"kind": NEG},
        lang,
        note,
        TEMPLATES[family],
        LICENSE,
    )


def slot(
    start: datetime,
    end: datetime | None = None,
    *,
    kind: str = "invitation",
    zone: str | None = None,
    sent: datetime | None = None,
    org: str | None = None,
    url: str | None = None,
    company: str | None = None,
) -> dict[str, object]:
    """A label for a slot. `sent` given: no zone in the text (wall time, Date offset);
    `zone`: the IANA name the text pins down; neither: an instant from an offset, a UTC link
    or an abbreviation that is not one zone."""
    label: dict[str, object] = {"kind": kind, **timed(start, end, zone=zone, sent=sent)}
    if company:
        label["company"] = company
    if url:
        label["meeting_url"] = url
    if org:
        label["organizer_email"] = org
    return label


def forwarded(
    family: str,
    name: str,
    lang: str,
    *,
    client: str,
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    user_note: str,
    label: dict[str, object],
    note: str,
    delay: timedelta = timedelta(hours=2, minutes=11),
) -> Case:
    """The job seeker forwards a platform mail to Afterview; client as in parse-pos
    ('gmail/en', 'outlook/de', ...) or parsegen6 ('gmail-fi', 'apple-cs', ...)."""
    if "/" in client:
        kind, client_lang = client.split("/")
        head = pp.forward_block(kind, client_lang, org, orig_sent, subject, ME)
        prefix = pp.PREFIX[(kind, client_lang)]
    else:
        head, prefix = pg6._block(
            client, f"{org[0]} <{org[1]}>", orig_sent, subject, f"{ME[0]} <{ME[1]}>"
        )
    text = f"{user_note}\n\n{head}\n{body.strip()}\n"
    raw = mail(
        f"parsegen7/{family}/{name}",
        sender=ME,
        to=pp.HOOK,
        subject=f"{prefix}: {subject}",
        sent=orig_sent + delay,
        text=text,
    )
    label["original_sender"] = org[1]
    return Case(
        family,
        SPLITS[family],
        filename(lang, name),
        raw,
        label,
        lang,
        note,
        TEMPLATES[family],
        LICENSE,
    )


def zulu(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def cal_links(title: str, start: datetime, end: datetime) -> list[tuple[str, str]]:
    """Google, Outlook and Yahoo 'Add to calendar' links, as ATS mails carry them (UTC)."""
    t = urlquote(title)
    iso_s = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    iso_e = end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [
        (
            "Google",
            "https://calendar.google.com/calendar/render?action=TEMPLATE"
            f"&amp;text={t}&amp;dates={zulu(start)}/{zulu(end)}",
        ),
        (
            "Outlook",
            "https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose"
            f"&amp;rru=addevent&amp;subject={t}&amp;startdt={iso_s}&amp;enddt={iso_e}",
        ),
        (
            "Yahoo",
            f"https://calendar.yahoo.com/?v=60&amp;title={t}&amp;st={zulu(start)}"
            f"&amp;et={zulu(end)}",
        ),
    ]


def links_html(links: list[tuple[str, str]], lead: str = "Add to calendar:") -> str:
    anchors = " &middot;\n".join(f"<a href='{href}'>{name}</a>" for name, href in links)
    return f"<p style='font-size:13px'>{lead} {anchors}</p>"


def links_text(links: list[tuple[str, str]], lead: str = "Add to calendar") -> str:
    return f"{lead}:\n" + "\n".join(f"{name}: {href.replace('&amp;', '&')}" for name, href in links)


def page(title: str, inner: str, brand: str, color: str = "#2b4c7e") -> str:
    """A vendor-style HTML mail: a coloured header bar, a white card, a grey footer."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head>\n"
        "<body style='margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif'>\n"
        "<table width='100%' cellpadding='0' cellspacing='0'><tr><td align='center'>\n"
        "<table width='600' cellpadding='0' cellspacing='0' style='background:#ffffff'>\n"
        f"<tr><td style='background:{color};color:#ffffff;padding:16px 24px;font-size:18px'>"
        f"{title}</td></tr>\n<tr><td style='padding:24px;font-size:15px;line-height:1.5'>\n"
        f"{inner}</td></tr>\n<tr><td style='padding:12px 24px;color:#8a8f98;font-size:11px'>"
        f"Sent with {brand}</td></tr>\n</table></td></tr></table></body></html>\n"
    )


def rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='padding:6px 12px;color:#555;width:140px'>{k}</td>"
        f"<td style='padding:6px 12px'><strong>{v}</strong></td></tr>\n"
        for k, v in pairs
    )
    return f"<table cellpadding='0' cellspacing='0' style='border:1px solid #dde'>{cells}</table>"


def paras(*items: str) -> str:
    return "".join(f"<p>{item}</p>\n" for item in items)


EN_MON = pp.EN_MONTHS.split()
EN_DAYS = pp.EN_DAYS


def en_long(value: datetime) -> str:
    """'Tuesday, June 23, 2026' (US order)."""
    return f"{EN_DAYS[value.weekday()]}, {EN_MON[value.month - 1]} {value.day}, {value.year}"


def gb_long(value: datetime) -> str:
    """'Tuesday 23 June 2026' (British order)."""
    return f"{EN_DAYS[value.weekday()]} {value.day} {EN_MON[value.month - 1]} {value.year}"


def h12(value: datetime, lower: bool = False) -> str:
    text = pp.hm12(value)
    return text.replace(" AM", "am").replace(" PM", "pm") if lower else text


# --------------------------------------------------------------------------------------
def jazzhr() -> Iterator[Case]:
    f = "jazzhr"
    ny = "America/New_York"
    s = ("Quarry Lane Foods Hiring Team", "quarrylanefoods@apply.jazzhr.example")
    sent = at(2026, 6, 12, 15, 40, ny)
    st = at(2026, 6, 23, 10, 0, ny, "Tue")
    en = st + timedelta(minutes=45)
    links = cal_links("Interview with Quarry Lane Foods", st, en)
    yield case(
        f,
        "invite_add_to_calendar_eastern",
        "en",
        s,
        "Interview Invitation: Operations Analyst at Quarry Lane Foods",
        sent,
        "JazzHR-style invitation: 'Tuesday, June 23, 2026 at 10:00 AM (GMT-05:00) Eastern Time "
        "(US & Canada)' (Rails label with the standard offset in June: the instant is EDT) and "
        "three Add to Calendar links carrying the same slot in UTC; 45 minutes.",
        text=(
            "Hi Alex,\n\nThank you for your interest in the Operations Analyst position at Quarry "
            "Lane Foods. We would like to invite you to an interview.\n\n"
            f"When: {en_long(st)} at {h12(st)} (GMT-05:00) Eastern Time (US & Canada)\n"
            "Duration: 45 minutes\nWhere: Microsoft Teams (link below)\n"
            "Interviewers: Dana Whitfield, Marcus Oyelaran\n\n"
            "Join: https://teams.example/l/meetup-join/19%3aqlf-8812\n\n"
            f"{links_text(links)}\n\nBest regards,\nQuarry Lane Foods Hiring Team"
        ),
        html=page(
            "Interview Invitation",
            paras(
                "Hi Alex,",
                "Thank you for your interest in the <b>Operations Analyst</b> position at Quarry "
                "Lane Foods. We would like to invite you to an interview.",
            )
            + rows(
                [
                    (
                        "When",
                        f"{en_long(st)} at {h12(st)}<br>(GMT-05:00) Eastern Time (US &amp; Canada)",
                    ),
                    ("Duration", "45 minutes"),
                    (
                        "Where",
                        "<a href='https://teams.example/l/meetup-join/19%3aqlf-8812'>"
                        "Microsoft Teams</a>",
                    ),
                    ("Interviewers", "Dana Whitfield, Marcus Oyelaran"),
                ]
            )
            + links_html(links, "Add to Calendar:"),
            "JazzHR",
        ),
        label=slot(
            st,
            en,
            zone=ny,
            url="https://teams.example/l/meetup-join/19%3aqlf-8812",
            company="Quarry Lane Foods",
        ),
    )
    mx = "America/Mexico_City"
    s = ("Reclutamiento Grupo Tlalli", "grupotlalli@apply.jazzhr.example")
    old = at(2026, 7, 7, 11, 0, mx, "Tue")
    new = at(2026, 7, 9, 16, 30, mx, "Thu")
    dias = pp.ES_DAYS
    meses = pp.ES_MONTHS.split()
    yield case(
        f,
        "reprogramada_cdmx",
        "es-MX",
        s,
        "Tu entrevista ha sido reprogramada – Coordinador(a) de Logística",
        at(2026, 7, 3, 9, 5, mx),
        "Mexican Spanish reschedule: old slot '7 de julio, 11:00' and new slot 'jueves 9 de julio "
        "de 2026, 16:30 a 17:15 (hora de la Ciudad de México)'; label is the new slot.",
        text=(
            "Hola Alex:\n\nTe escribimos para avisarte que tu entrevista para el puesto de "
            "Coordinador(a) de Logística ha sido reprogramada.\n\n"
            f"Fecha anterior: {dias[old.weekday()]} {old.day} de {meses[old.month - 1]}, "
            f"{old:%H:%M}\n"
            f"Nueva fecha: {dias[new.weekday()]} {new.day} de {meses[new.month - 1]} de "
            f"{new.year}, de {new:%H:%M} a 17:15 (hora de la Ciudad de México)\n"
            "Lugar: Av. Insurgentes Sur 1602, piso 4, Col. Crédito Constructor\n\n"
            "Si no puedes asistir, responde a este correo.\n\nSaludos,\nEquipo de "
            "Reclutamiento, Grupo Tlalli"
        ),
        label=slot(new, new + timedelta(minutes=45), kind="reschedule", zone=mx),
    )
    la = "America/Los_Angeles"
    s = ("Brightwater Robotics", "brightwaterrobotics@apply.jazzhr.example")
    st = at(2026, 7, 15, 13, 30, la, "Wed")
    yield case(
        f,
        "cancelled_pdt",
        "en",
        s,
        "Interview Cancelled: Firmware Engineer",
        at(2026, 7, 13, 8, 20, la),
        "Cancellation naming the slot: 'Wednesday, July 15, 2026 at 1:30 PM PDT' (abbreviation, "
        "instant only).",
        text=(
            "Hi Alex,\n\nUnfortunately we need to cancel your interview for the Firmware "
            f"Engineer role scheduled for {en_long(st)} at {h12(st)} PDT. The hiring manager "
            "is out of office unexpectedly.\n\nWe will reach out with new options as soon as "
            "possible. We apologize for the inconvenience.\n\nBrightwater Robotics Recruiting"
        ),
        label=slot(st, kind="cancellation"),
    )
    yield case(
        f,
        "application_received",
        "en",
        ("Harlow & Finch Architects", "harlowfinch@apply.jazzhr.example"),
        "Thank you for applying to Harlow & Finch Architects",
        at(2026, 6, 2, 11, 12, "America/Chicago"),
        "Application acknowledgement: the posting closes 'June 19, 2026 at 5:00 PM CT' and "
        "first interviews are 'planned for the week of June 29'; nothing is set for the reader.",
        text=(
            "Hi Alex,\n\nThanks for applying for the Project Architect position. Your "
            "application has been received and will be reviewed by our team.\n\nThe posting "
            "closes on Friday, June 19, 2026 at 5:00 PM CT. First interviews are planned for "
            "the week of June 29; shortlisted candidates will be contacted individually to "
            "schedule a time.\n\nYou can check the status of your application at any time: "
            "https://harlowfinch.applytojob.example/apply/status\n\nHarlow & Finch Architects"
        ),
    )
    yield case(
        f,
        "availability_reminder",
        "en",
        ("Quarry Lane Foods Hiring Team", "quarrylanefoods@apply.jazzhr.example"),
        "Reminder: please share your availability",
        at(2026, 8, 3, 9, 0, ny),
        "Reminder to submit availability: lists the hours the team can interview (Aug 10-12, "
        "9:00 AM - 4:00 PM ET) and a deadline; nothing booked.",
        html=page(
            "Reminder: share your availability",
            paras(
                "Hi Alex,",
                "We haven't received your availability yet for the second-round interview "
                "(Operations Analyst).",
                "The panel can meet <b>Monday, August 10 through Wednesday, August 12, 2026, "
                "between 9:00 AM and 4:00 PM ET</b>. Please select every time that works for "
                "you by <b>Thursday, August 6 at noon ET</b>.",
                "<a href='https://quarrylanefoods.applytojob.example/availability/a81c'>"
                "Submit my availability</a>",
            ),
            "JazzHR",
        ),
    )


def modernloop() -> Iterator[Case]:
    f = "modernloop"
    la = "America/Los_Angeles"
    s = ("Sorrel Labs Recruiting", "scheduling@sorrel-labs.modernloop.example")
    sessions = [
        (at(2026, 9, 15, 9, 30, la, "Tue"), 45, "Coding", "Priya Natarajan"),
        (at(2026, 9, 15, 10, 30, la), 60, "System design", "Tomás Ferreira, Leah Kim"),
        (at(2026, 9, 15, 11, 45, la), 45, "Lunch chat", "Jordan Blake"),
        (at(2026, 9, 15, 13, 0, la), 45, "Hiring manager", "Samira Haddad"),
    ]
    table = "".join(
        f"<tr><td style='padding:6px'>{h12(t)} – {h12(t + timedelta(minutes=m))}</td>"
        f"<td style='padding:6px'>{what}</td><td style='padding:6px'>{who}</td></tr>"
        for t, m, what, who in sessions
    )
    first = sessions[0][0]
    yield case(
        f,
        "panel_day_itinerary",
        "en",
        s,
        "Your onsite interview schedule with Sorrel Labs",
        at(2026, 9, 8, 14, 2, la),
        "HTML-only panel-day itinerary: four sessions with several interviewers in a table; "
        "'All times in Pacific Time - Los Angeles'; start is the first session, no single end.",
        html=page(
            "Your interview itinerary",
            paras(
                "Hi Alex,",
                f"Here is your onsite schedule for <b>{en_long(first)}</b> at our office, 500 "
                "Harrison St, San Francisco. All times in Pacific Time - Los Angeles.",
            )
            + "<table style='border-collapse:collapse' border='1'><tr><th>Time</th>"
            "<th>Session</th><th>Interviewers</th></tr>"
            + table
            + "</table>"
            + paras("Please arrive 10 minutes early and check in at reception."),
            "ModernLoop",
            "#1b1f3b",
        ),
        label=slot(first, zone=la, company="Sorrel Labs"),
    )
    zh = "Europe/Zurich"
    s = ("Talent Acquisition Alpenkern", "talent@alpenkern.modernloop.example")
    old = at(2026, 10, 6, 9, 0, zh, "Tue")
    new = at(2026, 10, 8, 13, 30, zh, "Thu")
    parts = [
        (new, "Fallstudie", "Reto Baumann"),
        (new + timedelta(minutes=60), "Team", "Nadja Keller, Luca Bernasconi"),
    ]
    lines = "\n".join(
        f"  {t:%H:%M}–{t + timedelta(minutes=50):%H:%M}  {what} ({who})" for t, what, who in parts
    )
    yield case(
        f,
        "interviewtag_verschoben",
        "de-CH",
        s,
        "Ihr Interviewtag wurde verschoben",
        at(2026, 10, 1, 16, 45, zh),
        "Swiss German: the interview day moved from 'Dienstag, 6. Oktober' to 'Donnerstag, 8. "
        "Oktober 2026'; two sessions, first at 13:30, '(GMT+01:00) Zürich' is the standard-offset "
        "label of the city's zone (October: +02:00); start is the first session.",
        text=(
            "Grüezi Alex Morgan\n\nIhr Interviewtag bei Alpenkern musste verschoben werden. "
            "Statt am Dienstag, 6. Oktober, um 09:00 findet er neu am Donnerstag, 8. Oktober "
            "2026 statt.\n\nNeuer Ablauf (Zeitzone: (GMT+01:00) Zürich):\n"
            f"{lines}\n\nOrt: Alpenkern AG, Hardturmstrasse 161, 8005 Zürich, 3. Stock.\n\n"
            "Wir entschuldigen uns für die Umstände und freuen uns auf Sie.\n\n"
            "Freundliche Grüsse\nTalent Acquisition Alpenkern"
        ),
        label=slot(new, kind="reschedule", zone=zh),
    )
    assert old < new
    sg = "Asia/Singapore"
    s = ("Lumen Harbour Scheduling", "scheduling@lumenharbour.modernloop.example")
    st = at(2026, 10, 20, 15, 0, sg, "Tue")
    yield case(
        f,
        "single_round_sgt",
        "en-SG",
        s,
        "Interview confirmed – Data Engineer (Round 1)",
        at(2026, 10, 14, 10, 30, sg),
        "Singapore: 'Tue, 20 Oct 2026, 3:00pm – 3:45pm (Singapore Standard Time)' names one zone.",
        text=(
            "Hi Alex,\n\nYour interview is confirmed.\n\nRound 1 – Technical screen\n"
            f"Tue, {st.day} Oct {st.year}, {h12(st, True)} – "
            f"{h12(st + timedelta(minutes=45), True)} (Singapore Standard Time)\n"
            "Interviewer: Wei Ling Tan\nGoogle Meet: https://meet.google.com/pqx-ruvn-kzs\n\n"
            "Need to change the time? Reply to this email.\n\nLumen Harbour Talent Team"
        ),
        label=slot(
            st,
            st + timedelta(minutes=45),
            zone=sg,
            url="https://meet.google.com/pqx-ruvn-kzs",
        ),
    )
    yield case(
        f,
        "availability_request_reminder",
        "en",
        ("Sorrel Labs Recruiting", "scheduling@sorrel-labs.modernloop.example"),
        "Reminder: submit your availability for your final round",
        at(2026, 11, 2, 10, 0, la),
        "Reminder to complete availability: example windows (Nov 9-13, 9am-5pm PT) and a "
        "deadline; no interview is set.",
        text=(
            "Hi Alex,\n\nJust a reminder to let us know when you're free for your final-round "
            "interviews (about 4 hours in total).\n\nWe're looking at Monday, November 9 – "
            "Friday, November 13, 2026, between 9am and 5pm Pacific Time. For example, Tuesday "
            "Nov 10 from 9:00am to 1:00pm would work for the panel.\n\nPlease submit your "
            "availability by Wednesday, November 4 at 5pm PT:\n"
            "https://sorrel-labs.modernloop.example/availability/7f2e91\n\nThanks,\n"
            "Sorrel Labs Recruiting"
        ),
    )


def sparkhire() -> Iterator[Case]:
    f = "sparkhire"
    chi = "America/Chicago"
    s = ("Prairie Mutual via Spark Hire", "no-reply@sparkhire.example")
    yield case(
        f,
        "one_way_invite_deadline",
        "en",
        s,
        "Prairie Mutual has invited you to a video interview",
        at(2026, 3, 4, 10, 15, chi),
        "One-way video interview: 'Complete by Friday, March 13, 2026 at 11:59 PM CDT'; recorded "
        "answers by a deadline, no meeting.",
        text=(
            "Hi Alex,\n\nPrairie Mutual has invited you to complete a one-way video interview "
            "for the Claims Specialist position.\n\nYou will answer 5 questions on camera. You "
            "have 3 minutes per answer and may re-record once.\n\nComplete by: Friday, March 13, "
            "2026 at 11:59 PM CDT\n\nStart your interview: https://app.sparkhire.example/i/"
            "8HX2KQ\n\nTips: find a quiet place, test your camera and microphone first.\n\n"
            "Good luck!\nThe Spark Hire Team"
        ),
    )
    lis = "Europe/Lisbon"
    yield case(
        f,
        "lembrete_prazo",
        "pt-PT",
        ("Atlântida Seguros via Spark Hire", "no-reply@sparkhire.example"),
        "Lembrete: a sua entrevista em vídeo expira em breve",
        at(2026, 3, 18, 9, 30, lis),
        "European Portuguese reminder: one-way video due 'até 20/03/2026 às 23:59 (hora de "
        "Lisboa)'; a deadline.",
        text=(
            "Olá Alex,\n\nAinda não concluiu a entrevista em vídeo para a posição de Analista "
            "de Sinistros na Atlântida Seguros.\n\nPrazo: até 20/03/2026 às 23:59 (hora de "
            "Lisboa)\n\nPode gravar as suas respostas a qualquer hora até lá, a partir do "
            "computador ou do telemóvel:\nhttps://app.sparkhire.example/i/Q7PL2M\n\n"
            "Com os melhores cumprimentos,\nEquipa Spark Hire"
        ),
    )
    st = at(2026, 3, 26, 14, 0, chi, "Thu")
    yield case(
        f,
        "live_interview_central",
        "en",
        ("Prairie Mutual via Spark Hire", "no-reply@sparkhire.example"),
        "Live interview scheduled with Prairie Mutual",
        at(2026, 3, 19, 16, 5, chi),
        "Live (two-way) interview: 'Thursday, March 26, 2026, 2:00 PM - 2:30 PM (America/"
        "Chicago)'; join link on Spark Hire.",
        text=(
            "Hi Alex,\n\nGood news: Prairie Mutual would like to meet you in a live video "
            "interview.\n\nDate: Thursday, March 26, 2026\nTime: 2:00 PM - 2:30 PM "
            "(America/Chicago)\nWith: Gwen Albrecht, Claims Manager\n\nJoin from your browser "
            "at the scheduled time: https://app.sparkhire.example/live/RT55WX\n\n"
            "The Spark Hire Team"
        ),
        label=slot(
            st,
            st + timedelta(minutes=30),
            zone=chi,
            url="https://app.sparkhire.example/live/RT55WX",
        ),
    )
    yield case(
        f,
        "responses_received",
        "en",
        ("Northgate Clinics via Spark Hire", "no-reply@sparkhire.example"),
        "Your video interview was submitted",
        at(2026, 4, 2, 18, 40, "America/Denver"),
        "Submission receipt: the team 'will review responses by April 10, 2026' and may invite "
        "to 'a live conversation the week of April 13'; nothing set.",
        text=(
            "Hi Alex,\n\nThanks! Your one-way video interview for Patient Access Coordinator "
            "at Northgate Clinics was submitted on April 2, 2026 at 6:38 PM MDT.\n\nThe hiring "
            "team expects to review responses by April 10, 2026. Candidates moving forward "
            "will be invited to a live conversation the week of April 13.\n\nThe Spark Hire Team"
        ),
    )


def codility() -> Iterator[Case]:
    f = "codility"
    kol = "Asia/Kolkata"
    yield case(
        f,
        "test_invite_ist_deadline",
        "en-IN",
        ("Vetrivel Software via Codility", "no-reply@codility.example"),
        "Vetrivel Software invites you to a coding test",
        at(2026, 4, 6, 11, 0, kol),
        "Indian English test invitation: 90-minute test 'available until 15 Apr 2026, 23:59 "
        "IST'; a deadline, no meeting.",
        text=(
            "Dear Alex,\n\nVetrivel Software has invited you to take a Codility test for the "
            "position of Backend Developer.\n\nTest duration: 90 minutes (the timer starts when "
            "you open the first task)\nAvailable until: 15 Apr 2026, 23:59 IST\n\nStart the "
            "test: https://app.codility.example/test/VSX-7H2K/\n\nYou may try the demo task "
            "first. Good luck!\n\nCodility on behalf of Vetrivel Software"
        ),
    )
    wa = "Europe/Warsaw"
    yield case(
        f,
        "przypomnienie_test",
        "pl",
        ("Kopernik Data przez Codility", "no-reply@codility.example"),
        "Przypomnienie: test wygasa za 2 dni",
        at(2026, 4, 20, 8, 0, wa),
        "Polish reminder: 'Test wygasa 22.04.2026 o 23:59 CEST'; a deadline.",
        text=(
            "Dzień dobry,\n\nprzypominamy, że test programistyczny od Kopernik Data nie został "
            "jeszcze rozpoczęty.\n\nTest wygasa: 22.04.2026 o 23:59 CEST\nCzas trwania: 60 "
            "minut\n\nRozpocznij test: https://app.codility.example/test/KD-PL49/\n\n"
            "Pozdrawiamy,\nZespół Codility"
        ),
    )
    ldn = "Europe/London"
    st = at(2026, 4, 28, 15, 0, ldn, "Tue")
    yield case(
        f,
        "codelive_london",
        "en-GB",
        ("Harbourside Analytics via Codility", "no-reply@codility.example"),
        "Invitation: CodeLive interview with Harbourside Analytics",
        at(2026, 4, 21, 12, 30, ldn),
        "CodeLive pair-programming interview: 'Tuesday 28 April 2026, 15:00–16:00 "
        "(Europe/London)'.",
        text=(
            "Hello Alex,\n\nHarbourside Analytics has invited you to a live coding interview on "
            "CodeLive.\n\nWhen: Tuesday 28 April 2026, 15:00–16:00 (Europe/London)\n"
            "Interviewer: Fiona McAllister\n\nJoin the session: https://app.codility.example/"
            "live/HA-93KD/\n\nThe link opens 10 minutes before the start. Please use a recent "
            "version of Chrome or Firefox.\n\nCodility"
        ),
        label=slot(
            st, st + timedelta(hours=1), zone=ldn, url="https://app.codility.example/live/HA-93KD/"
        ),
    )
    org = ("Vltava Systems via Codility", "no-reply@codility.example")
    orig_sent = at(2026, 4, 29, 9, 10, "Europe/Prague")
    st = at(2026, 5, 6, 10, 0, "Europe/Prague", "Wed")
    subject = "Invitation: CodeLive interview with Vltava Systems"
    body = (
        "Hello Alex,\n\nVltava Systems has invited you to a live coding interview on "
        f"CodeLive.\n\nWhen: {en_long(st)} at 10:00 AM CEST (60 minutes)\nInterviewer: "
        "Jakub Novotný\n\nJoin the session: https://app.codility.example/live/VS-4LQ8/\n\n"
        "Codility"
    )
    yield forwarded(
        f,
        "codelive_fwd_apple",
        "cs",
        client="apple-cs",
        org=org,
        orig_sent=orig_sent,
        subject=subject,
        body=body,
        user_note="Pohovor s Vltava Systems, prosím uložit do kalendáře.",
        label=slot(st, st + timedelta(hours=1), url="https://app.codility.example/live/VS-4LQ8/"),
        note="Apple Mail (cs) forward of an English CodeLive invitation: 'Wednesday, May 6, 2026 "
        "at 10:00 AM CEST (60 minutes)'; abbreviation, instant only.",
    )


def gappointment() -> Iterator[Case]:
    f = "gappointment"
    la = "America/Los_Angeles"
    st = at(2026, 6, 25, 14, 0, la, "Thu")
    en = st + timedelta(minutes=30)
    s = ("Google Calendar", "calendar-notification@google.example")
    yield case(
        f,
        "booked_pacific",
        "en",
        s,
        "Appointment booked: Recruiter screen - Alex Morgan @ Thu Jun 25, 2026 2pm - 2:30pm (PDT)",
        at(2026, 6, 18, 21, 14, la),
        "Booking confirmation of an appointment schedule: 'Thursday Jun 25, 2026 ⋅ 2pm – 2:30pm "
        "(Pacific Time - Los Angeles)', Google Meet link; Google's long zone name.",
        text=(
            "Your appointment is booked\n\nRecruiter screen\nwith Renata Solís (Tidewell "
            "Energy)\n\nWhen\nThursday Jun 25, 2026 ⋅ 2pm – 2:30pm (Pacific Time - Los Angeles)\n"
            "\nJoin with Google Meet\nhttps://meet.google.com/wox-hkcm-pae\n\nBooked by\n"
            "Alex Morgan\nalex.morgan@mailbox.example\n\nNeed to make changes? Cancel or "
            "reschedule: https://calendar.google.com/calendar/appointments/booking/cancel/"
            "AcZssZ1\n\nInvitation from Google Calendar"
        ),
        label=slot(st, en, zone=la, url="https://meet.google.com/wox-hkcm-pae"),
    )
    se = "Asia/Seoul"
    st = at(2026, 7, 2, 10, 0, se, "Thu")
    yield case(
        f,
        "yeyak_seoul",
        "ko",
        ("Google 캘린더", "calendar-notification@google.example"),
        "예약 완료: 1차 면접 - Alex Morgan",
        at(2026, 6, 29, 17, 3, se),
        "Korean confirmation: '2026년 7월 2일 (목) ⋅ 오전 10시~오전 10시 30분 "
        "(한국 표준시 - 서울)'.",
        text=(
            "예약이 완료되었습니다\n\n1차 면접\n주최자: 박지현 (한빛모빌리티 인사팀)\n\n일시\n"
            "2026년 7월 2일 (목) ⋅ 오전 10시~오전 10시 30분 (한국 표준시 - 서울)\n\n"
            "Google Meet으로 참여\nhttps://meet.google.com/kvd-tnza-wqe\n\n"
            "예약 변경 또는 취소: https://calendar.google.com/calendar/appointments/booking/"
            "cancel/BdQx72\n\nGoogle 캘린더에서 보낸 초대장"
        ),
        label=slot(
            st, st + timedelta(minutes=30), zone=se, url="https://meet.google.com/kvd-tnza-wqe"
        ),
    )
    hel = "Europe/Helsinki"
    st = at(2026, 7, 14, 9, 0, hel, "Tue")
    yield case(
        f,
        "peruttu_helsinki",
        "fi",
        ("Google Kalenteri", "calendar-notification@google.example"),
        "Tapaaminen peruttu: Haastattelu - Alex Morgan @ ti 14.7.2026 9.00–9.30",
        at(2026, 7, 10, 13, 40, hel),
        "Finnish cancellation of a booked appointment: 'ti 14. heinäkuuta 2026 ⋅ 9.00–9.30 "
        "(Itä-Euroopan kesäaika - Helsinki)'.",
        text=(
            "Tapaaminen on peruttu\n\nHaastattelu\nJärjestäjä: Mikko Lahtinen (Revontuli Oy)\n\n"
            "Ajankohta\nti 14. heinäkuuta 2026 ⋅ 9.00–9.30 (Itä-Euroopan kesäaika - Helsinki)"
            "\n\nJärjestäjä perui tämän tapaamisen. Voit varata uuden ajan: "
            "https://calendar.app.google/Rv7tLq\n\nGoogle Kalenteri"
        ),
        label=slot(st, st + timedelta(minutes=30), kind="cancellation", zone=hel),
    )
    ny = "America/New_York"
    yield case(
        f,
        "booking_page_examples",
        "en",
        ("Owen Castellano", "owen.castellano@tidewell-energy.example"),
        "Next step: grab a time for a quick intro call",
        at(2026, 7, 1, 12, 22, ny),
        "A recruiter shares an appointment-schedule booking page with example open times "
        "('Tue Jul 7 at 10:00, 10:30 or 2:00 ET'); nothing booked.",
        text=(
            "Hi Alex,\n\nThanks for your application to the Grid Analyst role. I'd like to set "
            "up a 20-minute intro call. Please pick any open slot on my booking page:\n"
            "https://calendar.app.google/owenC-intro\n\nAs of today there's availability on "
            "Tuesday, July 7 at 10:00, 10:30 or 2:00 ET, and Thursday, July 9 in the morning, "
            "but grab whatever suits you.\n\nBest,\nOwen Castellano\nTalent Partner, Tidewell "
            "Energy"
        ),
    )


def pinpoint() -> Iterator[Case]:
    f = "pinpoint"
    ldn = "Europe/London"
    s = ("Harbourline Careers", "no-reply@harbourline.pinpointhq.example")
    st = at(2026, 6, 24, 14, 0, ldn, "Wed")
    en = st + timedelta(minutes=45)
    links = cal_links("Interview: Harbourline", st, en)
    yield case(
        f,
        "links_only_time",
        "en-GB",
        s,
        "Your interview with Harbourline",
        at(2026, 6, 16, 10, 5, ldn),
        "HTML-only: the visible text names only the day ('Wednesday 24 June 2026'); the time is "
        "in the Google/Outlook/Yahoo links (dates=20260624T130000Z/20260624T134500Z): 14:00-"
        "14:45 BST; instant from UTC, no zone name.",
        html=page(
            "Your interview is booked",
            paras(
                "Hi Alex,",
                f"Thanks for booking your interview for the <b>Customer Success Lead</b> role. "
                f"We'll see you on <b>{gb_long(st)}</b> at Harbourline, 12 Quay Street, "
                "Bristol BS1 4DB.",
                "Add it to your calendar so you don't miss it:",
            )
            + links_html(links, "")
            + paras("Kind regards,<br>The Harbourline Talent Team"),
            "Pinpoint",
            "#0b3d5c",
        ),
        label=slot(st, en),
    )
    st = at(2026, 7, 1, 11, 0, ldn, "Wed")
    en = st + timedelta(minutes=60)
    links = cal_links("Second interview: Harbourline", st, en)
    yield case(
        f,
        "view_in_html_bst",
        "en-GB",
        s,
        "Second interview: Customer Success Lead",
        at(2026, 6, 25, 16, 20, ldn),
        "Plain part only says to view the mail in HTML; the HTML names 'Wednesday 1 July 2026, "
        "11:00 – 12:00 BST' and carries calendar links.",
        text=(
            "This email is best viewed in HTML. If you can't see it properly, open it in your "
            "browser: https://harbourline.pinpointhq.example/messages/view/5521c\n\n"
            "Harbourline | Unsubscribe from recruitment updates"
        ),
        html=page(
            "Second interview",
            paras(
                "Hi Alex,",
                "Great news – we'd like to invite you to a second interview.",
            )
            + rows(
                [
                    ("Date", gb_long(st)),
                    ("Time", "11:00 – 12:00 BST"),
                    ("Format", "In person, 12 Quay Street, Bristol"),
                    ("With", "Hannah Pryce (Head of CS), Owain Roberts (VP Operations)"),
                ]
            )
            + links_html(links),
            "Pinpoint",
            "#0b3d5c",
        ),
        label=slot(st, en),
    )
    cph = "Europe/Copenhagen"
    old = at(2026, 7, 7, 10, 0, cph, "Tue")
    new = at(2026, 7, 9, 13, 30, cph, "Thu")
    links = cal_links("Jobsamtale: Nordlys Energi", new, new + timedelta(minutes=60))
    days = pg6.DA_DAYS
    mon = pg6.DA_MON.split()
    yield case(
        f,
        "samtale_flyttet",
        "da",
        ("Nordlys Energi Rekruttering", "no-reply@nordlys.pinpointhq.example"),
        "Din samtale er flyttet",
        at(2026, 7, 2, 8, 45, cph),
        "Danish move: from 'tirsdag den 7. juli kl. 10.00' to 'torsdag den 9. juli 2026 kl. "
        "13.30–14.30 (dansk tid)'; 'dansk tid' names one zone; links carry the new slot.",
        text=(
            "Kære Alex\n\nVi har desværre måttet flytte din jobsamtale.\n\n"
            f"Tidligere: {days[old.weekday()]} den {old.day}. {mon[old.month - 1]} kl. "
            f"{old:%H.%M}\nNy tid: {days[new.weekday()]} den {new.day}. {mon[new.month - 1]} "
            f"{new.year} kl. {new:%H.%M}–14.30 (dansk tid)\n\nSted: Nordlys Energi, "
            "Kalvebod Brygge 45, 1560 København V\n\n"
            f"{links_text(links, 'Tilføj til kalender')}\n\nVenlig hilsen\nNordlys Energi"
        ),
        label=slot(new, new + timedelta(minutes=60), kind="reschedule", zone=cph),
    )
    ev = at(2026, 7, 2, 18, 0, ldn, "Thu")
    links = cal_links("Harbourline careers evening", ev, ev + timedelta(hours=2))
    yield case(
        f,
        "job_alert_careers_evening",
        "en-GB",
        ("Harbourline Careers", "jobs@harbourline.pinpointhq.example"),
        "New roles at Harbourline + join our careers evening",
        at(2026, 6, 22, 9, 0, ldn),
        "Job alert with an 'Add to calendar' link for a public careers evening on Thursday 2 "
        "July 2026, 18:00-20:00 BST; no interview for the reader.",
        html=page(
            "3 new roles match your alert",
            paras(
                "Hi Alex,",
                "New roles matching your job alert <i>Customer Success, Bristol</i>:",
                "&bull; Customer Success Manager (Bristol, hybrid)<br>&bull; Onboarding "
                "Specialist (Remote UK)<br>&bull; Support Team Lead (Bristol)",
                f"<b>Careers evening</b> – meet the team on {gb_long(ev)}, 18:00 – 20:00 BST at "
                "12 Quay Street. Informal chats, no interviews on the night. "
                "<a href='https://harbourline.pinpointhq.example/events/ce-july'>Register</a>",
            )
            + links_html(links),
            "Pinpoint",
            "#0b3d5c",
        ),
    )


def softgarden() -> Iterator[Case]:
    f = "softgarden"
    ber = "Europe/Berlin"
    s = ("Personalabteilung Weserwerk", "noreply@weserwerk.softgarden.example")
    options = [
        at(2026, 9, 1, 10, 0, ber, "Tue"),
        at(2026, 9, 2, 14, 30, ber, "Wed"),
        at(2026, 9, 4, 9, 0, ber, "Fri"),
    ]
    listing = "\n".join(
        f"- {pp.DE_DAYS[o.weekday()]}, {o:%d.%m.%Y}, {o:%H:%M} Uhr" for o in options
    )
    yield case(
        f,
        "terminvorschlaege",
        "de",
        s,
        "Terminvorschläge für Ihr Vorstellungsgespräch",
        at(2026, 8, 25, 11, 30, ber),
        "Three proposed slots to choose from by clicking; nothing confirmed yet.",
        text=(
            "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin "
            "Einkauf. Wir möchten Sie gerne kennenlernen und schlagen Ihnen folgende Termine "
            f"vor:\n\n{listing}\n\nBitte wählen Sie über den folgenden Link einen Termin aus: "
            "https://weserwerk.softgarden.example/appointment/select/88231\n\n"
            "Mit freundlichen Grüßen\nIhre Personalabteilung\nWeserwerk GmbH"
        ),
    )
    st = at(2026, 9, 8, 14, 0, ber, "Tue")
    yield case(
        f,
        "terminbestaetigung",
        "de",
        s,
        "Terminbestätigung: Vorstellungsgespräch am 08.09.2026",
        at(2026, 8, 27, 9, 12, ber),
        "Confirmation 'Dienstag, 08.09.2026, 14:00 – 15:00 Uhr'; no zone.",
        text=(
            "Sehr geehrte Frau Morgan,\n\nhiermit bestätigen wir Ihren Termin für das "
            "Vorstellungsgespräch:\n\nDatum: Dienstag, 08.09.2026\nUhrzeit: 14:00 – 15:00 Uhr\n"
            "Ort: Weserwerk GmbH, Am Speicher 3, 28217 Bremen, Empfang Haus B\n"
            "Gesprächspartner: Herr Jansen (Einkaufsleitung), Frau Ulrich (Personal)\n\n"
            "Bitte bringen Sie einen Lichtbildausweis mit.\n\nMit freundlichen Grüßen\n"
            "Ihre Personalabteilung"
        ),
        label=slot(st, st + timedelta(hours=1), sent=at(2026, 8, 27, 9, 12, ber)),
    )
    zh = "Europe/Zurich"
    org = ("HR Seeblick Hotels", "noreply@seeblick.softgarden.example")
    orig = at(2026, 9, 3, 15, 5, zh)
    st = at(2026, 9, 15, 9, 30, zh, "Tue")
    body = (
        "Guten Tag Alex Morgan\n\nGerne laden wir Sie zu einem Vorstellungsgespräch für die "
        "Stelle Front Office Supervisor ein.\n\nDatum: Dienstag, 15.09.2026\nZeit: 09:30–10:30 "
        "Uhr (MESZ)\nOrt: Seeblick Hotels AG, Seestrasse 21, 6006 Luzern\n\nBitte bestätigen Sie "
        "den Termin über Ihr Bewerberkonto.\n\nFreundliche Grüsse\nHR Seeblick Hotels"
    )
    yield forwarded(
        f,
        "einladung_fwd_outlook",
        "de-CH",
        client="outlook/de",
        org=org,
        orig_sent=orig,
        subject="Einladung zum Vorstellungsgespräch",
        body=body,
        user_note="Bitte eintragen – Gespräch in Luzern.",
        label=slot(st, st + timedelta(hours=1)),
        note="Outlook (de) forward of a Swiss invitation: 'Dienstag, 15.09.2026', '09:30–10:30 "
        "Uhr (MESZ)' (abbreviation, instant only).",
    )
    st = at(2026, 9, 22, 11, 0, ber, "Tue")
    sent = at(2026, 9, 17, 16, 30, ber)
    yield case(
        f,
        "absage_termin",
        "de",
        s,
        "Absage des Termins am 22.09.2026",
        sent,
        "Employer cancels the slot 'am 22.09.2026 um 11:00 Uhr'; no zone.",
        text=(
            "Sehr geehrte Frau Morgan,\n\nleider müssen wir den vereinbarten Termin am "
            "22.09.2026 um 11:00 Uhr absagen, da die Stelle intern besetzt wurde.\n\nWir "
            "bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.\n\nMit freundlichen "
            "Grüßen\nIhre Personalabteilung\nWeserwerk GmbH"
        ),
        label=slot(st, kind="cancellation", sent=sent),
    )


def webcruiter() -> Iterator[Case]:
    f = "webcruiter"
    osl = "Europe/Oslo"
    nb_days = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    nb_mon = "januar februar mars april mai juni juli august september oktober november desember"
    nb_mon_l = nb_mon.split()
    s = ("Fjellvang kommune", "noreply@webcruiter.example")
    st = at(2026, 8, 18, 10, 0, osl, "Tue")
    sent = at(2026, 8, 10, 13, 0, osl)
    yield case(
        f,
        "innkalling_intervju",
        "nb",
        s,
        "Innkalling til intervju – rådgiver plan og bygg",
        sent,
        "Norwegian Bokmål: 'tirsdag 18. august 2026 kl. 10.00–11.00'; no zone.",
        text=(
            "Hei Alex Morgan,\n\nTakk for din søknad på stillingen som rådgiver plan og bygg. "
            "Vi vil gjerne invitere deg til intervju.\n\n"
            f"Tid: {nb_days[st.weekday()]} {st.day}. {nb_mon_l[st.month - 1]} {st.year} kl. "
            "10.00–11.00\nSted: Rådhuset, Storgata 5, møterom Fjellet\nIntervjupanel: Kari "
            "Solheim (virksomhetsleder), Ola Bakken (tillitsvalgt)\n\nGi beskjed via "
            "Webcruiter om du kan møte.\n\nMed vennlig hilsen\nFjellvang kommune"
        ),
        label=slot(st, st + timedelta(hours=1), sent=sent),
    )
    yield case(
        f,
        "soknad_mottatt",
        "nb",
        s,
        "Søknaden din er mottatt",
        at(2026, 8, 4, 22, 11, osl),
        "Receipt: 'Søknadsfrist: 31.08.2026 kl. 12.00', interviews 'i uke 37'; nothing set.",
        text=(
            "Hei Alex Morgan,\n\nVi bekrefter at vi har mottatt søknaden din på stillingen "
            "Saksbehandler, Fjellvang kommune.\n\nSøknadsfrist: 31.08.2026 kl. 12.00\nVi "
            "planlegger å gjennomføre intervjuer i uke 37. Aktuelle kandidater blir kontaktet."
            "\n\nDu kan følge søknaden din på Min side i Webcruiter.\n\nMed vennlig hilsen\n"
            "Fjellvang kommune"
        ),
    )
    sto = "Europe/Stockholm"
    sv_days = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
    old = at(2026, 8, 25, 13, 0, sto, "Tue")
    new = at(2026, 8, 27, 9, 30, sto, "Thu")
    sent = at(2026, 8, 20, 10, 40, sto)
    yield case(
        f,
        "ny_tid_intervju",
        "sv",
        ("Region Norrmark", "noreply@webcruiter.example"),
        "Ny tid för intervju",
        sent,
        "Swedish move: from 'tisdag 25 augusti kl. 13.00' to 'torsdag 27 augusti 2026 kl. "
        "09.30'; no zone; the new slot.",
        text=(
            "Hej Alex,\n\nTyvärr behöver vi flytta din intervju för tjänsten som "
            f"verksamhetsutvecklare.\n\nTidigare tid: {sv_days[old.weekday()]} {old.day} "
            f"augusti kl. {old:%H.%M}\nNy tid: {sv_days[new.weekday()]} {new.day} augusti "
            f"{new.year} kl. {new:%H.%M}\nPlats: Regionhuset, Storgatan 10, Umeå\n\n"
            "Hör av dig om den nya tiden inte passar.\n\nVänliga hälsningar\nRegion Norrmark"
        ),
        label=slot(new, kind="reschedule", sent=sent),
    )
    yield case(
        f,
        "status_til_vurdering",
        "nb",
        ("Fjellvang kommune", "noreply@webcruiter.example"),
        "Status på søknaden din er oppdatert",
        at(2026, 8, 28, 9, 0, osl),
        "Status update: 'Til vurdering', answer promised 'innen fredag 4. september kl. 15.00'; "
        "no interview set.",
        text=(
            "Hei Alex Morgan,\n\nStatus på søknaden din på stillingen rådgiver plan og bygg er "
            "endret til: Til vurdering.\n\nVi tar kontakt med deg innen fredag 4. september "
            "kl. 15.00 om videre prosess.\n\nMed vennlig hilsen\nFjellvang kommune"
        ),
    )


def freshteam() -> Iterator[Case]:
    f = "freshteam"
    kol = "Asia/Kolkata"
    s = ("Sahyadri Fintech Careers", "careers@sahyadri-fintech.example.in")
    st = at(2026, 8, 12, 11, 30, kol, "Wed")
    yield case(
        f,
        "round2_ddmm_ist",
        "en-IN",
        s,
        "Interview scheduled: Round 2 – Technical | Sahyadri Fintech",
        at(2026, 8, 5, 18, 45, kol),
        "Indian sender (.in): 'Date: 12/08/2026' is 12 August (dd/mm), 'Time: 11:30 AM - 12:30 "
        "PM (IST)'; IST in an Indian context names Asia/Kolkata.",
        text=(
            "Dear Alex,\n\nGreetings from Sahyadri Fintech!\n\nYour interview for the role of "
            "Senior QA Engineer has been scheduled. Please find the details below.\n\n"
            "Round: Round 2 – Technical\nDate: 12/08/2026\nTime: 11:30 AM - 12:30 PM (IST)\n"
            "Mode: Video call\nMeeting link: https://meet.google.com/fre-shtm-ind\n"
            "Panel: Ramesh Iyer, Kavya Menon\n\nKindly keep your government ID handy.\n\n"
            "Regards,\nTalent Acquisition Team\nSahyadri Fintech Pvt. Ltd."
        ),
        label=slot(
            st,
            st + timedelta(hours=1),
            zone=kol,
            url="https://meet.google.com/fre-shtm-ind",
        ),
    )
    syd = "Australia/Sydney"
    first = at(2026, 9, 17, 9, 0, syd, "Thu")
    rounds = [
        (first, 45, "Culture conversation"),
        (first + timedelta(minutes=60), 45, "Technical deep-dive"),
        (first + timedelta(minutes=120), 30, "Meet the director"),
    ]
    lines = "\n".join(
        f"Round {i}: {t:%H:%M}–{t + timedelta(minutes=m):%H:%M} AEST – {what}"
        for i, (t, m, what) in enumerate(rounds, 1)
    )
    yield case(
        f,
        "multi_round_aest",
        "en-AU",
        ("Wattle & Co People Team", "people@wattleandco.example.com.au"),
        "Your interview schedule – Thursday 17/09/2026",
        at(2026, 9, 9, 15, 10, syd),
        "Australian multi-round schedule on '17/09/2026' with AEST times; start is the first "
        "round (09:00), no single end; AEST is not labelled as a zone.",
        text=(
            "Hi Alex,\n\nThanks for your time so far. Here's your schedule for Thursday "
            f"17/09/2026 at our Surry Hills office (Level 3, 88 Foveaux St):\n\n{lines}\n\n"
            "There's a 15-minute break between rounds. Ask for Mel at reception.\n\nCheers,\n"
            "Wattle & Co People Team"
        ),
        label=slot(first),
    )
    yield case(
        f,
        "da_nhan_ho_so",
        "vi",
        ("Tuyển dụng Sông Hồng Tech", "tuyendung@songhongtech.example.vn"),
        "Cảm ơn bạn đã ứng tuyển vị trí Kỹ sư Dữ liệu",
        at(2026, 8, 14, 9, 20, "Asia/Ho_Chi_Minh"),
        "Vietnamese receipt: an online test 'trước 23:59 ngày 21/08/2026' and results 'dự kiến "
        "ngày 28/08/2026'; nothing set.",
        text=(
            "Chào Alex,\n\nCảm ơn bạn đã ứng tuyển vị trí Kỹ sư Dữ liệu tại Sông Hồng Tech. "
            "Chúng tôi đã nhận được hồ sơ của bạn.\n\nBước tiếp theo: vui lòng hoàn thành bài "
            "kiểm tra trực tuyến trước 23:59 ngày 21/08/2026 (giờ Việt Nam) tại "
            "https://songhongtech.freshteam.example/assessments/ds-01\n\nKết quả vòng hồ sơ dự "
            "kiến được thông báo vào ngày 28/08/2026. Nếu phù hợp, chúng tôi sẽ liên hệ để sắp "
            "xếp lịch phỏng vấn.\n\nTrân trọng,\nPhòng Nhân sự Sông Hồng Tech"
        ),
    )
    jkt = "Asia/Jakarta"
    st = at(2026, 8, 20, 14, 0, jkt, "Thu")
    yield case(
        f,
        "wawancara_dibatalkan",
        "id",
        ("Rekrutmen Nusantara Logistik", "rekrutmen@nusantara-logistik.example.id"),
        "Wawancara dibatalkan: Supervisor Gudang",
        at(2026, 8, 17, 10, 0, jkt),
        "Indonesian cancellation: 'Kamis, 20 Agustus 2026 pukul 14.00 WIB' (WIB names "
        "Asia/Jakarta).",
        text=(
            "Halo Alex,\n\nDengan berat hati kami informasikan bahwa jadwal wawancara Anda "
            "untuk posisi Supervisor Gudang pada Kamis, 20 Agustus 2026 pukul 14.00 WIB "
            "dibatalkan karena posisi tersebut sedang ditinjau ulang.\n\nKami akan menghubungi "
            "Anda kembali bila ada perkembangan.\n\nSalam,\nTim Rekrutmen Nusantara Logistik"
        ),
        label=slot(st, kind="cancellation", zone=jkt),
    )


def acuity() -> Iterator[Case]:
    f = "acuity"
    ny = "America/New_York"
    st = at(2026, 10, 5, 15, 0, ny, "Mon")
    s = ("Kestrel Search Partners", "no-reply@acuityscheduling.example")
    yield case(
        f,
        "confirmed_new_york",
        "en",
        s,
        "Confirmed: Phone Screen with Dana Ruiz on Monday, October 5, 2026",
        at(2026, 9, 28, 19, 2, ny),
        "Client confirmation: 'Monday, October 5, 2026 3:00pm' with 'Time zone: America/"
        "New_York' and '30 minutes'.",
        html=page(
            "Your appointment is confirmed",
            paras("Hi Alex,", "Your appointment has been scheduled:")
            + rows(
                [
                    ("What", "Phone Screen with Dana Ruiz (30 minutes)"),
                    ("When", f"{en_long(st)} {h12(st, True).replace(' ', '')}"),
                    ("Time zone", "America/New_York"),
                    ("Where", "Dana will call you at the number you provided."),
                ]
            )
            + paras(
                "<a href='https://app.acuityscheduling.example/schedule.php?action=appt&amp;"
                "id=88120'>Reschedule or cancel</a>",
                "Kestrel Search Partners",
            ),
            "Acuity Scheduling",
            "#3e2a72",
        ),
        label=slot(st, st + timedelta(minutes=30), zone=ny),
    )
    ldn = "Europe/London"
    old = at(2026, 10, 6, 10, 0, ldn, "Tue")
    new = at(2026, 10, 8, 16, 0, ldn, "Thu")
    yield case(
        f,
        "rescheduled_london",
        "en-GB",
        ("Fenwick Lane Recruitment", "no-reply@acuityscheduling.example"),
        "Rescheduled: Interview with Fenwick Lane Recruitment",
        at(2026, 10, 2, 14, 30, ldn),
        "Reschedule from 'Tuesday, October 6, 2026 10:00am' to 'Thursday, October 8, 2026 "
        "4:00pm' with 'Time zone: Europe/London'.",
        text=(
            "Hi Alex,\n\nYour appointment has been rescheduled.\n\nPreviously: "
            f"{en_long(old)} {h12(old, True).replace(' ', '')}\nNow: {en_long(new)} "
            f"{h12(new, True).replace(' ', '')}\nTime zone: Europe/London\n\nInterview with "
            "Fenwick Lane Recruitment (45 minutes)\nVideo link: https://whereby.example/"
            "fenwick-lane\n\nChange or cancel: https://app.acuityscheduling.example/schedule."
            "php?action=appt&id=90311\n\nFenwick Lane Recruitment"
        ),
        label=slot(
            new,
            new + timedelta(minutes=45),
            kind="reschedule",
            zone=ldn,
            url="https://whereby.example/fenwick-lane",
        ),
    )
    den = "America/Denver"
    st = at(2026, 10, 12, 11, 0, den, "Mon")
    yield case(
        f,
        "canceled_denver",
        "en",
        ("Kestrel Search Partners", "no-reply@acuityscheduling.example"),
        "Canceled: Second Interview on Monday, October 12, 2026",
        at(2026, 10, 9, 8, 0, den),
        "Cancellation: 'Monday, October 12, 2026 11:00am (America/Denver)'.",
        text=(
            "Hi Alex,\n\nThe following appointment has been canceled:\n\nSecond Interview\n"
            f"{en_long(st)} 11:00am (America/Denver)\n\nWant to book a new time? "
            "https://kestrelsearch.as.me/\n\nKestrel Search Partners"
        ),
        label=slot(st, kind="cancellation", zone=den),
    )
    yield case(
        f,
        "few_openings",
        "en",
        ("Dana Ruiz", "dana.ruiz@kestrelsearch.example"),
        "A few openings for your follow-up chat",
        at(2026, 10, 13, 9, 15, ny),
        "A recruiter lists example openings (Wed Oct 14 10:00am, 1:30pm; Fri Oct 16 11:00am ET) "
        "and a scheduling link; nothing booked.",
        text=(
            "Hi Alex,\n\nSorry again about Monday. Here are a few openings for the follow-up "
            "chat with the client:\n\n- Wednesday, October 14: 10:00am or 1:30pm ET\n- Friday, "
            "October 16: 11:00am ET\n\nGrab whichever works on my scheduling page: "
            "https://kestrelsearch.as.me/follow-up\n\nThanks,\nDana"
        ),
    )


def manatal() -> Iterator[Case]:
    f = "manatal"
    sg = "Asia/Singapore"
    st = at(2026, 11, 3, 14, 0, sg, "Tue")
    s = ("Merlion Freight Talent", "talent@merlionfreight.example.sg")
    yield case(
        f,
        "invitation_table_gmt8",
        "en-SG",
        s,
        "Interview Invitation – Pricing Analyst",
        at(2026, 10, 26, 11, 0, sg),
        "HTML-only table from a .sg sender: 'Date 03/11/2026' is 3 November (dd/mm), 'Time 2:00 "
        "PM - 3:00 PM (GMT+8)' (offset only, no zone name).",
        html=page(
            "Interview Invitation",
            paras(
                "Dear Alex,",
                "Thank you for your application for the Pricing Analyst position. We are "
                "pleased to invite you for an interview:",
            )
            + rows(
                [
                    ("Date", "03/11/2026"),
                    ("Time", "2:00 PM - 3:00 PM (GMT+8)"),
                    ("Venue", "Merlion Freight, 2 Changi South Lane, #05-01"),
                    ("Interviewers", "Mr. Daniel Goh, Ms. Aishah Rahman"),
                ]
            )
            + paras(
                "Kindly confirm your attendance by replying to this email.",
                "Best regards,<br>Talent Team, Merlion Freight",
            ),
            "Manatal",
            "#006d77",
        ),
        label=slot(st, st + timedelta(hours=1)),
    )
    ist = "Europe/Istanbul"
    st = at(2026, 11, 5, 10, 30, ist, "Thu")
    yield case(
        f,
        "mulakat_daveti",
        "tr",
        ("Boğaziçi Tekstil İK", "ik@bogazici-tekstil.example.com.tr"),
        "Mülakat Daveti – Satın Alma Uzmanı",
        at(2026, 10, 29, 16, 0, ist),
        "Turkish: '5 Kasım 2026 Perşembe, 10:30 (GMT+03:00) İstanbul' names the city's zone.",
        text=(
            "Sayın Alex Morgan,\n\nSatın Alma Uzmanı pozisyonu için yaptığınız başvuru "
            "değerlendirilmiş olup sizi mülakata davet etmek isteriz.\n\nTarih: 5 Kasım 2026 "
            "Perşembe\nSaat: 10:30 (GMT+03:00) İstanbul\nSüre: 45 dakika\nAdres: Boğaziçi "
            "Tekstil, Büyükdere Cad. No: 121, Şişli\n\nKatılım durumunuzu bu e-postayı "
            "yanıtlayarak bildirmenizi rica ederiz.\n\nSaygılarımızla,\nİnsan Kaynakları"
        ),
        label=slot(st, st + timedelta(minutes=45), zone=ist),
    )
    yield case(
        f,
        "walk_in_hiring_event",
        "en-SG",
        ("Merlion Freight Talent", "talent@merlionfreight.example.sg"),
        "Job alert: Walk-in interviews this Saturday 14 Nov",
        at(2026, 11, 9, 9, 0, sg),
        "Job alert for a public walk-in hiring day 'Saturday, 14 November 2026, 10:00 AM – 4:00 "
        "PM'; open to all, no slot for the reader.",
        text=(
            "Hi Alex,\n\nNew openings that match your saved search 'logistics, Singapore':\n"
            "- Warehouse Operations Executive\n- Customer Service Officer (shift)\n\n"
            "WALK-IN INTERVIEWS\nSaturday, 14 November 2026, 10:00 AM – 4:00 PM\n"
            "Merlion Freight, 2 Changi South Lane, Level 1 lobby\nBring your NRIC and CV. No "
            "appointment needed – first come, first served.\n\nManage alerts: "
            "https://careers.merlionfreight.example.sg/alerts"
        ),
    )
    yield case(
        f,
        "actualizare_status",
        "ro",
        ("Recrutare Carpatica Soft", "recrutare@carpatica-soft.example.ro"),
        "Actualizare privind aplicația dvs.",
        at(2026, 11, 10, 12, 0, "Europe/Bucharest"),
        "Romanian status update: the process continues, an answer 'până pe 20.11.2026, ora "
        "17:00'; nothing set.",
        text=(
            "Bună ziua, Alex,\n\nVă mulțumim pentru răbdare. Aplicația dvs. pentru postul de "
            "Inginer DevOps se află în etapa de evaluare tehnică.\n\nVă vom comunica rezultatul "
            "până pe 20.11.2026, ora 17:00. Candidații selectați vor fi invitați la interviul "
            "final în săptămâna 23–27 noiembrie.\n\nCu stimă,\nEchipa de Recrutare Carpatica Soft"
        ),
    )


def breezyhr() -> Iterator[Case]:
    f = "breezyhr"
    ldn = "Europe/London"
    st = at(2026, 10, 15, 10, 30, ldn, "Thu")
    s = ("Marlow Dental Group", "marlow-dental@messaging.breezy.example")
    yield case(
        f,
        "table_london",
        "en-GB",
        s,
        "Interview invitation – Practice Manager",
        at(2026, 10, 7, 9, 45, ldn),
        "HTML-only table: 'Thursday 15 October 2026', '10:30 – 11:15 (Europe/London)'.",
        html=page(
            "You're invited to interview",
            paras("Hi Alex,", "Thanks for applying to Marlow Dental Group. We'd love to meet you.")
            + rows(
                [
                    ("Position", "Practice Manager"),
                    ("Date", gb_long(st)),
                    ("Time", "10:30 – 11:15 (Europe/London)"),
                    ("Location", "Marlow Dental Group, 4 West Street, Marlow SL7 2LS"),
                    ("Interviewer", "Dr Imogen Hart"),
                ]
            )
            + paras("<a href='https://marlow-dental.breezy.example/p/confirm/91d2'>Confirm</a>"),
            "Breezy HR",
            "#5a3ea8",
        ),
        label=slot(st, st + timedelta(minutes=45), zone=ldn),
    )
    mtl = "America/Toronto"
    st = at(2026, 10, 20, 13, 30, mtl, "Tue")
    yield case(
        f,
        "entrevue_heure_est",
        "fr-CA",
        ("Coopérative Boréale", "cooperative-boreale@messaging.breezy.example"),
        "Invitation à une entrevue – Conseiller(ère) aux membres",
        at(2026, 10, 13, 11, 20, mtl),
        "Canadian French: 'le mardi 20 octobre 2026 à 13 h 30 (heure de l'Est)', 30 minutes; "
        "'heure de l'Est' is not one zone (instant only).",
        text=(
            "Bonjour Alex,\n\nMerci pour votre candidature au poste de conseiller(ère) aux "
            "membres. Nous aimerions vous rencontrer en entrevue le mardi 20 octobre 2026 à "
            "13 h 30 (heure de l'Est), pour une durée de 30 minutes, par Teams.\n\nLien : "
            "https://teams.example/l/meetup-join/boreale-5521\n\nMerci de confirmer votre "
            "présence en répondant à ce courriel.\n\nCordialement,\nÉquipe Talents, "
            "Coopérative Boréale"
        ),
        label=slot(
            st,
            st + timedelta(minutes=30),
            url="https://teams.example/l/meetup-join/boreale-5521",
        ),
    )
    chi = "America/Chicago"
    st = at(2026, 10, 22, 9, 0, chi, "Thu")
    yield case(
        f,
        "view_in_html_cdt",
        "en",
        ("Lakeshore Credit Union", "lakeshore-cu@messaging.breezy.example"),
        "Next step: interview with Lakeshore Credit Union",
        at(2026, 10, 14, 15, 0, chi),
        "Plain part only points to the HTML; the HTML says 'Oct 22, 2026 at 9:00 AM CDT'.",
        text=(
            "To view this message, please use an email client that supports HTML, or open it "
            "in your browser: https://lakeshore-cu.breezy.example/m/77aa1\n"
        ),
        html=page(
            "Interview scheduled",
            paras(
                "Hi Alex,",
                "Your interview for <b>Member Services Representative</b> is set for "
                "<b>Oct 22, 2026 at 9:00 AM CDT</b> at our Oak Park branch, 1020 Lake St.",
                "Plan for about an hour. Reply to this message if you need to reschedule.",
                "Lakeshore Credit Union",
            ),
            "Breezy HR",
            "#5a3ea8",
        ),
        label=slot(st),
    )
    yield case(
        f,
        "questionnaire_deadline",
        "en",
        ("Lakeshore Credit Union", "lakeshore-cu@messaging.breezy.example"),
        "Please complete a short questionnaire",
        at(2026, 10, 12, 10, 0, chi),
        "Questionnaire request with a deadline 'Oct 19, 2026 11:59 PM EDT'; interviews follow "
        "later; nothing set.",
        text=(
            "Hi Alex,\n\nBefore we schedule interviews, please answer a short questionnaire "
            "(about 10 minutes) by Oct 19, 2026 11:59 PM EDT:\n"
            "https://lakeshore-cu.breezy.example/q/5f1c\n\nThank you!\nLakeshore Credit Union"
        ),
    )


def youcanbookme() -> Iterator[Case]:
    f = "youcanbookme"
    syd = "Australia/Sydney"
    st = at(2026, 11, 10, 11, 0, syd, "Tue")
    yield case(
        f,
        "confirmed_sydney",
        "en-AU",
        ("Bluegum Health Recruitment", "notifications@youcanbook.example"),
        "Booking confirmed: Interview – Tuesday 10 November 2026 11:00am",
        at(2026, 11, 2, 20, 15, syd),
        "Booker confirmation: 'Tuesday 10 November 2026 at 11:00am (Australia/Sydney)', 30 "
        "minutes (AEDT).",
        text=(
            "Hi Alex,\n\nThanks for booking. Your interview with Bluegum Health is confirmed.\n"
            "\nWhen: Tuesday 10 November 2026 at 11:00am (Australia/Sydney)\nLength: 30 minutes"
            "\nWhere: Zoom – https://zoom.example/j/8127730045\n\nNeed to change it? "
            "https://bluegum.youcanbook.example/cancel/7Hk2\n\nBluegum Health Recruitment"
        ),
        label=slot(
            st, st + timedelta(minutes=30), zone=syd, url="https://zoom.example/j/8127730045"
        ),
    )
    osl = "Europe/Oslo"
    st = at(2026, 11, 11, 9, 0, osl, "Wed")
    yield case(
        f,
        "kansellert_oslo",
        "nb",
        ("Havbris AS", "notifications@youcanbook.example"),
        "Bookingen din er kansellert",
        at(2026, 11, 6, 14, 0, osl),
        "Norwegian cancellation: 'onsdag 11. november 2026 kl. 09:00 (Europe/Oslo)'.",
        text=(
            "Hei Alex,\n\nBookingen din er kansellert.\n\nIntervju – Havbris AS\nonsdag 11. "
            "november 2026 kl. 09:00 (Europe/Oslo)\n\nDu kan velge en ny tid her: "
            "https://havbris.youcanbook.example/\n\nHilsen Havbris AS"
        ),
        label=slot(st, kind="cancellation", zone=osl),
    )
    yield case(
        f,
        "pick_a_time_examples",
        "en-AU",
        ("Jess Tran", "jess.tran@bluegumhealth.example.com.au"),
        "Pick a time for your second chat",
        at(2026, 11, 12, 10, 5, syd),
        "Booking link with example free times (Mon 16 Nov 9:30am, Wed 18 Nov 2pm AEDT); "
        "nothing booked.",
        text=(
            "Hi Alex,\n\nLovely to meet you on Tuesday. The clinical lead would like a second "
            "chat – please pick a time that suits here: https://bluegum.youcanbook.example/\n\n"
            "At the moment there's Monday 16 November at 9:30am or Wednesday 18 November at 2pm "
            "(AEDT), but more times will open up.\n\nThanks,\nJess"
        ),
    )
    yield case(
        f,
        "not_booked_reminder",
        "en-AU",
        ("Bluegum Health Recruitment", "notifications@youcanbook.example"),
        "Reminder: you haven't booked your interview yet",
        at(2026, 11, 16, 9, 0, syd),
        "Reminder to book; link 'expires Friday 20 November at 5pm AEDT'; nothing set.",
        text=(
            "Hi Alex,\n\nWe noticed you haven't booked your second interview yet. The booking "
            "link expires on Friday 20 November at 5pm AEDT:\n"
            "https://bluegum.youcanbook.example/\n\nBluegum Health Recruitment"
        ),
    )


def hackerrank() -> Iterator[Case]:
    f = "hackerrank"
    yield case(
        f,
        "test_invite_utc_deadline",
        "en",
        ("Orbitfield via HackerRank", "support@hackerrankforwork.example"),
        "Orbitfield has invited you to take a test",
        at(2026, 11, 27, 16, 0, "UTC"),
        "Test invitation: 75 minutes, 'available until 2026-12-04 23:59 UTC'; a deadline.",
        text=(
            "Hi Alex,\n\nOrbitfield has invited you to take the 'Backend Engineer – "
            "Screening' test on HackerRank.\n\nDuration: 75 minutes\nTest window closes: "
            "2026-12-04 23:59 UTC\n\nStart: https://www.hackerrank.example/tests/orb-be-31/"
            "login\n\nGood luck!\nTeam HackerRank"
        ),
    )
    tpe = "Asia/Taipei"
    st = at(2026, 12, 8, 14, 0, tpe, "Tue")
    yield case(
        f,
        "live_interview_taipei",
        "zh-TW",
        ("玉山雲端 透過 HackerRank", "support@hackerrankforwork.example"),
        "面試邀請：玉山雲端 線上程式面試",
        at(2026, 12, 1, 10, 0, tpe),
        "Traditional Chinese live coding interview: "
        "'2026年12月8日（星期二）下午 2:00 – 3:00（台北時間）'.",
        text=(
            "Alex 您好：\n\n玉山雲端邀請您參加 HackerRank 線上程式面試。\n\n"
            "時間：2026年12月8日（星期二）下午 2:00 – 3:00（台北時間）\n面試官：林怡君\n"
            "連結：https://www.hackerrank.example/interview/yushan-77k\n\n"
            "請於開始前 5 分鐘進入並測試麥克風。\n\nHackerRank 團隊"
        ),
        label=slot(
            st,
            st + timedelta(hours=1),
            zone=tpe,
            url="https://www.hackerrank.example/interview/yushan-77k",
        ),
    )
    ldn = "Europe/London"
    old = at(2026, 12, 9, 15, 0, ldn, "Wed")
    new = at(2026, 12, 10, 16, 0, ldn, "Thu")
    yield case(
        f,
        "rescheduled_gmt",
        "en",
        ("Orbitfield via HackerRank", "support@hackerrankforwork.example"),
        "Interview rescheduled: Orbitfield",
        at(2026, 12, 4, 12, 0, ldn),
        "Reschedule from 'December 9' to 'Thursday, December 10, 2026 at 4:00 PM GMT' "
        "(abbreviation, instant only).",
        text=(
            "Hi Alex,\n\nYour HackerRank interview with Orbitfield has been rescheduled.\n\n"
            f"Old time: {en_long(old)} at {h12(old)} GMT\nNew time: {en_long(new)} at "
            f"{h12(new)} GMT\nDuration: 60 minutes\n\nJoin: https://www.hackerrank.example/"
            "interview/orb-2k9\n\nTeam HackerRank"
        ),
        label=slot(
            new,
            new + timedelta(hours=1),
            kind="reschedule",
            url="https://www.hackerrank.example/interview/orb-2k9",
        ),
    )
    yield case(
        f,
        "test_reminder_24h",
        "en",
        ("Orbitfield via HackerRank", "support@hackerrankforwork.example"),
        "Reminder: 24 hours left to take your Orbitfield test",
        at(2026, 12, 3, 23, 59, "UTC"),
        "Reminder of the test window closing 'Dec 4, 2026, 11:59 PM UTC'; a deadline.",
        text=(
            "Hi Alex,\n\nYou have 24 hours left to complete 'Backend Engineer – Screening'. "
            "The test window closes on Dec 4, 2026, 11:59 PM UTC.\n\nStart now: "
            "https://www.hackerrank.example/tests/orb-be-31/login\n\nTeam HackerRank"
        ),
    )


def jobvite() -> Iterator[Case]:
    f = "jobvite"
    chi = "America/Chicago"
    st = at(2027, 1, 14, 13, 0, chi, "Thu")
    s = ("Cedar Ridge Health Talent", "notifications@jobvite.example")
    yield case(
        f,
        "confirmation_table_cst",
        "en",
        s,
        "Interview Confirmation - Revenue Cycle Analyst",
        at(2027, 1, 6, 10, 0, chi),
        "HTML table: 'Date: 01/14/2027' (US order) and 'Time: 1:00 PM - 2:00 PM Central "
        "Standard Time' (instant; zone not labelled).",
        html=page(
            "Interview Confirmation",
            paras("Dear Alex,", "Your interview has been scheduled as follows:")
            + rows(
                [
                    ("Date", "01/14/2027"),
                    ("Time", "1:00 PM - 2:00 PM Central Standard Time"),
                    ("Location", "Cedar Ridge Health, 400 Elm Ave, Suite 210, Omaha, NE"),
                    ("Interviewer", "Brenda Kowalski"),
                ]
            )
            + paras("Sincerely,<br>Cedar Ridge Health Talent Acquisition"),
            "Jobvite",
            "#00457c",
        ),
        label=slot(st, st + timedelta(hours=1)),
    )
    yield case(
        f,
        "postulacion_recibida",
        "es-MX",
        ("Talento Sierra Azul", "notifications@jobvite.example"),
        "Hemos recibido tu postulación",
        at(2027, 1, 8, 12, 0, "America/Monterrey"),
        "Mexican Spanish receipt with an assessment due '15/01/2027 a las 18:00'; nothing set.",
        text=(
            "Hola Alex:\n\nGracias por postularte a la vacante de Analista de Compras en Sierra "
            "Azul. Hemos recibido tu solicitud.\n\nComo siguiente paso, te pedimos completar "
            "una evaluación en línea a más tardar el 15/01/2027 a las 18:00 (hora del centro)."
            "\nhttps://sierraazul.jobvite.example/assessment/ac-19\n\nSi tu perfil avanza, te "
            "contactaremos para agendar una entrevista.\n\nSaludos,\nTalento Sierra Azul"
        ),
    )
    ny = "America/New_York"
    st = at(2027, 1, 20, 10, 0, ny, "Wed")
    yield case(
        f,
        "panel_cancelled_et",
        "en",
        ("Cedar Ridge Health Talent", "notifications@jobvite.example"),
        "Cancelled: Panel Interview on January 20, 2027",
        at(2027, 1, 15, 17, 30, ny),
        "Cancellation of a panel with three interviewers on 'Wednesday, January 20, 2027, 10:00 "
        "AM - 12:00 PM ET' (abbreviation, instant only).",
        text=(
            "Dear Alex,\n\nWe regret to inform you that your panel interview scheduled for "
            f"{en_long(st)}, 10:00 AM - 12:00 PM ET with Brenda Kowalski, Victor Osei and "
            "Hanna Lindqvist has been cancelled. A recruiter will contact you about next steps."
            "\n\nSincerely,\nCedar Ridge Health Talent Acquisition"
        ),
        label=slot(st, st + timedelta(hours=2), kind="cancellation"),
    )
    org = ("Pennant Insurance Talent", "notifications@jobvite.example")
    orig = at(2027, 1, 18, 14, 0, ny)
    st = at(2027, 1, 26, 9, 0, ny, "Tue")
    body = (
        "Dear Alex,\n\nYou are confirmed for a panel interview day.\n\nDate: Tuesday, January "
        "26, 2027\nLocation: Pennant Insurance, 75 State Street, Boston, 9th floor\n\n"
        "9:00 AM - 9:45 AM EST  Julia Marchetti (Hiring Manager)\n"
        "10:00 AM - 10:45 AM EST  Ravi Shah, Dmitri Volkov (Underwriting)\n"
        "11:00 AM - 11:30 AM EST  Carla Nunes (HR)\n\nPlease check in at the lobby desk.\n\n"
        "Pennant Insurance Talent Acquisition"
    )
    yield forwarded(
        f,
        "panel_day_fwd_gmail",
        "en",
        client="gmail/en",
        org=org,
        orig_sent=orig,
        subject="Panel Interview Schedule - Senior Underwriter",
        body=body,
        user_note="FYI, my Boston panel.",
        label=slot(st),
        note="Gmail forward of a panel day with three sessions and several interviewers; EST "
        "(instant only); start is the first session.",
    )


def homerun() -> Iterator[Case]:
    f = "homerun"
    ams = "Europe/Amsterdam"
    st = at(2027, 1, 21, 10, 0, ams, "Thu")
    yield case(
        f,
        "uitnodiging_nl_tijd",
        "nl",
        ("Team Polderlicht", "polderlicht@mail.homerun.example"),
        "Uitnodiging voor een gesprek bij Polderlicht",
        at(2027, 1, 12, 15, 30, ams),
        "Dutch: 'donderdag 21 januari 2027 om 10:00 (Nederlandse tijd)', 45 minutes.",
        text=(
            "Hoi Alex,\n\nLeuk dat je hebt gesolliciteerd op de vacature Product Designer! We "
            "willen je graag beter leren kennen.\n\nWanneer: donderdag 21 januari 2027 om 10:00 "
            "(Nederlandse tijd)\nDuur: 45 minuten\nWaar: Polderlicht, Oudegracht 88, Utrecht\n"
            "Met: Sanne de Vries en Joost Hermans\n\nLaat je even weten of dit past?\n\n"
            "Groetjes,\nTeam Polderlicht"
        ),
        label=slot(st, st + timedelta(minutes=45), zone=ams),
    )
    yield case(
        f,
        "bedankt_open_dag",
        "nl",
        ("Team Polderlicht", "polderlicht@mail.homerun.example"),
        "Bedankt voor je sollicitatie!",
        at(2027, 1, 5, 9, 0, ams),
        "Receipt: answer 'vóór vrijdag 15 januari' and an open studio afternoon 'zaterdag 16 "
        "januari van 14:00 tot 17:00' for everyone; nothing set.",
        text=(
            "Hoi Alex,\n\nBedankt voor je sollicitatie als Product Designer. We lezen alles "
            "zorgvuldig en laten vóór vrijdag 15 januari weten of we je uitnodigen.\n\n"
            "Alvast nieuwsgierig? Op zaterdag 16 januari van 14:00 tot 17:00 houden we een open "
            "studio-middag in Utrecht, iedereen is welkom (geen gesprekken).\n\nGroetjes,\n"
            "Team Polderlicht"
        ),
    )
    yield case(
        f,
        "kies_moment",
        "nl",
        ("Team Polderlicht", "polderlicht@mail.homerun.example"),
        "Kies een moment voor je tweede gesprek",
        at(2027, 1, 22, 11, 0, ams),
        "Planning link with example moments ('dinsdag 26 januari 9:30 of woensdag 27 januari "
        "15:00'); nothing chosen.",
        text=(
            "Hoi Alex,\n\nWe willen je graag uitnodigen voor een tweede gesprek! Kies via de "
            "link hieronder een moment dat jou uitkomt, bijvoorbeeld dinsdag 26 januari om 9:30 "
            "of woensdag 27 januari om 15:00.\n\nhttps://polderlicht.homerun.example/plan/"
            "2nd-round\n\nGroetjes,\nTeam Polderlicht"
        ),
    )
    old = at(2027, 2, 2, 14, 0, ams, "Tue")
    new = at(2027, 2, 4, 11, 0, ams, "Thu")
    yield case(
        f,
        "moved_cet",
        "en",
        ("Team Polderlicht", "polderlicht@mail.homerun.example"),
        "Your second interview has moved",
        at(2027, 1, 29, 10, 0, ams),
        "English move from 'Tuesday 2 February, 14:00' to 'Thursday 4 February 2027, 11:00 CET' "
        "(abbreviation, instant only).",
        text=(
            "Hi Alex,\n\nSmall change of plans: your second interview has moved from Tuesday 2 "
            "February, 14:00 to Thursday 4 February 2027, 11:00 CET. Same place, same people.\n\n"
            "See you then!\nTeam Polderlicht"
        ),
        label=slot(new, kind="reschedule"),
    )
    assert old < new


def laurarekry() -> Iterator[Case]:
    f = "laurarekry"
    hel = "Europe/Helsinki"
    st = at(2027, 2, 3, 13, 0, hel, "Wed")
    sent = at(2027, 1, 26, 12, 30, hel)
    yield case(
        f,
        "kutsu_haastatteluun",
        "fi",
        ("Kaupunki Rekrytointi", "noreply@laurarekry.example"),
        "Kutsu haastatteluun: suunnittelija",
        sent,
        "Finnish: 'keskiviikkona 3.2.2027 klo 13.00–14.00'; no zone.",
        text=(
            "Hei Alex Morgan,\n\nKiitos hakemuksestasi suunnittelijan tehtävään. Kutsumme "
            "sinut haastatteluun keskiviikkona 3.2.2027 klo 13.00–14.00.\n\nPaikka: "
            "Kaupungintalo, Aleksanterinkatu 20, neuvotteluhuone Sointu\nHaastattelijat: Anna "
            "Virtanen ja Pekka Mäkelä\n\nVahvistathan osallistumisesi vastaamalla tähän "
            "viestiin.\n\nYstävällisin terveisin\nKaupungin rekrytointi"
        ),
        label=slot(st, st + timedelta(hours=1), sent=sent),
    )
    yield case(
        f,
        "hakemus_vastaanotettu",
        "fi",
        ("Kaupunki Rekrytointi", "noreply@laurarekry.example"),
        "Hakemuksesi on vastaanotettu",
        at(2027, 1, 20, 21, 5, hel),
        "Receipt: 'Haku päättyy 15.2.2027 klo 16.00', interviews 'viikolla 9'; nothing set.",
        text=(
            "Hei Alex Morgan,\n\nHakemuksesi tehtävään talousasiantuntija on vastaanotettu.\n\n"
            "Haku päättyy 15.2.2027 klo 16.00. Haastattelut on tarkoitus pitää viikolla 9. "
            "Valituille ilmoitetaan henkilökohtaisesti.\n\nYstävällisin terveisin\n"
            "Kaupungin rekrytointi"
        ),
    )
    org = ("Saimaa Robotics Recruiting", "recruiting@saimaa-robotics.example.fi")
    orig = at(2027, 2, 1, 9, 40, hel)
    st = at(2027, 2, 9, 10, 0, hel, "Tue")
    body = (
        "Dear Alex,\n\nThank you for applying for the Controls Engineer position. We would like "
        "to invite you to an interview on Tuesday 9 February 2027 at 10:00 EET at our office "
        "in Lappeenranta (Laserkatu 6). The interview takes 90 minutes.\n\nKind regards,\n"
        "Saimaa Robotics Recruiting"
    )
    yield forwarded(
        f,
        "english_invite_fwd_gmail_fi",
        "en",
        client="gmail-fi",
        org=org,
        orig_sent=orig,
        subject="Interview invitation – Controls Engineer",
        body=body,
        user_note="Tämä kalenteriin, kiitos.",
        label=slot(st, st + timedelta(minutes=90)),
        note="Gmail (fi) forward with a Finnish note of an English invitation: 'Tuesday 9 "
        "February 2027 at 10:00 EET', 90 minutes; abbreviation, instant only.",
    )
    yield case(
        f,
        "videovastaus_maaraaika",
        "fi",
        ("Kaupunki Rekrytointi", "noreply@laurarekry.example"),
        "Videohaastattelu: vastaa viimeistään 12.2.2027",
        at(2027, 2, 5, 8, 0, hel),
        "One-way video answers due 'viimeistään pe 12.2.2027 klo 23.59'; a deadline.",
        text=(
            "Hei Alex Morgan,\n\nPyydämme sinua vastaamaan kolmeen kysymykseen "
            "videotallenteella. Voit tallentaa vastauksesi haluamanasi aikana, viimeistään "
            "pe 12.2.2027 klo 23.59.\n\nAloita: https://laurarekry.example/video/8821\n\n"
            "Ystävällisin terveisin\nKaupungin rekrytointi"
        ),
    )


def testgorilla() -> Iterator[Case]:
    f = "testgorilla"
    yield case(
        f,
        "assessment_invite",
        "en",
        ("Northwind Outfitters via TestGorilla", "noreply@testgorilla.example"),
        "Northwind Outfitters invited you to an assessment",
        at(2027, 2, 22, 14, 0, "America/New_York"),
        "Assessment invitation: about 45 minutes, 'complete by March 1, 2027 at 11:59 PM EST'; "
        "a deadline.",
        text=(
            "Hi Alex,\n\nNorthwind Outfitters invited you to complete the 'Merchandise Planner' "
            "assessment. It takes about 45 minutes and includes 4 tests.\n\nPlease complete it "
            "by March 1, 2027 at 11:59 PM EST.\n\nStart assessment: https://app.testgorilla."
            "example/a/nw-88/start\n\nThe TestGorilla team"
        ),
    )
    yield case(
        f,
        "emlekezteto",
        "hu",
        ("Duna Digital a TestGorilla-n keresztül", "noreply@testgorilla.example"),
        "Emlékeztető: még nem fejezted be a felmérést",
        at(2027, 3, 1, 9, 0, "Europe/Budapest"),
        "Hungarian reminder: assessment due '2027. március 3. 23:59-ig'; a deadline.",
        text=(
            "Kedves Alex!\n\nA Duna Digital által küldött felmérést még nem fejezted be. "
            "Kérjük, töltsd ki 2027. március 3. 23:59-ig.\n\nFolytatás: https://app.testgorilla."
            "example/a/dd-12/start\n\nÜdvözlettel:\nA TestGorilla csapata"
        ),
    )
    yield case(
        f,
        "rezultat",
        "ro",
        ("Carpatica Soft prin TestGorilla", "noreply@testgorilla.example"),
        "Rezultatele evaluării dvs.",
        at(2027, 3, 4, 11, 0, "Europe/Bucharest"),
        "Romanian result notice: the employer 'va reveni până pe 10 martie' and interviews 'în "
        "săptămâna 15–19 martie'; nothing set.",
        text=(
            "Bună, Alex,\n\nMulțumim că ai finalizat evaluarea pentru Carpatica Soft. "
            "Rezultatele au fost transmise angajatorului, care va reveni cu un răspuns până pe "
            "10 martie 2027, ora 12:00. Interviurile sunt planificate în săptămâna 15–19 martie."
            "\n\nEchipa TestGorilla"
        ),
    )
    yield case(
        f,
        "completed_next_steps",
        "en-SG",
        ("Lumen Harbour via TestGorilla", "noreply@testgorilla.example"),
        "Thanks for completing your assessment",
        at(2027, 3, 5, 16, 0, "Asia/Singapore"),
        "Completion notice; 'shortlisted candidates will be contacted by Friday, 12 March 2027, "
        "6:00pm SGT'; nothing set.",
        text=(
            "Hi Alex,\n\nThanks for completing the Lumen Harbour assessment on 5 March 2027 at "
            "3:52pm SGT. Shortlisted candidates will be contacted by Friday, 12 March 2027, "
            "6:00pm SGT to arrange interviews.\n\nThe TestGorilla team"
        ),
    )


def more_dev() -> Iterator[Case]:
    """Second messages of dev families: the time only in the subject, a Windows zone name, a
    reply over quoted history, and more look-alikes."""
    chi = "America/Chicago"
    st = at(2026, 7, 30, 11, 0, chi, "Thu")
    yield case(
        "jazzhr",
        "time_only_in_subject",
        "en",
        ("Brightwater Robotics", "brightwaterrobotics@apply.jazzhr.example"),
        "Interview Confirmed – Thu, Jul 30, 2026 @ 11:00 AM CT",
        at(2026, 7, 24, 13, 5, chi),
        "The slot is only in the subject ('Thu, Jul 30, 2026 @ 11:00 AM CT'); the body refers "
        "to 'the date and time above'. CT is not one zone: instant (CDT).",
        text=(
            "Hi Alex,\n\nThank you for confirming. Your onsite interview for the Firmware "
            "Engineer role is booked for the date and time above.\n\nAddress: Brightwater "
            "Robotics, 2200 W Fulton St, Chicago, IL (ring the bell at the loading dock door)\n"
            "Please bring a photo ID for the visitor badge.\n\nBrightwater Robotics Recruiting"
        ),
        label=slot(st),
    )
    ny = "America/New_York"
    st = at(2026, 11, 18, 14, 0, ny, "Wed")
    yield case(
        "modernloop",
        "windows_zone_name",
        "en",
        ("Sorrel Labs Recruiting", "scheduling@sorrel-labs.modernloop.example"),
        "Interview: Alex Morgan / Sorrel Labs – Hiring manager follow-up",
        at(2026, 11, 11, 9, 30, ny),
        "Outlook-style 'When:' line with a Windows display name: 'Wednesday, November 18, 2026 "
        "2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & Canada)' (CLDR: America/New_York).",
        text=(
            "Hi Alex,\n\nWe've scheduled a short follow-up with the hiring manager.\n\n"
            "When: Wednesday, November 18, 2026 2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & "
            "Canada)\nWhere: Zoom https://zoom.example/j/4410298873\nInterviewer: Samira Haddad"
            "\n\nSorrel Labs Recruiting, scheduled with ModernLoop"
        ),
        label=slot(
            st, st + timedelta(minutes=45), zone=ny, url="https://zoom.example/j/4410298873"
        ),
    )
    old = at(2026, 10, 22, 14, 0, ny, "Thu")
    new = at(2026, 10, 22, 16, 30, ny)
    quoted = (
        "Hi Alex,\n\nYour appointment has been scheduled:\n\nWhat: Follow-up call with Dana "
        f"Ruiz (30 minutes)\nWhen: {en_long(old)} 2:00pm\nTime zone: America/New_York\n\n"
        "Kestrel Search Partners"
    )
    attribution = (
        f"On {en_long(at(2026, 10, 15, 8, 2, ny))[:3]}, Oct 15, 2026 at 8:02 AM Kestrel "
        "Search Partners <no-reply@acuityscheduling.example> wrote:"
    )
    yield case(
        "acuity",
        "reply_over_confirmation",
        "en",
        ("Dana Ruiz", "dana.ruiz@kestrelsearch.example"),
        "Re: Confirmed: Follow-up call with Dana Ruiz on Thursday, October 22, 2026",
        at(2026, 10, 20, 11, 45, ny),
        "A recruiter's reply over the quoted Acuity confirmation (2:00pm, America/New_York) "
        "moves the call to 4:30pm the same day; the new slot, zone from the quoted confirmation.",
        text=(
            "Hi Alex,\n\nI have to move our call on Thursday from 2:00pm to 4:30pm the same day "
            "– a client meeting came up. I've already changed it in Acuity, so the updated "
            "confirmation should reach you shortly.\n\nDana\n\n"
            + pg6.gmail_quote(attribution, quoted)
        ),
        label=slot(new, kind="reschedule", zone=ny, org="dana.ruiz@kestrelsearch.example"),
    )
    ldn = "Europe/London"
    yield case(
        "codility",
        "codelive_feedback",
        "en-GB",
        ("Harbourside Analytics via Codility", "no-reply@codility.example"),
        "Thanks for your CodeLive interview",
        at(2026, 4, 28, 16, 20, ldn),
        "After-interview notice: 'feedback by Tuesday 5 May 2026, 17:00 (Europe/London)'; no "
        "new meeting.",
        text=(
            "Hello Alex,\n\nThank you for taking part in the CodeLive session with Harbourside "
            "Analytics today. Your interviewer will submit feedback, and the company expects to "
            "contact you by Tuesday 5 May 2026, 17:00 (Europe/London).\n\nCodility"
        ),
    )
    kol = "Asia/Kolkata"
    yield case(
        "freshteam",
        "decision_pending",
        "en-IN",
        ("Sahyadri Fintech Careers", "careers@sahyadri-fintech.example.in"),
        "Update on your application – Senior QA Engineer",
        at(2026, 8, 14, 17, 0, kol),
        "After round 2: 'we will share the outcome on or before 25/08/2026, 6:00 PM IST' and a "
        "possible HR round 'in the first week of September'; nothing set.",
        text=(
            "Dear Alex,\n\nThank you for attending Round 2 on 12/08/2026. The panel's feedback "
            "is under review and we will share the outcome on or before 25/08/2026, 6:00 PM IST."
            "\n\nIf selected, an HR discussion would be planned in the first week of September."
            "\n\nRegards,\nTalent Acquisition Team\nSahyadri Fintech Pvt. Ltd."
        ),
    )
    zh = "Europe/Zurich"
    yield case(
        "softgarden",
        "erinnerung_termin_waehlen",
        "de-CH",
        ("HR Seeblick Hotels", "noreply@seeblick.softgarden.example"),
        "Erinnerung: Bitte wählen Sie einen Termin",
        at(2026, 9, 28, 8, 30, zh),
        "Swiss reminder to pick one of the offered slots ('Mittwoch, 07.10.2026, 10:00' etc.) "
        "before 'Freitag, 02.10.2026, 12:00'; nothing confirmed.",
        text=(
            "Guten Tag Alex Morgan\n\nSie haben noch keinen Termin für das Zweitgespräch "
            "gewählt. Zur Auswahl stehen zum Beispiel Mittwoch, 07.10.2026, 10:00 Uhr oder "
            "Donnerstag, 08.10.2026, 15:00 Uhr.\n\nBitte wählen Sie bis Freitag, 02.10.2026, "
            "12:00 Uhr einen Termin: https://seeblick.softgarden.example/appointment/select/"
            "90412\n\nFreundliche Grüsse\nHR Seeblick Hotels"
        ),
    )
    yield case(
        "pinpoint",
        "application_received",
        "en-GB",
        ("Harbourline Careers", "no-reply@harbourline.pinpointhq.example"),
        "We've received your application",
        at(2026, 6, 3, 19, 30, ldn),
        "Receipt: 'we'll be in touch by Friday 12 June at 5pm'; assessment days 'on 23 and 24 "
        "June'; nothing set for the reader.",
        html=page(
            "Application received",
            paras(
                "Hi Alex,",
                "Thanks for applying for the Customer Success Lead role at Harbourline.",
                "We review every application by hand and we'll be in touch by Friday 12 June "
                "at 5pm, whatever the outcome. Interviews for shortlisted candidates will take "
                "place on 23 and 24 June.",
                "The Harbourline Talent Team",
            ),
            "Pinpoint",
            "#0b3d5c",
        ),
    )


def more_heldout() -> Iterator[Case]:
    """Second messages of held-out families."""
    syd = "Australia/Sydney"
    st = at(2026, 11, 27, 14, 30, syd, "Fri")
    yield case(
        "youcanbookme",
        "time_only_in_subject",
        "en-AU",
        ("Bluegum Health Recruitment", "notifications@youcanbook.example"),
        "Booking confirmed: Fri 27 Nov 2026 2:30pm AEDT – Second interview",
        at(2026, 11, 19, 9, 40, syd),
        "The slot is only in the subject ('Fri 27 Nov 2026 2:30pm AEDT'); the body has the "
        "length (30 mins) and the place; abbreviation, instant only.",
        text=(
            "Hi Alex,\n\nYour booking is confirmed – see the subject line for the date and "
            "time.\n\nLength: 30 mins\nWhere: Bluegum Health, Level 2, 10 Smith St, Parramatta"
            "\nWith: Dr Ruth Okonkwo, Clinical Lead\n\nNeed to change it? "
            "https://bluegum.youcanbook.example/cancel/9Qm4\n\nBluegum Health Recruitment"
        ),
        label=slot(st, st + timedelta(minutes=30)),
    )
    yield case(
        "hackerrank",
        "interview_feedback_pending",
        "en",
        ("Orbitfield via HackerRank", "support@hackerrankforwork.example"),
        "Thanks for interviewing with Orbitfield",
        at(2026, 12, 10, 17, 30, "Europe/London"),
        "After the interview: 'decision by Friday, December 18, 2026, 12:00 PM GMT'; no meeting.",
        text=(
            "Hi Alex,\n\nThanks for completing your HackerRank interview with Orbitfield today. "
            "The team will share a decision by Friday, December 18, 2026, 12:00 PM GMT.\n\n"
            "Team HackerRank"
        ),
    )


# --------------------------------------------------------------------------------------

BUILDERS = (
    jazzhr,
    modernloop,
    sparkhire,
    codility,
    gappointment,
    pinpoint,
    softgarden,
    webcruiter,
    freshteam,
    acuity,
    manatal,
    breezyhr,
    youcanbookme,
    hackerrank,
    jobvite,
    homerun,
    laurarekry,
    testgorilla,
    more_dev,
    more_heldout,
)


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the parsegen7 batch (`build_parsegen7.py`)",
        "",
        "Mail of applicant-tracking and scheduling platforms the corpus had not used, as "
        "candidates receive it, and its look-alikes (receipts, assessment and one-way-video "
        "deadlines, status updates, job alerts with event dates, pick-a-time mails, "
        "availability reminders). The platforms' layouts and wording were recalled from their "
        "help centres and public screenshots ('strings recalled' in every label); every "
        "sentence is ours, no vendor text was copied. Forward header blocks are those of "
        "`build_parse-pos.py` and `build_parsegen6.py` (written from memory of the clients). "
        "People, companies, addresses and links are made up.",
        "",
        "Every label was written from the text as a careful reader understands it, from the "
        "same `datetime`s that were rendered (zoneinfo offsets), before the parser was run on "
        f"the message. Held-out families ({', '.join(held)}) were chosen before the parser "
        "was run; their files are not listed here. Regenerate with "
        "`.venv/bin/python tests/parsing/corpus/build_parsegen7.py` (deterministic).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        negatives = sum(1 for item in items if item.label.get("kind") == NEG)
        lines.append(
            f"- **{name}** ({len(items)} messages, {negatives} negatives, {SPLITS[name]}; "
            f"{langs}): {SOURCES[name]}"
        )
    lines += [
        "",
        "## Files (dev only)",
        "",
    ]
    dev = sorted((item for item in cases if item.split == "dev"), key=lambda c: c.filename)
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-parsegen7.md", provenance(cases))
    negatives = sum(1 for item in cases if item.label.get("kind") == NEG)
    print(
        f"{len(cases)} messages ({negatives} negatives) in {len(SPLITS)} families",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
