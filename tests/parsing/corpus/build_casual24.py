"""Write the "casual24" batch: hand-typed interview mail from hiring managers, founders,
recruiters and agency consultants, and look-alikes in the same voices.

Run: .venv/bin/python tests/parsing/corpus/build_casual24.py

New writers typing on phones and in webmail, with the shapes casual21 and typos20 did not
use: 'wed 3p', 'this thu @ 2:30 my time (pacific)', 'quarter past ten tmrw', 'Monday week,
half 2', '1430 thurs London time', 'next tuesday from 2 till 3', 'day after tomorrow at
noon', 'tmrw 3-3:45 EST' in June (local time meant), agency mail with signatures full of
digits and quoted history below, 'übermorgen 15 Uhr', 'Do um viertel nach 10', 'nächsten
Dienstag 14h30', 'pasado mañana a las 12', 'el martes que viene a las 4 y media de la
tarde', 'après-demain 14h30', 'jeudi prochain à 10h15', 'overmorgen om kwart over 10',
'volgende week dinsdag om 14.00', 'depois de amanhã às 14h', 'terça que vem às 10h30',
'dopodomani alle 15', 'martedì prossimo alle 11 e mezza'. About one mail in three is a
look-alike: a coffee chat that already happened, lunch with friends, a dentist, 'let's find
a time' with none, an 'eod' deadline. Every label comes from the datetimes the text is
rendered from (weekdays typed in the text are checked by `at`) and was written before the
parser was run on the message; the split was fixed before then too. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only
its own families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime
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
    "hand-written; hiring managers, founders, recruiters and agency consultants typing in a "
    "hurry on phones and in webmail; phone footers written from memory of the clients; " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}
IPHONE = "\n\nSent from my iPhone"
ANDROID = "\n\nGet Outlook for Android"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "usfound24": "dev",
    "gbhm24": "dev",
    "agency24": "dev",
    "auin24": "dev",
    "dehand24": "dev",
    "esinf24": "dev",
    "frdec24": "dev",
    "nlinf24": "dev",
    "ptbr24": "dev",
    "itinf24": "dev",
    "usrec24": "heldout",
    "eumix24": "heldout",
    "casneg24": "heldout",
}

SOURCES = {
    "usfound24": "US founders in lowercase: 'wed 3p works', 'this thu @ 2:30 my time "
    "(pacific)', 'tmrw 3-3:45 EST' written in June, 'day after tomorrow at noon'; look-alikes: "
    "a coffee chat that already happened and 'let's find a time next wk'.",
    "gbhm24": "UK hiring managers: 'quarter past ten tmrw', 'Monday week, half 2', '1430 "
    "thurs London time', 'next tuesday from 2 till 3'; look-alike: Saturday lunch with "
    "friends.",
    "agency24": "Agency consultants (UK, US) with long signatures (phone numbers, office "
    "hours) and quoted history below: 'tmrw 10.15-11am', 'wed @ 1430 ET', 'thurs 3ish'; "
    "look-alikes: 'let's find a time - send me 3-4 slots' and a CV due 'by eod thurs'.",
    "auin24": "Australian and Indian recruiters: 'this thu 2.30pm AEST' from Brisbane, "
    "'noon tmrw perth time', 'next tuesday 11am IST', 'day after tomorrow 4 pm IST'; "
    "look-alike: a dentist's text about a moved appointment.",
    "dehand24": "German casual register: 'übermorgen 15 Uhr', 'Do um viertel nach 10', "
    "'nächsten Dienstag 14h30', 'morgen von 14 bis 15 Uhr'; look-alikes: a dentist reminder "
    "from family and 'war nett gestern beim Kaffee'.",
    "esinf24": "Spanish: 'pasado mañana a las 12', 'el martes que viene a las 4 y media de la "
    "tarde', 'mañana de 3 a 4'; look-alikes: Saturday lunch at a friend's and thanks for "
    "yesterday's coffee.",
    "frdec24": "French: 'après-demain 14h30', 'jeudi prochain à 10h15', 'mar 12/01 de 14h à "
    "15h', 'demain midi'; look-alike: 'on se cale un créneau la semaine pro ?'.",
    "nlinf24": "Dutch: 'overmorgen om kwart over 10', 'volgende week dinsdag om 14.00', "
    "'morgen van 3 tot 4'; look-alikes: a dentist reminder and a Friday lunch with friends.",
    "ptbr24": "Brazilian Portuguese: 'depois de amanhã às 14h', 'terça que vem às 10h30', "
    "'amanhã das 15h às 16h, horário de Brasília'; look-alikes: 'o papo de ontem foi ótimo' "
    "and a Saturday lunch.",
    "itinf24": "Italian: 'dopodomani alle 15', 'martedì prossimo alle 11 e mezza', 'domani "
    "dalle 14 alle 15'; look-alikes: a Saturday lunch and 'sentiamoci la prossima settimana'.",
    "usrec24": "US and Canadian recruiters: 'tmrw 2ish ET', 'next tuesday at noon pacific', "
    "'this thurs 10:30 eastern for an hour', '11-11:30 EST' in June; look-alike: thanks for "
    "this morning's coffee.",
    "eumix24": "European writers naming zones casually: '3pm your time (CET)', 'jeudi 10h "
    "heure française', 'morgen om half 2', 'a las 17h hora española', 'Di, 12.1., 9.30 bis "
    "10.15 Uhr'.",
    "casneg24": "Look-alikes only, in en, de, fr, nl and pt-BR: a dentist's moved cleaning, "
    "thanks after a coffee, 'wann passt's dir nächste Woche?', a Saturday lunch, thanks for "
    "yesterday's interview, 'me passa tua disponibilidade'.",
}

NY, LA, TOR, LON = "America/New_York", "America/Los_Angeles", "America/Toronto", "Europe/London"
BNE, PER, KOL = "Australia/Brisbane", "Australia/Perth", "Asia/Kolkata"
BER, MAD, PAR, AMS = "Europe/Berlin", "Europe/Madrid", "Europe/Paris", "Europe/Amsterdam"
SAO, ROM = "America/Sao_Paulo", "Europe/Rome"


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
    reply: bool = False,
) -> Case:
    """One direct plain-text mail."""
    raw = mail(
        f"casual24/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        reply_to_key=f"casual24/{family}/{name}/parent" if reply else "",
    )
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def zoned(start: datetime, end: datetime | None, zone: str) -> dict[str, object]:
    return slot(start, end, zone=zone)


def wall(start: datetime, end: datetime | None, sent: datetime) -> dict[str, object]:
    return slot(start, end, sent=sent)


def instant(start: datetime, end: datetime | None = None) -> dict[str, object]:
    """A zone word naming more than one IANA zone: the instant is pinned, the zone is not."""
    return slot(start, end)


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday typed in a look-alike's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


ALEX = "Alex Morgan <alex.morgan@mailbox.example>"


# --------------------------------------------------------------------------------------
def usfound24() -> Iterator[Case]:
    f = "usfound24"
    s = ("Nate Okafor", "nate@tidepool-labs.example.io")
    sent = at(2026, 12, 7, 9, 12, LA, "Mon")
    st = at(2026, 12, 9, 15, 0, LA, "Wed")
    yield case(
        f,
        "wed_3p",
        "en-US",
        s,
        "quick chat",
        sent,
        "'wed 3p works for me, i'll send a zoom': Wednesday 9 Dec 15:00; no zone word; '30 min "
        "tops' gives no end.",
        wall(st, None, sent),
        "hey alex - loved ur portfolio. wed 3p works for me, i'll send a zoom. we'll keep it "
        "short, 30 min tops\n\n- nate\nfounder, tidepool" + IPHONE,
    )
    s2 = ("Priya Raman", "priya@lumenstack.example.com")
    sent = at(2026, 12, 7, 13, 40, LA, "Mon")
    st = at(2026, 12, 10, 14, 30, LA, "Thu")
    yield case(
        f,
        "this_thu_230_my_time",
        "en-US",
        s2,
        "next step",
        sent,
        "One slot offered as a question: 'can u do this thu @ 2:30 my time (pacific)?': "
        "Thursday 10 Dec 14:30 Los Angeles.",
        zoned(st, None, LA),
        "hi alex, thx for the take-home, really nice work. can u do this thu @ 2:30 my time "
        "(pacific)? it'd be me and our first eng, ~45 mins. if not lmk and we'll shuffle\n\n"
        "priya",
    )
    s3 = ("Marcus Bell", "marcus@fernbrook.example.com")
    sent = at(2027, 6, 8, 18, 5, NY, "Tue")
    st = at(2027, 6, 9, 15, 0, NY, "Wed")
    yield case(
        f,
        "tmrw_3_345_est_june",
        "en-US",
        s3,
        "tmrw",
        sent,
        "'tmrw 3-3:45 EST, me + our cto' written in June: the writer's local Eastern time; "
        "Wednesday 9 Jun 15:00-15:45 New York.",
        zoned(st, at(2027, 6, 9, 15, 45, NY), NY),
        "alex - we're good for tmrw 3-3:45 EST, me + our cto. google meet link: "
        "meet.example.com/fnb-qrst-uvw\n\nmarcus" + IPHONE,
    )
    s4 = ("Dana Whitfield", "dana@kiteline.example.co")
    sent = at(2027, 1, 11, 10, 30, NY, "Mon")
    st = at(2027, 1, 13, 12, 0, NY, "Wed")
    yield case(
        f,
        "day_after_tomorrow_noon",
        "en-US",
        s4,
        "let's talk",
        sent,
        "'let's do day after tomorrow at noon, i'll call ur cell': Wednesday 13 Jan 12:00; no "
        "zone word; 'about an hour' gives no end.",
        wall(st, None, sent),
        "alex!! great to hear back. let's do day after tomorrow at noon, i'll call ur cell. "
        "should take about an hour, bring questions\n\ndana\nceo @ kiteline",
    )
    sent = at(2026, 12, 10, 16, 20, LA, "Thu")
    yield case(
        f,
        "coffee_already",
        "en-US",
        s,
        "thx!",
        sent,
        "Look-alike: 'great coffee chat yesterday at 3!': a meeting that already happened.",
        NEG,
        "great coffee chat yesterday at 3! thanks for making the time. will circle back w/ "
        "next steps after i talk to the team\n\nnate" + IPHONE,
    )
    sent = at(2026, 12, 11, 11, 0, LA, "Fri")
    yield case(
        f,
        "find_a_time",
        "en-US",
        s2,
        "chat more?",
        sent,
        "Look-alike: 'let's find a time next wk to chat more - what does ur cal look like?'; "
        "no time set.",
        NEG,
        "hey - let's find a time next wk to chat more about the role. what does ur cal look "
        "like? mornings are easier for me\n\npriya",
    )


def gbhm24() -> Iterator[Case]:
    f = "gbhm24"
    s = ("Tom Ashby", "tom.ashby@greyfinch.example.co.uk")
    sent = at(2026, 12, 2, 16, 40, LON, "Wed")
    st = at(2026, 12, 3, 10, 15, LON, "Thu")
    yield case(
        f,
        "quarter_past_ten_tmrw",
        "en-GB",
        s,
        "tomorrow",
        sent,
        "'can you do quarter past ten tmrw?' (one slot offered): Thursday 3 Dec 10:15; no "
        "zone word; 'no more than an hour' gives no end.",
        wall(st, None, sent),
        "Hi Alex, quick one - can you do quarter past ten tmrw? Ravi and I will be in the "
        "Shoreditch office, ask for me at reception. Shouldn't take more than an hour.\n\n"
        "Cheers\nTom\n\nTom Ashby | Engineering Manager | Greyfinch\nMob: 07700 900461",
    )
    s2 = ("Fiona Kerr", "fiona.kerr@tallyhouse.example.co.uk")
    sent = at(2026, 12, 2, 11, 5, LON, "Wed")
    st = at(2026, 12, 14, 14, 30, LON, "Mon")
    yield case(
        f,
        "monday_week_half_2",
        "en-GB",
        s2,
        "Re: second stage",
        sent,
        "'Monday week, half 2, over Teams' written on Wednesday 2 Dec: a week after the coming "
        "Monday, Monday 14 Dec 14:30; no zone word.",
        wall(st, None, sent),
        "Sorry for the slow reply Alex. Monday week, half 2, over Teams - does that work? "
        "I'll pop the invite over once you say yes. It'll be me and Graham from finance.\n\n"
        "F" + IPHONE,
        reply=True,
    )
    s3 = ("Owen Pryce", "owen.pryce@marlowbridge.example.com")
    sent = at(2026, 12, 7, 8, 50, LON, "Mon")
    st = at(2026, 12, 10, 14, 30, LON, "Thu")
    yield case(
        f,
        "1430_thurs_london",
        "en-GB",
        s3,
        "panel",
        sent,
        "'1430 thurs London time works for the panel': Thursday 10 Dec 14:30 London; '45 "
        "mins or so' gives no end.",
        zoned(st, None, LON),
        "Alex - 1430 thurs London time works for the panel, 45 mins or so. I'll send the "
        "Teams link tonight.\n\nOwen\n\nOwen Pryce\nHead of Data, Marlowbridge\n"
        "+44 20 7946 0781",
    )
    s4 = ("Hannah Doyle", "hannah@pennyworth-design.example.co.uk")
    sent = at(2026, 12, 4, 15, 10, LON, "Fri")
    st = at(2026, 12, 8, 14, 0, LON, "Tue")
    yield case(
        f,
        "next_tue_2_till_3",
        "en-GB",
        s4,
        "Tuesday",
        sent,
        "'we're on for next tuesday from 2 till 3' written on a Friday: Tuesday 8 Dec "
        "14:00-15:00; no zone word.",
        wall(st, at(2026, 12, 8, 15, 0, LON), sent),
        "hi alex, great - we're on for next tuesday from 2 till 3 at our Leeds office (2nd "
        "floor, buzz Pennyworth). bring a couple of projects to talk through\n\nhannah",
    )
    s5 = ("Jamie Fox", "jamie.fox88@mailbox.example.co.uk")
    sent = at(2026, 12, 9, 19, 30, LON, "Wed")
    chk(2026, 12, 12, "Sat")
    yield case(
        f,
        "lunch_friends_sat",
        "en-GB",
        s5,
        "sat?",
        sent,
        "Look-alike: 'lunch sat at 1 at the Crown? few of the old lot are coming': a friend's "
        "lunch.",
        NEG,
        "alright mate, lunch sat at 1 at the Crown? few of the old lot are coming, would be "
        "good to see you. shout if you can't make it\n\nJ" + IPHONE,
    )


def agency24() -> Iterator[Case]:
    f = "agency24"
    s = ("Gemma Holt", "gemma.holt@brookvale-rec.example.co.uk")
    sent = at(2027, 1, 4, 15, 20, LON, "Mon")
    st = at(2027, 1, 5, 10, 15, LON, "Tue")
    sig = (
        "\n\nKind regards,\nGemma\n\nGemma Holt | Senior Consultant | Brookvale Recruitment\n"
        "T: 020 7946 0123 | M: 07700 900 218\nOffice hours Mon-Fri 8.30-5.30"
    )
    yield case(
        f,
        "tmrw_1015_11",
        "en-GB",
        s,
        "RE: Halden - 1st stage",
        sent,
        "'Halden have come back and confirmed tmrw 10.15-11am' over the candidate's quoted "
        "'any time Tues morning' and a signature with office hours: Tuesday 5 Jan 10:15-11:00; "
        "no zone word.",
        wall(st, at(2027, 1, 5, 11, 0, LON), sent),
        thread(
            "Hi Alex,\n\nGreat news - Halden have come back and confirmed tmrw 10.15-11am at "
            "their Canary Wharf office. Ask for Sophie Marr at reception. Good luck!" + sig,
            (
                f"On Sat, 2 Jan 2027 at 11:02, {ALEX} wrote:",
                "Hi Gemma, thanks - I can do any time Tues morning, or Weds after 2.\nAlex",
            ),
        ),
        reply=True,
    )
    s2 = ("Carlos Mendez", "cmendez@northpeak-staffing.example.com")
    sent = at(2027, 1, 11, 9, 45, NY, "Mon")
    st = at(2027, 1, 13, 14, 30, NY, "Wed")
    yield case(
        f,
        "wed_1430_et",
        "en-US",
        s2,
        "onsite wed",
        sent,
        "'they want you in wed @ 1430 ET for the onsite, plan for about 3 hrs': Wednesday 13 "
        "Jan 14:30 New York; the length gives no end.",
        zoned(st, None, NY),
        "Alex - they want you in wed @ 1430 ET for the onsite, plan for about 3 hrs. 250 "
        "Hudson St, 9th fl, bring ID for the front desk.\n\nCarlos Mendez\nSr. Technical "
        "Recruiter | Northpeak Staffing\nc: (212) 555-0147\nAvailable M-F 8am-6pm ET" + ANDROID,
    )
    sent = at(2026, 12, 14, 12, 10, NY, "Mon")
    st = at(2026, 12, 17, 15, 0, NY, "Thu")
    yield case(
        f,
        "thurs_3ish_booked",
        "en-US",
        s2,
        "Re: hiring mgr call",
        sent,
        "'hiring mgr said thurs 3ish works, i told her yes so you're booked' over the "
        "candidate's quoted offer: Thursday 17 Dec 15:00; no zone word.",
        wall(st, None, sent),
        thread(
            "hiring mgr said thurs 3ish works, i told her yes so you're booked. she'll call "
            "your cell.\n\nCarlos" + ANDROID,
            (
                f"On Sun, Dec 13, 2026 at 8:15 PM {ALEX} wrote:",
                "Hi Carlos, I'm free thurs afternoon or fri before noon.\nAlex",
            ),
        ),
        reply=True,
    )
    sent = at(2027, 1, 6, 10, 0, LON, "Wed")
    yield case(
        f,
        "find_a_time_slots",
        "en-GB",
        s,
        "Halden - next stage",
        sent,
        "Look-alike: 'let's find a time - send me 3-4 slots that work next week'; no time set.",
        NEG,
        "Hi Alex,\n\nThey'd like to meet you again! Let's find a time - send me 3-4 slots "
        "that work next week and I'll take it from there." + sig,
    )
    sent = at(2026, 12, 15, 9, 30, NY, "Tue")
    chk(2026, 12, 17, "Thu")
    yield case(
        f,
        "cv_by_eod",
        "en-US",
        s2,
        "cv",
        sent,
        "Look-alike: 'can you send the updated cv by eod thurs? then i'll push for a slot': a "
        "document deadline.",
        NEG,
        "hey alex, can you send the updated cv by eod thurs? then i'll push for a slot with "
        "the panel\n\nCarlos\nc: (212) 555-0147",
    )


def auin24() -> Iterator[Case]:
    f = "auin24"
    s = ("Kylie Brennan", "kylie@coralbay-tech.example.com.au")
    sent = at(2026, 12, 7, 11, 0, BNE, "Mon")
    st = at(2026, 12, 10, 14, 30, BNE, "Thu")
    yield case(
        f,
        "this_thu_230_aest",
        "en-AU",
        s,
        "chat thurs",
        sent,
        "Brisbane sender: 'this thu 2.30pm AEST suits, i'll ring you': Thursday 10 Dec 14:30 "
        "Brisbane; 'about 45 mins' gives no end.",
        zoned(st, None, BNE),
        "hey alex, this thu 2.30pm AEST suits - i'll ring you on your mobile. about 45 mins, "
        "pretty relaxed\n\nkylie\nCoral Bay Tech, Fortitude Valley QLD",
    )
    s2 = ("Liam Shaw", "liam.shaw@goldfields-eng.example.com.au")
    sent = at(2026, 12, 2, 15, 30, PER, "Wed")
    st = at(2026, 12, 3, 12, 0, PER, "Thu")
    yield case(
        f,
        "noon_tmrw_perth",
        "en-AU",
        s2,
        "tmrw",
        sent,
        "'noon tmrw perth time works, come to the Murray St office': Thursday 3 Dec 12:00 Perth.",
        zoned(st, None, PER),
        "Alex - noon tmrw perth time works, come to the Murray St office, level 6. ask for "
        "me\n\nLiam" + IPHONE,
    )
    s3 = ("Pooja Iyer", "pooja.iyer@talentbridge.example.co.in")
    sent = at(2026, 12, 4, 17, 10, KOL, "Fri")
    st = at(2026, 12, 8, 11, 0, KOL, "Tue")
    yield case(
        f,
        "next_tuesday_11_ist",
        "en-IN",
        s3,
        "Technical round - scheduled",
        sent,
        "'ur technical round is fixed for next tuesday 11am IST' written on a Friday: Tuesday "
        "8 Dec 11:00 Kolkata; 'approx 1 hr' gives no end.",
        zoned(st, None, KOL),
        "Dear Alex,\n\nAs discussed ur technical round is fixed for next tuesday 11am IST, "
        "duration approx 1 hr. Pls join 5 min early, link will be shared by panel.\n\n"
        "Regards,\nPooja Iyer\nTalentBridge Consulting\n+91 98450 00000",
    )
    sent = at(2026, 12, 8, 10, 25, KOL, "Tue")
    st = at(2026, 12, 10, 16, 0, KOL, "Thu")
    yield case(
        f,
        "day_after_tomorrow_4pm_ist",
        "en-IN",
        s3,
        "HR round",
        sent,
        "'HR round day after tomorrow 4 pm IST on teams': Thursday 10 Dec 16:00 Kolkata.",
        zoned(st, None, KOL),
        "Hi Alex, cleared tech round, congrats!! HR round day after tomorrow 4 pm IST on "
        "teams, kindly confirm ur availability by reply\n\nRgds\nPooja" + ANDROID,
    )
    s4 = ("Mel", "reception@bayside-dental.example.com.au")
    sent = at(2026, 12, 7, 9, 5, BNE, "Mon")
    chk(2026, 12, 9, "Wed")
    yield case(
        f,
        "dentist_moved",
        "en-AU",
        s4,
        "ur appt",
        sent,
        "Look-alike: a dentist's receptionist: 'ur appt is moved to wed 3pm, reply Y to confirm'.",
        NEG,
        "hi alex, it's Mel from Bayside Dental - dr chen is away so ur appt is moved to wed "
        "3pm, reply Y to confirm or call us. thanks!",
    )


def dehand24() -> Iterator[Case]:
    f = "dehand24"
    s = ("Jana Vogt", "jana@kreiswerk-agentur.example.de")
    sent = at(2026, 12, 7, 8, 55, BER, "Mon")
    st = at(2026, 12, 9, 15, 0, BER, "Wed")
    yield case(
        f,
        "uebermorgen_15_uhr",
        "de",
        s,
        "Kennenlernen",
        sent,
        "'übermorgen 15 Uhr passt bei uns': Mittwoch 9. Dez. 15:00; keine Zone; 'ca. ne "
        "Stunde' gives no end.",
        wall(st, None, sent),
        "Hi Alex,\n\nübermorgen 15 Uhr passt bei uns, komm einfach in die Agentur, 3. OG. "
        "Dauert ca. ne Stunde.\n\nLG Jana\n\nVon meinem iPhone gesendet",
    )
    s2 = ("Malte Krüger", "malte.krueger@nordlicht-it.example.de")
    sent = at(2026, 12, 14, 17, 30, BER, "Mon")
    st = at(2026, 12, 17, 10, 15, BER, "Thu")
    yield case(
        f,
        "do_viertel_nach_10",
        "de",
        s2,
        "Re: Gespräch",
        sent,
        "'dann sehen wir uns Do um viertel nach 10' over the candidate's quoted mail: "
        "Donnerstag 17. Dez. 10:15; keine Zone.",
        wall(st, None, sent),
        thread(
            "super, dann sehen wir uns Do um viertel nach 10 bei uns im Büro. Frag unten nach "
            "mir.\n\nMalte",
            (
                f"Am 14.12.2026 um 12:04 schrieb {ALEX}:",
                "Hallo Malte, Donnerstag Vormittag ginge bei mir gut.\nViele Grüße\nAlex",
            ),
        ),
        reply=True,
    )
    s3 = ("Sabine Ott", "s.ott@feldmann-logistik.example.de")
    sent = at(2027, 1, 8, 12, 15, BER, "Fri")
    st = at(2027, 1, 12, 14, 30, BER, "Tue")
    yield case(
        f,
        "naechsten_di_14h30",
        "de",
        s3,
        "Zweitgespräch",
        sent,
        "'nächsten Dienstag 14h30, per Teams' written on a Friday: Dienstag 12. Jan. 14:30; "
        "keine Zone.",
        wall(st, None, sent),
        "Hallo Alex,\nwie besprochen: nächsten Dienstag 14h30, per Teams, mit mir und Herrn "
        "Feldmann. Link kommt separat.\nGruß Sabine Ott\n\nFeldmann Logistik GmbH\n"
        "Tel. 040 555 0190 | Mo-Fr 8-16 Uhr",
    )
    sent = at(2027, 1, 13, 16, 45, BER, "Wed")
    st = at(2027, 1, 14, 14, 0, BER, "Thu")
    yield case(
        f,
        "morgen_14_bis_15",
        "de",
        s2,
        "morgen mit dem Chef",
        sent,
        "'morgen von 14 bis 15 Uhr mit unserem CTO': Donnerstag 14. Jan. 14:00-15:00; keine Zone.",
        wall(st, at(2027, 1, 14, 15, 0, BER), sent),
        "Hi Alex, kurzfristig, aber: morgen von 14 bis 15 Uhr mit unserem CTO, gleicher Ort "
        "wie letztes Mal. Passt das?\n\nMalte" + "\n\nVon meinem iPhone gesendet",
    )
    s4 = ("Mama", "petra.morgan@mailbox.example.de")
    sent = at(2026, 12, 9, 19, 0, BER, "Wed")
    yield case(
        f,
        "zahnarzt_morgen",
        "de",
        s4,
        "morgen!",
        sent,
        "Look-alike: 'denk an deinen Zahnarzttermin morgen um 9:30!': a family reminder of a "
        "dentist.",
        NEG,
        "Hallo Schatz, denk an deinen Zahnarzttermin morgen um 9:30! Und ruf Oma mal an.\n\nMama",
    )
    sent = at(2026, 12, 10, 9, 40, BER, "Thu")
    yield case(
        f,
        "kaffee_war_nett",
        "de",
        s,
        "danke!",
        sent,
        "Look-alike: 'war nett gestern beim Kaffee, melde mich nächste Woche': a meeting that "
        "already happened.",
        NEG,
        "Hey Alex, war nett gestern beim Kaffee um 4! Ich bespreche das mit dem Team und "
        "melde mich nächste Woche.\n\nLG Jana",
    )


def esinf24() -> Iterator[Case]:
    f = "esinf24"
    s = ("Lucía Ferrer", "lucia@solanasoft.example.es")
    sent = at(2026, 12, 7, 10, 10, MAD, "Mon")
    st = at(2026, 12, 9, 12, 0, MAD, "Wed")
    yield case(
        f,
        "pasado_manana_12",
        "es",
        s,
        "entrevista",
        sent,
        "'quedamos pasado mañana a las 12 en la ofi de Chamberí': miércoles 9 dic 12:00; sin zona.",
        wall(st, None, sent),
        "hola alex! quedamos pasado mañana a las 12 en la ofi de Chamberí, pregunta por mí "
        "en recepción. será una charla de una horita\n\nlucía\n\nEnviado desde mi iPhone",
    )
    s2 = ("Jorge Villalba", "jvillalba@grupoaltamar.example.com")
    sent = at(2026, 12, 4, 13, 20, MAD, "Fri")
    st = at(2026, 12, 8, 16, 30, MAD, "Tue")
    yield case(
        f,
        "martes_que_viene_4_y_media",
        "es",
        s2,
        "segunda entrevista",
        sent,
        "'el martes que viene a las 4 y media de la tarde por meet' written on a Friday: "
        "martes 8 dic 16:30; sin zona.",
        wall(st, None, sent),
        "Buenas Alex, te confirmo: el martes que viene a las 4 y media de la tarde por meet, "
        "con la directora de producto. Te paso el enlace el lunes.\nUn saludo,\nJorge\n"
        "Grupo Altamar | Tel. 910 555 012",
    )
    sent = at(2027, 1, 13, 18, 0, MAD, "Wed")
    st = at(2027, 1, 14, 15, 0, MAD, "Thu")
    yield case(
        f,
        "manana_de_3_a_4",
        "es",
        s,
        "mañana",
        sent,
        "'mañana de 3 a 4 con el director, en remoto': jueves 14 ene 15:00-16:00; sin zona.",
        wall(st, at(2027, 1, 14, 16, 0, MAD), sent),
        "alex, última ronda: mañana de 3 a 4 con el director, en remoto. te llega la "
        "invitación en un rato\n\nlucía",
    )
    s3 = ("Bea", "bea.ortiz@mailbox.example.es")
    sent = at(2026, 12, 9, 21, 0, MAD, "Wed")
    chk(2026, 12, 12, "Sat")
    yield case(
        f,
        "comida_sabado",
        "es",
        s3,
        "sábado",
        sent,
        "Look-alike: 'comida el sábado a las 2 en casa de Lucía, ¿vienes?': lunch with friends.",
        NEG,
        "ey! comida el sábado a las 2 en casa de Lucía, ¿vienes? trae postre jaja\n\nbea",
    )
    sent = at(2026, 12, 11, 9, 15, MAD, "Fri")
    yield case(
        f,
        "gracias_cafe",
        "es",
        s2,
        "gracias",
        sent,
        "Look-alike: 'gracias por el café de ayer, te escribo cuando tenga noticias': a "
        "meeting that already happened.",
        NEG,
        "Alex, gracias por el café de ayer a las 10, muy buena charla. Te escribo cuando "
        "tenga noticias del equipo.\nJorge",
    )


def frdec24() -> Iterator[Case]:
    f = "frdec24"
    s = ("Claire Dumas", "claire@atelier-brume.example.fr")
    sent = at(2026, 12, 7, 9, 30, PAR, "Mon")
    st = at(2026, 12, 9, 14, 30, PAR, "Wed")
    yield case(
        f,
        "apres_demain_14h30",
        "fr",
        s,
        "entretien",
        sent,
        "'c'est calé pour après-demain 14h30 en visio': mercredi 9 déc 14:30; sans fuseau.",
        wall(st, None, sent),
        "Hello Alex,\nc'est calé pour après-demain 14h30 en visio avec Hugo et moi, je "
        "t'envoie le lien teams.\nBonne journée\nClaire\n\nEnvoyé de mon iPhone",
    )
    s2 = ("Mathieu Leroy", "m.leroy@cabinet-ardent.example.fr")
    sent = at(2026, 12, 4, 16, 45, PAR, "Fri")
    st = at(2026, 12, 10, 10, 15, PAR, "Thu")
    yield case(
        f,
        "jeudi_prochain_10h15",
        "fr",
        s2,
        "RDV client",
        sent,
        "'jeudi prochain à 10h15 dans leurs locaux' written on a Friday: jeudi 10 déc 10:15; "
        "sans fuseau.",
        wall(st, None, sent),
        "Bonjour Alex,\nle client vous reçoit jeudi prochain à 10h15 dans leurs locaux, 12 "
        "rue de la Pépinière. Demandez Mme Garnier.\nBien à vous,\nMathieu Leroy\nCabinet "
        "Ardent - 01 45 55 01 02",
    )
    sent = at(2027, 1, 6, 11, 0, PAR, "Wed")
    st = at(2027, 1, 12, 14, 0, PAR, "Tue")
    yield case(
        f,
        "mar_1201_14h_15h",
        "fr",
        s,
        "équipe",
        sent,
        "'mar 12/01 de 14h à 15h avec l'équipe': mardi 12 janv 14:00-15:00; sans fuseau.",
        wall(st, at(2027, 1, 12, 15, 0, PAR), sent),
        "Alex, pour rencontrer l'équipe : mar 12/01 de 14h à 15h à l'atelier, ça roule ?\nClaire",
    )
    sent = at(2026, 12, 10, 17, 5, PAR, "Thu")
    st = at(2026, 12, 11, 12, 0, PAR, "Fri")
    yield case(
        f,
        "demain_midi",
        "fr",
        s2,
        "point rapide",
        sent,
        "'on s'appelle demain midi, environ une demi-heure': vendredi 11 déc 12:00; sans "
        "fuseau; the length gives no end.",
        wall(st, None, sent),
        "Alex, on s'appelle demain midi pour le brief avant le 2e tour, environ une "
        "demi-heure. Je vous appelle sur votre portable.\nM. Leroy",
    )
    sent = at(2026, 12, 14, 10, 0, PAR, "Mon")
    yield case(
        f,
        "on_se_cale",
        "fr",
        s,
        "la suite",
        sent,
        "Look-alike: 'on se cale un créneau la semaine pro ? dis-moi tes dispos'; no time set.",
        NEG,
        "coucou Alex, on se cale un créneau la semaine pro pour la suite ? dis-moi tes dispos "
        "et je m'adapte\nClaire",
    )


def nlinf24() -> Iterator[Case]:
    f = "nlinf24"
    s = ("Sanne de Wit", "sanne@grachtwerk.example.nl")
    sent = at(2026, 12, 7, 9, 0, AMS, "Mon")
    st = at(2026, 12, 9, 10, 15, AMS, "Wed")
    yield case(
        f,
        "overmorgen_kwart_over_10",
        "nl",
        s,
        "gesprek",
        sent,
        "'overmorgen om kwart over 10 bij ons op kantoor': woensdag 9 dec 10:15; geen zone.",
        wall(st, None, sent),
        "Hoi Alex, overmorgen om kwart over 10 bij ons op kantoor, Keizersgracht 200. Meld "
        "je even bij de balie.\nGroet, Sanne\n\nVerstuurd vanaf mijn iPhone",
    )
    s2 = ("Joris Bakker", "joris.bakker@polderdata.example.nl")
    sent = at(2026, 12, 4, 14, 0, AMS, "Fri")
    st = at(2026, 12, 8, 14, 0, AMS, "Tue")
    yield case(
        f,
        "volgende_week_di_1400",
        "nl",
        s2,
        "tweede ronde",
        sent,
        "'volgende week dinsdag om 14.00 via teams' written on a Friday: dinsdag 8 dec 14:00; "
        "geen zone.",
        wall(st, None, sent),
        "Hi Alex,\n\nTweede ronde staat: volgende week dinsdag om 14.00 via teams, met mij en "
        "de product owner. Duurt ongeveer 45 min.\n\nGr. Joris\nPolderdata | 020 555 0134",
    )
    sent = at(2027, 1, 13, 16, 0, AMS, "Wed")
    st = at(2027, 1, 14, 15, 0, AMS, "Thu")
    yield case(
        f,
        "morgen_van_3_tot_4",
        "nl",
        s,
        "morgen",
        sent,
        "'morgen van 3 tot 4 met de teamlead': donderdag 14 jan 15:00-16:00; geen zone.",
        wall(st, at(2027, 1, 14, 16, 0, AMS), sent),
        "alex, lukt morgen van 3 tot 4 met de teamlead? zelfde plek als vorige keer. ik "
        "reken erop!\nsanne",
    )
    s3 = ("Tandartspraktijk Oost", "info@tandarts-oost.example.nl")
    sent = at(2026, 12, 8, 9, 0, AMS, "Tue")
    chk(2026, 12, 10, "Thu")
    yield case(
        f,
        "tandarts_do",
        "nl",
        s3,
        "herinnering",
        sent,
        "Look-alike: 'herinnering: controle bij de tandarts do om 8.45': a dentist.",
        NEG,
        "Beste Alex, even een herinnering: controle bij de tandarts do om 8.45. Kun je niet? "
        "Bel ons dan.\nGroet, Ineke (balie)",
    )
    s4 = ("Bram", "bram.v@mailbox.example.nl")
    sent = at(2026, 12, 9, 20, 0, AMS, "Wed")
    chk(2026, 12, 11, "Fri")
    yield case(
        f,
        "lunch_vrijdag",
        "nl",
        s4,
        "vrijdag?",
        sent,
        "Look-alike: 'lunchen vrijdag om 12.30 met de oude club?': lunch with friends.",
        NEG,
        "he man, lunchen vrijdag om 12.30 met de oude club? bij dat cafeetje op de hoek\nbram",
    )


def ptbr24() -> Iterator[Case]:
    f = "ptbr24"
    s = ("Camila Rocha", "camila@ipe-digital.example.com.br")
    sent = at(2026, 12, 7, 10, 0, SAO, "Mon")
    st = at(2026, 12, 9, 14, 0, SAO, "Wed")
    yield case(
        f,
        "depois_de_amanha_14h",
        "pt-BR",
        s,
        "entrevista",
        sent,
        "'fechado então, depois de amanhã às 14h pelo meet': quarta 9 dez 14:00; sem fuso.",
        wall(st, None, sent),
        "oi alex! fechado então, depois de amanhã às 14h pelo meet, comigo e com o tech lead. "
        "uns 40 min\n\nbjs, camila\n\nEnviado do meu iPhone",
    )
    s2 = ("Rafael Lima", "rafael.lima@cerrado-log.example.com.br")
    sent = at(2026, 12, 4, 15, 30, SAO, "Fri")
    st = at(2026, 12, 8, 10, 30, SAO, "Tue")
    yield case(
        f,
        "terca_que_vem_10h30",
        "pt-BR",
        s2,
        "2ª etapa",
        sent,
        "'terça que vem às 10h30 no escritório da Paulista' written on a Friday: terça 8 dez "
        "10:30; sem fuso.",
        wall(st, None, sent),
        "Alex, bom dia. A 2ª etapa ficou pra terça que vem às 10h30 no escritório da "
        "Paulista, 9º andar. Qualquer coisa me chama no zap.\nAbs\nRafael\n(11) 95555-0101",
    )
    sent = at(2027, 1, 13, 17, 0, SAO, "Wed")
    st = at(2027, 1, 14, 15, 0, SAO, "Thu")
    yield case(
        f,
        "amanha_das_15h_as_16h",
        "pt-BR",
        s,
        "amanhã",
        sent,
        "'amanhã das 15h às 16h com a gestora, horário de Brasília': quinta 14 jan "
        "15:00-16:00 São Paulo.",
        zoned(st, at(2027, 1, 14, 16, 0, SAO), SAO),
        "alex, última conversa: amanhã das 15h às 16h com a gestora, horário de Brasília. o "
        "link vai no convite\ncamila",
    )
    sent = at(2026, 12, 10, 11, 0, SAO, "Thu")
    yield case(
        f,
        "papo_foi_otimo",
        "pt-BR",
        s2,
        "valeu",
        sent,
        "Look-alike: 'o papo de ontem às 16h foi ótimo! te dou um retorno até sexta': a "
        "meeting that already happened.",
        NEG,
        "Alex, o papo de ontem às 16h foi ótimo! Vou alinhar com o time e te dou um retorno "
        "até sexta.\nAbs, Rafael",
    )
    s3 = ("Tati", "tati.s@mailbox.example.com.br")
    sent = at(2026, 12, 9, 20, 30, SAO, "Wed")
    chk(2026, 12, 12, "Sat")
    yield case(
        f,
        "almoco_sabado",
        "pt-BR",
        s3,
        "sábado",
        sent,
        "Look-alike: 'almoço sábado 13h lá em casa, bora?': lunch with friends.",
        NEG,
        "aleeex almoço sábado 13h lá em casa, bora? vai ter feijoada\ntati",
    )


def itinf24() -> Iterator[Case]:
    f = "itinf24"
    s = ("Giulia Marchetti", "giulia@officine-lume.example.it")
    sent = at(2026, 12, 7, 9, 20, ROM, "Mon")
    st = at(2026, 12, 9, 15, 0, ROM, "Wed")
    yield case(
        f,
        "dopodomani_15",
        "it",
        s,
        "colloquio",
        sent,
        "'allora dopodomani alle 15 da noi in via Tortona': mercoledì 9 dic 15:00; nessun fuso.",
        wall(st, None, sent),
        "ciao Alex, allora dopodomani alle 15 da noi in via Tortona 31, citofono Lume. "
        "un'oretta circa\n\nGiulia\n\nInviato da iPhone",
    )
    s2 = ("Paolo Ferri", "p.ferri@ferri-selezione.example.it")
    sent = at(2026, 12, 4, 12, 0, ROM, "Fri")
    st = at(2026, 12, 8, 11, 30, ROM, "Tue")
    yield case(
        f,
        "martedi_prossimo_11_e_mezza",
        "it",
        s2,
        "secondo colloquio",
        sent,
        "'martedì prossimo alle 11 e mezza su meet' written on a Friday: martedì 8 dic "
        "11:30; nessun fuso.",
        wall(st, None, sent),
        "Buongiorno Alex,\nle confermo il secondo colloquio martedì prossimo alle 11 e mezza "
        "su meet, con il direttore tecnico.\nCordiali saluti\nPaolo Ferri\nFerri Selezione - "
        "tel. 02 5550 1234",
    )
    sent = at(2027, 1, 13, 17, 30, ROM, "Wed")
    st = at(2027, 1, 14, 14, 0, ROM, "Thu")
    yield case(
        f,
        "domani_dalle_14_alle_15",
        "it",
        s,
        "domani",
        sent,
        "'domani dalle 14 alle 15 col responsabile': giovedì 14 gen 14:00-15:00; nessun fuso.",
        wall(st, at(2027, 1, 14, 15, 0, ROM), sent),
        "Alex, ultimo step: domani dalle 14 alle 15 col responsabile, stesso posto. ti "
        "aspettiamo!\nGiulia",
    )
    s3 = ("Marco", "marco.b@mailbox.example.it")
    sent = at(2026, 12, 9, 20, 0, ROM, "Wed")
    chk(2026, 12, 12, "Sat")
    yield case(
        f,
        "pranzo_sabato",
        "it",
        s3,
        "sabato",
        sent,
        "Look-alike: 'pranzo sabato all'una da Gino?': lunch with friends.",
        NEG,
        "bella alex, pranzo sabato all'una da Gino? ci sono anche Fede e Sara\nmarco",
    )
    sent = at(2026, 12, 14, 10, 0, ROM, "Mon")
    yield case(
        f,
        "sentiamoci",
        "it",
        s2,
        "aggiornamento",
        sent,
        "Look-alike: 'sentiamoci la prossima settimana per trovare un momento'; no time set.",
        NEG,
        "Alex, il cliente vorrebbe rivederla. Sentiamoci la prossima settimana per trovare "
        "un momento che vada bene a tutti.\nPaolo Ferri",
    )


def usrec24() -> Iterator[Case]:
    f = "usrec24"
    s = ("Ashley Moreno", "ashley@keystone-talent.example.com")
    sent = at(2026, 12, 8, 15, 30, NY, "Tue")
    st = at(2026, 12, 9, 14, 0, NY, "Wed")
    yield case(
        f,
        "tmrw_2ish_et",
        "en-US",
        s,
        "hm call",
        sent,
        "'tmrw 2ish ET w/ the hiring mgr': Wednesday 9 Dec 14:00 New York.",
        zoned(st, None, NY),
        "hey alex!! you're on for tmrw 2ish ET w/ the hiring mgr, she'll call u. relax, it's "
        "mostly a vibe check\n\nash" + IPHONE,
    )
    s2 = ("Tyler Briggs", "tbriggs@redwoodgrid.example.com")
    sent = at(2026, 12, 4, 14, 0, LA, "Fri")
    st = at(2026, 12, 8, 12, 0, LA, "Tue")
    yield case(
        f,
        "next_tuesday_noon_pacific",
        "en-US",
        s2,
        "next round",
        sent,
        "'next tuesday at noon pacific on zoom' written on a Friday: Tuesday 8 Dec 12:00 Los "
        "Angeles.",
        zoned(st, None, LA),
        "alex - next round is set for next tuesday at noon pacific on zoom, 3 of us from the "
        "infra team.\n\nTyler Briggs | Redwood Grid",
    )
    s3 = ("Nadia Hussain", "nadia.hussain@maplecrest.example.ca")
    sent = at(2027, 1, 11, 13, 0, TOR, "Mon")
    st = at(2027, 1, 14, 10, 30, TOR, "Thu")
    yield case(
        f,
        "this_thurs_1030_eastern",
        "en-CA",
        s3,
        "VP chat",
        sent,
        "'this thurs 10:30 eastern for an hour w/ the VP': Thursday 14 Jan 10:30 Toronto; 'for "
        "an hour' gives no end.",
        zoned(st, None, TOR),
        "Hi Alex, booked you in this thurs 10:30 eastern for an hour w/ the VP. It'll be on "
        "Teams.\n\nNadia\nMaplecrest Financial | 416-555-0199",
    )
    sent = at(2027, 6, 7, 10, 0, NY, "Mon")
    st = at(2027, 6, 9, 11, 0, NY, "Wed")
    yield case(
        f,
        "wed_69_est_june",
        "en-US",
        s,
        "wed",
        sent,
        "'wed 6/9 11-11:30 EST' written in June: local Eastern time; Wednesday 9 Jun "
        "11:00-11:30 New York.",
        zoned(st, at(2027, 6, 9, 11, 30, NY), NY),
        "alex quick update - screen w/ the eng mgr is wed 6/9 11-11:30 EST, link below. "
        "good luck!!\nash" + ANDROID,
    )
    sent = at(2026, 12, 10, 13, 0, NY, "Thu")
    yield case(
        f,
        "coffee_this_morning",
        "en-US",
        s2,
        "thx",
        sent,
        "Look-alike: 'thx again for coffee this morning at 9!': a meeting that already happened.",
        NEG,
        "thx again for coffee this morning at 9! i'll loop in the team and get back to u by "
        "next wk\n\nTyler",
    )


def eumix24() -> Iterator[Case]:
    f = "eumix24"
    s = ("Rhys Morgan", "rhys@slatepeak.example.co.uk")
    sent = at(2026, 12, 7, 10, 0, LON, "Mon")
    st = at(2026, 12, 10, 15, 0, BER, "Thu")
    yield case(
        f,
        "thurs_3pm_your_time_cet",
        "en-GB",
        s,
        "thurs",
        sent,
        "London writer to a reader in Germany: 'thurs at 3pm your time (CET)': the instant "
        "15:00 Berlin on Thursday 10 Dec; CET names several zones, so no timezone label.",
        instant(st),
        "Hi Alex, thurs at 3pm your time (CET) works our end - that's 2pm for us in London. "
        "Teams link to follow.\n\nRhys",
    )
    s2 = ("Élodie Martin", "elodie@vignal-conseil.example.fr")
    sent = at(2026, 12, 7, 9, 0, PAR, "Mon")
    st = at(2026, 12, 10, 10, 0, PAR, "Thu")
    yield case(
        f,
        "jeudi_10h_heure_francaise",
        "fr",
        s2,
        "entretien jeudi",
        sent,
        "'jeudi 10h, heure française': jeudi 10 déc 10:00 Paris.",
        zoned(st, None, PAR),
        "Bonjour Alex, on part sur jeudi 10h, heure française, en visio. Je vous envoie le "
        "lien.\nÉlodie",
    )
    s3 = ("Femke Jansen", "femke@duinlicht.example.nl")
    sent = at(2026, 12, 8, 16, 0, AMS, "Tue")
    st = at(2026, 12, 9, 13, 30, AMS, "Wed")
    yield case(
        f,
        "morgen_om_half_2",
        "nl",
        s3,
        "morgen",
        sent,
        "'morgen om half 2' is half past one: woensdag 9 dec 13:30; geen zone.",
        wall(st, None, sent),
        "hoi alex, kan je morgen om half 2 bij ons langskomen? dan doen we het gesprek met "
        "Pieter erbij.\nfemke",
    )
    s4 = ("Iker Sanz", "iker@nubelia.example.es")
    sent = at(2026, 12, 9, 11, 0, MAD, "Wed")
    st = at(2026, 12, 10, 17, 0, MAD, "Thu")
    yield case(
        f,
        "jueves_17h_hora_espanola",
        "es",
        s4,
        "jueves",
        sent,
        "'el jueves a las 17h hora española': jueves 10 dic 17:00 Madrid.",
        zoned(st, None, MAD),
        "Alex, perfecto: el jueves a las 17h hora española por zoom con el equipo de datos. "
        "Saludos, Iker",
    )
    s5 = ("Ulrike Brandt", "u.brandt@hafenblick.example.de")
    sent = at(2027, 1, 6, 14, 0, BER, "Wed")
    st = at(2027, 1, 12, 9, 30, BER, "Tue")
    yield case(
        f,
        "di_121_930_bis_1015",
        "de",
        s5,
        "Termin",
        sent,
        "'Di, 12.1., 9.30 bis 10.15 Uhr': Dienstag 12. Jan. 09:30-10:15; keine Zone.",
        wall(st, at(2027, 1, 12, 10, 15, BER), sent),
        "Hallo Alex,\nTermin steht: Di, 12.1., 9.30 bis 10.15 Uhr per Teams.\nBeste Grüße\n"
        "Ulrike Brandt",
    )


def casneg24() -> Iterator[Case]:
    f = "casneg24"
    sent = at(2026, 12, 7, 9, 0, NY, "Mon")
    chk(2026, 12, 10, "Thu")
    yield case(
        f,
        "cleaning_moved",
        "en-US",
        ("Dr. Kim's Office", "frontdesk@kimfamilydental.example.com"),
        "appt change",
        sent,
        "Look-alike: a dentist's office moves a cleaning to 'thu 10am'.",
        NEG,
        "hi alex, dr kim's office here - ur cleaning got moved to thu 10am, text back if that "
        "doesn't work. thx!",
    )
    sent = at(2026, 12, 9, 17, 0, LON, "Wed")
    yield case(
        f,
        "coffee_earlier",
        "en-GB",
        ("Imogen Pratt", "imogen@larchfield.example.co.uk"),
        "lovely to meet",
        sent,
        "Look-alike: thanks after a coffee 'earlier at half 2'; nothing set.",
        NEG,
        "Hi Alex, cheers for the coffee earlier at half 2, lovely to meet. I'll be in touch "
        "once we've seen everyone, prob end of next week.\nImogen" + IPHONE,
    )
    sent = at(2026, 12, 10, 12, 0, BER, "Thu")
    yield case(
        f,
        "wann_passts",
        "de",
        ("Tobias Lenz", "tobias@lenz-media.example.de"),
        "telefonieren?",
        sent,
        "Look-alike: 'lass uns mal telefonieren, wann passt's dir nächste Woche?'; no time.",
        NEG,
        "Hi Alex, lass uns mal telefonieren wegen der Stelle, wann passt's dir nächste Woche? "
        "Vormittags wär mir lieber.\nTobias",
    )
    sent = at(2026, 12, 9, 19, 0, PAR, "Wed")
    chk(2026, 12, 12, "Sat")
    yield case(
        f,
        "dej_samedi",
        "fr",
        ("Paul", "paul.r@mailbox.example.fr"),
        "samedi",
        sent,
        "Look-alike: 'déj samedi 12h30 chez moi ?': lunch with friends.",
        NEG,
        "yo alex, déj samedi 12h30 chez moi ? y'aura Inès et Karim\npaul",
    )
    sent = at(2026, 12, 11, 10, 0, AMS, "Fri")
    yield case(
        f,
        "bedankt_gesprek",
        "nl",
        ("Lotte Visser", "lotte@zeewind.example.nl"),
        "bedankt",
        sent,
        "Look-alike: 'bedankt voor het gesprek van gisteren om 3': an interview that already "
        "happened.",
        NEG,
        "Hoi Alex, bedankt voor het gesprek van gisteren om 3! We laten je volgende week "
        "woensdag weten hoe we verder gaan.\nLotte",
    )
    sent = at(2026, 12, 14, 10, 0, SAO, "Mon")
    yield case(
        f,
        "me_passa_disponibilidade",
        "pt-BR",
        ("Bruno Alves", "bruno@jacaranda.example.com.br"),
        "próxima etapa",
        sent,
        "Look-alike: 'vamos marcar um horário? me passa tua disponibilidade'; no time.",
        NEG,
        "fala alex! vamos marcar um horário pra próxima etapa? me passa tua disponibilidade "
        "da semana que vem\nbruno",
    )


BUILDERS = (
    usfound24,
    gbhm24,
    agency24,
    auin24,
    dehand24,
    esinf24,
    frdec24,
    nlinf24,
    ptbr24,
    itinf24,
    usrec24,
    eumix24,
    casneg24,
)

FIGURES = (
    "First sight (parser at main 4c5939cc, before any change for this batch; quick.py on "
    "these files only): dev text invitations 31 of 35 right (start and, where labelled, end), "
    "17 sure (confidence >= 0.5), 1 of 17 dev look-alikes claimed (the dentist's 'ur appt is "
    "moved to wed 3pm', read as a reschedule, 0.6); held out 9 of 9 right (7 sure), 0 of 7 "
    "look-alikes claimed; no calendar parts. Dev misses: 'wed @ 1430 ET' and '1430 thurs "
    "London time' (no time read), 'Monday week, half 2' and 'wed 3p' (no slot). After the "
    "batch's rule: dev 33 of 35 right (18 sure), 1 of 17 claimed; held out 9 of 9 (7 sure), "
    "0 of 7 claimed. Whole corpus (quick.py, main 4c5939cc against this branch): cmp.py shows "
    "no BROKE and no FIXED line outside this batch, held out better 0, worse 0."
)
RULES = """## Rules and their sources

