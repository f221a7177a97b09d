"""Write the "formal25" batch: formal interview invitation letters from public bodies.

Run: .venv/bin/python tests/parsing/corpus/build_formal25.py

Interview letters as public-sector bodies, universities, hospitals, schools and large employers
send them, in the mail text: UK NHS trusts and councils ('10:00 hrs', 'half past ten'), Indian
PSUs ('reporting time 9.30 AM' before a '10.00 AM' interview), Australian and New Zealand state
agencies, Canadian federal departments (en/fr '10 h 00'), Philippine agencies, German Behörden
('Vorstellungsgespräch ... um 10:00 Uhr, bitte melden Sie sich ... an der Pforte'), the French
fonction publique ('convocation à un entretien'), Spanish, Polish, Swedish/Danish/Norwegian,
Japanese and (held out) Italian, Dutch, Korean and African public employers. About one message
in four is a look-alike from the same kind of sender: written-exam convocations, results and
shortlist notices, document-verification days, public notices listing many candidates' slots.

Labels give the interview's own time, never the reporting or arrival time (as
tests/parsing/test_arrival_before_start.py and the civilservice labels do). Every label was
written from the datetimes the text is rendered from (weekday names checked against the date)
before the parser was run on any message; the split was fixed before then too. Helpers follow
build_negs24.py (mail helpers of build_parse-pos.py, loaded). Output is deterministic; the
script deletes or writes only files of its own families.
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
n17 = _load("build_negs17", "build_negs17.py")
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = n17.ME
HAND = (
    "hand-written; formal interview letters and look-alike notices of public bodies, "
    "universities, hospitals and large employers, written for this corpus from memory of such "
    "letters, no template or third-party text copied; " + OWN
)
NEG = "not_invitation"
MIN = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "nhsletter25": "dev",
    "psucall25": "dev",
    "council25": "dev",
    "aunzgov25": "dev",
    "cafed25": "dev",
    "phgov25": "dev",
    "behoerde25": "dev",
    "fonction25": "dev",
    "oposic25": "dev",
    "urzad25": "dev",
    "kommun25": "dev",
    "koumuin25": "dev",
    "africa25": "heldout",
    "concorsi25": "heldout",
    "gemeente25": "heldout",
    "gonggi25": "heldout",
}

SOURCES = {
    "nhsletter25": "NHS trust interview letters in the mail text ('10:00 hrs', '1030hrs', a "
    "Date | Time | Venue table, 'please arrive 15 minutes early', documents to bring; en-GB); "
    "look-alike: a pre-employment ID-check appointment after the offer.",
    "psucall25": "Indian PSU and government call letters with a reporting time before the "
    "interview time ('reporting time 9.30 AM', 'interview at 10.00 AM'; en-IN); look-alikes: "
    "a written-test admit card and a document-verification schedule.",
    "council25": "UK council and school interview letters ('half past ten', '2 o'clock', "
    "ordinals; en-GB); look-alike: a shortlisting-outcome notice with no date set.",
    "aunzgov25": "Australian state and New Zealand agency interview letters ('10.30am AEDT', "
    "'Interview details' blocks; en-AU, en-NZ); look-alike: a merit-pool notification.",
    "cafed25": "Canadian federal departments, English and French ('10 h 00', 'heure de "
    "l'Est'; en-CA, fr-CA); look-alike: a second-language evaluation (written test) convocation.",
    "phgov25": "Philippine agencies and a state university (en-PH, fil); look-alike: an "
    "exam-schedule notice for all applicants.",
    "behoerde25": "German Behörden and a Landesamt ('Vorstellungsgespräch am ... um 10:00 Uhr', "
    "'bitte melden Sie sich ... an der Pforte'; de); look-alike: an Auswahltest (written test).",
    "fonction25": "French fonction publique and a CHU ('convocation à un entretien', '10h00', "
    "'merci de vous présenter 15 minutes avant'; fr); look-alike: 'convocation aux épreuves "
    "écrites'.",
    "oposic25": "Spanish public bodies and a university ('entrevista personal', "
    "'a las 10:00 horas'; es); look-alikes: a provisional admitted list and an exam call.",
    "urzad25": "Polish urzędy and a hospital ('rozmowa kwalifikacyjna ... o godz. 10:00'; pl); "
    "look-alike: a results notice of the selection ('wyniki naboru').",
    "kommun25": "Swedish, Danish and Norwegian municipalities and regions ('kl. 10.00', "
    "'intervju', 'samtale'; sv, da, nb); look-alike: a Danish test-day invitation for all "
    "applicants.",
    "koumuin25": "Japanese public bodies and universities (面接試験, 集合時刻 before 面接開始; "
    "ja); look-alike: a 一次試験 (written test) notice.",
    "africa25": "South African, Nigerian and Kenyan employers ('1000hrs', 'the 15th day of "
    "February', 'Interview time' vs 'Reporting time'; en-ZA, en-NG, en-KE); look-alike: a "
    "public notice listing many candidates' slots.",
    "concorsi25": "Italian concorsi and a university ('convocazione al colloquio', 'ore 10:00'; "
    "it); look-alike: a prova scritta calendar.",
    "gemeente25": "Dutch gemeenten and a hospital ('sollicitatiegesprek op ... om 10.00 uur'; "
    "nl); look-alike: an assessment booking for all applicants by an agency.",
    "gonggi25": "Korean public institutions (면접전형, 면접 시간 vs 집결 시간; ko); look-alike: a "
    "필기전형 notice.",
}

LON, KOL, SYD, AKL, TOR = (
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/Toronto",
)
JNB, LOS, NBO, MNL = "Africa/Johannesburg", "Africa/Lagos", "Africa/Nairobi", "Asia/Manila"
BER, PAR, ROM, MAD, WAW, AMS, STO, CPH, OSL = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Rome",
    "Europe/Madrid",
    "Europe/Warsaw",
    "Europe/Amsterdam",
    "Europe/Stockholm",
    "Europe/Copenhagen",
    "Europe/Oslo",
)
TYO, SEO, MEL = "Asia/Tokyo", "Asia/Seoul", "Australia/Melbourne"


def when(mo: int, d: int, weekday: str, h: int, mi: int, zone: str) -> datetime:
    """A 2027 time, checked against the weekday the text names."""
    return at(2027, mo, d, h, mi, zone, weekday)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2027, mo, d, h, mi, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2027, mo, d, 12, 0, "UTC", weekday)


def html_page(text: str) -> str:
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return (
        "<html><head><meta charset='utf-8'></head><body style='font-family:Arial'>\n"
        f"{body}</body></html>\n"
    )


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    label: dict[str, object] | None,
    form: str,
) -> Case:
    raw = mail(
        f"formal25/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text if form in ("text", "both") else None,
        html=html_page(text) if form in ("html", "both") else None,
    )
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family, SPLITS[family], f"{lang}_{name}", raw, label or {"kind": NEG}, lang, note, HAND, OWN
    )


def neg(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    days: tuple[tuple[int, int, str], ...] = (),
    form: str = "text",
) -> Case:
    """A look-alike; every weekday its text names is checked first."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    return case(family, name, lang, sender, subject, sent, note, text, None, form)


def inv(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    start: datetime,
    minutes: int | None = None,
    *,
    zone: str | None = None,
    form: str = "text",
) -> Case:
    """The reader's interview; zone given when the text states it, else wall time."""
    end = start + minutes * MIN if minutes else None
    label: dict[str, object] = {"kind": "invitation"}
    label.update(timed(start, end, zone=zone) if zone else timed(start, end, sent=sent))
    return case(family, name, lang, sender, subject, sent, note, text, label, form)


# FAMILIES
def nhsletter25() -> Iterator[Case]:
    f = "nhsletter25"
    s = ("Recruitment Team, Northvale NHS Foundation Trust", "recruitment@northvale-nhs.example")
    sent = sent_on(1, 6, 10, LON)
    yield inv(
        f,
        "hrs_arrive_early",
        "en-GB",
        s,
        "Invitation to interview - Band 6 Staff Nurse (Ref 281-AC-4417)",
        sent,
        "Trust letter: 'Tuesday 19 January 2027 at 10:00 hrs'; arrive 15 minutes early; "
        "documents to bring.",
        "Dear Alex Morgan\n\nPost: Band 6 Staff Nurse, Acute Medical Unit\nReference: "
        "281-AC-4417\n\nFollowing shortlisting, I am pleased to invite you to attend an "
        "interview for the above post on Tuesday 19 January 2027 at 10:00 hrs. The interview "
        "will last approximately 45 minutes and will take place in the Education Centre, "
        "Room 3, Northvale General Hospital.\n\nPlease arrive 15 minutes before your "
        "interview time and report to the main reception.\n\nPlease bring with you: your "
        "passport or other photographic ID, proof of address dated within the last three "
        "months, and your NMC PIN.\n\nPlease confirm your attendance by replying to this "
        "email.\n\nYours sincerely\n\nRecruitment Team\nNorthvale NHS Foundation Trust",
        when(1, 19, "Tue", 10, 0, LON),
        45,
    )
    sent = sent_on(1, 8, 14, LON)
    yield inv(
        f,
        "table_date_time_venue",
        "en-GB",
        s,
        "Interview arrangements - Clinical Coding Officer",
        sent,
        "Table 'Date | Time | Venue' with '1030hrs'; a presentation beforehand is part of it.",
        "Dear Alex\n\nThank you for your application for the post of Clinical Coding Officer "
        "(Band 4). You have been shortlisted and we would like to invite you for interview.\n\n"
        "Date | Time | Venue\nThursday 21 January 2027 | 1030hrs | Seminar Room B, Trust "
        "Headquarters, Millbank Road\n\nThe panel will be Mrs J Okafor (Coding Manager) and "
        "Mr D Hale (HR Business Partner). You will be asked to give a five-minute "
        "presentation at the start of the interview.\n\nPlease bring your original "
        "certificates and two forms of ID.\n\nKind regards\nRecruitment Team",
        when(1, 21, "Thu", 10, 30, LON),
    )
    sent = sent_on(1, 11, 9, LON)
    yield inv(
        f,
        "video_teams_hrs",
        "en-GB",
        s,
        "Virtual interview - Pharmacy Technician (Ref 281-PH-9902)",
        sent,
        "Video interview letter: 'Monday 25 January 2027 at 14:15 hrs (UK time)', 30 minutes; "
        "join 10 minutes early.",
        "Dear Alex Morgan\n\nWe are pleased to invite you to a virtual interview for the post of "
        "Pharmacy Technician.\n\nYour interview is on Monday 25 January 2027 at 14:15 hrs (UK "
        "time) and is expected to last 30 minutes. It will be held on Microsoft Teams; the "
        "joining link will be sent the day before. Please join 10 minutes early so that we can "
        "check your ID on camera.\n\nIf you require any reasonable adjustments, please let us "
        "know.\n\nRecruitment Team\nNorthvale NHS Foundation Trust",
        when(1, 25, "Mon", 14, 15, LON),
        30,
        zone=LON,
    )
    sent = sent_on(1, 12, 11, LON)
    yield inv(
        f,
        "html_letter_ordinal",
        "en-GB",
        ("Medical Staffing, Eastmere Hospitals NHS Trust", "medical.staffing@eastmere-nhs.example"),
        "Interview: Specialty Doctor in Paediatrics",
        sent,
        "HTML-only letter: 'on Wednesday 3rd February 2027 at 09:30', registration at 09:00.",
        "Dear Dr Morgan\n\nRe: Specialty Doctor in Paediatrics\n\nI am writing to invite you to "
        "an interview on Wednesday 3rd February 2027 at 09:30. Registration opens at 09:00 in "
        "the Postgraduate Centre, Level 2. The Advisory Appointments Committee will be chaired "
        "by the Clinical Director.\n\nPlease bring your GMC certificate, passport and the "
        "originals of your qualifications.\n\nYours sincerely\n\nMedical Staffing Officer",
        when(2, 3, "Wed", 9, 30, LON),
        form="html",
    )
    sent = sent_on(1, 13, 15, LON)
    yield inv(
        f,
        "moved_new_time",
        "en-GB",
        s,
        "Change of interview time - Band 6 Staff Nurse",
        sent,
        "The trust moves the reader's interview: 'now at 11:30 hrs on the same day' (Tuesday "
        "19 January 2027); the old 10:00 hrs is named.",
        "Dear Alex Morgan\n\nDue to a change in panel availability, your interview on Tuesday "
        "19 January 2027 has been moved from 10:00 hrs and will now take place at 11:30 hrs on "
        "the same day, in the Education Centre, Room 3. All other arrangements remain as in "
        "our letter of 6 January.\n\nWe apologise for any inconvenience.\n\nRecruitment Team",
        when(1, 19, "Tue", 11, 30, LON),
    )
    sent = sent_on(1, 20, 10, LON)
    yield neg(
        f,
        "id_check_after_offer",
        "en-GB",
        s,
        "Pre-employment checks - ID appointment",
        sent,
        "Look-alike: after the conditional offer, an ID and document check appointment at the "
        "recruitment office (Thursday 28 January 2027 at 11:00 hrs); no interview.",
        "Dear Alex Morgan\n\nCongratulations again on your conditional offer of employment. "
        "To progress your pre-employment checks we have booked an identity check appointment "
        "for you on Thursday 28 January 2027 at 11:00 hrs at the Recruitment Office, Trust "
        "Headquarters.\n\nPlease bring your passport, proof of address and your DBS "
        "application reference. The appointment takes about 20 minutes.\n\nRecruitment Team",
        ((1, 28, "Thu"),),
    )


