"""Write the "world" batch of Afterview's labelled corpus: prose invitations without a calendar.

Run: .venv/bin/python tests/parsing/corpus/build_world.py

Public-sector notices, campus career services, job boards' message relays (StepStone, XING,
LinkedIn, Indeed, Naukri, SEEK, JobStreet), chat and voicemail notification mails, SMS
gateways, letter cover mails, assessment centres and embassy appointments, in the languages
and with the zone words of the places they come from. Shapes follow the public material named
per family (see PROVENANCE-world.md); every word, person, company and address is made up.
Labels come from the same datetimes the text is rendered from, with zoneinfo for every offset;
weekday names typed into the prose are checked against the date. Output is deterministic, and
the script only deletes or writes files of its own families (SOURCES), always in dev/.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev"
POLICY = compat32.clone(linesep="\r\n")
LICENSE = "written for this corpus (shapes only; no third-party text copied)"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HOOK = ("Afterview", "in+inbox@afterview.example")

KOL, DXB, RUH, MSK = "Asia/Kolkata", "Asia/Dubai", "Asia/Riyadh", "Europe/Moscow"
BKK, HCM, MNL, SIN, KUL = (
    "Asia/Bangkok",
    "Asia/Ho_Chi_Minh",
    "Asia/Manila",
    "Asia/Singapore",
    "Asia/Kuala_Lumpur",
)
SYD, AKL, NBO, JNB, LOS = (
    "Australia/Sydney",
    "Pacific/Auckland",
    "Africa/Nairobi",
    "Africa/Johannesburg",
    "Africa/Lagos",
)
LON, BER, PAR, AMS, ZRH = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Amsterdam",
    "Europe/Zurich",
)
JRS, KYIV, ATH, SAO, NY, CHI = (
    "Asia/Jerusalem",
    "Europe/Kyiv",
    "Europe/Athens",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
)


# --------------------------------------------------------------------------------------
# time helpers


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str, weekday: str = "") -> datetime:
    """An aware datetime; weekday (Mon..Sun) guards the day name written in the prose."""
    value = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    if weekday and DAYS[value.weekday()] != weekday:
        raise ValueError(f"{value:%Y-%m-%d} is a {DAYS[value.weekday()]}, not {weekday}")
    return value


def wall(value: datetime, sent: datetime) -> datetime:
    """A no-zone label: the wall time carrying the offset of the Date: header."""
    offset = sent.utcoffset()
    assert offset is not None
    return value.replace(tzinfo=timezone(offset))


def timed(
    start: datetime,
    end: datetime | None = None,
    *,
    zone: str | None = None,
    sent: datetime | None = None,
) -> dict[str, object]:
    """start/end label keys; sent given means the mail states no zone at all."""
    if sent is not None:
        start = wall(start, sent)
        end = wall(end, sent) if end else None
    label: dict[str, object] = {"start": start.isoformat(), "all_day": False}
    if end is not None:
        label["end"] = end.isoformat()
    if zone:
        label["timezone"] = zone
    if sent is not None:
        label["tz_stated"] = False
    return label


def digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_digits(text: str) -> str:
    """Arabic-Indic digits as Gulf and Egyptian mail often writes them."""
    return text.translate(AR_DIGITS)


def h12(value: datetime) -> str:
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------------------
# MIME


def _charset() -> Charset:
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return cs


def textpart(body: str, subtype: str = "plain") -> MIMEText:
    if body.isascii():
        return MIMEText(body, subtype, "us-ascii")
    return MIMEText(body, subtype, _charset())


def addr(person: tuple[str, str]) -> str:
    name, email = person
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset="utf-8")


def mail(
    key: str,
    body: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
) -> bytes:
    """Serialise one text/plain message; identical input gives identical bytes."""
    domain = sender[1].split("@", 1)[1]
    message: Message = textpart(body)
    existing = list(message.items())
    for name in list(message.keys()):
        del message[name]
    message["Date"] = format_datetime(sent)
    message["From"] = addr(sender)
    message["To"] = addr(to)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{digest(key, 'mid')}@{domain}>"
    message["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            message[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(message)
    return buffer.getvalue()


EN_MONTHS = "January February March April May June July August September October November December"
EN_MON = [m[:3] for m in EN_MONTHS.split()]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin"]
FR_MON += ["juil.", "août", "sept.", "oct.", "nov.", "déc."]
RU_DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = ["янв.", "февр.", "мар.", "апр.", "мая", "июн."]
RU_MON += ["июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]


def forward_block(
    client: str, lang: str, org: tuple[str, str], sent: datetime, subject: str, to: tuple[str, str]
) -> str:
    """The header block a mail client puts above a forwarded message (client's UI language)."""
    who = f"{org[0]} <{org[1]}>"
    rcpt = f"{to[0]} <{to[1]}>"
    if client == "gmail" and lang == "en":
        when = f"{DAYS[sent.weekday()]}, {EN_MON[sent.month - 1]} {sent.day}, {sent.year}"
        return (
            f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when} at {h12(sent)}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "gmail" and lang == "fr":
        when = f"{FR_DAYS[sent.weekday()]} {sent.day} {FR_MON[sent.month - 1]} {sent.year}"
        return (
            f"---------- Forwarded message ---------\nDe : {who}\nDate: {when} à {sent:%H:%M}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "gmail" and lang == "ru":
        when = f"{RU_DAYS[sent.weekday()]}, {sent.day} {RU_MON[sent.month - 1]} {sent.year} г."
        return (
            f"---------- Пересылаемое сообщение ---------\nОт: {who}\n"
            f"Date: {when} в {sent:%H:%M}\nSubject: {subject}\nTo: {rcpt}\n"
        )
    if client == "gmail" and lang == "vi":
        weekday = "CN" if sent.weekday() == 6 else f"Th {sent.weekday() + 2}"
        when = f"{weekday}, {sent.day} thg {sent.month}, {sent.year} vào lúc {sent:%H:%M}"
        return (
            f"---------- Forwarded message ---------\nTừ: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "outlook" and lang == "en":
        when = (
            f"{EN_DAYS[sent.weekday()]}, {EN_MONTHS.split()[sent.month - 1]} {sent.day}, "
            f"{sent.year} {h12(sent)}"
        )
        return (
            f"________________________________\nFrom: {who}\nSent: {when}\nTo: {rcpt}\n"
            f"Subject: {subject}\n"
        )
    if client == "outlook" and lang == "de":
        when = (
            f"{DE_DAYS[sent.weekday()]}, {sent.day}. {DE_MONTHS.split()[sent.month - 1]} "
            f"{sent.year} {sent:%H:%M}"
        )
        return (
            f"________________________________\nVon: {who}\nGesendet: {when}\nAn: {rcpt}\n"
            f"Betreff: {subject}\n"
        )
    if client == "apple" and lang == "en":
        offset = sent.utcoffset()
        assert offset is not None
        hours = offset.total_seconds() / 3600
        zone = f"GMT{int(hours):+d}" if hours == int(hours) else f"GMT{hours:+.1f}"
        when = f"{EN_MONTHS.split()[sent.month - 1]} {sent.day}, {sent.year} at {h12(sent)}"
        return (
            f"Begin forwarded message:\n\nFrom: {who}\nSubject: {subject}\nDate: {when} {zone}\n"
            f"To: {rcpt}\n"
        )
    raise ValueError(f"no forward layout for {client}/{lang}")


FWD_PREFIX = {("outlook", "en"): "FW", ("outlook", "de"): "WG"}


def forward(
    key: str,
    *,
    client: str,
    lang: str,
    user: tuple[str, str],
    org: tuple[str, str],
    sent: datetime,
    subject: str,
    body: str,
    note: str = "",
    user_zone: str = "",
) -> bytes:
    """The job seeker forwards a message; the client shows its date in the user's zone."""
    shown = sent.astimezone(ZoneInfo(user_zone)) if user_zone else sent
    block = forward_block(client, lang, org, shown, subject, user)
    text = f"{note}\n\n{block}\n{body.strip()}\n" if note else f"{block}\n{body.strip()}\n"
    prefix = FWD_PREFIX.get((client, lang), "Fwd")
    return mail(
        key,
        text,
        sender=user,
        to=HOOK,
        subject=f"{prefix}: {subject}",
        sent=shown + timedelta(hours=1, minutes=37),
    )


# --------------------------------------------------------------------------------------
# cases


@dataclass
class Case:
    family: str
    name: str
    raw: bytes
    label: dict[str, object]
    language: str
    note: str

    @property
    def filename(self) -> str:
        return f"{self.family}__{self.name}.eml"


Builder = Callable[[], Iterator[Case]]
BUILDERS: list[Builder] = []
SOURCES: dict[str, str] = {}


def family(source: str) -> Callable[[Builder], Builder]:
    """Register a family builder with the public shapes its messages follow."""

    def register(func: Builder) -> Builder:
        SOURCES[func.__name__] = source
        BUILDERS.append(func)
        return func

    return register


def direct(
    fam: str,
    name: str,
    lang: str,
    note: str,
    kind: str | None,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    body: str,
    times: dict[str, object] | None = None,
    fwd: tuple[str, str, str, str] | None = None,
    **keys: object,
) -> Case:
    """One message and its label; fwd = (client, ui language, user's zone, user's note)."""
    key = f"{fam}/{name}"
    if fwd is None:
        raw = mail(key, body, sender=sender, to=to, subject=subject, sent=sent)
    else:
        client, ui, zone, remark = fwd
        raw = forward(
            key,
            client=client,
            lang=ui,
            user=to,
            org=sender,
            sent=sent,
            subject=subject,
            body=body,
            note=remark,
            user_zone=zone,
        )
        keys["original_sender"] = sender[1]
    label: dict[str, object] = {}
    if kind:
        label["kind"] = kind
    if times:
        label.update(times)
    label.update(keys)
    return Case(fam, name, raw, label, lang, note)


# --------------------------------------------------------------------------------------
# civilservice: formal public-sector interview notices


@family(
    "Public-sector interview notices and letter templates: git.law 'Letter inviting candidates "
    "to interview' (UK council template), hrdocbox.co.uk 'Interview invitation letter template', "
    "letters.org 'Invitation to Interview Letter', qsstudy.com 'Factors to be considered while "
    "writing an interview letter' (date, day, time, venue, documents to produce), and Indian "
    "commission 'Personality Test' call letters as described on public exam-prep pages"
)
def civilservice() -> Iterator[Case]:
    fam = "civilservice"
    cand = ("Gareth Lloyd", "gareth.lloyd@inbox.example")
    hr = ("Recruitment Team", "recruitment@westmoor-council.example")
    sent = at(2026, 3, 31, 9, 5, LON)
    start = at(2026, 4, 14, 10, 30, LON, "Tue")
    body = (
        "Dear Mr Lloyd,\n\nPost: Senior Planning Officer (Ref. WMC/0412)\n\n"
        "Thank you for your application for the above post. I am pleased to inform you that you "
        "have been shortlisted and you are invited to attend an interview on Tuesday 14 April "
        "2026 at 10:30 hrs at Westmoor House, Civic Quarter, Room G.07. Please ask for Mrs "
        "Hedges at reception.\n\nThe interview will last approximately 45 minutes and will "
        "include a short presentation (10 minutes) on the topic below.\n\nPlease bring with "
        "you original documents confirming your right to work in the UK and your highest "
        "qualification.\n\nIf you are unable to attend, please contact us on 01632 960 418 "
        "as soon as possible.\n\nYours sincerely,\n\nHuman Resources (Recruitment)\n"
        "Westmoor Borough Council\n"
    )
    yield direct(
        fam,
        "en_uk_hrs_no_zone",
        "en",
        "UK council letter: 'on Tuesday 14 April 2026 at 10:30 hrs'; 'approximately 45 minutes' "
        "is no exact end; no zone written.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Invitation to interview - Senior Planning Officer (WMC/0412)",
        sent=sent,
        body=body,
        times=timed(start, sent=sent),
        organizer_email=hr[1],
        role="Senior Planning Officer",
    )

    cand = ("Ananya Kulkarni", "ananya.k@mailbox.example")
    hr = ("Recruitment Section", "recruitment-cell@spsc-board.example")
    sent = at(2026, 6, 2, 17, 40, KOL)
    start = at(2026, 6, 18, 9, 30, KOL, "Thu")
    body = (
        "Roll No. 0412876\n\nSub: Personality Test for the post of Assistant Statistical "
        "Officer - reg.\n\nMadam,\n\nWith reference to your application for the above post, "
        "you are hereby informed that you have qualified for the Personality Test. You are "
        "requested to appear for the Personality Test on 18.06.2026 (Thursday) at 09:30 hrs "
        "(IST) at the Commission's office, Block C, Sector 10, Gandhinagar.\n\n"
        "Candidates must report 30 minutes before the scheduled time with the e-admit card, "
        "one photo identity proof and all original certificates.\n\nNo TA/DA will be paid.\n\n"
        "Deputy Secretary (Recruitment)\nState Public Service Board\n"
    )
    yield direct(
        fam,
        "en_in_personality_test_ist",
        "en",
        "Indian commission call letter: '18.06.2026 (Thursday) at 09:30 hrs (IST)'; the "
        "30-minute early reporting is not the start.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Personality Test - Assistant Statistical Officer",
        sent=sent,
        body=body,
        times=timed(start, zone=KOL),
        organizer_email=hr[1],
    )

    cand = ("Wanjiru Kamau", "wanjiru.kamau@posta.example")
    hr = ("County Public Service Board", "psb@kiambaa-county.example")
    sent = at(2026, 7, 8, 11, 12, NBO)
    start = at(2026, 7, 22, 14, 0, NBO, "Wed")
    body = (
        "RE: INVITATION FOR INTERVIEW - ICT OFFICER II\n\nDear Ms Kamau,\n\nFollowing the "
        "advertisement of the above position, the Board has shortlisted you for an oral "
        "interview scheduled for Wednesday, 22nd July 2026 at 2.00 p.m. East Africa Time "
        "(EAT) at the Board Room, County Headquarters.\n\nYou are required to carry your "
        "National ID, original academic and professional certificates, and clearance "
        "certificates (KRA, HELB, EACC, DCI and CRB).\n\nSecretary/CEO\nCounty Public "
        "Service Board\n"
    )
    yield direct(
        fam,
        "en_ke_eat",
        "en",
        "Kenyan county board notice: 'Wednesday, 22nd July 2026 at 2.00 p.m. East Africa Time "
        "(EAT)'; EAT is shared by several countries, so no timezone label.",
        "invitation",
        sender=hr,
        to=cand,
        subject="INVITATION FOR INTERVIEW - ICT OFFICER II",
        sent=sent,
        body=body,
        times=timed(start),
        organizer_email=hr[1],
    )

    cand = ("Siobhan Kerr", "siobhan.kerr@inbox.example")
    hr = ("Resourcing Hub", "resourcing@northdale-agency.example")
    sent = at(2026, 7, 20, 15, 30, LON)
    body = (
        "Dear Siobhan,\n\nCampaign: Policy Adviser (Ref 311904)\n\nThank you for your "
        "application. We are pleased to let you know that you have been successful at the sift "
        "stage.\n\nInterviews will be held between Monday 3 August and Friday 7 August 2026. "
        "You will receive an invitation through the recruitment portal within the next five "
        "working days, where you can book a time that suits you.\n\nKind regards,\n"
        "Resourcing Hub\n"
    )
    yield direct(
        fam,
        "en_sift_passed_interview_window",
        "en",
        "Sift result: interviews 'between Monday 3 August and Friday 7 August', slot to be "
        "booked later: not an invitation.",
        "not_invitation",
        sender=hr,
        to=cand,
        subject="Policy Adviser (311904): sift result",
        sent=sent,
        body=body,
    )

    cand = ("Camille Roussel", "camille.roussel@courriel.example")
    hr = ("Bureau du recrutement", "recrutement@prefecture-exemple.example")
    sent = at(2026, 5, 27, 10, 2, PAR)
    start = at(2026, 6, 11, 14, 30, PAR, "Thu")
    body = (
        "Madame,\n\nObjet : convocation à un entretien de recrutement - attaché(e) "
        "d'administration (contrat de 3 ans)\n\nSuite à l'examen de votre candidature, j'ai "
        "l'honneur de vous informer que vous êtes convoquée à un entretien avec le jury le "
        "jeudi 11 juin 2026 à 14 h 30 (heure de Paris), salle 204, 3 rue des Remparts.\n\n"
        "L'entretien durera 30 minutes. Merci de vous munir d'une pièce d'identité.\n\n"
        "Pour le préfet et par délégation,\nLa cheffe du bureau du recrutement\n"
    )
    yield direct(
        fam,
        "fr_convocation_fwd_gmail",
        "fr",
        "French public-sector 'convocation': 'le jeudi 11 juin 2026 à 14 h 30 (heure de "
        "Paris)', 30 minutes; Gmail (fr UI) forward.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Convocation à un entretien",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=30), zone=PAR),
        fwd=("gmail", "fr", PAR, "Pour mon agenda, merci."),
    )

    cand = ("Faisal Al-Harbi", "faisal.harbi@bareed.example")
    hr = ("إدارة التوظيف", "careers@riyadh-authority.example")
    sent = at(2026, 4, 2, 13, 20, RUH)
    start = at(2026, 4, 12, 10, 0, RUH, "Sun")
    body = arabic_digits(
        "السيد/ فيصل الحربي المحترم\n\nالسلام عليكم ورحمة الله وبركاته،\n\n"
        "إشارة إلى طلبكم التقدم لوظيفة أخصائي موارد بشرية، يسرنا دعوتكم لحضور المقابلة "
        "الشخصية يوم الأحد 12 أبريل 2026م الساعة 10:00 صباحاً بتوقيت الرياض، في مقر الهيئة "
        "- المبنى الرئيسي - الدور الثالث.\n\nنأمل إحضار الهوية الوطنية وأصول المؤهلات "
        "العلمية.\n\nمع خالص التحية،\nإدارة التوظيف\n"
    )
    yield direct(
        fam,
        "ar_sa_arabic_indic_digits",
        "ar",
        "Saudi authority notice in Arabic with Arabic-Indic digits: 'يوم الأحد ١٢ أبريل "
        "٢٠٢٦م الساعة ١٠:٠٠ صباحاً بتوقيت الرياض' (Riyadh time).",
        "invitation",
        sender=hr,
        to=cand,
        subject="دعوة لحضور مقابلة شخصية",
        sent=sent,
        body=body,
        times=timed(start, zone=RUH),
        organizer_email=hr[1],
    )


# --------------------------------------------------------------------------------------
# campus: university career-service mails


@family(
    "University career-centre mails as published on career-service sites (on-campus "
    "recruiting schedules with room numbers and 30-minute slots, career-fair announcements, "
    "post-interview feedback forms) and German/Dutch 'Career Service' appointment mails"
)
def campus() -> Iterator[Case]:
    fam = "campus"
    cand = ("Tyler Brooks", "tbrooks@students.lakeshore.example")
    hr = ("Career Center OCR", "ocr@careers.lakeshore.example")
    sent = at(2026, 2, 12, 15, 6, CHI)
    start = at(2026, 2, 19, 9, 0, CHI, "Thu")
    body = (
        "Hi Tyler,\n\nYou have been selected for an on-campus interview!\n\n"
        "Employer: Prairie Grain Cooperative\nPosition: Supply Chain Analyst Intern\n"
        "Date: Thursday, February 19, 2026\nTime: 9:00 AM - 9:30 AM\n"
        "Location: Career Center, Hanley Hall Room 210\n\nPlease arrive 10 minutes early and "
        "check in at the front desk. Business professional attire is expected.\n\n"
        "If you need to cancel, do so in Handshake at least 48 hours in advance.\n\n"
        "Lakeshore University Career Center\n"
    )
    yield direct(
        fam,
        "en_ocr_slot_no_zone",
        "en",
        "On-campus recruiting schedule: 'Thursday, February 19, 2026 / 9:00 AM - 9:30 AM'; "
        "no zone written.",
        "invitation",
        sender=hr,
        to=cand,
        subject="On-Campus Interview Scheduled: Prairie Grain Cooperative",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=30), sent=sent),
        company="Prairie Grain Cooperative",
        role="Supply Chain Analyst Intern",
    )

    sent = at(2026, 2, 23, 8, 0, CHI)
    body = (
        "Spring Career & Internship Fair\n\nWednesday, March 4, 2026 | 11:00 AM - 3:00 PM | "
        "Student Union Ballroom\n\n120+ employers are coming, and many will hold on-the-spot "
        "interviews. Bring printed resumes and dress to impress!\n\nPrep events:\n"
        "- Resume review drop-ins: Feb 25-27, 1-4 PM\n- Mock interview night: Mar 2, 6 PM\n\n"
        "Register in Handshake.\n\nLakeshore University Career Center\n"
    )
    yield direct(
        fam,
        "en_career_fair_promo",
        "en",
        "Career-fair announcement with times and 'on-the-spot interviews': a newsletter, not "
        "an invitation.",
        "not_invitation",
        sender=("Lakeshore Career Center", "news@careers.lakeshore.example"),
        to=cand,
        subject="Next week: Spring Career & Internship Fair + interview prep",
        sent=sent,
        body=body,
    )

    sent = at(2026, 2, 20, 10, 15, CHI)
    body = (
        "Hi Tyler,\n\nThanks for interviewing with Prairie Grain Cooperative on Thursday, "
        "February 19 at 9:00 AM. The employer has shared that decisions on second rounds will "
        "be made by March 6.\n\nPlease take two minutes to tell us how the interview went: "
        "https://careers.lakeshore.example/survey/ocr-2218\n\nLakeshore University Career "
        "Center\n"
    )
    yield direct(
        fam,
        "en_post_interview_survey",
        "en",
        "Survey after the on-campus interview, naming the past slot and a decision date: not "
        "an invitation.",
        "not_invitation",
        sender=hr,
        to=cand,
        subject="How did your interview with Prairie Grain Cooperative go?",
        sent=sent,
        body=body,
    )

    cand = ("Jana Vogt", "jana.vogt@stud.uni-example.example")
    hr = ("Career Service", "careerservice@uni-example.example")
    sent = at(2026, 3, 26, 12, 44, BER)
    start = at(2026, 3, 30, 13, 15, BER, "Mon")
    body = (
        "Liebe Frau Vogt,\n\nim Rahmen der Firmenkontaktwoche hat die Brenner Maschinenbau "
        "GmbH Sie zu einem Kennenlerngespräch für das Traineeprogramm ausgewählt.\n\n"
        "Ihr Termin: Montag, 30. März 2026, 13:15–13:45 Uhr\nOrt: Career Service, Gebäude "
        "B4, Raum 1.12\n\nBitte bringen Sie Ihren Lebenslauf in Papierform mit. Falls Sie "
        "verhindert sind, sagen Sie bitte bis Freitag, 12 Uhr, ab.\n\nViele Grüße\n"
        "Ihr Career Service\n"
    )
    yield direct(
        fam,
        "de_firmenkontakt_dst_week",
        "de",
        "Career Service slot on Monday 30 March, the day after the switch to CEST, sent in "
        "CET; no zone written (label carries the Date: header offset, wall time compared).",
        "invitation",
        sender=hr,
        to=cand,
        subject="Ihr Gesprächstermin mit Brenner Maschinenbau",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=30), sent=sent),
        company="Brenner Maschinenbau GmbH",
    )

    cand = ("Sem de Wit", "s.dewit@student.hanze-example.example")
    hr = ("Career Centre", "careercentre@hogeschool-example.example")
    sent = at(2026, 6, 1, 9, 30, AMS)
    start = at(2026, 6, 9, 10, 0, AMS, "Tue")
    body = (
        "Beste Sem,\n\nGoed nieuws: Kanaalzicht Logistiek wil graag met je kennismaken voor de "
        "afstudeerstage Data & Planning.\n\nHet sollicitatiegesprek is op dinsdag 9 juni 2026 "
        "om 10.00 uur (Nederlandse tijd), online via https://meet.google.com/qzr-hvxe-pdn. "
        "Het gesprek duurt 45 minuten.\n\nSucces!\nCareer Centre\n"
    )
    yield direct(
        fam,
        "nl_nederlandse_tijd",
        "nl",
        "'dinsdag 9 juni 2026 om 10.00 uur (Nederlandse tijd)', 45 minutes, Meet link.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Uitnodiging sollicitatiegesprek Kanaalzicht Logistiek",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45), zone=AMS),
        meeting_url="https://meet.google.com/qzr-hvxe-pdn",
        company="Kanaalzicht Logistiek",
    )


