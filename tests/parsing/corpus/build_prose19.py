"""Write the "prose19" batch: interview mail typed in Asian and Middle-Eastern languages.

Run: .venv/bin/python tests/parsing/corpus/build_prose19.py

Invitations, moves, cancellations, replies confirming a proposed slot, forwards and
look-alikes with no calendar part, typed by recruiters, hiring managers and HR staff in
Japanese, Chinese (simplified and traditional), Korean, Hindi and Hinglish, Bengali, Tamil,
Urdu, Indonesian, Malay, Filipino/Taglish, Vietnamese, Thai, Turkish, Arabic, Persian and
Hebrew: '午後2時半', '14時〜15時', Reiwa and Minguo years, '来週火曜日', full-width digits,
'下午两点半', '周四上午十点', '北京时间', 'CST' meaning China, '오후 2시 반', '다음 주
화요일', 'kal subah 11 baje', Bengali and Arabic-Indic and Persian digits, 'pukul 14.00 WIB',
WITA and WIT, '14h30 thứ Năm', 'บ่าย 2 โมง', Buddhist-era years, "saat 14:30'da",
'الساعة الثانية ظهراً', Solar Hijri dates, 'יום ה׳ בשעה 14:00', zone words (JST, KST, CST,
IST, PKT, WIB, WITA, WIT, ICT, GST, IRST, IDT). About one mail in five is a look-alike in
the same voices. Forwards carry the header blocks of Gmail, Outlook, Apple Mail and
Thunderbird in the user's own language. Every label comes from the datetimes the text is
rendered from (weekdays typed in the text are checked by `at`) and was written before the
parser was run on the message; the split was fixed before then too. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only
its own families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from html import escape
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
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; recruiters, hiring managers and HR staff typing scheduling mail in their "
    "own language in webmail or on the phone; forward header blocks written from memory of "
    "the clients' localised layouts; " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "jpsaiyo21": "dev",
    "zhcn21": "dev",
    "zhtw21": "dev",
    "krchae21": "heldout",
    "desi21": "dev",
    "nusa21": "dev",
    "mekong21": "heldout",
    "turkar21": "dev",
    "fahe21": "heldout",
    "fwdasia21": "dev",
    "movesasia21": "dev",
}

SOURCES = {
    "jpsaiyo21": "Japanese recruiters (saiyō tantō): '来週火曜日の午後2時半', '14時〜15時' "
    "under a Reiwa date, full-width digits with （JST）, an HTML-only first-interview notice, "
    "a cancellation; look-alikes: a candidate-slot list to answer and a group setsumeikai.",
    "zhcn21": "Mainland Chinese HR: '本周四下午两点半', '下周四上午十点（北京时间）', '星期三 "
    "14:00-15:00', 'CST' meaning China, a move; look-alikes: a campus talk and an availability "
    "ask.",
    "zhtw21": "Taiwanese HR in traditional characters: '下午兩點半（台北時間）', Minguo year "
    "'116年', an HTML-only notice, a reply fixing the slot the candidate proposed; look-alike: "
    "an application receipt naming when results come.",
    "krchae21": "Korean recruiters: '다음 주 화요일 오후 2시 반', '14:00~15:00 (KST)', '오전 "
    "10시', an HTML-only notice, a move; look-alike: an aptitude test due by a time.",
    "desi21": "South Asian HR: Hindi in Devanagari, Hinglish ('kal subah 11 baje'), Bengali "
    "with Bengali digits and Bangladesh time, Tamil, Urdu with PKT, a Hindi cancellation; "
    "look-alike: a Hinglish availability ask.",
    "nusa21": "Indonesian ('pukul 14.00 WIB', WITA, WIT), Malay ('jam 10.00 pagi', 'jam 3 "
    "petang') and Taglish ('2:30 PM PH time') recruiters; look-alike: a psychometric test to "
    "finish before a deadline.",
    "mekong21": "Vietnamese ('14h30 thứ Năm', '9 giờ sáng') and Thai ('บ่าย 2 โมง', '14.00 น.', "
    "Buddhist-era years) recruiters, a Thai move; look-alike: a Vietnamese job fair.",
    "turkar21": "Turkish (\"saat 14:30'da\", 'TSİ') and Arabic (Gulf, Saudi, Egyptian: "
    "'الساعة الثانية ظهراً', Arabic-Indic digits, GST) recruiters, a Turkish cancellation; "
    "look-alike: a Turkish online test deadline.",
    "fahe21": "Persian (Solar Hijri dates in Persian digits, 'به وقت تهران') and Hebrew ('יום ה׳ "
    "בשעה 14:00', IDT) recruiters, a Persian move; look-alike: a Hebrew open day.",
    "fwdasia21": "The user forwards recruiters' mail under localised forward headers (Gmail "
    "ja/id, Outlook zh-CN/ko/tr/ar, Apple Mail ja, Thunderbird zh-TW) with a note, some "
    "HTML-only; look-alike: a forwarded company information session.",
    "movesasia21": "Moves, cancellations and recruiters' replies confirming the slot the "
    "candidate proposed, across ja, zh-CN, hi, id, ar and tr, with the old slot quoted; "
    "look-alike: a reply still asking the candidate to choose.",
}

TYO, SEL, SHA = "Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai"
TPE, KOL = "Asia/Taipei", "Asia/Kolkata"
DAC, KHI, JKT, MAK, JAY = (
    "Asia/Dhaka",
    "Asia/Karachi",
    "Asia/Jakarta",
    "Asia/Makassar",
    "Asia/Jayapura",
)
KUL, MNL, SGN, BKK, IST = (
    "Asia/Kuala_Lumpur",
    "Asia/Manila",
    "Asia/Ho_Chi_Minh",
    "Asia/Bangkok",
    "Europe/Istanbul",
)
DXB, RUH, CAI = "Asia/Dubai", "Asia/Riyadh", "Africa/Cairo"
THR, JRS = "Asia/Tehran", "Asia/Jerusalem"


def html_page(text: str) -> str:
    """Paragraphs as a webmail composer writes them; address brackets escaped."""
    paras = (escape(p, quote=False) for p in text.split("\n\n"))
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in paras)
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


def digits(text: str, script: str) -> str:
    """ASCII digits written in another script's digits (or full-width forms)."""
    base = {"ar": 0x0660, "fa": 0x06F0, "bn": 0x09E6, "fw": 0xFF10}[script]
    return "".join(chr(base + ord(c) - 48) if c.isdigit() and c.isascii() else c for c in text)


def jalali(value: datetime) -> tuple[int, int, int]:
    """Gregorian date to Solar Hijri (year, month, day); the usual arithmetic conversion."""
    gy, gm, gd = value.year, value.month, value.day
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (
        355666
        + 365 * gy
        + (gy2 + 3) // 4
        - (gy2 + 99) // 100
        + (gy2 + 399) // 400
        + gd
        + before[gm - 1]
    )
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


assert jalali(datetime(2027, 3, 21)) == (1406, 1, 1)
assert jalali(datetime(2024, 3, 20)) == (1403, 1, 1)
FA_MONTHS = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]


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
    *,
    form: str = "text",
    reply: bool = False,
) -> Case:
    """One direct mail (form: text, html or both)."""
    raw = mail(
        f"prose19/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
        reply_to_key=f"prose19/{family}/{name}/parent" if reply else "",
    )
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def _who(person: tuple[str, str]) -> str:
    return f"{person[0]} <{person[1]}>"


JA_WD = "月火水木金土日"
KO_WD = "월화수목금토일"
TR_MONTHS = [
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
TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
ID_DAYS = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]


