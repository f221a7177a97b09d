"""Write the "asks31" batch: times asked for or proposed, next to times set.

Run: .venv/bin/python tests/parsing/corpus/build_asks31.py

The candidate's own request to move an interview, a recruiter asking whether a move would
suit, a recruiter naming their own free windows and asking for the reader's, a recruiter's
first approach with a suggested call: none sets a time. Beside them, real invitations that
also ask a question ("Does that time work for you?"), confirmations of a time the candidate
proposed and moves made at the candidate's request, which do.

Label policy is the corpus's (README "Conventions"; propose24): one slot the employer offers
as a question is an invitation; a move only asked and the candidate's own proposal are not; a
move the employer has made is a reschedule to the new slot. Every label comes from the
datetimes the text is rendered from and was written before the parser was run on the
message; the split was fixed before then too. Helpers come from build_parse-pos.py (loaded,
not copied). Deterministic; touches only its own families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime
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
at, mail, Case, OWN, timed = pp.at, pp.mail, pp.Case, pp.OWN, pp.timed
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "ownask31": "dev",
    "recask31": "dev",
    "askok31": "dev",
    "askho31": "heldout",
}
SOURCES = {
    "ownask31": "the candidate writing to a recruiter to ask for another day or hour, in the "
    "register of a job seeker's own mail (polite, short, a reason given), in eleven languages",
    "recask31": "recruiters and hiring managers who only ask: whether a move would suit, when "
    "the reader is free beside their own windows, a first approach with a call suggested",
    "askok31": "recruiters who set the time and still ask a question about it, confirm a time "
    "the candidate proposed, or move the interview as the candidate asked",
    "askho31": "agency consultants and small-firm owners, both asking and setting, in the "
    "languages above and others the parser reads",
}
HAND = (
    "hand-written; candidates', recruiters' and agency consultants' scheduling mail typed for "
    "this corpus from memory of such mail, no template copied; " + OWN
)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    label: dict[str, object],
    text: str,
    *,
    to: tuple[str, str] = ME,
) -> Case:
    """One direct plain-text mail; the employer is the organiser when the employer writes."""
    raw = mail(
        f"asks31/{family}/{name}", sender=sender, to=to, subject=subject, sent=sent, text=text
    )
    if label.get("kind") != "not_invitation" and sender != ME:
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def own(
    family: str,
    name: str,
    lang: str,
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
) -> Case:
    """The reader's own mail asking for a move: never an invitation."""
    return case(family, name, lang, ME, subject, sent, note, NEG, text, to=to)


