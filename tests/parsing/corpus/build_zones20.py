"""Write the "zones20" batch: interview mail whose zone is written the way people write it.

Run: .venv/bin/python tests/parsing/corpus/build_zones20.py

Invitations, confirmations and look-alikes with no calendar part whose time zone is written
as people and tools really write it across the world: regional abbreviations (AWST,
ACST/ACDT, AEST/AEDT, NZST/NZDT, HKT, SGT, PHT, WIB/WITA/WIT, ICT, KST, JST, IST for India,
Ireland or Israel by context, PKT, NPT, BST/GMT, CET/CEST, EET/EEST, MSK, TRT, GST for the
Gulf, EAT, CAT, WAT, SAST, BRT, ART, CLT/CLST, COT, PET, MST in Arizona, HST, AKST,
NST/NDT), zones spelled out ('Eastern Time', 'Mountain Standard Time' in summer, 'Pacific
Time - Los Angeles', 'heure de Paris', 'hora de Brasília', 'Mitteleuropäische Zeit',
'東京時間', '香港時間'), Windows display names ('(UTC+05:45) Kathmandu', '(UTC-03:30)
Newfoundland'), offsets ('GMT+5:30', 'UTC−3' with a real minus sign, '+0530', 'UTC+14'),
two zones in one sentence, a zone only in the signature or only as a city, 'your local
time', slots in the weeks the US, EU, Australia, Chile and New Zealand change their clocks,
and Date headers whose offset is not the slot's. About one mail in five is a look-alike
(webinars, deadlines) carrying a zone too. Every instant is computed with zoneinfo from the
IANA zone the careful reader takes, and every abbreviation or offset written in a text is
checked against zoneinfo's offset for that instant (`said`), except where the mail writes
the standard name in summer, which the note says. Labels were written before the parser
was run on any message; the split was fixed before then too. Helpers come from
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
    "hand-written; recruiters, hiring managers, assistants and HR staff typing scheduling "
    "mail with the zone written as they write it (abbreviations, spelled names, Windows "
    "display names, offsets, cities); " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "anz20": "dev",
    "asiapac20": "dev",
    "ist20": "dev",
    "europe20": "dev",
    "africagulf20": "heldout",
    "latam20": "heldout",
    "northam20": "dev",
    "spelled20": "dev",
    "winoffset20": "dev",
    "twozones20": "heldout",
    "shiftweek20": "dev",
    "deadlines20": "dev",
}

SOURCES = {
    "anz20": "Australian and New Zealand recruiters: AWST, ACDT the week before and ACST the "
    "week after the April change, AEST the Monday after it, AEDT after the October change, "
    "NZDT after the September change, Brisbane's AEST in January; look-alike: an NZST webinar.",
    "asiapac20": "Recruiters in Hong Kong, Singapore, Manila, Bali, Bangkok, Seoul, Tokyo, "
    "Karachi and Kathmandu: HKT, SGT, PHT, WITA (id), ICT, KST, JST, PKT, NPT (UTC+5:45); "
    "look-alike: an SGT webinar.",
    "ist20": "IST read by context: India (Bengaluru, +91, .co.in), Ireland (Dublin summer, "
    "+353), Israel (Tel Aviv winter, +972); a bare IST settled by the Date offset and "
    "domain; Dublin 'GMT' in winter, Israeli IDT; look-alike: an IST assignment deadline.",
    "europe20": "GMT the week before and BST the week after the UK change, MESZ (de) after "
    "the EU change, CET (nl) after the autumn change, EEST, 'по МСК' (ru), TRT, CET written "
    "in summer; look-alike: a German MEZ webinar.",
    "africagulf20": "Gulf, African recruiters: GST (Dubai), EAT, CAT, WAT, SAST, 'heure de "
    "Kinshasa' (fr); look-alike: an application deadline in WAT.",
    "latam20": "Latin American recruiters: 'horário de Brasília', ART, CLST after Chile's "
    "September change, COT, PET, '(UTC−3)' with a real minus sign (es-AR); look-alike: a "
    "pt-BR webinar in BRT.",
    "northam20": "North American recruiters: 'Eastern Time' the week after the US change, "
    "'Mountain Standard Time' written in July, MST in Arizona, HST, AKST, NDT, 'Pacific Time "
    "- Los Angeles' the week after the November change, 'heure de l'Est' (fr-CA), CT; "
    "look-alike: a PT deadline.",
    "spelled20": "Zones spelled in the writer's language: 'heure de Paris' from Montreal, "
    "'hora de Brasília' from Lisbon, 'Mitteleuropäische Zeit' after the March change, "
    "'東京時間' from Singapore, '香港時間' from London, 'hora peninsular'; look-alike: a "
    "French deadline 'heure de Paris'.",
    "winoffset20": "Outlook/Windows display names pasted in text ('(UTC+05:45) Kathmandu', "
    "'(UTC-03:30) Newfoundland' in April, '(UTC+01:00) Amsterdam, Berlin…' in July, "
    "'(UTC-05:00) Eastern Time (US & Canada)' in summer) and offsets ('GMT+5:30', "
    "'+0530', 'UTC+14'); look-alike: a maintenance window in a Windows zone.",
    "twozones20": "Two zones in one sentence ('2pm ET / 7pm UK', the US-UK gap week, "
    "'MEZ (9 Uhr New Yorker Zeit)'), a zone only in the signature, only a city ('4pm "
    "Singapore time'), 'your local time'; look-alike: a webinar in three zones.",
    "shiftweek20": "Date header offset unlike the slot's: sent before a clock change for a "
    "slot after it (US November, EU October, Australia October, Chile April, New Zealand "
    "September) or from another country ('3pm New York time' from London, CET from Tokyo); "
    "look-alike: a webinar after the change.",
    "deadlines20": "Look-alikes with zones in recruiting mail (test links closing at 23:59 "
    "AEST, 'Bewerbungsschluss ... MEZ', a webinar 'heure de Paris', an info session in "
    "SGT, a job fair in EST) and two invitations in the same senders' voices.",
}


# Offsets (hours) the abbreviations and names written in the texts stand for; `said`
# checks each written one against zoneinfo for the instant.
ABBR = {
    "AWST": 8,
    "ACST": 9.5,
    "ACDT": 10.5,
    "AEST": 10,
    "AEDT": 11,
    "NZST": 12,
    "NZDT": 13,
    "HKT": 8,
    "SGT": 8,
    "PHT": 8,
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
    "ICT": 7,
    "KST": 9,
    "JST": 9,
    "IST-IN": 5.5,
    "IST-IE": 1,
    "IST-IL": 2,
    "IDT": 3,
    "PKT": 5,
    "NPT": 5.75,
    "GMT": 0,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "TRT": 3,
    "GST": 4,
    "EAT": 3,
    "CAT": 2,
    "WAT": 1,
    "SAST": 2,
    "BRT": -3,
    "ART": -3,
    "CLT": -4,
    "CLST": -3,
    "COT": -5,
    "PET": -5,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "HST": -10,
    "AKST": -9,
    "NST": -3.5,
    "NDT": -2.5,
    "UTC+14": 14,
}


def said(value: datetime, abbr: str) -> None:
    """Guard a zone abbreviation or offset written in a text against zoneinfo's offset."""
    offset = value.utcoffset()
    assert offset is not None
    if offset != timedelta(hours=ABBR[abbr]):
        raise ValueError(f"{value.isoformat()} ({value.tzinfo}) is not {abbr}")


PER, ADL, SYD, BNE, MEL = (
    "Australia/Perth",
    "Australia/Adelaide",
    "Australia/Sydney",
    "Australia/Brisbane",
    "Australia/Melbourne",
)
AKL, HKG, SIN, MNL, MAK = (
    "Pacific/Auckland",
    "Asia/Hong_Kong",
    "Asia/Singapore",
    "Asia/Manila",
    "Asia/Makassar",
)
BKK, SEL, TYO, KHI, KTM = (
    "Asia/Bangkok",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Asia/Karachi",
    "Asia/Kathmandu",
)
KOL, DUB, JRS, LON, BER = (
    "Asia/Kolkata",
    "Europe/Dublin",
    "Asia/Jerusalem",
    "Europe/London",
    "Europe/Berlin",
)
AMS, HEL, MOW, IST, PAR = (
    "Europe/Amsterdam",
    "Europe/Helsinki",
    "Europe/Moscow",
    "Europe/Istanbul",
    "Europe/Paris",
)
MAD, LIS, DXB, NBO, HRE = (
    "Europe/Madrid",
    "Europe/Lisbon",
    "Asia/Dubai",
    "Africa/Nairobi",
    "Africa/Harare",
)
LOS, FIH, JNB, SAO, BUE = (
    "Africa/Lagos",
    "Africa/Kinshasa",
    "Africa/Johannesburg",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
)
SCL, BOG, LIM, NYC, CHI = (
    "America/Santiago",
    "America/Bogota",
    "America/Lima",
    "America/New_York",
    "America/Chicago",
)
DEN, PHX, HNL, ANC, YYT = (
    "America/Denver",
    "America/Phoenix",
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/St_Johns",
)
LAX, TOR, MTL, KIR = (
    "America/Los_Angeles",
    "America/Toronto",
    "America/Toronto",
    "Pacific/Kiritimati",
)


def html_page(text: str) -> str:
    """Paragraphs as a webmail composer writes them; address brackets escaped."""
    paras = (escape(p, quote=False) for p in text.split("\n\n"))
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in paras)
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


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
        f"zones20/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
        reply_to_key=f"zones20/{family}/{name}/parent" if reply else "",
    )
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def zoned(
    start: datetime, end: datetime | None, zone: str, kind: str = "invitation"
) -> dict[str, object]:
    """Label an instant in the IANA zone the careful reader takes."""
    assert str(start.tzinfo) == zone
    return slot(start, end, zone=zone, kind=kind)


def offset_only(
    start: datetime, end: datetime | None, kind: str = "invitation"
) -> dict[str, object]:
    """Label an instant given by an offset alone: no IANA zone is named."""
    return slot(start, end, kind=kind)


def wall(
    start: datetime, end: datetime | None, sent: datetime, kind: str = "invitation"
) -> dict[str, object]:
    return slot(start, end, sent=sent, kind=kind)


def en_day(value: datetime) -> str:
    """'Tuesday 16 March' from the datetime itself, so the weekday cannot be wrong."""
    return f"{value:%A} {value.day} {value:%B}"


def us_day(value: datetime) -> str:
    return f"{value:%A, %B} {value.day}, {value.year}"


def h12(value: datetime) -> str:
    """'2:30pm' / '10am' as people type it."""
    hour = value.hour % 12 or 12
    half = "am" if value.hour < 12 else "pm"
    return f"{hour}{half}" if value.minute == 0 else f"{hour}:{value:%M}{half}"


def H12(value: datetime) -> str:
    hour = value.hour % 12 or 12
    half = "AM" if value.hour < 12 else "PM"
    return f"{hour}:{value:%M} {half}"


FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
PT_DAYS = [
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
]
PT_MONTHS = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
)
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
RU_DAYS = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]
RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
JA_WD = "月火水木金土日"
ZH_WD = "一二三四五六日"


def fr_day(v: datetime) -> str:
    day = "1er" if v.day == 1 else str(v.day)
    return f"{FR_DAYS[v.weekday()]} {day} {FR_MONTHS.split()[v.month - 1]} {v.year}"


def de_day(v: datetime) -> str:
    return f"{DE_DAYS[v.weekday()]}, {v.day}. {DE_MONTHS.split()[v.month - 1]} {v.year}"


def es_day(v: datetime) -> str:
    return f"{ES_DAYS[v.weekday()]} {v.day} de {ES_MONTHS.split()[v.month - 1]}"


def pt_day(v: datetime) -> str:
    return f"{PT_DAYS[v.weekday()]}, {v.day} de {PT_MONTHS.split()[v.month - 1]} de {v.year}"


def nl_day(v: datetime) -> str:
    return f"{NL_DAYS[v.weekday()]} {v.day} {NL_MONTHS.split()[v.month - 1]}"


def id_day(v: datetime) -> str:
    return f"{ID_DAYS[v.weekday()]}, {v.day} {ID_MONTHS.split()[v.month - 1]} {v.year}"


def ru_day(v: datetime) -> str:
    return f"в {RU_DAYS[v.weekday()]}, {v.day} {RU_MONTHS.split()[v.month - 1]}"


