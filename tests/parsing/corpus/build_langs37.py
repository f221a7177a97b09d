# ruff: noqa: E501
"""Write the "langs37" batch: interview invitations without a calendar part in languages the
corpus had few or no files in (tk, tt, ku, xh, sd, jv, gd, fy, pa, gu, kn, lo, ps, so, ky),
and look-alikes in the same voices.

Run: .venv/bin/python tests/parsing/corpus/build_langs37.py

Every date, month and weekday name, date pattern, day-period word ('go.soň', 'GD', 'شام',
'ຫຼັງທ່ຽງ'), 'tomorrow' and 'next Tuesday' and the minute/hour unit words are taken from
CLDR through babel (format_date/format_time with the locale's full, long, medium and short
patterns; date_fields relative; units duration-minute/-hour); native digits (Gurmukhi,
Gujarati, Kannada, Lao, Extended Arabic-Indic, Arabic-Indic) are the numbering system CLDR
names for the locale. The sentences around them are ours.

Families: recruiters' invitations with the long local date and a length or end time
(longdate37), ATS-style label/value notices with the short local date and a time range
(atsform37), confirmations for "tomorrow" or "next Tuesday" (reldays37), invitations with
native digits (digits37), forwards of invitations through Gmail and Apple Mail (fwd37), and
look-alikes: thanks after an interview with the date of the result, application receipts
with a test deadline (negs37).

Labels were written from the datetimes the text is rendered from, before the parser was
run; the held-out families were drawn by `random.Random("langs37 coin").sample(sorted(
families), 2)` before then. Deterministic; touches only its own families' files.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import unicodedata
from datetime import datetime, timedelta
from email.utils import format_datetime as format_datetime_rfc
from pathlib import Path
from types import ModuleType

from babel import Locale
from babel.dates import format_date, format_time
from babel.units import format_unit

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
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
TEMPLATE = (
    "hand-written recruiter and ATS-style mail in tk, tt, ku, xh, sd, jv, gd, fy, pa, gu, kn, "
    "lo, ps, so, ky (wording ours); dates, day periods, relative days, units and digits from "
    "CLDR via babel (unicode-org/cldr data as shipped in babel 2.19, Unicode licence); " + OWN
)

FAMILIES = ("longdate37", "atsform37", "reldays37", "digits37", "fwd37", "negs37")
HELD = frozenset(random.Random("langs37 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}
NEG: dict[str, object] = {"kind": "not_invitation"}

SENT = (2026, 12, 2)  # a Wednesday: tomorrow is Thursday 3 December, next Tuesday 8 December
WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# The numbering system CLDR names as each locale's native digits, and its zero
_ZERO = {
    "guru": "GURMUKHI DIGIT ZERO",
    "gujr": "GUJARATI DIGIT ZERO",
    "knda": "KANNADA DIGIT ZERO",
    "laoo": "LAO DIGIT ZERO",
    "arabext": "EXTENDED ARABIC-INDIC DIGIT ZERO",
    "arab": "ARABIC-INDIC DIGIT ZERO",
}


def native(text: str, code: str) -> str:
    system = dict(Locale.parse(code).other_numbering_systems)["native"]
    zero = ord(unicodedata.lookup(_ZERO[system]))
    return "".join(chr(zero + int(ch)) if ch.isascii() and ch.isdigit() else ch for ch in text)


def rel(code: str, field: str) -> str:
    """CLDR's relative word: field 'day' gives tomorrow, 'tue' next Tuesday."""
    return str(Locale.parse(code)._data["date_fields"][field]["relative"][1])


def minutes(code: str, count: int) -> str:
    if count % 60 == 0:
        return format_unit(count // 60, "duration-hour", length="long", locale=code)
    return format_unit(count, "duration-minute", length="long", locale=code)


# code: (zone, sender, company, zone word or "", time style)
# time style "24": HH:mm; "cldr": the locale's short time (with its day-period word)
LANG: dict[str, tuple[str, tuple[str, str], str, str, str]] = {
    "tk": (
        "Asia/Ashgabat",
        ("Aýna Orazowa", "ayna.orazowa@kopetdag-sanly.example.tm"),
        "Köpetdag Sanly",
        "",
        "24",
    ),
    "tt": (
        "Europe/Moscow",
        ("Гөлнара Хәйруллина", "gulnara.hairullina@idel-tech.example.ru"),
        "Идел Тех",
        "",
        "24",
    ),
    "ku": (
        "Europe/Istanbul",
        ("Rojda Aydin", "rojda.aydin@dicle-yazilim.example.com.tr"),
        "Dîcle Software",
        "",
        "24",
    ),
    "xh": (
        "Africa/Johannesburg",
        ("Nomvula Mahlangu", "nomvula.mahlangu@kei-data.example.co.za"),
        "Kei Data",
        "SAST",
        "24",
    ),
    "sd": (
        "Asia/Karachi",
        ("سارا سومرو", "sara.soomro@mehran-soft.example.pk"),
        "مهراڻ سافٽ",
        "PKT",
        "cldr",
    ),
    "jv": (
        "Asia/Jakarta",
        ("Sri Wahyuni", "sri.wahyuni@merapi-digital.example.co.id"),
        "Merapi Digital",
        "WIB",
        "24",
    ),
    "gd": (
        "Europe/London",
        ("Mòrag NicLeòid", "morag.nicleoid@cala-dhata.example.co.uk"),
        "Cala Dàta",
        "",
        "cldr",
    ),
    "fy": (
        "Europe/Amsterdam",
        ("Sjoukje de Boer", "sjoukje.deboer@waadsoft.example.nl"),
        "Waadsoft",
        "",
        "24",
    ),
    "pa": (
        "Asia/Kolkata",
        ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "harpreet.kaur@satluj-infotech.example.in"),
        "ਸਤਲੁਜ ਇਨਫੋਟੈਕ",
        "IST",
        "cldr",
    ),
    "gu": (
        "Asia/Kolkata",
        ("નેહા પટેલ", "neha.patel@sabarmati-systems.example.in"),
        "સાબરમતી સિસ્ટમ્સ",
        "IST",
        "cldr",
    ),
    "kn": (
        "Asia/Kolkata",
        ("ಅನಿತಾ ರಾವ್", "anita.rao@kaveri-labs.example.in"),
        "ಕಾವೇರಿ ಲ್ಯಾಬ್ಸ್",
        "IST",
        "cldr",
    ),
    "lo": (
        "Asia/Vientiane",
        ("ສົມພອນ ວົງສາ", "somphone.vongsa@mekong-it.example.la"),
        "ແມ່ຂອງ ໄອທີ",
        "",
        "24",
    ),
    "ps": (
        "Asia/Kabul",
        ("مریم احمدزۍ", "maryam.ahmadzai@hindukush-tech.example.af"),
        "هندوکش ټیک",
        "",
        "24",
    ),
    "so": (
        "Africa/Mogadishu",
        ("Hodan Warsame", "hodan.warsame@badacad-tech.example.so"),
        "Badacad Tech",
        "EAT",
        "cldr",
    ),
    "ky": (
        "Asia/Bishkek",
        ("Айгерим Токтосунова", "aigerim.toktosunova@ala-too-soft.example.kg"),
        "Ала-Тоо Софт",
        "",
        "24",
    ),
}