# --------------------------------------------------------------------------------------
# stepstone and xing: German job boards' message relays


@family(
    "StepStone candidate-message notifications as shown in StepStone's help pages ('Sie haben "
    "eine neue Nachricht zu Ihrer Bewerbung', employer text below, reply link) and status mails"
)
def stepstone() -> Iterator[Case]:
    fam = "stepstone"
    cand = ("Miriam Hoffmann", "miriam.hoffmann@webpost.example")
    relay = ("Nordhafen Energie GmbH über StepStone", "nachrichten@stepstone-relay.example")
    sent = at(2026, 4, 27, 14, 3, BER)
    start = at(2026, 5, 5, 9, 30, BER, "Tue")
    body = (
        "Sie haben eine neue Nachricht zu Ihrer Bewerbung\n\nStelle: Projektingenieur "
        "Netzausbau (m/w/d)\nArbeitgeber: Nordhafen Energie GmbH\n\n---\nSehr geehrte Frau "
        "Hoffmann,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem "
        "Vorstellungsgespräch am Dienstag, 05.05.2026 um 09:30 Uhr in unsere Zentrale "
        "(Kaistraße 4, Hamburg) ein. Dauer: 60 Minuten.\n\nMit freundlichen Grüßen\nSvenja "
        "Thiel, Personalabteilung\n---\n\nAntworten Sie direkt über Ihr StepStone-Konto.\n"
    )
    yield direct(
        fam,
        "de_vorstellungsgespraech_dauer",
        "de",
        "Employer text in a StepStone relay: 'Dienstag, 05.05.2026 um 09:30 Uhr', 'Dauer: 60 "
        "Minuten'; no zone.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Neue Nachricht: Projektingenieur Netzausbau (m/w/d)",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=60), sent=sent),
        company="Nordhafen Energie GmbH",
    )

    sent = at(2026, 4, 20, 8, 11, BER)
    body = (
        "Gute Nachrichten, Miriam!\n\nIhre Bewerbung als Projektingenieur Netzausbau (m/w/d) "
        "bei Nordhafen Energie GmbH wurde am 19.04.2026 um 16:42 Uhr angesehen.\n\nStatus: In "
        "Prüfung\n\nTipp: Bereiten Sie sich schon jetzt auf ein mögliches "
        "Vorstellungsgespräch vor - mit unserem Interview-Ratgeber.\n\nIhr StepStone-Team\n"
    )
    yield direct(
        fam,
        "de_bewerbung_angesehen",
        "de",
        "Status mail: the application was viewed at a date and time; mentions a possible "
        "interview. Not an invitation.",
        "not_invitation",
        sender=("StepStone", "service@stepstone-relay.example"),
        to=cand,
        subject="Ihre Bewerbung wurde angesehen",
        sent=sent,
        body=body,
    )

    sent = at(2026, 4, 21, 16, 20, BER)
    body = (
        "Sie haben eine neue Nachricht zu Ihrer Bewerbung\n\nStelle: Sachbearbeiter Einkauf "
        "(m/w/d)\n\n---\nSehr geehrte Frau Hoffmann,\n\nnochmals vielen Dank für das "
        "angenehme Gespräch am 14.04.2026 um 11:00 Uhr. Nach sorgfältiger Abwägung haben wir "
        "uns für eine andere Kandidatin entschieden.\n\nWir wünschen Ihnen alles Gute.\n"
        "Lindenhof Handel AG\n---\n"
    )
    yield direct(
        fam,
        "de_absage_nach_gespraech",
        "de",
        "Rejection naming the past interview date and time: not an invitation.",
        "not_invitation",
        sender=("Lindenhof Handel AG über StepStone", "nachrichten@stepstone-relay.example"),
        to=cand,
        subject="Neue Nachricht: Sachbearbeiter Einkauf (m/w/d)",
        sent=sent,
        body=body,
    )

    sent = at(2026, 3, 19, 10, 12, BER)
    start = at(2026, 3, 26, 14, 0, BER, "Thu")
    body = (
        "Sie haben eine neue Nachricht zu Ihrer Bewerbung\n\nStelle: Controller (m/w/d)\n\n"
        "---\nHallo Frau Hoffmann,\n\nwie telefonisch besprochen bestätige ich Ihnen "
        "folgenden Termin für das Videointerview:\n\nTermin: Donnerstag, 26.03.2026, "
        "14:00 - 14:45 Uhr MEZ\nLink: https://teams.example.net/l/meetup/ctrl-7731\n\n"
        "Beste Grüße\nJörg Albers, Talent Acquisition, Elbwerk Chemie\n---\n"
    )
    yield direct(
        fam,
        "de_mez_fwd_outlook",
        "de",
        "Outlook (de) forward of a StepStone relay: 'Donnerstag, 26.03.2026, 14:00 - 14:45 Uhr "
        "MEZ', three days before the switch to summer time; MEZ is an abbreviation.",
        "invitation",
        sender=("Elbwerk Chemie über StepStone", "nachrichten@stepstone-relay.example"),
        to=cand,
        subject="Neue Nachricht: Controller (m/w/d)",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45)),
        fwd=("outlook", "de", BER, "Bitte eintragen."),
    )


