"""Write the "casual21" batch: a second set of hand-typed scheduling mail and its look-alikes.

Run: .venv/bin/python tests/parsing/corpus/build_casual21.py

New writers in the voices of typos20: US, UK, Canadian, South African, Indian and Australian
recruiters and hiring managers, and German, Spanish (Spain, Mexico), Portuguese (Brazil,
Portugal), Dutch (Netherlands, Belgium), French and Italian ones, typing on phones. It leans on
what typos20 found hard: moves asked as a question and confirmed in the same mail ('can we
move to 4pm est same day? ... confirmed, see you then'), two zones as an equation ('10am PT /
1pm ET', '9am your time = 8pm mine'), a zone word after noon/midday ('noon pacific'), 'el mié a
las 5 d la tarde', 'qua às 10h', 'morgen um halb 4', 'morgen om half 4', 'mon 1/18 @ 11am
central', 'Di, 12.1., 14-15 Uhr'. About two mails in five are look-alikes: proposals not yet
confirmed, someone else's slot, social plans, asks with no time. Every label comes from the
datetimes the text is rendered from (weekdays typed in the text are checked by `at`) and was
written before the parser was run on the message; the split was fixed before then too.
Helpers come from build_parse-pos.py and build_prose8.py (loaded, not copied).
Deterministic; touches only its own families' files.
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
p8 = _load("build_prose8", "build_prose8.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
slot, thread = p8.slot, p8.thread
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; recruiters, hiring managers and friends typing in a hurry on phones and in "
    "webmail; phone footers written from memory of the clients; " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}
MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)
IPHONE = "\n\nSent from my iPhone"
ANDROID = "\n\nGet Outlook for Android"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "usrec21": "dev",
    "ukau21": "dev",
    "caza21": "dev",
    "dechat21": "dev",
    "esmx21": "dev",
    "ptnl21": "dev",
    "frit21": "heldout",
    "inaus21": "heldout",
    "casneg21": "heldout",
}

SOURCES = {
    "usrec21": "US recruiters on phones: a move asked and confirmed in one mail ('can we move "
    "to 4pm est same day? ... confirmed, see you then'), 'thurs 12/17 10am PT / 1pm ET', "
    "'tmrw at noon pacific', 'mon 1/18 @ 11am central'; look-alikes: a client's proposal not "
    "yet confirmed, the other finalist's slot, a team happy hour.",
    "ukau21": "UK and Australian hiring managers: 'shall we move it to half 3 same day? ... "
    "confirmed', 'tmrw arvo - 2pm AEDT', 'midday sydney time fri', '9am your time = 8pm mine'; "
    "look-alikes: a no-agenda coffee and a colleague's final round.",
    "caza21": "Canadian and South African recruiters: '1pm ET / 10am PT on tues 12/15', 'mon "
    "jan 11 @ 9:30am eastern', 'tomorrow at 10h00 SAST', a move to '14h30 same day' asked and "
    "confirmed; look-alikes: a panel still being lined up and a braai.",
    "dechat21": "German casual register: 'morgen um halb 4', 'Di, 12.1., 14-15 Uhr', 'können "
    "wir auf 16 Uhr gleicher Tag schieben? ... also bestätigt', 'Do 11 Uhr passt' over the "
    "candidate's question; look-alikes: 'hast du nächste Woche mal Zeit?' and a Christmas party.",
    "esmx21": "Spanish from Spain and Mexico: 'el mié a las 5 d la tarde', 'el jue a las 11 hrs "
    "(hora del centro)', '¿lo pasamos a las 12 el mismo día? ... queda confirmado', 'mañana a "
    "las 10.30h'; look-alikes: Friday drinks and a colleague's interview.",
    "ptnl21": "Portuguese and Dutch: 'fechado: qua às 10h pelo meet', 'amanhã às 15h, hora de "
    "Lisboa', 'morgen om half 4', 'do 17/12 om 14u'; look-alikes: 'provavelmente na qui, mas "
    "nada confirmado' and a Friday borrel.",
    "frit21": "French and Italian: 'demain 11h', a move to '16h le même jour' asked and "
    "confirmed, 'gio alle 15', 'domani alle 10.30 ora italiana'; look-alikes: an apéro and a "
    "colleague's interview.",
    "inaus21": "Indian and Australian recruiters: 'tmrw 3pm IST', a prepone to '11am same day' "
    "asked and confirmed, 'thurs 9.30am AEST', '11am IST / 5:30am GMT'; look-alikes: "
    "'pls share ur availability' and a Christmas lunch.",
    "casneg21": "Look-alikes only, in en, de, es, nl and it: a proposal not yet confirmed, a "
    "slot the team means to propose, a Christmas dinner, someone else's interview, an "
    "aperitivo, 'let me check with Sarah' over the candidate's own proposal.",
}

NY, LA, CHI, LON = "America/New_York", "America/Los_Angeles", "America/Chicago", "Europe/London"
SYD, BNE, TOR, JNB = (
    "Australia/Sydney",
    "Australia/Brisbane",
    "America/Toronto",
    "Africa/Johannesburg",
)
BER, MAD, MEX, LIS = "Europe/Berlin", "Europe/Madrid", "America/Mexico_City", "Europe/Lisbon"
SAO, AMS, BRU, PAR = "America/Sao_Paulo", "Europe/Amsterdam", "Europe/Brussels", "Europe/Paris"
ROM, KOL = "Europe/Rome", "Asia/Kolkata"


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
        f"casual21/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        reply_to_key=f"casual21/{family}/{name}/parent" if reply else "",
    )
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def zoned(
    start: datetime, end: datetime | None, zone: str, kind: str = "invitation"
) -> dict[str, object]:
    return slot(start, end, zone=zone, kind=kind)


def wall(
    start: datetime, end: datetime | None, sent: datetime, kind: str = "invitation"
) -> dict[str, object]:
    return slot(start, end, sent=sent, kind=kind)


def instant(start: datetime, end: datetime | None = None) -> dict[str, object]:
    """Two zones named side by side: the instant is pinned, the call's own zone is not."""
    return slot(start, end)


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday typed in a look-alike's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