def psucall25() -> Iterator[Case]:
    f = "psucall25"
    s = ("HR Recruitment Cell, Bharat Grid Power Ltd", "rectt.cell@bgpl-psu.example")
    sent = sent_on(1, 4, 11, KOL)
    yield inv(
        f,
        "reporting_vs_interview",
        "en-IN",
        s,
        "Call letter for Personal Interview - Engineer (Electrical) - Advt. No. 07/2026",
        sent,
        "PSU call letter: 'The interview will be held on 15.01.2027 at 10.00 AM'; 'Reporting "
        "time: 9.30 AM' is not the start.",
        "Dear Candidate,\n\nRoll No.: 0714452\nName: ALEX MORGAN\nPost: Engineer (Electrical), "
        "E2 Grade\n\nWith reference to your application against Advertisement No. 07/2026, you "
        "have been shortlisted for the Personal Interview.\n\nThe interview will be held on "
        "15.01.2027 (Friday) at 10.00 AM at the Corporate Office, Sector 29, Gurugram.\n"
        "Reporting time: 9.30 AM\n\nYou are requested to bring the following documents in "
        "original along with one set of self-attested photocopies: 1. This call letter "
        "2. Proof of date of birth 3. Degree certificate and marksheets 4. Caste certificate "
        "(if applicable) 5. NOC from present employer (for PSU/Government employees).\n\n"
        "No TA/DA will be paid. Candidates reporting after 10.00 AM will not be allowed.\n\n"
        "Sr. Manager (HR)\nRecruitment Cell",
        when(1, 15, "Fri", 10, 0, KOL),
    )
    sent = sent_on(1, 5, 16, KOL)
    yield inv(
        f,
        "table_reporting_ist",
        "en-IN",
        (
            "Recruitment Section, Central Institute of Fisheries Technology",
            "recruitment@cift-inst.example",
        ),
        "Interview schedule - Project Associate-I",
        sent,
        "Table with 'Reporting Time 09:00 hrs' and 'Interview Time 10:30 hrs (IST)' on "
        "20/01/2027; the start is 10:30.",
        "Dear Sir/Madam,\n\nYou are hereby informed that you have been shortlisted for the "
        "walk-in interview for the post of Project Associate-I (Project Code P-118).\n\n"
        "Date of Interview: 20/01/2027 (Wednesday)\nReporting Time: 09:00 hrs\nInterview Time: "
        "10:30 hrs (IST)\nVenue: Conference Hall, Main Building, Willingdon Island, Kochi\n\n"
        "Candidates must report for document verification at the reporting time. Mobile phones "
        "are not allowed inside the hall.\n\nAdministrative Officer",
        when(1, 20, "Wed", 10, 30, KOL),
        zone=KOL,
    )
    sent = sent_on(1, 7, 12, KOL)
    yield inv(
        f,
        "forenoon_session",
        "en-IN",
        ("Recruitment, Deccan Steel Authority", "careers@deccansteel-psu.example"),
        "Intimation of interview - Management Trainee (HR)",
        sent,
        "'on 22nd January 2027 (Friday) at 11:00 AM'; 'please report at 10:00 AM' before it.",
        "Dear Mr. Alex Morgan,\n\nWe are pleased to inform you that you have qualified in the "
        "Group Discussion and are called for the Personal Interview on 22nd January 2027 "
        "(Friday) at 11:00 AM at our Regional Office, Bhilai.\n\nPlease report at 10:00 AM at "
        "the Reception, Administrative Building, with your call letter and original "
        "documents.\n\nThe interview board will comprise senior officers of the company.\n\n"
        "Dy. General Manager (Personnel)",
        when(1, 22, "Fri", 11, 0, KOL),
    )
    sent = sent_on(1, 8, 10, KOL)
    yield inv(
        f,
        "university_faculty",
        "en-IN",
        ("Registrar, Vindhya Central University", "registrar@vindhya-cu.example"),
        "Interview for the post of Assistant Professor (Computer Science)",
        sent,
        "University letter: 'The interview will be held on 29.01.2027 at 2.30 PM'; reporting "
        "'by 2.00 PM' for scrutiny of documents is not the start.",
        "Dear Dr. Morgan,\n\nWith reference to your application for the post of Assistant "
        "Professor in the Department of Computer Science, you are requested to appear before "
        "the Selection Committee.\n\nThe interview will be held on 29.01.2027 (Friday) at "
        "2.30 PM in the Committee Room, Administrative Block.\nCandidates should report to "
        "the Recruitment Section by 2.00 PM for scrutiny of documents.\n\nPlease bring all "
        "original certificates, publications and experience certificates.\n\nRegistrar",
        when(1, 29, "Fri", 14, 30, KOL),
    )
    sent = sent_on(1, 6, 15, KOL)
    yield neg(
        f,
        "written_test_admit_card",
        "en-IN",
        s,
        "Admit card - Computer Based Test - Advt. No. 08/2026",
        sent,
        "Look-alike: admit card for a computer-based written test, 'Reporting time 8.00 AM, "
        "Exam time 9.00 AM to 11.00 AM' on 24.01.2027; no interview.",
        "Dear Candidate,\n\nYour admit card for the Computer Based Test (CBT) for the post of "
        "Officer Trainee (Finance), Advt. No. 08/2026, is now available.\n\nDate of Exam: "
        "24.01.2027 (Sunday)\nReporting Time: 8.00 AM\nExam Time: 9.00 AM to 11.00 AM\nTest "
        "Centre: iON Digital Zone, Okhla Phase II, New Delhi\n\nCandidates shortlisted on "
        "the basis of the CBT will be called for interview later; dates will be notified on "
        "the website.\n\nRecruitment Cell",
        ((1, 24, "Sun"),),
    )
    sent = sent_on(1, 9, 13, KOL)
    yield neg(
        f,
        "document_verification_day",
        "en-IN",
        ("Recruitment, Deccan Steel Authority", "careers@deccansteel-psu.example"),
        "Document verification - selected candidates - Junior Engineer",
        sent,
        "Look-alike: document verification for candidates already selected, 'on 27.01.2027 "
        "at 10.00 AM'; no interview.",
        "Dear Candidate,\n\nConsequent upon your provisional selection for the post of Junior "
        "Engineer (Mechanical), you are required to attend document verification and medical "
        "examination on 27.01.2027 (Wednesday) at 10.00 AM at the Personnel Department, "
        "Bhilai.\n\nPlease bring all original certificates. Failure to attend will lead to "
        "cancellation of candidature.\n\nDy. General Manager (Personnel)",
        ((1, 27, "Wed"),),
    )


