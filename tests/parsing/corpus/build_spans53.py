# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "spans53" batch: recruiters' and interview schedulers' invitations with no
calendar part (plain text and HTML) in languages the corpus has few text invitations in:
ro, hu, el, cs, sk, bg, uk, lt, lv, et, sl, hr, ca, eu, gl, vi, th, id, ms, tl, hi
(Devanagari and romanised), bn, ar, he, fa, sw, ta. Dates are rendered from CLDR via babel
(full, long, medium and short formats, month and weekday names); clocks in each locale's
usual shapes ('14h30', '14.30', 'ore 14', 'o 14:00', 'kell 10.00', 'plkst. 11.00', 'lúc 14
giờ', 'pukul 14.00', 'jam 2 petang', 'दोपहर 2 बजे', 'الساعة 2 ظهرًا', 'בשעה 14:00'), with
day-period words (CLDR dayPeriods), ranges, stated lengths, relative days ('mâine',
'holnap', 'αύριο', 'ngày mai', 'besok', 'kesho') and zones written the way people in those
countries write them ('ora României', 'WIB', 'giờ Việt Nam', 'שעון ישראל', 'بتوقيت مكة').

Run: .venv/bin/python tests/parsing/corpus/build_spans53.py

All text is ours (no template copied); people and companies are made up. Labels come from
the datetimes the text is rendered from (zoneinfo) and were written before the parser was
run on any message of the batch. Held-out families drawn by
`random.Random("spans53 coin").sample(sorted(FAMILIES), 3)` before anything was written:
asiaclock53, period53, relday53.
Deterministic; the script deletes or writes only files of its own families.
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
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from babel.dates import format_date

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
OURS = "hand-written, no template; recruiters' and schedulers' habits recalled; dates from CLDR (babel)"
LIC = "text ours"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

FAMILIES = {
    "asiaclock53": "Clocks in the shapes of South and South-East Asian mail: 'lúc 14 giờ', "
    "'14h30', 'เวลา 14.00 น.', 'pukul 14.00', 'jam 2 petang', 'alas-2 ng hapon', 'दोपहर 2 "
    "बजे', 'dopahar 2 baje', 'দুপুর ২টায়', 'மதியம் 2 மணிக்கு', with CLDR dates.",
    "cldrlong53": "A CLDR full or long date with the locale's own clock shape: 'marți, 15 "
    "decembrie 2026, la ora 14:30', '2026. december 9., szerda 10 órakor', 'στις 11:00', "
    "'ve 13.30 hod.', 'о 15:00', '14 val.', 'plkst. 11.00', 'kell 10.00', 'ob 9.00', 'a les "
    "12:00 h', 'ás 16:00 h', '10:00etan'.",
    "numdate53": "Numeric dates in the locale's short or medium form with a clock: "
    "'15.12.2026, ora 10:00', '2026. 12. 09. 14:00', '10. 12. 2026 v 9:30', '16.12.2026 г. от "
    "11:00 ч.', '2026-12-17 10 val.', '15/12/2026 και ώρα 12:00', 'ngày 16/12/2026 lúc 9:00', "
    "'ביום 15.12.2026 בשעה 14:00', Persian digits.",
    "period53": "Twelve-hour clocks with the locale's day-period words (CLDR dayPeriods): "
    "'ora 2 după-amiaza', 'délután 2 órakor', '2:00 μ.μ.', 'الساعة 2 ظهرًا', 'בשתיים אחר "
    "הצהריים', 'ساعت ۲ بعدازظهر', 'a les 4 de la tarda', 'в 2 следобед'.",
    "relday53": "Relative days with a clock: 'mâine', 'holnap', 'αύριο', 'ngày mai', "
    "'besok', 'kesho', 'zítra', 'утре', 'завтра', 'rytoj', 'homme', 'jutri', 'demà', 'מחר', "
    "'غدًا', 'poimâine', 'holnapután'.",
    "sched53": "Interview schedulers' HTML notifications (a table of rows: date rendered by "
    "CLDR, time span, length, zone) in Romanian, Hungarian, Czech, Greek, Basque, Hebrew, "
    "Arabic, Thai, Lithuanian, Croatian.",
    "span53": "Ranges and stated lengths: 'de la 10 la 11', '10:00 és 11:00 között', 'από "
    "τις 10:00 έως τις 11:00', 'от 14:00 до 15:00 ч.', 'з 10:00 до 11:00', 'nuo 10 iki 11 "
    "val.', 'no plkst. 14.00 līdz 15.00', 'kell 13–14', 'de 10 a 11 h', 'từ 9h đến 10h', "
    "'mula 2:00 hanggang 3:00 ng hapon', 'durata: 45 de minute', 'kestus 1 tund'.",
    "zoneword53": "Zones written the way people in those countries write them: 'ora "
    "României', 'ώρα Ελλάδος', 'WIB', 'WITA', 'giờ Việt Nam', 'שעון ישראל', 'за київським "
    "часом', 'българско време', 'Lietuvos laiku', 'waktu Malaysia', 'بتوقيت مكة المكرمة', "
    "'เวลาประเทศไทย', 'IST'.",
}
HELD = frozenset(random.Random("spans53 coin").sample(sorted(FAMILIES), 3))
assert {"asiaclock53", "period53", "relday53"} == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

ZONE = {
    "ro": "Europe/Bucharest",
    "hu": "Europe/Budapest",
    "el": "Europe/Athens",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "bg": "Europe/Sofia",
    "uk": "Europe/Kyiv",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "et": "Europe/Tallinn",
    "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "ca": "Europe/Madrid",
    "eu": "Europe/Madrid",
    "gl": "Europe/Madrid",
    "vi": "Asia/Ho_Chi_Minh",
    "th": "Asia/Bangkok",
    "id": "Asia/Jakarta",
    "ms": "Asia/Kuala_Lumpur",
    "tl": "Asia/Manila",
    "hi": "Asia/Kolkata",
    "hi-Latn": "Asia/Kolkata",
    "bn": "Asia/Dhaka",
    "ar": "Asia/Riyadh",
    "he": "Asia/Jerusalem",
    "fa": "Asia/Tehran",
    "sw": "Africa/Nairobi",
    "ta": "Asia/Kolkata",
    "en-GB": "Europe/London",
}
BABEL = {"tl": "fil", "hi-Latn": "en_IN", "en-GB": "en_GB"}
NATIVE = {
    "fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
    "bn": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"),
    "ar": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
}


def native(lang: str, text: str) -> str:
    """Digits in the script the language writes them in (Persian, Bengali, Arabic-Indic)."""
    return text.translate(NATIVE[lang])


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    sent: str,
    text: str,
    note: str,
    *,
    slot: str,
    day: str = "",
    minutes: int | None = None,
    zone: str | None = None,
    html: str = "",
    sender_zone: str | None = None,
) -> None:
    """One invitation sent at `sent` (wall time in `sender_zone` or the language's zone) for
    the wall time `slot` (in `zone`, the zone the text states, else the Date offset); `day`
    the weekday the text names. `{full}`, `{long}`, `{medium}`, `{short}` in the text (and
    `html`) are the slot's date in that CLDR format for the language."""
    sent_at = datetime.fromisoformat(sent).replace(tzinfo=ZoneInfo(sender_zone or ZONE[lang]))
    key = f"spans53 {fam} {lang} {name}"
    start = datetime.fromisoformat(slot).replace(tzinfo=ZoneInfo(zone or ZONE[lang]))
    assert start > sent_at, key
    if day and DAYS[start.weekday()] != day:
        raise ValueError(f"{key}: {start:%Y-%m-%d} is a {DAYS[start.weekday()]}, not {day}")
    loc = BABEL.get(lang, lang)
    dates = {
        w: format_date(start.date(), w, locale=loc) for w in ("full", "long", "medium", "short")
    }
    text = text.format(**dates)
    end = start + timedelta(minutes=minutes) if minutes else None
    label = {
        "kind": "invitation",
        **pp.timed(start, end, zone=zone, sent=None if zone else sent_at),
    }
    message: MIMEBase
    if html and not text:
        message = l48._part(html.format(**dates), "html")
    elif html:
        message = MIMEMultipart("alternative")
        message.attach(l48._part(text, "plain"))
        message.attach(l48._part(html.format(**dates), "html"))
    else:
        message = l48._part(text, "plain")
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


def table(title: str, rows: list[tuple[str, str]], foot: str) -> str:
    """A scheduler's HTML notification: a heading, a two-column table, a footer line."""
    cells = "".join(
        f'<tr><td style="color:#666;padding:4px 12px 4px 0">{k}</td><td style="padding:4px 0"><b>{v}</b></td></tr>'
        for k, v in rows
    )
    return (
        '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
        f'<h2 style="font-size:18px">{title}</h2><table cellspacing="0" cellpadding="0">{cells}</table>'
        f'<p style="color:#888;font-size:12px">{foot}</p></body></html>'
    )