def clock(code: str, when: datetime) -> str:
    style = LANG[code][4]
    if style == "24":
        return f"{when:%H:%M}"
    return format_time(when, "short", locale=code)


def zw(code: str) -> str:
    word = LANG[code][3]
    return f" ({word})" if word else ""


# --- longdate37: the long local date, a time, a length or end -------------------------------
LONG = {
    "tk": "Hormatly Alex,\n\n{co} kompaniýasynda Maglumat analitigi wezipesi boýunça iş söhbetdeşligine çagyrýarys. Söhbetdeşlik {date} güni sagat {time}-da bolar we takmynan {dur} dowam eder.\n\nOnlaýn baglanyşyk: https://meet.example/tk-37\n\nHormatlamak bilen,\n{name}",
    "tt": "Хөрмәтле Алекс,\n\n{co} компаниясендә мәгълүмат аналитигы вазыйфасы буенча әңгәмәгә чакырабыз. Әңгәмә {date} көнне сәгать {time} да башлана һәм якынча {dur} дәвам итә.\n\nСылтама: https://meet.example/tt-37\n\nХөрмәт белән,\n{name}",
    "ku": "Silav Alex,\n\nEm te vedixwînin hevpeyvîna karî ji bo pozîsyona Analîstê Daneyan li {co}. Hevpeyvîn dê roja {date} saet {time} dest pê bike û nêzîkî {dur} bidome.\n\nGirêdan: https://meet.example/ku-37\n\nBi rêz,\n{name}",
    "xh": "Molo Alex,\n\nSiyakumema kudliwano-ndlebe lwesikhundla soMhlalutyi weDatha e-{co}. Udliwano-ndlebe luya kuba ngo-{date} ngentsimbi ye-{time} ukuya ku-{end}{zone}.\n\nIkhonkco: https://meet.example/xh-37\n\nNgentlonipho,\n{name}",
    "sd": "محترم Alex،\n\n{co} ۾ ڊيٽا اينالسٽ جي عهدي لاءِ توهان کي انٽرويو لاءِ سڏيو وڃي ٿو. انٽرويو {date} تي {time} وڳي{zone} ٿيندو ۽ لڳ ڀڳ {dur} هلندو.\n\nلنڪ: https://meet.example/sd-37\n\nمهرباني،\n{name}",
    "jv": "Sugeng enjing Mas Alex,\n\nKita ngundang panjenengan kanggo wawancara kerja posisi Analis Data ing {co}. Wawancara bakal dianakake ing dina {date} jam {time} WIB, kira-kira {dur}.\n\nTautan: https://meet.example/jv-37\n\nMatur nuwun,\n{name}",
    "gd": "A Alex, a charaid,\n\nBu toil leinn agallamh a chumail leat airson dreuchd Anailisiche Dàta aig {co}. Bidh an t-agallamh {date} aig {time} agus maraidh e mu {dur}.\n\nCeangal: https://meet.example/gd-37\n\nLe dùrachd,\n{name}",
    "fy": "Bêste Alex,\n\nWy nûgje jo út foar in sollisitaasjegesprek foar de funksje fan data-analist by {co}. It petear is op {date} om {time} oere en duorret sa'n {dur}.\n\nKeppeling: https://meet.example/fy-37\n\nMei freonlike groet,\n{name}",
    "pa": "ਪਿਆਰੇ Alex ਜੀ,\n\n{co} ਵਿੱਚ ਡਾਟਾ ਐਨਾਲਿਸਟ ਦੇ ਅਹੁਦੇ ਲਈ ਤੁਹਾਨੂੰ ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ। ਇੰਟਰਵਿਊ {date} ਨੂੰ {time}{zone} ਹੋਵੇਗੀ ਅਤੇ ਲਗਭਗ {dur} ਚੱਲੇਗੀ।\n\nਲਿੰਕ: https://meet.example/pa-37\n\nਧੰਨਵਾਦ ਸਹਿਤ,\n{name}",
    "gu": "પ્રિય Alex,\n\n{co}માં ડેટા એનાલિસ્ટના પદ માટે અમે તમને ઇન્ટરવ્યૂ માટે આમંત્રિત કરીએ છીએ. ઇન્ટરવ્યૂ {date} ના રોજ {time}{zone} શરૂ થશે અને લગભગ {dur} ચાલશે.\n\nલિંક: https://meet.example/gu-37\n\nઆભાર,\n{name}",
    "kn": "ಆತ್ಮೀಯ Alex,\n\n{co} ನಲ್ಲಿ ಡೇಟಾ ಅನಾಲಿಸ್ಟ್ ಹುದ್ದೆಗೆ ನಿಮ್ಮನ್ನು ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನಿಸುತ್ತಿದ್ದೇವೆ. ಸಂದರ್ಶನವು {date} ರಂದು {time}{zone} ಕ್ಕೆ ನಡೆಯಲಿದೆ ಮತ್ತು ಸುಮಾರು {dur} ಇರುತ್ತದೆ.\n\nಲಿಂಕ್: https://meet.example/kn-37\n\nಧನ್ಯವಾದಗಳು,\n{name}",
    "lo": "ຮຽນ Alex,\n\nພວກເຮົາຂໍເຊີນທ່ານມາສໍາພາດວຽກຕໍາແໜ່ງນັກວິເຄາະຂໍ້ມູນທີ່ {co}. ການສໍາພາດຈະມີຂຶ້ນໃນ {date} ເວລາ {time} ໂມງ ແລະ ໃຊ້ເວລາປະມານ {dur}.\n\nລິ້ງ: https://meet.example/lo-37\n\nດ້ວຍຄວາມນັບຖື,\n{name}",
    "ps": "ښاغلي Alex،\n\nتاسو د {co} کې د معلوماتو شنونکي دندې لپاره مرکې ته رابلل شوي یاست. مرکه به {date} د {time} بجو پیل شي او شاوخوا {dur} به دوام وکړي.\n\nلینک: https://meet.example/ps-37\n\nپه درنښت،\n{name}",
    "so": "Mudane Alex,\n\nWaxaan kuugu yeeraynaa wareysi shaqo oo ku saabsan jagada Falanqeeyaha Xogta ee {co}. Wareysigu wuxuu dhici doonaa {date}, saacadda {time}{zone}, wuxuuna qaadan doonaa ilaa {dur}.\n\nLinkiga: https://meet.example/so-37\n\nMahadsanid,\n{name}",
    "ky": "Урматтуу Алекс,\n\n{co} компаниясындагы маалымат аналитиги кызматына маекке чакырабыз. Маек {date} күнү саат {time} башталат жана болжол менен {dur} созулат.\n\nШилтеме: https://meet.example/ky-37\n\nУрматтоо менен,\n{name}",
}
LONG_SUBJECT = {
    "tk": "Iş söhbetdeşligine çakylyk", "tt": "Әңгәмәгә чакыру", "ku": "Vexwendina hevpeyvînê",
    "xh": "Isimemo sodliwano-ndlebe", "sd": "انٽرويو جي دعوت", "jv": "Undangan wawancara",
    "gd": "Cuireadh gu agallamh", "fy": "Utnoeging sollisitaasjegesprek", "pa": "ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ",
    "gu": "ઇન્ટરવ્યૂ માટે આમંત્રણ", "kn": "ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನ", "lo": "ເຊີນມາສໍາພາດວຽກ",
    "ps": "مرکې ته بلنه", "so": "Martiqaad wareysi", "ky": "Маекке чакыруу",
}  # fmt: skip


