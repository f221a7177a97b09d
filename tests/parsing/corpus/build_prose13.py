"""Write the "prose13" batch: scheduling mail typed in English by recruiters and hiring managers
outside the US/UK mainstream (India, Pakistan, Nigeria, Ghana, Kenya, Uganda, Tanzania, South
Africa, the Philippines, Singapore, Malaysia, Ireland, Australia, New Zealand, Canada, the Gulf).

Run: .venv/bin/python tests/parsing/corpus/build_prose13.py

About seventy messages in eleven families: '1430hrs', '2.30 pm IST', '11 o'clock', 'half past
3', 'by 10 sharp', 'kindly be available on 07/01/2027 at 11:00 AM', 'Thursday the 7th', 'this
coming Monday', 'SAST', 'WAT', 'EAT', 'PKT', 'GST (Dubai)', 'KSA time', 'AEDT', 'ACDT', 'NZDT',
'NST (Newfoundland time)', '7th Jan 2027', '07-01-2027', '2027-01-13', dates and times on
separate lines, ranges, panel days with a reporting time, moves ('prepone', 'postpone',
'shifted to', 'bumped you to') and cancellations; look-alike negatives in the same voices
(walk-in drives, job fairs, document deadlines, availability asks, 'revert by EOD', decisions
by Friday 5pm, reference calls about someone else, notices for other candidates). Every label
comes from the datetimes the text is rendered from (weekdays typed in the text are checked by
`at`) and was written before the parser was run on the message. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only its
own families' files.
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
slot = p8.slot
ME = p8.ME
HAND = (
    "hand-written; recruiters', HR desks' and hiring managers' own prose in the English of "
    "South Asia, Africa, South-East Asia, the Gulf, Ireland, Australasia and Canada as typed "
    "in webmail; " + OWN
)
NEG: dict[str, object] = {"kind": "not_invitation"}
H = timedelta(hours=1)
M = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "campushire": "dev",
    "pkrecruit": "dev",
    "naijahr": "dev",
    "sahr": "dev",
    "phsghr": "dev",
    "anzrec": "dev",
    "notyours": "dev",
    "gccrec": "heldout",
    "eastafhr": "heldout",
    "canrec": "heldout",
    "irlhr": "heldout",
}
SOURCES = {
    "campushire": "Indian HR and consultants: 'Kindly be available on 07/01/2027 at 11:00 AM', "
    "'this coming Monday at 2.30 pm IST', 'prepone', 'Date :'/'Time :' lines with a range "
    "(HTML and text); walk-in drives, availability asks with 'revert by EOD', 'will revert'.",
    "pkrecruit": "Pakistani HR: '12-01-2027 at 1430hrs (PKT)', 'postponed to', 'stands "
    "cancelled', 'by 10 sharp'; document deadlines, lists of other candidates.",
    "naijahr": "Nigerian and Ghanaian HR: 'Thursday the 7th of January, 2027 by 10am prompt "
    "(WAT)', '11 o'clock in the forenoon', 'shifted to', cancellations; guarantor-form "
    "deadlines, 'decision by Friday 5pm'.",
    "sahr": "South African HR: '07-01-2027 at 10:00 SAST', 'half past 3', '2027-01-13 at 09h00' "
    "with 'Duration: 1h30', cancellations; assessment deadlines, reference calls about someone "
    "else.",
    "phsghr": "Philippine, Singaporean and Malaysian HR: '2:00 PM to 2:30 PM PHT', 'this coming "
    "Monday (18 Jan) at 10am SGT', 'Thursday the 21st, 3pm MYT', moves; job fairs, thanks with "
    "a decision date, availability asks.",
    "anzrec": "Australian and New Zealand HR: date and time on separate lines ('11am to 11:45am "
    "AEDT'), 'NZDT', 'ACDT (Adelaide time)', 'bumped you to', cancellations; closing dates, "
    "assessment centres for all applicants.",
    "notyours": "Look-alikes across the same regions: mail meant for another candidate, "
    "reference requests, decisions by Friday 5pm, webinars; two invitations as controls.",
    "gccrec": "Gulf recruiters (UAE, Saudi Arabia, Qatar).",
    "eastafhr": "Kenyan, Ugandan and Tanzanian HR and public boards.",
    "canrec": "Canadian employers, including Atlantic and Newfoundland time.",
    "irlhr": "Irish employers and agencies.",
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
    text: str | None = None,
    html: str | None = None,
    reply: bool = False,
) -> Case:
    raw = mail(
        f"prose13/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        reply_to_key=f"prose13/{family}/{name}/parent" if reply else "",
    )
    label = {**label, "organizer_email": sender[1]}
    return Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)


def said(who: tuple[str, str], when: datetime) -> str:
    """Gmail's English attribution line, day-month order."""
    return f"On {when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}, {who[0]} <{who[1]}> wrote:"


CAND = ("Alex Morgan", "alex.morgan@mailbox.example")


