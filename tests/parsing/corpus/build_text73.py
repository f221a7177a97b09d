# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "text73" batch: hand-written interview invitations with no calendar part, in the
shapes held-out text families still miss or never tried: dotted clocks beside a date
('11.05–12.05 uur', 'kl. 14.30–15.15', 'klo 10.05'), Zulu, Xhosa and Swahili clocks ('ngo-14:00',
'ngo-2 ntambama', 'saa nane mchana'), moves asked as a question and times confirmed in replies,
Russian/Ukrainian/Polish city adjectives for zones ('по пражскому времени', 'czasu
londyńskiego'), offsets in parentheses ('(UTC+2) on Zoom') and an abbreviation contradicted by a
city ('3 PM EST (London)'), formal 'Se ha bisogno / Si necesita / Se precisar' sentences, short
mobile mails ('2pm tmrw', '14u', 'às 14h30', 'um halb drei', 'kwart over twee', 'fél háromkor'),
a date before a weekday in parentheses, ordinal days ('the 14th'), year-first CJK dates, the
Thai Buddhist year and the Solar Hijri date; beside look-alike controls from the same senders.

Run: .venv/bin/python tests/parsing/corpus/build_text73.py

All text is ours, written by hand with no template; people, companies and addresses are made
up. Labels come from the datetimes the text is written from (zoneinfo; the Solar Hijri date is
rendered by jdatetime from the label's day): a first invitation is `invitation`, a move
`reschedule` at the new slot, a move or slot only asked about keeps its kind and slot (README:
'A time only asked about'), the reader's own unanswered proposal and mails that set nothing
`not_invitation`. A zone named by a city's clock labels that zone; an offset or a contradicted
abbreviation labels only the instant; otherwise the wall time is read at the Date header's
offset (`tz_stated: false`). Labels were written before the parser was run on any message. A
seeded third is held out: file names sorted by the SHA-256 of the name, every third from the
first goes to heldout/ (family text73h), chosen before any parse. Deterministic; the script
deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import jdatetime

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
Case = pp.Case
FAMILY = "text73"
HELD_FAMILY = "text73h"
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template"
LIC = "text ours"
FAMILIES = {
    FAMILY: "Text invitations in shapes held-out text families miss: dotted clocks beside a date, "
    "Bantu and Swahili clocks, moves asked as questions and confirmed in replies, city-adjective "
    "zones, offsets in parentheses and contradicted abbreviations, formal 'Se ha bisogno' "
    "sentences, short mobile mails and spoken clocks, dates with a weekday in parentheses, "
    "ordinals, year-first CJK, Buddhist and Solar Hijri years; look-alike controls.",
    HELD_FAMILY: "The held-out third of text73, chosen by sha256 order of the file names before any parse.",
}
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ZONE = {
    "en-US": "America/New_York", "en-GB": "Europe/London", "en-IN": "Asia/Kolkata",
    "en-ZA": "Africa/Johannesburg", "en-KE": "Africa/Nairobi", "en-SG": "Asia/Singapore",
    "de": "Europe/Berlin", "de-AT": "Europe/Vienna", "fr": "Europe/Paris", "fr-CA": "America/Toronto",
    "es": "Europe/Madrid", "es-AR": "America/Argentina/Buenos_Aires", "it": "Europe/Rome",
    "nl": "Europe/Amsterdam", "nl-BE": "Europe/Brussels", "pt-BR": "America/Sao_Paulo",
    "pt-PT": "Europe/Lisbon", "pl": "Europe/Warsaw", "sv": "Europe/Stockholm",
    "da": "Europe/Copenhagen", "nb": "Europe/Oslo", "fi": "Europe/Helsinki", "et": "Europe/Tallinn",
    "hu": "Europe/Budapest", "tr": "Europe/Istanbul", "ru": "Europe/Moscow", "uk": "Europe/Kyiv",
    "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "zh": "Asia/Shanghai", "zh-TW": "Asia/Taipei",
    "th": "Asia/Bangkok", "fa": "Asia/Tehran", "id": "Asia/Jakarta", "ms": "Asia/Kuala_Lumpur",
    "vi": "Asia/Ho_Chi_Minh", "fil": "Asia/Manila", "zu": "Africa/Johannesburg",
    "xh": "Africa/Johannesburg", "sw": "Africa/Nairobi", "ca": "Europe/Madrid",
}  # fmt: skip
SENDER = {
    "en-US": ("Jordan Pike", "jordan.pike@hudsonvale-labs.example.com"),
    "en-GB": ("Fiona Marsh", "fiona.marsh@kestrel-bank.example.co.uk"),
    "en-IN": ("Ananya Iyer", "ananya.iyer@kaveri-systems.example.in"),
    "en-ZA": ("Thandi Nkosi", "thandi.nkosi@umgeni-tech.example.co.za"),
    "en-KE": ("Wanjiru Kamau", "wanjiru.kamau@rift-analytics.example.co.ke"),
    "en-SG": ("Rachel Tan", "rachel.tan@merlion-cloud.example.sg"),
    "de": ("Svenja Albers", "svenja.albers@weserdata.example.de"),
    "de-AT": ("Lukas Hofer", "lukas.hofer@innsoft.example.at"),
    "fr": ("Margaux Delorme", "margaux.delorme@loire-conseil.example.fr"),
    "fr-CA": ("Émilie Gagnon", "emilie.gagnon@saguenay-ti.example.ca"),
    "es": ("Lucía Ferrer", "lucia.ferrer@turia-digital.example.es"),
    "es-AR": ("Martina Sosa", "martina.sosa@pampa-datos.example.com.ar"),
    "it": ("Giulia Fabbri", "giulia.fabbri@adige-sistemi.example.it"),
    "nl": ("Anouk Jansen", "anouk.jansen@grachtwerk.example.nl"),
    "nl-BE": ("Wout Peeters", "wout.peeters@scheldedata.example.be"),
    "pt-BR": ("Beatriz Lima", "beatriz.lima@cerrado-tech.example.com.br"),
    "pt-PT": ("Rita Sousa", "rita.sousa@douro-digital.example.pt"),
    "pl": ("Magdalena Zając", "m.zajac@bugsoft.example.pl"),
    "sv": ("Linnea Holm", "linnea.holm@vattern-it.example.se"),
    "da": ("Sofie Dam", "sofie.dam@kattegat-data.example.dk"),
    "nb": ("Kari Nilsen", "kari.nilsen@trondelag-tek.example.no"),
    "fi": ("Laura Virtanen", "laura.virtanen@saimaa-soft.example.fi"),
    "et": ("Triin Kask", "triin.kask@emajogi-it.example.ee"),
    "hu": ("Nagy Réka", "nagy.reka@tisza-informatika.example.hu"),
    "tr": ("Zeynep Kaya", "zeynep.kaya@ege-yazilim.example.com.tr"),
    "ru": ("Анна Соколова", "anna.sokolova@volga-it.example.ru"),
    "uk": ("Марія Бондар", "mariia.bondar@karpaty-soft.example.ua"),
    "ja": ("田中 結衣", "yui.tanaka@sakura-system.example.jp"),
    "ko": ("이지은", "jieun.lee@busan-data.example.kr"),
    "zh": ("陈静", "jing.chen@changjiang-ai.example.cn"),
    "zh-TW": ("林怡君", "yijun.lin@yushan-tech.example.tw"),
    "th": ("สุดารัตน์ ศรีสุข", "sudarat.s@chaophraya-soft.example.co.th"),
    "fa": ("سارا احمدی", "sara.ahmadi@alborz-data.example.ir"),
    "id": ("Dewi Lestari", "dewi.lestari@merapi-digital.example.id"),
    "ms": ("Nurul Aisyah", "nurul.aisyah@klang-tech.example.my"),
    "vi": ("Trần Minh Anh", "minhanh.tran@mekong-soft.example.vn"),
    "fil": ("Maria Santos", "maria.santos@pasig-data.example.ph"),
    "zu": ("Nomvula Dlamini", "nomvula.dlamini@thukela-digital.example.co.za"),
    "xh": ("Siphokazi Mbeki", "siphokazi.mbeki@kei-systems.example.co.za"),
    "sw": ("Neema Mwangi", "neema.mwangi@kilima-tech.example.co.ke"),
    "ca": ("Núria Vidal", "nuria.vidal@llobregat-dades.example.cat"),
}  # fmt: skip
# Date header: Thursday 3 December 2026, 09:12 in the sender's zone
SENT = (2026, 12, 3, 9, 12)
Slot = tuple[int, int, int, int, int]
INV, R, N = "invitation", "reschedule", "not_invitation"

DOTTED = "A dotted clock (or span) beside a date written elsewhere in the sentence; the clock's minutes could be read as a month."
BANTU = "A Zulu, Xhosa or Swahili clock: prefixed 'ngo-' or in Swahili time ('saa nane mchana' is 14:00)."
ASKED = "A move or slot asked as a question, or a time confirmed in a reply over the quoted question (README: 'A time only asked about', 'Replies over a quoted time')."
CITYZONE = "A zone named by a city's adjective or genitive ('по пражскому времени', 'czasu londyńskiego'); the label is that city's zone."
OFFSET = "A numeric offset in parentheses in prose; the label is the instant only."
CONTRA = "A zone abbreviation contradicted by a city beside it; the label is the reading a careful person thinks likelier (the writer's own zone), but a reader should hold it for review."
FORMAL = "A formal third-person 'you' in a conditional sentence ('Se ha bisogno', 'Si necesita', 'Se precisar'), not another person."
MOBILE = "A short mail written on a phone: little punctuation, clocks like '2pm tmrw', '14u', 'às 14h30', spoken clocks ('halb drei', 'kwart over twee', 'fél háromkor')."
DATES = "A date shape: the weekday in parentheses after the date, an ordinal day, a year-first CJK date, a Thai Buddhist year, a Solar Hijri date."
CONTROL = "A look-alike from the same kind of sender: a deadline, a webinar, a reader's own proposal, a rejection, an office party (label: not_invitation)."


def d(day: int, hour: int, minute: int = 0, month: int = 12, year: int = 2026) -> Slot:
    return (year, month, day, hour, minute)


def _fixed(offset: str) -> timezone:
    sign = -1 if offset[0] == "-" else 1
    hours, minutes = offset[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


RAW: list[tuple[str, str, dict[str, object], bytes, str]] = []


def add(
    lang: str,
    name: str,
    subject: str,
    body: str,
    kind: str,
    slot: Slot,
    note: str,
    *,
    day: str,
    end: int = 0,
    zone: str | None = None,
    offset: str | None = None,
    sent_zone: str | None = None,
    sender: tuple[str, str] | None = None,
    to: tuple[str, str] = ME,
    reply_to: str = "",
) -> None:
    """One mail about the slot `slot`: wall time in `zone` (a zone the text names), at the
    fixed `offset` (the text gives an offset), else in the language's zone with the Date
    header's offset. `end`: minutes to an end the text states exactly."""
    key = f"{FAMILY} {lang} {name}"
    sent_at = datetime(*SENT, tzinfo=ZoneInfo(sent_zone or ZONE[lang]))
    tz: ZoneInfo | timezone
    tz = _fixed(offset) if offset else ZoneInfo(zone or ZONE[lang])
    start = datetime(*slot, tzinfo=tz)
    assert start > sent_at, key
    if DAYS[start.weekday()] != day:
        raise ValueError(f"{key}: {start:%Y-%m-%d} is a {DAYS[start.weekday()]}, not {day}")
    label: dict[str, object] = {"kind": kind}
    if kind != N:
        stop = start + timedelta(minutes=end) if end else None
        if offset:
            label.update(pp.timed(start, stop))
        elif zone:
            label.update(pp.timed(start, stop, zone=zone))
        else:
            label.update(pp.timed(start, stop, sent=sent_at))
    raw = pp.mail(
        key,
        sender=sender or SENDER[lang],
        to=to,
        subject=subject,
        sent=sent_at,
        text=body,
        reply_to_key=reply_to,
    )
    RAW.append((lang, name, label, raw, note))


def q(text: str) -> str:
    return pp.quote(text)


FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
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


def solar(slot: Slot) -> str:
    """The Solar Hijri day, month name and year of the slot's day, in Persian digits."""
    day = jdatetime.date.fromgregorian(date=datetime(*slot).date())
    return f"{day.day} {FA_MONTHS[day.month - 1]} {day.year}".translate(FA_DIGITS)


def dotted() -> None:
    add("nl", "van_tot_uur", "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nDank voor je sollicitatie. Graag nodig ik je uit voor een gesprek op woensdag 16 december van 11.05 – 12.05 uur op ons kantoor aan de Keizersgracht.\n\nMet vriendelijke groet,\nAnouk Jansen\nGrachtwerk", INV, d(16, 11, 5), DOTTED, day="Wed", end=60)  # fmt: skip
    add("nl", "datum_tijd_regels", "Gesprek Grachtwerk",
        "Hoi Alex,\n\nHierbij de gegevens voor ons gesprek:\n\nDatum: vrijdag 11 december\nTijd: 10.12 – 11.00 uur\nLocatie: Keizersgracht 88, Amsterdam\n\nTot dan!\nAnouk", INV, d(11, 10, 12), DOTTED, day="Fri", end=48)  # fmt: skip
    add("nl", "numerieke_datum", "Tweede gesprek",
        "Beste Alex,\n\nJe tweede gesprek staat gepland op 17-12-2026, 9.10 – 10.00 uur, met onze CTO.\n\nGroet,\nAnouk Jansen", INV, d(17, 9, 10), DOTTED, day="Thu", end=50)  # fmt: skip
    add("nl-BE", "om_u", "Uitnodiging",
        "Dag Alex,\n\nWe verwachten je op maandag 14/12 om 14.10 u in ons kantoor in Gent voor een kennismakingsgesprek.\n\nVriendelijke groeten,\nWout Peeters", INV, d(14, 14, 10), DOTTED, day="Mon")  # fmt: skip
    add("da", "kl_spaend", "Invitation til samtale",
        "Kære Alex\n\nTak for din ansøgning. Vi vil gerne invitere dig til samtale torsdag den 10. december kl. 14.30–15.15 hos os på Vesterbrogade.\n\nVenlig hilsen\nSofie Dam\nKattegat Data", INV, d(10, 14, 30), DOTTED, day="Thu", end=45)  # fmt: skip
    add("da", "dato_prik", "Samtale hos Kattegat Data",
        "Hej Alex\n\nSamtalen finder sted den 15.12. kl. 10.05-10.50 hos os i Aarhus. Du skal spørge efter Sofie i receptionen.\n\nMvh\nSofie", INV, d(15, 10, 5), DOTTED, day="Tue", end=45)  # fmt: skip
    add("da", "skraastreg", "Samtale",
        "Hej Alex\n\nVi ses tirsdag d. 8/12 kl. 9.10 til en kort snak med teamet.\n\nHilsen\nSofie", INV, d(8, 9, 10), DOTTED, day="Tue")  # fmt: skip
    add("nb", "kl_intervju", "Invitasjon til intervju",
        "Hei Alex,\n\nVi inviterer deg til intervju onsdag 9. desember kl. 13.05–14.00 på kontoret vårt i Trondheim.\n\nVennlig hilsen\nKari Nilsen", INV, d(9, 13, 5), DOTTED, day="Wed", end=55)  # fmt: skip
    add("nb", "to_prikker", "Intervju",
        "Hei Alex,\n\nIntervjuet blir onsdag 16.12. kl. 11.10–12.00. Ta gjerne med vitnemål.\n\nHilsen Kari", INV, d(16, 11, 10), DOTTED, day="Wed", end=50)  # fmt: skip
    add("nb", "tid_for_dato", "Intervju hos Trøndelag Tek",
        "Hei Alex,\n\nTid: kl. 08.10\nDato: fredag 18. desember\nSted: Kjøpmannsgata 12\n\nVelkommen!\nKari Nilsen", INV, d(18, 8, 10), DOTTED, day="Fri")  # fmt: skip
    add("fi", "klo_vali", "Kutsu haastatteluun",
        "Hei Alex,\n\nKiitos hakemuksestasi. Haastattelu on tiistaina 15.12. klo 10.05–11.00 toimistollamme Lappeenrannassa.\n\nTerveisin\nLaura Virtanen", INV, d(15, 10, 5), DOTTED, day="Tue", end=55)  # fmt: skip
    add("fi", "joulukuuta", "Haastattelu",
        "Hei Alex,\n\nTervetuloa haastatteluun maanantaina 14. joulukuuta klo 12.10. Varaa aikaa noin tunti.\n\nYstävällisin terveisin\nLaura", INV, d(14, 12, 10), DOTTED, day="Mon")  # fmt: skip
    add("fi", "torstaina", "Haastatteluaika",
        "Hei,\n\nSovitaan haastattelu torstaille 10.12. klo 9.10–10.00. Lähetän Teams-linkin edellisenä päivänä.\n\nLaura", INV, d(10, 9, 10), DOTTED, day="Thu", end=50)  # fmt: skip
    add("sv", "kl_tid", "Inbjudan till intervju",
        "Hej Alex!\n\nVälkommen på intervju måndag 14/12 kl. 10.10–11.00 hos oss i Jönköping.\n\nVänliga hälsningar\nLinnea Holm", INV, d(14, 10, 10), DOTTED, day="Mon", end=50)  # fmt: skip
    add("de-AT", "punkt_uhr", "Einladung zum Gespräch",
        "Sehr geehrte/r Alex Morgan,\n\nwir laden Sie am Dienstag, 15.12., von 11.05 bis 12.00 Uhr zu einem Gespräch in unser Büro in Innsbruck ein.\n\nMit freundlichen Grüßen\nLukas Hofer", INV, d(15, 11, 5), DOTTED, day="Tue", end=55)  # fmt: skip
    add("et", "kell", "Kutse vestlusele",
        "Tere Alex!\n\nKutsume Teid vestlusele kolmapäeval, 9. detsembril kell 14.10 meie Tartu kontoris.\n\nParimate soovidega\nTriin Kask", INV, d(9, 14, 10), DOTTED, day="Wed")  # fmt: skip
    add("tr", "nokta_saat", "Mülakat daveti",
        "Merhaba Alex,\n\nSizi 17.12.2026 Perşembe günü saat 14.05'te İzmir ofisimizde mülakata bekliyoruz.\n\nSaygılarımla,\nZeynep Kaya", INV, d(17, 14, 5), DOTTED, day="Thu")  # fmt: skip
    add("nl", "deadline_control", "Je sollicitatie",
        "Beste Alex,\n\nWil je uiterlijk vrijdag 11.12 om 12.00 uur je portfolio mailen? Daarna nemen we contact op over een eventueel gesprek.\n\nGroet,\nAnouk Jansen", N, d(11, 12), CONTROL, day="Fri")  # fmt: skip


def bantu() -> None:
    add("zu", "ngo_colon", "Isimemo sengxoxo yomsebenzi",
        "Sawubona Alex,\n\nSiyabonga ngesicelo sakho. Siyakumema engxoxweni yomsebenzi ngoLwesibili, 15 Disemba 2026, ngo-14:00 ehhovisi lethu eThekwini.\n\nNgiyabonga,\nNomvula Dlamini\nThukela Digital", INV, d(15, 14), BANTU, day="Tue")  # fmt: skip
    add("zu", "ntambama", "Ingxoxo yomsebenzi",
        "Sawubona Alex,\n\nIngxoxo izoba ngoLwesine mhla ziyi-10 kuDisemba ngo-2 ntambama. Sizokuthumelela isixhumanisi se-Teams.\n\nNomvula", INV, d(10, 14), BANTU, day="Thu")  # fmt: skip
    add("zu", "ekuseni_numeric", "Ingxoxo",
        "Sawubona,\n\nSicela uze ngomhla ka-16/12/2026 ngo-10:30 ekuseni, ubuze uNomvula endaweni yokwamukela.\n\nNgiyabonga\nNomvula Dlamini", INV, d(16, 10, 30), BANTU, day="Wed")  # fmt: skip
    add("xh", "ngo_kusasa", "Isimemo sodliwano-ndlebe",
        "Molo Alex,\n\nEnkosi ngesicelo sakho. Siyakumema kudliwano-ndlebe ngoLwesithathu, 9 Disemba 2026, ngo-11:00 kusasa, kwi-ofisi yethu eMonti.\n\nNdiyabulela,\nSiphokazi Mbeki", INV, d(9, 11), BANTU, day="Wed")  # fmt: skip
    add("xh", "emva_kwemini", "Udliwano-ndlebe",
        "Molo Alex,\n\nUdliwano-ndlebe lwakho luya kuba ngoLwesibini 15/12/2026 ngo-15:00 emva kwemini.\n\nSiphokazi", INV, d(15, 15), BANTU, day="Tue")  # fmt: skip
    add("sw", "saa_nane_mchana", "Mwaliko wa usaili",
        "Habari Alex,\n\nAsante kwa maombi yako. Tunakualika kwa usaili siku ya Jumanne, tarehe 15 Desemba 2026, saa nane mchana, katika ofisi zetu Westlands.\n\nWako,\nNeema Mwangi\nKilima Tech", INV, d(15, 14), BANTU, day="Tue")  # fmt: skip
    add("sw", "saa_tatu_asubuhi", "Usaili",
        "Habari Alex,\n\nUsaili utafanyika Alhamisi, 10 Desemba 2026, saa tatu asubuhi kupitia Zoom. Tutakutumia kiungo kesho.\n\nAsante,\nNeema", INV, d(10, 9), BANTU, day="Thu")  # fmt: skip
    add("sw", "na_nusu", "Usaili wako",
        "Habari,\n\nTumepanga usaili wako Ijumaa tarehe 11/12/2026 saa nane na nusu mchana. Tafadhali fika dakika kumi mapema.\n\nNeema Mwangi", INV, d(11, 14, 30), BANTU, day="Fri")  # fmt: skip
    add("sw", "saa_nne_asubuhi", "Mwaliko",
        "Habari Alex,\n\nTungependa kukutana nawe Jumatano, tarehe 16 Desemba, saa nne asubuhi ofisini kwetu Mombasa.\n\nNeema", INV, d(16, 10), BANTU, day="Wed")  # fmt: skip
    add("sw", "saa_tisa_alasiri", "Usaili wa pili",
        "Habari Alex,\n\nUsaili wa pili utakuwa Jumatatu, 14 Desemba 2026, saa tisa alasiri (15:00).\n\nNeema Mwangi", INV, d(14, 15), BANTU, day="Mon")  # fmt: skip
    add("en-KE", "swahili_time_aside", "Interview at Rift Analytics",
        "Hi Alex,\n\nYour interview is on Friday 18 December at 10:00 am (saa nne asubuhi) at our Upper Hill office.\n\nRegards,\nWanjiru Kamau", INV, d(18, 10), BANTU, day="Fri")  # fmt: skip
    add("en-ZA", "ngo_english", "Interview",
        "Hi Alex\n\nSharp, you're booked for Wednesday 16 December ngo-2 ntambama (14:00) at our Umhlanga office. Ask for Thandi.\n\nThanks\nThandi Nkosi", INV, d(16, 14), BANTU, day="Wed")  # fmt: skip
    add("sw", "deadline_control", "Maombi ya kazi",
        "Habari Alex,\n\nTafadhali tuma nakala za vyeti vyako kabla ya Ijumaa, 11 Desemba, saa nane mchana. Tutawasiliana nawe baadaye kuhusu usaili.\n\nNeema", N, d(11, 14), CONTROL, day="Fri")  # fmt: skip


def asked() -> None:
    add("en-US", "could_we_do_instead", "Tuesday's interview",
        "Hi Alex,\n\nSomething came up on our side for Tuesday, December 15 at 10:00 AM. Could we do Thursday, December 17 at 3 PM instead?\n\nThanks,\nJordan", R, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("en-US", "works_over_quoted", "Re: Could we do Thursday instead?",
        "Hi Alex,\n\nThursday at 3 works great - you're confirmed for Thursday, December 17 at 3:00 PM. Same Zoom link as before.\n\nJordan\n\nOn Wed, Dec 2, 2026 at 6:40 PM Alex Morgan <alex.morgan@mailbox.example> wrote:\n"
        + q("Hi Jordan,\n\nI'm travelling on Tuesday. Could we do Thursday at 3 instead?\n\nThanks,\nAlex"), INV, d(17, 15), ASKED, day="Thu", reply_to="text73 en-US own_ask")  # fmt: skip
    add("en-GB", "does_friday_suit", "Interview slot",
        "Hi Alex,\n\nWe've had to free up Wednesday morning. Would Friday 11 December at 2pm suit you instead of Wednesday 9 December at 10am?\n\nBest,\nFiona", R, d(11, 14), ASKED, day="Fri")  # fmt: skip
    add("en-GB", "confirmed_reply", "Re: Interview slot",
        "Hi Alex,\n\nLovely, that's booked: Friday 11 December, 2pm, at our Canary Wharf office. See you then.\n\nFiona\n\nOn 2 Dec 2026, at 17:05, Alex Morgan wrote:\n"
        + q("Hi Fiona,\n\nFriday at 2pm would be perfect for me, if that's still free?\n\nAlex"), INV, d(11, 14), ASKED, day="Fri")  # fmt: skip
    add("de", "passt_stattdessen", "Unser Termin am Dienstag",
        "Hallo Alex,\n\nleider kann ich am Dienstag, 15. Dezember, um 10 Uhr doch nicht. Würde Ihnen stattdessen Donnerstag, der 17. Dezember, um 15 Uhr passen?\n\nViele Grüße\nSvenja Albers", R, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("de", "passt_uns_reply", "AW: Termin",
        "Hallo Alex,\n\nDonnerstag, 17.12., um 15 Uhr passt uns gut. Dann bis Donnerstag bei uns in Bremen!\n\nViele Grüße\nSvenja Albers\n\nAm 02.12.2026 um 18:21 schrieb Alex Morgan:\n"
        + q("Hallo Frau Albers,\n\nwäre auch Donnerstag um 15 Uhr möglich?\n\nBeste Grüße\nAlex Morgan"), INV, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("fr", "pourrions_nous_plutot", "Notre entretien",
        "Bonjour Alex,\n\nUn imprévu m'empêche d'être disponible mardi 15 décembre à 10 h. Pourrions-nous plutôt faire jeudi 17 décembre à 15 h ?\n\nBien cordialement,\nMargaux Delorme", R, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("fr", "c_est_note", "RE: Entretien",
        "Bonjour Alex,\n\nC'est noté pour mercredi 16 décembre à 11 h, dans nos locaux de Nantes. À bientôt !\n\nMargaux\n\nLe 2 déc. 2026 à 17:48, Alex Morgan a écrit :\n"
        + q("Bonjour Madame Delorme,\n\nMercredi à 11 h me conviendrait très bien, est-ce possible ?\n\nCordialement,\nAlex Morgan"), INV, d(16, 11), ASKED, day="Wed")  # fmt: skip
    add("es", "te_vendria_bien", "Cambio de hora",
        "Hola Alex:\n\n¿Te vendría bien el jueves 17 de diciembre a las 16:00 en lugar del martes 15 a las 10:00? Nos ha surgido una reunión.\n\nUn saludo,\nLucía", R, d(17, 16), ASKED, day="Thu")  # fmt: skip
    add("es", "queda_confirmado", "RE: Entrevista",
        "Hola Alex:\n\nPerfecto, queda confirmado el viernes 18 de diciembre a las 12:30 en nuestra oficina de Valencia.\n\nUn saludo,\nLucía Ferrer\n\nEl mié, 2 dic 2026 a las 19:02, Alex Morgan escribió:\n"
        + q("Hola Lucía:\n\n¿Podría ser el viernes a las 12:30?\n\nGracias,\nAlex"), INV, d(18, 12, 30), ASKED, day="Fri")  # fmt: skip
    add("it", "confermo_reply", "R: Colloquio",
        "Buongiorno Alex,\n\nconfermo giovedì 17 dicembre alle 15, presso la nostra sede di Trento.\n\nCordiali saluti,\nGiulia Fabbri\n\nIl giorno mer 2 dic 2026 alle ore 18:30 Alex Morgan ha scritto:\n"
        + q("Buongiorno,\n\nsarebbe possibile giovedì pomeriggio verso le 15?\n\nGrazie,\nAlex"), INV, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("nl", "zou_ook_kunnen", "Ons gesprek",
        "Hoi Alex,\n\nDinsdag 15 december om 10.00 uur lukt ons helaas niet meer. Zou donderdag 17 december om 15.00 uur ook kunnen?\n\nGroet,\nAnouk", R, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("pt-BR", "fechado_reply", "Re: Entrevista",
        "Oi Alex,\n\nFechado: quinta, 17/12, às 15h, no nosso escritório da Faria Lima. Até lá!\n\nBeatriz\n\nEm qua., 2 de dez. de 2026 às 18:10, Alex Morgan escreveu:\n"
        + q("Oi Beatriz,\n\nQuinta às 15h seria possível?\n\nAbs,\nAlex"), INV, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("pl", "potwierdzam_reply", "Odp: Rozmowa",
        "Dzień dobry,\n\npotwierdzam rozmowę w czwartek 17 grudnia o 15:00 w naszym biurze w Lublinie.\n\nPozdrawiam\nMagdalena Zając\n\nW dniu 2.12.2026 o 18:44 Alex Morgan pisze:\n"
        + q("Dzień dobry,\n\nczy mógłbym przyjść w czwartek o 15:00?\n\nAlex Morgan"), INV, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("ja", "ikaga_deshou", "面接日程のご相談",
        "Alex様\n\n大変恐縮ですが、12月15日（火）10時の面接を、12月17日（木）15時に変更していただくことは可能でしょうか。\n\nよろしくお願いいたします。\n田中 結衣", R, d(17, 15), ASKED, day="Thu")  # fmt: skip
    add("en-US", "own_ask", "Could we do Thursday instead?",
        "Hi Jordan,\n\nI'm travelling on Tuesday, December 15. Could we do Thursday, December 17 at 3 PM instead?\n\nThanks,\nAlex", N, d(17, 15), CONTROL, day="Thu", sender=ME, to=SENDER["en-US"])  # fmt: skip
    add("de", "eigene_frage", "Terminvorschlag",
        "Hallo Frau Albers,\n\nam Dienstag bin ich leider verhindert. Wäre auch Donnerstag, 17. Dezember, um 15 Uhr möglich?\n\nBeste Grüße\nAlex Morgan", N, d(17, 15), CONTROL, day="Thu", sender=ME, to=SENDER["de"])  # fmt: skip


def city_zones() -> None:
    add("ru", "prazhskomu", "Приглашение на собеседование",
        "Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование с командой нашего пражского офиса в четверг, 17 декабря, в 11:00 по пражскому времени. Ссылку на Zoom пришлём накануне.\n\nС уважением,\nАнна Соколова", INV, d(17, 11), CITYZONE, day="Thu", zone="Europe/Prague")  # fmt: skip
    add("ru", "tokiyskomu", "Собеседование",
        "Алекс, добрый день!\n\nСобеседование с японскими коллегами назначено на вторник, 15 декабря, на 10:00 по токийскому времени.\n\nАнна", INV, d(15, 10), CITYZONE, day="Tue", zone="Asia/Tokyo")  # fmt: skip
    add("ru", "tashkentskomu", "Интервью",
        "Здравствуйте!\n\nЖдём вас на интервью в среду, 16 декабря, в 14:00 по ташкентскому времени в нашем офисе на Амира Темура.\n\nАнна Соколова", INV, d(16, 14), CITYZONE, day="Wed", zone="Asia/Tashkent")  # fmt: skip
    add("ru", "tbilisskomu", "Собеседование",
        "Алекс, здравствуйте!\n\nВстреча с тимлидом пройдёт в пятницу, 11 декабря, в 12:30 по тбилисскому времени.\n\nАнна", INV, d(11, 12, 30), CITYZONE, day="Fri", zone="Asia/Tbilisi")  # fmt: skip
    add("ru", "londonskomu", "Собеседование с лондонским офисом",
        "Здравствуйте, Алекс!\n\nСобеседование назначено на понедельник, 14 декабря, в 16:00 по лондонскому времени.\n\nС уважением,\nАнна Соколова", INV, d(14, 16), CITYZONE, day="Mon", zone="Europe/London")  # fmt: skip
    add("ru", "nyu_yorkskomu", "Интервью",
        "Алекс, добрый день!\n\nИнтервью с американской командой — четверг, 10 декабря, 9:30 по нью-йоркскому времени.\n\nАнна", INV, d(10, 9, 30), CITYZONE, day="Thu", zone="America/New_York")  # fmt: skip
    add("ru", "vebinar_control", "Вебинар для кандидатов",
        "Здравствуйте!\n\nПриглашаем всех кандидатов на открытый вебинар о стажировках во вторник, 15 декабря, в 11:00 по московскому времени. Регистрация по ссылке на сайте.\n\nКоманда Volga IT", N, d(15, 11), CONTROL, day="Tue")  # fmt: skip
    add("uk", "varshavskym", "Запрошення на співбесіду",
        "Добрий день, Алексе!\n\nЗапрошуємо вас на співбесіду в середу, 16 грудня, о 14:00 за варшавським часом.\n\nЗ повагою,\nМарія Бондар", INV, d(16, 14), CITYZONE, day="Wed", zone="Europe/Warsaw")  # fmt: skip
    add("uk", "prazkym", "Співбесіда",
        "Алексе, добрий день!\n\nСпівбесіда з празькою командою відбудеться у вівторок, 15 грудня, о 10:30 за празьким часом.\n\nМарія", INV, d(15, 10, 30), CITYZONE, day="Tue", zone="Europe/Prague")  # fmt: skip
    add("uk", "londonskym", "Співбесіда",
        "Добрий день!\n\nЧекаємо на вас у четвер, 17 грудня, о 15:00 за лондонським часом (онлайн, Teams).\n\nМарія Бондар", INV, d(17, 15), CITYZONE, day="Thu", zone="Europe/London")  # fmt: skip
    add("pl", "warszawskiego", "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nzapraszamy na rozmowę online we wtorek 15 grudnia o 10:00 czasu warszawskiego.\n\nPozdrawiam\nMagdalena Zając", INV, d(15, 10), CITYZONE, day="Tue", zone="Europe/Warsaw", sent_zone="Europe/London")  # fmt: skip
    add("pl", "londynskiego", "Rozmowa z zespołem w Londynie",
        "Dzień dobry,\n\nrozmowa z zespołem z Londynu odbędzie się w czwartek 10 grudnia o 9:00 czasu londyńskiego.\n\nPozdrawiam\nMagdalena Zając", INV, d(10, 9), CITYZONE, day="Thu", zone="Europe/London")  # fmt: skip
    add("pl", "kijowskiego", "Rozmowa",
        "Dzień dobry,\n\nzapraszamy na rozmowę w piątek 18 grudnia o 16:00 czasu kijowskiego.\n\nMagdalena", INV, d(18, 16), CITYZONE, day="Fri", zone="Europe/Kyiv")  # fmt: skip
    add("pl", "nowojorskiego", "Rozmowa z oddziałem w USA",
        "Dzień dobry,\n\nrozmowa z naszym oddziałem w USA: poniedziałek 14 grudnia, godz. 9:00 czasu nowojorskiego.\n\nPozdrawiam\nMagdalena Zając", INV, d(14, 9), CITYZONE, day="Mon", zone="America/New_York")  # fmt: skip
    add("pl", "termin_control", "Rekrutacja",
        "Dzień dobry,\n\nprzypominamy, że zgłoszenia przyjmujemy do 15 grudnia do godz. 23:59 czasu warszawskiego. O rozmowach poinformujemy osobno.\n\nZespół Bugsoft", N, d(15, 23, 59), CONTROL, day="Tue")  # fmt: skip


def offsets() -> None:
    add("en-GB", "utc_plus2_zoom", "Interview with our Athens team",
        "Hi Alex,\n\nThanks for your application. The Athens team would like to meet you on Tuesday 15 December at 14:00 (UTC+2) on Zoom. The link follows tomorrow.\n\nBest,\nFiona Marsh", INV, d(15, 14), OFFSET, day="Tue", offset="+02:00")  # fmt: skip
    add("en-GB", "gmt_minus5_teams", "Interview",
        "Hi Alex,\n\nYour call with the Toronto hiring manager is on Thursday 10 December, 3:30 PM (GMT-5) via Teams.\n\nFiona", INV, d(10, 15, 30), OFFSET, day="Thu", offset="-05:00")  # fmt: skip
    add("en-SG", "utc_530", "Interview with Merlion Cloud",
        "Dear Alex,\n\nOur Bengaluru lead will interview you on Wednesday, 16 December at 11:00 AM (UTC+5:30) on Google Meet.\n\nRegards,\nRachel Tan", INV, d(16, 11), OFFSET, day="Wed", offset="+05:30")  # fmt: skip
    add("de", "utc_plus1_zoom", "Einladung",
        "Hallo Alex,\n\nwir sprechen am Montag, 14. Dezember, um 10:00 Uhr (UTC+1) per Zoom.\n\nViele Grüße\nSvenja Albers", INV, d(14, 10), OFFSET, day="Mon", offset="+01:00", sent_zone="Europe/London")  # fmt: skip
    add("fr", "utc_moins5", "Entretien avec l'équipe de Montréal",
        "Bonjour Alex,\n\nL'équipe de Montréal vous propose un entretien le vendredi 11 décembre à 9 h 30 (UTC−5) sur Teams.\n\nCordialement,\nMargaux Delorme", INV, d(11, 9, 30), OFFSET, day="Fri", offset="-05:00")  # fmt: skip
    add("es", "utc_menos3_meet", "Entrevista con Buenos Aires",
        "Hola Alex:\n\nLa entrevista con el equipo de Buenos Aires será el miércoles 9 de diciembre a las 10:00 (UTC-3) por Google Meet.\n\nSaludos,\nLucía", INV, d(9, 10), OFFSET, day="Wed", offset="-03:00")  # fmt: skip
    add("pt-PT", "utc_mais1", "Entrevista",
        "Olá Alex,\n\nA entrevista com a equipa de Madrid fica marcada para terça-feira, 15 de dezembro, às 16h00 (UTC+1), por Teams.\n\nCumprimentos,\nRita Sousa", INV, d(15, 16), OFFSET, day="Tue", offset="+01:00")  # fmt: skip
    add("en-US", "est_london", "Interview with our London team",
        "Hi Alex,\n\nYou're confirmed for a video interview with Priya from our London team on Wednesday, December 16 at 3 PM EST (London).\n\nBest,\nJordan Pike", INV, d(16, 15), CONTRA, day="Wed", offset="-05:00")  # fmt: skip
    add("de", "cet_new_york", "Interview mit dem US-Team",
        "Hallo Alex,\n\nIhr Gespräch mit Kollegen aus dem US-Team ist am Donnerstag, 17. Dezember, um 16:00 Uhr CET (New York).\n\nViele Grüße\nSvenja Albers", INV, d(17, 16), CONTRA, day="Thu", offset="+01:00")  # fmt: skip
    add("en-GB", "gmt_sydney", "Interview",
        "Hi Alex,\n\nYour interview with the Sydney office is set for Friday 18 December at 9am GMT (Sydney).\n\nFiona", INV, d(18, 9), CONTRA, day="Fri", offset="+00:00")  # fmt: skip


def formal() -> None:
    add("it", "se_ha_bisogno_spostare", "Convocazione a colloquio",
        "Gentile Alex Morgan,\n\nil colloquio si terrà martedì 15 dicembre alle ore 10:30 presso la nostra sede di Trento, via Manci 14.\n\nSe ha bisogno di spostare l'appuntamento, ci scriva pure a questo indirizzo.\n\nCordiali saluti,\nGiulia Fabbri\nUfficio Personale", INV, d(15, 10, 30), FORMAL, day="Tue")  # fmt: skip
    add("it", "se_ha_bisogno_indicazioni", "Colloquio conoscitivo",
        "Gentile Alex,\n\nLa aspettiamo giovedì 10 dicembre alle 14:30 per un colloquio conoscitivo. Se ha bisogno di indicazioni per raggiungerci, mi chiami pure al numero in firma.\n\nCordialmente,\nGiulia Fabbri", INV, d(10, 14, 30), FORMAL, day="Thu")  # fmt: skip
    add("it", "qualora_rifiuto_control", "Esito della selezione",
        "Gentile Alex,\n\nLa ringraziamo per il colloquio. Purtroppo abbiamo deciso di proseguire con altri candidati. Se ha bisogno di un riscontro più dettagliato, possiamo sentirci lunedì 14 dicembre alle 11:00.\n\nCordiali saluti,\nGiulia Fabbri", N, d(14, 11), CONTROL, day="Mon")  # fmt: skip
    add("es", "si_necesita_cambiar", "Citación para entrevista",
        "Estimado/a Alex Morgan:\n\nLe convocamos a una entrevista el miércoles 16 de diciembre a las 9:30 en nuestras oficinas de la calle Colón, 22.\n\nSi necesita cambiar la hora, le rogamos que nos avise con antelación.\n\nAtentamente,\nLucía Ferrer\nRecursos Humanos", INV, d(16, 9, 30), FORMAL, day="Wed")  # fmt: skip
    add("es", "si_necesita_informacion", "Entrevista",
        "Estimado Alex:\n\nLe esperamos el viernes 11 de diciembre a las 12:00 para la entrevista final. Si necesita más información, no dude en ponerse en contacto con nosotros.\n\nUn cordial saludo,\nLucía Ferrer", INV, d(11, 12), FORMAL, day="Fri")  # fmt: skip
    add("pt-BR", "se_precisar_remarcar", "Convite para entrevista",
        "Prezado Alex,\n\nGostaríamos de convidá-lo para uma entrevista na segunda-feira, 14 de dezembro, às 10h, em nosso escritório em Goiânia.\n\nSe precisar de remarcar, basta responder a este e-mail.\n\nAtenciosamente,\nBeatriz Lima", INV, d(14, 10), FORMAL, day="Mon")  # fmt: skip
    add("pt-PT", "se_precisar_informacao", "Entrevista",
        "Caro Alex,\n\nA sua entrevista ficou marcada para quinta-feira, 17 de dezembro, às 14h30, no nosso escritório do Porto. Se precisar de alguma informação adicional, disponha.\n\nCom os melhores cumprimentos,\nRita Sousa", INV, d(17, 14, 30), FORMAL, day="Thu")  # fmt: skip
    add("ca", "si_necessita", "Entrevista",
        "Benvolgut Alex,\n\nL'esperem dimarts 15 de desembre a les 11:00 a les nostres oficines de Terrassa. Si necessita canviar l'hora, faci'ns-ho saber.\n\nCordialment,\nNúria Vidal", INV, d(15, 11), FORMAL, day="Tue")  # fmt: skip


def mobile() -> None:
    add("en-US", "2pm_tmrw", "interview",
        "hi alex interview confirmed 2pm tmrw at our office 40 hudson st ask for jordan at the front desk see u then\n\nsent from my iphone", INV, d(4, 14), MOBILE, day="Fri")  # fmt: skip
    add("en-US", "thurs_10th", "all set",
        "all set for thurs the 10th 11am w/ our cto. zoom link to follow\n\nJ", INV, d(10, 11), MOBILE, day="Thu")  # fmt: skip
    add("en-GB", "half_two", "Thursday",
        "Hi Alex just confirming we'll see you at half two on Thursday 10th at the Leeds office. Fiona x", INV, d(10, 14, 30), MOBILE, day="Thu")  # fmt: skip
    add("fr", "demain_14_h_30", "rdv",
        "Bonjour Alex rdv confirmé demain à 14 h 30 à l'agence de Nantes bonne journée\n\nEnvoyé de mon iPhone", INV, d(4, 14, 30), MOBILE, day="Fri")  # fmt: skip
    add("fr-CA", "jeudi_14h", "Entrevue",
        "Allo Alex on se voit jeudi le 10 à 14h pour l'entrevue au bureau de Chicoutimi merci", INV, d(10, 14), MOBILE, day="Thu")  # fmt: skip
    add("pt-BR", "as_14h30", "entrevista",
        "oi alex ta confirmada sua entrevista sexta 11/12 às 14h30 no escritório da paulista qualquer coisa me chama no whats", INV, d(11, 14, 30), MOBILE, day="Fri")  # fmt: skip
    add("es", "martes_16h", "entrevista",
        "hola alex te esperamos el martes 15 a las 16h en la oficina de ruzafa, pregunta por Lucía", INV, d(15, 16), MOBILE, day="Tue")  # fmt: skip
    add("es-AR", "14_hs", "Entrevista",
        "Hola Alex! Te confirmo la entrevista el miércoles 9/12 a las 14 hs en la oficina de Palermo. Saludos!", INV, d(9, 14), MOBILE, day="Wed")  # fmt: skip
    add("nl-BE", "om_14u", "gesprek",
        "dag alex gesprek staat vrijdag 11/12 om 14u bij ons in Gent tot dan Wout", INV, d(11, 14), MOBILE, day="Fri")  # fmt: skip
    add("nl", "kwart_over_twee", "Donderdag",
        "Hoi Alex, we zien je donderdag 10 december om kwart over twee op kantoor. Groetjes Anouk", INV, d(10, 14, 15), MOBILE, day="Thu")  # fmt: skip
    add("nl", "half_drie", "gesprek",
        "Hoi Alex! Gesprek is dinsdag 8 december om half drie bij ons op de zaak. Tot dan", INV, d(8, 14, 30), MOBILE, day="Tue")  # fmt: skip
    add("de", "halb_drei", "Mittwoch",
        "Hallo Alex, wir sehen uns also am Mittwoch, 9. Dezember, um halb drei bei uns im Büro. LG Svenja\n\nVon meinem iPhone gesendet", INV, d(9, 14, 30), MOBILE, day="Wed")  # fmt: skip
    add("de-AT", "viertel_drei", "Termin",
        "Hallo Alex, Gespräch ist am Freitag 11.12. um viertel nach zwei bei uns in der Maria-Theresien-Straße. Lg Lukas", INV, d(11, 14, 15), MOBILE, day="Fri")  # fmt: skip
    add("hu", "fel_haromkor", "Interjú",
        "Szia Alex! Akkor december 10-én, csütörtökön fél háromkor várunk az irodában. Üdv, Réka", INV, d(10, 14, 30), MOBILE, day="Thu")  # fmt: skip
    add("hu", "negyed_negykor", "Interjú",
        "Szia Alex, az interjú kedden, december 15-én negyed négykor lesz a szegedi irodánkban. Réka", INV, d(15, 15, 15), MOBILE, day="Tue")  # fmt: skip
    add("it", "alle_14_e_30", "colloquio",
        "Ciao Alex ti aspettiamo giovedì 17 alle 14 e 30 in ufficio a Trento a presto Giulia", INV, d(17, 14, 30), MOBILE, day="Thu")  # fmt: skip
    add("it", "tre_e_mezza", "Colloquio",
        "Ciao Alex, confermato martedì 15 dicembre alle tre e mezza del pomeriggio. Giulia", INV, d(15, 15, 30), MOBILE, day="Tue")  # fmt: skip
    add("pt-PT", "as_14h30", "Entrevista",
        "Olá Alex, fica confirmada a entrevista na quarta, dia 16, às 14h30 no escritório do Porto. Rita", INV, d(16, 14, 30), MOBILE, day="Wed")  # fmt: skip
    add("sv", "halv_tre", "Intervju",
        "Hej Alex! Vi ses på onsdag 9 december kl halv tre på kontoret. /Linnea", INV, d(9, 14, 30), MOBILE, day="Wed")  # fmt: skip
    add("pl", "wpol_do_trzeciej", "Rozmowa",
        "Cześć Alex, widzimy się w piątek 11 grudnia o wpół do trzeciej w biurze. Magda", INV, d(11, 14, 30), MOBILE, day="Fri")  # fmt: skip
    add("tr", "yarin_saat", "Mülakat",
        "Merhaba Alex yarın saat 14.30'da ofiste görüşmek üzere Zeynep", INV, d(4, 14, 30), MOBILE, day="Fri")  # fmt: skip
    add("id", "besok_jam_2_siang", "Interview",
        "Halo Alex, interview besok jam 2 siang di kantor kami di Sudirman ya. Thanks, Dewi", INV, d(4, 14), MOBILE, day="Fri")  # fmt: skip
    add("ms", "esok_pukul_3_petang", "Temu duga",
        "Hai Alex, temu duga esok pukul 3 petang di pejabat kami di Bangsar. Terima kasih, Nurul", INV, d(4, 15), MOBILE, day="Fri")  # fmt: skip
    add("vi", "chieu_mai", "Phỏng vấn",
        "Chào Alex, hẹn bạn phỏng vấn lúc 2 giờ chiều mai tại văn phòng quận 1 nhé. Minh Anh", INV, d(4, 14), MOBILE, day="Fri")  # fmt: skip
    add("fil", "bukas_2pm", "Interview",
        "Hi Alex, confirmed na yung interview mo bukas ng 2pm sa office namin sa Ortigas. Salamat! Maria", INV, d(4, 14), MOBILE, day="Fri")  # fmt: skip
    add("hu", "karacsonyi_control", "Karácsonyi ebéd",
        "Sziasztok! A céges karácsonyi ebéd december 18-án, pénteken fél háromkor lesz a Duna étteremben. Réka", N, d(18, 14, 30), CONTROL, day="Fri")  # fmt: skip


def dates() -> None:
    add("en-IN", "date_weekday_paren", "Interview schedule - Kaveri Systems",
        "Dear Alex,\n\nYour technical interview is scheduled on 15th December (Tuesday) at 11:30 AM at our Chennai office, Guindy.\n\nRegards,\nAnanya Iyer\nTalent Acquisition", INV, d(15, 11, 30), DATES, day="Tue")  # fmt: skip
    add("en-IN", "numeric_weekday_paren", "Interview",
        "Dear Alex,\n\nKindly be available on 16.12.2026 (Wed) at 3:00 PM for the HR round on Teams.\n\nThanks & regards,\nAnanya Iyer", INV, d(16, 15), DATES, day="Wed")  # fmt: skip
    add("de", "datum_wochentag_klammer", "Vorstellungsgespräch",
        "Hallo Alex,\n\nwir freuen uns, Sie am 15.12. (Dienstag) um 10 Uhr in Bremen zu begrüßen.\n\nViele Grüße\nSvenja Albers", INV, d(15, 10), DATES, day="Tue")  # fmt: skip
    add("fr", "date_jour_parentheses", "Entretien",
        "Bonjour Alex,\n\nJe vous confirme notre entretien le 16/12 (mercredi) à 10h dans nos locaux.\n\nCordialement,\nMargaux Delorme", INV, d(16, 10), DATES, day="Wed")  # fmt: skip
    add("es", "fecha_dia_parentesis", "Entrevista",
        "Hola Alex:\n\nTe citamos el 16 de diciembre (miércoles) a las 12:00 en la oficina.\n\nSaludos,\nLucía", INV, d(16, 12), DATES, day="Wed")  # fmt: skip
    add("it", "data_giorno_parentesi", "Colloquio",
        "Buongiorno Alex,\n\nLe confermo il colloquio il 17/12 (giovedì) alle 11.\n\nCordiali saluti,\nGiulia Fabbri", INV, d(17, 11), DATES, day="Thu")  # fmt: skip
    add("pt-BR", "dia_semana_parenteses", "Entrevista",
        "Olá Alex,\n\nSua entrevista será no dia 15/12 (terça-feira) às 10h, por Google Meet.\n\nAbraços,\nBeatriz", INV, d(15, 10), DATES, day="Tue")  # fmt: skip
    add("en-US", "weekday_numeric_paren", "Interview",
        "Hi Alex,\n\nLet's lock in Thursday (12/10) at 2pm for your onsite. I'll send the address shortly.\n\nJordan", INV, d(10, 14), DATES, day="Thu")  # fmt: skip
    add("en-US", "ordinal_14th", "Next round",
        "Hi Alex,\n\nGreat news - the team wants to move you to the final round. You're booked for Monday the 14th at 11am with our VP of Engineering.\n\nJordan", INV, d(14, 11), DATES, day="Mon")  # fmt: skip
    add("en-GB", "ordinal_on_the_9th", "Interview",
        "Hi Alex,\n\nWe'd like to see you on the 9th at 4pm at our Bristol office, if that suits. It's a one-hour chat with Sam and me.\n\nFiona", INV, d(9, 16), DATES, day="Wed")  # fmt: skip
    add("en-US", "december_10th_paren", "Interview",
        "Hi Alex,\n\nYour interview is confirmed for December 10th (Thursday) at 1:30 PM.\n\nBest,\nJordan", INV, d(10, 13, 30), DATES, day="Thu")  # fmt: skip
    add("ja", "year_first", "面接のご案内",
        "Alex様\n\n面接日時：2026年12月15日（火）午後2時～3時\n場所：弊社本社（東京都千代田区）\n\nよろしくお願いいたします。\n田中 結衣", INV, d(15, 14), DATES, day="Tue", end=60)  # fmt: skip
    add("zh", "year_first", "面试邀请",
        "Alex 您好：\n\n诚邀您于2026年12月16日（星期三）下午3点到我司参加面试。\n\n陈静\n长江智能", INV, d(16, 15), DATES, day="Wed")  # fmt: skip
    add("ko", "year_first", "면접 안내",
        "Alex님 안녕하세요.\n\n면접 일정은 2026년 12월 17일(목) 오후 2시입니다. 부산 본사 3층으로 오시면 됩니다.\n\n이지은 드림", INV, d(17, 14), DATES, day="Thu")  # fmt: skip
    add("zh-TW", "slash_year_first", "面試通知",
        "Alex 您好：\n\n面試時間：2026/12/16（三）下午 2:00\n地點：台北市信義區松仁路 100 號\n\n林怡君", INV, d(16, 14), DATES, day="Wed")  # fmt: skip
    add("th", "buddhist_year", "เชิญสัมภาษณ์งาน",
        "เรียน คุณ Alex\n\nบริษัทขอเรียนเชิญท่านเข้าสัมภาษณ์งานในวันอังคารที่ 15 ธันวาคม 2569 เวลา 14.00 น. ณ สำนักงานสีลม\n\nขอแสดงความนับถือ\nสุดารัตน์ ศรีสุข", INV, d(15, 14), DATES, day="Tue")  # fmt: skip
    add("th", "buddhist_numeric", "นัดสัมภาษณ์",
        "เรียน คุณ Alex\n\nนัดสัมภาษณ์วันที่ 16/12/2569 เวลา 10:30 น. ทาง Zoom\n\nสุดารัตน์", INV, d(16, 10, 30), DATES, day="Wed")  # fmt: skip
    add("th", "deadline_control", "ประกาศรับสมัครงาน",
        "เรียน ผู้สมัครทุกท่าน\n\nบริษัทจะปิดรับสมัครในวันศุกร์ที่ 18 ธันวาคม 2569 เวลา 17.00 น. ผู้ผ่านการคัดเลือกจะได้รับการติดต่อเพื่อนัดสัมภาษณ์ต่อไป\n\nฝ่ายบุคคล", N, d(18, 17), CONTROL, day="Fri")  # fmt: skip
    add("fa", "solar_hijri", "دعوت به مصاحبه",
        f"سلام Alex عزیز،\n\nاز شما برای مصاحبه در روز سه‌شنبه {solar(d(15, 10))} ساعت ۱۰:۰۰ در دفتر تهران دعوت می‌کنیم.\n\nبا احترام\nسارا احمدی", INV, d(15, 10), DATES, day="Tue")  # fmt: skip
    add("fa", "solar_hijri_no_year", "مصاحبه",
        f"سلام،\n\nمصاحبه شما چهارشنبه {solar(d(16, 14)).rsplit(' ', 1)[0]} ساعت ۱۴ برگزار می‌شود.\n\nسارا احمدی", INV, d(16, 14), DATES, day="Wed")  # fmt: skip
    add("ja", "setsumeikai_control", "会社説明会のご案内",
        "就職活動中の皆様\n\n2026年12月18日（金）14時より、オンライン会社説明会を開催いたします。お申し込みは採用サイトからお願いいたします。\n\nさくらシステム 採用担当", N, d(18, 14), CONTROL, day="Fri")  # fmt: skip


BUILDERS = [dotted, bantu, asked, city_zones, offsets, formal, mobile, dates]

FIGURES: tuple[str, ...] = (
    "First sight (main 9f627bb7 with this batch, before any parser change; quick.py): dev text "
    "right 70/81 (sure 55), look-alikes claimed 0/4; held out text73h text right 32/37 (sure "
    "26), claimed 1/6, not looked at. Dev misses: dotted clock spans beside a dotted or "
    "slashed date in fi ('15.12. klo 10.05–11.00', '14. joulukuuta klo 12.10'), nb ('16.12. "
    "kl. 11.10–12.00') and sv ('14/12 kl. 10.10–11.00') read no time at all; Russian "
    "'по токийскому времени', 'по тбилисскому времени' and Ukrainian 'за празьким часом' left "
    "at the sender's zone; Zulu 'ngo-2 ntambama' and 'ngo-10:30 ekuseni' after 'ngomhla "
    "ka-16/12/2026', and Vietnamese '2 giờ chiều mai' read no time. Unsure but right: the "
    "asked moves (en, en-GB, de, ja, as intended), both contradicted abbreviations (0.45, as "
    "intended), and mobile mails with no interview word ('half two', 'demain à 14 h 30', "
    "'kwart over twee', 'halb drei', 'ngo-14:00').",
    "",
    "After the parser change (tests/parsing/test_text73_clocks_zones.py; when_dates: a "
    "dotted pair right after a word said only before a clock is that clock; zone_words: "
    "Russian/Ukrainian city adjectives with a changed last sound, Polish city adjectives; "
    "when_lines: Zulu/Xhosa prefixes joined to a number by a hyphen): dev text right 80/81 "
    "(sure 63), look-alikes claimed 0/4; held out text73h 35/37 (sure 29), claimed 1/6. "
    "Whole corpus (quick.py, main 9f627bb7 vs this branch): WORSE 0, no other file or "
    "held-out family changed. Left alone: Vietnamese '2 giờ chiều mai' ('mai' alone for "
    "tomorrow after a part of the day; one language only); the Zulu 'ingxoxo yomsebenzi' "
    "(job interview) is no interview word yet, so 'ngo-14:00' reads right but unsure; "
    "mobile mails with no interview word stay under 0.5; asked moves and contradicted "
    "abbreviations stay under 0.5 by design.",
    "",
)


def cases() -> list[Case]:
    RAW.clear()
    for build in BUILDERS:
        build()
    names = [f"{FAMILY}__{lang}_{name}.eml" for lang, name, *_ in RAW]
    assert len(set(names)) == len(names)
    held = pp.held_names(names)
    out = []
    for (lang, name, label, raw, note), filename in zip(RAW, names, strict=True):
        heldout = filename in held
        out.append(
            Case(
                HELD_FAMILY if heldout else FAMILY,
                "heldout" if heldout else "dev",
                f"{lang}_{name}",
                raw,
                label,
                lang,
                note,
                OURS,
                LIC,
            )
        )
    return out


def provenance(items: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        f"# Provenance of the {FAMILY} batch (`build_{FAMILY}.py`)",
        "",
        "Hand-written interview invitations, moves and confirmations with no calendar part, in "
        "shapes held-out text families still miss or never tried: dotted clocks beside a date "
        "written elsewhere in the sentence (nl, nl-BE, da, nb, fi, sv, de-AT, et, tr), Zulu, "
        "Xhosa and Swahili clocks ('ngo-14:00', 'ngo-2 ntambama', 'saa nane mchana' = 14:00, "
        "'saa tatu asubuhi' = 09:00), moves asked as a question and times confirmed in replies "
        "over the candidate's quoted question, zones named by a city's adjective or genitive "
        "in ru, uk, pl, offsets in parentheses ('(UTC+2) on Zoom'), zone abbreviations "
        "contradicted by a city ('3 PM EST (London)': labelled at the writer's own zone, which "
        "the abbreviation names, and expected to go to review), formal 'Se ha bisogno / Si "
        "necesita / Se precisar / Si necessita' sentences, short mobile mails and spoken clocks "
        "('2pm tmrw', '14u', '14 hs', 'às 14h30', 'à 14 h 30', 'alle 14 e 30', 'um halb drei', "
        "'kwart over twee', 'half drie', 'fél háromkor', 'negyed négykor', 'halv tre', 'wpół do "
        "trzeciej', 'half two', 'jam 2 siang', 'pukul 3 petang', '2 giờ chiều mai'), dates with "
        "the weekday in parentheses after them, ordinal days ('Monday the 14th'), year-first "
        "CJK dates, the Thai Buddhist year (2569) and the Solar Hijri date (rendered by "
        "jdatetime from the label's day); beside look-alike controls (deadlines, a webinar, "
        "an info session, an office lunch, a rejection offering a feedback call, the reader's "
        "own unanswered proposals). All text is ours, written by hand with no template; "
        "people, companies and addresses are made up. Every label was written from the "
        "datetimes the text is written from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family {HELD_FAMILY} (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rules used (README conventions): a first invitation is `invitation`; a move "
        "with the old slot named is `reschedule` at the new slot, also when only asked as a "
        "question ('A time only asked about' keeps the slot; the parser should hold it under "
        "0.5); a reply confirming the time the candidate's quoted question asked about is an "
        "`invitation` at that slot; the reader's own unanswered proposal, deadlines, webinars, "
        "info sessions, an office lunch and a rejection are `not_invitation`. A city's clock "
        "('по пражскому времени', 'czasu londyńskiego') labels that city's IANA zone; an offset "
        "labels the instant only; a contradicted abbreviation labels the instant of the "
        "abbreviation (the writer's own zone) with no zone; otherwise wall time at the Date "
        "header's offset with `tz_stated: false`. Mails are sent on Thursday 3 December 2026, "
        "09:12 in the sender's zone ('tomorrow' is Friday 4 December). Spoken clocks are read "
        "in the afternoon as a Dutch, German, Hungarian, Scandinavian or Polish reader would "
        "('half drie', 'halb drei', 'fél három', 'halv tre', 'wpół do trzeciej' = 14:30).",
        "",
        *FIGURES,
        f"Regenerate with `.venv/bin/python tests/parsing/corpus/build_{FAMILY}.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, f"PROVENANCE-{FAMILY}.md", provenance(items))
    held = sum(item.split == "heldout" for item in items)
    print(f"{len(items)} messages; {held} held out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
