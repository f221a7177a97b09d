# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "text68" batch: job-interview invitations and reschedules with no calendar part,
in the languages the corpus has least of (yo, be, ml, tg, ha, kn, mn, pa, ps, tk, ky, lb, uz,
kk, zu, lo, so, gu, my, hy, ga, ka, mt, af, ne, am, km, si) and a few regional varieties
(en-IN, es-MX, fr-CA, zh-HK). Recruiters' own words, ours; every date and clock in a mail is
rendered by babel (CLDR) from the datetime the label comes from, in the language's full, long,
medium or short date form and its 24-hour or 12-hour clock with the day-period word, beside our
own 'at' words, relative days ('tomorrow'), ends by clock, by length or by verb, zone words.

Run: .venv/bin/python tests/parsing/corpus/build_text68.py

People, companies and addresses are made up. Labels come from the datetimes each text is
rendered from (zoneinfo) and were written before the parser was run on any message of the
batch. A seeded third is held out: the dev-style file names sorted by sha256, every third
(index 0, 3, 6, ...) goes to the family text68h, chosen before any parse.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

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
FAM = "text68"
HELD_FAM = "text68h"
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NOTE_SRC = "hand-written, no template; dates and clocks rendered by babel (CLDR) for the language"
LIC = "text ours"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FAMILIES = {
    FAM: "Text invitations and reschedules in thin languages (28 of them, plus en-IN, es-MX, "
    "fr-CA, zh-HK): CLDR dates in full/long/medium/short form, 24h and 12h clocks with "
    "day-period words, 'tomorrow', ends by clock, length or verb, zone words.",
    HELD_FAM: "The held-out third of text68, chosen by sha256 order of the file names before any parse.",
}
ZONE = {
    "yo": "Africa/Lagos",
    "be": "Europe/Minsk",
    "ml": "Asia/Kolkata",
    "tg": "Asia/Dushanbe",
    "ha": "Africa/Lagos",
    "kn": "Asia/Kolkata",
    "mn": "Asia/Ulaanbaatar",
    "pa": "Asia/Kolkata",
    "ps": "Asia/Kabul",
    "tk": "Asia/Ashgabat",
    "ky": "Asia/Bishkek",
    "lb": "Europe/Luxembourg",
    "uz": "Asia/Tashkent",
    "kk": "Asia/Almaty",
    "zu": "Africa/Johannesburg",
    "lo": "Asia/Vientiane",
    "so": "Africa/Mogadishu",
    "gu": "Asia/Kolkata",
    "my": "Asia/Yangon",
    "hy": "Asia/Yerevan",
    "ga": "Europe/Dublin",
    "ka": "Asia/Tbilisi",
    "mt": "Europe/Malta",
    "af": "Africa/Johannesburg",
    "ne": "Asia/Kathmandu",
    "am": "Africa/Addis_Ababa",
    "km": "Asia/Phnom_Penh",
    "si": "Asia/Colombo",
    "en-IN": "Asia/Kolkata",
    "es-MX": "America/Mexico_City",
    "fr-CA": "America/Toronto",
    "zh-HK": "Asia/Hong_Kong",
}
# a 'tomorrow' mail is sent on this Wednesday, so tomorrow is Thursday 10 December
EVE = "2026-12-09T10:05"


@dataclass
class Item:
    lang: str
    name: str
    raw: bytes
    label: dict[str, object]
    note: str

    @property
    def dev_filename(self) -> str:
        return f"{FAM}__{self.lang}_{self.name}.eml"


ITEMS: list[Item] = []
CASES: list[Case] = []


def fields(lang: str, start: datetime, end: datetime | None) -> dict[str, str]:
    """CLDR renderings of the start (and end) for the language, babel's locale id."""
    loc = lang.replace("-", "_")
    out = {
        "F": format_date(start, "full", locale=loc),
        "L": format_date(start, "long", locale=loc),
        "M": format_date(start, "medium", locale=loc),
        "S": format_date(start, "short", locale=loc),
        "W": format_date(start, "EEEE", locale=loc),
        "T": format_time(start, "short", locale=loc),
        "A": format_time(start, "h:mm a", locale=loc),
    }
    if end is not None:
        out["E"] = format_time(end, "short", locale=loc)
        out["EA"] = format_time(end, "h:mm a", locale=loc)
    return out


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    text: str,
    note: str,
    *,
    slot: str,
    minutes: int | None = None,
    until: int | None = None,
    day: str = "",
    zone: str | None = None,
    sent: str = "2026-12-03T09:12",
    kind: str = "invitation",
) -> None:
    """One mail for the wall time `slot` (in `zone`, the zone the text states, else the
    language's zone with the Date offset). `minutes`: a length the text gives (labelled end);
    `until`: minutes to an end clock the text renders as {E} (also labelled)."""
    sent_at = datetime.fromisoformat(sent).replace(tzinfo=ZoneInfo(ZONE[lang]))
    start = datetime.fromisoformat(slot).replace(tzinfo=ZoneInfo(zone or ZONE[lang]))
    key = f"{FAM} {lang} {name}"
    assert start > sent_at, key
    if day and DAYS[start.weekday()] != day:
        raise ValueError(f"{key}: {start:%Y-%m-%d} is a {DAYS[start.weekday()]}, not {day}")
    span = minutes or until
    end = start + timedelta(minutes=span) if span else None
    body = text.format(**fields(lang, start, end))
    label = {"kind": kind, **pp.timed(start, end, zone=zone, sent=None if zone else sent_at)}
    message = l48._part(body, "plain")
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
    ITEMS.append(Item(lang, name, buffer.getvalue(), label, note))


def split_items() -> None:
    """Sort the dev-style file names by sha256 and hold out every third (0, 3, 6, ...)."""
    order = sorted(ITEMS, key=lambda it: hashlib.sha256(it.dev_filename.encode()).hexdigest())
    held = {id(it) for i, it in enumerate(order) if i % 3 == 0}
    for it in ITEMS:
        split = "heldout" if id(it) in held else "dev"
        CASES.append(
            Case(
                HELD_FAM if split == "heldout" else FAM,
                split,
                f"{it.lang}_{it.name}",
                it.raw,
                it.label,
                it.lang,
                it.note,
                NOTE_SRC,
                LIC,
            )
        )


