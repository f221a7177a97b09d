# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "prose49" batch: recruiters', agencies' and hiring managers' hand-written mail in
languages the corpus holds fewer samples of (fi, da, nb, cs, sk, hu, ro, el, bg, hr, sl, lt,
lv, et, tr, uk, he, ar, hi, bn, ta, id, ms, vi, th, ko, fil), with the date and time forms
native writers use ('ti 10.3. klo 14.30', 'tirsdag d. 10/3 kl. 14.30', 'március 10-én,
kedden 14:30-kor', 'marți, 10 martie, ora 14:30', 'Τρίτη 10 Μαρτίου, ώρα 14:30', '10 Mart
Salı saat 14.30'da', '3월 10일(화) 오후 2시 30분', '14h30 thứ Ba, ngày 10/3', Buddhist-era
years, Eastern Arabic, Devanagari, Bengali and Thai digits), with and without zones, some with
ends or lengths; reschedules, cancellations with their slot, and look-alikes in the same
languages.

Run: .venv/bin/python tests/parsing/corpus/build_prose49.py

All prose ours; people and companies made up. Every label comes from the datetimes the text
is rendered from (zoneinfo) and was written before the parser was run on any message of the
batch. Held-out families drawn by `random.Random("prose49 coin").sample(sorted(FAMILIES), 3)`
before anything was written. Helpers come from build_parse-pos.py (loaded, not copied).
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
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
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus"
LIC = "text ours"

FAMILIES = {
    "hrprose49": "In-house recruiters' and HR's own invitations (fi, hu, ro, el, tr, uk, sk) "
    "with the day and clock forms native writers use.",
    "agency49": "Staffing-agency consultants booking the reader with their client (da, nb, "
    "cs, sk, hr, sl, bg, lt).",
    "mgrnote49": "Hiring managers' short notes (ko, vi, th, id, lv, et, ms, uk, fil), "
    "Buddhist-era years, 'pukul 10.00 WIB', 'jam 3.00 petang', 'alas-2 ng hapon'.",
    "moved49": "Reschedules that name the old and the new slot (fi, hu, tr, ko, ro, el, he).",
    "cancelled49": "Cancellations that name the cancelled slot (fi, da, ko, tr, ro).",
    "zoned49": "Invitations that name the zone in words or an offset ('Suomen aikaa', "
    "'dansk tid', 'GMT+3', 'KST', 'giờ Việt Nam', 'เวลาประเทศไทย'), some with ends.",
    "digits49": "Invitations written with native digits or scripts: Eastern Arabic (ar), "
    "Devanagari (hi), Bengali (bn), Thai digits, Tamil prose.",
    "looks49": "Look-alikes in the same languages: a dentist's booking, a webinar on "
    "interview tips, a thank-you after the interview, a parents' meeting, a flat viewing, "
    "the reader asked to interview a candidate, a job fair, a slot poll.",
}
HELD = frozenset(random.Random("prose49 coin").sample(sorted(FAMILIES), 3))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

ZONE = {
    "fi": "Europe/Helsinki",
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "el": "Europe/Athens",
    "bg": "Europe/Sofia",
    "hr": "Europe/Zagreb",
    "sl": "Europe/Ljubljana",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "et": "Europe/Tallinn",
    "tr": "Europe/Istanbul",
    "uk": "Europe/Kyiv",
    "he": "Asia/Jerusalem",
    "ar": "Asia/Riyadh",
    "ar-EG": "Africa/Cairo",
    "hi": "Asia/Kolkata",
    "bn": "Asia/Dhaka",
    "ta": "Asia/Kolkata",
    "id": "Asia/Jakarta",
    "ms": "Asia/Kuala_Lumpur",
    "vi": "Asia/Ho_Chi_Minh",
    "th": "Asia/Bangkok",
    "ko": "Asia/Seoul",
    "fil": "Asia/Manila",
}