def long_date(code: str, when: datetime) -> str:
    if code == "ps":  # the weekday before CLDR's long date, as a sentence writes it
        return f"{format_date(when, 'EEEE', locale=code)}، {format_date(when, 'long', locale=code)}"
    if code == "ky":
        return (
            format_date(when, "long", locale=code) + ", " + format_date(when, "EEEE", locale=code)
        )
    return format_date(when, "full", locale=code)


def long_text(code: str, start: datetime, length: int, digits: bool = False) -> str:
    _, sender, co, _, _ = LANG[code]
    end = start + timedelta(minutes=length)
    text = LONG[code].format(
        co=co,
        date=long_date(code, start),
        time=clock(code, start),
        end=clock(code, end),
        dur=minutes(code, length),
        zone=zw(code),
        name=sender[0],
    )
    if digits:
        head, link, tail = text.partition("https://")
        rest, nl, after = tail.partition("\n")
        text = native(head, code) + link + rest + nl + native(after, code)
    return text


# --- atsform37: label/value notice ----------------------------------------------------------
ATS = {
    "tk": ("Iş söhbetdeşligi bellenildi", "Wezipe", "Senesi", "Wagty", "Ýeri", "Maglumat analitigi", "Onlaýn", "Bu hat awtomatik iberildi."),
    "tt": ("Әңгәмә билгеләнде", "Вазыйфа", "Көне", "Вакыты", "Урыны", "Мәгълүмат аналитигы", "Онлайн", "Бу хат автоматик рәвештә җибәрелде."),
    "ku": ("Hevpeyvîn hat plankirin", "Pozîsyon", "Dîrok", "Dem", "Cih", "Analîstê Daneyan", "Serhêl", "Ev peyam bixweber hatiye şandin."),
    "xh": ("Udliwano-ndlebe lucwangcisiwe", "Isikhundla", "Umhla", "Ixesha", "Indawo", "uMhlalutyi weDatha", "Kwi-intanethi", "Lo myalezo uthunyelwe ngokuzenzekelayo."),
    "sd": ("انٽرويو مقرر ٿي ويو", "عهدو", "تاريخ", "وقت", "جڳهه", "ڊيٽا اينالسٽ", "آن لائن", "هي پيغام خودڪار طور موڪليو ويو آهي."),
    "jv": ("Wawancara wis dijadwal", "Posisi", "Tanggal", "Wektu", "Panggonan", "Analis Data", "Online", "Layang iki dikirim kanthi otomatis."),
    "gd": ("Chaidh agallamh a chur air dòigh", "Dreuchd", "Ceann-là", "Àm", "Àite", "Anailisiche Dàta", "Air loidhne", "Chaidh am post-d seo a chur gu fèin-obrachail."),
    "fy": ("Sollisitaasjegesprek ynpland", "Funksje", "Datum", "Tiid", "Plak", "Data-analist", "Online", "Dit berjocht is automatysk ferstjoerd."),
    "pa": ("ਇੰਟਰਵਿਊ ਤੈਅ ਹੋ ਗਈ ਹੈ", "ਅਹੁਦਾ", "ਮਿਤੀ", "ਸਮਾਂ", "ਸਥਾਨ", "ਡਾਟਾ ਐਨਾਲਿਸਟ", "ਔਨਲਾਈਨ", "ਇਹ ਸੁਨੇਹਾ ਆਪਣੇ ਆਪ ਭੇਜਿਆ ਗਿਆ ਹੈ।"),
    "gu": ("ઇન્ટરવ્યૂ નક્કી થયો છે", "પદ", "તારીખ", "સમય", "સ્થળ", "ડેટા એનાલિસ્ટ", "ઓનલાઇન", "આ સંદેશ આપમેળે મોકલવામાં આવ્યો છે."),
    "kn": ("ಸಂದರ್ಶನ ನಿಗದಿಯಾಗಿದೆ", "ಹುದ್ದೆ", "ದಿನಾಂಕ", "ಸಮಯ", "ಸ್ಥಳ", "ಡೇಟಾ ಅನಾಲಿಸ್ಟ್", "ಆನ್‌ಲೈನ್", "ಈ ಸಂದೇಶವನ್ನು ಸ್ವಯಂಚಾಲಿತವಾಗಿ ಕಳುಹಿಸಲಾಗಿದೆ."),
    "lo": ("ນັດໝາຍການສໍາພາດແລ້ວ", "ຕໍາແໜ່ງ", "ວັນທີ", "ເວລາ", "ສະຖານທີ່", "ນັກວິເຄາະຂໍ້ມູນ", "ອອນລາຍ", "ຂໍ້ຄວາມນີ້ຖືກສົ່ງອັດຕະໂນມັດ."),
    "ps": ("مرکه ټاکل شوې", "دنده", "نېټه", "وخت", "ځای", "د معلوماتو شنونکی", "آنلاین", "دا پیغام په اتوماتيک ډول لېږل شوی."),
    "so": ("Wareysiga waa la qorsheeyay", "Jagada", "Taariikhda", "Waqtiga", "Goobta", "Falanqeeyaha Xogta", "Online", "Fariintan si toos ah ayaa loo soo diray."),
    "ky": ("Маек белгиленди", "Кызмат орду", "Күнү", "Убактысы", "Орду", "Маалымат аналитиги", "Онлайн", "Бул кат автоматтык түрдө жөнөтүлдү."),
}  # fmt: skip
# short date for day-first locales, medium where CLDR's short is month-first (xh) or the
# locale's short is ambiguous across both orders
ATS_DATE = {"xh": "medium", "kn": "medium", "so": "medium"}


