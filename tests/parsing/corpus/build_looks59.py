# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks59" batch: mail a job seeker really receives that carries a date, a time
and interview-like words ('interview', 'Gespräch', 'entretien', 'colloquio', '面谈') and sets
no job interview for the reader, beside controls that do: blood, plasma and stem-cell
donation appointments with their health-screening interview, statistical household surveys
(labour force survey, Mikrozensus, Enquête Emploi, EPA, BAEL) whose interviewer calls at a
fixed time, witness and insurance-claim interviews (police, courts, loss adjusters),
civil-registry and church talks before a wedding and wedding suppliers, banks' and fintechs'
video-identification and KYC calls ('VideoIdent', '视频面签'), election poll-worker training
and shifts, labour-court and conciliation hearings of the reader's own dismissal, and
language-school placement interviews and integration-course intakes. Shapes: plain text,
HTML only, multipart, forwards (Gmail, Outlook, Apple Mail headers in the forwarder's
language), replies quoting earlier mail, calendar REQUEST and PUBLISH. Languages: en-GB,
en-US, de, fr, es, it, nl, pl, sv, pt-BR, ja, ko, zh, tr. Controls in every family: the
reader's own job interview worded close to the look-alikes (a donor carer, a field
interviewer, a claims adjuster, a registrar, a KYC analyst, an elections clerk, an employment
paralegal, a language teacher).

Run: .venv/bin/python tests/parsing/corpus/build_looks59.py

All text is ours (written by hand, no template copied); people, companies and addresses are
made up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written
before the parser was run on any message of the batch. Held-out families drawn by
`random.Random("looks59 coin").sample(sorted(FAMILIES), 2)` before anything was written:
pollworker59, wedding59. Deterministic; the script deletes or writes only files of its own
families.
"""

from __future__ import annotations

import html
import importlib.util
import random
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


pp = _load("build_parse_pos", "build_parse-pos.py")
cn = _load("build_calneg50", "build_calneg50.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
OURS = "hand-written, no template; client forward and reply shapes recalled"
LIC = "text ours"

FAMILIES = {
    "donor59": "Blood, plasma and stem-cell donation appointments with their health-screening "
    "interview ('a short confidential health screening interview', 'ärztliches "
    "Gespräch', 'entretien pré-don', 'keuringsgesprek', 'colloquio con il medico', "
    "'hälsosamtal', 'entrevista médica previa'), one as a calendar REQUEST; controls: the "
    "reader's own job interview at a blood service (donor carer, nurse, donor assistant).",
    "census59": "Statistical household surveys whose interviewer calls or visits at a fixed "
    "time and asks about work and job search (Labour Force Survey, Mikrozensus, Enquête "
    "Emploi, Enquête Beroepsbevolking, Forze di lavoro, EPA, BAEL, 労働力調査), one as a "
    "calendar PUBLISH; controls: the reader's own job interview for a paid field or "
    "telephone interviewer post.",
    "witness59": "Witness and claim interviews: a police witness statement, a 'Vorladung zur "
    "Zeugenvernehmung', an 'audition en qualité de témoin', a court summons as a witness, an "
    "insurer's recorded statement, loss adjusters' and 'schade-expert' visits, 'eksper "
    "randevusu', one as a calendar REQUEST; controls: the reader's own job interview as a "
    "claims adjuster, claims handler or police staff.",
    "wedding59": "Talks and appointments before the reader's wedding: registry-office "
    "notices where each partner is interviewed, church preparation talks, wedding "
    "suppliers' consultations and tastings, one as a calendar item; controls: the reader's "
    "own job interview as a registrar, a wedding planner or civil-status clerk (held out).",
    "videoid59": "Banks' and fintechs' video-identification and KYC calls ('VideoIdent', "
    "'KYC video interview', 'entretien vidéo de vérification', '영상통화 본인확인', "
    "'视频面签', 'ビデオ通話による本人確認'), one as a calendar REQUEST; controls: the reader's "
    "own video job interview as a KYC or compliance analyst, asked to have ID ready.",
    "pollworker59": "Election poll-worker training, briefings and polling-station shifts "
    "('Wahlhelfer-Schulung', 'assesseur', 'stembureaulid', 'röstmottagare', 'miembro de mesa', "
    "'scrutatore'), one as a calendar item; controls: the reader's own job interview for a "
    "paid post at an elections office (held out).",
    "labourcourt59": "The reader's own employment dispute after a dismissal: labour-court "
    "conciliation hearings ('Gütetermin', 'bureau de conciliation', 'acto de conciliación', "
    "'mondelinge behandeling', 'rozprawa przed sądem pracy'), an early-conciliation call, a "
    "tribunal's preliminary hearing, a union lawyer's meeting as a calendar REQUEST; "
    "controls: the reader's own job interview as an employment paralegal, a union legal "
    "adviser or a conciliation officer.",
    "placement59": "Language-school placement interviews and integration-course intakes "
    "('Einstufungstest und Beratungsgespräch', 'speaking interview with a teacher', 'test de "
    "positionnement et entretien oral', 'intakegesprek inburgering', 'inskrivningssamtal', "
    "'レベルチェック面談'), one as a calendar REQUEST; controls: the reader's own job interview "
    "as a language teacher, with a demo lesson.",
}
HELD = frozenset(random.Random("looks59 coin").sample(sorted(FAMILIES), 2))
assert frozenset({"wedding59", "pollworker59"}) == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

ZONE = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "pt-BR": "America/Sao_Paulo",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "zh": "Asia/Shanghai",
    "tr": "Europe/Istanbul",
}
# Monday 8 March 2027, 09:15 local: when the text mails are sent; forwarded originals are of
# Friday 5 March. US clocks change on 14 March, Europe's on 28 March (after every slot).
SENT = (2027, 3, 8, 9, 15)
Slot = tuple[int, int, int, int, int]
T9: Slot = (2027, 3, 9, 14, 0)
W10: Slot = (2027, 3, 10, 10, 0)
H11: Slot = (2027, 3, 11, 15, 30)
F12: Slot = (2027, 3, 12, 11, 0)
S13: Slot = (2027, 3, 13, 9, 0)
M15: Slot = (2027, 3, 15, 9, 0)
T16: Slot = (2027, 3, 16, 10, 30)
W17: Slot = (2027, 3, 17, 14, 0)
H18: Slot = (2027, 3, 18, 15, 0)
for _slot, _day in [
    (SENT, "Mon"),
    ((2027, 3, 5, 0, 0), "Fri"),
    ((2027, 3, 14, 0, 0), "Sun"),
    (T9, "Tue"),
    (W10, "Wed"),
    (H11, "Thu"),
    (F12, "Fri"),
    (S13, "Sat"),
    (M15, "Mon"),
    (T16, "Tue"),
    (W17, "Wed"),
    (H18, "Thu"),
]:
    assert datetime(*_slot).strftime("%a") == _day, _slot


def html_of(text: str) -> str:
    paras = "".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>\n"
        for p in text.split("\n\n")
    )
    return (
        '<html><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n{paras}</body></html>'
    )


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
    """One mail. With `slot` the reader's own job interview at that wall time (no zone
    stated), labelled an invitation (with its end when the text gives a length); without it a
    look-alike, labelled not_invitation. `shape`: text, html (HTML only) or alt (both).
    `fwd`: the reader forwards the mail to Afterview; the body holds the client's header block
    and the value is the forwarded mail's From address. `reply`: the mail answers an earlier
    one (In-Reply-To), its quote written in the body."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    key = f"looks59 {fam} {lang} {name}"
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
    kind: str,
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
    """One calendar mail (REQUEST with the reader as a required ATTENDEE beside `others`, or a
    PUBLISH without attendees); the label follows from the datetimes (a look-alike carries no
    slot)."""
    zone = ZONE[lang]
    start = datetime(*slot, tzinfo=ZoneInfo(zone))
    end = start + timedelta(minutes=minutes)
    sent = start - timedelta(days=6, hours=2, minutes=17)
    uid = cn.uid_for(fam, name, "uuid", org[1].split("@")[-1])
    people = [cn.me(), *(cn.att(n, m) for n, m in others)] if method == "REQUEST" else []
    ev = cn.vevent(uid, sent, start, end, summary, org, people, desc="", loc=loc)
    ics = cn.vcal(cn.PROD.get(prod, prod), method, [*cn.vtz(zone, start.year), *ev])
    c = cn.C(
        fam, name, lang, kind, org, subject, body, ics, sent, start, end, zone=zone,
        mode="alt", note=note,
    )  # fmt: skip
    if kind != "not_invitation":
        c.uid, c.seq, c.method = uid, 0, method
    c.ct_method = method
    cn.check(c)
    raw = cn.render(c).replace(b"@calneg50.example>", b"@looks59.example>")
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, cn.label(c), lang, note, OURS, LIC))


GMAIL_EN = "---------- Forwarded message ---------\nFrom: {who}\nDate: Fri, Mar 5, 2027 at 4:12 PM\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
GMAIL_ES = "---------- Forwarded message ---------\nDe: {who}\nDate: vie, 5 mar 2027 a las 16:12\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
GMAIL_IT = "---------- Forwarded message ---------\nDa: {who}\nDate: ven 5 mar 2027 alle ore 16:12\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
GMAIL_NL = "---------- Doorgestuurd bericht ---------\nVan: {who}\nDate: vr 5 mrt 2027 om 16:12\nSubject: {subj}\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
OUTLOOK_EN = "________________________________\nFrom: {who}\nSent: Friday, March 5, 2027 4:12 PM\nTo: Alex Morgan <alex.morgan@mailbox.example>\nSubject: {subj}\n\n"
OUTLOOK_FR = "________________________________\nDe : {who}\nEnvoyé : vendredi 5 mars 2027 16:12\nÀ : Alex Morgan <alex.morgan@mailbox.example>\nObjet : {subj}\n\n"
OUTLOOK_NL = "________________________________\nVan: {who}\nVerzonden: vrijdag 5 maart 2027 16:12\nAan: Alex Morgan <alex.morgan@mailbox.example>\nOnderwerp: {subj}\n\n"
APPLE_FR = "Début du message réexpédié :\n\nDe: {who}\nObjet: {subj}\nDate: 5 mars 2027 à 16:12:08 UTC+1\nÀ: Alex Morgan <alex.morgan@mailbox.example>\n\n"


def fwd_body(note: str, header: str, sender: tuple[str, str], subj: str, body: str) -> str:
    return note + "\n\n" + header.format(who=f"{sender[0]} <{sender[1]}>", subj=subj) + body


