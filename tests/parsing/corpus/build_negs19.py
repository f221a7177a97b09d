"""Write the "negs19" batch: English look-alikes a job seeker really receives.

Run: .venv/bin/python tests/parsing/corpus/build_negs19.py

Mail in US, UK, Indian, Australian, Singaporean, South African, Nigerian and Canadian English
that carries a future date and time and interview words yet books no interview for the
reader: the reader sitting on a panel or being trained as an interviewer, careers-office mock
interviews and prep workshops, mail after an interview (feedback due, rejections naming the
past slot), onboarding IT pickups, badge photos and payroll cut-offs, 'hold the date' and
'send me your times by' messages, forwards of team-lunch updates and friends' notes,
recruiters' out-of-office replies with a return time, visa, biometrics, background-check and
drug-test appointments, and staffing-agency newsletters listing open interview days. About one
message in four is a control in the same voice that does book the reader's interview
(including short confirmations such as 'Thursday 2pm works - see you then').

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
ME = ("Sam Okafor", "sam.okafor@inbox.example")
HOOK = ("Afterview", "in+inbox@afterview.example")
HAND = (
    "hand-written; panel, careers-office, HR, onboarding, recruiter, mobility-vendor and "
    "staffing-agency mail written from memory of such mail in several Englishes, no product's "
    "template copied; " + OWN
)
NEG = "not_invitation"
BULK = {"List-Unsubscribe": "<https://unsubscribe.example/u/19>", "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated"}
AUTOREPLY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "panelside19": "dev",
    "mockiv19": "dev",
    "afteriv19": "dev",
    "onboardit19": "dev",
    "holddate19": "dev",
    "teamfwd19": "dev",
    "backon19": "heldout",
    "visabio19": "heldout",
    "agencynews19": "heldout",
}

SOURCES = {
    "panelside19": "The reader is the interviewer: panel invitations from an ATS and HR, "
    "interviewer training, shadowing, panel packs and debriefs (en-US, en-GB, en-IN, en-AU, "
    "en-SG, en-ZA); controls: the reader as an internal candidate given a slot (en-US, en-NG).",
    "mockiv19": "University careers offices and placement cells: mock interviews for other "
    "students, prep workshops, advising appointments, practice partners (en-GB, en-US, en-IN, "
    "en-AU, en-CA, en-SG); controls: on-campus employer interviews set for the reader "
    "(en-GB, en-IN).",
    "afteriv19": "After the interview: feedback due dates, results dates, rejections naming "
    "the past slot, surveys (en-US, en-GB, en-IN, en-AU, en-ZA, en-NG); controls: the next "
    "round set in the same thank-you mail (en-US, en-SG).",
    "onboardit19": "Onboarding: laptop pickup, payroll cut-off, joining formalities, badge "
    "photos, buddy coffee, banking checks (en-US, en-GB, en-IN, en-CA, en-AU, en-ZA); "
    "controls: a last conversation before the offer is final (en-US, en-NG).",
    "holddate19": "'Hold the date' for a call not yet set, requests for times with a reply "
    "deadline, pencilled slots, decision meetings (en-US, en-GB, en-IN, en-AU, en-CA); "
    "controls: short confirmations of a time the reader proposed ('Thursday 2pm works') and "
    "a set HR round (en-US, en-GB, en-IN).",
    "teamfwd19": "The user forwards (Gmail, Apple Mail, Outlook) a calendar update for a "
    "team lunch, a friend's note about her own interview, an all-hands move, a referral "
    "friend's maybe-coffee and a flat viewing, each with a note (en-GB, en-US, en-AU, en-SG); "
    "controls: forwarded interview invitations with 'please add' (en-US, en-AU).",
    "backon19": "Recruiters' and coordinators' out-of-office replies with a return date and "
    "time (en-US, en-GB, en-IN, en-AU, en-ZA, en-CA); control: a recruiter back from leave "
    "setting the interview (en-ZA).",
    "visabio19": "Visa, biometrics, background-check, drug-test and relocation-viewing "
    "appointments from mobility and screening vendors (en-US, en-GB, en-IN, en-SG, en-AU, "
    "en-CA); control: the mobility team setting an interview with the host manager (en-SG).",
    "agencynews19": "Staffing-agency newsletters with open interview days and walk-in drives, "
    "professional-network event reminders (en-US, en-GB, en-IN, en-NG, en-ZA, en-AU); "
    "control: an agency consultant booking the reader into a client interview (en-NG).",
}

NYC, CHI, LAX, TOR, VAN = (
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Vancouver",
)
LON, DEL, SYD, MEL, SIN, JNB, LOS = (
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Australia/Melbourne",
    "Asia/Singapore",
    "Africa/Johannesburg",
    "Africa/Lagos",
)


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 7) -> datetime:
    return at(2027, mo, d, h, mi, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


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
    reply_to_key: str = "",
) -> Case:
    """One direct mail (form: text, html or both); without a label a non-invitation."""
    raw = mail(
        f"negs19/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
        reply_to_key=reply_to_key,
    )
    raw = _headers(raw, headers)
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
    )


MONTHS = "January February March April May June July August September October November December"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def outlook_block(org: tuple[str, str], sent: datetime, subject: str) -> str:
    """Outlook desktop's English forward header (layout from memory)."""
    clock = pp.hm12(sent)
    stamp = f"{DAYS[sent.weekday()]}, {MONTHS.split()[sent.month - 1]} {sent.day}, {sent.year} "
    return (
        f"________________________________\nFrom: {org[0]} <{org[1]}>\nSent: {stamp}{clock}\n"
        f"To: {ME[0]} <{ME[1]}>\nSubject: {subject}\n"
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
    """The user forwards a message with a note of their own (gmail, apple or outlook)."""
    key = f"negs19/{family}/{name}"
    if client == "outlook":
        text = f"{note_text}\n\n{outlook_block(org, sent, subject)}\n{body.strip()}\n"
        raw = mail(
            key,
            sender=ME,
            to=HOOK,
            subject=f"FW: {subject}",
            sent=sent + timedelta(hours=2),
            text=text,
        )
    else:
        raw = pp.forward(
            key,
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
def panelside19() -> Iterator[Case]:
    f = "panelside19"
    ats = ("Hireloop", "no-reply@hireloop.example")
    chk(5, 13, "Thu")
    yield case(
        f,
        "you_are_interviewing",
        "en-US",
        ats,
        "Interview assigned: Priya Raman - Senior Data Analyst (Onsite, Round 2)",
        sent_on(5, 7, 15, NYC),
        "ATS notice to the reader as an interviewer: a candidate's slot, a focus area and a "
        "scorecard due after; the reader is not interviewed.",
        "Hi Sam,\n\nYou've been added to the interview panel for Priya Raman (Senior Data "
        "Analyst, Req #4471).\n\nYour interview\nThursday, May 13, 2027\n2:00 PM - 2:45 PM ET\n"
        "Room: Hudson 4B / Zoom backup\nFocus area: SQL and stakeholder communication\n\n"
        "Please review the candidate's resume before the interview and submit your scorecard "
        "within 24 hours. Scorecards submitted late delay the debrief.\n\nView interview kit: "
        "https://app.hireloop.example/kits/4471-r2\n\nHireloop on behalf of Carraway Health",
        headers=AUTO,
        form="both",
    )
    chk(5, 18, "Tue")
    yield case(
        f,
        "assessor_rota",
        "en-GB",
        ("Early Careers Team", "earlycareers@thamesbridge.example.co.uk"),
        "Assessor briefing - Graduate assessment centre, Tuesday 18 May",
        sent_on(5, 10, 11, LON),
        "UK HR asks the reader to act as an assessor at a graduate assessment centre: arrival "
        "time, interview blocks and a wash-up; the reader runs the interviews.",
        "Dear Sam,\n\nThank you for volunteering as an assessor for our graduate assessment "
        "centre. You are down for the morning session:\n\nTuesday 18 May 2027\n08:45 arrival "
        "and briefing (Meeting Room 2, 3rd floor)\n09:30 - 12:30 competency interviews "
        "(3 candidates)\n13:15 wash-up with the other assessors\n\nCandidate packs will be in "
        "your pigeonhole on Monday afternoon. Please do not discuss candidates outside the "
        "panel.\n\nMany thanks,\nGemma Hollis\nEarly Careers Team",
    )
    chk(5, 19, "Wed")
    yield case(
        f,
        "interviewer_training",
        "en-IN",
        ("L&D Desk", "learning@vistaraware.example.in"),
        "Mandatory: Structured Interviewing Certification - batch 7",
        sent_on(5, 11, 10, DEL),
        "Indian L&D nominates the reader for interviewer certification before they may sit "
        "on hiring panels; a time, but training.",
        "Dear Sam,\n\nAs you will be joining campus hiring panels this season, you have been "
        "nominated for the Structured Interviewing Certification.\n\nDate: Wednesday, 19 May "
        "2027\nTime: 3:00 PM to 5:00 PM IST\nMode: MS Teams (link will be shared one day "
        "before)\n\nYou will not be added to any interview panel until this certification is "
        "complete. Kindly block your calendar accordingly.\n\nRegards,\nLearning & "
        "Development\nVistaraware Technologies",
    )
    chk(5, 21, "Fri")
    yield case(
        f,
        "panel_debrief",
        "en-AU",
        ("Kirsty Malone", "kirsty.malone@southernrail.example.com.au"),
        "Debrief - Senior Planner interviews",
        sent_on(5, 17, 16, SYD),
        "Australian hiring lead books the panel's debrief after the candidates' interviews; "
        "the reader is a panel member.",
        "Hi all,\n\nThanks for sitting on the Senior Planner panel this week. Let's do the "
        "debrief Friday 21 May, 4pm - 4:45pm AEST, in the level 6 boardroom (Teams link for "
        "Sam and Raj).\n\nPlease have your scores in the shared sheet by midday Friday so we "
        "can compare before we talk.\n\nCheers,\nKirsty",
    )
    chk(5, 20, "Thu")
    yield case(
        f,
        "shadow_request",
        "en-SG",
        ("Talent Acquisition SG", "ta.sg@meridianpay.example.sg"),
        "Shadow interviewer request - Product Designer (L4)",
        sent_on(5, 12, 9, SIN),
        "Singapore TA asks the reader to shadow another colleague's interview as training; "
        "the candidate is someone else.",
        "Hi Sam,\n\nAs part of your interviewer onboarding, you're invited to shadow Wei Ling "
        "on a portfolio review with a Product Designer candidate.\n\nWhen: Thu, 20 May 2027, "
        "10.00am - 11.00am SGT\nWhere: Google Meet (added to your calendar separately)\n"
        "Your role: observe only; no questions to the candidate\n\nPlease submit your shadow "
        "notes in the ATS by end of day.\n\nThanks!\nTalent Acquisition, Meridian Pay",
    )
    chk(5, 26, "Wed")
    chk(5, 25, "Tue")
    yield case(
        f,
        "panel_pack",
        "en-ZA",
        ("Nomvula Dlamini", "nomvula.dlamini@karoobank.example.co.za"),
        "Panel pack: Credit Risk Analyst interviews (Wednesday)",
        sent_on(5, 20, 14, JNB),
        "South African HR sends the panel pack to the reader as a panel member: the candidates' "
        "slots and a deadline to review CVs.",
        "Good afternoon panel,\n\nAttached please find the CVs and the question guide for the "
        "Credit Risk Analyst interviews on Wednesday 26 May 2027.\n\n09:00 - Candidate A\n"
        "10:15 - Candidate B\n11:30 - Candidate C\n\nKindly go through the CVs and send me any "
        "additional questions by Tuesday 25 May at 12:00 so I can finalise the guide. Venue is "
        "Boardroom 1, Sandton.\n\nKind regards\nNomvula Dlamini\nHR Business Partner",
    )
    s = sent_on(5, 14, 12, NYC)
    yield case(
        f,
        "internal_candidate",
        "en-US",
        ats,
        "Your interview for Team Lead, Analytics (internal posting) is scheduled",
        s,
        "Control: the same ATS, but the reader applied internally and is the candidate; a set "
        "slot with ET.",
        "Hi Sam,\n\nThanks for applying to the internal posting Team Lead, Analytics. Your "
        "interview is scheduled:\n\nTuesday, May 25, 2027\n10:00 AM - 10:45 AM ET\nInterviewer: "
        "Dana Whitcomb, Director of Analytics\nLocation: Zoom (link below)\n\nNeed to "
        "reschedule? Reply to this email at least 24 hours before.\n\nhttps://zoom.example/j/"
        "5512093\n\nHireloop on behalf of Carraway Health",
        label=zoned(when(5, 25, "Tue", 10, 0, NYC), when(5, 25, "Tue", 10, 45, NYC), NYC),
        headers=AUTO,
        form="both",
    )
    s = sent_on(5, 19, 13, LOS)
    yield case(
        f,
        "promotion_interview",
        "en-NG",
        ("HR Department", "hr@zenithline.example.com.ng"),
        "Shortlisted: Internal Promotion Interview - Senior Officer",
        s,
        "Control: Nigerian HR shortlists the reader (an employee) for a promotion interview "
        "at a set time, WAT.",
        "Dear Sam,\n\nFollowing the internal advert for the role of Senior Officer, Operations, "
        "we are pleased to inform you that you have been shortlisted for interview.\n\nDate: "
        "Thursday, 27th May 2027\nTime: 11:00am WAT\nVenue: 2nd Floor Conference Room, Head "
        "Office, Marina\n\nKindly come along with your last two appraisal reports. Please "
        "acknowledge receipt of this mail.\n\nThank you.\n\nHuman Resources Department",
        label=zoned(when(5, 27, "Thu", 11, 0, LOS), None, LOS),
    )


def mockiv19() -> Iterator[Case]:
    f = "mockiv19"
    chk(5, 12, "Wed")
    yield case(
        f,
        "alumni_mock_interviewer",
        "en-GB",
        ("Careers & Employability", "careers@northgate.example.ac.uk"),
        "Thank you for volunteering - your mock interview allocation",
        sent_on(5, 4, 10, LON),
        "UK careers service thanks the reader (an alumnus) for volunteering and gives the "
        "student the reader will mock-interview; the student is interviewed, not the reader.",
        "Dear Sam,\n\nThank you for volunteering for our Alumni Mock Interview Week. You have "
        "been matched with a final-year student:\n\nStudent: Ellie Park (BSc Economics)\n"
        "Target role: graduate analyst\nMock interview: Wednesday 12 May 2027, 14:00 - 14:40 "
        "(Teams)\n\nA short feedback form will follow afterwards. Ellie has been asked to "
        "send you her CV by Monday.\n\nWith thanks,\nCareers & Employability\nNorthgate "
        "University",
    )
    chk(5, 11, "Tue")
    yield case(
        f,
        "interview_skills_workshop",
        "en-US",
        ("Career Center", "careercenter@lakeshore.example.edu"),
        "This Tuesday: Ace the Interview workshop (RSVP)",
        sent_on(5, 6, 9, CHI),
        "US careers centre promotes a group interview-skills workshop; RSVP, not an interview.",
        "Hi Sam,\n\nInterviews coming up? Join our Ace the Interview workshop - STAR answers, "
        "salary questions and a live practice round with your peers.\n\nTuesday, May 11, "
        "2027\n5:30 - 7:00 PM CT\nStudent Union, Room 204 (pizza provided)\n\nRSVP on "
        "Handshake so we order enough food. Can't make it? The slides will be posted "
        "afterwards.\n\nLakeshore University Career Center",
        headers=BULK,
        form="both",
    )
    chk(5, 15, "Sat")
    yield case(
        f,
        "mock_gd_pi",
        "en-IN",
        ("Training & Placement Cell", "tpo@srit.example.ac.in"),
        "Mock GD-PI sessions for 2027 batch - Saturday",
        sent_on(5, 10, 17, DEL),
        "Indian placement cell announces mock group discussions and personal interviews for "
        "the whole batch; a practice event.",
        "Dear Students,\n\nThe T&P Cell is conducting mock GD-PI sessions for all final-year "
        "students ahead of the placement season.\n\nDate: Saturday, 15-05-2027\nReporting "
        "time: 9:30 AM\nVenue: Seminar Hall, Block C\nDress code: Formals\n\nPanels will be "
        "allotted on the spot. Attendance is compulsory for students registered for "
        "placements.\n\nRegards,\nTraining & Placement Officer",
        headers=BULK,
    )
    s = sent_on(5, 6, 14, MEL)
    chk(5, 13, "Thu")
    yield case(
        f,
        "cv_review_appointment",
        "en-AU",
        ("Careers Hub", "careershub@southbank.example.edu.au"),
        "Appointment confirmed: CV and cover letter review",
        s,
        "Australian careers hub confirms a CV-review advising appointment; a booked time, but "
        "no interview.",
        "Hi Sam,\n\nYour Careers Hub appointment is confirmed.\n\nType: CV and cover letter "
        "review (30 min)\nWith: Careers Consultant Hannah Li\nWhen: Thursday 13 May 2027, "
        "11:00am\nWhere: Online via Zoom\n\nPlease upload your CV and the job ad to the portal "
        "24 hours beforehand. To cancel, log in to CareerHub.\n\nSouthbank Careers Hub",
        headers=AUTO,
    )
    chk(5, 10, "Mon")
    chk(5, 13, "Thu")
    yield case(
        f,
        "coop_dropin",
        "en-CA",
        ("Co-op & Career Services", "coop@fraservalley.example.ca"),
        "Interview prep drop-ins this week",
        sent_on(5, 9, 19, VAN),
        "Canadian co-op office lists drop-in interview-prep hours across the week; no booking.",
        "Hi Sam,\n\nCo-op interview season starts next week. Need a quick run-through before "
        "an employer interview? Drop in - no appointment needed.\n\nMonday May 10 to Thursday "
        "May 13\n1:00 PM - 4:00 PM PT\nCareer Services, Building B, 2nd floor\n\nBring the "
        "posting you're interviewing for. We'll see as many students as we can.\n\nCo-op & "
        "Career Services",
        headers=BULK,
    )
    chk(5, 14, "Fri")
    yield case(
        f,
        "practice_partner",
        "en-SG",
        ("Career Office", "careers@lionharbour.example.edu.sg"),
        "You've been matched with a practice interview partner",
        sent_on(5, 7, 11, SIN),
        "Singapore careers office pairs the reader with a peer for practice interviews; the "
        "two must agree a time themselves before a deadline.",
        "Dear Sam,\n\nYou've been matched with Aditi Rao (School of Computing) for peer "
        "practice interviews.\n\nPlease contact each other and agree on a time to meet before "
        "Fri, 14 May 2027, 6.00pm. Each of you should play interviewer once using the question "
        "bank attached.\n\nLet us know if you'd like to be re-matched.\n\nCareer Office",
    )
    s = sent_on(5, 10, 16, LON)
    yield case(
        f,
        "oncampus_first_round",
        "en-GB",
        ("Careers & Employability", "careers@northgate.example.ac.uk"),
        "On-campus interview confirmed: Kestrel Consulting (first round)",
        s,
        "Control: the same careers service confirms the reader's own first-round interview "
        "with an employer on campus; no zone stated.",
        "Dear Sam,\n\nKestrel Consulting has invited you to a first-round interview on campus. "
        "Your slot is confirmed:\n\nWednesday 19 May 2027, 10:40 - 11:10\nCareers Centre, "
        "Interview Room 3\nInterviewers: two Kestrel consultants\n\nPlease arrive 10 minutes "
        "early and bring a printed CV. If you can no longer attend, let us know by replying to "
        "this email so the slot can go to another student.\n\nBest wishes,\nCareers & "
        "Employability",
        label=slot(when(5, 19, "Wed", 10, 40, LON), when(5, 19, "Wed", 11, 10, LON), s),
    )
    s = sent_on(5, 17, 18, DEL)
    yield case(
        f,
        "shortlisted_technical",
        "en-IN",
        ("Training & Placement Cell", "tpo@srit.example.ac.in"),
        "Shortlist: Dhruva Systems - Technical Interview",
        s,
        "Control: the same placement cell tells the reader they are shortlisted for a company's "
        "technical interview at a set time, IST.",
        "Dear Sam Okafor (Roll No. 21CS047),\n\nCongratulations! You have been shortlisted "
        "for the Technical Interview with Dhruva Systems.\n\nDate: 20 May 2027 (Thursday)\n"
        "Time: 11:30 AM IST\nPanel: 2\nVenue: Placement Block, Room 12\n\nCarry two copies of "
        "your resume and your college ID card. Students not reporting on time will not be "
        "allowed later.\n\nRegards,\nTraining & Placement Officer",
        label=zoned(when(5, 20, "Thu", 11, 30, DEL), None, DEL),
    )


def afteriv19() -> Iterator[Case]:
    f = "afteriv19"
    chk(5, 4, "Tue")
    chk(5, 14, "Fri")
    yield case(
        f,
        "feedback_by_friday",
        "en-US",
        ("Jordan Pike", "jordan.pike@brightwell.example.com"),
        "Thanks for interviewing with Brightwell",
        sent_on(5, 5, 10, NYC),
        "US recruiter thanks the reader for the interview held on a past date and time and "
        "promises feedback by a future day and hour.",
        "Hi Sam,\n\nThanks again for spending time with the team on Tuesday, May 4 at "
        "1:00 PM. Everyone enjoyed the conversation.\n\nThe panel is meeting this week and "
        "I'll share feedback with you by Friday, May 14 at 5:00 PM ET at the latest. If "
        "anything comes up before then, just reply here.\n\nBest,\nJordan Pike\nTalent "
        "Partner, Brightwell",
    )
    chk(5, 6, "Thu")
    chk(5, 28, "Fri")
    yield case(
        f,
        "unsuccessful_after_interview",
        "en-GB",
        ("Recruitment Team", "recruitment@ashcombe.example.co.uk"),
        "Your application - Operations Manager",
        sent_on(5, 12, 15, LON),
        "UK rejection naming the past interview's date and time and offering a feedback call "
        "to be requested by a future date.",
        "Dear Sam,\n\nThank you for attending interview with us on Thursday 6 May at 10:30. "
        "After careful consideration, we regret to inform you that on this occasion you have "
        "not been successful.\n\nIf you would like feedback, please email us by 5pm on Friday "
        "28 May and a member of the panel will arrange a short call.\n\nWe wish you every "
        "success in your job search.\n\nYours sincerely,\nRecruitment Team\nAshcombe Housing",
    )
    yield case(
        f,
        "status_completed",
        "en-IN",
        ("Careers Portal", "noreply@careers.kaveriinfra.example.in"),
        "Interview Status Update - Application ID KIL/2027/10283",
        sent_on(5, 6, 12, DEL),
        "Indian careers portal status: round 2 completed on a past date and hour; the result "
        "will be declared by a future date and time.",
        "Dear Candidate,\n\nStatus of your application for Assistant Manager - Procurement:\n"
        "\nRound 2 (Technical + HR): Completed on 05-May-2027 at 03:00 PM\nResult: Awaited\n"
        "Expected declaration: 12-May-2027 by 06:00 PM IST\n\nYou will receive an email and "
        "SMS once the result is published. Please do not reply to this mail.\n\nKaveri "
        "Infrastructure Ltd - Careers",
        headers=AUTO,
        form="both",
    )
    chk(5, 3, "Mon")
    yield case(
        f,
        "keep_on_file",
        "en-AU",
        ("Tess Whelan", "tess.whelan@coastalwater.example.com.au"),
        "Procurement Lead - outcome",
        sent_on(5, 11, 9, SYD),
        "Australian rejection that recalls the past interview slot and keeps the details on "
        "file until a future date.",
        "Hi Sam,\n\nThanks for coming in on Monday 3 May at 2pm - we really appreciated the "
        "effort you put into the case study.\n\nUnfortunately we've decided to go with a "
        "candidate with more utilities experience. With your permission we'll keep your "
        "details on file until 30 November 2027 and reach out if something similar opens "
        "up.\n\nAll the best,\nTess",
    )
    chk(5, 14, "Fri")
    yield case(
        f,
        "survey_after_interview",
        "en-ZA",
        ("Talent Team", "talent@umhlabamining.example.co.za"),
        "Your interview has been completed - tell us how we did",
        sent_on(5, 10, 8, JNB),
        "South African employer: the interview is completed, a candidate survey closes on a "
        "future date and hour.",
        "Dear Sam,\n\nYour interview for Mine Planning Engineer has been completed. Thank "
        "you for your time.\n\nWe would value your honest feedback on the process. The "
        "survey takes about 3 minutes and closes on Friday 14 May 2027 at 16:00 SAST.\n\n"
        "https://survey.umhlabamining.example.co.za/c/8812\n\nThe outcome of your interview "
        "will be communicated separately.\n\nUmhlaba Mining Talent Team",
        headers=BULK,
        form="html",
    )
    chk(5, 5, "Wed")
    chk(5, 21, "Fri")
    yield case(
        f,
        "outcome_on_or_before",
        "en-NG",
        ("Adaeze Nwosu", "adaeze.nwosu@crestfield.example.com.ng"),
        "RE: Interview for Graduate Trainee",
        sent_on(5, 7, 11, LOS),
        "Nigerian HR thanks the reader for attending an interview on a past date 'by 11am' and "
        "promises the outcome on or before a future date.",
        "Dear Sam,\n\nThank you for attending the interview on Wednesday, 5th May 2027 by "
        "11am. The panel was impressed with your presentation.\n\nPlease note that the "
        "outcome will be communicated to all candidates on or before Friday, 21st May 2027. "
        "Kindly bear with us till then.\n\nBest regards,\nAdaeze Nwosu\nHR Officer, Crestfield "
        "Energy",
    )
    s = sent_on(5, 12, 14, NYC)
    yield case(
        f,
        "next_round_set",
        "en-US",
        ("Jordan Pike", "jordan.pike@brightwell.example.com"),
        "Brightwell - next round!",
        s,
        "Control: the same recruiter recalls the past interview and sets the next round at a "
        "time with ET.",
        "Hi Sam,\n\nGreat news - the team loved meeting you last Tuesday (May 4, 1:00 PM) and "
        "wants to move you forward.\n\nI've booked your final round with our VP of Product:\n"
        "Thursday, May 20, 2027, 11:00 AM - 12:00 PM ET\nGoogle Meet: https://meet.example/"
        "brw-kqpt-zzx\n\nYou'll get a calendar hold shortly. Let me know if that time doesn't "
        "work.\n\nBest,\nJordan",
        label=zoned(when(5, 20, "Thu", 11, 0, NYC), when(5, 20, "Thu", 12, 0, NYC), NYC),
    )
    s = sent_on(5, 7, 17, SIN)
    yield case(
        f,
        "final_round_sgt",
        "en-SG",
        ("Rachel Tan", "rachel.tan@harbourlogix.example.sg"),
        "Final interview - Supply Chain Analyst",
        s,
        "Control: Singapore recruiter follows the first interview on a past date with the "
        "final round at a set time, SGT, dotted clock.",
        "Dear Sam,\n\nThank you for your time at the first interview on 4 May. We are pleased "
        "to invite you to the final round with our Regional Director.\n\nDate: Tuesday, 18 May "
        "2027\nTime: 3.00pm - 4.00pm (SGT)\nVenue: 10 Harbour Link, #12-01\n\nPlease bring "
        "your NRIC for registration at the lobby. Do let me know if you are unable to make "
        "it.\n\nBest regards,\nRachel Tan\nHR Executive",
        label=zoned(when(5, 18, "Tue", 15, 0, SIN), when(5, 18, "Tue", 16, 0, SIN), SIN),
    )


def onboardit19() -> Iterator[Case]:
    f = "onboardit19"
    chk(6, 1, "Tue")
    yield case(
        f,
        "laptop_pickup",
        "en-US",
        ("IT Service Desk", "servicedesk@pelicanfreight.example.com"),
        "New hire: your laptop pickup is scheduled",
        sent_on(5, 25, 13, CHI),
        "US IT desk schedules a new hire's laptop pickup and account setup; an appointment, "
        "not an interview.",
        "Hello Sam,\n\nWelcome to Pelican Freight! Your equipment is ready.\n\nPickup "
        "appointment: Tuesday, June 1, 2027, 9:00 - 9:30 AM CT\nLocation: IT Service Desk, "
        "4th floor, 200 W Lake St\nBring: photo ID and your personal phone for MFA setup\n\n"
        "Ticket: RITM0048812\n\nIT Service Desk",
        headers=AUTO,
    )
    chk(6, 11, "Fri")
    yield case(
        f,
        "payroll_cutoff",
        "en-GB",
        ("People Services", "people@quayside.example.co.uk"),
        "Action needed before payroll cut-off",
        sent_on(5, 27, 10, LON),
        "UK HR: return P45 and bank details before the payroll cut-off day and hour.",
        "Hi Sam,\n\nTo make sure you are paid in June, we need your P45 (or starter "
        "checklist) and bank details by 12:00 on Friday 11 June 2027. Anything received after "
        "that will be processed in the July run.\n\nYou can upload both in the People Portal "
        "under My Documents.\n\nThanks,\nPeople Services",
    )
    chk(6, 7, "Mon")
    yield case(
        f,
        "joining_formalities",
        "en-IN",
        ("HR Operations", "hrops@sahyadrisoft.example.in"),
        "Joining Instructions - Date of Joining 07-Jun-2027",
        sent_on(5, 28, 11, DEL),
        "Indian joining instructions: reporting time on the first day and documents to bring; "
        "no interview.",
        "Dear Sam,\n\nWelcome to Sahyadri Software. Please find your joining details below.\n"
        "\nDate of Joining: Monday, 07-Jun-2027\nReporting Time: 9:30 AM\nVenue: Reception, "
        "Tower B, Hinjewadi Phase 2, Pune\nInduction: 10:00 AM to 1:00 PM\n\nDocuments to "
        "carry: original certificates, PAN, Aadhaar, relieving letter, 4 passport-size "
        "photographs.\n\nRegards,\nHR Operations",
    )
    chk(6, 3, "Thu")
    yield case(
        f,
        "badge_photo",
        "en-CA",
        ("Corporate Security", "security@mapleleaf-ins.example.ca"),
        "Building access: badge photo appointment",
        sent_on(5, 26, 15, TOR),
        "Canadian security office books the new hire's badge photo; a time, no interview.",
        "Hi Sam,\n\nYour building access badge will be ready on your first day. Before that, "
        "we need a photo.\n\nAppointment: Thursday, June 3, 2027 at 2:15 PM ET\nWhere: "
        "Security Office, Lobby level, 145 King St W, Toronto\n\nIf this time doesn't work, "
        "reply and we'll find another.\n\nCorporate Security",
    )
    chk(6, 7, "Mon")
    yield case(
        f,
        "buddy_coffee",
        "en-AU",
        ("Liam Doherty", "liam.doherty@bluegum.example.com.au"),
        "Welcome aboard - coffee on your first day?",
        sent_on(6, 2, 12, MEL),
        "Australian onboarding buddy sets a first-day coffee; a meeting, but not an interview.",
        "Hey Sam,\n\nI'm your onboarding buddy - welcome to Bluegum! I've booked us a coffee "
        "at 8:45am on Monday 7 June at the cafe downstairs before your induction kicks off at "
        "9:30.\n\nNo prep needed, just come as you are.\n\nSee you then,\nLiam",
    )
    yield case(
        f,
        "banking_verification",
        "en-ZA",
        ("Payroll", "payroll@highveldgroup.example.co.za"),
        "New employee: banking and tax verification",
        sent_on(6, 1, 9, JNB),
        "South African payroll asks for tax number and a bank letter before the cut-off date "
        "and hour.",
        "Dear Sam\n\nPlease upload your SARS tax number and a bank confirmation letter on "
        "the employee portal before payroll cut-off: 15 June 2027, 12:00. Late submissions "
        "will be paid in the next cycle.\n\nKind regards\nPayroll Department",
    )
    s = sent_on(5, 27, 16, NYC)
    yield case(
        f,
        "vp_conversation",
        "en-US",
        ("Maya Lindqvist", "maya.lindqvist@pelicanfreight.example.com"),
        "One more conversation before we finalize",
        s,
        "Control: before the offer is final, the recruiter sets a half-hour interview with the "
        "VP at a time with ET.",
        "Hi Sam,\n\nBefore we finalize the offer, our VP of Operations would like a 30-minute "
        "conversation with you. I've set it for Wednesday, June 2, 2027, 4:00 - 4:30 PM ET on "
        "Teams; the invite is on its way.\n\nIt's a two-way conversation - come with your "
        "questions about the team.\n\nThanks,\nMaya",
        label=zoned(when(6, 2, "Wed", 16, 0, NYC), when(6, 2, "Wed", 16, 30, NYC), NYC),
    )
    s = sent_on(5, 28, 10, LOS)
    yield case(
        f,
        "md_final_interview",
        "en-NG",
        ("HR Unit", "hr@greenlagoon.example.com.ng"),
        "Final Interview with the Managing Director",
        s,
        "Control: Nigerian HR fixes the final interview with the MD before documentation; no "
        "zone stated.",
        "Dear Sam,\n\nFurther to your successful second interview, please note that your "
        "final interview with the Managing Director has been fixed for Thursday, 3rd June 2027 "
        "at 10:00am at our Victoria Island office.\n\nKindly come with the originals of your "
        "credentials. Documentation will follow after this interview.\n\nRegards,\nHR Unit\n"
        "Green Lagoon Foods",
        label=slot(when(6, 3, "Thu", 10, 0, LOS), None, s),
    )


def holddate19() -> Iterator[Case]:
    f = "holddate19"
    chk(5, 13, "Thu")
    yield case(
        f,
        "hold_thursday_offer_call",
        "en-US",
        ("Chris Alvarez", "chris.alvarez@northpeak.example.com"),
        "Hold Thursday afternoon?",
        sent_on(5, 10, 17, NYC),
        "US recruiter asks the reader to keep an afternoon free for a possible offer call; "
        "the time will be confirmed later.",
        "Hey Sam,\n\nQuick heads-up: we're hoping to get final approval on the comp package "
        "this week. Could you keep Thursday (May 13) afternoon loose? Most likely somewhere "
        "between 2 and 4 PM ET, but I can't lock a time until the comp team signs off. I'll "
        "confirm by Wednesday night.\n\nNo need to prep anything.\n\nChris",
    )
    chk(5, 12, "Wed")
    yield case(
        f,
        "send_three_times",
        "en-GB",
        ("Olivia Brennan", "olivia.brennan@fenwickpartners.example.co.uk"),
        "Final stage - your availability please",
        sent_on(5, 7, 14, LON),
        "UK recruiter asks for three times next week for the final stage and a reply by a "
        "day and hour; nothing set.",
        "Hi Sam,\n\nGood news - the client would like to see you for the final stage. Could "
        "you send me three times you're free next week (ideally mornings, the MD is in "
        "Manchester Tuesday afternoon)?\n\nIf you can reply by 5pm on Wednesday 12 May, I'll "
        "get it confirmed before the weekend.\n\nKind regards,\nOlivia",
    )
    yield case(
        f,
        "share_availability_hr_round",
        "en-IN",
        ("Kavya Menon", "kavya.menon@talentbridge.example.in"),
        "HR Round - kindly share your availability",
        sent_on(5, 11, 12, DEL),
        "Indian consultant asks for availability in a window of days and hours, reply by a "
        "date; nothing set.",
        "Hi Sam,\n\nHope you are doing well. The client has cleared you for the HR round. "
        "Kindly share your availability between 17th and 19th May, anytime from 10 AM to 6 PM "
        "IST, so that I can block a slot with the HR Head.\n\nPlease revert by 14th May EOD.\n"
        "\nThanks & Regards,\nKavya Menon\nTalentBridge Consulting",
    )
    chk(5, 18, "Tue")
    chk(5, 14, "Fri")
    yield case(
        f,
        "pencil_in_tuesday",
        "en-AU",
        ("Ben Kowalski", "ben.kowalski@redgumtalent.example.com.au"),
        "Pencil in Tues?",
        sent_on(5, 11, 15, SYD),
        "Australian recruiter asks the reader to pencil in a window that may free up; not "
        "confirmed, will be locked in later.",
        "Hi Sam,\n\nCan you pencil in Tuesday 18 May, 10-11am? The hiring manager's diary "
        "might free up then but it's not confirmed yet - she's juggling a board meeting. I'll "
        "lock it in (or give you another option) by Friday arvo.\n\nCheers,\nBen",
    )
    chk(5, 14, "Fri")
    yield case(
        f,
        "decision_meeting",
        "en-CA",
        ("Priya Shah", "priya.shah@lakeviewenergy.example.ca"),
        "Update on your application",
        sent_on(5, 12, 11, TOR),
        "Canadian recruiter says the hiring team meets at a time to decide and she will call "
        "afterwards; the meeting is not the reader's.",
        "Hi Sam,\n\nThanks for your patience. The hiring team is meeting on Friday, May 14 at "
        "3:00 PM to make a final decision. I'll give you a call after that meeting, likely "
        "before end of day.\n\nHave a great week,\nPriya",
    )
    s = sent_on(5, 10, 13, NYC)
    asked = (
        "On Mon, May 10, 2027 at 11:42 AM Sam Okafor <sam.okafor@inbox.example> wrote:\n"
        + pp.quote(
            "Hi Chris,\n\nThanks! I could do Thursday May 13 at 2pm or Friday May 14 at 10am "
            "ET, whichever suits the team.\n\nSam"
        )
    )
    yield case(
        f,
        "thursday_2pm_works",
        "en-US",
        ("Chris Alvarez", "chris.alvarez@northpeak.example.com"),
        "Re: Next step - technical interview",
        s,
        "Control: a short reply confirming the first of the reader's two proposed times; the "
        "date sits only in the quote.",
        "Thursday 2pm works - see you then! I'll send the Zoom link tomorrow.\n\nChris\n\n" + asked,
        label=zoned(when(5, 13, "Thu", 14, 0, NYC), None, NYC),
        reply_to_key="negs19/holddate19/thursday_2pm_works/q",
    )
    s = sent_on(5, 13, 9, LON)
    asked = "On 12 May 2027, at 18:20, Sam Okafor <sam.okafor@inbox.example> wrote:\n" + pp.quote(
        "Hi Olivia,\n\nI'm free Tuesday 18 May at 10:30, Wednesday 19 May after 2pm, or "
        "Thursday morning.\n\nBest,\nSam"
    )
    yield case(
        f,
        "tuesday_1030_perfect",
        "en-GB",
        ("Olivia Brennan", "olivia.brennan@fenwickpartners.example.co.uk"),
        "Re: Final stage - your availability please",
        s,
        "Control: the UK recruiter takes the first option the reader offered; a Teams invite "
        "follows. No end time, no zone.",
        "Morning Sam,\n\nTuesday 10:30 is perfect - the MD has confirmed, and I've sent you a "
        "Teams invite. It'll be about an hour.\n\nSpeak soon,\nOlivia\n\n" + asked,
        label=slot(when(5, 18, "Tue", 10, 30, LON), None, s),
        reply_to_key="negs19/holddate19/tuesday_1030_perfect/q",
    )
    s = sent_on(5, 15, 10, DEL)
    yield case(
        f,
        "hr_round_confirmed",
        "en-IN",
        ("Kavya Menon", "kavya.menon@talentbridge.example.in"),
        "Confirmed: HR Round on 18th May",
        s,
        "Control: the same consultant confirms the HR round at a time with IST.",
        "Hi Sam,\n\nAs discussed, your HR round with Ms. Anjali Iyer (HR Head) is confirmed "
        "for Tuesday, 18th May 2027 at 4:00 PM IST over MS Teams. The link has been sent "
        "separately.\n\nAll the best!\n\nThanks & Regards,\nKavya Menon",
        label=zoned(when(5, 18, "Tue", 16, 0, DEL), None, DEL),
    )


GCAL_UPDATE = (
    "This event has been updated\nChanged: time\n\n{title}\n{when}\n\nOrganizer\n{org}\n\n"
    "Guests\n{guests}\n\nView all guest info  https://calendar.example/event?eid=Tm{eid}\n\n"
    "Reply for sam.okafor@inbox.example\nYes  No  Maybe  More options\n\nInvitation from "
    "Google Calendar\nYou are receiving this email because you are an attendee on the event."
)


def teamfwd19() -> Iterator[Case]:
    f = "teamfwd19"
    lead = ("Hannah Fisher", "hannah.fisher@ridgeway.example.co.uk")
    chk(5, 14, "Fri")
    yield fwd(
        f,
        "team_lunch_updated",
        "en-GB",
        "gmail",
        lead,
        "Updated invitation: Team lunch @ Fri 14 May 2027 12:30 - 13:30 (BST)",
        sent_on(5, 10, 9, LON),
        "not an interview - just my current team's leaving lunch for Tom, it moved again",
        GCAL_UPDATE.format(
            title="Team lunch - Tom's leaving do",
            when="Friday 14 May 2027 12:30 - 13:30 (British Summer Time)",
            org="hannah.fisher@ridgeway.example.co.uk",
            guests="Hannah Fisher - organiser\nTom Reeves\nsam.okafor@inbox.example",
            eid="9kq2",
        ),
        "Forwarded Google Calendar update for a team lunch, with the user's note that it is "
        "not an interview.",
    )
    chk(5, 11, "Tue")
    yield fwd(
        f,
        "friend_own_interview",
        "en-US",
        "apple",
        ("Jess Morales", "jess.morales@mailhub.example"),
        "wish me luck!!",
        sent_on(5, 8, 20, LAX),
        "lol this is Jess's interview not mine, ignore. Testing the forward thing.",
        "Sammy!! I got the interview at Corvid Labs - it's Tuesday May 11 at 3pm. Final "
        "round with the founders. Can we do a mock run this weekend? I'm so nervous.\n\nxx "
        "Jess",
        "A friend's note about her own interview forwarded with 'not mine'; the slot is the "
        "friend's.",
    )
    chk(5, 20, "Thu")
    yield fwd(
        f,
        "allhands_moved",
        "en-US",
        "outlook",
        ("Office of the CEO", "ceo-office@tidewaterlabs.example.com"),
        "Updated: Q2 All-Hands now Thursday May 20, 10:00 AM-11:30 AM ET",
        sent_on(5, 12, 16, NYC),
        "FYI only - company all-hands moved. Don't put this as an interview.",
        "The Q2 All-Hands has moved.\n\nNew time: Thursday, May 20, 2027, 10:00 AM - 11:30 AM "
        "(UTC-05:00) Eastern Time (US & Canada)\nWhere: Auditorium / Teams Live\n\nAgenda: "
        "Q1 results, hiring plan, Q&A with leadership. Please submit questions in advance via "
        "the form.\n\nOffice of the CEO",
        "Outlook forward of a company all-hands update; the user's note says not an interview.",
    )
    chk(5, 20, "Thu")
    yield fwd(
        f,
        "referral_maybe_coffee",
        "en-AU",
        "gmail",
        ("Matt Nguyen", "matt.nguyen@quokkamail.example"),
        "Re: referral at Southern Cross Energy",
        sent_on(5, 12, 19, SYD),
        "keeping this for later, nothing booked yet",
        "Hey mate,\n\nI've put your name forward for the analyst role. Jo (the hiring "
        "manager) is in Sydney Thursday 20 May - she said she might have time for a coffee "
        "around 3pm, but she'll confirm directly if it works. Don't hold your breath, her "
        "diary is chaos.\n\nMatt",
        "A referral friend says the hiring manager might have time for coffee; nothing set, "
        "the user says so.",
    )
    chk(5, 15, "Sat")
    yield fwd(
        f,
        "flat_viewing",
        "en-SG",
        "gmail",
        ("Marina Bay Realty", "viewings@marinabayrealty.example.sg"),
        "Viewing confirmed - 2BR condo, Tiong Bahru",
        sent_on(5, 11, 14, SIN),
        "for the relocation - flat viewing, not work",
        "Dear Sam,\n\nYour viewing is confirmed.\n\nProperty: 2BR condo, Tiong Bahru\n"
        "Date: Sat, 15 May 2027\nTime: 11.00am\nAgent: Jasmine Koh (+65 8123 4567)\n\n"
        "Please bring your employment pass in-principle approval letter.\n\nMarina Bay Realty",
        "Forwarded flat-viewing confirmation for a relocation; a set time, not an interview.",
    )
    s = sent_on(5, 12, 10, NYC)
    yield fwd(
        f,
        "interview_please_add",
        "en-US",
        "gmail",
        ("Recruiting at Tidewater", "recruiting@tidewaterlabs.example.com"),
        "Interview invitation: Senior Analyst",
        s,
        "interview! please add to my calendar",
        "Hi Sam,\n\nWe'd like to invite you to interview for the Senior Analyst role.\n\n"
        "Date: Wednesday, May 19, 2027\nTime: 2:30 PM - 3:15 PM ET\nFormat: video (Teams link "
        "to follow)\nPanel: Lena Ortiz, Hiring Manager; Omar Faruk, Senior Analyst\n\nPlease "
        "reply to confirm.\n\nRecruiting at Tidewater Labs",
        "Control: the user forwards an interview invitation with 'please add'.",
        label=zoned(when(5, 19, "Wed", 14, 30, NYC), when(5, 19, "Wed", 15, 15, NYC), NYC),
    )
    s = sent_on(5, 14, 11, SYD)
    yield fwd(
        f,
        "real_one_thursday",
        "en-AU",
        "apple",
        ("Ben Kowalski", "ben.kowalski@redgumtalent.example.com.au"),
        "Re: Pencil in Tues?",
        s,
        "this one is real - Thursday. can you add it",
        "Hi Sam,\n\nTuesday fell over, sorry - but we're locked in for Thursday 20 May, "
        "2pm AEST, at the client's office (Level 9, 1 Martin Place). Allow an hour.\n\n"
        "Cheers,\nBen",
        "Control: the user forwards the recruiter's confirmation of a moved slot with 'this "
        "one is real'.",
        label=zoned(when(5, 20, "Thu", 14, 0, SYD), None, SYD),
    )


def backon19() -> Iterator[Case]:
    f = "backon19"
    chk(5, 17, "Mon")
    yield case(
        f,
        "back_monday_9am",
        "en-US",
        ("Lauren Becker", "lauren.becker@summitcare.example.com"),
        "Automatic reply: Interview availability",
        sent_on(5, 12, 14, CHI),
        "US recruiter's auto-reply: out until a day, back at an hour; interview words from the "
        "subject only.",
        "Thank you for your email. I am out of the office with limited access to email and "
        "will return on Monday, May 17 at 9:00 AM CT.\n\nIf your message is about an "
        "interview scheduled this week, please contact recruiting@summitcare.example.com or "
        "call (312) 555-0148.\n\nLauren Becker\nSenior Recruiter",
        headers=AUTOREPLY,
    )
    chk(5, 24, "Mon")
    yield case(
        f,
        "annual_leave_uk",
        "en-GB",
        ("Sophie Grant", "sophie.grant@harrowfield.example.co.uk"),
        "Out of Office: RE: Second interview",
        sent_on(5, 13, 11, LON),
        "UK recruiter on annual leave until a date, back from a time; refers to a colleague "
        "for interviews.",
        "Hello,\n\nI'm on annual leave and back in the office on Monday 24 May from 8:30am. "
        "For anything urgent about interviews or offers, please contact my colleague James "
        "Holt (james.holt@harrowfield.example.co.uk).\n\nKind regards,\nSophie",
        headers=AUTOREPLY,
    )
    chk(5, 19, "Wed")
    yield case(
        f,
        "travelling_campus_drive",
        "en-IN",
        ("Rohit Bansal", "rohit.bansal@orbitonline.example.in"),
        "Auto Reply: Interview schedule query",
        sent_on(5, 14, 16, DEL),
        "Indian recruiter's auto-reply: travelling for a campus drive, available from a date "
        "and hour.",
        "Hi,\n\nThank you for your mail. I am travelling for a campus hiring drive and will "
        "have limited access to mails. I will be available from Wednesday, 19th May 2027, "
        "11:00 AM IST.\n\nFor interview schedule related queries, please write to "
        "ta-support@orbitonline.example.in.\n\nRegards,\nRohit Bansal",
        headers=AUTOREPLY,
    )
    chk(5, 31, "Mon")
    yield case(
        f,
        "parental_leave_au",
        "en-AU",
        ("Georgia Blake", "georgia.blake@tasmanhealth.example.com.au"),
        "Automatic reply: Following up on my interview",
        sent_on(5, 17, 10, SYD),
        "Australian HR auto-reply: away until a date; a colleague covers interview bookings.",
        "Hi there,\n\nThanks for your email. I'm currently away and will be back on Monday 31 "
        "May (from 9am AEST). Interview bookings for the nursing roles are being handled by "
        "Zoe Park in the meantime - zoe.park@tasmanhealth.example.com.au.\n\nWarm regards,\n"
        "Georgia",
        headers=AUTOREPLY,
    )
    chk(5, 18, "Tue")
    yield case(
        f,
        "workshop_away_za",
        "en-ZA",
        ("Thabo Mokoena", "thabo.mokoena@capepoint.example.co.za"),
        "Out of Office: Interview feedback",
        sent_on(5, 14, 12, JNB),
        "South African recruiter's auto-reply: at a workshop, back on a day at an hour.",
        "Good day\n\nI am attending a leadership workshop and will only be back on Tuesday, "
        "18 May 2027 at 13:00. Your email will be attended to on my return.\n\nFor urgent "
        "interview matters please call 021 555 0192.\n\nRegards\nThabo Mokoena\nTalent "
        "Acquisition Specialist",
        headers=AUTOREPLY,
    )
    chk(5, 25, "Tue")
    yield case(
        f,
        "holiday_monday_ca",
        "en-CA",
        ("Émilie Tremblay", "emilie.tremblay@northernlights.example.ca"),
        "Automatic reply: Interview scheduling - Senior Accountant",
        sent_on(5, 21, 15, TOR),
        "Canadian coordinator's auto-reply over a long weekend: back on a day at an hour.",
        "Hello,\n\nOur office is closed for Victoria Day. I will be back on Tuesday, May 25, "
        "2027 at 8:30 AM ET and will reply to interview scheduling requests in the order "
        "received.\n\nThank you for your patience,\nÉmilie Tremblay\nRecruitment Coordinator",
        headers=AUTOREPLY,
    )
    s = sent_on(5, 18, 14, JNB)
    yield case(
        f,
        "back_and_booked",
        "en-ZA",
        ("Thabo Mokoena", "thabo.mokoena@capepoint.example.co.za"),
        "RE: Interview feedback",
        s,
        "Control: the same recruiter, back from the workshop, sets the reader's second "
        "interview at a time with SAST.",
        "Hi Sam\n\nApologies for the delay - I was away at a workshop. Good news: the panel "
        "would like to see you for a second interview on Friday, 21 May 2027 from 10:00 to "
        "11:00 SAST at our Cape Town office (5th floor, 12 Long Street).\n\nPlease confirm "
        "your attendance.\n\nRegards\nThabo",
        label=zoned(when(5, 21, "Fri", 10, 0, JNB), when(5, 21, "Fri", 11, 0, JNB), JNB),
    )


def visabio19() -> Iterator[Case]:
    f = "visabio19"
    chk(6, 8, "Tue")
    yield case(
        f,
        "biometrics_appointment",
        "en-GB",
        ("Visa Application Centre", "appointments@vac-services.example.com"),
        "Appointment confirmation - biometrics enrolment",
        sent_on(5, 20, 10, LON),
        "Visa application centre confirms a biometrics appointment; no interview.",
        "Dear SAM OKAFOR,\n\nYour appointment has been booked.\n\nReference: GBR-2027-0448712"
        "\nService: Biometrics enrolment\nDate: Tuesday 08 June 2027\nTime: 09:15\nCentre: "
        "London - Central\n\nPlease arrive no earlier than 15 minutes before your appointment "
        "with your passport and appointment letter. Late arrivals may need to rebook.\n\nVisa "
        "Application Centre",
        headers=AUTO,
        form="both",
    )
    chk(5, 27, "Thu")
    yield case(
        f,
        "drug_screen_lab",
        "en-US",
        ("ClearPath Screening", "donotreply@clearpathscreen.example.com"),
        "Action required: schedule your pre-employment drug screen",
        sent_on(5, 20, 11, NYC),
        "US screening vendor: a lab visit window for a drug test with a deadline; no interview.",
        "Hello Sam,\n\nYour pre-employment drug screen has been ordered by Northpeak "
        "Logistics.\n\nCollection site: QuickLab, 410 Grand Ave, Brooklyn NY\nWalk-in hours: "
        "Mon-Fri 7:30 AM - 4:00 PM\nComplete by: Thursday, May 27, 2027 at 4:00 PM ET\n\n"
        "Bring a government photo ID and the attached donor pass. Results go directly to the "
        "employer.\n\nClearPath Screening",
        headers=AUTO,
        form="html",
    )
    chk(5, 24, "Mon")
    yield case(
        f,
        "police_verification",
        "en-IN",
        ("BGV Team", "bgv@verisure.example.in"),
        "Background Verification - address check visit",
        sent_on(5, 19, 15, DEL),
        "Indian background-verification vendor schedules a field agent's address-check visit; "
        "a time, no interview.",
        "Dear Sam,\n\nAs part of your background verification for Sahyadri Software, our "
        "field executive will visit your current address for physical verification.\n\nVisit "
        "date: Monday, 24 May 2027\nTime window: 11:00 AM to 2:00 PM\n\nKindly ensure that you "
        "or a family member is available with address proof. Case ID: BGV/PN/77120.\n\n"
        "Regards,\nBGV Operations",
    )
    chk(6, 4, "Fri")
    yield case(
        f,
        "ep_collection",
        "en-SG",
        ("Mobility Desk", "mobility@lionpeak.example.sg"),
        "Employment Pass - card collection and fingerprinting",
        sent_on(5, 25, 9, SIN),
        "Singapore mobility desk books the pass card collection and fingerprinting "
        "appointment; no interview.",
        "Hi Sam,\n\nYour Employment Pass has been approved. We have booked your appointment "
        "for fingerprinting and photo at the services centre:\n\nFri, 4 Jun 2027, 2.30pm\n"
        "Bring: passport, IPA letter, appointment letter\n\nThe card will be delivered to the "
        "office within 4 working days. Please let us know if you need to change the "
        "date.\n\nBest,\nMobility Desk, Lion Peak",
    )
    chk(5, 29, "Sat")
    yield case(
        f,
        "rental_viewing_au",
        "en-AU",
        ("Relocation Team", "relocate@harbourmove.example.com.au"),
        "Your relocation: three rental inspections booked",
        sent_on(5, 24, 13, SYD),
        "Australian relocation vendor lists rental inspections for the new hire; times, no "
        "interview.",
        "Hi Sam,\n\nWe've booked three rental inspections for you on Saturday 29 May:\n\n"
        "10:00am - 14 Ocean St, Bondi (2 bed)\n11:15am - 3/22 Hall St, Bondi Beach (2 bed)\n"
        "12:30pm - 7 Birrell St, Waverley (3 bed)\n\nYour consultant Ava will meet you at the "
        "first property.\n\nRelocation Team",
    )
    chk(6, 1, "Tue")
    yield case(
        f,
        "medical_exam_ca",
        "en-CA",
        ("Panel Physician Office", "bookings@maplemedical.example.ca"),
        "Immigration medical exam - appointment",
        sent_on(5, 21, 11, TOR),
        "Canadian panel physician's immigration medical exam appointment; no interview.",
        "Dear Sam Okafor,\n\nThis confirms your immigration medical examination.\n\nDate: "
        "Tuesday, June 1, 2027\nTime: 8:00 AM (please fast from midnight)\nAddress: 250 Bloor "
        "St E, Suite 400, Toronto\n\nBring your passport, glasses if you wear them and your "
        "vaccination record.\n\nMaple Medical",
    )
    s = sent_on(5, 27, 10, SIN)
    yield case(
        f,
        "host_manager_interview",
        "en-SG",
        ("Mobility Desk", "mobility@lionpeak.example.sg"),
        "Interview with your host manager - Singapore role",
        s,
        "Control: the same mobility desk sets an interview with the host-country manager at a "
        "time with SGT.",
        "Hi Sam,\n\nBefore the transfer is confirmed, your host manager in Singapore would "
        "like to interview you.\n\nDate: Wednesday, 2 June 2027\nTime: 9.00am - 9.45am SGT\n"
        "Format: Teams video call\nInterviewer: Daniel Lim, Head of Finance APAC\n\nPlease "
        "reply to confirm.\n\nBest,\nMobility Desk, Lion Peak",
        label=zoned(when(6, 2, "Wed", 9, 0, SIN), when(6, 2, "Wed", 9, 45, SIN), SIN),
    )


def agencynews19() -> Iterator[Case]:
    f = "agencynews19"
    chk(5, 15, "Sat")
    yield case(
        f,
        "open_interview_day_us",
        "en-US",
        ("StaffRight", "news@staffright.example.com"),
        "Hiring now: Open Interview Day this Saturday",
        sent_on(5, 10, 8, CHI),
        "US staffing newsletter: walk-in open interview day for warehouse roles; no slot for "
        "the reader.",
        "Now hiring in the Chicago area!\n\nOPEN INTERVIEW DAY\nSaturday, May 15, 2027\n"
        "9:00 AM - 1:00 PM CT\nStaffRight Branch, 5520 S Archer Ave\n\nWarehouse associates, "
        "forklift operators, shipping clerks. Walk in with two forms of ID - interviews on the "
        "spot, offers same day.\n\nCan't make it? Apply online anytime.\n\nUnsubscribe: "
        "https://staffright.example.com/u",
        headers=BULK,
        form="html",
    )
    chk(5, 20, "Thu")
    yield case(
        f,
        "jobs_bulletin_uk",
        "en-GB",
        ("Hartley Recruitment", "jobs@hartleyrecruit.example.co.uk"),
        "This week's jobs + our interview clinic",
        sent_on(5, 13, 7, LON),
        "UK agency bulletin: new roles and a free interview clinic on a day and hour.",
        "Hi Sam,\n\nNew this week: Payroll Administrator (Leeds), Customer Service Team Leader "
        "(Bradford), Office Manager (Harrogate).\n\nFree interview clinic: Thursday 20 May, "
        "6pm-7pm, on Zoom. Our consultants share what clients are asking in interviews right "
        "now. Register at hartleyrecruit.example.co.uk/clinic\n\nHartley Recruitment",
        headers=BULK,
        form="both",
    )
    chk(5, 22, "Sat")
    yield case(
        f,
        "walkin_drive_in",
        "en-IN",
        ("HireHub Jobs", "alerts@hirehub.example.in"),
        "Walk-in Drive: Customer Support (Voice) - 22nd May",
        sent_on(5, 18, 9, DEL),
        "Indian job-alert mail for a walk-in drive; a date and time window for everyone.",
        "Dear Jobseeker,\n\nWALK-IN DRIVE for Customer Support (Voice) - International "
        "Process\n\nDate: Saturday, 22nd May 2027\nTime: 10:00 AM to 3:00 PM\nVenue: Orion "
        "BPO Services, 3rd Floor, Cyber Towers, Hyderabad\nContact: HR Team\n\nEligibility: "
        "any graduate, excellent English communication. Carry updated resume.\n\nThis is an "
        "auto-generated job alert from HireHub.",
        headers=BULK,
    )
    chk(5, 27, "Thu")
    yield case(
        f,
        "network_event_ng",
        "en-NG",
        ("ProConnect Events", "events@proconnect.example.com.ng"),
        "Reminder: Lagos Careers Mixer is next Thursday",
        sent_on(5, 20, 12, LOS),
        "Nigerian professional-network event reminder: a careers mixer with recruiters; an "
        "event, no interview.",
        "Hi Sam,\n\nYou registered for the Lagos Careers Mixer.\n\nThursday, 27 May 2027\n"
        "5:00pm - 8:00pm WAT\nThe Civic Hall, Victoria Island\n\nMeet recruiters from 20+ "
        "firms, attend CV clinics and quick-fire mock interviews. Bring copies of your CV.\n"
        "\nSee you there!\nProConnect Events",
        headers=BULK,
    )
    chk(5, 26, "Wed")
    yield case(
        f,
        "recruitment_day_za",
        "en-ZA",
        ("Khanyisa Staffing", "info@khanyisastaffing.example.co.za"),
        "Recruitment Day - Call Centre Agents (Durban)",
        sent_on(5, 19, 10, JNB),
        "South African agency newsletter announces a recruitment day with assessments and "
        "interviews for all comers.",
        "Good day Sam\n\nKhanyisa Staffing is hosting a Recruitment Day for 60 call centre "
        "agent positions.\n\nWednesday 26 May 2027, 08:00 - 14:00\nKhanyisa Durban Branch, "
        "Smith Street\n\nCandidates will complete a short assessment and may be interviewed "
        "on the day. Bring your ID, matric certificate and CV.\n\nKhanyisa Staffing",
        headers=BULK,
    )
    chk(5, 25, "Tue")
    yield case(
        f,
        "webinar_reminder_au",
        "en-AU",
        ("Careerlink", "events@careerlink.example.com.au"),
        "Starting soon: Nailing the panel interview (live)",
        sent_on(5, 25, 9, MEL),
        "Australian professional-network webinar reminder about panel interviews; an event.",
        "Hi Sam,\n\nYour live session starts today.\n\nNailing the panel interview\nTuesday "
        "25 May 2027, 12:30pm - 1:15pm AEST\nHost: Careerlink Community\n\nJoin here: "
        "https://careerlink.example.com.au/live/panel\n\nYou're getting this because you "
        "registered for this event.",
        headers=BULK,
        form="html",
    )
    s = sent_on(5, 21, 14, LOS)
    yield case(
        f,
        "client_interview_ng",
        "en-NG",
        ("Tobi Adeyemi", "tobi.adeyemi@proconnect-staffing.example.com.ng"),
        "Interview with our client - Finance Analyst",
        s,
        "Control: an agency consultant books the reader into a client's interview at a time "
        "with WAT.",
        "Dear Sam,\n\nThank you for meeting me at the Careers Mixer. I'm pleased to let you "
        "know that our client, a leading FMCG company, would like to interview you for the "
        "Finance Analyst role.\n\nDate: Tuesday, 1st June 2027\nTime: 10:30am - 11:30am WAT\n"
        "Venue: 14 Adeola Odeku Street, Victoria Island\n\nKindly confirm your availability "
        "by replying to this mail.\n\nWarm regards,\nTobi Adeyemi\nSenior Consultant",
        label=zoned(when(6, 1, "Tue", 10, 30, LOS), when(6, 1, "Tue", 11, 30, LOS), LOS),
    )


BUILDERS = [
    panelside19,
    mockiv19,
    afteriv19,
    onboardit19,
    holddate19,
    teamfwd19,
    backon19,
    visabio19,
    agencynews19,
]

MEASURED: list[str] = [
    "First sight (parser at main 752eb9f2, before any change for this batch): dev: 13 of 13 "
    "invitations with the right start (12 sure), 9 of 34 negatives claimed with confidence "
    ">= 0.5 (all six panel-side mails, a careers CV-review appointment, an onboarding "
    "buddy's coffee, a referral's maybe-coffee); held out: 3 of 3 invitations right (1 "
    "sure), 2 of 18 negatives claimed; no calendar-bearing mail in the batch.",
    "",
    "After the batch's rules: dev 13 of 13 right (12 sure), 2 of 34 claimed; held out 3 of 3 "
    "right (1 sure), 2 of 18 claimed (unchanged, as it should be: no rule was written from "
    "them). Whole splits (quick.py, batch included): dev false claims 17 -> 10 of 1367, sure "
    "1551 and text 1740/1757 unchanged; shared, fixtures and held out unchanged (held out "
    "799/852, 667 sure, 58/625 claimed). Left in dev: a UK assessor rota ('Thank you for "
    "volunteering as an assessor') and a South African panel pack ('Good afternoon panel') "
    "are still claimed (no second source found for either phrase); the Australian forwarded "
    "confirmation 'we're locked in for Thursday 20 May, 2pm AEST' stays unsure (no meeting "
    "word in it).",
    "",
    "After merging main bb2557b9 (quick.py): main alone dev 1802/1821 text, 1593 sure, 8/1363 "
    "claimed; held out 824/879, 684 sure, 56/617 claimed. This branch: dev 1815/1834, 1605 "
    "sure, 10/1397 claimed; held out 827/882, 685 sure, 58/635 claimed; cmp.py lists no "
    "file broken and held out 0 worse (the differences are this batch's own files).",
]

RULES: list[str] = [
    "- The reader is put on the panel (`READER_ON_PANEL_CUES`, `on_the_panel`): 'You've been",
    "  added to the interview panel for ...', 'thank you for agreeing to serve / sitting on",
    "  the ... panel', 'you are on the panel', 'interviewer / panelist training'. Stronger",
    "  than the duty words of `interviewer_side`: a 'Your interview' heading in such a notice",
    "  is the one the reader runs, so it does not undo the cap; naming the reader as the",
    "  candidate does. Only 'you' as the one added or thanked ('Dana has been added to the",
    "  panel' and 'invited to a panel interview' stay the reader's own). Sources: public code",
    "  (several ATS and HR apps' panel notices: 'You've been added to the interview panel for",
    "  ${candidateName}', subject 'You're on the interview panel for ...', 'You are added to",
    "  the interview panel'), a public-sector panel letter ('Thank you for agreeing to serve",
    "  on the interview panel ... A brief, mandatory panelist training is ...'), corpus",
    "  `panelbrief` en-GB ('you are on the panel', 'sit on the panel for') and this batch's",
    "  `panelside19`.",
    "- Careers-advising appointments (`ADVISING_CUES`): 'Appointment confirmed: CV ...',",
    "  'CV/cover letter review appointment', 'career advice appointment', 'appointment with a",
    "  careers consultant'. Sources: a university careers service's public appointment policy",
    "  ('appointments for CV/Cover Letter/Application Reviews', 'Careers Consultants'), corpus",
    "  `careersvc` (German 'CV-Check', Swedish 'CV-granskning' bookings) and this batch's",
    "  `mockiv19` en-AU.",
    "- An onboarding buddy's first-day meeting is new-hire business (`NEW_HIRE_CUES`: 'I'm",
    "  your onboarding buddy', 'I am your \"Buddy\"'): public buddy-programme templates ('I am",
    "  your \"Buddy\" ... I would like to schedule a video meeting with you', 'First day: meet",
    "  or schedule time') and this batch's `onboardit19` en-AU.",
    "- A time that someone 'will confirm if it works' is pending (`PENDING_CUES`): public chat",
    "  replies ('Tell me your timeline and I'll confirm if it works', 'Let me know your budget",
    "  and I'll confirm if it works') and this batch's `teamfwd19` en-AU referral note.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs19 batch (`build_negs19.py`)",
        "",
        "English mail a job seeker really receives that carries a future date and time and "
        "interview words yet books no interview for the reader, in US, UK, Indian, "
        "Australian, Singaporean, South African, Nigerian and Canadian voices, with genuine "
        "bookings in the same voices as controls. All text is ours (no third-party text "
        "copied; layouts written from memory of such mail, no product's template "
        "reproduced); people, companies, addresses and links are made up. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "the message.",
        "",
        "Panel and interviewer mail where the reader interviews others, careers-office mock "
        "interviews and workshops, after-interview mail, onboarding appointments and "
        "deadlines, 'hold the date' and availability requests, forwarded non-interview "
        "calendar updates and notes, out-of-office replies, mobility and screening "
        "appointments and agency newsletters are `not_invitation`; a set interview for the "
        "reader is an `invitation` with its time.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs19.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs19.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
