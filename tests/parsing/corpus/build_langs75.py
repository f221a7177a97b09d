# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "langs75" batch: short recruiter mails in languages the corpus had least (Somali,
Tajik, Yoruba, Hausa, Igbo, Zulu, Xhosa, Amharic, Tigrinya, Kyrgyz, Kazakh, Mongolian, Uzbek,
Pashto, Kurdish, Malayalam, Kannada, Gujarati, Luxembourgish, Maltese, Irish, Georgian, Lao,
Burmese), each setting the reader's own job interview at a fixed time in two or three
phrasings ('tomorrow at', a numeric date, a weekday), beside look-alikes in the same languages:
thanks after an interview, a rejection naming the past interview, a newsletter.

Run: .venv/bin/python tests/parsing/corpus/build_langs75.py

All text is ours, written by hand; people, companies and addresses are made up. Words for
'tomorrow', weekdays and months come from CLDR (Babel in .venv) and the parser's own tables;
words for 'interview' from the parser's lexicon comments and from public repositories' text
found with find_string (see PROVENANCE-langs75.md). Labels come from the datetimes the text is
rendered from and were written before the parser was run on any message of the batch.
A third is held out via build_parse-pos.held_names (SHA-256 of the file name, every third from
the first; family langs75h), chosen before any parse. Deterministic.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
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


lk = _load("build_looks60", "build_looks60.py")
pp = lk.pp
Case = pp.Case
ME = lk.ME
OURS = lk.OURS
LIC = lk.LIC
SENT = lk.SENT  # Monday 8 March 2027, 09:15 local
Slot = lk.Slot
T9, W10, H11 = lk.T9, lk.W10, lk.H11  # Tue 14:00, Wed 10:00, Thu 15:30
ZONE = {
    "so": "Africa/Mogadishu",
    "tg": "Asia/Dushanbe",
    "yo": "Africa/Lagos",
    "ha": "Africa/Lagos",
    "ig": "Africa/Lagos",
    "zu": "Africa/Johannesburg",
    "xh": "Africa/Johannesburg",
    "am": "Africa/Addis_Ababa",
    "ti": "Africa/Asmara",
    "ky": "Asia/Bishkek",
    "kk": "Asia/Almaty",
    "mn": "Asia/Ulaanbaatar",
    "uz": "Asia/Tashkent",
    "ps": "Asia/Kabul",
    "ku": "Europe/Istanbul",
    "ml": "Asia/Kolkata",
    "kn": "Asia/Kolkata",
    "gu": "Asia/Kolkata",
    "lb": "Europe/Luxembourg",
    "mt": "Europe/Malta",
    "ga": "Europe/Dublin",
    "ka": "Asia/Tbilisi",
    "lo": "Asia/Vientiane",
    "my": "Asia/Yangon",
}
FAMILY = "langs75"
HELD_FAMILY = "langs75h"
FAMILIES = {
    FAMILY: "Short recruiter mails setting the reader's own job interview at a fixed time in "
    "languages the corpus had least (so, tg, yo, ha, ig, zu, xh, am, ti, ky, kk, mn, uz, ps, ku, "
    "ml, kn, gu, lb, mt, ga, ka, lo, my), beside thanks, rejections and newsletters in the same "
    "languages.",
    HELD_FAMILY: "The held-out third of langs75, chosen by the file names' hashes before any parse.",
}
OWN = "The reader's own job interview at a fixed time set by the employer's recruiter (README: kind invitation; text states no zone, label carries the Date header's offset)."
THANKS = "Thanks after an interview already held, naming its past date and hour: after the fact (README: kind, thank-you mails after the fact)."
REJECT = "A rejection naming the past interview: sets nothing (README: kind)."
NEWS = "A recruiter's newsletter with dates and hours: a newsletter (README: kind)."
RAW: list[tuple[str, str, dict[str, object], str, str, str]] = []


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    note: str,
    *,
    slot: Slot | None = None,
) -> None:
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        label = {"kind": "invitation", **pp.timed(start, None, sent=sent_at)}
    else:
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        f"langs75 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=body,
        html=None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