def quoted(who: str, when: str, body: str) -> tuple[str, str]:
    return (f"On {when}, {who} wrote:", body)


ALEX = "Alex Morgan <alex.morgan@mailbox.example>"


# --------------------------------------------------------------------------------------
def usrec21() -> Iterator[Case]:
    f = "usrec21"
    s = ("Brianna Cole", "bri@cole-search.example.com")
    sent = at(2026, 12, 9, 10, 5, NY, "Wed")
    st = at(2026, 12, 9, 16, 0, NY, "Wed")
    yield case(
        f,
        "move_4pm_confirmed",
        "en-US",
        s,
        "Re: call w/ devon",
        sent,
        "Move asked and confirmed in one mail: 'can we move to 4pm est same day? ... so lets "
        "call it confirmed, see you then': Wednesday 9 Dec 16:00 New York.",
        zoned(st, None, NY, "reschedule"),
        "hey alex, devon got stuck in a board mtg at 2 - can we move to 4pm est same day? i "
        "already checked his cal and he's free, so lets call it confirmed, see you then. same "
        "zoom link\n\nbri" + IPHONE,
        reply=True,
    )
    s2 = ("Kevin Tran", "kevin.tran@orbitalpay.example.com")
    sent = at(2026, 12, 11, 8, 40, NY, "Fri")
    st = at(2026, 12, 17, 13, 0, NY, "Thu")
    yield case(
        f,
        "thurs_1217_pt_et",
        "en-US",
        s2,
        "panel next wk",
        sent,
        "'thurs 12/17 works for the panel - 10am PT / 1pm ET, 45 min': the instant 13:00 New "
        "York on Thursday 17 Dec; two zones, so no timezone label; '45 min' gives no end.",
        instant(st),
        "Alex - thurs 12/17 works for the panel. 10am PT / 1pm ET, 45 min, zoom link to "
        "follow from our coordinator. two engineers + our head of platform\n\nKevin",
    )
    s3 = ("Megan Ortiz", "megan@sunforge.example.io")
    sent = at(2026, 12, 9, 15, 20, LA, "Wed")
    st = at(2026, 12, 10, 12, 0, LA, "Thu")
    yield case(
        f,
        "tmrw_noon_pacific",
        "en-US",
        s3,
        "quick chat w/ sam",
        sent,
        "'tmrw at noon pacific works for sam': Thursday 10 Dec 12:00 Los Angeles.",
        zoned(st, None, LA),
        "hi alex! tmrw at noon pacific works for sam, he'll call ur cell. its a casual one, "
        "mostly about the team\n\nmegan" + IPHONE,
    )
    s4 = ("Derek Lund", "dlund@prairiehire.example.com")
    sent = at(2027, 1, 12, 17, 15, CHI, "Tue")
    st = at(2027, 1, 18, 11, 0, CHI, "Mon")
    yield case(
        f,
        "mon_118_central",
        "en-US",
        s4,
        "GM mtg",
        sent,
        "'mon 1/18 @ 11am central w/ the GM': Monday 18 Jan 11:00 Chicago.",
        zoned(st, None, CHI),
        "alex - you're on for mon 1/18 @ 11am central w/ the GM at the plant. park in "
        "visitor lot B, ask for linda at the front\n\nD" + ANDROID,
    )
    sent = at(2026, 12, 14, 16, 30, NY, "Mon")
    chk(2026, 12, 15, "Tue")
    yield case(
        f,
        "not_confirmed_yet",
        "en-US",
        s,
        "tues?",
        sent,
        "Look-alike: 'the client floated 2pm tues but nothing's confirmed yet - dont hold it': "
        "a proposal not yet made firm.",
        NEG,
        "heads up - the client floated 2pm tues for the next round but nothing's confirmed "
        "yet, dont hold it. i'll confirm once i hear back from their EA\n\nbri" + IPHONE,
    )
    sent = at(2026, 12, 11, 12, 0, NY, "Fri")
    chk(2026, 12, 17, "Thu")
    yield case(
        f,
        "other_finalist",
        "en-US",
        s2,
        "timeline",
        sent,
        "Look-alike: the other finalist's slot ('jordan is in thurs 12/17 at 10am').",
        NEG,
        "fyi on timing - the other finalist (jordan) is in thurs 12/17 at 10am, so we should "
        "have a decision by fri. nothing needed from you rn\n\nKevin",
    )
    sent = at(2026, 12, 16, 11, 5, LA, "Wed")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "happy_hour",
        "en-US",
        s3,
        "fri hh",
        sent,
        "Look-alike: a team happy hour 'fri 5:30 at the brewery on 3rd, come say hi'.",
        NEG,
        "team happy hour fri 5:30 at the brewery on 3rd - come say hi if ur around, no "
        "pressure at all!\n\nmegan",
    )