def ats_text(code: str, start: datetime, length: int) -> tuple[str, str]:
    title, l_pos, l_date, l_time, l_place, role, online, auto = ATS[code]
    end = start + timedelta(minutes=length)
    day = format_date(start, ATS_DATE.get(code, "short"), locale=code)
    rows = [
        (l_pos, role),
        (l_date, day),
        (l_time, f"{clock(code, start)} – {clock(code, end)}{zw(code)}"),
        (l_place, f"{online} — https://meet.example/ats-{code}"),
    ]
    text = (
        f"{title}\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + f"\n\n{LANG[code][2]}\n{auto}\n"
    )
    html = (
        f'<html><body><h2>{title}</h2><table style="border-collapse:collapse">'
        + "".join(
            f'<tr><td style="font-weight:bold;padding:4px">{k}</td><td style="padding:4px">{v}</td></tr>'
            for k, v in rows
        )
        + f'</table><p>{LANG[code][2]}</p><p style="color:#888">{auto}</p></body></html>'
    )
    return text, html


# --- reldays37: tomorrow / next Tuesday ------------------------------------------------------
RELT = {
    "tk": "Salam Alex,\n\nTelefon arkaly gürleşişimiz ýaly, söhbetdeşlik {rel} sagat {time}-da bolar. Salgy: Aşgabat, Bitarap Türkmenistan şaýoly 12, 3-nji gat.\n\n{name}",
    "tt": "Сәлам, Алекс!\n\nСөйләшкәнчә, әңгәмә {rel} сәгать {time} да булачак. Адрес: Казан, Бауман ур., 15, 2 кат.\n\n{name}",
    "ku": "Silav Alex,\n\nWekî me bi telefonê axivî, hevpeyvîn {rel} saet {time} de ye. Navnîşan: Amed, Kolana Gazî 8, qata 2.\n\n{name}",
    "xh": "Molo Alex,\n\nNjengoko besithethile efowunini, udliwano-ndlebe luya kuba {rel} ngo-{time}{zone}. Idilesi: 14 Oxford Street, eMonti.\n\n{name}",
    "sd": "سلام Alex،\n\nجيئن فون تي ڳالهه ٿي هئي، انٽرويو {rel} {time} وڳي{zone} ٿيندو. پتو: حيدرآباد، آفيس نمبر 4.\n\n{name}",
    "jv": "Sugeng siang Mas Alex,\n\nKaya sing wis dirembug liwat telpon, wawancara dianakake {rel} jam {time} WIB. Alamat: Jl. Malioboro 21, Yogyakarta.\n\n{name}",
    "gd": "Halò Alex,\n\nMar a bhruidhinn sinn air a' fòn, bidh an t-agallamh {rel} aig {time}. Seòladh: 5 Sràid na h-Eaglaise, Steòrnabhagh.\n\n{name}",
    "fy": "Hoi Alex,\n\nLykas telefoanysk ôfpraat is it gesprek {rel} om {time} oere. Adres: Nieuwestad 12, Ljouwert.\n\n{name}",
    "pa": "ਸਤ ਸ੍ਰੀ ਅਕਾਲ Alex ਜੀ,\n\nਫ਼ੋਨ 'ਤੇ ਹੋਈ ਗੱਲਬਾਤ ਅਨੁਸਾਰ, ਤੁਹਾਡੀ ਇੰਟਰਵਿਊ {rel} {time}{zone} ਹੋਵੇਗੀ। ਪਤਾ: ਦਫ਼ਤਰ ਨੰ. 7, ਸੈਕਟਰ 17, ਚੰਡੀਗੜ੍ਹ।\n\n{name}",
    "gu": "નમસ્તે Alex,\n\nફોન પર થયેલી વાત મુજબ, તમારો ઇન્ટરવ્યૂ {rel} {time}{zone} છે. સરનામું: ઓફિસ નં. 5, સી.જી. રોડ, અમદાવાદ.\n\n{name}",
    "kn": "ನಮಸ್ಕಾರ Alex,\n\nಫೋನ್‌ನಲ್ಲಿ ಮಾತನಾಡಿದಂತೆ, ನಿಮ್ಮ ಸಂದರ್ಶನ {rel} {time}{zone} ಕ್ಕೆ ಇದೆ. ವಿಳಾಸ: ನಂ. 12, ಎಂ.ಜಿ. ರಸ್ತೆ, ಬೆಂಗಳೂರು.\n\n{name}",
    "lo": "ສະບາຍດີ Alex,\n\nຕາມທີ່ໄດ້ລົມກັນທາງໂທລະສັບ, ການສໍາພາດຈະມີຂຶ້ນ {rel} ເວລາ {time} ໂມງ. ທີ່ຢູ່: ຖະໜົນລ້ານຊ້າງ, ນະຄອນຫຼວງວຽງຈັນ.\n\n{name}",
    "ps": "سلام Alex،\n\nلکه څنګه چې مو په تلیفون خبرې وکړې، مرکه به {rel} د {time} بجو وي. پته: کابل، شهر نو، دوهم پوړ.\n\n{name}",
    "so": "Salaan Alex,\n\nSidii aan taleefanka kaga wada hadalnay, wareysigu waa {rel} saacadda {time}{zone}. Cinwaanka: Muqdisho, Wadada Maka Al-Mukarama, dabaqa 3aad.\n\n{name}",
    "ky": "Саламатсызбы, Алекс!\n\nТелефон аркылуу сүйлөшкөндөй, маек {rel} саат {time} болот. Дареги: Бишкек, Чүй пр. 120, 3-кабат.\n\n{name}",
}
REL_SUBJECT = {
    "tk": "Söhbetdeşlik", "tt": "Әңгәмә", "ku": "Hevpeyvîn", "xh": "Udliwano-ndlebe",
    "sd": "انٽرويو", "jv": "Wawancara", "gd": "Agallamh", "fy": "Sollisitaasjegesprek",
    "pa": "ਇੰਟਰਵਿਊ", "gu": "ઇન્ટરવ્યૂ", "kn": "ಸಂದರ್ಶನ", "lo": "ການສໍາພາດ", "ps": "مرکه",
    "so": "Wareysi", "ky": "Маек",
}  # fmt: skip
# "next Tuesday" as a sentence puts it where CLDR's nominative does not fit: Punjabi oblique
# "ਅਗਲੇ ਮੰਗਲਵਾਰ ਨੂੰ" (CLDR "ਅਗਲਾ ਮੰਗਲਵਾਰ"); the others are CLDR's words as they stand
REL_FORM = {("pa", "tue"): "ਅਗਲੇ ਮੰਗਲਵਾਰ ਨੂੰ"}
# the hour as people write it beside a relative day: CLDR's flexible day period before it
# ("ਸਵੇਰੇ 10:00", "ಬೆಳಗ್ಗೆ 10:00", "ຕອນເຊົ້າ 10:00") or its AM/PM word after it ("10:00 go.öň",
# "3:00 PN", "11:30 m")
REL_STYLE = dict.fromkeys(("pa", "gu", "kn", "lo"), "B h:mm") | dict.fromkeys(
    ("tk", "ku", "gd"), "h:mm a"
)