# --------------------------------------------------------------------------------------
def campushire() -> Iterator[Case]:
    f, z = "campushire", "Asia/Kolkata"
    s = ("Sneha Kulkarni", "sneha.kulkarni@vedantsoft.example.in")
    sent = at(2027, 1, 4, 10, 12, z, "Mon")
    st = at(2027, 1, 7, 11, 0, z, "Thu")
    yield case(
        f,
        "kindly_be_available_07_01_2027",
        "en-IN",
        s,
        "Technical Interview - Round 2 | Java Developer",
        sent,
        "'Kindly be available on 07/01/2027 at 11:00 AM' (day first) for a Teams round; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nGreetings from Vedant Software!\n\nWith reference to your application for "
        "the post of Java Developer, we are pleased to inform you that you have cleared Round 1."
        "\n\nKindly be available on 07/01/2027 at 11:00 AM for the technical interview (Round 2) "
        "via MS Teams. The meeting link will be shared 30 mins prior.\n\nPlease keep your "
        "laptop charged and ensure a stable internet connection.\n\nThanks & Regards,\nSneha "
        "Kulkarni\nTalent Acquisition | Vedant Software Pvt. Ltd.\n+91 98200 11223",
    )
    s = ("Rahul Menon", "rahul.menon@keralatech-hr.example.in")
    sent = at(2027, 1, 6, 17, 40, z, "Wed")
    st = at(2027, 1, 11, 14, 30, z, "Mon")
    yield case(
        f,
        "this_coming_monday_230_pm_ist",
        "en-IN",
        s,
        "Interview with Delivery Head",
        sent,
        "'this coming Monday at 2.30 pm IST' sent on Wednesday 6 January (11 January); "
        "'Duration: 45 mins' is exact; IST is India here.",
        slot(st, st + 45 * M, zone=z),
        "Hi Alex,\n\nAs discussed telephonically, your interview with our Delivery Head, Mr. "
        "Suresh Pillai, is fixed for this coming Monday at 2.30 pm IST.\n\nDuration: 45 mins\n"
        "Mode: Google Meet (link to follow)\n\nDo let me know in case of any concern.\n\n"
        "Regards,\nRahul",
    )
    s = ("Priyanka Sharma", "priyanka.sharma@indigologix.example.in")
    sent = at(2027, 1, 8, 18, 5, z, "Fri")
    st = at(2027, 1, 12, 11, 30, z, "Tue")
    yield case(
        f,
        "prepone_to_tuesday_1130",
        "en-IN",
        s,
        "Reg: Prepone of HR round",
        sent,
        "Move forward ('prepone'): from 'Wednesday 13th Jan, 4 PM' to 'Tuesday 12th Jan, 11:30 "
        "AM IST'; the label is the new slot.",
        slot(st, kind="reschedule", zone=z),
        "Dear Alex,\n\nDue to the travel plans of our CHRO, we need to prepone your HR round. "
        "It was earlier scheduled on Wednesday 13th Jan, 4 PM.\n\nRevised schedule: Tuesday "
        "12th Jan, 11:30 AM IST (same Zoom link).\n\nApologies for the inconvenience. Kindly "
        "confirm.\n\nRegards,\nPriyanka Sharma\nHR - IndigoLogix",
    )
    s = ("Careers Desk", "careers@pinnaclebpo.example.in")
    sent = at(2027, 1, 11, 9, 0, z, "Mon")
    yield case(
        f,
        "walk_in_drive_saturday",
        "en-IN",
        s,
        "Walk-in Drive for Customer Support (Voice) - 16th Jan",
        sent,
        "Negative: a walk-in drive for everyone, 'Saturday, 16th Jan 2027 / Time: 9:30 AM to "
        "1:00 PM'; candidates come any time within the window.",
        NEG,
        "Dear Candidate,\n\nPinnacle BPO is conducting a Walk-in Drive for Customer Support "
        "(Voice) - Freshers & Experienced.\n\nDate: Saturday, 16th Jan 2027\nTime: 9:30 AM to "
        "1:00 PM\nVenue: Pinnacle BPO, Tower B, Magarpatta City, Pune\n\nWalk in any time "
        "within the above timings with 2 copies of your updated resume and a photo ID. Please "
        "forward this to your friends who may be interested.\n\nTeam Careers",
    )
    s = ("Ankit Verma", "ankit.verma@talentbridge-consult.example.in")
    sent = at(2027, 1, 12, 12, 20, z, "Tue")
    yield case(
        f,
        "share_availability_revert_eod",
        "en-IN",
        s,
        "Telephonic round - share availability",
        sent,
        "Negative: 'please share your availability for Thursday or Friday between 11 AM and 5 "
        "PM' and 'kindly revert by EOD'; nothing set.",
        NEG,
        "Hi Alex,\n\nYour profile has been shortlisted by the client for the Business Analyst "
        "role. Please share your availability for a telephonic round on Thursday or Friday "
        "between 11 AM and 5 PM.\n\nAlso share the below details:\nCurrent CTC:\nExpected "
        "CTC:\nNotice period:\n\nKindly revert by EOD today.\n\nThanks,\nAnkit",
    )
    s = ("Deepa Iyer", "deepa.iyer@vedantsoft.example.in")
    sent = at(2027, 1, 14, 19, 10, z, "Thu")
    yield case(
        f,
        "will_revert_after_todays_3pm",
        "en-IN",
        s,
        "Re: Interview today",
        sent,
        "Negative: thanks for today's interview at 3 PM; 'we will revert by EOD tomorrow' with "
        "the feedback.",
        NEG,
        "Hi Alex,\n\nThank you for taking the time for the interview today at 3 PM with our "
        "panel. The panel is consolidating the feedback and we will revert by EOD tomorrow "
        "on the next steps.\n\nRegards,\nDeepa",
        reply=True,
    )
    s = ("Recruitment Team", "recruitment@sarvamfin.example.in")
    sent = at(2027, 1, 15, 11, 45, z, "Fri")
    st = at(2027, 1, 19, 10, 0, z, "Tue")
    text = (
        "Dear Alex Morgan,\n\nWe are pleased to invite you for the Managerial Round for the "
        "position of Risk Analyst.\n\nDate : 19-Jan-2027 (Tuesday)\nTime : 10:00 AM to 11:00 AM "
        "(IST)\nVenue : Sarvam Finance, 5th Floor, Prestige Tech Park, Bengaluru\nContact : "
        "Ms. Lakshmi (080 4000 1234)\n\nPlease carry a government ID proof.\n\nRegards,\n"
        "Recruitment Team\nSarvam Finance Ltd."
    )
    html = (
        "<html><body><p>Dear Alex Morgan,</p><p>We are pleased to invite you for the "
        '<b>Managerial Round</b> for the position of Risk Analyst.</p><table border="1" '
        'cellpadding="4"><tr><td><b>Date</b></td><td>19-Jan-2027 (Tuesday)</td></tr><tr><td>'
        "<b>Time</b></td><td>10:00 AM to 11:00 AM (IST)</td></tr><tr><td><b>Venue</b></td><td>"
        "Sarvam Finance, 5th Floor, Prestige Tech Park, Bengaluru</td></tr><tr><td><b>Contact"
        "</b></td><td>Ms. Lakshmi (080 4000 1234)</td></tr></table><p>Please carry a "
        "government ID proof.</p><p>Regards,<br>Recruitment Team<br>Sarvam Finance Ltd.</p>"
        "</body></html>"
    )
    yield case(
        f,
        "date_time_lines_range_html",
        "en-IN",
        s,
        "Invitation: Managerial Round - Risk Analyst",
        sent,
        "Text and HTML: 'Date : 19-Jan-2027 (Tuesday)' and 'Time : 10:00 AM to 11:00 AM (IST)' "
        "on separate lines / table rows.",
        slot(st, st + H, zone=z),
        text,
        html,
    )


# --------------------------------------------------------------------------------------
def pkrecruit() -> Iterator[Case]:
    f, z = "pkrecruit", "Asia/Karachi"
    s = ("Ayesha Siddiqui", "ayesha.siddiqui@indusgrid.example.pk")
    sent = at(2027, 1, 7, 15, 30, z, "Thu")
    st = at(2027, 1, 12, 14, 30, z, "Tue")
    yield case(
        f,
        "tuesday_12_01_2027_1430hrs_pkt",
        "en-PK",
        s,
        "Interview Call - Assistant Manager Finance",
        sent,
        "'Tuesday 12-01-2027 at 1430hrs (PKT)': day-month-year with dashes, 24-hour 'hrs' "
        "glued to the digits.",
        slot(st, zone=z),
        "Dear Mr. Alex,\n\nAsSalam o Alaikum.\n\nYour interview for the post of Assistant "
        "Manager Finance is scheduled on Tuesday 12-01-2027 at 1430hrs (PKT) at our Head "
        "Office, 3rd Floor, Emerald Tower, Clifton, Karachi.\n\nPlease bring your original CNIC "
        "and educational documents.\n\nBest Regards,\nAyesha Siddiqui\nHR Department, Indus Grid "
        "Pvt Ltd",
    )
    s = ("Usman Tariq", "usman.tariq@lahoretextiles.example.pk")
    sent = at(2027, 1, 11, 12, 0, z, "Mon")
    st = at(2027, 1, 18, 11, 0, z, "Mon")
    yield case(
        f,
        "postponed_to_monday_18th",
        "en-PK",
        s,
        "Interview Postponed",
        sent,
        "'has been postponed from Wednesday 13th January to Monday 18th January 2027 at 11:00 "
        "AM'; the label is the new slot; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Dear Candidate,\n\nDue to unavoidable circumstances, your interview has been postponed "
        "from Wednesday 13th January to Monday 18th January 2027 at 11:00 AM. The venue remains "
        "the same.\n\nInconvenience is regretted.\n\nRegards,\nUsman Tariq\nManager HR",
    )
    s = ("HR Department", "hr@crescentpharma.example.pk")
    sent = at(2027, 1, 19, 16, 15, z, "Tue")
    st = at(2027, 1, 21, 10, 30, z, "Thu")
    yield case(
        f,
        "stands_cancelled_21st",
        "en-PK",
        s,
        "Cancellation of Interview",
        sent,
        "Cancellation: 'your interview scheduled for Thursday 21st January 2027 at 10:30 am "
        "stands cancelled'; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Dear Mr. Morgan,\n\nThis is to inform you that your interview scheduled for Thursday "
        "21st January 2027 at 10:30 am stands cancelled, as the position has been put on hold "
        "by the management.\n\nWe shall keep your CV in our data bank.\n\nRegards,\nHR "
        "Department\nCrescent Pharma",
    )
    s = ("Bilal Ahmed", "bilal.ahmed@indusgrid.example.pk")
    sent = at(2027, 1, 18, 10, 0, z, "Mon")
    yield case(
        f,
        "attested_documents_by_5pm",
        "en-PK",
        s,
        "Submission of documents",
        sent,
        "Negative: submit attested documents 'by 5:00 pm on Friday 22-01-2027'.",
        NEG,
        "Dear Alex,\n\nFurther to your interview, you are requested to submit attested copies "
        "of your degrees, experience letters and two passport size photographs at the reception "
        "by 5:00 pm on Friday 22-01-2027.\n\nRegards,\nBilal Ahmed\nHR Officer",
    )
    s = ("Saima Rauf", "saima.rauf@punjabfoods.example.pk")
    sent = at(2027, 1, 21, 17, 50, z, "Thu")
    st = at(2027, 1, 25, 10, 0, z, "Mon")
    yield case(
        f,
        "reach_by_10_sharp",
        "en-PK",
        s,
        "Final interview with GM",
        sent,
        "'Please reach our Gulberg office by 10 sharp on Monday 25th January' (the meeting "
        "time); no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nCongratulations, you have been shortlisted for the final interview "
        "with our GM Operations.\n\nPlease reach our Gulberg office by 10 sharp on Monday 25th "
        "January. GM sahab has a flight at 12 so kindly be on time.\n\nAddress: 45-B, Main "
        "Boulevard, Gulberg III, Lahore\n\nRegards,\nSaima Rauf\n0300 1234567",
    )
    s = ("Recruitment Cell", "recruitment@nhpc-example.gov.pk")
    sent = at(2027, 1, 20, 11, 0, z, "Wed")
    yield case(
        f,
        "shortlist_other_roll_numbers",
        "en-PK",
        s,
        "Shortlisted candidates - Interviews 27-01-2027",
        sent,
        "Negative: a notice with other candidates' roll numbers for interviews 'on 27-01-2027 "
        "at 0900 hrs'; the reader's number is not among them.",
        NEG,
        "Dear Applicant,\n\nThe list of candidates shortlisted for interview on 27-01-2027 at "
        "0900 hrs is given below:\n\nRoll No. 10234, 10251, 10277, 10302, 10318\n\nCandidates "
        "whose roll numbers do not appear in the above list have not been shortlisted. We "
        "thank you for your interest.\n\nRecruitment Cell",
    )