def council25() -> Iterator[Case]:
    f = "council25"
    s = ("HR Services, Kelbourne Borough Council", "recruitment@kelbourne-council.example")
    sent = sent_on(1, 5, 12, LON)
    yield inv(
        f,
        "half_past_ten",
        "en-GB",
        s,
        "Interview - Planning Officer (KBC-2231)",
        sent,
        "Council letter in words: 'on Thursday 14 January at half past ten in the morning'.",
        "Dear Alex\n\nPlanning Officer (KBC-2231)\n\nI am pleased to let you know that you "
        "have been shortlisted, and I would like to invite you to attend an interview on "
        "Thursday 14 January at half past ten in the morning at the Civic Centre, Market "
        "Street. Please ask for me at the main reception.\n\nThe interview will last about "
        "an hour and will include a short written exercise.\n\nYours sincerely\n\nMartin "
        "Greaves\nHR Advisor",
        when(1, 14, "Thu", 10, 30, LON),
        60,
    )
    sent = sent_on(1, 7, 9, LON)
    yield inv(
        f,
        "two_oclock",
        "en-GB",
        s,
        "Invitation to interview - Customer Services Adviser",
        sent,
        "'on Monday 18 January 2027 at 2 o'clock'; please arrive ten minutes early.",
        "Dear Alex Morgan\n\nThank you for applying for the position of Customer Services "
        "Adviser. We would like to invite you to an interview on Monday 18 January 2027 at "
        "2 o'clock in Committee Room 2, Kelbourne Civic Centre.\n\nPlease arrive ten minutes "
        "early and bring your passport or birth certificate so we can confirm your right to "
        "work.\n\nKind regards\nHR Services",
        when(1, 18, "Mon", 14, 0, LON),
    )
    sent = sent_on(1, 8, 16, LON)
    yield inv(
        f,
        "school_ordinal_day",
        "en-GB",
        ("Headteacher's PA, St Aldric's Primary School", "office@st-aldrics.example"),
        "Interview for the post of Class Teacher (KS2)",
        sent,
        "School letter: 'on Wednesday, the 20th of January, at 9.15am'; a lesson observation "
        "follows the panel interview and is not the start.",
        "Dear Alex,\n\nThank you for your application. The Governors would like to invite you "
        "to interview on Wednesday, the 20th of January, at 9.15am. The day will begin with "
        "the panel interview, followed at 10.30am by a 20-minute lesson with a Year 5 class.\n\n"
        "Please sign in at the school office on arrival and bring photographic ID and your "
        "teaching certificates.\n\nWith best wishes\n\nMrs P. Lindqvist\nPA to the Headteacher",
        when(1, 20, "Wed", 9, 15, LON),
    )
    sent = sent_on(1, 11, 10, LON)
    yield inv(
        f,
        "hrs_reply_slip",
        "en-GB",
        ("Recruitment, Ardmoor County Council", "jobs@ardmoor-cc.example"),
        "Ardmoor County Council - interview invitation",
        sent,
        "'Date: Friday 22nd January 2027 / Time: 11:45 hrs / Location: County Hall'; please "
        "confirm by return.",
        "Dear Mr Morgan\n\nJob title: Highways Technician\nPost number: HT/0417\n\nYou are "
        "invited to attend an interview as follows:\n\nDate: Friday 22nd January 2027\nTime: "
        "11:45 hrs\nLocation: Room G.14, County Hall, Ardmoor\nPanel: Head of Highways, "
        "Senior Engineer, HR representative\n\nPlease confirm by return whether you are able "
        "to attend.\n\nRecruitment Team\nArdmoor County Council",
        when(1, 22, "Fri", 11, 45, LON),
    )
    sent = sent_on(1, 12, 14, LON)
    yield neg(
        f,
        "shortlisting_outcome",
        "en-GB",
        s,
        "Your application - Senior Planning Officer (KBC-2240)",
        sent,
        "Look-alike: the shortlisting outcome for another post says interviews take place on "
        "Thursday 28 January, but the reader was not shortlisted.",
        "Dear Alex\n\nThank you for your interest in the post of Senior Planning Officer "
        "(KBC-2240). We received "
        "a large number of applications and, on this occasion, you have not been shortlisted "
        "for the interviews taking place on Thursday 28 January.\n\nWe will keep your details "
        "on file for six months and encourage you to apply for future vacancies.\n\nHR "
        "Services",
        ((1, 28, "Thu"),),
    )


def aunzgov25() -> Iterator[Case]:
    f = "aunzgov25"
    s = (
        "Talent Acquisition, Department of Transport and Planning",
        "recruitment@dtp-vic-gov.example",
    )
    sent = sent_on(1, 12, 9, MEL)
    yield inv(
        f,
        "interview_details_block",
        "en-AU",
        s,
        "Interview invitation - Senior Policy Officer VPS5 (VG/DTP/4471)",
        sent,
        "Victorian agency: 'Interview details' block, 'Tuesday 2 February 2027, 10.30am - "
        "11.30am AEDT', Webex; a 30-minute written task beforehand is named separately.",
        "Dear Alex\n\nThank you for your application for the Senior Policy Officer role. I am "
        "pleased to invite you to an interview.\n\nInterview details\nDate: Tuesday 2 February "
        "2027\nTime: 10.30am - 11.30am AEDT\nFormat: Webex video interview (link to follow)\n"
        "Panel: Director Network Policy; Manager Strategy; an independent panel member\n\n"
        "You will receive a short written task by email at 10.00am, 30 minutes before the "
        "interview begins.\n\nPlease bring proof of identity to show on camera.\n\nKind regards\n"
        "Talent Acquisition",
        when(2, 2, "Tue", 10, 30, MEL),
        60,
        zone=MEL,
    )
    sent = sent_on(1, 13, 14, SYD)
    yield inv(
        f,
        "nsw_health_panel",
        "en-AU",
        ("Recruitment, Coastal Local Health District", "clhd-recruitment@health-nsw.example"),
        "Interview - Clinical Nurse Specialist, REQ558211",
        sent,
        "NSW health district: 'Thursday 4 February 2027 at 1.45pm', arrive 10 minutes prior "
        "at Level 1 reception.",
        "Hi Alex,\n\nCongratulations, you have been shortlisted for REQ558211 Clinical Nurse "
        "Specialist (Emergency).\n\nYour interview is scheduled for Thursday 4 February 2027 "
        "at 1.45pm at the Executive Meeting Room, Level 1, Coastal Hospital, Gosford. Please "
        "arrive 10 minutes prior and present to Level 1 reception.\n\nPlease bring your "
        "AHPRA registration and two referees' contact details.\n\nRegards\nRecruitment and "
        "Onboarding",
        when(2, 4, "Thu", 13, 45, SYD),
    )
    sent = sent_on(1, 14, 11, AKL)
    yield inv(
        f,
        "nz_ministry_kia_ora",
        "en-NZ",
        ("People & Capability, Te Manatū Whakawhanake", "careers@mbie-nz-gov.example"),
        "Interview for Senior Adviser, Labour Market",
        sent,
        "NZ ministry: 'Monday 1 February at 9:00am for one hour' at the Wellington office.",
        "Kia ora Alex\n\nThank you for applying for the Senior Adviser, Labour Market role. We "
        "would like to invite you to an interview on Monday 1 February at 9:00am for one hour, "
        "at our Wellington office, Level 6, 15 Stout Street.\n\nThe panel will include the "
        "Manager Labour Market Policy and a Principal Adviser.\n\nNgā mihi\nPeople & "
        "Capability",
        when(2, 1, "Mon", 9, 0, AKL),
        60,
    )
    sent = sent_on(1, 15, 10, SYD)
    yield neg(
        f,
        "merit_pool",
        "en-AU",
        ("Recruitment, Coastal Local Health District", "clhd-recruitment@health-nsw.example"),
        "Outcome: REQ557990 Registered Nurse - talent pool",
        sent,
        "Look-alike: the reader was found suitable and placed in a merit pool valid for 18 "
        "months; the interviews held on Wednesday 13 January are past; nothing is set.",
        "Hi Alex,\n\nThank you for attending the interview on Wednesday 13 January. The panel "
        "found you suitable for the role and you have been placed in a talent pool that "
        "remains valid for 18 months. You may be contacted if a similar position becomes "
        "available.\n\nRegards\nRecruitment and Onboarding",
        ((1, 13, "Wed"),),
    )


def cafed25() -> Iterator[Case]:
    f = "cafed25"
    s = (
        "Staffing - Dotation, Environment and Climate Change Canada",
        "staffing-dotation@eccc-gc.example",
    )
    sent = sent_on(1, 11, 10, TOR)
    yield inv(
        f,
        "en_eastern_time",
        "en-CA",
        s,
        "Invitation to an interview - Process 27-ECC-EA-NCR-41122",
        sent,
        "Federal process: 'Wednesday, January 27, 2027 at 10:00 a.m. (Eastern Time)', 60 "
        "minutes; bring ID.",
        "Hello Alex Morgan,\n\nSelection process number: 27-ECC-EA-NCR-41122\nPosition: "
        "Policy Analyst (EC-04)\n\nYou are invited to participate in an interview, which will "
        "be held on Wednesday, January 27, 2027 at 10:00 a.m. (Eastern Time). The interview "
        "will last approximately 60 minutes and will be conducted via MS Teams.\n\nYou will "
        "be given 15 minutes to read the questions before the interview. Please have "
        "government-issued photo identification ready.\n\nYou are entitled to participate in "
        "the selection process in the official language of your choice.\n\nStaffing team",
        when(1, 27, "Wed", 10, 0, TOR),
        60,
        zone=TOR,
    )
    sent = sent_on(1, 12, 13, TOR)
    yield inv(
        f,
        "fr_10h00_heure_est",
        "fr-CA",
        s,
        "Invitation à une entrevue - Processus 27-ECC-EA-NCR-41122",
        sent,
        "French version: 'le jeudi 28 janvier 2027 à 13 h 30 (heure de l'Est)', 60 minutes.",
        "Bonjour Alex Morgan,\n\nNuméro du processus de sélection : 27-ECC-EA-NCR-41122\n"
        "Poste : Analyste des politiques (EC-04)\n\nVous êtes invité(e) à une entrevue qui aura "
        "lieu le jeudi 28 janvier 2027 à 13 h 30 (heure de l'Est). L'entrevue durera environ "
        "60 minutes et se déroulera par MS Teams.\n\nVeuillez avoir en main une pièce "
        "d'identité avec photo émise par un gouvernement.\n\nÉquipe de dotation",
        when(1, 28, "Thu", 13, 30, TOR),
        60,
        zone=TOR,
    )
    sent = sent_on(1, 14, 9, TOR)
    yield inv(
        f,
        "fr_10h00_presentez_vous",
        "fr-CA",
        ("Ressources humaines, Agence des services frontaliers", "rh-dotation@asfc-gc.example"),
        "Convocation à une entrevue - Agent(e) des services frontaliers",
        sent,
        "'le mardi 2 février 2027 à 10h00'; présentez-vous à 9h40 à l'accueil (not the start).",
        "Bonjour,\n\nNous avons le plaisir de vous convoquer à une entrevue pour le poste "
        "d'agent(e) des services frontaliers (FB-03).\n\nDate : le mardi 2 février 2027\nHeure "
        ": 10h00\nLieu : 1010, rue Somerset Ouest, Ottawa, salle 4B\n\nVeuillez vous présenter "
        "à 9h40 à l'accueil avec une pièce d'identité.\n\nRessources humaines",
        when(2, 2, "Tue", 10, 0, TOR),
    )
    sent = sent_on(1, 15, 11, TOR)
    yield neg(
        f,
        "sle_written_test",
        "en-CA",
        s,
        "Second Language Evaluation - Test of Reading Comprehension",
        sent,
        "Look-alike: a second-language written test at a testing centre on Friday 29 January "
        "2027 at 9:00 a.m.; no interview.",
        "Hello Alex Morgan,\n\nAs part of selection process 27-ECC-EA-NCR-41122, you are "
        "required to take the Second Language Evaluation - Test of Reading Comprehension.\n\n"
        "Date: Friday, January 29, 2027\nTime: 9:00 a.m. (Eastern Time)\nLocation: PSC "
        "testing centre, 22 Eddy Street, Gatineau\n\nPlease arrive 15 minutes before the start "
        "of the test with photo identification. Results are valid for five years.\n\nStaffing "
        "team",
        ((1, 29, "Fri"),),
    )
    sent = sent_on(1, 18, 11, TOR)
    yield neg(
        f,
        "fr_pool_result",
        "fr-CA",
        s,
        "Résultat - Processus 27-ECC-EA-NCR-41122",
        sent,
        "Look-alike: the result after the interview of 28 January: the reader is in the pool; "
        "nothing is set.",
        "Bonjour Alex Morgan,\n\nÀ la suite de votre entrevue du jeudi 28 janvier 2027, nous "
        "avons le plaisir de vous informer que vous avez satisfait à tous les critères "
        "essentiels et que votre nom a été placé dans un bassin de candidats qualifiés.\n\n"
        "Une vérification des références pourrait suivre.\n\nÉquipe de dotation",
        ((1, 28, "Thu"),),
    )


