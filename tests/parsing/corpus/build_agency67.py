# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "agency67" batch: mail whose reader sits on the hiring side of an interview or
watches someone else's, rendered from the layouts of open-source applicant-tracking and
scheduling software (Frappe HR interview and feedback reminders, Odoo hr_recruitment meeting
invitations whose title names the applicant, OpenCATS upcoming-event notices, OrangeHRM's
schedule-interview notice, Cal.com's organizer notice, the recroute and PRISM interviewer
mails, the etamrin interviewer notice) and hand-written agency, coordinator and family mail;
next to candidate-side controls in the same frames ("Candidate: Alex Morgan", the reader's name
as the calendar title, the agency writing to its own candidate).

Languages: en, de, fr, es, it, nl, sv, pl, pt-BR, id. Wording ours, layouts from the named
software; people and companies made up.

Run: .venv/bin/python tests/parsing/corpus/build_agency67.py

Labels come from the datetimes the text is rendered from (zoneinfo) and were written before
the parser was run on any message of the batch. A seeded third is held out, chosen from the
file name alone before anything was parsed: sha256("agency67 coin|" + filename) % 3 == 0 on
the name the mail would have in dev; held out, it is written under the family "agency67h",
since a family is held out whole.
Deterministic; the script deletes or writes only files of its own family.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import sys
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.utils import format_datetime, formataddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

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
l48 = _load("build_looks48", "build_looks48.py")
cn = _load("build_calneg50", "build_calneg50.py")
Case = pp.Case
FAMILY = "agency67"
# the held-out third goes out as a family of its own: a family is held out whole
HELD_FAMILY = "agency67h"
FAMILIES = {
    FAMILY: "The reader is on the hiring side (interviewer, panel member, recruiter, hiring "
    "manager reading an agency's, coordinator's or ATS notice) or the interview is someone "
    "else's (a family member, a colleague's slot); rendered from open-source ATS layouts; "
    "controls in the same frames where the reader is the candidate.",
    HELD_FAMILY: "The held-out third of the same batch.",
}
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template"
ATS = "ATS-like notice, wording ours"
LIC = "text ours"
NEG: dict[str, object] = {"kind": "not_invitation"}
CASES: list[Case] = []

ZONE = {
    "en": "Europe/London",
    "nb": "Europe/Oslo",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "sv": "Europe/Stockholm",
    "pl": "Europe/Warsaw",
    "tr": "Europe/Istanbul",
    "pt-BR": "America/Sao_Paulo",
    "id": "Asia/Jakarta",
    "ja": "Asia/Tokyo",
}
SENT = (2026, 11, 3, 9, 10)  # Tuesday 3 November 2026
THU05 = (2026, 11, 5, 10, 30)  # Thursday 5 November 2026, 10:30 local: every mail's slot


def split_of(filename: str) -> str:
    """The held-out third, drawn from the file name before any parsing."""
    coin = int(hashlib.sha256(f"agency67 coin|{filename}".encode()).hexdigest(), 16)
    return "heldout" if coin % 3 == 0 else "dev"