# --------------------------------------------------------------------------------------
def anz20() -> Iterator[Case]:
    f = "anz20"
    s = ("Bec Lawson", "bec.lawson@saltbush-mining.example.com.au")
    sent = at(2027, 3, 2, 9, 10, SYD)
    st = at(2027, 3, 11, 10, 30, PER)
    said(st, "AWST")
    yield case(
        f,
        "perth_awst",
        "en-AU",
        s,
        "Interview - Site Planning Engineer",
        sent,
        "Perth recruiter writing to a Sydney candidate (Date +11:00): '10:30am AWST' is 13:30 "
        "in Sydney; Australia/Perth.",
        zoned(st, st + 45 * MIN, PER),
        f"Hi Alex,\n\nThanks for your application for the Site Planning Engineer role. We'd "
        f"like to have a video chat with you on {en_day(st)}, 10:30am - 11:15am AWST.\n\n"
        "Just a heads up that we're in Perth, so that'll be 1:30pm your time in Sydney. I'll "
        "send a Teams link the day before.\n\nCheers,\nBec Lawson\nTalent Acquisition | "
        "Saltbush Mining | Perth WA",
    )
    s = ("Hamish Doyle", "hdoyle@torrens-water.example.com.au")
    sent = at(2027, 3, 29, 15, 40, ADL)
    st = at(2027, 4, 2, 14, 0, ADL)
    said(st, "ACDT")
    yield case(
        f,
        "adelaide_acdt_before_change",
        "en-AU",
        s,
        "Interview Friday",
        sent,
        "Adelaide, Friday 2 April 2027 2:00pm ACDT: the last weekend of daylight saving is "
        "still ahead, so +10:30.",
        zoned(st, st + 60 * MIN, ADL),
        f"Hi Alex,\n\nConfirming your interview on {en_day(st)} {st.year} at 2:00pm ACDT "
        "(until 3pm) at our Kent Town office, 18 Rundle St. Ask for me at reception.\n\n"
        "Regards,\nHamish Doyle\nPeople & Culture, Torrens Water\nAdelaide SA 5067",
    )
    s = ("Priya Raman", "priya.raman@kestrel-health.example.com.au")
    sent = at(2027, 4, 1, 11, 5, ADL)
    st = at(2027, 4, 7, 9, 30, ADL)
    said(st, "ACST")
    said(sent, "ACDT")
    yield case(
        f,
        "adelaide_acst_after_change",
        "en-AU",
        s,
        "Panel interview - Wednesday 7 April",
        sent,
        "Sent Thursday 1 April in ACDT (+10:30); the slot 'Wednesday 7 April, 9:30am ACST' "
        "falls after the 4 April change: +09:30.",
        zoned(st, None, ADL),
        f"Dear Alex,\n\nThe panel would like to meet you on {en_day(st)} at 9:30am ACST "
        "(note daylight saving ends this Sunday). Allow about an hour.\n\nLocation: Level 3, "
        "60 Flinders St, Adelaide.\n\nKind regards,\nPriya Raman\nKestrel Health",
    )
    s = ("Tom Nguyen", "tom.nguyen@harbourline.example.com.au")
    sent = at(2027, 4, 1, 16, 20, SYD)
    st = at(2027, 4, 5, 11, 0, SYD)
    said(st, "AEST")
    said(sent, "AEDT")
    yield case(
        f,
        "sydney_aest_monday_after",
        "en-AU",
        s,
        "Catch up Monday re: Product Analyst",
        sent,
        "Sent in AEDT (+11:00) on Thursday 1 April; 'Monday 5 April at 11am AEST' is the day "
        "after the change: +10:00.",
        zoned(st, st + 30 * MIN, SYD),
        f"Hey Alex,\n\nCould we lock in {en_day(st)} at 11am AEST for a 30 min call with "
        "our Head of Product? Clocks go back on Sunday so I've written AEST to be safe.\n\n"
        "I'll call you on the mobile number on your CV.\n\nThanks,\nTom\n\nTom Nguyen | "
        "Harbourline | Sydney",
    )
    s = ("Grace Whitfield", "grace.w@blueridge-legal.example.com.au")
    sent = at(2027, 9, 30, 10, 0, SYD)
    st = at(2027, 10, 5, 14, 0, SYD)
    said(st, "AEDT")
    said(sent, "AEST")
    yield case(
        f,
        "sydney_aedt_october",
        "en-AU",
        s,
        "Second interview - Tuesday 5 October",
        sent,
        "Sent 30 September in AEST (+10:00); '2pm AEDT' on Tuesday 5 October is after the 3 "
        "October change: +11:00.",
        zoned(st, st + 60 * MIN, SYD),
        f"Hi Alex,\n\nThanks for your time last week. The partners would like to see you again "
        f"on {en_day(st)}, 2pm to 3pm AEDT, at Level 21, 1 Bligh St.\n\nPlease reply to "
        "confirm.\n\nBest,\nGrace Whitfield\nBlueridge Legal",
    )
    s = ("Mere Tipene", "mere.tipene@kowhai-labs.example.co.nz")
    sent = at(2027, 9, 22, 13, 45, AKL)
    st = at(2027, 9, 28, 9, 0, AKL)
    said(st, "NZDT")
    said(sent, "NZST")
    yield case(
        f,
        "auckland_nzdt_after_change",
        "en-NZ",
        s,
        "Kia ora - interview next Tuesday",
        sent,
        "Sent in NZST (+12:00); 'Tuesday 28 September, 9am NZDT' follows the 26 September "
        "change: +13:00.",
        zoned(st, st + 60 * MIN, AKL),
        f"Kia ora Alex,\n\nWe'd love to meet you in person. Does {en_day(st)}, 9am-10am NZDT "
        "work? We're at 12 Queen St, Auckland CBD, level 4.\n\nDaylight saving starts the "
        "Sunday before, so please double-check your calendar.\n\nNgā mihi,\nMere Tipene\n"
        "Kōwhai Labs",
    )
    s = ("Sophie Brennan", "sophie@wattle-analytics.example.com.au")
    sent = at(2027, 1, 12, 8, 30, BNE)
    st = at(2027, 1, 19, 10, 0, BNE)
    said(st, "AEST")
    yield case(
        f,
        "brisbane_aest_summer",
        "en-AU",
        s,
        "Interview: Data Engineer",
        sent,
        "Brisbane in January: '10am AEST (Brisbane time - no daylight saving)' is +10:00 "
        "while Sydney is on AEDT; Australia/Brisbane.",
        zoned(st, None, BNE),
        f"Hi Alex,\n\nGreat to chat on the phone. Your interview is booked for {en_day(st)} "
        "at 10am AEST (Brisbane time - we don't do daylight saving up here, so it's 11am in "
        "Sydney).\n\nGoogle Meet: https://meet.example/wat-tlq-nuy\n\nSophie Brennan\n"
        "Wattle Analytics, Brisbane QLD",
    )
    s = ("Tāne Walker", "events@aotearoa-techweek.example.nz")
    sent = at(2027, 4, 8, 9, 0, AKL)
    ev = at(2027, 4, 15, 12, 30, AKL)
    said(ev, "NZST")
    yield case(
        f,
        "webinar_nzst",
        "en-NZ",
        s,
        "Register now: Hiring in Tech panel",
        sent,
        "Look-alike: a public webinar 'Thursday 15 April, 12:30pm NZST' with a registration "
        "link; no interview.",
        NEG,
        f"Kia ora,\n\nJoin our free lunchtime panel 'Hiring in Tech 2027' on {en_day(ev)}, "
        "12:30pm NZST. Hear from five hiring managers about what they look for in CVs.\n\n"
        "Register: https://techweek.example.nz/hiring-panel\n\nSpaces are limited. The "
        "recording will be shared with everyone who registers.\n\nAotearoa Tech Week team",
    )


def asiapac20() -> Iterator[Case]:
    f = "asiapac20"
    s = ("Karen Cheung", "karen.cheung@junkbay-capital.example.com.hk")
    sent = at(2027, 2, 9, 18, 2, HKG)
    st = at(2027, 2, 17, 15, 0, HKG)
    said(st, "HKT")
    yield case(
        f,
        "hkt",
        "en-HK",
        s,
        "Interview invitation - Junk Bay Capital",
        sent,
        "Hong Kong: 'Wednesday 17 February 2027, 3:00pm - 4:00pm HKT'.",
        zoned(st, st + 60 * MIN, HKG),
        f"Dear Alex,\n\nFurther to your application, we are pleased to invite you to an "
        f"interview on {en_day(st)} 2027, 3:00pm - 4:00pm HKT, at 28/F, One Harbour Square, "
        "Quarry Bay.\n\nPlease bring your HKID or passport for building registration.\n\n"
        "Regards,\nKaren Cheung\nHR, Junk Bay Capital",
    )
    s = ("Darren Lim", "darren.lim@merlion-logistics.example.sg")
    sent = at(2027, 2, 10, 9, 15, SIN)
    st = at(2027, 2, 16, 10, 0, SIN)
    said(st, "SGT")
    yield case(
        f,
        "sgt",
        "en-SG",
        s,
        "Re: Operations Analyst - interview",
        sent,
        "Singapore: 'Tue 16 Feb, 10am SGT' on Zoom.",
        zoned(st, st + 45 * MIN, SIN),
        "Hi Alex,\n\nNoted with thanks. Let's do Tue 16 Feb, 10am to 10.45am SGT on Zoom "
        "then.\n\nZoom: https://zoom.example/j/6621004412\n\nRegards,\nDarren Lim\n"
        "Merlion Logistics Pte Ltd",
        reply=True,
    )
    s = ("Joanna Reyes", "joanna.reyes@bayani-bpo.example.com.ph")
    sent = at(2027, 2, 11, 16, 30, MNL)
    st = at(2027, 2, 18, 14, 30, MNL)
    said(st, "PHT")
    yield case(
        f,
        "pht_makati",
        "en-PH",
        s,
        "Final Interview Schedule - Team Lead",
        sent,
        "Manila: '2:30 PM PHT' (tzdata abbreviates Manila 'PST', the mail writes PHT); "
        "Asia/Manila.",
        zoned(st, None, MNL),
        f"Hi Alex,\n\nGood day! You are scheduled for a final interview on {en_day(st)} "
        "2027 at 2:30 PM PHT with our Operations Director.\n\nVenue: 21F Ayala Tower, Makati "
        "City. Kindly bring 2 valid IDs.\n\nThank you and God bless!\n\nJoanna Reyes\n"
        "Recruitment Specialist",
    )
    s = ("Ni Luh Putu Ayu", "ayu@segara-resort.example.co.id")
    sent = at(2027, 2, 15, 10, 0, MAK)
    st = at(2027, 2, 18, 10, 0, MAK)
    said(st, "WITA")
    yield case(
        f,
        "wita_bali",
        "id",
        s,
        "Undangan Wawancara - Guest Relations Manager",
        sent,
        "Indonesian from Bali: 'Kamis, 18 Februari 2027 pukul 10.00 WITA'; Asia/Makassar.",
        zoned(st, st + 60 * MIN, MAK),
        f"Yth. Bapak/Ibu Alex Morgan,\n\nTerima kasih atas lamaran Anda. Dengan ini kami "
        f"mengundang Anda untuk wawancara pada:\n\nHari/tanggal: {id_day(st)}\nWaktu: pukul "
        "10.00 - 11.00 WITA\nTempat: Segara Resort, Jl. Pantai Sanur No. 8, Denpasar\n\n"
        "Mohon konfirmasi kehadiran Anda.\n\nHormat kami,\nNi Luh Putu Ayu\nHRD Segara Resort",
    )
    s = ("Nattaya Srisuk", "nattaya@chaophraya-foods.example.co.th")
    sent = at(2027, 2, 12, 13, 20, BKK)
    st = at(2027, 2, 19, 9, 0, BKK)
    said(st, "ICT")
    yield case(
        f,
        "ict_bangkok",
        "en-TH",
        s,
        "Online interview - Supply Planner",
        sent,
        "Bangkok: '9:00 AM ICT (Bangkok)'; tzdata abbreviates '+07'.",
        zoned(st, st + 60 * MIN, BKK),
        f"Dear Khun Alex,\n\nWe would like to invite you to an online interview on "
        f"{en_day(st)} 2027, 9:00 - 10:00 AM ICT (Bangkok).\n\nMS Teams link will follow. "
        "Please reply to confirm.\n\nBest regards,\nNattaya Srisuk\nHR, Chao Phraya Foods",
    )
    s = ("Park Ji-won", "jiwon.park@hangang-games.example.co.kr")
    sent = at(2027, 2, 16, 11, 40, SEL)
    st = at(2027, 2, 23, 16, 0, SEL)
    said(st, "KST")
    yield case(
        f,
        "kst",
        "en",
        s,
        "[Hangang Games] Technical interview",
        sent,
        "Seoul: '4:00 PM KST, Tuesday Feb 23'.",
        zoned(st, st + 90 * MIN, SEL),
        "Hello Alex,\n\nYour technical interview is confirmed:\n\n- Date: Tuesday, Feb 23, "
        "2027\n- Time: 4:00 PM - 5:30 PM KST\n- Format: Google Meet (camera on, please)\n\n"
        "Best,\nJi-won Park\nTalent Team, Hangang Games",
    )
    s = ("Yuki Mori", "y.mori@sakuragi-robotics.example.jp")
    sent = at(2027, 2, 17, 10, 5, TYO)
    st = at(2027, 2, 24, 11, 0, TYO)
    said(st, "JST")
    yield case(
        f,
        "jst",
        "en",
        s,
        "Interview with our CTO",
        sent,
        "Tokyo, in English: '11:00 JST on Wednesday 24 February'.",
        zoned(st, None, TYO),
        f"Dear Alex,\n\nOur CTO would like to speak with you at 11:00 JST on {en_day(st)}. "
        "It will be a video call of about 45 minutes.\n\nBest regards,\nYuki Mori\n"
        "Sakuragi Robotics, Tokyo",
    )
    s = ("Ayesha Siddiqui", "ayesha.s@indus-fintech.example.pk")
    sent = at(2027, 2, 18, 12, 0, KHI)
    st = at(2027, 2, 22, 15, 0, KHI)
    said(st, "PKT")
    yield case(
        f,
        "pkt",
        "en-PK",
        s,
        "Interview call - Backend Engineer",
        sent,
        "Karachi: 'Monday 22nd Feb at 3pm PKT'.",
        zoned(st, None, KHI),
        "Hi Alex,\n\nHope you're well. Please join us for a call on Monday 22nd Feb at 3pm "
        "PKT. Our engineering lead will take you through a short system design discussion.\n\n"
        "Regards,\nAyesha Siddiqui\nIndus Fintech, Karachi",
    )
    s = ("Suman Shrestha", "suman@himal-softworks.example.com.np")
    sent = at(2027, 2, 19, 14, 15, KTM)
    st = at(2027, 2, 25, 11, 15, KTM)
    said(st, "NPT")
    yield case(
        f,
        "npt_kathmandu",
        "en-NP",
        s,
        "Interview schedule",
        sent,
        "Kathmandu: '11:15 AM NPT (UTC+5:45)'.",
        zoned(st, st + 45 * MIN, KTM),
        f"Dear Alex,\n\nWe are happy to schedule your interview on {en_day(st)}, 11:15 AM "
        "to 12:00 PM NPT (UTC+5:45).\n\nVenue: Himal Softworks, Jhamsikhel, Lalitpur.\n\n"
        "Warm regards,\nSuman Shrestha",
    )
    s = ("Careers Asia", "careers-asia@lionsgate-consult.example.sg")
    sent = at(2027, 2, 20, 9, 0, SIN)
    ev = at(2027, 3, 4, 20, 0, SIN)
    said(ev, "SGT")
    yield case(
        f,
        "webinar_sgt",
        "en-SG",
        s,
        "You're invited: Life at Lionsgate (live Q&A)",
        sent,
        "Look-alike: a recruitment webinar 'Thursday 4 March, 8pm SGT' for all applicants.",
        NEG,
        f"Hi there,\n\nThanks for your interest in Lionsgate Consulting. Join our live Q&A "
        f"'Life at Lionsgate' on {en_day(ev)}, 8pm SGT, open to all applicants.\n\n"
        "Save your seat: https://lionsgate.example.sg/events/life-qna\n\nThis is not an "
        "interview and no preparation is needed.\n\nCareers Asia team",
    )


