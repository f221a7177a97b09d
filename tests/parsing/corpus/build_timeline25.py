"""Write the "timeline25" batch: recruiting mail that names future dates and times but books
no interview for the reader.

Run: .venv/bin/python tests/parsing/corpus/build_timeline25.py

Mail a job seeker gets in en (US, GB, IN, AU), de, fr, es, nl, pt-BR, it, pl and ja that names a
day and a clock time beside hiring words and sets nothing for the reader: hiring timelines
('interviews will take place the week of December 14; we will reach out to shortlisted
candidates by Friday, December 11 at 5pm'), decision dates, one-way video and assessment
windows ('complete it by Thursday 11:59 PM'), lists of open slots on one day to choose from,
interview days whose slots will follow, office and holiday closures, recruiters' out-of-office
replies with a return time, career coaches' interview-prep calls, application portals closing.
About one message in four is a control from the same kind of sender in the same shape that
does set the reader's interview (some with a 'please confirm by' deadline beside it).

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Helpers follow build_negs24.py (mail helpers of build_parse-pos.py, loaded).
Output is deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

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
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; mail typed by recruiters, coordinators, HR staff and career coaches, "
    "written for this corpus from memory of such mail, no template or third-party text "
    "copied; " + OWN
)
NEG = "not_invitation"
AUTOREPLY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "hiretl25": "dev",
    "hiretlx25": "dev",
    "decide25": "dev",
    "oneway25": "dev",
    "slotlist25": "dev",
    "daysfollow25": "dev",
    "closure25": "dev",
    "recooo25": "dev",
    "prepcall25": "dev",
    "portal25": "dev",
    "hiretlf25": "heldout",
    "assesswin25": "heldout",
    "slotlistx25": "heldout",
    "prepcallx25": "heldout",
}

SOURCES = {
    "hiretl25": "English hiring timelines (en-US, en-GB, en-IN, en-AU): 'interviews will take "
    "place the week of ...', 'we will reach out to shortlisted candidates by Friday ... at "
    "5pm', 'first-round interviews are planned for ...'; control: the shortlist mail that "
    "books the reader's interview.",
    "hiretlx25": "Hiring timelines in German, French, Spanish and Dutch ('Die Gespräche finden "
    "in der Woche ab ... statt; wir melden uns bis ...', 'nous reviendrons vers vous avant "
    "...', 'antes del ...', 'uiterlijk ...'); control: the German employer booking the slot.",
    "decide25": "Decision dates after a process step ('we'll let you know by end of day "
    "Thursday', 'Entscheidung bis Freitag 12 Uhr', 'réponse au plus tard ...'); control: a "
    "decision mail that books the next round.",
    "oneway25": "One-way video interviews and online assessments with a completion window "
    "('complete it by Thursday 11:59 PM', 'bis Donnerstag, 23:59 Uhr', 'avant jeudi 23h59', "
    "'antes del jueves a las 23:59', 'uiterlijk donderdag 23:59'); control: a live video "
    "interview booked after the recording.",
    "slotlist25": "Several clock times on one day offered to choose from ('slots on Thursday at "
    "10am, 11am and 2pm — reply with the one that suits you'; de, fr, es, nl, en-GB); "
    "control: 'your interview is at 2pm; please confirm by Friday 5pm'.",
    "daysfollow25": "Interview days announced with the slot to follow ('interview days are "
    "Dec 10 and 11; your slot will follow', de, fr, es, it, nl); control: the slot sent.",
    "closure25": "Office and holiday closures that pause the process, with the reopening date "
    "and time (en-GB, de, fr, nl, es, pt-BR); control: a booking for after the break.",
    "recooo25": "Recruiters' out-of-office auto-replies with the return date and time (en-US, "
    "en-IN, de, fr, es, it, nl); control: the recruiter back, booking the interview.",
    "prepcall25": "Career coaches' and outplacement services' interview-prep and mock "
    "interview reminders (en-US, en-GB, en-AU, de, fr, es); control: an outplacement "
    "service confirming the employer's interview it arranged.",
    "portal25": "Application portals and job postings closing at a date and time (en-GB, "
    "en-AU, de, fr, es, nl, ja); control: the employer booking an interview after the close.",
    "hiretlf25": "Hiring timelines in Brazilian Portuguese, Italian, Polish and Japanese; "
    "control: a booking.",
    "assesswin25": "Assessment and recorded-interview windows in Brazilian Portuguese, "
    "Italian, Polish, Japanese and Australian English; control: a booking.",
    "slotlistx25": "Open slots on one day to choose from in Brazilian Portuguese, Italian, "
    "Polish, Japanese and Indian English; control: a booking.",
    "prepcallx25": "Interview-prep and practice sessions in Brazilian Portuguese, Italian, "
    "Polish, Japanese and Dutch; control: a booking.",
}

NY, CHI, LA, LON, KOL, SYD, MEL = (
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Australia/Melbourne",
)
BER, PAR, MAD, AMS, SAO, ROM, WAW, TYO = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Amsterdam",
    "America/Sao_Paulo",
    "Europe/Rome",
    "Europe/Warsaw",
    "Asia/Tokyo",
)


def when(y: int, mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A time checked against the weekday the text names."""
    return at(y, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 14) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


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
    headers: dict[str, str] | None = None,
) -> Case:
    """One direct plain-text mail; without a label a non-invitation."""
    raw = mail(
        f"timeline25/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
    )
    raw = _headers(raw, headers)
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
    )


def neg(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    days: tuple[tuple[int, int, int, str], ...] = (),
    headers: dict[str, str] | None = None,
) -> Case:
    """A look-alike; every weekday its text names is checked first."""
    for y, mo, d, wd in days:
        chk(y, mo, d, wd)
    return case(family, name, lang, sender, subject, sent, note, text, headers=headers)


def ctl(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    start: datetime,
    minutes: int | None,
) -> Case:
    """A control: the same kind of sender setting the reader's interview (no zone written:
    wall time at the Date's offset)."""
    end = start + minutes * MIN if minutes else None
    label = {"kind": "invitation", **timed(start, end, sent=sent)}
    return case(family, name, lang, sender, subject, sent, note, text, label=label)


# FAMILIES
def hiretl25() -> Iterator[Case]:
    f = "hiretl25"
    s = ("Dana Whitfield", "careers@larkspur-analytics.example")
    yield neg(
        f,
        "week_of_shortlist_by",
        "en-US",
        s,
        "Your application - Data Analyst",
        sent_on(12, 1, 10, NY),
        "Hiring timeline: 'Interviews for this role will take place the week of December 14. "
        "We will reach out to shortlisted candidates by Friday, December 11 at 5pm.'",
        "Hi Alex,\n\nThank you for applying for the Data Analyst role at Larkspur Analytics.\n\n"
        "Interviews for this role will take place the week of December 14. We will reach out "
        "to shortlisted candidates by Friday, December 11 at 5pm.\n\nBest,\nDana Whitfield\n"
        "Talent Team, Larkspur Analytics",
        days=((2026, 12, 11, "Fri"), (2026, 12, 14, "Mon")),
    )
    s2 = ("Recruitment Team", "recruitment@hollins-greave.example")
    yield neg(
        f,
        "first_round_planned",
        "en-GB",
        s2,
        "Update on your application",
        sent_on(12, 2, 9, LON),
        "UK timeline: first-round interviews planned for Tuesday 15 and Wednesday 16 December; "
        "invitations sent no later than Thursday 10 December at 12:00.",
        "Dear Alex,\n\nThank you for your interest in the Operations Coordinator post. We "
        "received a large number of applications and are now reviewing them.\n\nFirst-round "
        "interviews are planned for Tuesday 15 and Wednesday 16 December. Candidates invited to "
        "interview will hear from us no later than Thursday 10 December at 12:00.\n\nIf you "
        "have not heard from us by then, please assume that you have not been shortlisted on "
        "this occasion.\n\nKind regards,\nRecruitment Team\nHollins & Greave",
        days=((2026, 12, 15, "Tue"), (2026, 12, 16, "Wed"), (2026, 12, 10, "Thu")),
    )
    s3 = ("Priya Nair", "talent@veluri-systems.example")
    yield neg(
        f,
        "panel_dates_by",
        "en-IN",
        s3,
        "Next steps - Backend Engineer hiring drive",
        sent_on(12, 2, 11, KOL),
        "Indian hiring drive schedule: technical rounds on 12 and 13 December; shortlisted "
        "candidates informed by Thursday, 10 December, 6 PM.",
        "Dear Alex,\n\nGreetings from Veluri Systems!\n\nThis is to update you on our hiring "
        "drive for Backend Engineers. Technical interview rounds will be held on Saturday, 12 "
        "December and Sunday, 13 December at our Pune office. Shortlisted candidates will be "
        "informed by Thursday, 10 December, 6 PM through mail and SMS.\n\nKindly keep your "
        "phone reachable.\n\nRegards,\nPriya Nair\nTalent Acquisition, Veluri Systems",
        days=((2026, 12, 12, "Sat"), (2026, 12, 13, "Sun"), (2026, 12, 10, "Thu")),
    )
    s4 = ("Mitch Carrodus", "jobs@saltbush-civil.example")
    yield neg(
        f,
        "hear_back_by",
        "en-AU",
        s4,
        "Site Engineer role - where things are at",
        sent_on(12, 1, 14, SYD),
        "Australian timeline: interviews the week starting Monday 14 December; everyone hears "
        "back by 4pm Friday 11 December either way.",
        "G'day Alex,\n\nThanks for putting your hand up for the Site Engineer role. Just a "
        "quick note on timing: we're aiming to run interviews the week starting Monday 14 "
        "December, and everyone who applied will hear back from us by 4pm Friday 11 December, "
        "either way.\n\nCheers,\nMitch Carrodus\nSaltbush Civil",
        days=((2026, 12, 14, "Mon"), (2026, 12, 11, "Fri")),
    )
    sent = sent_on(12, 9, 15, NY)
    yield ctl(
        f,
        "shortlisted_booked",
        "en-US",
        s,
        "Interview - Data Analyst",
        sent,
        "Control: the same employer's shortlist mail books the reader: Tuesday, December 15 at "
        "11:00 AM for 45 minutes.",
        "Hi Alex,\n\nGood news - you have been shortlisted for the Data Analyst role. Your "
        "interview is scheduled for Tuesday, December 15 at 11:00 AM (45 minutes) on Zoom with "
        "Marcus Tran, our analytics manager. The link is https://zoom.example/j/88213.\n\n"
        "Please confirm by Friday, December 11 at 5pm.\n\nBest,\nDana Whitfield\nTalent Team, "
        "Larkspur Analytics",
        when(2026, 12, 15, "Tue", 11, 0, NY),
        45,
    )
    sent = sent_on(12, 3, 10, LON)
    yield ctl(
        f,
        "invited_first_round",
        "en-GB",
        s2,
        "Invitation to interview - Operations Coordinator",
        sent,
        "Control: the UK employer books the first-round interview, Wednesday 16 December, "
        "14:00-14:45.",
        "Dear Alex,\n\nWe are pleased to invite you to a first-round interview for the "
        "Operations Coordinator post.\n\nDate: Wednesday 16 December\nTime: 14:00 - 14:45\n"
        "Location: Hollins & Greave, 4 Mill Lane, Leeds\n\nPlease reply to confirm that you "
        "can attend no later than Thursday 10 December at 12:00.\n\nKind regards,\n"
        "Recruitment Team\nHollins & Greave",
        when(2026, 12, 16, "Wed", 14, 0, LON),
        45,
    )