def ukau21() -> Iterator[Case]:
    f = "ukau21"
    s = ("Harriet Lowe", "harriet.lowe@kestrel-eng.example.co.uk")
    sent = at(2026, 12, 10, 9, 15, LON, "Thu")
    st = at(2026, 12, 10, 15, 30, LON, "Thu")
    yield case(
        f,
        "half_3_same_day",
        "en-GB",
        s,
        "Re: this afternoon",
        sent,
        "Move asked and confirmed: 'shall we move it to half 3 same day? ... she's fine with "
        "it, so that's confirmed': Thursday 10 Dec 15:30; no zone word.",
        wall(st, None, sent, "reschedule"),
        "Morning Alex, Priya's got a clash at 2 - shall we move it to half 3 same day? Just "
        "checked with her and she's fine with it, so that's confirmed, see you then. Same "
        "Teams link.\n\nH",
        reply=True,
    )
    s2 = ("Jess Nguyen", "jess@wattleworks.example.com.au")
    sent = at(2026, 12, 8, 16, 0, SYD, "Tue")
    st = at(2026, 12, 9, 14, 0, SYD, "Wed")
    yield case(
        f,
        "tmrw_arvo_aedt",
        "en-AU",
        s2,
        "chat tmrw",
        sent,
        "'locked in for tmrw arvo - 2pm AEDT': the instant 14:00 Sydney on Wednesday 9 Dec; "
        "AEDT is kept by several states, so no timezone label.",
        instant(st),
        "hey alex, righto, locked in for tmrw arvo - 2pm AEDT, I'll give you a ring on your "
        "mobile. shouldn't be more than half an hour\n\ncheers, jess",
    )
    s3 = ("Callum Reid", "callum.reid@brightharbour.example.com.au")
    sent = at(2026, 12, 7, 10, 20, SYD, "Mon")
    st = at(2026, 12, 11, 12, 0, SYD, "Fri")
    yield case(
        f,
        "midday_sydney_fri",
        "en-AU",
        s3,
        "Friday",
        sent,
        "'midday sydney time fri, level 4': Friday 11 Dec 12:00 Sydney.",
        zoned(st, None, SYD),
        "G'day Alex - we're set for midday sydney time fri, level 4 of the pitt st office. "
        "ask for me at reception\n\nCallum" + IPHONE,
    )
    sent = at(2026, 12, 11, 19, 0, SYD, "Fri")
    st = at(2026, 12, 16, 9, 0, LON, "Wed")
    yield case(
        f,
        "your_time_mine",
        "en-GB",
        s3,
        "Re: next round",
        sent,
        "Sender in Sydney, reader in London: 'wed works - 9am your time = 8pm mine': the "
        "instant 09:00 London on Wednesday 16 Dec; no zone label.",
        instant(st),
        thread(
            "wed works - 9am your time = 8pm mine. I'll send a teams invite tonight\n\nC",
            quoted(
                ALEX,
                "Fri, 11 Dec 2026 at 07:10",
                "Hi Callum, I could do Tue or Wed next week, mornings UK time work best.\n\nAlex",
            ),
        ),
        reply=True,
    )
    sent = at(2026, 12, 9, 13, 0, LON, "Wed")
    yield case(
        f,
        "coffee_catchup",
        "en-GB",
        s,
        "coffee?",
        sent,
        "Look-alike: 'fancy a coffee next week? no agenda, just a catch up'; nothing set.",
        NEG,
        "Alex - fancy a coffee next week? no agenda, just a catch up now you've met the team. "
        "let me know a day that suits\n\nH",
    )
    sent = at(2026, 12, 14, 8, 45, SYD, "Mon")
    chk(2026, 12, 17, "Thu")
    yield case(
        f,
        "colleague_final",
        "en-AU",
        s2,
        "notes for liam",
        sent,
        "Look-alike: a colleague's final round ('liam has his final thurs 2pm').",
        NEG,
        "mate, liam from our team has his final thurs 2pm - could you send him those notes on "
        "the pipeline before then? ta\n\njess",
    )


def caza21() -> Iterator[Case]:
    f = "caza21"
    s = ("Nadia Chen", "nadia.chen@mapletalent.example.ca")
    sent = at(2026, 12, 9, 14, 10, TOR, "Wed")
    st = at(2026, 12, 15, 13, 0, TOR, "Tue")
    yield case(
        f,
        "et_pt_tues",
        "en-CA",
        s,
        "round 2",
        sent,
        "'let's do 1pm ET / 10am PT on tues 12/15': the instant 13:00 Toronto on Tuesday 15 "
        "Dec; two zones, no timezone label.",
        instant(st),
        "hi alex, let's do 1pm ET / 10am PT on tues 12/15 for round 2 - the hiring mgr is in "
        "vancouver so it'll be on teams. invite coming from her\n\nnadia",
    )
    sent = at(2027, 1, 6, 11, 0, TOR, "Wed")
    st = at(2027, 1, 11, 9, 30, TOR, "Mon")
    yield case(
        f,
        "mon_jan11_eastern",
        "en-CA",
        s,
        "director mtg",
        sent,
        "'mon jan 11 @ 9:30am eastern w/ the director': Monday 11 Jan 09:30 Toronto.",
        zoned(st, None, TOR),
        "alex - confirmed mon jan 11 @ 9:30am eastern w/ the director, 45 mins, bay st office "
        "18th floor\n\nN" + IPHONE,
    )
    s2 = ("Thandi Mokoena", "thandi@capepeople.example.co.za")
    sent = at(2026, 12, 9, 15, 30, JNB, "Wed")
    st = at(2026, 12, 10, 10, 0, JNB, "Thu")
    yield case(
        f,
        "tmrw_10h00_sast",
        "en-ZA",
        s2,
        "Interview tomorrow",
        sent,
        "'tomorrow at 10h00 SAST, Teams link below': Thursday 10 Dec 10:00 Johannesburg.",
        zoned(st, None, JNB),
        "Hi Alex\n\nJust confirming tomorrow at 10h00 SAST with Sipho and the tech lead, Teams "
        "link below. Shout if anything changes.\n\nhttps://teams.example/l/cape-4471\n\nThandi",
    )
    sent = at(2026, 12, 10, 8, 20, JNB, "Thu")
    st = at(2026, 12, 10, 14, 30, JNB, "Thu")
    yield case(
        f,
        "shift_1430_confirmed",
        "en-ZA",
        s2,
        "Re: Interview tomorrow",
        sent,
        "Move asked and confirmed: 'can we shift to 14h30 same day? ... Sipho confirmed, see "
        "you then': Thursday 10 Dec 14:30; no zone word.",
        wall(st, None, sent, "reschedule"),
        "Morning Alex, sorry - load shedding at the office this morning. Can we shift to 14h30 "
        "same day? Sipho confirmed on his side, so see you then on the same link.\n\nThandi"
        + ANDROID,
        reply=True,
    )
    sent = at(2026, 12, 4, 10, 0, TOR, "Fri")
    yield case(
        f,
        "panel_lining_up",
        "en-CA",
        s,
        "next steps",
        sent,
        "Look-alike: 'still lining up the panel - probably the week of the 11th, i'll confirm a "
        "time once everyone replies'.",
        NEG,
        "hey alex, still lining up the panel - probably the week of jan 11th, i'll confirm a "
        "time once everyone replies. enjoy the holidays!\n\nnadia",
    )
    sent = at(2026, 12, 15, 17, 0, JNB, "Tue")
    chk(2026, 12, 19, "Sat")
    yield case(
        f,
        "braai_sat",
        "en-ZA",
        s2,
        "braai",
        sent,
        "Look-alike: 'braai at mine sat from 1pm'.",
        NEG,
        "Alex! year-end braai at mine sat from 1pm, bring whoever. no need to RSVP\n\nT",
    )