def ist20() -> Iterator[Case]:
    f = "ist20"
    s = ("Rohit Menon", "rohit.menon@vriksha-tech.example.in")
    sent = at(2027, 2, 2, 17, 30, KOL)
    st = at(2027, 2, 9, 11, 30, KOL)
    said(st, "IST-IN")
    yield case(
        f,
        "india_bengaluru",
        "en-IN",
        s,
        "Interview scheduled - SDE II",
        sent,
        "India Standard Time by context: Bengaluru signature, +91 phone: '11:30 AM IST'.",
        zoned(st, st + 60 * MIN, KOL),
        f"Hi Alex,\n\nGreetings from Vriksha Tech! Your interview is scheduled on "
        f"{en_day(st)} 2027 from 11:30 AM to 12:30 PM IST.\n\nMode: Google Meet, link to "
        "follow.\n\nThanks & Regards,\nRohit Menon\nTalent Acquisition | Vriksha Tech | "
        "Bengaluru\n+91 80 0000 4411",
    )
    s = ("Aoife Byrne", "aoife.byrne@liffey-payments.example.ie")
    sent = at(2027, 6, 9, 12, 5, DUB)
    st = at(2027, 6, 17, 10, 0, DUB)
    said(st, "IST-IE")
    yield case(
        f,
        "ireland_summer",
        "en-IE",
        s,
        "Interview - Risk Analyst",
        sent,
        "Irish Standard Time by context: Dublin signature, +353, June: '10am IST' is +01:00 "
        "(Europe/Dublin, tzdata's IST).",
        zoned(st, st + 60 * MIN, DUB),
        f"Hi Alex,\n\nThanks for applying. Would {en_day(st)} at 10am IST suit for a first "
        "interview? It'll be an hour, in our office on Sir John Rogerson's Quay.\n\nLet me "
        "know and I'll send the details.\n\nAoife\n\nAoife Byrne | Talent Partner | Liffey "
        "Payments | Dublin 2\n+353 1 000 2231",
    )
    s = ("Noa Friedman", "noa.f@carmel-cyber.example.co.il")
    sent = at(2027, 2, 8, 9, 30, JRS)
    st = at(2027, 2, 14, 14, 0, JRS)
    said(st, "IST-IL")
    yield case(
        f,
        "israel_winter",
        "en-IL",
        s,
        "Interview at Carmel Cyber - Sunday",
        sent,
        "Israel Standard Time by context: Tel Aviv office, Sunday working day, +972, "
        "February: '14:00 IST' is +02:00 (Asia/Jerusalem).",
        zoned(st, st + 90 * MIN, JRS),
        f"Hi Alex,\n\nFollowing our call, you're invited to a technical interview on "
        f"{en_day(st)} at 14:00-15:30 IST, at our Tel Aviv office (Rothschild Blvd 22, 9th "
        "floor).\n\nBest,\nNoa Friedman\nHR Business Partner, Carmel Cyber\n+972 3 000 8812",
    )
    s = ("Kavya", "kavya.hr@gangotri-infra.example.co.in")
    sent = at(2027, 2, 3, 10, 12, KOL)
    st = at(2027, 2, 5, 15, 0, KOL)
    said(st, "IST-IN")
    yield case(
        f,
        "bare_ist_cues",
        "en-IN",
        s,
        "Interview",
        sent,
        "A bare 'Friday 3pm IST' with no city: the Date header offset +05:30 and the .co.in "
        "domain settle India (Asia/Kolkata).",
        zoned(st, None, KOL),
        "Dear Candidate,\n\nYour telephonic interview is fixed for Friday 3pm IST. Kindly be "
        "available on your registered mobile number.\n\nRegards\nKavya\nHR Team",
    )
    s = ("Conor Walsh", "conor@claddagh-games.example.ie")
    sent = at(2027, 1, 14, 16, 50, DUB)
    st = at(2027, 1, 20, 10, 0, DUB)
    said(st, "GMT")
    yield case(
        f,
        "dublin_gmt_winter",
        "en-IE",
        s,
        "Chat next Wednesday?",
        sent,
        "Dublin in January writes 'GMT': Europe/Dublin at +00:00.",
        zoned(st, st + 30 * MIN, DUB),
        f"Hi Alex,\n\nWe'd like to set up a 30 minute call with our studio head on "
        f"{en_day(st)} at 10am GMT (Irish time). I'll ring you on Teams.\n\nSláinte,\nConor "
        "Walsh\nCladdagh Games, Galway",
    )
    s = ("Yael Ben-David", "yael@negev-solar.example.co.il")
    sent = at(2027, 6, 1, 11, 0, JRS)
    st = at(2027, 6, 8, 10, 0, JRS)
    said(st, "IDT")
    yield case(
        f,
        "israel_idt",
        "en-IL",
        s,
        "Interview with our VP R&D",
        sent,
        "Israel in June: '10:00 IDT' (+03:00), Beersheba office.",
        zoned(st, st + 60 * MIN, JRS),
        f"Hello Alex,\n\nOur VP R&D can meet you on {en_day(st)}, 10:00-11:00 IDT, on Zoom.\n\n"
        "Zoom: https://zoom.example/j/9930011287\n\nBest regards,\nYael Ben-David\nNegev "
        "Solar, Beersheba",
    )
    s = ("Campus Hiring", "campus@saptarishi-analytics.example.in")
    sent = at(2027, 2, 1, 9, 0, KOL)
    dl = at(2027, 2, 5, 23, 59, KOL)
    said(dl, "IST-IN")
    yield case(
        f,
        "assignment_deadline_ist",
        "en-IN",
        s,
        "Take-home assignment - submit by Friday",
        sent,
        "Look-alike: a take-home assignment due 'Friday 5 Feb, 11:59 PM IST'; no meeting.",
        NEG,
        f"Dear Alex,\n\nPlease find your take-home assignment at the link below. Submit your "
        f"solution by {en_day(dl)}, 11:59 PM IST.\n\nhttps://saptarishi.example.in/assess/"
        "8812\n\nLate submissions will not be evaluated.\n\nRegards,\nCampus Hiring Team",
    )


