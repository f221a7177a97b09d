# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "regions79" batch: recruiters' prose and ATS-style invitations without a calendar
part from regional variants with their own date, clock and zone habits: en-CA (both day/month
orders, decided by the signature, the .ca domain and a second date in the mail), en-AU, en-NZ,
en-ZA, en-SG, en-IE, en-PH, es-MX, es-AR, es-CO, es-CL, pt-PT, fr-CA, fr-CH, fr-BE, de-AT
('Jänner', 'um 14.30 Uhr'), de-CH, it-CH, zh-TW ('下午3點', 民國 years), zh-HK ('下午3時'),
ar-EG and ms-MY, with the zone words used there ('hora del centro de México', 'hora de
Argentina', 'hora de Chile', "heure de l'Est", 'HNE/HAE', 'NZDT', 'AEDT', 'AWST', 'ACST',
'SAST', 'PHT', 'SGT', 'HKT', 'MYT', 'WEZ', 'MEZ/MESZ', 'hora de Lisboa', 'Atlantic Time',
'Newfoundland time'), southern-hemisphere DST weeks (early April and early October for AU/NZ,
Chile's April and September changes) and mails with no zone. Look-alikes (about a fifth):
regional job boards' alerts and public-holiday notices with dates and hours.

Run: .venv/bin/python tests/parsing/corpus/build_regions79.py

All text is ours, written by hand with no template; people, companies, offices and addresses
are made up. Labels come from the datetimes the text is rendered from (zoneinfo) and were
written before the parser was run on any message of the batch. A seeded third is held out
(family regions79h) by pp.seeded_cases, chosen before any file was parsed. Helpers come from
build_looks60.py. Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
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


lk = _load("build_looks60", "build_looks60.py")
pp = lk.pp
Case = pp.Case
ME = lk.ME
OURS = lk.OURS
LIC = lk.LIC
Slot = lk.Slot
html_of = lk.html_of
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FAMILY = "regions79"
HELD_FAMILY = "regions79h"
FAMILIES = {
    FAMILY: "Recruiters' prose and ATS-style invitations without a calendar part from regional "
    "variants (en-CA/AU/NZ/ZA/SG/IE/PH, es-MX/AR/CO/CL, pt-PT, fr-CA/CH/BE, de-AT/CH, it-CH, "
    "zh-TW/HK, ar-EG, ms-MY) with their own date, clock and zone habits, southern-hemisphere "
    "DST weeks and mails with no zone, beside regional job boards' alerts and public-holiday "
    "notices.",
    HELD_FAMILY: "The held-out third of regions79, chosen by the file names' hashes before any parse.",
}
RAW: list[tuple[str, str, dict[str, object], bytes, str, str]] = []
# Monday 8 March 2027, 09:15 local unless a mail says otherwise
SENT = (2027, 3, 8, 9, 15)


def add(
    lang: str,
    name: str,
    zone: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    note: str,
    *,
    slot: Slot | None = None,
    weekday: str = "",
    stated: str = "",
    minutes: int | None = None,
    sent: Slot = SENT,
    shape: str = "text",
) -> None:
    """One mail sent from `zone`: with `slot` the reader's interview at that wall time, in the
    IANA zone `stated` when the text names one (the label is then the instant), else at the
    wall time with the Date header's offset (tz_stated false); without `slot` a look-alike."""
    sent_at = datetime(*sent, tzinfo=ZoneInfo(zone))
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=ZoneInfo(stated or zone))
        if weekday:
            assert DAYS[start.weekday()] == weekday, (name, start, weekday)
        assert start > sent_at, name
        end = start + timedelta(minutes=minutes) if minutes else None
        if stated:
            label = {"kind": "invitation", **pp.timed(start, end)}
        else:
            label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
    else:
        assert minutes is None
        assert not stated
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        f"regions79 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


# --- kinds (one note per kind) ------------------------------------------------------------------
ZONED = "A recruiter's or hiring manager's invitation to the reader's own job interview at a fixed time, with the zone named in the words or abbreviation used in that region; the label is the instant in that zone (zoneinfo, DST included)."
BARE = "A recruiter's or hiring manager's invitation to the reader's own job interview at a fixed time in the region's date and clock habits, with no zone: wall time, the Date header's offset, tz_stated false."
ORDER = "An invitation whose numeric date reads both ways (03/04); the sender's region (signature, .ca domain) and a second date in the mail written unambiguously decide the day/month order."
DST = "An invitation sent in one offset for a slot after the region's clock change (AU/NZ early April and early October, Chile April and September, Canada and Europe in March): the label is the instant in the slot's own offset."
ATS = "An applicant-tracking system's text invitation (Date/Time/Location lines) from a regional employer, no calendar part."
ALERT = "A regional job board's alert or newsletter listing jobs, closing dates, a public careers fair or webinar with dates and hours: sets no interview for the reader (as job alerts are labelled throughout)."
HOLIDAY = "A public-holiday or office-closure notice from a recruitment agency, job board or employer with dates and opening hours: sets no interview for the reader."