def family_of(filename: str) -> str:
    """The family a mail goes out under: the held-out third is named apart, whole."""
    return HELD_FAMILY if split_of(filename) == "heldout" else FAMILY


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    text: str,
    note: str,
    *,
    own: bool = False,
    html: bool = False,
    template: str = OURS,
) -> None:
    """One mail: `own` is the reader's own interview at THU05 (no zone stated), labelled an
    invitation; otherwise the reader is on the hiring side or the interview is someone
    else's, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    label: dict[str, object]
    if own:
        label = {"kind": "invitation", **pp.timed(datetime(*THU05, tzinfo=zone), sent=sent_at)}
    else:
        label = dict(NEG)
    message: MIMEBase = l48._part(l48.html_of(text) if html else text, "html" if html else "plain")
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    message["Date"] = format_datetime(sent_at)
    message["From"] = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    message["To"] = formataddr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    key = f"agency67 {lang} {name}"
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    filename = f"{FAMILY}__{lang}_{name}.eml"
    CASES.append(
        Case(
            family_of(filename),
            split_of(filename),
            f"{lang}_{name}",
            buffer.getvalue(),
            label,
            lang,
            note,
            template,
            LIC,
        )
    )


FRAPPE = "Frappe HR Interview Reminder / Interview Feedback Reminder email layout (frappe/hrms), wording ours"
ODOO = "Odoo hr_recruitment meeting invitation to interviewers (calendar title names the applicant), wording ours"
OPENCATS = "OpenCATS upcoming-event notice (event 'Interview', regarding a candidate), wording ours"
ORANGE = "OrangeHRM Recruitment 'Schedule Interview' notice (candidate, vacancy, interviewers), wording ours"
RECROUTE = "cs491-recroute/backend interviewer meeting mail (meetingInfo.ts), wording ours"
PRISM = "prism-hr/old-prism-server interview feedback request to an interviewer, wording ours"
ETAMRIN = "rezziqbal06/etamrin interviewer / applicant interview notices (seme_email templates), wording ours"
CALCOM = "Cal.com organizer 'new event scheduled' notice (invitee named), wording ours"
AGENCY = "agency consultant's mail to the client, hand-written"


ODOO_PROD = "-//PYVOBJECT//NONSGML Version 1//EN"


def english() -> None:
    add(
        "en",
        "frappe_reminder",
        ("Northwind HR", "hr@northwind.example"),
        "Interview Reminder",
        "Hello Alex,\n\nThis is a reminder for the interview below.\n\nInterview: HR-INT-2026-00042\nInterview Round: Technical Round 1\nJob Applicant: Hannah Cole (hannah.cole@post.example)\nScheduled On: Thursday, 5 November 2026, 10:30\n\nYou are listed as an interviewer for this round. Please fill in the Interview Feedback form once it is over.\n\nNorthwind HR",
        "Frappe-like interview reminder to an interviewer: Job Applicant names someone else",
        template=FRAPPE,
    )
    add(
        "en",
        "frappe_scorecard",
        ("Northwind HR", "hr@northwind.example"),
        "Scorecard due: Marcus Bell, Thursday 10:30",
        "Hi Alex,\n\nYou are interviewing Marcus Bell (Account Executive) on Thursday 5 November at 10:30.\nPlease evaluate the candidate against the four criteria on the scorecard and submit it within 24 hours of the interview.\n\nRating scale: 1 (strong no) to 5 (strong yes).\n\nThanks,\nNorthwind HR",
        "scorecard reminder to the interviewer before a named candidate's interview",
        html=True,
        template=FRAPPE,
    )
    add(
        "en",
        "recroute",
        ("Recroute", "no-reply@recroute.example"),
        "New meeting scheduled: Graduate Programme - Technical interview",
        "Hello Alex!\n\nYou have a new meeting scheduled for Graduate Programme - Technical interview with nina.park@post.example on Thursday, 5 November 2026, 10:30.\nThe meeting will be accessible with the button below.\n\nAfter the meeting, you are expected to confirm the interview and, optionally, submit notes and a grade for the applicant.\n\nHave a good day.",
        "interviewer notice: a meeting with an applicant's address, a grade for the applicant afterwards",
        template=RECROUTE,
    )
    add(
        "en",
        "prism",
        ("Admissions Office", "admissions@northgate-uni.example.ac.uk"),
        "Interview request: Tom Reyes, PhD Studentship in Hydrology",
        "Dear Alex,\n\nTom Reyes has applied for the PhD Studentship in Hydrology at Northgate University.\nWe would like you to interview Tom Reyes on Thursday 5 November 2026 at 10:30 in Room G.12.\n\nAfterwards, please follow the link below to provide your feedback on the applicant. You can also decline the request if you do not feel able to comment.\n\nYours sincerely,\nAdmissions Office",
        "academic workflow asks the reader to interview an applicant and give feedback",
        template=PRISM,
    )
    add(
        "en",
        "opencats",
        ("OpenCATS", "cats@recruit.harbour-staffing.example"),
        "Upcoming Event: Interview (Leila Haddad)",
        "Upcoming event reminder\n\nTitle: Interview (Leila Haddad)\nEvent type: Interview\nDate: 11-05-26 10:30 AM\nDuration: 60 minutes\nRegarding: Leila Haddad\nEntered by: Sam Price\n\nThis event appears on your OpenCATS calendar because you are the recruiter on the pipeline.",
        "ATS event reminder to the recruiter: regarding a named candidate",
        template=OPENCATS,
    )
    add(
        "en",
        "orange",
        ("OrangeHRM", "noreply@people.fernway.example"),
        "Interview scheduled - Payroll Officer",
        "Hi Alex Morgan,\n\nAn interview has been scheduled and you have been added as an interviewer.\n\nCandidate: Ethan Ward\nVacancy: Payroll Officer\nInterview title: First interview\nDate: 2026-11-05\nTime: 10:30\nInterviewers: Alex Morgan, Priya Nair\n\nLog in to view the candidate's resume and record the result after the interview.",
        "ATS notice: the reader listed among the interviewers, Candidate names someone else",
        template=ORANGE,
    )
    add(
        "en",
        "agency_cv",
        ("Rachel Hunt", "rachel@crestline-recruitment.example"),
        "CV for your review - Omar Ali (Finance Manager)",
        "Hi Alex,\n\nPlease find attached the CV of Omar Ali for your review.\nOmar has 8 years in FP&A and is available for interview on Thursday 5 November at 10:30 at your Bristol office, as you suggested.\n\nLet me know if you'd like me to confirm the slot with him.\n\nKind regards,\nRachel Hunt\nCrestline Recruitment",
        "agency to the client: a named candidate's CV for the reader's review and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "en",
        "coord_hm",
        ("Nadia Scott", "nadia.scott@orbitlabs.example"),
        "Confirmed: Grace Liu with you on Thursday",
        "Hi Alex,\n\nAll set - Grace Liu is booked in with you on Thursday 5 November at 10:30 in Room 4B for the Product Designer role.\nI've sent her the joining instructions and your bio. Her portfolio is linked in the req.\n\nPlease drop your notes in the feedback form by Friday so we can decide on next steps.\n\nNadia\nRecruiting Coordinator",
        "coordinator confirms to the hiring manager that a named candidate is booked with the reader",
    )
    add(
        "en",
        "panelday",
        ("Nadia Scott", "nadia.scott@orbitlabs.example"),
        "Your interview schedule for Thursday 5 November",
        "Hi Alex,\n\nHere's your schedule for Thursday 5 November (Room 4B):\n\n10:30-11:15  Ivy Chen - system design\n11:30-12:15  Leo Grant - system design\n14:00-14:45  Sara Ahmed - system design\n\nPlease submit each scorecard the same day.\n\nThanks!\nNadia",
        "an interviewer's schedule for the day: several named candidates and scorecards",
    )
    add(
        "en",
        "calcom",
        ("Cal.com", "no-reply@cal.example"),
        "New event: 30 min screen between Alex Morgan and Ryan Cho",
        "A new event has been scheduled.\n\nWhat: 30 min screen between Alex Morgan and Ryan Cho\nWhen: Thursday, November 5, 2026 10:30am - 11:00am\nWho:\nAlex Morgan - Organizer\nRyan Cho - ryan.cho@post.example\nWhere: Cal Video\nAdditional notes: Applied for Support Engineer via our careers page; CV attached to the application.\n\nNeed to make a change? Reschedule or Cancel",
        "booking tool notice to the organizer: an applicant booked the reader's screening slot",
        template=CALCOM,
    )
    add(
        "en",
        "parent",
        ("Karen Morgan", "karen.morgan@webmail.example"),
        "Mia's interview",
        "Hi love,\n\nMia's interview at St Anne's College is on Thursday 5 November at 10:30. Could you drive her there? I'm at work all day.\n\nx Karen",
        "a family member's interview; the reader is asked to drive",
    )
    add(
        "en",
        "hirecomm",
        ("Priya Nair", "priya.nair@fernway.example"),
        "Hiring committee: Zoe Hart final round",
        "Hi Alex,\n\nZoe Hart's final round is on Thursday 5 November at 10:30. As the bar raiser on the hiring committee, please read her packet beforehand and join the debrief at 16:00.\n\nCandidate: Zoe Hart\nRole: Staff Engineer\nInterviewers: Alex Morgan, Priya Nair, Ben Carter\n\nPriya",
        "hiring committee member: the reader among the interviewers of a named candidate",
    )
    add(
        "en",
        "own_frappe",
        ("Northwind HR", "hr@northwind.example"),
        "Interview Reminder",
        "Hello Alex Morgan,\n\nThis is a reminder for your interview below.\n\nInterview: HR-INT-2026-00042\nInterview Round: Technical Round 1\nJob Applicant: Alex Morgan (alex.morgan@mailbox.example)\nScheduled On: Thursday, 5 November 2026, 10:30\nInterviewers: Hannah Cole, Marcus Bell\n\nPlease arrive 10 minutes early and bring photo ID.\n\nNorthwind HR",
        "control: the same reminder layout to the applicant, the reader",
        own=True,
        template=FRAPPE,
    )
    add(
        "en",
        "own_agency",
        ("Rachel Hunt", "rachel@crestline-recruitment.example"),
        "Interview confirmed - Thursday 10:30",
        "Hi Alex,\n\nGreat news: Fernway would like to interview you on Thursday 5 November at 10:30 at their Bristol office. You'll meet Omar Ali, Finance Director.\nPlease find attached the job description and the client brief for your review.\n\nGood luck - I'll call you after.\n\nRachel Hunt\nCrestline Recruitment",
        "control: the agency tells its candidate, the reader, of the client's interview; attachment for review",
        own=True,
        template=AGENCY,
    )
    add(
        "en",
        "own_orange",
        ("OrangeHRM", "noreply@people.fernway.example"),
        "Interview scheduled - Payroll Officer",
        "Dear Alex Morgan,\n\nYour interview for the Payroll Officer vacancy has been scheduled.\n\nCandidate: Alex Morgan\nVacancy: Payroll Officer\nInterview title: First interview\nDate: 2026-11-05\nTime: 10:30\nInterviewers: Ethan Ward, Priya Nair\n\nWe look forward to meeting you.",
        "control: the same ATS frame with the reader as the candidate",
        own=True,
        html=True,
        template=ORANGE,
    )


def german_french() -> None:
    add(
        "de",
        "frappe",
        ("Personal Kessler", "hr@kessler.example.de"),
        "Erinnerung: Vorstellungsgespräch",
        "Hallo Alex,\n\nhier die Erinnerung an das folgende Gespräch.\n\nGespräch: HR-INT-2026-00117\nRunde: Fachgespräch\nBewerber: Jonas Keller (jonas.keller@post.example.de)\nGeplant am: Donnerstag, 5. November 2026, 10:30 Uhr\n\nDu bist für diese Runde als Interviewer eingetragen. Bitte gib nach dem Gespräch dein Feedback im Bewertungsbogen ab.\n\nPersonal Kessler",
        "Frappe-like reminder to an interviewer: Bewerber names someone else",
        template=FRAPPE,
    )
    add(
        "de",
        "agentur",
        ("Tobias Brandt", "t.brandt@nordwerk-personal.example.de"),
        "Kandidatenvorschlag: Frau Miriam Vogt",
        "Sehr geehrter Herr Morgan,\n\nanbei erhalten Sie den Lebenslauf von Frau Miriam Vogt zur Ansicht.\nFrau Vogt könnte am Donnerstag, 5. November, um 10:30 Uhr zum Vorstellungsgespräch zu Ihnen ins Haus kommen.\n\nDarf ich den Termin so bestätigen?\n\nMit freundlichen Grüßen\nTobias Brandt\nNordwerk Personalberatung",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "de",
        "bewertung",
        ("Recruiting Kessler", "recruiting@kessler.example.de"),
        "Interview geplant: Lena Hoffmann",
        "Hallo Alex,\n\nein Interview wurde geplant.\n\nKandidatin: Lena Hoffmann\nStelle: Buchhalter/in\nDatum: Do., 05.11.2026, 10:30 Uhr\nInterviewer: Alex Morgan, Petra Lang\n\nBitte bewerte die Kandidatin nach dem Gespräch anhand der Scorecard.",
        "ATS notice: the reader among the interviewers, a named candidate to evaluate",
        html=True,
        template=ORANGE,
    )
    add(
        "de",
        "panelday",
        ("Petra Lang", "p.lang@kessler.example.de"),
        "Ablauf Auswahltag am 5. November",
        "Hallo Alex,\n\nhier der Ablauf für den Auswahltag am Donnerstag, 5. November (Raum 2.14):\n\n10:30 Uhr  Herr Felix Bauer\n11:30 Uhr  Frau Aylin Demir\n13:30 Uhr  Herr Jan Schulz\n\nDie Bewertungsbögen liegen im Raum.\n\nGruß\nPetra",
        "the day's running order sent to a panel member: several named applicants",
    )
    add(
        "de",
        "kollege",
        ("Jens Weber", "j.weber@kessler.example.de"),
        "Kannst du übernehmen?",
        "Hallo Alex,\n\nich bin Donnerstag krank geschrieben. Kannst du das Gespräch mit Herrn Felix Bauer am 5. November um 10:30 Uhr übernehmen? Seine Unterlagen liegen im Bewerberportal.\n\nDanke!\nJens",
        "a colleague hands the reader his interview with a named applicant",
    )
    add(
        "de",
        "own",
        ("Personal Kessler", "hr@kessler.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie am Donnerstag, 5. November 2026, um 10:30 Uhr zum Vorstellungsgespräch ein.\nIhre Gesprächspartner sind Frau Petra Lang (Teamleitung) und Herr Jonas Keller.\n\nBitte bringen Sie Ihre Zeugnisse mit.\n\nMit freundlichen Grüßen\nPersonal Kessler",
        "control: the reader's own interview, the interviewers named",
        own=True,
    )
    add(
        "de",
        "own_ats",
        ("Recruiting Kessler", "recruiting@kessler.example.de"),
        "Ihr Interview wurde geplant",
        "Hallo Alex Morgan,\n\nIhr Interview wurde geplant.\n\nKandidat: Alex Morgan\nStelle: Buchhalter/in\nDatum: Do., 05.11.2026, 10:30 Uhr\nInterviewer: Lena Hoffmann, Petra Lang\n\nViel Erfolg!",
        "control: the same ATS frame with the reader as the candidate",
        own=True,
        html=True,
        template=ORANGE,
    )
    add(
        "fr",
        "grille",
        ("RH Atelier Nord", "rh@atelier-nord.example.fr"),
        "Entretien planifié : Thomas Girard",
        "Bonjour Alex,\n\nUn entretien a été planifié.\n\nCandidat : Thomas Girard\nPoste : Contrôleur de gestion\nDate : jeudi 5 novembre 2026 à 10h30\nJury : Alex Morgan, Sophie Leroy\n\nMerci de remplir la grille d'évaluation du candidat après l'entretien.",
        "ATS notice: the reader on the jury, an evaluation grid for a named candidate",
        template=ORANGE,
    )
    add(
        "fr",
        "cabinet",
        ("Julien Roux", "j.roux@cabinet-horizon.example.fr"),
        "Candidature de M. Karim Benali",
        "Bonjour Monsieur Morgan,\n\nVous trouverez ci-joint le CV de M. Karim Benali pour examen.\nIl est disponible pour votre entretien le jeudi 5 novembre à 10h30 dans vos locaux de Lyon.\n\nJe reste à votre disposition pour confirmer le créneau avec lui.\n\nCordialement,\nJulien Roux\nCabinet Horizon",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "fr",
        "coord",
        ("Camille Petit", "c.petit@atelier-nord.example.fr"),
        "Confirmé : Mme Inès Caron jeudi",
        "Bonjour Alex,\n\nC'est confirmé : Mme Inès Caron passera son entretien avec vous jeudi 5 novembre à 10h30, salle Rhône.\nJe lui ai envoyé le plan d'accès. Son dossier est dans le partage RH ; merci de me donner votre avis après l'entretien.\n\nCamille",
        "coordinator confirms to the hiring manager a named candidate's interview with the reader",
    )
    add(
        "fr",
        "own",
        ("RH Atelier Nord", "rh@atelier-nord.example.fr"),
        "Entretien planifié",
        "Bonjour Alex Morgan,\n\nVotre entretien a été planifié.\n\nCandidat : Alex Morgan\nPoste : Contrôleur de gestion\nDate : jeudi 5 novembre 2026 à 10h30\nJury : Thomas Girard, Sophie Leroy\n\nNous vous remercions de vous présenter à l'accueil dix minutes avant.",
        "control: the same ATS frame with the reader as the candidate",
        own=True,
        template=ORANGE,
    )


def south() -> None:
    add(
        "es",
        "recordatorio",
        ("RR. HH. Lumbre", "rrhh@lumbre.example.es"),
        "Recordatorio de entrevista",
        "Hola Alex:\n\nTe recordamos la siguiente entrevista.\n\nEntrevista: HR-INT-2026-00088\nRonda: Entrevista técnica\nSolicitante: Andrés Molina (andres.molina@correo.example.es)\nProgramada: jueves, 5 de noviembre de 2026, 10:30\n\nFiguras como entrevistador. Envía tu valoración en el formulario de feedback al terminar.\n\nRR. HH. Lumbre",
        "Frappe-like reminder to an interviewer: Solicitante names someone else",
        template=FRAPPE,
    )
    add(
        "es",
        "agencia",
        ("Pablo Ortega", "pablo@talentia-search.example.es"),
        "CV de Sara Domínguez",
        "Hola Alex:\n\nTe adjunto el CV de Sara Domínguez para tu revisión. Puede hacer la entrevista contigo el jueves 5 de noviembre a las 10:30 en vuestras oficinas de Valencia.\n\n¿Te confirmo el hueco con ella?\n\nUn saludo,\nPablo\nTalentia Search",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "es",
        "panel",
        ("Marta Gil", "marta.gil@lumbre.example.es"),
        "Panel del jueves - Diego Navarro",
        "Hola Alex:\n\nFormas parte del panel de la entrevista del jueves 5 de noviembre a las 10:30.\n\nCandidato: Diego Navarro\nPuesto: Jefe de almacén\nEntrevistadores: Alex Morgan, Marta Gil\n\nPor favor, evalúa al candidato con la ficha de puntuación antes del viernes.\n\nMarta",
        "the reader on the panel, a named candidate to evaluate",
    )
    add(
        "es",
        "hijo",
        ("Lucía Morgan", "lucia.m@correo.example.es"),
        "Entrevista de Pablo",
        "Hola Alex:\n\nLa entrevista de Pablo para las prácticas es el jueves 5 de noviembre a las 10:30. ¿Puedes acompañarle? Yo trabajo esa mañana.\n\nBesos,\nLucía",
        "a family member's interview; the reader is asked to go along",
    )
    add(
        "es",
        "own",
        ("RR. HH. Lumbre", "rrhh@lumbre.example.es"),
        "Recordatorio de entrevista",
        "Hola Alex Morgan:\n\nTe recordamos tu entrevista.\n\nEntrevista: HR-INT-2026-00088\nRonda: Entrevista técnica\nSolicitante: Alex Morgan (alex.morgan@mailbox.example)\nProgramada: jueves, 5 de noviembre de 2026, 10:30\nEntrevistadores: Andrés Molina, Marta Gil\n\n¡Mucha suerte!\n\nRR. HH. Lumbre",
        "control: the same reminder layout with the reader as the applicant",
        own=True,
        template=FRAPPE,
    )
    add(
        "it",
        "colloquio",
        ("HR Vetra", "hr@vetra.example.it"),
        "Promemoria colloquio: Marco Rinaldi",
        "Ciao Alex,\n\nti ricordiamo il colloquio seguente.\n\nCandidato: Marco Rinaldi\nPosizione: Addetto contabilità\nData: giovedì 5 novembre 2026 alle 10:30\nIntervistatori: Alex Morgan, Giulia Conti\n\nCompila la scheda di valutazione del candidato subito dopo il colloquio.\n\nHR Vetra",
        "ATS reminder: the reader among the interviewers, a named candidate to evaluate",
        template=ORANGE,
    )
    add(
        "it",
        "agenzia",
        ("Federica Sala", "f.sala@selezione-alpi.example.it"),
        "Profilo di Chiara Ferri",
        "Gentile dott. Morgan,\n\nin allegato il CV di Chiara Ferri per la sua valutazione. La candidata è disponibile per il colloquio con lei giovedì 5 novembre alle 10:30 presso la vostra sede di Torino.\n\nMi conferma l'orario?\n\nCordiali saluti,\nFederica Sala\nSelezione Alpi",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "it",
        "own",
        ("HR Vetra", "hr@vetra.example.it"),
        "Promemoria colloquio",
        "Gentile Alex Morgan,\n\nle ricordiamo il suo colloquio.\n\nCandidato: Alex Morgan\nPosizione: Addetto contabilità\nData: giovedì 5 novembre 2026 alle 10:30\nIntervistatori: Marco Rinaldi, Giulia Conti\n\nIn bocca al lupo!\n\nHR Vetra",
        "control: the same frame with the reader as the candidate",
        own=True,
        template=ORANGE,
    )
    add(
        "pt-BR",
        "lembrete",
        ("RH Ipê", "rh@ipe.example.com.br"),
        "Lembrete de entrevista: Rafael Souza",
        "Olá, Alex!\n\nLembrete da entrevista abaixo.\n\nCandidato: Rafael Souza\nVaga: Analista de Suporte\nData: quinta-feira, 5 de novembro de 2026, às 10:30\nEntrevistadores: Alex Morgan, Juliana Costa\n\nPreencha a avaliação do candidato logo após a conversa.\n\nRH Ipê",
        "ATS reminder: the reader among the interviewers, a named candidate to evaluate",
        template=ORANGE,
    )
    add(
        "pt-BR",
        "consultoria",
        ("Bruno Lima", "bruno@ponte-talentos.example.com.br"),
        "Currículo de Camila Ribeiro",
        "Olá, Alex!\n\nSegue em anexo o currículo da Camila Ribeiro para sua análise. Ela pode fazer a entrevista com você na quinta-feira, 5 de novembro, às 10:30, no escritório de Campinas.\n\nPosso confirmar com ela?\n\nAbraço,\nBruno Lima\nPonte Talentos",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "pt-BR",
        "own",
        ("RH Ipê", "rh@ipe.example.com.br"),
        "Lembrete de entrevista",
        "Olá, Alex Morgan!\n\nLembrete da sua entrevista.\n\nCandidato: Alex Morgan\nVaga: Analista de Suporte\nData: quinta-feira, 5 de novembro de 2026, às 10:30\nEntrevistadores: Rafael Souza, Juliana Costa\n\nBoa sorte!\n\nRH Ipê",
        "control: the same frame with the reader as the candidate",
        own=True,
        template=ORANGE,
    )


def north_east() -> None:
    add(
        "nl",
        "herinnering",
        ("HR Duinzicht", "hr@duinzicht.example.nl"),
        "Herinnering sollicitatiegesprek: Sanne de Vries",
        "Hoi Alex,\n\nJe bent ingepland als interviewer.\n\nKandidaat: Sanne de Vries\nFunctie: Teamleider Logistiek\nWanneer: donderdag 5 november 2026, 10:30\nInterviewers: Alex Morgan, Pieter Jansen\n\nVul na afloop het beoordelingsformulier van de kandidaat in.\n\nHR Duinzicht",
        "ATS reminder: the reader among the interviewers, a named candidate to assess",
        template=ORANGE,
    )
    add(
        "nl",
        "bureau",
        ("Eva Smit", "eva@polder-werving.example.nl"),
        "Cv van Jeroen Bakker",
        "Beste Alex,\n\nBijgaand het cv van Jeroen Bakker ter beoordeling. Hij kan donderdag 5 november om 10:30 bij jullie in Utrecht op gesprek komen.\n\nZal ik het tijdstip met hem bevestigen?\n\nGroet,\nEva Smit\nPolder Werving",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "nl",
        "own",
        ("HR Duinzicht", "hr@duinzicht.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex Morgan,\n\nWe nodigen je uit voor een sollicitatiegesprek.\n\nKandidaat: Alex Morgan\nFunctie: Teamleider Logistiek\nWanneer: donderdag 5 november 2026, 10:30\nInterviewers: Sanne de Vries, Pieter Jansen\n\nTot donderdag!\n\nHR Duinzicht",
        "control: the same frame with the reader as the candidate",
        own=True,
        template=ORANGE,
    )
    add(
        "sv",
        "intervjuare",
        ("HR Fjällsta", "hr@fjallsta.example.se"),
        "Påminnelse: intervju med Erik Lund",
        "Hej Alex,\n\nDu är intervjuare på följande intervju.\n\nKandidat: Erik Lund\nTjänst: Ekonomiassistent\nNär: torsdag 5 november 2026 kl. 10:30\nIntervjuare: Alex Morgan, Karin Berg\n\nFyll i bedömningen av kandidaten efter intervjun.\n\nHR Fjällsta",
        "ATS reminder: the reader among the interviewers, a named candidate to assess",
        template=ORANGE,
    )
    add(
        "sv",
        "byra",
        ("Maja Holm", "maja@nordkap-rekrytering.example.se"),
        "CV: Elin Sjöberg",
        "Hej Alex,\n\nHär kommer Elin Sjöbergs CV för granskning. Hon kan komma på intervju hos er torsdag 5 november kl. 10:30.\n\nSka jag bekräfta tiden med henne?\n\nHälsningar,\nMaja Holm\nNordkap Rekrytering",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "sv",
        "own",
        ("HR Fjällsta", "hr@fjallsta.example.se"),
        "Inbjudan till intervju",
        "Hej Alex Morgan,\n\nVi vill gärna träffa dig på intervju.\n\nKandidat: Alex Morgan\nTjänst: Ekonomiassistent\nNär: torsdag 5 november 2026 kl. 10:30\nIntervjuare: Erik Lund, Karin Berg\n\nVälkommen!\n\nHR Fjällsta",
        "control: the same frame with the reader as the candidate",
        own=True,
        template=ORANGE,
    )
    add(
        "pl",
        "komisja",
        ("Kadry Wisła", "kadry@wislatech.example.pl"),
        "Przypomnienie: rozmowa z kandydatem Piotrem Nowakiem",
        "Dzień dobry,\n\nJest Pan członkiem komisji rekrutacyjnej.\n\nKandydat: Piotr Nowak\nStanowisko: Księgowy\nTermin: czwartek, 5 listopada 2026, godz. 10:30\nKomisja: Alex Morgan, Ewa Lis\n\nProszę wypełnić arkusz oceny kandydata po rozmowie.\n\nKadry Wisła",
        "ATS reminder: the reader on the committee, a named candidate to assess",
        template=ORANGE,
    )
    add(
        "pl",
        "agencja",
        ("Marek Zając", "m.zajac@talent-most.example.pl"),
        "CV pani Katarzyny Wójcik",
        "Dzień dobry Panie Alex,\n\nw załączeniu przesyłam CV pani Katarzyny Wójcik do Pana oceny. Kandydatka może przyjść na rozmowę z Panem w czwartek 5 listopada o 10:30 do biura w Krakowie.\n\nCzy mogę potwierdzić termin?\n\nPozdrawiam,\nMarek Zając\nTalent Most",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "pl",
        "own",
        ("Kadry Wisła", "kadry@wislatech.example.pl"),
        "Zaproszenie na rozmowę",
        "Dzień dobry Panie Alex,\n\nzapraszamy na rozmowę kwalifikacyjną.\n\nKandydat: Alex Morgan\nStanowisko: Księgowy\nTermin: czwartek, 5 listopada 2026, godz. 10:30\nKomisja: Piotr Nowak, Ewa Lis\n\nPozdrawiamy,\nKadry Wisła",
        "control: the same frame with the reader as the candidate",
        own=True,
        template=ORANGE,
    )
    add(
        "id",
        "pewawancara",
        ("HRD Nusantara", "hrd@nusantara-karya.example.co.id"),
        "Pemberitahuan Jadwal Interview User",
        "Yang terhormat Bapak/Ibu Alex Morgan,\n\nAnda dijadwalkan sebagai pewawancara untuk interview user secara tatap muka. Rinciannya:\n\nNama: Dewi Lestari\nPosisi: Staf Keuangan\nTanggal: Kamis, 5 November 2026 pukul 10.30\nTempat: Ruang Rapat 3\nLink formulir penilaian: https://karir.nusantara-karya.example.co.id/form/771\n\nKandidat juga sudah kami kabari lewat email. Mohon siapkan waktu Anda.\n\nHormat kami,\nHRD Nusantara",
        "interviewer notice: the named applicant and an assessment form",
        template=ETAMRIN,
    )
    add(
        "id",
        "agensi",
        ("Rina Wijaya", "rina@jembatan-karier.example.co.id"),
        "CV Budi Santoso untuk ditinjau",
        "Halo Pak Alex,\n\nTerlampir CV Budi Santoso untuk Bapak tinjau. Ia bisa hadir untuk wawancara dengan Bapak pada Kamis, 5 November pukul 10.30 di kantor Jakarta.\n\nBoleh saya konfirmasi jadwalnya?\n\nSalam,\nRina Wijaya\nJembatan Karier",
        "agency to the client: a named candidate's CV and the reader's interview slot",
        template=AGENCY,
    )
    add(
        "id",
        "own",
        ("HRD Nusantara", "hrd@nusantara-karya.example.co.id"),
        "Undangan Interview User",
        "Yang terhormat Bapak/Ibu Alex Morgan,\n\nKami informasikan bahwa Anda diundang mengikuti interview user pada:\n\nHari / Tanggal: Kamis, 5 November 2026 pukul 10.30\nTempat: Ruang Rapat 3\nPewawancara: Dewi Lestari\n\nMohon hadir tepat waktu.\n\nHormat kami,\nHRD Nusantara",
        "control: the applicant's notice from the same system, the reader invited",
        own=True,
        template=ETAMRIN,
    )


def calendars() -> None:
    cal(
        "en",
        "cal_odoo",
        "Interview: Daniel Brooks - Sales Manager",
        "Applicant: Daniel Brooks. Please review the CV attached to the applicant before the meeting.",
        ("Nadia Scott", "nadia.scott@orbitlabs.example"),
        "Invitation to Interview: Daniel Brooks - Sales Manager",
        "Interview: Daniel Brooks - Sales Manager\nThursday 5 November 2026, 10:30-11:30\nAttendees: Alex Morgan, Nadia Scott\nApplicant: Daniel Brooks. Please review the CV attached to the applicant before the meeting.",
        [("Nadia Scott", "nadia.scott@orbitlabs.example")],
        "calendar request to an interviewer: the title names the applicant",
    )
    cal(
        "de",
        "cal_odoo",
        "Vorstellungsgespräch: Felix Bauer (Vertrieb)",
        "Bewerber: Felix Bauer. Lebenslauf im Bewerberprofil.",
        ("Petra Lang", "p.lang@kessler.example.de"),
        "Einladung: Vorstellungsgespräch: Felix Bauer (Vertrieb)",
        "Vorstellungsgespräch: Felix Bauer (Vertrieb)\nDonnerstag, 5. November 2026, 10:30-11:30\nTeilnehmer: Alex Morgan, Petra Lang\nBewerber: Felix Bauer. Lebenslauf im Bewerberprofil.",
        [("Petra Lang", "p.lang@kessler.example.de")],
        "calendar request to an interviewer: the title names the applicant",
    )
    cal(
        "fr",
        "cal_odoo",
        "Entretien : Julie Martin – Comptable",
        "Candidate : Julie Martin. Merci de consulter son CV avant l'entretien.",
        ("Sophie Leroy", "s.leroy@atelier-nord.example.fr"),
        "Invitation : Entretien : Julie Martin – Comptable",
        "Entretien : Julie Martin – Comptable\njeudi 5 novembre 2026, 10:30-11:30\nParticipants : Alex Morgan, Sophie Leroy\nCandidate : Julie Martin. Merci de consulter son CV avant l'entretien.",
        [("Sophie Leroy", "s.leroy@atelier-nord.example.fr")],
        "calendar request to an interviewer: the title names the applicant",
    )
    cal(
        "it",
        "cal_odoo",
        "Colloquio - Luca Moretti",
        "Candidato: Luca Moretti. Valutazione da compilare dopo il colloquio.",
        ("Giulia Conti", "g.conti@vetra.example.it"),
        "Invito: Colloquio - Luca Moretti",
        "Colloquio - Luca Moretti\ngiovedì 5 novembre 2026, 10:30-11:30\nPartecipanti: Alex Morgan, Giulia Conti\nCandidato: Luca Moretti. Valutazione da compilare dopo il colloquio.",
        [("Giulia Conti", "g.conti@vetra.example.it")],
        "calendar request to an interviewer: the title names the applicant",
    )
    cal(
        "nl",
        "cal_odoo",
        "Sollicitatiegesprek - Lotte Visser",
        "Kandidaat: Lotte Visser. Cv in het kandidaatprofiel.",
        ("Pieter Jansen", "p.jansen@duinzicht.example.nl"),
        "Uitnodiging: Sollicitatiegesprek - Lotte Visser",
        "Sollicitatiegesprek - Lotte Visser\ndonderdag 5 november 2026, 10:30-11:30\nDeelnemers: Alex Morgan, Pieter Jansen\nKandidaat: Lotte Visser. Cv in het kandidaatprofiel.",
        [("Pieter Jansen", "p.jansen@duinzicht.example.nl")],
        "calendar request to an interviewer: the title names the applicant",
    )
    cal(
        "es",
        "cal_own",
        "Entrevista: Alex Morgan - Jefe de almacén",
        "Entrevistadores: Marta Gil, Diego Navarro.",
        ("Marta Gil", "marta.gil@lumbre.example.es"),
        "Invitación: Entrevista: Alex Morgan - Jefe de almacén",
        "Entrevista: Alex Morgan - Jefe de almacén\njueves 5 de noviembre de 2026, 10:30-11:30\nEntrevistadores: Marta Gil, Diego Navarro.",
        [("Diego Navarro", "diego.navarro@lumbre.example.es")],
        "control: the same calendar frame naming the reader as the one interviewed",
        own=True,
    )


def more() -> None:
    add(
        "es",
        "coord",
        ("Irene Vidal", "irene.vidal@lumbre.example.es"),
        "Confirmada: Nuria Peña contigo el jueves",
        "Hola Alex:\n\nTe confirmo que Nuria Peña tiene la entrevista contigo el jueves 5 de noviembre a las 10:30 en la sala Turia.\nYa le he enviado las indicaciones para llegar. Su CV está en la ficha de la vacante; déjame tu valoración cuando termines.\n\nIrene\nCoordinación de selección",
        "coordinator confirms to the hiring manager a named candidate's interview with the reader",
    )
    add(
        "it",
        "giornata",
        ("Giulia Conti", "g.conti@vetra.example.it"),
        "Calendario colloqui di giovedì 5 novembre",
        "Ciao Alex,\n\necco i colloqui di giovedì 5 novembre (sala Dora):\n\n10:30  Sara Galli\n11:30  Paolo Greco\n14:00  Elena Riva\n\nLe schede di valutazione sono in cartella condivisa.\n\nGiulia",
        "the day's interview schedule sent to an interviewer: several named candidates",
    )
    add(
        "pl",
        "zastepstwo",
        ("Tomasz Kowal", "t.kowal@wislatech.example.pl"),
        "Zastępstwo na rozmowie",
        "Cześć Alex,\n\nw czwartek 5 listopada o 10:30 mam rozmowę z panią Martą Dąbrowską, ale wypadł mi wyjazd. Przejmiesz ją? Jej CV jest w systemie.\n\nDzięki,\nTomek",
        "a colleague hands the reader his interview with a named applicant",
    )
    add(
        "pt-BR",
        "filha",
        ("Ana Morgan", "ana.morgan@correio.example.com.br"),
        "Entrevista da Bia",
        "Oi, Alex!\n\nA entrevista da Bia para o estágio é na quinta-feira, 5 de novembro, às 10:30. Você consegue levá-la? Eu tenho plantão.\n\nBeijos,\nAna",
        "a family member's interview; the reader is asked to take her",
    )
    cal(
        "pt-BR",
        "cal_odoo",
        "Entrevista: Larissa Melo - Analista",
        "Candidata: Larissa Melo. Avalie a candidata no formulário após a entrevista.",
        ("Juliana Costa", "juliana.costa@ipe.example.com.br"),
        "Convite: Entrevista: Larissa Melo - Analista",
        "Entrevista: Larissa Melo - Analista\nquinta-feira, 5 de novembro de 2026, 10:30-11:30\nParticipantes: Alex Morgan, Juliana Costa\nCandidata: Larissa Melo. Avalie a candidata no formulário após a entrevista.",
        [("Juliana Costa", "juliana.costa@ipe.example.com.br")],
        "calendar request to an interviewer: the title names the applicant",
    )


BUILDERS = [english, german_french, south, north_east, calendars, more]


def cal(
    lang: str,
    name: str,
    summary: str,
    desc: str,
    org: tuple[str, str],
    subject: str,
    body: str,
    others: list[tuple[str, str]],
    note: str,
    *,
    own: bool = False,
    prod: str = "exchange",
) -> None:
    """One calendar REQUEST at THU05 for an hour, the reader a required ATTENDEE beside
    `others`; `own` is the reader's own interview, otherwise a look-alike with no slot."""
    zone = ZONE[lang]
    if "odoo" in name:
        prod = ODOO_PROD
    start = datetime(*THU05, tzinfo=ZoneInfo(zone))
    end = start + timedelta(minutes=60)
    sent = start - timedelta(days=6, hours=2, minutes=17)
    uid = cn.uid_for(FAMILY, name + lang, "uuid", org[1].split("@")[-1])
    people = [cn.me(), *(cn.att(n, m) for n, m in others)]
    ev = cn.vevent(uid, sent, start, end, summary, org, people, desc=desc)
    ics = cn.vcal(cn.PROD.get(prod, prod), "REQUEST", [*cn.vtz(zone, start.year), *ev])
    kind = "invitation" if own else "not_invitation"
    c = cn.C(
        FAMILY,
        f"{lang}_{name}",
        lang,
        kind,
        org,
        subject,
        body,
        ics,
        sent,
        start,
        end,
        zone=zone,
        note=note,
    )
    if own:
        c.uid, c.seq, c.method = uid, 0, "REQUEST"
    c.ct_method = "REQUEST"
    cn.check(c)
    raw = cn.render(c).replace(b"@calneg50.example>", b"@agency67.example>")
    filename = f"{FAMILY}__{lang}_{name}.eml"
    CASES.append(
        Case(
            family_of(filename),
            split_of(filename),
            f"{lang}_{name}",
            raw,
            cn.label(c),
            lang,
            note,
            OURS,
            LIC,
        )
    )