def europe20() -> Iterator[Case]:
    f = "europe20"
    s = ("Olivia Grant", "olivia.grant@thamesgate-insure.example.co.uk")
    sent = at(2027, 3, 16, 10, 0, LON)
    st = at(2027, 3, 23, 14, 0, LON)
    said(st, "GMT")
    yield case(
        f,
        "london_gmt_before",
        "en-GB",
        s,
        "Interview - Claims Analyst",
        sent,
        "London, Tuesday 23 March 2027 2pm GMT: the week before the UK change (+00:00).",
        zoned(st, st + 60 * MIN, LON),
        f"Hi Alex,\n\nWe'd like to invite you to interview on {en_day(st)} at 2pm GMT, at 20 "
        "Fenchurch Avenue. It'll last about an hour (2-3pm).\n\nKind regards,\nOlivia Grant\n"
        "Thamesgate Insurance",
    )
    s = ("Callum Reid", "callum.reid@northlight-media.example.co.uk")
    sent = at(2027, 3, 24, 15, 30, LON)
    st = at(2027, 3, 30, 14, 0, LON)
    said(st, "BST")
    said(sent, "GMT")
    yield case(
        f,
        "london_bst_after",
        "en-GB",
        s,
        "Re: Video Producer - next steps",
        sent,
        "Sent Wednesday 24 March (GMT); 'Tuesday 30 March, 2pm BST' follows the 28 March "
        "change: +01:00.",
        zoned(st, st + 45 * MIN, LON),
        f"Hi Alex,\n\nGreat - shall we say {en_day(st)}, 2pm BST (clocks go forward this "
        "weekend!) for 45 mins with Hannah and me? Teams invite to follow.\n\nCheers,\n"
        "Callum\n\nCallum Reid | Head of Video | Northlight Media, Manchester",
        reply=True,
    )
    s = ("Lena Hoffmann", "l.hoffmann@elbtal-maschinen.example.de")
    sent = at(2027, 3, 25, 9, 45, BER)
    st = at(2027, 3, 30, 10, 0, BER)
    said(st, "MESZ")
    said(sent, "MEZ")
    yield case(
        f,
        "de_mesz",
        "de",
        s,
        "Einladung zum Vorstellungsgespräch",
        sent,
        "German, sent in MEZ (+01:00): 'Dienstag, 30. März 2027, 10:00 Uhr MESZ', after the "
        "28 March change: +02:00.",
        zoned(st, st + 60 * MIN, BER),
        f"Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu "
        f"einem Gespräch ein:\n\n{de_day(st)}, 10:00 bis 11:00 Uhr MESZ\nper Microsoft Teams\n\n"
        "Bitte bestätigen Sie uns den Termin kurz.\n\nMit freundlichen Grüßen\nLena Hoffmann\n"
        "Personalabteilung, Elbtal Maschinenbau GmbH, Dresden",
    )
    s = ("Sanne de Vries", "sanne.devries@polder-energie.example.nl")
    sent = at(2027, 10, 28, 11, 20, AMS)
    st = at(2027, 11, 3, 14, 0, AMS)
    said(st, "CET")
    said(sent, "CEST")
    yield case(
        f,
        "nl_cet_november",
        "nl",
        s,
        "Uitnodiging sollicitatiegesprek",
        sent,
        "Dutch, sent in CEST (+02:00): 'woensdag 3 november om 14.00 uur (CET)', after the 31 "
        "October change: +01:00.",
        zoned(st, st + 60 * MIN, AMS),
        f"Beste Alex,\n\nGraag nodigen we je uit voor een gesprek op {nl_day(st)} om 14.00 "
        "uur (CET), online via Teams. Het gesprek duurt een uur.\n\nMet vriendelijke groet,\n"
        "Sanne de Vries\nRecruiter, Polder Energie, Utrecht",
    )
    s = ("Mikko Virtanen", "mikko.virtanen@saimaa-soft.example.fi")
    sent = at(2027, 6, 2, 9, 0, HEL)
    st = at(2027, 6, 9, 11, 0, HEL)
    said(st, "EEST")
    yield case(
        f,
        "helsinki_eest",
        "en",
        s,
        "Interview invitation",
        sent,
        "Helsinki in June: '11:00-12:00 EEST' (+03:00).",
        zoned(st, st + 60 * MIN, HEL),
        f"Hi Alex,\n\nThanks for applying to Saimaa Software. We would like to invite you "
        f"to an interview on {en_day(st)}, 11:00-12:00 EEST (Helsinki time).\n\nBest,\nMikko "
        "Virtanen",
    )
    s = ("Анна Котова", "a.kotova@severstal-it.example.ru")
    sent = at(2027, 3, 1, 12, 10, MOW)
    st = at(2027, 3, 4, 15, 0, MOW)
    said(st, "MSK")
    yield case(
        f,
        "ru_po_msk",
        "ru",
        s,
        "Приглашение на собеседование",
        sent,
        "Russian: 'в четверг, 4 марта, в 15:00 по МСК' (Moscow time, +03:00).",
        zoned(st, None, MOW),
        f"Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование {ru_day(st)}, в 15:00 по "
        "МСК. Продолжительность около часа, формат — видеозвонок.\n\nСсылка: "
        "https://telemost.example/j/4471200\n\nС уважением,\nАнна Котова\nHR-менеджер",
    )
    s = ("Elif Yıldız", "elif.yildiz@bosphorus-pay.example.com.tr")
    sent = at(2027, 3, 2, 10, 30, IST)
    st = at(2027, 3, 9, 14, 0, IST)
    said(st, "TRT")
    yield case(
        f,
        "istanbul_trt",
        "en",
        s,
        "Interview - Mobile Developer",
        sent,
        "Istanbul in English: '2:00 PM TRT' (+03:00).",
        zoned(st, None, IST),
        f"Dear Alex,\n\nWe would like to invite you to an interview on {en_day(st)} at "
        "2:00 PM TRT (Istanbul time). Teams link to follow.\n\nBest regards,\nElif Yıldız\n"
        "Bosphorus Pay",
    )
    s = ("Jonas Keller", "jonas.keller@isar-robotics.example.de")
    sent = at(2027, 7, 6, 14, 0, BER)
    st = at(2027, 7, 13, 10, 0, BER)
    yield case(
        f,
        "cet_in_summer",
        "en",
        s,
        "Interview Isar Robotics",
        sent,
        "Munich writes '10:00 CET' in July, meaning German local time: Europe/Berlin at +02:00 "
        "(CEST); not checked by `said` on purpose.",
        zoned(st, st + 60 * MIN, BER),
        f"Hi Alex,\n\nHow about {en_day(st)} at 10:00 CET for a one-hour interview with our "
        "team lead? We're based in Munich, so that's our local time.\n\nBest,\nJonas Keller\n"
        "Isar Robotics GmbH",
    )
    s = ("Karriere-Events", "events@rheinland-personal.example.de")
    sent = at(2027, 3, 1, 8, 0, BER)
    ev = at(2027, 3, 11, 16, 0, BER)
    said(ev, "MEZ")
    yield case(
        f,
        "webinar_mez",
        "de",
        s,
        "Webinar: Erfolgreich im Vorstellungsgespräch",
        sent,
        "Look-alike: a public webinar 'Donnerstag, 11. März 2027, 16:00 Uhr MEZ' with a "
        "sign-up link.",
        NEG,
        f"Hallo,\n\nunser kostenloses Webinar 'Erfolgreich im Vorstellungsgespräch' findet am "
        f"{de_day(ev)} um 16:00 Uhr MEZ statt.\n\nJetzt anmelden: https://rheinland-personal."
        "example.de/webinar\n\nDie Aufzeichnung erhalten alle Angemeldeten.\n\nIhr "
        "Karriere-Team",
    )


def africagulf20() -> Iterator[Case]:
    f = "africagulf20"
    s = ("Fatima Al Mansoori", "fatima.m@creekside-holdings.example.ae")
    sent = at(2027, 3, 8, 10, 0, DXB)
    st = at(2027, 3, 15, 11, 0, DXB)
    said(st, "GST")
    yield case(
        f,
        "dubai_gst",
        "en-AE",
        s,
        "Interview invitation - Finance Manager",
        sent,
        "Dubai: '11:00 AM GST' is Gulf Standard Time (+04:00), not South Georgia.",
        zoned(st, st + 60 * MIN, DXB),
        f"Dear Alex,\n\nWe are pleased to invite you for an interview on {en_day(st)} 2027 "
        "at 11:00 AM - 12:00 PM GST at our office in DIFC, Gate Village 4.\n\nKindly confirm "
        "your availability.\n\nBest regards,\nFatima Al Mansoori\nCreekside Holdings, Dubai",
    )
    s = ("Wanjiru Kamau", "wanjiru@savanna-agritech.example.co.ke")
    sent = at(2027, 3, 9, 9, 30, NBO)
    st = at(2027, 3, 12, 10, 0, NBO)
    said(st, "EAT")
    yield case(
        f,
        "nairobi_eat",
        "en-KE",
        s,
        "Interview - Field Operations Lead",
        sent,
        "Nairobi: '10:00am EAT'.",
        zoned(st, None, NBO),
        f"Hello Alex,\n\nKindly avail yourself for an interview on {en_day(st)} at 10:00am "
        "EAT via Google Meet.\n\nRegards,\nWanjiru Kamau\nHR, Savanna Agritech, Nairobi",
    )
    s = ("Tendai Moyo", "tendai.moyo@zambezi-mining.example.co.zw")
    sent = at(2027, 3, 9, 14, 0, HRE)
    st = at(2027, 3, 16, 14, 0, HRE)
    said(st, "CAT")
    yield case(
        f,
        "harare_cat",
        "en-ZW",
        s,
        "Interview scheduled",
        sent,
        "Harare: '14:00 CAT' (+02:00); Africa/Harare.",
        zoned(st, st + 60 * MIN, HRE),
        f"Dear Alex,\n\nYour interview has been scheduled for {en_day(st)}, 14:00 - 15:00 CAT, "
        "at our head office, 9 Samora Machel Ave, Harare.\n\nYours sincerely,\nTendai Moyo",
    )
    s = ("Chiamaka Okafor", "chiamaka@eko-payments.example.com.ng")
    sent = at(2027, 3, 10, 11, 0, LOS)
    st = at(2027, 3, 17, 11, 0, LOS)
    said(st, "WAT")
    yield case(
        f,
        "lagos_wat",
        "en-NG",
        s,
        "Interview Invitation: Product Designer",
        sent,
        "Lagos: '11am WAT'.",
        zoned(st, None, LOS),
        f"Hi Alex,\n\nTrust you're doing great. You've been shortlisted for the next stage. "
        f"Your interview holds on {en_day(st)} by 11am WAT on Zoom.\n\nWarm regards,\n"
        "Chiamaka Okafor\nPeople Ops, Eko Payments",
    )
    s = ("Thandi Nkosi", "thandi@karoo-insure.example.co.za")
    sent = at(2027, 3, 10, 8, 30, JNB)
    st = at(2027, 3, 18, 9, 30, JNB)
    said(st, "SAST")
    yield case(
        f,
        "joburg_sast",
        "en-ZA",
        s,
        "Interview - Actuarial Analyst",
        sent,
        "Johannesburg: '09:30 SAST'.",
        zoned(st, st + 60 * MIN, JNB),
        f"Hi Alex,\n\nPlease see your interview details below:\n\nDate: {en_day(st)} 2027\n"
        "Time: 09:30 - 10:30 SAST\nVenue: 14 Fredman Dr, Sandton\n\nKind regards,\nThandi "
        "Nkosi",
    )
    s = ("Patrick Mbuyi", "p.mbuyi@congo-telecom.example.cd")
    sent = at(2027, 3, 11, 9, 0, FIH)
    st = at(2027, 3, 17, 14, 0, FIH)
    said(st, "WAT")
    yield case(
        f,
        "kinshasa_fr",
        "fr",
        s,
        "Convocation à un entretien",
        sent,
        "French from Kinshasa: 'mercredi 17 mars 2027 à 14h00 (heure de Kinshasa)' (+01:00).",
        zoned(st, None, FIH),
        f"Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien le {fr_day(st)} "
        "à 14h00 (heure de Kinshasa), dans nos bureaux de la Gombe.\n\nCordialement,\nPatrick "
        "Mbuyi\nRessources humaines",
    )
    s = ("Graduate Programme", "grads@niger-delta-energy.example.com.ng")
    sent = at(2027, 3, 1, 9, 0, LOS)
    dl = at(2027, 3, 12, 17, 0, LOS)
    said(dl, "WAT")
    yield case(
        f,
        "deadline_wat",
        "en-NG",
        s,
        "Reminder: applications close Friday",
        sent,
        "Look-alike: an application deadline 'Friday 12 March, 5pm WAT'.",
        NEG,
        f"Dear Applicant,\n\nThis is a reminder that applications for the 2027 Graduate "
        f"Programme close on {en_day(dl)} at 5pm WAT. Incomplete applications will not be "
        "considered.\n\nGraduate Programme Team",
    )


