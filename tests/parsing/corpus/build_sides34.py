# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "sides34" batch: interviews that are not the reader's to attend as the candidate.

Run: .venv/bin/python tests/parsing/corpus/build_sides34.py

Two groups of look-alikes and their controls. (1) The reader sits on the employer's side: an
interviewer's briefing about one candidate, a coordinator's plan for an interview day (several
candidates, rooms and slots), the panel's debrief, calibration or decision meeting, a hiring
committee meeting, an assessor's schedule for an assessment centre. (2) Someone else's
interview reaches the reader: a mail written to another candidate sent by mistake, a shared or
team calendar's notice about a colleague's interview, a forward whose only hint is a name in
the subject ("Fwd: Jake's interview"), a referrer or introducer told of the candidate's slot.
Controls in the same shapes: the reader's own panel interview listing several interviewers,
the reader's own interview passed on by an agency recruiter, a group assessment day the reader
attends as a candidate. Languages: de, fr, cs, es, it, nl, pl, pt-BR, sv, ja, en-GB, en-US, tr.

Every label was written from the datetimes the text is rendered from (weekday names checked)
before the parser was run on any message; the held-out families were drawn by a seeded coin
(random.Random("sides34").sample of 3 of the 10 families) before then too. Forward blocks are
build_negs17.py's recalled client layouts; all prose is ours; people, companies and addresses
are made up. Output is deterministic; the script rewrites only its own families.
"""

from __future__ import annotations

import importlib.util
import random
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


kin = _load("build_kin33", "build_kin33.py")
pp, n17, p8 = kin.pp, kin.n17, _load("build_prose8", "build_prose8.py")
Case, mail, at = pp.Case, pp.mail, pp.at
OWN, HOOK = pp.OWN, pp.HOOK
NEG = "not_invitation"
BATCH = "sides34"
Person = tuple[str, str]
ME: Person = n17.ME  # Alex Morgan, the reader

FAMILIES = [
    "brief34",
    "dayplan34",
    "calib34",
    "assessor34",
    "misdir34",
    "teamcal34",
    "fwdname34",
    "referral34",
    "ownpanel34",
    "owngroup34",
]
# three of ten families held out, drawn by a seeded coin before anything was measured
_HELD = set(random.Random("sides34").sample(FAMILIES, 3))
SPLITS = {name: ("heldout" if name in _HELD else "dev") for name in FAMILIES}

SOURCES = {
    "brief34": "hand-written; a coordinator or hiring manager briefs an interviewer about one candidate's interview (who asks what, the candidate's name and slot); "
    + OWN,
    "dayplan34": "hand-written; a coordinator's plan for an interview day sent to the panel: several candidates, rooms and slots; "
    + OWN,
    "calib34": "hand-written; the panel's debrief, calibration or decision meeting and the hiring committee's meeting, sent to its members; "
    + OWN,
    "assessor34": "hand-written; an assessor's or observer's schedule for an assessment centre (briefing, exercises to observe, wash-up); "
    + OWN,
    "misdir34": "hand-written; an invitation written to another candidate (greeted by name) that reached the reader by mistake; "
    + OWN,
    "teamcal34": "hand-written; a shared or team calendar's notice of a colleague's interview (absence calendars, delegated calendars); layouts recalled, "
    + OWN,
    "fwdname34": "hand-written; forwards whose only hint of whose interview it is is a name in the subject ('Fwd: Jake's interview'); forward blocks recalled from build_negs17.py; "
    + OWN,
    "referral34": "hand-written; the one who referred or introduced a candidate is told of the candidate's slot; "
    + OWN,
    "ownpanel34": "hand-written controls; the reader's own panel interview with the interviewers listed by name and role; "
    + OWN,
    "owngroup34": "hand-written controls; a group assessment day the reader attends as a candidate, and the reader's own interview passed on by an agency recruiter; "
    + OWN,
}

LON, NYC, CHI, BER, PAR, PRG, MAD, ROM, AMS, WAW, SAO, STO, TYO, IST = (
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Prague",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "America/Sao_Paulo",
    "Europe/Stockholm",
    "Asia/Tokyo",
    "Europe/Istanbul",
)
MIN = timedelta(minutes=1)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(2027, mo, d, h, 21, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    at(2027, mo, d, 12, 0, "UTC", weekday)


def person(name: str, domain: str = "mailbox.example") -> Person:
    ascii_name = name.encode("ascii", "ignore").decode().strip() or "someone"
    return (name, ascii_name.lower().replace(" ", ".") + "@" + domain)


def _label(
    org: Person, start: datetime | None, end: datetime | None, sent: datetime, *, fwd: bool
) -> dict[str, object]:
    if start is None:
        return {"kind": NEG, "original_sender": org[1]} if fwd else {"kind": NEG}
    label = {**p8.slot(start, end, sent=sent), "organizer_email": org[1]}
    if fwd:
        label["original_sender"] = org[1]
    return label


def direct(
    family: str,
    name: str,
    lang: str,
    sender: Person,
    to: Person,
    subject: str,
    sent: datetime,
    text: str,
    note: str,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    days: tuple[tuple[int, int, str], ...] = (),
) -> Case:
    """A mail written straight to `to`; `start` given makes it the reader's invitation."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    raw = mail(
        f"{BATCH}/{family}/{name}", sender=sender, to=to, subject=subject, sent=sent, text=text
    )
    label = _label(sender, start, end, sent, fwd=False)
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, SOURCES[family], OWN
    )


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    ui: str,
    forwarder: Person,
    addressee: Person,
    org: Person,
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    to: Person = HOOK,
    outer_subject: str = "",
    start: datetime | None = None,
    end: datetime | None = None,
    days: tuple[tuple[int, int, str], ...] = (),
) -> Case:
    """`forwarder` passes on `org`'s mail written to `addressee` through `client` in `ui`."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    head = kin._block(client, ui, org, sent, subject, addressee)
    top = note_text.strip()
    text = f"{top}\n\n{head}\n{body.strip()}\n" if top else f"{head}\n{body.strip()}\n"
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=forwarder,
        to=to,
        subject=outer_subject or f"{n17.prefix(client, ui)}: {subject}",
        sent=sent + timedelta(hours=2, minutes=13),
        text=text,
    )
    template = n17.RECALLED.format(client=n17.CLIENT_NAME[client], ui=ui)
    label = _label(org, start, end, sent, fwd=True)
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, OWN)


# --- (1) the reader on the employer's side -----------------------------------------------------


def brief34() -> Iterator[Case]:
    f = "brief34"
    yield direct(
        f,
        "interviewer_prep",
        "en-US",
        person("Rachel Kim", "northwind.example"),
        person("Derek Shaw", "northwind.example"),
        "Prep for your Tuesday interview – Jordan Pike (Senior PM)",
        sent_on(3, 3, 15, NYC),
        "Hi Derek,\n\nQuick prep for Tuesday, March 9, 2:00–3:00 PM ET in the Hudson room. Jordan Pike is interviewing for the Senior PM role; you'll cover product sense and Dana takes execution. Please skip compensation questions, I'll handle those.\n\nHis portfolio link is in Greenhouse. Notes to me by end of day, please.\n\nThanks!\nRachel",
        "An interviewer's prep note: Jordan Pike's interview on Tuesday 9 March 14:00, the reader covers product sense.",
        days=((3, 9, "Tue"),),
    )
    yield direct(
        f,
        "gespraechsbriefing",
        "de",
        person("Jana Winter", "elbwerk.example"),
        person("Stefan Brandt", "elbwerk.example"),
        "Briefing: Gespräch mit Nadine Keller am Mittwoch",
        sent_on(3, 4, 11, BER),
        "Hallo Stefan,\n\nzur Vorbereitung auf das Gespräch mit Nadine Keller (Teamleitung Buchhaltung) am Mittwoch, 10. März 2027, 10:00–11:00 Uhr in Raum 3.12: Du übernimmst den fachlichen Teil, ich frage nach Motivation und Gehalt. Der Fragenkatalog hängt an.\n\nBitte nicht über die interne Umstrukturierung sprechen.\n\nViele Grüße\nJana",
        "German brief to an interviewer about Nadine Keller's interview on Wednesday 10 March 10:00.",
        days=((3, 10, "Wed"),),
    )
    yield direct(
        f,
        "preparation_entretien",
        "fr",
        person("Camille Bernard", "lumiere-conseil.example"),
        person("Paul Lambert", "lumiere-conseil.example"),
        "Préparation de l'entretien de Julien Robert – jeudi",
        sent_on(3, 5, 10, PAR),
        "Bonjour Paul,\n\nPour l'entretien de Julien Robert (consultant data) jeudi 11 mars 2027 à 14h30, salle Seine : tu poses les questions techniques pendant vingt minutes, je termine par la partie RH. La trame d'entretien est en pièce jointe.\n\nMerci de m'envoyer ton avis avant vendredi midi.\n\nCamille",
        "French brief to an interviewer: Julien Robert's interview on Thursday 11 March 14:30.",
        days=((3, 11, "Thu"),),
    )
    yield direct(
        f,
        "guia_entrevista",
        "es",
        person("Irene Pascual", "levante-logistica.example"),
        person("Jorge Medina", "levante-logistica.example"),
        "Entrevista con Lucía Ortega – el lunes",
        sent_on(3, 9, 12, MAD),
        "Hola Jorge:\n\nEl lunes 15 de marzo a las 11:00 entrevistamos a Lucía Ortega para Jefa de Almacén. Tú te encargas de la parte técnica (turnos, inventario); yo de la parte de personas. Tienes la guía de preguntas en la carpeta compartida.\n\nGracias,\nIrene",
        "Spanish: the interviewer's brief for Lucía Ortega's interview on Monday 15 March 11:00.",
        days=((3, 15, "Mon"),),
    )
    yield direct(
        f,
        "traccia_colloquio",
        "it",
        person("Sara Ferri", "dolomiti-sw.example"),
        person("Luca Gallo", "dolomiti-sw.example"),
        "Colloquio di Giulia Conti – martedì",
        sent_on(3, 10, 17, ROM),
        "Ciao Luca,\n\nmartedì 16 marzo alle 9:30 facciamo il colloquio a Giulia Conti per il ruolo di sviluppatrice backend, in sala Adige. Tu fai le domande tecniche, io la parte motivazionale. Ti allego la traccia.\n\nA presto,\nSara",
        "Italian: the interviewer told of Giulia Conti's interview on Tuesday 16 March 9:30.",
        days=((3, 16, "Tue"),),
    )
    yield direct(
        f,
        "infor_intervjun",
        "sv",
        person("Karin Ek", "fjallsoft.example"),
        person("Johan Berg", "fjallsoft.example"),
        "Inför intervjun med Elin Lund på torsdag",
        sent_on(3, 12, 9, STO),
        "Hej Johan,\n\ninför intervjun med Elin Lund torsdag 18 mars kl. 13:00 i rum Kebnekaise: du tar de tekniska frågorna och jag tar motivationsdelen. Hennes ansökan finns i Teamtailor.\n\nTack!\nKarin",
        "Swedish: the interviewer's brief for Elin Lund's interview on Thursday 18 March 13:00.",
        days=((3, 18, "Thu"),),
    )
    yield direct(
        f,
        "mensetsukan_annai",
        "ja",
        ("人事部 高橋", "takahashi@sakura-kiki.example"),
        ("田中 誠", "tanaka@sakura-kiki.example"),
        "【面接官ご依頼】3月19日（金）佐藤 健 様",
        sent_on(3, 12, 10, TYO),
        "田中さん\n\nお疲れさまです。人事部の高橋です。\n\n下記の面接のご担当をお願いいたします。\n\n日時：2027年3月19日（金）15:00〜16:00\n候補者：佐藤 健 様（生産技術職）\n場所：本社 5階 第2会議室\n\n技術面の質問をお願いします。評価シートは面接後にご提出ください。\n\n高橋",
        "Japanese: HR asks a colleague to interview Sato Ken on Friday 19 March 15:00.",
        days=((3, 19, "Fri"),),
    )


def dayplan34() -> Iterator[Case]:
    f = "dayplan34"
    yield direct(
        f,
        "interview_day_rooms",
        "en-GB",
        person("Hannah Price", "brightwell.example"),
        person("Oliver Grant", "brightwell.example"),
        "Interview day plan – Wednesday 10 March",
        sent_on(3, 3, 16, LON),
        "Hi Oliver,\n\nHere is the plan for Wednesday 10 March:\n\nRoom 2.14 (you and Priya)\n09:00  Amy Clarke\n10:15  Ben Hughes\n11:30  Chloe Patel\n\nRoom 2.15 (Tom and Sue)\n09:00  Daniel Wright\n10:15  Emma Scott\n\nLunch for the panel at 12:45 in the atrium.\n\nThanks,\nHannah",
        "A coordinator's plan for an interview day: five candidates in two rooms; the reader sits on one panel.",
        days=((3, 10, "Wed"),),
    )
    yield direct(
        f,
        "plan_pohovoru",
        "cs",
        person("Petra Malá", "vltava-soft.example"),
        person("Karel Novák", "vltava-soft.example"),
        "Plán pohovorů na úterý 16. 3.",
        sent_on(3, 10, 14, PRG),
        "Ahoj Karle,\n\nposílám plán na úterý 16. 3.:\n\nzasedačka Vltava\n9:00 Petra Nováková\n10:30 Tomáš Dvořák\n13:00 Eva Černá\n\nzasedačka Sázava\n9:30 Jakub Marek\n\nTy sedíš ve Vltavě s Ivanou.\n\nDíky,\nPetra",
        "Czech coordinator's plan for an interview day: four applicants in two rooms.",
        days=((3, 16, "Tue"),),
    )
    yield direct(
        f,
        "giornata_colloqui",
        "it",
        person("Marta Greco", "laguna-design.example"),
        person("Davide Rizzi", "laguna-design.example"),
        "Programma giornata colloqui – giovedì 11 marzo",
        sent_on(3, 4, 15, ROM),
        "Ciao Davide,\n\necco il programma di giovedì 11 marzo:\n\nSala Verdi\n9:00 Chiara Romano\n10:00 Matteo Colombo\n11:00 Alessia Marino\n\nSala Puccini\n9:30 Federico Bruno\n10:30 Sofia Costa\n\nTu sei in Sala Verdi con Elena.\n\nGrazie,\nMarta",
        "Italian coordinator's interview-day programme: five candidates in two rooms.",
        days=((3, 11, "Thu"),),
    )
    yield direct(
        f,
        "planning_gespreksdag",
        "nl",
        person("Eva Bakker", "polderdata.example"),
        person("Thijs Visser", "polderdata.example"),
        "Planning gespreksdag donderdag 18 maart",
        sent_on(3, 11, 13, AMS),
        "Hoi Thijs,\n\nde planning voor donderdag 18 maart:\n\nZaal 3\n09:30 Sanne de Vries\n10:45 Daan Janssen\n\nZaal 4\n09:30 Fleur Mulder\n10:45 Ruben Dekker\n\nJij zit met Anouk in zaal 3.\n\nGroet,\nEva",
        "Dutch coordinator's plan for an interview day: four applicants, two rooms.",
        days=((3, 18, "Thu"),),
    )
    yield direct(
        f,
        "mulakat_gunu",
        "tr",
        person("Zeynep Arslan", "bogazici-yazilim.example"),
        person("Emre Yildiz", "bogazici-yazilim.example"),
        "Mülakat günü planı – 17 Mart Çarşamba",
        sent_on(3, 10, 11, IST),
        "Merhaba Emre,\n\n17 Mart Çarşamba günkü mülakat planı:\n\nToplantı odası A\n10:00 Ayşe Demir\n11:00 Mehmet Kaya\n\nToplantı odası B\n10:00 Elif Şahin\n11:00 Burak Çelik\n\nSen A odasındasın.\n\nTeşekkürler,\nZeynep",
        "Turkish coordinator's interview-day plan: four candidates in two rooms.",
        days=((3, 17, "Wed"),),
    )
    yield direct(
        f,
        "plan_dnia_rozmow",
        "pl",
        person("Agnieszka Wrona", "baltyk-it.example"),
        person("Piotr Mazur", "baltyk-it.example"),
        "Plan dnia rozmów – czwartek 18 marca",
        sent_on(3, 12, 12, WAW),
        "Cześć Piotrze,\n\nplan na czwartek 18 marca:\n\nSala Odra\n9:00 Anna Wiśniewska\n10:00 Kamil Zając\n\nSala Warta\n9:00 Natalia Krawczyk\n10:00 Paweł Kozłowski\n\nSiedzisz w sali Odra z Martą.\n\nDzięki,\nAga",
        "Polish coordinator's plan for an interview day: four candidates, two rooms.",
        days=((3, 18, "Thu"),),
    )


def calib34() -> Iterator[Case]:
    f = "calib34"
    yield direct(
        f,
        "calibration_loop",
        "en-US",
        person("Megan Ortiz", "lakeshore-labs.example"),
        person("Alex Morgan", "lakeshore-labs.example"),
        "Calibration: Staff Engineer loop – Friday 4pm",
        sent_on(3, 8, 14, CHI),
        "Hi all,\n\nLet's calibrate on the three Staff Engineer finalists on Friday, March 12 at 4:00 PM CT (30 min, Zoom link below). Please have your feedback in before then so we can compare ratings and make a hire/no-hire call.\n\nhttps://zoom.example/j/5550101\n\nMegan",
        "A calibration meeting of the panel about three finalists; the reader is a panel member, not a candidate.",
        days=((3, 12, "Fri"),),
    )
    yield direct(
        f,
        "auswahlkommission",
        "de",
        person("Birgit Lorenz", "stadtwerke-hain.example"),
        person("Uwe Krause", "stadtwerke-hain.example"),
        "Sitzung der Auswahlkommission am 15. März",
        sent_on(3, 5, 10, BER),
        "Sehr geehrte Mitglieder der Auswahlkommission,\n\ndie abschließende Sitzung zur Besetzung der Stelle Sachgebietsleitung Netze findet am Montag, 15. März 2027, um 14:00 Uhr im Sitzungssaal 1 statt. Wir besprechen die Eindrücke aus den drei Vorstellungsgesprächen und treffen die Auswahlentscheidung.\n\nMit freundlichen Grüßen\nBirgit Lorenz",
        "German: the selection committee's deciding session, written to its members (Monday 15 March 14:00).",
        days=((3, 15, "Mon"),),
    )
    yield direct(
        f,
        "deliberation_jury",
        "fr",
        person("Nathalie Roux", "ville-annecy.example"),
        person("Marc Fontaine", "ville-annecy.example"),
        "Délibération du jury – mercredi 17 mars",
        sent_on(3, 9, 16, PAR),
        "Bonjour à tous,\n\nLa délibération du jury de recrutement pour le poste de chargé de mission aura lieu le mercredi 17 mars 2027 à 17h, salle Monet. Ordre du jour : retours sur les cinq candidats auditionnés et classement final.\n\nBien à vous,\nNathalie Roux",
        "French: the hiring jury's deliberation with its members, Wednesday 17 March 17:00.",
        days=((3, 17, "Wed"),),
    )
    yield direct(
        f,
        "comite_seleccion",
        "es",
        person("Beatriz Molina", "aragon-energia.example"),
        person("Sergio Vidal", "aragon-energia.example"),
        "Reunión del comité de selección – viernes 19",
        sent_on(3, 12, 9, MAD),
        "Hola a todos:\n\nOs convoco a la reunión del comité de selección el viernes 19 de marzo a las 10:00 en la sala Moncayo. Pondremos en común las valoraciones de las cuatro finalistas y decidiremos la contratación.\n\nUn saludo,\nBeatriz",
        "Spanish: the selection committee's decision meeting (Friday 19 March 10:00), to its members.",
        days=((3, 19, "Fri"),),
    )
    yield direct(
        f,
        "alinhamento_banca",
        "pt-BR",
        person("Renata Alves", "ipe-tecnologia.example"),
        person("Felipe Costa", "ipe-tecnologia.example"),
        "Alinhamento da banca – terça, 16/03",
        sent_on(3, 10, 11, SAO),
        "Oi, pessoal,\n\nMarquei o alinhamento da banca para terça-feira, 16 de março, às 17h, na sala Jatobá. Vamos consolidar as notas dos candidatos entrevistados e fechar a decisão.\n\nAbraço,\nRenata",
        "Brazilian: the panel's wrap-up meeting to settle scores and decide (Tuesday 16 March 17:00).",
        days=((3, 16, "Tue"),),
    )
    yield direct(
        f,
        "porada_komise",
        "cs",
        person("Lucie Horáková", "morava-it.example"),
        person("Martin Svoboda", "morava-it.example"),
        "Porada výběrové komise – čtvrtek 18. 3.",
        sent_on(3, 12, 10, PRG),
        "Dobrý den všem,\n\nporada výběrové komise bude ve čtvrtek 18. 3. ve 14:00 v zasedačce 2. Projdeme hodnocení všech uchazečů a rozhodneme o obsazení pozice.\n\nDíky,\nLucie",
        "Czech: the selection committee's meeting to decide, written to its members (Thursday 18 March 14:00).",
        days=((3, 18, "Thu"),),
    )
    yield direct(
        f,
        "saiyo_kaigi",
        "ja",
        ("人事部 山本", "yamamoto@fuji-denshi.example"),
        ("鈴木 一郎", "suzuki@fuji-denshi.example"),
        "採用会議のご案内（3月22日）",
        sent_on(3, 15, 10, TYO),
        "面接官各位\n\n下記のとおり採用会議を開催します。\n\n日時：2027年3月22日（月）16:00〜17:00\n場所：本社 3階 大会議室\n議題：最終面接の候補者3名の評価すり合わせと採否決定\n\nよろしくお願いいたします。\n山本",
        "Japanese: the hiring meeting to settle three candidates' evaluations, to the interviewers (Monday 22 March 16:00).",
        days=((3, 22, "Mon"),),
    )


def assessor34() -> Iterator[Case]:
    f = "assessor34"
    yield direct(
        f,
        "assessor_schedule",
        "en-GB",
        person("Fiona Walsh", "harbourgate.example"),
        person("Gareth Lloyd", "harbourgate.example"),
        "Your assessor schedule – Graduate Assessment Centre, Thursday 11 March",
        sent_on(3, 4, 12, LON),
        "Hi Gareth,\n\nThank you for assessing at the graduate assessment centre on Thursday 11 March.\n\n08:30  Assessor briefing (Board Room)\n09:30  Group exercise – you observe candidates 3 and 4\n11:00  Competency interviews – candidates 1 and 5\n15:30  Wash-up\n\nThe marking guides are in your pack.\n\nFiona",
        "An assessor's schedule for an assessment centre: whom to observe and when; the reader assesses.",
        days=((3, 11, "Thu"),),
    )
    yield direct(
        f,
        "einsatzplan_ac",
        "de",
        person("Sabine Hartmann", "rheinbahn-ag.example"),
        person("Frank Otto", "rheinbahn-ag.example"),
        "Ihr Einsatzplan im Assessment Center am 16. März",
        sent_on(3, 8, 9, BER),
        "Hallo Herr Otto,\n\nvielen Dank, dass Sie uns im Assessment Center am Dienstag, 16. März 2027 unterstützen. Ihr Einsatzplan:\n\n08:30 Einweisung der Assessoren\n09:30 Gruppendiskussion, Sie beobachten Teilnehmende 2 und 5\n13:00 Rollenspiel Kundengespräch\n16:00 Ergebniskonferenz\n\nDie Beobachtungsbögen liegen im Raum bereit.\n\nSabine Hartmann",
        "German: an assessor's plan for an assessment centre on Tuesday 16 March (briefing 8:30, observing, results conference).",
        days=((3, 16, "Tue"),),
    )
    yield direct(
        f,
        "planning_evaluateurs",
        "fr",
        person("Élodie Martin", "banque-rhone.example"),
        person("Thomas Girard", "banque-rhone.example"),
        "Planning évaluateurs – centre d'évaluation du 17 mars",
        sent_on(3, 9, 10, PAR),
        "Bonjour Thomas,\n\nvoici ton planning d'évaluateur pour le centre d'évaluation du mercredi 17 mars 2027 :\n\n8h30 briefing des évaluateurs\n9h30 mise en situation collective : tu observes les candidats 1 et 4\n14h00 entretiens individuels\n17h00 réunion de synthèse\n\nMerci d'avance,\nÉlodie",
        "French: an assessor's planning for an assessment centre on Wednesday 17 March.",
        days=((3, 17, "Wed"),),
    )
    yield direct(
        f,
        "assessorrooster",
        "nl",
        person("Lotte Jansen", "deltazorg.example"),
        person("Bas Meijer", "deltazorg.example"),
        "Assessorrooster assessmentdag 17 maart",
        sent_on(3, 10, 14, AMS),
        "Hoi Bas,\n\nfijn dat je assessor bent op de assessmentdag van woensdag 17 maart. Jouw rooster:\n\n08:45 briefing assessoren\n09:30 groepsopdracht – jij observeert kandidaat 2 en 3\n13:30 rollenspel\n16:00 eindbespreking\n\nGroet,\nLotte",
        "Dutch: an assessor's rota for an assessment day on Wednesday 17 March.",
        days=((3, 17, "Wed"),),
    )
    yield direct(
        f,
        "schema_bedomare",
        "sv",
        person("Maria Holm", "norrsken-energi.example"),
        person("Anders Lind", "norrsken-energi.example"),
        "Schema för bedömare – bedömningsdag fredag 19 mars",
        sent_on(3, 11, 15, STO),
        "Hej Anders,\n\ntack för att du ställer upp som bedömare på fredag 19 mars. Ditt schema:\n\n08:30 genomgång för bedömare\n09:30 gruppövning – du observerar kandidat 1 och 6\n13:00 intervjuer\n15:30 avstämning\n\nHälsningar\nMaria",
        "Swedish: an assessor's schedule for an assessment day on Friday 19 March.",
        days=((3, 19, "Fri"),),
    )
    yield direct(
        f,
        "harmonogram_asesora",
        "pl",
        person("Joanna Sikora", "wisla-bank.example"),
        person("Marek Kowal", "wisla-bank.example"),
        "Harmonogram asesora – Assessment Center 24 marca",
        sent_on(3, 15, 11, WAW),
        "Dzień dobry Panie Marku,\n\ndziękujemy, że będzie Pan asesorem podczas Assessment Center w środę 24 marca. Harmonogram:\n\n8:30 odprawa asesorów\n9:30 zadanie grupowe – obserwuje Pan kandydatów nr 2 i 4\n13:00 rozmowy indywidualne\n16:00 sesja podsumowująca\n\nPozdrawiam\nJoanna Sikora",
        "Polish: an assessor's schedule for an assessment centre on Wednesday 24 March.",
        days=((3, 24, "Wed"),),
    )


# --- (2) someone else's interview reaches the reader -------------------------------------------


def misdir34() -> Iterator[Case]:
    f = "misdir34"
    yield direct(
        f,
        "wrong_candidate",
        "en-US",
        person("Talent Team Acme Freight", "talent.acme-freight.example"),
        ME,
        "Interview confirmation – Operations Analyst",
        sent_on(3, 2, 13, NYC),
        "Dear Priya,\n\nThank you for your interest in the Operations Analyst role. We're pleased to confirm your interview on Wednesday, March 10 at 1:30 PM at our Newark office.\n\nBest regards,\nTalent Team",
        "An invitation greeting Priya, sent to Alex by mistake (Wednesday 10 March 13:30).",
        days=((3, 10, "Wed"),),
    )
    yield direct(
        f,
        "falscher_empfaenger",
        "de",
        person("Recruiting Nordlicht GmbH", "recruiting.nordlicht.example"),
        ME,
        "Einladung zum Vorstellungsgespräch",
        sent_on(3, 3, 9, BER),
        "Sehr geehrte Frau Schuster,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem Vorstellungsgespräch am Donnerstag, 11. März 2027, um 9:30 Uhr ein.\n\nMit freundlichen Grüßen\nRecruiting Nordlicht",
        "German invitation greeting Frau Schuster, reaching Alex Morgan (Thursday 11 March 9:30).",
        days=((3, 11, "Thu"),),
    )
    yield direct(
        f,
        "mauvais_destinataire",
        "fr",
        person("RH Atelier Vauban", "rh.vauban.example"),
        ME,
        "Votre entretien du 12 mars",
        sent_on(3, 4, 14, PAR),
        "Bonjour Mathilde,\n\nNous avons le plaisir de vous convier à un entretien le vendredi 12 mars 2027 à 11h00 dans nos locaux de Lille.\n\nCordialement,\nService RH",
        "French invitation greeting Mathilde, sent to Alex by mistake (Friday 12 March 11:00).",
        days=((3, 12, "Fri"),),
    )
    yield direct(
        f,
        "destinatario_errato",
        "it",
        person("Selezione Vigna Rossa", "selezione.vignarossa.example"),
        ME,
        "Conferma colloquio",
        sent_on(3, 8, 12, ROM),
        "Gentile Francesca,\n\nle confermiamo il colloquio per martedì 16 marzo alle ore 15:00 presso la nostra sede di Verona.\n\nCordiali saluti,\nUfficio Selezione",
        "Italian confirmation greeting Francesca, reaching Alex (Tuesday 16 March 15:00).",
        days=((3, 16, "Tue"),),
    )
    yield direct(
        f,
        "destinatario_errado",
        "pt-BR",
        person("Recrutamento Sabiá", "vagas.sabia.example"),
        ME,
        "Entrevista confirmada",
        sent_on(3, 9, 10, SAO),
        "Olá, Juliana!\n\nSua entrevista está confirmada para quinta-feira, 18 de março, às 10h, na nossa unidade da Paulista.\n\nAbraços,\nRecrutamento Sabiá",
        "Brazilian confirmation greeting Juliana, reaching Alex (Thursday 18 March 10:00).",
        days=((3, 18, "Thu"),),
    )


def teamcal34() -> Iterator[Case]:
    f = "teamcal34"
    yield direct(
        f,
        "team_calendar_en",
        "en-US",
        ("Team Calendar", "calendar-noreply@groupware.example"),
        ME,
        'New event on "Support Team – Out of Office": Jamie – interview at Contoso',
        sent_on(3, 4, 9, NYC),
        'Jamie Chen added an event to the shared calendar "Support Team – Out of Office".\n\nTitle: Jamie – interview at Contoso (out 2–4pm)\nWhen: Thursday, March 11, 2027, 2:00 PM – 4:00 PM\nCalendar: Support Team – Out of Office\n\nYou are receiving this because you subscribe to notifications for this calendar.',
        "A shared team calendar's notice of a colleague's interview elsewhere; the reader only watches the calendar.",
        days=((3, 11, "Thu"),),
    )
    yield direct(
        f,
        "teamkalender_de",
        "de",
        ("Teamkalender", "kalender-noreply@groupware.example"),
        ME,
        'Neuer Termin im Kalender "Abwesenheiten Vertrieb": Lena – Vorstellungsgespräch',
        sent_on(3, 5, 8, BER),
        'Lena Vogt hat einen Termin im freigegebenen Kalender "Abwesenheiten Vertrieb" eingetragen.\n\nTitel: Lena – Vorstellungsgespräch (extern)\nWann: Dienstag, 16. März 2027, 10:00 – 12:00\nKalender: Abwesenheiten Vertrieb\n\nSie erhalten diese Nachricht, weil Sie Benachrichtigungen für diesen Kalender abonniert haben.',
        "German shared-calendar notice: a colleague's interview in the team's absence calendar.",
        days=((3, 16, "Tue"),),
    )
    yield direct(
        f,
        "agenda_partage_fr",
        "fr",
        ("Agenda partagé", "agenda-noreply@groupware.example"),
        ME,
        "Nouvel événement dans « Absences équipe compta » : Hugo – entretien",
        sent_on(3, 8, 9, PAR),
        "Hugo Petit a ajouté un événement à l'agenda partagé « Absences équipe compta ».\n\nTitre : Hugo – entretien d'embauche (absent)\nQuand : mercredi 17 mars 2027, 9h00 – 11h00\nAgenda : Absences équipe compta\n\nVous recevez ce message car vous suivez cet agenda.",
        "French shared-calendar notice of a colleague's job interview.",
        days=((3, 17, "Wed"),),
    )
    yield direct(
        f,
        "gedeelde_agenda_nl",
        "nl",
        ("Teamagenda", "agenda-noreply@groupware.example"),
        ME,
        'Nieuwe afspraak in "Afwezigheid team HR": Sanne – sollicitatiegesprek',
        sent_on(3, 9, 10, AMS),
        'Sanne Smit heeft een afspraak toegevoegd aan de gedeelde agenda "Afwezigheid team HR".\n\nTitel: Sanne – sollicitatiegesprek\nWanneer: donderdag 18 maart 2027, 13:00 – 14:30\nAgenda: Afwezigheid team HR\n\nJe ontvangt dit bericht omdat je meldingen voor deze agenda hebt aangezet.',
        "Dutch shared-calendar notice of a colleague's job interview.",
        days=((3, 18, "Thu"),),
    )
    yield direct(
        f,
        "delad_kalender_sv",
        "sv",
        ("Kalender", "kalender-noreply@groupware.example"),
        ME,
        'Ny händelse i "Frånvaro IT-support": Oskar – anställningsintervju',
        sent_on(3, 11, 9, STO),
        'Oskar Nilsson har lagt till en händelse i den delade kalendern "Frånvaro IT-support".\n\nTitel: Oskar – anställningsintervju\nNär: fredag 19 mars 2027 10:00–11:30\nKalender: Frånvaro IT-support\n\nDu får detta meddelande eftersom du prenumererar på aviseringar för kalendern.',
        "Swedish shared-calendar notice of a colleague's job interview.",
        days=((3, 19, "Fri"),),
    )


def fwdname34() -> Iterator[Case]:
    f = "fwdname34"
    yield fwd(
        f,
        "jakes_interview",
        "en-US",
        "gmail",
        "en",
        person("Laura Miller"),
        person("Jake Miller"),
        ("Hiring at Pine Ridge Diner", "jobs@pineridge.example"),
        "Interview invitation",
        sent_on(3, 2, 11, CHI),
        "",
        "Hello,\n\nThanks for applying. Please come in for an interview on Tuesday, March 9 at 3:30 PM at the diner.\n\nPine Ridge Diner",
        "The subject alone says whose it is ('Fwd: Jake's interview'; Tuesday 9 March 15:30).",
        outer_subject="Fwd: Jake's interview",
        days=((3, 9, "Tue"),),
    )
    yield fwd(
        f,
        "pohovor_jany",
        "cs",
        "outlook",
        "en",
        person("Pavel Král"),
        person("Jana Králová"),
        ("Nábor Pekárna Zlatý klas", "nabor@zlatyklas.example"),
        "Pozvánka na pohovor",
        sent_on(3, 3, 10, PRG),
        "",
        "Dobrý den,\n\nzveme Vás na pohovor ve středu 10. 3. 2027 v 10:00 v naší provozovně.\n\nS pozdravem\nPekárna Zlatý klas",
        "Czech: 'FW: Janin pohovor' is the only note (Wednesday 10 March 10:00).",
        outer_subject="FW: Janin pohovor",
        days=((3, 10, "Wed"),),
    )
    yield fwd(
        f,
        "colloquio_di_marco",
        "it",
        "gmail",
        "it",
        person("Anna Ricci"),
        person("Marco Ricci"),
        ("Selezione Bottega Verde", "lavoro@bottegaverde.example"),
        "Invito a colloquio",
        sent_on(3, 4, 12, ROM),
        "",
        "Buongiorno,\n\nla invitiamo a un colloquio giovedì 11 marzo 2027 alle 16:00 presso il negozio di via Roma.\n\nCordiali saluti,\nBottega Verde",
        "Italian: 'I: colloquio di Marco' is the only note (Thursday 11 March 16:00).",
        outer_subject="I: colloquio di Marco",
        days=((3, 11, "Thu"),),
    )
    yield fwd(
        f,
        "rozmowa_kasi",
        "pl",
        "outlook",
        "pl",
        person("Ewa Nowicka"),
        person("Katarzyna Nowicka"),
        ("Rekrutacja Apteka Zdrowie", "praca@aptekazdrowie.example"),
        "Zaproszenie na rozmowę",
        sent_on(3, 5, 9, WAW),
        "",
        "Dzień dobry,\n\nzapraszamy na rozmowę w poniedziałek 15 marca 2027 o godz. 12:00 w naszej aptece przy ul. Długiej.\n\nPozdrawiamy\nApteka Zdrowie",
        "Polish: 'PD: rozmowa Kasi' is the only note (Monday 15 March 12:00).",
        outer_subject="PD: rozmowa Kasi",
        days=((3, 15, "Mon"),),
    )
    yield fwd(
        f,
        "entrevista_da_ana",
        "pt-BR",
        "outlook",
        "pt",
        person("Roberto Souza"),
        person("Ana Souza"),
        ("RH Padaria Trigo Bom", "rh@trigobom.example"),
        "Convite para entrevista",
        sent_on(3, 9, 14, SAO),
        "",
        "Olá,\n\nconvidamos você para uma entrevista na quarta-feira, 17 de março, às 9h, na loja do centro.\n\nAtenciosamente,\nPadaria Trigo Bom",
        "Brazilian: 'ENC: entrevista da Ana' is the only note (Wednesday 17 March 9:00).",
        outer_subject="ENC: entrevista da Ana",
        days=((3, 17, "Wed"),),
    )
    yield fwd(
        f,
        "elins_intervju",
        "sv",
        "outlook",
        "sv",
        person("Per Lund"),
        person("Elin Lund"),
        ("Rekrytering Café Kanel", "jobb@cafekanel.example"),
        "Inbjudan till intervju",
        sent_on(3, 10, 16, STO),
        "",
        "Hej,\n\nvi vill gärna träffa dig för en intervju torsdag 18 mars 2027 kl. 14:00 på caféet.\n\nHälsningar\nCafé Kanel",
        "Swedish: 'VB: Elins intervju' is the only note (Thursday 18 March 14:00).",
        outer_subject="VB: Elins intervju",
        days=((3, 18, "Thu"),),
    )
    yield fwd(
        f,
        "emrenin_mulakati",
        "tr",
        "gmail",
        "en",
        person("Hakan Aydın"),
        person("Emre Aydın"),
        ("İK Lezzet Lokantası", "ik@lezzet.example"),
        "Mülakat daveti",
        sent_on(3, 11, 10, IST),
        "",
        "Merhaba,\n\nsizi 19 Mart 2027 Cuma günü saat 11:00'de restoranımızda mülakata davet ediyoruz.\n\nSaygılarımızla,\nLezzet Lokantası",
        "Turkish: 'Fwd: Emre'nin mülakatı' is the only note (Friday 19 March 11:00).",
        outer_subject="Fwd: Emre'nin mülakatı",
        days=((3, 19, "Fri"),),
    )


def referral34() -> Iterator[Case]:
    f = "referral34"
    yield direct(
        f,
        "referral_update",
        "en-GB",
        person("Talent Acquisition Kestrel", "ta.kestrel.example"),
        ME,
        "Update on your referral: Sam Patel",
        sent_on(3, 3, 14, LON),
        "Hi Alex,\n\nThanks for referring Sam Patel for the Data Engineer role. Good news: Sam has passed the screen and his first interview is booked for Tuesday 9 March at 11:00. We'll keep you posted on the referral bonus.\n\nKestrel Talent Acquisition",
        "The referrer told of the referred candidate's interview (Tuesday 9 March 11:00).",
        days=((3, 9, "Tue"),),
    )
    yield direct(
        f,
        "empfehlung_status",
        "de",
        person("Personal Kranich AG", "personal.kranich.example"),
        ME,
        "Ihre Empfehlung: Jonas Keller",
        sent_on(3, 4, 10, BER),
        "Hallo Herr Morgan,\n\nvielen Dank für Ihre Empfehlung von Jonas Keller. Er hat sich inzwischen beworben, und sein Vorstellungsgespräch findet am Freitag, 12. März 2027, um 13:00 Uhr statt. Über den Ausgang informieren wir Sie.\n\nViele Grüße\nPersonalabteilung",
        "German: the referrer told of the referred candidate's interview (Friday 12 March 13:00).",
        days=((3, 12, "Fri"),),
    )
    yield direct(
        f,
        "cooptation_suivi",
        "fr",
        person("RH Groupe Alpin", "rh.alpin.example"),
        ME,
        "Suivi de votre cooptation – Inès Girard",
        sent_on(3, 8, 11, PAR),
        "Bonjour Alex,\n\nmerci d'avoir coopté Inès Girard. Son entretien avec l'équipe finance est prévu le mardi 16 mars 2027 à 10h. Nous vous tiendrons informé de la suite.\n\nL'équipe RH",
        "French: the co-opting colleague told of the candidate's interview (Tuesday 16 March 10:00).",
        days=((3, 16, "Tue"),),
    )
    yield direct(
        f,
        "presentacion_candidata",
        "es",
        person("Carmen Ruiz", "costa-brava-hoteles.example"),
        ME,
        "Re: Te presento a Marta",
        sent_on(3, 9, 18, MAD),
        "Hola Alex:\n\n¡Gracias por presentarnos a Marta Giménez! Ya hemos hablado con ella y tiene la entrevista el miércoles 17 de marzo a las 12:00 con el director del hotel. Te cuento cómo va.\n\nUn abrazo,\nCarmen",
        "Spanish: the introducer told of the introduced candidate's interview (Wednesday 17 March 12:00).",
        days=((3, 17, "Wed"),),
    )
    yield direct(
        f,
        "doorverwijzing",
        "nl",
        person("Recruitment Windkracht", "werving.windkracht.example"),
        ME,
        "Jouw aanbeveling: Daan Janssen",
        sent_on(3, 10, 15, AMS),
        "Hoi Alex,\n\nbedankt voor het aanbevelen van Daan Janssen. Hij heeft donderdag 18 maart om 14:00 zijn eerste gesprek met het team. We laten je weten hoe het afloopt.\n\nGroet,\nRecruitment Windkracht",
        "Dutch: the referrer told of the referred candidate's interview (Thursday 18 March 14:00).",
        days=((3, 18, "Thu"),),
    )
    yield direct(
        f,
        "segnalazione",
        "it",
        person("HR Officine Brenta", "hr.brenta.example"),
        ME,
        "La tua segnalazione: Luca Moretti",
        sent_on(3, 11, 12, ROM),
        "Ciao Alex,\n\ngrazie per aver segnalato Luca Moretti. Il suo colloquio è fissato per venerdì 19 marzo alle 9:30 con il responsabile di produzione. Ti aggiorneremo sull'esito.\n\nHR Officine Brenta",
        "Italian: the referrer told of the candidate's interview (Friday 19 March 9:30).",
        days=((3, 19, "Fri"),),
    )


# --- controls: the reader's own interview in the same shapes ------------------------------------


def ownpanel34() -> Iterator[Case]:
    f = "ownpanel34"
    sent = sent_on(3, 2, 10, NYC)
    st = when(3, 10, "Wed", 13, 0, NYC)
    org = person("Rachel Kim", "northwind.example")
    yield direct(
        f,
        "panel_interview_us",
        "en-US",
        org,
        ME,
        "Your panel interview – Wednesday, March 10",
        sent,
        "Hi Alex,\n\nWe'd like to invite you to a panel interview for the Senior PM role on Wednesday, March 10, from 1:00 to 2:30 PM at our Hudson Yards office.\n\nYour panel:\n- Derek Shaw, Director of Product\n- Dana Liu, Engineering Manager\n- Rachel Kim, Recruiter\n\nPlease bring a photo ID.\n\nBest,\nRachel",
        "The reader's own panel interview, three interviewers listed (Wednesday 10 March 13:00–14:30).",
        start=st,
        end=st + 90 * MIN,
    )
    sent = sent_on(3, 4, 14, BER)
    st = when(3, 12, "Fri", 10, 0, BER)
    org = person("Jana Winter", "elbwerk.example")
    yield direct(
        f,
        "gremium_einladung",
        "de",
        org,
        ME,
        "Einladung zum Gespräch mit unserem Auswahlgremium",
        sent,
        "Hallo Herr Morgan,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am Freitag, 12. März 2027, von 10:00 bis 11:00 Uhr ein.\n\nIhr Auswahlgremium:\nStefan Brandt (Leitung Buchhaltung)\nDr. Ute Sommer (Finanzvorstand)\nJana Winter (Personal)\n\nViele Grüße\nJana Winter",
        "German: the reader's own interview before a selection panel of three (Friday 12 March 10:00–11:00).",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(3, 5, 11, PAR)
    st = when(3, 15, "Mon", 14, 0, PAR)
    org = person("Camille Bernard", "lumiere-conseil.example")
    yield direct(
        f,
        "jury_convocation",
        "fr",
        org,
        ME,
        "Convocation à votre entretien devant le jury",
        sent,
        "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien devant le jury le lundi 15 mars 2027 de 14h00 à 15h00, salle Seine.\n\nLe jury sera composé de :\n- Paul Lambert, responsable data\n- Sophie Marchand, directrice des opérations\n- Camille Bernard, RH\n\nCordialement,\nCamille Bernard",
        "French: the reader's own interview before a jury of three (Monday 15 March 14:00–15:00).",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(3, 8, 9, STO)
    st = when(3, 17, "Wed", 9, 0, STO)
    org = person("Karin Ek", "fjallsoft.example")
    yield direct(
        f,
        "panelintervju",
        "sv",
        org,
        ME,
        "Inbjudan till intervju onsdag 17 mars",
        sent,
        "Hej Alex,\n\nvälkommen på intervju onsdag 17 mars kl. 9:00–10:00 hos oss på Sveavägen.\n\nDu träffar:\nJohan Berg, teknisk chef\nLinnea Sjö, teamledare\nKarin Ek, HR\n\nHälsningar\nKarin",
        "Swedish: the reader's own interview with three interviewers listed (Wednesday 17 March 9:00–10:00).",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(3, 9, 10, ROM)
    st = when(3, 18, "Thu", 11, 0, ROM)
    org = person("Sara Ferri", "dolomiti-sw.example")
    yield direct(
        f,
        "commissione_colloquio",
        "it",
        org,
        ME,
        "Invito a colloquio – giovedì 18 marzo",
        sent,
        "Gentile Alex,\n\nla invitiamo a un colloquio con la nostra commissione giovedì 18 marzo dalle 11:00 alle 12:00, presso la sede di Trento.\n\nCommissione:\nLuca Gallo (responsabile tecnico)\nGiorgia Fabbri (product owner)\nSara Ferri (HR)\n\nCordiali saluti,\nSara Ferri",
        "Italian: the reader's own interview before a committee of three (Thursday 18 March 11:00–12:00).",
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(3, 10, 10, TYO)
    st = when(3, 23, "Tue", 14, 0, TYO)
    org = ("人事部 高橋", "takahashi@sakura-kiki.example")
    yield direct(
        f,
        "shuudan_mensetsu_ja",
        "ja",
        org,
        ("モーガン アレックス", ME[1]),
        "【面接のご案内】3月23日（火）14:00〜",
        sent,
        "モーガン アレックス 様\n\nこの度はご応募いただきありがとうございます。下記のとおり面接を行います。\n\n日時：2027年3月23日（火）14:00〜15:00\n場所：本社 5階 第2会議室\n面接官：田中（生産技術部長）、鈴木（課長）、高橋（人事）\n\n当日は受付でお名前をお伝えください。\n\n人事部 高橋",
        "Japanese: the reader's own interview with three interviewers named (Tuesday 23 March 14:00–15:00).",
        start=st,
        end=st + 60 * MIN,
    )


def owngroup34() -> Iterator[Case]:
    f = "owngroup34"
    sent = sent_on(3, 3, 12, LON)
    st = when(3, 11, "Thu", 9, 0, LON)
    org = person("Fiona Walsh", "harbourgate.example")
    yield direct(
        f,
        "assessment_centre_invite",
        "en-GB",
        org,
        ME,
        "Invitation: Graduate Assessment Centre, Thursday 11 March",
        sent,
        "Dear Alex,\n\nCongratulations – we are pleased to invite you to our graduate assessment centre on Thursday 11 March, 09:00 to 16:00, at Harbourgate House.\n\nThe day includes a group exercise with other candidates, a case study and a competency interview with two of our assessors.\n\nPlease reply to confirm your place.\n\nKind regards,\nFiona Walsh",
        "The reader invited as a candidate to a group assessment centre (Thursday 11 March 9:00–16:00).",
        start=st,
        end=when(3, 11, "Thu", 16, 0, LON),
    )
    sent = sent_on(3, 5, 10, BER)
    st = when(3, 16, "Tue", 9, 0, BER)
    org = person("Sabine Hartmann", "rheinbahn-ag.example")
    yield direct(
        f,
        "ac_einladung",
        "de",
        org,
        ME,
        "Einladung zum Assessment Center am 16. März",
        sent,
        "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie zu unserem Assessment Center am Dienstag, 16. März 2027, von 9:00 bis 16:30 Uhr einzuladen. Sie erwartet eine Gruppendiskussion mit weiteren Bewerberinnen und Bewerbern, ein Rollenspiel und ein Einzelgespräch.\n\nBitte bestätigen Sie Ihre Teilnahme.\n\nMit freundlichen Grüßen\nSabine Hartmann",
        "German: the reader invited to an assessment centre as a candidate (Tuesday 16 March 9:00–16:30).",
        start=st,
        end=when(3, 16, "Tue", 16, 30, BER),
    )
    sent = sent_on(3, 8, 12, MAD)
    st = when(3, 18, "Thu", 9, 30, MAD)
    org = person("Beatriz Molina", "aragon-energia.example")
    yield direct(
        f,
        "dinamica_grupo",
        "es",
        org,
        ME,
        "Convocatoria: dinámica de grupo el jueves 18",
        sent,
        "Hola Alex:\n\nTe convocamos a la jornada de selección del jueves 18 de marzo, de 9:30 a 13:30, en nuestras oficinas de Zaragoza. Harás una dinámica de grupo con otros cinco candidatos y, después, una entrevista individual con el comité.\n\nUn saludo,\nBeatriz Molina",
        "Spanish: the reader summoned as a candidate to a group selection day (Thursday 18 March 9:30–13:30).",
        start=st,
        end=when(3, 18, "Thu", 13, 30, MAD),
    )
    sent = sent_on(3, 9, 16, AMS)
    st = when(3, 17, "Wed", 10, 0, AMS)
    org = person("Lotte Jansen", "deltazorg.example")
    yield fwd(
        f,
        "bureau_doorgestuurd",
        "nl",
        "outlook",
        "nl",
        person("Mirjam de Boer", "talentbrug.example"),
        person("Mirjam de Boer", "talentbrug.example"),
        org,
        "Uitnodiging gesprek kandidaat Alex Morgan",
        sent,
        "Hoi Alex,\n\nGoed nieuws: DeltaZorg wil je graag spreken! Hieronder hun bericht. Laat je even weten of het past?\n\nGroet,\nMirjam (Talentbrug)",
        "Hoi Mirjam,\n\nwe nodigen jouw kandidaat Alex Morgan graag uit voor een gesprek op woensdag 17 maart 2027 van 10:00 tot 11:00 bij ons kantoor in Delft. Hij spreekt met Bas Meijer en mij.\n\nGroet,\nLotte Jansen",
        "Dutch agency recruiter passes on the client's mail written to her about the reader's own interview (Wednesday 17 March 10:00–11:00).",
        to=ME,
        start=st,
        end=st + 60 * MIN,
    )
    sent = sent_on(3, 10, 11, WAW)
    st = when(3, 19, "Fri", 13, 0, WAW)
    org = person("Joanna Sikora", "wisla-bank.example")
    yield fwd(
        f,
        "agencja_przekazuje",
        "pl",
        "outlook",
        "pl",
        person("Tomasz Lis", "kadry-plus.example"),
        person("Tomasz Lis", "kadry-plus.example"),
        org,
        "Rozmowa z kandydatem Alex Morgan",
        sent,
        "Panie Alex,\n\nprzesyłam potwierdzenie od klienta poniżej. Powodzenia!\n\nTomasz Lis\nKadry Plus",
        "Dzień dobry Panie Tomaszu,\n\npotwierdzam rozmowę z Pana kandydatem, Panem Alexem Morganem, w piątek 19 marca 2027 o 13:00 w naszej siedzibie. Rozmowę poprowadzą Marek Kowal i ja.\n\nPozdrawiam\nJoanna Sikora",
        "Polish agency recruiter passes on the client's confirmation of the reader's own interview (Friday 19 March 13:00).",
        to=ME,
        start=st,
    )
    sent = sent_on(3, 11, 10, IST)
    st = when(3, 22, "Mon", 10, 0, IST)
    org = person("Zeynep Arslan", "bogazici-yazilim.example")
    yield direct(
        f,
        "grup_mulakati",
        "tr",
        org,
        ME,
        "Grup mülakatı daveti – 22 Mart Pazartesi",
        sent,
        "Merhaba Alex,\n\nsizi 22 Mart 2027 Pazartesi günü saat 10:00–12:00 arasında ofisimizde yapılacak grup mülakatına davet ediyoruz. Diğer adaylarla bir vaka çalışması yapacak, ardından ekibimizle kısa bir görüşme gerçekleştireceksiniz.\n\nSaygılarımızla,\nZeynep Arslan",
        "Turkish: the reader invited as a candidate to a group interview (Monday 22 March 10:00–12:00).",
        start=st,
        end=when(3, 22, "Mon", 12, 0, IST),
    )


BUILDERS = (
    brief34,
    dayplan34,
    calib34,
    assessor34,
    misdir34,
    teamcal34,
    fwdname34,
    referral34,
    ownpanel34,
    owngroup34,
)

FIGURES = """## Figures (quick.py; claimed look-alikes, and controls right and sure)