# --- donor59 ------------------------------------------------------------------------------------
def donor() -> None:
    f = "donor59"
    neg = "A donation appointment with a health-screening interview before it: not a job interview."
    ctl = (
        "The reader's own job interview at a blood service, worded like the donor mails (control)."
    )
    add(
        f, "en-GB", "donation_confirmed", ("Give Blood North", "appointments@givebloodnorth.example.org.uk"),
        "Your donation appointment is confirmed",
        "Hi Alex,\n\nThank you for booking to give blood. Here are your appointment details:\n\nDate: Thursday 11 March 2027\nTime: 15:30\nVenue: Leeds Donor Centre, 12 Park Row, Leeds LS1 5HD\n\nWhen you arrive you'll have a short, confidential health screening interview with one of our nurses, who will also do a finger-prick test. The whole visit takes about an hour.\n\nPlease drink plenty of water and eat a meal before you come.\n\nNeed to change your appointment? Reply to this email or call 0300 555 0199.\n\nThank you for saving lives,\nGive Blood North",
        neg,
    )  # fmt: skip
    add(
        f, "de", "blutspende_termin", ("Blutspendedienst Nordwest", "termine@blutspende-nordwest.example.de"),
        "Terminbestätigung: Ihre Blutspende am 12.03.2027",
        "Liebe/r Alex Morgan,\n\nvielen Dank für Ihre Terminreservierung!\n\nTermin: Freitag, 12.03.2027, 11:00 Uhr\nOrt: Blutspendezentrum Bremen, Am Wall 140\n\nVor der Spende führt eine Ärztin mit Ihnen ein kurzes vertrauliches Gespräch (Anamnese) und misst Blutdruck und Hämoglobin. Bitte bringen Sie Ihren Personalausweis und Ihren Spenderpass mit.\n\nSie können nicht? Bitte sagen Sie den Termin online ab, damit ein anderer Spender ihn nutzen kann.\n\nIhr Team vom Blutspendedienst Nordwest",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "don_plasma", ("Collecte Plasma Rhône", "rdv@plasma-rhone.example.fr"),
        "Rappel : votre rendez-vous pour un don de plasma",
        "Bonjour Alex,\n\nNous vous rappelons votre rendez-vous pour un don de plasma :\n\nmardi 16 mars 2027 à 10h30\nMaison du don, 111 rue Garibaldi, 69003 Lyon\n\nVotre don commence par un entretien pré-don confidentiel avec un médecin, qui vérifie que vous pouvez donner en toute sécurité. Comptez 1h30 au total.\n\nPensez à bien vous hydrater et à ne pas venir à jeun.\n\nMerci pour votre générosité,\nL'équipe Collecte Plasma Rhône",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "keuringsgesprek_nieuwe_donor", ("Bloedbank Midden", "donorzaken@bloedbank-midden.example.nl"),
        "Uitnodiging: keuringsgesprek nieuwe donor",
        "Beste Alex,\n\nBedankt voor je aanmelding als bloeddonor! Voordat je kunt doneren, nodigen we je uit voor een keuringsgesprek met een donorarts.\n\nDatum: woensdag 10 maart 2027\nTijd: 10.00 uur\nLocatie: Donorcentrum Utrecht, Vredenburg 40\n\nTijdens het gesprek nemen we een vragenlijst met je door en nemen we bloed af voor onderzoek. Neem een geldig identiteitsbewijs mee.\n\nKun je niet? Wijzig je afspraak via de Donor-app.\n\nMet vriendelijke groet,\nTeam Donorzaken",
        neg,
    )  # fmt: skip
    add(
        f, "en-US", "stem_cell_match", ("MatchLife Registry", "donor.services@matchlife.example.org"),
        "You may be a match - next steps",
        "Hi Alex,\n\nGreat news: you have been identified as a possible stem cell match for a patient in need.\n\nYour donor coordinator, Tanya Brooks, will call you on Tuesday, March 9 at 2:00 PM for a health history interview (about 30 minutes). She'll go through your medical history, answer your questions and explain the next steps, including a blood sample at a clinic near you.\n\nIf that time doesn't work, just reply to this message and we'll find another one.\n\nThank you for being on the registry,\nMatchLife Donor Services",
        neg, shape="html",
    )  # fmt: skip
    sender = ("Banco de Sangre de Madrid", "citas@bancosangre-madrid.example.es")
    add(
        f, "es", "fwd_gmail_cita_donacion", sender,
        "Fwd: Confirmación de tu cita para donar sangre",
        fwd_body(
            "Apúntalo en el calendario, que se me olvida.", GMAIL_ES, sender, "Confirmación de tu cita para donar sangre",
            "Hola, Alex:\n\nTu cita para donar sangre está confirmada:\n\njueves, 11 de marzo de 2027, 15:30\nPunto de donación Sol, calle Mayor 14, Madrid\n\nAntes de la donación tendrás una breve entrevista médica previa y una prueba de hemoglobina.\n\n¡Gracias por donar!\nBanco de Sangre de Madrid",
        ),
        "The reader forwards a blood-donation appointment with a medical interview before it: not a job interview.",
        fwd="citas@bancosangre-madrid.example.es",
    )  # fmt: skip
    add(
        f, "it", "avis_prenotazione", ("AVIS Comunale Bergamo", "prenotazioni@avis-bergamo.example.it"),
        "Prenotazione donazione confermata",
        "Ciao Alex,\n\nla tua donazione di sangue intero è prenotata per sabato 13 marzo 2027 alle ore 9:00, presso la sede AVIS di via Leonardo da Vinci 4, Bergamo.\n\nPrima della donazione farai un breve colloquio con il medico selezionatore e la misura dell'emoglobina. Porta un documento d'identità e la tessera sanitaria.\n\nGrazie!\nAVIS Comunale Bergamo",
        neg,
    )  # fmt: skip
    add(
        f, "sv", "reply_ombokad_halsosamtal", ("Blodcentralen Uppsala", "blodcentralen@region-uppsala.example.se"),
        "SV: Ändra tid för hälsosamtal",
        "Hej Alex!\n\nInga problem, vi har bokat om dig. Din nya tid för hälsosamtal och provtagning som ny blodgivare är måndag 15 mars kl. 9.00 på Blodcentralen, Akademiska sjukhuset, ingång 61.\n\nVälkommen!\nHälsningar\nEmma på Blodcentralen\n\nDen 5 mars 2027 16:12 skrev Alex Morgan <alex.morgan@mailbox.example>:\n> Hej, jag kan tyvärr inte komma på onsdag. Går det att boka en annan tid? /Alex",
        "A blood service moves the reader's new-donor health talk (hälsosamtal): not a job interview.",
        reply=True,
    )  # fmt: skip
    cal(
        f, "en-US", "google_plasma_screening", "not_invitation", "google", "New donor screening - Plasma Center", W17, 90,
        ("Vitalis Plasma Center", "schedule@vitalisplasma.example.com"), "Invitation: New donor screening - Plasma Center @ Wed Mar 17, 2027 2pm - 3:30pm (EDT)",
        "Hi Alex,\n\nYour first visit includes a brief physical exam and a screening interview about your health history. Please bring a photo ID and proof of address.\n\nVitalis Plasma Center",
        [], "A plasma centre's calendar REQUEST for a new-donor screening: not a job interview.", loc="Vitalis Plasma Center, 455 Broad St, Newark",
    )  # fmt: skip
    add(
        f, "en-GB", "control_donor_carer", ("Give Blood North Recruitment", "recruitment@givebloodnorth.example.org.uk"),
        "Interview invitation: Donor Carer (Band 3)",
        "Hi Alex,\n\nThank you for applying for the Donor Carer (Band 3) post at Leeds Donor Centre. We'd like to invite you to interview:\n\nDate: Thursday 18 March 2027\nTime: 15:00\nVenue: Leeds Donor Centre, 12 Park Row, Leeds LS1 5HD\n\nThe interview is with the Session Nurse Manager and a donor carer from the team, and lasts 45 minutes. Please bring photo ID and your right-to-work documents.\n\nKind regards,\nGive Blood North Recruitment",
        ctl, slot=H18, minutes=45,
    )  # fmt: skip
    add(
        f, "de", "control_mfa_blutspende", ("Blutspendedienst Nordwest", "bewerbung@blutspende-nordwest.example.de"),
        "Einladung zum Vorstellungsgespräch – MFA im Blutspendezentrum",
        "Liebe/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Medizinische/r Fachangestellte/r in unserem Blutspendezentrum Bremen. Gern laden wir Sie zu einem Vorstellungsgespräch ein:\n\nDienstag, 16.03.2027, 10:30 Uhr\nBlutspendezentrum Bremen, Am Wall 140, 2. OG\n\nIhre Gesprächspartner sind Dr. Heike Brandt (ärztliche Leitung) und Jan Köster (Teamleitung Spende).\n\nMit freundlichen Grüßen\nPersonalabteilung Blutspendedienst Nordwest",
        ctl, slot=T16, shape="alt",
    )  # fmt: skip
    sender = ("Marieke Jansen", "m.jansen@bloedbank-midden.example.nl")
    add(
        f, "nl", "control_fwd_outlook_donorassistent", ME,
        "FW: Uitnodiging sollicitatiegesprek donorassistent",
        fwd_body(
            "Sollicitatie bloedbank, zie hieronder.", OUTLOOK_NL, sender, "Uitnodiging sollicitatiegesprek donorassistent",
            "Beste Alex,\n\nNaar aanleiding van je sollicitatie als donorassistent nodigen we je graag uit voor een sollicitatiegesprek op woensdag 17 maart 2027 om 14.00 uur in Donorcentrum Utrecht, Vredenburg 40.\n\nJe spreekt met mij en met de teamleider afname.\n\nMet vriendelijke groet,\nMarieke Jansen\nHR-adviseur Bloedbank Midden",
        ),
        ctl, slot=W17, fwd="m.jansen@bloedbank-midden.example.nl",
    )  # fmt: skip
    add(
        f, "fr", "control_reply_infirmier_collecte", ("Claire Dubois", "c.dubois@plasma-rhone.example.fr"),
        "RE: Candidature infirmier(ère) de collecte",
        "Bonjour Alex,\n\nMerci pour votre retour. Je vous confirme donc votre entretien d'embauche pour le poste d'infirmier(ère) de collecte le jeudi 11 mars à 15h30, à la Maison du don, 111 rue Garibaldi, Lyon.\n\nÀ jeudi,\nClaire Dubois\nChargée de recrutement, Collecte Plasma Rhône\n\nLe ven. 5 mars 2027 à 16:12, Alex Morgan <alex.morgan@mailbox.example> a écrit :\n> Bonjour Madame Dubois, jeudi après-midi me convient parfaitement. Bien à vous, Alex Morgan",
        ctl, slot=H11, reply=True,
    )  # fmt: skip