# --------------------------------------------------------------------------------------
def naijahr() -> Iterator[Case]:
    f, z = "naijahr", "Africa/Lagos"
    s = ("Chiamaka Obi", "chiamaka.obi@greenfieldbank.example.ng")
    sent = at(2027, 1, 4, 13, 25, z, "Mon")
    st = at(2027, 1, 7, 10, 0, z, "Thu")
    yield case(
        f,
        "thursday_the_7th_by_10am_prompt_wat",
        "en-NG",
        s,
        "Invitation for Interview - Graduate Trainee",
        sent,
        "'Thursday the 7th of January, 2027 by 10am prompt (WAT)': 'by ... prompt' is the "
        "time; WAT in a Lagos mail.",
        slot(st, zone=z),
        "Dear Alex,\n\nFollowing your application, you are invited for an interview holding on "
        "Thursday the 7th of January, 2027 by 10am prompt (WAT).\n\nVenue: Greenfield Bank "
        "Plc, 14 Adeola Odeku Street, Victoria Island, Lagos.\n\nKindly come along with your "
        "credentials and a valid means of identification.\n\nBest regards,\nChiamaka Obi\n"
        "Human Capital Management",
    )
    s = ("Tunde Adeyemi", "tunde.adeyemi@savannahoil.example.ng")
    sent = at(2027, 1, 6, 9, 40, z, "Wed")
    st = at(2027, 1, 11, 11, 0, z, "Mon")
    yield case(
        f,
        "eleven_oclock_forenoon",
        "en-NG",
        s,
        "Oral Interview",
        sent,
        "'on Monday, 11th January 2027 at 11 o'clock in the forenoon'; no zone.",
        slot(st, sent=sent),
        "Dear Sir,\n\nI am directed to invite you for an oral interview for the position of "
        "Procurement Officer on Monday, 11th January 2027 at 11 o'clock in the forenoon.\n\n"
        "The interview will hold at the Conference Room, Savannah Oil House, Abuja.\n\n"
        "Yours faithfully,\nTunde Adeyemi\nfor: Head, Human Resources",
    )
    s = ("Efua Mensah", "efua.mensah@coastalinsure.example.com.gh")
    sent = at(2027, 1, 8, 14, 0, "Africa/Accra", "Fri")
    st = at(2027, 1, 14, 9, 0, "Africa/Accra", "Thu")
    yield case(
        f,
        "accra_date_time_lines",
        "en-GH",
        s,
        "Interview schedule",
        sent,
        "Ghanaian lines 'Date: 14/01/2027' and 'Time: 9:00am - 10:00am'; no zone.",
        slot(st, st + H, sent=sent),
        "Hello Alex,\n\nWe are pleased to invite you to an interview for the Claims Officer "
        "role. Details are as follows:\n\nDate: 14/01/2027\nTime: 9:00am - 10:00am\nVenue: "
        "Coastal Insurance, Ring Road Central, Accra\n\nPlease confirm your attendance.\n\n"
        "Warm regards,\nEfua Mensah\nHR Officer",
    )
    s = ("Ngozi Eze", "ngozi.eze@greenfieldbank.example.ng")
    sent = at(2027, 1, 15, 16, 30, z, "Fri")
    st = at(2027, 1, 20, 14, 0, z, "Wed")
    yield case(
        f,
        "shifted_to_wednesday_2pm_wat",
        "en-NG",
        s,
        "Re: Second Interview - Change of Date",
        sent,
        "'The interview earlier fixed for Tuesday has been shifted to Wednesday 20th January "
        "2027, 2pm WAT'; the label is the new slot.",
        slot(st, kind="reschedule", zone=z),
        "Dear Alex,\n\nPlease note that the interview earlier fixed for Tuesday has been "
        "shifted to Wednesday 20th January 2027, 2pm WAT. Same venue.\n\nWe apologise for any "
        "inconvenience.\n\nRegards,\nNgozi",
    )
    s = ("Human Resources", "hr@savannahoil.example.ng")
    sent = at(2027, 1, 12, 10, 0, z, "Tue")
    yield case(
        f,
        "guarantor_form_by_4pm",
        "en-NG",
        s,
        "Guarantor Form",
        sent,
        "Negative: 'submit your guarantor form on or before Friday 15th January 2027 by 4pm'.",
        NEG,
        "Dear Alex,\n\nKindly ensure you submit your duly completed guarantor form and "
        "passport photographs on or before Friday 15th January 2027 by 4pm at the HR desk.\n\n"
        "Thank you.\nHuman Resources",
    )
    s = ("Kwame Boateng", "kwame.boateng@coastalinsure.example.com.gh")
    sent = at(2027, 1, 14, 15, 20, "Africa/Accra", "Thu")
    yield case(
        f,
        "went_well_decision_by_friday_5pm",
        "en-GH",
        s,
        "Re: Interview this morning",
        sent,
        "Negative: 'the interview went well'; the panel's decision 'by Friday 5pm'.",
        NEG,
        "Hi Alex,\n\nThanks for coming in this morning, the interview went well from our side. "
        "The panel will meet and we should have a decision by Friday 5pm. I'll call you either "
        "way.\n\nBest,\nKwame",
        reply=True,
    )
    s = ("Chiamaka Obi", "chiamaka.obi@greenfieldbank.example.ng")
    sent = at(2027, 1, 21, 17, 45, z, "Thu")
    st = at(2027, 1, 22, 10, 0, z, "Fri")
    yield case(
        f,
        "cancelled_tomorrow_friday_22nd",
        "en-NG",
        s,
        "Cancellation: Panel Interview",
        sent,
        "Cancellation: 'the interview scheduled for tomorrow, Friday 22nd January 2027 at "
        "10:00am has been cancelled'; a new date will follow; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Dear Alex,\n\nPlease be informed that the panel interview scheduled for tomorrow, "
        "Friday 22nd January 2027 at 10:00am has been cancelled due to the ongoing board "
        "retreat. A new date will be communicated to you in due course.\n\nRegards,\nChiamaka",
    )