def mails() -> None:
    # --- Yoruba, Hausa ---------------------------------------------------------------------
    add(
        "yo",
        "long_agogo",
        ("Adébáyọ̀ Ọlátúnjí", "adebayo@oke-ogun-finance.example.ng"),
        "Ìpè sí ìfọ̀rọ̀wánilẹ́nuwò",
        "Ẹ n lẹ Alex,\n\nA fẹ́ pè ọ́ sí ìfọ̀rọ̀wánilẹ́nuwò fún ipò Olùṣàkóso Ìṣúná ní {F}, láti agogo {T} sí {E}, ní ọ́fíìsì wa ní Ikeja.\n\nẸ ṣé,\nAdébáyọ̀ Ọlátúnjí\nẸ̀ka Òṣìṣẹ́",
        "Yoruba full date, 'láti agogo 10:00 sí 11:00'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "yo",
        "ola_osan",
        ("Fúnmi Adéyẹmí", "funmi@lagos-logistics.example.ng"),
        "Ìfọ̀rọ̀wánilẹ́nuwò ní ọ̀la",
        "Ẹ kú àárọ̀ Alex,\n\nṢé o lè wá fún ìfọ̀rọ̀wánilẹ́nuwò ní ọ̀la, {A}? Yóò gba ìṣẹ́jú 45.\n\nFúnmi",
        "Yoruba 'ní ọ̀la' (tomorrow) with the CLDR day period 'Ọ̀sán' and 'ìṣẹ́jú 45'.",
        slot="2026-12-10T15:00",
        minutes=45,
        day="Thu",
        sent=EVE,
    )
    add(
        "yo",
        "yipada",
        ("Adébáyọ̀ Ọlátúnjí", "adebayo@oke-ogun-finance.example.ng"),
        "Àyípadà àkókò ìfọ̀rọ̀wánilẹ́nuwò",
        "Ẹ n lẹ Alex,\n\nA ti yí àkókò ìfọ̀rọ̀wánilẹ́nuwò rẹ padà sí {S}, agogo {T}. Ohun gbogbo mìíràn kò yí padà.\n\nẸ ṣé,\nAdébáyọ̀",
        "Yoruba reschedule to a short date 'agogo 11:00'.",
        slot="2026-12-18T11:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "ha",
        "ranar_karfe",
        ("Aminu Bello", "aminu.bello@kano-agro.example.ng"),
        "Gayyatar hira ta aiki",
        "Assalamu alaikum Alex,\n\nMuna gayyatar ka zuwa hira ta aiki a ranar {F} da karfe {T} zuwa {E} a ofishinmu na Kano.\n\nNa gode,\nAminu Bello",
        "Hausa 'a ranar Litinin 14 Disamba, 2026 da karfe 10:00 zuwa 11:00'.",
        slot="2026-12-14T10:00",
        until=60,
        day="Mon",
    )
    add(
        "ha",
        "gobe",
        ("Zainab Musa", "zainab@arewa-tech.example.ng"),
        "Hira gobe",
        "Sannu Alex,\n\nZa mu yi hirar gobe da karfe {A}. Hirar za ta ɗauki mintuna 45.\n\nZainab",
        "Hausa 'gobe' with CLDR 12-hour clock and 'mintuna 45'.",
        slot="2026-12-10T14:00",
        minutes=45,
        day="Thu",
        sent=EVE,
    )
    add(
        "ha",
        "dage",
        ("Aminu Bello", "aminu.bello@kano-agro.example.ng"),
        "An canza lokacin hira",
        "Sannu Alex,\n\nAn ɗage hirarka zuwa {S} da karfe {T}. Ka zo da takardunka.\n\nAminu",
        "Hausa reschedule to a short date.",
        slot="2027-01-06T09:30",
        day="Wed",
        sent="2026-12-21T08:00",
        kind="reschedule",
    )
    # --- Belarusian, Tajik, Kyrgyz, Kazakh, Mongolian ------------------------------------
    add(
        "be",
        "long_da",
        ("Вольга Каваленка", "volha.kavalenka@minsk-data.example.by"),
        "Запрашэнне на сумоўе",
        "Добры дзень, Alex!\n\nЗапрашаем вас на сумоўе на пасаду аналітыка {L} а {T}. Сустрэча працягнецца да {E}.\n\nЗ павагай,\nВольга Каваленка",
        "Belarusian long date 'а 10:00', end 'працягнецца да 11:00'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "be",
        "zautra_minsk",
        ("Андрэй Лукашэвіч", "andrei@hrodna-soft.example.by"),
        "Сумоўе заўтра",
        "Alex, добры дзень.\n\nПрапаную сустрэцца заўтра а 14:30 па мінскім часе. Размова зойме 40 хвілін.\n\nАндрэй",
        "Belarusian 'заўтра а 14:30 па мінскім часе', '40 хвілін'.",
        slot="2026-12-10T14:30",
        minutes=40,
        day="Thu",
        sent=EVE,
        zone="Europe/Minsk",
    )
    add(
        "be",
        "perenesena",
        ("Вольга Каваленка", "volha.kavalenka@minsk-data.example.by"),
        "Сумоўе перанесена",
        "Alex, добры дзень.\n\nВашае сумоўе перанесена на {W}, {L}, {T}. Астатняе без зменаў.\n\nВольга",
        "Belarusian reschedule 'на чацвер, 17 снежня 2026 г., 12:00'.",
        slot="2026-12-17T12:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "tg",
        "long_to",
        ("Фарзона Раҳимова", "farzona@dushanbe-bank.example.tj"),
        "Даъват ба мусоҳиба",
        "Салом, Alex!\n\nШуморо ба мусоҳиба {L}, соати {T} даъват мекунем. Мусоҳиба то соати {E} давом мекунад.\n\nБо эҳтиром,\nФарзона Раҳимова",
        "Tajik long date 'соати 09:00', end 'то соати 10:00 давом мекунад'.",
        slot="2026-12-16T09:00",
        until=60,
        day="Wed",
    )
    add(
        "tg",
        "pagoh",
        ("Фирӯз Назаров", "firuz@khujand-trade.example.tj"),
        "Суҳбат пагоҳ",
        "Салом Alex,\n\nПагоҳ соати 15:00 суҳбат мекунем. Суҳбат 30 дақиқа тӯл мекашад.\n\nФирӯз",
        "Tajik 'Пагоҳ соати 15:00', '30 дақиқа'.",
        slot="2026-12-10T15:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "tg",
        "guzaronida",
        ("Фарзона Раҳимова", "farzona@dushanbe-bank.example.tj"),
        "Тағйири вақти мусоҳиба",
        "Салом Alex,\n\nМусоҳибаи шумо ба {W}, {L}, соати {T} гузаронида шуд.\n\nФарзона",
        "Tajik reschedule with the weekday.",
        slot="2026-12-18T11:30",
        day="Fri",
        kind="reschedule",
    )
    add(
        "ky",
        "long_chein",
        ("Айгүл Токтогулова", "aigul@bishkek-telecom.example.kg"),
        "Маекке чакыруу",
        "Саламатсызбы, Alex!\n\nСизди {L} күнү саат {T} маекке чакырабыз. Маек саат {E} чейин созулат.\n\nУрматтоо менен,\nАйгүл Токтогулова",
        "Kyrgyz long date '2026-ж., 15-декабрь күнү саат 10:00', 'саат 11:00 чейин'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "ky",
        "erteng",
        ("Нурлан Асанов", "nurlan@osh-foods.example.kg"),
        "Эртең маек",
        "Alex, саламатсызбы.\n\nЭртең саат 14:00 видео аркылуу сүйлөшөлү. Маек 30 мүнөт.\n\nНурлан",
        "Kyrgyz 'Эртең саат 14:00', '30 мүнөт'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "ky",
        "jyljydy",
        ("Айгүл Токтогулова", "aigul@bishkek-telecom.example.kg"),
        "Маектин убактысы өзгөрдү",
        "Alex, саламатсызбы.\n\nМаегиңиз {S} саат {T} жылдырылды.\n\nАйгүл",
        "Kyrgyz reschedule to a short date.",
        slot="2026-12-18T15:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "kk",
        "long_deiin",
        ("Әсел Нұрланқызы", "asel@almaty-energy.example.kz"),
        "Сұхбатқа шақыру",
        "Сәлеметсіз бе, Alex!\n\nСізді {L} күні сағат {T} сұхбатқа шақырамыз. Сұхбат сағат {E} дейін созылады.\n\nҚұрметпен,\nӘсел Нұрланқызы",
        "Kazakh long date '2026 ж. 15 желтоқсан күні сағат 10:00', end 'сағат 11:00 дейін'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "kk",
        "erteng",
        ("Ерлан Сәрсенов", "erlan@astana-build.example.kz"),
        "Ертең сұхбат",
        "Alex, сәлеметсіз бе.\n\nЕртең сағат 14:30 қоңырау шалайық. Сұхбат 40 минутқа созылады.\n\nЕрлан",
        "Kazakh 'Ертең сағат 14:30', '40 минут'.",
        slot="2026-12-10T14:30",
        minutes=40,
        day="Thu",
        sent=EVE,
    )
    add(
        "kk",
        "auystyryldy",
        ("Әсел Нұрланқызы", "asel@almaty-energy.example.kz"),
        "Сұхбат уақыты өзгерді",
        "Alex, сәлеметсіз бе.\n\nСұхбат {S} сағат {T} ауыстырылды.\n\nӘсел",
        "Kazakh reschedule to a short date.",
        slot="2026-12-17T16:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "mn",
        "long_hurtel",
        ("Сарангэрэл Батболд", "sarangerel@ulaanbaatar-mining.example.mn"),
        "Ярилцлагын урилга",
        "Сайн байна уу, Alex,\n\nТаныг {L}-ны өдөр {T} цагт ярилцлагад урьж байна. Ярилцлага {E} хүртэл үргэлжилнэ.\n\nХүндэтгэсэн,\nСарангэрэл",
        "Mongolian long date with '10:00 цагт', end '11:00 хүртэл'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "mn",
        "margaash",
        ("Тэмүүлэн Ганбаатар", "temuulen@erdenet-it.example.mn"),
        "Маргааш ярилцлага",
        "Сайн байна уу Alex,\n\nМаргааш 14:00 цагт онлайнаар ярилцъя. 30 минут үргэлжилнэ.\n\nТэмүүлэн",
        "Mongolian 'Маргааш 14:00 цагт', '30 минут'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "mn",
        "shiljuullee",
        ("Сарангэрэл Батболд", "sarangerel@ulaanbaatar-mining.example.mn"),
        "Ярилцлагын цаг өөрчлөгдсөн",
        "Сайн байна уу Alex,\n\nЯрилцлагыг {S} {T} цаг руу шилжүүллээ.\n\nСарангэрэл",
        "Mongolian reschedule to the short date '2026.12.18'.",
        slot="2026-12-18T16:00",
        day="Fri",
        kind="reschedule",
    )
    # --- Uzbek, Turkmen, Pashto ----------------------------------------------------------------
    add(
        "uz",
        "long_gacha",
        ("Dilnoza Karimova", "dilnoza@tashkent-textile.example.uz"),
        "Suhbatga taklif",
        "Assalomu alaykum, Alex!\n\nSizni {W}, {L} kuni soat {T} da suhbatga taklif qilamiz. Suhbat soat {E} gacha davom etadi.\n\nHurmat bilan,\nDilnoza Karimova",
        "Uzbek 'seshanba, 15-dekabr, 2026 kuni soat 10:00 da', 'soat 11:00 gacha'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "uz",
        "ertaga",
        ("Jasur Tursunov", "jasur@samarkand-soft.example.uz"),
        "Ertaga suhbat",
        "Salom Alex,\n\nErtaga soat 15:00 da onlayn gaplashamiz. Suhbat 45 daqiqa davom etadi.\n\nJasur",
        "Uzbek 'Ertaga soat 15:00 da', '45 daqiqa'.",
        slot="2026-12-10T15:00",
        minutes=45,
        day="Thu",
        sent=EVE,
    )
    add(
        "uz",
        "kochirildi",
        ("Dilnoza Karimova", "dilnoza@tashkent-textile.example.uz"),
        "Suhbat vaqti o‘zgardi",
        "Salom Alex,\n\nSuhbat {S} soat {T} ga ko‘chirildi.\n\nDilnoza",
        "Uzbek reschedule to the short date '18/12/26'.",
        slot="2026-12-18T11:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "tk",
        "long_cenli",
        ("Aýna Berdiýewa", "ayna@ashgabat-gas.example.tm"),
        "Söhbetdeşlige çakylyk",
        "Salam Alex,\n\nSizi {L}, sagat {T}-da söhbetdeşlige çagyrýarys. Söhbetdeşlik sagat {E}-a çenli dowam eder.\n\nHormatlamak bilen,\nAýna Berdiýewa",
        "Turkmen long date 'sagat 10:00-da', 'sagat 11:00-a çenli'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "tk",
        "ertir",
        ("Merdan Orazow", "merdan@mary-cotton.example.tm"),
        "Ertir söhbetdeşlik",
        "Salam Alex,\n\nErtir sagat 15:00-da gürleşeliň. Söhbetdeşlik 40 minut dowam eder.\n\nMerdan",
        "Turkmen 'Ertir sagat 15:00-da', '40 minut'.",
        slot="2026-12-10T15:00",
        minutes=40,
        day="Thu",
        sent=EVE,
    )
    add(
        "tk",
        "suysurildi",
        ("Aýna Berdiýewa", "ayna@ashgabat-gas.example.tm"),
        "Söhbetdeşligiň wagty üýtgedi",
        "Salam Alex,\n\nSöhbetdeşligiňiz {F}, sagat {T} geçirildi.\n\nAýna",
        "Turkmen reschedule to the full date '17 dekabr 2026, penşenbe'.",
        slot="2026-12-17T09:30",
        day="Thu",
        kind="reschedule",
    )
    add(
        "ps",
        "long_bajo",
        ("احمد شاه وزیري", "ahmad@kabul-build.example.af"),
        "د مرکې بلنه",
        "ګرانه Alex،\n\nتاسو د {L} په ورځ د سهار په {T} بجو مرکې ته رابلل کیږئ. مرکه تر {E} بجو پورې دوام کوي.\n\nمننه،\nاحمد شاه",
        "Pashto long date 'د سهار په 10:00 بجو', 'تر 11:00 بجو پورې'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "ps",
        "saba",
        ("مریم احمدزۍ", "maryam@kandahar-trade.example.af"),
        "سبا مرکه",
        "ګرانه Alex،\n\nسبا د ماسپښین په 2:00 بجو مرکه لرو. مرکه 30 دقیقې وخت نیسي.\n\nمریم",
        "Pashto 'سبا' (tomorrow) 'د ماسپښین په 2:00 بجو', '30 دقیقې'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "ps",
        "wzandwal",
        ("احمد شاه وزیري", "ahmad@kabul-build.example.af"),
        "د مرکې نوی وخت",
        "ګرانه Alex،\n\nستاسو مرکه {S} ته، د {T} بجو لپاره وځنډول شوه.\n\nاحمد شاه",
        "Pashto reschedule to the short date '2026/12/17'.",
        slot="2026-12-17T13:30",
        day="Thu",
        kind="reschedule",
    )
    # --- Indic: ml, kn, pa, gu, ne, si -------------------------------------------------------
    add(
        "ml",
        "full_vare",
        ("അനിത നായർ", "anitha.nair@kochi-ports.example.in"),
        "അഭിമുഖത്തിനുള്ള ക്ഷണം",
        "പ്രിയ Alex,\n\n{F} രാവിലെ 10:30-ന് ഞങ്ങളുടെ കൊച്ചി ഓഫീസിൽ അഭിമുഖം നിശ്ചയിച്ചിരിക്കുന്നു. അഭിമുഖം 11:30 വരെ നീളും.\n\nആശംസകളോടെ,\nഅനിത നായർ",
        "Malayalam full date 'രാവിലെ 10:30-ന്', '11:30 വരെ'.",
        slot="2026-12-15T10:30",
        minutes=60,
        day="Tue",
    )
    add(
        "ml",
        "nale",
        ("രാഹുൽ മേനോൻ", "rahul@tvm-software.example.in"),
        "നാളെ അഭിമുഖം",
        "ഹായ് Alex,\n\nനാളെ ഉച്ചയ്ക്ക് 2 മണിക്ക് വീഡിയോ കോളിൽ സംസാരിക്കാമോ? 30 മിനിറ്റ് മതി.\n\nരാഹുൽ",
        "Malayalam 'നാളെ ഉച്ചയ്ക്ക് 2 മണിക്ക്', '30 മിനിറ്റ്'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "ml",
        "short_ist",
        ("അനിത നായർ", "anitha.nair@kochi-ports.example.in"),
        "അഭിമുഖ സമയം മാറ്റി",
        "പ്രിയ Alex,\n\nഅഭിമുഖം പുതിയ സമയത്തേക്ക് മാറ്റിയിരിക്കുന്നു: {S}, {A} IST.\n\nഅനിത",
        "Malayalam reschedule to a short date with the 12-hour CLDR clock and IST.",
        slot="2026-12-17T16:00",
        day="Thu",
        zone="Asia/Kolkata",
        kind="reschedule",
    )
    add(
        "kn",
        "full_mugiyuttade",
        ("ಸುಮಾ ರಾವ್", "suma.rao@mysuru-silk.example.in"),
        "ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನ",
        "ಆತ್ಮೀಯ Alex,\n\n{F} ರಂದು ಬೆಳಿಗ್ಗೆ 10:00 ಗಂಟೆಗೆ ಬೆಂಗಳೂರಿನ ನಮ್ಮ ಕಚೇರಿಯಲ್ಲಿ ಸಂದರ್ಶನ ನಿಗದಿಯಾಗಿದೆ. ಸಂದರ್ಶನ 11:00 ಗಂಟೆಗೆ ಮುಗಿಯುತ್ತದೆ.\n\nಧನ್ಯವಾದಗಳು,\nಸುಮಾ ರಾವ್",
        "Kannada full date, 'ಬೆಳಿಗ್ಗೆ 10:00 ಗಂಟೆಗೆ', end by verb '11:00 ಗಂಟೆಗೆ ಮುಗಿಯುತ್ತದೆ'.",
        slot="2026-12-15T10:00",
        minutes=60,
        day="Tue",
    )
    add(
        "kn",
        "naale",
        ("ಕಿರಣ್ ಹೆಗ್ಡೆ", "kiran@mangaluru-tech.example.in"),
        "ನಾಳೆ ಕರೆ",
        "ನಮಸ್ಕಾರ Alex,\n\nನಾಳೆ ಮಧ್ಯಾಹ್ನ 3 ಗಂಟೆಗೆ ಫೋನ್ ಕರೆ ಮಾಡುತ್ತೇವೆ. 30 ನಿಮಿಷ ಆಗಬಹುದು.\n\nಕಿರಣ್",
        "Kannada 'ನಾಳೆ ಮಧ್ಯಾಹ್ನ 3 ಗಂಟೆಗೆ'; '30 ನಿಮಿಷ ಆಗಬಹುದು' is a guess, no end labelled.",
        slot="2026-12-10T15:00",
        day="Thu",
        sent=EVE,
    )
    add(
        "kn",
        "short_am",
        ("ಸುಮಾ ರಾವ್", "suma.rao@mysuru-silk.example.in"),
        "ಸಂದರ್ಶನ ದಿನಾಂಕ",
        "ಆತ್ಮೀಯ Alex,\n\nಸಂದರ್ಶನದ ವಿವರ:\nದಿನಾಂಕ: {S}\nಸಮಯ: {T}\nಸ್ಥಳ: ಬೆಂಗಳೂರು ಕಚೇರಿ\n\nಸುಮಾ",
        "Kannada labelled lines, short date and CLDR 'hh:mm a' clock.",
        slot="2026-12-17T11:30",
        day="Thu",
    )
    add(
        "pa",
        "full_tak",
        ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "harpreet@ludhiana-tools.example.in"),
        "ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ",
        "ਪਿਆਰੇ Alex,\n\nਤੁਹਾਨੂੰ {F} ਨੂੰ ਸਵੇਰੇ 10:30 ਵਜੇ ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ। ਇੰਟਰਵਿਊ 11:30 ਵਜੇ ਤੱਕ ਚੱਲੇਗੀ।\n\nਧੰਨਵਾਦ,\nਹਰਪ੍ਰੀਤ ਕੌਰ",
        "Punjabi full date 'ਸਵੇਰੇ 10:30 ਵਜੇ', '11:30 ਵਜੇ ਤੱਕ'.",
        slot="2026-12-15T10:30",
        minutes=60,
        day="Tue",
    )
    add(
        "pa",
        "weekday_long",
        ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "gurpreet@amritsar-foods.example.in"),
        "ਇੰਟਰਵਿਊ",
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ Alex,\n\nਸ਼ੁੱਕਰਵਾਰ, {L} ਨੂੰ ਦੁਪਹਿਰ 2 ਵਜੇ ਮਿਲਦੇ ਹਾਂ। ਗੱਲਬਾਤ 45 ਮਿੰਟ ਦੀ ਹੋਵੇਗੀ।\n\nਗੁਰਪ੍ਰੀਤ",
        "Punjabi weekday + long date 'ਦੁਪਹਿਰ 2 ਵਜੇ', '45 ਮਿੰਟ'.",
        slot="2026-12-18T14:00",
        minutes=45,
        day="Fri",
    )
    add(
        "pa",
        "hun_sham",
        ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "harpreet@ludhiana-tools.example.in"),
        "ਇੰਟਰਵਿਊ ਦਾ ਨਵਾਂ ਸਮਾਂ",
        "ਪਿਆਰੇ Alex,\n\nਤੁਹਾਡੀ ਇੰਟਰਵਿਊ ਹੁਣ {S} ਨੂੰ ਸ਼ਾਮ 4 ਵਜੇ ਹੋਵੇਗੀ।\n\nਹਰਪ੍ਰੀਤ",
        "Punjabi reschedule 'ਸ਼ਾਮ 4 ਵਜੇ' on a short date.",
        slot="2026-12-21T16:00",
        day="Mon",
        kind="reschedule",
    )
    add(
        "gu",
        "full_sudhi",
        ("નેહા પટેલ", "neha.patel@ahmedabad-pharma.example.in"),
        "ઇન્ટરવ્યૂ માટે આમંત્રણ",
        "પ્રિય Alex,\n\n{F} ના રોજ સવારે 10:00 વાગ્યે અમારી અમદાવાદ ઓફિસમાં ઇન્ટરવ્યૂ છે. ઇન્ટરવ્યૂ 11:00 વાગ્યા સુધી ચાલશે.\n\nઆભાર,\nનેહા પટેલ",
        "Gujarati full date 'સવારે 10:00 વાગ્યે', '11:00 વાગ્યા સુધી'.",
        slot="2026-12-15T10:00",
        minutes=60,
        day="Tue",
    )
    add(
        "gu",
        "kale",
        ("મિહિર શાહ", "mihir@surat-diamonds.example.in"),
        "આવતીકાલે ઇન્ટરવ્યૂ",
        "નમસ્તે Alex,\n\nઆવતીકાલે બપોરે 3 વાગ્યે વાત કરીએ. 30 મિનિટ લાગશે.\n\nમિહિર",
        "Gujarati 'આવતીકાલે બપોરે 3 વાગ્યે', '30 મિનિટ'.",
        slot="2026-12-10T15:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "gu",
        "khaseda",
        ("નેહા પટેલ", "neha.patel@ahmedabad-pharma.example.in"),
        "ઇન્ટરવ્યૂનો સમય બદલાયો",
        "પ્રિય Alex,\n\nતમારો ઇન્ટરવ્યૂ {S} ના રોજ {T} પર ખસેડવામાં આવ્યો છે.\n\nનેહા",
        "Gujarati reschedule to a short date and the CLDR 'hh:mm a' clock.",
        slot="2026-12-18T16:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "ne",
        "full_samma",
        ("सीता श्रेष्ठ", "sita@kathmandu-hydro.example.np"),
        "अन्तर्वार्ताको निमन्त्रणा",
        "आदरणीय Alex,\n\nतपाईंलाई {F} बिहान {T} बजे अन्तर्वार्ताका लागि आमन्त्रण गरिन्छ। अन्तर्वार्ता {E} बजेसम्म चल्नेछ।\n\nधन्यवाद,\nसीता श्रेष्ठ",
        "Nepali full date 'बिहान 10:00 बजे', '11:00 बजेसम्म'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "ne",
        "bholi_deva",
        ("रमेश अधिकारी", "ramesh@pokhara-travel.example.np"),
        "भोलि अन्तर्वार्ता",
        "नमस्ते Alex,\n\nभोलि दिउँसो २ बजे फोनमा कुरा गरौं। कुराकानी ३० मिनेट हुनेछ।\n\nरमेश",
        "Nepali Devanagari digits 'भोलि दिउँसो २ बजे', '३० मिनेट'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "ne",
        "sarieko",
        ("सीता श्रेष्ठ", "sita@kathmandu-hydro.example.np"),
        "अन्तर्वार्ताको समय परिवर्तन",
        "Alex जी,\n\nतपाईंको अन्तर्वार्ता {L} बिहान {T} बजेमा सारिएको छ।\n\nसीता",
        "Nepali reschedule to a long date.",
        slot="2026-12-17T11:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "si",
        "full_dakva",
        ("නිමාලි පෙරේරා", "nimali@colombo-tea.example.lk"),
        "සම්මුඛ පරීක්ෂණය සඳහා ආරාධනාව",
        "හිතවත් Alex,\n\n{F} {A} ට සම්මුඛ පරීක්ෂණයට ඔබට ආරාධනා කරමු. එය {EA} දක්වා පැවැත්වේ.\n\nස්තූතියි,\nනිමාලි පෙරේරා",
        "Sinhala full date, CLDR 12-hour clock with 'පෙ.ව.', end 'දක්වා'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "si",
        "heta",
        ("කසුන් සිල්වා", "kasun@kandy-soft.example.lk"),
        "හෙට සම්මුඛ පරීක්ෂණය",
        "ආයුබෝවන් Alex,\n\nහෙට ප.ව. 3.00 ට දුරකථනයෙන් කතා කරමු. විනාඩි 30ක් ගතවේ.\n\nකසුන්",
        "Sinhala 'හෙට ප.ව. 3.00 ට', 'විනාඩි 30'.",
        slot="2026-12-10T15:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "si",
        "kal_dama",
        ("නිමාලි පෙරේරා", "nimali@colombo-tea.example.lk"),
        "නව දිනය",
        "හිතවත් Alex,\n\nසම්මුඛ පරීක්ෂණය {S} දින {T} දක්වා කල් දමා ඇත.\n\nනිමාලි",
        "Sinhala reschedule to the short date '2026-12-17' ('{T} දක්වා' here is 'to' the new time).",
        slot="2026-12-17T14:30",
        day="Thu",
        kind="reschedule",
    )
    # --- South-East Asia: lo, my, km ------------------------------------------------------------
    add(
        "lo",
        "full_ha",
        ("ສົມພອນ ແກ້ວມະນີ", "somphone@vientiane-coffee.example.la"),
        "ເຊີນສໍາພາດວຽກ",
        "ສະບາຍດີ Alex,\n\nພວກເຮົາຂໍເຊີນທ່ານມາສໍາພາດວຽກ {F} ເວລາ {T} ຫາ {E} ໂມງ ທີ່ຫ້ອງການຂອງພວກເຮົາ.\n\nດ້ວຍຄວາມນັບຖື,\nສົມພອນ",
        "Lao full date 'ເວລາ 10:00 ຫາ 11:00 ໂມງ'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "lo",
        "meuen",
        ("ນາລີ ພົມມະຈັນ", "nali@luang-tours.example.la"),
        "ສໍາພາດມື້ອື່ນ",
        "ສະບາຍດີ Alex,\n\nມື້ອື່ນ ເວລາ 14:00 ໂມງ ພວກເຮົາຈະໂທຫາທ່ານ. ໃຊ້ເວລາ 30 ນາທີ.\n\nນາລີ",
        "Lao 'ມື້ອື່ນ ເວລາ 14:00 ໂມງ', '30 ນາທີ'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "lo",
        "leuan",
        ("ສົມພອນ ແກ້ວມະນີ", "somphone@vientiane-coffee.example.la"),
        "ປ່ຽນເວລາສໍາພາດ",
        "ສະບາຍດີ Alex,\n\nການສໍາພາດຂອງທ່ານໄດ້ເລື່ອນໄປເປັນວັນທີ {S} ເວລາ {T}.\n\nສົມພອນ",
        "Lao reschedule to the short date '17/12/2026'.",
        slot="2026-12-17T09:30",
        day="Thu",
        kind="reschedule",
    )
    add(
        "my",
        "long_naye",
        ("ခင်မာဝင်း", "khinmar@yangon-garments.example.mm"),
        "အင်တာဗျူး ဖိတ်ကြားခြင်း",
        "Alex ရှင့်,\n\n{L} ({W}) နံနက် {T} နာရီတွင် အင်တာဗျူး ပြုလုပ်မည်ဖြစ်ပါသည်။ {E} နာရီတွင် ပြီးဆုံးပါမည်။\n\nခင်မာဝင်း",
        "Burmese long date with weekday, 'နံနက် 10:00 နာရီတွင်', end '11:00 နာရီတွင် ပြီးဆုံး'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "my",
        "manetphyan",
        ("ကျော်ဇင်", "kyawzin@mandalay-it.example.mm"),
        "မနက်ဖြန် အင်တာဗျူး",
        "မင်္ဂလာပါ Alex,\n\nမနက်ဖြန် {A} မှာ ဖုန်းဆက်ပါမယ်။ မိနစ် 30 ကြာပါမယ်။\n\nကျော်ဇင်",
        "Burmese 'မနက်ဖြန်' with the CLDR day period 'ညနေ', 'မိနစ် 30'.",
        slot="2026-12-10T15:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "my",
        "shwe",
        ("ခင်မာဝင်း", "khinmar@yangon-garments.example.mm"),
        "အချိန် ပြောင်းလဲခြင်း",
        "Alex ရှင့်,\n\nအင်တာဗျူးကို {S} {T} သို့ ရွှေ့ထားပါသည်။\n\nခင်မာဝင်း",
        "Burmese reschedule to the short date.",
        slot="2026-12-17T14:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "km",
        "full_dol",
        ("សុខ ចាន់ថា", "chantha@phnompenh-bank.example.kh"),
        "លិខិតអញ្ជើញសម្ភាសន៍",
        "ជម្រាបសួរ Alex,\n\nយើងខ្ញុំសូមអញ្ជើញលោកមកសម្ភាសន៍ការងារនៅថ្ងៃ{F} ម៉ោង {T} ដល់ {E}។\n\nដោយក្តីគោរព,\nសុខ ចាន់ថា",
        "Khmer full date, CLDR 12-hour clock, 'ដល់' to the end.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "km",
        "saek",
        ("ហេង វិចិត្រ", "vichet@siemreap-hotels.example.kh"),
        "សម្ភាសន៍ថ្ងៃស្អែក",
        "សួស្តី Alex,\n\nថ្ងៃស្អែក ម៉ោង 2:00 រសៀល យើងនឹងទូរស័ព្ទទៅ។ ប្រហែលជា ៣០ នាទី។\n\nវិចិត្រ",
        "Khmer 'ថ្ងៃស្អែក ម៉ោង 2:00 រសៀល'; 'about 30 minutes', no end labelled.",
        slot="2026-12-10T14:00",
        day="Thu",
        sent=EVE,
    )
    add(
        "km",
        "pdo",
        ("សុខ ចាន់ថា", "chantha@phnompenh-bank.example.kh"),
        "ការផ្លាស់ប្តូរពេលសម្ភាសន៍",
        "ជម្រាបសួរ Alex,\n\nការសម្ភាសន៍ត្រូវបានប្តូរទៅថ្ងៃទី {S} ម៉ោង {T}។\n\nចាន់ថា",
        "Khmer reschedule to the short date '17/12/26'.",
        slot="2026-12-17T09:00",
        day="Thu",
        kind="reschedule",
    )
    # --- Caucasus: hy, ka ----------------------------------------------------------------------
    add(
        "hy",
        "long_minchev",
        ("Անի Սարգսյան", "ani@yerevan-soft.example.am"),
        "Հրավեր հարցազրույցի",
        "Հարգելի Alex,\n\nՀրավիրում ենք Ձեզ հարցազրույցի {L}-ին, ժամը {T}-ին։ Հարցազրույցը կտևի մինչև {E}։\n\nՀարգանքով՝\nԱնի Սարգսյան",
        "Armenian long date 'ժամը 10:00-ին', 'կտևի մինչև 11:00'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "hy",
        "vaghy",
        ("Արամ Պետրոսյան", "aram@gyumri-design.example.am"),
        "Վաղը հարցազրույց",
        "Բարև Alex,\n\nՎաղը ժամը 15:00-ին կզանգենք։ Զրույցը կտևի 30 րոպե։\n\nԱրամ",
        "Armenian 'Վաղը ժամը 15:00-ին', '30 րոպե'.",
        slot="2026-12-10T15:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "hy",
        "texapoxvel",
        ("Անի Սարգսյան", "ani@yerevan-soft.example.am"),
        "Հարցազրույցի նոր ժամ",
        "Հարգելի Alex,\n\nՀարցազրույցը տեղափոխվել է {W}, {S}, ժամը {T}։\n\nԱնի",
        "Armenian reschedule with weekday and the short date '17.12.26'.",
        slot="2026-12-17T12:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "ka",
        "full_mde",
        ("ნინო ბერიძე", "nino@tbilisi-wine.example.ge"),
        "მოწვევა გასაუბრებაზე",
        "გამარჯობა Alex,\n\nგიწვევთ გასაუბრებაზე {F}, {T} საათზე. გასაუბრება გაგრძელდება {E}-მდე.\n\nპატივისცემით,\nნინო ბერიძე",
        "Georgian full date, '10:00 საათზე', 'გაგრძელდება 11:00-მდე'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "ka",
        "khval",
        ("გიორგი კაპანაძე", "giorgi@batumi-port.example.ge"),
        "ხვალ გასაუბრება",
        "გამარჯობა Alex,\n\nხვალ 15:00 საათზე დაგირეკავთ. საუბარი 30 წუთი გაგრძელდება.\n\nგიორგი",
        "Georgian 'ხვალ 15:00 საათზე', '30 წუთი'.",
        slot="2026-12-10T15:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "ka",
        "gadaitanes",
        ("ნინო ბერიძე", "nino@tbilisi-wine.example.ge"),
        "გასაუბრების ახალი დრო",
        "გამარჯობა Alex,\n\nგასაუბრება გადავიტანეთ {M}, {T}-ზე.\n\nნინო",
        "Georgian reschedule to the medium date '17 დეკ. 2026'.",
        slot="2026-12-17T12:30",
        day="Thu",
        kind="reschedule",
    )
    # --- Europe: lb, ga, mt, af ----------------------------------------------------------------
    add(
        "lb",
        "full_bis",
        ("Claudine Weber", "claudine.weber@kirchberg-fonds.example.lu"),
        "Invitatioun fir en Entretien",
        "Moien Alex,\n\nMir invitéieren Iech op en Entretien den {F} ëm {T} Auer. Den Entretien dauert bis {E} Auer.\n\nMat beschte Gréiss,\nClaudine Weber",
        "Luxembourgish full date 'ëm 10:00 Auer', 'dauert bis 11:00 Auer'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "lb",
        "muer",
        ("Marc Schmit", "marc@esch-logistik.example.lu"),
        "Entretien muer",
        "Moien Alex,\n\nKënne mir muer um 14:30 Auer telefonéieren? Et dauert 30 Minutten.\n\nMarc",
        "Luxembourgish 'muer um 14:30 Auer', '30 Minutten'.",
        slot="2026-12-10T14:30",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "lb",
        "verluecht",
        ("Claudine Weber", "claudine.weber@kirchberg-fonds.example.lu"),
        "Neien Termin",
        "Moien Alex,\n\nEisen Entretien ass op {W}, den {S}, ëm {T} Auer verluecht ginn.\n\nClaudine",
        "Luxembourgish reschedule with weekday and the short date '17.12.26'.",
        slot="2026-12-17T09:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "ga",
        "full_godti",
        ("Siobhán Ní Bhriain", "siobhan@gaillimh-tech.example.ie"),
        "Cuireadh chuig agallamh",
        "A Alex, a chara,\n\nBa mhaith linn cuireadh a thabhairt duit chuig agallamh {F} ó {T} go dtí {E}, inár n-oifig i nGaillimh.\n\nLe gach dea-ghuí,\nSiobhán Ní Bhriain",
        "Irish full date 'ó 10:00 go dtí 11:00'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "ga",
        "amarach",
        ("Cian Ó Murchú", "cian@corcaigh-foods.example.ie"),
        "Agallamh amárach",
        "Dia duit Alex,\n\nAn mbeadh tú ar fáil amárach ag {A}? Maireann an glao 30 nóiméad.\n\nCian",
        "Irish 'amárach ag 2:30 i.n.' with the CLDR day period, '30 nóiméad'.",
        slot="2026-12-10T14:30",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "ga",
        "bogtha",
        ("Siobhán Ní Bhriain", "siobhan@gaillimh-tech.example.ie"),
        "Am nua don agallamh",
        "A Alex, a chara,\n\nTá d'agallamh bogtha go dtí {W} {L} ar {T}.\n\nSiobhán",
        "Irish reschedule 'Déardaoin 17 Nollaig 2026 ar 09:30'.",
        slot="2026-12-17T09:30",
        day="Thu",
        kind="reschedule",
    )
    add(
        "mt",
        "full_sal",
        ("Maria Camilleri", "maria.camilleri@valletta-ins.example.mt"),
        "Stedina għal intervista",
        "Għażiż Alex,\n\nNistednuk għal intervista {F}, mill-{T} sal-{E}, fl-uffiċċju tagħna f’San Ġiljan.\n\nTislijiet,\nMaria Camilleri",
        "Maltese full date 'mill-10:00 sal-11:00'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "mt",
        "ghada",
        ("Joseph Borg", "joseph.borg@gozo-hotels.example.mt"),
        "Intervista għada",
        "Bonġu Alex,\n\nTista’ tkellimna għada fis-2:30 ta’ wara nofsinhar? L-intervista se tieħu 45 minuta.\n\nJoseph",
        "Maltese 'għada fis-2:30 ta’ wara nofsinhar', '45 minuta'.",
        slot="2026-12-10T14:30",
        minutes=45,
        day="Thu",
        sent=EVE,
    )
    add(
        "mt",
        "posposta",
        ("Maria Camilleri", "maria.camilleri@valletta-ins.example.mt"),
        "Bidla fil-ħin tal-intervista",
        "Għażiż Alex,\n\nL-intervista tiegħek ġiet posposta għal {S} fl-{T}.\n\nMaria",
        "Maltese reschedule to the short date '18/12/2026'.",
        slot="2026-12-18T09:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "af",
        "full_tot",
        ("Annelie van der Merwe", "annelie@stellenbosch-wyn.example.co.za"),
        "Uitnodiging na 'n onderhoud",
        "Beste Alex\n\nOns nooi jou uit na 'n onderhoud op {F} van {T} tot {E} by ons kantoor in Stellenbosch.\n\nVriendelike groete\nAnnelie van der Merwe",
        "Afrikaans full date 'van 10:00 tot 11:00'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "af",
        "more",
        ("Pieter Botha", "pieter@pretoria-bou.example.co.za"),
        "Onderhoud môre",
        "Hallo Alex\n\nKan ons môre om 14:30 gesels? Dit duur 30 minute.\n\nPieter",
        "Afrikaans 'môre om 14:30', '30 minute'.",
        slot="2026-12-10T14:30",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "af",
        "geskuif",
        ("Annelie van der Merwe", "annelie@stellenbosch-wyn.example.co.za"),
        "Nuwe tyd vir jou onderhoud",
        "Beste Alex\n\nJou onderhoud is geskuif na {W} {S} om {T}.\n\nAnnelie",
        "Afrikaans reschedule with weekday and ISO-like short date '2026-12-17'.",
        slot="2026-12-17T15:00",
        day="Thu",
        kind="reschedule",
    )
    # --- Africa: zu, so, am ---------------------------------------------------------------------
    add(
        "zu",
        "full_kuya",
        ("Nomvula Dlamini", "nomvula@durban-freight.example.co.za"),
        "Isimemo senhlolokhono",
        "Sawubona Alex,\n\nSiyakumema enhlolokhono ngo-{F} kusukela ngo-{T} kuya ku-{E}, ehhovisi lethu eThekwini.\n\nNgiyabonga,\nNomvula Dlamini",
        "Zulu full date 'kusukela ngo-10:00 kuya ku-11:00'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "zu",
        "kusasa",
        ("Sipho Mthembu", "sipho@joburg-mining.example.co.za"),
        "Inhlolokhono kusasa",
        "Sawubona Alex,\n\nSingakhuluma kusasa ngo-14:00? Kuzothatha imizuzu engu-30.\n\nSipho",
        "Zulu 'kusasa ngo-14:00', 'imizuzu engu-30'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "zu",
        "ihlehliselwe",
        ("Nomvula Dlamini", "nomvula@durban-freight.example.co.za"),
        "Isikhathi esisha",
        "Sawubona Alex,\n\nInhlolokhono yakho ihlehliselwe ku-{S} ngo-{T}.\n\nNomvula",
        "Zulu reschedule to the short date '2026-12-18'.",
        slot="2026-12-18T09:00",
        day="Fri",
        kind="reschedule",
    )
    add(
        "so",
        "full_ilaa",
        ("Hodan Cali", "hodan@muqdisho-telecom.example.so"),
        "Martiqaad wareysi",
        "Salaan Alex,\n\nWaxaan kugu martiqaadaynaa wareysi shaqo {F}, saacadda {T} ilaa {E}, xafiiskayaga Muqdisho.\n\nMahadsanid,\nHodan Cali",
        "Somali full date, CLDR 12-hour clock with 'GH', 'ilaa'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "so",
        "berri",
        ("Cabdi Xasan", "cabdi@hargeisa-trade.example.so"),
        "Wareysi berri",
        "Salaan Alex,\n\nBerri saacadda {A} ayaan ku soo wacaynaa. Wareysigu wuxuu qaadanayaa 30 daqiiqo.\n\nCabdi",
        "Somali 'Berri saacadda 2:00 GD', '30 daqiiqo'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "so",
        "dib_u_dhigay",
        ("Hodan Cali", "hodan@muqdisho-telecom.example.so"),
        "Wakhti cusub",
        "Salaan Alex,\n\nWareysigaaga waxaa loo dib u dhigay {M}, saacadda {T}.\n\nHodan",
        "Somali reschedule to the medium date '17-Dis-2026'.",
        slot="2026-12-17T11:00",
        day="Thu",
        kind="reschedule",
    )
    add(
        "am",
        "full_eske",
        ("ሰላማዊት ታደሰ", "selamawit@addis-coffee.example.et"),
        "የቃለ መጠይቅ ግብዣ",
        "ውድ Alex፣\n\n{F} ከ{T} እስከ {E} ለቃለ መጠይቅ ተጋብዘዋል። ቦታ፦ ቦሌ፣ አዲስ አበባ።\n\nከሰላምታ ጋር፣\nሰላማዊት ታደሰ",
        "Amharic full date, CLDR 12-hour clock with day period, 'ከ… እስከ …'.",
        slot="2026-12-15T10:00",
        until=60,
        day="Tue",
    )
    add(
        "am",
        "nege",
        ("ዳዊት ገብሬ", "dawit@bahirdar-tex.example.et"),
        "ነገ ቃለ መጠይቅ",
        "ሰላም Alex፣\n\nነገ {A} በስልክ እንነጋገር። 30 ደቂቃ ይወስዳል።\n\nዳዊት",
        "Amharic 'ነገ' with the CLDR clock '2:00 ከሰዓት', '30 ደቂቃ'.",
        slot="2026-12-10T14:00",
        minutes=30,
        day="Thu",
        sent=EVE,
    )
    add(
        "am",
        "tezawrwal",
        ("ሰላማዊት ታደሰ", "selamawit@addis-coffee.example.et"),
        "አዲስ ሰዓት",
        "ውድ Alex፣\n\nቃለ መጠይቁ ወደ {S} {T} ተዛውሯል።\n\nሰላማዊት",
        "Amharic reschedule to the short date '17/12/2026'.",
        slot="2026-12-17T14:00",
        day="Thu",
        kind="reschedule",
    )
    # --- varieties of big languages --------------------------------------------------------------
    add(
        "en-IN",
        "ist_post_lunch",
        ("Priya Raghavan", "priya.r@pune-analytics.example.in"),
        "Interview scheduled",
        "Hi Alex,\n\nYour interview is fixed for {F}, {A} IST onwards, at our Baner office. It will go on till {EA}.\n\nRegards,\nPriya",
        "Indian English 'onwards', 'go on till', IST.",
        slot="2026-12-16T15:30",
        until=60,
        day="Wed",
        zone="Asia/Kolkata",
    )
    add(
        "es-MX",
        "hora_centro",
        ("Lucía Hernández", "lucia.hernandez@monterrey-acero.example.mx"),
        "Entrevista",
        "Hola Alex:\n\nTe agendamos la entrevista el {F} a las {A}, hora del centro de México. Dura unos 45 minutos, más o menos.\n\nSaludos,\nLucía",
        "Mexican Spanish CLDR 12-hour clock 'p.m.', 'hora del centro'; 'unos 45 minutos' no exact end.",
        slot="2026-12-16T16:00",
        day="Wed",
        zone="America/Mexico_City",
    )
    add(
        "fr-CA",
        "heure_est",
        ("Geneviève Tremblay", "genevieve@quebec-aero.example.ca"),
        "Entrevue",
        "Bonjour Alex,\n\nNous vous convions à une entrevue le {F} de {T} à {E} (heure de l’Est), par Teams.\n\nAu plaisir,\nGeneviève",
        "Canadian French CLDR 'h' clock '13 h 30' and 'heure de l’Est'.",
        slot="2026-12-17T13:30",
        until=60,
        day="Thu",
        zone="America/Toronto",
    )
    add(
        "zh-HK",
        "ha_ng",
        ("陳嘉欣", "kayan.chan@kowloon-trading.example.hk"),
        "面試邀請",
        "Alex 你好，\n\n想約你 {F}{T} 嚟我哋觀塘辦公室面試，大約一個鐘。\n\n陳小姐",
        "Hong Kong Chinese full date, CLDR '下午' clock; 'about an hour', no end labelled.",
        slot="2026-12-16T15:00",
        day="Wed",
    )