def canada() -> None:
    add("en-CA", "toronto_dm_second_date", "America/Toronto",
        ("Priya Raman, Maplecrest Insurance", "priya.raman@maplecrest.example.ca"),
        "Interview - Claims Analyst (Toronto)",
        "Hi Alex,\n\nThanks for chatting with me on Friday. The hiring manager would like to meet you in person on 06/04 at 10:00 a.m. ET at 40 King St W, 18th floor. Please send your two references by 31/03 so we can move quickly afterwards.\n\nCheers,\nPriya Raman\nTalent Acquisition, Maplecrest Insurance\nToronto, ON", ORDER,
        slot=(2027, 4, 6, 10, 0), weekday="Tue", stated="America/Toronto", sent=(2027, 3, 29, 9, 5))  # fmt: skip
    add("en-CA", "calgary_md_second_date", "America/Edmonton",
        ("Dale Fortier, Prairie Hydro Services", "dfortier@prairiehydro.example.ca"),
        "Panel interview booked",
        "Hello Alex,\n\nYou're booked for a panel interview on 04/07 at 1:30 p.m. MT with our operations lead and two field supervisors. Your safety orientation forms are due March 31, so you can bring them along if that's easier.\n\nDale Fortier\nHR Generalist | Prairie Hydro Services\nCalgary, Alberta", ORDER,
        slot=(2027, 4, 7, 13, 30), weekday="Wed", stated="America/Edmonton", sent=(2027, 3, 29, 8, 40))  # fmt: skip
    add("en-CA", "halifax_atlantic_time", "America/Halifax",
        ("Meaghan Doucet, Bluenose Logistics", "m.doucet@bluenoselogistics.example.ca"),
        "Next step: video interview",
        "Hi Alex,\n\nWe'd like to invite you to a video interview for the Dispatch Coordinator position on Thursday, March 11 at 11:00 a.m. Atlantic Time. It will run about 45 minutes; the Teams link follows in a separate email.\n\nThanks,\nMeaghan Doucet\nPeople & Culture", ZONED,
        slot=(2027, 3, 11, 11, 0), weekday="Thu", stated="America/Halifax", minutes=45)  # fmt: skip
    add("en-CA", "stjohns_newfoundland_time_dst", "America/St_Johns",
        ("Colin Kavanagh, Harbourside Marine", "ckavanagh@harboursidemarine.example.ca"),
        "Interview - Marine Electrician",
        "Alex,\n\nGood talking to you. Can you come by the yard for an interview on Tuesday, March 16 at 2:30 p.m. Newfoundland time? Ask for me at the gate on Water Street. Clocks go ahead this weekend, so mind the hour!\n\nColin Kavanagh\nShop Foreman, Harbourside Marine\nSt. John's, NL", DST,
        slot=(2027, 3, 16, 14, 30), weekday="Tue", stated="America/St_Johns")  # fmt: skip
    add("en-CA", "vancouver_no_zone", "America/Vancouver",
        ("Wen Li, Cedarline Games", "wen.li@cedarlinegames.example.ca"),
        "Onsite with the team",
        "Hey Alex,\n\nThe team loved your portfolio. Could we lock in an onsite for Tuesday, March 16 at 10:30 a.m.? We're at 1280 Homer St in Yaletown - buzz #4. Plan for about two hours, including lunch with the designers.\n\nWen\nRecruiting Lead, Cedarline Games", BARE,
        slot=(2027, 3, 16, 10, 30), weekday="Tue")  # fmt: skip
    add("en-CA", "ottawa_ats_yyyy_mm_dd", "America/Toronto",
        ("Rideau Public Health Careers", "no-reply@careers.rideauhealth.example.ca"),
        "Interview invitation - Epidemiologist (Competition 27-114)",
        "Dear Alex Morgan,\n\nYou have been selected for an interview for competition 27-114.\n\nDate: 2027-03-18\nTime: 13:30 - 14:30 (Eastern Time)\nFormat: In person, 100 Constellation Dr, Room 3B\n\nPlease bring photo ID. If you need an accommodation, reply to this message.\n\nRideau Public Health, Human Resources", ATS,
        slot=(2027, 3, 18, 13, 30), weekday="Thu", stated="America/Toronto", minutes=60)  # fmt: skip
    add("fr-CA", "montreal_heure_de_lest", "America/Toronto",
        ("Geneviève Lapointe, Boréal Conseil", "g.lapointe@borealconseil.example.ca"),
        "Entrevue - Analyste financier",
        "Bonjour Alex,\n\nMerci pour votre candidature. Nous aimerions vous rencontrer en entrevue le mardi 16 mars à 13 h 30, heure de l'Est, à nos bureaux du 1250, boulevard René-Lévesque Ouest. Prévoyez environ une heure.\n\nAu plaisir,\nGeneviève Lapointe\nConseillère en acquisition de talents", ZONED,
        slot=(2027, 3, 16, 13, 30), weekday="Tue", stated="America/Toronto")  # fmt: skip
    add("fr-CA", "quebec_hne_before_switch", "America/Toronto",
        ("Étienne Gagnon, Laurentides Techno", "egagnon@laurentidestechno.example.ca"),
        "Convocation à une entrevue virtuelle",
        "Bonjour,\n\nVotre entrevue virtuelle pour le poste de développeur Web aura lieu le jeudi 11 mars à 10 h (HNE). Le lien Teams vous sera envoyé la veille.\n\nCordialement,\nÉtienne Gagnon\nRessources humaines, Laurentides Techno\nQuébec (Québec)", ZONED,
        slot=(2027, 3, 11, 10, 0), weekday="Thu", stated="America/Toronto", sent=(2027, 3, 2, 9, 0))  # fmt: skip
    add("fr-CA", "sherbrooke_hae_after_switch", "America/Toronto",
        ("Nadia Bouchard, Coop Santé Estrie", "nbouchard@coopsante-estrie.example.ca"),
        "Entrevue pour le poste d'infirmière auxiliaire",
        "Bonjour Alex,\n\nSuite à votre candidature, nous vous convoquons à une entrevue le mercredi 17 mars 2027 à 14 h 15 (HAE) au 455, rue King Ouest, Sherbrooke. Veuillez apporter une copie de votre permis d'exercice.\n\nNadia Bouchard\nAdjointe aux ressources humaines", DST,
        slot=(2027, 3, 17, 14, 15), weekday="Wed", stated="America/Toronto")  # fmt: skip
    add("fr-CA", "gatineau_iso_date_sans_fuseau", "America/Toronto",
        ("Julie Tremblay, Outaouais Ingénierie", "julie.tremblay@outaouais-ing.example.ca"),
        "Rencontre avec l'équipe",
        "Allô Alex,\n\nOn aimerait te rencontrer le 2027-03-19 à 9 h 30 à nos bureaux de Gatineau (25, rue Laurier). La rencontre dure environ une heure avec le chargé de projet.\n\nJulie\nRH, Outaouais Ingénierie", BARE,
        slot=(2027, 3, 19, 9, 30), weekday="Fri")  # fmt: skip
    add("en-CA", "holiday_good_friday_closure", "America/Toronto",
        ("Northway Staffing", "hello@northwaystaffing.example.ca"),
        "Easter long weekend - office hours",
        "Hi Alex,\n\nA quick heads-up: our branches will be closed Friday, April 2 (Good Friday) and Monday, April 5 (Easter Monday). Regular hours, 8:30 a.m. to 4:30 p.m. ET, resume Tuesday, April 6. Timesheets for the week are due Thursday, April 1 by noon.\n\nHave a great long weekend!\nNorthway Staffing", HOLIDAY,
        sent=(2027, 3, 29, 10, 0))  # fmt: skip
    add("fr-CA", "alerte_emplois_salon", "America/Toronto",
        ("EmploisQuébec+ Alertes", "alertes@emploisquebecplus.example.ca"),
        "5 nouveaux emplois correspondent à votre alerte « analyste »",
        "Bonjour Alex,\n\nVoici les nouvelles offres de la semaine :\n\n- Analyste d'affaires, Desrosiers Assurances, Montréal - publié le 7 mars\n- Analyste de données, Ville de Laval - date limite : 19 mars 2027, 16 h\n- Analyste financier junior, Boréal Conseil - publié le 6 mars\n\nSalon de l'emploi virtuel : mercredi 24 mars, de 10 h à 15 h (heure de l'Est). Inscription gratuite.\n\nPour modifier vos alertes, visitez votre profil.", ALERT)  # fmt: skip