def hiretlx25() -> Iterator[Case]:
    f = "hiretlx25"
    s = ("Personalabteilung Brenner Logistik", "bewerbung@brenner-logistik.example")
    yield neg(
        f,
        "gespraeche_woche_ab",
        "de",
        s,
        "Ihre Bewerbung als Disponent (m/w/d)",
        sent_on(12, 1, 10, BER),
        "German timeline: 'Die Vorstellungsgespräche finden in der Woche ab dem 14. Dezember "
        "statt'; shortlisted hear by Freitag, 11. Dezember, 17 Uhr.",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Disponent (m/w/d).\n"
        "\nDie Vorstellungsgespräche finden in der Woche ab dem 14. Dezember statt. Wir melden "
        "uns bis Freitag, 11. Dezember, 17 Uhr bei allen Bewerberinnen und Bewerbern, die wir "
        "einladen möchten.\n\nMit freundlichen Grüßen\nIhre Personalabteilung\nBrenner Logistik "
        "GmbH",
        days=((2026, 12, 14, "Mon"), (2026, 12, 11, "Fri")),
    )
    s2 = ("Service RH - Maison Castaing", "recrutement@maison-castaing.example")
    yield neg(
        f,
        "entretiens_semaine",
        "fr",
        s2,
        "Votre candidature - Chargé(e) de clientèle",
        sent_on(12, 2, 9, PAR),
        "French timeline: entretiens la semaine du 14 décembre; shortlisted contacted avant le "
        "jeudi 10 décembre à 18h.",
        "Bonjour Alex,\n\nNous vous remercions pour votre candidature au poste de chargé(e) de "
        "clientèle.\n\nLes entretiens auront lieu la semaine du 14 décembre. Nous reviendrons "
        "vers les candidats retenus avant le jeudi 10 décembre à 18h.\n\nBien cordialement,\n"
        "Le service RH\nMaison Castaing",
        days=((2026, 12, 14, "Mon"), (2026, 12, 10, "Thu")),
    )
    s3 = ("Selección Grupo Albar", "seleccion@grupo-albar.example")
    yield neg(
        f,
        "entrevistas_semana",
        "es",
        s3,
        "Proceso de selección - Técnico de compras",
        sent_on(12, 2, 12, MAD),
        "Spanish timeline: entrevistas durante la semana del 14 de diciembre; preselected "
        "contacted antes del viernes 11 de diciembre a las 14:00.",
        "Hola Alex:\n\nGracias por tu interés en la vacante de Técnico de compras.\n\nLas "
        "entrevistas se realizarán durante la semana del 14 de diciembre. Contactaremos con las "
        "personas preseleccionadas antes del viernes 11 de diciembre a las 14:00.\n\nUn "
        "saludo,\nEquipo de Selección\nGrupo Albar",
        days=((2026, 12, 14, "Mon"), (2026, 12, 11, "Fri")),
    )
    s4 = ("Recruitment Van Dijk Zorg", "werkenbij@vandijk-zorg.example")
    yield neg(
        f,
        "gesprekken_week",
        "nl",
        s4,
        "Stand van zaken sollicitatie",
        sent_on(12, 1, 16, AMS),
        "Dutch timeline: gesprekken in de week van 14 december; invited candidates hear "
        "uiterlijk vrijdag 11 december om 16:00.",
        "Beste Alex,\n\nBedankt voor je sollicitatie als teamleider planning.\n\nDe gesprekken "
        "vinden plaats in de week van 14 december. Kandidaten die we uitnodigen, horen dit "
        "uiterlijk vrijdag 11 december om 16:00 van ons.\n\nMet vriendelijke groet,\nTeam "
        "Recruitment\nVan Dijk Zorg",
        days=((2026, 12, 14, "Mon"), (2026, 12, 11, "Fri")),
    )
    sent = sent_on(12, 8, 11, BER)
    yield ctl(
        f,
        "einladung_termin",
        "de",
        s,
        "Einladung zum Vorstellungsgespräch",
        sent,
        "Control: the same German employer books the reader, Mittwoch, 16. Dezember, 10:00 bis "
        "11:00 Uhr; 'bitte bestätigen Sie bis Freitag'.",
        "Sehr geehrte/r Alex Morgan,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch "
        "einzuladen:\n\nTermin: Mittwoch, 16. Dezember, 10:00 bis 11:00 Uhr\nOrt: Brenner "
        "Logistik GmbH, Hafenstraße 12, Bremen\n\nBitte bestätigen Sie den Termin bis Freitag, "
        "11. Dezember.\n\nMit freundlichen Grüßen\nIhre Personalabteilung",
        when(2026, 12, 16, "Wed", 10, 0, BER),
        60,
    )


def decide25() -> Iterator[Case]:
    f = "decide25"
    s = ("Kelsey Duarte", "kelsey.duarte@bramblecroft.example")
    yield neg(
        f,
        "eod_thursday",
        "en-US",
        s,
        "Thanks for coming in",
        sent_on(12, 1, 17, CHI),
        "Decision date: 'we'll make decisions by end of day Thursday, December 3, and I'll "
        "call you either way by 5pm'.",
        "Hi Alex,\n\nThanks again for spending the afternoon with the team. We're wrapping up "
        "the last interviews tomorrow and will make decisions by end of day Thursday, December "
        "3. I'll call you either way by 5pm that day.\n\nBest,\nKelsey Duarte\nRecruiting, "
        "Bramblecroft",
        days=((2026, 12, 3, "Thu"),),
    )
    s2 = ("Jana Winter", "jana.winter@kessler-medtech.example")
    yield neg(
        f,
        "entscheidung_bis",
        "de",
        s2,
        "Rückmeldung zu Ihrem Gespräch",
        sent_on(12, 2, 15, BER),
        "German decision date: 'Eine Entscheidung treffen wir bis Freitag, 4. Dezember, 12 Uhr'.",
        "Hallo Alex,\n\nvielen Dank für das angenehme Gespräch gestern. Wir sprechen noch mit "
        "zwei weiteren Kandidaten. Eine Entscheidung treffen wir bis Freitag, 4. Dezember, 12 "
        "Uhr - ich melde mich dann telefonisch bei Ihnen.\n\nViele Grüße\nJana Winter\n"
        "Kessler Medtech",
        days=((2026, 12, 4, "Fri"),),
    )
    s3 = ("Claire Morvan", "c.morvan@atelier-sorel.example")
    yield neg(
        f,
        "reponse_au_plus_tard",
        "fr",
        s3,
        "Suite à notre entretien",
        sent_on(12, 2, 18, PAR),
        "French decision date: 'vous aurez notre réponse au plus tard le lundi 7 décembre à 12h'.",
        "Bonjour Alex,\n\nMerci encore pour votre venue ce matin. Le comité se réunit cette "
        "semaine : vous aurez notre réponse au plus tard le lundi 7 décembre à 12h.\n\nBelle "
        "soirée,\nClaire Morvan\nAtelier Sorel",
        days=((2026, 12, 7, "Mon"),),
    )
    s4 = ("Lucía Peña", "lucia.pena@ferrovia-norte.example")
    yield neg(
        f,
        "decision_antes_de",
        "es",
        s4,
        "Tu proceso con Ferrovía Norte",
        sent_on(12, 1, 13, MAD),
        "Spanish decision date: 'tendremos una decisión antes del miércoles 9 de diciembre a "
        "las 13:00'.",
        "Hola Alex:\n\nGracias por la entrevista de ayer. Estamos terminando de hablar con "
        "otros candidatos y tendremos una decisión antes del miércoles 9 de diciembre a las "
        "13:00. Te escribiré en cuanto la tengamos.\n\nSaludos,\nLucía Peña\nFerrovía Norte",
        days=((2026, 12, 9, "Wed"),),
    )
    s5 = ("Tom Ashworth", "tom.ashworth@pellbrook.example")
    yield neg(
        f,
        "references_then_decision",
        "en-GB",
        s5,
        "Final stage - next steps",
        sent_on(12, 2, 16, LON),
        "UK decision timeline: references by Monday 7 December, decision by 5pm Wednesday 9 "
        "December.",
        "Hi Alex,\n\nThank you for coming in for the final stage. We will take up references "
        "by Monday 7 December and expect to reach a decision by 5pm on Wednesday 9 December.\n"
        "\nWith best wishes,\nTom Ashworth\nPellbrook",
        days=((2026, 12, 7, "Mon"), (2026, 12, 9, "Wed")),
    )
    sent = sent_on(12, 3, 16, CHI)
    yield ctl(
        f,
        "next_round_booked",
        "en-US",
        s,
        "Good news - final round",
        sent,
        "Control: the decision is to move forward; the final round is booked Tuesday, "
        "December 8 from 1:00 to 2:30 PM.",
        "Hi Alex,\n\nGood news: the team would like you to come back for the final round. I've "
        "booked you for Tuesday, December 8 from 1:00 to 2:30 PM at our office, 220 W Kinzie "
        "St, with the VP of Product and two engineers.\n\nBest,\nKelsey Duarte\nRecruiting, "
        "Bramblecroft",
        when(2026, 12, 8, "Tue", 13, 0, CHI),
        90,
    )


