"""Write the "prose41" batch: hand-written invitations, moves and cancellations with no
calendar part, in shapes the corpus held few of.

Run: .venv/bin/python tests/parsing/corpus/build_prose41.py

About 130 messages in fifteen families typed by recruiters, HR assistants, agency
consultants and hiring managers in more than twenty languages, leaning on those the corpus
covered thinly (fi, et, lv, lt, hu, ro, sk, sl, hr, sr, bg, uk, el, ar, hi, ko): 'next
week's Tuesday' as Finnic, Baltic, Hungarian and Slavic languages say it ('ensi viikon
tiistaina', 'järgmise nädala teisipäeval', 'jövő hét kedden', 'nākamās nedēļas otrdienā',
'kitos savaitės antradienį', 'w przyszłym tygodniu we wtorek'), the clock given before the
day in a separate clause ('the time stays at 10, but we move it to Wednesday'), days and
hours written as words ('the twelfth', 'am zwölften', 'halb drei', 'kwart over twee', 'às
duas e meia', 'alle tre del pomeriggio', 'puoli kolmelta', 'fél háromkor'), noon words,
12-hour clocks ('a las 4 de la tarde', 'الساعة 3 مساءً', 'दोपहर 3 बजे', '오후 3시',
'下午三点'), lengths ('45 minutes', 'una hora', 'anderthalb Stunden'), zone words ('Eastern',
'hora de Brasília', 'India time', 'по московскому времени') and numeric dates whose order
only the locale settles; mobile replies, long formal letters, mixed-language mail, typos,
signatures full of other dates and numbers, quoted history. Every label comes from the
datetimes the text is rendered from (weekdays typed in the text are checked by `at`) and
was written before the parser was run on any message. Helpers come from build_parse-pos.py
and build_prose8.py (loaded, not copied). Deterministic; touches only its own families'
files.
"""

from __future__ import annotations

import html as htmllib
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


pp = _load("build_parse_pos", "build_parse-pos.py")
p8 = _load("build_prose8", "build_prose8.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
slot, thread = p8.slot, p8.thread
ME = p8.ME
M = timedelta(minutes=1)
H = timedelta(hours=1)
HAND = (
    "hand-written; recruiters, HR assistants, agency consultants and hiring managers typing "
    "in webmail, phone mail apps and reply threads (attribution lines written from memory); " + OWN
)
HEL, TLL, RIX, VNO = "Europe/Helsinki", "Europe/Tallinn", "Europe/Riga", "Europe/Vilnius"
WAW, PRG, BTS, LJU = "Europe/Warsaw", "Europe/Prague", "Europe/Bratislava", "Europe/Ljubljana"
ZAG, BEG, SOF, KIV = "Europe/Zagreb", "Europe/Belgrade", "Europe/Sofia", "Europe/Kyiv"
MOW, BUD, BUC, ATH = "Europe/Moscow", "Europe/Budapest", "Europe/Bucharest", "Europe/Athens"
IST, BER, AMS, PAR = "Europe/Istanbul", "Europe/Berlin", "Europe/Amsterdam", "Europe/Paris"
MAD, ROM, LIS, STO = "Europe/Madrid", "Europe/Rome", "Europe/Lisbon", "Europe/Stockholm"
CPH, OSL, LON, VIE = "Europe/Copenhagen", "Europe/Oslo", "Europe/London", "Europe/Vienna"
ZRH, BRU = "Europe/Zurich", "Europe/Brussels"
MEX, SAO, NY, CHI = (
    "America/Mexico_City",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
)
LA, BOG, BUE = "America/Los_Angeles", "America/Bogota", "America/Argentina/Buenos_Aires"
RIY, DXB, CAI, KOL = "Asia/Riyadh", "Asia/Dubai", "Africa/Cairo", "Asia/Kolkata"
SEL, SHA, MNL, TPE = "Asia/Seoul", "Asia/Shanghai", "Asia/Manila", "Asia/Taipei"

FAMILIES = sorted(
    [
        "balticnext41",
        "slavnext41",
        "clockfirst41",
        "wordtime41",
        "worddate41",
        "noonword41",
        "twelvehr41",
        "zoneword41",
        "lengthword41",
        "mobilemix41",
        "formalsig41",
        "quotedhist41",
        "cancelrare41",
        "dateorder41",
        "hunrogr41",
    ]
)
# The held-out draw, made before any message was written or parsed: five of fifteen.
HELD = set(random.Random("prose41 coin").sample(FAMILIES, 5))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
SOURCES = {
    "balticnext41": "Finnish, Estonian, Latvian and Lithuanian recruiters: 'next week's Tuesday' "
    "('ensi viikon tiistaina', 'järgmise nädala teisipäeval', 'nākamās nedēļas otrdienā', "
    "'kitos savaitės antradienį'), 'puoli kolmelta', 'pool kolm', 'pusę dvylikos', lengths.",
    "slavnext41": "Polish, Czech, Slovak, Slovene, Croatian, Serbian, Bulgarian, Ukrainian and "
    "Russian recruiters: 'next week on Tuesday' in each, 'wpół do trzeciej', 'v půl třetí', "
    "'в половине третьего', city-time words.",
    "clockfirst41": "Moves where the clock is given before the day in its own clause ('the time "
    "stays at 10, but we move it to Wednesday') in several languages.",
    "wordtime41": "Hours written as words in several languages.",
    "worddate41": "Days of the month written as ordinal words ('the twelfth', 'am zwölften', "
    "'le douze', 'el doce', 'dwunastego', 'двенадцатого') with the hour in digits or words.",
    "noonword41": "Noon words ('noon', 'mittags', 'midi', 'mediodía', "
    "'mezzogiorno', 'meio-dia', 'w południe', 'keskipäivällä', 'опівдні') as the start or end.",
    "twelvehr41": "12-hour clocks in languages that use them, day-part words and markers.",
    "zoneword41": "Zones written as words: 'Eastern', 'hora de Brasília', 'India time', 'Moscow "
    "time', 'heure de Paris', 'UK time', 'hora del centro', 'Kyiv time', 'Helsinki time'.",
    "lengthword41": "Ends given as lengths in words ('45 minutes', 'una hora', 'anderthalb "
    "Stunden', 'een half uur', 'puolitoista tuntia', 'másfél óra', 'dvě hodiny').",
    "mobilemix41": "Phone replies and mixed-language mail.",
    "formalsig41": "Long formal letters (HR departments, public employers) whose signatures "
    "and footers carry other dates, hours, phone and reference numbers: de, fr, it, pl, cs, "
    "el, ro, pt-PT, en-IN.",
    "quotedhist41": "Replies over quoted history.",
    "cancelrare41": "Cancellations typed in a sentence or two, in languages the corpus held "
    "few of (lv, lt, sk, sl, hr, sr, bg, el, hu, fi, et, uk, ar, ko, hi).",
    "dateorder41": "Numeric dates whose order only the locale settles ('03/04' from the US, "
    "the UK, Brazil, Mexico, India, Canada), with other dates in the mail as cues.",
    "hunrogr41": "Hungarian, Romanian, Greek and Turkish recruiters: 'jövő hét kedden', 'fél "
    "háromkor', 'săptămâna viitoare, marți', 'ora două și jumătate', 'την επόμενη Τρίτη', "
    "'haftaya salı', lengths and moves.",
}


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
    reply: bool = False,
    html: bool = False,
    html_only: bool = False,
) -> Case:
    raw = mail(
        f"prose41/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=None if html_only else text,
        html=as_html(text) if (html or html_only) else None,
        reply_to_key=f"prose41/{family}/{name}/parent" if reply else "",
    )
    label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def as_html(text: str) -> str:
    """The HTML alternative a webmail composer writes: one div per line, br for blanks."""
    rows = []
    for line in text.split("\n"):
        rows.append(f"<div>{htmllib.escape(line)}</div>" if line else "<div><br></div>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body><div dir="auto">' + "".join(rows) + "</div></body></html>"
    )


# --------------------------------------------------------------------------------------
def balticnext41() -> Iterator[Case]:
    f = "balticnext41"
    s = ("Sanna Lehtinen", "sanna.lehtinen@kuusiranta.example.fi")
    sent = at(2027, 1, 11, 10, 12, HEL, "Mon")
    st = at(2027, 1, 19, 14, 30, HEL, "Tue")
    yield case(
        f,
        "ensi_viikon_tiistaina",
        "fi",
        s,
        "Haastattelu – Kuusiranta Oy",
        sent,
        "'ensi viikon tiistaina klo 14.30' sent on a Monday: the Tuesday of next week (19th), "
        "not tomorrow; '45 minuuttia' as the length; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Hei Alex,\n\nkiitos hakemuksestasi! Vahvistan haastattelusi ensi viikon tiistaina klo "
        "14.30 toimistollamme Tampereella (Hämeenkatu 12 B, 3. krs). Haastattelu kestää 45 "
        "minuuttia, ja paikalla ovat lisäkseni tiiminvetäjä Mikko Salo.\n\nYstävällisin "
        "terveisin\nSanna Lehtinen\nHR-asiantuntija, Kuusiranta Oy\npuh. 040 512 3380",
    )
    s = ("Jussi Rantanen", "jussi.rantanen@pohjoisvalo.example.fi")
    sent = at(2027, 1, 14, 17, 48, HEL, "Thu")
    st = at(2027, 1, 18, 10, 0, HEL, "Mon")
    yield case(
        f,
        "ensi_viikon_maanantaina_kello_kymmenen",
        "fi",
        s,
        "Re: Haastatteluaika",
        sent,
        "Phone reply: 'ensi viikon maanantaina kello kymmenen' (the hour as a word); no zone.",
        slot(st, sent=sent),
        "Moi! Sovitaan näin: ensi viikon maanantaina kello kymmenen Teamsissa, laitan "
        "linkin aamulla. t. Jussi\n\nLähetetty iPhonesta",
        reply=True,
    )
    s = ("Laura Heikkinen", "laura.heikkinen@saimaatec.example.fi")
    sent = at(2027, 1, 21, 9, 5, HEL, "Thu")
    st = at(2027, 1, 28, 14, 30, HEL, "Thu")
    yield case(
        f,
        "torstaina_puoli_kolmelta",
        "fi",
        s,
        "Kutsu haastatteluun",
        sent,
        "'torstaina 28.1. iltapäivällä puoli kolmelta' = 14.30 (half to three); signature with "
        "a holiday range '24.12.–6.1.'; no zone.",
        slot(st, sent=sent),
        "Hei Alex,\n\nhaluaisimme tavata sinut torstaina 28.1. iltapäivällä puoli kolmelta "
        "Lappeenrannan toimistollamme. Ilmoitathan, jos aika ei sovi.\n\nTerveisin\nLaura "
        "Heikkinen\nSaimaaTec Oy | Laserkatu 6, 53850 Lappeenranta\nVaihde 05 412 3000 "
        "(suljettu 24.12.–6.1.)",
    )
    s = ("Kadri Tamm", "kadri.tamm@pilvelinn.example.ee")
    sent = at(2027, 2, 3, 11, 20, TLL, "Wed")
    st = at(2027, 2, 9, 11, 0, TLL, "Tue")
    yield case(
        f,
        "jargmise_nadala_teisipaeval",
        "et",
        s,
        "Tööintervjuu kinnitus",
        sent,
        "'järgmise nädala teisipäeval kell 11' sent on a Wednesday (9 February); '45 minutit' "
        "as the length; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Tere Alex!\n\nAitäh, et leidsid aega. Kinnitan, et intervjuu toimub järgmise nädala "
        "teisipäeval kell 11 meie Tallinna kontoris (Telliskivi 60a, 4. korrus). Intervjuu "
        "kestab 45 minutit.\n\nParimate soovidega\nKadri Tamm\npersonalijuht, Pilvelinn OÜ\n"
        "+372 5566 1234",
    )
    s = ("Marten Kask", "marten.kask@rannakivi.example.ee")
    sent = at(2027, 2, 5, 15, 2, TLL, "Fri")
    st = at(2027, 2, 11, 14, 30, TLL, "Thu")
    yield case(
        f,
        "neljapaeval_pool_kolm",
        "et",
        s,
        "Kohtumine",
        sent,
        "'järgmise nädala neljapäeval pärastlõunal kell pool kolm' = 14:30 (half to three) on "
        "11 February; no zone.",
        slot(st, sent=sent),
        "Tere,\n\nsobib järgmise nädala neljapäeval pärastlõunal kell pool kolm? Olen selle aja "
        "sulle juba kalendrisse pannud, nii et kui vastust ei tule, siis kohtume Tartus.\n\n"
        "Marten",
    )
    s = ("Kadri Tamm", "kadri.tamm@pilvelinn.example.ee")
    sent = at(2027, 2, 10, 9, 30, TLL, "Wed")
    st = at(2027, 2, 17, 10, 0, TLL, "Wed")
    yield case(
        f,
        "kellaaeg_jaab_samaks",
        "et",
        s,
        "Intervjuu uus kuupäev",
        sent,
        "Move with the clock first: 'kellaaeg jääb samaks (10.00), aga päev muutub – "
        "kolmapäev, 17. veebruar'; the old day (Monday the 15th) named before; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Tere Alex,\n\nvabandust, aga peame intervjuu ümber tõstma. Algselt pidime kohtuma "
        "esmaspäeval, 15. veebruaril. Kellaaeg jääb samaks (10.00), aga päev muutub – "
        "kolmapäev, 17. veebruar. Koht on sama.\n\nKadri",
    )
    s = ("Ilze Bērziņa", "ilze.berzina@daugavsoft.example.lv")
    sent = at(2027, 2, 22, 13, 40, RIX, "Mon")
    st = at(2027, 3, 2, 13, 0, RIX, "Tue")
    yield case(
        f,
        "nakamas_nedelas_otrdiena",
        "lv",
        s,
        "Darba intervija – DaugavSoft",
        sent,
        "'nākamās nedēļas otrdienā plkst. 13:00' sent on a Monday (2 March); 'vienu stundu' "
        "as the length; no zone.",
        slot(st, st + H, sent=sent),
        "Labdien, Alex!\n\nPaldies par Jūsu pieteikumu. Aicinām Jūs uz darba interviju "
        "nākamās nedēļas otrdienā plkst. 13:00 mūsu birojā Rīgā, Brīvības ielā 68. Intervija "
        "ilgs vienu stundu.\n\nAr cieņu\nIlze Bērziņa\nPersonāla vadītāja\nTālr. +371 2612 "
        "3456",
    )
    s = ("Ilze Bērziņa", "ilze.berzina@daugavsoft.example.lv")
    sent = at(2027, 2, 22, 16, 15, RIX, "Mon")
    st = at(2027, 2, 25, 10, 0, RIX, "Thu")
    yield case(
        f,
        "ceturtdien_pulksten_desmitos",
        "lv",
        s,
        "Tikšanās ceturtdien",
        sent,
        "'ceturtdien, 25. februārī, pulksten desmitos' (at ten, as a word); no zone.",
        slot(st, sent=sent),
        "Sveiki!\n\nApstiprinu tikšanos ceturtdien, 25. februārī, pulksten desmitos. Lūdzu, "
        "paņemiet līdzi personu apliecinošu dokumentu.\n\nIlze",
    )
    s = ("Rūta Petrauskienė", "ruta.petrauskiene@nerisdata.example.lt")
    sent = at(2027, 3, 2, 8, 50, VNO, "Tue")
    st = at(2027, 3, 9, 15, 0, VNO, "Tue")
    yield case(
        f,
        "kitos_savaites_antradieni",
        "lt",
        s,
        "Pokalbio laikas",
        sent,
        "'kitos savaitės antradienį 15 val.' sent on a Tuesday (9 March); '30 minučių' as the "
        "length; no zone.",
        slot(st, st + 30 * M, sent=sent),
        "Laba diena, Alex,\n\npatvirtiname Jūsų darbo pokalbį kitos savaitės antradienį 15 "
        "val. per Teams. Pokalbis truks 30 minučių.\n\nPagarbiai\nRūta Petrauskienė\nNerisData"
        ", UAB\nTel. +370 612 34567",
    )
    s = ("Tomas Kazlauskas", "tomas@baltoji-lenta.example.lt")
    sent = at(2027, 3, 4, 18, 3, VNO, "Thu")
    st = at(2027, 3, 12, 11, 30, VNO, "Fri")
    yield case(
        f,
        "puse_dvylikos",
        "lt",
        s,
        "Susitikimas",
        sent,
        "'kovo 12 d., penktadienį, pusę dvylikos' = 11:30 (half to twelve); no zone.",
        slot(st, sent=sent),
        "Sveiki,\n\ngal tiktų kovo 12 d., penktadienį, pusę dvylikos? Jau užrezervavau salę, "
        "tad jei nieko neparašysit – laukiam biure, Gedimino pr. 9.\n\nTomas",
    )
    s = ("Emma Lindqvist", "emma.lindqvist@skargard.example.fi")
    sent = at(2027, 1, 12, 12, 0, HEL, "Tue")
    st = at(2027, 1, 20, 9, 0, HEL, "Wed")
    yield case(
        f,
        "sv_fi_nasta_veckas_onsdag",
        "sv-FI",
        s,
        "Intervju / Haastattelu",
        sent,
        "Finland-Swedish with the Finnish line below: 'nästa veckas onsdag kl. 9' and 'ensi "
        "viikon keskiviikkona klo 9' (20 January); no zone.",
        slot(st, sent=sent),
        "Hej Alex,\n\nvi ses nästa veckas onsdag kl. 9 på vårt kontor i Åbo.\n\nHei Alex, "
        "nähdään ensi viikon keskiviikkona klo 9 Turun toimistollamme.\n\nMvh / Terveisin\n"
        "Emma Lindqvist\nSkärgård Ab",
    )