# --- negs37: thanks after the interview, application receipts with a deadline ---------------
NEGS = {
    "tk": (
        "Söhbetdeşlik üçin sag boluň",
        "Hormatly Alex,\n\n{past} güni söhbetdeşlige gatnaşanyňyz üçin sag boluň. Netije barada size {later} çenli habar bereris.\n\n{name}",
    ),
    "ku": (
        "Spas ji bo hevpeyvînê",
        "Silav Alex,\n\nSpas ji bo ku tu roja {past} hatî hevpeyvînê. Em ê heta {later} encamê ji te re bibêjin.\n\n{name}",
    ),
    "xh": (
        "Enkosi ngodliwano-ndlebe",
        "Molo Alex,\n\nEnkosi ngokuza kudliwano-ndlebe ngo-{past}. Siza kukwazisa ngesiphumo phambi kuka-{later}.\n\n{name}",
    ),
    "jv": (
        "Matur nuwun sampun rawuh wawancara",
        "Mas Alex,\n\nMatur nuwun sampun rawuh wawancara ing dina {past}. Asil wawancara badhe kita kabari paling telat {later} jam {ltime} WIB.\n\n{name}",
    ),
    "pa": (
        "ਇੰਟਰਵਿਊ ਲਈ ਧੰਨਵਾਦ",
        "Alex ਜੀ,\n\n{past} ਨੂੰ ਇੰਟਰਵਿਊ ਲਈ ਆਉਣ ਲਈ ਧੰਨਵਾਦ। ਅਸੀਂ {later} ਤੱਕ ਨਤੀਜਾ ਦੱਸ ਦੇਵਾਂਗੇ।\n\n{name}",
    ),
    "gu": (
        "ઇન્ટરવ્યૂ માટે આભાર",
        "Alex,\n\n{past}ના રોજ ઇન્ટરવ્યૂ માટે આવવા બદલ આભાર. અમે {later} સુધીમાં પરિણામ જણાવીશું.\n\n{name}",
    ),
    "lo": (
        "ຂອບໃຈທີ່ມາສໍາພາດ",
        "ຮຽນ Alex,\n\nຂອບໃຈທີ່ມາສໍາພາດໃນ {past}. ພວກເຮົາຈະແຈ້ງຜົນໃຫ້ທ່ານຊາບພາຍໃນ {later} ເວລາ {ltime} ໂມງ.\n\n{name}",
    ),
    "so": (
        "Waad ku mahadsan tahay wareysiga",
        "Alex,\n\nWaad ku mahadsan tahay inaad timid wareysiga {past}. Natiijada waxaan kuu soo sheegi doonaa ka hor {later}, saacadda {ltime}.\n\n{name}",
    ),
    "ky": (
        "Маек үчүн рахмат",
        "Алекс,\n\n{past} күнү маекке келгениңиз үчүн рахмат. Жыйынтыгын {later} чейин билдиребиз.\n\n{name}",
    ),
    "gd": (
        "Mòran taing airson an agallaimh",
        "Alex,\n\nMòran taing airson tighinn chun an agallaimh {past}. Innsidh sinn dhut an toradh ro {later}.\n\n{name}",
    ),
    "fy": (
        "Jo sollisitaasje is ûntfongen",
        "Bêste Alex,\n\nWy hawwe jo sollisitaasje ûntfongen, tank dêrfoar. Folje de online test yn foar {later} om {ltime} oere: https://test.example/fy-37. Dêrnei nimme wy kontakt mei jo op.\n\n{name}",
    ),
    "tt": (
        "Гаризагыз кабул ителде",
        "Хөрмәтле Алекс,\n\nСезнең гаризагызны алдык, рәхмәт. Онлайн тестны {later} сәгать {ltime} га кадәр тутырыгыз: https://test.example/tt-37. Аннан соң без сезгә языбыз.\n\n{name}",
    ),
}