# --------------------------------------------------------------------------------------
def sahr() -> Iterator[Case]:
    f, z = "sahr", "Africa/Johannesburg"
    s = ("Lerato Mokoena", "lerato.mokoena@highveldmining.example.co.za")
    sent = at(2027, 1, 4, 8, 50, z, "Mon")
    st = at(2027, 1, 7, 10, 0, z, "Thu")
    yield case(
        f,
        "thursday_07_01_2027_10_sast",
        "en-ZA",
        s,
        "Interview: Mine Planner",
        sent,
        "'Thursday, 07-01-2027 at 10:00 SAST': day first (the weekday and the sent date rule "
        "out 1 July).",
        slot(st, zone=z),
        "Good day Alex,\n\nThank you for your application. We would like to invite you to an "
        "interview on Thursday, 07-01-2027 at 10:00 SAST at our Rustenburg offices.\n\nPlease "
        "bring certified copies of your ID and qualifications.\n\nKind regards,\nLerato Mokoena"
        "\nTalent Acquisition, Highveld Mining",
    )
    s = ("Pieter van Wyk", "pieter@capevineyards.example.co.za")
    sent = at(2027, 1, 7, 16, 10, z, "Thu")
    st = at(2027, 1, 11, 15, 30, z, "Mon")
    yield case(
        f,
        "monday_half_past_3",
        "en-ZA",
        s,
        "Re: Cellar manager position",
        sent,
        "Owner's reply: 'See you on Monday at half past 3 at the farm'; no zone.",
        slot(st, sent=sent),
        "Hi Alex\n\nLekker, thanks for sending the references. See you on Monday at half past "
        "3 at the farm - take the gravel road after the Stellenbosch turn-off, the office is "
        "next to the tasting room.\n\nCheers\nPieter",
        reply=True,
    )
    s = ("Naledi Dlamini", "naledi.dlamini@ubuntufin.example.co.za")
    sent = at(2027, 1, 8, 11, 0, z, "Fri")
    st = at(2027, 1, 13, 9, 0, z, "Wed")
    yield case(
        f,
        "iso_date_09h00_duration_1h30",
        "en-ZA",
        s,
        "Panel interview - Credit Risk Analyst",
        sent,
        "'When: 2027-01-13 at 09h00' and 'Duration: 1h30' on separate lines; no zone.",
        slot(st, st + 90 * M, sent=sent),
        "Dear Alex\n\nWe are pleased to invite you to a panel interview.\n\nWhen: 2027-01-13 at "
        "09h00\nDuration: 1h30 (including a 20-minute case study)\nWhere: Ubuntu Financial, "
        "Block C, 90 Rivonia Road, Sandton\n\nKindly confirm by return mail.\n\nRegards\n"
        "Naledi Dlamini\nHR Business Partner",
    )
    s = ("Lerato Mokoena", "lerato.mokoena@highveldmining.example.co.za")
    sent = at(2027, 1, 12, 14, 20, z, "Tue")
    st = at(2027, 1, 15, 11, 0, z, "Fri")
    yield case(
        f,
        "cancel_fridays_interview",
        "en-ZA",
        s,
        "Interview cancelled - Friday",
        sent,
        "Cancellation: 'we have to cancel Friday's interview (15 January, 11:00)'; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Hi Alex\n\nUnfortunately we have to cancel Friday's interview (15 January, 11:00). "
        "The hiring manager has been booked off sick. I will be in touch with a new date as "
        "soon as I have one.\n\nApologies\nLerato",
    )
    s = ("Assessments", "assessments@ubuntufin.example.co.za")
    sent = at(2027, 1, 14, 9, 30, z, "Thu")
    yield case(
        f,
        "psychometric_before_2359_sunday",
        "en-ZA",
        s,
        "Online assessment",
        sent,
        "Negative: a psychometric assessment to complete 'before 23:59 on Sunday 17 January'.",
        NEG,
        "Dear Alex\n\nAs the next step, please complete the online psychometric assessment "
        "before 23:59 on Sunday 17 January. It takes about 40 minutes.\n\nLink: https://assess."
        "example.co.za/u/5521\n\nRegards\nAssessments Team",
    )
    s = ("Sipho Khumalo", "sipho.khumalo@karoologistics.example.co.za")
    sent = at(2027, 1, 15, 10, 5, z, "Fri")
    yield case(
        f,
        "reference_call_about_thabo",
        "en-ZA",
        s,
        "Reference check - Thabo Nkosi",
        sent,
        "Negative: a reference call about another person, proposed for 'Tuesday 19 January at "
        "14:00' if it suits.",
        NEG,
        "Good morning Alex\n\nThabo Nkosi has applied for a Fleet Controller post with us and "
        "listed you as a reference. Would Tuesday 19 January at 14:00 suit you for a short "
        "call (10 minutes)? Otherwise let me know a better time.\n\nThanks\nSipho Khumalo\n"
        "Karoo Logistics",
    )


# --------------------------------------------------------------------------------------
def phsghr() -> Iterator[Case]:
    f = "phsghr"
    mnl, sg, kl = "Asia/Manila", "Asia/Singapore", "Asia/Kuala_Lumpur"
    s = ("Maricel Santos", "maricel.santos@bayanicx.example.ph")
    sent = at(2027, 1, 8, 17, 0, mnl, "Fri")
    st = at(2027, 1, 12, 14, 0, mnl, "Tue")
    yield case(
        f,
        "jan_12_2pm_to_230pm_pht",
        "en-PH",
        s,
        "Initial Interview Schedule",
        sent,
        "'January 12, 2027 (Tuesday), 2:00 PM to 2:30 PM PHT' via Zoom.",
        slot(st, st + 30 * M, zone=mnl),
        "Hi Alex,\n\nGood day!\n\nThank you for your interest in BayaniCX. Your initial "
        "interview is on January 12, 2027 (Tuesday), 2:00 PM to 2:30 PM PHT via Zoom.\n\n"
        "Kindly be online 10 minutes before your schedule. Please reply to confirm.\n\nThank "
        "you and God bless!\n\nMaricel Santos\nRecruitment Specialist",
    )
    s = ("Jasmine Tan", "jasmine.tan@merlionlabs.example.sg")
    sent = at(2027, 1, 13, 11, 30, sg, "Wed")
    st = at(2027, 1, 18, 10, 0, sg, "Mon")
    yield case(
        f,
        "this_coming_monday_18_jan_10am_sgt",
        "en-SG",
        s,
        "Interview with Engineering Manager",
        sent,
        "'this coming Monday (18 Jan) at 10am SGT' sent on Wednesday 13 January; 'about 45 "
        "min' is loose, so no end.",
        slot(st, zone=sg),
        "Hi Alex,\n\nThanks for your patience. Can confirm your interview with Wei Ming, our "
        "Engineering Manager, this coming Monday (18 Jan) at 10am SGT. It will take about 45 "
        "min. Meet link will be in the calendar invite.\n\nThanks!\nJasmine",
    )
    s = ("Nurul Aisyah", "nurul.aisyah@petronaut.example.my")
    sent = at(2027, 1, 15, 9, 15, kl, "Fri")
    st = at(2027, 1, 21, 15, 0, kl, "Thu")
    yield case(
        f,
        "thursday_the_21st_3pm_myt",
        "en-MY",
        s,
        "Interview - Process Engineer",
        sent,
        "'Thursday the 21st, 3pm MYT' at the KL office.",
        slot(st, zone=kl),
        "Dear Alex,\n\nWe would like to invite you for a face-to-face interview on Thursday "
        "the 21st, 3pm MYT at our office in Menara Petronaut, Jalan Ampang, KL.\n\nPlease "
        "register at the lobby counter. Parking is available at Basement 2.\n\nThank you.\n\n"
        "Regards,\nNurul Aisyah\nHR Executive",
    )
    s = ("Joy Reyes", "joy.reyes@bayanicx.example.ph")
    sent = at(2027, 1, 20, 16, 45, mnl, "Wed")
    st = at(2027, 1, 25, 9, 30, mnl, "Mon")
    yield case(
        f,
        "moved_final_to_monday_25",
        "en-PH",
        s,
        "Re: Final Interview - Reschedule",
        sent,
        "Move: 'we need to move your final interview from Friday 22 Jan to Monday 25 Jan, "
        "9:30 AM (same time)'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nSorry for the late notice po. Our Ops Director will be out on Friday so we "
        "need to move your final interview from Friday 22 Jan to Monday 25 Jan, 9:30 AM (same "
        "time). Same venue at the 18th floor.\n\nThank you for understanding!\nJoy",
    )
    s = ("BayaniCX Careers", "careers@bayanicx.example.ph")
    sent = at(2027, 1, 18, 8, 0, mnl, "Mon")
    yield case(
        f,
        "job_fair_sm_megamall",
        "en-PH",
        s,
        "See you at the Mega Job Fair!",
        sent,
        "Negative: a job fair for everyone, 'Saturday, January 23, 10 AM - 5 PM'; on-the-spot "
        "interviews.",
        NEG,
        "Hi Alex,\n\nBayaniCX will be at the Mega Job Fair this Saturday, January 23, 10 AM - "
        "5 PM at SM Megamall Events Center. On-the-spot interviews for CSR, Team Leader and "
        "QA roles!\n\nBring 3 copies of your resume and 2 valid IDs. Invite your friends!\n\n"
        "BayaniCX Careers",
    )
    s = ("Jasmine Tan", "jasmine.tan@merlionlabs.example.sg")
    sent = at(2027, 1, 19, 18, 20, sg, "Tue")
    yield case(
        f,
        "thanks_decision_by_friday_5pm",
        "en-SG",
        s,
        "Re: Interview with Engineering Manager",
        sent,
        "Negative: thanks for yesterday; 'we'll let you know by Friday 5pm'.",
        NEG,
        "Hi Alex,\n\nThanks for speaking with Wei Ming yesterday! He enjoyed the chat. We are "
        "wrapping up the last interviews this week and will let you know by Friday 5pm.\n\n"
        "Cheers,\nJasmine",
        reply=True,
    )
    s = ("Farah Ismail", "farah.ismail@petronaut.example.my")
    sent = at(2027, 1, 25, 10, 0, kl, "Mon")
    yield case(
        f,
        "share_availability_tue_thu_2_to_5",
        "en-MY",
        s,
        "Second interview - availability",
        sent,
        "Negative: 'please share your availability next week; the HM is free Tue-Thu between 2 "
        "and 5pm'.",
        NEG,
        "Hi Alex,\n\nThe hiring manager would like to meet you for a second interview. Please "
        "share your availability next week - he is free Tue-Thu between 2 and 5pm.\n\nThank "
        "you.\nFarah",
    )