def slavnext41() -> Iterator[Case]:
    f = "slavnext41"
    s = ("Katarzyna Wójcik", "k.wojcik@wislatech.example.pl")
    sent = at(2027, 1, 25, 9, 15, WAW, "Mon")
    st = at(2027, 2, 2, 10, 0, WAW, "Tue")
    yield case(
        f,
        "w_przyszlym_tygodniu_we_wtorek",
        "pl",
        s,
        "Zaproszenie na rozmowę rekrutacyjną",
        sent,
        "'w przyszłym tygodniu we wtorek o 10:00' sent on a Monday: 2 February, not tomorrow; "
        "'potrwa godzinę' as the length; no zone.",
        slot(st, st + H, sent=sent),
        "Dzień dobry Panie Alexie,\n\nzapraszam na rozmowę w przyszłym tygodniu we wtorek o "
        "10:00 w naszym biurze przy ul. Grzybowskiej 62 w Warszawie. Rozmowa potrwa godzinę."
        "\n\nPozdrawiam serdecznie\nKatarzyna Wójcik\nHR Business Partner\ntel. 501 234 567",
    )
    s = ("Michał Nowak", "michal.nowak@odrasoft.example.pl")
    sent = at(2027, 1, 25, 14, 0, WAW, "Mon")
    st = at(2027, 1, 28, 14, 30, WAW, "Thu")
    yield case(
        f,
        "wpol_do_trzeciej",
        "pl",
        s,
        "Re: spotkanie",
        sent,
        "'w czwartek 28 stycznia o wpół do trzeciej po południu' = 14:30; no zone.",
        slot(st, sent=sent),
        "Cześć Alex, potwierdzam: w czwartek 28 stycznia o wpół do trzeciej po południu, u nas "
        "na Krzykach. Do zobaczenia!\nMichał",
        reply=True,
    )
    s = ("Petra Dvořáková", "petra.dvorakova@vltavasys.example.cz")
    sent = at(2027, 1, 27, 10, 40, PRG, "Wed")
    st = at(2027, 2, 2, 9, 30, PRG, "Tue")
    yield case(
        f,
        "pristi_tyden_v_utery",
        "cs",
        s,
        "Pozvánka na pohovor",
        sent,
        "'příští týden v úterý v 9:30' sent on a Wednesday (2 February); no zone.",
        slot(st, sent=sent),
        "Dobrý den, Alexi,\n\nděkujeme za Váš zájem o pozici. Rádi bychom Vás pozvali na "
        "pohovor příští týden v úterý v 9:30 do naší kanceláře na Smíchově (Plzeňská 8).\n\n"
        "S pozdravem\nPetra Dvořáková\nHR oddělení\n+420 602 123 456",
    )
    s = ("Jan Procházka", "jan.prochazka@brnolab.example.cz")
    sent = at(2027, 1, 29, 16, 10, PRG, "Fri")
    st = at(2027, 2, 4, 14, 30, PRG, "Thu")
    yield case(
        f,
        "v_pul_treti_odpoledne",
        "cs",
        s,
        "Schůzka ve čtvrtek",
        sent,
        "'ve čtvrtek 4. února v půl třetí odpoledne' = 14:30; no zone.",
        slot(st, sent=sent),
        "Ahoj Alexi,\n\ntak jsme domluveni na čtvrtek 4. února v půl třetí odpoledne, u nás v "
        "Brně na Cejlu. Kdyby něco, volej.\n\nHonza",
    )
    s = ("Zuzana Horváthová", "zuzana.horvathova@tatrait.example.sk")
    sent = at(2027, 2, 4, 11, 11, BTS, "Thu")
    st = at(2027, 2, 8, 13, 0, BTS, "Mon")
    yield case(
        f,
        "budúci_tyzden_v_pondelok",
        "sk",
        s,
        "Pohovor – Tatra IT",
        sent,
        "'budúci týždeň v pondelok o 13:00' sent on a Thursday (8 February); '45 minút' as "
        "the length; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Dobrý deň, Alex,\n\nradi by sme Vás pozvali na pohovor budúci týždeň v pondelok o "
        "13:00 v našej kancelárii v Bratislave (Mlynské nivy 5). Pohovor potrvá 45 minút.\n\n"
        "S pozdravom\nZuzana Horváthová\nTatra IT, s.r.o.",
    )
    s = ("Nina Kovač", "nina.kovac@savalabs.example.si")
    sent = at(2027, 2, 5, 10, 0, LJU, "Fri")
    st = at(2027, 2, 10, 10, 0, LJU, "Wed")
    yield case(
        f,
        "naslednji_teden_v_sredo",
        "sl",
        s,
        "Vabilo na razgovor",
        sent,
        "'naslednji teden v sredo ob 10. uri' sent on a Friday (10 February); 'pol ure' as the "
        "length; no zone.",
        slot(st, st + 30 * M, sent=sent),
        "Pozdravljeni, Alex,\n\nvabimo vas na razgovor naslednji teden v sredo ob 10. uri v "
        "naših prostorih na Dunajski cesti 156. Razgovor bo trajal pol ure.\n\nLep pozdrav,\n"
        "Nina Kovač\nSava Labs d.o.o.",
    )
    s = ("Ivana Babić", "ivana.babic@jadranweb.example.hr")
    sent = at(2027, 2, 9, 12, 25, ZAG, "Tue")
    st = at(2027, 2, 18, 11, 0, ZAG, "Thu")
    yield case(
        f,
        "sljedeci_tjedan_u_cetvrtak",
        "hr",
        s,
        "Poziv na razgovor za posao",
        sent,
        "'sljedeći tjedan u četvrtak u 11 sati' sent on a Tuesday (18 February); no zone.",
        slot(st, sent=sent),
        "Poštovani Alex,\n\npozivamo Vas na razgovor sljedeći tjedan u četvrtak u 11 sati u "
        "našem uredu u Splitu (Put Supavla 1).\n\nLijep pozdrav,\nIvana Babić\nJadranWeb d.o.o."
        "\nMob: 091 234 5678",
    )
    s = ("Marko Jovanović", "marko.jovanovic@savanet.example.rs")
    sent = at(2027, 2, 10, 15, 30, BEG, "Wed")
    st = at(2027, 2, 16, 14, 0, BEG, "Tue")
    yield case(
        f,
        "sledece_nedelje_u_utorak",
        "sr-Latn",
        s,
        "Razgovor za posao",
        sent,
        "'sledeće nedelje u utorak u 14h' sent on a Wednesday (16 February); no zone.",
        slot(st, sent=sent),
        "Zdravo Alex,\n\nvidimo se sledeće nedelje u utorak u 14h kod nas u kancelariji, "
        "Bulevar Mihajla Pupina 10. Javi ako nešto nije u redu.\n\nPozdrav,\nMarko",
    )
    s = ("Десислава Петрова", "d.petrova@vitoshasoft.example.bg")
    sent = at(2027, 2, 11, 9, 45, SOF, "Thu")
    st = at(2027, 2, 15, 10, 30, SOF, "Mon")
    yield case(
        f,
        "sledvashtata_sedmitsa_v_ponedelnik",
        "bg",
        s,
        "Покана за интервю",
        sent,
        "'следващата седмица в понеделник от 10:30 ч.' sent on a Thursday (15 February); 'един "
        "час' as the length; no zone.",
        slot(st, st + H, sent=sent),
        "Здравейте, Алекс,\n\nканим Ви на интервю следващата седмица в понеделник от 10:30 ч. "
        "в офиса ни в София (бул. Черни връх 47). Интервюто ще продължи един час.\n\nПоздрави,"
        "\nДесислава Петрова\nВитоша Софт ООД\nтел. 0888 123 456",
    )
    s = ("Олена Коваленко", "olena.kovalenko@dniprocode.example.ua")
    sent = at(2027, 2, 12, 13, 0, KIV, "Fri")
    st = at(2027, 2, 17, 15, 0, KIV, "Wed")
    yield case(
        f,
        "nastupnoho_tyzhnia_u_seredu",
        "uk",
        s,
        "Запрошення на співбесіду",
        sent,
        "'наступного тижня у середу о 15:00 за київським часом' sent on a Friday (17 "
        "February); Kyiv time as words; the instant.",
        slot(st),
        "Доброго дня, Алексе!\n\nЗапрошуємо Вас на співбесіду наступного тижня у середу о "
        "15:00 за київським часом, у Google Meet. Посилання надішлю напередодні.\n\nЗ повагою,"
        "\nОлена Коваленко\nDniproCode",
    )
    s = ("Анна Смирнова", "a.smirnova@nevaprom.example.ru")
    sent = at(2027, 2, 15, 11, 30, MOW, "Mon")
    st = at(2027, 2, 23, 11, 0, MOW, "Tue")
    yield case(
        f,
        "na_sleduyushchey_nedele_vo_vtornik",
        "ru",
        s,
        "Собеседование",
        sent,
        "'на следующей неделе во вторник в 11:00 по московскому времени' sent on a Monday (23 "
        "February, not tomorrow); Moscow time; the instant.",
        slot(st),
        "Добрый день, Алекс!\n\nПриглашаем Вас на собеседование на следующей неделе во "
        "вторник в 11:00 по московскому времени. Встреча пройдёт в Zoom, ссылку пришлю "
        "накануне.\n\nС уважением,\nАнна Смирнова\nНеваПром\n+7 (812) 555-01-23",
    )
    s = ("Игорь Белов", "i.belov@uralsoft.example.ru")
    sent = at(2027, 2, 19, 17, 20, MOW, "Fri")
    st = at(2027, 2, 25, 14, 30, MOW, "Thu")
    yield case(
        f,
        "v_polovine_tretyego",
        "ru",
        s,
        "Встреча в четверг",
        sent,
        "'в четверг, двадцать пятого февраля, в половине третьего дня' = 14:30 with the day "
        "as an ordinal word; no zone.",
        slot(st, sent=sent),
        "Алекс, здравствуйте.\n\nДоговорились: в четверг, двадцать пятого февраля, в половине "
        "третьего дня, у нас на Малышева, 51. Пропуск закажу.\n\nИгорь",
    )


def clockfirst41() -> Iterator[Case]:
    f = "clockfirst41"
    s = ("Harriet Oduya", "harriet.oduya@kelsall-partners.example.co.uk")
    sent = at(2027, 1, 18, 9, 20, LON, "Mon")
    st = at(2027, 1, 20, 10, 0, LON, "Wed")
    yield case(
        f,
        "time_stays_at_10_wednesday",
        "en-GB",
        s,
        "Change of day - Tuesday interview",
        sent,
        "Move with the clock first: 'The time stays at 10, but we're moving it to Wednesday "
        "(the 20th)'; old day Tuesday; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nSmall change, sorry - Priya is now out on Tuesday. The time stays at 10, "
        "but we're moving it to Wednesday (the 20th). Same room, same panel.\n\nThanks for "
        "bearing with us,\nHarriet",
    )
    s = ("Sabine Krüger", "sabine.krueger@elbwerk.example.de")
    sent = at(2027, 1, 22, 11, 5, BER, "Fri")
    st = at(2027, 1, 27, 10, 0, BER, "Wed")
    yield case(
        f,
        "uhrzeit_bleibt_mittwoch",
        "de",
        s,
        "Verschiebung Ihres Gesprächs",
        sent,
        "'Die Uhrzeit bleibt (10 Uhr), aber wir müssen das Gespräch auf Mittwoch, den 27., "
        "verschieben'; old day Monday the 25th; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hallo Alex,\n\nleider ist bei uns am Montag (25.) etwas dazwischengekommen. Die "
        "Uhrzeit bleibt (10 Uhr), aber wir müssen das Gespräch auf Mittwoch, den 27., "
        "verschieben. Ich hoffe, das passt Ihnen.\n\nViele Grüße\nSabine Krüger\nElbwerk GmbH",
    )
    s = ("Femke de Jong", "femke.dejong@grachtdata.example.nl")
    sent = at(2027, 2, 1, 8, 45, AMS, "Mon")
    st = at(2027, 2, 4, 14, 0, AMS, "Thu")
    yield case(
        f,
        "tijdstip_blijft_donderdag",
        "nl",
        s,
        "Nieuwe dag voor je gesprek",
        sent,
        "'Het tijdstip blijft hetzelfde, 14.00 uur, alleen de dag verandert: donderdag 4 "
        "februari in plaats van dinsdag'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hoi Alex,\n\nHet tijdstip blijft hetzelfde, 14.00 uur, alleen de dag verandert: "
        "donderdag 4 februari in plaats van dinsdag. Onze CTO kon dinsdag toch niet.\n\n"
        "Groetjes,\nFemke",
    )
    s = ("Claire Moreau", "claire.moreau@lumiere-rh.example.fr")
    sent = at(2027, 2, 9, 16, 40, PAR, "Tue")
    st = at(2027, 2, 12, 9, 30, PAR, "Fri")
    yield case(
        f,
        "heure_ne_change_pas_vendredi",
        "fr",
        s,
        "Report de votre entretien",
        sent,
        "'L'heure ne change pas (9h30), mais nous devons passer au vendredi 12 février'; the "
        "old day (jeudi) earlier; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Bonjour Alex,\n\nNotre directrice ne sera finalement pas disponible jeudi. L'heure ne "
        "change pas (9h30), mais nous devons passer au vendredi 12 février. Merci de votre "
        "compréhension.\n\nBien cordialement,\nClaire Moreau\nChargée de recrutement",
    )
    s = ("Lucía Fernández", "lucia.fernandez@alcorta.example.es")
    sent = at(2027, 2, 15, 10, 10, MAD, "Mon")
    st = at(2027, 2, 18, 11, 0, MAD, "Thu")
    yield case(
        f,
        "mantenemos_la_hora_jueves",
        "es-ES",
        s,
        "Cambio de día",
        sent,
        "'Mantenemos la hora, las 11:00, pero lo pasamos al jueves 18'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hola Alex:\n\nTe escribo porque el miércoles al final no podemos. Mantenemos la hora, "
        "las 11:00, pero lo pasamos al jueves 18. Misma dirección.\n\nUn saludo,\nLucía",
    )
    s = ("Johan Berg", "johan.berg@norrsken.example.se")
    sent = at(2027, 2, 16, 13, 0, STO, "Tue")
    st = at(2027, 2, 19, 13, 0, STO, "Fri")
    yield case(
        f,
        "samma_tid_fredag",
        "sv",
        s,
        "Ny dag för intervjun",
        sent,
        "'Samma tid, kl. 13, men vi flyttar till fredag 19 februari'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hej Alex!\n\nSamma tid, kl. 13, men vi flyttar till fredag 19 februari – Karin är "
        "bortrest på torsdag. Hoppas det går bra.\n\nMvh\nJohan",
    )
    s = ("Giulia Marchetti", "giulia.marchetti@venetodigitale.example.it")
    sent = at(2027, 2, 18, 12, 30, ROM, "Thu")
    st = at(2027, 2, 22, 15, 0, ROM, "Mon")
    yield case(
        f,
        "orario_resta_lunedi",
        "it",
        s,
        "Spostamento colloquio",
        sent,
        "'L'orario resta quello, le 15, ma spostiamo a lunedì 22'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Ciao Alex,\n\nL'orario resta quello, le 15, ma spostiamo a lunedì 22: venerdì il "
        "responsabile è in trasferta. Fammi sapere se va bene.\n\nGiulia",
    )
    s = ("Agnieszka Zielińska", "a.zielinska@bursztyn.example.pl")
    sent = at(2027, 2, 19, 9, 0, WAW, "Fri")
    st = at(2027, 2, 24, 10, 0, WAW, "Wed")
    yield case(
        f,
        "godzina_bez_zmian_sroda",
        "pl",
        s,
        "Zmiana terminu rozmowy",
        sent,
        "'Godzina bez zmian – 10:00 – ale przenosimy spotkanie na środę 24 lutego'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Dzień dobry,\n\nGodzina bez zmian – 10:00 – ale przenosimy spotkanie na środę 24 "
        "lutego, ponieważ we wtorek sala jest zajęta.\n\nPozdrawiam\nAgnieszka Zielińska",
    )
    s = ("Tyler Brooks", "tyler.brooks@ridgeline.example.com")
    sent = at(2027, 2, 22, 14, 15, NY, "Mon")
    st = at(2027, 2, 25, 14, 30, NY, "Thu")
    yield case(
        f,
        "down_for_230_thats_thursday",
        "en-US",
        s,
        "Panel interview",
        sent,
        "Invitation with the clock first: 'We have you down for 2:30pm. That's on Thursday, "
        "Feb 25'; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nWe have you down for 2:30pm. That's on Thursday, Feb 25, with the full "
        "panel in our Hoboken office.\n\nTyler",
    )