# --- cldrlong53 ------------------------------------------------------------------------------
def cldrlong() -> None:
    f = "cldrlong53"
    add(
        f,
        "ro",
        "interviu_la_ora",
        ("Andreea Popescu", "andreea.popescu@somes-digital.example.ro"),
        "Invitație la interviu – Dezvoltator Python",
        "2026-12-03T11:05",
        "Bună ziua, domnule Morgan,\n\nVă mulțumim pentru interesul arătat față de postul de Dezvoltator Python. Vă invităm la un interviu {full}, la ora 14:30, la sediul nostru din Cluj-Napoca, str. Memorandumului nr. 12.\n\nVă rugăm să ne confirmați prezența.\n\nCu stimă,\nAndreea Popescu\nResurse Umane",
        "CLDR full date 'marți, 15 decembrie 2026', 'la ora 14:30'.",
        slot="2026-12-15T14:30",
        day="Tue",
    )
    add(
        f,
        "hu",
        "orakor",
        ("Kovács Eszter", "kovacs.eszter@tisza-logisztika.example.hu"),
        "Meghívó állásinterjúra",
        "2026-12-02T09:40",
        "Kedves Alex!\n\nKöszönjük jelentkezését a logisztikai elemző pozícióra. Szeretnénk meghívni egy személyes interjúra, amelynek időpontja: {full} 10 órakor.\n\nHelyszín: Szeged, Kossuth Lajos sugárút 21., 2. emelet.\n\nKérjük, jelezze vissza, hogy az időpont megfelel-e.\n\nÜdvözlettel:\nKovács Eszter\nHR-munkatárs",
        "CLDR full date '2026. december 9., szerda' and '10 órakor'.",
        slot="2026-12-09T10:00",
        day="Wed",
    )
    add(
        f,
        "el",
        "stis_enteka",
        ("Μαρία Παπαδοπούλου", "m.papadopoulou@aigaio-soft.example.gr"),
        "Πρόσκληση σε συνέντευξη",
        "2026-12-04T12:15",
        "Αγαπητέ κύριε Morgan,\n\nΣας ευχαριστούμε για την αίτησή σας. Θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη την {full}, στις 11:00, στα γραφεία μας στη Θεσσαλονίκη (Τσιμισκή 44, 3ος όροφος).\n\nΠαρακαλούμε επιβεβαιώστε τη συμμετοχή σας.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου\nΤμήμα Ανθρώπινου Δυναμικού",
        "CLDR full date 'Πέμπτη 10 Δεκεμβρίου 2026', 'στις 11:00'.",
        slot="2026-12-10T11:00",
        day="Thu",
    )
    add(
        f,
        "cs",
        "termin_hod",
        ("Lucie Dvořáková", "dvorakova@vltava-data.example.cz"),
        "Pozvánka na pohovor",
        "2026-12-03T15:20",
        "Dobrý den, pane Morgane,\n\nděkujeme za Váš zájem o pozici analytika dat. Rádi bychom Vás pozvali na osobní pohovor.\n\nTermín: {full}, 13.30 hod.\nMísto: Praha 7, Argentinská 38, recepce budovy B\n\nProsím potvrďte nám, zda Vám termín vyhovuje.\n\nS pozdravem\nLucie Dvořáková\nnábor",
        "CLDR full date 'středa 9. prosince 2026', '13.30 hod.'.",
        slot="2026-12-09T13:30",
        day="Wed",
    )
    add(
        f,
        "sk",
        "o_hod",
        ("Martina Horváthová", "horvathova@tatra-it.example.sk"),
        "Pozvánka na pracovný pohovor",
        "2026-12-04T08:50",
        "Dobrý deň,\n\nna základe Vášho životopisu by sme Vás radi pozvali na pracovný pohovor na pozíciu Java vývojár.\n\nTermín pohovoru: {full} o 9:00 hod.\nMiesto: Bratislava, Mlynské nivy 16\n\nV prípade, že Vám termín nevyhovuje, dajte nám vedieť.\n\nS pozdravom\nMartina Horváthová",
        "CLDR full date 'štvrtok 10. decembra 2026', 'o 9:00 hod.'.",
        slot="2026-12-10T09:00",
        day="Thu",
    )
    add(
        f,
        "bg",
        "ot_chasa",
        ("Десислава Иванова", "d.ivanova@balkan-fintech.example.bg"),
        "Покана за интервю",
        "2026-12-02T10:30",
        "Здравейте, г-н Морган,\n\nБлагодарим Ви за проявения интерес към позицията „Финансов анализатор“. Каним Ви на интервю на {full} от 10:00 ч. в нашия офис в София, бул. „Витоша“ 89.\n\nМоля, потвърдете участието си.\n\nПоздрави,\nДесислава Иванова\nЧовешки ресурси",
        "CLDR full date 'вторник, 15 декември 2026 г.', 'от 10:00 ч.'.",
        slot="2026-12-15T10:00",
        day="Tue",
    )
    add(
        f,
        "uk",
        "o_pyatnadtsyatiy",
        ("Олена Коваленко", "o.kovalenko@dnipro-soft.example.ua"),
        "Запрошення на співбесіду",
        "2026-12-03T13:10",
        "Добрий день, Алексе!\n\nДякуємо за Ваш відгук на вакансію QA-інженера. Запрошуємо Вас на співбесіду {full} о 15:00 у форматі відеодзвінка в Google Meet (посилання надішлемо напередодні).\n\nБудь ласка, підтвердіть, чи Вам зручно.\n\nЗ повагою,\nОлена Коваленко\nрекрутерка",
        "CLDR full date 'середа, 16 грудня 2026 р.', 'о 15:00'.",
        slot="2026-12-16T15:00",
        day="Wed",
    )
    add(
        f,
        "lt",
        "val",
        ("Rūta Petrauskienė", "ruta.petrauskiene@nemunas-tech.example.lt"),
        "Kvietimas į pokalbį",
        "2026-12-04T09:15",
        "Laba diena,\n\ndėkojame už Jūsų paraišką. Kviečiame Jus į pokalbį, kuris vyks {full} 14 val. mūsų biure Kaune (Laisvės al. 53).\n\nPrašome patvirtinti dalyvavimą.\n\nPagarbiai\nRūta Petrauskienė\nPersonalo skyrius",
        "CLDR full date '2026 m. gruodžio 16 d., trečiadienis', '14 val.'.",
        slot="2026-12-16T14:00",
        day="Wed",
    )
    add(
        f,
        "lv",
        "plkst",
        ("Ilze Bērziņa", "ilze.berzina@daugava-dati.example.lv"),
        "Uzaicinājums uz darba interviju",
        "2026-12-03T14:00",
        "Labdien!\n\nPaldies par Jūsu pieteikumu sistēmu administratora amatam. Aicinām Jūs uz darba interviju ceturtdien, 2026. gada 17. decembrī, plkst. 11.00 mūsu birojā Rīgā, Krišjāņa Valdemāra ielā 21.\n\nLūdzu, apstipriniet savu dalību.\n\nAr cieņu\nIlze Bērziņa\nPersonāla daļa",
        "Long date in the locative 'ceturtdien, 2026. gada 17. decembrī', 'plkst. 11.00'.",
        slot="2026-12-17T11:00",
        day="Thu",
    )
    add(
        f,
        "et",
        "kell",
        ("Kadri Tamm", "kadri.tamm@emajogi-tarkvara.example.ee"),
        "Kutse tööintervjuule",
        "2026-12-02T16:20",
        "Tere, Alex!\n\nTäname Teid kandideerimast tarkvaraarendaja ametikohale. Kutsume Teid vestlusele, mis toimub {full} kell 10.00 meie Tartu kontoris (Riia 24).\n\nPalun andke teada, kas aeg sobib.\n\nParimate soovidega\nKadri Tamm\npersonalispetsialist",
        "CLDR full date 'neljapäev, 10. detsember 2026', 'kell 10.00'.",
        slot="2026-12-10T10:00",
        day="Thu",
    )
    add(
        f,
        "sl",
        "ob_devetih",
        ("Nina Kranjc", "nina.kranjc@soca-sistemi.example.si"),
        "Vabilo na razgovor",
        "2026-12-04T10:45",
        "Pozdravljeni,\n\nzahvaljujemo se vam za prijavo na delovno mesto razvijalca. Vabimo vas na razgovor.\n\nTermin: {full}, ob 9.00\nKraj: Ljubljana, Dunajska cesta 106\n\nProsimo, potrdite udeležbo.\n\nLep pozdrav,\nNina Kranjc",
        "CLDR full date 'torek, 15. december 2026', 'ob 9.00'.",
        slot="2026-12-15T09:00",
        day="Tue",
    )
    add(
        f,
        "ca",
        "a_les_dotze",
        ("Laia Puig", "laia.puig@llobregat-robotica.example.cat"),
        "Convocatòria d'entrevista",
        "2026-12-03T12:30",
        "Benvolgut Alex,\n\nGràcies pel teu interès en la posició d'enginyer de control. Et convidem a una entrevista el {full}, a les 12:00 h, a les nostres oficines del carrer de Pujades, 77, Barcelona.\n\nSi us plau, confirma'ns l'assistència.\n\nSalutacions cordials,\nLaia Puig\nRecursos Humans",
        "CLDR full date 'divendres, 11 de desembre del 2026', 'a les 12:00 h'.",
        slot="2026-12-11T12:00",
        day="Fri",
    )
    add(
        f,
        "eu",
        "etan",
        ("Ane Etxeberria", "ane.etxeberria@urola-ingeniaritza.example.eus"),
        "Lan-elkarrizketarako deialdia",
        "2026-12-02T11:00",
        "Kaixo, Alex:\n\nEskerrik asko zure hautagaitzagatik. Elkarrizketa batera gonbidatu nahi zaitugu: 2026ko abenduaren 14an, astelehenean, 10:00etan, Donostiako bulegoan (Miramon pasealekua 170).\n\nMesedez, baieztatu etorriko zaren.\n\nOndo izan,\nAne Etxeberria\nGiza Baliabideak",
        "Hand-written long date '2026ko abenduaren 14an, astelehenean', '10:00etan'.",
        slot="2026-12-14T10:00",
        day="Mon",
    )
    add(
        f,
        "gl",
        "as_dezaseis",
        ("Uxía Castro", "uxia.castro@ria-naval.example.gal"),
        "Convocatoria de entrevista",
        "2026-12-04T13:40",
        "Ola, Alex:\n\nGrazas polo teu interese no posto de técnico de calidade. Convidámoste a unha entrevista o {full} ás 16:00 h nas nosas oficinas de Vigo (rúa do Príncipe, 22).\n\nAgradecémosche que confirmes a asistencia.\n\nUnha aperta,\nUxía Castro\nRecursos Humanos",
        "CLDR full date 'mércores, 16 de decembro de 2026', 'ás 16:00 h'.",
        slot="2026-12-16T16:00",
        day="Wed",
    )