def phgov25() -> Iterator[Case]:
    f = "phgov25"
    s = (
        "Human Resource Management Division, Department of Agrarian Services",
        "hrmd@das-gov-ph.example",
    )
    sent = sent_on(1, 6, 10, MNL)
    yield inv(
        f,
        "hrmpsb_panel",
        "en-PH",
        s,
        "Notice of Interview - Administrative Officer IV (Item No. DAS-AO4-12)",
        sent,
        "HRMPSB notice: 'on January 19, 2027 (Tuesday), 9:00 AM'; be at the venue 30 minutes "
        "early.",
        "Dear Mr. Morgan:\n\nGreetings!\n\nWe are pleased to inform you that you have passed "
        "the initial evaluation for the position of Administrative Officer IV (Item No. "
        "DAS-AO4-12). You are hereby invited for a panel interview by the Human Resource "
        "Merit Promotion and Selection Board (HRMPSB) on January 19, 2027 (Tuesday), 9:00 AM "
        "at the DAS Central Office Conference Room, Elliptical Road, Quezon City.\n\nKindly "
        "be at the venue at least 30 minutes before your schedule and wear business attire. "
        "Please bring your PDS (CS Form 212) and original credentials.\n\nVery truly yours,\n"
        "Chief, HRMD",
        when(1, 19, "Tue", 9, 0, MNL),
    )
    sent = sent_on(1, 8, 14, MNL)
    yield inv(
        f,
        "state_university_pm",
        "en-PH",
        (
            "Office of the Vice President for Administration, Bicol Highlands State University",
            "ovpa@bhsu-edu-ph.example",
        ),
        "Invitation for Interview - Instructor I",
        sent,
        "University: 'Date: January 22, 2027, Friday / Time: 1:30 PM'; coming at 1:00 PM for the "
        "document check is not the start.",
        "Dear Mr. Morgan,\n\nYou are invited for an interview for the position of Instructor "
        "I, College of Engineering.\n\nDate: January 22, 2027, Friday\nTime: 1:30 PM\nVenue: "
        "Board Room, Administration Building\n\nPlease come at 1:00 PM for the checking of "
        "your documents.\n\nThank you.\n\nHRMO",
        when(1, 22, "Fri", 13, 30, MNL),
    )
    sent = sent_on(1, 9, 9, MNL)
    yield inv(
        f,
        "fil_panayam",
        "fil",
        s,
        "Paanyaya sa Panayam - Administrative Assistant II",
        sent,
        "Filipino notice: 'sa Enero 26, 2027 (Martes), ika-10:00 ng umaga'.",
        "Mahal na G. Morgan,\n\nIkinagagalak naming ipaalam na kayo ay kabilang sa mga "
        "kwalipikadong aplikante para sa posisyong Administrative Assistant II. Kayo ay "
        "inaanyayahan sa isang panayam sa Enero 26, 2027 (Martes), ika-10:00 ng umaga, sa "
        "Conference Room, DAS Central Office, Quezon City.\n\nMangyaring dumating nang 30 "
        "minuto bago ang takdang oras at magdala ng valid ID.\n\nLubos na gumagalang,\nHRMD",
        when(1, 26, "Tue", 10, 0, MNL),
    )
    sent = sent_on(1, 7, 15, MNL)
    yield neg(
        f,
        "exam_schedule_all",
        "en-PH",
        s,
        "Schedule of Written Examination - All Applicants (DAS-AO1 positions)",
        sent,
        "Look-alike: a written exam for all qualified applicants on January 23, 2027 "
        "(Saturday), 8:00 AM; interviews to be announced.",
        "To all qualified applicants,\n\nPlease be informed that the written examination for "
        "the Administrative Officer I positions will be held on January 23, 2027 (Saturday), "
        "8:00 AM at the DAS Training Center. Applicants are advised to come 30 minutes early "
        "and bring a black ballpen and a valid ID.\n\nThe schedule of interviews for those who "
        "pass will be announced later.\n\nHRMD",
        ((1, 23, "Sat"),),
    )


def behoerde25() -> Iterator[Case]:
    f = "behoerde25"
    s = ("Personalstelle, Landesamt für Geoinformation", "personal@lgi-land.example")
    sent = sent_on(1, 7, 10, BER)
    yield inv(
        f,
        "pforte_melden",
        "de",
        s,
        "Einladung zum Vorstellungsgespräch – Kennziffer 2026/118",
        sent,
        "Landesamt: 'am Dienstag, dem 19. Januar 2027, um 10:00 Uhr'; 'bitte melden Sie sich "
        "um 9:45 Uhr an der Pforte' is not the start.",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung auf die Stelle "
        "„Sachbearbeitung Geodatenmanagement (E 10 TV-L)“, Kennziffer 2026/118.\n\nWir laden "
        "Sie hiermit zu einem Vorstellungsgespräch am Dienstag, dem 19. Januar 2027, um "
        "10:00 Uhr ein. Das Gespräch findet im Dienstgebäude Heerstraße 12, Raum 2.07, statt "
        "und dauert etwa 45 Minuten.\n\nBitte melden Sie sich um 9:45 Uhr an der Pforte. "
        "Bringen Sie bitte Ihren Personalausweis mit.\n\nReisekosten können leider nicht "
        "erstattet werden.\n\nMit freundlichen Grüßen\nIm Auftrag\nK. Brandt\nPersonalstelle",
        when(1, 19, "Tue", 10, 0, BER),
        45,
    )
    sent = sent_on(1, 8, 14, BER)
    yield inv(
        f,
        "stadtverwaltung_tabelle",
        "de",
        ("Fachbereich Personal, Stadt Lindenau", "bewerbung@stadt-lindenau.example"),
        "Auswahlgespräch – Stellenausschreibung 04/2027",
        sent,
        "Stadtverwaltung: 'Datum: Donnerstag, 21.01.2027 / Uhrzeit: 13:30 Uhr / Ort: Rathaus'.",
        "Sehr geehrter Herr Morgan,\n\nim Rahmen des Auswahlverfahrens für die Stelle "
        "„Verwaltungsfachangestellte/r im Bürgerbüro“ laden wir Sie zu einem Auswahlgespräch "
        "ein:\n\nDatum: Donnerstag, 21.01.2027\nUhrzeit: 13:30 Uhr\nOrt: Rathaus Lindenau, "
        "Marktplatz 1, Sitzungssaal (2. OG)\n\nDer Auswahlkommission gehören die "
        "Fachbereichsleitung, der Personalrat und die Gleichstellungsbeauftragte an.\n\n"
        "Bitte bestätigen Sie den Termin bis zum 14.01.2027.\n\nMit freundlichen Grüßen\n"
        "Fachbereich Personal",
        when(1, 21, "Thu", 13, 30, BER),
    )
    sent = sent_on(1, 11, 9, BER)
    yield inv(
        f,
        "uni_berufung_html",
        "de",
        ("Dezernat Personal, Universität Hohenfels", "berufungen@uni-hohenfels.example"),
        "Einladung zum Vorstellungsgespräch – wiss. Mitarbeiter/in (Kennz. 27/014)",
        sent,
        "University HTML letter: 'am Montag, 25. Januar 2027, um 11:15 Uhr', 11:15–12:00.",
        "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch "
        "für die Stelle einer wissenschaftlichen Mitarbeiterin / eines wissenschaftlichen "
        "Mitarbeiters (Kennziffer 27/014) einzuladen.\n\nTermin: Montag, 25. Januar 2027, "
        "11:15 – 12:00 Uhr\nOrt: Institut für Informatik, Gebäude C3, Raum 104\n\nBitte "
        "bereiten Sie einen Kurzvortrag von 10 Minuten über Ihre bisherige Forschung vor.\n\n"
        "Mit freundlichen Grüßen\nDezernat Personal",
        when(1, 25, "Mon", 11, 15, BER),
        45,
        form="html",
    )
    sent = sent_on(1, 12, 15, BER)
    yield inv(
        f,
        "polizei_uhrzeit_text",
        "de",
        ("Einstellungsberatung, Polizeiverwaltungsamt", "einstellung@pva-land.example"),
        "Vorstellungsgespräch – Tarifbeschäftigte IT-Administration",
        sent,
        "'am Mittwoch, den 27.01.2027, um 8.30 Uhr'; 'finden Sie sich bitte 20 Minuten vorher "
        "... ein'.",
        "Sehr geehrter Herr Morgan,\n\nbezugnehmend auf Ihre Bewerbung laden wir Sie zu einem "
        "persönlichen Vorstellungsgespräch am Mittwoch, den 27.01.2027, um 8.30 Uhr ein. "
        "Finden Sie sich bitte 20 Minuten vorher am Haupteingang, Kasernenstraße 4, ein; Sie "
        "werden dort abgeholt.\n\nBitte bringen Sie ein gültiges Ausweisdokument mit.\n\nMit "
        "freundlichen Grüßen\nEinstellungsberatung",
        when(1, 27, "Wed", 8, 30, BER),
    )
    sent = sent_on(1, 9, 11, BER)
    yield neg(
        f,
        "auswahltest_schriftlich",
        "de",
        ("Fachbereich Personal, Stadt Lindenau", "bewerbung@stadt-lindenau.example"),
        "Einladung zum schriftlichen Auswahltest – Ausbildung 2027",
        sent,
        "Look-alike: a written selection test for all applicants to the apprenticeship, "
        "'am Samstag, 30.01.2027, um 9:00 Uhr'; interviews only later.",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung um einen "
        "Ausbildungsplatz. Wir laden Sie zum schriftlichen Auswahltest am Samstag, "
        "30.01.2027, um 9:00 Uhr in die Aula der Gesamtschule Lindenau ein. Der Test dauert "
        "ca. drei Stunden.\n\nBewerberinnen und Bewerber mit den besten Ergebnissen werden "
        "anschließend zu Vorstellungsgesprächen eingeladen.\n\nMit freundlichen Grüßen\n"
        "Fachbereich Personal",
        ((1, 30, "Sat"),),
    )


