# ruff: noqa: E501 (mail bodies read best one row a line)
"""Write the "kin33" batch: a relative's, friend's or client's interview passed on to the reader.

Run: .venv/bin/python tests/parsing/corpus/build_kin33.py

A parent, sibling, partner, friend, flatmate, teacher, careers adviser or job coach forwards
(Gmail, Outlook, Apple Mail, Thunderbird), forwards again, quotes below "On ... wrote:" or pastes
the interview mail of someone else, saying whose it is in the note, only in the subject
("Fwd: Tom's interview"), or not at all (the greeting and the To line name the other person).
Languages: ko, zh, ja, ar, he, hi, tr, pl, ru, uk, cs, fr, es, pt-BR, de, nl, it, sv, da, fi,
el, ro, hu, vi, id, en. Controls (invitations): the reader's own interview forwarded from their
other mailbox, with a note about family ("my mum will drive me"), an agency recruiter passing
on a client company's mail written to the agency, and a greeting by nickname. One family is
the panel's debrief meeting told to a candidate after the interview (no meeting for them).

Label policy as in panel24/panel25/sides26: an interview someone else attends as the
interviewee is `not_invitation` for the reader. Every label was written from the datetimes the
text is rendered from (weekday names checked) before the parser was run on any message; the
held-out families were drawn by a seeded coin (random.Random("kin33")) before then too. Forward
blocks are build_negs17.py's recalled client layouts; all prose is ours; people, companies and
addresses are made up. Output is deterministic; the script rewrites only its own families.
"""

from __future__ import annotations

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


p25 = _load("build_panel25", "build_panel25.py")
pp, n17 = p25.pp, p25.n17
Case, mail, at = pp.Case, pp.mail, pp.at
OWN, HAND, NEG, HOOK = pp.OWN, p25.HAND, p25.NEG, pp.HOOK
BATCH = "kin33"
Person = tuple[str, str]

FAMILIES = [
    "kinnote33",
    "sibfwd33",
    "friendfwd33",
    "coachfwd33",
    "fwdfwd33",
    "quoted33",
    "subjnote33",
    "pasted33",
    "ownctl33",
    "debrief33",
]
# three of ten families held out, drawn by a seeded coin before anything was measured
_HELD = set(random.Random("kin33").sample(FAMILIES, 3))
SPLITS = {name: ("heldout" if name in _HELD else "dev") for name in FAMILIES}

SOURCES = {
    "kinnote33": "A parent forwards a son's or daughter's interview with a note saying whose it is, the mail greeting nobody by name (ko, zh, ja, tr, pl); Gmail, Outlook, Thunderbird layouts.",
    "sibfwd33": "A sibling or partner forwards the interview, the mail greeting the other person (ru, uk, cs, da, fi).",
    "friendfwd33": "A friend or flatmate forwards a friend's interview (el, ro, hu, vi, id).",
    "coachfwd33": "A careers adviser, job coach or teacher forwards a client's or student's interview (en-GB, de, fr, nl, sv).",
    "fwdfwd33": "Forward of a forward: the candidate forwarded it to a parent, sibling or partner, who forwards it again (es, pt-BR, it, de, ar).",
    "quoted33": "The candidate's forward quoted below 'On ... wrote:' under the relative's note (he, hi, en, fr).",
    "subjnote33": "Forwards whose only note is the subject ('Fwd: Tom's interview'), the mail greeting 'Dear Applicant' (en, de, fr, es, nl).",
    "pasted33": "A relative pastes the interview mail into a new message with a line saying whose it is (nl, sv, it, ko, pt-BR).",
    "ownctl33": "Controls: the reader's own interview forwarded from their other mailbox, with a note about family driving them, passed on by an agency recruiter from the client company, or greeted by a nickname (en-GB, de, es, fr, tr, en-US, pt-BR, ru).",
    "debrief33": "The panel's debrief or feedback meeting told to a candidate after the interview (en-GB, de, fr, es, nl, it).",
}

SEL, SHA, TYO, IST, WAW, MOW, KYV, PRG, CPH, HEL = (
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Europe/Istanbul",
    "Europe/Warsaw",
    "Europe/Moscow",
    "Europe/Kyiv",
    "Europe/Prague",
    "Europe/Copenhagen",
    "Europe/Helsinki",
)
ATH, BUH, BUD, HCM, JKT, LON, BER, PAR, AMS, STO = (
    "Europe/Athens",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Asia/Ho_Chi_Minh",
    "Asia/Jakarta",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Amsterdam",
    "Europe/Stockholm",
)
MAD, SAO, ROM, RUH, JER, KOL, NYC = (
    "Europe/Madrid",
    "America/Sao_Paulo",
    "Europe/Rome",
    "Asia/Riyadh",
    "Asia/Jerusalem",
    "Asia/Kolkata",
    "America/New_York",
)
MIN = timedelta(minutes=1)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str) -> datetime:
    return at(2027, mo, d, h, 12, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    at(2027, mo, d, 12, 0, "UTC", weekday)


def _addr(name: str) -> str:
    return name.lower().replace(" ", ".") + "@mailbox.example"


def person(name: str) -> Person:
    ascii_name = name.encode("ascii", "ignore").decode() or "someone"
    return (name, _addr(ascii_name.strip() or "someone"))


def _block(client: str, ui: str, org: Person, w: datetime, subject: str, to: Person) -> str:
    return n17.block(client, ui, org, w, subject).replace(n17._who(n17.ME), n17._who(to))


def _label(
    org: Person, start: datetime | None, minutes: int | None, sent: datetime
) -> dict[str, object]:
    if start is None:
        return {"kind": NEG, "original_sender": org[1]}
    end = start + minutes * MIN if minutes else None
    return {**p25.slot(start, end, sent), "organizer_email": org[1], "original_sender": org[1]}


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    ui: str,
    forwarder: Person,
    addressee: Person,
    org: Person,
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    start: datetime | None = None,
    minutes: int | None = None,
    outer_subject: str = "",
    to: Person = HOOK,
    days: tuple[tuple[int, int, str], ...] = (),
) -> Case:
    """`forwarder` passes on `org`'s mail written to `addressee` through `client` in `ui`."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    head = _block(client, ui, org, sent, subject, addressee)
    top = note_text.strip()
    text = f"{top}\n\n{head}\n{body.strip()}\n" if top else f"{head}\n{body.strip()}\n"
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=forwarder,
        to=to,
        subject=outer_subject or f"{n17.prefix(client, ui)}: {subject}",
        sent=sent + timedelta(hours=3, minutes=7),
        text=text,
    )
    template = n17.RECALLED.format(client=n17.CLIENT_NAME[client], ui=ui)
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        _label(org, start, minutes, sent),
        lang,
        note,
        template,
        OWN,
    )


def fwd2(
    family: str,
    name: str,
    lang: str,
    client: str,
    ui: str,
    forwarder: Person,
    middle: Person,
    org: Person,
    subject: str,
    sent: datetime,
    middle_note: str,
    note_text: str,
    body: str,
    note: str,
    *,
    quoted: str = "",
    days: tuple[tuple[int, int, str], ...] = (),
) -> Case:
    """`middle` (the candidate) forwarded `org`'s mail to `forwarder`, who passes it on: as a
    second forward block, or with `quoted` ("On ... wrote:") quoting the first forward."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    inner = f"{_block('gmail', 'en' if ui not in n17.GMAIL_RULE else ui, org, sent, subject, middle)}\n{body.strip()}\n"
    first = f"{middle_note.strip()}\n\n{inner}"
    later = sent + timedelta(hours=1, minutes=40)
    if quoted:
        quoted_lines = "\n".join(f"> {line}" if line else ">" for line in first.split("\n"))
        passed = f"{quoted}\n{quoted_lines}\n"
    else:
        passed = f"{_block(client, ui, middle, later, 'Fwd: ' + subject, forwarder)}\n{first}"
    text = f"{note_text.strip()}\n\n{passed}" if note_text.strip() else passed
    raw = mail(
        f"{BATCH}/{family}/{name}",
        sender=forwarder,
        to=HOOK,
        subject=f"{'Re' if quoted else n17.prefix(client, ui)}: Fwd: {subject}",
        sent=later + timedelta(hours=2),
        text=text,
    )
    template = n17.RECALLED.format(client=n17.CLIENT_NAME[client], ui=ui)
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        _label(org, None, None, sent),
        lang,
        note,
        template,
        OWN,
    )