# --- numdate53 -------------------------------------------------------------------------------
def numdate() -> None:
    f = "numdate53"
    add(
        f,
        "ro",
        "data_ora",
        ("Cristina Marin", "cristina.marin@carpati-energie.example.ro"),
        "Programare interviu",
        "2026-12-04T10:10",
        "Bună ziua,\n\nîn urma analizării CV-ului dumneavoastră, vă propunem următoarea programare pentru interviu:\n\nData: {short}\nOra: 10:00\nLocația: Brașov, str. Lungă nr. 8, etaj 1\n\nVă rugăm să confirmați.\n\nCu stimă,\nCristina Marin",
        "Rows 'Data: 15.12.2026' / 'Ora: 10:00'.",
        slot="2026-12-15T10:00",
    )
    add(
        f,
        "hu",
        "pontos_datum",
        ("Nagy Péter", "nagy.peter@balaton-gepgyar.example.hu"),
        "Interjú időpont",
        "2026-12-03T08:30",
        "Tisztelt Morgan Úr!\n\nAz interjú időpontja: {short} 14:00.\nHelyszín: Veszprém, Wartha Vince u. 1.\n\nKérem, hozza magával a bizonyítványai másolatát.\n\nÜdvözlettel:\nNagy Péter",
        "CLDR short date '2026. 12. 09.' and '14:00'.",
        slot="2026-12-09T14:00",
    )
    add(
        f,
        "cs",
        "dne_v",
        ("Petr Novák", "novak@morava-strojirny.example.cz"),
        "Pohovor – potvrzení termínu",
        "2026-12-04T11:45",
        "Dobrý den,\n\npotvrzuji Váš pohovor dne {medium} v 9:30 v naší kanceláři v Brně, Purkyňova 99.\n\nVe vrátnici se prosím nahlaste u paní Šebestové.\n\nS pozdravem\nPetr Novák",
        "CLDR medium date '10. 12. 2026' with 'v 9:30'.",
        slot="2026-12-10T09:30",
    )
    add(
        f,
        "bg",
        "data_g",
        ("Николай Петров", "n.petrov@rodopi-mebel.example.bg"),
        "Интервю – потвърждение",
        "2026-12-04T14:15",
        "Здравейте,\n\nпотвърждаваме интервюто Ви на {medium} от 11:00 ч. в офиса ни в Пловдив, ул. „Капитан Райчо“ 56.\n\nПоздрави,\nНиколай Петров",
        "CLDR medium date '16.12.2026 г.' with 'от 11:00 ч.'.",
        slot="2026-12-16T11:00",
    )
    add(
        f,
        "uk",
        "data_o",
        ("Ірина Шевченко", "i.shevchenko@lviv-agro.example.ua"),
        "Співбесіда 16.12",
        "2026-12-04T09:00",
        "Вітаю, Алексе!\n\nПідтверджую співбесіду 16.12.2026 о 10:00 (онлайн, Microsoft Teams). Запрошення з посиланням надішлю окремим листом.\n\nГарного дня,\nІрина Шевченко",
        "'16.12.2026 о 10:00'.",
        slot="2026-12-16T10:00",
    )
    add(
        f,
        "lt",
        "iso_val",
        ("Tomas Kazlauskas", "tomas.kazlauskas@baltic-route.example.lt"),
        "Pokalbio laikas",
        "2026-12-03T15:30",
        "Sveiki,\n\nsiūlome pokalbio laiką: {short} 10 val. (Vilnius, Gedimino pr. 20).\n\nJei laikas netinka, atsakykite į šį laišką.\n\nTomas Kazlauskas",
        "CLDR short date '2026-12-17' with '10 val.'.",
        slot="2026-12-17T10:00",
    )
    add(
        f,
        "el",
        "kai_ora",
        ("Γιώργος Νικολάου", "g.nikolaou@kriti-foods.example.gr"),
        "Ραντεβού συνέντευξης",
        "2026-12-03T10:20",
        "Καλησπέρα σας,\n\nη συνέντευξή σας ορίστηκε για τις 15/12/2026 και ώρα 12:00 στα γραφεία μας στο Ηράκλειο.\n\nΜε εκτίμηση,\nΓιώργος Νικολάου",
        "'15/12/2026 και ώρα 12:00'.",
        slot="2026-12-15T12:00",
    )
    add(
        f,
        "vi",
        "ngay_luc",
        ("Nguyễn Thu Hà", "ha.nguyen@songhong-tech.example.vn"),
        "Thư mời phỏng vấn",
        "2026-12-04T08:40",
        "Chào anh Alex,\n\nCảm ơn anh đã ứng tuyển vị trí Kỹ sư phần mềm. Công ty trân trọng mời anh tham dự buổi phỏng vấn vào ngày 16/12/2026 lúc 9:00 tại văn phòng tầng 8, 72 Lê Thánh Tôn, Quận 1.\n\nVui lòng phản hồi email này để xác nhận.\n\nTrân trọng,\nNguyễn Thu Hà\nPhòng Nhân sự",
        "'ngày 16/12/2026 lúc 9:00'.",
        slot="2026-12-16T09:00",
    )
    add(
        f,
        "he",
        "beyom_besha",
        ("נועה לוי", "noa.levi@galil-data.example.co.il"),
        "זימון לראיון עבודה",
        "2026-12-03T12:00",
        "שלום אלכס,\n\nתודה על פנייתך למשרת מפתח/ת Backend. נשמח לפגוש אותך לראיון ביום {short} בשעה 14:00 במשרדינו ברחוב הרצל 12, חיפה.\n\nנא לאשר הגעה.\n\nבברכה,\nנועה לוי\nמשאבי אנוש",
        "'ביום 15.12.2026 בשעה 14:00'.",
        slot="2026-12-15T14:00",
    )
    add(
        f,
        "fa",
        "persian_digits",
        ("سارا احمدی", "sara.ahmadi@alborz-soft.example.ir"),
        "دعوت به مصاحبه",
        "2026-12-02T10:00",
        native(
            "fa",
            "با سلام،\n\nاز علاقه شما به موقعیت برنامه‌نویس سپاسگزاریم. شما را برای مصاحبه حضوری در تاریخ 2026/12/14 ساعت 10:30 به دفتر شرکت در تهران، خیابان ولیعصر، پلاک 1200 دعوت می‌کنیم.\n\nلطفاً حضور خود را تأیید کنید.\n\nبا احترام،\nسارا احمدی\nمنابع انسانی",
        ),
        "Persian digits: 'در تاریخ ۲۰۲۶/۱۲/۱۴ ساعت ۱۰:۳۰'.",
        slot="2026-12-14T10:30",
    )
    add(
        f,
        "ar",
        "arabic_digits",
        ("ريم الحربي", "reem.alharbi@najd-systems.example.sa"),
        "دعوة لمقابلة شخصية",
        "2026-12-03T09:00",
        native(
            "ar",
            "السلام عليكم،\n\nيسعدنا دعوتكم لإجراء مقابلة شخصية لوظيفة محلل بيانات وذلك يوم الأربعاء 16/12/2026 الساعة 11:00 صباحًا في مقر الشركة بالرياض، طريق الملك فهد.\n\nنرجو تأكيد الحضور.\n\nمع التحية،\nريم الحربي\nالموارد البشرية",
        ),
        "Arabic-Indic digits '١٦/١٢/٢٠٢٦ الساعة ١١:٠٠ صباحًا'.",
        slot="2026-12-16T11:00",
        day="Wed",
    )


