# ruff: noqa: E501 (tables of localized client strings read best one row a line)
"""Write the "threads10" batch: reply threads and forwards whose slot depends on the right message.

Run: .venv/bin/python tests/parsing/corpus/build_threads10.py

Employers answering a candidate's proposal over the quoted mail ("Tuesday works, see you at
2"), or moving it; newest messages that say "tomorrow", "the day after" or "same time
Thursday" about a date in older quoted mail; and forwards through clients and languages the
corpus held few of: Gmail, Thunderbird, Apple Mail, Yahoo and the new Outlook in ru, uk, tr,
hr, cs, sk, ro, hu, et (header layouts and strings as crisp-oss/email-forward-parser's fixtures
show them), K-9 Mail and Roundcube in ko, ru, tr, ar, fa, he, el, ja, zh, vi, hi (their
translation files), Naver, Daum, Mail.ru, Yandex, Outlook (ar, tr, mobile), ProtonMail and Zoho
(layouts recalled); double forwards and forwarders' notes that move the slot. Every label comes
from the datetimes the text is rendered from (zoneinfo; weekday names are checked against the
date) and was written before the parser was run on any message of the batch. Helpers come from
build_parse-pos.py (loaded, not copied). Output is deterministic; the script deletes or writes
only files of its own families.
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
at, mail, Case, OWN, timed = pp.at, pp.mail, pp.Case, pp.OWN, pp.timed
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
NEG: dict[str, object] = {"kind": "not_invitation"}

CRISP = (
    "crisp-oss/email-forward-parser:test/fixtures/{}_body.txt"
    "@0ae68013fc893f66c38adc848a21c1f9598843c9 (separator, labels and date layout; text ours)"
)
CRISP_LICENSE = "MIT (email-forward-parser) for the header strings; the rest ours"
K9 = (
    "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-{}/strings.xml"
    " (message_compose_quote_header_*)@a59bd679859d369c9a39be147e536b825ffd0a6b"
)
K9_LICENSE = "Apache-2.0 (K-9 Mail / Thunderbird for Android) for the header strings"
RC = (
    "roundcube/roundcubemail:program/localization/{}/labels.inc (originalmessage, subject, "
    "date, from, to) + program/actions/mail/compose.php@28b44419ee44c8749a85e7183325055c2cf68a4d"
)
RC_LICENSE = "GPL-3.0-or-later (Roundcube) for the header strings; the rest ours"
RECALLED = "layout of the {} forward header recalled from the client's output, not re-read; " + OWN

SPLITS = {
    "replyconfirm": "dev",
    "daysafter": "dev",
    "fwdcyrillic": "dev",
    "fwdkorean": "dev",
    "fwdturkarab": "dev",
    "fwdnotemove": "dev",
    "fwdcentral": "dev",
    "replymove": "heldout",
    "fwdk9asia": "heldout",
    "fwdapplelocal": "heldout",
    "fwdtwice": "heldout",
    "samethread": "heldout",
}
SOURCES = {
    "replyconfirm": "Employers confirming one of the times the candidate offered, typed above "
    "the quoted proposal (Gmail/Outlook/Apple attributions; en, de, fr, es, nl, pl, sv).",
    "daysafter": "Newest message says 'tomorrow', 'the day after', 'same time Thursday' "
    "about a slot fixed in older quoted mail.",
    "fwdcyrillic": "Forwards in Russian and Ukrainian: Gmail, Thunderbird, Yahoo, new Outlook "
    "(strings from email-forward-parser fixtures), K-9 and Roundcube (translation files), "
    "Mail.ru and Yandex (recalled).",
    "fwdkorean": "Forwards by Korean users: Naver and Daum (recalled), K-9 and Roundcube "
    "Korean (translation files); bodies in Korean and English.",
    "fwdturkarab": "Forwards in Turkish, Arabic, Persian and Hebrew: Gmail, Thunderbird, Yahoo "
    "and new Outlook Turkish (fixtures), K-9 and Roundcube (translation files), Outlook Arabic "
    "(recalled).",
    "fwdnotemove": "Forwards whose forwarder's note gives a different time ('they moved this "
    "to 3pm'), ProtonMail, Zoho and Outlook mobile layouts (recalled).",
    "fwdcentral": "Gmail and Thunderbird forwards in Croatian, Czech, Slovak, Romanian, "
    "Hungarian and Estonian (fixtures); relative days anchored to the forwarded date.",
    "replymove": "Employers moving the slot the candidate accepted, in a reply over the quote.",
    "fwdk9asia": "K-9 Mail forwards in Japanese, Chinese, Vietnamese, Hindi and Greek.",
    "fwdapplelocal": "Apple Mail forwards (iPhone, quoted) in ru, uk, tr, hr, cs, ro, hu.",
    "fwdtwice": "Double forwards: an agency forwards the employer's mail, the user forwards it.",
    "samethread": "Threads where the newest message refers to a day in the quoted history.",
}


def case(
    family: str,
    name: str,
    lang: str,
    raw: bytes,
    note: str,
    label: dict[str, object],
    template: str = "",
    license: str = OWN,
) -> Case:
    template = template or (
        "written for this corpus; quote attribution lines recalled from Gmail, Outlook and "
        "Apple Mail output; " + OWN
    )
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, license)


def slot(
    start: datetime, end: datetime | None = None, *, kind: str = "invitation", sent: datetime
) -> dict[str, object]:
    """Labels with no zone in the text: wall time, the Date offset of the mail."""
    return {"kind": kind, **timed(start, end, sent=sent)}


def quoted(text: str, depth: int = 1) -> str:
    mark = ">" * depth
    return "\n".join(
        mark if not line else f"{mark} {line}" for line in text.strip("\n").split("\n")
    )


def direct(
    key: str, sender: tuple[str, str], subject: str, sent: datetime, text: str, reply: bool = True
) -> bytes:
    return mail(
        f"threads10/{key}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        reply_to_key=f"threads10/{key}/parent" if reply else "",
    )


# --- attribution lines -----------------------------------------------------------------
EN_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gmail_said(who: tuple[str, str], when: datetime) -> str:
    h = when.hour % 12 or 12
    ap = "AM" if when.hour < 12 else "PM"
    return (
        f"On {EN_DAY[when.weekday()]}, {EN_MON[when.month - 1]} {when.day}, {when.year} at "
        f"{h}:{when.minute:02d} {ap} {who[0]} <{who[1]}> wrote:"
    )


DE_DAY = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MON = [
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
]
FR_DAY = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
ES_DAY = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
NL_DAY = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MON = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
PL_DAY = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_MON = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
SV_DAY = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
SV_MON = [
    "jan.",
    "feb.",
    "mars",
    "apr.",
    "maj",
    "juni",
    "juli",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]


def said(lang: str, who: tuple[str, str], w: datetime) -> str:
    """Gmail's attribution line in the reader's language (recalled)."""
    d, m, t = w.weekday(), w.month - 1, f"{w:%H:%M}"
    addr = f"{who[0]} <{who[1]}>"
    if lang.startswith("en"):
        return gmail_said(who, w)
    if lang == "de":
        return f"Am {DE_DAY[d]}, {w.day}. {DE_MON[m]} {w.year} um {t} Uhr schrieb {addr}:"
    if lang == "fr":
        return f"Le {FR_DAY[d]} {w.day} {FR_MON[m]} {w.year} à {t}, {addr} a écrit :"
    if lang == "es":
        return f"El {ES_DAY[d]}, {w.day} {ES_MON[m]} {w.year} a las {t}, {addr} escribió:"
    if lang == "nl":
        return f"Op {NL_DAY[d]} {w.day} {NL_MON[m]} {w.year} om {t} schreef {addr}:"
    if lang == "pl":
        return f"W dniu {PL_DAY[d]}, {w.day} {PL_MON[m]} {w.year} o {t} {addr} napisał(a):"
    if lang == "sv":
        return f"Den {SV_DAY[d]} {w.day} {SV_MON[m]} {w.year} kl {t} skrev {addr}:"
    raise ValueError(lang)


def reply_text(new: str, lang: str, who: tuple[str, str], when: datetime, old: str) -> str:
    return f"{new.rstrip()}\n\n{said(lang, who, when)}\n{quoted(old)}\n"


# --- forward header blocks -------------------------------------------------------------
RU_MON_G = [
    "янв.",
    "февр.",
    "мар.",
    "апр.",
    "мая",
    "июн.",
    "июл.",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
]
RU_MON_FULL = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
RU_DAY_S = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_DAY_L = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
UK_MON_G = [
    "січ.",
    "лют.",
    "бер.",
    "квіт.",
    "трав.",
    "черв.",
    "лип.",
    "серп.",
    "вер.",
    "жовт.",
    "лист.",
    "груд.",
]
UK_MON_FULL = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]
UK_DAY_S = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
UK_DAY_L = ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"]
TR_MON = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
TR_MON_FULL = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
TR_DAY_S = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
TR_DAY_L = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
HR_MON_S = ["sij", "velj", "ožu", "tra", "svi", "lip", "srp", "kol", "ruj", "lis", "stu", "pro"]
HR_MON_G = [
    "siječnja",
    "veljače",
    "ožujka",
    "travnja",
    "svibnja",
    "lipnja",
    "srpnja",
    "kolovoza",
    "rujna",
    "listopada",
    "studenoga",
    "prosinca",
]
HR_DAY_S = ["pon", "uto", "sri", "čet", "pet", "sub", "ned"]
CS_DAY_S = ["po", "út", "st", "čt", "pá", "so", "ne"]
CS_MON_G = [
    "ledna",
    "února",
    "března",
    "dubna",
    "května",
    "června",
    "července",
    "srpna",
    "září",
    "října",
    "listopadu",
    "prosince",
]
RO_DAY_S = ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."]
RO_MON_S = [
    "ian.",
    "feb.",
    "mar.",
    "apr.",
    "mai",
    "iun.",
    "iul.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
]
RO_MON = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
]
HU_MON_S = [
    "jan.",
    "febr.",
    "márc.",
    "ápr.",
    "máj.",
    "jún.",
    "júl.",
    "aug.",
    "szept.",
    "okt.",
    "nov.",
    "dec.",
]
HU_MON = [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
]
HU_DAY_S = ["H", "K", "Sze", "Cs", "P", "Szo", "V"]
ET_DAY_S = ["E", "T", "K", "N", "R", "L", "P"]
ET_MON = [
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september",
    "oktoober",
    "november",
    "detsember",
]


def rfc(w: datetime) -> str:
    off = w.utcoffset()
    assert off is not None
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    return (
        f"{EN_DAY[w.weekday()]}, {w.day} {EN_MON[w.month - 1]} {w.year} {w:%H:%M:%S} "
        f"{sign}{abs(mins) // 60:02d}{abs(mins) % 60:02d}"
    )


def gmt(w: datetime) -> str:
    off = w.utcoffset()
    assert off is not None
    return f"GMT{int(off.total_seconds() // 3600):+d}"


def block(
    style: str, org: tuple[str, str], w: datetime, subject: str, to: tuple[str, str] = ME
) -> str:
    """The header block (and rule) a client writes above a forwarded message."""
    who, rcpt = f"{org[0]} <{org[1]}>", f"{to[0]} <{to[1]}>"
    d, m, t = w.weekday(), w.month - 1, f"{w:%H:%M}"
    gm = "---------- Forwarded message ---------"
    if style == "gmail_ru":
        date = f"{RU_DAY_S[d]}, {w.day} {RU_MON_G[m]} {w.year} г. в {t}"
        return f"{gm}\nОт: {who}\nDate: {date}\nSubject: {subject}\nTo: <{to[1]}>\n"
    if style == "gmail_uk":
        date = f"{UK_DAY_S[d]}, {w.day} {UK_MON_G[m]} {w.year} о {t}"
        return f"{gm}\nВід: {who}\nDate: {date}\nSubject: {subject}\nTo: <{to[1]}>\n"
    if style == "gmail_tr":
        date = f"{w.day} {TR_MON[m]} {w.year} {TR_DAY_S[d]}, {t}"
        return f"{gm}\nGönderen: {who}\nDate: {date}\nSubject: {subject}\nTo: <{to[1]}>\n"
    if style == "gmail_hr":
        date = f"{HR_DAY_S[d]}, {w.day}. {HR_MON_S[m]} {w.year}. u {t}"
        return f"{gm}\nŠalje: {who}\nDate: {date}\nSubject: {subject}\nTo: <{to[1]}>\n"
    if style in ("gmail_cs", "gmail_sk"):
        word = "v" if style == "gmail_cs" else "o"
        date = f"{CS_DAY_S[d]} {w.day}. {w.month}. {w.year} {word} {w.hour}:{w.minute:02d}"
        return f"{gm}\nOd: {who}\nDate: {date}\nSubject: {subject}\nTo: <{to[1]}>\n"
    if style == "gmail_ro":
        date = f"{RO_DAY_S[d]}, {w.day} {RO_MON_S[m]} {w.year} la {t}"
        return f"{gm}\nDe la: {who}\nDate: {date}\nSubject: {subject}\nTo: <{to[1]}>\n"
    if style == "gmail_hu":
        date = f"{w.year}. {HU_MON_S[m]} {w.day}., {HU_DAY_S[d]}, {w.hour}:{w.minute:02d}"
        return f"{gm}\nFeladó: {who}\nDate: {date}\nSubject: {subject}\nTo: <{to[1]}>\n"
    if style == "gmail_et":
        date = f"{ET_DAY_S[d]}, {w.day}. {ET_MON[m]} {w.year} kell {t}"
        return f"{gm}\nSaatja: {who}\nDate: {date}\nSubject: {subject}\nTo: <{to[1]}>\n"
    tb = {
        "tb_ru": ("Перенаправленное сообщение", "Тема", "Дата", "От", "Кому"),
        "tb_uk": ("Переслане повідомлення", "Тема", "Дата", "Від", "Кому"),
        "tb_tr": ("İletilen İleti", "Konu", "Tarih", "Kimden", "Kime"),
        "tb_hr": ("Proslijeđena poruka", "Naslov", "Datum", "Šalje", "Prima"),
    }
    if style in tb:
        rule, su, da, fr, to_ = tb[style]
        return (
            f"-------- {rule} --------\n{su}: \t{subject}\n{da}: \t{rfc(w)}\n{fr}: \t{who}\n"
            f"{to_}: \t{to[1]}\n"
        )
    if style == "yahoo_ru":
        date = f"{RU_DAY_L[d]}, {w.day} {RU_MON_FULL[m]} {w.year} г., {w:%H:%M:%S} {gmt(w)}"
        return (
            f'   ----- Пересылаемое сообщение ----- От: {who}Кому: "{to[1]}" <{to[1]}>'
            f"Отправлено: {date}Тема: {subject}\n"
        )
    if style == "yahoo_tr":
        date = f"{w.day} {TR_MON_FULL[m]} {w.year} {TR_DAY_L[d]} {w:%H:%M:%S} {gmt(w)}"
        return (
            f'   ----- İletilmiş Mesaj ----- Kimden: {who}Kime: "{to[1]}" <{to[1]}>'
            f"Gönderilen: {date}Konu: {subject}\n"
        )
    if style == "newoutlook_ru":
        date = f"{RU_DAY_L[d]}, {w.day} {RU_MON_FULL[m]} {w.year} г. в {t}"
        return f"От: {who}\nДата: {date}\nКому: {to[1]} <{to[1]}>\nТема: {subject}\n"
    if style == "newoutlook_tr":
        date = f"{TR_DAY_L[d]}, {w.day} {TR_MON_FULL[m]} {w.year} {t}"
        return f"Kimden: {who}\nTarih: {date}\nKime: {to[1]} <{to[1]}>\nKonu: {subject}\n"
    k9 = {
        "k9_ko": (
            "-------- 원본 메시지 --------",
            "보낸 사람:",
            "받는 사람:",
            "보낸 날짜:",
            "제목:",
        ),
        "k9_ru": ("------ Исходное сообщение ------", "От:", "Кому:", "Отправлено:", "Тема:"),
        "k9_tr": ("-------- Özgün İleti --------", "Kimden:", "Kime:", "Gönderilme:", "Konu:"),
        "k9_ar": ("-------- الرسالة الأصلية --------", "مِن :", "إلى :", "المُرسل:", "الموضوع :"),
        "k9_uk": (
            "-------- Оригінальне Повідомлення --------",
            "Від:",
            "Кому:",
            "Надіслано:",
            "Тема:",
        ),
        "k9_fa": ("-------- پیام نخستین --------", "از:", "به:", "ارسال:", "موضوع:"),
        "k9_el": ("-------- Πρωτότυπο μήνυμα --------", "Από:", "Προς:", "Αποστολή:", "Θέμα:"),
        "k9_hi": ("-------- पुराना मैसेज--------", "से:", "को:", "तारीख:", "सबजेक्ट:"),
        "k9_vi": ("-------- Thư gốc --------", "Từ:", "Tới:", "Đã gửi:", "Chủ đề:"),
        "k9_ja": ("-------- 元メール --------", "差出人:", "宛先:", "送信日:", "件名:"),
        "k9_zh": ("-------- 原始邮件 --------", "发件人：", "收件人：", "发送时间：", "主题："),
    }
    if style in k9:
        rule, fr, to_, da, su = k9[style]
        # K-9 prints the date with the phone's short numeric format (recalled)
        date = f"{w.year}-{w.month:02d}-{w.day:02d} {t}"
        return f"{rule}\n{fr} {who}\n{to_} {to[1]}\n{da} {date}\n{su} {subject}\n"
    rc = {
        "rc_ko": ("원본 메시지", "제목", "날짜", "보낸 사람", "받는 사람"),
        "rc_ru": ("Исходное сообщение", "Тема", "Дата", "От", "Кому"),
        "rc_tr": ("Özgün ileti", "Konu", "Tarih", "Gönderici", "Alıcı"),
        "rc_ar": ("الرسالة الأساسية", "الموضوع", "التاريخ", "المرسل", "المستقبل"),
        "rc_fa": ("پیام اصلی", "موضوع", "تاریخ", "از", "به"),
        "rc_he": ("הודעה מקורית", "נושא", "תאריך", "מאת", "אל"),
        "rc_uk": ("Оригінальне повідомлення", "Тема", "Дата", "Від кого", "Кому"),
    }
    if style in rc:
        rule, su, da, fr, to_ = rc[style]
        date = f"{w.day:02d}.{w.month:02d}.{w.year} {t}"  # Roundcube's default date_long
        return (
            f"-------- {rule} --------\n{su}: {subject}\n{da}: {date}\n{fr}: {who}\n{to_}: {rcpt}\n"
        )
    if style == "naver":
        ko_day = "월화수목금토일"[d]
        off = w.utcoffset()
        assert off is not None
        zone = f"GMT+{int(off.total_seconds() // 3600):02d}:00"
        return (
            f'-----Original Message-----\nFrom: "{org[0]}" <{org[1]}>\nTo: '
            f'"{to[0]}" <{to[1]}>;\nCc: \nSent: {w.year}-{w.month:02d}-{w.day:02d} '
            f"({ko_day}) {w:%H:%M:%S} ({zone})\nSubject: {subject}\n"
        )
    if style == "daum":
        ko_day = "월화수목금토일"[d]
        return (
            f'------ 원본 메시지 ------\n보낸사람: "{org[0]}" <{org[1]}>\n받는사람 : '
            f"<{to[1]}>\n날짜: {w.year}년 {w.month}월 {w.day}일 ({ko_day}) {t}\n"
            f"제목: {subject}\n"
        )
    if style == "mailru":
        date = f"{RU_DAY_L[d].capitalize()}, {w.day} {RU_MON_FULL[m]} {w.year}, {t} "
        off = w.utcoffset()
        assert off is not None
        date += f"+{int(off.total_seconds() // 3600):02d}:00"
        return (
            f"-------- Пересылаемое сообщение --------\nОт кого: {who}\nКому: {to[1]}\n"
            f"Дата: {date}\nТема: {subject}\n"
        )
    if style == "yandex":
        return (
            f"-------- Пересылаемое сообщение --------\n{w.day:02d}.{w.month:02d}.{w.year}, "
            f'{t}, "{org[0]}" <{org[1]}>:\n'
        )
    if style == "outlook_ar":
        ar_day = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"][d]
        return (
            f"________________________________\nمن: {who}\nالتاريخ: {ar_day}، "
            f"{w.day:02d}/{w.month:02d}/{w.year} {t}\nإلى: {rcpt}\nالموضوع: {subject}\n"
        )
    if style == "outlook_tr":
        return (
            f"________________________________\nKimden: {who}\nGönderildi: {TR_DAY_L[d]}, "
            f"{w.day} {TR_MON_FULL[m]} {w.year} {t}\nKime: {rcpt}\nKonu: {subject}\n"
        )
    if style == "proton":
        h = w.hour % 12 or 12
        ap = "AM" if w.hour < 12 else "PM"
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(
            w.day, "th"
        )
        full_day = pp.EN_DAYS[d]
        month = pp.EN_MONTHS.split()[m]
        return (
            f"------- Forwarded Message -------\nFrom: {who}\nDate: On {full_day}, "
            f"{month} {w.day}{suffix}, {w.year} at {h}:{w.minute:02d} {ap}\nSubject: "
            f"{subject}\nTo: {rcpt}\n"
        )
    if style == "zoho":
        return (
            f"============ Forwarded message ============\nFrom: {who}\nTo: {rcpt}\n"
            f"Date: {rfc(w)}\nSubject: {subject}\n"
            "============ Forwarded message ============\n"
        )
    if style == "outlook_mobile":
        h = w.hour % 12 or 12
        ap = "AM" if w.hour < 12 else "PM"
        return (
            f"________________________________\nFrom: {who}\nSent: {pp.EN_DAYS[d]}, "
            f"{pp.EN_MONTHS.split()[m]} {w.day}, {w.year} {h}:{w.minute:02d}:{w.second:02d}"
            f" {ap}\nTo: {rcpt}\nSubject: {subject}\n"
        )
    apple = {
        "apple_ru": (
            "Начало переадресованного сообщения:",
            "Отправитель",
            "Тема",
            "Дата",
            "Кому",
            f"{w.day} {RU_MON_FULL[m]} {w.year} г. в {w:%H:%M:%S} {gmt(w)}",
        ),
        "apple_uk": (
            "Початок листа, що пересилається:",
            "Від кого",
            "Тема",
            "Дата",
            "Кому",
            f"{w.day} {UK_MON_FULL[m]} {w.year} р. о {w:%H:%M:%S} {gmt(w)}",
        ),
        "apple_tr": (
            "İleti başlangıcı:",
            "Kimden",
            "Konu",
            "Tarih",
            "Kime",
            f"{w.day} {TR_MON_FULL[m]} {w.year} {w:%H:%M:%S} {gmt(w)}",
        ),
        "apple_hr": (
            "Započni proslijeđenu poruku:",
            "Šalje",
            "Predmet",
            "Datum",
            "Prima",
            f"{w.day}. {HR_MON_G[m]} {w.year}. u {w:%H:%M:%S} {gmt(w)}",
        ),
        "apple_cs": (
            "Začátek přeposílané zprávy:",
            "Od",
            "Předmět",
            "Datum",
            "Komu",
            f"{w.day}. {CS_MON_G[m]} {w.year} {w:%H:%M:%S} {gmt(w)}",
        ),
        "apple_ro": (
            "Începe mesajul redirecționat:",
            "Expeditorul",
            "Subiectul",
            "Dată",
            "Destinatarul",
            f"{w.day} {RO_MON[m]} {w.year}, {w:%H:%M:%S} {gmt(w)}",
        ),
        "apple_hu": (
            "Továbbított levél kezdete:",
            "Feladó",
            "Tárgy",
            "Dátum",
            "Címzett",
            f"{w.year}. {HU_MON[m]} {w.day}. {w:%H:%M:%S} {gmt(w)}",
        ),
    }
    if style in apple:
        rule, fr, su, da, to_, date = apple[style]
        lines = [rule, "", f"{fr}: {who}", f"{su}: {subject}", f"{da}: {date}", f"{to_}: {to[1]}"]
        return "\n".join(f"> {line}" if line else ">" for line in lines) + "\n>\n"
    raise ValueError(style)


PREFIX = {
    "ru": "Fwd",
    "uk": "Fwd",
    "tr": "Fwd",
    "ko": "Fw",
    "ar": "Fwd",
    "fa": "Fwd",
    "he": "Fwd",
    "el": "Fwd",
    "ja": "Fwd",
    "zh": "Fwd",
    "vi": "Fwd",
    "hi": "Fwd",
    "hr": "Fwd",
    "cs": "Fwd",
    "sk": "Fwd",
    "ro": "Fwd",
    "hu": "Fwd",
    "et": "Fwd",
    "en": "Fwd",
}


def template_for(style: str) -> tuple[str, str]:
    client, _, lang = style.partition("_")
    if client in ("gmail", "tb", "yahoo", "newoutlook", "apple"):
        name = {
            "gmail": "gmail",
            "tb": "thunderbird",
            "yahoo": "yahoo",
            "newoutlook": "new_outlook_2019",
            "apple": "apple_mail",
        }[client]
        return CRISP.format(f"{name}_{lang}"), CRISP_LICENSE
    if client == "k9":
        return K9.format({"zh": "zh-rCN"}.get(lang, lang)), K9_LICENSE
    if client == "rc":
        code = {
            "ko": "ko_KR",
            "ru": "ru_RU",
            "tr": "tr_TR",
            "ar": "ar",
            "fa": "fa_IR",
            "he": "he_IL",
            "uk": "uk_UA",
        }[lang]
        return RC.format(code), RC_LICENSE
    return RECALLED.format(style.replace("_", " ")), OWN


def forward(
    key: str,
    style: str,
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    note: str = "",
    delay: timedelta = timedelta(hours=2, minutes=11),
    prefix: str = "Fwd",
    quote_body: bool = False,
) -> bytes:
    """The user forwards the employer's message to Afterview."""
    head = block(style, org, orig_sent, subject)
    inner = quoted(body) if quote_body else body.strip()
    gap = "" if quote_body else "\n"  # the iPhone quotes the header block and body alike
    text = f"{note}\n\n{head}{gap}{inner}\n" if note else f"{head}{gap}{inner}\n"
    if style == "outlook_mobile":
        text = (
            f"{note}\n\nGet Outlook for iOS\n{head}\n{inner}\n"
            if note
            else f"Get Outlook for iOS\n{head}\n{inner}\n"
        )
    return mail(
        f"threads10/{key}",
        sender=ME,
        to=HOOK,
        subject=f"{prefix}: {subject}",
        sent=orig_sent + delay,
        text=text,
    )