def provenance(cases: list[Case]) -> str:
    dev = [item for item in cases if item.split == "dev"]
    held = len(cases) - len(dev)
    lines = [
        "# agency67: ATS and agency mail to the hiring side, and someone else's interview",
        "",
        "Written by `build_agency67.py`; wording ours, people and companies made up. Layouts",
        "follow open-source software's own mail: Frappe HR (frappe/hrms) Interview Reminder and",
        "Interview Feedback Reminder templates; Odoo hr_recruitment meetings (title = applicant,",
        "interviewers as attendees, PRODID of vobject); OpenCATS upcoming-event notices; OrangeHRM",
        "Recruitment's Schedule Interview (candidate, vacancy, interviewers); Cal.com's organizer",
        "notice; cs491-recroute/backend `meetingInfo.ts` (interviewer mail); prism-hr/old-prism-server",
        "`application_provide_interview_feedback_request_content.ftl`; rezziqbal06/etamrin",
        "`interview_undangan_karyawan.php` / `interview_undangan_pelamar_reminder.php`. Agency,",
        "coordinator and family mail hand-written. Labels were written before the parser ran on",
        "any of them.",
        "",
        f"{len(cases)} messages: {len(dev)} in dev, {held} held out (a seeded third chosen by",
        '`sha256("agency67 coin|" + filename) % 3 == 0` before parsing; held-out files not',
        "listed).",
        "",
        "## Files (dev only)",
        "",
    ]
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-agency67.md", provenance(CASES))
    held = sum(item.split == "heldout" for item in CASES)
    print(f"{len(CASES)} messages; {held} held out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