def dechat21() -> Iterator[Case]:
    f = "dechat21"
    s = ("Lena Brandt", "lena.brandt@wellenwerk.example.de")
    sent = at(2026, 12, 9, 17, 40, BER, "Wed")
    st = at(2026, 12, 10, 15, 30, BER, "Thu")
    yield case(
        f,
        "morgen_halb_4",
        "de",
        s,
        "morgen",
        sent,
        "'dann machen wir morgen um halb 4, ich ruf dich an': Thursday 10 Dec 15:30; no zone.",
        wall(st, None, sent),
        "hi alex, dann machen wir morgen um halb 4, ich ruf dich an. dauert max ne halbe "
        "stunde\n\nlg lena\n\nVon meinem iPhone gesendet",
    )
    s2 = ("Tobias Wirth", "t.wirth@nordlicht-it.example.de")
    sent = at(2026, 12, 18, 10, 0, BER, "Fri")
    st = at(2027, 1, 12, 14, 0, BER, "Tue")
    yield case(
        f,
        "di_121_14_15",
        "de",
        s2,
        "Termin Januar",
        sent,
        "'Di, 12.1., 14-15 Uhr bei uns im Büro': Tuesday 12 Jan 14:00-15:00; no zone.",
        wall(st, st + HOUR, sent),
        "Hallo Alex,\n\nwie besprochen: Di, 12.1., 14-15 Uhr bei uns im Büro (Hafenstr. 12, "
        "3. OG). Frohe Feiertage schon mal!\n\nTobias",
    )
    sent = at(2026, 12, 15, 9, 10, BER, "Tue")
    st = at(2026, 12, 15, 16, 0, BER, "Tue")
    yield case(
        f,
        "16_uhr_bestaetigt",
        "de",
        s,
        "Re: heute",
        sent,
        "Move asked and confirmed: 'können wir auf 16 Uhr gleicher Tag schieben? ... also "
        "bestätigt, bis dann': Tuesday 15 Dec 16:00; no zone.",
        wall(st, None, sent, "reschedule"),
        "sorry alex, bei mir brennt's grad - können wir auf 16 Uhr gleicher Tag schieben? hab "
        "grad mit jana gesprochen, passt ihr auch, also bestätigt. bis dann!\n\nlena",
        reply=True,
    )
    sent = at(2026, 12, 14, 12, 30, BER, "Mon")
    st = at(2026, 12, 17, 11, 0, BER, "Thu")
    yield case(
        f,
        "do_11_passt",
        "de",
        s2,
        "AW: Gespräch",
        sent,
        "'Do 11 Uhr passt' over the candidate's 'Do 11 Uhr oder Fr 14 Uhr?': Thursday 17 Dec "
        "11:00; no zone.",
        wall(st, None, sent),
        thread(
            "Do 11 Uhr passt, bis dann!\n\nT",
            (
                "Am So., 13. Dez. 2026 um 20:14 Uhr schrieb " + ALEX + ":",
                "Hallo Tobias, mir ginge Do 11 Uhr oder Fr 14 Uhr.\n\nGruß Alex",
            ),
        ),
        reply=True,
    )
    sent = at(2026, 12, 10, 18, 0, BER, "Thu")
    yield case(
        f,
        "naechste_woche_zeit",
        "de",
        s,
        "nächste woche",
        sent,
        "Look-alike: 'hast du nächste Woche mal Zeit? sag mir wann's dir passt'; no time.",
        NEG,
        "hey, hast du nächste woche mal zeit für nen kaffee? sag mir einfach wann's dir "
        "passt\n\nlena",
    )
    sent = at(2026, 12, 11, 9, 0, BER, "Fri")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "weihnachtsfeier",
        "de",
        s2,
        "Weihnachtsfeier",
        sent,
        "Look-alike: 'Weihnachtsfeier am Fr ab 18 Uhr im Brauhaus'.",
        NEG,
        "Hi Alex, unsere Weihnachtsfeier ist am Fr ab 18 Uhr im Brauhaus am Markt - du bist "
        "als Neuzugang herzlich eingeladen, kein Muss!\n\nTobias",
    )