def oneway25() -> Iterator[Case]:
    f = "oneway25"
    s = ("Northvale Recruiting", "recruiting@northvale-bank.example")
    yield neg(
        f,
        "oneway_by_thursday",
        "en-US",
        s,
        "Next step: one-way video interview",
        sent_on(12, 1, 9, NY),
        "One-way video interview window: 'please complete it by Thursday, December 3 at 11:59 "
        "PM'; no live interview set.",
        "Hi Alex,\n\nThanks for applying to the Client Associate program. The next step is a "
        "one-way video interview: you record answers to five questions at a time that suits "
        "you.\n\nPlease complete the one-way video interview by Thursday, December 3 at 11:59 "
        "PM using this link: https://video.example/r/4471\n\nGood luck!\nNorthvale Recruiting",
        days=((2026, 12, 3, "Thu"),),
    )
    s2 = ("Campus Hiring - Tarang Infotech", "campus@tarang-infotech.example")
    yield neg(
        f,
        "online_test_window",
        "en-IN",
        s2,
        "Online assessment link - Graduate Engineer",
        sent_on(12, 2, 10, KOL),
        "Indian online assessment window: open from Friday, 4 December 10:00 AM to Saturday, 5 "
        "December 6:00 PM.",
        "Dear Candidate,\n\nYou have been shortlisted for the online assessment for the "
        "Graduate Engineer Trainee role. The assessment window opens on Friday, 4 December at "
        "10:00 AM and closes on Saturday, 5 December at 6:00 PM. You may take the 60-minute "
        "test any time within this window.\n\nLink: https://assess.example/t/9931\n\n"
        "Regards,\nCampus Hiring Team, Tarang Infotech",
        days=((2026, 12, 4, "Fri"), (2026, 12, 5, "Sat")),
    )
    s3 = ("Recruiting Team Falkenried", "karriere@falkenried-versicherung.example")
    yield neg(
        f,
        "videointerview_bis",
        "de",
        s3,
        "Ihr zeitversetztes Videointerview",
        sent_on(12, 2, 8, BER),
        "German recorded video interview: 'Bitte schließen Sie das Videointerview bis "
        "Donnerstag, 10. Dezember, 23:59 Uhr ab'.",
        "Hallo Alex,\n\nals nächsten Schritt laden wir Sie zu einem zeitversetzten "
        "Videointerview ein. Sie beantworten drei Fragen per Video, wann es Ihnen passt.\n\n"
        "Bitte schließen Sie das Videointerview bis Donnerstag, 10. Dezember, 23:59 Uhr ab: "
        "https://video.example/d/5520\n\nViele Grüße\nIhr Recruiting Team Falkenried",
        days=((2026, 12, 10, "Thu"),),
    )
    s4 = ("Équipe Talents Verlaine Conseil", "talents@verlaine-conseil.example")
    yield neg(
        f,
        "entretien_differe_avant",
        "fr",
        s4,
        "Votre entretien vidéo différé",
        sent_on(12, 1, 11, PAR),
        "French recorded interview: 'à compléter avant le jeudi 3 décembre 23h59'.",
        "Bonjour Alex,\n\nVotre candidature a retenu notre attention. Prochaine étape : un "
        "entretien vidéo différé de quatre questions, à compléter avant le jeudi 3 décembre "
        "23h59 via ce lien : https://video.example/f/3310\n\nCordialement,\nL'équipe Talents\n"
        "Verlaine Conseil",
        days=((2026, 12, 3, "Thu"),),
    )
    s5 = ("Talento Marvella", "talento@marvella-hoteles.example")
    yield neg(
        f,
        "prueba_antes_de",
        "es",
        s5,
        "Prueba online - Recepcionista",
        sent_on(12, 2, 12, MAD),
        "Spanish online test: 'realiza la prueba antes del jueves 10 de diciembre a las 23:59'.",
        "Hola Alex:\n\nGracias por tu candidatura. El siguiente paso es una prueba online de "
        "idiomas de unos 30 minutos. Por favor, realiza la prueba antes del jueves 10 de "
        "diciembre a las 23:59: https://test.example/e/7784\n\nUn saludo,\nEquipo de Talento\n"
        "Marvella Hoteles",
        days=((2026, 12, 10, "Thu"),),
    )
    s6 = ("Recruitment Bosveld", "recruitment@bosveld-energie.example")
    yield neg(
        f,
        "assessment_uiterlijk",
        "nl",
        s6,
        "Online assessment",
        sent_on(12, 1, 15, AMS),
        "Dutch assessment window: 'rond het assessment uiterlijk woensdag 9 december om 12:00 af'.",
        "Beste Alex,\n\nDank voor je sollicitatie. We vragen je een online assessment te maken "
        "(ongeveer 45 minuten). Rond het assessment uiterlijk woensdag 9 december om 12:00 af "
        "via https://assess.example/n/2208\n\nGroet,\nTeam Recruitment Bosveld Energie",
        days=((2026, 12, 9, "Wed"),),
    )
    sent = sent_on(12, 4, 10, NY)
    yield ctl(
        f,
        "live_after_recording",
        "en-US",
        s,
        "Live interview - Client Associate",
        sent,
        "Control: after the recording, the bank books a live video interview, Wednesday, "
        "December 9 at 3:30 PM for 30 minutes.",
        "Hi Alex,\n\nThanks for completing your recorded interview. The hiring team would like "
        "to meet you live: your video interview is set for Wednesday, December 9 at 3:30 PM "
        "(30 minutes) with Renee Castillo. Teams link: https://teams.example/l/6612\n\n"
        "Northvale Recruiting",
        when(2026, 12, 9, "Wed", 15, 30, NY),
        30,
    )


def slotlist25() -> Iterator[Case]:
    f = "slotlist25"
    s = ("Jordan Pike", "jordan.pike@cobaltreach.example")
    yield neg(
        f,
        "thursday_three_slots",
        "en-US",
        s,
        "Interview slots - Marketing Coordinator",
        sent_on(12, 2, 10, NY),
        "Slots to choose from: 'We have interview slots on Thursday Dec 10 at 10am, 11am and "
        "2pm ET. Please reply with the one that suits you best.'",
        "Hi Alex,\n\nThanks for your interest in the Marketing Coordinator role. We have "
        "interview slots on Thursday Dec 10 at 10am, 11am and 2pm ET. Please reply with the one "
        "that suits you best.\n\nThanks,\nJordan Pike\nCobalt Reach",
        days=((2026, 12, 10, "Thu"),),
    )
    s2 = ("Eleanor Voss", "e.voss@marlowe-dene.example")
    yield neg(
        f,
        "tuesday_times_list",
        "en-GB",
        s2,
        "Interview times on Tuesday",
        sent_on(12, 1, 12, LON),
        "UK slot list on one day: Tuesday 8 December at 09:30, 11:00, 13:30 or 15:00; 'let me "
        "know which you would prefer'.",
        "Dear Alex,\n\nWe would like to meet you for the Paralegal role. The partners are "
        "available on Tuesday 8 December at 09:30, 11:00, 13:30 or 15:00. Let me know which "
        "you would prefer and I will send a confirmation.\n\nKind regards,\nEleanor Voss\n"
        "Marlowe Dene LLP",
        days=((2026, 12, 8, "Tue"),),
    )
    s3 = ("Miriam Hoff", "m.hoff@stahlwerk-ost.example")
    yield neg(
        f,
        "donnerstag_uhrzeiten",
        "de",
        s3,
        "Terminauswahl Vorstellungsgespräch",
        sent_on(12, 2, 9, BER),
        "German slot list: 'am Donnerstag, 10. Dezember, um 9:00, 10:30 oder 14:00 Uhr - "
        "welche Uhrzeit passt Ihnen?'",
        "Hallo Alex,\n\nwir möchten Sie gern kennenlernen. Freie Termine haben wir am "
        "Donnerstag, 10. Dezember, um 9:00, 10:30 oder 14:00 Uhr. Welche Uhrzeit passt Ihnen "
        "am besten?\n\nViele Grüße\nMiriam Hoff\nStahlwerk Ost",
        days=((2026, 12, 10, "Thu"),),
    )
    s4 = ("Hélène Garnier", "h.garnier@optique-vauban.example")
    yield neg(
        f,
        "creneaux_mardi",
        "fr",
        s4,
        "Créneaux d'entretien",
        sent_on(12, 1, 14, PAR),
        "French slot list: 'créneaux le mardi 8 décembre à 10h, 11h30 ou 16h ; indiquez-moi "
        "celui qui vous convient'.",
        "Bonjour Alex,\n\nNous avons des créneaux d'entretien le mardi 8 décembre à 10h, 11h30 "
        "ou 16h. Indiquez-moi celui qui vous convient le mieux.\n\nBien à vous,\nHélène "
        "Garnier\nOptique Vauban",
        days=((2026, 12, 8, "Tue"),),
    )
    s5 = ("Raúl Ibarra", "raul.ibarra@solana-renovables.example")
    yield neg(
        f,
        "huecos_jueves",
        "es",
        s5,
        "Horarios para la entrevista",
        sent_on(12, 2, 11, MAD),
        "Spanish slot list: 'huecos el jueves 10 de diciembre a las 9:30, 12:00 y 17:00; dime "
        "cuál te va mejor'.",
        "Hola Alex:\n\nTenemos huecos para la entrevista el jueves 10 de diciembre a las 9:30, "
        "12:00 y 17:00. Dime cuál te va mejor y te envío la convocatoria.\n\nSaludos,\nRaúl "
        "Ibarra\nSolana Renovables",
        days=((2026, 12, 10, "Thu"),),
    )
    s6 = ("Sanne Mulder", "sanne.mulder@greveling.example")
    yield neg(
        f,
        "tijden_woensdag",
        "nl",
        s6,
        "Tijden voor het gesprek",
        sent_on(12, 2, 13, AMS),
        "Dutch slot list: 'woensdag 9 december om 10:00, 13:00 of 15:30 - laat je weten welk "
        "tijdstip je voorkeur heeft?'",
        "Hoi Alex,\n\nVoor het kennismakingsgesprek kunnen we woensdag 9 december om 10:00, "
        "13:00 of 15:30. Laat je weten welk tijdstip je voorkeur heeft?\n\nGroet,\nSanne "
        "Mulder\nGreveling",
        days=((2026, 12, 9, "Wed"),),
    )
    sent = sent_on(12, 3, 9, NY)
    yield ctl(
        f,
        "at_2pm_confirm_by",
        "en-US",
        s,
        "Interview confirmed - Marketing Coordinator",
        sent,
        "Control: 'your interview is at 2pm' on Thursday December 10 (45 minutes); 'please "
        "confirm by Friday 5pm' is a reply-by time, not the slot.",
        "Hi Alex,\n\nThanks for getting back to me. Your interview is on Thursday, December 10 "
        "at 2pm with our marketing director (45 minutes, Google Meet: "
        "https://meet.example/abc-1234). Please confirm by Friday 5pm.\n\nThanks,\nJordan "
        "Pike\nCobalt Reach",
        when(2026, 12, 10, "Thu", 14, 0, NY),
        45,
    )
    sent = sent_on(12, 2, 16, BER)
    yield ctl(
        f,
        "termin_bestaetigt",
        "de",
        s3,
        "Ihr Termin am Donnerstag",
        sent,
        "Control: the German employer confirms 10:30 Uhr on Donnerstag, 10. Dezember after the "
        "reader's pick.",
        "Hallo Alex,\n\ndanke für Ihre Rückmeldung. Ihr Vorstellungsgespräch findet am "
        "Donnerstag, 10. Dezember, um 10:30 Uhr bei uns im Werk statt (Dauer ca. 1 Stunde).\n"
        "\nViele Grüße\nMiriam Hoff\nStahlwerk Ost",
        when(2026, 12, 10, "Thu", 10, 30, BER),
        None,
    )