def forward_block(
    client: str, lang: str, org: tuple[str, str], sent: datetime, subject: str
) -> str:
    """A localised client's header block above a forwarded message (layouts from memory)."""
    who, rcpt = _who(org), _who(ME)
    wd = sent.weekday()
    if (client, lang) == ("gmail", "ja"):
        return (
            f"---------- Forwarded message ---------\n差出人: {who}\n"
            f"Date: {sent.year}年{sent.month}月{sent.day}日({JA_WD[wd]}) {sent:%H:%M}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if (client, lang) == ("apple", "ja"):
        return (
            f"転送されたメッセージ:\n\n差出人: {who}\n件名: {subject}\n"
            f"日付: {sent.year}年{sent.month}月{sent.day}日 {sent.hour}:{sent:%M:%S} JST\n"
            f"宛先: {rcpt}\n"
        )
    if (client, lang) == ("outlook", "zh-CN"):
        return (
            f"________________________________\n发件人: {who}\n"
            f"发送时间: {sent.year}年{sent.month}月{sent.day}日 {sent.hour}:{sent:%M}\n"
            f"收件人: {rcpt}\n主题: {subject}\n"
        )
    if (client, lang) == ("thunderbird", "zh-TW"):
        return (
            f"-------- 轉寄的郵件 --------\n主旨: \t{subject}\n"
            f"日期: \t{sent:%a, %d %b %Y %H:%M:%S %z}\n寄件者: \t{who}\n收件者: \t{rcpt}\n"
        )
    if (client, lang) == ("outlook", "ko"):
        half = "오전" if sent.hour < 12 else "오후"
        return (
            f"________________________________\n보낸 사람: {who}\n"
            f"보낸 날짜: {sent.year}년 {sent.month}월 {sent.day}일 {KO_WD[wd]}요일 {half} "
            f"{sent.hour % 12 or 12}:{sent:%M}\n받는 사람: {rcpt}\n제목: {subject}\n"
        )
    if (client, lang) == ("gmail", "id"):
        return (
            f"---------- Pesan terusan ---------\nDari: {who}\n"
            f"Date: {ID_DAYS[wd]}, {sent.day} {sent:%b} {sent.year} pukul {sent:%H.%M}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if (client, lang) == ("outlook", "tr"):
        return (
            f"________________________________\nKimden: {who}\n"
            f"Gönderildi: {sent.day} {TR_MONTHS[sent.month - 1]} {sent.year} {TR_DAYS[wd]} "
            f"{sent:%H:%M}\nKime: {rcpt}\nKonu: {subject}\n"
        )
    if (client, lang) == ("outlook", "ar"):
        half = "ص" if sent.hour < 12 else "م"
        stamp = digits(
            f"{sent.day} {AR_MONTHS[sent.month - 1]} {sent.year} {sent.hour % 12 or 12}:"
            f"{sent:%M} {half}",
            "ar",
        )
        return (
            f"________________________________\nمن: {who}\n"
            f"تم الإرسال: {AR_DAYS[wd]}، {stamp}\nإلى: {rcpt}\nالموضوع: {subject}\n"
        )
    raise ValueError(f"no forward layout for {client}/{lang}")


PREFIX = {"gmail": "Fwd", "apple": "Fwd", "thunderbird": "Fwd", "outlook": "FW"}
PREFIX_LANG = {("outlook", "zh-CN"): "转发", ("outlook", "ko"): "전달", ("outlook", "tr"): "İLT"}


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    user_note: str,
    body: str,
    note: str,
    label: dict[str, object],
    *,
    form: str = "text",
) -> Case:
    """The user forwards a mail with a note of their own (text, HTML-only or both)."""
    block = forward_block(client, lang, org, sent, subject)
    prefix = PREFIX_LANG.get((client, lang), PREFIX[client])
    text = f"{user_note}\n\n{block}\n{body.strip()}\n"
    raw = mail(
        f"prose19/{family}/{name}",
        sender=ME,
        to=pp.HOOK,
        subject=f"{prefix}: {subject}",
        sent=sent + timedelta(hours=3, minutes=4),
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    full = {**label, "original_sender": org[1]}
    if label.get("kind") != "not_invitation":
        full["organizer_email"] = org[1]
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, HAND, OWN)


def zoned(
    start: datetime, end: datetime | None, zone: str, kind: str = "invitation"
) -> dict[str, object]:
    return slot(start, end, zone=zone, kind=kind)


def wall(
    start: datetime, end: datetime | None, sent: datetime, kind: str = "invitation"
) -> dict[str, object]:
    return slot(start, end, sent=sent, kind=kind)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday typed in a look-alike's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


# --------------------------------------------------------------------------------------
def jpsaiyo21() -> Iterator[Case]:
    f = "jpsaiyo21"
    s = ("佐藤 美咲", "m.sato@kirigaoka-shoji.example.jp")
    sent = at(2027, 4, 8, 17, 20, TYO, "Thu")
    st = at(2027, 4, 13, 14, 30, TYO, "Tue")
    yield case(
        f,
        "raishu_kayobi",
        "ja",
        s,
        "一次面接の日程について（霧ヶ丘商事）",
        sent,
        "'来週火曜日の午後2時半から' sent Thursday 8 April: Tuesday 13 April 14:30; '1時間程度' "
        "is loose, so no end; no zone word (Date offset +09:00).",
        wall(st, None, sent),
        "アレックス・モーガン様\n\nお世話になっております。霧ヶ丘商事 人事部の佐藤です。\n"
        "先日はご応募いただき、誠にありがとうございました。\n\n書類選考の結果、ぜひ一次面接に"
        "お越しいただきたく、ご連絡いたしました。\n\n来週火曜日の午後2時半から、1時間程度を"
        "予定しております。\n場所は弊社本社（東京都千代田区神田錦町2-4 霧ヶ丘ビル7階）です。"
        "受付にてお名前をお伝えください。\n\n当日は履歴書を1部お持ちください。\n"
        "ご都合が悪い場合は、お手数ですがご返信ください。\n\nどうぞよろしくお願いいたします。\n\n"
        "霧ヶ丘商事株式会社 人事部\n佐藤 美咲\nTEL 03-0000-4412",
    )
    s = ("北村 翔太", "kitamura@hoshizora-sys.example.jp")
    sent = at(2027, 4, 9, 11, 5, TYO, "Fri")
    st = at(2027, 4, 20, 14, 0, TYO, "Tue")
    yield case(
        f,
        "reiwa_14ji",
        "ja",
        s,
        "【星空システムズ】二次面接のご案内",
        sent,
        "Reiwa date '令和9年4月20日（火）14時〜15時': Tuesday 20 April 2027 14:00-15:00; no zone.",
        wall(st, st + 60 * MIN, sent),
        "アレックス・モーガン 様\n\nこの度は一次面接にお越しいただき、ありがとうございました。\n"
        "二次面接のご案内をお送りいたします。\n\n■日時：令和9年4月20日（火）14時〜15時\n"
        "■場所：オンライン（Teams）\n  https://teams.example/l/meetup/hoshizora-4420\n"
        "■面接官：開発本部長 大森、チームリーダー 林\n\n接続に不安がある場合は、前日までに"
        "ご連絡ください。\n\n株式会社星空システムズ\n採用チーム 北村 翔太",
    )
    s = ("採用担当 小林", "saiyo@minatomirai-bio.example.jp")
    sent = at(2027, 4, 12, 9, 48, TYO, "Mon")
    st = at(2027, 4, 22, 10, 0, TYO, "Thu")
    yield case(
        f,
        "zenkaku_jst",
        "ja",
        s,
        "最終面接日程のご連絡",
        sent,
        "Full-width digits and punctuation: '４月２２日（木）１０：００～１１：００（ＪＳＴ）': "
        "Thursday 22 April 10:00-11:00 Tokyo.",
        zoned(st, st + 60 * MIN, TYO),
        "モーガン様\n\nお世話になっております。みなとみらいバイオ 採用担当の小林です。\n"
        "最終面接の日程が決まりましたので、ご連絡いたします。\n\n日時："
        + digits("4月22日（木）10：00～11：00", "fw")
        + "（ＪＳＴ）\n形式：Ｚｏｏｍ（海外からのご参加も可能です）\n"
        "ＵＲＬ：https://zoom.example/j/7741120093\n\n役員２名が同席いたします。\n"
        "何卒よろしくお願い申し上げます。\n\nみなとみらいバイオ株式会社 人事部 小林",
    )
    s = ("中川 あかり", "a.nakagawa@sakura-logi.example.jp")
    sent = at(2027, 5, 6, 15, 30, TYO, "Thu")
    st = at(2027, 5, 11, 13, 0, TYO, "Tue")
    yield case(
        f,
        "html_ichiji",
        "ja",
        s,
        "一次面接のご案内（さくらロジスティクス）",
        sent,
        "HTML-only notice: '日時：2027年5月11日（火）13:00～14:00'; no zone.",
        wall(st, st + 60 * MIN, sent),
        "アレックス・モーガン様\n\nさくらロジスティクス株式会社 人事課の中川でございます。\n"
        "一次面接のご案内をお送りします。\n\n日時：2027年5月11日（火）13:00～14:00\n"
        "会場：横浜物流センター 2階 会議室B\n持ち物：筆記用具、学生証または身分証\n\n"
        "ご来社の際は正面入口のインターホンでお呼び出しください。\n\n中川 あかり",
        form="html",
    )
    s = ("人事部 田村", "tamura@aozora-fudosan.example.jp")
    sent = at(2027, 4, 14, 10, 15, TYO, "Wed")
    chk(4, 20, "Tue")
    chk(4, 21, "Wed")
    chk(4, 23, "Fri")
    yield case(
        f,
        "kouho_nichiji",
        "ja",
        s,
        "面接日程のご調整のお願い",
        sent,
        "Look-alike: three candidate slots for the reader to choose from; nothing set yet.",
        NEG,
        "アレックス・モーガン様\n\nあおぞら不動産 人事部の田村です。\n面接日程を調整させて"
        "いただきたく、下記の候補日時からご都合のよいものをお選びください。\n\n"
        "①4月20日（火）10:00〜11:00\n②4月21日（水）15:00〜16:00\n③4月23日（金）13:30〜14:30\n\n"
        "4月16日（金）までにご返信いただけますと幸いです。いずれも難しい場合は、ご希望の"
        "日時をお知らせください。\n\n田村",
    )
    s = ("採用事務局", "recruit@kaze-denki.example.jp")
    sent = at(2027, 4, 15, 13, 0, TYO, "Thu")
    chk(4, 24, "Sat")
    yield case(
        f,
        "setsumeikai",
        "ja",
        s,
        "【風電機】オンライン会社説明会のお知らせ",
        sent,
        "Look-alike: a group online company information session on Saturday 24 April 10:00.",
        NEG,
        "就職活動中の皆様\n\n風電機 採用事務局です。\n下記の日程でオンライン会社説明会を"
        "開催いたします。\n\n日時：4月24日（土）10:00〜11:30\n内容：事業紹介、若手社員との"
        "座談会\n参加方法：マイページから予約してください（定員100名）\n\n"
        "※本説明会は選考とは関係ありません。\n\n風電機株式会社 採用事務局",
    )
    s = ("北村 翔太", "kitamura@hoshizora-sys.example.jp")
    sent = at(2027, 4, 16, 18, 40, TYO, "Fri")
    st = at(2027, 4, 20, 14, 0, TYO, "Tue")
    yield case(
        f,
        "chushi",
        "ja",
        s,
        "【重要】4月20日の二次面接について",
        sent,
        "Cancellation: '4月20日（火）14時からの二次面接は中止' with no new date: the cancelled "
        "14:00 slot.",
        wall(st, None, sent, "cancellation"),
        "アレックス・モーガン 様\n\n星空システムズの北村です。\n大変申し訳ございませんが、"
        "面接官の急な出張のため、4月20日（火）14時からの二次面接は中止とさせていただきます。\n"
        "改めて日程をご相談させてください。来週中にご連絡いたします。\n\n"
        "ご迷惑をおかけし、誠に申し訳ございません。\n\n北村 翔太",
    )


def zhcn21() -> Iterator[Case]:
    f = "zhcn21"
    s = ("王丽 HR", "wangli@jinghe-tech.example.cn")
    sent = at(2027, 4, 12, 16, 5, SHA, "Mon")
    st = at(2027, 4, 15, 14, 30, SHA, "Thu")
    yield case(
        f,
        "zhousi_xiawu",
        "zh-CN",
        s,
        "京禾科技 面试邀请",
        sent,
        "'本周四（4月15日）下午两点半' sent Monday 12 April: 14:30; '约45分钟' loose, no end; no "
        "zone word.",
        wall(st, None, sent),
        "Alex 你好，\n\n我是京禾科技的HR王丽。感谢你投递我们的产品经理岗位，经过简历筛选，"
        "想邀请你来参加第一轮面试。\n\n时间：本周四（4月15日）下午两点半，约45分钟\n"
        "地点：北京市海淀区中关村南大街12号 京禾大厦8层\n面试官：产品总监 陈先生\n\n"
        "到了之后在前台报你的名字就行。如果时间不方便请尽快回复我。\n\n王丽\n京禾科技 人力资源部",
    )
    s = ("刘洋", "liuyang@yunfan-data.example.cn")
    sent = at(2027, 4, 13, 10, 20, SHA, "Tue")
    st = at(2027, 4, 22, 10, 0, SHA, "Thu")
    yield case(
        f,
        "xiazhousi_beijing",
        "zh-CN",
        s,
        "视频面试安排 - 数据分析师",
        sent,
        "'下周四（4月22日）上午十点（北京时间）' in Chinese numerals: 10:00 Shanghai; 'to 11' "
        "gives the end.",
        zoned(st, st + 60 * MIN, SHA),
        "Alex，您好！\n\n感谢您对云帆数据的关注。我们想和您约一次视频面试：\n\n"
        "下周四（4月22日）上午十点至十一点（北京时间）\n腾讯会议号：618 204 773\n\n"
        "考虑到您目前在海外，请留意时差。如需调整请提前告知。\n\n祝好\n刘洋\n云帆数据 招聘组",
    )
    s = ("深圳澄海电子 招聘部", "hr@chenghai-elec.example.cn")
    sent = at(2027, 4, 14, 9, 30, SHA, "Wed")
    st = at(2027, 4, 21, 14, 0, SHA, "Wed")
    yield case(
        f,
        "xingqisan",
        "zh-CN",
        s,
        "【面试通知】澄海电子 硬件工程师",
        sent,
        "HTML and text: '2027年4月21日（星期三）14:00-15:00'; no zone.",
        wall(st, st + 60 * MIN, sent),
        "尊敬的Alex Morgan：\n\n您好！您应聘的硬件工程师一职已通过初筛，现通知您参加面试。\n\n"
        "面试时间：2027年4月21日（星期三）14:00-15:00\n面试地点：深圳市南山区科技园北区"
        "澄海电子大厦3楼\n联系人：张小姐 0755-0000-6621\n\n请携带身份证及学历证书复印件。\n\n"
        "深圳澄海电子有限公司 招聘部",
        form="both",
    )
    s = ("Kevin Zhou", "kevin.zhou@hailan-trade.example.com")
    sent = at(2027, 4, 15, 11, 0, SHA, "Thu")
    st = at(2027, 4, 23, 10, 0, SHA, "Fri")
    yield case(
        f,
        "cst_china",
        "zh-CN",
        s,
        "Interview 面试 - Hailan Trading",
        sent,
        "Mixed Chinese/English: '4月23日（周五）10:00-11:00 CST (UTC+8)': CST here is China "
        "Standard Time, 10:00 Shanghai.",
        zoned(st, st + 60 * MIN, SHA),
        "Hi Alex，\n\n跟你确认一下面试时间：\n4月23日（周五）10:00-11:00 CST (UTC+8)\n"
        "Zoom: https://zoom.example/j/3302918847\n\nInterviewer是我们的Sales VP Linda。"
        "全程英文，不用紧张。\n\nThanks,\nKevin",
    )
    s = ("校园招聘组", "campus@xingyao-games.example.cn")
    sent = at(2027, 4, 16, 14, 0, SHA, "Fri")
    chk(4, 20, "Tue")
    yield case(
        f,
        "xuanjianghui",
        "zh-CN",
        s,
        "星耀游戏 2027春季线上宣讲会",
        sent,
        "Look-alike: an online campus talk on Tuesday 20 April 19:00 for all applicants.",
        NEG,
        "各位同学：\n\n星耀游戏2027春季线上宣讲会将于4月20日（周二）晚上7点举行，"
        "届时HR和技术负责人会介绍公司和岗位，并在线答疑。\n\n直播链接：https://live.example/xingyao\n"
        "无需报名，欢迎参加。\n\n星耀游戏 校园招聘组",
    )
    s = ("王丽 HR", "wangli@jinghe-tech.example.cn")
    sent = at(2027, 4, 16, 15, 10, SHA, "Fri")
    chk(4, 20, "Tue")
    chk(4, 21, "Wed")
    yield case(
        f,
        "fangbian_shijian",
        "zh-CN",
        s,
        "二面时间确认",
        sent,
        "Look-alike: the HR asks which of two half-days suits for round two; nothing set.",
        NEG,
        "Alex 你好，\n\n恭喜通过一面！二面想约在下周，请问你下周二下午或者周三上午哪个时间"
        "方便？我们这边2点到5点、9点到12点都可以，你定好后我再发正式通知。\n\n王丽",
    )


def zhtw21() -> Iterator[Case]:
    f = "zhtw21"
    s = ("林怡君", "yijun.lin@fengyuan-semi.example.tw")
    sent = at(2027, 4, 9, 10, 30, TPE, "Fri")
    st = at(2027, 4, 14, 14, 30, TPE, "Wed")
    yield case(
        f,
        "xiawu_liangdian_ban",
        "zh-TW",
        s,
        "豐原半導體 面試邀約",
        sent,
        "'4月14日（三）下午兩點半（台北時間）': 14:30 Taipei; no length.",
        zoned(st, None, TPE),
        "Alex 您好：\n\n我是豐原半導體人資部的林怡君。感謝您應徵製程工程師一職，誠摯邀請您"
        "參加面試。\n\n面試時間：4月14日（三）下午兩點半（台北時間）\n面試方式：Google Meet "
        "https://meet.example/fyx-wqpt-kjd\n\n若時間無法配合，請直接回信告知，謝謝！\n\n"
        "林怡君\n豐原半導體 人力資源部",
    )
    s = ("陳冠宇", "gy.chen@lanyang-design.example.tw")
    sent = at(2027, 4, 12, 16, 45, TPE, "Mon")
    st = at(2027, 4, 20, 10, 0, TPE, "Tue")
    yield case(
        f,
        "html_mianshi",
        "zh-TW",
        s,
        "【蘭陽設計】面試通知",
        sent,
        "HTML-only: '2027年4月20日（星期二）上午10:00～11:30'; no zone.",
        wall(st, st + 90 * MIN, sent),
        "Alex Morgan 先生您好：\n\n感謝您應徵本公司UI設計師職缺，經初步審核，邀請您參加面試。\n\n"
        "日期：2027年4月20日（星期二）\n時間：上午10:00～11:30\n地點：台北市大安區敦化南路二段"
        "88號5樓\n\n請攜帶作品集。若有任何問題，歡迎來電 (02) 0000-3318。\n\n蘭陽設計 陳冠宇",
        form="html",
    )
    s = ("黃雅婷", "yating.huang@qingshan-food.example.tw")
    sent = at(2027, 4, 13, 9, 20, TPE, "Tue")
    st = at(2027, 4, 16, 15, 0, TPE, "Fri")
    yield case(
        f,
        "hao_jiu_yue",
        "zh-TW",
        s,
        "Re: 面試時間",
        sent,
        "Reply fixing the slot the candidate proposed ('那就約週五（4/16）下午3點'), over the "
        "quoted proposal naming two options: 15:00 Friday.",
        wall(st, None, sent),
        thread(
            "Alex 您好，\n\n好的，那就約週五（4/16）下午3點，地點一樣在青山食品總部三樓會議室，"
            "到了請找櫃台。\n\n雅婷",
            (
                "Alex Morgan <alex.morgan@mailbox.example> 於 2027年4月12日 週一 下午8:02 寫道：",
                "雅婷您好，\n\n謝謝通知！我週四上午或週五下午3點都可以，麻煩您再幫我確認。\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("郭志明", "zm.guo@beigang-ship.example.tw")
    sent = at(2027, 4, 19, 11, 0, TPE, "Mon")
    st = at(2027, 4, 27, 14, 0, TPE, "Tue")
    yield case(
        f,
        "minguo_116",
        "zh-TW",
        s,
        "北港航運 第二階段面試",
        sent,
        "Minguo year: '116年4月27日（二）14:00' = Tuesday 27 April 2027 14:00; no zone.",
        wall(st, None, sent),
        "Alex 先生您好，\n\n恭喜您通過第一階段面試。第二階段面試安排如下：\n\n"
        "日期：116年4月27日（二）\n時間：14:00 起\n地點：高雄市前鎮區成功二路25號 北港航運"
        "大樓12樓\n\n屆時將由營運副總親自面談。\n\n郭志明 敬上",
    )
    s = ("人資部", "hr@tianmu-retail.example.tw")
    sent = at(2027, 4, 14, 17, 0, TPE, "Wed")
    yield case(
        f,
        "yi_shoudao",
        "zh-TW",
        s,
        "已收到您的履歷",
        sent,
        "Look-alike: application receipt; results promised by 4月30日 17:00; no meeting.",
        NEG,
        "Alex 您好：\n\n我們已收到您應徵門市副店長的履歷，感謝您的投遞。\n\n審核結果預計於"
        "4月30日下午5點前以電子郵件通知，屆時若符合資格將另行安排面試。\n\n天母零售 人資部",
    )


def krchae21() -> Iterator[Case]:
    f = "krchae21"
    s = ("김지은", "jieun.kim@hanbit-soft.example.kr")
    sent = at(2027, 4, 8, 14, 10, SEL, "Thu")
    st = at(2027, 4, 13, 14, 30, SEL, "Tue")
    yield case(
        f,
        "daeum_ju_hwayoil",
        "ko",
        s,
        "[한빛소프트] 1차 면접 안내",
        sent,
        "'다음 주 화요일 오후 2시 반' sent Thursday 8 April: Tuesday 13 April 14:30; no zone.",
        wall(st, None, sent),
        "Alex Morgan 님 안녕하세요,\n\n한빛소프트 인사팀 김지은입니다. 지원해 주셔서 "
        "감사합니다.\n\n1차 면접을 다음 주 화요일 오후 2시 반에 진행하고자 합니다. 장소는 "
        "판교 본사 3층 회의실이며, 약 1시간 정도 소요될 예정입니다.\n\n참석 가능 여부를 "
        "회신 부탁드립니다.\n\n김지은 드림",
    )
    s = ("박성민", "sm.park@daon-pharm.example.kr")
    sent = at(2027, 4, 12, 10, 0, SEL, "Mon")
    st = at(2027, 4, 21, 14, 0, SEL, "Wed")
    yield case(
        f,
        "kst_range",
        "ko",
        s,
        "화상 면접 일정 안내",
        sent,
        "'4월 21일(수) 14:00~15:00 (KST)': 14:00-15:00 Seoul.",
        zoned(st, st + 60 * MIN, SEL),
        "안녕하세요 Alex 님,\n\n다온제약 채용 담당 박성민입니다.\n화상 면접 일정을 아래와 "
        "같이 안내드립니다.\n\n- 일시: 4월 21일(수) 14:00~15:00 (KST)\n- 방식: Zoom "
        "https://zoom.example/j/8820031145\n- 면접관: 연구개발본부장, 팀장 2인\n\n"
        "감사합니다.\n박성민 드림",
    )
    s = ("이수진", "sujin.lee@mirae-fin.example.kr")
    sent = at(2027, 4, 14, 16, 30, SEL, "Wed")
    st = at(2027, 4, 23, 10, 0, SEL, "Fri")
    yield case(
        f,
        "ojeon_10si_html",
        "ko",
        s,
        "미래금융 최종 면접 안내",
        sent,
        "HTML-only: '2027년 4월 23일 금요일 오전 10시'; no zone.",
        wall(st, None, sent),
        "Alex Morgan 님께,\n\n미래금융 최종 면접 일정을 안내드립니다.\n\n일시: 2027년 4월 23일 "
        "금요일 오전 10시\n장소: 서울특별시 중구 세종대로 110 미래금융빌딩 15층\n\n신분증을 "
        "지참하시고 10분 전까지 도착해 주세요.\n\n인사부 이수진",
        form="html",
    )
    s = ("채용팀", "recruit@sejong-motors.example.kr")
    sent = at(2027, 4, 19, 9, 0, SEL, "Mon")
    chk(4, 25, "Sun")
    yield case(
        f,
        "insung_geomsa",
        "ko",
        s,
        "[세종모터스] 서류 합격 및 인적성검사 안내",
        sent,
        "Look-alike: an online aptitude test to take before Sunday 25 April 23:59.",
        NEG,
        "Alex Morgan 님, 서류 전형 합격을 축하드립니다.\n\n다음 단계인 온라인 인적성검사를 "
        "4월 25일(일) 23:59까지 응시해 주시기 바랍니다. 검사 시간은 약 60분입니다.\n\n"
        "응시 링크: https://test.example/sejong\n\n세종모터스 채용팀",
    )
    s = ("박성민", "sm.park@daon-pharm.example.kr")
    sent = at(2027, 4, 16, 11, 20, SEL, "Fri")
    st = at(2027, 4, 22, 16, 0, SEL, "Thu")
    at(2027, 4, 21, 14, 0, SEL, "Wed")
    yield case(
        f,
        "ilsong_byeongyeong",
        "ko",
        s,
        "[변경] 화상 면접 일정 변경 안내",
        sent,
        "Move, old slot first: '4월 21일(수) 오후 2시 → 4월 22일(목) 오후 4시': 16:00; no zone.",
        wall(st, None, sent, "reschedule"),
        "Alex 님 안녕하세요,\n\n면접관 일정 문제로 부득이하게 면접 일정을 변경하게 되었습니다.\n\n"
        "기존: 4월 21일(수) 오후 2시\n변경: 4월 22일(목) 오후 4시\n\nZoom 링크는 동일합니다. "
        "불편을 드려 죄송합니다.\n\n박성민 드림",
    )


def desi21() -> Iterator[Case]:
    f = "desi21"
    s = ("प्रिया शर्मा", "priya.sharma@gangotri-infra.example.in")
    sent = at(2027, 4, 9, 12, 15, KOL, "Fri")
    st = at(2027, 4, 15, 15, 0, KOL, "Thu")
    yield case(
        f,
        "hindi_dopahar",
        "hi",
        s,
        "साक्षात्कार हेतु आमंत्रण – गंगोत्री इंफ्रा",
        sent,
        "Hindi: 'गुरुवार, 15 अप्रैल 2027 को दोपहर 3 बजे': 15:00; no zone word (+05:30 offset).",
        wall(st, None, sent),
        "प्रिय एलेक्स मॉर्गन जी,\n\nआपके आवेदन के लिए धन्यवाद। हमें आपको सूचित करते हुए "
        "प्रसन्नता हो रही है कि आपको प्रोजेक्ट समन्वयक पद के साक्षात्कार के लिए चुना गया है।\n\n"
        "दिनांक: गुरुवार, 15 अप्रैल 2027 को दोपहर 3 बजे\nस्थान: गंगोत्री इंफ्रा, सेक्टर 62, "
        "नोएडा\n\nकृपया अपने सभी मूल प्रमाणपत्र साथ लाएँ।\n\nसादर,\nप्रिया शर्मा\nमानव संसाधन "
        "विभाग",
    )
    s = ("Rahul Verma", "rahul.v@chaipoint-tech.example.in")
    sent = at(2027, 4, 13, 18, 40, KOL, "Tue")
    st = at(2027, 4, 14, 11, 0, KOL, "Wed")
    yield case(
        f,
        "hinglish_kal",
        "en-IN",
        s,
        "Interview kal - Chaipoint Tech",
        sent,
        "Hinglish 'kal subah 11 baje (IST)' sent Tuesday evening: Wednesday 14 April 11:00 "
        "Kolkata.",
        zoned(st, None, KOL),
        "Hi Alex,\n\nJaisa phone pe baat hui thi, aapka technical round kal subah 11 baje (IST) "
        "fix hai. Google Meet link: https://meet.example/cpt-hxqz-rmd\n\nInterviewer Ankit "
        "hoga, backend team lead. Laptop charge rakhna, thoda coding bhi karwayenge.\n\n"
        "All the best!\nRahul",
    )
    s = ("তানজিলা রহমান", "tanzila@padma-garments.example.bd")
    sent = at(2027, 4, 11, 10, 0, DAC, "Sun")
    st = at(2027, 4, 15, 15, 0, DAC, "Thu")
    yield case(
        f,
        "bangla_bikel",
        "bn",
        s,
        "সাক্ষাৎকারের আমন্ত্রণ – পদ্মা গার্মেন্টস",
        sent,
        "Bengali with Bengali digits: '১৫ এপ্রিল ২০২৭, বৃহস্পতিবার, বিকেল ৩টায় (বাংলাদেশ সময়)': "
        "15:00 Dhaka.",
        zoned(st, None, DAC),
        "প্রিয় অ্যালেক্স মরগান,\n\nআপনার আবেদনের জন্য ধন্যবাদ। আপনাকে মার্চেন্ডাইজার পদের "
        "সাক্ষাৎকারে আমন্ত্রণ জানানো হচ্ছে।\n\nতারিখ ও সময়: "
        + digits("15", "bn")
        + " এপ্রিল "
        + digits("2027", "bn")
        + ", বৃহস্পতিবার, বিকেল "
        + digits("3", "bn")
        + "টায় (বাংলাদেশ "
        "সময়)\nস্থান: পদ্মা গার্মেন্টস, বাড়ি "
        + digits("14", "bn")
        + ", রোড "
        + digits("7", "bn")
        + ", গুলশান-১, ঢাকা\n\nঅনুগ্রহ করে জাতীয় পরিচয়পত্র সঙ্গে "
        "আনবেন।\n\nশুভেচ্ছান্তে,\nতানজিলা রহমান\nমানবসম্পদ বিভাগ",
    )
    s = ("கார்த்திக் சுப்பிரமணியன்", "karthik.s@kaveri-auto.example.in")
    sent = at(2027, 4, 12, 11, 30, KOL, "Mon")
    st = at(2027, 4, 20, 10, 30, KOL, "Tue")
    yield case(
        f,
        "tamil_kaalai",
        "ta",
        s,
        "நேர்காணல் அழைப்பு – காவேரி ஆட்டோ",
        sent,
        "Tamil: 'ஏப்ரல் 20, 2027 செவ்வாய்க்கிழமை காலை 10:30 மணிக்கு': 10:30; no zone.",
        wall(st, None, sent),
        "அன்புள்ள அலெக்ஸ் மார்கன் அவர்களுக்கு,\n\nதரக் கட்டுப்பாட்டுப் பொறியாளர் பணிக்கான "
        "உங்கள் விண்ணப்பத்திற்கு நன்றி. நேர்காணலுக்கு உங்களை அழைக்கிறோம்.\n\nநாள்: ஏப்ரல் 20, "
        "2027 செவ்வாய்க்கிழமை காலை 10:30 மணிக்கு\nஇடம்: காவேரி ஆட்டோ, அம்பத்தூர் தொழிற்பேட்டை, "
        "சென்னை\n\nஉங்கள் சான்றிதழ்களை உடன் கொண்டு வரவும்.\n\nநன்றி,\nகார்த்திக்\nமனிதவளத் துறை",
    )
    s = ("عائشہ خان", "ayesha.khan@indus-textile.example.pk")
    sent = at(2027, 4, 14, 13, 0, KHI, "Wed")
    st = at(2027, 4, 22, 15, 0, KHI, "Thu")
    yield case(
        f,
        "urdu_seh_pahar",
        "ur",
        s,
        "انٹرویو کی دعوت – انڈس ٹیکسٹائل",
        sent,
        "Urdu: 'جمعرات 22 اپریل 2027 کو سہ پہر 3 بجے (PKT)': 15:00 Karachi.",
        zoned(st, None, KHI),
        "محترم ایلکس مورگن صاحب،\n\nآپ کی درخواست کا شکریہ۔ آپ کو سپلائی چین تجزیہ کار کے "
        "عہدے کے لیے انٹرویو میں مدعو کیا جاتا ہے۔\n\nتاریخ و وقت: جمعرات 22 اپریل 2027 کو سہ "
        "پہر 3 بجے (PKT)\nمقام: انڈس ٹیکسٹائل، شاہراہ فیصل، کراچی\n\nبراہ کرم اپنا شناختی کارڈ "
        "ساتھ لائیں۔\n\nنیک تمنائیں،\nعائشہ خان\nشعبہ انسانی وسائل",
    )
    s = ("Neha Kapoor", "neha.k@sarvam-staffing.example.in")
    sent = at(2027, 4, 15, 15, 20, KOL, "Thu")
    yield case(
        f,
        "hinglish_availability",
        "en-IN",
        s,
        "Client interview - availability?",
        sent,
        "Look-alike: Hinglish ask for the reader's free time tomorrow between 2 and 5; the slot "
        "is blocked only after the reply.",
        NEG,
        "Hi Alex,\n\nClient ne aapka profile shortlist kiya hai. Kal dopahar 2 se 5 ke beech "
        "aap kab free ho? Please apni availability share karo, uske hisaab se main slot block "
        "kar dungi aur invite bhej dungi.\n\nThanks,\nNeha\nSarvam Staffing",
    )
    s = ("प्रिया शर्मा", "priya.sharma@gangotri-infra.example.in")
    sent = at(2027, 4, 14, 17, 5, KOL, "Wed")
    st = at(2027, 4, 15, 15, 0, KOL, "Thu")
    yield case(
        f,
        "hindi_radd",
        "hi",
        s,
        "सूचना: कल का साक्षात्कार रद्द",
        sent,
        "Hindi cancellation sent the day before: 'कल (गुरुवार, 15 अप्रैल) दोपहर 3 बजे होने वाला "
        "साक्षात्कार रद्द': the 15:00 slot.",
        wall(st, None, sent, "cancellation"),
        "प्रिय एलेक्स जी,\n\nखेद के साथ सूचित करना पड़ रहा है कि कल (गुरुवार, 15 अप्रैल) दोपहर "
        "3 बजे होने वाला आपका साक्षात्कार अपरिहार्य कारणों से रद्द कर दिया गया है। नई तिथि "
        "की सूचना शीघ्र दी जाएगी।\n\nअसुविधा के लिए क्षमा करें।\n\nप्रिया शर्मा",
    )


def nusa21() -> Iterator[Case]:
    f = "nusa21"
    s = ("Dewi Lestari", "dewi.lestari@nusantara-kopi.example.co.id")
    sent = at(2027, 4, 9, 14, 0, JKT, "Fri")
    st = at(2027, 4, 15, 14, 0, JKT, "Thu")
    yield case(
        f,
        "wib",
        "id",
        s,
        "Undangan Interview - PT Nusantara Kopi",
        sent,
        "'Kamis, 15 April 2027 pukul 14.00 s.d. 15.00 WIB': 14:00-15:00 Jakarta.",
        zoned(st, st + 60 * MIN, JKT),
        "Yth. Bapak Alex Morgan,\n\nTerima kasih atas lamaran Anda untuk posisi Brand "
        "Executive. Kami mengundang Anda untuk mengikuti interview dengan detail sebagai "
        "berikut:\n\nHari/Tanggal : Kamis, 15 April 2027\nWaktu : pukul 14.00 s.d. 15.00 WIB\n"
        "Tempat : Kantor PT Nusantara Kopi, Jl. Kemang Raya No. 21, Jakarta Selatan\n\nMohon "
        "konfirmasi kehadiran Anda dengan membalas email ini.\n\nHormat kami,\nDewi Lestari\n"
        "HR Department",
        form="both",
    )
    s = ("Andi Pratama", "andi@celebes-nikel.example.co.id")
    sent = at(2027, 4, 12, 8, 45, MAK, "Mon")
    st = at(2027, 4, 19, 9, 30, MAK, "Mon")
    yield case(
        f,
        "wita",
        "id",
        s,
        "Jadwal Wawancara User - Celebes Nikel",
        sent,
        "'Senin, 19 April 2027, pukul 09.30 WITA': 09:30 Makassar.",
        zoned(st, None, MAK),
        "Selamat pagi Pak Alex,\n\nMenindaklanjuti tes tertulis kemarin, Bapak dijadwalkan "
        "wawancara user pada Senin, 19 April 2027, pukul 09.30 WITA di kantor kami, Jl. "
        "Somba Opu No. 8, Makassar.\n\nHarap membawa KTP dan ijazah asli.\n\nSalam,\nAndi "
        "Pratama\nRecruitment",
    )
    s = ("Siti Aminah", "siti.aminah@semenanjung-tech.example.my")
    sent = at(2027, 4, 13, 11, 10, KUL, "Tue")
    st = at(2027, 4, 20, 10, 0, KUL, "Tue")
    yield case(
        f,
        "malay_pagi",
        "ms",
        s,
        "Jemputan Temu Duga - Semenanjung Tech",
        sent,
        "Malay: 'Selasa, 20 April 2027, jam 10.00 pagi': 10:00; no zone word.",
        wall(st, None, sent),
        "Tuan Alex Morgan,\n\nDengan segala hormatnya, tuan dijemput hadir ke sesi temu duga "
        "bagi jawatan Jurutera Perisian seperti butiran berikut:\n\nTarikh: Selasa, 20 April "
        "2027\nMasa: jam 10.00 pagi\nTempat: Aras 9, Menara Semenanjung, Jalan Ampang, Kuala "
        "Lumpur\n\nSila bawa salinan sijil dan kad pengenalan.\n\nSekian, terima kasih.\n\n"
        "Siti Aminah\nJabatan Sumber Manusia",
    )
    s = ("Joanna Reyes", "joanna.reyes@bayanihan-bpo.example.ph")
    sent = at(2027, 4, 16, 16, 30, MNL, "Fri")
    st = at(2027, 4, 22, 14, 30, MNL, "Thu")
    yield case(
        f,
        "taglish",
        "fil",
        s,
        "Final interview mo po - Bayanihan BPO",
        sent,
        "Taglish: 'sa Huwebes, April 22, 2:30 PM (PH time)': 14:30 Manila.",
        zoned(st, None, MNL),
        "Hi Alex!\n\nCongrats po, pasado ka sa initial interview! Ang final interview mo po "
        "ay sa Huwebes, April 22, 2:30 PM (PH time) with our Operations Manager na si Sir "
        "Mark. Sa Ortigas office po ito, 18th floor, Tektite Tower.\n\nPaki-bring po ng valid "
        "ID at resume. Reply lang po kayo para ma-confirm.\n\nSalamat po!\nJoanna",
    )
    s = ("Yohanes Wenda", "yohanes@papua-energi.example.co.id")
    sent = at(2027, 4, 14, 9, 0, JAY, "Wed")
    st = at(2027, 4, 21, 13, 0, JAY, "Wed")
    yield case(
        f,
        "wit_html",
        "id",
        s,
        "Undangan Wawancara Online",
        sent,
        "HTML-only: 'Rabu, 21 April 2027 pukul 13.00 - 14.00 WIT': 13:00-14:00 Jayapura.",
        zoned(st, st + 60 * MIN, JAY),
        "Kepada Yth. Sdr. Alex Morgan,\n\nBersama ini kami mengundang Saudara untuk "
        "wawancara online pada:\n\nRabu, 21 April 2027 pukul 13.00 - 14.00 WIT\nMelalui "
        "Zoom: https://zoom.example/j/4410928812\n\nMohon bergabung 10 menit sebelumnya.\n\n"
        "Hormat kami,\nYohanes Wenda\nPT Papua Energi",
        form="html",
    )
    s = ("Tim Rekrutmen", "rekrutmen@garuda-retail.example.co.id")
    sent = at(2027, 4, 16, 10, 0, JKT, "Fri")
    chk(4, 23, "Fri")
    yield case(
        f,
        "psikotes",
        "id",
        s,
        "Tahap Selanjutnya: Psikotes Online",
        sent,
        "Look-alike: an online psychometric test to finish before Friday 23 April 23.59 WIB.",
        NEG,
        "Halo Alex,\n\nSelamat, Anda lolos seleksi administrasi! Tahap selanjutnya adalah "
        "psikotes online yang dapat dikerjakan kapan saja sebelum Jumat, 23 April 2027 "
        "pukul 23.59 WIB. Durasi pengerjaan sekitar 90 menit.\n\nLink: "
        "https://psikotes.example/garuda\n\nSalam,\nTim Rekrutmen Garuda Retail",
    )
    s = ("Siti Aminah", "siti.aminah@semenanjung-tech.example.my")
    sent = at(2027, 4, 19, 9, 30, KUL, "Mon")
    st = at(2027, 4, 22, 15, 0, KUL, "Thu")
    yield case(
        f,
        "malay_setuju",
        "ms",
        s,
        "Re: Temu duga peringkat kedua",
        sent,
        "Malay reply accepting the candidate's proposal ('Khamis 22 April jam 3 petang') over "
        "the quoted message: 15:00.",
        wall(st, None, sent),
        thread(
            "Tuan Alex,\n\nBaik, kita tetapkan temu duga peringkat kedua pada Khamis, 22 April "
            "jam 3 petang seperti yang tuan cadangkan. Tempat sama seperti sebelum ini.\n\n"
            "Terima kasih,\nSiti",
            (
                "Pada Sab, 17 Apr 2027 pada 20:14, Alex Morgan <alex.morgan@mailbox.example> "
                "menulis:",
                "Puan Siti,\n\nSaya boleh hadir pada Khamis 22 April jam 3 petang atau Jumaat "
                "pagi.\n\nAlex",
            ),
        ),
        reply=True,
    )


def mekong21() -> Iterator[Case]:
    f = "mekong21"
    s = ("Nguyễn Thu Hà", "ha.nguyen@songhong-logistics.example.vn")
    sent = at(2027, 4, 12, 9, 15, SGN, "Mon")
    st = at(2027, 4, 15, 14, 30, SGN, "Thu")
    yield case(
        f,
        "thu_nam",
        "vi",
        s,
        "Thư mời phỏng vấn - Sông Hồng Logistics",
        sent,
        "'14h30 thứ Năm, ngày 15/4/2027': 14:30; no zone word.",
        wall(st, None, sent),
        "Chào anh Alex,\n\nCảm ơn anh đã ứng tuyển vị trí Trưởng nhóm Kho vận. Phòng Nhân sự "
        "trân trọng mời anh tham dự buổi phỏng vấn vào lúc 14h30 thứ Năm, ngày 15/4/2027 tại "
        "văn phòng công ty, tầng 6, số 45 Lê Duẩn, Quận 1, TP.HCM.\n\nVui lòng mang theo CV "
        "và CMND/CCCD. Anh vui lòng phản hồi email này để xác nhận.\n\nTrân trọng,\nNguyễn "
        "Thu Hà\nPhòng Nhân sự",
    )
    s = ("Trần Minh Quân", "quan.tran@lotus-soft.example.vn")
    sent = at(2027, 4, 14, 16, 0, SGN, "Wed")
    st = at(2027, 4, 19, 9, 0, SGN, "Mon")
    yield case(
        f,
        "gio_sang",
        "vi",
        s,
        "Lịch phỏng vấn kỹ thuật",
        sent,
        "'9 giờ sáng thứ Hai (19/04), kéo dài khoảng 1 tiếng' (loose, no end); no zone.",
        wall(st, None, sent),
        "Hi Alex,\n\nBên mình xác nhận lịch phỏng vấn kỹ thuật vào 9 giờ sáng thứ Hai (19/04), "
        "kéo dài khoảng 1 tiếng, qua Google Meet: https://meet.example/lts-pkqr-zze\n\n"
        "Người phỏng vấn là anh Dũng (Tech Lead).\n\nThân,\nQuân - HR Lotus Soft",
    )
    s = ("สุภาพร วงศ์ใหญ่", "supaporn@chaophraya-eng.example.co.th")
    sent = at(2027, 4, 8, 10, 30, BKK, "Thu")
    st = at(2027, 4, 15, 14, 0, BKK, "Thu")
    yield case(
        f,
        "be_2570",
        "th",
        s,
        "เชิญสัมภาษณ์งาน ตำแหน่งวิศวกรโครงการ",
        sent,
        "Buddhist-era date 'วันพฤหัสบดีที่ 15 เมษายน 2570 เวลา 14.00 - 15.00 น.': 15 April 2027 "
        "14:00-15:00; no zone.",
        wall(st, st + 60 * MIN, sent),
        "เรียน คุณ Alex Morgan\n\nบริษัท เจ้าพระยา เอ็นจิเนียริ่ง จำกัด ขอเชิญท่านเข้ารับการ"
        "สัมภาษณ์งานในตำแหน่งวิศวกรโครงการ\n\nวันพฤหัสบดีที่ 15 เมษายน 2570\nเวลา 14.00 - "
        "15.00 น.\nสถานที่: อาคารเจ้าพระยา ชั้น 12 ถนนสาทร กรุงเทพฯ\n\nกรุณายืนยันการเข้า"
        "สัมภาษณ์ทางอีเมลนี้\n\nขอแสดงความนับถือ\nสุภาพร วงศ์ใหญ่\nฝ่ายทรัพยากรบุคคล",
    )
    s = ("ณัฐพล ศรีสุข", "nattapon@siam-fintech.example.co.th")
    sent = at(2027, 4, 19, 11, 0, BKK, "Mon")
    st = at(2027, 4, 20, 14, 0, BKK, "Tue")
    yield case(
        f,
        "barn_song_mong",
        "th",
        s,
        "นัดคุยพรุ่งนี้ครับ",
        sent,
        "Colloquial 'พรุ่งนี้ (อังคาร 20 เม.ย.) บ่าย 2 โมง (เวลาไทย ICT)': 14:00 Bangkok.",
        zoned(st, None, BKK),
        "สวัสดีครับคุณ Alex\n\nยืนยันนัดสัมภาษณ์รอบสองพรุ่งนี้ (อังคาร 20 เม.ย.) บ่าย 2 โมง "
        "(เวลาไทย ICT) ทาง Teams ครับ ลิงก์: https://teams.example/l/siamfin-2\n\nคุยกับหัวหน้า"
        "ทีม Data ประมาณ 45 นาทีครับ\n\nณัฐพล\nSiam Fintech",
    )
    s = ("Ban tổ chức", "hoi-cho@vieclam-phuongnam.example.vn")
    sent = at(2027, 4, 15, 8, 0, SGN, "Thu")
    chk(4, 24, "Sat")
    yield case(
        f,
        "ngay_hoi",
        "vi",
        s,
        "Mời tham dự Ngày hội việc làm Phương Nam 2027",
        sent,
        "Look-alike: a job fair open to all from 8h00 Saturday 24 April.",
        NEG,
        "Chào bạn,\n\nNgày hội việc làm Phương Nam 2027 sẽ diễn ra từ 8h00 đến 16h00 thứ Bảy, "
        "ngày 24/4/2027 tại Nhà văn hóa Thanh niên, TP.HCM, với hơn 80 doanh nghiệp tham gia. "
        "Vào cửa miễn phí, có phỏng vấn trực tiếp tại gian hàng.\n\nĐăng ký: "
        "https://vieclam-phuongnam.example.vn/dang-ky\n\nBan tổ chức",
    )
    s = ("สุภาพร วงศ์ใหญ่", "supaporn@chaophraya-eng.example.co.th")
    sent = at(2027, 4, 13, 15, 0, BKK, "Tue")
    st = at(2027, 4, 16, 10, 0, BKK, "Fri")
    yield case(
        f,
        "leuan_nat",
        "th",
        s,
        "แจ้งเลื่อนวันสัมภาษณ์",
        sent,
        "Move: from Thursday 15 April 14.00 to 'วันศุกร์ที่ 16 เมษายน 2570 เวลา 10.00 น.'; no zone.",
        wall(st, None, sent, "reschedule"),
        "เรียน คุณ Alex Morgan\n\nเนื่องจากผู้สัมภาษณ์ติดภารกิจ บริษัทฯ ขอเลื่อนการสัมภาษณ์จาก"
        "วันพฤหัสบดีที่ 15 เมษายน 2570 เวลา 14.00 น. เป็นวันศุกร์ที่ 16 เมษายน 2570 เวลา "
        "10.00 น. ณ สถานที่เดิม\n\nขออภัยในความไม่สะดวก\n\nสุภาพร",
    )


def turkar21() -> Iterator[Case]:
    f = "turkar21"
    s = ("Elif Yılmaz", "elif.yilmaz@bogazici-yazilim.example.com.tr")
    sent = at(2027, 4, 9, 15, 20, IST, "Fri")
    st = at(2027, 4, 15, 14, 30, IST, "Thu")
    yield case(
        f,
        "saat_da",
        "tr",
        s,
        "Mülakat Daveti - Boğaziçi Yazılım",
        sent,
        '"15 Nisan Perşembe saat 14:30\'da": 14:30; no zone word.',
        wall(st, None, sent),
        "Merhaba Alex Bey,\n\nBoğaziçi Yazılım'a gösterdiğiniz ilgi için teşekkür ederiz. "
        "Kıdemli Backend Geliştirici pozisyonu için sizinle 15 Nisan Perşembe saat 14:30'da "
        "ofisimizde görüşmek isteriz.\n\nAdres: Büyükdere Cad. No: 120, Kat 9, Şişli / "
        "İstanbul\n\nKatılımınızı teyit etmenizi rica ederim.\n\nİyi çalışmalar,\nElif Yılmaz\n"
        "İnsan Kaynakları",
    )
    s = ("Murat Demir", "murat.demir@ege-tekstil.example.com.tr")
    sent = at(2027, 4, 12, 10, 0, IST, "Mon")
    st = at(2027, 4, 20, 10, 0, IST, "Tue")
    yield case(
        f,
        "tsi",
        "tr",
        s,
        "Online Görüşme Planı",
        sent,
        "'20 Nisan 2027 Salı, 10:00-11:00 (TSİ)': 10:00-11:00 Istanbul.",
        zoned(st, st + 60 * MIN, IST),
        "Sayın Alex Morgan,\n\nİhracat Uzmanı pozisyonu için online görüşmemiz aşağıdaki gibi "
        "planlanmıştır:\n\nTarih: 20 Nisan 2027 Salı\nSaat: 10:00-11:00 (TSİ)\nBağlantı: "
        "https://meet.example/ege-ihr-7\n\nSaygılarımla,\nMurat Demir\nEge Tekstil İK",
    )
    s = ("نورة الهاشمي", "noura.hashmi@khaleej-ports.example.ae")
    sent = at(2027, 4, 11, 9, 30, DXB, "Sun")
    st = at(2027, 4, 15, 14, 0, DXB, "Thu")
    yield case(
        f,
        "gulf_thaniya",
        "ar",
        s,
        "دعوة لإجراء مقابلة عمل",
        sent,
        "Gulf Arabic with Arabic-Indic digits and a spelled hour: 'الخميس ١٥ أبريل ٢٠٢٧ الساعة "
        "الثانية ظهراً بتوقيت الخليج (GST)': 14:00 Dubai.",
        zoned(st, None, DXB),
        "السيد أليكس مورغان المحترم،\n\nتحية طيبة وبعد،\n\nيسرّنا دعوتكم لإجراء مقابلة شخصية "
        "لوظيفة منسق عمليات، وذلك يوم الخميس "
        + digits("15", "ar")
        + " أبريل "
        + digits("2027", "ar")
        + " الساعة الثانية ظهراً بتوقيت الخليج (GST)، في مقر الشركة "
        "بميناء جبل علي، دبي.\n\nيرجى إحضار جواز السفر ونسخة من السيرة الذاتية.\n\nمع خالص "
        "التحية،\nنورة الهاشمي\nإدارة الموارد البشرية",
    )
    s = ("فهد العتيبي", "fahad.otaibi@najd-energy.example.sa")
    sent = at(2027, 4, 13, 11, 0, RUH, "Tue")
    st = at(2027, 4, 20, 10, 30, RUH, "Tue")
    yield case(
        f,
        "saudi_sabahan",
        "ar",
        s,
        "موعد المقابلة الشخصية",
        sent,
        "Saudi: 'يوم الثلاثاء الموافق ٢٠/٤/٢٠٢٧ الساعة ١٠:٣٠ صباحاً' in Arabic-Indic digits: "
        "10:30; no zone word.",
        wall(st, None, sent),
        "الأخ أليكس مورغان،\n\nالسلام عليكم ورحمة الله وبركاته،\n\nنفيدكم بأنه تم تحديد موعد "
        "المقابلة الشخصية يوم الثلاثاء الموافق "
        + digits("20/4/2027", "ar")
        + " الساعة "
        + digits("10:30", "ar")
        + " صباحاً في مبنى الشركة الرئيسي، طريق الملك فهد، الرياض.\n\n"
        "نأمل الحضور قبل الموعد بخمس عشرة دقيقة.\n\nفهد العتيبي\nالموارد البشرية",
        form="both",
    )
    s = ("Mostafa Adel", "mostafa.adel@nile-pharma.example.eg")
    sent = at(2027, 4, 14, 12, 0, CAI, "Wed")
    st = at(2027, 4, 18, 11, 0, CAI, "Sun")
    yield case(
        f,
        "egypt_sabahan",
        "ar",
        s,
        "مقابلة عمل - نايل فارما",
        sent,
        "Egyptian, Western digits: 'يوم الأحد 18 أبريل الساعة 11 صباحاً': 11:00; no zone word.",
        wall(st, None, sent),
        "أستاذ أليكس،\n\nأهلاً بحضرتك. حابين نحدد معاك مقابلة يوم الأحد 18 أبريل الساعة 11 "
        "صباحاً في مكتبنا بالتجمع الخامس، القاهرة الجديدة. المقابلة هتكون مع مدير المبيعات "
        "ومدتها حوالي ساعة.\n\nلو الميعاد مش مناسب بلغني.\n\nتحياتي،\nمصطفى عادل\nنايل فارما",
    )
    s = ("Kariyer Ekibi", "kariyer@anadolu-sigorta.example.com.tr")
    sent = at(2027, 4, 16, 9, 0, IST, "Fri")
    chk(4, 23, "Fri")
    yield case(
        f,
        "online_test",
        "tr",
        s,
        "Online Değerlendirme Daveti",
        sent,
        "Look-alike: an online assessment to complete by Friday 23 April 23:59; no meeting.",
        NEG,
        "Merhaba Alex,\n\nBaşvurunuz bir sonraki aşamaya geçti. Online değerlendirme testini "
        "23 Nisan Cuma saat 23:59'a kadar tamamlamanızı rica ederiz. Test yaklaşık 40 dakika "
        "sürmektedir.\n\nTeste başla: https://degerlendirme.example/anadolu\n\nAnadolu Sigorta "
        "Kariyer Ekibi",
    )
    s = ("Murat Demir", "murat.demir@ege-tekstil.example.com.tr")
    sent = at(2027, 4, 16, 17, 40, IST, "Fri")
    st = at(2027, 4, 20, 10, 0, IST, "Tue")
    yield case(
        f,
        "iptal",
        "tr",
        s,
        "Görüşme İptali",
        sent,
        'Cancellation: "20 Nisan Salı saat 10:00\'daki görüşmemiz iptal": the 10:00 slot.',
        wall(st, None, sent, "cancellation"),
        "Sayın Alex Morgan,\n\nPozisyonun geçici olarak askıya alınması nedeniyle 20 Nisan "
        "Salı saat 10:00'daki görüşmemiz iptal edilmiştir. Süreç yeniden başladığında sizinle "
        "iletişime geçeceğiz.\n\nAnlayışınız için teşekkür ederim.\n\nMurat Demir",
    )


def fahe21() -> Iterator[Case]:
    f = "fahe21"
    s = ("مریم احمدی", "m.ahmadi@alborz-co.example.ir")
    sent = at(2027, 4, 10, 10, 0, THR, "Sat")
    st = at(2027, 4, 20, 10, 0, THR, "Tue")
    jy, jm, jd = jalali(st)
    yield case(
        f,
        "shamsi_tehran",
        "fa",
        s,
        "دعوت به مصاحبه - شرکت البرز",
        sent,
        f"Solar Hijri date in Persian digits: 'سه‌شنبه {jd} {FA_MONTHS[jm - 1]} {jy} ساعت "
        "۱۰:۰۰ به وقت تهران' = Tuesday 20 April 2027 10:00 Tehran.",
        zoned(st, None, THR),
        "جناب آقای الکس مورگان\n\nبا سلام و احترام،\nبدین‌وسیله از شما برای شرکت در جلسه "
        "مصاحبه شغلی موقعیت کارشناس مالی دعوت می‌شود.\n\nزمان: سه‌شنبه "
        + digits(f"{jd}", "fa")
        + f" {FA_MONTHS[jm - 1]} "
        + digits(f"{jy}", "fa")
        + "، ساعت "
        + digits("10:00", "fa")
        + " به وقت تهران\nمکان: تهران، خیابان ولیعصر، "
        "ساختمان البرز، طبقه " + digits("4", "fa") + "\n\nلطفاً کارت ملی همراه داشته باشید."
        "\n\nبا احترام،\nمریم احمدی\nواحد منابع انسانی",
    )
    s = ("رضا کریمی", "reza.karimi@pars-net.example.ir")
    sent = at(2027, 4, 17, 12, 0, THR, "Sat")
    st = at(2027, 4, 22, 14, 30, THR, "Thu")
    jy, jm, jd = jalali(st)
    yield case(
        f,
        "panjshanbe",
        "fa",
        s,
        "مصاحبه آنلاین",
        sent,
        f"'پنج‌شنبه {jd} {FA_MONTHS[jm - 1]} ساعت ۱۴:۳۰ تا ۱۵:۳۰' (no year; IRST stated): "
        "14:30-15:30 Tehran.",
        zoned(st, st + 60 * MIN, THR),
        "سلام آقای مورگان،\n\nمصاحبه آنلاین شما برای پنج‌شنبه "
        + digits(f"{jd}", "fa")
        + f" {FA_MONTHS[jm - 1]} ساعت "
        + digits("14:30", "fa")
        + " تا "
        + digits("15:30", "fa")
        + " (IRST) تنظیم شد.\nلینک جلسه: https://meet.example/parsnet-9"
        "\n\nموفق باشید،\nرضا کریمی",
    )
    s = ("נועה לוי", "noa.levi@galil-tech.example.co.il")
    sent = at(2027, 4, 11, 10, 0, JRS, "Sun")
    st = at(2027, 4, 15, 14, 0, JRS, "Thu")
    yield case(
        f,
        "yom_he",
        "he",
        s,
        "הזמנה לראיון עבודה - גליל טק",
        sent,
        "'יום ה׳, 15 באפריל, בשעה 14:00': Thursday 15 April 14:00; no zone word.",
        wall(st, None, sent),
        "שלום אלכס,\n\nתודה על פנייתך למשרת מהנדס/ת DevOps. נשמח להזמין אותך לראיון "
        "במשרדינו ביום ה׳, 15 באפריל, בשעה 14:00.\nכתובת: רחוב הברזל 30, תל אביב, קומה 5.\n\n"
        "נא לאשר הגעה במענה למייל זה.\n\nבברכה,\nנועה לוי\nמשאבי אנוש",
    )
    s = ("איתי כהן", "itai.cohen@negev-solar.example.co.il")
    sent = at(2027, 4, 14, 16, 0, JRS, "Wed")
    st = at(2027, 4, 20, 10, 0, JRS, "Tue")
    yield case(
        f,
        "yom_gimel_idt",
        "he",
        s,
        "ראיון בזום",
        sent,
        "'ביום ג׳ הבא (20.4) בשעה 10:00 שעון ישראל (IDT)': 10:00 Jerusalem, +03:00.",
        zoned(st, None, JRS),
        "היי אלכס,\n\nקבענו את הראיון ביום ג׳ הבא (20.4) בשעה 10:00 שעון ישראל (IDT), בזום: "
        "https://zoom.example/j/5509921180\nהראיון יהיה עם מנהלת הפיתוח, בערך 45 דקות.\n\n"
        "בהצלחה,\nאיתי",
    )
    s = ("צוות הגיוס", "jobs@carmel-bank.example.co.il")
    sent = at(2027, 4, 15, 9, 0, JRS, "Thu")
    chk(4, 27, "Tue")
    yield case(
        f,
        "yom_patuach",
        "he",
        s,
        "יום פתוח לגיוס - בנק הכרמל",
        sent,
        "Look-alike: an open recruiting day on Tuesday 27 April from 17:00 for anyone.",
        NEG,
        "שלום,\n\nבנק הכרמל מזמין אותך ליום פתוח לגיוס שיתקיים ביום ג׳, 27 באפריל, החל מהשעה "
        "17:00 בסניף הראשי בחיפה. ההרשמה מראש באתר.\n\nנתראה,\nצוות הגיוס",
    )
    s = ("مریم احمدی", "m.ahmadi@alborz-co.example.ir")
    sent = at(2027, 4, 17, 9, 30, THR, "Sat")
    st = at(2027, 4, 21, 11, 0, THR, "Wed")
    old = at(2027, 4, 20, 10, 0, THR, "Tue")
    _, om, od = jalali(old)
    ny, nm, nd = jalali(st)
    yield case(
        f,
        "taghir_zaman",
        "fa",
        s,
        "تغییر زمان مصاحبه",
        sent,
        f"Move from '{od} {FA_MONTHS[om - 1]}' 10:00 to 'چهارشنبه {nd} {FA_MONTHS[nm - 1]} "
        f"{ny} ساعت ۱۱:۰۰': 11:00; no zone word.",
        wall(st, None, sent, "reschedule"),
        "جناب آقای مورگان\n\nبا سلام،\nبه اطلاع می‌رساند جلسه مصاحبه که برای سه‌شنبه "
        + digits(f"{od}", "fa")
        + f" {FA_MONTHS[om - 1]} ساعت "
        + digits("10:00", "fa")
        + " تعیین شده بود، به چهارشنبه "
        + digits(f"{nd}", "fa")
        + f" {FA_MONTHS[nm - 1]} "
        + digits(f"{ny}", "fa")
        + " ساعت "
        + digits("11:00", "fa")
        + " منتقل شد. مکان "
        "تغییری نکرده است.\n\nبا احترام،\nمریم احمدی",
    )


def fwdasia21() -> Iterator[Case]:
    f = "fwdasia21"
    org = ("山口 健太", "k.yamaguchi@tsubame-games.example.jp")
    sent = at(2027, 4, 12, 10, 12, TYO, "Mon")
    st = at(2027, 4, 16, 16, 0, TYO, "Fri")
    yield fwd(
        f,
        "gmail_ja",
        "ja",
        "gmail",
        org,
        "カジュアル面談のご案内",
        sent,
        "面談の件、カレンダーに入れてください。",
        "アレックス様\n\nつばめゲームスの山口です。カジュアル面談の日程、4月16日（金）16:00〜"
        "16:30でお願いいたします。\nGoogle Meet: https://meet.example/tsb-cjxw-pka\n\n"
        "山口",
        "Gmail (Japanese UI) forward with the user's Japanese note; the header's 'Date: "
        "2027年4月12日(月) 10:12' is the old mail's; the slot is 16 April 16:00-16:30.",
        wall(st, st + 30 * MIN, sent),
    )
    org = ("赵敏", "zhaomin@huaxia-auto.example.cn")
    sent = at(2027, 4, 13, 9, 41, SHA, "Tue")
    st = at(2027, 4, 19, 14, 0, SHA, "Mon")
    yield fwd(
        f,
        "outlook_zh",
        "zh-CN",
        "outlook",
        org,
        "华夏汽车 面试通知",
        sent,
        "转发给日历助手，谢谢。",
        "Alex 您好：\n\n请于4月19日（周一）下午2:00到我司参加面试，地址：上海市嘉定区安亭镇"
        "华夏路1号。预计时长1小时。\n\n赵敏\n华夏汽车 人力资源部",
        "Outlook (Chinese UI) forward: '发送时间: 2027年4月13日 9:41' above; '4月19日（周一）"
        "下午2:00'; '预计时长1小时' is an estimate, so no end; no zone.",
        wall(st, None, sent),
    )
    org = ("최민호", "minho.choi@blueocean-ship.example.kr")
    sent = at(2027, 4, 14, 15, 5, SEL, "Wed")
    st = at(2027, 4, 21, 10, 30, SEL, "Wed")
    yield fwd(
        f,
        "outlook_ko",
        "ko",
        "outlook",
        org,
        "블루오션해운 면접 일정",
        sent,
        "면접 일정 전달합니다.",
        "Alex 님,\n\n면접은 4월 21일(수) 오전 10시 30분에 부산 본사 7층에서 진행됩니다.\n\n"
        "최민호 드림",
        "Outlook (Korean UI) forward, HTML-only: '4월 21일(수) 오전 10시 30분'; no zone.",
        wall(st, None, sent),
        form="html",
    )
    org = ("Rina Wijaya", "rina.wijaya@samudra-bank.example.co.id")
    sent = at(2027, 4, 14, 13, 20, JKT, "Wed")
    st = at(2027, 4, 20, 10, 0, JKT, "Tue")
    yield fwd(
        f,
        "gmail_id",
        "id",
        "gmail",
        org,
        "Jadwal Interview HR - Samudra Bank",
        sent,
        "Tolong dicatat ya, terima kasih.",
        "Dear Alex,\n\nInterview HR Anda dijadwalkan pada Selasa, 20 April 2027, pukul 10.00 - "
        "11.00 WIB, di Menara Samudra lt. 15, Jl. Sudirman Kav. 8, Jakarta.\n\nSalam,\nRina",
        "Gmail (Indonesian UI) forward 'Pesan terusan', 'Date: Rab, 14 Apr 2027 pukul 13.20' "
        "above; '20 April 2027, pukul 10.00 - 11.00 WIB'.",
        zoned(st, st + 60 * MIN, JKT),
    )
    org = ("Selin Aksoy", "selin.aksoy@marmara-lojistik.example.com.tr")
    sent = at(2027, 4, 15, 11, 30, IST, "Thu")
    st = at(2027, 4, 21, 15, 0, IST, "Wed")
    yield fwd(
        f,
        "outlook_tr",
        "tr",
        "outlook",
        org,
        "Yüz yüze görüşme",
        sent,
        "Takvime ekler misin?",
        "Merhaba Alex,\n\nYüz yüze görüşmemizi 21 Nisan Çarşamba saat 15:00'te Tuzla'daki "
        "merkez ofisimizde yapalım. Görüşme yaklaşık bir saat sürecek.\n\nSelin",
        "Outlook (Turkish UI) forward, 'Gönderildi: 15 Nisan 2027 Perşembe 11:30' above; "
        '"21 Nisan Çarşamba saat 15:00\'te"; about an hour, no end.',
        wall(st, None, sent),
    )
    org = ("森田 由美", "y.morita@hikari-hotel.example.jp")
    sent = at(2027, 4, 16, 14, 0, TYO, "Fri")
    chk(4, 24, "Sat")
    yield fwd(
        f,
        "apple_ja_setsumeikai",
        "ja",
        "apple",
        org,
        "ひかりホテルズ 会社説明会のご案内",
        sent,
        "これは説明会なので、面接ではないかも。",
        "応募者の皆様\n\n4月24日（土）13:00〜14:30に、本社にて会社説明会を開催します。"
        "ご参加希望の方はマイページよりご予約ください。\n\nひかりホテルズ 採用担当 森田",
        "Look-alike forwarded with Apple Mail (Japanese): a group information session; the "
        "user's note doubts it is an interview.",
        NEG,
    )
    org = ("吳佳蓉", "jiarong.wu@taoyuan-air.example.tw")
    sent = at(2027, 4, 16, 10, 15, TPE, "Fri")
    st = at(2027, 4, 22, 9, 30, TPE, "Thu")
    yield fwd(
        f,
        "thunderbird_tw",
        "zh-TW",
        "thunderbird",
        org,
        "桃園航空 地勤面試通知",
        sent,
        "幫我加到行事曆",
        "Alex 您好，\n\n面試時間：4月22日（四）上午9:30～10:30\n地點：桃園航空 園區大樓B1 "
        "訓練教室\n\n吳佳蓉",
        "Thunderbird (zh-TW) forward with a 'Date:' line in RFC form above; '4月22日（四）上午"
        "9:30～10:30'; no zone.",
        wall(st, st + 60 * MIN, sent),
        form="both",
    )
    org = ("خالد المنصوري", "khalid.mansoori@emirates-retail.example.ae")
    sent = at(2027, 4, 18, 9, 0, DXB, "Sun")
    st = at(2027, 4, 22, 11, 0, DXB, "Thu")
    yield fwd(
        f,
        "outlook_ar",
        "ar",
        "outlook",
        org,
        "موعد المقابلة",
        sent,
        "أرجو إضافة الموعد إلى التقويم.",
        "الأستاذ أليكس،\n\nنؤكد موعد المقابلة يوم الخميس " + digits("22", "ar") + " أبريل "
        "الساعة " + digits("11:00", "ar") + " صباحاً بتوقيت دبي في مكتبنا بمركز دبي التجاري "
        "العالمي.\n\nخالد المنصوري",
        "Outlook (Arabic UI) forward with an Arabic-Indic sent stamp; 'الخميس ٢٢ أبريل الساعة "
        "١١:٠٠ صباحاً بتوقيت دبي': 11:00 Dubai.",
        zoned(st, None, DXB),
    )


def movesasia21() -> Iterator[Case]:
    f = "movesasia21"
    s = ("大野 恵", "m.ono@kawasemi-pharma.example.jp")
    sent = at(2027, 4, 14, 11, 0, TYO, "Wed")
    st = at(2027, 4, 21, 15, 0, TYO, "Wed")
    yield case(
        f,
        "ja_henkou",
        "ja",
        s,
        "【日程変更】二次面接のお時間について",
        sent,
        "Move: '4月20日（火）10時から' becomes '4月21日（水）15時〜16時'; no zone.",
        wall(st, st + 60 * MIN, sent, "reschedule"),
        "アレックス・モーガン様\n\nかわせみ製薬の大野です。\n誠に恐れ入りますが、4月20日"
        "（火）10時からお願いしておりました二次面接を、4月21日（水）15時〜16時に変更させて"
        "いただけますでしょうか。場所の変更はございません。\n\nご迷惑をおかけいたしますが、"
        "何卒よろしくお願いいたします。\n\n大野 恵",
    )
    s = ("孙婷", "sunting@lianhe-bio.example.cn")
    sent = at(2027, 4, 13, 10, 30, SHA, "Tue")
    st = at(2027, 4, 16, 15, 0, SHA, "Fri")
    yield case(
        f,
        "zh_queren",
        "zh-CN",
        s,
        "回复：面试时间",
        sent,
        "Reply confirming the candidate's pick ('就按你说的周五下午3点') over the quoted HR "
        "options (Thursday 10:00 or Friday 15:00): 15:00 Friday.",
        wall(st, None, sent),
        thread(
            "Alex，\n\n没问题，就按你说的周五（4月16日）下午3点，地点不变。到时候见！\n\n孙婷",
            (
                "在 2027年4月12日 周一 18:20，Alex Morgan <alex.morgan@mailbox.example> 写道：",
                "孙老师好，周五下午3点我可以，谢谢！",
            ),
            (
                "在 2027年4月12日 周一 11:02，孙婷 <sunting@lianhe-bio.example.cn> 写道：",
                "Alex你好，面试可以选4月15日（周四）上午10点或者4月16日（周五）下午3点，你看哪个"
                "方便？",
            ),
        ),
        reply=True,
    )
    s = ("Amit Joshi", "amit.joshi@dakshin-pay.example.in")
    sent = at(2027, 4, 15, 19, 10, KOL, "Thu")
    st = at(2027, 4, 19, 12, 0, KOL, "Mon")
    yield case(
        f,
        "hinglish_prepone",
        "en-IN",
        s,
        "Interview time change - Dakshin Pay",
        sent,
        "Hinglish move: 'Monday ka 4 baje wala slot ab 12 baje (IST) hoga' on Monday 19 April: "
        "12:00 Kolkata.",
        zoned(st, None, KOL, "reschedule"),
        "Hi Alex,\n\nSmall change - panel ki availability ki wajah se Monday (19 April) ka 4 "
        "baje wala slot ab 12 baje (IST) hoga, dopahar mein. Link same rahega.\n\nSorry for "
        "the inconvenience!\nAmit",
    )
    s = ("Bima Santoso", "bima@kalimantan-agro.example.co.id")
    sent = at(2027, 4, 16, 8, 30, JKT, "Fri")
    st = at(2027, 4, 19, 14, 0, JKT, "Mon")
    yield case(
        f,
        "id_batal",
        "id",
        s,
        "Pembatalan Jadwal Interview",
        sent,
        "Indonesian cancellation: 'interview hari Senin, 19 April 2027 pukul 14.00 WIB kami "
        "batalkan': the 14:00 Jakarta slot.",
        zoned(st, None, JKT, "cancellation"),
        "Yth. Bapak Alex,\n\nDengan berat hati kami informasikan bahwa jadwal interview hari "
        "Senin, 19 April 2027 pukul 14.00 WIB kami batalkan karena posisi tersebut sudah "
        "terisi. Terima kasih atas waktu dan minat Bapak.\n\nSalam,\nBima Santoso",
    )
    s = ("هالة منصور", "hala.mansour@rawabi-group.example.sa")
    sent = at(2027, 4, 18, 10, 0, RUH, "Sun")
    st = at(2027, 4, 21, 13, 0, RUH, "Wed")
    yield case(
        f,
        "ar_taadil",
        "ar",
        s,
        "تعديل موعد المقابلة",
        sent,
        "Arabic move: from Tuesday 11 a.m. to 'الأربعاء ٢١ أبريل الساعة الواحدة ظهراً': 13:00; no "
        "zone word.",
        wall(st, None, sent, "reschedule"),
        "الأستاذ أليكس،\n\nنعتذر عن تعديل موعد المقابلة؛ فبدلاً من يوم الثلاثاء الساعة "
        "الحادية عشرة صباحاً، سيكون الموعد الجديد يوم الأربعاء "
        + digits("21", "ar")
        + " أبريل الساعة الواحدة ظهراً في نفس المكان.\n\nمع التحية،\nهالة منصور",
    )
    s = ("Can Öztürk", "can.ozturk@karadeniz-gida.example.com.tr")
    sent = at(2027, 4, 13, 14, 0, IST, "Tue")
    st = at(2027, 4, 16, 11, 0, IST, "Fri")
    yield case(
        f,
        "tr_onay",
        "tr",
        s,
        "Ynt: Görüşme zamanı",
        sent,
        "Turkish reply accepting the candidate's proposed slot ('Cuma saat 11:00 uygun, "
        "görüşürüz') over the quoted proposal: Friday 16 April 11:00.",
        wall(st, None, sent),
        thread(
            "Merhaba Alex,\n\nCuma (16 Nisan) saat 11:00 bizim için de uygun, görüşürüz. Ofis "
            "adresi imzada.\n\nCan Öztürk\nKaradeniz Gıda İK\nAtatürk Cad. 44, Samsun",
            (
                "Alex Morgan <alex.morgan@mailbox.example>, 12 Nis 2027 Pzt, 21:40 tarihinde "
                "şunu yazdı:",
                "Merhaba Can Bey,\n\nPerşembe öğleden sonra ya da Cuma 11:00 benim için uygun."
                "\n\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Kenji Fujita", "k.fujita@umi-trading.example.jp")
    sent = at(2027, 4, 15, 16, 0, TYO, "Thu")
    chk(4, 20, "Tue")
    chk(4, 22, "Thu")
    yield case(
        f,
        "ja_mada_kettei",
        "ja",
        s,
        "Re: 面接日程",
        sent,
        "Look-alike: a reply that still asks the candidate to pick one of two slots.",
        NEG,
        thread(
            "アレックス様\n\nご返信ありがとうございます。恐れ入りますが、ご提示の日時は"
            "面接官の都合がつかず、改めて4月20日（火）11時か4月22日（木）16時のどちらかで"
            "ご検討いただけますでしょうか。\n\n藤田",
            (
                "2027年4月14日(水) 9:05 Alex Morgan <alex.morgan@mailbox.example>:",
                "藤田様\n\n4月19日（月）の午後はいかがでしょうか。\n\nアレックス",
            ),
        ),
        reply=True,
    )


BUILDERS = [
    jpsaiyo21,
    zhcn21,
    zhtw21,
    krchae21,
    desi21,
    nusa21,
    mekong21,
    turkar21,
    fahe21,
    fwdasia21,
    movesasia21,
]

FIGURES = (
    "First sight (parser at main 5a1452f7, before any change for this batch; quick.py on these "
    "files only): dev text invitations 42 of 44 right (start and, where labelled, end; all 42 "
    "with confidence >= 0.5), 1 of 10 dev look-alikes claimed (a Hinglish 'Kal dopahar 2 se 5 "
    "ke beech aap kab free ho? Please apni availability share karo' ask, at 0.57); held out "
    "11 of 14 right (9 sure), 0 of 3 look-alikes claimed; no calendar parts. Dev misses: a "
    "Hinglish move 'Monday ka 4 baje wala slot ab 12 baje (IST) hoga' (read as the old hour, "
    "and as 04:00) and '下周四上午十点至十一点（北京时间）' (no end: the Chinese-numeral end "
    "after '至' was not read as a clock). After the batch's rules: dev 44 of 44 right (44 "
    "sure), 0 of 10 claimed; held out 11 of 14 (9 sure), 0 of 3, unchanged. Whole corpus "
    "(quick.py, main 5a1452f7 + this batch): dev text 1876/1895, sure 1666, false claims "
    "12/1478; held out 844/901 (one more right than before the rules, none worse), 698 sure, "
    "60/672 claimed; shared and fixtures unchanged; cmp.py lists no BROKE line. After "
    "merging main at 56b605c0 (quick.py, the same corpus with main's parser against this "
    "branch's): dev text 1961 -> 1963 of 1982, sure 1746 -> 1748, false claims 21 -> 20 of "
    "1590; held out text 871 -> 872 of 934 (better 1, worse 0), 727 sure, 67/714 claimed "
    "unchanged; calendar, shared and fixtures unchanged; this batch dev 44/44 (44 sure), "
    "0/10 claimed, held out 11/14 (9 sure), 0/3; `pytest tests/parsing` 14015 passed."
)
RULES = """## Rules and their sources

- A bare South Asian "o'clock" hour is on a 12-hour clock, like English "at 3" (`when.py`,
  `_LOOSE_SUFFIXES`): "3 baje", "3 बजे", "3 بجے", "৩টায়", "3 மணிக்கு" and the other such
  words the clock pattern already reads are 15:00, unless a part of the day before them says
  otherwise ("सुबह 6 बजे" stays 06:00). Before, a bare "4 baje" came out as 04:00 with
  confidence 0.6. Sources: public assistant prompts and fixtures ('kal 3 baje meeting hai
  office mein' -> 'Calendar event created for tomorrow at 3 PM'; 'कल की 2 बजे वाली
  प्रेजेंटेशन' glossed 'presentation at 2 PM') and this batch's `movesasia21` (en-IN).
- "X baje wala ... ab Y" moves a slot to Y (`when.py`, `_pushed_onto` / `_WALA_NOW`):
  Hindi, Hinglish and Urdu name a slot already set by its hour with wala/वाला/والا, and "ab"
  (now) before the next hour sends it there. Sources: public text naming an existing slot by
  its hour ('8 baje wala reminder cancel kar do', '6 PM wala, 6 baje wala' slot selection,
  'कल की 2 बजे वाली प्रेजेंटेशन') and this batch's `movesasia21` ('Monday ka 4 baje wala slot
  ab 12 baje (IST) hoga').
- The end of a range written in Chinese numerals is a clock (`word_clocks.py`,
  `_CJK_RANGE_END`): a numeral hour right after 至/到/~/－ that follows an hour word
  ("上午十点至十一点", "下午三点至四点", "九点到十二点"). Sources: public notices ('面试安排 ...
  周一至周五，上午十点至十一点，下午三点至四点面试', '本周五上午九点至十一点 ... 暂停供水',
  '周六上午九点到十二点') and this batch's `zhcn21`.
- A Hinglish question for the reader's times books nothing (`lookalikes.py`,
  `ASKS_FOR_TIMES_CUES`): 'aap kab free ho/honge?', 'apni availability share/bhej/bata ...'.
  Sources: public chat and sales prompts ('Meeting ke liye aap kab free ho — kaunsa din aur
  time?', 'Kab free honge aap? Ek date bata dijiye', 'Bas batao kab free ho') and this
  batch's `desi21` ask. A slot fixed in another sentence stays sure (tested).
"""


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the prose19 batch (`build_prose19.py`)",
        "",
        "Interview invitations, moves, cancellations, replies confirming a proposed slot, "
        "forwards and look-alikes typed in Asian and Middle-Eastern languages, with no "
        "calendar part. All text is ours; people, companies, addresses and links are made "
        "up; no product template is rendered. Forward header blocks (Gmail ja/id, Outlook "
        "zh-CN/ko/tr/ar, Apple Mail ja, Thunderbird zh-TW) are written from memory of those "
        "clients' localised layouts. Every label was written from the datetimes the text is "
        "rendered from, before the parser was run on the message. A zone word that names one "
        "zone (JST, KST, CST beside 'UTC+8' or Beijing, 北京时间, 台北時間, IST, PKT, "
        "Bangladesh time, WIB, WITA, WIT, PH time, ICT, TSİ, GST, Dubai time, IRST, Tehran "
        "time, IDT) is labelled with that IANA zone; no zone word means wall time (tz_stated "
        "false). Loose lengths ('1時間程度', '约45分钟', 'about an hour') give no end; stated "
        "ranges do. Moves are labelled with the new slot, cancellations with the cancelled one.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose19.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
    ]
    if RULES:
        lines += [RULES, ""]
    lines += ["## Families", ""]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose19.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