# --------------------------------------------------------------------------------------
def replyconfirm() -> Iterator[Case]:
    f = "replyconfirm"
    rows = [
        # lang, name, employer, zone, (cand sent), cand text, (reply sent), reply text, start
        (
            "en-US",
            "tuesday_works_see_you_at_2",
            ("Kendra Oyelaran", "kendra@lumenvale.example"),
            "America/New_York",
            (2026, 10, 12, 18, 2, "Mon"),
            "Hi Kendra,\n\nThanks for getting back to me. I could do Tuesday 2pm or Wednesday 10am, "
            "whichever suits the team.\n\nBest,\nAlex",
            (2026, 10, 12, 19, 30, "Mon"),
            "Great — Tuesday works, see you at 2! I'll be in the lobby.\n\nKendra",
            (2026, 10, 13, 14, 0, "Tue"),
            "Reply confirms the first option in two words ('Tuesday works') and the hour apart "
            "('see you at 2') over the quoted proposal.",
        ),
        (
            "en-GB",
            "tuesday_at_3_it_is",
            ("Fergus Lyle", "f.lyle@harrowgate-ops.example.co.uk"),
            "Europe/London",
            (2026, 10, 15, 17, 40, "Thu"),
            "Hi Fergus,\n\nMonday 11am or Tuesday 3pm both work for me.\n\nKind regards,\nAlex",
            (2026, 10, 16, 9, 10, "Fri"),
            "Morning Alex,\n\nTuesday at 3 it is. I'll send the Teams link over on Monday.\n\n"
            "Fergus",
            (2026, 10, 20, 15, 0, "Tue"),
            "'Tuesday at 3 it is' picks the second quoted option; 'on Monday' names when a link "
            "follows, not the interview.",
        ),
        (
            "de",
            "freitag_passt",
            ("Svenja Koldewey", "s.koldewey@nordkamp-logistik.example.de"),
            "Europe/Berlin",
            (2026, 10, 19, 12, 15, "Mon"),
            "Hallo Frau Koldewey,\n\nich könnte am Donnerstag um 14 Uhr oder am Freitag um 10 Uhr."
            "\n\nViele Grüße\nAlex Morgan",
            (2026, 10, 20, 8, 55, "Tue"),
            "Hallo Herr Morgan,\n\nFreitag passt uns gut, dann bis 10 Uhr bei uns im Büro in der "
            "Speicherstraße 4.\n\nBeste Grüße\nSvenja Koldewey",
            (2026, 10, 23, 10, 0, "Fri"),
            "'Freitag passt ... dann bis 10 Uhr' ('bis' meaning see you at) over two quoted "
            "options.",
        ),
        (
            "fr",
            "vendredi_9h30_note",
            ("Maëlle Tardieu", "m.tardieu@ateliers-sorgue.example.fr"),
            "Europe/Paris",
            (2026, 10, 21, 18, 20, "Wed"),
            "Bonjour Madame Tardieu,\n\nJe suis disponible jeudi à 16h ou vendredi à 9h30.\n\n"
            "Bien cordialement,\nAlex Morgan",
            (2026, 10, 22, 8, 15, "Thu"),
            "Bonjour,\n\nParfait, vendredi 9h30 c'est noté. À vendredi !\n\nMaëlle Tardieu",
            (2026, 10, 23, 9, 30, "Fri"),
            "'vendredi 9h30 c'est noté' sent on the Thursday that the other option named.",
        ),
        (
            "es",
            "el_jueves_nos_va",
            ("Iñaki Arrieta", "iarrieta@bidasoa-analytics.example.es"),
            "Europe/Madrid",
            (2026, 10, 26, 11, 5, "Mon"),
            "Hola Iñaki:\n\nPodría el miércoles a las 11:00 o el jueves a las 17:00.\n\nUn saludo,\n"
            "Alex",
            (2026, 10, 27, 9, 40, "Tue"),
            "¡Genial! El jueves nos va perfecto. Te esperamos a las 17:00 en la oficina.\n\nIñaki",
            (2026, 10, 29, 17, 0, "Thu"),
            "'El jueves nos va perfecto. Te esperamos a las 17:00': day and hour in separate "
            "sentences.",
        ),
        (
            "nl",
            "dinsdag_10_prima",
            ("Joost Verhaegen", "joost@polderbyte.example.nl"),
            "Europe/Amsterdam",
            (2026, 10, 30, 16, 45, "Fri"),
            "Hoi Joost,\n\nIk kan maandag om 13.00 of dinsdag om 10.00.\n\nGroet,\nAlex",
            (2026, 11, 2, 8, 5, "Mon"),
            "Hoi Alex,\n\nDinsdag 10.00 is prima, tot dan!\n\nJoost",
            (2026, 11, 3, 10, 0, "Tue"),
            "Reply on the Monday that the other quoted option named; 'Dinsdag 10.00 is prima'.",
        ),
        (
            "pl",
            "czwartek_o_12",
            ("Zofia Wierzbicka", "z.wierzbicka@odra-systems.example.pl"),
            "Europe/Warsaw",
            (2026, 11, 3, 19, 0, "Tue"),
            "Dzień dobry,\n\nMogę w czwartek o 12:00 albo w piątek o 15:00.\n\nPozdrawiam\nAlex",
            (2026, 11, 4, 10, 20, "Wed"),
            "Dzień dobry,\n\nczwartek o 12 nam pasuje, do zobaczenia w biurze.\n\nZofia Wierzbicka",
            (2026, 11, 5, 12, 0, "Thu"),
            "'czwartek o 12 nam pasuje' picks the first quoted option.",
        ),
        (
            "sv",
            "tisdag_kl_14",
            ("Linnea Bergkvist", "linnea.b@fjallsta-energi.example.se"),
            "Europe/Stockholm",
            (2026, 11, 5, 15, 30, "Thu"),
            "Hej Linnea,\n\nJag kan på måndag kl 9 eller tisdag kl 14.\n\nMvh\nAlex",
            (2026, 11, 6, 9, 0, "Fri"),
            "Hej Alex,\n\nTisdag kl 14 blir bra, välkommen!\n\nLinnea",
            (2026, 11, 10, 14, 0, "Tue"),
            "'Tisdag kl 14 blir bra' over 'måndag kl 9 eller tisdag kl 14'.",
        ),
        (
            "en",
            "today_at_2_works",
            ("Priya Raman", "priya.raman@quillstack.example.com"),
            "Europe/London",
            (2026, 11, 9, 18, 10, "Mon"),
            "Hi Priya,\n\nI could do tomorrow at 2pm or Thursday at 11am.\n\nThanks,\nAlex",
            (2026, 11, 10, 8, 30, "Tue"),
            "Today at 2 works — see you then.\n\nPriya",
            (2026, 11, 10, 14, 0, "Tue"),
            "'Today at 2 works' on the Tuesday; the quoted 'tomorrow at 2pm' was written on the "
            "Monday and means the same slot.",
        ),
    ]
    for lang, name, emp, zone, cs, ctext, rs, rtext, st, note in rows:
        c_sent = at(*cs[:5], zone, cs[5])  # type: ignore[misc]
        r_sent = at(*rs[:5], zone, rs[5])  # type: ignore[misc]
        start = at(*st[:5], zone, st[5])  # type: ignore[misc]
        text = reply_text(rtext, lang, ME, c_sent, ctext)
        raw = direct(f"{f}/{name}", emp, "Re: Interview", r_sent, text)
        label = {**slot(start, sent=r_sent), "organizer_email": emp[1]}
        yield case(f, name, lang, raw, note, label)
    emp = ("Marcus Ohlsen", "m.ohlsen@tidewell.example.com")
    c_sent = at(2026, 11, 11, 12, 0, "America/Chicago", "Wed")
    r_sent = at(2026, 11, 11, 16, 45, "America/Chicago", "Wed")
    text = reply_text(
        "Thanks Alex, let me check with the panel and come back to you.\n\nMarcus",
        "en",
        ME,
        c_sent,
        "Hi Marcus,\n\nI could do Friday 10am or Monday 1pm.\n\nAlex",
    )
    raw = direct(f"{f}/check_with_panel", emp, "Re: Interview", r_sent, text)
    yield case(
        f,
        "check_with_panel",
        "en-US",
        raw,
        "Negative: the employer only promises to check; both times are the candidate's proposal.",
        {**NEG, "organizer_email": emp[1]},
    )