def wordtime41() -> Iterator[Case]:
    f = "wordtime41"
    s = ("Rosie Palmer", "rosie.palmer@fenwick-hr.example.co.uk")
    sent = at(2027, 1, 11, 10, 0, LON, "Mon")
    st = at(2027, 1, 15, 14, 30, LON, "Fri")
    yield case(
        f,
        "half_past_two_friday",
        "en-GB",
        s,
        "Interview Friday",
        sent,
        "'half past two on Friday 15 January'; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nYou're booked in for half past two on Friday 15 January with Tom and "
        "Anya.\n\nRosie",
    )
    s = ("Jana Weber", "jana.weber@isarlogik.example.de")
    sent = at(2027, 1, 12, 15, 0, BER, "Tue")
    st = at(2027, 1, 19, 14, 30, BER, "Tue")
    yield case(
        f,
        "halb_drei_nachmittags",
        "de",
        s,
        "Ihr Vorstellungsgespräch",
        sent,
        "'am Dienstag, 19. Januar, um halb drei nachmittags' = 14:30; no zone.",
        slot(st, sent=sent),
        "Hallo Alex,\n\nwir freuen uns, Sie am Dienstag, 19. Januar, um halb drei nachmittags "
        "bei uns in München begrüßen zu dürfen.\n\nBeste Grüße\nJana Weber",
    )
    s = ("Sanne Visser", "sanne.visser@polderpay.example.nl")
    sent = at(2027, 1, 14, 9, 0, AMS, "Thu")
    st = at(2027, 1, 20, 14, 15, AMS, "Wed")
    yield case(
        f,
        "kwart_over_twee",
        "nl",
        s,
        "Gesprek woensdag",
        sent,
        "'woensdag 20 januari om kwart over twee 's middags' = 14:15; no zone.",
        slot(st, sent=sent),
        "Hoi Alex,\n\nWe zien je graag woensdag 20 januari om kwart over twee 's middags op "
        "ons kantoor in Utrecht.\n\nGroet,\nSanne",
    )
    s = ("Inês Carvalho", "ines.carvalho@tejoware.example.pt")
    sent = at(2027, 1, 15, 11, 30, LIS, "Fri")
    st = at(2027, 1, 21, 14, 30, LIS, "Thu")
    yield case(
        f,
        "as_duas_e_meia",
        "pt-PT",
        s,
        "Entrevista",
        sent,
        "'quinta-feira, 21 de janeiro, às duas e meia da tarde' = 14:30; no zone.",
        slot(st, sent=sent),
        "Olá Alex,\n\nConfirmo a entrevista para quinta-feira, 21 de janeiro, às duas e meia "
        "da tarde, no nosso escritório do Porto.\n\nCumprimentos,\nInês",
    )
    s = ("Marco Rinaldi", "marco.rinaldi@lagodigitale.example.it")
    sent = at(2027, 1, 18, 10, 0, ROM, "Mon")
    st = at(2027, 1, 22, 15, 0, ROM, "Fri")
    yield case(
        f,
        "alle_tre_del_pomeriggio",
        "it",
        s,
        "Colloquio venerdì",
        sent,
        "'venerdì 22 gennaio alle tre del pomeriggio' = 15:00; no zone.",
        slot(st, sent=sent),
        "Buongiorno Alex,\n\nLe confermo il colloquio venerdì 22 gennaio alle tre del "
        "pomeriggio presso la nostra sede di Como.\n\nCordiali saluti\nMarco Rinaldi",
    )
    s = ("Pablo Ruiz", "pablo.ruiz@sierradev.example.es")
    sent = at(2027, 1, 19, 12, 0, MAD, "Tue")
    st = at(2027, 1, 25, 11, 15, MAD, "Mon")
    yield case(
        f,
        "once_y_cuarto",
        "es-ES",
        s,
        "Entrevista el lunes",
        sent,
        "'el lunes 25 de enero a las once y cuarto' = 11:15; no zone.",
        slot(st, sent=sent),
        "Hola Alex,\n\nte esperamos el lunes 25 de enero a las once y cuarto en la oficina de "
        "Valencia.\n\nSaludos,\nPablo",
    )
    s = ("Élodie Girard", "elodie.girard@rhonetech.example.fr")
    sent = at(2027, 1, 20, 14, 0, PAR, "Wed")
    st = at(2027, 1, 26, 10, 30, PAR, "Tue")
    yield case(
        f,
        "dix_heures_et_demie",
        "fr",
        s,
        "Entretien mardi",
        sent,
        "'mardi 26 janvier à dix heures et demie' = 10:30; no zone.",
        slot(st, sent=sent),
        "Bonjour Alex,\n\nJe vous confirme notre entretien mardi 26 janvier à dix heures et "
        "demie, dans nos locaux de Lyon.\n\nBien à vous,\nÉlodie Girard",
    )
    s = ("Mette Nielsen", "mette.nielsen@havnedata.example.dk")
    sent = at(2027, 1, 21, 9, 0, CPH, "Thu")
    st = at(2027, 1, 27, 14, 30, CPH, "Wed")
    yield case(
        f,
        "halv_tre_eftermiddag",
        "da",
        s,
        "Samtale onsdag",
        sent,
        "'onsdag den 27. januar kl. halv tre om eftermiddagen' = 14:30; no zone.",
        slot(st, sent=sent),
        "Hej Alex\n\nVi ses onsdag den 27. januar kl. halv tre om eftermiddagen hos os i "
        "Aarhus.\n\nVenlig hilsen\nMette",
    )
    s = ("Dana Whitfield", "dana.whitfield@copperleaf.example.com")
    sent = at(2027, 1, 22, 16, 0, CHI, "Fri")
    st = at(2027, 1, 28, 9, 45, CHI, "Thu")
    yield case(
        f,
        "quarter_to_ten",
        "en-US",
        s,
        "Thursday interview",
        sent,
        "'Thursday Jan 28 at a quarter to ten' = 9:45; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nWe'll see you Thursday Jan 28 at a quarter to ten. Parking is behind the "
        "building.\n\nDana",
    )


def worddate41() -> Iterator[Case]:
    f = "worddate41"
    s = ("Fiona Kerr", "fiona.kerr@glenmore-analytics.example.co.uk")
    sent = at(2027, 1, 4, 10, 15, LON, "Mon")
    st = at(2027, 1, 12, 11, 0, LON, "Tue")
    yield case(
        f,
        "tuesday_the_twelfth",
        "en-GB",
        s,
        "Interview - Tuesday the twelfth",
        sent,
        "'Tuesday the twelfth at 11am' (January, from the Date); no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nHappy new year! Just confirming your interview on Tuesday the twelfth at "
        "11am at our Edinburgh office (Quartermile 2).\n\nBest wishes,\nFiona",
    )
    s = ("Thomas Becker", "thomas.becker@rheinsoft.example.de")
    sent = at(2027, 2, 1, 14, 30, BER, "Mon")
    st = at(2027, 2, 12, 14, 0, BER, "Fri")
    yield case(
        f,
        "am_zwoelften",
        "de",
        s,
        "Termin für Ihr Gespräch",
        sent,
        "'am zwölften, also Freitag, um 14 Uhr' (February, from the Date); no zone.",
        slot(st, sent=sent),
        "Hallo Alex,\n\nwie telefonisch besprochen sehen wir uns am zwölften, also Freitag, um "
        "14 Uhr in Köln.\n\nGruß\nThomas Becker",
    )
    s = ("Anne Lefèvre", "anne.lefevre@garonne-conseil.example.fr")
    sent = at(2027, 3, 1, 9, 40, PAR, "Mon")
    st = at(2027, 3, 12, 10, 0, PAR, "Fri")
    yield case(
        f,
        "le_douze_mars",
        "fr",
        s,
        "Entretien le douze",
        sent,
        "'vendredi douze mars à 10h'; no zone.",
        slot(st, sent=sent),
        "Bonjour Alex,\n\nNous vous attendons vendredi douze mars à 10h à Bordeaux pour votre "
        "entretien.\n\nCordialement,\nAnne Lefèvre",
    )
    s = ("Carmen Ortega", "carmen.ortega@tajo-rrhh.example.es")
    sent = at(2027, 3, 2, 11, 0, MAD, "Tue")
    st = at(2027, 3, 11, 9, 30, MAD, "Thu")
    yield case(
        f,
        "el_jueves_once",
        "es-ES",
        s,
        "Entrevista el jueves once",
        sent,
        "'el jueves once de marzo a las 9:30'; no zone.",
        slot(st, sent=sent),
        "Buenos días, Alex:\n\nLe confirmamos la entrevista el jueves once de marzo a las 9:30 "
        "en nuestras oficinas de Toledo.\n\nAtentamente,\nCarmen Ortega",
    )
    s = ("Paolo Ferri", "paolo.ferri@appenninotech.example.it")
    sent = at(2027, 4, 1, 10, 0, ROM, "Thu")
    st = at(2027, 4, 15, 10, 0, ROM, "Thu")
    yield case(
        f,
        "il_quindici_aprile",
        "it",
        s,
        "Colloquio il quindici",
        sent,
        "'giovedì quindici aprile alle 10'; no zone.",
        slot(st, sent=sent),
        "Ciao Alex,\n\nti aspettiamo giovedì quindici aprile alle 10 a Bologna.\n\nPaolo",
    )
    s = ("Bram Peeters", "bram.peeters@scheldelab.example.nl")
    sent = at(2027, 4, 12, 15, 20, AMS, "Mon")
    st = at(2027, 4, 20, 13, 0, AMS, "Tue")
    yield case(
        f,
        "op_de_twintigste",
        "nl",
        s,
        "Gesprek op de twintigste",
        sent,
        "'op de twintigste (dinsdag) om 13.00 uur' (April, from the Date); no zone.",
        slot(st, sent=sent),
        "Hallo Alex,\n\nWe hebben je ingepland op de twintigste (dinsdag) om 13.00 uur bij ons "
        "in Rotterdam.\n\nMet vriendelijke groet,\nBram Peeters",
    )
    s = ("Magdalena Lewandowska", "m.lewandowska@mazury.example.pl")
    sent = at(2027, 2, 3, 13, 0, WAW, "Wed")
    st = at(2027, 2, 12, 9, 0, WAW, "Fri")
    yield case(
        f,
        "dwunastego_lutego",
        "pl",
        s,
        "Rozmowa dwunastego",
        sent,
        "'dwunastego lutego (piątek) o 9:00'; no zone.",
        slot(st, sent=sent),
        "Dzień dobry,\n\npotwierdzam spotkanie dwunastego lutego (piątek) o 9:00 w Olsztynie."
        "\n\nPozdrawiam\nMagdalena Lewandowska",
    )
    s = ("Camila Souza", "camila.souza@ipe-rh.example.com.br")
    sent = at(2027, 2, 15, 9, 0, SAO, "Mon")
    st = at(2027, 2, 23, 16, 0, SAO, "Tue")
    yield case(
        f,
        "dia_vinte_e_tres",
        "pt-BR",
        s,
        "Entrevista dia vinte e três",
        sent,
        "'no dia vinte e três de fevereiro, terça, às 16h'; no zone.",
        slot(st, sent=sent),
        "Oi Alex, tudo bem?\n\nConfirmo sua entrevista no dia vinte e três de fevereiro, "
        "terça, às 16h, no nosso escritório da Paulista.\n\nAbraços,\nCamila",
    )
    s = ("Grace Holloway", "grace.holloway@tidewater.example.com")
    sent = at(2027, 2, 24, 11, 0, NY, "Wed")
    st = at(2027, 3, 3, 10, 30, NY, "Wed")
    yield case(
        f,
        "third_of_march",
        "en-US",
        s,
        "Interview on the third",
        sent,
        "'Wednesday the third of March at 10:30 a.m.'; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nWe'd love to have you in on Wednesday the third of March at 10:30 a.m. "
        "Please bring a photo ID for the front desk.\n\nWarmly,\nGrace",
    )
    s = ("Lucie Svobodová", "lucie.svobodova@moravia.example.cz")
    sent = at(2027, 2, 15, 10, 0, PRG, "Mon")
    st = at(2027, 2, 22, 10, 0, PRG, "Mon")
    yield case(
        f,
        "dvacateho_druheho_unora",
        "cs",
        s,
        "Pohovor 22. února",
        sent,
        "'v pondělí dvacátého druhého února v 10 hodin'; no zone.",
        slot(st, sent=sent),
        "Dobrý den,\n\npotvrzuji Váš pohovor v pondělí dvacátého druhého února v 10 hodin v "
        "Olomouci.\n\nS pozdravem\nLucie Svobodová",
    )