# --------------------------------------------------------------------------------------
def anzrec() -> Iterator[Case]:
    f, syd, akl, adl = "anzrec", "Australia/Sydney", "Pacific/Auckland", "Australia/Adelaide"
    s = ("Chloe Nguyen", "chloe.nguyen@harbourlink.example.com.au")
    sent = at(2027, 1, 27, 14, 10, syd, "Wed")
    st = at(2027, 2, 3, 11, 0, syd, "Wed")
    yield case(
        f,
        "date_time_lines_11_to_1145_aedt",
        "en-AU",
        s,
        "Interview - Customer Success Lead",
        sent,
        "Lines 'Date: Wednesday 3 February 2027' / 'Time: 11am to 11:45am AEDT'; AEDT is not "
        "one zone, so no timezone label.",
        slot(st, st + 45 * M),
        "Hi Alex,\n\nThanks for your time on the phone earlier. Here are the details for your "
        "interview:\n\nDate: Wednesday 3 February 2027\nTime: 11am to 11:45am AEDT\nLocation: "
        "Level 4, 200 George St, Sydney\nWith: Mark Jensen (Head of CS) and me\n\nAny "
        "questions, just give me a call.\n\nKind regards,\nChloe",
    )
    s = ("Aroha Parata", "aroha.parata@kiwigrid.example.co.nz")
    sent = at(2027, 2, 3, 9, 30, akl, "Wed")
    st = at(2027, 2, 9, 10, 30, akl, "Tue")
    yield case(
        f,
        "tues_9_feb_1030_nzdt",
        "en-NZ",
        s,
        "Kia ora - interview details",
        sent,
        "'Tues 9 Feb, 10.30am NZDT' (the Waitangi Day week).",
        slot(st, zone=akl),
        "Kia ora Alex,\n\nGreat to hear you're keen. We've booked you in for Tues 9 Feb, "
        "10.30am NZDT, at our Wellington office on Lambton Quay. You'll meet Hemi and Sarah "
        "from the network team.\n\nNgā mihi,\nAroha",
    )
    s = ("Josh Patterson", "josh.patterson@barossafoods.example.com.au")
    sent = at(2027, 2, 4, 12, 0, adl, "Thu")
    st = at(2027, 2, 10, 14, 30, adl, "Wed")
    yield case(
        f,
        "acdt_adelaide_time",
        "en-AU",
        s,
        "Video interview Wed",
        sent,
        "'Wednesday 10 Feb at 2.30pm ACDT (Adelaide time)'; the city pins the zone.",
        slot(st, zone=adl),
        "Hi Alex,\n\nSince you're in Perth, let's do it over Teams: Wednesday 10 Feb at 2.30pm "
        "ACDT (Adelaide time). I'll send the link the day before.\n\nCheers,\nJosh",
    )
    s = ("Chloe Nguyen", "chloe.nguyen@harbourlink.example.com.au")
    sent = at(2027, 2, 8, 16, 40, syd, "Mon")
    st = at(2027, 2, 11, 9, 0, syd, "Thu")
    yield case(
        f,
        "bumped_to_thursday_11th_9am",
        "en-AU",
        s,
        "Change to Wednesday's chat",
        sent,
        "Move: 'I've bumped you to Thursday 11th at 9am instead of Wednesday'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nMark's been pulled into a board meeting on Wednesday, so I've bumped you "
        "to Thursday 11th at 9am instead. Same Teams link as before. Hope that's OK!\n\n"
        "Chloe",
    )
    s = ("Aroha Parata", "aroha.parata@kiwigrid.example.co.nz")
    sent = at(2027, 2, 10, 15, 0, akl, "Wed")
    st = at(2027, 2, 12, 14, 0, akl, "Fri")
    yield case(
        f,
        "cancelled_friday_role_withdrawn",
        "en-NZ",
        s,
        "Interview on Friday - cancelled",
        sent,
        "Cancellation: 'We've had to cancel your interview on Friday 12 February at 2pm'; no zone.",
        slot(st, kind="cancellation", sent=sent),
        "Kia ora Alex,\n\nI'm really sorry - we've had to cancel your interview on Friday 12 "
        "February at 2pm, as the role has been put on hold after a restructure. I'll be in "
        "touch if it reopens.\n\nNgā mihi,\nAroha",
    )
    s = ("Careers", "careers@nsw-example.gov.au")
    sent = at(2027, 2, 8, 9, 0, syd, "Mon")
    yield case(
        f,
        "applications_close_1159pm_aedt",
        "en-AU",
        s,
        "Reminder: applications closing soon",
        sent,
        "Negative: 'Applications close 11:59pm AEDT Sunday 14 February'.",
        NEG,
        "Hi Alex,\n\nYou started an application for Senior Policy Officer but haven't "
        "submitted it yet. Applications close 11:59pm AEDT Sunday 14 February.\n\nNSW "
        "Careers",
    )
    s = ("Liam O'Connell", "liam.oconnell@harbourlink.example.com.au")
    sent = at(2027, 2, 9, 13, 0, syd, "Tue")
    yield case(
        f,
        "assessment_centre_all_shortlisted",
        "en-AU",
        s,
        "Graduate program - next steps",
        sent,
        "Negative: an assessment centre 'Thursday 18 Feb, 9am-4pm' for all shortlisted "
        "applicants; individual invitations to follow.",
        NEG,
        "Hi Alex,\n\nThanks for completing the video interview. Our assessment centre runs on "
        "Thursday 18 Feb, 9am-4pm for all shortlisted applicants. If you progress, you'll "
        "receive your individual invitation by the end of next week.\n\nCheers,\nLiam\nEarly "
        "Careers, Harbourlink",
    )


# --------------------------------------------------------------------------------------
def notyours() -> Iterator[Case]:
    f = "notyours"
    kol, lag, dub = "Asia/Kolkata", "Africa/Lagos", "Europe/Dublin"
    s = ("Meera Joshi", "meera.joshi@vedantsoft.example.in")
    sent = at(2027, 1, 28, 12, 5, kol, "Thu")
    yield case(
        f,
        "meant_for_another_candidate",
        "en-IN",
        s,
        "Please ignore previous mail",
        sent,
        "Negative: the earlier mail ('Tuesday 2nd Feb at 3 PM') was meant for another "
        "candidate; the reader's slot will be confirmed separately.",
        NEG,
        "Hi Alex,\n\nPlease ignore the previous mail regarding the interview on Tuesday 2nd "
        "Feb at 3 PM - it was meant for another candidate and was sent to you by mistake. "
        "Your slot will be confirmed separately once the panel is finalised.\n\nSorry for the "
        "confusion.\n\nRegards,\nMeera",
    )
    s = ("Olumide Bakare", "olumide.bakare@crestview.example.ng")
    sent = at(2027, 2, 1, 11, 0, lag, "Mon")
    yield case(
        f,
        "referee_for_former_colleague",
        "en-NG",
        s,
        "Reference request - Miss Funmi Adebayo",
        sent,
        "Negative: the reader is a referee; the other person's panel sat 'on Thursday 28th "
        "January at 10am'; a call 'at your convenience'.",
        NEG,
        "Dear Alex,\n\nMiss Funmi Adebayo, who was interviewed by our panel on Thursday 28th "
        "January at 10am, has listed you as a referee. Kindly let us know a convenient time "
        "this week for a short telephone conversation, or reply with the attached form.\n\n"
        "Regards,\nOlumide Bakare\nHR, Crestview Ltd",
    )
    s = ("Siobhan Walsh", "siobhan.walsh@lifferecruit.example.ie")
    sent = at(2027, 2, 3, 17, 30, dub, "Wed")
    yield case(
        f,
        "went_well_decision_friday_5",
        "en-IE",
        s,
        "How did it go?",
        sent,
        "Negative: the client says the interview went well; 'a decision by Friday 5pm'.",
        NEG,
        "Hi Alex,\n\nJust off the phone with the client - they said the interview went really "
        "well! They've one more person to see tomorrow and promised me a decision by Friday "
        "5pm. Fingers crossed.\n\nTalk soon,\nSiobhan",
    )
    s = ("Events Team", "events@talentbridge-consult.example.in")
    sent = at(2027, 2, 4, 10, 0, kol, "Thu")
    yield case(
        f,
        "webinar_wednesday_7pm_ist",
        "en-IN",
        s,
        "Webinar: Cracking the HR round",
        sent,
        "Negative: a free webinar 'Wednesday, 10 Feb 2027 at 7:00 PM IST'; registration link.",
        NEG,
        "Dear Jobseeker,\n\nJoin our free webinar 'Cracking the HR round' on Wednesday, 10 Feb "
        "2027 at 7:00 PM IST. Limited seats!\n\nRegister: https://talentbridge.example.in/"
        "webinar\n\nTeam TalentBridge",
    )
    s = ("Grace Wanjiru", "grace.wanjiru@savannahbank.example.co.ke")
    sent = at(2027, 2, 4, 14, 0, "Africa/Nairobi", "Thu")
    yield case(
        f,
        "panel_notice_internal_cc",
        "en-KE",
        s,
        "Panel schedule - Relationship Manager",
        sent,
        "Negative: a panel member's schedule of other candidates' slots ('9.00 a.m. - John "
        "Otieno, 10.00 a.m. - Mary Achieng') sent to the reader by mistake with an apology.",
        NEG,
        "Dear Alex,\n\nApologies, the schedule below was sent to you in error - it is the panel's "
        "internal list for Tuesday 9th February:\n\n9.00 a.m. - John Otieno\n10.00 a.m. - Mary "
        "Achieng\n11.30 a.m. - Peter Kamau\n\nWe shall contact you separately about your "
        "application.\n\nRegards,\nGrace",
    )
    s = ("Siobhan Walsh", "siobhan.walsh@lifferecruit.example.ie")
    sent = at(2027, 2, 5, 12, 15, dub, "Fri")
    st = at(2027, 2, 8, 12, 0, dub, "Mon")
    yield case(
        f,
        "control_monday_12_noon",
        "en-IE",
        s,
        "Good news!",
        sent,
        "Control: after the references, 'the director would like to meet you on Monday 8th "
        "February at 12 noon'; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nGood news - references are all back and the director would like to meet "
        "you on Monday 8th February at 12 noon at their office on Baggot Street. It's more of "
        "a chat than an interview.\n\nBest of luck!\nSiobhan",
    )
    s = ("Meera Joshi", "meera.joshi@vedantsoft.example.in")
    sent = at(2027, 2, 5, 16, 0, kol, "Fri")
    st = at(2027, 2, 9, 15, 0, kol, "Tue")
    yield case(
        f,
        "control_your_slot_tuesday_3pm",
        "en-IN",
        s,
        "Your interview slot",
        sent,
        "Control: the reader's own slot, 'Tuesday, 9th Feb 2027 at 3:00 PM (IST)', after the "
        "earlier mix-up.",
        slot(st, zone=kol),
        "Hi Alex,\n\nAs promised, your interview slot is now confirmed: Tuesday, 9th Feb 2027 "
        "at 3:00 PM (IST) with Mr. Arvind Rao, VP Engineering, on Teams.\n\nRegards,\nMeera",
    )