def ownask31() -> Iterator[Case]:
    f = "ownask31"
    yield own(
        f,
        "ask_later_day",
        "en",
        ("Priya Natarajan", "priya@quillmark.example"),
        "Re: Interview on Wednesday",
        at(2026, 12, 2, 18, 5, "Europe/London"),
        "Asks to move Wednesday 9 December 11:00 to Thursday; nothing agreed.",
        "Hi Priya,\n\nI'm so sorry, but something has come up at my current job. Could "
        "we possibly do Thursday instead of Wednesday 9 December at 11:00? Any time "
        "after 10 would be fine for me.\n\nBest wishes,\nAlex\n",
    )
    yield own(
        f,
        "bitte_verschieben",
        "de",
        ("Jana Krüger", "j.krueger@elbwerk.example.de"),
        "Verschiebung Vorstellungsgespräch",
        at(2026, 12, 2, 17, 40, "Europe/Berlin"),
        "Bittet, das Gespräch vom 9.12. 14 Uhr zu verschieben; nichts vereinbart.",
        "Sehr geehrte Frau Krüger,\n\nleider habe ich am Mittwoch, 9. Dezember, um 14 "
        "Uhr einen Arzttermin, den ich nicht verlegen kann. Wäre es möglich, unser "
        "Gespräch auf Donnerstag oder Freitag zu verschieben?\n\nMit freundlichen "
        "Grüßen\nAlex Morgan\n",
    )
    yield own(
        f,
        "demande_report",
        "fr",
        ("Claire Dubois", "claire.dubois@ateliers-rive.example.fr"),
        "Demande de report d'entretien",
        at(2026, 12, 2, 19, 0, "Europe/Paris"),
        "Demande de décaler l'entretien du 10 décembre à 15h ; rien n'est fixé.",
        "Bonjour Madame Dubois,\n\nSerait-il possible de décaler notre entretien du "
        "jeudi 10 décembre à 15h au lendemain, à la même heure ? Je suis en "
        "déplacement ce jour-là.\n\nBien cordialement,\nAlex Morgan\n",
    )
    yield own(
        f,
        "cambio_hora",
        "es",
        ("Lucía Ortega", "lucia.ortega@meridia.example.es"),
        "Cambio de hora",
        at(2026, 12, 2, 20, 15, "Europe/Madrid"),
        "Pide mover la entrevista del martes 15 a las 10:00; nada acordado.",
        "Hola Lucía:\n\n¿Podríamos pasar la entrevista del martes 15 de diciembre a "
        "las 10:00 a la tarde? Por la mañana tengo un examen.\n\nUn saludo,\nAlex\n",
    )
    yield own(
        f,
        "remarcar",
        "pt-BR",
        ("Marina Costa", "marina.costa@vereda.example.com.br"),
        "Reagendamento da entrevista",
        at(2026, 12, 2, 18, 30, "America/Sao_Paulo"),
        "Pede para remarcar a entrevista de 10/12 às 14h; nada combinado.",
        "Olá Marina,\n\nSeria possível remarcar a entrevista de quinta-feira, 10/12, "
        "às 14h para sexta? Tenho uma prova na faculdade nesse horário.\n\nObrigado,\n"
        "Alex\n",
    )
    yield own(
        f,
        "verzetten",
        "nl",
        ("Sanne de Vries", "sanne@polderlab.example.nl"),
        "Gesprek donderdag",
        at(2026, 12, 2, 21, 0, "Europe/Amsterdam"),
        "Vraagt het gesprek van donderdag 10 december 9:30 te verzetten; niets vast.",
        "Hoi Sanne,\n\nZouden we het gesprek van donderdag 10 december om 9:30 kunnen "
        "verzetten naar de middag? Ik moet 's ochtends mijn dochter naar de tandarts "
        "brengen.\n\nGroet,\nAlex\n",
    )
    yield own(
        f,
        "flytta",
        "sv",
        ("Erik Lund", "erik.lund@fjallsoft.example.se"),
        "Sv: Intervju",
        at(2026, 12, 2, 16, 45, "Europe/Stockholm"),
        "Frågar om intervjun den 9 december kl. 13 kan flyttas; inget bestämt.",
        "Hej Erik,\n\nSkulle det gå att flytta intervjun onsdag 9 december kl. 13.00 "
        "till fredag samma tid? Jag är bortrest på onsdag.\n\nVänliga hälsningar\nAlex\n",
    )
    yield own(
        f,
        "przelozenie",
        "pl",
        ("Agnieszka Nowak", "a.nowak@wislasoft.example.pl"),
        "Prośba o zmianę terminu",
        at(2026, 12, 2, 19, 20, "Europe/Warsaw"),
        "Prosi o przełożenie rozmowy z 11 grudnia, godz. 12:00; nic nie ustalono.",
        "Dzień dobry Pani Agnieszko,\n\nczy jest możliwe przełożenie rozmowy z piątku "
        "11 grudnia, godz. 12:00 na poniedziałek 14 grudnia? Będę wtedy w delegacji."
        "\n\nPozdrawiam serdecznie\nAlex Morgan\n",
    )
    yield own(
        f,
        "henkou_onegai",
        "ja",
        ("佐藤 美咲", "m.sato@kiriya.example.jp"),
        "面接日程変更のお願い",
        at(2026, 12, 2, 20, 0, "Asia/Tokyo"),
        "12月10日14時の面接の変更を依頼；確定していない。",
        "佐藤様\n\nお世話になっております。アレックス・モーガンです。\n"
        "大変恐縮ですが、12月10日（木）14時の面接を、12月11日（金）に変更していただく"
        "ことは可能でしょうか。\n\nよろしくお願いいたします。\nアレックス・モーガン\n",
    )
    yield own(
        f,
        "gaiqi",
        "zh",
        ("陈静", "chenjing@yunfan.example.cn"),
        "面试时间调整",
        at(2026, 12, 2, 21, 30, "Asia/Shanghai"),
        "请求把12月9日上午10点的面试改期；未确定。",
        "陈老师您好：\n\n不好意思，能不能把12月9日上午10点的面试改到12月10日同一时间？"
        "9日我要参加毕业答辩。\n\n谢谢您！\nAlex\n",
    )
    yield own(
        f,
        "byeongyeong",
        "ko",
        ("이지은", "jieun.lee@hanul.example.kr"),
        "면접 일정 문의",
        at(2026, 12, 2, 19, 0, "Asia/Seoul"),
        "12월 10일 오후 3시 면접 변경을 요청; 확정되지 않음.",
        "이지은 매니저님께,\n\n12월 10일 오후 3시 면접을 12월 11일 같은 시간으로 변경 "
        "가능할까요? 그날 기말고사가 있습니다.\n\n감사합니다.\nAlex Morgan\n",
    )