def noonword41() -> Iterator[Case]:
    f = "noonword41"
    s = ("Kevin Marsh", "kevin.marsh@bluestem.example.com")
    sent = at(2027, 1, 5, 13, 0, NY, "Tue")
    st = at(2027, 1, 8, 12, 0, NY, "Fri")
    yield case(
        f,
        "noon_to_1245",
        "en-US",
        s,
        "Lunch interview Friday",
        sent,
        "'Friday (Jan 8) from noon to 12:45'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Hi Alex,\n\nLet's do Friday (Jan 8) from noon to 12:45 - lunch is on us.\n\nKevin",
    )
    s = ("Stefanie Hofmann", "stefanie.hofmann@neckartal.example.de")
    sent = at(2027, 1, 8, 10, 0, BER, "Fri")
    st = at(2027, 1, 14, 12, 0, BER, "Thu")
    yield case(
        f,
        "12_uhr_mittags",
        "de",
        s,
        "Gesprächstermin",
        sent,
        "'am Donnerstag, 14. Januar, um 12 Uhr mittags'; no zone.",
        slot(st, sent=sent),
        "Hallo Alex,\n\nwir haben Sie für Donnerstag, 14. Januar, um 12 Uhr mittags eingeplant."
        "\n\nViele Grüße\nStefanie Hofmann",
    )
    s = ("Julien Roux", "julien.roux@provence-it.example.fr")
    sent = at(2027, 1, 14, 11, 0, PAR, "Thu")
    st = at(2027, 1, 20, 12, 0, PAR, "Wed")
    yield case(
        f,
        "a_midi_le_mercredi",
        "fr",
        s,
        "Entretien",
        sent,
        "The clock first: 'À midi, le mercredi 20 janvier'; no zone.",
        slot(st, sent=sent),
        "Bonjour Alex,\n\nÀ midi, le mercredi 20 janvier, vous rencontrerez notre équipe à "
        "Marseille.\n\nJulien",
    )
    s = ("Marta Gil", "marta.gil@ebro.example.es")
    sent = at(2027, 1, 13, 9, 0, MAD, "Wed")
    st = at(2027, 1, 19, 12, 0, MAD, "Tue")
    yield case(
        f,
        "martes_al_mediodia",
        "es-ES",
        s,
        "Entrevista martes",
        sent,
        "'el martes 19 al mediodía'; no zone.",
        slot(st, sent=sent),
        "Hola Alex,\n\nTe vemos el martes 19 al mediodía en Zaragoza.\n\nMarta",
    )
    s = ("Chiara Bassi", "chiara.bassi@dolomiti.example.it")
    sent = at(2027, 1, 15, 16, 0, ROM, "Fri")
    st = at(2027, 1, 22, 12, 0, ROM, "Fri")
    yield case(
        f,
        "mezzogiorno_venerdi",
        "it",
        s,
        "Colloquio",
        sent,
        "'a mezzogiorno di venerdì 22 gennaio'; no zone.",
        slot(st, sent=sent),
        "Ciao Alex,\n\nci vediamo a mezzogiorno di venerdì 22 gennaio a Trento.\n\nChiara",
    )
    s = ("Rui Almeida", "rui.almeida@douro-tech.example.pt")
    sent = at(2027, 1, 18, 10, 0, LIS, "Mon")
    st = at(2027, 1, 25, 12, 0, LIS, "Mon")
    yield case(
        f,
        "ao_meio_dia",
        "pt-PT",
        s,
        "Entrevista segunda",
        sent,
        "'ao meio-dia de segunda-feira, 25 de janeiro'; no zone.",
        slot(st, sent=sent),
        "Olá Alex,\n\nFica marcada a entrevista ao meio-dia de segunda-feira, 25 de janeiro, em "
        "Braga.\n\nRui",
    )
    s = ("Tomasz Mazur", "tomasz.mazur@baltyk.example.pl")
    sent = at(2027, 1, 22, 10, 0, WAW, "Fri")
    st = at(2027, 1, 28, 12, 0, WAW, "Thu")
    yield case(
        f,
        "w_poludnie",
        "pl",
        s,
        "Spotkanie",
        sent,
        "'w południe, w czwartek 28 stycznia'; no zone.",
        slot(st, sent=sent),
        "Dzień dobry,\n\nzapraszam w południe, w czwartek 28 stycznia, do biura w Gdańsku.\n\n"
        "Tomasz Mazur",
    )
    s = ("Aino Virtanen", "aino.virtanen@revontuli.example.fi")
    sent = at(2027, 1, 27, 9, 0, HEL, "Wed")
    st = at(2027, 2, 2, 12, 0, HEL, "Tue")
    yield case(
        f,
        "keskipaivalla",
        "fi",
        s,
        "Haastattelu",
        sent,
        "'tiistaina 2.2. keskipäivällä'; no zone.",
        slot(st, sent=sent),
        "Hei Alex,\n\ntavataan tiistaina 2.2. keskipäivällä Oulun toimistolla.\n\nAino",
    )
    s = ("Eleanor Price", "eleanor.price@harbourline.example.co.uk")
    sent = at(2027, 2, 1, 15, 0, LON, "Mon")
    st = at(2027, 2, 8, 12, 0, LON, "Mon")
    yield case(
        f,
        "midday_monday",
        "en-GB",
        s,
        "Interview - Monday 8 February",
        sent,
        "'midday on Monday 8 February' until '1pm'; no zone.",
        slot(st, st + H, sent=sent),
        "Hi Alex,\n\nYou're in for midday on Monday 8 February until 1pm at our Bristol "
        "office.\n\nEleanor",
    )
    s = ("Ірина Шевченко", "iryna.shevchenko@lvivsoft.example.ua")
    sent = at(2027, 2, 4, 11, 0, KIV, "Thu")
    st = at(2027, 2, 10, 12, 0, KIV, "Wed")
    yield case(
        f,
        "opivdni",
        "uk",
        s,
        "Співбесіда",
        sent,
        "'опівдні в середу, 10 лютого'; no zone.",
        slot(st, sent=sent),
        "Вітаю, Алексе!\n\nЧекаємо на Вас опівдні в середу, 10 лютого, у нашому львівському "
        "офісі.\n\nІрина",
    )


def twelvehr41() -> Iterator[Case]:
    f = "twelvehr41"
    s = ("Andrea Hernández", "andrea.hernandez@talentomx.example.com.mx")
    sent = at(2027, 1, 11, 12, 0, MEX, "Mon")
    st = at(2027, 1, 14, 16, 0, MEX, "Thu")
    yield case(
        f,
        "cuatro_de_la_tarde",
        "es-MX",
        s,
        "Entrevista - jueves 14",
        sent,
        "'el jueves 14 de enero a las 4 de la tarde' = 16:00; no zone.",
        slot(st, sent=sent),
        "Hola Alex, buenas tardes.\n\nTe confirmo tu entrevista el jueves 14 de enero a las 4 "
        "de la tarde en nuestras oficinas de Polanco.\n\nSaludos cordiales,\nAndrea",
    )
    s = ("Ricardo Flores", "ricardo.flores@norteno.example.com.mx")
    sent = at(2027, 1, 13, 9, 0, MEX, "Wed")
    st = at(2027, 1, 19, 10, 30, MEX, "Tue")
    yield case(
        f,
        "1030_am_martes",
        "es-MX",
        s,
        "Entrevista",
        sent,
        "'martes 19 de enero, 10:30 a.m.'; no zone.",
        slot(st, sent=sent),
        "Buen día Alex,\n\nQuedamos el martes 19 de enero, 10:30 a.m., vía Teams.\n\nRicardo",
    )
    s = ("نورة العتيبي", "noura.alotaibi@najdtech.example.sa")
    sent = at(2027, 1, 12, 10, 0, RIY, "Tue")
    st = at(2027, 1, 17, 15, 0, RIY, "Sun")
    yield case(
        f,
        "sa_3_masaan",
        "ar",
        s,
        "دعوة لمقابلة شخصية",
        sent,
        "'يوم الأحد 17 يناير الساعة 3 مساءً' = 15:00; no zone.",
        slot(st, sent=sent),
        "الأستاذ أليكس المحترم،\n\nيسعدنا دعوتك لإجراء مقابلة شخصية يوم الأحد 17 يناير الساعة 3 "
        "مساءً في مقر الشركة بالرياض.\n\nمع خالص التحية،\nنورة العتيبي",
    )
    s = ("محمد سامي", "m.samy@nileworks.example.eg")
    sent = at(2027, 1, 17, 13, 0, CAI, "Sun")
    st = at(2027, 1, 21, 11, 0, CAI, "Thu")
    yield case(
        f,
        "11_sabahan",
        "ar-EG",
        s,
        "ميعاد الإنترفيو",
        sent,
        "'الخميس 21 يناير الساعة 11 صباحاً' = 11:00; no zone.",
        slot(st, sent=sent),
        "أهلاً أليكس،\n\nميعاد الإنترفيو يوم الخميس 21 يناير الساعة 11 صباحاً في مكتبنا في "
        "المعادي.\n\nمحمد",
    )
    s = ("प्रिया शर्मा", "priya.sharma@gangatech.example.in")
    sent = at(2027, 1, 20, 11, 0, KOL, "Wed")
    st = at(2027, 1, 25, 15, 0, KOL, "Mon")
    yield case(
        f,
        "dopahar_3_baje",
        "hi",
        s,
        "साक्षात्कार हेतु आमंत्रण",
        sent,
        "'सोमवार, 25 जनवरी को दोपहर 3 बजे' = 15:00; no zone.",
        slot(st, sent=sent),
        "प्रिय एलेक्स,\n\nआपका साक्षात्कार सोमवार, 25 जनवरी को दोपहर 3 बजे हमारे नोएडा कार्यालय में "
        "होगा।\n\nधन्यवाद,\nप्रिया शर्मा",
    )
    s = ("राहुल वर्मा", "rahul.verma@indusapps.example.in")
    sent = at(2027, 1, 21, 18, 0, KOL, "Thu")
    st = at(2027, 1, 27, 17, 0, KOL, "Wed")
    yield case(
        f,
        "shaam_5_baje",
        "hi",
        s,
        "इंटरव्यू",
        sent,
        "'बुधवार 27 जनवरी शाम 5 बजे' = 17:00; no zone.",
        slot(st, sent=sent),
        "नमस्ते एलेक्स जी,\n\nआपका इंटरव्यू बुधवार 27 जनवरी शाम 5 बजे गूगल मीट पर रखा गया है।\n\nराहुल",
    )
    s = ("김지현", "jihyun.kim@hangang-soft.example.kr")
    sent = at(2027, 1, 22, 10, 0, SEL, "Fri")
    st = at(2027, 1, 28, 15, 0, SEL, "Thu")
    yield case(
        f,
        "ohu_3si",
        "ko",
        s,
        "면접 일정 안내",
        sent,
        "'1월 28일(목) 오후 3시' = 15:00; no zone.",
        slot(st, sent=sent),
        "안녕하세요 알렉스 님,\n\n면접 일정은 1월 28일(목) 오후 3시로 확정되었습니다. 본사 "
        "3층 회의실로 오시면 됩니다.\n\n감사합니다.\n김지현 드림",
    )
    s = ("王芳", "wang.fang@huangpu-tech.example.cn")
    sent = at(2027, 1, 27, 14, 0, SHA, "Wed")
    st = at(2027, 2, 2, 15, 0, SHA, "Tue")
    yield case(
        f,
        "xiawu_sandian",
        "zh-CN",
        s,
        "面试通知",
        sent,
        "'2月2日（周二）下午三点' = 15:00 with the hour in characters; no zone.",
        slot(st, sent=sent),
        "Alex 您好，\n\n您的面试安排在2月2日（周二）下午三点，地点在公司12楼会议室。\n\n"
        "王芳\n人力资源部",
    )
    s = ("Maricel Santos", "maricel.santos@pasigbpo.example.ph")
    sent = at(2027, 1, 29, 9, 0, MNL, "Fri")
    st = at(2027, 2, 4, 14, 0, MNL, "Thu")
    yield case(
        f,
        "alas_2_ng_hapon",
        "fil",
        s,
        "Interview schedule",
        sent,
        "Taglish: 'sa Huwebes, Pebrero 4, alas-2 ng hapon' = 14:00; no zone.",
        slot(st, sent=sent),
        "Hi Alex!\n\nAng interview mo ay sa Huwebes, Pebrero 4, alas-2 ng hapon sa office "
        "namin sa Ortigas. Please bring 2 valid IDs.\n\nSalamat,\nMaricel",
    )
    s = ("陳怡君", "yijun.chen@danshui.example.tw")
    sent = at(2027, 2, 1, 11, 0, TPE, "Mon")
    st = at(2027, 2, 5, 10, 30, TPE, "Fri")
    yield case(
        f,
        "shangwu_shidian_ban",
        "zh-TW",
        s,
        "面試邀請",
        sent,
        "'2月5日（週五）上午十點半' = 10:30 in characters; no zone.",
        slot(st, sent=sent),
        "Alex 您好：\n\n誠摯邀請您於2月5日（週五）上午十點半至本公司面試。\n\n陳怡君 敬上",
    )