def latam20() -> Iterator[Case]:
    f = "latam20"
    s = ("Mariana Souza", "mariana.souza@ipe-digital.example.com.br")
    sent = at(2027, 2, 9, 10, 0, SAO)
    st = at(2027, 2, 16, 14, 0, SAO)
    said(st, "BRT")
    yield case(
        f,
        "ptbr_horario_brasilia",
        "pt-BR",
        s,
        "Convite para entrevista - Analista de Dados",
        sent,
        "Portuguese (Brazil): 'terça-feira, 16 de fevereiro de 2027, às 14h (horário de "
        "Brasília)'.",
        zoned(st, st + 60 * MIN, SAO),
        f"Olá, Alex!\n\nGostaríamos de convidar você para uma entrevista na {pt_day(st)}, das "
        "14h às 15h (horário de Brasília), pelo Google Meet.\n\nAbraços,\nMariana Souza\n"
        "Tech Recruiter | Ipê Digital",
    )
    s = ("Lucía Fernández", "lfernandez@pampa-soft.example.com.ar")
    sent = at(2027, 2, 12, 11, 0, BUE)
    st = at(2027, 2, 18, 11, 0, BUE)
    said(st, "ART")
    yield case(
        f,
        "es_ar_art",
        "es-AR",
        s,
        "Entrevista - Desarrollador/a Backend",
        sent,
        "Argentina: 'jueves 18 de febrero a las 11:00 hs (ART)'.",
        zoned(st, None, BUE),
        f"Hola Alex, ¿cómo estás?\n\nTe escribo para coordinar la entrevista: {es_day(st)} a "
        "las 11:00 hs (ART), por Meet.\n\nSaludos,\nLucía Fernández\nPampa Soft",
    )
    s = ("Felipe Rojas", "frojas@andes-cobre.example.cl")
    sent = at(2027, 9, 2, 10, 0, SCL)
    st = at(2027, 9, 7, 15, 0, SCL)
    said(st, "CLST")
    said(sent, "CLT")
    yield case(
        f,
        "es_cl_clst",
        "es-CL",
        s,
        "Entrevista - Ingeniero de Procesos",
        sent,
        "Chile, sent 2 September (-04:00): 'martes 7 de septiembre, 15:00 hrs (CLST)' follows "
        "the 5 September change: -03:00.",
        zoned(st, st + 60 * MIN, SCL),
        f"Estimado Alex:\n\nJunto con saludar, lo invitamos a una entrevista el {es_day(st)}, "
        "de 15:00 a 16:00 hrs (CLST, recuerde que el sábado se adelanta la hora), en Av. "
        "Apoquindo 3000, Las Condes.\n\nSaludos cordiales,\nFelipe Rojas",
    )
    s = ("Valentina Gómez", "vgomez@cafetal-fintech.example.com.co")
    sent = at(2027, 3, 3, 16, 0, BOG)
    st = at(2027, 3, 10, 9, 0, BOG)
    said(st, "COT")
    yield case(
        f,
        "es_co_cot",
        "es-CO",
        s,
        "Agendamiento de entrevista",
        sent,
        "Colombia: 'miércoles 10 de marzo, 9:00 a. m. (COT)'.",
        zoned(st, None, BOG),
        f"Hola Alex,\n\nQuedó agendada tu entrevista para el {es_day(st)} a las 9:00 a. m. "
        "(COT, hora de Bogotá).\n\nCordialmente,\nValentina Gómez\nCafetal Fintech",
    )
    s = ("Diego Quispe", "dquispe@inca-retail.example.pe")
    sent = at(2027, 3, 5, 12, 0, LIM)
    st = at(2027, 3, 12, 16, 0, LIM)
    said(st, "PET")
    yield case(
        f,
        "es_pe_pet",
        "es-PE",
        s,
        "Entrevista final",
        sent,
        "Peru: 'viernes 12 de marzo a las 4:00 p. m. hora de Lima (PET)'.",
        zoned(st, None, LIM),
        f"Estimado Alex:\n\nTe confirmamos la entrevista final el {es_day(st)} a las 4:00 "
        "p. m. hora de Lima (PET), en nuestras oficinas de San Isidro.\n\nSaludos,\nDiego "
        "Quispe",
    )
    s = ("Martín Sosa", "msosa@rioplata-data.example.com.ar")
    sent = at(2027, 3, 8, 13, 0, BUE)
    st = at(2027, 3, 11, 15, 0, BUE)
    yield case(
        f,
        "utc_minus3_real_minus",
        "es-AR",
        s,
        "Entrevista técnica",
        sent,
        "Argentina: '15:00 (UTC−3)' written with U+2212 MINUS SIGN; Buenos Aires signature.",
        zoned(st, st + 60 * MIN, BUE),
        f"Hola Alex,\n\nTe confirmo la entrevista técnica para el {es_day(st)}, de 15:00 a "
        "16:00 (UTC\u22123).\n\nAbrazo,\nMartín Sosa\nRío de la Plata Data - Buenos Aires",
    )
    s = ("Eventos Carreira", "eventos@trampolim-rh.example.com.br")
    sent = at(2027, 3, 1, 9, 0, SAO)
    ev = at(2027, 3, 11, 19, 0, SAO)
    said(ev, "BRT")
    yield case(
        f,
        "webinar_brt",
        "pt-BR",
        s,
        "Webinar gratuito: como se preparar para entrevistas",
        sent,
        "Look-alike: a public webinar 'quinta-feira, 11 de março, às 19h (BRT)'.",
        NEG,
        f"Olá!\n\nParticipe do nosso webinar gratuito na {pt_day(ev)}, às 19h (BRT).\n\n"
        "Inscreva-se: https://trampolim-rh.example.com.br/webinar\n\nEquipe Trampolim RH",
    )


def northam20() -> Iterator[Case]:
    f = "northam20"
    s = ("Megan Carter", "megan.carter@hudsonview-bank.example.com")
    sent = at(2027, 3, 10, 14, 0, NYC)
    st = at(2027, 3, 16, 10, 0, NYC)
    said(sent, "EST")
    said(st, "EDT")
    yield case(
        f,
        "eastern_time_after_change",
        "en-US",
        s,
        "Interview confirmation - Credit Analyst",
        sent,
        "Sent 10 March in EST (-05:00); 'Tuesday, March 16 at 10:00 AM Eastern Time' follows "
        "the 14 March change: -04:00.",
        zoned(st, st + 60 * MIN, NYC),
        f"Hi Alex,\n\nThis confirms your interview on {us_day(st)} from 10:00 to 11:00 AM "
        "Eastern Time via Zoom.\n\nBest,\nMegan Carter\nRecruiting, Hudsonview Bank",
    )
    s = ("Tyler Brooks", "tbrooks@frontrange-outdoor.example.com")
    sent = at(2027, 7, 8, 9, 0, DEN)
    st = at(2027, 7, 15, 13, 0, DEN)
    yield case(
        f,
        "mountain_standard_in_july",
        "en-US",
        s,
        "Phone screen - Thursday",
        sent,
        "Denver writes 'Mountain Standard Time' in July, meaning Mountain time: America/Denver "
        "at -06:00 (MDT); not checked by `said` on purpose.",
        zoned(st, None, DEN),
        f"Hi Alex,\n\nI've got you down for a phone screen on {us_day(st)} at 1:00 PM "
        "Mountain Standard Time. I'll call you at the number on your resume.\n\nTyler "
        "Brooks\nTalent Acquisition | Front Range Outdoor | Denver, CO",
    )
    s = ("Rosa Delgado", "rosa.delgado@saguaro-health.example.com")
    sent = at(2027, 6, 2, 10, 0, PHX)
    st = at(2027, 6, 9, 14, 0, PHX)
    said(st, "MST")
    yield case(
        f,
        "arizona_mst_summer",
        "en-US",
        s,
        "Interview - Nurse Manager",
        sent,
        "Phoenix in June: '2:00 PM MST (Arizona time, no daylight saving)' is -07:00; "
        "America/Phoenix.",
        zoned(st, st + 60 * MIN, PHX),
        f"Hi Alex,\n\nYour interview is set for {us_day(st)}, 2:00 - 3:00 PM MST (Arizona "
        "time - we don't observe daylight saving, so that's 5:00 PM Eastern).\n\nRosa "
        "Delgado\nSaguaro Health, Phoenix",
    )
    s = ("Keoni Kahale", "keoni@mauka-resorts.example.com")
    sent = at(2027, 2, 3, 8, 0, HNL)
    st = at(2027, 2, 9, 9, 0, HNL)
    said(st, "HST")
    yield case(
        f,
        "honolulu_hst",
        "en-US",
        s,
        "Aloha - interview Tuesday",
        sent,
        "Honolulu: '9:00 AM HST'.",
        zoned(st, None, HNL),
        f"Aloha Alex,\n\nMahalo for applying. Can you meet with our GM on {us_day(st)} at "
        "9:00 AM HST? We'll do it over Zoom.\n\nKeoni Kahale\nMauka Resorts, Honolulu",
    )
    s = ("Dana Holt", "dana.holt@kenai-air.example.com")
    sent = at(2027, 2, 4, 11, 0, ANC)
    st = at(2027, 2, 10, 10, 30, ANC)
    said(st, "AKST")
    yield case(
        f,
        "anchorage_akst",
        "en-US",
        s,
        "Interview - Dispatcher",
        sent,
        "Anchorage in February: '10:30 AM AKST'.",
        zoned(st, st + 60 * MIN, ANC),
        f"Hi Alex,\n\nWe'd like to interview you on {us_day(st)}, 10:30 to 11:30 AM AKST, at "
        "our hangar office at Lake Hood.\n\nThanks,\nDana Holt\nKenai Air",
    )
    s = ("Siobhan Power", "spower@grandbanks-marine.example.ca")
    sent = at(2027, 6, 8, 9, 0, YYT)
    st = at(2027, 6, 15, 14, 30, YYT)
    said(st, "NDT")
    yield case(
        f,
        "stjohns_ndt",
        "en-CA",
        s,
        "Interview - Marine Biologist",
        sent,
        "St. John's in June: '2:30 p.m. NDT' (-02:30).",
        zoned(st, None, YYT),
        f"Hi Alex,\n\nWe'd like to meet you on {us_day(st)} at 2:30 p.m. NDT (Newfoundland "
        "time) at our Water Street office.\n\nBest,\nSiobhan Power\nGrand Banks Marine",
    )
    s = ("Ethan Park", "ethan.park@sunset-labs.example.com")
    sent = at(2027, 11, 3, 16, 0, LAX)
    st = at(2027, 11, 8, 11, 0, LAX)
    said(sent, "PDT")
    said(st, "PST")
    yield case(
        f,
        "pacific_time_los_angeles",
        "en-US",
        s,
        "Onsite interview details",
        sent,
        "Sent 3 November in PDT (-07:00); 'Monday, November 8 · 11:00am - 11:45am, Time zone: "
        "Pacific Time - Los Angeles' (pasted from Google Calendar) follows the 7 November "
        "change: -08:00.",
        zoned(st, st + 45 * MIN, LAX),
        f"Hi Alex,\n\nHere are the details for your interview:\n\n{st:%A}, {st:%B} {st.day} · "
        "11:00am - 11:45am\nTime zone: Pacific Time - Los Angeles\nLocation: 500 Abbot Kinney "
        "Blvd, Venice\n\nSee you then!\nEthan Park\nSunset Labs",
    )
    s = ("Geneviève Tremblay", "g.tremblay@fleuve-assurances.example.ca")
    sent = at(2027, 11, 4, 10, 0, MTL)
    st = at(2027, 11, 9, 13, 0, MTL)
    said(st, "EST")
    yield case(
        f,
        "fr_ca_heure_de_lest",
        "fr-CA",
        s,
        "Convocation à une entrevue",
        sent,
        "French (Canada), sent in EDT: 'le mardi 9 novembre 2027 à 13 h (heure de l'Est)' is "
        "after the 7 November change: -05:00; America/Toronto (Montréal).",
        zoned(st, None, MTL),
        f"Bonjour Alex,\n\nNous aimerions vous rencontrer en entrevue le {fr_day(st)} à 13 h "
        "(heure de l'Est), à nos bureaux du 1000, rue De La Gauchetière, Montréal.\n\n"
        "Cordialement,\nGeneviève Tremblay\nAcquisition de talents",
    )
    s = ("Brandon Hughes", "bhughes@prairie-ag.example.com")
    sent = at(2027, 4, 5, 15, 0, CHI)
    st = at(2027, 4, 8, 15, 0, CHI)
    said(st, "CDT")
    yield case(
        f,
        "chicago_ct",
        "en-US",
        s,
        "Re: Ag Data Scientist interview",
        sent,
        "Chicago: 'Thursday at 3pm CT' (Central, -05:00 in April).",
        zoned(st, st + 60 * MIN, CHI),
        "Alex,\n\nThursday at 3pm CT works on our end. I'll send a Teams invite for an hour "
        "with the hiring manager.\n\nBrandon\n\nBrandon Hughes | Prairie Ag | Chicago, IL",
        reply=True,
    )
    s = ("University Recruiting", "univ-recruiting@cascade-cloud.example.com")
    sent = at(2027, 3, 12, 9, 0, LAX)
    dl = at(2027, 3, 19, 23, 59, LAX)
    said(dl, "PDT")
    yield case(
        f,
        "deadline_pt",
        "en-US",
        s,
        "Action needed: complete your coding challenge",
        sent,
        "Look-alike: a coding challenge due 'Friday, March 19, 2027, 11:59 PM PT'.",
        NEG,
        f"Hi Alex,\n\nPlease complete your coding challenge by {us_day(dl)}, 11:59 PM PT. "
        "It takes about 90 minutes.\n\nStart here: https://cascade-cloud.example.com/"
        "challenge/5521\n\nUniversity Recruiting",
    )