@family(
    "XING message notifications as described in XING's help centre ('Sie haben eine neue "
    "Nachricht von ...', message preview, link to the inbox) and XING job recommendation mails"
)
def xing() -> Iterator[Case]:
    fam = "xing"
    cand = ("Florian Baumann", "f.baumann@postfach.example")
    relay = ("Katrin Seidl via XING", "mailrobot@xing-relay.example")
    sent = at(2026, 4, 9, 18, 2, BER)
    start = at(2026, 4, 17, 11, 0, BER, "Fri")
    body = (
        'Katrin Seidl hat Ihnen eine Nachricht geschickt:\n\n"Hallo Herr Baumann, danke für '
        "das nette Telefonat! Wie besprochen habe ich für das Interview mit unserem CTO "
        "Freitag, den 17. April, 11:00 Uhr eingeplant - er ruft Sie unter der angegebenen "
        'Nummer an. Viele Grüße, Katrin Seidl (Recruiting, Quellwerk Software)"\n\n'
        "Nachricht beantworten: https://www.xing-relay.example/chats/8812\n"
    )
    yield direct(
        fam,
        "de_telefoninterview_ohne_jahr",
        "de",
        "XING message: 'Freitag, den 17. April, 11:00 Uhr eingeplant'; year from the Date: "
        "header, no zone.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Neue Nachricht von Katrin Seidl",
        sent=sent,
        body=body,
        times=timed(start, sent=sent),
    )

    sent = at(2026, 5, 4, 7, 30, BER)
    body = (
        "Hallo Florian,\n\nneue Jobs, die zu Ihnen passen:\n\n- Senior Backend Developer, "
        "Quellwerk Software, Leipzig\n- Platform Engineer, Rheinblick IT, Köln\n\n"
        "Außerdem: XING Karrieretag am Dienstag, 12. Mai, 10 - 16 Uhr - Interviews direkt "
        "vor Ort mit 40 Arbeitgebern. Jetzt kostenlos anmelden!\n\nIhr XING-Team\n"
    )
    yield direct(
        fam,
        "de_jobempfehlung_karrieretag",
        "de",
        "Job recommendations plus a career-day promo with a time window: not an invitation.",
        "not_invitation",
        sender=("XING", "jobs@xing-relay.example"),
        to=cand,
        subject="Florian, 2 neue Jobs für Sie",
        sent=sent,
        body=body,
    )

    cand = ("Nadine Keller", "nadine.keller@postfach.example")
    relay = ("Urs Brunner via XING", "mailrobot@xing-relay.example")
    sent = at(2026, 5, 28, 9, 14, ZRH)
    start = at(2026, 6, 8, 16, 0, ZRH, "Mon")
    body = (
        'Urs Brunner hat Ihnen eine Nachricht geschickt:\n\n"Grüezi Frau Keller, gerne '
        "bestätige ich Ihnen das Zweitgespräch.\nGesprächstermin: Mo., 8. Juni 2026, 16:00 "
        "Uhr (Schweizer Zeit), per Videocall. Dauer ca. eine Stunde. Freundliche Grüsse, Urs "
        'Brunner, Alpbach Treuhand AG"\n\nNachricht beantworten: '
        "https://www.xing-relay.example/chats/9120\n"
    )
    yield direct(
        fam,
        "de_ch_schweizer_zeit",
        "de",
        "Swiss recruiter on XING: 'Mo., 8. Juni 2026, 16:00 Uhr (Schweizer Zeit)'; 'ca. eine "
        "Stunde' is approximate.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Neue Nachricht von Urs Brunner",
        sent=sent,
        body=body,
        times=timed(start, zone=ZRH),
    )

    sent = at(2026, 5, 11, 12, 0, BER)
    body = (
        "Hi Florian,\n\nAnja Roth (Talent Partner, Quellwerk Software) viewed your profile "
        'and left a note: "Would love to chat about our platform team - are you open to a '
        'call some time next week? Just send me two or three slots that suit you."\n\n'
        "Reply on XING: https://www.xing-relay.example/chats/9311\n"
    )
    yield direct(
        fam,
        "en_recruiter_asks_for_slots",
        "en",
        "Recruiter asks the candidate to propose slots: no fixed time, not an invitation.",
        "not_invitation",
        sender=("Anja Roth via XING", "mailrobot@xing-relay.example"),
        to=cand,
        subject="Anja Roth sent you a message",
        sent=sent,
        body=body,
    )