def provenance(cases: list[Case]) -> str:
    held = sum(1 for item in cases if item.split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        f"# Provenance: {FAM}",
        "",
        f"{len(cases)} messages (invitations and reschedules, no calendar part), {held} held out "
        f"as family {HELD_FAM} (dev-style file names sorted by sha256, every third), chosen before "
        f"any was parsed; languages: {', '.join(langs)}.",
        "",
        "All text is recruiters' own mail, ours, written for this batch in the ordinary phrasing "
        "of each language. Every date and most clocks in a body are rendered by babel "
        "(CLDR data, babel's installed version) from the datetime its label comes from: the "
        "language's full, long, medium or short date form, its short time and the 12-hour "
        "'h:mm a' clock with CLDR's day-period word; the words around them ('at', 'until', "
        "'tomorrow', 'moved to') are ours. A 'tomorrow' mail is sent on Wednesday 9 December "
        "2026. A length given exactly ('30 minutes') labels an end; 'about' a length does not. "
        "A zone word labels the zone (IST, 'па мінскім часе', 'hora del centro', 'heure de "
        "l'Est'); otherwise the wall time is read at the Date header's offset.",
        "",
        *FIGURES,
        "## Family",
        "",
        f"- **{FAM}**: {FAMILIES[FAM]}",
        "",
        "## Files (dev only)",
        "",
        *pp.file_rows(item for item in cases if item.split == "dev"),
    ]
    return "\n".join(lines) + "\n"