# --- census59 -----------------------------------------------------------------------------------
def census() -> None:
    f = "census59"
    neg = "A statistical household survey's interview about work and job search at a fixed time: not a job interview."
    ctl = "The reader's own job interview for a paid survey-interviewer post (control)."
    add(
        f, "en-GB", "lfs_interviewer_call", ("Office for Household Statistics", "lfs@householdstats.example.gov.uk"),
        "Labour Force Survey: your next interview",
        "Dear Alex Morgan,\n\nThank you for taking part in the Labour Force Survey. Your household is in the survey for five quarters, and your next interview is due.\n\nYour interviewer, Paul Hendry, will telephone you on Tuesday 9 March at 2pm. The interview takes around 20 minutes and includes questions about your work, any job search and training.\n\nIf this time is not convenient, please call us free on 0800 555 0123 quoting reference LFS-44817.\n\nYours sincerely,\nSurvey Operations",
        neg,
    )  # fmt: skip
    add(
        f, "de", "mikrozensus_ankuendigung", ("Statistisches Landesamt Nord", "mikrozensus@statistik-nord.example.de"),
        "Mikrozensus 2027: Ankündigung Ihres Interviews",
        "Sehr geehrte/r Alex Morgan,\n\nIhr Haushalt wurde für den Mikrozensus 2027 ausgewählt. Unsere Erhebungsbeauftragte, Frau Petra Ahrens, wird Sie am\n\nMittwoch, 10.03.2027, um 10:00 Uhr\n\nzu Hause aufsuchen, um das Interview mit Ihnen zu führen. Gefragt wird u. a. nach Erwerbstätigkeit, Arbeitsuche und Ausbildung. Frau Ahrens kann sich mit einem Ausweis des Landesamts ausweisen.\n\nPasst Ihnen der Termin nicht, können Sie den Fragebogen auch online ausfüllen (Zugangskennung im beiliegenden Schreiben).\n\nMit freundlichen Grüßen\nStatistisches Landesamt Nord, Referat Mikrozensus",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "enquete_emploi_visite", ("Institut régional de la statistique", "enquete.emploi@stat-region.example.fr"),
        "Enquête Emploi : passage de votre enquêtrice",
        "Madame, Monsieur,\n\nVotre logement a été tiré au sort pour l'enquête Emploi. Votre enquêtrice, Mme Nadia Belkacem, passera vous voir le jeudi 11 mars 2027 à 15h30 pour réaliser l'entretien.\n\nL'entretien dure environ 20 minutes. Il porte sur votre situation vis-à-vis de l'emploi : activité, recherche d'emploi, formation. Vos réponses sont confidentielles et servent uniquement à établir des statistiques.\n\nSi ce créneau ne vous convient pas, vous pouvez le modifier en répondant à ce message.\n\nNous vous remercions de votre participation.\nLe service des enquêtes",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "ebb_telefonisch", ("Centraal Bureau voor Statistiek (onderzoek)", "ebb@statistiek-onderzoek.example.nl"),
        "Afspraak telefonisch interview Enquête Beroepsbevolking",
        "Beste heer/mevrouw Morgan,\n\nHartelijk dank dat u meedoet aan de Enquête Beroepsbevolking. Zoals afgesproken belt onze interviewer u op vrijdag 12 maart 2027 om 11.00 uur voor het vervolginterview.\n\nHet gesprek duurt ongeveer 15 minuten en gaat over werk, het zoeken naar werk en opleiding.\n\nMet vriendelijke groet,\nTeam Enquête Beroepsbevolking",
        neg,
    )  # fmt: skip
    sender = ("Indagine Forze di lavoro", "forzelavoro@istituto-statistica.example.it")
    add(
        f, "it", "fwd_gmail_forze_lavoro", sender,
        "Fwd: Appuntamento per l'intervista – Indagine sulle forze di lavoro",
        fwd_body(
            "Questa è quella dell'istituto di statistica, non un colloquio :)", GMAIL_IT, sender, "Appuntamento per l'intervista – Indagine sulle forze di lavoro",
            "Gentile Alex Morgan,\n\nla Sua famiglia fa parte del campione dell'Indagine sulle forze di lavoro. Come concordato, l'intervistatrice Francesca Rota La contatterà lunedì 15 marzo 2027 alle 9:00 per l'intervista telefonica.\n\nLe domande riguardano la condizione lavorativa, la ricerca di lavoro e la formazione.\n\nCordiali saluti,\nUfficio indagini sulle famiglie",
        ),
        "The reader forwards a labour-force survey's phone interview, saying it is no job interview: not an invitation.",
        fwd="forzelavoro@istituto-statistica.example.it",
    )  # fmt: skip
    add(
        f, "es", "epa_entrevista_telefonica", ("Encuesta de Población Activa", "epa@estadistica-encuestas.example.es"),
        "EPA: cita para su entrevista telefónica",
        "Estimado/a Alex Morgan:\n\nLe recordamos que su vivienda participa en la Encuesta de Población Activa (EPA). Su entrevistador le llamará el martes 16 de marzo de 2027 a las 10:30 para realizar la entrevista de este trimestre.\n\nLa entrevista dura unos 15 minutos y trata sobre su situación laboral y la búsqueda de empleo.\n\nLe agradecemos su colaboración.\nUnidad de Encuestas de Hogares",
        neg,
    )  # fmt: skip
    add(
        f, "pl", "bael_wywiad", ("Badanie Aktywności Ekonomicznej Ludności", "bael@urzad-statystyczny.example.pl"),
        "BAEL: termin wywiadu",
        "Szanowny Panie / Szanowna Pani,\n\nuprzejmie informujemy, że ankieter statystyczny, Pani Agnieszka Wójcik, przeprowadzi z Państwem wywiad w ramach Badania Aktywności Ekonomicznej Ludności w środę 17 marca 2027 r. o godz. 14:00.\n\nPytania dotyczą pracy, poszukiwania pracy i kształcenia. Udział w badaniu jest dobrowolny, a dane są chronione tajemnicą statystyczną.\n\nZ poważaniem\nUrząd Statystyczny",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "ja", "roudouryoku_chousa", ("労働力調査 事務局", "chousa@tokei-chousa.example.jp"),
        "【労働力調査】調査員訪問のお知らせ",
        "Alex Morgan 様\n\nいつも労働力調査にご協力いただきありがとうございます。\n\n担当調査員が下記の日時に調査票の回収に伺います。\n\n日時：3月18日(木) 15時\n担当：調査員 田中 恵子\n\n就業状態や求職活動についての質問があります。ご不在の場合はオンライン回答もご利用いただけます。\n\n労働力調査 事務局",
        neg,
    )  # fmt: skip
    cal(
        f, "en-US", "publish_household_study", "not_invitation", "outlookmac", "Household study interview (Wave 3)", S13, 45,
        ("Brightline Survey Research", "panel@brightline-research.example.com"), "Household study interview (Wave 3) - Saturday, March 13",
        "Hi Alex,\n\nThanks for staying in our employment and income study. Here is your Wave 3 interview time; an interviewer will call you at the number on file. Questions cover your work, hours and job search since the last wave. You'll receive a $40 gift card.\n\nBrightline Survey Research",
        [], "A survey panel's calendar PUBLISH for a wave interview about work: not a job interview.", method="PUBLISH",
    )  # fmt: skip
    add(
        f, "en-GB", "control_field_interviewer", ("Northgate Social Research", "jobs@northgate-research.example.co.uk"),
        "Interview: Field Interviewer (Labour Force Survey team)",
        "Dear Alex,\n\nThank you for applying to be a Field Interviewer on our Labour Force Survey team. We'd like to invite you to an interview on Thursday 18 March at 3pm at our Leeds office, 4 Wellington Place.\n\nPart of the interview is a short role-play in which you carry out a survey interview with one of our supervisors.\n\nBest wishes,\nNorthgate Social Research Recruitment",
        ctl, slot=H18,
    )  # fmt: skip
    add(
        f, "de", "control_erhebungsbeauftragte", ("Statistisches Landesamt Nord", "personal@statistik-nord.example.de"),
        "Einladung zum Vorstellungsgespräch – Erhebungsbeauftragte/r Mikrozensus",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Erhebungsbeauftragte/r für den Mikrozensus (Teilzeit, unbefristet). Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:\n\nMittwoch, 17.03.2027, 14:00 Uhr\nStatistisches Landesamt Nord, Steckelhörn 12, Raum 3.07\n\nMit freundlichen Grüßen\nPersonalreferat",
        ctl, slot=W17,
    )  # fmt: skip
    sender = ("Sylvie Marchand", "s.marchand@stat-region.example.fr")
    add(
        f, "fr", "control_fwd_apple_enqueteur", ME,
        "Fwd: Entretien – poste d'enquêteur/enquêtrice",
        fwd_body(
            "Entretien pour le CDD d'enquêteur, mardi !", APPLE_FR, sender, "Entretien – poste d'enquêteur/enquêtrice",
            "Bonjour Alex,\n\nSuite à votre candidature au poste d'enquêteur/enquêtrice pour l'enquête Emploi (CDD de 12 mois), nous vous proposons un entretien d'embauche le mardi 16 mars 2027 à 10h30, dans nos locaux du 5 rue Stella, Lyon.\n\nCordialement,\nSylvie Marchand\nService des ressources humaines",
        ),
        ctl, slot=T16, fwd="s.marchand@stat-region.example.fr",
    )  # fmt: skip
    cal(
        f, "es", "outlook_entrevista_encuestador", "invitation", "exchange", "Entrevista de trabajo: Entrevistador/a telefónico/a (EPA)", F12, 45,
        ("Selección Demoscopia Centro", "seleccion@demoscopia-centro.example.es"), "Entrevista de trabajo: Entrevistador/a telefónico/a",
        "Hola, Alex:\n\nTe enviamos la convocatoria para la entrevista de trabajo para el puesto de entrevistador/a telefónico/a en nuestro equipo de encuestas a hogares. Acepta la invitación para confirmar.\n\nSelección · Demoscopia Centro",
        [("Pilar Navarro", "pilar.navarro@demoscopia-centro.example.es")],
        "The reader's own job interview for a telephone-interviewer post as a calendar REQUEST (control).", loc="Calle Princesa 31, 3.º, Madrid",
    )  # fmt: skip