def australia_nz() -> None:
    add("en-AU", "sydney_aest_after_dst_end", "Australia/Sydney",
        ("Kirsty Nolan, Harbourview Health", "kirsty.nolan@harbourviewhealth.example.com.au"),
        "Interview - Practice Manager",
        "Hi Alex,\n\nThanks for your application. We'd love you to come in for an interview on Wednesday 7 April at 10:00am AEST (daylight saving will have finished by then) at Level 3, 88 Pitt St, Sydney.\n\nKind regards,\nKirsty Nolan\nPeople & Culture", DST,
        slot=(2027, 4, 7, 10, 0), weekday="Wed", stated="Australia/Sydney", sent=(2027, 3, 29, 9, 30))  # fmt: skip
    add("en-AU", "brisbane_no_zone_dst_week", "Australia/Sydney",
        ("Tom Pearce, Gumtree Civil", "tom.pearce@gumtreecivil.example.com.au"),
        "Catch up re site engineer role",
        "G'day Alex,\n\nAre you right to come in for a chat about the site engineer role on Tuesday 6 April at 2.30pm? We're at the Parramatta office, 12 Church St. Shouldn't take more than an hour.\n\nCheers,\nTom Pearce\nProject Director", BARE,
        slot=(2027, 4, 6, 14, 30), weekday="Tue", sent=(2027, 3, 29, 16, 10))  # fmt: skip
    add("en-AU", "perth_awst_from_sydney", "Australia/Sydney",
        ("Renee Walsh, Southern Cross Mining", "rwalsh@southerncrossmining.example.com.au"),
        "Video interview - Geologist (Perth based)",
        "Hi Alex,\n\nWe've set up your video interview with the Perth team for Thursday 8 April at 11:00am AWST (1:00pm AEST). The panel is our chief geologist and the site HR partner.\n\nRegards,\nRenee Walsh\nTalent Acquisition Partner, Sydney", ZONED,
        slot=(2027, 4, 8, 11, 0), weekday="Thu", stated="Australia/Perth", sent=(2027, 3, 30, 11, 0))  # fmt: skip
    add("en-AU", "adelaide_acst", "Australia/Adelaide",
        ("Fiona Grant, Barossa Vintners", "fiona.grant@barossavintners.example.com.au"),
        "Interview for Cellar Hand",
        "Hi Alex,\n\nThanks for applying for the cellar hand role. Please join us for an interview on Monday 12 April at 9.30am ACST at the winery, 14 Vine Rd, Tanunda. Wear closed-toe shoes as we'll walk through the cellar.\n\nFiona Grant\nWinery Operations", DST,
        slot=(2027, 4, 12, 9, 30), weekday="Mon", stated="Australia/Adelaide", sent=(2027, 3, 31, 8, 45))  # fmt: skip
    add("en-AU", "melbourne_aedt_october", "Australia/Melbourne",
        ("Sam Costa, Yarra Software", "sam.costa@yarrasoftware.example.com.au"),
        "Technical interview - Backend Engineer",
        "Hi Alex,\n\nYou're booked in for the technical interview on Tuesday 5 October at 3pm AEDT (clocks go forward this Sunday). It's 90 minutes on Zoom with two of our engineers; link to follow.\n\nThanks,\nSam Costa\nEngineering Recruiter", DST,
        slot=(2027, 10, 5, 15, 0), weekday="Tue", stated="Australia/Melbourne", minutes=90, sent=(2027, 9, 28, 10, 20))  # fmt: skip
    add("en-AU", "hobart_dd_mm_no_zone", "Australia/Hobart",
        ("Jess Murray, Derwent Property Group", "jess@derwentproperty.example.com.au"),
        "Interview - Property Officer",
        "Hi Alex,\n\nWould be great to meet you. Does Wed 13/10 at 10.30am suit for an interview? If I don't hear otherwise I'll see you at our Salamanca Place office. Please have your licence details handy.\n\nJess Murray\nOffice Manager", BARE,
        slot=(2027, 10, 13, 10, 30), weekday="Wed", sent=(2027, 10, 4, 9, 0))  # fmt: skip
    add("en-AU", "ats_brisbane_aest", "Australia/Brisbane",
        ("Queensland Parks Careers", "careers-noreply@qldparks.example.gov.au"),
        "Interview confirmation - Ranger (Ref QP-2274)",
        "Dear Alex Morgan,\n\nYour interview has been scheduled.\n\nPosition: Ranger, Moreton Bay\nDate: Friday, 12 March 2027\nTime: 1:00pm - 1:45pm AEST\nLocation: 400 George Street, Brisbane, Level 6\n\nPlease bring your certified qualifications.\n\nQueensland Parks Recruitment", ATS,
        slot=(2027, 3, 12, 13, 0), weekday="Fri", stated="Australia/Brisbane", minutes=45)  # fmt: skip
    add("en-AU", "seek_style_alert", "Australia/Sydney",
        ("JobRoo Alerts", "alerts@jobroo.example.com.au"),
        "12 new jobs for 'data analyst' in Sydney NSW",
        "Hi Alex,\n\nNew jobs matching your saved search:\n\nData Analyst - Coastal Energy, North Sydney. Listed 7 Mar. Applications close Fri 19 March, 11:59pm AEDT.\nJunior Data Analyst - Wattle Bank, Sydney CBD. Listed 6 Mar.\nInsights Analyst - Kanga Retail, Macquarie Park. Interviews will be held the week of 22 March.\n\nView all jobs | Manage alerts", ALERT)  # fmt: skip
    add("en-NZ", "auckland_nzst_after_dst_end", "Pacific/Auckland",
        ("Aroha Tane, Kauri Bank", "aroha.tane@kauribank.example.co.nz"),
        "Interview - Business Analyst",
        "Kia ora Alex,\n\nThanks for your application. We'd like to invite you to an interview on Wednesday 7 April at 2.00pm NZST at our Auckland office, 150 Queen St. Daylight saving ends this Sunday, so double-check your calendar.\n\nNgā mihi,\nAroha Tane\nRecruitment Advisor", DST,
        slot=(2027, 4, 7, 14, 0), weekday="Wed", stated="Pacific/Auckland", sent=(2027, 3, 31, 9, 0))  # fmt: skip
    add("en-NZ", "wellington_nzdt_october", "Pacific/Auckland",
        ("Hamish Reid, Capital Transit", "hamish.reid@capitaltransit.example.co.nz"),
        "Interview - Network Planner",
        "Hi Alex,\n\nConfirming your interview on Friday 1 October at 10am NZDT in Wellington, Level 2, 1 Grey St. It'll be Hamish and one of our senior planners.\n\nCheers,\nHamish Reid", DST,
        slot=(2027, 10, 1, 10, 0), weekday="Fri", stated="Pacific/Auckland", sent=(2027, 9, 27, 9, 0))  # fmt: skip
    add("en-NZ", "christchurch_no_zone", "Pacific/Auckland",
        ("Lucy Park, Southern Alps Tourism", "lucy@southernalpstourism.example.co.nz"),
        "Interview for Guest Experience Lead",
        "Hi Alex,\n\nLovely to hear from you. Could you pop into our Christchurch office for an interview on Thursday 11 March at 9.30am? We're upstairs at 64 Cashel St.\n\nThanks heaps,\nLucy Park\nOperations Manager", BARE,
        slot=(2027, 3, 11, 9, 30), weekday="Thu")  # fmt: skip
    add("en-NZ", "anzac_day_closure", "Pacific/Auckland",
        ("Fernleaf Recruitment", "team@fernleaf.example.co.nz"),
        "Office hours over Anzac weekend",
        "Kia ora koutou,\n\nOur offices will be closed on Monday 26 April for Anzac Day (observed). We're back from 8.30am on Tuesday 27 April. Candidates with interviews booked that Monday have been contacted directly by their consultant.\n\nNgā mihi,\nFernleaf Recruitment", HOLIDAY,
        sent=(2027, 4, 19, 9, 0))  # fmt: skip