- First sight, before any parser change: dev brief34 5/7 claimed, calib34 0/7, misdir34 2/5,
  fwdname34 7/7, referral34 2/6; controls ownpanel34 6/6 right and sure, owngroup34 6/6 right,
  3 sure (two assessment days read as a window of several hours, the Polish agency forward
  dropped as someone else's). Older dev files of the task: coordday33 2/6, debrief33 2/6,
  decision33 1/4, subjnote33 3/5. Split totals: dev false 41/3083, held-out false 109/1324.
- After the changes below: dev brief34 0/7, fwdname34 0/7, referral34 0/6, misdir34 2/5 (the
  two greeting a given name only: a nickname of the reader's cannot be told from another
  person, as ownctl33's controls show); coordday33, debrief33, decision33, subjnote33 0;
  owngroup34 sure 4 (the agency forward kept); dev false 19/3083, held-out false 104/1324;
  no file worse.

## Rules and their sources

- `INTERVIEWER_DUTY_CUES`: the part of the questioning the reader takes ("you'll cover
  product sense", "Du übernimmst den fachlichen Teil", "tu fai le domande", "du tar de
  tekniska frågorna", "評価シート"); `_PERSON_INTERVIEWING` ("Jordan Pike is interviewing
  for"), Swedish "intervjun med", Italian "colloquio a", Japanese "候補者".
- `PANEL_CONFERS_CUES`: a panel or committee confers without the candidate (de, fr, es, it,
  nl, cs, pl, pt), read even when the sentence names the interviews held.
- `day_plan`: two rows or more of a time and a person's full name, none the reader, in a mail
  naming no interview of the reader's own.
- `subject_names_someone`: a forward's own subject names another person's interview in the
  possessive or genitive of en, de, fr, it, es, pt, nl, sv, cs, pl, tr.
- `READER_REFERRED_CUES`: "vielen Dank für Ihre Empfehlung", "gracias por presentarnos".
- `_ordinal_dot`: a numeric date's dots ("16. 12.") end no sentence.
- `on_the_panel`: a candidate named in a forward may be the mailbox's owner (an agency's
  client writes "kandydatem Alex Morgan").
"""


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = [name for name, split in SPLITS.items() if split == "heldout"]
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    lines = [
        "# Provenance of the sides34 batch",
        "",
        "Interviews that are not the reader's to attend as the candidate: the reader on the "
        "employer's side (an interviewer's briefing, an interview-day plan, the panel's "
        "debrief or decision meeting, a hiring committee, an assessor's schedule) and someone "
        "else's interview reaching the reader (a mail to another candidate sent by mistake, a "
        "shared calendar's notice of a colleague's interview, a forward whose only hint is a "
        "name in the subject, a referrer told of the slot), beside controls in the same shapes "
        "(the reader's own panel interview, group assessment day, agency forward). People, "
        "companies, addresses and wording are ours; dates March 2027.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, drawn by a seeded coin before "
        "anything was measured): " + ", ".join(sorted(held)) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_sides34.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        FIGURES,
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-sides34.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
