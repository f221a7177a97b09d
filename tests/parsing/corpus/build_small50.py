# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "small50" batch: three small, known weaknesses of the parser, in mail.

1. Employers whose own boilerplate holds words the parser reads as "an interview in another
   sense" (a newspaper or a publisher hiring, a charity's "volunteer with us" footer, a
   university lab's research footer, "as featured in the press"): their invitations, with
   look-alikes the cues were added for (a podcast, a volunteer intake, a study) beside them.
2. The user's own reply, forwarded to Afterview, that confirms the one slot the quoted
   employer offered; beside the user's own thank-you and counter-proposal.
3. Job ads and offers whose hours read like a window of time ("9-5", "24/7", "Mon-Fri 9-5",
   "a 3-4 day week") with no date; controls where an interview date sits beside them.

Run: .venv/bin/python tests/parsing/corpus/build_small50.py

All text is ours; people and companies are made up. Labels come from the datetimes the text
is rendered from (zoneinfo) and were written before the parser was run on any message of the
batch. Held-out families drawn by `random.Random("small50 coin").sample(sorted(FAMILIES), 2)`
before anything was written. Deterministic; the script writes only its own families.
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
HOOK = ("Afterview", "in@afterview.example")
OURS = "hand-written, no template"
LIC = "text ours"

