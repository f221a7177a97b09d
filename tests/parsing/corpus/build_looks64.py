# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks64" batch: mail a job seeker really receives (or forwards) that carries a
date, a time, often a video link, and interview words in another sense ('interview',
'assessment', 'Gespräch', 'entretien', 'entrevista', 'colloquio', 'gesprek', 'samtal') and
sets no job interview for the reader, beside controls that do: a disability or care-need
assessment of the reader or a parent (PIP, Pflegegrad, APA, dependencia, invalidità, Wmo
keukentafelgesprek, biståndsbedömning), a care home's or day centre's admission talk for a
parent, a removal company's home or video survey, a family court's or youth office's talk
with the reader as a parent in a custody matter, and a host-family interview or home visit
with the reader as the host. No scholarship or admission interview: the README's 'Study
places' rule labels the reader's own such interview an invitation. Shapes: plain text, HTML
only, multipart, forwards (Gmail, Outlook, Apple Mail headers in the forwarder's language),
replies quoting earlier mail, one calendar REQUEST per family but one. Controls in every
family: the reader's own job interview worded close to the look-alikes.

Run: .venv/bin/python tests/parsing/corpus/build_looks64.py

All text is ours (written by hand, no template copied); people, companies and addresses are
made up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written
before the parser was run on any message of the batch. Every family is dev (new batches go to
dev only). Helpers (slots, zones, forward headers, HTML rendering) come from build_looks60.py.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timedelta
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


lk = _load("build_looks60", "build_looks60.py")
pp = lk.pp
cn = lk.cn
Case = pp.Case
ME = lk.ME
HOOK = lk.HOOK
OURS = lk.OURS
LIC = lk.LIC
ZONE = lk.ZONE
SENT = lk.SENT
Slot = lk.Slot
T9, W10, H11, F12, S13 = lk.T9, lk.W10, lk.H11, lk.F12, lk.S13
M15, T16, W17, H18 = lk.M15, lk.T16, lk.W17, lk.H18
html_of = lk.html_of
fwd_body = lk.fwd_body

FAMILIES = {
    "careassess64": "A disability or care-need assessment of the reader or a parent, at home, "
    "at a centre or by video ('PIP assessment', 'Begutachtung zum Pflegegrad', 'évaluation "
    "APA', 'valoración de dependencia', 'visita di invalidità', 'keukentafelgesprek', "
    "'biståndsbedömning'), one as a calendar item; controls: the reader's own job interview "
    "as a disability assessor, care assessor or Wmo consultant.",
    "carehome64": "A care home's, nursing home's or day centre's admission talk or trial day "
    "for the reader's parent ('Aufnahmegespräch', 'entretien de préadmission', 'colloquio di "
    "ingresso', 'intakegesprek', 'entrevista de acolhimento'), one as a calendar item; "
    "controls: the reader's own job interview as a care worker or deputy home manager.",
    "movesurvey64": "A removal company's home or video survey and estimate for the reader's "
    "own move ('video survey', 'Besichtigungstermin', 'visite technique', 'sopralluogo', "
    "'oględziny'), one as a calendar item; controls: the reader's own job interview as a "
    "removals surveyor or move consultant.",
    "custody64": "A family court's, youth office's or child-protection service's talk or "
    "interview with the reader as a parent in a custody or contact matter ('safeguarding "
    "telephone interview', 'Gespräch beim Jugendamt', 'enquête sociale', 'entrevista con el "
    "equipo psicosocial', 'colloquio con i servizi sociali', 'raadsonderzoek', "
    "'samarbetssamtal'), one as a calendar item; controls: the reader's own job interview as a "
    "family court adviser or social worker.",
    "hostfam64": "A host-family interview or home visit with the reader as the host of an "
    "exchange student or a guest ('host family interview', 'Kennenlerngespräch', 'entretien "
    "famille d'accueil', 'entrevista', 'colloquio', 'kennismakingsgesprek'); controls: the "
    "reader's own job interview as a paid programme coordinator.",
}
SPLITS = {name: "dev" for name in FAMILIES}
CASES: list[Case] = []

GMAIL_EN = lk.GMAIL_EN
GMAIL_ES = lk.GMAIL_ES
GMAIL_IT = lk.GMAIL_IT
GMAIL_NL = lk.GMAIL_NL
GMAIL_DE = lk.GMAIL_DE
GMAIL_PT = lk.GMAIL_PT
OUTLOOK_EN = lk.OUTLOOK_EN
OUTLOOK_FR = lk.OUTLOOK_FR
OUTLOOK_DE = lk.OUTLOOK_DE
OUTLOOK_ES = lk.OUTLOOK_ES
OUTLOOK_NL = lk.OUTLOOK_NL
APPLE_EN = lk.APPLE_EN
APPLE_FR = lk.APPLE_FR
APPLE_IT = lk.APPLE_IT


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    note: str,
    *,
    slot: Slot | None = None,
    minutes: int | None = None,
    shape: str = "text",
    fwd: str = "",
    reply: bool = False,
) -> None:
    """One mail, as in build_looks60.add: with `slot` the reader's own job interview at that
    wall time (no zone stated), labelled an invitation; without it a look-alike, labelled
    not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    key = f"looks64 {fam} {lang} {name}"
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
        if fwd:
            label["original_sender"] = fwd
    else:
        assert minutes is None
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        key,
        sender=ME if fwd else sender,
        to=HOOK if fwd else ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
        reply_to_key=f"{key} parent" if reply else "",
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


def cal(
    fam: str,
    lang: str,
    name: str,
    prod: str,
    summary: str,
    slot: Slot,
    minutes: int,
    org: tuple[str, str],
    subject: str,
    body: str,
    others: list[tuple[str, str]],
    note: str,
    *,
    loc: str = "",
    method: str = "REQUEST",
) -> None:
    """One calendar look-alike (REQUEST with the reader as a required ATTENDEE beside
    `others`, or a PUBLISH without attendees), labelled not_invitation with no slot."""
    zone = ZONE[lang]
    start = datetime(*slot, tzinfo=ZoneInfo(zone))
    end = start + timedelta(minutes=minutes)
    sent = start - timedelta(days=6, hours=2, minutes=17)
    uid = cn.uid_for(fam, name, "uuid", org[1].split("@")[-1])
    people = [cn.me(), *(cn.att(n, m) for n, m in others)] if method == "REQUEST" else []
    ev = cn.vevent(uid, sent, start, end, summary, org, people, desc="", loc=loc)
    ics = cn.vcal(cn.PROD.get(prod, prod), method, [*cn.vtz(zone, start.year), *ev])
    c = cn.C(
        fam, name, lang, "not_invitation", org, subject, body, ics, sent, start, end, zone=zone,
        mode="alt", note=note,
    )  # fmt: skip
    c.ct_method = method
    cn.check(c)
    raw = cn.render(c).replace(b"@calneg50.example>", b"@looks64.example>")
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, cn.label(c), lang, note, OURS, LIC))


# --- careassess64 -------------------------------------------------------------------------------
def careassess() -> None:
    f = "careassess64"
    neg = "A disability or care-need assessment of the reader or a parent at a fixed time: the reader is the claimant or the carer, nobody hires the reader."
    ctl = "The reader's own job interview as a disability assessor, care assessor or social-care consultant, worded like the assessment mails (control)."
    add(
        f, "en-GB", "pip_assessment_video", ("Assessment Services", "appointments@health-assessments.example.co.uk"),
        "Your PIP assessment appointment",
        "Dear Alex Morgan,\n\nWe have booked your Personal Independence Payment (PIP) assessment.\n\nDate: Tuesday 9 March 2027\nTime: 14:00\nHow: video call - join at https://consult.health-assessments.example.co.uk/room/48213 a few minutes early\n\nA health professional will ask you about how your condition affects your daily life. The consultation usually lasts about an hour. You can have a friend or family member with you.\n\nIf you cannot attend, call us before the day or your claim may be affected.\n\nAssessment Services",
        neg,
    )  # fmt: skip
    add(
        f, "de", "pflegegrad_begutachtung", ("Medizinischer Dienst Nordrhein (Begutachtung)", "termine@md-begutachtung.example.de"),
        "Ankündigung Ihres Begutachtungstermins – Pflegegrad",
        "Sehr geehrte Frau Morgan,\n\nim Auftrag der Pflegekasse begutachten wir die Pflegebedürftigkeit von Frau Helga Morgan. Unsere Gutachterin besucht Sie zu Hause:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nDauer: etwa 60 Minuten\n\nIm Gespräch geht es um Mobilität, Alltag und Unterstützungsbedarf. Bitte halten Sie Arztberichte und den Medikamentenplan bereit; eine Pflegeperson sollte anwesend sein.\n\nMit freundlichen Grüßen\nIhr Medizinischer Dienst",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "evaluation_apa_domicile", ("Département - Service APA", "apa@departement-service.example.fr"),
        "Visite d'évaluation APA à domicile",
        "Madame,\n\nSuite à la demande d'allocation personnalisée d'autonomie déposée pour votre mère, une évaluatrice de l'équipe médico-sociale se rendra au domicile le jeudi 11 mars 2027 à 15h30.\n\nCet entretien d'environ une heure permet d'évaluer son degré d'autonomie et de proposer un plan d'aide. Votre présence en tant qu'aidante est souhaitée.\n\nService APA",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "es", "reply_valoracion_dependencia", ("Servicios Sociales - Valoración", "valoracion@serviciossociales.example.es"),
        "Re: Valoración de dependencia de mi padre",
        "Buenos días:\n\nLe confirmamos la entrevista de valoración de la situación de dependencia de D. Antonio Morgan el viernes 12 de marzo a las 11:00 en su domicilio. La valoradora le hará preguntas sobre sus actividades diarias; conviene que esté usted presente.\n\nUn saludo,\nServicio de Valoración\n\nEl vie, 5 mar 2027 a las 16:12, Alex Morgan <alex.morgan@mailbox.example> escribió:\n> Buenas tardes, ¿podría ser el viernes por la mañana? Trabajo el resto de la semana. Gracias.",
        "A social-services office agrees the reader's time for a parent's dependency assessment: the reader is the carer.",
        reply=True,
    )  # fmt: skip
    sender = ("INPS - Commissione medica", "convocazioni@inps-commissione.example.it")
    add(
        f, "it", "fwd_gmail_visita_invalidita", ME,
        "Fwd: Convocazione a visita medica – invalidità civile",
        fwd_body(
            "Per papà: ci vado io con lui.", GMAIL_IT, sender, "Convocazione a visita medica – invalidità civile",
            "Gentile utente,\n\nla informiamo che la visita di accertamento dell'invalidità civile per MORGAN GIUSEPPE è fissata per lunedì 15 marzo 2027 alle ore 9:00 presso la Commissione medica, via Verdi 14, Torino. Durante il colloquio con la commissione porti la documentazione sanitaria e un documento d'identità.\n\nCommissione medica integrata",
        ),
        "The reader forwards a parent's disability assessment, with a note that the reader will go along: not an invitation.",
        fwd="convocazioni@inps-commissione.example.it",
    )  # fmt: skip
    add(
        f, "nl", "keukentafelgesprek_wmo", ("Gemeente Rijnstad - Wmo-loket", "wmo@rijnstad.example.nl"),
        "Uitnodiging keukentafelgesprek Wmo",
        "Beste mevrouw Morgan,\n\nU heeft een melding gedaan voor ondersteuning vanuit de Wmo. Graag gaan wij met u in gesprek over uw situatie.\n\nDatum: dinsdag 16 maart 2027\nTijd: 10.30 uur\nPlaats: bij u thuis (of via beeldbellen: https://beeldbellen.rijnstad.example.nl/wmo/7741)\n\nDe consulent bespreekt met u wat u zelf kunt en waar hulp nodig is. Neemt u gerust een mantelzorger mee.\n\nMet vriendelijke groet,\nWmo-consulent gemeente Rijnstad",
        neg,
    )  # fmt: skip
    add(
        f, "sv", "bistandsbedomning_hemtjanst", ("Äldreomsorgen, Västerby kommun", "bistand@vasterby.example.se"),
        "Kallelse till hembesök – ansökan om hemtjänst",
        "Hej Alex,\n\nDin ansökan om hemtjänst för din pappa har kommit in. Biståndshandläggaren Karin Lund kommer på hembesök onsdag 17 mars 2027 kl. 14.00 för ett samtal om hans behov av stöd.\n\nHör av dig om tiden inte passar.\n\nMed vänlig hälsning\nBiståndsenheten",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "en-US", "disability_consultative_exam", ("Disability Determination Services", "scheduling@dds-exams.example.gov"),
        "Appointment notice: consultative examination",
        "Dear Alex Morgan,\n\nWe have scheduled a consultative examination for your disability claim at no cost to you.\n\nWhen: Thursday, March 18, 2027 at 3:00 PM\nWhere: Lakeview Medical Group, 200 Pine St, Suite 4, Columbus, OH\n\nThe doctor will interview you about your medical history and may do a short physical exam. Bring a photo ID and a list of your medications. If you do not attend, we may decide your claim on the evidence we have.\n\nDisability Determination Services",
        neg,
    )  # fmt: skip
    cal(
        f, "en-GB", "gcal_ot_home_assessment", "google", "Home assessment - occupational therapy (Alex Morgan)", W17, 60,
        ("Adult Social Care OT Team", "ot.team@cityshire-council.example.gov.uk"), "Invitation: Home assessment - occupational therapy",
        "Hi Alex,\n\nThis is your home assessment with our occupational therapist to look at grab rails and a stair lift for your mother. We will talk through how she manages day to day.\n\nAdult Social Care",
        [("Priya Shah (OT)", "priya.shah@cityshire-council.example.gov.uk")], "A council occupational therapy team's calendar REQUEST for a home assessment for the reader's mother: not a job interview.", loc="Your mother's home",
    )  # fmt: skip
    add(
        f, "en-GB", "control_disability_assessor", ("Assessment Services Careers", "careers@health-assessments.example.co.uk"),
        "Interview invitation - Disability Assessor (Registered Nurse)",
        "Dear Alex,\n\nThank you for applying for the Disability Assessor role. We would like to invite you to a video interview on Tuesday 16 March 2027 at 10:30 with our clinical lead and a recruiter.\n\nJoin here: https://consult.health-assessments.example.co.uk/careers/room/902\nThe interview lasts 60 minutes and includes a short case discussion.\n\nKind regards,\nTalent Acquisition",
        ctl, slot=T16, minutes=60,
    )  # fmt: skip
    add(
        f, "de", "control_pflegegutachterin", ("Medizinischer Dienst Nordrhein (Personal)", "bewerbung@md-begutachtung.example.de"),
        "Einladung zum Vorstellungsgespräch – Pflegefachkraft als Gutachterin (m/w/d)",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Pflegegutachterin. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 11.03.2027, um 15:30 Uhr in unsere Geschäftsstelle, Bergstraße 5, Düsseldorf, ein.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ctl, slot=H11, shape="html",
    )  # fmt: skip
    sender = ("Gemeente Rijnstad - P&O", "werving@rijnstad.example.nl")
    add(
        f, "nl", "control_fwd_outlook_wmo_consulent", ME,
        "FW: Uitnodiging sollicitatiegesprek Wmo-consulent",
        fwd_body(
            "Mijn sollicitatiegesprek, graag in de agenda.", OUTLOOK_NL, sender, "Uitnodiging sollicitatiegesprek Wmo-consulent",
            "Beste Alex,\n\nBedankt voor je sollicitatie als Wmo-consulent. We nodigen je uit voor een sollicitatiegesprek op maandag 15 maart 2027 om 9.00 uur in het stadskantoor.\n\nMet vriendelijke groet,\nTeam Werving",
        ),
        ctl, slot=M15, fwd="werving@rijnstad.example.nl",
    )  # fmt: skip


# --- carehome64 ---------------------------------------------------------------------------------
def carehome() -> None:
    f = "carehome64"
    neg = "A care home's, nursing home's or day centre's admission talk or visit for the reader's parent at a fixed time: the reader is a relative, nobody hires the reader."
    ctl = "The reader's own job interview as a care worker or care home manager, worded like the admission mails (control)."
    add(
        f, "en-GB", "care_home_show_round", ("Willow Court Care Home", "admissions@willowcourt-care.example.co.uk"),
        "Your visit to Willow Court",
        "Dear Alex,\n\nThank you for enquiring about a place for your mum. We'd be delighted to show you round and have a chat with our Home Manager about her needs and the care we can offer.\n\nWhen: Saturday 13 March 2027, 11:00\nWhere: Willow Court, 3 Mill Lane, Harrogate\n\nPlease allow about an hour. Parking is at the front.\n\nWarm regards,\nAdmissions team",
        neg,
    )  # fmt: skip
    add(
        f, "de", "aufnahmegespraech_pflegeheim", ("Seniorenzentrum Am Lindenhof", "aufnahme@lindenhof-senioren.example.de"),
        "Terminbestätigung Aufnahmegespräch",
        "Sehr geehrte Frau Morgan,\n\nwir bestätigen Ihnen das Aufnahmegespräch für Ihren Vater, Herrn Walter Morgan:\n\nDonnerstag, 11.03.2027, 15:30 Uhr\nBei: Frau Kessler, Pflegedienstleitung\n\nBitte bringen Sie den Pflegegradbescheid, den Medikamentenplan und die Versichertenkarte mit. Im Anschluss zeigen wir Ihnen gerne ein Zimmer.\n\nFreundliche Grüße\nHeimverwaltung",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "preadmission_ehpad_visio", ("EHPAD Les Tilleuls", "admissions@ehpad-lestilleuls.example.fr"),
        "Entretien de préadmission - Mme Morgan",
        "Bonjour,\n\nSuite au dépôt du dossier d'admission de votre mère, nous vous proposons un entretien de préadmission avec le médecin coordonnateur et l'infirmière cadre le mardi 9 mars 2027 à 14h00.\n\nL'entretien peut se faire en visio : https://visio.ehpad-lestilleuls.example.fr/preadmission-221\n\nBien cordialement,\nLe secrétariat",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "it", "colloquio_ingresso_rsa", ("RSA Villa Serena", "accoglienza@villaserena-rsa.example.it"),
        "Colloquio di ingresso – conferma appuntamento",
        "Gentile Alex,\n\nle confermiamo il colloquio di ingresso per la sua mamma, Sig.ra Anna Morgan, mercoledì 10 marzo 2027 alle ore 10:00 con la coordinatrice infermieristica e l'assistente sociale della struttura.\n\nPorti con sé la documentazione clinica recente.\n\nCordiali saluti,\nUfficio Accoglienza",
        neg,
    )  # fmt: skip
    add(
        f, "es", "reply_visita_residencia", ("Residencia Los Olivos", "ingresos@residencialosolivos.example.es"),
        "Re: Plaza para mi madre",
        "Hola Alex:\n\nPerfecto, le esperamos el viernes 12 de marzo a las 11:00. Primero tendrá una entrevista con nuestra trabajadora social para conocer la situación de su madre y después visitaremos las instalaciones.\n\nUn saludo,\nÁrea de Ingresos\nResidencia Los Olivos\n\nEl vie, 5 mar 2027 a las 16:12, Alex Morgan <alex.morgan@mailbox.example> escribió:\n> ¿Podría ir a verles el viernes por la mañana para hablar de una plaza para mi madre?",
        "A residence agrees the reader's time to talk about a place for the reader's mother: the reader is a relative.",
        reply=True,
    )  # fmt: skip
    sender = ("Zorgcentrum De Linde", "intake@zorgcentrumdelinde.example.nl")
    add(
        f, "nl", "fwd_gmail_intakegesprek_verpleeghuis", ME,
        "Fwd: Uitnodiging intakegesprek",
        fwd_body(
            "Voor oma. Kun jij ook mee?", GMAIL_NL, sender, "Uitnodiging intakegesprek",
            "Beste familie Morgan,\n\nGraag nodigen wij u uit voor een intakegesprek over de opname van mevrouw Morgan op dinsdag 16 maart 2027 om 10.30 uur. U spreekt met de zorgcoördinator en de specialist ouderengeneeskunde.\n\nHartelijke groet,\nTeam Intake",
        ),
        "The reader forwards a nursing home's intake talk for a grandparent, asking a relative to come along: not an invitation.",
        fwd="intake@zorgcentrumdelinde.example.nl",
    )  # fmt: skip
    add(
        f, "pt-BR", "entrevista_acolhimento_ilpi", ("Residencial Bem Viver", "contato@residencialbemviver.example.com.br"),
        "Agendamento: entrevista de acolhimento",
        "Olá, Alex!\n\nConfirmamos a entrevista de acolhimento do seu pai, Sr. José Morgan, na quinta-feira, 18 de março de 2027, às 15h, com a nossa assistente social e a enfermeira responsável. Depois faremos uma visita às instalações.\n\nAtenciosamente,\nResidencial Bem Viver",
        neg, shape="html",
    )  # fmt: skip
    cal(
        f, "de", "sogo_probetag_tagespflege", "sogo", "Probetag Tagespflege – Herr Morgan", M15, 360,
        ("Tagespflege Sonnenblick", "info@tagespflege-sonnenblick.example.de"), "Einladung: Probetag Tagespflege",
        "Guten Tag Frau Morgan,\n\nwie besprochen kommt Ihr Vater zum Probetag in die Tagespflege. Vorher kurzes Kennenlerngespräch mit Ihnen.\n\nTagespflege Sonnenblick",
        [("Sabine Roth", "roth@tagespflege-sonnenblick.example.de")], "A day centre's calendar REQUEST for a parent's trial day: not a job interview.", loc="Tagespflege Sonnenblick, Gartenweg 2, Kassel",
    )  # fmt: skip
    add(
        f, "en-GB", "control_deputy_home_manager", ("Willow Court Care Home", "recruitment@willowcourt-care.example.co.uk"),
        "Interview - Deputy Home Manager",
        "Dear Alex,\n\nThank you for your application for the Deputy Home Manager post at Willow Court. We'd like to invite you to an interview with our Home Manager on Wednesday 17 March 2027 at 14:00, followed by a short tour of the home.\n\nPlease bring proof of your right to work and your NMC PIN.\n\nKind regards,\nRecruitment",
        ctl, slot=W17,
    )  # fmt: skip
    sender = ("EHPAD Les Tilleuls - RH", "recrutement@ehpad-lestilleuls.example.fr")
    add(
        f, "fr", "control_fwd_outlook_aide_soignante", ME,
        "TR: Entretien d'embauche - aide-soignante",
        fwd_body(
            "Entretien pour le poste, à noter.", OUTLOOK_FR, sender, "Entretien d'embauche - aide-soignante",
            "Bonjour Alex,\n\nNous avons bien reçu votre candidature au poste d'aide-soignante de nuit. Nous vous proposons un entretien d'embauche le jeudi 18 mars 2027 à 15h00 avec la cadre de santé.\n\nCordialement,\nService RH",
        ),
        ctl, slot=H18, fwd="recrutement@ehpad-lestilleuls.example.fr",
    )  # fmt: skip


# --- movesurvey64 -------------------------------------------------------------------------------
def movesurvey() -> None:
    f = "movesurvey64"
    neg = "A removal company's home or video survey for the reader's own move at a fixed time: the reader is the customer, nobody hires the reader."
    ctl = "The reader's own job interview as a removals surveyor or move consultant, worded like the survey mails (control)."
    add(
        f, "en-GB", "video_survey_booked", ("Castle Removals", "surveys@castleremovals.example.co.uk"),
        "Your video survey is booked",
        "Hi Alex,\n\nThanks for choosing Castle Removals. Your video survey is booked for Tuesday 9 March 2027 at 14:00.\n\nJoin from your phone: https://survey.castleremovals.example.co.uk/v/alex-morgan-5521\n\nOur estimator will walk round your home with you on camera, room by room, so we can quote for packing and the move. It takes about 30 minutes.\n\nCastle Removals",
        neg,
    )  # fmt: skip
    add(
        f, "en-US", "in_home_estimate", ("Bluebird Moving & Storage", "estimates@bluebirdmoving.example.com"),
        "Your in-home moving estimate is confirmed",
        "Hi Alex,\n\nYour free in-home estimate is confirmed for Wednesday, March 10, 2027 at 10:00 AM. Our move consultant, Rick, will look at your furniture, ask a few questions about your new place and go over dates and pricing.\n\nNeed to reschedule? Reply to this email.\n\nBluebird Moving & Storage",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "de", "umzug_besichtigungstermin", ("Umzüge Falk GmbH", "disposition@umzuege-falk.example.de"),
        "Besichtigungstermin für Ihren Umzug",
        "Guten Tag Frau Morgan,\n\nvielen Dank für Ihre Anfrage. Unser Umzugsberater kommt am Donnerstag, 11.03.2027, um 15:30 Uhr zur kostenlosen Besichtigung. Im Beratungsgespräch vor Ort besprechen wir Umzugsgut, Halteverbotszone und Packservice, danach erhalten Sie Ihr Angebot.\n\nMit freundlichen Grüßen\nUmzüge Falk",
        neg,
    )  # fmt: skip
    add(
        f, "fr", "visite_technique_demenagement", ("Déménagements Lemoine", "devis@demenagements-lemoine.example.fr"),
        "Confirmation de votre visite technique",
        "Bonjour Alex,\n\nNous confirmons la visite technique de votre logement le vendredi 12 mars 2027 à 11h00, en visio (https://visio.demenagements-lemoine.example.fr/vt/3390). Notre conseiller fera avec vous l'inventaire du mobilier lors d'un court entretien afin d'établir le devis.\n\nCordialement,\nDéménagements Lemoine",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "es", "reply_visita_presupuesto_mudanza", ("Mudanzas Rápidas Sur", "presupuestos@mudanzasrapidassur.example.es"),
        "Re: Presupuesto mudanza",
        "Hola Alex:\n\nDe acuerdo, nuestro comercial pasará por su piso el lunes 15 de marzo a las 9:00 para hacer la visita y el presupuesto sin compromiso. Es una entrevista corta: volumen, accesos y fechas.\n\nSaludos,\nMudanzas Rápidas Sur\n\nEl vie, 5 mar 2027 a las 16:12, Alex Morgan <alex.morgan@mailbox.example> escribió:\n> ¿Pueden venir el lunes temprano a ver el piso?",
        "A removal company agrees the reader's time for a survey visit: the reader is the customer.",
        reply=True,
    )  # fmt: skip
    sender = ("Traslochi Veloce", "preventivi@traslochiveloce.example.it")
    add(
        f, "it", "fwd_gmail_sopralluogo_trasloco", ME,
        "Fwd: Sopralluogo per preventivo trasloco",
        fwd_body(
            "Puoi esserci tu? Io quel giorno lavoro.", GMAIL_IT, sender, "Sopralluogo per preventivo trasloco",
            "Buongiorno,\n\nle confermiamo il sopralluogo gratuito presso la sua abitazione martedì 16 marzo 2027 alle ore 10:30. Il nostro tecnico farà un breve colloquio per capire le sue esigenze e preparare il preventivo.\n\nTraslochi Veloce",
        ),
        "The reader forwards a removal company's survey visit, asking someone else to be home: not an invitation.",
        fwd="preventivi@traslochiveloce.example.it",
    )  # fmt: skip
    add(
        f, "nl", "offerte_afspraak_verhuizing", ("Verhuisbedrijf Van Dam", "planning@verhuisvandam.example.nl"),
        "Bevestiging: afspraak voor uw verhuisofferte",
        "Beste Alex,\n\nOnze verhuisadviseur komt op woensdag 17 maart 2027 om 14.00 uur bij u langs om de inboedel op te nemen. Tijdens dit gesprek bespreken we ook inpakken, opslag en de verhuisdatum.\n\nMet vriendelijke groet,\nVerhuisbedrijf Van Dam",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "pl", "ogledziny_wycena_przeprowadzki", ("Przeprowadzki Orzeł", "wyceny@przeprowadzki-orzel.example.pl"),
        "Potwierdzenie oględzin - wycena przeprowadzki",
        "Dzień dobry,\n\npotwierdzamy bezpłatne oględziny mieszkania w celu wyceny przeprowadzki w czwartek 18 marca 2027 r. o godz. 15:00. Możliwa jest też rozmowa wideo: https://wideo.przeprowadzki-orzel.example.pl/w/812\n\nPozdrawiamy,\nPrzeprowadzki Orzeł",
        neg,
    )  # fmt: skip
    cal(
        f, "en-GB", "calcom_moving_survey", "calcom", "Moving survey - Alex Morgan", S13, 45,
        ("Harbour Lane Movers", "bookings@harbourlanemovers.example.co.uk"), "New event: Moving survey between Harbour Lane Movers and Alex Morgan",
        "Hi Alex,\n\nYour home survey with Harbour Lane Movers is booked. Our surveyor will look at what needs moving and answer your questions.\n\nHarbour Lane Movers",
        [("Dean Ward", "dean@harbourlanemovers.example.co.uk")], "A removal company's calendar REQUEST for a home survey: not a job interview.", loc="Your current address",
    )  # fmt: skip
    add(
        f, "en-GB", "control_removals_surveyor", ("Castle Removals", "jobs@castleremovals.example.co.uk"),
        "Interview: Removals Surveyor / Estimator",
        "Hi Alex,\n\nThanks for applying for our Removals Surveyor role. We'd like to invite you to an interview at our depot on Tuesday 16 March 2027 at 10:30 with the operations manager. You'll also do a short mock video survey.\n\nThanks,\nCastle Removals",
        ctl, slot=T16,
    )  # fmt: skip
    add(
        f, "de", "control_umzugsberater", ("Umzüge Falk GmbH", "karriere@umzuege-falk.example.de"),
        "Einladung zum Vorstellungsgespräch – Umzugsberater (m/w/d)",
        "Guten Tag Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als Umzugsberaterin. Gerne laden wir Sie zu einem Vorstellungsgespräch am Mittwoch, 10.03.2027, um 10:00 Uhr in unsere Niederlassung ein.\n\nMit freundlichen Grüßen\nUmzüge Falk – Personal",
        ctl, slot=W10, shape="html",
    )  # fmt: skip


# --- custody64 ----------------------------------------------------------------------------------
def custody() -> None:
    f = "custody64"
    neg = "A family court's, youth office's or child-protection service's talk with the reader as a parent in a custody or contact matter, at a fixed time: nobody hires the reader."
    ctl = "The reader's own job interview as a family court adviser, youth-office social worker or child-protection caseworker, worded like the family-service mails (control)."
    add(
        f, "en-GB", "cafcass_safeguarding_call", ("Family Court Advisory Service", "noreply@family-court-advice.example.gov.uk"),
        "Safeguarding telephone interview - child arrangements application",
        "Dear Alex Morgan,\n\nA Family Court Adviser has been allocated to the child arrangements application in which you are a party. They will call you for a safeguarding telephone interview on Tuesday 9 March 2027 at 14:00.\n\nThe call lasts about 30 minutes. Please be somewhere private where children cannot hear the conversation.\n\nFamily Court Advisory Service",
        neg,
    )  # fmt: skip
    add(
        f, "de", "jugendamt_beratungsgespraech", ("Jugendamt Stadt Westheim – Trennungs- und Scheidungsberatung", "jugendamt@westheim.example.de"),
        "Einladung zum Gespräch – Umgangsregelung",
        "Sehr geehrte Frau Morgan,\n\nim familiengerichtlichen Verfahren zur Umgangsregelung lädt Sie das Jugendamt zu einem Gespräch ein:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nRathaus, Zimmer 214, bei Herrn Brandt\n\nDer andere Elternteil erhält einen eigenen Termin. Bitte bringen Sie das Aktenzeichen mit.\n\nMit freundlichen Grüßen\nAllgemeiner Sozialer Dienst",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "enquete_sociale_jaf", ("Association Médiation & Enquêtes", "enquetes@mediation-enquetes.example.fr"),
        "Enquête sociale ordonnée par le juge aux affaires familiales",
        "Madame,\n\nDésignée par le juge aux affaires familiales pour réaliser l'enquête sociale relative à la résidence de votre enfant, je vous propose un premier entretien le jeudi 11 mars 2027 à 15h30 à notre permanence, 9 rue Pasteur, Nantes. Une visite à votre domicile sera fixée ensuite.\n\nCordialement,\nClaire Martin, enquêtrice sociale",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "es", "reply_equipo_psicosocial", ("Equipo Técnico Psicosocial - Juzgado de Familia", "psicosocial@juzgadofamilia.example.es"),
        "Re: Citación entrevista equipo psicosocial",
        "Buenos días:\n\nConforme a lo que nos indica, la entrevista con el equipo psicosocial queda fijada para el viernes 12 de marzo a las 11:00 en la sede del Juzgado de Familia, planta 2. Se trata del procedimiento de guarda y custodia; acuda con su DNI.\n\nAtentamente,\nEquipo Técnico Psicosocial\n\nEl vie, 5 mar 2027 a las 16:12, Alex Morgan <alex.morgan@mailbox.example> escribió:\n> Buenas tardes, el martes no puedo; ¿sería posible el viernes por la mañana?",
        "A family court's psychosocial team agrees the reader's time for a custody interview: the reader is a parent.",
        reply=True,
    )  # fmt: skip
    sender = ("Servizio Sociale Professionale - Comune", "tutela.minori@comune-valle.example.it")
    add(
        f, "it", "fwd_gmail_colloquio_servizi_sociali", ME,
        "Fwd: Convocazione colloquio - tutela minori",
        fwd_body(
            "Avvocata, le giro la convocazione dei servizi sociali.", GMAIL_IT, sender, "Convocazione colloquio - tutela minori",
            "Gentile Sig.ra Morgan,\n\nsu incarico del Tribunale per i minorenni, la convochiamo per un colloquio con l'assistente sociale e la psicologa del servizio lunedì 15 marzo 2027 alle ore 9:00, presso la sede di via Garibaldi 3.\n\nServizio Tutela Minori",
        ),
        "The reader forwards a child-protection service's summons to a lawyer: the reader is a parent, not an invitation.",
        fwd="tutela.minori@comune-valle.example.it",
    )  # fmt: skip
    add(
        f, "nl", "raad_kinderbescherming_gesprek", ("Raad voor de Kinderbescherming", "planning@kinderbescherming-raad.example.nl"),
        "Uitnodiging gesprek raadsonderzoek",
        "Geachte mevrouw Morgan,\n\nDe rechtbank heeft de Raad gevraagd onderzoek te doen naar de omgangsregeling. Wij nodigen u uit voor een gesprek op dinsdag 16 maart 2027 om 10.30 uur. Het gesprek kan ook via videobellen: https://videobellen.kinderbescherming-raad.example.nl/g/5520\n\nMet vriendelijke groet,\nRaadsonderzoeker",
        neg,
    )  # fmt: skip
    add(
        f, "sv", "samarbetssamtal_familjeratt", ("Familjerätten, Norrstad kommun", "familjeratt@norrstad.example.se"),
        "Kallelse till samarbetssamtal",
        "Hej Alex,\n\nDu är välkommen till samarbetssamtal på familjerätten onsdag 17 mars 2027 kl. 14.00 tillsammans med barnets andra förälder. Samtalet handlar om boende och umgänge och tar ungefär en och en halv timme.\n\nMed vänlig hälsning\nFamiljerättssekreterare",
        neg, shape="html",
    )  # fmt: skip
    cal(
        f, "en-US", "gcal_custody_evaluation", "google", "Custody evaluation - parent interview (Morgan)", H18, 90,
        ("Dr. Ellen Hart, Custody Evaluator", "office@hart-evaluations.example.com"), "Invitation: Custody evaluation - parent interview (Morgan)",
        "Dear Alex,\n\nAs ordered by the court, this is your first parent interview for the custody evaluation. Please bring the completed parenting questionnaire.\n\nDr. Ellen Hart",
        [("Front desk", "frontdesk@hart-evaluations.example.com")], "A court-appointed custody evaluator's calendar REQUEST for the reader's parent interview: not a job interview.", loc="Hart Evaluations, 410 Elm Street, Hartford, CT",
    )  # fmt: skip
    add(
        f, "en-GB", "control_family_court_adviser", ("Family Court Advisory Service - Careers", "recruitment@family-court-advice.example.gov.uk"),
        "Interview invitation - Family Court Adviser",
        "Dear Alex,\n\nThank you for your application for the post of Family Court Adviser. We are pleased to invite you to an interview on Tuesday 16 March 2027 at 10:30 by video with the service manager.\n\nThe interview lasts 60 minutes and includes a written exercise.\n\nRecruitment Team",
        ctl, slot=T16, minutes=60,
    )  # fmt: skip
    add(
        f, "de", "control_sozialarbeiterin_asd", ("Stadt Westheim – Personalamt", "personal@westheim.example.de"),
        "Einladung zum Vorstellungsgespräch – Sozialarbeiterin im Allgemeinen Sozialen Dienst",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung um die Stelle als Sozialarbeiterin (m/w/d) im Allgemeinen Sozialen Dienst des Jugendamtes. Wir laden Sie zu einem Vorstellungsgespräch am Donnerstag, 11.03.2027, um 15:30 Uhr ins Rathaus, Zimmer 101, ein.\n\nMit freundlichen Grüßen\nPersonalamt",
        ctl, slot=H11,
    )  # fmt: skip
    sender = ("Comune di Valle - Ufficio Personale", "concorsi@comune-valle.example.it")
    add(
        f, "it", "control_fwd_apple_assistente_sociale", ME,
        "I: Colloquio di selezione - assistente sociale",
        fwd_body(
            "Colloquio di lavoro per il posto al Comune!", APPLE_IT, sender, "Colloquio di selezione - assistente sociale",
            "Gentile Alex Morgan,\n\nin merito alla sua candidatura per il posto di assistente sociale (tempo determinato, 12 mesi), la invitiamo al colloquio di selezione mercoledì 17 marzo 2027 alle ore 14:00 presso la sede comunale.\n\nUfficio Personale",
        ),
        ctl, slot=W17, fwd="concorsi@comune-valle.example.it",
    )  # fmt: skip


# --- hostfam64 ----------------------------------------------------------------------------------
def hostfam() -> None:
    f = "hostfam64"
    neg = "A host-family interview or home visit at a fixed time with the reader as the volunteer host of an exchange student or a guest: nobody hires the reader."
    ctl = "The reader's own job interview as a paid coordinator of a host-family or exchange programme, worded like the host mails (control)."
    add(
        f, "en-US", "host_family_interview_visit", ("Open Doors Exchange", "hosting@opendoors-exchange.example.org"),
        "Your host family interview",
        "Hi Alex,\n\nThank you for applying to host an exchange student this fall! Your local coordinator, Linda, will visit for your host family interview on Wednesday, March 10, 2027 at 6:00 PM.\n\nEveryone living in the home should be there. Linda will look at the student's room and talk with you about family life and house rules. It takes about an hour.\n\nOpen Doors Exchange",
        neg,
    )  # fmt: skip
    add(
        f, "de", "gastfamilie_kennenlerngespraech", ("Brücken e.V. – Gastfamilien", "gastfamilien@bruecken-ev.example.de"),
        "Kennenlerngespräch als Gastfamilie",
        "Liebe Frau Morgan,\n\nschön, dass Sie eine Austauschschülerin aufnehmen möchten! Unsere ehrenamtliche Betreuerin besucht Sie am Donnerstag, 11.03.2027, um 15:30 Uhr zu einem Kennenlerngespräch bei Ihnen zu Hause.\n\nHerzliche Grüße\nBrücken e.V.",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "entretien_famille_accueil_visio", ("Séjours Horizons – Familles d'accueil", "familles@sejours-horizons.example.fr"),
        "Entretien famille d'accueil",
        "Bonjour Alex,\n\nMerci pour votre candidature comme famille d'accueil bénévole pour un lycéen étranger. Nous vous proposons un entretien en visio le mardi 9 mars 2027 à 14h00 : https://visio.sejours-horizons.example.fr/accueil-77\n\nUne visite de votre domicile suivra.\n\nCordialement,\nL'équipe accueil",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "es", "entrevista_familia_anfitriona", ("Intercambio Abierto", "familias@intercambioabierto.example.es"),
        "Entrevista para familias anfitrionas",
        "Hola Alex:\n\nGracias por ofrecerte como familia anfitriona. Te confirmamos la entrevista y visita a tu casa el viernes 12 de marzo de 2027 a las 11:00 con nuestra coordinadora voluntaria.\n\nUn abrazo,\nIntercambio Abierto",
        neg, shape="html",
    )  # fmt: skip
    sender = ("Scambi Senza Frontiere", "famiglie@scambisenzafrontiere.example.it")
    add(
        f, "it", "fwd_gmail_colloquio_famiglia_ospitante", ME,
        "Fwd: Colloquio famiglia ospitante",
        fwd_body(
            "Ci sei anche tu lunedì? Vogliono conoscere tutta la famiglia.", GMAIL_IT, sender, "Colloquio famiglia ospitante",
            "Gentile famiglia Morgan,\n\nvi confermiamo il colloquio di conoscenza per diventare famiglia ospitante lunedì 15 marzo 2027 alle ore 9:00 presso la vostra abitazione.\n\nScambi Senza Frontiere",
        ),
        "The reader forwards a host-family interview, asking a partner to be there: not an invitation.",
        fwd="famiglie@scambisenzafrontiere.example.it",
    )  # fmt: skip
    add(
        f, "nl", "kennismakingsgesprek_gastgezin", ("Stichting Gastgezin Wereldwijd", "gastgezinnen@gastgezinwereldwijd.example.nl"),
        "Kennismakingsgesprek gastgezin",
        "Beste Alex,\n\nLeuk dat jullie gastgezin willen worden! Onze vrijwilliger komt op dinsdag 16 maart 2027 om 10.30 uur langs voor een kennismakingsgesprek bij jullie thuis.\n\nHartelijke groet,\nStichting Gastgezin Wereldwijd",
        neg,
    )  # fmt: skip
    add(
        f, "en-GB", "host_home_check_visit", ("Safe Homes Hosting (Council)", "hosting@cityshire-council.example.gov.uk"),
        "Host home check visit - Thursday 18 March",
        "Dear Alex,\n\nThank you for offering a room to a guest under the sponsorship scheme. A council officer will carry out the home check and a short interview with you on Thursday 18 March 2027 at 15:00.\n\nThey will look at the room, smoke alarms and bathroom access. Please have photo ID ready for everyone over 16 in the home.\n\nHousing Team",
        neg,
    )  # fmt: skip
    add(
        f, "sv", "reply_vardfamilj_samtal", ("Utbytesresor Norden", "vardfamilj@utbytesresor.example.se"),
        "Sv: Värdfamilj i höst",
        "Hej Alex,\n\nToppen, då kommer vår kontaktperson hem till er onsdag 17 mars kl. 14.00 för ett samtal om att bli värdfamilj.\n\nVänliga hälsningar\nUtbytesresor Norden\n\nDen 5 mars 2027 kl. 16:12 skrev Alex Morgan <alex.morgan@mailbox.example>:\n> Går det bra en onsdag eftermiddag?",
        "An exchange organisation agrees the reader's time for a host-family talk: the reader is the volunteer host.",
        reply=True,
    )  # fmt: skip
    add(
        f, "en-US", "control_local_coordinator", ("Open Doors Exchange", "jobs@opendoors-exchange.example.org"),
        "Interview - Regional Host Family Coordinator (paid)",
        "Hi Alex,\n\nThanks for applying for the Regional Host Family Coordinator position (part-time, salaried). We'd like to schedule a phone interview with our Regional Director on Friday, March 12, 2027 at 11:00 AM.\n\nShe'll call you at the number on your resume.\n\nOpen Doors Exchange - HR",
        ctl, slot=F12,
    )  # fmt: skip
    sender = ("Séjours Horizons - Recrutement", "rh@sejours-horizons.example.fr")
    add(
        f, "fr", "control_fwd_apple_chargee_familles", ME,
        "TR: Entretien - Chargé(e) des familles d'accueil (CDI)",
        fwd_body(
            "Mon entretien d'embauche, enfin !", APPLE_FR, sender, "Entretien - Chargé(e) des familles d'accueil (CDI)",
            "Bonjour Alex,\n\nSuite à votre candidature au poste de chargée des familles d'accueil (CDI), nous vous proposons un entretien le mardi 9 mars 2027 à 14h00 dans nos bureaux, 4 quai Perrache, Lyon.\n\nCordialement,\nService recrutement",
        ),
        ctl, slot=T9, fwd="rh@sejours-horizons.example.fr",
    )  # fmt: skip


BUILDERS = [careassess, carehome, movesurvey, custody, hostfam]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 1d98d044 with this batch, before any parser change): dev look-alikes "
    "claimed (confidence >= 0.5 as an invitation or a move) 16/42 (custody64 6/8, carehome64 "
    "3/8, hostfam64 3/8, careassess64 2/9, movesurvey64 2/9; 3 of 4 calendar REQUESTs at 0.95, "
    "13 text ones at 0.63-0.72), controls with the right slot 12/12 (all sure). A first draft "
    "also held a scholarship family, claimed 9/9; it was dropped before any fix, as the "
    "README's 'Study places' rule labels such interviews invitations."
)
AFTER_FIX_FIGURES = (
    "After the fix (690045c6: a talk about the reader's parent, a visit at the reader's home, "
    "a family court's proceedings and a care-benefit assessment hire nobody): dev look-alikes "
    "claimed 16/42 -> 1/42 (custody64's Spanish reply, whose sender signs as 'Equipo Técnico "
    "Psicosocial': 'técnico' reads as a post), controls 12/12 right (all sure). Whole corpus "
    "(quick.py, before vs after): dev 0 worse, 0 better outside this batch (3 look-alikes "
    "already below 0.5 now read not_invitation); held out unchanged (107/2446 claimed before "
    "and after)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the looks64 batch (`build_looks64.py`)",
        "",
        "Mail a job seeker really receives or forwards that carries a date, a time, often a "
        "video link, and interview words in another sense, and sets no job interview for the "
        "reader (a disability or care-need assessment of the reader or a parent, a care "
        "home's or day centre's admission talk for a parent, a removal company's home or video "
        "survey, a family court's or youth office's talk with the reader as a parent in a "
        "custody matter, and a host-family interview or home check with the reader as the "
        "volunteer host), as plain text, HTML only, multipart, forwards (Gmail, Outlook, Apple "
        "Mail headers in the forwarder's language), replies quoting earlier mail and calendar "
        "REQUESTs, beside controls in every family: the reader's own job interview worded close "
        "to the look-alikes. All text is ours, written by hand with no template; client forward "
        "and reply shapes recalled. People, companies, offices and addresses are made up; video "
        "links point at example domains. Every label was written from the datetimes the text is "
        "rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families, all dev; languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions and earlier batches): a job interview of the "
        "reader's own with a fixed time is an `invitation` at its start (with its end when the "
        "text gives an end or an exact length; text mails state no zone, so the label carries "
        "the Date header's offset and `tz_stated: false`; a forward carries `original_sender`). "
        "A benefit or care assessment (the reader is the claimant or the carer), a care home "
        "admission talk (the reader is a relative), a removal survey (the reader is the "
        "customer), a custody or contact talk (the reader is a parent before a court's adviser "
        "or a youth office) and a host-family interview (the reader volunteers as a "
        "host) hire nobody: `not_invitation` (a calendar look-alike carries no slot). A reply "
        "that agrees the reader's time for such a meeting is `not_invitation` too. A job-centre "
        "appointment is not in this batch: earlier batches (jobcentre37, taxoffice60) already "
        "label it `not_invitation`, since the reader meets an adviser, not an employer. A "
        "scholarship, exchange or admission interview of the reader's own was left out: the "
        "README's 'Study places' rule labels it an `invitation` (admit43, schoolplace44).",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks64.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        lines.append(f"- **{name}** ({len(items)} messages, dev; {ls}): {FAMILIES[name]}")
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-looks64.md", provenance(CASES))
    print(f"{len(CASES)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
