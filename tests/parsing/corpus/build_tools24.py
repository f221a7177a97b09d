"""Write the "tools24" batch: mail of scheduling, booking and applicant-tracking tools new to
the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_tools24.py

Fourteen families of tools not yet in the corpus (Harver, Prelude, Sonru, Cronofy, Bookly,
Appointlet, Square Appointments, Workstream, concludis, Taleez, Intervieweb, Varbi, Talentio,
Beisen): confirmations, reschedules, cancellations, reminders and look-alikes from the same
tools (booking links without a time, self-scheduling requests, assessment deadlines,
application receipts, pending requests) in 11 languages. Layouts and the order of fields are
recalled from the vendors' help centres and public screenshots; every sentence is ours. People,
companies and links are made up (.example); dates in 2027. Every label was written from the
datetimes the text is rendered from (weekday names checked by `at`) before the parser was run
on any message; the split was fixed before then too. Mail helpers are those of
build_parse-pos.py (loaded, not copied). Output is deterministic; the script deletes or writes
only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parse_pos", HERE / "build_parse-pos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_parse_pos"] = module
    spec.loader.exec_module(module)
    return module


pp = _helpers()
at, timed, Case = pp.at, pp.timed, pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"
LICENSE = "written for this corpus (vendors' layouts recalled, no vendor text copied)"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "harver24": "dev",
    "prelude24": "dev",
    "sonru24": "dev",
    "cronofy24": "dev",
    "bookly24": "dev",
    "square24": "dev",
    "taleez24": "dev",
    "intervieweb24": "dev",
    "varbi24": "dev",
    "beisen24": "dev",
    "appointlet24": "heldout",
    "workstream24": "heldout",
    "concludis24": "heldout",
    "talentio24": "heldout",
}

SOURCES = {
    "harver24": "Harver candidate mail: interview scheduled (en, nl), assessment deadline, "
    "application received (nl), pick-a-time request without a time (de).",
    "prelude24": "Prelude interview-scheduling mail: confirmed, rescheduled, cancelled "
    "(US zone names), an availability request and a Gmail forward (en).",
    "sonru24": "Sonru video interviews: one-way recordings with a completion deadline (en, "
    "es), a reminder, a thank-you, and a live interview with a set time (en-IE).",
    "cronofy24": "Cronofy scheduler: confirmed (en-GB, de), moved (fr), cancelled (en) and a "
    "choose-a-time link without a time (en).",
    "bookly24": "Bookly (WordPress booking plugin) client notifications: new booking (en, de), "
    "reminder for tomorrow (en), cancelled (es), pending approval (pl); no zone written.",
    "square24": "Square Appointments: confirmation with a US zone abbreviation (en), fr-CA "
    "confirmation, reminder (en), cancellation (es) and a feedback request after the visit.",
    "taleez24": "Taleez (fr) candidate mail: interview invitation with a duration, "
    "confirmation, cancellation, slot-picking link and application receipt; an Outlook (es) "
    "forward is not used: all direct.",
    "intervieweb24": "Intervieweb (it): convocation, moved interview, application received, "
    "online test deadline and a Gmail (en) forward of the convocation.",
    "varbi24": "Varbi (sv): interview call, rebooked time, cancelled interview, thanks for "
    "the application and a book-a-time link.",
    "beisen24": "Beisen (zh-CN): interview invitation, changed time, cancelled interview, "
    "online assessment deadline and resume received.",
    "appointlet24": "Appointlet booking mail (en, es, pt-BR): scheduled, rescheduled, "
    "cancelled and a booking-page link.",
    "workstream24": "Workstream hourly-hiring mail (en, es): interview scheduled, moved, "
    "schedule-your-interview link and application received.",
    "concludis24": "concludis (de): Einladung, Terminbestätigung, Verschiebung, Absage des "
    "Termins and Eingangsbestätigung.",
    "talentio24": "Talentio (ja): interview fixed, changed, cancelled, scheduling request with "
    "candidate dates and application receipt.",
}

TEMPLATE = {
    "harver24": "Harver candidate notifications",
    "prelude24": "Prelude interview scheduling candidate emails",
    "sonru24": "Sonru video interview invitations and reminders",
    "cronofy24": "Cronofy Scheduler booking notifications",
    "bookly24": "Bookly (WordPress plugin) client notification templates",
    "square24": "Square Appointments client emails",
    "taleez24": "Taleez candidate emails",
    "intervieweb24": "Intervieweb (Zucchetti) candidate emails",
    "varbi24": "Varbi candidate messages",
    "beisen24": "Beisen (北森) recruitment candidate notices",
    "appointlet24": "Appointlet invitee notifications",
    "workstream24": "Workstream applicant emails",
    "concludis24": "concludis Bewerbermanagement candidate mail",
    "talentio24": "Talentio candidate mail",
}

Y = 2027


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    return at(Y, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(Y, mo, d, h, 7, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(Y, mo, d, 12, 0, "UTC", weekday)


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    label: dict[str, object] | None = None,
    *,
    form: str = "text",
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    raw = pp.mail(
        f"tools24/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    template = f"{TEMPLATE[family]}; layout recalled from the vendor's help centre, wording ours"
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label or {"kind": NEG},
        lang,
        note,
        template,
        LICENSE,
    )


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    label: dict[str, object] | None = None,
) -> Case:
    raw = pp.forward(
        f"tools24/{family}/{name}",
        client=client,
        lang=client_lang(client, lang),
        user=ME,
        org=org,
        orig_sent=sent,
        subject=subject,
        body=body,
        note=note_text,
    )
    full = {**(label or {"kind": NEG}), "original_sender": org[1]}
    template = f"{TEMPLATE[family]}; layout recalled from the vendor's help centre, wording ours"
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, template, LICENSE)


def client_lang(client: str, lang: str) -> str:
    return "en" if client == "apple" else lang.split("-")[0]


def inv(
    kind: str,
    start: datetime,
    end: datetime | None,
    zone: str | None = None,
    *,
    sent: datetime | None = None,
    **extra: object,
) -> dict[str, object]:
    return {"kind": kind, **timed(start, end, zone=zone, sent=sent), **extra}


BUILDERS: list[Callable[[], Iterator[Case]]] = []


def builder(func: Callable[[], Iterator[Case]]) -> Callable[[], Iterator[Case]]:
    BUILDERS.append(func)
    return func


AMS, BER, PAR, LON, DUB = (
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/London",
    "Europe/Dublin",
)
LA, NY, CHI, MEX, SAO = (
    "America/Los_Angeles",
    "America/New_York",
    "America/Chicago",
    "America/Mexico_City",
    "America/Sao_Paulo",
)
STO, ROM, MAD, WAW, TYO, SHA, MTL = (
    "Europe/Stockholm",
    "Europe/Rome",
    "Europe/Madrid",
    "Europe/Warsaw",
    "Asia/Tokyo",
    "Asia/Shanghai",
    "America/Toronto",
)


@builder
def harver24() -> Iterator[Case]:
    f = "harver24"
    org = ("Northbay Logistics via Harver", "no-reply@candidates.harver.example")
    s = when(3, 11, "Thu", 10, 0, AMS)
    sent = sent_on(3, 4, 9, AMS)
    yield case(
        f,
        "interview_scheduled",
        "en",
        org,
        "Your interview with Northbay Logistics is scheduled",
        sent,
        "Interview scheduled after the candidate chose a slot: long date, 12-hour "
        "range, zone name on its own line.",
        "Hi Alex,\n\nThanks for picking a time. Your interview for the Warehouse Team "
        "Lead role is now scheduled.\n\nDate: Thursday, March 11, 2027\n"
        "Time: 10:00 AM - 10:30 AM\nTime zone: Europe/Amsterdam\n"
        "Location: video call, https://meet.northbay.example/tl-0311\n\n"
        "Interviewer: Sanne de Wit\n\nNeed another time? Use the link in this email to "
        "change it up to 24 hours before.\n\nGood luck,\nNorthbay Logistics Recruitment",
        inv(
            "invitation",
            s,
            s + timedelta(minutes=30),
            AMS,
            meeting_url="https://meet.northbay.example/tl-0311",
        ),
        form="both",
    )
    s = when(3, 16, "Tue", 14, 0, AMS)
    sent = sent_on(3, 8, 11, AMS)
    yield case(
        f,
        "gesprek_ingepland",
        "nl",
        org,
        "Je gesprek bij Northbay Logistics is ingepland",
        sent,
        "Dutch confirmation: 'dinsdag 16 maart 2027, 14:00 - 14:45 (Europe/Amsterdam)'.",
        "Hoi Alex,\n\nJe sollicitatiegesprek voor de functie Planner is bevestigd.\n\n"
        "Wanneer: dinsdag 16 maart 2027, 14:00 - 14:45 (Europe/Amsterdam)\n"
        "Waar: Havenweg 12, Rotterdam (meld je bij de receptie)\n"
        "Met: Joost Brinkman, teamleider planning\n\nLukt het toch niet? Via de "
        "knop hieronder kies je een ander moment.\n\nTot dan!\nTeam Recruitment",
        inv("invitation", s, s + timedelta(minutes=45), AMS),
    )
    chk(3, 5, "Fri")
    yield case(
        f,
        "assessment_deadline",
        "en",
        org,
        "Reminder: complete your assessment",
        sent_on(3, 2, 8, AMS),
        "Assessment reminder: a completion deadline with a day and a time, no meeting.",
        "Hi Alex,\n\nYou still have an open step in your application with Northbay "
        "Logistics: the online job simulation (about 25 minutes).\n\nPlease finish it "
        "before Friday, March 5, 2027 at 11:59 PM (Europe/Amsterdam). After that the "
        "link stops working.\n\nStart the assessment: https://assess.harver.example/nb/"
        "7f3k\n\nThe Northbay Logistics team",
    )
    yield case(
        f,
        "sollicitatie_ontvangen",
        "nl",
        org,
        "We hebben je sollicitatie ontvangen",
        sent_on(2, 22, 18, AMS),
        "Application received in Dutch; next steps named, no time.",
        "Hoi Alex,\n\nBedankt voor je sollicitatie als Warehouse Team Lead. We hebben "
        "alles goed ontvangen.\n\nWat gebeurt er nu? Binnen 5 werkdagen hoor je of we "
        "je uitnodigen voor een kort gesprek. Houd ook je spammap in de gaten.\n\n"
        "Groet,\nNorthbay Logistics",
    )
    yield case(
        f,
        "termin_waehlen",
        "de",
        ("Northbay Logistics via Harver", "no-reply@candidates.harver.example"),
        "Bitte wähle einen Termin für dein Gespräch",
        sent_on(3, 1, 10, BER),
        "Self-scheduling request in German: a window of days and a link, no chosen time.",
        "Hallo Alex,\n\nglückwunsch, du bist eine Runde weiter! Bitte such dir über den "
        "folgenden Link einen passenden Termin für ein 30-minütiges Videogespräch aus. "
        "Freie Zeiten gibt es zwischen dem 8. und 12. März 2027, jeweils von 9:00 bis "
        "17:00 Uhr.\n\nhttps://schedule.harver.example/nb/alex-m\n\nViele Grüße\n"
        "Dein Recruiting-Team von Northbay Logistics",
    )


@builder
def prelude24() -> Iterator[Case]:
    f = "prelude24"
    org = ("Finchley Robotics Recruiting", "scheduling@finchley.prelude.example")
    s = when(4, 14, "Wed", 13, 0, LA)
    sent = sent_on(4, 7, 15, LA)
    body = (
        "Hi Alex,\n\nYour interview with Finchley Robotics is confirmed.\n\n"
        "Position: Firmware Engineer II\nWhen: Wednesday, April 14, 2027 from 1:00 PM to "
        "2:00 PM Pacific Time (US & Canada)\nWhere: Zoom, https://zoom.example/j/5521049\n"
        "Interviewers: Priya Natarajan, Tom Beck\n\nA calendar invite will follow. If you "
        "need to change anything, just reply to this email.\n\nThanks,\nMaya Olsen\n"
        "Recruiting Coordinator"
    )
    lab = inv("invitation", s, s + timedelta(hours=1), LA)
    yield case(
        f,
        "confirmed",
        "en",
        org,
        "Interview confirmed: Finchley Robotics",
        sent,
        "Confirmation: 'from 1:00 PM to 2:00 PM Pacific Time (US & Canada)'.",
        body,
        lab,
    )
    yield fwd(
        f,
        "confirmed_fwd_gmail",
        "en",
        "gmail",
        org,
        "Interview confirmed: Finchley Robotics",
        sent,
        "fyi, putting this in the tracker",
        body,
        "Gmail forward of the confirmation with a short note from the user.",
        lab,
    )
    s = when(4, 16, "Fri", 9, 30, NY)
    yield case(
        f,
        "rescheduled",
        "en",
        org,
        "Updated: your interview with Finchley Robotics",
        sent_on(4, 12, 10, NY),
        "Reschedule: old slot (Thursday 15 April) and the new slot in Eastern Time.",
        "Hi Alex,\n\nWe had to move your conversation with Dana Whitfield. Sorry for "
        "the shuffle!\n\nPrevious time: Thursday, April 15, 2027, 2:00 PM - 2:45 PM "
        "Eastern Time\nNew time: Friday, April 16, 2027, 9:30 AM - 10:15 AM Eastern Time"
        "\n\nThe video link stays the same. Let us know if the new time does not work."
        "\n\nBest,\nMaya",
        inv("reschedule", s, s + timedelta(minutes=45), NY),
    )
    s = when(4, 20, "Tue", 15, 0, CHI)
    yield case(
        f,
        "cancelled",
        "en",
        org,
        "Cancelled: onsite interview, Finchley Robotics",
        sent_on(4, 17, 11, CHI),
        "Cancellation of 'Tuesday, April 20, 2027 at 3:00 PM Central Time'.",
        "Hi Alex,\n\nYour interview on Tuesday, April 20, 2027 at 3:00 PM Central Time "
        "has been cancelled, as the hiring manager is out unexpectedly. We will reach "
        "out shortly with new options.\n\nApologies,\nMaya Olsen",
        {"kind": "cancellation", **timed(s, zone=CHI)},
    )
    chk(4, 26, "Mon")
    yield case(
        f,
        "availability_request",
        "en",
        org,
        "Next step with Finchley Robotics: share your availability",
        sent_on(4, 19, 9, LA),
        "Availability request: a week named and a form link, nothing set.",
        "Hi Alex,\n\nGreat news, the team would like to move you to the final round "
        "(four 45-minute conversations). Could you share your availability for the "
        "week of Monday, April 26, 2027? Please pick at least three blocks of two hours."
        "\n\nAdd your times here: https://finchley.prelude.example/avail/a81\n\n"
        "Thanks!\nMaya",
    )


@builder
def sonru24() -> Iterator[Case]:
    f = "sonru24"
    org = ("Carraig Insurance", "interviews@sonru.example")
    chk(5, 22, "Sat")
    yield case(
        f,
        "oneway_deadline",
        "en-IE",
        org,
        "Your video interview with Carraig Insurance",
        sent_on(5, 14, 9, DUB),
        "One-way video interview: record answers any time before a deadline; no meeting time.",
        "Dear Alex,\n\nThank you for applying for the Claims Analyst role. The next "
        "stage is a short recorded video interview: five questions, two minutes each, "
        "recorded whenever suits you.\n\nPlease complete it by 17:00 on Saturday 22 May "
        "2027 (Irish time).\n\nStart here: https://app.sonru.example/i/ca-88120\n\n"
        "Kind regards,\nCarraig Insurance Talent Team",
    )
    chk(5, 21, "Fri")
    yield case(
        f,
        "oneway_plazo",
        "es",
        ("Grupo Almendra", "entrevistas@sonru.example"),
        "Tu entrevista en vídeo con Grupo Almendra",
        sent_on(5, 13, 10, MAD),
        "Spanish one-way interview with a deadline day and hour.",
        "Hola Alex:\n\nGracias por tu interés en el puesto de Analista de Datos. Te "
        "invitamos a grabar una entrevista en vídeo de unos 15 minutos, cuando mejor te "
        "venga.\n\nTienes hasta el viernes 21 de mayo de 2027 a las 23:59 para "
        "completarla.\n\nAccede aquí: https://app.sonru.example/i/ga-4410\n\n"
        "Un saludo,\nSelección Grupo Almendra",
    )
    yield case(
        f,
        "oneway_reminder",
        "en-IE",
        org,
        "Reminder: 48 hours left to record",
        sent_on(5, 20, 17, DUB),
        "Reminder that the recording window closes in two days; no time set with anyone.",
        "Dear Alex,\n\nJust a reminder that your video interview for Carraig Insurance "
        "is still open. You have 48 hours left to complete it, the link closes on "
        "22/05/2027 at 17:00.\n\nhttps://app.sonru.example/i/ca-88120\n\nKind regards,"
        "\nCarraig Insurance Talent Team",
    )
    s = when(5, 25, "Tue", 11, 0, DUB)
    yield case(
        f,
        "live_interview",
        "en-IE",
        org,
        "Live video interview: Carraig Insurance",
        sent_on(5, 18, 14, DUB),
        "Live interview set through the same tool: 'Tuesday 25 May 2027, 11:00 - 11:30 "
        "(Europe/Dublin)'.",
        "Dear Alex,\n\nWe are delighted to invite you to a live video interview with "
        "Aoife Brennan and Ciarán Walsh.\n\nDate and time: Tuesday 25 May 2027, "
        "11:00 - 11:30 (Europe/Dublin)\nJoin: https://app.sonru.example/live/ca-3391\n\n"
        "Please join five minutes early to test your camera.\n\nKind regards,\n"
        "Carraig Insurance Talent Team",
        inv(
            "invitation",
            s,
            s + timedelta(minutes=30),
            DUB,
            meeting_url="https://app.sonru.example/live/ca-3391",
        ),
        form="both",
    )
    yield case(
        f,
        "thanks_completed",
        "en-IE",
        org,
        "Thank you for completing your interview",
        sent_on(5, 21, 20, DUB),
        "Thank-you after the recorded interview: a review period, no meeting.",
        "Dear Alex,\n\nThank you for completing your video interview. The hiring team "
        "will review all responses during the week of 31 May 2027 and will be in touch "
        "after that.\n\nKind regards,\nCarraig Insurance Talent Team",
    )


@builder
def cronofy24() -> Iterator[Case]:
    f = "cronofy24"
    org = ("Halden Partners", "scheduler@halden.cronofy.example")
    s = when(6, 7, "Mon", 15, 0, LON)
    yield case(
        f,
        "confirmed",
        "en-GB",
        org,
        "Confirmed: Interview with Halden Partners",
        sent_on(6, 2, 10, LON),
        "Booking confirmed: 'Monday, 7 June 2027 · 15:00 – 15:30 (Europe/London)'.",
        "Your meeting is confirmed\n\nInterview with Halden Partners\nMonday, 7 June "
        "2027 · 15:00 – 15:30 (Europe/London)\n\nOrganiser: Ruth Penrose\nLocation: "
        "Microsoft Teams (details in the calendar invitation)\n\nNeed to make a change? "
        "Reschedule or cancel: https://halden.cronofy.example/b/9c2",
        inv("invitation", s, s + timedelta(minutes=30), LON),
        form="both",
    )
    s = when(6, 9, "Wed", 10, 0, BER)
    yield case(
        f,
        "bestaetigt",
        "de",
        ("Halden Partners GmbH", "scheduler@halden.cronofy.example"),
        "Bestätigt: Vorstellungsgespräch mit Halden Partners",
        sent_on(6, 3, 9, BER),
        "German confirmation: 'Mittwoch, 9. Juni 2027, 10:00–10:45 (Europe/Berlin)'.",
        "Ihr Termin ist bestätigt\n\nVorstellungsgespräch mit Halden Partners\n"
        "Mittwoch, 9. Juni 2027, 10:00–10:45 (Europe/Berlin)\n\nGastgeberin: Katrin "
        "Vogel\nOrt: Neue Mainzer Straße 20, Frankfurt, 4. OG\n\nÄndern oder absagen: "
        "https://halden.cronofy.example/b/4de",
        inv("invitation", s, s + timedelta(minutes=45), BER),
    )
    s = when(6, 17, "Thu", 11, 0, PAR)
    yield case(
        f,
        "deplace",
        "fr",
        ("Halden Partners", "scheduler@halden.cronofy.example"),
        "Modifié : entretien avec Halden Partners",
        sent_on(6, 10, 16, PAR),
        "French reschedule: the old slot is named after 'au lieu de'; the new one first.",
        "Votre rendez-vous a été déplacé\n\nEntretien avec Halden Partners\nNouvel "
        "horaire : jeudi 17 juin 2027, 11:00 – 11:30 (Europe/Paris)\nau lieu de : mardi "
        "15 juin 2027, 14:00 – 14:30\n\nOrganisatrice : Claire Dumas\n\nModifier ou "
        "annuler : https://halden.cronofy.example/b/71a",
        inv("reschedule", s, s + timedelta(minutes=30), PAR),
    )
    s = when(6, 22, "Tue", 9, 0, LON)
    yield case(
        f,
        "cancelled",
        "en-GB",
        org,
        "Cancelled: Interview with Halden Partners",
        sent_on(6, 18, 12, LON),
        "Cancellation with the cancelled slot and the organiser's reason.",
        "Your meeting has been cancelled\n\nInterview with Halden Partners\nTuesday, "
        "22 June 2027 · 09:00 – 09:45 (Europe/London)\n\nMessage from Ruth Penrose: the "
        "role has been put on hold for now, we will be in touch.",
        {"kind": "cancellation", **timed(s, s + timedelta(minutes=45), zone=LON)},
    )
    yield case(
        f,
        "choose_time",
        "en-GB",
        org,
        "Choose a time to meet Halden Partners",
        sent_on(6, 1, 9, LON),
        "Scheduling link: slots offered from a date on, none chosen.",
        "Hi Alex,\n\nRuth Penrose would like to meet you for 30 minutes. Pick any time "
        "that suits you from Monday 14 June 2027 onwards:\n\n"
        "https://halden.cronofy.example/s/ruth-30\n\nTimes are shown in your own time "
        "zone.",
    )


@builder
def bookly24() -> Iterator[Case]:
    f = "bookly24"
    org = ("Harbor Analytics", "wordpress@harboranalytics.example")
    sent = sent_on(6, 28, 11, NY)
    s = when(7, 6, "Tue", 10, 0, NY)
    yield case(
        f,
        "new_booking",
        "en",
        org,
        "Your booking information",
        sent,
        "Bookly client notification: 'on July 6, 2027 at 10:00 am', no zone written.",
        "Dear Alex Morgan.\n\nWe confirm your booking of First interview (45 min) with "
        "Jordan Reyes.\n\nWe will see you at 220 Pier Street, Suite 4, Boston on July 6, "
        "2027 at 10:00 am.\n\nThank you for choosing Harbor Analytics.\n\n"
        "Harbor Analytics\n(617) 555-0142\nharboranalytics.example",
        inv("invitation", s, None, sent=sent),
    )
    sent = sent_on(6, 30, 15, BER)
    s = when(7, 6, "Tue", 14, 30, BER)
    yield case(
        f,
        "neue_buchung",
        "de",
        ("Kanzlei Brandt & Roth", "wordpress@brandt-roth.example"),
        "Ihre Buchung",
        sent,
        "German Bookly notification: '06.07.2027 um 14:30', end from a time range.",
        "Sehr geehrte(r) Alex Morgan,\n\nhiermit bestätigen wir Ihre Buchung: "
        "Kennenlerngespräch bei Frau Dr. Brandt.\n\nTermin: 06.07.2027 um 14:30 - 15:15"
        "\nOrt: Kaiserstraße 5, 60311 Frankfurt\n\nVielen Dank!\nKanzlei Brandt & Roth",
        inv("invitation", s, s + timedelta(minutes=45), sent=sent),
    )
    sent = sent_on(7, 12, 14, NY)
    s = when(7, 13, "Tue", 14, 0, NY)
    yield case(
        f,
        "reminder_tomorrow",
        "en",
        org,
        "Reminder: your appointment tomorrow",
        sent,
        "Reminder the day before: 'tomorrow, July 13, 2027 at 2:00 pm'.",
        "Dear Alex Morgan.\n\nWe would like to remind you that you have booked Second "
        "interview (panel) tomorrow, July 13, 2027 at 2:00 pm. We are waiting for you "
        "at 220 Pier Street, Suite 4.\n\nThank you for choosing Harbor Analytics.",
        inv("invitation", s, None, sent=sent),
    )
    sent = sent_on(7, 5, 12, MAD)
    s = when(7, 8, "Thu", 9, 0, MAD)
    yield case(
        f,
        "cita_cancelada",
        "es",
        ("Consultora Olivar", "wordpress@olivar.example"),
        "Su cita ha sido cancelada",
        sent,
        "Spanish cancellation of 'jueves, 8 de julio de 2027 a las 9:00'.",
        "Estimado/a Alex Morgan:\n\nLe informamos de que su cita Entrevista inicial "
        "del jueves, 8 de julio de 2027 a las 9:00 ha sido cancelada.\n\nSi desea "
        "reservar otra fecha, puede hacerlo en nuestra web.\n\nConsultora Olivar",
        {"kind": "cancellation", **timed(s, sent=sent)},
    )
    chk(7, 9, "Fri")
    yield case(
        f,
        "oczekuje_zatwierdzenia",
        "pl",
        ("Biuro Kadr Wisła", "wordpress@kadrywisla.example"),
        "Twoja rezerwacja oczekuje na zatwierdzenie",
        sent_on(7, 2, 10, WAW),
        "Polish pending booking: the requested time is not confirmed yet.",
        "Szanowny Panie Alex,\n\notrzymaliśmy Twoją prośbę o rezerwację: Rozmowa "
        "kwalifikacyjna, piątek 9.07.2027, godz. 11:00. Rezerwacja oczekuje na "
        "zatwierdzenie przez pracownika; otrzymasz osobną wiadomość, gdy zostanie "
        "potwierdzona lub odrzucona.\n\nBiuro Kadr Wisła",
    )


@builder
def square24() -> Iterator[Case]:
    f = "square24"
    org = ("Ridgeway Staffing", "no-reply@squareup.example")
    s = when(9, 8, "Wed", 13, 30, NY)
    yield case(
        f,
        "confirmed_edt",
        "en",
        org,
        "Your appointment with Ridgeway Staffing is confirmed",
        sent_on(9, 1, 10, NY),
        "Confirmation with a US zone abbreviation ('1:30 PM EDT') and a duration; no "
        "zone name, so no timezone label.",
        "Appointment confirmed\n\nRidgeway Staffing\nWednesday, September 8, 2027 at "
        "1:30 PM EDT\nCandidate intake interview (45 min) with Lena Ortiz\n\n"
        "88 Grove Avenue, Newark, NJ\n\nNeed to make changes? Reschedule or cancel up to "
        "12 hours before your appointment.",
        {"kind": "invitation", "start": s.isoformat(), "all_day": False},
        form="both",
    )
    sent = sent_on(9, 7, 9, MTL)
    s = when(9, 15, "Wed", 10, 0, MTL)
    yield case(
        f,
        "confirme_frca",
        "fr-CA",
        ("Placement Boréal", "no-reply@squareup.example"),
        "Votre rendez-vous chez Placement Boréal est confirmé",
        sent,
        "Canadian French confirmation: 'mercredi 15 septembre 2027 à 10 h 00', no zone.",
        "Rendez-vous confirmé\n\nPlacement Boréal\nmercredi 15 septembre 2027 à 10 h 00"
        "\nEntrevue de présélection (30 min) avec Mélanie Gagnon\n\n1450, rue Peel, "
        "Montréal (Québec)\n\nBesoin d'un changement? Vous pouvez reporter ou annuler "
        "jusqu'à 12 heures avant.",
        inv("invitation", s, None, sent=sent),
    )
    s = when(9, 14, "Tue", 11, 15, LA)
    yield case(
        f,
        "reminder_pdt",
        "en",
        ("Coastline Talent", "no-reply@squareup.example"),
        "Reminder: appointment with Coastline Talent tomorrow",
        sent_on(9, 13, 11, LA),
        "Reminder: 'Tuesday, September 14, 2027 at 11:15 AM PDT'.",
        "See you tomorrow!\n\nCoastline Talent\nTuesday, September 14, 2027 at 11:15 AM "
        "PDT\nPortfolio review interview with Sam Whitaker\n\n410 Ocean Blvd, Santa "
        "Monica, CA\n\nReply C to cancel.",
        {"kind": "invitation", "start": s.isoformat(), "all_day": False},
    )
    sent = sent_on(9, 16, 17, MEX)
    s = when(9, 20, "Mon", 12, 0, MEX)
    yield case(
        f,
        "cancelada",
        "es",
        ("Talento Azteca", "no-reply@squareup.example"),
        "Tu cita con Talento Azteca fue cancelada",
        sent,
        "Spanish cancellation: 'lunes, 20 de septiembre de 2027 a las 12:00', no zone.",
        "Cita cancelada\n\nTalento Azteca\nlunes, 20 de septiembre de 2027 a las 12:00\n"
        "Entrevista con Rodrigo Paz\n\nTalento Azteca canceló esta cita. Puedes reservar "
        "otra hora cuando quieras.",
        {"kind": "cancellation", **timed(s, sent=sent)},
    )
    yield case(
        f,
        "feedback",
        "en",
        org,
        "How was your visit to Ridgeway Staffing?",
        sent_on(9, 8, 17, NY),
        "Feedback request after the appointment; the past visit's date only.",
        "Thanks for visiting Ridgeway Staffing on September 8, 2027.\n\nHow did we do? "
        "Tap a rating to leave feedback: https://squareup.example/fb/rw12\n\n"
        "Book your next appointment anytime.",
    )


@builder
def taleez24() -> Iterator[Case]:
    f = "taleez24"
    org = ("Maison Verlaine Recrutement", "notifications@taleez.example")
    sent = sent_on(11, 2, 10, PAR)
    s = when(11, 9, "Tue", 14, 30, PAR)
    yield case(
        f,
        "invitation",
        "fr",
        org,
        "Invitation à un entretien - Chargé(e) de clientèle",
        sent,
        "French invitation: 'le mardi 9 novembre 2027 à 14h30', 'Durée : 45 minutes'; no "
        "zone written.",
        "Bonjour Alex,\n\nSuite à votre candidature au poste de Chargé(e) de clientèle, "
        "nous avons le plaisir de vous convier à un entretien le mardi 9 novembre 2027 "
        "à 14h30.\n\nDurée : 45 minutes\nLieu : 18 rue des Tanneurs, Lyon\n"
        "Avec : Hélène Marchand, responsable du service client\n\nMerci de confirmer "
        "votre présence en répondant à ce message.\n\nBien cordialement,\nL'équipe "
        "recrutement Maison Verlaine",
        inv("invitation", s, s + timedelta(minutes=45), sent=sent),
        form="both",
    )
    sent = sent_on(11, 4, 16, PAR)
    s = when(11, 10, "Wed", 9, 30, PAR)
    yield case(
        f,
        "confirmation",
        "fr",
        org,
        "Confirmation de votre entretien",
        sent,
        "Confirmation after self-booking: 'mercredi 10 novembre 2027 de 9h30 à 10h00'.",
        "Bonjour Alex,\n\nVotre créneau est bien réservé : mercredi 10 novembre 2027 de "
        "9h30 à 10h00, en visio (lien : https://visio.verlaine.example/rh-1110).\n\n"
        "À très vite,\nMaison Verlaine",
        inv(
            "invitation",
            s,
            s + timedelta(minutes=30),
            sent=sent,
            meeting_url="https://visio.verlaine.example/rh-1110",
        ),
    )
    sent = sent_on(11, 12, 11, PAR)
    s = when(11, 15, "Mon", 9, 0, PAR)
    yield case(
        f,
        "annulation",
        "fr",
        org,
        "Annulation de votre entretien",
        sent,
        "Cancellation of 'lundi 15 novembre 2027 à 9h00'; a new date to follow.",
        "Bonjour Alex,\n\nNous sommes au regret de devoir annuler votre entretien du "
        "lundi 15 novembre 2027 à 9h00. Nous reviendrons vers vous rapidement pour "
        "convenir d'une nouvelle date.\n\nBien cordialement,\nMaison Verlaine",
        {"kind": "cancellation", **timed(s, sent=sent)},
    )
    yield case(
        f,
        "choisir_creneau",
        "fr",
        org,
        "Choisissez votre créneau d'entretien",
        sent_on(11, 1, 9, PAR),
        "Slot-picking request: a period and a link, nothing booked.",
        "Bonjour Alex,\n\nVotre profil a retenu notre attention ! Choisissez dès "
        "maintenant le créneau qui vous convient pour un premier échange téléphonique "
        "de 20 minutes, entre le 8 et le 12 novembre 2027 :\n\n"
        "https://app.taleez.example/c/verlaine/slots\n\nÀ bientôt,\nMaison Verlaine",
    )
    yield case(
        f,
        "candidature_recue",
        "fr",
        org,
        "Nous avons bien reçu votre candidature",
        sent_on(10, 25, 20, PAR),
        "Application receipt; a response delay, no date.",
        "Bonjour Alex,\n\nMerci pour votre candidature au poste de Chargé(e) de "
        "clientèle. Notre équipe l'étudie avec attention et reviendra vers vous sous "
        "15 jours.\n\nBien cordialement,\nMaison Verlaine",
    )


@builder
def intervieweb24() -> Iterator[Case]:
    f = "intervieweb24"
    org = ("Gruppo Ferrante - Selezione", "noreply@intervieweb.example")
    sent = sent_on(11, 10, 12, ROM)
    s = when(11, 18, "Thu", 11, 0, ROM)
    body = (
        "Gentile Alex Morgan,\n\nla ringraziamo per l'interesse mostrato verso la posizione "
        "di Controller di Gestione. Siamo lieti di invitarla a un colloquio conoscitivo "
        "giovedì 18 novembre 2027 alle ore 11:00 presso la nostra sede di Via Torino 41, "
        "Milano.\n\nDurata prevista: un'ora circa.\nReferente: dott.ssa Giulia Conti\n\n"
        "La preghiamo di confermare la sua presenza.\n\nCordiali saluti,\nUfficio "
        "Selezione Gruppo Ferrante"
    )
    lab = inv("invitation", s, None, sent=sent)
    yield case(
        f,
        "convocazione",
        "it",
        org,
        "Convocazione a colloquio",
        sent,
        "Italian convocation: 'giovedì 18 novembre 2027 alle ore 11:00', 'un'ora circa' "
        "(approximate, no end labelled); no zone.",
        body,
        lab,
    )
    yield fwd(
        f,
        "convocazione_fwd_gmail",
        "en",
        "gmail",
        org,
        "Convocazione a colloquio",
        sent,
        "Interview in Milan, see below",
        body,
        "Gmail (en) forward of the Italian convocation with an English note.",
        lab,
    )
    sent = sent_on(11, 19, 9, ROM)
    s = when(11, 23, "Tue", 15, 0, ROM)
    yield case(
        f,
        "spostato",
        "it",
        org,
        "Variazione data colloquio",
        sent,
        "Reschedule: 'spostato a martedì 23 novembre 2027 dalle 15:00 alle 16:00'.",
        "Gentile Alex Morgan,\n\nper un impegno sopraggiunto della referente, il suo "
        "secondo colloquio è stato spostato a martedì 23 novembre 2027 dalle 15:00 alle "
        "16:00, sempre in Via Torino 41.\n\nCi scusiamo per il disagio.\n\nUfficio "
        "Selezione Gruppo Ferrante",
        inv("reschedule", s, s + timedelta(hours=1), sent=sent),
    )
    yield case(
        f,
        "candidatura_ricevuta",
        "it",
        org,
        "Conferma ricezione candidatura",
        sent_on(11, 2, 18, ROM),
        "Application receipt in Italian.",
        "Gentile Alex Morgan,\n\nle confermiamo di aver ricevuto la sua candidatura per "
        "la posizione di Controller di Gestione. Sarà ricontattato/a qualora il suo "
        "profilo risultasse in linea con le nostre esigenze.\n\nCordiali saluti,\n"
        "Gruppo Ferrante",
    )
    chk(11, 20, "Sat")
    yield case(
        f,
        "test_online",
        "it",
        org,
        "Test online: scadenza",
        sent_on(11, 15, 9, ROM),
        "Online test with a deadline 'entro sabato 20 novembre 2027 alle 23:59'.",
        "Gentile Alex Morgan,\n\ncome prossimo passo le chiediamo di svolgere un test "
        "online di logica (circa 30 minuti) entro sabato 20 novembre 2027 alle 23:59.\n\n"
        "Link al test: https://test.intervieweb.example/t/ferrante-55\n\nCordiali "
        "saluti,\nUfficio Selezione",
    )


@builder
def varbi24() -> Iterator[Case]:
    f = "varbi24"
    org = ("Region Norrland Rekrytering", "noreply@varbi.example")
    sent = sent_on(11, 24, 10, STO)
    s = when(12, 1, "Wed", 13, 0, STO)
    yield case(
        f,
        "kallelse",
        "sv",
        org,
        "Kallelse till intervju",
        sent,
        "Swedish call to interview: 'onsdag 1 december 2027 kl. 13:00–14:00'; no zone.",
        "Hej Alex!\n\nTack för din ansökan till tjänsten som IT-samordnare. Vi vill "
        "gärna träffa dig på en intervju.\n\nTid: onsdag 1 december 2027 kl. 13:00–14:00"
        "\nPlats: Storgatan 7, Umeå, plan 3\nDu träffar: Karin Lindqvist och Johan Berg"
        "\n\nBekräfta gärna att tiden passar genom att svara på detta meddelande.\n\n"
        "Vänliga hälsningar\nRegion Norrland",
        inv("invitation", s, s + timedelta(hours=1), sent=sent),
        form="both",
    )
    sent = sent_on(11, 29, 15, STO)
    s = when(12, 3, "Fri", 9, 30, STO)
    yield case(
        f,
        "ombokad",
        "sv",
        org,
        "Ny tid för din intervju",
        sent,
        "Rebooking: 'ny tid fredag 3 december 2027 kl. 09:30' instead of the Wednesday.",
        "Hej Alex!\n\nTyvärr måste vi flytta din intervju. Den nya tiden är fredag 3 "
        "december 2027 kl. 09:30 i stället för onsdag 1 december. Platsen är densamma."
        "\n\nVänliga hälsningar\nKarin Lindqvist",
        inv("reschedule", s, None, sent=sent),
    )
    sent = sent_on(12, 2, 11, STO)
    s = when(12, 6, "Mon", 10, 0, STO)
    yield case(
        f,
        "installd",
        "sv",
        ("Kommunen Sjöby", "noreply@varbi.example"),
        "Intervjun är inställd",
        sent,
        "Cancelled interview: 'måndag 6 december 2027 kl. 10:00 är inställd'.",
        "Hej Alex!\n\nDin intervju måndag 6 december 2027 kl. 10:00 är inställd, "
        "eftersom rekryteringen har avbrutits. Vi ber om ursäkt.\n\nVänliga hälsningar"
        "\nKommunen Sjöby",
        {"kind": "cancellation", **timed(s, sent=sent)},
    )
    yield case(
        f,
        "tack_ansokan",
        "sv",
        org,
        "Tack för din ansökan",
        sent_on(11, 15, 19, STO),
        "Application receipt; last application day only.",
        "Hej Alex!\n\nTack för din ansökan till tjänsten som IT-samordnare. Sista "
        "ansökningsdag är 22 november 2027 och urvalet påbörjas därefter.\n\n"
        "Vänliga hälsningar\nRegion Norrland",
    )
    yield case(
        f,
        "boka_tid",
        "sv",
        org,
        "Boka tid för intervju",
        sent_on(11, 22, 9, STO),
        "Book-a-time link: free slots in a week, none chosen.",
        "Hej Alex!\n\nDu är välkommen på intervju. Välj själv en tid som passar dig "
        "under vecka 48 via länken nedan:\n\nhttps://varbi.example/boka/rn-4432\n\n"
        "Vänliga hälsningar\nRegion Norrland",
    )


@builder
def beisen24() -> Iterator[Case]:
    f = "beisen24"
    org = ("云杉科技 招聘团队", "hr-noreply@beisen.example")
    sent = sent_on(2, 25, 10, SHA)
    s = when(3, 4, "Thu", 14, 0, SHA)
    yield case(
        f,
        "mianshi_yaoqing",
        "zh-CN",
        org,
        "面试邀请｜云杉科技 数据分析师",
        sent,
        "Interview invitation: '2027年3月4日（星期四）14:00-15:00'; no zone.",
        "Alex Morgan，您好！\n\n感谢您投递云杉科技【数据分析师】职位。诚邀您参加面试，"
        "具体安排如下：\n\n面试时间：2027年3月4日（星期四）14:00-15:00\n面试形式：现场面试\n"
        "面试地点：上海市徐汇区漕溪北路88号 12楼\n面试官：王婷\n\n请点击链接确认是否参加。\n\n"
        "云杉科技 招聘团队",
        inv("invitation", s, s + timedelta(hours=1), sent=sent),
        form="both",
    )
    sent = sent_on(3, 5, 16, SHA)
    s = when(3, 8, "Mon", 10, 30, SHA)
    yield case(
        f,
        "shijian_biangeng",
        "zh-CN",
        org,
        "面试时间变更通知",
        sent,
        "Changed time: new slot '2027年3月8日（星期一）10:30'.",
        "Alex Morgan，您好！\n\n您的复试时间已调整，原定于2027年3月5日的面试改为：\n\n"
        "新的面试时间：2027年3月8日（星期一）10:30\n面试形式：视频面试（腾讯会议）\n\n"
        "给您带来不便，敬请谅解。\n\n云杉科技 招聘团队",
        inv("reschedule", s, None, sent=sent),
    )
    sent = sent_on(3, 8, 18, SHA)
    s = when(3, 10, "Wed", 15, 0, SHA)
    yield case(
        f,
        "mianshi_quxiao",
        "zh-CN",
        org,
        "面试取消通知",
        sent,
        "Cancelled interview: '2027年3月10日（星期三）15:00'.",
        "Alex Morgan，您好！\n\n很抱歉地通知您，原定于2027年3月10日（星期三）15:00的终面已"
        "取消，后续安排我们会另行通知。\n\n云杉科技 招聘团队",
        {"kind": "cancellation", **timed(s, sent=sent)},
    )
    chk(3, 3, "Wed")
    yield case(
        f,
        "ceping_jiezhi",
        "zh-CN",
        org,
        "在线测评邀请",
        sent_on(2, 26, 9, SHA),
        "Online assessment with a deadline '2027年3月3日（星期三）23:59前'.",
        "Alex Morgan，您好！\n\n请于2027年3月3日（星期三）23:59前完成在线测评，预计用时"
        "40分钟。\n\n测评链接：https://assess.beisen.example/t/ys-2291\n\n云杉科技 招聘团队",
    )
    yield case(
        f,
        "jianli_shoudao",
        "zh-CN",
        org,
        "简历已收到",
        sent_on(2, 20, 20, SHA),
        "Resume received; no date.",
        "Alex Morgan，您好！\n\n我们已收到您投递的【数据分析师】职位简历，HR将在5个工作日"
        "内完成筛选，请留意邮件通知。\n\n云杉科技 招聘团队",
    )


@builder
def appointlet24() -> Iterator[Case]:
    f = "appointlet24"
    org = ("Brightwater Health Careers", "notifications@appointlet.example")
    s = when(8, 3, "Tue", 11, 0, CHI)
    yield case(
        f,
        "scheduled",
        "en",
        org,
        "Scheduled: Recruiter screen with Brightwater",
        sent_on(7, 27, 10, CHI),
        "Scheduled meeting with an IANA zone in parentheses.",
        "Your meeting is scheduled!\n\nRecruiter screen with Brightwater Health Careers\n"
        "Tuesday, August 3, 2027\n11:00am - 11:30am (America/Chicago)\n\nHost: Nina "
        "Alvarez\nConferencing: https://meet.brightwater.example/na-screen\n\nReschedule "
        "or cancel: https://appointlet.example/m/bw-55a",
        inv(
            "invitation",
            s,
            s + timedelta(minutes=30),
            CHI,
            meeting_url="https://meet.brightwater.example/na-screen",
        ),
        form="both",
    )
    s = when(8, 5, "Thu", 16, 0, MEX)
    yield case(
        f,
        "programada",
        "es",
        ("Grupo Ceiba Talento", "notifications@appointlet.example"),
        "Programada: entrevista con Grupo Ceiba",
        sent_on(7, 29, 12, MEX),
        "Spanish scheduled meeting: 'jueves, 5 de agosto de 2027, 16:00 - 16:30 "
        "(America/Mexico_City)'.",
        "¡Tu reunión está programada!\n\nEntrevista con Grupo Ceiba Talento\njueves, 5 de "
        "agosto de 2027, 16:00 - 16:30 (America/Mexico_City)\n\nAnfitriona: Lucía Ramos"
        "\n\nReprogramar o cancelar: https://appointlet.example/m/gc-19",
        inv("invitation", s, s + timedelta(minutes=30), MEX),
    )
    s = when(8, 11, "Wed", 9, 0, CHI)
    yield case(
        f,
        "rescheduled",
        "en",
        org,
        "Rescheduled: Hiring manager interview",
        sent_on(8, 6, 14, CHI),
        "Rescheduled meeting; the new time first, old one struck.",
        "Your meeting was rescheduled.\n\nHiring manager interview, Brightwater Health "
        "Careers\nNew time: Wednesday, August 11, 2027, 9:00am - 9:45am (America/Chicago)"
        "\nPreviously: Tuesday, August 10, 2027, 1:00pm - 1:45pm\n\nHost: Owen Price",
        inv("reschedule", s, s + timedelta(minutes=45), CHI),
    )
    s = when(8, 16, "Mon", 14, 0, SAO)
    yield case(
        f,
        "cancelada",
        "pt-BR",
        ("Vale Alto Recrutamento", "notifications@appointlet.example"),
        "Cancelada: entrevista com Vale Alto",
        sent_on(8, 12, 9, SAO),
        "Brazilian Portuguese cancellation of 'segunda-feira, 16 de agosto de 2027, 14:00 "
        "- 14:30 (America/Sao_Paulo)'.",
        "Sua reunião foi cancelada.\n\nEntrevista com Vale Alto Recrutamento\n"
        "segunda-feira, 16 de agosto de 2027, 14:00 - 14:30 (America/Sao_Paulo)\n\n"
        "Motivo: a vaga foi preenchida internamente.",
        {"kind": "cancellation", **timed(s, s + timedelta(minutes=30), zone=SAO)},
    )
    yield case(
        f,
        "booking_page",
        "en",
        org,
        "Book time with Nina Alvarez",
        sent_on(7, 20, 11, CHI),
        "Booking-page link; meeting types and lengths, no time.",
        "Hi Alex,\n\nThanks for your interest in Brightwater! Please use my booking page "
        "to grab a 30-minute recruiter screen at a time that works for you:\n\n"
        "https://appointlet.example/brightwater/nina\n\nSlots open Monday to Thursday."
        "\n\nNina",
    )


@builder
def workstream24() -> Iterator[Case]:
    f = "workstream24"
    org = ("Copperleaf Café Hiring", "hiring@workstream.example")
    sent = sent_on(9, 27, 16, LA)
    s = when(10, 1, "Fri", 15, 0, LA)
    yield case(
        f,
        "scheduled",
        "en",
        org,
        "Interview scheduled at Copperleaf Café",
        sent,
        "Hourly-hiring confirmation: 'Friday, October 1, 2027 at 3:00 PM'; no zone.",
        "Hi Alex! Your interview for Shift Lead at Copperleaf Café (Valencia St) is set "
        "for Friday, October 1, 2027 at 3:00 PM. Ask for Marco at the counter.\n\nNeed to "
        "change it? Tap here: https://ws.example/r/cl-771\n\n- Copperleaf Café",
        inv("invitation", s, None, sent=sent),
    )
    sent = sent_on(9, 29, 10, LA)
    s = when(10, 4, "Mon", 10, 30, LA)
    yield case(
        f,
        "programada",
        "es",
        org,
        "Entrevista programada en Copperleaf Café",
        sent,
        "Spanish confirmation: 'lunes 4 de octubre de 2027 a las 10:30 a. m.'.",
        "¡Hola Alex! Tu entrevista para Barista en Copperleaf Café quedó programada para "
        "el lunes 4 de octubre de 2027 a las 10:30 a. m. Pregunta por Marco.\n\n"
        "¿Necesitas cambiarla? https://ws.example/r/cl-802",
        inv("invitation", s, None, sent=sent),
    )
    sent = sent_on(10, 2, 9, LA)
    s = when(10, 6, "Wed", 2 + 12, 15, LA)
    yield case(
        f,
        "moved",
        "en",
        org,
        "Your interview time changed",
        sent,
        "Moved interview: the new time 'Wednesday, October 6, 2027 at 2:15 PM'.",
        "Hi Alex, Marco had to move your interview. New time: Wednesday, October 6, "
        "2027 at 2:15 PM, same place. Reply STOP to opt out of texts.",
        inv("reschedule", s, None, sent=sent),
    )
    yield case(
        f,
        "schedule_link",
        "en",
        org,
        "Next step: schedule your interview",
        sent_on(9, 24, 13, LA),
        "Schedule-your-interview link after applying; no time.",
        "Hi Alex! Thanks for applying to Copperleaf Café. Pick an interview time that "
        "works for you here: https://ws.example/s/cl-771 (slots fill up fast!)",
    )
    yield case(
        f,
        "solicitud_recibida",
        "es",
        org,
        "Recibimos tu solicitud",
        sent_on(9, 23, 20, LA),
        "Application received in Spanish.",
        "¡Hola Alex! Recibimos tu solicitud para Barista en Copperleaf Café. Te "
        "escribiremos pronto con los siguientes pasos.",
    )


@builder
def concludis24() -> Iterator[Case]:
    f = "concludis24"
    org = ("Stadtwerke Lindau Personalabteilung", "bewerbung@concludis.example")
    sent = sent_on(10, 4, 11, BER)
    s = when(10, 12, "Tue", 10, 0, BER)
    yield case(
        f,
        "einladung",
        "de",
        org,
        "Einladung zum Vorstellungsgespräch",
        sent,
        "Invitation: 'am Dienstag, 12. Oktober 2027, um 10:00 Uhr'; no zone.",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als "
        "Sachbearbeiter/in Netzanschluss. Gerne möchten wir Sie persönlich kennenlernen "
        "und laden Sie am Dienstag, 12. Oktober 2027, um 10:00 Uhr zu einem "
        "Vorstellungsgespräch ein.\n\nOrt: Bregenzer Straße 22, 88131 Lindau, Raum 1.04"
        "\n\nBitte bestätigen Sie den Termin über Ihren Bewerberzugang.\n\nMit "
        "freundlichen Grüßen\nIhre Personalabteilung",
        inv("invitation", s, None, sent=sent),
        form="both",
    )
    sent = sent_on(10, 6, 14, BER)
    s = when(10, 14, "Thu", 14, 0, BER)
    yield case(
        f,
        "terminbestaetigung",
        "de",
        org,
        "Terminbestätigung",
        sent,
        "Confirmation 'Donnerstag, 14.10.2027 von 14:00 bis 15:00 Uhr'.",
        "Sehr geehrte/r Alex Morgan,\n\nhiermit bestätigen wir Ihren Termin für das "
        "Fachgespräch am Donnerstag, 14.10.2027 von 14:00 bis 15:00 Uhr.\n\nMit "
        "freundlichen Grüßen\nIhre Personalabteilung",
        inv("invitation", s, s + timedelta(hours=1), sent=sent),
    )
    sent = sent_on(10, 11, 9, BER)
    s = when(10, 19, "Tue", 9, 0, BER)
    yield case(
        f,
        "verschiebung",
        "de",
        org,
        "Verschiebung Ihres Vorstellungsgesprächs",
        sent,
        "Moved: 'auf Dienstag, 19. Oktober 2027, 9:00 Uhr verschieben'.",
        "Sehr geehrte/r Alex Morgan,\n\nleider müssen wir Ihr Gespräch am 12.10.2027 "
        "verschieben. Neuer Termin: Dienstag, 19. Oktober 2027, 9:00 Uhr, gleicher Ort."
        "\n\nWir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nIhre "
        "Personalabteilung",
        inv("reschedule", s, None, sent=sent),
    )
    sent = sent_on(10, 18, 15, BER)
    s = when(10, 21, "Thu", 11, 30, BER)
    yield case(
        f,
        "absage_termin",
        "de",
        org,
        "Absage Ihres Gesprächstermins",
        sent,
        "Cancelled appointment 'Donnerstag, 21.10.2027, 11:30 Uhr'.",
        "Sehr geehrte/r Alex Morgan,\n\nden Termin für Ihr Gespräch am Donnerstag, "
        "21.10.2027, 11:30 Uhr müssen wir leider absagen. Wir melden uns mit einem "
        "neuen Terminvorschlag.\n\nMit freundlichen Grüßen\nIhre Personalabteilung",
        {"kind": "cancellation", **timed(s, sent=sent)},
    )
    yield case(
        f,
        "eingangsbestaetigung",
        "de",
        org,
        "Eingangsbestätigung Ihrer Bewerbung",
        sent_on(9, 27, 19, BER),
        "Application receipt in German.",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen "
        "sind vollständig bei uns eingegangen. Wir melden uns nach Ablauf der "
        "Bewerbungsfrist am 1. Oktober 2027 bei Ihnen.\n\nMit freundlichen Grüßen\nIhre "
        "Personalabteilung",
    )


@builder
def talentio24() -> Iterator[Case]:
    f = "talentio24"
    org = ("株式会社ミナト技研 採用担当", "noreply@talentio.example")
    sent = sent_on(2, 2, 10, TYO)
    s = when(2, 9, "Tue", 14, 0, TYO)
    yield case(
        f,
        "nittei_kakutei",
        "ja",
        org,
        "【ミナト技研】面接日程確定のお知らせ",
        sent,
        "Interview fixed: '2027年2月9日（火）14:00〜15:00'; no zone.",
        "Alex Morgan 様\n\nこの度はミナト技研の選考にご応募いただき、誠にありがとうござい"
        "ます。\n面接日程が確定しましたのでご連絡いたします。\n\n日時：2027年2月9日（火）"
        "14:00〜15:00\n場所：東京都港区芝浦3-4-1 8階\n面接官：田中\n\n当日はよろしくお願い"
        "いたします。\n\n株式会社ミナト技研 採用担当",
        inv("invitation", s, s + timedelta(hours=1), sent=sent),
        form="both",
    )
    sent = sent_on(2, 8, 17, TYO)
    s = when(2, 12, "Fri", 10, 0, TYO)
    yield case(
        f,
        "nittei_henkou",
        "ja",
        org,
        "【ミナト技研】面接日程変更のお知らせ",
        sent,
        "Changed: new '2027年2月12日（金）10:00〜10:45'.",
        "Alex Morgan 様\n\n面接日程を下記の通り変更させていただきます。\n\n変更前：2027年2月"
        "10日（水）16:00〜16:45\n変更後：2027年2月12日（金）10:00〜10:45\n\nご迷惑をおかけ"
        "し申し訳ございません。\n\n株式会社ミナト技研 採用担当",
        inv("reschedule", s, s + timedelta(minutes=45), sent=sent),
    )
    sent = sent_on(2, 13, 11, TYO)
    s = when(2, 16, "Tue", 16, 0, TYO)
    yield case(
        f,
        "cancel",
        "ja",
        org,
        "【ミナト技研】面接キャンセルのご連絡",
        sent,
        "Cancelled: '2027年2月16日（火）16:00'.",
        "Alex Morgan 様\n\n2027年2月16日（火）16:00からの最終面接につきまして、誠に勝手"
        "ながらキャンセルとさせていただきます。改めて日程をご相談させてください。\n\n"
        "株式会社ミナト技研 採用担当",
        {"kind": "cancellation", **timed(s, sent=sent)},
    )
    chk(2, 3, "Wed")
    chk(2, 4, "Thu")
    yield case(
        f,
        "nittei_chousei",
        "ja",
        org,
        "【ミナト技研】面接日程調整のお願い",
        sent_on(1, 28, 10, TYO),
        "Scheduling request: candidate dates to choose from, none fixed.",
        "Alex Morgan 様\n\n一次面接の日程を調整させていただきたく、下記候補日よりご都合の"
        "よい日時をお選びください。\n\n・2027年2月3日（水）10:00〜11:00\n・2027年2月4日（木）"
        "15:00〜16:00\n\n回答フォーム：https://talentio.example/f/mk-31\n\n"
        "株式会社ミナト技研 採用担当",
    )
    yield case(
        f,
        "oubo_uketsuke",
        "ja",
        org,
        "【ミナト技研】ご応募ありがとうございます",
        sent_on(1, 20, 20, TYO),
        "Application receipt in Japanese.",
        "Alex Morgan 様\n\nこの度はご応募いただきありがとうございます。書類選考の結果は"
        "1週間以内にご連絡いたします。\n\n株式会社ミナト技研 採用担当",
    )


@builder
def second_wave() -> Iterator[Case]:
    """Dev mails added after the first measurement (labelled before the parser read them)."""
    f = "harver24"
    org = ("Northbay Logistics via Harver", "no-reply@candidates.harver.example")
    sent = sent_on(3, 12, 9, AMS)
    s = when(3, 18, "Thu", 9, 15, AMS)
    yield case(
        f,
        "gesprek_verplaatst",
        "nl",
        org,
        "Je gesprek is verplaatst",
        sent,
        "Dutch move: 'verplaatst naar donderdag 18 maart 2027 om 09:15 uur'; no zone.",
        "Hoi Alex,\n\nJoost kan helaas niet op dinsdag. Je gesprek is daarom verplaatst "
        "naar donderdag 18 maart 2027 om 09:15 uur, op hetzelfde adres.\n\nGroet,\n"
        "Team Recruitment",
        inv("reschedule", s, None, sent=sent),
    )
    yield case(
        f,
        "after_interview",
        "en",
        org,
        "Thanks for interviewing with Northbay",
        sent_on(3, 11, 16, AMS),
        "After-interview thank-you naming the past interview's day and time.",
        "Hi Alex,\n\nThank you for speaking with Sanne today (Thursday, March 11, 2027 at "
        "10:00 AM). We will share an update within a week.\n\nNorthbay Logistics",
    )
    f = "cronofy24"
    s = when(6, 24, "Thu", 16, 0, BER)
    yield case(
        f,
        "abgesagt",
        "de",
        ("Halden Partners GmbH", "scheduler@halden.cronofy.example"),
        "Abgesagt: Vorstellungsgespräch mit Halden Partners",
        sent_on(6, 21, 10, BER),
        "German cancellation: 'Donnerstag, 24. Juni 2027, 16:00–16:30 (Europe/Berlin)'.",
        "Ihr Termin wurde abgesagt\n\nVorstellungsgespräch mit Halden Partners\n"
        "Donnerstag, 24. Juni 2027, 16:00–16:30 (Europe/Berlin)\n\nNachricht von Katrin "
        "Vogel: Wir melden uns mit neuen Zeiten.",
        {"kind": "cancellation", **timed(s, s + timedelta(minutes=30), zone=BER)},
    )
    chk(6, 28, "Mon")
    chk(6, 29, "Tue")
    yield case(
        f,
        "proposed_times",
        "en-GB",
        ("Halden Partners", "scheduler@halden.cronofy.example"),
        "Ruth Penrose proposed new times",
        sent_on(6, 22, 11, LON),
        "Proposal of two times to choose from; nothing confirmed.",
        "Ruth Penrose has proposed new times for 'Interview with Halden Partners':\n\n"
        "- Monday, 28 June 2027 · 10:00 – 10:30 (Europe/London)\n- Tuesday, 29 June 2027 "
        "· 15:00 – 15:30 (Europe/London)\n\nChoose one: https://halden.cronofy.example/p/"
        "e41",
    )
    f = "square24"
    s = when(9, 23, "Thu", 16, 0, CHI)
    yield case(
        f,
        "rescheduled_cdt",
        "en",
        ("Prairie Search Group", "no-reply@squareup.example"),
        "Your appointment was rescheduled",
        sent_on(9, 17, 10, CHI),
        "Reschedule with a zone abbreviation: new 'Thursday, September 23, 2027 at 4:00 "
        "PM CDT', was Tuesday 21st.",
        "Appointment rescheduled\n\nPrairie Search Group\nThursday, September 23, 2027 at "
        "4:00 PM CDT\nScreening interview with Dee Harmon\n\nPreviously: Tuesday, "
        "September 21, 2027 at 9:00 AM CDT",
        {"kind": "reschedule", "start": s.isoformat(), "all_day": False},
    )
    chk(9, 30, "Thu")
    yield case(
        f,
        "request_received",
        "en",
        ("Ridgeway Staffing", "no-reply@squareup.example"),
        "Appointment request received",
        sent_on(9, 24, 12, NY),
        "Request still to be accepted by the business: a requested time, not confirmed.",
        "Request received\n\nRidgeway Staffing will review your request and let you "
        "know if it is accepted.\n\nRequested: Thursday, September 30, 2027 at 10:00 AM "
        "EDT\nCandidate intake interview (45 min)\n\nYou have not been booked yet.",
    )
    f = "sonru24"
    s = when(5, 25, "Tue", 12, 0, MAD)
    yield case(
        f,
        "entrevista_directo",
        "es",
        ("Grupo Almendra", "entrevistas@sonru.example"),
        "Entrevista en directo con Grupo Almendra",
        sent_on(5, 18, 10, MAD),
        "Spanish live interview 'martes 25 de mayo de 2027 a las 12:00 (hora de Madrid)'.",
        "Hola Alex:\n\nTe invitamos a una entrevista en directo por vídeo con Marta Gil "
        "el martes 25 de mayo de 2027 a las 12:00 (hora de Madrid). Duración: 30 "
        "minutos.\n\nUn saludo,\nSelección Grupo Almendra",
        inv("invitation", s, s + timedelta(minutes=30), MAD),
    )
    f = "bookly24"
    sent = sent_on(7, 9, 10, PAR)
    s = when(7, 12, "Mon", 15, 0, PAR)
    yield case(
        f,
        "rappel",
        "fr",
        ("Cabinet Lemaire Conseil", "wordpress@lemaire.example"),
        "Rappel de votre rendez-vous",
        sent,
        "French reminder: 'le 12/07/2027 à 15:00'; no zone.",
        "Bonjour Alex Morgan,\n\nNous vous rappelons votre rendez-vous Entretien de "
        "recrutement le 12/07/2027 à 15:00 au 9 place Bellecour, Lyon.\n\nMerci de "
        "votre confiance.\nCabinet Lemaire Conseil",
        inv("invitation", s, None, sent=sent),
    )
    f = "beisen24"
    sent = sent_on(3, 5, 11, SHA)
    s = when(3, 12, "Fri", 15, 0, SHA)
    yield case(
        f,
        "xiawu",
        "zh-CN",
        ("云杉科技 招聘团队", "hr-noreply@beisen.example"),
        "面试邀请｜云杉科技 产品经理",
        sent,
        "Afternoon written as '下午3:00' (12-hour Chinese clock).",
        "Alex Morgan，您好！\n\n诚邀您参加【产品经理】职位面试。\n\n面试时间：2027年3月12日"
        "（星期五）下午3:00\n面试地点：上海市徐汇区漕溪北路88号 12楼\n\n云杉科技 招聘团队",
        inv("invitation", s, None, sent=sent),
    )
    f = "varbi24"
    osl = "Europe/Oslo"
    sent = sent_on(12, 1, 10, osl)
    s = when(12, 9, "Thu", 10, 0, osl)
    yield case(
        f,
        "innkalling_nb",
        "nb",
        ("Fjordkraft Kommune", "noreply@varbi.example"),
        "Innkalling til intervju",
        sent,
        "Norwegian: 'torsdag 9. desember 2027 kl. 10.00–11.00' with dotted clock times.",
        "Hei Alex!\n\nTakk for søknaden din. Vi vil gjerne invitere deg til intervju "
        "torsdag 9. desember 2027 kl. 10.00–11.00 i rådhuset, møterom 2.\n\n"
        "Vennlig hilsen\nFjordkraft Kommune",
        inv("invitation", s, s + timedelta(hours=1), sent=sent),
    )
    f = "taleez24"
    chk(11, 5, "Fri")
    yield case(
        f,
        "rappel_test",
        "fr",
        ("Maison Verlaine Recrutement", "notifications@taleez.example"),
        "Rappel : test en ligne à compléter",
        sent_on(11, 3, 9, PAR),
        "Online test reminder with a hand-in limit 'avant le vendredi 5 novembre 2027 à 18h00'.",
        "Bonjour Alex,\n\nVotre test en ligne doit être complété avant le vendredi 5 "
        "novembre 2027 à 18h00. Comptez environ 40 minutes.\n\nhttps://app.taleez.example/"
        "t/verlaine-22\n\nMaison Verlaine",
    )
    f = "intervieweb24"
    chk(11, 25, "Thu")
    yield case(
        f,
        "in_attesa",
        "it",
        ("Gruppo Ferrante - Selezione", "noreply@intervieweb.example"),
        "Richiesta di appuntamento ricevuta",
        sent_on(11, 19, 15, ROM),
        "The slot the candidate asked for is still waiting for the recruiter's yes.",
        "Gentile Alex Morgan,\n\nabbiamo ricevuto la sua richiesta: colloquio "
        "giovedì 25 novembre 2027 alle 10:00. La richiesta è in attesa di conferma da "
        "parte del selezionatore; riceverà un'email quando sarà confermata.\n\nUfficio "
        "Selezione Gruppo Ferrante",
    )


MEASURED: list[str] = [
    "First sight (main at 4c5939cc, quick.py, before any parser change), first 70 mails: dev",
    "text 31 of 31 right with the right kind (31 sure), 1 of 19 negatives claimed",
    "(bookly24 pl 'Rezerwacja oczekuje na zatwierdzenie', 0.66); held out text 14 of 14",
    "(14 sure), 0 of 6 claimed; no calendar mail. One dev miss below the claim line:",
    "sonru24 live interview's room link (app.sonru.example/live/...) not taken as meeting_url.",
    "",
    "Second wave (12 dev mails, labelled before the parser read them; measured with the",
    "parser after the Polish rule, which none of them can reach): text 6 of 7 (the Dutch",
    "move 'Joost kan helaas niet op dinsdag. Je gesprek is daarom verplaatst naar ...' is",
    "read as a rejection: 'helaas ... niet'), 2 of 5 negatives claimed (Cronofy-style 'has",
    "proposed new times' read as a reschedule, 0.81; Square-style 'Request received ... You",
    "have not been booked yet', 0.73). Left alone: one source each so far.",
    "",
    "After the three rules below: dev text 37 of 38 (36 sure; the Dutch move stays a miss:",
    "one source), 0 of 24 claimed; held out unchanged (14 of 14, 14 sure, 0 of 6 claimed).",
    "Whole corpus (quick.py + cmp.py, main's parser vs this branch): 1 FIXED (bookly24 pl),",
    "0 BROKE, held out better 0 worse 0; dev false claims 24 -> 23 (the 12 second-wave mails",
    "exist only in the after run: none claimed), everything else unchanged.",
]
RULES: list[str] = [
    "- Polish booking mail still waiting for someone's yes: `(?:czeka|oczekuje) na",
    "  (?:potwierdzenie|zatwierdzenie|akceptację)` (was `potwierdzenie` only) among the",
    "  pending-approval words in lexicon.py. Sources: this batch's bookly24 (pl) and public",
    "  booking mailers in the code index: a car-rental WordPress plugin's wp_mail text 'Twoja",
    "  rezerwacja oczekuje na zatwierdzenie', an equipment-rental mail 'Twoja rezerwacja",
    "  oczekuje na akceptację', a salon booking mailer 'oczekuje na potwierdzenie przez salon'.",
    "- English receipts of booking requests: '(appointment|booking|reservation|request|",
    "  interview|slot|you) is/are/has/have not (yet) (been) confirmed/booked (yet)' with the",
    "  same pending words. Sources: this batch's square24 request receipt and public booking",
    "  code: a dealer test-drive request template ('Your appointment is not confirmed yet.'),",
    "  a clinic booking page ('Your appointment is not confirmed yet. We have received your",
    "  request'), a booking.request_received string in no/en/tr, a telehealth app's note.",
    "- 'X has/have proposed new times for your appointment/interview' offers a choice",
    "  (`_ALTERNATIVES_WORDS`, confidence <= 0.45): this batch's cronofy24 and public booking",
    "  and interview code ('has proposed new times for your ... appointment. Tap to choose a",
    "  slot', a react-email 'Reschedule Request - {proposer} has proposed new times', an",
    "  interview-invite mailer 'has proposed new times for your interview ... Please click').",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the tools24 batch (`build_tools24.py`)",
        "",
        "Notification mail of interview-scheduling, booking and applicant-tracking tools new to "
        "the corpus. Layouts (which fields, in which order, date styles) are recalled from the "
        "vendors' help centres and public screenshots; no vendor text is copied, every sentence "
        "is ours. People, companies and links are made up; dates in 2027. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_tools24.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    if MEASURED:
        lines += ["", "## Measured", "", *MEASURED]
    lines += ["", "## Rules and their sources", "", *(RULES or ["None added."])]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-tools24.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