# --------------------------------------------------------------------------------------
# linkedin: InMail notification mails carrying the recruiter's text


@family(
    "LinkedIn message/InMail notification mails as shown in LinkedIn Help ('<name> sent you a "
    "new message', the message text, 'Reply' and 'View profile' links) and candidates' "
    "forwards of them"
)
def linkedin() -> Iterator[Case]:
    fam = "linkedin"
    cand = ("Marcus Tan", "marcus.tan@mailbox.example")
    relay = ("Rachel Ong via LinkedIn", "messages-noreply@linkedin-relay.example")
    sent = at(2026, 6, 3, 11, 48, SIN)
    start = at(2026, 6, 10, 15, 0, SIN, "Wed")
    body = (
        "Rachel Ong sent you a new message\n\nRachel Ong\nTalent Acquisition Lead at "
        "Straitsbridge Payments\n\n\"Hi Marcus, thanks for getting back to me! I've booked us "
        "in for a first conversation on Wednesday 10 June, 3:00-3:30pm SGT. I'll call you on "
        'Zoom: https://straitsbridge.zoom.us/j/84412096311 - speak then!"\n\nReply\n'
        "View profile\n\nYou are receiving InMail notification emails.\n"
    )
    yield direct(
        fam,
        "en_inmail_sgt",
        "en",
        "InMail notification: 'Wednesday 10 June, 3:00-3:30pm SGT' (year from the Date: "
        "header); SGT names Asia/Singapore.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Rachel Ong sent you a new message",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=30), zone=SIN),
        meeting_url="https://straitsbridge.zoom.us/j/84412096311",
    )

    sent = at(2026, 6, 1, 9, 5, SIN)
    body = (
        'Daniel Koh sent you a new message\n\n"Hi Marcus, I came across your profile and '
        "think you'd be a great fit for a Risk Analytics role with my client. Would you be "
        'free for a quick chat next week? Let me know a couple of times that work."\n\n'
        "Reply\nView profile\n"
    )
    yield direct(
        fam,
        "en_inmail_asks_availability",
        "en",
        "Cold InMail asking for availability: no slot, not an invitation.",
        "not_invitation",
        sender=("Daniel Koh via LinkedIn", "messages-noreply@linkedin-relay.example"),
        to=cand,
        subject="Daniel Koh sent you a new message",
        sent=sent,
        body=body,
    )

    cand = ("Noa Levi", "noa.levi@doar.example")
    relay = ("Yael Mizrahi via LinkedIn", "messages-noreply@linkedin-relay.example")
    sent = at(2026, 4, 7, 16, 22, JRS)
    start = at(2026, 4, 14, 10, 0, JRS, "Tue")
    body = (
        'Yael Mizrahi sent you a new message\n\n"היי נועה, תודה על השיחה! קבענו ראיון '
        "עם מנהלת הצוות ביום שלישי, 14.4.2026 בשעה 10:00 (שעון ישראל) במשרדים שלנו "
        'ברחוב הברזל 30, תל אביב. הראיון יימשך כשעה. בהצלחה, יעל"\n\nReply\nView profile\n'
    )
    yield direct(
        fam,
        "he_israel_time",
        "he",
        "Hebrew recruiter text in an English notification: 'ביום שלישי, 14.4.2026 בשעה "
        "10:00 (שעון ישראל)'; 'כשעה' (about an hour) gives no end.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Yael Mizrahi sent you a new message",
        sent=sent,
        body=body,
        times=timed(start, zone=JRS),
    )

    cand = ("Olivia Grant", "olivia.grant@inbox.example")
    relay = ("Ben Harper via LinkedIn", "messages-noreply@linkedin-relay.example")
    sent = at(2026, 3, 2, 8, 40, SYD)
    start = at(2026, 3, 5, 9, 30, SYD, "Thu")
    body = (
        'Ben Harper sent you a new message\n\n"Morning Olivia - confirming your interview '
        "with our Head of Product on Thursday 5 March at 9:30am AEDT, 45 mins, on Google "
        'Meet: https://meet.google.com/vbn-qwer-tyu . Cheers, Ben (Kookaburra Health)"\n\n'
        "Reply\nView profile\n"
    )
    yield direct(
        fam,
        "en_aedt_fwd_gmail",
        "en",
        "Gmail forward of an InMail: 'Thursday 5 March at 9:30am AEDT, 45 mins'; AEDT is an "
        "abbreviation (no timezone label).",
        "invitation",
        sender=relay,
        to=cand,
        subject="Ben Harper sent you a new message",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45)),
        meeting_url="https://meet.google.com/vbn-qwer-tyu",
        fwd=("gmail", "en", SYD, ""),
    )

    cand = ("Ilya Smirnov", "ilya.smirnov@pochta.example")
    relay = ("Анна Волкова via LinkedIn", "messages-noreply@linkedin-relay.example")
    sent = at(2026, 5, 12, 15, 10, MSK)
    start = at(2026, 5, 19, 11, 0, MSK, "Tue")
    body = (
        'Анна Волкова sent you a new message\n\n"Илья, добрый день! Приглашаем вас на '
        "техническое собеседование во вторник, 19 мая 2026 г., в 11:00 по московскому "
        "времени (МСК). Продолжительность - 1 час. Ссылка: "
        'https://telemost.example.net/j/5521908. С уважением, Анна"\n\nReply\n'
    )
    yield direct(
        fam,
        "ru_msk_fwd_gmail",
        "ru",
        "Russian InMail, Gmail (ru UI) forward: 'во вторник, 19 мая 2026 г., в 11:00 по "
        "московскому времени (МСК)', 'Продолжительность - 1 час'.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Анна Волкова sent you a new message",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(hours=1), zone=MSK),
        meeting_url="https://telemost.example.net/j/5521908",
        fwd=("gmail", "ru", MSK, "Сохраните, пожалуйста."),
    )


# --------------------------------------------------------------------------------------
# indeed, naukri, seek, jobstreet: job boards' employer-message relays


@family(
    "Indeed employer-message relays (sender shown as '<name> (Indeed)' from an indeedemail "
    "address, as in a publicly posted Indeed mail's headers on pastebin) and Indeed's "
    "'interview scheduled' / application-status / assessment-reminder mails"
)
def indeed() -> Iterator[Case]:
    fam = "indeed"
    cand = ("Jasmine Reyes", "jasmine.reyes@inbox.example")
    relay = ("Hollis Dental Group (Indeed)", "hollisdental-4k2_wcm@indeedemail.example")
    sent = at(2026, 3, 5, 13, 4, NY)
    start = at(2026, 3, 9, 10, 0, NY, "Mon")
    body = (
        "Interview scheduled\n\nHollis Dental Group has scheduled an interview with you for "
        "Front Office Coordinator.\n\nInterview type: Phone call\nDate: Monday, March 9, "
        "2026\nTime: 10:00 AM - 10:30 AM EDT\nThey will call you at (555) 010-4471.\n\n"
        'Message from the employer:\n"Looking forward to speaking with you! - Carla"\n\n'
        "Need to reschedule? Reply to this message.\n"
    )
    yield direct(
        fam,
        "en_phone_edt_day_after_switch",
        "en",
        "Indeed interview notice sent in EST for Monday 9 March, the day after US clocks "
        "change: '10:00 AM - 10:30 AM EDT'.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Interview scheduled: Front Office Coordinator",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=30)),
        company="Hollis Dental Group",
        role="Front Office Coordinator",
    )

    sent = at(2026, 3, 2, 9, 0, NY)
    body = (
        "Your application was viewed\n\nHollis Dental Group viewed your application for "
        "Front Office Coordinator on March 1, 2026 at 4:12 PM.\n\nEmployers who view "
        "applications often reach out to schedule interviews within a week. Keep an eye on "
        "your inbox!\n"
    )
    yield direct(
        fam,
        "en_application_viewed",
        "en",
        "Application-status mail with a date and time and the word 'interviews': not an "
        "invitation.",
        "not_invitation",
        sender=("Indeed", "alert@indeed-relay.example"),
        to=cand,
        subject="An employer viewed your application",
        sent=sent,
        body=body,
    )

    sent = at(2026, 5, 5, 8, 30, CHI)
    body = (
        "Reminder: complete your assessment\n\nSummit Freight asked you to complete the "
        "'Customer Service Skills' assessment for Dispatcher.\n\nDue: Friday, May 8 at "
        "11:59 PM CDT (about 25 minutes)\n\nCandidates who finish the assessment are "
        "considered for interviews first.\n\nStart assessment: https://indeed-relay.example/"
        "a/93kd\n"
    )
    yield direct(
        fam,
        "en_assessment_deadline",
        "en",
        "Assessment deadline with a time and a duration: a task, not an invitation.",
        "not_invitation",
        sender=("Indeed", "alert@indeed-relay.example"),
        to=cand,
        subject="Reminder: assessment due Friday",
        sent=sent,
        body=body,
    )

    cand = ("Rohan Mehta", "rohan.mehta@mailbox.example")
    relay = ("Peacock Analytics (Indeed)", "peacock-analytics-77_wcm@indeedemail.example")
    sent = at(2026, 6, 12, 12, 5, KOL)
    start = at(2026, 6, 17, 16, 0, KOL, "Wed")
    body = (
        "Interview scheduled\n\nPeacock Analytics has scheduled a video interview with you "
        "for Data Analyst.\n\nWed, 17 Jun 2026, 4:00 PM IST (45 min)\nJoin: "
        'https://meet.google.com/pkc-fmwd-tzs\n\nMessage from the employer:\n"Please keep '
        'your SQL portfolio handy."\n'
    )
    yield direct(
        fam,
        "en_in_video_ist",
        "en",
        "Indeed India: 'Wed, 17 Jun 2026, 4:00 PM IST (45 min)'; IST in an Indian context.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Interview scheduled: Data Analyst",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45), zone=KOL),
        meeting_url="https://meet.google.com/pkc-fmwd-tzs",
        company="Peacock Analytics",
    )

    cand = ("Léa Garnier", "lea.garnier@courriel.example")
    relay = ("Boulangeries Marceau (Indeed)", "marceau-2fa_wcm@indeedemail.example")
    sent = at(2026, 5, 6, 17, 40, PAR)
    start = at(2026, 5, 12, 10, 0, PAR, "Tue")
    body = (
        "Entretien planifié\n\nBoulangeries Marceau a planifié un entretien avec vous pour "
        "le poste de Responsable de magasin.\n\nType : en personne\nDate : mardi 12 mai "
        "2026\nHeure : 10:00 - 10:45 (heure de Paris)\nAdresse : 18 avenue Jean-Jaurès, "
        "Lyon\n"
    )
    yield direct(
        fam,
        "fr_heure_de_paris",
        "fr",
        "Indeed France: 'mardi 12 mai 2026', '10:00 - 10:45 (heure de Paris)'.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Entretien planifié : Responsable de magasin",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45), zone=PAR),
        company="Boulangeries Marceau",
    )