def african() -> None:
    add(
        "so",
        "wareysi_berri",
        ("Hodan Warsame", "hodan@xamarhr.example"),
        "Wareysi shaqo",
        "Salaan Alex,\n\nWaxaan kugu martiqaadaynaa wareysi shaqo oo loogu talagalay jagada xisaabiyaha.\nWareysigu waa berri saacadda 14:00, xafiiskayaga Wadada Maka Al-Mukarama.\n\nFadlan xaqiiji.\nHodan, Xamar HR",
        OWN,
        slot=T9,
    )
    add(
        "so",
        "wareysi_taariikh",
        ("Abdi Nuur", "abdi@geeldoon.example"),
        "Casuumad wareysi",
        "Alex, mahadsanid codsigaaga.\nWareysigaaga shaqo waxa uu dhici doonaa 10.03.2027 saacadda 10:00.\nKu soo dhowow xafiiska Geeldoon.\n\nAbdi",
        OWN,
        slot=W10,
    )
    add(
        "so",
        "mahadsanid_wareysi",
        ("Abdi Nuur", "abdi@geeldoon.example"),
        "Mahadsanid",
        "Alex, waad ku mahadsan tahay wareysigii 05.03.2027 saacadda 10:00.\nWaxaan kula soo xiriiri doonaa toddobaadka soo socda.\n\nAbdi",
        THANKS,
    )
    add(
        "yo",
        "ifoorowanilenuwo_ola",
        ("Adebayo Ogunleye", "adebayo@ilerin.example"),
        "Ìpè sí ìfọ̀rọ̀wánilẹ́nuwò",
        "Ẹ kú àárọ̀ Alex,\n\nA pè yín sí ìfọ̀rọ̀wánilẹ́nuwò iṣẹ́ fún ipò olùṣàkóso.\nÌfọ̀rọ̀wánilẹ́nuwò náà yóò wáyé ní ọ̀la ní agogo 14:00 ní ọ́fíìsì wa ní Ikeja.\n\nẸ ṣé,\nAdebayo",
        OWN,
        slot=T9,
    )
    add(
        "yo",
        "ifoorowanilenuwo_ojo",
        ("Funmi Alabi", "funmi@oyo-data.example"),
        "Ìfọ̀rọ̀wánilẹ́nuwò iṣẹ́",
        "Alex,\n\nÌfọ̀rọ̀wánilẹ́nuwò yín yóò wáyé ní 10/03/2027 ní agogo 10:00.\nẸ jọ̀wọ́ ẹ fèsì láti jẹ́rìí.\n\nFunmi Alabi",
        OWN,
        slot=W10,
    )
    add(
        "yo",
        "o_se_ifoorowanilenuwo",
        ("Funmi Alabi", "funmi@oyo-data.example"),
        "Ẹ ṣé",
        "Alex, ẹ ṣé fún ìfọ̀rọ̀wánilẹ́nuwò ní 05/03/2027 ní agogo 10:00.\nA máa kàn sí yín láìpẹ́.\n\nFunmi",
        THANKS,
    )
    add(
        "ha",
        "hira_gobe",
        ("Aisha Bello", "aisha@kanoworks.example"),
        "Gayyatar hirar aiki",
        "Assalamu alaikum Alex,\n\nMuna gayyatar ka zuwa hirar aiki gobe da karfe 14:00 a ofishinmu na Kano.\n\nNa gode,\nAisha Bello",
        OWN,
        slot=T9,
    )
    add(
        "ha",
        "hira_ranar",
        ("Musa Garba", "musa@arewatech.example"),
        "Hira ta aiki",
        "Alex,\n\nHira ta aiki za ta kasance ranar Laraba 10/03/2027 da karfe 10:00.\nDa fatan za ka tabbatar.\n\nMusa",
        OWN,
        slot=W10,
    )
    add(
        "ha",
        "hira_ba_nasara",
        ("Musa Garba", "musa@arewatech.example"),
        "Sakamakon hira",
        "Alex, na gode da zuwa hirar aiki ranar 05/03/2027 da karfe 10:00.\nAbin takaici, ba mu zaɓe ka ba a wannan karon.\n\nMusa",
        REJECT,
    )
    add(
        "ig",
        "ajuju_onu_echi",
        ("Chinedu Okafor", "chinedu@enugu-soft.example"),
        "Òkù maka ajụjụ ọnụ",
        "Ndewo Alex,\n\nAnyị na-akpọ gị òkù maka ajụjụ ọnụ ọrụ echi n'elekere 14:00 n'ọfịs anyị dị na Enugu.\n\nDaalụ,\nChinedu",
        OWN,
        slot=T9,
    )
    add(
        "ig",
        "ajuju_onu_ubochi",
        ("Ngozi Eze", "ngozi@onitsha-bank.example"),
        "Ajụjụ ọnụ ọrụ",
        "Alex,\n\nAjụjụ ọnụ gị ga-eme na 10/03/2027 n'elekere 10:00.\nBiko zaghachi ka i kwado.\n\nNgozi",
        OWN,
        slot=W10,
    )
    add(
        "zu",
        "inhlolokhono_kusasa",
        ("Thandi Dlamini", "thandi@thekwini-hr.example"),
        "Isimemo senhlolokhono",
        "Sawubona Alex,\n\nSiyakumema enhlolokhonweni yomsebenzi kusasa ngo-14:00 ehhovisi lethu eThekwini.\n\nNgiyabonga,\nThandi",
        OWN,
        slot=T9,
    )
    add(
        "zu",
        "inhlolokhono_usuku",
        ("Sipho Zulu", "sipho@joburg-logistics.example"),
        "Inhlolokhono yomsebenzi",
        "Alex,\n\nInhlolokhono yakho izoba ngomhla ka-10/03/2027 ngo-10:00.\nSicela uqinisekise.\n\nSipho",
        OWN,
        slot=W10,
    )
    add(
        "zu",
        "inhlolokhono_ikhanseliwe",
        ("Sipho Zulu", "sipho@joburg-logistics.example"),
        "Inhlolokhono ikhanseliwe",
        "Alex,\n\nSiyaxolisa, inhlolokhono yangomhla ka-05/03/2027 ngo-10:00 yayikhanseliwe.\nIsikhundla sesigcwalisiwe.\n\nSipho",
        REJECT,
    )
    add(
        "xh",
        "udliwano_ngomso",
        ("Lwazi Mbeki", "lwazi@eastcape.example"),
        "Isimemo sodliwano-ndlebe",
        "Molo Alex,\n\nSikumema kudliwano-ndlebe lomsebenzi ngomso ngentsimbi ye-14:00 kwi-ofisi yethu eGqeberha.\n\nEnkosi,\nLwazi",
        OWN,
        slot=T9,
    )
    add(
        "xh",
        "udliwano_umhla",
        ("Nomsa Jafta", "nomsa@kapa-retail.example"),
        "Udliwano-ndlebe",
        "Alex,\n\nUdliwano-ndlebe lwakho luya kuba ngomhla we-10/03/2027 ngentsimbi ye-10:00.\nNceda uqinisekise.\n\nNomsa",
        OWN,
        slot=W10,
    )
    add(
        "am",
        "qale_metyiq_nege",
        ("Selam Tesfaye", "selam@addis-hr.example"),
        "የቃለ መጠይቅ ግብዣ",
        "ሰላም Alex,\n\nለሥራ ቃለ መጠይቅ ነገ በ14:00 በቢሯችን እንጋብዝዎታለን።\n\nከሰላምታ ጋር፣\nሰላም",
        OWN,
        slot=T9,
    )
    add(
        "am",
        "qale_metyiq_ken",
        ("Dawit Bekele", "dawit@abay-tech.example"),
        "ቃለ መጠይቅ",
        "Alex,\n\nየሥራ ቃለ መጠይቅዎ 10/03/2027 በ10:00 ይካሄዳል።\nእባክዎ ያረጋግጡ።\n\nዳዊት",
        OWN,
        slot=W10,
    )
    add(
        "ti",
        "qale_mehtit_tsbah",
        ("Yonas Haile", "yonas@asmara-works.example"),
        "ዕድመ ቃለ መሕትት",
        "ሰላም Alex,\n\nንቃለ መሕትት ስራሕ ጽባሕ ሰዓት 14:00 ናብ ቤት ጽሕፈትና ንዕድመካ።\n\nየቐንየልና፣\nዮናስ",
        OWN,
        slot=T9,
    )
    add(
        "ti",
        "qale_mehtit_medbe",
        ("Yonas Haile", "yonas@asmara-works.example"),
        "ሓበሬታ",
        "Alex,\n\nብዛዕባ ቃለ መሕትት 05/03/2027 ሰዓት 10:00 የቐንየልና።\nውሳነና ብቐረባ ክንሕብረካ ኢና።\n\nዮናስ",
        THANKS,
    )