# --------------------------------------------------------------------------------------
def gccrec() -> Iterator[Case]:
    f, dxb, ruh, doh = "gccrec", "Asia/Dubai", "Asia/Riyadh", "Asia/Qatar"
    s = ("Fatima Al Hashimi", "fatima.alhashimi@desertpearl.example.ae")
    sent = at(2027, 1, 6, 13, 0, dxb, "Wed")
    st = at(2027, 1, 11, 10, 0, dxb, "Mon")
    yield case(
        f,
        "monday_10am_gst_dubai",
        "en-AE",
        s,
        "Interview Invitation - Guest Relations Manager",
        sent,
        "'Monday, 11 January 2027 at 10:00 AM GST (Dubai)'; the city pins the zone.",
        slot(st, zone=dxb),
        "Dear Alex,\n\nThank you for your interest in Desert Pearl Hotels. We are pleased to "
        "invite you for an interview on Monday, 11 January 2027 at 10:00 AM GST (Dubai) at our "
        "corporate office, Level 12, Al Maqam Tower, Business Bay.\n\nKindly bring a copy of "
        "your passport and visa page.\n\nBest regards,\nFatima Al Hashimi\nTalent Acquisition",
    )
    s = ("Mohammed Al-Qahtani", "m.alqahtani@najdgroup.example.sa")
    sent = at(2027, 1, 7, 11, 0, ruh, "Thu")
    st = at(2027, 1, 12, 13, 30, ruh, "Tue")
    yield case(
        f,
        "tuesday_12_01_2027_130_pm_ksa_time",
        "en-SA",
        s,
        "Video Interview",
        sent,
        "'Tuesday 12/01/2027, 1:30 PM KSA time' (day first).",
        slot(st, zone=ruh),
        "Dear Mr. Alex,\n\nWith reference to your application for Project Controls Engineer, "
        "your video interview has been scheduled on Tuesday 12/01/2027, 1:30 PM KSA time via "
        "Microsoft Teams.\n\nBest Regards,\nMohammed Al-Qahtani\nHR Department, Najd Group",
    )
    s = ("Anjali Nair", "anjali.nair@pearlcoast.example.qa")
    sent = at(2027, 1, 10, 9, 20, doh, "Sun")
    st = at(2027, 1, 14, 11, 0, doh, "Thu")
    yield case(
        f,
        "iso_date_doha_time_45_minutes",
        "en-QA",
        s,
        "Interview schedule - Site Engineer",
        sent,
        "'Date: 2027-01-14' / 'Time: 11:00 (Doha time)' / 'Duration: 45 minutes'.",
        slot(st, st + 45 * M, zone=doh),
        "Dear Alex,\n\nPlease find your interview details below.\n\nDate: 2027-01-14\nTime: "
        "11:00 (Doha time)\nDuration: 45 minutes\nPanel: Eng. Khalid and Mr. Ramesh\n\nKindly "
        "acknowledge receipt of this mail.\n\nRegards,\nAnjali Nair\nHR Coordinator",
    )
    s = ("Fatima Al Hashimi", "fatima.alhashimi@desertpearl.example.ae")
    sent = at(2027, 1, 12, 15, 30, dxb, "Tue")
    st = at(2027, 1, 13, 15, 0, dxb, "Wed")
    yield case(
        f,
        "prepone_to_wednesday_3pm_gst",
        "en-AE",
        s,
        "Change in interview schedule",
        sent,
        "Move forward: 'we need to prepone your second interview from Thursday to tomorrow, "
        "Wednesday 13th Jan at 3 PM GST'.",
        slot(st, kind="reschedule"),
        "Dear Alex,\n\nOur GM is travelling on Thursday, hence we need to prepone your second "
        "interview from Thursday to tomorrow, Wednesday 13th Jan at 3 PM GST. Same venue.\n\n"
        "Kindly confirm at the earliest.\n\nBest regards,\nFatima",
    )
    s = ("Gulf Star Manpower", "jobs@gulfstar-manpower.example.ae")
    sent = at(2027, 1, 11, 8, 0, dxb, "Mon")
    yield case(
        f,
        "walk_in_friday_deira",
        "en-AE",
        s,
        "Walk-in Interviews this Friday - Deira",
        sent,
        "Negative: walk-in interviews for everyone 'Friday 15th January, 9 AM to 1 PM' at a hotel.",
        NEG,
        "Dear Candidate,\n\nWALK-IN INTERVIEWS for a leading FM company in Dubai:\nElectricians, "
        "HVAC Technicians, Storekeepers\n\nDate: Friday 15th January\nTime: 9 AM to 1 PM\n"
        "Venue: Al Khaleej Hotel, Deira\n\nBring your CV, passport copy and experience "
        "certificates. Share with your friends.\n\nGulf Star Manpower",
    )
    s = ("Rashid Khan", "rashid.khan@najdgroup.example.sa")
    sent = at(2027, 1, 13, 10, 0, ruh, "Wed")
    yield case(
        f,
        "share_availability_revert_earliest",
        "en-SA",
        s,
        "Re: Project Controls Engineer",
        sent,
        "Negative: 'share your availability next Sunday to Tuesday, between 10 AM and 2 PM "
        "KSA' and notice period; 'revert at the earliest'.",
        NEG,
        "Dear Alex,\n\nThe hiring manager would like a second discussion. Please share your "
        "availability next Sunday to Tuesday, between 10 AM and 2 PM KSA, along with your "
        "notice period.\n\nKindly revert at the earliest.\n\nRegards,\nRashid",
        reply=True,
    )
    s = ("Fatima Al Hashimi", "fatima.alhashimi@desertpearl.example.ae")
    sent = at(2027, 1, 14, 12, 0, dxb, "Thu")
    st = at(2027, 1, 18, 14, 0, dxb, "Mon")
    yield case(
        f,
        "cancelled_monday_2pm_uae_time",
        "en-AE",
        s,
        "Interview cancelled",
        sent,
        "Cancellation: 'the final interview on Monday 18 January 2027 at 2:00 PM (UAE time) is "
        "cancelled'.",
        slot(st, kind="cancellation", zone=dxb),
        "Dear Alex,\n\nWe regret to inform you that the final interview on Monday 18 January "
        "2027 at 2:00 PM (UAE time) is cancelled, as the position has been filled internally."
        "\n\nWe wish you all the best.\n\nBest regards,\nFatima",
    )