# --- span53 ----------------------------------------------------------------------------------
def span() -> None:
    f = "span53"
    add(
        f,
        "ro",
        "de_la_la",
        ("Ioana Dumitrescu", "ioana.dumitrescu@dunarea-soft.example.ro"),
        "Interviu tehnic",
        "2026-12-04T09:30",
        "Salut, Alex,\n\nte așteptăm la interviul tehnic {full}, de la 10 la 11, online pe Zoom. Linkul îl primești cu o zi înainte.\n\nMulțumim,\nIoana Dumitrescu",
        "'de la 10 la 11' after a CLDR full date.",
        slot="2026-12-10T10:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "ro",
        "durata_minute",
        ("Vlad Stan", "vlad.stan@mures-auto.example.ro"),
        "Interviu telefonic",
        "2026-12-03T16:00",
        "Bună ziua,\n\nvă propunem un scurt interviu telefonic luni, 14 decembrie, la ora 11:00. Durata: 45 de minute.\n\nO zi bună,\nVlad Stan",
        "'la ora 11:00. Durata: 45 de minute.'",
        slot="2026-12-14T11:00",
        day="Mon",
        minutes=45,
    )
    add(
        f,
        "hu",
        "kozott",
        ("Szabó Anna", "szabo.anna@duna-informatika.example.hu"),
        "Interjú – december 16.",
        "2026-12-04T13:00",
        "Kedves Alex!\n\nAz interjút december 16-án, szerdán 10:00 és 11:00 között tartjuk online (Teams). Időtartam: kb. 1 óra.\n\nÜdvözlettel:\nSzabó Anna",
        "'december 16-án, szerdán 10:00 és 11:00 között'.",
        slot="2026-12-16T10:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "el",
        "apo_eos",
        ("Ελένη Γεωργίου", "e.georgiou@attiki-logistics.example.gr"),
        "Συνέντευξη – Δευτέρα 14/12",
        "2026-12-04T11:10",
        "Καλημέρα σας,\n\nη συνέντευξη θα γίνει τη Δευτέρα 14 Δεκεμβρίου από τις 10:00 έως τις 11:00 μέσω Zoom.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου",
        "'τη Δευτέρα 14 Δεκεμβρίου από τις 10:00 έως τις 11:00'.",
        slot="2026-12-14T10:00",
        day="Mon",
        minutes=60,
    )
    add(
        f,
        "bg",
        "ot_do",
        ("Мария Георгиева", "m.georgieva@varna-port.example.bg"),
        "Интервю в четвъртък",
        "2026-12-03T10:00",
        "Здравейте,\n\nинтервюто ще се проведе в четвъртък, 17 декември, от 14:00 до 15:00 ч. в офиса ни във Варна.\n\nПоздрави,\nМария Георгиева",
        "'в четвъртък, 17 декември, от 14:00 до 15:00 ч.'.",
        slot="2026-12-17T14:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "uk",
        "z_do",
        ("Андрій Мельник", "a.melnyk@kharkiv-robotics.example.ua"),
        "Технічна співбесіда",
        "2026-12-04T12:30",
        "Алексе, добрий день!\n\nТехнічна співбесіда відбудеться у п'ятницю, 18 грудня, з 10:00 до 11:30 у Google Meet.\n\nДо зустрічі,\nАндрій Мельник",
        "'у п'ятницю, 18 грудня, з 10:00 до 11:30'.",
        slot="2026-12-18T10:00",
        day="Fri",
        minutes=90,
    )
    add(
        f,
        "lt",
        "nuo_iki",
        ("Eglė Jankauskaitė", "egle.jankauskaite@vilnius-fin.example.lt"),
        "Pokalbis gruodžio 15 d.",
        "2026-12-04T10:40",
        "Laba diena,\n\npokalbis vyks gruodžio 15 d. (antradienį) nuo 10 iki 11 val. per Teams.\n\nPagarbiai\nEglė Jankauskaitė",
        "'gruodžio 15 d. (antradienį) nuo 10 iki 11 val.'.",
        slot="2026-12-15T10:00",
        day="Tue",
        minutes=60,
    )
    add(
        f,
        "lv",
        "no_lidz",
        ("Jānis Ozols", "janis.ozols@gauja-koks.example.lv"),
        "Intervija 9. decembrī",
        "2026-12-02T15:00",
        "Labdien!\n\nIntervija notiks trešdien, 9. decembrī, no plkst. 14.00 līdz 15.00 mūsu birojā Siguldā.\n\nAr cieņu\nJānis Ozols",
        "'trešdien, 9. decembrī, no plkst. 14.00 līdz 15.00'.",
        slot="2026-12-09T14:00",
        day="Wed",
        minutes=60,
    )
    add(
        f,
        "et",
        "kell_kestus",
        ("Marten Kask", "marten.kask@parnu-puit.example.ee"),
        "Tööintervjuu",
        "2026-12-03T09:10",
        "Tere!\n\nIntervjuu toimub esmaspäeval, 14. detsembril kell 13.00 Pärnus, Riia mnt 12. Kestus 1 tund.\n\nParimat\nMarten Kask",
        "'esmaspäeval, 14. detsembril kell 13.00' and 'Kestus 1 tund'.",
        slot="2026-12-14T13:00",
        day="Mon",
        minutes=60,
    )
    add(
        f,
        "ca",
        "de_a_h",
        ("Jordi Soler", "jordi.soler@ebre-energia.example.cat"),
        "Entrevista dijous",
        "2026-12-04T17:00",
        "Hola Alex,\n\nla videotrucada serà dijous 10 de desembre, de 10 a 11 h. T'enviarem l'enllaç de Meet el dia abans.\n\nFins aviat,\nJordi Soler",
        "'dijous 10 de desembre, de 10 a 11 h'.",
        slot="2026-12-10T10:00",
        day="Thu",
        minutes=60,
    )
    add(
        f,
        "vi",
        "tu_den",
        ("Trần Minh Khoa", "khoa.tran@mekong-logistics.example.vn"),
        "Lịch phỏng vấn",
        "2026-12-04T10:00",
        "Chào bạn Alex,\n\nBuổi phỏng vấn của bạn được sắp xếp vào thứ Sáu, ngày 11/12/2026, từ 9h đến 10h qua Google Meet.\n\nThân mến,\nTrần Minh Khoa",
        "'thứ Sáu, ngày 11/12/2026, từ 9h đến 10h'.",
        slot="2026-12-11T09:00",
        day="Fri",
        minutes=60,
    )
    add(
        f,
        "tl",
        "mula_hanggang",
        ("Maricel Santos", "maricel.santos@luzon-bpo.example.ph"),
        "Iskedyul ng interview",
        "2026-12-03T13:00",
        "Magandang araw, Alex!\n\nAng iyong final interview ay sa Martes, Disyembre 15, mula 2:00 hanggang 3:00 ng hapon, sa aming opisina sa Ortigas.\n\nSalamat,\nMaricel Santos",
        "'sa Martes, Disyembre 15, mula 2:00 hanggang 3:00 ng hapon'.",
        slot="2026-12-15T14:00",
        day="Tue",
        minutes=60,
    )
    add(
        f,
        "id",
        "menit_wib",
        ("Dewi Lestari", "dewi.lestari@nusantara-digital.example.co.id"),
        "Undangan Wawancara",
        "2026-12-04T09:00",
        "Halo Alex,\n\nKami mengundang Anda untuk wawancara pada hari Rabu, 16 Desember 2026 pukul 10.00 WIB melalui Zoom. Durasi: 45 menit.\n\nSalam,\nDewi Lestari\nTim Rekrutmen",
        "'Rabu, 16 Desember 2026 pukul 10.00 WIB' and 'Durasi: 45 menit'.",
        slot="2026-12-16T10:00",
        day="Wed",
        minutes=45,
        zone="Asia/Jakarta",
    )
    add(
        f,
        "sl",
        "trajanje_ura",
        ("Matej Zupan", "matej.zupan@krka-sistemi.example.si"),
        "Razgovor – četrtek",
        "2026-12-04T08:20",
        "Pozdravljeni,\n\nrazgovor bo v četrtek, 17. decembra, ob 10. uri prek Teamsa. Trajanje: 1 ura.\n\nLep pozdrav,\nMatej Zupan",
        "'v četrtek, 17. decembra, ob 10. uri' and 'Trajanje: 1 ura'.",
        slot="2026-12-17T10:00",
        day="Thu",
        minutes=60,
    )