# --- witness59 ----------------------------------------------------------------------------------
def witness() -> None:
    f = "witness59"
    neg = "A witness or claim interview at a fixed time: no one is hiring the reader."
    ctl = "The reader's own job interview at an insurer or the police, worded like the claim mails (control)."
    add(
        f, "en-GB", "police_witness_statement", ("West Yorkshire Police (Witness Care)", "witnesscare@police-wy.example.gov.uk"),
        "Witness statement appointment - ref 13/22871/27",
        "Dear Mr Morgan,\n\nThank you for coming forward about the collision on Otley Road on 27 February.\n\nPC Sarah Whitaker would like to take your witness statement. Your appointment is on Tuesday 9 March at 14:00 at Weetwood Police Station, 2 Weetwood Lane. The officer will interview you about what you saw; please allow about an hour.\n\nIf you cannot attend, please call 101 quoting the reference above.\n\nWitness Care Unit",
        neg,
    )  # fmt: skip
    add(
        f, "de", "vorladung_zeuge", ("Polizeiinspektion Hannover-Mitte", "pi-mitte@polizei-hannover.example.de"),
        "Vorladung zur Zeugenvernehmung – Az. 2027/0418",
        "Sehr geehrte/r Alex Morgan,\n\nin dem oben genannten Ermittlungsverfahren werden Sie als Zeuge/Zeugin benötigt. Wir bitten Sie, zur Vernehmung zu erscheinen:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nPolizeiinspektion Hannover-Mitte, Herschelstraße 23, Zimmer 214, KHK Brandes\n\nBitte bringen Sie Ihren Personalausweis und diese Vorladung mit. Sollten Sie verhindert sein, melden Sie sich bitte vorab telefonisch.\n\nMit freundlichen Grüßen\nKriminalhauptkommissar Brandes",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "convocation_audition_temoin", ("Commissariat de Lyon 3e", "commissariat-lyon3@police.example.fr"),
        "Convocation – audition en qualité de témoin",
        "Monsieur, Madame,\n\nVous êtes prié(e) de vous présenter le jeudi 11 mars 2027 à 15h30 au commissariat de police du 3e arrondissement, 40 rue Marius Berliet, Lyon, afin d'être entendu(e) en qualité de témoin dans le cadre d'une enquête en cours.\n\nMunissez-vous d'une pièce d'identité et de la présente convocation.\n\nLe brigadier-chef Laurent Morel",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "en-US", "recorded_statement", ("Harborline Insurance Claims", "claims@harborline-ins.example.com"),
        "Claim #HL-2027-55190: recorded statement scheduled",
        "Hi Alex,\n\nThanks for reporting the water damage at 28 Elm Street. To move your claim forward, our adjuster, Mike Delgado, will take a recorded statement from you by phone on Friday, March 12 at 11:00 AM.\n\nHe'll interview you about when the leak started, what was damaged and any repairs so far. It usually takes 20-30 minutes. Please have your policy number and photos handy.\n\nHarborline Insurance - Property Claims",
        neg,
    )  # fmt: skip
    sender = ("Schadebureau Delta", "planning@schadebureau-delta.example.nl")
    add(
        f, "nl", "fwd_gmail_schade_expert", sender,
        "Fwd: Afspraak schade-expert",
        fwd_body(
            "Ter info: de expert komt maandag voor de lekkage.", GMAIL_NL, sender, "Afspraak schade-expert",
            "Geachte heer/mevrouw Morgan,\n\nIn opdracht van uw verzekeraar komt onze schade-expert, de heer R. Smit, op maandag 15 maart 2027 om 9.00 uur bij u langs om de waterschade op te nemen. Hij zal u vragen naar de toedracht en de beschadigde spullen bekijken.\n\nMet vriendelijke groet,\nSchadebureau Delta",
        ),
        "The reader forwards a loss adjuster's visit about a claim: not a job interview.",
        fwd="planning@schadebureau-delta.example.nl",
    )  # fmt: skip
    add(
        f, "es", "citacion_testigo", ("Juzgado de Primera Instancia n.º 4", "notificaciones@juzgado4-madrid.example.es"),
        "Citación como testigo – Juicio verbal 311/2026",
        "Por la presente se le cita, en calidad de testigo, para que comparezca ante este Juzgado el martes 16 de marzo de 2027 a las 10:30, en la calle Capitán Haya 66, planta 3.ª, sala 12, a fin de prestar declaración en el juicio verbal 311/2026.\n\nDeberá acudir provisto de DNI o documento equivalente.\n\nLa letrada de la Administración de Justicia",
        neg,
    )  # fmt: skip
    add(
        f, "pt-BR", "reply_advogada_depoimento", ("Dra. Luciana Prado", "luciana@pradoadvocacia.example.com.br"),
        "Re: Depoimento como testemunha",
        "Oi, Alex,\n\nSim, está confirmado: o seu depoimento como testemunha no processo do seu vizinho é na quinta-feira, 18/03, às 15h, no Fórum João Mendes, sala 1204. Chegue uns 20 minutos antes; vou te encontrar na entrada e a gente repassa as perguntas.\n\nAbraço,\nLuciana Prado\nPrado Advocacia\n\nEm sex., 5 de mar. de 2027 às 16:12, Alex Morgan <alex.morgan@mailbox.example> escreveu:\n> Dra. Luciana, só confirmando o dia da audiência. Obrigado!",
        "A lawyer confirms the reader's hearing as a witness in a neighbour's case: not a job interview.",
        reply=True,
    )  # fmt: skip
    add(
        f, "tr", "eksper_randevusu", ("Kalkan Sigorta Hasar", "hasar@kalkansigorta.example.com.tr"),
        "Hasar dosyanız: eksper randevusu",
        "Sayın Alex Morgan,\n\n2027/88412 numaralı kasko hasar dosyanız için eksperimiz Murat Aydın, 13 Mart 2027 Cumartesi saat 09:00'da aracınızı Kartal'daki anlaşmalı serviste inceleyecek ve kaza hakkında sizinle kısa bir görüşme yapacaktır.\n\nLütfen ruhsat ve ehliyetinizi yanınızda bulundurunuz.\n\nKalkan Sigorta Hasar Birimi",
        neg,
    )  # fmt: skip
    cal(
        f, "en-GB", "outlook_loss_adjuster", "not_invitation", "exchange", "Loss adjuster visit - claim FH-77310", W17, 60,
        ("Fairhaven Loss Adjusting", "visits@fairhaven-adjusting.example.co.uk"), "Loss adjuster visit - claim FH-77310",
        "Dear Alex,\n\nPlease accept this appointment for our adjuster's visit about your escape-of-water claim. Jenny Clarke will inspect the damage and ask you a few questions about what happened.\n\nFairhaven Loss Adjusting",
        [("Jenny Clarke", "jenny.clarke@fairhaven-adjusting.example.co.uk")],
        "A loss adjuster's calendar REQUEST for a claim visit: not a job interview.", loc="14 Cardigan Road, Leeds LS6 3AG",
    )  # fmt: skip
    add(
        f, "en-US", "control_claims_adjuster", ("Harborline Insurance Talent", "talent@harborline-ins.example.com"),
        "Phone interview: Property Claims Adjuster",
        "Hi Alex,\n\nThanks for applying for the Property Claims Adjuster role. Mike Delgado, our claims manager, will interview you by phone on Friday, March 12 at 11:00 AM (30 minutes).\n\nHe'll ask about how you handle customers after a loss and how you document a claim. Please make sure we have the right number for you.\n\nHarborline Insurance - Talent Acquisition",
        ctl, slot=F12, minutes=30,
    )  # fmt: skip
    add(
        f, "de", "control_polizeiverwaltung", ("Polizeidirektion Hannover – Personal", "bewerbung@polizei-hannover.example.de"),
        "Einladung zum Vorstellungsgespräch – Sachbearbeitung (Tarifbeschäftigte)",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als Sachbearbeiter/in in der Verwaltung der Polizeidirektion (EG 9a). Wir laden Sie zu einem Vorstellungsgespräch ein:\n\nDonnerstag, 18.03.2027, 15:00 Uhr\nPolizeidirektion Hannover, Waterlooplatz 9, Raum 118\n\nBitte bringen Sie Ihren Personalausweis mit; die Wache am Eingang ist informiert.\n\nMit freundlichen Grüßen\nPersonalstelle",
        ctl, slot=H18, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "control_gestionnaire_sinistres", ("Mutuelle Rhodanienne – RH", "recrutement@mutuelle-rhodanienne.example.fr"),
        "Entretien – Gestionnaire sinistres H/F",
        "Bonjour Alex,\n\nVotre candidature au poste de gestionnaire sinistres a retenu notre attention. Nous vous proposons un entretien le mardi 16 mars 2027 à 10h30, dans nos locaux du 8 quai Perrache, Lyon.\n\nVous rencontrerez la responsable du service indemnisation.\n\nCordialement,\nL'équipe recrutement",
        ctl, slot=T16, shape="alt",
    )  # fmt: skip
    sender = ("Ruud Smit", "r.smit@schadebureau-delta.example.nl")
    add(
        f, "nl", "control_fwd_gmail_expert", ME,
        "Fwd: Sollicitatiegesprek schade-expert in opleiding",
        fwd_body(
            "Deze is wél voor een baan!", GMAIL_NL, sender, "Sollicitatiegesprek schade-expert in opleiding",
            "Beste Alex,\n\nLeuk dat je hebt gesolliciteerd als schade-expert in opleiding. We nodigen je uit voor een sollicitatiegesprek op maandag 15 maart 2027 om 9.00 uur op ons kantoor, Weena 70 in Rotterdam.\n\nGroet,\nRuud Smit\nSchadebureau Delta",
        ),
        ctl, slot=M15, fwd="r.smit@schadebureau-delta.example.nl",
    )  # fmt: skip