def africa_asia_english() -> None:
    add("en-ZA", "johannesburg_sast", "Africa/Johannesburg",
        ("Thandi Mokoena, Highveld Mutual", "thandi.mokoena@highveldmutual.example.co.za"),
        "Interview invitation: Actuarial Analyst",
        "Dear Alex\n\nThank you for your application. You are invited to an interview on Tuesday, 16 March 2027 at 14:00 SAST at our offices, 5 Rivonia Road, Sandton. Please bring certified copies of your qualifications and your ID.\n\nKind regards\nThandi Mokoena\nTalent Acquisition", ZONED,
        slot=(2027, 3, 16, 14, 0), weekday="Tue", stated="Africa/Johannesburg")  # fmt: skip
    add("en-ZA", "cape_town_10h00", "Africa/Johannesburg",
        ("Pieter van Wyk, Fynbos Foods", "pieter@fynbosfoods.example.co.za"),
        "Interview - Production Supervisor",
        "Morning Alex\n\nFurther to our call, your interview is confirmed for 2027/03/17 at 10h00 at the Epping factory, 12 Bofors Circle. Please report to security at the main gate.\n\nRegards\nPieter van Wyk\nPlant Manager", BARE,
        slot=(2027, 3, 17, 10, 0), weekday="Wed")  # fmt: skip
    add("en-ZA", "human_rights_day_notice", "Africa/Johannesburg",
        ("Ubuntu Careers", "info@ubuntucareers.example.co.za"),
        "Public holiday: Human Rights Day",
        "Dear candidate\n\nPlease note our offices will be closed on Monday, 22 March 2027, as Human Rights Day falls on a Sunday this year. Normal office hours (08h00 to 16h30) resume on Tuesday, 23 March.\n\nUbuntu Careers", HOLIDAY)  # fmt: skip
    add("en-SG", "singapore_sgt", "Asia/Singapore",
        ("Rachel Tan, Lion City Payments", "rachel.tan@lioncitypay.example.com.sg"),
        "Interview invitation - Compliance Officer",
        "Hi Alex,\n\nThank you for your interest in Lion City Payments. We would like to invite you for an interview on Thursday, 11 Mar 2027, 3pm SGT at 8 Marina View, #22-01. Kindly register at the lobby counter 10 minutes before.\n\nBest regards,\nRachel Tan\nHR Business Partner", ZONED,
        slot=(2027, 3, 11, 15, 0), weekday="Thu", stated="Asia/Singapore")  # fmt: skip
    add("en-SG", "singapore_dd_m_no_zone", "Asia/Singapore",
        ("Marcus Lim, Orchid Logistics", "marcus.lim@orchidlogistics.example.com.sg"),
        "Interview - Operations Executive",
        "Hi Alex,\n\nNoted with thanks on your availability. Let's meet on Fri 12/3 at 10.30am at our Jurong office, 21 Pioneer Road. Please bring along your NRIC and certificates.\n\nThanks,\nMarcus\nOperations Manager", BARE,
        slot=(2027, 3, 12, 10, 30), weekday="Fri")  # fmt: skip
    add("en-SG", "careers_fair_webinar", "Asia/Singapore",
        ("CareerLink SG", "events@careerlinksg.example.com.sg"),
        "You're registered: Fintech Careers Fair (virtual)",
        "Hi Alex,\n\nThanks for registering for the Fintech Careers Fair.\n\nDate: Saturday, 20 March 2027\nTime: 10:00am - 4:00pm SGT\n\nMeet hiring teams from 30 employers in booths and panel talks. Bring your CV; some employers may hold walk-in chats at their booths.\n\nCareerLink SG", ALERT)  # fmt: skip
    add("en-IE", "dublin_irish_time", "Europe/Dublin",
        ("Siobhán Byrne, Liffey Analytics", "siobhan.byrne@liffeyanalytics.example.ie"),
        "Interview - Data Engineer",
        "Hi Alex,\n\nThanks a million for your application. We'd like to invite you to a first interview on Thursday 18th March at 11.30am Irish time over Teams. It should take about 45 minutes.\n\nBest,\nSiobhán Byrne\nTalent Team", ZONED,
        slot=(2027, 3, 18, 11, 30), weekday="Thu", stated="Europe/Dublin", minutes=45)  # fmt: skip
    add("en-IE", "cork_no_zone_after_st_patricks", "Europe/Dublin",
        ("Declan Murphy, Lee Valley Engineering", "dmurphy@leevalleyeng.example.ie"),
        "Interview for Maintenance Technician",
        "Alex,\n\nWith the bank holiday on Wednesday we're a bit tight this week, so could you come in on Friday 19 March at 2pm instead? We're in Little Island, Unit 4. Ask for Declan at reception.\n\nRegards,\nDeclan Murphy\nMaintenance Manager", BARE,
        slot=(2027, 3, 19, 14, 0), weekday="Fri")  # fmt: skip
    add("en-PH", "manila_pht", "Asia/Manila",
        ("Camille Reyes, Bayanihan BPO", "camille.reyes@bayanihanbpo.example.com.ph"),
        "Initial interview - Team Leader",
        "Good day Alex!\n\nWe are pleased to invite you for an initial interview on March 16, 2027 (Tuesday), 2:00 PM PHT at our Ortigas office, 18F Tektite Tower. Please bring 2 valid IDs and a copy of your resume.\n\nThank you and God bless!\nCamille Reyes\nHR Recruitment", ZONED,
        slot=(2027, 3, 16, 14, 0), weekday="Tue", stated="Asia/Manila")  # fmt: skip
    add("en-PH", "cebu_m_d_no_zone", "Asia/Manila",
        ("Joy Villanueva, Visayas Shipping Lines", "joy.villanueva@visayasshipping.example.com.ph"),
        "Final interview schedule",
        "Hi Alex,\n\nGood news! You passed the exam. Your final interview is on 3/17 at 9AM at our Cebu head office, Pier 3. Kindly be there 15 mins early. Please reply to confirm.\n\nRegards,\nJoy Villanueva\nHR Assistant", BARE,
        slot=(2027, 3, 17, 9, 0), weekday="Wed")  # fmt: skip
    add("en-PH", "job_fair_alert", "Asia/Manila",
        ("TrabahoNow", "alerts@trabahonow.example.com.ph"),
        "Job fair this Saturday + 8 new jobs for you",
        "Hi Alex,\n\nMega Job Fair at SM Megamall, Saturday, March 13, 9:00 AM to 5:00 PM. On-the-spot interviews with 50+ employers. Walk-ins welcome!\n\nNew jobs for you:\n- Customer Service Rep, Pasig - posted March 7\n- Team Leader, Makati - apply by March 20\n\nTrabahoNow", ALERT)  # fmt: skip


