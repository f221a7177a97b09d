"""Write the "prose17" batch: interview mail typed in English around the world, no calendar part.

Run: .venv/bin/python tests/parsing/corpus/build_prose17.py

About eighty invitations, moves, cancellations and look-alikes typed by recruiters, hiring
managers, founders, assistants, agency consultants and university recruiters in the US,
Canada, the UK, Ireland, India, Pakistan, the Philippines, Singapore, Kenya, Nigeria, South
Africa, Australia, New Zealand and the UAE: 'noon', 'midday', 'half two', 'quarter to 3',
'2 this afternoon', 'Tues 9th @ 3', 'first thing Monday (9am)', '10-10:45', '10 till 11',
'Friday week' beside 'this Friday', bare ordinals ('the 11th'), '1430hrs', Nigerian 'by
11am', South African '14h00', zone words (IST, PKT, PHT, SGT, EAT, WAT, SAST, AEDT, AEST,
NZDT, GST, ET/PT, 'UK time', 'Dubai time', 'your time'), EOD deadlines beside the slot, a
recruiter accepting the candidate's proposed slot, moves ('can we push to 4?', 'Weds same
time'), cancellations, a past call next to the new interview, and forwards from Gmail,
Outlook and Apple Mail with the user's note (some HTML-only). About one mail in four is a
look-alike in the same voices. Every label comes from the datetimes the text is rendered
from (weekdays typed in the text are checked by `at`) and was written before the parser was
run on the message; the split was fixed before then too. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only its
own families' files.
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
    "hand-written; recruiters, hiring managers, founders, assistants, agency consultants and "
    "university recruiters typing English scheduling mail in webmail or on the phone; " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "ustech19": "dev",
    "ukie19": "dev",
    "southasia19": "heldout",
    "phsg19": "dev",
    "africa19": "dev",
    "anz19": "heldout",
    "gulf19": "dev",
    "moves19": "dev",
    "fwd19": "dev",
    "campus19": "heldout",
    "looks19": "dev",
}
SOURCES = {
    "ustech19": "US and Canadian recruiters and founders: '2 this afternoon (ET)', 'noon ET', "
    "'Tues 9th @ 3', 'first thing Monday (9am)', '10-10:45am PT', an EOD deadline beside the "
    "slot, HTML-only 'Thursday the 18th at 1:30 PT (4:30 ET)'; an availability ask.",
    "ukie19": "UK and Irish recruiters: 'tomorrow at half two', 'quarter to 3 Irish time', "
    "'Friday week at 11', 'the 11th at midday UK time', '10 till 11', 'this Friday' (not next), "
    "'9.30am'; an open offer to chat.",
    "southasia19": "Indian and Pakistani HR teams and consultants.",
    "phsg19": "Philippine and Singaporean recruiters: PHT, '(Manila time)', SGT, 'this Thursday "
    "11am', an HTML-only confirmation; three options awaiting a pick and the recruiter taking "
    "the candidate's pick.",
    "africa19": "Kenyan, Nigerian and South African senders: EAT, 'by 11am WAT', '14h00 SAST', "
    "'1400hrs', a past call and a new interview in one mail; a 'we shall revert' note and an "
    "after-call note.",
    "anz19": "Australian and New Zealand senders.",
    "gulf19": "UAE recruiters and assistants: GST, 'Dubai time (… your time)', 'UAE time', a "
    "block with Date/Time lines (HTML and text); an availability ask.",
    "moves19": "Moves, cancellations and acceptances across the batch's voices: 'can we push "
    "to 4?', 'Weds same time', 'from Tuesday 2pm to Wednesday 11am', a cancellation, the "
    "recruiter accepting the candidate's proposed slot, a past call with the next interview; "
    "a move asked without a time.",
    "fwd19": "Forwards with the user's note: Gmail, Outlook and Apple Mail (en), two "
    "HTML-only; an employer webinar and an after-interview note forwarded as look-alikes.",
    "campus19": "Agency consultants and university recruiters.",
    "looks19": "Look-alikes: an assessment due by EOD, a time offered as a question, a past "
    "call, a referee's call, an out-of-office, a webinar; one control interview.",
}

NYC, CHI, LAX, TOR, VAN = (
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Vancouver",
)
LON, DUB, MNL, SIN, NBO, LOS, JNB = (
    "Europe/London",
    "Europe/Dublin",
    "Asia/Manila",
    "Asia/Singapore",
    "Africa/Nairobi",
    "Africa/Lagos",
    "Africa/Johannesburg",
)
KOL, KHI, SYD, BNE, AKL, PER, DXB = (
    "Asia/Kolkata",
    "Asia/Karachi",
    "Australia/Sydney",
    "Australia/Brisbane",
    "Pacific/Auckland",
    "Australia/Perth",
    "Asia/Dubai",
)


def html_page(text: str) -> str:
    """Paragraphs as the webmail composer writes them; address brackets escaped."""
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
) -> Case:
    """One direct mail (form: text, html or both)."""
    raw = mail(
        f"prose17/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    if label.get("kind") != "not_invitation":
        # a look-alike has no organizer: the corpus labels one only for a meeting
        label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def outlook_en(org: tuple[str, str], sent: datetime, subject: str) -> str:
    """Outlook's English forward header (layout from memory of the client)."""
    day = pp.EN_DAYS[sent.weekday()]
    month = pp.EN_MONTHS.split()[sent.month - 1]
    return (
        f"________________________________\nFrom: {org[0]} <{org[1]}>\n"
        f"Sent: {day}, {month} {sent.day}, {sent.year} {pp.hm12(sent)}\n"
        f"To: {ME[0]} <{ME[1]}>\nSubject: {subject}\n"
    )