def replymove() -> Iterator[Case]:
    f = "replymove"
    rows = [
        (
            "en-US",
            "friday_same_time",
            ("Dana Whitford", "dana.w@corvel-health.example.com"),
            "America/Denver",
            (2026, 10, 13, 9, 0, "Tue"),
            "Hi Dana,\n\nYes, Thursday at 2 works for me. See you then!\n\nAlex",
            (2026, 10, 14, 11, 20, "Wed"),
            "Sorry Alex — Thursday has gone sideways on our end, so I've moved you to Friday, same "
            "time (2pm). The invite is updated.\n\nDana",
            (2026, 10, 16, 14, 0, "Fri"),
            "reschedule",
            "Move to 'Friday, same time (2pm)' over the candidate's quoted 'Thursday at 2'.",
        ),
        (
            "de",
            "statt_donnerstag",
            ("Henrike Almstedt", "h.almstedt@weserwind.example.de"),
            "Europe/Berlin",
            (2026, 10, 19, 10, 0, "Mon"),
            "Hallo Frau Almstedt,\n\nDonnerstag um 14 Uhr passt mir, danke!\n\nAlex Morgan",
            (2026, 10, 20, 15, 30, "Tue"),
            "Hallo Herr Morgan,\n\nleider müssen wir verschieben: statt Donnerstag um 14 Uhr nun "
            "Freitag um 11 Uhr. Ort bleibt gleich.\n\nHenrike Almstedt",
            (2026, 10, 23, 11, 0, "Fri"),
            "reschedule",
            "'statt Donnerstag um 14 Uhr nun Freitag um 11 Uhr' above the quoted acceptance.",
        ),
        (
            "fr",
            "on_decale_mardi",
            ("Quentin Brassac", "q.brassac@vignes-numeriques.example.fr"),
            "Europe/Paris",
            (2026, 10, 22, 9, 0, "Thu"),
            "Bonjour,\n\nLundi 10h me convient très bien.\n\nAlex",
            (2026, 10, 23, 16, 0, "Fri"),
            "Bonjour Alex,\n\npetit changement : on décale à mardi 10h au lieu de lundi. Même "
            "salle.\n\nQuentin",
            (2026, 10, 27, 10, 0, "Tue"),
            "reschedule",
            "'on décale à mardi 10h au lieu de lundi' sent on a Friday.",
        ),
        (
            "es",
            "pasamos_al_miercoles",
            ("Lorena Aizpurua", "lorena@txingudi-labs.example.es"),
            "Europe/Madrid",
            (2026, 10, 26, 9, 30, "Mon"),
            "Hola Lorena,\n\nPerfecto, el martes a las 10:00 me va bien.\n\nAlex",
            (2026, 10, 26, 17, 50, "Mon"),
            "Hola Alex,\n\nnos han quitado la sala del martes, así que pasamos la entrevista al "
            "miércoles a las 12:30. Perdona el cambio.\n\nLorena",
            (2026, 10, 28, 12, 30, "Wed"),
            "reschedule",
            "'pasamos la entrevista al miércoles a las 12:30' over the quoted 'el martes a las "
            "10:00'.",
        ),
        (
            "en-IN",
            "rescheduled_to_monday",
            ("Ritika Bhandari", "ritika.b@saffronloop.example.in"),
            "Asia/Kolkata",
            (2026, 10, 29, 10, 0, "Thu"),
            "Dear Ritika,\n\nFriday 4 PM is fine for me.\n\nRegards,\nAlex",
            (2026, 10, 30, 9, 15, "Fri"),
            "Dear Alex,\n\nDue to a clash with the panel, your interview is rescheduled to Monday "
            "at 11 AM instead of today 4 PM. Same meeting link.\n\nRegards,\nRitika",
            (2026, 11, 2, 11, 0, "Mon"),
            "reschedule",
            "'rescheduled to Monday at 11 AM instead of today 4 PM'.",
        ),
        (
            "nl",
            "uur_later",
            ("Femke Dijkstra", "femke@zeeweg-data.example.nl"),
            "Europe/Amsterdam",
            (2026, 11, 2, 9, 0, "Mon"),
            "Hoi Femke,\n\nDinsdag om 14.00 is goed.\n\nAlex",
            (2026, 11, 2, 14, 0, "Mon"),
            "Hoi Alex,\n\nkunnen we een uur opschuiven? Ik heb het al aangepast: dinsdag om 15.00 "
            "in plaats van 14.00.\n\nFemke",
            (2026, 11, 3, 15, 0, "Tue"),
            "reschedule",
            "'dinsdag om 15.00 in plaats van 14.00', already changed by the sender.",
        ),
    ]
    for lang, name, emp, zone, cs, ctext, rs, rtext, st, kind, note in rows:
        c_sent = at(*cs[:5], zone, cs[5])  # type: ignore[misc]
        r_sent = at(*rs[:5], zone, rs[5])  # type: ignore[misc]
        start = at(*st[:5], zone, st[5])  # type: ignore[misc]
        text = reply_text(rtext, lang.split("-")[0] if lang != "en-IN" else "en", ME, c_sent, ctext)
        raw = direct(f"{f}/{name}", emp, "Re: Interview", r_sent, text)
        label = {**slot(start, kind=kind, sent=r_sent), "organizer_email": emp[1]}
        yield case(f, name, lang, raw, note, label)
    emp = ("Gareth Pryce", "gareth@lowmoor.example.co.uk")
    c_sent = at(2026, 11, 4, 9, 0, "Europe/London", "Wed")
    r_sent = at(2026, 11, 4, 15, 0, "Europe/London", "Wed")
    text = reply_text(
        "Hi Alex, apologies — Thursday no longer works for us. I'll come back with new times "
        "next week.\n\nGareth",
        "en",
        ME,
        c_sent,
        "Hi Gareth,\n\nThursday at 10 is great, thanks.\n\nAlex",
    )
    raw = direct(f"{f}/new_times_next_week", emp, "Re: Interview", r_sent, text)
    yield case(
        f,
        "new_times_next_week",
        "en-GB",
        raw,
        "Negative: the agreed slot is dropped and no new time is set.",
        {**NEG, "organizer_email": emp[1]},
    )