def daysfollow25() -> Iterator[Case]:
    f = "daysfollow25"
    s = ("Bea Lindqvist", "bea@harrowgate-studio.example")
    yield neg(
        f,
        "days_slot_follow",
        "en-US",
        s,
        "Interview days",
        sent_on(12, 1, 11, LA),
        "Interview days announced: 'Our interview days are Dec 10 and 11; your slot will "
        "follow by Monday at noon.'",
        "Hi Alex,\n\nYou're through to interviews for the Junior Designer role. Our interview "
        "days are Thursday, Dec 10 and Friday, Dec 11; your exact slot will follow by Monday "
        "at noon.\n\nBea Lindqvist\nHarrowgate Studio",
        days=((2026, 12, 10, "Thu"), (2026, 12, 11, "Fri")),
    )
    s2 = ("Recruiting Aurelia Pharma", "recruiting@aurelia-pharma.example")
    yield neg(
        f,
        "auswahltage",
        "de",
        s2,
        "Auswahltage im Dezember",
        sent_on(12, 2, 10, BER),
        "German selection days 9. und 10. Dezember, each day 9 bis 16 Uhr; 'Ihre genaue "
        "Uhrzeit teilen wir Ihnen gesondert mit'.",
        "Hallo Alex,\n\nherzlichen Glückwunsch, Sie sind in der nächsten Runde! Unsere "
        "Auswahltage finden am Mittwoch, 9. und Donnerstag, 10. Dezember jeweils zwischen 9 und "
        "16 Uhr statt. Ihre genaue Uhrzeit teilen wir Ihnen gesondert mit.\n\nViele Grüße\n"
        "Recruiting Aurelia Pharma",
        days=((2026, 12, 9, "Wed"), (2026, 12, 10, "Thu")),
    )
    s3 = ("RH Lumen Énergie", "rh@lumen-energie.example")
    yield neg(
        f,
        "journees_convocation_suivra",
        "fr",
        s3,
        "Journées d'entretiens",
        sent_on(12, 2, 14, PAR),
        "French interview days les 14 et 15 décembre, 9h-18h; 'votre convocation avec l'heure "
        "exacte suivra'.",
        "Bonjour Alex,\n\nLes journées d'entretiens auront lieu le lundi 14 et le mardi 15 "
        "décembre, de 9h à 18h, dans nos locaux de Lyon. Votre convocation avec l'heure exacte "
        "suivra d'ici vendredi.\n\nCordialement,\nService RH, Lumen Énergie",
        days=((2026, 12, 14, "Mon"), (2026, 12, 15, "Tue")),
    )
    s4 = ("Selezione Carraro", "selezione@carraro-meccanica.example")
    yield neg(
        f,
        "giornate_colloqui",
        "it",
        s4,
        "Giornate di colloquio",
        sent_on(12, 1, 12, ROM),
        "Italian interview days 10 e 11 dicembre dalle 9 alle 17; 'l'orario preciso le verrà "
        "comunicato'.",
        "Gentile Alex,\n\nle giornate di colloquio si terranno giovedì 10 e venerdì 11 dicembre "
        "dalle 9:00 alle 17:00 presso la nostra sede di Padova. L'orario preciso le verrà "
        "comunicato nei prossimi giorni.\n\nCordiali saluti,\nUfficio Selezione Carraro",
        days=((2026, 12, 10, "Thu"), (2026, 12, 11, "Fri")),
    )
    s5 = ("Selección Hostal Brisa", "rrhh@hostal-brisa.example")
    yield neg(
        f,
        "jornadas_hora_confirmar",
        "es",
        s5,
        "Jornadas de entrevistas",
        sent_on(12, 2, 9, MAD),
        "Spanish interview days martes 15 y miércoles 16, 10:00-14:00; 'te confirmaremos tu hora'.",
        "Hola Alex:\n\nLas entrevistas serán el martes 15 y el miércoles 16 de diciembre, de "
        "10:00 a 14:00. Te confirmaremos tu hora exacta esta semana.\n\nUn saludo,\nRRHH "
        "Hostal Brisa",
        days=((2026, 12, 15, "Tue"), (2026, 12, 16, "Wed")),
    )
    sent = sent_on(12, 4, 11, ROM)
    yield ctl(
        f,
        "orario_colloquio",
        "it",
        s4,
        "Convocazione al colloquio",
        sent,
        "Control: the Italian employer sends the slot: venerdì 11 dicembre alle 10:30, 45 minuti.",
        "Gentile Alex,\n\ncome anticipato, la convochiamo al colloquio venerdì 11 dicembre "
        "alle ore 10:30 presso la sede di Padova, via Venezia 40. Durata prevista: 45 minuti.\n"
        "\nCordiali saluti,\nUfficio Selezione Carraro",
        when(2026, 12, 11, "Fri", 10, 30, ROM),
        45,
    )


def closure25() -> Iterator[Case]:
    f = "closure25"
    s = ("People Team Quarrendon", "people@quarrendon.example")
    yield neg(
        f,
        "christmas_closure",
        "en-GB",
        s,
        "Christmas closure and your application",
        sent_on(12, 2, 10, LON),
        "UK closure: offices closed from 5pm Wednesday 23 December; recruitment resumes "
        "Monday 4 January at 9am.",
        "Dear Alex,\n\nPlease note that our offices close for Christmas at 5pm on Wednesday 23 "
        "December and reopen at 9am on Monday 4 January. Interviews for the Finance Assistant "
        "role will be arranged after we return.\n\nKind regards,\nPeople Team, Quarrendon",
        days=((2026, 12, 23, "Wed"), (2027, 1, 4, "Mon")),
    )
    s2 = ("Personalteam Hofmann", "personal@hofmann-bau.example")
    yield neg(
        f,
        "betriebsferien",
        "de",
        s2,
        "Betriebsferien - Ihre Bewerbung",
        sent_on(12, 3, 9, BER),
        "German company holidays 24. Dezember bis 1. Januar; 'ab Montag, 4. Januar, 8 Uhr' "
        "applications are processed again.",
        "Hallo Alex,\n\nbitte beachten Sie: Vom 24. Dezember bis 1. Januar sind Betriebsferien. "
        "Ab Montag, 4. Januar, 8 Uhr bearbeiten wir Ihre Bewerbung weiter und melden uns wegen "
        "eines Gesprächstermins.\n\nViele Grüße\nIhr Personalteam Hofmann Bau",
        days=((2027, 1, 4, "Mon"),),
    )
    s3 = ("RH Bercy Distribution", "rh@bercy-distribution.example")
    yield neg(
        f,
        "fermeture_fetes",
        "fr",
        s3,
        "Fermeture pendant les fêtes",
        sent_on(12, 2, 15, PAR),
        "French closure: fermés du jeudi 24 décembre au vendredi 1er janvier; reprise du "
        "processus le lundi 4 janvier à 9h.",
        "Bonjour Alex,\n\nNos bureaux seront fermés du jeudi 24 décembre au vendredi 1er "
        "janvier. Le processus de recrutement reprendra le lundi 4 janvier à 9h ; nous vous "
        "proposerons alors une date d'entretien.\n\nCordialement,\nRH Bercy Distribution",
        days=((2026, 12, 24, "Thu"), (2027, 1, 1, "Fri"), (2027, 1, 4, "Mon")),
    )
    s4 = ("HR Ter Horst", "hr@terhorst-techniek.example")
    yield neg(
        f,
        "kerstsluiting",
        "nl",
        s4,
        "Kerstsluiting",
        sent_on(12, 2, 11, AMS),
        "Dutch closure: gesloten vanaf vrijdag 18 december 17:00 tot maandag 4 januari 8:30.",
        "Beste Alex,\n\nOns kantoor is gesloten vanaf vrijdag 18 december 17:00 tot maandag 4 "
        "januari 8:30. Daarna plannen we de gesprekken voor de vacature monteur in.\n\nGroet,\n"
        "HR Ter Horst Techniek",
        days=((2026, 12, 18, "Fri"), (2027, 1, 4, "Mon")),
    )
    s5 = ("Gente & Cultura Ipê", "gente@ipe-alimentos.example")
    yield neg(
        f,
        "recesso_fim_de_ano",
        "pt-BR",
        s5,
        "Recesso de fim de ano",
        sent_on(12, 2, 10, SAO),
        "Brazilian year-end recess: de 21 de dezembro a 1º de janeiro; process resumes "
        "segunda-feira, 4 de janeiro, às 9h.",
        "Olá, Alex!\n\nInformamos que estaremos em recesso de 21 de dezembro a 1º de janeiro. "
        "O processo seletivo será retomado na segunda-feira, 4 de janeiro, às 9h, quando "
        "entraremos em contato para agendar as entrevistas.\n\nAbraços,\nGente & Cultura Ipê "
        "Alimentos",
        days=((2026, 12, 21, "Mon"), (2027, 1, 4, "Mon")),
    )
    sent = sent_on(12, 4, 10, LON)
    yield ctl(
        f,
        "booked_after_break",
        "en-GB",
        s,
        "Interview invitation - Finance Assistant",
        sent,
        "Control: the UK employer books the interview after the break: Tuesday 5 January, "
        "10:00-10:45.",
        "Dear Alex,\n\nAs our offices close over Christmas, we have booked your interview for "
        "after the break: Tuesday 5 January, 10:00 - 10:45, at our Reading office with Sarah "
        "Bell (Finance Manager).\n\nKind regards,\nPeople Team, Quarrendon",
        when(2027, 1, 5, "Tue", 10, 0, LON),
        45,
    )


