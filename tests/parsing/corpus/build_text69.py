# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "text69" batch: job-interview invitations with no calendar part in the shapes
recruiters and applicant-tracking systems send: times in two zones ('2:00 pm ET / 11:00 am PT',
'14:00 CET (13:00 UK)'), zone abbreviations of many regions (AEST, AEDT, NZST, IST, SGT, HKT,
BRT, ART, EAT, WAT, PKT, GST, JST, ...), 'noon', 'midday', 'half past', dotted 12-hour clocks
('2.30pm', '2 p.m.'), relative days resolved against the Date header, numeric dates settled by
a weekday, the slot only in the subject, the slot in an ATS-like HTML table (label/value
layouts of the kind Greenhouse, Lever, Workday, SmartRecruiters, Ashby, Teamtailor, Personio and
Recruitee send; wording ours), a confirmed slot after the list of proposed options, lengths
instead of ends ('45 minutes', '1,5 Stunden'), and forwards with the candidate's note on top.
English is half; de, fr, es, nl, pt-BR, it, pl, sv, ja, en-IN and hi-Latn the rest.

Run: .venv/bin/python tests/parsing/corpus/build_text69.py

People, companies and addresses are made up; all text is ours. Labels come from the wall
time and zone each text states (zoneinfo) and were written before the parser was run on any
message of the batch. A seeded third is held out: the dev-style file names sorted by sha256,
every third (index 0, 3, 6, ...) goes to the family text69h, chosen before any parse.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

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
FAM = "text69"
HELD_FAM = "text69h"
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NOTE_SRC = "hand-written, no template; ATS-like layouts from memory, wording ours"
LIC = "text ours"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FAMILIES = {
    FAM: "Text invitations in recruiters' and ATS shapes: two-zone times, regional zone "
    "abbreviations, noon/midday/half past, dotted 12-hour clocks, relative days, numeric dates "
    "settled by the weekday, slot only in the subject, ATS HTML tables, the confirmed one of "
    "several options, lengths instead of ends, forwards with a note.",
    HELD_FAM: "The held-out third of text69, chosen by sha256 order of the file names before any parse.",
}
HOME = {
    "en": "America/New_York",
    "en-GB": "Europe/London",
    "en-AU": "Australia/Sydney",
    "en-IN": "Asia/Kolkata",
    "hi-Latn": "Asia/Kolkata",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "nl": "Europe/Amsterdam",
    "pt-BR": "America/Sao_Paulo",
    "it": "Europe/Rome",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "ja": "Asia/Tokyo",
}
# the usual send time: Thursday 3 December 2026, 09:12 at the sender's home zone
SENT = "2026-12-03T09:12"


@dataclass
class Item:
    lang: str
    name: str
    raw: bytes
    label: dict[str, object]
    note: str

    @property
    def dev_filename(self) -> str:
        return f"{FAM}__{self.lang}_{self.name}.eml"


ITEMS: list[Item] = []
CASES: list[Case] = []


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    text: str | None,
    note: str,
    *,
    slot: str,
    zone: str | None = None,
    minutes: int | None = None,
    day: str = "",
    sent: str = SENT,
    home: str | None = None,
    kind: str = "invitation",
    html: str | None = None,
    iana: bool = False,
    fwd: tuple[str, str, str] | None = None,
) -> None:
    """One mail for the wall time `slot`, read in `zone` (the zone the text states) or, with
    no zone stated, at the Date header's offset. `minutes`: a length or end the text gives
    (labelled end). `iana`: the text names the zone so that one IANA zone is meant. `fwd`:
    (client, client language, the user's note) - the user forwards the mail."""
    home_zone = ZoneInfo(home or HOME[lang])
    sent_at = datetime.fromisoformat(sent).replace(tzinfo=home_zone)
    start = datetime.fromisoformat(slot).replace(tzinfo=ZoneInfo(zone) if zone else home_zone)
    key = f"{FAM} {lang} {name}"
    assert start > sent_at, key
    if day and DAYS[start.weekday()] != day:
        raise ValueError(f"{key}: {start:%Y-%m-%d} is a {DAYS[start.weekday()]}, not {day}")
    end = start + timedelta(minutes=minutes) if minutes else None
    label: dict[str, object] = {
        "kind": kind,
        **pp.timed(start, end, zone=zone if iana else None, sent=None if zone else sent_at),
    }
    if fwd is not None:
        client, flang, note_text = fwd
        assert text is not None
        raw = pp.forward(
            key,
            client=client,
            lang=flang,
            user=ME,
            org=sender,
            orig_sent=sent_at,
            subject=subject,
            body=text,
            note=note_text,
        )
        label["original_sender"] = sender[1]
    else:
        raw = pp.mail(
            key, sender=sender, to=ME, subject=subject, sent=sent_at, text=text, html=html
        )
    ITEMS.append(Item(lang, name, raw, label, note))


def ats_table(intro: str, rows: list[tuple[str, str]], outro: str, brand: str) -> str:
    """An ATS-style HTML notice: a heading, a paragraph, a label/value table, a button."""
    cells = "".join(
        f'<tr><td style="padding:6px 12px;color:#6b7280;font-size:13px;width:140px">{k}</td>'
        f'<td style="padding:6px 12px;font-size:14px;font-weight:600">{v}</td></tr>'
        for k, v in rows
    )
    paras = "".join(f"<p>{p}</p>" for p in intro.split("\n\n"))
    tail = "".join(f"<p>{p}</p>" for p in outro.split("\n\n"))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="margin:0;background:#f4f5f7">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
        f'<tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif">{paras}'
        f'<table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e5e7eb;margin:16px 0">{cells}</table>'
        f"{tail}</td></tr>"
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#9ca3af">Sent via {brand} on behalf of the hiring team.</td></tr>'
        "</table></td></tr></table></body></html>"
    )


def split_items() -> None:
    """Sort the dev-style file names by sha256 and hold out every third (0, 3, 6, ...)."""
    order = sorted(ITEMS, key=lambda it: hashlib.sha256(it.dev_filename.encode()).hexdigest())
    held = {id(it) for i, it in enumerate(order) if i % 3 == 0}
    for it in ITEMS:
        split = "heldout" if id(it) in held else "dev"
        CASES.append(
            Case(
                HELD_FAM if split == "heldout" else FAM,
                split,
                f"{it.lang}_{it.name}",
                it.raw,
                it.label,
                it.lang,
                it.note,
                NOTE_SRC,
                LIC,
            )
        )