def spelled20() -> Iterator[Case]:
    f = "spelled20"
    s = ("Chloé Gagnon", "chloe.gagnon@lumiere-conseil.example.ca")
    sent = at(2027, 3, 25, 9, 0, MTL)
    st = at(2027, 4, 1, 15, 0, PAR)
    said(st, "CEST")
    yield case(
        f,
        "heure_de_paris_from_montreal",
        "fr",
        s,
        "Entretien avec notre bureau de Paris",
        sent,
        "French from Montreal (Date -04:00): 'jeudi 1er avril 2027 à 15 h, heure de Paris' "
        "is Europe/Paris after the 28 March change (+02:00), 09:00 in Montreal.",
        zoned(st, st + 60 * MIN, PAR),
        f"Bonjour Alex,\n\nNotre associée à Paris souhaite vous rencontrer en visio le "
        f"{fr_day(st)} à 15 h, heure de Paris (soit 9 h à Montréal), pour une heure.\n\n"
        "Bien à vous,\nChloé Gagnon\nLumière Conseil",
    )
    s = ("Rui Carvalho", "rui.carvalho@atlantico-tech.example.pt")
    sent = at(2027, 3, 3, 12, 0, LIS)
    st = at(2027, 3, 10, 10, 0, SAO)
    said(st, "BRT")
    yield case(
        f,
        "hora_de_brasilia_from_lisbon",
        "pt-BR",
        s,
        "Entrevista com a equipa de São Paulo",
        sent,
        "Portuguese from Lisbon (Date +00:00): 'quarta-feira, 10 de março de 2027, às 10h "
        "(hora de Brasília)' is America/Sao_Paulo (-03:00), 13:00 in Lisbon.",
        zoned(st, None, SAO),
        f"Olá Alex,\n\nA equipa de São Paulo gostaria de falar consigo na {pt_day(st)}, às "
        "10h (hora de Brasília), ou seja, 13h em Lisboa.\n\nCumprimentos,\nRui Carvalho\n"
        "Atlântico Tech, Lisboa",
    )
    s = ("Stefan Brandt", "s.brandt@nordlicht-versicherung.example.de")
    sent = at(2027, 3, 23, 14, 0, BER)
    st = at(2027, 3, 29, 9, 0, BER)
    yield case(
        f,
        "mitteleuropaeische_zeit_after_change",
        "de",
        s,
        "Ihr Vorstellungsgespräch am 29. März",
        sent,
        "German: 'Montag, 29. März 2027, 9:00 Uhr Mitteleuropäische Zeit', the day after the "
        "28 March change: the writer means German local time, Europe/Berlin at +02:00; not "
        "checked by `said` on purpose.",
        zoned(st, st + 60 * MIN, BER),
        f"Sehr geehrte Frau Morgan,\n\nwir freuen uns, Sie zu einem Gespräch einzuladen:\n\n"
        f"Termin: {de_day(st)}, 9:00 bis 10:00 Uhr (Mitteleuropäische Zeit)\nOrt: Hamburg, "
        "Ballindamm 7, 3. OG\n\nMit freundlichen Grüßen\nStefan Brandt",
    )
    s = ("高橋 玲奈", "r.takahashi@sg.fuji-partners.example.com")
    sent = at(2027, 4, 7, 10, 0, SIN)
    st = at(2027, 4, 14, 15, 0, TYO)
    said(st, "JST")
    yield case(
        f,
        "tokyo_jikan_from_singapore",
        "ja",
        s,
        "東京本社との面接日程",
        sent,
        "Japanese from the Singapore branch (Date +08:00): '4月14日（水）15:00〜16:00（東京"
        "時間）' is Asia/Tokyo, 14:00 in Singapore.",
        zoned(st, st + 60 * MIN, TYO),
        f"モーガン様\n\nお世話になっております。富士パートナーズ シンガポール支店の高橋です。\n"
        f"東京本社との面接は、{st.month}月{st.day}日（{JA_WD[st.weekday()]}）15:00〜16:00"
        "（東京時間）に決まりました。シンガポール時間では14:00からとなります。\n\n"
        "Teamsのリンクは前日にお送りします。\n\n高橋 玲奈",
    )
    s = ("陳嘉欣", "kayan.chan@victoria-harbour.example.co.uk")
    sent = at(2027, 4, 8, 9, 0, LON)
    st = at(2027, 4, 15, 10, 0, HKG)
    said(st, "HKT")
    yield case(
        f,
        "hongkong_jikan_from_london",
        "zh-HK",
        s,
        "面試安排",
        sent,
        "Traditional Chinese (Hong Kong) from London (Date +01:00): '4月15日（星期四）上午"
        "10時（香港時間）' is Asia/Hong_Kong, 03:00 in London.",
        zoned(st, None, HKG),
        f"Alex 你好，\n\n多謝你申請我們香港辦公室的職位。面試時間定於{st.month}月{st.day}日"
        f"（星期{ZH_WD[st.weekday()]}）上午10時（香港時間），以視像形式進行。\n\n"
        "如有問題請回覆此電郵。\n\n陳嘉欣\n人力資源部",
    )
    s = ("Laura Martín", "laura.martin@meseta-ingenieria.example.es")
    sent = at(2027, 5, 4, 11, 0, MAD)
    st = at(2027, 5, 11, 17, 0, MAD)
    said(st, "CEST")
    yield case(
        f,
        "hora_peninsular",
        "es",
        s,
        "Entrevista - Ingeniero/a de Estructuras",
        sent,
        "Spanish: 'martes 11 de mayo a las 17:00 (hora peninsular española)' to a candidate "
        "in the Canaries: Europe/Madrid (+02:00).",
        zoned(st, None, MAD),
        f"Hola Alex:\n\nTe proponemos la entrevista el {es_day(st)} a las 17:00 (hora "
        "peninsular española; las 16:00 en Canarias), por Teams.\n\nUn saludo,\nLaura Martín\n"
        "Meseta Ingeniería, Madrid",
    )
    s = ("Service recrutement", "recrutement@garonne-aero.example.fr")
    sent = at(2027, 4, 2, 9, 0, PAR)
    dl = at(2027, 4, 15, 12, 0, PAR)
    yield case(
        f,
        "date_limite_heure_de_paris",
        "fr",
        s,
        "Dossier de candidature à compléter",
        sent,
        "Look-alike: a document deadline 'avant le jeudi 15 avril 2027 à 12 h (heure de Paris)'.",
        NEG,
        f"Bonjour,\n\nMerci de compléter votre dossier de candidature en ligne avant le "
        f"{fr_day(dl)} à 12 h (heure de Paris). Passé ce délai, il ne pourra plus être "
        "modifié.\n\nhttps://garonne-aero.example.fr/candidature\n\nLe service recrutement",
    )


def winoffset20() -> Iterator[Case]:
    f = "winoffset20"
    s = ("Bikash Thapa", "bikash.thapa@everest-data.example.com")
    sent = at(2027, 4, 13, 10, 0, KTM)
    st = at(2027, 4, 20, 10, 0, KTM)
    yield case(
        f,
        "win_kathmandu",
        "en",
        s,
        "Interview: QA Engineer",
        sent,
        "Outlook details pasted as text: 'When: Tuesday, 20 April 2027 10:00-10:45 "
        "(UTC+05:45) Kathmandu'.",
        zoned(st, st + 45 * MIN, KTM),
        "Hi Alex,\n\nPlease find the interview details below.\n\nSubject: Interview - QA "
        "Engineer\nWhen: Tuesday, 20 April 2027 10:00-10:45 (UTC+05:45) Kathmandu\nWhere: "
        "Microsoft Teams Meeting\n\nRegards,\nBikash Thapa",
    )
    s = ("Colleen Murphy", "cmurphy@capespear-energy.example.ca")
    sent = at(2027, 4, 14, 9, 0, YYT)
    st = at(2027, 4, 21, 14, 0, YYT)
    said(st, "NDT")
    yield case(
        f,
        "win_newfoundland_april",
        "en-CA",
        s,
        "FW: Interview - Process Engineer",
        sent,
        "Windows display name '(UTC-03:30) Newfoundland' shows the standard offset; 21 April "
        "is in daylight time, so the careful reader takes St. John's local time: -02:30.",
        zoned(st, st + 60 * MIN, YYT),
        "Hi Alex,\n\nForwarding the details from our hiring manager's calendar:\n\nWhen: "
        "Wednesday, April 21, 2027 2:00 PM-3:00 PM (UTC-03:30) Newfoundland\nWhere: Cape "
        "Spear Energy, 140 Water St, St. John's\n\nThanks,\nColleen",
    )
    s = ("Julia Schneider", "julia.schneider@alpen-consult.example.at")
    sent = at(2027, 7, 1, 11, 0, BER)
    st = at(2027, 7, 7, 15, 0, BER)
    yield case(
        f,
        "win_amsterdam_berlin_july",
        "de",
        s,
        "Gesprächstermin",
        sent,
        "Outlook line in German mail: 'Mittwoch, 7. Juli 2027 15:00-16:00 (UTC+01:00) "
        "Amsterdam, Berlin, Bern, Rom, Stockholm, Wien' in July: local time, +02:00; "
        "Europe/Berlin (Windows 'W. Europe Standard Time').",
        zoned(st, st + 60 * MIN, BER),
        "Hallo Alex,\n\nhier die Daten für unser Gespräch:\n\nWann: Mittwoch, 7. Juli 2027 "
        "15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\nWo: "
        "Microsoft Teams\n\nViele Grüße\nJulia Schneider",
    )
    s = ("Marcus Bell", "marcus.bell@atlantic-freight.example.com")
    sent = at(2027, 8, 2, 9, 30, NYC)
    st = at(2027, 8, 10, 13, 30, NYC)
    yield case(
        f,
        "win_eastern_us_canada_august",
        "en-US",
        s,
        "Interview details",
        sent,
        "Outlook line 'When: Tuesday, August 10, 2027 1:30 PM-2:30 PM (UTC-05:00) Eastern "
        "Time (US & Canada)' in August: EDT, -04:00.",
        zoned(st, st + 60 * MIN, NYC),
        "Alex,\n\nConfirming the below:\n\nWhen: Tuesday, August 10, 2027 1:30 PM-2:30 PM "
        "(UTC-05:00) Eastern Time (US & Canada)\nWhere: 1 Harbor Pl, Baltimore\n\nMarcus",
    )
    s = ("Lakshmi Iyer", "lakshmi.iyer@kaveri-systems.example.com")
    sent = at(2027, 4, 12, 12, 0, KOL)
    st = at(2027, 4, 15, 11, 0, KOL)
    said(st, "IST-IN")
    yield case(
        f,
        "gmt_plus_5_30_chennai",
        "en-IN",
        s,
        "Interview - Embedded Engineer",
        sent,
        "'11:00 AM GMT+5:30' with a Chennai signature: Asia/Kolkata.",
        zoned(st, st + 60 * MIN, KOL),
        f"Dear Alex,\n\nYour interview is scheduled on {en_day(st)} at 11:00 AM - 12:00 PM "
        "GMT+5:30.\n\nRegards,\nLakshmi Iyer\nKaveri Systems, Chennai",
    )
    s = ("Hiring bot", "no-reply@hire-flow.example.com")
    sent = at(2027, 4, 12, 6, 30, LON)
    st = at(2027, 4, 16, 14, 30, KOL)
    yield case(
        f,
        "offset_0530_only",
        "en",
        s,
        "Interview booked",
        sent,
        "Offset only, from a London server (Date +01:00): 'Fri 16 Apr 2027 14:30 +0530'; the "
        "instant is labelled, no IANA zone is named.",
        offset_only(st, None),
        "Hi Alex,\n\nYour interview with Kaveri Systems is booked.\n\nTime: Fri 16 Apr 2027 "
        "14:30 +0530\nInterviewer: Lakshmi Iyer\n\nNeed to change it? Reply to this email.",
    )
    s = ("Teuea Tonga", "teuea@line-islands-fisheries.example.ki")
    sent = at(2027, 4, 13, 8, 0, KIR)
    st = at(2027, 4, 20, 9, 0, KIR)
    said(st, "UTC+14")
    yield case(
        f,
        "utc_plus_14",
        "en",
        s,
        "Interview - Fisheries Officer",
        sent,
        "Kiritimati: '09:00 UTC+14 (Kiritimati time)', which is 19:00 UTC the day before.",
        zoned(st, st + 60 * MIN, KIR),
        f"Dear Alex,\n\nWe would like to interview you by video on {en_day(st)}, 09:00-10:00 "
        "UTC+14 (Kiritimati time). Please note that is still Monday evening in Europe.\n\n"
        "Teuea Tonga\nLine Islands Fisheries",
    )
    s = ("IT Service Desk", "servicedesk@atlantic-freight.example.com")
    sent = at(2027, 4, 14, 9, 0, LON)
    ev = at(2027, 4, 17, 2, 0, LON)
    yield case(
        f,
        "maintenance_window",
        "en-GB",
        s,
        "Planned maintenance: candidate portal",
        sent,
        "Look-alike: 'Saturday, 17 April 2027 02:00-04:00 (UTC+00:00) Dublin, Edinburgh, "
        "Lisbon, London' maintenance window.",
        NEG,
        f"Dear user,\n\nThe candidate portal will be unavailable during planned maintenance:\n\n"
        f"When: {ev:%A}, {ev.day} {ev:%B} {ev.year} 02:00-04:00 (UTC+00:00) Dublin, Edinburgh, "
        "Lisbon, London\n\nNo action is needed.\n\nIT Service Desk",
    )


