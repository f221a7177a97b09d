# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "hirer50" batch: mail in which the READER is the one hiring, choosing or
interviewing, in kinds whose earlier held-out families were still claimed: domestic-help
marketplaces' notices to the family ("Anna accepted your interview request"), care agencies
to their client, small-business owners' hiring threads and job boards' employer notices,
applicant trackers' notices to the interviewer or hiring manager, landlords and flat-shares
choosing a tenant, parents and clubs choosing a tutor, builder or volunteer, agencies'
shortlists to a client's hiring manager with proposed slots and hiring managers asking a
colleague onto the panel; beside controls in the same words where the reader is the
candidate (a carer invited to meet the family is an invitation).

Run: .venv/bin/python tests/parsing/corpus/build_hirer50.py

All text is ours (no template copied); layouts are recalled from the senders' kind of tool.
People and companies are made up. Labels come from the datetimes the text is rendered from
(zoneinfo) and were written before the parser was run on any message of the batch. Held-out
families drawn by `random.Random("hirer50 coin").sample(sorted(FAMILIES), 2)` before anything
was written. Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import io
import random
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
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template; layouts recalled from the senders' kind of tool"
LIC = "text ours"

FAMILIES = {
    "carenotice50": "Domestic-help marketplaces and care agencies write to the family that hires: "
    "a nanny, carer or cleaner accepted the family's interview request ('Anna accepted your "
    "interview request', 'hat Ihre Anfrage für ein Kennenlerngespräch angenommen', 'a accepté "
    "votre demande d'entretien', 'ha aceptado tu solicitud de entrevista', 'aceitou seu pedido "
    "de entrevista'), an agency's carer comes to meet the client; controls: the same kind of "
    "platform invites the reader, the carer, to meet a family.",
    "bizowner50": "Small-business owners' hiring threads and job boards' employer notices: an "
    "applicant confirmed the interview the reader's shop or café scheduled ('confirmed the "
    "interview you scheduled', 'hat Ihre Einladung zum Vorstellungsgespräch angenommen', 'har "
    "bokat en intervjutid hos dig'), a co-owner asks the reader to meet the applicant; "
    "controls: an owner and a job board invite the reader, the applicant.",
    "atsnotice50": "Applicant trackers' notices to an interviewer or hiring manager: added to a "
    "panel, an interview kit and scorecard reminder, 'your interview with Priya Shah starts in 1 "
    "hour' beside feedback links, an approval request for a candidate's final round ('Sie "
    "wurden als Interviewer:in hinzugefügt', 'vous faites partie du jury', 'Zostałeś dodany do "
    "panelu', '面接官'); controls: the same kind of tool reminds the reader, the candidate.",
    "roomlet50": "Landlords and flat-shares choosing a tenant: applicants confirming a viewing "
    "and interview for the room, letting platforms relaying their messages ('zu deinem "
    "Inserat', 'heeft je uitnodiging geaccepteerd'); a reader applying for a room is not a job "
    "interview either.",
    "tutorhire50": "Parents, households and clubs choosing a tutor, cleaner, builder, babysitter "
    "or volunteer coach: platforms' confirmations to the parent and the candidates' own replies "
    "in the first person ('I'll bring my references', 'bringe meine Referenzen mit', 'Llevaré "
    "mi título'); controls: a parent invites the reader, who applied to tutor.",
    "shortlist50": "Agencies writing to the client's hiring manager about a candidate's "
    "interview, with proposed or booked slots ('could you see Mark on Tuesday at 10?', "
    "'Könnten Sie Herrn Becker ... empfangen?', 'pourriez-vous recevoir Mme Roux'); controls: "
    "the agency tells the reader, the candidate, when the client will see them.",
    "panelhm50": "Hiring managers and appointment committees asking the reader onto the panel "
    "for someone else's interview (a colleague asked to join, a Berufungskommission, a "
    "komisja konkursowa, '面接官としてご同席'); controls: a committee invites the reader as "
    "the applicant.",
}
HELD = frozenset(random.Random("hirer50 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
NEG: dict[str, object] = {"kind": "not_invitation"}

ZONE = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pt-BR": "America/Sao_Paulo",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "ja": "Asia/Tokyo",
}


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    sent: tuple[int, int, int, int, int],
    text: str,
    note: str,
    *,
    slot: tuple[int, int, int, int, int] | None = None,
    minutes: int | None = None,
) -> None:
    """One mail: with `slot` the reader's own interview at that wall time (no zone stated),
    labelled an invitation; without it someone else's interview, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*sent, tzinfo=zone)
    key = f"hirer50 {fam} {lang} {name}"
    message: MIMEBase = l48._part(text, "plain")
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
    else:
        label = dict(NEG)
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    message["Date"] = format_datetime(sent_at)
    message["From"] = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    message["To"] = formataddr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    CASES.append(
        Case(fam, SPLITS[fam], f"{lang}_{name}", buffer.getvalue(), label, lang, note, OURS, LIC)
    )


# --- carenotice50 ----------------------------------------------------------------------------
def carenotice() -> None:
    f = "carenotice50"
    add(
        f,
        "en-GB",
        "nanny_accepted_request",
        ("Nestly Care", "notifications@nestly-care.example.co.uk"),
        "Anna K. accepted your interview request",
        (2026, 3, 9, 18, 2),
        "Hi Alex,\n\nGood news - Anna K. accepted your interview request.\n\nWhen: Thursday 12 March, 3:00pm\nWhere: video call (link in the app)\n\nAnna is a nanny with six years' experience, a paediatric first aid certificate and two verified references.\n\nAfter you've met, you can send Anna a job offer from her profile or keep browsing other carers.\n\nThe Nestly team",
        "A childcare marketplace tells the family (reader) that a nanny accepted its interview request for Thursday at 3pm; the reader hires.",
    )
    add(
        f,
        "de",
        "kennenlernen_angenommen",
        ("Famiplus", "service@famiplus.example.de"),
        "Julia M. hat Ihre Anfrage angenommen",
        (2026, 3, 12, 9, 15),
        "Hallo Alex Morgan,\n\nJulia M. hat Ihre Anfrage für ein Kennenlerngespräch angenommen.\n\nTermin: Dienstag, 17. März 2026, 16:30 Uhr\nOrt: bei Ihnen zu Hause\n\nJulia bietet Kinderbetreuung am Nachmittag an (Erfahrung: 4 Jahre, Erste-Hilfe-Kurs vorhanden).\n\nWenn Sie nach dem Gespräch zusammenarbeiten möchten, können Sie Julia direkt über ihr Profil buchen.\n\nIhr Famiplus-Team",
        "Eine Betreuungsplattform meldet der Familie (Leserin), dass eine Betreuerin ihre Anfrage zum Kennenlerngespräch am Dienstag um 16:30 angenommen hat.",
    )
    add(
        f,
        "fr",
        "demande_entretien_acceptee",
        ("Kidéo", "contact@kideo.example.fr"),
        "Camille a accepté votre demande d'entretien",
        (2026, 4, 2, 20, 40),
        "Bonjour Alex,\n\nCamille a accepté votre demande d'entretien pour la garde de vos enfants.\n\nRendez-vous : mercredi 8 avril à 18h00, à votre domicile.\n\nCamille, 24 ans, étudiante en éducation, est disponible les lundis, mardis et jeudis après l'école.\n\nAprès l'entretien, vous pourrez lui proposer une réservation depuis votre espace parent.\n\nL'équipe Kidéo",
        "Une plateforme de garde d'enfants informe le parent (lecteur) qu'une baby-sitter a accepté sa demande d'entretien mercredi à 18h.",
    )
    add(
        f,
        "es",
        "cuidadora_acepto_solicitud",
        ("Cuidame.es", "avisos@cuidame.example.es"),
        "Lucía ha aceptado tu solicitud de entrevista",
        (2026, 4, 10, 11, 0),
        "Hola, Alex:\n\nLucía ha aceptado tu solicitud de entrevista para el cuidado de tu madre.\n\nFecha: jueves 16 de abril, 17:00\nLugar: en el domicilio que indicaste\n\nLucía tiene experiencia con personas mayores dependientes y formación en atención sociosanitaria.\n\nSi tras la entrevista decides contratarla, podrás enviarle la oferta desde la aplicación.\n\nEl equipo de Cuidame",
        "Una plataforma de cuidadores avisa al familiar (lector) de que una cuidadora aceptó su solicitud de entrevista el jueves a las 17:00.",
    )
    add(
        f,
        "pt-BR",
        "diarista_aceitou_pedido",
        ("LarBem", "avisos@larbem.example.com.br"),
        "Mariana aceitou seu pedido de entrevista",
        (2026, 4, 28, 10, 30),
        "Olá, Alex!\n\nMariana aceitou seu pedido de entrevista para a vaga de diarista na sua casa.\n\nQuando: terça-feira, 5 de maio, às 14h\nOnde: no seu endereço cadastrado\n\nMariana tem 8 anos de experiência e avaliação média de 4,9.\n\nDepois da conversa, você pode fechar a contratação pelo app.\n\nEquipe LarBem",
        "Um app de serviços domésticos avisa o contratante (leitor) que a diarista aceitou o pedido de entrevista na terça às 14h.",
    )
    add(
        f,
        "nl",
        "bureau_oppas_komt_langs",
        ("Oppasbureau De Wiek", "planning@dewiek-oppas.example.nl"),
        "Kennismaking met Sanne - maandag 11 mei",
        (2026, 5, 4, 14, 5),
        "Beste Alex,\n\nZoals besproken komt onze oppas Sanne op maandag 11 mei om 19.00 uur bij u thuis langs voor een kennismakingsgesprek. Sanne studeert pedagogiek en heeft drie jaar ervaring met peuters.\n\nNa het gesprek horen wij graag of u met haar verder wilt, dan stellen we het contract op.\n\nMet vriendelijke groet,\nIngrid Smit\nOppasbureau De Wiek",
        "Een oppasbureau schrijft de klant (lezer) dat hun oppas maandag om 19.00 uur op kennismaking komt; de lezer kiest.",
    )
    add(
        f,
        "en-US",
        "control_family_wants_to_interview_you",
        ("Nestly Care", "notifications@nestly-care.example.com"),
        "The Parker family wants to interview you",
        (2026, 3, 18, 12, 0),
        "Hi Alex,\n\nGreat news - the Parker family reviewed your application for their after-school nanny job and would like to interview you.\n\nWhen: Wednesday, March 25, 6:00 PM\nWhere: 41 Linden Ave (the family's home)\n\nPlease bring your ID and your first aid certificate. Reply in the app if you need to change the time.\n\nThe Nestly team",
        "Control: the same kind of marketplace tells the reader, a nanny, that a family wants to interview her on Wednesday at 6 PM.",
        slot=(2026, 3, 25, 18, 0),
    )
    add(
        f,
        "de",
        "control_familie_laedt_sie_ein",
        ("Famiplus", "service@famiplus.example.de"),
        "Familie Weber möchte Sie kennenlernen",
        (2026, 4, 16, 8, 45),
        "Hallo Alex Morgan,\n\nFamilie Weber hat Ihr Profil als Babysitterin angesehen und möchte Sie kennenlernen.\n\nIhr Vorstellungsgespräch: Donnerstag, 23. April 2026, 17:00 Uhr\nOrt: Gartenstraße 12, Freiburg\n\nBitte bringen Sie Ihr erweitertes Führungszeugnis mit.\n\nIhr Famiplus-Team",
        "Kontrolle: die Plattform lädt die Leserin als Babysitterin zum Vorstellungsgespräch bei einer Familie am Donnerstag um 17 Uhr ein.",
        slot=(2026, 4, 23, 17, 0),
    )


# --- bizowner50 ------------------------------------------------------------------------------
def bizowner() -> None:
    f = "bizowner50"
    add(
        f,
        "en-US",
        "board_candidate_confirmed",
        ("HireLane for Employers", "employers@hirelane.example.com"),
        "Jordan Lee confirmed: Line Cook interview",
        (2026, 4, 8, 16, 20),
        "Rosie's Diner\n\nJordan Lee confirmed the interview you scheduled.\n\nJob: Line Cook\nTuesday, April 14, 2026 at 2:00 PM\nIn person - 220 Main St\n\nView candidate   |   Message Jordan   |   Reschedule\n\nTip: have your questions ready and let candidates know when they'll hear back.\n\nHireLane - you're receiving this because you posted a job.",
        "A job board tells the owner of a diner (reader) that an applicant confirmed the interview the owner scheduled; the reader hires.",
    )
    add(
        f,
        "en-GB",
        "comanager_trial_shift",
        ("Beth Lawson", "beth@thecornercup.example.co.uk"),
        "Saturday - barista applicant",
        (2026, 4, 14, 21, 10),
        "Hi Alex,\n\nThe lad who answered our ad for the weekend barista job, Tom Reeve, is coming in on Saturday 18 April at 9:30 for a chat and a short trial shift. I'm away that weekend, so could you see him? His answers to the questions are in the shared folder.\n\nLet me know what you think of him afterwards.\n\nBeth",
        "A café's co-owner asks the reader to meet an applicant for a trial shift on Saturday at 9:30; the reader assesses him.",
    )
    add(
        f,
        "de",
        "einladung_angenommen_arbeitgeber",
        ("Jobkiez Arbeitgeber-Service", "arbeitgeber@jobkiez.example.de"),
        "Lena Vogt hat Ihre Einladung angenommen",
        (2026, 4, 15, 10, 5),
        "Guten Tag Alex Morgan,\n\nLena Vogt hat Ihre Einladung zum Vorstellungsgespräch angenommen.\n\nStelle: Verkäuferin (m/w/d) - Bäckerei Morgan\nTermin: Mittwoch, 22. April 2026, 10:00 Uhr\nOrt: Filiale Lindenstraße\n\nSie finden die Bewerbung und den Lebenslauf in Ihrem Arbeitgeberkonto.\n\nIhr Jobkiez-Team",
        "Ein Jobportal meldet dem Inhaber einer Bäckerei (Leser), dass eine Bewerberin seine Einladung für Mittwoch 10 Uhr angenommen hat.",
    )
    add(
        f,
        "it",
        "socia_cameriera_colloquio",
        ("Francesca", "francesca@trattoriadamario.example.it"),
        "la ragazza per il posto da cameriera",
        (2026, 4, 20, 22, 30),
        "Ciao Alex,\n\nGiulia, quella che ha risposto all'annuncio per cameriera, ha confermato che viene venerdì 24 aprile alle 15 per il colloquio. Io sono dal commercialista, le parli tu? Chiedile se può fare anche le domeniche.\n\nPoi dimmi come ti sembra.\n\nFra",
        "La socia chiede al lettore di fare il colloquio con una candidata cameriera venerdì alle 15; il lettore sceglie.",
    )
    add(
        f,
        "sv",
        "frisor_bokat_intervju",
        ("Jobbtorget", "noreply@jobbtorget.example.se"),
        "Ny intervju bokad: Frisör till Salong Alex",
        (2026, 4, 29, 13, 0),
        "Hej Alex!\n\nEmma Berg, som har sökt tjänsten som frisör hos Salong Alex, har bokat en av dina intervjutider.\n\nTid: torsdag 7 maj kl. 11:00\nPlats: salongen, Storgatan 5\n\nDu hittar hennes ansökan och cv under Kandidater.\n\nVänliga hälsningar\nJobbtorget",
        "En jobbsajt meddelar salongsägaren (läsaren) att en sökande bokat en av hans intervjutider torsdag kl. 11; läsaren anställer.",
    )
    add(
        f,
        "fr",
        "control_boutique_vous_propose",
        ("Claire Fontaine", "claire@lafontaine-deco.example.fr"),
        "Votre candidature - vendeur",
        (2026, 4, 21, 9, 40),
        "Bonjour Alex,\n\nMerci pour votre candidature au poste de vendeur dans ma boutique. Votre parcours m'intéresse beaucoup.\n\nJe vous propose un entretien à la boutique le mardi 28 avril à 10h. Prévoyez une demi-heure.\n\nÀ bientôt,\nClaire Fontaine\nLa Fontaine Déco",
        "Contrôle : la gérante d'une boutique invite le lecteur, candidat, à un entretien mardi à 10h.",
        slot=(2026, 4, 28, 10, 0),
        minutes=30,
    )
    add(
        f,
        "en-US",
        "control_board_scheduled_you",
        ("HireLane", "jobs@hirelane.example.com"),
        "Rosie's Diner scheduled an interview with you",
        (2026, 4, 24, 15, 0),
        "Hi Alex,\n\nRosie's Diner reviewed your application and scheduled an interview with you.\n\nJob: Line Cook\nThursday, April 30, 2026 at 11:00 AM\nIn person - 220 Main St\n\nConfirm   |   Ask for another time\n\nGood luck!\nHireLane",
        "Control: the same kind of job board tells the reader, the applicant, that the diner scheduled an interview on Thursday at 11 AM.",
        slot=(2026, 4, 30, 11, 0),
    )


# --- atsnotice50 -----------------------------------------------------------------------------
def atsnotice() -> None:
    f = "atsnotice50"
    add(
        f,
        "en-US",
        "starts_in_one_hour_kit",
        ("Teamtrack Hiring", "notifications@teamtrack.example.com"),
        "Starting in 1 hour: Priya Shah - Senior Data Engineer",
        (2026, 3, 17, 12, 0),
        "Hi Alex,\n\nYour interview with Priya Shah starts in 1 hour.\n\nSenior Data Engineer - Technical deep dive\nTuesday, March 17, 2026, 1:00 PM - 1:45 PM\nZoom (link in the calendar invite)\n\nFocus area assigned to you: data modelling\n\nOpen interview kit   |   View resume   |   Submit scorecard\n\nPlease submit your feedback within 24 hours of the interview.\n\nTeamtrack",
        "An ATS reminds the reader, an interviewer, that the interview with a candidate starts in an hour, with the interview kit and a scorecard link.",
    )
    add(
        f,
        "de",
        "als_interviewerin_hinzugefuegt",
        ("Talentwerk Recruiting", "noreply@talentwerk.example.de"),
        "Sie wurden als Interviewer:in hinzugefügt",
        (2026, 3, 11, 9, 0),
        "Hallo Alex Morgan,\n\nSie wurden als Interviewer:in für das Gespräch mit Jonas Keller hinzugefügt.\n\nStelle: Projektleiter Elektrotechnik (m/w/d)\nTermin: Mittwoch, 18. März 2026, 10:00-11:00 Uhr\nRaum: Besprechungsraum 2.14\n\nBitte füllen Sie nach dem Gespräch den Bewertungsbogen in Talentwerk aus.\n\nIhr Recruiting-Team",
        "Ein Bewerbermanagementsystem teilt dem Leser mit, dass er als Interviewer für das Gespräch mit einem Bewerber am Mittwoch eingetragen ist.",
    )
    add(
        f,
        "fr",
        "jury_grille_evaluation",
        ("Recrutement - Groupe Sorel", "recrutement@groupe-sorel.example.fr"),
        "Entretien Hugo Lemaire - jeudi 19 mars",
        (2026, 3, 13, 15, 30),
        "Bonjour Alex,\n\nVous faites partie du jury d'entretien de Hugo Lemaire pour le poste de chef de projet SI.\n\nDate : jeudi 19 mars 2026, de 14h00 à 15h00\nLieu : salle Garonne, 3e étage\n\nMerci de saisir votre grille d'évaluation dans l'outil au plus tard le lendemain.\n\nL'équipe recrutement",
        "Un outil de recrutement informe le lecteur qu'il siège au jury de l'entretien d'un candidat jeudi de 14h à 15h.",
    )
    add(
        f,
        "ja",
        "mensetsukan_assign",
        ("採用管理システム", "noreply@saiyo-kanri.example.jp"),
        "【面接官アサイン】山田太郎さん 一次面接",
        (2026, 3, 16, 10, 0),
        "Alex Morgan 様\n\n以下の面接の面接官にアサインされました。\n\n候補者：山田太郎さん\n職種：法人営業\n日時：2026年3月24日（火）15:00〜16:00\n場所：本社 5F 会議室B\n\n面接終了後、評価シートのご入力をお願いいたします。\n\n人事部 採用チーム",
        "採用管理システムが読者に、候補者の一次面接（3月24日15時）の面接官にアサインされたことを知らせる。",
    )
    add(
        f,
        "es",
        "aprobacion_entrevista_final",
        ("Selecta ATS", "avisos@selecta-ats.example.es"),
        "Aprobación necesaria: entrevista final de Raúl Medina",
        (2026, 3, 24, 11, 20),
        "Hola, Alex:\n\nComo responsable de la vacante Jefe de almacén, necesitamos tu aprobación para programar la entrevista final de Raúl Medina.\n\nPropuesta: martes 31 de marzo, 12:00-13:00, en la nave de Getafe.\n\nAprobar   |   Rechazar   |   Ver perfil\n\nSelecta ATS",
        "Un ATS pide al responsable de la vacante (lector) que apruebe la entrevista final de un candidato el martes a las 12:00.",
    )
    add(
        f,
        "pl",
        "dodany_do_panelu",
        ("Rekruter24", "powiadomienia@rekruter24.example.pl"),
        "Zostałeś dodany do panelu rekrutacyjnego",
        (2026, 3, 26, 8, 30),
        "Cześć Alex,\n\nZostałeś dodany do panelu rekrutacyjnego na stanowisko Księgowa.\n\nRozmowa z: Anna Nowak\nTermin: czwartek, 2 kwietnia 2026, 9:00-10:00\nMiejsce: sala Wisła\n\nPo rozmowie uzupełnij arkusz oceny w systemie.\n\nZespół HR",
        "System rekrutacyjny informuje czytelnika, że dodano go do panelu na rozmowę z kandydatką w czwartek o 9:00.",
    )
    add(
        f,
        "en-US",
        "control_starts_in_one_hour_candidate",
        ("Teamtrack Hiring for Ridgeline Health", "notifications@teamtrack.example.com"),
        "Starting in 1 hour: your interview with Ridgeline Health",
        (2026, 4, 9, 14, 0),
        "Hi Alex,\n\nYour interview with Dana Cole, Hiring Manager at Ridgeline Health, starts in 1 hour.\n\nClinical Data Analyst\nThursday, April 9, 2026, 3:00 PM - 3:45 PM\nZoom (link in your invite)\n\nTip: test your camera and microphone before joining.\n\nGood luck!\nTeamtrack",
        "Control: the same kind of ATS reminds the reader, the candidate, that their interview with the hiring manager starts in an hour.",
        slot=(2026, 4, 9, 15, 0),
        minutes=45,
    )
    add(
        f,
        "de",
        "control_ihr_gespraech",
        ("Talentwerk Recruiting", "noreply@talentwerk.example.de"),
        "Ihr Vorstellungsgespräch am 14. April",
        (2026, 4, 7, 9, 0),
        "Hallo Alex Morgan,\n\nwir freuen uns auf Ihr Vorstellungsgespräch mit Frau Sabine Roth (Teamleitung Disposition).\n\nTermin: Dienstag, 14. April 2026, 11:00-11:45 Uhr\nOrt: Lindner Logistik, Hafenstraße 8, Empfang EG\n\nBitte bringen Sie Ihre Zeugnisse mit.\n\nIhr Recruiting-Team",
        "Kontrolle: dasselbe System erinnert den Leser, den Bewerber, an sein Vorstellungsgespräch am Dienstag um 11 Uhr.",
        slot=(2026, 4, 14, 11, 0),
        minutes=45,
    )


# --- roomlet50 -------------------------------------------------------------------------------
def roomlet() -> None:
    f = "roomlet50"
    add(
        f,
        "en-GB",
        "room_viewing_and_chat",
        ("Hannah Price", "hannah.price@mailbox.example"),
        "Re: Double room on Cowley Road",
        (2026, 3, 10, 19, 45),
        "Hi Alex,\n\nThanks for getting back to me about the room. Saturday 14 March at 11am is perfect for the viewing and a chat with you and the others.\n\nA bit about me: I'm a junior doctor at the JR, non-smoker, tidy, and I cook a lot. Happy to bring a reference from my current landlord.\n\nSee you Saturday,\nHannah",
        "A prospective flatmate confirms the viewing and chat the reader offered for the room on Saturday at 11am; the reader chooses the tenant.",
    )
    add(
        f,
        "de",
        "inserat_nachricht_kennenlernen",
        ("Zimmerzeit", "nachrichten@zimmerzeit.example.de"),
        "Neue Nachricht zu deinem Inserat",
        (2026, 3, 11, 22, 5),
        'Hallo Alex,\n\ndu hast eine neue Nachricht zu deinem Inserat "Helles Zimmer in 3er-WG, Kreuzberg":\n\nJonas schreibt:\n"Hi! Danke für die Einladung. Sonntag, der 15.3. um 18 Uhr passt mir super zum Kennenlernen. Ich bin 27, arbeite als Tontechniker und bin eher ruhig. Bis dann!"\n\nAntworten\n\nDein Zimmerzeit-Team',
        "Eine Zimmerbörse leitet dem Leser (Anbieter) die Zusage eines Interessenten zum Kennenlernen am Sonntag um 18 Uhr weiter.",
    )
    add(
        f,
        "fr",
        "chambre_visite_candidate",
        ("Inès Moreau", "ines.moreau@mailbox.example"),
        "La chambre rue de la Roquette",
        (2026, 3, 12, 12, 10),
        "Bonjour Alex,\n\nJe suis toujours très intéressée par la chambre. Je peux passer la visiter et faire connaissance avec vous mardi 17 mars à 19h, si ça vous va toujours.\n\nJe joindrai mon dossier (fiches de paie, garant) à ma prochaine réponse.\n\nBonne journée,\nInès",
        "Une candidate locataire confirme la visite et la rencontre mardi à 19h ; le lecteur choisit.",
    )
    add(
        f,
        "es",
        "piso_visita_entrevista",
        ("Marta Gil", "marta.gil@mailbox.example"),
        "Piso en Chamberí",
        (2026, 3, 13, 9, 30),
        "Hola, Alex:\n\nSoy Marta, le escribí por el piso que alquila en Chamberí. El jueves 19 de marzo a las 18:30 me va bien para la visita y la entrevista que comentó. Llevaré las nóminas y el contrato de trabajo.\n\nUn saludo,\nMarta",
        "Una posible inquilina acepta la visita y la entrevista que propone el casero (lector) el jueves a las 18:30.",
    )
    add(
        f,
        "nl",
        "kamer_uitnodiging_geaccepteerd",
        ("Kamerplein", "berichten@kamerplein.example.nl"),
        "Lotte heeft je uitnodiging geaccepteerd",
        (2026, 3, 18, 17, 0),
        "Hoi Alex,\n\nLotte heeft je uitnodiging voor een kennismaking geaccepteerd.\n\nKamer: Oudegracht 112, 14 m2\nWanneer: woensdag 25 maart om 20.00 uur\n\nNa de kennismaking kun je de kamer aan Lotte toewijzen of andere reacties bekijken.\n\nGroet,\nKamerplein",
        "Een kamerplatform meldt de verhuurder (lezer) dat een kandidaat de uitnodiging voor een kennismaking woensdag om 20.00 uur accepteerde.",
    )
    add(
        f,
        "it",
        "stanza_colloquio_coinquiline",
        ("Sofia Greco", "sofia.greco@mailbox.example"),
        "Stanza in via Padova",
        (2026, 3, 19, 20, 0),
        "Ciao Alex,\n\ngrazie per avermi risposto per la stanza. Martedì 24 marzo alle 19 va benissimo per il colloquio con te e le altre ragazze.\n\nSono una studentessa di architettura, non fumo e sono abbastanza ordinata.\n\nA presto,\nSofia",
        "Una studentessa accetta il colloquio per la stanza martedì alle 19; il lettore sceglie la coinquilina.",
    )
    add(
        f,
        "sv",
        "rum_visning_intervju",
        ("Oskar Nilsson", "oskar.nilsson@mailbox.example"),
        "Rummet på Södermalm",
        (2026, 3, 23, 8, 15),
        "Hej Alex!\n\nTack för svaret om rummet. Jag kommer gärna på visning och intervju lördag 28 mars kl. 13.\n\nJag är 25, jobbar som sjuksköterska och har referenser från min nuvarande hyresvärd.\n\nHälsningar\nOskar",
        "En blivande hyresgäst tackar ja till visning och intervju lördag kl. 13; läsaren hyr ut.",
    )


# --- tutorhire50 -----------------------------------------------------------------------------
def tutorhire() -> None:
    f = "tutorhire50"
    add(
        f,
        "en-GB",
        "tutor_confirmed_intro_call",
        ("Tutorbridge", "hello@tutorbridge.example.co.uk"),
        "Sophie R. confirmed your introductory call",
        (2026, 4, 13, 16, 0),
        "Hi Alex,\n\nSophie R. (GCSE Maths tutor) confirmed your free introductory call about lessons for Ben.\n\nMonday 20 April, 5:30pm - 15 minutes, video\n\nAfterwards you can book lessons with Sophie, or try a different tutor.\n\nTutorbridge",
        "A tutoring platform tells the parent (reader) that a tutor confirmed the introductory call on Monday at 5:30pm; the reader chooses the tutor.",
    )
    add(
        f,
        "de",
        "putzhilfe_bringe_referenzen",
        ("Ewa Kowalczyk", "ewa.kowalczyk@mailbox.example"),
        "Ihre Anzeige Haushaltshilfe",
        (2026, 4, 12, 18, 20),
        "Hallo Alex,\n\ndanke für Ihre Nachricht. Ich komme gerne am Freitag, 17. April um 10 Uhr zum Vorstellungsgespräch vorbei und bringe meine Referenzen mit.\n\nIch arbeite seit neun Jahren als Haushaltshilfe in Privathaushalten.\n\nViele Grüße\nEwa Kowalczyk",
        "Eine Haushaltshilfe sagt dem Leser (Auftraggeber) das Vorstellungsgespräch am Freitag um 10 Uhr zu und bringt ihre Referenzen mit.",
    )
    add(
        f,
        "en-US",
        "contractor_walkthrough_interview",
        ("Dave Ortiz", "dave@ortizbuilds.example.com"),
        "Kitchen remodel - interview Tuesday",
        (2026, 4, 15, 7, 50),
        "Hi Alex,\n\nThanks for shortlisting us for the kitchen remodel. I'll stop by Tuesday, April 21 at 5 PM for the interview and to walk the kitchen, and I'll bring photos of past jobs and a couple of references you can call.\n\nDave Ortiz\nOrtiz Builds LLC",
        "A contractor shortlisted for the reader's kitchen remodel confirms the interview on Tuesday at 5 PM; the reader hires.",
    )
    add(
        f,
        "es",
        "club_entrenador_voluntario",
        ("Nacho Ferrer", "nacho.ferrer@mailbox.example"),
        "Entrenador voluntario alevines",
        (2026, 4, 16, 21, 0),
        "Hola, Alex:\n\nGracias por tu correo en nombre de la junta del club. La entrevista para entrenador voluntario del alevín el miércoles 22 de abril a las 20:00 me va perfecto. Llevaré mi título de monitor y el certificado de delitos sexuales.\n\nUn abrazo,\nNacho",
        "Un candidato a entrenador voluntario acepta la entrevista con la junta (lector) el miércoles a las 20:00.",
    )
    add(
        f,
        "it",
        "babysitter_colloquio_conoscitivo",
        ("Tatacasa", "famiglie@tatacasa.example.it"),
        "Colloquio con la babysitter Sara",
        (2026, 4, 17, 12, 0),
        "Gentile Alex,\n\nla babysitter Sara ha confermato il colloquio conoscitivo con lei giovedì 23 aprile alle 17:30, a casa sua.\n\nDopo il colloquio potrà decidere se affidarle i bambini e prenotare le prime ore dall'app.\n\nIl team Tatacasa",
        "Un servizio di babysitting conferma al genitore (lettore) il colloquio con la babysitter giovedì alle 17:30; il lettore sceglie.",
    )
    add(
        f,
        "en-GB",
        "control_parent_invites_tutor",
        ("Rachel Owen", "rachel.owen@mailbox.example"),
        "Maths tutor",
        (2026, 4, 20, 20, 15),
        "Hi Alex,\n\nThanks for replying to my ad for a maths tutor for my son. Could you come for a short interview on Wednesday 29 April at 6pm? We're at 14 Elm Road.\n\nBest,\nRachel",
        "Control: a parent invites the reader, who applied to tutor her son, to an interview on Wednesday at 6pm.",
        slot=(2026, 4, 29, 18, 0),
    )
    add(
        f,
        "fr",
        "control_parent_propose_entretien",
        ("Sylvie Martin", "sylvie.martin@mailbox.example"),
        "Cours particuliers - entretien",
        (2026, 4, 20, 13, 0),
        "Bonjour Alex,\n\nSuite à votre candidature comme professeur particulier de physique pour ma fille, je vous propose un entretien le lundi 27 avril à 18h chez nous.\n\nCordialement,\nSylvie Martin",
        "Contrôle : une mère invite le lecteur, candidat professeur particulier, à un entretien lundi à 18h.",
        slot=(2026, 4, 27, 18, 0),
    )


# --- shortlist50 -----------------------------------------------------------------------------
def shortlist() -> None:
    f = "shortlist50"
    add(
        f,
        "en-GB",
        "could_you_see_mark",
        ("Rachel Dunn - Keystone Recruitment", "rachel.dunn@keystone-rec.example.co.uk"),
        "Finance Manager shortlist",
        (2026, 3, 3, 11, 0),
        "Hi Alex,\n\nPlease find attached the shortlist for your Finance Manager role - three strong profiles.\n\nMark Ellis is my pick: ACCA qualified, eight years in manufacturing. Could you see Mark on Tuesday 10 March at 10:00? He's on a month's notice and has another process running, so the sooner the better.\n\nBest,\nRachel",
        "An agency sends its client's hiring manager (reader) a shortlist and proposes Tuesday at 10:00 to see a candidate.",
    )
    add(
        f,
        "de",
        "koennten_sie_herrn_becker",
        ("Tobias Schulz | Personalberatung Nordlicht", "t.schulz@nordlicht-pb.example.de"),
        "Kandidatenvorschlag Leitung Einkauf",
        (2026, 3, 4, 15, 20),
        "Sehr geehrter Herr Morgan,\n\nanbei mein Vorschlag für die Position Leitung Einkauf.\n\nHerr Daniel Becker bringt zwölf Jahre Erfahrung im strategischen Einkauf mit. Könnten Sie Herrn Becker am Dienstag, 10. März um 14:00 Uhr zu einem ersten Gespräch empfangen? Er hat an dem Tag frei.\n\nMit freundlichen Grüßen\nTobias Schulz",
        "Ein Personalberater schlägt dem Kunden (Leser) einen Kandidaten vor und fragt, ob er ihn Dienstag um 14 Uhr empfangen kann.",
    )
    add(
        f,
        "fr",
        "pourriez_vous_recevoir",
        ("Élodie Petit - Cabinet Orion", "e.petit@cabinet-orion.example.fr"),
        "Profils pour le poste de contrôleur de gestion",
        (2026, 3, 5, 10, 10),
        "Bonjour Alex,\n\nJe vous transmets deux profils pour votre poste de contrôleur de gestion.\n\nMme Aurélie Roux est disponible rapidement. Pourriez-vous la recevoir mardi 10 mars à 11h ? Sinon, M. Karim Benali peut venir jeudi 12 mars à 16h.\n\nBien cordialement,\nÉlodie Petit",
        "Un cabinet propose à son client (lecteur) de recevoir deux candidats mardi à 11h ou jeudi à 16h.",
    )
    add(
        f,
        "es",
        "podrias_ver_a_lucia",
        ("Pablo Ortega - Talento Sur", "pablo.ortega@talentosur.example.es"),
        "Candidata para Responsable de tienda",
        (2026, 3, 6, 13, 0),
        "Hola, Alex:\n\nTe paso el perfil de Lucía Herrera para la vacante de responsable de tienda; encaja muy bien con lo que buscáis.\n\n¿Podrías verla el jueves 12 de marzo a las 12:00 en la tienda de Triana? Si te viene bien, se lo confirmo hoy mismo.\n\nUn saludo,\nPablo",
        "Una consultora propone al cliente (lector) ver a una candidata el jueves a las 12:00.",
    )
    add(
        f,
        "nl",
        "zou_je_bram_kunnen_spreken",
        ("Femke de Jong | Vakwerk Werving", "femke@vakwerkwerving.example.nl"),
        "Kandidaat monteur",
        (2026, 3, 6, 9, 40),
        "Hoi Alex,\n\nIk heb een goede kandidaat voor jullie vacature servicemonteur: Bram Hendriks, zes jaar ervaring met warmtepompen.\n\nZou je Bram donderdag 12 maart om 15.00 uur kunnen spreken? Hij kan na zijn dienst naar jullie toe komen.\n\nGroet,\nFemke",
        "Een werving-en-selectiebureau vraagt de klant (lezer) of hij donderdag om 15.00 uur een kandidaat kan spreken.",
    )
    add(
        f,
        "pt-BR",
        "voce_conseguiria_entrevistar",
        ("Renata Alves - Ponte RH", "renata@ponterh.example.com.br"),
        "Indicação para Analista Fiscal",
        (2026, 3, 5, 16, 0),
        "Oi, Alex!\n\nSegue a indicação da Carla Souza para a vaga de Analista Fiscal. Ela tem experiência com SPED e está disponível para começar em 30 dias.\n\nVocê conseguiria entrevistá-la na quarta-feira, 11 de março, às 10h? Se sim, já aviso a candidata.\n\nAbraços,\nRenata",
        "Uma consultoria propõe ao cliente (leitor) entrevistar uma candidata na quarta às 10h.",
    )
    add(
        f,
        "en-US",
        "control_client_wants_to_see_you",
        ("Mike Harlow - Summit Search", "mike@summitsearch.example.com"),
        "Great news - client interview",
        (2026, 3, 12, 17, 0),
        "Hi Alex,\n\nGreat news: the client loved your resume and would like to see you on Wednesday, March 18 at 10:00 AM at their office, 500 Pine St, 4th floor. You'll meet the VP of Finance. I've told them you can make it - shout if that's a problem.\n\nMike",
        "Control: an agency tells the reader, the candidate, that the client will see them on Wednesday at 10:00 AM.",
        slot=(2026, 3, 18, 10, 0),
    )
    add(
        f,
        "it",
        "control_il_cliente_vorrebbe_incontrarla",
        ("Chiara Bassi - Ponte Risorse", "c.bassi@ponterisorse.example.it"),
        "Colloquio presso il nostro cliente",
        (2026, 3, 12, 11, 30),
        "Gentile Alex,\n\nil nostro cliente ha valutato positivamente il suo profilo e vorrebbe incontrarla giovedì 19 marzo alle 11:00 presso la sede di Milano, via Tortona 20.\n\nLe confermo il colloquio con il direttore tecnico.\n\nCordiali saluti,\nChiara Bassi",
        "Controllo: l'agenzia conferma al lettore, candidato, il colloquio presso il cliente giovedì alle 11:00.",
        slot=(2026, 3, 19, 11, 0),
    )


# --- panelhm50 -------------------------------------------------------------------------------
def panelhm() -> None:
    f = "panelhm50"
    add(
        f,
        "en-US",
        "join_me_to_interview",
        ("Jenna Park", "jenna.park@brightloop.example.com"),
        "Can you help interview Sara Lind?",
        (2026, 3, 5, 10, 0),
        "Hey Alex,\n\nCould you join me to interview Sara Lind for the PM role on Thursday, March 12 at 2:00 PM? I'd like you to take product sense and stakeholder questions. I'll forward her portfolio tonight.\n\nThanks!\nJenna",
        "A hiring manager asks a colleague (reader) to join her interviewing a candidate on Thursday at 2 PM.",
    )
    add(
        f,
        "de",
        "kommission_vorstellungsgespraeche",
        ("Dekanat Fakultät für Chemie", "dekanat.chemie@uni-beispiel.example.de"),
        "Berufungskommission W2 Physikalische Chemie - Vorträge und Gespräche",
        (2026, 3, 2, 12, 0),
        "Sehr geehrter Herr Morgan,\n\nals Mitglied der Berufungskommission laden wir Sie zu den Vorstellungsvorträgen und Kommissionsgesprächen mit den eingeladenen Bewerberinnen und Bewerbern ein.\n\nBeginn: Montag, 16. März 2026, 9:00 Uhr, Seminarraum C 201\n\nDie Reihenfolge der Vorträge folgt in der kommenden Woche.\n\nMit freundlichen Grüßen\nDekanat",
        "Das Dekanat lädt den Leser als Kommissionsmitglied zu den Vorträgen und Gesprächen mit Bewerbern am Montag um 9 Uhr ein.",
    )
    add(
        f,
        "pl",
        "komisja_konkursowa",
        ("Sekretariat Instytutu", "sekretariat@instytut.example.pl"),
        "Posiedzenie komisji konkursowej",
        (2026, 3, 9, 9, 0),
        "Szanowny Panie,\n\nuprzejmie informuję, że rozmowy z kandydatami na stanowisko adiunkta odbędą się w środę 18 marca o 10:00 w sali 214. Jako członek komisji konkursowej otrzyma Pan dokumenty kandydatów w poniedziałek.\n\nZ wyrazami szacunku\nSekretariat",
        "Sekretariat informuje członka komisji konkursowej (czytelnika) o rozmowach z kandydatami w środę o 10:00.",
    )
    add(
        f,
        "sv",
        "sitta_med_pa_intervjun",
        ("Karin Ek", "karin.ek@nordvind.example.se"),
        "Intervju Erik Lindqvist",
        (2026, 3, 10, 8, 30),
        "Hej Alex,\n\nkan du sitta med på intervjun med Erik Lindqvist tisdag 17 mars kl. 13? Han söker tjänsten som driftstekniker och jag vill gärna att du ställer de tekniska frågorna.\n\nTack!\nKarin",
        "En chef ber en kollega (läsaren) att sitta med på intervjun med en sökande tisdag kl. 13.",
    )
    add(
        f,
        "fr",
        "jury_entretien_collegue",
        ("Marc Lefèvre", "marc.lefevre@atelier-nova.example.fr"),
        "Entretien Mme Dubois",
        (2026, 3, 11, 17, 45),
        "Salut Alex,\n\nTu peux être dans le jury pour l'entretien de Mme Claire Dubois jeudi 19 mars à 10h ? Elle postule comme responsable qualité, je t'envoie son CV demain.\n\nMerci,\nMarc",
        "Un manager demande à un collègue (lecteur) de siéger au jury de l'entretien d'une candidate jeudi à 10h.",
    )
    add(
        f,
        "ja",
        "mensetsukan_doseki",
        ("鈴木 一郎", "suzuki@kaisha.example.jp"),
        "二次面接のご同席のお願い",
        (2026, 3, 16, 9, 0),
        "Alex さん\n\nお疲れさまです。\n来週火曜日（3月24日）14:00から、営業職の候補者 佐藤健様の二次面接を行います。\n面接官としてご同席をお願いできますでしょうか。\n\n鈴木",
        "上司が同僚（読者）に候補者の二次面接（3月24日14時）への面接官としての同席を頼む。",
    )
    add(
        f,
        "en-GB",
        "control_panel_invites_you",
        ("HR Appointments - Northgate University", "appointments@northgate.example.ac.uk"),
        "Invitation to interview: Senior Lecturer in Economics",
        (2026, 3, 13, 11, 0),
        "Dear Alex Morgan,\n\nThank you for your application for the post of Senior Lecturer in Economics. The appointment panel would like to invite you to interview on Monday 23 March at 11:00 in the Senate Room. The interview will last 45 minutes.\n\nYours sincerely,\nHR Appointments",
        "Control: a university's appointment panel invites the reader, the applicant, to interview on Monday at 11:00.",
        slot=(2026, 3, 23, 11, 0),
        minutes=45,
    )
    add(
        f,
        "de",
        "control_kommission_laedt_sie_ein",
        ("Personalabteilung Stadtwerke Kelheim", "bewerbung@stadtwerke-kelheim.example.de"),
        "Einladung zum Vorstellungsgespräch",
        (2026, 3, 16, 10, 0),
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie zu einem Vorstellungsgespräch mit unserer Auswahlkommission am Mittwoch, 25. März 2026 um 14:00 Uhr einladen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "Kontrolle: die Auswahlkommission lädt den Leser, den Bewerber, am Mittwoch um 14 Uhr zum Gespräch ein.",
        slot=(2026, 3, 25, 14, 0),
    )


BUILDERS = (carenotice, bizowner, atsnotice, roomlet, tutorhire, shortlist, panelhm)

FIRST_SIGHT_FIGURES = (
    "First sight (main de2e59ab with this batch, before any parser change; quick.py, "
    "'claimed' = an invitation, reschedule or cancellation with confidence >= 0.5): dev "
    "look-alikes claimed 15/29 (carenotice50 4/6, bizowner50 4/5, atsnotice50 2/6, roomlet50 "
    "4/7, tutorhire50 1/5), dev controls right 8/8 by start but 6 sure (the tutorhire50 "
    "controls, 'a maths tutor for my son' and 'professeur particulier ... pour ma fille', "
    "read as a relative's interview at 0.45); held out look-alikes claimed 4/12, held-out "
    "controls right 4/4 (4 sure). On the same tree employer48's dev flatmate48 had 1/7 and "
    "tutor48 3/7 look-alikes claimed."
)
AFTER_FIGURES = (
    "After the parser change (lookalikes.reader_chooses and additions to writer_applies, "
    "the flat-share list and the kin list; see tests/parsing/test_hirer50_reader_chooses.py): "
    "dev look-alikes claimed 0/29, dev controls right 8/8 (8 sure); held out look-alikes "
    "claimed 2/12 (not looked at), held-out controls right 4/4 (4 sure); employer48's dev "
    "flatmate48 0/7 and tutor48 0/7 claimed. Whole corpus against main de2e59ab "
    "(base-main.jsonl): 0 WORSE, 0 SURE-, 5 BETTER (the four dev flatmate48/tutor48 mails "
    "and one held-out carer48 mail), 1 CHANGED (held-out hmscreen24, a look-alike already "
    "below 0.5); the older held-out look-alikes of the kinds this batch aims at (carer48, "
    "smallbiz48, agencyhm39, agencyclient39, hmdirect44, hirecomm25, coordho30, "
    "panelbrief49, atsinterviewer26) went from 21/55 to 20/55 claimed.\n\n"
    "## Rules and their sources\n\n"
    "- A third person accepted or booked what the reader offered ('accepted your interview "
    "request', 'confirmed the interview you scheduled', 'hat Ihre Einladung zum "
    "Vorstellungsgespräch angenommen', 'a accepté votre demande d'entretien', 'aceitou seu "
    "pedido de entrevista', 'heeft je uitnodiging ... geaccepteerd', 'har bokat en av dina "
    "intervjutider'): carenotice50, bizowner50, roomlet50 (marketplaces, job boards, "
    "letting sites); read only when the mail names no interview of the reader's own, since "
    "a careers fair's 'Tyne Robotics has accepted your request. Your interview is booked' "
    "(booth46) is the reader's.\n"
    "- After meeting the reader may hire, book or offer ('send Anna a job offer', 'keep "
    "browsing other carers', 'lui proposer une réservation', 'fechar a contratação', "
    "'affidarle'): carenotice50, tutor48, tutorhire50.\n"
    "- The reader asked to see, receive or interview a third person, or to sit in ('could you "
    "see him?', 'join me to interview', 'Könnten Sie Herrn ... empfangen', 'pourriez-vous la "
    "recevoir', '¿Podrías verla?', 'você consegue entrevistá-la', 'le parli tu?', 'sitta med "
    "på intervjun', '面接官としてご同席'), approve them or sit on the panel ('necesitamos tu "
    "aprobación', 'as the hiring manager for', 'Zostałeś dodany do panelu'): bizowner50, "
    "atsnotice50 and earlier agency and panel families. Only the informal second person's "
    "verbs in Spanish, Portuguese and Italian: 'Gostaríamos de recebê-lo', 'nos gustaría "
    "entrevistarla' invite the reader (clientans46); Dutch 'wil je graag spreken' likewise "
    "(agencychat, relayown44), so the Dutch and English forms need 'hem'/'haar' or a "
    "capitalised name that is not a day or month.\n"
    "- The writer shortlisted by the reader or bringing their own references or diploma "
    "('thanks for shortlisting us', 'Gracias por seleccionarnos', 'I'll bring ... "
    "references', 'bringe meine Referenzen mit', 'Llevaré mi título', 'Ik neem mijn "
    "trainersdiploma ... mee'): tutor48, tutorhire50, roomlet50 (writer_applies).\n"
    "- A room let named as what the writer comes for ('3er-WG', 'el piso que alquila', "
    "'pasar por el piso', 'per la stanza', 'om rummet', 'visning och intervju'): flatmate48, "
    "roomlet50.\n"
    "- A private role hired for a relative ('a maths tutor for my son', 'professeur "
    "particulier ... pour ma fille') no longer reads as the relative's interview: the "
    "tutorhire50 controls.\n"
    "- Left alone: hmscreen24 moved below 0.5 to another below-0.5 reading (not looked at); "
    "'your interview with Priya Shah starts in 1 hour' beside a scorecard was already read as "
    "an interviewer's notice."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the hirer50 batch (`build_hirer50.py`)",
        "",
        "Mail in which the reader is the one hiring, choosing or interviewing, in the kinds "
        "whose earlier held-out families (carer48, smallbiz48, agencyhm39, agencyclient39, "
        "hmdirect44, hirecomm25, coordho30, panelbrief49, atsinterviewer26) were still "
        "claimed: domestic-help marketplaces and care agencies writing to the family, small "
        "businesses' hiring threads and job boards' employer notices, applicant trackers' "
        "notices to interviewers, landlords and flat-shares choosing a tenant, parents and "
        "clubs choosing a tutor, builder or volunteer, agencies' shortlists to a client and "
        "hiring managers asking a colleague onto the panel; beside controls in the same "
        "words where the reader is the candidate. All text is ours, written by hand with no "
        "template; layouts are recalled from the senders' kind of tool. People, companies "
        "and addresses are made up. Every label was written from the datetimes the text is "
        "rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('hirer50 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used: the README's hiring-side policy. An interview the reader holds, "
        "hosts, approves or sits on as the one who chooses (a nanny, a tenant, an applicant "
        "to the reader's shop, a candidate an agency puts forward) is `not_invitation`, as "
        "is a room or flat-share interview whoever reads it; the reader addressed as the "
        "candidate for a job (a carer invited to meet the family, a tutor asked to an "
        "interview by a parent) is an `invitation` at the interview's start, with its end "
        "where the mail gives one.",
        "",
        FIRST_SIGHT_FIGURES,
        "",
    ]
    if AFTER_FIGURES:
        lines += [AFTER_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_hirer50.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-hirer50.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