@family(
    "Naukri recruiter-mail and application-status notifications as shown on Naukri's help "
    "pages, walk-in drive notices as posted on Indian job boards, and Hinglish recruiter "
    "messages as quoted in public Indian job-seeker forums"
)
def naukri() -> Iterator[Case]:
    fam = "naukri"
    cand = ("Priya Sharma", "priya.sharma@mailbox.example")
    relay = ("Ritika (HR) via Naukri", "recruitermail@naukri-relay.example")
    sent = at(2026, 6, 15, 18, 20, KOL)
    start = at(2026, 6, 18, 11, 30, KOL, "Thu")
    body = (
        "Hi Priya,\n\nAapka profile humein bahut pasand aaya. Aapka first round interview "
        "18 June 2026 (Thursday) ko subah 11:30 baje IST par schedule hua hai, Google Meet "
        "par: https://meet.google.com/hgt-ewqa-rty\n\nInterview lagbhag 30-40 minute ka "
        "hoga. Kripya apna updated resume aur ID ready rakhein.\n\nThanks & Regards,\n"
        "Ritika Verma\nHR, Saffron Fintech Pvt. Ltd.\n"
    )
    yield direct(
        fam,
        "hien_subah_baje_ist",
        "hi-en",
        "Hinglish: '18 June 2026 (Thursday) ko subah 11:30 baje IST'; '30-40 minute' is a "
        "range (no end).",
        "invitation",
        sender=relay,
        to=cand,
        subject="Interview Schedule - Saffron Fintech",
        sent=sent,
        body=body,
        times=timed(start, zone=KOL),
        meeting_url="https://meet.google.com/hgt-ewqa-rty",
    )

    sent = at(2026, 6, 10, 9, 15, KOL)
    body = (
        "Hi Priya,\n\nGood news! Aapki application 'Backend Developer' (Tulsi Systems) "
        "shortlist ho gayi hai.\n\nStatus: Shortlisted\nInterview date recruiter jald hi "
        "share karega - 20 June tak intezaar karein.\n\nTeam Naukri\n"
    )
    yield direct(
        fam,
        "hien_shortlisted_no_date",
        "hi-en",
        "Shortlist status in Hinglish: the interview date will follow ('20 June tak "
        "intezaar karein'). Not an invitation.",
        "not_invitation",
        sender=("Naukri", "info@naukri-relay.example"),
        to=cand,
        subject="Application status update: Shortlisted",
        sent=sent,
        body=body,
    )

    sent = at(2026, 5, 18, 10, 0, KOL)
    body = (
        "Walk-in Drive for Customer Support (Voice) - Pune\n\nDate: 23rd May 2026 "
        "(Saturday)\nTime: 10:00 AM to 1:00 PM\nVenue: Oakline BPO, 4th Floor, Baner Road, "
        "Pune\nContact: HR Sneha\n\nCarry 2 copies of resume and a photo ID. Freshers "
        "welcome.\n"
    )
    yield direct(
        fam,
        "en_walkin_window",
        "en",
        "Walk-in drive open from 10:00 AM to 1:00 PM: a window anyone may attend, no slot "
        "for this candidate; whether it is an invitation is a matter of policy, so neither "
        "kind nor start is labelled.",
        None,
        sender=("Naukri Walk-ins", "walkins@naukri-relay.example"),
        to=cand,
        subject="Walk-in Drive: Customer Support (Voice) - 23rd May",
        sent=sent,
        body=body,
    )

    cand = ("Arjun Nair", "arjun.nair@mailbox.example")
    relay = ("Deepa Iyer", "deepa.iyer@kovalam-tech.example")
    sent = at(2026, 6, 29, 15, 40, KOL)
    start = at(2026, 7, 2, 15, 0, KOL, "Thu")
    body = (
        "Dear Arjun,\n\nWith reference to your application on Naukri, please find your "
        "interview details:\n\nRound: Technical (L1)\nDate: 02-07-2026\nTime: 3:00 PM\n"
        "Mode: Microsoft Teams (link will be shared 1 hour before)\n\nRegards,\nDeepa Iyer\n"
        "Talent Acquisition, Kovalam Tech\n"
    )
    yield direct(
        fam,
        "en_ddmmyyyy_fwd_gmail",
        "en",
        "Gmail forward of an Indian recruiter mail: 'Date: 02-07-2026' is 2 July (Indian "
        "day-first order), 'Time: 3:00 PM'; no zone written.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Interview details - Technical L1",
        sent=sent,
        body=body,
        times=timed(start, sent=sent),
        fwd=("gmail", "en", "", "fyi"),
    )


@family(
    "SEEK employer messages and application-status mails as described in SEEK's candidate "
    "help pages (Australia and New Zealand), with zone words as Australian and NZ employers "
    "write them (AEST/AEDT, 'Sydney time', NZST/NZDT)"
)
def seek() -> Iterator[Case]:
    fam = "seek"
    cand = ("Hannah Price", "hannah.price@inbox.example")
    relay = ("Wattle Freight via SEEK", "employer-messages@seek-relay.example")
    sent = at(2026, 3, 30, 14, 10, SYD)
    start = at(2026, 4, 2, 10, 0, SYD, "Thu")
    body = (
        "You have a message from Wattle Freight about your application for Payroll "
        "Officer.\n\n\"Hi Hannah, we'd love to meet you. Interview: Thursday 2 April 2026, "
        '10:00am AEDT, Level 3, 88 Pitt St. Please allow 45 minutes. Kind regards, Nicole"\n'
    )
    yield direct(
        fam,
        "en_au_aedt",
        "en",
        "SEEK employer message: 'Thursday 2 April 2026, 10:00am AEDT', 'allow 45 minutes' "
        "(an allowance, not a stated end); abbreviation only.",
        "invitation",
        sender=relay,
        to=cand,
        subject="Message from Wattle Freight",
        sent=sent,
        body=body,
        times=timed(start),
    )

    sent = at(2026, 4, 2, 16, 45, SYD)
    start = at(2026, 4, 7, 14, 30, SYD, "Tue")
    body = (
        "You have a message from Banksia Legal about your application for Legal "
        'Secretary.\n\n"Hi Hannah, thanks for your application. Could you come in on '
        "Tuesday 7 April 2026 at 2:30pm (Sydney time)? We've pencilled you in - it will "
        'run 2:30-3:15pm with our practice manager."\n'
    )
    yield direct(
        fam,
        "en_au_sydney_time_dst_end",
        "en",
        "Sent in AEDT for a slot after the 5 April change to AEST: 'Tuesday 7 April 2026 at "
        "2:30pm (Sydney time)', '2:30-3:15pm'.",
        "invitation",
        sender=("Banksia Legal via SEEK", "employer-messages@seek-relay.example"),
        to=cand,
        subject="Message from Banksia Legal",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45), zone=SYD),
    )

    cand = ("Tama Ngata", "tama.ngata@inbox.example")
    sent = at(2026, 9, 23, 11, 0, AKL)
    start = at(2026, 9, 28, 9, 0, AKL, "Mon")
    body = (
        "You have a message from Kauri Water about your application for Field "
        'Technician.\n\n"Kia ora Tama, interview confirmed for Monday 28 September 2026, '
        "9:00am NZDT (first week of daylight saving - don't be an hour early!) at our "
        'Hamilton depot. Ngā mihi, Aroha"\n'
    )
    yield direct(
        fam,
        "en_nz_nzdt_dst_start",
        "en",
        "NZ employer, sent in NZST for Monday 28 September, the day after NZ daylight saving "
        "starts: '9:00am NZDT'.",
        "invitation",
        sender=("Kauri Water via SEEK", "employer-messages@seek-relay.example"),
        to=cand,
        subject="Message from Kauri Water",
        sent=sent,
        body=body,
        times=timed(start),
    )

    sent = at(2026, 5, 4, 9, 0, SYD)
    body = (
        "Application update\n\nPayroll Officer - Wattle Freight\nStatus: Interviewing\n\n"
        "The employer has finished first interviews and will be in touch by Friday 15 May "
        "2026 about next steps.\n"
    )
    yield direct(
        fam,
        "en_status_in_touch_by",
        "en",
        "'will be in touch by Friday 15 May 2026': a status update, not an invitation.",
        "not_invitation",
        sender=("SEEK", "noreply@seek-relay.example"),
        to=cand,
        subject="Update on your application",
        sent=sent,
        body=body,
    )


