"""Write the "prose42" batch: invitations with no calendar part typed by recruiters, hiring
managers and small-company founders, and look-alike mail that only mentions a meeting.

Run: .venv/bin/python tests/parsing/corpus/build_prose42.py

Twelve families in languages the corpus held few files of (te, mr, ur, ta, gl, is, lv, bn,
sw, ms, eu, et, fil, lt, ca, vi, id, uk, ro, hu, el, tr, and English from India, Kenya,
Nigeria and the Philippines): casual one-line threads answered and confirmed ("can you do
Thu 3pm my time (CET)?"), signatures full of phone, register and street numbers, dates in
the local order (dd.mm., d/m, yyyy-mm-dd, spelled months, ordinal suffixes, native digits),
12- and 24-hour clocks with local words for morning, noon and evening (CLDR day periods via
babel), zone words (IST, PKT, WIB, WITA, TSİ, 'waktu Malaysia', 'Manila time', 'за київським
часом', 'að íslenskum tíma', 'your time'), interviews at places with opening hours or a
travel note; look-alikes: thank-you replies restating the past interview, decision mails
('we'll decide by Friday 5pm'), offers with a start date and hour, reference-check requests,
payroll and onboarding mail, and new replies that set nothing over a quoted older thread.
Month and weekday names come from CLDR (babel); prose is ours; people and companies are made
up. Labels come from the datetimes the text is rendered from (weekdays typed in the text are
checked by `at`) and were written before the parser was run on any message. Swahili clock
words count from dawn ('saa nne asubuhi' = 10:00), as Swahili speakers read them.
Deterministic; touches only its own families' files.
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
p8 = _load("build_prose8", "build_prose8.py")
at, Case, OWN = pp.at, pp.Case, pp.OWN
slot, thread = p8.slot, p8.thread
ME = p8.ME
M = timedelta(minutes=1)
H = timedelta(hours=1)
HAND = (
    "hand-written; recruiters, hiring managers and small-company founders typing in webmail "
    "and phone mail apps (attribution lines written from memory); month, weekday and "
    "day-period names from CLDR 47 via babel 2.19; " + OWN
)
CLDR = "Unicode licence (CLDR strings); prose ours"
KOL, DAC, KHI, KUL = "Asia/Kolkata", "Asia/Dhaka", "Asia/Karachi", "Asia/Kuala_Lumpur"
JKT, MKS, MNL, HCM = "Asia/Jakarta", "Asia/Makassar", "Asia/Manila", "Asia/Ho_Chi_Minh"
NBO, DAR, LOS = "Africa/Nairobi", "Africa/Dar_es_Salaam", "Africa/Lagos"
MAD, REK, RIX, VNO, TLL = (
    "Europe/Madrid",
    "Atlantic/Reykjavik",
    "Europe/Riga",
    "Europe/Vilnius",
    "Europe/Tallinn",
)
KIV, BUC, BUD, ATH, IST = (
    "Europe/Kyiv",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Athens",
    "Europe/Istanbul",
)
BER, LON = "Europe/Berlin", "Europe/London"

FAMILIES = sorted(
    [
        "liners42",
        "sigdig42",
        "datelocal42",
        "dayparts42",
        "zonelocal42",
        "venuehours42",
        "thankpast42",
        "decideby42",
        "offerstart42",
        "refask42",
        "payonboard42",
        "quoteold42",
    ]
)
# The held-out draw, made before any message was written or parsed: three of twelve.
HELD = set(random.Random("prose42 coin").sample(FAMILIES, 3))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
SOURCES = {
    "liners42": "Casual one-line threads: a slot asked in a line ('can you do Thu 3pm my time "
    "(CET)?'), the candidate's yes quoted, the sender's confirmation on top.",
    "sigdig42": "Invitations whose signatures carry phone, register, postcode and street "
    "numbers; native digits (Bengali, Devanagari) in some.",
    "datelocal42": "Dates in the local order: dd.mm., d/m, yyyy-mm-dd, spelled months before "
    "or after the day, ordinal suffixes, the Hungarian 'május 14-én'.",
    "dayparts42": "12- and 24-hour clocks with local words for morning, noon, afternoon and "
    "evening (CLDR day periods: மாலை, మధ్యాహ్నం, বিকেল, दुपारी, شام, petang, siang, ng "
    "hapon, chiều, da tarde, το απόγευμα; Swahili hours counted from dawn).",
    "zonelocal42": "Zone words: IST, PKT, WIB, WITA, TSİ, EAT with a city, 'waktu Malaysia', "
    "'Manila time', 'বাংলাদেশ সময়', 'за київським часом', 'að íslenskum tíma', 'ώρα "
    "Ελλάδος', 'your time ... here in Bucharest'.",
    "venuehours42": "Interviews at a place whose opening hours, or a train or bus time, are "
    "in the same mail.",
    "thankpast42": "Thank-you replies after the interview that restate its day and hour.",
    "decideby42": "Decision mails: 'we will decide by Friday 5pm', 'you will hear from us by "
    "the 20th', next steps without a slot.",
    "offerstart42": "Offers naming a start date and an hour to arrive, a signing deadline.",
    "refask42": "Reference-check requests to the candidate or the referee, with deadlines and "
    "calling hours but no fixed slot.",
    "payonboard42": "Payroll and onboarding mail: pay dates, cut-off hours, documents to bring "
    "on the first day.",
    "quoteold42": "New replies that set nothing (a question, a document, a thank-you) over a "
    "quoted older thread holding the old interview time.",
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
) -> Case:
    raw = pp.mail(
        f"prose42/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=as_html(text) if html else None,
        reply_to_key=f"prose42/{family}/{name}/parent" if reply else "",
    )
    label = {**label, "organizer_email": sender[1]} if label.get("start") else dict(label)
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, CLDR)


def as_html(text: str) -> str:
    """The HTML alternative a webmail composer writes: one div per line, br for blanks."""
    rows = []
    for line in text.split("\n"):
        rows.append(f"<div>{htmllib.escape(line)}</div>" if line else "<div><br></div>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body><div dir="auto">' + "".join(rows) + "</div></body></html>"
    )


def day(value: datetime, pattern: str, lang: str) -> str:
    """A date as CLDR writes it in that language (babel), e.g. 'd MMMM' or 'EEEE'."""
    return format_date(value, pattern, locale=lang)


def native(text: str, zero: str) -> str:
    """ASCII digits written in a script's own digits (zero is that script's 0)."""
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)


NOT = {"kind": "not_invitation"}
BN0, DEVA0 = "০", "०"


# --------------------------------------------------------------------------------------
def liners42() -> Iterator[Case]:
    f = "liners42"
    s = ("Jonas Weidmann", "jonas@tinkerloop.example.de")
    sent = at(2026, 2, 3, 9, 14, BER, "Tue")
    st = at(2026, 2, 5, 15, 0, BER, "Thu")
    yield case(
        f,
        "thu_3pm_my_time_cet",
        "en",
        s,
        "Re: quick chat?",
        sent,
        "Founder's confirmation over the quoted one-line ask 'can you do Thu 3pm my time "
        "(CET)?' and the candidate's 'works for me'; CET is not one zone: instant only.",
        slot(st),
        thread(
            "Great, Thu 3pm CET it is. Meet link coming in the morning.\n\nJonas\n-- \n"
            "Tinkerloop GmbH, Oranienstr. 185, 10999 Berlin, +49 30 1234 5678",
            (
                "On Mon, 2 Feb 2026 at 18:40, Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Jonas, works for me!",
            ),
            (
                "On Mon, 2 Feb 2026 at 17:02, Jonas Weidmann <jonas@tinkerloop.example.de> wrote:",
                "hey Alex, loved your repo. can you do Thu 3pm my time (CET)? 30 min, just me.",
            ),
        ),
        reply=True,
    )
    s = ("Farid Zulkifli", "farid@kopisenja.example.my")
    sent = at(2026, 2, 9, 21, 5, KUL, "Mon")
    st = at(2026, 2, 11, 11, 0, KUL, "Wed")
    yield case(
        f,
        "rabu_11_pagi",
        "ms",
        s,
        "Re: Temuduga barista kepala",
        sent,
        "Malay owner's confirmation 'Ok set, Rabu ni 11 pagi' (pagi = morning, CLDR ms "
        "morning2) over the quoted ask and the candidate's yes; no zone.",
        slot(st, sent=sent),
        thread(
            "Ok set, Rabu ni 11 pagi ya. Jumpa di kedai, tingkat bawah. Kalau sesat call saya "
            "012-345 6789.\n\nFarid",
            ("Pada Isn, 9 Feb 2026 20:31, Alex Morgan menulis:", "Boleh encik, Rabu ok."),
            (
                "Pada Isn, 9 Feb 2026 18:12, Farid Zulkifli menulis:",
                "Salam Alex, boleh datang temuduga Rabu ni pukul 11 pagi?",
            ),
        ),
        reply=True,
    )
    s = ("Dimas Prasetyo", "dimas@rantaiku.example.id")
    sent = at(2026, 2, 10, 16, 20, JKT, "Tue")
    st = at(2026, 2, 13, 14, 0, JKT, "Fri")
    yield case(
        f,
        "jumat_jam_2_siang_wib",
        "id",
        s,
        "Re: ngobrol soal posisi backend",
        sent,
        "'Siap, Jumat jam 14.00 WIB ya' over the quoted 'Bisa Jumat jam 2 siang WIB?'; WIB "
        "pins Asia/Jakarta.",
        slot(st, zone=JKT),
        thread(
            "Siap, Jumat jam 14.00 WIB ya. Link Zoom nyusul besok pagi.\n\nSalam,\nDimas\n"
            "CTO Rantaiku | Jl. Kemang Raya No. 8B, Jakarta 12730 | 0812-3456-7890",
            ("Pada tanggal Sel, 10 Feb 2026 pukul 15.02 Alex Morgan menulis:", "Bisa, Mas."),
            (
                "Pada tanggal Sel, 10 Feb 2026 pukul 11.47 Dimas Prasetyo menulis:",
                "Halo Alex, bisa Jumat jam 2 siang WIB? Ngobrol santai 45 menit aja.",
            ),
        ),
        reply=True,
    )
    s = ("Carla Mendoza", "carla.mendoza@sariwa.example.ph")
    sent = at(2026, 2, 12, 19, 45, MNL, "Thu")
    st = at(2026, 2, 17, 10, 0, MNL, "Tue")
    yield case(
        f,
        "martes_10_ng_umaga",
        "fil",
        s,
        "Re: Interview - Sariwa Foods",
        sent,
        "Taglish confirmation 'confirmed na tayo sa Martes, 10 ng umaga' (CLDR fil 'ng umaga') "
        "sent on a Thursday: the Tuesday ahead; no zone.",
        slot(st, sent=sent),
        thread(
            "Hi Alex! Sige, confirmed na tayo sa Martes, 10 ng umaga. Send ko na lang yung "
            "Zoom link bukas.\n\nSalamat!\nCarla\n\nSent from my iPhone",
            ("On Thu, Feb 12, 2026 at 6:58 PM Alex Morgan wrote:", "Yes po, okay sa akin."),
            (
                "On Thu, Feb 12, 2026 at 3:10 PM Carla Mendoza wrote:",
                "Hello Alex, pwede ka ba sa Martes ng 10 ng umaga for a quick interview?",
            ),
        ),
        reply=True,
    )
    s = ("Neema Mwakyusa", "neema@pwanilogistics.example.co.tz")
    sent = at(2026, 2, 16, 17, 30, DAR, "Mon")
    st = at(2026, 2, 17, 10, 0, DAR, "Tue")
    yield case(
        f,
        "kesho_saa_nne_asubuhi",
        "sw",
        s,
        "Re: Usaili",
        sent,
        "Swahili confirmation 'kesho Jumanne saa nne asubuhi': Swahili hours count from "
        "dawn, so saa nne asubuhi is 10:00; no zone.",
        slot(st, sent=sent),
        thread(
            "Sawa Alex, tukutane kesho Jumanne saa nne asubuhi ofisini kwetu, ghorofa ya 3. "
            "Karibu sana.\n\nNeema",
            ("Tarehe 16 Feb 2026, Alex Morgan aliandika:", "Ndiyo, inafaa."),
            (
                "Tarehe 16 Feb 2026, Neema Mwakyusa aliandika:",
                "Habari Alex, unaweza kuja kesho saa nne asubuhi kwa usaili?",
            ),
        ),
        reply=True,
    )
    s = ("Trần Minh Khoa", "khoa.tran@lacviet-soft.example.vn")
    sent = at(2026, 2, 24, 20, 15, HCM, "Tue")
    st = at(2026, 2, 26, 9, 0, HCM, "Thu")
    yield case(
        f,
        "thu_nam_9h_sang",
        "vi",
        s,
        "Re: Hẹn phỏng vấn",
        sent,
        "'chốt thứ Năm 9h sáng nhé' (9h = 9 o'clock, sáng = morning) over the quoted ask; no zone.",
        slot(st, sent=sent),
        thread(
            "Ok em, chốt thứ Năm 9h sáng nhé, anh gửi link Google Meet sau.\n\nKhoa\n"
            "ĐT: 0903 123 456",
            ("Vào 19:40 Th 3, 24 thg 2, 2026 Alex Morgan đã viết:", "Dạ em được ạ."),
            (
                "Vào 17:05 Th 3, 24 thg 2, 2026 Trần Minh Khoa đã viết:",
                "Chào em, thứ Năm lúc 9 giờ sáng em có rảnh không?",
            ),
        ),
        reply=True,
    )
    s = ("Selin Aydoğan", "selin@kavakyazilim.example.com.tr")
    sent = at(2026, 3, 2, 12, 40, IST, "Mon")
    st = at(2026, 3, 3, 14, 0, IST, "Tue")
    yield case(
        f,
        "yarin_14_tsi",
        "tr",
        s,
        "Ynt: Görüşme",
        sent,
        "'Tamam, yarın (Salı) 14:00'te görüşürüz (TSİ)': TSİ (Türkiye saati) pins Europe/Istanbul.",
        slot(st, zone=IST),
        thread(
            "Tamam, yarın (Salı) 14:00'te görüşürüz (TSİ). Teams davetini şimdi atıyorum.\n\nSelin",
            ("2 Mar 2026 Pzt 11:58 tarihinde Alex Morgan şunu yazdı:", "Uygun, teşekkürler."),
            (
                "2 Mar 2026 Pzt 10:20 tarihinde Selin Aydoğan şunu yazdı:",
                "Merhaba Alex, yarın 14:00 TSİ uygun mu?",
            ),
        ),
        reply=True,
    )
    s = ("Олеся Ткачук", "olesia@pryvit-lab.example.ua")
    sent = at(2026, 3, 4, 10, 5, KIV, "Wed")
    st = at(2026, 3, 5, 16, 0, KIV, "Thu")
    yield case(
        f,
        "chetver_16_za_kyivskym",
        "uk",
        s,
        "Re: Співбесіда",
        sent,
        "'Домовились: завтра, у четвер, о 16:00 за київським часом' pins Europe/Kyiv.",
        slot(st, zone=KIV),
        thread(
            "Домовились: завтра, у четвер, о 16:00 за київським часом. Посилання на Meet "
            "надішлю за годину до початку.\n\nОлеся",
            ("ср, 4 бер. 2026 р. о 09:41 Alex Morgan пише:", "Так, мені підходить."),
            (
                "ср, 4 бер. 2026 р. о 09:02 Олеся Ткачук пише:",
                "Алексе, чи зручно завтра о 16:00 за Києвом?",
            ),
        ),
        reply=True,
    )
    s = ("Bence Szalai", "bence@kockalab.example.hu")
    sent = at(2026, 3, 9, 15, 10, BUD, "Mon")
    st = at(2026, 3, 12, 10, 0, BUD, "Thu")
    yield case(
        f,
        "csutortok_10_kor",
        "hu",
        s,
        "Re: Beszélgetés",
        sent,
        "'akkor csütörtökön 10-kor várlak' (10-kor = at 10) over the quoted ask; no zone.",
        slot(st, sent=sent),
        thread(
            "Szuper, akkor csütörtökön 10-kor várlak az irodában (Király u. 26., II. em. 4., "
            "kapucsengő 24).\n\nBence\n+36 30 123 4567",
            ("2026. márc. 9., H 14:52 Alex Morgan ezt írta:", "Jó nekem a csütörtök."),
            (
                "2026. márc. 9., H 11:30 Bence Szalai ezt írta:",
                "Szia Alex, csütörtök 10 óra jó lenne egy kávéra?",
            ),
        ),
        reply=True,
    )
    s = ("Marta Puig", "marta@bitxo-studio.example.cat")
    sent = at(2026, 3, 13, 13, 25, MAD, "Fri")
    st = at(2026, 3, 17, 11, 0, MAD, "Tue")
    yield case(
        f,
        "dimarts_a_les_11",
        "ca",
        s,
        "Re: Entrevista",
        sent,
        "'Perfecte, doncs dimarts a les 11 h' sent on a Friday (the 17th); no zone.",
        slot(st, sent=sent),
        thread(
            "Perfecte, doncs dimarts a les 11 h ens veiem per Meet. T'envio l'enllaç "
            "dilluns.\n\nMarta",
            ("El dv., 13 de març 2026 a les 12:50, Alex Morgan va escriure:", "Em va bé!"),
            (
                "El dv., 13 de març 2026 a les 10:02, Marta Puig va escriure:",
                "Hola Alex, et va bé dimarts a les 11?",
            ),
        ),
        reply=True,
    )
    s = ("Karthik Subramanian", "karthik@nilaware.example.in")
    sent = at(2026, 3, 16, 12, 0, KOL, "Mon")
    st = at(2026, 3, 19, 16, 0, KOL, "Thu")
    yield case(
        f,
        "viyazhan_maalai_4",
        "ta",
        s,
        "Re: நேர்காணல்",
        sent,
        "Tamil 'வியாழக்கிழமை மாலை 4 மணிக்கு' (மாலை = evening, CLDR ta evening1: 16:00); no zone.",
        slot(st, sent=sent),
        thread(
            "சரி அலெக்ஸ், வியாழக்கிழமை மாலை 4 மணிக்கு பேசலாம். Meet இணைப்பை அனுப்புகிறேன்.\n\nகார்த்திக்",
            ("On Mon, 16 Mar 2026, 11:20 Alex Morgan wrote:", "சரி, எனக்கு ஓகே."),
            (
                "On Mon, 16 Mar 2026, 10:05 Karthik Subramanian wrote:",
                "வணக்கம் அலெக்ஸ், வியாழன் மாலை 4 மணிக்கு பேச முடியுமா?",
            ),
        ),
        reply=True,
    )


# --------------------------------------------------------------------------------------
def sigdig42() -> Iterator[Case]:
    f = "sigdig42"
    s = ("Hrafnhildur Jónsdóttir", "hrafnhildur@fjordvik.example.is")
    sent = at(2026, 3, 9, 10, 30, REK, "Mon")
    st = at(2026, 3, 19, 13, 30, REK, "Thu")
    yield case(
        f,
        "fimmtudaginn_19_mars",
        "is",
        s,
        "Boð í viðtal – Fjörðvík ehf.",
        sent,
        f"Icelandic '{day(st, 'EEEE', 'is')}inn {day(st, 'd. MMMM', 'is')} kl. 13:30'; the "
        "signature holds a kennitala, two phone numbers and a postcode; 'um 45 mínútur' is "
        "about 45 minutes, so no end; no zone.",
        slot(st, sent=sent),
        "Sæl/l Alex,\n\nTakk fyrir umsóknina. Við bjóðum þér í viðtal fimmtudaginn "
        f"{day(st, 'd. MMMM', 'is')} kl. 13:30 á skrifstofu okkar. Viðtalið tekur um 45 "
        "mínútur.\n\nKveðja,\nHrafnhildur Jónsdóttir\nMannauðsstjóri\nFjörðvík ehf. | kt. "
        "540312-1230\nBorgartúni 27, 105 Reykjavík\nSími 555 1234 | GSM 699 8877",
    )
    s = ("Ilze Kalniņa", "ilze.kalnina@ziemelblazma.example.lv")
    sent = at(2026, 4, 2, 9, 15, RIX, "Thu")
    st = at(2026, 4, 14, 10, 0, RIX, "Tue")
    yield case(
        f,
        "otrdien_14_aprili",
        "lv",
        s,
        "Uzaicinājums uz darba interviju",
        sent,
        "'otrdien, 14. aprīlī, plkst. 10.00' (CLDR lv locative month); the signature has a "
        "register number, a building number 'k-2', a postcode LV-1012 and phones; no zone.",
        slot(st, sent=sent),
        "Labdien, Alex!\n\nAicinām Jūs uz darba interviju otrdien, 14. aprīlī, plkst. 10.00 "
        "mūsu birojā.\n\nAr cieņu\nIlze Kalniņa\nPersonāla speciāliste\nSIA Ziemeļblāzma, "
        "Reģ. Nr. 40103123456\nKrišjāņa Barona iela 130 k-2, Rīga, LV-1012\nTālr. +371 67 "
        "123 456, mob. +371 29 123 456",
    )
    s = ("Aistė Žukauskaitė", "aiste@baltupis.example.lt")
    sent = at(2026, 4, 15, 14, 0, VNO, "Wed")
    st = at(2026, 4, 22, 14, 0, VNO, "Wed")
    yield case(
        f,
        "balandzio_22_14_val",
        "lt",
        s,
        "Kvietimas į pokalbį",
        sent,
        "'balandžio 22 d. (trečiadienį) 14 val.' (CLDR lt genitive month); the signature "
        "holds a company code, 'pr. 20-5', 'LT-01103' and a phone; no zone.",
        slot(st, st + H, sent=sent),
        "Sveiki, Alex,\n\nkviečiame Jus į darbo pokalbį balandžio 22 d. (trečiadienį) 14 val. "
        "Pokalbis truks vieną valandą.\n\nPagarbiai\nAistė Žukauskaitė\nUAB „Baltupis“, "
        "įmonės kodas 302123456\nGedimino pr. 20-5, LT-01103 Vilnius\nTel. +370 5 212 3456",
    )
    s = ("Kristiina Lepp", "kristiina.lepp@mereveski.example.ee")
    sent = at(2026, 4, 30, 11, 10, TLL, "Thu")
    st = at(2026, 5, 8, 9, 30, TLL, "Fri")
    yield case(
        f,
        "reedel_8_mail",
        "et",
        s,
        "Intervjuu aeg",
        sent,
        "'reedel, 8. mail kell 9.30' (CLDR et 'mai' with the Estonian -l); the signature has "
        "a registry code, 'mnt 139c', a postcode and a phone; no zone.",
        slot(st, sent=sent),
        "Tere, Alex!\n\nOotame Sind intervjuule reedel, 8. mail kell 9.30 meie kontorisse.\n\n"
        "Lugupidamisega\nKristiina Lepp\nMereveski OÜ, registrikood 12345678\nPärnu mnt 139c, "
        "11317 Tallinn\ntel 6 123 456, +372 5123 4567",
    )
    s = ("Uxía Barreiro", "uxia.barreiro@ondaverde.example.gal")
    sent = at(2026, 5, 4, 12, 0, MAD, "Mon")
    st = at(2026, 5, 12, 10, 30, MAD, "Tue")
    yield case(
        f,
        "martes_12_de_maio",
        "gl",
        s,
        "Convocatoria de entrevista",
        sent,
        f"Galician 'o {day(st, 'EEEE', 'gl')} {day(st, 'd MMMM', 'gl')} ás 10:30'; signature "
        "'Rúa do Vilar 45, 2º B, 15705', a phone and a CIF; no zone.",
        slot(st, sent=sent),
        f"Bo día, Alex:\n\nConvocámoste a unha entrevista o {day(st, 'EEEE', 'gl')} "
        f"{day(st, 'd MMMM', 'gl')} ás 10:30 nas nosas oficinas.\n\nUnha aperta,\nUxía "
        "Barreiro\nOndaverde S.L. · CIF B15123456\nRúa do Vilar 45, 2º B, 15705 Santiago de "
        "Compostela\nTel. 981 123 456",
    )
    s = ("Ane Etxeberria", "ane@itsasargi.example.eus")
    sent = at(2026, 5, 11, 9, 40, MAD, "Mon")
    st = at(2026, 5, 20, 11, 0, MAD, "Wed")
    yield case(
        f,
        "maiatzaren_20an",
        "eu",
        s,
        "Elkarrizketa",
        sent,
        "Basque 'maiatzaren 20an, asteazkena, 11:00etan' (CLDR eu month genitive); street, "
        "floor, postcode and phone in the signature; no zone.",
        slot(st, sent=sent),
        "Kaixo Alex,\n\nElkarrizketa batera gonbidatu nahi zaitugu maiatzaren 20an, "
        "asteazkena, 11:00etan, gure bulegoan.\n\nOndo izan,\nAne Etxeberria\nItsasargi "
        "Koop. E.\nKale Nagusia 12, 3. solairua, 20003 Donostia\n943 123 456",
    )
    s = ("प्रिया देशपांडे", "priya.deshpande@sahyadri-soft.example.in")
    sent = at(2026, 6, 8, 11, 0, KOL, "Mon")
    st = at(2026, 6, 15, 11, 0, KOL, "Mon")
    yield case(
        f,
        "somvar_15_june_devanagari",
        "mr",
        s,
        "मुलाखतीचे निमंत्रण",
        sent,
        "Marathi in Devanagari digits: 'सोमवार, १५ जून रोजी सकाळी ११ वाजता'; the signature's "
        "street, PIN and phone numbers are in Devanagari and ASCII digits; no zone.",
        slot(st, sent=sent),
        f"नमस्कार अॅलेक्स,\n\nआपल्याला सोमवार, {native('15', DEVA0)} {day(st, 'MMMM', 'mr')} "
        f"रोजी सकाळी {native('11', DEVA0)} वाजता आमच्या कार्यालयात मुलाखतीसाठी बोलावत आहोत."
        "\n\nधन्यवाद,\nप्रिया देशपांडे\nसह्याद्री सॉफ्ट प्रा. लि.\nपत्ता: "
        f"{native('402', DEVA0)}, सिद्धी टॉवर्स, बाणेर रोड, पुणे {native('411045', DEVA0)}\n"
        "फोन: +91 98220 12345",
    )
    s = ("వెంకట రమణ", "venkata.ramana@godavari-tech.example.in")
    sent = at(2026, 6, 10, 15, 0, KOL, "Wed")
    st = at(2026, 6, 18, 10, 30, KOL, "Thu")
    yield case(
        f,
        "june_18_guruvaram",
        "te",
        s,
        "ఇంటర్వ్యూ ఆహ్వానం",
        sent,
        f"Telugu '{day(st, 'MMMM d', 'te')}, గురువారం ఉదయం 10:30 గంటలకు' (ఉదయం = morning); "
        "plot number, PIN and phone in the signature; no zone.",
        slot(st, sent=sent),
        f"నమస్కారం అలెక్స్,\n\nమీ ఇంటర్వ్యూ {day(st, 'MMMM d', 'te')}, గురువారం ఉదయం 10:30 "
        "గంటలకు మా కార్యాలయంలో జరుగుతుంది.\n\nధన్యవాదాలు,\nవెంకట రమణ\nగోదావరి టెక్ ప్రై. లి."
        "\nప్లాట్ నం. 23, హైటెక్ సిటీ, హైదరాబాద్ - 500081\nఫోన్: 040 2345 6789",
    )
    s = ("عائشہ ملک", "ayesha.malik@indus-systems.example.pk")
    sent = at(2026, 6, 9, 10, 0, KHI, "Tue")
    st = at(2026, 6, 16, 11, 0, KHI, "Tue")
    yield case(
        f,
        "mangal_16_june_subah_11",
        "ur",
        s,
        "انٹرویو کی دعوت",
        sent,
        f"Urdu 'بروز منگل {day(st, 'd MMMM y', 'ur')} کو صبح 11 بجے' (صبح = morning); the "
        "signature's plot, phase, postcode and phone numbers; no zone.",
        slot(st, sent=sent),
        "محترم ایلکس،\n\nآپ کو انٹرویو کے لیے بروز منگل "
        f"{day(st, 'd MMMM y', 'ur')} کو صبح 11 بجے ہمارے دفتر میں مدعو کیا جاتا ہے۔\n\n"
        "والسلام،\nعائشہ ملک\nانڈس سسٹمز\nپلاٹ 14-C، خیابانِ اتحاد، ڈی ایچ اے فیز 6، کراچی "
        "75500\nفون: 021 3512 3456",
    )
    s = ("তানজিলা রহমান", "tanzila@meghna-digital.example.bd")
    sent = at(2026, 6, 17, 12, 0, DAC, "Wed")
    st = at(2026, 6, 24, 10, 0, DAC, "Wed")
    yield case(
        f,
        "24_june_bengali_digits",
        "bn",
        s,
        "সাক্ষাৎকারের আমন্ত্রণ",
        sent,
        "Bengali digits: '২৪ জুন, বুধবার সকাল ১০টায়'; house, road, postcode and phone in "
        "Bengali and ASCII digits; no zone.",
        slot(st, sent=sent),
        f"প্রিয় অ্যালেক্স,\n\nআগামী {native('24', BN0)} {day(st, 'MMMM', 'bn')}, বুধবার সকাল "
        f"{native('10', BN0)}টায় আমাদের অফিসে আপনার সাক্ষাৎকার নেওয়া হবে।\n\nশুভেচ্ছান্তে,\n"
        f"তানজিলা রহমান\nমেঘনা ডিজিটাল লিমিটেড\nবাড়ি {native('45', BN0)}, রোড "
        f"{native('12', BN0)}, বনানী, ঢাকা {native('1213', BN0)}\nফোন: +880 1711 234567",
    )
    s = ("Joanna Reyes", "joanna.reyes@bayanihan-bpo.example.ph")
    sent = at(2026, 7, 1, 16, 0, MNL, "Wed")
    st = at(2026, 7, 9, 14, 0, MNL, "Thu")
    yield case(
        f,
        "july_9_2pm_makati",
        "en-PH",
        s,
        "Final Interview Schedule - Bayanihan BPO",
        sent,
        "'Thursday, July 9 at 2:00 PM' with unit, floor, tower, street number, postcode, "
        "mobile and office hours '8:00–17:00' in the signature; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nGood day! Your final interview is on Thursday, July 9 at 2:00 PM with our "
        "Operations Manager. Kindly bring 2 valid IDs.\n\nThank you,\nJoanna Reyes\nTalent "
        "Acquisition\nUnit 1203, 12F Tower 2, 6789 Ayala Ave, Makati 1226\n+63 917 123 4567 | "
        "Office hours 8:00–17:00, Mon–Fri",
    )


# --------------------------------------------------------------------------------------
def datelocal42() -> Iterator[Case]:
    f = "datelocal42"
    s = ("Mantas Vaitkus", "mantas@kodas-gintaras.example.lt")
    sent = at(2026, 5, 6, 16, 45, VNO, "Wed")
    st = at(2026, 5, 14, 10, 0, VNO, "Thu")
    yield case(
        f,
        "iso_2026_05_14",
        "lt",
        s,
        "Techninis pokalbis",
        sent,
        "ISO order '2026-05-14 10:00' (CLDR lt short date is y-MM-dd); no zone.",
        slot(st, st + 90 * M, sent=sent),
        "Labas, Alex,\n\ntechninis pokalbis – 2026-05-14 10:00–11:30, Teams. Nuorodą atsiųsiu "
        "dieną prieš.\n\nMantas",
    )
    s = ("Réka Tóth", "reka.toth@hidverk.example.hu")
    sent = at(2026, 5, 7, 9, 0, BUD, "Thu")
    st = at(2026, 5, 14, 14, 0, BUD, "Thu")
    yield case(
        f,
        "majus_14_en_14_orakor",
        "hu",
        s,
        "Interjú időpont",
        sent,
        "Hungarian 'május 14-én (csütörtökön) 14 órakor' (month name, day with the -én "
        "suffix); no zone.",
        slot(st, sent=sent),
        "Kedves Alex!\n\nÖrömmel értesítjük, hogy az interjú időpontja május 14-én "
        "(csütörtökön) 14 órakor lesz, a Váci út 47/B. alatti irodánkban.\n\nÜdvözlettel:\n"
        "Tóth Réka\nHR-generalista",
    )
    s = ("Edgars Ozols", "edgars@dzintarsoft.example.lv")
    sent = at(2026, 5, 8, 12, 30, RIX, "Fri")
    st = at(2026, 5, 14, 15, 0, RIX, "Thu")
    yield case(
        f,
        "dd_mm_14_05",
        "lv",
        s,
        "Tikšanās",
        sent,
        "Short Latvian 'ceturtdien, 14.05. plkst. 15.00' (dd.mm. with the trailing dot); no zone.",
        slot(st, sent=sent),
        "Sveiks, Alex!\n\nVai der ceturtdien, 14.05. plkst. 15.00? Ja neatbildēsi, uzskatīšu, "
        "ka der, un gaidīšu Tevi birojā.\n\nEdgars",
    )
    s = ("Maricel Dizon", "maricel@kalikasan-solar.example.ph")
    sent = at(2026, 5, 5, 10, 0, MNL, "Tue")
    st = at(2026, 5, 14, 15, 0, MNL, "Thu")
    yield case(
        f,
        "mayo_14_2026",
        "fil",
        s,
        "Imbitasyon sa panayam",
        sent,
        f"Filipino month first (CLDR fil medium date '{day(st, 'MMMM d, y', 'fil')}'), "
        "'3:00 ng hapon'; no zone.",
        slot(st, sent=sent),
        "Magandang araw, Alex!\n\nIniimbitahan ka namin sa isang panayam sa "
        f"{day(st, 'MMMM d, y', 'fil')} ({day(st, 'EEEE', 'fil')}), 3:00 ng hapon, sa aming "
        "opisina sa Pasig.\n\nLubos na gumagalang,\nMaricel Dizon",
    )
    s = ("Rohan Mehta", "rohan.mehta@tarangini.example.in")
    sent = at(2026, 5, 8, 18, 0, KOL, "Fri")
    st = at(2026, 5, 14, 11, 30, KOL, "Thu")
    yield case(
        f,
        "14th_may_ist",
        "en-IN",
        s,
        "Interview Call Letter - Tarangini Textiles",
        sent,
        "Ordinal suffix '14th May (Thursday) at 11:30 AM IST' from an Indian sender: IST "
        "pins Asia/Kolkata; the reference 'TT/HR/2026/0514' in the subject line of the body.",
        slot(st, zone=KOL),
        "Dear Alex,\n\nRef: TT/HR/2026/0514\n\nWith reference to your application, you are "
        "requested to attend a personal interview on 14th May (Thursday) at 11:30 AM IST at "
        "our Surat office. Kindly carry a copy of your resume and a photo ID.\n\nRegards,\n"
        "Rohan Mehta\nHR Executive\n+91 261 234 5678",
    )
    s = ("Nguyễn Thu Hà", "ha.nguyen@songhong-media.example.vn")
    sent = at(2026, 5, 7, 8, 30, HCM, "Thu")
    st = at(2026, 5, 14, 14, 30, HCM, "Thu")
    yield case(
        f,
        "ngay_14_5_14h30",
        "vi",
        s,
        "Thư mời phỏng vấn",
        sent,
        "Vietnamese d/m 'vào lúc 14h30 thứ Năm, ngày 14/5' (the hour before the date); no zone.",
        slot(st, sent=sent),
        "Chào bạn Alex,\n\nCông ty Sông Hồng Media trân trọng mời bạn tham dự buổi phỏng vấn "
        "vào lúc 14h30 thứ Năm, ngày 14/5, tại tầng 6, số 12 Láng Hạ, Hà Nội.\n\nTrân trọng,\n"
        "Nguyễn Thu Hà\nPhòng Nhân sự",
    )
    s = ("Andrei Popescu", "andrei.popescu@carpatica-it.example.ro")
    sent = at(2026, 5, 8, 10, 0, BUC, "Fri")
    st = at(2026, 5, 14, 11, 0, BUC, "Thu")
    yield case(
        f,
        "joi_14_05_2026_ora_11",
        "ro",
        s,
        "Invitație la interviu",
        sent,
        "Romanian 'joi, 14.05.2026, ora 11:00'; no zone.",
        slot(st, sent=sent),
        "Bună ziua, Alex,\n\nVă invităm la un interviu joi, 14.05.2026, ora 11:00, la sediul "
        "nostru din Cluj-Napoca, str. Memorandumului nr. 28.\n\nCu stimă,\nAndrei Popescu",
    )
    s = ("Κατερίνα Παπαδοπούλου", "k.papadopoulou@aigaio-tech.example.gr")
    sent = at(2026, 5, 8, 13, 0, ATH, "Fri")
    st = at(2026, 5, 14, 12, 0, ATH, "Thu")
    yield case(
        f,
        "pempti_14_5",
        "el",
        s,
        "Συνέντευξη",
        sent,
        "Greek d/m 'την Πέμπτη 14/5 στις 12:00'; no zone.",
        slot(st, sent=sent),
        "Καλησπέρα Alex,\n\nσε περιμένουμε την Πέμπτη 14/5 στις 12:00 στα γραφεία μας "
        "(Λεωφ. Κηφισίας 124, 4ος όροφος).\n\nΚατερίνα",
    )
    s = ("Laia Soler", "laia.soler@rierasoft.example.cat")
    sent = at(2026, 5, 8, 9, 30, MAD, "Fri")
    st = at(2026, 5, 14, 16, 30, MAD, "Thu")
    yield case(
        f,
        "dijous_14_5_16_30",
        "ca",
        s,
        "Entrevista a Rierasoft",
        sent,
        "Catalan d-m with a hyphen and a dotted hour: 'dijous 14-5 a les 16.30'; no zone.",
        slot(st, sent=sent),
        "Hola Alex,\n\net confirmo l'entrevista per dijous 14-5 a les 16.30 a l'oficina del "
        "carrer Pallars 193, 3r 2a.\n\nFins aviat,\nLaia",
    )
    s = ("Baraka Otieno", "baraka.otieno@mvuvi-agri.example.co.ke")
    sent = at(2026, 5, 7, 11, 0, NBO, "Thu")
    st = at(2026, 5, 14, 10, 0, NBO, "Thu")
    yield case(
        f,
        "tarehe_14_05_saa_nne",
        "sw",
        s,
        "Mwaliko wa usaili",
        sent,
        "Swahili 'tarehe 14/05/2026 saa nne asubuhi (10:00)': the dawn-counted hour and the "
        "clock in brackets agree; no zone.",
        slot(st, sent=sent),
        "Habari Alex,\n\nTunakualika kwa usaili tarehe 14/05/2026 saa nne asubuhi (10:00) "
        "katika ofisi zetu za Westlands, Nairobi.\n\nWako,\nBaraka Otieno\nAfisa Rasilimali "
        "Watu",
    )
    s = ("Chinedu Okafor", "chinedu.okafor@palmgrove-fintech.example.ng")
    sent = at(2026, 5, 8, 15, 0, LOS, "Fri")
    st = at(2026, 5, 14, 10, 0, LOS, "Thu")
    yield case(
        f,
        "14th_of_may_10am_prompt",
        "en-NG",
        s,
        "Invitation for Interview",
        sent,
        "Nigerian English 'Thursday, 14th of May, 2026 by 10am prompt'; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nFollowing your application, you have been shortlisted for an "
        "interview holding on Thursday, 14th of May, 2026 by 10am prompt at our office, 23 "
        "Adeola Odeku Street, Victoria Island, Lagos.\n\nKindly confirm your availability.\n\n"
        "Regards,\nChinedu Okafor",
    )

    s = ("Đặng Thị Hồng", "hong.dang@phuongnam-logistics.example.vn")
    sent = at(2026, 5, 8, 16, 0, HCM, "Fri")
    st = at(2026, 5, 14, 9, 0, HCM, "Thu")
    yield case(
        f,
        "vao_luc_9_gio_ngay_14_thang_5",
        "vi",
        s,
        "Thư mời phỏng vấn – Phương Nam Logistics",
        sent,
        "Vietnamese letter order 'vào lúc 9 giờ ngày 14 tháng 5 năm 2026' (the hour before the "
        "counted month, as official letters write it); no zone.",
        slot(st, sent=sent),
        "Kính gửi anh Alex,\n\nCông ty TNHH Phương Nam Logistics trân trọng mời anh tham dự "
        "buổi phỏng vấn vào lúc 9 giờ ngày 14 tháng 5 năm 2026 tại trụ sở công ty, số 45 "
        "Nguyễn Tất Thành, Quận 4, TP. Hồ Chí Minh.\n\nTrân trọng,\nĐặng Thị Hồng\nPhòng "
        "Hành chính – Nhân sự\nĐT: 028 3940 1234",
    )
    s = ("নুসরাত জাহান", "nusrat@buriganga-tech.example.bd")
    sent = at(2026, 5, 7, 12, 0, DAC, "Thu")
    st = at(2026, 5, 14, 11, 0, DAC, "Thu")
    yield case(
        f,
        "14_may_two_letter_month",
        "bn",
        s,
        "সাক্ষাৎকারের সময়সূচি",
        sent,
        f"Bengali '{native('14', BN0)} {day(st, 'MMMM', 'bn')}' (CLDR bn May is two letters, মে) "
        "in Bengali digits, 'সকাল ১১টায়'; no zone.",
        slot(st, sent=sent),
        f"প্রিয় অ্যালেক্স,\n\nআপনার সাক্ষাৎকার {native('14', BN0)} {day(st, 'MMMM', 'bn')}, "
        f"সকাল {native('11', BN0)}টায় আমাদের মতিঝিল অফিসে হবে।\n\nধন্যবাদান্তে,\nনুসরাত জাহান",
    )
    s = ("பிரியா வெங்கடேஷ்", "priya.v@cauvery-soft.example.in")
    sent = at(2026, 5, 7, 15, 0, KOL, "Thu")
    st = at(2026, 5, 14, 15, 0, KOL, "Thu")
    yield case(
        f,
        "14_may_tamil",
        "ta",
        s,
        "நேர்காணல் தேதி",
        sent,
        f"Tamil '14 {day(st, 'MMMM', 'ta')}' (CLDR ta May, two letters) with 'மதியம் 3 மணிக்கு'; "
        "no zone.",
        slot(st, sent=sent),
        f"அன்புள்ள அலெக்ஸ்,\n\nஉங்கள் நேர்காணல் 14 {day(st, 'MMMM', 'ta')} அன்று மதியம் 3 "
        "மணிக்கு எங்கள் மதுரை அலுவலகத்தில் நடைபெறும்.\n\nபிரியா",
    )
    s = ("Norazlina Ismail", "norazlina@semenanjung-energy.example.my")
    sent = at(2026, 5, 7, 10, 0, KUL, "Thu")
    st = at(2026, 5, 14, 10, 0, KUL, "Thu")
    yield case(
        f,
        "14hb_mei_2026",
        "ms",
        s,
        "Panggilan Temu Duga",
        sent,
        "Malay letter date '14hb Mei 2026 (Khamis)' ('hb' = haribulan), 'jam 10.00 pagi'; no zone.",
        slot(st, sent=sent),
        "Tuan/Puan,\n\nPANGGILAN TEMU DUGA JAWATAN EKSEKUTIF KEWANGAN\n\nDengan hormatnya "
        "dimaklumkan bahawa tuan dipanggil untuk hadir ke temu duga pada 14hb Mei 2026 "
        "(Khamis), jam 10.00 pagi, di Aras 8, Menara Semenanjung, Jalan Tun Razak, 50400 Kuala "
        "Lumpur.\n\nSekian, terima kasih.\n\nNorazlina Ismail\nBahagian Sumber Manusia\n"
        "Tel: 03-2161 8800",
    )

    s = ("عمران شاہ", "imran.shah@potohar-cables.example.pk")
    sent = at(2026, 6, 24, 10, 0, KHI, "Wed")
    st = at(2026, 7, 1, 11, 30, KHI, "Wed")
    yield case(
        f,
        "yakum_july",
        "ur",
        s,
        "انٹرویو کال لیٹر",
        sent,
        "Urdu 'بروز بدھ یکم جولائی 2026 صبح 11:30 بجے' (یکم, the first, in a word; the other "
        "days in digits); no zone.",
        slot(st, sent=sent),
        "محترم ایلکس صاحب،\n\nآپ کو اسسٹنٹ منیجر (فنانس) کے عہدے کے لیے انٹرویو کے لیے بروز بدھ "
        "یکم جولائی 2026 صبح 11:30 بجے ہمارے راولپنڈی دفتر میں طلب کیا جاتا ہے۔ اصل اسناد ساتھ "
        "لائیں۔\n\nعمران شاہ\nشعبہ انسانی وسائل\nفون: 051 5123 456",
    )


# --------------------------------------------------------------------------------------
def dayparts42() -> Iterator[Case]:
    f = "dayparts42"
    s = ("மீனா ராஜேந்திரன்", "meena@kaveri-analytics.example.in")
    sent = at(2026, 6, 1, 10, 0, KOL, "Mon")
    st = at(2026, 6, 4, 16, 30, KOL, "Thu")
    yield case(
        f,
        "maalai_4_30",
        "ta",
        s,
        "நேர்காணல் அழைப்பு",
        sent,
        f"Tamil '{day(st, 'MMMM d', 'ta')}, வியாழக்கிழமை மாலை 4.30 மணிக்கு' (மாலை, CLDR ta "
        "evening1: 16:30); no zone.",
        slot(st, sent=sent),
        f"அன்புள்ள அலெக்ஸ்,\n\nஉங்கள் நேர்காணல் {day(st, 'MMMM d', 'ta')}, வியாழக்கிழமை மாலை 4.30 "
        "மணிக்கு எங்கள் கோயம்புத்தூர் அலுவலகத்தில் நடைபெறும்.\n\nநன்றி,\nமீனா ராஜேந்திரன்",
    )
    s = ("శ్రీనివాస్ రెడ్డి", "srinivas@krishna-infra.example.in")
    sent = at(2026, 6, 2, 11, 0, KOL, "Tue")
    st = at(2026, 6, 5, 14, 0, KOL, "Fri")
    yield case(
        f,
        "madhyahnam_2",
        "te",
        s,
        "ఇంటర్వ్యూ",
        sent,
        "Telugu 'శుక్రవారం మధ్యాహ్నం 2 గంటలకు' (మధ్యాహ్నం = afternoon, CLDR te afternoon1: "
        "14:00); no zone.",
        slot(st, sent=sent),
        "హాయ్ అలెక్స్,\n\nఈ శుక్రవారం మధ్యాహ్నం 2 గంటలకు ఫోన్ ఇంటర్వ్యూ ఉంటుంది. మా మేనేజర్ మీకు కాల్ చేస్తారు.\n\nశ్రీనివాస్",
    )
    s = ("রাকিব হাসান", "rakib@padma-soft.example.bd")
    sent = at(2026, 6, 7, 12, 0, DAC, "Sun")
    st = at(2026, 6, 9, 15, 0, DAC, "Tue")
    yield case(
        f,
        "bikel_3ta",
        "bn",
        s,
        "সাক্ষাৎকার",
        sent,
        "Bengali 'মঙ্গলবার বিকেল ৩টায়' in Bengali digits (বিকেল = afternoon: 15:00); no zone.",
        slot(st, sent=sent),
        f"হ্যালো অ্যালেক্স,\n\nমঙ্গলবার বিকেল {native('3', BN0)}টায় অফিসে চলে আসুন, "
        "সাক্ষাৎকার ঘণ্টাখানেক চলবে।\n\nরাকিব",
    )
    s = ("अमित कुलकर्णी", "amit.kulkarni@godavari-foods.example.in")
    sent = at(2026, 6, 8, 9, 0, KOL, "Mon")
    st = at(2026, 6, 10, 12, 30, KOL, "Wed")
    yield case(
        f,
        "dupari_12_30",
        "mr",
        s,
        "मुलाखत",
        sent,
        "Marathi 'बुधवारी दुपारी 12.30 वाजता' (दुपारी = at midday/afternoon: 12:30); no zone.",
        slot(st, sent=sent),
        "नमस्कार अॅलेक्स,\n\nबुधवारी दुपारी 12.30 वाजता नाशिक कार्यालयात मुलाखत ठरली आहे. "
        "कृपया वेळेवर या.\n\nअमित कुलकर्णी",
    )
    s = ("بلال احمد", "bilal.ahmed@ravi-textiles.example.pk")
    sent = at(2026, 6, 8, 14, 0, KHI, "Mon")
    st = at(2026, 6, 11, 17, 0, KHI, "Thu")
    yield case(
        f,
        "jumerat_shaam_5",
        "ur",
        s,
        "انٹرویو",
        sent,
        "Urdu 'جمعرات شام 5 بجے' (شام = evening: 17:00); no zone.",
        slot(st, sent=sent),
        "السلام علیکم ایلکس،\n\nجمعرات شام 5 بجے لاہور آفس میں آپ کا انٹرویو ہے۔ براہ کرم "
        "اپنا شناختی کارڈ ساتھ لائیں۔\n\nبلال احمد",
    )
    s = ("Nurul Aina", "aina@bukitrimba.example.my")
    sent = at(2026, 6, 9, 9, 0, KUL, "Tue")
    st = at(2026, 6, 12, 14, 30, KUL, "Fri")
    yield case(
        f,
        "jumaat_2_30_petang",
        "ms",
        s,
        "Jemputan temu duga",
        sent,
        f"Malay '{day(st, 'EEEE', 'ms')}, {day(st, 'd MMMM', 'ms')}, jam 2.30 petang' (petang, "
        "CLDR ms evening1: 14:30); no zone.",
        slot(st, sent=sent),
        "Salam sejahtera Alex,\n\nAnda dijemput ke temu duga pada "
        f"{day(st, 'EEEE', 'ms')}, {day(st, 'd MMMM', 'ms')}, jam 2.30 petang di pejabat "
        "kami di Shah Alam.\n\nSekian, terima kasih.\nNurul Aina",
    )
    s = ("Ayu Lestari", "ayu@sawahdigital.example.id")
    sent = at(2026, 6, 9, 10, 0, JKT, "Tue")
    st = at(2026, 6, 11, 13, 0, JKT, "Thu")
    yield case(
        f,
        "jam_1_siang",
        "id",
        s,
        "Undangan interview",
        sent,
        "Indonesian 'Kamis pukul 13.00 (jam 1 siang)': the 24-hour clock and the siang "
        "(CLDR id afternoon1) form agree; no zone.",
        slot(st, sent=sent),
        "Halo Alex,\n\nKami mengundang Anda interview hari Kamis pukul 13.00 (jam 1 siang) "
        "di kantor kami, Jl. Braga No. 21, Bandung.\n\nTerima kasih,\nAyu",
    )
    s = ("Jerome Bautista", "jerome@lakbay-travel.example.ph")
    sent = at(2026, 6, 10, 9, 0, MNL, "Wed")
    st = at(2026, 6, 12, 15, 0, MNL, "Fri")
    yield case(
        f,
        "alas_3_ng_hapon",
        "fil",
        s,
        "Panayam sa Biyernes",
        sent,
        "Filipino 'sa Biyernes, alas-3 ng hapon' (Spanish-derived 'alas', CLDR fil 'ng "
        "hapon': 15:00); no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nPuwede ka bang pumunta sa Biyernes, alas-3 ng hapon? Nasa 5th floor kami "
        "ng Lakbay Bldg., 88 Timog Ave. Dalhin mo lang ang resume mo.\n\nJerome",
    )
    s = ("Phạm Quốc Bảo", "bao.pham@mekong-agri.example.vn")
    sent = at(2026, 6, 10, 14, 0, HCM, "Wed")
    st = at(2026, 6, 12, 15, 0, HCM, "Fri")
    yield case(
        f,
        "3_gio_chieu",
        "vi",
        s,
        "Lịch phỏng vấn",
        sent,
        "Vietnamese 'lúc 3 giờ chiều thứ Sáu' (chiều, CLDR vi afternoon1: 15:00); no zone.",
        slot(st, sent=sent),
        "Chào Alex,\n\nAnh hẹn em lúc 3 giờ chiều thứ Sáu tuần này tại văn phòng Cần Thơ nhé. "
        "Buổi phỏng vấn khoảng 1 tiếng.\n\nBảo",
    )
    s = ("Iria Otero", "iria.otero@mareira.example.gal")
    sent = at(2026, 6, 11, 10, 0, MAD, "Thu")
    st = at(2026, 6, 16, 16, 0, MAD, "Tue")
    yield case(
        f,
        "as_catro_da_tarde",
        "gl",
        s,
        "Entrevista",
        sent,
        "Galician 'o martes ás catro da tarde' (the hour as a word, CLDR gl 'da tarde': "
        "16:00); no zone.",
        slot(st, sent=sent),
        "Ola Alex,\n\npodes vir o martes ás catro da tarde? Estamos na Rúa Real 18, na "
        "Coruña.\n\nIria",
    )
    s = ("Νίκος Αντωνίου", "n.antoniou@olympos-logistics.example.gr")
    sent = at(2026, 6, 11, 12, 0, ATH, "Thu")
    st = at(2026, 6, 15, 18, 0, ATH, "Mon")
    yield case(
        f,
        "6_to_apogevma",
        "el",
        s,
        "Συνάντηση",
        sent,
        "Greek 'τη Δευτέρα στις 6 το απόγευμα' (το απόγευμα: 18:00); no zone.",
        slot(st, sent=sent),
        "Γεια σου Alex,\n\nσε βολεύει τη Δευτέρα στις 6 το απόγευμα στο γραφείο μας στον "
        "Πειραιά; Αν δεν μου γράψεις, θεωρώ ότι ισχύει.\n\nΝίκος",
    )
    s = ("Rehema Atieno", "rehema@ziwa-fresh.example.co.ke")
    sent = at(2026, 6, 12, 9, 0, NBO, "Fri")
    st = at(2026, 6, 16, 14, 0, NBO, "Tue")
    yield case(
        f,
        "saa_nane_mchana",
        "sw",
        s,
        "Usaili Jumanne",
        sent,
        "Swahili 'Jumanne saa nane mchana' (Swahili time: saa nane = 14:00); no zone.",
        slot(st, sent=sent),
        "Habari Alex,\n\nUsaili wako utafanyika Jumanne saa nane mchana katika ofisi yetu ya "
        "Kisumu, Oginga Odinga Street.\n\nAsante,\nRehema",
    )

    s = ("Zane Liepa", "zane.liepa@jurmalas-gramatas.example.lv")
    sent = at(2026, 6, 15, 11, 0, RIX, "Mon")
    st = at(2026, 6, 17, 18, 0, RIX, "Wed")
    yield case(
        f,
        "tresdien_plkst_6_vakara",
        "lv",
        s,
        "Darba intervija – grāmatnīca",
        sent,
        "Latvian 'trešdien plkst. 6 vakarā' (the adverbial weekday, the hour with 'plkst.' and "
        "CLDR lv evening1 'vakarā': 18:00) after the shop closes; no zone.",
        slot(st, sent=sent),
        "Labdien, Alex!\n\nPaldies par pieteikumu pārdevēja amatam. Aicinām uz darba interviju "
        "trešdien plkst. 6 vakarā, kad veikals jau būs slēgts (darba laiks 10–18). Ieeja no "
        "pagalma, Jomas ielā 41.\n\nAr cieņu\nZane Liepa\nTālr. 26 123 987",
    )
    s = ("Raimonds Krūze", "raimonds@vidzemes-koks.example.lv")
    sent = at(2026, 6, 16, 14, 0, RIX, "Tue")
    st = at(2026, 6, 19, 9, 0, RIX, "Fri")
    yield case(
        f,
        "piektdien_pulksten_9_no_rita",
        "lv",
        s,
        "Re: Intervija",
        sent,
        "Latvian 'piektdien pulksten 9 no rīta' (pulksten in full, CLDR lv morning1 'no "
        "rīta'); no zone.",
        slot(st, sent=sent),
        "Sveiks, Alex!\n\nTad tiekamies piektdien pulksten 9 no rīta ražotnē Cēsīs. Zvani, ja "
        "kavējies.\n\nRaimonds",
        reply=True,
    )


# --------------------------------------------------------------------------------------
def zonelocal42() -> Iterator[Case]:
    f = "zonelocal42"
    s = ("Sneha Iyer", "sneha.iyer@vistara-health.example.in")
    sent = at(2026, 9, 1, 10, 0, KOL, "Tue")
    st = at(2026, 9, 3, 15, 30, KOL, "Thu")
    yield case(
        f,
        "330_pm_ist",
        "en-IN",
        s,
        "Technical round - Thursday",
        sent,
        "'Thursday, 3rd Sept, 3:30 PM IST' from Bengaluru: IST pins Asia/Kolkata.",
        slot(st, st + H, zone=KOL),
        "Hi Alex,\n\nYour technical round is scheduled for Thursday, 3rd Sept, 3:30 PM to "
        "4:30 PM IST on Teams.\n\nRegards,\nSneha Iyer | Talent Acquisition | +91 80 4123 "
        "4567",
    )
    s = ("Hamza Qureshi", "hamza@sindh-fintech.example.pk")
    sent = at(2026, 9, 2, 11, 0, KHI, "Wed")
    st = at(2026, 9, 7, 11, 0, KHI, "Mon")
    yield case(
        f,
        "11_am_pkt",
        "en-PK",
        s,
        "Interview invite",
        sent,
        "'Monday 7 Sep at 11 am PKT': PKT is Pakistan's one zone, Asia/Karachi.",
        slot(st, zone=KHI),
        "Dear Alex,\n\nWe'd like to invite you to a video interview on Monday 7 Sep at 11 am "
        "PKT. Link to follow.\n\nHamza Qureshi\nSindh Fintech (Pvt) Ltd, Shahrah-e-Faisal, "
        "Karachi 75350",
    )
    s = ("মাহমুদা খাতুন", "mahmuda@jamuna-garments.example.bd")
    sent = at(2026, 9, 6, 10, 0, DAC, "Sun")
    st = at(2026, 9, 8, 16, 0, DAC, "Tue")
    yield case(
        f,
        "bangladesh_somoy",
        "bn",
        s,
        "ভিডিও সাক্ষাৎকার",
        sent,
        "Bengali 'বাংলাদেশ সময় বিকেল ৪টায়' (Bangladesh time): Asia/Dhaka.",
        slot(st, zone=DAC),
        f"প্রিয় অ্যালেক্স,\n\nমঙ্গলবার, {native('8', BN0)} {day(st, 'MMMM', 'bn')}, বাংলাদেশ "
        f"সময় বিকেল {native('4', BN0)}টায় জুমে আপনার সাক্ষাৎকার হবে।\n\nমাহমুদা",
    )
    s = ("Andi Saputra", "andi@lautbiru.example.id")
    sent = at(2026, 9, 7, 9, 0, MKS, "Mon")
    st = at(2026, 9, 9, 10, 0, MKS, "Wed")
    yield case(
        f,
        "pukul_10_wita",
        "id",
        s,
        "Jadwal wawancara",
        sent,
        "'Rabu, 9 September 2026 pukul 10.00 WITA' from Makassar: WITA pins Asia/Makassar.",
        slot(st, zone=MKS),
        "Selamat pagi Alex,\n\nWawancara Anda dijadwalkan pada Rabu, 9 September 2026 pukul "
        "10.00 WITA secara daring.\n\nHormat kami,\nAndi Saputra\nPT Laut Biru, Makassar",
    )
    s = ("Lim Wei Ling", "weiling@tanjungbytes.example.my")
    sent = at(2026, 9, 7, 15, 0, KUL, "Mon")
    st = at(2026, 9, 10, 10, 0, KUL, "Thu")
    yield case(
        f,
        "10_pagi_waktu_malaysia",
        "ms",
        s,
        "Temu duga dalam talian",
        sent,
        "Malay 'Khamis, 10 pagi waktu Malaysia': Asia/Kuala_Lumpur.",
        slot(st, zone=KUL),
        "Hai Alex,\n\nTemu duga dalam talian ditetapkan pada Khamis, 10 pagi waktu Malaysia. "
        "Pautan Google Meet akan dihantar nanti.\n\nWei Ling",
    )
    s = ("Paolo Villanueva", "paolo@islacloud.example.ph")
    sent = at(2026, 9, 8, 13, 0, MNL, "Tue")
    st = at(2026, 9, 10, 9, 0, MNL, "Thu")
    yield case(
        f,
        "9am_manila_time",
        "en-PH",
        s,
        "Quick call Thursday",
        sent,
        "'Thursday 9am Manila time' pins Asia/Manila.",
        slot(st, zone=MNL),
        "Hey Alex, let's do Thursday 9am Manila time, 30 mins. I'll call you on Viber "
        "+63 917 555 0142.\n\nPaolo",
    )
    s = ("Wanjiru Kamau", "wanjiru@savannahpay.example.co.ke")
    sent = at(2026, 9, 9, 10, 0, NBO, "Wed")
    st = at(2026, 9, 14, 10, 0, NBO, "Mon")
    yield case(
        f,
        "10_eat_nairobi_time",
        "en-KE",
        s,
        "Interview - SavannahPay",
        sent,
        "'Monday 14th September, 10:00 EAT (Nairobi time)': the city names the zone.",
        slot(st, zone=NBO),
        "Hi Alex,\n\nThank you for your interest. Your first interview is on Monday 14th "
        "September, 10:00 EAT (Nairobi time), over Google Meet.\n\nKind regards,\nWanjiru "
        "Kamau\nP.O. Box 12345-00100, Nairobi | 0722 123 456",
    )
    s = ("Guðrún Sigurðardóttir", "gudrun@hraunvellir.example.is")
    sent = at(2026, 9, 10, 9, 0, REK, "Thu")
    st = at(2026, 9, 15, 14, 0, REK, "Tue")
    yield case(
        f,
        "ad_islenskum_tima",
        "is",
        s,
        "Fjarviðtal",
        sent,
        f"Icelandic 'þriðjudaginn {day(st, 'd. MMMM', 'is')} kl. 14:00 að íslenskum tíma': "
        "Atlantic/Reykjavik.",
        slot(st, zone=REK),
        "Sæl/l Alex,\n\nFjarviðtalið verður þriðjudaginn "
        f"{day(st, 'd. MMMM', 'is')} kl. 14:00 að íslenskum tíma á Teams.\n\nKveðja,\nGuðrún",
    )
    s = ("Emre Kılıç", "emre@egeyazilim.example.com.tr")
    sent = at(2026, 9, 10, 16, 0, IST, "Thu")
    st = at(2026, 9, 16, 11, 0, IST, "Wed")
    yield case(
        f,
        "saat_11_tsi",
        "tr",
        s,
        "Mülakat daveti",
        sent,
        f"Turkish '{day(st, 'd MMMM y EEEE', 'tr')} saat 11.00'de (TSİ)': Europe/Istanbul.",
        slot(st, zone=IST),
        f"Merhaba Alex,\n\nSizi {day(st, 'd MMMM y EEEE', 'tr')} saat 11.00'de (TSİ) "
        "çevrim içi mülakata davet ediyoruz.\n\nSaygılarımla,\nEmre Kılıç",
    )
    s = ("Ioana Dumitrescu", "ioana@dunarea-labs.example.ro")
    sent = at(2026, 9, 11, 10, 0, BUC, "Fri")
    st = at(2026, 9, 17, 15, 0, BUC, "Thu")
    yield case(
        f,
        "your_time_here_in_bucharest",
        "en",
        s,
        "Next step",
        sent,
        "'Thursday 17th, 2pm your time (that's 3pm here in Bucharest)': the city's hour is "
        "the instant; Europe/Bucharest.",
        slot(st, zone=BUC),
        "Hi Alex,\n\nCould we lock in Thursday 17th, 2pm your time (that's 3pm here in "
        "Bucharest)? I'll send a Zoom link.\n\nIoana",
    )
    s = ("Γιώργος Μαυρίδης", "g.mavridis@thessaly-foods.example.gr")
    sent = at(2026, 9, 11, 12, 0, ATH, "Fri")
    st = at(2026, 9, 18, 10, 0, ATH, "Fri")
    yield case(
        f,
        "ora_ellados",
        "el",
        s,
        "Διαδικτυακή συνέντευξη",
        sent,
        "Greek 'Παρασκευή 18 Σεπτεμβρίου, 10:00 ώρα Ελλάδος': Europe/Athens.",
        slot(st, zone=ATH),
        "Αγαπητέ Alex,\n\nη συνέντευξη θα γίνει την Παρασκευή 18 Σεπτεμβρίου, 10:00 ώρα "
        "Ελλάδος, μέσω Zoom.\n\nΜε εκτίμηση,\nΓιώργος Μαυρίδης",
    )


# --------------------------------------------------------------------------------------
def venuehours42() -> Iterator[Case]:
    f = "venuehours42"
    s = ("Sigrún Magnúsdóttir", "sigrun@lavatec.example.is")
    sent = at(2026, 2, 23, 10, 0, REK, "Mon")
    st = at(2026, 3, 3, 10, 0, REK, "Tue")
    yield case(
        f,
        "mottaka_opin_8_16",
        "is",
        s,
        "Viðtal hjá Lavatec",
        sent,
        "'þriðjudaginn 3. mars kl. 10:00' with the reception's hours 'opin 8–16'; no zone.",
        slot(st, sent=sent),
        f"Sæl/l Alex,\n\nVið hlökkum til að hitta þig þriðjudaginn {day(st, 'd. MMMM', 'is')} "
        "kl. 10:00. Móttakan á 2. hæð er opin 8–16 alla virka daga; gott er að mæta 10 "
        "mínútum fyrr.\n\nKveðja,\nSigrún",
    )
    s = ("Piret Saar", "piret.saar@kivisild.example.ee")
    sent = at(2026, 3, 2, 12, 0, TLL, "Mon")
    st = at(2026, 3, 11, 13, 0, TLL, "Wed")
    yield case(
        f,
        "buroo_avatud_e_r",
        "et",
        s,
        "Intervjuu Tartus",
        sent,
        "'kolmapäeval, 11. märtsil kell 13.00' with office hours 'E–R 9–17' and a bus time; "
        "no zone.",
        slot(st, sent=sent),
        "Tere, Alex!\n\nIntervjuu toimub kolmapäeval, 11. märtsil kell 13.00 meie Tartu "
        "kontoris. Büroo on avatud E–R 9–17. Kesklinnast sõidab buss nr 7, mis väljub "
        "12.35 ja on kohal 12.50.\n\nPiret",
    )
    s = ("Justina Kazlauskienė", "justina@nemuno-baldai.example.lt")
    sent = at(2026, 3, 9, 9, 0, VNO, "Mon")
    st = at(2026, 3, 18, 10, 0, VNO, "Wed")
    yield case(
        f,
        "darbo_laikas",
        "lt",
        s,
        "Pokalbis gamykloje",
        sent,
        "'kovo 18 d. 10 val.' with the factory's 'Darbo laikas I–V 8:00–17:00'; no zone.",
        slot(st, sent=sent),
        "Sveiki, Alex,\n\nlaukiame Jūsų kovo 18 d. 10 val. mūsų gamykloje Kaune. Darbo laikas "
        "I–V 8:00–17:00, prie vartų paskambinkite tel. 8 37 123 456.\n\nJustina",
    )
    s = ("Antía Castro", "antia@castromar.example.gal")
    sent = at(2026, 3, 10, 11, 0, MAD, "Tue")
    st = at(2026, 3, 19, 12, 0, MAD, "Thu")
    yield case(
        f,
        "horario_de_recepcion",
        "gl",
        s,
        "Entrevista en Vigo",
        sent,
        "'xoves 19 de marzo ás 12:00' with 'Horario de recepción: de 9:00 a 14:00'; no zone.",
        slot(st, sent=sent),
        f"Ola Alex:\n\nAgardámoste o {day(st, 'EEEE d MMMM', 'gl')} ás 12:00 na nosa sede de "
        "Vigo. Horario de recepción: de 9:00 a 14:00.\n\nSaúdos,\nAntía",
    )
    s = ("Mikel Agirre", "mikel@burdinola.example.eus")
    sent = at(2026, 3, 16, 10, 0, MAD, "Mon")
    st = at(2026, 3, 26, 10, 30, MAD, "Thu")
    yield case(
        f,
        "trena_8_15",
        "eu",
        s,
        "Elkarrizketa Gasteizen",
        sent,
        "Basque 'martxoaren 26an, ostegunean, 10:30ean' with a train note 'Bilbotik 8:15ean "
        "ateratzen den trena'; no zone.",
        slot(st, sent=sent),
        "Kaixo Alex,\n\nElkarrizketa martxoaren 26an izango da, ostegunean, 10:30ean, "
        "Gasteizko bulegoan. Bilbotik 8:15ean ateratzen den trena hartzea gomendatzen dizut, "
        "9:20ean iristen da.\n\nMikel",
    )
    s = ("ఆదిత్య వర్మ", "aditya.varma@deccan-pharma.example.in")
    sent = at(2026, 3, 16, 12, 0, KOL, "Mon")
    st = at(2026, 3, 24, 11, 0, KOL, "Tue")
    yield case(
        f,
        "karyalayam_9_nundi_6",
        "te",
        s,
        "ఇంటర్వ్యూ వివరాలు",
        sent,
        f"Telugu '{day(st, 'MMMM d', 'te')}, మంగళవారం ఉదయం 11 గంటలకు' with office hours 'ఉదయం "
        "9 నుండి సాయంత్రం 6 వరకు'; no zone.",
        slot(st, sent=sent),
        f"నమస్కారం అలెక్స్,\n\nమీ ఇంటర్వ్యూ {day(st, 'MMMM d', 'te')}, మంగళవారం ఉదయం 11 "
        "గంటలకు. మా కార్యాలయం ఉదయం 9 నుండి సాయంత్రం 6 వరకు తెరిచి ఉంటుంది.\n\nఆదిత్య",
    )
    s = ("செல்வி முருகன்", "selvi@marina-exports.example.in")
    sent = at(2026, 3, 17, 10, 0, KOL, "Tue")
    st = at(2026, 3, 25, 10, 30, KOL, "Wed")
    yield case(
        f,
        "train_7_15",
        "ta",
        s,
        "நேர்காணல் – பயண விவரம்",
        sent,
        f"Tamil '{day(st, 'MMMM d', 'ta')}, புதன்கிழமை காலை 10.30 மணிக்கு' with a train at "
        "'காலை 7.15'; no zone.",
        slot(st, sent=sent),
        f"அன்புள்ள அலெக்ஸ்,\n\nநேர்காணல் {day(st, 'MMMM d', 'ta')}, புதன்கிழமை காலை 10.30 "
        "மணிக்கு. சென்னை சென்ட்ரலில் இருந்து காலை 7.15 ரயிலில் வந்தால் போதும்.\n\nசெல்வி",
    )
    s = ("Zawadi Njeri", "zawadi@kilimo-bora.example.co.ke")
    sent = at(2026, 3, 18, 9, 0, NBO, "Wed")
    st = at(2026, 3, 25, 10, 0, NBO, "Wed")
    yield case(
        f,
        "ofisi_iko_wazi",
        "sw",
        s,
        "Usaili – Kilimo Bora",
        sent,
        "Swahili 'Jumatano tarehe 25 Machi saa nne asubuhi' (10:00) with 'Ofisi iko wazi "
        "kuanzia saa mbili asubuhi hadi saa kumi na moja jioni' (8:00–17:00); no zone.",
        slot(st, sent=sent),
        "Habari Alex,\n\nUsaili utafanyika Jumatano tarehe 25 Machi saa nne asubuhi. Ofisi iko "
        "wazi kuanzia saa mbili asubuhi hadi saa kumi na moja jioni.\n\nZawadi",
    )
    s = ("نادیہ حسین", "nadia@chenab-agro.example.pk")
    sent = at(2026, 3, 19, 10, 0, KHI, "Thu")
    st = at(2026, 3, 26, 14, 0, KHI, "Thu")
    yield case(
        f,
        "daftar_ke_auqat",
        "ur",
        s,
        "انٹرویو کا وقت",
        sent,
        "Urdu 'جمعرات 26 مارچ، دوپہر 2 بجے' with office hours 'صبح 9 سے شام 5 بجے'; no zone.",
        slot(st, sent=sent),
        "محترم ایلکس،\n\nآپ کا انٹرویو جمعرات 26 مارچ، دوپہر 2 بجے ہوگا۔ دفتر کے اوقات: پیر "
        "تا جمعہ صبح 9 سے شام 5 بجے۔\n\nنادیہ حسین",
    )
    s = ("Võ Thị Lan", "lan.vo@saigon-kitchen.example.vn")
    sent = at(2026, 3, 23, 9, 0, HCM, "Mon")
    st = at(2026, 3, 31, 10, 0, HCM, "Tue")
    yield case(
        f,
        "gio_lam_viec",
        "vi",
        s,
        "Thư mời phỏng vấn",
        sent,
        "'10h00 thứ Ba, ngày 31/3/2026' with 'Giờ làm việc: 8h00–17h30'; no zone.",
        slot(st, sent=sent),
        "Chào Alex,\n\nMời bạn đến phỏng vấn lúc 10h00 thứ Ba, ngày 31/3/2026. Giờ làm việc: "
        "8h00–17h30 từ thứ Hai đến thứ Sáu.\n\nLan",
    )
    s = ("Kovács Dóra", "dora.kovacs@tiszagep.example.hu")
    sent = at(2026, 3, 23, 10, 0, BUD, "Mon")
    st = at(2026, 3, 31, 14, 0, BUD, "Tue")
    yield case(
        f,
        "porta_7_19",
        "hu",
        s,
        "Személyes interjú",
        sent,
        "'március 31., kedd, 14 óra' with the gate's '7 és 19 óra között'; no zone.",
        slot(st, sent=sent),
        "Kedves Alex!\n\nSzemélyes interjú: március 31., kedd, 14 óra. A portánk 7 és 19 óra "
        "között van nyitva, kérjük, a B kapun jöjjön.\n\nKovács Dóra",
    )


# --------------------------------------------------------------------------------------
def thankpast42() -> Iterator[Case]:
    f = "thankpast42"
    n = "Thank-you reply sent after the interview, restating its day and hour; nothing set."
    rows = [
        (
            "ro",
            ("Elena Marin", "elena.marin@transilvania-soft.example.ro"),
            "Mulțumim pentru interviu",
            at(2026, 4, 8, 17, 0, BUC, "Wed"),
            "Bună, Alex,\n\nîți mulțumim că ai venit ieri, marți, 7 aprilie, la ora 14:00. "
            "Echipa a apreciat discuția. Îți vom scrie până la sfârșitul săptămânii viitoare."
            "\n\nElena",
        ),
        (
            "el",
            ("Μαρία Κωνσταντίνου", "m.konstantinou@kyma-energy.example.gr"),
            "Ευχαριστούμε",
            at(2026, 4, 10, 12, 0, ATH, "Fri"),
            "Alex, σ' ευχαριστούμε για τη συνέντευξη της Πέμπτης 9/4 στις 11:00. Θα "
            "επανέλθουμε μόλις ολοκληρωθεί η διαδικασία.\n\nΜαρία",
        ),
        (
            "tr",
            ("Burak Şahin", "burak@yildiz-lojistik.example.com.tr"),
            "Görüşme sonrası",
            at(2026, 4, 14, 18, 0, IST, "Tue"),
            "Merhaba Alex,\n\nbugün saat 15:00'teki görüşmemiz için çok teşekkürler. "
            "Değerlendirme süreci devam ediyor, gelişme olduğunda yazacağım.\n\nBurak",
        ),
        (
            "ca",
            ("Jordi Vidal", "jordi@vidal-enginyers.example.cat"),
            "Gràcies!",
            at(2026, 4, 17, 9, 0, MAD, "Fri"),
            "Hola Alex,\n\nmoltes gràcies per l'entrevista de dijous a les 10 h. Ens va agradar "
            "molt. Et direm alguna cosa la setmana vinent.\n\nJordi",
        ),
        (
            "lv",
            ("Anna Liepiņa", "anna@vejupils.example.lv"),
            "Paldies par sarunu",
            at(2026, 4, 20, 16, 0, RIX, "Mon"),
            "Sveika, Alex!\n\nPaldies par šodienas sarunu plkst. 11.00. Nākamajā nedēļā "
            "sazināsimies par turpmāko.\n\nAnna",
        ),
        (
            "id",
            ("Rina Wijaya", "rina@kopikita.example.id"),
            "Terima kasih atas waktunya",
            at(2026, 4, 22, 17, 0, JKT, "Wed"),
            "Halo Alex,\n\nterima kasih sudah hadir di interview hari Selasa, 21 April pukul "
            "10.00 WIB. Hasilnya akan kami kabarkan paling lambat dua minggu lagi.\n\nRina",
        ),
        (
            "ms",
            ("Siti Hajar", "hajar@pelangi-retail.example.my"),
            "Terima kasih",
            at(2026, 4, 23, 15, 0, KUL, "Thu"),
            "Hai Alex,\n\nterima kasih kerana hadir temu duga pagi tadi jam 10 pagi. Kami akan "
            "maklumkan keputusan secepat mungkin.\n\nSiti Hajar",
        ),
        (
            "ta",
            ("அருண் குமார்", "arun@thamirabarani-tech.example.in"),
            "நன்றி",
            at(2026, 4, 24, 18, 0, KOL, "Fri"),
            "அலெக்ஸ், இன்று மதியம் 2 மணிக்கு நடந்த நேர்காணலில் கலந்துகொண்டதற்கு நன்றி. முடிவை "
            "அடுத்த வாரம் தெரிவிப்போம்.\n\nஅருண்",
        ),
        (
            "bn",
            ("সুমাইয়া ইসলাম", "sumaiya@karnaphuli-soft.example.bd"),
            "ধন্যবাদ",
            at(2026, 4, 26, 19, 0, DAC, "Sun"),
            f"অ্যালেক্স, আজ সকাল {native('11', BN0)}টায় সাক্ষাৎকারে আসার জন্য ধন্যবাদ। ফলাফল "
            "শিগগিরই জানাব।\n\nসুমাইয়া",
        ),
        (
            "uk",
            ("Тарас Бондар", "taras@dnipro-data.example.ua"),
            "Дякуємо за співбесіду",
            at(2026, 4, 28, 18, 0, KIV, "Tue"),
            "Алексе, дякую за сьогоднішню розмову о 14:00. Повернемося з відповіддю до "
            "кінця наступного тижня.\n\nТарас",
        ),
    ]
    for lang, sender, subject, sent, text in rows:
        yield case(
            f, f"thanks_{sender[1].split('@')[0]}", lang, sender, subject, sent, n, NOT, text
        )


# --------------------------------------------------------------------------------------
def decideby42() -> Iterator[Case]:
    f = "decideby42"
    n = "Decision mail: a deadline for the decision or the next step, no meeting set."
    rows = [
        (
            "hu",
            ("Fekete Gábor", "gabor.fekete@balaton-data.example.hu"),
            "Döntés",
            at(2026, 5, 18, 11, 0, BUD, "Mon"),
            "Kedves Alex!\n\nA döntést péntek 17 óráig meghozzuk, és azonnal értesítjük.\n\n"
            "Üdvözlettel:\nFekete Gábor",
        ),
        (
            "lt",
            ("Tomas Jankauskas", "tomas@saule-energija.example.lt"),
            "Atrankos eiga",
            at(2026, 5, 19, 10, 0, VNO, "Tue"),
            "Sveiki, Alex,\n\nsprendimą priimsime iki penktadienio 17 val. ir Jums parašysime."
            "\n\nTomas",
        ),
        (
            "et",
            ("Liis Mägi", "liis@pohjarannik.example.ee"),
            "Otsus",
            at(2026, 5, 19, 15, 0, TLL, "Tue"),
            "Tere, Alex!\n\nOtsuse teeme hiljemalt reedel kell 17.00 ja anname Sulle kohe teada."
            "\n\nLiis",
        ),
        (
            "sw",
            ("Juma Mwangi", "juma@uhuru-motors.example.co.ke"),
            "Uamuzi",
            at(2026, 5, 20, 10, 0, NBO, "Wed"),
            "Habari Alex,\n\ntutafanya uamuzi kufikia Ijumaa saa kumi na moja jioni, na "
            "tutakujulisha.\n\nJuma",
        ),
        (
            "fil",
            ("Ana Santos", "ana.santos@malaya-ads.example.ph"),
            "Update sa application mo",
            at(2026, 5, 20, 14, 0, MNL, "Wed"),
            "Hi Alex! Magdedesisyon kami hanggang Biyernes, 5pm. Aabisuhan ka namin agad.\n\nAna",
        ),
        (
            "vi",
            ("Lê Văn Hùng", "hung.le@hanoi-print.example.vn"),
            "Kết quả phỏng vấn",
            at(2026, 5, 20, 9, 0, HCM, "Wed"),
            "Chào Alex,\n\ncông ty sẽ quyết định trước 17h thứ Sáu này và báo kết quả cho bạn qua "
            "email.\n\nHùng",
        ),
        (
            "mr",
            ("स्नेहा पाटील", "sneha.patil@konkan-foods.example.in"),
            "निर्णय",
            at(2026, 5, 20, 12, 0, KOL, "Wed"),
            "नमस्कार अॅलेक्स,\n\nशुक्रवार संध्याकाळी 5 वाजेपर्यंत आम्ही निर्णय कळवू.\n\nस्नेहा",
        ),
        (
            "te",
            ("లక్ష్మి ప్రసాద్", "lakshmi@tungabhadra-it.example.in"),
            "ఫలితం",
            at(2026, 5, 21, 11, 0, KOL, "Thu"),
            "అలెక్స్, శుక్రవారం సాయంత్రం 5 గంటల లోపు మా నిర్ణయం తెలియజేస్తాం.\n\nలక్ష్మి",
        ),
        (
            "gl",
            ("Brais Lema", "brais@lemaenerxia.example.gal"),
            "Decisión",
            at(2026, 5, 21, 13, 0, MAD, "Thu"),
            "Ola Alex:\n\nTomaremos a decisión antes do venres ás 17:00 e escribirémosche "
            "axiña.\n\nBrais",
        ),
        (
            "en-KE",
            ("Achieng Odhiambo", "achieng@lakeside-insure.example.co.ke"),
            "Next steps",
            at(2026, 5, 22, 10, 0, NBO, "Fri"),
            "Hi Alex,\n\nThank you for your patience. The panel meets on Tuesday and we'll decide "
            "by Wednesday 5pm; you'll hear from me either way by the 27th.\n\nAchieng",
        ),
    ]
    for lang, sender, subject, sent, text in rows:
        yield case(
            f, f"decide_{sender[1].split('@')[0]}", lang, sender, subject, sent, n, NOT, text
        )


# --------------------------------------------------------------------------------------
def offerstart42() -> Iterator[Case]:
    f = "offerstart42"
    n = "Offer naming a start date and an hour to arrive (and a deadline to sign); not a meeting."
    rows = [
        (
            "is",
            ("Ólafur Einarsson", "olafur@straumur-orka.example.is"),
            "Starfstilboð",
            at(2026, 6, 15, 10, 0, REK, "Mon"),
            "Sæl/l Alex,\n\nVið höfum ánægju af að bjóða þér starf sérfræðings hjá Straumi. "
            "Fyrsti vinnudagur er mánudaginn 3. ágúst kl. 9:00. Vinsamlegast undirritaðu "
            "samninginn fyrir föstudaginn 19. júní kl. 16:00.\n\nÓlafur",
        ),
        (
            "eu",
            ("Itziar Zabala", "itziar@larrabide.example.eus"),
            "Lan eskaintza",
            at(2026, 6, 16, 11, 0, MAD, "Tue"),
            "Kaixo Alex,\n\npozik eskaintzen dizugu lanpostua. Lehen eguna irailaren 1ean izango "
            "da, 8:30ean, harreran. Kontratua ekainaren 26a baino lehen sinatu behar duzu."
            "\n\nItziar",
        ),
        (
            "ur",
            ("فیصل رضا", "faisal@margalla-tech.example.pk"),
            "ملازمت کی پیشکش",
            at(2026, 6, 16, 12, 0, KHI, "Tue"),
            "محترم ایلکس،\n\nمبارک ہو! آپ کو سافٹ ویئر انجینئر کے عہدے کی پیشکش کی جاتی ہے۔ "
            "آپ کی ملازمت یکم جولائی 2026 سے شروع ہوگی، براہ کرم صبح 9 بجے دفتر پہنچیں۔ پیشکش "
            "قبول کرنے کی آخری تاریخ 22 جون ہے۔\n\nفیصل رضا",
        ),
        (
            "ro",
            ("Cristina Stan", "cristina.stan@delta-retail.example.ro"),
            "Ofertă de angajare",
            at(2026, 6, 17, 14, 0, BUC, "Wed"),
            "Bună ziua, Alex,\n\nne bucurăm să vă oferim postul. Data de începere: luni, 6 "
            "iulie 2026, ora 9:00, la recepție. Vă rugăm să ne trimiteți acceptul până vineri, "
            "ora 12:00.\n\nCristina",
        ),
        (
            "ms",
            ("Hafiz Rahman", "hafiz@kinabalu-tours.example.my"),
            "Tawaran pekerjaan",
            at(2026, 6, 17, 10, 0, KUL, "Wed"),
            "Salam Alex,\n\ntahniah! Anda ditawarkan jawatan Eksekutif Pemasaran. Tarikh mula "
            "bertugas ialah 1 Julai 2026, sila lapor diri jam 8.30 pagi. Sila tandatangan surat "
            "tawaran sebelum 24 Jun.\n\nHafiz",
        ),
        (
            "id",
            ("Budi Santoso", "budi@nusantara-kargo.example.id"),
            "Surat penawaran kerja",
            at(2026, 6, 18, 9, 0, JKT, "Thu"),
            "Halo Alex,\n\nselamat! Kami menawarkan posisi Data Analyst. Hari pertama kerja: "
            "Senin, 6 Juli 2026, pukul 08.00 WIB di kantor pusat. Mohon konfirmasi paling "
            "lambat Jumat, 26 Juni pukul 17.00.\n\nBudi",
        ),
        (
            "tr",
            ("Zeynep Arslan", "zeynep@mavi-tekstil.example.com.tr"),
            "İş teklifi",
            at(2026, 6, 18, 15, 0, IST, "Thu"),
            "Merhaba Alex,\n\nsize iş teklifimizi iletmekten mutluluk duyuyoruz. İşe başlama "
            "tarihiniz 1 Temmuz Çarşamba, saat 09:00. Teklifi 25 Haziran'a kadar yanıtlamanızı "
            "rica ederiz.\n\nZeynep",
        ),
        (
            "el",
            ("Ελένη Γεωργίου", "e.georgiou@ionio-shipping.example.gr"),
            "Πρόταση εργασίας",
            at(2026, 6, 19, 11, 0, ATH, "Fri"),
            "Alex, με χαρά σου προτείνουμε τη θέση. Η πρώτη σου μέρα είναι η Δευτέρα 6 "
            "Ιουλίου στις 9:00. Περιμένουμε την απάντησή σου έως την Τετάρτη 24/6.\n\nΕλένη",
        ),
        (
            "en-IN",
            ("Deepa Nair", "deepa.nair@malabar-fintech.example.in"),
            "Offer of Employment",
            at(2026, 6, 19, 16, 0, KOL, "Fri"),
            "Dear Alex,\n\nWe are pleased to offer you the position of Analyst. Your date of "
            "joining is 1st July 2026; please report at 9:30 AM IST to the HR desk, 3rd floor. "
            "Kindly sign and return the offer letter by 24th June, 6 PM.\n\nDeepa Nair",
        ),
    ]
    for lang, sender, subject, sent, text in rows:
        yield case(f, f"offer_{sender[1].split('@')[0]}", lang, sender, subject, sent, n, NOT, text)


# --------------------------------------------------------------------------------------
def refask42() -> Iterator[Case]:
    f = "refask42"
    n = "Reference-check request: a deadline or calling hours, no slot fixed with the reader."
    rows = [
        (
            "lv",
            ("Laura Krūmiņa", "laura@gaujas-tehnika.example.lv"),
            "Rekomendācijas",
            at(2026, 7, 6, 10, 0, RIX, "Mon"),
            "Sveiki, Alex!\n\nLūdzu, atsūtiet divu rekomendētāju kontaktus līdz trešdienai, "
            "8. jūlijam, plkst. 12.00.\n\nLaura",
        ),
        (
            "uk",
            ("Ірина Мельник", "iryna@karpaty-soft.example.ua"),
            "Рекомендації",
            at(2026, 7, 6, 11, 0, KIV, "Mon"),
            "Алексе, надішліть, будь ласка, контакти двох рекомендодавців до четверга, 12:00. "
            "Ми зателефонуємо їм у робочі години, з 10:00 до 17:00.\n\nІрина",
        ),
        (
            "ca",
            ("Núria Ferrer", "nuria@ferrer-logistica.example.cat"),
            "Referències",
            at(2026, 7, 7, 9, 0, MAD, "Tue"),
            "Hola,\n\nsóc la Núria, de Ferrer Logística. L'Alex Morgan us ha indicat com a "
            "referència. Em podríeu dir quan us va bé una trucada curta aquesta setmana? Estic "
            "disponible de 9 a 14 h.\n\nNúria",
        ),
        (
            "ta",
            ("லதா சுந்தரம்", "latha@vaigai-soft.example.in"),
            "பரிந்துரையாளர் விவரம்",
            at(2026, 7, 7, 11, 0, KOL, "Tue"),
            "அலெக்ஸ், வெள்ளிக்கிழமை மாலை 5 மணிக்குள் இரண்டு பரிந்துரையாளர்களின் தொடர்பு "
            "விவரங்களை அனுப்புங்கள்.\n\nலதா",
        ),
        (
            "te",
            ("రవి తేజ", "ravi.teja@kakatiya-infra.example.in"),
            "రిఫరెన్స్ చెక్",
            at(2026, 7, 8, 10, 0, KOL, "Wed"),
            "అలెక్స్, మీ ఇద్దరు రిఫరీల ఫోన్ నంబర్లు గురువారం మధ్యాహ్నం 12 లోపు పంపండి.\n\nరవి",
        ),
        (
            "sw",
            ("Amani Chacha", "amani@mlima-finance.example.co.tz"),
            "Wadhamini",
            at(2026, 7, 8, 9, 0, DAR, "Wed"),
            "Habari Alex,\n\ntafadhali tuma majina na simu za wadhamini wawili kabla ya Ijumaa "
            "saa sita mchana.\n\nAmani",
        ),
        (
            "vi",
            ("Đỗ Thanh Mai", "mai.do@hue-heritage.example.vn"),
            "Thông tin người tham chiếu",
            at(2026, 7, 8, 14, 0, HCM, "Wed"),
            "Chào Alex,\n\nbạn vui lòng gửi thông tin hai người tham chiếu trước 12h thứ Sáu. "
            "Chúng tôi sẽ gọi cho họ trong giờ hành chính (8h–17h).\n\nMai",
        ),
        (
            "fil",
            ("Kristine Ramos", "kristine@bukid-fresh.example.ph"),
            "Character references",
            at(2026, 7, 9, 10, 0, MNL, "Thu"),
            "Hi Alex, pakisend naman ang 2 character references mo bago mag-Lunes, 12nn. "
            "Tatawagan namin sila between 9am and 5pm.\n\nThanks,\nKristine",
        ),
        (
            "hu",
            ("Varga Eszter", "eszter.varga@duna-medical.example.hu"),
            "Referencia",
            at(2026, 7, 9, 13, 0, BUD, "Thu"),
            "Kedves Alex!\n\nKérem, küldje el két referenciaszemély elérhetőségét hétfő 10 "
            "óráig.\n\nVarga Eszter",
        ),
    ]
    for lang, sender, subject, sent, text in rows:
        yield case(f, f"ref_{sender[1].split('@')[0]}", lang, sender, subject, sent, n, NOT, text)


# --------------------------------------------------------------------------------------
def payonboard42() -> Iterator[Case]:
    f = "payonboard42"
    n = "Payroll or onboarding mail: pay dates, cut-off hours, first-day papers; no meeting."
    rows = [
        (
            "lt",
            ("Eglė Stankevičienė", "egle@vilnius-analytics.example.lt"),
            "Darbo užmokestis",
            at(2026, 8, 3, 10, 0, VNO, "Mon"),
            "Sveiki, Alex,\n\natlyginimas mokamas kiekvieno mėnesio 10 d. Banko sąskaitos "
            "duomenis pateikite iki rugpjūčio 7 d. 15 val.\n\nEglė",
        ),
        (
            "et",
            ("Triin Kuusk", "triin@laanemere.example.ee"),
            "Esimene tööpäev",
            at(2026, 8, 4, 11, 0, TLL, "Tue"),
            "Tere, Alex!\n\nEsimesel tööpäeval, 1. septembril, võta palun kaasa ID-kaart ja "
            "pangarekvisiidid. Palk laekub iga kuu 5. kuupäeval.\n\nTriin",
        ),
        (
            "gl",
            ("Sabela Rei", "sabela@reimar.example.gal"),
            "Incorporación",
            at(2026, 8, 4, 9, 0, MAD, "Tue"),
            "Ola Alex:\n\nlembra enviar o número da Seguridade Social e a conta bancaria antes "
            "do 20 de agosto ás 14:00. A nómina pagase o último día hábil de cada mes.\n\nSabela",
        ),
        (
            "bn",
            ("ফারহানা আক্তার", "farhana@surma-pharma.example.bd"),
            "বেতন ও যোগদান",
            at(2026, 8, 5, 12, 0, DAC, "Wed"),
            f"অ্যালেক্স, প্রতি মাসের {native('7', BN0)} তারিখে বেতন দেওয়া হয়। যোগদানের দিন "
            "জাতীয় পরিচয়পত্রের কপি আনবেন।\n\nফারহানা",
        ),
        (
            "mr",
            ("राहुल जोशी", "rahul.joshi@sahyadri-motors.example.in"),
            "पगार तपशील",
            at(2026, 8, 5, 10, 0, KOL, "Wed"),
            "अॅलेक्स, पगार दर महिन्याच्या 1 तारखेला जमा होतो. बँक तपशील 12 ऑगस्ट संध्याकाळी 6 "
            "पर्यंत पोर्टलवर भरा.\n\nराहुल",
        ),
        (
            "ms",
            ("Aisyah Kamal", "aisyah@perak-steel.example.my"),
            "Maklumat gaji",
            at(2026, 8, 6, 10, 0, KUL, "Thu"),
            "Hai Alex,\n\ngaji dibayar pada 25 haribulan setiap bulan. Sila isi borang KWSP "
            "sebelum 14 Ogos, 5 petang.\n\nAisyah",
        ),
        (
            "el",
            ("Σοφία Νικολάου", "s.nikolaou@kriti-foods.example.gr"),
            "Μισθοδοσία",
            at(2026, 8, 6, 11, 0, ATH, "Thu"),
            "Alex, η μισθοδοσία πιστώνεται την τελευταία εργάσιμη του μήνα. Στείλε μας το IBAN "
            "σου έως την Παρασκευή 14/8 στις 15:00.\n\nΣοφία",
        ),
        (
            "tr",
            ("Mert Yılmaz", "mert@anadolu-gida.example.com.tr"),
            "Bordro ve ilk gün",
            at(2026, 8, 7, 10, 0, IST, "Fri"),
            "Merhaba Alex,\n\nmaaşlar her ayın 15'inde yatırılıyor. İlk gününüz 1 Eylül Salı; "
            "kimlik fotokopinizi ve diplomanızı getirmeyi unutmayın.\n\nMert",
        ),
        (
            "is",
            ("Helga Björnsdóttir", "helga@jokull-hugbunadur.example.is"),
            "Launamál",
            at(2026, 8, 7, 9, 0, REK, "Fri"),
            "Sæl/l Alex,\n\nLaun eru greidd síðasta virka dag mánaðar. Skilaðu skattkorti og "
            "bankaupplýsingum fyrir 20. ágúst kl. 12.\n\nHelga",
        ),
    ]
    for lang, sender, subject, sent, text in rows:
        yield case(f, f"pay_{sender[1].split('@')[0]}", lang, sender, subject, sent, n, NOT, text)


# --------------------------------------------------------------------------------------
def quoteold42() -> Iterator[Case]:
    f = "quoteold42"
    n = (
        "A new reply that sets nothing (a question, a document, a thank-you) over a quoted "
        "older mail that held the interview time, now past."
    )
    rows = [
        (
            "ur",
            ("سارہ خان", "sara.khan@hunza-travel.example.pk"),
            "Re: انٹرویو",
            at(2026, 10, 7, 12, 0, KHI, "Wed"),
            "ایلکس، کیا آپ اپنے پچھلے ادارے کا تجربہ نامہ بھی بھیج سکتے ہیں؟ شکریہ۔\n\nسارہ",
            "پیر، 5 اکتوبر 2026، 10:12 کو سارہ خان نے لکھا:",
            "آپ کا انٹرویو منگل 6 اکتوبر کو صبح 11 بجے ہمارے دفتر میں ہوگا۔",
        ),
        (
            "id",
            ("Fajar Nugroho", "fajar@mentari-edu.example.id"),
            "Re: Interview hari Senin",
            at(2026, 10, 7, 9, 0, JKT, "Wed"),
            "Halo Alex, boleh kirim juga portofolio desainnya dalam PDF? Makasih.\n\nFajar",
            "Pada Jum, 2 Okt 2026 pukul 14.10 Fajar Nugroho menulis:",
            "Interview kita Senin, 5 Oktober pukul 10.00 WIB di kantor Yogyakarta ya.",
        ),
        (
            "ro",
            ("Mihai Ionescu", "mihai@somes-dev.example.ro"),
            "Re: Interviu joi",
            at(2026, 10, 9, 10, 0, BUC, "Fri"),
            "Salut Alex, îți trimit atașat formularul GDPR de semnat. Mulțumesc!\n\nMihai",
            "În lun., 5 oct. 2026 la 11:20, Mihai Ionescu a scris:",
            "Ne vedem joi, 8 octombrie, la ora 15:00, la sediul din Oradea.",
        ),
        (
            "eu",
            ("Oihane Urrutia", "oihane@txantxiku.example.eus"),
            "Re: Elkarrizketa",
            at(2026, 10, 9, 12, 0, MAD, "Fri"),
            "Kaixo Alex, eskerrik asko atzoko elkarrizketagatik! Laster izango duzu berririk."
            "\n\nOihane",
            "Oihane Urrutia-(e)k hau idatzi zuen (2026 urr. 5, al. 10:00):",
            "Elkarrizketa urriaren 8an izango da, ostegunean, 16:00etan.",
        ),
        (
            "ca",
            ("Pau Serra", "pau@serra-arquitectes.example.cat"),
            "Re: Entrevista dimecres",
            at(2026, 10, 15, 16, 0, MAD, "Thu"),
            "Alex, una pregunta ràpida: quin és el teu període de preavís actual?\n\nPau",
            "El dl., 12 d’oct. 2026 a les 9:15, Pau Serra va escriure:",
            "Et confirmo l'entrevista dimecres 14 d'octubre a les 12 h.",
        ),
        (
            "uk",
            ("Наталія Коваль", "nataliia@lviv-games.example.ua"),
            "Re: Співбесіда у вівторок",
            at(2026, 10, 15, 11, 0, KIV, "Thu"),
            "Алексе, надішліть, будь ласка, копію диплома. Дякую!\n\nНаталія",
            "пн, 12 жовт. 2026 р. о 10:05 Наталія Коваль пише:",
            "Чекаємо вас у вівторок, 13 жовтня, о 14:00 у нашому офісі на Городоцькій, 12.",
        ),
        (
            "lv",
            ("Kārlis Bērziņš", "karlis@vidzeme-it.example.lv"),
            "Re: Intervija",
            at(2026, 10, 16, 14, 0, RIX, "Fri"),
            "Alex, paldies vēlreiz! Vai vari atsūtīt arī sava GitHub profila saiti?\n\nKārlis",
            "pirmd., 2026. gada 12. okt., plkst. 9.40 — Kārlis Bērziņš rakstīja:",
            "Tiekamies ceturtdien, 15. oktobrī, plkst. 11.00 mūsu birojā.",
        ),
        (
            "en-KE",
            ("Kevin Mutua", "kevin@mara-solar.example.co.ke"),
            "Re: Interview on Tuesday",
            at(2026, 10, 21, 9, 0, NBO, "Wed"),
            "Hi Alex, could you send your KRA PIN certificate and a copy of your ID when you get "
            "a moment? Thanks.\n\nKevin",
            "On Fri, 16 Oct 2026 at 11:30, Kevin Mutua wrote:",
            "Your interview is on Tuesday 20th October at 10:00am at our Westlands office.",
        ),
        (
            "vi",
            ("Hoàng Anh Tuấn", "tuan.hoang@danang-tours.example.vn"),
            "Re: Lịch phỏng vấn thứ Hai",
            at(2026, 10, 21, 15, 0, HCM, "Wed"),
            "Chào Alex, em gửi giúp anh bản scan bằng đại học nhé. Cảm ơn em.\n\nTuấn",
            "Vào 9:00 Th 5, 15 thg 10, 2026 Hoàng Anh Tuấn đã viết:",
            "Hẹn em 9h sáng thứ Hai, ngày 19/10, tại văn phòng Đà Nẵng.",
        ),
    ]
    for lang, sender, subject, sent, new, attribution, old in rows:
        text = thread(new, (attribution, old))
        yield case(
            f, f"quoted_{sender[1].split('@')[0]}", lang, sender, subject, sent, n, NOT, text, True
        )


BUILDERS = [
    liners42,
    sigdig42,
    datelocal42,
    dayparts42,
    zonelocal42,
    venuehours42,
    thankpast42,
    decideby42,
    offerstart42,
    refask42,
    payonboard42,
    quoteold42,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the prose42 batch (`build_prose42.py`)",
        "",
        "Invitations with no calendar part typed by recruiters, hiring managers and "
        "small-company founders, and look-alike mail that only mentions a meeting. All prose "
        "is ours; people, companies, addresses, phone, register and reference numbers are "
        "made up; no product template is rendered. Month, weekday and day-period names are "
        "CLDR's (babel 2.19, Unicode licence): `babel.dates.format_date` patterns per "
        "language, and the day periods of `Locale.day_periods` (ta மாலை, te మధ్యాహ్నం/ఉదయం, "
        "bn বিকেল/সকাল, mr दुपार/सकाळ, ur شام/صبح/دوپہر, ms pagi/petang, id siang, fil 'ng "
        "umaga'/'ng hapon', vi sáng/chiều, gl 'da tarde', el 'το απόγευμα', sw asubuhi/mchana/"
        "jioni). Quote attribution lines are written from memory of the clients' formats. "
        "Every label was written from the datetimes the text is rendered from, before the "
        "parser was run on the message; mails that state no zone carry `tz_stated: false` and "
        "the Date header's offset; a zone word naming one zone (IST from India, PKT, WIB, "
        "WITA, TSİ, 'waktu Malaysia', 'Manila time', 'Nairobi time', 'বাংলাদেশ সময়', 'за "
        "київським часом', 'að íslenskum tíma', 'ώρα Ελλάδος', 'here in Bucharest') gives "
        "`timezone`; CET gives the instant only. Swahili clock words count from dawn (saa "
        "nne asubuhi = 10:00, saa nane mchana = 14:00), as the language reads them.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; {len(langs)} language tags ("
        + ", ".join(langs)
        + "); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, drawn with "
        '`random.Random("prose42 coin")` before anything was written or measured): '
        + ", ".join(held)
        + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose42.py` "
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
    "First sight of the 123 mails first written (quick.py, before any parser change): dev text "
    "invitations 51 of 56 right (39 with confidence >= 0.5), dev look-alikes 1 of 38 claimed; "
    "held out 11 of 11 right (11 sure), 1 of 18 look-alikes claimed. One dev label was wrong "
    "and was fixed after that run: the Icelandic 'tekur um 45 mínútur' is about 45 minutes, "
    "so it has no end (52 of 56 with it). Dev misses: 'Khamis, 10 pagi' read as Thursday the "
    "10th with no clock (sent in a week where Thursday was the 10th), the Marathi 'बुधवारी', "
    "Galician 'ás catro da tarde', Catalan 'dijous 14-5 a les 16.30' (read 14:00-17:00), and "
    "a Catalan thank-you after the interview claimed. Seven dev mails were added after "
    "probing the same shapes in other languages (vi 'vào lúc 9 giờ ngày 14 tháng 5', bn/ta "
    "two-letter May, ms '14hb Mei', lv 'trešdien plkst. 6 vakarā', 'pulksten 9 no rīta', ur "
    "'یکم جولائی'); six of them failed before the prose42 rules. After the rules: dev 63 of "
    "63 right, 0 of 38 claimed; held out unchanged (11 of 11, 1 of 18 claimed)."
)


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose42.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