# --- sched53 ---------------------------------------------------------------------------------
def sched() -> None:
    f = "sched53"
    add(
        f,
        "ro",
        "tabel_ora",
        ("Echipa de recrutare Somes Digital", "recrutare@somes-digital.example.ro"),
        "Interviul tău a fost programat",
        "2026-12-02T12:00",
        "",
        "HTML only: rows 'Data' {full} / 'Ora' '14:00 – 14:45 (ora României)' / 'Durata' '45 de minute'.",
        slot="2026-12-08T14:00",
        day="Tue",
        minutes=45,
        zone="Europe/Bucharest",
        html=table(
            "Interviul tău a fost programat",
            [
                ("Poziție", "Inginer DevOps"),
                ("Data", "{full}"),
                ("Ora", "14:00 – 14:45 (ora României)"),
                ("Durata", "45 de minute"),
                ("Locație", "Google Meet"),
            ],
            "Poți reprograma sau anula din linkul primit în confirmare.",
        ),
    )
    add(
        f,
        "hu",
        "tablazat",
        ("Toborzás – Tisza Logisztika", "toborzas@tisza-logisztika.example.hu"),
        "Interjú visszaigazolása",
        "2026-12-03T08:00",
        "",
        "HTML only: 'Dátum' {full} / 'Időpont' '09:30–10:15' / 'Időtartam' '45 perc'.",
        slot="2026-12-11T09:30",
        day="Fri",
        minutes=45,
        html=table(
            "Interjú visszaigazolása",
            [
                ("Pozíció", "Raktárvezető"),
                ("Dátum", "{full}"),
                ("Időpont", "09:30–10:15"),
                ("Időtartam", "45 perc"),
                ("Helyszín", "Microsoft Teams"),
            ],
            "Ha az időpont nem megfelelő, kérjük, jelezze.",
        ),
    )
    add(
        f,
        "cs",
        "tabulka",
        ("Nábor Vltava Data", "nabor@vltava-data.example.cz"),
        "Potvrzení pohovoru",
        "2026-12-03T09:00",
        "Potvrzení pohovoru\n\nPozice: Analytik dat\nDatum: {full}\nČas: 10:00–11:00 (SEČ)\nMísto: Microsoft Teams\n\nTermín můžete změnit přes odkaz v pozvánce.",
        "Text and HTML: 'Datum' {full} / 'Čas' '10:00–11:00 (SEČ)'.",
        slot="2026-12-14T10:00",
        day="Mon",
        minutes=60,
        zone="Europe/Prague",
        html=table(
            "Potvrzení pohovoru",
            [
                ("Pozice", "Analytik dat"),
                ("Datum", "{full}"),
                ("Čas", "10:00–11:00 (SEČ)"),
                ("Místo", "Microsoft Teams"),
            ],
            "Termín můžete změnit přes odkaz v pozvánce.",
        ),
    )
    add(
        f,
        "el",
        "pinakas",
        ("Aigaio Soft Recruiting", "careers@aigaio-soft.example.gr"),
        "Η συνέντευξή σας προγραμματίστηκε",
        "2026-12-02T10:30",
        "",
        "HTML only: 'Ημερομηνία' {full} / 'Ώρα' '12:00 - 12:30 (ώρα Ελλάδος)'.",
        slot="2026-12-09T12:00",
        day="Wed",
        minutes=30,
        zone="Europe/Athens",
        html=table(
            "Η συνέντευξή σας προγραμματίστηκε",
            [
                ("Θέση", "Frontend Developer"),
                ("Ημερομηνία", "{full}"),
                ("Ώρα", "12:00 - 12:30 (ώρα Ελλάδος)"),
                ("Τοποθεσία", "Zoom"),
            ],
            "Για αλλαγή ώρας χρησιμοποιήστε τον σύνδεσμο της επιβεβαίωσης.",
        ),
    )
    add(
        f,
        "eu",
        "cldr_parentesia",
        ("Urola Ingeniaritza", "hautaketa@urola-ingeniaritza.example.eus"),
        "Elkarrizketa baieztatua",
        "2026-12-03T10:00",
        "",
        "HTML only: the raw CLDR full date '2026(e)ko abenduaren 16(a), asteazkena' / 'Ordua' '11:00 - 11:30'.",
        slot="2026-12-16T11:00",
        day="Wed",
        minutes=30,
        html=table(
            "Elkarrizketa baieztatua",
            [
                ("Lanpostua", "Kalitate teknikaria"),
                ("Data", "{full}"),
                ("Ordua", "11:00 - 11:30"),
                ("Iraupena", "30 minutu"),
                ("Lekua", "Google Meet"),
            ],
            "Ordua aldatzeko, erabili baieztapeneko esteka.",
        ),
    )
    add(
        f,
        "he",
        "tavla",
        ("Galil Data – גיוס", "jobs@galil-data.example.co.il"),
        "הראיון שלך נקבע",
        "2026-12-03T11:00",
        "הראיון שלך נקבע\n\nמשרה: מפתח/ת Backend\nתאריך: {full}\nשעה: 10:00–10:45 (שעון ישראל)\nמיקום: Zoom\n\nלשינוי המועד יש להשתמש בקישור שבמייל האישור.",
        "Text and HTML: 'תאריך' {full} / 'שעה' '10:00–10:45 (שעון ישראל)'.",
        slot="2026-12-17T10:00",
        day="Thu",
        minutes=45,
        zone="Asia/Jerusalem",
        html=table(
            "הראיון שלך נקבע",
            [
                ("משרה", "מפתח/ת Backend"),
                ("תאריך", "{full}"),
                ("שעה", "10:00–10:45 (שעון ישראל)"),
                ("מיקום", "Zoom"),
            ],
            "לשינוי המועד יש להשתמש בקישור שבמייל האישור.",
        ),
    )
    add(
        f,
        "ar",
        "jadwal",
        ("نجد سيستمز – التوظيف", "careers@najd-systems.example.sa"),
        "تم تحديد موعد مقابلتك",
        "2026-12-03T08:00",
        "",
        "HTML only: 'التاريخ' {full} / 'الوقت' '1:00 م - 1:30 م (بتوقيت الرياض)'.",
        slot="2026-12-15T13:00",
        day="Tue",
        minutes=30,
        zone="Asia/Riyadh",
        html=table(
            "تم تحديد موعد مقابلتك",
            [
                ("الوظيفة", "محلل بيانات"),
                ("التاريخ", "{full}"),
                ("الوقت", "1:00 م - 1:30 م (بتوقيت الرياض)"),
                ("المكان", "Microsoft Teams"),
            ],
            "لتغيير الموعد استخدم الرابط في رسالة التأكيد.",
        ),
    )
    add(
        f,
        "th",
        "tarang",
        ("ฝ่ายสรรหา Chao Phraya Tech", "recruit@chaophraya-tech.example.co.th"),
        "ยืนยันนัดสัมภาษณ์",
        "2026-12-02T09:00",
        "",
        "HTML only: 'วันที่' {full} (ค.ศ.) / 'เวลา' '14.00 - 15.00 น.'.",
        slot="2026-12-10T14:00",
        day="Thu",
        minutes=60,
        html=table(
            "ยืนยันนัดสัมภาษณ์",
            [
                ("ตำแหน่ง", "วิศวกรซอฟต์แวร์"),
                ("วันที่", "{full}"),
                ("เวลา", "14.00 - 15.00 น."),
                ("สถานที่", "อาคารสาทรทาวเวอร์ ชั้น 12"),
            ],
            "หากต้องการเลื่อนนัด กรุณาตอบกลับอีเมลนี้",
        ),
    )
    add(
        f,
        "lt",
        "lentele",
        ("Nemunas Tech atranka", "atranka@nemunas-tech.example.lt"),
        "Pokalbis patvirtintas",
        "2026-12-04T10:00",
        "",
        "HTML only: 'Data' {full} / 'Laikas' '09:00–09:30'.",
        slot="2026-12-18T09:00",
        day="Fri",
        minutes=30,
        html=table(
            "Pokalbis patvirtintas",
            [
                ("Pareigos", "Duomenų inžinierius"),
                ("Data", "{full}"),
                ("Laikas", "09:00–09:30"),
                ("Vieta", "Teams"),
            ],
            "Norėdami pakeisti laiką, naudokite nuorodą patvirtinime.",
        ),
    )
    add(
        f,
        "hr",
        "tablica",
        ("Jadran Soft zapošljavanje", "posao@jadran-soft.example.hr"),
        "Razgovor je zakazan",
        "2026-12-04T13:00",
        "Razgovor je zakazan\n\nRadno mjesto: Java developer\nDatum: {full}\nVrijeme: 15:00 – 16:00\nMjesto: Zagreb, Savska cesta 41",
        "Text and HTML: 'Datum' {full} (trailing '2026.') / 'Vrijeme' '15:00 – 16:00'.",
        slot="2026-12-17T15:00",
        day="Thu",
        minutes=60,
        html=table(
            "Razgovor je zakazan",
            [
                ("Radno mjesto", "Java developer"),
                ("Datum", "{full}"),
                ("Vrijeme", "15:00 – 16:00"),
                ("Mjesto", "Zagreb, Savska cesta 41"),
            ],
            "Za promjenu termina odgovorite na ovu poruku.",
        ),
    )


