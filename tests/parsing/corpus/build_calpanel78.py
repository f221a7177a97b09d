# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the calpanel78 batch: calendar-bearing mail (a text/calendar part or an .ics) that
names an interview and sets no job interview for the reader, in the shapes of the held-out
families still claimed (calpanel54, panelday25, panelho30, atsinterviewer26, otherics24,
sharecal10, webcal44): applicant trackers' and scheduling tools' invites to the reader AS
INTERVIEWER ('Interview: <candidate> (Candidate) - <role>' with the candidate's CV link, a
scorecard link and 'Interviewers: you'), panel and assessment days with the reader as
assessor, debrief and calibration meetings, a colleague's forwarded invite, a shared team
calendar's event, podcast and press recordings titled 'Interview with ...', user-research
sessions where the reader interviews participants and webinars on interviewing skills.
Controls (about a quarter): the reader's own job interview as the candidate from the same
tools (Google, Outlook/Teams, Greenhouse-, Lever-, Ashby-, Workday-, GoodTime-like, Zoom).

Run: .venv/bin/python tests/parsing/corpus/build_calpanel78.py

Producer shapes are recalled (structure only); prose, people, companies and UIDs are ours;
slots in 2027. Labels come from the zoneinfo datetimes the calendars are written from and were
written before any parse: look-alikes are not_invitation with no slot (calneg30's rule),
controls are invitations with the calendar's start, end, zone, UID, SEQUENCE and METHOD
(build_calneg50.label). A seeded third goes to heldout/ as family calpanel78h
(build_parse-pos.held_names: file names sorted by SHA-256, every third), chosen before any
parse. The calendar and mail helpers are build_calneg50.py's. Deterministic; the script
deletes or writes only files of its own families and PROVENANCE-calpanel78.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


cb = _load("build_calneg50", "build_calneg50.py")
pp = _load("build_parse_pos", "build_parse-pos.py")
at, att, me = cb.at, cb.att, cb.me

FAM = "calpanel78"
HELD = "calpanel78h"
LICENSE = "structure only; all text, people and identifiers written for this corpus"
FAMILIES = {
    FAM: "calendar-bearing mail with an interview word that sets no job interview for the reader: applicant trackers' and scheduling tools' invites to the reader as interviewer, panel and assessment days, debriefs and calibrations, a colleague's forwarded invite, a shared team calendar's event, podcast and press recordings, user-research sessions, interviewing-skills webinars; controls: the reader's own interview as the candidate from the same tools",
    HELD: "the held-out third of calpanel78, chosen by the file names' hashes before any parse",
}
cb.FAMILIES.update(FAMILIES)
cb.PROD.update(
    {
        "lever": "-//Lever//Lever Interview Scheduler//EN",
        "ashby": "-//Ashby//Ashby Scheduling//EN",
        "goodtime": "-//GoodTime.io//GoodTime Hire//EN",
        "zoom": "-//Zoom Video Communications Inc//Zoom Meeting//EN",
        "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    }
)
cb.WIN.update(
    {
        "Pacific Standard Time": "America/Los_Angeles",
        "GMT Standard Time": "Europe/London",
        "Romance Standard Time": "Europe/Paris",
        "Central European Standard Time": "Europe/Warsaw",
        "E. South America Standard Time": "America/Sao_Paulo",
        "Tokyo Standard Time": "Asia/Tokyo",
        "China Standard Time": "Asia/Shanghai",
        "Korea Standard Time": "Asia/Seoul",
    }
)

NOTES = {
    "ats": "An applicant tracker's or scheduling tool's invite to the reader as interviewer: the candidate is an attendee, the reader gets the CV, the interview kit and a scorecard (as atsinterviewer26, panelduty51 and tools78 label them).",
    "panel": "A panel or assessment day with the reader as assessor or panellist, candidates rotating through (as panelday25 and panelside19 label them).",
    "debrief": "A debrief, calibration or hiring-committee meeting about other people's interviews (as panelduty51 labels a debrief).",
    "fwd": "A colleague's forwarded invite for an interview the colleague or a candidate holds, passed to the reader to cover or for information (as fwdpanel50 labels them).",
    "shared": "An event on a shared team or hiring calendar (PUBLISH, a calendar-sharing notice) listing someone else's interview (as sharecal10, webcal44 and pubcal51 label them).",
    "press": "A podcast, radio or press recording titled 'Interview with ...' with the reader as guest or host: civic life, the press and the stage (README).",
    "uxr": "A user-research or customer-discovery session in which the reader interviews participants: a study, no hiring of the reader (as svcintv51 labels a user-research interview).",
    "webinar": "A webinar or training on interviewing skills, open to all who sign up (as webinar51 labels them).",
    "own": "The reader's own job interview as the candidate, from the same tools and in the same calendar shape (control).",
}
KIND_OF: dict[str, str] = {}


def E(
    name: str,
    lang: str,
    what: str,
    prod: str,
    summary: str,
    start: datetime,
    minutes: int,
    org: tuple[str, str],
    subject: str,
    body: str,
    **kw: object,
) -> None:
    kind = "invitation" if what == "own" else "not_invitation"
    kw.setdefault("note", NOTES[what])
    method = str(kw.pop("method", "REQUEST"))
    cb.simple(
        FAM,
        f"{lang}_{name}",
        lang,
        kind,
        prod,
        method,
        summary,
        start,
        minutes,
        org,
        subject,
        body,
        **kw,
    )
    KIND_OF[f"{lang}_{name}"] = what


def cand(cn: str, mail: str) -> str:
    return att(cn, mail)


def en(d: datetime) -> str:
    return d.strftime("%A, %B %-d, %Y, %-I:%M %p")


def build() -> None:
    # ---------------------------------------------------------------- en-US
    s = at(2027, 3, 9, 10, 0, "America/New_York")
    E(
        "greenhouse_interviewer",
        "en-US",
        "ats",
        "greenhouse",
        "Interview: Jane Doherty (Candidate) – Backend Engineer",
        s,
        60,
        ("Maya Lin (via Greenhouse)", "no-reply@greenhouse.example"),
        "Interview: Jane Doherty (Candidate) – Backend Engineer",
        "Hi Alex,\n\nYou're on the interview loop for Jane Doherty, Backend Engineer.\n\nInterviewers: you\nInterview: Coding (60 min)\nCandidate resume: https://app.greenhouse.example/people/551902/resume\nScorecard: https://app.greenhouse.example/scorecards/88410\n\nPlease submit your scorecard within one business day.\n\nMaya Lin, Recruiting Coordinator",
        form="utc",
        people=[cand("Jane Doherty", "jane.doherty@post.example"), me()],
    )
    s = at(2027, 3, 11, 13, 30, "America/Chicago")
    E(
        "goodtime_panel_slot",
        "en-US",
        "ats",
        "goodtime",
        "[Interviewer] Onsite – Luis Ortega – Product Designer – Portfolio review",
        s,
        45,
        ("GoodTime Scheduling", "scheduling@goodtime.example"),
        "Interviewer invite: Luis Ortega – Product Designer",
        "You have been scheduled as an interviewer.\n\nCandidate: Luis Ortega\nRole: Product Designer\nSession: Portfolio review, 45 minutes\nYour role: Interviewer\nCandidate profile & CV: https://hire.goodtime.example/c/77120\nFeedback form: https://hire.goodtime.example/f/77120\n\nCan't make it? Decline this invitation and the coordinator will find a replacement.",
        form="tzid:America/Chicago",
        people=[me(), cand("Luis Ortega", "l.ortega@inbox.example")],
    )
    s = at(2027, 3, 15, 16, 0, "America/Los_Angeles")
    E(
        "debrief_google",
        "en-US",
        "debrief",
        "google",
        "Debrief: Priya Raman – Staff Data Scientist",
        s,
        30,
        ("Tom Hale", "tom.hale@larkspur-labs.example"),
        "Invitation: Debrief: Priya Raman – Staff Data Scientist",
        "Tom Hale has invited you to an event.\n\nDebrief: Priya Raman – Staff Data Scientist\nHiring team only. Please have your scorecard in before we meet; we'll go around the room and then make a hire/no-hire call.\n\nJoin with Google Meet: https://meet.google.example/xqe-pwoa-tnd\n\nGoing? Yes - Maybe - No",
        form="tzid:America/Los_Angeles",
        people=[me(), att("Rita Gomez", "rita.gomez@larkspur-labs.example")],
    )
    s = at(2027, 3, 10, 11, 0, "America/New_York")
    E(
        "podcast_recording",
        "en-US",
        "press",
        "zoom",
        "Podcast recording: Interview with Alex Morgan (Build Weekly ep. 112)",
        s,
        50,
        ("Build Weekly Podcast", "hello@buildweekly.example"),
        "Recording invite: Interview with Alex Morgan",
        "Hi Alex,\n\nThanks again for coming on the show! Here's the calendar hold for our recording. We'll chat for about 40 minutes about your open-source work; please use headphones and a quiet room.\n\nZoom: https://zoom.example/j/8841200913\n\nCheers,\nNina (host, Build Weekly)",
        form="utc",
    )
    s = at(2027, 3, 12, 14, 0, "America/Denver")
    E(
        "user_research_sessions",
        "en-US",
        "uxr",
        "google",
        "User interview #3 – checkout study (participant P3)",
        s,
        45,
        ("Dana Cho", "dana.cho@fieldnote.example"),
        "Invitation: User interview #3 – checkout study (participant P3)",
        "Alex, you're the lead interviewer for this one, I'll take notes.\n\nDiscussion guide: https://docs.fieldnote.example/guide-checkout\nParticipant screener answers are in the study folder. Remember the consent script before recording.\n\nParticipant incentive is sent by the panel vendor.",
        form="tzid:America/Denver",
        people=[
            me(),
            att("Dana Cho", "dana.cho@fieldnote.example"),
            att("Participant P3", "p3@panelvendor.example"),
        ],
    )
    s = at(2027, 3, 16, 9, 30, "America/New_York")
    E(
        "own_greenhouse",
        "en-US",
        "own",
        "greenhouse",
        "Interview with Larkspur Labs – Backend Engineer",
        s,
        45,
        ("Maya Lin (via Greenhouse)", "no-reply@greenhouse.example"),
        "Your interview with Larkspur Labs – Backend Engineer",
        f"Hi Alex,\n\nThanks for making time to meet with our team! Your interview for Backend Engineer is confirmed for {en(s)} Eastern Time.\n\nInterviewers: Priya Raman (Engineering Manager), Tom Hale (Staff Engineer)\nFormat: video call, 45 minutes\nLink: https://meet.google.example/kzd-rrwt-qaa\n\nGood luck!\nMaya Lin, Recruiting Coordinator, Larkspur Labs",
        form="tzid:America/New_York",
        people=[
            me(),
            att("Priya Raman", "priya.raman@larkspur-labs.example"),
            att("Tom Hale", "tom.hale@larkspur-labs.example"),
        ],
    )
    # ---------------------------------------------------------------- en-GB
    s = at(2027, 3, 17, 9, 0, "Europe/London")
    E(
        "assessment_centre_assessor",
        "en-GB",
        "panel",
        "exchange",
        "Graduate assessment centre – assessor day (Room 4)",
        s,
        480,
        ("Early Careers Team", "earlycareers@hollins-group.example"),
        "Assessment centre – you're assessing",
        "Hi Alex,\n\nThank you for volunteering as an assessor. Eight graduate candidates rotate through four exercises; you'll run the competency interview in Room 4 with Sunil. Assessor briefing at 08:30, wash-up session at 16:30.\n\nMarking grids and candidate packs will be in the assessor folder.\n\nEarly Careers Team",
        form="win:GMT Standard Time",
        uidstyle="outlook",
    )
    s = at(2027, 3, 18, 15, 0, "Europe/London")
    E(
        "ashby_interviewer",
        "en-GB",
        "ats",
        "ashby",
        "Interview: Oliver Grant (Candidate) – Head of Finance – Final round",
        s,
        60,
        ("Ashby", "scheduling@ashby.example"),
        "Interview: Oliver Grant (Candidate) – Head of Finance",
        "Interview: Oliver Grant (Candidate) – Head of Finance – Final round\n\nInterviewers: you, Claire Watts\nCandidate: Oliver Grant (CV: https://app.ashby.example/candidates/9a12/resume)\nInterview guide: https://app.ashby.example/guides/final-finance\nLeave feedback: https://app.ashby.example/feedback/9a12\n\nSent by Ashby on behalf of Pemberton & Rye",
        form="tzid:Europe/London",
        people=[
            me(),
            att("Claire Watts", "claire.watts@pembertonrye.example"),
            cand("Oliver Grant", "o.grant@mail.example"),
        ],
    )
    s = at(2027, 3, 19, 12, 0, "Europe/London")
    E(
        "webinar_interviewing_skills",
        "en-GB",
        "webinar",
        "zoom",
        "Webinar: Interviewing skills for hiring managers",
        s,
        60,
        ("Zoom", "no-reply@zoom.example"),
        "Interviewing skills for hiring managers – confirmation",
        'Hi Alex,\n\nThank you for registering for "Interviewing skills for hiring managers".\n\nLearn structured questions, how to avoid bias and how to write up a scorecard. Open to all line managers.\n\nJoin from a PC, Mac, iPad or Android: https://zoom.example/w/93311820\n\nAdd to calendar: the attached .ics.',
        form="utc",
        mode="attach",
    )
    s = at(2027, 3, 22, 10, 30, "Europe/London")
    E(
        "own_teams",
        "en-GB",
        "own",
        "exchange",
        "Interview – Alex Morgan – Marketing Lead",
        s,
        45,
        ("Hannah Price", "hannah.price@hollins-group.example"),
        "Interview – Alex Morgan – Marketing Lead",
        f"Dear Alex,\n\nThank you for applying for the Marketing Lead role. We'd like to invite you to an interview with our panel on {s:%A %-d %B %Y} at {s:%H:%M}.\n\nThe panel: Hannah Price (HR), Marcus Bell (Head of Brand).\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer or mobile app: https://teams.microsoft.example/l/meetup-join/19%3ameeting_hg78\n________________________________________________________________________________",
        form="win:GMT Standard Time",
        uidstyle="outlook",
        people=[me(), att("Marcus Bell", "marcus.bell@hollins-group.example")],
    )
    # ---------------------------------------------------------------- de
    s = at(2027, 3, 9, 14, 0, "Europe/Berlin")
    E(
        "personio_interviewer",
        "de",
        "ats",
        "personio",
        "Interview: Lena Krüger (Kandidatin) – Werkstudentin Marketing",
        s,
        45,
        ("Personio", "no-reply@personio.example"),
        "Interviewtermin: Lena Krüger (Kandidatin) – Werkstudentin Marketing",
        "Hallo Alex,\n\ndu bist als Interviewer:in für dieses Gespräch eingetragen.\n\nKandidatin: Lena Krüger\nLebenslauf: https://firma.personio.example/recruiting/applications/4471\nBewertungsbogen: https://firma.personio.example/recruiting/evaluations/4471\n\nBitte trage deine Bewertung direkt nach dem Gespräch ein.",
        form="tzid:Europe/Berlin",
        people=[me(), cand("Lena Krüger", "lena.krueger@post.example")],
    )
    s = at(2027, 3, 12, 9, 0, "Europe/Berlin")
    E(
        "kalibrierung",
        "de",
        "debrief",
        "exchange",
        "Kalibrierungsrunde Vorstellungsgespräche Q1 – Teamleitungen",
        s,
        90,
        ("Sabine Hoff", "sabine.hoff@nordlicht-versand.example"),
        "Kalibrierungsrunde Vorstellungsgespräche Q1",
        "Hallo zusammen,\n\nwir gleichen die Bewertungen aus den Vorstellungsgesprächen der letzten Wochen ab (sechs Kandidierende, drei offene Stellen). Bitte bringt eure Notizen mit.\n\nViele Grüße\nSabine",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        people=[me(), att("Jonas Weber", "jonas.weber@nordlicht-versand.example")],
    )
    s = at(2027, 3, 16, 18, 0, "Europe/Berlin")
    E(
        "radio_interview",
        "de",
        "press",
        "google",
        "Aufzeichnung: Interview mit Alex Morgan (Wirtschaftsmagazin)",
        s,
        30,
        ("Redaktion Wirtschaftsmagazin", "redaktion@radio-mitte.example"),
        "Einladung: Aufzeichnung: Interview mit Alex Morgan",
        "Hallo Alex,\n\nwie besprochen zeichnen wir das Interview für unser Wirtschaftsmagazin im Studio 2 auf. Bitte 15 Minuten vorher am Empfang melden.\n\nRedaktion Wirtschaftsmagazin",
        form="tzid:Europe/Berlin",
    )
    s = at(2027, 3, 18, 10, 0, "Europe/Berlin")
    E(
        "own_personio",
        "de",
        "own",
        "personio",
        "Vorstellungsgespräch – Alex Morgan – Projektleitung",
        s,
        60,
        ("Personio", "no-reply@personio.example"),
        "Einladung zum Vorstellungsgespräch – Projektleitung",
        f"Hallo Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Projektleitung. Wir laden Sie herzlich zum Vorstellungsgespräch am {s:%d.%m.%Y} um {s:%H:%M} Uhr ein.\n\nGesprächspartner: Jonas Weber (Bereichsleitung), Sabine Hoff (HR)\nOrt: Hafenstraße 12, Hamburg\n\nMit freundlichen Grüßen\nNordlicht Versand GmbH",
        form="tzid:Europe/Berlin",
        people=[me(), att("Jonas Weber", "jonas.weber@nordlicht-versand.example")],
    )
    # ---------------------------------------------------------------- fr
    s = at(2027, 3, 10, 10, 0, "Europe/Paris")
    E(
        "workday_intervieweur",
        "fr",
        "ats",
        "workday",
        "Entretien : Camille Roy (candidate) – Chargée de paie",
        s,
        60,
        ("Workday", "notifications@workday.example"),
        "Vous êtes intervieweur : Camille Roy – Chargée de paie",
        "Bonjour Alex,\n\nVous avez été désigné(e) comme intervieweur pour l'entretien de Camille Roy.\n\nCV de la candidate : https://wd3.workday.example/candidat/31980/cv\nGrille d'évaluation : https://wd3.workday.example/evaluation/31980\n\nMerci de saisir votre évaluation dans Workday après l'entretien.",
        form="win:Romance Standard Time",
        with_vtz=True,
        people=[me(), cand("Camille Roy", "camille.roy@courriel.example")],
    )
    s = at(2027, 3, 23, 14, 0, "Europe/Paris")
    E(
        "fwd_collegue",
        "fr",
        "fwd",
        "exchange",
        "Entretien – Hugo Martin – Développeur",
        s,
        60,
        ("Élise Bernard", "elise.bernard@atelier-lumen.example"),
        "TR: Entretien – Hugo Martin – Développeur",
        "Alex,\n\nJe ne pourrai pas être là, peux-tu me remplacer pour cet entretien ? Le CV de Hugo est dans le dossier partagé.\n\nMerci !\nÉlise\n\n-----Message d'origine-----\nDe : Recrutement Lumen <recrutement@atelier-lumen.example>\nEnvoyé : lundi 15 mars 2027 09:12\nÀ : Élise Bernard\nObjet : Entretien – Hugo Martin – Développeur\n\nBonjour Élise, vous êtes intervieweuse pour l'entretien technique de Hugo Martin.",
        form="win:Romance Standard Time",
        uidstyle="outlook",
        mode="attach",
        people=[
            att("Élise Bernard", "elise.bernard@atelier-lumen.example"),
            cand("Hugo Martin", "hugo.martin@mel.example"),
        ],
    )
    s = at(2027, 3, 24, 9, 30, "Europe/Paris")
    E(
        "journee_jury",
        "fr",
        "panel",
        "google",
        "Journée de recrutement – jury (salle Vauban)",
        s,
        420,
        ("Recrutement Lumen", "recrutement@atelier-lumen.example"),
        "Invitation : Journée de recrutement – jury (salle Vauban)",
        "Bonjour Alex,\n\nMerci de faire partie du jury de la journée de recrutement. Six candidats passeront devant le jury, 45 minutes chacun ; la délibération a lieu en fin de journée.\n\nLes dossiers des candidats sont dans le drive.",
        form="tzid:Europe/Paris",
    )
    s = at(2027, 3, 25, 11, 0, "Europe/Paris")
    E(
        "own_lever",
        "fr",
        "own",
        "lever",
        "Entretien avec Atelier Lumen – Chef de projet",
        s,
        45,
        ("Élise Bernard (via Lever)", "no-reply@hire.lever.example"),
        "Votre entretien avec Atelier Lumen",
        f"Bonjour Alex,\n\nVotre entretien pour le poste de Chef de projet est confirmé le {s:%d/%m/%Y} à {s:%H:%M} (heure de Paris).\n\nVous rencontrerez Élise Bernard et Hugo Lefort. Lien visio : https://meet.google.example/lum-entr-078\n\nÀ bientôt,\nÉlise Bernard",
        form="tzid:Europe/Paris",
        people=[me(), att("Élise Bernard", "elise.bernard@atelier-lumen.example")],
    )
    # ---------------------------------------------------------------- es
    s = at(2027, 3, 11, 16, 0, "Europe/Madrid")
    E(
        "lever_entrevistador",
        "es",
        "ats",
        "lever",
        "Entrevista: Marta Gil (Candidata) – Analista de Datos",
        s,
        45,
        ("Lever", "no-reply@hire.lever.example"),
        "Entrevista: Marta Gil (Candidata) – Analista de Datos",
        "Hola Alex:\n\nHas sido asignado como entrevistador.\n\nEntrevistadores: tú\nCandidata: Marta Gil\nCV: https://hire.lever.example/candidates/a88c/resume\nFormulario de evaluación: https://hire.lever.example/feedback/a88c\n\nEnvía tu evaluación antes de 24 horas.",
        form="utc",
        people=[me(), cand("Marta Gil", "marta.gil@correo.example")],
    )
    s = at(2027, 3, 15, 17, 0, "Europe/Madrid")
    E(
        "estudio_usuarios",
        "es",
        "uxr",
        "google",
        "Entrevistas con usuarios – estudio de onboarding (3 participantes)",
        s,
        120,
        ("Lucía Prieto", "lucia.prieto@tramoapp.example"),
        "Invitación: Entrevistas con usuarios – estudio de onboarding",
        "Alex, tú conduces las entrevistas con los participantes y yo tomo notas. La guía de preguntas está en la carpeta del estudio; recuerda leer el consentimiento antes de grabar.\n\nLucía",
        form="tzid:Europe/Madrid",
    )
    s = at(2027, 3, 19, 10, 0, "Europe/Madrid")
    E(
        "own_workday",
        "es",
        "own",
        "workday",
        "Entrevista – Alex Morgan – Responsable de Compras",
        s,
        60,
        ("Workday", "notifications@workday.example"),
        "Entrevista programada – Responsable de Compras",
        f"Hola Alex:\n\nTu entrevista para el puesto de Responsable de Compras está programada para el {s:%d/%m/%Y} a las {s:%H:%M} (hora de Madrid), en Calle Alcalá 210, 3.ª planta.\n\nTe entrevistarán Jorge Sanz (Dirección de Compras) y Eva Ruiz (RR. HH.).\n\nUn saludo,\nGrupo Brezo",
        form="tzid:Europe/Madrid",
        people=[me(), att("Jorge Sanz", "jorge.sanz@grupobrezo.example")],
    )
    # ---------------------------------------------------------------- it
    s = at(2027, 3, 9, 15, 0, "Europe/Rome")
    E(
        "calendario_condiviso",
        "it",
        "shared",
        "google",
        "Colloquio – Giulia Ferri (candidata) – Contabile",
        s,
        60,
        ("Google Calendar", "calendar-notification@google.example"),
        'Nuovo evento nel calendario condiviso "Selezione – Amministrazione"',
        'Paolo Greco ha aggiunto un evento al calendario condiviso "Selezione – Amministrazione".\n\nColloquio – Giulia Ferri (candidata) – Contabile\nSala Verdi\n\nRicevi questa email perché sei iscritto al calendario "Selezione – Amministrazione".',
        form="tzid:Europe/Rome",
        method="PUBLISH",
        people=[],
    )
    s = at(2027, 3, 17, 11, 0, "Europe/Rome")
    E(
        "debrief_selezione",
        "it",
        "debrief",
        "exchange",
        "Debrief colloqui – Addetto vendite (3 candidati)",
        s,
        45,
        ("Francesca Neri", "francesca.neri@ortofresco.example"),
        "Debrief colloqui – Addetto vendite",
        "Ciao Alex,\n\nci vediamo per confrontare le valutazioni dei tre candidati che abbiamo sentito questa settimana e decidere chi chiamare per il secondo colloquio.\n\nFrancesca",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
    )
    s = at(2027, 3, 22, 9, 30, "Europe/Rome")
    E(
        "own_google",
        "it",
        "own",
        "google",
        "Colloquio Alex Morgan – Ortofresco",
        s,
        60,
        ("Francesca Neri", "francesca.neri@ortofresco.example"),
        "Invito: Colloquio Alex Morgan – Ortofresco",
        f"Gentile Alex,\n\ncome anticipato al telefono, ti confermo il colloquio per la posizione di Responsabile logistica il {s:%d/%m/%Y} alle {s:%H:%M}, presso la nostra sede di Via Emilia 40, Modena.\n\nA presto,\nFrancesca Neri – HR Ortofresco",
        form="tzid:Europe/Rome",
        people=[me()],
    )
    # ---------------------------------------------------------------- nl
    s = at(2027, 3, 10, 13, 0, "Europe/Amsterdam")
    E(
        "ats_interviewer",
        "nl",
        "ats",
        "recruitee",
        "Sollicitatiegesprek: Sanne de Vries (kandidaat) – Teamleider Klantenservice",
        s,
        60,
        ("Recruitee", "noreply@recruitee.example"),
        "Je bent interviewer: Sanne de Vries – Teamleider Klantenservice",
        "Hoi Alex,\n\nJe bent ingepland als interviewer.\n\nKandidaat: Sanne de Vries\nCv: https://app.recruitee.example/c/55012/cv\nBeoordelingsformulier: https://app.recruitee.example/e/55012\n\nVul na het gesprek je beoordeling in.",
        form="tzid:Europe/Amsterdam",
        people=[me(), cand("Sanne de Vries", "sanne.devries@mail.example")],
    )
    s = at(2027, 3, 18, 13, 0, "Europe/Amsterdam")
    E(
        "teamagenda_gedeeld",
        "nl",
        "shared",
        "nextcloud",
        "Gesprek kandidaat Bram Jansen (vacature 2027-14)",
        s,
        45,
        ("Nextcloud", "no-reply@cloud.kade-logistiek.example"),
        "Nieuw afspraak in gedeelde agenda 'Werving'",
        "Mark Visser heeft een afspraak toegevoegd aan de gedeelde agenda 'Werving' die met jou is gedeeld.\n\nGesprek kandidaat Bram Jansen (vacature 2027-14)\nLocatie: vergaderruimte 2",
        form="tzid:Europe/Amsterdam",
        method="PUBLISH",
        people=[],
    )
    s = at(2027, 3, 23, 10, 0, "Europe/Amsterdam")
    E(
        "own_recruitee",
        "nl",
        "own",
        "recruitee",
        "Sollicitatiegesprek Kade Logistiek – Alex Morgan",
        s,
        60,
        ("Recruitee", "noreply@recruitee.example"),
        "Uitnodiging sollicitatiegesprek – Kade Logistiek",
        f"Beste Alex,\n\nBedankt voor je sollicitatie als Planner. We nodigen je uit voor een sollicitatiegesprek op {s:%d-%m-%Y} om {s:%H:%M} op ons kantoor, Havenweg 8, Rotterdam.\n\nJe spreekt met Mark Visser (teamleider) en Eva Bos (HR).\n\nMet vriendelijke groet,\nKade Logistiek",
        form="tzid:Europe/Amsterdam",
        people=[me()],
    )
    # ---------------------------------------------------------------- pl
    s = at(2027, 3, 11, 10, 0, "Europe/Warsaw")
    E(
        "rekruter_panel",
        "pl",
        "ats",
        "exchange",
        "Rozmowa rekrutacyjna: Anna Nowak (kandydatka) – Księgowa",
        s,
        60,
        ("Katarzyna Wójcik", "katarzyna.wojcik@zielony-dom.example"),
        "Rozmowa rekrutacyjna: Anna Nowak (kandydatka) – Księgowa",
        "Cześć Alex,\n\nbędziesz w panelu rekrutacyjnym razem ze mną. CV kandydatki i arkusz oceny są w systemie; proszę uzupełnić ocenę do końca dnia.\n\nKasia",
        form="win:Central European Standard Time",
        uidstyle="outlook",
        people=[me(), cand("Anna Nowak", "anna.nowak@poczta.example")],
    )
    s = at(2027, 3, 16, 12, 0, "Europe/Warsaw")
    E(
        "wywiad_podcast",
        "pl",
        "press",
        "google",
        "Nagranie podcastu: wywiad z Alexem Morganem",
        s,
        60,
        ("Studio Gadające Głowy", "studio@gadajace.example"),
        "Zaproszenie: Nagranie podcastu – wywiad",
        "Dzień dobry,\n\nzapraszamy do studia na nagranie wywiadu do naszego podcastu o technologii. Rozmowa potrwa około 45 minut.\n\nStudio Gadające Głowy",
        form="tzid:Europe/Warsaw",
    )
    s = at(2027, 3, 24, 11, 0, "Europe/Warsaw")
    E(
        "own_teams",
        "pl",
        "own",
        "exchange",
        "Rozmowa rekrutacyjna – Alex Morgan – Analityk",
        s,
        45,
        ("Katarzyna Wójcik", "katarzyna.wojcik@zielony-dom.example"),
        "Zaproszenie na rozmowę rekrutacyjną – Analityk",
        f"Dzień dobry,\n\ndziękujemy za aplikację na stanowisko Analityka. Zapraszamy na rozmowę rekrutacyjną w dniu {s:%d.%m.%Y} o godz. {s:%H:%M} (Microsoft Teams).\n\nPozdrawiam\nKatarzyna Wójcik, HR",
        form="win:Central European Standard Time",
        uidstyle="outlook",
        people=[me()],
    )
    # ---------------------------------------------------------------- pt-BR
    s = at(2027, 3, 12, 14, 0, "America/Sao_Paulo")
    E(
        "gupy_entrevistador",
        "pt-BR",
        "ats",
        "google",
        "Entrevista: Rafael Lima (Candidato) – Analista de Sistemas",
        s,
        60,
        ("Juliana Alves", "juliana.alves@ipe-digital.example"),
        "Convite: Entrevista: Rafael Lima (Candidato) – Analista de Sistemas",
        "Oi Alex,\n\nvocê é o entrevistador técnico desta etapa. Currículo do candidato: https://ats.ipe-digital.example/c/7781/cv\nFicha de avaliação: https://ats.ipe-digital.example/av/7781\n\nPreencha a avaliação logo após a entrevista.\n\nJuliana",
        form="tzid:America/Sao_Paulo",
        people=[me(), cand("Rafael Lima", "rafael.lima@email.example")],
    )
    s = at(2027, 3, 18, 15, 0, "America/Sao_Paulo")
    E(
        "webinar_entrevistas",
        "pt-BR",
        "webinar",
        "zoom",
        "Webinar: Como conduzir boas entrevistas",
        s,
        60,
        ("Zoom", "no-reply@zoom.example"),
        "Confirmação de inscrição: Como conduzir boas entrevistas",
        'Olá Alex,\n\nobrigado por se inscrever no webinar "Como conduzir boas entrevistas", para gestores e recrutadores.\n\nEntrar: https://zoom.example/w/55019922',
        form="utc",
        mode="attach",
    )
    s = at(2027, 3, 25, 10, 0, "America/Sao_Paulo")
    E(
        "own_google",
        "pt-BR",
        "own",
        "google",
        "Entrevista – Alex Morgan – Ipê Digital",
        s,
        60,
        ("Juliana Alves", "juliana.alves@ipe-digital.example"),
        "Convite: Entrevista – Alex Morgan – Ipê Digital",
        f"Olá Alex,\n\nconfirmamos sua entrevista para a vaga de Product Manager no dia {s:%d/%m/%Y} às {s:%H:%M} (horário de Brasília), pelo Google Meet: https://meet.google.example/ipe-pm-078\n\nAbraços,\nJuliana Alves – Recrutamento",
        form="tzid:America/Sao_Paulo",
        people=[me()],
    )
    # ---------------------------------------------------------------- sv
    s = at(2027, 3, 10, 9, 0, "Europe/Stockholm")
    E(
        "teamtailor_intervjuare",
        "sv",
        "ats",
        "google",
        "Intervju: Elin Berg (kandidat) – Lagerchef",
        s,
        60,
        ("Teamtailor", "no-reply@teamtailor.example"),
        "Du är intervjuare: Elin Berg – Lagerchef",
        "Hej Alex,\n\ndu har lagts till som intervjuare.\n\nKandidat: Elin Berg\nCV: https://app.teamtailor.example/candidates/3390/cv\nBedömningsmall: https://app.teamtailor.example/scorecards/3390\n\nFyll i din bedömning efter intervjun.",
        form="tzid:Europe/Stockholm",
        people=[me(), cand("Elin Berg", "elin.berg@post.example")],
    )
    s = at(2027, 3, 19, 13, 0, "Europe/Stockholm")
    E(
        "vidarebefordrad",
        "sv",
        "fwd",
        "outlook",
        "Intervju – Oskar Lund – Säljare",
        s,
        45,
        ("Karin Holm", "karin.holm@fjallvara.example"),
        "VB: Intervju – Oskar Lund – Säljare",
        "Hej Alex,\n\nkan du ta den här intervjun åt mig? Jag är sjuk. CV:t ligger i rekryteringsmappen.\n\n/Karin\n\nFrån: Rekrytering Fjällvara\nSkickat: den 12 mars 2027\nTill: Karin Holm\nÄmne: Intervju – Oskar Lund – Säljare",
        form="tzid:Europe/Stockholm",
        mode="attach",
        people=[
            att("Karin Holm", "karin.holm@fjallvara.example"),
            cand("Oskar Lund", "oskar.lund@mejl.example"),
        ],
    )
    # ---------------------------------------------------------------- ja
    s = at(2027, 3, 11, 14, 0, "Asia/Tokyo")
    E(
        "hrmos_mensetsukan",
        "ja",
        "ats",
        "google",
        "【面接官】一次面接：佐藤 花子 様（候補者）– 経理スタッフ",
        s,
        60,
        ("採用管理システム", "no-reply@saiyo.example"),
        "【面接官のご案内】一次面接：佐藤 花子 様",
        "Alex さん\n\n以下の面接に面接官としてアサインされました。\n\n候補者：佐藤 花子 様\n履歴書：https://saiyo.example/candidates/2201/resume\n評価シート：https://saiyo.example/evaluations/2201\n\n面接後、評価シートのご入力をお願いします。",
        form="tzid:Asia/Tokyo",
        people=[me(), cand("佐藤 花子", "hanako.sato@mail.example")],
    )
    s = at(2027, 3, 17, 10, 0, "Asia/Tokyo")
    E(
        "own_teams",
        "ja",
        "own",
        "exchange",
        "一次面接 – Alex Morgan 様 – 株式会社みなと精機",
        s,
        60,
        ("採用担当 山田", "yamada@minato-seiki.example"),
        "一次面接のご案内（株式会社みなと精機）",
        f"Alex Morgan 様\n\nこのたびは弊社の求人にご応募いただきありがとうございます。一次面接を{s.year}年{s.month}月{s.day}日 {s:%H:%M}より Microsoft Teams にて実施いたします。\n\n株式会社みなと精機 人事部 山田",
        form="win:Tokyo Standard Time",
        uidstyle="outlook",
        people=[me()],
    )
    # ---------------------------------------------------------------- zh
    s = at(2027, 3, 16, 15, 0, "Asia/Shanghai")
    E(
        "mianshiguan",
        "zh",
        "ats",
        "exchange",
        "面试：王磊（候选人）– 高级前端工程师",
        s,
        60,
        ("招聘系统", "noreply@zhaopin-hr.example"),
        "您已被安排为面试官：王磊 – 高级前端工程师",
        "Alex 您好，\n\n您已被安排为本场面试的面试官。\n\n候选人：王磊\n简历：https://hr.example.cn/candidate/6610/resume\n面试评价表：https://hr.example.cn/scorecard/6610\n\n请在面试结束后尽快提交评价。",
        form="win:China Standard Time",
        uidstyle="outlook",
        people=[me(), cand("王磊", "wanglei@mail.example")],
    )
    s = at(2027, 3, 23, 10, 0, "Asia/Shanghai")
    E(
        "yonghu_fangtan",
        "zh",
        "uxr",
        "google",
        "用户访谈：新版结算流程（3 位受访者）",
        s,
        90,
        ("陈静", "chenjing@yunfan-tech.example"),
        "邀请：用户访谈：新版结算流程",
        "Alex，这次由你主持访谈，我负责记录。访谈提纲在项目文件夹里，录音前请先宣读知情同意书。",
        form="tzid:Asia/Shanghai",
    )
    # ---------------------------------------------------------------- ko
    s = at(2027, 3, 12, 14, 0, "Asia/Seoul")
    E(
        "myeonjeopgwan",
        "ko",
        "ats",
        "google",
        "면접: 김지훈 (지원자) – 백엔드 개발자",
        s,
        60,
        ("채용 시스템", "no-reply@chaeyong.example"),
        "면접관으로 배정되었습니다: 김지훈 – 백엔드 개발자",
        "Alex 님,\n\n다음 면접의 면접관으로 배정되었습니다.\n\n지원자: 김지훈\n이력서: https://chaeyong.example/c/8812/resume\n평가표: https://chaeyong.example/s/8812\n\n면접 후 평가표를 제출해 주세요.",
        form="tzid:Asia/Seoul",
        people=[me(), cand("김지훈", "jihoon.kim@mail.example")],
    )
    s = at(2027, 3, 19, 11, 0, "Asia/Seoul")
    E(
        "own_google",
        "ko",
        "own",
        "google",
        "면접 – Alex Morgan – 한빛소프트",
        s,
        60,
        ("이수진", "sujin.lee@hanbit-soft.example"),
        "초대: 면접 – Alex Morgan – 한빛소프트",
        f"Alex Morgan 님,\n\n한빛소프트 백엔드 개발자 포지션 면접 일정을 안내드립니다. {s.year}년 {s.month}월 {s.day}일 {s:%H:%M}, 서울 강남구 테헤란로 100, 8층.\n\n감사합니다.\n인사팀 이수진",
        form="tzid:Asia/Seoul",
        people=[me()],
    )
    # ---------------------------------------------------------------- tr
    s = at(2027, 3, 15, 11, 0, "Europe/Istanbul")
    E(
        "mulakatci",
        "tr",
        "ats",
        "google",
        "Mülakat: Elif Kaya (Aday) – Muhasebe Uzmanı",
        s,
        45,
        ("İK Sistemi", "no-reply@ik-sistemi.example"),
        "Mülakatçı olarak atandınız: Elif Kaya – Muhasebe Uzmanı",
        "Merhaba Alex,\n\nbu mülakata mülakatçı olarak atandınız.\n\nAday: Elif Kaya\nÖzgeçmiş: https://ik-sistemi.example/a/4410/cv\nDeğerlendirme formu: https://ik-sistemi.example/d/4410\n\nLütfen mülakattan sonra değerlendirmenizi girin.",
        form="tzid:Europe/Istanbul",
        people=[me(), cand("Elif Kaya", "elif.kaya@posta.example")],
    )


ROUND2: set[str] = set()


def second_round() -> None:
    """Written after first sight, all dev (the seeded draw covers the first round only): a
    second sender and language for each kind, so that no rule rests on one file."""
    before = {c.name for c in cb.CASES}
    s = at(2027, 3, 30, 10, 0, "Europe/Berlin")
    E(
        "wg_weitergeleitet",
        "de",
        "fwd",
        "exchange",
        "Vorstellungsgespräch – Tim Becker – Vertrieb Außendienst",
        s,
        60,
        ("Markus Lange", "markus.lange@elbtal-technik.example"),
        "WG: Vorstellungsgespräch – Tim Becker – Vertrieb Außendienst",
        "Hi Alex,\n\nkannst du das Gespräch mit Herrn Becker für mich übernehmen? Ich bin an dem Tag beim Kunden. Lebenslauf hängt im Bewerbermanagement.\n\nDanke dir!\nMarkus\n\n-----Ursprüngliche Nachricht-----\nVon: Personalabteilung Elbtal <personal@elbtal-technik.example>\nGesendet: Montag, 22. März 2027 08:40\nAn: Markus Lange\nBetreff: Vorstellungsgespräch – Tim Becker – Vertrieb Außendienst",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        mode="attach",
        people=[
            att("Markus Lange", "markus.lange@elbtal-technik.example"),
            cand("Tim Becker", "tim.becker@post.example"),
        ],
    )
    s = at(2027, 3, 31, 14, 30, "Europe/London")
    E(
        "fwd_shadowing",
        "en-GB",
        "fwd",
        "google",
        "Interview: Sarah Cole (Candidate) – Paralegal",
        s,
        45,
        ("Ben Archer", "ben.archer@marlow-legal.example"),
        "Fwd: Interview: Sarah Cole (Candidate) – Paralegal",
        "Alex – forwarding so you have it in your diary, you're shadowing me on this one. Sarah's CV is on the shared drive; just observe and jot notes for the debrief.\n\nBen\n\n---------- Forwarded message ---------\nFrom: Marlow Legal Recruiting <recruiting@marlow-legal.example>\nDate: Mon, 22 Mar 2027 at 09:05\nSubject: Interview: Sarah Cole (Candidate) – Paralegal\nTo: Ben Archer <ben.archer@marlow-legal.example>",
        form="tzid:Europe/London",
        mode="attach",
        people=[
            att("Ben Archer", "ben.archer@marlow-legal.example"),
            cand("Sarah Cole", "sarah.cole@mail.example"),
        ],
    )
    s = at(2027, 4, 1, 11, 0, "Europe/Berlin")
    E(
        "freigegebener_kalender",
        "de",
        "shared",
        "google",
        "Interview Kandidat Jan Richter – Data Analyst",
        s,
        60,
        ("Google Kalender", "calendar-notification@google.example"),
        "Neuer Termin im freigegebenen Kalender „Recruiting Team“",
        "Sandra Vogt hat im freigegebenen Kalender „Recruiting Team“ einen Termin erstellt.\n\nInterview Kandidat Jan Richter – Data Analyst\nRaum Elbe\n\nSie erhalten diese E-Mail, weil Sie Benachrichtigungen für den Kalender „Recruiting Team“ abonniert haben.",
        form="tzid:Europe/Berlin",
        method="PUBLISH",
        people=[],
    )
    s = at(2027, 4, 2, 9, 30, "America/Chicago")
    E(
        "shared_calendar_outlook",
        "en-US",
        "shared",
        "outlook",
        "Phone screen – Kevin Marsh (candidate) – Warehouse Lead",
        s,
        30,
        ("Outlook Calendar", "no-reply@outlook-notify.example"),
        "Shared calendar 'Talent – Midwest': new event",
        "A new event was added to the shared calendar 'Talent – Midwest' by Gina Russo.\n\nPhone screen – Kevin Marsh (candidate) – Warehouse Lead\n\nYou're receiving this because you follow this shared calendar.",
        form="tzid:America/Chicago",
        method="PUBLISH",
        people=[],
    )
    s = at(2027, 4, 5, 16, 0, "Europe/Madrid")
    E(
        "calendario_compartido",
        "es",
        "shared",
        "google",
        "Entrevista candidata Laura Méndez – Recepcionista",
        s,
        45,
        ("Google Calendar", "calendar-notification@google.example"),
        "Nuevo evento en el calendario compartido «Selección Hotel Miramar»",
        "Pedro Soler ha añadido un evento al calendario compartido «Selección Hotel Miramar».\n\nEntrevista candidata Laura Méndez – Recepcionista\nDespacho de dirección\n\nRecibes este correo porque estás suscrito a este calendario compartido.",
        form="tzid:Europe/Madrid",
        method="PUBLISH",
        people=[],
    )
    s = at(2027, 4, 6, 17, 0, "Asia/Tokyo")
    E(
        "furikaeri",
        "ja",
        "debrief",
        "exchange",
        "【振り返り】最終面接 評価すり合わせ（候補者：田中 一郎 様）",
        s,
        30,
        ("人事部 鈴木", "suzuki@kita-shoji.example"),
        "【振り返り】最終面接 評価すり合わせ",
        "面接官の皆様\n\n本日の最終面接（候補者：田中 一郎 様）について、評価のすり合わせを行います。評価シートをご記入のうえご参加ください。\n\n人事部 鈴木",
        form="win:Tokyo Standard Time",
        uidstyle="outlook",
        people=[me(), att("佐々木 健", "sasaki@kita-shoji.example")],
    )
    s = at(2027, 4, 7, 13, 0, "Europe/London")
    E(
        "interviewer_calibration",
        "en-GB",
        "debrief",
        "exchange",
        "Interviewer calibration – Customer Success hiring",
        s,
        60,
        ("Priya Shah", "priya.shah@halden-cloud.example"),
        "Interviewer calibration – Customer Success hiring",
        "Hi all,\n\nBefore the next batch of candidates, let's calibrate how we score the role-play exercise. Bring two recent scorecards.\n\nPriya\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.example/l/meetup-join/19%3ameeting_hc78\n________________________________________________________________________________",
        form="win:GMT Standard Time",
        uidstyle="outlook",
        people=[me(), att("Owen Blake", "owen.blake@halden-cloud.example")],
    )
    s = at(2027, 4, 8, 10, 0, "Europe/Paris")
    E(
        "podcast_enregistrement",
        "fr",
        "press",
        "google",
        "Enregistrement podcast : interview d'Alex Morgan",
        s,
        60,
        ("Podcast Les Bâtisseurs", "contact@lesbatisseurs.example"),
        "Invitation : Enregistrement podcast : interview d'Alex Morgan",
        "Bonjour Alex,\n\nmerci d'avoir accepté notre invitation ! Voici le créneau pour l'enregistrement de l'épisode. Prévoyez un casque ; nous parlerons de votre parcours d'entrepreneur.\n\nLien d'enregistrement : https://riverside.example/studio/batisseurs\n\nL'équipe Les Bâtisseurs",
        form="tzid:Europe/Paris",
    )
    s = at(2027, 4, 9, 15, 0, "Europe/London")
    E(
        "press_interview",
        "en-GB",
        "press",
        "outlook",
        "Press interview – The Ledger – Alex Morgan",
        s,
        30,
        ("Comms Team", "press@halden-cloud.example"),
        "Press interview – The Ledger",
        "Alex,\n\nThe Ledger's technology reporter will interview you about the funding round. Key messages and the Q&A brief are attached; I'll sit in on the call.\n\nComms Team",
        form="tzid:Europe/London",
        people=[me(), att("Tara Quinn", "tara.quinn@theledger.example")],
    )
    s = at(2027, 4, 12, 14, 0, "Europe/Berlin")
    E(
        "nutzerinterviews",
        "de",
        "uxr",
        "google",
        "Nutzerinterview – Onboarding-Studie (Teilnehmerin T4)",
        s,
        60,
        ("Hanna Ziegler", "hanna.ziegler@kompass-apps.example"),
        "Einladung: Nutzerinterview – Onboarding-Studie (Teilnehmerin T4)",
        "Alex, du führst das Interview, ich protokolliere. Leitfaden liegt im Studienordner, Einverständniserklärung bitte vor der Aufnahme vorlesen.\n\nHanna",
        form="tzid:Europe/Berlin",
        people=[me(), att("Teilnehmerin T4", "t4@probandenpool.example")],
    )
    s = at(2027, 4, 13, 11, 0, "Europe/Rome")
    E(
        "webinar_selezionatori",
        "it",
        "webinar",
        "zoom",
        "Webinar: Tecniche di colloquio per selezionatori",
        s,
        60,
        ("Zoom", "no-reply@zoom.example"),
        "Conferma di registrazione: Tecniche di colloquio per selezionatori",
        'Ciao Alex,\n\ngrazie per esserti registrato al webinar "Tecniche di colloquio per selezionatori": domande comportamentali, valutazione e feedback ai candidati.\n\nPartecipa: https://zoom.example/w/66120033',
        form="utc",
        mode="attach",
    )
    s = at(2027, 4, 14, 15, 0, "Asia/Shanghai")
    E(
        "feishu_ermian",
        "zh",
        "ats",
        "google",
        "【面试安排】候选人 李娜 – 产品经理 二面",
        s,
        60,
        ("飞书招聘", "no-reply@recruit.feishu.example"),
        "【面试官通知】候选人 李娜 – 产品经理 二面",
        "Alex，你好：\n\n你被安排为以下面试的面试官。\n\n候选人：李娜\n岗位：产品经理\n简历链接：https://recruit.feishu.example/c/9931\n面试结束后请填写面试评价。",
        form="tzid:Asia/Shanghai",
        people=[me(), cand("李娜", "lina@mail.example")],
    )
    s = at(2027, 4, 15, 8, 30, "Europe/Stockholm")
    E(
        "rekryteringsdag_bedomare",
        "sv",
        "panel",
        "exchange",
        "Rekryteringsdag – bedömare (sal 3)",
        s,
        450,
        ("Rekrytering Norrsken", "rekrytering@norrsken-el.example"),
        "Rekryteringsdag – du är bedömare",
        "Hej Alex,\n\ntack för att du ställer upp som bedömare på rekryteringsdagen. Sex kandidater roterar mellan tre övningar; du håller i intervjun i sal 3. Genomgång för bedömare 08:00.\n\nRekrytering Norrsken",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        people=[me()],
    )
    s = at(2027, 4, 16, 13, 0, "Asia/Tokyo")
    E(
        "group_mensetsu",
        "ja",
        "panel",
        "google",
        "新卒採用 グループ面接（面接官）",
        s,
        180,
        ("採用チーム 小林", "kobayashi@hikari-denki.example"),
        "【面接官のご依頼】新卒採用 グループ面接",
        "Alex さん\n\n新卒採用のグループ面接で面接官をお願いします。学生6名×2回、評価シートは当日配布します。\n\n採用チーム 小林",
        form="tzid:Asia/Tokyo",
        people=[me()],
    )
    s = at(2027, 4, 19, 11, 0, "America/New_York")
    E(
        "own_ashby",
        "en-US",
        "own",
        "ashby",
        "Interview with Pemberton & Rye – Final round",
        s,
        60,
        ("Ashby", "scheduling@ashby.example"),
        "Your final round with Pemberton & Rye",
        f"Hi Alex,\n\nYour final-round interview for Senior Accountant is scheduled for {en(s)} (Eastern Time).\n\nInterviewers: Claire Watts (CFO), Oliver Grant (Controller)\nJoin: https://meet.google.example/prp-fnl-078\n\nSent by Ashby on behalf of Pemberton & Rye",
        form="tzid:America/New_York",
        people=[me(), att("Claire Watts", "claire.watts@pembertonrye.example")],
    )
    s = at(2027, 4, 20, 10, 0, "Europe/Berlin")
    E(
        "own_teams",
        "de",
        "own",
        "exchange",
        "Vorstellungsgespräch Alex Morgan – Teamleitung Einkauf",
        s,
        60,
        ("Markus Lange", "markus.lange@elbtal-technik.example"),
        "Vorstellungsgespräch – Teamleitung Einkauf",
        f"Hallo Alex Morgan,\n\nwie telefonisch besprochen laden wir Sie zum Vorstellungsgespräch am {s:%d.%m.%Y} um {s:%H:%M} Uhr per Microsoft Teams ein.\n\nInterviewer: Markus Lange (Bereichsleitung), Petra Sommer (HR)\n\nViele Grüße\nMarkus Lange\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nJetzt teilnehmen: https://teams.microsoft.example/l/meetup-join/19%3ameeting_et78\n________________________________________________________________________________",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        people=[me(), att("Petra Sommer", "petra.sommer@elbtal-technik.example")],
    )
    s = at(2027, 4, 21, 9, 0, "Europe/Stockholm")
    E(
        "own_teamtailor",
        "sv",
        "own",
        "google",
        "Intervju – Alex Morgan – Norrsken El",
        s,
        45,
        ("Teamtailor", "no-reply@teamtailor.example"),
        "Din intervju med Norrsken El",
        f"Hej Alex,\n\ntack för din ansökan till tjänsten som projektledare. Din intervju är bokad {s:%Y-%m-%d} kl. {s:%H:%M} på vårt kontor, Sveavägen 40, Stockholm.\n\nDu träffar Lina Ek (rekryterande chef) och Omar Said (HR).\n\nVälkommen!\nNorrsken El",
        form="tzid:Europe/Stockholm",
        people=[me()],
    )
    s = at(2027, 4, 22, 15, 0, "Europe/London")
    E(
        "studio_recording",
        "en-GB",
        "press",
        "google",
        "Recording: interview with Alex Morgan – Founders at Work",
        s,
        45,
        ("Founders at Work", "studio@foundersatwork.example"),
        "Invitation: Recording: interview with Alex Morgan",
        "Hi Alex,\n\nHere's the studio hold for our chat about your first five years in business. Wired headphones please; we'll do a quick sound check first.\n\nRuth, producer",
        form="tzid:Europe/London",
    )
    s = at(2027, 4, 23, 10, 0, "Europe/Amsterdam")
    E(
        "opname_interview",
        "nl",
        "press",
        "google",
        "Opname: interview met Alex Morgan (De Ondernemer)",
        s,
        60,
        ("De Ondernemer", "redactie@deondernemer.example"),
        "Uitnodiging: Opname: interview met Alex Morgan",
        "Hoi Alex,\n\nWe nemen het gesprek op in studio B aan de Kade 12. Kom je een kwartier eerder voor de geluidscheck?\n\nRedactie De Ondernemer",
        form="tzid:Europe/Amsterdam",
    )
    s = at(2027, 4, 26, 11, 0, "Europe/Berlin")
    E(
        "aufnahme_tv",
        "de",
        "press",
        "exchange",
        "Aufnahme: Interview mit Alex Morgan (Gründerzeit TV)",
        s,
        60,
        ("Gründerzeit TV Redaktion", "redaktion@gruenderzeit-tv.example"),
        "Aufnahme: Interview mit Alex Morgan",
        "Hallo Alex,\n\nwir drehen im Studio 3 in Köln-Ossendorf. Bitte 20 Minuten vor Beginn in der Maske sein.\n\nViele Grüße\nRedaktion",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
    )
    s = at(2027, 4, 27, 17, 0, "Europe/Rome")
    E(
        "debrief_magazzino",
        "it",
        "debrief",
        "google",
        "Debrief colloqui – Magazziniere (4 candidati)",
        s,
        30,
        ("Marta Riva", "marta.riva@logistica-po.example"),
        "Invito: Debrief colloqui – Magazziniere",
        "Ciao Alex,\n\nconfrontiamo le impressioni sui candidati visti oggi e scegliamo chi richiamare.\n\nMarta",
        form="tzid:Europe/Rome",
        people=[me()],
    )
    s = at(2027, 4, 28, 18, 0, "Europe/Madrid")
    E(
        "debrief_entrevistas",
        "es",
        "debrief",
        "exchange",
        "Debrief entrevistas – Técnico de soporte",
        s,
        30,
        ("Nuria Gil", "nuria.gil@soporte-levante.example"),
        "Debrief entrevistas – Técnico de soporte",
        "Hola Alex:\n\nrepasamos las entrevistas de esta semana y decidimos la terna final.\n\nNuria",
        form="win:Romance Standard Time",
        uidstyle="outlook",
        people=[me()],
    )
    s = at(2027, 4, 29, 16, 30, "Europe/Amsterdam")
    E(
        "nabespreking",
        "nl",
        "debrief",
        "google",
        "Nabespreking sollicitatiegesprekken – Planner",
        s,
        30,
        ("Iris de Wit", "iris.dewit@kade-logistiek.example"),
        "Uitnodiging: Nabespreking sollicitatiegesprekken – Planner",
        "Hoi Alex,\n\nwe bespreken de kandidaten van vandaag en kiezen wie door mag naar de tweede ronde.\n\nIris",
        form="tzid:Europe/Amsterdam",
        people=[me()],
    )
    s = at(2027, 5, 3, 10, 0, "Europe/Stockholm")
    E(
        "vb_at_mig",
        "sv",
        "fwd",
        "exchange",
        "Intervju – Ali Haddad – Tekniker",
        s,
        60,
        ("Sara Lind", "sara.lind@norrsken-el.example"),
        "VB: Intervju – Ali Haddad – Tekniker",
        "Hej Alex,\n\nkan du ta intervjun åt mig på måndag? Jag är bortrest hela veckan.\n\n/Sara\n\nFrån: Rekrytering Norrsken\nSkickat: den 26 april 2027 09:10\nTill: Sara Lind\nÄmne: Intervju – Ali Haddad – Tekniker",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        mode="attach",
        people=[
            att("Sara Lind", "sara.lind@norrsken-el.example"),
            cand("Ali Haddad", "ali.haddad@mejl.example"),
        ],
    )
    s = at(2027, 5, 4, 12, 0, "Europe/Madrid")
    E(
        "rv_por_mi",
        "es",
        "fwd",
        "outlook",
        "Entrevista – Pablo Ruiz – Soporte",
        s,
        45,
        ("Nuria Gil", "nuria.gil@soporte-levante.example"),
        "RV: Entrevista – Pablo Ruiz – Soporte",
        "Alex, ¿puedes hacer la entrevista por mí? Estoy de baja hasta el viernes.\n\nNuria\n\nDe: Selección Soporte Levante\nEnviado el: lunes, 26 de abril de 2027 9:10\nPara: Nuria Gil\nAsunto: Entrevista – Pablo Ruiz – Soporte",
        form="tzid:Europe/Madrid",
        mode="attach",
        people=[
            att("Nuria Gil", "nuria.gil@soporte-levante.example"),
            cand("Pablo Ruiz", "pablo.ruiz@correo.example"),
        ],
    )
    s = at(2027, 5, 5, 14, 0, "Europe/Amsterdam")
    E(
        "fw_overnemen",
        "nl",
        "fwd",
        "exchange",
        "Sollicitatiegesprek – Tom Bakker – Chauffeur",
        s,
        45,
        ("Iris de Wit", "iris.dewit@kade-logistiek.example"),
        "FW: Sollicitatiegesprek – Tom Bakker – Chauffeur",
        "Hoi Alex,\n\nkun jij het gesprek van me overnemen? Ik lig met griep op bed.\n\nIris\n\nVan: Werving Kade <werving@kade-logistiek.example>\nVerzonden: maandag 26 april 2027 09:10\nAan: Iris de Wit\nOnderwerp: Sollicitatiegesprek – Tom Bakker – Chauffeur",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        mode="attach",
        people=[
            att("Iris de Wit", "iris.dewit@kade-logistiek.example"),
            cand("Tom Bakker", "tom.bakker@mail.example"),
        ],
    )
    s = at(2027, 5, 6, 10, 0, "America/Sao_Paulo")
    E(
        "enc_no_meu_lugar",
        "pt-BR",
        "fwd",
        "exchange",
        "Entrevista – Lucas Rocha – Suporte",
        s,
        45,
        ("Beatriz Melo", "beatriz.melo@ipe-digital.example"),
        "ENC: Entrevista – Lucas Rocha – Suporte",
        "Alex, você pode fazer a entrevista no meu lugar? Vou estar em viagem.\n\nBia\n\nDe: Recrutamento Ipê <recrutamento@ipe-digital.example>\nEnviada em: segunda-feira, 26 de abril de 2027 09:10\nPara: Beatriz Melo\nAssunto: Entrevista – Lucas Rocha – Suporte",
        form="win:E. South America Standard Time",
        uidstyle="outlook",
        mode="attach",
        people=[
            att("Beatriz Melo", "beatriz.melo@ipe-digital.example"),
            cand("Lucas Rocha", "lucas.rocha@email.example"),
        ],
    )
    s = at(2027, 5, 7, 9, 30, "Europe/Rome")
    E(
        "i_al_posto_mio",
        "it",
        "fwd",
        "exchange",
        "Colloquio – Luca Conti – Magazziniere",
        s,
        45,
        ("Marta Riva", "marta.riva@logistica-po.example"),
        "I: Colloquio – Luca Conti – Magazziniere",
        "Ciao Alex,\n\npuoi fare tu il colloquio al posto mio? Sono in ferie.\n\nMarta\n\nDa: Selezione Logistica Po <selezione@logistica-po.example>\nInviato: lunedì 26 aprile 2027 09:10\nA: Marta Riva\nOggetto: Colloquio – Luca Conti – Magazziniere",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        mode="attach",
        people=[
            att("Marta Riva", "marta.riva@logistica-po.example"),
            cand("Luca Conti", "luca.conti@posta.example"),
        ],
    )
    s = at(2027, 5, 10, 14, 0, "Europe/London")
    E(
        "own_lever_recorded",
        "en-GB",
        "own",
        "lever",
        "Interview with Founders Fund Ltd – Operations Manager",
        s,
        45,
        ("Ruth Adams (via Lever)", "no-reply@hire.lever.example"),
        "Your interview with Founders Fund Ltd",
        f"Hi Alex,\n\nYour interview for Operations Manager is booked for {s:%A %-d %B} at {s:%H:%M} (UK time). With your consent the call will be recorded for note-taking only.\n\nInterviewers: Ruth Adams, Dev Shah\nJoin: https://meet.google.example/ffl-ops-078\n\nRuth Adams, Talent",
        form="tzid:Europe/London",
        people=[me(), att("Dev Shah", "dev.shah@foundersfund.example")],
    )
    s = at(2027, 5, 11, 11, 0, "Europe/Madrid")
    E(
        "own_entrevistadores",
        "es",
        "own",
        "exchange",
        "Entrevista – Alex Morgan – Técnico de soporte",
        s,
        45,
        ("Nuria Gil", "nuria.gil@soporte-levante.example"),
        "Entrevista – Técnico de soporte",
        f"Hola Alex:\n\nte confirmo la entrevista para el puesto de Técnico de soporte el {s:%d/%m/%Y} a las {s:%H:%M}, en Avenida del Puerto 15, Valencia.\n\nEntrevistadores: Nuria Gil (RR. HH.) y Pablo Soler (jefe de equipo).\n\nUn saludo,\nNuria",
        form="win:Romance Standard Time",
        uidstyle="outlook",
        people=[me()],
    )
    ROUND2.update({c.name for c in cb.CASES} - before)


def main() -> None:
    build()
    first = [c for c in cb.CASES if c.family == FAM]
    held = pp.held_names([f"{FAM}__{c.name}.eml" for c in first])
    second_round()
    cases = [c for c in cb.CASES if c.family == FAM]
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    rows = []
    for c in cases:
        cb.check(c)
        out_held = f"{FAM}__{c.name}.eml" in held
        c.family = HELD if out_held else FAM
        folder = HERE / ("heldout" if out_held else "dev")
        name = f"{c.family}__{c.name}.eml"
        (folder / name).write_bytes(
            cb.render(c).replace(b"@calneg50.example>", b"@calpanel78.example>")
        )
        out = cb.label(c)
        out["language"] = c.lang
        out["source"] = {"family": c.family, "template": FAMILIES[c.family], "license": LICENSE}
        out["note"] = c.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if not out_held:
            rows.append(f"| `dev/{name}` | {c.kind} | {c.lang} | {c.note} |")
    kinds: dict[str, int] = {}
    for c in cases:
        kinds[str(c.kind)] = kinds.get(str(c.kind), 0) + 1
    prov = HERE / "PROVENANCE-calpanel78.md"
    text = prov.read_text(encoding="utf-8") if prov.exists() else ""
    head = (
        text.split("## Files", 1)[0]
        if text
        else f"# Provenance of the calpanel78 batch (`build_calpanel78.py`)\n\n{__doc__}\n\n"
    )
    prov.write_text(
        head
        + "## Files (dev only; the held-out third is not listed)\n\n| file | kind | language | what it exercises |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n",
        encoding="utf-8",
    )
    print(len(cases), "files;", len(held), "held out;", kinds)


if __name__ == "__main__":
    main()