def recooo25() -> Iterator[Case]:
    f = "recooo25"
    s = ("Megan Ortiz", "megan.ortiz@tallgrass-health.example")
    yield neg(
        f,
        "ooo_back_monday",
        "en-US",
        s,
        "Automatic reply: Interview availability",
        sent_on(12, 2, 14, CHI),
        "Recruiter's out-of-office: back Monday, December 7 at 9:00 AM; urgent interview "
        "questions to another address.",
        "Thank you for your email. I am out of the office with limited access to email and "
        "will return on Monday, December 7 at 9:00 AM. For urgent questions about interview "
        "scheduling, please contact recruiting@tallgrass-health.example.\n\nMegan Ortiz\n"
        "Senior Recruiter",
        days=((2026, 12, 7, "Mon"),),
        headers=AUTOREPLY,
    )
    s2 = ("Ananya Rao", "ananya.rao@kestrel-fintech.example")
    yield neg(
        f,
        "ooo_leave_india",
        "en-IN",
        s2,
        "Out of office: Re: Interview feedback",
        sent_on(12, 2, 12, KOL),
        "Indian recruiter on leave till Friday, 4 December; 'I will respond after 10 AM'.",
        "Hi,\n\nI am on leave till Friday, 4 December and will respond to your mail after "
        "10 AM that day. For interview-related queries please write to "
        "hiring@kestrel-fintech.example.\n\nThanks & Regards,\nAnanya Rao",
        days=((2026, 12, 4, "Fri"),),
        headers=AUTOREPLY,
    )
    s3 = ("Katrin Sommer", "k.sommer@lindner-maschinen.example")
    yield neg(
        f,
        "abwesenheit",
        "de",
        s3,
        "Abwesenheitsnotiz: Ihr Vorstellungsgespräch",
        sent_on(12, 3, 8, BER),
        "German absence note: 'ab Montag, 7. Dezember, 8:00 Uhr wieder im Büro'.",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 4. Dezember, nicht "
        "im Büro und ab Montag, 7. Dezember, 8:00 Uhr wieder erreichbar. In dringenden Fällen "
        "zu Vorstellungsgesprächen wenden Sie sich bitte an bewerbung@lindner-maschinen."
        "example.\n\nKatrin Sommer",
        days=((2026, 12, 4, "Fri"), (2026, 12, 7, "Mon")),
        headers=AUTOREPLY,
    )
    s4 = ("Julie Perrin", "julie.perrin@groupe-alizee.example")
    yield neg(
        f,
        "absence_retour",
        "fr",
        s4,
        "Réponse automatique : entretien",
        sent_on(12, 2, 17, PAR),
        "French auto-reply: 'de retour le mardi 8 décembre à 9h'.",
        "Bonjour,\n\nJe suis absente du bureau et serai de retour le mardi 8 décembre à 9h. "
        "Pour toute question concernant un entretien, merci d'écrire à "
        "recrutement@groupe-alizee.example.\n\nJulie Perrin",
        days=((2026, 12, 8, "Tue"),),
        headers=AUTOREPLY,
    )
    s5 = ("Marta Gil", "marta.gil@cadena-olmo.example")
    yield neg(
        f,
        "fuera_oficina",
        "es",
        s5,
        "Fuera de la oficina: entrevista",
        sent_on(12, 2, 13, MAD),
        "Spanish out-of-office: 'estaré de vuelta el lunes 7 de diciembre a las 9:00'.",
        "Gracias por tu mensaje. Estoy fuera de la oficina y estaré de vuelta el lunes 7 de "
        "diciembre a las 9:00. Para entrevistas urgentes, contacta con seleccion@cadena-olmo."
        "example.\n\nMarta Gil",
        days=((2026, 12, 7, "Mon"),),
        headers=AUTOREPLY,
    )
    s6 = ("Giulia Ferri", "giulia.ferri@ventura-design.example")
    yield neg(
        f,
        "fuori_ufficio",
        "it",
        s6,
        "Risposta automatica: colloquio",
        sent_on(12, 2, 10, ROM),
        "Italian auto-reply: 'rientrerò lunedì 7 dicembre alle 9:00'.",
        "Grazie per il messaggio. Sono fuori ufficio e rientrerò lunedì 7 dicembre alle 9:00. "
        "Per i colloqui scrivete a selezione@ventura-design.example.\n\nGiulia Ferri",
        days=((2026, 12, 7, "Mon"),),
        headers=AUTOREPLY,
    )
    s7 = ("Bram de Wit", "bram.dewit@polderlicht.example")
    yield neg(
        f,
        "afwezig",
        "nl",
        s7,
        "Automatisch antwoord: sollicitatiegesprek",
        sent_on(12, 2, 9, AMS),
        "Dutch auto-reply: 'vanaf dinsdag 8 december om 9:00 weer aanwezig'.",
        "Bedankt voor je bericht. Ik ben afwezig en vanaf dinsdag 8 december om 9:00 weer "
        "aanwezig. Voor sollicitatiegesprekken kun je terecht bij werken@polderlicht.example."
        "\n\nBram de Wit",
        days=((2026, 12, 8, "Tue"),),
        headers=AUTOREPLY,
    )
    sent = sent_on(12, 7, 10, CHI)
    yield ctl(
        f,
        "back_and_booked",
        "en-US",
        s,
        "Interview scheduled - RN Case Manager",
        sent,
        "Control: the recruiter is back and books the interview: Thursday, December 10 at "
        "1:00 PM for an hour.",
        "Hi Alex,\n\nThanks for your patience while I was out. I've scheduled your interview "
        "with the nursing director for Thursday, December 10 at 1:00 PM (one hour) at our "
        "Evanston clinic.\n\nMegan Ortiz\nSenior Recruiter, Tallgrass Health",
        when(2026, 12, 10, "Thu", 13, 0, CHI),
        60,
    )


def prepcall25() -> Iterator[Case]:
    f = "prepcall25"
    s = ("Renata Cole", "renata@brightpath-coaching.example")
    yield neg(
        f,
        "prep_call_tomorrow",
        "en-US",
        s,
        "Reminder: interview prep call tomorrow",
        sent_on(12, 2, 16, NY),
        "Career coach: 'Reminder: interview prep call with your career coach tomorrow at 5pm. "
        "Bring your questions!'",
        "Hi Alex,\n\nReminder: interview prep call with your career coach tomorrow at 5pm. "
        "Bring your questions!\n\nRenata\nBrightPath Coaching",
    )
    s2 = ("Oliver Haines", "oliver@nextstep-careers.example")
    yield neg(
        f,
        "mock_interview",
        "en-GB",
        s2,
        "Your mock interview session",
        sent_on(12, 1, 11, LON),
        "UK careers service mock interview, Thursday 3 December at 14:00 (45 minutes).",
        "Hi Alex,\n\nYour mock interview session is booked for Thursday 3 December at 14:00 "
        "(45 minutes) on Teams. We'll practise competency questions for your assessment centre "
        "next week and I'll give you feedback afterwards.\n\nBest,\nOliver Haines\nNextStep "
        "Careers",
        days=((2026, 12, 3, "Thu"),),
    )
    s3 = ("Uni Careers Hub", "careers@southbank-uni.example")
    yield neg(
        f,
        "practice_interview",
        "en-AU",
        s3,
        "Practice interview booking confirmed",
        sent_on(12, 2, 9, MEL),
        "Australian university careers hub: practice interview, Monday 7 December, 10:30am.",
        "Hi Alex,\n\nYour practice interview with a careers consultant is confirmed for Monday "
        "7 December at 10:30am in Building B, Level 2. Please bring the job ad you are "
        "preparing for.\n\nCareers Hub, Southbank University",
        days=((2026, 12, 7, "Mon"),),
    )
    s4 = ("Sabine Roth", "sabine.roth@karriere-kompass.example")
    yield neg(
        f,
        "interviewtraining",
        "de",
        s4,
        "Erinnerung: Interviewtraining",
        sent_on(12, 2, 12, BER),
        "German career coach: 'unser Interviewtraining am Freitag, 4. Dezember, um 15 Uhr'.",
        "Hallo Alex,\n\nkurze Erinnerung an unser Interviewtraining am Freitag, 4. Dezember, "
        "um 15 Uhr per Zoom. Wir üben typische Fragen für Ihr Gespräch bei der Bank.\n\n"
        "Viele Grüße\nSabine Roth\nKarriere-Kompass Coaching",
        days=((2026, 12, 4, "Fri"),),
    )
    s5 = ("Nadia Benali", "nadia@cap-emploi-coaching.example")
    yield neg(
        f,
        "simulation_entretien",
        "fr",
        s5,
        "Simulation d'entretien",
        sent_on(12, 1, 18, PAR),
        "French coach: 'séance de simulation d'entretien jeudi 3 décembre à 18h'.",
        "Bonjour Alex,\n\nJe vous confirme notre séance de simulation d'entretien jeudi 3 "
        "décembre à 18h en visio. Préparez votre présentation en deux minutes !\n\nNadia "
        "Benali\nCoach carrière",
        days=((2026, 12, 3, "Thu"),),
    )
    s6 = ("Pablo Ruiz", "pablo@impulsa-coaching.example")
    yield neg(
        f,
        "preparacion_entrevista",
        "es",
        s6,
        "Sesión de preparación de entrevista",
        sent_on(12, 2, 10, MAD),
        "Spanish coach: 'sesión de preparación de entrevista mañana a las 19:00'.",
        "Hola Alex:\n\nTe recuerdo nuestra sesión de preparación de entrevista mañana a las "
        "19:00 por videollamada. Trae tus dudas sobre la entrevista con la consultora.\n\n"
        "Pablo Ruiz\nImpulsa Coaching",
    )
    s7 = ("Outplacement Team", "candidates@meridian-transition.example")
    sent = sent_on(12, 2, 15, NY)
    yield ctl(
        f,
        "arranged_interview",
        "en-US",
        s7,
        "Interview confirmed with Halverson Foods",
        sent,
        "Control: an outplacement service confirms the employer interview it arranged: "
        "Wednesday, December 9 at 10:00 AM, 60 minutes, with the employer.",
        "Hi Alex,\n\nGreat news - Halverson Foods would like to interview you for the Supply "
        "Planner role. Your interview is confirmed for Wednesday, December 9 at 10:00 AM (60 "
        "minutes) with their Head of Planning, at 75 Harbor Rd, Stamford.\n\nOutplacement "
        "Team, Meridian Transition",
        when(2026, 12, 9, "Wed", 10, 0, NY),
        60,
    )


