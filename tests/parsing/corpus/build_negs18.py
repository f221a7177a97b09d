"""Write the "negs18" batch: look-alikes from job platforms and recruiting tools.

Run: .venv/bin/python tests/parsing/corpus/build_negs18.py

Mail a job seeker gets from job boards, recruiter-messaging tools, one-way video interview,
coding-test, assessment, reference-check, e-signature and survey services, each with a future
date and time that sets no live interview for the reader, in en, de, fr, es, nl, it, pt-BR,
pl, ja, zh-CN, hi/en-IN and ar: 'application viewed' and profile-view notices, 'the employer
wants to talk' with a link to book, recruiters proposing a call without a time, one-way video
interviews to complete by a deadline, coding-test windows, assessment reminders, group
information sessions and employer webinars, talent-community events, reference-check portals,
offer signature deadlines and candidate surveys. About one message in four is a control in
the same platform voice that does book the reader's live interview.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Mail helpers are those of build_parse-pos.py (loaded, not copied). Output is
deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
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
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; shapes of job-board, recruiter-messaging, one-way video, coding-test, "
    "assessment, reference-check, e-signature and survey notifications written from memory "
    "of such mail, no product's template or translation copied; " + OWN
)
NEG = "not_invitation"
BULK = {"List-Unsubscribe": "<https://unsubscribe.example/u/18>", "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated"}
AUTOREPLY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MIN = timedelta(minutes=1)


# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "boardview18": "dev",
    "inmail18": "dev",
    "oneway18": "dev",
    "codetest18": "dev",
    "infosession18": "dev",
    "refcheck18": "dev",
    "esign18": "dev",
    "booked18": "dev",
    "selfsched18": "dev",
    "assessremind18": "heldout",
    "talentcomm18": "heldout",
    "survey18": "heldout",
}

SOURCES = {
    "boardview18": "Job-board notifications: application viewed, profile views, 'an employer "
    "wants to talk to you' with a link to book, reply-by dates (en, de, fr, es, nl, en-IN); "
    "control: a job board's 'interview scheduled' notice with the slot (en).",
    "inmail18": "Recruiter InMail/Xing-style messages proposing a call without a set time, "
    "naming only when the recruiter is free (en, de, nl, it, pt-BR, pl); controls: the same "
    "recruiters confirming a call at a time (de, en).",
    "oneway18": "One-way (recorded) video interview invitations to complete by a deadline "
    "(en, de, fr, es, ja, zh-CN); controls: live video interviews at a set time (en, fr).",
    "codetest18": "Coding-test windows: open from/to, a deadline, a time limit once started "
    "(en, pl, en-IN, zh-CN, pt-BR); controls: live pair-programming interviews (pl, en).",
    "infosession18": "Group information sessions, employer webinars and pre-placement talks "
    "(en, fr, es, ja, en-IN, it); controls: an individual interview set by the same employers "
    "(fr, ja).",
    "refcheck18": "Reference-check portals: referees' response deadlines, consent forms and "
    "the reader asked as a referee (en, de, fr, es, pl); control: a final interview booked "
    "once references are in (en).",
    "esign18": "Offer and contract e-signature deadlines (en, de, es, it, ja, ar); control: a "
    "final interview set before the offer (es).",
    "booked18": "Controls only: platforms confirming a slot the reader booked or was given "
    "(en, de, es, ja, zh-CN, en-IN, ar).",
    "selfsched18": "Self-scheduling invitations: pick a slot by a deadline, slots shown as "
    "options (it, pl, ar, ja, de, en); control: the confirmation after picking (it).",
    "assessremind18": "Assessment reminders: online tests, questionnaires and game-based "
    "assessments due by a time (de, nl, it, ar, es); controls: reminders of the reader's own "
    "interview (nl, es).",
    "talentcomm18": "Talent-community events: meetups, open days and newsletters with event "
    "times (en, de, nl, pt-BR, it); control: a talent-community recruiter booking an interview "
    "(pt-BR).",
    "survey18": "Candidate-experience surveys closing on a date and time (en, nl, pl, zh-CN, "
    "pt-BR); control: a survey about the first round that also gives the next interview (en).",
}

LON, BER, PAR, MAD, ROM, AMS, LIS, WAW, STO = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Lisbon",
    "Europe/Warsaw",
    "Europe/Stockholm",
)
TYO, SEL, SHA, SAO, MEX, NYC, BRU, ZRH, DUB, VIE = (
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Shanghai",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "America/New_York",
    "Europe/Brussels",
    "Europe/Zurich",
    "Europe/Dublin",
    "Europe/Vienna",
)
MSK, KYI, IST, RUH = "Europe/Moscow", "Europe/Kyiv", "Europe/Istanbul", "Asia/Riyadh"


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(2027, mo, d, h, 7, zone)


def zoned(start: datetime, end: datetime | None, zone: str) -> dict[str, object]:
    """An invitation label whose text states the zone."""
    return {"kind": "invitation", **timed(start, end, zone=zone)}


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


def _headers(raw: bytes, headers: dict[str, str] | None) -> bytes:
    if not headers:
        return raw
    extra = "".join(f"{key}: {value}\r\n" for key, value in headers.items()).encode()
    return raw.replace(b"MIME-Version: 1.0", extra + b"MIME-Version: 1.0", 1)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    *,
    label: dict[str, object] | None = None,
    form: str = "text",
    headers: dict[str, str] | None = None,
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    raw = mail(
        f"negs18/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    raw = _headers(raw, headers)
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
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
    *,
    label: dict[str, object] | None = None,
) -> Case:
    """The user forwards a message with a note of their own."""
    raw = pp.forward(
        f"negs18/{family}/{name}",
        client=client,
        lang=lang.split("-")[0],
        user=ME,
        org=org,
        orig_sent=sent,
        subject=subject,
        body=body,
        note=note_text,
    )
    if label is not None:
        label = {**label, "organizer_email": org[1]}
    full = {**(label or {"kind": NEG}), "original_sender": org[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, HAND, OWN)


def slot(start: datetime, end: datetime | None, sent: datetime) -> dict[str, object]:
    """An invitation label whose text states no zone (wall time, the Date's offset)."""
    return {"kind": "invitation", **timed(start, end, sent=sent)}


PRG, BUD, BUH, JKT, DEL = (
    "Europe/Prague",
    "Europe/Budapest",
    "Europe/Bucharest",
    "Asia/Jakarta",
    "Asia/Kolkata",
)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


CHI, DXB = "America/Chicago", "Asia/Dubai"
JOBS = ("JobNest", "notifications@jobnest.example")


# FAMILIES
def boardview18() -> Iterator[Case]:
    f = "boardview18"
    chk(4, 16, "Fri")
    yield case(
        f,
        "application_viewed",
        "en",
        JOBS,
        "Good news: Harlow Biotech viewed your application",
        sent_on(4, 12, 9, NYC),
        "Job-board notice that the employer viewed the application; the only time is the "
        "posting's closing time.",
        "Hi Alex,\n\nHarlow Biotech viewed your application for Lab Operations Coordinator "
        "(Cambridge, MA).\n\nViewed: Apr 12, 2027, 8:41 AM\nApplications close: Friday, April 16, "
        "2027 at 11:59 PM ET\n\nEmployers usually reply within 5 business days. Want to stand "
        "out? Add a short note to your application.\n\nView application status\n"
        "https://jobnest.example/a/88231\n\nYou're receiving this because you applied on JobNest."
        "\nManage email settings: https://jobnest.example/settings",
        headers=BULK,
        form="both",
    )
    chk(4, 20, "Tue")
    yield case(
        f,
        "profilbesucher",
        "de",
        ("Karriereplatz", "news@karriereplatz.example.de"),
        "Alex, 14 Personen haben Ihr Profil besucht",
        sent_on(4, 13, 7, BER),
        "Weekly profile-view digest; the date and time belong to a platform webinar.",
        "Hallo Alex Morgan,\n\nin den letzten 7 Tagen haben 14 Personen Ihr Profil besucht, "
        "darunter 3 Recruiter:innen (u. a. von Seehaus Versicherungen und Nordlicht Software).\n"
        "\nTipp der Woche: Im Live-Webinar \u201eSo überzeugt Ihr Profil\u201c am Dienstag, "
        "20. April 2027 um 18:00 Uhr zeigen wir, worauf Recruiter achten. Kostenlos für alle "
        "Mitglieder.\n\nZu Ihren Profilbesuchern: https://karriereplatz.example.de/besucher\n\n"
        "Ihr Karriereplatz-Team",
        headers=BULK,
        form="html",
    )
    chk(4, 23, "Fri")
    yield case(
        f,
        "recruteur_consulte",
        "fr",
        ("EmploiDirect", "alertes@emploidirect.example.fr"),
        "Un recruteur a consulté votre candidature",
        sent_on(4, 14, 10, PAR),
        "French job board: the recruiter looked at the application and should answer before a "
        "date and hour.",
        "Bonjour Alex,\n\nBonne nouvelle ! Le recruteur de Maison Ferrand a consulté votre "
        "candidature au poste de Chargé(e) de clientèle (Bordeaux).\n\nStatut : Candidature vue "
        "\u2013 le 14/04/2027 à 09h52\nRéponse attendue : avant le vendredi 23 avril 2027, 18h00"
        "\n\nEn attendant, complétez votre profil pour augmenter vos chances.\n\n"
        "Suivre ma candidature : https://emploidirect.example.fr/suivi/55102\n\n"
        "L'équipe EmploiDirect",
        headers=BULK,
    )
    chk(4, 23, "Fri")
    yield case(
        f,
        "empleador_quiere_hablar",
        "es",
        ("Trabajalia", "avisos@trabajalia.example.es"),
        "\u00a1Una empresa quiere hablar contigo!",
        sent_on(4, 15, 12, MAD),
        "'An employer wants to talk to you' with a link to pick a time before a deadline.",
        "Hola, Alex:\n\nLogística Vera quiere conocerte para la oferta de Técnico/a de "
        "planificación en Zaragoza.\n\nElige el día y la hora que mejor te vengan para una "
        "llamada de 15 minutos. Los huecos disponibles caducan el viernes 23 de abril a las "
        "18:00.\n\n[ Reservar llamada ] https://trabajalia.example.es/agenda/vera-7741\n\n"
        "Si no te interesa, puedes declinar desde el mismo enlace.\n\nEl equipo de Trabajalia",
        headers=BULK,
        form="both",
    )
    chk(4, 22, "Thu")
    yield case(
        f,
        "werkgever_wil_kennismaken",
        "nl",
        ("Vacaturewijzer", "meldingen@vacaturewijzer.example.nl"),
        "Werkgever wil kennismaken \u2013 plan zelf een moment",
        sent_on(4, 16, 8, AMS),
        "Dutch job board: an employer wants to meet; the reader plans a moment via a link, "
        "slots shown until a date.",
        "Hoi Alex,\n\nDe recruiter van Bakkerij Van Dalen heeft je cv bekeken en wil graag "
        "kennismaken voor de functie Planner productie (Zwolle).\n\nKies zelf een moment dat "
        "jou uitkomt. Er zijn momenten beschikbaar tot en met donderdag 22 april, tussen 9.00 en "
        "16.00 uur.\n\nMoment kiezen: https://vacaturewijzer.example.nl/plan/vd-3391\n\n"
        "Groet,\nVacaturewijzer",
        headers=BULK,
    )
    chk(4, 21, "Wed")
    yield case(
        f,
        "recruiter_viewed_profile",
        "en-IN",
        ("NaukriHub", "alerts@naukrihub.example.in"),
        "3 recruiters viewed your profile this week | Respond by 21 Apr",
        sent_on(4, 17, 10, DEL),
        "Indian job portal: recruiter views and a 'respond by' time for a recruiter's question.",
        "Dear Alex,\n\nRecruiters are looking at your profile!\n\n1. Talent Acquisition, "
        "Verdant Fintech Pvt Ltd \u2013 viewed on 17 Apr 2027\n2. HR, Kaveri Motors \u2013 "
        "viewed on 16 Apr 2027\n3. Consultant, PeopleFirst Staffing \u2013 viewed on 15 Apr 2027"
        '\n\nVerdant Fintech has sent you a question: "Are you open to relocating to Pune?" '
        "Please respond by Wed, 21 Apr 2027, 6:00 PM IST to stay in consideration.\n\n"
        "Reply now: https://naukrihub.example.in/q/77120\n\nRegards,\nTeam NaukriHub",
        headers=BULK,
        form="html",
    )
    st = when(5, 4, "Tue", 14, 30, CHI)
    sent = sent_on(4, 26, 11, CHI)
    yield case(
        f,
        "interview_scheduled",
        "en",
        JOBS,
        "Interview scheduled: Prairie Freight - Dispatcher",
        sent,
        "Control: the same job board confirms the interview the employer scheduled, with slot "
        "and zone.",
        "Hi Alex,\n\nPrairie Freight scheduled an interview with you.\n\nRole: Dispatcher "
        "(Joliet, IL)\nWhen: Tuesday, May 4, 2027, 2:30 PM \u2013 3:00 PM (America/Chicago)\n"
        "Where: Phone call \u2013 Dana Whitfield will call you at the number on your profile\n\n"
        "Need to change it? Reply through JobNest messages at least 24 hours ahead.\n\n"
        "Good luck!\nThe JobNest team",
        label=zoned(st, st + 30 * MIN, CHI),
        headers=AUTO,
    )


def inmail18() -> Iterator[Case]:
    f = "inmail18"
    yield case(
        f,
        "quick_call_next_week",
        "en",
        ("Megan Ortiz via LinkLink", "inmail-hit-reply@linklink.example"),
        "Megan Ortiz: Senior Data Engineer opportunity - quick chat?",
        sent_on(4, 8, 14, NYC),
        "InMail-style message proposing a call next week; only the recruiter's free hours.",
        "Hi Alex,\n\nI came across your profile and your Spark/Airflow background stood out. "
        "I'm hiring a Senior Data Engineer for a Series B logistics startup (remote, US).\n\n"
        "Would you be open to a 15-20 min call sometime next week? I'm pretty flexible - "
        "Tuesday after 3pm ET or most of Thursday morning works on my end. Just let me know "
        "what suits you and I'll send an invite.\n\nBest,\nMegan\n\n---\nReply to this InMail: "
        "https://linklink.example/messaging/t/55810",
    )
    chk(4, 15, "Thu")
    yield case(
        f,
        "telefonat_donnerstag",
        "de",
        ("Jonas Reuter über Karriereplatz", "nachrichten@karriereplatz.example.de"),
        "Neue Nachricht von Jonas Reuter",
        sent_on(4, 9, 11, BER),
        "Xing-style recruiter message: 'when could we speak?', the recruiter is reachable "
        "Thursday between 10 and 12; nothing set.",
        "Jonas Reuter hat Ihnen eine Nachricht geschickt:\n\n\u201eHallo Herr Morgan,\n\nich "
        "betreue für einen Mittelständler aus Stuttgart die Position Teamleitung Controlling. "
        "Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat? Ich "
        "bin am Donnerstag, 15.04., zwischen 10 und 12 Uhr gut erreichbar \u2013 gerne aber auch "
        "zu einem anderen Zeitpunkt, schlagen Sie einfach etwas vor.\n\nBeste Grüße\nJonas "
        "Reuter\u201c\n\nAntworten: https://karriereplatz.example.de/nachrichten/90112",
    )
    yield case(
        f,
        "even_bellen",
        "nl",
        ("Sanne de Wit", "sanne@talentbrug.example.nl"),
        "Functie Product Owner - even bellen?",
        sent_on(4, 12, 16, AMS),
        "Dutch recruiter asks when she can call; proposes two options, none agreed.",
        "Hoi Alex,\n\nLeuk dat je reageerde op mijn bericht via LinkLink! Zullen we even "
        "bellen over de rol als Product Owner bij een zorgverzekeraar in Utrecht? Dinsdag 20/4 "
        "rond 13.00 of woensdag 21/4 na 16.00 zou mij goed uitkomen, maar zeg het maar.\n\n"
        "Groetjes,\nSanne de Wit\nTalentbrug Recruitment\n06-12345678",
    )
    yield case(
        f,
        "due_chiacchiere",
        "it",
        ("Marco Bellini tramite LinkLink", "inmail-hit-reply@linklink.example"),
        "Marco Bellini: opportunità Backend Developer (Bologna)",
        sent_on(4, 13, 10, ROM),
        "Italian InMail proposing a call 'one of these days'; a time only as availability.",
        "Ciao Alex,\n\nho visto il tuo profilo e credo che potresti essere interessato a una "
        "posizione da Backend Developer (Go) per un cliente nel settore pagamenti, ibrido a "
        "Bologna.\n\nTi andrebbe di fare due chiacchiere al telefono nei prossimi giorni? Io "
        "sono libero giovedì 15 dalle 14:00 in poi, altrimenti dimmi tu quando preferisci.\n\n"
        "Un saluto,\nMarco Bellini \u2013 Sestante Executive Search",
    )
    yield case(
        f,
        "bate_papo",
        "pt-BR",
        ("Juliana Rocha via LinkLink", "inmail-hit-reply@linklink.example"),
        "Juliana Rocha: vaga de Analista de BI - podemos conversar?",
        sent_on(4, 14, 9, SAO),
        "Brazilian recruiter asks for a good time; offers a window, nothing agreed.",
        "Oi, Alex! Tudo bem?\n\nSou recrutadora na Ponte Talentos e estou com uma vaga de "
        "Analista de BI Sênior (remoto) para uma varejista. Seu perfil tem tudo a ver!\n\n"
        "Topa um bate-papo rápido de 20 minutos esta semana? Tenho horário livre na "
        "quinta (15/04) entre 10h e 12h ou na sexta à tarde. Me fala qual fica melhor que eu "
        "te mando o convite.\n\nAbraço,\nJuliana",
    )
    yield case(
        f,
        "krotka_rozmowa",
        "pl",
        ("Tomasz Nowicki przez LinkLink", "inmail-hit-reply@linklink.example"),
        "Tomasz Nowicki: Propozycja współpracy - QA Lead",
        sent_on(4, 15, 13, WAW),
        "Polish InMail: a short call 'whenever suits'; the recruiter's availability from 9:00.",
        "Cześć Alex,\n\nprowadzę rekrutację na stanowisko QA Lead w firmie produktowej z "
        "Krakowa (praca hybrydowa). Czy znalazłbyś chwilę na krótką rozmowę telefoniczną w "
        "przyszłym tygodniu? Jestem dostępny od poniedziałku 19.04 od 9:00 do 17:00 \u2013 "
        "daj znać, jaka pora Ci pasuje.\n\nPozdrawiam\nTomasz Nowicki\nIT Rekruter, Most HR",
    )
    st = when(4, 15, "Thu", 10, 30, BER)
    sent = sent_on(4, 10, 9, BER)
    yield case(
        f,
        "telefonat_bestaetigt",
        "de",
        ("Jonas Reuter über Karriereplatz", "nachrichten@karriereplatz.example.de"),
        "Neue Nachricht von Jonas Reuter",
        sent,
        "Control: the same recruiter confirms the call at a time the reader chose.",
        "Jonas Reuter hat Ihnen eine Nachricht geschickt:\n\n\u201eHallo Herr Morgan,\n\n"
        "prima, dann rufe ich Sie wie besprochen am Donnerstag, 15.04.2027, um 10:30 Uhr unter "
        "Ihrer Mobilnummer an. Planen Sie etwa 30 Minuten ein.\n\nBis Donnerstag!\nJonas "
        "Reuter\u201c\n\nAntworten: https://karriereplatz.example.de/nachrichten/90112",
        label=slot(st, st + 30 * MIN, sent),
    )
    st = when(4, 20, "Tue", 15, 30, NYC)
    sent = sent_on(4, 9, 10, NYC)
    yield case(
        f,
        "call_locked_in",
        "en",
        ("Megan Ortiz via LinkLink", "inmail-hit-reply@linklink.example"),
        "Megan Ortiz: Re: Senior Data Engineer opportunity - quick chat?",
        sent,
        "Control: the recruiter confirms the call at a set time and zone.",
        "Perfect - locked in for Tuesday, April 20 at 3:30 PM ET (America/New_York). I'll call "
        "you on the number you sent; we'll need about 20 minutes.\n\nTalk then,\nMegan\n\n---\n"
        "Reply to this InMail: https://linklink.example/messaging/t/55810",
        label=zoned(st, st + 20 * MIN, NYC),
    )


VID = ("Vidora on behalf of Castell Retail", "no-reply@vidora.example")


def oneway18() -> Iterator[Case]:
    f = "oneway18"
    chk(4, 23, "Fri")
    yield case(
        f,
        "complete_by_friday",
        "en",
        VID,
        "Castell Retail has invited you to a video interview",
        sent_on(4, 19, 9, LON),
        "One-way video interview: record answers any time before Friday 23:59; not a meeting.",
        "Hi Alex,\n\nThank you for applying for Store Operations Graduate at Castell Retail. "
        "The next step is an on-demand video interview. There's no one on the other end: "
        "you'll see each question on screen and record your answer.\n\n- 5 questions, up to "
        "2 minutes each\n- 1 practice question before you start\n- Complete by: Friday 23 "
        "April 2027, 23:59 (UK time)\n\nStart your interview: https://app.vidora.example/i/"
        "k2Pq81\n\nTip: use Chrome and a quiet room. Once started, please finish in one go.\n\n"
        "Good luck!\nCastell Retail Early Careers",
        headers=AUTO,
        form="both",
    )
    chk(4, 16, "Fri")
    yield case(
        f,
        "zeitversetzt",
        "de",
        ("Vidora im Auftrag der Lindauer Bank", "no-reply@vidora.example"),
        "Einladung zum zeitversetzten Video-Interview",
        sent_on(4, 12, 10, BER),
        "German one-way video interview to finish by a date and 23:59.",
        "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Trainee Firmenkunden. "
        "Im nächsten Schritt bitten wir Sie um ein zeitversetztes Video-Interview: Sie "
        "beantworten vier Fragen per Videoaufnahme, wann es Ihnen passt.\n\nBitte schließen "
        "Sie das Interview bis Freitag, 16.04.2027, 23:59 Uhr ab.\n\nZum Interview: "
        "https://app.vidora.example/i/LB-4471\n\nDauer: ca. 20 Minuten. Sie können vorab "
        "beliebig oft üben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Lindauer Bank",
        headers=AUTO,
        form="html",
    )
    chk(4, 16, "Fri")
    yield case(
        f,
        "entretien_differe",
        "fr",
        ("Vidora pour Groupe Sorel", "no-reply@vidora.example"),
        "Votre entretien vidéo différé \u2013 à réaliser avant le 16 avril",
        sent_on(4, 12, 11, PAR),
        "French deferred video interview to record before Friday 23h59.",
        "Bonjour Alex,\n\nSuite à votre candidature au poste d'Assistant(e) chef de projet, "
        "Groupe Sorel vous invite à un entretien vidéo différé. Vous enregistrez vos réponses "
        "au moment de votre choix.\n\nDate limite : vendredi 16 avril 2027 à 23h59 (heure de "
        "Paris)\nDurée estimée : 15 minutes\n\nCommencer : https://app.vidora.example/i/"
        "GS-2290\n\nCordialement,\nL'équipe Recrutement Groupe Sorel",
        headers=AUTO,
    )
    chk(4, 26, "Mon")
    yield case(
        f,
        "entrevista_grabada",
        "es",
        ("Vidora en nombre de Farmacias Olmo", "no-reply@vidora.example"),
        "Recordatorio: tu entrevista en vídeo vence el lunes",
        sent_on(4, 22, 17, MEX),
        "Reminder for a recorded video interview due Monday at 11:59 p.m.",
        "Hola Alex:\n\nTodavía no has completado tu entrevista en vídeo para Farmacias Olmo "
        "(Coordinador/a de sucursal).\n\nTienes hasta el lunes 26 de abril de 2027 a las "
        "23:59 (hora del centro de México) para grabar tus respuestas.\n\nContinuar: "
        "https://app.vidora.example/i/FO-118\n\nNo hay entrevistador en vivo: puedes hacerla "
        "cuando quieras antes de esa fecha.\n\nSaludos,\nEquipo de Talento, Farmacias Olmo",
        headers=AUTO,
    )
    chk(4, 20, "Tue")
    yield case(
        f,
        "rokuga_mensetsu",
        "ja",
        ("採用担当（株式会社ミナト食品）", "saiyo@minato-foods.example.jp"),
        "【ミナト食品】録画面接のご案内",
        sent_on(4, 14, 10, TYO),
        "Japanese recorded (one-way) interview: submit by 4/20 23:59.",
        "アレックス・モーガン様\n\nこの度は弊社総合職にご応募いただき、誠にありがとうございます。"
        "\n次の選考として、録画面接をお願いしております。下記URLより、ご都合のよい時間に"
        "ご回答を録画してください。\n\n提出期限：2027年4月20日（火）23:59\n所要時間：約15分"
        "（質問3問）\nURL：https://app.vidora.example/i/MF-5530\n\n※面接官とのライブ面接ではありません。"
        "\n\n株式会社ミナト食品 人事部 採用担当",
        headers=AUTO,
    )
    chk(4, 22, "Thu")
    yield case(
        f,
        "ai_mianshi",
        "zh-CN",
        ("星河科技招聘", "hr@xinghe-tech.example.cn"),
        "【星河科技】AI视频面试邀请",
        sent_on(4, 16, 15, SHA),
        "Chinese AI video interview to complete before a deadline; no interviewer.",
        "亲爱的Alex：\n\n感谢您投递星河科技「数据分析师」岗位。请您完成AI视频面试，"
        "系统将随机出题，您录制回答即可。\n\n完成截止时间：2027年4月22日（星期四）23:59\n"
        "面试链接：https://ai.xinghe-tech.example.cn/v/88310\n预计用时：20分钟\n\n"
        "请在安静的环境中作答，开始后不可暂停。\n\n星河科技 人力资源部",
        headers=AUTO,
        form="html",
    )
    st = when(4, 22, "Thu", 11, 0, LON)
    sent = sent_on(4, 16, 14, LON)
    yield case(
        f,
        "live_video_booked",
        "en",
        VID,
        "Your live video interview with Castell Retail is confirmed",
        sent,
        "Control: the same video platform books a live interview with a set time and zone.",
        "Hi Alex,\n\nYour live video interview is confirmed.\n\nCompany: Castell Retail\n"
        "Interviewer: Priya Natarajan, Area Manager\nDate: Thursday, April 22, 2027\nTime: "
        "11:00 AM \u2013 11:45 AM (Europe/London)\n\nJoin from your browser at the time above: "
        "https://app.vidora.example/live/CR-9021\n\nThis is a live conversation, not a "
        "recording. Please join a couple of minutes early.\n\nCastell Retail Early Careers",
        label=zoned(st, st + 45 * MIN, LON),
        headers=AUTO,
    )
    st = when(4, 27, "Tue", 14, 30, PAR)
    sent = sent_on(4, 20, 9, PAR)
    yield case(
        f,
        "entretien_direct",
        "fr",
        ("Vidora pour Groupe Sorel", "no-reply@vidora.example"),
        "Entretien vidéo en direct \u2013 mardi 27 avril à 14h30",
        sent,
        "Control: after the deferred interview, a live video interview is set.",
        "Bonjour Alex,\n\nMerci pour votre entretien vidéo différé. Nous souhaitons poursuivre "
        "avec un entretien vidéo en direct avec Claire Dumoulin, responsable du pôle projets.\n"
        "\nmardi 27 avril 2027, de 14h30 à 15h15\nLien : https://app.vidora.example/live/GS-77"
        "\n\nCordialement,\nL'équipe Recrutement Groupe Sorel",
        label=slot(st, st + 45 * MIN, sent),
    )


def codetest18() -> Iterator[Case]:
    f = "codetest18"
    chk(4, 19, "Mon")
    chk(4, 21, "Wed")
    yield case(
        f,
        "test_window",
        "en",
        ("CodeGauge for Fernhill Labs", "no-reply@codegauge.example"),
        "Fernhill Labs invited you to a coding assessment",
        sent_on(4, 15, 16, LON),
        "Coding-test window: opens Monday 09:00, closes Wednesday 23:59 UTC; 90 minutes once "
        "started.",
        "Hello Alex,\n\nFernhill Labs has invited you to take the Backend Engineer assessment "
        "on CodeGauge.\n\nTest window: opens Mon 19 Apr 2027, 09:00 UTC \u2013 closes Wed 21 "
        "Apr 2027, 23:59 UTC\nDuration: 90 minutes (the timer starts when you open the first "
        "question)\nLanguages: Python, Go, Java\n\nStart test: https://codegauge.example/t/"
        "fh-4418\n\nYou can take the test any time in the window. Make sure you have a stable "
        "connection.\n\nThe CodeGauge team",
        headers=AUTO,
        form="both",
    )
    yield case(
        f,
        "test_techniczny",
        "pl",
        ("Rekrutacja Kodrix", "rekrutacja@kodrix.example.pl"),
        "Zadanie techniczne \u2013 Junior Java Developer",
        sent_on(4, 9, 12, WAW),
        "Polish technical test available from one date and time to another.",
        "Cześć Alex,\n\ndziękujemy za aplikację! Kolejnym etapem jest test techniczny online.\n"
        "\nTest będzie dostępny od 12.04.2027, godz. 8:00 do 14.04.2027, godz. 23:59. Na "
        "rozwiązanie masz 60 minut od momentu rozpoczęcia.\n\nLink: https://codegauge.example/"
        "t/kx-207\n\nPo sprawdzeniu wyników odezwiemy się w ciągu tygodnia.\n\nPowodzenia!\n"
        "Zespół Rekrutacji Kodrix",
    )
    chk(4, 24, "Sat")
    yield case(
        f,
        "online_assessment",
        "en-IN",
        ("Campus Hiring - Tarang Systems", "campus@tarang.example.in"),
        "Online Coding Assessment | Tarang Systems | Last date 24-Apr-2027",
        sent_on(4, 19, 11, DEL),
        "Indian campus-hiring coding assessment to attempt any time before a last date and time.",
        "Dear Candidate,\n\nGreetings from Tarang Systems!\n\nYou have been shortlisted for the "
        "Online Coding Assessment for the role of Graduate Engineer Trainee.\n\nAssessment "
        "link: https://codegauge.example/t/tarang-ge27\nAttempt any time before: Saturday, "
        "24-Apr-2027, 11:00 PM IST\nDuration: 75 minutes (2 coding questions + 20 MCQs)\n\n"
        "Kindly use a laptop with webcam; the test is proctored. Shortlisted candidates will be "
        "informed about the interview schedule separately.\n\nRegards,\nCampus Hiring Team\n"
        "Tarang Systems Pvt. Ltd.",
    )
    yield case(
        f,
        "bishi",
        "zh-CN",
        ("云帆网络校园招聘", "campus@yunfan.example.cn"),
        "【云帆网络】在线笔试通知",
        sent_on(4, 14, 10, SHA),
        "Chinese online written/coding test: start any time in a window.",
        "Alex同学你好：\n\n恭喜你通过简历筛选！请参加云帆网络2027届校园招聘在线笔试。\n\n"
        "笔试时间：可在4月18日 09:00 至 4月20日 21:00 之间任意时间开始\n笔试时长：90分钟\n"
        "笔试链接：https://codegauge.example/t/yf-2027\n\n请提前调试摄像头，笔试全程监考。"
        "面试安排将另行通知。\n\n云帆网络 校园招聘组",
        headers=AUTO,
    )
    chk(4, 22, "Thu")
    yield case(
        f,
        "desafio_tecnico",
        "pt-BR",
        ("Time de Talentos Pipa Pagamentos", "talentos@pipa.example.com.br"),
        "Desafio técnico - Desenvolvedor(a) Front-end",
        sent_on(4, 16, 15, SAO),
        "Brazilian take-home challenge with a deadline day and hour.",
        "Olá, Alex!\n\nQue bom ter você no nosso processo. A próxima etapa é o desafio "
        "técnico: o enunciado está no repositório abaixo.\n\nRepositório: "
        "https://git.pipa.example.com.br/desafio-front\nPrazo de entrega: quinta-feira, 22/04, "
        "até as 18h (horário de Brasília)\n\nCapriche no README! Depois da avaliação a gente "
        "volta a falar com você.\n\nAbraços,\nTime de Talentos Pipa",
    )
    st = when(4, 27, "Tue", 11, 0, WAW)
    sent = sent_on(4, 19, 10, WAW)
    yield case(
        f,
        "live_coding",
        "pl",
        ("Rekrutacja Kodrix", "rekrutacja@kodrix.example.pl"),
        "Rozmowa techniczna (live coding) \u2013 27 kwietnia",
        sent,
        "Control: after the test, a live coding interview with the team at a set time.",
        "Cześć Alex,\n\ngratulacje \u2013 test poszedł Ci bardzo dobrze! Zapraszamy na rozmowę "
        "techniczną z elementami live codingu z Pawłem i Martą z zespołu.\n\nTermin: wtorek, "
        "27 kwietnia 2027, 11:00\u201312:00\nGdzie: Google Meet, https://meet.example/kdx-rst"
        "\n\nDaj znać, czy termin pasuje.\n\nZespół Rekrutacji Kodrix",
        label=slot(st, st + 60 * MIN, sent),
    )
    st = when(4, 29, "Thu", 15, 0, LON)
    sent = sent_on(4, 23, 9, LON)
    yield case(
        f,
        "pairing_booked",
        "en",
        ("Fernhill Labs Recruiting", "recruiting@fernhill.example"),
        "Pair-programming interview booked - Thu 29 April, 15:00",
        sent,
        "Control: a live pair-programming interview booked after the test.",
        "Hi Alex,\n\nThanks for completing the CodeGauge assessment - nice work. You're booked "
        "in for the pair-programming interview:\n\nThursday 29 April 2027, 15:00\u201316:00 "
        "(UK time)\nWith: Tomasz and Ade from the platform team\nLink: https://meet.example/"
        "fh-pair-29\n\nNo prep needed beyond having your editor of choice ready.\n\nCheers,\n"
        "Hannah\nFernhill Labs Recruiting",
        label=slot(st, st + 60 * MIN, sent),
    )


def infosession18() -> Iterator[Case]:
    f = "infosession18"
    chk(4, 20, "Tue")
    yield case(
        f,
        "graduate_webinar",
        "en",
        ("Ashbury Partners Early Careers", "earlycareers@ashbury.example"),
        "Join our Graduate Programme webinar - Tue 20 April, 6pm",
        sent_on(4, 8, 12, LON),
        "Employer webinar for all applicants; a set time, but a group event.",
        "Hi Alex,\n\nThanks for your interest in the Ashbury Graduate Programme. We'd love you "
        "to join our live webinar:\n\nTuesday 20 April 2027, 18:00\u201319:00 BST\nZoom "
        "webinar \u2013 register at https://ashbury.example/events/grad-webinar\n\nYou'll hear "
        "from current graduates, find out how our assessment centre works and put your "
        "questions to the team in the Q&A. Attendance is optional and doesn't affect your "
        "application.\n\nAshbury Early Careers",
        headers=BULK,
        form="html",
    )
    chk(4, 22, "Thu")
    yield case(
        f,
        "webinaire_employeur",
        "fr",
        ("Recrutement Cimaise", "recrutement@cimaise.example.fr"),
        "Webinaire : découvrez nos métiers \u2013 jeudi 22 avril, 12h30",
        sent_on(4, 12, 9, PAR),
        "French employer webinar at lunchtime, open to every candidate.",
        "Bonjour Alex,\n\nVous avez postulé chez Cimaise : merci ! Pour mieux connaître nos "
        "métiers, participez à notre webinaire collectif :\n\njeudi 22 avril 2027, de 12h30 à "
        "13h15\nInscription : https://cimaise.example.fr/webinaire\n\nCe webinaire est ouvert "
        "à tous les candidats. Les entretiens individuels seront proposés ensuite aux profils "
        "retenus.\n\nL'équipe Recrutement",
        headers=BULK,
    )
    chk(4, 28, "Wed")
    yield case(
        f,
        "sesion_informativa",
        "es",
        ("Selección Grupo Arenal", "seleccion@arenal.example.es"),
        "Sesión informativa grupal \u2013 Programa de Becas 2027",
        sent_on(4, 19, 10, MAD),
        "Spanish group information session for scholarship applicants.",
        "Hola, Alex:\n\nTe invitamos a la sesión informativa grupal del Programa de Becas "
        "Grupo Arenal:\n\nFecha: miércoles 28 de abril de 2027\nHora: de 17:00 a 18:00\n"
        "Lugar: online (Teams), el enlace llegará el mismo día\n\nExplicaremos las fases del "
        "proceso, las condiciones de la beca y resolveremos dudas. Es una sesión para todas las "
        "personas candidatas; no es una entrevista.\n\nUn saludo,\nEquipo de Selección",
        headers=BULK,
    )
    chk(4, 21, "Wed")
    yield case(
        f,
        "setsumeikai",
        "ja",
        ("株式会社アオバ建設 新卒採用", "recruit@aoba-kensetsu.example.jp"),
        "【アオバ建設】オンライン会社説明会のご案内（4/21）",
        sent_on(4, 12, 11, TYO),
        "Japanese online company briefing (setsumeikai) for all applicants.",
        "アレックス・モーガン様\n\nアオバ建設 新卒採用担当です。オンライン会社説明会を下記の"
        "とおり開催いたします。\n\n日時：2027年4月21日（水）19:00～20:00\n形式：Zoomウェビナー"
        "（カメラオフ可）\n申込：https://aoba-kensetsu.example.jp/seminar\n\n"
        "説明会への参加は選考には影響しません。\n\n株式会社アオバ建設 人事部",
        headers=BULK,
    )
    chk(4, 23, "Fri")
    yield case(
        f,
        "pre_placement_talk",
        "en-IN",
        ("Training & Placement Cell", "tpo@vnit-demo.example.in"),
        "Pre-Placement Talk: Meridian Analytics - 23 Apr 2027, 3:00 PM",
        sent_on(4, 18, 10, DEL),
        "Indian campus placement cell announces a company's pre-placement talk for all students.",
        "Dear Students,\n\nMeridian Analytics will conduct a Pre-Placement Talk (PPT) for the "
        "2027 batch.\n\nDate: Friday, 23 April 2027\nTime: 3:00 PM to 4:30 PM\nVenue: Seminar "
        "Hall 2, Main Building\n\nAttendance is mandatory for all students who have registered "
        "for the Meridian drive. The online test and interview schedule will be shared after "
        "the PPT.\n\nRegards,\nTraining & Placement Officer",
        headers=BULK,
    )
    chk(4, 29, "Thu")
    yield case(
        f,
        "presentazione_aziendale",
        "it",
        ("Talent Acquisition Vetri Monti", "careers@vetrimonti.example.it"),
        "Presentazione aziendale online \u2013 giovedì 29 aprile ore 17:30",
        sent_on(4, 20, 14, ROM),
        "Italian company presentation online, for candidates of a graduate programme.",
        "Ciao Alex,\n\ngrazie per aver inviato la candidatura al nostro Graduate Program. Ti "
        "invitiamo alla presentazione aziendale online:\n\ngiovedì 29 aprile 2027, ore "
        "17:30\u201318:30\nlink di registrazione: https://vetrimonti.example.it/eventi/gp27\n\n"
        "Parleremo dei percorsi di rotazione e delle fasi di selezione. La partecipazione è "
        "facoltativa.\n\nA presto,\nTalent Acquisition Vetri Monti",
        headers=BULK,
    )
    st = when(5, 6, "Thu", 10, 0, PAR)
    sent = sent_on(4, 26, 11, PAR)
    yield case(
        f,
        "entretien_individuel",
        "fr",
        ("Recrutement Cimaise", "recrutement@cimaise.example.fr"),
        "Votre entretien individuel \u2013 jeudi 6 mai à 10h00",
        sent,
        "Control: after the group webinar, the employer sets the reader's own interview.",
        "Bonjour Alex,\n\nMerci d'avoir participé à notre webinaire. Nous avons le plaisir de "
        "vous proposer un entretien individuel avec Sophie Marchal, responsable RH :\n\n"
        "jeudi 6 mai 2027 à 10h00, durée 45 minutes\nCimaise, 12 rue des Tanneurs, Lille\n\n"
        "Merci de confirmer votre présence par retour de mail.\n\nL'équipe Recrutement",
        label=slot(st, st + 45 * MIN, sent),
    )
    st = when(5, 11, "Tue", 14, 0, TYO)
    sent = sent_on(4, 27, 10, TYO)
    yield case(
        f,
        "ichiji_mensetsu",
        "ja",
        ("株式会社アオバ建設 新卒採用", "recruit@aoba-kensetsu.example.jp"),
        "【アオバ建設】一次面接日程のご連絡",
        sent,
        "Control: the same employer sets the reader's first interview with date, time and JST.",
        "アレックス・モーガン様\n\n先日は会社説明会にご参加いただきありがとうございました。"
        "一次面接を下記日程にて実施いたします。\n\n日時：2027年5月11日（火）14:00～14:45（日本時間）"
        "\n場所：本社 3階 会議室B（東京都港区）\n面接官：人事部 佐藤\n\nご都合が悪い場合は"
        "ご返信ください。\n\n株式会社アオバ建設 人事部",
        label=zoned(st, st + 45 * MIN, TYO),
    )


REF = ("RefCheckr", "no-reply@refcheckr.example")


def refcheck18() -> Iterator[Case]:
    f = "refcheck18"
    chk(4, 30, "Fri")
    yield case(
        f,
        "referees_deadline",
        "en",
        REF,
        "Your reference check for Orchard Health has started",
        sent_on(4, 26, 9, LON),
        "Reference-check portal: referees have until Friday 23:59 to respond.",
        "Hi Alex,\n\nOrchard Health has started a reference check as part of your application "
        "for Practice Manager.\n\nWe've emailed the 2 referees you provided. They have until "
        "Friday 30 April 2027, 23:59 (BST) to complete the online questionnaire.\n\nTrack "
        "progress: https://refcheckr.example/c/oh-3301\n\nYou don't need to do anything else. "
        "Orchard Health will be in touch once the check is complete.\n\nRefCheckr",
        headers=AUTO,
        form="both",
    )
    chk(4, 23, "Fri")
    yield case(
        f,
        "einwilligung",
        "de",
        ("RefCheckr im Auftrag der Haller Maschinenbau", "no-reply@refcheckr.example"),
        "Bitte bestätigen: Einwilligung zur Referenzeinholung",
        sent_on(4, 20, 14, BER),
        "German consent form for a reference check due by a date and time.",
        "Hallo Alex Morgan,\n\ndie Haller Maschinenbau GmbH möchte im Rahmen Ihrer Bewerbung "
        "Referenzen einholen. Dazu benötigen wir Ihre Einwilligung und die Kontaktdaten von "
        "zwei Referenzgebern.\n\nBitte bis Freitag, 23.04.2027, 12:00 Uhr ausfüllen:\n"
        "https://refcheckr.example/c/hm-771/consent\n\nIhre Angaben werden vertraulich "
        "behandelt.\n\nIhr RefCheckr-Team",
        headers=AUTO,
    )
    chk(5, 5, "Wed")
    yield case(
        f,
        "referent_sollicite",
        "fr",
        ("RefCheckr pour Atelier Brun", "no-reply@refcheckr.example"),
        "Camille Roux vous a indiqué comme référent(e)",
        sent_on(4, 28, 10, PAR),
        "The reader is asked to act as a referee for someone else, before a deadline.",
        "Bonjour Alex,\n\nCamille Roux, candidate au poste de Cheffe d'équipe chez Atelier "
        "Brun, vous a indiqué comme référent(e).\n\nPourriez-vous répondre à un court "
        "questionnaire (10 minutes) avant le mercredi 5 mai 2027 à 17h00 ?\n\nRépondre : "
        "https://refcheckr.example/r/ab-5512\n\nVos réponses restent confidentielles.\n\n"
        "Merci d'avance,\nRefCheckr",
        headers=AUTO,
    )
    chk(5, 4, "Tue")
    yield case(
        f,
        "referencias",
        "es",
        ("Talento Marea", "talento@marea.example.es"),
        "Referencias pendientes \u2013 faltan 2 respuestas",
        sent_on(4, 29, 16, MAD),
        "Spanish portal reminder: references still missing, deadline Tuesday 14:00.",
        "Hola, Alex:\n\nTodavía no hemos recibido la respuesta de tus dos referencias. Para "
        "que tu candidatura pueda pasar a la fase final, deben completar el formulario antes "
        "del martes 4 de mayo a las 14:00.\n\nPuedes reenviarles el enlace desde tu área de "
        "candidato: https://marea.example.es/candidato/referencias\n\nGracias,\nEquipo de "
        "Talento Marea",
    )
    chk(5, 7, "Fri")
    yield case(
        f,
        "referencje",
        "pl",
        ("Dział HR Bałtyk Logistyka", "hr@baltyk-logistyka.example.pl"),
        "Weryfikacja referencji \u2013 prośba o dane kontaktowe",
        sent_on(4, 30, 11, WAW),
        "Polish HR asks for referees' contacts by a date and hour; they will call referees.",
        "Dzień dobry Panie Alex,\n\ndziękujemy za rozmowy. Na ostatnim etapie chcielibyśmy "
        "zweryfikować referencje. Prosimy o przesłanie danych kontaktowych dwóch osób do "
        "piątku 7 maja 2027 r. do godz. 15:00. Skontaktujemy się z nimi telefonicznie w "
        "przyszłym tygodniu.\n\nZ poważaniem\nDział HR Bałtyk Logistyka",
    )
    st = when(5, 11, "Tue", 10, 0, LON)
    sent = sent_on(5, 4, 15, LON)
    yield case(
        f,
        "final_after_refs",
        "en",
        ("Orchard Health Recruitment", "recruitment@orchardhealth.example"),
        "References complete - final interview Tuesday 11 May",
        sent,
        "Control: references are in and the final interview is booked at a time.",
        "Hi Alex,\n\nGood news - both your references have come back and we'd like to invite "
        "you to a final interview with our Operations Director, Ruth Appiah.\n\nTuesday 11 May "
        "2027, 10:00\u201311:00\nOrchard Health, 3 Mill Lane, Reading RG1 2AB\n\nPlease bring "
        "photo ID. Reply to confirm.\n\nKind regards,\nTom Fairley\nRecruitment",
        label=slot(st, st + 60 * MIN, sent),
    )


SIGN = ("SignFlow", "dse@signflow.example")


def esign18() -> Iterator[Case]:
    f = "esign18"
    chk(5, 7, "Fri")
    yield case(
        f,
        "offer_sign_by",
        "en",
        SIGN,
        "Completion requested: Offer Letter - Alex Morgan - Bright Harbor Inc.",
        sent_on(5, 3, 13, NYC),
        "E-signature request for an offer letter that expires on a date and time.",
        "Bright Harbor Inc. sent you a document to review and sign.\n\nREVIEW DOCUMENT\n"
        "https://signflow.example/s/bh-99120\n\nHi Alex, please review and sign your offer "
        "letter. This offer expires Friday, May 7, 2027 at 5:00 PM ET.\n\nKaren Liu\nPeople "
        "Operations\n\nDo Not Share This Email: it contains a secure link to SignFlow.",
        headers=AUTO,
        form="both",
    )
    chk(5, 12, "Wed")
    yield case(
        f,
        "vertrag_signieren",
        "de",
        SIGN,
        "Bitte unterschreiben: Arbeitsvertrag Alex Morgan",
        sent_on(5, 5, 10, BER),
        "German contract e-signature by a date and time.",
        "Alpenblick Reisen GmbH hat Ihnen ein Dokument zum Unterschreiben gesendet.\n\n"
        "DOKUMENT PRÜFEN\nhttps://signflow.example/s/ar-4410\n\nHallo Herr Morgan, anbei Ihr "
        "Arbeitsvertrag. Bitte unterschreiben Sie bis Mittwoch, 12.05.2027, 16:00 Uhr "
        "elektronisch. Danach verfällt der Link.\n\nViele Grüße\nStefanie Kuhn, Personal",
        headers=AUTO,
    )
    chk(5, 10, "Mon")
    yield case(
        f,
        "carta_oferta",
        "es",
        SIGN,
        "Firma pendiente: Carta de oferta \u2013 Alex Morgan",
        sent_on(5, 6, 12, MEX),
        "Spanish offer-letter signature reminder with a deadline hour.",
        "Recordatorio: tienes un documento pendiente de firma enviado por Grupo Cenzontle.\n\n"
        "REVISAR DOCUMENTO\nhttps://signflow.example/s/gc-310\n\nHola Alex, te recordamos que "
        "la carta de oferta vence el lunes 10 de mayo de 2027 a las 12:00 h. Si tienes dudas "
        "sobre las condiciones, escríbenos antes.\n\nAtentamente,\nCapital Humano",
        headers=AUTO,
    )
    chk(5, 14, "Fri")
    yield case(
        f,
        "lettera_offerta",
        "it",
        ("Risorse Umane Lanterna Spa", "hr@lanterna.example.it"),
        "Lettera di assunzione da firmare entro venerdì 14 maggio",
        sent_on(5, 7, 9, ROM),
        "Italian HR: sign the hiring letter via the e-signature tool by Friday at noon; a first "
        "day named.",
        "Gentile Alex,\n\ncon piacere ti inviamo la lettera di assunzione tramite SignFlow. Ti "
        "chiediamo di firmarla entro venerdì 14 maggio 2027 alle ore 12:00. La data di inizio "
        "prevista è il 1° giugno.\n\nLink per la firma: https://signflow.example/s/ln-22\n\n"
        "Cordiali saluti,\nUfficio Risorse Umane\nLanterna Spa",
    )
    yield case(
        f,
        "naitei_shomei",
        "ja",
        ("人事部（株式会社カエデ商事）", "jinji@kaede-shoji.example.jp"),
        "【カエデ商事】内定承諾書 電子署名のお願い",
        sent_on(5, 10, 10, TYO),
        "Japanese offer-acceptance form to e-sign by a date and 17:00.",
        "アレックス・モーガン様\n\nこの度は内定のご連絡をさせていただき、ありがとうございます。"
        "\n内定承諾書を電子署名にてご提出ください。\n\n署名期限：2027年5月17日（月）17:00\n"
        "署名URL：https://signflow.example/s/kd-808\n\nご不明点がございましたら人事部までご連絡ください。"
        "\n\n株式会社カエデ商事 人事部",
    )
    chk(5, 13, "Thu")
    yield case(
        f,
        "tawqi_ard",
        "ar",
        ("الموارد البشرية - شركة الواحة", "hr@alwaha.example.ae"),
        "يرجى توقيع عرض العمل قبل الخميس",
        sent_on(5, 9, 10, DXB),
        "Arabic offer e-signature deadline, Thursday 13 May at 15:00.",
        "عزيزي أليكس،\n\nيسعدنا أن نرسل إليك عرض العمل لوظيفة محلل مالي. يرجى مراجعة العرض "
        "وتوقيعه إلكترونياً قبل يوم الخميس 13 مايو 2027 الساعة 15:00 بتوقيت الإمارات.\n\n"
        "رابط التوقيع: https://signflow.example/s/aw-61\n\nمع أطيب التحيات،\nقسم الموارد البشرية",
    )
    st = when(5, 6, "Thu", 12, 0, MEX)
    sent = sent_on(4, 29, 10, MEX)
    yield case(
        f,
        "entrevista_final",
        "es",
        ("Capital Humano Grupo Cenzontle", "capitalhumano@cenzontle.example.mx"),
        "Entrevista final con Dirección \u2013 jueves 6 de mayo, 12:00",
        sent,
        "Control: before the offer goes out, the final interview is set at a time.",
        "Hola Alex:\n\nAntes de preparar la propuesta, la directora de Finanzas, Mariana "
        "Aguilar, quiere conocerte. Te esperamos el jueves 6 de mayo de 2027 a las 12:00 en "
        "nuestras oficinas de Insurgentes Sur 1500, piso 8. La entrevista dura 45 "
        "minutos.\n\nSaludos,\nCapital Humano",
        label=slot(st, st + 45 * MIN, sent),
    )


def booked18() -> Iterator[Case]:
    f = "booked18"
    st = when(5, 5, "Wed", 9, 30, NYC)
    sent = sent_on(4, 28, 16, NYC)
    yield case(
        f,
        "youre_booked",
        "en",
        ("Bright Harbor Inc. via HireLoop", "no-reply@hireloop.example"),
        "Interview confirmed: Bright Harbor Inc. - Financial Analyst",
        sent,
        "A self-scheduling platform confirms the slot the reader picked, with zone.",
        "Hi Alex,\n\nYou're booked! Here are the details of your interview with Bright Harbor "
        "Inc.\n\nWednesday, May 5, 2027\n9:30 AM - 10:15 AM (Eastern Time - New York)\n"
        "Interviewers: Karen Liu, Dev Patel\nVideo: https://meet.example/bh-fa-505\n\n"
        "A calendar invite has been sent separately. Need to reschedule? "
        "https://hireloop.example/r/9921\n\nHireLoop",
        label=zoned(st, st + 45 * MIN, NYC),
        headers=AUTO,
        form="both",
    )
    st = when(5, 6, "Thu", 13, 0, BER)
    sent = sent_on(4, 29, 11, BER)
    yield case(
        f,
        "termin_bestaetigt",
        "de",
        ("Haller Maschinenbau via HireLoop", "no-reply@hireloop.example"),
        "Ihr Termin ist bestätigt: Vorstellungsgespräch Haller Maschinenbau",
        sent,
        "German booking confirmation of the reader's interview slot.",
        "Hallo Alex Morgan,\n\nIhr Termin für das Vorstellungsgespräch ist bestätigt.\n\n"
        "Position: Projektingenieur Anlagenbau\nDatum: Donnerstag, 6. Mai 2027\nUhrzeit: "
        "13:00 \u2013 14:00 Uhr (Europe/Berlin)\nOrt: Haller Maschinenbau GmbH, Werkstraße 4, "
        "73430 Aalen, Empfang Gebäude A\n\nTermin ändern: https://hireloop.example/r/4410\n\n"
        "Wir freuen uns auf Sie!",
        label=zoned(st, st + 60 * MIN, BER),
        headers=AUTO,
    )
    st = when(5, 7, "Fri", 10, 0, MAD)
    sent = sent_on(4, 30, 12, MAD)
    yield case(
        f,
        "entrevista_confirmada",
        "es",
        ("Trabajalia", "avisos@trabajalia.example.es"),
        "Entrevista confirmada con Logística Vera",
        sent,
        "Spanish job board confirms the call the reader booked via the 'employer wants to talk' "
        "link.",
        "Hola, Alex:\n\nHas reservado una entrevista telefónica con Logística Vera.\n\n"
        "Día: viernes 7 de mayo de 2027\nHora: 10:00 - 10:15\nTe llamará: Nuria Campos "
        "(Selección)\n\nSi no puedes, cancela desde https://trabajalia.example.es/agenda/"
        "vera-7741 con al menos 12 horas de antelación.\n\nEl equipo de Trabajalia",
        label=slot(st, st + 15 * MIN, sent),
        headers=AUTO,
    )
    st = when(5, 12, "Wed", 15, 0, TYO)
    sent = sent_on(5, 6, 10, TYO)
    yield case(
        f,
        "yoyaku_kanryo",
        "ja",
        ("ミナト食品 採用担当", "saiyo@minato-foods.example.jp"),
        "【ミナト食品】面接予約完了のお知らせ",
        sent,
        "Japanese booking-complete mail for the reader's online interview.",
        "アレックス・モーガン様\n\n面接のご予約が完了しました。\n\n日時：2027年5月12日（水）"
        "15:00～16:00\n形式：オンライン面接（Zoom）\nURL：https://meet.example/mf-0512\n\n"
        "当日は5分前までに入室してください。\n\n株式会社ミナト食品 人事部 採用担当",
        label=slot(st, st + 60 * MIN, sent),
        headers=AUTO,
    )
    st = when(5, 13, "Thu", 14, 0, SHA)
    sent = sent_on(5, 7, 11, SHA)
    yield case(
        f,
        "mianshi_queren",
        "zh-CN",
        ("星河科技招聘", "hr@xinghe-tech.example.cn"),
        "【星河科技】面试时间确认",
        sent,
        "Chinese confirmation of the reader's live video interview after the AI interview.",
        "亲爱的Alex：\n\n恭喜您通过AI视频面试！您的业务面试已预约成功：\n\n面试时间："
        "2027年5月13日（星期四）14:00-14:45\n面试形式：视频面试（腾讯会议 123-456-789）\n"
        "面试官：数据部 王经理\n\n如需改期，请提前一天回复本邮件。\n\n星河科技 人力资源部",
        label=slot(st, st + 45 * MIN, sent),
    )
    st = when(5, 10, "Mon", 11, 30, DEL)
    sent = sent_on(5, 5, 17, DEL)
    yield case(
        f,
        "slot_confirmed",
        "en-IN",
        ("Verdant Fintech TA", "ta@verdantfintech.example.in"),
        "Interview Slot Confirmed | Verdant Fintech | 10 May 2027, 11:30 AM IST",
        sent,
        "Indian employer confirms the slot booked through the portal, IST named.",
        "Dear Alex,\n\nThank you for booking your slot. Your Technical Interview - Round 1 is "
        "confirmed as below:\n\nDate: Monday, 10 May 2027\nTime: 11:30 AM to 12:30 PM IST\n"
        "Mode: MS Teams (link: https://teams.example/vf-r1-0510)\nPanel: Rohan Mehta, "
        "Engineering Manager\n\nKindly keep your government ID handy.\n\nRegards,\nTalent "
        "Acquisition, Verdant Fintech",
        label=zoned(st, st + 60 * MIN, DEL),
    )
    st = when(5, 11, "Tue", 10, 0, DXB)
    sent = sent_on(5, 4, 9, DXB)
    yield case(
        f,
        "mauid_muqabala",
        "ar",
        ("الموارد البشرية - شركة الواحة", "hr@alwaha.example.ae"),
        "تأكيد موعد المقابلة الشخصية",
        sent,
        "Arabic confirmation of the reader's interview appointment.",
        "عزيزي أليكس،\n\nنؤكد لك موعد المقابلة الشخصية لوظيفة محلل مالي:\n\nاليوم: الثلاثاء "
        "11 مايو 2027\nالوقت: من الساعة 10:00 إلى 10:45 صباحاً\nالمكان: مقر الشركة، برج "
        "الواحة، الطابق 12، دبي\n\nيرجى إحضار نسخة من جواز السفر.\n\nمع أطيب التحيات،\n"
        "قسم الموارد البشرية",
        label=slot(st, st + 45 * MIN, sent),
    )


def selfsched18() -> Iterator[Case]:
    f = "selfsched18"
    chk(5, 7, "Fri")
    yield case(
        f,
        "scegli_orario",
        "it",
        ("Lanterna Spa via HireLoop", "no-reply@hireloop.example"),
        "Scegli l'orario del tuo colloquio con Lanterna Spa",
        sent_on(4, 30, 10, ROM),
        "Italian self-scheduling invitation: pick a slot before Friday 18:00.",
        "Ciao Alex,\n\nLanterna Spa vorrebbe fissare un colloquio con te per la posizione di "
        "Buyer Junior. Scegli tu l'orario tra quelli disponibili.\n\nDurata: 45 minuti\n"
        "Scegli entro: venerdì 7 maggio 2027, ore 18:00\n\n[ Scegli un orario ] "
        "https://hireloop.example/s/ln-buyer\n\nDopo la scelta riceverai una conferma con "
        "tutti i dettagli.\n\nHireLoop",
        headers=AUTO,
        form="both",
    )
    yield case(
        f,
        "wybierz_termin",
        "pl",
        ("Bałtyk Logistyka przez HireLoop", "no-reply@hireloop.example"),
        "Wybierz termin rozmowy \u2013 Bałtyk Logistyka",
        sent_on(4, 26, 9, WAW),
        "Polish self-scheduling mail listing options; nothing chosen yet.",
        "Dzień dobry,\n\nBałtyk Logistyka zaprasza Pana na rozmowę rekrutacyjną (30 min). "
        "Dostępne terminy:\n\n\u2022 środa 28.04.2027, 10:00\n\u2022 środa 28.04.2027, 13:30\n"
        "\u2022 czwartek 29.04.2027, 9:00\n\nWybierz termin: https://hireloop.example/s/bl-88\n"
        "\nLink wygasa 27.04.2027 o 23:59.\n\nHireLoop",
        headers=AUTO,
    )
    chk(5, 6, "Thu")
    yield case(
        f,
        "ikhtar_mawid",
        "ar",
        ("شركة الواحة عبر HireLoop", "no-reply@hireloop.example"),
        "اختر موعد مقابلتك مع شركة الواحة",
        sent_on(4, 29, 10, DXB),
        "Arabic pick-a-slot invitation with a deadline.",
        "مرحباً أليكس،\n\nترغب شركة الواحة في إجراء مقابلة معك لوظيفة محلل مالي. يرجى اختيار "
        "الموعد المناسب لك من المواعيد المتاحة قبل يوم الخميس 6 مايو 2027 الساعة 17:00.\n\n"
        "اختر موعداً: https://hireloop.example/s/aw-fa\n\nمدة المقابلة: 45 دقيقة\n\nHireLoop",
        headers=AUTO,
    )
    chk(5, 7, "Fri")
    yield case(
        f,
        "nittei_sentaku",
        "ja",
        ("カエデ商事 採用担当", "saiyo@kaede-shoji.example.jp"),
        "【カエデ商事】二次面接の日程をお選びください",
        sent_on(4, 28, 13, TYO),
        "Japanese second-interview candidate dates; the reader must choose by a deadline.",
        "アレックス・モーガン様\n\n一次面接の結果、二次面接にお進みいただくことになりました。\n"
        "下記URLより、ご希望の日程をお選びください。\n\n候補日：5月10日（月）～5月14日（金）"
        "10:00～17:00\n選択期限：5月7日（金）12:00\nURL：https://hireloop.example/s/kd-2nd\n\n"
        "日程確定後、改めてご案内いたします。\n\n株式会社カエデ商事 採用担当",
    )
    chk(5, 5, "Wed")
    yield case(
        f,
        "termin_waehlen",
        "de",
        ("Alpenblick Reisen via HireLoop", "no-reply@hireloop.example"),
        "Erinnerung: Bitte wählen Sie einen Gesprächstermin",
        sent_on(5, 3, 8, BER),
        "German reminder that no slot has been picked yet; link expires Wednesday 12:00.",
        "Hallo Alex Morgan,\n\nSie haben noch keinen Termin für Ihr Gespräch mit Alpenblick "
        "Reisen gewählt. Die Terminauswahl ist noch bis Mittwoch, 05.05.2027, 12:00 Uhr "
        "möglich.\n\nJetzt Termin wählen: https://hireloop.example/s/ar-77\n\nIhr "
        "HireLoop-Team im Auftrag von Alpenblick Reisen",
        headers=AUTO,
    )
    chk(4, 30, "Fri")
    yield case(
        f,
        "pick_a_time",
        "en",
        ("Jess from Northwind Robotics", "jess@northwind.example"),
        "Next step: pick a time with our engineering lead",
        sent_on(4, 27, 15, CHI),
        "A recruiter's mail with a booking link; the only time is when the link closes.",
        "Hey Alex,\n\nGreat chatting yesterday! Next step is a 45-min conversation with Omar, "
        "our engineering lead. Grab whatever slot works for you here: "
        "https://hireloop.example/s/nw-omar\n\nHis calendar is open through Friday 4/30, "
        "5pm CT - if nothing fits, let me know and I'll find something.\n\nJess\nTalent @ "
        "Northwind Robotics",
    )
    st = when(5, 6, "Thu", 11, 0, ROM)
    sent = sent_on(5, 3, 15, ROM)
    yield case(
        f,
        "orario_confermato",
        "it",
        ("Lanterna Spa via HireLoop", "no-reply@hireloop.example"),
        "Confermato: colloquio con Lanterna Spa giovedì 6 maggio alle 11:00",
        sent,
        "Control: the confirmation after the reader picked a slot.",
        "Ciao Alex,\n\nil tuo colloquio è confermato.\n\nQuando: giovedì 6 maggio 2027, "
        "11:00\u201311:45 (Europe/Rome)\nDove: Lanterna Spa, Via XX Settembre 40, Genova\n"
        "Con: Giulia Ferri, Responsabile Acquisti\n\nPer modificare: https://hireloop.example/"
        "r/ln-331\n\nHireLoop",
        label=zoned(st, st + 45 * MIN, ROM),
        headers=AUTO,
    )


def assessremind18() -> Iterator[Case]:
    f = "assessremind18"
    chk(4, 19, "Mon")
    yield case(
        f,
        "online_assessment",
        "de",
        ("TalentMetrik im Auftrag der Seehaus Versicherungen", "no-reply@talentmetrik.example"),
        "Erinnerung: Ihr Online-Assessment läuft am 19.04. ab",
        sent_on(4, 16, 9, BER),
        "German online-assessment reminder with an expiry date and 23:59.",
        "Hallo Alex Morgan,\n\nSie haben Ihr Online-Assessment für die Seehaus Versicherungen "
        "noch nicht abgeschlossen (2 von 3 Modulen offen).\n\nDer Zugang läuft am Montag, "
        "19.04.2027, um 23:59 Uhr ab.\n\nWeiter zum Assessment: https://talentmetrik.example/"
        "a/sv-2201\n\nViel Erfolg!\nIhr TalentMetrik-Team",
        headers=AUTO,
    )
    chk(4, 23, "Fri")
    yield case(
        f,
        "vragenlijst",
        "nl",
        ("Werving Zorggroep Eemland", "werving@zorggroep-eemland.example.nl"),
        "Herinnering: persoonlijkheidsvragenlijst invullen vóór vrijdag 17.00 uur",
        sent_on(4, 20, 10, AMS),
        "Dutch questionnaire reminder: fill in before Friday 17:00.",
        "Beste Alex,\n\nWe zien dat je de persoonlijkheidsvragenlijst nog niet hebt ingevuld. "
        "Wil je dit doen vóór vrijdag 23 april 2027, 17.00 uur? Het invullen duurt ongeveer "
        "25 minuten.\n\nLink: https://talentmetrik.example/a/ze-93\n\nDaarna nemen we contact "
        "met je op over een eventueel gesprek.\n\nMet vriendelijke groet,\nTeam Werving",
    )
    chk(4, 26, "Mon")
    yield case(
        f,
        "test_attitudinale",
        "it",
        ("TalentMetrik per Vetri Monti", "no-reply@talentmetrik.example"),
        "Promemoria: completa i test attitudinali entro lunedì",
        sent_on(4, 22, 11, ROM),
        "Italian aptitude-test reminder with a deadline hour.",
        "Ciao Alex,\n\nti ricordiamo di completare i test attitudinali (numerico, verbale e "
        "logico) per il Graduate Program di Vetri Monti entro lunedì 26 aprile 2027 alle ore "
        "12:00.\n\nAccedi: https://talentmetrik.example/a/vm-54\n\nBuona fortuna!\nTalentMetrik",
        headers=AUTO,
    )
    chk(4, 25, "Sun")
    yield case(
        f,
        "taqyim",
        "ar",
        ("TalentMetrik", "no-reply@talentmetrik.example"),
        "تذكير: أكمل التقييم عبر الإنترنت قبل الموعد النهائي",
        sent_on(4, 21, 10, RUH),
        "Arabic assessment reminder: complete before Sunday 23:59.",
        "مرحباً أليكس،\n\nلم تكمل بعد تقييم القدرات الخاص بشركة نخيل للاستثمار. آخر موعد "
        "لإكمال التقييم هو يوم الأحد 25 أبريل 2027 الساعة 23:59 بتوقيت الرياض.\n\nرابط "
        "التقييم: https://talentmetrik.example/a/nk-12\n\nبالتوفيق،\nفريق TalentMetrik",
        headers=AUTO,
    )
    chk(4, 28, "Wed")
    yield case(
        f,
        "evaluacion_gamificada",
        "es",
        ("TalentMetrik para Banco Sierra", "no-reply@talentmetrik.example"),
        "Recordatorio: tu evaluación gamificada cierra el miércoles",
        sent_on(4, 23, 16, MAD),
        "Spanish game-based assessment closing on a date and hour.",
        "Hola, Alex:\n\nTu evaluación gamificada para el Programa Talento Joven de Banco Sierra "
        "sigue pendiente. Tienes hasta el miércoles 28 de abril a las 23:59 para completar los "
        "12 minijuegos (unos 30 minutos en total).\n\nJugar ahora: https://talentmetrik.example/"
        "a/bs-640\n\nTalentMetrik",
        headers=AUTO,
    )
    st = when(4, 27, "Tue", 10, 0, AMS)
    sent = sent_on(4, 26, 9, AMS)
    yield case(
        f,
        "gesprek_morgen",
        "nl",
        ("Werving Zorggroep Eemland", "werving@zorggroep-eemland.example.nl"),
        "Herinnering: je sollicitatiegesprek morgen om 10.00 uur",
        sent,
        "Control: a reminder of the reader's own interview tomorrow at a time.",
        "Beste Alex,\n\nDank voor het invullen van de vragenlijst. Ter herinnering: morgen, "
        "dinsdag 27 april 2027, heb je om 10.00 uur je sollicitatiegesprek met Ineke Bos "
        "(teamleider) en Rob Smit (HR). Het gesprek duurt tot 11.00 uur.\n\nAdres: "
        "Stationsplein 5, Amersfoort (melden bij de receptie).\n\nTot morgen!\nTeam Werving",
        label=slot(st, st + 60 * MIN, sent),
    )
    st = when(5, 5, "Wed", 16, 0, MAD)
    sent = sent_on(4, 30, 12, MAD)
    yield case(
        f,
        "entrevista_video",
        "es",
        ("Selección Banco Sierra", "seleccion@bancosierra.example.es"),
        "Tu entrevista con Banco Sierra: miércoles 5 de mayo, 16:00",
        sent,
        "Control: after the assessment, a live video interview at a time.",
        "Hola, Alex:\n\nEnhorabuena, has superado la evaluación. Te hemos reservado una "
        "entrevista por videollamada con Lucía Pardo (Talento):\n\nmiércoles 5 de mayo de "
        "2027, de 16:00 a 16:30\nEnlace: https://meet.example/bs-tj-0505\n\nUn saludo,\n"
        "Selección Banco Sierra",
        label=slot(st, st + 30 * MIN, sent),
    )


def talentcomm18() -> Iterator[Case]:
    f = "talentcomm18"
    chk(5, 13, "Thu")
    yield case(
        f,
        "meetup",
        "en",
        ("Northwind Robotics Talent Community", "talent@northwind.example"),
        "You're invited: Northwind Talent Community Meetup, May 13",
        sent_on(4, 26, 12, CHI),
        "Talent-community meetup at the employer's office; an evening event for members.",
        "Hi Alex,\n\nAs a member of the Northwind Talent Community, you're invited to our "
        "spring meetup:\n\nThursday, May 13, 2027 | 5:30 PM \u2013 8:00 PM CT\nNorthwind HQ, "
        "220 W Kinzie St, Chicago\n\nLightning talks from our robotics team, demos and pizza. "
        "RSVP by May 10: https://northwind.example/community/rsvp\n\nNot interested? Update "
        "your preferences any time.\n\nThe Northwind Talent Team",
        headers=BULK,
        form="html",
    )
    chk(5, 18, "Tue")
    yield case(
        f,
        "tech_abend",
        "de",
        ("Nordlicht Software Talent Community", "talent@nordlicht.example.de"),
        "Talent Community: Tech-Abend am 18. Mai",
        sent_on(4, 28, 10, BER),
        "German talent-community tech evening.",
        "Hallo Alex,\n\nschön, dass Sie Teil unserer Talent Community sind! Am Dienstag, 18. "
        "Mai 2027, laden wir ab 18:30 Uhr zum Tech-Abend in unser Büro in Hamburg-Altona ein "
        "(Ende gegen 21:00 Uhr).\n\nThemen: Platform Engineering, Kotlin im Backend, offene "
        "Stellen.\nAnmeldung: https://nordlicht.example.de/community/techabend\n\nBis bald!\n"
        "Ihr Nordlicht Recruiting",
        headers=BULK,
    )
    chk(5, 20, "Thu")
    yield case(
        f,
        "open_dag",
        "nl",
        ("Talentcommunity Havenbedrijf Noord", "talent@havenbedrijf-noord.example.nl"),
        "Open dag voor onze talentcommunity \u2013 donderdag 20 mei",
        sent_on(4, 29, 14, AMS),
        "Dutch open day for talent-community members, with a programme.",
        "Hoi Alex,\n\nJe zit in onze talentcommunity, dus je bent van harte welkom op onze "
        "open dag op donderdag 20 mei 2027 van 13.00 tot 16.30 uur.\n\nProgramma: rondvaart "
        "door de haven, presentaties van de afdelingen en speeddates met collega's.\n\n"
        "Aanmelden: https://havenbedrijf-noord.example.nl/opendag\n\nGroet,\nTeam Recruitment",
        headers=BULK,
    )
    chk(5, 19, "Wed")
    yield case(
        f,
        "live_carreiras",
        "pt-BR",
        ("Comunidade de Talentos Pipa", "talentos@pipa.example.com.br"),
        "Live: carreiras em tecnologia na Pipa - quarta, 19/05, às 19h",
        sent_on(5, 3, 11, SAO),
        "Brazilian talent-community live stream about careers.",
        "Oi, Alex!\n\nVocê faz parte da nossa Comunidade de Talentos, então vem aí convite: "
        "live no YouTube sobre carreiras em tecnologia na Pipa.\n\nQuando: quarta-feira, "
        "19/05/2027, às 19h (horário de Brasília)\nOnde: https://youtube.example/pipa-live\n\n"
        "Traga suas perguntas!\n\nTime de Talentos Pipa",
        headers=BULK,
    )
    chk(5, 21, "Fri")
    yield case(
        f,
        "aperitivo_networking",
        "it",
        ("Talent Community Vetri Monti", "talent@vetrimonti.example.it"),
        "Aperitivo di networking per la nostra Talent Community",
        sent_on(5, 4, 12, ROM),
        "Italian networking aperitivo for the talent community.",
        "Ciao Alex,\n\nti aspettiamo all'aperitivo di networking della Talent Community "
        "Vetri Monti: venerdì 21 maggio 2027 dalle 18:30 alle 20:30, Spazio Navigli, Milano.\n"
        "\nSarà l'occasione per conoscere i nostri team in modo informale. Posti limitati, "
        "conferma entro il 17 maggio.\n\nTalent Acquisition Vetri Monti",
        headers=BULK,
    )
    st = when(5, 20, "Thu", 15, 0, SAO)
    sent = sent_on(5, 12, 10, SAO)
    yield case(
        f,
        "entrevista_agendada",
        "pt-BR",
        ("Juliana Prado - Pipa", "juliana.prado@pipa.example.com.br"),
        "Entrevista agendada - Analista de Dados - quinta 20/05, 15h",
        sent,
        "Control: a recruiter from the same talent community books the reader's interview.",
        "Oi, Alex!\n\nVi que você participou da nossa live e se candidatou para Analista de "
        "Dados. Agendei sua entrevista com a gestora da área:\n\nquinta-feira, 20/05/2027, "
        "das 15h às 16h\nGoogle Meet: https://meet.example/pipa-dados\n\nQualquer coisa, "
        "me chama!\nJuliana Prado\nTalent Acquisition",
        label=slot(st, st + 60 * MIN, sent),
    )


def survey18() -> Iterator[Case]:
    f = "survey18"
    chk(5, 14, "Fri")
    yield case(
        f,
        "candidate_experience",
        "en",
        ("Bright Harbor Inc. via FeedbackPulse", "survey@feedbackpulse.example"),
        "How was your interview experience with Bright Harbor?",
        sent_on(5, 7, 10, NYC),
        "Candidate-experience survey closing on a date and time.",
        "Hi Alex,\n\nYou recently interviewed with Bright Harbor Inc. We'd love your honest "
        "feedback - it takes 3 minutes and is anonymous.\n\nTake the survey: "
        "https://feedbackpulse.example/s/bh-cx\n\nThe survey closes Friday, May 14, 2027 at "
        "11:59 PM ET.\n\nThank you!\nBright Harbor Talent Team",
        headers=AUTO,
        form="both",
    )
    chk(5, 17, "Mon")
    yield case(
        f,
        "enquete",
        "nl",
        ("Zorggroep Eemland", "enquete@zorggroep-eemland.example.nl"),
        "Hoe heb je onze sollicitatieprocedure ervaren?",
        sent_on(5, 10, 9, AMS),
        "Dutch applicant survey open until Monday 12.00.",
        "Beste Alex,\n\nJe hebt onlangs gesolliciteerd bij Zorggroep Eemland. We horen graag "
        "hoe je de procedure hebt ervaren. De enquête staat open tot maandag 17 mei 2027, "
        "12.00 uur.\n\nNaar de enquête: https://feedbackpulse.example/s/ze-proc\n\n"
        "Alvast bedankt!\nTeam Werving",
        headers=AUTO,
    )
    chk(5, 21, "Fri")
    yield case(
        f,
        "ankieta",
        "pl",
        ("Kodrix przez FeedbackPulse", "survey@feedbackpulse.example"),
        "Ankieta: Twoje doświadczenia z rekrutacji w Kodrix",
        sent_on(5, 12, 14, WAW),
        "Polish recruitment survey with a closing date and hour.",
        "Cześć Alex,\n\ndziękujemy za udział w procesie rekrutacji. Zależy nam na Twojej "
        "opinii \u2013 ankieta zajmie 5 minut.\n\nWypełnij do: piątek 21.05.2027, godz. 23:59\n"
        "Link: https://feedbackpulse.example/s/kx-rec\n\nZespół Rekrutacji Kodrix",
        headers=AUTO,
    )
    yield case(
        f,
        "wenjuan",
        "zh-CN",
        ("云帆网络校园招聘", "campus@yunfan.example.cn"),
        "【云帆网络】候选人体验调研问卷",
        sent_on(5, 11, 10, SHA),
        "Chinese candidate-experience questionnaire with a deadline.",
        "Alex同学你好：\n\n感谢你参加云帆网络2027届校园招聘。为了改进招聘流程，诚邀你填写"
        "候选人体验问卷（约3分钟）。\n\n问卷链接：https://feedbackpulse.example/s/yf-cx\n"
        "截止时间：5月20日 18:00\n\n云帆网络 校园招聘组",
        headers=AUTO,
    )
    chk(5, 18, "Tue")
    yield case(
        f,
        "pesquisa",
        "pt-BR",
        ("Pesquisa Pipa Pagamentos", "pesquisa@pipa.example.com.br"),
        "Conta pra gente: como foi seu processo seletivo?",
        sent_on(5, 11, 11, SAO),
        "Brazilian candidate survey open until Tuesday 18h.",
        "Oi, Alex!\n\nQueremos saber como foi sua experiência no nosso processo seletivo. São "
        "só 5 perguntas.\n\nResponder: https://feedbackpulse.example/s/pipa-cx\n\nA pesquisa "
        "fica aberta até terça-feira, 18/05, às 18h.\n\nValeu!\nTime de Talentos Pipa",
        headers=AUTO,
    )
    st = when(5, 19, "Wed", 13, 0, NYC)
    sent = sent_on(5, 10, 15, NYC)
    yield case(
        f,
        "feedback_and_next",
        "en",
        ("Dana Brooks - Harbor Point Media", "dana.brooks@harborpoint.example"),
        "Quick survey + your second interview (Wed 5/19, 1:00 PM)",
        sent,
        "Control: a survey link about round one plus the reader's second interview at a time.",
        "Hi Alex,\n\nThanks again for last week. Two things:\n\n1) Your second interview with "
        "our VP of Content, Lena Ortiz, is set for Wednesday, May 19, 2027, 1:00-1:45 PM at "
        "our office (55 Water St, 9th floor).\n\n2) If you have a minute, we'd appreciate "
        "feedback on round one: https://feedbackpulse.example/s/hp-r1 (closes May 16).\n\n"
        "Best,\nDana",
        label=slot(st, st + 45 * MIN, sent),
    )


BUILDERS = [
    boardview18,
    inmail18,
    oneway18,
    codetest18,
    infosession18,
    refcheck18,
    esign18,
    booked18,
    selfsched18,
    assessremind18,
    talentcomm18,
    survey18,
]

MEASURED: list[str] = [
    "First sight (parser at main fb428aab, before any change for this batch): dev: 19 of 19 "
    "invitations with the right start (14 sure), 2 of 46 negatives claimed with confidence "
    ">= 0.5; held out: 3 of 4 invitations right (2 sure), 1 of 15 negatives claimed; no "
    "calendar-bearing mail in the batch.",
    "",
    "After the batch's rules: dev 19 of 19 right (15 sure), 0 of 46 claimed; held out 3 of 4 "
    "right (2 sure), 1 of 15 claimed. Whole splits (quick.py, batch included): dev false "
    "claims 9 -> 7 of 1242, sure 1447 -> 1451, text 1631/1647 unchanged; shared, fixtures "
    "and held out unchanged (held out 761/811, 636 sure, 49/570 claimed). Controls left "
    "unsure in dev: a French and a Japanese interview set right after thanking the reader "
    "for attending a webinar / setsumeikai (the event word reads as other business), a "
    "German call confirmed in an InMail-style notice and a French live video interview "
    "after a deferred one; no second shape for a rule, so left.",
]

RULES: list[str] = [
    "- German yes/no availability question (`ASKS_AVAILABILITY_CUES`: 'Hätten Sie ... Zeit",
    "  ...?', 'Hättest du ... Zeit ...?'), beside the existing 'wann hätten Sie ... Zeit':",
    "  public code ('Hätten Sie Zeit für ein kurzes Telefonat?' in outreach templates and",
    "  request classifiers) and this batch's `inmail18` (de); still needs the writer's own",
    "  free hours in the time's sentence.",
    "- Arabic pick-a-slot words (`_SELF_SCHEDULE_WORDS`: 'اختر موعد', 'اختيار الموعد',",
    "  'المواعيد المتاحة'): public code (booking pages' 'يرجى اختيار الموعد المناسب أولاً',",
    "  'يرجى اختيار الموعد المناسب لك للامتحان العملي', step title 'اختيار الموعد المناسب')",
    "  and this batch's `selfsched18` (ar).",
    "- Spanish 'si no puedes/puede ...' is not an alternative time (`_ALTERNATIVES_WORDS`):",
    "  corpus `jazzhr` es-MX and `mjmlnotice` es ('Si no puedes asistir, responde...') and",
    "  this batch's `booked18` es ('Si no puedes, cancela desde...').",
    "- German 'rufe ich Sie ... an' with the day between the verb's parts (`_INVITATION_WORDS`):",
    "  public text ('Dann rufe ich Sie am Donnerstag zwischen 17 und 18 Uhr an', 'Wie",
    "  abgesprochen rufe ich Sie am {termin} kurz an') and this batch's `inmail18` (de).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs18 batch (`build_negs18.py`)",
        "",
        "Mail a job seeker receives from job platforms and recruiting tools that carries a "
        "future date and time but books no live interview for the reader, with genuine "
        "bookings in the same platform voices as controls. All text is ours (no third-party "
        "text copied; notification layouts written from memory of such mail, no product's "
        "template or translation reproduced); platforms, people, companies, addresses and "
        "links are made up. Every label was written from the datetimes the text is rendered "
        "from, before the parser was run on the message.",
        "",
        "Job-board notices, recruiter messages proposing a call, one-way video interviews due "
        "by a deadline, coding-test windows, assessment reminders, group sessions and "
        "webinars, talent-community events, reference checks, signature deadlines, "
        "self-scheduling links and surveys are `not_invitation`; a booked slot or a live "
        "interview at a set time is an `invitation` with its time.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs18.py` "
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
    lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs18.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