def recask31() -> Iterator[Case]:
    f = "recask31"
    yield case(
        f,
        "move_would_suit",
        "en",
        ("Dana Whitfield", "dana@harrowlane.example.com"),
        "Your interview on Tuesday",
        at(2026, 12, 3, 9, 10, "America/Chicago"),
        "Asks whether moving Tuesday 8 December 1 PM to Wednesday would suit; only asked.",
        NEG,
        "Hi Alex,\n\nOur director has been called to a client on Tuesday. Would it "
        "suit you to move your interview on Tuesday, December 8 at 1 PM to Wednesday, "
        "same time? If so I'll send a fresh invite.\n\nThanks,\nDana\n",
    )
    yield case(
        f,
        "own_windows_ask",
        "en",
        ("Femi Adeyemi", "femi@lagoonworks.example.ng"),
        "Scheduling your interview",
        at(2026, 12, 3, 10, 0, "Africa/Lagos"),
        "Gives the panel's windows and asks for the reader's times; nothing set.",
        NEG,
        "Hello Alex,\n\nThe panel is free on Thursday, 10 December between 10am and "
        "1pm WAT. Kindly share your availability within that window and I will send "
        "a calendar invite.\n\nRegards,\nFemi\n",
    )
    yield case(
        f,
        "eigene_zeiten",
        "de",
        ("Timo Brandt", "timo.brandt@nordlicht.example.de"),
        "Terminfindung",
        at(2026, 12, 3, 9, 30, "Europe/Berlin"),
        "Nennt eigene freie Zeiten, fragt nach denen des Lesers; nichts vereinbart.",
        NEG,
        "Hallo Alex,\n\nich bin am Dienstag, 8. Dezember, ab 13 Uhr erreichbar. Wann "
        "hätten Sie Zeit für ein erstes Gespräch?\n\nViele Grüße\nTimo Brandt\n",
    )
    yield case(
        f,
        "profil_vu",
        "fr",
        ("Hugo Lefèvre", "hugo@talentrhone.example.fr"),
        "Une opportunité",
        at(2026, 12, 3, 11, 0, "Europe/Paris"),
        "Premier contact d'un recruteur, appel proposé jeudi 10 décembre 17h.",
        NEG,
        "Bonjour Alex,\n\nJ'ai vu votre profil et j'aurais un poste de chef de projet "
        "à vous présenter. Seriez-vous disponible jeudi 10 décembre à 17h pour un "
        "court échange téléphonique ?\n\nHugo\n",
    )
    yield case(
        f,
        "ledig_tid",
        "da",
        ("Mette Jensen", "mette@havnetech.example.dk"),
        "Samtale",
        at(2026, 12, 3, 8, 45, "Europe/Copenhagen"),
        "Giver egne muligheder og beder om læserens; intet aftalt.",
        NEG,
        "Hej Alex\n\nTak for din ansøgning. Jeg har selv tid torsdag den 10. december "
        "fra kl. 9 til 12. Send mig gerne et par tidspunkter, der passer dig.\n\n"
        "Mvh Mette\n",
    )
    yield case(
        f,
        "awqat",
        "ar",
        ("هالة منصور", "hala@nakheel-tech.example.sa"),
        "موعد المقابلة",
        at(2026, 12, 3, 10, 0, "Asia/Riyadh"),
        "تطلب الأوقات المناسبة للقارئ وتذكر أوقاتها؛ لم يحدد شيء.",
        NEG,
        "مرحباً أليكس،\n\nنرجو إبلاغنا بالأوقات المناسبة لك هذا الأسبوع. نحن متاحون "
        "يوم الخميس 10 ديسمبر من 11 صباحاً حتى 2 ظهراً.\n\nمع التحية،\nهالة\n",
    )