def portal25() -> Iterator[Case]:
    f = "portal25"
    s = ("Recruitment - Fenwick Council", "recruitment@fenwick-council.example")
    yield neg(
        f,
        "closing_date",
        "en-GB",
        s,
        "Reminder: applications close Friday",
        sent_on(12, 2, 9, LON),
        "UK job alert: applications close at 23:59 on Friday 11 December; interviews "
        "expected w/c 4 January.",
        "Dear Alex,\n\nYou started an application for Housing Officer. Applications close at "
        "23:59 on Friday 11 December. Interviews are expected to take place w/c 4 January.\n\n"
        "Recruitment, Fenwick Council",
        days=((2026, 12, 11, "Fri"), (2027, 1, 4, "Mon")),
    )
    s2 = ("Careers - Redgum Water", "careers@redgum-water.example")
    yield neg(
        f,
        "portal_closes",
        "en-AU",
        s2,
        "Graduate portal closes Sunday",
        sent_on(12, 2, 12, SYD),
        "Australian graduate portal closes Sunday 6 December at 11:59pm AEDT.",
        "Hi Alex,\n\nJust a reminder that our graduate program portal closes on Sunday 6 "
        "December at 11:59pm AEDT. Shortlisted applicants will be contacted in January.\n\n"
        "Careers Team, Redgum Water",
        days=((2026, 12, 6, "Sun"),),
    )
    s3 = ("Karriere Stadtwerke Lenz", "karriere@stadtwerke-lenz.example")
    yield neg(
        f,
        "bewerbungsfrist",
        "de",
        s3,
        "Bewerbungsfrist endet bald",
        sent_on(12, 1, 10, BER),
        "German deadline: 'Bewerbungen sind bis Sonntag, 13. Dezember, 23:59 Uhr möglich'.",
        "Hallo Alex,\n\nSie haben Ihre Bewerbung als Elektroniker noch nicht abgeschickt. "
        "Bewerbungen sind bis Sonntag, 13. Dezember, 23:59 Uhr über unser Portal möglich.\n\n"
        "Ihr Karriere-Team der Stadtwerke Lenz",
        days=((2026, 12, 13, "Sun"),),
    )
    s4 = ("Recrutement Hôpital Saint-Roch", "recrutement@hopital-stroch.example")
    yield neg(
        f,
        "cloture_candidatures",
        "fr",
        s4,
        "Clôture des candidatures",
        sent_on(12, 2, 10, PAR),
        "French posting closes 'le vendredi 11 décembre à midi'.",
        "Bonjour Alex,\n\nLes candidatures pour le poste d'infirmier(ère) de bloc seront "
        "clôturées le vendredi 11 décembre à midi. Pensez à finaliser votre dossier.\n\n"
        "Service recrutement, Hôpital Saint-Roch",
        days=((2026, 12, 11, "Fri"),),
    )
    s5 = ("Empleo Aguas del Turia", "empleo@aguas-turia.example")
    yield neg(
        f,
        "plazo_inscripcion",
        "es",
        s5,
        "Último día para inscribirte",
        sent_on(12, 2, 8, MAD),
        "Spanish deadline: 'el plazo de inscripción termina el jueves 3 de diciembre a las 14:00'.",
        "Hola Alex:\n\nEl plazo de inscripción para la oferta de Técnico de mantenimiento "
        "termina el jueves 3 de diciembre a las 14:00. Las entrevistas se harán en enero.\n\n"
        "Empleo, Aguas del Turia",
        days=((2026, 12, 3, "Thu"),),
    )
    s6 = ("Werving Gemeente Dalwijk", "werving@dalwijk.example")
    yield neg(
        f,
        "sluitingsdatum",
        "nl",
        s6,
        "Vacature sluit binnenkort",
        sent_on(12, 2, 9, AMS),
        "Dutch posting: 'reageren kan tot en met maandag 7 december 12:00'; gesprekken in week 51.",
        "Beste Alex,\n\nReageren op de vacature beleidsmedewerker kan tot en met maandag 7 "
        "december 12:00. De eerste gesprekken staan gepland in week 51.\n\nTeam Werving, "
        "Gemeente Dalwijk",
        days=((2026, 12, 7, "Mon"),),
    )
    s7 = ("採用事務局", "saiyo@asahi-kogyo.example")
    yield neg(
        f,
        "entry_shimekiri",
        "ja",
        s7,
        "【朝日工業】エントリー締切のお知らせ",
        sent_on(12, 2, 10, TYO),
        "Japanese entry deadline: エントリー締切 12月11日（金）17:00.",
        "Alex Morgan 様\n\n朝日工業 採用事務局です。中途採用のエントリー締切は12月11日（金）"
        "17:00です。締切後、書類選考の結果を順次ご連絡いたします。\n\n朝日工業株式会社 採用事務局",
        days=((2026, 12, 11, "Fri"),),
    )
    sent = sent_on(12, 14, 10, LON)
    yield ctl(
        f,
        "interview_after_close",
        "en-GB",
        s,
        "Interview invitation - Housing Officer",
        sent,
        "Control: the council books the interview after the close: Wednesday 6 January, 11:00 "
        "to 12:00.",
        "Dear Alex,\n\nThank you for applying for Housing Officer. We are pleased to invite you "
        "to interview on Wednesday 6 January from 11:00 to 12:00 at the Civic Centre, Room "
        "3.14.\n\nRecruitment, Fenwick Council",
        when(2027, 1, 6, "Wed", 11, 0, LON),
        60,
    )


def hiretlf25() -> Iterator[Case]:
    f = "hiretlf25"
    s = ("Talentos Jacarandá", "talentos@jacaranda-seguros.example")
    yield neg(
        f,
        "entrevistas_semana",
        "pt-BR",
        s,
        "Seu processo seletivo",
        sent_on(12, 1, 10, SAO),
        "Brazilian timeline: entrevistas na semana de 14 de dezembro; shortlisted contacted "
        "até sexta-feira, 11 de dezembro, às 17h.",
        "Olá, Alex!\n\nObrigado por se candidatar à vaga de Analista de Sinistros. As "
        "entrevistas acontecerão na semana de 14 de dezembro. Entraremos em contato com os "
        "pré-selecionados até sexta-feira, 11 de dezembro, às 17h.\n\nAbraços,\nTime de "
        "Talentos Jacarandá",
        days=((2026, 12, 14, "Mon"), (2026, 12, 11, "Fri")),
    )
    s2 = ("Risorse Umane Valdora", "hr@valdora-tessile.example")
    yield neg(
        f,
        "colloqui_settimana",
        "it",
        s2,
        "Aggiornamento sulla candidatura",
        sent_on(12, 2, 9, ROM),
        "Italian timeline: colloqui nella settimana del 14 dicembre; 'entro giovedì 10 "
        "dicembre alle 18:00'.",
        "Gentile Alex,\n\ni colloqui per la posizione di Buyer si svolgeranno nella settimana "
        "del 14 dicembre. Contatteremo i candidati selezionati entro giovedì 10 dicembre alle "
        "18:00.\n\nCordiali saluti,\nRisorse Umane Valdora",
        days=((2026, 12, 14, "Mon"), (2026, 12, 10, "Thu")),
    )
    s3 = ("Dział Rekrutacji Orlik", "rekrutacja@orlik-logistyka.example")
    yield neg(
        f,
        "rozmowy_tydzien",
        "pl",
        s3,
        "Informacja o procesie rekrutacji",
        sent_on(12, 2, 11, WAW),
        "Polish timeline: rozmowy w tygodniu od 14 grudnia; 'do piątku 11 grudnia do godz. 16:00'.",
        "Dzień dobry,\n\nrozmowy kwalifikacyjne na stanowisko specjalisty ds. zakupów odbędą "
        "się w tygodniu od 14 grudnia. Z wybranymi kandydatami skontaktujemy się do piątku 11 "
        "grudnia do godz. 16:00.\n\nPozdrawiamy\nDział Rekrutacji Orlik Logistyka",
        days=((2026, 12, 14, "Mon"), (2026, 12, 11, "Fri")),
    )
    s4 = ("採用担当", "jinji@midori-shoji.example")
    yield neg(
        f,
        "mensetsu_kikan",
        "ja",
        s4,
        "今後の選考スケジュールについて",
        sent_on(12, 2, 10, TYO),
        "Japanese schedule: 面接は12月14日の週; 通過者には12月11日（金）17時までに連絡.",
        "Alex Morgan 様\n\nみどり商事 採用担当です。一次面接は12月14日の週に実施予定です。"
        "書類選考通過者の方には、12月11日（金）17時までにご連絡いたします。\n\nみどり商事 採用担当",
        days=((2026, 12, 11, "Fri"),),
    )
    sent = sent_on(12, 9, 14, SAO)
    yield ctl(
        f,
        "entrevista_agendada",
        "pt-BR",
        s,
        "Entrevista agendada",
        sent,
        "Control: the Brazilian employer books terça-feira, 15 de dezembro, às 10h, 1 hora.",
        "Olá, Alex!\n\nSua entrevista está agendada para terça-feira, 15 de dezembro, às 10h, "
        "com duração de 1 hora, pelo Google Meet: https://meet.example/jac-001. Por favor, "
        "confirme até sexta-feira às 17h.\n\nTime de Talentos Jacarandá",
        when(2026, 12, 15, "Tue", 10, 0, SAO),
        60,
    )