def esmx21() -> Iterator[Case]:
    f = "esmx21"
    s = ("Laura Vidal", "laura.vidal@brisa-tech.example.es")
    sent = at(2026, 12, 14, 11, 0, MAD, "Mon")
    st = at(2026, 12, 16, 17, 0, MAD, "Wed")
    yield case(
        f,
        "mie_5_tarde",
        "es",
        s,
        "entrevista",
        sent,
        "'el mié a las 5 d la tarde por meet': Wednesday 16 Dec 17:00; no zone.",
        wall(st, None, sent),
        "hola alex! te va bien el mié a las 5 d la tarde por meet con el CTO? te paso el link "
        "luego\n\nLaura\n\nEnviado desde mi iPhone",
    )
    s2 = ("Diego Ramírez", "diego.ramirez@nopal-rh.example.mx")
    sent = at(2026, 12, 7, 13, 0, MEX, "Mon")
    st = at(2026, 12, 10, 11, 0, MEX, "Thu")
    yield case(
        f,
        "jue_11_centro",
        "es-MX",
        s2,
        "entrevista jueves",
        sent,
        "'el jue a las 11 hrs (hora del centro)': Thursday 10 Dec 11:00 Mexico City.",
        zoned(st, None, MEX),
        "Que tal Alex, quedamos el jue a las 11 hrs (hora del centro) con la directora, en "
        "las oficinas de Reforma. Cualquier cosa me avisas\n\nDiego",
    )
    sent = at(2026, 12, 16, 9, 30, MAD, "Wed")
    st = at(2026, 12, 16, 12, 0, MAD, "Wed")
    yield case(
        f,
        "mismo_dia_12",
        "es",
        s,
        "RE: entrevista",
        sent,
        "Move asked and confirmed: '¿lo pasamos a las 12 el mismo día? ... queda confirmado, "
        "nos vemos': Wednesday 16 Dec 12:00; no zone.",
        wall(st, None, sent, "reschedule"),
        "alex perdona, al CTO le ha surgido algo a las 5 - ¿lo pasamos a las 12 el mismo día? "
        "ya lo he hablado con él y le va bien, así que queda confirmado, nos vemos a las 12\n\n"
        "Laura",
        reply=True,
    )
    sent = at(2026, 12, 10, 18, 20, MAD, "Thu")
    st = at(2026, 12, 11, 10, 30, MAD, "Fri")
    yield case(
        f,
        "manana_1030",
        "es",
        s,
        "mañana",
        sent,
        "'mañana a las 10.30h en la ofi': Friday 11 Dec 10:30; no zone.",
        wall(st, None, sent),
        "hola! entonces mañana a las 10.30h en la ofi (c/ Alcalá 88, 2º), pregunta por mí en "
        "recepción\n\nL",
    )
    sent = at(2026, 12, 15, 16, 0, MAD, "Tue")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "canas_viernes",
        "es",
        s,
        "cañas",
        sent,
        "Look-alike: 'el vie cañas con el equipo a las 7, ¿te apuntas?'.",
        NEG,
        "oye, el vie cañas con el equipo a las 7 en el bar de abajo, ¿te apuntas?\n\nL",
    )
    sent = at(2026, 12, 8, 9, 0, MEX, "Tue")
    chk(2026, 12, 10, "Thu")
    yield case(
        f,
        "entrevista_marta",
        "es-MX",
        s2,
        "recordatorio",
        sent,
        "Look-alike: a colleague's interview ('Marta tiene su entrevista el jue a las 4').",
        NEG,
        "Alex, te recuerdo que Marta tiene su entrevista el jue a las 4, ¿puedes estar tú "
        "para la parte técnica? son 20 min\n\nDiego",
    )


def ptnl21() -> Iterator[Case]:
    f = "ptnl21"
    s = ("Camila Souza", "camila.souza@ipe-digital.example.com.br")
    sent = at(2026, 12, 14, 10, 0, SAO, "Mon")
    st = at(2026, 12, 16, 10, 0, SAO, "Wed")
    yield case(
        f,
        "qua_10h",
        "pt-BR",
        s,
        "Re: entrevista",
        sent,
        "'fechado então: qua às 10h pelo meet': Wednesday 16 Dec 10:00; no zone.",
        wall(st, None, sent),
        "oi alex, fechado então: qua às 10h pelo meet, com o gestor da área. mando o link "
        "mais tarde\n\nabs, Camila",
        reply=True,
    )
    s2 = ("Rui Carvalho", "rui.carvalho@mareverde.example.pt")
    sent = at(2026, 12, 9, 16, 30, LIS, "Wed")
    st = at(2026, 12, 10, 15, 0, LIS, "Thu")
    yield case(
        f,
        "amanha_15h_lisboa",
        "pt-PT",
        s2,
        "amanhã",
        sent,
        "'amanhã às 15h, hora de Lisboa': Thursday 10 Dec 15:00 Lisbon.",
        zoned(st, None, LIS),
        "Olá Alex, fica então amanhã às 15h, hora de Lisboa, por Teams. Até amanhã!\n\nRui",
    )
    s3 = ("Sanne de Vries", "sanne@grachtlabs.example.nl")
    sent = at(2026, 12, 14, 17, 0, AMS, "Mon")
    st = at(2026, 12, 15, 15, 30, AMS, "Tue")
    yield case(
        f,
        "morgen_half_4",
        "nl",
        s3,
        "morgen",
        sent,
        "'morgen om half 4, ik bel je': Tuesday 15 Dec 15:30; no zone.",
        wall(st, None, sent),
        "hoi alex, laten we morgen om half 4 doen, ik bel je. duurt ongeveer een half "
        "uurtje\n\ngr sanne",
    )
    s4 = ("Wout Peeters", "wout.peeters@scheldesoft.example.be")
    sent = at(2026, 12, 11, 11, 0, BRU, "Fri")
    st = at(2026, 12, 17, 14, 0, BRU, "Thu")
    yield case(
        f,
        "do_1712_14u",
        "nl-BE",
        s4,
        "gesprek",
        sent,
        "'do 17/12 om 14u in ons kantoor': Thursday 17 Dec 14:00; no zone.",
        wall(st, None, sent),
        "Dag Alex, we zien je graag do 17/12 om 14u in ons kantoor in Antwerpen. Vraag naar "
        "mij aan het onthaal.\n\nWout",
    )
    sent = at(2026, 12, 14, 15, 0, SAO, "Mon")
    chk(2026, 12, 17, "Thu")
    yield case(
        f,
        "nada_confirmado",
        "pt-BR",
        s,
        "agenda",
        sent,
        "Look-alike: 'provavelmente na qui às 14h, mas nada confirmado ainda'.",
        NEG,
        "alex, ainda tô vendo a agenda do diretor - provavelmente na qui às 14h, mas nada "
        "confirmado ainda. te aviso assim que fechar\n\nCamila",
    )
    sent = at(2026, 12, 16, 12, 0, AMS, "Wed")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "borrel_vrijdag",
        "nl",
        s3,
        "borrel",
        sent,
        "Look-alike: 'vrijdag borrel vanaf 17u, kom je ook?'.",
        NEG,
        "hee alex, vrijdag borrel vanaf 17u op kantoor, kom je ook? je bent welkom hoor\n\nsanne",
    )