- Four digits typed as a 24-hour time with no unit are a time of day when an "@" stands
  before them or a weekday or a zone abbreviation follows them ("wed @ 1430 ET", "1430 thurs
  London time"); a year before a weekday ("Dec 10 2026 Thu") and phone numbers ("555-1430
  Mon") stay (`when.py`, `_MILITARY_CUED`, in `normalise` beside `_MILITARY`). Sources:
  casual24 `agency24` (a US agency consultant) and `gbhm24` (a UK hiring manager).

Left alone (one source each): 'Monday week, half 2', 'wed 3p', and the dentist's moved
'appt' read as a reschedule.
"""


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the casual24 batch (`build_casual24.py`)",
        "",
        "A third batch of interview mail typed by hand (phones, webmail) by hiring managers, "
        "founders, recruiters and agency consultants, and look-alikes in the same voices, with "
        "no calendar part. All text is ours; people, companies, addresses, phone numbers and "
        "links are made up; no product template is rendered. Phone footers ('Sent from my "
        "iPhone', 'Get Outlook for Android', 'Von meinem iPhone gesendet', 'Enviado desde mi "
        "iPhone', 'Envoyé de mon iPhone', 'Verstuurd vanaf mijn iPhone', 'Enviado do meu "
        "iPhone', 'Inviato da iPhone') and Gmail attributions are written from memory. Every "
        "label was written from the datetimes the text is rendered from, before the parser "
        "was run on the message. Conventions follow typos20 and casual21: a zone word naming "
        "one zone ('pacific', 'my time (pacific)', 'London time', 'perth time', 'AEST' from "
        "Brisbane, 'IST' from an Indian sender, 'eastern' from Toronto, 'heure française', "
        "'hora española', 'horário de Brasília') is labelled with that IANA zone; 'EST' or "
        "'ET' from a US sender is New York, also in June, where the writer means local time "
        "(as zones20 labels standard names in summer); 'CET' names several zones and pins "
        "only the instant; no zone word means wall time (tz_stated false). Loose lengths ('30 "
        "min tops', 'about an hour', 'for an hour', '45 mins or so') give no end; stated "
        "ranges ('3-3:45', 'from 2 till 3', 'de 3 a 4', 'van 3 tot 4', 'das 15h às 16h', "
        "'dalle 14 alle 15') do. 'next tuesday' and its translations are written on a Friday, "
        "so the coming Tuesday is the only reading; 'Monday week' is the Monday after the "
        "coming one. A meeting that already happened, friends' lunches, dentists, asks with "
        "no time and deadlines are not invitations.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_casual24.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-casual24.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