def assesswin25() -> Iterator[Case]:
    f = "assesswin25"
    s = ("Recrutamento Aroeira", "vagas@aroeira-tech.example")
    yield neg(
        f,
        "video_gravado_ate",
        "pt-BR",
        s,
        "Etapa de vídeo gravado",
        sent_on(12, 1, 9, SAO),
        "Brazilian recorded video step: 'envie até quinta-feira, 3 de dezembro, às 23h59'.",
        "Olá, Alex!\n\nA próxima etapa é uma entrevista em vídeo gravado, com três perguntas. "
        "Envie suas respostas até quinta-feira, 3 de dezembro, às 23h59, pelo link "
        "https://video.example/b/1190\n\nEquipe de Recrutamento Aroeira",
        days=((2026, 12, 3, "Thu"),),
    )
    s2 = ("Selezione Brera Consulting", "careers@brera-consulting.example")
    yield neg(
        f,
        "test_entro",
        "it",
        s2,
        "Test online",
        sent_on(12, 2, 10, ROM),
        "Italian online test: 'completare entro mercoledì 9 dicembre alle 23:59'.",
        "Gentile Alex,\n\nla invitiamo a svolgere il test logico online (circa 40 minuti). La "
        "preghiamo di completarlo entro mercoledì 9 dicembre alle 23:59: "
        "https://test.example/i/5521\n\nUfficio Selezione Brera Consulting",
        days=((2026, 12, 9, "Wed"),),
    )
    s3 = ("Rekrutacja Wisła Bank", "kariera@wisla-bank.example")
    yield neg(
        f,
        "test_do",
        "pl",
        s3,
        "Test kompetencyjny online",
        sent_on(12, 2, 12, WAW),
        "Polish competence test: 'prosimy o wypełnienie do czwartku 10 grudnia, godz. 23:59'.",
        "Dzień dobry,\n\nzapraszamy do testu kompetencyjnego online. Prosimy o jego wypełnienie "
        "do czwartku 10 grudnia, godz. 23:59: https://test.example/p/7730\n\nZespół "
        "Rekrutacji Wisła Bank",
        days=((2026, 12, 10, "Thu"),),
    )
    s4 = ("新卒採用", "recruit@kaede-foods.example")
    yield neg(
        f,
        "doga_mensetsu_kigen",
        "ja",
        s4,
        "録画面接のご案内",
        sent_on(12, 2, 9, TYO),
        "Japanese recorded interview: 受検期限 12月10日（木）23:59.",
        "Alex Morgan 様\n\nかえで食品 新卒採用です。次の選考は録画面接です。"
        "12月10日（木）23:59までに下記URLから回答を提出してください。\nhttps://video.example/j/33\n"
        "\nかえで食品株式会社 新卒採用",
        days=((2026, 12, 10, "Thu"),),
    )
    s5 = ("Talent Team Kookaburra", "talent@kookaburra-retail.example")
    yield neg(
        f,
        "video_by_sunday",
        "en-AU",
        s5,
        "Video interview - please complete",
        sent_on(12, 2, 14, SYD),
        "Australian recorded video interview to complete by 11:59pm Sunday 6 December.",
        "Hi Alex,\n\nThanks for applying for Store Manager. Please complete your video "
        "interview by 11:59pm Sunday 6 December via https://video.example/a/8802 - it takes "
        "about 15 minutes.\n\nTalent Team, Kookaburra Retail",
        days=((2026, 12, 6, "Sun"),),
    )
    sent = sent_on(12, 7, 10, ROM)
    yield ctl(
        f,
        "colloquio_dopo_test",
        "it",
        s2,
        "Invito a colloquio",
        sent,
        "Control: after the test the Italian employer books giovedì 10 dicembre ore 15:00-16:00.",
        "Gentile Alex,\n\ngrazie per aver completato il test. La invitiamo a un colloquio "
        "giovedì 10 dicembre dalle 15:00 alle 16:00 presso la nostra sede di Milano, via "
        "Solferino 12.\n\nUfficio Selezione Brera Consulting",
        when(2026, 12, 10, "Thu", 15, 0, ROM),
        60,
    )


def slotlistx25() -> Iterator[Case]:
    f = "slotlistx25"
    s = ("Camila Souza", "camila.souza@ipanema-log.example")
    yield neg(
        f,
        "horarios_quinta",
        "pt-BR",
        s,
        "Horários para entrevista",
        sent_on(12, 2, 10, SAO),
        "Brazilian slot list: quinta-feira, 10 de dezembro, às 9h, 11h ou 15h; 'me diga qual "
        "prefere'.",
        "Oi, Alex!\n\nTemos horários para a entrevista na quinta-feira, 10 de dezembro, às 9h, "
        "11h ou 15h. Me diga qual prefere.\n\nAbraço,\nCamila Souza\nIpanema Logística",
        days=((2026, 12, 10, "Thu"),),
    )
    s2 = ("Marco Bellini", "marco.bellini@ortensia-group.example")
    yield neg(
        f,
        "orari_martedi",
        "it",
        s2,
        "Disponibilità per il colloquio",
        sent_on(12, 1, 11, ROM),
        "Italian slot list: martedì 8 dicembre alle 10:00, 12:00 o 16:30.",
        "Ciao Alex,\n\nper il colloquio abbiamo disponibilità martedì 8 dicembre alle 10:00, "
        "12:00 o 16:30. Fammi sapere quale orario preferisci.\n\nMarco Bellini\nOrtensia Group",
        days=((2026, 12, 8, "Tue"),),
    )
    s3 = ("Agnieszka Nowak", "a.nowak@bursztyn-it.example")
    yield neg(
        f,
        "terminy_czwartek",
        "pl",
        s3,
        "Terminy rozmowy",
        sent_on(12, 2, 9, WAW),
        "Polish slot list: czwartek 10 grudnia o 9:00, 11:30 lub 14:00; 'proszę o wybór'.",
        "Dzień dobry,\n\nmożemy zaproponować rozmowę w czwartek 10 grudnia o 9:00, 11:30 lub "
        "14:00. Proszę o wybór jednej z godzin.\n\nPozdrawiam\nAgnieszka Nowak\nBursztyn IT",
        days=((2026, 12, 10, "Thu"),),
    )
    s4 = ("人事部 佐藤", "sato@hikari-denshi.example")
    yield neg(
        f,
        "kouho_jikan",
        "ja",
        s4,
        "面接日程のご相談",
        sent_on(12, 2, 10, TYO),
        "Japanese slot list: 12月10日（木）10:00／13:00／15:00 のいずれか; "
        "ご希望をお知らせください.",
        "Alex Morgan 様\n\nひかり電子 人事部の佐藤です。面接日程について、12月10日（木）の"
        "10:00／13:00／15:00のいずれかでご都合のよい時間をお知らせください。\n\n"
        "ひかり電子 人事部 佐藤",
        days=((2026, 12, 10, "Thu"),),
    )
    s5 = ("Rohit Malhotra", "rohit.m@saffron-analytics.example")
    yield neg(
        f,
        "slots_friday",
        "en-IN",
        s5,
        "Interview slots for Friday",
        sent_on(12, 2, 12, KOL),
        "Indian slot list: Friday, 4 December at 11 AM, 12:30 PM or 4 PM; 'revert with your "
        "preferred slot'.",
        "Hi Alex,\n\nWe have the following slots for your technical round on Friday, 4 "
        "December: 11 AM, 12:30 PM or 4 PM. Kindly revert with your preferred slot.\n\n"
        "Regards,\nRohit Malhotra\nSaffron Analytics",
        days=((2026, 12, 4, "Fri"),),
    )
    sent = sent_on(12, 3, 11, WAW)
    yield ctl(
        f,
        "termin_potwierdzony",
        "pl",
        s3,
        "Potwierdzenie rozmowy",
        sent,
        "Control: the Polish employer confirms czwartek 10 grudnia o 11:30, 45 minut.",
        "Dzień dobry,\n\npotwierdzam rozmowę kwalifikacyjną w czwartek 10 grudnia o 11:30 "
        "(45 minut) w naszym biurze przy ul. Długiej 5 w Gdańsku.\n\nPozdrawiam\nAgnieszka "
        "Nowak\nBursztyn IT",
        when(2026, 12, 10, "Thu", 11, 30, WAW),
        45,
    )