def frit21() -> Iterator[Case]:
    f = "frit21"
    s = ("Claire Martin", "claire.martin@atelier-logiciel.example.fr")
    sent = at(2026, 12, 9, 17, 0, PAR, "Wed")
    st = at(2026, 12, 10, 11, 0, PAR, "Thu")
    yield case(
        f,
        "demain_11h",
        "fr",
        s,
        "demain",
        sent,
        "'ok pour demain 11h, je t'appelle': Thursday 10 Dec 11:00; no zone.",
        wall(st, None, sent),
        "coucou alex, ok pour demain 11h, je t'appelle sur ton portable. 30 min max\n\nClaire"
        "\n\nEnvoyé de mon iPhone",
    )
    sent = at(2026, 12, 10, 9, 0, PAR, "Thu")
    st = at(2026, 12, 10, 16, 0, PAR, "Thu")
    yield case(
        f,
        "decaler_16h",
        "fr",
        s,
        "RE: demain",
        sent,
        "Move asked and confirmed: 'on peut décaler à 16h le même jour ? ... c'est confirmé': "
        "Thursday 10 Dec 16:00; no zone.",
        wall(st, None, sent, "reschedule"),
        "désolée alex, imprévu ce matin - on peut décaler à 16h le même jour ? j'ai vu avec "
        "Paul, il est dispo, donc c'est confirmé, à tout à l'heure\n\nC",
        reply=True,
    )
    s2 = ("Giulia Ferri", "giulia.ferri@lagunadata.example.it")
    sent = at(2026, 12, 14, 12, 0, ROM, "Mon")
    st = at(2026, 12, 17, 15, 0, ROM, "Thu")
    yield case(
        f,
        "gio_alle_15",
        "it",
        s2,
        "colloquio",
        sent,
        "'gio alle 15, ci vediamo in ufficio': Thursday 17 Dec 15:00; no zone.",
        wall(st, None, sent),
        "ciao alex, allora gio alle 15, ci vediamo in ufficio in via Torino 40. chiedi di me "
        "alla reception\n\nGiulia",
    )
    sent = at(2026, 12, 15, 18, 0, ROM, "Tue")
    st = at(2026, 12, 16, 10, 30, ROM, "Wed")
    yield case(
        f,
        "domani_1030_ora_italiana",
        "it",
        s2,
        "domani",
        sent,
        "'domani alle 10.30 ora italiana su Teams': Wednesday 16 Dec 10:30 Rome.",
        zoned(st, None, ROM),
        "ciao alex, confermato domani alle 10.30 ora italiana su Teams con il responsabile "
        "tecnico. a domani!\n\nG",
    )
    sent = at(2026, 12, 14, 10, 0, PAR, "Mon")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "apero_vendredi",
        "fr",
        s,
        "apéro",
        sent,
        "Look-alike: 'apéro vendredi 19h chez Paul'.",
        NEG,
        "apéro vendredi 19h chez Paul pour fêter la fin d'année, viens si tu veux !\n\nC",
    )
    sent = at(2026, 12, 11, 9, 30, ROM, "Fri")
    chk(2026, 12, 15, "Tue")
    yield case(
        f,
        "colloquio_luca",
        "it",
        s2,
        "luca",
        sent,
        "Look-alike: a colleague's interview ('Luca ha il colloquio mar alle 11').",
        NEG,
        "alex, Luca ha il colloquio mar alle 11, riesci a esserci per la parte tecnica? 20 "
        "minuti\n\nGiulia",
    )