def fonction25() -> Iterator[Case]:
    f = "fonction25"
    s = ("Bureau du recrutement, Préfecture de la Haute-Vallée", "recrutement@pref-hv.example")
    sent = sent_on(1, 6, 10, PAR)
    yield inv(
        f,
        "convocation_entretien",
        "fr",
        s,
        "Convocation à un entretien de recrutement – attaché d'administration",
        sent,
        "Préfecture: 'le mardi 19 janvier 2027 à 10h00'; 'présentez-vous 15 minutes avant' "
        "is not the start.",
        "Monsieur,\n\nSuite à votre candidature au poste de chargé de mission « politique de "
        "la ville » (attaché d'administration de l'État), j'ai l'honneur de vous convoquer à un "
        "entretien avec la commission de recrutement le mardi 19 janvier 2027 à 10h00, à la "
        "préfecture, 3 place de la République, salle Marianne.\n\nJe vous remercie de vous "
        "présenter à l'accueil 15 minutes avant l'heure de l'entretien, muni de la présente "
        "convocation et d'une pièce d'identité.\n\nVeuillez agréer, Monsieur, l'expression de "
        "mes salutations distinguées.\n\nLa cheffe du bureau du recrutement",
        when(1, 19, "Tue", 10, 0, PAR),
    )
    sent = sent_on(1, 8, 15, PAR)
    yield inv(
        f,
        "chu_entretien_14h30",
        "fr",
        (
            "Direction des ressources humaines, CHU de Valmont",
            "drh.recrutement@chu-valmont.example",
        ),
        "Entretien – poste d'ingénieur biomédical",
        sent,
        "CHU: 'le jeudi 21 janvier 2027 à 14 h 30', durée 45 minutes.",
        "Bonjour Monsieur Morgan,\n\nNous avons bien reçu votre candidature pour le poste "
        "d'ingénieur biomédical et avons le plaisir de vous inviter à un entretien le jeudi 21 "
        "janvier 2027 à 14 h 30 à la Direction des ressources humaines (bâtiment A, 2e étage). "
        "L'entretien durera environ 45 minutes.\n\nMerci de nous confirmer votre présence.\n\n"
        "Cordialement,\nLa DRH",
        when(1, 21, "Thu", 14, 30, PAR),
        45,
    )
    sent = sent_on(1, 11, 9, PAR)
    yield inv(
        f,
        "mairie_visio",
        "fr",
        ("Service RH, Mairie de Saint-Aubin-les-Prés", "rh@mairie-saint-aubin.example"),
        "Entretien en visioconférence – Responsable du service urbanisme",
        sent,
        "Mairie: 'Date : lundi 25 janvier 2027 / Horaire : 11h15 – 12h00', visio.",
        "Monsieur,\n\nVotre candidature a retenu notre attention. Nous vous proposons un "
        "entretien en visioconférence :\n\nDate : lundi 25 janvier 2027\nHoraire : 11h15 – "
        "12h00\nJury : M. le Maire adjoint à l'urbanisme, la directrice générale des services, "
        "la responsable RH\n\nLe lien de connexion vous sera adressé la veille.\n\n"
        "Cordialement,\nService des ressources humaines",
        when(1, 25, "Mon", 11, 15, PAR),
        45,
    )
    sent = sent_on(1, 7, 11, PAR)
    yield neg(
        f,
        "convocation_epreuves_ecrites",
        "fr",
        ("Centre de gestion de la fonction publique territoriale", "concours@cdg-hv.example"),
        "Convocation aux épreuves écrites – concours de rédacteur territorial",
        sent,
        "Look-alike: a written-exam convocation for a concours, 'le jeudi 4 février 2027 ... "
        "accueil à 8h00, début de l'épreuve à 9h00'.",
        "Madame, Monsieur,\n\nVous êtes convoqué(e) aux épreuves écrites d'admissibilité du "
        "concours externe de rédacteur territorial qui se dérouleront le jeudi 4 février 2027 "
        "au Parc des expositions, hall 2.\n\nAccueil des candidats : 8h00\nDébut de l'épreuve : "
        "9h00\n\nMunissez-vous de la présente convocation et d'une pièce d'identité. Aucun "
        "candidat ne sera admis après l'ouverture des enveloppes de sujets.\n\nLe service "
        "concours",
        ((2, 4, "Thu"),),
    )
    sent = sent_on(1, 13, 12, PAR)
    yield neg(
        f,
        "liste_admissibles",
        "fr",
        ("Centre de gestion de la fonction publique territoriale", "concours@cdg-hv.example"),
        "Publication de la liste des admissibles",
        sent,
        "Look-alike: the list of candidates admitted to the oral is published; oral dates "
        "run from 8 to 12 March and each candidate gets a personal convocation later.",
        "Madame, Monsieur,\n\nLa liste des candidats admissibles au concours de rédacteur "
        "territorial est consultable sur notre site depuis le mercredi 13 janvier 2027. Les "
        "épreuves orales se dérouleront du lundi 8 au vendredi 12 mars 2027 ; chaque candidat "
        "admissible recevra une convocation individuelle précisant le jour et l'heure de son "
        "passage.\n\nLe service concours",
        ((1, 13, "Wed"), (3, 8, "Mon"), (3, 12, "Fri")),
    )


def oposic25() -> Iterator[Case]:
    f = "oposic25"
    s = ("Servicio de Selección, Universidad de Valdemora", "seleccion.pas@uvaldemora.example")
    sent = sent_on(1, 7, 10, MAD)
    yield inv(
        f,
        "entrevista_personal_horas",
        "es",
        s,
        "Citación a entrevista personal – Técnico/a de laboratorio (ref. PAS-L-27/03)",
        sent,
        "University: 'el martes 19 de enero de 2027 a las 10:00 horas'; 'con diez minutos de "
        "antelación' is not the start.",
        "Estimado Sr. Morgan:\n\nEn relación con el proceso de selección para la contratación "
        "de un/a Técnico/a de laboratorio (ref. PAS-L-27/03), la Comisión de Selección le cita "
        "a la entrevista personal el martes 19 de enero de 2027 a las 10:00 horas en la Sala de "
        "Juntas del Edificio Rectorado.\n\nDeberá presentarse con diez minutos de antelación y "
        "acudir provisto de DNI o documento equivalente.\n\nAtentamente,\nServicio de Selección",
        when(1, 19, "Tue", 10, 0, MAD),
    )
    sent = sent_on(1, 8, 13, MAD)
    yield inv(
        f,
        "ayuntamiento_bolsa",
        "es",
        ("Recursos Humanos, Ayuntamiento de Torrealta", "rrhh@ayto-torrealta.example"),
        "Convocatoria a entrevista – bolsa de trabajo de Arquitecto/a técnico/a",
        sent,
        "Ayuntamiento: 'Fecha: jueves, 21 de enero de 2027 / Hora: 12:30 h'.",
        "Buenos días:\n\nLe comunicamos que ha superado la fase de valoración de méritos de la "
        "bolsa de trabajo de Arquitecto/a técnico/a. Queda convocado/a a la entrevista "
        "curricular:\n\nFecha: jueves, 21 de enero de 2027\nHora: 12:30 h\nLugar: Casa "
        "Consistorial, planta 1.ª, Sala de Comisiones\n\nLa entrevista tendrá una duración "
        "aproximada de 20 minutos.\n\nUn saludo,\nDepartamento de Recursos Humanos",
        when(1, 21, "Thu", 12, 30, MAD),
        20,
    )
    sent = sent_on(1, 11, 9, MAD)
    yield inv(
        f,
        "hospital_once_y_media",
        "es",
        ("Unidad de Selección, Hospital General de Castroviejo", "seleccion@hgcastroviejo.example"),
        "Entrevista – enfermero/a de quirófano",
        sent,
        "Hospital: 'el lunes 25 de enero a las once y media', written in words.",
        "Hola, Alex:\n\nTe escribimos de la Unidad de Selección del Hospital General de "
        "Castroviejo. Nos gustaría citarte para una entrevista el lunes 25 de enero a las once "
        "y media en la Dirección de Enfermería (planta baja, pabellón B).\n\nTrae, por favor, "
        "tu título y el certificado de colegiación.\n\nUn saludo,\nUnidad de Selección",
        when(1, 25, "Mon", 11, 30, MAD),
    )
    sent = sent_on(1, 12, 12, MAD)
    yield neg(
        f,
        "lista_provisional_admitidos",
        "es",
        ("Recursos Humanos, Ayuntamiento de Torrealta", "rrhh@ayto-torrealta.example"),
        "Publicada la lista provisional de admitidos y excluidos",
        sent,
        "Look-alike: the provisional list of admitted candidates is published; claims within "
        "ten working days; the first exam 'el sábado 20 de febrero a las 9:30' for all.",
        "Estimado/a aspirante:\n\nSe ha publicado en el tablón de anuncios electrónico la "
        "lista provisional de personas admitidas y excluidas del proceso selectivo para "
        "cuatro plazas de Auxiliar Administrativo. Se abre un plazo de diez días hábiles para "
        "subsanaciones.\n\nEl primer ejercicio de la oposición se celebrará, previsiblemente, "
        "el sábado 20 de febrero a las 9:30 en el IES Río Alto.\n\nRecursos Humanos",
        ((2, 20, "Sat"),),
    )
    sent = sent_on(1, 14, 11, MAD)
    yield neg(
        f,
        "llamamiento_examen",
        "es",
        s,
        "Llamamiento único – primer ejercicio oposición Escala Administrativa",
        sent,
        "Look-alike: the single call to the first written exercise, 'el sábado 30 de enero de "
        "2027, a las 10:00 horas'; no interview.",
        "Se convoca a las personas aspirantes admitidas, en llamamiento único, a la "
        "realización del primer ejercicio de la oposición a la Escala Administrativa el "
        "sábado 30 de enero de 2027, a las 10:00 horas, en la Facultad de Derecho, aulas 1 a "
        "6.\n\nDeberán acudir provistas de DNI y bolígrafo azul.\n\nServicio de Selección",
        ((1, 30, "Sat"),),
    )