# --- wedding59 (held out) -----------------------------------------------------------------------
def wedding() -> None:
    f = "wedding59"
    neg = "An appointment before the reader's own wedding: no one is hiring the reader."
    ctl = "The reader's own job interview for a registry or wedding post (control)."
    add(
        f, "de", "standesamt_anmeldung", ("Standesamt Köln", "standesamt@stadt-koeln.example.de"),
        "Ihr Termin zur Anmeldung der Eheschließung",
        "Sehr geehrte/r Alex Morgan,\n\nhiermit bestätigen wir Ihren Termin zur Anmeldung der Eheschließung:\n\nDienstag, 09.03.2027, 14:00 Uhr\nStandesamt Köln, Rathaus, Zimmer 12\n\nBitte erscheinen Sie beide persönlich und bringen Sie Ihre Ausweise, beglaubigte Abschriften aus dem Geburtenregister und ggf. weitere Unterlagen mit. Im Gespräch klären wir alle Formalitäten.\n\nMit freundlichen Grüßen\nIhr Standesamt",
        neg,
    )  # fmt: skip
    add(
        f, "de", "traugespraech_pfarrbuero", ("Pfarrbüro St. Agnes", "pfarrbuero@st-agnes.example.de"),
        "Traugespräch",
        "Liebe/r Alex Morgan,\n\nwie telefonisch besprochen, lädt Pfarrer Hoffmann Sie beide zum Traugespräch ein: Mittwoch, 10. März, 10 Uhr, im Pfarrhaus, Neusser Str. 195.\n\nIm Gespräch geht es um Ihre Trauung, die Lesungen und die Musik. Bitte bringen Sie die Taufscheine mit.\n\nHerzliche Grüße\nPfarrbüro St. Agnes",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "audition_futurs_epoux", ("Mairie de Villeurbanne – État civil", "etat-civil@mairie-villeurbanne.example.fr"),
        "Dossier de mariage : audition des futurs époux",
        "Madame, Monsieur,\n\nDans le cadre de l'instruction de votre dossier de mariage, l'officier d'état civil vous reçoit pour l'audition des futurs époux le jeudi 11 mars 2027 à 15h30, Hôtel de Ville, place Lazare-Goujon, bureau 5.\n\nLes futurs époux seront entendus ensemble puis, le cas échéant, séparément. Merci de vous munir de vos pièces d'identité.\n\nLe service de l'état civil",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "en-GB", "notice_of_marriage", ("Leeds Register Office", "registrars@leeds-register.example.gov.uk"),
        "Booking confirmed: giving notice of marriage",
        "Dear Alex Morgan,\n\nYour appointment to give notice of marriage is booked:\n\nFriday 12 March 2027 at 11:00\nLeeds Register Office, Park Square East\n\nYou and your partner will each be interviewed separately by a registrar, so please allow an hour. Bring your passport, proof of address from the last three months and the fee of £42 each.\n\nLeeds Register Office",
        neg,
    )  # fmt: skip
    sender = ("Brooke Ellison Photography", "hello@brookeellison-photo.example.com")
    add(
        f, "en-US", "fwd_gmail_photographer", sender,
        "Fwd: Your consultation call is booked!",
        fwd_body(
            "Sam - here's the photographer call, can you join too?", GMAIL_EN, sender, "Your consultation call is booked!",
            "Hi Alex!\n\nSo excited to chat about your wedding! Our consultation call is booked for Monday, March 15 at 9:00 AM. I'll ask you both a few questions about your day, your style and the shots you love, and walk you through my packages.\n\nTalk soon,\nBrooke",
        ),
        "The reader forwards a wedding photographer's consultation call to their partner: not a job interview.",
        fwd="hello@brookeellison-photo.example.com",
    )  # fmt: skip
    add(
        f, "it", "colloquio_parroco", ("Parrocchia San Lorenzo", "segreteria@sanlorenzo-parrocchia.example.it"),
        "Colloquio prematrimoniale",
        "Cari Alex e Giulia,\n\nvi confermiamo il colloquio prematrimoniale con don Paolo martedì 16 marzo alle ore 10:30 in canonica, via Roma 2. Portate i certificati di battesimo e di cresima.\n\nUn caro saluto,\nSegreteria parrocchiale San Lorenzo",
        neg,
    )  # fmt: skip
    add(
        f, "es", "prueba_menu", ("Finca Los Olivos Eventos", "bodas@fincalosolivos.example.es"),
        "Vuestra prueba de menú",
        "¡Hola, Alex!\n\nOs confirmamos la prueba de menú para vuestra boda el miércoles 17 de marzo a las 14:00 en la finca. Podéis venir hasta cuatro personas. Después, nuestra wedding planner os hará unas preguntas para cerrar el timing del día.\n\nUn abrazo,\nEquipo de Finca Los Olivos",
        neg,
    )  # fmt: skip
    add(
        f, "pl", "reply_usc_termin", ("Urząd Stanu Cywilnego", "usc@um-krakow.example.pl"),
        "Re: Termin ślubu – zapewnienie",
        "Dzień dobry,\n\npotwierdzam termin złożenia zapewnienia o braku przeszkód do zawarcia małżeństwa: czwartek, 18 marca 2027 r., godz. 15:00, pokój 104. Prosimy o przybycie obojga narzeczonych z dowodami osobistymi.\n\nZ poważaniem\nKierownik USC\n\nW dniu 5.03.2027 o 16:12, Alex Morgan <alex.morgan@mailbox.example> pisze:\n> Dzień dobry, czy możemy przyjść w czwartek po południu? Pozdrawiam, Alex Morgan",
        "A registry office confirms the couple's pre-wedding declaration: not a job interview.",
        reply=True,
    )  # fmt: skip
    cal(
        f, "nl", "publish_proefdiner", "not_invitation", "nextcloud", "Proefdiner bruiloft Alex & Sam", S13, 120,
        ("Landgoed De Hoeve", "events@landgoeddehoeve.example.nl"), "Proefdiner bruiloft – zaterdag 13 maart",
        "Beste Alex,\n\nHierbij de afspraak voor jullie proefdiner. Na afloop neemt onze weddingplanner het draaiboek met jullie door.\n\nLandgoed De Hoeve",
        [], "A wedding venue's calendar PUBLISH for a tasting: not a job interview.", method="PUBLISH", loc="Landgoed De Hoeve, Hoeveweg 3, Zeist",
    )  # fmt: skip
    add(
        f, "en-GB", "control_registrar", ("Leeds City Council Recruitment", "recruitment@leeds-council.example.gov.uk"),
        "Interview invitation: Registrar (Births, Deaths and Marriages)",
        "Dear Alex,\n\nThank you for applying for the post of Registrar (Births, Deaths and Marriages). We are pleased to invite you to interview on Thursday 18 March 2027 at 15:00 at Leeds Register Office, Park Square East.\n\nThe panel will ask you to conduct a short mock notice-of-marriage interview as part of the assessment.\n\nKind regards,\nHR Recruitment Team",
        ctl, slot=H18,
    )  # fmt: skip
    add(
        f, "de", "control_hochzeitsplanerin", ("Rheinliebe Hochzeiten", "jobs@rheinliebe-hochzeiten.example.de"),
        "Vorstellungsgespräch Hochzeitsplaner:in",
        "Hallo Alex,\n\ndanke für deine Bewerbung als Hochzeitsplaner:in! Wir laden dich gern zum Vorstellungsgespräch ein: Mittwoch, 17.03., 14 Uhr, in unserem Studio, Aachener Str. 44, Köln.\n\nBring gern zwei, drei Beispiele von Events mit, die du organisiert hast.\n\nViele Grüße\nLena & Tom, Rheinliebe Hochzeiten",
        ctl, slot=W17, shape="alt",
    )  # fmt: skip
    add(
        f, "fr", "control_agent_etat_civil", ("Mairie de Villeurbanne – RH", "recrutement@mairie-villeurbanne.example.fr"),
        "Convocation à un entretien – Agent d'état civil",
        "Bonjour Alex,\n\nSuite à votre candidature au poste d'agent d'état civil (catégorie C), nous avons le plaisir de vous convier à un entretien de recrutement le mardi 16 mars 2027 à 10h30, Hôtel de Ville, bureau 5.\n\nCordialement,\nDirection des ressources humaines",
        ctl, slot=T16, shape="html",
    )  # fmt: skip
    cal(
        f, "it", "google_colloquio_wedding_planner", "invitation", "google", "Colloquio di lavoro – Wedding planner junior", F12, 45,
        ("Atelier Nozze Bergamo", "lavora@ateliernozze.example.it"), "Invito: Colloquio di lavoro – Wedding planner junior @ ven 12 mar 2027 11:00 - 11:45",
        "Ciao Alex,\n\nti confermiamo il colloquio di lavoro per la posizione di wedding planner junior. Accetta l'invito per confermare.\n\nAtelier Nozze",
        [("Chiara Locatelli", "chiara@ateliernozze.example.it")],
        "The reader's own job interview as a wedding planner as a calendar REQUEST (control).", loc="Via Tasso 12, Bergamo",
    )  # fmt: skip


# --- videoid59 ----------------------------------------------------------------------------------
def videoid() -> None:
    f = "videoid59"
    neg = "A bank's or fintech's video-identification or KYC call at a fixed time: not a job interview."
    ctl = "The reader's own video job interview for a KYC or compliance post, asked to have ID ready (control)."
    add(
        f, "de", "videoident_termin", ("Hansa Direktbank", "service@hansa-direktbank.example.de"),
        "Ihr Termin für die Video-Identifikation",
        "Guten Tag Alex Morgan,\n\nfür die Eröffnung Ihres Girokontos haben Sie einen Termin zur Video-Identifikation (VideoIdent) gebucht:\n\nDienstag, 09.03.2027, 14:00 Uhr\n\nEin Mitarbeiter unseres Partners führt mit Ihnen ein kurzes Video-Gespräch und prüft Ihren Ausweis. Halten Sie bitte Ihren Personalausweis oder Reisepass bereit und sorgen Sie für gutes Licht.\n\nZum Gespräch: https://ident.hansa-direktbank.example.de/start/7QK2\n\nIhre Hansa Direktbank",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "en-GB", "bank_video_verification", ("Thistle Bank", "security@thistlebank.example.co.uk"),
        "Your video call to verify your identity",
        "Dear Alex,\n\nTo finish opening your savings account, we need to verify your identity on a short video call with one of our colleagues.\n\nWhen: Wednesday 10 March, 10:00\nHow: open the Thistle app and tap 'Join video call' a few minutes before.\n\nYou'll be asked to show your passport or driving licence and answer a few security questions.\n\nThistle Bank",
        neg,
    )  # fmt: skip
    add(
        f, "en-US", "crypto_kyc_video", ("Ledgerline Compliance", "kyc@ledgerline.example.com"),
        "KYC video interview scheduled",
        "Hi Alex,\n\nAs part of our enhanced due diligence, your KYC video interview is scheduled for Thursday, March 11 at 3:30 PM.\n\nA compliance officer will ask you about the source of your funds and your expected trading activity, and will check your ID live on camera. The call takes about 15 minutes.\n\nJoin: https://verify.ledgerline.example.com/v/88231\n\nLedgerline Compliance Team",
        neg,
    )  # fmt: skip
    add(
        f, "fr", "entretien_video_verification", ("Banque Saône Directe", "conformite@saone-directe.example.fr"),
        "Votre entretien vidéo de vérification d'identité",
        "Bonjour Alex,\n\nPour finaliser l'ouverture de votre compte, un conseiller vous attend pour un entretien vidéo de vérification d'identité le vendredi 12 mars 2027 à 11h.\n\nMunissez-vous de votre pièce d'identité et d'un justificatif de domicile. L'entretien dure environ 10 minutes.\n\nLe service conformité, Banque Saône Directe",
        neg, shape="alt",
    )  # fmt: skip
    sender = ("Neobanco Brisa", "verificacion@neobancobrisa.example.es")
    add(
        f, "es", "fwd_gmail_videollamada_kyc", sender,
        "Fwd: Tu videollamada de verificación",
        fwd_body(
            "Esto es lo del banco nuevo, no lo confundas con la entrevista.", GMAIL_ES, sender, "Tu videollamada de verificación",
            "Hola, Alex:\n\nHemos reservado tu videollamada de verificación de identidad (KYC) para el lunes 15 de marzo a las 9:00. Un agente te pedirá que muestres tu DNI o NIE a la cámara y te hará algunas preguntas.\n\nEquipo de Neobanco Brisa",
        ),
        "The reader forwards a neobank's KYC video call, saying it is not the interview: not an invitation.",
        fwd="verificacion@neobancobrisa.example.es",
    )  # fmt: skip
    add(
        f, "ko", "bidaemyeon_yeongsang", ("한빛저축은행", "noreply@hanbit-bank.example.co.kr"),
        "[한빛저축은행] 비대면 본인확인 영상통화 예약 안내",
        "Alex Morgan 고객님, 안녕하세요.\n\n비대면 계좌개설을 위한 영상통화 본인확인이 예약되었습니다.\n\n일시: 3월 16일(화) 오전 10시 30분\n소요시간: 약 10분\n\n신분증(외국인등록증)을 준비해 주시고, 상담원이 신분증과 얼굴을 확인합니다.\n\n한빛저축은행 고객센터",
        neg,
    )  # fmt: skip
    add(
        f, "zh", "shipin_mianqian", ("安信消费金融", "service@anxin-finance.example.cn"),
        "视频面签预约成功通知",
        "尊敬的 Alex Morgan 客户：\n\n您申请的个人消费贷款已进入视频面签环节。面签时间：3月17日（周三）14:00。\n\n届时客服专员将通过视频与您核实身份及借款用途，请提前准备好身份证及收入证明。\n\n安信消费金融",
        neg,
    )  # fmt: skip
    add(
        f, "ja", "reply_honnin_kakunin", ("みなと銀行 口座開設センター", "kouza@minato-bank.example.jp"),
        "Re: 本人確認のお日にち",
        "Alex Morgan 様\n\nご連絡ありがとうございます。ビデオ通話による本人確認を3月18日(木)15:00で承りました。\n当日は在留カードをお手元にご用意ください。担当者からいくつか質問させていただきます。\n\nみなと銀行 口座開設センター\n\n2027年3月5日(金) 16:12 Alex Morgan <alex.morgan@mailbox.example>:\n> 来週木曜日の午後でお願いできますでしょうか。",
        "A bank confirms the reader's chosen time for a video identity check: not a job interview.",
        reply=True,
    )  # fmt: skip
    cal(
        f, "en-US", "zoho_video_verification", "not_invitation", "zoho", "Video verification call - Northstar Bank", T16, 20,
        ("Northstar Bank Onboarding", "onboarding@northstarbank.example.com"), "Invitation: Video verification call - Northstar Bank",
        "Hi Alex,\n\nHere is your video verification call for your new business account. Please have a government-issued photo ID ready; our onboarding specialist will ask you a few questions about your business.\n\nNorthstar Bank",
        [("Kevin Osei", "kevin.osei@northstarbank.example.com")],
        "A bank's calendar REQUEST for a video identity check: not a job interview.", loc="https://meet.northstarbank.example.com/verify/31177",
    )  # fmt: skip
    add(
        f, "en-GB", "control_kyc_analyst", ("Thistle Bank Careers", "careers@thistlebank.example.co.uk"),
        "Video interview: KYC Analyst",
        "Dear Alex,\n\nThank you for applying for the KYC Analyst role in our Financial Crime team. We'd like to invite you to a video interview on Monday 15 March at 09:00 with Fiona Grant (Head of KYC Operations).\n\nPlease have your passport ready at the start of the call so we can complete a right-to-work check.\n\nJoin: https://meet.thistlebank.example.co.uk/int/5521\n\nThistle Bank Talent Team",
        ctl, slot=M15,
    )  # fmt: skip
    add(
        f, "de", "control_kyc_videogespraech", ("Hansa Direktbank – Karriere", "karriere@hansa-direktbank.example.de"),
        "Einladung zum Video-Vorstellungsgespräch – KYC-Analyst:in",
        "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als KYC-Analyst:in. Wir möchten Sie gern in einem Video-Vorstellungsgespräch kennenlernen:\n\nDonnerstag, 18.03.2027, 15:00 Uhr\nLink: https://karriere.hansa-direktbank.example.de/video/2291\n\nBitte halten Sie zu Beginn Ihren Personalausweis bereit.\n\nMit freundlichen Grüßen\nTeam Recruiting",
        ctl, slot=H18, shape="html",
    )  # fmt: skip
    add(
        f, "zh", "control_shipin_mianshi", ("安信消费金融 招聘组", "hr@anxin-finance.example.cn"),
        "视频面试邀请：信贷审核专员",
        "Alex 您好：\n\n感谢您应聘我司信贷审核专员岗位。现邀请您参加视频面试：\n\n时间：3月17日（周三）14:00\n方式：腾讯会议，会议号 512 883 207\n\n面试开始时请出示身份证件以便核对身份。\n\n安信消费金融 人力资源部",
        ctl, slot=W17,
    )  # fmt: skip
    cal(
        f, "en-US", "zoho_control_compliance", "invitation", "zoho", "Video interview: Alex Morgan - Compliance Analyst", H11, 45,
        ("Ledgerline Recruiting", "recruiting@ledgerline.example.com"), "Invitation: Video interview: Alex Morgan - Compliance Analyst",
        "Hi Alex,\n\nLooking forward to our video interview for the Compliance Analyst role. Please have a photo ID handy at the start of the call.\n\nLedgerline Recruiting",
        [("Rachel Kim", "rachel.kim@ledgerline.example.com")],
        "The reader's own video job interview as a calendar REQUEST (control).", loc="https://verify.ledgerline.example.com/interview/4410",
    )  # fmt: skip