def twozones20() -> Iterator[Case]:
    f = "twozones20"
    s = ("Jess Alvarez", "jess.alvarez@brightwave-media.example.com")
    sent = at(2027, 6, 14, 10, 0, NYC)
    st = at(2027, 6, 17, 19, 0, LON)
    yield case(
        f,
        "et_slash_uk",
        "en-US",
        s,
        "Interview Thursday - 2pm ET / 7pm UK",
        sent,
        "'Thursday 17 June, 2pm ET / 7pm UK' to a candidate in London: the same instant "
        "(18:00 UTC); labelled in the reader's zone, Europe/London.",
        zoned(st, st + 60 * MIN, LON),
        f"Hi Alex,\n\nLet's do {en_day(st)}, 2pm ET / 7pm UK, for an hour with our Head of "
        "Content. I know it's evening for you, thanks for being flexible!\n\nJess\n"
        "Brightwave Media, New York",
    )
    s = ("Owen Price", "owen.price@crosspoint-advisory.example.com")
    sent = at(2027, 3, 15, 11, 0, NYC)
    st = at(2027, 3, 18, 10, 0, NYC)
    said(st, "EDT")
    yield case(
        f,
        "gap_week_et_london",
        "en-US",
        s,
        "Call with our London partner",
        sent,
        "US-UK gap week: 'Thursday 18 March, 10am ET / 2pm London' (4 hours apart until 28 "
        "March); the candidate is in New York: America/New_York -04:00.",
        zoned(st, st + 45 * MIN, NYC),
        f"Alex,\n\nOur London partner can speak {en_day(st)} at 10am ET / 2pm London (only 4 "
        "hours apart this week, UK clocks change later). 45 minutes on Zoom.\n\nOwen",
    )
    s = ("Katharina Wolf", "k.wolf@spree-ventures.example.de")
    sent = at(2027, 1, 18, 10, 0, BER)
    st = at(2027, 1, 25, 15, 0, BER)
    said(st, "MEZ")
    yield case(
        f,
        "de_mez_new_york",
        "de",
        s,
        "Gespräch mit unserem Partner in New York",
        sent,
        "German: 'Montag, 25. Januar, 15:00 Uhr MEZ (9:00 Uhr New Yorker Zeit)'; reader in "
        "Berlin: Europe/Berlin.",
        zoned(st, st + 60 * MIN, BER),
        f"Hallo Alex,\n\nunser Partner aus New York hat am {de_day(st)} um 15:00 Uhr MEZ (9:00 "
        "Uhr New Yorker Zeit) eine Stunde für Sie.\n\nBeste Grüße\nKatharina Wolf",
    )
    s = ("Aroha Ngata", "aroha@kahurangi-design.example.co.nz")
    sent = at(2027, 2, 10, 9, 0, AKL)
    st = at(2027, 2, 16, 15, 0, AKL)
    yield case(
        f,
        "zone_only_in_signature",
        "en-NZ",
        s,
        "Interview",
        sent,
        "No zone by the time: 'Tuesday at 3pm' (16 Feb); the signature's Auckland address and "
        "the Date offset settle Pacific/Auckland.",
        zoned(st, None, AKL),
        "Hi Alex,\n\nWould Tuesday at 3pm work for an interview at our studio? We'll need "
        "about an hour.\n\nAroha\n\nAroha Ngata | Studio Manager\nKahurangi Design\n55 "
        "Ponsonby Rd, Auckland 1011, New Zealand",
    )
    s = ("Ben Sutherland", "ben@coralsea-ventures.example.com.au")
    sent = at(2027, 3, 1, 12, 0, SYD)
    st = at(2027, 3, 4, 16, 0, SIN)
    yield case(
        f,
        "singapore_time_from_sydney",
        "en-AU",
        s,
        "Chat with our Singapore team",
        sent,
        "Sent from Sydney (+11:00): 'Thursday 4 March, 4pm Singapore time' is Asia/Singapore, "
        "19:00 in Sydney.",
        zoned(st, None, SIN),
        f"Hi Alex,\n\nOur Singapore team would like to meet you on {en_day(st)} at 4pm "
        "Singapore time (7pm for us in Sydney).\n\nCheers,\nBen",
    )
    s = ("Nadia Rahman", "nadia.rahman@meridian-recruit.example.co.uk")
    sent = at(2027, 3, 3, 10, 0, LON)
    st = at(2027, 3, 10, 9, 30, LON)
    yield case(
        f,
        "your_local_time",
        "en-GB",
        s,
        "Interview booked - Wednesday 9:30am",
        sent,
        "'Wednesday 10 March, 9:30am (your local time)': no zone stated; wall time, the Date "
        "offset (+00:00) is the reader's.",
        wall(st, None, sent),
        f"Hi Alex,\n\nYou're booked in with Sam on {en_day(st)} at 9:30am (your local time). "
        "He'll call you on WhatsApp.\n\nNadia\nMeridian Recruitment",
    )
    s = ("Toronto Office", "hello@maple-leaf-hr.example.ca")
    sent = at(2027, 8, 2, 10, 0, TOR)
    st = at(2027, 8, 5, 16, 0, TOR)
    said(st, "EDT")
    yield case(
        f,
        "pt_et_toronto",
        "en-CA",
        s,
        "Interview: 1pm PT / 4pm ET",
        sent,
        "'Thursday 5 August, 1pm PT / 4pm ET' to a candidate in Toronto: America/Toronto.",
        zoned(st, st + 60 * MIN, TOR),
        f"Hi Alex,\n\nThe Vancouver hiring manager will interview you on {en_day(st)}, 1pm PT "
        "/ 4pm ET, for an hour.\n\nMaple Leaf HR",
    )
    s = ("Global Talent Events", "events@orbit-careers.example.com")
    sent = at(2027, 6, 1, 9, 0, LON)
    ev = at(2027, 6, 10, 11, 0, LAX)
    yield case(
        f,
        "webinar_three_zones",
        "en",
        s,
        "Webinar: remote hiring in 2027 (11am PT / 2pm ET / 7pm BST)",
        sent,
        "Look-alike: a public webinar in three zones.",
        NEG,
        f"Join our live webinar on {en_day(ev)}: 11am PT / 2pm ET / 7pm BST.\n\nRegister: "
        "https://orbit-careers.example.com/webinar\n\nGlobal Talent Events",
    )


def shiftweek20() -> Iterator[Case]:
    f = "shiftweek20"
    s = ("Hannah Meyer", "hmeyer@lakeshore-pharma.example.com")
    sent = at(2027, 11, 5, 16, 0, NYC)
    st = at(2027, 11, 8, 9, 30, CHI)
    said(sent, "EDT")
    said(st, "CST")
    yield case(
        f,
        "us_november_central",
        "en-US",
        s,
        "Monday interview - 9:30 Central",
        sent,
        "Sent Friday 5 November from New York in EDT (-04:00); 'Monday, November 8 at 9:30am "
        "Central' is after the 7 November change: America/Chicago -06:00.",
        zoned(st, None, CHI),
        f"Hi Alex,\n\nYou're confirmed for {us_day(st)} at 9:30am Central with the Chicago "
        "plant manager. Clocks fall back this weekend.\n\nHannah Meyer\nLakeshore Pharma",
    )
    s = ("Tobias Franke", "tobias.franke@weser-logistik.example.de")
    sent = at(2027, 10, 29, 15, 0, BER)
    st = at(2027, 11, 2, 14, 0, BER)
    said(sent, "MESZ")
    said(st, "MEZ")
    yield case(
        f,
        "de_october_deutsche_zeit",
        "de",
        s,
        "Termin Dienstag",
        sent,
        "German, sent Friday 29 October in MESZ (+02:00): 'Dienstag, 2. November, 14:00 Uhr "
        "(deutsche Zeit)' is after the 31 October change: +01:00.",
        zoned(st, st + 60 * MIN, BER),
        f"Hallo Alex,\n\nwie besprochen: {de_day(st)}, 14:00 Uhr (deutsche Zeit), eine Stunde "
        "per Teams.\n\nGruß\nTobias Franke\nWeser Logistik, Bremen",
    )
    s = ("Liam O'Connor", "liam.oconnor@yarra-fintech.example.com.au")
    sent = at(2027, 9, 30, 12, 0, MEL)
    st = at(2027, 10, 5, 10, 0, MEL)
    said(sent, "AEST")
    said(st, "AEDT")
    yield case(
        f,
        "melbourne_october",
        "en-AU",
        s,
        "Interview Tuesday 5 Oct",
        sent,
        "Sent 30 September in AEST (+10:00); 'Tuesday 5 October, 10am Melbourne time' is "
        "after the 3 October change: +11:00.",
        zoned(st, None, MEL),
        f"Hi Alex,\n\nLocking in {en_day(st)}, 10am Melbourne time, at 8 Exhibition St.\n\nLiam",
    )
    s = ("Camila Soto", "camila.soto@patagonia-salmon.example.cl")
    sent = at(2027, 4, 1, 11, 0, SCL)
    st = at(2027, 4, 5, 9, 0, SCL)
    said(sent, "CLST")
    said(st, "CLT")
    yield case(
        f,
        "chile_april",
        "es-CL",
        s,
        "Entrevista lunes 5 de abril",
        sent,
        "Chile, sent 1 April in summer time (-03:00): 'lunes 5 de abril a las 9:00 (hora de "
        "Santiago)' is after the 4 April change: -04:00.",
        zoned(st, None, SCL),
        f"Hola Alex:\n\nTe esperamos el {es_day(st)} a las 9:00 (hora de Santiago; ojo que "
        "este fin de semana se atrasa el reloj) en Av. Providencia 1208.\n\nSaludos,\n"
        "Camila Soto",
    )
    s = ("Rewi Parata", "rewi@tasman-civil.example.co.nz")
    sent = at(2027, 9, 24, 10, 0, AKL)
    st = at(2027, 9, 29, 11, 0, AKL)
    said(sent, "NZST")
    said(st, "NZDT")
    yield case(
        f,
        "nz_september",
        "en-NZ",
        s,
        "Interview Wednesday",
        sent,
        "Sent 24 September in NZST (+12:00); 'Wednesday 29 Sept, 11am NZ time' is after the "
        "26 September change: +13:00.",
        zoned(st, None, AKL),
        "Kia ora Alex,\n\nWednesday 29 Sept, 11am NZ time at our Wellington office suits us. "
        "See you then.\n\nRewi Parata\nTasman Civil, Wellington",
    )
    s = ("Charlotte Hughes", "charlotte.hughes@ludgate-search.example.co.uk")
    sent = at(2027, 3, 11, 9, 0, LON)
    st = at(2027, 3, 16, 15, 0, NYC)
    said(st, "EDT")
    yield case(
        f,
        "new_york_time_from_london",
        "en-GB",
        s,
        "Interview with our New York client",
        sent,
        "Sent from London in GMT (+00:00): '3pm New York time on Tuesday 16 March' is "
        "America/New_York at -04:00 (after the US change), 19:00 in London.",
        zoned(st, None, NYC),
        f"Hi Alex,\n\nThe client in New York would like to meet you at 3pm New York time on "
        f"{en_day(st)} (that's 7pm here, as the US has already changed its clocks).\n\n"
        "Charlotte Hughes\nLudgate Search, London",
    )
    s = ("Kenta Ishii", "kenta.ishii@kurogane-steel.example.jp")
    sent = at(2027, 10, 27, 18, 0, TYO)
    st = at(2027, 11, 1, 10, 0, PAR)
    said(st, "CET")
    yield case(
        f,
        "cet_from_tokyo",
        "en",
        s,
        "Interview with Paris office",
        sent,
        "Sent from Tokyo (+09:00): 'Monday 1 November, 10:00 CET' with the Paris office: "
        "Europe/Paris after the 31 October change (+01:00).",
        zoned(st, st + 60 * MIN, PAR),
        f"Dear Alex,\n\nOur Paris office would like to interview you on {en_day(st)}, "
        "10:00-11:00 CET.\n\nBest regards,\nKenta Ishii\nKurogane Steel, Tokyo",
    )
    s = ("Webinars", "webinars@hireright-labs.example.com")
    sent = at(2027, 10, 28, 9, 0, LON)
    ev = at(2027, 11, 2, 14, 0, LON)
    said(ev, "GMT")
    yield case(
        f,
        "webinar_after_change",
        "en-GB",
        s,
        "Reminder: interview skills webinar Tuesday 2pm GMT",
        sent,
        "Look-alike: a webinar 'Tuesday 2 November, 2pm GMT' after the UK change.",
        NEG,
        f"Hello,\n\nReminder: our interview skills webinar is on {en_day(ev)} at 2pm GMT "
        "(the clocks go back this Sunday).\n\nJoin link: https://hireright-labs.example.com/"
        "w/skills\n\nWebinars team",
    )