def central_asian() -> None:
    add(
        "tg",
        "suhbat_pagoh",
        ("Фарзона Раҳимова", "farzona@dushanbe-hr.example"),
        "Даъват ба суҳбат",
        "Салом Alex,\n\nШуморо ба суҳбати корӣ даъват менамоем.\nПагоҳ соати 14:00 дар дафтари мо, кӯчаи Рӯдакӣ 45.\n\nБо эҳтиром,\nФарзона",
        OWN,
        slot=T9,
    )
    add(
        "tg",
        "suhbat_sana",
        ("Бахтиёр Назаров", "bakhtiyor@pamir-tel.example"),
        "Суҳбати корӣ",
        "Alex,\n\nСуҳбати шумо 10.03.2027 соати 10:00 баргузор мешавад.\nЛутфан тасдиқ кунед.\n\nБахтиёр",
        OWN,
        slot=W10,
    )
    add(
        "tg",
        "suhbat_rad",
        ("Бахтиёр Назаров", "bakhtiyor@pamir-tel.example"),
        "Натиҷаи суҳбат",
        "Alex, ташаккур барои суҳбати 05.03.2027 соати 10:00.\nТаассуф, мо номзади дигарро интихоб кардем.\n\nБахтиёр",
        REJECT,
    )
    add(
        "ky",
        "mayek_erteng",
        ("Айгерим Токтогулова", "aigerim@bishkek-hr.example"),
        "Маекке чакыруу",
        "Саламатсызбы Alex,\n\nСизди жумушка маектешүүгө чакырабыз: эртең саат 14:00дө, биздин кеңседе.\n\nУрматтоо менен,\nАйгерим",
        OWN,
        slot=T9,
    )
    add(
        "ky",
        "mayek_kun",
        ("Нурлан Асанов", "nurlan@ala-too.example"),
        "Маектешүү",
        "Alex,\n\nСиз менен маектешүү 10.03.2027 саат 10:00до болот.\nСураныч, ырастаңыз.\n\nНурлан",
        OWN,
        slot=W10,
    )
    add(
        "kk",
        "suhbat_erteng",
        ("Айжан Сейтқали", "aizhan@almaty-hr.example"),
        "Сұхбатқа шақыру",
        "Сәлеметсіз бе, Alex,\n\nСізді жұмысқа сұхбатқа шақырамыз: ертең сағат 14:00-де, біздің кеңседе.\n\nҚұрметпен,\nАйжан",
        OWN,
        slot=T9,
    )
    add(
        "kk",
        "suhbat_kuni",
        ("Ерлан Жақсылықов", "erlan@astana-soft.example"),
        "Сұхбат",
        "Alex,\n\nСұхбат 10.03.2027 сағат 10:00-де өтеді.\nРастауыңызды сұраймыз.\n\nЕрлан",
        OWN,
        slot=W10,
    )
    add(
        "kk",
        "suhbat_rahmet",
        ("Ерлан Жақсылықов", "erlan@astana-soft.example"),
        "Рақмет",
        "Alex, 05.03.2027 сағат 10:00-дегі сұхбатқа келгеніңіз үшін рақмет.\nНәтижесін жақын арада хабарлаймыз.\n\nЕрлан",
        THANKS,
    )
    add(
        "mn",
        "yariltslaga_margaash",
        ("Болормаа Батбаяр", "bolormaa@ub-hr.example"),
        "Ярилцлагад урих нь",
        "Сайн байна уу Alex,\n\nТаныг ажлын ярилцлагад урьж байна: маргааш 14:00 цагт манай оффист.\n\nХүндэтгэсэн,\nБолормаа",
        OWN,
        slot=T9,
    )
    add(
        "mn",
        "yariltslaga_odor",
        ("Ганбат Дорж", "ganbat@tuul-mining.example"),
        "Ажлын ярилцлага",
        "Alex,\n\nТаны ярилцлага 2027.03.10-ны 10:00 цагт болно.\nБаталгаажуулна уу.\n\nГанбат",
        OWN,
        slot=W10,
    )
    add(
        "uz",
        "suhbat_ertaga",
        ("Dilnoza Karimova", "dilnoza@toshkent-hr.example"),
        "Suhbatga taklif",
        "Assalomu alaykum Alex,\n\nSizni ish suhbatiga taklif qilamiz: ertaga soat 14:00 da, ofisimizda.\n\nHurmat bilan,\nDilnoza",
        OWN,
        slot=T9,
    )
    add(
        "uz",
        "suhbat_sana",
        ("Jasur Rahimov", "jasur@samarqand-it.example"),
        "Ish suhbati",
        "Alex,\n\nSuhbat 10.03.2027 kuni soat 10:00 da bo'lib o'tadi.\nIltimos, tasdiqlang.\n\nJasur",
        OWN,
        slot=W10,
    )
    add(
        "uz",
        "suhbat_rad",
        ("Jasur Rahimov", "jasur@samarqand-it.example"),
        "Suhbat natijasi",
        "Alex, 05.03.2027 soat 10:00 dagi suhbat uchun rahmat.\nAfsuski, boshqa nomzodni tanladik.\n\nJasur",
        REJECT,
    )
    add(
        "ps",
        "marka_saba",
        ("Farid Ahmadzai", "farid@kabul-hr.example"),
        "مرکې ته بلنه",
        "سلام Alex،\n\nتاسو د دندې مرکې ته بلل کیږئ: سبا ساعت 14:00 زموږ په دفتر کې.\n\nمننه،\nفرید",
        OWN,
        slot=T9,
    )
    add(
        "ps",
        "marka_neta",
        ("Farid Ahmadzai", "farid@kabul-hr.example"),
        "د دندې مرکه",
        "Alex،\n\nستاسو مرکه په 10/03/2027 ساعت 10:00 ده.\nمهرباني وکړئ تایید کړئ.\n\nفرید",
        OWN,
        slot=W10,
    )
    add(
        "ku",
        "hevpeyvin_sibe",
        ("Rojda Aydın", "rojda@amed-hr.example"),
        "Vexwendina hevpeyvînê",
        "Silav Alex,\n\nEm te vedixwînin hevpeyvîna karî: sibê saet 14:00 li ofîsa me.\n\nBi rêz,\nRojda",
        OWN,
        slot=T9,
    )
    add(
        "ku",
        "hevpeyvin_dirok",
        ("Berfin Demir", "berfin@wan-soft.example"),
        "Hevpeyvîna karî",
        "Alex,\n\nHevpeyvîna te dê di 10.03.2027 de saet 10:00 pêk were.\nJi kerema xwe piştrast bike.\n\nBerfin",
        OWN,
        slot=W10,
    )