# --- pollworker59 (held out) --------------------------------------------------------------------
def pollworker() -> None:
    f = "pollworker59"
    neg = "An election poll worker's training, briefing or shift: not a job interview."
    ctl = "The reader's own job interview for a paid post at an elections office (control)."
    add(
        f, "en-US", "poll_worker_training", ("Essex County Elections", "pollworkers@essexelections.example.gov"),
        "Poll Worker Training Confirmation",
        "Dear Alex Morgan,\n\nThank you for signing up to serve as a poll worker in the special election. You are registered for training:\n\nTuesday, March 9, 2:00 PM - 5:00 PM\nCounty Elections Office, 465 Dr. Martin Luther King Jr. Blvd, Room 210\n\nTraining is required before Election Day. Poll workers are paid a stipend of $200 for training and a full day of service.\n\nEssex County Board of Elections",
        neg,
    )  # fmt: skip
    add(
        f, "de", "wahlhelfer_schulung", ("Wahlamt der Stadt Münster", "wahlamt@stadt-muenster.example.de"),
        "Ihre Berufung als Wahlhelfer/in – Schulung",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank, dass Sie sich als Wahlhelfer/in zur Verfügung stellen. Sie wurden als Beisitzer/in im Wahlbezirk 0412 berufen.\n\nSchulung: Mittwoch, 10.03.2027, 10:00 Uhr, Stadthaus 1, Klemensstraße 10, Saal 2\nWahltag: Sonntag, 14.03.2027, Einsatz ab 7:30 Uhr\n\nDas Erfrischungsgeld beträgt 50 Euro.\n\nMit freundlichen Grüßen\nIhr Wahlamt",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "assesseur_reunion", ("Mairie de Rennes – Élections", "elections@mairie-rennes.example.fr"),
        "Assesseur – réunion d'information",
        "Bonjour Alex,\n\nMerci de vous être porté(e) volontaire comme assesseur au bureau de vote n° 12 (école Jean-Zay). Une réunion d'information se tiendra le jeudi 11 mars 2027 à 15h30 à l'Hôtel de Ville, salle du conseil.\n\nLe jour du scrutin, dimanche 14 mars, votre présence est attendue de 8h à 13h.\n\nLe service des élections",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "instructie_stembureaulid", ("Gemeente Haarlem – Verkiezingen", "verkiezingen@haarlem.example.nl"),
        "Instructie stembureaulid",
        "Beste Alex,\n\nFijn dat je stembureaulid wilt zijn! De verplichte instructie is op vrijdag 12 maart 2027 om 11.00 uur in het stadhuis, Grote Markt 2, zaal 3.\n\nNa afloop hoor je op welk stembureau je bent ingedeeld.\n\nGroet,\nTeam Verkiezingen",
        neg,
    )  # fmt: skip
    sender = ("Electoral Services", "elections@york-council.example.gov.uk")
    add(
        f, "en-GB", "fwd_outlook_polling_briefing", sender,
        "FW: Polling station staff briefing",
        fwd_body(
            "FYI for our calendar - I'm doing the by-election.", OUTLOOK_EN, sender, "Polling station staff briefing",
            "Dear Alex,\n\nThank you for agreeing to work as a Poll Clerk at the by-election. Your briefing is on Monday 15 March at 9:00 at West Offices, Station Rise. Please bring your appointment letter.\n\nElectoral Services",
        ),
        "The reader forwards a poll clerk's briefing: not a job interview.",
        fwd="elections@york-council.example.gov.uk",
    )  # fmt: skip
    add(
        f, "sv", "utbildning_rostmottagare", ("Valnämnden Uppsala", "valkansliet@uppsala.example.se"),
        "Kallelse till utbildning för röstmottagare",
        "Hej Alex!\n\nDu är anmäld som röstmottagare. Obligatorisk utbildning hålls tisdag 16 mars kl. 10.30 i Stationshuset, Stationsgatan 12, sal Fyris.\n\nMed vänlig hälsning\nValkansliet",
        neg,
    )  # fmt: skip
    add(
        f, "es", "miembro_mesa", ("Junta Electoral de Zona", "junta.electoral@ayto-valencia.example.es"),
        "Notificación: miembro de mesa electoral – sesión informativa",
        "Estimado/a Alex Morgan:\n\nLe notificamos que ha sido designado/a vocal de la mesa electoral 3-B. Le convocamos a una sesión informativa el miércoles 17 de marzo a las 14:00 en el Ayuntamiento, plaza del Ayuntamiento 1.\n\nJunta Electoral de Zona",
        neg,
    )  # fmt: skip
    add(
        f, "it", "reply_scrutatore", ("Ufficio Elettorale Comune di Parma", "elettorale@comune-parma.example.it"),
        "R: Nomina scrutatore",
        "Gentile Alex Morgan,\n\nsì, la riunione per gli scrutatori è giovedì 18 marzo alle ore 15:00 nella sala consiliare del Municipio. La presenza è obbligatoria.\n\nCordiali saluti,\nUfficio Elettorale\n\nIl giorno ven 5 mar 2027 alle ore 16:12 Alex Morgan <alex.morgan@mailbox.example> ha scritto:\n> Buongiorno, potete confermarmi data e ora della riunione? Grazie",
        "An elections office confirms the poll workers' meeting the reader asked about: not a job interview.",
        reply=True,
    )  # fmt: skip
    cal(
        f, "en-US", "publish_early_voting_shift", "not_invitation", "outlookmac", "Early voting shift - Site 14", S13, 300,
        ("Essex County Elections", "pollworkers@essexelections.example.gov"), "Early voting shift - Saturday, March 13",
        "Hi Alex,\n\nYour early voting shift is below. Please check in with the site lead 15 minutes early.\n\nEssex County Board of Elections",
        [], "An elections office's calendar PUBLISH for a poll worker's shift: not a job interview.", method="PUBLISH", loc="Early Voting Site 14, 24 Main St",
    )  # fmt: skip
    add(
        f, "en-US", "control_elections_clerk", ("Essex County HR", "hr@essexcounty.example.gov"),
        "Interview: Elections Clerk (Temporary)",
        "Dear Alex Morgan,\n\nThank you for applying for the Elections Clerk (temporary, full-time) position with the Board of Elections. We would like to schedule an interview with you on Tuesday, March 16 at 10:30 AM at the County Elections Office, 465 Dr. Martin Luther King Jr. Blvd, Room 210.\n\nEssex County Human Resources",
        ctl, slot=T16,
    )  # fmt: skip
    add(
        f, "de", "control_wahlamt_sachbearbeitung", ("Stadt Münster – Personal", "personal@stadt-muenster.example.de"),
        "Vorstellungsgespräch – Sachbearbeitung im Wahlamt",
        "Sehr geehrte/r Alex Morgan,\n\nwir laden Sie zu einem Vorstellungsgespräch für die Stelle Sachbearbeitung im Wahlamt (EG 8) ein: Donnerstag, 18.03.2027, 15:00 Uhr, Stadthaus 1, Klemensstraße 10, Raum 304.\n\nMit freundlichen Grüßen\nPersonal- und Organisationsamt",
        ctl, slot=H18, shape="alt",
    )  # fmt: skip
    sender = ("Inge Bakker", "i.bakker@haarlem.example.nl")
    add(
        f, "nl", "control_fwd_gmail_medewerker_verkiezingen", ME,
        "Fwd: Uitnodiging sollicitatiegesprek medewerker verkiezingen",
        fwd_body(
            "Gesprek voor de baan bij team verkiezingen.", GMAIL_NL, sender, "Uitnodiging sollicitatiegesprek medewerker verkiezingen",
            "Beste Alex,\n\nWe nodigen je graag uit voor een sollicitatiegesprek voor de functie medewerker verkiezingen (32 uur) op woensdag 17 maart 2027 om 14.00 uur in het stadhuis, Grote Markt 2.\n\nMet vriendelijke groet,\nInge Bakker\nTeamleider Burgerzaken",
        ),
        ctl, slot=W17, fwd="i.bakker@haarlem.example.nl",
    )  # fmt: skip
    cal(
        f, "sv", "outlook_valhandlaggare", "invitation", "exchange", "Anställningsintervju: Valhandläggare – Alex Morgan", F12, 60,
        ("Valkansliet Uppsala", "rekrytering@uppsala.example.se"), "Anställningsintervju: Valhandläggare",
        "Hej Alex!\n\nVälkommen på anställningsintervju för tjänsten som valhandläggare. Acceptera gärna inbjudan.\n\nValkansliet",
        [("Karin Lund", "karin.lund@uppsala.example.se")],
        "The reader's own job interview at an elections office as a calendar REQUEST (control).", loc="Stationshuset, Stationsgatan 12, Uppsala",
    )  # fmt: skip