def urzad25() -> Iterator[Case]:
    f = "urzad25"
    s = ("Wydział Kadr, Urząd Miasta Zielonka Dolna", "kadry@um-zielonka.example")
    sent = sent_on(1, 7, 10, WAW)
    yield inv(
        f,
        "rozmowa_godz",
        "pl",
        s,
        "Zaproszenie na rozmowę kwalifikacyjną – nabór KD.2110.3.2027",
        sent,
        "Urząd: 'w dniu 19 stycznia 2027 r. (wtorek) o godz. 10:00'; 'prosimy o przybycie 10 "
        "minut wcześniej'.",
        "Szanowny Panie,\n\nuprzejmie informuję, że spełnił Pan wymagania formalne w naborze "
        "na stanowisko podinspektora w Wydziale Gospodarki Komunalnej (nr KD.2110.3.2027). "
        "Zapraszam na rozmowę kwalifikacyjną, która odbędzie się w dniu 19 stycznia 2027 r. "
        "(wtorek) o godz. 10:00 w siedzibie Urzędu, ul. Ratuszowa 5, pok. 12.\n\nProsimy o "
        "przybycie 10 minut wcześniej i zabranie dowodu osobistego.\n\nZ poważaniem\n"
        "Kierownik Wydziału Kadr",
        when(1, 19, "Tue", 10, 0, WAW),
    )
    sent = sent_on(1, 8, 14, WAW)
    yield inv(
        f,
        "szpital_termin_tabela",
        "pl",
        ("Dział Spraw Pracowniczych, Szpital Wojewódzki w Borowie", "kadry@szpital-borow.example"),
        "Rozmowa kwalifikacyjna – pielęgniarka oddziałowa",
        sent,
        "Hospital: 'Termin: czwartek, 21.01.2027 / Godzina: 13:00–13:45'.",
        "Dzień dobry,\n\nw odpowiedzi na Pani/Pana ofertę zapraszamy na rozmowę "
        "kwalifikacyjną na stanowisko pielęgniarki oddziałowej.\n\nTermin: czwartek, "
        "21.01.2027\nGodzina: 13:00–13:45\nMiejsce: budynek administracji, sala "
        "konferencyjna, II piętro\n\nProsimy o zabranie dyplomu i prawa wykonywania zawodu.\n\n"
        "Dział Spraw Pracowniczych",
        when(1, 21, "Thu", 13, 0, WAW),
        45,
    )
    sent = sent_on(1, 11, 9, WAW)
    yield inv(
        f,
        "uczelnia_konkurs",
        "pl",
        ("Dział Kadr, Politechnika Nadwiślańska", "kadry@pnadw.example"),
        "Konkurs na stanowisko adiunkta – rozmowa z komisją",
        sent,
        "University: 'rozmowa z komisją konkursową odbędzie się 26 stycznia 2027 r. o godz. "
        "12.30' (dot as separator).",
        "Szanowny Panie Doktorze,\n\nuprzejmie informuję, że rozmowa z komisją konkursową na "
        "stanowisko adiunkta w Katedrze Automatyki odbędzie się 26 stycznia 2027 r. (wtorek) o "
        "godz. 12.30 w sali 214, budynek A-2. Przewidywany czas rozmowy: 30 minut.\n\nZ "
        "wyrazami szacunku\nSekretarz komisji",
        when(1, 26, "Tue", 12, 30, WAW),
        30,
    )
    sent = sent_on(1, 20, 12, WAW)
    yield neg(
        f,
        "wyniki_naboru",
        "pl",
        s,
        "Informacja o wyniku naboru KD.2110.2.2027",
        sent,
        "Look-alike: the published result of a finished selection (another post); nothing "
        "is set for the reader.",
        "Szanowni Państwo,\n\ninformujemy, że w wyniku naboru na stanowisko referenta w "
        "Wydziale Podatków (nr KD.2110.2.2027) została wybrana Pani Anna Kowal. Rozmowy "
        "kwalifikacyjne odbyły się 14 stycznia 2027 r. Informacja o wyniku naboru jest "
        "dostępna w Biuletynie Informacji Publicznej.\n\nWydział Kadr",
    )


def kommun25() -> Iterator[Case]:
    f = "kommun25"
    sent = sent_on(1, 7, 10, STO)
    yield inv(
        f,
        "sv_intervju_kl",
        "sv",
        ("HR-avdelningen, Norrsunds kommun", "rekrytering@norrsund.example"),
        "Inbjudan till intervju – Handläggare bygglov",
        sent,
        "Kommun: 'tisdagen den 19 januari kl. 10.00–11.00' in the kommunhus.",
        "Hej Alex!\n\nTack för din ansökan till tjänsten som bygglovshandläggare. Vi vill "
        "gärna träffa dig för en intervju tisdagen den 19 januari kl. 10.00–11.00 i "
        "kommunhuset, Storgatan 8, rum Ekorren. Anmäl dig i receptionen.\n\nMed vänliga "
        "hälsningar\nLena Ström, HR-konsult",
        when(1, 19, "Tue", 10, 0, STO),
        60,
    )
    sent = sent_on(1, 8, 13, CPH)
    yield inv(
        f,
        "da_samtale_kl",
        "da",
        ("Region Vestkyst, HR", "job@region-vestkyst.example"),
        "Indkaldelse til ansættelsessamtale – Fuldmægtig",
        sent,
        "Region: 'torsdag den 21. januar 2027 kl. 13.15', 45 minutes.",
        "Kære Alex Morgan\n\nTak for din ansøgning til stillingen som fuldmægtig i "
        "Økonomiafdelingen. Vi har fornøjelsen at indkalde dig til en ansættelsessamtale "
        "torsdag den 21. januar 2027 kl. 13.15 i Regionshuset, mødelokale 3. Samtalen varer "
        "ca. 45 minutter.\n\nMed venlig hilsen\nHR, Region Vestkyst",
        when(1, 21, "Thu", 13, 15, CPH),
        45,
    )
    sent = sent_on(1, 11, 9, OSL)
    yield inv(
        f,
        "nb_intervju_oppmote",
        "nb",
        ("Personalavdelingen, Fjellvik kommune", "postmottak@fjellvik.example"),
        "Innkalling til intervju – rådgiver oppvekst",
        sent,
        "Kommune: 'mandag 25. januar kl. 09.30'; 'møt gjerne opp ti minutter før' is not "
        "the start.",
        "Hei Alex,\n\nDu er invitert til intervju for stillingen som rådgiver oppvekst mandag "
        "25. januar kl. 09.30 på rådhuset, 2. etasje. Møt gjerne opp ti minutter før. Ta "
        "med vitnemål og attester.\n\nVennlig hilsen\nPersonalavdelingen",
        when(1, 25, "Mon", 9, 30, OSL),
    )
    sent = sent_on(1, 12, 11, CPH)
    yield neg(
        f,
        "da_testdag_alle",
        "da",
        ("Region Vestkyst, HR", "job@region-vestkyst.example"),
        "Testdag for ansøgere – Trainee 2027",
        sent,
        "Look-alike: a test day for all applicants to the trainee programme, 'fredag den 29. "
        "januar kl. 9.00'; interviews later.",
        "Kære ansøger\n\nTak for din ansøgning til Region Vestkysts traineeprogram. Alle "
        "ansøgere, der opfylder kravene, inviteres til en testdag fredag den 29. januar kl. "
        "9.00-12.00 i Regionshuset. Her gennemføres logiske og personlighedstests. De "
        "kandidater, der går videre, kontaktes efterfølgende om samtaler.\n\nMed venlig "
        "hilsen\nHR",
        ((1, 29, "Fri"),),
    )


def koumuin25() -> Iterator[Case]:
    f = "koumuin25"
    s = ("人事課 採用担当", "saiyo@city-minamihara.example")
    sent = sent_on(1, 6, 10, TYO)
    yield inv(
        f,
        "shugou_vs_kaishi",
        "ja",
        s,
        "【南原市】第二次試験（面接試験）のご案内",
        sent,
        "City office: '集合時刻 9時30分 / 面接開始 10時00分' on 1月19日（火）; the start is 10:00.",
        "アレックス・モーガン 様\n\n南原市職員採用試験（一般行政職）第一次試験の結果、合格となり"
        "ましたので、第二次試験（個別面接）を下記のとおり実施します。\n\n日時：2027年1月19日（火）"
        "\n集合時刻：9時30分\n面接開始：10時00分（所要時間 約30分）\n会場：南原市役所 本庁舎4階 "
        "第2会議室\n\n持ち物：受験票、筆記用具\n\n人事課 採用担当",
        when(1, 19, "Tue", 10, 0, TYO),
        30,
    )
    sent = sent_on(1, 8, 14, TYO)
    yield inv(
        f,
        "daigaku_kyoin",
        "ja",
        ("総務部人事課", "jinji@kita-kogyo-u.example"),
        "助教公募 面接のご案内",
        sent,
        "University: '1月22日（金）14時00分から14時40分まで' (模擬授業 included).",
        "モーガン 様\n\n先日はご応募いただきありがとうございました。書類選考の結果、面接にお越し"
        "いただきたくご連絡いたします。\n\n日時：1月22日（金）14時00分から14時40分まで\n場所："
        "北工業大学 本部棟3階 小会議室\n内容：研究紹介（15分）、模擬授業（10分）、質疑\n\n"
        "交通費は支給いたしません。\n\n総務部人事課",
        when(1, 22, "Fri", 14, 0, TYO),
        40,
    )
    sent = sent_on(1, 11, 9, TYO)
    yield inv(
        f,
        "byouin_gozen",
        "ja",
        ("県立中央病院 事務局 総務課", "soumu@kenritsu-chuo-hp.example"),
        "面接日時のお知らせ（事務職員）",
        sent,
        "Hospital: '1月27日（水）午前10時30分より' arriving '開始10分前までに' is not the start.",
        "モーガン 様\n\n県立中央病院 事務職員採用選考の面接日時をお知らせします。\n\n1月27日（水）"
        "午前10時30分より、管理棟2階 応接室にて面接を行います。開始10分前までに総務課窓口へ"
        "お越しください。\n\n県立中央病院 事務局 総務課",
        when(1, 27, "Wed", 10, 30, TYO),
    )
    sent = sent_on(1, 7, 15, TYO)
    yield neg(
        f,
        "ichiji_shiken",
        "ja",
        s,
        "【南原市】第一次試験（筆記試験）受験票送付のお知らせ",
        sent,
        "Look-alike: a written first-stage exam notice for all applicants, '1月31日（日）"
        "集合 9時00分'.",
        "受験者各位\n\n南原市職員採用試験（技術職）の第一次試験（教養試験・専門試験）を下記の"
        "とおり実施します。受験票を添付しましたので印刷してご持参ください。\n\n試験日：1月31日"
        "（日）\n集合時刻：9時00分\n会場：南原市立総合体育館\n\n第二次試験（面接）の日程は第一次"
        "試験合格者にのみ通知します。\n\n人事課 採用担当",
        ((1, 31, "Sun"),),
    )