@family(
    "JobStreet employer messages and application-status mails as shown in JobStreet's "
    "candidate help pages (Philippines, Malaysia, Singapore), in the languages employers "
    "there write: Taglish, Bahasa Melayu, English; and a Vietnamese recruiter mail"
)
def jobstreet() -> Iterator[Case]:
    fam = "jobstreet"
    cand = ("Maria Santos", "maria.santos@inbox.example")
    sent = at(2026, 6, 15, 10, 30, MNL)
    start = at(2026, 6, 18, 14, 0, MNL, "Thu")
    body = (
        "Hi Maria,\n\nSalamat sa iyong application bilang Customer Success Associate! Ang "
        "iyong initial interview ay sa Huwebes, Hunyo 18, 2026, 2:00 PM (PHT), sa aming "
        "opisina sa 12F Ayala Tower, Makati City. Magdala ng valid ID at dalawang kopya ng "
        "resume.\n\nSalamat po,\nJoy Villanueva\nHR, Bayanihan Outsourcing Inc.\n"
    )
    yield direct(
        fam,
        "tl_pht_makati",
        "tl",
        "Taglish: 'sa Huwebes, Hunyo 18, 2026, 2:00 PM (PHT)'; PHT names Asia/Manila.",
        "invitation",
        sender=("Joy Villanueva", "joy.v@bayanihan-outsourcing.example"),
        to=cand,
        subject="Interview Invitation - Customer Success Associate",
        sent=sent,
        body=body,
        times=timed(start, zone=MNL),
    )

    cand = ("Nurul Aina", "nurul.aina@emel.example")
    sent = at(2026, 6, 3, 9, 20, KUL)
    start = at(2026, 6, 9, 10, 0, KUL, "Tue")
    body = (
        "Assalamualaikum dan salam sejahtera Cik Nurul Aina,\n\nTerima kasih atas permohonan "
        "anda bagi jawatan Eksekutif Akaun. Anda dijemput untuk hadir ke temu duga pada hari "
        "Selasa, 9 Jun 2026, jam 10.00 pagi (waktu Malaysia) di Aras 5, Menara Seri, Kuala "
        "Lumpur. Temu duga dijangka mengambil masa 45 minit.\n\nSekian, terima kasih.\n"
        "Jabatan Sumber Manusia, Seri Niaga Sdn. Bhd.\n"
    )
    yield direct(
        fam,
        "ms_waktu_malaysia",
        "ms",
        "Malay: 'hari Selasa, 9 Jun 2026, jam 10.00 pagi (waktu Malaysia)', 45 minit.",
        "invitation",
        sender=("Seri Niaga HR", "hr@seriniaga.example"),
        to=cand,
        subject="Jemputan Temu Duga - Eksekutif Akaun",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45), zone=KUL),
    )

    sent = at(2026, 6, 5, 15, 0, KUL)
    body = (
        "Hai Nurul,\n\nPermohonan anda untuk jawatan Pegawai Pemasaran sedang disemak oleh "
        "majikan. Jika anda disenarai pendek, majikan akan menghubungi anda untuk temu duga "
        "sebelum 30 Jun 2026.\n\nJobStreet\n"
    )
    yield direct(
        fam,
        "ms_status_disemak",
        "ms",
        "Malay status mail: employer will contact 'sebelum 30 Jun 2026' about an interview. "
        "Not an invitation.",
        "not_invitation",
        sender=("JobStreet", "noreply@jobstreet-relay.example"),
        to=cand,
        subject="Kemas kini permohonan anda",
        sent=sent,
        body=body,
    )

    cand = ("Wei Ling Chua", "weiling.chua@inbox.example")
    sent = at(2026, 6, 16, 17, 5, SIN)
    start = at(2026, 6, 23, 14, 0, SIN, "Tue")
    body = (
        "Dear Wei Ling,\n\nThank you for applying via JobStreet. We are pleased to invite "
        "you for an interview.\n\nInterview slot: 23/06/2026 (Tue), 14:00-14:45 SGT\n"
        "Venue: 1 Raffles Link, #05-02\nInterviewer: Mr Lim (Finance Manager)\n\n"
        "Best regards,\nMerlion Shipping Pte Ltd\n"
    )
    yield direct(
        fam,
        "en_sg_ddmm_sgt",
        "en",
        "Singapore: 'Interview slot: 23/06/2026 (Tue), 14:00-14:45 SGT'.",
        "invitation",
        sender=("Merlion Shipping HR", "hr@merlion-shipping.example"),
        to=cand,
        subject="Interview Invitation",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45), zone=SIN),
    )

    cand = ("Nguyễn Thu Hà", "thuha.nguyen@thu.example")
    sent = at(2026, 6, 10, 16, 30, HCM)
    start = at(2026, 6, 16, 9, 0, HCM, "Tue")
    body = (
        "Chào bạn Thu Hà,\n\nCảm ơn bạn đã ứng tuyển vị trí Chuyên viên Tuyển dụng. Công ty "
        "trân trọng mời bạn tham dự buổi phỏng vấn vào lúc 9h00 sáng thứ Ba, ngày "
        "16/06/2026 (giờ Việt Nam) tại tầng 8, tòa nhà Sen Vàng, Quận 1, TP.HCM. Thời gian "
        "dự kiến: 60 phút.\n\nTrân trọng,\nPhòng Nhân sự, Công ty CP Sen Vàng\n"
    )
    yield direct(
        fam,
        "vi_gio_viet_nam_fwd_gmail",
        "vi",
        "Vietnamese, Gmail (vi UI) forward: '9h00 sáng thứ Ba, ngày 16/06/2026 (giờ Việt "
        "Nam)'; 'Thời gian dự kiến: 60 phút' is an expected duration (no end).",
        "invitation",
        sender=("Phòng Nhân sự Sen Vàng", "tuyendung@senvang.example"),
        to=cand,
        subject="Thư mời phỏng vấn - Chuyên viên Tuyển dụng",
        sent=sent,
        body=body,
        times=timed(start, zone=HCM),
        fwd=("gmail", "vi", HCM, ""),
    )


# --------------------------------------------------------------------------------------
# slacknotif, voicemail, sms: notification mails that carry a person's words


@family(
    "Slack e-mail notifications for direct messages and mentions as described in Slack's help "
    "centre ('You have a new direct message', message excerpt, 'Open Slack' link), workspace "
    "invitations and unread digests"
)
def slacknotif() -> Iterator[Case]:
    fam = "slacknotif"
    cand = ("Elena Rossi", "elena.rossi@posta.example")
    relay = ("Slack", "notification@slack-relay.example")
    sent = at(2026, 5, 6, 14, 2, BER)
    start = at(2026, 5, 12, 11, 0, BER, "Tue")
    body = (
        "You have a new direct message from Jonas Kraft in Lumen Labs Guests\n\n"
        "Jonas Kraft  2:01 PM\nhey Elena! all set for your pairing interview: Tue 12 May "
        "11:00 CEST with Priya, 90 min. link: https://meet.google.com/lmn-opqr-stu\n\n"
        "Open Slack: https://lumenlabs-guests.slack-relay.example/archives/D07\n"
    )
    yield direct(
        fam,
        "en_dm_cest",
        "en",
        "Slack DM notification: 'Tue 12 May 11:00 CEST ... 90 min'; CEST is an abbreviation.",
        "invitation",
        sender=relay,
        to=cand,
        subject="[Slack] New message from Jonas Kraft in Lumen Labs Guests",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=90)),
        meeting_url="https://meet.google.com/lmn-opqr-stu",
    )

    sent = at(2026, 5, 7, 18, 0, BER)
    body = (
        "You have 3 unread messages in Lumen Labs Guests\n\n#candidates-elena\n"
        "Jonas Kraft: debrief from today's interviews is at 4pm tomorrow, internal only\n"
        "Priya Das: notes are in the doc\nJonas Kraft: Elena, we'll update you by Friday\n\n"
        "Open Slack\n"
    )
    yield direct(
        fam,
        "en_unread_digest_debrief",
        "en",
        "Unread digest naming an internal debrief time and 'we'll update you by Friday': not "
        "an invitation for the reader.",
        "not_invitation",
        sender=relay,
        to=cand,
        subject="[Slack] 3 unread messages in Lumen Labs Guests",
        sent=sent,
        body=body,
    )

    cand = ("Beatriz Lima", "beatriz.lima@correio.example")
    sent = at(2026, 5, 18, 9, 40, SAO)
    start = at(2026, 5, 21, 15, 0, SAO, "Thu")
    body = (
        "Você tem uma nova mensagem direta de Rafael Costa em Ipê Tecnologia\n\n"
        "Rafael Costa  9:38\nOi Beatriz! Confirmado: sua entrevista com a diretoria será "
        "quinta-feira, 21 de maio, às 15h (horário de Brasília), duração de 1 hora. "
        "Link: https://meet.google.com/ipe-tecn-ola\n\nAbrir o Slack\n"
    )
    yield direct(
        fam,
        "ptbr_dm_horario_brasilia",
        "pt-BR",
        "Slack DM (pt-BR): 'quinta-feira, 21 de maio, às 15h (horário de Brasília), duração "
        "de 1 hora'.",
        "invitation",
        sender=relay,
        to=cand,
        subject="[Slack] Nova mensagem de Rafael Costa",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(hours=1), zone=SAO),
        meeting_url="https://meet.google.com/ipe-tecn-ola",
    )

    sent = at(2026, 5, 4, 10, 0, BER)
    body = (
        "Jonas Kraft has invited you to join the Slack workspace Lumen Labs Guests, used for "
        "candidate coordination.\n\nJoin now: https://join.slack-relay.example/t/lumen\n\n"
        "This invitation expires on 18 May 2026 at 10:00.\n"
    )
    yield direct(
        fam,
        "en_workspace_invite",
        "en",
        "Workspace invitation with an expiry time: a chat invitation, not an interview.",
        "not_invitation",
        sender=("Slack", "feedback@slack-relay.example"),
        to=cand,
        subject="Jonas Kraft has invited you to work with them in Slack",
        sent=sent,
        body=body,
    )


@family(
    "Voicemail-to-email transcription mails (Google Voice 'New voicemail from ...' with a "
    "transcript, carrier 'Sprachbox' mails with a transcription block) as described on the "
    "providers' help pages"
)
def voicemail() -> Iterator[Case]:
    fam = "voicemail"
    cand = ("Kevin Walsh", "kevin.walsh@inbox.example")
    relay = ("Voice", "voice-noreply@voice-relay.example")
    sent = at(2026, 5, 11, 11, 26, NY)
    start = at(2026, 5, 14, 13, 30, NY, "Thu")
    body = (
        "New voicemail from (617) 555-0172 at 11:24 AM\n\nTranscript: Hi Kevin, this is Dana "
        "from Larkspur Insurance. Calling to set up your interview with Mark, we've got you "
        "down for this Thursday the 14th at 1:30 in the afternoon at our Boylston street "
        "office. If that doesn't work just give me a call back. Thanks, bye.\n\n"
        "Play message: https://voice-relay.example/v/83kd\n"
    )
    yield direct(
        fam,
        "en_transcript_thursday_14th",
        "en",
        "Voicemail transcript: 'this Thursday the 14th at 1:30 in the afternoon', month and "
        "year from the Date: header; no zone.",
        "invitation",
        sender=relay,
        to=cand,
        subject="New voicemail from (617) 555-0172",
        sent=sent,
        body=body,
        times=timed(start, sent=sent),
    )

    sent = at(2026, 5, 8, 16, 2, NY)
    body = (
        "New voicemail from (617) 555-0199 at 4:01 PM\n\nTranscript: Hey Kevin, it's Tom at "
        "Quarry Hill Staffing. I've got a client who wants to meet you next week, give me a "
        "call back when you can and we'll find a time. Thanks.\n"
    )
    yield direct(
        fam,
        "en_transcript_call_back",
        "en",
        "Voicemail asking for a call back to find a time: no slot, not an invitation.",
        "not_invitation",
        sender=relay,
        to=cand,
        subject="New voicemail from (617) 555-0199",
        sent=sent,
        body=body,
    )

    cand = ("Sabine Krüger", "sabine.krueger@webpost.example")
    sent = at(2026, 6, 16, 9, 12, BER)
    start = at(2026, 6, 22, 14, 0, BER, "Mon")
    body = (
        "Neue Sprachnachricht in Ihrer SprachBox\n\nVon: 0211 5550 1842\nAm: 16.06.2026 um "
        '09:10 Uhr\nDauer: 0:41 Min.\n\nTranskription (automatisch, ohne Gewähr):\n"Ja, '
        "guten Tag Frau Krüger, hier ist Meier von der Firma Rheinkontor. Ich wollte Ihnen "
        "den Termin für das Vorstellungsgespräch durchgeben, und zwar Montag, den 22. Juni "
        "um 14 Uhr bei uns im Haus. Melden Sie sich gerne, falls das nicht passt. "
        'Wiederhören."\n'
    )
    yield direct(
        fam,
        "de_sprachbox_transkription",
        "de",
        "Sprachbox transcript: 'Montag, den 22. Juni um 14 Uhr'; the 09:10 in the header is "
        "when the call came in; no zone.",
        "invitation",
        sender=("SprachBox", "sprachbox@telefon-relay.example"),
        to=cand,
        subject="Neue Sprachnachricht von 0211 5550 1842",
        sent=sent,
        body=body,
        times=timed(start, sent=sent),
    )