def direct(
    family: str,
    name: str,
    lang: str,
    sender: Person,
    to: Person,
    subject: str,
    sent: datetime,
    text: str,
    note: str,
    *,
    start: datetime | None = None,
    minutes: int | None = None,
    days: tuple[tuple[int, int, str], ...] = (),
) -> Case:
    """A mail typed or pasted by hand (no forward block)."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    raw = mail(
        f"{BATCH}/{family}/{name}", sender=sender, to=to, subject=subject, sent=sent, text=text
    )
    label = _label(sender, start, minutes, sent)
    if start is None:
        label = {"kind": NEG}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def kinnote33() -> Iterator[Case]:
    f = "kinnote33"
    yield fwd(
        f,
        "adeul_myeonjeop",
        "ko",
        "gmail",
        "en",
        person("Kim Sunhee"),
        ("김민준", "minjun.kim@mailbox.example"),
        ("한빛물산 인사팀", "recruit@hanbit.example"),
        "[한빛물산] 1차 면접 일정 안내",
        sent_on(3, 2, 10, SEL),
        "우리 아들 면접 일정이에요. 잊지 않게 알려 주세요. 그날 제가 데려다줄 거예요.",
        "안녕하세요.\n\n한빛물산 인사팀입니다. 1차 면접 일정을 아래와 같이 안내드립니다.\n\n일시: 2027년 3월 9일(화) 오후 2시\n장소: 본사 3층 대회의실\n\n감사합니다.\n한빛물산 인사팀",
        "Korean: a mother forwards her son's first-round interview (Tuesday 9 March 14:00); the mail greets nobody by name.",
        days=((3, 9, "Tue"),),
    )
    yield fwd(
        f,
        "nuer_mianshi",
        "zh",
        "outlook",
        "en",
        person("Wang Jianguo"),
        ("王小雨", "xiaoyu.wang@mailbox.example"),
        ("星辰科技 人力资源部", "hr@xingchen.example"),
        "面试邀请 - 行政助理",
        sent_on(3, 3, 9, SHA),
        "这是我女儿的面试通知，帮我记一下，那天我送她过去。",
        "您好：\n\n感谢您应聘我司行政助理一职。现诚邀您参加面试。\n时间：2027年3月11日（星期四）上午10:00\n地点：上海市徐汇区漕溪北路88号12楼\n\n星辰科技 人力资源部",
        "Chinese: a father forwards his daughter's interview (Thursday 11 March 10:00) to remember driving her.",
        days=((3, 11, "Thu"),),
    )
    yield fwd(
        f,
        "musuko_mensetsu",
        "ja",
        "gmail",
        "ja",
        person("Sato Keiko"),
        ("佐藤 翔太", "shota.sato@mailbox.example"),
        ("株式会社みなと 採用担当", "saiyo@minato.example"),
        "一次面接のご案内",
        sent_on(3, 5, 11, TYO),
        "息子の面接の案内です。当日は車で送っていきます。",
        "この度は弊社求人にご応募いただき、誠にありがとうございます。\n一次面接を下記の日程で行います。\n\n日時：2027年3月16日（火）14:00〜15:00\n場所：本社5階 面接室\n\n株式会社みなと 採用担当",
        "Japanese: a mother forwards her son's interview (Tuesday 16 March 14:00-15:00); no name greeted.",
        days=((3, 16, "Tue"),),
    )
    yield fwd(
        f,
        "oglum_mulakat",
        "tr",
        "outlook",
        "en",
        person("Ayse Demir"),
        ("Emre Demir", "emre.demir@mailbox.example"),
        ("Anadolu Lojistik İK", "ik@anadolu-lojistik.example"),
        "Mülakat Daveti",
        sent_on(3, 8, 15, IST),
        "Oğlumun mülakatı, bir gün önce bana hatırlatır mısın? Onu ben götüreceğim.",
        "Merhaba,\n\nBaşvurunuz için teşekkür ederiz. Sizi 18 Mart 2027 Perşembe günü saat 11:00'de Kadıköy ofisimizde mülakata davet ediyoruz.\n\nSaygılarımızla,\nAnadolu Lojistik İnsan Kaynakları",
        "Turkish: a mother forwards her son's interview (Thursday 18 March 11:00).",
        days=((3, 18, "Thu"),),
    )
    yield fwd(
        f,
        "corki_rozmowa",
        "pl",
        "thunderbird",
        "pl",
        person("Ewa Nowak"),
        ("Zofia Nowak", "zofia.nowak@mailbox.example"),
        ("Dział HR Bałtyk", "rekrutacja@baltyk.example"),
        "Zaproszenie na rozmowę",
        sent_on(3, 15, 12, WAW),
        "To rozmowa mojej córki, przypomnij mi w poniedziałek.",
        "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną we wtorek 23 marca 2027 r. o godz. 9:30 w naszym biurze przy ul. Długiej 5.\n\nPozdrawiamy,\nDział HR",
        "Polish: a mother forwards her daughter's interview (Tuesday 23 March 9:30).",
        days=((3, 23, "Tue"),),
    )


def sibfwd33() -> Iterator[Case]:
    f = "sibfwd33"
    yield fwd(
        f,
        "brat_sobesedovanie",
        "ru",
        "gmail",
        "en",
        person("Olga Sokolova"),
        ("Дмитрий Соколов", "dmitry.sokolov@mailbox.example"),
        ("HR Северсталь-Сервис", "hr@sever-service.example"),
        "Приглашение на собеседование",
        sent_on(3, 16, 13, MOW),
        "Это собеседование брата, напомни мне за день, я его подвезу.",
        "Дмитрий, добрый день!\n\nПриглашаем вас на собеседование в четверг, 25 марта 2027 года, в 15:00 по адресу: Москва, ул. Лесная, 7, офис 301.\n\nС уважением,\nотдел персонала",
        "Russian: a sister forwards her brother Dmitry's interview (Thursday 25 March 15:00).",
        days=((3, 25, "Thu"),),
    )
    yield fwd(
        f,
        "sestra_spivbesida",
        "uk",
        "outlook",
        "en",
        person("Iryna Kovalenko"),
        ("Оксана Коваленко", "oksana.kovalenko@mailbox.example"),
        ("Відділ кадрів Дніпро-Трейд", "hr@dnipro-trade.example"),
        "Запрошення на співбесіду",
        sent_on(3, 22, 10, KYV),
        "Це співбесіда моєї сестри, збережи, щоб я не забула їй подзвонити.",
        "Добрий день, пані Оксано!\n\nЗапрошуємо вас на співбесіду у вівторок, 30 березня 2027 року, о 10:00 у нашому офісі.\n\nЗ повагою,\nвідділ кадрів",
        "Ukrainian: a sister forwards her sister Oksana's interview (Tuesday 30 March 10:00).",
        days=((3, 30, "Tue"),),
    )
    yield fwd(
        f,
        "manzelka_pohovor",
        "cs",
        "gmail",
        "en",
        person("Petr Dvorak"),
        ("Jana Dvořáková", "jana.dvorakova@mailbox.example"),
        ("Personální oddělení Vltava", "hr@vltava.example"),
        "Pozvánka na pohovor",
        sent_on(3, 23, 9, PRG),
        "Pohovor mé manželky, připomeň mi to, ten den hlídám děti.",
        "Dobrý den, paní Dvořáková,\n\nzveme Vás na pohovor ve středu 31. března 2027 v 13:00 v naší kanceláři v Karlíně.\n\nS pozdravem\npersonální oddělení",
        "Czech: a husband forwards his wife's interview (Wednesday 31 March 13:00).",
        days=((3, 31, "Wed"),),
    )
    yield fwd(
        f,
        "bror_samtale",
        "da",
        "apple",
        "en",
        person("Mette Holm"),
        ("Jonas Holm", "jonas.holm@mailbox.example"),
        ("Rekruttering Nordlys", "job@nordlys.example"),
        "Invitation til samtale",
        sent_on(3, 26, 14, CPH),
        "Min brors samtale - husk mig på det, jeg kører ham.",
        "Kære Jonas\n\nTak for din ansøgning. Vi vil gerne invitere dig til samtale mandag den 5. april 2027 kl. 10.00 på vores kontor i Aarhus.\n\nVenlig hilsen\nNordlys",
        "Danish: a sister forwards her brother Jonas's interview (Monday 5 April 10.00).",
        days=((4, 5, "Mon"),),
    )
    yield fwd(
        f,
        "mieheni_haastattelu",
        "fi",
        "gmail",
        "en",
        person("Aino Virtanen"),
        ("Mikko Laine", "mikko.laine@mailbox.example"),
        ("Rekrytointi Saimaa Oy", "rekry@saimaa.example"),
        "Kutsu työhaastatteluun",
        sent_on(3, 29, 11, HEL),
        "Mieheni haastattelu, laitan muistiin. Vien hänet asemalle.",
        "Hei,\n\nkiitos hakemuksestasi. Kutsumme sinut työhaastatteluun tiistaina 6.4.2027 klo 14.00 Lappeenrannan toimistollemme.\n\nTerveisin\nRekrytointi",
        "Finnish: a wife forwards her husband's interview (Tuesday 6 April 14.00); the mail greets nobody.",
        days=((4, 6, "Tue"),),
    )


def friendfwd33() -> Iterator[Case]:
    f = "friendfwd33"
    yield fwd(
        f,
        "filou_synenteuxi",
        "el",
        "gmail",
        "en",
        person("Eleni Papadopoulou"),
        ("Νίκος Γεωργίου", "nikos.georgiou@mailbox.example"),
        ("Τμήμα Προσωπικού Αιγαίο", "hr@aigaio.example"),
        "Πρόσκληση σε συνέντευξη",
        sent_on(3, 30, 10, ATH),
        "Η συνέντευξη του φίλου μου, μου ζήτησε να του τη θυμίσω.",
        "Αγαπητέ κύριε Γεωργίου,\n\nΣας προσκαλούμε σε συνέντευξη την Πέμπτη 8 Απριλίου 2027 στις 11:00 στα γραφεία μας στον Πειραιά.\n\nΜε εκτίμηση,\nΤμήμα Προσωπικού",
        "Greek: a friend forwards her friend Nikos's interview (Thursday 8 April 11:00).",
        days=((4, 8, "Thu"),),
    )
    yield fwd(
        f,
        "coleg_apartament",
        "ro",
        "outlook",
        "en",
        person("Andrei Popescu"),
        ("Mihai Ionescu", "mihai.ionescu@mailbox.example"),
        ("Resurse Umane Carpați", "hr@carpati.example"),
        "Invitație la interviu",
        sent_on(4, 1, 16, BUH),
        "E interviul colegului meu de apartament, îi amintesc eu dimineața.",
        "Bună ziua,\n\nVă invităm la interviu vineri, 9 aprilie 2027, la ora 10:00, la sediul nostru din Cluj.\n\nCu stimă,\nResurse Umane",
        "Romanian: a flatmate forwards his flatmate's interview (Friday 9 April 10:00).",
        days=((4, 9, "Fri"),),
    )
    yield fwd(
        f,
        "baratnom_interju",
        "hu",
        "gmail",
        "en",
        person("Kata Nagy"),
        ("Tóth Eszter", "eszter.toth@mailbox.example"),
        ("Duna Kft. HR", "hr@duna.example"),
        "Meghívó interjúra",
        sent_on(4, 5, 9, BUD),
        "A barátnőm interjúja, megígértem, hogy előtte szólok neki.",
        "Kedves Pályázó!\n\nÖrömmel meghívjuk személyes interjúra 2027. április 13-án, kedden 9:00 órakor budapesti irodánkba.\n\nÜdvözlettel:\nDuna Kft. HR",
        "Hungarian: a friend forwards her friend's interview (Tuesday 13 April 9:00); the mail greets 'Dear Applicant'.",
        days=((4, 13, "Tue"),),
    )
    yield fwd(
        f,
        "ban_phongvan",
        "vi",
        "gmail",
        "en",
        person("Lan Nguyen"),
        ("Trần Minh", "minh.tran@mailbox.example"),
        ("Phòng Nhân sự Sao Mai", "tuyendung@saomai.example"),
        "Thư mời phỏng vấn",
        sent_on(4, 6, 10, HCM),
        "Lịch phỏng vấn của bạn mình, nhắc mình gọi cho bạn ấy trước một ngày nhé.",
        "Chào bạn,\n\nChúng tôi trân trọng mời bạn tham dự buổi phỏng vấn vào lúc 9:00 sáng thứ Tư, ngày 14/04/2027 tại văn phòng công ty, 25 Lê Lợi, Quận 1.\n\nTrân trọng,\nPhòng Nhân sự",
        "Vietnamese: a friend forwards her friend's interview (Wednesday 14 April 9:00).",
        days=((4, 14, "Wed"),),
    )
    yield fwd(
        f,
        "adik_wawancara",
        "id",
        "gmail",
        "en",
        person("Dewi Lestari"),
        ("Rina Wulandari", "rina.wulandari@mailbox.example"),
        ("HRD Nusantara Jaya", "hrd@nusantara.example"),
        "Undangan Wawancara",
        sent_on(4, 7, 13, JKT),
        "Ini jadwal wawancara adik saya, tolong ingatkan ya.",
        "Halo,\n\nKami mengundang Anda untuk wawancara pada hari Kamis, 15 April 2027 pukul 10.00 WIB di kantor kami, Jl. Sudirman 12.\n\nSalam,\nHRD Nusantara Jaya",
        "Indonesian: a sister forwards her younger sibling's interview (Thursday 15 April 10.00 WIB).",
        days=((4, 15, "Thu"),),
    )


def coachfwd33() -> Iterator[Case]:
    f = "coachfwd33"
    yield fwd(
        f,
        "client_interview",
        "en-GB",
        "outlook",
        "en",
        person("Hannah Reid"),
        ("Priya Shah", "priya.shah@mailbox.example"),
        ("Harbour Housing Recruitment", "jobs@harbourhousing.example"),
        "Interview invitation - Housing Officer",
        sent_on(4, 12, 10, LON),
        "Priya's interview (one of my clients) - I'll ring her the day before to prep.",
        "Dear Priya,\n\nThank you for your application. We would like to invite you to interview on Tuesday 20 April 2027 at 2:30pm at our Leith office.\n\nKind regards,\nHarbour Housing",
        "A careers adviser forwards her client Priya's interview (Tuesday 20 April 14:30).",
        days=((4, 20, "Tue"),),
    )
    yield fwd(
        f,
        "klient_gespraech",
        "de",
        "outlook",
        "de",
        person("Jörg Winter"),
        ("Murat Yilmaz", "murat.yilmaz@mailbox.example"),
        ("Personal Stadtwerke Lindau", "bewerbung@sw-lindau.example"),
        "Einladung zum Vorstellungsgespräch",
        sent_on(4, 13, 9, BER),
        "Vorstellungsgespräch meines Klienten Herrn Yilmaz, zur Erinnerung für mich (ich begleite ihn).",
        "Sehr geehrter Herr Yilmaz,\n\nwir laden Sie am Mittwoch, 21. April 2027, um 10:00 Uhr zu einem Vorstellungsgespräch ein.\n\nMit freundlichen Grüßen\nStadtwerke Lindau",
        "German: a job coach forwards his client's interview (Wednesday 21 April 10:00).",
        days=((4, 21, "Wed"),),
    )
    yield fwd(
        f,
        "etudiante_entretien",
        "fr",
        "thunderbird",
        "fr",
        person("Claire Martin"),
        ("Inès Benali", "ines.benali@mailbox.example"),
        ("RH Atelier Loire", "rh@atelier-loire.example"),
        "Convocation à un entretien",
        sent_on(4, 14, 11, PAR),
        "Entretien d'une de mes étudiantes (Inès), je veux la briefer la veille.",
        "Bonjour,\n\nNous avons le plaisir de vous convier à un entretien le jeudi 22 avril 2027 à 14h00 dans nos locaux de Tours.\n\nCordialement,\nRH Atelier Loire",
        "French: a careers teacher forwards her student's interview (Thursday 22 April 14:00).",
        days=((4, 22, "Thu"),),
    )
    yield fwd(
        f,
        "client_gesprek",
        "nl",
        "gmail",
        "nl",
        person("Sanne de Vries"),
        ("Daan Jansen", "daan.jansen@mailbox.example"),
        ("Werving Polderzorg", "werving@polderzorg.example"),
        "Uitnodiging sollicitatiegesprek",
        sent_on(4, 15, 14, AMS),
        "Gesprek van mijn cliënt Daan, ik ga met hem mee.",
        "Beste Daan,\n\nGraag nodigen wij je uit voor een sollicitatiegesprek op maandag 26 april 2027 om 11:00 uur.\n\nMet vriendelijke groet,\nPolderzorg",
        "Dutch: a job coach forwards her client's interview (Monday 26 April 11:00).",
        days=((4, 26, "Mon"),),
    )
    yield fwd(
        f,
        "elev_intervju",
        "sv",
        "apple",
        "sv",
        person("Erik Lund"),
        ("Alva Berg", "alva.berg@mailbox.example"),
        ("Rekrytering Skärgårdshotellet", "jobb@skargard.example"),
        "Inbjudan till intervju",
        sent_on(4, 16, 10, STO),
        "Min elevs intervju, jag följer med som handledare.",
        "Hej Alva!\n\nVälkommen på intervju tisdag den 27 april 2027 kl. 13.00 i receptionen.\n\nHälsningar\nSkärgårdshotellet",
        "Swedish: a teacher forwards his student's interview (Tuesday 27 April 13.00).",
        days=((4, 27, "Tue"),),
    )


def fwdfwd33() -> Iterator[Case]:
    f = "fwdfwd33"
    yield fwd2(
        f,
        "hija_entrevista",
        "es",
        "gmail",
        "es",
        person("Carmen Ruiz"),
        person("Lucía Ruiz"),
        ("RRHH Farmacias Sol", "rrhh@farmaciassol.example"),
        "Entrevista - auxiliar de farmacia",
        sent_on(2, 24, 10, MAD),
        "Mamá, esta es mi entrevista, ¿me llevas?",
        "La entrevista de mi hija, recuérdamela.",
        "Hola Lucía:\n\nTe confirmamos la entrevista el martes 2 de marzo de 2027 a las 17:00 en la farmacia de la calle Mayor.\n\nUn saludo,\nRRHH Farmacias Sol",
        "Spanish: the daughter forwarded her interview to her mother, who forwards it on (Tuesday 2 March 17:00).",
        days=((3, 2, "Tue"),),
    )
    yield fwd2(
        f,
        "irma_entrevista",
        "pt-BR",
        "gmail",
        "pt",
        person("Marcos Souza"),
        person("Ana Souza"),
        ("RH Café Paulista", "rh@cafepaulista.example"),
        "Entrevista - atendente",
        sent_on(2, 25, 9, SAO),
        "Mano, minha entrevista, me lembra?",
        "Entrevista da minha irmã.",
        "Olá, Ana!\n\nSua entrevista está marcada para quinta-feira, 4 de março de 2027, às 15h, na loja da Avenida Paulista.\n\nAbraços,\nRH Café Paulista",
        "Brazilian Portuguese: a sister's interview forwarded twice, brother's note (Thursday 4 March 15h).",
        days=((3, 4, "Thu"),),
    )
    yield fwd2(
        f,
        "ragazzo_colloquio",
        "it",
        "outlook",
        "it",
        person("Giulia Conti"),
        person("Marco Rossi"),
        ("Selezione Trattoria Ponte", "lavoro@trattoriaponte.example"),
        "Colloquio - cameriere",
        sent_on(2, 26, 12, ROM),
        "Ecco il mio colloquio!",
        "Colloquio del mio ragazzo.",
        "Gentile Marco,\n\nla invitiamo a un colloquio venerdì 5 marzo 2027 alle ore 9:30 presso il ristorante.\n\nCordiali saluti,\nTrattoria Ponte",
        "Italian: a boyfriend's interview forwarded twice (Friday 5 March 9:30).",
        days=((3, 5, "Fri"),),
    )
    yield fwd2(
        f,
        "sohn_ohne_notiz",
        "de",
        "gmail",
        "de",
        person("Sabine Braun"),
        person("Felix Braun"),
        ("Ausbildung Bäckerei Huber", "ausbildung@baeckerei-huber.example"),
        "Einladung zum Kennenlernen",
        sent_on(3, 1, 17, BER),
        "Hier mein Termin, kannst du mich fahren?",
        "",
        "Hallo Felix,\n\nwir laden dich zum Vorstellungsgespräch am Mittwoch, 10. März 2027 um 8:00 Uhr in die Backstube ein.\n\nViele Grüße\nBäckerei Huber",
        "German: the son's forward to his mother, forwarded again without a note (Wednesday 10 March 8:00).",
        days=((3, 10, "Wed"),),
    )
    yield fwd2(
        f,
        "ibni_muqabala",
        "ar",
        "gmail",
        "en",
        ("Fatima Haddad", "fatima.haddad@mailbox.example"),
        ("Omar Haddad", "omar.haddad@mailbox.example"),
        ("الموارد البشرية - شركة النخيل", "hr@nakheel-co.example"),
        "دعوة لمقابلة عمل",
        sent_on(3, 1, 10, RUH),
        "أمي، هذه تفاصيل مقابلتي",
        "هذه مقابلة ابني، ذكّريني بها قبلها بيوم.",
        "السيد عمر حداد المحترم،\n\nيسرنا دعوتكم لإجراء مقابلة عمل يوم الأحد 7 مارس 2027 الساعة 10:00 صباحاً في مقر الشركة.\n\nالموارد البشرية",
        "Arabic: the son forwarded his interview to his mother, who forwards it on (Sunday 7 March 10:00).",
        days=((3, 7, "Sun"),),
    )


def quoted33() -> Iterator[Case]:
    f = "quoted33"
    yield fwd2(
        f,
        "bat_reayon",
        "he",
        "gmail",
        "en",
        person("Yossi Levi"),
        person("Noa Levi"),
        ("משאבי אנוש - גליל טכנולוגיות", "jobs@galil-tech.example"),
        "זימון לראיון עבודה",
        sent_on(3, 2, 18, JER),
        "אבא, הנה הפרטים של הראיון שלי",
        "הראיון של הבת שלי, תזכיר לי להסיע אותה.",
        "שלום נועה,\n\nנשמח לזמן אותך לראיון עבודה ביום שלישי, 9 במרץ 2027, בשעה 16:00 במשרדינו בחיפה.\n\nבברכה,\nמשאבי אנוש",
        "Hebrew: a father quotes his daughter's forward below 'wrote:' (Tuesday 9 March 16:00).",
        quoted="ביום ג׳, 2 במרץ 2027 ב-19:52, מאת Noa Levi <noa.levi@mailbox.example>:",
        days=((3, 9, "Tue"),),
    )
    yield fwd2(
        f,
        "bhai_interview",
        "hi",
        "gmail",
        "en",
        person("Rajesh Sharma"),
        person("Ankit Sharma"),
        ("एचआर विभाग - सूर्या टेक", "hr@surya-tech.example"),
        "साक्षात्कार हेतु आमंत्रण",
        sent_on(3, 3, 11, KOL),
        "भैया, मेरा इंटरव्यू का मेल",
        "मेरे भाई का इंटरव्यू है, याद दिला देना।",
        "प्रिय अंकित,\n\nआपको बुधवार, 10 मार्च 2027 को सुबह 11:00 बजे साक्षात्कार के लिए आमंत्रित किया जाता है।\n\nसादर,\nएचआर विभाग",
        "Hindi: an elder brother quotes his brother's forward (Wednesday 10 March 11:00).",
        quoted="On Wed, 3 Mar 2027 at 12:52, Ankit Sharma <ankit.sharma@mailbox.example> wrote:",
        days=((3, 10, "Wed"),),
    )
    yield fwd2(
        f,
        "son_no_kin_word",
        "en-US",
        "gmail",
        "en",
        person("Maureen Kelly"),
        person("Sean Kelly"),
        ("Lakeside Bank Talent", "talent@lakesidebank.example"),
        "Interview - Teller",
        sent_on(3, 4, 9, NYC),
        "Mom, here's the interview thing",
        "Remind me Thursday - I'm driving Sean.",
        "Hi Sean,\n\nWe'd like to invite you to interview on Thursday, March 11, 2027 at 1:00 PM at our Main Street branch.\n\nBest,\nLakeside Bank Talent",
        "A mother quotes her son's forward; the note names him, not a relation (Thursday 11 March 13:00).",
        quoted="On Thu, Mar 4, 2027 at 10:52 AM Sean Kelly <sean.kelly@mailbox.example> wrote:",
        days=((3, 11, "Thu"),),
    )
    yield fwd2(
        f,
        "fille_entretien",
        "fr",
        "gmail",
        "fr",
        person("Nathalie Girard"),
        person("Chloé Girard"),
        ("Recrutement Pharmacie du Port", "recrutement@pharmaport.example"),
        "Entretien - préparatrice",
        sent_on(3, 5, 15, PAR),
        "Maman, voilà la date de mon entretien",
        "c'est l'entretien de ma fille, pense à me le rappeler",
        "Bonjour Chloé,\n\nNous vous confirmons votre entretien le lundi 15 mars 2027 à 10h30 à la pharmacie.\n\nCordialement,\nPharmacie du Port",
        "French: a mother quotes her daughter's forward (Monday 15 March 10:30).",
        quoted="Le ven. 5 mars 2027 à 16:52, Chloé Girard <chloe.girard@mailbox.example> a écrit :",
        days=((3, 15, "Mon"),),
    )


def subjnote33() -> Iterator[Case]:
    f = "subjnote33"
    yield fwd(
        f,
        "toms_interview",
        "en-GB",
        "gmail",
        "en",
        person("Kate Bell"),
        person("Tom Bell"),
        ("Oakfield Garden Centre", "jobs@oakfield.example"),
        "Interview invitation",
        sent_on(3, 8, 10, LON),
        "",
        "Dear Applicant,\n\nThank you for applying. We would like to invite you to an interview on Wednesday 17 March 2027 at 4:00pm at the garden centre.\n\nRegards,\nOakfield Garden Centre",
        "The subject alone says whose it is ('Fwd: Tom's interview'); no note (Wednesday 17 March 16:00).",
        outer_subject="Fwd: Tom's interview",
        days=((3, 17, "Wed"),),
    )
    yield fwd(
        f,
        "lenas_gespraech",
        "de",
        "outlook",
        "de",
        person("Thomas Weber"),
        person("Lena Weber"),
        ("Personal Praxis am Markt", "bewerbung@praxis-markt.example"),
        "Einladung Vorstellungsgespräch",
        sent_on(3, 10, 9, BER),
        "",
        "Guten Tag,\n\nwir laden Sie zu einem Vorstellungsgespräch am Freitag, 19. März 2027 um 14:00 Uhr in unsere Praxis ein.\n\nFreundliche Grüße\nPraxis am Markt",
        "German: 'WG: Lenas Vorstellungsgespräch' is the only note (Friday 19 March 14:00).",
        outer_subject="WG: Lenas Vorstellungsgespräch",
        days=((3, 19, "Fri"),),
    )
    yield fwd(
        f,
        "entretien_de_lucas",
        "fr",
        "thunderbird",
        "fr",
        person("Sylvie Moreau"),
        person("Lucas Moreau"),
        ("RH Boulangerie Dorée", "rh@boulangerie-doree.example"),
        "Convocation entretien",
        sent_on(3, 12, 11, PAR),
        "",
        "Madame, Monsieur,\n\nNous vous convions à un entretien le lundi 22 mars 2027 à 9h00 au magasin.\n\nCordialement,\nBoulangerie Dorée",
        "French: 'Fwd: entretien de Lucas' is the only note (Monday 22 March 9:00).",
        outer_subject="Fwd: entretien de Lucas",
        days=((3, 22, "Mon"),),
    )
    yield fwd(
        f,
        "entrevista_hermano",
        "es",
        "apple",
        "es",
        person("Elena Navarro"),
        person("Pablo Navarro"),
        ("Selección Hotel Mirador", "seleccion@hotelmirador.example"),
        "Convocatoria a entrevista",
        sent_on(3, 15, 12, MAD),
        "",
        "Estimado candidato:\n\nLe convocamos a una entrevista el miércoles 24 de marzo de 2027 a las 12:30 en la recepción del hotel.\n\nAtentamente,\nHotel Mirador",
        "Spanish: 'Fwd: entrevista de mi hermano' is the only note (Wednesday 24 March 12:30).",
        outer_subject="Fwd: entrevista de mi hermano",
        days=((3, 24, "Wed"),),
    )
    yield fwd(
        f,
        "sollicitatie_zoon",
        "nl",
        "gmail",
        "nl",
        person("Ria Bakker"),
        person("Sem Bakker"),
        ("Werving Fietsenmaker Velo", "werk@velo.example"),
        "Uitnodiging gesprek",
        sent_on(3, 17, 15, AMS),
        "",
        "Beste kandidaat,\n\nJe bent uitgenodigd voor een gesprek op vrijdag 26 maart 2027 om 15:00 in onze werkplaats.\n\nGroet,\nVelo",
        "Dutch: 'Fwd: sollicitatie van mijn zoon' is the only note (Friday 26 March 15:00).",
        outer_subject="Fwd: sollicitatie van mijn zoon",
        days=((3, 26, "Fri"),),
    )


def pasted33() -> Iterator[Case]:
    f = "pasted33"
    yield direct(
        f,
        "zoon_geplakt",
        "nl",
        person("Joke Smit"),
        HOOK,
        "gesprek Sem",
        sent_on(3, 22, 20, AMS),
        "Dit is het gesprek van mijn zoon, ik heb de mail even geplakt:\n\nBeste Sem,\n\nWe nodigen je uit voor een gesprek op dinsdag 30 maart 2027 om 10:00 in de winkel.\n\nGroet,\nTeam Groenhuis\n",
        "Dutch: a mother pastes her son's interview mail (Tuesday 30 March 10:00).",
        days=((3, 30, "Tue"),),
    )
    yield direct(
        f,
        "syster_inklistrat",
        "sv",
        person("Karin Ek"),
        HOOK,
        "Majas intervju",
        sent_on(3, 23, 19, STO),
        "Min systers intervju, kopierat från hennes mejl:\n\nHej Maja!\n\nVälkommen på intervju onsdag 31 mars 2027 kl. 14.00 på vårt kontor.\n\nMvh\nRekryteringen\n",
        "Swedish: a sister pastes her sister's interview (Wednesday 31 March 14.00).",
        days=((3, 31, "Wed"),),
    )
    yield direct(
        f,
        "fratello_incollato",
        "it",
        person("Sara Greco"),
        HOOK,
        "colloquio Luca",
        sent_on(3, 24, 21, ROM),
        "Ti incollo la mail del colloquio di mio fratello:\n\nCiao Luca,\n\nti confermiamo il colloquio giovedì 1 aprile 2027 alle 11:00 presso il nostro negozio.\n\nA presto,\nSelezione\n",
        "Italian: a sister pastes her brother's interview (Thursday 1 April 11:00).",
        days=((4, 1, "Thu"),),
    )
    yield direct(
        f,
        "yeodongsaeng",
        "ko",
        person("Park Jiyeon"),
        HOOK,
        "동생 면접",
        sent_on(3, 26, 21, SEL),
        "여동생 면접 일정 붙여넣기:\n\n지수님 안녕하세요.\n면접 일정을 안내드립니다.\n일시: 2027년 4월 2일(금) 오후 3시\n장소: 강남 사무실\n\n채용 담당자 드림\n",
        "Korean: an elder sister pastes her younger sister's interview (Friday 2 April 15:00).",
        days=((4, 2, "Fri"),),
    )
    yield direct(
        f,
        "filho_colado",
        "pt-BR",
        person("Regina Lima"),
        HOOK,
        "entrevista do Pedro",
        sent_on(3, 29, 20, SAO),
        "Colando aqui o e-mail da entrevista do meu filho:\n\nOlá, Pedro!\n\nSua entrevista será na segunda-feira, 5 de abril de 2027, às 10h, no nosso escritório.\n\nAtenciosamente,\nRecrutamento\n",
        "Brazilian Portuguese: a mother pastes her son's interview (Monday 5 April 10h).",
        days=((4, 5, "Mon"),),
    )


def ownctl33() -> Iterator[Case]:
    f = "ownctl33"
    jordan = person("Jordan Blake")
    yield fwd(
        f,
        "other_mailbox",
        "en-GB",
        "gmail",
        "en",
        jordan,
        ("Jordan Blake", "jblake.work@corp.example"),
        ("Greenway Transport Recruitment", "careers@greenway.example"),
        "Interview - Planning Analyst",
        sent_on(4, 1, 10, LON),
        "Forwarding from my work inbox - please add.",
        "Hi Jordan,\n\nThanks for applying. We'd like to invite you to interview on Tuesday 6 April 2027 from 3:00 to 3:45pm at our Croydon depot.\n\nBest wishes,\nGreenway Recruitment",
        "Control: the reader's own interview forwarded from their other mailbox (Tuesday 6 April 15:00-15:45).",
        start=when(4, 6, "Tue", 15, 0, LON),
        minutes=45,
    )
    ella = person("Ella Price")
    yield fwd(
        f,
        "mum_drives_me",
        "en-GB",
        "ios",
        "en",
        ella,
        ella,
        ("Brightside Nursery", "office@brightside.example"),
        "Interview - Nursery Assistant",
        sent_on(4, 1, 12, LON),
        "My mum will drive me, so add it and remind me to text her the night before.",
        "Dear Ella,\n\nWe would be delighted to invite you to an interview on Wednesday 7 April 2027 at 10:00am at the nursery.\n\nKind regards,\nBrightside Nursery",
        "Control: the reader's own interview with a note that her mum drives her (Wednesday 7 April 10:00).",
        start=when(4, 7, "Wed", 10, 0, LON),
    )
    jonas = person("Jonas Keller")
    yield fwd(
        f,
        "mutter_faehrt",
        "de",
        "gmail",
        "de",
        jonas,
        jonas,
        ("Ausbildung Elektro Maier", "ausbildung@elektro-maier.example"),
        "Einladung zum Vorstellungsgespräch",
        sent_on(4, 2, 9, BER),
        "Meine Mutter fährt mich hin, bitte eintragen.",
        "Hallo Jonas,\n\nwir laden dich am Donnerstag, 8. April 2027 um 9:00 Uhr zum Vorstellungsgespräch in unseren Betrieb ein.\n\nViele Grüße\nElektro Maier",
        "Control: German, the reader's own interview, 'my mother drives me' (Thursday 8 April 9:00).",
        start=when(4, 8, "Thu", 9, 0, BER),
    )
    lucia = person("Lucía Ortega")
    yield fwd(
        f,
        "hermana_acompana",
        "es",
        "outlook",
        "es",
        lucia,
        lucia,
        ("RRHH Clínica Levante", "rrhh@clinicalevante.example"),
        "Entrevista - recepcionista",
        sent_on(4, 2, 11, MAD),
        "Mi hermana me acompaña, apúntalo por favor.",
        "Hola Lucía:\n\nTe esperamos para una entrevista el viernes 9 de abril de 2027 a las 12:00 en la clínica.\n\nSaludos,\nRRHH Clínica Levante",
        "Control: Spanish, the reader's own interview, 'my sister comes with me' (Friday 9 April 12:00).",
        start=when(4, 9, "Fri", 12, 0, MAD),
    )
    sophie = ("Sophie Lambert", "sophie.lambert@talentplus.example")
    alex = n17.ME
    yield fwd(
        f,
        "agence_client",
        "fr",
        "outlook",
        "fr",
        sophie,
        sophie,
        ("RH Transports Rhône", "rh@transports-rhone.example"),
        "Entretien candidat - Alex Morgan",
        sent_on(4, 5, 10, PAR),
        "Bonjour Alex,\n\nBonne nouvelle : Transports Rhône souhaite vous rencontrer, voir leur message ci-dessous. Je vous appelle demain pour préparer.\n\nSophie Lambert\nTalent Plus",
        "Bonjour Sophie,\n\nNous recevrons M. Morgan en entretien le lundi 12 avril 2027 à 15h00 dans nos bureaux de Lyon.\n\nCordialement,\nRH Transports Rhône",
        "Control: an agency recruiter passes on the client company's mail written to her (Monday 12 April 15:00); the reader is the candidate.",
        start=when(4, 12, "Mon", 15, 0, PAR),
        to=alex,
    )
    dan = ("Dan Hughes", "dan.hughes@peoplebridge.example")
    yield fwd(
        f,
        "agency_client",
        "en-US",
        "gmail",
        "en",
        dan,
        dan,
        ("Maple Health Talent", "talent@maplehealth.example"),
        "Interview request: Alex Morgan",
        sent_on(4, 6, 9, NYC),
        "Hi Alex - great news, Maple Health wants to meet you. Details from their team below.\n\nDan",
        "Hi Dan,\n\nWe'd like to interview Alex on Tuesday, April 13, 2027 at 11:00 AM at our Boston office. Please confirm with the candidate.\n\nThanks,\nMaple Health Talent",
        "Control: an agency recruiter forwards the client's mail written to the agency (Tuesday 13 April 11:00); the reader is the candidate.",
        start=when(4, 13, "Tue", 11, 0, NYC),
        to=alex,
    )
    yield direct(
        f,
        "nickname_bob",
        "en-US",
        ("Cedar Labs Recruiting", "recruiting@cedarlabs.example"),
        ("Robert Klein", "robert.klein@mailbox.example"),
        "Interview confirmed",
        sent_on(4, 7, 15, NYC),
        "Hi Bob,\n\nGreat speaking earlier! As discussed, your interview is confirmed for Wednesday, April 14, 2027 at 2:00 PM Eastern via Zoom.\n\nCheers,\nMegan",
        "Control: the reader's own interview greeting him by a nickname (Bob for Robert) (Wednesday 14 April 14:00 Eastern).",
        start=when(4, 14, "Wed", 14, 0, NYC),
    )
    yield direct(
        f,
        "apelido_zeca",
        "pt-BR",
        ("Recrutamento Vila Verde", "vagas@vilaverde.example"),
        ("José Carlos Pereira", "jose.pereira@mailbox.example"),
        "Entrevista confirmada",
        sent_on(4, 8, 10, SAO),
        "Oi, Zeca!\n\nComo combinamos por telefone, sua entrevista está confirmada para quinta-feira, 15 de abril de 2027, às 14h, no nosso escritório.\n\nAbraço,\nRecrutamento Vila Verde",
        "Control: Brazilian Portuguese, the reader's own interview greeting him by a nickname (Zeca for José) (Thursday 15 April 14h).",
        start=when(4, 15, "Thu", 14, 0, SAO),
    )
    yield fwd(
        f,
        "kardesim_birakacak",
        "tr",
        "gmail",
        "en",
        person("Selin Arslan"),
        person("Selin Arslan"),
        ("Ege Tekstil İK", "ik@egetekstil.example"),
        "Mülakat Daveti",
        sent_on(4, 5, 10, IST),
        "Kardeşim beni bırakacak, yine de takvime ekle.",
        "Merhaba Selin Hanım,\n\nSizi 12 Nisan 2027 Pazartesi günü saat 14:00'te İzmir ofisimizde mülakata davet ediyoruz.\n\nSaygılarımızla,\nEge Tekstil İK",
        "Control: Turkish, the reader's own interview, 'my sibling will drop me off' (Monday 12 April 14:00).",
        start=when(4, 12, "Mon", 14, 0, IST),
    )


def debrief33() -> Iterator[Case]:
    f = "debrief33"
    me = n17.ME
    yield direct(
        f,
        "panel_debrief",
        "en-GB",
        ("Northgate College HR", "hr@northgate.example"),
        me,
        "Thank you for attending",
        sent_on(4, 12, 17, LON),
        "Dear Alex,\n\nThank you for coming in today. The panel meets on Thursday 15 April 2027 at 4pm to debrief, and we will be in touch after that.\n\nBest wishes,\nNorthgate College HR",
        "The panel's debrief meeting told to the candidate after the interview (Thursday 15 April 16:00).",
        days=((4, 15, "Thu"),),
    )
    yield direct(
        f,
        "gremium_nachbesprechung",
        "de",
        ("Personal Landkreis Rems", "personal@lk-rems.example"),
        me,
        "Ihr Vorstellungsgespräch",
        sent_on(4, 14, 16, BER),
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für das heutige Gespräch. Die Auswahlkommission trifft sich am Dienstag, 20. April 2027 um 15:00 Uhr zur Nachbesprechung aller Gespräche. Im Anschluss erhalten Sie Nachricht von uns.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "German: the selection board's debrief told to the candidate (Tuesday 20 April 15:00).",
        days=((4, 20, "Tue"),),
    )
    yield direct(
        f,
        "jury_bilan",
        "fr",
        ("RH Mairie de Vienne", "rh@mairie-vienne.example"),
        me,
        "Suite à votre entretien",
        sent_on(4, 13, 18, PAR),
        "Bonjour Monsieur Morgan,\n\nMerci pour votre venue. Le jury fera le bilan des entretiens le vendredi 16 avril 2027 à 10h ; vous recevrez notre réponse la semaine suivante.\n\nCordialement,\nService RH",
        "French: the jury's debrief told to the candidate (Friday 16 April 10:00).",
        days=((4, 16, "Fri"),),
    )
    yield direct(
        f,
        "comite_valoracion",
        "es",
        ("Selección Grupo Ebro", "seleccion@grupoebro.example"),
        me,
        "Gracias por la entrevista",
        sent_on(4, 14, 13, MAD),
        "Hola Alex:\n\nGracias por tu tiempo hoy. El comité tiene la reunión de valoración de candidaturas el lunes 19 de abril de 2027 a las 9:00; después te contamos.\n\nUn saludo,\nSelección",
        "Spanish: the committee's review meeting told to the candidate (Monday 19 April 9:00).",
        days=((4, 19, "Mon"),),
    )
    yield direct(
        f,
        "panel_terugkoppeling",
        "nl",
        ("Werving Gemeente Zeewolde", "werving@zeewolde.example"),
        me,
        "Na je gesprek",
        sent_on(4, 15, 17, AMS),
        "Hoi Alex,\n\nBedankt voor het fijne gesprek. De commissie heeft woensdag 21 april 2027 om 16:00 haar nabespreking; daarna bellen we je.\n\nGroet,\nWerving",
        "Dutch: the committee's debrief told to the candidate (Wednesday 21 April 16:00).",
        days=((4, 21, "Wed"),),
    )
    yield direct(
        f,
        "commissione_debriefing",
        "it",
        ("Selezione Ospedale San Marco", "selezione@sanmarco.example"),
        me,
        "Dopo il colloquio",
        sent_on(4, 16, 12, ROM),
        "Gentile Alex,\n\ngrazie per il colloquio di oggi. La commissione si riunisce giovedì 22 aprile 2027 alle 17:00 per il debriefing con il responsabile; le faremo sapere entro la settimana successiva.\n\nCordiali saluti,\nUfficio Selezione",
        "Italian: the committee's debriefing told to the candidate (Thursday 22 April 17:00).",
        days=((4, 22, "Thu"),),
    )


BUILDERS = (
    kinnote33,
    sibfwd33,
    friendfwd33,
    coachfwd33,
    fwdfwd33,
    quoted33,
    subjnote33,
    pasted33,
    ownctl33,
    debrief33,
)


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    lines = [
        "# Provenance of the kin33 batch (`build_kin33.py`)",
        "",
        "Someone else's interview passed on to the reader by a parent, sibling, partner, friend, "
        "flatmate, teacher, careers adviser or job coach: forwarded (Gmail, Outlook, Apple Mail, "
        "Thunderbird blocks as recalled in build_negs17.py), forwarded twice, quoted below "
        "'On ... wrote:', with the note only in the subject, or pasted. Controls are the reader's "
        "own interview in the same shapes. All prose is ours; people, companies and addresses are "
        "made up. Every label was written from the datetimes the text is rendered from, before "
        "the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, drawn by a seeded coin before "
        "anything was measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_kin33.py`.",
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
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-kin33.md", provenance(cases))
    print(
        f"{len(cases)} messages in {len(SPLITS)} families; held out: {sorted(_HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
