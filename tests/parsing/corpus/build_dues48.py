# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "dues48" batch: text invitations where a deadline clock (reply, confirm, submit
a form, upload papers, finish a test, check in online, cancel free of charge until) stands
beside the interview's clock, on the same day, the day before or in the subject; controls
where the same words build the interview's range ('das 9h até às 10h', 'von 9 bis 10 Uhr')
and look-alikes that give only a deadline and no interview time.

Run: .venv/bin/python tests/parsing/corpus/build_dues48.py

pt-BR, pt-PT, es, fr, it, de, nl, pl, sv, da, cs, tr, ja, zh, ko, ru. All prose ours; people
and companies made up. Every label comes from the datetimes the text is rendered from
(zoneinfo) and was written before the parser was run on any message of the batch. Held-out
families drawn by `random.Random("dues48 coin").sample(sorted(FAMILIES), 2)` before
anything was written. Helpers come from build_parse-pos.py (loaded, not copied).
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
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
Case, mail = pp.Case, pp.mail
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written for this corpus"
LIC = "text ours"

FAMILIES = {
    "replyby48": "A reply or confirm deadline on the interview's own day, before its clock "
    "('confirme até as 9h do mesmo dia; a entrevista é às 14h', 'bitte bis 10 Uhr "
    "bestätigen … um 15 Uhr'), in the same sentence or the next.",
    "daybefore48": "A form, upload or test due the day before the interview ('até às 18h "
    "do dia anterior', 'bis 18 Uhr am Vortag', 'la veille avant 17h', '前日の17時までに').",
    "checkin48": "An online check-in or a free cancellation that closes on the "
    "interview's day or the day before ('check in online until 8:30', 'kostenlos "
    "stornierbar bis 12 Uhr').",
    "subjdue48": "The deadline's clock in the subject line ('Bitte bis 12 Uhr bestätigen', "
    "'Responder até 10h'), the interview's clock in the body.",
    "duerange48": "Controls: the same words build the interview's range ('das 9h até às "
    "10h', 'von 14 bis 15 Uhr', 'dalle 10 fino alle 11', 'van 9 tot 10 uur', 'od 10 do "
    "11', '10時から11時まで'); start and end are the range's.",
    "dueonly48": "Look-alikes: only a deadline is given and no interview time is set "
    "('responda até as 12h de sexta para marcarmos', 'bitte bis Freitag 12 Uhr einen "
    "Termin wählen'); not invitations.",
}
HELD = frozenset(random.Random("dues48 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
ZONE = {
    "en-GB": "Europe/London",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pt-BR": "America/Sao_Paulo",
    "pt-PT": "Europe/Lisbon",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "da": "Europe/Copenhagen",
    "cs": "Europe/Prague",
    "tr": "Europe/Istanbul",
    "ja": "Asia/Tokyo",
    "zh": "Asia/Shanghai",
    "ko": "Asia/Seoul",
    "ru": "Europe/Moscow",
}


def _at(lang: str, v: tuple[int, ...]) -> datetime:
    return pp.at(*v[:5], ZONE[lang], DAYS[v[5]] if len(v) > 5 else "")


def add(
    fam: str,
    lang: str,
    name: str,
    who: tuple[str, str],
    subject: str,
    sent: tuple[int, ...],
    start: tuple[int, ...] | None,
    end: tuple[int, ...] | None,
    text: str,
    note: str,
) -> None:
    """One mail; the label is written from the tuples the text was written from (wall time
    in the sender's zone; no mail here names a zone)."""
    sent_at = _at(lang, sent)
    if start is None:
        label: dict[str, object] = {"kind": "not_invitation"}
    else:
        label = {
            "kind": "invitation",
            **pp.timed(_at(lang, start), _at(lang, end) if end else None, sent=sent_at),
        }
    raw = mail(
        f"dues48 {fam} {lang} {name}",
        sender=who,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=text,
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


def build_replyby() -> None:
    f = "replyby48"
    add(
        f,
        "pt-BR",
        "ate_as_9h_do_mesmo_dia",
        ("Juliana Prado", "juliana.prado@trilha-logistica.example.com.br"),
        "Entrevista - Analista de Planejamento",
        (2026, 10, 19, 16, 20, MON),
        (2026, 10, 22, 14, 0, THU),
        None,
        "Olá, Alex!\n\nSua entrevista com a gestora da área ficou para quinta-feira, 22 de outubro, às 14h, no nosso escritório da Av. Paulista, 1200 - 8º andar.\n\nPedimos que confirme sua presença respondendo este e-mail até as 9h do mesmo dia.\n\nQualquer dúvida, estou à disposição.\n\nAtenciosamente,\nJuliana Prado\nRecrutamento e Seleção | Trilha Logística",
        "'às 14h' then 'confirme … até as 9h do mesmo dia': the deadline is that morning.",
    )
    add(
        f,
        "pt-PT",
        "responder_ate_as_10h_entrevista_15h",
        ("Inês Figueiredo", "ines.figueiredo@marelusa.example.pt"),
        "Entrevista na Marelusa",
        (2026, 11, 9, 11, 5, MON),
        (2026, 11, 12, 15, 0, THU),
        None,
        "Caro Alex,\n\nNa sequência da sua candidatura, convidamo-lo para uma entrevista na quinta-feira, 12 de novembro. Agradecemos que nos responda até às 10h desse dia a confirmar a sua presença; a entrevista está marcada para as 15h, por Teams.\n\nCom os melhores cumprimentos,\nInês Figueiredo\nRecursos Humanos, Marelusa S.A.",
        "'responda até às 10h desse dia' before 'a entrevista está marcada para as 15h'.",
    )
    add(
        f,
        "es",
        "confirma_antes_de_las_12_entrevista_17",
        ("Lucía Serrano", "lucia.serrano@norte-energia.example.es"),
        "Entrevista por videollamada",
        (2027, 2, 12, 9, 40, FRI),
        (2027, 2, 16, 17, 0, TUE),
        (2027, 2, 16, 17, 45, TUE),
        "Hola Alex:\n\nTe propongo el martes 16 de febrero para la entrevista con el equipo técnico. Por favor, confírmame antes de las 12:00 de ese mismo día si te viene bien; la entrevista sería a las 17:00 y dura unos 45 minutos.\n\nUn saludo,\nLucía Serrano\nSelección, Norte Energía",
        "'confírmame antes de las 12:00 de ese mismo día'; interview 'a las 17:00', 45 minutes.",
    )
    add(
        f,
        "fr",
        "repondre_avant_11h_entretien_16h",
        ("Camille Lefort", "camille.lefort@brume-conseil.example.fr"),
        "Entretien le mardi 3 novembre",
        (2026, 10, 29, 14, 10, THU),
        (2026, 11, 3, 16, 0, TUE),
        None,
        "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien le mardi 3 novembre à 16h dans nos locaux (12 rue des Tanneurs, Lyon).\n\nMerci de nous confirmer votre venue avant 11h le jour même, afin que nous puissions prévenir l'accueil.\n\nCordialement,\nCamille Lefort\nRessources humaines",
        "The slot first; 'confirmer … avant 11h le jour même' after it.",
    )
    add(
        f,
        "de",
        "bis_10_uhr_bestaetigen_um_15_uhr",
        ("Tobias Brandt", "t.brandt@elbwerk-maschinen.example.de"),
        "Ihr Vorstellungsgespräch am 10. Dezember",
        (2026, 12, 7, 8, 30, MON),
        (2026, 12, 10, 15, 0, THU),
        (2026, 12, 10, 16, 0, THU),
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern am Donnerstag, 10. Dezember 2026 kennenlernen. Bitte bestätigen Sie uns den Termin bis 10 Uhr an diesem Tag per E-Mail. Das Gespräch findet um 15 Uhr statt und dauert etwa eine Stunde, genauer: bis 16 Uhr.\n\nMit freundlichen Grüßen\nTobias Brandt\nPersonalabteilung, Elbwerk Maschinenbau GmbH",
        "'bis 10 Uhr an diesem Tag' bestätigen; 'um 15 Uhr … bis 16 Uhr'.",
    )
    add(
        f,
        "it",
        "conferma_entro_le_10_colloquio_alle_15",
        ("Giulia Ferrante", "giulia.ferrante@vallepiana.example.it"),
        "Colloquio Vallepiana",
        (2027, 1, 18, 17, 0, MON),
        (2027, 1, 21, 15, 30, THU),
        None,
        "Gentile Alex,\n\nle confermiamo il colloquio per giovedì 21 gennaio. Le chiediamo di rispondere entro le 10:00 del giorno stesso per confermare; il colloquio si terrà alle 15:30 presso la sede di Bergamo.\n\nCordiali saluti,\nGiulia Ferrante\nUfficio Risorse Umane",
        "'entro le 10:00 del giorno stesso' before 'alle 15:30'.",
    )
    add(
        f,
        "nl",
        "uiterlijk_12_uur_gesprek_16_uur",
        ("Femke Bakker", "femke.bakker@dijkstra-bouw.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        (2026, 11, 16, 10, 15, MON),
        (2026, 11, 18, 16, 0, WED),
        None,
        "Beste Alex,\n\nGraag nodigen we je uit voor een gesprek op woensdag 18 november. Wil je vóór 12:00 uur die dag laten weten of je komt? Het gesprek begint om 16:00 uur op ons kantoor in Utrecht.\n\nMet vriendelijke groet,\nFemke Bakker\nHR, Dijkstra Bouw",
        "'vóór 12:00 uur die dag laten weten'; 'om 16:00 uur'.",
    )
    add(
        f,
        "pl",
        "potwierdz_do_9_rozmowa_o_13",
        ("Marta Wiśniewska", "marta.wisniewska@zielona-siec.example.pl"),
        "Zaproszenie na rozmowę",
        (2027, 3, 22, 12, 0, MON),
        (2027, 3, 25, 13, 0, THU),
        None,
        "Dzień dobry,\n\nzapraszamy na rozmowę w czwartek 25 marca. Prosimy o potwierdzenie obecności do godz. 9:00 tego samego dnia, a sama rozmowa odbędzie się o 13:00 w biurze przy ul. Długiej 5 w Gdańsku.\n\nPozdrawiam,\nMarta Wiśniewska\nDział HR",
        "'potwierdzenie … do godz. 9:00 tego samego dnia'; 'o 13:00'.",
    )
    add(
        f,
        "ja",
        "onaji_hi_10ji_made_ni_henshin",
        ("山本 美咲", "m.yamamoto@sakura-denki.example.jp"),
        "二次面接のご案内",
        (2026, 10, 9, 10, 0, FRI),
        (2026, 10, 14, 15, 0, WED),
        None,
        "Alex Morgan様\n\nさくら電機 人事部の山本です。\n二次面接を10月14日（水）15:00より弊社本社にて行います。\nご出席の可否を、当日10時までにご返信ください。\n\nよろしくお願いいたします。\n山本 美咲",
        "'15:00より' then '当日10時までにご返信ください'.",
    )
    add(
        f,
        "zh",
        "dangtian_10dian_qian_queren",
        ("王 婷", "wang.ting@haina-tech.example.cn"),
        "面试通知",
        (2026, 12, 1, 9, 30, TUE),
        (2026, 12, 3, 14, 30, THU),
        None,
        "Alex 您好：\n\n请于当天上午10点前回复确认是否参加。面试时间为12月3日（周四）下午2:30，地点：上海市浦东新区张江路88号海纳科技3楼。\n\n海纳科技 人力资源部\n王婷",
        "'当天上午10点前回复确认' before '12月3日…下午2:30'.",
    )
    add(
        f,
        "tr",
        "saat_10a_kadar_onay_gorusme_14",
        ("Elif Kaya", "elif.kaya@mavi-lojistik.example.com.tr"),
        "Mülakat daveti",
        (2027, 2, 1, 11, 0, MON),
        (2027, 2, 4, 14, 0, THU),
        None,
        "Merhaba Alex,\n\nMülakatınız 4 Şubat Perşembe günü saat 14:00'te ofisimizde yapılacaktır. Katılımınızı aynı gün saat 10:00'a kadar e-posta ile onaylamanızı rica ederiz.\n\nSaygılarımızla,\nElif Kaya\nİnsan Kaynakları",
        "'saat 14:00'te' then 'aynı gün saat 10:00'a kadar onaylamanızı'.",
    )
    add(
        f,
        "ko",
        "dangil_9si_kkaji_hoesin",
        ("김 지은", "jieun.kim@hanbit-soft.example.kr"),
        "면접 안내",
        (2026, 11, 2, 15, 0, MON),
        (2026, 11, 4, 16, 0, WED),
        None,
        "Alex Morgan 님 안녕하세요.\n\n면접 일정은 11월 4일(수) 오후 4시입니다. 참석 여부를 당일 오전 9시까지 회신해 주시기 바랍니다.\n\n한빛소프트 인사팀 김지은 드림",
        "'오후 4시' then '당일 오전 9시까지 회신'.",
    )


def build_subjdue() -> None:
    f = "subjdue48"
    add(
        f,
        "de",
        "betreff_bis_12_uhr_bestaetigen",
        ("Sabine Roth", "sabine.roth@kaiserkraft-it.example.de"),
        "Bitte bis 12 Uhr bestätigen: Interview heute 15:30 Uhr",
        (2026, 10, 26, 8, 5, MON),
        (2026, 10, 26, 15, 30, MON),
        None,
        "Hallo Herr Morgan,\n\nwie telefonisch besprochen, sehen wir uns heute um 15:30 Uhr bei uns im Haus (Empfang, 2. OG). Eine kurze Antwort genügt.\n\nViele Grüße\nSabine Roth",
        "The deadline's clock in the subject next to the slot; the body repeats the slot.",
    )
    add(
        f,
        "pt-BR",
        "assunto_responder_ate_10h",
        ("Rafael Nunes", "rafael.nunes@nuvem-azul.example.com.br"),
        "Responder até 10h - entrevista amanhã",
        (2026, 11, 12, 18, 10, THU),
        (2026, 11, 13, 16, 0, FRI),
        None,
        "Oi Alex,\n\nSua entrevista com o Bruno (Head de Dados) está confirmada para amanhã, sexta, 13/11, às 16h, pelo Google Meet. Se não conseguir, me avise pela manhã que remarco.\n\nAbs,\nRafael Nunes\nTalent Acquisition",
        "Subject 'Responder até 10h'; the body's 'às 16h'.",
    )
    add(
        f,
        "es",
        "asunto_confirmar_antes_de_las_11",
        ("Pablo Medina", "pablo.medina@grupo-sierra.example.es"),
        "Confirmar antes de las 11:00 - Entrevista 3 de diciembre",
        (2026, 11, 30, 9, 0, MON),
        (2026, 12, 3, 12, 30, THU),
        None,
        "Hola Alex,\n\nTe escribo para cerrar la entrevista con Marta (directora financiera) el jueves 3 de diciembre a las 12:30 en la oficina de Castellana, 80.\n\nGracias,\nPablo Medina",
        "Subject 'Confirmar antes de las 11:00'; interview 'a las 12:30'.",
    )
    add(
        f,
        "sv",
        "amne_svara_senast_kl_9",
        ("Karin Lindqvist", "karin.lindqvist@norrbyn-energi.example.se"),
        "Svara senast kl. 9 – intervju onsdag 13.00",
        (2027, 1, 18, 14, 0, MON),
        (2027, 1, 20, 13, 0, WED),
        None,
        "Hej Alex!\n\nVi ses på onsdag den 20 januari kl. 13.00 på vårt kontor på Kungsgatan 12. Svara gärna på onsdag morgon så vet receptionen att du kommer.\n\nVänliga hälsningar\nKarin Lindqvist\nHR, Norrbyn Energi",
        "Subject 'Svara senast kl. 9'; interview 'kl. 13.00'.",
    )
    add(
        f,
        "fr",
        "objet_reponse_avant_midi",
        ("Hugo Marchal", "hugo.marchal@pixelrivage.example.fr"),
        "Réponse souhaitée avant 10h : entretien du 12 janvier à 14h",
        (2027, 1, 8, 17, 30, FRI),
        (2027, 1, 12, 14, 0, TUE),
        None,
        "Bonjour Alex,\n\nJe vous propose l'entretien avec notre directrice technique mardi 12 janvier à 14h en visio (lien Teams à suivre).\n\nBien cordialement,\nHugo Marchal",
        "Subject 'Réponse souhaitée avant 10h : entretien … à 14h'.",
    )
    add(
        f,
        "da",
        "emne_svar_senest_kl_10",
        ("Mette Holm", "mette.holm@fjordgrid.example.dk"),
        "Svar senest kl. 10 – samtale torsdag",
        (2026, 10, 12, 13, 0, MON),
        (2026, 10, 15, 14, 30, THU),
        None,
        "Hej Alex\n\nDin samtale hos os er torsdag den 15. oktober kl. 14.30 på Vesterbrogade 40, 3. sal.\n\nVenlig hilsen\nMette Holm\nHR, Fjordgrid",
        "Subject 'Svar senest kl. 10'; body 'kl. 14.30'.",
    )


def build_duerange() -> None:
    f = "duerange48"
    add(
        f,
        "pt-BR",
        "das_9h_ate_as_10h",
        ("Patrícia Lopes", "patricia.lopes@horizonte-seguros.example.com.br"),
        "Entrevista presencial",
        (2026, 10, 1, 10, 0, THU),
        (2026, 10, 6, 9, 0, TUE),
        (2026, 10, 6, 10, 0, TUE),
        "Olá Alex,\n\nSua entrevista será na terça-feira, 6 de outubro, das 9h até às 10h, na Rua Augusta, 500.\n\nAtt,\nPatrícia Lopes\nRH Horizonte Seguros",
        "Control: 'das 9h até às 10h' is the interview's range.",
    )
    add(
        f,
        "de",
        "von_14_bis_15_uhr",
        ("Klaus Weber", "k.weber@hanse-pharma.example.de"),
        "Einladung zum Gespräch",
        (2026, 11, 20, 9, 0, FRI),
        (2026, 11, 24, 14, 0, TUE),
        (2026, 11, 24, 15, 0, TUE),
        "Guten Tag Herr Morgan,\n\nwir laden Sie am Dienstag, 24.11.2026, von 14 bis 15 Uhr zu einem Gespräch ein. Bitte melden Sie sich am Empfang.\n\nFreundliche Grüße\nKlaus Weber",
        "Control: 'von 14 bis 15 Uhr'.",
    )
    add(
        f,
        "it",
        "dalle_10_fino_alle_11",
        ("Marco Bellini", "marco.bellini@orizzonte-dati.example.it"),
        "Colloquio tecnico",
        (2027, 3, 1, 15, 0, MON),
        (2027, 3, 3, 10, 0, WED),
        (2027, 3, 3, 11, 0, WED),
        "Ciao Alex,\n\nil colloquio tecnico è fissato per mercoledì 3 marzo, dalle 10:00 fino alle 11:00, su Google Meet.\n\nA presto,\nMarco Bellini",
        "Control: 'dalle 10:00 fino alle 11:00'.",
    )
    add(
        f,
        "nl",
        "van_9_tot_10_uur",
        ("Joost Visser", "joost.visser@polderdata.example.nl"),
        "Gesprek bij Polderdata",
        (2026, 12, 4, 11, 0, FRI),
        (2026, 12, 9, 9, 0, WED),
        (2026, 12, 9, 10, 0, WED),
        "Hoi Alex,\n\nJe gesprek is op woensdag 9 december van 9:00 tot 10:00 uur bij ons op kantoor in Delft.\n\nGroet,\nJoost Visser",
        "Control: 'van 9:00 tot 10:00 uur'.",
    )
    add(
        f,
        "pl",
        "od_10_do_11",
        ("Anna Kowalczyk", "anna.kowalczyk@wisla-bank.example.pl"),
        "Rozmowa rekrutacyjna",
        (2027, 2, 5, 9, 0, FRI),
        (2027, 2, 9, 10, 0, TUE),
        (2027, 2, 9, 11, 0, TUE),
        "Dzień dobry,\n\nrozmowa odbędzie się we wtorek 9 lutego w godz. od 10:00 do 11:00 w naszym biurze w Krakowie.\n\nPozdrawiam,\nAnna Kowalczyk",
        "Control: 'od 10:00 do 11:00'.",
    )
    add(
        f,
        "fr",
        "de_14h_jusqu_a_15h",
        ("Sophie Garnier", "sophie.garnier@alpes-mobilite.example.fr"),
        "Entretien Alpes Mobilité",
        (2027, 1, 8, 9, 0, FRI),
        (2027, 1, 13, 14, 0, WED),
        (2027, 1, 13, 15, 0, WED),
        "Bonjour Alex,\n\nVotre entretien aura lieu le mercredi 13 janvier de 14h jusqu'à 15h dans nos locaux de Grenoble.\n\nCordialement,\nSophie Garnier",
        "Control: 'de 14h jusqu'à 15h'.",
    )
    add(
        f,
        "ja",
        "10ji_kara_11ji_made",
        ("高橋 翔", "s.takahashi@minato-soft.example.jp"),
        "面接日程のご連絡",
        (2026, 11, 30, 10, 0, MON),
        (2026, 12, 2, 10, 0, WED),
        (2026, 12, 2, 11, 0, WED),
        "Alex Morgan様\n\n面接は12月2日（水）10時から11時まで、弊社会議室にて行います。\n\nみなとソフト 人事部 高橋",
        "Control: '10時から11時まで'.",
    )
    add(
        f,
        "es",
        "de_9_hasta_las_10",
        ("Elena Ruiz", "elena.ruiz@mar-azul.example.es"),
        "Entrevista Mar Azul",
        (2027, 3, 24, 12, 0, WED),
        (2027, 3, 30, 9, 0, TUE),
        (2027, 3, 30, 10, 0, TUE),
        "Hola Alex:\n\nLa entrevista será el martes 30 de marzo de 9:00 hasta las 10:00, en nuestra oficina de Valencia.\n\nSaludos,\nElena Ruiz",
        "Control: 'de 9:00 hasta las 10:00'.",
    )


def build_dueonly() -> None:
    f = "dueonly48"
    add(
        f,
        "pt-BR",
        "responda_ate_as_12h_para_marcarmos",
        ("Carla Mendes", "carla.mendes@vento-sul.example.com.br"),
        "Próxima etapa do processo",
        (2026, 10, 20, 10, 0, TUE),
        None,
        None,
        "Olá Alex,\n\nVocê passou para a etapa de entrevistas! Responda até as 12h de sexta-feira, 23 de outubro, com dois horários livres na semana seguinte para marcarmos a conversa.\n\nAbs,\nCarla Mendes",
        "Look-alike: only the reply deadline; no interview time set.",
    )
    add(
        f,
        "de",
        "bis_freitag_12_uhr_termin_waehlen",
        ("Lea Hoffmann", "lea.hoffmann@nordstern-versicherung.example.de"),
        "Terminauswahl für Ihr Gespräch",
        (2026, 11, 16, 9, 0, MON),
        None,
        None,
        "Hallo Herr Morgan,\n\nbitte wählen Sie bis Freitag, 20. November, 12 Uhr über den folgenden Link einen Termin für Ihr Gespräch aus. Danach verfällt der Link.\n\nViele Grüße\nLea Hoffmann",
        "Look-alike: a booking link's deadline; no slot set.",
    )
    add(
        f,
        "cs",
        "vyplnte_do_16_hodin",
        ("Petra Nováková", "petra.novakova@vltava-systems.example.cz"),
        "Online test – další kolo",
        (2027, 2, 15, 10, 0, MON),
        None,
        None,
        "Dobrý den,\n\nprosíme, vyplňte online test do středy 17. února do 16:00. Po vyhodnocení vás budeme kontaktovat ohledně termínu pohovoru.\n\nS pozdravem\nPetra Nováková\nHR",
        "Look-alike: a test due by 16:00; the interview not yet set.",
    )
    add(
        f,
        "ru",
        "do_18_00_zagruzit_dokumenty",
        ("Ольга Смирнова", "o.smirnova@severtrans.example.ru"),
        "Следующий этап отбора",
        (2026, 12, 7, 11, 0, MON),
        None,
        None,
        "Здравствуйте, Алекс!\n\nПросим загрузить документы в личный кабинет до 18:00 пятницы, 11 декабря. После проверки мы предложим время собеседования.\n\nС уважением,\nОльга Смирнова\nОтдел персонала",
        "Look-alike: an upload due 'до 18:00'; no interview time.",
    )
    add(
        f,
        "ko",
        "geumyoil_6si_kkaji_jechul",
        ("박 서연", "seoyeon.park@daon-bio.example.kr"),
        "서류 제출 안내",
        (2027, 1, 11, 9, 0, MON),
        None,
        None,
        "Alex Morgan 님,\n\n1월 15일(금) 오후 6시까지 인적성 검사를 완료해 주시기 바랍니다. 면접 일정은 결과 확인 후 별도로 안내드리겠습니다.\n\n다온바이오 인사팀 박서연",
        "Look-alike: a test due '오후 6시까지'; no interview time.",
    )


def build_daybefore() -> None:
    f = "daybefore48"
    add(
        f,
        "pt-BR",
        "formulario_ate_as_18h_do_dia_anterior",
        ("Beatriz Almeida", "beatriz.almeida@serra-verde.example.com.br"),
        "Convite para entrevista",
        (2026, 11, 9, 14, 0, MON),
        (2026, 11, 13, 10, 0, FRI),
        None,
        "Olá, Alex!\n\nTemos o prazer de convidá-lo para uma entrevista na sexta-feira, 13 de novembro, às 10h, em nosso escritório de Campinas. Antes disso, preencha o formulário de cadastro até às 18h do dia anterior.\n\nAtenciosamente,\nBeatriz Almeida\nGente & Gestão, Serra Verde",
        "Interview 'às 10h'; the form 'até às 18h do dia anterior'.",
    )
    add(
        f,
        "de",
        "unterlagen_bis_18_uhr_am_vortag",
        ("Martin Krüger", "martin.krueger@isarlicht.example.de"),
        "Vorstellungsgespräch bei Isarlicht",
        (2027, 3, 22, 10, 0, MON),
        (2027, 3, 26, 11, 0, FRI),
        None,
        "Sehr geehrter Herr Morgan,\n\nIhr Vorstellungsgespräch findet am Freitag, 26. März 2027 um 11:00 Uhr in München statt. Bitte laden Sie Ihre Zeugnisse bis 18 Uhr am Vortag in unser Bewerberportal hoch.\n\nMit freundlichen Grüßen\nMartin Krüger",
        "'um 11:00 Uhr'; upload 'bis 18 Uhr am Vortag'.",
    )
    add(
        f,
        "fr",
        "la_veille_avant_17h",
        ("Élodie Perrin", "elodie.perrin@loire-industrie.example.fr"),
        "Convocation à un entretien",
        (2026, 10, 19, 9, 30, MON),
        (2026, 10, 23, 9, 30, FRI),
        None,
        "Bonjour Alex,\n\nMerci de compléter le questionnaire en ligne la veille avant 17h. Votre entretien est fixé au vendredi 23 octobre à 9h30 à notre siège de Nantes.\n\nCordialement,\nÉlodie Perrin",
        "The questionnaire 'la veille avant 17h' first, then the slot.",
    )
    add(
        f,
        "ja",
        "zenjitsu_17ji_made_ni_tekisei_kensa",
        ("中村 彩", "a.nakamura@asahi-kogyo.example.jp"),
        "最終面接のご案内",
        (2027, 2, 12, 11, 0, FRI),
        (2027, 2, 17, 13, 30, WED),
        None,
        "Alex Morgan様\n\n最終面接の日程をご案内いたします。\n日時：2月17日（水）13:30〜\n場所：本社5階\n\n前日の17時までに適性検査の受検を完了してください。\n\n旭工業 人事部 中村",
        "Slot '13:30〜'; the test '前日の17時までに'.",
    )
    add(
        f,
        "sv",
        "senast_kl_16_dagen_innan",
        ("Sara Ek", "sara.ek@malarsten.example.se"),
        "Inbjudan till intervju",
        (2026, 12, 1, 13, 0, TUE),
        (2026, 12, 3, 10, 0, THU),
        None,
        "Hej Alex,\n\nVälkommen på intervju torsdag 3 december kl. 10.00 på Mälarsten, Hamngatan 4. Ladda upp dina betyg senast kl. 16 dagen innan.\n\nHälsningar\nSara Ek",
        "'kl. 10.00'; upload 'senast kl. 16 dagen innan'.",
    )
    add(
        f,
        "zh",
        "qian_yi_tian_18dian_qian",
        ("李 娜", "li.na@xingchen-auto.example.cn"),
        "面试邀请",
        (2027, 1, 18, 10, 0, MON),
        (2027, 1, 21, 9, 30, THU),
        None,
        "Alex 您好：\n\n诚邀您参加面试。请于面试前一天18:00前上传身份证和学历证明。面试时间：1月21日（周四）上午9:30，地点：星辰汽车北京总部。\n\n人力资源部 李娜",
        "Upload '前一天18:00前' first, then '上午9:30'.",
    )


def build_checkin() -> None:
    f = "checkin48"
    add(
        f,
        "es",
        "check_in_online_hasta_las_830",
        ("Nuria Castillo", "nuria.castillo@atlantica-retail.example.es"),
        "Tu entrevista en Atlántica",
        (2026, 10, 2, 12, 0, FRI),
        (2026, 10, 7, 9, 0, WED),
        None,
        "Hola Alex,\n\nTu entrevista es el miércoles 7 de octubre a las 9:00. Haz el check-in online hasta las 8:30 de ese día desde el enlace de abajo; así te tendremos la acreditación lista en recepción.\n\nUn saludo,\nNuria Castillo",
        "'a las 9:00'; the online check-in 'hasta las 8:30 de ese día'.",
    )
    add(
        f,
        "de",
        "kostenlos_stornierbar_bis_12_uhr",
        ("Jana Schulz", "jana.schulz@bergblick-hotels.example.de"),
        "Ihr Interviewtermin am 4. Februar",
        (2027, 1, 28, 16, 0, THU),
        (2027, 2, 4, 14, 0, THU),
        None,
        "Hallo Herr Morgan,\n\nhiermit bestätigen wir Ihr Interview am Donnerstag, 4. Februar 2027 um 14 Uhr im Hotel Bergblick Garmisch. Der Termin ist bis 12 Uhr am Vortag kostenlos stornierbar; danach können wir Ihre Anreisekosten leider nicht mehr erstatten.\n\nViele Grüße\nJana Schulz",
        "'um 14 Uhr'; cancel free 'bis 12 Uhr am Vortag'.",
    )
    add(
        f,
        "it",
        "annullare_gratis_fino_alle_9",
        ("Chiara Monti", "chiara.monti@laguna-viaggi.example.it"),
        "Colloquio confermato",
        (2026, 11, 20, 10, 0, FRI),
        (2026, 11, 24, 11, 0, TUE),
        None,
        "Gentile Alex,\n\nil suo colloquio è confermato per martedì 24 novembre. Può annullare gratuitamente il posto fino alle 9:00 del giorno stesso; il colloquio inizia alle 11:00 presso la sede di Venezia Mestre.\n\nCordiali saluti,\nChiara Monti",
        "Cancel 'fino alle 9:00 del giorno stesso'; 'alle 11:00'.",
    )
    add(
        f,
        "cs",
        "online_registrace_do_8_hodin",
        ("Lucie Dvořáková", "lucie.dvorakova@morava-tech.example.cz"),
        "Pozvánka na pohovor",
        (2027, 3, 19, 9, 0, FRI),
        (2027, 3, 24, 10, 30, WED),
        None,
        "Dobrý den,\n\nzveme vás na pohovor ve středu 24. března v 10:30 v naší kanceláři v Brně. Online registraci prosím dokončete do 8:00 téhož dne.\n\nS pozdravem\nLucie Dvořáková",
        "'v 10:30'; the online registration 'do 8:00 téhož dne'.",
    )
    add(
        f,
        "nl",
        "online_inchecken_tot_8_uur",
        ("Lotte Jansen", "lotte.jansen@zeeland-energie.example.nl"),
        "Bevestiging gesprek",
        (2026, 12, 7, 15, 0, MON),
        (2026, 12, 10, 10, 0, THU),
        None,
        "Hoi Alex,\n\nJe gesprek is op donderdag 10 december om 10:00 uur in Middelburg. Je kunt tot 8:00 uur die ochtend online inchecken via de link in de app.\n\nGroet,\nLotte Jansen",
        "'om 10:00 uur'; check in 'tot 8:00 uur die ochtend'.",
    )


BUILDERS = (
    build_replyby,
    build_subjdue,
    build_duerange,
    build_dueonly,
    build_daybefore,
    build_checkin,
)

FIRST_SIGHT = (
    "First sight (main 848efe64, before any parser change; quick.py): dev text 23 of 26 "
    "right (replyby48 9/12, subjdue48 6/6, duerange48 8/8), 0 of 5 look-alikes claimed "
    "(dueonly48); the 3 misses took the reply deadline's clock on the interview's day "
    "('bis 10 Uhr an diesem Tag', 'vóór 12:00 uur die dag', 'do godz. 9:00 tego samego "
    "dnia'). Held out text 11 of 11 right (daybefore48 6/6, checkin48 5/5)."
)
AFTER = (
    "After this batch's parser change (when.py: a deadline's clock yields to the next "
    "sentence's or line's clock that names the interview; 'that day' words after a "
    "deadline's hour; Polish and Czech 'do godz.', 'do godziny', 'do hod.', Dutch 'vóór', 'até as', 'antes de "
    "las' as deadline words): dev text 26 of 26, 0 of 5 look-alikes claimed; held out 11 "
    "of 11 (unchanged). Files that existed before the batch (quick.py against main "
    "848efe64): 1 BETTER, 0 WORSE, 10 CHANGED (look-alikes whose deadline lost its time, "
    "still not claimed). Bare Czech/Slovak 'do 8:00' (by 8) is not a deadline word: it "
    "collides with English 'do' and Flemish 'do' (Thursday)."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label["kind"])
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(HELD)
    lines = [
        "# Provenance of the dues48 batch (`build_dues48.py`)",
        "",
        "Hand-written invitations and look-alikes where a deadline clock (reply, confirm, "
        "upload, a form or test, an online check-in, a free cancellation) stands beside the "
        "interview's clock. All prose is ours; people, companies and addresses are made up; "
        "no product template is rendered. Every label was written from the datetimes the "
        "text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('dues48 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rules used: the interview's own start; its end only where a range or an exact "
        "end is stated; a deadline's clock gives neither; a mail that sets no interview time "
        "is not an invitation. All wall time (`tz_stated: false`).",
        "",
        FIRST_SIGHT,
        "",
        AFTER,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_dues48.py`.",
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-dues48.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