@family(
    "SMS-to-email gateway mails ('SMS from +971...' with the message text) carrying "
    "recruiters' SMS as quoted in public job-seeker forums in the Gulf, Egypt and Thailand"
)
def sms() -> Iterator[Case]:
    fam = "sms"
    cand = ("Ahmed Siddiqui", "ahmed.siddiqui@inbox.example")
    relay = ("SMS Gateway", "sms-forward@sms-relay.example")
    sent = at(2026, 4, 12, 16, 5, DXB)
    start = at(2026, 4, 15, 11, 0, DXB, "Wed")
    body = (
        "SMS from +971 50 555 0137\nReceived: 12/04/2026 16:04\n\n"
        "Dear Candidate, your interview with Falcon Facilities for Site Engineer is on "
        "15-Apr-2026 at 11:00 AM (UAE time), Office 1204, Al Moosa Tower 2, Sheikh Zayed Rd. "
        "Pls bring passport copy. Reply 1 to confirm.\n"
    )
    yield direct(
        fam,
        "en_uae_time",
        "en",
        "Gateway mail of a recruiter SMS: '15-Apr-2026 at 11:00 AM (UAE time)'; the "
        "'Received' time is not the slot.",
        "invitation",
        sender=relay,
        to=cand,
        subject="SMS from +971 50 555 0137",
        sent=sent,
        body=body,
        times=timed(start, zone=DXB),
    )

    cand = ("Omar Hassan", "omar.hassan@bareed.example")
    sent = at(2026, 5, 17, 19, 30, RUH)
    start = at(2026, 5, 20, 13, 0, RUH, "Wed")
    body = (
        "SMS from +966 55 555 0921\nReceived: 17/05/2026 19:29\n\n"
        "عزيزي المتقدم، تم تحديد موعد مقابلتك لوظيفة محاسب يوم الأربعاء 2026/05/20 "
        "الساعة 1:00 ظهراً بتوقيت السعودية في فرع العليا. للاستفسار: 920005550\n"
    )
    yield direct(
        fam,
        "ar_saudi_time_latin_digits",
        "ar",
        "Arabic SMS with Latin digits: 'يوم الأربعاء 2026/05/20 الساعة 1:00 ظهراً بتوقيت "
        "السعودية' (1 pm Saudi time).",
        "invitation",
        sender=relay,
        to=cand,
        subject="SMS from +966 55 555 0921",
        sent=sent,
        body=body,
        times=timed(start, zone=RUH),
    )

    sent = at(2026, 5, 10, 10, 0, DXB)
    body = (
        "SMS from JOBSGULF\nReceived: 10/05/2026 09:58\n\nHi Ahmed, 14 new Site Engineer jobs "
        "in Dubai. Employers are interviewing this week! Reply YES to get a call from our "
        "team between 10:00 and 18:00.\n"
    )
    yield direct(
        fam,
        "en_jobalert_reply_yes",
        "en",
        "Marketing SMS with a calling window: not an invitation.",
        "not_invitation",
        sender=relay,
        to=("Ahmed Siddiqui", "ahmed.siddiqui@inbox.example"),
        subject="SMS from JOBSGULF",
        sent=sent,
        body=body,
    )

    cand = ("Somchai Prasert", "somchai.p@inbox.example")
    sent = at(2026, 7, 10, 14, 20, BKK)
    start = at(2026, 7, 15, 10, 0, BKK, "Wed")
    body = (
        "SMS from +66 81 555 0273\nReceived: 10/07/2026 14:19\n\n"
        "เรียน คุณสมชาย บริษัท สยามโลจิสติกส์ จำกัด ขอเชิญสัมภาษณ์งานตำแหน่งเจ้าหน้าที่"
        "คลังสินค้า วันพุธที่ 15 กรกฎาคม 2569 เวลา 10.00 น. ณ สำนักงานใหญ่ บางนา "
        "กรุณายืนยันภายในวันที่ 13 ก.ค.\n"
    )
    yield direct(
        fam,
        "th_buddhist_year",
        "th",
        "Thai SMS: 'วันพุธที่ 15 กรกฎาคม 2569 เวลา 10.00 น.'; 2569 is the Buddhist-era year "
        "for 2026, which a Thai reader converts without thinking, and the weekday agrees; no "
        "zone written. The confirm-by date is not the slot.",
        "invitation",
        sender=relay,
        to=cand,
        subject="SMS from +66 81 555 0273",
        sent=sent,
        body=body,
        times=timed(start, sent=sent),
    )


# --------------------------------------------------------------------------------------
# letter, assessmentcentre, visa


@family(
    "Cover mails for PDF interview letters as HR-template sites describe them (hrdocbox.co.uk "
    "and git.law interview-letter templates: date, time, place restated in the mail body) in "
    "English, Ukrainian and Greek"
)
def letter() -> Iterator[Case]:
    fam = "letter"
    cand = ("Tom Ashworth", "tom.ashworth@inbox.example")
    hr = ("People Team", "people@calderbrook.example")
    sent = at(2026, 4, 13, 12, 0, LON)
    start = at(2026, 4, 20, 11, 15, LON, "Mon")
    body = (
        "Dear Tom,\n\nPlease find attached your letter inviting you to interview for the "
        "role of Quality Engineer (Calderbrook_Interview_Letter_TAshworth.pdf).\n\nFor your "
        "convenience:\nDate: Monday 20 April 2026\nTime: 11:15\nLocation: Calderbrook Works, "
        "Mill Lane, Halifax HX1 4QT\n\nPlease reply to confirm your attendance.\n\n"
        "Kind regards,\nPeople Team\n"
    )
    yield direct(
        fam,
        "en_pdf_cover_restated",
        "en",
        "Cover mail for an attached letter restating 'Monday 20 April 2026 / Time: 11:15'; no "
        "zone written.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Interview invitation - Quality Engineer",
        sent=sent,
        body=body,
        times=timed(start, sent=sent),
        organizer_email=hr[1],
    )

    cand = ("Оксана Коваленко", "oksana.kovalenko@poshta.example")
    hr = ("Відділ персоналу", "hr@dnipro-agro.example")
    sent = at(2026, 5, 13, 15, 30, KYIV)
    start = at(2026, 5, 20, 10, 0, KYIV, "Wed")
    body = (
        "Шановна пані Оксано,\n\nУ вкладенні - офіційне запрошення на співбесіду на посаду "
        "економіста. Коротко: співбесіда відбудеться у середу, 20 травня 2026 р. о 10:00 за "
        "київським часом в офісі компанії (вул. Січеславська, 12). Тривалість - 45 хвилин.\n\n"
        "З повагою,\nВідділ персоналу ТОВ «Дніпро-Агро»\n"
    )
    yield direct(
        fam,
        "uk_kyiv_time",
        "uk",
        "Ukrainian cover mail: 'у середу, 20 травня 2026 р. о 10:00 за київським часом', 45 "
        "хвилин.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Запрошення на співбесіду",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=45), zone=KYIV),
        organizer_email=hr[1],
    )

    sent = at(2026, 4, 24, 10, 0, LON)
    body = (
        "Dear Tom,\n\nThank you for attending your interview on Monday 20 April at 11:15. "
        "Please find attached a letter with the panel's feedback.\n\nWe will write to you "
        "again by 8 May 2026 once all interviews have finished.\n\nKind regards,\nPeople Team\n"
    )
    yield direct(
        fam,
        "en_feedback_letter",
        "en",
        "Cover mail for interview feedback naming the past slot and a 'by' date: not an "
        "invitation.",
        "not_invitation",
        sender=("People Team", "people@calderbrook.example"),
        to=("Tom Ashworth", "tom.ashworth@inbox.example"),
        subject="Your interview feedback",
        sent=sent,
        body=body,
    )

    cand = ("Δημήτρης Παπαδόπουλος", "d.papadopoulos@mail.example")
    hr = ("Τμήμα Ανθρώπινου Δυναμικού", "hr@aigaio-shipping.example")
    sent = at(2026, 5, 14, 12, 10, ATH)
    start = at(2026, 5, 21, 11, 0, ATH, "Thu")
    body = (
        "Αγαπητέ κύριε Παπαδόπουλε,\n\nΣας επισυνάπτουμε την επιστολή πρόσκλησης σε "
        "συνέντευξη για τη θέση Λογιστή. Η συνέντευξη θα πραγματοποιηθεί την Πέμπτη 21 "
        "Μαΐου 2026 και ώρα 11:00 (ώρα Ελλάδας) στα γραφεία μας, Ακτή Μιαούλη 40, Πειραιάς.\n\n"
        "Με εκτίμηση,\nΤμήμα Ανθρώπινου Δυναμικού\n"
    )
    yield direct(
        fam,
        "el_ora_elladas",
        "el",
        "Greek cover mail: 'την Πέμπτη 21 Μαΐου 2026 και ώρα 11:00 (ώρα Ελλάδας)'.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Πρόσκληση σε συνέντευξη",
        sent=sent,
        body=body,
        times=timed(start, zone=ATH),
        organizer_email=hr[1],
    )


