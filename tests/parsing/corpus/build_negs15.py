"""Write the "negs15" batch: English look-alike mail a job seeker receives or forwards.

Run: .venv/bin/python tests/parsing/corpus/build_negs15.py

Mail in English from the US, UK, India, Australia, South Africa, Nigeria, Canada, Singapore and
the Philippines that carries a future date and time but sets no interview for the reader, of
kinds the corpus lacked: benefits and pension enrolment windows after a hire, references being
contacted (and the reader asked to be a referee), screening appointments booked by background
check vendors (drug screens, fingerprints, address verification, pre-employment medicals),
interview-prep coaching sold by a service, HR-system task reminders, a friend's, partner's or
referral's interview, relocation and moving appointments, voicemail-to-email transcripts of
recruiters promising to call back (dev); job-alert digests and recruiter newsletters naming
events, deadlines phrased beside the word 'interview', and travel booked for an onsite whose
time is not yet set (held out). About one message in four is a genuine invitation in the same
voices, so a rule that blocks a voice rather than the reason loses a control.

Every label was written from the same datetimes the text is rendered from (weekday names
checked against the date) before the parser was run on any message; the split was fixed before
then too. Mail helpers are those of build_parse-pos.py (loaded, not copied). Output is
deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parse_pos", HERE / "build_parse-pos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_parse_pos"] = module
    spec.loader.exec_module(module)
    return module


pp = _helpers()
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; shapes of HR-portal, benefits, screening-vendor, coaching, voicemail, "
    "job-alert, relocation and travel mail written from memory of such mail, no product's "
    "template copied; " + OWN
)
NEG = "not_invitation"
BULK = {"List-Unsubscribe": "<https://unsubscribe.example/u/15>", "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated"}
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "enrol15": "dev",
    "refcheck15": "dev",
    "screenappt15": "dev",
    "coachsell15": "dev",
    "hrtask15": "dev",
    "friendiv15": "dev",
    "relocate15": "dev",
    "voicemail15": "dev",
    "alertdigest15": "heldout",
    "iwdeadline15": "heldout",
    "onsitetravel15": "heldout",
}

SOURCES = {
    "enrol15": "Benefits, pension, provident-fund and super enrolment windows and benefits "
    "sessions after a hire (US, UK, IN, AU, CA, SG, ZA); controls: the same HR desks setting "
    "an internal or new interview (US, ZA).",
    "refcheck15": "Notes that referees will be contacted, reference-check platform windows, "
    "reference calls booked with the referee, and requests to the reader as a referee (UK, "
    "AU, US, IN, CA, NG); controls: the next round set once references are back (UK, AU).",
    "screenappt15": "Appointments booked by screening vendors: drug screen, fingerprints, "
    "address verification visit, ID check, pre-employment medical, clearance (US, IN, UK, "
    "ZA, PH); controls: employers setting the interview before screening (US, IN).",
    "coachsell15": "Interview-prep coaching sold by a service: free trainings, booked "
    "discovery calls, paid mock sessions, bootcamps, masterclasses, abandoned carts (US, UK, "
    "IN, AU, NG, PH); controls: a coaching firm hiring a coach, a recruiter partner (UK, SG).",
    "hrtask15": "HR-system task reminders: I-9, scorecards due for the reader as interviewer, "
    "probation forms, tax declarations, mandatory training, 'schedule interviews' tasks (US, "
    "UK, IN, AU, CA); controls: internal-mobility interviews set by the same systems (US, IN).",
    "friendiv15": "Someone else's interview in personal mail: partners, friends, siblings, "
    "former colleagues, relatives and referral-programme updates (US, UK, IN, AU, NG, ZA, "
    "PH); controls: a friend at the company and a referral that set the reader's interview "
    "(UK, CA).",
    "relocate15": "Relocation after an offer: movers' surveys, house viewings, pass "
    "registration, serviced-apartment check-in, packers, newcomer webinars (US, UK, SG, AU, "
    "IN, CA); controls: a last interview set before relocation (UK, US).",
    "voicemail15": "Voicemail-to-email transcripts: recruiters promising to call back or "
    "asking for availability, a clinic confirming a visit (US, UK, AU, IN, CA); controls: "
    "voicemails that set the reader's interview (US, UK).",
    "alertdigest15": "Job-alert digests and recruiter newsletters naming hiring events, "
    "webinars, walk-ins and career fairs (US, UK, IN, AU, PH, NG); controls: a recruiter "
    "inviting after an alert application and a scout booking a call (US, ZA).",
    "iwdeadline15": "Deadlines and dates phrased beside the word 'interview': closing and "
    "shortlisting dates, questionnaires, booking windows, assignments, decks due before an "
    "interview (UK, US, AU, IN, SG, CA); controls: the same senders setting the interview "
    "(UK, IN).",
    "onsitetravel15": "Travel booked for a later onsite whose time is not set: flights, "
    "trains, taxis, hotels, visa letters (US, IN, UK, AU, ZA, PH); controls: the onsite day "
    "set with a time (US, CA).",
}

NYC, CHI, LAX, TOR, VAN = (
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Vancouver",
)
LON, KOL, SYD, MEL, PER, BNE = (
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Australia/Melbourne",
    "Australia/Perth",
    "Australia/Brisbane",
)
JNB, LOS, SIN, MNL = "Africa/Johannesburg", "Africa/Lagos", "Asia/Singapore", "Asia/Manila"


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 7) -> datetime:
    return at(2027, mo, d, h, mi, zone)


def zoned(start: datetime, end: datetime | None, zone: str) -> dict[str, object]:
    """An invitation label whose text states the zone."""
    return {"kind": "invitation", **timed(start, end, zone=zone)}


def slot(start: datetime, end: datetime | None, sent: datetime) -> dict[str, object]:
    """An invitation label whose text states no zone (wall time, the Date's offset)."""
    return {"kind": "invitation", **timed(start, end, sent=sent)}


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>\n"


def _headers(raw: bytes, headers: dict[str, str] | None) -> bytes:
    if not headers:
        return raw
    extra = "".join(f"{key}: {value}\r\n" for key, value in headers.items()).encode()
    return raw.replace(b"MIME-Version: 1.0", extra + b"MIME-Version: 1.0", 1)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    *,
    label: dict[str, object] | None = None,
    form: str = "text",
    headers: dict[str, str] | None = None,
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    raw = mail(
        f"negs15/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    raw = _headers(raw, headers)
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
    )


def fwd(
    family: str,
    name: str,
    lang: str,
    client: str,
    org: tuple[str, str],
    subject: str,
    sent: datetime,
    note_text: str,
    body: str,
    note: str,
    *,
    label: dict[str, object] | None = None,
) -> Case:
    """The user forwards a message with a note of their own (Gmail or Apple Mail, English)."""
    raw = pp.forward(
        f"negs15/{family}/{name}",
        client=client,
        lang="en",
        user=ME,
        org=org,
        orig_sent=sent,
        subject=subject,
        body=body,
        note=note_text,
    )
    if label is not None:
        label = {**label, "organizer_email": org[1]}
    full = {**(label or {"kind": NEG}), "original_sender": org[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, full, lang, note, HAND, OWN)


# FAMILIES
def enrol15() -> Iterator[Case]:
    f = "enrol15"
    yield case(
        f,
        "new_hire_window",
        "en-US",
        ("Benefits Center", "benefits-noreply@harborlinelogistics.example"),
        "Action needed: your new hire benefits enrollment window is open",
        sent_on(1, 11, 9, NYC),
        "US new-hire benefits window: elections due by a date at 11:59 PM ET, plus a live "
        "benefits Q&A with a time.",
        "Hi Alex,\n\nWelcome to Harborline! Your 30-day new hire enrollment window is now "
        "open. Elections you make now take effect on your first day of coverage.\n\n"
        "Enrollment deadline: Wednesday, February 10, 2027 at 11:59 PM ET\n\nIf you do not "
        "enroll by the deadline you will be defaulted to employee-only medical coverage and "
        "will have to wait for Open Enrollment in November.\n\nLive Benefits Q&A (optional)\n"
        "Wednesday, January 20, 2027 | 12:00 - 1:00 PM ET | Zoom link in the portal\n\n"
        "Log in to enroll: https://benefits.harborlinelogistics.example/enroll\n\nQuestions? "
        "Call the Benefits Center at 1-800-555-0143, Monday-Friday, 8 AM - 8 PM ET.\n\n"
        "Please do not reply to this email.",
        headers=AUTO,
        form="both",
    )
    yield case(
        f,
        "pension_optout",
        "en-GB",
        ("Pensions Team", "pensions@ashworthgroup.example.co.uk"),
        "Your workplace pension \u2013 you have been enrolled",
        sent_on(1, 18, 14, LON),
        "UK pension auto-enrolment letter: opt-out window with an end date, and a pension "
        "drop-in session with a time and room.",
        "Dear Alex,\n\nAs required by law, we have enrolled you into the Ashworth Group "
        "Pension Plan from your start date, 1 February 2027. You and we will both pay in "
        "each month.\n\nIf you do not want to be a member you can opt out. To get back what "
        "you have paid, your opt-out must reach the scheme between 1 February and 28 "
        "February 2027 (5pm is the cut-off on the last day).\n\nWe are also running a "
        "pension drop-in for new starters on Tuesday 9 February, 12.30 to 1.30pm, in "
        "Meeting Room 3 (ground floor). No need to book \u2013 just come along.\n\nKind "
        "regards,\nPensions Team\nAshworth Group plc",
    )
    yield case(
        f,
        "pf_form11",
        "en-IN",
        ("HR Operations", "hrops@velankaninfotech.example.in"),
        "Reminder: Submit PF nomination & Form 11 before 22-01-2027",
        sent_on(1, 15, 11, KOL),
        "Indian onboarding portal reminder: PF forms due by a date and time, and the "
        "induction programme on the joining week.",
        "Dear Alex Morgan,\n\nGreetings from Velankan Infotech!\n\nOur records show the "
        "following onboarding forms are still pending in the HRMS:\n\n1. Form 11 "
        "(EPF declaration)\n2. Form 2 (PF nomination)\n3. Bank account proof\n\nKindly "
        "complete the same on or before 22-01-2027, 06:00 PM. Post this the link will be "
        "disabled and you will need to submit physical copies on joining.\n\nInduction "
        "programme: 25-Jan-2027, 9:30 AM onwards, Training Hall B, 3rd Floor, Tower 2. "
        "Please carry two passport size photographs.\n\nRegards,\nHR Operations\nVelankan "
        "Infotech Pvt. Ltd.",
    )
    yield case(
        f,
        "super_choice",
        "en-AU",
        ("Payroll", "payroll@southerncrossfoods.example.com.au"),
        "Choose your super fund before your first pay",
        sent_on(1, 12, 10, SYD),
        "Australian super choice form: nominate a fund by 5pm AEDT on a Friday, or the "
        "default fund applies.",
        "Hi Alex,\n\nWelcome aboard! To make sure your super goes to the right place from "
        "your first pay, please nominate your fund in the employee portal by 5pm AEDT "
        "Friday 15 January.\n\nIf we don't hear from you by then, we'll check whether you "
        "have a stapled fund with the ATO, or pay into our default fund.\n\nYou'll also "
        "need to complete your TFN declaration in the same place.\n\nCheers,\nPayroll "
        "team\nSouthern Cross Foods",
    )
    yield case(
        f,
        "group_benefits",
        "en-CA",
        ("People Team", "people@maplecrestinsurance.example.ca"),
        "Your group benefits enrolment \u2013 31 days to enrol",
        sent_on(1, 13, 15, TOR),
        "Canadian group benefits enrolment: a 31-day window ending at 11:59 p.m. ET and a "
        "lunchtime webinar with a time.",
        "Hi Alex,\n\nYou're now eligible for the Maplecrest group benefits plan (health, "
        "dental, life and LTD). You have 31 days to enrol: the window closes on Friday, "
        "February 12, 2027 at 11:59 p.m. ET. Late applicants may need to provide evidence "
        "of insurability.\n\nNot sure what to pick? Join our benefits webinar on Thursday, "
        "January 28 at 12 p.m. ET (45 min). The recording will be posted afterwards.\n\n"
        "Enrol here: https://maplecrestinsurance.example.ca/benefits\n\nThanks,\nPeople "
        "Team",
        form="html",
    )
    yield case(
        f,
        "flex_benefits",
        "en-SG",
        ("HR Services", "hrservices@lionbaycapital.example.sg"),
        "[Action Required] Flexible benefits selection closes 5 Feb 2027, 6pm SGT",
        sent_on(1, 25, 9, SIN),
        "Singapore flexible-benefits portal: selection closes at a date and 6pm SGT; "
        "a walk-through session over lunch.",
        "Dear Alex,\n\nWelcome to Lion Bay Capital. Your flexible benefits account has "
        "been credited with 800 flex points for 2027.\n\nPlease make your selections "
        "(outpatient top-up, dental, wellness) on the portal before 5 Feb 2027, 6pm SGT. "
        "Unused points do not carry forward.\n\nA short walk-through will be held on "
        "Tuesday, 2 Feb, 12.30pm - 1.00pm, Level 18 pantry. Lunch provided.\n\nBest "
        "regards,\nHR Services",
        headers=AUTO,
    )
    yield case(
        f,
        "medical_aid",
        "en-ZA",
        ("People Services", "peopleservices@karooenergy.example.co.za"),
        "Medical aid and retirement fund \u2013 forms due 22 January",
        sent_on(1, 14, 8, JNB),
        "South African new-starter forms: medical aid and retirement-fund forms due by 15:00, "
        "and a medical aid presentation in the boardroom.",
        "Morning Alex\n\nPlease find attached the medical aid application and retirement "
        "fund beneficiary nomination forms. These must be returned to People Services by "
        "15:00 on Friday 22 January so that cover starts on 1 February.\n\nThe medical aid "
        "broker will do a short presentation for new starters on Wednesday 27 January at "
        "10:00 in the 4th floor boardroom \u2013 worth attending if you have dependants.\n\n"
        "Kind regards\nNomsa Dlamini\nPeople Services | Karoo Energy",
    )
    st = when(2, 2, "Tue", 10, 0, NYC)
    yield case(
        f,
        "internal_interview",
        "en-US",
        ("Dana Ruiz", "dana.ruiz@harborlinelogistics.example"),
        "Interview: Team Lead, Inbound Operations (internal posting)",
        sent_on(1, 26, 16, NYC),
        "Control: the same employer's HR desk sets an internal interview for the reader "
        "(ET stated).",
        "Hi Alex,\n\nThanks for applying to the internal Team Lead, Inbound Operations "
        "posting. I'm happy to confirm your interview:\n\nDate: Tuesday, February 2, 2027\n"
        "Time: 10:00 - 10:45 AM ET\nWhere: Teams (link to follow from your manager's "
        "calendar)\nPanel: Marcus Bell (Ops Manager), Dana Ruiz (HR)\n\nYour benefits "
        "enrollment is not affected by the internal move. Let me know if the time doesn't "
        "work.\n\nDana Ruiz\nHR Business Partner, Harborline",
        label=zoned(st, st + 45 * MIN, NYC),
    )
    st = when(1, 21, "Thu", 10, 0, JNB)
    yield case(
        f,
        "payroll_admin_interview",
        "en-ZA",
        ("People Services", "peopleservices@karooenergy.example.co.za"),
        "Interview invitation \u2013 Payroll Administrator",
        sent_on(1, 13, 12, JNB),
        "Control: the same South African HR desk invites to an interview at 10:00 SAST.",
        "Dear Alex\n\nThank you for your application for the Payroll Administrator "
        "position. We are pleased to invite you to an interview:\n\nDate: Thursday 21 "
        "January 2027\nTime: 10:00 (SAST)\nVenue: Karoo Energy, 3rd floor, 14 Fredman "
        "Drive, Sandton\n\nPlease bring your ID and certified copies of your "
        "qualifications. Kindly confirm your attendance by return mail.\n\nKind regards\n"
        "Nomsa Dlamini\nPeople Services | Karoo Energy",
        label=zoned(st, None, JNB),
    )


def refcheck15() -> Iterator[Case]:
    f = "refcheck15"
    yield case(
        f,
        "calling_referees",
        "en-GB",
        ("Becky Hollis", "becky.hollis@northwayrecruitment.example.co.uk"),
        "References",
        sent_on(1, 12, 16, LON),
        "UK agency consultant: referees will be called tomorrow from about 10am; give them "
        "a heads-up.",
        "Hi Alex,\n\nQuick one \u2013 the client's happy to move forward subject to "
        "references, so I'll be ringing Sarah Cole and Tom Briggs tomorrow (Wed 13th) from "
        "about 10am. Could you give them a heads-up so they're expecting my call?\n\nI'll "
        "let you know as soon as I've spoken to both.\n\nThanks\nBecky\n\nBecky Hollis | "
        "Senior Consultant\nNorthway Recruitment | 0161 496 0731",
    )
    yield case(
        f,
        "platform_window",
        "en-AU",
        ("RefTrack", "notifications@reftrack.example.com.au"),
        "Your referees have been contacted",
        sent_on(1, 11, 13, SYD),
        "Australian reference-check platform: two referees contacted, with until 5:00pm AEDT "
        "on a Thursday to respond.",
        "Hi Alex,\n\nCoastline Health has started an online reference check for your "
        "application (Ref: CH-40218).\n\nWe have emailed and texted your 2 referees:\n"
        "  - Jodie Parker (Team Leader, Bayside Clinic)\n  - Sam Nguyen (Practice "
        "Manager, Eastgate Medical)\n\nReferees have until 5:00pm AEDT, Thursday 14 "
        "January 2027 to complete the questionnaire. You'll get an email once both are "
        "in.\n\nYou can't see your referees' answers.\n\nThe RefTrack team",
        headers=AUTO,
    )
    yield case(
        f,
        "ref_call_booked",
        "en-US",
        ("Kayla Brooks", "kayla.brooks@brightpathstaffing.example"),
        "Reference call scheduled with Mark Jensen",
        sent_on(1, 14, 10, CHI),
        "US recruiter tells the candidate that a reference call with their former manager "
        "is booked at a time (CT).",
        "Hi Alex,\n\nFYI, I've scheduled the reference call with Mark Jensen (your former "
        "manager at Lakeside Dairy) for Tuesday, January 19 at 11:00 AM CT. It should "
        "take about 15 minutes. There's nothing you need to do, I just wanted you to know "
        "in case Mark reaches out.\n\nThe second reference (Priya) hasn't responded yet "
        "\u2013 if you can nudge her that would help.\n\nThanks!\nKayla Brooks\nSenior "
        "Recruiter | Brightpath Staffing",
    )
    yield case(
        f,
        "verification_window",
        "en-IN",
        ("Talent Acquisition", "ta@sahyadritech.example.in"),
        "Reference verification \u2013 Alex Morgan",
        sent_on(1, 15, 17, KOL),
        "Indian employer: references will be called on a date between 11 AM and 1 PM IST; "
        "the candidate should inform them.",
        "Dear Alex,\n\nAs part of the pre-offer process, our team will be calling the "
        "references shared by you on 18-01-2027 between 11:00 AM and 01:00 PM IST.\n\n"
        "Kindly inform your references (Mr. Rakesh Iyer and Ms. Neha Kulkarni) about the "
        "same so they are available to take the call.\n\nThanks & Regards,\nTalent "
        "Acquisition Team\nSahyadri Technologies",
    )
    yield case(
        f,
        "asked_as_referee",
        "en-CA",
        ("Jordan Tremblay", "jordan.tremblay@borealisanalytics.example.ca"),
        "Reference for Priya Shah",
        sent_on(1, 18, 11, TOR),
        "Canadian hiring manager asks the reader, listed as a referee, whether a Thursday "
        "at 3:00 p.m. ET suits for a reference call.",
        "Hi Alex,\n\nPriya Shah has applied for a Senior Analyst role on my team and listed "
        "you as a reference from your time together at Northstar.\n\nWould you have 15 "
        "minutes for a quick call? Thursday, January 21 at 3:00 p.m. ET would work well on "
        "my end, but I'm flexible.\n\nThanks in advance,\nJordan Tremblay\nDirector, "
        "Analytics | Borealis Analytics",
    )
    yield case(
        f,
        "referee_call_confirmed",
        "en-NG",
        ("Folake Adeyemi", "folake.adeyemi@lagoonbank.example.ng"),
        "Referee confirmation \u2013 Mr. Chinedu Okafor",
        sent_on(1, 19, 9, LOS),
        "Nigerian HR officer confirms a call to the reader as referee for a former "
        "colleague, Friday 22nd at 11am.",
        "Dear Alex,\n\nThank you for agreeing to serve as a referee for Mr. Chinedu Okafor, "
        "who is being considered for the position of Relationship Manager.\n\nAs agreed, I "
        "will call you on Friday, 22nd January 2027 by 11am to ask a few questions about "
        "his time with your team. It will not take more than 10 minutes.\n\nWarm regards,"
        "\nFolake Adeyemi\nHuman Resources, Lagoon Bank Plc",
    )
    st = when(1, 21, "Thu", 14, 30, LON)
    sent = sent_on(1, 15, 12, LON)
    yield case(
        f,
        "refs_back_final",
        "en-GB",
        ("Becky Hollis", "becky.hollis@northwayrecruitment.example.co.uk"),
        "Re: References",
        sent,
        "Control: the same agency consultant books the final interview now that references "
        "are back; no zone.",
        "Hi Alex,\n\nBoth references are back and they're glowing \u2013 well done!\n\nThe "
        "client would like you in for the final stage with the MD: Thursday 21st January "
        "at 2.30pm, at their Leeds office (Wellington Place, 3rd floor, ask for Hannah). "
        "Should be about an hour.\n\nGive me a ring if you have any questions.\n\nBecky",
        label=slot(st, None, sent),
    )
    st = when(2, 1, "Mon", 10, 0, SYD)
    yield case(
        f,
        "panel_after_refs",
        "en-AU",
        ("Coastline Health Recruitment", "recruitment@coastlinehealth.example.com.au"),
        "Next step \u2013 panel interview (Ref: CH-40218)",
        sent_on(1, 22, 11, SYD),
        "Control: after the reference check, the employer sets the panel interview "
        "(10:00-11:00am AEDT, Teams).",
        "Dear Alex,\n\nThank you for completing the reference check. We'd like to invite "
        "you to a panel interview for the Clinical Coordinator role.\n\nDate: Monday 1 "
        "February 2027\nTime: 10:00 \u2013 11:00am AEDT\nFormat: Microsoft Teams (link "
        "below)\nPanel: Dr Lena Fraser, Joel Whitby, Anita Rao\n\nhttps://teams.example."
        "com/l/meetup-join/ch40218\n\nPlease reply to confirm.\n\nKind regards,\n"
        "Recruitment Team | Coastline Health",
        label=zoned(st, st + 60 * MIN, SYD),
    )


def screenappt15() -> Iterator[Case]:
    f = "screenappt15"
    yield case(
        f,
        "drug_screen",
        "en-US",
        ("ClearScreen Scheduling", "scheduling@clearscreen.example"),
        "Drug Screen Appointment Confirmation - Order #DS-7781402",
        sent_on(1, 8, 15, CHI),
        "US screening vendor: donor's collection-site appointment with a date and time, "
        "and a completion deadline.",
        "DRUG SCREEN APPOINTMENT CONFIRMATION\n\nDonor: ALEX MORGAN\nOrder #: "
        "DS-7781402\nRequested by: Prairie Fulfillment LLC\n\nAppointment: 01/12/2027 "
        "08:30 AM\nCollection Site: ClearScreen Patient Center\n1450 E Golf Rd, Suite 210, "
        "Schaumburg, IL 60173\n\nPlease bring a valid government-issued photo ID. Do not "
        "bring a specimen from home. The test must be completed by 01/14/2027 or the order "
        "will expire.\n\nTo reschedule, call (847) 555-0119.\n\nThis is an automated "
        "message. Please do not reply.",
        headers=AUTO,
    )
    yield fwd(
        f,
        "fingerprints",
        "en-US",
        "gmail",
        ("PrintPoint Enrollment", "no-reply@printpoint.example"),
        "Your fingerprinting appointment is confirmed",
        sent_on(1, 9, 12, NYC),
        "fingerprints for the Tri-State background check, Thursday morning. not an "
        "interview, just putting it here so I have everything in one place",
        "Appointment Confirmation\n\nThank you for scheduling with PrintPoint.\n\nService: "
        "Fingerprinting \u2013 Employment Background Check\nService Code: 1KG6XN\nDate: "
        "Thursday, January 14, 2027\nTime: 10:15 AM\nLocation: PrintPoint @ Main Street "
        "Pack & Ship, 88 Main St, Hackensack, NJ 07601\n\nWhat to bring: an unexpired "
        "driver's license or passport, and this confirmation number: UE-55102.\n\nArrive "
        "10 minutes early. Walk-ins may wait longer.",
        "Gmail forward with the user's note of a US fingerprint enrollment appointment "
        "booked for a background check: day, time, location, service code.",
    )
    yield case(
        f,
        "address_verification",
        "en-IN",
        ("VeriKosh BGV", "bgv-support@verikosh.example.in"),
        "Address verification visit scheduled | Case ID VK-2027-118873",
        sent_on(1, 12, 18, KOL),
        "Indian background-verification vendor: a field executive will visit between 10:00 "
        "AM and 01:00 PM on a date; keep originals ready.",
        "Dear Alex Morgan,\n\nThis is with reference to the background verification "
        "initiated by Sahyadri Technologies.\n\nOur field executive will visit your current "
        "residential address for physical verification on 16-Jan-2027 between 10:00 AM to "
        "01:00 PM.\n\nKindly ensure that you or a family member is present with the "
        "following originals:\n- Aadhaar card / Passport\n- Latest electricity bill or "
        "rental agreement\n\nIn case of any change, reply to this mail at least 24 hours "
        "in advance.\n\nRegards,\nVeriKosh Background Verification Services",
    )
    yield case(
        f,
        "id_check",
        "en-GB",
        ("Vetting Desk", "vetting@ashworthgroup.example.co.uk"),
        "Your identity check appointment",
        sent_on(1, 11, 10, LON),
        "UK pre-employment vetting: an in-person identity-document check at a branch, with "
        "date and time; a 'right to work' step, not an interview.",
        "Dear Alex,\n\nAs part of your pre-employment checks (basic DBS and right to work) "
        "we have booked an in-person identity check for you:\n\nMonday 18 January 2027 at "
        "11:40\nHigh Street Post Office, 22 Market Street, Stockport SK1 1ET\n\nPlease bring "
        "your passport and two proofs of address dated within the last three months. The "
        "check takes about ten minutes.\n\nThis is not an interview \u2013 if you cannot "
        "attend, just reply and we'll rebook.\n\nVetting Desk\nAshworth Group plc",
    )
    yield case(
        f,
        "pre_employment_medical",
        "en-ZA",
        ("OccuCare Bookings", "bookings@occucare.example.co.za"),
        "Pre-employment medical \u2013 booking confirmation",
        sent_on(1, 13, 14, JNB),
        "South African occupational-health clinic confirms a pre-employment medical at 07:30 "
        "booked by the employer.",
        "Good day Alex\n\nKaroo Energy has booked a pre-employment medical assessment for "
        "you.\n\nDate: Tuesday, 19 January 2027\nTime: 07:30\nVenue: OccuCare Rosebank, "
        "Ground Floor, 9 Tyrwhitt Avenue\n\nPlease do not eat after 22:00 the night before "
        "(blood tests). Bring your ID, glasses if you wear them, and a list of any chronic "
        "medication.\n\nRegards\nOccuCare Bookings",
        headers=AUTO,
    )
    yield case(
        f,
        "clearance_peme",
        "en-PH",
        ("Onboarding Team", "onboarding@islandsbpo.example.ph"),
        "Pre-employment requirements: NBI clearance & PEME schedule",
        sent_on(1, 14, 16, MNL),
        "Philippine BPO onboarding: NBI clearance appointment and a medical exam with times; "
        "requirements, not an interview.",
        "Hi Alex,\n\nCongratulations again on passing! Here are your pre-employment "
        "requirements:\n\n1) NBI Clearance \u2013 your online appointment is Jan 20, 2027, "
        "9:00 AM - 10:00 AM at the Robinsons Galleria outlet. Bring 2 valid IDs and the "
        "reference number.\n2) PEME (medical exam) \u2013 Saturday, Jan 23, 2027, 7:00 AM, "
        "HealthFirst Clinic Ortigas. Fasting 8-10 hours.\n\nPlease submit everything on or "
        "before Jan 27 so we can include you in the Feb 1 training class.\n\nThanks,\n"
        "Onboarding Team | Islands BPO",
    )
    st = when(1, 26, "Tue", 13, 0, CHI)
    yield case(
        f,
        "final_before_screen",
        "en-US",
        ("Tara Lindqvist", "tara.lindqvist@prairiefulfillment.example"),
        "Final interview \u2013 Shift Supervisor",
        sent_on(1, 20, 9, CHI),
        "Control: the employer sets the final interview (1:00 PM CT); the drug screen is "
        "only mentioned as a later step.",
        "Hi Alex,\n\nGreat news \u2013 we'd like you to meet our plant manager for a final "
        "interview.\n\nWhen: Tuesday, January 26 at 1:00 PM CT\nWhere: 900 Commerce Dr, "
        "Bolingbrook (check in at the front desk)\nLength: about 45 minutes, including a "
        "short floor tour\n\nIf it goes well, our screening vendor will email you to book "
        "a drug screen and background check.\n\nThanks,\nTara Lindqvist\nHR Generalist | "
        "Prairie Fulfillment",
        label=zoned(st, None, CHI),
    )
    st = when(1, 19, "Tue", 11, 30, KOL)
    sent = sent_on(1, 13, 17, KOL)
    yield case(
        f,
        "technical_round_docs",
        "en-IN",
        ("Talent Acquisition", "ta@sahyadritech.example.in"),
        "Interview Invitation \u2013 Technical Round | Sahyadri Technologies",
        sent,
        "Control: Indian employer invites to the technical round and asks for documents to "
        "be carried for verification; no zone.",
        "Dear Alex,\n\nWith reference to your application, you are invited for the "
        "Technical Interview for the position of Senior QA Engineer.\n\nDate: 19-Jan-2027\n"
        "Time: 11:30 AM\nVenue: Sahyadri Technologies, 5th Floor, Panchshil Tech Park, "
        "Hinjewadi Phase 1, Pune\n\nKindly carry original documents for verification "
        "(education certificates, last 3 payslips, relieving letter).\n\nThanks & Regards,"
        "\nTalent Acquisition Team",
        label=slot(st, None, sent),
    )


def coachsell15() -> Iterator[Case]:
    f = "coachsell15"
    yield case(
        f,
        "free_training",
        "en-US",
        ("Maya @ HireReady", "maya@hireready-coaching.example"),
        '[FREE live training] Nail "Tell me about yourself" \u2013 Thursday 8pm ET',
        sent_on(1, 11, 7, NYC),
        "US coaching marketing: free live training Thursday 8pm ET / 5pm PT, 'save your seat'.",
        "Hey Alex,\n\nMost people blow their interview in the first 90 seconds.\n\nThis "
        "Thursday, January 14 at 8pm ET / 5pm PT I'm going live to show you my 3-part "
        'answer to "Tell me about yourself" \u2013 the one my clients used to land offers '
        "at 40+ companies last year.\n\nSave your seat (free): https://hireready-coaching."
        "example/live\n\nCan't make it live? Register anyway and I'll send the replay.\n\n"
        "Talk soon,\nMaya\n\nYou're receiving this because you downloaded our interview "
        "checklist. Unsubscribe anytime.",
        headers=BULK,
        form="both",
    )
    yield case(
        f,
        "discovery_call",
        "en-GB",
        ("Interview Edge", "bookings@interviewedge.example.co.uk"),
        "Confirmed: your free 15-minute discovery call with Hannah",
        sent_on(1, 15, 19, LON),
        "UK coaching firm: a booked sales (discovery) call with a coach at 18:30-18:45 GMT; "
        "the reader's slot, but no interview.",
        "Hi Alex,\n\nYour discovery call is booked.\n\nWho: Hannah Price, Senior Interview "
        "Coach\nWhen: Tuesday 19 January 2027, 18:30 \u2013 18:45 (GMT)\nHow: Hannah will "
        "call you on 07700 900412\n\nOn the call we'll look at your upcoming interviews and "
        "whether one of our coaching packages (from \u00a3149) is right for you.\n\nNeed to "
        "change it? Use the link in your calendar invite.\n\nThe Interview Edge team",
        headers=AUTO,
    )
    yield case(
        f,
        "mock_session_reminder",
        "en-IN",
        ("CrackIt Mentors", "sessions@crackitmentors.example.in"),
        "Reminder: Mock Interview Session 2 of 3 | Sat, 23 Jan 2027, 11:00 AM IST",
        sent_on(1, 21, 10, KOL),
        "Indian paid mock-interview package: session 2 of 3 with a mentor at a time (IST); "
        "practice, not a hiring interview.",
        "Hi Alex,\n\nThis is a reminder for your upcoming session under the Product "
        "Manager Interview Prep package (paid).\n\nSession: Mock Interview 2 of 3 "
        "(Product Sense)\nMentor: Rahul Menon (ex-PM, fintech)\nDate & Time: Sat, 23 Jan "
        "2027 | 11:00 AM - 12:00 PM IST\nJoin: https://meet.crackitmentors.example.in/"
        "s/88312\n\nPlease keep your camera on and a pen and paper ready. Feedback will be "
        "shared within 48 hours.\n\nTeam CrackIt Mentors",
        headers=AUTO,
    )
    yield case(
        f,
        "bootcamp_earlybird",
        "en-AU",
        ("Rachel from Interview Ready AU", "hello@interviewready.example.com.au"),
        "Last chance: early-bird ends Sunday midnight",
        sent_on(1, 21, 18, SYD),
        "Australian coaching bootcamp: starts Monday 7pm AEDT, early-bird price ends Sunday "
        "midnight.",
        "Hi Alex,\n\nQuick reminder \u2013 the early-bird price for the Interview Confidence "
        "Bootcamp ends this Sunday at midnight.\n\nThe bootcamp kicks off Monday 25 January "
        "at 7pm AEDT and runs for 4 weeks (live sessions every Monday, recordings "
        "available).\n\nYou'll get:\n- the STAR answer bank\n- two live hot-seat mock "
        "interviews\n- salary negotiation scripts\n\nGrab your spot for $297: https://"
        "interviewready.example.com.au/bootcamp\n\nRachel",
        headers=BULK,
    )
    yield case(
        f,
        "masterclass_naira",
        "en-NG",
        ("CareerLift Africa", "info@careerlift.example.ng"),
        "Interview Masterclass holds this Saturday!",
        sent_on(1, 25, 12, LOS),
        "Nigerian coaching masterclass 'holds' Saturday 10am WAT; pay before Friday.",
        "Hello Alex,\n\nAre you tired of getting to the final stage and hearing nothing "
        "back?\n\nOur Interview Masterclass holds this Saturday, 30th January 2027 by 10am "
        "WAT on Zoom. Topics: answering competency questions, panel interviews, "
        "bank/oil & gas assessment centres.\n\nRegistration fee: N5,000 only. Kindly make "
        "payment before Friday 6pm to secure your slot.\n\nAccount: 0123456789, CareerLift "
        "Africa Ltd\n\nSee you there!\nCareerLift Africa",
        headers=BULK,
    )
    yield case(
        f,
        "cart_waiting",
        "en-PH",
        ("CallReady PH", "no-reply@callreadyph.example.ph"),
        "Your Call Center Interview Prep session is still waiting",
        sent_on(1, 29, 20, MNL),
        "Philippine coaching shop: abandoned-cart mail for a prep session on Feb 2 at 7PM "
        "PHT; pay within 24 hours.",
        "Hi Alex!\n\nYou left something behind. Your booking is not yet confirmed:\n\n"
        "Item: 1:1 Call Center Interview Prep (60 mins)\nSchedule: Tue, Feb 2, 2027 \u2013 "
        "7:00 PM PHT\nCoach: Ms. Joy Santos\nPrice: PHP 799\n\nComplete your payment within "
        "24 hours via GCash or card to keep this slot. Unpaid bookings are released "
        "automatically.\n\nhttps://callreadyph.example.ph/checkout/55120\n\nGood luck sa "
        "interview mo!\nCallReady PH",
        headers=AUTO,
        form="html",
    )
    st = when(1, 27, "Wed", 16, 0, LON)
    yield case(
        f,
        "hiring_a_coach",
        "en-GB",
        ("Hannah Price", "hannah.price@interviewedge.example.co.uk"),
        "Your application to coach with Interview Edge",
        sent_on(1, 20, 11, LON),
        "Control: the same coaching firm invites the reader, who applied to work as a coach, "
        "to an interview (16:00-16:30 GMT, Zoom).",
        "Hi Alex,\n\nThanks for applying to join Interview Edge as an associate coach. We "
        "enjoyed reading your application and would like to interview you.\n\nWednesday 27 "
        "January 2027, 4:00\u20134:30pm GMT\nZoom: https://zoom.example/j/4471100293\n\n"
        "It'll be me and our head of coaching, Dev. We'll ask you to run a 5-minute "
        "mini-session with one of us as the client.\n\nBest,\nHannah",
        label=zoned(st, st + 30 * MIN, LON),
    )
    st = when(1, 28, "Thu", 10, 0, SIN)
    yield case(
        f,
        "partner_recruiter",
        "en-SG",
        ("Wei Ling Tan", "weiling.tan@straitstalent.example.sg"),
        "Interview with Meridian Pay \u2013 Thu 28 Jan, 10am SGT",
        sent_on(1, 22, 15, SIN),
        "Control: a recruiter who found the reader through a coaching platform's talent pool "
        "sets an interview with a client (10:00am SGT).",
        "Hi Alex,\n\nI came across your profile through the HireReady talent pool \u2013 "
        "thanks for opting in. Meridian Pay liked your background and would like to "
        "interview you for the Risk Analyst role.\n\nDate: Thursday, 28 January 2027\n"
        "Time: 10:00am \u2013 10:45am SGT\nVenue: Meridian Pay, 8 Marina View, #21-03\n\n"
        "Please bring your NRIC and a copy of your CV.\n\nRegards,\nWei Ling Tan\nStraits "
        "Talent Pte Ltd",
        label=zoned(st, st + 45 * MIN, SIN),
    )


def hrtask15() -> Iterator[Case]:
    f = "hrtask15"
    yield case(
        f,
        "i9_task",
        "en-US",
        ("Prairie Fulfillment HR", "prairiefulfillment@myhrportal.example"),
        "Inbox: Complete Form I-9 Section 1 - Due 01/11/2027",
        sent_on(1, 6, 8, CHI),
        "US HR-system inbox task: complete Form I-9 Section 1 with a due date and time; "
        "business-process footer.",
        "You have a new task in your Inbox.\n\nTask: Complete Form I-9 Section 1\nFor: "
        "Alex Morgan (Hire: 01/11/2027)\nBusiness Process: Onboarding: Alex Morgan\n"
        "Due Date: 01/11/2027 11:59 PM\n\nSection 1 must be completed no later than your "
        "first day of employment. Bring your original documents on your first day so your "
        "manager can complete Section 2.\n\nOpen task: https://myhrportal.example/prairie/"
        "inbox/task/88120\n\nThis is a system generated notification. Do not reply.",
        headers=AUTO,
    )
    yield case(
        f,
        "scorecard_due",
        "en-US",
        ("Talent Hub", "no-reply@talenthub.example"),
        "Reminder: interview feedback due for Jordan Lee",
        sent_on(1, 13, 9, NYC),
        "US ATS reminder to the reader as an interviewer: a scorecard for another candidate "
        "is due by Thursday 5:00 PM EST.",
        "Hi Alex,\n\nYou interviewed Jordan Lee for Senior Accountant (Req R-2231) on "
        "Monday. Your scorecard is still outstanding.\n\nFeedback due: Thu, Jan 14, 2027 "
        "5:00 PM EST\n\nThe hiring team's debrief is scheduled after all scorecards are "
        "in, so please submit as soon as you can.\n\nSubmit scorecard: https://talenthub."
        "example/scorecards/55190\n\n\u2014 Talent Hub on behalf of Harborline Logistics",
        headers=AUTO,
    )
    yield case(
        f,
        "probation_review",
        "en-GB",
        ("HR Portal", "hr-portal@ashworthgroup.example.co.uk"),
        "Action required: 3-month probation review form",
        sent_on(1, 15, 9, LON),
        "UK HR portal: the reader's probation review self-assessment must be submitted by "
        "17:00 on a Friday.",
        "Dear Alex,\n\nYour three-month probation review is approaching. Please complete "
        "the self-assessment section of the review form in the HR Portal by 17:00 on "
        "Friday 22 January 2027.\n\nYour line manager will then add their comments and "
        "arrange a conversation with you.\n\nOpen the form: https://hr.ashworthgroup."
        "example.co.uk/forms/probation/4412\n\nThis is an automated message from the HR "
        "Portal.",
        headers=AUTO,
    )
    yield case(
        f,
        "investment_declaration",
        "en-IN",
        ("PeopleDesk", "alerts@peopledesk.example.in"),
        "Reminder: Investment proof submission closes on 20-Jan-2027 11:59 PM",
        sent_on(1, 16, 10, KOL),
        "Indian payroll portal: investment proof window closes at a date and 11:59 PM; an "
        "FAQ session with a time.",
        "Dear Alex Morgan,\n\nThis is a gentle reminder that the investment proof "
        "submission window for FY 2026-27 closes on 20-Jan-2027 11:59 PM.\n\nIf proofs "
        "are not submitted, tax will be deducted at the applicable rate from your January "
        "payroll.\n\nPayroll team will also hold an FAQ session on Tuesday, 19-Jan-2027 "
        "at 04:00 PM on Teams.\n\nLogin: https://velankan.peopledesk.example.in\n\nRegards,"
        "\nPayroll Team, Velankan Infotech",
        headers=AUTO,
    )
    yield case(
        f,
        "mandatory_training",
        "en-AU",
        ("Learning Hub", "learninghub@southerncrossfoods.example.com.au"),
        "Overdue soon: Workplace Health & Safety Induction",
        sent_on(1, 25, 7, SYD),
        "Australian learning system: a compulsory module is due 29/01/2027 5:00 PM AEDT.",
        "Hi Alex,\n\nThe following compulsory learning is due soon:\n\nCourse: Workplace "
        "Health & Safety Induction (45 min)\nDue: 29/01/2027 5:00 PM AEDT\nStatus: Not "
        "started\n\nIf you don't complete it by the due date, your manager will be "
        "notified.\n\nLaunch course: https://learninghub.southerncrossfoods.example.com.au/"
        "c/whs-01\n\nLearning Hub",
        headers=AUTO,
        form="html",
    )
    yield case(
        f,
        "schedule_interviews_task",
        "en-CA",
        ("Recruiting System", "recruiting@maplecrestinsurance.example.ca"),
        "Task assigned: Schedule interviews for Req 4410",
        sent_on(1, 14, 13, TOR),
        "Canadian ATS task to the reader as hiring manager: 'Schedule interviews' due Monday "
        "at 9:00 AM; no interview set.",
        "Hello Alex,\n\nA task has been assigned to you.\n\nTask: Schedule interviews "
        "\u2013 Claims Adjuster (Req 4410)\nShortlisted candidates: 4\nDue: Jan 18, 2027 "
        "9:00 AM\nAssigned by: Olivia Chen (Talent Acquisition)\n\nPlease pick interview "
        "slots for the shortlisted candidates in the scheduling tab.\n\nView task: https://"
        "maplecrestinsurance.example.ca/recruiting/tasks/10293",
        headers=AUTO,
    )
    st = when(1, 21, "Thu", 14, 0, CHI)
    yield case(
        f,
        "internal_mobility",
        "en-US",
        ("Prairie Fulfillment HR", "prairiefulfillment@myhrportal.example"),
        "Interview Scheduled: Senior Buyer (R-3301)",
        sent_on(1, 15, 11, CHI),
        "Control: the same HR system notifies the reader of an internal interview "
        "(2:00-2:45 PM CST).",
        "An interview has been scheduled for you.\n\nJob Requisition: R-3301 Senior Buyer "
        "(Internal)\nCandidate: Alex Morgan\nDate: 01/21/2027\nTime: 2:00 PM - 2:45 PM CST"
        "\nLocation: Conference Room B, Bolingbrook DC\nInterviewers: Karen Ostrowski, "
        "Luis Ortega\n\nIf you need to make a change, contact your recruiter.\n\nThis is "
        "a system generated notification. Do not reply.",
        label=zoned(st, st + 45 * MIN, CHI),
        headers=AUTO,
    )
    st = when(1, 27, "Wed", 15, 0, KOL)
    sent = sent_on(1, 20, 12, KOL)
    yield case(
        f,
        "ijp_interview",
        "en-IN",
        ("PeopleDesk", "alerts@peopledesk.example.in"),
        "Interview scheduled for IJP-118 | Team Lead - Support",
        sent,
        "Control: the same Indian HR portal sets an internal job posting interview; no zone.",
        "Dear Alex Morgan,\n\nYour application for the Internal Job Posting IJP-118 (Team "
        "Lead - Support) has been shortlisted.\n\nInterview Details\nDate: 27-Jan-2027\n"
        "Time: 03:00 PM - 03:30 PM\nMode: Microsoft Teams\nInterviewer: Suresh Pillai\n\n"
        "Please inform your reporting manager. All the best!\n\nRegards,\nHR Team, "
        "Velankan Infotech",
        label=slot(st, st + 30 * MIN, sent),
        headers=AUTO,
    )


def friendiv15() -> Iterator[Case]:
    f = "friendiv15"
    yield case(
        f,
        "partner_pickup",
        "en-US",
        ("Jamie Morgan", "jamie.m@mailbox.example"),
        "thursday",
        sent_on(1, 12, 21, NYC, 44),
        "A partner's own interview got moved to Thursday 10am; asks the reader to do school "
        "pick-up.",
        "hey so my interview at Dunmore got moved to thursday at 10 instead of friday. can "
        "you do pickup thurs? it's across town and I won't be back by 3:15\n\nlove you\nJ\n\n"
        "Sent from my iPhone",
    )
    yield case(
        f,
        "friend_second_round",
        "en-GB",
        ("Ellie Walsh", "ellie.walsh@postbox.example.co.uk"),
        "guess who got a second interview!!",
        sent_on(1, 18, 19, LON, 21),
        "A friend's second interview (Tuesday 2.30) and a drink afterwards; nothing for the "
        "reader to attend as a candidate.",
        "ALEX. I got through to the second round at Kestrel Bank!!! It's next Tuesday at "
        "2.30, panel of three, slightly terrified.\n\nFancy a drink after to either "
        "celebrate or drown my sorrows? I'll be done by 4ish, could meet you at the Crown "
        "around 5?\n\nEx x",
    )
    yield case(
        f,
        "sibling_stay",
        "en-IN",
        ("Rohan", "rohan.m@mailbox.example.in"),
        "Interview in Pune \u2013 can I stay?",
        sent_on(1, 13, 22, KOL),
        "A sibling's interview on the 18th at 10 AM; asks to stay over the night before.",
        "Bhai,\n\nMy interview at Kalyani Motors is confirmed for 18th Jan, 10 AM, at their "
        "Chakan plant. Can I stay at your place on 17th night? I'll take the Shivneri bus "
        "from Mumbai in the afternoon.\n\nAlso can you lend me your blue blazer, mine "
        "doesn't fit anymore :)\n\nRohan",
    )
    yield fwd(
        f,
        "referral_update",
        "en-AU",
        "apple",
        ("Referrals @ Gumtree Digital", "referrals@gumtreedigital.example.com.au"),
        "Update on your referral: Sam Lee",
        sent_on(1, 14, 10, SYD),
        "Sam's interview is next Weds - that's his, not mine. Keeping it for the bonus.",
        "Hi Alex,\n\nGood news \u2013 your referral is progressing!\n\nCandidate: Sam Lee\n"
        "Role: Data Engineer\nStage: Interview\nInterview: Wednesday 20 January 2027, "
        "11:00am AEDT\n\nIf Sam is hired and passes probation, you'll receive the $3,000 "
        "referral bonus. Thanks for helping us find great people!\n\nThe Talent team\n"
        "Gumtree Digital",
        "Apple Mail forward with the user's note of an Australian referral-programme "
        "notice: the person the reader referred is invited to interview on Wednesday "
        "11:00am AEDT.",
    )
    yield case(
        f,
        "colleague_panel",
        "en-NG",
        ("Tunde Bakare", "tunde.bakare@mailbox.example.ng"),
        "Pls help",
        sent_on(1, 20, 16, LOS),
        "A former colleague has an interview at the reader's company tomorrow by 11am and "
        "asks who is on the panel.",
        "Bro how far?\n\nI have interview with your company tomorrow by 11am for the "
        "Credit Analyst role. Abeg who be the panel? Any tips on what they like to ask?\n\n"
        "I go appreciate. Will buy you suya after.\n\nTunde",
    )
    yield case(
        f,
        "cousin_municipality",
        "en-ZA",
        ("Mom", "lindiwe.morgan@mailbox.example.co.za"),
        "Thabo",
        sent_on(1, 21, 18, JNB),
        "A parent's mail about a cousin's interview on Monday at 9; asks the reader to phone "
        "him on Sunday.",
        "Hi my boy\n\nYour cousin Thabo has his interview at the municipality on Monday at "
        "9. Please phone him on Sunday evening and wish him luck, he listens to you.\n\n"
        "Also don't forget Gogo's birthday lunch on the 31st at 1 o'clock.\n\nLove\nMom",
    )
    yield case(
        f,
        "friend_final_taglish",
        "en-PH",
        ("Bea Reyes", "bea.reyes@mailbox.example.ph"),
        "pray for me",
        sent_on(1, 25, 21, MNL),
        "A friend's final interview on Thursday 3PM in Makati (English with Tagalog); she "
        "asks to meet afterwards.",
        "Sis!! Final interview ko na sa Thursday, 3PM sa Makati (Ayala Ave office). Pray "
        "for me ha. If I pass, libre kita ng dinner. Kita tayo after? Mga 5:30 sa "
        "Greenbelt?\n\nBea",
    )
    st = when(1, 22, "Fri", 16, 0, LON)
    sent = sent_on(1, 18, 20, LON, 40)
    yield case(
        f,
        "friend_books_you",
        "en-GB",
        ("Meg Carter", "meg.carter@postbox.example.co.uk"),
        "your CV \u2013 you're in on Friday!",
        sent,
        "Control: a friend at the company has booked the reader an interview with her "
        "manager on Friday at 4pm; no zone.",
        "Hiya!\n\nShowed your CV to Priya (my manager) and she wants to meet you \u2013 "
        "she's put you in for an interview this Friday, 22nd, at 4pm at our office "
        "(Brindley Place, 5th floor). It's a proper interview so wear something smart, "
        "about 45 mins. Ask for Priya at reception.\n\nSo excited!! Meg x",
        label=slot(st, st + 45 * MIN, sent),
    )
    st = when(1, 26, "Tue", 13, 0, TOR)
    yield case(
        f,
        "referred_invite",
        "en-CA",
        ("Olivia Chen", "olivia.chen@maplecrestinsurance.example.ca"),
        "You were referred by Jamie Morgan \u2013 interview invitation",
        sent_on(1, 19, 14, TOR),
        "Control: the referral programme's other side: the reader, referred by their partner, "
        "is invited to interview (1:00-1:45 p.m. ET).",
        "Hi Alex,\n\nJamie Morgan referred you for our Underwriting Associate opening "
        "\u2013 thanks for your interest in Maplecrest!\n\nWe'd like to invite you to a "
        "first interview:\nTuesday, January 26, 2027, 1:00 \u2013 1:45 p.m. ET\nVideo "
        "call (Teams); link in the calendar invitation to follow.\n\nPlease reply to "
        "confirm.\n\nOlivia Chen\nTalent Acquisition, Maplecrest Insurance",
        label=zoned(st, st + 45 * MIN, TOR),
    )


def relocate15() -> Iterator[Case]:
    f = "relocate15"
    yield case(
        f,
        "move_survey",
        "en-US",
        ("Lone Star Van Lines", "surveys@lonestarvanlines.example"),
        "Your in-home move survey is confirmed",
        sent_on(1, 14, 11, CHI),
        "US movers confirm an in-home survey in a four-hour window; the estimator calls ahead.",
        "Hi Alex,\n\nThank you for choosing Lone Star Van Lines for your corporate "
        "relocation (sponsored by Harborline Logistics).\n\nYour in-home survey is "
        "confirmed for Thursday, January 21 between 8:00 AM and 12:00 PM. Our estimator, "
        "Ray, will call 30 minutes before arriving. The survey takes about an hour.\n\n"
        "Please have closets and garage accessible.\n\nMove Coordination Team\nLone Star "
        "Van Lines",
        headers=AUTO,
    )
    yield case(
        f,
        "house_viewings",
        "en-GB",
        ("Claire Fenwick", "claire.fenwick@settlewell.example.co.uk"),
        "Your viewings on Saturday",
        sent_on(1, 19, 17, LON),
        "UK relocation consultant lines up flat viewings on Saturday from 10am; a list of "
        "times and addresses.",
        "Hi Alex,\n\nI've lined up four viewings for you on Saturday 23 January:\n\n10:00 "
        "\u2013 2 bed flat, Ancoats (Jersey St)\n11:15 \u2013 2 bed flat, Salford Quays\n"
        "12:30 \u2013 1 bed + study, Didsbury\n14:00 \u2013 2 bed terrace, Chorlton\n\nI'll "
        "pick you up from the hotel at 9.30. Bring ID in case you want to put in an offer "
        "on the day.\n\nBest,\nClaire\nSettlewell Relocation (on behalf of Ashworth Group)",
    )
    yield case(
        f,
        "pass_registration",
        "en-SG",
        ("Mobility Team", "mobility@lionbaycapital.example.sg"),
        "Employment Pass: card registration appointment",
        sent_on(1, 18, 15, SIN),
        "Singapore employer's mobility team books the Employment Pass card registration "
        "at a services centre, 26 Jan 10.30am.",
        "Dear Alex,\n\nYour Employment Pass In-Principle Approval has been issued. We have "
        "booked your appointment for card registration (photo and fingerprints):\n\n"
        "Date: 26 Jan 2027 (Tue)\nTime: 10.30am\nVenue: Employment Pass Services Centre, "
        "The Riverwalk, 20 Upper Circular Road\n\nBring your passport, the IPA letter and "
        "the appointment letter (attached). Please arrive 15 minutes early.\n\nBest "
        "regards,\nMobility Team | Lion Bay Capital",
    )
    yield case(
        f,
        "serviced_apartment",
        "en-AU",
        ("Harbourside Stays", "reservations@harboursidestays.example.com.au"),
        "Booking confirmed: Bridge St Serviced Apartments, 31 Jan \u2013 28 Feb",
        sent_on(1, 20, 14, SYD),
        "Australian serviced apartment for temporary accommodation: check-in from 2pm on a "
        "Sunday, check-out 10am.",
        "Hi Alex,\n\nYour corporate booking (paid by Southern Cross Foods) is confirmed.\n\n"
        "Property: Bridge St Serviced Apartments, 2 Bridge St, Sydney NSW\nCheck-in: "
        "Sunday 31 January 2027, from 2:00pm\nCheck-out: Sunday 28 February 2027, by "
        "10:00am\nRoom: 1 Bedroom Executive\nConfirmation: HS-204417\n\nAfter-hours "
        "arrivals: collect your key from the lockbox (code sent on the day).\n\nHarbourside "
        "Stays",
        headers=AUTO,
        form="both",
    )
    yield case(
        f,
        "packers",
        "en-IN",
        ("Relocation Desk", "relocation@velankaninfotech.example.in"),
        "Relocation: packers & movers booked | claim deadline",
        sent_on(1, 20, 16, KOL),
        "Indian employer's relocation desk: packers arrive on a date at 9 AM; the allowance "
        "claim is due by a date and 6 PM.",
        "Dear Alex,\n\nAs per the relocation policy, we have booked Shree Ganesh Packers "
        "for your household shifting from Chennai to Pune.\n\nPacking date: 28-01-2027, "
        "team will reach by 9 AM\nExpected delivery: 01-02-2027\n\nPlease submit your "
        "relocation allowance claim with bills on the portal by 5 Feb 2027, 6 PM.\n\n"
        "Regards,\nRelocation Desk\nVelankan Infotech",
    )
    yield case(
        f,
        "newcomer_webinar",
        "en-CA",
        ("Welcome Centre Calgary", "events@welcomecentreyyc.example.ca"),
        "Reminder: Newcomer Orientation webinar \u2013 Wed, Feb 3",
        sent_on(1, 28, 10, "America/Edmonton"),
        "Canadian settlement agency webinar for newcomers: Wednesday 6:00-7:30 p.m. MT.",
        "Hello Alex,\n\nThis is a reminder that you registered for our free Newcomer "
        "Orientation webinar:\n\nWednesday, February 3, 2027\n6:00 \u2013 7:30 p.m. MT\n\n"
        "Topics: health cards, SIN, banking, renting, and your first weeks at work in "
        "Canada.\n\nJoin link: https://welcomecentreyyc.example.ca/webinar/feb3\n\nWelcome "
        "Centre Calgary",
        headers=BULK,
    )
    st = when(1, 25, "Mon", 9, 0, LON)
    yield case(
        f,
        "director_call",
        "en-GB",
        ("Graham Pike", "graham.pike@ashworthgroup.example.co.uk"),
        "Final call with our Director before relocation",
        sent_on(1, 19, 12, LON),
        "Control: before relocation support is confirmed, the hiring manager sets a last "
        "interview call (9.00-9.30am UK time).",
        "Hi Alex,\n\nBefore we sign off the relocation package, our Operations Director, "
        "Fiona Marsh, would like a final interview with you.\n\nI've booked Monday 25 "
        "January, 9.00\u20139.30am (UK time), on Teams. Fiona will focus on the Manchester "
        "site plans.\n\nClaire at Settlewell will carry on with the viewings regardless.\n\n"
        "Cheers,\nGraham",
        label=zoned(st, st + 30 * MIN, LON),
    )
    st = when(1, 27, "Wed", 11, 0, CHI)
    sent = sent_on(1, 20, 15, CHI)
    yield case(
        f,
        "site_lead_interview",
        "en-US",
        ("Marcus Bell", "marcus.bell@harborlinelogistics.example"),
        "Dallas site lead \u2013 interview Wednesday",
        sent,
        "Control: a hiring manager sets an interview for a role that would need relocation; "
        "the move itself is only mentioned; no zone.",
        "Alex,\n\nFollowing up on our chat \u2013 the Dallas site lead role would mean "
        "relocating, and the package would cover movers and temporary housing.\n\nLet's do "
        "the formal interview next Wednesday, Jan 27 at 11:00 AM. You'll meet me and "
        "Renee from the Dallas DC on a video call, about an hour.\n\nMarcus",
        label=slot(st, st + 60 * MIN, sent),
    )


def voicemail15() -> Iterator[Case]:
    f = "voicemail15"
    yield case(
        f,
        "call_back_today",
        "en-US",
        ("Voice", "voice-noreply@phonehub.example"),
        "New voicemail from (847) 555-0182",
        sent_on(1, 13, 14, CHI, 16),
        "US voicemail transcript: a staffing recruiter asks for a call back, in the office "
        "until 5 today and from 8 tomorrow.",
        "New voicemail from (847) 555-0182 at 2:14 PM\n\nTranscript: Hi Alex this is Kayla "
        "from Brightpath Staffing. I have a couple of warehouse lead positions I think "
        "you'd be great for. Give me a call back when you get a chance. I'm in the office "
        "until 5 today and tomorrow from 8. Again it's Kayla 847 555 0182. Thanks.\n\n"
        "Play message: https://phonehub.example/vm/3381\n\nYou received this because "
        "voicemail to email is on.",
        headers=AUTO,
    )
    yield case(
        f,
        "try_again_half_ten",
        "en-GB",
        ("Phone System", "voicemail@northwayrecruitment.example.co.uk"),
        "Voicemail from 0161 496 0731 (0:38)",
        sent_on(1, 14, 16, LON, 52),
        "UK voicemail transcript: a consultant will try again tomorrow around half ten; a "
        "call-back attempt, not an interview.",
        "You received a voicemail.\n\nFrom: 0161 496 0731 (Dan Hughes)\nReceived: Thu 14 "
        'Jan 2027 16:51\nDuration: 00:38\n\nTranscription (may contain errors):\n"Hiya '
        "Alex it's Dan from Northway, just trying to catch you about the operations role "
        "we spoke about. No worries, I'll try you again tomorrow around half ten, or drop "
        "me a text if another time's better. Cheers.\"\n\nThe recording is attached.",
        headers=AUTO,
    )
    yield case(
        f,
        "availability_thu_fri",
        "en-AU",
        ("Visual Voicemail", "vvm@telconet.example.com.au"),
        "Voicemail from Jess Harper",
        sent_on(1, 18, 11, MEL, 3),
        "Australian voicemail transcript: a recruiter asks whether Thursday or Friday "
        "morning suits for a catch-up with the client; nothing set.",
        'Jess Harper (0412 555 018) left you a voicemail at 11:02am, 18/01/2027.\n\n"Hey '
        "Alex, Jess from Calder Recruitment. The client loved your CV and wants to have a "
        "catch-up this week. Can you let me know your availability for Thursday or Friday "
        'morning, anytime from 9? Give me a buzz back or flick me an email. Thanks!"\n\n'
        "Listen in the app.",
        headers=AUTO,
    )
    yield case(
        f,
        "confirm_interest",
        "en-IN",
        ("Voicemail Service", "vmail@cellnet.example.in"),
        "Voice message from +91 80 4718 2210",
        sent_on(1, 15, 12, KOL, 31),
        "Indian voicemail transcript: HR asks the reader to call back before 6 PM today to "
        "confirm interest; no slot.",
        "You have 1 new voice message.\n\nCaller: +91 80 4718 2210\nTime: 15-01-2027 "
        '12:29 PM\n\nText: "Hello sir, this is Divya calling from Brigade Softlabs HR. '
        "Your profile got shortlisted for the Java developer opening. Kindly call back "
        "before 6 PM today to confirm your interest and we will share the interview "
        'schedule. Thank you."\n\nDial 121 to listen.',
        headers=AUTO,
    )
    yield case(
        f,
        "clinic_confirm",
        "en-CA",
        ("Voicemail", "voicemail@northernphone.example.ca"),
        "New voicemail from Maple Dental (0:24)",
        sent_on(1, 15, 10, TOR, 12),
        "Canadian voicemail transcript: a dental clinic confirms a cleaning on Tuesday at "
        "3:40; life mail in the same layout.",
        "New voicemail\nFrom: Maple Dental (416) 555-0147\nReceived: January 15, 2027 at "
        "10:11 a.m.\n\nTranscript: \"Hi, this message is for Alex. It's Maple Dental "
        "calling to confirm your cleaning with Dr. Singh on Tuesday at 3:40. If you need "
        "to reschedule please give us 24 hours' notice. Thanks, bye.\"\n\nManage voicemail "
        "settings online.",
        headers=AUTO,
    )
    st = when(1, 14, "Thu", 11, 0, CHI)
    sent = sent_on(1, 11, 16, CHI, 42)
    yield case(
        f,
        "client_thursday",
        "en-US",
        ("Voice", "voice-noreply@phonehub.example"),
        "New voicemail from (847) 555-0182",
        sent,
        "Control: a voicemail transcript in which the recruiter has set an interview with the "
        "client on Thursday the 14th at 11 AM; no zone.",
        "New voicemail from (847) 555-0182 at 4:41 PM\n\nTranscript: Hey Alex it's Kayla "
        "at Brightpath again. Great news, the client wants to interview you Thursday the "
        "14th at 11 AM at their Schaumburg office. I'll email you the address. Call me back "
        "to confirm. Thanks.\n\nPlay message: https://phonehub.example/vm/3402\n\nYou "
        "received this because voicemail to email is on.",
        label=slot(st, None, sent),
        headers=AUTO,
    )
    st = when(1, 19, "Tue", 14, 0, LON)
    sent = sent_on(1, 15, 10, LON, 26)
    yield case(
        f,
        "booked_tuesday",
        "en-GB",
        ("Phone System", "voicemail@northwayrecruitment.example.co.uk"),
        "Voicemail from 0161 496 0731 (0:41)",
        sent,
        "Control: a voicemail in which the consultant says the reader is booked in for "
        "Tuesday at 2 o'clock (video); no zone.",
        "You received a voicemail.\n\nFrom: 0161 496 0731 (Dan Hughes)\nReceived: Fri 15 "
        'Jan 2027 10:25\nDuration: 00:41\n\nTranscription (may contain errors):\n"Morning '
        "Alex, Dan again. Good news, you're booked in with Harcourt for Tuesday at 2 "
        "o'clock, it's a video interview with the ops manager, about 45 minutes. I'll send "
        'the link over. Cheers."\n\nThe recording is attached.',
        label=slot(st, st + 45 * MIN, sent),
        headers=AUTO,
    )


def alertdigest15() -> Iterator[Case]:
    f = "alertdigest15"
    yield case(
        f,
        "alert_hiring_event",
        "en-US",
        ("JobSpotter Alerts", "alerts@jobspotter.example"),
        '12 new jobs for "Warehouse Supervisor" near Joliet, IL',
        sent_on(1, 12, 6, CHI),
        "US job-alert digest: new jobs and a featured hiring event on Saturday 9 AM-1 PM "
        "with on-the-spot interviews for walk-ins.",
        "Hi Alex, here are your new matches:\n\nWarehouse Supervisor \u2013 2nd Shift\n"
        "Prairie Fulfillment \u2013 Bolingbrook, IL \u2013 $26-$29 an hour\n\nInventory "
        "Control Lead\nRiverbend Distribution \u2013 Joliet, IL \u2013 $24 an hour\n\n"
        "Shipping Supervisor\nCorner Freight \u2013 Romeoville, IL \u2013 Easily apply\n\n"
        "FEATURED HIRING EVENT\nRiverbend Distribution is hiring 40+ roles\nSaturday, Jan "
        "16 \u2022 9 AM \u2013 1 PM \u2022 2200 Channahon Rd, Joliet\nOn-the-spot "
        "interviews for walk-ins. Bring a resume.\n\nSee all 12 jobs: https://jobspotter."
        "example/alerts/7781\n\nYou're getting this alert because you saved a search. "
        "Unsubscribe.",
        headers=BULK,
        form="both",
    )
    yield case(
        f,
        "agency_newsletter",
        "en-GB",
        ("Northway Recruitment", "news@northwayrecruitment.example.co.uk"),
        "Northway Insights | January market update + salary webinar",
        sent_on(1, 13, 8, LON),
        "UK agency newsletter: market update and a salary-negotiation webinar on Wednesday "
        "12.30pm GMT.",
        "NORTHWAY INSIGHTS \u2013 JANUARY 2027\n\nHappy new year from all of us at "
        "Northway!\n\nThe market: Operations and supply-chain vacancies in the North West "
        "are up 8% on December, and interview-to-offer times are shortening.\n\nLive "
        "webinar: Negotiating your salary in 2027\nWednesday 20 January, 12.30pm GMT (40 "
        "mins + Q&A)\nRegister: https://northwayrecruitment.example.co.uk/webinar\n\nHot "
        "jobs this week: Operations Manager (Warrington), Transport Planner (Bolton), "
        "Site Lead (Trafford Park).\n\nUnsubscribe | Manage preferences",
        headers=BULK,
        form="html",
    )
    yield case(
        f,
        "walkin_alert",
        "en-IN",
        ("JobsKart Alerts", "alerts@jobskart.example.in"),
        "Walk-in Alert: Customer Support (Voice) | 18-22 Jan | Bangalore",
        sent_on(1, 14, 9, KOL),
        "Indian job-portal walk-in alert: a week of walk-ins 10:00 AM to 3:00 PM at a "
        "venue; open to all, no slot for the reader.",
        "Dear Jobseeker,\n\nWalk-in drive matching your profile:\n\nCompany: Brigade "
        "Softlabs\nRole: Customer Support Executive (International Voice)\nExperience: "
        "0-3 years\nWalk-in Date: 18-01-2027 to 22-01-2027\nTime: 10:00 AM to 3:00 PM\n"
        "Venue: Brigade Softlabs, 4th Floor, Outer Ring Road, Marathahalli, Bangalore\n"
        "Contact: HR Divya\n\nCarry 2 copies of your resume and a photo ID. Mention "
        "JobsKart at reception.\n\nView more walk-ins: https://jobskart.example.in/walkins"
        "\n\nTo stop these alerts, update your preferences.",
        headers=BULK,
    )
    yield case(
        f,
        "open_day",
        "en-AU",
        ("JobHarbour", "jobmail@jobharbour.example.com.au"),
        "Jobs for you + an employer open day near you",
        sent_on(1, 14, 7, SYD),
        "Australian job mail: matches plus an employer open day on Tuesday 4-7pm.",
        "Hi Alex,\n\nNew jobs based on your recent searches:\n\n\u2022 Warehouse Team "
        "Leader \u2013 Westfield Logistics \u2013 Eastern Creek NSW\n\u2022 Stock "
        "Controller \u2013 Pacific Parts \u2013 Wetherill Park NSW\n\nEmployer open day\n"
        "Westfield Logistics Distribution Centre\nTuesday 19 January, 4\u20137pm\n"
        "Meet the team, tour the site, chat about roles. No appointment needed.\n\n"
        "Unsubscribe from JobMail",
        headers=BULK,
    )
    yield case(
        f,
        "virtual_fair",
        "en-PH",
        ("KarerAsia", "events@karerasia.example.ph"),
        "Register now: Virtual Career Fair, Feb 6, 9AM-5PM PHT",
        sent_on(1, 22, 10, MNL),
        "Philippine job portal: virtual career fair on a Saturday 9AM-5PM PHT; register now.",
        "Hi Alex!\n\n100+ employers, 5,000+ jobs, one day.\n\nKarerAsia Virtual Career "
        "Fair\nSaturday, February 6, 2027 | 9:00 AM \u2013 5:00 PM PHT\n\nFeatured "
        "employers: Islands BPO, Luzon Power, Mabuhay Bank, Visayas Foods\n\nSome "
        "employers will hold initial interviews in their virtual booths \u2013 upload your "
        "updated resume before the event.\n\nRegister for free: https://karerasia.example."
        "ph/vcf\n\nKarerAsia Team",
        headers=BULK,
        form="both",
    )
    yield case(
        f,
        "broadcast_screening",
        "en-NG",
        ("Apex HR Consult", "recruitment@apexhrconsult.example.ng"),
        "Vacancy: 50 Sales Executives \u2013 screening exercise",
        sent_on(1, 19, 14, LOS),
        "Nigerian recruiter broadcast to its database: a screening exercise for all "
        "interested candidates Tuesday by 9am; nothing set for the reader.",
        "Dear Candidate,\n\nOur client, a leading FMCG company, is recruiting 50 Sales "
        "Executives for Lagos and Ogun.\n\nRequirements: OND/HND/BSc, 0-2 years "
        "experience, must reside in Lagos.\n\nA screening exercise for all interested "
        "candidates holds on Tuesday 26th January 2027 by 9am at 12 Allen Avenue, Ikeja. "
        "Come with your CV and credentials. First come, first served.\n\nKindly share with "
        "friends who may be interested.\n\nApex HR Consult",
        headers=BULK,
    )
    st = when(1, 20, "Wed", 10, 30, NYC)
    yield case(
        f,
        "applied_via_alert",
        "en-US",
        ("Renee Castillo", "renee.castillo@cornerfreight.example"),
        "Shipping Supervisor \u2013 phone interview",
        sent_on(1, 14, 15, NYC),
        "Control: after the reader applied through a job alert, the employer sets a phone "
        "interview (10:30-11:00 AM ET).",
        "Hi Alex,\n\nThank you for applying for our Shipping Supervisor opening through "
        "JobSpotter. I'd like to set up a phone interview.\n\nWednesday, January 20, "
        "10:30 \u2013 11:00 AM ET\nI'll call you at the number on your application.\n\n"
        "Let me know if that doesn't work.\n\nRenee Castillo\nRecruiter, Corner Freight",
        label=zoned(st, st + 30 * MIN, NYC),
    )
    st = when(1, 21, "Thu", 14, 0, JNB)
    yield case(
        f,
        "scout_teams",
        "en-ZA",
        ("Lerato Mokoena", "lerato.mokoena@sunlinetalent.example.co.za"),
        "Introduction call \u2013 Thursday 14:00",
        sent_on(1, 15, 11, JNB),
        "Control: a recruiter from a talent newsletter's firm books a screening interview on "
        "Teams (Thursday 14:00 SAST).",
        "Hi Alex\n\nThanks for coming back to me after our newsletter. As discussed, I've "
        "booked our screening interview for the Energy Analyst role:\n\nThursday 21 "
        "January 2027 at 14:00 SAST, Microsoft Teams (link in the invite).\n\nIt'll take "
        "about 30 minutes.\n\nKind regards\nLerato Mokoena\nSunline Talent",
        label=zoned(st, st + 30 * MIN, JNB),
    )


def iwdeadline15() -> Iterator[Case]:
    f = "iwdeadline15"
    yield case(
        f,
        "closing_shortlist",
        "en-GB",
        ("Trust Recruitment", "recruitment@pennineshealth.example.nhs.uk"),
        "Application received: Band 5 Staff Nurse (ref 312-ACU-0127)",
        sent_on(1, 10, 20, LON),
        "UK health-trust acknowledgement: closing date 23:59, shortlisting date and an "
        "expected interview date without a time; no invitation yet.",
        "Dear Alex Morgan,\n\nThank you for your application for Band 5 Staff Nurse "
        "(Acute Medicine), reference 312-ACU-0127.\n\nClosing date: 17/01/2027 at 23:59\n"
        "Shortlisting date: 20/01/2027\nExpected interview date: 28/01/2027\n\nIf you are "
        "shortlisted you will be contacted by email with an interview time. Please check "
        "your junk folder.\n\nPennines Health NHS Trust Recruitment",
        headers=AUTO,
    )
    yield case(
        f,
        "prescreen_questionnaire",
        "en-US",
        ("Recruiting Team", "recruiting@tristateenergy.example"),
        "Next step: pre-screen questionnaire (due Friday 5 PM ET)",
        sent_on(1, 12, 10, NYC),
        "US employer: complete a questionnaire by Friday 5 PM ET before an interview can be "
        "scheduled.",
        "Hi Alex,\n\nThanks for your interest in the Field Service Technician role.\n\n"
        "Before we can schedule an interview, please complete a short pre-screen "
        "questionnaire (10 minutes) by Friday, January 15 at 5 PM ET:\n\nhttps://"
        "tristateenergy.example/prescreen/44719\n\nApplicants who don't complete it by "
        "the deadline will not move forward.\n\nRecruiting Team, Tri-State Energy",
        headers=AUTO,
    )
    yield case(
        f,
        "booking_opens",
        "en-AU",
        ("Graduate Recruitment", "graduates@bluegumbank.example.com.au"),
        "You're through to interviews \u2013 bookings open Monday 9:00am",
        sent_on(1, 14, 16, SYD),
        "Australian graduate programme: interview bookings open Monday 9:00am AEDT; slots "
        "first come first served; nothing booked yet.",
        "Hi Alex,\n\nCongratulations \u2013 you're through to the interview stage of the "
        "Bluegum Bank 2028 Graduate Program!\n\nInterview bookings open at 9:00am AEDT on "
        "Monday 18 January. You'll receive a separate email with your booking link. "
        "Interviews run from 27 January to 5 February; slots are first come, first "
        "served.\n\nIn the meantime, have a read of our interview guide.\n\nBluegum Bank "
        "Graduate Recruitment",
        headers=AUTO,
        form="both",
    )
    yield case(
        f,
        "assignment_due",
        "en-IN",
        ("Hiring Team", "hiring@pixelnagar.example.in"),
        "Assignment \u2013 Frontend Developer | submit by 19-Jan-2027 11:59 PM",
        sent_on(1, 15, 18, KOL),
        "Indian startup: an assignment is due at a date and 11:59 PM; shortlisted "
        "candidates will later be called for the interview.",
        "Hi Alex,\n\nThanks for clearing the screening call. Please find the take-home "
        "assignment attached (build a small React dashboard).\n\nSubmission deadline: "
        "19-Jan-2027, 11:59 PM\nSubmit at: https://pixelnagar.example.in/submit\n\n"
        "Shortlisted candidates will be called for the technical interview after "
        "evaluation.\n\nCheers,\nHiring Team, Pixelnagar",
    )
    yield case(
        f,
        "deck_before_interview",
        "en-SG",
        ("Jasmine Koh", "jasmine.koh@meridianpay.example.sg"),
        "Presentation for your second interview",
        sent_on(1, 26, 11, SIN),
        "Singapore employer: send the presentation deck by Monday 12pm SGT, 24 hours before "
        "the interview; the interview's time is to be confirmed separately.",
        "Hi Alex,\n\nAs mentioned, the second interview will include a 15-minute case "
        "presentation.\n\nPlease email your deck to me by 12pm SGT on Monday, 1 Feb, so the "
        "panel can review it 24 hours before your interview. I will confirm the exact "
        "interview time with you separately once the panel's calendars are sorted.\n\n"
        "Regards,\nJasmine Koh\nTalent Acquisition, Meridian Pay",
    )
    yield case(
        f,
        "week_of_notice",
        "en-CA",
        ("City of Halton Hills Careers", "careers@haltonhills.example.ca"),
        "Posting HR-2027-014: screening update",
        sent_on(1, 22, 13, TOR),
        "Canadian municipality: shortlisted applicants notified by Tuesday 4 p.m.; interviews "
        "the week of February 8; no time for the reader.",
        "Dear Applicant,\n\nThank you for applying to posting HR-2027-014, Recreation "
        "Programmer.\n\nWe received a high volume of applications. Shortlisted applicants "
        "will be notified by Tuesday, February 2 at 4 p.m. Interviews will take place "
        "the week of February 8.\n\nIf you are not contacted, we thank you for your "
        "interest.\n\nHuman Resources, Town of Halton Hills",
        headers=AUTO,
    )
    st = when(1, 28, "Thu", 10, 15, LON)
    sent = sent_on(1, 20, 15, LON)
    yield fwd(
        f,
        "trust_invite",
        "en-GB",
        "gmail",
        ("Trust Recruitment", "recruitment@pennineshealth.example.nhs.uk"),
        "Invitation to interview: Band 5 Staff Nurse (ref 312-ACU-0127)",
        sent,
        "Got the interview!! Adding it.",
        "Dear Alex Morgan,\n\nFollowing shortlisting, we are pleased to invite you to "
        "interview for Band 5 Staff Nurse (Acute Medicine).\n\nDate: Thursday 28 January "
        "2027\nTime: 10.15am\nVenue: Education Centre, Room 4, Pennines General Hospital\n"
        "Panel: Ward Manager and Matron\n\nPlease upload your ID documents to the portal "
        "by 12 noon on Tuesday 26 January.\n\nPennines Health NHS Trust Recruitment",
        "Control: Gmail forward of the same trust's invitation to interview at 10.15am; a "
        "document deadline sits next to it; no zone.",
        label=slot(st, None, sent),
    )
    st = when(1, 22, "Fri", 14, 30, KOL)
    sent = sent_on(1, 18, 11, KOL)
    yield case(
        f,
        "shortlisted_docs",
        "en-IN",
        ("Hiring Team", "hiring@pixelnagar.example.in"),
        "Shortlisted \u2013 Technical Interview on 22-Jan-2027",
        sent,
        "Control: the same startup sets the technical interview (02:30 PM) with a document "
        "deadline two days earlier; no zone.",
        "Hi Alex,\n\nGood news \u2013 your assignment has been shortlisted.\n\nYour "
        "technical interview is scheduled on 22-Jan-2027 at 02:30 PM (1 hour) on Google "
        "Meet: https://meet.example/pxn-tech-22\n\nPlease submit your ID proof and latest "
        "payslip by 20-Jan-2027 so HR can prepare.\n\nCheers,\nHiring Team, Pixelnagar",
        label=slot(st, st + 60 * MIN, sent),
    )


def onsitetravel15() -> Iterator[Case]:
    f = "onsitetravel15"
    yield fwd(
        f,
        "itinerary",
        "en-US",
        "gmail",
        ("Candidate Travel", "travel@wayfareco.example"),
        "Itinerary for Alex Morgan \u2013 Chicago to San Francisco",
        sent_on(1, 15, 13, CHI),
        "Flights for the Tidewater onsite. Still waiting on the actual schedule.",
        "TRAVEL ITINERARY\nTraveler: MORGAN/ALEX\nBooked by: Candidate Travel for Tidewater "
        "Systems\n\nSun, Jan 24, 2027\nFlight WC 1523\nDepart: Chicago O'Hare (ORD) 5:40 "
        "PM\nArrive: San Francisco (SFO) 8:25 PM\nSeat 14C\n\nHotel: Harborview Inn, 55 "
        "Mission St\nCheck-in: Jan 24 | Check-out: Jan 26\n\nReturn: Tue, Jan 26, 2027, "
        "Flight WC 1880, Depart SFO 4:10 PM\n\nYour onsite schedule will be sent by your "
        "recruiting coordinator. Keep receipts for meals and ground transport.",
        "Gmail forward with the user's note of a US travel itinerary for an onsite: flight "
        "departure and hotel times; the onsite schedule will come from the coordinator.",
    )
    yield case(
        f,
        "visa_letter",
        "en-IN",
        ("Global Mobility", "mobility@tidewatersystems.example.sg"),
        "Invitation letter for your onsite interview visit \u2013 visa application",
        sent_on(1, 18, 9, SIN),
        "Invitation letter for a business-visa application for an onsite visit in the week "
        "of 8 February; the visa centre slot at 09:15 is the reader's own.",
        "Dear Alex,\n\nPlease find attached the invitation letter for your business visa "
        "application. The letter confirms that you are invited to our Singapore office "
        "for an onsite interview visit in the week of 8 February 2027; the exact "
        "interview schedule will be shared once your visa is approved.\n\nYou mentioned "
        "your visa centre appointment is on 27-Jan-2027 at 09:15 AM \u2013 please carry "
        "the original letter.\n\nBest regards,\nGlobal Mobility, Tidewater Systems",
    )
    yield case(
        f,
        "train_tickets",
        "en-GB",
        ("Candidate Experience", "candidates@kestrelbank.example.co.uk"),
        "Your travel for your assessment day",
        sent_on(1, 18, 15, LON),
        "UK bank: train tickets for an assessment day (07:03 departure); the day's agenda to "
        "follow.",
        "Hi Alex,\n\nWe've booked your travel for the assessment day in Manchester:\n\n"
        "Outbound: Tuesday 26 January, London Euston 07:03 \u2192 Manchester Piccadilly "
        "09:10\nReturn: open return, any off-peak train the same day\n\nCollect your "
        "tickets from the machine with reference K7RT2Q9.\n\nYour agenda for the day, "
        "with timings, will follow in a separate email next week.\n\nCandidate Experience "
        "Team\nKestrel Bank",
    )
    yield case(
        f,
        "taxi_booked",
        "en-AU",
        ("CabCharge Bookings", "bookings@citycabs.example.com.au"),
        "Booking confirmed: pick-up Wed 27 Jan, 5:45am",
        sent_on(1, 22, 17, SYD),
        "Australian taxi booking by the employer: pick-up at 5:45am to the airport for a "
        "flight to Perth; no interview time.",
        "Your booking is confirmed.\n\nPassenger: Alex Morgan\nPick-up: Wednesday 27 "
        "January 2027, 5:45am\nFrom: 14 Glebe Point Rd, Glebe\nTo: Sydney Airport, "
        "Domestic T3\nAccount: Western Ore Ltd (candidate travel)\n\nYour driver will SMS "
        "on arrival.\n\nCity Cabs",
        headers=AUTO,
    )
    yield case(
        f,
        "flight_assessment",
        "en-ZA",
        ("Talent Team", "talent@fynbosretail.example.co.za"),
        "Flight booking \u2013 Cape Town assessment centre",
        sent_on(1, 19, 10, JNB),
        "South African retailer books a flight for an assessment centre (06:00 departure); "
        "interview times to be confirmed closer to the date.",
        "Hi Alex\n\nWe have booked your flight to Cape Town for the assessment centre:\n\n"
        "Flight FR 204, Thursday 28 January 2027, departs OR Tambo 06:00, arrives Cape Town "
        "08:10. Return the same day at 19:30.\n\nWe will confirm your interview and "
        "exercise times closer to the date. A shuttle will collect candidates at the "
        "airport.\n\nRegards\nTalent Team | Fynbos Retail",
    )
    yield case(
        f,
        "hotel_confirmation",
        "en-PH",
        ("Makati Grand Hotel", "reservations@makatigrand.example.ph"),
        "Reservation Confirmation #MG-771024",
        sent_on(1, 25, 15, MNL),
        "Philippine hotel confirmation booked by the employer: check-in 2:00 PM on a Monday "
        "for two nights; the onsite details are not in it.",
        "Dear Mr. Alex Morgan,\n\nThank you for choosing Makati Grand Hotel.\n\n"
        "Confirmation No.: MG-771024\nArrival: Monday, 1 February 2027 (check-in from 2:00 "
        "PM)\nDeparture: Wednesday, 3 February 2027 (check-out until 12:00 NN)\nRoom: "
        "Deluxe King, 2 nights\nGuaranteed by: Luzon Power Corp.\n\nWe look forward to "
        "welcoming you.\n\nReservations Department",
        headers=AUTO,
    )
    st = when(1, 25, "Mon", 9, 0, LAX)
    yield case(
        f,
        "onsite_schedule",
        "en-US",
        ("Priya Natarajan", "priya.natarajan@tidewatersystems.example"),
        "Your onsite schedule \u2013 Monday, January 25",
        sent_on(1, 19, 12, LAX),
        "Control: the coordinator sends the onsite day's time (9:00 AM - 2:30 PM PT); "
        "travel is mentioned only as already booked.",
        "Hi Alex,\n\nYour flight and hotel are booked (see the itinerary from Candidate "
        "Travel). Here is your onsite:\n\nMonday, January 25, 2027\n9:00 AM \u2013 2:30 "
        "PM PT\nTidewater Systems, 500 Harbor Blvd, San Francisco (check in at the lobby "
        "desk)\n\n9:00 Welcome with me\n9:30 Systems design (Ken)\n10:30 Coding (Aisha)\n"
        "11:30 Lunch with the team\n12:30 Behavioral (Marco)\n1:30 Hiring manager "
        "(Diane)\n\nSee you soon!\nPriya\nRecruiting Coordinator",
        label=zoned(st, st + 330 * MIN, LAX),
    )
    st = when(2, 4, "Thu", 10, 0, TOR)
    yield case(
        f,
        "travel_and_interview",
        "en-CA",
        ("Mathieu Gagnon", "mathieu.gagnon@borealisanalytics.example.ca"),
        "Travel booked + in-person interview confirmed",
        sent_on(1, 27, 14, VAN),
        "Control: a Vancouver recruiter confirms the travel and an in-person interview in "
        "Toronto on Thursday at 10:00 a.m. ET.",
        "Hi Alex,\n\nYour flights are booked (Vancouver to Toronto on Wednesday evening, "
        "back on Friday) and the hotel is two blocks from the office.\n\nYour in-person "
        "interview is confirmed for Thursday, February 4 at 10:00 a.m. ET at our Toronto "
        "office, 200 Bay St, 14th floor. Plan for about two hours.\n\nSafe travels,\n"
        "Mathieu Gagnon\nTalent Partner, Borealis Analytics",
        label=zoned(st, None, TOR),
    )


BUILDERS = [
    enrol15,
    refcheck15,
    screenappt15,
    coachsell15,
    hrtask15,
    friendiv15,
    relocate15,
    voicemail15,
    alertdigest15,
    iwdeadline15,
    onsitetravel15,
]

MEASURED: list[str] = [
    "First sight (parser at main f76f62e, before any change for this batch): dev: 16 of 16 "
    "invitations with the right start (14 sure), 9 of 49 negatives claimed with confidence "
    ">= 0.5; held out: 5 of 6 invitations right (4 sure), 4 of 18 negatives claimed. No "
    "calendar parts in the batch.",
    "",
    "After the batch's rules: dev 16 of 16 right (16 sure), 2 of 49 claimed; held out 5 of 6 "
    "right (4 sure), 4 of 18 claimed (unchanged; not looked at). No file of any split lost a "
    "right answer or its 'sure', and none gained a false claim (per-file comparison against "
    "main's parser on every labelled file). Left claimed in dev: a coaching firm's booked "
    "'discovery call' (a sales call; one source only) and an Indian payroll mail whose only "
    "time is an FAQ session for all staff (one source only).",
    "",
    "After merging main at ee25113 (with negs16), quick.py: shared text 44/44 (42 sure), 0/25 "
    "false; fixtures 8/8, 0/4; dev calendar 145/145, text 1493/1507 (1349 sure), 7/1143 false; "
    "held out calendar 30/30, text 713/759 (599 sure), 47/538 false. Against main's parser on "
    "the same files only this batch's nine dev files changed, all for the better.",
]

RULES: list[str] = [
    "- References being called ('I'll be ringing your referees', 'our team will be calling",
    "  the references shared by you', 'subject to references'; `REFERENCE_CHECK_CUES`):",
    "  this batch's `refcheck15` (UK agency consultant, Indian HR desk: two senders, two",
    "  phrasings), next to the list's existing 'reference check'/'referee' words.",
    "- A reference check or a scout's first approach no longer caps a mail whose opening",
    "  invites the reader ('invite you to a panel interview', 'would like to interview you',",
    "  'wants to interview you'; `INVITES_YOU_CUES`): `refcheck15` (AU), `coachsell15` (SG)",
    "  and the voicemail control in `voicemail15` (US).",
    "- A screening step named in the subject (drug screen, fingerprints, identity, background",
    "  or DBS check, address verification, pre-employment medical, NBI clearance/PEME;",
    "  `SCREENING_SUBJECT_CUES`), unless the subject names an interview: `screenappt15` (US",
    "  vendor, UK vetting desk, ZA clinic, IN verification vendor, PH onboarding), corpus",
    "  `bgcheck`, `sigtimes` and `nusaportal` look-alikes; `bgcheck`'s control ('Background",
    "  check cleared - final interview') shows why a subject naming an interview is left alone.",
    "- The writer's own interview in the sentence with the time, in mail the user did not",
    "  forward ('my interview at ... is confirmed for', 'I have interview with your company",
    "  tomorrow by 11am', Taglish 'interview ko'; `WRITERS_INTERVIEW_CUES`): `friendiv15`",
    "  (IN, NG, PH, US) and corpus `digest` ('My interview is Thursday 10am PT - any tips?').",
    "- The time is when the caller can be reached or will call again ('I'm in the office",
    "  until 5 today', 'I'll try you again tomorrow', 'call back before 6 PM'; `CALL_BACK_CUES`,",
    "  only when the sentence names no slot of the reader's): `voicemail15` (US, UK, IN).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs15 batch (`build_negs15.py`)",
        "",
        "Mail in English (US, UK, India, Australia, South Africa, Nigeria, Canada, Singapore, "
        "the Philippines) that a job seeker receives or forwards, carrying a future date and "
        "time but setting no interview for the reader, with genuine invitations in the same "
        "voices as controls. All text is ours (no third-party text copied; notification "
        "layouts written from memory of such mail, no product's template reproduced); "
        "people, companies, addresses, phone numbers and links are made up. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "the message.",
        "",
        "Enrolment windows, reference checks (also the reader asked as a referee), vendor "
        "screening appointments, coaching sales, HR-system tasks, other people's interviews, "
        "relocation bookings, voicemail call-backs, job-alert events, deadlines beside the "
        "word 'interview' and travel for an onsite without a time are `not_invitation`.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs15.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
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
    if MEASURED:
        lines += ["", "## Measured", "", *MEASURED]
    if RULES:
        lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs15.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