def rows() -> list[Case]:
    out: list[Case] = []

    def add(
        family: str,
        name: str,
        code: str,
        subject: str,
        note: str,
        label: dict[str, object],
        raw: bytes,
    ) -> None:
        out.append(
            Case(family, SPLITS[family], f"{code}_{name}", raw, label, code, note, TEMPLATE, OWN)
        )

    def sent_at(code: str) -> datetime:
        return at(*SENT, 9, 5, LANG[code][0], "Wed")

    def label_for(
        code: str, start: datetime, end: datetime | None, sent: datetime
    ) -> dict[str, object]:
        # a zone word is written: the instant, no Date-header assumption
        slot = p8.slot(start, end) if LANG[code][3] else p8.slot(start, end, sent=sent)
        return {**slot, "organizer_email": LANG[code][1][1]}

    # longdate37: Tuesday 15 December, hours spread over the day
    hours = [(9, 0), (10, 30), (11, 0), (13, 0), (14, 30), (15, 0), (16, 0)]
    lengths = [45, 60, 30, 45, 60, 45, 30]
    for index, code in enumerate(LANG):
        zone, sender, _, _, _ = LANG[code]
        h, m = hours[index % len(hours)]
        length = lengths[index % len(lengths)]
        start = at(2026, 12, 15, h, m, zone, "Tue")
        sent = sent_at(code)
        text = long_text(code, start, length)
        raw = mail(
            f"langs37/longdate37/{code}",
            sender=sender,
            to=ME,
            subject=LONG_SUBJECT[code],
            sent=sent,
            text=text,
        )
        note = f"long date '{long_date(code, start)}', {clock(code, start)}, {'until ' + clock(code, start + timedelta(minutes=length)) if code == 'xh' else minutes(code, length)}{zw(code)}"
        add(
            "longdate37",
            "long",
            code,
            LONG_SUBJECT[code],
            note,
            label_for(code, start, start + timedelta(minutes=length), sent),
            raw,
        )

    # atsform37: Thursday 10 December, label/value rows, text + HTML
    for index, code in enumerate(LANG):
        zone, sender, co, _, _ = LANG[code]
        h, m = hours[(index + 3) % len(hours)]
        length = (30, 45, 60)[index % 3]
        start = at(2026, 12, 10, h, m, zone, "Thu")
        sent = sent_at(code)
        text, html = ats_text(code, start, length)
        ats_sender = (co, f"no-reply@{sender[1].split('@', 1)[1]}")
        raw = mail(
            f"langs37/atsform37/{code}",
            sender=ats_sender,
            to=ME,
            subject=f"{ATS[code][0]} – {co}",
            sent=sent,
            text=text,
            html=html,
        )
        label = {
            **label_for(code, start, start + timedelta(minutes=length), sent),
            "organizer_email": ats_sender[1],
        }
        note = f"ATS rows '{ATS[code][2]}: {format_date(start, ATS_DATE.get(code, 'short'), locale=code)}', '{ATS[code][3]}: {clock(code, start)} – {clock(code, start + timedelta(minutes=length))}{zw(code)}'"
        add("atsform37", "ats", code, "", note, label, raw)

    # reldays37: alternately tomorrow (Thu 3 Dec) and next Tuesday (Tue 8 Dec)
    for index, code in enumerate(LANG):
        zone, sender, _, _, _ = LANG[code]
        field = "day" if index % 2 == 0 else "tue"
        day = (3, "Thu") if field == "day" else (8, "Tue")
        h, m = ((10, 0), (11, 30), (15, 0))[index % 3]
        start = at(2026, 12, day[0], h, m, zone, day[1])
        sent = sent_at(code)
        word = REL_FORM.get((code, field), rel(code, field))
        hour = (
            format_time(start, REL_STYLE[code], locale=code)
            if code in REL_STYLE
            else clock(code, start)
        )
        text = RELT[code].format(rel=word, time=hour, zone=zw(code), name=sender[0])
        raw = mail(
            f"langs37/reldays37/{code}",
            sender=sender,
            to=ME,
            subject=REL_SUBJECT[code],
            sent=sent,
            text=text,
        )
        name = "tomorrow" if field == "day" else "next_tuesday"
        note = f"'{word}' ({'tomorrow' if field == 'day' else 'next Tuesday'}) at {hour}{zw(code)}: {start:%a %d %b %H:%M}"
        add("reldays37", name, code, "", note, label_for(code, start, None, sent), raw)

    # digits37: native digits, Monday 14 December
    for index, code in enumerate(("pa", "gu", "kn", "lo", "ps", "sd")):
        zone, sender, _, _, _ = LANG[code]
        h, m = ((11, 30), (15, 0), (10, 0))[index % 3]
        start = at(2026, 12, 14, h, m, zone, "Mon")
        sent = sent_at(code)
        text = long_text(code, start, 30, digits=True)
        raw = mail(
            f"langs37/digits37/{code}",
            sender=sender,
            to=ME,
            subject=LONG_SUBJECT[code],
            sent=sent,
            text=text,
        )
        note = f"native digits: '{native(long_date(code, start), code)}', {native(clock(code, start), code)}, {native(minutes(code, 30), code)}"
        add(
            "digits37",
            "native",
            code,
            "",
            note,
            label_for(code, start, start + timedelta(minutes=30), sent),
            raw,
        )

    # fwd37: invitations forwarded by the user (Gmail or Apple Mail), Friday 11 December
    for index, (code, client) in enumerate(
        (
            ("tk", "gmail"),
            ("ku", "apple"),
            ("jv", "gmail"),
            ("so", "apple"),
            ("gd", "gmail"),
            ("ky", "gmail"),
        )
    ):
        zone, sender, _, _, _ = LANG[code]
        h, m = ((10, 0), (14, 0), (9, 30))[index % 3]
        start = at(2026, 12, 11, h, m, zone, "Fri")
        sent = sent_at(code)
        text = long_text(code, start, 45)
        raw = pp.forward(
            f"langs37/fwd37/{code}", client=client, lang="en", user=ME, org=sender,
            orig_sent=sent, subject=LONG_SUBJECT[code], body=text, note="fyi" if index % 2 else "",
        )  # fmt: skip
        note = f"{client} forward of '{long_date(code, start)}', {clock(code, start)}, {minutes(code, 45)}"
        add(
            "fwd37",
            client,
            code,
            "",
            note,
            label_for(code, start, start + timedelta(minutes=45), sent),
            raw,
        )

    # fwd37: Thunderbird in Frisian forwards inline with its fy-NL strings (the separator
    # mailnews.forward_header_originalmessage, the header labels of mime.properties)
    zone, sender, _, _, _ = LANG["fy"]
    start = at(2026, 12, 11, 13, 30, zone, "Fri")
    sent = sent_at("fy")
    block = (
        "-------- Trochstjoerd berjocht --------\n"
        f"Underwerp: \t{LONG_SUBJECT['fy']}\n"
        f"Datum: \t{format_datetime_rfc(sent)}\n"
        f"Fan: \t{sender[0]} <{sender[1]}>\n"
        f"Oan: \t{ME[0]} <{ME[1]}>\n"
    )
    body = f"Kinsto dit tafoegje?\n\n\n{block}\n\n{long_text('fy', start, 45)}\n"
    raw = mail(
        "langs37/fwd37/fy_thunderbird", sender=ME, to=pp.HOOK,
        subject=f"Fwd: {LONG_SUBJECT['fy']}", sent=sent + timedelta(hours=2), text=body,
    )  # fmt: skip
    note = f"Thunderbird (fy-NL) forward of '{long_date('fy', start)}', 13:30, {minutes('fy', 45)}"
    label = label_for("fy", start, start + timedelta(minutes=45), sent)
    add("fwd37", "thunderbird", "fy", "", note, label, raw)

    # negs37: a past interview and the day of the result; receipts with a test deadline
    past = at(2026, 11, 30, 10, 0, "UTC", "Mon")
    later = at(2026, 12, 18, 16, 0, "UTC", "Fri")
    deadline = at(2026, 12, 10, 23, 59, "UTC", "Thu")
    for code, (subject, body) in NEGS.items():
        zone, sender, _, _, _ = LANG[code]
        sent = sent_at(code)
        receipt = code in ("fy", "tt")
        when = deadline if receipt else later
        past_text = (
            format_date(past, "full", locale=code)
            if code != "ky"
            else format_date(past, "long", locale=code)
        )
        text = body.format(
            past=past_text,
            later=format_date(when, "long", locale=code),
            ltime=clock(code, when),
            name=sender[0],
        )
        raw = mail(
            f"langs37/negs37/{code}", sender=sender, to=ME, subject=subject, sent=sent, text=text
        )
        note = (
            "application receipt: online test due "
            if receipt
            else "thanks after the interview of Monday 30 November; result by "
        ) + f"'{format_date(when, 'long', locale=code)}'"
        add("negs37", "receipt" if receipt else "thanks", code, subject, note, dict(NEG), raw)
    return out