def mails() -> None:
    # --- English: two zones ----------------------------------------------------------------
    add(
        "en",
        "two_zone_et_pt",
        ("Jordan Ellis", "jordan.ellis@brightlane.example"),
        "Interview with Brightlane - Product Designer",
        "Hi Alex,\n\nThanks for your time on the phone last week. We'd like to invite you to a video interview with our design lead on Thursday, December 10 at 2:00 pm ET / 11:00 am PT. It will take 45 minutes; the Zoom link follows in a separate email.\n\nBest,\nJordan Ellis\nTalent Acquisition, Brightlane",
        "Two zones on one line ('2:00 pm ET / 11:00 am PT'), a 45-minute length.",
        slot="2026-12-10T14:00",
        zone="America/New_York",
        minutes=45,
        day="Thu",
    )
    add(
        "en-GB",
        "cet_uk",
        ("Sophie Brandt", "s.brandt@northgate-analytics.example.de"),
        "Interview invitation - Data Engineer",
        "Dear Alex,\n\nWe are pleased to invite you to a second interview on Wednesday 9 December at 14:00 CET (13:00 UK time), via Microsoft Teams. Please allow 60 minutes.\n\nKind regards,\nSophie Brandt\nPeople & Culture",
        "'14:00 CET (13:00 UK time)' with 60 minutes.",
        slot="2026-12-09T14:00",
        zone="Europe/Berlin",
        minutes=60,
        day="Wed",
        home="Europe/Berlin",
    )
    add(
        "en-AU",
        "aest_brisbane",
        ("Liam O'Connell", "liam.oconnell@reefline.example.com.au"),
        "Interview - Operations Coordinator",
        "Hi Alex,\n\nGreat news - the panel would like to meet you. Can you join us on Tuesday 15 December at 10.30am AEST (11.30am AEDT if you're in Sydney)? We're in the Brisbane office, level 4.\n\nCheers,\nLiam",
        "Brisbane sender: '10.30am AEST (11.30am AEDT ...)', both the same instant.",
        slot="2026-12-15T10:30",
        zone="Australia/Brisbane",
        day="Tue",
        home="Australia/Brisbane",
    )
    add(
        "en",
        "nzst_june",
        ("Aroha Walker", "aroha.walker@kiwiharbour.example.nz"),
        "Interview confirmation",
        "Kia ora Alex,\n\nThank you for applying for the Customer Success role. I'm confirming your interview for Thursday 11 June at 9:00am NZST with Mere and Sam. It will run for 30 minutes over Google Meet.\n\nNgā mihi,\nAroha Walker",
        "'9:00am NZST' in June (New Zealand winter), 30 minutes.",
        slot="2026-06-11T09:00",
        zone="Pacific/Auckland",
        minutes=30,
        day="Thu",
        sent="2026-06-03T10:20",
        home="Pacific/Auckland",
    )
    add(
        "en-IN",
        "ist_ordinal",
        ("Ritika Sharma", "ritika.sharma@vistarasoft.example.in"),
        "Interview Schedule - Java Developer",
        "Dear Alex,\n\nGreetings from Vistara Soft!\n\nYour profile has been shortlisted for the Java Developer position. Your technical interview is scheduled on Monday, 14th December 2026 at 11:30 AM IST.\n\nMode: Virtual (MS Teams)\nDuration: 1 hour\n\nRegards,\nRitika Sharma\nHR Team",
        "Indian English '14th December 2026 at 11:30 AM IST', 'Duration: 1 hour'.",
        slot="2026-12-14T11:30",
        zone="Asia/Kolkata",
        minutes=60,
        day="Mon",
        iana=True,
    )
    add(
        "en",
        "sgt_cet",
        ("Wei Ling Tan", "weiling.tan@straitsbridge.example.sg"),
        "Interview - Regional Marketing Manager",
        "Hi Alex,\n\nFollowing our chat, the regional director would like to speak with you on Fri 11 Dec, 4pm SGT / 9am CET. I'll send the meeting link the day before.\n\nThanks,\nWei Ling",
        "Two zones 'Fri 11 Dec, 4pm SGT / 9am CET'.",
        slot="2026-12-11T16:00",
        zone="Asia/Singapore",
        day="Fri",
        home="Asia/Singapore",
    )
    add(
        "en",
        "hkt",
        ("Kelvin Ho", "kelvin.ho@harbourpeak.example.hk"),
        "Interview arrangement",
        "Dear Alex,\n\nWe would like to arrange an interview for the Risk Analyst role on Wed 16 Dec 2026, 10:00 HKT, at our office in Quarry Bay.\n\nPlease confirm your attendance.\n\nBest regards,\nKelvin Ho",
        "'Wed 16 Dec 2026, 10:00 HKT'.",
        slot="2026-12-16T10:00",
        zone="Asia/Hong_Kong",
        day="Wed",
        home="Asia/Hong_Kong",
    )
    add(
        "en",
        "eat_nairobi",
        ("Wanjiru Kamau", "w.kamau@savannapay.example.ke"),
        "Interview invitation: Backend Engineer",
        "Hello Alex,\n\nThank you for applying to SavannaPay. We would like to invite you for an interview on Tuesday 8 December at 10:00 EAT (Nairobi). The session is 90 minutes and includes a short live coding exercise.\n\nRegards,\nWanjiru Kamau",
        "'10:00 EAT (Nairobi)' with 90 minutes.",
        slot="2026-12-08T10:00",
        zone="Africa/Nairobi",
        minutes=90,
        day="Tue",
        home="Africa/Nairobi",
    )
    add(
        "en",
        "wat_pm_dots",
        ("Chidi Okafor", "chidi.okafor@lagosgrid.example.ng"),
        "Interview - Finance Analyst",
        "Dear Alex,\n\nFurther to your application, you are invited to an interview on Wednesday, 9 December, 2 p.m. WAT at our Victoria Island office.\n\nKindly come with a valid ID.\n\nYours faithfully,\nChidi Okafor\nHuman Resources",
        "'2 p.m. WAT'.",
        slot="2026-12-09T14:00",
        zone="Africa/Lagos",
        day="Wed",
        home="Africa/Lagos",
    )
    add(
        "en",
        "pkt",
        ("Ayesha Siddiqui", "ayesha.s@indusline.example.pk"),
        "Interview Call Letter",
        "Dear Alex,\n\nWe are pleased to inform you that you have been shortlisted. Your interview is scheduled for Thursday 17 December, 3:30 PM PKT (10:30 AM GMT). The interview will be conducted online.\n\nRegards,\nAyesha Siddiqui\nTalent Acquisition",
        "'3:30 PM PKT (10:30 AM GMT)'.",
        slot="2026-12-17T15:30",
        zone="Asia/Karachi",
        day="Thu",
        home="Asia/Karachi",
    )
    add(
        "en",
        "gst_dubai",
        ("Omar Haddad", "omar.haddad@dunehold.example.ae"),
        "Interview scheduled - Project Manager",
        "Dear Alex,\n\nThank you for your interest in Dunehold. Your interview with the Head of Projects is set for Monday 14 December at 11am GST (Dubai), at our DIFC office.\n\nBest regards,\nOmar Haddad",
        "'11am GST (Dubai)'.",
        slot="2026-12-14T11:00",
        zone="Asia/Dubai",
        day="Mon",
        home="Asia/Dubai",
    )
    add(
        "en",
        "aedt_for_you_et",
        ("Chloe Nguyen", "chloe.nguyen@tasmanworks.example.com.au"),
        "Interview with Tasman Works",
        "Hi Alex,\n\nThe hiring manager is in Sydney, so we've found a time that works across the date line: 11:00 am AEDT (Sydney) on Wednesday 16 December - that's 7:00 pm ET on Tuesday 15 December for you. It's a 45 minute video call.\n\nThanks,\nChloe",
        "A slot given in Sydney time with the reader's time on the previous date; 45 minutes.",
        slot="2026-12-16T11:00",
        zone="Australia/Sydney",
        minutes=45,
        day="Wed",
        home="Australia/Sydney",
    )
    add(
        "en",
        "ist_gmt",
        ("Karan Mehta", "karan.mehta@quillstack.example.in"),
        "Interview - Thu 10 Dec",
        "Hi Alex,\n\nLet's do the system design round on Thu 10 Dec at 3pm IST / 9:30am GMT. Our engineering manager Neha will join.\n\nCheers,\nKaran",
        "'3pm IST / 9:30am GMT'.",
        slot="2026-12-10T15:00",
        zone="Asia/Kolkata",
        day="Thu",
        home="Asia/Kolkata",
    )
    add(
        "en",
        "mt_denver",
        ("Hannah Price", "hannah.price@peakridge.example.com"),
        "Interview on Friday",
        "Hi Alex,\n\nWe'd love to move you forward. Does Friday, Dec. 11 at 9:00 a.m. MT (Denver) work? We've put it on the calendar; reply if you need to change it.\n\nHannah Price\nRecruiting Coordinator",
        "'Friday, Dec. 11 at 9:00 a.m. MT (Denver)' booked.",
        slot="2026-12-11T09:00",
        zone="America/Denver",
        day="Fri",
        home="America/Denver",
    )
    # --- English: noon, midday, half past, dots ------------------------------------------
    add(
        "en",
        "noon_eastern",
        ("Marcus Reed", "marcus.reed@hollowayco.example.com"),
        "Lunch interview",
        "Hi Alex,\n\nWe'd like to invite you to a lunch interview with the team on Friday, December 11 at noon Eastern, until 12:45. We'll meet at the front desk.\n\nBest,\nMarcus",
        "'at noon Eastern, until 12:45'.",
        slot="2026-12-11T12:00",
        zone="America/New_York",
        minutes=45,
        day="Fri",
    )
    add(
        "en-GB",
        "midday",
        ("Eleanor Hughes", "eleanor.hughes@thamesview.example.co.uk"),
        "Interview next week",
        "Dear Alex,\n\nThank you for your application for the Paralegal post. We would like to see you for an interview on Tuesday 8th December at midday at our offices on Fleet Street.\n\nYours sincerely,\nEleanor Hughes",
        "'Tuesday 8th December at midday', no zone.",
        slot="2026-12-08T12:00",
        day="Tue",
    )
    add(
        "en-GB",
        "half_past_two",
        ("Tom Fairweather", "tom@fairweather-recruit.example.co.uk"),
        "Interview sorted!",
        "Hi Alex,\n\nGood news, they want to meet you. I've got you in for half past two on Thursday 10 December at their Manchester office. Ask for Gemma at reception.\n\nTom",
        "'half past two on Thursday 10 December' (afternoon), no zone.",
        slot="2026-12-10T14:30",
        day="Thu",
    )
    add(
        "en-GB",
        "dotted_pm",
        ("Priya Patel", "priya.patel@canaldock.example.co.uk"),
        "Interview - Mon 14 Dec",
        "Hi Alex,\n\nWould be great to meet. You're booked in with me and Dan on Mon 14 Dec at 2.30pm - we're at Unit 3, Canal Dock.\n\nPriya",
        "'Mon 14 Dec at 2.30pm', no zone.",
        slot="2026-12-14T14:30",
        day="Mon",
    )
    add(
        "en",
        "pm_dots_central",
        ("Derek Olson", "derek.olson@prairiefields.example.com"),
        "Interview invitation",
        "Hello Alex,\n\nWe would like to schedule your panel interview for Wednesday, December 16, 2 p.m. - 3 p.m. Central. The panel will be Jenna, Carlos and myself.\n\nThank you,\nDerek Olson",
        "'2 p.m. - 3 p.m. Central'.",
        slot="2026-12-16T14:00",
        zone="America/Chicago",
        minutes=60,
        day="Wed",
        home="America/Chicago",
    )
    add(
        "en",
        "quarter_past",
        ("Nina Castillo", "nina.castillo@baywind.example.com"),
        "Your interview at Baywind",
        "Hi Alex,\n\nThanks for confirming. See you on Tuesday December 15 at quarter past ten (Pacific) at our Oakland office - the interview is 45 minutes.\n\nNina",
        "'quarter past ten (Pacific)', 45 minutes.",
        slot="2026-12-15T10:15",
        zone="America/Los_Angeles",
        minutes=45,
        day="Tue",
        home="America/Los_Angeles",
    )
    # --- English: relative days ----------------------------------------------------------
    add(
        "en",
        "tomorrow_10am",
        ("Grace Lee", "grace.lee@uplinkhealth.example.com"),
        "Quick call tomorrow",
        "Hi Alex,\n\nFollowing up on your application: I've booked a 30 minute screening call with you tomorrow at 10am. I'll call you on the number you gave us.\n\nGrace Lee\nRecruiter, Uplink Health",
        "'tomorrow at 10am' sent on Thursday 3 December, 30 minutes, no zone.",
        slot="2026-12-04T10:00",
        minutes=30,
        day="Fri",
    )
    add(
        "en",
        "this_thursday_pt",
        ("Ben Carter", "ben.carter@redwoodlabs.example.com"),
        "Interview this Thursday",
        "Hi Alex,\n\nJust confirming your onsite interview this Thursday at 3pm PT. Please check in at the lobby 10 minutes early.\n\nBen",
        "'this Thursday at 3pm PT' sent on Monday 7 December.",
        slot="2026-12-10T15:00",
        zone="America/Los_Angeles",
        day="Thu",
        sent="2026-12-07T08:40",
        home="America/Los_Angeles",
    )
    add(
        "en",
        "next_monday",
        ("Olivia Grant", "olivia.grant@fernhill.example.com"),
        "Next step: interview",
        "Hi Alex,\n\nThe team enjoyed your portfolio. You're scheduled for a conversation with our Creative Director next Monday at 9:30am.\n\nBest,\nOlivia",
        "'next Monday at 9:30am' sent on Thursday 3 December, no zone.",
        slot="2026-12-07T09:30",
        day="Mon",
    )
    # --- English: numeric dates settled by the weekday -------------------------------------
    add(
        "en-GB",
        "dmy_weekday",
        ("Rachel Moss", "rachel.moss@kestrelbuild.example.co.uk"),
        "Interview - Site Engineer",
        "Hi Alex,\n\nThanks for applying. We'd like to invite you to interview on Thursday 10/12 at 11:00 at our Leeds site office.\n\nRegards,\nRachel",
        "Day-first 'Thursday 10/12' (10 December is a Thursday; 12 October is past).",
        slot="2026-12-10T11:00",
        day="Thu",
    )
    add(
        "en",
        "mdy_weekday",
        ("Tyler Brooks", "tyler.brooks@copperline.example.com"),
        "Interview Tue 12/8",
        "Hi Alex,\n\nYou're confirmed for Tue 12/8 at 1pm ET with our VP of Sales. 45 min on Zoom.\n\nTyler",
        "Month-first 'Tue 12/8 at 1pm ET', 45 minutes.",
        slot="2026-12-08T13:00",
        zone="America/New_York",
        minutes=45,
        day="Tue",
    )
    add(
        "en-GB",
        "dmy_2027",
        ("Imogen Clarke", "imogen.clarke@saltmarsh.example.co.uk"),
        "Interview in the new year",
        "Dear Alex,\n\nWe are pleased to invite you to an interview on Tuesday 02/03/2027 at 10:00 at our Norwich office.\n\nYours sincerely,\nImogen Clarke",
        "'Tuesday 02/03/2027': 2 March is a Tuesday (3 February is a Wednesday), day-first.",
        slot="2027-03-02T10:00",
        day="Tue",
    )
    add(
        "en",
        "mdy_2027",
        ("Ashley Morgan", "ashley.morgan@lakeshorefin.example.com"),
        "Interview scheduled",
        "Hi Alex,\n\nYour interview is scheduled for Wednesday 02/03/2027 at 11:00 AM EST.\n\nThanks,\nAshley",
        "'Wednesday 02/03/2027': 3 February is a Wednesday, month-first.",
        slot="2027-02-03T11:00",
        zone="America/New_York",
        day="Wed",
    )
    # --- English: slot in the subject only ---------------------------------------------------
    add(
        "en-GB",
        "subject_only_gmt",
        ("Priya Nair", "priya.nair@ledgerwise.example.co.uk"),
        "Interview confirmed: Thu 17 Dec, 10:00-10:45 (GMT)",
        "Hi Alex,\n\nConfirming the slot above with Priya and Tom from the platform team. We'll send the Teams link separately.\n\nThanks,\nPriya",
        "The slot only in the subject 'Thu 17 Dec, 10:00-10:45 (GMT)'.",
        slot="2026-12-17T10:00",
        zone="Europe/London",
        minutes=45,
        day="Thu",
        home="Europe/London",
    )
    add(
        "en",
        "subject_only_us",
        ("Jess Alvarez", "jess.alvarez@mesapoint.example.com"),
        "Phone screen - Wed 12/9 @ 4:30pm ET",
        "Hi Alex,\n\nSee you then! I'll call the number on your resume.\n\nJess",
        "The slot only in the subject 'Wed 12/9 @ 4:30pm ET'.",
        slot="2026-12-09T16:30",
        zone="America/New_York",
        day="Wed",
    )
    add(
        "en",
        "subject_only_noon",
        ("Sam Whitaker", "sam.whitaker@orchardio.example.com"),
        "Re: Interview -> Fri Dec 11, noon PT",
        "Great, locked in. I'll meet you at Blue Bottle on Mint Plaza.\n\n- Sam\nHiring Manager, Orchardio",
        "The slot only in the subject 'Fri Dec 11, noon PT'.",
        slot="2026-12-11T12:00",
        zone="America/Los_Angeles",
        day="Fri",
        home="America/Los_Angeles",
    )
    # --- ATS-like HTML tables (wording ours) -----------------------------------------------
    add(
        "en",
        "ats_gh_table",
        ("Northwind Careers", "no-reply@careers.northwind.example.com"),
        "Interview Confirmation: Senior Analyst at Northwind",
        "Hi Alex,\n\nYour interview for Senior Analyst has been scheduled.\n\nDate: Thursday, December 10, 2026\nTime: 1:00 PM - 2:00 PM EST\nLocation: Zoom (link below)\n\nNorthwind Recruiting",
        "Greenhouse-like confirmation: text and HTML table 'Date'/'Time: 1:00 PM - 2:00 PM EST'.",
        slot="2026-12-10T13:00",
        zone="America/New_York",
        minutes=60,
        day="Thu",
        html=ats_table(
            "Hi Alex,\n\nYour interview for <b>Senior Analyst</b> has been scheduled.",
            [
                ("Date", "Thursday, December 10, 2026"),
                ("Time", "1:00 PM - 2:00 PM EST"),
                ("Location", "Zoom (link below)"),
            ],
            '<a href="https://zoom.example/j/8841">Join Zoom</a>',
            "Northwind Recruiting",
        ),
    )
    add(
        "en",
        "ats_lever_when",
        ("Kite Robotics", "hiring@kiterobotics.example.com"),
        "Your interview with Kite Robotics",
        None,
        "Lever-like HTML only: 'When' cell 'Tue, Dec 15, 2026 · 10:30am – 11:15am PST'.",
        slot="2026-12-15T10:30",
        zone="America/Los_Angeles",
        minutes=45,
        day="Tue",
        home="America/Los_Angeles",
        html=ats_table(
            "Hi Alex,\n\nWe're looking forward to speaking with you. Here are the details of your interview.",
            [
                ("What", "Technical interview - Controls Engineer"),
                ("When", "Tue, Dec 15, 2026 · 10:30am – 11:15am PST"),
                ("Where", "Google Meet"),
                ("Who", "Dana Whitfield, Ravi Anand"),
            ],
            "Need to reschedule? Reply to this email.",
            "Kite Robotics",
        ),
    )
    add(
        "en",
        "ats_workday_rows",
        ("Meridian Health Careers", "meridianhealth@myworkday.example.com"),
        "Interview Scheduled",
        None,
        "Workday-like HTML only: separate rows for date, start, end and 'Central Time (US & Canada)'.",
        slot="2026-12-16T09:00",
        zone="America/Chicago",
        minutes=60,
        day="Wed",
        home="America/Chicago",
        iana=True,
        html=ats_table(
            "Dear Alex Morgan,<br>An interview has been scheduled for the position Clinical Data Manager (R-20931).",
            [
                ("Interview Date", "12/16/2026"),
                ("Start Time", "09:00 AM"),
                ("End Time", "10:00 AM"),
                ("Time Zone", "(GMT-06:00) Central Time (US &amp; Canada)"),
                ("Interview Type", "Video"),
            ],
            "Please do not reply to this message.",
            "Meridian Health",
        ),
    )
    add(
        "en-GB",
        "ats_smartr_iana",
        ("Halcyon Retail", "noreply@halcyon.smartrecruiters.example.com"),
        "Interview invitation from Halcyon Retail",
        "Hello Alex,\n\nYou have been invited to an interview for Store Manager.\n\nDate & time: 14 December 2026, 15:00 - 15:30 (Europe/London)\nType: Phone call\n\nHalcyon Retail Talent Team",
        "SmartRecruiters-like: 'Date & time: 14 December 2026, 15:00 - 15:30 (Europe/London)'.",
        slot="2026-12-14T15:00",
        zone="Europe/London",
        minutes=30,
        day="Mon",
        home="Europe/London",
        iana=True,
        html=ats_table(
            "Hello Alex,\n\nYou have been invited to an interview for <b>Store Manager</b>.",
            [
                ("Date &amp; time", "14 December 2026, 15:00 - 15:30 (Europe/London)"),
                ("Type", "Phone call"),
            ],
            "Good luck!",
            "SmartRecruiters",
        ),
    )
    add(
        "en",
        "ats_ashby_dot",
        ("Lumen Finance", "no-reply@ashby.example.com"),
        "Interview confirmed with Lumen Finance",
        "Hi Alex,\n\nYour interview is confirmed.\n\nMonday, December 14 · 11:00 AM – 12:00 PM (America/New_York)\nHiring Manager Interview with Priyanka Rao\nGoogle Meet: https://meet.example/abc-defg-hij\n\nLumen Finance Recruiting",
        "Ashby-like: 'Monday, December 14 · 11:00 AM – 12:00 PM (America/New_York)' without the year.",
        slot="2026-12-14T11:00",
        zone="America/New_York",
        minutes=60,
        day="Mon",
        iana=True,
        html=ats_table(
            "Hi Alex,\n\nYour interview is confirmed.",
            [
                ("Monday, December 14", "11:00 AM – 12:00 PM (America/New_York)"),
                ("Interview", "Hiring Manager Interview with Priyanka Rao"),
                ("Location", "Google Meet"),
            ],
            '<a href="https://meet.example/abc-defg-hij">Join</a>',
            "Ashby",
        ),
    )
    add(
        "en",
        "ats_itinerary",
        ("Coastline Software", "scheduling@coastline.example.com"),
        "Your onsite interview schedule",
        None,
        "GoodTime-like itinerary table: three back-to-back sessions, start of the first to end of the last.",
        slot="2026-12-17T10:00",
        zone="America/New_York",
        minutes=135,
        day="Thu",
        html=ats_table(
            "Hi Alex,<br>Here is your interview schedule for <b>Thursday, December 17, 2026</b> (all times Eastern Time).",
            [
                ("10:00 AM – 10:45 AM", "Coding with Jamal Price"),
                ("10:45 AM – 11:30 AM", "System design with Erin Cho"),
                ("11:30 AM – 12:15 PM", "Hiring manager, Luis Ortega"),
            ],
            "Please arrive at 9:45 AM at 200 Harbor St, 5th floor.",
            "Coastline Software",
        ),
    )
    add(
        "sv",
        "ats_teamtailor",
        ("Fjällbo Energi", "no-reply@fjallbo.teamtailor.example.com"),
        "Inbjudan till intervju - Fjällbo Energi",
        "Hej Alex!\n\nVi vill gärna träffa dig för en intervju för tjänsten som Projektledare.\n\nTid: torsdag 10 december 2026 kl. 13:00–14:00 (CET)\nPlats: Kungsgatan 12, Stockholm\n\nVänliga hälsningar,\nFjällbo Energi",
        "Teamtailor-like: 'torsdag 10 december 2026 kl. 13:00–14:00 (CET)' in text and table.",
        slot="2026-12-10T13:00",
        zone="Europe/Stockholm",
        minutes=60,
        day="Thu",
        html=ats_table(
            "Hej Alex!\n\nVi vill gärna träffa dig för en intervju för tjänsten som <b>Projektledare</b>.",
            [
                ("Tid", "torsdag 10 december 2026 kl. 13:00–14:00 (CET)"),
                ("Plats", "Kungsgatan 12, Stockholm"),
            ],
            "Vänliga hälsningar,<br>Fjällbo Energi",
            "Teamtailor",
        ),
    )
    add(
        "de",
        "ats_personio",
        ("Brückner Logistik GmbH", "jobs@brueckner-logistik.personio.example.de"),
        "Einladung zum Vorstellungsgespräch",
        None,
        "Personio-like HTML only: 'Datum: Dienstag, 15.12.2026', 'Uhrzeit: 10:00 – 11:30 Uhr (MEZ)'.",
        slot="2026-12-15T10:00",
        zone="Europe/Berlin",
        minutes=90,
        day="Tue",
        html=ats_table(
            "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Disponent (m/w/d). Wir laden Sie herzlich zu einem persönlichen Gespräch ein.",
            [
                ("Datum", "Dienstag, 15.12.2026"),
                ("Uhrzeit", "10:00 – 11:30 Uhr (MEZ)"),
                ("Ort", "Hafenstraße 8, 28217 Bremen"),
                ("Gesprächspartner", "Jana Vogt, Leitung Disposition"),
            ],
            "Bitte bestätigen Sie den Termin kurz per Antwort.<br>Viele Grüße<br>Ihr Brückner-Team",
            "Personio",
        ),
    )
    add(
        "nl",
        "ats_recruitee",
        ("Dijkstra & Zonen", "noreply@dijkstrazonen.recruitee.example.com"),
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek.\n\nDatum: woensdag 16 december 2026\nTijd: 14:00 - 14:45 (Europe/Amsterdam)\nLocatie: Online (Teams)\n\nMet vriendelijke groet,\nDijkstra & Zonen",
        "Recruitee-like: date and time rows, '(Europe/Amsterdam)'.",
        slot="2026-12-16T14:00",
        zone="Europe/Amsterdam",
        minutes=45,
        day="Wed",
        iana=True,
        html=ats_table(
            "Beste Alex,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek.",
            [
                ("Datum", "woensdag 16 december 2026"),
                ("Tijd", "14:00 - 14:45 (Europe/Amsterdam)"),
                ("Locatie", "Online (Teams)"),
            ],
            "Met vriendelijke groet,<br>Dijkstra &amp; Zonen",
            "Recruitee",
        ),
    )
    add(
        "fr",
        "ats_duree",
        ("Groupe Valmont", "recrutement@valmont.myworkday.example.fr"),
        "Entretien planifié",
        None,
        "Workday-like French HTML only: 'Date de l'entretien : 17/12/2026', 'Heure de début : 09:30', 'Durée : 1 heure'.",
        slot="2026-12-17T09:30",
        minutes=60,
        day="Thu",
        html=ats_table(
            "Bonjour Alex Morgan,<br>Un entretien a été planifié pour le poste Contrôleur de gestion (R-4471).",
            [
                ("Date de l'entretien", "17/12/2026"),
                ("Heure de début", "09:30"),
                ("Durée", "1 heure"),
                ("Type", "Sur site, 12 rue de la Paix, Paris"),
            ],
            "Merci de ne pas répondre à ce message.",
            "Groupe Valmont",
        ),
    )
    add(
        "es",
        "ats_tabla",
        ("Grupo Almena", "empleo@almena.example.es"),
        "Confirmación de entrevista - Grupo Almena",
        None,
        "SmartRecruiters-like Spanish HTML only: 'Fecha: jueves, 10 de diciembre de 2026', 'Hora: 16:30 - 17:15 (CET)'.",
        slot="2026-12-10T16:30",
        zone="Europe/Madrid",
        minutes=45,
        day="Thu",
        html=ats_table(
            "Hola Alex:\n\nTe confirmamos la entrevista para el puesto de Técnico de Compras.",
            [
                ("Fecha", "jueves, 10 de diciembre de 2026"),
                ("Hora", "16:30 - 17:15 (CET)"),
                ("Formato", "Videollamada"),
            ],
            "Un saludo,<br>Equipo de Talento",
            "Grupo Almena",
        ),
    )
    add(
        "pt-BR",
        "ats_tabela",
        ("Vértice Digital", "vagas@vertice.gupy.example.com.br"),
        "Sua entrevista foi agendada",
        "Olá, Alex!\n\nSua entrevista para a vaga de Analista de Dados foi agendada.\n\nData: 16/12/2026 (quarta-feira)\nHorário: 15h às 16h (horário de Brasília)\nLocal: Google Meet\n\nBoa sorte!\nTime de Recrutamento",
        "Gupy-like: 'Horário: 15h às 16h (horário de Brasília)'.",
        slot="2026-12-16T15:00",
        zone="America/Sao_Paulo",
        minutes=60,
        day="Wed",
        iana=True,
        html=ats_table(
            "Olá, Alex!\n\nSua entrevista para a vaga de <b>Analista de Dados</b> foi agendada.",
            [
                ("Data", "16/12/2026 (quarta-feira)"),
                ("Horário", "15h às 16h (horário de Brasília)"),
                ("Local", "Google Meet"),
            ],
            "Boa sorte!",
            "Vértice Digital",
        ),
    )
    # --- confirmed slot after the proposed options ---------------------------------------
    add(
        "en-GB",
        "options_then_booked",
        ("Harriet Cole", "harriet.cole@mosaicpr.example.co.uk"),
        "Re: Interview availability",
        "Hi Alex,\n\nThanks for sending your availability. Of the times we suggested:\n\n- Monday 7 December, 10:00\n- Tuesday 8 December, 14:00\n- Wednesday 9 December, 16:00\n\n(all UK time), we've booked you for Tuesday 8 December at 14:00. The interview is 45 minutes with Harriet and Joe.\n\nBest,\nHarriet",
        "Three proposed options, then the booked one (the middle one), 45 minutes.",
        slot="2026-12-08T14:00",
        zone="Europe/London",
        minutes=45,
        day="Tue",
        home="Europe/London",
    )
    add(
        "en",
        "options_picked_last",
        ("Devon Hart", "devon.hart@sparrowhq.example.com"),
        "Confirmed: your final round",
        "Hi Alex,\n\nYou had three options for the final round:\n\n1) Mon Dec 14, 9:00-10:00am ET\n2) Tue Dec 15, 1:00-2:00pm ET\n3) Thu Dec 17, 3:30-4:30pm ET\n\nYou picked option 3, so you're all set for Thursday, December 17, 3:30-4:30pm ET.\n\nDevon",
        "Three numbered options, the picked one (the last) restated.",
        slot="2026-12-17T15:30",
        zone="America/New_York",
        minutes=60,
        day="Thu",
    )
    add(
        "de",
        "optionen_bestaetigt",
        ("Katrin Lehmann", "k.lehmann@werkhaus-medien.example.de"),
        "Ihr Vorstellungsgespräch",
        "Hallo Herr Morgan,\n\nSie hatten folgende Termine zur Auswahl:\n\n• Mo, 07.12., 09:00 Uhr\n• Di, 08.12., 11:00 Uhr\n• Mi, 09.12., 15:30 Uhr\n\nVielen Dank für Ihre Rückmeldung - wir bestätigen Ihnen gern den Termin am Mittwoch, 09.12., um 15:30 Uhr.\n\nViele Grüße\nKatrin Lehmann",
        "Three options listed, the confirmed one (the last) restated.",
        slot="2026-12-09T15:30",
        day="Wed",
    )
    add(
        "fr",
        "options_confirme",
        ("Camille Dubois", "camille.dubois@atelier-lumen.example.fr"),
        "Confirmation de votre entretien",
        "Bonjour Alex,\n\nMerci pour votre retour. Parmi les créneaux proposés (mercredi 9 décembre à 10h, jeudi 10 décembre à 11h, vendredi 11 décembre à 15h), vous avez choisi le jeudi.\n\nC'est donc confirmé pour le jeudi 10 décembre à 11h, dans nos locaux.\n\nBien à vous,\nCamille Dubois",
        "Options in brackets, then 'confirmé pour le jeudi 10 décembre à 11h'.",
        slot="2026-12-10T11:00",
        day="Thu",
    )
    add(
        "es",
        "opciones_confirmada",
        ("Lucía Romero", "lucia.romero@talentia.example.es"),
        "Entrevista confirmada",
        "Hola Alex:\n\nDe las opciones que te propusimos (lunes 14 a las 10:00, martes 15 a las 12:00 o miércoles 16 a las 17:00), nos quedamos con la que elegiste: martes 15 de diciembre a las 12:00.\n\nLa entrevista durará 45 minutos.\n\nUn saludo,\nLucía",
        "Options without month, then 'martes 15 de diciembre a las 12:00', 45 minutes.",
        slot="2026-12-15T12:00",
        minutes=45,
        day="Tue",
    )
    # --- durations instead of ends ----------------------------------------------------------
    add(
        "de",
        "eineinhalb_stunden",
        ("Markus Feld", "markus.feld@stadtwerke-linde.example.de"),
        "Einladung zum Gespräch",
        "Sehr geehrter Herr Morgan,\n\nwir möchten Sie am Montag, 14. Dezember, um 10 Uhr zu einem Vorstellungsgespräch in unsere Zentrale einladen. Planen Sie bitte 1,5 Stunden ein.\n\nMit freundlichen Grüßen\nMarkus Feld\nPersonalabteilung",
        "'um 10 Uhr', length '1,5 Stunden'.",
        slot="2026-12-14T10:00",
        minutes=90,
        day="Mon",
    )
    add(
        "en-GB",
        "gmt_45_minutes",
        ("Fiona Grant", "fiona.grant@heathergate.example.co.uk"),
        "Interview - Thursday",
        "Hi Alex,\n\nWe'd like to invite you to a video interview on Thursday 10 December at 3pm GMT. It will last 45 minutes.\n\nBest wishes,\nFiona",
        "'3pm GMT', 'It will last 45 minutes'.",
        slot="2026-12-10T15:00",
        zone="Europe/London",
        minutes=45,
        day="Thu",
        home="Europe/London",
    )
    add(
        "nl",
        "anderhalf_uur",
        ("Sanne de Vries", "sanne.devries@polderbouw.example.nl"),
        "Uitnodiging gesprek",
        "Hoi Alex,\n\nWe willen je graag uitnodigen voor een gesprek op maandag 14/12 om 10.00 uur bij ons op kantoor in Utrecht. Reken op anderhalf uur.\n\nGroet,\nSanne",
        "'maandag 14/12 om 10.00 uur', 'anderhalf uur'.",
        slot="2026-12-14T10:00",
        minutes=90,
        day="Mon",
    )
    add(
        "pl",
        "poltorej_godziny",
        ("Agnieszka Nowak", "agnieszka.nowak@wislasoft.example.pl"),
        "Zaproszenie na rozmowę",
        "Dzień dobry Panie Alexie,\n\nzapraszamy na rozmowę rekrutacyjną we wtorek 15.12 o 14.00 w naszym biurze przy ul. Długiej 5. Rozmowa potrwa 1,5 godziny.\n\nPozdrawiam serdecznie,\nAgnieszka Nowak",
        "'we wtorek 15.12 o 14.00', '1,5 godziny'.",
        slot="2026-12-15T14:00",
        minutes=90,
        day="Tue",
    )
    add(
        "sv",
        "minuter",
        ("Erik Lindqvist", "erik.lindqvist@norrsken.example.se"),
        "Intervju",
        "Hej Alex,\n\nTack för din ansökan! Vi bokar in en intervju med dig måndag 14/12 kl. 9:30. Intervjun tar 45 minuter och sker via Teams.\n\nHälsningar,\nErik",
        "'måndag 14/12 kl. 9:30', '45 minuter'.",
        slot="2026-12-14T09:30",
        minutes=45,
        day="Mon",
    )
    add(
        "it",
        "durata_minuti",
        ("Giulia Bianchi", "giulia.bianchi@lagunatech.example.it"),
        "Invito a colloquio",
        "Gentile Alex,\n\nla invitiamo a un colloquio conoscitivo giovedì 10 dicembre alle 14:30 (ora italiana). Durata: 45 minuti, su Google Meet.\n\nCordiali saluti,\nGiulia Bianchi\nUfficio HR",
        "'alle 14:30 (ora italiana)', 'Durata: 45 minuti'.",
        slot="2026-12-10T14:30",
        zone="Europe/Rome",
        minutes=45,
        day="Thu",
        iana=True,
    )
    add(
        "fr",
        "heure_paris_1h30",
        ("Julien Martin", "julien.martin@hexagone-conseil.example.fr"),
        "Entretien - lundi 14/12",
        "Bonjour Alex,\n\nJe vous confirme notre entretien lundi 14/12 à 14h30 (heure de Paris). Prévoyez 1h30 : un échange avec l'équipe puis une étude de cas.\n\nCordialement,\nJulien Martin",
        "'lundi 14/12 à 14h30 (heure de Paris)', 'Prévoyez 1h30'.",
        slot="2026-12-14T14:30",
        zone="Europe/Paris",
        minutes=90,
        day="Mon",
        iana=True,
    )
    # --- forwards with the user's note -----------------------------------------------------
    add(
        "en",
        "fwd_gmail_note",
        ("Rebecca Stone", "rebecca.stone@clearpath.example.com"),
        "Interview - Product Manager",
        "Hi Alex,\n\nThanks for your interest in Clearpath. We'd like to invite you to interview with our Head of Product on Wednesday, December 9th at 11:30am EST. It will be 45 minutes over Zoom.\n\nBest,\nRebecca Stone\nRecruiting",
        "Gmail forward with the user's note on top; '11:30am EST', 45 minutes.",
        slot="2026-12-09T11:30",
        zone="America/New_York",
        minutes=45,
        day="Wed",
        fwd=("gmail", "en", "fyi - PM interview, can you add this one? thx"),
    )
    add(
        "en",
        "fwd_apple_two_zones",
        ("Amir Farouk", "amir.farouk@bluefjord.example.com"),
        "Interview invitation - Staff Engineer",
        "Hello Alex,\n\nWe would like to invite you to a technical interview on Monday, December 14 at 10am PT / 1pm ET, for 60 minutes.\n\nKind regards,\nAmir Farouk",
        "Apple Mail forward with a note; '10am PT / 1pm ET', 60 minutes.",
        slot="2026-12-14T10:00",
        zone="America/Los_Angeles",
        minutes=60,
        day="Mon",
        home="America/Los_Angeles",
        fwd=("apple", "en", "Forwarding so it lands in my tracker. Note it's 1pm my time."),
    )
    add(
        "de",
        "fwd_outlook_notiz",
        ("Claudia Berger", "claudia.berger@alpenblick-versicherung.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie am Donnerstag, den 10. Dezember 2026, um 14:00 Uhr zu einem Gespräch in unsere Niederlassung in München einladen.\n\nMit freundlichen Grüßen\nClaudia Berger",
        "Outlook forward (German) with the user's note; 'am Donnerstag, den 10. Dezember 2026, um 14:00 Uhr'.",
        slot="2026-12-10T14:00",
        day="Thu",
        fwd=("outlook", "de", "Bitte eintragen - danke!"),
    )
    add(
        "es",
        "fwd_outlook_peninsular",
        ("Pablo Serrano", "pablo.serrano@nortemar.example.es"),
        "Entrevista - Nortemar",
        "Hola Alex:\n\nTe escribo para convocarte a una entrevista el viernes 11 de diciembre a las 12:30 (hora peninsular), por videollamada.\n\nSaludos,\nPablo Serrano",
        "Outlook forward (Spanish) with a note; 'a las 12:30 (hora peninsular)'.",
        slot="2026-12-11T12:30",
        zone="Europe/Madrid",
        day="Fri",
        iana=True,
        fwd=("outlook", "es", "Para el calendario, por favor."),
    )
    add(
        "fr",
        "fwd_gmail_mot",
        ("Léa Moreau", "lea.moreau@boreal-edition.example.fr"),
        "Entretien Boréal Édition",
        "Bonjour Alex,\n\nSuite à votre candidature, nous serions ravis de vous rencontrer le mardi 15 décembre à 9h30 dans nos bureaux.\n\nBien cordialement,\nLéa Moreau",
        "Gmail forward (French) with a note; 'le mardi 15 décembre à 9h30'.",
        slot="2026-12-15T09:30",
        day="Tue",
        fwd=("gmail", "fr", "Celui-ci aussi stp :)"),
    )
    add(
        "en-GB",
        "fwd_gmail_options",
        ("Oliver Brooks", "oliver.brooks@greyfriars.example.co.uk"),
        "Re: Interview slots",
        "Hi Alex,\n\nThanks - of Monday 10:00, Tuesday 14:30 and Friday 11:00, Tuesday works best for the panel, so that's confirmed: Tuesday 8 December at 2.30pm, at our Bristol office.\n\nOliver",
        "Gmail forward with a note; options by weekday, then 'Tuesday 8 December at 2.30pm'.",
        slot="2026-12-08T14:30",
        day="Tue",
        home="Europe/London",
        fwd=("gmail", "en", "Final slot below."),
    )
    # --- German, Dutch, Polish, Swedish, Italian, Portuguese, Spanish, French -------------
    add(
        "de",
        "morgen_halb_drei",
        ("Tobias Kern", "tobias.kern@kern-elektro.example.de"),
        "Gespräch morgen",
        "Hallo Alex,\n\nwie telefonisch besprochen: Wir sehen uns morgen Nachmittag um halb drei bei uns im Büro. Bringen Sie gern Ihre Zeugnisse mit.\n\nGruß\nTobias Kern",
        "'morgen Nachmittag um halb drei' sent on Thursday 3 December.",
        slot="2026-12-04T14:30",
        day="Fri",
    )
    add(
        "de",
        "kommenden_dienstag",
        ("Sabine Roth", "sabine.roth@roth-partner.example.de"),
        "Vorstellungsgespräch",
        "Liebe Alex,\n\nwir freuen uns, Sie kommenden Dienstag (08.12.) um 9:00 Uhr zum Vorstellungsgespräch zu begrüßen. Das Gespräch dauert 60 Minuten.\n\nHerzliche Grüße\nSabine Roth",
        "'kommenden Dienstag (08.12.) um 9:00 Uhr', 60 Minuten.",
        slot="2026-12-08T09:00",
        minutes=60,
        day="Tue",
    )
    add(
        "de",
        "mez_uk_zwei_zonen",
        ("Reto Meier", "reto.meier@seeland-pharma.example.ch"),
        "Interview Einladung",
        "Hallo Alex,\n\ngerne laden wir Sie zu einem Video-Interview ein: Donnerstag, 17.12.2026, 14.00 Uhr MEZ (13.00 Uhr UK-Zeit). Das Gespräch ist auf 45 Minuten angesetzt.\n\nFreundliche Grüsse\nReto Meier",
        "Swiss German '14.00 Uhr MEZ (13.00 Uhr UK-Zeit)', 45 Minuten.",
        slot="2026-12-17T14:00",
        zone="Europe/Zurich",
        minutes=45,
        day="Thu",
        home="Europe/Zurich",
    )
    add(
        "nl",
        "half_drie",
        ("Joost Bakker", "joost.bakker@havenlicht.example.nl"),
        "Kennismakingsgesprek",
        "Hoi Alex,\n\nLeuk dat je wilt komen praten! Zullen we zeggen donderdag 10 december 's middags om half drie? We zitten aan de Oudegracht 14. Ik heb het alvast ingepland.\n\nGroet,\nJoost",
        "'donderdag 10 december 's middags om half drie' (14:30), booked.",
        slot="2026-12-10T14:30",
        day="Thu",
    )
    add(
        "nl",
        "morgen_13",
        ("Fleur Jansen", "fleur.jansen@zuidas-advies.example.nl"),
        "Gesprek morgen",
        "Beste Alex,\n\nHierbij bevestig ik je gesprek morgen om 13:00 uur met Mark en Ilse. Het gesprek duurt een uur.\n\nMet vriendelijke groet,\nFleur Jansen",
        "'morgen om 13:00 uur' sent on Thursday 3 December, 'duurt een uur'.",
        slot="2026-12-04T13:00",
        minutes=60,
        day="Fri",
    )
    add(
        "pl",
        "czasu_polskiego",
        ("Marta Kowalska", "marta.kowalska@baltyk-logistyka.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\nuprzejmie zapraszam na rozmowę kwalifikacyjną w czwartek, 10 grudnia, o godz. 13:00 czasu polskiego, przez Microsoft Teams.\n\nZ poważaniem\nMarta Kowalska",
        "'w czwartek, 10 grudnia, o godz. 13:00 czasu polskiego'.",
        slot="2026-12-10T13:00",
        zone="Europe/Warsaw",
        day="Thu",
        iana=True,
    )
    add(
        "pl",
        "jutro",
        ("Piotr Zieliński", "piotr.zielinski@kodpol.example.pl"),
        "Jutro rozmowa",
        "Cześć Alex,\n\npotwierdzam: widzimy się jutro o 10:30 w biurze na Mokotowie. Rozmowa zajmie około godziny.\n\nPiotr",
        "'jutro o 10:30' sent on Thursday 3 December; 'około godziny' labels no end.",
        slot="2026-12-04T10:30",
        day="Fri",
    )
    add(
        "sv",
        "klockan_range",
        ("Anna Berg", "anna.berg@vasterhavet.example.se"),
        "Välkommen på intervju",
        "Hej Alex,\n\nVi vill gärna träffa dig torsdag den 10 december kl. 10.00–11.00 på vårt kontor i Göteborg.\n\nVälkommen!\nAnna Berg",
        "'torsdag den 10 december kl. 10.00–11.00'.",
        slot="2026-12-10T10:00",
        minutes=60,
        day="Thu",
    )
    add(
        "sv",
        "i_morgon",
        ("Johan Ek", "johan.ek@ekbyggen.example.se"),
        "Intervju i morgon",
        "Hej!\n\nBekräftar intervjun i morgon kl 14 hos oss på Sveavägen 40. Fråga efter mig i receptionen.\n\n/Johan",
        "'i morgon kl 14' sent on Thursday 3 December.",
        slot="2026-12-04T14:00",
        day="Fri",
    )
    add(
        "it",
        "lunedi_prossimo",
        ("Marco Rossi", "marco.rossi@adriatica-spa.example.it"),
        "Colloquio",
        "Ciao Alex,\n\nti confermo il colloquio lunedì prossimo alle 11 presso la nostra sede di Bologna, via Indipendenza 20.\n\nA presto,\nMarco",
        "'lunedì prossimo alle 11' sent on Thursday 3 December.",
        slot="2026-12-07T11:00",
        day="Mon",
    )
    add(
        "it",
        "ore_punto",
        ("Francesca Greco", "francesca.greco@tirreno-assicura.example.it"),
        "Convocazione colloquio",
        "Gentile candidato,\n\nla convochiamo per un colloquio mercoledì 16/12 alle ore 9.30 presso la sede di Milano, corso Buenos Aires 15. La durata prevista è di un'ora.\n\nDistinti saluti,\nFrancesca Greco",
        "'mercoledì 16/12 alle ore 9.30'; 'durata prevista' labels no end.",
        slot="2026-12-16T09:30",
        day="Wed",
    )
    add(
        "it",
        "mezzogiorno",
        ("Paolo Conti", "paolo.conti@vesuvio-foods.example.it"),
        "Incontro conoscitivo",
        "Buongiorno Alex,\n\nsarebbe un piacere incontrarla venerdì 11 dicembre a mezzogiorno nei nostri uffici di Napoli. Abbiamo già fissato la sala.\n\nCordialmente,\nPaolo Conti",
        "'venerdì 11 dicembre a mezzogiorno'.",
        slot="2026-12-11T12:00",
        day="Fri",
    )
    add(
        "pt-BR",
        "brt_quinta",
        ("Fernanda Lima", "fernanda.lima@cerrado-agro.example.com.br"),
        "Convite para entrevista",
        "Olá, Alex!\n\nGostaríamos de convidar você para uma entrevista na quinta-feira, 10/12, às 15h (BRT), pelo Google Meet.\n\nAbraços,\nFernanda Lima\nRH",
        "'quinta-feira, 10/12, às 15h (BRT)'.",
        slot="2026-12-10T15:00",
        zone="America/Sao_Paulo",
        day="Thu",
    )
    add(
        "pt-BR",
        "amanha_meio_dia",
        ("Rafael Souza", "rafael.souza@litoral-tech.example.com.br"),
        "Entrevista amanhã",
        "Oi Alex,\n\nConfirmado: nossa entrevista é amanhã ao meio-dia, no escritório da Av. Paulista. Vai durar 40 minutos.\n\nAté lá,\nRafael",
        "'amanhã ao meio-dia' sent on Thursday 3 December, 40 minutes.",
        slot="2026-12-04T12:00",
        minutes=40,
        day="Fri",
    )
    add(
        "pt-BR",
        "segunda_10h30",
        ("Juliana Castro", "juliana.castro@ipe-saude.example.com.br"),
        "Agendamento de entrevista",
        "Prezado Alex,\n\nSua entrevista com a gestora da área ficou agendada para segunda-feira, 14/12, às 10h30 (horário de Brasília), com duração de 1 hora.\n\nAtenciosamente,\nJuliana Castro",
        "'segunda-feira, 14/12, às 10h30 (horário de Brasília)', 1 hora.",
        slot="2026-12-14T10:30",
        zone="America/Sao_Paulo",
        minutes=60,
        day="Mon",
        iana=True,
    )
    add(
        "es",
        "art_hs",
        ("Martina Gómez", "martina.gomez@pampa-fintech.example.com.ar"),
        "Entrevista - Pampa Fintech",
        "Hola Alex,\n\n¿Cómo estás? Te confirmo la entrevista el martes 15/12 a las 11 hs (ART), por Meet. Dura 30 minutos.\n\nSaludos,\nMartina",
        "Argentine 'el martes 15/12 a las 11 hs (ART)', 30 minutos.",
        slot="2026-12-15T11:00",
        zone="America/Argentina/Buenos_Aires",
        minutes=30,
        day="Tue",
        home="America/Argentina/Buenos_Aires",
    )
    add(
        "es",
        "mediodia_madrid",
        ("Irene Navarro", "irene.navarro@meseta-energia.example.es"),
        "Entrevista miércoles",
        "Hola Alex:\n\nTe esperamos el miércoles 9 de diciembre a mediodía (hora de Madrid) en nuestras oficinas de la calle Serrano.\n\nUn saludo,\nIrene Navarro",
        "'el miércoles 9 de diciembre a mediodía (hora de Madrid)'.",
        slot="2026-12-09T12:00",
        zone="Europe/Madrid",
        day="Wed",
    )
    add(
        "es",
        "jueves_duracion",
        ("Sergio Molina", "sergio.molina@olivar-consulting.example.es"),
        "Convocatoria a entrevista",
        "Estimado Alex:\n\nLe convocamos a una entrevista el jueves 10/12 a las 16:30 h. Duración: 45 minutos.\n\nAtentamente,\nSergio Molina",
        "'el jueves 10/12 a las 16:30 h', 'Duración: 45 minutos'.",
        slot="2026-12-10T16:30",
        minutes=45,
        day="Thu",
    )
    add(
        "es",
        "mx_hora_centro",
        ("Daniela Ruiz", "daniela.ruiz@sierra-madre.example.com.mx"),
        "Entrevista de trabajo",
        "Hola Alex,\n\nTe invitamos a una entrevista el martes 15 de diciembre a las 10:00 a.m. (hora del centro de México), vía Zoom.\n\nSaludos cordiales,\nDaniela Ruiz",
        "Mexican '10:00 a.m. (hora del centro de México)'.",
        slot="2026-12-15T10:00",
        zone="America/Mexico_City",
        day="Tue",
        home="America/Mexico_City",
    )
    add(
        "fr",
        "midi",
        ("Claire Bernard", "claire.bernard@provence-bio.example.fr"),
        "Rencontre",
        "Bonjour Alex,\n\nNous vous attendons le mercredi 9 décembre à midi pour un entretien avec notre directrice commerciale.\n\nÀ bientôt,\nClaire Bernard",
        "'le mercredi 9 décembre à midi'.",
        slot="2026-12-09T12:00",
        day="Wed",
    )
    add(
        "fr",
        "demain_14h",
        ("Nicolas Petit", "nicolas.petit@loire-industrie.example.fr"),
        "Entretien demain",
        "Bonjour Alex,\n\nJe vous confirme notre entretien téléphonique demain à 14h. Il durera 30 minutes.\n\nCordialement,\nNicolas Petit",
        "'demain à 14h' sent on Thursday 3 December, 30 minutes.",
        slot="2026-12-04T14:00",
        minutes=30,
        day="Fri",
    )
    # --- Japanese --------------------------------------------------------------------------
    add(
        "ja",
        "nihon_jikan",
        ("佐藤 美咲", "misaki.sato@sakura-systems.example.jp"),
        "一次面接のご案内",
        "Alex Morgan 様\n\nこの度はご応募いただき誠にありがとうございます。\n一次面接を下記の日程で実施いたします。\n\n日時：12月10日（木）14時00分～15時00分（日本時間）\n方法：オンライン（Zoom）\n\nよろしくお願いいたします。\n株式会社さくらシステムズ 人事部 佐藤",
        "'12月10日（木）14時00分～15時00分（日本時間）'.",
        slot="2026-12-10T14:00",
        zone="Asia/Tokyo",
        minutes=60,
        day="Thu",
        iana=True,
    )
    add(
        "ja",
        "ashita_gogo",
        ("田中 健", "ken.tanaka@minato-shoji.example.jp"),
        "明日の面接について",
        "Alex様\n\n明日（12月4日）午後3時から面接をお願いいたします。所要時間は30分程度を予定しております。\n\n田中",
        "'明日（12月4日）午後3時から'; '30分程度' labels no end.",
        slot="2026-12-04T15:00",
        day="Fri",
    )
    add(
        "ja",
        "slash_jst",
        ("鈴木 彩", "aya.suzuki@kanto-denki.example.jp"),
        "【面接日程確定】12/15(火) 10:30〜11:30",
        "Alex Morgan 様\n\n面接日程が確定いたしましたのでご連絡いたします。\n\n12/15(火) 10:30〜11:30 JST\n場所：東京本社 5階\n\n鈴木",
        "'12/15(火) 10:30〜11:30 JST' in the subject and the body.",
        slot="2026-12-15T10:30",
        zone="Asia/Tokyo",
        minutes=60,
        day="Tue",
    )
    # --- Hindi (Latin script) and Indian English -------------------------------------------
    add(
        "hi-Latn",
        "kal_subah",
        ("Neha Gupta", "neha.gupta@shaktiinfra.example.in"),
        "Interview kal",
        "Hi Alex,\n\nAapka interview kal subah 11 baje hoga (IST). Google Meet link main thodi der mein bhej dungi.\n\nThanks,\nNeha",
        "Hinglish 'kal subah 11 baje hoga (IST)' sent on Thursday 3 December.",
        slot="2026-12-04T11:00",
        zone="Asia/Kolkata",
        day="Fri",
        iana=True,
    )
    add(
        "hi-Latn",
        "somvar_dopahar",
        ("Rohit Verma", "rohit.verma@gangaretail.example.in"),
        "Interview schedule",
        "Namaste Alex,\n\nAapka interview Somvar, 14 December ko dopahar 3 baje rakha gaya hai. Interview lagbhag aadha ghanta chalega.\n\nDhanyavaad,\nRohit Verma, HR",
        "Hinglish 'Somvar, 14 December ko dopahar 3 baje'; 'lagbhag' labels no end.",
        slot="2026-12-14T15:00",
        day="Mon",
    )
    add(
        "en-IN",
        "dmy_weekday_ist",
        ("Sneha Iyer", "sneha.iyer@deccanware.example.in"),
        "Interview Invitation - Deccanware",
        "Dear Candidate,\n\nWe are happy to inform you that your interview has been scheduled as below:\n\nDate: 15/12/2026 (Tuesday)\nTime: 2:30 PM IST\nDuration: 1 hour\nVenue: Deccanware, Whitefield, Bengaluru\n\nKindly carry a copy of your resume.\n\nRegards,\nSneha Iyer",
        "'Date: 15/12/2026 (Tuesday)', 'Time: 2:30 PM IST', 'Duration: 1 hour'.",
        slot="2026-12-15T14:30",
        zone="Asia/Kolkata",
        minutes=60,
        day="Tue",
        iana=True,
    )
    add(
        "en-IN",
        "tomorrow_kindly",
        ("Arjun Reddy", "arjun.reddy@nizamtech.example.in"),
        "Interview tomorrow",
        "Hi Alex,\n\nAs discussed over call, your F2F interview is fixed for tomorrow at 11 AM. Kindly be available 15 mins prior. Do revert in case of any concerns.\n\nRegards,\nArjun",
        "'fixed for tomorrow at 11 AM' sent on Thursday 3 December, no zone.",
        slot="2026-12-04T11:00",
        day="Fri",
    )


def provenance(cases: list[Case]) -> str:
    held = sum(1 for item in cases if item.split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        f"# Provenance: {FAM}",
        "",
        f"{len(cases)} invitations (no calendar part), {held} held out as family {HELD_FAM} "
        f"(dev-style file names sorted by sha256, every third), chosen before any was parsed; "
        f"languages: {', '.join(langs)}.",
        "",
        "All text is ours, written for this batch in the ordinary phrasing of recruiters, "
        "agency consultants, hiring managers and applicant-tracking notices. The HTML tables "
        "follow the label/value layouts that Greenhouse-, Lever-, Workday-, SmartRecruiters-, "
        "Ashby-, Teamtailor-, Personio-, Recruitee- and Gupy-style notices use, from memory; "
        "no template text is copied. Forward header blocks are build_parse-pos.py's (Gmail "
        "en/fr, Outlook de/es, Apple Mail en). Unless a mail says otherwise it is sent on "
        "Thursday 3 December 2026 at 09:12 in the sender's zone, so 'tomorrow' is Friday 4 "
        "December and 'next Monday' Monday 7 December; 'this Thursday' is sent on Monday 7 "
        "December. Labels: the start at the offset of the zone the mail states (the first "
        "of two zones given; both are the same instant), else the wall time at the Date "
        "header's offset with tz_stated false; an end only where the mail gives one or an "
        "exact length ('about', 'lagbhag', '程度', 'prevista' give none); timezone only where "
        "the mail names one IANA zone or a word for one zone (IST in India, 'horário de "
        "Brasília', 'heure de Paris', 'ora italiana', 'hora peninsular', 'czasu polskiego', "
        "'日本時間', 'Central Time (US & Canada)').",
        "",
        *FIGURES,
        "## Family",
        "",
        f"- **{FAM}**: {FAMILIES[FAM]}",
        "",
        "## Files (dev only)",
        "",
        *pp.file_rows(item for item in cases if item.split == "dev"),
    ]
    return "\n".join(lines) + "\n"


FIGURES: tuple[str, ...] = (
    "First sight (branch text69 at abd60f07c: main 4ac6a93a1 with this batch, before any parser "
    "change; quick.py): dev text right 58/58, sure 53; held out text69h text right 30/30, sure "
    "27, fields 112/113 (not looked at). The start and the stated end were read right in every "
    "dev mail; five were held for review: a Brisbane slot asked as a question (policy: asked, "
    "not set), a Sydney slot restated as the reader's previous evening in ET (read as two days "
    "to choose from), German and French confirmations below the list of offered times (read "
    "as a choice still open), and an Italian 'incontro conoscitivo' naming no interview or job.",
    "",
    "After the parser change (tests/parsing/test_text69_rules.py): dev text right 58/58, sure "
    "56; held out text69h 30/30, sure 27. Left under review: the asked Brisbane slot (by "
    "policy) and the Italian 'incontro conoscitivo' (nothing names a job). No label was "
    "changed after first sight. Two more rules came from probing the batch's shapes in our own "
    "sentences (no corpus mail changed by them): noon's word after its '12' ('12 noon ET', "
    "'à 12h (midi) heure de Paris') had cut the zone off, and CLDR's one-clock short names "
    "('COT', 'PET', 'UYT', 'VET') were unknown.",
    "",
)


def main() -> int:
    ITEMS.clear()
    CASES.clear()
    mails()
    split_items()
    pp.write_batch(CASES, FAMILIES, f"PROVENANCE-{FAM}.md", provenance(CASES))
    held = sum(1 for item in CASES if item.split == "heldout")
    print(f"{len(CASES)} messages; {held} held out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