def prepcallx25() -> Iterator[Case]:
    f = "prepcallx25"
    s = ("Fernanda Lima", "fernanda@rumo-carreira.example")
    yield neg(
        f,
        "treino_entrevista",
        "pt-BR",
        s,
        "Lembrete: treino de entrevista",
        sent_on(12, 2, 15, SAO),
        "Brazilian career coach: treino de entrevista amanhã às 18h.",
        "Oi, Alex!\n\nLembrete do nosso treino de entrevista amanhã às 18h, por "
        "videochamada. Traga suas dúvidas sobre a vaga!\n\nFernanda Lima\nRumo Carreira",
    )
    s2 = ("Servizio Placement", "placement@ateneo-nord.example")
    yield neg(
        f,
        "simulazione_colloquio",
        "it",
        s2,
        "Simulazione di colloquio",
        sent_on(12, 1, 10, ROM),
        "Italian university placement: simulazione di colloquio venerdì 4 dicembre alle 14:30.",
        "Gentile Alex,\n\nla sua simulazione di colloquio con il Servizio Placement è "
        "confermata per venerdì 4 dicembre alle 14:30, aula 3B.\n\nServizio Placement, "
        "Ateneo del Nord",
        days=((2026, 12, 4, "Fri"),),
    )
    s3 = ("Joanna Zielińska", "joanna@kariera-coach.example")
    yield neg(
        f,
        "probna_rozmowa",
        "pl",
        s3,
        "Próbna rozmowa kwalifikacyjna",
        sent_on(12, 2, 12, WAW),
        "Polish coach: próbna rozmowa kwalifikacyjna w środę 9 grudnia o 17:00.",
        "Cześć Alex,\n\nprzypominam o naszej próbnej rozmowie kwalifikacyjnej w środę 9 "
        "grudnia o 17:00 na Zoomie. Przećwiczymy pytania behawioralne.\n\nJoanna Zielińska\n"
        "Kariera Coach",
        days=((2026, 12, 9, "Wed"),),
    )
    s4 = ("キャリアアドバイザー 田中", "tanaka@career-navi.example")
    yield neg(
        f,
        "mogi_mensetsu",
        "ja",
        s4,
        "模擬面接のご案内",
        sent_on(12, 2, 11, TYO),
        "Japanese career adviser: 模擬面接 12月8日（火）19:00〜.",
        "Alex Morgan 様\n\nキャリアナビの田中です。本番前の模擬面接を12月8日（火）19:00から"
        "オンラインで実施します。想定質問を事前にお送りします。\n\nキャリアナビ 田中",
        days=((2026, 12, 8, "Tue"),),
    )
    s5 = ("Loopbaancoach Eva", "eva@loopbaan-kompas.example")
    yield neg(
        f,
        "oefengesprek",
        "nl",
        s5,
        "Herinnering oefengesprek",
        sent_on(12, 2, 9, AMS),
        "Dutch coach: oefengesprek donderdag 10 december om 16:00.",
        "Hoi Alex,\n\nHerinnering: ons oefengesprek ter voorbereiding op je sollicitatie is "
        "donderdag 10 december om 16:00 via Teams.\n\nGroet,\nEva\nLoopbaan Kompas",
        days=((2026, 12, 10, "Thu"),),
    )
    s6 = ("Recrutamento Rumo", "vagas@rumo-carreira.example")
    sent = sent_on(12, 3, 10, SAO)
    yield ctl(
        f,
        "entrevista_cliente",
        "pt-BR",
        s6,
        "Entrevista confirmada com a Acácia Energia",
        sent,
        "Control: the agency confirms the employer interview: segunda-feira, 14 de dezembro, "
        "às 14h, 1 hora.",
        "Olá, Alex!\n\nSua entrevista com a Acácia Energia para a vaga de Analista Financeiro "
        "está confirmada para segunda-feira, 14 de dezembro, às 14h (1 hora), na Av. Paulista, "
        "1000.\n\nRecrutamento Rumo Carreira",
        when(2026, 12, 14, "Mon", 14, 0, SAO),
        60,
    )


BUILDERS = [
    hiretl25,
    hiretlx25,
    decide25,
    oneway25,
    slotlist25,
    daysfollow25,
    closure25,
    recooo25,
    prepcall25,
    portal25,
    hiretlf25,
    assesswin25,
    slotlistx25,
    prepcallx25,
]

MEASURED: list[str] = [
    "First sight (parser at main e0fffd8a, before any change for this batch): dev: 12 of 12 "
    "invitations with the right start and end (12 sure), 12 of 55 negatives claimed with "
    "confidence >= 0.5 (the lead's three probe shapes among them: 'We will reach out to "
    "shortlisted candidates by Friday, December 11 at 5pm' 0.54, 'slots on Thursday Dec 10 at "
    "10am, 11am and 2pm ET' 0.63, 'interview prep call with your career coach tomorrow at 5pm' "
    "0.54; also French and Spanish slot lists, three holiday closures, two 'your slot will "
    "follow' mails, a Spanish prep session and a Spanish posting's closing time); held out: 4 "
    "of 4 invitations right (4 sure), 3 of 19 negatives claimed; no calendar-bearing mail. "
    "(The same figures with the first build's sender domains under .example.com/.co.uk, "
    "which the parser takes for mail hosts and so gives no organizer_email; the domains were "
    "then moved under .example, labels otherwise unchanged. Five controls sent from role "
    "mailboxes (careers@, recruitment@, people@, recruiting@) still get no organizer_email; "
    "quick.py's text score does not count that key.)",
    "",
    "After the batch's rules: dev 12 of 12 right (12 sure), 3 of 55 claimed; held out 4 of 4 "
    "right (4 sure), 2 of 19 claimed (not opened). Whole splits (quick.py, batch included): "
    "dev false claims 38 -> 29 of 2049, text 2361/2387 and sure 2107 unchanged, calendars "
    "362/362; held out false 92 -> 90 of 902, text 1000/1065, sure 841, calendars 116/117 "
    "unchanged; shared (33/33 calendars, 44/44 text, 0/25 claimed) and fixtures unchanged; "
    "cmp.py: 9 FIXED (all in this batch), no BROKE, held out better 2 worse 0. Left in dev: "
    "the German closure whose time sits in 'Ab Montag, 4. Januar, 8 Uhr bearbeiten wir Ihre "
    "Bewerbung weiter' (no closure word in that sentence), the Spanish 'el plazo de "
    "inscripción termina el jueves ... a las 14:00' and the Spanish 'sesión de preparación de "
    "entrevista' (one source each, no rule written).",
    "",
    "After merging main at a1d071cc (calpub24, tools24): the batch's figures are unchanged; "
    "cmp.py of main against this branch over the whole corpus shows no BROKE and no FIXED "
    "line outside the batch, held out better 1 worse 0; whole splits: dev false 22 of 2025 "
    "(main) -> 25 of 2080 (the batch's 3), held out 90 of 894 -> 91 of 913 (the batch's 2, "
    "one other held-out mail now right), shared and fixtures unchanged.",
]

RULES: list[str] = [
    "- `_ALTERNATIVES_WORDS` (lexicon.py): three or more bare clock times in one list, the",
    "  last after and/or ('10am, 11am and 2pm', '9:00, 10:30 oder 14:00 Uhr', '10h, 11h30 ou",
    "  16h', '9:30, 12:00 y 17:00', '10:00, 13:00 of 15:30', '09:30, 11:00, 13:30 or 15:00'):",
    "  times to pick from; sources: `slotlist25` en-US, en-GB, de, fr, es, nl (six senders)",
    "  and propose24's label policy ('two or more options to pick from'). The control 'your",
    "  interview is at 2pm; please confirm by Friday 5pm' stays sure and right.",
    "- `DECISION_CUES` (lookalikes.py): 'reach out' beside 'be in touch' (the writer",
    "  promises news then: 'We will reach out to shortlisted candidates by Friday, December 11",
    "  at 5pm'); sources: `hiretl25` en-US and the corpus's 'we'll reach out' for news",
    "  (`instahyre__en-IN_shortlisted_drive`, `booklink22__en_not_booked_reminder`). (A first",
    "  try put the answering verbs in when.py's `_DUE_TASK`, which duplicated this table and",
    "  turned negs10's 'I'll be in touch by Friday' into a deadline; it was taken back.)",
    "- `PRACTICE_CUES` (lookalikes.py): a call or session with the reader's career coach",
    "  ('interview prep call with your career coach', 'our career coach will cover');",
    "  sources: `prepcall25` en-US and `webinar17__en_owa_ace_video_interview`. A bare 'prep",
    "  call' is left alone: `gcalseq`'s 'Onsite loop prep call' is the recruiter's invitation.",
    "- `OUTAGE_CUES` (lookalikes.py): an office closing for the holidays, reopening, or the",
    "  process resuming ('close for Christmas ... reopen at 9am', 'is gesloten vanaf',",
    "  'reprendra le lundi 4 janvier à 9h', 'será retomado na segunda-feira'); sources:",
    "  `closure25` en-GB, nl, fr, pt-BR (four senders, two shapes with two each).",
    "- `_SELF_SCHEDULE_WORDS` (lexicon.py): the reader's exact time still to come ('exact",
    "  slot will follow', 'genaue Uhrzeit teilen wir', 'heure exacte suivra', 'confirmaremos",
    "  tu hora', 'orario preciso le verrà'); sources: `daysfollow25` en-US, de, fr, es, it.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the timeline25 batch (`build_timeline25.py`)",
        "",
        "Recruiting-process mail that names future dates and times beside hiring words but "
        "books no interview for the reader, with genuine invitations from the same senders in "
        "the same shapes as controls. All text is ours (no third-party text copied); people, "
        "companies, addresses and links are made up. Every label was written from the "
        "datetimes the text is rendered from, before the parser was run on the message.",
        "",
        "Hiring timelines, decision dates, one-way video and assessment windows, several "
        "times on one day offered to choose from, interview days whose slot will follow, "
        "office closures, recruiters' out-of-office replies, career coaches' prep and practice "
        "sessions and application portals closing are `not_invitation` (label policy of "
        "propose24: two or more options to pick from are not an invitation; negs24/parsegen4: "
        "assessment deadlines and absence replies are not); an interview set for the reader "
        "is an `invitation` with its time (no zone word: wall time at the Date's offset).",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_timeline25.py` "
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
    if RULES:
        lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-timeline25.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