def south_asian() -> None:
    add(
        "ml",
        "abhimukham_nale",
        ("Anjali Nair", "anjali@kochi-hr.example"),
        "അഭിമുഖത്തിനുള്ള ക്ഷണം",
        "പ്രിയ Alex,\n\nനാളെ ഉച്ചയ്ക്ക് 2:00 PM-ന് ഞങ്ങളുടെ ഓഫീസിൽ ജോലി അഭിമുഖത്തിന് താങ്കളെ ക്ഷണിക്കുന്നു.\n\nനന്ദി,\nഅഞ്ജലി",
        OWN,
        slot=T9,
    )
    add(
        "ml",
        "abhimukham_theeyathi",
        ("Rahul Menon", "rahul@tvm-soft.example"),
        "അഭിമുഖം",
        "Alex,\n\nതാങ്കളുടെ അഭിമുഖം 10/03/2027 രാവിലെ 10:00-ന് നടക്കും.\nദയവായി സ്ഥിരീകരിക്കുക.\n\nരാഹുൽ",
        OWN,
        slot=W10,
    )
    add(
        "kn",
        "sandarshana_nale",
        ("Kavya Rao", "kavya@blr-hr.example"),
        "ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನ",
        "ನಮಸ್ಕಾರ Alex,\n\nನಾಳೆ ಮಧ್ಯಾಹ್ನ 2:00 PM ಕ್ಕೆ ನಮ್ಮ ಕಚೇರಿಯಲ್ಲಿ ಉದ್ಯೋಗ ಸಂದರ್ಶನಕ್ಕೆ ನಿಮ್ಮನ್ನು ಆಹ್ವಾನಿಸುತ್ತೇವೆ.\n\nಧನ್ಯವಾದಗಳು,\nಕಾವ್ಯ",
        OWN,
        slot=T9,
    )
    add(
        "kn",
        "sandarshana_dinanka",
        ("Prakash Hegde", "prakash@mysuru-it.example"),
        "ಸಂದರ್ಶನ",
        "Alex,\n\nನಿಮ್ಮ ಸಂದರ್ಶನ 10/03/2027 ಬೆಳಿಗ್ಗೆ 10:00 ಕ್ಕೆ ನಡೆಯಲಿದೆ.\nದಯವಿಟ್ಟು ದೃಢೀಕರಿಸಿ.\n\nಪ್ರಕಾಶ್",
        OWN,
        slot=W10,
    )
    add(
        "kn",
        "sandarshana_dhanyavada",
        ("Prakash Hegde", "prakash@mysuru-it.example"),
        "ಧನ್ಯವಾದಗಳು",
        "Alex, 05/03/2027 ಬೆಳಿಗ್ಗೆ 10:00 ರ ಸಂದರ್ಶನಕ್ಕೆ ಬಂದಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು.\nಫಲಿತಾಂಶವನ್ನು ಶೀಘ್ರದಲ್ಲೇ ತಿಳಿಸುತ್ತೇವೆ.\n\nಪ್ರಕಾಶ್",
        THANKS,
    )
    add(
        "gu",
        "interview_aavtikale",
        ("Hetal Patel", "hetal@amdavad-hr.example"),
        "ઇન્ટરવ્યૂ માટે આમંત્રણ",
        "નમસ્તે Alex,\n\nઆવતીકાલે બપોરે 2:00 PM વાગ્યે અમારી ઓફિસમાં નોકરીના ઇન્ટરવ્યૂ માટે તમને આમંત્રણ છે.\n\nઆભાર,\nહેતલ",
        OWN,
        slot=T9,
    )
    add(
        "gu",
        "interview_tarikh",
        ("Nirav Shah", "nirav@surat-tex.example"),
        "ઇન્ટરવ્યૂ",
        "Alex,\n\nતમારો ઇન્ટરવ્યૂ 10/03/2027 સવારે 10:00 વાગ્યે છે.\nકૃપા કરીને પુષ્ટિ કરો.\n\nનિરવ",
        OWN,
        slot=W10,
    )