# --------------------------------------------------------------------------------------
def eastafhr() -> Iterator[Case]:
    f, nbo, kla, dar = "eastafhr", "Africa/Nairobi", "Africa/Kampala", "Africa/Dar_es_Salaam"
    s = ("Wanjiku Kamau", "wanjiku.kamau@rifttea.example.co.ke")
    sent = at(2027, 1, 27, 10, 0, nbo, "Wed")
    st = at(2027, 2, 1, 10, 0, nbo, "Mon")
    yield case(
        f,
        "this_coming_monday_1st_feb_eat",
        "en-KE",
        s,
        "Invitation for interview",
        sent,
        "'this coming Monday, 1st February 2027 at 10:00 a.m. EAT'; EAT is several countries' "
        "zone, so no timezone label.",
        slot(st),
        "Dear Alex,\n\nRefer to your application for the position of Factory Accountant. You "
        "have been shortlisted for an interview this coming Monday, 1st February 2027 at 10:00 "
        "a.m. EAT at our Kericho head office.\n\nKindly come with originals of your academic "
        "certificates and national ID.\n\nRegards,\nWanjiku Kamau\nHR Officer",
    )
    s = ("Brian Ssempala", "brian.ssempala@nilegrain.example.ug")
    sent = at(2027, 2, 1, 15, 0, kla, "Mon")
    st = at(2027, 2, 4, 11, 0, kla, "Thu")
    yield case(
        f,
        "thursday_the_4th_11_oclock",
        "en-UG",
        s,
        "Re: Interview",
        sent,
        "Reply: 'Thursday the 4th at 11 o'clock is fine with us'; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nThank you for your response. Thursday the 4th at 11 o'clock is fine "
        "with us. Please come to our offices on Plot 22, Jinja Road, Kampala and ask for me at "
        "the reception.\n\nRegards,\nBrian",
        reply=True,
    )
    s = ("Neema Mushi", "neema.mushi@kilitours.example.co.tz")
    sent = at(2027, 2, 3, 9, 0, dar, "Wed")
    st = at(2027, 2, 9, 14, 0, dar, "Tue")
    yield case(
        f,
        "date_time_lines_2pm_to_3pm",
        "en-TZ",
        s,
        "Interview - Tour Operations Officer",
        sent,
        "Lines 'Date: 09/02/2027' and 'Time: 2:00pm - 3:00pm'; no zone.",
        slot(st, st + H, sent=sent),
        "Dear Alex,\n\nWe are pleased to invite you for an interview as follows:\n\nDate: "
        "09/02/2027\nTime: 2:00pm - 3:00pm\nVenue: Kili Tours, Sokoine Road, Arusha\n\n"
        "Please confirm your availability.\n\nKind regards,\nNeema Mushi",
    )
    s = ("Secretary, County Public Service Board", "cpsb@nakuru-example.go.ke")
    sent = at(2027, 2, 2, 11, 0, nbo, "Tue")
    st = at(2027, 2, 10, 11, 15, nbo, "Wed")
    yield case(
        f,
        "panel_sits_830_your_slot_1115",
        "en-KE",
        s,
        "Oral interview - Ward Administrator",
        sent,
        "Panel day: 'The panel will sit from 8.30 a.m. on Wednesday 10th February 2027; you "
        "are scheduled at 11.15 a.m.' The reader's slot is 11:15; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nThe Board wishes to invite you for an oral interview for the position of "
        "Ward Administrator. The panel will sit from 8.30 a.m. on Wednesday 10th February 2027 "
        "at the Board Room, County Offices. You are scheduled at 11.15 a.m.\n\nCome with "
        "original certificates, a copy of your ID and clearance certificates (KRA, HELB, "
        "DCI, EACC, CRB).\n\nSecretary/CEO\nCounty Public Service Board",
    )
    s = ("HR Department", "hr@rifttea.example.co.ke")
    sent = at(2027, 2, 5, 10, 0, nbo, "Fri")
    yield case(
        f,
        "interviews_to_be_conducted_16th",
        "en-KE",
        s,
        "Update on your application",
        sent,
        "Negative: interviews 'will be conducted on 16th February 2027 starting 9.00 a.m.'; "
        "shortlisted candidates will be called.",
        NEG,
        "Dear Applicant,\n\nThank you for applying for the position of Quality Assurance "
        "Officer. Interviews will be conducted on 16th February 2027 starting 9.00 a.m. Only "
        "shortlisted candidates will be contacted by phone.\n\nHR Department",
    )
    s = ("Neema Mushi", "neema.mushi@kilitours.example.co.tz")
    sent = at(2027, 2, 9, 16, 30, dar, "Tue")
    yield case(
        f,
        "thanks_this_afternoon_decision_friday",
        "en-TZ",
        s,
        "Thank you",
        sent,
        "Negative: thanks for this afternoon's 2pm interview; 'the panel will communicate the "
        "decision by Friday 5pm'.",
        NEG,
        "Dear Alex,\n\nThank you for attending the interview this afternoon at 2pm. The panel "
        "will communicate the decision by Friday 5pm.\n\nKind regards,\nNeema",
    )


# --------------------------------------------------------------------------------------
def canrec() -> Iterator[Case]:
    f = "canrec"
    nst, tor = "America/St_Johns", "America/Toronto"
    hfx, van = "America/Halifax", "America/Vancouver"
    s = ("Colleen Power", "colleen.power@atlanticfish.example.ca")
    sent = at(2027, 1, 6, 14, 0, nst, "Wed")
    st = at(2027, 1, 12, 10, 30, nst, "Tue")
    yield case(
        f,
        "tuesday_1030_nst_newfoundland",
        "en-CA",
        s,
        "Interview - Quality Supervisor",
        sent,
        "'Tuesday, January 12, 2027 at 10:30 a.m. NST (Newfoundland time)': UTC-3:30.",
        slot(st, zone=nst),
        "Hi Alex,\n\nThanks for applying! We'd like to set up a video interview on Tuesday, "
        "January 12, 2027 at 10:30 a.m. NST (Newfoundland time). If you're on the mainland, "
        "please double-check the time difference.\n\nThanks,\nColleen Power\nHR, Atlantic "
        "Fisheries",
    )
    s = ("Daniel Tremblay", "daniel.tremblay@northmaple.example.ca")
    sent = at(2027, 1, 8, 11, 0, tor, "Fri")
    st = at(2027, 1, 14, 13, 0, tor, "Thu")
    yield case(
        f,
        "iso_date_13h_et",
        "en-CA",
        s,
        "Interview confirmation",
        sent,
        "'2027-01-14 at 13:00 ET' (ISO date as Canadian forms print it); ET is not one zone.",
        slot(st),
        "Hello Alex,\n\nThis confirms your interview for the Data Analyst position on "
        "2027-01-14 at 13:00 ET, by Teams. The panel: Daniel Tremblay and Priya Singh.\n\n"
        "Regards,\nDaniel",
    )
    s = ("Heather MacLeod", "heather.macleod@bluenose-health.example.ca")
    sent = at(2027, 1, 11, 9, 30, hfx, "Mon")
    st = at(2027, 1, 15, 14, 30, hfx, "Fri")
    yield case(
        f,
        "friday_the_15th_half_past_2_atlantic",
        "en-CA",
        s,
        "Re: Interview",
        sent,
        "'Friday the 15th at half past 2, Atlantic time' (14:30 in Halifax).",
        slot(st, zone=hfx),
        "Hi Alex,\n\nPerfect, let's do Friday the 15th at half past 2, Atlantic time. I'll "
        "meet you at the main entrance on Summer Street.\n\nHeather",
        reply=True,
    )
    s = ("Jenna Clarke", "jenna.clarke@coastrange.example.ca")
    sent = at(2027, 1, 14, 16, 0, van, "Thu")
    st = at(2027, 1, 20, 11, 0, van, "Wed")
    yield case(
        f,
        "postpone_to_wednesday_11_pacific",
        "en-CA",
        s,
        "Moving Monday's interview",
        sent,
        "Move: 'we need to postpone Monday's interview to Wednesday, January 20 at 11 a.m. "
        "Pacific'.",
        slot(st, kind="reschedule", zone=van),
        "Hi Alex,\n\nSorry about this, but we need to postpone Monday's interview to Wednesday, "
        "January 20 at 11 a.m. Pacific. Same Zoom link.\n\nThanks for your flexibility,\nJenna",
    )
    s = ("Daniel Tremblay", "daniel.tremblay@northmaple.example.ca")
    sent = at(2027, 1, 19, 10, 0, tor, "Tue")
    st = at(2027, 1, 21, 15, 0, tor, "Thu")
    yield case(
        f,
        "cancel_thursday_3pm_toronto",
        "en-CA",
        s,
        "Cancelling Thursday",
        sent,
        "Cancellation: 'I have to cancel our call on Thursday, January 21 at 3 p.m. (Toronto "
        "time)'.",
        slot(st, kind="cancellation", zone=tor),
        "Hi Alex,\n\nI have to cancel our call on Thursday, January 21 at 3 p.m. (Toronto "
        "time) - the position has been frozen pending budget approval. I'm sorry for the "
        "short notice.\n\nDaniel",
    )
    s = ("Staffing", "staffing@province-example.gov.ca")
    sent = at(2027, 1, 18, 9, 0, tor, "Mon")
    yield case(
        f,
        "references_by_eod_friday",
        "en-CA",
        s,
        "References required",
        sent,
        "Negative: submit references 'by end of day Friday, January 22 (Eastern)'.",
        NEG,
        "Hello Alex,\n\nPlease submit the names of three references by end of day Friday, "
        "January 22 (Eastern). We will contact them directly.\n\nStaffing Services",
    )
    s = ("Colleen Power", "colleen.power@atlanticfish.example.ca")
    sent = at(2027, 1, 19, 13, 0, nst, "Tue")
    yield case(
        f,
        "info_session_all_applicants",
        "en-CA",
        s,
        "Info session for applicants",
        sent,
        "Negative: an info session for all applicants 'Tuesday, January 26, 12-1 p.m. NST'.",
        NEG,
        "Hi everyone,\n\nWe're hosting an online info session for all applicants on Tuesday, "
        "January 26, 12-1 p.m. NST. Bring your questions about the plant and shifts.\n\n"
        "Colleen",
    )