def inaus21() -> Iterator[Case]:
    f = "inaus21"
    s = ("Ritika Sharma", "ritika@talentbridge.example.in")
    sent = at(2026, 12, 9, 18, 0, KOL, "Wed")
    st = at(2026, 12, 10, 15, 0, KOL, "Thu")
    yield case(
        f,
        "tmrw_3pm_ist",
        "en-IN",
        s,
        "HR round tmrw",
        sent,
        "'tmrw 3pm IST, HR round on teams': Thursday 10 Dec 15:00 Kolkata.",
        zoned(st, None, KOL),
        "Hi Alex, ur HR round is scheduled tmrw 3pm IST on teams. pls keep ur docs ready. "
        "link will be shared by client\n\nRegards\nRitika" + ANDROID,
    )
    sent = at(2026, 12, 10, 9, 0, KOL, "Thu")
    st = at(2026, 12, 10, 11, 0, KOL, "Thu")
    yield case(
        f,
        "prepone_11am",
        "en-IN",
        s,
        "RE: HR round tmrw",
        sent,
        "Move asked and confirmed: 'can we prepone to 11am same day? ... confirmed with "
        "panel': Thursday 10 Dec 11:00; no zone word.",
        wall(st, None, sent, "reschedule"),
        "Hi Alex, client is asking can we prepone to 11am same day? i have confirmed with "
        "panel, so pls join at 11. same link\n\nRitika",
        reply=True,
    )
    s2 = ("Brodie Walsh", "brodie@coralcoast.example.com.au")
    sent = at(2026, 12, 14, 16, 0, BNE, "Mon")
    st = at(2026, 12, 17, 9, 30, BNE, "Thu")
    yield case(
        f,
        "thurs_930_aest",
        "en-AU",
        s2,
        "thurs",
        sent,
        "'thurs 9.30am AEST, brisbane office': Thursday 17 Dec 09:30 Brisbane (AEST in "
        "December is Queensland's).",
        zoned(st, None, BNE),
        "hey alex, you're booked for thurs 9.30am AEST at the brisbane office, eagle st. "
        "bring ID for the lobby\n\nbrodie",
    )
    sent = at(2026, 12, 9, 12, 0, KOL, "Wed")
    st = at(2026, 12, 14, 11, 0, KOL, "Mon")
    yield case(
        f,
        "ist_gmt_mon",
        "en-IN",
        s,
        "client call mon",
        sent,
        "'11am IST / 5:30am GMT on mon 14/12': the instant 11:00 Kolkata on Monday 14 Dec; "
        "two zones, no timezone label.",
        instant(st),
        "Hi Alex, client call fixed for 11am IST / 5:30am GMT on mon 14/12, their UK manager "
        "will join early morning. pls confirm receipt\n\nRitika",
    )
    sent = at(2026, 12, 11, 10, 0, KOL, "Fri")
    yield case(
        f,
        "share_availability",
        "en-IN",
        s,
        "availability",
        sent,
        "Look-alike: 'pls share ur availability for next week, slots 10am-6pm IST'.",
        NEG,
        "Hi Alex, pls share ur availability for next week for the final round, client slots "
        "are 10am-6pm IST. will revert with confirmation\n\nRitika",
    )
    sent = at(2026, 12, 14, 9, 0, BNE, "Mon")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "xmas_lunch",
        "en-AU",
        s2,
        "xmas lunch",
        sent,
        "Look-alike: 'xmas lunch fri 18th at 12:30, the pub on george st'.",
        NEG,
        "all - xmas lunch fri 18th at 12:30, the pub on george st. alex you're welcome to "
        "come along\n\nbrodie",
    )


def casneg21() -> Iterator[Case]:
    f = "casneg21"
    sent = at(2026, 12, 8, 15, 0, NY, "Tue")
    chk(2026, 12, 15, "Tue")
    yield case(
        f,
        "proposed_not_confirmed",
        "en-US",
        ("Ty Harper", "ty@harper-recruit.example.com"),
        "update",
        sent,
        "Look-alike: 'hiring mgr proposed tues 2pm but hasnt confirmed, will lyk'.",
        NEG,
        "quick update - hiring mgr proposed tues 2pm but hasnt confirmed yet, will lyk as "
        "soon as i hear. dont block it yet\n\nty" + IPHONE,
    )
    sent = at(2026, 12, 9, 14, 0, BER, "Wed")
    chk(2026, 12, 16, "Wed")
    yield case(
        f,
        "wollten_vorschlagen",
        "de",
        ("Miriam Otto", "m.otto@feldberg.example.de"),
        "Termin",
        sent,
        "Look-alike: 'wir wollten Mi 10 Uhr vorschlagen, warten aber noch auf das Team'.",
        NEG,
        "hi alex, wir wollten eigentlich Mi 10 Uhr vorschlagen, warten aber noch auf "
        "Rückmeldung vom Team. melde mich!\n\nMiriam",
    )
    sent = at(2026, 12, 14, 19, 0, MAD, "Mon")
    chk(2026, 12, 19, "Sat")
    yield case(
        f,
        "cena_navidad",
        "es",
        ("Pablo", "pablo.g@correo.example.es"),
        "cena",
        sent,
        "Look-alike: 'cena de navidad el sáb a las 9'.",
        NEG,
        "no te olvides de la cena de navidad el sáb a las 9 en casa de mis padres!!\n\np",
    )
    sent = at(2026, 12, 14, 9, 0, AMS, "Mon")
    chk(2026, 12, 17, "Thu")
    yield case(
        f,
        "gesprek_pieter",
        "nl",
        ("Eva Jansen", "eva.jansen@dijkdata.example.nl"),
        "pieter",
        sent,
        "Look-alike: someone else's interview ('Pieter heeft zijn gesprek do om 10u').",
        NEG,
        "hoi alex, Pieter heeft zijn gesprek do om 10u, kun jij hem daarna even rondleiden? "
        "dank!\n\nEva",
    )
    sent = at(2026, 12, 15, 17, 0, ROM, "Tue")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "aperitivo_ven",
        "it",
        ("Marco", "marco.b@posta.example.it"),
        "aperitivo",
        sent,
        "Look-alike: 'aperitivo ven alle 19?'.",
        NEG,
        "ehi, aperitivo ven alle 19 al solito posto? ci sono anche gli altri\n\nm",
    )
    sent = at(2026, 12, 9, 11, 0, LON, "Wed")
    chk(2026, 12, 11, "Fri")
    yield case(
        f,
        "check_with_sarah",
        "en-GB",
        ("Olly Grant", "olly.grant@ferncastle.example.co.uk"),
        "Re: next stage",
        sent,
        "Look-alike: 'let me check with Sarah and come back to you' over the candidate's own "
        "'could we do fri 11am?'.",
        NEG,
        thread(
            "Thanks Alex - let me check with Sarah and come back to you.\n\nOlly",
            quoted(
                ALEX,
                "Tue, 8 Dec 2026 at 18:40",
                "Hi Olly, could we do fri 11am for the next stage?\n\nAlex",
            ),
        ),
        reply=True,
    )