def zoneword41() -> Iterator[Case]:
    f = "zoneword41"
    s = ("Megan Ford", "megan.ford@sunvale.example.com")
    sent = at(2027, 1, 6, 10, 0, LA, "Wed")
    st = at(2027, 1, 12, 14, 0, NY, "Tue")
    yield case(
        f,
        "2pm_eastern",
        "en-US",
        s,
        "Interview Tuesday",
        sent,
        "Los Angeles sender: 'Tuesday, January 12 at 2pm Eastern'; the instant.",
        slot(st),
        "Hi Alex,\n\nYou're confirmed for Tuesday, January 12 at 2pm Eastern with our VP in "
        "Boston.\n\nMegan",
    )
    s = ("Bruna Lima", "bruna.lima@cerrado.example.com.br")
    sent = at(2027, 1, 8, 9, 0, LIS, "Fri")
    st = at(2027, 1, 14, 10, 0, SAO, "Thu")
    yield case(
        f,
        "horario_de_brasilia",
        "pt-BR",
        s,
        "Entrevista quinta",
        sent,
        "Sent from Lisbon: 'quinta, 14/1, às 10h (horário de Brasília)'; the instant.",
        slot(st),
        "Oi Alex,\n\nSua entrevista ficou para quinta, 14/1, às 10h (horário de Brasília), "
        "pelo Meet.\n\nBjs,\nBruna",
    )
    s = ("Ananya Iyer", "ananya.iyer@kaveri.example.co.uk")
    sent = at(2027, 1, 11, 9, 0, LON, "Mon")
    st = at(2027, 1, 18, 11, 30, KOL, "Mon")
    yield case(
        f,
        "india_time",
        "en-GB",
        s,
        "Call with the Bengaluru team",
        sent,
        "London sender: 'Monday 18 January, 11:30 AM India time'; the instant.",
        slot(st),
        "Hi Alex,\n\nThe Bengaluru team can do Monday 18 January, 11:30 AM India time (that's "
        "6am for us, so coffee first).\n\nAnanya",
    )
    s = ("Ольга Иванова", "o.ivanova@baikal.example.ru")
    sent = at(2027, 1, 13, 10, 0, "Asia/Irkutsk", "Wed")
    st = at(2027, 1, 20, 15, 0, MOW, "Wed")
    yield case(
        f,
        "po_moskve",
        "ru",
        s,
        "Собеседование в среду",
        sent,
        "Irkutsk sender: 'в среду, 20 января, в 15:00 по Москве'; the instant.",
        slot(st),
        "Алекс, добрый день!\n\nСобеседование назначено на среду, 20 января, в 15:00 по Москве."
        "\n\nОльга",
    )
    s = ("Geneviève Tremblay", "genevieve.tremblay@saint-laurent.example.ca")
    sent = at(2027, 1, 14, 9, 0, "America/Toronto", "Thu")
    st = at(2027, 1, 21, 16, 0, PAR, "Thu")
    yield case(
        f,
        "heure_de_paris",
        "fr-CA",
        s,
        "Entretien avec Paris",
        sent,
        "Montréal sender: 'jeudi 21 janvier à 16h, heure de Paris'; the instant.",
        slot(st),
        "Bonjour Alex,\n\nL'équipe de Paris vous rencontrera jeudi 21 janvier à 16h, heure de "
        "Paris (10h chez nous).\n\nGeneviève",
    )
    s = ("Wei Ling Tan", "weiling.tan@marinabay.example.sg")
    sent = at(2027, 1, 15, 17, 0, "Asia/Singapore", "Fri")
    st = at(2027, 1, 22, 9, 0, LON, "Fri")
    yield case(
        f,
        "9am_uk_time",
        "en-SG",
        s,
        "Interview with London",
        sent,
        "Singapore sender: 'Friday 22 January, 9am UK time'; the instant.",
        slot(st),
        "Hi Alex,\n\nThe London hiring manager will call you Friday 22 January, 9am UK time.\n\n"
        "Regards,\nWei Ling",
    )
    s = ("Fernanda Ruiz", "fernanda.ruiz@bajio.example.com.mx")
    sent = at(2027, 1, 18, 11, 0, "America/Tijuana", "Mon")
    st = at(2027, 1, 25, 12, 0, MEX, "Mon")
    yield case(
        f,
        "hora_del_centro",
        "es-MX",
        s,
        "Entrevista lunes",
        sent,
        "Tijuana sender: 'el lunes 25 de enero a las 12:00, hora del centro'; the instant.",
        slot(st),
        "Hola Alex,\n\nLa entrevista es el lunes 25 de enero a las 12:00, hora del centro.\n\nFer",
    )
    s = ("Дмитро Бондар", "d.bondar@kharkivit.example.ua")
    sent = at(2027, 1, 19, 10, 0, WAW, "Tue")
    st = at(2027, 1, 26, 10, 0, KIV, "Tue")
    yield case(
        f,
        "za_kyievom",
        "uk",
        s,
        "Співбесіда у вівторок",
        sent,
        "Warsaw sender: 'у вівторок, 26 січня, о 10:00 за Києвом'; the instant.",
        slot(st),
        "Привіт, Алексе!\n\nСпівбесіда у вівторок, 26 січня, о 10:00 за Києвом.\n\nДмитро",
    )
    s = ("Lena Hoffmann", "lena.hoffmann@nordlicht.example.de")
    sent = at(2027, 1, 20, 10, 0, BER, "Wed")
    st = at(2027, 1, 27, 15, 0, HEL, "Wed")
    yield case(
        f,
        "helsinki_time",
        "en",
        s,
        "Interview with our Helsinki office",
        sent,
        "Berlin sender: 'Wednesday 27 Jan at 3 pm Helsinki time'; the instant.",
        slot(st),
        "Hi Alex,\n\nOur Helsinki office will interview you on Wednesday 27 Jan at 3 pm "
        "Helsinki time.\n\nBest,\nLena",
    )
    s = ("Valeria Gómez", "valeria.gomez@pampa.example.com.ar")
    sent = at(2027, 1, 21, 10, 0, MAD, "Thu")
    st = at(2027, 1, 28, 17, 0, BUE, "Thu")
    yield case(
        f,
        "hora_de_buenos_aires",
        "es-AR",
        s,
        "Entrevista",
        sent,
        "Madrid sender: 'el jueves 28 a las 17 hs, hora de Buenos Aires'; the instant.",
        slot(st),
        "Hola Alex,\n\nQuedamos el jueves 28 a las 17 hs, hora de Buenos Aires.\n\nValeria",
    )
    s = ("Hannah Price", "hannah.price@redwood.example.com")
    sent = at(2027, 1, 25, 9, 0, NY, "Mon")
    st = at(2027, 1, 29, 10, 0, LA, "Fri")
    yield case(
        f,
        "10am_pacific",
        "en-US",
        s,
        "Friday call",
        sent,
        "New York sender: 'Friday 1/29 at 10am Pacific'; the instant.",
        slot(st),
        "Hi Alex,\n\nFriday 1/29 at 10am Pacific works for the team in Seattle.\n\nHannah",
    )
    s = ("Markus Vogel", "markus.vogel@wuestenhaus.example.ae")
    sent = at(2027, 1, 26, 9, 0, DXB, "Tue")
    st = at(2027, 2, 1, 9, 0, BER, "Mon")
    yield case(
        f,
        "deutscher_zeit",
        "de",
        s,
        "Videointerview",
        sent,
        "Dubai sender: 'Montag, 1. Februar, 9 Uhr deutscher Zeit'; the instant.",
        slot(st),
        "Hallo Alex,\n\nwir sprechen am Montag, 1. Februar, 9 Uhr deutscher Zeit per Teams.\n\n"
        "Markus",
    )


def lengthword41() -> Iterator[Case]:
    f = "lengthword41"
    s = ("Olivia Grant", "olivia.grant@pinecrest.example.com")
    sent = at(2027, 1, 28, 10, 0, CHI, "Thu")
    st = at(2027, 2, 3, 13, 0, CHI, "Wed")
    yield case(
        f,
        "for_45_minutes",
        "en-US",
        s,
        "Interview Wednesday",
        sent,
        "'Wednesday, Feb 3 at 1pm ... for 45 minutes'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Hi Alex,\n\nWe'd like to meet on Wednesday, Feb 3 at 1pm. Jen has blocked her "
        "calendar for 45 minutes.\n\nOlivia",
    )
    s = ("Sergio Navarro", "sergio.navarro@guadalquivir.example.es")
    sent = at(2027, 1, 29, 10, 0, MAD, "Fri")
    st = at(2027, 2, 4, 10, 0, MAD, "Thu")
    yield case(
        f,
        "durara_una_hora",
        "es-ES",
        s,
        "Entrevista",
        sent,
        "'el jueves 4 de febrero a las 10:00; durará una hora'; no zone.",
        slot(st, st + H, sent=sent),
        "Hola Alex,\n\nTe esperamos el jueves 4 de febrero a las 10:00; la entrevista durará "
        "una hora.\n\nSergio",
    )
    s = ("Katrin Lang", "katrin.lang@donauwerk.example.at")
    sent = at(2027, 2, 1, 10, 0, VIE, "Mon")
    st = at(2027, 2, 5, 9, 30, VIE, "Fri")
    yield case(
        f,
        "anderthalb_stunden",
        "de-AT",
        s,
        "Einladung",
        sent,
        "'Freitag, 5. Februar, 9:30 Uhr; das Gespräch dauert anderthalb Stunden'; no zone.",
        slot(st, st + 90 * M, sent=sent),
        "Liebe Alex,\n\nwir laden Sie für Freitag, 5. Februar, 9:30 Uhr nach Linz ein. Das "
        "Gespräch dauert anderthalb Stunden.\n\nLiebe Grüße\nKatrin Lang",
    )
    s = ("Joost Smit", "joost.smit@waddenweb.example.nl")
    sent = at(2027, 2, 3, 10, 0, AMS, "Wed")
    st = at(2027, 2, 8, 15, 0, AMS, "Mon")
    yield case(
        f,
        "een_half_uur",
        "nl",
        s,
        "Kennismaking",
        sent,
        "'maandag 8 februari om 15.00 uur; het gesprek duurt een half uur'; no zone.",
        slot(st, st + 30 * M, sent=sent),
        "Hoi Alex,\n\nmaandag 8 februari om 15.00 uur bellen we even; het gesprek duurt een "
        "half uur.\n\nJoost",
    )
    s = ("Pekka Nieminen", "pekka.nieminen@koskisoft.example.fi")
    sent = at(2027, 2, 3, 12, 0, HEL, "Wed")
    st = at(2027, 2, 9, 10, 0, HEL, "Tue")
    yield case(
        f,
        "puolitoista_tuntia",
        "fi",
        s,
        "Haastattelu",
        sent,
        "'tiistaina 9.2. klo 10, kesto puolitoista tuntia'; no zone.",
        slot(st, st + 90 * M, sent=sent),
        "Hei Alex,\n\nhaastattelu on tiistaina 9.2. klo 10, kesto puolitoista tuntia.\n\nPekka",
    )
    s = ("Kovács Eszter", "eszter.kovacs@dunasoft.example.hu")
    sent = at(2027, 2, 4, 10, 0, BUD, "Thu")
    st = at(2027, 2, 10, 14, 0, BUD, "Wed")
    yield case(
        f,
        "masfel_oras",
        "hu",
        s,
        "Interjú időpont",
        sent,
        "'február 10-én, szerdán 14 órakor; az interjú másfél órás'; no zone.",
        slot(st, st + 90 * M, sent=sent),
        "Kedves Alex!\n\nVárjuk február 10-én, szerdán 14 órakor budapesti irodánkban. Az "
        "interjú másfél órás.\n\nÜdvözlettel:\nKovács Eszter",
    )
    s = ("Martin Novák", "martin.novak@krkonose.example.cz")
    sent = at(2027, 2, 5, 10, 0, PRG, "Fri")
    st = at(2027, 2, 11, 9, 0, PRG, "Thu")
    yield case(
        f,
        "dve_hodiny",
        "cs",
        s,
        "Pohovor",
        sent,
        "'ve čtvrtek 11. února v 9:00; pohovor potrvá dvě hodiny'; no zone.",
        slot(st, st + 2 * H, sent=sent),
        "Dobrý den,\n\npohovor proběhne ve čtvrtek 11. února v 9:00 a potrvá dvě hodiny.\n\n"
        "Martin Novák",
    )
    s = ("Federica Costa", "federica.costa@ligure.example.it")
    sent = at(2027, 2, 8, 10, 0, ROM, "Mon")
    st = at(2027, 2, 12, 11, 0, ROM, "Fri")
    yield case(
        f,
        "durata_45_minuti",
        "it",
        s,
        "Colloquio",
        sent,
        "'venerdì 12 febbraio alle 11, durata 45 minuti'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Ciao Alex,\n\ncolloquio venerdì 12 febbraio alle 11, durata 45 minuti.\n\nFederica",
    )
    s = ("Thiago Rocha", "thiago.rocha@pantanal.example.com.br")
    sent = at(2027, 2, 9, 10, 0, SAO, "Tue")
    st = at(2027, 2, 15, 14, 0, SAO, "Mon")
    yield case(
        f,
        "uma_hora_e_meia",
        "pt-BR",
        s,
        "Entrevista",
        sent,
        "'segunda, 15 de fevereiro, às 14h, com duração de uma hora e meia'; no zone.",
        slot(st, st + 90 * M, sent=sent),
        "Olá Alex,\n\nsua entrevista será segunda, 15 de fevereiro, às 14h, com duração de uma "
        "hora e meia.\n\nThiago",
    )
    s = ("Ingrid Larsen", "ingrid.larsen@fjordtech.example.no")
    sent = at(2027, 2, 10, 10, 0, OSL, "Wed")
    st = at(2027, 2, 16, 13, 0, OSL, "Tue")
    yield case(
        f,
        "en_time",
        "nb",
        s,
        "Intervju",
        sent,
        "'tirsdag 16. februar kl. 13, intervjuet tar en time'; no zone.",
        slot(st, st + H, sent=sent),
        "Hei Alex,\n\nvelkommen til intervju tirsdag 16. februar kl. 13. Intervjuet tar en "
        "time.\n\nHilsen Ingrid",
    )
    s = ("Aurélie Blanc", "aurelie.blanc@alpesrh.example.fr")
    sent = at(2027, 2, 11, 10, 0, PAR, "Thu")
    st = at(2027, 2, 17, 14, 0, PAR, "Wed")
    yield case(
        f,
        "trois_quarts_d_heure",
        "fr",
        s,
        "Entretien",
        sent,
        "'mercredi 17 février à 14h, pour une durée de trois quarts d'heure'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Bonjour Alex,\n\nentretien mercredi 17 février à 14h, pour une durée de trois quarts "
        "d'heure.\n\nAurélie",
    )


def mobilemix41() -> Iterator[Case]:
    f = "mobilemix41"
    s = ("Jake Morrison", "jake@brightpath.example.com")
    sent = at(2027, 2, 8, 19, 40, NY, "Mon")
    st = at(2027, 2, 11, 15, 30, NY, "Thu")
    yield case(
        f,
        "thurs_211_330",
        "en-US",
        s,
        "Re: next steps",
        sent,
        "Phone reply: 'ok thurs 2/11 @ 3:30 works, see u then'; no zone.",
        slot(st, sent=sent),
        "ok thurs 2/11 @ 3:30 works, see u then\n\nSent from my iPhone",
        reply=True,
    )
    s = ("Lukas Schmid", "lukas.schmid@alpenbyte.example.ch")
    sent = at(2027, 2, 5, 18, 0, ZRH, "Fri")
    st = at(2027, 2, 10, 16, 0, ZRH, "Wed")
    yield case(
        f,
        "passt_mittwoch_16_uhr",
        "de+en",
        s,
        "Re: Interview",
        sent,
        "German with English: 'passt! Dann Mittwoch 10.2. um 16 Uhr, call via Zoom'; no zone.",
        slot(st, sent=sent),
        "Hi Alex, passt! Dann Mittwoch 10.2. um 16 Uhr, call via Zoom. Cheers, Lukas\n\n"
        "Von meinem iPhone gesendet",
        reply=True,
    )
    s = ("Diego Castro", "diego.castro@andes.example.co")
    sent = at(2027, 2, 8, 12, 0, BOG, "Mon")
    st = at(2027, 2, 12, 9, 0, BOG, "Fri")
    yield case(
        f,
        "viernes_12_9am",
        "es+en",
        s,
        "Entrevista / interview",
        sent,
        "Spanish with English: 'Confirmado: el viernes 12 a las 9am, the call will be in "
        "English'; no zone.",
        slot(st, sent=sent),
        "Hola Alex! Confirmado: el viernes 12 a las 9am, the call will be in English with our "
        "US manager. Saludos!",
    )
    s = ("Larissa Melo", "larissa.melo@capivara.example.com.br")
    sent = at(2027, 2, 10, 20, 0, SAO, "Wed")
    st = at(2027, 2, 16, 15, 0, SAO, "Tue")
    yield case(
        f,
        "fechado_terca_1602",
        "pt-BR+en",
        s,
        "Re: entrevista",
        sent,
        "'fechado então, terça 16/02 às 15h, link do meet segue no invite'; no zone.",
        slot(st, sent=sent),
        "fechado então, terça 16/02 às 15h, link do meet segue no invite 😊\n\nEnviado do meu "
        "iPhone",
        reply=True,
    )
    s = ("Rohit Khanna", "rohit.khanna@deccanworks.example.in")
    sent = at(2027, 2, 8, 19, 0, KOL, "Mon")
    st = at(2027, 2, 9, 11, 0, KOL, "Tue")
    yield case(
        f,
        "kal_subah_11_baje",
        "hi-Latn",
        s,
        "Interview kal",
        sent,
        "Hindi in Latin script: 'kal subah 11 baje interview rakha hai' sent in the evening "
        "(tomorrow 11:00); no zone.",
        slot(st, sent=sent),
        "Hi Alex, kal subah 11 baje interview rakha hai, Teams link bhej diya hai. All the "
        "best!\nRohit",
    )
    s = ("Céline Marchand", "celine.marchand@loire-recrute.example.fr")
    sent = at(2027, 2, 12, 8, 30, PAR, "Fri")
    st = at(2027, 2, 18, 14, 30, PAR, "Thu")
    yield case(
        f,
        "jeudi_18_fevrier_14h30_typos",
        "fr",
        s,
        "entretien",
        sent,
        "No accents, typos: 'jeudi 18 fevrier a 14h30 ca vous va ? je bloque le creneau'; no zone.",
        slot(st, sent=sent),
        "bonjour alex, jeudi 18 fevrier a 14h30 ca vous va ? je bloque le creneau de mon cote, "
        "envoi de l'invit dans la foulee\ncdlt\nceline",
    )
    s = ("Emre Yılmaz", "emre.yilmaz@bosfor.example.com.tr")
    sent = at(2027, 2, 15, 10, 0, IST, "Mon")
    st = at(2027, 2, 18, 11, 0, IST, "Thu")
    yield case(
        f,
        "persembe_18_subat",
        "tr+en",
        s,
        "Interview",
        sent,
        "Turkish with English: 'Perşembe 18 Şubat saat 11:00'de online görüşme'; no zone.",
        slot(st, sent=sent),
        "Merhaba Alex, Perşembe 18 Şubat saat 11:00'de online görüşme yapalım, the link will "
        "follow. İyi çalışmalar, Emre",
    )
    s = ("Paweł Kamiński", "pawel.kaminski@krakdev.example.pl")
    sent = at(2027, 2, 17, 21, 10, WAW, "Wed")
    st = at(2027, 2, 23, 13, 0, WAW, "Tue")
    yield case(
        f,
        "wtorek_2302_o_13",
        "pl",
        s,
        "Re: rozmowa",
        sent,
        "Phone reply with a space before the comma: 'wtorek 23.02 o 13 , potwierdzam'; no zone.",
        slot(st, sent=sent),
        "wtorek 23.02 o 13 , potwierdzam\n\nWysłane z iPhone'a",
        reply=True,
    )
    s = ("Wout Janssens", "wout.janssens@leiedata.example.be")
    sent = at(2027, 2, 19, 17, 0, BRU, "Fri")
    st = at(2027, 2, 25, 10, 0, BRU, "Thu")
    yield case(
        f,
        "donderdag_25_2_om_10u",
        "nl-BE",
        s,
        "Re: gesprek",
        sent,
        "Flemish phone reply: 'top! donderdag 25/2 om 10u dan'; no zone.",
        slot(st, sent=sent),
        "top! donderdag 25/2 om 10u dan, tot dan\nWout",
        reply=True,
    )