def _older(lang: str, who: tuple[str, str], when: datetime, text: str) -> str:
    return f"{said(lang, who, when)}\n{quoted(text)}\n"


def daysafter() -> Iterator[Case]:
    f = "daysafter"
    rows = [
        (
            "en-GB",
            "push_to_day_after",
            ("Imogen Tarrant", "imogen@brackenfold.example.co.uk"),
            "Europe/London",
            (2026, 10, 12, 10, 0, "Mon"),
            "Hi Alex,\n\nYour interview is on Thursday 15 October at 10:00 at our Leeds office.\n\n"
            "Imogen",
            (2026, 10, 13, 16, 30, "Tue"),
            "Hi Alex,\n\nOne change, sorry: we need to push it to the day after, same time. Hope "
            "that still works!\n\nImogen",
            (2026, 10, 16, 10, 0, "Fri"),
            "reschedule",
            "'push it to the day after, same time' refers to the quoted Thursday 15 October 10:00.",
        ),
        (
            "en-US",
            "same_time_thursday",
            ("Noah Castellano", "noah@brightrail.example.com"),
            "America/Chicago",
            (2026, 10, 19, 9, 0, "Mon"),
            "Hi Alex,\n\nConfirming the first round on Tuesday 20 October at 3:30pm.\n\nNoah",
            (2026, 10, 20, 17, 0, "Tue"),
            "Alex, great first round today! We'd like you to meet the team same time Thursday — "
            "I've sent the invite.\n\nNoah",
            (2026, 10, 22, 15, 30, "Thu"),
            "invitation",
            "'same time Thursday' borrows the hour of the quoted first round.",
        ),
        (
            "de",
            "naechster_tag_selbe_uhrzeit",
            ("Tobias Rehfeld", "t.rehfeld@havelwerk.example.de"),
            "Europe/Berlin",
            (2026, 10, 16, 11, 0, "Fri"),
            "Hallo Herr Morgan,\n\nder erste Teil findet am Mittwoch, 21. Oktober um 9:30 Uhr "
            "statt.\n\nTobias Rehfeld",
            (2026, 10, 19, 8, 30, "Mon"),
            "Hallo Herr Morgan,\n\nden zweiten Teil machen wir gleich am nächsten Tag zur selben "
            "Uhrzeit, also am Donnerstag.\n\nTobias Rehfeld",
            (2026, 10, 22, 9, 30, "Thu"),
            "invitation",
            "'am nächsten Tag zur selben Uhrzeit, also am Donnerstag' after the quoted Wednesday "
            "9:30.",
        ),
        (
            "en-GB",
            "see_you_tomorrow",
            ("Rowan Achterberg", "rowan@fellside-labs.example.co.uk"),
            "Europe/London",
            (2026, 10, 9, 12, 0, "Fri"),
            "Confirmed: Thursday 15 October, 11:00, our office at 2 Wharf Lane.\n\nRowan",
            (2026, 10, 14, 18, 0, "Wed"),
            "See you tomorrow, Alex! Ask for me at reception.\n\nRowan",
            (2026, 10, 15, 11, 0, "Thu"),
            "invitation",
            "'See you tomorrow' agrees with the quoted 'Thursday 15 October, 11:00'.",
        ),
        (
            "fr",
            "le_lendemain_meme_heure",
            ("Capucine Héral", "c.heral@rhone-optique.example.fr"),
            "Europe/Paris",
            (2026, 10, 20, 10, 0, "Tue"),
            "Bonjour Alex,\n\nVotre entretien est fixé au lundi 26 octobre à 14h.\n\nCapucine Héral",
            (2026, 10, 22, 17, 0, "Thu"),
            "Bonjour Alex,\n\nle comité ne peut pas lundi : l'entretien aura lieu le lendemain, à la "
            "même heure.\n\nCapucine Héral",
            (2026, 10, 27, 14, 0, "Tue"),
            "reschedule",
            "'le lendemain, à la même heure' after the quoted 'lundi 26 octobre à 14h'.",
        ),
        (
            "es",
            "al_dia_siguiente",
            ("Xabier Olano", "x.olano@urdaibai-tech.example.es"),
            "Europe/Madrid",
            (2026, 10, 21, 9, 0, "Wed"),
            "Hola Alex:\n\nLa entrevista será el martes 27 de octubre a las 10:00.\n\nXabier",
            (2026, 10, 23, 13, 0, "Fri"),
            "Hola Alex:\n\nun cambio: la entrevista pasa al día siguiente, a la misma hora.\n\n"
            "Xabier",
            (2026, 10, 28, 10, 0, "Wed"),
            "reschedule",
            "'pasa al día siguiente, a la misma hora' after the quoted 'martes 27 de octubre a las "
            "10:00'.",
        ),
        (
            "en-US",
            "same_time_next_friday",
            ("Celia Marchetti", "celia@oakhurst-ai.example.com"),
            "America/New_York",
            (2026, 10, 26, 9, 0, "Mon"),
            "Hi Alex,\n\nSee you Friday 30 October at 1pm for the technical round.\n\nCelia",
            (2026, 10, 30, 16, 0, "Fri"),
            "Alex — thanks for today. We'd like you back for the final round: same time next "
            "Friday, same room.\n\nCelia",
            (2026, 11, 6, 13, 0, "Fri"),
            "invitation",
            "'same time next Friday' one week after the quoted Friday 1pm.",
        ),
        (
            "en-GB",
            "this_afternoon",
            ("Harriet Quaile", "harriet@mossgill.example.co.uk"),
            "Europe/London",
            (2026, 11, 2, 11, 0, "Mon"),
            "Hi Alex,\n\nSee you tomorrow at 4pm, we're on the second floor.\n\nHarriet",
            (2026, 11, 3, 9, 0, "Tue"),
            "Morning Alex, just a reminder about this afternoon — see below.\n\nHarriet",
            (2026, 11, 3, 16, 0, "Tue"),
            "invitation",
            "'this afternoon' and the quoted 'tomorrow at 4pm' written the day before: Tuesday "
            "16:00, not Wednesday.",
        ),
    ]
    for lang, name, emp, zone, os_, otext, ns, ntext, st, kind, note in rows:
        o_sent = at(*os_[:5], zone, os_[5])  # type: ignore[misc]
        n_sent = at(*ns[:5], zone, ns[5])  # type: ignore[misc]
        start = at(*st[:5], zone, st[5])  # type: ignore[misc]
        text = f"{ntext.rstrip()}\n\n{_older(lang.split('-')[0], emp, o_sent, otext)}"
        raw = direct(f"{f}/{name}", emp, "Re: Interview", n_sent, text)
        label = {**slot(start, kind=kind, sent=n_sent), "organizer_email": emp[1]}
        yield case(f, name, lang, raw, note, label)


def samethread() -> Iterator[Case]:
    f = "samethread"
    rows = [
        (
            "it",
            "giorno_dopo_stessa_ora",
            ("Ilaria Benvenuti", "i.benvenuti@lagunadati.example.it"),
            "Europe/Rome",
            (2026, 11, 6, 10, 0, "Fri"),
            "Buongiorno Alex,\n\nil colloquio è fissato per giovedì 12 novembre alle 11:00.\n\n"
            "Ilaria",
            (2026, 11, 9, 15, 0, "Mon"),
            "Buongiorno Alex,\n\nil colloquio slitta al giorno dopo, stessa ora. Scusi il "
            "disagio.\n\nIlaria",
            (2026, 11, 13, 11, 0, "Fri"),
            "reschedule",
            None,
            "'slitta al giorno dopo, stessa ora' after the quoted Thursday 11:00.",
        ),
        (
            "pt-BR",
            "ate_amanha",
            ("Renata Falcão", "renata@cerrado-tech.example.com.br"),
            "America/Sao_Paulo",
            (2026, 11, 5, 10, 0, "Thu"),
            "Oi Alex,\n\nsua entrevista ficou para terça-feira, 10 de novembro, às 15h.\n\nRenata",
            (2026, 11, 9, 20, 0, "Mon"),
            "Até amanhã então, Alex!\n\nRenata",
            (2026, 11, 10, 15, 0, "Tue"),
            "invitation",
            None,
            "'Até amanhã' over the quoted Tuesday 15h.",
        ),
        (
            "en-AU",
            "same_time_thursday_team",
            ("Brodie Keneally", "brodie@wattlepoint.example.com.au"),
            "Australia/Sydney",
            (2026, 11, 6, 10, 0, "Fri"),
            "Hi Alex,\n\nLocking in Tuesday 10 November at 9:30am for the first chat.\n\nBrodie",
            (2026, 11, 10, 12, 0, "Tue"),
            "Thanks Alex, good chat. Same time Thursday with the team then — I'll send a "
            "link.\n\nBrodie",
            (2026, 11, 12, 9, 30, "Thu"),
            "invitation",
            None,
            "'Same time Thursday' after the quoted Tuesday 9:30am.",
        ),
        (
            "de",
            "heute_nachmittag",
            ("Clemens Vogtländer", "c.vogtlaender@elbfeld.example.de"),
            "Europe/Berlin",
            (2026, 11, 13, 16, 0, "Fri"),
            "Hallo Herr Morgan,\n\ndann bis Montag um 15 Uhr bei uns.\n\nClemens Vogtländer",
            (2026, 11, 16, 8, 0, "Mon"),
            "Guten Morgen Herr Morgan,\n\nnur zur Erinnerung an heute Nachmittag.\n\nClemens "
            "Vogtländer",
            (2026, 11, 16, 15, 0, "Mon"),
            "invitation",
            None,
            "'heute Nachmittag' and the quoted 'bis Montag um 15 Uhr'.",
        ),
        (
            "en-US",
            "ten_works",
            ("Jonah Whitcombe", "jonah@redfernlabs.example.com"),
            "America/Los_Angeles",
            (2026, 11, 17, 18, 0, "Tue"),
            "Hi Jonah,\n\nI'm free tomorrow at 10 or at 2, whichever is easier.\n\nAlex",
            (2026, 11, 18, 7, 45, "Wed"),
            "10 works, talk soon.\n\nJonah",
            (2026, 11, 18, 10, 0, "Wed"),
            "invitation",
            ME,
            "'10 works' over the candidate's quoted 'tomorrow at 10 or at 2' written the evening "
            "before.",
        ),
        (
            "es-MX",
            "manana_no_lunes_si",
            ("Paola Ibarra", "pibarra@sierra-norte.example.mx"),
            "America/Mexico_City",
            (2026, 11, 19, 13, 0, "Thu"),
            "Hola Paola,\n\npuedo mañana a las 12 o el lunes a las 10.\n\nAlex",
            (2026, 11, 20, 8, 0, "Fri"),
            "Hola Alex, mañana no podemos; el lunes a las 10 perfecto, te mando la liga.\n\nPaola",
            (2026, 11, 23, 10, 0, "Mon"),
            "invitation",
            ME,
            "'el lunes a las 10 perfecto'; the reply's 'mañana' is Saturday and is declined.",
        ),
        (
            "nl",
            "overmorgen_zelfde_tijd",
            ("Sanne Kooistra", "sanne@waddenwerk.example.nl"),
            "Europe/Amsterdam",
            (2026, 11, 13, 10, 0, "Fri"),
            "Hoi Alex,\n\nhet eerste gesprek is woensdag 18 november om 13.00.\n\nSanne",
            (2026, 11, 18, 15, 0, "Wed"),
            "Hoi Alex,\n\nleuk gesprek! Dan zien we je overmorgen om dezelfde tijd voor het tweede "
            "gesprek.\n\nSanne",
            (2026, 11, 20, 13, 0, "Fri"),
            "invitation",
            None,
            "'overmorgen om dezelfde tijd' after the quoted Wednesday 13.00.",
        ),
    ]
    for lang, name, emp, zone, os_, otext, ns, ntext, st, kind, quoted_who, note in rows:
        o_sent = at(*os_[:5], zone, os_[5])  # type: ignore[misc]
        n_sent = at(*ns[:5], zone, ns[5])  # type: ignore[misc]
        start = at(*st[:5], zone, st[5])  # type: ignore[misc]
        base = lang.split("-")[0]
        who = quoted_who or emp
        older = f"{_attrib(base, who, o_sent)}\n{quoted(otext)}\n"
        text = f"{ntext.rstrip()}\n\n{older}"
        raw = direct(f"{f}/{name}", emp, "Re: Interview", n_sent, text)
        label = {**slot(start, kind=kind, sent=n_sent), "organizer_email": emp[1]}
        yield case(f, name, lang, raw, note, label)