BUILDERS = [usrec21, ukau21, caza21, dechat21, esmx21, ptnl21, frit21, inaus21, casneg21]

FIGURES = (
    "First sight (parser at main dc6d4e38, before any change for this batch; quick.py on "
    "these files only): dev text invitations 19 of 24 right (start and, where labelled, end), "
    "11 sure (confidence >= 0.5), 1 of 13 dev look-alikes claimed ('the client floated 2pm "
    "tues but nothing's confirmed yet', 0.54); held out 5 of 8 right (3 sure), 0 of 10 "
    "look-alikes claimed; no calendar parts. Dev misses: 'el mié a las 5 d la tarde' and "
    "'qua às 10h' (no date read), 'can we move to 4pm est same day?' and '¿lo pasamos a las "
    "12 el mismo día?' (no date), 'wed works - 9am your time = 8pm mine' (no time); right "
    "but unsure (0.45): 'morgen um halb 4', 'morgen om half 4', 'Di, 12.1., 14-15 Uhr', 'mon "
    "1/18 @ 11am central w/ the GM', 'mon jan 11 @ 9:30am eastern w/ the director', 'mañana a "
    "las 10.30h', 'amanhã às 15h, hora de Lisboa', 'können wir auf 16 Uhr gleicher Tag "
    "schieben?'. After the batch's rules: dev 24 of 24 right (20 sure), 0 of 13 claimed; held "
    "out 6 of 8 (4 sure), 0 of 10 claimed. The typos20 dev files: 27 of 32 right (19 sure) "
    "before, 31 of 32 (24 sure) after, 0 of 17 claimed both times. Whole corpus (quick.py, "
    "main dc6d4e38 against this branch): cmp.py shows no BROKE line; 9 FIXED (the typos20 "
    "files above plus confirmpick19 'dinsdag 9:30' and itnlp16 'morgenmiddag om drie', now "
    "sure), held out better 1, worse 0."
)
RULES = """## Rules and their sources

- An abbreviated weekday before the Romance or Dutch word for "at" names the day, as "thu
  at 4pm" did ("el jue a las 4 d la tarde", "el mié a las 17h", "qua às 10h", "qui às
  15h", "vie a las 11 hrs"); "d la tarde" (the vowel dropped) still says afternoon, and
  "wed works - 9am" keeps its day (`when.py`, `weekday_short`, merword). Sources:
  typos20 `esrapido20` and `nlpt20`, casual21 `esmx21` and `ptnl21`.
- A move to another hour "same day" asked as a question with no date in its line is the
  day of writing ("can we move to 4pm est same day?", "¿lo pasamos a las 12 el mismo
  día?", "können wir auf 16 Uhr gleicher Tag schieben?"); over a quoted slot it is that
  slot's day, asked or not (`when.py`, `_same_day_move`, `_read_anchored`). German
  "gleicher Tag" joins "gleichen Tag". Sources: typos20 `phonerec20`, casual21 `usrec21`,
  `esmx21`, `dechat21`, `caza21`; the statement form over a quote (`bottompost15`) is kept.
- "3pm your time = 8pm mine" takes the writer's hour at the Date header's offset
  (`when.py`, `_own_twin`). Sources: typos20 `shortre20` (London to New York), casual21
  `ukau21` (Sydney to London).
- "nothing's confirmed yet", "nada confirmado ainda", "niets bevestigd" keep a floated slot
  pending (`lookalikes.py`, PENDING_CUES). Sources: casual21 `usrec21` (en) and `ptnl21`
  (pt-BR).
- Casual words for meeting someone: "w/ the VP/GM/director/cto" (typos20 `phonerec20`,
  casual21 `usrec21`, `caza21`), "ich ruf dich an" (typos20 `dechat20`, casual21
  `dechat21`), "ik bel je" / "(dan) zien we je" (typos20 `nlpt20`, casual21 `ptnl21`),
  "bei uns im Büro" (typos20 `dechat20`, casual21 `dechat21`) (`lexicon.py`, MEETING_CUES
  and INVITATION_CUES).
"""


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the casual21 batch (`build_casual21.py`)",
        "",
        "A second batch of scheduling mail typed by hand in a hurry (phones, webmail) and "
        "look-alikes in the same voices, with no calendar part, from writers new to the "
        "corpus. All text is ours; people, companies, addresses and links are made up; no "
        "product template is rendered. Phone footers ('Sent from my iPhone', 'Get Outlook for "
        "Android', 'Von meinem iPhone gesendet', 'Enviado desde mi iPhone', 'Envoyé de mon "
        "iPhone') are written from memory. Every label was written from the datetimes the text "
        "is rendered from, before the parser was run on the message. Conventions follow "
        "typos20: a zone word naming one zone ('est', 'pacific', 'central', 'eastern' from a "
        "Canadian sender, 'sydney time', 'SAST', 'IST' from an Indian sender, 'AEST' from "
        "Brisbane, 'hora del centro', 'hora de Lisboa', 'ora italiana') is labelled with that "
        "IANA zone; no zone word means wall time (tz_stated false); two zones side by side "
        "('10am PT / 1pm ET', '9am your time = 8pm mine') and 'AEDT' (kept by several states) "
        "pin an instant but no zone. Loose lengths give no end; stated ranges do. A move asked "
        "as a question and confirmed in the same mail is a reschedule to the new slot; a "
        "proposal not yet confirmed, someone else's slot, an ask with no time and social "
        "plans are not invitations.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_casual21.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-casual21.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