# --- zoneword53 ------------------------------------------------------------------------------
def zoneword() -> None:
    f = "zoneword53"
    add(
        f,
        "ro",
        "ora_romaniei",
        ("Bogdan Stoica", "bogdan.stoica@iasi-cloud.example.ro"),
        "Interviu online",
        "2026-12-03T10:00",
        "Bună ziua,\n\nvă propunem interviul online miercuri, 9 decembrie, la ora 11:00 (ora României), pe Microsoft Teams.\n\nCu stimă,\nBogdan Stoica",
        "'la ora 11:00 (ora României)', sent from Berlin.",
        slot="2026-12-09T11:00",
        day="Wed",
        zone="Europe/Bucharest",
        sender_zone="Europe/Berlin",
    )
    add(
        f,
        "el",
        "ora_ellados",
        ("Νίκος Αντωνίου", "n.antoniou@pireas-shipping.example.gr"),
        "Διαδικτυακή συνέντευξη",
        "2026-12-03T09:00",
        "Καλημέρα σας,\n\nη διαδικτυακή συνέντευξη θα πραγματοποιηθεί την Παρασκευή 11 Δεκεμβρίου στις 10:00 ώρα Ελλάδος.\n\nΜε εκτίμηση,\nΝίκος Αντωνίου",
        "'στις 10:00 ώρα Ελλάδος'.",
        slot="2026-12-11T10:00",
        day="Fri",
        zone="Europe/Athens",
    )
    add(
        f,
        "id",
        "wita",
        ("Putu Ayu", "putu.ayu@bali-hospitality.example.co.id"),
        "Jadwal Interview",
        "2026-12-03T15:00",
        "Halo Alex,\n\nInterview online dijadwalkan pada Kamis, 10 Desember 2026 pukul 13.00 WITA (12.00 WIB) melalui Google Meet.\n\nTerima kasih,\nPutu Ayu",
        "'pukul 13.00 WITA (12.00 WIB)', sent from Jakarta.",
        slot="2026-12-10T13:00",
        day="Thu",
        zone="Asia/Makassar",
    )
    add(
        f,
        "vi",
        "gio_viet_nam",
        ("Lê Quang Huy", "huy.le@saigon-fintech.example.vn"),
        "Phỏng vấn trực tuyến",
        "2026-12-04T08:00",
        "Chào anh Alex,\n\nBuổi phỏng vấn trực tuyến sẽ diễn ra lúc 15:00 (giờ Việt Nam) thứ Hai, ngày 14/12/2026.\n\nTrân trọng,\nLê Quang Huy",
        "'lúc 15:00 (giờ Việt Nam) thứ Hai, ngày 14/12/2026', clock first.",
        slot="2026-12-14T15:00",
        day="Mon",
        zone="Asia/Ho_Chi_Minh",
    )
    add(
        f,
        "he",
        "shaon_israel",
        ("יעל כהן", "yael.cohen@negev-energy.example.co.il"),
        "ראיון בזום",
        "2026-12-03T14:00",
        "היי אלכס,\n\nקבענו ראיון בזום ביום רביעי, 16 בדצמבר, בשעה 15:30 שעון ישראל.\n\nתודה,\nיעל כהן",
        "'ביום רביעי, 16 בדצמבר, בשעה 15:30 שעון ישראל'.",
        slot="2026-12-16T15:30",
        day="Wed",
        zone="Asia/Jerusalem",
    )
    add(
        f,
        "uk",
        "kyivskym_chasom",
        ("Марина Бондаренко", "m.bondarenko@odesa-it.example.ua"),
        "Співбесіда онлайн",
        "2026-12-04T11:00",
        "Алексе, вітаю!\n\nПропоную провести співбесіду у вівторок, 15 грудня, о 12:00 за київським часом.\n\nЗ повагою,\nМарина Бондаренко",
        "'о 12:00 за київським часом', sent from Warsaw.",
        slot="2026-12-15T12:00",
        day="Tue",
        zone="Europe/Kyiv",
        sender_zone="Europe/Warsaw",
    )
    add(
        f,
        "bg",
        "balgarsko_vreme",
        ("Стефан Димитров", "s.dimitrov@sofia-games.example.bg"),
        "Онлайн интервю",
        "2026-12-02T16:00",
        "Здравейте,\n\nонлайн интервюто е в понеделник, 14 декември, от 11:00 ч. българско време.\n\nПоздрави,\nСтефан Димитров",
        "'от 11:00 ч. българско време'.",
        slot="2026-12-14T11:00",
        day="Mon",
        zone="Europe/Sofia",
    )
    add(
        f,
        "lt",
        "lietuvos_laiku",
        ("Justė Vasiliauskienė", "juste.v@klaipeda-port.example.lt"),
        "Nuotolinis pokalbis",
        "2026-12-03T09:30",
        "Sveiki,\n\nnuotolinis pokalbis vyks gruodžio 10 d., ketvirtadienį, 15:00 Lietuvos laiku.\n\nPagarbiai\nJustė Vasiliauskienė",
        "'gruodžio 10 d., ketvirtadienį, 15:00 Lietuvos laiku'.",
        slot="2026-12-10T15:00",
        day="Thu",
        zone="Europe/Vilnius",
    )
    add(
        f,
        "ms",
        "waktu_malaysia",
        ("Nurul Aisyah", "nurul.aisyah@selangor-tech.example.com.my"),
        "Jemputan temu duga",
        "2026-12-03T10:00",
        "Salam sejahtera Alex,\n\nAnda dijemput untuk temu duga dalam talian pada hari Selasa, 15 Disember 2026, jam 10 pagi waktu Malaysia.\n\nTerima kasih,\nNurul Aisyah",
        "'jam 10 pagi waktu Malaysia', sent from Singapore-like +08.",
        slot="2026-12-15T10:00",
        day="Tue",
        zone="Asia/Kuala_Lumpur",
    )
    add(
        f,
        "ar",
        "tawqit_makka",
        ("خالد العتيبي", "khalid.alotaibi@hejaz-trading.example.sa"),
        "مقابلة عن بُعد",
        "2026-12-03T12:00",
        "مرحبًا Alex،\n\nنود إجراء المقابلة عن بُعد يوم الخميس 17 ديسمبر 2026 الساعة 2 ظهرًا بتوقيت مكة المكرمة.\n\nمع التحية،\nخالد العتيبي",
        "'الساعة 2 ظهرًا بتوقيت مكة المكرمة', sent from Dubai.",
        slot="2026-12-17T14:00",
        day="Thu",
        zone="Asia/Riyadh",
        sender_zone="Asia/Dubai",
    )
    add(
        f,
        "th",
        "wela_thai",
        ("กมลชนก ศรีสุข", "kamonchanok@siam-retail.example.co.th"),
        "นัดสัมภาษณ์ออนไลน์",
        "2026-12-02T10:00",
        "เรียนคุณ Alex\n\nขอเรียนเชิญสัมภาษณ์ออนไลน์ในวันพุธที่ 9 ธันวาคม 2569 เวลา 10.00 น. (เวลาประเทศไทย) ผ่าน Zoom\n\nขอแสดงความนับถือ\nกมลชนก ศรีสุข",
        "Buddhist-era year 'วันพุธที่ 9 ธันวาคม 2569 เวลา 10.00 น. (เวลาประเทศไทย)'.",
        slot="2026-12-09T10:00",
        day="Wed",
        zone="Asia/Bangkok",
    )
    add(
        f,
        "en-GB",
        "ist_india",
        ("Rohan Mehta", "rohan.mehta@thames-analytics.example.co.uk"),
        "Interview with our Pune team",
        "2026-12-03T09:00",
        "Hi Alex,\n\nThe panel in Pune would like to meet you on Wednesday 16 December at 3:30 pm IST (10:00 am UK time) on Teams.\n\nBest,\nRohan",
        "'3:30 pm IST (10:00 am UK time)' from London.",
        slot="2026-12-16T15:30",
        day="Wed",
        zone="Asia/Kolkata",
    )


