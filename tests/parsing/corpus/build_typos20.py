"""Write the "typos20" batch: scheduling mail typed by hand in a hurry, and its look-alikes.

Run: .venv/bin/python tests/parsing/corpus/build_typos20.py

Recruiters, hiring managers and founders writing from phones and webmail: lowercase, missing
punctuation, typos and shorthand ('tmrw', 'thurs', 'wed 12/9', '2.30pm', '1430hrs', '2pm-ish',
'noon', 'midday', UK 'half 3', '3ish', '3pm your time = 8pm mine'), weekday and month
abbreviations with or without dots, 12/24-hour clocks mixed, zone words written loosely
('est', 'ET', 'pacific', 'central', 'london time', 'uk time', 'IST', 'hora de madrid',
'heure de l'Est'), 'Sent from my iPhone' / 'Get Outlook for Android' footers and short replies
over quoted threads; English (US, UK, India), German, Spanish (Spain, Mexico), French (France,
Quebec), Dutch and Portuguese (Brazil, Portugal) in their casual registers. About two mails
in five are look-alikes in the same voices: 'can you do thurs?' with no time, a recruiter's
reply to the candidate's own proposal that fixes nothing, a friend's coffee plan, 'call me
tmrw if you can', a reminder of someone else's interview, leaving drinks. Some are forwarded
by the user under Gmail, Outlook and Apple Mail headers. Every label comes from the
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
    "hand-written; recruiters, hiring managers, founders and friends typing in a hurry on "
    "phones and in webmail; forward header blocks written from memory of the clients' "
    "layouts; " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}
MIN = timedelta(minutes=1)
IPHONE = "\n\nSent from my iPhone"
ANDROID = "\n\nGet Outlook for Android"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "phonerec20": "dev",
    "founder20": "dev",
    "shortre20": "dev",
    "dechat20": "dev",
    "esrapido20": "dev",
    "nlpt20": "dev",
    "fwdtypo20": "dev",
    "agencyin20": "dev",
    "ukhm20": "heldout",
    "frvite20": "heldout",
    "casualneg20": "heldout",
}

SOURCES = {
    "phonerec20": "US agency and in-house recruiters typing on phones: 'tmrw 2.30pm est', "
    "'thurs 12/10 11-11:45am ET', 'mon 1/11 @ 4pm central', 'fri at noon pacific', a same-day "
    "move 'can we do 4pm est instead', 'Sent from my iPhone'; look-alikes: 'can you do "
    "thurs?' with no time and 'call me tmrw if you can, after 2 is best'.",
    "founder20": "Start-up founders in lowercase webmail: 'wed 12/9 at 3ish pacific', 'noon "
    "wed works' over the candidate's question, 'monday 12/14 at midday my time (nyc)', '2pm-ish "
    "tmrw'; look-alikes: a hack night for everyone and 'maybe coffee tues? will ping you'.",
    "shortre20": "One-line replies over quoted threads: 'yep thurs 2pm works see u then', "
    "'locked in for 10:30 tues', '3pm your time = 8pm mine'; look-alikes: 'let me check w/ "
    "the team' over the candidate's own proposal, 'cant do thurs - can you do fri?', a "
    "good-luck reply to a withdrawal.",
    "dechat20": "German casual register: 'morgen um halb 3', 'Do 14 Uhr passt', 'Mi, 16.12., "
    "10-11 Uhr', 'Mo. 11.1. um 9:30 (dt. Zeit)', 'Von meinem iPhone gesendet'; look-alikes: "
    "'Kannst du Do oder Fr?' and 'Ruf mich morgen kurz an'.",
    "esrapido20": "Spanish from Spain and Mexico: 'el jue a las 4 d la tarde', 'mañana a las "
    "16h por meet', 'vie 11/12 a las 10.30 hora de madrid', 'el lunes a las 12 hrs (hora del "
    "centro)'; look-alikes: a friend's coffee and a reminder of a colleague's interview.",
    "nlpt20": "Dutch ('morgen om half 3', 'do 10/12 om 11u') and Portuguese ('qui às 15h', "
    "'amanhã às 14h30, hora de Lisboa'); look-alikes: 'kun je do of vr?' and 'me liga amanhã "
    "se puder'.",
    "fwdtypo20": "The user forwards hurried mail with a one-word note under Gmail (en, de), "
    "Outlook and Apple Mail headers: 'thurs 12/17 at 2:30pm EST', 'Mon 4th Jan 11am-12 london "
    "time' over 'Get Outlook for Android', 'wed 1/6 10am pacific', 'Do. 7.1. um 15 Uhr'; "
    "look-alikes: a forwarded coffee plan and a reminder of someone else's interview.",
    "agencyin20": "Indian agency recruiters: 'tmrw 11am IST', 'thurs 17/12 @ 3.30pm IST', "
    "'today 5pm IST telephonic round', 'postponed to mon 21/12 same time', 'Get Outlook for "
    "Android'; look-alikes: 'pls share ur availability' and a CV deadline.",
    "ukhm20": "UK hiring managers: 'half 3 thurs', '1430hrs Tues 15th Dec', 'midday Fri', "
    "'tmrw 10-10.45am (uk time)'; look-alikes: 'are you about for a quick chat next week?' "
    "and a thank-you naming when feedback comes.",
    "frvite20": "French from France and Quebec: 'jeudi 14h', 'demain 10h30', 'mar 15/12 de 9h "
    "à 10h (heure de Paris)', 'mercredi à 13h30 heure de l'Est'; look-alikes: 'appelle-moi "
    "demain si tu veux' and a Friday coffee.",
    "casualneg20": "Look-alikes only, in en, de, es and fr: a friend's coffee tmrw 3ish, a "
    "reminder of a colleague's interview to sit in on, 'ruf mich morgen an', a recruiter's "
    "'lo consulto con el equipo' over the candidate's own proposal, leaving drinks, a dinner "
    "invitation.",
}

NY, LA, CHI, LON = "America/New_York", "America/Los_Angeles", "America/Chicago", "Europe/London"
BER, MAD, MEX, PAR = "Europe/Berlin", "Europe/Madrid", "America/Mexico_City", "Europe/Paris"
MTL, AMS, BRU, SAO = "America/Toronto", "Europe/Amsterdam", "Europe/Brussels", "America/Sao_Paulo"
LIS, KOL = "Europe/Lisbon", "Asia/Kolkata"


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
        f"typos20/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        reply_to_key=f"typos20/{family}/{name}/parent" if reply else "",
    )
    if label.get("kind") != "not_invitation":
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def _who(person: tuple[str, str]) -> str:
    return f"{person[0]} <{person[1]}>"


DE_WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MO = [
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


def forward_block(client: str, org: tuple[str, str], sent: datetime, subject: str) -> str:
    """The header block a client writes above a forwarded message (layouts from memory)."""
    who, rcpt = _who(org), _who(ME)
    twelve = f"{sent.hour % 12 or 12}:{sent:%M} {'AM' if sent.hour < 12 else 'PM'}"
    if client == "gmail":
        return (
            f"---------- Forwarded message ---------\nFrom: {who}\n"
            f"Date: {sent:%a}, {sent:%b} {sent.day}, {sent.year} at {twelve}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "gmail-de":
        return (
            f"---------- Weitergeleitete Nachricht ---------\nVon: {who}\n"
            f"Date: {DE_WD[sent.weekday()]}, {sent.day}. {DE_MO[sent.month - 1]} {sent.year} "
            f"um {sent:%H:%M} Uhr\nSubject: {subject}\nTo: {rcpt}\n"
        )
    if client == "outlook":
        return (
            f"________________________________\nFrom: {who}\n"
            f"Sent: {sent:%A}, {sent:%B} {sent.day}, {sent.year} {twelve}\n"
            f"To: {rcpt}\nSubject: {subject}\n"
        )
    if client == "apple":
        return (
            f"Begin forwarded message:\n\nFrom: {who}\nSubject: {subject}\n"
            f"Date: {sent:%B} {sent.day}, {sent.year} at {sent.hour % 12 or 12}:{sent:%M:%S} "
            f"{'AM' if sent.hour < 12 else 'PM'} {sent.tzname()}\nTo: {rcpt}\n"
        )
    raise ValueError(f"no forward layout for {client}")


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
) -> Case:
    """The user forwards a mail with a short note of their own."""
    block = forward_block(client, org, sent, subject)
    prefix = "FW" if client == "outlook" else "Fwd"
    text = f"{user_note}\n\n{block}\n{body.strip()}\n"
    raw = mail(
        f"typos20/{family}/{name}",
        sender=ME,
        to=pp.HOOK,
        subject=f"{prefix}: {subject}",
        sent=sent + timedelta(hours=1, minutes=12),
        text=text,
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


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday typed in a look-alike's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


# --------------------------------------------------------------------------------------
def phonerec20() -> Iterator[Case]:
    f = "phonerec20"
    s = ("Kayla Brooks", "kayla@brooks-talent.example.com")
    sent = at(2026, 12, 8, 16, 10, NY, "Tue")
    st = at(2026, 12, 9, 14, 30, NY, "Wed")
    yield case(
        f,
        "tmrw_230_est",
        "en-US",
        s,
        "phone screen w/ dana",
        sent,
        "Sent Tuesday from a phone: 'dana can do tmrw 2.30pm est': Wednesday 9 Dec 14:30 New "
        "York; no length.",
        zoned(st, None, NY),
        "hi alex - quick one, the hiring mgr (dana) can do tmrw 2.30pm est for ur phone screen."
        " she'll call ur cell, the 917 one. lmk if that doesnt work for some reason\n\nthx\nkayla"
        + IPHONE,
    )
    s2 = ("Marcus Reyes", "mreyes@halcyonpay.example.com")
    sent = at(2026, 12, 7, 9, 2, NY, "Mon")
    st = at(2026, 12, 10, 11, 0, NY, "Thu")
    yield case(
        f,
        "thurs_1210_et",
        "en-US",
        s2,
        "Re: Halcyon - panel",
        sent,
        "'confirmed for thurs 12/10 11-11:45am ET w/ the panel': Thursday 10 Dec 11:00-11:45 "
        "New York.",
        zoned(st, st + 45 * MIN, NY),
        "Alex,\n\nconfirmed for thurs 12/10 11-11:45am ET w/ the panel (eng mgr + 2 seniors). "
        "zoom below, no need to prep anything besides the take home walkthru\n\n"
        "https://zoom.example/j/88120455\n\nMarcus" + IPHONE,
    )
    s3 = ("Tasha Greene", "tasha.greene@northloop-recruit.example.com")
    sent = at(2027, 1, 5, 18, 40, CHI, "Tue")
    st = at(2027, 1, 11, 16, 0, CHI, "Mon")
    yield case(
        f,
        "mon_111_central",
        "en-US",
        s3,
        "next step!!",
        sent,
        "'mon 1/11 @ 4pm central w/ the VP': Monday 11 Jan 16:00 Chicago.",
        zoned(st, None, CHI),
        "hey alex!! great news, they want u back. mon 1/11 @ 4pm central w/ the VP of ops, "
        "onsite at the fulton st office. wear whatever, theyre casual\n\ntasha" + IPHONE,
    )
    sent = at(2026, 12, 2, 12, 15, NY, "Wed")
    chk(2026, 12, 3, "Thu")
    yield case(
        f,
        "can_you_do_thurs",
        "en-US",
        s,
        "thurs?",
        sent,
        "Look-alike: 'can you do thurs? let me know what times work and ill lock it in'; no "
        "time set.",
        NEG,
        "hey alex can you do thurs? client wants to move fast. let me know what times work and "
        "ill lock it in\n\nk" + IPHONE,
    )
    sent = at(2026, 12, 14, 17, 5, NY, "Mon")
    yield case(
        f,
        "call_me_tmrw",
        "en-US",
        s2,
        "feedback",
        sent,
        "Look-alike: 'call me tmrw if you can, after 2 is best': the reader is asked to call; "
        "nothing is set.",
        NEG,
        "alex - call me tmrw if you can, after 2 is best. got some feedback from the client "
        "and want to walk u thru it before the offer convo\n\nM" + IPHONE,
    )
    sent = at(2026, 12, 9, 10, 2, NY, "Wed")
    st = at(2026, 12, 9, 16, 0, NY, "Wed")
    yield case(
        f,
        "move_4pm_est",
        "en-US",
        s,
        "Re: phone screen w/ dana",
        sent,
        "Same-day move: 'can we move to 4pm est same day? same number': Wednesday 9 Dec 16:00 "
        "New York.",
        zoned(st, None, NY, "reschedule"),
        "so sorry alex, dana got pulled into a board thing at 2.30 - can we move to 4pm est "
        "same day? she'll call the same number. tysm\n\nkayla" + IPHONE,
        reply=True,
    )
    s4 = ("Jenna Park", "jenna@tidewell.example.io")
    sent = at(2026, 12, 8, 13, 30, LA, "Tue")
    st = at(2026, 12, 11, 12, 0, LA, "Fri")
    yield case(
        f,
        "fri_noon_pacific",
        "en-US",
        s4,
        "cto chat",
        sent,
        "'ur on for fri at noon pacific w/ the cto': Friday 11 Dec 12:00 Los Angeles.",
        zoned(st, None, LA),
        "ok ur on for fri at noon pacific w/ the cto (raj). he'll send a gcal invite from his "
        "account so keep an eye out. hes super nice dont stress\n\njenna\n\nSent from my iPhone",
    )


def founder20() -> Iterator[Case]:
    f = "founder20"
    s = ("ben", "ben@quillstack.example.dev")
    sent = at(2026, 12, 3, 22, 48, LA, "Thu")
    st = at(2026, 12, 9, 15, 0, LA, "Wed")
    yield case(
        f,
        "wed_129_3ish",
        "en-US",
        s,
        "quillstack",
        sent,
        "Founder's lowercase ask with one slot: 'grab 30 min wed 12/9 at 3ish pacific? just hop "
        "on this link': Wednesday 9 Dec 15:00 Los Angeles; '30 min' is a length, no end.",
        zoned(st, None, LA),
        "hey alex - saw ur rust parser on github, really nice work. we're 4 ppl building "
        "quillstack and looking for our first infra hire. want to grab 30 min wed 12/9 at 3ish "
        "pacific? just hop on this link whenever: https://meet.example/ben-qs\n\nben\n"
        "cofounder, quillstack",
    )
    s2 = ("Priya Shah", "priya@loomfield.example.co")
    sent = at(2026, 12, 14, 8, 20, NY, "Mon")
    st = at(2026, 12, 16, 12, 0, NY, "Wed")
    yield case(
        f,
        "noon_wed_works",
        "en-US",
        s2,
        "Re: coffee chat",
        sent,
        "Reply over the candidate's 'would noon wed or thurs work?': 'noon wed works, see you "
        "at the office': Wednesday 16 Dec 12:00; no zone word.",
        wall(st, None, sent),
        thread(
            "noon wed works, see you at the office (2nd fl, buzz 4). ill grab us lunch\n\np",
            (
                "On Sun, Dec 13, 2026 at 9:12 PM Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Priya, thanks for reaching out! Would noon wed or thurs work?\n\nAlex",
            ),
        ),
        reply=True,
    )
    s3 = ("Omar Haddad", "omar@fernline.example.com")
    sent = at(2026, 12, 7, 19, 5, NY, "Mon")
    st = at(2026, 12, 14, 12, 0, NY, "Mon")
    yield case(
        f,
        "midday_my_time_nyc",
        "en-US",
        s3,
        "chat next week",
        sent,
        "'lets say monday 12/14 at midday my time (nyc)': Monday 14 Dec 12:00 New York.",
        zoned(st, None, NY),
        "alex, lets say monday 12/14 at midday my time (nyc) - google meet, link in the invite "
        "i just sent. bring questions, i'll bring the roadmap\n\n-omar",
    )
    sent = at(2026, 12, 8, 11, 0, LA, "Tue")
    chk(2026, 12, 10, "Thu")
    yield case(
        f,
        "hack_night",
        "en-US",
        s,
        "hack night thurs",
        sent,
        "Look-alike: 'we're hosting a small hack night thurs 7pm, come by if ur around, no "
        "pressure': an open group event.",
        NEG,
        "btw we're hosting a small hack night thurs 7pm at the office (pizza + whoever shows "
        "up). come by if ur around, no pressure at all, its not part of any process lol\n\nben",
    )
    sent = at(2026, 12, 10, 16, 30, NY, "Thu")
    yield case(
        f,
        "maybe_coffee_tues",
        "en-US",
        s3,
        "sf",
        sent,
        "Look-alike: 'i'll be in sf next week, maybe coffee tues? will ping you': nothing set.",
        NEG,
        "hey - i'll be in sf next week for a few days, maybe coffee tues? will ping you once i "
        "know my schedule\n\no",
    )
    sent = at(2026, 12, 15, 21, 10, LA, "Tue")
    st = at(2026, 12, 16, 14, 0, LA, "Wed")
    yield case(
        f,
        "2pm_ish_tmrw",
        "en-US",
        s,
        "tmrw",
        sent,
        "'2pm-ish tmrw, i'll call you': Wednesday 16 Dec 14:00; no zone word.",
        wall(st, None, sent),
        "2pm-ish tmrw, i'll call you for the 2nd convo w/ my cofounder. if im a few min late "
        "its bc of a board mtg lol\n\nben",
    )


def shortre20() -> Iterator[Case]:
    f = "shortre20"
    s = ("Hannah Cole", "hannah.cole@birchway.example.com")
    sent = at(2026, 12, 7, 10, 14, NY, "Mon")
    st = at(2026, 12, 10, 14, 0, NY, "Thu")
    yield case(
        f,
        "yep_thurs_2pm",
        "en-US",
        s,
        "Re: Birchway interview",
        sent,
        "'yep thurs 2pm works, see u then' over the candidate's 'could do thurs 2pm or fri am': "
        "Thursday 10 Dec 14:00; no zone word.",
        wall(st, None, sent),
        thread(
            "yep thurs 2pm works, see u then" + IPHONE,
            (
                "On Mon, Dec 7, 2026 at 9:30 AM Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Hannah,\n\nThanks! I could do thurs 2pm or fri am, whichever is easier.\n\n"
                "Alex",
            ),
        ),
        reply=True,
    )
    s2 = ("Luis Ortega", "luis.ortega@calloway-partners.example.com")
    sent = at(2026, 12, 11, 15, 45, CHI, "Fri")
    st = at(2026, 12, 15, 10, 30, CHI, "Tue")
    yield case(
        f,
        "locked_in_tues",
        "en-US",
        s2,
        "RE: times for next week",
        sent,
        "'locked in for 10:30 tues' over two levels of quotes (the recruiter's offer of tues "
        "10.30 or wed 1pm, the candidate taking tues): Tuesday 15 Dec 10:30.",
        wall(st, None, sent),
        thread(
            "perfect - locked in for 10:30 tues. teams link to follow\n\nL",
            (
                "On Fri, Dec 11, 2026 at 2:58 PM Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "tues 10.30 is great, thanks",
            ),
            (
                "On Thu, Dec 10, 2026 at 5:20 PM Luis Ortega "
                "<luis.ortega@calloway-partners.example.com> wrote:",
                "Hi Alex - could you do tues 10.30 or wed 1pm next week?",
            ),
        ),
        reply=True,
    )
    s3 = ("Ellie Banks", "ellie@harrowgate-search.example.co.uk")
    sent = at(2026, 12, 8, 11, 20, LON, "Tue")
    st = at(2026, 12, 9, 15, 0, NY, "Wed")
    yield case(
        f,
        "your_time_8pm_mine",
        "en-GB",
        s3,
        "Re: quick call",
        sent,
        "Sender in London, reader in New York: 'wed works. 3pm your time = 8pm mine': the "
        "instant 20:00 London on Wednesday 9 Dec; which zone the call lives in is not said, so "
        "no timezone label.",
        slot(st),
        thread(
            "wed works for me. 3pm your time = 8pm mine, ill call you on whatsapp\n\nE",
            (
                "On Tue, 8 Dec 2026 at 04:05, Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Ellie, I'm in New York - wed afternoon is best for me.",
            ),
        ),
        reply=True,
    )
    s4 = ("Greg Whitfield", "gwhitfield@oaklane-systems.example.com")
    sent = at(2026, 12, 9, 9, 15, NY, "Wed")
    yield case(
        f,
        "check_with_team",
        "en-US",
        s4,
        "Re: next steps",
        sent,
        "Look-alike: 'let me check w/ the team and circle back' over the candidate's own "
        "proposal 'how about wed 12/16 at 3pm?'; nothing fixed.",
        NEG,
        thread(
            "thanks alex, let me check w/ the team and circle back" + IPHONE,
            (
                "On Tue, Dec 8, 2026 at 6:44 PM Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Greg, how about wed 12/16 at 3pm for the follow-up?\n\nAlex",
            ),
        ),
        reply=True,
    )
    chk(2026, 12, 16, "Wed")
    sent = at(2026, 12, 2, 14, 0, NY, "Wed")
    chk(2026, 12, 4, "Fri")
    yield case(
        f,
        "cant_do_thurs",
        "en-US",
        s,
        "Re: Birchway interview",
        sent,
        "Look-alike: the recruiter 'cant do thurs sorry - can you do fri instead? any time "
        "after 1' over the candidate's offer of Thursday 3pm; nothing set.",
        NEG,
        thread(
            "cant do thurs sorry - can you do fri instead? any time after 1, just tell me when",
            (
                "On Wed, Dec 2, 2026 at 11:02 AM Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Hannah, thurs at 3pm works for me.\n\nAlex",
            ),
        ),
        reply=True,
    )
    sent = at(2026, 12, 16, 8, 5, CHI, "Wed")
    yield case(
        f,
        "good_luck_withdraw",
        "en-US",
        s2,
        "Re: withdrawing",
        sent,
        "Look-alike: 'no worries, good luck' over the candidate withdrawing from 'our call "
        "thurs at 11'.",
        NEG,
        thread(
            "no worries at all alex, good luck w/ the other process! door's open\n\nL",
            (
                "On Tue, Dec 15, 2026 at 7:40 PM Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Luis, I've accepted another offer, so I'll withdraw and skip our call "
                "thurs at 11. Thanks for everything.",
            ),
        ),
        reply=True,
    )


def dechat20() -> Iterator[Case]:
    f = "dechat20"
    s = ("Jonas Keller", "jonas.keller@flinkdata.example.de")
    sent = at(2026, 12, 9, 18, 20, BER, "Wed")
    st = at(2026, 12, 10, 14, 30, BER, "Thu")
    yield case(
        f,
        "morgen_halb_3",
        "de",
        s,
        "kurz wg morgen",
        sent,
        "'wir machen morgen um halb 3, ich ruf dich an': Thursday 10 Dec 14:30; no zone word.",
        wall(st, None, sent),
        "Hi Alex,\n\nwir machen morgen um halb 3, ich ruf dich an (Handy). Mit dabei ist "
        "noch Lea aus dem Team.\n\nVG Jonas\n\nVon meinem iPhone gesendet",
    )
    s2 = ("Miriam Vogt", "m.vogt@brueckner-werk.example.de")
    sent = at(2026, 12, 14, 9, 40, BER, "Mon")
    st = at(2026, 12, 17, 14, 0, BER, "Thu")
    yield case(
        f,
        "do_14_passt",
        "de",
        s2,
        "AW: Termin Gespräch",
        sent,
        "'Do 14 Uhr passt, bis dann!' over the candidate's 'Do 14 Uhr oder Fr vormittags': "
        "Thursday 17 Dec 14:00.",
        wall(st, None, sent),
        thread(
            "Do 14 Uhr passt, bis dann! Adresse: Hafenstr. 12, 2. OG, einfach klingeln.\n\nMiriam",
            (
                "Am So., 13. Dez. 2026 um 20:11 Uhr schrieb Alex Morgan "
                "<alex.morgan@mailbox.example>:",
                "Hallo Frau Vogt,\n\nich könnte Do 14 Uhr oder Fr vormittags.\n\nGrüße\nAlex",
            ),
        ),
        reply=True,
    )
    s3 = ("Tobias Brandt", "tobias@kiezcode.example.de")
    sent = at(2026, 12, 10, 12, 5, BER, "Thu")
    st = at(2026, 12, 16, 10, 0, BER, "Wed")
    yield case(
        f,
        "mi_1612_10_11",
        "de",
        s3,
        "Termin steht",
        sent,
        "'Termin steht: Mi, 16.12., 10-11 Uhr bei uns im Büro': Wednesday 16 Dec 10:00-11:00.",
        wall(st, st + 60 * MIN, sent),
        "hey alex,\n\ntermin steht: Mi, 16.12., 10-11 Uhr bei uns im Büro (Oranienstr. 40, "
        "Hinterhof). kaffee gibts, laptop brauchst du nicht\n\nbeste grüße\ntobi",
    )
    sent = at(2026, 12, 8, 16, 0, BER, "Tue")
    yield case(
        f,
        "do_oder_fr",
        "de",
        s,
        "nächste Runde",
        sent,
        "Look-alike: 'Kannst du Do oder Fr? Sag mir einfach wann, dann trag ich's ein'; no time.",
        NEG,
        "Hi Alex, kannst du Do oder Fr? Sag mir einfach wann, dann trag ich's ein.\n\nJonas\n\n"
        "Von meinem iPhone gesendet",
    )
    sent = at(2026, 12, 15, 19, 30, BER, "Tue")
    yield case(
        f,
        "ruf_mich_an",
        "de",
        s3,
        "kurz",
        sent,
        "Look-alike: 'Ruf mich morgen kurz an wenn du magst, bin ab 9 erreichbar'; nothing set.",
        NEG,
        "ruf mich morgen kurz an wenn du magst, bin ab 9 erreichbar. gibt news zum angebot\n\ntobi",
    )
    s4 = ("Sabine Krüger", "sabine.krueger@nordlicht-hr.example.de")
    sent = at(2027, 1, 4, 8, 55, BER, "Mon")
    st = at(2027, 1, 11, 9, 30, BER, "Mon")
    yield case(
        f,
        "mo_111_dt_zeit",
        "de",
        s4,
        "Zweitgespräch",
        sent,
        "'Mo. 11.1. um 9:30 (dt. Zeit) per Teams': Monday 11 Jan 9:30 Berlin.",
        zoned(st, None, BER),
        "Hallo Alex,\n\nfrohes neues! Zweitgespräch wäre dann Mo. 11.1. um 9:30 (dt. Zeit) "
        "per Teams, Link kommt separat. Dauer ca 1 Std.\n\nLG Sabine\n\n"
        "Von meinem iPhone gesendet",
    )


def esrapido20() -> Iterator[Case]:
    f = "esrapido20"
    s = ("Marta Gil", "marta.gil@olivarsoft.example.es")
    sent = at(2026, 12, 14, 11, 30, MAD, "Mon")
    st = at(2026, 12, 17, 16, 0, MAD, "Thu")
    yield case(
        f,
        "jue_a_las_4",
        "es",
        s,
        "entrevista equipo",
        sent,
        "'el jue a las 4 d la tarde te llamamos': Thursday 17 Dec 16:00; no zone word.",
        wall(st, None, sent),
        "hola alex!\n\nel jue a las 4 d la tarde te llamamos marta y yo, es la entrevista con "
        "el equipo. si no te va dime algo\n\nun abrazo\nmarta\n\nEnviado desde mi iPhone",
    )
    s2 = ("Diego Serrano", "diego@pixelmar.example.es")
    sent = at(2026, 12, 9, 17, 50, MAD, "Wed")
    st = at(2026, 12, 10, 16, 0, MAD, "Thu")
    yield case(
        f,
        "manana_16h_meet",
        "es",
        s2,
        "mañana",
        sent,
        "'mañana a las 16h por meet': Thursday 10 Dec 16:00.",
        wall(st, None, sent),
        "buenas alex, quedamos mañana a las 16h por meet: https://meet.example/pxm-rtq-alx\n"
        "hablamos con la cto tb\n\ndiego",
    )
    sent = at(2026, 12, 10, 13, 0, MAD, "Thu")
    chk(2026, 12, 11, "Fri")
    yield case(
        f,
        "cafe_viernes",
        "es",
        ("Nuria", "nuria.p@correo.example.es"),
        "cafe??",
        sent,
        "Look-alike: a friend's 'nos tomamos un café el viernes? te escribo'.",
        NEG,
        "tiaaa nos tomamos un café el viernes? te escribo mañana y vemos hora, q tengo mil "
        "cosas que contarte",
    )
    s3 = ("Rocío Méndez", "rocio.mendez@talentia-rh.example.es")
    sent = at(2026, 12, 4, 9, 10, MAD, "Fri")
    st = at(2026, 12, 11, 10, 30, MAD, "Fri")
    yield case(
        f,
        "vie_1112_hora_madrid",
        "es",
        s3,
        "Entrevista presencial",
        sent,
        "'vie 11/12 a las 10.30 hora de madrid' (day first): Friday 11 Dec 10:30 Madrid.",
        zoned(st, None, MAD),
        "Hola Alex, te confirmo: vie 11/12 a las 10.30 hora de madrid en nuestras oficinas de "
        "c/ Alcalá 88, 3º. Pregunta por mí en recepción.\n\nSaludos\nRocío",
    )
    sent = at(2026, 12, 15, 18, 0, MAD, "Tue")
    yield case(
        f,
        "entrevista_de_lucia",
        "es",
        s3,
        "mañana",
        sent,
        "Look-alike: a reminder of a colleague's interview ('la entrevista de Lucía es mañana "
        "a las 11, ¿le puedes dar la dirección?').",
        NEG,
        "alex, recuerda q la entrevista de Lucía es mañana a las 11, ¿le puedes dar la "
        "dirección de la ofi? yo no llego hasta las 12\n\ngracias!!",
    )
    s4 = ("Fernando Ruiz", "fruiz@grupo-altamira.example.mx")
    sent = at(2027, 1, 7, 19, 20, MEX, "Thu")
    st = at(2027, 1, 11, 12, 0, MEX, "Mon")
    yield case(
        f,
        "lunes_12hrs_centro",
        "es-MX",
        s4,
        "entrevista lunes",
        sent,
        "Mexican '12 hrs (hora del centro)': Monday 11 Jan 12:00 Mexico City.",
        zoned(st, None, MEX),
        "Que tal Alex, te agendé con el director el lunes a las 12 hrs (hora del centro) por "
        "zoom, te llega la liga en un rato. Saludos\n\nFernando",
    )


def nlpt20() -> Iterator[Case]:
    f = "nlpt20"
    s = ("Sanne de Vries", "sanne@grachtlabs.example.nl")
    sent = at(2026, 12, 8, 15, 30, AMS, "Tue")
    st = at(2026, 12, 9, 14, 30, AMS, "Wed")
    yield case(
        f,
        "morgen_half_3",
        "nl",
        s,
        "morgen",
        sent,
        "Dutch 'half 3' is 2:30: 'dan zien we je morgen om half 3 op kantoor': Wednesday 9 Dec "
        "14:30.",
        wall(st, None, sent),
        "hoi alex,\n\ntop, dan zien we je morgen om half 3 op kantoor (keizersgracht 210, 1e "
        "verdieping). vraag naar mij bij de balie\n\ngroetjes sanne\n\nVerzonden vanaf mijn "
        "iPhone",
    )
    s2 = ("Pieter Janssens", "pieter.janssens@kempen-it.example.be")
    sent = at(2026, 12, 4, 10, 5, BRU, "Fri")
    st = at(2026, 12, 10, 11, 0, BRU, "Thu")
    yield case(
        f,
        "do_1012_11u",
        "nl-BE",
        s2,
        "gesprek",
        sent,
        "Flemish 'do 10/12 om 11u via teams': Thursday 10 Dec 11:00.",
        wall(st, None, sent),
        "dag alex, ik heb je ingepland: do 10/12 om 11u via teams. link volgt nog.\n\nmvg\npieter",
    )
    sent = at(2026, 12, 14, 9, 0, AMS, "Mon")
    yield case(
        f,
        "do_of_vr",
        "nl",
        s,
        "volgende ronde",
        sent,
        "Look-alike: 'kun je do of vr? laat maar weten wanneer je kan'; no time.",
        NEG,
        "hoi alex, kun je do of vr voor de volgende ronde? laat maar weten wanneer je kan, dan "
        "plan ik het in\n\nsanne",
    )
    s3 = ("Camila Rocha", "camila.rocha@vitrine-tech.example.com.br")
    sent = at(2026, 12, 14, 16, 45, SAO, "Mon")
    st = at(2026, 12, 17, 15, 0, SAO, "Thu")
    yield case(
        f,
        "qui_15h",
        "pt-BR",
        s3,
        "Re: entrevista",
        sent,
        "'fechado então: qui às 15h, te mando o link do meet': Thursday 17 Dec 15:00.",
        wall(st, None, sent),
        thread(
            "oi alex, fechado então: qui às 15h, te mando o link do meet amanhã\n\nbjs\ncamila",
            (
                "Em seg., 14 de dez. de 2026 às 14:02, Alex Morgan "
                "<alex.morgan@mailbox.example> escreveu:",
                "Oi Camila, quinta à tarde fica ótimo pra mim.",
            ),
        ),
        reply=True,
    )
    sent = at(2026, 12, 9, 20, 10, SAO, "Wed")
    yield case(
        f,
        "me_liga_amanha",
        "pt-BR",
        s3,
        "proposta",
        sent,
        "Look-alike: 'me liga amanhã se puder, depois das 14h'; nothing set.",
        NEG,
        "alex me liga amanhã se puder, depois das 14h, quero falar da proposta antes de mandar "
        "formal\n\nEnviado do meu iPhone",
    )
    s4 = ("Rui Carvalho", "rui.carvalho@atlantico-dig.example.pt")
    sent = at(2027, 1, 12, 10, 0, LIS, "Tue")
    st = at(2027, 1, 13, 14, 30, LIS, "Wed")
    yield case(
        f,
        "amanha_14h30_lisboa",
        "pt-PT",
        s4,
        "entrevista amanhã",
        sent,
        "European Portuguese 'amanhã às 14h30, hora de Lisboa': Wednesday 13 Jan 14:30 Lisbon.",
        zoned(st, None, LIS),
        "Olá Alex, fica marcado para amanhã às 14h30, hora de Lisboa, por Teams. Envio o "
        "convite já a seguir.\n\nCumprimentos,\nRui",
    )


def fwdtypo20() -> Iterator[Case]:
    f = "fwdtypo20"
    s = ("Mike Dunn", "mike.dunn@corbel-staffing.example.com")
    sent = at(2026, 12, 10, 15, 20, NY, "Thu")
    st = at(2026, 12, 17, 14, 30, NY, "Thu")
    yield fwd(
        f,
        "gmail_thurs_1217_est",
        "en-US",
        "gmail",
        s,
        "corbel - final",
        sent,
        "fyi",
        "confirmed thurs 12/17 at 2:30pm EST w/ mike + the director, in person, 5th fl\n\n"
        "m" + IPHONE,
        "Gmail forward with the note 'fyi': 'confirmed thurs 12/17 at 2:30pm EST': Thursday 17 "
        "Dec 14:30 New York.",
        zoned(st, None, NY),
    )
    s2 = ("Olivia Grant", "olivia.grant@peel-hire.example.co.uk")
    sent = at(2026, 12, 18, 17, 5, LON, "Fri")
    st = at(2027, 1, 4, 11, 0, LON, "Mon")
    yield fwd(
        f,
        "outlook_mon_4th_jan_london",
        "en-GB",
        "outlook",
        s2,
        "Panel - new year",
        sent,
        "for the cal pls",
        "Hi Alex\n\nMon 4th Jan 11am-12 london time works for the panel, it'll be on teams. "
        "have a good break!\n\nOlivia" + ANDROID,
        "Outlook forward over 'Get Outlook for Android': 'Mon 4th Jan 11am-12 london time': "
        "Monday 4 Jan 11:00-12:00 London.",
        zoned(st, st + 60 * MIN, LON),
    )
    s3 = ("Dev Patel", "dev@sundial-robotics.example.com")
    sent = at(2026, 12, 21, 9, 40, LA, "Mon")
    st = at(2027, 1, 6, 10, 0, LA, "Wed")
    yield fwd(
        f,
        "apple_wed_16_pacific",
        "en-US",
        "apple",
        s3,
        "onsite",
        sent,
        "this one",
        "hey alex - onsite is wed 1/6 10am pacific, plan for the whole morning. parking "
        "validated\n\ndev" + IPHONE,
        "Apple Mail forward: 'onsite is wed 1/6 10am pacific': Wednesday 6 Jan 10:00 Los "
        "Angeles; 'the whole morning' gives no end.",
        zoned(st, None, LA),
    )
    s4 = ("Lena Hoffmann", "lena.hoffmann@saatwerk.example.de")
    sent = at(2026, 12, 22, 11, 15, BER, "Tue")
    st = at(2027, 1, 7, 15, 0, BER, "Thu")
    yield fwd(
        f,
        "gmail_de_do_71_15",
        "de",
        "gmail-de",
        s4,
        "Termin Januar",
        sent,
        "fyi",
        "Hallo Alex, dann halten wir Do. 7.1. um 15 Uhr fest, bei uns vor Ort. Schöne "
        "Feiertage!\n\nLena",
        "German Gmail forward: 'Do. 7.1. um 15 Uhr': Thursday 7 Jan 15:00; no zone word.",
        wall(st, None, sent),
    )
    s5 = ("Jess", "jess.lindqvist@mailbox.example")
    sent = at(2026, 12, 11, 20, 0, NY, "Fri")
    chk(2026, 12, 12, "Sat")
    yield fwd(
        f,
        "gmail_coffee_sat",
        "en-US",
        "gmail",
        s5,
        "coffee",
        sent,
        "lol ignore, testing",
        "coffee sat 10ish at blue bottle? bring the dog",
        "Look-alike: a forwarded friend's 'coffee sat 10ish at blue bottle?'.",
        NEG,
    )
    s6 = ("Rachel Kim", "rachel.kim@orbitly.example.com")
    sent = at(2026, 12, 15, 16, 30, NY, "Tue")
    yield fwd(
        f,
        "outlook_priya_reminder",
        "en-US",
        "outlook",
        s6,
        "reminder - priya tmrw",
        sent,
        "fyi",
        "reminder: Priya's interview is tmrw at 3pm, can you greet her at reception and walk "
        "her up? i'm stuck in another mtg till 3.15\n\nR" + ANDROID,
        "Look-alike: a forwarded reminder of a colleague's interview ('Priya's interview is "
        "tmrw at 3pm, can you greet her').",
        NEG,
    )


def agencyin20() -> Iterator[Case]:
    f = "agencyin20"
    s = ("Sneha Kulkarni", "sneha.k@talentbridge-hr.example.in")
    sent = at(2026, 12, 8, 17, 35, KOL, "Tue")
    st = at(2026, 12, 9, 11, 0, KOL, "Wed")
    yield case(
        f,
        "tmrw_11am_ist",
        "en-IN",
        s,
        "Interview tmrw - Finlogic",
        sent,
        "'ur interview is scheduled tmrw 11am IST': Wednesday 9 Dec 11:00 Kolkata.",
        zoned(st, None, KOL),
        "Hi Alex,\n\nAs discussed ur interview with Finlogic is scheduled tmrw 11am IST, teams "
        "link below. pls join 5 min before and keep resume handy.\n\n"
        "https://teams.example/l/meetup/finlogic-2291\n\nRgds\nSneha" + ANDROID,
    )
    s2 = ("Rahul Verma", "rahul.verma@apexstaff.example.in")
    sent = at(2026, 12, 14, 12, 10, KOL, "Mon")
    st = at(2026, 12, 17, 15, 30, KOL, "Thu")
    yield case(
        f,
        "thurs_1712_330_ist",
        "en-IN",
        s2,
        "Interview Schedule || Client Round",
        sent,
        "'Interview scheduled on thurs 17/12 @ 3.30pm IST with client' (day first): Thursday 17 "
        "Dec 15:30 Kolkata.",
        zoned(st, None, KOL),
        "Dear Alex,\n\nGreetings from ApexStaff!!\n\nInterview scheduled on thurs 17/12 @ "
        "3.30pm IST with client (Hexaware Pune) - F2F round. Kindly carry 2 copies of resume "
        "and ID proof. Revert with confirmation.\n\nThanks & Regards\nRahul Verma\n"
        "+91 98xxxxxx10",
    )
    sent = at(2026, 12, 10, 10, 5, KOL, "Thu")
    yield case(
        f,
        "share_availability",
        "en-IN",
        s,
        "Availability",
        sent,
        "Look-alike: 'pls share ur availability for tmrw, client wants to connect'; no time.",
        NEG,
        "Hi Alex, pls share ur availability for tmrw, client wants to connect for a quick "
        "discussion. Revert asap\n\nSneha" + ANDROID,
    )
    sent = at(2026, 12, 15, 9, 40, KOL, "Tue")
    st = at(2026, 12, 15, 17, 0, KOL, "Tue")
    yield case(
        f,
        "today_5pm_telephonic",
        "en-IN",
        s2,
        "Telephonic round today",
        sent,
        "Same day: 'today 5pm IST, telephonic round, pls be available': Tuesday 15 Dec 17:00 "
        "Kolkata.",
        zoned(st, None, KOL),
        "Hi Alex\n\ntoday 5pm IST, telephonic round with the technical panel, pls be available "
        "on ur registered no. Share confirmation.\n\nRahul" + ANDROID,
    )
    sent = at(2026, 12, 11, 18, 0, KOL, "Fri")
    yield case(
        f,
        "cv_by_tmrw_10am",
        "en-IN",
        s,
        "Updated CV",
        sent,
        "Look-alike: a deadline, 'send updated CV by tmrw 10am so i can share with client'.",
        NEG,
        "Hi Alex, pls send updated CV by tmrw 10am so i can share with client. Also mention "
        "notice period and current CTC.\n\nThanks\nSneha",
    )
    sent = at(2026, 12, 16, 14, 20, KOL, "Wed")
    st = at(2026, 12, 21, 11, 0, KOL, "Mon")
    yield case(
        f,
        "postponed_mon_2112",
        "en-IN",
        s,
        "Re: Interview tmrw - Finlogic",
        sent,
        "Move: 'postponed to mon 21/12 same time 11am IST': Monday 21 Dec 11:00 Kolkata.",
        zoned(st, None, KOL, "reschedule"),
        "Hi Alex,\n\nclient has informed tmrw interview is postponed to mon 21/12 same time "
        "11am IST, same teams link. Sorry for inconvenience.\n\nRgds\nSneha" + ANDROID,
        reply=True,
    )


def ukhm20() -> Iterator[Case]:
    f = "ukhm20"
    s = ("Gareth Evans", "gareth.evans@millbrook-eng.example.co.uk")
    sent = at(2026, 12, 8, 12, 40, LON, "Tue")
    st = at(2026, 12, 10, 15, 30, LON, "Thu")
    yield case(
        f,
        "half_3_thurs",
        "en-GB",
        s,
        "thurs",
        sent,
        "UK 'half 3' is 15:30: 'let's do half 3 on thurs then, I'll ring your mobile': "
        "Thursday 10 Dec 15:30.",
        wall(st, None, sent),
        "Alex - let's do half 3 on thurs then, I'll ring your mobile. Shouldn't be more than "
        "half an hour.\n\nGareth\n\nSent from my iPhone",
    )
    s2 = ("Fiona MacLeod", "f.macleod@strathmore-group.example.co.uk")
    sent = at(2026, 12, 9, 8, 50, LON, "Wed")
    st = at(2026, 12, 15, 14, 30, LON, "Tue")
    yield case(
        f,
        "1430hrs_tues_15th",
        "en-GB",
        s2,
        "Interview",
        sent,
        "'1430hrs Tues 15th Dec, Teams, 45 mins': Tuesday 15 Dec 14:30; the length gives no end.",
        wall(st, None, sent),
        "Morning Alex,\n\nInterview booked for 1430hrs Tues 15th Dec, Teams, 45 mins. Myself "
        "and our ops manager.\n\nRegards\nFiona",
    )
    s3 = ("Dan Holloway", "dan@holloway-joinery.example.co.uk")
    sent = at(2026, 12, 14, 19, 15, LON, "Mon")
    st = at(2026, 12, 18, 12, 0, LON, "Fri")
    yield case(
        f,
        "midday_fri_leeds",
        "en-GB",
        s3,
        "fri",
        sent,
        "'come in midday Fri at our Leeds office': Friday 18 Dec 12:00.",
        wall(st, None, sent),
        "hi alex, come in midday Fri at our Leeds office (unit 4, kirkstall rd) and we'll have "
        "a proper chat + show you the workshop. cheers dan",
    )
    sent = at(2026, 12, 11, 16, 20, LON, "Fri")
    yield case(
        f,
        "quick_chat_next_week",
        "en-GB",
        s2,
        "catch up",
        sent,
        "Look-alike: 'are you about for a quick chat next week? let me know a couple of times'.",
        NEG,
        "Hi Alex, are you about for a quick chat next week? let me know a couple of times that "
        "suit and I'll fit round you.\n\nFiona",
    )
    s4 = ("Harriet Lowe", "harriet.lowe@brindle-consult.example.co.uk")
    sent = at(2027, 1, 6, 15, 0, LON, "Wed")
    st = at(2027, 1, 7, 10, 0, LON, "Thu")
    yield case(
        f,
        "tmrw_10_1045_uk",
        "en-GB",
        s4,
        "tmrw",
        sent,
        "'tmrw 10-10.45am (uk time)': Thursday 7 Jan 10:00-10:45 London.",
        zoned(st, st + 45 * MIN, LON),
        "hi alex, just confirming tmrw 10-10.45am (uk time) with me and Sam, video link in the "
        "invite. h" + ANDROID,
    )
    sent = at(2026, 12, 10, 17, 0, LON, "Thu")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "cheers_feedback_fri",
        "en-GB",
        s,
        "today",
        sent,
        "Look-alike: a thank-you that names when feedback comes ('will be in touch by fri').",
        NEG,
        "cheers for your time today alex, enjoyed it. will be in touch by fri next week once "
        "we've seen the others\n\nGareth",
    )


def frvite20() -> Iterator[Case]:
    f = "frvite20"
    s = ("Julien Marchand", "julien@ateliers-noe.example.fr")
    sent = at(2026, 12, 7, 18, 30, PAR, "Mon")
    st = at(2026, 12, 10, 14, 0, PAR, "Thu")
    yield case(
        f,
        "jeudi_14h",
        "fr",
        s,
        "jeudi",
        sent,
        "'c'est calé pour jeudi 14h, je t'envoie le lien teams': Thursday 10 Dec 14:00.",
        wall(st, None, sent),
        "salut alex, c'est calé pour jeudi 14h, je t'envoie le lien teams demain matin. ce "
        "sera avec claire (lead dev)\n\nju\n\nEnvoyé de mon iPhone",
    )
    s2 = ("Amandine Roux", "a.roux@cabinet-lumen.example.fr")
    sent = at(2026, 12, 14, 16, 40, PAR, "Mon")
    st = at(2026, 12, 15, 10, 30, PAR, "Tue")
    yield case(
        f,
        "demain_10h30",
        "fr",
        s2,
        "RDV demain",
        sent,
        "'RDV demain 10h30 au bureau, 3e étage': Tuesday 15 Dec 10:30.",
        wall(st, None, sent),
        "Bonjour Alex,\n\nRDV demain 10h30 au bureau, 3e étage, demandez Amandine à "
        "l'accueil.\n\nBonne soirée\nAmandine",
    )
    s3 = ("Karim Benali", "karim.benali@novatrans.example.fr")
    sent = at(2026, 12, 9, 9, 5, PAR, "Wed")
    st = at(2026, 12, 15, 9, 0, PAR, "Tue")
    yield case(
        f,
        "mar_1512_9h_10h_paris",
        "fr",
        s3,
        "Entretien",
        sent,
        "'mar 15/12 de 9h à 10h (heure de Paris)': Tuesday 15 Dec 9:00-10:00 Paris.",
        zoned(st, st + 60 * MIN, PAR),
        "Bonjour Alex, je vous propose qu'on garde mar 15/12 de 9h à 10h (heure de Paris) en "
        "visio, lien ci-dessous.\nhttps://visio.example/novatrans-entretien\n\nCdlt\nKarim",
    )
    sent = at(2026, 12, 16, 19, 10, PAR, "Wed")
    yield case(
        f,
        "appelle_moi_demain",
        "fr",
        s,
        "retour",
        sent,
        "Look-alike: 'tu peux m'appeler demain si tu veux, dispo après 14h'.",
        NEG,
        "alex tu peux m'appeler demain si tu veux, dispo après 14h, j'ai un retour de l'équipe"
        "\n\nju\n\nEnvoyé de mon iPhone",
    )
    sent = at(2026, 12, 8, 12, 15, PAR, "Tue")
    chk(2026, 12, 11, "Fri")
    yield case(
        f,
        "cafe_vendredi",
        "fr",
        ("Chloé", "chloe.m@courriel.example.fr"),
        "cafe ?",
        sent,
        "Look-alike: a friend's 'on se fait un café vendredi ? dis-moi'.",
        NEG,
        "coucou ! on se fait un café vendredi ? genre 10h vers chez toi, dis-moi",
    )
    s4 = ("Mathieu Gagnon", "mgagnon@boreal-logiciel.example.ca")
    sent = at(2026, 12, 10, 14, 0, MTL, "Thu")
    st = at(2026, 12, 16, 13, 30, MTL, "Wed")
    yield case(
        f,
        "mercredi_13h30_est",
        "fr-CA",
        s4,
        "Entrevue",
        sent,
        "Quebec 'mercredi à 13h30 heure de l'Est': Wednesday 16 Dec 13:30 Toronto/Montreal time.",
        zoned(st, None, MTL),
        "Bonjour Alex,\n\nOn se parle mercredi à 13h30 heure de l'Est pour l'entrevue, sur "
        "Teams. Je t'envoie l'invitation.\n\nMerci!\nMathieu",
    )


def casualneg20() -> Iterator[Case]:
    f = "casualneg20"
    sent = at(2026, 12, 9, 13, 20, NY, "Wed")
    yield case(
        f,
        "coffee_tmrw_3ish",
        "en-US",
        ("Sam", "sam.ortiz@mailbox.example"),
        "tmrw",
        sent,
        "Look-alike: a friend's 'coffee tmrw 3ish? usual place'.",
        NEG,
        "coffee tmrw 3ish? usual place. need to vent about work lol" + IPHONE,
    )
    sent = at(2026, 12, 8, 10, 0, NY, "Tue")
    chk(2026, 12, 10, "Thu")
    yield case(
        f,
        "sit_in_sams_interview",
        "en-US",
        ("Nina Alvarez", "nina.alvarez@orbitly.example.com"),
        "sam's interview",
        sent,
        "Look-alike: a reminder of someone else's interview the reader may sit in on ('sam's "
        "interview is thurs 2pm, can you sit in?').",
        NEG,
        "reminder: sam's interview is thurs 2pm in the blue room, can you sit in for the "
        "system design bit? 20 min max\n\nnina",
    )
    sent = at(2026, 12, 14, 21, 0, BER, "Mon")
    yield case(
        f,
        "ruf_mich_morgen",
        "de",
        ("Jonas Keller", "jonas.keller@flinkdata.example.de"),
        "morgen",
        sent,
        "Look-alike: 'ruf mich morgen an wenn du kannst, ab 3 bin ich frei'.",
        NEG,
        "ruf mich morgen an wenn du kannst, ab 3 bin ich frei. nix schlimmes\n\nJ\n\n"
        "Von meinem iPhone gesendet",
    )
    sent = at(2026, 12, 9, 10, 30, MAD, "Wed")
    chk(2026, 12, 10, "Thu")
    yield case(
        f,
        "lo_consulto",
        "es",
        ("Rocío Méndez", "rocio.mendez@talentia-rh.example.es"),
        "RE: segunda entrevista",
        sent,
        "Look-alike: 'recibido, lo consulto con el equipo y te digo' over the candidate's own "
        "'¿el jue a las 4?'.",
        NEG,
        thread(
            "recibido alex, lo consulto con el equipo y te digo algo\n\nRocío",
            (
                "El mar, 8 dic 2026 a las 19:02, Alex Morgan <alex.morgan@mailbox.example> "
                "escribió:",
                "Hola Rocío, ¿os va bien el jue a las 4 para la segunda?\n\nAlex",
            ),
        ),
        reply=True,
    )
    sent = at(2026, 12, 15, 11, 45, LON, "Tue")
    chk(2026, 12, 18, "Fri")
    yield case(
        f,
        "leaving_drinks_fri",
        "en-GB",
        ("Tom Baxter", "tom.baxter@millbrook-eng.example.co.uk"),
        "drinks fri",
        sent,
        "Look-alike: leaving drinks 'fri 6pm at the crown'.",
        NEG,
        "all - my leaving do is fri 6pm at the crown, first round on me. alex you're welcome "
        "too obvs\n\ntom",
    )
    sent = at(2026, 12, 16, 18, 0, PAR, "Wed")
    chk(2026, 12, 19, "Sat")
    yield case(
        f,
        "diner_samedi",
        "fr",
        ("Léa", "lea.b@courriel.example.fr"),
        "samedi",
        sent,
        "Look-alike: 'n'oublie pas le dîner samedi 20h chez nous'.",
        NEG,
        "n'oublie pas le dîner samedi 20h chez nous ! apporte juste du pain\n\nbisous",
    )


BUILDERS = [
    phonerec20,
    founder20,
    shortre20,
    dechat20,
    esrapido20,
    nlpt20,
    fwdtypo20,
    agencyin20,
    ukhm20,
    frvite20,
    casualneg20,
]

FIGURES = (
    "First sight (parser at main 54d87ac3, before any change for this batch; quick.py on "
    "these files only): dev text invitations 25 of 32 right (start and, where labelled, end), "
    "18 sure (confidence >= 0.5), 0 of 17 dev look-alikes claimed; held out 6 of 8 right "
    "(4 sure), 2 of 10 look-alikes claimed; no calendar parts. Dev misses: 'fri at noon "
    "pacific' and 'wed 1/6 10am pacific' (no date read), 'el jue a las 4 d la tarde' (no "
    "date), 'can we move to 4pm est same day?' (no time), '3pm your time = 8pm mine' (no "
    "time), 'noon wed works' over the candidate's question (read as Thursday), 'qui às 15h' "
    "(read as Tuesday); right but unsure (0.45): 'morgen um halb 3', 'morgen om half 3', "
    "'mon 1/11 @ 4pm central', 'wed 12/9 at 3ish pacific', 'Mi, 16.12., 10-11 Uhr' and two "
    "forwards. After the batch's rule: dev 26 of 32 right (19 sure), 0 of 17 claimed; held "
    "out 6 of 8 (4 sure), 2 of 10, unchanged. Whole corpus (quick.py, main 54d87ac3 against "
    "this branch): the rule changes no other file's outcome (cmp.py: no BROKE or FIXED line, "
    "held out better 0 worse 0)."
)
RULES = """## Rules and their sources