def deadlines20() -> Iterator[Case]:
    f = "deadlines20"
    s = ("Graduate Recruitment", "grads@banksia-bank.example.com.au")
    sent = at(2027, 4, 1, 9, 0, SYD)
    dl = at(2027, 4, 8, 23, 59, SYD)
    said(dl, "AEST")
    yield case(
        f,
        "online_test_aest",
        "en-AU",
        s,
        "Next step: online assessment",
        sent,
        "Look-alike: an online test whose link closes 'Thursday 8 April, 11:59pm AEST'.",
        NEG,
        f"Hi Alex,\n\nCongratulations on progressing. Please complete the online assessment "
        f"by {en_day(dl)} at 11:59pm AEST.\n\nhttps://banksia-bank.example.com.au/assess\n\n"
        "Graduate Recruitment",
    )
    s = ("Recruiting", "jobs@stadtwerke-leuchtfeuer.example.de")
    sent = at(2027, 1, 20, 9, 0, BER)
    dl = at(2027, 2, 1, 12, 0, BER)
    said(dl, "MEZ")
    yield case(
        f,
        "bewerbungsschluss_mez",
        "de",
        s,
        "Erinnerung: Bewerbungsschluss",
        sent,
        "Look-alike: 'Bewerbungsschluss ist Montag, 1. Februar 2027, 12:00 Uhr MEZ'.",
        NEG,
        f"Hallo,\n\nBewerbungsschluss ist {de_day(dl)}, 12:00 Uhr MEZ. Danach können keine "
        "Unterlagen mehr hochgeladen werden.\n\nIhr Recruiting-Team",
    )
    s = ("Lumière Conseil", "evenements@lumiere-conseil.example.fr")
    sent = at(2027, 3, 1, 10, 0, PAR)
    ev = at(2027, 3, 9, 18, 30, PAR)
    said(ev, "CET")
    yield case(
        f,
        "webinaire_heure_de_paris",
        "fr",
        s,
        "Webinaire : découvrez nos métiers",
        sent,
        "Look-alike: a webinar 'mardi 9 mars 2027 à 18 h 30 (heure de Paris)' for all applicants.",
        NEG,
        f"Bonjour,\n\nDécouvrez nos métiers lors de notre webinaire le {fr_day(ev)} à 18 h 30 "
        "(heure de Paris).\n\nInscription : https://lumiere-conseil.example.fr/webinaire\n\n"
        "L'équipe Lumière Conseil",
    )
    s = ("Campus Team", "campus@straits-analytics.example.sg")
    sent = at(2027, 3, 2, 9, 0, SIN)
    ev = at(2027, 3, 11, 19, 0, SIN)
    said(ev, "SGT")
    yield case(
        f,
        "info_session_sgt",
        "en-SG",
        s,
        "Info session for shortlisted applicants",
        sent,
        "Look-alike: a group info session 'Thursday 11 March, 7pm SGT' for all shortlisted "
        "applicants; the interviews are to be scheduled later.",
        NEG,
        f"Hi all,\n\nAll shortlisted applicants are welcome to our online info session on "
        f"{en_day(ev)} at 7pm SGT. Individual interviews will be scheduled afterwards.\n\n"
        "Campus Team",
    )
    s = ("Career Fair", "fair@hudson-careers.example.com")
    sent = at(2027, 2, 1, 9, 0, NYC)
    ev = at(2027, 2, 18, 10, 0, NYC)
    said(ev, "EST")
    yield case(
        f,
        "job_fair_est",
        "en-US",
        s,
        "Virtual Career Fair - Feb 18, 10 AM EST",
        sent,
        "Look-alike: a virtual career fair 'Thursday, February 18, 2027, 10:00 AM - 3:00 PM EST'.",
        NEG,
        f"Don't miss our Virtual Career Fair on {us_day(ev)}, 10:00 AM - 3:00 PM EST. Meet "
        "40+ employers.\n\nRSVP: https://hudson-careers.example.com/fair\n\nHudson Careers",
    )
    s = ("Graduate Recruitment", "grads@banksia-bank.example.com.au")
    sent = at(2027, 4, 12, 9, 0, SYD)
    st = at(2027, 4, 19, 13, 0, SYD)
    said(st, "AEST")
    yield case(
        f,
        "control_assessment_centre_aest",
        "en-AU",
        s,
        "Invitation: assessment centre interview",
        sent,
        "Control in the same voice: 'Monday 19 April, 1:00pm - 2:00pm AEST' interview.",
        zoned(st, st + 60 * MIN, SYD),
        f"Hi Alex,\n\nWell done on the online assessment. We'd like to invite you to an "
        f"interview on {en_day(st)}, 1:00pm - 2:00pm AEST, at 1 Martin Place, Sydney.\n\n"
        "Graduate Recruitment",
    )
    s = ("Recruiting", "jobs@stadtwerke-leuchtfeuer.example.de")
    sent = at(2027, 2, 8, 9, 0, BER)
    st = at(2027, 2, 15, 10, 0, BER)
    said(st, "MEZ")
    yield case(
        f,
        "control_gespraech_mez",
        "de",
        s,
        "Einladung zum Gespräch",
        sent,
        "Control in the same voice: 'Montag, 15. Februar 2027, 10:00 Uhr MEZ' interview.",
        zoned(st, st + 60 * MIN, BER),
        f"Sehr geehrte Frau Morgan,\n\nwir laden Sie zu einem Vorstellungsgespräch am "
        f"{de_day(st)} um 10:00 Uhr MEZ ein (Dauer: eine Stunde).\n\nIhr Recruiting-Team",
    )


BUILDERS = [
    anz20,
    asiapac20,
    ist20,
    europe20,
    africagulf20,
    latam20,
    northam20,
    spelled20,
    winoffset20,
    twozones20,
    shiftweek20,
    deadlines20,
]

FIGURES = (
    "First sight (parser at main 9d91cdf5, before any change for this batch; quick.py on "
    "these files only). As first labelled, 13 labels carried an end where the mail states "
    "only a start or a loose length ('about an hour', 'около часа'); that broke this "
    "batch's own convention (prose19: loose lengths give no end), so it was corrected in "
    "dev and in two held-out labels (read from the build script, not from parser output) "
    "before anything else changed. With the labels as first written: dev text 48 of 61, "
    "held out 17 of 19. With the corrected labels: dev text invitations 58 of 61 right (56 "
    "with confidence >= 0.5), 0 of 13 dev look-alikes claimed; held out 18 of 19 right (18 "
    "sure), 0 of 3 look-alikes claimed; no calendar parts. Timezone key at first sight "
    "(labels that name one): dev 49 of 60, held out 13 of 18. Dev start misses: '10am AEST "
    "(Brisbane time)' in January read as Sydney (+11:00), '2:00 PM MST (Arizona time)' in "
    "June read as Denver (-06:00), and 'Fri 16 Apr 2027 14:30 +0530' (a bare four-digit "
    "offset, no bracket) read at the Date offset. Dev timezone misses with the right "
    "instant: 'GMT' from London and Dublin and 'GMT+5:30' or 'UTC+14' (fixed offsets, no "
    "IANA name), 'по МСК' (no name), CET from Amsterdam or Paris given as Europe/Berlin, "
    "'heure de l'Est' as America/New_York rather than Toronto, '3pm New York time' as "
    "Europe/London. After the batch's rule: dev 60 of 61 (58 sure), 0 of 13; timezone 51 "
    "of 60; held out 18 of 19 (18 sure), 0 of 3, timezone 13 of 18, unchanged. "
    "Whole corpus (quick.py; before: /work/main at b2b05b9c; after: this branch merged "
    "with main at b2b05b9c, rule in): dev text 2074 of 2099, sure 1850, false claims 20 of "
    "1645, calendar 348/348; held out text 908 of 972, 763 sure, 71/738 claimed, calendar "
    "110/111; shared 44/44 and fixtures 8/8 unchanged; cmp.py lists no BROKE line, held "
    "out better 1, worse 0; `pytest tests/parsing` 14800 passed."
)
RULES = """## Rules and their sources

- A standard-time abbreviation that a region without summer time also uses is that
  region's clock when the Date header shows that region's offset and not the usual zone's
  (`zone_words.py`, `NO_SUMMER_READINGS`, called from `in_context`): "10am AEST" from a
  sender on +10:00 in January is Australia/Brisbane (Sydney is on AEDT, +11:00), "2:00 PM
  MST" from a sender on -07:00 in June is America/Phoenix (Denver is on MDT). A Sydney
  or Denver sender on the summer clock who writes AEST or MST loosely keeps Sydney or
  Denver (tested). Sources: this batch's `anz20` (Brisbane, Queensland has no daylight
  saving) and `northam20` (Arizona, which does not observe it), two independent senders;
  the same reading the parser already gives IST, AST and CST by the sender's clock.
- Left alone: a bare '+0530' after a time (no bracket, no GMT/UTC) — one sender only,
  and the pattern also matches forward-header Date lines.
"""


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the zones20 batch (`build_zones20.py`)",
        "",
        "Interview invitations, confirmations and look-alikes with no calendar part whose "
        "time zone is written the way people and tools write it. All text is ours; people, "
        "companies, addresses and links are made up; Outlook/Windows zone display names "
        "('(UTC+05:45) Kathmandu', '(UTC-03:30) Newfoundland', '(UTC+01:00) Amsterdam, "
        "Berlin, Bern, Rome, Stockholm, Vienna', '(UTC-05:00) Eastern Time (US & Canada)', "
        "'(UTC+00:00) Dublin, Edinburgh, Lisbon, London') and Google Calendar's 'Pacific "
        "Time - Los Angeles' are written from memory (recalled). Every instant is computed "
        "with zoneinfo from the IANA zone the careful reader takes; every abbreviation or "
        "offset the text writes is checked against zoneinfo's offset for that instant "
        "(`said`), except where the mail writes a standard name in summer (CET in July, "
        "'Mountain Standard Time' in July, 'Mitteleuropäische Zeit' after the March change, "
        "Windows' standard-offset display names), where the writer means local time and the "
        "label says so. Labels carry `timezone` whenever the mail names a zone, a city or "
        "abbreviation that settles one IANA zone; IST is read by context (India by Bengaluru, "
        "Chennai, +91 or .in; Ireland by Dublin, +353 and summer; Israel by Tel Aviv, +972 and "
        "a Sunday working day); a bare 'Friday 3pm IST' with no city is settled by the Date "
        "header's +05:30 and the .co.in domain; GST beside Dubai is Gulf time. Two zones in "
        "one sentence are labelled in the reader's zone (the one the mail says the reader is "
        "in). An offset alone ('+0530' from a London server) gives the instant and no "
        "timezone; 'your local time' with no zone is wall time at the Date offset (tz_stated "
        "false). Labels were written before the parser was run on any message.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_zones20.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-zones20.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