def european_asian() -> None:
    add(
        "lb",
        "gespreich_muer",
        ("Claude Weber", "claude@kierchbierg.example"),
        "Invitatioun fir en Interview",
        "Moien Alex,\n\nMir invitéieren Iech op e Virstellungsgespréich muer um 14:00 Auer an eisem Büro zu Kierchbierg.\n\nMerci,\nClaude",
        OWN,
        slot=T9,
    )
    add(
        "lb",
        "gespreich_datum",
        ("Anne Schmit", "anne@esch-bank.example"),
        "Virstellungsgespréich",
        "Alex,\n\nÄert Gespréich ass den 10.03.2027 um 10:00 Auer.\nConfirméiert w.e.g.\n\nAnne",
        OWN,
        slot=W10,
    )
    add(
        "lb",
        "newsletter",
        ("Jobs.lu Newsletter", "news@jobslu.example"),
        "Newsletter Mäerz",
        "Moien,\n\nNei Aarbechtsplazen dës Woch. Workshop 'Tipps fir den Interview' den 10.03.2027 um 18:00 Auer, online.\n\nÄr Jobs.lu Equipe",
        NEWS,
    )
    add(
        "mt",
        "intervista_ghada",
        ("Maria Borg", "maria@valletta-hr.example"),
        "Stedina għal intervista",
        "Għażiż Alex,\n\nNistednuk għal intervista tax-xogħol għada fis-14:00 fl-uffiċċju tagħna l-Belt.\n\nGrazzi,\nMaria",
        OWN,
        slot=T9,
    )
    add(
        "mt",
        "intervista_data",
        ("Joseph Camilleri", "joseph@gozo-soft.example"),
        "Intervista",
        "Alex,\n\nL-intervista tiegħek se ssir nhar l-Erbgħa 10/03/2027 fl-10:00.\nJekk jogħġbok ikkonferma.\n\nJoseph",
        OWN,
        slot=W10,
    )
    add(
        "mt",
        "intervista_rifjut",
        ("Joseph Camilleri", "joseph@gozo-soft.example"),
        "Riżultat tal-intervista",
        "Alex, grazzi tal-intervista tal-05/03/2027 fl-10:00.\nSfortunatament għażilna kandidat ieħor.\n\nJoseph",
        REJECT,
    )
    add(
        "ga",
        "agallamh_amarach",
        ("Siobhán Ní Bhriain", "siobhan@gaillimh-hr.example"),
        "Cuireadh chuig agallamh",
        "A Alex, a chara,\n\nTugaimid cuireadh duit chuig agallamh poist amárach ag 14:00 inár n-oifig i nGaillimh.\n\nGo raibh maith agat,\nSiobhán",
        OWN,
        slot=T9,
    )
    add(
        "ga",
        "agallamh_data",
        ("Ciarán Ó Murchú", "ciaran@corcaigh-tech.example"),
        "Agallamh",
        "A Alex,\n\nBeidh d'agallamh ar siúl Dé Céadaoin 10/03/2027 ag 10:00.\nDeimhnigh, le do thoil.\n\nCiarán",
        OWN,
        slot=W10,
    )
    add(
        "ka",
        "gasaubreba_khval",
        ("ნინო ბერიძე", "nino@tbilisi-hr.example"),
        "მოწვევა გასაუბრებაზე",
        "გამარჯობა Alex,\n\nგიწვევთ სამუშაო გასაუბრებაზე ხვალ 14:00 საათზე ჩვენს ოფისში.\n\nპატივისცემით,\nნინო",
        OWN,
        slot=T9,
    )
    add(
        "ka",
        "gasaubreba_tarighi",
        ("გიორგი კაპანაძე", "giorgi@batumi-it.example"),
        "გასაუბრება",
        "Alex,\n\nთქვენი გასაუბრება შედგება 10.03.2027, 10:00 საათზე.\nგთხოვთ, დაადასტუროთ.\n\nგიორგი",
        OWN,
        slot=W10,
    )
    add(
        "ka",
        "gasaubreba_madloba",
        ("გიორგი კაპანაძე", "giorgi@batumi-it.example"),
        "მადლობა",
        "Alex, მადლობა 05.03.2027, 10:00 საათზე გასაუბრებისთვის.\nშედეგს მალე გაცნობებთ.\n\nგიორგი",
        THANKS,
    )
    add(
        "lo",
        "samphat_muen",
        ("ນາງ ແສງຈັນ", "sengchan@vte-hr.example"),
        "ເຊີນສຳພາດວຽກ",
        "ສະບາຍດີ Alex,\n\nພວກເຮົາຂໍເຊີນທ່ານມາສຳພາດວຽກ ມື້ອື່ນ ເວລາ 14:00 ໂມງ ທີ່ຫ້ອງການຂອງພວກເຮົາ.\n\nຂອບໃຈ,\nແສງຈັນ",
        OWN,
        slot=T9,
    )
    add(
        "lo",
        "samphat_vanthi",
        ("ທ້າວ ບຸນມີ", "bounmy@lpb-soft.example"),
        "ການສຳພາດ",
        "Alex,\n\nການສຳພາດຂອງທ່ານ ວັນທີ 10/03/2027 ເວລາ 10:00 ໂມງ.\nກະລຸນາຢືນຢັນ.\n\nບຸນມີ",
        OWN,
        slot=W10,
    )
    add(
        "my",
        "interview_manetphyan",
        ("Thida Aung", "thida@yangon-hr.example"),
        "အင်တာဗျူး ဖိတ်ကြားစာ",
        "မင်္ဂလာပါ Alex,\n\nမနက်ဖြန် 14:00 နာရီတွင် ကျွန်ုပ်တို့ရုံး၌ အလုပ်အင်တာဗျူးသို့ ဖိတ်ကြားအပ်ပါသည်။\n\nကျေးဇူးတင်ပါသည်,\nThida",
        OWN,
        slot=T9,
    )
    add(
        "my",
        "interview_ract",
        ("Kyaw Min", "kyaw@mandalay-it.example"),
        "အင်တာဗျူး",
        "Alex,\n\nသင်၏ အင်တာဗျူးကို 10/03/2027 နံနက် 10:00 နာရီတွင် ပြုလုပ်ပါမည်။\nအတည်ပြုပေးပါ။\n\nKyaw Min",
        OWN,
        slot=W10,
    )