- An abbreviated weekday right before "noon"/"midday" ("fri at noon", "wed midday", "Mon. at
  12 noon") names the day (`when.py`, `weekday_short` and `_line_dates`): the word is the
  one clock with no digit, so a line holding only it was never read for a short weekday,
  while "fri at 12pm" was. Sources: public natural-language quick-add examples ('Confirm
  catering by Fri at noon'), schedule-phrase parser fixtures ('every mon, wed and fri at
  noon' -> 12:00 on those days) and this batch's `phonerec20` ('ur on for fri at noon
  pacific').
"""


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the typos20 batch (`build_typos20.py`)",
        "",
        "Scheduling mail typed by hand in a hurry (phones, webmail) and look-alikes in the "
        "same voices, with no calendar part. All text is ours; people, companies, addresses "
        "and links are made up; no product template is rendered. Forward header blocks "
        "(Gmail en/de, Outlook, Apple Mail) and the 'Sent from my iPhone' / 'Get Outlook for "
        "Android' / 'Von meinem iPhone gesendet' / 'Enviado desde mi iPhone' / 'Envoyé de mon "
        "iPhone' footers are written from memory of those clients. Every label was written "
        "from the datetimes the text is rendered from, before the parser was run on the "
        "message. A zone word that names one zone ('est'/'EST'/'ET' from a US sender, "
        "'pacific', 'central', 'my time (nyc)', 'london time', 'uk time', 'IST' from an Indian "
        "sender, 'dt. Zeit', 'hora de madrid', 'hora del centro', 'hora de Lisboa', 'heure de "
        "Paris', 'heure de l'Est' from Montreal) is labelled with that IANA zone; no zone "
        "word means wall time (tz_stated false); '3pm your time = 8pm mine' pins an instant "
        "but no zone. Loose lengths ('30 min', '45 mins', 'ca 1 Std.', 'the whole morning') "
        "give no end; stated ranges do. Moves are labelled with the new slot. A slot offered "
        "by the employer as a one-slot question ('want to grab 30 min wed 12/9 at 3ish?') is "
        "an invitation, as in earlier batches; a question with no time, a candidate's own "
        "proposal the employer has not taken, a call the reader is asked to make, another "
        "person's interview and social plans are not.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_typos20.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-typos20.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