def fwd(
    family: str,
    name: str,
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
    lang: str = "en",
) -> Case:
    """The user forwards a mail with a note of their own (text, HTML-only or both)."""
    if client == "outlook":
        block, prefix = outlook_en(org, sent, subject), "FW"
    else:
        block = pp.forward_block(client, "en", org, sent, subject, ME)
        prefix = "Fwd"
    text = f"{user_note}\n\n{block}\n{body.strip()}\n"
    raw = mail(
        f"prose17/{family}/{name}",
        sender=ME,
        to=pp.HOOK,
        subject=f"{prefix}: {subject}",
        sent=sent + timedelta(hours=2, minutes=11),
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


def chk(y: int, mo: int, d: int, weekday: str) -> None:
    """Guard a weekday typed in a look-alike's text (no label uses it)."""
    at(y, mo, d, 12, 0, "UTC", weekday)


# --------------------------------------------------------------------------------------
def ustech19() -> Iterator[Case]:
    f = "ustech19"
    s = ("Jordan Reyes", "jordan.reyes@brightloop.example")
    sent = at(2027, 2, 9, 10, 12, NYC, "Tue")
    yield case(
        f,
        "two_this_afternoon",
        "en-US",
        s,
        "Re: Senior PM role - quick call today",
        sent,
        "'at 2 this afternoon (ET)' sent Tuesday 9 February 10:12: 14:00 New York the same "
        "day, '30 min' gives the end.",
        zoned(at(2027, 2, 9, 14, 0, NYC), at(2027, 2, 9, 14, 30, NYC), NYC),
        "Hi Alex,\n\nGreat chatting this morning. As discussed, Priya (our Head of Product) "
        "will call you at 2 this afternoon (ET) on the number you gave me. Should take about "
        "30 min.\n\nTalk soon,\nJordan\n\nJordan Reyes | Talent Partner | Brightloop",
    )
    s = ("Maya Goldberg", "maya@fernhill-labs.example")
    sent = at(2027, 2, 8, 16, 40, NYC, "Mon")
    yield case(
        f,
        "thursday_noon_et",
        "en-US",
        s,
        "Intro chat w/ Fernhill",
        sent,
        "Founder's 'Thursday 2/11 at noon ET': 12:00 New York; no end.",
        zoned(at(2027, 2, 11, 12, 0, NYC, "Thu"), None, NYC),
        "Hey Alex - thanks for reaching out about the ops lead role. Let's do Thursday 2/11 "
        "at noon ET. Zoom: https://zoom.example/j/5512093341\n\nI'll keep it casual, mostly "
        "want to hear what you've been building.\n\n- Maya\nCo-founder, Fernhill Labs",
    )
    s = ("Dan Kowalczyk", "dkowalczyk@lakeshore-freight.example")
    sent = at(2027, 3, 3, 9, 5, CHI, "Wed")
    yield case(
        f,
        "tues_9th_at_3",
        "en-US",
        s,
        "RE: availability",
        sent,
        "Hiring manager's 'Tues 9th @ 3 works' with '45 mins': Tuesday 9 March 15:00-15:45; "
        "no zone (Chicago Date offset).",
        wall(at(2027, 3, 9, 15, 0, CHI, "Tue"), at(2027, 3, 9, 15, 45, CHI), sent),
        "Tues 9th @ 3 works. It'll be 45 mins w/ me + Dana from finance, at our Elston Ave "
        "office - ask for me at the front desk.\n\nDan\n\nSent from my iPhone",
    )
    s = ("Chloé Tremblay", "chloe.tremblay@northpine.example.ca")
    sent = at(2027, 2, 18, 15, 30, TOR, "Thu")
    yield case(
        f,
        "first_thing_monday",
        "en-CA",
        s,
        "Panel interview - Monday",
        sent,
        "'first thing Monday (9am)' with '9-10:30' later in the line, sent Thursday 18 "
        "February: Monday 22 February 09:00-10:30; no zone.",
        wall(at(2027, 2, 22, 9, 0, TOR, "Mon"), at(2027, 2, 22, 10, 30, TOR), sent),
        "Hi Alex,\n\nGood news - the panel wants to meet you. We'll kick off first thing "
        "Monday (9am) and go until 10:30, so 9-10:30 with a short break. We're at 220 King St "
        "W, 14th floor.\n\nBring a photo ID for security.\n\nCheers,\nChloé",
    )
    s = ("Priscilla Wong", "pwong@tidewater-apps.example")
    sent = at(2027, 2, 12, 11, 2, LAX, "Fri")
    yield case(
        f,
        "wed_10_1045_pt",
        "en-US",
        s,
        "Technical interview confirmed",
        sent,
        "'Wednesday, Feb 17, 10-10:45am PT': 10:00-10:45 Los Angeles.",
        zoned(at(2027, 2, 17, 10, 0, LAX, "Wed"), at(2027, 2, 17, 10, 45, LAX), LAX),
        "Hi Alex,\n\nYou're confirmed for the technical interview:\n\nWednesday, Feb 17, "
        "10-10:45am PT\nInterviewer: Sam Ortiz (Staff Engineer)\nLink: "
        "https://meet.example/tdw-qkr-221\n\nIt's a live coding session in a shared editor, no "
        "prep needed.\n\nBest,\nPriscilla",
    )
    s = ("Tyler Briggs", "tyler@copperfield-talent.example")
    sent = at(2027, 2, 10, 13, 15, NYC, "Wed")
    chk(2027, 2, 12, "Fri")
    yield case(
        f,
        "send_times_eod_friday",
        "en-US",
        s,
        "Next steps",
        sent,
        "Look-alike: asks for 2-3 times next week (the recruiter is open 'Tues/Wed after 1pm "
        "ET') and sets a take-home due 'EOD Friday'; nothing is booked.",
        NEG,
        "Hi Alex,\n\nThanks again for your time on Monday. The team would like to move you "
        "forward!\n\nCould you send over 2-3 times that work next week for a 45-min call with "
        "the hiring manager? I'm pretty open Tues/Wed after 1pm ET.\n\nAlso, please have the "
        "take-home back to me by EOD Friday (2/12).\n\nThanks!\nTyler",
    )
    s = ("Renee Castillo", "rcastillo@midway-health.example")
    sent = at(2027, 2, 19, 10, 45, CHI, "Fri")
    yield case(
        f,
        "onsite_with_eod_refs",
        "en-US",
        s,
        "Onsite interview - Friday 2/26",
        sent,
        "Control beside a deadline: the onsite is 'Friday, Feb 26 at 10:00 AM CT'; references "
        "'by EOD Wednesday' are not the slot.",
        zoned(at(2027, 2, 26, 10, 0, CHI, "Fri"), None, CHI),
        "Hi Alex,\n\nYour onsite is set for Friday, Feb 26 at 10:00 AM CT at our Oak Brook "
        "campus (Building C). Plan for about three hours including lunch.\n\nBefore then, "
        "please send two professional references by EOD Wednesday.\n\nThank you,\nRenee "
        "Castillo\nTalent Acquisition, Midway Health",
    )
    s = ("Graham Olsen", "graham.olsen@saltspring-games.example.ca")
    sent = at(2027, 2, 15, 14, 20, VAN, "Mon")
    yield case(
        f,
        "thursday_18th_pt_et_html",
        "en-CA",
        s,
        "Chat with our studio head",
        sent,
        "HTML-only from Vancouver: 'Thursday the 18th at 1:30 PT (4:30 ET for you)': 13:30 "
        "Pacific time (America/Los_Angeles, the zone 'PT' names); the ET time is the same "
        "instant.",
        zoned(at(2027, 2, 18, 13, 30, LAX, "Thu"), None, LAX),
        "Hi Alex,\n\nOur studio head, Ines, would love to chat. I've booked Thursday the 18th "
        "at 1:30 PT (4:30 ET for you) on Google Meet - invite to follow from her "
        "calendar.\n\nThanks,\nGraham",
        form="html",
    )


def ukie19() -> Iterator[Case]:
    f = "ukie19"
    s = ("Sian Pritchard", "sian.pritchard@redbrick-recruit.example.co.uk")
    sent = at(2027, 2, 15, 16, 50, LON, "Mon")
    yield case(
        f,
        "tomorrow_half_two",
        "en-GB",
        s,
        "Tomorrow - Deansgate",
        sent,
        "'tomorrow at half two' sent Monday 15 February: Tuesday 16 February 14:30; 'not more "
        "than an hour' gives no end; no zone.",
        wall(at(2027, 2, 16, 14, 30, LON, "Tue"), None, sent),
        "Hi Alex,\n\nLovely to speak earlier. Just confirming you're in with Gareth tomorrow at "
        "half two at the Deansgate office (4th floor, buzz Hollins & Pike). Shouldn't be more "
        "than an hour.\n\nGood luck!\nSian\n\nSian Pritchard | Senior Consultant | Redbrick "
        "Recruitment",
    )
    s = ("Aoife Brennan", "aoife.brennan@liffeyworks.example.ie")
    sent = at(2027, 2, 16, 11, 30, DUB, "Tue")
    yield case(
        f,
        "quarter_to_3_irish_time",
        "en-IE",
        s,
        "Video interview Friday",
        sent,
        "'Friday at quarter to 3 Irish time' sent Tuesday 16 February: Friday 19 February "
        "14:45 Dublin.",
        zoned(at(2027, 2, 19, 14, 45, DUB, "Fri"), None, DUB),
        "Hi Alex,\n\nThanks for sending on the portfolio. Niamh and Conor would like to meet "
        "you on Friday at quarter to 3 Irish time over Teams. I'll send the link tomorrow.\n\n"
        "Kind regards,\nAoife",
    )
    s = ("Tom Ashworth", "tom.ashworth@kestrel-analytics.example.co.uk")
    sent = at(2027, 2, 17, 9, 40, LON, "Wed")
    yield case(
        f,
        "friday_week_at_11",
        "en-GB",
        s,
        "2nd interview",
        sent,
        "'Friday week at 11 (so the 26th, not this Friday)' sent Wednesday 17 February: Friday "
        "26 February 11:00; no zone.",
        wall(at(2027, 2, 26, 11, 0, LON, "Fri"), None, sent),
        "Morning Alex,\n\nWe'd like you back for a second interview. Friday week at 11 (so the "
        "26th, not this Friday) at our Shoreditch office - you'll meet me and Hannah from the "
        "data team.\n\nThanks,\nTom",
    )
    s = ("Priya Chauhan", "priya.chauhan@meridian-ps.example.co.uk")
    sent = at(2027, 3, 4, 13, 5, LON, "Thu")
    yield case(
        f,
        "the_11th_midday_uk",
        "en-GB",
        s,
        "Panel booked",
        sent,
        "Bare ordinal 'on the 11th at midday UK time, running till 1' sent 4 March: Thursday "
        "11 March 12:00-13:00 London.",
        zoned(at(2027, 3, 11, 12, 0, LON, "Thu"), at(2027, 3, 11, 13, 0, LON), LON),
        "Dear Alex,\n\nI'm pleased to say the panel is booked for the 11th at midday UK time, "
        "running till 1. It will be on Teams; the link is in a separate email from our "
        "scheduling inbox.\n\nBest wishes,\nPriya Chauhan\nMeridian Public Services",
    )
    s = ("Euan McLeod", "euan@thistle-robotics.example.co.uk")
    sent = at(2027, 3, 5, 17, 25, LON, "Fri")
    yield case(
        f,
        "monday_10_till_11",
        "en-GB",
        s,
        "Monday",
        sent,
        "'Monday 10 till 11, video' sent Friday 5 March: Monday 8 March 10:00-11:00; no zone.",
        wall(at(2027, 3, 8, 10, 0, LON, "Mon"), at(2027, 3, 8, 11, 0, LON), sent),
        "Alex - all sorted for Monday 10 till 11, video. Link: https://meet.example/thr-bb2-91"
        "\nIt's me and our CTO, Ruth. Have a good weekend.\nEuan",
    )
    s = ("Hannah Doyle", "hannah.doyle@kestrel-analytics.example.co.uk")
    sent = at(2027, 3, 8, 10, 15, LON, "Mon")
    yield case(
        f,
        "this_friday_not_next",
        "en-GB",
        s,
        "Correction - this Friday",
        sent,
        "'this Friday, the 12th, at 3pm' (not next Friday as said on the phone) sent Monday 8 "
        "March: Friday 12 March 15:00; no zone.",
        wall(at(2027, 3, 12, 15, 0, LON, "Fri"), None, sent),
        "Hi Alex,\n\nSorry, I misspoke on the phone - it's this Friday, the 12th, at 3pm, not "
        "next Friday. Same place as last time.\n\nThanks,\nHannah",
    )
    s = ("Rory Gallagher", "rory@westquay-search.example.co.uk")
    sent = at(2027, 2, 18, 12, 0, LON, "Thu")
    chk(2027, 2, 26, "Fri")
    yield case(
        f,
        "free_friday_week",
        "en-GB",
        s,
        "Catch up?",
        sent,
        "Look-alike: the consultant is free most of Friday week and asks what suits; a CV is "
        "due 'by midday Thursday'.",
        NEG,
        "Hi Alex,\n\nHope the job hunt's going well. I'm free most of Friday week (26th) if "
        "you fancy a chat about a couple of roles - let me know what suits.\n\nIf you could get "
        "your updated CV to me by midday Thursday that'd be great.\n\nCheers,\nRory",
    )
    s = ("Carys Jenkins", "carys.jenkins@taff-valley-homes.example.co.uk")
    sent = at(2027, 2, 17, 14, 30, LON, "Wed")
    yield case(
        f,
        "tuesday_23rd_930",
        "en-GB",
        s,
        "Interview invitation - Housing Officer",
        sent,
        "'Tuesday 23rd February at 9.30am' with a dotted time: 09:30; '30 minutes' gives the "
        "end; no zone.",
        wall(at(2027, 2, 23, 9, 30, LON, "Tue"), at(2027, 2, 23, 10, 0, LON), sent),
        "Dear Alex,\n\nThank you for your application for the Housing Officer post. We would "
        "like to invite you to interview on Tuesday 23rd February at 9.30am at Ty Taf, Cardiff "
        "CF10 4AA. The interview will last 30 minutes.\n\nPlease reply to confirm your "
        "attendance.\n\nYours sincerely,\nCarys Jenkins\nHR Officer",
    )


def southasia19() -> Iterator[Case]:
    f = "southasia19"
    s = ("Deepa Raghavan", "deepa.r@vistaran-tech.example.in")
    sent = at(2027, 2, 15, 18, 2, KOL, "Mon")
    yield case(
        f,
        "f2f_1430hrs_ist",
        "en-IN",
        s,
        "Interview Schedule - Senior QA Engineer",
        sent,
        "'18-Feb-2027 (Thursday) at 1430hrs IST': 14:30 Kolkata.",
        zoned(at(2027, 2, 18, 14, 30, KOL, "Thu"), None, KOL),
        "Dear Alex,\n\nGreetings from Vistaran Technologies!\n\nWith reference to your "
        "application, your F2F interview is scheduled on 18-Feb-2027 (Thursday) at 1430hrs IST "
        "at our Whitefield office, Bengaluru.\n\nKindly carry a copy of your updated resume and "
        "a govt. photo ID.\n\nRegards,\nDeepa Raghavan\nHR - Talent Acquisition",
    )
    s = ("Saurabh Kulkarni", "saurabh.k@sahyadri-infra.example.in")
    sent = at(2027, 2, 15, 19, 30, KOL, "Mon")
    yield case(
        f,
        "tomorrow_11_sharp",
        "en-IN",
        s,
        "Telephonic round",
        sent,
        "'tomorrow at 11 am sharp' sent Monday 15 February: Tuesday 16 February 11:00; no zone.",
        wall(at(2027, 2, 16, 11, 0, KOL, "Tue"), None, sent),
        "Hi Alex,\n\nAs discussed, kindly be available for the telephonic round tomorrow at 11 "
        "am sharp. Our Project Manager Mr. Joshi will call you on your registered number.\n\n"
        "Thanks & Regards,\nSaurabh",
    )
    s = ("Hira Siddiqui", "hira.siddiqui@indus-telecom.example.pk")
    sent = at(2027, 2, 17, 12, 10, KHI, "Wed")
    yield case(
        f,
        "tuesday_23rd_pkt",
        "en-PK",
        s,
        "Interview Invitation - Network Planning Engineer",
        sent,
        "'Tuesday, 23rd Feb, 3:00 PM PKT (Karachi)' with '40 minutes': 15:00-15:40 Karachi.",
        zoned(at(2027, 2, 23, 15, 0, KHI, "Tue"), at(2027, 2, 23, 15, 40, KHI), KHI),
        "Dear Alex,\n\nWe are pleased to invite you for a technical interview.\n\nDate & Time: "
        "Tuesday, 23rd Feb, 3:00 PM PKT (Karachi)\nDuration: 40 minutes\nMode: Online (Zoom "
        "link will be shared 1 hour before)\n\nBest regards,\nHira Siddiqui\nHR Business "
        "Partner",
    )
    s = ("Bilal Chaudhry", "bilal@ravi-softworks.example.pk")
    sent = at(2027, 2, 16, 16, 45, KHI, "Tue")
    yield case(
        f,
        "day_after_tomorrow_noon",
        "en-PK",
        s,
        "Final round",
        sent,
        "'day after tomorrow i.e. Thursday at 12 noon' sent Tuesday 16 February: Thursday 18 "
        "February 12:00; no zone.",
        wall(at(2027, 2, 18, 12, 0, KHI, "Thu"), None, sent),
        "AoA Alex,\n\nFinal round with our CEO is fixed for day after tomorrow i.e. Thursday at "
        "12 noon at our Gulberg office, Lahore. Please be on time.\n\nRegards\nBilal",
    )
    s = ("Neha Bansal", "neha.bansal@kaveri-finserv.example.in")
    sent = at(2027, 2, 17, 10, 20, KOL, "Wed")
    yield case(
        f,
        "rescheduled_22nd",
        "en-IN",
        s,
        "Interview Rescheduled",
        sent,
        "Move, old slot first: '19th Feb at 10:30 AM has been rescheduled to 22nd Feb "
        "(Monday) at 4:00 PM IST': the new slot, 16:00 Kolkata.",
        zoned(at(2027, 2, 22, 16, 0, KOL, "Mon"), None, KOL, "reschedule"),
        "Dear Alex,\n\nDue to unavoidable reasons, your interview scheduled on 19th Feb at "
        "10:30 AM has been rescheduled to 22nd Feb (Monday) at 4:00 PM IST. The Teams link "
        "remains the same.\n\nInconvenience regretted.\n\nRegards,\nNeha Bansal\nTalent "
        "Acquisition",
    )
    s = ("Rahul Menon", "rahul@talentbridge-consult.example.in")
    sent = at(2027, 2, 18, 11, 0, KOL, "Thu")
    yield case(
        f,
        "share_availability_ctc",
        "en-IN",
        s,
        "Profile shortlisted - please share details",
        sent,
        "Look-alike: asks for availability 'tomorrow between 10 AM to 6 PM' with CTC and "
        "notice period; nothing booked.",
        NEG,
        "Hi Alex,\n\nYour profile has been shortlisted for the Data Engineer role with our "
        "client (MNC, Hyderabad).\n\nKindly share your availability for tomorrow between 10 AM "
        "to 6 PM for a telephonic discussion, along with:\n- Current CTC\n- Expected CTC\n- "
        "Notice period\n\nRegards,\nRahul Menon\nTalentBridge Consulting",
    )
    s = ("Ananya Iyer", "ananya.iyer@vistaran-tech.example.in")
    sent = at(2027, 2, 19, 17, 0, KOL, "Fri")
    yield case(
        f,
        "time_slot_block",
        "en-IN",
        s,
        "Managerial Round - Time Slot",
        sent,
        "Block with 'Date: 24/02/2027 (Wednesday)' and 'Time slot: 11:00 AM - 11:45 AM IST': "
        "11:00-11:45 Kolkata.",
        zoned(at(2027, 2, 24, 11, 0, KOL, "Wed"), at(2027, 2, 24, 11, 45, KOL), KOL),
        "Dear Alex,\n\nPlease find below the details of your managerial round:\n\nDate: "
        "24/02/2027 (Wednesday)\nTime slot: 11:00 AM - 11:45 AM IST\nPanel: Mr. Arvind Rao "
        "(Engineering Manager)\nVenue: Virtual (MS Teams)\n\nRequest you to join 5 minutes "
        "early.\n\nRegards,\nAnanya",
    )


def phsg19() -> Iterator[Case]:
    f = "phsg19"
    s = ("Kristine Dela Cruz", "kdelacruz@bayani-bpo.example.ph")
    sent = at(2027, 2, 24, 15, 0, MNL, "Wed")
    yield case(
        f,
        "monday_2pm_pht",
        "en-PH",
        s,
        "Initial Interview Schedule",
        sent,
        "'Monday, March 1, 2027 at 2:00 PM PHT': 14:00 Manila.",
        zoned(at(2027, 3, 1, 14, 0, MNL, "Mon"), None, MNL),
        "Good day Alex!\n\nThank you for your interest in joining Bayani BPO. We would like to "
        "invite you for an initial interview on Monday, March 1, 2027 at 2:00 PM PHT via Google "
        "Meet.\n\nKindly reply to confirm. Thank you!\n\nKristine Dela Cruz\nRecruitment "
        "Specialist",
    )
    s = ("Paolo Santos", "paolo.santos@luzon-digital.example.ph")
    sent = at(2027, 2, 25, 17, 40, MNL, "Thu")
    yield case(
        f,
        "tomorrow_10am_manila_time",
        "en-PH",
        s,
        "Final interview tomorrow",
        sent,
        "'tomorrow at 10AM (Manila time)' sent Thursday 25 February: Friday 26 February 10:00 "
        "Manila.",
        zoned(at(2027, 2, 26, 10, 0, MNL, "Fri"), None, MNL),
        "Hi Alex,\n\nJust confirming your final interview with our COO tomorrow at 10AM (Manila "
        "time). Please be online 5 mins before. Thank you po!\n\nPaolo",
    )
    s = ("Melissa Tan", "melissa.tan@straits-capital.example.sg")
    sent = at(2027, 2, 26, 9, 30, SIN, "Fri")
    yield case(
        f,
        "wed_3_mar_430_sgt",
        "en-SG",
        s,
        "Interview with Head of Risk",
        sent,
        "'Wed 3 Mar, 4.30pm SGT, 30 mins': 16:30-17:00 Singapore.",
        zoned(at(2027, 3, 3, 16, 30, SIN, "Wed"), at(2027, 3, 3, 17, 0, SIN), SIN),
        "Hi Alex,\n\nPleased to confirm your interview with our Head of Risk, Mr Lim:\n\nWed 3 "
        "Mar, 4.30pm SGT, 30 mins\nZoom details to follow.\n\nRegards,\nMelissa Tan",
    )
    s = ("Jeremy Koh", "jeremy@merlion-robotics.example.sg")
    sent = at(2027, 3, 1, 11, 5, SIN, "Mon")
    yield case(
        f,
        "this_thursday_11am",
        "en-SG",
        s,
        "Office visit",
        sent,
        "'this Thursday 11am' sent Monday 1 March: Thursday 4 March 11:00; no zone.",
        wall(at(2027, 3, 4, 11, 0, SIN, "Thu"), None, sent),
        "Hi Alex, as agreed on our call just now - see you at our Raffles Place office this "
        "Thursday 11am, level 21. Just tell the receptionist you're here for Jeremy.\n\nJeremy",
    )
    s = ("Joy Villanueva", "joy.villanueva@bayani-bpo.example.ph")
    sent = at(2027, 2, 26, 10, 0, MNL, "Fri")
    options = (
        "Hi Alex,\n\nKindly reply with your preferred schedule for the final interview:\n\n"
        "- Mar 2 (Tue) 9AM\n- Mar 3 (Wed) 1PM\n- Mar 4 (Thu) 3PM\n\nThank you po!\nJoy"
    )
    chk(2027, 3, 2, "Tue")
    yield case(
        f,
        "preferred_schedule_options",
        "en-PH",
        s,
        "Final Interview - Preferred Schedule",
        sent,
        "Look-alike: three options awaiting the candidate's pick.",
        NEG,
        options,
    )
    sent2 = at(2027, 2, 26, 14, 20, MNL, "Fri")
    yield case(
        f,
        "noted_preferred_slot",
        "en-PH",
        s,
        "Re: Final Interview - Preferred Schedule",
        sent2,
        "The recruiter takes the candidate's pick 'Mar 3 (Wed) 1PM' above the quoted three "
        "options: Wednesday 3 March 13:00; no zone.",
        wall(at(2027, 3, 3, 13, 0, MNL, "Wed"), None, sent2),
        thread(
            "Hi Alex,\n\nNoted on your preferred slot, Mar 3 (Wed) 1PM. See you then! Same "
            "Google Meet link as your initial interview.\n\nJoy",
            (
                "On Fri, Feb 26, 2027 at 1:02 PM Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Joy, Mar 3 (Wed) 1PM works best for me. Thanks!",
            ),
            (
                "On Fri, Feb 26, 2027 at 10:00 AM Joy Villanueva "
                "<joy.villanueva@bayani-bpo.example.ph> wrote:",
                options,
            ),
        ),
    )
    s = ("Farah Ismail", "farah.ismail@harbourfront-health.example.sg")
    sent = at(2027, 3, 1, 16, 0, SIN, "Mon")
    yield case(
        f,
        "friday_5_march_block_html",
        "en-SG",
        s,
        "Interview Confirmation",
        sent,
        "HTML-only: 'Friday, 5 March 2027, 9:00am – 10:00am (SGT)': 09:00-10:00 Singapore.",
        zoned(at(2027, 3, 5, 9, 0, SIN, "Fri"), at(2027, 3, 5, 10, 0, SIN), SIN),
        "Dear Alex,\n\nThank you for confirming. Your interview details are as follows:\n\n"
        "Friday, 5 March 2027, 9:00am \u2013 10:00am (SGT)\nVenue: 1 Harbourfront Ave, #08-01"
        "\n\nPlease bring your NRIC/passport for registration.\n\nBest regards,\nFarah Ismail\n"
        "Talent Acquisition",
        form="html",
    )


def africa19() -> Iterator[Case]:
    f = "africa19"
    s = ("Wanjiru Kamau", "wanjiru.kamau@savannah-pay.example.co.ke")
    sent = at(2027, 2, 8, 14, 0, NBO, "Mon")
    yield case(
        f,
        "thursday_11th_eat",
        "en-KE",
        s,
        "Interview Invitation",
        sent,
        "'Thursday 11th February 2027 at 10:00 AM EAT': 10:00 Nairobi.",
        zoned(at(2027, 2, 11, 10, 0, NBO, "Thu"), None, NBO),
        "Dear Alex,\n\nFollowing your application for the Product Analyst position, we are "
        "pleased to invite you for an interview on Thursday 11th February 2027 at 10:00 AM EAT "
        "at our offices on Waiyaki Way, Westlands.\n\nKindly confirm your availability.\n\n"
        "Regards,\nWanjiru Kamau\nPeople & Culture",
    )
    s = ("Chinedu Okafor", "chinedu.okafor@eko-logistics.example.ng")
    sent = at(2027, 2, 11, 18, 30, LOS, "Thu")
    yield case(
        f,
        "monday_by_11am_wat",
        "en-NG",
        s,
        "Interview - Monday",
        sent,
        "Nigerian 'by 11am' meaning at 11: 'Monday 15th Feb by 11am WAT': 11:00 Lagos.",
        zoned(at(2027, 2, 15, 11, 0, LOS, "Mon"), None, LOS),
        "Good evening Alex,\n\nYou are invited for an interview on Monday 15th Feb by 11am WAT "
        "at our head office, 12 Adeola Odeku Street, Victoria Island. Kindly come with your "
        "credentials.\n\nRegards,\nChinedu",
    )
    s = ("Thandi Nkosi", "thandi.nkosi@highveld-mining.example.co.za")
    sent = at(2027, 2, 12, 9, 15, JNB, "Fri")
    yield case(
        f,
        "14h00_sast",
        "en-ZA",
        s,
        "Competency interview",
        sent,
        "'14h00 SAST on Wednesday 17 February', '1 hour': 14:00-15:00 Johannesburg.",
        zoned(at(2027, 2, 17, 14, 0, JNB, "Wed"), at(2027, 2, 17, 15, 0, JNB), JNB),
        "Good morning Alex\n\nYour competency-based interview will take place at 14h00 SAST on "
        "Wednesday 17 February via MS Teams. Please allow 1 hour.\n\nKind regards\nThandi "
        "Nkosi\nHR Practitioner",
    )
    s = ("Pieter van Wyk", "pieter@fynbos-software.example.co.za")
    sent = at(2027, 2, 11, 16, 10, JNB, "Thu")
    yield case(
        f,
        "tomorrow_0930_1030",
        "en-ZA",
        s,
        "Tomorrow",
        sent,
        "'tomorrow at 09:30 – 10:30' sent Thursday 11 February: Friday 12 February 09:30-10:30; "
        "no zone.",
        wall(at(2027, 2, 12, 9, 30, JNB, "Fri"), at(2027, 2, 12, 10, 30, JNB), sent),
        "Howzit Alex\n\nLekker, we're on for tomorrow at 09:30 \u2013 10:30 at the Bree Street "
        "office. Parking is in the basement, just tell security you're seeing me.\n\nPieter",
    )
    s = ("Achieng Otieno", "achieng@lakeside-ngo.example.co.ke")
    sent = at(2027, 2, 10, 12, 0, NBO, "Wed")
    yield case(
        f,
        "tuesday_1400hrs",
        "en-KE",
        s,
        "Shortlisted - Programme Officer",
        sent,
        "'Tuesday 16/02/2027 at 1400hrs': 14:00; no zone.",
        wall(at(2027, 2, 16, 14, 0, NBO, "Tue"), None, sent),
        "Dear Alex,\n\nYou have been shortlisted for the position of Programme Officer. The "
        "oral interview will be held on Tuesday 16/02/2027 at 1400hrs at our Kisumu office.\n"
        "\nYours faithfully,\nAchieng Otieno\nHR & Admin",
    )
    s = ("Funmilayo Adeyemi", "funmi.adeyemi@eko-logistics.example.ng")
    sent = at(2027, 2, 16, 15, 0, LOS, "Tue")
    chk(2027, 2, 19, "Fri")
    yield case(
        f,
        "we_shall_revert",
        "en-NG",
        s,
        "Update on your application",
        sent,
        "Look-alike: 'we shall revert with a date for the final interview'; guarantor forms due "
        "'by 12 noon Friday'.",
        NEG,
        "Dear Alex,\n\nThank you for attending the interview on Monday. We shall revert with a "
        "date for the final interview once the panel is constituted.\n\nIn the meantime, kindly "
        "submit your two guarantor forms by 12 noon Friday.\n\nRegards,\nFunmilayo",
    )
    s = ("Lerato Mokoena", "lerato@karoo-consulting.example.co.za")
    sent = at(2027, 2, 17, 13, 0, JNB, "Wed")
    yield case(
        f,
        "thanks_panel_24th",
        "en-ZA",
        s,
        "Thank you",
        sent,
        "Look-alike: thanks for the call 'on Monday at 10h00' (past) and mentions an internal "
        "panel 'on the 24th'.",
        NEG,
        "Hi Alex\n\nThanks for your time on the call on Monday at 10h00. We'll be in touch after "
        "our internal panel sits on the 24th.\n\nRegards\nLerato",
    )
    s = ("Lerato Mokoena", "lerato@karoo-consulting.example.co.za")
    sent = at(2027, 2, 18, 10, 0, JNB, "Thu")
    yield case(
        f,
        "past_call_then_md",
        "en-ZA",
        s,
        "Next step",
        sent,
        "Past call 'on Monday at 10h00' and then the new slot 'Thursday 25 February at 11h00': "
        "11:00; no zone.",
        wall(at(2027, 2, 25, 11, 0, JNB, "Thu"), None, sent),
        "Hi Alex\n\nFurther to our call on Monday at 10h00 - good news. Next step is a "
        "face-to-face with our MD on Thursday 25 February at 11h00 at our Sandton office "
        "(Katherine St).\n\nRegards\nLerato",
    )


def anz19() -> Iterator[Case]:
    f = "anz19"
    s = ("Bec Harrington", "bec.harrington@southerly-recruit.example.com.au")
    sent = at(2027, 2, 11, 15, 0, SYD, "Thu")
    yield case(
        f,
        "tuesday_1030_aedt",
        "en-AU",
        s,
        "Interview confirmed - Tues 16 Feb",
        sent,
        "'Tuesday 16 Feb at 10:30am AEDT': 10:30 Sydney.",
        zoned(at(2027, 2, 16, 10, 30, SYD, "Tue"), None, SYD),
        "Hi Alex,\n\nGreat news, the client would love to meet you on Tuesday 16 Feb at 10:30am "
        "AEDT. It'll be at their office at 1 Market St, level 12.\n\nCheers,\nBec",
    )
    s = ("Shane O'Connell", "shane@moreton-energy.example.com.au")
    sent = at(2027, 2, 12, 9, 0, BNE, "Fri")
    yield case(
        f,
        "wed_2pm_aest_brisbane",
        "en-AU",
        s,
        "Video interview",
        sent,
        "'Wed 17/2 at 2pm AEST (Brisbane time)': Brisbane keeps AEST in summer; 14:00 Brisbane.",
        zoned(at(2027, 2, 17, 14, 0, BNE, "Wed"), None, BNE),
        "G'day Alex,\n\nLocking in Wed 17/2 at 2pm AEST (Brisbane time) for your video "
        "interview. Link to come.\n\nShane",
    )
    s = ("Aroha Ngata", "aroha.ngata@kauri-tech.example.co.nz")
    sent = at(2027, 2, 12, 13, 0, AKL, "Fri")
    yield case(
        f,
        "thursday_930_nzdt",
        "en-NZ",
        s,
        "Kia ora - interview",
        sent,
        "'Thursday 18 February at 9.30am NZDT': 09:30 Auckland.",
        zoned(at(2027, 2, 18, 9, 30, AKL, "Thu"), None, AKL),
        "Kia ora Alex,\n\nWe'd love to kōrero with you on Thursday 18 February at 9.30am NZDT "
        "at our Britomart office.\n\nNgā mihi,\nAroha",
    )
    s = ("Mick Tran", "mick@yarra-studio.example.com.au")
    sent = at(2027, 2, 15, 11, 0, "Australia/Melbourne", "Mon")
    yield case(
        f,
        "tomorrow_arvo_3",
        "en-AU",
        s,
        "tmrw",
        sent,
        "'tomorrow arvo at 3' sent Monday 15 February: Tuesday 16 February 15:00; no zone.",
        wall(at(2027, 2, 16, 15, 0, "Australia/Melbourne", "Tue"), None, sent),
        "hey alex, all good for tomorrow arvo at 3 at the studio? see you then\nmick",
    )
    s = ("Kylie Burns", "kylie.burns@swan-river-health.example.com.au")
    sent = at(2027, 2, 16, 10, 0, PER, "Tue")
    yield case(
        f,
        "monday_22nd_awst",
        "en-AU",
        s,
        "Interview - Clinical Nurse",
        sent,
        "'Monday 22nd at 1pm Perth time (AWST)': 13:00 Perth.",
        zoned(at(2027, 2, 22, 13, 0, PER, "Mon"), None, PER),
        "Dear Alex,\n\nYour interview is confirmed for Monday 22nd at 1pm Perth time (AWST) via "
        "Teams.\n\nKind regards,\nKylie Burns",
    )
    s = ("Bec Harrington", "bec.harrington@southerly-recruit.example.com.au")
    sent = at(2027, 2, 17, 9, 0, SYD, "Wed")
    yield case(
        f,
        "around_friday_week",
        "en-AU",
        s,
        "Quick chat?",
        sent,
        "Look-alike: asks if the reader is around 'sometime Friday week', free from 2pm AEDT.",
        NEG,
        "Hi Alex,\n\nAre you around for a quick chat sometime Friday week? I'm free from 2pm "
        "AEDT. No pressure.\n\nBec",
    )
    s = ("Aroha Ngata", "aroha.ngata@kauri-tech.example.co.nz")
    sent = at(2027, 2, 17, 16, 0, AKL, "Wed")
    yield case(
        f,
        "push_to_4pm_thursday",
        "en-NZ",
        s,
        "Change of time tomorrow",
        sent,
        "Move: 'we'll need to push to 4pm, same day (Thu 18 Feb)': 16:00; no zone.",
        wall(at(2027, 2, 18, 16, 0, AKL, "Thu"), None, sent, "reschedule"),
        "Kia ora Alex,\n\nApologies - we'll need to push to 4pm, same day (Thu 18 Feb), as "
        "our CTO is stuck at the airport. Same place.\n\nNgā mihi,\nAroha",
    )


def gulf19() -> Iterator[Case]:
    f = "gulf19"
    s = ("Fatima Al Marzooqi", "fatima.almarzooqi@dunecrest.example.ae")
    sent = at(2027, 2, 10, 12, 0, DXB, "Wed")
    yield case(
        f,
        "monday_11_gst",
        "en-AE",
        s,
        "Interview Invitation - Finance Manager",
        sent,
        "'Monday, 15 February 2027 at 11:00 AM GST': 11:00 Dubai.",
        zoned(at(2027, 2, 15, 11, 0, DXB, "Mon"), None, DXB),
        "Dear Alex,\n\nWe are pleased to invite you to an interview on Monday, 15 February 2027 "
        "at 11:00 AM GST at our office in DIFC, Gate Village 4.\n\nBest regards,\nFatima Al "
        "Marzooqi",
    )
    s = ("Rohan Pillai", "rohan.pillai@gulfstar-hr.example.ae")
    sent = at(2027, 2, 14, 15, 0, DXB, "Sun")
    yield case(
        f,
        "dubai_time_your_time",
        "en-AE",
        s,
        "Call with hiring manager",
        sent,
        "'Wednesday at 4pm Dubai time (5:30pm your time)' sent Sunday 14 February: Wednesday "
        "17 February 16:00 Dubai; the second time is the same instant for the reader.",
        zoned(at(2027, 2, 17, 16, 0, DXB, "Wed"), None, DXB),
        "Hi Alex,\n\nThe hiring manager can speak Wednesday at 4pm Dubai time (5:30pm your time). "
        "He'll call you on WhatsApp.\n\nThanks,\nRohan",
    )
    s = ("Omar Haddad", "omar.haddad@saadiyat-group.example.ae")
    sent = at(2027, 2, 16, 17, 30, DXB, "Tue")
    yield case(
        f,
        "tomorrow_10_uae_time",
        "en-AE",
        s,
        "Tomorrow's meeting",
        sent,
        "'tomorrow at 10 (UAE time)' sent Tuesday 16 February: Wednesday 17 February 10:00 Dubai.",
        zoned(at(2027, 2, 17, 10, 0, DXB, "Wed"), None, DXB),
        "Dear Alex,\n\nConfirming our meeting tomorrow at 10 (UAE time) at the Abu Dhabi "
        "office, Al Maryah Island. Please bring your Emirates ID.\n\nRegards,\nOmar",
    )
    s = ("Rohan Pillai", "rohan.pillai@gulfstar-hr.example.ae")
    sent = at(2027, 2, 15, 10, 0, DXB, "Mon")
    yield case(
        f,
        "confirm_availability",
        "en-AE",
        s,
        "Availability this week",
        sent,
        "Look-alike: asks for availability this week; the manager is flexible '2-5pm Dubai time'.",
        NEG,
        "Hi Alex,\n\nPlease confirm your availability for a call this week. Our hiring manager "
        "is flexible between 2-5pm Dubai time, Tuesday to Thursday.\n\nThanks,\nRohan",
    )
    s = ("Layla Nasser", "layla.nasser@dunecrest.example.ae")
    sent = at(2027, 2, 15, 9, 0, DXB, "Mon")
    yield case(
        f,
        "uae_time_london_time",
        "en-AE",
        s,
        "Interview - Thursday",
        sent,
        "'Thursday 18 Feb at 2:00 PM UAE time, which should be 10:00 AM your time in London': "
        "14:00 Dubai.",
        zoned(at(2027, 2, 18, 14, 0, DXB, "Thu"), None, DXB),
        "Dear Alex,\n\nYour interview is on Thursday 18 Feb at 2:00 PM UAE time, which should "
        "be 10:00 AM your time in London. The call will be on Teams.\n\nKind regards,\nLayla",
    )
    s = ("Noura Al Suwaidi", "noura.alsuwaidi@saadiyat-group.example.ae")
    sent = at(2027, 2, 18, 11, 0, DXB, "Thu")
    yield case(
        f,
        "date_time_block_both",
        "en-AE",
        s,
        "Meeting with the CEO",
        sent,
        "Assistant's block 'Date: Thursday, 25 February 2027 / Time: 09:30 – 10:15 (GST)', text "
        "and HTML: 09:30-10:15 Dubai.",
        zoned(at(2027, 2, 25, 9, 30, DXB, "Thu"), at(2027, 2, 25, 10, 15, DXB), DXB),
        "Dear Alex,\n\nOn behalf of Mr. Khalid, please note the meeting details:\n\nDate: "
        "Thursday, 25 February 2027\nTime: 09:30 \u2013 10:15 (GST)\nLocation: Saadiyat Group "
        "HQ, 18th floor\n\nWarm regards,\nNoura Al Suwaidi\nExecutive Assistant to the CEO",
        form="both",
    )


def moves19() -> Iterator[Case]:
    f = "moves19"
    s = ("Jordan Reyes", "jordan.reyes@brightloop.example")
    sent = at(2027, 3, 2, 11, 30, NYC, "Tue")
    yield case(
        f,
        "can_we_push_to_4",
        "en-US",
        s,
        "Re: Final round today",
        sent,
        "Move typed as a question that the sender acts on: 'can we push to 4? ... I've "
        "updated the invite' for today's 2pm: Tuesday 2 March 16:00; no zone.",
        wall(at(2027, 3, 2, 16, 0, NYC, "Tue"), None, sent, "reschedule"),
        thread(
            "Hi Alex - so sorry, clash on Priya's side. Can we push to 4? Same link, I've "
            "updated the invite.\n\nJordan",
            (
                "On Mon, Mar 1, 2027 at 3:05 PM Jordan Reyes <jordan.reyes@brightloop.example> "
                "wrote:",
                "Confirmed for tomorrow (Tue) at 2pm ET with Priya. Link: "
                "https://meet.example/brl-final",
            ),
        ),
    )
    s = ("Hannah Doyle", "hannah.doyle@kestrel-analytics.example.co.uk")
    sent = at(2027, 3, 1, 9, 50, LON, "Mon")
    yield case(
        f,
        "weds_same_time",
        "en-GB",
        s,
        "Moved to Weds",
        sent,
        "'moved you to Weds same time (3pm)' sent Monday 1 March, old slot Tuesday: Wednesday "
        "3 March 15:00; no zone.",
        wall(at(2027, 3, 3, 15, 0, LON, "Wed"), None, sent, "reschedule"),
        "Hi Alex,\n\nQuick heads-up: we've moved you to Weds same time (3pm) as Dana's out on "
        "Tuesday. Everything else stays the same.\n\nThanks,\nHannah",
    )
    s = ("Maya Goldberg", "maya@fernhill-labs.example")
    sent = at(2027, 2, 18, 17, 0, NYC, "Thu")
    yield case(
        f,
        "cancel_tomorrow_1130",
        "en-US",
        s,
        "Cancelling tomorrow",
        sent,
        "Cancellation of 'tomorrow's 11:30 interview' sent Thursday 18 February: Friday 19 "
        "February 11:30; no zone.",
        wall(at(2027, 2, 19, 11, 30, NYC, "Fri"), None, sent, "cancellation"),
        "Hi Alex,\n\nI'm really sorry, but we need to cancel tomorrow's 11:30 interview - the "
        "role has been put on hold while we close our round. I'll reach out as soon as it "
        "reopens.\n\nMaya",
    )
    s = ("Tom Ashworth", "tom.ashworth@kestrel-analytics.example.co.uk")
    sent = at(2027, 3, 2, 14, 0, LON, "Tue")
    yield case(
        f,
        "accept_thursday_1030",
        "en-GB",
        s,
        "Re: Interview times",
        sent,
        "The recruiter accepts the candidate's proposal ('Could we do Thursday at 10:30 "
        "instead?' quoted): 'Thursday 10:30 is perfect', Thursday 4 March 10:30; no zone.",
        wall(at(2027, 3, 4, 10, 30, LON, "Thu"), None, sent),
        thread(
            "Hi Alex,\n\nThursday 10:30 is perfect - I've sent you the invite. See you then.\n\n"
            "Tom",
            (
                "On Tue, 2 Mar 2027 at 12:41, Alex Morgan <alex.morgan@mailbox.example> wrote:",
                "Hi Tom, Wednesday at 9 is tricky for me - could we do Thursday at 10:30 "
                "instead?\n\nThanks,\nAlex",
            ),
            (
                "On Mon, 1 Mar 2027 at 16:20, Tom Ashworth "
                "<tom.ashworth@kestrel-analytics.example.co.uk> wrote:",
                "Could you do Wednesday at 9am for the technical round?",
            ),
        ),
    )
    s = ("Renee Castillo", "rcastillo@midway-health.example")
    sent = at(2027, 3, 5, 10, 0, CHI, "Fri")
    yield case(
        f,
        "from_tuesday_to_wednesday",
        "en-US",
        s,
        "Interview moved",
        sent,
        "Move, old slot first: 'from Tuesday 2pm to Wednesday 11am': Wednesday 10 March 11:00; "
        "no zone.",
        wall(at(2027, 3, 10, 11, 0, CHI, "Wed"), None, sent, "reschedule"),
        "Hi Alex,\n\nWe're moving your interview from Tuesday 2pm to Wednesday 11am (same Teams "
        "link) - our VP had a conflict come up. Hope that still works.\n\nRenee",
    )
    s = ("Euan McLeod", "euan@thistle-robotics.example.co.uk")
    sent = at(2027, 3, 3, 9, 0, LON, "Wed")
    yield case(
        f,
        "call_yesterday_then_cto",
        "en-GB",
        s,
        "Next step",
        sent,
        "Past call 'yesterday at 4' then 'Monday 8 March, 10:00–10:45 GMT': 10:00-10:45 UTC.",
        slot(at(2027, 3, 8, 10, 0, "UTC", "Mon"), at(2027, 3, 8, 10, 45, "UTC")),
        "Hi Alex,\n\nThanks for the call yesterday at 4 - really enjoyed it. Next step is a 1:1 "
        "with our CTO on Monday 8 March, 10:00\u201310:45 GMT, on Meet.\n\nEuan",
    )
    s = ("Pieter van Wyk", "pieter@fynbos-software.example.co.za")
    sent = at(2027, 2, 22, 8, 30, JNB, "Mon")
    yield case(
        f,
        "move_later_in_week",
        "en-ZA",
        s,
        "Our chat",
        sent,
        "Look-alike: asks to move the chat later in the week without a new time.",
        NEG,
        "Hi Alex\n\nWould you be able to move our chat to later in the week? Something's come up "
        "on Tuesday. Let me know what works for you.\n\nPieter",
    )
    s = ("Wanjiru Kamau", "wanjiru.kamau@savannah-pay.example.co.ke")
    sent = at(2027, 2, 24, 16, 0, NBO, "Wed")
    yield case(
        f,
        "cancel_friday_9am",
        "en-KE",
        s,
        "Cancellation - Friday interview",
        sent,
        "Cancellation of 'Friday's 9am' sent Wednesday 24 February, with new times promised "
        "next week: Friday 26 February 09:00; no zone.",
        wall(at(2027, 2, 26, 9, 0, NBO, "Fri"), None, sent, "cancellation"),
        "Dear Alex,\n\nRegrettably we have to cancel Friday's 9am interview as the panel chair "
        "is unwell. I will come back to you with new times next week.\n\nApologies,\nWanjiru",
    )


def fwd19() -> Iterator[Case]:
    f = "fwd19"
    org = ("Thandi Nkosi", "thandi.nkosi@highveld-mining.example.co.za")
    sent = at(2027, 2, 26, 10, 0, JNB, "Fri")
    yield fwd(
        f,
        "gmail_sast",
        "gmail",
        org,
        "Second interview",
        sent,
        "can you add this one pls",
        "Good morning Alex\n\nConfirmed for Thursday, 4 March at 10:00 AM SAST with the "
        "General Manager.\n\nKind regards\nThandi",
        "Gmail forward with a note; 'Thursday, 4 March at 10:00 AM SAST': 10:00 Johannesburg.",
        zoned(at(2027, 3, 4, 10, 0, JNB, "Thu"), None, JNB),
    )
    org = ("Chloé Tremblay", "chloe.tremblay@northpine.example.ca")
    sent = at(2027, 3, 1, 13, 0, TOR, "Mon")
    yield fwd(
        f,
        "outlook_et",
        "outlook",
        org,
        "Final interview",
        sent,
        "FYI - interview next week",
        "Hi Alex,\n\nFinal interview with our VP is on Wednesday, March 10 at 1:00 PM ET (1 "
        "hour).\n\nCheers,\nChloé",
        "Outlook forward from Toronto; 'Wednesday, March 10 at 1:00 PM ET (1 hour)': "
        "13:00-14:00 Eastern time (America/New_York, the zone 'ET' names).",
        zoned(at(2027, 3, 10, 13, 0, NYC, "Wed"), at(2027, 3, 10, 14, 0, NYC), NYC),
    )
    org = ("Carys Jenkins", "carys.jenkins@taff-valley-homes.example.co.uk")
    sent = at(2027, 3, 5, 12, 0, LON, "Fri")
    yield fwd(
        f,
        "apple_half_ten",
        "apple",
        org,
        "Second stage",
        sent,
        "Sent from my iPhone - please put in diary",
        "Dear Alex,\n\nWe'd like to see you for a second stage on Thursday 11th at half ten, "
        "same venue.\n\nCarys",
        "Apple Mail forward; 'Thursday 11th at half ten': 11 March 10:30; no zone.",
        wall(at(2027, 3, 11, 10, 30, LON, "Thu"), None, sent),
    )
    org = ("Melissa Tan", "melissa.tan@straits-capital.example.sg")
    sent = at(2027, 3, 4, 9, 0, SIN, "Thu")
    yield fwd(
        f,
        "gmail_html_sgt",
        "gmail",
        org,
        "Final round",
        sent,
        "final round!!",
        "Hi Alex,\n\nFinal round with the CIO: Tues 9th @ 3pm SGT, 45 mins.\n\nRegards,\nMelissa",
        "HTML-only Gmail forward; 'Tues 9th @ 3pm SGT, 45 mins': 15:00-15:45 Singapore.",
        zoned(at(2027, 3, 9, 15, 0, SIN, "Tue"), at(2027, 3, 9, 15, 45, SIN), SIN),
        form="html",
    )
    org = ("Chinedu Okafor", "chinedu.okafor@eko-logistics.example.ng")
    sent = at(2027, 2, 16, 9, 0, LOS, "Tue")
    yield fwd(
        f,
        "outlook_html_wat",
        "outlook",
        org,
        "Final interview",
        sent,
        "Please add",
        "Dear Alex,\n\nYour final interview is Friday 19th Feb, 10am prompt (WAT).\n\nRegards,"
        "\nChinedu",
        "HTML-only Outlook forward; 'Friday 19th Feb, 10am prompt (WAT)': 10:00 Lagos.",
        zoned(at(2027, 2, 19, 10, 0, LOS, "Fri"), None, LOS),
        form="html",
    )
    org = ("Careers Service", "careers@northgate-uni.example.ac.uk")
    sent = at(2027, 2, 15, 12, 0, LON, "Mon")
    chk(2027, 2, 23, "Tue")
    yield fwd(
        f,
        "gmail_employer_insight",
        "gmail",
        org,
        "Employer Insight Session: Kestrel Analytics",
        sent,
        "is this an interview?",
        "Hi,\n\nJoin Kestrel Analytics for an Employer Insight Session on Tuesday 23 Feb, 6pm "
        "GMT, online. Hear from recent graduates and ask questions.\n\nRegister here: "
        "https://careers.example/events/4412\n\nNorthgate Careers Service",
        "Look-alike forward: an employer webinar open to all students.",
        NEG,
    )
    org = ("Priscilla Wong", "pwong@tidewater-apps.example")
    sent = at(2027, 2, 18, 9, 0, LAX, "Thu")
    chk(2027, 2, 19, "Fri")
    yield fwd(
        f,
        "gmail_thanks_update_friday",
        "gmail",
        org,
        "Thanks for interviewing",
        sent,
        "fyi",
        "Hi Alex,\n\nThanks for interviewing with us yesterday at 10. We'll update you by "
        "Friday 5pm PT.\n\nBest,\nPriscilla",
        "Look-alike forward: after-interview thanks with a decision date.",
        NEG,
    )
    org = ("Tom Ashworth", "tom.ashworth@kestrel-analytics.example.co.uk")
    sent = at(2027, 2, 19, 15, 0, LON, "Fri")
    yield fwd(
        f,
        "apple_moved_weds_24th",
        "apple",
        org,
        "Interview moved",
        sent,
        "they moved it",
        "Hi Alex,\n\nWe've had to move your interview from Tue 23rd to Weds 24th, same time "
        "(11am).\n\nTom",
        "Apple Mail forward of a move: 'from Tue 23rd to Weds 24th, same time (11am)': "
        "Wednesday 24 February 11:00; no zone.",
        wall(at(2027, 2, 24, 11, 0, LON, "Wed"), None, sent, "reschedule"),
    )


def campus19() -> Iterator[Case]:
    f = "campus19"
    s = ("Gemma Holt", "gemma.holt@pennine-people.example.co.uk")
    sent = at(2027, 2, 18, 16, 30, LON, "Thu")
    yield case(
        f,
        "client_monday_2pm",
        "en-GB",
        s,
        "Interview - Leeds",
        sent,
        "Agency: 'Monday at 2pm at their Leeds office' sent Thursday 18 February: Monday 22 "
        "February 14:00; no zone.",
        wall(at(2027, 2, 22, 14, 0, LON, "Mon"), None, sent),
        "Hi Alex,\n\nClient has come back - they'd like to see you Monday at 2pm at their Leeds "
        "office (Wellington Place). I've said yes on your behalf as you mentioned Monday was "
        "free; shout if not.\n\nGemma\nPennine People",
    )
    s = ("Graduate Recruitment", "graduates@ashby-engineering.example.co.uk")
    sent = at(2027, 2, 22, 10, 0, LON, "Mon")
    yield case(
        f,
        "grad_interview_9_940",
        "en-GB",
        s,
        "Graduate Scheme - interview",
        sent,
        "Graduate scheme: 'Wednesday 3 March, 9:00–9:40': 09:00-09:40; no zone.",
        wall(at(2027, 3, 3, 9, 0, LON, "Wed"), at(2027, 3, 3, 9, 40, LON), sent),
        "Dear Alex,\n\nCongratulations - you have been invited to interview for the 2027 "
        "Graduate Scheme.\n\nYour interview: Wednesday 3 March, 9:00\u20139:40\nFormat: video "
        "(link to follow)\n\nGraduate Recruitment Team\nAshby Engineering",
    )
    s = ("Career Center", "careercenter@lakemont.example.edu")
    sent = at(2027, 2, 19, 14, 0, CHI, "Fri")
    yield case(
        f,
        "on_campus_220",
        "en-US",
        s,
        "On-campus interview confirmation",
        sent,
        "'Thursday, Feb 25 at 2:20 PM ... (20 minutes)': 14:20-14:40; no zone.",
        wall(at(2027, 2, 25, 14, 20, CHI, "Thu"), at(2027, 2, 25, 14, 40, CHI), sent),
        "Hi Alex,\n\nYour on-campus interview with Prairie Mutual is on Thursday, Feb 25 at "
        "2:20 PM in the Career Center, Room 204 (20 minutes). Business casual.\n\nLakemont "
        "Career Center",
    )
    s = ("Ciarán Walsh", "ciaran@shannon-talent.example.ie")
    sent = at(2027, 2, 17, 12, 0, DUB, "Wed")
    yield case(
        f,
        "the_24th_at_10",
        "en-IE",
        s,
        "2nd stage",
        sent,
        "Agency: 'the 24th at 10 - that's a Wednesday' sent Wednesday 17 February: 24 February "
        "10:00; no zone.",
        wall(at(2027, 2, 24, 10, 0, DUB, "Wed"), None, sent),
        "Hi Alex,\n\nSecond stage confirmed for the 24th at 10 - that's a Wednesday - at their "
        "Grand Canal Dock office.\n\nCiarán",
    )
    s = ("Career Center", "careercenter@lakemont.example.edu")
    sent = at(2027, 2, 22, 9, 0, CHI, "Mon")
    chk(2027, 3, 2, "Tue")
    yield case(
        f,
        "career_fair",
        "en-US",
        s,
        "Spring Career Fair",
        sent,
        "Look-alike: a career fair 'Tuesday 2 March, 10am–3pm, Booth 17'.",
        NEG,
        "Hi Alex,\n\nMeet 80+ employers at the Spring Career Fair on Tuesday 2 March, "
        "10am\u20133pm, Student Union Ballroom. Prairie Mutual will be at Booth 17.\n\n"
        "Lakemont Career Center",
    )
    s = ("Gemma Holt", "gemma.holt@pennine-people.example.co.uk")
    sent = at(2027, 3, 1, 11, 0, LON, "Mon")
    yield case(
        f,
        "cv_forward_week_of_8th",
        "en-GB",
        s,
        "Putting you forward",
        sent,
        "Look-alike: the consultant will put the CV forward; the client interviews 'the week of "
        "the 8th'.",
        NEG,
        "Hi Alex,\n\nI'll be putting your CV forward this afternoon. The client is interviewing "
        "the week of the 8th, so fingers crossed.\n\nGemma",
    )


def looks19() -> Iterator[Case]:
    f = "looks19"
    s = ("Tyler Briggs", "tyler@copperfield-talent.example")
    sent = at(2027, 3, 1, 10, 0, NYC, "Mon")
    chk(2027, 3, 4, "Thu")
    yield case(
        f,
        "assessment_eod_thursday",
        "en-US",
        s,
        "Online assessment",
        sent,
        "Look-alike: an online assessment due 'by EOD Thursday (11:59pm ET)'.",
        NEG,
        "Hi Alex,\n\nNext step is a short online assessment (about 40 minutes). Please complete "
        "it by EOD Thursday (11:59pm ET): https://assess.example/c/8812\n\nThanks,\nTyler",
    )
    s = ("Maya Goldberg", "maya@fernhill-labs.example")
    sent = at(2027, 3, 2, 9, 0, NYC, "Tue")
    yield case(
        f,
        "happy_to_chat_noon",
        "en-US",
        s,
        "chat?",
        sent,
        "Look-alike: 'Happy to chat Thursday at noon?' offered as a question awaiting a yes.",
        NEG,
        "Hey Alex, happy to chat Thursday at noon? Or Friday morning if that's easier. Let me "
        "know.\n\nMaya",
    )
    s = ("Sian Pritchard", "sian.pritchard@redbrick-recruit.example.co.uk")
    sent = at(2027, 3, 3, 12, 0, LON, "Wed")
    yield case(
        f,
        "thanks_call_this_morning",
        "en-GB",
        s,
        "Thanks!",
        sent,
        "Look-alike: thanks for the call 'this morning at 10'.",
        NEG,
        "Hi Alex,\n\nThanks for your time on the call this morning at 10 - I'll speak to the "
        "client and come back to you.\n\nSian",
    )
    s = ("Paolo Santos", "paolo.santos@luzon-digital.example.ph")
    sent = at(2027, 3, 2, 9, 0, MNL, "Tue")
    yield case(
        f,
        "referee_call",
        "en-PH",
        s,
        "Reference check",
        sent,
        "Look-alike: the reference call 'Thursday at 3PM' is with the referee, not the reader.",
        NEG,
        "Hi Alex,\n\nFYI we've scheduled the reference call with your former manager, Ms. "
        "Reyes, on Thursday at 3PM. No action needed on your end.\n\nPaolo",
    )
    s = ("Omar Haddad", "omar.haddad@saadiyat-group.example.ae")
    sent = at(2027, 3, 3, 8, 0, DXB, "Wed")
    chk(2027, 3, 8, "Mon")
    yield case(
        f,
        "out_of_office",
        "en-AE",
        s,
        "Automatic reply: Interview documents",
        sent,
        "Look-alike: an out-of-office until 'Monday 8th March', answering after 9am.",
        NEG,
        "Thank you for your email. I am out of the office until Monday 8th March and will "
        "respond after 9am. For urgent matters, please contact hr@saadiyat-group.example.ae.",
    )
    s = ("Southerly Recruitment", "events@southerly-recruit.example.com.au")
    sent = at(2027, 3, 1, 8, 0, SYD, "Mon")
    chk(2027, 3, 10, "Wed")
    yield case(
        f,
        "webinar_aedt",
        "en-AU",
        s,
        "Webinar: acing your video interview",
        sent,
        "Look-alike: a recruiter's webinar 'Wednesday 10 March, 12pm AEDT'.",
        NEG,
        "Hi Alex,\n\nJoin our free webinar 'Acing your video interview' on Wednesday 10 March, "
        "12pm AEDT. Save your seat: https://southerly.example/webinar\n\nSoutherly Recruitment",
        form="both",
    )
    s = ("Priya Chauhan", "priya.chauhan@meridian-ps.example.co.uk")
    sent = at(2027, 3, 2, 15, 0, LON, "Tue")
    yield case(
        f,
        "control_final_after_assessment",
        "en-GB",
        s,
        "Final interview",
        sent,
        "Control: after the assessment, 'Tuesday 9 March at 2pm (UK time)': 14:00 London.",
        zoned(at(2027, 3, 9, 14, 0, LON, "Tue"), None, LON),
        "Dear Alex,\n\nThank you for completing the assessment. Your final interview is on "
        "Tuesday 9 March at 2pm (UK time) with the Director.\n\nBest wishes,\nPriya",
    )


BUILDERS = [
    ustech19,
    ukie19,
    southasia19,
    phsg19,
    africa19,
    anz19,
    gulf19,
    moves19,
    fwd19,
    campus19,
    looks19,
]

FIGURES = (
    "First sight (parser at main 752eb9f2, before any change for this batch; quick.py on "
    "these files only): dev text invitations 43 of 45 right (start and, where labelled, "
    "end; 36 with confidence >= 0.5), 2 of 15 dev look-alikes claimed (a Dubai "
    "'confirm your availability ... flexible between 2-5pm' ask and a US 'send over 2-3 "
    "times that work ... I'm pretty open Tues/Wed after 1pm ET' ask); held out 15 of 16 "
    "right (12 sure), 0 of 4 look-alikes claimed; no calendar parts. Dev misses: 'can we "
    "push to 4? ... I've updated the invite' over a quoted 2pm (read as the quoted 2pm; "
    "asking is not moving in the thread logic) and 'at midday UK time, running till 1' "
    "(no end). After the batch's two rules: dev 43 of 45 right (36 sure), 0 of 15 claimed; "
    "held out unchanged (15/16, 12 sure; 0/4). Whole corpus with the batch (quick.py): dev "
    "text 1770/1789, sure 1575, false claims 10 -> 8 of 1348; held out 811/865, 678 sure, "
    "56/611 claimed, unchanged; shared and fixtures unchanged. After the first sight two "
    "label conventions were corrected (not answers): look-alikes carry no organizer_email, "
    "and 'ET'/'PT' from Toronto/Vancouver senders are labelled America/New_York and "
    "America/Los_Angeles, the zones those words name (same instants)."
)
RULES = """## Rules and their sources

- An availability ask beside the employer's window books nothing (`lookalikes.py`):
  `ASKS_AVAILABILITY_CUES` now also reads 'send (me|us) (over) a few / a couple of / some /
  2-3 times|slots' and 'share / confirm / send your availability'; `OWN_AVAILABILITY_CUES`
  reads a window of the employer's side, 'is/are/'re flexible between/from/anytime/after'.
  Both must hold (the ask in the opening, the window in the time's sentence), so a slot with
  'Kindly confirm your availability' stays sure. Sources: corpus `hmgr15` ('send me 2-3
  times and i'll grab one'), `selfbook` ('send me a couple of times that work for you'),
  `agency15` ('They're flexible anytime between 9 and 4 AEDT'), `desihr`/`africahr`
  ('Please share / Kindly send your availability ... between'), and this batch's `gulf19`
  and `ustech19` asks.
- 'we're / you're (all) on for' reads like the existing 'we're set for' (`_INVITATION_WORDS`):
  public reminder and confirmation templates ('Quick reminder - we're on for tomorrow,
  {day} at {time}', 'Reminder: we're on for tomorrow at {time}', 'Confirming we're on for
  tomorrow between ...') and this batch's `africa19` ('we're on for tomorrow at 09:30 -
  10:30'). The mail still needs a meeting with someone to be sure.
- An out-of-office forwarded under 'FW:'/'Fwd:' is still an automatic reply (`parser.py`,
  `_is_auto_reply` strips forward prefixes before the responder-subject check): corpus
  `autoreply16` cs (forwarded as a quoted reply by `test_forward_wrappers`, it was claimed
  at 0.61; the invariance test sampled it once this batch's files were added) and public
  helpdesk data and subject cleaners ('FW: Automatic reply: RE: VPN not working',
  '"RE: FW: Automatic reply: X" -> "X"'). Not from this batch's mail; fixed because the
  batch exposed it.

After merging main at 822b6848: this batch's dev 43/45 (36 sure), 0/15 claimed; held out
15/16 (12 sure), 0/4; whole corpus dev text 1770/1789, 1575 sure, 8/1348 claimed; held out
811/865, 678 sure, 56/611 claimed; `pytest tests/parsing` 12473 passed.
"""


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the prose17 batch (`build_prose17.py`)",
        "",
        "Interview invitations, moves, cancellations and look-alikes typed in English by "
        "recruiters, hiring managers, founders, assistants, agency consultants and university "
        "recruiters in the US, Canada, the UK, Ireland, India, Pakistan, the Philippines, "
        "Singapore, Kenya, Nigeria, South Africa, Australia, New Zealand and the UAE, with no "
        "calendar part. All text is ours; people, companies, addresses and links are made up; "
        "no product template is rendered. Forward header blocks (Gmail, Outlook, Apple Mail, "
        "en) are written from memory of those clients. Every label was written from the "
        "datetimes the text is rendered from, before the parser was run on the message. A zone "
        "word that names one zone (IST, PKT, PHT, SGT, EAT, WAT, SAST, AEDT, AWST, NZDT, GST, "
        "ET, PT, CT, 'UK time', 'Dubai time') is labelled with that IANA zone; 'GMT' with the "
        "instant only; no zone word means wall time (tz_stated false). Loose lengths give no "
        "end; stated ones do. Moves are labelled with the new slot, cancellations with the "
        "cancelled one.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose17.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        RULES,
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose17.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