def africa25() -> Iterator[Case]:
    f = "africa25"
    sent = sent_on(1, 6, 10, JNB)
    yield inv(
        f,
        "za_1000hrs",
        "en-ZA",
        ("HR Recruitment, Gauteng Department of Roads", "recruitment@gdr-gov-za.example"),
        "Invitation to interview: Assistant Director Infrastructure (Ref GDR/2026/311)",
        sent,
        "South African department: 'on Tuesday, 19 January 2027 at 1000hrs'; report 30 "
        "minutes earlier to security.",
        "Dear Mr A Morgan\n\nREF: GDR/2026/311 - ASSISTANT DIRECTOR: INFRASTRUCTURE PLANNING\n\n"
        "You are hereby invited to an interview on Tuesday, 19 January 2027 at 1000hrs at the "
        "Department's Head Office, 45 Commissioner Street, Johannesburg, Boardroom 7.\n\n"
        "Kindly report to security 30 minutes before the interview. Bring your ID document "
        "and original qualifications. The Department does not reimburse travel costs.\n\n"
        "Regards\nHR Recruitment",
        when(1, 19, "Tue", 10, 0, JNB),
    )
    sent = sent_on(1, 8, 11, LOS)
    yield inv(
        f,
        "ng_ordinal_day",
        "en-NG",
        ("Human Resources, Federal Medical Centre Okeja", "hr@fmc-okeja.example"),
        "Invitation for Oral Interview - Medical Officer",
        sent,
        "Nigerian letter: 'on Thursday, the 21st day of January, 2027 at 10:00 a.m. prompt'; "
        "'accreditation begins at 8:00 a.m.' is not the start.",
        "Dear Dr. Morgan,\n\nINVITATION FOR ORAL INTERVIEW\n\nFollowing your application for "
        "the post of Medical Officer, I am directed to invite you for an oral interview "
        "scheduled to hold on Thursday, the 21st day of January, 2027 at 10:00 a.m. prompt at "
        "the Board Room, Administrative Block, Federal Medical Centre, Okeja.\n\n"
        "Accreditation of candidates begins at 8:00 a.m. You are to come along with the "
        "originals of your credentials, including your NYSC discharge certificate.\n\n"
        "Thank you.\n\nDeputy Director (Administration)",
        when(1, 21, "Thu", 10, 0, LOS),
    )
    sent = sent_on(1, 11, 9, NBO)
    yield inv(
        f,
        "ke_reporting_vs_interview",
        "en-KE",
        (
            "Human Resource Office, Kirinyaga County Public Service Board",
            "cpsb@kirinyaga-county.example",
        ),
        "Shortlisted candidates - Interview invitation - Ward Administrator",
        sent,
        "Kenyan county board: 'Interview time: 11:30 am, Reporting time: 10:30 am' on "
        "Tuesday 26th January 2027.",
        "Dear Alex Morgan,\n\nRE: INTERVIEW FOR THE POSITION OF WARD ADMINISTRATOR\n\nYou "
        "have been shortlisted for the above position. Your interview details are as "
        "follows:\n\nDate: Tuesday 26th January 2027\nReporting time: 10:30 am\nInterview "
        "time: 11:30 am\nVenue: County Public Service Board Offices, Kutus\n\nCarry your "
        "national ID, original certificates, and clearances from KRA, HELB, EACC, DCI and a "
        "CRB.\n\nSecretary/CEO\nCounty Public Service Board",
        when(1, 26, "Tue", 11, 30, NBO),
    )
    sent = sent_on(1, 12, 14, JNB)
    yield inv(
        f,
        "za_municipality_html",
        "en-ZA",
        ("Corporate Services, Tshwane-Noord Local Municipality", "hr@tnlm-gov-za.example"),
        "Interview: Senior Clerk - Revenue",
        sent,
        "HTML letter: 'Date: Friday 29 January 2027 / Time: 09h00 / Venue: Council Chamber'.",
        "Dear Mr Morgan\n\nYou have been shortlisted for the position of Senior Clerk: "
        "Revenue.\n\nDate: Friday 29 January 2027\nTime: 09h00\nVenue: Council Chamber, "
        "Civic Centre\n\nPlease confirm your availability with the HR office.\n\nCorporate "
        "Services",
        when(1, 29, "Fri", 9, 0, JNB),
        form="html",
    )
    sent = sent_on(1, 13, 10, NBO)
    yield neg(
        f,
        "ke_public_notice_list",
        "en-KE",
        ("County Public Service Board", "cpsb@kirinyaga-county.example"),
        "Public notice: Interview schedule for shortlisted candidates (all positions)",
        sent,
        "Look-alike: a public notice listing many candidates' numbers and slots for several "
        "posts; the reader is not addressed.",
        "PUBLIC NOTICE\n\nThe County Public Service Board wishes to notify the following "
        "shortlisted candidates of their interview dates. All interviews will be held at the "
        "Board Offices, Kutus.\n\nPOSITION: DRIVER\nKCPSB/DR/001 - Tuesday 2nd February 2027 - "
        "9:00 am\nKCPSB/DR/002 - Tuesday 2nd February 2027 - 9:30 am\nKCPSB/DR/003 - Tuesday "
        "2nd February 2027 - 10:00 am\n\nPOSITION: CLERICAL OFFICER\nKCPSB/CO/014 - Wednesday "
        "3rd February 2027 - 9:00 am\nKCPSB/CO/015 - Wednesday 3rd February 2027 - 9:45 am\n\n"
        "Candidates should carry original documents. Canvassing will lead to "
        "disqualification.\n\nSecretary/CEO",
        ((2, 2, "Tue"), (2, 3, "Wed")),
    )


def concorsi25() -> Iterator[Case]:
    f = "concorsi25"
    s = ("Ufficio Concorsi, Comune di Valleverde", "concorsi@comune-valleverde.example")
    sent = sent_on(1, 7, 10, ROM)
    yield inv(
        f,
        "convocazione_colloquio",
        "it",
        s,
        "Convocazione al colloquio – selezione per istruttore amministrativo",
        sent,
        "Comune: 'il giorno martedì 19 gennaio 2027 alle ore 10:00'; 'presentarsi 15 minuti "
        "prima' is not the start.",
        "Gentile Sig. Morgan,\n\ncon la presente La convochiamo al colloquio individuale "
        "previsto dall'avviso di selezione per n. 1 posto di istruttore amministrativo, che si "
        "terrà il giorno martedì 19 gennaio 2027 alle ore 10:00 presso la Sala Giunta del "
        "Palazzo Comunale, piazza Garibaldi 1.\n\nLa preghiamo di presentarsi 15 minuti prima, "
        "munito di documento di riconoscimento in corso di validità.\n\nCordiali saluti\n"
        "Il Responsabile dell'Ufficio Concorsi",
        when(1, 19, "Tue", 10, 0, ROM),
    )
    sent = sent_on(1, 8, 13, ROM)
    yield inv(
        f,
        "universita_assegno",
        "it",
        (
            "Dipartimento di Ingegneria, Università di Montebruno",
            "selezioni.ing@unimontebruno.example",
        ),
        "Assegno di ricerca – convocazione al colloquio telematico",
        sent,
        "University: 'giovedì 21 gennaio 2027, ore 14:30' on Teams.",
        "Gentile dott. Morgan,\n\nLe comunichiamo che, a seguito della valutazione dei titoli, "
        "è ammesso al colloquio per l'assegno di ricerca n. 3/2027. Il colloquio si svolgerà "
        "in modalità telematica giovedì 21 gennaio 2027, ore 14:30, sulla piattaforma Teams.\n\n"
        "Cordiali saluti\nLa Commissione giudicatrice",
        when(1, 21, "Thu", 14, 30, ROM),
    )
    sent = sent_on(1, 11, 9, ROM)
    yield inv(
        f,
        "asl_tabella",
        "it",
        ("UOC Gestione Risorse Umane, ASL Collina Sud", "risorseumane@asl-collinasud.example"),
        "Avviso di mobilità – colloquio",
        sent,
        "Health agency: 'Data: lunedì 25 gennaio 2027 / Ora: 11.00 / Sede: Sala riunioni'.",
        "Gentile candidato,\n\nnell'ambito dell'avviso di mobilità per collaboratore "
        "professionale sanitario – infermiere, Lei è convocato al colloquio:\n\nData: lunedì "
        "25 gennaio 2027\nOra: 11.00\nSede: Sala riunioni, Palazzina Direzione, via dei "
        "Tigli 3\n\nLa mancata presentazione sarà considerata rinuncia.\n\nUOC Gestione "
        "Risorse Umane",
        when(1, 25, "Mon", 11, 0, ROM),
    )
    sent = sent_on(1, 9, 12, ROM)
    yield neg(
        f,
        "calendario_prova_scritta",
        "it",
        s,
        "Concorso pubblico – calendario della prova scritta",
        sent,
        "Look-alike: the calendar of the written test for all admitted candidates, 'sabato "
        "30 gennaio 2027, ore 9:00'; the oral colloquio only for those who pass.",
        "Si comunica ai candidati ammessi al concorso pubblico per n. 2 posti di istruttore "
        "tecnico che la prova scritta si svolgerà sabato 30 gennaio 2027, ore 9:00, presso la "
        "palestra comunale di via Roma. Il calendario dei colloqui sarà pubblicato sul sito "
        "istituzionale dopo la correzione degli elaborati.\n\nUfficio Concorsi",
        ((1, 30, "Sat"),),
    )
    sent = sent_on(1, 20, 12, ROM)
    yield neg(
        f,
        "graduatoria",
        "it",
        s,
        "Approvazione graduatoria finale",
        sent,
        "Look-alike: the final ranking after the colloquio of 19 January is approved; "
        "nothing is set.",
        "Gentile Sig. Morgan,\n\nLe comunichiamo che con determinazione n. 41 del 20 gennaio "
        "2027 è stata approvata la graduatoria finale della selezione per istruttore "
        "amministrativo, a seguito dei colloqui svolti martedì 19 gennaio. La graduatoria è "
        "consultabile all'albo pretorio online.\n\nUfficio Concorsi",
        ((1, 19, "Tue"),),
    )


