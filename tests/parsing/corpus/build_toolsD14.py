# ruff: noqa: E501, RUF059  (translation strings are kept on one line each, as read)
"""Write the "toolsD14" batch: notification mail from Canvas LMS appointment groups,
Thunderbird Appointment and LimeSurvey, rendered from their real templates and translations.

Run: .venv/bin/python tests/parsing/corpus/build_toolsD14.py

- Canvas LMS (instructure/canvas-lms, app/messages/appointment_*.email.erb): 'You have been
  signed up for ...' (appointment_reserved_for_user), 'Your time slot for ... has been
  canceled' (appointment_deleted_for_user) and 'Appointment ... is available for signup'
  (appointment_group_published, a look-alike: slots to pick); the date/time is TextHelper's
  datetime_string ('Jan 12, 2027 from 9:30am to 10am', the year only when it differs from
  the current one), in the user's Canvas zone, which the mail does not name.
- Thunderbird Appointment (thunderbird/appointment, backend/src/appointment/l10n/{en,de}/
  email.ftl + controller/mailer.py): booking confirmed (HTML + invite.ics), new booking for the
  schedule owner, 'Action Required: Confirm booking request', pending, declined and cancelled
  mails in English and German; day = babel format_date(full), time range with the locale's
  time format, zone as '(%Z)'.
- LimeSurvey (LimeSurvey/LimeSurvey, templateDefaultTexts() in common_helper.php; German from
  the PHPSurveyor-era language file): survey invitations and reminders about candidates'
  interview experience; all look-alikes.

Held-out families were chosen before the parser was run on any message. Every label comes
from the datetimes the text is rendered from. Deterministic; writes or deletes only its own
families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from html import escape as h
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


c13 = _load("build_toolsC13", "build_toolsC13.py")
pp, pg8 = c13.pp, c13.pg8
Case = pp.Case
fold_ics, zulu = pg8.fold_ics, pg8.zulu
build, forward = c13.build, c13.forward

ME = c13.ME
NEG = "not_invitation"

SPLITS = {
    "canvasappt": "dev",
    "canvasde": "dev",
    "tbappt": "dev",
    "limesurvey": "dev",
    "canvasfwd": "heldout",
    "tbapptfwd": "heldout",
    "limefwd": "heldout",
}

CANVAS = "instructure/canvas-lms"
CANVAS_TPL = (
    f"{CANVAS}: app/messages/appointment_reserved_for_user.email.erb@33a7ac43f18a23175d6deaeb3f846d1fd4e4b141, "
    "appointment_deleted_for_user.email.erb@340492bf5dd95afc4d8ef001635d2a94c8c2f744, "
    "appointment_group_published.email.erb@00adc68b59aa9483cb211c12d5b645346199e1b8; TextHelper "
    "datetime_string/date_string/time_string (time.ranges.same_day, different_days; :short '%b %-d', "
    ":medium '%b %-d, %Y', tiny '%l:%M%P', tiny_on_the_hour '%l%P'); footer and HTML part shortened"
)
TBA = "thunderbird/appointment@addd974bfa8e53544360ffc67bed5c8b8c11ca4d"
TBA_TPL = (
    f"{TBA}: backend/src/appointment/l10n/{{loc}}/email.ftl (invite-, new-booking-, confirm-, "
    "pending-, reject-, cancel-mail-*) + controller/mailer.py (BaseBookingMail: time range with "
    "the locale's time format, '(%Z)', babel format_date full; InvitationMail plain = footer, "
    "ics attached with method); HTML layout shortened"
)
LIME_TPL = (
    "LimeSurvey/LimeSurvey: application/helpers/common_helper.php templateDefaultTexts() "
    "(invitation_subject, invitation, reminder_subject, reminder; index version, not pinned)"
)
LIME_DE_TPL = (
    "LimeSurvey (PHPSurveyor-era German language file: _TC_EMAILINVITE_SUBJ, _TC_EMAILINVITE, "
    "_TC_EMAILREMIND_SUBJ; index version, not pinned); reminder body German in our words"
)
LICENSES = {
    "canvasappt": "AGPL-3.0 (Canvas LMS, Instructure); people, courses and slots ours",
    "canvasde": "AGPL-3.0 (Canvas LMS, Instructure); people, courses and slots ours",
    "canvasfwd": "AGPL-3.0 (Canvas LMS, Instructure); people, courses, slots and notes ours",
    "tbappt": "MPL-2.0 (Thunderbird Appointment, MZLA); people and schedules ours",
    "tbapptfwd": "MPL-2.0 (Thunderbird Appointment, MZLA); people, schedules and notes ours",
    "limesurvey": "GPL-2.0-or-later (LimeSurvey); surveys and people ours",
    "limefwd": "GPL-2.0-or-later (LimeSurvey); surveys, people and notes ours",
}
SOURCES = {
    "canvasappt": "Canvas LMS appointment-group mails sent directly: signed up for a slot (individual and group), slot canceled (with and without a reason); negatives: 'available for signup' mails with a date range.",
    "canvasde": "Canvas LMS appointment-group mails in German (de.yml strings, de date and time formats): signed up (individual, group), canceled; negatives: signup announcements.",
    "canvasfwd": "The same Canvas mails forwarded by the user (Gmail, Outlook, Apple Mail; en, de, fr notes); negatives: a signup announcement and a sign-up forwarded after the meeting.",
    "tbappt": "Thunderbird Appointment mails in en and de: booking confirmed (HTML + invite.ics), new booking for the reader's own schedule, cancelled booking; negatives: confirm-request, pending and declined mails.",
    "tbapptfwd": "Thunderbird Appointment mails forwarded by the user without the calendar part (en, de).",
    "limesurvey": "LimeSurvey invitations and reminders about candidates' interview experience or assessment days, with dates in the survey title/description (en, de); all look-alikes.",
    "limefwd": "LimeSurvey invitations forwarded by the user with a note; all look-alikes.",
}


def case(
    family: str,
    name: str,
    lang: str,
    raw: bytes,
    label: dict[str, object] | None,
    note: str,
    template: str,
) -> Case:
    return Case(
        family,
        SPLITS[family],
        pg8.filename(lang, name),
        raw,
        label or {"kind": NEG},
        lang,
        note,
        template,
        LICENSES[family],
    )


def slot(start: datetime, end: datetime | None = None, **keys: Any) -> dict[str, object]:
    return pg8.slot(start, end, **keys)  # type: ignore[no-any-return]


def at(y: int, mo: int, d: int, hh: int, mi: int, zone: str) -> datetime:
    return datetime(y, mo, d, hh, mi, tzinfo=ZoneInfo(zone))


# --------------------------------------------------------------------------------------
# Canvas LMS


CV = {
    "en": {
        "months": [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ],
        "short": "{b} {d}",
        "medium": "{b} {d}, {y}",
        "same_day": "{date} from {start} to {end}",
        "different_days": "{start} to {end}",
        "details": "Appointment details",
        "date_and_time": "Date/time",
        "dates": "Date(s)",
        "attendee": "Attendee",
        "attendees": "Attendees",
        "group": "Group",
        "course": "Course",
        "slots": "Available time slots",
        "and": (", ", ", and "),
        "res_subject": 'You have been signed up for "{name}"',
        "res_message": '{user} has signed you up for "{name}".',
        "res_instructions": "Sign up for a different time slot at the following link: {link}",
        "del_subject": 'Your time slot for "{name}" has been canceled ({course})',
        "del_message": '{user} canceled your time slot for "{name}".',
        "cancel_reason": "Reason for canceling",
        "no_reason": "none given",
        "del_instructions": "Sign up for a different time slot at the following link: {link}",
        "pub_subject": 'Appointment "{name}" is available for signup ({course})',
        "pub_message": 'Time slots for "{name}" are now available for signup.',
        "signup_type": "Signup Type",
        "individual": "Individual",
        "group_signup": "Group ({cat})",
        "pub_instructions": "Sign up for a time slot at the following link: {link}",
    },
    "de": {
        "months": [
            "Jan",
            "Feb",
            "März",
            "Apr",
            "Mai",
            "Jun",
            "Jul",
            "Aug",
            "Sept",
            "Okt",
            "Nov",
            "Dez",
        ],
        "short": "{d} {b}",
        "medium": "{d} {b}, {y}",
        "same_day": "Am {date} von {start} bis {end}",
        "different_days": "{start} bis {end}",
        "details": "Termindetails",
        "date_and_time": "Datum/Uhrzeit",
        "dates": "Datum/Daten",
        "attendee": "Anwesende/r",
        "attendees": "Anwesende",
        "group": "Gruppe",
        "course": "Kurs",
        "slots": "Verfügbare Zeitfenster",
        "and": (", ", " und "),
        "res_subject": "Sie wurden für „{name}“ angemeldet.",
        "res_message": "{user} hat Sie für „{name}“ angemeldet.",
        "res_instructions": "Sich über folgenden Link in ein anderes Zeitfenster eintragen: {link}",
        "del_subject": "Ihr Zeitfenster für „{name}“ wurde storniert ({course})",
        "del_message": "{user} hat Ihr Zeitfenster für „{name}“ storniert.",
        "cancel_reason": "Grund der Stornierung",
        "no_reason": "keine Angabe",
        "del_instructions": "Über folgenden Link für ein anderes Zeitfenster anmelden: {link}",
        "pub_subject": "Termin „{name}“ steht zur Anmeldung bereit ({course})",
        "pub_message": "Ab sofort stehen Zeitfenster für „{name}“ zur Anmeldung bereit.",
        "signup_type": "Anmeldungsart",
        "individual": "Individuell",
        "group_signup": "Gruppe ({cat})",
        "pub_instructions": "Melden Sie sich unter folgendem Link für ein Zeitfenster an: {link}",
    },
}


def cv_date(value: datetime, today: datetime, loc: str = "en") -> str:
    s = CV[loc]
    fmt = s["short"] if value.year == today.year else s["medium"]
    return str(fmt).format(b=s["months"][value.month - 1], d=value.day, y=value.year)


def cv_time(value: datetime, loc: str = "en") -> str:
    if loc == "de":  # tiny and tiny_on_the_hour '%k:%M' (space-padded hour)
        return f"{value.hour:2d}:{value.minute:02d}"
    hour = value.hour % 12 or 12  # tiny '%l:%M%P', tiny_on_the_hour '%l%P' (space-padded)
    ampm = "am" if value.hour < 12 else "pm"
    if value.minute == 0:
        return f"{hour:2d}{ampm}"
    return f"{hour:2d}:{value.minute:02d}{ampm}"


def cv_range(st: datetime, en: datetime, today: datetime, loc: str = "en") -> str:
    return str(CV[loc]["same_day"]).format(
        date=cv_date(st, today, loc), start=cv_time(st, loc), end=cv_time(en, loc)
    )


CV_FROM = ("Canvas", "notifications@canvas.lakeshore-college.example")
CV_BASE = "https://lakeshore.instructure.example"
CV_FOOTER = {
    "en": (
        "\n\n________________________________________\n\n"
        "You received this email because you are participating in one or more courses using "
        "Canvas. To change your notification preferences, visit:\n"
        f"{CV_BASE}/profile/communication\n"
    ),
    "de": (
        "\n\n________________________________________\n\n"
        "Sie erhalten diese E-Mail, weil Sie an Kursen in Canvas teilnehmen. "
        "Benachrichtigungseinstellungen ändern:\n"
        f"{CV_BASE}/profile/communication\n"
    ),
}


def cv_html(text: str) -> str:
    paras = "".join(
        f"<p>{h(block).replace(chr(10), '<br>')}</p>" for block in text.strip().split("\n\n")
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:'
        'Helvetica,Arial,sans-serif;font-size:14px">' + paras + "</body></html>"
    )


def cv_details(
    when: str,
    course: str,
    attendee: str = "",
    group: tuple[list[str], str] | None = None,
    slots: int | None = None,
    loc: str = "en",
) -> str:
    s = CV[loc]
    lines = [f"{s['details']}:", f"{s['date_and_time']}: {when}"]
    if group is not None:
        names, gname = group
        sep, last = s["and"]
        people = names[0] if len(names) == 1 else str(sep).join(names[:-1]) + str(last) + names[-1]
        lines += [f"{s['attendees']}: {people}", f"{s['group']}: {gname}"]
    else:
        lines.append(f"{s['attendee']}: {attendee}")
    lines.append(f"{s['course']}: {course}")
    if slots is not None:
        lines.append(f"{s['slots']}: {slots}")
    return "\n".join(lines)


def canvas_reserved(
    key: str,
    *,
    who: str,
    title: str,
    st: datetime,
    en: datetime,
    course: str,
    sent: datetime,
    group: tuple[list[str], str] | None = None,
    slots: int | None = None,
    ag: int = 4101,
    loc: str = "en",
) -> tuple[str, str, datetime]:
    s = CV[loc]
    subject = str(s["res_subject"]).format(name=title)
    body = (
        str(s["res_message"]).format(user=who, name=title)
        + "\n\n"
        + cv_details(cv_range(st, en, sent, loc), course, ME[0], group, slots, loc)
        + "\n\n"
        + str(s["res_instructions"]).format(link=f"{CV_BASE}/appointment_groups/{ag}")
    )
    return subject, body, sent


def canvas_deleted(
    key: str,
    *,
    who: str,
    title: str,
    st: datetime,
    en: datetime,
    course: str,
    sent: datetime,
    reason: str | None,
    ag: int = 4102,
    loc: str = "en",
) -> tuple[str, str, datetime]:
    s = CV[loc]
    subject = str(s["del_subject"]).format(name=title, course=course)
    body = (
        str(s["del_message"]).format(user=who, name=title)
        + "\n\n"
        + cv_details(cv_range(st, en, sent, loc), course, ME[0], loc=loc)
        + f"\n\n{s['cancel_reason']}:\n{reason or s['no_reason']}\n\n"
        + str(s["del_instructions"]).format(
            link=f"http://lakeshore.instructure.example/appointment_groups/{ag}"
        )
    )
    return subject, body, sent


def canvas_published(
    key: str,
    *,
    title: str,
    first: datetime,
    last: datetime,
    course: str,
    sent: datetime,
    slots: int | None,
    group_cat: str = "",
    ag: int = 4103,
    loc: str = "en",
) -> tuple[str, str, datetime]:
    s = CV[loc]
    subject = str(s["pub_subject"]).format(name=title, course=course)
    if first.date() == last.date():
        dates = cv_date(first, sent, loc)
    else:
        dates = str(s["different_days"]).format(
            start=cv_date(first, sent, loc), end=cv_date(last, sent, loc)
        )
    kind = str(s["group_signup"]).format(cat=group_cat) if group_cat else s["individual"]
    lines = [
        str(s["pub_message"]).format(name=title),
        "",
        f"{s['details']}:",
        f"{s['dates']}: {dates}",
        f"{s['signup_type']}: {kind}",
        f"{s['course']}: {course}",
    ]
    if slots is not None:
        lines.append(f"{s['slots']}: {slots}")
    lines += ["", str(s["pub_instructions"]).format(link=f"{CV_BASE}/appointment_groups/{ag}")]
    return subject, "\n".join(lines), sent


def canvas_mail(key: str, subject: str, body: str, sent: datetime, loc: str = "en") -> bytes:
    text = body + CV_FOOTER[loc]
    return build(
        key,
        sender=CV_FROM,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=cv_html(text),
        headers={"Auto-Submitted": "auto-generated"},
    )


CHI, NYC, DEN, LAX, TOR = (
    "America/Chicago",
    "America/New_York",
    "America/Denver",
    "America/Los_Angeles",
    "America/Toronto",
)


def canvasappt() -> Iterator[Case]:
    fam = "canvasappt"
    items: list[tuple[str, str, str, dict[str, object] | None, str]] = []

    st = at(2027, 1, 12, 9, 30, CHI)
    en = st + timedelta(minutes=30)
    sent = at(2026, 12, 14, 16, 5, CHI)
    subject, body, sent = canvas_reserved(
        "ca1",
        who="Dana Whitfield",
        title="Graduate program admission interviews",
        st=st,
        en=en,
        course="MSc Data Science Admissions 2027",
        sent=sent,
        slots=11,
    )
    items.append(
        (
            "ca1",
            "en_signed_up_admission_interview",
            canvas_mail("ca1", subject, body, sent),
            slot(st, en, sent=sent),
            "Canvas 'has signed you up': 'Date/time: Jan 12, 2027 from  9:30am to 10am' (space-padded '%l'; year shown: next year); no zone stated.",
        )
    )

    st = at(2026, 12, 17, 14, 0, NYC)
    en = st + timedelta(minutes=45)
    sent = at(2026, 12, 9, 11, 20, NYC)
    subject, body, sent = canvas_reserved(
        "ca2",
        who="Marcus Oyelaran",
        title="Mock interviews with employer partners",
        st=st,
        en=en,
        course="Career Readiness Seminar (CRS 210)",
        sent=sent,
        ag=4188,
    )
    items.append(
        (
            "ca2",
            "en_signed_up_same_year_on_the_hour",
            canvas_mail("ca2", subject, body, sent),
            slot(st, en, sent=sent),
            "Canvas sign-up in the current year: 'Dec 17 from 2pm to 2:45pm' (no year, on-the-hour '2pm').",
        )
    )

    st = at(2027, 2, 3, 16, 15, DEN)
    en = st + timedelta(minutes=45)
    sent = at(2027, 1, 20, 8, 40, DEN)
    subject, body, sent = canvas_reserved(
        "ca3",
        who="Priya Raghunathan",
        title="Capstone sponsor interviews",
        st=st,
        en=en,
        course="Engineering Capstone Design II",
        sent=sent,
        group=(["Alex Morgan", "Jonah Brandt", "Leila Haddad"], "Team Kestrel"),
        ag=4230,
    )
    items.append(
        (
            "ca3",
            "en_group_signed_up_sponsor_interview",
            canvas_mail("ca3", subject, body, sent),
            slot(st, en, sent=sent),
            "Canvas group sign-up ('Attendees: A, B, and C' / 'Group:'): the reader's team meets a sponsor, Feb 3, 2027 from 4:15pm to 5pm.",
        )
    )

    st = at(2027, 3, 9, 11, 0, LAX)
    en = st + timedelta(minutes=20)
    sent = at(2027, 3, 1, 13, 2, LAX)
    subject, body, sent = canvas_reserved(
        "ca4",
        who="Eun-ji Park",
        title="Teaching assistant selection interviews",
        st=st,
        en=en,
        course="Department of Linguistics – TA Pool",
        sent=sent,
        slots=4,
        ag=4302,
    )
    items.append(
        (
            "ca4",
            "en_signed_up_ta_interview_dst_week",
            canvas_mail("ca4", subject, body, sent),
            slot(st, en, sent=sent),
            "Canvas sign-up in the current year, a week before the 14 March change: 'Mar 9 from 11am to 11:20am', remaining slots count.",
        )
    )

    st = at(2027, 1, 26, 12, 30, TOR)
    en = st + timedelta(minutes=30)
    sent = at(2027, 1, 19, 17, 45, TOR)
    subject, body, sent = canvas_reserved(
        "ca5",
        who="Hélène Tremblay",
        title="Co-op placement interviews – Round 2",
        st=st,
        en=en,
        course="Co-op Work Term Preparation",
        sent=sent,
        ag=4311,
    )
    items.append(
        (
            "ca5",
            "en_signed_up_noon_half",
            canvas_mail("ca5", subject, body, sent),
            slot(st, en, sent=sent),
            "Canvas sign-up at '12:30pm to 1pm' (noon-hour pm).",
        )
    )

    st = at(2027, 1, 14, 10, 0, CHI)
    en = st + timedelta(minutes=30)
    sent = at(2027, 1, 8, 9, 12, CHI)
    subject, body, sent = canvas_deleted(
        "ca6",
        who="Dana Whitfield",
        title="Graduate program admission interviews",
        st=st,
        en=en,
        course="MSc Data Science Admissions 2027",
        sent=sent,
        reason="The panel chair is unavailable that morning. Please pick another slot.",
    )
    items.append(
        (
            "ca6",
            "en_slot_canceled_with_reason",
            canvas_mail("ca6", subject, body, sent),
            slot(st, en, kind="cancellation", sent=sent),
            "Canvas 'canceled your time slot' with a reason; the cancelled slot 'Jan 14 from 10am to 10:30am'.",
        )
    )

    st = at(2027, 2, 10, 15, 30, NYC)
    en = st + timedelta(minutes=30)
    sent = at(2027, 2, 5, 10, 0, NYC)
    subject, body, sent = canvas_deleted(
        "ca7",
        who="Marcus Oyelaran",
        title="Mock interviews with employer partners",
        st=st,
        en=en,
        course="Career Readiness Seminar (CRS 210)",
        sent=sent,
        reason=None,
        ag=4188,
    )
    items.append(
        (
            "ca7",
            "en_slot_canceled_none_given",
            canvas_mail("ca7", subject, body, sent),
            slot(st, en, kind="cancellation", sent=sent),
            "Canvas cancellation with 'Reason for canceling: none given'.",
        )
    )

    sent = at(2026, 12, 3, 14, 0, CHI)
    subject, body, sent = canvas_published(
        "ca8",
        title="Graduate program admission interviews",
        first=at(2027, 1, 11, 9, 0, CHI),
        last=at(2027, 1, 15, 17, 0, CHI),
        course="MSc Data Science Admissions 2027",
        sent=sent,
        slots=40,
    )
    items.append(
        (
            "ca8",
            "en_available_for_signup_range",
            canvas_mail("ca8", subject, body, sent),
            None,
            "Canvas 'is available for signup': 'Date(s): Jan 11, 2027 to Jan 15, 2027'; slots to pick, no meeting set.",
        )
    )

    sent = at(2027, 1, 28, 9, 30, DEN)
    subject, body, sent = canvas_published(
        "ca9",
        title="Capstone sponsor interviews",
        first=at(2027, 2, 3, 13, 0, DEN),
        last=at(2027, 2, 3, 18, 0, DEN),
        course="Engineering Capstone Design II",
        sent=sent,
        slots=None,
        group_cat="Capstone Teams",
        ag=4230,
    )
    items.append(
        (
            "ca9",
            "en_available_for_signup_one_day_group",
            canvas_mail("ca9", subject, body, sent),
            None,
            "Canvas group signup announcement for one day ('Date(s): Feb 3', 'Signup Type: Group (Capstone Teams)'); no slot taken.",
        )
    )

    sent = at(2027, 2, 22, 16, 10, LAX)
    subject, body, sent = canvas_published(
        "ca10",
        title="Office hours: thesis proposal check-ins",
        first=at(2027, 3, 1, 10, 0, LAX),
        last=at(2027, 3, 5, 12, 0, LAX),
        course="LING 690 Research Seminar",
        sent=sent,
        slots=18,
        ag=4350,
    )
    items.append(
        (
            "ca10",
            "en_available_office_hours",
            canvas_mail("ca10", subject, body, sent),
            None,
            "Canvas office-hours signup announcement with 18 free slots; nothing booked.",
        )
    )

    for _key, name, raw, label, note in items:
        yield case(fam, name, "en", raw, label, note, CANVAS_TPL)


def canvasfwd() -> Iterator[Case]:
    fam = "canvasfwd"

    st = at(2027, 1, 21, 13, 0, CHI)
    en = st + timedelta(minutes=30)
    sent = at(2027, 1, 11, 10, 30, CHI)
    subject, body, sent = canvas_reserved(
        "cf1",
        who="Dana Whitfield",
        title="PhD applicant interviews (Statistics)",
        st=st,
        en=en,
        course="PhD Statistics Admissions",
        sent=sent,
        slots=6,
        ag=4410,
    )
    raw = forward(
        "cf1",
        client="gmail",
        lang="en",
        org=CV_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=body + CV_FOOTER["en"],
        note="Canvas just put me in a slot for the PhD interview - please add it.",
    )
    yield case(
        fam,
        "signed_up_fwd_gmail",
        "en",
        raw,
        slot(st, en, sent=sent),
        "Gmail forward of a Canvas sign-up (Jan 21, 2027 from 1pm to 1:30pm).",
        CANVAS_TPL,
    )

    st = at(2027, 2, 16, 8, 45, NYC)
    en = st + timedelta(minutes=30)
    sent = at(2027, 2, 2, 15, 0, NYC)
    subject, body, sent = canvas_reserved(
        "cf2",
        who="Marcus Oyelaran",
        title="Employer speed interviews",
        st=st,
        en=en,
        course="Career Readiness Seminar (CRS 210)",
        sent=sent,
        ag=4420,
    )
    raw = forward(
        "cf2",
        client="outlook",
        lang="de",
        org=CV_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=body + CV_FOOTER["en"],
        note="Bitte eintragen, das ist das Kurzinterview über die Uni.",
    )
    yield case(
        fam,
        "signed_up_fwd_outlook_de_note",
        "de",
        raw,
        slot(st, en, sent=sent),
        "Outlook (de) forward of a Canvas sign-up at 8:45am.",
        CANVAS_TPL,
    )

    st = at(2027, 3, 2, 14, 30, TOR)
    en = st + timedelta(minutes=30)
    sent = at(2027, 2, 24, 12, 0, TOR)
    subject, body, sent = canvas_deleted(
        "cf3",
        who="Hélène Tremblay",
        title="Co-op placement interviews – Round 3",
        st=st,
        en=en,
        course="Co-op Work Term Preparation",
        sent=sent,
        reason="Employer withdrew this posting.",
        ag=4430,
    )
    raw = forward(
        "cf3",
        client="gmail",
        lang="fr",
        org=CV_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=body + CV_FOOTER["en"],
        note="Annulé, tu peux retirer le créneau.",
    )
    yield case(
        fam,
        "slot_canceled_fwd_gmail_fr",
        "fr",
        raw,
        slot(st, en, kind="cancellation", sent=sent),
        "Gmail (fr) forward of a Canvas cancellation.",
        CANVAS_TPL,
    )

    sent = at(2027, 1, 6, 9, 0, CHI)
    subject, body, sent = canvas_published(
        "cf4",
        title="PhD applicant interviews (Statistics)",
        first=at(2027, 1, 19, 9, 0, CHI),
        last=at(2027, 1, 22, 16, 0, CHI),
        course="PhD Statistics Admissions",
        sent=sent,
        slots=24,
        ag=4410,
    )
    raw = forward(
        "cf4",
        client="apple",
        lang="en",
        org=CV_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=body + CV_FOOTER["en"],
        note="I still have to pick a time for this one.",
    )
    yield case(
        fam,
        "available_fwd_apple",
        "en",
        raw,
        None,
        "Apple Mail forward of a Canvas signup announcement; the user has not picked a slot.",
        CANVAS_TPL,
    )

    st = at(2026, 12, 8, 10, 0, LAX)
    en = st + timedelta(minutes=20)
    sent = at(2026, 12, 1, 11, 0, LAX)
    subject, body, sent = canvas_reserved(
        "cf5",
        who="Eun-ji Park",
        title="Research assistant interviews",
        st=st,
        en=en,
        course="Department of Linguistics – RA Pool",
        sent=sent,
        ag=4440,
    )
    raw = forward(
        "cf5",
        client="gmail",
        lang="en",
        org=CV_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=body + CV_FOOTER["en"],
        note="For my records - this interview already happened last week, no need to schedule anything.",
        delay=timedelta(days=15),
    )
    yield case(
        fam,
        "signed_up_fwd_after_meeting",
        "en",
        raw,
        None,
        "A Canvas sign-up forwarded two weeks after the slot, for the record.",
        CANVAS_TPL,
    )

    st = at(2027, 2, 25, 15, 0, DEN)
    en = st + timedelta(hours=1)
    sent = at(2027, 2, 18, 7, 55, DEN)
    subject, body, sent = canvas_reserved(
        "cf6",
        who="Priya Raghunathan",
        title="Final design review with sponsor",
        st=st,
        en=en,
        course="Engineering Capstone Design II",
        sent=sent,
        group=(["Alex Morgan", "Jonah Brandt"], "Team Kestrel"),
        ag=4450,
    )
    raw = forward(
        "cf6",
        client="outlook",
        lang="en",
        org=CV_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=body + CV_FOOTER["en"],
        note="FYI",
    )
    yield case(
        fam,
        "group_signed_up_fwd_outlook",
        "en",
        raw,
        slot(st, en, sent=sent),
        "Outlook forward of a Canvas group sign-up (3pm to 4pm).",
        CANVAS_TPL,
    )


BER_, VIE_, ZRH_ = "Europe/Berlin", "Europe/Vienna", "Europe/Zurich"
CANVAS_DE_TPL = (
    CANVAS_TPL
    + "; German strings from config/locales/de.yml@00b222d77ee43d046e6aee0347c4ed5b27e1741f "
    "(messages.appointment_reserved_for_user/deleted_for_user/group_published.email; date.formats "
    "short '%-d %b', medium '%-d %b, %Y', abbr_month_names; time.formats.tiny '%k:%M'; "
    "time.ranges.same_day 'Am %{date} von %{start_time} bis %{end_time}', different_days)"
)


def canvasde() -> Iterator[Case]:
    fam = "canvasde"
    items: list[tuple[str, str, bytes, dict[str, object] | None, str]] = []

    st = at(2027, 1, 19, 9, 30, BER_)
    en = st + timedelta(minutes=30)
    sent = at(2026, 12, 16, 14, 10, BER_)
    subject, body, sent = canvas_reserved(
        "cd1",
        who="Dr. Ulrike Sander",
        title="Auswahlgespräche Masterstudiengang Data Science",
        st=st,
        en=en,
        course="Zulassung M.Sc. Data Science 2027",
        sent=sent,
        slots=9,
        ag=5101,
        loc="de",
    )
    items.append(
        (
            "cd1",
            "de_angemeldet_auswahlgespraech",
            canvas_mail("cd1", subject, body, sent, "de"),
            slot(st, en, sent=sent),
            "Canvas (de) 'hat Sie ... angemeldet': 'Datum/Uhrzeit: Am 19 Jan, 2027 von  9:30 bis 10:00' (medium date with comma, space-padded %k); no zone.",
        )
    )

    st = at(2026, 12, 21, 14, 0, VIE_)
    en = st + timedelta(minutes=45)
    sent = at(2026, 12, 11, 10, 0, VIE_)
    subject, body, sent = canvas_reserved(
        "cd2",
        who="Mag. Stefan Eder",
        title="Bewerbungsgespräche Praktikum Sommer 2027",
        st=st,
        en=en,
        course="Karriereservice – Praktikumsbörse",
        sent=sent,
        ag=5102,
        loc="de",
    )
    items.append(
        (
            "cd2",
            "de_angemeldet_same_year",
            canvas_mail("cd2", subject, body, sent, "de"),
            slot(st, en, sent=sent),
            "Canvas (de) sign-up in the current year: 'Am 21 Dez von 14:00 bis 14:45' (no year).",
        )
    )

    st = at(2027, 2, 24, 13, 15, ZRH_)
    en = st + timedelta(minutes=60)
    sent = at(2027, 2, 15, 8, 5, ZRH_)
    subject, body, sent = canvas_reserved(
        "cd3",
        who="Prof. Dr. Anna Brunner",
        title="Zwischenpräsentation beim Industriepartner",
        st=st,
        en=en,
        course="Projektseminar Robotik",
        sent=sent,
        group=(["Alex Morgan", "Lea Meier", "Jonas Frei"], "Team Gotthard"),
        ag=5103,
        loc="de",
    )
    items.append(
        (
            "cd3",
            "de_gruppe_angemeldet",
            canvas_mail("cd3", subject, body, sent, "de"),
            slot(st, en, sent=sent),
            "Canvas (de) group sign-up ('Anwesende: A, B und C', 'Gruppe:'), 'Am 24 Feb, 2027 von 13:15 bis 14:15'.",
        )
    )

    st = at(2027, 3, 2, 8, 0, BER_)
    en = st + timedelta(minutes=30)
    sent = at(2027, 2, 22, 17, 30, BER_)
    subject, body, sent = canvas_reserved(
        "cd4",
        who="Dr. Ulrike Sander",
        title="Auswahlgespräche Promotionskolleg",
        st=st,
        en=en,
        course="Graduiertenkolleg Statistik",
        sent=sent,
        ag=5104,
        loc="de",
    )
    items.append(
        (
            "cd4",
            "de_angemeldet_maerz_acht_uhr",
            canvas_mail("cd4", subject, body, sent, "de"),
            slot(st, en, sent=sent),
            "Canvas (de) 'Am 2 März von  8:00 bis  8:30' (current year, no year; both hours space-padded).",
        )
    )

    st = at(2027, 1, 27, 11, 0, BER_)
    en = st + timedelta(minutes=30)
    sent = at(2027, 1, 20, 9, 45, BER_)
    subject, body, sent = canvas_deleted(
        "cd5",
        who="Dr. Ulrike Sander",
        title="Auswahlgespräche Masterstudiengang Data Science",
        st=st,
        en=en,
        course="Zulassung M.Sc. Data Science 2027",
        sent=sent,
        reason="Die Kommission tagt an diesem Tag nicht. Bitte wählen Sie einen neuen Termin.",
        ag=5101,
        loc="de",
    )
    items.append(
        (
            "cd5",
            "de_zeitfenster_storniert",
            canvas_mail("cd5", subject, body, sent, "de"),
            slot(st, en, kind="cancellation", sent=sent),
            "Canvas (de) 'hat Ihr Zeitfenster ... storniert' with 'Grund der Stornierung'.",
        )
    )

    st = at(2027, 2, 9, 15, 30, VIE_)
    en = st + timedelta(minutes=30)
    sent = at(2027, 2, 3, 12, 0, VIE_)
    subject, body, sent = canvas_deleted(
        "cd6",
        who="Mag. Stefan Eder",
        title="Bewerbungsgespräche Praktikum Sommer 2027",
        st=st,
        en=en,
        course="Karriereservice – Praktikumsbörse",
        sent=sent,
        reason=None,
        ag=5102,
        loc="de",
    )
    items.append(
        (
            "cd6",
            "de_storniert_keine_angabe",
            canvas_mail("cd6", subject, body, sent, "de"),
            slot(st, en, kind="cancellation", sent=sent),
            "Canvas (de) cancellation, 'Grund der Stornierung: keine Angabe'.",
        )
    )

    sent = at(2026, 12, 7, 11, 0, BER_)
    subject, body, sent = canvas_published(
        "cd7",
        title="Auswahlgespräche Masterstudiengang Data Science",
        first=at(2027, 1, 18, 9, 0, BER_),
        last=at(2027, 1, 22, 16, 0, BER_),
        course="Zulassung M.Sc. Data Science 2027",
        sent=sent,
        slots=36,
        ag=5101,
        loc="de",
    )
    items.append(
        (
            "cd7",
            "de_zur_anmeldung_bereit",
            canvas_mail("cd7", subject, body, sent, "de"),
            None,
            "Canvas (de) 'steht zur Anmeldung bereit': 'Datum/Daten: 18 Jan, 2027 bis 22 Jan, 2027'; slots to pick.",
        )
    )

    sent = at(2027, 2, 10, 9, 0, ZRH_)
    subject, body, sent = canvas_published(
        "cd8",
        title="Zwischenpräsentation beim Industriepartner",
        first=at(2027, 2, 24, 9, 0, ZRH_),
        last=at(2027, 2, 24, 17, 0, ZRH_),
        course="Projektseminar Robotik",
        sent=sent,
        slots=None,
        group_cat="Projektteams",
        ag=5103,
        loc="de",
    )
    items.append(
        (
            "cd8",
            "de_gruppe_zur_anmeldung_bereit",
            canvas_mail("cd8", subject, body, sent, "de"),
            None,
            "Canvas (de) group signup announcement for one day ('Datum/Daten: 24 Feb', 'Anmeldungsart: Gruppe (Projektteams)').",
        )
    )

    for _key, name, raw, label, note in items:
        yield case(fam, name, "de", raw, label, note, CANVAS_DE_TPL)


# --------------------------------------------------------------------------------------
# Thunderbird Appointment

TBA_STR = {
    "en": {
        "footer": "You are receiving this email because you signed up on our website for the Thunderbird Appointment Beta.\n\nCopyright © 2025 MZLA Technologies. All rights reserved.\nMZLA Technologies 149 New Montgomery St., 4th Floor San Francisco, CA 94501 USA",
        "invite-subject": "Booking confirmed from Thunderbird Appointment",
        "invite-heading": "has accepted your booking:",
        "invite-attached": "Your calendar invite is attached.",
        "mins": "{d} mins",
        "new-subject": "You have a new confirmed booking with {name}",
        "new-plain": "{name} ({email}) has just booked {date}",
        "new-heading": "has just booked time in {schedule}:",
        "confirm-subject": "Action Required: Confirm booking request from {name}",
        "confirm-plain": "{name} ({email}) is requesting to book a time slot in: {schedule}\n\n{duration} mins\n{time_range} ({timezone})\n{day}\n\nVisit this link to confirm the booking request:\n{confirm}\n\nOr this link if you want to deny it:\n{deny}",
        "cancel-subject": "Booking request cancelled",
        "cancel-plain": "{owner} cancelled your booking request for {day} at {time_range} {timezone}.",
        "reject-subject": "Booking request declined",
        "reject-plain": "{owner} denied your booking request for {day} at {time_range} {timezone}.",
        "pending-subject": "Your booking request is pending approval",
        "pending-plain": "{owner} has been notified of your booking request for {day} at {time_range} {timezone}.\nYou will receive another email once that request has been approved or declined.",
        "reply-hint": "Need to get in touch with {name}? Simply reply to this email.",
        "time": "%I:%M%p",
    },
    "de": {
        "footer": "Du erhälst diese E-Mail, weil Du dich auf unserer Website für Thunderbird Appointment Beta angemeldet hast.\n\nCopyright © 2025 MZLA Technologies. All rights reserved.\nMZLA Technologies 149 New Montgomery St., 4th Floor San Francisco, CA 94501 USA",
        "invite-subject": "Buchung bestätigt von Thunderbird Appointment",
        "invite-heading": "hat deine Buchung bestätigt:",
        "invite-attached": "Deine Kalendereinladung ist angehängt.",
        "mins": "{d} min",
        "new-subject": "Du hast eine neue bestätigte Terminbuchung mit {name}",
        "new-plain": "{name} ({email}) hat soeben {date} gebucht",
        "new-heading": "hat gerade Zeit im {schedule} gebucht",
        "confirm-subject": "Buchungsanfrage von {name} bestätigen",
        "confirm-plain": "{name} ({email}) hat soeben dieses Zeitfenster aus deinem Kalender angefordert:\n\n{duration} mins\n{time_range} ({timezone})\n{day}\n\nDieser Link führt zur Bestätigung der Buchungsanfrage:\n{confirm}\n\nDieser Link führt zur Ablehnung der Buchungsanfrage:\n{deny}",
        "cancel-subject": "Buchungsanfrage abgesagt",
        "cancel-plain": "{owner} hat deine Buchungsanfrage für {day} um {time_range} {timezone} abgesagt.",
        "reject-subject": "Buchungsanfrage abgelehnt",
        "reject-plain": "{owner} hat deine Buchungsanfrage für {day} um {time_range} {timezone} abgelehnt.",
        "pending-subject": "Deine Buchungsanfrage wartet auf Bestätigung",
        "pending-plain": "{owner} wurde über deine Buchungsanfrage für {day} um {time_range} {timezone} informiert.\nDu erhältst eine weitere E-Mail, sobald die Anfrage genehmigt oder abgelehnt wurde.",
        "reply-hint": "Du möchtest {name} kontaktieren? Antworte einfach auf diese E-Mail.",
        "time": "%H:%M",
    },
}
TBA_FROM = ("Thunderbird Appointment", "no-reply@appointment.day")
BABEL = {"en": "en_US", "de": "de_DE"}


def tb_parts(lang: str, st: datetime, minutes: int) -> dict[str, str]:
    s = TBA_STR[lang]
    en = st + timedelta(minutes=minutes)
    return {
        "day": format_date(st.date(), format="full", locale=BABEL[lang]),
        "time_range": f"{st.strftime(s['time'])} - {en.strftime(s['time'])}",
        "timezone": f"({st.strftime('%Z')})",
        "duration": str(minutes),
    }


def tb_html(lines: list[str], footer: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    foot = h(footer).replace("\n", "<br>")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>'
        f'<div style="font-family:Inter,Arial,sans-serif">{body}</div>'
        f'<div style="color:#6b7280;font-size:12px">{foot}</div></body></html>'
    )


def tb_ics(
    uid: str, title: str, st: datetime, en: datetime, org: tuple[str, str], stamp: datetime
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//thunderbird.net/Thunderbird Appointment//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"SUMMARY:{pg8.ics_escape(title)}",
        f"DTSTART:{zulu(st)}",
        f"DTEND:{zulu(en)}",
        f"DTSTAMP:{zulu(stamp)}",
        f"UID:{uid}",
        f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
        f"ATTENDEE;CN={ME[0]};PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{ME[1]}",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return fold_ics(lines)


def tb_confirmed(
    key: str,
    lang: str,
    owner: tuple[str, str],
    title: str,
    st: datetime,
    minutes: int,
    sent: datetime,
) -> tuple[bytes, str]:
    s = TBA_STR[lang]
    p = tb_parts(lang, st, minutes)
    uid = f"{pp.digest(key, 'uid')[:16]}@appointment.day"
    html = tb_html(
        [
            f"<b>{h(owner[0])}</b> ({h(owner[1])}) {h(s['invite-heading'])}",
            h(p["day"]),
            f"{h(p['time_range'])} {h(p['timezone'])}",
            h(s["mins"].format(d=minutes)),
            h(s["invite-attached"]),
            h(s["reply-hint"].format(name=owner[0])),
        ],
        s["footer"],
    )
    raw = build(
        key,
        sender=TBA_FROM,
        to=ME,
        subject=s["invite-subject"],
        sent=sent,
        text=s["footer"],
        html=html,
        attach=(
            tb_ics(uid, title, st, st + timedelta(minutes=minutes), owner, sent),
            "invite.ics",
            "REQUEST",
        ),
        headers={"Reply-To": owner[1]},
    )
    return raw, uid


def tb_new_booking(
    key: str,
    lang: str,
    booker: tuple[str, str],
    schedule: str,
    st: datetime,
    minutes: int,
    sent: datetime,
) -> tuple[str, str, str, bytes]:
    s = TBA_STR[lang]
    p = tb_parts(lang, st, minutes)
    medium = format_date(st.date(), format="medium", locale=BABEL[lang])
    subject = s["new-subject"].format(name=booker[0])
    text = (
        s["new-plain"].format(name=booker[0], email=booker[1], date=medium) + "\n\n" + s["footer"]
    )
    html = tb_html(
        [
            f"<b>{h(booker[0])}</b> ({h(booker[1])}) {h(s['new-heading'].format(schedule=schedule))}",
            h(p["day"]),
            f"{h(p['time_range'])} {h(p['timezone'])}",
            h(s["mins"].format(d=minutes)),
        ],
        s["footer"],
    )
    raw = build(
        key,
        sender=TBA_FROM,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        headers={"Reply-To": booker[1]},
    )
    visible = "\n".join(
        [
            s["new-plain"].format(name=booker[0], email=booker[1], date=medium),
            "",
            p["day"],
            f"{p['time_range']} {p['timezone']}",
            s["mins"].format(d=minutes),
        ]
    )
    return subject, text, visible, raw


def tb_simple(
    key: str,
    lang: str,
    kind: str,
    owner: tuple[str, str],
    st: datetime,
    minutes: int,
    sent: datetime,
) -> tuple[str, str, bytes]:
    s = TBA_STR[lang]
    p = tb_parts(lang, st, minutes)
    subject = s[f"{kind}-subject"]
    line = s[f"{kind}-plain"].format(owner=owner[0], **p)
    text = line + "\n" + s["footer"]
    html = tb_html([h(x) for x in line.split("\n")], s["footer"])
    raw = build(
        key,
        sender=TBA_FROM,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        headers={"Reply-To": owner[1]} if kind != "pending" else None,
    )
    return subject, text, raw


def tb_confirm_request(
    key: str,
    lang: str,
    booker: tuple[str, str],
    schedule: str,
    st: datetime,
    minutes: int,
    sent: datetime,
) -> tuple[str, str, bytes]:
    s = TBA_STR[lang]
    p = tb_parts(lang, st, minutes)
    token = pp.digest(key, "tok")[:20]
    subject = s["confirm-subject"].format(name=booker[0])
    text = (
        s["confirm-plain"].format(
            name=booker[0],
            email=booker[1],
            schedule=schedule,
            confirm=f"https://appointment.day/confirm/{token}/1",
            deny=f"https://appointment.day/confirm/{token}/0",
            **p,
        )
        + "\n\n"
        + s["footer"]
    )
    html = tb_html([h(x) for x in text.split("\n") if x.strip()], "")
    raw = build(key, sender=TBA_FROM, to=ME, subject=subject, sent=sent, text=text, html=html)
    return subject, text, raw


BER, NYZ, LON, VIE = "Europe/Berlin", "America/New_York", "Europe/London", "Europe/Vienna"


def tbappt() -> Iterator[Case]:
    fam = "tbappt"
    owner_en = ("Rachel Okafor", "rachel.okafor@brightwell-analytics.example")
    owner_de = ("Jens Hollmann", "jens.hollmann@nordlicht-software.example")

    st = at(2027, 1, 14, 14, 0, NYZ)
    sent = at(2027, 1, 7, 10, 12, NYZ)
    raw, uid = tb_confirmed(
        "tb1", "en", owner_en, "Interview: Alex Morgan / Brightwell", st, 30, sent
    )
    yield case(
        fam,
        "en_booking_confirmed_ics",
        "en",
        raw,
        slot(st, st + timedelta(minutes=30), zone=None, uid=uid, method="REQUEST"),
        "Booking confirmed: text part is only the footer; the HTML has 'Thursday, January 14, 2027' / '02:00PM - 02:30PM (EST)'; invite.ics in UTC.",
        TBA_TPL.format(loc="en"),
    )

    st = at(2027, 2, 9, 9, 30, BER)
    sent = at(2027, 2, 1, 16, 40, BER)
    raw, uid = tb_confirmed("tb2", "de", owner_de, "Vorstellungsgespräch Alex Morgan", st, 45, sent)
    yield case(
        fam,
        "de_booking_confirmed_ics",
        "de",
        raw,
        slot(st, st + timedelta(minutes=45), uid=uid, method="REQUEST"),
        "Buchung bestätigt (de): 'Dienstag, 9. Februar 2027' / '09:30 - 10:15 (CET)', 45 min; invite.ics in UTC.",
        TBA_TPL.format(loc="de"),
    )

    st = at(2027, 1, 20, 11, 0, LON)
    sent = at(2027, 1, 12, 15, 3, LON)
    _subject, _text, _visible, raw = tb_new_booking(
        "tb3",
        "en",
        ("Tomás Ferreira", "t.ferreira@haverly-recruit.example"),
        "Intro calls",
        st,
        30,
        sent,
    )
    yield case(
        fam,
        "en_new_booking_on_own_schedule",
        "en",
        raw,
        slot(st, st + timedelta(minutes=30)),
        "A recruiter booked time on the reader's own schedule: text 'has just booked Jan 20, 2027' (date only), HTML '11:00AM - 11:30AM (GMT)'.",
        TBA_TPL.format(loc="en"),
    )

    st = at(2027, 3, 3, 15, 0, VIE)
    sent = at(2027, 2, 24, 8, 50, VIE)
    subject, text, _visible, raw = tb_new_booking(
        "tb4",
        "de",
        ("Katrin Aigner", "k.aigner@alpenblick-personal.example"),
        "Erstgespräche",
        st,
        45,
        sent,
    )
    yield case(
        fam,
        "de_new_booking_on_own_schedule",
        "de",
        raw,
        slot(st, st + timedelta(minutes=45)),
        "Neue Buchung (de) im eigenen Kalender: Text nur '03.03.2027', HTML '15:00 - 15:45 (CET)'.",
        TBA_TPL.format(loc="de"),
    )

    st = at(2027, 1, 28, 16, 0, NYZ)
    sent = at(2027, 1, 21, 9, 0, NYZ)
    subject, text, raw = tb_simple("tb5", "en", "cancel", owner_en, st, 30, sent)
    yield case(
        fam,
        "en_booking_cancelled",
        "en",
        raw,
        slot(st, st + timedelta(minutes=30), kind="cancellation"),
        "'Booking request cancelled': '... cancelled your booking request for Thursday, January 28, 2027 at 04:00PM - 04:30PM (EST).'",
        TBA_TPL.format(loc="en"),
    )

    st = at(2027, 2, 17, 13, 0, BER)
    sent = at(2027, 2, 10, 12, 30, BER)
    subject, text, raw = tb_simple("tb6", "de", "cancel", owner_de, st, 30, sent)
    yield case(
        fam,
        "de_booking_cancelled",
        "de",
        raw,
        slot(st, st + timedelta(minutes=30), kind="cancellation"),
        "'Buchungsanfrage abgesagt': '... für Mittwoch, 17. Februar 2027 um 13:00 - 13:30 (CET) abgesagt.'",
        TBA_TPL.format(loc="de"),
    )

    st = at(2027, 1, 19, 10, 0, NYZ)
    sent = at(2027, 1, 13, 14, 20, NYZ)
    subject, text, raw = tb_simple("tb7", "en", "pending", owner_en, st, 30, sent)
    yield case(
        fam,
        "en_pending_approval",
        "en",
        raw,
        None,
        "'Your booking request is pending approval': a request, not yet a meeting.",
        TBA_TPL.format(loc="en"),
    )

    st = at(2027, 2, 11, 10, 30, BER)
    sent = at(2027, 2, 4, 19, 5, BER)
    subject, text, raw = tb_simple("tb8", "de", "pending", owner_de, st, 45, sent)
    yield case(
        fam,
        "de_pending_approval",
        "de",
        raw,
        None,
        "'Deine Buchungsanfrage wartet auf Bestätigung': noch kein Termin.",
        TBA_TPL.format(loc="de"),
    )

    st = at(2027, 1, 22, 9, 0, NYZ)
    sent = at(2027, 1, 15, 11, 45, NYZ)
    subject, text, raw = tb_simple("tb9", "en", "reject", owner_en, st, 30, sent)
    yield case(
        fam,
        "en_request_declined",
        "en",
        raw,
        None,
        "'Booking request declined': the owner denied the requested slot; no meeting.",
        TBA_TPL.format(loc="en"),
    )

    st = at(2027, 3, 4, 14, 0, BER)
    sent = at(2027, 2, 25, 10, 10, BER)
    subject, text, raw = tb_simple("tb10", "de", "reject", owner_de, st, 30, sent)
    yield case(
        fam,
        "de_request_declined",
        "de",
        raw,
        None,
        "'Buchungsanfrage abgelehnt': kein Termin.",
        TBA_TPL.format(loc="de"),
    )

    st = at(2027, 1, 25, 15, 30, LON)
    sent = at(2027, 1, 18, 9, 25, LON)
    _subject, _text, raw = tb_confirm_request(
        "tb11",
        "en",
        ("Ines Varga", "ines.varga@coldharbour-talent.example"),
        "Intro calls",
        st,
        30,
        sent,
    )
    yield case(
        fam,
        "en_confirm_request_action_required",
        "en",
        raw,
        None,
        "'Action Required: Confirm booking request': someone asks for a slot on the reader's schedule; not confirmed yet.",
        TBA_TPL.format(loc="en"),
    )

    st = at(2027, 2, 23, 11, 0, VIE)
    sent = at(2027, 2, 15, 17, 0, VIE)
    _subject, _text, raw = tb_confirm_request(
        "tb12",
        "de",
        ("Lukas Brandner", "l.brandner@talentwerk.example"),
        "Erstgespräche",
        st,
        45,
        sent,
    )
    yield case(
        fam,
        "de_confirm_request",
        "de",
        raw,
        None,
        "'Buchungsanfrage ... bestätigen' (de): eine Anfrage mit Bestätigungs-/Ablehnungslink.",
        TBA_TPL.format(loc="de"),
    )


def tbapptfwd() -> Iterator[Case]:
    fam = "tbapptfwd"
    owner_en = ("Samuel Achterberg", "s.achterberg@kestrel-labs.example")
    owner_de = ("Miriam Kessler", "m.kessler@hafenblick-it.example")

    st = at(2027, 1, 27, 13, 30, NYZ)
    sent = at(2027, 1, 20, 10, 0, NYZ)
    s, p = TBA_STR["en"], tb_parts("en", st, 30)
    body = "\n".join(
        [
            f"{owner_en[0]} ({owner_en[1]}) {s['invite-heading']}",
            p["day"],
            f"{p['time_range']} {p['timezone']}",
            s["mins"].format(d=30),
            "",
            s["footer"],
        ]
    )
    raw = forward(
        "tf1",
        client="gmail",
        lang="en",
        org=TBA_FROM,
        orig_sent=sent,
        subject=s["invite-subject"],
        body_text=body,
        note="Booked the screening call, add it please.",
    )
    yield case(
        fam,
        "confirmed_fwd_gmail",
        "en",
        raw,
        slot(st, st + timedelta(minutes=30)),
        "Gmail forward of a booking confirmation (HTML text as the client quotes it), without invite.ics.",
        TBA_TPL.format(loc="en"),
    )

    st = at(2027, 2, 18, 10, 0, BER)
    sent = at(2027, 2, 9, 14, 30, BER)
    s, p = TBA_STR["de"], tb_parts("de", st, 60)
    body = "\n".join(
        [
            f"{owner_de[0]} ({owner_de[1]}) {s['invite-heading']}",
            p["day"],
            f"{p['time_range']} {p['timezone']}",
            s["mins"].format(d=60),
            "",
            s["footer"],
        ]
    )
    raw = forward(
        "tf2",
        client="outlook",
        lang="de",
        org=TBA_FROM,
        orig_sent=sent,
        subject=s["invite-subject"],
        body_text=body,
        note="Zweites Gespräch steht, bitte in den Kalender.",
    )
    yield case(
        fam,
        "confirmed_fwd_outlook_de",
        "de",
        raw,
        slot(st, st + timedelta(minutes=60)),
        "Outlook (de) forward of 'Buchung bestätigt', one hour.",
        TBA_TPL.format(loc="de"),
    )

    st = at(2027, 3, 1, 9, 0, BER)
    sent = at(2027, 2, 22, 8, 0, BER)
    subject, text, raw0 = tb_simple("tf3", "de", "cancel", owner_de, st, 60, sent)
    raw = forward(
        "tf3",
        client="outlook",
        lang="de",
        org=TBA_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=text,
        note="Leider abgesagt - bitte austragen.",
    )
    yield case(
        fam,
        "cancelled_fwd_outlook_de",
        "de",
        raw,
        slot(st, st + timedelta(minutes=60), kind="cancellation"),
        "Outlook (de) forward of 'Buchungsanfrage abgesagt'.",
        TBA_TPL.format(loc="de"),
    )

    st = at(2027, 2, 2, 16, 0, NYZ)
    sent = at(2027, 1, 27, 12, 0, NYZ)
    subject, text, _raw0 = tb_simple("tf4", "en", "pending", owner_en, st, 30, sent)
    raw = forward(
        "tf4",
        client="gmail",
        lang="en",
        org=TBA_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=text,
        note="Not confirmed yet - just so you know it's in the works.",
    )
    yield case(
        fam,
        "pending_fwd_gmail",
        "en",
        raw,
        None,
        "Gmail forward of a pending booking request; not a meeting yet.",
        TBA_TPL.format(loc="en"),
    )

    st = at(2027, 1, 29, 11, 30, LON)
    sent = at(2027, 1, 21, 16, 0, LON)
    subject, text, visible, _raw0 = tb_new_booking(
        "tf5",
        "en",
        ("Aoife Gallagher", "aoife@brackenridge-search.example"),
        "Recruiter calls",
        st,
        30,
        sent,
    )
    raw = forward(
        "tf5",
        client="apple",
        lang="en",
        org=TBA_FROM,
        orig_sent=sent,
        subject=subject,
        body_text=visible + "\n\n" + TBA_STR["en"]["footer"],
        note="Someone booked my calendar link.",
    )
    yield case(
        fam,
        "new_booking_fwd_apple",
        "en",
        raw,
        slot(st, st + timedelta(minutes=30)),
        "Apple Mail forward of a new booking on the reader's schedule (HTML text as quoted).",
        TBA_TPL.format(loc="en"),
    )


# --------------------------------------------------------------------------------------
# LimeSurvey

LS_INVITE_SUBJ = "Invitation to participate in a survey"
LS_REMIND_SUBJ = "Reminder to participate in a survey"
LS_INVITE = 'Dear {FIRSTNAME},\n\nyou have been invited to participate in a survey.\n\nThe survey is titled:\n"{SURVEYNAME}"\n\n"{SURVEYDESCRIPTION}"\n\nTo participate, please click on the link below.\n\nSincerely,\n\n{ADMINNAME} ({ADMINEMAIL})\n\n----------------------------------------------\nClick here to do the survey:\n{SURVEYURL}'
LS_REMIND = 'Dear {FIRSTNAME},\n\nRecently we invited you to participate in a survey.\n\nWe note that you have not yet completed the survey, and wish to remind you that the survey is still available should you wish to take part.\n\nThe survey is titled:\n"{SURVEYNAME}"\n\n"{SURVEYDESCRIPTION}"\n\nTo participate, please click on the link below.\n\nSincerely,\n\n{ADMINNAME} ({ADMINEMAIL})\n\n----------------------------------------------\nClick here to do the survey:\n{SURVEYURL}'
LS_OPTOUT = "If you do not want to participate in this survey and don't want to receive any more invitations please click the following link:\n{OPTOUTURL}"
LS_DE_SUBJ = "Einladung zur Teilnahme an einer Umfrage"
LS_DE_INVITE = 'Hallo {FIRSTNAME},\n\nHiermit möchten wir Sie zu einer Umfrage einladen.\n\nDer Titel der Umfrage ist \n"{SURVEYNAME}"\n\n"{SURVEYDESCRIPTION}"\n\nUm an dieser Umfrage teilzunehmen, klicken Sie bitte auf den unten stehenden Link.\n\n Mit freundlichen Grüßen,\n\n{ADMINNAME} ({ADMINEMAIL})\n\n----------------------------------------------\nKlicken Sie hier um die Umfrage zu starten:\n{SURVEYURL}'
LS_DE_REMIND_SUBJ = "Erinnerung an Teilnahme an einer Umfrage"
LS_DE_REMIND = 'Hallo {FIRSTNAME},\n\nvor kurzem haben wir Sie zu einer Umfrage eingeladen. Sie haben noch nicht teilgenommen; die Umfrage ist weiterhin geöffnet.\n\nDer Titel der Umfrage ist \n"{SURVEYNAME}"\n\n"{SURVEYDESCRIPTION}"\n\n Mit freundlichen Grüßen,\n\n{ADMINNAME} ({ADMINEMAIL})\n\n----------------------------------------------\nKlicken Sie hier um die Umfrage zu starten:\n{SURVEYURL}'


def ls_fill(template: str, **values: str) -> str:
    out = template
    for k, v in values.items():
        out = out.replace("{" + k + "}", v)
    return out


def ls_mail(
    key: str,
    *,
    lang: str,
    remind: bool,
    admin: tuple[str, str],
    name: str,
    desc: str,
    sent: datetime,
    html: bool,
    sid: int,
) -> tuple[str, str, bytes]:
    token = pp.digest(key, "tok")[:15]
    base = f"https://survey.{admin[1].split('@', 1)[1]}/index.php"
    values = {
        "FIRSTNAME": ME[0].split()[0],
        "SURVEYNAME": name,
        "SURVEYDESCRIPTION": desc,
        "ADMINNAME": admin[0],
        "ADMINEMAIL": admin[1],
        "SURVEYURL": f"{base}/{sid}?token={token}&lang={lang}",
        "OPTOUTURL": f"{base}/optout/tokens/{sid}?token={token}&langcode={lang}",
    }
    if lang == "de":
        subject = LS_DE_REMIND_SUBJ if remind else LS_DE_SUBJ
        text = ls_fill(LS_DE_REMIND if remind else LS_DE_INVITE, **values)
    else:
        subject = LS_REMIND_SUBJ if remind else LS_INVITE_SUBJ
        text = (
            ls_fill(LS_REMIND if remind else LS_INVITE, **values)
            + "\n\n"
            + ls_fill(LS_OPTOUT, **values)
        )
    headers = {"X-surveyid": str(sid), "X-tokenid": token}
    if html:
        markup = h(text).replace("\n", "<br />\n")
        raw = build(
            key, sender=admin, to=ME, subject=subject, sent=sent, html=markup, headers=headers
        )
    else:
        raw = build(
            key, sender=admin, to=ME, subject=subject, sent=sent, text=text, headers=headers
        )
    return subject, text, raw


def limesurvey() -> Iterator[Case]:
    fam = "limesurvey"
    items = [
        (
            "ls1",
            "en_invite_interview_experience",
            "en",
            False,
            ("Talent Acquisition – Harbourline Logistics", "ta-survey@harbourline.example"),
            "Candidate experience: your interview on 14 January 2027",
            "Thank you for interviewing with us on Thursday, 14 January 2027 at 10:00. The survey takes about five minutes and closes on 31 January 2027 at 23:59.",
            at(2027, 1, 15, 9, 0, "Europe/London"),
            True,
            "LimeSurvey invitation (HTML) about a past interview; a closing date and time in the description.",
        ),
        (
            "ls2",
            "en_invite_assessment_day_feedback",
            "en",
            False,
            ("Early Careers Team", "earlycareers@verdant-energy.example"),
            "Assessment centre feedback – 3 February 2027",
            "You attended our assessment centre on 3 February 2027 (09:00–16:30). Tell us how it went before 12 February.",
            at(2027, 2, 4, 11, 30, "Europe/Dublin"),
            False,
            "LimeSurvey text invitation quoting a past assessment day with a time range.",
        ),
        (
            "ls3",
            "en_invite_pre_interview_questionnaire",
            "en",
            False,
            ("Recruiting Operations", "recruiting-ops@northgate-health.example"),
            "Pre-interview questionnaire (interview 22 Feb 2027, 2:00 pm)",
            "Please complete this short questionnaire before your interview on Monday 22 February 2027 at 2:00 pm EST. Your interview details were sent separately.",
            at(2027, 2, 15, 8, 15, "America/New_York"),
            True,
            "LimeSurvey invitation to a questionnaire whose title names the interview time; the invitation itself was sent separately.",
        ),
        (
            "ls4",
            "en_reminder_interview_experience",
            "en",
            True,
            ("Talent Acquisition – Harbourline Logistics", "ta-survey@harbourline.example"),
            "Candidate experience: your interview on 14 January 2027",
            "Thank you for interviewing with us on Thursday, 14 January 2027 at 10:00. The survey takes about five minutes and closes on 31 January 2027 at 23:59.",
            at(2027, 1, 25, 9, 0, "Europe/London"),
            True,
            "LimeSurvey reminder ('Recently we invited you') for the same survey.",
        ),
        (
            "ls5",
            "en_reminder_availability_survey",
            "en",
            True,
            ("Graduate Admissions Office", "gradadmit@riverside-univ.example"),
            "Interview availability – week of 8 March 2027",
            "Tell us which of the following slots suit you for your admission interview: Mon 8 March 10:00, Tue 9 March 14:00, Wed 10 March 16:00 (Pacific Time). We will confirm one slot by email.",
            at(2027, 2, 26, 10, 0, "America/Los_Angeles"),
            False,
            "LimeSurvey reminder to answer an availability survey listing candidate slots; nothing fixed.",
        ),
        (
            "ls6",
            "de_invite_bewerbungserfahrung",
            "de",
            False,
            ("Personalabteilung Lindenau AG", "umfrage@lindenau-ag.example"),
            "Ihre Erfahrung mit unserem Auswahlverfahren",
            "Sie waren am 19. Januar 2027 um 10:30 Uhr bei uns zum Vorstellungsgespräch. Die Umfrage läuft bis zum 5. Februar 2027.",
            at(2027, 1, 21, 14, 0, "Europe/Berlin"),
            False,
            "LimeSurvey (de) Einladung zu einer Umfrage über ein vergangenes Vorstellungsgespräch.",
        ),
        (
            "ls7",
            "de_reminder_feedback",
            "de",
            True,
            ("Personalabteilung Lindenau AG", "umfrage@lindenau-ag.example"),
            "Ihre Erfahrung mit unserem Auswahlverfahren",
            "Sie waren am 19. Januar 2027 um 10:30 Uhr bei uns zum Vorstellungsgespräch. Die Umfrage läuft bis zum 5. Februar 2027.",
            at(2027, 1, 29, 9, 0, "Europe/Berlin"),
            True,
            "LimeSurvey (de) Erinnerung an dieselbe Umfrage (HTML).",
        ),
    ]
    for key, name, lang, remind, admin, title, desc, sent, html, note in items:
        _subject, _text, raw = ls_mail(
            key,
            lang=lang,
            remind=remind,
            admin=admin,
            name=title,
            desc=desc,
            sent=sent,
            html=html,
            sid=482910 + len(key),
        )
        yield case(fam, name, lang, raw, None, note, LIME_DE_TPL if lang == "de" else LIME_TPL)


def limefwd() -> Iterator[Case]:
    fam = "limefwd"
    items = [
        (
            "lf1",
            "en_invite_fwd_gmail",
            "en",
            "gmail",
            ("Candidate Care – Ostrava Robotics", "candidatecare@ostrava-robotics.example"),
            "How was your interview on 11 February 2027?",
            "You met our team on 11 February 2027 at 15:00 CET. The survey closes on 25 February.",
            at(2027, 2, 12, 10, 0, "Europe/Prague"),
            "Should I fill this in? It's about Thursday's interview.",
        ),
        (
            "lf2",
            "en_pre_interview_form_fwd_outlook",
            "en",
            "outlook",
            ("Recruiting Operations", "recruiting-ops@northgate-health.example"),
            "Pre-interview questionnaire (interview 2 March 2027, 11:00 am)",
            "Please complete this questionnaire before your interview on Tuesday 2 March 2027 at 11:00 am EST.",
            at(2027, 2, 23, 9, 0, "America/New_York"),
            "Form for the interview - the invite itself came earlier.",
        ),
        (
            "lf3",
            "de_invite_fwd_outlook",
            "de",
            "outlook",
            ("Personalabteilung Lindenau AG", "umfrage@lindenau-ag.example"),
            "Feedback zum Assessment-Center am 16. Februar 2027",
            "Das Assessment-Center fand am 16. Februar 2027 von 9:00 bis 15:00 Uhr statt. Die Umfrage ist bis 28. Februar geöffnet.",
            at(2027, 2, 17, 8, 30, "Europe/Berlin"),
            "Umfrage zum AC, nur zur Info.",
        ),
    ]
    for key, name, lang, client, admin, title, desc, sent, note in items:
        subject, text, _raw0 = ls_mail(
            key,
            lang=lang,
            remind=False,
            admin=admin,
            name=title,
            desc=desc,
            sent=sent,
            html=False,
            sid=510220,
        )
        raw = forward(
            key,
            client=client,
            lang=lang,
            org=admin,
            orig_sent=sent,
            subject=subject,
            body_text=text,
            note=note,
        )
        yield case(
            fam,
            name,
            lang,
            raw,
            None,
            f"{client.title()} forward of a LimeSurvey invitation about an interview; a survey, not a meeting.",
            LIME_DE_TPL if lang == "de" else LIME_TPL,
        )


BUILDERS: list[Callable[[], Iterator[Case]]] = [
    canvasappt,
    canvasde,
    canvasfwd,
    tbappt,
    tbapptfwd,
    limesurvey,
    limefwd,
]


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the toolsD14 batch (`build_toolsD14.py`)",
        "",
        "Notification mail rendered from the real templates and translations of Canvas LMS's appointment groups "
        f"({CANVAS}: app/messages/appointment_*.email.erb and TextHelper's datetime_string; AGPL-3.0), Thunderbird Appointment ({TBA}: "
        "backend/src/appointment/l10n/en|de/email.ftl and controller/mailer.py; MPL-2.0) and LimeSurvey (templateDefaultTexts() in "
        "application/helpers/common_helper.php for English, the PHPSurveyor-era German language file for the German invitation; "
        "GPL-2.0-or-later); files in every label's `source.template`. Canvas's time is rendered with the en formats its TextHelper names "
        "(leading space of '%l' dropped); its footer is shortened and in our words. Thunderbird Appointment's English time format is the "
        "mailer's fallback '%I:%M%p', the German '%H:%M' as the ftl comments show ('14:00 - 14:30'); the new-booking text gives only a "
        "medium date (the datetime passed to Fluent), the HTML the full day and time range; HTML layouts are shortened and invite.ics "
        "(UTC times) is recalled from the mailer's attachment code. LimeSurvey's German reminder body is ours. Forward header blocks "
        "are those of build_toolsB12.py / build_parse-pos.py / build_toolsC13.py. People, companies, courses, schedules, surveys and "
        "notes are made up and ours.",
        "",
        "Every label was written from the `datetime`s that were rendered (zoneinfo offsets), before the parser was run on the "
        f"message. Held-out families ({', '.join(held)}) were chosen before the parser was run; their files are not listed here. "
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_toolsD14.py` (deterministic).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        negatives = sum(1 for item in items if item.label.get("kind") == NEG)
        lines.append(
            f"- **{name}** ({len(items)} messages, {negatives} negatives, {SPLITS[name]}; {langs}): {SOURCES[name]}"
        )
    lines += ["", "## Figures (quick.py, this batch only)", "", FIGURES]
    lines += ["", "## Files (dev only)", ""]
    dev = sorted((item for item in cases if item.split == "dev"), key=lambda c: c.filename)
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


FIGURES = (
    "First sight, before any parser change (quick.py on this batch's files, final rendering): "
    "dev text invitations right 17/17, calendar-bearing 2/2, negatives claimed 0/18; held out "
    "text 4/8, calendar-bearing 0/0, negatives claimed 0/6. (An earlier rendering that dropped "
    "the leading space of Canvas's '%l' read 8/8 held out. Only the aggregate was looked at; "
    "text-only variants of the dev Canvas templates then showed that a forwarded sign-up "
    "loses a space-padded end hour, 'to  1:30pm', as the range's end, while direct Canvas "
    "mail is read right through its HTML part, where the spaces "
    "collapse.)\n\n"
    "After the fix (when.py: a range's gap may hold two spaces, strftime's space-padded hour; "
    "found by parsing text-only variants of the dev Canvas templates, not held-out output): "
    "dev text 17/17, calendar-bearing 2/2, negatives claimed 0/18; held out text 8/8, "
    "negatives claimed 0/6. Left: Thunderbird Appointment's new-booking text part gives only "
    "a date ('has just booked Jan 20, 2027'); the time is in the HTML part only (read right)."
)


def main() -> int:
    cases = [item for build_ in BUILDERS for item in build_()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-toolsD14.md", provenance(cases))
    negatives = sum(1 for item in cases if item.label.get("kind") == NEG)
    print(
        f"{len(cases)} messages ({negatives} negatives) in {len(SPLITS)} families", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