def formalsig41() -> Iterator[Case]:
    f = "formalsig41"
    s = ("Dr. Ursula Brandt", "bewerbung@isartal-versicherung.example.de")
    sent = at(2027, 2, 15, 10, 0, BER, "Mon")
    st = at(2027, 3, 2, 10, 0, BER, "Tue")
    yield case(
        f,
        "einladung_mit_footer",
        "de",
        s,
        "Einladung zum Vorstellungsgespräch – Ihre Bewerbung vom 15.01.2027",
        sent,
        "Formal letter: 'am Dienstag, dem 2. März 2027, um 10:00 Uhr'; footer with office "
        "hours, register and reference numbers, the application date; 'etwa 60 Minuten' "
        "(loose) gives no end; no zone.",
        slot(st, sent=sent),
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung vom 15.01.2027 als "
        "Sachbearbeiterin Schadenregulierung (Kennziffer 2027-03-114).\n\nWir freuen uns, "
        "Sie zu einem persönlichen Gespräch einzuladen, und zwar am Dienstag, dem 2. März "
        "2027, um 10:00 Uhr in unserer Hauptverwaltung, Leopoldstraße 244, 80807 München, "
        "Raum 4.12. Bitte melden Sie sich am Empfang. Für das Gespräch sind etwa 60 Minuten "
        "vorgesehen.\n\nSollte Ihnen der Termin nicht möglich sein, bitten wir um Nachricht "
        "bis zum 24.02.2027.\n\nMit freundlichen Grüßen\n\ni. A. Dr. Ursula Brandt\n"
        "Personalabteilung\n\nIsartal Versicherung AG\nTelefon 089 1234-5678 | Telefax 089 "
        "1234-5679\nBürozeiten: Mo–Do 8:00–16:30 Uhr, Fr 8:00–13:00 Uhr\nSitz München, "
        "Amtsgericht München HRB 123456\nVorstand: Dr. Klaus Weber (Vors.), Anja Roth",
    )
    s = ("Service Recrutement", "recrutement@hexagone-mutuelle.example.fr")
    sent = at(2027, 2, 22, 9, 0, PAR, "Mon")
    st = at(2027, 3, 9, 14, 30, PAR, "Tue")
    yield case(
        f,
        "convocation_14_heures_30",
        "fr",
        s,
        "Convocation à un entretien – réf. RH/2027/0211",
        sent,
        "Formal: 'le mardi 9 mars 2027 à 14 heures 30'; footer with reception hours '9h-12h / "
        "14h-17h', SIRET and switchboard; no zone.",
        slot(st, sent=sent),
        "Madame,\n\nSuite à votre candidature au poste de gestionnaire de contrats (réf. "
        "RH/2027/0211), nous avons le plaisir de vous convier à un entretien le mardi 9 mars "
        "2027 à 14 heures 30, dans nos locaux situés 18 rue de la Victoire, 75009 Paris.\n\n"
        "Nous vous remercions de bien vouloir vous munir d'une pièce d'identité.\n\nVeuillez "
        "agréer, Madame, l'expression de nos salutations distinguées.\n\nLe Service "
        "Recrutement\nHexagone Mutuelle – SIRET 123 456 789 00012\nStandard : 01 23 45 67 89 "
        "(accueil 9h-12h / 14h-17h)",
    )
    s = ("Ufficio Risorse Umane", "selezione@padana-logistica.example.it")
    sent = at(2027, 2, 24, 11, 0, ROM, "Wed")
    st = at(2027, 3, 10, 9, 30, ROM, "Wed")
    yield case(
        f,
        "convocazione_ore_930",
        "it",
        s,
        "Convocazione a colloquio – Rif. 2027/118",
        sent,
        "Formal: 'mercoledì 10 marzo 2027 alle ore 9:30'; footer with office hours "
        "'8.30-17.30', VAT and the application date '12/02/2027'; no zone.",
        slot(st, sent=sent),
        "Gentile Alex Morgan,\n\nin riferimento alla Sua candidatura n. 2027/118 del "
        "12/02/2027, siamo lieti di invitarLa a un colloquio conoscitivo mercoledì 10 marzo "
        "2027 alle ore 9:30 presso la nostra sede di Piacenza, Via Emilia 45.\n\nDistinti "
        "saluti\n\nUfficio Risorse Umane\nPadana Logistica S.p.A. – P.IVA 01234567890\nTel. "
        "0523 123456 – orari ufficio 8.30-17.30",
    )
    s = ("Dział Kadr", "rekrutacja@urzad-gminy.example.gov.pl")
    sent = at(2027, 2, 25, 12, 0, WAW, "Thu")
    st = at(2027, 3, 11, 10, 0, WAW, "Thu")
    yield case(
        f,
        "zaproszenie_godz_10",
        "pl",
        s,
        "Zaproszenie na rozmowę kwalifikacyjną – nabór nr OR.2110.4.2027",
        sent,
        "Public employer: 'w dniu 11 marca 2027 r. (czwartek) o godz. 10:00'; footer with "
        "office hours and register numbers; no zone.",
        slot(st, sent=sent),
        "Szanowny Panie,\n\nuprzejmie informujemy, że rozmowa kwalifikacyjna w ramach naboru "
        "nr OR.2110.4.2027 odbędzie się w dniu 11 marca 2027 r. (czwartek) o godz. 10:00 w "
        "siedzibie Urzędu, pokój nr 12.\n\nZ poważaniem\nDział Kadr\nUrząd Gminy Zielonka\n"
        "tel. 22 123 45 67, sekretariat czynny pn.–pt. 7:30–15:30\nNIP 123-456-78-90",
    )
    s = ("Personální oddělení", "vyberovarizeni@mesto-jihlava.example.cz")
    sent = at(2027, 3, 1, 9, 0, PRG, "Mon")
    st = at(2027, 3, 15, 9, 0, PRG, "Mon")
    yield case(
        f,
        "pozvanka_9_hod",
        "cs",
        s,
        "Pozvánka k výběrovému řízení",
        sent,
        "Public employer: 'dne 15. března 2027 v 9:00 hod.'; footer with office hours 'Po, St "
        "8:00–17:00' and a file number; no zone.",
        slot(st, sent=sent),
        "Vážený pane Morgane,\n\nzveme Vás k ústnímu pohovoru výběrového řízení na pozici "
        "referent/ka odboru dopravy, který se uskuteční dne 15. března 2027 v 9:00 hod. v "
        "zasedací místnosti č. 205.\n\nS pozdravem\nPersonální oddělení\nMagistrát města "
        "Jihlavy, č.j. MMJ/0123/2027\nÚřední hodiny: Po, St 8:00–17:00",
    )
    s = ("Τμήμα Ανθρώπινου Δυναμικού", "hr@aigaio-shipping.example.gr")
    sent = at(2027, 3, 2, 10, 0, ATH, "Tue")
    st = at(2027, 3, 16, 11, 0, ATH, "Tue")
    yield case(
        f,
        "prosklisi_11_pm",
        "el",
        s,
        "Πρόσκληση σε συνέντευξη",
        sent,
        "Formal Greek: 'την Τρίτη 16 Μαρτίου 2027 και ώρα 11:00 π.μ.'; footer with phone and "
        "tax numbers; no zone.",
        slot(st, sent=sent),
        "Αγαπητέ κύριε Morgan,\n\nΣας προσκαλούμε σε συνέντευξη την Τρίτη 16 Μαρτίου 2027 και "
        "ώρα 11:00 π.μ. στα γραφεία μας στον Πειραιά (Ακτή Μιαούλη 33).\n\nΜε εκτίμηση,\n"
        "Τμήμα Ανθρώπινου Δυναμικού\nΑιγαίο Shipping Α.Ε.\nΤηλ. 210 1234567 | ΑΦΜ 123456789",
    )
    s = ("Departamentul Resurse Umane", "hr@carpati-energie.example.ro")
    sent = at(2027, 3, 4, 10, 0, BUC, "Thu")
    st = at(2027, 3, 18, 10, 0, BUC, "Thu")
    yield case(
        f,
        "invitatie_ora_10",
        "ro",
        s,
        "Invitație la interviu",
        sent,
        "Formal: 'joi, 18 martie 2027, ora 10:00'; footer with 'program 9:00-17:00' and "
        "registry numbers; no zone.",
        slot(st, sent=sent),
        "Stimate domnule Morgan,\n\nVă invităm la interviu joi, 18 martie 2027, ora 10:00, la "
        "sediul nostru din Cluj-Napoca, str. Memorandumului 28.\n\nCu stimă,\nDepartamentul "
        "Resurse Umane\nCarpați Energie S.A. | CUI RO12345678 | J12/1234/2020\nProgram: "
        "luni–vineri 9:00-17:00",
    )
    s = ("Recursos Humanos", "rh@atlantico-seguros.example.pt")
    sent = at(2027, 3, 5, 10, 0, LIS, "Fri")
    st = at(2027, 3, 19, 10, 0, LIS, "Fri")
    yield case(
        f,
        "convocatoria_pelas_10h00",
        "pt-PT",
        s,
        "Convocatória para entrevista",
        sent,
        "Formal: 'no dia 19 de março de 2027 (sexta-feira), pelas 10h00'; footer with NIPC and "
        "phone; no zone.",
        slot(st, sent=sent),
        "Exmo. Senhor,\n\nVimos por este meio convocá-lo para uma entrevista no dia 19 de "
        "março de 2027 (sexta-feira), pelas 10h00, nas nossas instalações na Av. da "
        "Liberdade, 110, Lisboa.\n\nCom os melhores cumprimentos,\nRecursos Humanos\n"
        "Atlântico Seguros, S.A. – NIPC 501234567 – Tel. +351 21 123 4567",
    )
    s = ("HR Department", "careers@vindhya-infotech.example.in")
    sent = at(2027, 3, 10, 11, 0, KOL, "Wed")
    st = at(2027, 3, 22, 11, 0, KOL, "Mon")
    yield case(
        f,
        "call_letter_22_03_2027",
        "en-IN",
        s,
        "Interview Call Letter - Ref VIT/HR/2027/0457",
        sent,
        "Call letter: 'on 22/03/2027 (Monday) at 11:00 AM'; 'report 15 minutes early'; "
        "footer with CIN, phone and office hours; no zone.",
        slot(st, sent=sent),
        "Dear Mr. Alex Morgan,\n\nWith reference to your application dated 02/03/2027, you "
        "are requested to appear for a personal interview on 22/03/2027 (Monday) at 11:00 AM "
        "at our Pune office (Plot 14, Hinjewadi Phase 2). Kindly report 15 minutes early with "
        "original documents.\n\nRegards,\nHR Department\nVindhya Infotech Pvt. Ltd.\nCIN "
        "U72200MH2010PTC012345 | Ph: 020-6612 3400 | Office hours 9:30 AM - 6:00 PM",
    )