IT_DAY = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MON = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
PT_DAY = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
PT_MON = [
    "jan.",
    "fev.",
    "mar.",
    "abr.",
    "mai.",
    "jun.",
    "jul.",
    "ago.",
    "set.",
    "out.",
    "nov.",
    "dez.",
]


def _attrib(lang: str, who: tuple[str, str], w: datetime) -> str:
    addr = f"{who[0]} <{who[1]}>"
    if lang == "it":
        return (
            f"Il giorno {IT_DAY[w.weekday()]} {w.day} {IT_MON[w.month - 1]} {w.year} alle "
            f"ore {w:%H:%M} {addr} ha scritto:"
        )
    if lang == "pt":
        return (
            f"Em {PT_DAY[w.weekday()]}, {w.day} de {PT_MON[w.month - 1]} de {w.year} às "
            f"{w:%H:%M}, {addr} escreveu:"
        )
    return said(lang, who, w)


Row = tuple[object, ...]


def forwards(f: str, rows: list[Row]) -> Iterator[Case]:
    """(lang, name, style, employer, zone, sent, subject, body, start, end, kind, delay,
    what it exercises, forwarder's note); start None: a negative."""
    for lang, name, style, emp, zone, os_, subject, body, st, en, kind, delay, what, fnote in rows:
        assert isinstance(zone, str)
        assert isinstance(style, str)
        assert isinstance(os_, tuple)
        o_sent = at(*os_[:5], zone, os_[5])
        fwd_sent = o_sent + delay  # type: ignore[operator]
        if st is None:
            label: dict[str, object] = dict(NEG)
        else:
            assert isinstance(st, tuple)
            start = at(*st[:5], zone, st[5])
            end = at(*en[:5], zone, en[5]) if isinstance(en, tuple) else None
            label = slot(start, end, kind=str(kind), sent=fwd_sent)
        label["original_sender"] = emp[1]  # type: ignore[index]
        raw = forward(
            f"{f}/{name}",
            style,
            emp,
            o_sent,
            str(subject),
            str(body),  # type: ignore[arg-type]
            note=str(fnote),
            delay=delay,
            quote_body=style.startswith("apple"),
        )  # type: ignore[arg-type]
        template, lic = template_for(style)
        yield Case(f, SPLITS[f], f"{lang}_{name}", raw, label, str(lang), str(what), template, lic)


H2 = timedelta(hours=2, minutes=11)


def fwdcyrillic() -> Iterator[Case]:
    msk, kyiv = "Europe/Moscow", "Europe/Kyiv"
    rows: list[Row] = [
        (
            "ru",
            "gmail_chetverg",
            "gmail_ru",
            ("Ольга Седых", "o.sedykh@volga-analytics.example.ru"),
            msk,
            (2026, 10, 12, 10, 20, "Mon"),
            "Собеседование: аналитик данных",
            "Алекс, добрый день!\n\nПриглашаем вас на собеседование на позицию аналитика данных "
            "в четверг, 15 октября, в 14:00. Адрес: ул. Садовая, 12, офис 4.\n\nС уважением,\n"
            "Ольга Седых",
            (2026, 10, 15, 14, 0, "Thu"),
            None,
            "invitation",
            H2,
            "Gmail (ru) forward: 'От:' with English Date/Subject/To labels and the Russian date "
            "'пн, 12 окт. 2026 г. в 10:20'; body 'в четверг, 15 октября, в 14:00'.",
            "",
        ),
        (
            "uk",
            "gmail_vivtorok",
            "gmail_uk",
            ("Тарас Гнатюк", "t.hnatiuk@dnipro-soft.example.ua"),
            kyiv,
            (2026, 10, 14, 9, 5, "Wed"),
            "Співбесіда",
            "Добрий день, Алексе!\n\nЗапрошуємо вас на співбесіду у вівторок, 20 жовтня, о 11:00. "
            "Тривалість — 45 хвилин.\n\nТарас Гнатюк",
            (2026, 10, 20, 11, 0, "Tue"),
            (2026, 10, 20, 11, 45, "Tue"),
            "invitation",
            H2,
            "Gmail (uk) forward ('Від:', 'ср, 14 жовт. 2026 о 09:05'); 'о 11:00', 45 minutes.",
            "",
        ),
        (
            "ru",
            "tb_tomorrow_3pm",
            "tb_ru",
            ("Dmitri Korolev", "d.korolev@nevagrid.example.com"),
            msk,
            (2026, 10, 14, 16, 5, "Wed"),
            "Interview tomorrow",
            "Hi Alex,\n\nThanks for your time on the phone. Could you come in tomorrow at 3pm for "
            "the technical interview? We are at Nevsky 28, 5th floor.\n\nDmitri",
            (2026, 10, 15, 15, 0, "Thu"),
            None,
            "invitation",
            timedelta(hours=15, minutes=55),
            "Thunderbird (ru) 'Перенаправленное сообщение' forwarded the next morning: 'tomorrow at "
            "3pm' is the day after the forwarded date, not after the forward.",
            "",
        ),
        (
            "uk",
            "tb_friday_range",
            "tb_uk",
            ("Olena Marchuk", "olena@kharkiv-robotics.example.ua"),
            kyiv,
            (2026, 10, 13, 12, 0, "Tue"),
            "Technical interview",
            "Hi Alex,\n\nI've booked the technical interview for Friday 16 October, 10:30–11:15. "
            "The link follows in a separate email.\n\nOlena",
            (2026, 10, 16, 10, 30, "Fri"),
            (2026, 10, 16, 11, 15, "Fri"),
            "invitation",
            H2,
            "Thunderbird (uk) 'Переслане повідомлення' with tab-separated labels; English body.",
            "",
        ),
        (
            "ru",
            "yahoo_numeric",
            "yahoo_ru",
            ("Игорь Белов", "i.belov@ural-metall.example.ru"),
            "Asia/Yekaterinburg",
            (2026, 10, 16, 11, 30, "Fri"),
            "Приглашение на интервью",
            "Здравствуйте, Алекс!\n\nСобеседование назначено на 21.10.2026 в 16:30.\n\nИгорь Белов",
            (2026, 10, 21, 16, 30, "Wed"),
            None,
            "invitation",
            H2,
            "Yahoo (ru) forward: the whole header block on one line ('----- Пересылаемое "
            "сообщение ----- От: …Кому: …Отправлено: …Тема: …').",
            "",
        ),
        (
            "ru",
            "newoutlook_thursday",
            "newoutlook_ru",
            ("Anna Voronina", "a.voronina@sever-fin.example.com"),
            msk,
            (2026, 10, 19, 14, 0, "Mon"),
            "Interview with Sever Finance",
            "Dear Alex,\n\nWe would like to invite you to an interview on Thursday, October 22 at "
            "12:00.\n\nBest regards,\nAnna Voronina",
            (2026, 10, 22, 12, 0, "Thu"),
            None,
            "invitation",
            H2,
            "New Outlook (ru): 'От:/Дата: понедельник, 19 октября 2026 г. в 14:00/Кому:/Тема:' "
            "with no rule above.",
            "",
        ),
        (
            "ru",
            "k9_ponedelnik",
            "k9_ru",
            ("Сергей Лаптев", "s.laptev@baltika-it.example.ru"),
            msk,
            (2026, 10, 21, 18, 40, "Wed"),
            "Собеседование",
            "Алекс, здравствуйте.\n\nПодтверждаю встречу в понедельник, 26 октября, в 11:00.\n\n"
            "Сергей",
            (2026, 10, 26, 11, 0, "Mon"),
            None,
            "invitation",
            H2,
            "K-9 Mail (ru) '------ Исходное сообщение ------' with 'Отправлено:'.",
            "",
        ),
        (
            "ru",
            "rc_tuesday_range",
            "rc_ru",
            ("Pavel Gromov", "p.gromov@kama-data.example.com"),
            msk,
            (2026, 10, 22, 9, 45, "Thu"),
            "Interview slot",
            "Hello Alex,\n\nYour interview is on Tuesday 27 October from 14:00 to 15:00.\n\nPavel",
            (2026, 10, 27, 14, 0, "Tue"),
            (2026, 10, 27, 15, 0, "Tue"),
            "invitation",
            H2,
            "Roundcube (ru) '-------- Исходное сообщение --------' with Тема/Дата/От/Кому.",
            "",
        ),
        (
            "ru",
            "mailru_zavtra",
            "mailru",
            ("Марина Полякова", "m.polyakova@oka-retail.example.ru"),
            msk,
            (2026, 10, 28, 18, 0, "Wed"),
            "Собеседование завтра",
            "Алекс, добрый вечер!\n\nЖдём вас завтра в 12:00 в нашем офисе.\n\nМарина",
            (2026, 10, 29, 12, 0, "Thu"),
            None,
            "invitation",
            timedelta(hours=13, minutes=30),
            "Mail.ru forward ('От кого:') the next morning: 'завтра в 12:00' is the day after the "
            "forwarded date.",
            "",
        ),
        (
            "ru",
            "yandex_pyatnica",
            "yandex",
            ("Кирилл Жуков", "k.zhukov@tverlab.example.ru"),
            msk,
            (2026, 10, 26, 13, 10, "Mon"),
            "Собеседование",
            "Алекс, добрый день.\n\nПриглашаем вас в пятницу, 30 октября, в 10:00.\n\nКирилл Жуков",
            (2026, 10, 30, 10, 0, "Fri"),
            None,
            "invitation",
            H2,
            "Yandex forward: the rule, then '26.10.2026, 13:10, \"Name\" <address>:' instead of a "
            "header block.",
            "",
        ),
        (
            "ru",
            "gmail_ask_availability",
            "gmail_ru",
            ("Ольга Седых", "o.sedykh@volga-analytics.example.ru"),
            msk,
            (2026, 11, 2, 10, 0, "Mon"),
            "Следующий этап",
            "Алекс, напишите, пожалуйста, когда вам удобно: во вторник или в среду после 14:00?\n\n"
            "Ольга",
            None,
            None,
            "",
            H2,
            "Negative: Gmail (ru) forward of a question about availability.",
            "",
        ),
    ]
    yield from forwards("fwdcyrillic", rows)