def askok31() -> Iterator[Case]:
    f = "askok31"
    sent = at(2026, 12, 3, 9, 0, "America/New_York")
    start = at(2026, 12, 8, 15, 0, "America/New_York", "Tue")
    yield case(
        f,
        "invite_does_it_work",
        "en",
        ("Rachel Kim", "rachel.kim@bluefern.example.com"),
        "Interview invitation - Product Analyst",
        sent,
        "Invitation for Tuesday, December 8 at 3:00-3:45 PM ET, with a question.",
        {"kind": "invitation", **timed(start, at(2026, 12, 8, 15, 45, "America/New_York"))},
        "Hi Alex,\n\nThanks for applying to the Product Analyst role. I'd like to invite "
        "you to a video interview on Tuesday, December 8, 3:00-3:45 PM ET with our "
        "analytics lead. Does that time work for you? Let me know.\n\nBest,\nRachel\n",
    )
    sent = at(2026, 12, 3, 14, 0, "Europe/London")
    start = at(2026, 12, 10, 10, 0, "Europe/London", "Thu")
    yield case(
        f,
        "your_time_confirmed",
        "en-GB",
        ("Tom Ashby", "tom.ashby@kestrel.example.co.uk"),
        "Re: Interview times",
        sent,
        "Confirms the candidate's proposed Thursday 10 December 10:00.",
        {"kind": "invitation", **timed(start, sent=sent)},
        "Hi Alex,\n\nThursday 10 December at 10:00 works well for us, so that's "
        "confirmed. Your interview will be at our Leeds office with Sarah and me; ask "
        "for me at reception.\n\nSee you then,\nTom\n",
    )
    sent = at(2026, 12, 3, 15, 0, "Europe/Berlin")
    start = at(2026, 12, 11, 14, 0, "Europe/Berlin", "Fri")
    yield case(
        f,
        "wie_gewuenscht",
        "de",
        ("Jana Krüger", "j.krueger@elbwerk.example.de"),
        "Neuer Termin für Ihr Vorstellungsgespräch",
        sent,
        "Verschiebt das Gespräch wie gewünscht auf Freitag, 11.12., 14 Uhr (reschedule).",
        {"kind": "reschedule", **timed(start, sent=sent)},
        "Sehr geehrter Herr Morgan,\n\nwie gewünscht haben wir Ihr Vorstellungsgespräch "
        "verschoben. Neuer Termin: Freitag, 11. Dezember, um 14:00 Uhr in unserem Büro "
        "in Hamburg.\n\nMit freundlichen Grüßen\nJana Krüger\n",
    )
    sent = at(2026, 12, 3, 10, 30, "Europe/Paris")
    start = at(2026, 12, 9, 11, 0, "Europe/Paris", "Wed")
    yield case(
        f,
        "ca_vous_convient",
        "fr",
        ("Claire Dubois", "claire.dubois@ateliers-rive.example.fr"),
        "Entretien - poste de chargé de projet",
        sent,
        "Convocation le mercredi 9 décembre à 11h, avec une question.",
        {"kind": "invitation", **timed(start, sent=sent)},
        "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien le "
        "mercredi 9 décembre à 11h dans nos locaux de Lyon. Cet horaire vous "
        "convient-il ?\n\nBien cordialement,\nClaire Dubois\n",
    )
    sent = at(2026, 12, 3, 11, 0, "Europe/Madrid")
    start = at(2026, 12, 15, 17, 0, "Europe/Madrid", "Tue")
    yield case(
        f,
        "te_viene_bien",
        "es",
        ("Lucía Ortega", "lucia.ortega@meridia.example.es"),
        "Re: Cambio de hora",
        sent,
        "Acepta la propuesta del candidato: martes 15 de diciembre a las 17:00.",
        {"kind": "invitation", **timed(start, sent=sent)},
        "Hola Alex:\n\nSin problema, te esperamos el martes 15 de diciembre a las 17:00 "
        "en la oficina de Valencia. Pregunta por mí en recepción.\n\nUn saludo,\nLucía\n",
    )
    sent = at(2026, 12, 3, 9, 0, "Asia/Tokyo")
    start = at(2026, 12, 11, 14, 0, "Asia/Tokyo", "Fri")
    yield case(
        f,
        "henkou_kanryou",
        "ja",
        ("佐藤 美咲", "m.sato@kiriya.example.jp"),
        "面接日程変更のご連絡",
        sent,
        "ご依頼どおり面接を12月11日（金）14時に変更（reschedule）。",
        {"kind": "reschedule", **timed(start, sent=sent)},
        "アレックス・モーガン様\n\nご連絡ありがとうございます。ご希望のとおり、面接日程を"
        "12月11日（金）14:00に変更いたしました。当日は本社受付までお越しください。\n\n"
        "佐藤\n",
    )


