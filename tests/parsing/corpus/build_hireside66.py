# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "hireside66" batch: mail whose reader sits on the hiring side of an interview
(an interviewer, a panel member, a hiring manager reading an agency's or a tracking system's
notice, a shadowing interviewer, a panel chair) or whose interview is someone else's (a
candidate the reader referred, a former report's reference call, a colleague's interview),
next to controls in the same frames where the reader is the candidate ("we'd like to invite
you to interview with our panel", "Candidate: Alex Morgan / Interviewers: ...").

Languages: en, de, fr, es, nl, sv, pl, tr, pt-BR, id, ja. Plain text, HTML-only mail and
applicant-tracking notices (Greenhouse-, Lever-, Workable-, Personio-, Teamtailor-,
Recruitee-, Gupy-, HRMOS-like) written in our own words.

Run: .venv/bin/python tests/parsing/corpus/build_hireside66.py

All text is ours (no template copied); people and companies are made up. Labels come from
the datetimes the text is rendered from (zoneinfo) and were written before the parser was run
on any message of the batch. A seeded third is held out, chosen from the file name alone
before anything was parsed: sha256("hireside66 coin|" + filename) % 3 == 0 on the name
the mail would have in dev; held out, it is written under the family "hireside66h", since a
family is held out whole.
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
FAMILY = "hireside66"
# the held-out third goes out as a family of its own: a family is held out whole
HELD_FAMILY = "hireside66h"
FAMILIES = {
    FAMILY: "The reader is on the hiring side (interviewer, panel member, chair, shadow, "
    "hiring manager reading an agency's or ATS notice) or the interview is someone else's "
    "(a referral, a former report's reference call, a colleague); controls in the same frames "
    "where the reader is the candidate.",
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
    "nl": "Europe/Amsterdam",
    "sv": "Europe/Stockholm",
    "pl": "Europe/Warsaw",
    "tr": "Europe/Istanbul",
    "pt-BR": "America/Sao_Paulo",
    "id": "Asia/Jakarta",
    "ja": "Asia/Tokyo",
}
SENT = (2026, 10, 12, 9, 30)  # Monday 12 October 2026
WED14 = (2026, 10, 14, 14, 0)  # Wednesday 14 October 2026, 14:00 local: every mail's slot


def split_of(filename: str) -> str:
    """The held-out third, drawn from the file name before any parsing."""
    coin = int(hashlib.sha256(f"hireside66 coin|{filename}".encode()).hexdigest(), 16)
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
    """One mail: `own` is the reader's own interview at WED14 (no zone stated), labelled an
    invitation; otherwise the reader is on the hiring side or the interview is someone
    else's, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    label: dict[str, object]
    if own:
        label = {"kind": "invitation", **pp.timed(datetime(*WED14, tzinfo=zone), sent=sent_at)}
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
    key = f"hireside66 {lang} {name}"
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


def english() -> None:
    add(
        "en",
        "ghkit",
        ("Northwind Hiring", "no-reply@hire.northwind.example"),
        "Upcoming interview: Anna Lee - Onsite (Wed Oct 14)",
        "Hi Alex,\n\nYou have an upcoming interview.\n\nAnna Lee\nSenior Data Analyst - Onsite, technical round\nWednesday, October 14, 2026, 2:00 PM - 3:00 PM\nRoom: Harbour 3\n\nYour role on this loop: Hiring Manager\nFocus attributes: SQL, stakeholder communication\n\nOpen the prep notes and leave your feedback after the conversation:\nhttps://hire.northwind.example/loops/8812/prep\n",
        "ATS interviewer notice: the reader's role on the loop, a named candidate, a feedback link",
        template=ATS,
    )
    add(
        "en",
        "lever",
        ("Fernway Talent", "talent@fernway.example"),
        "Reminder: you're interviewing Daniel Ortiz on Wednesday",
        "Hi Alex,\n\nQuick reminder that you'll be interviewing Daniel Ortiz for the Backend Engineer role on Wednesday 14 October at 14:00 (video link in the invite).\n\nDaniel's profile and the questions for your part are on his page. Please leave your thoughts within 24 hours so we can move quickly.\n\nThanks,\nFernway Talent",
        "'you'll be interviewing <name>' with the candidate's page and a feedback ask",
        html=True,
        template=ATS,
    )
    add(
        "en",
        "agencyclient",
        ("Chris Dale", "chris@bridgeline-search.example"),
        "Priya Shah - available Wednesday",
        "Hi Alex,\n\nGood news: Priya Shah is available on Wednesday 14 October at 14:00 for your interview. She's very keen on the role and has confirmed she can come to your Leeds office.\n\nShall I lock it in with her? Her updated CV is attached.\n\nBest,\nChris Dale\nBridgeline Search",
        "agency consultant to the client: the candidate is available for the reader's interview",
    )
    add(
        "en",
        "shadow",
        ("Ruth Kim", "ruth.kim@orbitlabs.example"),
        "Shadowing on Wednesday",
        "Hi Alex,\n\nAs part of your interviewer training, you'll shadow Jonas on the system design interview with Lena Park on Wednesday 14 October at 14:00.\nJust observe and take notes - no need to submit anything this time. We'll debrief afterwards.\n\nRuth",
        "the reader shadows an interviewer on a named candidate's interview",
    )
    add(
        "en",
        "chair",
        ("Maria Lopez", "m.lopez@council.example.gov"),
        "Policy Officer interviews - chairing arrangements",
        "Dear Alex,\n\nThank you for agreeing to chair the interviews for the Policy Officer post. Please arrive at 13:30 on Wednesday 14 October; the first candidate, Mr Tom Hughes, is booked for 14:00.\nThe question set and marking sheet will be on the table in Committee Room 2.\n\nKind regards,\nMaria Lopez\nHR Business Partner",
        "the reader chairs the panel; the first candidate named with a time",
    )
    add(
        "en",
        "referral",
        ("Orbit Labs People Team", "people@orbitlabs.example"),
        "Your referral is moving forward",
        "Hi Alex,\n\nThanks for referring Sam Ortega! Sam has an interview with our platform team on Wednesday 14 October at 2pm.\nWe'll keep you posted, and if Sam is hired you'll receive the referral bonus after 3 months.\n\nOrbit Labs People Team",
        "the reader's referral has the interview",
    )
    add(
        "en",
        "formerreport",
        ("Jamie Fox", "jamie.fox@webmail.example"),
        "Reference call - would Wednesday work?",
        "Hi Alex,\n\nHope you're well! I'm in the final stage with Bluefin and gave your name as a reference. Their recruiter, Nora, would like a short reference call with you on Wednesday 14 October at 2pm.\nWould that work for you? Happy to pass on another time if not.\n\nThanks so much,\nJamie",
        "a former report asks the reader to give a reference call",
    )
    add(
        "en",
        "colleague",
        ("Maya Singh", "maya.singh@orbitlabs.example"),
        "Room on Wednesday",
        "Hey Alex,\n\nHeads-up: Ben from my team has his interview with the Berlin office on Wednesday 14 October at 14:00 and he'll take it from the small meeting room.\nCould you keep it free for him?\n\nThanks!\nMaya",
        "a colleague's interview; the reader keeps a room free",
    )
    add(
        "en",
        "workable",
        ("Workflow ATS", "notifications@ats.workflow.example"),
        "New interview scheduled with Chloe Martin",
        "A new interview has been scheduled.\n\nCandidate: Chloe Martin\nJob: Data Analyst\nWhen: Wed, Oct 14, 2026, 2:00 PM\nLocation: Video call\nInterviewers: Alex Morgan, Ruth Kim\n\nAdd your evaluation once the interview is over.\n",
        "ATS notice to the interviewers: Candidate field names someone else, the reader among the interviewers",
        html=True,
        template=ATS,
    )
    add(
        "en",
        "hmscreen",
        ("Tara Quinn", "tara.quinn@fernway.example"),
        "Phone screen for your Ops Lead req",
        "Hi Alex,\n\nI've set up a 30-minute phone screen for you with Olivia Grant (Ops Lead, your req #2231) on Wednesday 14 October at 14:00. You'll call her on 07700 900123.\nHer CV and my screening notes are in the folder. Let me know if you want to move her forward.\n\nTara",
        "recruiter to the hiring manager: the reader calls the candidate",
    )
    add(
        "en",
        "own_panel",
        ("Ruth Kim", "ruth.kim@orbitlabs.example"),
        "Interview invitation - Data Analyst",
        "Hi Alex,\n\nThanks for applying to Orbit Labs. We'd like to invite you to interview with our panel on Wednesday 14 October at 2:00 PM.\nYou'll meet Ruth Kim (Hiring Manager) and Tom Hughes (Senior Analyst). Please bring a short example of your work.\n\nBest,\nRuth",
        "control: the reader is invited to interview with a panel, both panelists named",
        own=True,
    )
    add(
        "en",
        "own_ats",
        ("Workflow ATS", "notifications@ats.workflow.example"),
        "Your interview with Orbit Labs is scheduled",
        "Hi Alex,\n\nYour interview has been scheduled.\n\nCandidate: Alex Morgan\nJob: Data Analyst\nWhen: Wed, Oct 14, 2026, 2:00 PM\nLocation: Video call\nInterviewers: Ruth Kim, Tom Hughes\n\nGood luck!\n",
        "control: the same ATS frame with the reader as the candidate",
        own=True,
        html=True,
        template=ATS,
    )
    add(
        "en",
        "own_agency",
        ("Chris Dale", "chris@bridgeline-search.example"),
        "Interview confirmed - Wednesday",
        "Hi Alex,\n\nGreat news - the client would like to interview you on Wednesday 14 October at 14:00 at their Leeds office. Your interviewer will be Priya Shah, Head of Data.\nI'll call you tomorrow to prepare.\n\nBest,\nChris Dale\nBridgeline Search",
        "control: the agency tells its candidate, the reader, of the client's interview",
        own=True,
    )


def german_french_spanish() -> None:
    add(
        "de",
        "personio",
        ("Personalwesen Kessler", "noreply@kessler-hr.example.de"),
        "Neues Interview: Jonas Weber",
        "Hallo Alex,\n\nfür dich wurde ein Interview geplant.\n\nKandidat: Jonas Weber\nStelle: Werkstudent Controlling\nTermin: Mittwoch, 14. Oktober 2026, 14:00 Uhr\nInterviewer: Alex Morgan\n\nBitte hinterlege nach dem Gespräch dein Feedback im Profil des Kandidaten.\n",
        "ATS interviewer notice: Kandidat names someone else, the reader is the interviewer",
        template=ATS,
    )
    add(
        "de",
        "hm",
        ("Sabine Roth", "s.roth@kessler.example.de"),
        "Vorstellungsgespräch Mittwoch",
        "Hallo Alex,\n\nam Mittwoch, 14. Oktober, um 14 Uhr führst du das Vorstellungsgespräch mit Frau Lea Brandt (Teamleitung Einkauf). Ich schicke dir vorher ihre Unterlagen und setze mich als Protokollantin dazu.\n\nViele Grüße\nSabine",
        "the reader conducts the interview with a named applicant",
    )
    add(
        "de",
        "own",
        ("Sabine Roth", "s.roth@kessler.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am Mittwoch, 14. Oktober 2026, um 14:00 Uhr ein. Das Gespräch führen Frau Lea Brandt und Herr Jonas Weber.\n\nMit freundlichen Grüßen\nSabine Roth",
        "control: the reader's own interview, the interviewers named",
        own=True,
    )
    add(
        "fr",
        "entretien",
        ("Claire Vidal", "c.vidal@atelier-nord.example.fr"),
        "Entretien de mercredi",
        "Bonjour Alex,\n\nmercredi 14 octobre à 14h00, vous ferez passer l'entretien à Mme Claire Dubois pour le poste de cheffe de projet. Son dossier est dans le partage RH ; merci de me transmettre votre avis ensuite.\n\nBien à vous,\nClaire Vidal",
        "the reader conducts the interview with a named candidate",
    )
    add(
        "fr",
        "own",
        ("Claire Vidal", "c.vidal@atelier-nord.example.fr"),
        "Invitation à un entretien",
        "Bonjour Alex,\n\nnous avons le plaisir de vous convier à un entretien le mercredi 14 octobre à 14h00 avec Claire Dubois et Hugo Lemaire.\n\nBien à vous,\nClaire Vidal",
        "control: the reader's own interview, two interviewers named",
        own=True,
    )
    add(
        "es",
        "agency",
        ("Pablo Ortega", "pablo@talentia-search.example.es"),
        "Lucía Fernández - disponibilidad",
        "Hola Alex:\n\nLa candidata Lucía Fernández puede acudir a tu entrevista el miércoles 14 de octubre a las 14:00. ¿Te lo confirmo?\nTe adjunto su CV actualizado.\n\nUn saludo,\nPablo\nTalentia Search",
        "agency to the client: the candidate can come to the reader's interview",
    )
    add(
        "es",
        "shadow",
        ("Marta Gil", "marta.gil@lumbre.example.es"),
        "Observador en la entrevista del miércoles",
        "Hola Alex:\n\nEl miércoles 14 de octubre a las 14:00 acompañarás como observador la entrevista de Carlos Ruiz con Marta. Solo tienes que escuchar y tomar notas.\n\nGracias,\nMarta",
        "the reader sits in as an observer on someone else's interview",
    )
    add(
        "es",
        "own",
        ("Marta Gil", "marta.gil@lumbre.example.es"),
        "Invitación a entrevista",
        "Hola Alex:\n\nTe invitamos a una entrevista el miércoles 14 de octubre a las 14:00 con nuestro comité: Lucía Fernández y Carlos Ruiz.\n\nUn saludo,\nMarta Gil",
        "control: the reader's own interview with a named committee",
        own=True,
    )


def dutch_swedish() -> None:
    add(
        "nl",
        "gesprek",
        ("Eva Smit", "eva.smit@polderdata.example.nl"),
        "Gesprek woensdag",
        "Hoi Alex,\n\nwoensdag 14 oktober om 14:00 voer jij het gesprek met kandidaat Sanne de Vries. Wil je daarna je indruk in het formulier zetten?\n\nGroet,\nEva",
        "the reader holds the interview with a named candidate",
    )
    add(
        "nl",
        "recruitee",
        ("Polderdata Werving", "werving@polderdata.example.nl"),
        "Nieuw interview ingepland: Daan Bakker",
        "Er is een nieuw interview ingepland.\n\nKandidaat: Daan Bakker\nVacature: Data Engineer\nWanneer: woensdag 14 oktober 2026, 14:00\nInterviewers: Alex Morgan, Eva Smit\n\nVergeet niet je evaluatie in te vullen na het gesprek.\n",
        "ATS notice to interviewers: Kandidaat names someone else",
        html=True,
        template=ATS,
    )
    add(
        "nl",
        "referral",
        ("Polderdata HR", "hr@polderdata.example.nl"),
        "Update over je aanbeveling",
        "Hoi Alex,\n\nLeuk nieuws: jouw aanbeveling, Lotte Visser, heeft woensdag 14 oktober om 14:00 een gesprek bij ons. Bedankt voor het doorsturen!\n\nHR",
        "the reader's referral has the interview",
    )
    add(
        "nl",
        "own",
        ("Eva Smit", "eva.smit@polderdata.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nWe nodigen je graag uit voor een gesprek op woensdag 14 oktober om 14:00 met onze selectiecommissie (Sanne de Vries en Daan Bakker).\n\nMet vriendelijke groet,\nEva Smit",
        "control: the reader's own interview with a named committee",
        own=True,
    )
    add(
        "nl",
        "own_ats",
        ("Polderdata Werving", "werving@polderdata.example.nl"),
        "Je gesprek is ingepland",
        "Hoi Alex,\n\nJe gesprek is ingepland.\n\nKandidaat: Alex Morgan\nVacature: Data Engineer\nWanneer: woensdag 14 oktober 2026, 14:00\nInterviewers: Eva Smit, Daan Bakker\n\nSucces!\n",
        "control: the same ATS frame naming the reader as the candidate",
        own=True,
        html=True,
        template=ATS,
    )
    add(
        "sv",
        "intervju",
        ("Maja Berg", "maja.berg@fjordsystem.example.se"),
        "Intervju på onsdag",
        "Hej Alex!\n\nDu intervjuar Oskar Lindqvist på onsdag 14 oktober kl. 14.00. Hans CV ligger i systemet, och fyll gärna i din bedömning efteråt.\n\nTack!\nMaja",
        "the reader interviews a named candidate",
    )
    add(
        "sv",
        "panel",
        ("Maja Berg", "maja.berg@fjordsystem.example.se"),
        "Intervjupanel onsdag",
        "Hej Alex,\n\nkan du sitta med i intervjupanelen för kandidaten Elsa Nyberg på onsdag 14 oktober kl. 14.00? Det tar ungefär en timme.\n\nHälsningar\nMaja",
        "the reader is asked to sit on the panel for a named candidate",
    )
    add(
        "sv",
        "own",
        ("Maja Berg", "maja.berg@fjordsystem.example.se"),
        "Inbjudan till intervju",
        "Hej Alex!\n\nVi vill gärna träffa dig på intervju onsdag 14 oktober kl. 14.00. Du träffar Oskar Lindqvist och Elsa Nyberg.\n\nVänliga hälsningar\nMaja Berg",
        "control: the reader's own interview, the interviewers named",
        own=True,
    )


def polish_turkish() -> None:
    add(
        "pl",
        "prowadzisz",
        ("Anna Wrona", "a.wrona@wislatech.example.pl"),
        "Rozmowa w środę",
        "Cześć Alex,\n\nw środę 14 października o 14:00 przeprowadzasz rozmowę z kandydatem Piotrem Nowakiem na stanowisko analityka. Po spotkaniu daj mi znać, co o nim sądzisz.\n\nAnia",
        "the reader conducts the interview with a named candidate",
    )
    add(
        "pl",
        "teamtailor",
        ("Wisłatech Rekrutacja", "no-reply@rekrutacja.wislatech.example.pl"),
        "Zaplanowano rozmowę: Ewa Lis",
        "Zaplanowano nową rozmowę kwalifikacyjną.\n\nKandydat: Ewa Lis\nStanowisko: Specjalista ds. danych\nTermin: środa, 14 października 2026, 14:00\nOsoby rekrutujące: Alex Morgan\n\nPo rozmowie dodaj swoją ocenę w profilu kandydata.\n",
        "ATS notice to the recruiting team: Kandydat names someone else",
        template=ATS,
    )
    add(
        "pl",
        "agency",
        ("Tomasz Król", "t.krol@headhunt.example.pl"),
        "Kandydatka Joanna Kruk - potwierdzenie",
        "Dzień dobry Panie Alexie,\n\nkandydatka Joanna Kruk potwierdziła, że będzie na rozmowie z Panem w środę 14 października o 14:00.\nW załączniku przesyłam jej aktualne CV.\n\nPozdrawiam,\nTomasz Król",
        "agency to the client: the candidate confirms the reader's interview",
    )
    add(
        "pl",
        "own",
        ("Anna Wrona", "a.wrona@wislatech.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry Panie Alexie,\n\nzapraszamy na rozmowę kwalifikacyjną w środę 14 października o 14:00. W komisji będą: Ewa Lis i Piotr Nowak.\n\nPozdrawiam,\nAnna Wrona",
        "control: the reader's own interview naming the panel",
        own=True,
    )
    add(
        "pl",
        "own_ats",
        ("Wisłatech Rekrutacja", "no-reply@rekrutacja.wislatech.example.pl"),
        "Twoja rozmowa została zaplanowana",
        "Cześć Alex,\n\nTwoja rozmowa kwalifikacyjna została zaplanowana.\n\nKandydat: Alex Morgan\nStanowisko: Specjalista ds. danych\nTermin: środa, 14 października 2026, 14:00\nOsoby rekrutujące: Ewa Lis\n\nPowodzenia!\n",
        "control: the ATS frame naming the reader as the candidate",
        own=True,
        template=ATS,
    )
    add(
        "tr",
        "mulakat",
        ("Selin Yıldız", "selin.yildiz@bosforteknik.example.com.tr"),
        "Çarşamba mülakatı",
        "Merhaba Alex,\n\n14 Ekim Çarşamba saat 14:00'te Mehmet Kaya ile mülakatı sen yapacaksın. Özgeçmişini ekte bulabilirsin; görüşmeden sonra notlarını sisteme girmeyi unutma.\n\nSelin",
        "the reader conducts the interview with a named candidate",
    )
    add(
        "tr",
        "panel",
        ("Selin Yıldız", "selin.yildiz@bosforteknik.example.com.tr"),
        "Mülakat paneli",
        "Selam Alex,\n\n14 Ekim Çarşamba 14:00'teki mülakatta panelde yer alabilir misin? Aday: Zeynep Arslan, pozisyon: Yazılım Mühendisi.\n\nTeşekkürler,\nSelin",
        "the reader is asked to sit on the panel; Aday names the candidate",
    )
    add(
        "tr",
        "ats",
        ("Boşfor İK", "noreply@ik.bosforteknik.example.com.tr"),
        "Yeni mülakat planlandı: Elif Şahin",
        "Yeni bir mülakat planlandı.\n\nAday: Elif Şahin\nPozisyon: Veri Analisti\nTarih: 14 Ekim 2026 Çarşamba, 14:00\nMülakatçı: Alex Morgan\n\nLütfen mülakattan sonra değerlendirmenizi girin.\n",
        "ATS notice to the interviewer: Aday names someone else",
        html=True,
        template=ATS,
    )
    add(
        "tr",
        "own",
        ("Selin Yıldız", "selin.yildiz@bosforteknik.example.com.tr"),
        "Mülakat daveti",
        "Sayın Alex Morgan,\n\n14 Ekim Çarşamba günü saat 14:00'te mülakatınız planlanmıştır. Mülakatçılar: Mehmet Kaya ve Zeynep Arslan.\n\nSaygılarımızla,\nSelin Yıldız",
        "control: the reader's own interview naming the interviewers",
        own=True,
    )
    add(
        "tr",
        "own_ats",
        ("Boşfor İK", "noreply@ik.bosforteknik.example.com.tr"),
        "Mülakatınız planlandı",
        "Merhaba Alex,\n\nMülakatınız planlandı.\n\nAday: Alex Morgan\nPozisyon: Veri Analisti\nTarih: 14 Ekim 2026 Çarşamba, 14:00\nMülakatçı: Elif Şahin\n\nBaşarılar!\n",
        "control: the ATS frame naming the reader as the candidate",
        own=True,
        template=ATS,
    )


def portuguese_indonesian_japanese() -> None:
    add(
        "pt-BR",
        "entrevistar",
        ("Juliana Costa", "juliana.costa@ipe-digital.example.com.br"),
        "Entrevista de quarta",
        "Oi Alex,\n\nvocê vai entrevistar a candidata Beatriz Souza na quarta-feira, 14/10, às 14h. O currículo dela está na pasta do processo; depois me conta suas impressões.\n\nBeijos,\nJu",
        "the reader interviews a named candidate",
    )
    add(
        "pt-BR",
        "agency",
        ("Rodrigo Alves", "rodrigo@cacatalentos.example.com.br"),
        "Rafael Lima - disponibilidade",
        "Olá Alex,\n\no candidato Rafael Lima está disponível na quarta-feira, 14/10, às 14h para a entrevista com você. Posso confirmar com ele?\n\nAbraço,\nRodrigo",
        "agency to the client: the candidate is available for the reader's interview",
    )
    add(
        "pt-BR",
        "gupy",
        ("Ipê Digital Recrutamento", "naoresponda@vagas.ipe-digital.example.com.br"),
        "Entrevista agendada - Larissa Melo",
        "Uma entrevista foi agendada.\n\nCandidato(a): Larissa Melo\nVaga: Analista de Dados\nData: 14/10/2026 às 14:00\nVocê foi adicionado como avaliador desta etapa.\n",
        "ATS notice: the reader added as the evaluator; the candidate named",
        html=True,
        template=ATS,
    )
    add(
        "pt-BR",
        "own",
        ("Juliana Costa", "juliana.costa@ipe-digital.example.com.br"),
        "Convite para entrevista",
        "Olá Alex,\n\ngostaríamos de convidar você para uma entrevista na quarta-feira, 14/10, às 14h, com a nossa banca: Beatriz Souza e Rafael Lima.\n\nAbraços,\nJuliana Costa",
        "control: the reader's own interview naming the panel",
        own=True,
    )
    add(
        "id",
        "mewawancarai",
        ("Sari Putri", "sari.putri@nusantara-data.example.co.id"),
        "Wawancara hari Rabu",
        "Halo Alex,\n\nkamu akan mewawancarai Budi Santoso hari Rabu, 14 Oktober pukul 14.00. CV-nya sudah ada di folder rekrutmen; setelah wawancara tolong kirim masukan kamu ke saya.\n\nTerima kasih,\nSari",
        "the reader interviews a named person",
    )
    add(
        "id",
        "panel",
        ("Sari Putri", "sari.putri@nusantara-data.example.co.id"),
        "Pewawancara untuk hari Rabu",
        "Mas Alex,\n\nbisa ikut jadi pewawancara untuk kandidat Dewi Lestari hari Rabu, 14 Oktober jam 14.00? Posisinya Analis Keuangan.\n\nMakasih,\nSari",
        "the reader is asked to be an interviewer for a named candidate",
    )
    add(
        "id",
        "agency",
        ("Andi Pratama", "andi@carikerja-partner.example.co.id"),
        "Kandidat Rina Wijaya",
        "Pak Alex,\n\nkandidat kami, Rina Wijaya, bisa hadir untuk wawancara dengan Bapak pada hari Rabu, 14 Oktober pukul 14.00. Mohon konfirmasinya.\n\nSalam,\nAndi Pratama",
        "agency to the client: its candidate can come to the reader's interview",
    )
    add(
        "id",
        "own",
        ("Sari Putri", "sari.putri@nusantara-data.example.co.id"),
        "Undangan wawancara",
        "Halo Alex,\n\nkami mengundang Anda untuk wawancara pada hari Rabu, 14 Oktober 2026 pukul 14.00. Pewawancara: Budi Santoso dan Dewi Lestari.\n\nSalam,\nSari Putri",
        "control: the reader's own interview naming the interviewers",
        own=True,
    )
    add(
        "ja",
        "doseki",
        ("人事部 鈴木", "suzuki@sakura-soft.example.jp"),
        "10/14 面接同席のお願い",
        "モーガンさん\n\nお疲れさまです。人事の鈴木です。\n10月14日（水）14:00から、応募者の田中 健太さんとの面接に同席していただけますか。\n履歴書は共有フォルダに置いてあります。\n\nよろしくお願いします。",
        "HR asks the reader to sit in on a named applicant's interview",
    )
    add(
        "ja",
        "agency",
        ("佐々木 (キャリアブリッジ)", "sasaki@careerbridge.example.jp"),
        "候補者 佐藤 翔太さんの面接日程",
        "モーガン様\n\nいつもお世話になっております。キャリアブリッジの佐々木です。\nご紹介している候補者の佐藤 翔太さんですが、10月14日（水）14:00の面接でご都合いかがでしょうか。\n\nよろしくお願いいたします。",
        "agency to the client: a time for its candidate's interview with the reader",
    )
    add(
        "ja",
        "hrmos",
        ("さくらソフト 採用", "no-reply@saiyo.sakura-soft.example.jp"),
        "面接が登録されました：山本 花子",
        "面接が登録されました。\n\n候補者：山本 花子\n職種：データアナリスト\n日時：2026年10月14日（水）14:00\n担当者：Alex Morgan\n\n面接後、所感を記入してください。\n",
        "ATS notice to the interviewer: the candidate field names someone else",
        html=True,
        template=ATS,
    )
    add(
        "ja",
        "own",
        ("さくらソフト 採用", "recruit@sakura-soft.example.jp"),
        "面接のご案内",
        "Alex Morgan様\n\nこの度はご応募いただきありがとうございます。\n10月14日（水）14:00より面接を実施いたします。\n面接官：山本、田中\n\nどうぞよろしくお願いいたします。",
        "control: the reader's own interview naming the interviewers",
        own=True,
    )


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
    """One calendar REQUEST at WED14 for an hour, the reader a required ATTENDEE beside
    `others`; `own` is the reader's own interview, otherwise a look-alike with no slot."""
    zone = ZONE[lang]
    start = datetime(*WED14, tzinfo=ZoneInfo(zone))
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
    raw = cn.render(c).replace(b"@calneg50.example>", b"@hireside66.example>")
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


def harder() -> None:
    """Mail with no duty word and no candidate noun: the reader hires, takes a colleague's
    slot, runs a panel day; and controls naming the interviewer beside the reader's slot."""
    add(
        "en",
        "smallbiz",
        ("Dee Walsh", "dee@corner-cafe.example"),
        "Barista applicant",
        "Hi Alex,\n\nThe lad who answered your ad for the weekend barista job, Jake Turner, says he can pop in on Wednesday 14 October at 2pm to meet you. Shall I tell him yes?\n\nDee",
        "the reader owns the shop and meets an applicant to their ad",
    )
    add(
        "en",
        "panelday",
        ("Maria Lopez", "m.lopez@council.example.gov"),
        "Panel day - Wednesday 14 October",
        "Dear Alex,\n\nHere is the running order for Wednesday 14 October (Committee Room 2):\n\n14:00 Anna Lee\n15:00 Ravi Patel\n16:00 Sofia Brown\n\nThe question pack is attached. Tea for the panel from 13:30.\n\nMaria",
        "a panel day's running order of several named people, sent to a panel member",
    )
    add(
        "en",
        "takemy",
        ("Ben Carter", "ben.carter@orbitlabs.example"),
        "Can you take my 2pm?",
        "Hi Alex,\n\nI'm off sick - could you take my 14:00 with Ravi Patel on Wednesday 14 October? He's the frontend applicant; my notes are in the shared doc.\n\nCheers,\nBen",
        "a colleague hands the reader an interview slot with a named applicant",
    )
    add(
        "nb",
        "formeg",
        ("Kari Nilsen", "kari.nilsen@fjellsoft.example.no"),
        "Intervju onsdag",
        "Hei Alex,\n\nkan du ta intervjuet med Ingrid Hansen onsdag 14. oktober kl. 14.00 for meg? Jeg er bortreist. Notatene ligger i mappen.\n\nHilsen Kari",
        "a colleague asks the reader to hold an interview with a named person in her place",
    )
    add(
        "nb",
        "own",
        ("Kari Nilsen", "kari.nilsen@fjellsoft.example.no"),
        "Invitasjon til intervju",
        "Hei Alex,\n\ndu er invitert til intervju onsdag 14. oktober kl. 14.00 med Ingrid Hansen og meg.\n\nHilsen Kari Nilsen",
        "control: the reader's own interview with named interviewers",
        own=True,
    )
    add(
        "pl",
        "hm",
        ("Barbara Mazur", "b.mazur@wislatech.example.pl"),
        "Spotkanie w środę",
        "Panie Alexie,\n\npani Magdalena Sikora przyjdzie w środę 14 października o 14:00 na rozmowę na stanowisko asystentki, o które Pan prosił. Czy mam zarezerwować salę?\n\nBarbara",
        "an assistant tells the hiring manager an applicant comes for the post he asked for",
    )
    add(
        "pl",
        "own_named",
        ("Barbara Mazur", "b.mazur@wislatech.example.pl"),
        "Rozmowa w środę",
        "Panie Alexie,\n\nrozmowę z Panem przeprowadzi pani Magdalena Sikora, w środę 14 października o 14:00.\n\nPozdrawiam,\nBarbara Mazur",
        "control: the reader's own interview, the interviewer named",
        own=True,
    )
    add(
        "tr",
        "hirer",
        ("Ayşe Koç", "ayse.koc@bosforteknik.example.com.tr"),
        "Başvuru: Burak Demir",
        "Alex Bey,\n\nilanınıza başvuran Burak Demir, 14 Ekim Çarşamba saat 14:00'te sizinle görüşmeye gelecek.\n\nİyi çalışmalar,\nAyşe",
        "the applicant to the reader's job ad comes to see the reader",
    )
    add(
        "tr",
        "own_named",
        ("Ayşe Koç", "ayse.koc@bosforteknik.example.com.tr"),
        "Görüşme bilgisi",
        "Alex Bey,\n\nBurak Demir ile görüşmeniz 14 Ekim Çarşamba saat 14:00'te olacak.\n\nİyi çalışmalar,\nAyşe",
        "control: the reader's own interview with a named interviewer",
        own=True,
    )
    add(
        "pt-BR",
        "indicou",
        ("Fernanda Rocha", "fernanda.rocha@ipe-digital.example.com.br"),
        "Sua indicação",
        "Alex,\n\no Thiago Ramos, que você indicou, tem entrevista com o time de produto na quarta-feira, 14/10, às 14h. Obrigada pela indicação!\n\nFernanda",
        "the reader's referral has the interview",
    )
    add(
        "ja",
        "tanto",
        ("人事部 鈴木", "suzuki@sakura-soft.example.jp"),
        "一次面接の担当について",
        "モーガンさん\n\n10月14日（水）14:00の一次面接、担当はモーガンさんと高橋さんでお願いします。\n対象：中村 美咲さん（営業職）\n\nよろしくお願いします。",
        "the reader is named in charge of a named person's first interview",
    )
    add(
        "ja",
        "own_named",
        ("さくらソフト 採用", "recruit@sakura-soft.example.jp"),
        "二次面接のご案内",
        "Alex Morgan様\n\n二次面接は10月14日（水）14:00から行います。担当は中村と高橋です。\n\nよろしくお願いいたします。",
        "control: the reader's own interview, the interviewers named",
        own=True,
    )
    add(
        "id",
        "gantikan",
        ("Sari Putri", "sari.putri@nusantara-data.example.co.id"),
        "Tolong gantikan",
        "Alex,\n\ntolong gantikan saya wawancara dengan Agus Salim hari Rabu, 14 Oktober jam 14.00 ya. Aku ada acara mendadak.\n\nMakasih,\nSari",
        "a colleague asks the reader to take her interview with a named person",
    )
    add(
        "de",
        "zweit",
        ("Sabine Roth", "s.roth@kessler.example.de"),
        "Zweitgespräch Jensen",
        "Hallo Alex,\n\nkurze Info: Herr Malte Jensen kommt am Mittwoch, 14. Oktober, um 14:00 Uhr zum Zweitgespräch. Bitte plane eine Stunde ein und bring die Fragen zum Fachteil mit.\n\nSabine",
        "a coordinator tells the reader a named applicant comes for a second interview",
    )
    add(
        "sv",
        "rekommenderade",
        ("Maja Berg", "maja.berg@fjordsystem.example.se"),
        "Din rekommendation",
        "Hej Alex!\n\nLinnea Ek, som du rekommenderade, har fått en intervju hos oss onsdag 14 oktober kl. 14.00. Tack för tipset!\n\nMaja",
        "the reader's referral has the interview",
    )
    add(
        "es",
        "referencia",
        ("Laura Vega", "laura.vega@correo.example.es"),
        "Llamada de referencias",
        "Hola Alex:\n\nte he puesto como referencia en Globex. La reclutadora te llamará el miércoles 14 de octubre a las 14:00 para una breve llamada de referencias, ¿te va bien?\n\nGracias,\nLaura",
        "a former report's reference call with the reader",
    )
    add(
        "en",
        "own_ivname",
        ("Ravi Patel", "ravi.patel@orbitlabs.example"),
        "Looking forward to Wednesday",
        "Hi Alex,\n\nRavi Patel here from Orbit Labs - I'll be your interviewer. Looking forward to speaking with you on Wednesday 14 October at 2pm.\n\nRavi",
        "control: the interviewer writes to the reader, the candidate",
        own=True,
    )
    cal(
        "en",
        "cal_panel",
        "Interview: Anna Lee (Data Analyst)",
        "Panel: Alex Morgan, Ruth Kim.\nPlease read Anna's CV before the session.",
        ("Tara Quinn", "tara.quinn@orbitlabs.example"),
        "Invitation: Interview: Anna Lee (Data Analyst)",
        "Interview: Anna Lee (Data Analyst)\nWednesday 14 October 2026, 14:00-15:00\nPanel: Alex Morgan, Ruth Kim.\nPlease read Anna's CV before the session.",
        [("Ruth Kim", "ruth.kim@orbitlabs.example")],
        "calendar request to panel members: the title names the candidate, the reader is on the panel",
    )
    cal(
        "pl",
        "cal_komisja",
        "Rozmowa – Ewa Lis (Analityk)",
        "Komisja: Alex Morgan, Anna Wrona.",
        ("Anna Wrona", "a.wrona@wislatech.example.pl"),
        "Zaproszenie: Rozmowa – Ewa Lis (Analityk)",
        "Rozmowa – Ewa Lis (Analityk)\nśroda, 14 października 2026, 14:00–15:00\nKomisja: Alex Morgan, Anna Wrona.",
        [("Ewa Lis", "ewa.lis@poczta.example.pl")],
        "calendar request: the title names the applicant, the reader sits on the committee",
    )
    cal(
        "tr",
        "cal_mulakat",
        "Mülakat: Elif Şahin",
        "Mülakatçılar: Alex Morgan, Selin Yıldız.",
        ("Selin Yıldız", "selin.yildiz@bosforteknik.example.com.tr"),
        "Davet: Mülakat: Elif Şahin",
        "Mülakat: Elif Şahin\n14 Ekim 2026 Çarşamba, 14:00–15:00\nMülakatçılar: Alex Morgan, Selin Yıldız.",
        [("Elif Şahin", "elif.sahin@posta.example.com.tr")],
        "calendar request: the title names the candidate, the reader is an interviewer",
    )
    cal(
        "pt-BR",
        "cal_banca",
        "Entrevista - Larissa Melo",
        "Avaliadores: Alex Morgan e Juliana Costa.",
        ("Juliana Costa", "juliana.costa@ipe-digital.example.com.br"),
        "Convite: Entrevista - Larissa Melo",
        "Entrevista - Larissa Melo\nquarta-feira, 14/10/2026, 14:00–15:00\nAvaliadores: Alex Morgan e Juliana Costa.",
        [("Larissa Melo", "larissa.melo@correio.example.com.br")],
        "calendar request: the title names the candidate, the reader is an evaluator",
    )
    cal(
        "en",
        "cal_own",
        "Interview: Alex Morgan (Data Analyst)",
        "Panel: Ruth Kim, Tom Hughes.",
        ("Tara Quinn", "tara.quinn@orbitlabs.example"),
        "Invitation: Interview: Alex Morgan (Data Analyst)",
        "Interview: Alex Morgan (Data Analyst)\nWednesday 14 October 2026, 14:00-15:00\nPanel: Ruth Kim, Tom Hughes.",
        [("Ruth Kim", "ruth.kim@orbitlabs.example")],
        "control: the same calendar frame naming the reader as the one interviewed",
        own=True,
    )
    cal(
        "pl",
        "cal_own",
        "Rozmowa – Alex Morgan (Analityk)",
        "Komisja: Ewa Lis, Anna Wrona.",
        ("Anna Wrona", "a.wrona@wislatech.example.pl"),
        "Zaproszenie: Rozmowa – Alex Morgan (Analityk)",
        "Rozmowa – Alex Morgan (Analityk)\nśroda, 14 października 2026, 14:00–15:00\nKomisja: Ewa Lis, Anna Wrona.",
        [("Ewa Lis", "ewa.lis@wislatech.example.pl")],
        "control: the same calendar frame naming the reader as the one interviewed",
        own=True,
    )


BUILDERS = [
    harder,
    english,
    german_french_spanish,
    dutch_swedish,
    polish_turkish,
    portuguese_indonesian_japanese,
]


def provenance(cases: list[Case]) -> str:
    dev = [item for item in cases if item.split == "dev"]
    held = len(cases) - len(dev)
    lines = [
        "# hireside66: the reader on the hiring side, and someone else's interview",
        "",
        "Written by `build_hireside66.py`; all text ours (no template copied), people and",
        "companies made up; ATS-like notices follow the layout such tools use (a candidate",
        "field, the interviewers, a feedback ask) in our own words. Labels were written before",
        "the parser ran on any of them.",
        "",
        f"{len(cases)} messages: {len(dev)} in dev, {held} held out (a seeded third chosen by",
        '`sha256("hireside66 coin|" + filename) % 3 == 0` before parsing; held-out files not',
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-hireside66.md", provenance(CASES))
    held = sum(item.split == "heldout" for item in CASES)
    print(f"{len(CASES)} messages; {held} held out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
