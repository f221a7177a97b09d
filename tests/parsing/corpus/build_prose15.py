"""Write the "prose15" batch: interview scheduling mail typed in English by people worldwide.

Run: .venv/bin/python tests/parsing/corpus/build_prose15.py

About eighty messages in twelve families, typed the way in-house recruiters, agency
consultants, hiring managers, executive assistants and university career offices write in
English (US, CA, GB, IE, AU, NZ, ZA, NG, KE, IN, SG, AE): lowercase and typos, '3pm ET',
'1500 hrs', 'noon', 'half 2', 'quarter to 4 your time', 'Tues 9th', 'next Thurs', 'this
Friday', the time before the date, times in two zones ('10am PT / 1pm ET'), moves that name
the old and the new slot in either order ('instead of', 'push', 'bring it forward', 'swap
to'), multi-round days, phone screens with a window ('between 2 and 3'), signatures and
disclaimers with dates and phone numbers; look-alike negatives in the same voices (proposals
awaiting the reader's pick, availability asks, after-interview notes). Every label comes
from the datetimes the text is rendered from (weekdays typed in the text are checked by
`at`) and was written before the parser was run on the message. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only its
own families' files.
"""

from __future__ import annotations

import html as htmllib
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
ME = p8.ME
M = timedelta(minutes=1)
H = timedelta(hours=1)
HAND = (
    "hand-written; in-house and agency recruiters, hiring managers, executive assistants and "
    "career offices typing in English in webmail and reply threads (attribution lines "
    "written from memory); " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}