def askho31() -> Iterator[Case]:
    f = "askho31"
    yield own(
        f,
        "spostare",
        "it",
        ("Giulia Ferri", "g.ferri@lagotech.example.it"),
        "Colloquio di giovedì",
        at(2026, 12, 2, 18, 0, "Europe/Rome"),
        "Chiede di spostare il colloquio di giovedì 10 dicembre alle 10; nulla deciso.",
        "Gentile Giulia,\n\nsarebbe possibile spostare il colloquio di giovedì 10 "
        "dicembre alle 10:00 al pomeriggio? La mattina ho un esame all'università.\n\n"
        "Grazie mille,\nAlex\n",
    )
    yield own(
        f,
        "erteleme",
        "tr",
        ("Elif Demir", "elif.demir@bosfor.example.com.tr"),
        "Mülakat tarihi hakkında",
        at(2026, 12, 2, 19, 0, "Europe/Istanbul"),
        "9 Aralık 14:00 mülakatının ertelenmesini rica ediyor; kesinleşmedi.",
        "Merhaba Elif Hanım,\n\n9 Aralık Çarşamba saat 14:00'teki mülakatımızı bir gün "
        "sonraya almamız mümkün mü? O gün sınavım var.\n\nSaygılarımla,\nAlex\n",
    )
    yield case(
        f,
        "agency_windows",
        "en-AU",
        ("Liam O'Brien", "liam@coastrecruit.example.com.au"),
        "Catch-up with the hiring manager",
        at(2026, 12, 3, 9, 0, "Australia/Sydney"),
        "Agency gives the manager's free windows and asks for the reader's.",
        NEG,
        "Hi Alex,\n\nThe hiring manager is free on Wednesday 9 December between 2pm and "
        "5pm AEDT. Let me know what works for you in that window and I'll lock it in."
        "\n\nCheers,\nLiam\n",
    )
    yield case(
        f,
        "move_ok_asked",
        "nl",
        ("Sanne de Vries", "sanne@polderlab.example.nl"),
        "Gesprek verzetten?",
        at(2026, 12, 3, 9, 0, "Europe/Amsterdam"),
        "Vraagt of het gesprek van dinsdag 8 december 10:00 kan worden verzet.",
        NEG,
        "Hoi Alex,\n\nKunnen we je gesprek van dinsdag 8 december om 10:00 verzetten "
        "naar woensdag? Laat maar weten wat je uitkomt.\n\nGroet,\nSanne\n",
    )
    sent = at(2026, 12, 3, 9, 30, "Australia/Sydney")
    start = at(2026, 12, 9, 15, 0, "Australia/Sydney", "Wed")
    yield case(
        f,
        "agency_locked",
        "en-AU",
        ("Liam O'Brien", "liam@coastrecruit.example.com.au"),
        "Interview locked in - Wednesday 3pm",
        sent,
        "Agency confirms the interview Wednesday 9 December 3pm AEDT.",
        {"kind": "invitation", **timed(start)},
        "Hi Alex,\n\nGreat news - your interview with Harbour Freight is locked in for "
        "Wednesday 9 December at 3pm AEDT at their Pyrmont office. Does that still suit? "
        "Just reply if anything changes.\n\nCheers,\nLiam\n",
    )
    sent = at(2026, 12, 3, 10, 0, "Europe/Rome")
    start = at(2026, 12, 10, 15, 0, "Europe/Rome", "Thu")
    yield case(
        f,
        "spostato",
        "it",
        ("Giulia Ferri", "g.ferri@lagotech.example.it"),
        "Re: Colloquio di giovedì",
        sent,
        "Sposta il colloquio come richiesto a giovedì 10 dicembre alle 15 (reschedule).",
        {"kind": "reschedule", **timed(start, sent=sent)},
        "Ciao Alex,\n\nnessun problema: abbiamo spostato il colloquio a giovedì 10 "
        "dicembre alle 15:00, sempre nella nostra sede di Bologna.\n\nA presto,\nGiulia\n",
    )
    sent = at(2026, 12, 3, 10, 0, "Europe/Istanbul")
    start = at(2026, 12, 10, 14, 0, "Europe/Istanbul", "Thu")
    yield case(
        f,
        "uygun_mu",
        "tr",
        ("Elif Demir", "elif.demir@bosfor.example.com.tr"),
        "Mülakat daveti",
        sent,
        "10 Aralık Perşembe 14:00 mülakat daveti, bir soruyla.",
        {"kind": "invitation", **timed(start, sent=sent)},
        "Merhaba Alex,\n\nSizi 10 Aralık Perşembe saat 14:00'te ofisimizde mülakata "
        "davet etmek istiyoruz. Bu saat size uygun mu?\n\nSaygılarımızla,\nElif Demir\n",
    )