FAMILIES = {
    "pressjob50": "A newspaper, a publisher or a broadcaster invites the reader to a job "
    "interview for a post that is not a journalist's (developer, accountant, sales); its "
    "signature or footer names its journalism ('Zeitung', 'jornal', 'krant', 'as featured in "
    "the press').",
    "charityjob50": "A charity or an NGO invites the reader to a job interview for a paid "
    "post; its footer asks readers to volunteer ('volunteer with us', 'Ehrenamtlich helfen', "
    "'devenez bénévole', 'hazte voluntario', 'seja voluntário', 'diventa volontario', 'word "
    "vrijwilliger').",
    "labjob50": "A university research lab or institute invites the reader to a job interview "
    "(technician, data manager, lab manager); its signature or footer names research studies "
    "and participants, or a LinkedIn-style footer.",
    "othersense50": "The look-alikes the cues were added for, in the same languages: a "
    "podcast or a newspaper interviewing the reader, a volunteer's intake talk, a study's "
    "participant session: not_invitation.",
    "ownreply50": "The user's own reply, forwarded to Afterview, confirming the one slot the "
    "quoted employer offered ('Thank you for considering my application, I confirm ...'): an "
    "invitation at that slot; the user's own thank-you after the interview and own "
    "counter-proposal: not_invitation.",
    "hoursad50": "Job ads, offers and recruiters' pitches whose hours look like a window of "
    "time ('a 9-5 job', '24/7 support', 'Mon-Fri 9-5', 'a 3-4 day week', 'Mo-Fr 8-16 Uhr') "
    "and no date: not_invitation.",
    "hoursctl50": "Invitations whose role is described with the same hours words ('9-5', "
    "'24/7', 'Mon-Fri') beside the interview's own date and time.",
}
HELD = frozenset(random.Random("small50 coin").sample(sorted(FAMILIES), 2))
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
    to: tuple[str, str] = ME,
) -> None:
    """One mail: with `slot` the reader's own interview at that wall time (no zone stated),
    labelled an invitation; without it labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*sent, tzinfo=zone)
    key = f"small50 {fam} {lang} {name}"
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
    message["To"] = formataddr(to)
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


# --- pressjob50 ------------------------------------------------------------------------------
def pressjob() -> None:
    f = "pressjob50"
    add(
        f,
        "en-GB",
        "gazette_web_developer",
        ("Joanne Pike", "joanne.pike@harbourgazette.example.co.uk"),
        "Your application - next step",
        (2026, 3, 9, 10, 5),
        "Dear Alex,\n\nThank you for your time on the phone on Friday. We'd like to invite you to meet our digital team on Tuesday 17 March 2026 at 11:00 at our office on Quay Street.\n\nPlease bring some photo ID for reception.\n\nKind regards,\n\nJoanne Pike\nHead of Digital Products\n\n--\nThe Harbour Gazette | Independent local journalism since 1891\nRead the newspaper online at harbourgazette.example.co.uk",
        "A local newspaper's digital team invites the reader; its footer names the newspaper and its journalism.",
        slot=(2026, 3, 17, 11, 0),
    )
    add(
        f,
        "en-US",
        "tribune_office_manager",
        ("Maya Ortiz", "mortiz@riverbendtribune.example.com"),
        "Coming in to meet us",
        (2026, 3, 10, 15, 40),
        "Hi Alex,\n\nThanks for chatting with me yesterday. Can you come in on Thursday, March 19 at 2:30 PM to meet our publisher? Plan on 45 minutes.\n\nWe're on the third floor; just ask at the front desk.\n\nBest,\nMaya Ortiz\nOffice Manager\nRiverbend Tribune - award-winning newspaper since 1902\nAs featured in the press: Columbia Journalism Review, Nieman Lab",
        "A newspaper's office manager asks the reader in to meet the publisher; the signature names the newspaper and press coverage.",
        slot=(2026, 3, 19, 14, 30),
        minutes=45,
    )
    add(
        f,
        "de",
        "abendzeitung_buchhaltung",
        ("Katrin Vogt", "k.vogt@rheinische-abendzeitung.example.de"),
        "Ihr Gesprächstermin",
        (2026, 3, 9, 9, 15),
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihr Interesse an unserem Haus. Gerne möchten wir Sie zu einem persönlichen Gespräch am Mittwoch, 18. März 2026 um 10:30 Uhr in unser Verlagshaus einladen.\n\nBitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nKatrin Vogt\nPersonal\n\nRheinische Abendzeitung GmbH – Ihre Zeitung für die Region\nGeschäftsführer: Peter Lang · Amtsgericht Köln HRB 12345",
        "Ein Zeitungsverlag lädt den Leser zum persönlichen Gespräch; die Signatur nennt die Zeitung.",
        slot=(2026, 3, 18, 10, 30),
    )
    add(
        f,
        "fr",
        "quotidien_comptable",
        ("Claire Dubois", "c.dubois@quotidien-littoral.example.fr"),
        "Proposition d'entretien",
        (2026, 3, 9, 11, 20),
        "Bonjour Alex,\n\nSuite à notre échange téléphonique, nous vous proposons de nous rencontrer le mardi 17 mars 2026 à 14h00 dans nos locaux de La Rochelle.\n\nMerci de nous confirmer votre présence.\n\nCordialement,\nClaire Dubois\nResponsable RH\nLe Quotidien du Littoral – une rédaction de 80 journalistes au service de la région",
        "Un quotidien régional propose un rendez-vous au lecteur ; la signature parle de ses journalistes.",
        slot=(2026, 3, 17, 14, 0),
    )
    add(
        f,
        "es",
        "diario_analista",
        ("Lucía Herrera", "lherrera@diariocostanorte.example.es"),
        "Te esperamos en la redacción",
        (2026, 3, 10, 12, 0),
        "Hola Alex:\n\nNos gustaría conocerte en persona el jueves 19 de marzo a las 10:00 en nuestra redacción de Gijón, con el equipo de datos.\n\nUn saludo,\nLucía Herrera\nRecursos Humanos\nDiario Costa Norte · más de 120 periodistas al servicio de la información local",
        "Un diario cita al lector con su equipo de datos; la firma nombra a sus periodistas.",
        slot=(2026, 3, 19, 10, 0),
    )
    add(
        f,
        "pt-BR",
        "jornal_vendas",
        ("Fernanda Lima", "fernanda.lima@jornaldovale.example.com.br"),
        "Entrevista presencial",
        (2026, 3, 9, 14, 30),
        "Olá Alex, tudo bem?\n\nGostaríamos de convidar você para uma entrevista presencial na quarta-feira, 18 de março, às 15h, na nossa sede em Campinas.\n\nQualquer dúvida, é só responder este e-mail.\n\nAbraços,\nFernanda Lima\nGente & Gestão\nJornal do Vale – informação desde 1961",
        "Um jornal convida o leitor para entrevista presencial; a assinatura nomeia o jornal.",
        slot=(2026, 3, 18, 15, 0),
    )
    add(
        f,
        "it",
        "giornale_grafico",
        ("Giulia Ferri", "g.ferri@eco-brenta.example.it"),
        "Invito a colloquio",
        (2026, 3, 10, 9, 45),
        "Gentile Alex,\n\nla invitiamo a un colloquio giovedì 19 marzo alle ore 11:00 presso la nostra sede di Bassano.\n\nCordiali saluti,\nGiulia Ferri\nUfficio Personale\nL'Eco del Brenta – una redazione di 40 giornalisti dal 1948",
        "Un quotidiano invita il lettore a colloquio; la firma nomina i suoi giornalisti.",
        slot=(2026, 3, 19, 11, 0),
    )
    add(
        f,
        "nl",
        "dagblad_it_beheer",
        ("Bram Hendriks", "b.hendriks@dagbladnoordkust.example.nl"),
        "Uitnodiging gesprek",
        (2026, 3, 9, 16, 10),
        "Beste Alex,\n\nBedankt voor je reactie. We nodigen je graag uit voor een gesprek op dinsdag 17 maart om 13.30 uur op ons kantoor in Groningen.\n\nMet vriendelijke groet,\nBram Hendriks\nTeamleider IT\nDagblad Noordkust – de krant van het Noorden",
        "Een dagblad nodigt de lezer uit voor een gesprek; de handtekening noemt de krant.",
        slot=(2026, 3, 17, 13, 30),
    )


# --- charityjob50 ----------------------------------------------------------------------------
def charityjob() -> None:
    f = "charityjob50"
    add(
        f,
        "en-GB",
        "trust_finance_officer",
        ("Sarah Quinn", "sarah.quinn@hopestreettrust.example.org.uk"),
        "Invitation to interview",
        (2026, 3, 9, 10, 30),
        "Dear Alex,\n\nThank you for your interest in joining us. We'd like to invite you to interview on Wednesday 18 March at 10:00 at our Leeds office; the interview will last 45 minutes.\n\nKind regards,\nSarah Quinn\nOperations Manager\n\nHope Street Trust is a registered charity (no. 1187654).\nWant to help? Become a volunteer: hopestreettrust.example.org.uk/volunteer",
        "A charity invites the reader to interview; its footer asks readers to become a volunteer.",
        slot=(2026, 3, 18, 10, 0),
        minutes=45,
    )
    add(
        f,
        "en-US",
        "foodbank_coordinator",
        ("Dana Whitfield", "dana@lakesidefoodbank.example.org"),
        "Meeting our operations director",
        (2026, 3, 10, 11, 15),
        "Hi Alex,\n\nThanks for your time on the phone. We'd love to have you meet our operations director on Monday, March 16 at 1:00 PM at the warehouse.\n\nSee you then,\nDana Whitfield\nLakeside Food Bank\n\nVolunteer with us! New volunteers are welcome at our Saturday orientation.",
        "A food bank asks the reader to meet its director; the footer invites new volunteers.",
        slot=(2026, 3, 16, 13, 0),
    )
    add(
        f,
        "de",
        "tafel_geschaeftsstelle",
        ("Monika Brandt", "brandt@tafel-nordstadt.example.de"),
        "Einladung",
        (2026, 3, 9, 8, 40),
        "Guten Tag Herr Morgan,\n\nwir laden Sie herzlich zu einem Gespräch am Montag, 16. März 2026 um 14:00 Uhr in unsere Geschäftsstelle ein.\n\nMit freundlichen Grüßen\nMonika Brandt\nGeschäftsführung\nTafel Nordstadt e.V.\nEhrenamtlich helfen? tafel-nordstadt.example.de/mitmachen",
        "Ein Verein lädt den Leser zum Gespräch; die Fußzeile wirbt um Ehrenamtliche.",
        slot=(2026, 3, 16, 14, 0),
    )
    add(
        f,
        "fr",
        "association_chargee_mission",
        ("Nadia Perrin", "n.perrin@maintendue.example.fr"),
        "Entretien",
        (2026, 3, 10, 10, 0),
        "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien le jeudi 19 mars 2026 à 9h30 dans nos locaux de Lyon.\n\nBien cordialement,\nNadia Perrin\nDirectrice\nAssociation Main Tendue\nDevenez bénévole : maintendue.example.fr/benevolat",
        "Une association convie le lecteur à un entretien ; le pied de page invite à devenir bénévole.",
        slot=(2026, 3, 19, 9, 30),
    )
    add(
        f,
        "es",
        "fundacion_tecnica",
        ("Marta Ibáñez", "marta.ibanez@fundacionraices.example.es"),
        "Entrevista",
        (2026, 3, 9, 13, 10),
        "Hola Alex:\n\nTe escribimos para invitarte a una entrevista el martes 17 de marzo a las 12:00 en nuestra sede de Valencia.\n\nUn saludo,\nMarta Ibáñez\nFundación Raíces\n¿Quieres colaborar? Hazte voluntario o conoce nuestro programa de voluntariado.",
        "Una fundación invita al lector a una entrevista; el pie invita al voluntariado.",
        slot=(2026, 3, 17, 12, 0),
    )
    add(
        f,
        "pt-BR",
        "instituto_analista",
        ("Camila Rocha", "camila@institutosemear.example.org.br"),
        "Convite para entrevista",
        (2026, 3, 9, 9, 0),
        "Olá Alex,\n\nGostaríamos de convidá-lo para uma entrevista na segunda-feira, 16 de março, às 10h, em nosso escritório.\n\nAtenciosamente,\nCamila Rocha\nInstituto Semear\nSeja voluntário: semear.example.org.br/voluntariado",
        "Um instituto convida o leitor para entrevista; o rodapé convida ao voluntariado.",
        slot=(2026, 3, 16, 10, 0),
    )
    add(
        f,
        "it",
        "fondazione_contabile",
        ("Paolo Conti", "p.conti@fondazioneilponte.example.it"),
        "Colloquio",
        (2026, 3, 10, 14, 20),
        "Gentile Alex,\n\nsiamo lieti di invitarla a un colloquio martedì 17 marzo alle ore 15:00 presso la nostra sede di Bologna.\n\nCordiali saluti,\nPaolo Conti\nFondazione Il Ponte\nDiventa volontario: fondazioneilponte.example.it/volontariato",
        "Una fondazione invita il lettore a colloquio; il piè di pagina invita al volontariato.",
        slot=(2026, 3, 17, 15, 0),
    )
    add(
        f,
        "nl",
        "stichting_coordinator",
        ("Eva de Wit", "eva@buurtkracht.example.nl"),
        "Uitnodiging kennismakingsgesprek",
        (2026, 3, 9, 15, 0),
        "Beste Alex,\n\nGraag nodigen we je uit voor een kennismakingsgesprek op woensdag 18 maart om 10.00 uur op ons kantoor in Utrecht.\n\nHartelijke groet,\nEva de Wit\nStichting Buurtkracht\nWord vrijwilliger: buurtkracht.example.nl/vrijwilligers",
        "Een stichting nodigt de lezer uit; de voettekst werft vrijwilligers.",
        slot=(2026, 3, 18, 10, 0),
    )


# --- labjob50 --------------------------------------------------------------------------------
def labjob() -> None:
    f = "labjob50"
    add(
        f,
        "en-GB",
        "lab_technician",
        ("Dr Helen Ashby", "h.ashby@soil.exampleton.ac.uk"),
        "Interview - Laboratory Technician",
        (2026, 4, 7, 10, 0),
        "Dear Alex,\n\nThank you for your application. I am pleased to invite you to interview on Wednesday 15 April 2026 at 14:00 in Room 2.14, Lyle Building.\n\nBest wishes,\nHelen Ashby\nGroup Leader, Soil Microbiology Lab\n\nTake part in our research: we are recruiting study participants for our garden soil survey.",
        "A university lab invites the reader to interview; its footer recruits study participants.",
        slot=(2026, 4, 15, 14, 0),
    )
    add(
        f,
        "en-US",
        "data_manager_linkedin_footer",
        ("Priya Nair", "pnair@brainlab.exampleu.edu"),
        "Next step",
        (2026, 4, 8, 9, 30),
        "Hi Alex,\n\nWe enjoyed reading your materials. Could you join us for a conversation with the lab on Monday, April 20 at 11:00 AM? It will take about an hour.\n\nThanks,\nPriya Nair\nLab Manager, Cognitive Aging Lab\nFollow us on LinkedIn | Join our research participant pool: brainlab.exampleu.edu/participate",
        "A university lab asks the reader to meet the lab; the footer has a LinkedIn link and a participant pool.",
        slot=(2026, 4, 20, 11, 0),
    )
    add(
        f,
        "de",
        "institut_laborant",
        ("Dr. Jan Weber", "jan.weber@ibf.example-uni.de"),
        "Einladung zum Vorstellungsgespräch",
        (2026, 4, 7, 8, 50),
        "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie am Dienstag, 14. April 2026 um 10:00 Uhr zu einem Vorstellungsgespräch an unser Institut einzuladen.\n\nMit freundlichen Grüßen\nJan Weber\nInstitut für Bodenforschung\nProbandinnen und Probanden gesucht: Informationen zur Teilnahme an unserer Studie unter ibf.example-uni.de/studie",
        "Ein Institut lädt zum Vorstellungsgespräch; die Fußzeile sucht Teilnehmer für eine Studie.",
        slot=(2026, 4, 14, 10, 0),
    )
    add(
        f,
        "fr",
        "laboratoire_ingenieur",
        ("Sophie Laurent", "sophie.laurent@labo-cognition.example.fr"),
        "Rendez-vous",
        (2026, 4, 8, 11, 0),
        "Bonjour Alex,\n\nNous souhaiterions vous rencontrer le jeudi 16 avril à 15h au laboratoire, bâtiment C.\n\nCordialement,\nSophie Laurent\nLaboratoire de Psychologie Cognitive\nVous souhaitez participer à une étude ? Inscrivez-vous sur labo-cognition.example.fr",
        "Un laboratoire souhaite rencontrer le lecteur ; la signature invite à participer à une étude.",
        slot=(2026, 4, 16, 15, 0),
    )
    add(
        f,
        "es",
        "grupo_tecnico",
        ("Carlos Medina", "cmedina@idi.example-univ.es"),
        "Entrevista",
        (2026, 4, 7, 12, 30),
        "Hola Alex:\n\nTe proponemos una entrevista el viernes 17 de abril a las 9:30 en el laboratorio del grupo.\n\nUn saludo,\nCarlos Medina\nGrupo de Nutrición\n¿Quieres participar en nuestro estudio? Escríbenos a estudio@idi.example-univ.es",
        "Un grupo de investigación propone una entrevista; la firma invita a participar en su estudio.",
        slot=(2026, 4, 17, 9, 30),
    )
    add(
        f,
        "nl",
        "onderzoeksgroep_analist",
        ("Lotte Visser", "l.visser@gezondheid.example-uni.nl"),
        "Uitnodiging",
        (2026, 4, 8, 13, 0),
        "Beste Alex,\n\nWe nodigen je graag uit voor een gesprek op maandag 20 april om 14.00 uur bij onze onderzoeksgroep.\n\nMet vriendelijke groet,\nLotte Visser\nAfdeling Gezondheidswetenschappen\nWil je deelnemen aan ons onderzoek? Meld je aan via gezondheid.example-uni.nl",
        "Een onderzoeksgroep nodigt de lezer uit; de voettekst vraagt deelnemers voor onderzoek.",
        slot=(2026, 4, 20, 14, 0),
    )


# --- othersense50 ----------------------------------------------------------------------------
def othersense() -> None:
    f = "othersense50"
    add(
        f,
        "en-GB",
        "podcast_guest",
        ("Tom Reilly", "tom@careersunboxed.example.co.uk"),
        "Recording for Careers Unboxed",
        (2026, 3, 9, 12, 0),
        "Hi Alex,\n\nThanks so much for agreeing to be a guest on our podcast. We'll record the interview on Tuesday 17 March at 15:00 over Riverside; it takes about 40 minutes.\n\nCheers,\nTom",
        "A podcast host books the reader as a guest for a recorded interview.",
    )
    add(
        f,
        "de",
        "zeitung_artikel",
        ("Lena Schubert", "l.schubert@rheinische-abendzeitung.example.de"),
        "Interviewanfrage",
        (2026, 3, 9, 10, 0),
        "Sehr geehrter Herr Morgan,\n\nfür einen Artikel in unserer Zeitung über Quereinsteiger in der IT würden wir Sie gern interviewen. Passt Ihnen Donnerstag, 19. März um 11 Uhr am Telefon? Dann trage ich das so ein.\n\nViele Grüße\nLena Schubert\nRedaktion Wirtschaft",
        "Eine Redakteurin möchte den Leser für einen Zeitungsartikel interviewen.",
    )
    add(
        f,
        "fr",
        "benevolat_accueil",
        ("Association Main Tendue", "accueil@maintendue.example.fr"),
        "Votre entretien d'accueil bénévole",
        (2026, 3, 10, 9, 0),
        "Bonjour Alex,\n\nMerci pour votre intérêt pour le bénévolat chez nous ! Nous vous attendons pour un entretien d'accueil le mercredi 18 mars à 18h à la permanence.\n\nÀ bientôt,\nL'équipe bénévoles",
        "Une association reçoit le lecteur pour un entretien d'accueil de bénévole.",
    )
    add(
        f,
        "es",
        "voluntariado_acogida",
        ("Fundación Raíces", "voluntariado@fundacionraices.example.es"),
        "Entrevista de acogida",
        (2026, 3, 9, 17, 0),
        "Hola Alex:\n\nGracias por tu interés en nuestro voluntariado. Te esperamos en la entrevista de acogida el lunes 16 de marzo a las 18:00 en la sede.\n\nUn abrazo,\nEquipo de voluntariado",
        "Una fundación cita al lector a la entrevista de acogida de su voluntariado.",
    )
    add(
        f,
        "nl",
        "onderzoek_interview",
        ("Sanne Bakker", "s.bakker@thuiswerk-studie.example.nl"),
        "Interview onderzoek thuiswerken",
        (2026, 3, 10, 14, 0),
        "Beste Alex,\n\nBedankt voor je aanmelding om deel te nemen aan ons onderzoek naar thuiswerken. Het interview vindt plaats op dinsdag 17 maart om 14.00 uur via Teams.\n\nGroet,\nSanne Bakker\nOnderzoeker",
        "Een onderzoeker plant een interview met de lezer als deelnemer aan een studie.",
    )
    add(
        f,
        "pt-BR",
        "jornal_materia",
        ("Rafael Souza", "rafael.souza@jornaldovale.example.com.br"),
        "Entrevista para matéria",
        (2026, 3, 9, 11, 0),
        "Olá Alex,\n\nSou repórter do Jornal do Vale e gostaria de entrevistá-lo para uma matéria sobre profissionais de tecnologia na região. Pode ser na quinta-feira, 19 de março, às 10h, por telefone?\n\nObrigado,\nRafael Souza",
        "Um repórter pede ao leitor uma entrevista para uma matéria de jornal.",
    )
    add(
        f,
        "it",
        "volontari_colloquio",
        ("Fondazione Il Ponte", "volontari@fondazioneilponte.example.it"),
        "Colloquio conoscitivo",
        (2026, 3, 10, 16, 0),
        "Ciao Alex,\n\ngrazie per esserti proposto come volontario. Ti aspettiamo per un colloquio conoscitivo per nuovi volontari mercoledì 18 marzo alle 17:30.\n\nA presto,\nIl team volontariato",
        "Una fondazione invita il lettore al colloquio per nuovi volontari.",
    )
    add(
        f,
        "en-US",
        "user_research_session",
        ("Jordan Blake", "research@brightapp.example.com"),
        "Your research session is confirmed",
        (2026, 3, 10, 13, 0),
        "Hi Alex,\n\nThank you for signing up for our user research study. Your session is booked for Tuesday, March 17 at 2:00 PM ET on Zoom, and you'll receive a $50 gift card afterwards.\n\nThanks,\nJordan Blake\nUX Research",
        "A product team books the reader as a participant in a user research session.",
    )


def _forward(
    own: tuple[str, str], to: tuple[str, str], when: str, subject: str, reply: str, note: str = ""
) -> str:
    """A Gmail-style forward of the user's own sent reply (the reply quotes the employer)."""
    head = f"{note}\n\n" if note else ""
    return (
        f"{head}---------- Forwarded message ---------\n"
        f"From: {formataddr(own)}\nDate: {when}\nSubject: {subject}\nTo: {formataddr(to)}\n\n{reply}"
    )