def gemeente25() -> Iterator[Case]:
    f = "gemeente25"
    s = ("Team Werving & Selectie, Gemeente Dijkhaven", "werving@dijkhaven.example")
    sent = sent_on(1, 7, 10, AMS)
    yield inv(
        f,
        "sollicitatiegesprek_uur",
        "nl",
        s,
        "Uitnodiging sollicitatiegesprek – beleidsadviseur wonen",
        sent,
        "Gemeente: 'op dinsdag 19 januari 2027 om 10.00 uur'; 'meld je 10 minuten van tevoren "
        "bij de balie' is not the start.",
        "Beste Alex,\n\nBedankt voor je sollicitatie op de functie beleidsadviseur wonen. De "
        "selectiecommissie nodigt je graag uit voor een eerste gesprek op dinsdag 19 januari "
        "2027 om 10.00 uur in het stadskantoor, Havenplein 2. Het gesprek duurt ongeveer een "
        "uur.\n\nMeld je 10 minuten van tevoren bij de centrale balie en neem een geldig "
        "legitimatiebewijs mee.\n\nMet vriendelijke groet,\nTeam Werving & Selectie",
        when(1, 19, "Tue", 10, 0, AMS),
        60,
    )
    sent = sent_on(1, 8, 14, AMS)
    yield inv(
        f,
        "ziekenhuis_tweede_ronde",
        "nl",
        ("HR, Ziekenhuis Rijnoever", "sollicitaties@rijnoever-zkh.example"),
        "Tweede gesprek – verpleegkundige IC",
        sent,
        "Hospital: 'Datum: donderdag 21 januari 2027 / Tijd: 14:00 – 15:00 uur'.",
        "Beste Alex,\n\nGraag nodigen we je uit voor het tweede gesprek voor de functie "
        "verpleegkundige IC.\n\nDatum: donderdag 21 januari 2027\nTijd: 14:00 – 15:00 uur\n"
        "Locatie: Ziekenhuis Rijnoever, route 12, vergaderkamer De Linde\n\nJe spreekt met de "
        "teamleider en een collega-verpleegkundige.\n\nMet vriendelijke groet,\nHR",
        when(1, 21, "Thu", 14, 0, AMS),
        60,
    )
    sent = sent_on(1, 11, 9, AMS)
    yield inv(
        f,
        "provincie_half_elf",
        "nl",
        ("P&O, Provincie Noord-Oostland", "vacatures@noordoostland.example"),
        "Uitnodiging gesprek – jurist omgevingsrecht",
        sent,
        "Province: 'maandag 25 januari om half elf', in words (10:30).",
        "Beste meneer Morgan,\n\nWij willen u graag uitnodigen voor een kennismakingsgesprek "
        "voor de functie jurist omgevingsrecht op maandag 25 januari om half elf in het "
        "provinciehuis, kamer 3.14.\n\nMet vriendelijke groet,\nafdeling P&O",
        when(1, 25, "Mon", 10, 30, AMS),
    )
    sent = sent_on(1, 12, 11, AMS)
    yield neg(
        f,
        "assessment_bureau_alle",
        "nl",
        ("Planning, Selectiebureau Meerhoven", "planning@selectiebureau-meerhoven.example"),
        "Capaciteitentest voor alle kandidaten – gemeente Dijkhaven",
        sent,
        "Look-alike: an agency books a capacity test for all candidates, 'vrijdag 29 januari "
        "om 9.00 uur', online at home; interviews later.",
        "Beste kandidaat,\n\nIn opdracht van de gemeente Dijkhaven vragen wij alle kandidaten "
        "voor de traineepool een online capaciteitentest te maken. De test staat open vanaf "
        "vrijdag 29 januari om 9.00 uur en moet binnen drie dagen zijn afgerond. Daarna "
        "ontvangen geselecteerde kandidaten een uitnodiging voor een gesprek.\n\nMet "
        "vriendelijke groet,\nSelectiebureau Meerhoven",
        ((1, 29, "Fri"),),
    )


def gonggi25() -> Iterator[Case]:
    f = "gonggi25"
    s = ("한국해양환경공단 인사팀", "recruit@koem-public.example")
    sent = sent_on(1, 6, 10, SEO)
    yield inv(
        f,
        "myeonjeop_jipgyeol",
        "ko",
        s,
        "[한국해양환경공단] 2027년 상반기 신입직원 면접전형 안내",
        sent,
        "Public institution: '집결 시간: 09:30 / 면접 시간: 10:00' on 2027년 1월 19일(화); the "
        "start is 10:00.",
        "알렉스 모건 님\n\n2027년 상반기 신입직원 채용 필기전형에 합격하셨음을 축하드립니다. "
        "면접전형 일정을 아래와 같이 안내드립니다.\n\n일시: 2027년 1월 19일(화)\n집결 시간: "
        "09:30\n면접 시간: 10:00 ~ 10:40\n장소: 본사 5층 대회의실 (부산 해운대구)\n\n"
        "신분증과 수험표를 지참하시기 바랍니다.\n\n인사팀 드림",
        when(1, 19, "Tue", 10, 0, SEO),
        40,
    )
    sent = sent_on(1, 8, 14, SEO)
    yield inv(
        f,
        "daehak_gyowon",
        "ko",
        ("교무처 교원인사팀", "faculty@hanbit-univ.example"),
        "교원 초빙 면접 심사 안내",
        sent,
        "University: '1월 22일(금) 오후 2시' for the faculty interview.",
        "모건 박사님께\n\n본교 전임교원 초빙에 지원해 주셔서 감사합니다. 서류 심사 결과 면접 "
        "심사 대상자로 선정되셨습니다.\n\n면접 일시: 1월 22일(금) 오후 2시\n장소: 본관 3층 "
        "제1회의실\n\n공개 강의 자료를 지참해 주시기 바랍니다.\n\n교무처 교원인사팀",
        when(1, 22, "Fri", 14, 0, SEO),
    )
    sent = sent_on(1, 11, 9, SEO)
    yield inv(
        f,
        "byeongwon_hwasang",
        "ko",
        ("국립중앙병원 인사과", "insa@nat-central-hp.example"),
        "화상면접 일정 안내",
        sent,
        "Hospital video interview: '1월 27일 수요일 오전 10시 30분부터 20분간'.",
        "모건 님 안녕하세요.\n\n간호직 채용 화상면접 일정을 안내드립니다. 1월 27일 수요일 오전 "
        "10시 30분부터 20분간 진행되며, 접속 링크는 전날 문자로 발송됩니다. 시작 10분 전까지 "
        "접속해 주세요.\n\n국립중앙병원 인사과",
        when(1, 27, "Wed", 10, 30, SEO),
        20,
    )
    sent = sent_on(1, 7, 15, SEO)
    yield neg(
        f,
        "pilgi_jeonhyeong",
        "ko",
        s,
        "[한국해양환경공단] 필기전형 시행 안내",
        sent,
        "Look-alike: the written test for all applicants, '1월 30일(토) 10:00 (입실 09:30)'; "
        "interviews only for those who pass.",
        "지원자 여러분께\n\n2027년 상반기 경력직 채용 필기전형을 아래와 같이 시행합니다.\n\n"
        "일시: 1월 30일(토) 10:00 ~ 12:00 (입실 완료 09:30)\n장소: 부산 ○○고등학교\n\n"
        "필기전형 합격자에 한하여 면접전형 일정을 개별 안내할 예정입니다.\n\n인사팀",
        ((1, 30, "Sat"),),
    )


BUILDERS = [
    nhsletter25,
    psucall25,
    council25,
    aunzgov25,
    cafed25,
    phgov25,
    behoerde25,
    fonction25,
    oposic25,
    urzad25,
    kommun25,
    koumuin25,
    africa25,
    concorsi25,
    gemeente25,
    gonggi25,
]

MEASURED: list[str] = [
    "First sight (parser at main e0fffd8a, before any change for this batch): dev: 39 of 41 "
    "invitations with the right start and end (34 sure), 4 of 16 look-alikes claimed with "
    "confidence >= 0.5 (an Indian admit card for a computer-based test 0.58, a German "
    "'schriftlicher Auswahltest' 0.58, a Danish 'testdag' 0.72, a Japanese 筆記試験 notice "
    "0.55); missed: a German Behörde letter read as a rejection for its closing 'Reisekosten "
    "können leider nicht erstattet werden' (0.80), and a Japanese call whose '集合時刻 9時30分' "
    "was taken for the start of the '面接開始 10時00分' interview. Held out: 12 of 13 "
    "invitations right (12 sure), 2 of 5 look-alikes claimed. No calendar-bearing mail.",
    "",
    "After the batch's three rules: dev 41 of 41 right (36 sure), 0 of 16 claimed; held out "
    "12 of 13 right (12 sure), 2 of 5 claimed (unchanged). Whole splits (quick.py, batch "
    "included): dev text 2390/2416 (2388 before), sure 2131 (2129), false claims 26 of 2010 "
    "(30), calendars 362/362; held out 1008/1074 text, 849 sure, 91/888 claimed, calendars "
    "116/117 (all unchanged); shared and fixtures unchanged; cmp.py: 6 FIXED, no BROKE, held "
    "out better 0 worse 0. Left in dev: five invitations read right but unsure (0.40-0.45): "
    "an NSW health district letter, a German Stadtverwaltung's 'Datum / Uhrzeit' block, a "
    "Swedish kommun's 'kl. 10.00–11.00', an Indian institute's 'Interview Time' table row "
    "and a Polish university's 'o godz. 12.30'.",
]

RULES: list[str] = [
    "- A written exam or test day (`WRITTEN_TEST_CUES` in lookalikes, on the sentence with the",
    "  time and on a subject that names no interview, unless the sentence names the reader's",
    "  own interview): 'admit card', 'written test', 'computer based test', 'exam time',",
    "  'schriftlicher Auswahltest', 'Einstellungstest', 'testdag', 'skriftlig prøve',",
    "  'épreuves écrites', 'examen escrito', 'primer ejercicio', '筆記試験', '受験票'. Public",
    "  employers send these in their interview-letter shapes and name interviews only as the",
    "  later step; sources: this batch's psucall25 (en-IN), behoerde25 (de), kommun25 (da) and",
    "  koumuin25 (ja), four senders; Italian, Dutch and Korean words were left out on",
    "  purpose (held-out languages of this batch).",
    "- A regret about travel costs is no refusal (classify: the sentence naming 'Reisekosten',",
    "  'Fahrtkosten', 'travel expenses', 'frais de déplacement', 'reiskosten', 'spese di",
    "  viaggio'... is left out before the regret words 'leider ... nicht', 'unfortunately, we",
    "  ... unable' are read): the stock closing of German Behörden interview letters",
    "  ('Reisekosten können leider nicht erstattet werden', behoerde25) and of UK council and",
    "  NHS letters ('Unfortunately, we are unable to reimburse travel expenses').",
    "- Japanese '集合時刻' / '集合時間' in `ARRIVAL_CUES`: the time to assemble before",
    "  '面接開始' in public-service examination notices and company interview days",
    "  (koumuin25 ja; Japanese national and municipal examination guides use the same",
    "  '集合時刻' line).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the formal25 batch (`build_formal25.py`)",
        "",
        "Formal interview invitation letters in the mail text from public bodies, universities, "
        "hospitals, schools and large employers, with look-alikes from the same kinds of sender. "
        "All text is ours (no third-party text copied; no forwards in this batch); people, "
        "bodies, addresses and links are made up. Every label was written from the datetimes "
        "the text is rendered from, before the parser was run on the message.",
        "",
        "An interview set for the reader is an `invitation` whose start is the interview's own "
        "time, never the reporting, arrival, registration or document-check time written "
        "before it (as in tests/parsing/test_arrival_before_start.py and the civilservice "
        "labels); written-exam and test-day convocations, admit cards, results, merit pools, "
        "shortlisting outcomes, document-verification days, ID checks after an offer and "
        "public notices listing many candidates' slots are `not_invitation`.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_formal25.py` "
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
    pp.write_batch(cases, SPLITS, "PROVENANCE-formal25.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