def spanish_portuguese() -> None:
    add("es-MX", "cdmx_hora_del_centro", "America/Mexico_City",
        ("Mariana Lozano, Grupo Tepeyac", "mariana.lozano@grupotepeyac.example.com.mx"),
        "Entrevista - Analista de Compras",
        "Hola Alex,\n\nGracias por tu interés en la vacante. Te invitamos a una entrevista el martes 16 de marzo a las 11:00 horas (hora del centro de México) en nuestras oficinas de Av. Insurgentes Sur 1602, piso 9.\n\nSaludos cordiales,\nMariana Lozano\nAtracción de Talento", ZONED,
        slot=(2027, 3, 16, 11, 0), weekday="Tue", stated="America/Mexico_City")  # fmt: skip
    add("es-MX", "monterrey_pm_sin_zona", "America/Monterrey",
        ("Luis Garza, Aceros del Norte", "lgarza@acerosdelnorte.example.com.mx"),
        "Cita para entrevista",
        "Buen día Alex:\n\nPor medio del presente te confirmo tu entrevista para el puesto de Ingeniero de Calidad el jueves 18 de marzo a las 4:30 p.m. en planta Apodaca. Favor de traer identificación oficial.\n\nQuedo a tus órdenes,\nLuis Garza\nRecursos Humanos", BARE,
        slot=(2027, 3, 18, 16, 30), weekday="Thu")  # fmt: skip
    add("es-MX", "bolsa_alerta_feria", "America/Mexico_City",
        ("EmpleosYa México", "alertas@empleosya.example.com.mx"),
        "Nuevas vacantes para ti y Feria del Empleo",
        "Hola Alex,\n\nEstas vacantes coinciden con tu búsqueda:\n- Analista de Compras, Grupo Tepeyac, CDMX (publicada el 7 de marzo)\n- Comprador Jr., Farmacias Azteca, Naucalpan\n\nFeria del Empleo CDMX: sábado 13 de marzo, de 10:00 a 15:00 h, Deportivo Venustiano Carranza. ¡Lleva tu CV impreso!\n\nEmpleosYa", ALERT)  # fmt: skip
    add("es-AR", "buenos_aires_hora_argentina", "America/Argentina/Buenos_Aires",
        ("Florencia Ibarra, Pampa Digital", "florencia.ibarra@pampadigital.example.com.ar"),
        "Entrevista - Desarrollador/a Backend",
        "Hola Alex, ¿cómo estás?\n\nTe escribo para coordinar la entrevista técnica: quedó agendada para el miércoles 10 de marzo a las 15 hs (hora de Argentina) por Google Meet. Va a durar una hora aprox.\n\nAbrazo,\nFlor Ibarra\nTalent Acquisition", ZONED,
        slot=(2027, 3, 10, 15, 0), weekday="Wed", stated="America/Argentina/Buenos_Aires")  # fmt: skip
    add("es-AR", "cordoba_dd_m_sin_zona", "America/Argentina/Cordoba",
        ("Martín Sosa, Sierras Agro", "msosa@sierrasagro.example.com.ar"),
        "Entrevista presencial",
        "Hola Alex:\n\nTe confirmo la entrevista presencial para el viernes 12/3 a las 10:30 en nuestras oficinas de Av. Colón 850, Córdoba. Preguntá por mí en recepción.\n\nSaludos,\nMartín Sosa\nRRHH", BARE,
        slot=(2027, 3, 12, 10, 30), weekday="Fri")  # fmt: skip
    add("es-AR", "feriado_24_de_marzo", "America/Argentina/Buenos_Aires",
        ("Consultora Rioplatense", "contacto@rioplatense.example.com.ar"),
        "Feriado del 24 de marzo",
        "Estimados candidatos:\n\nLes informamos que por el feriado del miércoles 24 de marzo (Día Nacional de la Memoria por la Verdad y la Justicia) nuestras oficinas permanecerán cerradas. El jueves 25 retomamos la atención habitual de 9 a 18 hs.\n\nSaludos,\nConsultora Rioplatense", HOLIDAY)  # fmt: skip
    add("es-CO", "bogota_hora_colombia", "America/Bogota",
        ("Valentina Rojas, Café Andino", "valentina.rojas@cafeandino.example.com.co"),
        "Citación a entrevista",
        "Buenos días Alex,\n\nCordial saludo. Lo citamos a entrevista para el cargo de Coordinador Logístico el martes 16 de marzo a las 9:00 a. m. (hora de Colombia) en la Calle 93 # 11-26, Bogotá.\n\nAtentamente,\nValentina Rojas\nGestión Humana", ZONED,
        slot=(2027, 3, 16, 9, 0), weekday="Tue", stated="America/Bogota")  # fmt: skip
    add("es-CO", "medellin_sin_zona", "America/Bogota",
        ("Andrés Quintero, Antioquia Textil", "aquintero@antioquiatextil.example.com.co"),
        "Entrevista con el jefe de planta",
        "Hola Alex,\n\nTe cuento que el jefe de planta te puede recibir el jueves 18 de marzo a las 2:30 p. m. en la planta de Itagüí. Lleva la hoja de vida impresa, por favor.\n\nUn saludo,\nAndrés Quintero\nTalento Humano", BARE,
        slot=(2027, 3, 18, 14, 30), weekday="Thu")  # fmt: skip
    add("es-CL", "santiago_hora_chile_abril", "America/Santiago",
        ("Camila Fuentes, Minera Los Andes", "cfuentes@mineralosandes.example.cl"),
        "Entrevista - Ingeniero/a de Procesos",
        "Hola Alex:\n\nTe confirmamos la entrevista para el miércoles 7 de abril a las 10:00 (hora de Chile continental) en Av. Apoquindo 4500, piso 12. Ojo que el sábado 3 se atrasa la hora.\n\nSaludos cordiales,\nCamila Fuentes\nReclutamiento y Selección", DST,
        slot=(2027, 4, 7, 10, 0), weekday="Wed", stated="America/Santiago", sent=(2027, 3, 29, 10, 0))  # fmt: skip
    add("es-CL", "valparaiso_septiembre_sin_zona", "America/Santiago",
        ("Rodrigo Pizarro, Puerto Austral", "rpizarro@puertoaustral.example.cl"),
        "Entrevista presencial",
        "Estimado Alex:\n\nJunto con saludar, le confirmo su entrevista para el cargo de Jefe de Turno el martes 7 de septiembre a las 15:00 en nuestras oficinas de Av. Errázuriz 1178, Valparaíso.\n\nAtte.,\nRodrigo Pizarro\nRR.HH.", BARE,
        slot=(2027, 9, 7, 15, 0), weekday="Tue", sent=(2027, 9, 1, 9, 30))  # fmt: skip
    add("pt-PT", "lisboa_hora_de_lisboa", "Europe/Lisbon",
        ("Inês Carvalho, Tejo Seguros", "ines.carvalho@tejoseguros.example.pt"),
        "Entrevista - Gestor de Sinistros",
        "Olá Alex,\n\nAgradecemos a sua candidatura. Gostaríamos de o convidar para uma entrevista na terça-feira, 16 de março, às 14h30 (hora de Lisboa), nas nossas instalações da Av. da Liberdade, 110.\n\nCom os melhores cumprimentos,\nInês Carvalho\nRecursos Humanos", ZONED,
        slot=(2027, 3, 16, 14, 30), weekday="Tue", stated="Europe/Lisbon")  # fmt: skip
    add("pt-PT", "porto_dd_mm_sem_fuso", "Europe/Lisbon",
        ("Rui Teixeira, Douro Têxteis", "rui.teixeira@dourotexteis.example.pt"),
        "Marcação de entrevista",
        "Bom dia Alex,\n\nNa sequência do nosso contacto telefónico, fica marcada a entrevista para o dia 18/03 às 10h00, nas nossas instalações em Matosinhos. Solicito que confirme a presença.\n\nCumprimentos,\nRui Teixeira\nDepartamento de Pessoal", BARE,
        slot=(2027, 3, 18, 10, 0), weekday="Thu")  # fmt: skip