def _quoted(attribution: str, text: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


# --- ownreply50 ------------------------------------------------------------------------------
def ownreply() -> None:
    f = "ownreply50"
    kim = ("Kim Berg", "kim.berg@northwind-labs.example.co.uk")
    add(
        f,
        "en-GB",
        "confirm_offered_slot",
        ME,
        "Fwd: Re: Interview - Data Analyst",
        (2026, 3, 9, 18, 20),
        _forward(
            ME,
            kim,
            "Mon, 9 Mar 2026 at 18:12",
            "Re: Interview - Data Analyst",
            "Dear Kim,\n\nThank you for considering my application. I confirm Tuesday 17 March at 10:00 and look forward to meeting you.\n\nBest regards,\nAlex Morgan\n\n"
            + _quoted(
                "On Mon, 9 Mar 2026 at 15:02, Kim Berg <kim.berg@northwind-labs.example.co.uk> wrote:",
                "Dear Alex,\n\nThank you for your application for the Data Analyst role. Would Tuesday 17 March at 10:00 suit you for an interview at our office?\n\nKind regards,\nKim Berg\nTalent Lead",
            ),
        ),
        "The user forwards their own reply that confirms the one slot the employer offered.",
        slot=(2026, 3, 17, 10, 0),
        to=HOOK,
    )
    roth = ("Sabine Roth", "s.roth@lindner-logistik.example.de")
    add(
        f,
        "de",
        "termin_bestaetigt",
        ME,
        "Fwd: AW: Vorstellungsgespräch",
        (2026, 3, 10, 12, 5),
        _forward(
            ME,
            roth,
            "Tue, 10 Mar 2026 at 11:58",
            "AW: Vorstellungsgespräch",
            "Sehr geehrte Frau Roth,\n\nvielen Dank, dass Sie meine Bewerbung berücksichtigen. Den Termin am Mittwoch, 18. März um 14:00 Uhr bestätige ich gern.\n\nMit freundlichen Grüßen\nAlex Morgan\n\n"
            + _quoted(
                "Am 10.03.2026 um 09:12 schrieb Sabine Roth <s.roth@lindner-logistik.example.de>:",
                "Sehr geehrter Herr Morgan,\n\nwir möchten Sie am Mittwoch, 18. März 2026 um 14:00 Uhr zu einem Vorstellungsgespräch einladen. Passt Ihnen der Termin?\n\nMit freundlichen Grüßen\nSabine Roth",
            ),
        ),
        "Der Nutzer leitet seine eigene Zusage zum angebotenen Termin weiter.",
        slot=(2026, 3, 18, 14, 0),
        to=HOOK,
    )
    perrin = ("Nadia Perrin", "n.perrin@atelier-beaumont.example.fr")
    work = ("Alex Morgan", "a.morgan@studio-ouest.example.fr")
    add(
        f,
        "fr",
        "confirmation_autre_adresse",
        ME,
        "TR: RE: Entretien",
        (2026, 3, 10, 19, 0),
        _forward(
            work,
            perrin,
            "Tue, 10 Mar 2026 at 18:41",
            "RE: Entretien",
            "Bonjour Madame Perrin,\n\nMerci d'avoir retenu ma candidature. Je vous confirme ma présence le jeudi 19 mars à 9h30.\n\nBien cordialement,\nAlex Morgan\n\n"
            + _quoted(
                "Le mar. 10 mars 2026 à 16:20, Nadia Perrin <n.perrin@atelier-beaumont.example.fr> a écrit :",
                "Bonjour Monsieur Morgan,\n\nSeriez-vous disponible le jeudi 19 mars à 9h30 pour un entretien dans nos locaux ?\n\nCordialement,\nNadia Perrin\nChargée de recrutement",
            ),
        ),
        "L'utilisateur transfère depuis une autre adresse sa propre réponse qui confirme le créneau proposé.",
        slot=(2026, 3, 19, 9, 30),
        to=HOOK,
    )
    fernanda = ("Fernanda Lima", "fernanda.lima@grupoaurora.example.com.br")
    add(
        f,
        "pt-BR",
        "confirmo_entrevista",
        ME,
        "Fwd: Re: Entrevista",
        (2026, 3, 11, 10, 0),
        _forward(
            ME,
            fernanda,
            "Wed, 11 Mar 2026 at 09:47",
            "Re: Entrevista",
            "Oi Fernanda,\n\nObrigado por considerar minha candidatura! Confirmo a entrevista na quinta-feira, 19 de março, às 14h.\n\nAbraço,\nAlex\n\n"
            + _quoted(
                "Em ter., 10 de mar. de 2026 às 17:30, Fernanda Lima <fernanda.lima@grupoaurora.example.com.br> escreveu:",
                "Olá Alex,\n\nPodemos marcar a entrevista para quinta-feira, 19/03, às 14h?\n\nFernanda",
            ),
        ),
        "O usuário encaminha a própria resposta que confirma o horário proposto.",
        slot=(2026, 3, 19, 14, 0),
        to=HOOK,
    )
    bram = ("Bram Hendriks", "bram@kustlogistiek.example.nl")
    add(
        f,
        "nl",
        "schikt_prima",
        ME,
        "Fwd: Re: Gesprek",
        (2026, 3, 10, 20, 15),
        _forward(
            ME,
            bram,
            "Tue, 10 Mar 2026 at 20:03",
            "Re: Gesprek",
            "Beste Bram,\n\nDank je voor de uitnodiging en voor je reactie op mijn sollicitatie. Dinsdag 17 maart om 11.00 uur schikt mij prima, tot dan!\n\nGroet,\nAlex\n\n"
            + _quoted(
                "Op di 10 mrt 2026 om 14:22 schreef Bram Hendriks <bram@kustlogistiek.example.nl>:",
                "Hoi Alex,\n\nZou dinsdag 17 maart om 11.00 uur je schikken voor een gesprek?\n\nBram",
            ),
        ),
        "De gebruiker stuurt zijn eigen bevestiging van het voorgestelde tijdstip door.",
        slot=(2026, 3, 17, 11, 0),
        to=HOOK,
    )
    dana = ("Dana Whitfield", "dana.whitfield@ridgelinehealth.example.com")
    add(
        f,
        "en-US",
        "own_thank_you_after",
        ME,
        "Fwd: Thank you",
        (2026, 3, 17, 18, 30),
        _forward(
            ME,
            dana,
            "Tue, Mar 17, 2026 at 5:55 PM",
            "Thank you",
            "Hi Dana,\n\nThank you for considering my application and for your time today. I really enjoyed our interview at 2 PM and learning more about the team.\n\nBest,\nAlex\n\n"
            + _quoted(
                "On Thu, Mar 12, 2026 at 10:04 AM Dana Whitfield <dana.whitfield@ridgelinehealth.example.com> wrote:",
                "Hi Alex, your interview is set for Tuesday, March 17 at 2:00 PM. See you then!",
            ),
        ),
        "The user forwards their own thank-you note sent after the interview: the time is over.",
        to=HOOK,
    )
    ferri = ("Giulia Ferri", "g.ferri@officinemarche.example.it")
    add(
        f,
        "it",
        "controproposta",
        ME,
        "I: Re: Colloquio",
        (2026, 3, 10, 12, 40),
        _forward(
            ME,
            ferri,
            "Tue, 10 Mar 2026 at 12:31",
            "Re: Colloquio",
            "Gentile dott.ssa Ferri,\n\ngrazie per aver considerato la mia candidatura. Purtroppo giovedì 19 marzo alle 11:00 ho un impegno: sarebbe possibile venerdì 20 marzo alla stessa ora?\n\nCordiali saluti,\nAlex Morgan\n\n"
            + _quoted(
                "Il giorno mar 10 mar 2026 alle ore 09:15 Giulia Ferri <g.ferri@officinemarche.example.it> ha scritto:",
                "Gentile Alex,\n\nle andrebbe bene un colloquio giovedì 19 marzo alle 11:00?\n\nCordiali saluti,\nGiulia Ferri",
            ),
        ),
        "L'utente inoltra la propria controproposta: un orario proposto e non ancora concordato.",
        to=HOOK,
    )
    marta = ("Marta Ibáñez", "marta.ibanez@grupoalmenara.example.es")
    add(
        f,
        "es",
        "confirmo_hora",
        ME,
        "Fwd: Re: Entrevista",
        (2026, 3, 9, 19, 0),
        _forward(
            ME,
            marta,
            "Mon, 9 Mar 2026 at 18:48",
            "Re: Entrevista",
            "Hola Marta:\n\nGracias por tener en cuenta mi candidatura. Te confirmo el martes 17 de marzo a las 12:00.\n\nUn saludo,\nAlex Morgan\n\n"
            + _quoted(
                "El lun, 9 mar 2026 a las 16:10, Marta Ibáñez (<marta.ibanez@grupoalmenara.example.es>) escribió:",
                "Hola Alex:\n\n¿Te vendría bien una entrevista el martes 17 de marzo a las 12:00?\n\nUn saludo,\nMarta",
            ),
        ),
        "El usuario reenvía su propia respuesta que confirma la hora propuesta.",
        slot=(2026, 3, 17, 12, 0),
        to=HOOK,
    )


# --- hoursad50 -------------------------------------------------------------------------------
def hoursad() -> None:
    f = "hoursad50"
    add(
        f,
        "en-GB",
        "recruiter_pitch_9_5",
        ("Sam Patel", "sam.patel@brightpath-recruitment.example.co.uk"),
        "Support Analyst role - interested?",
        (2026, 3, 9, 9, 20),
        "Hi Alex,\n\nI came across your profile and have a Support Analyst role that could suit you. It's a proper 9-5 job, Mon-Fri, hybrid with two days in the Manchester office, and you would not be on the 24/7 support rota.\n\nIf you're interested, reply and I'll set up an interview with the hiring manager.\n\nThanks,\nSam",
        "A recruiter pitches a role with '9-5', 'Mon-Fri' and '24/7'; no date is set.",
    )
    add(
        f,
        "en-US",
        "offer_schedule",
        ("Ridgeline Health HR", "offers@ridgelinehealth.example.com"),
        "Your offer from Ridgeline Health",
        (2026, 3, 20, 16, 0),
        "Hi Alex,\n\nWe're pleased to offer you the position of Support Engineer following your interview.\n\nSchedule: Mon-Fri 9-5, with one week per month on our 24/7 on-call rotation.\nSalary: $78,000 per year.\nStart date: to be agreed with your manager.\n\nPlease sign the attached letter within five business days.\n\nBest,\nRidgeline Health HR",
        "A job offer whose schedule reads 'Mon-Fri 9-5' and '24/7'; no meeting is set.",
    )
    add(
        f,
        "en-GB",
        "four_day_week_ad",
        ("Jobs at Fernleaf", "jobs@fernleaf.example.co.uk"),
        "Fancy a 3-4 day week?",
        (2026, 3, 11, 8, 0),
        "Hi Alex,\n\nWe're hiring bookkeepers who want a 3-4 day week: hours 9-5, fully remote, 24/7 access to our help desk.\n\nApply in two minutes and we'll invite shortlisted people to interview.\n\nThe Fernleaf team",
        "A job ad offering 'a 3-4 day week' and '9-5'; no date.",
    )
    add(
        f,
        "de",
        "stellenangebot_arbeitszeit",
        ("Personal Lindner Logistik", "jobs@lindner-logistik.example.de"),
        "Stellenangebot Disponent (m/w/d)",
        (2026, 3, 9, 7, 30),
        "Hallo Herr Morgan,\n\nwir suchen einen Disponenten (m/w/d). Arbeitszeit: Mo-Fr 8-16 Uhr, Rufbereitschaft 24/7 im Wechsel, 4/5-Tage-Woche möglich.\n\nBei Interesse melden Sie sich gern für ein erstes Gespräch.\n\nViele Grüße\nPersonal",
        "Ein Stellenangebot mit 'Mo-Fr 8-16 Uhr' und '24/7'; kein Termin.",
    )
    add(
        f,
        "fr",
        "offre_horaires",
        ("Atelier Beaumont RH", "rh@atelier-beaumont.example.fr"),
        "Offre : technicien support",
        (2026, 3, 10, 8, 10),
        "Bonjour Alex,\n\nNous recrutons un technicien support : horaires 9h-17h du lundi au vendredi, astreinte 24/7 une semaine sur quatre.\n\nSi le poste vous intéresse, nous fixerons un entretien.\n\nCordialement,\nService RH",
        "Une offre avec '9h-17h du lundi au vendredi' et '24/7' ; aucun rendez-vous.",
    )
    add(
        f,
        "es",
        "oferta_jornada",
        ("Grupo Almenara", "empleo@grupoalmenara.example.es"),
        "Oferta: agente de soporte",
        (2026, 3, 9, 10, 45),
        "Hola Alex:\n\nTenemos una vacante de agente de soporte. Jornada de lunes a viernes de 9 a 17h, soporte 24/7 por turnos y semana de 4 días en verano.\n\n¿Te interesa una entrevista? Respóndenos y te proponemos fecha.\n\nUn saludo,\nSelección",
        "Una oferta con 'de 9 a 17h' y '24/7'; sin fecha.",
    )
    add(
        f,
        "nl",
        "vacature_werkweek",
        ("Werving Kustlogistiek", "werving@kustlogistiek.example.nl"),
        "Vacature planner",
        (2026, 3, 10, 9, 5),
        "Beste Alex,\n\nVoor onze planningsafdeling zoeken we een planner voor 32-36 uur, werktijden ma-vr 9-5 en een 4-daagse werkweek is bespreekbaar.\n\nZin in een kennismakingsgesprek? Laat het ons weten.\n\nGroet,\nWerving",
        "Een vacature met 'ma-vr 9-5' en '32-36 uur'; geen datum.",
    )
    add(
        f,
        "pt-BR",
        "vaga_horario",
        ("Recrutamento Aurora", "vagas@grupoaurora.example.com.br"),
        "Vaga: analista de suporte",
        (2026, 3, 11, 9, 0),
        "Olá Alex,\n\nTemos uma vaga de analista de suporte. Horário: seg-sex 9-18h, suporte 24/7 em escala e escala 4x3 opcional.\n\nSe tiver interesse, responda e marcamos uma entrevista.\n\nAbraços,\nRecrutamento",
        "Uma vaga com 'seg-sex 9-18h' e '24/7'; sem data.",
    )
    add(
        f,
        "it",
        "offerta_orario",
        ("Officine Marche HR", "lavora@officinemarche.example.it"),
        "Offerta di lavoro",
        (2026, 3, 10, 11, 0),
        "Ciao Alex,\n\ncerchiamo un tecnico di assistenza: orario 9-18 dal lunedì al venerdì, reperibilità 24/7 a rotazione.\n\nSe ti interessa, rispondi e fissiamo un colloquio.\n\nUn saluto,\nUfficio HR",
        "Un'offerta con 'orario 9-18' e '24/7'; nessuna data.",
    )


# --- hoursctl50 ------------------------------------------------------------------------------
def hoursctl() -> None:
    f = "hoursctl50"
    add(
        f,
        "en-GB",
        "9_5_role_interview",
        ("Sam Patel", "sam.patel@brightpath-recruitment.example.co.uk"),
        "Interview confirmed - Support Analyst",
        (2026, 4, 7, 9, 0),
        "Hi Alex,\n\nGreat news: the client would like to interview you for the Support Analyst role (9-5, Mon-Fri, no 24/7 rota) on Thursday 16 April at 11:30 at their Manchester office.\n\nThanks,\nSam",
        "A recruiter confirms an interview; the role's hours '9-5, Mon-Fri' and '24/7' sit beside the slot.",
        slot=(2026, 4, 16, 11, 30),
    )
    add(
        f,
        "en-US",
        "24_7_team_interview",
        ("Dana Whitfield", "dana.whitfield@ridgelinehealth.example.com"),
        "Interview - 24/7 Support Desk",
        (2026, 4, 8, 10, 0),
        "Hi Alex,\n\nThanks for applying to our 24/7 support desk. Shifts are Mon-Fri 9-5 or 1-9. Your interview is on Tuesday, April 14 at 3:00 PM with the desk lead and will last 30 minutes.\n\nBest,\nDana",
        "An interview for a 24/7 desk whose shifts read 'Mon-Fri 9-5 or 1-9'; the slot has an exact duration.",
        slot=(2026, 4, 14, 15, 0),
        minutes=30,
    )
    add(
        f,
        "de",
        "arbeitszeit_gespraech",
        ("Sabine Roth", "s.roth@lindner-logistik.example.de"),
        "Einladung zum Vorstellungsgespräch",
        (2026, 4, 7, 8, 0),
        "Sehr geehrter Herr Morgan,\n\ndie Stelle (Arbeitszeit Mo-Fr 8-16 Uhr) ist noch frei. Wir laden Sie am Mittwoch, 15. April 2026 um 13:00 Uhr zum Vorstellungsgespräch ein.\n\nMit freundlichen Grüßen\nSabine Roth",
        "Eine Einladung, in der 'Mo-Fr 8-16 Uhr' neben dem Termin steht.",
        slot=(2026, 4, 15, 13, 0),
    )
    add(
        f,
        "fr",
        "horaires_entretien",
        ("Nadia Perrin", "n.perrin@atelier-beaumont.example.fr"),
        "Entretien – technicien support",
        (2026, 4, 8, 9, 30),
        "Bonjour Alex,\n\nLe poste (9h-17h du lundi au vendredi, astreinte 24/7 une semaine sur quatre) vous attend : nous vous recevons en entretien le vendredi 17 avril à 10h.\n\nCordialement,\nNadia Perrin",
        "Un entretien fixé, à côté des horaires '9h-17h' et '24/7'.",
        slot=(2026, 4, 17, 10, 0),
    )
    add(
        f,
        "es",
        "jornada_entrevista",
        ("Marta Ibáñez", "marta.ibanez@grupoalmenara.example.es"),
        "Entrevista: agente de soporte",
        (2026, 4, 7, 12, 0),
        "Hola Alex:\n\nPara la vacante de soporte (jornada de 9 a 17h, semana de 4 días en verano) te esperamos en la entrevista el lunes 20 de abril a las 9:30.\n\nUn saludo,\nMarta",
        "Una entrevista fijada junto a 'de 9 a 17h' y 'semana de 4 días'.",
        slot=(2026, 4, 20, 9, 30),
    )
    add(
        f,
        "pt-BR",
        "horario_entrevista",
        ("Fernanda Lima", "fernanda.lima@grupoaurora.example.com.br"),
        "Entrevista agendada",
        (2026, 4, 8, 14, 0),
        "Olá Alex,\n\nSua entrevista para a vaga de suporte (seg-sex 9-18h, escala 24/7) está agendada para quinta-feira, 16 de abril, às 10h.\n\nAbraços,\nFernanda",
        "Uma entrevista marcada ao lado de 'seg-sex 9-18h' e '24/7'.",
        slot=(2026, 4, 16, 10, 0),
    )


BUILDERS = (pressjob, charityjob, labjob, othersense, ownreply, hoursad, hoursctl)
FIRST_SIGHT_FIGURES = (
    "First sight (main at de2e59ab, quick.py): dev invitations claimed right and sure: "
    "pressjob50 0/8, charityjob50 0/8 (all at 0.45, 'the interview is for the press, a "
    "study, an authority or a landlord'), ownreply50 0/6 (0.45, 'forwards an invitation "
    "written to someone else', or 'written by the one applying' from another mailbox); dev "
    "look-alikes claimed: othersense50 1/8 ('om deel te nemen aan ons onderzoek'), ownreply50 "
    "0/2; hoursad50 claimed 0/9 but 3/9 gave a start at 0.40-0.46 ('du lundi au vendredi', "
    "'de lunes a viernes de 9 a 17h', 'dal lunedì al venerdì'); held out sure 7/12."
)
AFTER_FIGURES = (
    "After the changes: pressjob50 6/8, charityjob50 7/8 (the three left at 0.43-0.45 name no "
    "interview or open with 'Thanks for your time on the phone', read as a note after an "
    "interview; not footer words), ownreply50 6/6 and 0/2 claimed, othersense50 0/8 claimed, "
    "hoursad50 0/9 claimed and 0/9 with a start; held out sure 9/12."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the small50 batch (`build_small50.py`)",
        "",
        "Three small, known weaknesses of the parser in mail: employers whose boilerplate holds "
        "words read as an interview in another sense (a newspaper, a charity's volunteering "
        "footer, a research lab), beside the look-alikes those words were added for; the user's "
        "own reply, forwarded, that confirms the slot the quoted employer offered; job ads and "
        "offers whose hours look like a window of time ('9-5', '24/7', 'Mon-Fri 9-5') with no "
        "date, beside invitations with the same words. All text is ours, written by hand with "
        "no template. People, companies and addresses are made up. Every label was written "
        "from the datetimes the text is rendered from, before the parser was run on any "
        "message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('small50 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rules used: the README's conventions. An employer's invitation is an "
        "`invitation` whatever its footer says; an interview with the press, a study's or a "
        "volunteer's intake is `not_invitation`. The user's own reply that takes the one slot "
        "the quoted employer offered is an `invitation` at that slot ('Replies over a quoted "
        "time'; 'The user's own reply'); their thank-you after the interview and their "
        "counter-proposal are `not_invitation`.",
        "",
        FIRST_SIGHT_FIGURES,
        "",
    ]
    if AFTER_FIGURES:
        lines += [AFTER_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_small50.py`.",
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-small50.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