def fwdkorean() -> Iterator[Case]:
    seoul = "Asia/Seoul"
    rows: list[Row] = [
        (
            "ko",
            "naver_korean_body",
            "naver",
            ("김지현", "jihyun.kim@hangang-soft.example.kr"),
            seoul,
            (2026, 10, 14, 10, 0, "Wed"),
            "[한강소프트] 면접 안내",
            "안녕하세요, 알렉스님.\n\n면접 일정: 2026년 10월 20일(화) 오후 2시\n장소: 본사 3층 회의실"
            "\n\n감사합니다.\n김지현 드림",
            (2026, 10, 20, 14, 0, "Tue"),
            None,
            "invitation",
            H2,
            "Naver forward '-----Original Message-----' with 'Sent: 2026-10-14 (수) 10:00:00 "
            "(GMT+09:00)'; '2026년 10월 20일(화) 오후 2시'.",
            "",
        ),
        (
            "ko",
            "naver_english_body",
            "naver",
            ("Park Minseo", "minseo.park@jeju-mobility.example.kr"),
            seoul,
            (2026, 10, 15, 9, 30, "Thu"),
            "Interview invitation",
            "Dear Alex,\n\nWe'd like to invite you to an interview on Thursday 22 October at "
            "10:00.\n\nBest,\nMinseo",
            (2026, 10, 22, 10, 0, "Thu"),
            None,
            "invitation",
            H2,
            "Naver forward with an English body.",
            "",
        ),
        (
            "ko",
            "daum_friday_morning",
            "daum",
            ("이서준", "seojun.lee@busan-marine.example.kr"),
            seoul,
            (2026, 10, 19, 15, 0, "Mon"),
            "면접 일정 안내",
            "알렉스님 안녕하세요.\n\n10월 23일(금) 오전 11시에 면접이 예정되어 있습니다.\n\n이서준",
            (2026, 10, 23, 11, 0, "Fri"),
            None,
            "invitation",
            H2,
            "Daum forward '------ 원본 메시지 ------' with '보낸사람:'; '10월 23일(금) 오전 11시'.",
            "",
        ),
        (
            "ko",
            "daum_tomorrow_3pm",
            "daum",
            ("최유나", "yuna.choi@gangnam-ai.example.kr"),
            seoul,
            (2026, 10, 26, 17, 0, "Mon"),
            "내일 면접",
            "알렉스님, 내일 오후 3시에 면접 진행하겠습니다. 로비에서 연락 주세요.\n\n최유나",
            (2026, 10, 27, 15, 0, "Tue"),
            None,
            "invitation",
            timedelta(hours=15, minutes=10),
            "Daum forward the next morning: '내일 오후 3시' is the day after the forwarded date.",
            "",
        ),
        (
            "ko",
            "k9_wednesday",
            "k9_ko",
            ("정하은", "haeun.jung@incheon-bio.example.kr"),
            seoul,
            (2026, 10, 22, 11, 0, "Thu"),
            "면접 안내",
            "안녕하세요. 면접은 2026년 10월 28일 수요일 14:30에 진행됩니다.\n\n정하은",
            (2026, 10, 28, 14, 30, "Wed"),
            None,
            "invitation",
            H2,
            "K-9 Mail (ko) '-------- 원본 메시지 --------' with '보낸 사람:'/'보낸 날짜:'.",
            "",
        ),
        (
            "ko",
            "rc_english_range",
            "rc_ko",
            ("Han Dohyun", "dohyun.han@daegu-robotics.example.kr"),
            seoul,
            (2026, 10, 23, 16, 0, "Fri"),
            "Interview",
            "Hi Alex,\n\nYour interview is confirmed for Friday 30 October, 16:00-17:00.\n\nDohyun",
            (2026, 10, 30, 16, 0, "Fri"),
            (2026, 10, 30, 17, 0, "Fri"),
            "invitation",
            H2,
            "Roundcube (ko) '-------- 원본 메시지 --------' with 제목/날짜/보낸 사람/받는 사람.",
            "",
        ),
        (
            "ko",
            "naver_ask_times",
            "naver",
            ("김지현", "jihyun.kim@hangang-soft.example.kr"),
            seoul,
            (2026, 11, 2, 10, 0, "Mon"),
            "2차 면접 일정 문의",
            "알렉스님, 2차 면접 가능하신 시간을 회신 부탁드립니다. 이번 주 목요일이나 금요일 오후 "
            "2시 이후가 가능합니다.\n\n김지현",
            None,
            None,
            "",
            H2,
            "Negative: Naver forward asking for available times.",
            "",
        ),
    ]
    yield from forwards("fwdkorean", rows)