def french_german_italian() -> None:
    add("fr-CH", "geneve_sans_fuseau", "Europe/Zurich",
        ("Sophie Mercier, Léman Horlogerie", "s.mercier@lemanhorlogerie.example.ch"),
        "Entretien - Assistante de direction",
        "Bonjour Alex,\n\nNous vous remercions pour votre dossier. Nous aurions le plaisir de vous recevoir pour un entretien le jeudi 11 mars à 14h15 dans nos locaux de la rue du Rhône 48, Genève.\n\nMeilleures salutations,\nSophie Mercier\nRessources humaines", BARE,
        slot=(2027, 3, 11, 14, 15), weekday="Thu")  # fmt: skip
    add("fr-BE", "bruxelles_heure_belge", "Europe/Brussels",
        ("Olivier Dumont, Brabant Énergie", "olivier.dumont@brabantenergie.example.be"),
        "Invitation à un entretien",
        "Bonjour Alex,\n\nSuite à votre candidature pour le poste de gestionnaire de projets, nous vous invitons à un entretien le mardi 16 mars à 9 h 30 (heure belge), avenue Louise 250, 1050 Bruxelles. Comptez septante minutes environ.\n\nBien à vous,\nOlivier Dumont\nService RH", ZONED,
        slot=(2027, 3, 16, 9, 30), weekday="Tue", stated="Europe/Brussels", minutes=70)  # fmt: skip
    add("de-AT", "wien_jaenner_mez", "Europe/Vienna",
        ("Mag. Katharina Huber, Donau Versicherung", "k.huber@donauversicherung.example.at"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 21. Jänner 2027, um 9.30 Uhr (MEZ) in unsere Zentrale, Praterstraße 31, 1020 Wien, ein.\n\nMit freundlichen Grüßen\nMag. Katharina Huber\nPersonalentwicklung", ZONED,
        slot=(2027, 1, 21, 9, 30), weekday="Thu", stated="Europe/Vienna", sent=(2027, 1, 11, 10, 0))  # fmt: skip
    add("de-AT", "graz_uhr_punkt", "Europe/Vienna",
        ("Stefan Pichler, Murtal Maschinenbau", "s.pichler@murtal-mb.example.at"),
        "Vorstellungsgespräch Konstrukteur",
        "Grüß Gott Herr Morgan,\n\nwie telefonisch besprochen darf ich Sie am Dienstag, 16. März um 14.30 Uhr zu uns nach Graz, Lastenstraße 12, einladen. Bitte melden Sie sich beim Empfang im Erdgeschoß.\n\nFreundliche Grüße\nStefan Pichler\nTechnische Leitung", BARE,
        slot=(2027, 3, 16, 14, 30), weekday="Tue")  # fmt: skip
    add("de-AT", "linz_mesz_nach_umstellung", "Europe/Vienna",
        ("Eva Leitner, Traun Logistik", "eva.leitner@traunlogistik.example.at"),
        "Zweitgespräch",
        "Lieber Herr Morgan,\n\nwir würden Sie gerne zu einem Zweitgespräch mit unserer Geschäftsführung einladen: Mittwoch, 31. März, 10 Uhr MESZ, per Videocall. Den Link schicken wir Ihnen am Vortag.\n\nHerzliche Grüße\nEva Leitner\nHR", DST,
        slot=(2027, 3, 31, 10, 0), weekday="Wed", stated="Europe/Vienna", sent=(2027, 3, 22, 9, 0))  # fmt: skip
    add("de-AT", "innsbruck_wez_lissabon", "Europe/Vienna",
        ("Julia Wimmer, Alpen Cloud GmbH", "julia.wimmer@alpencloud.example.at"),
        "Video-Interview mit unserem Team",
        "Hallo Alex,\n\nda du derzeit in Lissabon wohnst, haben wir den Termin auf deine Zeit gelegt: Dienstag, 16. März, 10 Uhr WEZ (11 Uhr MEZ bei uns in Innsbruck). Wir sprechen ca. 45 Minuten per Teams.\n\nLiebe Grüße\nJulia Wimmer\nPeople Team", ZONED,
        slot=(2027, 3, 16, 10, 0), weekday="Tue", stated="Europe/Lisbon", minutes=45)  # fmt: skip
    add("de-AT", "karriere_jobalert", "Europe/Vienna",
        ("JobAlpin Jobalarm", "jobalarm@jobalpin.example.at"),
        "Ihr Jobalarm: 6 neue Stellen für Controlling in Wien",
        "Guten Tag,\n\nneue Stellen für Ihre Suche:\n\n- Controller/in, Donau Versicherung, Wien 2 - Bewerbungsfrist 31. März 2027\n- Junior Controller, Wiener Bäckereien, Wien 11\n\nKarrieretag Wien: Donnerstag, 25. März, 10.00 bis 17.00 Uhr, Messe Wien Halle D, mit Bewerbungsgesprächen direkt am Stand.\n\nIhr JobAlpin-Team", ALERT)  # fmt: skip
    add("de-CH", "zuerich_mittwoch_punkt", "Europe/Zurich",
        ("Andrea Keller, Limmat Treuhand AG", "andrea.keller@limmattreuhand.example.ch"),
        "Einladung zum Vorstellungsgespräch",
        "Grüezi Herr Morgan\n\nBesten Dank für Ihre Bewerbung als Sachbearbeiter Buchhaltung. Gerne laden wir Sie zu einem Gespräch ein am Mittwoch, 17. März, 14.30 Uhr, an der Bahnhofstrasse 70 in Zürich.\n\nFreundliche Grüsse\nAndrea Keller\nHR Business Partner", BARE,
        slot=(2027, 3, 17, 14, 30), weekday="Wed")  # fmt: skip
    add("de-CH", "bern_april_ueber_umstellung", "Europe/Zurich",
        ("Reto Brunner, Aare Informatik", "reto.brunner@aareinformatik.example.ch"),
        "Gespräch Software-Entwickler",
        "Hoi Alex\n\nWie besprochen: Wir sehen uns am Donnerstag, 1. April um 10.15 Uhr bei uns im Büro an der Effingerstrasse 4 in Bern. Kein Aprilscherz, versprochen!\n\nEn Gruess\nReto Brunner\nTeamleiter Entwicklung", BARE,
        slot=(2027, 4, 1, 10, 15), weekday="Thu", sent=(2027, 3, 22, 9, 0))  # fmt: skip
    add("de-CH", "ostermontag_geschlossen", "Europe/Zurich",
        ("Personalvermittlung Säntis", "info@saentis-personal.example.ch"),
        "Öffnungszeiten über Ostern",
        "Liebe Kandidatinnen und Kandidaten\n\nÜber Ostern bleiben unsere Büros von Karfreitag, 2. April, bis und mit Ostermontag, 5. April, geschlossen. Ab Dienstag, 6. April, sind wir wieder von 8.00 bis 12.00 Uhr und 13.30 bis 17.30 Uhr für Sie da.\n\nFrohe Ostern!\nPersonalvermittlung Säntis", HOLIDAY,
        sent=(2027, 3, 29, 9, 0))  # fmt: skip
    add("it-CH", "lugano_ore_punto", "Europe/Zurich",
        ("Chiara Bernasconi, Ceresio Banca", "chiara.bernasconi@ceresiobanca.example.ch"),
        "Invito a colloquio",
        "Gentile Alex,\n\nLa ringraziamo per la candidatura. Saremmo lieti di incontrarLa per un colloquio giovedì 11 marzo alle ore 14.30 presso la nostra sede di Via Nassa 5, Lugano.\n\nCordiali saluti\nChiara Bernasconi\nRisorse umane", BARE,
        slot=(2027, 3, 11, 14, 30), weekday="Thu")  # fmt: skip


def chinese_arabic_malay() -> None:
    add("zh-TW", "台北_下午3點", "Asia/Taipei",
        ("陳怡君 | 晶創科技", "yijun.chen@jingchuang.example.com.tw"),
        "面試邀請 - 韌體工程師",
        "Alex 您好:\n\n感謝您應徵本公司韌體工程師一職。誠摯邀請您於3月16日(星期二)下午3點至本公司面試,地點:台北市內湖區瑞光路 300 號 8 樓。\n\n晶創科技 人力資源處\n陳怡君", BARE,
        slot=(2027, 3, 16, 15, 0), weekday="Tue")  # fmt: skip
    add("zh-TW", "新竹_民國年", "Asia/Taipei",
        ("林志明 | 竹科精密", "zm.lin@zhuke.example.com.tw"),
        "面試通知",
        "Alex 先生您好:\n\n茲通知您面試時間為民國116年3月17日(三)上午10點30分,地點:新竹科學園區力行路 8 號。請攜帶身分證件及學經歷證明。\n\n竹科精密 人事課\n林志明", BARE,
        slot=(2027, 3, 17, 10, 30), weekday="Wed")  # fmt: skip
    add("zh-TW", "台中_下午2點半", "Asia/Taipei",
        ("王雅婷 | 中台物流", "yating.wang@zhongtai.example.com.tw"),
        "二面時間確認",
        "Alex 你好,\n\n主管二面安排在3月18日(週四)下午2點半,台中市西屯區工業區一路 50 號。如時間不便請回信告知。\n\n王雅婷\n招募專員", BARE,
        slot=(2027, 3, 18, 14, 30), weekday="Thu")  # fmt: skip
    add("zh-TW", "清明連假客服公告", "Asia/Taipei",
        ("人力網 客服中心", "service@renliwang.example.com.tw"),
        "【公告】清明連假客服時間調整",
        "親愛的會員您好:\n\n清明節連假期間(4月2日至4月5日)客服專線暫停服務,4月6日(二)上午9點起恢復正常,服務時間為上午9點至下午6點。連假期間仍可線上投遞履歷。\n\n人力網 敬上", HOLIDAY,
        sent=(2027, 3, 29, 10, 0))  # fmt: skip
    add("zh-HK", "香港_下午3時_HKT", "Asia/Hong_Kong",
        ("黃嘉欣 | 維港資產管理", "kayan.wong@victoriaharbour.example.com.hk"),
        "面試邀請 - 投資分析員",
        "Alex 你好:\n\n多謝你申請本公司投資分析員一職。我們誠邀你於2027年3月16日(星期二)下午3時(HKT)到本公司面試,地址:中環皇后大道中 99 號 28 樓。\n\n黃嘉欣\n人力資源部", ZONED,
        slot=(2027, 3, 16, 15, 0), weekday="Tue", stated="Asia/Hong_Kong")  # fmt: skip
    add("zh-HK", "九龍_上午11時", "Asia/Hong_Kong",
        ("李志偉 | 九龍物業", "chiwai.lee@kowloonprop.example.com.hk"),
        "面試安排",
        "Alex 先生:\n\n你的面試已安排於3月18日(星期四)上午11時30分,地點為觀塘開源道 55 號 12 樓。請攜帶身份證明文件。\n\n九龍物業 人事部\n李志偉", BARE,
        slot=(2027, 3, 18, 11, 30), weekday="Thu")  # fmt: skip
    add("zh-HK", "招聘會_通知", "Asia/Hong_Kong",
        ("港職網", "events@gangzhi.example.com.hk"),
        "招聘會:3月20日 灣仔會展",
        "你好 Alex,\n\n春季招聘會將於3月20日(星期六)上午10時至下午5時在灣仔會展中心舉行,逾百間公司參展,部分僱主即場面試。免費入場,歡迎帶同履歷。\n\n港職網", ALERT)  # fmt: skip
    add("ar-EG", "القاهرة_بتوقيت_القاهرة", "Africa/Cairo",
        ("منى عبد الرحمن، شركة النيل للبرمجيات", "mona.abdelrahman@nilesoft.example.com.eg"),
        "دعوة لمقابلة شخصية",
        "الأستاذ Alex Morgan،\n\nتحية طيبة، يسعدنا دعوتك لمقابلة شخصية لوظيفة مهندس برمجيات يوم الثلاثاء 16 مارس 2027 الساعة 11 صباحًا بتوقيت القاهرة في مقر الشركة بالتجمع الخامس.\n\nمع خالص التحية،\nمنى عبد الرحمن\nإدارة الموارد البشرية", ZONED,
        slot=(2027, 3, 16, 11, 0), weekday="Tue", stated="Africa/Cairo")  # fmt: skip
    add("ar-EG", "الإسكندرية_بدون_توقيت", "Africa/Cairo",
        ("كريم فؤاد، الإسكندرية للشحن", "karim.fouad@alexshipping.example.com.eg"),
        "موعد المقابلة",
        "أهلاً Alex،\n\nبالإشارة إلى مكالمتنا، تم تحديد موعد مقابلتك يوم الأربعاء 17 مارس الساعة 1:30 ظهرًا في مكتبنا بمحطة الرمل. برجاء إحضار السيرة الذاتية وصورة البطاقة.\n\nكريم فؤاد\nشؤون العاملين", BARE,
        slot=(2027, 3, 17, 13, 30), weekday="Wed")  # fmt: skip
    add("ar-EG", "تنبيه_وظائف", "Africa/Cairo",
        ("وظائف مصر", "alerts@wazaef-misr.example.com.eg"),
        "وظائف جديدة تناسبك",
        "مرحبًا Alex،\n\nوظائف جديدة تطابق بحثك:\n- مهندس برمجيات، شركة النيل للبرمجيات، القاهرة الجديدة - آخر موعد للتقديم 25 مارس\n- محلل بيانات، بنك الدلتا، الجيزة\n\nملتقى التوظيف السنوي يوم السبت 20 مارس من الساعة 10 صباحًا حتى 4 مساءً.\n\nفريق وظائف مصر", ALERT)  # fmt: skip
    add("ms-MY", "kl_myt", "Asia/Kuala_Lumpur",
        ("Nurul Aisyah, Petronas Hijau Sdn Bhd", "nurul.aisyah@hijau.example.com.my"),
        "Jemputan temu duga - Jurutera Proses",
        "Salam sejahtera Alex,\n\nTerima kasih atas permohonan anda. Sukacita dimaklumkan bahawa anda dijemput ke sesi temu duga pada hari Selasa, 16 Mac 2027, jam 10.00 pagi (MYT) di Menara Hijau, Jalan Ampang, Kuala Lumpur.\n\nSekian, terima kasih.\nNurul Aisyah\nSumber Manusia", ZONED,
        slot=(2027, 3, 16, 10, 0), weekday="Tue", stated="Asia/Kuala_Lumpur")  # fmt: skip
    add("ms-MY", "penang_petang_tanpa_zon", "Asia/Kuala_Lumpur",
        ("Tan Wei Ming, Pulau Elektronik", "weiming.tan@pulauelektronik.example.com.my"),
        "Temu duga - Juruteknik",
        "Hi Alex,\n\nTemu duga anda telah ditetapkan pada Khamis, 18 Mac, pukul 2.30 petang di kilang kami di Bayan Lepas. Sila bawa kad pengenalan dan salinan sijil.\n\nTerima kasih,\nTan Wei Ming\nPengurus Pengeluaran", BARE,
        slot=(2027, 3, 18, 14, 30), weekday="Thu")  # fmt: skip
    add("ms-MY", "cuti_hari_raya", "Asia/Kuala_Lumpur",
        ("KerjaKini", "notis@kerjakini.example.com.my"),
        "Notis cuti umum Hari Raya Aidilfitri",
        "Salam Alex,\n\nPejabat kami ditutup pada 10 dan 11 Mac sempena Hari Raya Aidilfitri. Waktu operasi biasa, 9.00 pagi hingga 5.30 petang, disambung semula pada Jumaat, 12 Mac. Selamat Hari Raya, maaf zahir dan batin!\n\nKerjaKini", HOLIDAY)  # fmt: skip


BUILDERS = [
    canada,
    australia_nz,
    africa_asia_english,
    spanish_portuguese,
    french_german_italian,
    chinese_arabic_malay,
]

FIRST_SIGHT_FIGURES = (
    "First sight (main at a4a96930 with this batch, before any parser change; quick.py): dev "
    "text invitations right 36/37 (a Belgian 'septante minutes' gave no end), 31 sure (the "
    "other five right but held under 0.5 as times asked about: 'Are you right to come in "
    "...?', 'Could you pop into ...?', 'Does Wed 13/10 at 10.30am suit ...?'), look-alikes "
    "claimed 0/10, fields 122/125; held out: text right 18/19, 16 sure, claimed 0/5, fields "
    "61/65 (not opened)."
)
AFTER_FIX_FIGURES = (
    "After (each rule extends a table or count that was there): a numeric date typed without "
    "its year votes in the mail's day/month order as a dated one does (when_dates."
    "_SLASH_DAY_MONTH; probes of en-CA mail: 'on 05/04 ... references by 31/03' was read 4 "
    "May, sure); 'NZ time' names Pacific/Auckland (zone_words.PLACE_ZONES; shiftweek20 and "
    "cwthread write it); 'septante', 'huitante'/'octante' and 'nonante' minutes give a "
    "length (when_ends._SPELLED_COUNTS; Belgian and Swiss French); written Cantonese's parts "
    "of the day before the hour ('晏晝2點半', '下晝3點', '夜晚7點' afternoon and evening, "
    "'朝早', '上晝' morning; when_common._PRE_AFTERNOON/_PRE_MORNING; found by probing "
    "zh-HK shapes, main read '下晝3點' as 03:00, sure): dev text right 37/37, 32 "
    "sure, claimed 0/10, fields 123/125; held out: text right 19/19, 17 sure, claimed 0/5, "
    "fields 62/65 (not opened). Left alone: the four dev times asked as questions stay under "
    "0.5 by the asks67 rule ('If I don't hear otherwise I'll see you' after the question has "
    "one source only); an Austrian job alert's careers day and an Egyptian job board's alert "
    "read as invitations at 0.4 (not claimed); 'Feber', 'tiempo del centro', 'hora dos "
    "Açores' and a summer 'heure normale de l'Est' were probed and not read, with no source "
    "in the corpus. Whole corpus against the base run (main at a4a96930): 0 worse, 0 "
    "better; one other file's reading changed (shiftweek20's 'NZ time' mail now reads its "
    "zone, 0.63 -> 0.78)."
)


def cases() -> list[Case]:
    RAW.clear()
    for build in BUILDERS:
        build()
    return pp.seeded_cases(FAMILY, HELD_FAMILY, RAW, LIC)


def provenance(items: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        "# Provenance of the regions79 batch (`build_regions79.py`)",
        "",
        "Recruiters' prose and ATS-style invitations without a calendar part from regional "
        "variants with their own date, clock and zone habits: en-CA (both day/month orders, "
        "decided by the signature, the .ca domain and a second date written unambiguously), "
        "en-AU, en-NZ, en-ZA, en-SG, en-IE, en-PH, es-MX, es-AR, es-CO, es-CL, pt-PT, fr-CA, "
        "fr-CH, fr-BE, de-AT ('Jänner', 'um 14.30 Uhr'), de-CH, it-CH, zh-TW ('下午3點', 民國 "
        "years), zh-HK ('下午3時'), ar-EG and ms-MY, with the zone words used there ('hora del "
        "centro de México', 'hora de Argentina', 'hora de Chile', \"heure de l'Est\", 'HNE', "
        "'HAE', 'NZST/NZDT', 'AEST/AEDT', 'AWST', 'ACST', 'SAST', 'PHT', 'SGT', 'HKT', 'MYT', "
        "'WEZ', 'MEZ/MESZ', 'hora de Lisboa', 'Atlantic Time', 'Newfoundland time'), "
        "southern-hemisphere DST weeks (AU/NZ early April and early October, Chile April and "
        "September) and mails with no zone. Look-alikes (about a fifth): regional job boards' "
        "alerts (with careers fairs and closing dates) and public-holiday notices with dates "
        "and opening hours. All text is ours, written by hand with no template; people, "
        "companies and addresses are made up. Every label was written from the datetimes the "
        "text is rendered from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family regions79h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview at a fixed "
        "time is an `invitation` at its start. When the text names a zone (a word or an "
        "abbreviation), the label is the instant in that zone computed by zoneinfo, DST "
        "included (an abbreviation that contradicts the season is not used); `timezone` is "
        "not labelled (absent keys are not checked). A mail that states no zone carries the "
        "Date header's offset and `tz_stated: false`. A job board's alert, a public careers "
        "fair and a holiday or office-hours notice set nothing for the reader: "
        "`not_invitation`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_regions79.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-regions79.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