# --- asiaclock53 (held out) ------------------------------------------------------------------
def asiaclock() -> None:
    f = "asiaclock53"
    add(
        f,
        "vi",
        "luc_gio",
        ("Phạm Thị Lan", "lan.pham@hanoi-edu.example.vn"),
        "Mời phỏng vấn",
        "2026-12-03T09:00",
        "Chào chị Alex,\n\nTrung tâm mời chị đến phỏng vấn vào {full} lúc 14 giờ tại số 15 Trần Hưng Đạo, Hà Nội.\n\nTrân trọng,\nPhạm Thị Lan",
        "CLDR full date 'Thứ Ba, 15 tháng 12, 2026' and 'lúc 14 giờ'.",
        slot="2026-12-15T14:00",
        day="Tue",
    )
    add(
        f,
        "th",
        "wela_na",
        ("สมชาย ใจดี", "somchai@isan-agro.example.co.th"),
        "เชิญสัมภาษณ์งาน",
        "2026-12-03T10:00",
        "เรียนคุณ Alex\n\nบริษัทขอเชิญท่านมาสัมภาษณ์งานในวันที่ 16 ธันวาคม 2569 เวลา 13.30 น. ณ สำนักงานขอนแก่น\n\nขอแสดงความนับถือ\nสมชาย ใจดี",
        "'วันที่ 16 ธันวาคม 2569 เวลา 13.30 น.' (Buddhist era).",
        slot="2026-12-16T13:30",
    )
    add(
        f,
        "id",
        "pukul_titik",
        ("Rina Wijaya", "rina.wijaya@bandung-kreatif.example.co.id"),
        "Undangan Interview User",
        "2026-12-04T11:00",
        "Dear Alex,\n\nBerikut jadwal interview dengan user:\nHari/tanggal: {full}\nPukul: 14.00 - 15.00 WIB\nTempat: Jl. Asia Afrika No. 8, Bandung\n\nMohon konfirmasi kehadiran.\n\nTerima kasih,\nRina Wijaya",
        "'Hari/tanggal:' CLDR full date, 'Pukul: 14.00 - 15.00 WIB'.",
        slot="2026-12-14T14:00",
        day="Mon",
        minutes=60,
        zone="Asia/Jakarta",
    )
    add(
        f,
        "ms",
        "jam_petang",
        ("Ahmad Faizal", "ahmad.faizal@johor-maritim.example.com.my"),
        "Temu duga",
        "2026-12-04T09:30",
        "Salam Alex,\n\nTemu duga anda ditetapkan pada {full}, jam 2.30 petang, di pejabat kami di Johor Bahru.\n\nSekian, terima kasih.\nAhmad Faizal",
        "CLDR full date 'Khamis, 17 Disember 2026', 'jam 2.30 petang'.",
        slot="2026-12-17T14:30",
        day="Thu",
    )
    add(
        f,
        "tl",
        "alas_ng_umaga",
        ("Joy Reyes", "joy.reyes@visayas-call.example.ph"),
        "Interview schedule",
        "2026-12-03T15:00",
        "Hi Alex,\n\nAng interview mo ay sa {full}, alas-10 ng umaga, sa aming opisina sa Cebu IT Park.\n\nSalamat po,\nJoy Reyes",
        "CLDR full date 'Miyerkules, Disyembre 9, 2026', 'alas-10 ng umaga'.",
        slot="2026-12-09T10:00",
        day="Wed",
    )
    add(
        f,
        "hi",
        "dopahar_baje",
        ("प्रिया शर्मा", "priya.sharma@yamuna-soft.example.in"),
        "साक्षात्कार हेतु आमंत्रण",
        "2026-12-03T11:00",
        "प्रिय एलेक्स,\n\nआपको {full} को दोपहर 2 बजे हमारे नोएडा कार्यालय में साक्षात्कार के लिए आमंत्रित किया जाता है।\n\nधन्यवाद,\nप्रिया शर्मा\nमानव संसाधन",
        "CLDR full date 'शुक्रवार, 11 दिसंबर 2026' and 'दोपहर 2 बजे'.",
        slot="2026-12-11T14:00",
        day="Fri",
    )
    add(
        f,
        "hi-Latn",
        "subah_baje",
        ("Rahul Verma", "rahul.verma@ganga-tech.example.in"),
        "Interview kal nahi, Monday ko",
        "2026-12-04T18:00",
        "Hi Alex,\n\nAapka interview Monday, 14 December ko subah 11 baje hoga, Gurgaon office mein. Please 15 minute pehle aa jana.\n\nThanks,\nRahul",
        "Romanised Hindi 'Monday, 14 December ko subah 11 baje'.",
        slot="2026-12-14T11:00",
        day="Mon",
    )
    add(
        f,
        "bn",
        "dupur_ta",
        ("সুমাইয়া রহমান", "sumaiya.rahman@padma-it.example.com.bd"),
        "সাক্ষাৎকারের আমন্ত্রণ",
        "2026-12-03T10:00",
        native(
            "bn",
            "প্রিয় অ্যালেক্স,\n\nআগামী 15 ডিসেম্বর 2026, মঙ্গলবার দুপুর 3টায় আমাদের ঢাকা অফিসে সাক্ষাৎকারের জন্য আপনাকে আমন্ত্রণ জানানো হচ্ছে।\n\nধন্যবাদান্তে,\nসুমাইয়া রহমান",
        ),
        "Bengali digits '১৫ ডিসেম্বর ২০২৬, মঙ্গলবার দুপুর ৩টায়'.",
        slot="2026-12-15T15:00",
        day="Tue",
    )
    add(
        f,
        "ta",
        "mani",
        ("கவிதா சுப்பிரமணியன்", "kavitha.s@kaveri-systems.example.in"),
        "நேர்காணல் அழைப்பு",
        "2026-12-02T10:00",
        "அன்புள்ள அலெக்ஸ்,\n\n{full} அன்று காலை 10 மணிக்கு எங்கள் சென்னை அலுவலகத்தில் நேர்காணலுக்கு உங்களை அழைக்கிறோம்.\n\nநன்றி,\nகவிதா சுப்பிரமணியன்",
        "CLDR full date 'வியாழன், 10 டிசம்பர், 2026' and 'காலை 10 மணிக்கு'.",
        slot="2026-12-10T10:00",
        day="Thu",
    )


# --- period53 (held out) ---------------------------------------------------------------------
def period() -> None:
    f = "period53"
    add(
        f,
        "ro",
        "dupa_amiaza",
        ("Alina Georgescu", "alina.georgescu@timis-software.example.ro"),
        "Întâlnire pentru interviu",
        "2026-12-03T10:00",
        "Bună, Alex,\n\nne vedem joi, 10 decembrie, la ora 3 după-amiaza, la biroul nostru din Timișoara.\n\nMulțumesc,\nAlina Georgescu",
        "'la ora 3 după-amiaza'.",
        slot="2026-12-10T15:00",
        day="Thu",
    )
    add(
        f,
        "hu",
        "delutan",
        ("Tóth Gábor", "toth.gabor@pecs-media.example.hu"),
        "Interjú",
        "2026-12-04T09:00",
        "Szia Alex!\n\nAz interjú december 15-én, kedden délután 2 órakor lesz a pécsi irodánkban.\n\nÜdv,\nTóth Gábor",
        "'december 15-én, kedden délután 2 órakor'.",
        slot="2026-12-15T14:00",
        day="Tue",
    )
    add(
        f,
        "el",
        "mm",
        ("Κατερίνα Δημητρίου", "k.dimitriou@patra-pharm.example.gr"),
        "Συνέντευξη",
        "2026-12-03T12:00",
        "Γεια σας,\n\nσας περιμένουμε για συνέντευξη την {full} στις 4:30 μ.μ.\n\nΚατερίνα Δημητρίου",
        "CLDR full date and '4:30 μ.μ.'.",
        slot="2026-12-16T16:30",
        day="Wed",
    )
    add(
        f,
        "he",
        "ahar_hatsohorayim",
        ("אורי שפירא", "uri.shapira@carmel-robotics.example.co.il"),
        "ראיון ביום שני",
        "2026-12-03T15:00",
        "היי אלכס,\n\nנשמח לראות אותך ביום שני, 14 בדצמבר, בשתיים אחר הצהריים במשרד בחיפה.\n\nאורי",
        "'בשתיים אחר הצהריים' (the hour in words).",
        slot="2026-12-14T14:00",
        day="Mon",
    )
    add(
        f,
        "fa",
        "baadazzohr",
        ("مریم رضایی", "maryam.rezaei@zagros-eng.example.ir"),
        "مصاحبه",
        "2026-12-03T09:00",
        native(
            "fa",
            "سلام،\n\nمصاحبه شما روز سه‌شنبه 15 دسامبر 2026 ساعت 3 بعدازظهر در دفتر شیراز برگزار می‌شود.\n\nبا احترام،\nمریم رضایی",
        ),
        "Persian digits 'ساعت ۳ بعدازظهر'.",
        slot="2026-12-15T15:00",
        day="Tue",
    )
    add(
        f,
        "ca",
        "de_la_tarda",
        ("Marc Vila", "marc.vila@girona-fusta.example.cat"),
        "Entrevista",
        "2026-12-04T10:00",
        "Hola Alex,\n\net proposo fer l'entrevista el {full} a les 4 de la tarda a l'oficina de Girona.\n\nGràcies,\nMarc Vila",
        "CLDR full date and 'a les 4 de la tarda'.",
        slot="2026-12-17T16:00",
        day="Thu",
    )
    add(
        f,
        "bg",
        "sledobed",
        ("Виктория Стоянова", "v.stoyanova@burgas-chem.example.bg"),
        "Среща",
        "2026-12-04T11:00",
        "Здравейте,\n\nможем ли да се срещнем в сряда, 9 декември, в 2 следобед в офиса в Бургас?\n\nПоздрави,\nВиктория Стоянова",
        "'в сряда, 9 декември, в 2 следобед' (asked as a question by the employer).",
        slot="2026-12-09T14:00",
        day="Wed",
    )
    add(
        f,
        "sw",
        "saa_mchana",
        ("Amina Mwangi", "amina.mwangi@nairobi-agri.example.co.ke"),
        "Mwaliko wa usaili",
        "2026-12-03T10:00",
        "Habari Alex,\n\nTunakualika kwa usaili {full}, saa 8:00 mchana (2:00 PM), katika ofisi zetu Westlands, Nairobi.\n\nAsante,\nAmina Mwangi",
        "CLDR full date and Swahili time 'saa 8:00 mchana (2:00 PM)'.",
        slot="2026-12-11T14:00",
        day="Fri",
    )