NY, CHI, LA, TOR, VAN = (
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Vancouver",
)
LON, DUB, JNB, LOS, NBO = (
    "Europe/London",
    "Europe/Dublin",
    "Africa/Johannesburg",
    "Africa/Lagos",
    "Africa/Nairobi",
)
SYD, MEL = "Australia/Sydney", "Australia/Melbourne"
PER, AKL = "Australia/Perth", "Pacific/Auckland"
KOL, SGP, DXB, BER = "Asia/Kolkata", "Asia/Singapore", "Asia/Dubai", "Europe/Berlin"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "inhouse15": "dev",
    "agency15": "dev",
    "hmgr15": "dev",
    "execasst15": "dev",
    "campus15": "dev",
    "moves15": "dev",
    "cancel15": "dev",
    "phonewin15": "dev",
    "lookneg15": "dev",
    "multiround15": "heldout",
    "sigdisc15": "heldout",
    "zonepair15": "heldout",
}
SOURCES = {
    "inhouse15": "In-house recruiters (US, CA, GB) confirming a slot: 'Tues 9th at 3pm ET', "
    "'this Friday at noon', '1:30pm on Wednesday, January 20', 'half 2', typos and lowercase; "
    "a pick-one proposal and an after-interview note as negatives.",
    "agency15": "Agency consultants (GB, AU, IE, NZ, ZA) booking client interviews: '1500 hrs', "
    "'quarter to 4 Perth time', 'half 10', '14h00', time before date; an availability ask and "
    "a feedback chase as negatives.",
    "hmgr15": "Hiring managers writing themselves, terse and lowercase (US, IN, SG, GB): 'thurs "
    "2/11 at 4', 'noon friday works' over the quoted options, '2:30-3:15pm pacific'; an open "
    "'what does your week look like' as negative.",
    "execasst15": "Executive assistants booking for their principal: two zones in one line "
    "('10am PT / 1pm ET', '9:00 AM GMT / 10:00 AM CET'), signatures with travel dates and "
    "phone numbers, a legal disclaimer; a list of options to pick from as negative.",
    "campus15": "University career offices and placement cells (US, GB, AU, CA, IN): room "
    "numbers, 'Time:' before 'Date:', '0930 hrs', '18/02/2027'; a career fair and a sign-up "
    "deadline as negatives.",
    "moves15": "Moves typed in a sentence or two, old and new slot in either order: 'push your "
    "2pm on Tues to Thurs 3/4 at 11am', 'bring it forward to 10am instead of 2pm', 'swap to', "
    "'pushed back a week, same time', 'preponed', 'New time ... (was ...)'; a move only asked "
    "as negative.",
    "cancel15": "Cancellations in a sentence: 'have to cancel thursday's 10am', 'today's 3pm', "
    "'Cancelled:' subjects, 'half 11'; a cancelled group event and a closed role as negatives.",
    "phonewin15": "Phone screens with a window or a call time: 'between 2 and 3 on Tuesday', "
    "'between 10am and 12pm', '1500-1530 hrs SGT', 'your time (Toronto)'; an open call ask and "
    "a missed-call voicemail as negatives.",
    "lookneg15": "Look-alikes in the same voices: A/B options awaiting the reader's reply, a "
    "tentative hold, an assessment deadline, a next-steps note naming a week.",
    "multiround15": "Multi-round interview days and loops, several countries.",
    "sigdisc15": "Signatures and disclaimers with dates, hours and phone numbers around a short "
    "booking.",
    "zonepair15": "Times written in two zones or 'your time' between countries.",
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
    raw = mail(
        f"prose15/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=as_html(text) if html else None,
        reply_to_key=f"prose15/{family}/{name}/parent" if reply else "",
    )
    label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def as_html(text: str) -> str:
    """The HTML alternative a webmail composer writes: one div per line, br for blanks."""
    rows = []
    for line in text.split("\n"):
        rows.append(f"<div>{htmllib.escape(line)}</div>" if line else "<div><br></div>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body><div dir="ltr">' + "".join(rows) + "</div></body></html>"
    )


def wrote(who: tuple[str, str], when: datetime) -> str:
    """Gmail's English attribution line."""
    hour = when.strftime("%I:%M %p").lstrip("0")
    return f"On {when:%a}, {when:%b} {when.day}, {when.year} at {hour} {who[0]} <{who[1]}> wrote:"


# --------------------------------------------------------------------------------------
def inhouse15() -> Iterator[Case]:
    f = "inhouse15"
    s = ("Kayla Brennan", "kayla.brennan@northgate-health.example.com")
    sent = at(2027, 2, 1, 16, 5, NY, "Mon")
    st = at(2027, 2, 9, 15, 0, NY, "Tue")
    yield case(
        f,
        "tues_9th_3pm_et",
        "en-US",
        s,
        "Interview confirmation - Data Analyst",
        sent,
        "'Tues 9th at 3pm ET' without month (February, from the Date) and '45 minutes' as the "
        "length; ET is no single zone rule, so the instant only.",
        slot(st, st + 45 * M),
        "Hi Alex,\n\nThanks for getting back to me so quickly! You're confirmed for Tues 9th at "
        "3pm ET with Marcus Lowe (Analytics Manager). It's scheduled for 45 minutes on Teams, "
        "the invite should be in your inbox shortly.\n\nBest,\nKayla\n\nKayla Brennan | Talent "
        "Acquisition Partner\nNorthgate Health\nc: 617-555-0142",
    )
    s = ("Derek Salas", "dsalas@brightwater-logistics.example.com")
    sent = at(2027, 1, 12, 11, 20, CHI, "Tue")
    st = at(2027, 1, 15, 12, 0, CHI, "Fri")
    yield case(
        f,
        "this_friday_noon",
        "en-US",
        s,
        "Re: Operations Coordinator",
        sent,
        "'this Friday at noon' sent on a Tuesday (15 January); no zone stated.",
        slot(st, sent=sent),
        "Alex - great, let's lock in this Friday at noon. You'll meet with Tanya and myself at "
        "the Elk Grove warehouse office, 1400 Busse Rd. Ask for me at the front desk.\n\nthanks"
        "\nDerek\n\nSent from my iPhone",
    )
    s = ("Priyanka Rao", "priyanka.rao@cedarline-software.example.ca")
    sent = at(2027, 1, 14, 9, 45, TOR, "Thu")
    st = at(2027, 1, 20, 13, 30, TOR, "Wed")
    yield case(
        f,
        "time_before_date_130",
        "en-CA",
        s,
        "Next steps - Cedarline",
        sent,
        "Time before the date: '1:30pm on Wednesday, January 20', 'an hour' as the length; no "
        "zone.",
        slot(st, st + H, sent=sent),
        "Hi Alex,\n\nI'm happy to confirm your interview at 1:30pm on Wednesday, January 20. "
        "Please plan for an hour - you'll meet Olivier (Engineering Lead) and Grace from our "
        "product team at our King St office.\n\nCheers,\nPriyanka",
    )
    s = ("Hannah Cole", "hannah.cole@ashmere-group.example.co.uk")
    sent = at(2027, 1, 18, 10, 2, LON, "Mon")
    st = at(2027, 1, 21, 14, 30, LON, "Thu")
    yield case(
        f,
        "half_2_thursday_21st",
        "en-GB",
        s,
        "Interview on Thursday",
        sent,
        "British 'half 2' (14:30): 'Thursday 21st at half 2'; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nJust confirming we'll see you on Thursday 21st at half 2 at our Leeds "
        "office (Wellington Place). You'll be with Sam and Ruth for about an hour. Any "
        "problems give me a shout.\n\nThanks\nHannah",
    )
    s = ("Mia Tran", "mia@ferrous-labs.example.com")
    sent = at(2027, 1, 22, 17, 40, LA, "Fri")
    st = at(2027, 1, 27, 11, 0, LA, "Wed")
    yield case(
        f,
        "lowercase_typo_wedensday",
        "en-US",
        s,
        "zoom w/ ferrous",
        sent,
        "Lowercase with typos: 'confirmd for wedensday 27th at 11am pst'; PST is read as "
        "Pacific winter time (instant only).",
        slot(st),
        "hi alex - confirmd for wedensday 27th at 11am pst w/ jordan (our head of eng). zoom "
        "link: https://zoom.example.com/j/8841230977\n\nlmk if anything changes!\nmia",
    )
    s = ("Oliver Grant", "oliver.grant@tessellate.example.co.uk")
    sent = at(2027, 1, 26, 15, 15, LON, "Tue")
    st = at(2027, 2, 1, 9, 30, LON, "Mon")
    yield case(
        f,
        "monday_1_feb_930_html",
        "en-GB",
        s,
        "Your interview with Tessellate",
        sent,
        "HTML alternative: 'Monday 1 February, 9.30am' with the dot; '30 mins' as the length; no "
        "zone.",
        slot(st, st + 30 * M, sent=sent),
        "Hi Alex,\n\nLovely to speak earlier. As discussed, your first interview is booked for "
        "Monday 1 February, 9.30am (30 mins) over Google Meet with Phoebe Lang, our Head of "
        "Design.\n\nMeet link: https://meet.example.com/tsl-qwer-tyu\n\nKind regards,\nOliver",
        html=True,
    )
    s = ("Kayla Brennan", "kayla.brennan@northgate-health.example.com")
    sent = at(2027, 1, 29, 10, 30, NY, "Fri")
    yield case(
        f,
        "neg_pick_one_of_three",
        "en-US",
        s,
        "Availability for interview",
        sent,
        "Negative: three options in ET and 'let me know which works best'; nothing is booked.",
        NEG,
        "Hi Alex,\n\nMarcus would love to meet you! Could you do any of these?\n\n- Tue 2/2, "
        "2pm ET\n- Wed 2/3, 11am ET\n- Thu 2/4, 4pm ET\n\nLet me know which works best and I'll "
        "send over an invite.\n\nBest,\nKayla",
    )
    s = ("Hannah Cole", "hannah.cole@ashmere-group.example.co.uk")
    sent = at(2027, 1, 22, 16, 50, LON, "Fri")
    yield case(
        f,
        "neg_thanks_hear_back_by_friday",
        "en-GB",
        s,
        "Thanks for coming in",
        sent,
        "Negative: after the interview 'yesterday at half 2'; an answer 'by next Friday 5pm'.",
        NEG,
        "Hi Alex,\n\nThanks for coming in yesterday at half 2, the team really enjoyed meeting "
        "you. We're seeing two more people next week and should be able to come back to you by "
        "next Friday 5pm at the latest.\n\nHave a good weekend\nHannah",
    )


def agency15() -> Iterator[Case]:
    f = "agency15"
    s = ("Jamie Whitlock", "jamie.whitlock@harrowfield-recruitment.example.co.uk")
    sent = at(2027, 1, 8, 14, 10, LON, "Fri")
    st = at(2027, 1, 13, 15, 0, LON, "Wed")
    yield case(
        f,
        "1500_hrs_weds_13th",
        "en-GB",
        s,
        "Interview confirmed - Beacon Systems",
        sent,
        "'Weds 13th Jan at 1500 hrs' in an agency confirmation; no zone.",
        slot(st, sent=sent),
        "Hi Alex\n\nGood news - Beacon Systems have confirmed Weds 13th Jan at 1500 hrs for the "
        "first stage, at their Reading office (Forbury Square, 3rd floor). You'll be meeting "
        "Clare Munro (Head of IT) and one of the senior engineers.\n\nI'll call you Tuesday for "
        "a quick prep chat.\n\nCheers\nJamie\n\nJamie Whitlock | Senior Consultant\nHarrowfield "
        "Recruitment | 0118 496 0731",
    )
    s = ("Bree Nolan", "bree@saltbush-talent.example.com.au")
    sent = at(2027, 1, 21, 12, 30, SYD, "Thu")
    st = at(2027, 1, 28, 15, 45, PER, "Thu")
    yield case(
        f,
        "quarter_to_4_perth_time",
        "en-AU",
        s,
        "Interview with Koala Freight - locked in",
        sent,
        "Sent from Sydney to a candidate in Perth: 'Thursday 28th at quarter to 4 Perth time' "
        "(15:45 AWST); the zone is stated.",
        slot(st, zone=PER),
        "Hey Alex,\n\nAll locked in! Koala Freight want to see you Thursday 28th at quarter to "
        "4 Perth time, at their Welshpool depot office. It's with Dean (Ops Manager), should be "
        "40 mins or so.\n\nGood luck, you'll smash it\nBree",
    )
    s = ("Ciara Byrne", "ciara.byrne@liffeyside-search.example.ie")
    sent = at(2027, 1, 18, 9, 5, DUB, "Mon")
    st = at(2027, 1, 22, 10, 30, DUB, "Fri")
    yield case(
        f,
        "half_10_friday_22nd",
        "en-IE",
        s,
        "Interview - Friday",
        sent,
        "Irish 'half 10 on Friday the 22nd' (10:30); no zone.",
        slot(st, sent=sent),
        "Morning Alex,\n\nHope you had a good weekend. The client has come back and they'd "
        "like to meet you at half 10 on Friday the 22nd in their Sandyford office. I've said "
        "yes on your behalf as you mentioned Friday was free - shout if that's a problem.\n\n"
        "Ciara",
    )
    s = ("Tama Rewiti", "tama@kauri-people.example.co.nz")
    sent = at(2027, 1, 20, 16, 0, AKL, "Wed")
    st = at(2027, 1, 26, 11, 0, AKL, "Tue")
    yield case(
        f,
        "11am_tues_26_jan",
        "en-NZ",
        s,
        "Re: Pohutukawa Software",
        sent,
        "Time before the date: '11am Tues 26 Jan'; summer time in New Zealand; no zone.",
        slot(st, sent=sent),
        "Kia ora Alex,\n\nConfirmed for 11am Tues 26 Jan with Pohutukawa Software - level 4, "
        "12 Albert St. Ask for Mere at reception.\n\nNgā mihi\nTama",
        reply=True,
    )
    s = ("Thandi Mokoena", "thandi@jacaranda-recruit.example.co.za")
    sent = at(2027, 1, 27, 8, 45, JNB, "Wed")
    st = at(2027, 2, 3, 14, 0, JNB, "Wed")
    yield case(
        f,
        "14h00_wednesday_3_feb",
        "en-ZA",
        s,
        "Interview: Financial Accountant",
        sent,
        "South African '14h00' on 'Wednesday 3 February' with '14h00 - 15h00'; no zone.",
        slot(st, st + H, sent=sent),
        "Good morning Alex\n\nI'm pleased to confirm your interview with Protea Mutual:\n\n"
        "Wednesday 3 February, 14h00 - 15h00\nProtea Mutual, 22 Fricker Road, Illovo\nPanel: "
        "Mr S. Naidoo (CFO) and Ms L. Dube (HR)\n\nPlease bring a certified copy of your ID.\n"
        "\nKind regards\nThandi Mokoena\nJacaranda Recruitment | 011 555 0193",
    )
    s = ("Jamie Whitlock", "jamie.whitlock@harrowfield-recruitment.example.co.uk")
    sent = at(2027, 2, 2, 17, 30, LON, "Tue")
    st = at(2027, 2, 8, 10, 0, LON, "Mon")
    yield case(
        f,
        "second_stage_blocked_10_11",
        "en-GB",
        s,
        "2nd stage - Beacon",
        sent,
        "'booked in for 10am Mon 8th Feb' and 'blocked out 10-11' (the end); no zone.",
        slot(st, st + H, sent=sent),
        "Alex,\n\ngreat feedback from Clare! 2nd stage with the MD is booked in for 10am Mon "
        "8th Feb, same office. They've blocked out 10-11 so there's time for a tour after.\n\n"
        "Jamie",
    )
    s = ("Bree Nolan", "bree@saltbush-talent.example.com.au")
    sent = at(2027, 2, 4, 10, 0, SYD, "Thu")
    yield case(
        f,
        "neg_send_me_slots",
        "en-AU",
        s,
        "availability next week?",
        sent,
        "Negative: asks for slots 'Mon-Wed next week, anytime between 9 and 4'.",
        NEG,
        "Hey Alex, the client's keen to get a second round in. Can you send me a few slots "
        "Mon-Wed next week? They're flexible anytime between 9 and 4 AEDT.\n\nThanks!\nBree",
    )
    s = ("Ciara Byrne", "ciara.byrne@liffeyside-search.example.ie")
    sent = at(2027, 1, 23, 11, 0, DUB, "Sat")
    yield case(
        f,
        "neg_feedback_due_thursday",
        "en-IE",
        s,
        "How did it go?",
        sent,
        "Negative: after 'yesterday's interview at half 10'; feedback due 'Thursday by 5'.",
        NEG,
        "Hi Alex, how did yesterday's interview at half 10 go? They've told me they'll have "
        "feedback to me by Thursday by 5 at the latest, I'll ring you as soon as I hear.\n\n"
        "Ciara",
    )


def hmgr15() -> Iterator[Case]:
    f = "hmgr15"
    s = ("Rob Kowalski", "rob@tinderbox-games.example.com")
    sent = at(2027, 2, 5, 19, 12, CHI, "Fri")
    st = at(2027, 2, 11, 16, 0, CHI, "Thu")
    yield case(
        f,
        "thurs_2_11_at_4",
        "en-US",
        s,
        "chat",
        sent,
        "Terse lowercase: 'lets do thurs 2/11 at 4' (16:00, office hours); no zone.",
        slot(st, sent=sent),
        "hey alex, lets do thurs 2/11 at 4 - i'll call your cell. shouldnt take more than "
        "30min\n\n-rob",
    )
    s = ("Lauren Petrie", "lauren.petrie@kelpwise.example.com")
    sent = at(2027, 2, 10, 8, 15, LA, "Wed")
    st = at(2027, 2, 15, 14, 30, LA, "Mon")
    yield case(
        f,
        "confimred_230_315_pacific",
        "en-US",
        s,
        "Re: follow up",
        sent,
        "Typo 'confimred': 'monday feb 15, 2:30-3:15pm pacific' gives start, end and the zone.",
        slot(st, st + 45 * M, zone=LA),
        "sorry for the slow reply, been a week. confimred: monday feb 15, 2:30-3:15pm pacific. "
        "you'll meet me + Dev (staff eng). I'll send a meet link monday morning.\n\nLauren\n"
        "Director of Engineering, Kelpwise",
        reply=True,
    )
    s = ("Nate Osei", "nate.osei@quillfeather.example.com")
    sent = at(2027, 2, 16, 9, 2, NY, "Tue")
    st = at(2027, 2, 19, 12, 0, NY, "Fri")
    cand = at(2027, 2, 15, 18, 40, NY, "Mon")
    yield case(
        f,
        "noon_friday_works_quoted",
        "en-US",
        s,
        "Re: Times for Friday",
        sent,
        "'noon friday works' over the candidate's quoted options (Friday 2/19 noon or 3pm); "
        "no zone.",
        slot(st, sent=sent),
        thread(
            "noon friday works, see you at the office (4th floor, just buzz Quillfeather). "
            "lunch is on us\n\nNate",
            (
                wrote(ME, cand),
                "Hi Nate,\n\nThanks for the note! On Friday 2/19 I could do noon or 3pm, "
                "whichever suits you.\n\nBest,\nAlex",
            ),
        ),
        reply=True,
    )
    s = ("Arvind Menon", "arvind.menon@tealbyte.example.in")
    sent = at(2027, 2, 10, 18, 30, KOL, "Wed")
    st = at(2027, 2, 16, 11, 0, KOL, "Tue")
    yield case(
        f,
        "16th_feb_11_am_ist",
        "en-IN",
        s,
        "Connect on Tuesday",
        sent,
        "'Let's connect on 16th Feb, 11 AM IST'; IST is India here.",
        slot(st, zone=KOL),
        "Hi Alex,\n\nGood speaking with you. Let's connect on 16th Feb, 11 AM IST for the "
        "technical discussion - I will share the Teams link a day before. Keep your laptop "
        "ready with an IDE, we'll do a bit of pairing.\n\nRegards,\nArvind Menon\nEngineering "
        "Manager, Tealbyte | +91 98450 12345",
    )
    s = ("Grace Lim", "grace.lim@orchidpay.example.sg")
    sent = at(2027, 2, 15, 10, 20, SGP, "Mon")
    st = at(2027, 2, 17, 15, 0, SGP, "Wed")
    yield case(
        f,
        "3pm_this_wed_17_feb",
        "en-SG",
        s,
        "Meet up this week",
        sent,
        "'3pm this Wed (17 Feb)', time before the day; no zone.",
        slot(st, sent=sent),
        "Hi Alex, can meet you at 3pm this Wed (17 Feb) at our office - 8 Marina View, "
        "#21-03. Just tell the guard you're seeing me. See you!\n\nGrace",
    )
    s = ("Tom Ashby", "tom@stonemoss.example.co.uk")
    sent = at(2027, 2, 18, 13, 0, LON, "Thu")
    st = at(2027, 2, 23, 16, 0, LON, "Tue")
    yield case(
        f,
        "tuesday_4ish_no_tues_4",
        "en-GB",
        s,
        "coffee?",
        sent,
        "Self-correction in a hurry: 'tuesday 4ish - actually make it 4 sharp, 23rd'; no zone.",
        slot(st, sent=sent),
        "Alex - fancy a coffee before we make this official? Tuesday 4ish - actually make it "
        "4 sharp, 23rd, Grind on Shoreditch High St. I'll bring Nia from the team.\n\nTom",
    )
    s = ("Lauren Petrie", "lauren.petrie@kelpwise.example.com")
    sent = at(2027, 2, 3, 12, 0, LA, "Wed")
    yield case(
        f,
        "neg_what_does_your_week_look_like",
        "en-US",
        s,
        "next week?",
        sent,
        "Negative: 'what does your week look like? i'm pretty open tues/wed afternoon'.",
        NEG,
        "hey alex - what does your week look like? i'm pretty open tues/wed afternoon, "
        "anything after 1 pacific. send me 2-3 times and i'll grab one.\n\nL",
    )


def execasst15() -> Iterator[Case]:
    f = "execasst15"
    s = ("Melissa Haddad", "mhaddad@corvane-capital.example.com")
    sent = at(2027, 2, 16, 11, 30, NY, "Tue")
    st = at(2027, 2, 23, 10, 0, LA, "Tue")
    yield case(
        f,
        "10am_pt_1pm_et",
        "en-US",
        s,
        "Meeting with Sarah Whitcombe",
        sent,
        "Two zones in one line: 'Tuesday, February 23rd at 10am PT / 1pm ET for 30 minutes'; "
        "the instant only.",
        slot(st, st + 30 * M),
        "Good morning Alex,\n\nI'm writing on behalf of Sarah Whitcombe, COO. Sarah is able to "
        "meet on Tuesday, February 23rd at 10am PT / 1pm ET for 30 minutes. She will call you "
        "at the number on your resume.\n\nPlease let me know if anything changes.\n\nWarm "
        "regards,\nMelissa Haddad\nExecutive Assistant to the COO | Corvane Capital\n"
        "T: 212-555-0188",
    )
    s = ("Fiona McAllister", "fiona.mcallister@glenrock-energy.example.co.uk")
    sent = at(2027, 2, 17, 9, 0, LON, "Wed")
    st = at(2027, 2, 25, 9, 0, LON, "Thu")
    yield case(
        f,
        "9am_gmt_10am_cet",
        "en-GB",
        s,
        "CEO interview - Thursday 25 February",
        sent,
        "'9:00 AM GMT / 10:00 AM CET on Thursday 25 February', 45 minutes; the instant only.",
        slot(st, st + 45 * M),
        "Dear Alex,\n\nFurther to your conversation with our Talent team, I'm pleased to "
        "confirm 9:00 AM GMT / 10:00 AM CET on Thursday 25 February for your interview with "
        "Anders Kvist, CEO. Anders will be in our Copenhagen office, so this will be by video "
        "(45 minutes).\n\nKind regards\nFiona McAllister\nPA to the CEO",
    )
    s = ("Wei Ling Tan", "weiling.tan@harbourline.example.sg")
    sent = at(2027, 2, 19, 14, 40, SGP, "Fri")
    st = at(2027, 3, 1, 16, 30, SGP, "Mon")
    yield case(
        f,
        "singapore_time_sig_leave",
        "en-SG",
        s,
        "Meeting with Mr Chua",
        sent,
        "'Mon 1 Mar at 4:30pm (Singapore time)' with a signature naming the assistant's leave "
        "'24-26 Feb' and phone numbers; the zone is stated.",
        slot(st, zone=SGP),
        "Dear Alex,\n\nMr Chua would be glad to meet you on Mon 1 Mar at 4:30pm (Singapore "
        "time) at our office, 1 Harbourfront Ave, Level 12.\n\nBest regards,\nWei Ling\n\n"
        "Tan Wei Ling | Executive Assistant to the Managing Director\nHarbourline Pte Ltd | "
        "Office: +65 6123 4567 | Mobile: +65 9123 4567\nPlease note I will be on leave 24-26 "
        "Feb; for urgent matters call +65 6123 4500.",
    )
    s = ("Jordan Ellis", "jellis@sunmere-ventures.example.com")
    sent = at(2027, 2, 24, 15, 0, LA, "Wed")
    st = at(2027, 3, 3, 8, 0, LA, "Wed")
    yield case(
        f,
        "8am_pacific_4pm_london",
        "en-US",
        s,
        "Confirmed: Alex / Dana",
        sent,
        "'8:00am Pacific / 4:00pm London, Wed March 3' with an hour blocked; the instant only.",
        slot(st, st + H),
        "Hi Alex,\n\nDana's calendar is confirmed: 8:00am Pacific / 4:00pm London, Wed March 3. "
        "I've blocked the hour. Zoom details to follow in a separate invite.\n\nThanks!\nJordan "
        "Ellis\nChief of Staff office | Sunmere Ventures | (415) 555-0166",
    )
    s = ("Rachel Ofori", "rachel.ofori@pennant-law.example.co.uk")
    sent = at(2027, 2, 26, 12, 10, LON, "Fri")
    st = at(2027, 3, 5, 11, 0, LON, "Fri")
    yield case(
        f,
        "uk_time_disclaimer",
        "en-GB",
        s,
        "Interview with Mrs Adeyemi",
        sent,
        "'Friday 5 March 11.00–11.45 (UK time)' above a legal disclaimer carrying a company "
        "number and an SRA number; zone named.",
        slot(st, st + 45 * M, zone=LON),
        "Dear Alex,\n\nMrs Adeyemi would like to invite you to interview on Friday 5 March "
        "11.00–11.45 (UK time) at our offices at 40 Gresham Street, London EC2V 7BX.\n\nPlease "
        "bring photo ID for building security.\n\nYours sincerely\nRachel Ofori\nExecutive "
        "Assistant\n\nPennant Law LLP is a limited liability partnership registered in England "
        "and Wales (No. OC301234), authorised and regulated by the Solicitors Regulation "
        "Authority (SRA No. 612345). This email is confidential and may be privileged. If you "
        "have received it in error please notify the sender on 020 7946 0018 and delete it.",
    )
    s = ("Melissa Haddad", "mhaddad@corvane-capital.example.com")
    sent = at(2027, 3, 2, 9, 30, NY, "Tue")
    yield case(
        f,
        "neg_which_of_these_et",
        "en-US",
        s,
        "Times for a follow-up with Sarah",
        sent,
        "Negative: an assistant lists three windows 'all ET' and waits for the reader's pick.",
        NEG,
        "Hi Alex,\n\nSarah would like a follow-up. Could you let me know which of the following "
        "times work (all ET)?\n\nMon 3/8 9:00-9:30\nTue 3/9 2:00-2:30\nThu 3/11 4:30-5:00\n\n"
        "Once I hear back I'll send a calendar invite.\n\nWarm regards,\nMelissa",
    )


def campus15() -> Iterator[Case]:
    f = "campus15"
    s = ("Career Center - Employer Relations", "interviews@careers.lakemont.example.edu")
    sent = at(2027, 1, 28, 13, 0, NY, "Thu")
    st = at(2027, 2, 4, 13, 20, NY, "Thu")
    yield case(
        f,
        "on_campus_1_20_pm_room",
        "en-US",
        s,
        "On-campus interview confirmed: Halvard Consulting",
        sent,
        "Career centre confirmation: 'Thursday, February 4 at 1:20 PM', '30-minute' slot, "
        "a room number and the office phone; no zone.",
        slot(st, st + 30 * M, sent=sent),
        "Dear Alex,\n\nYour on-campus interview with Halvard Consulting is confirmed for "
        "Thursday, February 4 at 1:20 PM (30-minute slot) in Career Center Interview Room 214, "
        "Hollis Hall.\n\nPlease arrive 10 minutes early and check in at the front desk. If you "
        "need to cancel, you must do so at least 48 hours in advance.\n\nLakemont University "
        "Career Center | 555-867-0100 | Hollis Hall, Suite 200",
    )
    s = ("Careers Hub", "careershub@northfold.example.ac.uk")
    sent = at(2027, 2, 1, 10, 0, LON, "Mon")
    st = at(2027, 2, 10, 14, 0, LON, "Wed")
    yield case(
        f,
        "wed_10_feb_14_00_14_30",
        "en-GB",
        s,
        "Employer interview - Wed 10 Feb",
        sent,
        "'Wed 10 Feb, 14:00-14:30, Careers Hub Room 3' in a UK careers service mail; no zone.",
        slot(st, st + 30 * M, sent=sent),
        "Hi Alex,\n\nYou've been shortlisted by Merriton Engineering for a first interview.\n\n"
        "Interview: Wed 10 Feb, 14:00-14:30, Careers Hub Room 3 (Library building, ground "
        "floor)\n\nIf you can no longer attend please let us know by replying to this email.\n"
        "\nBest wishes,\nCareers Hub Team",
    )
    s = ("Careers & Employability", "careers@southbank-uni.example.edu.au")
    sent = at(2027, 2, 3, 11, 15, MEL, "Wed")
    st = at(2027, 2, 12, 14, 15, MEL, "Fri")
    yield case(
        f,
        "2_15pm_friday_12_feb",
        "en-AU",
        s,
        "Graduate interview booked",
        sent,
        "Time before the date: '2.15pm Friday 12 February'; summer time in Melbourne; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nYour graduate interview with Wattle Analytics is booked for 2.15pm Friday "
        "12 February at the Careers Centre, Level 2, Building 80. Allow 45 minutes.\n\nCheers,\n"
        "Careers & Employability",
    )
    s = ("Co-op & Career Services", "coop@westbury.example.ca")
    sent = at(2027, 2, 8, 15, 30, VAN, "Mon")
    st = at(2027, 2, 16, 10, 40, VAN, "Tue")
    yield case(
        f,
        "time_line_before_date_line",
        "en-CA",
        s,
        "Interview Selection - Fraser Robotics",
        sent,
        "'Time: 10:40am – 11:10am' on the line before 'Date: Tuesday, February 16'; no zone.",
        slot(st, st + 30 * M, sent=sent),
        "Hello Alex,\n\nCongratulations, you have been selected for an interview with Fraser "
        "Robotics for the Co-op Software Developer position.\n\nTime: 10:40am – 11:10am\nDate: "
        "Tuesday, February 16\nLocation: Co-op Centre, Room 1120\n\nPlease review the job "
        "posting (#40512) before your interview.\n\nCo-op & Career Services",
    )
    s = ("Training & Placement Cell", "placements@vidyanagar-tech.example.ac.in")
    sent = at(2027, 2, 11, 17, 0, KOL, "Thu")
    st = at(2027, 2, 18, 9, 30, KOL, "Thu")
    yield case(
        f,
        "0930_hrs_18_02_2027",
        "en-IN",
        s,
        "Campus Interview Schedule - Zentrix Solutions",
        sent,
        "Placement cell notice: 'Time : 0930 hrs' above 'Date : 18/02/2027', a reporting time "
        "and a helpline number; no zone.",
        slot(st, sent=sent),
        "Dear Student,\n\nYou have been shortlisted for the personal interview round of Zentrix "
        "Solutions.\n\nTime : 0930 hrs\nDate : 18/02/2027 (Thursday)\nVenue : Seminar Hall 2, "
        "Admin Block\n\nCarry two copies of your resume and college ID card. Dress code: formal."
        "\n\nRegards,\nTraining & Placement Cell\nPh: 0422-2567890",
    )
    s = ("Career Center - Employer Relations", "interviews@careers.lakemont.example.edu")
    sent = at(2027, 2, 15, 8, 0, NY, "Mon")
    yield case(
        f,
        "neg_career_fair",
        "en-US",
        s,
        "Spring Career Fair is next week!",
        sent,
        "Negative: a career fair 'Wed Feb 24, 11am-3pm' open to all students.",
        NEG,
        "Hi Lakemont students,\n\nThe Spring Career Fair is on Wed Feb 24, 11am-3pm in the "
        "Student Union Ballroom. 80+ employers will be there. Bring copies of your resume!\n\n"
        "Career Center",
    )
    s = ("Careers Hub", "careershub@northfold.example.ac.uk")
    sent = at(2027, 2, 15, 9, 0, LON, "Mon")
    yield case(
        f,
        "neg_sign_up_by_friday",
        "en-GB",
        s,
        "Sign up for interview slots - Orrin Analytics",
        sent,
        "Negative: sign up for an interview slot 'by Friday 19 Feb at 5pm'; interviews run "
        "'Tues 23 Feb 9.30-16.00'.",
        NEG,
        "Hi Alex,\n\nOrrin Analytics have invited you to book an interview slot. Slots run on "
        "Tues 23 Feb 9.30-16.00. Please sign up through the portal by Friday 19 Feb at 5pm - "
        "unclaimed places will be offered to the reserve list.\n\nCareers Hub Team",
    )


def moves15() -> Iterator[Case]:
    f = "moves15"
    s = ("Amber Nguyen", "amber.nguyen@riverlight-media.example.com")
    sent = at(2027, 3, 1, 9, 10, NY, "Mon")
    st = at(2027, 3, 4, 11, 0, NY, "Thu")
    yield case(
        f,
        "push_2pm_tues_to_thurs",
        "en-US",
        s,
        "need to move your interview",
        sent,
        "Old slot first: 'push your 2pm on Tues to Thurs 3/4 at 11am'; the label is the new "
        "slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nso sorry - we need to push your 2pm on Tues to Thurs 3/4 at 11am, our VP "
        "got pulled into a board meeting. Same Zoom link. Hope that still works!\n\nAmber",
    )
    s = ("Laura Pike", "laura.pike@fenwick-cole.example.co.uk")
    sent = at(2027, 3, 2, 16, 0, LON, "Tue")
    st = at(2027, 3, 5, 10, 0, LON, "Fri")
    yield case(
        f,
        "bring_forward_10am_instead_of_2",
        "en-GB",
        s,
        "Friday",
        sent,
        "'can we bring it forward to 10am instead of 2pm? same day (Fri 5th)' confirmed in the "
        "next sentence; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nWould you mind if we bring it forward to 10am instead of 2pm? Same day (Fri "
        "5th). You said mornings were fine so I've gone ahead and moved it - I'll resend the "
        "invite.\n\nThanks so much\nLaura",
    )
    s = ("Chris Delgado", "chris.delgado@pinewood-bank.example.com")
    sent = at(2027, 3, 3, 13, 45, NY, "Wed")
    st = at(2027, 3, 10, 15, 0, NY, "Wed")
    yield case(
        f,
        "swap_to_wed_10th_3pm_et",
        "en-US",
        s,
        "Updated time - Pinewood interview",
        sent,
        "New slot first: 'swap to Wednesday the 10th at 3pm ET instead of Tuesday'; instant "
        "only (ET).",
        slot(st, kind="reschedule"),
        "Hi Alex - quick update, we've had to swap to Wednesday the 10th at 3pm ET instead of "
        "Tuesday. Everything else stays the same (45 min, Teams).\n\nChris Delgado\nCampus & "
        "Early Careers Recruiting",
    )
    s = ("Sophie Marsh", "sophie.marsh@quayside-retail.example.co.uk")
    sent = at(2027, 2, 11, 12, 0, LON, "Thu")
    st = at(2027, 2, 16, 14, 0, LON, "Tue")
    yield case(
        f,
        "new_time_was_lines",
        "en-GB",
        s,
        "Interview rescheduled",
        sent,
        "Lines 'New time: Tue 16 Feb 14:00' then '(was Mon 15 Feb 10:00)'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nApologies for the change.\n\nNew time: Tue 16 Feb 14:00\n(was Mon 15 Feb "
        "10:00)\n\nLocation is unchanged.\n\nSophie",
    )
    s = ("Kirra Walsh", "kirra@banksia-hr.example.com.au")
    sent = at(2027, 2, 15, 8, 30, SYD, "Mon")
    st = at(2027, 2, 18, 13, 30, SYD, "Thu")
    yield case(
        f,
        "moved_from_11_to_130_same_day",
        "en-AU",
        s,
        "Thursday time change",
        sent,
        "Old then new without repeating the date: 'moved from 11am to 1:30pm, same day - "
        "Thursday 18th'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex, heads up - your interview's been moved from 11am to 1:30pm, same day - "
        "Thursday 18th. Sorry for the shuffle!\n\nKirra",
    )
    s = ("Ben Hartley", "ben.hartley@larchmont-eng.example.co.uk")
    sent = at(2027, 2, 12, 15, 20, LON, "Fri")
    st = at(2027, 2, 24, 14, 30, LON, "Wed")
    yield case(
        f,
        "pushed_back_a_week_same_time",
        "en-GB",
        s,
        "Panel interview - new date",
        sent,
        "'your panel on Wed 17 Feb at 2.30pm has been pushed back a week ... same time': "
        "Wednesday 24 February 14:30; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nI'm afraid your panel on Wed 17 Feb at 2.30pm has been pushed back a week "
        "as two of the panel are now on site visits - so Wed 24th, same time. Really sorry "
        "for the inconvenience.\n\nBen",
    )
    s = ("Kavya Iyer", "kavya.iyer@indigoloop.example.in")
    sent = at(2027, 2, 23, 10, 5, KOL, "Tue")
    st = at(2027, 2, 25, 11, 0, KOL, "Thu")
    yield case(
        f,
        "preponed_to_11_am",
        "en-IN",
        s,
        "Interview preponed - 25th Feb",
        sent,
        "Indian 'preponed to 11 AM' from '3 PM on 25th Feb'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Dear Alex,\n\nYour interview scheduled at 3 PM on 25th Feb has been preponed to 11 AM "
        "the same day due to the panel's travel. Kindly confirm.\n\nThanks & Regards\nKavya "
        "Iyer\nHR - Talent Acquisition | +91 80 4567 1234",
    )
    s = ("Amber Nguyen", "amber.nguyen@riverlight-media.example.com")
    sent = at(2027, 2, 26, 10, 0, NY, "Fri")
    yield case(
        f,
        "neg_would_1130_work_instead",
        "en-US",
        s,
        "quick q about monday",
        sent,
        "Negative: a move only asked ('instead of Monday 9:30, would Monday 11:30 work?'); "
        "nothing is changed until the reader answers.",
        NEG,
        "Hi Alex, instead of Monday 9:30, would Monday 11:30 work for you? Our hiring manager "
        "has a conflict. No worries if not, we can keep the original time - just let me know "
        "and I'll update the invite.\n\nAmber",
    )


def cancel15() -> Iterator[Case]:
    f = "cancel15"
    s = ("Tasha Greene", "tgreene@oakhurst-insurance.example.com")
    sent = at(2027, 2, 22, 14, 0, CHI, "Mon")
    st = at(2027, 2, 25, 10, 0, CHI, "Thu")
    yield case(
        f,
        "cancel_thursdays_10am",
        "en-US",
        s,
        "Interview cancellation",
        sent,
        "'we have to cancel thursday's 10am interview (2/25)' as the role is on hold; the label "
        "is the cancelled slot; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Hi Alex,\n\nunfortunately we have to cancel thursday's 10am interview (2/25) - the "
        "position has been put on hold while we go through a reorg. I'm really sorry, I'll "
        "reach out if it opens back up.\n\nTasha",
    )
    s = ("Ella Brooks", "ella.brooks@linden-clinic.example.com")
    sent = at(2027, 2, 24, 9, 15, NY, "Wed")
    st = at(2027, 2, 24, 15, 0, NY, "Wed")
    yield case(
        f,
        "cancel_todays_3pm",
        "en-US",
        s,
        "today's interview",
        sent,
        "Same-day cancellation: 'we need to cancel today's 3pm'; a new time to follow; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Hi Alex - I'm so sorry, Dr. Pell is out sick so we need to cancel today's 3pm. I'll be "
        "in touch early next week to find a new time.\n\nElla\nPractice Manager",
    )
    s = ("Recruitment Team", "recruitment@hallam-council.example.gov.uk")
    sent = at(2027, 2, 25, 11, 0, LON, "Thu")
    st = at(2027, 3, 1, 9, 30, LON, "Mon")
    yield case(
        f,
        "cancelled_subject_mon_1_mar",
        "en-GB",
        s,
        "Cancelled: 2nd interview, Mon 1 Mar 09:30",
        sent,
        "The slot only in a 'Cancelled:' subject ('Mon 1 Mar 09:30'); a short body; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Dear Alex,\n\nPlease accept our apologies - this interview has been cancelled. We will "
        "contact you separately about next steps.\n\nRecruitment Team\nHallam Council",
    )
    s = ("Niamh Kelly", "niamh@corrib-tech.example.ie")
    sent = at(2027, 3, 3, 16, 30, DUB, "Wed")
    st = at(2027, 3, 4, 11, 30, DUB, "Thu")
    yield case(
        f,
        "cancel_tomorrows_half_11",
        "en-IE",
        s,
        "tomorrow",
        sent,
        "'we'll have to cancel tomorrow's chat at half 11' (11:30 the next day); no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Hi Alex, bad news I'm afraid, we'll have to cancel tomorrow's chat at half 11 - the "
        "hiring manager's had a family emergency. I'll come back to you with a new date next "
        "week.\n\nNiamh",
    )
    s = ("Events Team", "events@pinewood-bank.example.com")
    sent = at(2027, 3, 1, 12, 0, NY, "Mon")
    yield case(
        f,
        "neg_info_session_cancelled",
        "en-US",
        s,
        "CANCELLED: Pinewood Info Session 3/4",
        sent,
        "Negative: a group info session 'Thursday 3/4 at 6pm' is cancelled; no interview.",
        NEG,
        "Hi all,\n\nDue to the weather forecast, Thursday's info session (3/4 at 6pm) is "
        "cancelled. We'll post a recording on our careers page.\n\nPinewood Bank Early Careers",
    )
    s = ("Tasha Greene", "tgreene@oakhurst-insurance.example.com")
    sent = at(2027, 3, 1, 10, 0, CHI, "Mon")
    yield case(
        f,
        "neg_role_closed",
        "en-US",
        s,
        "Update on your application",
        sent,
        "Negative: the role closed on '2/26'; no interview will happen.",
        NEG,
        "Hi Alex,\n\nI wanted to let you know the Claims Analyst role closed on 2/26 and we "
        "won't be moving forward with interviews for it. We'll keep your resume on file.\n\n"
        "Tasha",
    )


def phonewin15() -> Iterator[Case]:
    f = "phonewin15"
    s = ("Jen Alvarez", "jen.alvarez@copperline-ins.example.com")
    sent = at(2027, 1, 14, 15, 0, NY, "Thu")
    st = at(2027, 1, 19, 14, 0, NY, "Tue")
    yield case(
        f,
        "between_2_and_3_tuesday",
        "en-US",
        s,
        "Phone screen",
        sent,
        "'I'll call you between 2 and 3 on Tuesday (Jan 19) - that's Eastern': the window is "
        "the slot blocked; Eastern names New York.",
        slot(st, st + H, zone=NY),
        "Hi Alex,\n\nThanks for applying! I'll call you between 2 and 3 on Tuesday (Jan 19) - "
        "that's Eastern. It's a quick 20 min screen about your background and what you're "
        "looking for.\n\nJen Alvarez\nRecruiter, Copperline Insurance\n(646) 555-0177",
    )
    s = ("Talent Team", "talent@marlow-energy.example.co.uk")
    sent = at(2027, 1, 15, 10, 0, LON, "Fri")
    st = at(2027, 1, 21, 10, 0, LON, "Thu")
    yield case(
        f,
        "between_10am_and_12pm",
        "en-GB",
        s,
        "Telephone interview - Marlow Energy",
        sent,
        "'Thursday 21st Jan between 10am and 12pm' as the call window; no zone.",
        slot(st, st + 2 * H, sent=sent),
        "Dear Alex,\n\nThank you for your application. A member of our talent team will call "
        "you on Thursday 21st Jan between 10am and 12pm for a short telephone interview. "
        "Please make sure you're somewhere quiet.\n\nMarlow Energy Talent Team",
    )
    s = ("Duncan Reid", "duncan@thistle-talent.example.co.uk")
    sent = at(2027, 1, 22, 17, 0, LON, "Fri")
    st = at(2027, 1, 25, 9, 30, LON, "Mon")
    yield case(
        f,
        "ring_between_930_and_10",
        "en-GB",
        s,
        "quick call monday",
        sent,
        "'I'll ring you sometime between 9.30 and 10 on Monday 25th'; no zone.",
        slot(st, st + 30 * M, sent=sent),
        "Alex - I'll ring you sometime between 9.30 and 10 on Monday 25th to run through the "
        "role, should only take 10 mins.\n\nDuncan\n07700 900456",
    )
    s = ("Shirley Koh", "shirley.koh@meranti-tech.example.sg")
    sent = at(2027, 1, 22, 11, 0, SGP, "Fri")
    st = at(2027, 1, 27, 15, 0, SGP, "Wed")
    yield case(
        f,
        "1500_1530_hrs_sgt",
        "en-SG",
        s,
        "Phone Screen - Meranti",
        sent,
        "'Phone screen: Wed 27 Jan, 1500-1530 hrs SGT'; SGT names Singapore.",
        slot(st, st + 30 * M, zone=SGP),
        "Hi Alex,\n\nPhone screen: Wed 27 Jan, 1500-1530 hrs SGT\nInterviewer: Shirley Koh "
        "(HR)\nWe will call +65 8123 4567.\n\nThank you.\nShirley",
    )
    s = ("Hugh Barnes", "hugh.barnes@kestrel-search.example.co.uk")
    sent = at(2027, 1, 27, 14, 20, LON, "Wed")
    st = at(2027, 1, 28, 11, 15, TOR, "Thu")
    yield case(
        f,
        "your_time_toronto_4_15_for_me",
        "en-GB",
        s,
        "Call tomorrow",
        sent,
        "Sender in London, reader in Toronto: 'tmrw (Thurs) at 11:15am your time (Toronto) / "
        "4:15pm for me'; Toronto is named.",
        slot(st, zone=TOR),
        "Hi Alex, I'll give you a buzz tmrw (Thurs) at 11:15am your time (Toronto) / 4:15pm "
        "for me. 15 mins, just an intro to the role.\n\nHugh",
    )
    s = ("Jen Alvarez", "jen.alvarez@copperline-ins.example.com")
    sent = at(2027, 1, 25, 9, 0, NY, "Mon")
    yield case(
        f,
        "neg_when_is_a_good_window",
        "en-US",
        s,
        "15 min call?",
        sent,
        "Negative: 'when's a good window ... I'm free between 2 and 4 most days this week'.",
        NEG,
        "Hi Alex, when's a good window for a 15 min call this week? I'm free between 2 and 4 "
        "ET most days. Just reply with a time and a number.\n\nJen",
    )
    s = ("Duncan Reid", "duncan@thistle-talent.example.co.uk")
    sent = at(2027, 1, 25, 10, 20, LON, "Mon")
    yield case(
        f,
        "neg_missed_call_ring_back",
        "en-GB",
        s,
        "tried to call",
        sent,
        "Negative: a missed call 'at 9.45' and 'give me a ring back before 6'.",
        NEG,
        "Alex - tried ringing you at 9.45, no joy. Give me a ring back before 6 on 07700 "
        "900456 when you get a sec.\n\nDuncan",
    )


def lookneg15() -> Iterator[Case]:
    f = "lookneg15"
    s = ("Priya Shah", "priya.shah@halcyon-it.example.co.uk")
    sent = at(2027, 2, 24, 11, 0, LON, "Wed")
    yield case(
        f,
        "option_a_or_b",
        "en-GB",
        s,
        "Interview - Option A or B?",
        sent,
        "Negative: 'Option A: Tue 2 Mar 10am / Option B: Wed 3 Mar 3pm - reply A or B'.",
        NEG,
        "Hi Alex,\n\nThe panel can do either of the below:\n\nOption A: Tue 2 Mar 10am\nOption "
        "B: Wed 3 Mar 3pm\n\nJust reply A or B and I'll get it booked.\n\nThanks\nPriya",
    )
    s = ("Marco Reyes", "marco.reyes@sablecrest.example.com")
    sent = at(2027, 2, 25, 16, 0, LA, "Thu")
    yield case(
        f,
        "tentative_hold_pending_hm",
        "en-US",
        s,
        "tentative hold - Thu 3/4",
        sent,
        "Negative: a tentative hold 'Thu 3/4 at 1pm PT' waiting on the hiring manager.",
        NEG,
        "Hey Alex - I'm tentatively holding Thu 3/4 at 1pm PT for your final round, but it's "
        "not confirmed until the hiring manager accepts. I'll send the real invite once she "
        "does, so please don't book travel yet.\n\nMarco",
    )
    s = ("Assessments", "assessments@kestrel-analytics.example.com")
    sent = at(2027, 2, 22, 9, 0, NY, "Mon")
    yield case(
        f,
        "assessment_due_1159pm_et",
        "en-US",
        s,
        "Reminder: complete your online assessment",
        sent,
        "Negative: an online assessment due 'Fri 2/26 at 11:59pm ET'.",
        NEG,
        "Hi Alex,\n\nFriendly reminder to complete the online assessment before Fri 2/26 at "
        "11:59pm ET. It takes about 60 minutes and must be done in one sitting.\n\nKestrel "
        "Analytics Recruiting",
    )
    s = ("Aisha Bello", "aisha.bello@savanna-fintech.example.com.ng")
    sent = at(2027, 2, 26, 15, 30, LOS, "Fri")
    yield case(
        f,
        "next_steps_week_of_8_march",
        "en-NG",
        s,
        "Next steps",
        sent,
        "Negative: after the interview 'this morning at 10'; a panel likely 'the week of 8 "
        "March', details to come.",
        NEG,
        "Hi Alex,\n\nThank you for your time this morning at 10. The team was impressed! The "
        "next step would likely be a panel interview the week of 8 March - I'll confirm the "
        "exact date and time once I have everyone's availability.\n\nWarm regards,\nAisha "
        "Bello\nPeople & Culture | Savanna Fintech | +234 803 555 0192",
    )


def multiround15() -> Iterator[Case]:
    f = "multiround15"
    s = ("Erin Walsh", "erin.walsh@quartzline.example.com")
    sent = at(2027, 2, 24, 12, 0, LA, "Wed")
    st = at(2027, 3, 4, 9, 30, LA, "Thu")
    yield case(
        f,
        "onsite_loop_four_sessions",
        "en-US",
        s,
        "Your onsite - Thursday, March 4",
        sent,
        "A loop of four sessions under 'Thursday, March 4' ('all times Pacific'); the start is "
        "the first session; no single end is stated.",
        slot(st, zone=LA),
        "Hi Alex,\n\nHere's your onsite schedule for Thursday, March 4 (all times Pacific):\n\n"
        "9:30 - 10:15  Coding (Priya R.)\n10:15 - 11:00  System design (Marcus T.)\n11:00 - "
        "11:45  Lunch with the team\n11:45 - 12:30  Hiring manager (Dana K.)\n\nPlease check in "
        "at the front desk, 500 Townsend St, by 9:20.\n\nErin",
    )
    s = ("Graduate Recruitment", "grads@ashby-fenn.example.co.uk")
    sent = at(2027, 2, 22, 10, 0, LON, "Mon")
    st = at(2027, 3, 2, 9, 30, LON, "Tue")
    yield case(
        f,
        "assessment_day_starts_930",
        "en-GB",
        s,
        "Assessment centre - Tues 2 March",
        sent,
        "UK assessment day 'Tues 2 March', 'day starts at 9.30 with a welcome' and ends 'around "
        "3'; the start only; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nWe're delighted to invite you to our assessment centre on Tues 2 March "
        "at our Birmingham office. The day starts at 9.30 with a welcome from the partners, "
        "followed by a group exercise, a case study and a final interview. We expect to finish "
        "around 3.\n\nBest wishes\nGraduate Recruitment Team",
    )
    s = ("Sneha Kulkarni", "sneha.k@varuna-systems.example.in")
    sent = at(2027, 2, 26, 11, 0, KOL, "Fri")
    st = at(2027, 3, 5, 10, 0, KOL, "Fri")
    yield case(
        f,
        "three_rounds_5th_march_ist",
        "en-IN",
        s,
        "Interview rounds on 5th March",
        sent,
        "'3 rounds on 5th March starting 10:00 AM IST' with each round's range; start is the "
        "first round; IST is India.",
        slot(st, zone=KOL),
        "Dear Alex,\n\nPlease find your interview schedule - 3 rounds on 5th March starting "
        "10:00 AM IST:\n\n1. Technical 1 (10:00-11:00)\n2. Technical 2 (11:15-12:15)\n3. HR "
        "(12:30-13:00)\n\nAll rounds on Google Meet, links will be shared on the day.\n\n"
        "Regards,\nSneha",
    )
    s = ("Lachlan Price", "lachlan.price@gumtree-capital.example.com.au")
    sent = at(2027, 3, 1, 9, 0, SYD, "Mon")
    st = at(2027, 3, 8, 13, 0, SYD, "Mon")
    yield case(
        f,
        "back_to_back_1pm_then_145",
        "en-AU",
        s,
        "Final round",
        sent,
        "'two back-to-back chats Mon 8 Mar: 1pm with Aroha, 1:45 with the CFO'; start 13:00; "
        "no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nYour final round is two back-to-back chats Mon 8 Mar: 1pm with Aroha "
        "(Head of Risk), then 1:45 with the CFO. Both at our Barangaroo office, level 30.\n\n"
        "Cheers\nLachlan",
    )
    s = ("Sam Okoro", "sam@brightmoss.example.com")
    sent = at(2027, 3, 5, 18, 30, NY, "Fri")
    st = at(2027, 3, 10, 11, 0, NY, "Wed")
    yield case(
        f,
        "day_2_lowercase_w_me",
        "en-US",
        s,
        "day 2",
        sent,
        "Lowercase plan: 'day 2 looks like: 11 w/ me, 12 lunch w/ team, 1:30 w/ cto. wed "
        "10th.'; start 11:00; no zone.",
        slot(st, sent=sent),
        "day 2 looks like: 11 w/ me, 12 lunch w/ team, 1:30 w/ cto. wed 10th. come to the "
        "soho office, 3rd fl.\n\n-sam",
    )
    s = ("Graduate Recruitment", "grads@ashby-fenn.example.co.uk")
    sent = at(2027, 2, 1, 10, 0, LON, "Mon")
    yield case(
        f,
        "neg_what_the_day_looks_like",
        "en-GB",
        s,
        "What to expect at our assessment centre",
        sent,
        "Negative: a general description of an assessment day ('usually runs 9.30 to 3'); no "
        "date is set.",
        NEG,
        "Dear Alex,\n\nAhead of the next stage, here's what our assessment centres usually "
        "look like: they run 9.30 to 3, with a group exercise in the morning and a partner "
        "interview after lunch. We'll confirm your date once the shortlist is final.\n\n"
        "Graduate Recruitment Team",
    )


def sigdisc15() -> Iterator[Case]:
    f = "sigdisc15"
    s = ("Megan Price", "megan.price@hollybank-homes.example.co.uk")
    sent = at(2027, 1, 27, 8, 10, LON, "Wed")
    st = at(2027, 2, 2, 11, 0, LON, "Tue")
    yield case(
        f,
        "iphone_sig_annual_leave",
        "en-GB",
        s,
        "Re: interview",
        sent,
        "'Interview confirmed Tues 2nd Feb 11am' above a signature with a mobile number and "
        "'Annual leave 15-19 Feb'; no zone.",
        slot(st, sent=sent),
        "Interview confirmed Tues 2nd Feb 11am at Hollybank House, see you then.\n\nMegan Price"
        "\nHR Advisor\nMob: 07700 900123 | Tel: 0161 496 0722\nAnnual leave 15-19 Feb\n\nSent "
        "from my iPhone",
        reply=True,
    )
    s = ("Daniel Ruiz", "druiz@meridian-freight.example.com")
    sent = at(2027, 1, 29, 14, 0, NY, "Fri")
    st = at(2027, 2, 4, 15, 15, NY, "Thu")
    yield case(
        f,
        "est_above_disclaimer",
        "en-US",
        s,
        "Interview - Thursday",
        sent,
        "'3:15pm Thursday 4 Feb (EST)', time before date, above a disclaimer with a 'sent "
        "on' date and an office phone; the instant.",
        slot(st),
        "Hi Alex,\n\nWe'll see you at 3:15pm Thursday 4 Feb (EST) at our Newark office.\n\n"
        "Daniel Ruiz | Talent Acquisition | Meridian Freight | O: 973-555-0134\n\nCONFIDENTIALITY "
        "NOTICE: This e-mail, sent 01/29/2027, and any attachments are for the sole use of the "
        "intended recipient(s). Meridian Freight, 100 Port St, Newark NJ 07114. Policy rev. "
        "12/01/2026 10:00.",
    )
    s = ("Kim Halvorsen", "khalvorsen@prairie-mutual.example.com")
    sent = at(2027, 2, 3, 10, 30, CHI, "Wed")
    st = at(2027, 2, 10, 13, 0, CHI, "Wed")
    yield case(
        f,
        "see_you_wed_2_10_at_1pm_office_hours_sig",
        "en-US",
        s,
        "Wednesday",
        sent,
        "'see you Wed 2/10 @ 1pm' above a signature with office hours 'Mon-Fri 8:30-5:00 CT' "
        "and a fax number; no zone for the slot.",
        slot(st, sent=sent),
        "Great, see you Wed 2/10 @ 1pm! Parking is in the lot behind the building.\n\nKim "
        "Halvorsen, SHRM-CP\nHR Generalist | Prairie Mutual\nOffice hours: Mon-Fri 8:30-5:00 "
        "CT | Ph 312-555-0147 | Fax 312-555-0148",
        reply=True,
    )
    s = ("Pooja Nair", "pooja.nair@kalpana-infotech.example.in")
    sent = at(2027, 2, 5, 12, 0, KOL, "Fri")
    st = at(2027, 2, 12, 15, 0, KOL, "Fri")
    yield case(
        f,
        "12_feb_2027_3pm_cin_sig",
        "en-IN",
        s,
        "Interview scheduled - Kalpana Infotech",
        sent,
        "'scheduled on 12-Feb-2027 at 3 PM' above a signature with a CIN, phone and 'Working "
        "hours 9:30 AM-6:30 PM IST'; no zone for the slot.",
        slot(st, sent=sent),
        "Dear Alex,\n\nYour interview is scheduled on 12-Feb-2027 at 3 PM at our Whitefield "
        "office.\n\nThanks & Regards,\nPooja Nair\nHR Executive | Kalpana Infotech Pvt Ltd\n"
        "CIN: U72200KA2015PTC081234 | Ph: +91 80 4123 4567\nWorking hours 9:30 AM-6:30 PM IST "
        "(Mon-Sat)",
    )
    s = ("Wanjiru Kamau", "wanjiru.kamau@acacia-logistics.example.co.ke")
    sent = at(2027, 2, 5, 9, 0, NBO, "Fri")
    st = at(2027, 2, 12, 11, 0, NBO, "Fri")
    yield case(
        f,
        "11am_friday_12_feb_sent_on_footer",
        "en-KE",
        s,
        "Interview invitation",
        sent,
        "'11am, Friday 12 Feb' with a footer saying when the message was sent ('05/02/2027 at "
        "09:00') and a P.O. Box; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nWe are pleased to invite you for an interview at 11am, Friday 12 Feb at "
        "our offices on Mombasa Road.\n\nKind regards,\nWanjiru Kamau\nHuman Resources\nAcacia "
        "Logistics Ltd | P.O. Box 12345-00100 Nairobi | +254 20 555 0123\n\nThis message was "
        "sent on 05/02/2027 at 09:00 from an unmonitored system folder.",
    )
    s = ("Megan Price", "megan.price@hollybank-homes.example.co.uk")
    sent = at(2027, 1, 20, 8, 10, LON, "Wed")
    yield case(
        f,
        "neg_thanks_for_applying_office_closed",
        "en-GB",
        s,
        "Thanks for applying",
        sent,
        "Negative: an application receipt whose signature carries office hours and a closure date.",
        NEG,
        "Hi Alex,\n\nThanks for applying for the Lettings Negotiator role. We'll review "
        "applications after the closing date and be in touch.\n\nMegan Price\nHR Advisor\n"
        "Office hours 9am-5.30pm | Office closed Mon 25 Jan for training\nMob: 07700 900123",
    )


def zonepair15() -> Iterator[Case]:
    f = "zonepair15"
    s = ("Chinedu Obi", "chinedu.obi@harmattan-energy.example.com.ng")
    sent = at(2027, 2, 4, 10, 0, LOS, "Thu")
    st = at(2027, 2, 11, 9, 0, LOS, "Thu")
    yield case(
        f,
        "9am_lagos_8am_london",
        "en-NG",
        s,
        "Interview - Thu 11 Feb",
        sent,
        "'Thurs 11 Feb, 9am Lagos / 8am London', 45 minutes; Lagos is named.",
        slot(st, st + 45 * M, zone=LOS),
        "Dear Alex,\n\nConfirming your interview for Thurs 11 Feb, 9am Lagos / 8am London, "
        "with our Head of Engineering. It'll be 45 minutes on Zoom.\n\nBest,\nChinedu",
    )
    s = ("Fatima Al Mansoori", "fatima.m@falcon-holdings.example.ae")
    sent = at(2027, 2, 8, 13, 0, DXB, "Mon")
    st = at(2027, 2, 14, 14, 30, DXB, "Sun")
    yield case(
        f,
        "dubai_time_4pm_for_you_delhi",
        "en-AE",
        s,
        "Interview Sunday",
        sent,
        "'Sunday 14 Feb at 2:30pm Dubai time (that's 4pm for you in Delhi)'; a Gulf working "
        "Sunday; Dubai is named.",
        slot(st, zone=DXB),
        "Dear Alex,\n\nYour interview is set for Sunday 14 Feb at 2:30pm Dubai time (that's "
        "4pm for you in Delhi) with Mr Al Suwaidi.\n\nBest regards,\nFatima",
    )
    s = ("Zoe Fairbanks", "zoe@wattle-ai.example.com.au")
    sent = at(2027, 2, 10, 20, 0, SYD, "Wed")
    st = at(2027, 2, 15, 7, 30, LON, "Mon")
    yield case(
        f,
        "730am_your_time_630pm_ours",
        "en-AU",
        s,
        "Call Monday",
        sent,
        "Sydney sender, London reader: 'Monday 15 Feb at 7.30am your time / 6.30pm ours "
        "(Sydney)'; the instant from Sydney; no zone for 'your time'.",
        slot(st),
        "Hi Alex,\n\nLocked in: Monday 15 Feb at 7.30am your time / 6.30pm ours (Sydney). "
        "Sorry it's early for you! Zoom link in the invite.\n\nZoe",
    )
    s = ("Megan Ortiz", "megan.ortiz@tallgrass-bio.example.com")
    sent = at(2027, 2, 9, 12, 0, NY, "Tue")
    st = at(2027, 2, 16, 15, 45, BER, "Tue")
    yield case(
        f,
        "quarter_to_4_your_time_berlin",
        "en-US",
        s,
        "Interview next Tuesday",
        sent,
        "New York sender, Berlin reader: 'Tues 16th at quarter to 4 your time (9:45 am for me, "
        "ET)'; the instant.",
        slot(st),
        "Hi Alex,\n\nWe're all set for Tues 16th at quarter to 4 your time (9:45 am for me, "
        "ET). Dr. Halpern will join from Boston.\n\nThanks,\nMegan",
    )
    s = ("Rachel Goh", "rachel.goh@lumen-asia.example.sg")
    sent = at(2027, 2, 10, 9, 0, SGP, "Wed")
    st = at(2027, 2, 17, 15, 0, SGP, "Wed")
    yield case(
        f,
        "1500_hrs_sgt_0700_gmt",
        "en-SG",
        s,
        "Interview confirmation",
        sent,
        "'1500 hrs SGT / 0700 hrs GMT, Wed 17 Feb', 30 minutes; SGT names Singapore.",
        slot(st, st + 30 * M, zone=SGP),
        "Dear Alex,\n\nConfirmed: 1500 hrs SGT / 0700 hrs GMT, Wed 17 Feb, 30 minutes via "
        "Teams.\n\nRegards,\nRachel Goh",
    )
    s = ("Lerato Dlamini", "lerato@baobab-consult.example.co.za")
    sent = at(2027, 2, 12, 10, 0, JNB, "Fri")
    yield case(
        f,
        "neg_what_hours_work_sast",
        "en-ZA",
        s,
        "Time zones!",
        sent,
        "Negative: 'what hours work for you? anything from 3pm SAST (8am yours)'.",
        NEG,
        "Hi Alex, I'm in Joburg and you're in Toronto - what hours work for you next week? "
        "We could do anything from 3pm SAST (8am yours). Send me two or three options.\n\n"
        "Lerato",
    )


BUILDERS = [
    inhouse15,
    agency15,
    hmgr15,
    execasst15,
    campus15,
    moves15,
    cancel15,
    phonewin15,
    lookneg15,
    multiround15,
    sigdisc15,
    zonepair15,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the prose15 batch (`build_prose15.py`)",
        "",
        "Interview scheduling mail typed in English by in-house recruiters, agency "
        "consultants, hiring managers, executive assistants and university career offices in "
        "the US, Canada, the UK, Ireland, Australia, New Zealand, South Africa, Nigeria, Kenya, "
        "India, Singapore and the UAE, and look-alike negatives in the same voices. All text is "
        "ours; people, companies, addresses, phone numbers and links are made up; no product "
        "template is rendered. Quote attribution lines are written from memory. Every label "
        "was written from the datetimes the text is rendered from, before the parser was run "
        "on the message. Loose lengths ('about an hour', '40 mins or so', 'shouldnt take more "
        "than 30min') give no end label; a phone window ('between 2 and 3') is labelled as the "
        "blocked slot; a multi-round day is labelled with its first round and no end; two-zone "
        "lines and US/abbreviated zones ('ET', 'PST', 'EST') give the instant without a zone "
        "name.",
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose15.py` "
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


FIGURES = (
    "First sight, before any parser change (quick.py-style run over this batch only): dev "
    "text invitations 40 of 44 right (start and, where labelled, end; 31 with confidence >= "
    "0.5), 0 of 17 dev negatives claimed, no calendar parts; held out 12 of 15 right (11 "
    "sure), 0 of 3 negatives claimed. The four dev misses: '2nd stage' read as the 2nd of "
    "the month (the slot then looked past), '#21-03' in a Singapore address read as a "
    "21:00-03:00 window, 'pushed back a week - so Wed 24th, same time' left on the old day, "
    "'8:00am Pacific / 4:00pm London' read as 4pm Pacific. Kinds wrong at first sight (not "
    "scored by quick.py): 'confimred' and 'confirmd' messages, 'Let's connect on 16th Feb', "
    "'Tuesday 4ish - actually make it 4 sharp' read as not invitations; 'preponed to 11 AM' "
    "and 'bring it forward to 10am instead of 2pm' read as invitations, not moves. After the "
    "prose15 rules: dev 43 of 44 (35 sure), 0 of 17 claimed; held out unchanged (12 of 15, "
    "0 of 3). Left: 'I've blocked the hour' gives no end; 'Let's connect', 'fancy a coffee' "
    "and 'gone ahead and moved it' still read with the wrong kind (right start). Whole "
    "corpus with this batch, before and after: dev text 1501/1519 -> 1504/1519, 5 of 1065 "
    "negatives claimed (unchanged); held out 713/760 -> 715/760, 39 of 503 (unchanged); "
    "shared 44/44, 0/25 and fixtures 8/8, 0/4 unchanged. After merging main at ee25113e "
    "(whose own same-line 'same time' reader replaced ours, same results here): dev text "
    "1520/1535, 5 of 1111 claimed; held out 722/768, 43 of 523 (main alone: 1477/1491, "
    "5/1094; 708/753, 43/520); no text hit lost on any split, two held-out files outside "
    "this batch gained."
)


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose15.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
