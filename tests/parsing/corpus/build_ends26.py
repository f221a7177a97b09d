"""Write the "ends26" batch: text invitations (no calendar part) whose END is stated the ways
people and tools state it.

Run: .venv/bin/python tests/parsing/corpus/build_ends26.py

Ranges ('10am – 11am', '14:00–14:45 Uhr', 'from 3 to 3:45 pm', 'od 9. do 10. ure', '오후
2시~3시', '14:00〜15:00', 'من 10:00 إلى 11:00'), ranges across noon ('11:30am-12:15pm'),
ranges with the zone between their ends ('10:00 AM ET – 10:45 AM ET'), label/value blocks
('End:', 'Ende:', 'Fin :', 'Konec:', 'Kraj:'), stated lengths ('for 45 minutes', '1 hour',
'1,5 Stunden', '所要時間：45分', '45 分钟', '45 דקות', '45 دقيقة'), multi-session loops whose
end is the last session's end, and controls whose end is not stated (a start label with no end,
'we should be done by lunchtime', 'about an hour') that must carry no end label.

Languages: en (US, GB, AU, IN), de, fr, es, it, nl, pt-BR, pl, cs, sk, sl, hr, uk, ru, ja, ko,
zh, zh-TW, th, km, vi, am, ar, he, fa, sv.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Helpers follow build_timeline25.py (mail helpers of build_parse-pos.py, loaded).
Output is deterministic; the script deletes or writes only files of its own families.
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
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; invitations typed by recruiters, coordinators and assistants, and the "
    "label/value blocks of scheduling tools, written for this corpus from memory of such mail, "
    "no template or third-party text copied; " + OWN
)
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "rangeen26": "dev",
    "rangeeu26": "dev",
    "slavic26": "dev",
    "asia26": "dev",
    "rtl26": "dev",
    "loops26": "dev",
    "labelblk26": "dev",
    "noend26": "dev",
    "rangeenx26": "heldout",
    "slavicx26": "heldout",
    "asiax26": "heldout",
    "loopsx26": "heldout",
}

SOURCES = {
    "rangeen26": "English ranges and lengths (en-US, en-GB): '10am – 11am', 'from 3 to 3:45 "
    "pm', '11:30am-12:15pm' across noon, '10:00 AM ET – 10:45 AM ET' with the zone between, "
    "'for 45 minutes', 'blocked 1 hour', 'noon to 1pm'.",
    "rangeeu26": "Ranges and lengths in German, French, Spanish, Italian, Dutch and Brazilian "
    "Portuguese: '14:00–14:45 Uhr', 'von 10 bis 11 Uhr', 'de 14h à 15h', 'de 10:00 a 11:00', "
    "'dalle 15 alle 16', 'van 13.30 tot 14.15 uur', 'das 9h às 10h', 'Dauer: 1,5 Stunden'.",
    "slavic26": "Slovenian, Croatian, Ukrainian, Polish and Czech ranges and lengths: 'od 9. do "
    "10. ure', 'od 10 do 11 sati', 'з 10:00 до 11:00', 'w godz. 10:00–11:00', 'od 13:00 do "
    "14:00', 'potrwa 45 minut', 'тривалість — 1 година'.",
    "asia26": "Japanese, Korean, Chinese, Thai and Khmer ranges and lengths: '14:00〜15:00', "
    "'所要時間：45分', '오후 2시~3시', '소요 시간: 1시간', '下午2点至3点', '时长：45 分钟', "
    "'10.00 - 11.00 น.', 'ម៉ោង ២:០០ ដល់ ៣:០០ រសៀល'.",
    "rtl26": "Arabic, Hebrew and Persian ranges and lengths, and Amharic in the Ethiopian "
    "calendar and clock: 'من الساعة 10:00 إلى الساعة 11:00', 'مدة المقابلة 45 دقيقة', 'בין "
    "השעות 10:00-11:00', 'משך: 45 דקות', 'از ساعت ۱۰ تا ۱۱', 'ከቀኑ 8:00 እስከ 9:00 ሰዓት'.",
    "loops26": "Interview loops of several sessions in a timetable (en-US, en-GB, de, fr, es): "
    "back to back or with breaks; the end is the last session's end.",
    "labelblk26": "Label/value blocks of scheduling tools and coordinators: 'Start:/End:', "
    "'Beginn:/Ende:', 'Début :/Fin :', 'Inicio:/Fin:', 'Začátek:/Konec:', 'Time: 10:00 AM - "
    "10:45 AM', 'Duration: 45 minutes'.",
    "noend26": "Invitations with a start and no end stated: a start label with no end row, "
    "'about an hour', 'should be done by lunchtime', 'Ende: offen', 'Durée : à confirmer' "
    "(en, de, fr, es, pl, ja); labelled without an end.",
    "rangeenx26": "English ranges and lengths from India, Australia and the US: '11:30 AM to "
    "12:30 PM IST', '2.30–3.15pm', 'from 10 till 11', '90 minutes', 'one hour'.",
    "slavicx26": "Croatian, Slovak, Russian and Polish ranges and label blocks: 'od 14 do 15 "
    "h', 'od 9:00 do 10:00 hod.', 'с 15:00 до 16:00', 'Koniec: 11:30'.",
    "asiax26": "Traditional Chinese, Korean, Japanese, Vietnamese and Thai ranges and lengths: "
    "'下午3:00-4:00', '10시부터 11시까지', '10時から11時まで', 'từ 9h đến 10h', "
    "'ตั้งแต่เวลา 13.00 ถึง 14.00 น.'.",
    "loopsx26": "Interview loops in Dutch, Italian, Brazilian Portuguese, Swedish and Australian "
    "English; the end is the last session's end.",
}

NY, CHI, LA, LON, KOL, SYD = (
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Sydney",
)
BER, PAR, MAD, ROM, AMS, SAO, WAW, PRG = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "America/Sao_Paulo",
    "Europe/Warsaw",
    "Europe/Prague",
)
LJU, ZAG, KYI, BTS, MSK, STO = (
    "Europe/Ljubljana",
    "Europe/Zagreb",
    "Europe/Kyiv",
    "Europe/Bratislava",
    "Europe/Moscow",
    "Europe/Stockholm",
)
TYO, SEL, SHA, TPE, BKK, PNH, HCM = (
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Taipei",
    "Asia/Bangkok",
    "Asia/Phnom_Penh",
    "Asia/Ho_Chi_Minh",
)
RUH, JLM, THR, ADD = ("Asia/Riyadh", "Asia/Jerusalem", "Asia/Tehran", "Africa/Addis_Ababa")


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def inv(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    start: tuple[int, int, int, str, int, int],
    minutes: int | None,
    *,
    zone: str | None = None,
    iana: bool = False,
) -> Case:
    """A direct plain-text invitation. start = (y, mo, d, weekday, h, mi) on the sender's wall
    clock unless `zone` (the zone the text states) is given; `iana`: the text pins the zone
    down to one IANA name (labelled); minutes None: the mail states no end."""
    y, mo, d, wd, h, mi = start
    if zone is None:
        begin = at(y, mo, d, h, mi, str(sent.tzinfo), wd)
        end = begin + minutes * MIN if minutes else None
        label = {"kind": "invitation", **timed(begin, end, sent=sent)}
    else:
        begin = at(y, mo, d, h, mi, zone, wd)
        end = begin + minutes * MIN if minutes else None
        label = {"kind": "invitation", **timed(begin, end, zone=zone if iana else None)}
    label["organizer_email"] = sender[1]
    raw = mail(
        f"ends26/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent, text=text
    )
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


# FAMILIES
def rangeen26() -> Iterator[Case]:
    f = "rangeen26"
    yield inv(
        f,
        "en_dash_am",
        "en-US",
        ("Dana Whitfield", "dana@larkspur-analytics.example"),
        "Interview - Data Analyst",
        sent_on(12, 1, 10, NY),
        "'Thursday, December 10, 10am – 11am' with an en dash and no zone.",
        "Hi Alex,\n\nThanks for your time on the phone. We'd like to invite you to a video "
        "interview with our analytics lead on Thursday, December 10, 10am – 11am.\n\nA Zoom "
        "link will follow.\n\nBest,\nDana Whitfield\nLarkspur Analytics",
        (2026, 12, 10, "Thu", 10, 0),
        60,
    )
    yield inv(
        f,
        "from_3_to_345",
        "en-US",
        ("Marcus Lee", "mlee@halvorsen-bio.example"),
        "Next step: interview with Dr. Patel",
        sent_on(12, 2, 9, CHI),
        "'from 3 to 3:45 pm' (meridiem only after the end).",
        "Hi Alex,\n\nDr. Patel can meet you on Tuesday, December 8 from 3 to 3:45 pm at our "
        "Evanston lab, 1820 Ridge Ave.\n\nPlease bring a photo ID for the front desk.\n\n"
        "Marcus Lee\nHalvorsen Bio",
        (2026, 12, 8, "Tue", 15, 0),
        45,
    )
    yield inv(
        f,
        "across_noon",
        "en-US",
        ("Priya Raman", "priya@tallgrass.example"),
        "Interview confirmed",
        sent_on(12, 1, 14, CHI),
        "'11:30am-12:15pm' across noon.",
        "Hi Alex,\n\nYou're confirmed for Wednesday 12/9, 11:30am-12:15pm with Sam and "
        "Jo from the platform team. We'll call you on the number you gave us.\n\nPriya",
        (2026, 12, 9, "Wed", 11, 30),
        45,
    )
    yield inv(
        f,
        "zone_between",
        "en-US",
        ("Recruiting at Northpass", "recruiting@northpass.example"),
        "Your interview with Northpass",
        sent_on(12, 2, 11, LA),
        "'10:00 AM ET – 10:45 AM ET': the zone after each end.",
        "Hello Alex,\n\nYour interview is scheduled.\n\nWhen: Friday, December 11, 2026, "
        "10:00 AM ET – 10:45 AM ET\nWhere: Google Meet (link in the calendar invite)\n\n"
        "Northpass Recruiting",
        (2026, 12, 11, "Fri", 10, 0),
        45,
        zone=NY,
    )
    yield inv(
        f,
        "for_45_minutes",
        "en-GB",
        ("Harriet Cole", "harriet.cole@brindle-partners.example"),
        "Interview - Operations Manager",
        sent_on(12, 1, 16, LON),
        "'at 2pm on Monday 14 December, for 45 minutes'.",
        "Dear Alex,\n\nThank you for applying. We would like to invite you to an interview at "
        "2pm on Monday 14 December, for 45 minutes, at our Leeds office (4 Park Row).\n\n"
        "Kind regards,\nHarriet Cole\nBrindle Partners",
        (2026, 12, 14, "Mon", 14, 0),
        45,
    )
    yield inv(
        f,
        "noon_to_1",
        "en-US",
        ("Kelsey Park", "kelsey@ferncliff.example"),
        "Lunch interview",
        sent_on(12, 2, 8, NY),
        "'noon to 1pm' on a named day.",
        "Hi Alex,\n\nOur founder would like to meet over lunch on Wednesday, Dec 16, noon to "
        "1pm, at Café Rumi on 3rd Ave.\n\nKelsey",
        (2026, 12, 16, "Wed", 12, 0),
        60,
    )
    yield inv(
        f,
        "one_hour_blocked",
        "en-US",
        ("Jordan Ellis", "jordan@sunmere.example"),
        "Confirmed: Alex / Dana",
        sent_on(12, 3, 13, LA),
        "Assistant: '9:30am Pacific, Thursday Dec 17. I've put 1 hour on Dana's calendar.'",
        "Hi Alex,\n\nConfirmed for 9:30am Pacific on Thursday, Dec 17. I've put 1 hour on "
        "Dana's calendar; Zoom details will come in a separate invite.\n\nThanks!\nJordan "
        "Ellis\nOffice of the CEO, Sunmere",
        (2026, 12, 17, "Thu", 9, 30),
        60,
        zone=LA,
    )


def rangeeu26() -> Iterator[Case]:
    f = "rangeeu26"
    yield inv(
        f,
        "uhr_range",
        "de",
        ("Julia Brandt", "j.brandt@nordwerk.example"),
        "Einladung zum Vorstellungsgespräch",
        sent_on(12, 1, 10, BER),
        "'am Dienstag, 8. Dezember, 14:00–14:45 Uhr'.",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem "
        "Gespräch am Dienstag, 8. Dezember, 14:00–14:45 Uhr in unser Büro in Köln ein.\n\n"
        "Viele Grüße\nJulia Brandt\nNordwerk GmbH",
        (2026, 12, 8, "Tue", 14, 0),
        45,
    )
    yield inv(
        f,
        "von_bis",
        "de",
        ("Tobias Krämer", "tk@alpenlicht.example"),
        "Gesprächstermin",
        sent_on(12, 2, 9, BER),
        "'von 10 bis 11 Uhr' with hours only.",
        "Hallo Alex,\n\nwie besprochen: Donnerstag, 10.12., von 10 bis 11 Uhr per Teams. "
        "Den Link schicke ich morgen.\n\nBeste Grüße\nTobias",
        (2026, 12, 10, "Thu", 10, 0),
        60,
    )
    yield inv(
        f,
        "dauer_15_std",
        "de",
        ("Personalabteilung", "personal@kessler-bau.example"),
        "Ihr Vorstellungsgespräch",
        sent_on(12, 1, 15, BER),
        "'um 9:30 Uhr' and 'Dauer: 1,5 Stunden (inkl. Fallstudie)'.",
        "Sehr geehrte/r Alex Morgan,\n\nwir freuen uns, Sie am Montag, den 14. Dezember 2026 "
        "um 9:30 Uhr zu einem Vorstellungsgespräch begrüßen zu dürfen.\nDauer: 1,5 Stunden "
        "(inkl. Fallstudie)\nOrt: Kessler Bau AG, Hafenstraße 3, Hamburg\n\nMit freundlichen "
        "Grüßen\nIhre Personalabteilung",
        (2026, 12, 14, "Mon", 9, 30),
        90,
    )
    yield inv(
        f,
        "de_14h_a_15h",
        "fr",
        ("Camille Roux", "camille.roux@atelier-sorel.example"),
        "Entretien - Chef de projet",
        sent_on(12, 2, 11, PAR),
        "'mercredi 9 décembre de 14h à 15h'.",
        "Bonjour Alex,\n\nJe vous propose un entretien le mercredi 9 décembre de 14h à 15h "
        "dans nos locaux, 12 rue Oberkampf.\n\nBien à vous,\nCamille Roux\nAtelier Sorel",
        (2026, 12, 9, "Wed", 14, 0),
        60,
    )
    yield inv(
        f,
        "de_a_las",
        "es",
        ("Lucía Ferrer", "lferrer@grupo-alba.example"),
        "Entrevista",
        sent_on(12, 1, 12, MAD),
        "'el viernes 11 de diciembre de 10:00 a 11:00'.",
        "Hola Alex:\n\nTe confirmamos la entrevista el viernes 11 de diciembre de 10:00 a "
        "11:00 en nuestra oficina de Madrid (Calle Alcalá 120).\n\nUn saludo,\nLucía Ferrer",
        (2026, 12, 11, "Fri", 10, 0),
        60,
    )
    yield inv(
        f,
        "dalle_alle",
        "it",
        ("Giulia Conti", "g.conti@verdemare.example"),
        "Colloquio",
        sent_on(12, 2, 10, ROM),
        "'martedì 15 dicembre dalle 15 alle 16'.",
        "Gentile Alex,\n\nle confermo il colloquio martedì 15 dicembre dalle 15 alle 16 presso "
        "la nostra sede di Milano.\n\nCordiali saluti,\nGiulia Conti",
        (2026, 12, 15, "Tue", 15, 0),
        60,
    )
    yield inv(
        f,
        "van_tot_uur",
        "nl",
        ("Sanne de Vries", "sanne@polderlab.example"),
        "Uitnodiging sollicitatiegesprek",
        sent_on(12, 1, 9, AMS),
        "'donderdag 17 december van 13.30 tot 14.15 uur'.",
        "Beste Alex,\n\nGraag nodigen we je uit voor een gesprek op donderdag 17 december van "
        "13.30 tot 14.15 uur op ons kantoor in Utrecht.\n\nGroet,\nSanne de Vries",
        (2026, 12, 17, "Thu", 13, 30),
        45,
    )
    yield inv(
        f,
        "das_as",
        "pt-BR",
        ("Renata Alves", "renata@cafezal.example"),
        "Entrevista - Analista",
        sent_on(12, 2, 9, SAO),
        "'quarta-feira, 16 de dezembro, das 9h às 10h'.",
        "Olá Alex,\n\nSua entrevista está marcada para quarta-feira, 16 de dezembro, das 9h às "
        "10h, pelo Google Meet.\n\nAbraços,\nRenata Alves",
        (2026, 12, 16, "Wed", 9, 0),
        60,
    )


def slavic26() -> Iterator[Case]:
    f = "slavic26"
    yield inv(
        f,
        "od_do_ure",
        "sl",
        ("Maja Novak", "maja@lipa-soft.example"),
        "Razgovor za zaposlitev",
        sent_on(12, 1, 10, LJU),
        "'v četrtek, 10. decembra, od 10. do 11. ure'.",
        "Pozdravljeni,\n\nvabimo vas na razgovor v četrtek, 10. decembra 2026, od 10. do 11. "
        "ure v naših prostorih na Dunajski 5.\n\nLep pozdrav,\nMaja Novak",
        (2026, 12, 10, "Thu", 10, 0),
        60,
    )
    yield inv(
        f,
        "od_do_sati",
        "hr",
        ("Ivana Horvat", "ivana@jadran-it.example"),
        "Poziv na razgovor",
        sent_on(12, 2, 9, ZAG),
        "'u utorak, 15. prosinca, od 10 do 11 sati'.",
        "Poštovani Alex,\n\npozivamo Vas na razgovor u utorak, 15. prosinca 2026., od 10 do 11 "
        "sati u našem uredu u Zagrebu.\n\nS poštovanjem,\nIvana Horvat",
        (2026, 12, 15, "Tue", 10, 0),
        60,
    )
    yield inv(
        f,
        "z_do",
        "uk",
        ("Олена Коваль", "olena@dnipro-tech.example"),
        "Запрошення на співбесіду",
        sent_on(12, 1, 11, KYI),
        "'у середу, 9 грудня, з 10:00 до 11:00'.",
        "Добрий день, Алексе!\n\nЗапрошуємо вас на співбесіду у середу, 9 грудня, з 10:00 до "
        "11:00 у Google Meet.\n\nЗ повагою,\nОлена Коваль",
        (2026, 12, 9, "Wed", 10, 0),
        60,
    )
    yield inv(
        f,
        "tryvalist",
        "uk",
        ("Андрій Шевчук", "hr@lvivsoft.example"),
        "Співбесіда",
        sent_on(12, 2, 14, KYI),
        "'о 14:00' and next line 'Тривалість: 45 хвилин'.",
        "Алексе, добрий день!\n\nСпівбесіда відбудеться в четвер, 10 грудня, о 14:00.\n"
        "Тривалість: 45 хвилин.\nФормат: Zoom.\n\nАндрій Шевчук\nLvivSoft",
        (2026, 12, 10, "Thu", 14, 0),
        45,
    )
    yield inv(
        f,
        "w_godz",
        "pl",
        ("Katarzyna Nowak", "k.nowak@wislaco.example"),
        "Zaproszenie na rozmowę",
        sent_on(12, 1, 9, WAW),
        "'w piątek 11 grudnia w godz. 10:00–11:00'.",
        "Dzień dobry,\n\nzapraszam na rozmowę w piątek 11 grudnia w godz. 10:00–11:00 w naszym "
        "biurze przy ul. Prostej 20.\n\nPozdrawiam\nKatarzyna Nowak",
        (2026, 12, 11, "Fri", 10, 0),
        60,
    )
    yield inv(
        f,
        "potrwa_minut",
        "pl",
        ("Marek Zieliński", "marek@baltyk-hr.example"),
        "Rozmowa online",
        sent_on(12, 2, 15, WAW),
        "'o 13:00' and 'Rozmowa potrwa 45 minut.'",
        "Cześć Alex,\n\nrozmowa online w poniedziałek 14 grudnia o 13:00. Rozmowa potrwa 45 "
        "minut.\n\nMarek",
        (2026, 12, 14, "Mon", 13, 0),
        45,
    )
    yield inv(
        f,
        "od_do_cs",
        "cs",
        ("Petra Dvořáková", "petra@vltava-data.example"),
        "Pozvánka na pohovor",
        sent_on(12, 1, 10, PRG),
        "'ve středu 16. prosince od 13:00 do 14:00'.",
        "Dobrý den,\n\nrádi bychom Vás pozvali na pohovor ve středu 16. prosince od 13:00 do "
        "14:00 v naší kanceláři v Brně.\n\nS pozdravem\nPetra Dvořáková",
        (2026, 12, 16, "Wed", 13, 0),
        60,
    )


def asia26() -> Iterator[Case]:
    f = "asia26"
    yield inv(
        f,
        "wave_range",
        "ja",
        ("佐藤 美咲", "sato@kaze-systems.example"),
        "面接日程のご案内",
        sent_on(12, 1, 10, TYO),
        "'12月10日（木）14:00〜15:00'.",
        "Alex Morgan 様\n\nこの度はご応募ありがとうございます。\n面接日時：12月10日（木）"
        "14:00〜15:00\n場所：東京都港区芝5-1-2 風システムズ本社\n\nよろしくお願いいたします。"
        "\n佐藤",
        (2026, 12, 10, "Thu", 14, 0),
        60,
    )
    yield inv(
        f,
        "shoyo_45",
        "ja",
        ("採用担当", "recruit@hinoki.example"),
        "一次面接のご案内",
        sent_on(12, 2, 11, TYO),
        "'12月15日（火）10:30〜' and '所要時間：45分'.",
        "Alex Morgan 様\n\n一次面接を下記のとおりご案内いたします。\n\n日時：12月15日（火）"
        "10:30〜\n所要時間：45分\n方法：Zoom（URLは前日にお送りします）\n\n株式会社ひのき 採用担当",
        (2026, 12, 15, "Tue", 10, 30),
        45,
    )
    yield inv(
        f,
        "ohu_range",
        "ko",
        ("김지현", "jihyun@hanbit.example"),
        "면접 일정 안내",
        sent_on(12, 1, 9, SEL),
        "'12월 9일(수) 오후 2시~3시'.",
        "Alex님 안녕하세요.\n\n면접 일정 안내드립니다.\n일시: 12월 9일(수) 오후 2시~3시\n장소: "
        "서울시 강남구 테헤란로 100, 한빛 8층\n\n감사합니다.\n김지현 드림",
        (2026, 12, 9, "Wed", 14, 0),
        60,
    )
    yield inv(
        f,
        "soyo_1h",
        "ko",
        ("인사팀", "hr@saebyeok.example"),
        "화상 면접 안내",
        sent_on(12, 2, 10, SEL),
        "'12월 11일(금) 오전 10시' and '소요 시간: 1시간'.",
        "안녕하세요, Alex님.\n\n화상 면접 일정: 12월 11일(금) 오전 10시\n소요 시간: 1시간\n"
        "링크는 전날 보내드리겠습니다.\n\n새벽 인사팀",
        (2026, 12, 11, "Fri", 10, 0),
        60,
    )
    yield inv(
        f,
        "zhi_range",
        "zh",
        ("王磊", "wanglei@yunfan.example"),
        "面试邀请",
        sent_on(12, 1, 11, SHA),
        "'12月14日（周一）下午2点至3点'.",
        "Alex 您好：\n\n诚邀您参加面试，时间为12月14日（周一）下午2点至3点，地点：上海市徐汇区"
        "漕溪北路88号云帆科技。\n\n王磊\n人力资源部",
        (2026, 12, 14, "Mon", 14, 0),
        60,
    )
    yield inv(
        f,
        "shichang_45",
        "zh",
        ("招聘组", "hr@qingshan.example"),
        "视频面试安排",
        sent_on(12, 2, 9, SHA),
        "'12月16日（周三）上午10:00' and '时长：45 分钟'.",
        "Alex 您好：\n\n视频面试安排如下：\n时间：12月16日（周三）上午10:00\n时长：45 分钟\n"
        "会议链接将于前一天发送。\n\n青山科技 招聘组",
        (2026, 12, 16, "Wed", 10, 0),
        45,
    )
    yield inv(
        f,
        "na_range",
        "th",
        ("ฝ่ายบุคคล", "hr@chaophraya.example"),
        "นัดสัมภาษณ์งาน",
        sent_on(12, 1, 10, BKK),
        "'วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 10.00 - 11.00 น.' (Buddhist year).",
        "เรียน คุณ Alex\n\nขอเชิญสัมภาษณ์งานในวันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 10.00 - "
        "11.00 น. ณ สำนักงานใหญ่ ถนนสาทร\n\nขอแสดงความนับถือ\nฝ่ายบุคคล",
        (2026, 12, 10, "Thu", 10, 0),
        60,
    )
    yield inv(
        f,
        "dal_range",
        "km",
        ("សុខ ដារា", "dara@mekong-soft.example"),
        "ការសម្ភាសន៍ការងារ",
        sent_on(12, 2, 9, PNH),
        "'ថ្ងៃអង្គារ ទី១៥ ខែធ្នូ ឆ្នាំ២០២៦' / 'ម៉ោង ២:០០ រសៀល ដល់ ៣:០០ រសៀល'.",
        "ជម្រាបសួរ Alex,\n\nយើងសូមអញ្ជើញលោកមកសម្ភាសន៍។\n\nកាលបរិច្ឆេទ៖ ថ្ងៃអង្គារ ទី១៥ ខែធ្នូ "
        "ឆ្នាំ២០២៦\nម៉ោង៖ ២:០០ រសៀល ដល់ ៣:០០ រសៀល\nទីកន្លែង៖ ការិយាល័យ ភ្នំពេញ\n\nអរគុណ,\n"
        "សុខ ដារា",
        (2026, 12, 15, "Tue", 14, 0),
        60,
    )


def rtl26() -> Iterator[Case]:
    f = "rtl26"
    yield inv(
        f,
        "min_ila",
        "ar",
        ("سارة العتيبي", "sara@nakheel-tech.example"),
        "دعوة لمقابلة عمل",
        sent_on(12, 1, 10, RUH),
        "'يوم الأربعاء 9 ديسمبر 2026 من الساعة 10:00 إلى الساعة 11:00'.",
        "عزيزي أليكس،\n\nيسعدنا دعوتك لمقابلة عمل يوم الأربعاء 9 ديسمبر 2026 من الساعة 10:00 "
        "إلى الساعة 11:00 في مكتبنا بالرياض.\n\nمع التحية،\nسارة العتيبي",
        (2026, 12, 9, "Wed", 10, 0),
        60,
    )
    yield inv(
        f,
        "mudda_45",
        "ar",
        ("الموارد البشرية", "hr@wadi-group.example"),
        "موعد المقابلة",
        sent_on(12, 2, 11, RUH),
        "'الساعة 13:00' and 'مدة المقابلة 45 دقيقة'.",
        "مرحباً أليكس،\n\nموعد المقابلة يوم الخميس 10 ديسمبر 2026 الساعة 13:00 عبر Zoom.\n"
        "مدة المقابلة 45 دقيقة.\n\nالموارد البشرية\nمجموعة وادي",
        (2026, 12, 10, "Thu", 13, 0),
        45,
    )
    yield inv(
        f,
        "bein_hashaot",
        "he",
        ("נועה לוי", "noa@gefen-labs.example"),
        "זימון לראיון עבודה",
        sent_on(12, 1, 10, JLM),
        "'ביום שלישי, 8 בדצמבר, בין השעות 10:00-11:00'.",
        "שלום אלכס,\n\nאנו שמחים להזמין אותך לראיון ביום שלישי, 8 בדצמבר 2026, בין השעות "
        "10:00-11:00 במשרדינו בתל אביב.\n\nבברכה,\nנועה לוי",
        (2026, 12, 8, "Tue", 10, 0),
        60,
    )
    yield inv(
        f,
        "meshech_45",
        "he",
        ("מחלקת משאבי אנוש", "hr@tamar-soft.example"),
        "ראיון בזום",
        sent_on(12, 2, 9, JLM),
        "'ביום ראשון, 13 בדצמבר, בשעה 14:00' and 'משך הראיון: 45 דקות'.",
        "היי אלכס,\n\nהראיון ייערך ביום ראשון, 13 בדצמבר 2026, בשעה 14:00 בזום.\nמשך הראיון: 45 "
        "דקות.\n\nמחלקת משאבי אנוש\nתמר סופט",
        (2026, 12, 13, "Sun", 14, 0),
        45,
    )
    yield inv(
        f,
        "az_ta",
        "fa",
        ("مریم احمدی", "maryam@arvand-co.example"),
        "دعوت به مصاحبه",
        sent_on(12, 1, 10, THR),
        "'سه‌شنبه ۱۷ آذر ۱۴۰۵ از ساعت ۱۰ تا ۱۱' (solar hijri date, Persian digits).",
        "آقای الکس مورگان گرامی،\n\nبدین‌وسیله از شما برای مصاحبه در روز سه‌شنبه ۱۷ آذر ۱۴۰۵ از "
        "ساعت ۱۰ تا ۱۱ در دفتر شرکت دعوت می‌شود.\n\nبا احترام،\nمریم احمدی",
        (2026, 12, 8, "Tue", 10, 0),
        60,
    )
    yield inv(
        f,
        "ketewatu_range",
        "am",
        ("ሄኖክ አለሙ", "henok@entoto-pharma.example"),
        "የቃለ መጠይቅ ቀጠሮ",
        sent_on(12, 1, 9, ADD),
        "Ethiopian date 'ረቡዕ ታኅሣሥ 7 ቀን 2019 ዓ.ም.' (16 Dec 2026) and Ethiopian clock "
        "'ከቀኑ 8:00 ሰዓት እስከ 9:00 ሰዓት' (14:00-15:00).",
        "ውድ አሌክስ፣\n\nቃለ መጠይቁ ረቡዕ ታኅሣሥ 7 ቀን 2019 ዓ.ም. ከቀኑ 8:00 ሰዓት እስከ 9:00 ሰዓት "
        "በዋናው ቢሮ ይካሄዳል።\n\nሄኖክ አለሙ\nየሰው ሀብት",
        (2026, 12, 16, "Wed", 14, 0),
        60,
    )


def loops26() -> Iterator[Case]:
    f = "loops26"
    yield inv(
        f,
        "onsite_backtoback",
        "en-US",
        ("Hannah Brooks", "hannah@brightwave.example"),
        "Your onsite schedule - Thursday",
        sent_on(12, 2, 10, LA),
        "Back-to-back loop 9:00-12:00 in three sessions; end = last session's end.",
        "Hi Alex,\n\nHere is your onsite schedule for Thursday, December 10:\n\n"
        "9:00-9:45  Coding with Sam Ortiz\n9:45-10:45  System design with Priya Raman\n"
        "10:45-12:00  Hiring manager and lunch with Dana Cho\n\nPlease check in at reception "
        "on floor 3.\n\nHannah",
        (2026, 12, 10, "Thu", 9, 0),
        180,
    )
    yield inv(
        f,
        "breaks_gb",
        "en-GB",
        ("Chloe Grant", "chloe@harbourline.example"),
        "Interview timetable - Tuesday 15 December",
        sent_on(12, 3, 11, LON),
        "Loop with 15-minute breaks 10:00-12:15; end = last session's end.",
        "Hi Alex,\n\nThanks for confirming. Your timetable for Tuesday 15 December at our "
        "Bristol office:\n\n10:00 - 10:45   Technical conversation with Grace Lim\n"
        "11:00 - 11:30   Culture chat with Tom Reid\n11:45 - 12:15   Hiring manager, Ben "
        "Walsh\n\nAsk for me at reception.\n\nChloe",
        (2026, 12, 15, "Tue", 10, 0),
        135,
    )
    yield inv(
        f,
        "ablauf_de",
        "de",
        ("Lena Vogt", "lena.vogt@rheinkraft.example"),
        "Ihr Ablauf am Mittwoch",
        sent_on(12, 2, 14, BER),
        "German programme 'Ablauf' 13:00–16:00 in three parts.",
        "Hallo Alex,\n\nhier der Ablauf für Mittwoch, 16. Dezember:\n\n13:00–14:00 Uhr  "
        "Fachgespräch mit Herrn Maier\n14:00–15:00 Uhr  Fallstudie\n15:00–16:00 Uhr  "
        "Gespräch mit der Geschäftsführung\n\nBitte melden Sie sich am Empfang.\n\nLena Vogt",
        (2026, 12, 16, "Wed", 13, 0),
        180,
    )
    yield inv(
        f,
        "programme_fr",
        "fr",
        ("Élise Martin", "elise@lumen-conseil.example"),
        "Programme de votre journée d'entretiens",
        sent_on(12, 1, 15, PAR),
        "French programme 9h30–12h with a break; end = last slot's end.",
        "Bonjour Alex,\n\nVoici le programme du vendredi 11 décembre :\n\n- 9h30 - 10h15 : "
        "entretien avec Sophie (RH)\n- 10h30 - 11h15 : entretien technique avec Karim\n"
        "- 11h15 - 12h00 : échange avec le directeur\n\nÀ bientôt,\nÉlise Martin",
        (2026, 12, 11, "Fri", 9, 30),
        150,
    )
    yield inv(
        f,
        "agenda_es",
        "es",
        ("Pablo Ruiz", "pablo@solmar.example"),
        "Agenda de tu jornada de entrevistas",
        sent_on(12, 2, 10, MAD),
        "Spanish agenda 10:00–13:00 back to back.",
        "Hola Alex:\n\nTe paso la agenda del lunes 14 de diciembre:\n\n10:00 - 11:00  "
        "Entrevista con el equipo técnico\n11:00 - 12:00  Prueba práctica\n12:00 - 13:00  "
        "Entrevista con dirección\n\nUn saludo,\nPablo Ruiz",
        (2026, 12, 14, "Mon", 10, 0),
        180,
    )


def labelblk26() -> Iterator[Case]:
    f = "labelblk26"
    yield inv(
        f,
        "start_end_en",
        "en-US",
        ("Scheduling", "scheduling@corvid-hire.example"),
        "Interview scheduled: Product Designer",
        sent_on(12, 1, 9, NY),
        "Tool block 'Date: / Start: 1:00 PM / End: 1:45 PM'.",
        "Hi Alex,\n\nYour interview has been scheduled.\n\nDate: Tuesday, December 8, 2026\n"
        "Start: 1:00 PM\nEnd: 1:45 PM\nInterviewer: Morgan Yu\n\nCorvid Hire",
        (2026, 12, 8, "Tue", 13, 0),
        45,
    )
    yield inv(
        f,
        "beginn_ende",
        "de",
        ("Terminbuchung", "termine@stadtwerke-lind.example"),
        "Terminbestätigung",
        sent_on(12, 2, 9, BER),
        "'Datum: 10.12.2026 / Beginn: 09:00 Uhr / Ende: 09:45 Uhr'.",
        "Guten Tag Alex Morgan,\n\nIhr Termin wurde bestätigt.\n\nDatum: 10.12.2026\nBeginn: "
        "09:00 Uhr\nEnde: 09:45 Uhr\nArt: Vorstellungsgespräch\n\nStadtwerke Lind",
        (2026, 12, 10, "Thu", 9, 0),
        45,
    )
    yield inv(
        f,
        "debut_fin",
        "fr",
        ("Prise de rendez-vous", "rdv@mairie-orval.example"),
        "Confirmation de rendez-vous",
        sent_on(12, 1, 11, PAR),
        "'Date : 15/12/2026 / Début : 14h00 / Fin : 14h30'.",
        "Bonjour Alex Morgan,\n\nVotre rendez-vous est confirmé.\n\nObjet : entretien de "
        "recrutement\nDate : 15/12/2026\nDébut : 14h00\nFin : 14h30\n\nMairie d'Orval",
        (2026, 12, 15, "Tue", 14, 0),
        30,
    )
    yield inv(
        f,
        "inicio_fin",
        "es",
        ("Reservas", "reservas@clinica-sur.example"),
        "Cita confirmada",
        sent_on(12, 2, 12, MAD),
        "'Fecha: 16/12/2026 / Inicio: 11:00 / Fin: 11:40'.",
        "Hola Alex Morgan,\n\nSu cita ha sido confirmada.\n\nServicio: Entrevista personal\n"
        "Fecha: 16/12/2026\nInicio: 11:00\nFin: 11:40\n\nClínica Sur",
        (2026, 12, 16, "Wed", 11, 0),
        40,
    )
    yield inv(
        f,
        "zacatek_konec",
        "cs",
        ("Rezervace", "rezervace@brno-tech.example"),
        "Potvrzení termínu",
        sent_on(12, 1, 10, PRG),
        "'Datum: 17. 12. 2026 / Začátek: 10:00 / Konec: 10:30'.",
        "Dobrý den,\n\nváš termín byl potvrzen.\n\nDatum: 17. 12. 2026\nZačátek: 10:00\n"
        "Konec: 10:30\nSlužba: Pohovor\n\nBrno Tech",
        (2026, 12, 17, "Thu", 10, 0),
        30,
    )
    yield inv(
        f,
        "time_range_row",
        "en-GB",
        ("Bookings", "bookings@quayside.example"),
        "Booking confirmed",
        sent_on(12, 2, 15, LON),
        "'Time: 10:00 AM - 10:45 AM' row and 'Duration: 45 minutes'.",
        "Hi Alex,\n\nYour booking is confirmed.\n\nService: Interview - Account Manager\n"
        "Date: Friday 11 December 2026\nTime: 10:00 AM - 10:45 AM\nDuration: 45 minutes\n\n"
        "Quayside Recruitment",
        (2026, 12, 11, "Fri", 10, 0),
        45,
    )
    yield inv(
        f,
        "duration_row",
        "en-US",
        ("Talent Team", "talent@oakridge.example"),
        "Phone screen scheduled",
        sent_on(12, 1, 13, CHI),
        "'Time: 3:30 PM' and 'Duration: 30 minutes' rows.",
        "Hi Alex,\n\nYour phone screen is set.\n\nDate: Monday, December 14, 2026\nTime: 3:30 "
        "PM\nDuration: 30 minutes\nWe will call you.\n\nOakridge Talent Team",
        (2026, 12, 14, "Mon", 15, 30),
        30,
    )


def noend26() -> Iterator[Case]:
    f = "noend26"
    yield inv(
        f,
        "start_only_block",
        "en-US",
        ("Scheduling", "scheduling@pinecrest.example"),
        "Interview scheduled",
        sent_on(12, 1, 9, NY),
        "Block with 'Start time:' and no end row: no end.",
        "Hi Alex,\n\nYour interview is scheduled.\n\nDate: Wednesday, December 9, 2026\nStart "
        "time: 11:00 AM\nLocation: 22 Hudson St, 4th floor\n\nPinecrest",
        (2026, 12, 9, "Wed", 11, 0),
        None,
    )
    yield inv(
        f,
        "about_an_hour",
        "en-GB",
        ("Oliver Hart", "oliver@saltmarsh.example"),
        "Interview on Thursday",
        sent_on(12, 2, 10, LON),
        "'at 2pm ... it should take about an hour': approximate, no end.",
        "Hi Alex,\n\nGreat to speak earlier. Could you come in on Thursday 10 December at 2pm? "
        "It should take about an hour.\n\nOliver",
        (2026, 12, 10, "Thu", 14, 0),
        None,
    )
    yield inv(
        f,
        "by_lunchtime",
        "en-US",
        ("Rachel Kim", "rachel@bluefin.example"),
        "Panel on Tuesday",
        sent_on(12, 3, 9, CHI),
        "'starting at 9:30am ... we should be done by lunchtime': no clock end.",
        "Hi Alex,\n\nYour panel is Tuesday, December 15, starting at 9:30am. We should be done "
        "by lunchtime.\n\nRachel",
        (2026, 12, 15, "Tue", 9, 30),
        None,
    )
    yield inv(
        f,
        "ende_offen",
        "de",
        ("Stefan Roth", "s.roth@isarwerk.example"),
        "Termin Vorstellungsgespräch",
        sent_on(12, 1, 11, BER),
        "'Beginn: 10:00 Uhr / Ende: offen': an end label with no end.",
        "Hallo Alex,\n\nhier die Eckdaten:\n\nDatum: Freitag, 11.12.2026\nBeginn: 10:00 Uhr\n"
        "Ende: offen\nOrt: Isarwerk, Landsberger Str. 9, München\n\nStefan Roth",
        (2026, 12, 11, "Fri", 10, 0),
        None,
    )
    yield inv(
        f,
        "duree_a_confirmer",
        "fr",
        ("Nathalie Blanc", "n.blanc@cepage.example"),
        "Entretien",
        sent_on(12, 2, 10, PAR),
        "'à 15h' and 'Durée : à confirmer': no end.",
        "Bonjour Alex,\n\nVotre entretien aura lieu le lundi 14 décembre à 15h.\nDurée : à "
        "confirmer\nLieu : 8 quai des Chartrons, Bordeaux\n\nNathalie Blanc",
        (2026, 12, 14, "Mon", 15, 0),
        None,
    )
    yield inv(
        f,
        "hora_inicio",
        "es",
        ("Marta Gil", "marta@levante-rh.example"),
        "Entrevista confirmada",
        sent_on(12, 1, 12, MAD),
        "'Hora de inicio: 12:00' and 'Hora de fin: por confirmar'.",
        "Hola Alex:\n\nFecha: miércoles 16 de diciembre de 2026\nHora de inicio: 12:00\nHora de "
        "fin: por confirmar\n\nSaludos,\nMarta Gil",
        (2026, 12, 16, "Wed", 12, 0),
        None,
    )
    yield inv(
        f,
        "okolo_godziny",
        "pl",
        ("Anna Wróbel", "anna@odra-it.example"),
        "Rozmowa",
        sent_on(12, 2, 9, WAW),
        "'o 11:00 ... potrwa mniej więcej godzinę, może dłużej': approximate, no end.",
        "Cześć Alex,\n\nzapraszam na rozmowę w czwartek 17 grudnia o 11:00. Rozmowa potrwa "
        "mniej więcej godzinę, może dłużej.\n\nAnna",
        (2026, 12, 17, "Thu", 11, 0),
        None,
    )


def rangeenx26() -> Iterator[Case]:
    f = "rangeenx26"
    yield inv(
        f,
        "ist_range",
        "en-IN",
        ("Neha Sharma", "neha@tarang-tech.example"),
        "Interview Schedule - Backend Engineer",
        sent_on(12, 1, 10, KOL),
        "'11:30 AM to 12:30 PM IST' across noon; IST in an Indian mail names Asia/Kolkata.",
        "Dear Alex,\n\nYour technical interview is scheduled on 09-Dec-2026 (Wednesday) from "
        "11:30 AM to 12:30 PM IST on Microsoft Teams.\n\nRegards,\nNeha Sharma\nTalent "
        "Acquisition, Tarang Technologies",
        (2026, 12, 9, "Wed", 11, 30),
        60,
        zone=KOL,
        iana=True,
    )
    yield inv(
        f,
        "dot_range_au",
        "en-AU",
        ("Mia Clarke", "mia@wattleworks.example"),
        "Interview - Thursday",
        sent_on(12, 2, 9, SYD),
        "'Thursday 10 December, 2.30–3.15pm' with dot minutes.",
        "Hi Alex,\n\nLovely to chat. We'd like to see you Thursday 10 December, 2.30–3.15pm "
        "at our Surry Hills office.\n\nCheers,\nMia",
        (2026, 12, 10, "Thu", 14, 30),
        45,
    )
    yield inv(
        f,
        "till_11",
        "en-GB",
        ("Sophie Turner", "sophie@kestrel-ltd.example"),
        "Interview next week",
        sent_on(12, 3, 10, LON),
        "'on Monday 14th from 10 till 11'.",
        "Dear Alex,\n\nWe'd be delighted to invite you in on Monday 14th December from 10 till "
        "11 to meet the team.\n\nWarm regards,\nSophie Turner",
        (2026, 12, 14, "Mon", 10, 0),
        60,
    )
    yield inv(
        f,
        "ninety_minutes",
        "en-US",
        ("Tyler Brooks", "tyler@redcedar.example"),
        "Case interview",
        sent_on(12, 1, 15, NY),
        "'at 1pm ... The case interview lasts 90 minutes.'",
        "Hi Alex,\n\nYour case interview is on Friday, December 11 at 1pm in our Boston "
        "office. The case interview lasts 90 minutes.\n\nTyler",
        (2026, 12, 11, "Fri", 13, 0),
        90,
    )
    yield inv(
        f,
        "one_hour",
        "en-US",
        ("Ana Torres", "ana@mesa-labs.example"),
        "Interview with our CTO",
        sent_on(12, 2, 12, LA),
        "'Tuesday Dec 15 at 4pm PT (one hour)'.",
        "Hi Alex,\n\nOur CTO would like to meet on Tuesday Dec 15 at 4pm PT (one hour) over "
        "Zoom.\n\nAna",
        (2026, 12, 15, "Tue", 16, 0),
        60,
        zone=LA,
    )
    yield inv(
        f,
        "start_no_end_in",
        "en-IN",
        ("HR Desk", "hr@meghdoot.example"),
        "Interview Call Letter",
        sent_on(12, 1, 9, KOL),
        "'Reporting time: 10:00 AM' and no end stated.",
        "Dear Alex,\n\nYou are invited for a personal interview.\n\nDate: 16/12/2026 "
        "(Wednesday)\nReporting time: 10:00 AM\nVenue: Meghdoot House, MG Road, Pune\n\nHR Desk",
        (2026, 12, 16, "Wed", 10, 0),
        None,
    )


def slavicx26() -> Iterator[Case]:
    f = "slavicx26"
    yield inv(
        f,
        "od_do_h",
        "hr",
        ("Marko Babić", "marko@adria-soft.example"),
        "Razgovor za posao",
        sent_on(12, 1, 10, ZAG),
        "'u četvrtak, 10. prosinca, od 14 do 15 h'.",
        "Poštovani,\n\npozivamo Vas na razgovor u četvrtak, 10. prosinca 2026., od 14 do 15 h "
        "putem Teamsa.\n\nLijep pozdrav,\nMarko Babić",
        (2026, 12, 10, "Thu", 14, 0),
        60,
    )
    yield inv(
        f,
        "od_do_hod",
        "sk",
        ("Zuzana Kováčová", "zuzana@tatra-data.example"),
        "Pozvánka na pohovor",
        sent_on(12, 2, 9, BTS),
        "'v utorok 15. decembra od 9:00 do 10:00 hod.'.",
        "Dobrý deň,\n\npozývame Vás na pohovor v utorok 15. decembra 2026 od 9:00 do 10:00 hod. "
        "v našej kancelárii v Bratislave.\n\nS pozdravom\nZuzana Kováčová",
        (2026, 12, 15, "Tue", 9, 0),
        60,
    )
    yield inv(
        f,
        "s_do",
        "ru",
        ("Ирина Соколова", "irina@severlab.example"),
        "Приглашение на собеседование",
        sent_on(12, 1, 11, MSK),
        "'в среду, 9 декабря, с 15:00 до 16:00'.",
        "Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование в среду, 9 декабря, с 15:00 "
        "до 16:00 по московскому времени в Zoom.\n\nС уважением,\nИрина Соколова",
        (2026, 12, 9, "Wed", 15, 0),
        60,
        zone=MSK,
        iana=True,
    )
    yield inv(
        f,
        "koniec_label",
        "pl",
        ("Rekrutacja", "rekrutacja@mazury-hr.example"),
        "Potwierdzenie rozmowy",
        sent_on(12, 2, 10, WAW),
        "'Data: 11.12.2026 / Początek: 10:30 / Koniec: 11:30'.",
        "Dzień dobry,\n\npotwierdzamy termin rozmowy.\n\nData: 11.12.2026\nPoczątek: 10:30\n"
        "Koniec: 11:30\nMiejsce: ul. Długa 5, Olsztyn\n\nZespół Rekrutacji",
        (2026, 12, 11, "Fri", 10, 30),
        60,
    )
    yield inv(
        f,
        "trajanje_sl",
        "sl",
        ("Tina Kos", "tina@soca-it.example"),
        "Razgovor",
        sent_on(12, 3, 9, LJU),
        "'ob 13. uri' and 'Trajanje: 45 minut'.",
        "Pozdravljeni,\n\nrazgovor bo v ponedeljek, 14. decembra, ob 13. uri.\nTrajanje: 45 "
        "minut\nKraj: Trg republike 3, Ljubljana\n\nTina Kos",
        (2026, 12, 14, "Mon", 13, 0),
        45,
    )


def asiax26() -> Iterator[Case]:
    f = "asiax26"
    yield inv(
        f,
        "xiawu_dash",
        "zh-TW",
        ("陳怡君", "yijun@yushan.example"),
        "面試通知",
        sent_on(12, 1, 10, TPE),
        "'12月10日（四）下午3:00-4:00'.",
        "Alex 您好：\n\n面試時間：12月10日（四）下午3:00-4:00\n地點：台北市信義區松仁路100號\n"
        "\n玉山科技 人資部 陳怡君",
        (2026, 12, 10, "Thu", 15, 0),
        60,
    )
    yield inv(
        f,
        "buteo_kkaji",
        "ko",
        ("박민수", "minsu@daon.example"),
        "2차 면접 안내",
        sent_on(12, 2, 9, SEL),
        "'12월 15일 화요일 오전 10시부터 11시까지'.",
        "Alex님,\n\n2차 면접은 12월 15일 화요일 오전 10시부터 11시까지 본사 회의실에서 "
        "진행됩니다.\n\n박민수 드림",
        (2026, 12, 15, "Tue", 10, 0),
        60,
    )
    yield inv(
        f,
        "kara_made",
        "ja",
        ("人事部 田中", "tanaka@asahi-denki.example"),
        "最終面接のご案内",
        sent_on(12, 1, 14, TYO),
        "'12月16日（水）10時から11時まで'.",
        "Alex Morgan 様\n\n最終面接は12月16日（水）10時から11時まで、本社にて行います。\n\n"
        "人事部 田中",
        (2026, 12, 16, "Wed", 10, 0),
        60,
    )
    yield inv(
        f,
        "tu_den",
        "vi",
        ("Nguyễn Thu Hà", "ha@songhong.example"),
        "Thư mời phỏng vấn",
        sent_on(12, 2, 9, HCM),
        "'thứ Sáu, ngày 11/12/2026, từ 9h đến 10h'.",
        "Chào Alex,\n\nCông ty trân trọng mời bạn phỏng vấn vào thứ Sáu, ngày 11/12/2026, từ "
        "9h đến 10h tại văn phòng quận 1.\n\nTrân trọng,\nNguyễn Thu Hà",
        (2026, 12, 11, "Fri", 9, 0),
        60,
    )
    yield inv(
        f,
        "tangtae_thueng",
        "th",
        ("คุณสมชาย", "somchai@siamtech.example"),
        "เชิญสัมภาษณ์",
        sent_on(12, 3, 10, BKK),
        "'วันจันทร์ที่ 14 ธันวาคม 2569 ตั้งแต่เวลา 13.00 ถึง 14.00 น.'.",
        "เรียน คุณ Alex\n\nขอเชิญท่านเข้าสัมภาษณ์ในวันจันทร์ที่ 14 ธันวาคม 2569 ตั้งแต่เวลา 13.00 "
        "ถึง 14.00 น. ที่อาคารสยามเทค ชั้น 12\n\nด้วยความนับถือ\nสมชาย",
        (2026, 12, 14, "Mon", 13, 0),
        60,
    )


def loopsx26() -> Iterator[Case]:
    f = "loopsx26"
    yield inv(
        f,
        "programma_nl",
        "nl",
        ("Eva Jansen", "eva@deltaworks.example"),
        "Programma van je gesprekkendag",
        sent_on(12, 1, 10, AMS),
        "Dutch programme 9.30–12.00 uur; end = last session's end.",
        "Hoi Alex,\n\nHet programma voor dinsdag 8 december:\n\n09.30 - 10.15 uur  Kennismaking "
        "met het team\n10.15 - 11.00 uur  Technisch gesprek\n11.15 - 12.00 uur  Gesprek met de "
        "directeur\n\nTot dan!\nEva",
        (2026, 12, 8, "Tue", 9, 30),
        150,
    )
    yield inv(
        f,
        "programma_it",
        "it",
        ("Marco Rossi", "marco@lagunare.example"),
        "Programma dei colloqui",
        sent_on(12, 2, 11, ROM),
        "Italian programme 14:00–16:30.",
        "Ciao Alex,\n\nEcco il programma di giovedì 10 dicembre:\n\n14:00 - 15:00  Colloquio "
        "tecnico\n15:00 - 15:45  Colloquio con HR\n15:45 - 16:30  Incontro con il direttore\n\n"
        "A presto,\nMarco",
        (2026, 12, 10, "Thu", 14, 0),
        150,
    )
    yield inv(
        f,
        "agenda_br",
        "pt-BR",
        ("Beatriz Lima", "bia@ipe-tech.example"),
        "Agenda das entrevistas",
        sent_on(12, 1, 9, SAO),
        "Brazilian agenda 9h–11h30 with a break.",
        "Oi Alex,\n\nSegue a agenda de sexta-feira, 11 de dezembro:\n\n9h00 - 9h45  Entrevista "
        "técnica\n10h00 - 10h45  Conversa com o gestor\n10h45 - 11h30  Bate-papo com RH\n\n"
        "Abraços,\nBeatriz",
        (2026, 12, 11, "Fri", 9, 0),
        150,
    )
    yield inv(
        f,
        "schema_sv",
        "sv",
        ("Karin Lund", "karin@fjallsoft.example"),
        "Schema för intervjudagen",
        sent_on(12, 2, 10, STO),
        "Swedish schedule 13.00–15.30.",
        "Hej Alex!\n\nHär är schemat för onsdag 16 december:\n\n13.00–14.00  Teknisk intervju\n"
        "14.00–14.45  Fika med teamet\n14.45–15.30  Intervju med chefen\n\nHälsningar,\nKarin",
        (2026, 12, 16, "Wed", 13, 0),
        150,
    )
    yield inv(
        f,
        "loop_au",
        "en-AU",
        ("Josh Reid", "josh@coralbay.example"),
        "Your interview loop - Thursday",
        sent_on(12, 3, 9, SYD),
        "Australian loop 10:00am–12:30pm across noon.",
        "Hi Alex,\n\nYour loop on Thursday 17 December:\n\n10:00am - 10:45am  Pairing exercise\n"
        "10:45am - 11:30am  Architecture chat\n11:45am - 12:30pm  Hiring manager\n\nCheers,\n"
        "Josh",
        (2026, 12, 17, "Thu", 10, 0),
        150,
    )


BUILDERS = (
    rangeen26,
    rangeeu26,
    slavic26,
    asia26,
    rtl26,
    loops26,
    labelblk26,
    noend26,
    rangeenx26,
    slavicx26,
    asiax26,
    loopsx26,
)

MEASURED = [
    "- First sight (before any code change, quick.py): dev text 50/55 right, 46 sure; held "
    "out text 18/21 right, 18 sure; no false claims (the batch has no negatives), no calendar "
    "part. Dev misses: Khmer 'ដល់' range, Amharic day-clock range, Slovenian 'od 10. do 11. "
    "ure', two loops with breaks (end = the first session's end).",
    "- After: dev text 55/55 (51 sure), held out 21/21 (21 sure). Whole corpus: dev text "
    "2567 -> 2579 of 2606 (sure 2298 -> 2310), held out 1068 -> 1071 of 1137 (the three are "
    "this batch's; older held-out families unchanged), no BROKE line.",
    "- Controls without an end: 'about an hour' and 'mniej więcej godzinę' still get an end "
    "from the length (the end is not compared when the label has none). Five older dev labels "
    "give an end for 'about an hour'/'approximately 45 minutes' (relocate15, recruiter, "
    "nhsletter25, council25, cafed25) against the README's end convention, so approximate "
    "lengths were left alone until the labels agree.",
]
RULES = [
    "- word_clocks: Slovenian ordinal range 'od 9. do 10. ure' / 'med 13. in 14. uro' "
    "(slolat dev, slavic26 sl); Amharic range naming the part of the day once 'ከጠዋቱ 3:00 "
    "ሰዓት እስከ 4:00 ሰዓት' (amharic21, rtl26 am).",
    "- when._RANGE_GAP: Khmer 'ដល់' (indochina21, asia26 km).",
    "- when._attach_next_line_end: the end sentence may follow the tail of the slot's "
    "sentence on the next line, or open the next paragraph after a blank line "
    "(agencyline pl, cyrcharset uk).",
    "- when._extend_through_programme: a session on the next row after a break of at most "
    "30 minutes continues the programme, unless the row offers a choice (loop24, coordsched25, "
    "loops26 en-GB and fr); the parser's 'window of several hours' check spares a programme "
    "whose sessions are each stated (panel__en_loop_four_sessions_pt).",
]


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    ends = sum(1 for item in cases if "end" in item.label)
    lines = [
        "# Provenance of the ends26 batch (`build_ends26.py`)",
        "",
        "Text invitations (no calendar part) whose end is stated as ranges, label/value blocks, "
        "lengths and multi-session loops, with controls whose end is not stated. All text is "
        "ours (no third-party text copied); people, companies, addresses and links are made "
        "up. Every label was written from the datetimes the text is rendered from, before the "
        "parser was run on the message. A loop's end is its last session's end; an "
        "approximate length ('about an hour', 'mniej więcej godzinę') is no end.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); {ends} labelled with an end, {len(cases) - ends} without. "
        f"Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_ends26.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-ends26.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