# --- relday53 (held out) ---------------------------------------------------------------------
def relday() -> None:
    f = "relday53"
    add(
        f,
        "ro",
        "maine",
        ("Radu Enache", "radu.enache@constanta-log.example.ro"),
        "Interviu mâine",
        "2026-12-07T16:30",
        "Bună seara,\n\nconfirm interviul de mâine la ora 10:00, la biroul din Constanța.\n\nRadu Enache",
        "'interviul de mâine la ora 10:00'.",
        slot="2026-12-08T10:00",
    )
    add(
        f,
        "hu",
        "holnaputan",
        ("Varga Zsófia", "varga.zsofia@debrecen-pharma.example.hu"),
        "Interjú holnapután",
        "2026-12-08T10:00",
        "Kedves Alex!\n\nHolnapután 13 órakor várjuk interjúra a debreceni telephelyen.\n\nÜdvözlettel:\nVarga Zsófia",
        "'Holnapután 13 órakor'.",
        slot="2026-12-10T13:00",
    )
    add(
        f,
        "el",
        "avrio",
        ("Δημήτρης Κωνσταντίνου", "d.konstantinou@larisa-agro.example.gr"),
        "Αύριο",
        "2026-12-09T17:00",
        "Καλησπέρα,\n\nσας περιμένουμε αύριο στις 11:00 για τη συνέντευξη.\n\nΔημήτρης",
        "'αύριο στις 11:00'.",
        slot="2026-12-10T11:00",
    )
    add(
        f,
        "vi",
        "ngay_mai",
        ("Đỗ Văn Nam", "nam.do@danang-tourism.example.vn"),
        "Phỏng vấn ngày mai",
        "2026-12-10T15:00",
        "Chào anh Alex,\n\nEm xác nhận buổi phỏng vấn vào 9h30 sáng ngày mai tại văn phòng Đà Nẵng.\n\nCảm ơn anh,\nĐỗ Văn Nam",
        "'9h30 sáng ngày mai'.",
        slot="2026-12-11T09:30",
    )
    add(
        f,
        "id",
        "besok",
        ("Siti Rahma", "siti.rahma@surabaya-foods.example.co.id"),
        "Interview besok",
        "2026-12-14T14:00",
        "Halo Alex,\n\nMengingatkan bahwa interview dijadwalkan besok pukul 10.00 di kantor Surabaya.\n\nSalam,\nSiti Rahma",
        "'besok pukul 10.00'.",
        slot="2026-12-15T10:00",
    )
    add(
        f,
        "sw",
        "kesho",
        ("Peter Otieno", "peter.otieno@mombasa-ports.example.co.ke"),
        "Usaili kesho",
        "2026-12-15T12:00",
        "Habari Alex,\n\nUsaili wako ni kesho, saa 10:00 asubuhi (10:00 AM), katika ofisi yetu ya Mombasa.\n\nAsante,\nPeter Otieno",
        "'kesho, saa 10:00 asubuhi (10:00 AM)'.",
        slot="2026-12-16T10:00",
    )
    add(
        f,
        "cs",
        "zitra",
        ("Jana Procházková", "prochazkova@plzen-plast.example.cz"),
        "Zítřejší pohovor",
        "2026-12-08T15:00",
        "Dobrý den,\n\npotvrzuji zítřejší pohovor v 10:30 u nás v Plzni.\n\nS pozdravem\nJana Procházková",
        "'zítřejší pohovor v 10:30'.",
        slot="2026-12-09T10:30",
    )
    add(
        f,
        "bg",
        "utre",
        ("Георги Костов", "g.kostov@ruse-metal.example.bg"),
        "Утре",
        "2026-12-10T16:00",
        "Здравейте,\n\nочакваме Ви утре в 9:30 ч. за интервюто.\n\nГеорги Костов",
        "'утре в 9:30 ч.'.",
        slot="2026-12-11T09:30",
    )
    add(
        f,
        "uk",
        "zavtra",
        ("Оксана Ткаченко", "o.tkachenko@poltava-food.example.ua"),
        "Співбесіда завтра",
        "2026-12-13T18:00",
        "Алексе, нагадую: співбесіда завтра о 14:00.\n\nОксана",
        "'співбесіда завтра о 14:00' (sent on Sunday).",
        slot="2026-12-14T14:00",
    )
    add(
        f,
        "et",
        "homme",
        ("Liis Saar", "liis.saar@tallinn-media.example.ee"),
        "Homme",
        "2026-12-14T15:00",
        "Tere!\n\nKohtume homme kell 11 meie kontoris.\n\nLiis",
        "'homme kell 11'.",
        slot="2026-12-15T11:00",
    )
    add(
        f,
        "he",
        "machar",
        ("דנה אברהם", "dana.avraham@tel-aviv-apps.example.co.il"),
        "מחר",
        "2026-12-15T17:00",
        "היי אלכס,\n\nרק מזכירה שהראיון מחר ב-10:00.\n\nדנה",
        "'מחר ב-10:00'.",
        slot="2026-12-16T10:00",
    )
    add(
        f,
        "ar",
        "ghadan",
        ("سلمى الشمري", "salma.alshammari@dammam-energy.example.sa"),
        "مقابلة غدًا",
        "2026-12-08T13:00",
        "مرحبًا Alex،\n\nنذكركم بموعد المقابلة غدًا الساعة العاشرة صباحًا.\n\nسلمى",
        "'غدًا الساعة العاشرة صباحًا' (the hour in words).",
        slot="2026-12-09T10:00",
    )


BUILDERS = (asiaclock, cldrlong, numdate, period, relday, sched, span, zoneword)

FIRST_SIGHT_FIGURES = (
    "First sight (main c0b622f5 with this batch, before any parser change; quick.py): dev "
    "text right 61/61 (61 sure); held out text right 26/29 (26 sure; not looked at). The "
    "dev families being all read, the causes were looked for with probes of our own, "
    "rendered from CLDR: each locale's 12-hour clock with its flexible day period (babel "
    "format_skeleton 'Bhm' and 'Bh', 26 locales x 7 daytime hours) read right 236/324 on main "
    "('7:00 več.' at 07:00, '2 μεσημ.', '3 popietė', '5 pärastlõunal', '10 matí', '2 บ่าย' "
    "not read as clocks, '10 siang' at 22:00, '2:00 ч. следобед' at 02:00, 'du. 5' not "
    "read), and hand-written relative days with clocks 84/95 ('homme kell 11', 'bihar "
    "10:00etan', 'پس‌فردا ساعت ۱۱:۰۰' not read; 'پس فردا' read as tomorrow)."
)
AFTER_FIGURES = (
    "After the parser change (see tests/parsing/test_spans53_cldr_day_periods.py): dev text "
    "right 61/61 (61 sure); held out text right 28/29 (26 sure; not looked at); the CLDR "
    "probes 316/324 (the rest left out on purpose: Hungarian 'este', the night, Ukrainian "
    "'дня'), the relative-day probes 90/95. Whole corpus against m0: 0 WORSE, 1 BETTER "
    "(heldout:slaveast31, counts only), 3 CHANGED in dev with the same reading (two Persian "
    "invitations more sure; a Greek office-hours line '9 το πρωί – 5 το απόγευμα' now read "
    "as a range at confidence 0.4, still not claimed)."
)
RULES: tuple[str, ...] = (
    "- A 12-hour clock with a CLDR flexible day period (morning1 ... evening2; the night "
    "left out) is read into the span CLDR gives that period, written where the locale's "
    "'Bh' pattern puts it (before the hour in hu, eu, hi, ta, tr ...; after it elsewhere): "
    "cldrlong53/sched53 senders in cs, bg, el, th, he, ar and the probes of 26 locales; "
    "words that are another language's day or 'tomorrow', or everyday words ('este', "
    "'mg.'), stay out; a period word followed by a number leads that number, not the day "
    "before it (telugudesk).",
    "- Estonian 'homme' and Basque 'bihar' (tomorrow; CLDR words left out as French 'man' and "
    "the Indian state) count in lower case right before a clock (two languages, probes).",
    "- Persian 'پس‌فردا' (the day after tomorrow) as the reader sees it (the joiner dropped) "
    "and parted by a space ('پس فردا', which was read as 'فردا', tomorrow).",
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance: spans53",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        '`random.Random("spans53 coin")` before any mail was written): ' + ", ".join(held) + ".",
        "",
        "All text is ours (hand-written, no template copied); people and companies are made "
        "up; month and weekday names and the full/long/medium/short date shapes come from CLDR "
        "through babel. Labels come from the datetimes each text is rendered from.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIGURES:
        lines += [AFTER_FIGURES, ""]
    if RULES:
        lines += ["## Rules and their sources", "", *RULES, ""]
    lines += ["## Families", ""]
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-spans53.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
