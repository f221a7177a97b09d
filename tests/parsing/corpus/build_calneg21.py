# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calneg21 batch: calendar-bearing mail that is not a job interview for the reader.

Run: .venv/bin/python tests/parsing/corpus/build_calneg21.py

A job seeker's inbox holds many calendar parts that are not interviews: meetings and socials at
the current job (Outlook/Google REQUEST), webinar and virtual career-fair registrations
(PUBLISH .ics from webinar and ticketing tools), dentist, doctor, garage and visa appointments,
travel itineraries, school evenings, holiday and out-of-office blocks (TRANSP:TRANSPARENT,
X-MICROSOFT-CDO-BUSYSTATUS:OOF), focus-time blocks, calendar replies (METHOD:REPLY), onboarding
holds, assessment deadlines sent as all-day events and booking pages echoing the candidate's
own proposal while it waits for the recruiter. About one mail in three is a real interview
invitation from the same producer (the controls). See PROVENANCE-calneg21.md.

Calendar helpers come from build_calparts16.py / build_calparts17.py. Labels are computed from
the aware datetimes written into each calendar before the parser runs, and every calendar is
re-read with `icalendar` (its DTSTART instant must equal the label). Look-alikes are labelled
`not_invitation` with no time (what is booked is not the reader's interview); iTIP REPLY mail is
labelled `reply` with the event's time, as the existing corpus does. The script only deletes or
writes files of its own families (SPLITS).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import parseaddr
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cp17", HERE / "build_calparts17.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cp17"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


c17 = _load()
cp = c17.cp
at, vtz, event, calendar, label = cp.at, cp.vtz, cp.event, cp.calendar, cp.label
BERLIN = cp.RULES["Europe/Berlin"]
cp.RULES.update(
    {
        "Europe/Amsterdam": BERLIN,
        "Europe/Copenhagen": BERLIN,
        "Europe/Brussels": BERLIN,
        "Europe/Helsinki": ("+0200", "+0300", (10, "-1SU", "040000"), (3, "-1SU", "030000")),
        "Asia/Shanghai": ("+0800", None, None, None),
        "America/Mexico_City": ("-0600", None, None, None),
    }
)

SPLITS = {
    "teammeet21": "dev",
    "webinar21": "dev",
    "appt21": "dev",
    "oofcal21": "dev",
    "calreply21": "dev",
    "deadline21": "dev",
    "school21": "dev",
    "travel21": "heldout",
    "onboard21": "heldout",
    "proposal21": "heldout",
    "fwdcal21": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TEMPLATE = {
    "teammeet21": "Outlook 16 / Exchange and Google Calendar iMIP REQUESTs for meetings at the "
    "reader's current job (shape: Windows TZIDs, UTC @google.com UIDs, invite.ics); wording ours",
    "webinar21": "Zoom Webinar, GoToWebinar, Eventbrite, Hopin and Meetup-style registration "
    "confirmations with a PUBLISH .ics (shape as their help pages describe it); wording ours",
    "appt21": "dental, medical, garage, visa-centre and bank appointment confirmations with an "
    ".ics from booking systems (shape: PUBLISH, IANA TZID); wording ours",
    "oofcal21": "Outlook and Google out-of-office, holiday and focus-time blocks (TRANSP:TRANSPARENT, "
    "X-MICROSOFT-CDO-BUSYSTATUS:OOF, DATE-only spans) shared by colleagues; layout recalled",
    "calreply21": "iTIP REPLY mail (RFC 5546 3.2.3) from Outlook, Google, Apple and Thunderbird: "
    "accepted, declined and tentative in several languages; layout recalled, wording ours",
    "deadline21": "assessment, take-home and document deadlines sent as all-day or zero-length "
    "events by ATS and test platforms; wording ours",
    "school21": "school, nursery and club calendars (parents' evenings, sports days) sent with an "
    ".ics by school-communication tools; wording ours",
    "travel21": "airline and rail itineraries with an .ics per leg; wording ours",
    "onboard21": "new-employer onboarding calendar holds (first day, IT set-up, orientation) "
    "from Outlook and Google; wording ours",
    "proposal21": "booking pages that send an .ics of the slot the candidate proposed while the "
    "recruiter has not confirmed it (STATUS:TENTATIVE); wording ours",
    "fwdcal21": "job seekers' forwards (Gmail, Outlook, Apple Mail, Thunderbird) of calendar mail "
    "to the Afterview inbox; layout recalled",
}

WINDOWS = {
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/London": "GMT Standard Time",
    "America/New_York": "Eastern Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Warsaw": "Central European Standard Time",
}
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//macOS 14.4//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
ME = "candidate@inbox.example"
TO = "Candidate <candidate@inbox.example>"


@dataclass
class Case:
    family: str
    name: str
    ics: list[str]
    label: dict[str, object]
    note: str
    mail: dict[str, object]
    extra: dict[str, object] = field(default_factory=dict)


CASES: list[Case] = []
SEEN: set[str] = set()


def mk(
    fam: str,
    name: str,
    kind: str,
    lang: str,
    note: str,
    *,
    s: datetime | date,
    e: datetime | date | None,
    tz: str,
    summary: str,
    method: str | None,
    prodid: str,
    sender: str,
    subject: str,
    text: str,
    layout: str = "alt",
    sent: datetime | None = None,
    seq: int = 0,
    more: tuple[str, ...] = (),
    organizer: str | None = None,
    partstat: str | None = None,
    html: bool = False,
    uid: str | None = None,
    inner: dict[str, object] | None = None,
) -> None:
    """One message. tz: 'iana' (libical VTIMEZONE), 'win' (Outlook VTIMEZONE under the Windows
    name), 'utc' (Z times) or 'date' (DATE values). The label's zone is the IANA zone unless
    the calendar carries only UTC or dates."""
    key = f"{fam}__{name}"
    assert key not in SEEN, key
    SEEN.add(key)
    uid = uid or f"{name.replace('_', '-')}-{zlib.crc32(name.encode()) % 99991:05d}@{fam}.example"
    if sent is None:
        base = s if isinstance(s, datetime) else at(s.year, s.month, s.day, 9, 0, "Europe/Berlin")
        sent = (base - timedelta(days=6)).replace(hour=9, minute=14)
    zone: str | None = None
    head: list[str] = []
    if tz == "iana":
        assert isinstance(s, datetime)
        zone = str(s.tzinfo)
        head = vtz(zone, zone, exchange=False, tznames=True)
        body = event(uid, s, e, summary, tzid=zone, seq=seq, sent=sent, more=more)
    elif tz == "win":
        assert isinstance(s, datetime)
        zone = str(s.tzinfo)
        head = vtz(zone, WINDOWS[zone])
        body = event(uid, s, e, summary, tzid=WINDOWS[zone], seq=seq, sent=sent, more=more)
    elif tz == "utc":
        body = event(uid, s, e, summary, utc=True, seq=seq, sent=sent, more=more)
    else:
        assert tz == "date"
        assert not isinstance(s, datetime)
        body = event(uid, s, e, summary, seq=seq, sent=sent, more=more)
    if partstat:
        org = organizer or "Recruiter <recruiter@employer.example>"
        body = [*body[:-1], *c17.reply_parties(org, partstat), body[-1]]
    ics = calendar([*head, *body], method, prodid)
    if kind == "not_invitation":
        lab: dict[str, object] = {"kind": "not_invitation"}
    else:
        lab = label(kind, s, e, zone, uid, seq, method)
    mail: dict[str, object] = {
        "sender": sender,
        "subject": subject,
        "sent": sent,
        "lang": lang,
        "text": text,
        "html": html,
        "layout": layout,
    }
    if inner is not None:
        inner = {**inner, "sent": inner.get("sent", sent), "layout": inner.get("layout", "alt")}
        inner.setdefault("html", False)
        mail["inner"] = inner
        mail["layout"] = "rfc822"
    if method in ("REQUEST", "CANCEL"):
        ics = cp.with_parties(ics, organizer or sender)
    elif method == "PUBLISH":
        # RFC 5546 3.2.1: a published event names its ORGANIZER (the original sender in a forward)
        who, address = parseaddr(organizer or sender)
        ics = [
            x
            for line in ics
            for x in (
                (f"ORGANIZER;CN={who}:mailto:{address}", line) if line == "END:VEVENT" else (line,)
            )
        ]
    CASES.append(Case(fam, name, ics, lab, note, mail))


def d(y: int, mo: int, dd: int) -> date:
    return date(y, mo, dd)


OOF = ("TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:OOF", "X-MICROSOFT-CDO-INTENDEDSTATUS:OOF")
FREE = ("TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE")


def teams_block(url: str) -> str:
    return (
        "\n________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting <{url}>\nMeeting ID: 318 552 907 114\nPasscode: Xq7bYd\n"
        "________________________________________________________________________________\n"
    )


# ------------------------------------------------------------------------------ teammeet21
def teammeet21() -> None:
    fam = "teammeet21"
    z = "Europe/Berlin"
    s = at(2027, 3, 11, 10, 0, z)
    mk(
        fam,
        "sprint_review_de",
        "not_invitation",
        "de",
        "Look-alike: Outlook REQUEST for the sprint review at the reader's current job; a meeting, not an interview for the reader.",
        s=s,
        e=s + timedelta(hours=1),
        tz="win",
        summary="Sprint-Review Team Kassensysteme",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Jana Wendt <jana.wendt@kassenwerk.example>",
        subject="Sprint-Review Team Kassensysteme",
        text="Hallo zusammen,\n\nwie immer zeigen wir am Ende des Sprints, was fertig geworden ist. Bitte die Demos vorher im Board verlinken.\n\nViele Grüße\nJana"
        + teams_block("https://teams.example/l/meetup-join/19%3ameeting_KW10"),
        html=True,
        sent=at(2027, 3, 3, 16, 20, z),
    )
    z = "America/New_York"
    s = at(2027, 4, 22, 12, 30, z)
    mk(
        fam,
        "team_lunch_google_en",
        "not_invitation",
        "en",
        "Look-alike: Google Calendar REQUEST for a team lunch at the current job, with Google's invitation text.",
        s=s,
        e=s + timedelta(minutes=90),
        tz="utc",
        summary="Team lunch – Q1 wins",
        method="REQUEST",
        prodid=GOOGLE,
        sender="Marcus Hale <marcus.hale@brightledger.example>",
        subject="Invitation: Team lunch – Q1 wins @ Thu Apr 22, 2027 12:30pm - 2pm (EDT) (candidate@inbox.example)",
        text="You have been invited to the following event.\n\nTeam lunch – Q1 wins\nWhen: Thursday Apr 22, 2027 12:30pm – 2pm Eastern Time - New York\nWhere: Luca's Trattoria, 5th floor lobby meet-up\nCalendar: candidate@inbox.example\nWho:\n* marcus.hale@brightledger.example - organizer\n* candidate@inbox.example\n\nCelebrating the close of Q1 – company card, order whatever you like.\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        layout="google",
        html=True,
        sent=at(2027, 4, 14, 9, 2, z),
    )
    z = "Europe/Paris"
    s = at(2027, 5, 6, 14, 0, z)
    mk(
        fam,
        "point_mensuel_manager_fr",
        "not_invitation",
        "fr",
        "Look-alike: monthly one-to-one with the reader's manager at the current job (Outlook REQUEST, French).",
        s=s,
        e=s + timedelta(minutes=30),
        tz="win",
        summary="Point mensuel – Camille / Candidat",
        method="REQUEST",
        prodid=OUTLOOK,
        sender="Camille Berthier <c.berthier@lumenlog.example>",
        subject="Point mensuel",
        text="Bonjour,\n\nje cale notre point mensuel habituel : avancement des chantiers, congés d'été et objectifs du trimestre.\n\nÀ jeudi,\nCamille\n",
        sent=at(2027, 4, 28, 11, 5, z),
    )
    z = "Europe/Amsterdam"
    s = at(2027, 6, 17, 16, 30, z)
    mk(
        fam,
        "vrijdagborrel_nl",
        "not_invitation",
        "nl",
        "Look-alike: Dutch after-work drinks (borrel) invitation from a colleague, Outlook REQUEST.",
        s=s,
        e=s + timedelta(hours=2),
        tz="win",
        summary="Zomerborrel afdeling Logistiek",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Sanne de Groot <sanne.degroot@havenlink.example>",
        subject="Zomerborrel afdeling Logistiek",
        text="Hoi allemaal,\n\nop donderdag sluiten we het halfjaar af met een borrel op het dakterras. Hapjes en drankjes zijn geregeld, partners welkom.\n\nGroetjes,\nSanne\n",
        html=True,
        sent=at(2027, 6, 2, 13, 40, z),
    )
    z = "Europe/Madrid"
    s = at(2027, 9, 30, 9, 0, z)
    mk(
        fam,
        "all_hands_es",
        "not_invitation",
        "es",
        "Look-alike: company all-hands for the reader's current employer (Google REQUEST, Spanish).",
        s=s,
        e=s + timedelta(hours=1, minutes=30),
        tz="utc",
        summary="All hands – resultados Q3",
        method="REQUEST",
        prodid=GOOGLE,
        sender="Dirección General <direccion@solarvia.example>",
        subject="Invitación: All hands – resultados Q3 @ jue 30 sept 2027 9:00 - 10:30 (CEST) (candidate@inbox.example)",
        text="Se te ha invitado al siguiente evento.\n\nAll hands – resultados Q3\nCuándo: jueves 30 sept 2027 9:00 – 10:30 Hora de verano de Europa central - Madrid\nDónde: Auditorio planta 0 y Google Meet\n\nRepasaremos los resultados del trimestre y el plan para el cierre del año.\n\n¿Vas a asistir (candidate@inbox.example)? Sí - Quizás - No\n\nInvitación de Google Calendar\n",
        layout="google",
        html=True,
        sent=at(2027, 9, 20, 18, 0, z),
    )
    # controls
    z = "Europe/Berlin"
    s = at(2027, 3, 18, 11, 0, z)
    e = s + timedelta(minutes=45)
    mk(
        fam,
        "interview_outlook_de",
        "invitation",
        "de",
        "Control: an external employer's Outlook REQUEST for the reader's job interview (Teams).",
        s=s,
        e=e,
        tz="win",
        summary="Vorstellungsgespräch – Backend Developer (Nordlicht Software)",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Petra Kühn <petra.kuehn@nordlicht-software.example>",
        subject="Vorstellungsgespräch – Backend Developer",
        text="Hallo,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zum Vorstellungsgespräch ein: Donnerstag, 18. März 2027, 11:00–11:45 Uhr per Teams.\n\nMit freundlichen Grüßen\nPetra Kühn\nNordlicht Software GmbH"
        + teams_block("https://teams.example/l/meetup-join/19%3ameeting_NL"),
        html=True,
        sent=at(2027, 3, 10, 15, 3, z),
    )
    z = "America/New_York"
    s = at(2027, 4, 27, 15, 0, z)
    e = s + timedelta(minutes=30)
    mk(
        fam,
        "interview_google_en",
        "invitation",
        "en",
        "Control: Google Calendar REQUEST for a recruiter screen with the reader.",
        s=s,
        e=e,
        tz="utc",
        summary="Recruiter screen: Candidate / Tallow Analytics",
        method="REQUEST",
        prodid=GOOGLE,
        sender="Dana Ortiz <dana.ortiz@tallow-analytics.example>",
        subject="Invitation: Recruiter screen: Candidate / Tallow Analytics @ Tue Apr 27, 2027 3pm - 3:30pm (EDT) (candidate@inbox.example)",
        text="You have been invited to the following event.\n\nRecruiter screen: Candidate / Tallow Analytics\nWhen: Tuesday Apr 27, 2027 3pm – 3:30pm Eastern Time - New York\nJoining info: meet.example/tal-scrn-qwe\nWho:\n* dana.ortiz@tallow-analytics.example - organizer\n* candidate@inbox.example\n\nLooking forward to our chat about the Data Analyst role.\n\nGoing (candidate@inbox.example)?   Yes - Maybe - No    more options »\n\nInvitation from Google Calendar\n",
        layout="google",
        html=True,
        sent=at(2027, 4, 20, 10, 11, z),
    )


# ------------------------------------------------------------------------------ webinar21
def webinar21() -> None:
    fam = "webinar21"
    z = "America/New_York"
    s = at(2027, 2, 24, 13, 0, z)
    mk(
        fam,
        "zoom_webinar_resume_en",
        "not_invitation",
        "en",
        "Look-alike: Zoom-Webinar-style registration confirmation (PUBLISH .ics) for a résumé-writing webinar.",
        s=s,
        e=s + timedelta(hours=1),
        tz="iana",
        summary="Resume Clinic: Getting Past the ATS",
        method="PUBLISH",
        prodid="-//zoom.us//iCalendar Event//EN",
        sender="CareerBridge Webinars <no-reply@zoom.example>",
        subject="Resume Clinic: Getting Past the ATS Confirmation",
        text='Hi Candidate,\n\nThank you for registering for "Resume Clinic: Getting Past the ATS".\n\nDate & Time: Feb 24, 2027 01:00 PM Eastern Time (US and Canada)\n\nJoin from a PC, Mac, iPad, or Android: https://zoom.example/w/8812345?tk=abc\nPasscode: 449120\n\nAdd to calendar: the attached .ics file\n\nYou can cancel your registration at any time.\n',
        layout="attach",
        html=True,
        sent=at(2027, 2, 10, 8, 0, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 3, 9, 18, 0, z)
    mk(
        fam,
        "gotowebinar_de",
        "not_invitation",
        "de",
        "Look-alike: GoToWebinar-style German confirmation for a salary-negotiation webinar, .ics attached.",
        s=s,
        e=s + timedelta(minutes=75),
        tz="iana",
        summary="Webinar: Gehaltsverhandlung für Berufseinsteiger",
        method="PUBLISH",
        prodid="-//GoTo Technologies//GoToWebinar//DE",
        sender="Karriereakademie <customercare@gotowebinar.example>",
        subject="Anmeldebestätigung: Gehaltsverhandlung für Berufseinsteiger",
        text="Hallo Candidate,\n\nvielen Dank für Ihre Anmeldung zu „Gehaltsverhandlung für Berufseinsteiger“.\n\nDienstag, 9. März 2027 18:00 - 19:15 MEZ\n\nBitte melden Sie sich einige Minuten vorher an: https://global.gotowebinar.example/join/771/229\n\nZum Kalender hinzufügen: siehe Anhang\n",
        layout="attach",
        html=True,
        sent=at(2027, 3, 1, 12, 0, z),
    )
    z = "Europe/Madrid"
    s = at(2027, 5, 13, 10, 0, z)
    mk(
        fam,
        "eventbrite_feria_virtual_es",
        "not_invitation",
        "es",
        "Look-alike: Eventbrite-style order for a virtual job fair (free ticket), PUBLISH .ics.",
        s=s,
        e=s + timedelta(hours=6),
        tz="utc",
        summary="Feria Virtual de Empleo Tech 2027",
        method="PUBLISH",
        prodid="-//Eventbrite//Event Calendar//ES",
        sender="Eventbrite <pedidos@eventbrite.example>",
        subject="Tus entradas para Feria Virtual de Empleo Tech 2027",
        text="¡Ya tienes tus entradas!\n\nFeria Virtual de Empleo Tech 2027\njueves, 13 de mayo de 2027 de 10:00 a 16:00 (CEST)\nEvento online\n\nPedido n.º 8820011473 · 1 entrada General (gratis)\n\nAñadir al calendario: archivo adjunto\n\nLas empresas expositoras publicarán sus ofertas en los stands virtuales.\n",
        layout="attach",
        html=True,
        sent=at(2027, 4, 30, 19, 44, z),
    )
    z = "America/Sao_Paulo"
    s = at(2027, 6, 8, 19, 0, z)
    mk(
        fam,
        "hopin_carreiras_ptbr",
        "not_invitation",
        "pt-BR",
        "Look-alike: Hopin-style virtual career event registration in Portuguese with an .ics.",
        s=s,
        e=s + timedelta(hours=2),
        tz="iana",
        summary="Semana de Carreiras em Dados – Dia 1",
        method="PUBLISH",
        prodid="-//Hopin//Events//PT",
        sender="Semana de Carreiras <hello@hopin.example>",
        subject="Inscrição confirmada – Semana de Carreiras em Dados",
        text="Olá, Candidate!\n\nSua inscrição na Semana de Carreiras em Dados está confirmada.\n\nQuando: terça-feira, 8 de junho de 2027, 19h00 (horário de Brasília)\nOnde: online – entre pela plataforma com este e-mail\n\nAgenda: painéis com recrutadores, mentorias relâmpago e vagas abertas.\n\nAdicione ao seu calendário com o arquivo anexo.\n",
        layout="attach",
        html=True,
        sent=at(2027, 5, 25, 14, 0, z),
    )
    z = "Europe/Rome"
    s = at(2027, 4, 15, 19, 30, z)
    mk(
        fam,
        "meetup_it",
        "not_invitation",
        "it",
        "Look-alike: Meetup-style RSVP confirmation for a tech meetup with a job corner, Italian.",
        s=s,
        e=s + timedelta(hours=2),
        tz="utc",
        summary="Milano Python Meetup #41 – Job corner",
        method="PUBLISH",
        prodid="-//Meetup//Meetup Events v1.0//EN",
        sender="Meetup <info@meetup.example>",
        subject="Partecipazione confermata: Milano Python Meetup #41",
        text="Ci sei! La tua partecipazione è confermata.\n\nMilano Python Meetup #41 – Job corner\ngiovedì 15 aprile 2027 · 19:30 - 21:30 CEST\nSpazio Navigli, Via Ticinese 9, Milano\n\nDopo i talk, dieci aziende raccontano le posizioni aperte. Porta il CV!\n\nAggiungi al calendario (allegato .ics)\n",
        layout="attach",
        html=True,
        sent=at(2027, 4, 8, 20, 1, z),
    )
    z = "Asia/Tokyo"
    s = at(2027, 3, 4, 19, 0, z)
    mk(
        fam,
        "online_setsumeikai_ja",
        "not_invitation",
        "ja",
        "Look-alike: Japanese online company briefing (setsumeikai) registration with an .ics; a group event.",
        s=s,
        e=s + timedelta(minutes=90),
        tz="iana",
        summary="オンライン会社説明会（エンジニア職）",
        method="PUBLISH",
        prodid="-//Sakura Careers//Seminar//JA",
        sender="さくらテック 採用チーム <saiyo@sakuratech.example>",
        subject="【さくらテック】オンライン会社説明会 ご予約完了のお知らせ",
        text="Candidate 様\n\nオンライン会社説明会へのご予約ありがとうございます。\n\n日時：2027年3月4日（木）19:00〜20:30\n形式：Zoomウェビナー（参加URLは前日にお送りします）\n\nカレンダー登録用のファイルを添付しております。\n\nさくらテック 採用チーム\n",
        layout="attach",
        sent=at(2027, 2, 22, 10, 0, z),
    )
    # controls
    z = "America/New_York"
    s = at(2027, 3, 2, 10, 0, z)
    e = s + timedelta(minutes=45)
    mk(
        fam,
        "zoom_meeting_interview_en",
        "invitation",
        "en",
        "Control: a Zoom-generated meeting invitation for the reader's interview, .ics attached.",
        s=s,
        e=e,
        tz="iana",
        summary="Interview: Candidate – Product Designer (Quarry Labs)",
        method="REQUEST",
        prodid="-//zoom.us//iCalendar Event//EN",
        sender="Lena Brooks <lena.brooks@quarrylabs.example>",
        subject="Interview: Product Designer – Quarry Labs",
        text="Hi Candidate,\n\nThanks for your time so far. Lena Brooks is inviting you to a scheduled Zoom meeting for your interview.\n\nTopic: Interview: Candidate – Product Designer (Quarry Labs)\nTime: Mar 2, 2027 10:00 AM Eastern Time (US and Canada)\n\nJoin Zoom Meeting\nhttps://zoom.example/j/9923311?pwd=Qk\n\nBest,\nLena\n",
        layout="attach",
        sent=at(2027, 2, 23, 16, 30, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 3, 16, 14, 0, z)
    e = s + timedelta(minutes=60)
    mk(
        fam,
        "gotomeeting_interview_de",
        "invitation",
        "de",
        "Control: a German employer books the reader's interview through the same webinar vendor's meeting product.",
        s=s,
        e=e,
        tz="iana",
        summary="Vorstellungsgespräch Junior Controller – Elbtal Finanz",
        method="REQUEST",
        prodid="-//GoTo Technologies//GoToMeeting//DE",
        sender="Elbtal Finanz Recruiting <recruiting@elbtal-finanz.example>",
        subject="Einladung: Vorstellungsgespräch Junior Controller",
        text="Sehr geehrte/r Candidate,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.\n\nTermin: Dienstag, 16. März 2027, 14:00 – 15:00 Uhr (MEZ)\nGesprächspartner: Frau Albers (Leitung Controlling)\nZugang: https://meet.goto.example/552-118-903\n\nBitte bestätigen Sie den Termin über die Kalendereinladung.\n\nMit freundlichen Grüßen\nElbtal Finanz AG\n",
        layout="attach",
        sent=at(2027, 3, 5, 9, 30, z),
    )


# ------------------------------------------------------------------------------ appt21
def appt21() -> None:
    fam = "appt21"
    z = "Europe/London"
    s = at(2027, 2, 17, 8, 40, z)
    mk(
        fam,
        "dentist_checkup_en",
        "not_invitation",
        "en",
        "Look-alike: dental practice check-up confirmation with an .ics.",
        s=s,
        e=s + timedelta(minutes=20),
        tz="iana",
        summary="Check-up with Dr Evans – Riverside Dental",
        method="PUBLISH",
        prodid="-//Riverside Dental//Online Booking//EN",
        sender="Riverside Dental <appointments@riverside-dental.example>",
        subject="Your appointment is confirmed – Wed 17 Feb 2027, 8:40am",
        text="Dear Candidate,\n\nYour appointment is confirmed.\n\nCheck-up and scale & polish with Dr Evans\nWednesday 17 February 2027 at 8:40am (20 minutes)\nRiverside Dental, 14 Mill Lane\n\nPlease arrive 5 minutes early. To cancel, give us 24 hours' notice or a fee may apply.\n\nAdd to your calendar: open the attached file.\n",
        layout="attach",
        html=True,
        sent=at(2027, 2, 3, 12, 0, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 3, 23, 15, 15, z)
    mk(
        fam,
        "hausarzt_de",
        "not_invitation",
        "de",
        "Look-alike: German GP practice booking confirmation (Termin) with an .ics.",
        s=s,
        e=s + timedelta(minutes=15),
        tz="iana",
        summary="Termin Praxis Dr. med. Seidel",
        method="PUBLISH",
        prodid="-//Praxis Seidel//Terminbuchung//DE",
        sender="Praxis Dr. Seidel <termine@praxis-seidel.example>",
        subject="Terminbestätigung: Dienstag, 23.03.2027, 15:15 Uhr",
        text="Guten Tag,\n\nhiermit bestätigen wir Ihren Termin:\n\nDienstag, 23.03.2027 um 15:15 Uhr\nBehandlung: Vorsorgeuntersuchung\nPraxis Dr. med. Seidel, Lindenstraße 4\n\nBitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte bis 24 Stunden vorher.\n\nIhr Praxisteam\n",
        layout="attach",
        sent=at(2027, 3, 12, 17, 40, z),
    )
    z = "Europe/Paris"
    s = at(2027, 4, 9, 8, 0, z)
    mk(
        fam,
        "garage_revision_fr",
        "not_invitation",
        "fr",
        "Look-alike: car-service (révision) drop-off appointment at a garage, French, .ics.",
        s=s,
        e=s + timedelta(minutes=30),
        tz="utc",
        summary="Dépôt véhicule – révision 60 000 km",
        method="PUBLISH",
        prodid="-//AutoService Rive Gauche//RDV//FR",
        sender="Garage Rive Gauche <rdv@garage-rivegauche.example>",
        subject="Confirmation de votre rendez-vous atelier",
        text="Bonjour,\n\nnous vous confirmons votre rendez-vous atelier :\n\nvendredi 9 avril 2027 à 8h00 – dépôt du véhicule (révision 60 000 km)\nRestitution prévue le soir même à partir de 17h.\n\nGarage Rive Gauche – 22 rue des Tanneurs\n",
        layout="attach",
        html=True,
        sent=at(2027, 3, 29, 10, 0, z),
    )
    z = "Europe/Madrid"
    s = at(2027, 5, 4, 9, 30, z)
    mk(
        fam,
        "visado_cita_es",
        "not_invitation",
        "es",
        "Look-alike: visa-centre biometrics appointment confirmation in Spanish with an .ics.",
        s=s,
        e=s + timedelta(minutes=30),
        tz="iana",
        summary="Cita biométrica – Centro de Visados Madrid",
        method="PUBLISH",
        prodid="-//VisaPoint//Citas//ES",
        sender="Centro de Visados <citas@visapoint.example>",
        subject="Confirmación de cita – Referencia MAD-77120",
        text="Estimado/a solicitante:\n\nSu cita para la toma de datos biométricos ha sido confirmada.\n\nFecha: martes, 4 de mayo de 2027\nHora: 09:30\nLugar: Centro de Visados, Calle Alcalá 155, Madrid\nReferencia: MAD-77120\n\nTraiga su pasaporte y la carta de invitación de la empresa. Sin esta confirmación no podrá acceder.\n",
        layout="attach",
        sent=at(2027, 4, 20, 8, 5, z),
    )
    z = "Europe/Warsaw"
    s = at(2027, 6, 14, 11, 0, z)
    mk(
        fam,
        "bank_doradca_pl",
        "not_invitation",
        "pl",
        "Look-alike: Polish bank adviser meeting (mortgage) booked online, .ics attached.",
        s=s,
        e=s + timedelta(minutes=45),
        tz="iana",
        summary="Spotkanie z doradcą – kredyt hipoteczny",
        method="PUBLISH",
        prodid="-//Bank Wisła//Wizyty//PL",
        sender="Bank Wisła <wizyty@bankwisla.example>",
        subject="Potwierdzenie wizyty w oddziale",
        text="Dzień dobry,\n\npotwierdzamy spotkanie z doradcą:\n\nponiedziałek, 14 czerwca 2027, godz. 11:00\nOddział Kraków Rynek, ul. Floriańska 3\nTemat: kredyt hipoteczny\n\nProsimy zabrać dowód osobisty i zaświadczenie o zarobkach.\n",
        layout="attach",
        sent=at(2027, 6, 7, 9, 0, z),
    )
    z = "Europe/Rome"
    s = at(2027, 9, 21, 17, 0, z)
    mk(
        fam,
        "fisioterapia_it",
        "not_invitation",
        "it",
        "Look-alike: physiotherapy session booking with an .ics, Italian.",
        s=s,
        e=s + timedelta(minutes=50),
        tz="utc",
        summary="Seduta di fisioterapia – Studio Moto",
        method="PUBLISH",
        prodid="-//Studio Moto//Prenotazioni//IT",
        sender="Studio Moto Fisioterapia <prenotazioni@studiomoto.example>",
        subject="Prenotazione confermata: martedì 21 settembre ore 17:00",
        text="Gentile cliente,\n\nla sua prenotazione è confermata:\nmartedì 21 settembre 2027, ore 17:00 – seduta di fisioterapia (50 min)\nStudio Moto, Via Saragozza 40, Bologna\n\nIn caso di disdetta avvisare con almeno 24 ore di anticipo.\n",
        layout="attach",
        sent=at(2027, 9, 14, 18, 30, z),
    )
    # controls: the same booking-system shape, used by an employer
    z = "Europe/London"
    s = at(2027, 2, 25, 11, 30, z)
    e = s + timedelta(minutes=40)
    mk(
        fam,
        "booking_interview_en",
        "invitation",
        "en",
        "Control: an employer's online booking system confirms the slot for the reader's interview, .ics attached.",
        s=s,
        e=e,
        tz="iana",
        summary="Interview – Trainee Pharmacist (Hartley Pharmacy)",
        method="PUBLISH",
        prodid="-//Hartley Pharmacy//Online Booking//EN",
        sender="Hartley Pharmacy Recruitment <bookings@hartley-pharmacy.example>",
        subject="Your interview is confirmed – Thu 25 Feb 2027, 11:30am",
        text="Dear Candidate,\n\nYour interview for the Trainee Pharmacist post is confirmed.\n\nThursday 25 February 2027 at 11:30am (40 minutes)\nHartley Pharmacy, 3 High Street – ask for Mrs Okafor\n\nPlease bring photo ID and your GPhC paperwork.\n\nAdd to your calendar: open the attached file.\n",
        layout="attach",
        html=True,
        sent=at(2027, 2, 15, 12, 0, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 4, 7, 9, 0, z)
    e = s + timedelta(minutes=60)
    mk(
        fam,
        "termin_vorstellung_de",
        "invitation",
        "de",
        "Control: a clinic books the reader's job interview (Vorstellungsgespräch) with its patient-booking tool.",
        s=s,
        e=e,
        tz="iana",
        summary="Vorstellungsgespräch MFA – Praxis Dr. Seidel",
        method="PUBLISH",
        prodid="-//Praxis Seidel//Terminbuchung//DE",
        sender="Praxis Dr. Seidel <termine@praxis-seidel.example>",
        subject="Terminbestätigung: Vorstellungsgespräch am 07.04.2027, 09:00 Uhr",
        text="Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Medizinische Fachangestellte. Hiermit bestätigen wir Ihr Vorstellungsgespräch:\n\nMittwoch, 07.04.2027 um 09:00 Uhr (ca. 1 Stunde)\nPraxis Dr. med. Seidel, Lindenstraße 4\n\nIhr Praxisteam\n",
        layout="attach",
        sent=at(2027, 3, 30, 13, 0, z),
    )


# ------------------------------------------------------------------------------ oofcal21
def oofcal21() -> None:
    fam = "oofcal21"
    mk(
        fam,
        "urlaub_block_de",
        "not_invitation",
        "de",
        "Look-alike: a colleague's holiday block sent to the team (DATE span, TRANSP:TRANSPARENT, BUSYSTATUS OOF).",
        s=d(2027, 7, 19),
        e=d(2027, 7, 31),
        tz="date",
        summary="Urlaub Tobias (Vertretung: Candidate)",
        method="REQUEST",
        prodid=OUTLOOK,
        sender="Tobias Brandt <tobias.brandt@kassenwerk.example>",
        subject="Urlaub Tobias (Vertretung: Candidate)",
        text="Hallo zusammen,\n\nich bin vom 19.07. bis 30.07. im Urlaub. Vertretung übernimmt Candidate. Der Termin ist nur zur Info und blockiert eure Kalender nicht.\n\nTobias\n",
        more=OOF,
        sent=at(2027, 6, 28, 10, 0, "Europe/Berlin"),
    )
    mk(
        fam,
        "out_of_office_en",
        "not_invitation",
        "en",
        "Look-alike: an Outlook 'Out of office' all-day entry shared with the reader's team.",
        s=d(2027, 5, 24),
        e=d(2027, 5, 27),
        tz="date",
        summary="OOO – Priya (conference)",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Priya Nair <priya.nair@brightledger.example>",
        subject="OOO – Priya (conference)",
        text="Hi team,\n\nFYI I'll be out of office Mon 24 – Wed 26 May at the FinOps conference, with patchy email. Marcus covers approvals.\n\nNo need to respond, this is just so it shows in your calendars.\n\nPriya\n",
        more=OOF,
        html=True,
        sent=at(2027, 5, 10, 9, 30, "America/New_York"),
    )
    z = "Europe/Paris"
    s = at(2027, 4, 12, 9, 0, z)
    mk(
        fam,
        "conge_demi_journee_fr",
        "not_invitation",
        "fr",
        "Look-alike: half-day leave block (timed, OOF, transparent) forwarded to the reader as backup.",
        s=s,
        e=s + timedelta(hours=4),
        tz="win",
        summary="Absente – RTT matin",
        method="REQUEST",
        prodid=OUTLOOK,
        sender="Élodie Marchand <e.marchand@lumenlog.example>",
        subject="Absente – RTT matin",
        text="Bonjour,\n\nje serai absente lundi matin (RTT). Pour les urgences fournisseurs, voir avec toi. Pas besoin de répondre.\n\nÉlodie\n",
        more=OOF,
        sent=at(2027, 4, 5, 17, 45, z),
    )
    z = "America/New_York"
    s = at(2027, 3, 1, 9, 0, z)
    mk(
        fam,
        "focus_time_en",
        "not_invitation",
        "en",
        "Look-alike: a 'Focus time' block created by the reader's calendar assistant (REQUEST to self, busy).",
        s=s,
        e=s + timedelta(hours=2),
        tz="utc",
        summary="Focus time",
        method="REQUEST",
        prodid=GOOGLE,
        sender="Candidate <candidate@inbox.example>",
        subject="Invitation: Focus time @ Mon Mar 1, 2027 9am - 11am (EST) (candidate@inbox.example)",
        text="You have been invited to the following event.\n\nFocus time\nWhen: Monday Mar 1, 2027 9am – 11am Eastern Time - New York\nCalendar: candidate@inbox.example\n\nThis block was added by your focus-time settings. Notifications are muted during this time.\n\nInvitation from Google Calendar\n",
        layout="google",
        more=("X-GOOGLE-EVENT-TYPE:focusTime",),
        sent=at(2027, 2, 22, 7, 0, z),
    )
    z = "Europe/Amsterdam"
    s = at(2027, 10, 4, 13, 0, z)
    mk(
        fam,
        "thuiswerken_nl",
        "not_invitation",
        "nl",
        "Look-alike: Dutch 'working from home' / free block shared by a colleague (TRANSPARENT, FREE).",
        s=s,
        e=s + timedelta(hours=4),
        tz="win",
        summary="Thuiswerken – Bram (bereikbaar via Teams)",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Bram Visser <bram.visser@havenlink.example>",
        subject="Thuiswerken maandagmiddag",
        text="Hoi,\n\nmaandagmiddag werk ik thuis; ik ben gewoon bereikbaar via Teams. Alleen ter info.\n\nBram\n",
        more=FREE,
        sent=at(2027, 9, 29, 16, 0, z),
    )
    mk(
        fam,
        "semester_sv",
        "not_invitation",
        "sv",
        "Look-alike: Swedish summer-holiday block (semester) as an all-day span, OOF.",
        s=d(2027, 7, 5),
        e=d(2027, 8, 2),
        tz="date",
        summary="Semester – Ingrid",
        method="REQUEST",
        prodid=OUTLOOK,
        sender="Ingrid Lund <ingrid.lund@fjordbyte.example>",
        subject="Semester – Ingrid",
        text="Hej,\n\njag har semester v. 27–30. Candidate och Oskar täcker för mig. Ingen åtgärd behövs.\n\nIngrid\n",
        more=OOF,
        sent=at(2027, 6, 10, 8, 0, "Europe/Stockholm"),
    )
    # controls
    z = "Europe/Berlin"
    s = at(2027, 6, 22, 10, 0, z)
    e = s + timedelta(minutes=60)
    mk(
        fam,
        "internal_move_interview_de",
        "invitation",
        "de",
        "Control: the reader's internal-transfer interview, an Outlook REQUEST from another department's lead.",
        s=s,
        e=e,
        tz="win",
        summary="Gespräch interne Bewerbung – Teamlead Payments",
        method="REQUEST",
        prodid=OUTLOOK,
        sender="Henrik Sauer <henrik.sauer@kassenwerk.example>",
        subject="Gespräch zu Ihrer internen Bewerbung (Teamlead Payments)",
        text="Hallo Candidate,\n\ndanke für Ihre interne Bewerbung auf die Stelle Teamlead Payments. Ich lade Sie zum Gespräch ein: Dienstag, 22. Juni, 10:00–11:00 Uhr, Raum 4.12. Mit dabei ist Frau Yilmaz aus HR.\n\nViele Grüße\nHenrik Sauer\n",
        sent=at(2027, 6, 14, 11, 20, z),
    )
    z = "America/New_York"
    s = at(2027, 5, 18, 13, 0, z)
    e = s + timedelta(minutes=45)
    mk(
        fam,
        "interview_outlook_en",
        "invitation",
        "en",
        "Control: an external employer's Outlook REQUEST for a panel interview with the reader.",
        s=s,
        e=e,
        tz="win",
        summary="Interview – Candidate (Senior Accountant)",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Rachel Kim <rachel.kim@harborpoint.example>",
        subject="Interview – Candidate (Senior Accountant)",
        text="Hi Candidate,\n\nAs discussed, here is the invitation for your panel interview for the Senior Accountant role with Mark Ellis and me.\n\nBest regards,\nRachel Kim\nTalent Acquisition, Harborpoint"
        + teams_block("https://teams.example/l/meetup-join/19%3ameeting_HP"),
        html=True,
        sent=at(2027, 5, 11, 14, 0, z),
    )


# ------------------------------------------------------------------------------ calreply21
def calreply21() -> None:
    fam = "calreply21"
    z = "Europe/Berlin"
    s = at(2027, 3, 18, 11, 0, z)
    mk(
        fam,
        "outlook_angenommen_de",
        "reply",
        "de",
        "The reader's Outlook 'Angenommen:' REPLY (copy in the inbox) to an interview invitation.",
        s=s,
        e=s + timedelta(minutes=45),
        tz="win",
        summary="Vorstellungsgespräch – Backend Developer",
        method="REPLY",
        prodid=OUTLOOK,
        sender=f"Candidate <{ME}>",
        organizer="Petra Kühn <petra.kuehn@nordlicht-software.example>",
        partstat="ACCEPTED",
        subject="Angenommen: Vorstellungsgespräch – Backend Developer",
        text="Vielen Dank, ich freue mich auf das Gespräch.\n",
        sent=at(2027, 3, 10, 18, 2, z),
    )
    z = "America/New_York"
    s = at(2027, 4, 27, 15, 0, z)
    mk(
        fam,
        "google_declined_en",
        "reply",
        "en",
        "Google Calendar notice to the organizer: the reader declined (METHOD:REPLY).",
        s=s,
        e=s + timedelta(minutes=30),
        tz="utc",
        summary="Recruiter screen: Candidate / Tallow Analytics",
        method="REPLY",
        prodid=GOOGLE,
        sender=f"Candidate <{ME}>",
        organizer="Dana Ortiz <dana.ortiz@tallow-analytics.example>",
        partstat="DECLINED",
        subject="Declined: Recruiter screen: Candidate / Tallow Analytics @ Tue Apr 27, 2027 3pm - 3:30pm (EDT) (dana.ortiz@tallow-analytics.example)",
        text="Candidate has declined this invitation.\n\nRecruiter screen: Candidate / Tallow Analytics\nWhen: Tuesday Apr 27, 2027 3pm – 3:30pm Eastern Time - New York\n\nSorry – I accepted another offer this week. Thank you for your time.\n\nInvitation from Google Calendar\n",
        layout="google",
        sent=at(2027, 4, 21, 9, 0, z),
    )
    z = "Europe/Paris"
    s = at(2027, 5, 11, 10, 30, z)
    mk(
        fam,
        "apple_provisoire_fr",
        "reply",
        "fr",
        "Apple Calendar tentative REPLY ('Provisoire') from the reader, French.",
        s=s,
        e=s + timedelta(hours=1),
        tz="iana",
        summary="Entretien – Chargée de communication",
        method="REPLY",
        prodid=APPLE,
        sender=f"Candidate <{ME}>",
        organizer="Sophie Laurent <s.laurent@atelier-orque.example>",
        partstat="TENTATIVE",
        subject="Réponse provisoire : Entretien – Chargée de communication",
        text="Candidate a accepté provisoirement votre invitation.\n",
        sent=at(2027, 5, 3, 21, 10, z),
    )
    z = "Europe/Madrid"
    s = at(2027, 6, 3, 16, 0, z)
    mk(
        fam,
        "thunderbird_aceptada_es",
        "reply",
        "es",
        "Thunderbird REPLY accepted, Spanish UI ('Aceptada:').",
        s=s,
        e=s + timedelta(minutes=45),
        tz="iana",
        summary="Entrevista técnica – Olivo Sistemas",
        method="REPLY",
        prodid=TBIRD,
        sender=f"Candidate <{ME}>",
        organizer="Javier Ruiz <jruiz@olivo-sistemas.example>",
        partstat="ACCEPTED",
        subject="Aceptada: Entrevista técnica – Olivo Sistemas",
        text="Candidate ha aceptado su invitación al evento: Entrevista técnica – Olivo Sistemas\n",
        layout="thunderbird",
        sent=at(2027, 5, 27, 12, 0, z),
    )
    z = "Europe/Rome"
    s = at(2027, 9, 14, 9, 30, z)
    mk(
        fam,
        "outlook_rifiutato_it",
        "reply",
        "it",
        "Outlook 'Rifiutato:' REPLY sent by the reader, with a short note.",
        s=s,
        e=s + timedelta(minutes=60),
        tz="iana",
        summary="Colloquio – Analista dati",
        method="REPLY",
        prodid=OUTLOOK,
        sender=f"Candidate <{ME}>",
        organizer="Giulia Ferri <g.ferri@laguna-dati.example>",
        partstat="DECLINED",
        subject="Rifiutato: Colloquio – Analista dati",
        text="Buongiorno, purtroppo quel giorno non posso. Potremmo spostarlo alla settimana successiva?\n",
        sent=at(2027, 9, 6, 8, 45, z),
    )
    z = "America/Sao_Paulo"
    s = at(2027, 8, 10, 14, 0, z)
    mk(
        fam,
        "google_aceito_ptbr",
        "reply",
        "pt-BR",
        "Google Calendar 'Aceito:' reply copied back into the reader's inbox, Portuguese.",
        s=s,
        e=s + timedelta(minutes=50),
        tz="utc",
        summary="Entrevista – Analista de Suporte (Caju Tech)",
        method="REPLY",
        prodid=GOOGLE,
        sender=f"Candidate <{ME}>",
        organizer="Paula Reis <paula.reis@cajutech.example>",
        partstat="ACCEPTED",
        subject="Aceito: Entrevista – Analista de Suporte (Caju Tech) @ ter 10 de ago de 2027 14:00 - 14:50 (BRT) (paula.reis@cajutech.example)",
        text="Candidate aceitou este convite.\n\nEntrevista – Analista de Suporte (Caju Tech)\nQuando: terça-feira, 10 de agosto de 2027 14:00 – 14:50 Horário Padrão de Brasília\n\nConvite do Google Agenda\n",
        layout="google",
        sent=at(2027, 8, 2, 19, 30, z),
    )
    z = "Europe/Warsaw"
    s = at(2027, 10, 19, 12, 0, z)
    mk(
        fam,
        "outlook_zaakceptowano_pl",
        "reply",
        "pl",
        "Outlook 'Zaakceptowano:' REPLY (Polish UI), empty body.",
        s=s,
        e=s + timedelta(minutes=30),
        tz="win",
        summary="Rozmowa rekrutacyjna – Tester QA",
        method="REPLY",
        prodid=OUTLOOK,
        sender=f"Candidate <{ME}>",
        organizer="Marta Zielińska <m.zielinska@bursztyn-it.example>",
        partstat="ACCEPTED",
        subject="Zaakceptowano: Rozmowa rekrutacyjna – Tester QA",
        text="\n",
        sent=at(2027, 10, 12, 7, 55, z),
    )
    # controls: REQUESTs from the same producers
    z = "Europe/Paris"
    s = at(2027, 5, 20, 15, 0, z)
    e = s + timedelta(minutes=45)
    mk(
        fam,
        "apple_request_fr",
        "invitation",
        "fr",
        "Control: Apple Calendar REQUEST for a second interview with the reader.",
        s=s,
        e=e,
        tz="iana",
        summary="Second entretien – Chargée de communication",
        method="REQUEST",
        prodid=APPLE,
        sender="Sophie Laurent <s.laurent@atelier-orque.example>",
        subject="Invitation : Second entretien – Chargée de communication",
        text="Bonjour,\n\nsuite à notre premier échange, je vous propose un second entretien avec notre directrice le jeudi 20 mai à 15h00 à l'agence (12 rue Oberkampf).\n\nBien cordialement,\nSophie Laurent\n",
        sent=at(2027, 5, 12, 9, 0, z),
    )
    z = "Europe/Madrid"
    s = at(2027, 6, 10, 11, 0, z)
    e = s + timedelta(minutes=60)
    mk(
        fam,
        "thunderbird_request_es",
        "invitation",
        "es",
        "Control: Thunderbird REQUEST for a final interview, Spanish UI text.",
        s=s,
        e=e,
        tz="iana",
        summary="Entrevista final – Olivo Sistemas",
        method="REQUEST",
        prodid=TBIRD,
        sender="Javier Ruiz <jruiz@olivo-sistemas.example>",
        subject="Invitación: Entrevista final – Olivo Sistemas",
        text="Javier Ruiz le ha invitado a: Entrevista final – Olivo Sistemas\n",
        layout="thunderbird",
        sent=at(2027, 6, 4, 10, 0, z),
    )


# ------------------------------------------------------------------------------ deadline21
def deadline21() -> None:
    fam = "deadline21"
    mk(
        fam,
        "take_home_due_en",
        "not_invitation",
        "en",
        "Look-alike: take-home assignment due date sent as an all-day event (DATE, TRANSPARENT).",
        s=d(2027, 3, 12),
        e=d(2027, 3, 13),
        tz="date",
        summary="Take-home assignment due – Quarry Labs",
        method="PUBLISH",
        prodid="-//Quarry Labs//Hiring//EN",
        sender="Quarry Labs Hiring <hiring@quarrylabs.example>",
        subject="Your take-home assignment – due Friday 12 March",
        text="Hi Candidate,\n\nThanks for moving forward! Please find the brief in the portal. Submit your solution any time before end of day Friday 12 March 2027 (your time zone).\n\nWe've attached a calendar reminder so the date doesn't slip.\n\nQuarry Labs Hiring\n",
        more=("TRANSP:TRANSPARENT",),
        layout="attach",
        html=True,
        sent=at(2027, 3, 5, 15, 0, "America/New_York"),
    )
    mk(
        fam,
        "online_test_frist_de",
        "not_invitation",
        "de",
        "Look-alike: German online-assessment deadline as an all-day calendar entry.",
        s=d(2027, 4, 19),
        e=d(2027, 4, 20),
        tz="date",
        summary="Frist: Online-Assessment Elbtal Finanz",
        method="PUBLISH",
        prodid="-//Elbtal Finanz//Bewerbermanagement//DE",
        sender="Elbtal Finanz Recruiting <recruiting@elbtal-finanz.example>",
        subject="Ihr Online-Assessment – bitte bis 19.04. abschließen",
        text="Sehr geehrte/r Candidate,\n\nals nächsten Schritt bitten wir Sie, unser Online-Assessment (ca. 45 Minuten) bis spätestens Montag, 19.04.2027, 23:59 Uhr abzuschließen. Sie können den Zeitpunkt frei wählen.\n\nZur Erinnerung haben wir einen Kalendereintrag angehängt.\n\nMit freundlichen Grüßen\nElbtal Finanz AG\n",
        more=("TRANSP:TRANSPARENT",),
        layout="attach",
        sent=at(2027, 4, 12, 10, 0, "Europe/Berlin"),
    )
    z = "Europe/Paris"
    s = at(2027, 5, 28, 23, 59, z)
    mk(
        fam,
        "depot_dossier_fr",
        "not_invitation",
        "fr",
        "Look-alike: document-upload deadline sent as a zero-length timed event (23:59), French.",
        s=s,
        e=s,
        tz="iana",
        summary="Date limite : dépôt des justificatifs",
        method="PUBLISH",
        prodid="-//Atelier Orque//Recrutement//FR",
        sender="Atelier Orque RH <rh@atelier-orque.example>",
        subject="Dernière étape : vos justificatifs avant le 28 mai",
        text="Bonjour,\n\npour finaliser votre dossier, merci de déposer vos diplômes et une pièce d'identité sur le portail avant le vendredi 28 mai 2027 à 23h59.\n\nUn rappel est joint pour votre agenda.\n\nL'équipe RH\n",
        layout="attach",
        sent=at(2027, 5, 18, 11, 0, z),
    )
    mk(
        fam,
        "prueba_tecnica_es",
        "not_invitation",
        "es",
        "Look-alike: coding-test window as a two-day all-day event (DATE span), Spanish.",
        s=d(2027, 6, 14),
        e=d(2027, 6, 16),
        tz="date",
        summary="Prueba técnica online (ventana de 48 h)",
        method="PUBLISH",
        prodid="-//CodeRank//Assessments//ES",
        sender="CodeRank <no-reply@coderank.example>",
        subject="Tu prueba técnica para Olivo Sistemas está disponible",
        text="Hola Candidate:\n\nOlivo Sistemas te invita a realizar una prueba técnica online. Tienes 48 horas, del lunes 14 al martes 15 de junio de 2027; una vez empieces, dispones de 90 minutos.\n\nAdjuntamos un evento de calendario con la ventana.\n",
        more=("TRANSP:TRANSPARENT",),
        layout="attach",
        html=True,
        sent=at(2027, 6, 10, 9, 0, "Europe/Madrid"),
    )
    mk(
        fam,
        "bishi_jiezhi_zh",
        "not_invitation",
        "zh-CN",
        "Look-alike: Chinese online written-test deadline sent as an all-day event.",
        s=d(2027, 9, 25),
        e=d(2027, 9, 26),
        tz="date",
        summary="在线笔试截止 – 青松科技",
        method="PUBLISH",
        prodid="-//Qingsong Tech//Campus//ZH",
        sender="青松科技校园招聘 <campus@qingsong.example>",
        subject="【青松科技】在线笔试通知（9月25日截止）",
        text="Candidate 同学你好：\n\n请于2027年9月25日23:59前完成在线笔试，时长60分钟，开始后不可暂停。\n\n附件为日历提醒。\n\n青松科技校园招聘\n",
        more=("TRANSP:TRANSPARENT",),
        layout="attach",
        sent=at(2027, 9, 18, 10, 0, "Asia/Shanghai"),
    )
    mk(
        fam,
        "scadenza_candidatura_it",
        "not_invitation",
        "it",
        "Look-alike: application closing date saved to the calendar by a job board, Italian.",
        s=d(2027, 10, 8),
        e=d(2027, 10, 9),
        tz="date",
        summary="Scadenza candidatura – Laguna Dati",
        method="PUBLISH",
        prodid="-//LavoroOra//Promemoria//IT",
        sender="LavoroOra <avvisi@lavoroora.example>",
        subject="Promemoria: la candidatura per Analista dati scade l'8 ottobre",
        text='Ciao,\n\nhai salvato l\'annuncio "Analista dati – Laguna Dati". Le candidature chiudono venerdì 8 ottobre 2027.\n\nAbbiamo allegato un promemoria per il tuo calendario.\n',
        layout="attach",
        sent=at(2027, 9, 30, 8, 0, "Europe/Rome"),
    )
    # controls: assessment centre (all-day, live, attended) and a timed final interview
    mk(
        fam,
        "assessment_center_de",
        "invitation",
        "de",
        "Control: an all-day on-site assessment centre the reader attends (DATE event, REQUEST).",
        s=d(2027, 5, 5),
        e=d(2027, 5, 6),
        tz="date",
        summary="Assessment-Center Traineeprogramm – Elbtal Finanz",
        method="REQUEST",
        prodid="-//Elbtal Finanz//Bewerbermanagement//DE",
        sender="Elbtal Finanz Recruiting <recruiting@elbtal-finanz.example>",
        subject="Einladung zum Assessment-Center am 05.05.2027",
        text="Sehr geehrte/r Candidate,\n\nherzlichen Glückwunsch: Wir laden Sie zu unserem ganztägigen Assessment-Center am Mittwoch, 05.05.2027, in unsere Zentrale in Dresden ein (Beginn 08:30 Uhr, Ende gegen 17:00 Uhr). Sie lernen dabei auch Ihre künftigen Fachbereiche kennen.\n\nMit freundlichen Grüßen\nElbtal Finanz AG\n",
        sent=at(2027, 4, 21, 10, 0, "Europe/Berlin"),
    )
    z = "America/New_York"
    s = at(2027, 3, 22, 14, 0, z)
    e = s + timedelta(minutes=60)
    mk(
        fam,
        "final_interview_en",
        "invitation",
        "en",
        "Control: after the take-home, the same team sends the final interview (timed REQUEST).",
        s=s,
        e=e,
        tz="iana",
        summary="Final interview – Product Designer (Quarry Labs)",
        method="REQUEST",
        prodid="-//Quarry Labs//Hiring//EN",
        sender="Quarry Labs Hiring <hiring@quarrylabs.example>",
        subject="Final interview – Monday 22 March, 2:00 PM ET",
        text="Hi Candidate,\n\nGreat work on the take-home! We'd like to invite you to the final interview: Monday 22 March 2027, 2:00–3:00 PM Eastern, with our Head of Design and a PM. The invite is attached.\n\nQuarry Labs Hiring\n",
        layout="attach",
        html=True,
        sent=at(2027, 3, 15, 11, 0, z),
    )


# ------------------------------------------------------------------------------ school21
def school21() -> None:
    fam = "school21"
    z = "Europe/London"
    s = at(2027, 3, 10, 17, 30, z)
    mk(
        fam,
        "parents_evening_en",
        "not_invitation",
        "en",
        "Look-alike: a school's parents' evening slot booked by the parent, with an .ics.",
        s=s,
        e=s + timedelta(minutes=10),
        tz="iana",
        summary="Parents' Evening – Year 4 (Mrs Patel)",
        method="PUBLISH",
        prodid="-//SchoolBook//Parents Evening//EN",
        sender="Oakfield Primary <noreply@schoolbook.example>",
        subject="Parents' Evening appointment confirmed",
        text="Dear Parent/Carer,\n\nYour appointment for Year 4 Parents' Evening is confirmed:\n\nWednesday 10 March 2027, 17:30 – 17:40 with Mrs Patel (Class Hazel)\n\nPlease wait in the hall until your time. The attached file adds it to your calendar.\n\nOakfield Primary School\n",
        layout="attach",
        html=True,
        sent=at(2027, 2, 26, 15, 0, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 4, 20, 19, 0, z)
    mk(
        fam,
        "elternabend_de",
        "not_invitation",
        "de",
        "Look-alike: German school parents' evening (Elternabend) sent by the class teacher via a school app, .ics attached.",
        s=s,
        e=s + timedelta(minutes=90),
        tz="iana",
        summary="Elternabend Klasse 6b",
        method="PUBLISH",
        prodid="-//Schulportal//Termine//DE",
        sender="Klassenleitung 6b <6b@gymnasium-am-see.example>",
        subject="Einladung zum Elternabend der 6b",
        text="Liebe Eltern,\n\nhiermit lade ich Sie herzlich zum Elternabend der Klasse 6b ein: Dienstag, 20.04.2027, 19:00 Uhr, Raum 112. Themen: Klassenfahrt, Wahl der Elternvertretung.\n\nMit freundlichen Grüßen\nK. Hoffmann\n",
        layout="attach",
        sent=at(2027, 4, 8, 14, 0, z),
    )
    z = "Europe/Paris"
    s = at(2027, 6, 12, 10, 0, z)
    mk(
        fam,
        "kermesse_fr",
        "not_invitation",
        "fr",
        "Look-alike: a school fête invitation with an .ics, French.",
        s=s,
        e=s + timedelta(hours=6),
        tz="utc",
        summary="Kermesse de l'école Jules-Ferry",
        method="PUBLISH",
        prodid="-//Ecole Jules-Ferry//Agenda//FR",
        sender="APE Jules-Ferry <ape@ecole-julesferry.example>",
        subject="Kermesse de l'école – samedi 12 juin",
        text="Chers parents,\n\nla kermesse aura lieu le samedi 12 juin 2027 de 10h à 16h dans la cour de l'école. Nous cherchons des bénévoles pour les stands.\n\nL'APE\n",
        layout="attach",
        html=True,
        sent=at(2027, 5, 28, 20, 0, z),
    )
    z = "Europe/Amsterdam"
    s = at(2027, 11, 16, 15, 45, z)
    mk(
        fam,
        "tienminutengesprek_nl",
        "not_invitation",
        "nl",
        "Look-alike: Dutch ten-minute parent-teacher talk (tienminutengesprek) booked via the school app.",
        s=s,
        e=s + timedelta(minutes=10),
        tz="iana",
        summary="Tienminutengesprek groep 5 – juf Anouk",
        method="PUBLISH",
        prodid="-//Schoolapp//Gesprekken//NL",
        sender="Basisschool De Regenboog <noreply@schoolapp.example>",
        subject="Bevestiging tienminutengesprek",
        text="Beste ouder/verzorger,\n\nU heeft een tienminutengesprek ingepland:\n\ndinsdag 16 november 2027, 15:45 – 15:55\nmet juf Anouk (groep 5), lokaal 3\n\nMet vriendelijke groet,\nDe Regenboog\n",
        layout="attach",
        sent=at(2027, 11, 2, 12, 0, z),
    )
    z = "Europe/Copenhagen"
    s = at(2027, 9, 8, 17, 0, z)
    mk(
        fam,
        "foraeldremoede_da",
        "not_invitation",
        "da",
        "Look-alike: Danish school parent meeting (forældremøde) from the school intranet, .ics.",
        s=s,
        e=s + timedelta(hours=2),
        tz="iana",
        summary="Forældremøde 3.A",
        method="PUBLISH",
        prodid="-//Skoleintra//Kalender//DA",
        sender="Søndervang Skole <kontor@sondervang-skole.example>",
        subject="Forældremøde i 3.A onsdag d. 8. september",
        text="Kære forældre,\n\nvi holder forældremøde i 3.A onsdag d. 8. september 2027 kl. 17.00–19.00 i klasselokalet. Der er kaffe og kage.\n\nVenlig hilsen\nKlasseteamet\n",
        layout="attach",
        sent=at(2027, 8, 25, 9, 0, z),
    )
    z = "Europe/Helsinki"
    s = at(2027, 10, 6, 18, 0, z)
    mk(
        fam,
        "vanhempainilta_fi",
        "not_invitation",
        "fi",
        "Look-alike: Finnish parents' evening (vanhempainilta) from the school system.",
        s=s,
        e=s + timedelta(minutes=90),
        tz="iana",
        summary="Vanhempainilta 2B",
        method="PUBLISH",
        prodid="-//Wilma-like//Tapahtumat//FI",
        sender="Koivurinteen koulu <koulu@koivurinne.example>",
        subject="Vanhempainilta keskiviikkona 6.10.",
        text="Hyvät huoltajat,\n\ntervetuloa luokan 2B vanhempainiltaan keskiviikkona 6.10.2027 klo 18.00–19.30 koulun ruokalaan.\n\nTerveisin\nluokanopettaja\n",
        layout="attach",
        sent=at(2027, 9, 27, 13, 0, z),
    )
    # controls: schools hiring (reader applied as a teacher)
    z = "Europe/London"
    s = at(2027, 4, 28, 13, 30, z)
    e = s + timedelta(minutes=60)
    mk(
        fam,
        "teacher_interview_en",
        "invitation",
        "en",
        "Control: the school invites the reader (a teacher applicant) to interview and a lesson observation.",
        s=s,
        e=e,
        tz="iana",
        summary="Interview – Class Teacher (KS2), Oakfield Primary",
        method="REQUEST",
        prodid="-//SchoolBook//Parents Evening//EN",
        sender="Oakfield Primary HR <hr@oakfield-primary.example>",
        subject="Interview invitation – Class Teacher (KS2)",
        text="Dear Candidate,\n\nThank you for applying for the Class Teacher (KS2) post. We are delighted to invite you to interview on Wednesday 28 April 2027 at 13:30 at the school, with the Headteacher and a governor.\n\nKind regards,\nOakfield Primary School\n",
        sent=at(2027, 4, 19, 12, 0, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 5, 11, 14, 0, z)
    e = s + timedelta(minutes=45)
    mk(
        fam,
        "lehrerstelle_gespraech_de",
        "invitation",
        "de",
        "Control: a German school invites the reader to a job interview for a teaching post.",
        s=s,
        e=e,
        tz="iana",
        summary="Vorstellungsgespräch Lehrkraft Mathematik",
        method="REQUEST",
        prodid="-//Schulportal//Termine//DE",
        sender="Schulleitung Gymnasium am See <schulleitung@gymnasium-am-see.example>",
        subject="Einladung zum Vorstellungsgespräch – Lehrkraft Mathematik/Physik",
        text="Sehr geehrte/r Candidate,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem Vorstellungsgespräch am Dienstag, 11.05.2027, um 14:00 Uhr im Büro der Schulleitung ein.\n\nMit freundlichen Grüßen\nDr. M. Brenner, Schulleiterin\n",
        sent=at(2027, 5, 3, 10, 0, z),
    )


# ------------------------------------------------------------------------------ travel21 (held out)
def travel21() -> None:
    fam = "travel21"
    z = "Europe/London"
    s = at(2027, 4, 2, 7, 15, z)
    mk(
        fam,
        "flight_itinerary_en",
        "not_invitation",
        "en",
        "Look-alike: airline itinerary with an .ics for the outbound flight.",
        s=s,
        e=s + timedelta(hours=2, minutes=5),
        tz="utc",
        summary="Flight SK 2518 London Heathrow – Copenhagen",
        method="PUBLISH",
        prodid="-//Nordwing Airlines//Itinerary//EN",
        sender="Nordwing Airlines <itinerary@nordwing.example>",
        subject="Your booking confirmation – ref QX7T2M",
        text="Booking reference: QX7T2M\n\nOutbound: Fri 2 Apr 2027\nNW 2518  London Heathrow T2 07:15 – Copenhagen 10:20 (local time)\nPassenger: Candidate\n\nOnline check-in opens 30 hours before departure. Add this flight to your calendar with the attached file.\n",
        layout="attach",
        html=True,
        sent=at(2027, 3, 9, 18, 22, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 5, 14, 8, 34, z)
    mk(
        fam,
        "bahn_reise_de",
        "not_invitation",
        "de",
        "Look-alike: German rail ticket with a calendar entry for the journey.",
        s=s,
        e=s + timedelta(hours=4, minutes=12),
        tz="iana",
        summary="Reise Hamburg Hbf → München Hbf (ICE 583)",
        method="PUBLISH",
        prodid="-//Schienenreisen//Buchung//DE",
        sender="Schienenreisen <buchung@schienenreisen.example>",
        subject="Ihre Buchungsbestätigung (Auftrag 4471 9920)",
        text="Vielen Dank für Ihre Buchung.\n\nHinfahrt am 14.05.2027\nab Hamburg Hbf 08:34 – an München Hbf 12:46, ICE 583, Wagen 7, Platz 64\n\nIhr Ticket finden Sie im Anhang. Mit der .ics-Datei können Sie die Reise in Ihren Kalender übernehmen.\n",
        layout="attach",
        sent=at(2027, 4, 30, 20, 0, z),
    )
    z = "Europe/Paris"
    s = at(2027, 6, 21, 18, 5, z)
    mk(
        fam,
        "train_retour_fr",
        "not_invitation",
        "fr",
        "Look-alike: French train booking (return leg) with an .ics.",
        s=s,
        e=s + timedelta(hours=2, minutes=10),
        tz="utc",
        summary="Train Lyon Part-Dieu → Paris Gare de Lyon",
        method="PUBLISH",
        prodid="-//RailFrance//Voyages//FR",
        sender="RailFrance <voyages@railfrance.example>",
        subject="Confirmation de votre voyage – dossier KPLM32",
        text="Bonjour,\n\nvotre voyage est confirmé :\nlundi 21 juin 2027 – Lyon Part-Dieu 18h05 → Paris Gare de Lyon 20h15, voiture 12, place 45.\n\nAjoutez le trajet à votre agenda avec la pièce jointe.\n",
        layout="attach",
        sent=at(2027, 6, 1, 9, 0, z),
    )
    z = "Europe/Madrid"
    s = at(2027, 7, 9, 16, 40, z)
    mk(
        fam,
        "vuelo_es",
        "not_invitation",
        "es",
        "Look-alike: Spanish airline check-in reminder with the flight as an .ics.",
        s=s,
        e=s + timedelta(hours=1, minutes=20),
        tz="utc",
        summary="Vuelo IB-like 3120 Madrid – Bilbao",
        method="PUBLISH",
        prodid="-//Aerolineas Meseta//Reservas//ES",
        sender="Aerolíneas Meseta <reservas@meseta-air.example>",
        subject="Ya puedes facturar: Madrid – Bilbao, 9 de julio",
        text="Hola Candidate:\n\nya puedes hacer el check-in de tu vuelo MS 3120 Madrid (T4) 16:40 → Bilbao 18:00, viernes 9 de julio de 2027.\n\nTe adjuntamos el evento para tu calendario.\n",
        layout="attach",
        html=True,
        sent=at(2027, 7, 8, 16, 40, z),
    )
    # controls
    z = "Europe/Copenhagen"
    s = at(2027, 4, 2, 13, 0, z)
    e = s + timedelta(hours=3)
    mk(
        fam,
        "onsite_interview_with_travel_en",
        "invitation",
        "en",
        "Control: the employer's coordinator sends the on-site interview REQUEST and mentions the booked flight.",
        s=s,
        e=e,
        tz="iana",
        summary="On-site interview – Candidate (Fjordbyte ApS)",
        method="REQUEST",
        prodid=APPLE,
        sender="Mette Holm <mette.holm@fjordbyte.example>",
        subject="On-site interview in Copenhagen – Friday 2 April",
        text="Hi Candidate,\n\nWe've booked your flight (NW 2518, landing 10:20) and a taxi to our office. Your on-site interview is on Friday 2 April 2027 from 13:00 to 16:00 Copenhagen time, with three sessions and lunch beforehand. The calendar invitation is attached.\n\nBest,\nMette\n",
        sent=at(2027, 3, 10, 11, 0, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 5, 14, 14, 30, z)
    e = s + timedelta(minutes=90)
    mk(
        fam,
        "vorort_gespraech_de",
        "invitation",
        "de",
        "Control: German employer's interview REQUEST; the text also names the train the reader should take.",
        s=s,
        e=e,
        tz="win",
        summary="Vorstellungsgespräch vor Ort – Isarwerk Robotics",
        method="REQUEST",
        prodid=OUTLOOK,
        sender="Lisa Hartmann <lisa.hartmann@isarwerk.example>",
        subject="Vorstellungsgespräch vor Ort am 14.05.",
        text="Hallo Candidate,\n\nwie besprochen erwarten wir Sie am Freitag, 14.05.2027, um 14:30 Uhr bei uns in München zum Gespräch vor Ort (ca. 90 Minuten). Mit dem ICE um 08:34 ab Hamburg sind Sie rechtzeitig da; die Reisekosten erstatten wir.\n\nViele Grüße\nLisa Hartmann\n",
        html=True,
        sent=at(2027, 5, 4, 9, 0, z),
    )


# ------------------------------------------------------------------------------ onboard21 (held out)
def onboard21() -> None:
    fam = "onboard21"
    z = "America/New_York"
    s = at(2027, 6, 1, 9, 0, z)
    mk(
        fam,
        "first_day_hold_en",
        "not_invitation",
        "en",
        "Look-alike: new employer's 'First day' calendar hold for the reader after the offer was signed.",
        s=s,
        e=s + timedelta(hours=8),
        tz="win",
        summary="Welcome to Harborpoint – Day 1",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Harborpoint People Team <people@harborpoint.example>",
        subject="Welcome to Harborpoint – Day 1",
        text="Hi Candidate,\n\nWe're thrilled you're joining! Please hold your first day: Tuesday June 1, 9:00 AM – 5:00 PM. Report to reception on the 3rd floor; your buddy will meet you there. Bring ID for your I-9.\n\nThe People Team\n",
        html=True,
        sent=at(2027, 5, 18, 10, 0, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 7, 1, 10, 0, z)
    mk(
        fam,
        "it_einrichtung_de",
        "not_invitation",
        "de",
        "Look-alike: IT set-up session on the first day at the new employer (Outlook REQUEST).",
        s=s,
        e=s + timedelta(minutes=60),
        tz="win",
        summary="IT-Einrichtung Laptop & Zugänge",
        method="REQUEST",
        prodid=OUTLOOK,
        sender="IT-Service Isarwerk <it-service@isarwerk.example>",
        subject="IT-Einrichtung an Ihrem ersten Arbeitstag",
        text="Hallo Candidate,\n\nan Ihrem ersten Arbeitstag richten wir mit Ihnen Laptop, VPN und Zugänge ein. Bitte bringen Sie Ihr Smartphone für die Zwei-Faktor-Anmeldung mit.\n\nIhr IT-Service\n",
        sent=at(2027, 6, 24, 8, 0, z),
    )
    z = "Europe/Paris"
    s = at(2027, 9, 6, 9, 30, z)
    mk(
        fam,
        "seminaire_integration_fr",
        "not_invitation",
        "fr",
        "Look-alike: new-joiners' orientation day (séminaire d'intégration) from Google Calendar.",
        s=s,
        e=s + timedelta(hours=7),
        tz="utc",
        summary="Séminaire d'intégration – nouveaux arrivants",
        method="REQUEST",
        prodid=GOOGLE,
        sender="RH Atelier Orque <rh@atelier-orque.example>",
        subject="Invitation: Séminaire d'intégration – nouveaux arrivants @ lun. 6 sept. 2027 09:30 - 16:30 (CEST) (candidate@inbox.example)",
        text="Vous avez été invité à l'événement suivant.\n\nSéminaire d'intégration – nouveaux arrivants\nQuand : lundi 6 sept. 2027 09:30 – 16:30 Heure d'été d'Europe centrale - Paris\nOù : Siège, salle Horizon\n\nPrésentation de l'entreprise, visite des locaux et déjeuner d'équipe.\n\nInvitation de Google Agenda\n",
        layout="google",
        html=True,
        sent=at(2027, 8, 25, 10, 0, z),
    )
    z = "Europe/Amsterdam"
    s = at(2027, 8, 2, 12, 0, z)
    mk(
        fam,
        "welkomstlunch_nl",
        "not_invitation",
        "nl",
        "Look-alike: welcome lunch with the new team in the first week, Dutch Outlook REQUEST.",
        s=s,
        e=s + timedelta(hours=1),
        tz="win",
        summary="Welkomstlunch Candidate",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Femke Jansen <femke.jansen@dijkdata.example>",
        subject="Welkomstlunch in je eerste week",
        text="Hoi Candidate,\n\nwelkom bij het team! Op je eerste maandag lunchen we samen in de kantine. Geen voorbereiding nodig.\n\nFemke\n",
        sent=at(2027, 7, 20, 15, 0, z),
    )
    # control
    z = "America/New_York"
    s = at(2027, 5, 4, 11, 0, z)
    e = s + timedelta(minutes=60)
    mk(
        fam,
        "final_round_en",
        "invitation",
        "en",
        "Control: before the offer, the same People Team sends the final-round interview REQUEST.",
        s=s,
        e=e,
        tz="win",
        summary="Final round interview – Candidate / Harborpoint",
        method="REQUEST",
        prodid=EXCHANGE,
        sender="Harborpoint People Team <people@harborpoint.example>",
        subject="Final round interview – Candidate / Harborpoint",
        text="Hi Candidate,\n\nCongratulations on making the final round. Please find the invitation for your interview with our CFO on Tuesday May 4, 11:00 AM – 12:00 PM ET, at our office.\n\nThe People Team\n",
        html=True,
        sent=at(2027, 4, 27, 9, 0, z),
    )
    z = "Europe/Paris"
    s = at(2027, 7, 8, 10, 0, z)
    e = s + timedelta(minutes=45)
    mk(
        fam,
        "entretien_rh_fr",
        "invitation",
        "fr",
        "Control: Google Calendar REQUEST for an HR interview from the same employer, French.",
        s=s,
        e=e,
        tz="utc",
        summary="Entretien RH – Candidate",
        method="REQUEST",
        prodid=GOOGLE,
        sender="RH Atelier Orque <rh@atelier-orque.example>",
        subject="Invitation: Entretien RH – Candidate @ jeu. 8 juil. 2027 10:00 - 10:45 (CEST) (candidate@inbox.example)",
        text="Vous avez été invité à l'événement suivant.\n\nEntretien RH – Candidate\nQuand : jeudi 8 juil. 2027 10:00 – 10:45 Heure d'été d'Europe centrale - Paris\nOù : Google Meet\n\nEntretien RH pour le poste de chargé(e) de communication.\n\nInvitation de Google Agenda\n",
        layout="google",
        html=True,
        sent=at(2027, 7, 1, 10, 0, z),
    )


# ------------------------------------------------------------------------------ proposal21 (held out)
def proposal21() -> None:
    fam = "proposal21"
    tent = ("STATUS:TENTATIVE",)
    z = "Europe/London"
    s = at(2027, 3, 3, 14, 0, z)
    mk(
        fam,
        "pending_request_en",
        "not_invitation",
        "en",
        "Look-alike: booking page echoes the slot the reader requested; the recruiter has not confirmed (TENTATIVE .ics).",
        s=s,
        e=s + timedelta(minutes=30),
        tz="iana",
        summary="Requested: call with Owen Price (pending)",
        method="PUBLISH",
        prodid="-//SlotPage//Booking//EN",
        sender="SlotPage <notifications@slotpage.example>",
        subject="Your request has been sent to Owen Price",
        text="Hi Candidate,\n\nYou requested Wednesday 3 March 2027, 2:00 – 2:30 PM (GMT) with Owen Price.\n\nThis time is not confirmed yet. Owen will accept or suggest another time; we'll email you either way. The attached calendar file is marked tentative so you can hold the slot.\n",
        more=tent,
        layout="attach",
        html=True,
        sent=at(2027, 2, 24, 16, 0, z),
    )
    z = "Europe/Berlin"
    s = at(2027, 4, 13, 9, 30, z)
    mk(
        fam,
        "anfrage_offen_de",
        "not_invitation",
        "de",
        "Look-alike: German booking page: the reader's proposed slot awaits the recruiter's confirmation.",
        s=s,
        e=s + timedelta(minutes=45),
        tz="iana",
        summary="Terminanfrage (unbestätigt): Gespräch mit Frau Vogt",
        method="PUBLISH",
        prodid="-//Terminfinder//Buchung//DE",
        sender="Terminfinder <noreply@terminfinder.example>",
        subject="Ihre Terminanfrage wurde übermittelt",
        text="Hallo Candidate,\n\nIhre Anfrage für Dienstag, 13.04.2027, 09:30–10:15 Uhr bei Frau Vogt (Lindgrün Consulting) wurde übermittelt. Der Termin ist noch nicht bestätigt – Sie erhalten eine E-Mail, sobald Frau Vogt zusagt oder einen anderen Termin vorschlägt.\n\nDie angehängte Kalenderdatei ist als vorläufig markiert.\n",
        more=tent,
        layout="attach",
        sent=at(2027, 4, 6, 21, 0, z),
    )
    z = "Europe/Paris"
    s = at(2027, 5, 19, 11, 0, z)
    mk(
        fam,
        "demande_attente_fr",
        "not_invitation",
        "fr",
        "Look-alike: French booking page: the slot the reader proposed is awaiting validation.",
        s=s,
        e=s + timedelta(minutes=30),
        tz="utc",
        summary="En attente de validation : échange avec Nadia Roux",
        method="PUBLISH",
        prodid="-//Creneau//Reservation//FR",
        sender="Créneau <ne-pas-repondre@creneau.example>",
        subject="Demande de rendez-vous envoyée – en attente de validation",
        text="Bonjour,\n\nvotre demande pour le mercredi 19 mai 2027 de 11h00 à 11h30 avec Nadia Roux a bien été envoyée. Elle doit encore être validée : vous recevrez une confirmation ou une autre proposition.\n",
        more=tent,
        layout="attach",
        html=True,
        sent=at(2027, 5, 12, 10, 0, z),
    )
    z = "America/Mexico_City"
    s = at(2027, 6, 9, 10, 0, z)
    mk(
        fam,
        "propuesta_pendiente_es",
        "not_invitation",
        "es",
        "Look-alike: Spanish booking page, the reader's proposed time pending approval (REQUEST from the reader, TENTATIVE).",
        s=s,
        e=s + timedelta(minutes=30),
        tz="iana",
        summary="Propuesta pendiente: llamada con Andrea Soto",
        method="PUBLISH",
        prodid="-//Agendalo//Citas//ES",
        sender="Agéndalo <avisos@agendalo.example>",
        subject="Propuesta enviada: miércoles 9 de junio, 10:00",
        text="Hola Candidate:\n\nenviamos tu propuesta a Andrea Soto (Nopal Digital): miércoles 9 de junio de 2027, 10:00 – 10:30 (hora del centro de México).\n\nTodavía no está confirmada. Te avisaremos cuando Andrea la acepte.\n",
        more=tent,
        layout="attach",
        sent=at(2027, 6, 2, 18, 0, z),
    )
    # controls: the confirmations
    z = "Europe/London"
    s = at(2027, 3, 3, 14, 0, z)
    e = s + timedelta(minutes=30)
    mk(
        fam,
        "confirmed_en",
        "invitation",
        "en",
        "Control: the same booking page after the recruiter accepted: confirmed call with the reader.",
        s=s,
        e=e,
        tz="iana",
        summary="Interview call with Owen Price (Wrenfield Partners)",
        method="REQUEST",
        prodid="-//SlotPage//Booking//EN",
        sender="SlotPage <notifications@slotpage.example>",
        subject="Confirmed: Interview call with Owen Price – Wed 3 Mar, 2:00 PM",
        text="Hi Candidate,\n\nOwen Price confirmed your interview call.\n\nWednesday 3 March 2027, 2:00 – 2:30 PM (GMT)\nPhone: Owen will call you on the number you gave.\n\nThe updated calendar invitation is attached.\n",
        layout="attach",
        html=True,
        sent=at(2027, 2, 25, 9, 10, z),
        organizer="Owen Price <owen.price@wrenfield.example>",
    )
    z = "Europe/Berlin"
    s = at(2027, 4, 13, 9, 30, z)
    e = s + timedelta(minutes=45)
    mk(
        fam,
        "bestaetigt_de",
        "invitation",
        "de",
        "Control: German booking page: Frau Vogt confirmed the interview slot.",
        s=s,
        e=e,
        tz="iana",
        summary="Vorstellungsgespräch mit Frau Vogt (Lindgrün Consulting)",
        method="REQUEST",
        prodid="-//Terminfinder//Buchung//DE",
        sender="Terminfinder <noreply@terminfinder.example>",
        subject="Termin bestätigt: Dienstag, 13.04.2027, 09:30 Uhr",
        text="Hallo Candidate,\n\nFrau Vogt hat Ihren Termin bestätigt:\n\nDienstag, 13.04.2027, 09:30–10:15 Uhr\nVorstellungsgespräch per Videocall (Link in der Kalendereinladung)\n",
        layout="attach",
        sent=at(2027, 4, 7, 8, 30, z),
        organizer="Katrin Vogt <k.vogt@lindgruen.example>",
    )


# ------------------------------------------------------------------------------ fwdcal21 (held out)
def fwdcal21() -> None:
    fam = "fwdcal21"
    z = "Europe/Berlin"
    s = at(2027, 3, 24, 10, 0, z)
    isent = at(2027, 3, 15, 9, 0, z)
    mk(
        fam,
        "thunderbird_fwd_workshop_de",
        "not_invitation",
        "de",
        "Look-alike: the reader forwards (as attachment) a team workshop REQUEST from the current job.",
        s=s,
        e=s + timedelta(hours=3),
        tz="iana",
        summary="Workshop Roadmap 2028",
        method="REQUEST",
        prodid=TBIRD,
        sender=f"Candidate <{ME}>",
        subject="Fwd: Workshop Roadmap 2028",
        text="Zur Info, bitte im Kalender lassen.\n",
        sent=at(2027, 3, 15, 12, 0, z),
        inner={
            "sender": "Jana Wendt <jana.wendt@kassenwerk.example>",
            "subject": "Workshop Roadmap 2028",
            "text": "Hallo zusammen,\n\nhalber Tag für die Roadmap 2028, bitte Ideen mitbringen.\n\nJana\n",
            "sent": isent,
        },
        organizer="Jana Wendt <jana.wendt@kassenwerk.example>",
    )
    z = "America/New_York"
    s = at(2027, 4, 14, 12, 0, z)
    isent = at(2027, 4, 1, 8, 0, z)
    mk(
        fam,
        "outlook_fwd_webinar_en",
        "not_invitation",
        "en",
        "Look-alike: Outlook forward (as attachment) of a career webinar's PUBLISH .ics with a short note.",
        s=s,
        e=s + timedelta(hours=1),
        tz="utc",
        summary="Webinar: Negotiating Your First Offer",
        method="PUBLISH",
        prodid="-//zoom.us//iCalendar Event//EN",
        sender=f"Candidate <{ME}>",
        subject="FW: Webinar: Negotiating Your First Offer",
        text="Might be useful before the offer call.\n",
        sent=at(2027, 4, 2, 19, 0, z),
        inner={
            "sender": "CareerBridge Webinars <no-reply@zoom.example>",
            "subject": "Webinar: Negotiating Your First Offer – Confirmation",
            "text": "Thank you for registering. Date & Time: Apr 14, 2027 12:00 PM Eastern Time (US and Canada).\n",
            "sent": isent,
            "layout": "attach",
        },
    )
    z = "Europe/Madrid"
    s = at(2027, 5, 20, 9, 15, z)
    isent = at(2027, 5, 10, 13, 0, z)
    mk(
        fam,
        "gmail_fwd_medico_es",
        "not_invitation",
        "es",
        "Look-alike: the reader forwards a doctor's appointment confirmation (.ics) to the Afterview inbox by mistake.",
        s=s,
        e=s + timedelta(minutes=20),
        tz="iana",
        summary="Cita – Centro Médico Retiro",
        method="PUBLISH",
        prodid="-//Centro Medico Retiro//Citas//ES",
        sender=f"Candidate <{ME}>",
        subject="Fwd: Confirmación de su cita",
        text="---------- Forwarded message ---------\nDe: Centro Médico Retiro <citas@cmretiro.example>\nDate: lun, 10 may 2027 a las 13:00\nSubject: Confirmación de su cita\n\nSu cita: jueves 20 de mayo de 2027 a las 09:15, consulta de medicina general.\n",
        layout="attach",
        sent=at(2027, 5, 10, 20, 0, z),
    )
    z = "Europe/London"
    s = at(2027, 6, 9, 18, 0, z)
    isent = at(2027, 5, 30, 10, 0, z)
    mk(
        fam,
        "apple_fwd_reply_en",
        "reply",
        "en",
        "Apple Mail forward (as attachment) of the reader's own 'Accepted:' REPLY to an interview; a reply, not a new invitation.",
        s=s,
        e=s + timedelta(minutes=45),
        tz="iana",
        summary="Interview – Marketing Manager (Kestrel Foods)",
        method="REPLY",
        prodid=APPLE,
        sender=f"Candidate <{ME}>",
        subject="Fwd: Accepted: Interview – Marketing Manager (Kestrel Foods)",
        text="Sending this so it's tracked.\n",
        sent=at(2027, 5, 30, 11, 0, z),
        partstat="ACCEPTED",
        organizer="Harriet Cole <harriet.cole@kestrelfoods.example>",
        inner={
            "sender": f"Candidate <{ME}>",
            "subject": "Accepted: Interview – Marketing Manager (Kestrel Foods)",
            "text": "Candidate has accepted this invitation.\n",
            "sent": isent,
        },
    )
    # controls
    z = "Europe/Berlin"
    s = at(2027, 3, 30, 15, 0, z)
    e = s + timedelta(minutes=60)
    isent = at(2027, 3, 22, 10, 0, z)
    mk(
        fam,
        "thunderbird_fwd_interview_de",
        "invitation",
        "de",
        "Control: the reader forwards an interview REQUEST as attachment (Thunderbird).",
        s=s,
        e=e,
        tz="iana",
        summary="Vorstellungsgespräch – Lindgrün Consulting",
        method="REQUEST",
        prodid=TBIRD,
        sender=f"Candidate <{ME}>",
        subject="Fwd: Einladung: Vorstellungsgespräch – Lindgrün Consulting",
        text="Bitte eintragen.\n",
        sent=at(2027, 3, 22, 12, 0, z),
        organizer="Katrin Vogt <k.vogt@lindgruen.example>",
        inner={
            "sender": "Katrin Vogt <k.vogt@lindgruen.example>",
            "subject": "Einladung: Vorstellungsgespräch – Lindgrün Consulting",
            "text": "Sehr geehrte/r Candidate,\n\nhiermit lade ich Sie zum Vorstellungsgespräch am Dienstag, 30.03.2027, 15:00–16:00 Uhr in unser Büro ein.\n\nKatrin Vogt\n",
            "sent": isent,
        },
    )
    z = "America/New_York"
    s = at(2027, 4, 20, 10, 30, z)
    e = s + timedelta(minutes=45)
    isent = at(2027, 4, 12, 14, 0, z)
    mk(
        fam,
        "outlook_fwd_interview_en",
        "invitation",
        "en",
        "Control: Outlook forward (as attachment) of a recruiter's interview REQUEST.",
        s=s,
        e=e,
        tz="iana",
        summary="Interview – Data Engineer (Cobalt Rail)",
        method="REQUEST",
        prodid=OUTLOOK,
        sender=f"Candidate <{ME}>",
        subject="FW: Interview – Data Engineer (Cobalt Rail)",
        text="FYI\n",
        sent=at(2027, 4, 12, 15, 0, z),
        organizer="Tom Reyes <tom.reyes@cobaltrail.example>",
        inner={
            "sender": "Tom Reyes <tom.reyes@cobaltrail.example>",
            "subject": "Interview – Data Engineer (Cobalt Rail)",
            "text": "Hi Candidate,\n\nHere is the invite for your interview with our data team on Tuesday April 20, 10:30–11:15 AM ET.\n\nTom\n",
            "sent": isent,
        },
    )


# ------------------------------------------------------------------------------ writing
def main() -> None:
    for build in (
        teammeet21,
        webinar21,
        appt21,
        oofcal21,
        calreply21,
        deadline21,
        school21,
        travel21,
        onboard21,
        proposal21,
        fwdcal21,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in CASES:
        cp.verify(case)
        name, data = c17.render(case)
        data = data.replace(b"@calparts17.example>", b"@calneg21.example>")
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        lab["language"] = str(case.mail.get("lang", "en"))
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE,
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files")


if __name__ == "__main__":
    main()