def _at(zone: str, v: tuple[int, ...]) -> datetime:
    return pp.at(*v[:5], zone, DAYS[v[5]] if len(v) > 5 else "")


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
    *,
    kind: str = "invitation",
    zone: str = "",
    iana: bool = False,
) -> None:
    """One mail; the label is written from the tuples the text was written from. `zone` is
    the zone the text names (label carries the instant; `iana` adds the timezone key when the
    words pin one zone down); without it the label is wall time (tz_stated false)."""
    home = ZONE[lang]
    sent_at = _at(home, sent)
    if start is None:
        label: dict[str, object] = dict(NEG)
    elif zone:
        label = {
            "kind": kind,
            **pp.timed(
                _at(zone, start), _at(zone, end) if end else None, zone=zone if iana else None
            ),
        }
    else:
        label = {
            "kind": kind,
            **pp.timed(_at(home, start), _at(home, end) if end else None, sent=sent_at),
        }
    raw = mail(
        f"prose49 {fam} {lang} {name}", sender=who, to=ME, subject=subject, sent=sent_at, text=text
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


def build_hrprose() -> None:
    f = "hrprose49"
    add(
        f,
        "fi",
        "ti_klo_range",
        ("Sanna Virtanen", "sanna.virtanen@pohjoistuuli.example.fi"),
        "Haastattelukutsu: ohjelmistokehittäjä",
        (2026, 3, 4, 9, 12, WED),
        (2026, 3, 10, 14, 30, TUE),
        (2026, 3, 10, 15, 30, TUE),
        "Hei Alex,\n\nkiitos hakemuksestasi Pohjoistuulen ohjelmistokehittäjän tehtävään. Haluaisimme kutsua sinut haastatteluun ti 10.3. klo 14.30–15.30 toimistollemme Tampereelle (Hämeenkatu 12 B, 3. krs).\n\nHaastattelijoina ovat tiimin vetäjä Mikko Laine ja minä. Ilmoitathan, sopiiko aika sinulle.\n\nYstävällisin terveisin\nSanna Virtanen\nHR-asiantuntija, Pohjoistuuli Oy\npuh. 040 123 4567",
        "'ti 10.3. klo 14.30–15.30': two-letter weekday, day.month. with no year, 'klo' clock with a dot.",
    )
    add(
        f,
        "hu",
        "marcius_10en_kedden",
        ("Kovács Réka", "kovacs.reka@dunahid-tech.example.hu"),
        "Meghívás állásinterjúra",
        (2026, 3, 3, 15, 40, TUE),
        (2026, 3, 10, 14, 30, TUE),
        None,
        "Kedves Alex!\n\nKöszönjük a jelentkezését a Dunahíd Tech adatelemző pozíciójára. Szeretnénk meghívni egy személyes beszélgetésre március 10-én, kedden 14:30-kor a budapesti irodánkba (Váci út 41., 5. emelet).\n\nAz interjú nagyjából egy órát vesz igénybe. Kérem, jelezze vissza, hogy az időpont megfelel-e.\n\nÜdvözlettel:\nKovács Réka\nHR-munkatárs",
        "'március 10-én, kedden 14:30-kor': case suffixes on day and clock; 'nagyjából egy órát' is loose, no end.",
    )
    add(
        f,
        "ro",
        "marti_10_martie_ora",
        ("Ioana Popescu", "ioana.popescu@carpatsoft.example.ro"),
        "Invitație la interviu – Inginer QA",
        (2026, 3, 5, 11, 5, THU),
        (2026, 3, 10, 14, 30, TUE),
        (2026, 3, 10, 15, 15, TUE),
        "Bună ziua, Alex,\n\nVă mulțumim pentru interesul arătat față de postul de Inginer QA. Vă invităm la un interviu tehnic marți, 10 martie, ora 14:30, la sediul nostru din Cluj-Napoca, str. Memorandumului nr. 28.\n\nInterviul va dura 45 de minute. Vă rog să confirmați prezența printr-un răspuns la acest e-mail.\n\nCu stimă,\nIoana Popescu\nSpecialist Resurse Umane, CarpatSoft SRL",
        "'marți, 10 martie, ora 14:30' and '45 de minute'.",
    )
    add(
        f,
        "el",
        "triti_10_martiou_ora",
        ("Μαρία Παπαδοπούλου", "m.papadopoulou@aigaio-data.example.gr"),
        "Πρόσκληση σε συνέντευξη",
        (2026, 3, 4, 10, 30, WED),
        (2026, 3, 10, 14, 30, TUE),
        None,
        "Αγαπητέ Alex,\n\nσας ευχαριστούμε για το ενδιαφέρον σας για τη θέση του Data Analyst. Θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη την Τρίτη 10 Μαρτίου, ώρα 14:30, στα γραφεία μας στην Αθήνα (Λεωφ. Κηφισίας 120, 4ος όροφος).\n\nΠαρακαλούμε επιβεβαιώστε τη συμμετοχή σας.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου\nΤμήμα Ανθρώπινου Δυναμικού, Aigaio Data Α.Ε.",
        "'την Τρίτη 10 Μαρτίου, ώρα 14:30' (genitive month).",
    )
    add(
        f,
        "tr",
        "mart_sali_saat_da",
        ("Elif Yılmaz", "elif.yilmaz@bogazici-yazilim.example.com.tr"),
        "Mülakat Daveti - Backend Geliştirici",
        (2026, 3, 5, 16, 20, THU),
        (2026, 3, 10, 14, 30, TUE),
        (2026, 3, 10, 15, 30, TUE),
        "Merhaba Alex,\n\nBackend Geliştirici pozisyonu için yaptığınız başvuru için teşekkür ederiz. Sizi 10 Mart Salı saat 14.30'da Levent'teki ofisimizde yapılacak mülakata davet etmek isteriz. Görüşme yaklaşık 15.30'a kadar sürecektir.\n\nKatılım durumunuzu bu e-postaya yanıt vererek bildirirseniz seviniriz.\n\nSaygılarımla,\nElif Yılmaz\nİnsan Kaynakları Uzmanı, Boğaziçi Yazılım A.Ş.",
        "'10 Mart Salı saat 14.30'da' with the Turkish locative suffix; ends '15.30'a kadar'.",
    )
    add(
        f,
        "uk",
        "vivtorok_10_bereznia",
        ("Олена Коваленко", "o.kovalenko@dniprosoft.example.ua"),
        "Запрошення на співбесіду",
        (2026, 3, 4, 12, 0, WED),
        (2026, 3, 10, 14, 30, TUE),
        None,
        "Добрий день, Alex!\n\nДякуємо за ваш відгук на вакансію Product Designer. Запрошуємо вас на співбесіду у вівторок, 10 березня, о 14:30 в Google Meet. Посилання надішлю напередодні.\n\nБудь ласка, підтвердіть, чи вам зручно.\n\nЗ повагою,\nОлена Коваленко\nHR-менеджерка, DniproSoft",
        "'у вівторок, 10 березня, о 14:30' (genitive month, 'о' before the clock).",
    )
    add(
        f,
        "sk",
        "utorok_o_hod",
        ("Zuzana Horváthová", "zuzana.horvathova@tatrasoft.example.sk"),
        "Pozvánka na pohovor",
        (2026, 3, 12, 8, 45, THU),
        (2026, 3, 17, 10, 0, TUE),
        (2026, 3, 17, 11, 0, TUE),
        "Dobrý deň, Alex,\n\nďakujeme za Váš záujem o pozíciu Java vývojár. Radi by sme Vás pozvali na osobný pohovor v utorok 17. marca 2026 od 10.00 do 11.00 hod. v našej kancelárii na Mlynských nivách 5 v Bratislave.\n\nProsím, potvrďte nám Vašu účasť.\n\nS pozdravom\nZuzana Horváthová\nHR oddelenie, TatraSoft s.r.o.",
        "'v utorok 17. marca 2026 od 10.00 do 11.00 hod.'",
    )


def build_agency() -> None:
    f = "agency49"
    add(
        f,
        "da",
        "tirsdag_d_kl",
        ("Mette Sørensen", "mette@nordbemanding.example.dk"),
        "Samtale hos Havnefront ApS",
        (2026, 3, 5, 13, 10, THU),
        (2026, 3, 10, 14, 30, TUE),
        (2026, 3, 10, 15, 30, TUE),
        "Hej Alex\n\nGode nyheder: Havnefront ApS vil rigtig gerne møde dig til en samtale om stillingen som projektleder. Jeg har fået bekræftet tirsdag d. 10/3 kl. 14.30-15.30 på deres kontor i Aarhus, Åboulevarden 22.\n\nDu skal spørge efter Lars Bech i receptionen. Ring endelig, hvis du har spørgsmål inden.\n\nVenlig hilsen\nMette Sørensen\nKonsulent, Nord Bemanding",
        "'tirsdag d. 10/3 kl. 14.30-15.30': Danish day/month with 'd.' and 'kl.' dot clocks.",
    )
    add(
        f,
        "nb",
        "onsdag_april_45min",
        ("Ingrid Hansen", "ingrid.hansen@fjordrekruttering.example.no"),
        "Intervju hos Solvik Energi",
        (2026, 4, 9, 14, 0, THU),
        (2026, 4, 15, 9, 0, WED),
        (2026, 4, 15, 9, 45, WED),
        "Hei Alex!\n\nSolvik Energi ønsker å invitere deg til et første intervju for stillingen som driftsingeniør. Intervjuet blir onsdag 15. april kl. 09.00 på Teams, og de har satt av 45 minutter.\n\nLenken kommer fra kunden direkte. Gi meg gjerne en lyd når du har fått den.\n\nMed vennlig hilsen\nIngrid Hansen\nSeniorrådgiver, Fjord Rekruttering AS",
        "'onsdag 15. april kl. 09.00' and '45 minutter'.",
    )
    add(
        f,
        "cs",
        "ctvrtek_od_do",
        ("Petra Nováková", "petra.novakova@vltava-personal.example.cz"),
        "Pohovor u klienta – Analytik dat",
        (2026, 5, 14, 10, 20, THU),
        (2026, 5, 21, 10, 0, THU),
        (2026, 5, 21, 11, 0, THU),
        "Dobrý den, Alexi,\n\nmám pro Vás dobrou zprávu – náš klient, společnost Brněnské Strojírny, by se s Vámi rád setkal. Pohovor proběhne ve čtvrtek 21. 5. od 10:00 do 11:00 v jejich kanceláři na ulici Heršpická 9 v Brně.\n\nDejte mi prosím vědět, zda termín platí.\n\nS pozdravem\nPetra Nováková\nkonzultantka, Vltava Personal s.r.o.",
        "'ve čtvrtek 21. 5. od 10:00 do 11:00': spaced numeric day and month, no year.",
    )
    add(
        f,
        "hr",
        "utorak_lipnja_sati",
        ("Ana Horvat", "ana.horvat@jadran-hr.example.hr"),
        "Razgovor za posao – Senior Backend Developer",
        (2026, 6, 10, 9, 30, WED),
        (2026, 6, 16, 11, 0, TUE),
        None,
        "Poštovani Alex,\n\nklijent Adria Cloud d.o.o. pozvao bi Vas na razgovor za poziciju Senior Backend Developer. Razgovor je dogovoren za utorak, 16. lipnja 2026. u 11 sati, u njihovom uredu u Zagrebu (Radnička cesta 80).\n\nMolim Vas da mi potvrdite dolazak.\n\nLijep pozdrav,\nAna Horvat\nsavjetnica za zapošljavanje, Jadran HR",
        "'utorak, 16. lipnja 2026. u 11 sati': Croatian genitive month and 'u 11 sati'.",
    )
    add(
        f,
        "sl",
        "sreda_ob_930",
        ("Maja Kovač", "maja.kovac@alpe-kadri.example.si"),
        "Vabilo na razgovor pri stranki",
        (2026, 9, 17, 15, 0, THU),
        (2026, 9, 23, 9, 30, WED),
        None,
        "Pozdravljeni, Alex,\n\nnaša stranka, podjetje Ljubljanski Portal d.o.o., bi vas rada spoznala. Razgovor bo v sredo, 23. septembra, ob 9.30 v njihovih prostorih na Dunajski cesti 156 v Ljubljani.\n\nProsim, potrdite termin.\n\nLep pozdrav,\nMaja Kovač\nsvetovalka za kadre, Alpe Kadri",
        "'v sredo, 23. septembra, ob 9.30'.",
    )
    add(
        f,
        "bg",
        "chetvartak_ot_ch",
        ("Мария Иванова", "m.ivanova@balkan-talent.example.bg"),
        "Интервю с Витоша Софтуер",
        (2026, 10, 9, 11, 0, FRI),
        (2026, 10, 15, 16, 0, THU),
        None,
        "Здравейте, Alex,\n\nрадвам се да ви съобщя, че Витоша Софтуер ООД иска да се срещне с вас за позицията Frontend разработчик. Интервюто е в четвъртък, 15 октомври, от 16:00 ч. в офиса им на бул. „Черни връх“ 47, София.\n\nМоля, потвърдете дали часът ви устройва.\n\nПоздрави,\nМария Иванова\nконсултант подбор, Balkan Talent",
        "'в четвъртък, 15 октомври, от 16:00 ч.'",
    )
    add(
        f,
        "lt",
        "spalio_d_val",
        ("Rūta Jonaitienė", "ruta.jonaitiene@baltic-people.example.lt"),
        "Pokalbis su UAB „Nemuno duomenys“",
        (2026, 10, 14, 10, 15, WED),
        (2026, 10, 20, 10, 0, TUE),
        None,
        "Sveiki, Alex,\n\nUAB „Nemuno duomenys“ norėtų su jumis susitikti dėl duomenų inžinieriaus pareigų. Pokalbis numatytas spalio 20 d. (antradienį) 10 val. jų biure Vilniuje, Konstitucijos pr. 7.\n\nPrašau patvirtinti, ar laikas tinka.\n\nPagarbiai\nRūta Jonaitienė\natrankos konsultantė, Baltic People",
        "'spalio 20 d. (antradienį) 10 val.': month first, 'd.' and 'val.'",
    )


def build_mgrnote() -> None:
    f = "mgrnote49"
    add(
        f,
        "ko",
        "ohu_2si_30bun",
        ("김민준", "minjun.kim@hangang-labs.example.kr"),
        "면접 일정 안내",
        (2026, 3, 6, 17, 30, FRI),
        (2026, 3, 10, 14, 30, TUE),
        None,
        "Alex님 안녕하세요,\n\n개발팀장 김민준입니다. 서류 잘 봤습니다. 3월 10일(화) 오후 2시 30분에 강남 사무실에서 뵙겠습니다. 1층 안내데스크에서 제 이름을 말씀해 주세요.\n\n감사합니다.\n김민준 드림",
        "'3월 10일(화) 오후 2시 30분': Korean month/day, weekday in brackets, 오후 + 시/분.",
    )
    add(
        f,
        "vi",
        "14h30_thu_ba",
        ("Nguyễn Văn An", "an.nguyen@songhong-tech.example.vn"),
        "Hẹn phỏng vấn",
        (2026, 3, 5, 9, 40, THU),
        (2026, 3, 10, 14, 30, TUE),
        None,
        "Chào Alex,\n\nAnh là An, trưởng nhóm kỹ thuật. Mình hẹn em phỏng vấn lúc 14h30 thứ Ba, ngày 10/3 tại văn phòng tầng 8, 25 Lý Thường Kiệt, Hà Nội nhé. Em mang theo CMND để đăng ký ở lễ tân.\n\nHẹn gặp em,\nAn",
        "'14h30 thứ Ba, ngày 10/3': clock before the day, '14h30'.",
    )
    add(
        f,
        "th",
        "be_2569_nalika",
        ("สมชาย ใจดี", "somchai@chaophraya-soft.example.co.th"),
        "นัดสัมภาษณ์งาน",
        (2026, 3, 4, 13, 0, WED),
        (2026, 3, 10, 14, 30, TUE),
        None,
        "สวัสดีครับคุณ Alex\n\nผมสมชาย หัวหน้าทีมพัฒนาครับ ขอเชิญสัมภาษณ์ในวันอังคารที่ 10 มี.ค. 2569 เวลา 14.30 น. ที่สำนักงานชั้น 12 อาคารสาทรทาวเวอร์ครับ\n\nขอบคุณครับ\nสมชาย",
        "'วันอังคารที่ 10 มี.ค. 2569 เวลา 14.30 น.': Buddhist-era year 2569 = 2026, abbreviated month.",
    )
    add(
        f,
        "id",
        "kamis_pukul_wib",
        ("Budi Santoso", "budi.santoso@nusantara-digital.example.co.id"),
        "Undangan wawancara",
        (2026, 4, 10, 11, 0, FRI),
        (2026, 4, 16, 10, 0, THU),
        None,
        "Halo Alex,\n\nSaya Budi, manajer tim produk. Kami ingin mengundang Anda untuk wawancara pada hari Kamis, 16 April 2026 pukul 10.00 WIB melalui Zoom. Tautan akan saya kirim sehari sebelumnya.\n\nSalam,\nBudi Santoso",
        "'Kamis, 16 April 2026 pukul 10.00 WIB' (WIB pins Asia/Jakarta).",
        zone="Asia/Jakarta",
        iana=True,
    )
    add(
        f,
        "lv",
        "pirmdien_plkst",
        ("Jānis Bērziņš", "janis.berzins@daugava-it.example.lv"),
        "Tikšanās par amatu",
        (2026, 5, 6, 16, 0, WED),
        (2026, 5, 11, 15, 0, MON),
        None,
        "Sveiki, Alex!\n\nEsmu Jānis, izstrādes komandas vadītājs. Vai varam tikties pirmdien, 11. maijā, plkst. 15.00 mūsu birojā Rīgā, Brīvības ielā 100? Ja laiks neder, uzrakstiet.\n\nAr cieņu,\nJānis",
        "'pirmdien, 11. maijā, plkst. 15.00' (locative month).",
    )
    add(
        f,
        "et",
        "neljapaeval_kell",
        ("Kadri Tamm", "kadri.tamm@harju-tarkvara.example.ee"),
        "Intervjuu",
        (2026, 5, 22, 12, 30, FRI),
        (2026, 5, 28, 13, 0, THU),
        (2026, 5, 28, 14, 0, THU),
        "Tere, Alex!\n\nOlen Kadri, meeskonnajuht. Ootan Sind intervjuule neljapäeval, 28. mail kell 13.00–14.00 meie kontoris Tallinnas, Tartu mnt 25.\n\nParimat,\nKadri",
        "'neljapäeval, 28. mail kell 13.00–14.00' (adessive month 'mail').",
    )
    add(
        f,
        "ms",
        "jam_petang",
        ("Aisyah Rahman", "aisyah@selatmelaka-tech.example.my"),
        "Temu duga",
        (2026, 5, 27, 10, 0, WED),
        (2026, 6, 2, 15, 0, TUE),
        None,
        "Salam Alex,\n\nSaya Aisyah, pengurus pasukan. Kami ingin menjemput anda untuk temu duga pada hari Selasa, 2 Jun 2026, jam 3.00 petang di pejabat kami di Bangsar South.\n\nTerima kasih,\nAisyah",
        "'Selasa, 2 Jun 2026, jam 3.00 petang' (petang = afternoon).",
    )
    add(
        f,
        "uk",
        "sereda_o_1030",
        ("Андрій Шевченко", "a.shevchenko@lvivcode.example.ua"),
        "Зустріч",
        (2026, 6, 11, 18, 0, THU),
        (2026, 6, 17, 10, 30, WED),
        None,
        "Привіт, Alex!\n\nЯ Андрій, тімлід бекенду. Пропоную зустрітися у середу, 17 червня, о 10:30 у нашому офісі на вул. Городоцькій, 2. Поговоримо про задачі команди й технічну частину.\n\nДо зустрічі,\nАндрій",
        "'у середу, 17 червня, о 10:30'.",
    )
    add(
        f,
        "fil",
        "alas_2_ng_hapon",
        ("Maria Santos", "maria.santos@bayanihan-bpo.example.ph"),
        "Interview schedule",
        (2026, 7, 3, 9, 0, FRI),
        (2026, 7, 9, 14, 0, THU),
        None,
        "Hi Alex,\n\nSi Maria ito, ang hiring manager ng Operations. Gusto ka naming ma-interview sa Huwebes, Hulyo 9, 2026, alas-2 ng hapon sa opisina namin sa Ortigas. Paki-confirm na lang kung okay sa iyo.\n\nSalamat,\nMaria",
        "'Huwebes, Hulyo 9, 2026, alas-2 ng hapon' (Filipino month, 'alas-2 ng hapon' = 14:00).",
    )


def build_moved() -> None:
    f = "moved49"
    add(
        f,
        "fi",
        "siirto_ti_to",
        ("Laura Mäkinen", "laura.makinen@saimaa-data.example.fi"),
        "Haastatteluajan muutos",
        (2026, 3, 6, 8, 30, FRI),
        (2026, 3, 12, 10, 0, THU),
        None,
        "Hei Alex,\n\nvalitettavasti joudumme siirtämään haastatteluasi. Alkuperäinen aika ti 10.3. klo 14.30 ei käy toiselle haastattelijalle. Uusi aika on to 12.3. klo 10.00, paikka pysyy samana.\n\nPahoittelen muutosta!\n\nTerveisin\nLaura Mäkinen\nrekrytointikoordinaattori",
        "Moved from 'ti 10.3. klo 14.30' to 'to 12.3. klo 10.00'; the new slot is the label.",
        kind="reschedule",
    )
    add(
        f,
        "hu",
        "athelyezes_csutortok",
        ("Nagy Bence", "nagy.bence@tisza-fintech.example.hu"),
        "Interjú időpontjának módosítása",
        (2026, 3, 5, 14, 0, THU),
        (2026, 3, 12, 14, 30, THU),
        None,
        "Kedves Alex!\n\nSajnos a március 10-ére, keddre tervezett interjút át kell tennünk. Az új időpont: március 12-én, csütörtökön 14:30-kor, ugyanott.\n\nElnézést a kellemetlenségért!\n\nÜdvözlettel:\nNagy Bence\nToborzási munkatárs",
        "Old 'március 10-ére, keddre', new 'március 12-én, csütörtökön 14:30-kor'.",
        kind="reschedule",
    )
    add(
        f,
        "tr",
        "saat_e_aliyoruz",
        ("Mehmet Demir", "mehmet.demir@anadolu-bulut.example.com.tr"),
        "Mülakat saati değişikliği",
        (2026, 3, 6, 10, 0, FRI),
        (2026, 3, 13, 11, 0, FRI),
        None,
        "Merhaba Alex,\n\n10 Mart Salı saat 14.30'daki görüşmemizi ekip toplantısı nedeniyle 13 Mart Cuma saat 11.00'e almamız gerekiyor. Yer ve katılımcılar aynı kalıyor.\n\nAnlayışınız için teşekkürler,\nMehmet Demir\nİşe Alım Uzmanı",
        "Moved from '10 Mart Salı saat 14.30'daki' to '13 Mart Cuma saat 11.00'e' (dative suffix).",
        kind="reschedule",
    )
    add(
        f,
        "ko",
        "byeongyeong_arrow",
        ("이서연", "seoyeon.lee@busan-mobility.example.kr"),
        "[일정 변경] 2차 면접",
        (2026, 3, 12, 11, 0, THU),
        (2026, 3, 19, 16, 0, THU),
        None,
        "Alex님 안녕하세요.\n\n인사팀 이서연입니다. 면접관 일정으로 인해 2차 면접 일정이 아래와 같이 변경되었습니다.\n\n기존: 3월 17일(화) 오전 10시\n변경: 3월 19일(목) 오후 4시\n\n장소는 동일합니다. 양해 부탁드립니다.\n\n이서연 드림",
        "'기존: 3월 17일(화) 오전 10시' → '변경: 3월 19일(목) 오후 4시'.",
        kind="reschedule",
    )
    add(
        f,
        "ro",
        "se_muta_joi",
        ("Andrei Ionescu", "andrei.ionescu@dunarea-systems.example.ro"),
        "Reprogramare interviu",
        (2026, 3, 5, 17, 0, THU),
        (2026, 3, 12, 11, 0, THU),
        None,
        "Bună, Alex,\n\nÎmi pare rău, dar interviul de marți, 10 martie, ora 14:30 se mută joi, 12 martie, ora 11:00, din cauza unei suprapuneri în agenda managerului. Restul detaliilor rămân neschimbate.\n\nMulțumesc pentru înțelegere,\nAndrei Ionescu\nRecruiter",
        "Moved from 'marți, 10 martie, ora 14:30' to 'joi, 12 martie, ora 11:00'.",
        kind="reschedule",
    )
    add(
        f,
        "el",
        "metaferetai_pempti",
        ("Νίκος Γεωργίου", "n.georgiou@olympos-tech.example.gr"),
        "Αλλαγή ώρας συνέντευξης",
        (2026, 3, 5, 9, 15, THU),
        (2026, 3, 12, 15, 0, THU),
        None,
        "Καλημέρα Alex,\n\nη συνέντευξή σας μεταφέρεται από την Τρίτη 10 Μαρτίου στην Πέμπτη 12 Μαρτίου, ώρα 15:00, λόγω ταξιδιού του διευθυντή. Ο χώρος παραμένει ίδιος.\n\nΖητούμε συγγνώμη για την αλλαγή.\n\nΝίκος Γεωργίου\nΥπεύθυνος Προσλήψεων",
        "'μεταφέρεται από την Τρίτη 10 Μαρτίου στην Πέμπτη 12 Μαρτίου, ώρα 15:00'.",
        kind="reschedule",
    )
    add(
        f,
        "he",
        "nidcha_leyom_revii",
        ("נועה כהן", "noa.cohen@carmel-cyber.example.co.il"),
        "שינוי מועד הראיון",
        (2026, 3, 12, 13, 0, THU),
        (2026, 3, 18, 11, 0, WED),
        None,
        "שלום Alex,\n\nבעקבות שינוי ביומן של מנהל הצוות, הראיון שתוכנן ליום שלישי 17.3 בשעה 10:00 נדחה ליום רביעי, 18 במרץ, בשעה 11:00. המיקום נשאר ללא שינוי.\n\nמתנצלת על אי הנוחות,\nנועה כהן\nמגייסת, כרמל סייבר",
        "Moved from 'יום שלישי 17.3 בשעה 10:00' to 'יום רביעי, 18 במרץ, בשעה 11:00'.",
        kind="reschedule",
    )


def build_cancelled() -> None:
    f = "cancelled49"
    add(
        f,
        "fi",
        "peruttu_ke_klo",
        ("Tiina Korhonen", "tiina.korhonen@kaleva-games.example.fi"),
        "Haastattelu peruttu",
        (2026, 4, 13, 9, 0, MON),
        (2026, 4, 15, 13, 0, WED),
        None,
        "Hei Alex,\n\njoudumme valitettavasti perumaan haastattelusi ke 15.4. klo 13.00, sillä tehtävän rekrytointi on jäädytetty. Palaamme asiaan, jos tilanne muuttuu.\n\nTerveisin\nTiina Korhonen\nHR, Kaleva Games",
        "Cancels 'ke 15.4. klo 13.00'.",
        kind="cancellation",
    )
    add(
        f,
        "da",
        "aflyst_torsdag",
        ("Jonas Nielsen", "jonas.nielsen@oeresund-it.example.dk"),
        "Aflysning af samtale",
        (2026, 4, 20, 8, 30, MON),
        (2026, 4, 23, 10, 0, THU),
        None,
        "Hej Alex\n\nDesværre må vi aflyse samtalen torsdag d. 23/4 kl. 10.00. Stillingen er blevet besat internt. Tak for din interesse, og held og lykke fremover.\n\nVenlig hilsen\nJonas Nielsen\nHR-partner, Øresund IT",
        "Cancels 'torsdag d. 23/4 kl. 10.00'.",
        kind="cancellation",
    )
    add(
        f,
        "ko",
        "chwiso_ojeon",
        ("박지훈", "jihoon.park@incheon-ai.example.kr"),
        "면접 취소 안내",
        (2026, 4, 24, 16, 0, FRI),
        (2026, 4, 28, 11, 0, TUE),
        None,
        "Alex님 안녕하세요.\n\n4월 28일(화) 오전 11시로 예정되어 있던 면접이 내부 사정으로 취소되었음을 알려드립니다. 불편을 드려 죄송합니다.\n\n박지훈 드림",
        "Cancels '4월 28일(화) 오전 11시'.",
        kind="cancellation",
    )
    add(
        f,
        "tr",
        "iptal_persembe",
        ("Zeynep Kaya", "zeynep.kaya@ege-lojistik.example.com.tr"),
        "Mülakat iptali",
        (2026, 5, 4, 11, 0, MON),
        (2026, 5, 7, 15, 30, THU),
        None,
        "Merhaba Alex,\n\n7 Mayıs Perşembe saat 15.30'da planlanan mülakatımızı iptal etmek zorunda kaldığımızı üzülerek bildiririz. Pozisyon şimdilik askıya alındı.\n\nSaygılarımızla,\nZeynep Kaya\nİK Uzmanı",
        "Cancels '7 Mayıs Perşembe saat 15.30'da'.",
        kind="cancellation",
    )
    add(
        f,
        "ro",
        "anulat_vineri",
        ("Elena Stan", "elena.stan@bucovina-soft.example.ro"),
        "Interviu anulat",
        (2026, 5, 11, 9, 0, MON),
        (2026, 5, 15, 10, 30, FRI),
        None,
        "Bună ziua, Alex,\n\nVă anunțăm cu regret că interviul programat vineri, 15 mai, ora 10:30 a fost anulat, deoarece poziția a fost închisă. Vă mulțumim pentru timpul acordat.\n\nCu stimă,\nElena Stan\nHR",
        "Cancels 'vineri, 15 mai, ora 10:30'.",
        kind="cancellation",
    )


def build_zoned() -> None:
    f = "zoned49"
    add(
        f,
        "fi",
        "suomen_aikaa",
        ("Heikki Nieminen", "heikki.nieminen@revontuli-ai.example.fi"),
        "Etähaastattelu",
        (2026, 6, 3, 10, 0, WED),
        (2026, 6, 9, 14, 30, TUE),
        (2026, 6, 9, 15, 15, TUE),
        "Hei Alex,\n\nsovitaan etähaastattelu ti 9.6. klo 14.30–15.15 Suomen aikaa Teamsissa. Lähetän linkin erikseen.\n\nTerveisin\nHeikki Nieminen",
        "'ti 9.6. klo 14.30–15.15 Suomen aikaa' (Finnish time pins Europe/Helsinki).",
        zone="Europe/Helsinki",
        iana=True,
    )
    add(
        f,
        "da",
        "dansk_tid",
        ("Camilla Holm", "camilla.holm@vestkyst-energi.example.dk"),
        "Videosamtale",
        (2026, 6, 4, 15, 0, THU),
        (2026, 6, 11, 10, 0, THU),
        None,
        "Hej Alex\n\nVi mødes online torsdag d. 11. juni kl. 10.00 dansk tid. Da du sidder i London, er det kl. 9.00 hos dig. Link følger.\n\nMvh\nCamilla Holm\nRekruttering, Vestkyst Energi",
        "'torsdag d. 11. juni kl. 10.00 dansk tid', the reader's own clock given as well.",
        zone="Europe/Copenhagen",
        iana=True,
    )
    add(
        f,
        "tr",
        "gmt3",
        ("Burak Aydın", "burak.aydin@marmara-pay.example.com.tr"),
        "Online mülakat",
        (2026, 6, 5, 12, 0, FRI),
        (2026, 6, 10, 16, 0, WED),
        (2026, 6, 10, 17, 0, WED),
        "Merhaba Alex,\n\nOnline mülakatımız 10 Haziran Çarşamba 16.00-17.00 (GMT+3) arasında Google Meet üzerinden olacak.\n\nİyi çalışmalar,\nBurak Aydın",
        "'10 Haziran Çarşamba 16.00-17.00 (GMT+3)': an offset, no timezone label.",
        zone="Europe/Istanbul",
    )
    add(
        f,
        "ko",
        "kst",
        ("최유진", "yujin.choi@daejeon-bio.example.kr"),
        "화상 면접 안내",
        (2026, 6, 12, 10, 0, FRI),
        (2026, 6, 16, 9, 0, TUE),
        (2026, 6, 16, 10, 0, TUE),
        "Alex님 안녕하세요.\n\n화상 면접은 6월 16일(화) 오전 9시~10시(한국 시간, KST)에 Zoom으로 진행됩니다. 링크는 전날 보내드리겠습니다.\n\n최유진 드림",
        "'6월 16일(화) 오전 9시~10시(한국 시간, KST)'.",
        zone="Asia/Seoul",
        iana=True,
    )
    add(
        f,
        "vi",
        "gio_viet_nam",
        ("Trần Thị Mai", "mai.tran@mekong-soft.example.vn"),
        "Lịch phỏng vấn online",
        (2026, 6, 15, 9, 0, MON),
        (2026, 6, 18, 15, 0, THU),
        None,
        "Chào bạn Alex,\n\nBuổi phỏng vấn online của bạn được sắp xếp vào 15h00 thứ Năm, ngày 18/6/2026 (giờ Việt Nam, GMT+7) qua Google Meet. Thời lượng khoảng 45 phút.\n\nTrân trọng,\nTrần Thị Mai\nChuyên viên tuyển dụng",
        "'15h00 thứ Năm, ngày 18/6/2026 (giờ Việt Nam, GMT+7)'; 'khoảng 45 phút' is loose, no end.",
        zone="Asia/Ho_Chi_Minh",
        iana=True,
    )
    add(
        f,
        "th",
        "wela_prathet_thai",
        ("วิภา ศรีสุข", "wipa@siam-fintech.example.co.th"),
        "นัดสัมภาษณ์ออนไลน์",
        (2026, 6, 17, 11, 0, WED),
        (2026, 6, 23, 10, 0, TUE),
        (2026, 6, 23, 11, 0, TUE),
        "เรียนคุณ Alex\n\nขอเรียนเชิญสัมภาษณ์ออนไลน์ วันอังคารที่ 23 มิถุนายน 2569 เวลา 10.00-11.00 น. (เวลาประเทศไทย) ผ่าน Microsoft Teams\n\nขอแสดงความนับถือ\nวิภา ศรีสุข\nฝ่ายทรัพยากรบุคคล",
        "'วันอังคารที่ 23 มิถุนายน 2569 เวลา 10.00-11.00 น. (เวลาประเทศไทย)'.",
        zone="Asia/Bangkok",
        iana=True,
    )


def build_digits() -> None:
    f = "digits49"
    add(
        f,
        "ar-EG",
        "eastern_digits_masaan",
        ("أحمد حسن", "ahmed.hassan@nile-tech.example.eg"),
        "دعوة لمقابلة عمل",
        (2026, 3, 4, 12, 0, WED),
        (2026, 3, 10, 14, 30, TUE),
        None,
        "الأستاذ Alex،\n\nتحية طيبة وبعد،\n\nيسعدنا دعوتك لإجراء مقابلة شخصية لوظيفة مهندس برمجيات يوم الثلاثاء ١٠ مارس ٢٠٢٦ الساعة ٢:٣٠ مساءً بمقر الشركة في التجمع الخامس.\n\nبرجاء تأكيد الحضور بالرد على هذه الرسالة.\n\nمع خالص التحية،\nأحمد حسن\nالموارد البشرية، نايل تك",
        "'يوم الثلاثاء ١٠ مارس ٢٠٢٦ الساعة ٢:٣٠ مساءً': Eastern Arabic digits, PM word.",
    )
    add(
        f,
        "ar",
        "eastern_digits_min_hatta",
        ("سارة العتيبي", "sara.alotaibi@najd-data.example.sa"),
        "موعد المقابلة",
        (2026, 3, 10, 9, 0, TUE),
        (2026, 3, 15, 10, 0, SUN),
        (2026, 3, 15, 11, 0, SUN),
        "مرحباً Alex،\n\nنود إبلاغك بأن موعد مقابلتك هو يوم الأحد ١٥ مارس، من الساعة ١٠:٠٠ صباحاً حتى ١١:٠٠ صباحاً، في مكتبنا بالرياض.\n\nمع التحية،\nسارة العتيبي\nأخصائية توظيف",
        "'الأحد ١٥ مارس، من الساعة ١٠:٠٠ صباحاً حتى ١١:٠٠ صباحاً'.",
    )
    add(
        f,
        "hi",
        "devanagari_dopahar",
        ("प्रिया शर्मा", "priya.sharma@ganga-infotech.example.in"),
        "साक्षात्कार हेतु आमंत्रण",
        (2026, 3, 4, 11, 0, WED),
        (2026, 3, 10, 14, 30, TUE),
        None,
        "प्रिय Alex,\n\nसॉफ्टवेयर इंजीनियर पद के लिए आपके आवेदन हेतु धन्यवाद। हम आपको मंगलवार, १० मार्च २०२६ को दोपहर २:३० बजे हमारे नोएडा कार्यालय में साक्षात्कार के लिए आमंत्रित करते हैं।\n\nकृपया अपनी उपस्थिति की पुष्टि करें।\n\nसादर,\nप्रिया शर्मा\nमानव संसाधन विभाग",
        "'मंगलवार, १० मार्च २०२६ को दोपहर २:३० बजे': Devanagari digits, 'दोपहर' afternoon.",
    )
    add(
        f,
        "hi",
        "latin_digits_subah",
        ("राहुल वर्मा", "rahul.verma@yamuna-cloud.example.in"),
        "इंटरव्यू का समय",
        (2026, 3, 6, 16, 0, FRI),
        (2026, 3, 12, 11, 0, THU),
        None,
        "नमस्ते Alex,\n\nआपका इंटरव्यू गुरुवार, 12 मार्च को सुबह 11 बजे Google Meet पर होगा। लिंक एक दिन पहले भेजा जाएगा।\n\nधन्यवाद,\nराहुल वर्मा",
        "'गुरुवार, 12 मार्च को सुबह 11 बजे'.",
    )
    add(
        f,
        "bn",
        "bengali_digits_bikal",
        ("রাকিব হাসান", "rakib.hasan@padma-soft.example.bd"),
        "সাক্ষাৎকারের আমন্ত্রণ",
        (2026, 3, 13, 10, 0, FRI),
        (2026, 3, 19, 15, 0, THU),
        None,
        "প্রিয় Alex,\n\nআপনাকে বৃহস্পতিবার, ১৯ মার্চ ২০২৬, বিকাল ৩টায় আমাদের গুলশান অফিসে সাক্ষাৎকারের জন্য আমন্ত্রণ জানানো হচ্ছে।\n\nশুভেচ্ছান্তে,\nরাকিব হাসান\nমানবসম্পদ বিভাগ",
        "'বৃহস্পতিবার, ১৯ মার্চ ২০২৬, বিকাল ৩টায়': Bengali digits, 'বিকাল' afternoon.",
    )
    add(
        f,
        "th",
        "thai_digits",
        ("ปิยะ วงศ์ใหญ่", "piya@lanna-games.example.co.th"),
        "เชิญสัมภาษณ์",
        (2026, 3, 19, 9, 0, THU),
        (2026, 3, 25, 13, 30, WED),
        None,
        "เรียนคุณ Alex\n\nบริษัทฯ ขอเชิญท่านเข้ารับการสัมภาษณ์ในวันพุธที่ ๒๕ มีนาคม ๒๕๖๙ เวลา ๑๓.๓๐ น. ณ สำนักงานเชียงใหม่\n\nขอแสดงความนับถือ\nปิยะ วงศ์ใหญ่\nฝ่ายบุคคล",
        "'วันพุธที่ ๒๕ มีนาคม ๒๕๖๙ เวลา ๑๓.๓๐ น.': Thai digits and Buddhist-era year.",
    )
    add(
        f,
        "ta",
        "tamil_kaalai",
        ("கார்த்திக் ராஜா", "karthik.raja@kaveri-systems.example.in"),
        "நேர்காணல் அழைப்பு",
        (2026, 3, 18, 10, 0, WED),
        (2026, 3, 24, 10, 30, TUE),
        None,
        "அன்புள்ள Alex,\n\nமென்பொருள் பொறியாளர் பணிக்கான நேர்காணல் மார்ச் 24, செவ்வாய்க்கிழமை, காலை 10:30 மணிக்கு எங்கள் சென்னை அலுவலகத்தில் நடைபெறும்.\n\nநன்றி,\nகார்த்திக் ராஜா\nமனிதவளத் துறை",
        "'மார்ச் 24, செவ்வாய்க்கிழமை, காலை 10:30 மணிக்கு'.",
    )


def build_looks() -> None:
    f = "looks49"
    add(
        f,
        "fi",
        "hammaslaakari",
        ("Hymyhammas", "ajanvaraus@hymyhammas.example.fi"),
        "Ajanvarausvahvistus",
        (2026, 3, 2, 8, 0, MON),
        None,
        None,
        "Hei Alex Morgan,\n\nvahvistamme ajanvarauksesi: ti 10.3. klo 14.30, hammaslääkäri Anna Lehto, Hymyhammas Kamppi.\n\nPeruthan ajan viimeistään 24 tuntia etukäteen.\n\nYstävällisin terveisin\nHymyhammas",
        "A dentist's booking with the same 'ti 10.3. klo 14.30' form.",
    )
    add(
        f,
        "hu",
        "webinar_interju_tippek",
        ("Karrierklub", "hirlevel@karrierklub.example.hu"),
        "Webinárium: Hogyan készüljünk az állásinterjúra?",
        (2026, 3, 2, 10, 0, MON),
        None,
        None,
        "Kedves Olvasónk!\n\nIngyenes webináriumot tartunk az állásinterjúra való felkészülésről március 10-én, kedden 18:00-kor. Regisztrálni a honlapunkon lehet.\n\nA Karrierklub csapata\n\nLeiratkozás a hírlevélről: https://karrierklub.example.hu/leiratkozas",
        "A newsletter's webinar on interview tips, 'március 10-én, kedden 18:00-kor'.",
    )
    add(
        f,
        "tr",
        "tesekkur_sonrasi",
        ("Selin Arslan", "selin.arslan@karadeniz-medya.example.com.tr"),
        "Görüşmemiz hakkında",
        (2026, 3, 11, 17, 0, WED),
        None,
        None,
        "Merhaba Alex,\n\n10 Mart Salı saat 14.30'da yaptığımız görüşme için tekrar teşekkür ederiz. Değerlendirme sürecimiz devam ediyor; en geç 20 Mart'ta size dönüş yapacağız.\n\nSaygılarımla,\nSelin Arslan",
        "A thank-you after the interview; the interview's time is past.",
    )
    add(
        f,
        "ko",
        "hakbumo_sangdam",
        ("한빛초등학교", "office@hanbit-es.example.kr"),
        "학부모 상담 일정 안내",
        (2026, 3, 5, 9, 0, THU),
        None,
        None,
        "학부모님 안녕하십니까.\n\n3학년 2반 담임 정하나입니다. 요청하신 학부모 상담은 3월 10일(화) 오후 2시 30분에 교실에서 진행됩니다.\n\n감사합니다.",
        "A parents' meeting at school, '3월 10일(화) 오후 2시 30분'.",
    )
    add(
        f,
        "da",
        "fremvisning",
        ("Boligudlejning Nord", "udlejning@bolignord.example.dk"),
        "Fremvisning af lejlighed",
        (2026, 3, 5, 12, 0, THU),
        None,
        None,
        "Hej Alex\n\nTak for din interesse i lejligheden på Nørrebrogade 55, 2. tv. Der er fremvisning tirsdag d. 10/3 kl. 17.00. Husk at medbringe dokumentation for indkomst.\n\nVenlig hilsen\nBoligudlejning Nord",
        "A flat viewing, 'tirsdag d. 10/3 kl. 17.00'.",
    )
    add(
        f,
        "el",
        "na_kaneis_synenteuxi",
        ("Γιώργος Αντωνίου", "g.antoniou@aigaio-data.example.gr"),
        "Συνέντευξη υποψηφίου – χρειάζομαι βοήθεια",
        (2026, 3, 5, 11, 0, THU),
        None,
        None,
        "Alex,\n\nμπορείς να πάρεις εσύ τη συνέντευξη του υποψηφίου για τη θέση του junior developer την Πέμπτη 12 Μαρτίου, ώρα 11:00; Εγώ θα λείπω σε συνέδριο. Το βιογραφικό του είναι στο κοινόχρηστο φάκελο.\n\nΕυχαριστώ,\nΓιώργος",
        "A colleague asks the reader to interview a candidate; not the reader's own interview.",
    )
    add(
        f,
        "vi",
        "ngay_hoi_viec_lam",
        ("Ngày hội Việc làm", "tin@vieclam-hcm.example.vn"),
        "Mời tham dự Ngày hội Việc làm 2026",
        (2026, 3, 6, 8, 0, FRI),
        None,
        None,
        "Kính gửi bạn,\n\nNgày hội Việc làm TP.HCM 2026 sẽ diễn ra từ 8h00 đến 17h00 thứ Bảy, ngày 14/3 tại Nhà Văn hóa Thanh niên. Hơn 50 doanh nghiệp sẽ phỏng vấn trực tiếp tại chỗ.\n\nBan tổ chức\n\nHủy nhận tin: https://vieclam-hcm.example.vn/huy",
        "A job fair with on-site interviews; not a slot set for the reader.",
    )
    add(
        f,
        "ar",
        "ikhtiyar_mawid",
        ("ريم الشمري", "reem.alshammari@khaleej-tech.example.sa"),
        "اختيار موعد المقابلة",
        (2026, 3, 8, 10, 0, SUN),
        None,
        None,
        "مرحباً Alex،\n\nيرجى اختيار أحد المواعيد التالية للمقابلة:\n- الثلاثاء ١٠ مارس الساعة ١٠:٠٠ صباحاً\n- الأربعاء ١١ مارس الساعة ٢:٠٠ مساءً\n\nأرجو الرد بالموعد المناسب لك.\n\nمع التحية،\nريم الشمري",
        "A choice of two slots, none set yet.",
    )


BUILDERS = (
    build_hrprose,
    build_agency,
    build_mgrnote,
    build_moved,
    build_cancelled,
    build_zoned,
    build_digits,
    build_looks,
)

FIRST_SIGHT = (
    "First sight (main 9ddc7fab, before any parser change; quick.py): dev text 27 of 30 right "
    "(agency49 7/7, mgrnote49 9/9, digits49 7/7, moved49 4/7), 1 of 8 look-alikes claimed "
    "(looks49: a colleague asking the reader to take a candidate's interview, Greek); the 3 "
    "misses were moves whose old slot was read (Finnish 'Alkuperäinen aika … Uusi aika' after "
    "'joudumme siirtämään', Korean '기존: … / 변경: …' rows, Turkish '…'daki görüşmemizi …'e "
    "almamız gerekiyor'). Held out text 17 of 18 right (cancelled49 5/5, hrprose49 6/7, "
    "zoned49 6/6)."
)
AFTER = (
    "After the change (branch prose49): dev text 30 of 30 right, 0 of 8 look-alikes claimed; "
    "held out unchanged at 17 of 18 (not looked at). Rules added: Finnish and Estonian move "
    "verbs in the first person and passive, 'alkuperäinen'/'algne' for the slot given up, "
    "Korean '변경:'/'새 일정' for the new one, the Turkish dative ending with an active verb "
    "that takes or puts off a slot, and a candidate's interview in the genitive or handed to "
    "the reader (el, fi, tr, lt). Left: a Finnish old slot on a Thursday ('to 11.6.') reads "
    "the weekday as the English 'to' of a new time."
)


def provenance(cases: list[Case]) -> str:
    kinds = Counter(str(item.label.get("kind")) for item in cases)
    langs = sorted({item.language for item in cases if item.split == "dev"})
    held = sorted(HELD)
    lines = [
        "# Provenance of the prose49 batch (`build_prose49.py`)",
        "",
        "Hand-written recruiting mail without a calendar part in languages the corpus holds "
        "fewer samples of, in the day and clock forms native writers use, and look-alikes in "
        "the same languages. All prose is ours; people, companies and addresses are made up; "
        "no product template is rendered. Every label was written from the datetimes the text "
        "is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; dev languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('prose49 coin').sample(sorted(FAMILIES), 3)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rules used: the set slot's start; the end only where an end or an exact length "
        "is stated ('45 de minute', '45 minutter', '14.30–15.30'); loose lengths give none. "
        "Reschedules carry the new slot, cancellations the cancelled one. Mails that name a "
        "zone carry the instant, with a timezone label only where the words pin one zone "
        "('Suomen aikaa', 'dansk tid', 'WIB', 'KST', 'giờ Việt Nam', 'เวลาประเทศไทย'); "
        "the rest are wall time (`tz_stated: false`). Buddhist-era years are 543 ahead.",
        "",
        FIRST_SIGHT,
        "",
        AFTER,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose49.py`.",
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-prose49.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