@family(
    "Graduate assessment-centre invitations as described on university careers pages and "
    "employers' graduate sites (arrival time, start time, a day of exercises, finish time), "
    "online-assessment deadline reminders"
)
def assessmentcentre() -> Iterator[Case]:
    fam = "assessmentcentre"
    cand = ("Priya Patel", "priya.patel@inbox.example")
    hr = ("Graduate Recruitment", "graduates@thamesgate-bank.example")
    sent = at(2026, 4, 22, 14, 0, LON)
    start = at(2026, 5, 6, 9, 0, LON, "Wed")
    body = (
        "Dear Priya,\n\nCongratulations - you are invited to our Graduate Assessment Centre "
        "on Wednesday 6 May 2026 at 1 Thames Gate, London EC3.\n\nPlease arrive by 08:45 for "
        "a 09:00 start. The day includes a group exercise, a case study, a presentation and "
        "a competency interview, and finishes at around 16:00.\n\nLunch is provided.\n\n"
        "Graduate Recruitment\n"
    )
    yield direct(
        fam,
        "en_uk_arrive_by_start",
        "en",
        "'arrive by 08:45 for a 09:00 start', 'finishes at around 16:00' (approximate: no "
        "end); no zone.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Invitation: Graduate Assessment Centre, 6 May",
        sent=sent,
        body=body,
        times=timed(start, sent=sent),
        organizer_email=hr[1],
    )

    cand = ("Thabo Nkosi", "thabo.nkosi@inbox.example")
    hr = ("Talent Team", "talent@highveld-mining.example")
    sent = at(2026, 6, 5, 10, 30, JNB)
    start = at(2026, 6, 16, 8, 0, JNB, "Tue")
    body = (
        "Dear Thabo,\n\nYou have been selected for the Highveld Mining Engineering Graduate "
        "Assessment Day on Tuesday, 16 June 2026 from 08:00 to 15:30 SAST at our Sandton "
        "office.\n\nSchedule: 08:00 welcome, 08:30 aptitude tests, 11:00 group task, 13:30 "
        "panel interviews.\n\nRegards,\nTalent Team\n"
    )
    yield direct(
        fam,
        "en_za_sast_day",
        "en",
        "Assessment day 'from 08:00 to 15:30 SAST' with a schedule inside; abbreviation only.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Graduate Assessment Day - 16 June",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(hours=7, minutes=30)),
        organizer_email=hr[1],
    )

    sent = at(2026, 5, 5, 9, 0, LON)
    body = (
        "Dear Priya,\n\nThis is a reminder that your online assessment (numerical and "
        "situational judgement) must be completed by 23:59 BST on Sunday 10 May 2026. It "
        "takes about 50 minutes.\n\nCandidates who pass will be invited to an assessment "
        "centre.\n\nGraduate Recruitment\n"
    )
    yield direct(
        fam,
        "en_online_test_deadline",
        "en",
        "Online-assessment deadline: a task due at a time, not an invitation.",
        "not_invitation",
        sender=("Graduate Recruitment", "graduates@thamesgate-bank.example"),
        to=("Priya Patel", "priya.patel@inbox.example"),
        subject="Reminder: complete your online assessment",
        sent=sent,
        body=body,
    )

    cand = ("Chiamaka Obi", "chiamaka.obi@inbox.example")
    hr = ("HR Recruitment", "recruitment@niger-delta-power.example")
    sent = at(2026, 6, 25, 16, 0, LOS)
    start = at(2026, 7, 9, 9, 0, LOS, "Thu")
    body = (
        "Dear Chiamaka,\n\nFollowing your performance in the online test, you are invited "
        "to the Assessment Centre on Thursday, 9th July 2026. The exercise commences at "
        "9:00am (WAT) prompt at our Victoria Island office, Lagos. Kindly come with your "
        "original credentials and NYSC certificate.\n\nHR Recruitment\n"
    )
    yield direct(
        fam,
        "en_ng_wat",
        "en",
        "Nigeria: 'Thursday, 9th July 2026 ... commences at 9:00am (WAT)'; WAT is shared.",
        "invitation",
        sender=hr,
        to=cand,
        subject="Invitation to Assessment Centre",
        sent=sent,
        body=body,
        times=timed(start),
        organizer_email=hr[1],
    )


@family(
    "Consular appointment confirmations as embassies' and visa centres' help pages describe "
    "them (date, time, 'local time', documents to bring) and relocation-consultant mails; "
    "these are appointments with a time, labelled invitation"
)
def visa() -> Iterator[Case]:
    fam = "visa"
    cand = ("Grace Otieno", "grace.otieno@posta.example")
    sent = at(2026, 4, 6, 9, 45, NBO)
    start = at(2026, 4, 27, 8, 15, NBO, "Mon")
    body = (
        "Appointment Confirmation\n\nApplicant: GRACE AKINYI OTIENO\nVisa class: H-1B\n"
        "Location: Embassy, Nairobi\nDate: Monday, 27 April 2026\nTime: 08:15 AM (local "
        "time)\nConfirmation no.: NBO-2026-448120\n\nBring this confirmation, your passport "
        "and the DS-160 barcode page. Arrive no earlier than 15 minutes before.\n"
    )
    yield direct(
        fam,
        "en_embassy_nairobi_local",
        "en",
        "Consular appointment '27 April 2026, 08:15 AM (local time)' at the Nairobi embassy: "
        "local time there is Africa/Nairobi. A consular appointment is no job interview: "
        "not_invitation, as reloc23 and later batches label authorities' appointments.",
        "not_invitation",
        sender=("Visa Appointment Service", "noreply@visa-appointments.example"),
        to=cand,
        subject="Your visa interview appointment is confirmed",
        sent=sent,
        body=body,
        times=timed(start, zone=NBO),
    )

    cand = ("Pavel Orlov", "pavel.orlov@pochta.example")
    sent = at(2026, 5, 20, 10, 0, MSK)
    start = at(2026, 6, 4, 9, 30, MSK, "Thu")
    body = (
        "Sehr geehrter Herr Orlov,\n\nIhr Termin zur Antragstellung (Visum zur "
        "Arbeitsaufnahme) ist bestätigt:\n\nDonnerstag, 4. Juni 2026, 09:30 Uhr Ortszeit "
        "Moskau\nVisastelle der Botschaft, Leninski Prospekt\n\nBitte bringen Sie den "
        "Arbeitsvertrag und die Vorabzustimmung mit.\n\nIhre Visastelle\n"
    )
    yield direct(
        fam,
        "de_botschaft_ortszeit_moskau",
        "de",
        "German embassy wording: 'Donnerstag, 4. Juni 2026, 09:30 Uhr Ortszeit Moskau'. A "
        "consular appointment is no job interview: not_invitation, as reloc23 labels it.",
        "not_invitation",
        sender=("Visastelle", "visa@botschaft-termine.example"),
        to=cand,
        subject="Terminbestätigung Visastelle",
        sent=sent,
        body=body,
        times=timed(start, zone=MSK),
    )

    sent = at(2026, 5, 2, 11, 0, NBO)
    body = (
        "Case status: Administrative Processing\n\nYour visa interview on 27 April 2026 is "
        "complete and your case needs further administrative processing. We will contact you "
        "when it is finished; most cases finish within 60 days.\n"
    )
    yield direct(
        fam,
        "en_case_status_after_interview",
        "en",
        "Case status after the consular interview, naming its date: not an invitation.",
        "not_invitation",
        sender=("Visa Appointment Service", "noreply@visa-appointments.example"),
        to=("Grace Otieno", "grace.otieno@posta.example"),
        subject="Update on your visa case",
        sent=sent,
        body=body,
    )

    cand = ("Lukas Becker", "lukas.becker@webpost.example")
    sent = at(2026, 10, 12, 12, 0, DXB)
    start = at(2026, 10, 19, 17, 0, DXB, "Mon")
    body = (
        "Hi Lukas,\n\nAs part of your relocation package, your intake interview with our "
        "immigration consultant is set for Mon 19 Oct 2026 at 17:00 GMT+4 (Dubai), by video: "
        "https://zoom.example.net/j/77120455. It takes 30 minutes.\n\nBest,\nSunbridge "
        "Relocation\n"
    )
    yield direct(
        fam,
        "en_relocation_gmt4_dubai_fwd_apple",
        "en",
        "Apple Mail forward: relocation intake 'Mon 19 Oct 2026 at 17:00 GMT+4 (Dubai)', 30 "
        "minutes; Dubai names Asia/Dubai.",
        "invitation",
        sender=("Sunbridge Relocation", "moves@sunbridge-relocation.example"),
        to=cand,
        subject="Your immigration intake interview",
        sent=sent,
        body=body,
        times=timed(start, start + timedelta(minutes=30), zone=DXB),
        meeting_url="https://zoom.example.net/j/77120455",
        fwd=("apple", "en", BER, ""),
    )


# --------------------------------------------------------------------------------------
# output

KEY_ORDER = (
    "kind",
    "start",
    "end",
    "all_day",
    "timezone",
    "tz_stated",
    "company",
    "role",
    "meeting_url",
    "organizer_email",
    "original_sender",
)


def label_json(item: Case) -> str:
    unknown = set(item.label) - set(KEY_ORDER)
    if unknown:
        raise ValueError(f"{item.filename}: unknown label keys {sorted(unknown)}")
    label = {key: item.label[key] for key in KEY_ORDER if key in item.label}
    label["language"] = item.language
    label["source"] = {
        "family": item.family,
        "template": f"hand-written; shapes from {SOURCES[item.family][:160]} "
        "(see PROVENANCE-world.md)",
        "license": LICENSE,
    }
    label["note"] = item.note
    return json.dumps(label, ensure_ascii=False, indent=2) + "\n"


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the world batch (`build_world.py`)",
        "",
        "Prose interview mail without a calendar part, from job boards, public bodies, campus "
        "career services, chat/voicemail/SMS gateways and embassies around the world. Every "
        "message, person, company, address and link is made up; only the *shape* of each kind "
        "of mail follows the public material named per family below. No text was copied from "
        f"those sources. Licence of every file: {LICENSE}. All families live in `dev/`.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_world.py` (deterministic; "
        "it deletes and rewrites only the files of the families listed here).",
        "",
        "Forward header blocks (Gmail en/fr/ru/vi, Outlook en/de, Apple Mail en) are written "
        "from memory of those clients' layouts and were not re-read from a source.",
        "",
        "## Families and the public shapes they follow",
        "",
    ]
    for name in SOURCES:
        count = sum(item.family == name for item in cases)
        lines.append(f"- **{name}** ({count} messages): {SOURCES[name]}")
    lines += [
        "",
        "## Files",
        "",
        "| file | kind | language | what it exercises |",
        "|---|---|---|---|",
    ]
    for item in cases:
        row = [
            f"`{item.filename}`",
            str(item.label.get("kind", "(not labelled)")),
            item.language,
            item.note,
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines) + "\n"


def all_cases() -> list[Case]:
    cases = [item for build in BUILDERS for item in build()]
    names = [item.filename for item in cases]
    if len(set(names)) != len(names):
        raise ValueError("duplicate file names")
    return cases


def main() -> int:
    cases = all_cases()
    families = set(SOURCES)
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*__*"):
            if old.name.split("__", 1)[0] in families:
                old.unlink()
    OUT.mkdir(exist_ok=True)
    for item in cases:
        (OUT / item.filename).write_bytes(item.raw)
        (OUT / f"{item.filename}.expected.json").write_text(label_json(item), "utf-8")
    (HERE / "PROVENANCE-world.md").write_text(provenance(cases), "utf-8")
    print(f"{len(cases)} messages in {len(families)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