BUILDERS = [ownask31, recask31, askok31, askho31]

FIGURES = (
    "First sight (quick.py on main at acc5ebe6, before the asks31 rule changes): dev "
    "ownask31 false 4/11, recask31 false 3/6, askok31 text 6/6 sure 5/6; held-out askho31 "
    "text 3/3 sure 3, false 1/4. After the asks31 branch: dev ownask31 false 0/11, recask31 "
    "0/6, askok31 unchanged (6/6, sure 5/6); held-out askho31 unchanged (text 3/3 sure 3, "
    "false 1/4)."
)


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    lines = [
        "# Provenance of the asks31 batch (`build_asks31.py`)",
        "",
        "Times asked for or proposed, next to times set: the candidate's own requests to move, "
        "recruiters who only ask, and invitations that ask a question or confirm a time the "
        "candidate proposed. All text is ours; people, companies and addresses are made up; no "
        "template is rendered. Labels follow the corpus policy (README, propose24): one slot "
        "the employer offers as a question is an invitation; a move only asked and the "
        "candidate's own proposal are not; a move made is a reschedule to the new slot. Every "
        "label was written from the datetimes the text is rendered from, before the parser "
        "was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families (chosen before anything was measured): {', '.join(held)}; "
        "their files are not listed here.",
        "",
        FIGURES,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_asks31.py`.",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {SPLITS[name]}): {SOURCES[name]}")
    lines += ["", "## Dev files", ""]
    for item in cases:
        if item.split == "dev":
            lines.append(f"- `dev/{item.filename}` ({item.label.get('kind')}): {item.note}")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-asks31.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