def fwdturkarab() -> Iterator[Case]:
    ist = "Europe/Istanbul"
    rows: list[Row] = [
        (
            "tr",
            "gmail_sali",
            "gmail_tr",
            ("Elif Yalçın", "elif.yalcin@bosphorus-tek.example.com.tr"),
            ist,
            (2026, 10, 29, 10, 0, "Thu"),
            "Mülakat daveti",
            "Merhaba Alex,\n\nMülakatınız 3 Kasım Salı saat 14:00'te ofisimizde olacak.\n\n"
            "Elif Yalçın",
            (2026, 11, 3, 14, 0, "Tue"),
            None,
            "invitation",
            H2,
            "Gmail (tr) forward 'Gönderen:' and '29 Eki 2026 Per, 10:00'; '3 Kasım Salı saat "
            "14:00'te'.",
            "",
        ),
        (
            "tr",
            "tb_english",
            "tb_tr",
            ("Mert Aydın", "mert@ege-yazilim.example.com.tr"),
            ist,
            (2026, 10, 30, 11, 0, "Fri"),
            "Interview",
            "Hi Alex,\n\nWe'd like to meet you on Wednesday 4 November at 10:00.\n\nMert",
            (2026, 11, 4, 10, 0, "Wed"),
            None,
            "invitation",
            H2,
            "Thunderbird (tr) '-------- İletilen İleti --------' with Konu/Tarih/Kimden/Kime.",
            "",
        ),
        (
            "tr",
            "yahoo_yarin",
            "yahoo_tr",
            ("Zeynep Kara", "zeynep.kara@anadolu-lojistik.example.com.tr"),
            ist,
            (2026, 11, 4, 15, 0, "Wed"),
            "Mülakat yarın",
            "Merhaba Alex,\n\nyarın saat 11:00'de görüşmek üzere.\n\nZeynep",
            (2026, 11, 5, 11, 0, "Thu"),
            None,
            "invitation",
            timedelta(hours=17),
            "Yahoo (tr) run-together block forwarded the next morning: 'yarın saat 11:00' is the "
            "day after the forwarded date.",
            "",
        ),
        (
            "tr",
            "newoutlook_persembe",
            "newoutlook_tr",
            ("Burak Şahin", "burak@karadeniz-enerji.example.com.tr"),
            ist,
            (2026, 11, 2, 9, 0, "Mon"),
            "Görüşme",
            "Merhaba Alex,\n\nGörüşmemiz 5 Kasım Perşembe 15:30'da.\n\nBurak",
            (2026, 11, 5, 15, 30, "Thu"),
            None,
            "invitation",
            H2,
            "New Outlook (tr) 'Kimden:/Tarih: Pazartesi, 2 Kasım 2026 09:00'.",
            "",
        ),
        (
            "tr",
            "outlook_english",
            "outlook_tr",
            ("Selin Demir", "selin@marmara-bank.example.com.tr"),
            ist,
            (2026, 11, 2, 13, 0, "Mon"),
            "Interview invitation",
            "Dear Alex,\n\nPlease join us on Friday, November 6, at 2:00 PM.\n\nSelin",
            (2026, 11, 6, 14, 0, "Fri"),
            None,
            "invitation",
            H2,
            "Outlook (tr) 'Kimden:/Gönderildi:/Kime:/Konu:' under the underscore rule.",
            "",
        ),
        (
            "tr",
            "k9_pazartesi",
            "k9_tr",
            ("Can Öztürk", "can.ozturk@toros-gida.example.com.tr"),
            ist,
            (2026, 11, 4, 17, 0, "Wed"),
            "Mülakat",
            "Merhaba Alex,\n\n9 Kasım Pazartesi saat 10:00'da bekliyoruz.\n\nCan",
            (2026, 11, 9, 10, 0, "Mon"),
            None,
            "invitation",
            H2,
            "K-9 Mail (tr) '-------- Özgün İleti --------' with 'Gönderilme:'.",
            "",
        ),
        (
            "ar",
            "outlook_english",
            "outlook_ar",
            ("Khalid Al-Mansouri", "khalid@gulfcrest.example.ae"),
            "Asia/Dubai",
            (2026, 11, 5, 10, 0, "Thu"),
            "Interview",
            "Dear Alex,\n\nYour interview is on Tuesday 10 November at 11:00 at our Dubai Marina "
            "office.\n\nKhalid",
            (2026, 11, 10, 11, 0, "Tue"),
            None,
            "invitation",
            H2,
            "Outlook (ar) 'من:'/'التاريخ:'/'إلى:'/'الموضوع:' block (layout recalled); English "
            "body.",
            "",
        ),
        (
            "ar",
            "k9_arabic_body",
            "k9_ar",
            ("ليلى حداد", "layla.haddad@najd-data.example.sa"),
            "Asia/Riyadh",
            (2026, 11, 8, 12, 0, "Sun"),
            "دعوة لمقابلة",
            "مرحباً أليكس،\n\nيسعدنا دعوتك لمقابلة يوم الأربعاء 11 نوفمبر 2026 الساعة 13:00.\n\n"
            "ليلى حداد",
            (2026, 11, 11, 13, 0, "Wed"),
            None,
            "invitation",
            H2,
            "K-9 Mail (ar) '-------- الرسالة الأصلية --------' with 'مِن :'; Arabic body.",
            "",
        ),
        (
            "fa",
            "rc_english",
            "rc_fa",
            ("Dariush Karimi", "d.karimi@alborz-tech.example.ir"),
            "Asia/Tehran",
            (2026, 11, 7, 10, 0, "Sat"),
            "Interview",
            "Hello Alex,\n\nWe are glad to invite you on Thursday 12 November, 09:30.\n\nDariush",
            (2026, 11, 12, 9, 30, "Thu"),
            None,
            "invitation",
            H2,
            "Roundcube (fa) '-------- پیام اصلی --------' with 'از:'.",
            "",
        ),
        (
            "he",
            "rc_english",
            "rc_he",
            ("Noa Ben-David", "noa@carmel-cyber.example.co.il"),
            "Asia/Jerusalem",
            (2026, 11, 9, 10, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nSee you on Sunday 15 November at 10:00 at our Haifa office.\n\nNoa",
            (2026, 11, 15, 10, 0, "Sun"),
            None,
            "invitation",
            H2,
            "Roundcube (he) '-------- הודעה מקורית --------' with 'מאת:'.",
            "",
        ),
        (
            "ar",
            "rc_availability",
            "rc_ar",
            ("Omar Farouk", "omar.farouk@nile-fintech.example.eg"),
            "Africa/Cairo",
            (2026, 11, 9, 11, 0, "Mon"),
            "Next steps",
            "Hi Alex,\n\nCould you share your availability for next week? We can do mornings "
            "before 12:00.\n\nOmar",
            None,
            None,
            "",
            H2,
            "Negative: Roundcube (ar) forward asking for availability.",
            "",
        ),
    ]
    yield from forwards("fwdturkarab", rows)


def fwdnotemove() -> Iterator[Case]:
    ldn, ny = "Europe/London", "America/New_York"
    rows: list[Row] = [
        (
            "en",
            "proton_moved_to_3pm",
            "proton",
            ("Elena Marsh", "elena@larkspur-dev.example.com"),
            ldn,
            (2026, 11, 4, 9, 0, "Wed"),
            "Interview Tuesday",
            "Hi Alex,\n\nYour interview is on Tuesday 10 November at 11:00.\n\nElena",
            (2026, 11, 10, 15, 0, "Tue"),
            None,
            "reschedule",
            H2,
            "ProtonMail forward; the forwarder's note 'they moved this to 3pm, same day' sets the "
            "slot.",
            "FYI they moved this to 3pm, same day.",
        ),
        (
            "en",
            "zoho_now_thursday",
            "zoho",
            ("Owen Carraway", "owen@fenwick-data.example.com"),
            ny,
            (2026, 11, 5, 14, 0, "Thu"),
            "Interview",
            "Hi Alex,\n\nConfirming Wednesday 11 November at 2pm.\n\nOwen",
            (2026, 11, 12, 14, 0, "Thu"),
            None,
            "reschedule",
            H2,
            "Zoho forward between two '==== Forwarded message ====' rules; note: 'it's now Thursday "
            "at the same time'.",
            "Heads up: the recruiter called, it's now Thursday at the same time.",
        ),
        (
            "en",
            "outlook_mobile_hour_later",
            "outlook_mobile",
            ("Bea Lindqvist", "bea@saltmarsh.example.com"),
            ldn,
            (2026, 11, 9, 10, 0, "Mon"),
            "Interview Monday",
            "Hi Alex,\n\nSee you on Monday 16 November at 3:30pm.\n\nBea",
            (2026, 11, 16, 16, 30, "Mon"),
            None,
            "reschedule",
            H2,
            "Outlook mobile forward ('Get Outlook for iOS' above the rule); note: 'pushed back an "
            "hour to 4:30'.",
            "Just got a text from Bea — pushed back an hour to 4:30.",
        ),
        (
            "ru",
            "gmail_note_16",
            "gmail_ru",
            ("Вера Лосева", "v.loseva@kazan-soft.example.ru"),
            "Europe/Moscow",
            (2026, 11, 11, 11, 0, "Wed"),
            "Собеседование",
            "Алекс, добрый день!\n\nЖдём вас во вторник, 17 ноября, в 12:00.\n\nВера",
            (2026, 11, 17, 16, 0, "Tue"),
            None,
            "reschedule",
            H2,
            "Gmail (ru) forward; the Russian note 'Перенесли на 16:00, в тот же день' moves the "
            "slot.",
            "Перенесли на 16:00, в тот же день.",
        ),
        (
            "tr",
            "tb_note_ertelendi",
            "tb_tr",
            ("Deniz Acar", "deniz@kapadokya-yazilim.example.com.tr"),
            "Europe/Istanbul",
            (2026, 11, 12, 10, 0, "Thu"),
            "Mülakat",
            "Merhaba Alex,\n\n18 Kasım Çarşamba saat 11:00'de görüşelim.\n\nDeniz",
            (2026, 11, 18, 15, 0, "Wed"),
            None,
            "reschedule",
            H2,
            "Thunderbird (tr) forward; the Turkish note 'Görüşme aynı gün saat 15:00'e ertelendi'.",
            "Görüşme aynı gün saat 15:00'e ertelendi.",
        ),
        (
            "en",
            "proton_no_change",
            "proton",
            ("Elena Marsh", "elena@larkspur-dev.example.com"),
            ldn,
            (2026, 11, 12, 9, 0, "Thu"),
            "Final round",
            "Hi Alex,\n\nThe final round is on Wednesday 18 November at 10:30.\n\nElena",
            (2026, 11, 18, 10, 30, "Wed"),
            None,
            "invitation",
            H2,
            "ProtonMail forward with a note that changes nothing.",
            "Forwarding for my calendar.",
        ),
        (
            "en",
            "zoho_note_other_date",
            "zoho",
            ("Owen Carraway", "owen@fenwick-data.example.com"),
            ny,
            (2026, 11, 13, 9, 0, "Fri"),
            "Second interview",
            "Hi Alex,\n\nSecond interview: Thursday 19 November at 10am.\n\nOwen",
            (2026, 11, 19, 10, 0, "Thu"),
            None,
            "invitation",
            H2,
            "Zoho forward; the note names another date ('I'm off on Friday 20 Nov') that is not "
            "the interview.",
            "I'm off on Friday 20 Nov, but this one is fine.",
        ),
    ]
    yield from forwards("fwdnotemove", rows)


def fwdcentral() -> Iterator[Case]:
    rows: list[Row] = [
        (
            "hr",
            "gmail_cetvrtak",
            "gmail_hr",
            ("Ivana Perić", "ivana.peric@jadran-tech.example.hr"),
            "Europe/Zagreb",
            (2026, 11, 6, 10, 0, "Fri"),
            "Poziv na razgovor",
            "Poštovani Alex,\n\npozivamo Vas na razgovor u četvrtak, 12. studenoga u 10:00 sati.\n\n"
            "Ivana Perić",
            (2026, 11, 12, 10, 0, "Thu"),
            None,
            "invitation",
            H2,
            "Gmail (hr) forward 'Šalje:' with 'pet, 6. stu 2026. u 10:00'; genitive 'studenoga'.",
            "",
        ),
        (
            "cs",
            "gmail_streda",
            "gmail_cs",
            ("Petra Horáková", "p.horakova@vltava-data.example.cz"),
            "Europe/Prague",
            (2026, 11, 5, 9, 0, "Thu"),
            "Pohovor",
            "Dobrý den,\n\nzveme Vás na pohovor ve středu 11. listopadu ve 14:00.\n\nPetra Horáková",
            (2026, 11, 11, 14, 0, "Wed"),
            None,
            "invitation",
            H2,
            "Gmail (cs) forward with the all-digit date 'čt 5. 11. 2026 v 9:00'; 'listopadu' is "
            "November in Czech.",
            "",
        ),
        (
            "sk",
            "gmail_tomorrow",
            "gmail_sk",
            ("Martin Kováč", "martin.kovac@tatry-soft.example.sk"),
            "Europe/Bratislava",
            (2026, 11, 16, 17, 0, "Mon"),
            "Interview tomorrow",
            "Hi Alex,\n\nCan you join us tomorrow at 9:30 for a short call with the CTO?\n\nMartin",
            (2026, 11, 17, 9, 30, "Tue"),
            None,
            "invitation",
            timedelta(hours=14, minutes=50),
            "Gmail (sk) forward the next morning ('po 16. 11. 2026 o 17:00'): 'tomorrow at 9:30' "
            "is the day after the forwarded date.",
            "",
        ),
        (
            "ro",
            "gmail_joi",
            "gmail_ro",
            ("Andreea Popescu", "andreea@carpati-it.example.ro"),
            "Europe/Bucharest",
            (2026, 11, 13, 12, 0, "Fri"),
            "Interviu",
            "Bună ziua, Alex,\n\nVă invităm la interviu joi, 19 noiembrie, la ora 11:00.\n\n"
            "Andreea",
            (2026, 11, 19, 11, 0, "Thu"),
            None,
            "invitation",
            H2,
            "Gmail (ro) forward 'De la:' and 'vin., 13 nov. 2026 la 12:00'.",
            "",
        ),
        (
            "hu",
            "gmail_pentek",
            "gmail_hu",
            ("Szabó Eszter", "eszter.szabo@duna-digital.example.hu"),
            "Europe/Budapest",
            (2026, 11, 16, 9, 0, "Mon"),
            "Állásinterjú",
            "Kedves Alex!\n\nSzeretettel meghívjuk interjúra november 20-án, pénteken 13 órakor.\n\n"
            "Szabó Eszter",
            (2026, 11, 20, 13, 0, "Fri"),
            None,
            "invitation",
            H2,
            "Gmail (hu) forward 'Feladó:' with '2026. nov. 16., H, 9:00'.",
            "",
        ),
        (
            "et",
            "gmail_neljapaev",
            "gmail_et",
            ("Kadri Tamm", "kadri.tamm@laane-labs.example.ee"),
            "Europe/Tallinn",
            (2026, 11, 19, 10, 0, "Thu"),
            "Tööintervjuu",
            "Tere, Alex!\n\nOotame Sind intervjuule neljapäeval, 26. novembril kell 14.00.\n\nKadri",
            (2026, 11, 26, 14, 0, "Thu"),
            None,
            "invitation",
            H2,
            "Gmail (et) forward 'Saatja:' and 'N, 19. november 2026 kell 10:00'.",
            "",
        ),
        (
            "hr",
            "tb_english_range",
            "tb_hr",
            ("Luka Babić", "luka@split-systems.example.hr"),
            "Europe/Zagreb",
            (2026, 11, 17, 14, 0, "Tue"),
            "Interview",
            "Hi Alex,\n\nYour interview is on Monday 23 November, 15:00-16:00.\n\nLuka",
            (2026, 11, 23, 15, 0, "Mon"),
            (2026, 11, 23, 16, 0, "Mon"),
            "invitation",
            H2,
            "Thunderbird (hr) '-------- Proslijeđena poruka --------' with Naslov/Datum/Šalje/Prima.",
            "",
        ),
    ]
    yield from forwards("fwdcentral", rows)


def fwdk9asia() -> Iterator[Case]:
    rows: list[Row] = [
        (
            "ja",
            "k9_jikan",
            "k9_ja",
            ("佐藤 美咲", "misaki.sato@sakura-sys.example.jp"),
            "Asia/Tokyo",
            (2026, 10, 9, 10, 0, "Fri"),
            "面接のご案内",
            "アレックス様\n\n面接日時：10月15日（木）14時から1時間\n場所：本社5階会議室\n\n佐藤",
            (2026, 10, 15, 14, 0, "Thu"),
            (2026, 10, 15, 15, 0, "Thu"),
            "invitation",
            H2,
            "K-9 Mail (ja) '-------- 元メール --------'; '10月15日（木）14時から1時間'.",
            "",
        ),
        (
            "zh",
            "k9_xiawu",
            "k9_zh",
            ("王丽", "li.wang@jiangnan-tech.example.cn"),
            "Asia/Shanghai",
            (2026, 10, 12, 11, 0, "Mon"),
            "面试通知",
            "Alex您好：\n\n面试时间定于10月16日（周五）下午3点。\n\n王丽",
            (2026, 10, 16, 15, 0, "Fri"),
            None,
            "invitation",
            H2,
            "K-9 Mail (zh-CN) '-------- 原始邮件 --------' with full-width colons.",
            "",
        ),
        (
            "vi",
            "k9_thu_hai",
            "k9_vi",
            ("Nguyễn Thu Hà", "ha.nguyen@mekong-soft.example.vn"),
            "Asia/Ho_Chi_Minh",
            (2026, 10, 14, 9, 0, "Wed"),
            "Thư mời phỏng vấn",
            "Chào Alex,\n\nMời bạn phỏng vấn lúc 9h30 thứ Hai, ngày 19/10/2026.\n\nThu Hà",
            (2026, 10, 19, 9, 30, "Mon"),
            None,
            "invitation",
            H2,
            "K-9 Mail (vi) '-------- Thư gốc --------' with 'Từ:'/'Đã gửi:'.",
            "",
        ),
        (
            "hi",
            "k9_english_ist",
            "k9_hi",
            ("Ananya Iyer", "ananya@godavari-cloud.example.in"),
            "Asia/Kolkata",
            (2026, 10, 15, 10, 0, "Thu"),
            "Interview",
            "Hi Alex,\n\nYour interview is on Tuesday 20 October at 11:00 AM.\n\nAnanya",
            (2026, 10, 20, 11, 0, "Tue"),
            None,
            "invitation",
            H2,
            "K-9 Mail (hi) '-------- पुराना मैसेज--------' with 'से:'.",
            "",
        ),
        (
            "el",
            "k9_tetarti",
            "k9_el",
            ("Μαρία Παππά", "m.pappa@aigaio-data.example.gr"),
            "Europe/Athens",
            (2026, 10, 16, 12, 0, "Fri"),
            "Πρόσκληση σε συνέντευξη",
            "Καλησπέρα Alex,\n\nσας περιμένουμε την Τετάρτη 21 Οκτωβρίου στις 12:00.\n\nΜαρία",
            (2026, 10, 21, 12, 0, "Wed"),
            None,
            "invitation",
            H2,
            "K-9 Mail (el) '-------- Πρωτότυπο μήνυμα --------' with 'Από:'/'Αποστολή:'.",
            "",
        ),
        (
            "uk",
            "k9_chetver",
            "k9_uk",
            ("Андрій Коваль", "a.koval@lviv-code.example.ua"),
            "Europe/Kyiv",
            (2026, 10, 19, 10, 0, "Mon"),
            "Співбесіда",
            "Алексе, добрий день!\n\nЧекаємо вас у четвер, 22 жовтня, о 15:00.\n\nАндрій",
            (2026, 10, 22, 15, 0, "Thu"),
            None,
            "invitation",
            H2,
            "K-9 Mail (uk) '-------- Оригінальне Повідомлення --------' with 'Від:'.",
            "",
        ),
        (
            "fa",
            "k9_tomorrow",
            "k9_fa",
            ("Sara Rahimi", "s.rahimi@zagros-ai.example.ir"),
            "Asia/Tehran",
            (2026, 10, 24, 14, 0, "Sat"),
            "Interview tomorrow",
            "Hi Alex,\n\nCan you come in tomorrow at 10:00?\n\nSara",
            (2026, 10, 25, 10, 0, "Sun"),
            None,
            "invitation",
            timedelta(hours=18),
            "K-9 Mail (fa) '-------- پیام نخستین --------' forwarded the next morning: 'tomorrow "
            "at 10:00' is the day after the forwarded date.",
            "",
        ),
    ]
    yield from forwards("fwdk9asia", rows)


def fwdapplelocal() -> Iterator[Case]:
    rows: list[Row] = [
        (
            "ru",
            "apple_english",
            "apple_ru",
            ("Nikita Orlov", "n.orlov@onega-labs.example.com"),
            "Europe/Moscow",
            (2026, 10, 20, 11, 0, "Tue"),
            "Interview",
            "Hi Alex,\n\nLet's meet on Monday 26 October at 15:00.\n\nNikita",
            (2026, 10, 26, 15, 0, "Mon"),
            None,
            "invitation",
            H2,
            "Apple Mail (ru, iPhone) quoted forward 'Начало переадресованного сообщения:' with "
            "'Отправитель:'.",
            "",
        ),
        (
            "uk",
            "apple_ukrainian",
            "apple_uk",
            ("Ірина Бойко", "i.boiko@poltava-agro.example.ua"),
            "Europe/Kyiv",
            (2026, 10, 21, 10, 0, "Wed"),
            "Співбесіда",
            "Алексе, вітаю!\n\nСпівбесіда відбудеться у вівторок, 27 жовтня, о 10:00.\n\nІрина",
            (2026, 10, 27, 10, 0, "Tue"),
            None,
            "invitation",
            H2,
            "Apple Mail (uk) quoted forward 'Початок листа, що пересилається:' with 'Від кого:'.",
            "",
        ),
        (
            "tr",
            "apple_tomorrow",
            "apple_tr",
            ("Ayşe Koç", "ayse.koc@likya-turizm.example.com.tr"),
            "Europe/Istanbul",
            (2026, 10, 27, 16, 0, "Tue"),
            "Interview tomorrow",
            "Hi Alex,\n\nSee you tomorrow at 2pm at our Antalya office.\n\nAyşe",
            (2026, 10, 28, 14, 0, "Wed"),
            None,
            "invitation",
            timedelta(hours=16),
            "Apple Mail (tr) 'İleti başlangıcı:' forwarded the next morning: 'tomorrow at 2pm' "
            "is the day after the forwarded date.",
            "",
        ),
        (
            "hr",
            "apple_english",
            "apple_hr",
            ("Marko Horvat", "marko@istra-dev.example.hr"),
            "Europe/Zagreb",
            (2026, 10, 26, 9, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nYour interview: Thursday 29 October, 11:00-12:00.\n\nMarko",
            (2026, 10, 29, 11, 0, "Thu"),
            (2026, 10, 29, 12, 0, "Thu"),
            "invitation",
            H2,
            "Apple Mail (hr) 'Započni proslijeđenu poruku:' with 'Šalje:'.",
            "",
        ),
        (
            "cs",
            "apple_czech",
            "apple_cs",
            ("Jana Dvořáková", "jana@morava-cloud.example.cz"),
            "Europe/Prague",
            (2026, 10, 27, 13, 0, "Tue"),
            "Pohovor",
            "Dobrý den,\n\npohovor proběhne v pondělí 2. listopadu v 10:00.\n\nJana",
            (2026, 11, 2, 10, 0, "Mon"),
            None,
            "invitation",
            H2,
            "Apple Mail (cs) 'Začátek přeposílané zprávy:' with 'Od:'/'Předmět:'.",
            "",
        ),
        (
            "ro",
            "apple_english",
            "apple_ro",
            ("Radu Ionescu", "radu@delta-data.example.ro"),
            "Europe/Bucharest",
            (2026, 10, 29, 10, 0, "Thu"),
            "Interview",
            "Hi Alex,\n\nPlease join us on Wednesday 4 November at 16:00.\n\nRadu",
            (2026, 11, 4, 16, 0, "Wed"),
            None,
            "invitation",
            H2,
            "Apple Mail (ro) 'Începe mesajul redirecționat:' with 'Expeditorul:'.",
            "",
        ),
        (
            "hu",
            "apple_english",
            "apple_hu",
            ("Kovács Bence", "bence@tisza-soft.example.hu"),
            "Europe/Budapest",
            (2026, 11, 2, 10, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nInterview on Friday 6 November at 9:00.\n\nBence",
            (2026, 11, 6, 9, 0, "Fri"),
            None,
            "invitation",
            H2,
            "Apple Mail (hu) 'Továbbított levél kezdete:' with 'Feladó:'.",
            "",
        ),
    ]
    yield from forwards("fwdapplelocal", rows)


def fwdtwice() -> Iterator[Case]:
    f = "fwdtwice"
    rows = [
        # lang, name, inner style, employer, agency style, agency, zone, sent, subject, body,
        # agency note, start, end, kind, what
        (
            "en",
            "gmail_over_tb_ru",
            "tb_ru",
            ("Roman Zaitsev", "r.zaitsev@ladoga-systems.example.com"),
            "gmail_en",
            ("Tess Moreland", "tess@northbridge-talent.example.com"),
            "Europe/Moscow",
            (2026, 11, 2, 10, 0, "Mon"),
            "Interview slot",
            "Hi Alex,\n\nInterview confirmed: Thursday 5 November at 13:00.\n\nRoman",
            "Alex, see below from the client.",
            (2026, 11, 5, 13, 0, "Thu"),
            None,
            "invitation",
            "An agency's Gmail forward of a Thunderbird (ru) forward, forwarded again by the user.",
        ),
        (
            "tr",
            "outlook_over_gmail_tr",
            "gmail_tr",
            ("Emre Yıldız", "emre@galata-fintech.example.com.tr"),
            "outlook_tr",
            ("Seda Arslan", "seda@istanbul-talent.example.com.tr"),
            "Europe/Istanbul",
            (2026, 11, 3, 11, 0, "Tue"),
            "Mülakat",
            "Merhaba,\n\nAlex ile 10 Kasım Salı saat 10:00'da görüşmek istiyoruz.\n\nEmre",
            "Alex, müşteriden gelen onay aşağıda.",
            (2026, 11, 10, 10, 0, "Tue"),
            None,
            "invitation",
            "Turkish Outlook forward of a Gmail (tr) forward.",
        ),
        (
            "ko",
            "naver_over_k9_ko",
            "k9_ko",
            ("윤지호", "jiho.yoon@suwon-semi.example.kr"),
            "naver",
            ("Kang Hyejin", "hyejin@seoul-search.example.kr"),
            "Asia/Seoul",
            (2026, 11, 4, 9, 0, "Wed"),
            "면접 확정",
            "면접은 11월 11일(수) 오후 4시로 확정되었습니다.\n\n윤지호",
            "Alex님, 고객사 확인 메일 전달드립니다.",
            (2026, 11, 11, 16, 0, "Wed"),
            None,
            "invitation",
            "Naver forward of a K-9 (ko) forward.",
        ),
        (
            "en",
            "agency_moves_1030",
            "outlook_mobile",
            ("Helga Brandt", "h.brandt@rheinmetrik.example.de"),
            "gmail_en",
            ("Callum Reid", "callum@bluepeak-search.example.co.uk"),
            "Europe/Berlin",
            (2026, 11, 9, 9, 0, "Mon"),
            "Interview",
            "Hi Alex,\n\nWe'd like to see you on Friday 13 November at 9:00.\n\nHelga",
            "Alex — client has asked to move this to 10:30 on the same day, all else as below.",
            (2026, 11, 13, 10, 30, "Fri"),
            None,
            "reschedule",
            "Double forward where the agency's note moves the slot ('move this to 10:30 on the "
            "same day').",
        ),
        (
            "ru",
            "yandex_over_gmail_uk",
            "gmail_uk",
            ("Богдан Савчук", "b.savchuk@odesa-port.example.ua"),
            "mailru",
            ("Лариса Фомина", "l.fomina@kadry-plus.example.ru"),
            "Europe/Kyiv",
            (2026, 11, 10, 10, 0, "Tue"),
            "Співбесіда",
            "Добрий день!\n\nСпівбесіда з кандидатом — у понеділок, 16 листопада, о 14:00.\n\n"
            "Богдан",
            "Алекс, пересылаю подтверждение от клиента.",
            (2026, 11, 16, 14, 0, "Mon"),
            None,
            "invitation",
            "Mail.ru forward of a Gmail (uk) forward.",
        ),
        (
            "en",
            "zoho_over_proton",
            "proton",
            ("Ines Carvalho", "ines@tagus-analytics.example.pt"),
            "zoho",
            ("Marta Ruiz", "marta@iberia-hire.example.es"),
            "Europe/Lisbon",
            (2026, 11, 11, 10, 0, "Wed"),
            "Interview",
            "Hi,\n\nWe can see Alex on Tuesday 17 November at 15:00.\n\nInês",
            "Alex, confirmed by the client below.",
            (2026, 11, 17, 15, 0, "Tue"),
            None,
            "invitation",
            "Zoho forward of a ProtonMail forward.",
        ),
        (
            "hr",
            "gmail_hr_over_tb_hr",
            "tb_hr",
            ("Ana Kovačević", "ana@dalmacija-soft.example.hr"),
            "gmail_hr",
            ("Tomislav Jurić", "tomislav@zagreb-talent.example.hr"),
            "Europe/Zagreb",
            (2026, 11, 12, 9, 0, "Thu"),
            "Razgovor",
            "Pozdrav,\n\nrazgovor s kandidatom u srijedu, 18. studenoga u 11:00.\n\nAna",
            "Alex, potvrda klijenta je ispod.",
            (2026, 11, 18, 11, 0, "Wed"),
            None,
            "invitation",
            "Gmail (hr) forward of a Thunderbird (hr) forward.",
        ),
    ]
    for (
        lang,
        name,
        inner,
        emp,
        outer,
        agency,
        zone,
        os_,
        subject,
        body,
        anote,
        st,
        _end,
        kind,
        what,
    ) in rows:
        o_sent = at(*os_[:5], zone, os_[5])  # type: ignore[misc]
        a_sent = o_sent + timedelta(hours=1, minutes=20)
        u_sent = a_sent + timedelta(hours=2)
        start = at(*st[:5], zone, st[5])  # type: ignore[misc]
        inner_text = f"{block(inner, emp, o_sent, subject, agency)}\n{body.strip()}\n"
        agency_text = f"{anote}\n\n{inner_text}"
        if outer == "gmail_en":
            head = pp.forward_block("gmail", "en", agency, a_sent, f"Fwd: {subject}", ME)
        else:
            head = block(outer, agency, a_sent, f"Fwd: {subject}")
        text = f"{head}\n{agency_text}"
        raw = mail(
            f"threads10/{f}/{name}",
            sender=ME,
            to=HOOK,
            subject=f"Fwd: Fwd: {subject}",
            sent=u_sent,
            text=text,
        )
        label = {**slot(start, kind=kind, sent=u_sent), "original_sender": emp[1]}
        yield Case(
            f,
            SPLITS[f],
            f"{lang}_{name}",
            raw,
            label,
            lang,
            what,
            template_for(inner)[0] + " (inner); " + template_for(outer)[0] + " (outer)",
            OWN,
        )


BUILDERS = [
    replyconfirm,
    daysafter,
    fwdcyrillic,
    fwdkorean,
    fwdturkarab,
    fwdnotemove,
    fwdcentral,
    replymove,
    fwdk9asia,
    fwdapplelocal,
    fwdtwice,
    samethread,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the threads10 batch (`build_threads10.py`)",
        "",
        "Reply threads and forwards whose slot depends on reading the right message. Text is "
        "ours; people, companies and addresses are made up. Forward header strings come from "
        "public repositories where noted in each label's `source.template`: the fixtures of "
        "crisp-oss/email-forward-parser (MIT; Gmail, Thunderbird, Apple Mail, Yahoo and new "
        "Outlook in ru, uk, tr, hr, cs, sk, ro, hu, et), K-9 Mail's strings.xml (Apache-2.0; "
        "ko, ru, tr, ar, uk, fa, el, hi, vi, ja, zh-CN) and Roundcube's labels.inc (GPL-3.0; "
        "ko, ru, tr, ar, fa, he, uk). Naver, Daum, Mail.ru, Yandex, Outlook (ar, tr, mobile), "
        "ProtonMail and Zoho layouts and Gmail's quote attributions are recalled, not re-read. "
        "Every label was written from the datetimes the text is rendered from, before the "
        "parser was run on any message of the batch.",
        "",
        "First measurement (96 messages, before any parser change): dev text 43/57, "
        "negatives claimed 1/4, original_sender right 25/43; held out text 21/34, negatives "
        "claimed 0/1, original_sender right 9/21. After the threads10 parser changes: dev "
        "57/57, 0/4, 43/43; held out 30/34, 0/1, 21/21 (held-out files never looked at).",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_threads10.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-threads10.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