# --- labourcourt59 ------------------------------------------------------------------------------
def labourcourt() -> None:
    f = "labourcourt59"
    neg = "A hearing or conciliation in the reader's own employment dispute: no one is hiring the reader."
    ctl = "The reader's own job interview in employment law or conciliation (control)."
    add(
        f, "de", "ladung_guetetermin", ("Arbeitsgericht Hamburg", "poststelle@arbg-hamburg.example.de"),
        "Ladung zum Gütetermin – 27 Ca 418/26",
        "In dem Rechtsstreit\nAlex Morgan ./. Elbtrans Logistik GmbH\n\nwerden Sie zum Gütetermin geladen auf\n\nDienstag, 09.03.2027, 14:00 Uhr, Saal 3.12,\nArbeitsgericht Hamburg, Osterbekstraße 96.\n\nDas persönliche Erscheinen der Parteien wird angeordnet. In der Güteverhandlung wird der Sach- und Streitstand erörtert.\n\nAuf Anordnung\nJustizbeschäftigte Krüger",
        neg,
    )  # fmt: skip
    add(
        f, "fr", "convocation_prudhommes", ("Conseil de prud'hommes de Lyon", "greffe@cph-lyon.example.fr"),
        "Convocation – bureau de conciliation et d'orientation",
        "Madame, Monsieur,\n\nVous êtes convoqué(e) devant le bureau de conciliation et d'orientation du conseil de prud'hommes de Lyon, dans l'affaire vous opposant à la société Transports Vercors, le mercredi 10 mars 2027 à 10h00, 1 rue de Créqui, salle B.\n\nVotre présence personnelle est requise. Vous pouvez être assisté(e) par un avocat ou un défenseur syndical.\n\nLe greffe",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "en-GB", "early_conciliation_call", ("Workplace Conciliation Service", "ec@workplace-conciliation.example.org.uk"),
        "Early conciliation: your conciliator will call you",
        "Dear Alex Morgan,\n\nThank you for notifying us about your dispute with Fenwick Logistics Ltd. Your conciliator, David Okafor, will call you on Thursday 11 March at 3.30pm to talk through your claim and whether you would like us to contact your former employer.\n\nEarly conciliation reference: R123456/27\n\nWorkplace Conciliation Service",
        neg,
    )  # fmt: skip
    add(
        f, "en-GB", "tribunal_preliminary_hearing", ("Employment Tribunals (Leeds)", "leedset@tribunals.example.gov.uk"),
        "Case 6001234/2026 - Notice of preliminary hearing",
        "Claimant: Mr A Morgan\nRespondent: Fenwick Logistics Ltd\n\nNOTICE OF PRELIMINARY HEARING (CASE MANAGEMENT)\n\nThe claim will be considered at a preliminary hearing by video on Friday 12 March 2027 at 11:00. The hearing has been allocated one hour. Joining instructions will be sent separately.\n\nThe Employment Judge will identify the issues and make orders for the final hearing.\n\nEmployment Tribunals",
        neg, shape="alt",
    )  # fmt: skip
    sender = ("Elena Ruiz – Ruiz Abogados", "elena@ruizabogados.example.es")
    add(
        f, "es", "fwd_gmail_smac", sender,
        "Fwd: Papeleta de conciliación – citación SMAC",
        fwd_body(
            "Para que lo tengas: lo del despido, el lunes.", GMAIL_ES, sender, "Papeleta de conciliación – citación SMAC",
            "Hola, Alex:\n\nYa tenemos fecha para el acto de conciliación con Grupo Albor en el SMAC: lunes 15 de marzo de 2027 a las 9:00, calle Princesa 5, Madrid. Yo te acompaño; quedamos en la puerta a las 8:45.\n\nUn saludo,\nElena Ruiz\nRuiz Abogados – Laboralistas",
        ),
        "The reader forwards a conciliation hearing about their dismissal: not a job interview.",
        fwd="elena@ruizabogados.example.es",
    )  # fmt: skip
    add(
        f, "it", "tentativo_conciliazione", ("Ispettorato Territoriale del Lavoro", "itl.milano@ispettorato.example.it"),
        "Convocazione per tentativo di conciliazione",
        "Gentile Alex Morgan,\n\nin relazione alla Sua richiesta, Lei è convocato/a per il tentativo di conciliazione con la società Logistica Padana S.r.l. martedì 16 marzo 2027 alle ore 10:30, presso l'Ispettorato Territoriale del Lavoro, via Sile 8, Milano, stanza 21.\n\nPuò farsi assistere da un rappresentante sindacale.\n\nLa Commissione di conciliazione",
        neg,
    )  # fmt: skip
    add(
        f, "nl", "reply_advocaat_zitting", ("mr. Jeroen Visser", "j.visser@visser-arbeidsrecht.example.nl"),
        "RE: Zitting kantonrechter",
        "Beste Alex,\n\nDe mondelinge behandeling bij de kantonrechter is bevestigd: woensdag 17 maart 2027 om 14.00 uur, rechtbank Utrecht, Vrouwe Justitiaplein 1. De werkgever is er ook, met hun advocaat. Zullen we om 13.30 uur in de hal afspreken om het nog even door te nemen?\n\nGroet,\nJeroen Visser\nVisser Arbeidsrecht\n\n-----Oorspronkelijk bericht-----\nVan: Alex Morgan <alex.morgan@mailbox.example>\nVerzonden: vrijdag 5 maart 2027 16:12\nAan: mr. Jeroen Visser <j.visser@visser-arbeidsrecht.example.nl>\nOnderwerp: Zitting kantonrechter\n\nIs de datum van de zitting al bekend?",
        "A lawyer confirms the court hearing in the reader's dismissal case: not a job interview.",
        reply=True,
    )  # fmt: skip
    add(
        f, "pl", "rozprawa_sad_pracy", ("Sąd Rejonowy – Wydział Pracy", "biuro.podawcze@sr-krakow.example.pl"),
        "Zawiadomienie o terminie rozprawy – IV P 112/26",
        "Sąd Rejonowy dla Krakowa-Nowej Huty, IV Wydział Pracy i Ubezpieczeń Społecznych, zawiadamia, że rozprawa w sprawie z powództwa Alex Morgan przeciwko Wisła Serwis sp. z o.o. o przywrócenie do pracy odbędzie się dnia 18 marca 2027 r. o godz. 15:00, sala 107.\n\nStawiennictwo powoda jest obowiązkowe.",
        neg,
    )  # fmt: skip
    cal(
        f, "de", "outlook_gewerkschaft_rechtsberatung", "not_invitation", "exchange", "Rechtsberatung Kündigungsschutzklage – Alex Morgan", M15, 60,
        ("Rechtsschutz IG Verkehr", "rechtsschutz@ig-verkehr.example.de"), "Besprechung: Vorbereitung Gütetermin",
        "Hallo Alex,\n\nwie besprochen die Einladung zur Vorbereitung deiner Kündigungsschutzklage. Bring bitte Arbeitsvertrag, Kündigungsschreiben und die letzten Lohnabrechnungen mit.\n\nMit kollegialen Grüßen\nSven Petersen, Rechtssekretär",
        [("Sven Petersen", "s.petersen@ig-verkehr.example.de")],
        "A union lawyer's calendar REQUEST to prepare the reader's dismissal case: not a job interview.", loc="Gewerkschaftshaus, Besenbinderhof 60, Hamburg",
    )  # fmt: skip
    add(
        f, "de", "control_rechtssekretaer", ("IG Verkehr – Personal", "bewerbung@ig-verkehr.example.de"),
        "Einladung zum Vorstellungsgespräch – Rechtssekretär/in",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Rechtssekretär/in in unserem Rechtsschutzbüro Hamburg. Wir laden Sie zum Vorstellungsgespräch ein:\n\nMontag, 15.03.2027, 9:00 Uhr\nGewerkschaftshaus, Besenbinderhof 60, Raum 5.01\n\nIm Gespräch werden wir auch einen kurzen Fall aus dem Kündigungsschutz mit Ihnen besprechen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        ctl, slot=M15,
    )  # fmt: skip
    add(
        f, "fr", "control_juriste_droit_social", ("Cabinet Arnaud & Associés", "recrutement@arnaud-avocats.example.fr"),
        "Entretien – Juriste en droit social",
        "Bonjour Alex,\n\nNous avons bien reçu votre candidature au poste de juriste en droit social. Nous vous proposons un entretien le jeudi 11 mars 2027 à 15h30 au cabinet, 20 quai Saint-Antoine, Lyon, avec Maître Arnaud, qui plaide devant les prud'hommes.\n\nBien cordialement,\nLe cabinet",
        ctl, slot=H11, shape="alt",
    )  # fmt: skip
    add(
        f, "en-GB", "control_employment_paralegal", ("Hollins Wade Solicitors", "careers@hollinswade.example.co.uk"),
        "Interview: Employment Law Paralegal",
        "Dear Alex,\n\nThank you for applying for the Employment Law Paralegal role. We would like to invite you to interview on Tuesday 16 March at 10:30 at our Leeds office, 3 Park Place, with Priya Shah, who leads our tribunal team.\n\nThe interview will last 45 minutes.\n\nKind regards,\nHollins Wade HR",
        ctl, slot=T16, minutes=45, shape="html",
    )  # fmt: skip
    cal(
        f, "en-GB", "outlook_control_conciliation_officer", "invitation", "exchange", "Interview - Early Conciliation Officer - Alex Morgan", H18, 60,
        ("Workplace Conciliation Service Recruitment", "jobs@workplace-conciliation.example.org.uk"), "Interview - Early Conciliation Officer",
        "Dear Alex,\n\nPlease accept this invitation to your interview for the Early Conciliation Officer role. The panel will include a short call-handling exercise.\n\nRecruitment Team",
        [("David Okafor", "david.okafor@workplace-conciliation.example.org.uk")],
        "The reader's own job interview as a conciliation officer as a calendar REQUEST (control).", loc="Microsoft Teams Meeting",
    )  # fmt: skip