POLICY = (
    "## Label policy\n\n- An invitation is labelled with its start and the end its length or end "
    "time gives.\n- 'tomorrow' is the day after the Date header's day (Wednesday 2 December 2026), "
    "'next Tuesday' the Tuesday of the following week (8 December).\n- A zone word written "
    "(IST, PKT, WIB, SAST, EAT) fixes the instant; otherwise the wall time is at the Date "
    "header's offset (`tz_stated` false).\n- Thanks after an interview that name the past "
    "interview and the day of the result, and application receipts with a test deadline, are "
    "`not_invitation`.\n- `organizer_email` is the sender (the original sender in forwards; the "
    "no-reply address of the ATS notices)."
)

FIGURES = (
    "Start right at first sight (measured once the files existed, before any rule): dev 24 of "
    "51, held out 3 of 6; look-alikes claimed (held out) 2 of 12. After the rules of the same "
    "branch (CLDR words via cldr_words.json, interview nouns): dev 50 of 51 (the Xhosa "
    "'ukuya ku-13:45' end is not read), held out 6 of 6; look-alikes claimed 2 of 12. A "
    "Thunderbird (fy-NL) forward added to fwd37 after the rules is read right (dev 51 of 52)."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the langs37 batch (`build_langs37.py`)",
        "",
        "Interview invitations without a calendar part in languages the corpus had few or no "
        "files in, and look-alikes. Month and weekday names, date patterns (full, long, medium, "
        "short), day-period words, 'tomorrow'/'next Tuesday' (date_fields relative), minute and "
        "hour unit words and native digits come from CLDR through babel 2.19 (Unicode licence); "
        "the sentences, people, companies and addresses are made up. Forwards use the English "
        "Gmail and Apple Mail layouts of build_parse-pos.py (the clients' strings in these "
        "languages could not be verified), and one Thunderbird inline forward with the fy-NL "
        "strings (thunderbird/thunderbird-l10n fy-NL/mail/chrome/messenger/messengercompose/"
        "composeMsgs.properties@09e987749e000af2404ea1e3e666c75dc3eb16ff "
        "mailnews.forward_header_originalmessage, fy-NL/mail/chrome/messenger/mime.properties"
        "@2a76731468bbf6aa6987a732ac0fd41f36ce62a4 keys 1000/1007/1009/1012; MPL-2.0), added "
        "after the first measurement. Every label was written from the datetimes the text "
        "is rendered from, before the parser was run on the message.",
        "",
        POLICY,
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}, drawn by "
        "`random.Random('langs37 coin').sample(sorted(families), 2)` before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_langs37.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    sources = {
        "longdate37": "recruiters' invitations with CLDR's full date, a time and a length ('15 dekabr 2026, sişenbe … sagat 09:00-da … 45 minut').",
        "atsform37": "ATS-style notices with label/value rows in the language, CLDR's short or medium date and a time range (text + HTML).",
        "reldays37": "confirmations for CLDR's 'tomorrow' or 'next Tuesday' ('ertir', 'sibê', 'ngomso', 'سڀاڻي', 'ਭਲਕੇ', 'ມື້ອື່ນ', 'indiki sişenbe', 'Talaadada xigta').",
        "digits37": "invitations written with the locale's native digits (Gurmukhi, Gujarati, Kannada, Lao, Extended Arabic-Indic, Arabic-Indic).",
        "fwd37": "invitations forwarded by the user through Gmail and Apple Mail (English layouts) and Thunderbird in Frisian ('-------- Trochstjoerd berjocht --------', Underwerp/Datum/Fan/Oan).",
        "negs37": "look-alikes: thanks after a past interview naming the day of the result, application receipts with an online-test deadline.",
    }
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {sources[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = rows()
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-langs37.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