# --------------------------------------------------------------------------------------
def irlhr() -> Iterator[Case]:
    f, z = "irlhr", "Europe/Dublin"
    s = ("Niamh Doyle", "niamh.doyle@shannonsoft.example.ie")
    sent = at(2027, 1, 4, 11, 0, z, "Mon")
    st = at(2027, 1, 7, 11, 0, z, "Thu")
    yield case(
        f,
        "thursday_the_7th_11_oclock",
        "en-IE",
        s,
        "Interview Thursday",
        sent,
        "'Thursday the 7th at 11 o'clock' sent on Monday 4 January; no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nHappy new year! Would be great to have you in on Thursday the 7th at 11 "
        "o'clock - we're in the Dock building, 2nd floor. Ask for me at reception.\n\nNiamh",
    )
    s = ("Ciarán Murphy", "ciaran.murphy@corkfinance.example.ie")
    sent = at(2027, 1, 7, 15, 0, z, "Thu")
    st = at(2027, 1, 12, 15, 30, z, "Tue")
    yield case(
        f,
        "half_past_3_tuesday_12th",
        "en-IE",
        s,
        "Second round",
        sent,
        "'half past 3 on Tuesday 12th January' (15:30); no zone.",
        slot(st, sent=sent),
        "Hi Alex,\n\nWe'd like you back for a second round at half past 3 on Tuesday 12th "
        "January, with the CFO. Should be about an hour.\n\nRegards,\nCiarán",
    )
    s = ("HR Office", "hr@midlandscouncil-example.ie")
    sent = at(2027, 1, 6, 10, 0, z, "Wed")
    st = at(2027, 1, 14, 10, 15, z, "Thu")
    yield case(
        f,
        "lines_14_01_2027_1015_45_minutes",
        "en-IE",
        s,
        "Competition 2026/41 - Interview",
        sent,
        "Lines 'Date: 14/01/2027', 'Time: 10:15', 'Duration: 45 minutes'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Dear Alex,\n\nYou have been shortlisted for interview for the post of Administrative "
        "Officer.\n\nDate: 14/01/2027\nTime: 10:15\nDuration: 45 minutes\nVenue: Council "
        "Offices, Main Street, Tullamore\n\nPlease bring photographic ID.\n\nHR Office",
    )
    s = ("Niamh Doyle", "niamh.doyle@shannonsoft.example.ie")
    sent = at(2027, 1, 13, 9, 0, z, "Wed")
    st = at(2027, 1, 15, 14, 30, z, "Fri")
    yield case(
        f,
        "pushed_back_to_friday_230",
        "en-IE",
        s,
        "Friday - change of time",
        sent,
        "Move: 'we've had to push your interview back to 2.30 on Friday 15th instead of 11' "
        "(14:30 in an office afternoon); no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Hi Alex,\n\nApologies, we've had to push your interview back to 2.30 on Friday 15th "
        "instead of 11 - Sean's stuck in Galway in the morning. Hope that still suits.\n\n"
        "Niamh",
    )
    s = ("Declan Byrne", "declan.byrne@westrecruit.example.ie")
    sent = at(2027, 1, 14, 16, 0, z, "Thu")
    yield case(
        f,
        "free_for_a_call_this_coming_monday",
        "en-IE",
        s,
        "Quick call?",
        sent,
        "Negative: 'would you be free for a quick call sometime this coming Monday? Let me "
        "know what suits.'",
        NEG,
        "Hi Alex,\n\nWould you be free for a quick call sometime this coming Monday? I've a "
        "role in Limerick that'd suit you down to the ground. Let me know what suits.\n\n"
        "Declan",
    )
    s = ("Sinéad Kelly", "sinead.kelly@shannonsoft.example.ie")
    sent = at(2027, 1, 18, 10, 30, z, "Mon")
    yield case(
        f,
        "referee_ring_wednesday_at_4",
        "en-IE",
        s,
        "Reference - Aoife Byrne",
        sent,
        "Negative: the reader is a referee for another person; 'I'll ring you Wednesday at 4 "
        "if that's ok'.",
        NEG,
        "Hi Alex,\n\nAoife Byrne has given your name as a referee. I'll ring you Wednesday at "
        "4 if that's ok - just a few questions about her time with you. If another time "
        "suits better, let me know.\n\nThanks,\nSinéad",
    )


BUILDERS = [
    campushire,
    pkrecruit,
    naijahr,
    sahr,
    phsghr,
    anzrec,
    notyours,
    gccrec,
    eastafhr,
    canrec,
    irlhr,
]

FIGURES = (
    "First measurement, before any parser change: start right on 26 of 28 dev and 18 of 18 "
    "held-out invitations, moves and cancellations; 4 of 19 dev and 1 of 8 held-out negatives "
    "claimed. After the prose13 rules (a bare hour before 'sharp', a date that ends its "
    "sentence keeps the time written before it, a labelled '1h30' length before a part's "
    "length, a list of things handed in 'by' a time, mail that says it reached the reader by "
    "mistake): 28 of 28 dev and 18 of 18 held-out; 1 of 19 dev and 1 of 8 held-out negatives "
    "claimed (the dev one left, a public notice listing other candidates' roll numbers at "
    "0.51, has one source only and is not fixed)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the prose13 batch (`build_prose13.py`)",
        "",
        "Scheduling mail typed in English by recruiters, HR desks, consultants, public boards "
        "and hiring managers in India, Pakistan, Nigeria, Ghana, Kenya, Uganda, Tanzania, South "
        "Africa, the Philippines, Singapore, Malaysia, the UAE, Saudi Arabia, Qatar, Ireland, "
        "Australia, New Zealand and Canada, and look-alike negatives in the same voices. All "
        "text is ours; people, companies, addresses, phone numbers and links are made up; no "
        "product template is rendered. Quote attribution lines are written from memory. Every "
        "label was written from the datetimes the text is rendered from, before the parser was "
        "run on the message. Loose durations ('about', 'should be about') give no end label. "
        "'Prepone' (Indian and Gulf English) moves a meeting earlier; 'half past 3' and '2.30' "
        "in an office afternoon are 15:30 and 14:30; 'by 10 sharp' and 'by 10am prompt' name "
        "the meeting time. Abbreviations shared by several zones (AEDT, EAT, ET) give the "
        "instant but no timezone label; a city or country next to the abbreviation, or an "
        "abbreviation of one zone (IST in India, PKT, SAST, PHT, SGT, MYT, NZDT, NST), pins it. "
        + FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_prose13.py` "
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


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-prose13.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