BUILDERS = [african, central_asian, south_asian, european_asian]
FIRST_SIGHT_FIGURES = (
    "First sight (before any parser change): dev 39 files, invitations 29: kind right 19/29, "
    "start right 27/29, sure 14; look-alikes claimed 0/10. Held out (langs75h) 20 files, "
    "invitations 18: kind right 15/18, start right 17/18, sure 10; look-alikes claimed 0/2."
)
AFTER_FIX_FIGURES = (
    "After (branch langs75: interview words in lexicon.INTERVIEW_WORDS_ABROAD and MEETING_CUES, "
    "Tajik пагоҳ in RELATIVE_DAYS, Xhosa concords in when_lines._BANTU_PREFIX): dev invitations "
    "kind right 29/29, start right 29/29, sure 25; look-alikes claimed 0/10. Held out: kind "
    "right 16/18, start right 17/18, sure 13; look-alikes claimed 0/2."
)


def cases() -> list[Case]:
    RAW.clear()
    for build in BUILDERS:
        build()
    return pp.seeded_cases(FAMILY, HELD_FAMILY, RAW, LIC)


def provenance(items: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        "# Provenance of the langs75 batch (`build_langs75.py`)",
        "",
        "Short recruiter mails in languages the corpus had least (counted from the `language` "
        "field over dev/*.expected.json: ti 3, ku 4, ml 4, xh 4, yo 4, ig 5, ha 6, ky 6, mn 6, "
        "tg 6, kn 7, ps 7, kk 8, lo 9, so 9, ...), each setting the reader's own job interview "
        "at a fixed time ('tomorrow at 14:00', a numeric date at 10:00), beside look-alikes in "
        "the same languages (thanks after an interview, a rejection naming the past interview, "
        "a newsletter). All text is ours, written by hand; people, companies and addresses are "
        "made up. Labels were written from the datetimes the text is rendered from, before the "
        "parser was run on any message.",
        "",
        "Word sources: 'tomorrow', weekdays and months from CLDR (Babel in .venv: "
        "`Locale(lang)._data['date_fields']['day']['relative']`, `days`, `months`; e.g. so "
        "Berri, xh ngomso, yo Ọ̀la, ig echi, ti ጽባሕ, mn маргааш, ky эртең, ga amárach, tg фардо) "
        "checked against the parser's RELATIVE_DAYS (cldr_words.json). Tajik mail writes "
        "'tomorrow' пагоҳ, which CLDR lacks: from the brief's known dev miss ('Пагоҳ соати "
        "15:00 суҳбат') and Tajik dictionaries. 'Interview': words already in the parser's "
        "lexicon with their cited sources (Somali wareysi, Kurdish hevpeyvîn, Irish agallamh, "
        "Kyrgyz маек, Kazakh сұхбат, Uzbek suhbat, Georgian გასაუბრება, Zulu inhlolokhono, Xhosa "
        "udliwano-ndlebe, Amharic ቃለ መጠይቅ); new ones checked with `find_string` over public "
        "repositories: Mongolian ярилцлага (an HR app's mail template 'ажлын байрны дараагийн "
        "шатны ярилцлагад урьж байна', a recruiting app's 'interview' menu 'Ярилцлага'), Igbo "
        "ajụjụ ọnụ (an app's 'job_interview' title 'Ajụjụ ọnụ maka ọrụ', an HR site's 'hazie "
        "nzukọ ajụjụ ọnụ'), Luxembourgish Gespréich (an interview mail template 'No eisem "
        "leschten Telefongespréich gouf en Entretien festgeluecht', chat-app strings), Tajik "
        "суҳбат (Tajik text 'суҳбат мекунанд', 'talk'; 'суҳбати корӣ' job interview from "
        "dictionaries). Yoruba ìfọ̀rọ̀wánilẹ́nuwò and Tigrinya ቃለ መሕትት are the writer's own "
        "knowledge and dictionaries; no .po files of HR software were read in the time given. "
        "No third-party text was copied into the mails.",
        "",
        f"{len(items)} messages; {held} held out as family langs75h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_langs75.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-langs75.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
