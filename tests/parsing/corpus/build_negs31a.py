# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the "negs31a" batch: hiring-context look-alikes typed by people, with controls.

Run: .venv/bin/python tests/parsing/corpus/build_negs31a.py

Two thirds of the held-out false claims name hiring words (interview, candidate, application)
and a future day and hour, yet set no interview for the reader. This batch gathers such mail
typed by recruiters, hiring managers, HR teams and coordinators in their own voices: status
updates naming the past interview and the hiring team's decision meeting, a colleague asked to
sit on someone else's interview, reminders to send a portfolio, references or forms by a day
and hour, careers-site account notices (password links, verification, drafts, maintenance),
interview recordings and transcripts made available until a deadline, offer and salary calls
proposed as questions with several options and interviews "not yet confirmed" with an
availability range, travel-expense claims after an onsite, out-of-office replies ("back at
9am"), call-back requests in office hours and referral events for employees. The controls
are real interview slots set for the reader by the same kinds of senders (text only, some with
ends and zone words).

Shapes followed: password-reset notices of talent platforms (sylvicruza/talentbuilderservice
src/main/resources/templates/password_reset.ftl@bc4976b7d0f105cdbb393cd4a3ccf77b1d59adb0: "If
you don't use this link within $time, it will expire") and HR reimbursement mails
(prakashmiracle2707/mctit-hr-prakash resources/views/email/reimbursement/*.blade.php@
285a8e3fc8c01223588ade18e7fee744164a75e0: request, approval, paid). No wording was copied;
everything else has no sendable template and is hand-written in the senders' voices. Labels
were written from the datetimes the text is rendered from (weekday names checked against the
date) before the parser was run on any message; the split was fixed before then too. Helpers
follow build_negs30d.py. Output is deterministic; the script deletes or writes only files of
its own families.
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
HAND = (
    "hand-written; mail typed for this corpus in the voice of the recruiter, hiring manager, "
    "HR team or coordinator named in the note (no sendable template of such mail was found in "
    "the search stores), no third-party text copied; " + OWN
)
PORTAL = (
    "hand-written after the shape of talent-platform password notices "
    "(sylvicruza/talentbuilderservice:src/main/resources/templates/password_reset.ftl"
    "@bc4976b7d0f105cdbb393cd4a3ccf77b1d59adb0: a reset link that expires after a time); "
    "wording ours; " + OWN
)
EXPENSE = (
    "hand-written after the shape of HR reimbursement mails "
    "(prakashmiracle2707/mctit-hr-prakash:resources/views/email/reimbursement/"
    "reimbursement_new.blade.php, reimbursement_approved.blade.php"
    "@285a8e3fc8c01223588ade18e7fee744164a75e0); wording ours; " + OWN
)
NEG = "not_invitation"
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "hcdecide31": "dev",
    "hcsiton31": "dev",
    "hcdocs31": "dev",
    "hcportal31": "dev",
    "hcrecord31": "dev",
    "hcoffer31": "dev",
    "hcctrl31": "dev",
    "hctravelho31": "heldout",
    "hcawayho31": "heldout",
    "hcctrlho31": "heldout",
}

SOURCES = {
    "hcdecide31": "Status updates after an interview: the past interview's day and hour, the hiring panel's decision meeting and the day and hour by which the reader will hear (en, de, fr, es, pt-BR, nl, ko).",
    "hcsiton31": "A hiring manager or HR asks the reader, as a colleague, to sit on someone else's interview, or to attend an interviewer briefing (en, de, fr, it, pl, ja).",
    "hcdocs31": "Reminders to send a portfolio, work samples, references, consent forms or hiring documents by a day and hour (en, de, es, pt-BR, pl, zh).",
    "hcportal31": "Careers-site account notices: password-reset link expiring at an hour, e-mail verification deadline, unfinished application draft, portal maintenance window, one-time code, dormant account (en, de, fr, it, nl, ko).",
    "hcrecord31": "Recordings, transcripts and notes of a past interview made available to the candidate until a day and hour (en, de, es, ja, tr).",
    "hcoffer31": "Offer and salary calls proposed as questions with several options, and interviews said to be not yet confirmed with an availability range (en, de, fr, es, it, pl).",
    "hcctrl31": "Controls: interview slots fixed for the reader by the same recruiters, hiring managers and HR teams (en, de, fr, es, pt-BR, it, nl, pl, ja, id).",
    "hctravelho31": "Travel-expense claims after an onsite interview: submit receipts by a day and hour, payment dates (en, de, fr, es, it, vi).",
    "hcawayho31": "Recruiters' out-of-office replies ('back at 9am'), agencies asking for a call back in office hours, referral-programme events for employees (en, de, nl, pt-BR, ar, hi, id).",
    "hcctrlho31": "Controls: interview slots fixed for the reader by the same kinds of senders (en, de, fr, nl, pt-BR, tr).",
}

NY, CHI, LA, LONDON = "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London"
BERLIN, PARIS, MADRID, ROME = "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome"
AMS, WARSAW, SAO, TOKYO = "Europe/Amsterdam", "Europe/Warsaw", "America/Sao_Paulo", "Asia/Tokyo"
SEOUL, SHANGHAI, JAKARTA, ISTANBUL = (
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Jakarta",
    "Europe/Istanbul",
)
HCM, RIYADH, KOLKATA = "Asia/Ho_Chi_Minh", "Asia/Riyadh", "Asia/Kolkata"

READER = {
    "en": ("Morgan Blake", "morgan.blake@mailbox.example"),
    "de": ("Jonas Becker", "jonas.becker@mailbox.example"),
    "fr": ("Léa Marchand", "lea.marchand@mailbox.example"),
    "es": ("Daniel Ortega", "daniel.ortega@mailbox.example"),
    "pt-BR": ("Beatriz Lima", "beatriz.lima@mailbox.example"),
    "it": ("Marco Ferri", "marco.ferri@mailbox.example"),
    "nl": ("Bram Visser", "bram.visser@mailbox.example"),
    "pl": ("Zofia Wójcik", "zofia.wojcik@mailbox.example"),
    "ja": ("高橋 健太", "kenta.takahashi@mailbox.example"),
    "ko": ("김지은", "jieun.kim@mailbox.example"),
    "zh": ("王晓明", "xiaoming.wang@mailbox.example"),
    "id": ("Putri Maharani", "putri.maharani@mailbox.example"),
    "vi": ("Nguyễn Minh Anh", "minhanh.nguyen@mailbox.example"),
    "tr": ("Mert Aydın", "mert.aydin@mailbox.example"),
    "ar": ("سارة العتيبي", "sara.alotaibi@mailbox.example"),
    "hi": ("अनन्या शर्मा", "ananya.sharma@mailbox.example"),
}


def when(y: int, mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A time, checked against the weekday the text names."""
    return at(y, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    label: dict[str, object] | None = None,
    template: str = HAND,
) -> Case:
    """One direct text mail to the reader; without a label a non-invitation."""
    raw = mail(
        f"negs31a/{family}/{name}",
        sender=sender,
        to=READER[lang],
        subject=subject,
        sent=sent,
        text=text,
        html=None,
    )
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label or {"kind": NEG},
        lang,
        note,
        template,
        OWN,
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
    template: str = HAND,
) -> Case:
    """A look-alike; every weekday its text names is checked first."""
    for y, mo, d, wd in days:
        chk(y, mo, d, wd)
    return case(family, name, lang, sender, subject, sent, note, text, template=template)


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
    zone: str | None = None,
    stated: bool = False,
) -> Case:
    """A control: the reader's own interview. `zone` is labelled when the text names one zone;
    `stated` marks a zone word shared by several zones (ET, PT): the instant is labelled but no
    zone; otherwise the wall time in the Date offset."""
    end = start + minutes * MIN if minutes else None
    if zone:
        label = {"kind": "invitation", **timed(start, end, zone=zone)}
    elif stated:
        label = {"kind": "invitation", **timed(start, end)}
    else:
        label = {"kind": "invitation", **timed(start, end, sent=sent)}
    return case(family, name, lang, sender, subject, sent, note, text, label)


# --------------------------------------------------------------------------------------


def hcdecide31() -> Iterator[Case]:
    f = "hcdecide31"
    yield neg(
        f,
        "panel_meets_thursday",
        "en",
        ("Megan Doyle", "megan.doyle@harborlinetech.example"),
        "Re: Senior Product Designer - next steps",
        sent_on(12, 2, 16, NY),
        "Look-alike: after the onsite of Monday, November 30 at 10am, the hiring panel meets Thursday, December 10 at 3pm to decide; the reader hears by Friday, December 11.",
        "Hi Morgan,\n\nThanks again for coming in on Monday, November 30 at 10am - the team really enjoyed the portfolio walkthrough.\n\nQuick update on timing: we have two more candidates finishing their interviews this week, and the hiring panel meets on Thursday, December 10 at 3pm to make a final decision. I'll call you either way by end of day Friday, December 11.\n\nNothing you need to do in the meantime. If anything changes on your side (other offers, timing), just let me know.\n\nBest,\nMegan\n\nMegan Doyle | Talent Partner | Harborline Technologies",
        ((2026, 11, 30, "Mon"), (2026, 12, 10, "Thu"), (2026, 12, 11, "Fri")),
    )
    yield neg(
        f,
        "auswahlgremium_tagt",
        "de",
        ("Sabine Krüger | Personal", "s.krueger@elbwerk-logistik.example"),
        "Ihr Gespräch am 1. Dezember – Zwischenstand",
        sent_on(12, 3, 11, BERLIN),
        "Look-alike: thanks for the interview of Dienstag, 1. Dezember, 14 Uhr; the selection board meets Mittwoch, 9. Dezember, 16:00 Uhr; an answer by Freitag, 11. Dezember, 12 Uhr.",
        "Sehr geehrter Herr Becker,\n\nvielen Dank noch einmal für das angenehme Vorstellungsgespräch am Dienstag, 1. Dezember, um 14 Uhr.\n\nGerne möchte ich Ihnen den weiteren Ablauf mitteilen: Unser Auswahlgremium tagt am Mittwoch, den 9. Dezember, um 16:00 Uhr und trifft dort die endgültige Entscheidung über die Besetzung der Stelle. Ich melde mich spätestens am Freitag, 11. Dezember, bis 12 Uhr telefonisch bei Ihnen.\n\nFür Rückfragen stehe ich Ihnen selbstverständlich zur Verfügung.\n\nMit freundlichen Grüßen\nSabine Krüger\nPersonalreferentin, Elbwerk Logistik GmbH",
        ((2026, 12, 1, "Tue"), (2026, 12, 9, "Wed"), (2026, 12, 11, "Fri")),
    )
    yield neg(
        f,
        "comite_se_reunit",
        "fr",
        ("Nathalie Roux - Recrutement", "n.roux@maison-verdier.example"),
        "Suite à votre entretien du 25 novembre",
        sent_on(12, 1, 9, PARIS),
        "Look-alike: after the interview of mercredi 25 novembre à 11h, the hiring committee meets jeudi 10 décembre à 14h; an answer by vendredi 11 décembre avant 18h.",
        "Bonjour Léa,\n\nJe reviens vers vous suite à votre entretien du mercredi 25 novembre à 11h avec Pierre et moi-même.\n\nLe comité de recrutement se réunit le jeudi 10 décembre à 14h pour arrêter sa décision sur le poste de Responsable Achats. Vous recevrez notre réponse le vendredi 11 décembre avant 18h, par téléphone ou par mail.\n\nD'ici là, n'hésitez pas à me contacter si vous avez la moindre question.\n\nBien cordialement,\nNathalie Roux\nChargée de recrutement - Maison Verdier",
        ((2026, 11, 25, "Wed"), (2026, 12, 10, "Thu"), (2026, 12, 11, "Fri")),
    )
    yield neg(
        f,
        "comite_seleccion",
        "es",
        ("Carmen Vidal (Selección)", "carmen.vidal@grupoolivar.example"),
        "Estado de tu candidatura - Jefe de Almacén",
        sent_on(12, 2, 12, MADRID),
        "Look-alike: the interview of viernes 27 de noviembre a las 12:00 is named; the selection committee meets martes 15 de diciembre a las 10:00; an answer by miércoles 16 antes de las 14:00.",
        "Hola Daniel:\n\nTe escribo para contarte en qué punto está el proceso. Tras tu entrevista del viernes 27 de noviembre a las 12:00, tu candidatura ha pasado a la terna final.\n\nEl comité de selección se reúne el martes 15 de diciembre a las 10:00 y te daremos una respuesta definitiva el miércoles 16 antes de las 14:00.\n\nMientras tanto, si necesitas cualquier cosa, aquí estoy.\n\nUn saludo,\nCarmen Vidal\nTécnica de Selección - Grupo Olivar",
        ((2026, 11, 27, "Fri"), (2026, 12, 15, "Tue"), (2026, 12, 16, "Wed")),
    )
    yield neg(
        f,
        "banca_decide",
        "pt-BR",
        ("Juliana Prado | Gente & Gestão", "juliana.prado@cafe-serrano.example"),
        "Atualização do processo seletivo - Analista de Marketing",
        sent_on(12, 2, 17, SAO),
        "Look-alike: the interview with the manager took place segunda-feira, 30/11, às 15h; the panel meets quarta-feira, 9/12, às 10h; the answer comes by quinta, 10/12, até 18h.",
        "Oi, Beatriz, tudo bem?\n\nPassando para dar um retorno: sua entrevista com a gestora aconteceu na segunda-feira, 30/11, às 15h, e o feedback foi muito positivo.\n\nA banca se reúne na quarta-feira, 9/12, às 10h, para a decisão final entre os finalistas. Te dou um retorno até quinta, 10/12, às 18h, combinado?\n\nQualquer dúvida, é só chamar.\n\nAbraços,\nJuliana Prado\nGente & Gestão - Café Serrano",
        ((2026, 11, 30, "Mon"), (2026, 12, 9, "Wed"), (2026, 12, 10, "Thu")),
    )
    yield neg(
        f,
        "selectieoverleg",
        "nl",
        ("Eva Mulder", "eva.mulder@dijkstra-installatie.example"),
        "Terugkoppeling gesprek donderdag",
        sent_on(12, 4, 10, AMS),
        "Look-alike: thanks for the interview of donderdag 3 december om 13:30; the selection meeting is maandag 14 december om 11:00; a phone call by dinsdag 15 december vóór 12:00.",
        "Hoi Bram,\n\nBedankt voor het fijne gesprek van gisteren, donderdag 3 december om 13:30. We spreken deze week nog twee andere kandidaten.\n\nOns selectieoverleg staat gepland op maandag 14 december om 11:00 uur. Daarna bel ik je uiterlijk dinsdag 15 december vóór 12:00 met de uitkomst.\n\nMocht je in de tussentijd vragen hebben, laat het gerust weten.\n\nGroet,\nEva Mulder\nRecruiter, Dijkstra Installatietechniek",
        ((2026, 12, 3, "Thu"), (2026, 12, 14, "Mon"), (2026, 12, 15, "Tue")),
    )
    yield neg(
        f,
        "chaeyong_wiwonhoe",
        "ko",
        ("한빛소재 인사팀", "recruit@hanbit-materials.example"),
        "[한빛소재] 면접 결과 발표 일정 안내",
        sent_on(12, 2, 14, SEOUL),
        "Look-alike: thanks for the interview of 12월 1일(화) 오후 2시; the hiring committee meets 12월 10일(목) 오후 5시 and results are phoned 12월 11일(금) 오전 중.",
        "김지은 님, 안녕하세요.\n한빛소재 인사팀입니다.\n\n지난 12월 1일(화) 오후 2시 면접에 참석해 주셔서 진심으로 감사드립니다.\n\n최종 합격 여부는 12월 10일(목) 오후 5시 채용 위원회 회의를 거쳐 결정되며, 결과는 12월 11일(금) 오전 중 개별적으로 연락드릴 예정입니다.\n\n문의 사항이 있으시면 본 메일로 회신해 주시기 바랍니다.\n\n감사합니다.\n한빛소재 인사팀 드림",
        ((2026, 12, 1, "Tue"), (2026, 12, 10, "Thu"), (2026, 12, 11, "Fri")),
    )


def hcsiton31() -> Iterator[Case]:
    f = "hcsiton31"
    yield neg(
        f,
        "join_panel",
        "en",
        ("Ravi Menon", "ravi.menon@brightwell.example"),
        "Can you join Daniel Reyes's onsite on Tuesday?",
        sent_on(12, 3, 13, CHI),
        "Look-alike: the hiring manager asks the reader (a colleague) to sit on the panel for candidate Daniel Reyes on Tuesday, December 8 at 1:00 PM, 45 minutes of system design.",
        "Hey Morgan,\n\nCould you sit on the panel for Daniel Reyes's onsite interview on Tuesday, December 8 at 1:00 PM? You'd take the system design part, about 45 minutes. Priya is doing behavioral and I'll wrap up.\n\nI've put a tentative hold on your calendar - if you can't make it, tell me by tomorrow so I can ask Chen instead. Scorecard in Greenhouse by end of day Wednesday please.\n\nThanks!\nRavi\n\nRavi Menon | Engineering Manager | Brightwell",
        ((2026, 12, 8, "Tue"),),
    )
    yield neg(
        f,
        "beisitz_gespraech",
        "de",
        ("Katrin Vogel", "katrin.vogel@sonnberg-bau.example"),
        "Bitte um Teilnahme: Vorstellungsgespräch Frau Brandt (Controlling)",
        sent_on(12, 2, 15, BERLIN),
        "Look-alike: HR asks the reader (a department colleague) to join the interview with applicant Frau Brandt on Donnerstag, 10. Dezember, 10 bis 11 Uhr.",
        "Hallo Jonas,\n\nkönntest du am Donnerstag, 10. Dezember, von 10 bis 11 Uhr beim Vorstellungsgespräch mit Frau Brandt (Bewerberin für die Stelle im Controlling) als Fachvertreter dabei sein? Raum 2.14, ich bringe die Unterlagen mit.\n\nDen Lebenslauf und den Gesprächsleitfaden findest du im Anhang. Gib mir bitte bis morgen Mittag kurz Bescheid.\n\nDanke und viele Grüße\nKatrin\n\nKatrin Vogel\nHR Business Partner, Sonnberg Bau AG",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "jury_entretien",
        "fr",
        ("Sophie Garnier", "sophie.garnier@batiroc.example"),
        "Entretien de M. Petit mercredi - peux-tu être présente ?",
        sent_on(12, 3, 9, PARIS),
        "Look-alike: the hiring manager asks the reader to take part in candidate Laurent Petit's interview on mercredi 9 décembre à 15h.",
        "Bonjour Léa,\n\nPeux-tu participer avec moi à l'entretien de M. Laurent Petit (candidat au poste de chef de chantier) le mercredi 9 décembre à 15h ? J'aimerais avoir ton avis sur la partie technique, ça durera une heure environ.\n\nJe t'envoie son CV et la grille d'évaluation dans la foulée. Dis-moi si ce créneau te convient.\n\nMerci !\nSophie\n\nSophie Garnier - Directrice travaux, Batiroc",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "secondo_intervistatore",
        "it",
        ("Chiara Colombo - HR", "chiara.colombo@tessiturabrenta.example"),
        "Colloquio candidata Marta Bianchi - ti chiedo di partecipare",
        sent_on(12, 4, 10, ROME),
        "Look-alike: HR asks the reader to be second interviewer in candidate Marta Bianchi's interview on lunedì 14 dicembre alle 11:30.",
        "Ciao Marco,\n\nti chiedo di fare da secondo intervistatore nel colloquio con la candidata Marta Bianchi (Responsabile Qualità), lunedì 14 dicembre alle 11:30, in sala riunioni al primo piano.\n\nTi giro il CV e la traccia delle domande. Se non riesci, fammelo sapere entro venerdì così chiedo a Davide.\n\nGrazie mille,\nChiara\nUfficio Risorse Umane - Tessitura Brenta",
        ((2026, 12, 14, "Mon"),),
    )
    yield neg(
        f,
        "szkolenie_rekruterow",
        "pl",
        ("Dział HR – Mazowia Software", "hr@mazowia-software.example"),
        "Szkolenie dla osób prowadzących rozmowy rekrutacyjne – 15 grudnia",
        sent_on(12, 2, 12, WARSAW),
        "Look-alike: HR invites the reader, as a future interviewer, to a training on conducting job interviews on wtorek 15 grudnia, 9:00–12:00.",
        "Cześć Zofio,\n\nponieważ od stycznia będziesz prowadzić rozmowy rekrutacyjne z kandydatami do zespołu backendowego, zapraszamy Cię na szkolenie dla osób prowadzących rozmowy rekrutacyjne:\n\nwtorek, 15 grudnia, godz. 9:00–12:00, sala Wisła (3. piętro)\n\nOmówimy strukturę rozmowy, ocenę kompetencji i pisanie feedbacku dla kandydatów. Potwierdź udział do piątku.\n\nPozdrawiamy,\nDział HR Mazowia Software",
        ((2026, 12, 15, "Tue"),),
    )
    yield neg(
        f,
        "mensetsukan_irai",
        "ja",
        ("人事部 採用担当 山田", "yamada.saiyo@kawase-seiki.example"),
        "【ご依頼】12月9日（水）中途採用面接への同席について",
        sent_on(12, 3, 11, TOKYO),
        "Look-alike: HR asks the reader, a section member, to sit in as interviewer on a mid-career candidate's interview on 12月9日（水）14時から.",
        "高橋さん\n\nお疲れさまです。人事部の山田です。\n\n12月9日（水）14時からの中途採用面接（候補者：田中様、設計職）に、現場の面接官として同席をお願いできますでしょうか。所要時間は1時間程度、場所は本社3階第2会議室です。\n\n履歴書と評価シートは共有フォルダに置いてあります。ご都合を明日中にお知らせください。\n\nよろしくお願いいたします。\n人事部 山田",
        ((2026, 12, 9, "Wed"),),
    )


def hcdocs31() -> Iterator[Case]:
    f = "hcdocs31"
    yield neg(
        f,
        "portfolio_by_monday",
        "en",
        ("Alyssa Grant", "alyssa.grant@copperleaf-studio.example"),
        "Portfolio for the Content Designer role - due Monday 9am PT",
        sent_on(12, 2, 14, LA),
        "Look-alike: the recruiter asks for a portfolio and two writing samples by Monday, December 7 at 9am PT, before the team decides whom to interview.",
        "Hi Morgan,\n\nThanks for your application to the Content Designer role! Before we decide on interviews, the hiring team would like to see a bit more of your work.\n\nCould you send your portfolio link and two writing samples by Monday, December 7 at 9am PT? A shared folder or PDFs are both fine.\n\nWe review everything on Monday and will reach out to shortlisted candidates by Wednesday.\n\nThanks,\nAlyssa\nRecruiting, Copperleaf Studio",
        ((2026, 12, 7, "Mon"),),
    )
    yield neg(
        f,
        "arbeitsproben",
        "de",
        ("Recruiting Team Aurum Versicherung", "karriere@aurum-versicherung.example"),
        "Ihre Bewerbung: Arbeitsproben bis 11.12., 12:00 Uhr",
        sent_on(12, 3, 10, BERLIN),
        "Look-alike: HR asks for work samples and references by Freitag, 11. Dezember, 12:00 Uhr, after which they decide whom to invite to interviews.",
        "Sehr geehrter Herr Becker,\n\nvielen Dank für Ihre Bewerbung als UX-Designer. Damit wir über die Einladung zu Vorstellungsgesprächen entscheiden können, bitten wir Sie, bis Freitag, 11. Dezember, 12:00 Uhr folgende Unterlagen in Ihrem Bewerberkonto hochzuladen:\n\n- zwei bis drei Arbeitsproben (PDF oder Link)\n- ein aktuelles Arbeitszeugnis\n\nIm Anschluss melden wir uns bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting Team\nAurum Versicherung AG",
        ((2026, 12, 11, "Fri"),),
    )
    yield neg(
        f,
        "formulario_referencias",
        "es",
        ("Lucía Herrera - Talento", "lucia.herrera@navaltec.example"),
        "Referencias - formulario antes del jueves",
        sent_on(12, 3, 18, MADRID),
        "Look-alike: the recruiter asks that the reader's two referees fill in the reference form before jueves 10 de diciembre a las 18:00.",
        "Hola Daniel:\n\nYa casi estamos. Para cerrar el proceso necesitamos las referencias de dos responsables anteriores.\n\nTe he enviado el enlace al formulario: tus referencias deben completarlo antes del jueves 10 de diciembre a las 18:00. En cuanto lo tengamos, el comité podrá decidir.\n\nGracias y un saludo,\nLucía Herrera\nEquipo de Talento - Navaltec",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "documentos_admissionais",
        "pt-BR",
        ("DP - Supermercados Ipê", "admissao@supermercadosipe.example"),
        "Documentos para admissão - prazo sexta, 4/12, às 17h",
        sent_on(12, 2, 9, SAO),
        "Look-alike: the personnel office asks for hiring documents by sexta-feira, 4/12, às 17h; the admission medical exam is scheduled later.",
        "Olá, Beatriz!\n\nParabéns pela aprovação no processo seletivo! Para seguirmos com a admissão, envie os documentos abaixo até sexta-feira, 4/12, às 17h, pelo portal do colaborador:\n\n- RG e CPF\n- Carteira de Trabalho Digital\n- Comprovante de residência\n- Dados bancários\n\nDepois disso, agendaremos o exame admissional.\n\nAtenciosamente,\nDepartamento Pessoal - Supermercados Ipê",
        ((2026, 12, 4, "Fri"),),
    )
    yield neg(
        f,
        "formularz_zgody",
        "pl",
        ("Rekrutacja Bałtyk Energia", "rekrutacja@baltyk-energia.example"),
        "Prośba o formularz i referencje – do środy 9 grudnia, 16:00",
        sent_on(12, 4, 11, WARSAW),
        "Look-alike: the recruitment team asks for a consent form and references by środa 9 grudnia, godz. 16:00, before the next stage.",
        "Dzień dobry Pani Zofio,\n\ndziękujemy za udział w procesie rekrutacji na stanowisko Analityka Danych. Przed kolejnym etapem prosimy o przesłanie:\n\n1. podpisanego formularza zgody na przetwarzanie danych osobowych,\n2. danych kontaktowych dwóch osób mogących udzielić referencji,\n\nnajpóźniej do środy, 9 grudnia, godz. 16:00.\n\nZ wyrazami szacunku\nZespół Rekrutacji, Bałtyk Energia S.A.",
        ((2026, 12, 9, "Wed"),),
    )
    yield neg(
        f,
        "beidiao_shouquan",
        "zh",
        ("华星科技 招聘组", "hr@huaxing-tech.example"),
        "【华星科技】请于12月8日17:00前提交背景调查材料",
        sent_on(12, 3, 10, SHANGHAI),
        "Look-alike: the recruiting team asks for a background-check authorisation and diploma scans by 12月8日（周二）下午5点.",
        "王晓明您好：\n\n感谢您参加华星科技的面试。为推进录用流程，请于12月8日（周二）下午5点前通过招聘系统提交以下材料：\n\n1. 背景调查授权书（签字扫描件）\n2. 学历、学位证书扫描件\n3. 前雇主离职证明\n\n材料齐全后，我们将尽快与您沟通后续安排。\n\n华星科技 人力资源部 招聘组",
        ((2026, 12, 8, "Tue"),),
    )


def hcportal31() -> Iterator[Case]:
    f = "hcportal31"
    yield neg(
        f,
        "password_reset",
        "en",
        ("Lakeview Health Careers", "no-reply@careers.lakeviewhealth.example"),
        "Reset your Lakeview Health Careers password",
        sent_on(12, 3, 15, NY, 45),
        "Look-alike: a careers-site password reset; the link expires today, Thursday, December 3, 2026 at 4:45 PM EST; the reader's application is mentioned.",
        "Hi Morgan,\n\nWe received a request to reset the password for your Lakeview Health Careers account, which you use to track your application and interview steps.\n\nReset your password: https://careers.lakeviewhealth.example/account/reset?t=4f8c1e\n\nThis link expires on Thursday, December 3, 2026 at 4:45 PM EST. After that, request a new link from the sign-in page.\n\nIf you didn't ask for this, you can ignore this email; your password stays the same.\n\nLakeview Health Talent Acquisition",
        ((2026, 12, 3, "Thu"),),
        PORTAL,
    )
    yield neg(
        f,
        "konto_bestaetigen",
        "de",
        ("Karriereportal Rheinfels Stadtwerke", "noreply@karriere.rheinfels.example"),
        "Bitte bestätigen Sie Ihr Bewerberkonto",
        sent_on(12, 3, 20, BERLIN),
        "Look-alike: an applicant account must be confirmed by Samstag, 5. Dezember, 23:59 Uhr or it is deleted; nothing is scheduled.",
        "Guten Tag Herr Becker,\n\nvielen Dank für Ihre Registrierung im Karriereportal der Rheinfels Stadtwerke.\n\nBitte bestätigen Sie Ihre E-Mail-Adresse bis Samstag, 5. Dezember, 23:59 Uhr über diesen Link:\nhttps://karriere.rheinfels.example/konto/bestaetigen/88a1\n\nErst danach können Sie Bewerbungen absenden und Einladungen zu Vorstellungsgesprächen in Ihrem Konto sehen. Unbestätigte Konten werden nach Ablauf der Frist automatisch gelöscht.\n\nIhr Team Personalgewinnung\nRheinfels Stadtwerke",
        ((2026, 12, 5, "Sat"),),
        PORTAL,
    )
    yield neg(
        f,
        "brouillon_candidature",
        "fr",
        ("Carrières Groupe Ostral", "carrieres@ostral.example"),
        "Votre candidature n'est pas terminée",
        sent_on(12, 2, 18, PARIS),
        "Look-alike: an unfinished application draft is kept until lundi 7 décembre à 23h59; the offer closes then.",
        "Bonjour Léa,\n\nVous avez commencé à postuler à l'offre « Contrôleuse de gestion H/F » mais votre candidature n'a pas été envoyée.\n\nVotre brouillon est conservé jusqu'au lundi 7 décembre à 23h59, date de clôture de l'offre. Les premiers entretiens auront lieu en janvier avec les candidats retenus.\n\nReprendre ma candidature : https://carrieres.ostral.example/brouillon/7713\n\nL'équipe Carrières du Groupe Ostral",
        ((2026, 12, 7, "Mon"),),
        PORTAL,
    )
    yield neg(
        f,
        "codice_verifica",
        "it",
        ("Lavora con noi - Banca Lariana", "noreply@lavoraconnoi.bancalariana.example"),
        "Codice di verifica per il tuo profilo candidato",
        sent_on(12, 3, 10, ROME, 15),
        "Look-alike: a one-time login code for the candidate profile that expires alle 10:25 di oggi, giovedì 3 dicembre.",
        "Ciao Marco,\n\nper accedere al tuo profilo candidato e consultare lo stato delle tue candidature usa questo codice:\n\n482 913\n\nIl codice scade alle 10:25 di oggi (giovedì 3 dicembre). Non condividerlo con nessuno: il personale della Banca Lariana non te lo chiederà mai, nemmeno durante un colloquio.\n\nLavora con noi - Banca Lariana",
        ((2026, 12, 3, "Thu"),),
        PORTAL,
    )
    yield neg(
        f,
        "onderhoud_portaal",
        "nl",
        ("Werkenbij Zorggroep Amstelland", "werkenbij@zorggroep-amstelland.example"),
        "Sollicitatieportaal tijdelijk niet bereikbaar",
        sent_on(12, 4, 9, AMS),
        "Look-alike: the applicant portal is down for maintenance from zaterdag 12 december 22:00 to zondag 13 december 06:00; interview invitations already sent stay valid.",
        "Beste Bram,\n\nWegens onderhoud is ons sollicitatieportaal niet bereikbaar van zaterdag 12 december 22:00 uur tot zondag 13 december 06:00 uur.\n\nIn die periode kun je niet inloggen, geen documenten uploaden en geen gesprek inplannen. Uitnodigingen voor sollicitatiegesprekken die je al hebt ontvangen blijven gewoon geldig.\n\nExcuses voor het ongemak.\n\nTeam Werkenbij\nZorggroep Amstelland",
        ((2026, 12, 12, "Sat"), (2026, 12, 13, "Sun")),
        PORTAL,
    )
    yield neg(
        f,
        "hyumyeon_gyejeong",
        "ko",
        ("누리전자 채용 홈페이지", "noreply@recruit.nuri-elec.example"),
        "[누리전자 채용] 지원자 계정 휴면 전환 예정 안내",
        sent_on(12, 2, 10, SEOUL),
        "Look-alike: the careers-site account turns dormant on 12월 14일(월) 오전 10시 unless the reader logs in; no interview.",
        "김지은 님, 안녕하세요.\n누리전자 채용 홈페이지입니다.\n\n회원님의 지원자 계정이 1년간 로그인 기록이 없어 2026년 12월 14일(월) 오전 10시에 휴면 계정으로 전환될 예정입니다.\n\n휴면 전환을 원하지 않으시면 그 전에 한 번 로그인해 주세요. 휴면 전환 후에는 지원 내역과 면접 일정 조회가 제한됩니다.\n\n로그인: https://recruit.nuri-elec.example/login\n\n누리전자 인재채용팀",
        ((2026, 12, 14, "Mon"),),
        PORTAL,
    )


def hcrecord31() -> Iterator[Case]:
    f = "hcrecord31"
    yield neg(
        f,
        "recording_ready",
        "en",
        ("Privacy & Recruiting, Northgate Bank", "recruiting-privacy@northgatebank.example"),
        "Your interview recording and transcript are ready",
        sent_on(12, 3, 12, NY),
        "Look-alike: on the reader's request, the recording and transcript of the interview held Tuesday, December 1 at 2:00 PM are available until Tuesday, December 15 at 11:59 PM ET.",
        "Hi Morgan,\n\nAs requested, here are the recording and the automatic transcript of your video interview for Risk Analyst, held on Tuesday, December 1 at 2:00 PM ET with Hannah Cole and Victor Lee.\n\nDownload: https://share.northgatebank.example/r/9KQ3\n\nFor privacy reasons, the files are available until Tuesday, December 15 at 11:59 PM ET and are then deleted from our system.\n\nKind regards,\nPrivacy & Recruiting Team\nNorthgate Bank",
        ((2026, 12, 1, "Tue"), (2026, 12, 15, "Tue")),
    )
    yield neg(
        f,
        "aufzeichnung_download",
        "de",
        ("Talent Acquisition Brennwald AG", "talent@brennwald.example"),
        "Aufzeichnung Ihres Video-Interviews vom 30. November",
        sent_on(12, 2, 15, BERLIN),
        "Look-alike: the recording of the video interview of Montag, 30. November, 11:00 Uhr can be downloaded until Montag, 14. Dezember, 18:00 Uhr.",
        "Sehr geehrter Herr Becker,\n\nwie gewünscht stellen wir Ihnen die Aufzeichnung Ihres Video-Interviews vom Montag, 30. November, 11:00 Uhr, zur Verfügung.\n\nDie Datei steht bis Montag, 14. Dezember, 18:00 Uhr, zum Download bereit und wird danach gemäß unserer Datenschutzrichtlinie gelöscht:\nhttps://dateien.brennwald.example/d/vi-4410\n\nÜber das Ergebnis des Auswahlverfahrens informieren wir Sie gesondert.\n\nMit freundlichen Grüßen\nTalent Acquisition, Brennwald AG",
        ((2026, 11, 30, "Mon"), (2026, 12, 14, "Mon")),
    )
    yield neg(
        f,
        "transcripcion_lista",
        "es",
        ("Selección - Aceitunas del Sur", "seleccion@aceitunasdelsur.example"),
        "La transcripción de tu entrevista ya está disponible",
        sent_on(12, 3, 9, MADRID),
        "Look-alike: the transcript and notes of the interview of martes 1 de diciembre a las 16:30 are available until viernes 18 de diciembre a las 23:59.",
        "Hola Daniel:\n\nLa transcripción y las notas de tu entrevista del martes 1 de diciembre a las 16:30 ya están disponibles en tu área de candidato.\n\nPodrás consultarlas hasta el viernes 18 de diciembre a las 23:59. Si detectas algún error en la transcripción, indícanoslo respondiendo a este correo.\n\nUn saludo,\nEquipo de Selección - Aceitunas del Sur",
        ((2026, 12, 1, "Tue"), (2026, 12, 18, "Fri")),
    )
    yield neg(
        f,
        "rokuga_kokai",
        "ja",
        ("株式会社あおば商事 採用チーム", "saiyo@aoba-shoji.example"),
        "一次面接の録画データ共有について",
        sent_on(12, 3, 16, TOKYO),
        "Look-alike: the recording of the first interview held 12月2日（水）10時 may be viewed until 12月16日（水）17時.",
        "高橋 健太 様\n\nお世話になっております。株式会社あおば商事 採用チームです。\n\nご希望いただきました、12月2日（水）10時に実施した一次面接の録画データを下記URLにて共有いたします。\n\nhttps://share.aoba-shoji.example/v/77120\n\n閲覧期限：12月16日（水）17時まで\n\n選考結果につきましては、別途ご連絡いたします。\n\n株式会社あおば商事 採用チーム",
        ((2026, 12, 2, "Wed"), (2026, 12, 16, "Wed")),
    )
    yield neg(
        f,
        "mulakat_kaydi",
        "tr",
        ("İnsan Kaynakları - Ege Tekstil", "ik@egetekstil.example"),
        "Mülakat kaydınız hakkında",
        sent_on(12, 3, 11, ISTANBUL),
        "Look-alike: the recording of the interview of 2 Aralık Çarşamba saat 15:00 can be viewed until 16 Aralık Çarşamba saat 17:00.",
        "Merhaba Mert Bey,\n\n2 Aralık Çarşamba saat 15:00'te yaptığımız online mülakatın video kaydını talebiniz üzerine paylaşıyoruz:\n\nhttps://paylas.egetekstil.example/k/5521\n\nKayda 16 Aralık Çarşamba saat 17:00'ye kadar erişebilirsiniz; bu tarihten sonra KVKK gereği silinecektir.\n\nSüreçle ilgili sonucu ayrıca bildireceğiz.\n\nSaygılarımızla,\nEge Tekstil İnsan Kaynakları",
        ((2026, 12, 2, "Wed"), (2026, 12, 16, "Wed")),
    )


def hcoffer31() -> Iterator[Case]:
    f = "hcoffer31"
    yield neg(
        f,
        "offer_call_options",
        "en",
        ("Tasha Brooks", "tasha.brooks@meridianhealth.example"),
        "Offer details - time for a quick call?",
        sent_on(12, 4, 10, NY),
        "Look-alike: the recruiter proposes an offer call as a question with three options (Tuesday, December 8 at 11am, Wednesday at 2pm or Thursday at 4:30pm ET); nothing fixed.",
        "Hi Morgan,\n\nGreat news - the hiring team would like to extend you an offer for the Clinical Data Manager role!\n\nWould you have 20 minutes to talk through the compensation package? I could do Tuesday, December 8 at 11am, Wednesday at 2pm, or Thursday at 4:30pm ET. Let me know which works and I'll send an invite.\n\nCongrats again,\nTasha\n\nTasha Brooks | Senior Recruiter | Meridian Health",
        ((2026, 12, 8, "Tue"),),
    )
    yield neg(
        f,
        "gehaltsgespraech_vorschlag",
        "de",
        ("Markus Lehmann", "markus.lehmann@tannwald-it.example"),
        "Vertragsangebot – Termin für ein kurzes Gespräch?",
        sent_on(12, 3, 16, BERLIN),
        "Look-alike: the hiring manager asks which of two slots suits a call about salary and contract (Montag, 7. Dezember, 10 Uhr or Dienstag um 15 Uhr); nothing fixed.",
        "Hallo Herr Becker,\n\nnach den Gesprächen sind wir uns einig: Wir möchten Ihnen gern ein Angebot machen.\n\nBevor wir den Vertrag aufsetzen, würde ich gern kurz über Gehalt und Startdatum sprechen. Würde Ihnen Montag, 7. Dezember, um 10 Uhr passen, oder lieber Dienstag um 15 Uhr? Alternativ nennen Sie mir gern einen anderen Zeitpunkt.\n\nBeste Grüße\nMarkus Lehmann\nTeamleiter Infrastruktur, Tannwald IT",
        ((2026, 12, 7, "Mon"),),
    )
    yield neg(
        f,
        "proposition_salariale",
        "fr",
        ("Julien Moreau", "julien.moreau@atelier-sorel.example"),
        "Proposition - quand peut-on s'appeler ?",
        sent_on(12, 4, 11, PARIS),
        "Look-alike: the recruiter proposes three options for a call on the salary offer (jeudi 10 décembre à 9h30, vendredi 11 à 14h, lundi 14 à 17h); nothing fixed.",
        "Bonjour Léa,\n\nSuite à vos entretiens, nous souhaitons vous faire une proposition pour le poste de Designer produit.\n\nSeriez-vous disponible pour un appel afin d'en discuter (rémunération, date d'arrivée) ? Je vous propose jeudi 10 décembre à 9h30, vendredi 11 à 14h ou lundi 14 à 17h. Dites-moi ce qui vous arrange le mieux.\n\nBien à vous,\nJulien Moreau\nTalent Acquisition - Atelier Sorel",
        ((2026, 12, 10, "Thu"), (2026, 12, 11, "Fri"), (2026, 12, 14, "Mon")),
    )
    yield neg(
        f,
        "entrevista_sin_confirmar",
        "es",
        ("Marta Sanz (RR. HH.)", "marta.sanz@logisticaebro.example"),
        "Entrevista con el director - pendiente de confirmar",
        sent_on(12, 4, 13, MADRID),
        "Look-alike: the interview with the director is not yet confirmed; the recruiter asks for availability between lunes 14 and miércoles 16 de diciembre, 9:00–13:00.",
        "Hola Daniel:\n\nTe cuento: la entrevista con el director de operaciones todavía no está confirmada, porque su agenda de la semana que viene está cambiando.\n\n¿Me puedes decir qué disponibilidad tienes entre el lunes 14 y el miércoles 16 de diciembre, de 9:00 a 13:00? En cuanto cuadre la hora te envío la convocatoria definitiva.\n\nGracias,\nMarta Sanz\nRecursos Humanos - Logística Ebro",
        ((2026, 12, 14, "Mon"), (2026, 12, 16, "Wed")),
    )
    yield neg(
        f,
        "colloquio_da_confermare",
        "it",
        ("Elena Greco - Selezione", "elena.greco@ottica-marini.example"),
        "Secondo colloquio: mi indica la sua disponibilità?",
        sent_on(12, 3, 17, ROME),
        "Look-alike: the second interview is not yet confirmed; the recruiter asks for availability between martedì 15 and giovedì 17 dicembre, dalle 14 alle 18.",
        "Buongiorno Marco,\n\nil secondo colloquio con il direttore commerciale non è ancora confermato: stiamo raccogliendo le disponibilità dei candidati.\n\nMi indica entro lunedì la sua disponibilità tra martedì 15 e giovedì 17 dicembre, dalle 14 alle 18? Le confermerò poi giorno e ora esatti.\n\nCordiali saluti,\nElena Greco\nUfficio Selezione - Ottica Marini",
        ((2026, 12, 15, "Tue"), (2026, 12, 17, "Thu")),
    )
    yield neg(
        f,
        "rozmowa_o_ofercie",
        "pl",
        ("Anna Kowalczyk", "anna.kowalczyk@wawel-fintech.example"),
        "Oferta – kiedy możemy porozmawiać?",
        sent_on(12, 3, 14, WARSAW),
        "Look-alike: the recruiter proposes two options for a call about the offer (poniedziałek 7 grudnia o 12:00 or wtorek 8 grudnia o 16:30); nothing fixed.",
        "Dzień dobry Pani Zofio,\n\nmam dobre wieści – zespół chciałby złożyć Pani ofertę na stanowisko Product Ownera.\n\nCzy znajdzie Pani chwilę na rozmowę o warunkach (wynagrodzenie, forma umowy, data startu)? Proponuję poniedziałek 7 grudnia o 12:00 albo wtorek 8 grudnia o 16:30. Proszę dać znać, który termin pasuje.\n\nPozdrawiam serdecznie,\nAnna Kowalczyk\nTalent Acquisition, Wawel Fintech",
        ((2026, 12, 7, "Mon"), (2026, 12, 8, "Tue")),
    )


def hcctrl31() -> Iterator[Case]:
    f = "hcctrl31"
    yield ctl(
        f,
        "final_round_et",
        "en",
        ("Megan Doyle", "megan.doyle@harborlinetech.example"),
        "Final interview - Thursday, December 17, 10:00-11:00 AM ET",
        sent_on(12, 11, 15, NY),
        "Control: after the panel's decision, the recruiter sets the reader's final interview on Thursday, December 17, 2026, 10:00-11:00 AM ET (ET: no zone label).",
        "Hi Morgan,\n\nGood news - the panel met yesterday and would like you to come back for a final interview with our CEO, Laura Chen.\n\nThursday, December 17, 2026\n10:00 - 11:00 AM ET\nHarborline Technologies, 200 Seaport Blvd, 4th floor - ask for me at reception\n\nPlease reply to confirm you can make it.\n\nBest,\nMegan",
        when(2026, 12, 17, "Thu", 10, 0, NY),
        60,
        stated=True,
    )
    yield ctl(
        f,
        "zweites_gespraech",
        "de",
        ("Sabine Krüger | Personal", "s.krueger@elbwerk-logistik.example"),
        "Einladung zum zweiten Gespräch am 15. Dezember",
        sent_on(12, 4, 10, BERLIN),
        "Control: HR invites the reader to a second interview on Dienstag, 15. Dezember 2026, 14:00 bis 15:00 Uhr; no zone.",
        "Sehr geehrter Herr Becker,\n\ngerne laden wir Sie zu einem zweiten Gespräch mit unserem Geschäftsführer ein:\n\nDienstag, 15. Dezember 2026, von 14:00 bis 15:00 Uhr\nElbwerk Logistik GmbH, Hafenstraße 12, Hamburg, Empfang Haus B\n\nBitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nSabine Krüger\nPersonalreferentin",
        when(2026, 12, 15, "Tue", 14, 0, BERLIN),
        60,
    )
    yield ctl(
        f,
        "entretien_final",
        "fr",
        ("Nathalie Roux - Recrutement", "n.roux@maison-verdier.example"),
        "Entretien final - mercredi 16 décembre à 10h30",
        sent_on(12, 7, 9, PARIS),
        "Control: the recruiter sets the final interview on mercredi 16 décembre à 10h30 (heure de Paris), 45 minutes, by video.",
        "Bonjour Léa,\n\nJ'ai le plaisir de vous convier à un entretien final avec notre directeur général, en visio :\n\nle mercredi 16 décembre à 10h30 (heure de Paris), pour une durée de 45 minutes.\n\nLien de connexion : https://visio.maison-verdier.example/entretien-lm\n\nMerci de me confirmer votre présence.\n\nBien cordialement,\nNathalie Roux",
        when(2026, 12, 16, "Wed", 10, 30, PARIS),
        45,
        zone=PARIS,
    )
    yield ctl(
        f,
        "entrevista_director",
        "es",
        ("Marta Sanz (RR. HH.)", "marta.sanz@logisticaebro.example"),
        "Confirmada: entrevista con el director, lunes 14 a las 9:30",
        sent_on(12, 7, 12, MADRID),
        "Control: after the availability request, the recruiter confirms the interview with the director on lunes 14 de diciembre a las 9:30 (hora peninsular); no end.",
        "Hola Daniel:\n\nYa está: la entrevista con el director de operaciones queda confirmada para el lunes 14 de diciembre a las 9:30 (hora peninsular), en nuestras oficinas de la calle Coso 45, Zaragoza.\n\nPregunta por mí en recepción.\n\nUn saludo,\nMarta Sanz\nRecursos Humanos - Logística Ebro",
        when(2026, 12, 14, "Mon", 9, 30, MADRID),
        None,
        zone=MADRID,
    )
    yield ctl(
        f,
        "entrevista_final",
        "pt-BR",
        ("Juliana Prado | Gente & Gestão", "juliana.prado@cafe-serrano.example"),
        "Entrevista final - terça, 15/12, às 14h",
        sent_on(12, 10, 17, SAO),
        "Control: after the panel, the recruiter sets the final interview on terça-feira, 15/12, das 14h às 15h (horário de Brasília), online.",
        "Oi, Beatriz!\n\nA banca gostou muito de você e queremos seguir para a última etapa: uma entrevista final com o diretor comercial.\n\nData: terça-feira, 15/12/2026\nHorário: das 14h às 15h (horário de Brasília)\nLink: https://meet.cafe-serrano.example/final-bl\n\nMe confirma se está tudo certo?\n\nAbraços,\nJuliana",
        when(2026, 12, 15, "Tue", 14, 0, SAO),
        60,
        zone=SAO,
    )
    yield ctl(
        f,
        "colloquio_responsabile",
        "it",
        ("Elena Greco - Selezione", "elena.greco@ottica-marini.example"),
        "Conferma secondo colloquio - giovedì 10 dicembre ore 11",
        sent_on(12, 4, 16, ROME),
        "Control: the recruiter confirms the reader's second interview on giovedì 10 dicembre alle 11:00; no zone, no end.",
        "Buongiorno Marco,\n\nle confermo il secondo colloquio con il direttore commerciale giovedì 10 dicembre alle ore 11:00, presso la nostra sede di via Manzoni 8, Bergamo.\n\nSi presenti in reception qualche minuto prima.\n\nCordiali saluti,\nElena Greco\nUfficio Selezione - Ottica Marini",
        when(2026, 12, 10, "Thu", 11, 0, ROME),
        None,
    )
    yield ctl(
        f,
        "tweede_gesprek",
        "nl",
        ("Eva Mulder", "eva.mulder@dijkstra-installatie.example"),
        "Uitnodiging tweede gesprek woensdag 9 december",
        sent_on(12, 4, 15, AMS),
        "Control: the recruiter invites the reader to a second interview on woensdag 9 december van 15:30 tot 16:30; no zone.",
        "Hoi Bram,\n\nLeuk nieuws: we willen je graag uitnodigen voor een tweede gesprek met onze operationeel directeur.\n\nWanneer: woensdag 9 december, 15:30 - 16:30 uur\nWaar: Dijkstra Installatietechniek, Industrieweg 4, Zwolle\n\nLaat je even weten of dit past?\n\nGroet,\nEva",
        when(2026, 12, 9, "Wed", 15, 30, AMS),
        60,
    )
    yield ctl(
        f,
        "rozmowa_z_dyrektorem",
        "pl",
        ("Rekrutacja Bałtyk Energia", "rekrutacja@baltyk-energia.example"),
        "Zaproszenie na rozmowę – piątek 11 grudnia, 10:00",
        sent_on(12, 7, 11, WARSAW),
        "Control: the recruitment team invites the reader to an interview with the director on piątek 11 grudnia o 10:00 (czasu polskiego), 45 minut.",
        "Dzień dobry Pani Zofio,\n\ndziękujemy za przesłane dokumenty. Zapraszamy na rozmowę z dyrektorem działu analiz:\n\npiątek, 11 grudnia 2026, godz. 10:00 (czasu polskiego), rozmowa potrwa 45 minut\nMS Teams – link wyślemy dzień wcześniej.\n\nProsimy o potwierdzenie obecności.\n\nZ wyrazami szacunku\nZespół Rekrutacji, Bałtyk Energia S.A.",
        when(2026, 12, 11, "Fri", 10, 0, WARSAW),
        45,
        zone=WARSAW,
    )
    yield ctl(
        f,
        "niji_mensetsu",
        "ja",
        ("株式会社あおば商事 採用チーム", "saiyo@aoba-shoji.example"),
        "【あおば商事】二次面接日程のご案内",
        sent_on(12, 8, 14, TOKYO),
        "Control: the recruiting team sets the second interview on 12月18日（金）15:00〜16:00; no zone.",
        "高橋 健太 様\n\nお世話になっております。株式会社あおば商事 採用チームです。\n\n一次面接の結果、二次面接にお進みいただくことになりました。下記の日程にてお越しください。\n\n日時：2026年12月18日（金）15:00〜16:00\n場所：本社 5階 面接室（東京都千代田区神田2-4-1）\n持ち物：筆記用具\n\nご都合が悪い場合はご連絡ください。\n\n株式会社あおば商事 採用チーム",
        when(2026, 12, 18, "Fri", 15, 0, TOKYO),
        60,
    )
    yield ctl(
        f,
        "wawancara_user",
        "id",
        ("Rekrutmen PT Nusantara Digital", "rekrutmen@nusantaradigital.example"),
        "Undangan Wawancara User - Senin, 14 Desember 2026",
        sent_on(12, 7, 10, JAKARTA),
        "Control: HR invites the reader to an interview with the hiring manager on Senin, 14 Desember 2026 pukul 10.00–11.00 WIB.",
        "Yth. Putri Maharani,\n\nTerima kasih atas partisipasi Anda dalam proses seleksi. Kami mengundang Anda untuk mengikuti wawancara dengan user pada:\n\nHari/Tanggal: Senin, 14 Desember 2026\nWaktu: 10.00–11.00 WIB\nTempat: Kantor PT Nusantara Digital, Jl. Sudirman Kav. 21, Jakarta\n\nMohon konfirmasi kehadiran Anda dengan membalas email ini.\n\nSalam,\nTim Rekrutmen PT Nusantara Digital",
        when(2026, 12, 14, "Mon", 10, 0, JAKARTA),
        60,
        zone=JAKARTA,
    )


def hctravelho31() -> Iterator[Case]:
    f = "hctravelho31"
    yield neg(
        f,
        "expenses_by_friday",
        "en",
        ("Candidate Travel - Prairie Mutual", "candidate-travel@prairiemutual.example"),
        "Submit your interview travel expenses by Friday, December 11",
        sent_on(12, 3, 11, CHI),
        "Look-alike: after the onsite interview, travel expenses must be submitted by Friday, December 11 at 5 PM CT; payment in 10 business days.",
        "Hi Morgan,\n\nThank you for traveling to Des Moines for your onsite interview on Tuesday. We're happy to reimburse your travel costs.\n\nPlease submit your receipts (flight, mileage, parking, meals up to $60/day) in the candidate expense portal by Friday, December 11 at 5 PM CT:\nhttps://expenses.prairiemutual.example/candidate\n\nClaims are paid by direct deposit within 10 business days of approval.\n\nCandidate Travel Team\nPrairie Mutual Insurance",
        ((2026, 12, 11, "Fri"),),
        EXPENSE,
    )
    yield neg(
        f,
        "reisekosten",
        "de",
        ("Personalabteilung Hansa Medizintechnik", "personal@hansa-medtech.example"),
        "Erstattung Ihrer Reisekosten zum Vorstellungsgespräch",
        sent_on(12, 3, 14, BERLIN),
        "Look-alike: the travel-cost form for the interview of 2. Dezember must be sent by Montag, 14. Dezember, 12 Uhr.",
        "Sehr geehrter Herr Becker,\n\nvielen Dank für Ihren Besuch zum Vorstellungsgespräch am 2. Dezember in Lübeck.\n\nGerne erstatten wir Ihnen die Reisekosten (Bahnfahrt 2. Klasse bzw. 0,30 € pro km). Bitte senden Sie uns das beigefügte Formular zusammen mit den Belegen bis Montag, 14. Dezember, 12 Uhr zurück. Die Erstattung erfolgt auf das von Ihnen angegebene Konto.\n\nMit freundlichen Grüßen\nPersonalabteilung\nHansa Medizintechnik GmbH",
        ((2026, 12, 14, "Mon"),),
        EXPENSE,
    )
    yield neg(
        f,
        "frais_deplacement",
        "fr",
        ("Service RH - Cerfontaine Énergie", "rh@cerfontaine-energie.example"),
        "Remboursement de vos frais de déplacement",
        sent_on(12, 4, 10, PARIS),
        "Look-alike: the reimbursement form for the interview of 1er décembre must be returned before vendredi 18 décembre à 17h.",
        "Bonjour Léa,\n\nSuite à votre entretien du 1er décembre à notre siège de Lyon, vous pouvez demander le remboursement de vos frais de déplacement.\n\nMerci de nous retourner le formulaire ci-joint, accompagné de vos justificatifs (billets de train, tickets de métro), avant le vendredi 18 décembre à 17h. Le virement sera effectué sous trois semaines.\n\nCordialement,\nService Ressources Humaines\nCerfontaine Énergie",
        ((2026, 12, 18, "Fri"),),
        EXPENSE,
    )
    yield neg(
        f,
        "reembolso_gastos",
        "es",
        ("Administración RR. HH. - Hotelera Cantábrica", "rrhh.admin@hotelera-cantabrica.example"),
        "Reembolso de gastos - entrevista presencial",
        sent_on(12, 4, 12, MADRID),
        "Look-alike: the interview travel refund is paid martes 22 de diciembre; missing receipts by jueves 17 de diciembre a las 14:00.",
        "Hola Daniel:\n\nHemos recibido tu solicitud de reembolso por el viaje a Santander para la entrevista presencial. El importe aprobado (148,60 €) se abonará el martes 22 de diciembre.\n\nNos falta el justificante del taxi del aeropuerto: si quieres que lo incluyamos, envíanoslo antes del jueves 17 de diciembre a las 14:00.\n\nUn saludo,\nAdministración de RR. HH.\nHotelera Cantábrica",
        ((2026, 12, 22, "Tue"), (2026, 12, 17, "Thu")),
        EXPENSE,
    )
    yield neg(
        f,
        "rimborso_spese",
        "it",
        ("Amministrazione del personale - Gruppo Velario", "personale@velario.example"),
        "Rimborso spese di viaggio per il colloquio",
        sent_on(12, 3, 15, ROME),
        "Look-alike: the refund form for the interview trip must be sent entro mercoledì 16 dicembre alle ore 12.",
        "Gentile Marco,\n\ngrazie per essere venuto a Torino per il colloquio di lunedì. Come anticipato, rimborsiamo le spese di viaggio sostenute.\n\nLe chiediamo di inviarci il modulo allegato, con biglietti e ricevute, entro mercoledì 16 dicembre alle ore 12. Il rimborso avverrà con bonifico entro fine gennaio.\n\nCordiali saluti,\nAmministrazione del personale\nGruppo Velario",
        ((2026, 12, 16, "Wed"),),
        EXPENSE,
    )
    yield neg(
        f,
        "hoan_chi_phi",
        "vi",
        ("Phòng Nhân sự - Công ty Sao Việt", "nhansu@saoviet.example"),
        "Hoàn trả chi phí đi lại cho buổi phỏng vấn",
        sent_on(12, 3, 9, HCM),
        "Look-alike: receipts for the travel to the interview of 2/12 must be sent before 17:00 thứ Sáu, 11/12/2026.",
        "Chào bạn Minh Anh,\n\nCảm ơn bạn đã đến Hà Nội tham dự buổi phỏng vấn ngày 2/12. Công ty sẽ hoàn trả chi phí đi lại cho bạn.\n\nVui lòng gửi hóa đơn vé máy bay và taxi qua email này trước 17:00 thứ Sáu, ngày 11/12/2026. Khoản hoàn trả sẽ được chuyển khoản trong vòng 15 ngày làm việc.\n\nTrân trọng,\nPhòng Nhân sự\nCông ty Sao Việt",
        ((2026, 12, 11, "Fri"),),
        EXPENSE,
    )


def hcawayho31() -> Iterator[Case]:
    f = "hcawayho31"
    yield neg(
        f,
        "ooo_back_at_9",
        "en",
        ("Jessica Tran", "jessica.tran@summitridge.example"),
        "Automatic reply: Interview availability - Morgan Blake",
        sent_on(12, 3, 14, LA),
        "Look-alike: a recruiter's out-of-office reply to the reader's availability mail: out until Monday, December 7, back at 9am PT; interview scheduling goes to a colleague.",
        "Thanks for your email. I'm out of the office until Monday, December 7 and will be back at 9am PT.\n\nIf you're a candidate with an interview scheduling question, please contact my colleague Omar at omar.haddad@summitridge.example. Otherwise I'll get back to you when I return.\n\nJessica Tran\nTechnical Recruiter, Summit Ridge",
        ((2026, 12, 7, "Mon"),),
    )
    yield neg(
        f,
        "rueckruf_buerozeiten",
        "de",
        ("Tobias Wendt | ProStaff Personalberatung", "t.wendt@prostaff.example"),
        "Rückruf wegen Ihrer Bewerbung als Elektroniker",
        sent_on(12, 3, 16, BERLIN),
        "Look-alike: an agency consultant asks for a call back in office hours, best Freitag, 4. Dezember, zwischen 10 und 12 Uhr, about a client's vacancy; no interview set.",
        "Hallo Herr Becker,\n\nich habe heute vergeblich versucht, Sie telefonisch zu erreichen. Einer unserer Kunden aus Kiel interessiert sich für Ihr Profil und würde Sie gern zu einem Vorstellungsgespräch einladen.\n\nBitte rufen Sie mich zurück – ich bin Mo–Fr von 9 bis 17 Uhr erreichbar, am besten morgen, Freitag, 4. Dezember, zwischen 10 und 12 Uhr, unter 0431 000 000.\n\nViele Grüße\nTobias Wendt\nProStaff Personalberatung",
        ((2026, 12, 4, "Fri"),),
    )
    yield neg(
        f,
        "referral_borrel",
        "nl",
        ("Talent Team Klaverveld", "talent@klaverveld.example"),
        "Referral-borrel: breng je netwerk mee! (do 10 dec, 16:30)",
        sent_on(12, 2, 11, AMS),
        "Look-alike: an employee referral-programme drinks event for staff on donderdag 10 december om 16:30, with open vacancies and a referral bonus; the reader is an employee.",
        "Hoi Bram,\n\nWe hebben dit jaar nog 14 vacatures open en jij kent vast goede kandidaten!\n\nKom daarom naar de referral-borrel op donderdag 10 december om 16:30 in de kantine. Het recruitmentteam vertelt over de openstaande functies, hoe een sollicitatiegesprek bij ons verloopt en hoe de referral-bonus (€ 1.500) werkt.\n\nAanmelden hoeft niet, gewoon binnenlopen.\n\nTalent Team Klaverveld",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "ausencia_volta_9h",
        "pt-BR",
        ("Renata Castro", "renata.castro@agrovale.example"),
        "Resposta automática: Entrevista - Beatriz Lima",
        sent_on(12, 3, 18, SAO),
        "Look-alike: a recruiter's out-of-office reply: away until segunda-feira, 7/12, back at 9h; questions about interviews go to a colleague.",
        "Olá! Estou fora do escritório até segunda-feira, 7/12, e retorno às 9h.\n\nSe o assunto for agendamento de entrevistas ou processos seletivos em andamento, fale com a Patrícia pelo e-mail patricia.nunes@agrovale.example.\n\nObrigada!\nRenata Castro\nAnalista de Recrutamento e Seleção - AgroVale",
        ((2026, 12, 7, "Mon"),),
    )
    yield neg(
        f,
        "itisal_saat_aldawam",
        "ar",
        ("شركة الأفق للتوظيف", "info@alofoq-recruit.example"),
        "بخصوص طلب التوظيف: يرجى التواصل معنا",
        sent_on(12, 3, 10, RIYADH),
        "Look-alike: an agency asks the reader to call back in office hours (Sunday to Thursday, 9 AM to 5 PM) before الخميس 10 ديسمبر الساعة 3 مساءً about a client's vacancy; no interview set.",
        "الأستاذة سارة العتيبي،\n\nتحية طيبة وبعد،\n\nنشكرك على تقديم طلبك لوظيفة أخصائية موارد بشرية لدى أحد عملائنا. نود التحدث معك لتحديد موعد المقابلة.\n\nيرجى الاتصال بنا خلال ساعات الدوام الرسمي من الأحد إلى الخميس، من الساعة 9 صباحًا حتى 5 مساءً، وذلك قبل يوم الخميس 10 ديسمبر الساعة 3 مساءً، على الرقم 0110000000.\n\nمع خالص التحية،\nفريق التوظيف - شركة الأفق للتوظيف",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "referral_karyakram",
        "hi",
        ("टैलेंट एक्विज़िशन टीम, सूर्या फिनसर्व", "talent@suryafinserv.example"),
        "कर्मचारी रेफ़रल कार्यक्रम: गुरुवार 10 दिसंबर, शाम 4 बजे",
        sent_on(12, 2, 11, KOLKATA),
        "Look-alike: an employee referral-programme session on गुरुवार, 10 दिसंबर को शाम 4 बजे about open roles and the interview process; the reader is an employee.",
        "प्रिय अनन्या,\n\nहमारी कंपनी में इस समय 20 से अधिक पद खाली हैं। अगर आप किसी योग्य उम्मीदवार को जानती हैं, तो उन्हें रेफ़र करें!\n\nकर्मचारी रेफ़रल कार्यक्रम का सत्र गुरुवार, 10 दिसंबर को शाम 4 बजे कॉन्फ़्रेंस रूम 2 में होगा। इसमें भर्ती टीम खुले पदों, साक्षात्कार प्रक्रिया और रेफ़रल बोनस के बारे में बताएगी।\n\nधन्यवाद,\nटैलेंट एक्विज़िशन टीम\nसूर्या फिनसर्व",
        ((2026, 12, 10, "Thu"),),
    )
    yield neg(
        f,
        "cuti_kembali",
        "id",
        ("Dewi Lestari", "dewi.lestari@samudra-logistik.example"),
        "Balasan otomatis: Jadwal wawancara",
        sent_on(12, 3, 13, JAKARTA),
        "Look-alike: a recruiter's out-of-office reply: on leave until Senin, 7 Desember 2026, back at 09.00 WIB; interview questions go to a colleague.",
        "Terima kasih atas email Anda.\n\nSaya sedang cuti hingga Senin, 7 Desember 2026 dan akan kembali bekerja pukul 09.00 WIB. Untuk pertanyaan mengenai jadwal wawancara, silakan hubungi rekan saya Bayu di bayu.pratama@samudra-logistik.example.\n\nSalam,\nDewi Lestari\nRecruitment Specialist, PT Samudra Logistik",
        ((2026, 12, 7, "Mon"),),
    )


def hcctrlho31() -> Iterator[Case]:
    f = "hcctrlho31"
    yield ctl(
        f,
        "final_round_pt",
        "en",
        ("Jessica Tran", "jessica.tran@summitridge.example"),
        "Final round - Wednesday, December 16, 2:30-3:30 PM PT",
        sent_on(12, 8, 10, LA),
        "Control: the recruiter sets the reader's final round on Wednesday, December 16, 2:30-3:30 PM PT (PT: no zone label).",
        "Hi Morgan,\n\nThanks for your patience! You're confirmed for the final round with the hiring manager and a senior engineer:\n\nWednesday, December 16, 2:30 - 3:30 PM PT\nZoom: https://summitridge.example/zoom/final-mb\n\nReply here if anything comes up.\n\nJessica",
        when(2026, 12, 16, "Wed", 14, 30, LA),
        60,
        stated=True,
    )
    yield ctl(
        f,
        "vorstellungsgespraech_kunde",
        "de",
        ("Tobias Wendt | ProStaff Personalberatung", "t.wendt@prostaff.example"),
        "Ihr Vorstellungsgespräch bei unserem Kunden am Montag",
        sent_on(12, 7, 9, BERLIN),
        "Control: after the call back, the agency consultant confirms the interview with the client on Montag, 14. Dezember, 11:00 Uhr; no zone, no end.",
        "Hallo Herr Becker,\n\nschön, dass wir gestern telefoniert haben. Wie besprochen ist Ihr Vorstellungsgespräch bei unserem Kunden fix:\n\nMontag, 14. Dezember, 11:00 Uhr\nNordstrand Elektrotechnik, Werftstraße 7, Kiel – fragen Sie nach Herrn Paulsen.\n\nIch drücke die Daumen!\nTobias Wendt",
        when(2026, 12, 14, "Mon", 11, 0, BERLIN),
        None,
    )
    yield ctl(
        f,
        "entretien_jeudi",
        "fr",
        ("Service RH - Cerfontaine Énergie", "rh@cerfontaine-energie.example"),
        "Convocation à un entretien - jeudi 17 décembre à 9h",
        sent_on(12, 4, 14, PARIS),
        "Control: HR sets the reader's interview on jeudi 17 décembre à 9h for one hour; no zone.",
        "Bonjour Léa,\n\nNous avons le plaisir de vous convier à un entretien pour le poste d'ingénieure maintenance :\n\nle jeudi 17 décembre à 9h, pour une durée d'une heure,\nau siège de Cerfontaine Énergie, 12 quai Perrache, Lyon.\n\nMerci de confirmer votre venue par retour de mail.\n\nCordialement,\nService Ressources Humaines",
        when(2026, 12, 17, "Thu", 9, 0, PARIS),
        60,
    )
    yield ctl(
        f,
        "gesprek_nederlandse_tijd",
        "nl",
        ("Werving Gemeente Polderstad", "werving@polderstad.example"),
        "Uitnodiging sollicitatiegesprek vrijdag 11 december",
        sent_on(12, 3, 10, AMS),
        "Control: a municipality's recruitment team invites the reader to an interview on vrijdag 11 december om 13:00 uur (Nederlandse tijd), 45 minuten, by video.",
        "Beste Bram,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een online gesprek:\n\nvrijdag 11 december om 13:00 uur (Nederlandse tijd), duur 45 minuten\nTeams-link: https://polderstad.example/teams/gesprek-bv\n\nTot dan!\nTeam Werving, Gemeente Polderstad",
        when(2026, 12, 11, "Fri", 13, 0, AMS),
        45,
        zone=AMS,
    )
    yield ctl(
        f,
        "entrevista_quarta",
        "pt-BR",
        ("Renata Castro", "renata.castro@agrovale.example"),
        "Entrevista confirmada - quarta, 9/12, às 10h",
        sent_on(12, 7, 11, SAO),
        "Control: back from leave, the recruiter confirms the reader's interview on quarta-feira, 9/12, às 10h; no zone, no end.",
        "Oi, Beatriz!\n\nVoltei e já organizei tudo: sua entrevista com o coordenador de campo fica confirmada para quarta-feira, 9/12, às 10h, na nossa unidade de Ribeirão Preto (Av. das Palmeiras, 900).\n\nLeve um documento com foto.\n\nAbraço,\nRenata",
        when(2026, 12, 9, "Wed", 10, 0, SAO),
        None,
    )
    yield ctl(
        f,
        "mulakat_daveti",
        "tr",
        ("İnsan Kaynakları - Ege Tekstil", "ik@egetekstil.example"),
        "İkinci mülakat daveti - 15 Aralık Salı 14:00",
        sent_on(12, 8, 10, ISTANBUL),
        "Control: HR invites the reader to a second interview on 15 Aralık Salı saat 14:00–15:00; no zone.",
        "Merhaba Mert Bey,\n\nİlk mülakatın ardından sizi ikinci mülakata davet etmekten memnuniyet duyarız:\n\nTarih: 15 Aralık 2026 Salı\nSaat: 14:00–15:00\nYer: Ege Tekstil Genel Müdürlük, Kemalpaşa Cad. No: 12, İzmir\n\nKatılımınızı bu e-postayı yanıtlayarak teyit etmenizi rica ederiz.\n\nSaygılarımızla,\nEge Tekstil İnsan Kaynakları",
        when(2026, 12, 15, "Tue", 14, 0, ISTANBUL),
        60,
    )


BUILDERS = [
    hcdecide31,
    hcsiton31,
    hcdocs31,
    hcportal31,
    hcrecord31,
    hcoffer31,
    hcctrl31,
    hctravelho31,
    hcawayho31,
    hcctrlho31,
]

MEASURED: list[str] = [
    "First sight (parser at main 6f631638 with this batch, before any change; labels as "
    "first written, none changed): dev: 10 of 10 controls with the right start and end, all "
    "10 sure; 7 of 36 look-alikes claimed at confidence >= 0.5 (hcoffer31 es and it "
    "interviews said to be not yet confirmed, with an availability range read as the slot; "
    "hcsiton31 de and it colleague asked to join a candidate's interview, pl training for "
    "interviewers; hcdocs31 en portfolio due 'by Monday, December 7 at 9am PT'; hcportal31 "
    "ko dormant-account notice). Held out: 6 of 6 controls right and sure, 2 of 13 "
    "look-alikes claimed.",
    "",
    "After the rules below (branch negs31a): dev 10 of 10 controls right and sure, 4 of 36 "
    "look-alikes claimed (hcsiton31 it: the cue now reads the candidate, but the reader "
    "Marco is taken for the candidate Marta, whose names share their first three letters; "
    "hcsiton31 pl training for interviewers; hcdocs31 en portfolio deadline, seven words "
    "between 'send' and 'by'; hcportal31 ko dormant account; each a single source, left "
    "alone); held out unchanged: 6 of 6 controls, 2 of 13 claimed. Full corpus (quick.py): "
    "dev false claims 51 -> 48 of 2840, text 3174/3202, sure 2857 and calendars 531/531 "
    "unchanged; held out false claims 154 -> 153 of 1227, text 1304/1379, sure 1131, "
    "calendars 169/170; cmp against main --heldout: 2 better, 0 worse.",
]

RULES: list[str] = [
    "- `PENDING_CUES` (lookalikes.py): the interview itself is said to be not yet confirmed "
    "('la entrevista todavía no está confirmada', 'il colloquio non è ancora confermato', "
    "'nie jest jeszcze potwierdzona', 'ainda não está confirmada'), beside the English 'not "
    "yet confirmed' and French 'pas encore confirmé' already there. Sources: hcoffer31 es "
    "(Logística Ebro's recruiter) and it (Ottica Marini's recruiter). Test: "
    "tests/parsing/test_negs31a_hiring_context.py.",
    "- `OTHERS_INTERVIEW_CUES` (lookalikes.py): an interview held with a candidate ('nel "
    "colloquio con la candidata Marta Bianchi', 'the interview with the candidate', 'beim "
    "Vorstellungsgespräch mit Frau Brandt (Bewerberin für ...)') puts the reader across the "
    "table; not 'your interview with our Candidate Experience team', and the reader's own "
    "interview with a named interviewer ('mit Frau Brandt (Teamleitung)') stays hers. "
    "Sources: hcsiton31 de (Sonnberg Bau's HR) and it (Tessitura Brenta's HR). Test: "
    "tests/parsing/test_negs31a_hiring_context.py.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs31a batch (`build_negs31a.py`)",
        "",
        "Mail in a hiring context typed by recruiters, hiring managers, HR teams and "
        "coordinators that names a future day and hour next to hiring words but sets no "
        "interview for the reader: status updates naming the past interview and the panel's "
        "decision meeting, a colleague asked to sit on someone else's interview, reminders to "
        "send a portfolio, references or forms, careers-site account notices (password "
        "links, verification, drafts, maintenance, dormant accounts), interview recordings "
        "and transcripts available until a deadline, offer calls proposed with several "
        "options and interviews not yet confirmed, travel-expense claims after an onsite, "
        "out-of-office replies, call-back requests in office hours and referral events; real "
        "interview slots from the same senders as controls. Password and expense notices "
        "follow the shape of open-source templates (see the families); all wording is ours "
        "and people, companies, addresses and links are made up. Every label was written "
        "from the datetimes the text is rendered from, before the parser was run on the "
        "message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs31a.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs31a.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