# --- placement59 --------------------------------------------------------------------------------
def placement() -> None:
    f = "placement59"
    neg = "A language-course placement interview or intake at a fixed time: not a job interview."
    ctl = "The reader's own job interview as a language teacher, with a demo lesson (control)."
    add(
        f, "de", "einstufung_integrationskurs", ("VHS Leipzig – Deutsch als Zweitsprache", "daz@vhs-leipzig.example.de"),
        "Termin: Einstufungstest und Beratungsgespräch",
        "Hallo Alex Morgan,\n\nSie haben sich für einen Integrationskurs angemeldet. Ihr Termin für Einstufungstest und Beratungsgespräch:\n\nDienstag, 09.03.2027, 14:00 Uhr\nVHS Leipzig, Löhrstraße 3–7, Raum 2.14\n\nDer schriftliche Test dauert etwa 60 Minuten, danach führt eine Kursleiterin ein kurzes Gespräch mit Ihnen. Bitte bringen Sie Ihren Berechtigungsschein und Ihren Ausweis mit.\n\nIhre VHS Leipzig",
        neg,
    )  # fmt: skip
    add(
        f, "en-GB", "english_level_assessment", ("Bridgeway Language School", "admissions@bridgeway-english.example.co.uk"),
        "Your English level assessment",
        "Hi Alex,\n\nThanks for enrolling on our Business English course. Before we place you in a class, we'd like you to do a level assessment:\n\nWednesday 10 March, 10:00\nBridgeway Language School, 21 Greek Street, Leeds\n\nIt's a 20-minute written test and a short speaking interview with one of our teachers.\n\nSee you there,\nBridgeway Admissions",
        neg, shape="html",
    )  # fmt: skip
    add(
        f, "fr", "test_positionnement", ("Alliance Langues Lyon", "accueil@alliance-langues-lyon.example.fr"),
        "Votre test de positionnement",
        "Bonjour Alex,\n\nVotre inscription au cours intensif de français est enregistrée. Votre test de positionnement, suivi d'un entretien oral avec un professeur, aura lieu le jeudi 11 mars 2027 à 15h30, 8 rue Pizay, Lyon.\n\nPrévoyez 1h30.\n\nL'accueil d'Alliance Langues",
        neg, shape="alt",
    )  # fmt: skip
    add(
        f, "nl", "intakegesprek_inburgering", ("Taalhuis Utrecht", "inburgering@taalhuis-utrecht.example.nl"),
        "Uitnodiging intakegesprek inburgering",
        "Beste Alex Morgan,\n\nJe bent uitgenodigd voor een intakegesprek voor je inburgering. Tijdens het gesprek bespreken we je leerroute en doe je een korte taaltoets.\n\nDatum: vrijdag 12 maart 2027\nTijd: 11.00 uur\nPlaats: Taalhuis Utrecht, Oudegracht 167\n\nNeem je verblijfsdocument mee.\n\nMet vriendelijke groet,\nTeam Inburgering",
        neg,
    )  # fmt: skip
    sender = ("Academia Lenguas Vivas", "secretaria@lenguasvivas.example.es")
    add(
        f, "es", "fwd_gmail_prueba_nivel", sender,
        "Fwd: Prueba de nivel oral",
        fwd_body(
            "Lo del curso de español del sábado, no es trabajo.", GMAIL_ES, sender, "Prueba de nivel oral",
            "Hola, Alex:\n\nTe esperamos para la prueba de nivel oral el sábado 13 de marzo a las 9:00 en la calle Fuencarral 45, 2.º. Es una pequeña entrevista de unos 15 minutos con una profesora para asignarte grupo.\n\nSecretaría – Academia Lenguas Vivas",
        ),
        "The reader forwards a language school's oral level interview, saying it is no job: not an invitation.",
        fwd="secretaria@lenguasvivas.example.es",
    )  # fmt: skip
    add(
        f, "sv", "sfi_inskrivningssamtal", ("Vuxenutbildningen Uppsala", "sfi@uppsala.example.se"),
        "Kallelse till inskrivningssamtal SFI",
        "Hej Alex!\n\nDu har sökt till Svenska för invandrare (SFI). Du är välkommen på inskrivningssamtal och kartläggning måndag 15 mars kl. 9.00 på Vuxenutbildningen, Kungsgatan 47, plan 2.\n\nTa med legitimation.\n\nHälsningar\nSFI-expeditionen",
        neg,
    )  # fmt: skip
    add(
        f, "it", "reply_colloquio_livello", ("Scuola di Lingue Dante", "info@scuoladante.example.it"),
        "Re: Iscrizione corso di italiano",
        "Ciao Alex,\n\nperfetto, ti aspettiamo martedì 16 marzo alle 10:30 per il colloquio orale di livello con la nostra insegnante. Dura circa 20 minuti; poi ti diremo in quale classe inserirti.\n\nA presto,\nSegreteria Scuola Dante\n\nIl giorno ven 5 mar 2027 alle ore 16:12 Alex Morgan <alex.morgan@mailbox.example> ha scritto:\n> Buongiorno, martedì mattina andrebbe bene per il test di livello? Grazie, Alex",
        "A language school agrees the reader's time for an oral level interview: not a job interview.",
        reply=True,
    )  # fmt: skip
    add(
        f, "ja", "level_check_mendan", ("さくら日本語学院", "info@sakura-nihongo.example.jp"),
        "レベルチェック面談のご案内",
        "Alex Morgan 様\n\nさくら日本語学院にお申し込みいただきありがとうございます。\nクラス分けのため、レベルチェック面談を下記の日時で行います。\n\n日時：3月17日(水) 14:00\n場所：東京都新宿区高田馬場1-2-3 4階\n所要時間：約30分（筆記テスト＋講師との面談）\n\nさくら日本語学院 事務局",
        neg,
    )  # fmt: skip
    cal(
        f, "en-US", "google_placement_interview", "not_invitation", "google", "Placement interview - Spanish B1 evening course", H18, 20,
        ("Casa Idiomas NYC", "classes@casaidiomas.example.com"), "Invitation: Placement interview - Spanish B1 evening course @ Thu Mar 18, 2027 3pm - 3:20pm (EDT)",
        "Hola Alex,\n\nThis short placement interview with one of our teachers helps us check that B1 is the right level for you.\n\nCasa Idiomas",
        [("Lucía Herrera", "lucia@casaidiomas.example.com")],
        "A language school's calendar REQUEST for a placement interview: not a job interview.", loc="https://meet.google.com/pzq-lvlc-b1e",
    )  # fmt: skip
    add(
        f, "de", "control_lehrkraft_integrationskurs", ("VHS Leipzig – Personal", "personal@vhs-leipzig.example.de"),
        "Einladung zum Vorstellungsgespräch – Lehrkraft Integrationskurse",
        "Hallo Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Lehrkraft für Integrationskurse (DaZ). Wir laden Sie zum Vorstellungsgespräch mit kurzer Probestunde ein:\n\nDonnerstag, 18.03.2027, 15:00 Uhr\nVHS Leipzig, Löhrstraße 3–7, Raum 2.14\n\nBitte bereiten Sie eine 15-minütige Unterrichtssequenz auf Niveau A2 vor.\n\nMit freundlichen Grüßen\nFachbereich Deutsch als Zweitsprache",
        ctl, slot=H18,
    )  # fmt: skip
    add(
        f, "en-GB", "control_efl_teacher", ("Bridgeway Language School", "jobs@bridgeway-english.example.co.uk"),
        "Interview: EFL Teacher (General English)",
        "Hi Alex,\n\nThanks for applying to teach with us. We'd like to invite you to an interview on Thursday 11 March at 15:30 at Bridgeway Language School, 21 Greek Street, Leeds.\n\nThe interview includes a 20-minute demo lesson with a small group of our students, followed by a conversation with our Director of Studies.\n\nBest wishes,\nBridgeway Recruitment",
        ctl, slot=H11, shape="alt",
    )  # fmt: skip
    add(
        f, "ja", "control_nihongo_kyoushi", ("さくら日本語学院 採用担当", "saiyo@sakura-nihongo.example.jp"),
        "【採用面接のご案内】日本語教師（常勤）",
        "Alex Morgan 様\n\nこの度は日本語教師（常勤）の求人にご応募いただき、ありがとうございます。\n下記のとおり採用面接を行いますので、ご来校ください。\n\n日時：3月16日(火) 10:30\n場所：東京都新宿区高田馬場1-2-3 4階\n内容：面接および模擬授業（15分）\n\nさくら日本語学院 採用担当",
        ctl, slot=T16,
    )  # fmt: skip
    sender = ("Julien Roche", "j.roche@alliance-langues-lyon.example.fr")
    add(
        f, "fr", "control_fwd_outlook_formateur_fle", ME,
        "TR: Entretien – Formateur/formatrice FLE",
        fwd_body(
            "Entretien pour le poste de prof FLE, à noter.", OUTLOOK_FR, sender, "Entretien – Formateur/formatrice FLE",
            "Bonjour Alex,\n\nSuite à votre candidature au poste de formateur/formatrice FLE, nous vous proposons un entretien le mercredi 17 mars 2027 à 14h, 8 rue Pizay, Lyon. Il comprendra une courte séance d'enseignement devant un petit groupe.\n\nCordialement,\nJulien Roche\nDirecteur pédagogique, Alliance Langues",
        ),
        ctl, slot=W17, fwd="j.roche@alliance-langues-lyon.example.fr",
    )  # fmt: skip


BUILDERS = [donor, census, witness, wedding, videoid, pollworker, labourcourt, placement]


FIRST_SIGHT_FIGURES = (
    "First sight (main at e8236aad): dev look-alikes claimed (confidence >= 0.5 as an "
    "invitation) 12/54 (donor59 3/9, census59 2/9, witness59 2/9, videoid59 0/9, "
    "labourcourt59 0/9, placement59 5/9; 4 of the 6 calendar look-alikes, 8 of the 48 text "
    "ones), controls with the right slot 24/24 (20 text, 4 calendar), of which 1 text control "
    "below confidence 0.5 and read as not_invitation (census59: 'a poll about dates; nothing "
    "is booked yet'); held out look-alikes claimed 1/18 (wedding59 1/9, pollworker59 0/9), "
    "controls with the right slot 8/8 (6 text, all at confidence >= 0.5; 2 calendar)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the looks59 batch (`build_looks59.py`)",
        "",
        "Mail a job seeker really receives that carries a date, a time and interview-like words "
        "and sets no job interview for the reader (blood, plasma and stem-cell donation "
        "appointments with their screening interview, statistical household surveys about work "
        "and job search, witness and insurance-claim interviews, talks before the reader's own "
        "wedding, banks' video-identification and KYC calls, election poll-worker training and "
        "shifts, hearings in the reader's own employment dispute, language-school placement "
        "interviews and integration-course intakes), as plain text, HTML only, multipart, "
        "forwards (Gmail, Outlook, Apple Mail headers in the forwarder's language), replies "
        "quoting earlier mail and calendar REQUESTs and PUBLISHes, beside controls in every "
        "family: the reader's own job interview worded close to the look-alikes. All text is "
        "ours, written by hand with no template; client forward and reply shapes recalled. "
        "People, companies, authorities and addresses are made up. Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('looks59 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used (the README's conventions and earlier batches): a job interview of the "
        "reader's own with a fixed time is an `invitation` at its start (with its end when the "
        "text gives an end or an exact length; text mails state no zone, so the label carries "
        "the Date header's offset and `tz_stated: false`; a forward carries `original_sender`). "
        "A donation appointment and its health-screening interview, a household survey's "
        "interview (even one about work and job search), a witness statement, a court summons, "
        "an insurer's recorded statement or adjuster's visit, a registry-office or church talk "
        "before a wedding and a wedding supplier's consultation, a video-identification or KYC "
        "call, a poll worker's training, briefing or shift (a civic duty with a stipend, not a "
        "hiring), a hearing or conciliation in the reader's own dismissal case, and a "
        "language-course placement interview or intake hire nobody: `not_invitation` (the "
        "civic-life convention; a calendar look-alike carries no slot). A reply that agrees the "
        "reader's proposed time for such a meeting agrees a meeting that is not a job "
        "interview, so it is `not_invitation` too.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks59.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        if SPLITS[name] == "heldout":
            lines.append(f"- **{name}** ({len(items)} messages, heldout; languages not listed)")
            continue
        ls = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-looks59.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