FIGURES: tuple[str, ...] = (
    "First sight (main 66ceb1a7 with this batch, before any parser change; quick.py): dev text "
    "right 33/58; held out text68h 20/30 (not looked at). Dev misses: an end in the next "
    "sentence that names the meeting again (kk, tk, uz, ky, mn, tg, hy, ka, kn, pa, ps, lb, "
    "my, si, en-IN), a range joined by an untaught word (am 'እስከ', lo 'ຫາ'), a length "
    "(ga, zu, my), and mails read as no invitation (be, ha, hy, mn, tg, yo, af, so: their "
    "interview noun or 'tomorrow' not known).",
    "",
    "After the parser change (tests/parsing/test_text68_rules.py): dev text right 43/58; held "
    "out text68h 25/30. Left: the kind in be, ha, yo, af, so, tg; am and lo range joiners; "
    "lengths in ga, zu, my; 'It will go on till' (en-IN); Sinhala 'එය … දක්වා'.",
    "",
)


def main() -> int:
    ITEMS.clear()
    CASES.clear()
    mails()
    split_items()
    pp.write_batch(CASES, FAMILIES, f"PROVENANCE-{FAM}.md", provenance(CASES))
    held = sum(1 for item in CASES if item.split == "heldout")
    print(f"{len(CASES)} messages; {held} held out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