def quotedhist41() -> Iterator[Case]:
    f = "quotedhist41"
    s = ("Lily Chapman", "lily.chapman@oakmere.example.co.uk")
    sent = at(2027, 2, 26, 10, 0, LON, "Fri")
    st = at(2027, 3, 4, 11, 0, LON, "Thu")
    yield case(
        f,
        "thursday_at_11_it_is",
        "en-GB",
        s,
        "Re: Interview availability",
        sent,
        "Reply 'Perfect, Thursday at 11 it is' over the candidate's quoted 'Thursday 4th March "
        "at 11 or Friday at 2'; no zone.",
        slot(st, sent=sent),
        thread(
            "Perfect, Thursday at 11 it is - see you at Oakmere House.\n\nLily",
            (
                "On Thu, 25 Feb 2027 at 18:02, Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Lily,\n\nI could do Thursday 4th March at 11 or Friday 5th at 2.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Stefan Richter", "stefan.richter@saalewerk.example.de")
    sent = at(2027, 3, 2, 9, 0, BER, "Tue")
    st = at(2027, 3, 9, 15, 0, BER, "Tue")
    yield case(
        f,
        "wie_vorgeschlagen_dienstag",
        "de",
        s,
        "AW: Terminvorschlag",
        sent,
        "Reply 'wie von Ihnen vorgeschlagen: Dienstag um 15 Uhr' over the quoted proposal "
        "'Dienstag, 9. März'; no zone.",
        slot(st, sent=sent),
        thread(
            "Hallo Alex,\n\ndann machen wir es wie von Ihnen vorgeschlagen: Dienstag um 15 "
            "Uhr.\n\nGruß\nStefan Richter",
            (
                "Am Mo., 1. März 2027 um 19:14 Uhr schrieb Alex Morgan "
                "<alex.morgan@mailbox.example>:",
                "Hallo Herr Richter,\n\nmir würde Dienstag, 9. März, nachmittags passen, "
                "gern ab 15 Uhr.\n\nViele Grüße\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Nerea Ibarra", "nerea.ibarra@bilbo-tech.example.es")
    sent = at(2027, 3, 1, 12, 0, MAD, "Mon")
    st = at(2027, 3, 10, 10, 0, MAD, "Wed")
    yield case(
        f,
        "la_movemos_miercoles_misma_hora",
        "es-ES",
        s,
        "RE: Entrevista jueves 4",
        sent,
        "Move over the quoted invitation: 'La movemos al miércoles 10, misma hora (10:00)'; "
        "quoted 'jueves 4 de marzo a las 10:00'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        thread(
            "Hola Alex,\n\nTenemos que cambiar la entrevista: la movemos al miércoles 10, "
            "misma hora (10:00). Ya te llegó la nueva invitación.\n\nNerea",
            (
                "El jue, 25 feb 2027 a las 9:30, Nerea Ibarra "
                "<nerea.ibarra@bilbo-tech.example.es> escribió:",
                "Hola Alex,\n\nTe confirmo la entrevista el jueves 4 de marzo a las 10:00.\n\n"
                "Nerea",
            ),
        ),
        reply=True,
    )
    s = ("Mathieu Leroy", "mathieu.leroy@armor-solutions.example.fr")
    sent = at(2027, 3, 8, 9, 0, PAR, "Mon")
    st = at(2027, 3, 15, 9, 30, PAR, "Mon")
    yield case(
        f,
        "cest_note_lundi_15",
        "fr",
        s,
        "RE: Disponibilités",
        sent,
        "Reply 'C'est noté pour lundi 15 mars à 9h30' over an older quoted thread with other "
        "dates; no zone.",
        slot(st, sent=sent),
        thread(
            "Bonjour Alex,\n\nC'est noté pour lundi 15 mars à 9h30 à Rennes.\n\nMathieu",
            (
                "Le ven. 5 mars 2027 à 17:40, Alex Morgan <alex.morgan@mailbox.example> a écrit :",
                "Bonjour Mathieu,\n\nJe suis disponible lundi 15 mars le matin, ou mardi 16 "
                "après 14h.\n\nAlex",
            ),
            (
                "Le jeu. 4 mars 2027 à 10:05, Mathieu Leroy "
                "<mathieu.leroy@armor-solutions.example.fr> a écrit :",
                "Bonjour Alex,\n\nQuelles sont vos disponibilités la semaine du 15 mars ?\n\n"
                "Mathieu",
            ),
        ),
        reply=True,
    )
    s = ("Eva Mulder", "eva.mulder@friesland-it.example.nl")
    sent = at(2027, 3, 9, 14, 0, AMS, "Tue")
    st = at(2027, 3, 12, 10, 30, AMS, "Fri")
    yield case(
        f,
        "vrijdag_om_half_elf",
        "nl",
        s,
        "Re: Gesprek",
        sent,
        "Reply 'Akkoord, dan zie ik je vrijdag om half elf' over the quoted 'vrijdag 12 "
        "maart'; 10:30; no zone.",
        slot(st, sent=sent),
        thread(
            "Akkoord, dan zie ik je vrijdag om half elf!\n\nEva",
            (
                "Op di 9 mrt 2027 om 11:20 schreef Alex Morgan <alex.morgan@mailbox.example>:",
                "Hoi Eva, vrijdag 12 maart in de ochtend kan ik goed.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Hanna Koskinen", "hanna.koskinen@jarvisoft.example.fi")
    sent = at(2027, 3, 8, 10, 0, HEL, "Mon")
    st = at(2027, 3, 11, 13, 0, HEL, "Thu")
    yield case(
        f,
        "sopii_torstaina_klo_13",
        "fi",
        s,
        "Vs: Haastattelu",
        sent,
        "Recruiter confirms the candidate's yes: 'Hienoa, nähdään torstaina klo 13' over the "
        "quoted 'Pääsisitkö torstaina 11.3. klo 13?'; no zone.",
        slot(st, sent=sent),
        thread(
            "Hienoa, nähdään torstaina klo 13!\n\nHanna",
            (
                "Alex Morgan <alex.morgan@mailbox.example> kirjoitti 7.3.2027 klo 21.10:",
                "Sopii hyvin.",
            ),
            (
                "Hanna Koskinen <hanna.koskinen@jarvisoft.example.fi> kirjoitti 5.3.2027 klo "
                "14.02:",
                "Hei Alex, pääsisitkö torstaina 11.3. klo 13?",
            ),
        ),
        reply=True,
    )
    s = ("Szabó Péter", "peter.szabo@tiszanet.example.hu")
    sent = at(2027, 3, 10, 9, 0, BUD, "Wed")
    st = at(2027, 3, 16, 10, 0, BUD, "Tue")
    yield case(
        f,
        "rendben_kedden_10_kor",
        "hu",
        s,
        "Re: Interjú",
        sent,
        "Reply 'Rendben, akkor kedden 10-kor várjuk' over the quoted 'március 16-án, kedden'; "
        "no zone.",
        slot(st, sent=sent),
        thread(
            "Kedves Alex!\n\nRendben, akkor kedden 10-kor várjuk.\n\nÜdv.:\nSzabó Péter",
            (
                "Alex Morgan <alex.morgan@mailbox.example> ezt írta (időpont: 2027. márc. 9., "
                "K, 18:30):",
                "Kedves Péter, március 16-án, kedden délelőtt tudnék menni.\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Joanna Kowalczyk", "joanna.kowalczyk@wroclawsoft.example.pl")
    sent = at(2027, 3, 12, 11, 0, WAW, "Fri")
    st = at(2027, 3, 19, 14, 0, WAW, "Fri")
    yield case(
        f,
        "przesuwamy_na_piatek_godzina_ta_sama",
        "pl",
        s,
        "Odp: Rozmowa w środę",
        sent,
        "Move over the quoted invitation: 'przesuwamy na piątek 19.03, godzina ta sama' with "
        "the quoted 'środa 17 marca o 14:00'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        thread(
            "Dzień dobry,\n\nprzepraszam za zmianę – przesuwamy na piątek 19.03, godzina ta "
            "sama.\n\nJoanna",
            (
                "W dniu 8.03.2027 o 10:15 Joanna Kowalczyk "
                "<joanna.kowalczyk@wroclawsoft.example.pl> pisze:",
                "Zapraszam na rozmowę w środę 17 marca o 14:00.",
            ),
        ),
        reply=True,
    )


def cancelrare41() -> Iterator[Case]:
    f = "cancelrare41"
    c = "cancellation"
    s = ("Līga Ozola", "liga.ozola@jurmalaweb.example.lv")
    sent = at(2027, 2, 26, 10, 0, RIX, "Fri")
    st = at(2027, 3, 2, 11, 0, RIX, "Tue")
    yield case(
        f,
        "atcelt_otrdien",
        "lv",
        s,
        "Intervija atcelta",
        sent,
        "'Diemžēl jāatceļ mūsu intervija otrdien, 2. martā, plkst. 11:00'; no zone.",
        slot(st, kind=c, sent=sent),
        "Labdien, Alex!\n\nDiemžēl jāatceļ mūsu intervija otrdien, 2. martā, plkst. 11:00, jo "
        "vakance ir iesaldēta. Atvainojamies par neērtībām.\n\nAr cieņu\nLīga Ozola",
    )
    s = ("Greta Jankauskaitė", "greta.j@kaunasit.example.lt")
    sent = at(2027, 2, 26, 15, 0, VNO, "Fri")
    st = at(2027, 3, 3, 14, 0, VNO, "Wed")
    yield case(
        f,
        "atsaukti_pokalbi",
        "lt",
        s,
        "Pokalbis atšauktas",
        sent,
        "'turime atšaukti pokalbį, numatytą kovo 3 d. (trečiadienį) 14 val.'; no zone.",
        slot(st, kind=c, sent=sent),
        "Sveiki,\n\ndeja, turime atšaukti pokalbį, numatytą kovo 3 d. (trečiadienį) 14 val. "
        "Susisieksime dėl naujo laiko.\n\nGreta",
    )
    s = ("Martina Kováčová", "martina.kovacova@dunajsoft.example.sk")
    sent = at(2027, 3, 1, 9, 0, BTS, "Mon")
    st = at(2027, 3, 4, 10, 0, BTS, "Thu")
    yield case(
        f,
        "zrusit_pohovor_stvrtok",
        "sk",
        s,
        "Zrušenie pohovoru",
        sent,
        "'Bohužiaľ musíme zrušiť pohovor vo štvrtok 4. marca o 10:00'; no zone.",
        slot(st, kind=c, sent=sent),
        "Dobrý deň,\n\nbohužiaľ musíme zrušiť pohovor vo štvrtok 4. marca o 10:00. Pozícia "
        "bola obsadená interne.\n\nS pozdravom\nMartina Kováčová",
    )
    s = ("Maja Novak", "maja.novak@triglavdata.example.si")
    sent = at(2027, 3, 2, 9, 0, LJU, "Tue")
    st = at(2027, 3, 5, 9, 0, LJU, "Fri")
    yield case(
        f,
        "odpovedati_petek",
        "sl",
        s,
        "Odpoved razgovora",
        sent,
        "'Žal moramo odpovedati razgovor v petek, 5. marca, ob 9. uri'; no zone.",
        slot(st, kind=c, sent=sent),
        "Pozdravljeni,\n\nžal moramo odpovedati razgovor v petek, 5. marca, ob 9. uri. Oglasili "
        "se bomo z novim terminom.\n\nMaja",
    )
    s = ("Ana Horvat", "ana.horvat@kvarner.example.hr")
    sent = at(2027, 3, 4, 12, 0, ZAG, "Thu")
    st = at(2027, 3, 8, 13, 0, ZAG, "Mon")
    yield case(
        f,
        "otkazati_ponedjeljak",
        "hr",
        s,
        "Otkazivanje razgovora",
        sent,
        "'moramo otkazati razgovor zakazan za ponedjeljak, 8. ožujka, u 13 sati'; no zone.",
        slot(st, kind=c, sent=sent),
        "Poštovani,\n\nnažalost moramo otkazati razgovor zakazan za ponedjeljak, 8. ožujka, u "
        "13 sati.\n\nSrdačno,\nAna Horvat",
    )
    s = ("Николай Георгиев", "n.georgiev@rilatech.example.bg")
    sent = at(2027, 3, 5, 10, 0, SOF, "Fri")
    st = at(2027, 3, 9, 15, 0, SOF, "Tue")
    yield case(
        f,
        "otmenim_intervyuto",
        "bg",
        s,
        "Отменено интервю",
        sent,
        "'се налага да отменим интервюто във вторник, 9 март, от 15:00 ч.'; no zone.",
        slot(st, kind=c, sent=sent),
        "Здравейте, Алекс,\n\nза съжаление се налага да отменим интервюто във вторник, 9 март, "
        "от 15:00 ч. Ще се свържем с Вас отново.\n\nНиколай",
    )
    s = ("Μαρία Παπαδοπούλου", "m.papadopoulou@olympos.example.gr")
    sent = at(2027, 3, 5, 12, 0, ATH, "Fri")
    st = at(2027, 3, 10, 12, 0, ATH, "Wed")
    yield case(
        f,
        "akyrosi_tetartis",
        "el",
        s,
        "Ακύρωση συνέντευξης",
        sent,
        "'πρέπει να ακυρώσουμε τη συνέντευξη της Τετάρτης 10 Μαρτίου στις 12:00'; no zone.",
        slot(st, kind=c, sent=sent),
        "Καλησπέρα Alex,\n\nΔυστυχώς πρέπει να ακυρώσουμε τη συνέντευξη της Τετάρτης 10 "
        "Μαρτίου στις 12:00. Θα επικοινωνήσουμε μαζί σας σύντομα.\n\nΜαρία",
    )
    s = ("Ville Mäkinen", "ville.makinen@lakeus.example.fi")
    sent = at(2027, 3, 8, 9, 0, HEL, "Mon")
    st = at(2027, 3, 11, 14, 0, HEL, "Thu")
    yield case(
        f,
        "perumaan_torstain",
        "fi",
        s,
        "Haastattelu peruttu",
        sent,
        "'Joudumme valitettavasti perumaan torstain 11.3. haastattelun klo 14'; no zone.",
        slot(st, kind=c, sent=sent),
        "Hei Alex,\n\njoudumme valitettavasti perumaan torstain 11.3. haastattelun klo 14. "
        "Palaamme asiaan.\n\nVille",
    )
    s = ("خالد الحربي", "k.alharbi@hijaz.example.sa")
    sent = at(2027, 3, 10, 10, 0, RIY, "Wed")
    st = at(2027, 3, 14, 10, 0, RIY, "Sun")
    yield case(
        f,
        "ilgha_al_muqabala",
        "ar",
        s,
        "إلغاء المقابلة",
        sent,
        "'نأسف لإبلاغك بإلغاء المقابلة المقررة يوم الأحد 14 مارس الساعة 10 صباحًا'; no zone.",
        slot(st, kind=c, sent=sent),
        "الأستاذ أليكس،\n\nنأسف لإبلاغك بإلغاء المقابلة المقررة يوم الأحد 14 مارس الساعة 10 "
        "صباحًا، وسنتواصل معك لتحديد موعد جديد.\n\nخالد الحربي",
    )
    s = ("박서준", "seojun.park@busan-ai.example.kr")
    sent = at(2027, 3, 11, 10, 0, SEL, "Thu")
    st = at(2027, 3, 15, 14, 0, SEL, "Mon")
    yield case(
        f,
        "myeonjeop_chwiso",
        "ko",
        s,
        "면접 취소 안내",
        sent,
        "'3월 15일(월) 오후 2시 면접이 취소되었습니다'; no zone.",
        slot(st, kind=c, sent=sent),
        "알렉스 님, 안녕하세요.\n\n부득이한 사정으로 3월 15일(월) 오후 2시 면접이 "
        "취소되었습니다. 불편을 드려 죄송합니다.\n\n박서준 드림",
    )
    s = ("अमित गुप्ता", "amit.gupta@yamuna.example.in")
    sent = at(2027, 3, 12, 10, 0, KOL, "Fri")
    st = at(2027, 3, 16, 11, 0, KOL, "Tue")
    yield case(
        f,
        "radd_kar_diya",
        "hi",
        s,
        "इंटरव्यू रद्द",
        sent,
        "'मंगलवार 16 मार्च को सुबह 11 बजे होने वाला इंटरव्यू रद्द कर दिया गया है'; no zone.",
        slot(st, kind=c, sent=sent),
        "प्रिय एलेक्स,\n\nमंगलवार 16 मार्च को सुबह 11 बजे होने वाला इंटरव्यू रद्द कर दिया गया है। "
        "असुविधा के लिए खेद है।\n\nअमित गुप्ता",
    )
    s = ("Liis Saar", "liis.saar@emajogi.example.ee")
    sent = at(2027, 3, 15, 9, 0, TLL, "Mon")
    st = at(2027, 3, 18, 13, 0, TLL, "Thu")
    yield case(
        f,
        "tuhistama_neljapaevase",
        "et",
        s,
        "Intervjuu tühistatud",
        sent,
        "'peame tühistama neljapäevase (18. märts) intervjuu kell 13'; no zone.",
        slot(st, kind=c, sent=sent),
        "Tere Alex,\n\nkahjuks peame tühistama neljapäevase (18. märts) intervjuu kell 13. "
        "Anname uuest ajast teada.\n\nLiis",
    )


def dateorder41() -> Iterator[Case]:
    f = "dateorder41"
    s = ("Brandon Hayes", "brandon.hayes@lakeshore.example.com")
    sent = at(2027, 2, 22, 10, 0, NY, "Mon")
    st = at(2027, 3, 4, 14, 0, NY, "Thu")
    yield case(
        f,
        "us_03_04",
        "en-US",
        s,
        "Interview 03/04",
        sent,
        "US sender: '03/04 at 2pm' is 4 March; the application date '02/18/2027' is the cue; "
        "no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nThanks for your application from 02/18/2027. We'd like to see you on "
        "03/04 at 2pm at our Albany office.\n\nBrandon",
    )
    s = ("Charlotte Mills", "charlotte.mills@wessex-hr.example.co.uk")
    sent = at(2027, 3, 29, 10, 0, LON, "Mon")
    st = at(2027, 4, 6, 10, 0, LON, "Tue")
    yield case(
        f,
        "gb_06_04",
        "en-GB",
        s,
        "Interview 06/04",
        sent,
        "UK sender: '06/04 at 10am' is 6 April; the 'closing date 26/03/2027' is the cue; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nFollowing the closing date (26/03/2027), I'm pleased to invite you to "
        "interview on 06/04 at 10am at our Winchester office.\n\nKind regards,\nCharlotte",
    )
    s = ("Juliana Pereira", "juliana.pereira@ipiranga.example.com.br")
    sent = at(2027, 2, 25, 10, 0, SAO, "Thu")
    st = at(2027, 3, 4, 15, 0, SAO, "Thu")
    yield case(
        f,
        "br_04_03",
        "pt-BR",
        s,
        "Entrevista 04/03",
        sent,
        "Brazilian sender: '04/03 às 15h' is 4 March; no zone.",
        slot(st, sent=sent),
        "Olá Alex,\n\nSua entrevista ficou agendada para 04/03 às 15h, no escritório de "
        "Campinas.\n\nJuliana",
    )
    s = ("Alejandro Torres", "alejandro.torres@sierramadre.example.com.mx")
    sent = at(2027, 2, 26, 10, 0, MEX, "Fri")
    st = at(2027, 3, 5, 11, 0, MEX, "Fri")
    yield case(
        f,
        "mx_05_03",
        "es-MX",
        s,
        "Entrevista",
        sent,
        "Mexican sender: 'el 05/03 a las 11:00' is 5 March; no zone.",
        slot(st, sent=sent),
        "Hola Alex,\n\nTe esperamos el 05/03 a las 11:00 en Monterrey.\n\nAlejandro",
    )
    s = ("Sneha Kulkarni", "sneha.kulkarni@sahyadri.example.in")
    sent = at(2027, 3, 1, 10, 0, KOL, "Mon")
    st = at(2027, 3, 8, 11, 0, KOL, "Mon")
    yield case(
        f,
        "in_08_03_2027",
        "en-IN",
        s,
        "Interview on 08/03/2027",
        sent,
        "Indian sender: 'on 08/03/2027 at 11:00 AM' is 8 March; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nYour interview is scheduled on 08/03/2027 at 11:00 AM.\n\nRegards,\nSneha",
    )
    s = ("Noah Campbell", "noah.campbell@maplecrest.example.ca")
    sent = at(2027, 3, 2, 10, 0, "America/Toronto", "Tue")
    st = at(2027, 3, 9, 13, 30, "America/Toronto", "Tue")
    yield case(
        f,
        "ca_iso",
        "en-CA",
        s,
        "Interview 2027-03-09",
        sent,
        "Canadian ISO date: '2027-03-09 at 1:30 PM'; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nConfirming 2027-03-09 at 1:30 PM in our Ottawa office.\n\nNoah",
    )
    s = ("Chloé Gagnon", "chloe.gagnon@fleuve.example.ca")
    sent = at(2027, 3, 3, 10, 0, "America/Toronto", "Wed")
    st = at(2027, 3, 10, 13, 30, "America/Toronto", "Wed")
    yield case(
        f,
        "qc_iso_13_h_30",
        "fr-CA",
        s,
        "Entrevue",
        sent,
        "Québec: 'le 2027-03-10 à 13 h 30'; no zone.",
        slot(st, sent=sent),
        "Bonjour Alex,\n\nVotre entrevue aura lieu le 2027-03-10 à 13 h 30 à nos bureaux de "
        "Québec.\n\nChloé",
    )
    s = ("Jess Nguyen", "jess.nguyen@wattle.example.com.au")
    sent = at(2027, 3, 4, 10, 0, "Australia/Sydney", "Thu")
    st = at(2027, 3, 12, 10, 0, "Australia/Sydney", "Fri")
    yield case(
        f,
        "au_12_3",
        "en-AU",
        s,
        "Interview 12/3",
        sent,
        "Australian sender: '12/3 at 10am' is 12 March; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nWe've booked you in for 12/3 at 10am at our Parramatta office.\n\n"
        "Cheers,\nJess",
    )
    s = ("Tyler Reed", "tyler.reed@prairie.example.com")
    sent = at(2027, 3, 4, 10, 0, CHI, "Thu")
    st = at(2027, 3, 12, 10, 0, CHI, "Fri")
    yield case(
        f,
        "us_3_12",
        "en-US",
        s,
        "Interview 3/12",
        sent,
        "US sender: '3/12 at 10am' is 12 March; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nWe've got you down for 3/12 at 10am.\n\nTyler",
    )
    s = ("Daan Bakker", "daan.bakker@veluwe.example.nl")
    sent = at(2027, 3, 4, 10, 0, AMS, "Thu")
    st = at(2027, 3, 11, 14, 0, AMS, "Thu")
    yield case(
        f,
        "nl_11_3",
        "nl",
        s,
        "Gesprek 11-3",
        sent,
        "Dutch: '11-3 om 14.00' is 11 March; no zone.",
        slot(st, sent=sent),
        "Hoi Alex,\n\nJe gesprek staat gepland op 11-3 om 14.00 in Apeldoorn.\n\nDaan",
    )
    s = ("Joy Reyes", "joy.reyes@cebuhire.example.ph")
    sent = at(2027, 3, 8, 10, 0, MNL, "Mon")
    st = at(2027, 3, 15, 9, 0, MNL, "Mon")
    yield case(
        f,
        "ph_03_15_2027",
        "en-PH",
        s,
        "Interview invitation",
        sent,
        "Philippine sender, month first: '03/15/2027 at 9:00 AM'; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nYou are invited for an interview on 03/15/2027 at 9:00 AM at our Cebu IT "
        "Park office.\n\nThank you,\nJoy",
    )


def hunrogr41() -> Iterator[Case]:
    f = "hunrogr41"
    s = ("Nagy Judit", "judit.nagy@balatonsoft.example.hu")
    sent = at(2027, 1, 13, 10, 0, BUD, "Wed")
    st = at(2027, 1, 19, 10, 0, BUD, "Tue")
    yield case(
        f,
        "jovo_het_kedden",
        "hu",
        s,
        "Interjú meghívó",
        sent,
        "'jövő hét kedden 10 órakor' sent on a Wednesday (19 January); '45 perces' as the "
        "length; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Kedves Alex!\n\nSzeretettel meghívjuk személyes interjúra jövő hét kedden 10 órakor "
        "budapesti irodánkba (Váci út 33.). Az interjú 45 perces.\n\nÜdvözlettel:\nNagy "
        "Judit\nHR partner\n+36 30 123 4567",
    )
    s = ("Tóth Gábor", "gabor.toth@pecsdata.example.hu")
    sent = at(2027, 1, 15, 10, 0, BUD, "Fri")
    st = at(2027, 1, 21, 14, 30, BUD, "Thu")
    yield case(
        f,
        "del_utan_fel_haromkor",
        "hu",
        s,
        "Találkozó",
        sent,
        "'január 21-én, csütörtökön délután fél háromkor' = 14:30; no zone.",
        slot(st, sent=sent),
        "Szia Alex!\n\nAkkor január 21-én, csütörtökön délután fél háromkor találkozunk Pécsen."
        "\n\nGábor",
    )
    s = ("Nagy Judit", "judit.nagy@balatonsoft.example.hu")
    sent = at(2027, 1, 29, 10, 0, BUD, "Fri")
    st = at(2027, 2, 3, 10, 0, BUD, "Wed")
    yield case(
        f,
        "idopont_marad_szerdara",
        "hu",
        s,
        "Interjú áthelyezése",
        sent,
        "Move with the clock first: 'Az időpont marad 10 óra, de szerdára tesszük át (február "
        "3.)'; old day Tuesday; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Kedves Alex!\n\nSajnos kedden nem lesz jó. Az időpont marad 10 óra, de szerdára "
        "tesszük át (február 3.).\n\nÜdvözlettel:\nNagy Judit",
    )
    s = ("Andreea Popescu", "andreea.popescu@dunarea.example.ro")
    sent = at(2027, 2, 4, 10, 0, BUC, "Thu")
    st = at(2027, 2, 9, 11, 0, BUC, "Tue")
    yield case(
        f,
        "saptamana_viitoare_marti",
        "ro",
        s,
        "Invitație la interviu",
        sent,
        "'săptămâna viitoare, marți, la ora 11:00' sent on a Thursday (9 February); no zone.",
        slot(st, sent=sent),
        "Bună ziua, Alex,\n\nVă invităm la interviu săptămâna viitoare, marți, la ora 11:00, la "
        "biroul nostru din București.\n\nCu stimă,\nAndreea Popescu",
    )
    s = ("Mihai Ionescu", "mihai.ionescu@somes.example.ro")
    sent = at(2027, 2, 5, 10, 0, BUC, "Fri")
    st = at(2027, 2, 11, 14, 30, BUC, "Thu")
    yield case(
        f,
        "doua_si_jumatate",
        "ro",
        s,
        "Interviu joi",
        sent,
        "'joi, 11 februarie, la două și jumătate după-amiaza' = 14:30; no zone.",
        slot(st, sent=sent),
        "Salut Alex,\n\nNe vedem joi, 11 februarie, la două și jumătate după-amiaza, la birou "
        "în Cluj.\n\nMihai",
    )
    s = ("Andreea Popescu", "andreea.popescu@dunarea.example.ro")
    sent = at(2027, 2, 15, 10, 0, BUC, "Mon")
    st = at(2027, 2, 19, 10, 0, BUC, "Fri")
    yield case(
        f,
        "ora_ramane_vineri",
        "ro",
        s,
        "Reprogramare interviu",
        sent,
        "Move with the clock first: 'Ora rămâne aceeași (10:00), dar mutăm interviul pe "
        "vineri, 19 februarie'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Bună ziua,\n\nOra rămâne aceeași (10:00), dar mutăm interviul pe vineri, 19 "
        "februarie, deoarece joi sala nu este disponibilă.\n\nAndreea",
    )
    s = ("Γιώργος Νικολάου", "g.nikolaou@akropolis.example.gr")
    sent = at(2027, 2, 17, 10, 0, ATH, "Wed")
    st = at(2027, 2, 23, 11, 0, ATH, "Tue")
    yield case(
        f,
        "epomeni_evdomada_triti",
        "el",
        s,
        "Συνέντευξη",
        sent,
        "'την επόμενη εβδομάδα, την Τρίτη στις 11:00' sent on a Wednesday (23 February); no zone.",
        slot(st, sent=sent),
        "Γεια σας Alex,\n\nΣας περιμένουμε την επόμενη εβδομάδα, την Τρίτη στις 11:00, στα "
        "γραφεία μας στη Θεσσαλονίκη.\n\nΓιώργος",
    )
    s = ("Ελένη Δημητρίου", "e.dimitriou@kriti.example.gr")
    sent = at(2027, 2, 19, 10, 0, ATH, "Fri")
    st = at(2027, 2, 25, 15, 0, ATH, "Thu")
    yield case(
        f,
        "3_to_apogevma",
        "el",
        s,
        "Συνέντευξη Πέμπτη",
        sent,
        "'Πέμπτη 25 Φεβρουαρίου στις 3 το απόγευμα' = 15:00; no zone.",
        slot(st, sent=sent),
        "Καλημέρα Alex,\n\nΗ συνέντευξη ορίστηκε για Πέμπτη 25 Φεβρουαρίου στις 3 το "
        "απόγευμα.\n\nΕλένη",
    )
    s = ("Zeynep Kaya", "zeynep.kaya@egeyazilim.example.com.tr")
    sent = at(2027, 2, 25, 10, 0, IST, "Thu")
    st = at(2027, 3, 2, 14, 0, IST, "Tue")
    yield case(
        f,
        "haftaya_sali",
        "tr",
        s,
        "Mülakat daveti",
        sent,
        "'haftaya salı saat 14:00'te' sent on a Thursday (2 March); no zone.",
        slot(st, sent=sent),
        "Merhaba Alex,\n\nSizi haftaya salı saat 14:00'te İzmir ofisimizde görüşmeye davet "
        "ediyoruz.\n\nSaygılarımla,\nZeynep Kaya",
    )
    s = ("Burak Demir", "burak.demir@anadolu.example.com.tr")
    sent = at(2027, 2, 26, 10, 0, IST, "Fri")
    st = at(2027, 3, 4, 10, 30, IST, "Thu")
    yield case(
        f,
        "on_bucukta",
        "tr",
        s,
        "Görüşme",
        sent,
        "'4 Mart Perşembe günü saat on buçukta' = 10:30 in words; no zone.",
        slot(st, sent=sent),
        "Merhaba Alex,\n\n4 Mart Perşembe günü saat on buçukta Ankara ofisimizde görüşelim.\n\n"
        "Burak",
    )
    s = ("Γιώργος Νικολάου", "g.nikolaou@akropolis.example.gr")
    sent = at(2027, 3, 1, 10, 0, ATH, "Mon")
    st = at(2027, 3, 5, 10, 0, ATH, "Fri")
    yield case(
        f,
        "ora_paramenei_paraskevi",
        "el",
        s,
        "Αλλαγή ημέρας συνέντευξης",
        sent,
        "Move with the clock first: 'Η ώρα παραμένει η ίδια (10:00), αλλά η συνέντευξη "
        "μεταφέρεται για την Παρασκευή 5 Μαρτίου'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Γεια σας Alex,\n\nΗ ώρα παραμένει η ίδια (10:00), αλλά η συνέντευξη μεταφέρεται για "
        "την Παρασκευή 5 Μαρτίου.\n\nΓιώργος",
    )


BUILDERS = [
    balticnext41,
    slavnext41,
    clockfirst41,
    wordtime41,
    worddate41,
    noonword41,
    twelvehr41,
    zoneword41,
    lengthword41,
    mobilemix41,
    formalsig41,
    quotedhist41,
    cancelrare41,
    dateorder41,
    hunrogr41,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the prose41 batch (`build_prose41.py`)",
        "",
        "Invitations, moves and cancellations with no calendar part, typed by recruiters, HR "
        "departments, agency consultants and hiring managers. All text is ours; people, "
        "companies, addresses, phone, register and reference numbers and links are made up; "
        "no product template is rendered. Quote attribution lines are written from memory of "
        "the clients' formats. Every label was written from the datetimes the text is rendered "
        "from, before the parser was run on the message; mails that state no zone carry "
        "`tz_stated: false` and the Date header's offset; zone words ('Eastern', 'hora de "
        "Brasília', 'India time', 'по Москве') give the instant without a zone name. Loose "
        "lengths ('etwa 60 Minuten') give no end label.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; {len(langs)} language tags ("
        + ", ".join(langs)
        + "); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, drawn with "
        '`random.Random("prose41 coin")` before anything was written or measured): '
        + ", ".join(held)
        + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose41.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        if SPLITS[name] == "heldout":
            lines.append(f"- **{name}** ({len(items)} messages, heldout): {SOURCES[name]}")
            continue
        tags = ", ".join(sorted({item.language for item in items}))
        lines.append(f"- **{name}** ({len(items)} messages, dev; {tags}): {SOURCES[name]}")
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


FIGURES = (
    "First sight, before any parser change (quick.py over this batch): dev text invitations "
    "79 of 109 right (start and, where labelled, end; 69 with confidence >= 0.5); held out "
    "36 of 45 (29 sure); the batch has no negatives. Dev misses by kind: 'next week's "
    "<weekday>' read as the first such weekday ahead (fi, lv, hr, ru, sv-FI), days as "
    "words (en, de, fr, es, it, nl, pl, pt-BR) read as the weekday alone, noon words (pl, "
    "fi, pt-PT, uk), hours in words after the o'clock word (fi, lv, lt, tr), the kept hour "
    "before the new day (et, hu, el), 'hs' before a city's time (es-AR), 'dvě hodiny', the "
    "Slovene accusative 'v sredo' and 'pol ure', '11-3 om 14.00' (nl), 'midday ... until "
    "1pm', 'за Києвом'. After the prose41 rules: dev 105 of 109 (90 sure), held out 39 of "
    "45 (32 sure). Left: el 'η ώρα παραμένει η ίδια (10:00), αλλά … μεταφέρεται' (the hour "
    "before a Greek or Polish move verb is not read), nl '11-3 om 14.00', 'midday on Monday "
    "8 February until 1pm' (start read as 13:00), uk 'за Києвом' (the sender's zone). Whole "
    "corpus before and after: dev text 4119/4154 -> 4145/4154, 12 of 3556 negatives "
    "claimed (unchanged); held out 1704/1801 -> 1707/1801, 118 of 1564 (unchanged); shared "
    "44/44, 0/25 and fixtures 8/8, 0/4 unchanged; cmp.py 29 BETTER (all in this batch), 0 "
    "WORSE, 0 CHANGED."
)


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose41.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
