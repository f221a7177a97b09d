# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the ats30 batch: booking notices of four pieces of software the corpus had not used,
rendered from their real templates and translation files.

Run: .venv/bin/python tests/parsing/corpus/build_ats30.py

  - Moodle Booking (Wunderbyte-GmbH/moodle-mod_booking): lang/{en,de,fr,ar}/booking.php strings
    bookedtext*, notifyemail*, statuschangetext*, bookingchangedtext* (+ changeold/changenew),
    deletedtext*, waitingtext*, pollurltext*, bookedtextsubjectbookingmanager; {startdate} and
    {starttime} are userdate() with the pack's strftimedate / strftimetime (classes/placeholders/
    placeholders/startdate.php, starttime.php); no zone is printed.
  - Wappointment (wappointment/wappointment, WordPress): the seeded client e-mails of
    app/Services/Reminder.php (confirmed, rescheduled, cancelled, reminder, pending) and the
    AdminPendingAppointmentEmail; [appointment:starts] is ManipulateDuration::getStartsDayAndTime
    = WordPress date_format . ' - ' . time_format . ' (' . client timezone . ')' (DateTime::
    i18nDateTime, Settings date_time_union ' - '), month names from the site locale.  Confirmed,
    rescheduled and reminder mails carry an .ics, so they appear here forwarded (Gmail) without it.
  - Simply Schedule Appointments (WordPress): templates/notifications/email/text/{booked,canceled}-
    {customer,staff}.php; dates 'F d, Y g:ia (T)'.
  - Munich's eAppointment / ZMS (it-at-m/eappointment): zmsentities/templates/messaging/
    mail_{confirmation,reminder,preconfirmed,delete}.twig + subjects.twig + snippets.twig
    (citizens' office appointments: look-alikes).

People, companies, sites, rooms and identifiers are made up; dates are in late 2026 / early 2027.
Held out (chosen by family before any parse): mbookintl30, ssastaff30, zmsneg30.
See PROVENANCE-ats30.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from babel.dates import format_date

HERE = Path(__file__).resolve().parent


def _load(name: str, alias: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(alias, HERE / name)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    return module


a27 = _load("build_ats27.py", "a27_for_ats30")
q = a27.q
cp = a27.cp
rcpt = a27.rcpt
html_to_text = a27.html_to_text
addr_header = a27.addr_header

SPLITS = {
    "mbook30": "dev",
    "mbookchg30": "dev",
    "mbookneg30": "dev",
    "wappt30": "dev",
    "wapptneg30": "dev",
    "ssa30": "dev",
    "mbookintl30": "heldout",
    "ssastaff30": "heldout",
    "zmsneg30": "heldout",
}
MB_T = "Wunderbyte-GmbH/moodle-mod_booking@7cb1333d0edaa35971860c7e16c2ff8ff539fdd9:lang/en/booking.php, lang/de/booking.php; lang/fr/booking.php@ba180e481b3413c30ff84efc78361ea4dc754949; lang/ar/booking.php@e13fc65f0cd9bf3aac237120a63854e6860cf40b (bookedtext*, notifyemail*, statuschangetext*, bookingchangedtext*, changeold/changenew, deletedtext*, waitingtext*, pollurltext*); classes/placeholders/placeholders/{startdate,starttime}.php (userdate with strftimedate/strftimetime); templates/bookingoption_changes.mustache; the {bookingdetails} block and the langconfig date formats recalled"
WA_T = "wappointment/wappointment@fcf2cfe296a240421ed91f28ff3672ece04e4786:app/Services/Reminder.php (seeded client e-mails), app/Messages/{AdminPendingAppointmentEmail,AdminGeneratesDefault}.php, app/Models/Appointment/ManipulateDuration.php (getStartsDayAndTime, '%s min'), app/Services/DateTime.php (i18nDateTime), app/Services/Settings.php (date_time_union ' - '); WordPress core date_format/time_format of each locale recalled"
SSA_T = "Simply Schedule Appointments templates/notifications/email/text/{booked-customer,canceled-customer,booked-staff,canceled-staff}.php as vendored in cp3402-students/Coursework_3402_group4@90bfd62d9609aea239400e54df4c030190220d18 and deepsubha/DogsCare@d3b7646c7aaad287bf852c2066946ce94d441eb7 (wp-content/plugins/simply-schedule-appointments/...); customer_start_date format 'F d, Y g:ia (T)' as in booked-staff.php, its use for the customer recalled"
ZMS_T = "it-at-m/eappointment:zmsentities/templates/messaging/mail_confirmation.twig@501edbdffc89b917f99370732fe9932a56d29547, mail_reminder.twig@23ac295e18c6ecfad2451b0f0069e53c2be3a5d8, mail_preconfirmed.twig@a3a20e06c1ca0130fd79f237d210b5836f325045, mail_delete.twig@9df8656a3d0ffc9a656eed5c373c2bb2979e5b51, subjects.twig@052dad53d0b675ac403e0b18212c5cc13fa6ea8c, snippets.twig@520be7ce4f8397e41862c4b34e0911afe3d04b42"
TEMPLATE = {
    "mbook30": MB_T,
    "mbookchg30": MB_T,
    "mbookneg30": MB_T,
    "mbookintl30": MB_T,
    "wappt30": WA_T,
    "wapptneg30": WA_T,
    "ssa30": SSA_T,
    "ssastaff30": SSA_T + "; " + WA_T,
    "zmsneg30": ZMS_T,
}
LIC_MB = "GPL-3.0-or-later (mod_booking language strings); our text, people and identifiers"
LIC_WA = "GPL-2.0-or-later (Wappointment); our text, people and identifiers"
LIC_SSA = "GPL-2.0-or-later (Simply Schedule Appointments); our text, people and identifiers"
LIC_ZMS = "EUPL-1.2 (eAppointment templates); our text, people and identifiers"
LICENSE = {
    "mbook30": LIC_MB,
    "mbookchg30": LIC_MB,
    "mbookneg30": LIC_MB,
    "mbookintl30": LIC_MB,
    "wappt30": LIC_WA,
    "wapptneg30": LIC_WA,
    "ssa30": LIC_SSA,
    "ssastaff30": LIC_SSA + "; " + LIC_WA,
    "zmsneg30": LIC_ZMS,
}


@dataclass
class Case:
    family: str
    name: str
    label: dict[str, object]
    note: str
    sender: str
    to: str
    subject: str
    sent: datetime
    lang: str
    html: str | None
    text: str | None


CASES: list[Case] = []


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def slot(
    kind: str | None, s: datetime | None, e: datetime | None, zone: str | None
) -> dict[str, object]:
    out: dict[str, object] = {}
    if kind:
        out["kind"] = kind
    if s is None:
        return out
    out["start"] = s.isoformat()
    if e is not None:
        out["end"] = e.isoformat()
    out["all_day"] = False
    if zone:
        out["timezone"] = zone
    elif zone is None:
        out["tz_stated"] = False
    return out


def neg() -> dict[str, object]:
    return {"kind": "not_invitation"}


def add(
    fam: str,
    name: str,
    lab: dict[str, object],
    note: str,
    *,
    sender: str,
    to: str,
    subject: str,
    sent: datetime,
    lang: str,
    html: str | None = None,
    text: str | None = None,
) -> None:
    assert all(c.name != name or c.family != fam for c in CASES), name
    assert html or text
    CASES.append(Case(fam, name, lab, note, sender, to, subject, sent, lang, html, text))


# ------------------------------------------------------------------------------ PHP date()
def month_name(d: datetime, loc: str) -> str:
    if loc.startswith("en"):
        return d.strftime("%B")
    return format_date(d, "LLLL", locale=loc)


def php_date(fmt: str, d: datetime, loc: str = "en") -> str:
    """PHP date()/wp_date() for the tokens the templates use (month names in the site locale)."""
    out: list[str] = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        i += 1
        if c == "\\" and i < len(fmt):
            out.append(fmt[i])
            i += 1
            continue
        if c == "j":
            out.append(str(d.day))
        elif c == "d":
            out.append(f"{d.day:02d}")
        elif c == "F":
            out.append(month_name(d, loc))
        elif c == "M":
            out.append(d.strftime("%b"))
        elif c == "Y":
            out.append(str(d.year))
        elif c == "n":
            out.append(str(d.month))
        elif c == "m":
            out.append(f"{d.month:02d}")
        elif c == "l":
            out.append(
                d.strftime("%A") if loc.startswith("en") else format_date(d, "EEEE", locale=loc)
            )
        elif c == "g":
            out.append(str(d.hour % 12 or 12))
        elif c == "G":
            out.append(str(d.hour))
        elif c == "H":
            out.append(f"{d.hour:02d}")
        elif c == "i":
            out.append(f"{d.minute:02d}")
        elif c == "a":
            out.append("am" if d.hour < 12 else "pm")
        elif c == "A":
            out.append("AM" if d.hour < 12 else "PM")
        elif c == "T":
            out.append(d.tzname() or "")
        else:
            out.append(c)
    return "".join(out)


def gmail_fwd(
    orig_from: str, orig_to: str, subject: str, sent: datetime, body: str, note: str = ""
) -> str:
    when = f"{sent.strftime('%a')}, {sent.strftime('%b')} {sent.day}, {sent.year} at {sent.hour % 12 or 12}:{sent.minute:02d} {'AM' if sent.hour < 12 else 'PM'}"
    head = (note + "\n\n" if note else "") + (
        "---------- Forwarded message ---------\n"
        f"From: {orig_from}\nDate: {when}\nSubject: {subject}\nTo: {orig_to}\n\n"
    )
    return head + body


# ------------------------------------------------------------------------------ Moodle Booking
MB = {
    "en": {
        "strftimedate": "{d} {B} {Y}",
        "time": lambda t: f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}",
        "booked_s": "Booking confirmation for {title}",
        "booked": "Your booking has been registered:\n{bookingdetails}\n<p>##########################################</p>\nBooking status: {status}\nParticipant:   {participant}\nTo view all your booked courses click on the following link: {bookinglink}\nThe associated course can be found here: {courselink}\n",
        "notify_s": "Your booking will start soon",
        "notify": "Your booking will start soon:\nBooking status: {status}\nParticipant: {participant}\nBooking option: {title}\nDate: {startdate} {starttime} - {enddate} {endtime}\nTo view all your booked courses click on the following link: {bookinglink}\nThe associated course can be found here: {courselink}\n",
        "status_s": "Booking status has changed for {title}",
        "status": "Hello {participant}!\nYour booking status has changed.\nBooking status: {status}\nParticipant:   {participant}\nBooking option: {title}\nDate: {startdate} {starttime} - {enddate} {endtime}\nGo to the booking option: {gotobookingoption}\n",
        "changed_s": "Change notification for {title}",
        "changed": "Your booking \"{title}\" has changed.\nHere's what's new:\n{changes}\nTo view the change(s) and all your booked courses click on the following link: {bookinglink}\n",
        "deleted_s": "Deleted booking: {title} by {participant}",
        "deleted": "Booking option has been deleted: {title}\nUser: {participant}\nTitle: {title}\nDate: {startdate} {starttime} - {enddate} {endtime}\nCourse: {courselink}\nBooking link: {bookinglink}\n",
        "waiting_s": "Booking status for {title} has changed",
        "waiting": "You are now on the waiting list of:\n{bookingdetails}\n<p>##########################################</p>\nBooking status: {status}\nParticipant:   {participant}\nTo view all your booked courses click on the following link: {bookinglink}\nThe associated course can be found here: {courselink}\n",
        "poll_s": "Please take the survey",
        "poll": 'Please take the survey:\nSurvey URL: <a href="{pollurl}" target="_blank">{pollurl}</a>\n',
        "manager_s": "New booking for {title} by {participant}",
        "booked_w": "Booked",
        "waitinglist_w": "Waiting list",
        "dates": "Dates",
        "old": "[DELETED] ",
        "new": "[NEW] ",
    },
    "de": {
        "strftimedate": "{d}. {B} {Y}",
        "time": lambda t: f"{t.hour:02d}:{t.minute:02d}",
        "booked_s": "Buchungsbestätigung für {title}",
        "booked": "Ihre Buchung wurde registriert:\n{bookingdetails}\n<p>##########################################</p>\nBuchungsstatus: {status}\nTeilnehmer:   {participant}\nZur Buchungsübersicht: {bookinglink}\nHier geht's zum dazugehörigen Kurs: {courselink}\n",
        "notify_s": "Ihre Buchung startet demnächst",
        "notify": "Ihre Buchung startet demnächst:\n{bookingdetails}\nName:   {participant}\nUm eine Übersicht über alle Buchungen zu erhalten, klicken Sie auf den folgenden Link:\n{bookinglink}\nHier geht's zum Kurs:  {courselink}\n",
        "status_s": "Buchungstatus für {title} geändert",
        "status": "Guten Tag, {participant}!\nIhr Buchungsstatus hat sich geändert.\nIhr Buchungsstatus: {status}\nTeilnehmer/in:   {participant}\nBuchungsoption: {title}\nTermin:  {startdate} {starttime} - {enddate} {endtime}\nLink zur Buchungsoption: {gotobookingoption}\n",
        "changed_s": "Änderungsbenachrichtigung für {title}",
        "changed": 'Ihre Buchung "{title}" hat sich geändert.\nDas ist neu:\n{changes}\nKlicken Sie auf den folgenden Link um die Änderung(en) und eine Übersicht über alle Buchungen zu sehen: {bookinglink}\n',
        "deleted_s": "Storno von {title}, User: {participant}",
        "deleted": "Folgende Buchung wurde storniert: {title}\nNutzer/in: {participant}\nTitel: {title}\nDatum: {startdate} {starttime} - {enddate} {endtime}\nKurs: {courselink}\nLink: {bookinglink}\n",
        "waiting_s": "Buchung auf Warteliste für {title}",
        "waiting": "Sie sind nun auf der Warteliste von:\n{bookingdetails}\n<p>##########################################</p>\nBuchungsstatus: {status}\nTeilnehmer:   {participant}\nZur Buchungsübersicht: {bookinglink}\nHier geht's zum dazugehörigen Kurs: {courselink}\n",
        "poll_s": "Bitte nehmen Sie an der Umfrage teil",
        "poll": 'Bitte nehmen Sie an der Umfrage teil:\nLink zur Umfrage: <a href="{pollurl}" target="_blank">{pollurl}</a>\n',
        "manager_s": "Neue Buchung für {title} von {participant}",
        "booked_w": "Gebucht",
        "waitinglist_w": "Warteliste",
        "dates": "Termine",
        "old": "[GELÖSCHT] ",
        "new": "[NEU] ",
    },
    "fr": {
        "strftimedate": "{d} {B} {Y}",
        "time": lambda t: f"{t.hour:02d}:{t.minute:02d}",
        "booked_s": "Confirmation de réservation pour {title}",
        "booked": "Votre réservation a été enregistrée :\n\n{bookingdetails}\n<p>##########################################</p>\nStatut de la réservation : {status}\nParticipant :   {participant}\n\nPour voir tous vos cours réservés, cliquez sur le lien suivant : {bookinglink}\n",
        "notify_s": "Votre réservation commencera bientôt",
        "notify": "Votre réservation commencera bientôt :\n\nStatut de la réservation : {status}\nParticipant : {participant}\nOption de réservation : {title}\nDate : {startdate} {starttime} - {enddate} {endtime}\nPour voir tous vos cours réservés, cliquez sur le lien suivant : {bookinglink}\nLe cours associé se trouve ici : {courselink}\n",
        "status_s": "Le statut de réservation a changé pour {title}",
        "status": "Bonjour {participant}!\n\nVotre statut de réservation a changé.\n\nStatut de la réservation : {status}\n\nParticipant :   {participant}\nOption de réservation : {title}\nDate : {startdate} {starttime} - {enddate} {endtime}\n",
        "changed_s": "Notification de changement pour {title}",
        "changed": 'Votre réservation "{title}" a changé.\n\nVoici ce qui est nouveau :\n{changes}\n\nPour voir le(s) changement(s) et tous vos cours réservés, cliquez sur le lien suivant : {bookinglink}\n',
        "deleted_s": "Réservation supprimée : {title} par {participant}",
        "deleted": "L'option de réservation a été supprimée : {title}\n\nUtilisateur : {participant}\nTitre : {title}\nDate : {startdate} {starttime} - {enddate} {endtime}\nCours : {courselink}\nLien de réservation : {bookinglink}\n",
        "waiting_s": "Le statut de réservation pour {title} a changé",
        "waiting": "Vous êtes maintenant sur la liste d'attente de :\n\n{bookingdetails}\n<p>##########################################</p>\nStatut de la réservation : {status}\nParticipant :   {participant}\n\nPour voir tous vos cours réservés, cliquez sur le lien suivant : {bookinglink}\n",
        "poll_s": "Veuillez répondre au sondage",
        "poll": 'Veuillez répondre au sondage :\n\nURL du sondage : <a href="{pollurl}" target="_blank">{pollurl}</a>\n',
        "manager_s": "Nouvelle réservation pour {title} par {participant}",
        "booked_w": "Réservé",
        "waitinglist_w": "Liste d'attente",
        "dates": "Dates",
        "old": "[SUPPRIMÉ] ",
        "new": "[NOUVEAU] ",
    },
    "ar": {
        "strftimedate": "{d} {B} {Y}",
        "time": lambda t: f"{t.hour % 12 or 12:02d}:{t.minute:02d} {'ص' if t.hour < 12 else 'م'}",
        "booked_s": "تأكيد الحجز لـ {title}",
        "booked": "تم تسجيل حجزك:\n{bookingdetails}\n<p>##########################################</p>\nحالة الحجز: {status}\nالمشارك:   {participant}\nلعرض جميع الدورات المحجوزة الخاصة بك، انقر على الرابط التالي: {bookinglink}\nيمكن العثور على الدورة المرتبطة هنا: {courselink}\n",
        "notify_s": "سيبدأ حجزك قريبًا",
        "notify": "سيبدأ حجزك قريبًا:\nحالة الحجز: {status}\nالمشارك: {participant}\nخيار الحجز: {title}\nالتاريخ: {startdate} {starttime} - {enddate} {endtime}\nلعرض جميع دوراتك المحجوزة، انقر على الرابط التالي: {bookinglink}\nيمكن العثور على الدورة المرتبطة هنا: {courselink}\n",
        "changed_s": "إشعار التغيير لـ {title}",
        "changed": 'تم تغيير حجزك "{title}".\nإليك ما هو جديد:\n{changes}\nلعرض التغيير(التغييرات) وجميع الدورات المحجوزة الخاصة بك، انقر على الرابط التالي: {bookinglink}\n',
        "deleted_s": "تم حذف الحجز: {title} بواسطة {participant}",
        "deleted": "تم حذف خيار الحجز: {title}\nالمستخدم: {participant}\nالعنوان: {title}\nالتاريخ: {startdate} {starttime} - {enddate} {endtime}\nالدورة: {courselink}\nرابط الحجز: {bookinglink}\n",
        "booked_w": "محجوز",
        "dates": "التواريخ",
        "old": "[محذوف] ",
        "new": "[جديد] ",
    },
}
MB_LOCALE = {"en": "en", "de": "de", "fr": "fr", "ar": "ar"}


def mb_date(d: datetime, lang: str) -> str:
    return MB[lang]["strftimedate"].format(d=d.day, B=month_name(d, MB_LOCALE[lang]), Y=d.year)


def mb_time(d: datetime, lang: str) -> str:
    return MB[lang]["time"](d)  # type: ignore[operator,no-any-return]


def mb_span(s: datetime, e: datetime, lang: str) -> str:
    """optiondates as prettified in mails: '<date>, <time> - <time>' (recalled)."""
    return f"{mb_date(s, lang)}, {mb_time(s, lang)} - {mb_time(e, lang)}"


def mb_details(title: str, s: datetime, e: datetime, lang: str, place: str) -> str:
    return f"<b>{title}</b>\n{MB[lang]['dates']}: {mb_span(s, e, lang)}\n{place}"


def mb_fill(key: str, lang: str, **kw: str) -> str:
    return MB[lang][key].format(**kw)  # type: ignore[union-attr]


def mb_html(body: str) -> str:
    inner = body.replace("\n", "<br />\n")
    return f'<html><body><div class="text_to_html">{inner}</div></body></html>\n'


MB_SITES = {
    "en": ("campus.harrowgate-careers.example", "Harrowgate Careers Service"),
    "de": ("lernen.brandt-logistik.example", "Brandt Logistik Akademie"),
    "fr": ("formation.maison-aubrac.example", "Maison Aubrac Recrutement"),
    "ar": ("moodle.nakheel-energy.example", "Nakheel Energy"),
}


def mb_common(
    lang: str, title: str, s: datetime, e: datetime, who: str, status: str
) -> dict[str, str]:
    host, _ = MB_SITES[lang]
    return {
        "title": title,
        "participant": who,
        "status": status,
        "startdate": mb_date(s, lang),
        "starttime": mb_time(s, lang),
        "enddate": mb_date(e, lang),
        "endtime": mb_time(e, lang),
        "bookinglink": f"https://{host}/mod/booking/view.php?id={400 + len(CASES)}",
        "courselink": f"https://{host}/course/view.php?id={30 + len(CASES) % 7}",
        "gotobookingoption": f"https://{host}/mod/booking/optionview.php?optionid={900 + len(CASES)}",
        "pollurl": f"https://{host}/mod/feedback/view.php?id={700 + len(CASES)}",
    }


def mb_add(
    fam: str,
    name: str,
    lang: str,
    key: str,
    lab: dict[str, object],
    note: str,
    who: str,
    to_who: str,
    sent: datetime,
    **kw: str,
) -> None:
    host, org = MB_SITES[lang]
    body = mb_fill(key, lang, **kw)
    subj = mb_fill(key + "_s", lang, **kw)
    add(
        fam,
        name,
        lab,
        note,
        sender=f"{org} <noreply@{host}>",
        to=rcpt(to_who),
        subject=subj,
        sent=sent,
        lang=lang,
        html=mb_html(body),
    )


def mbook30() -> None:
    fam = "mbook30"
    rows = [
        (
            "booked_en_london",
            "en",
            "booked",
            "Interview slot: Graduate Data Analyst",
            at(2026, 10, 14, 10, 0, "Europe/London"),
            45,
            "Amara Okafor",
            "Room 2.14, Harrowgate House",
        ),
        (
            "booked_en_auckland",
            "en",
            "booked",
            "Assessment interview - Junior Accountant",
            at(2026, 11, 3, 14, 30, "Pacific/Auckland"),
            60,
            "Liam Tupou",
            "Online (Teams link in the course)",
        ),
        (
            "booked_de_berlin",
            "de",
            "booked",
            "Vorstellungsgespräch Disponent/in",
            at(2026, 11, 10, 9, 30, "Europe/Berlin"),
            60,
            "Jonas Weber",
            "Raum Hafen 3",
        ),
        (
            "booked_fr_paris",
            "fr",
            "booked",
            "Entretien de recrutement - Chargé(e) de clientèle",
            at(2026, 11, 19, 15, 0, "Europe/Paris"),
            45,
            "Camille Rousseau",
            "Salle Cantal, 2e étage",
        ),
        (
            "notify_en_chicago",
            "en",
            "notify",
            "Interview: Warehouse Supervisor (panel)",
            at(2026, 10, 21, 13, 0, "America/Chicago"),
            60,
            "Marcus Bell",
            "",
        ),
        (
            "notify_fr_montreal",
            "fr",
            "notify",
            "Entretien : Analyste financier",
            at(2026, 12, 2, 10, 15, "America/Toronto"),
            45,
            "Élodie Gagnon",
            "",
        ),
        (
            "notify_en_pm_dublin",
            "en",
            "notify",
            "Second interview - Customer Success Lead",
            at(2026, 11, 26, 16, 30, "Europe/Dublin"),
            30,
            "Siobhan Kelly",
            "",
        ),
        (
            "status_en_booked_sydney",
            "en",
            "status",
            "Group interview - Retail Team Member",
            at(2026, 12, 8, 11, 0, "Australia/Sydney"),
            90,
            "Chloe Nguyen",
            "",
        ),
        (
            "status_de_booked",
            "de",
            "status",
            "Vorstellungsgespräch Lagerlogistik",
            at(2026, 12, 15, 8, 0, "Europe/Berlin"),
            45,
            "Lea Schmitt",
            "",
        ),
        (
            "status_fr_booked",
            "fr",
            "status",
            "Entretien collectif - Conseiller de vente",
            at(2027, 1, 12, 14, 0, "Europe/Paris"),
            60,
            "Hugo Lefèvre",
            "",
        ),
    ]
    for name, lang, key, title, s, mins, who, place in rows:
        e = s + timedelta(minutes=mins)
        kw = mb_common(lang, title, s, e, who, MB[lang]["booked_w"])
        kw["bookingdetails"] = mb_details(title, s, e, lang, place)
        sent = (s - timedelta(days=6 if key != "notify" else 1)).replace(hour=8, minute=5)
        if key == "notify":
            shown = (
                f"'{kw['startdate']} {kw['starttime']} - {kw['enddate']} {kw['endtime']}'"
                if lang != "de"
                else f"'{mb_span(s, e, lang)}'"
            )
        elif key == "status":
            shown = f"'{kw['startdate']} {kw['starttime']} - {kw['enddate']} {kw['endtime']}'"
        else:
            shown = f"'{mb_span(s, e, lang)}'"
        note = f"Moodle Booking {key} mail ({lang}) for an interview slot the reader booked: {shown}; the pack's strftimedate/strftimetime, no zone."
        mb_add(fam, name, lang, key, slot("invitation", s, e, None), note, who, who, sent, **kw)


def mb_changes(lang: str, old: tuple[datetime, datetime], new: tuple[datetime, datetime]) -> str:
    m = MB[lang]
    return f"{m['dates']}: {m['old']}{mb_span(old[0], old[1], lang)}\n{m['new']}{mb_span(new[0], new[1], lang)}"


def mbookchg30() -> None:
    fam = "mbookchg30"
    rows = [
        (
            "changed_en_london",
            "en",
            "Interview slot: Graduate Data Analyst",
            at(2026, 10, 14, 10, 0, "Europe/London"),
            at(2026, 10, 16, 14, 0, "Europe/London"),
            45,
            "Amara Okafor",
        ),
        (
            "changed_de_berlin",
            "de",
            "Vorstellungsgespräch Disponent/in",
            at(2026, 11, 10, 9, 30, "Europe/Berlin"),
            at(2026, 11, 12, 11, 0, "Europe/Berlin"),
            60,
            "Jonas Weber",
        ),
        (
            "changed_fr_paris",
            "fr",
            "Entretien de recrutement - Chargé(e) de clientèle",
            at(2026, 11, 19, 15, 0, "Europe/Paris"),
            at(2026, 11, 19, 16, 30, "Europe/Paris"),
            45,
            "Camille Rousseau",
        ),
    ]
    for name, lang, title, s0, s1, mins, who in rows:
        e0, e1 = s0 + timedelta(minutes=mins), s1 + timedelta(minutes=mins)
        kw = mb_common(lang, title, s1, e1, who, MB[lang]["booked_w"])
        kw["changes"] = mb_changes(lang, (s0, e0), (s1, e1))
        note = f"Moodle Booking change notification ({lang}): '{MB[lang]['dates']}: {MB[lang]['old']}<old> / {MB[lang]['new']}<new>' (bookingoption_changes rows); the label is the new slot, no zone."
        mb_add(
            fam,
            name,
            lang,
            "changed",
            slot("reschedule", s1, e1, None),
            note,
            who,
            who,
            (s0 - timedelta(days=3)).replace(hour=17, minute=40),
            **kw,
        )
    rows2 = [
        (
            "deleted_en_toronto",
            "en",
            "Interview: Junior Web Developer",
            at(2026, 10, 29, 11, 0, "America/Toronto"),
            45,
            "Priya Raman",
        ),
        (
            "deleted_de_vienna",
            "de",
            "Vorstellungsgespräch Buchhaltung",
            at(2026, 11, 24, 13, 30, "Europe/Vienna"),
            60,
            "Anna Huber",
        ),
        (
            "deleted_fr_brussels",
            "fr",
            "Entretien : Assistant(e) RH",
            at(2026, 12, 3, 9, 0, "Europe/Brussels"),
            30,
            "Manon Dubois",
        ),
    ]
    for name, lang, title, s, mins, who in rows2:
        e = s + timedelta(minutes=mins)
        kw = mb_common(lang, title, s, e, who, "")
        note = f"Moodle Booking deletedtext ({lang}) sent to the participant: the booking option (the interview slot) was deleted; 'Date: {kw['startdate']} {kw['starttime']} - {kw['enddate']} {kw['endtime']}', no zone."
        mb_add(
            fam,
            name,
            lang,
            "deleted",
            slot("cancellation", s, e, None),
            note,
            who,
            who,
            (s - timedelta(days=2)).replace(hour=10, minute=12),
            **kw,
        )


def mbookneg30() -> None:
    fam = "mbookneg30"
    # waiting list
    for name, lang, title, s, mins, who in [
        (
            "waiting_en",
            "en",
            "Interview slot: Graduate Data Analyst",
            at(2026, 10, 15, 9, 0, "Europe/London"),
            45,
            "Tom Hargreaves",
        ),
        (
            "waiting_de",
            "de",
            "Vorstellungsgespräch Disponent/in",
            at(2026, 11, 11, 14, 0, "Europe/Berlin"),
            60,
            "Mia Fischer",
        ),
        (
            "waiting_fr",
            "fr",
            "Entretien collectif - Conseiller de vente",
            at(2027, 1, 12, 14, 0, "Europe/Paris"),
            60,
            "Inès Martin",
        ),
    ]:
        e = s + timedelta(minutes=mins)
        kw = mb_common(lang, title, s, e, who, MB[lang]["waitinglist_w"])
        kw["bookingdetails"] = mb_details(title, s, e, lang, "")
        note = f"Moodle Booking waiting-list confirmation ({lang}): the reader is only on the waiting list for the slot '{mb_span(s, e, lang)}'; no place yet."
        mb_add(
            fam,
            name,
            lang,
            "waiting",
            neg(),
            note,
            who,
            who,
            (s - timedelta(days=9)).replace(hour=12, minute=1),
            **kw,
        )
    # status change to waiting list
    s = at(2026, 11, 5, 10, 0, "America/New_York")
    e = s + timedelta(minutes=30)
    kw = mb_common("en", "Phone screen - Operations Coordinator", s, e, "Grace Lee", "Waiting list")
    mb_add(
        fam,
        "status_en_towaitlist",
        "en",
        "status",
        neg(),
        "Moodle Booking status change (en) whose new status is 'Waiting list': the slot is named but the reader no longer holds it.",
        "Grace Lee",
        "Grace Lee",
        (s - timedelta(days=4)).replace(hour=9, minute=0),
        **kw,
    )
    # survey after the interview day
    for name, lang, who in [("poll_en", "en", "Amara Okafor"), ("poll_de", "de", "Jonas Weber")]:
        kw = mb_common(lang, "x", s, e, who, "")
        mb_add(
            fam,
            name,
            lang,
            "poll",
            neg(),
            f"Moodle Booking poll-URL mail ({lang}) after an assessment day: a survey link, no slot.",
            who,
            who,
            at(2026, 11, 20, 16, 0, "Europe/Berlin" if lang == "de" else "Europe/London"),
            **kw,
        )
    # booking manager copy: someone else booked
    for name, lang, title, s, mins, who, mgr in [
        (
            "manager_en",
            "en",
            "Assessment interview - Junior Accountant",
            at(2026, 11, 4, 9, 0, "Europe/London"),
            60,
            "Daniel Osei",
            "Helen Marsh",
        ),
        (
            "manager_de",
            "de",
            "Vorstellungsgespräch Lagerlogistik",
            at(2026, 12, 15, 10, 0, "Europe/Berlin"),
            45,
            "Paul Becker",
            "Sabine Krüger",
        ),
    ]:
        e = s + timedelta(minutes=mins)
        kw = mb_common(lang, title, s, e, who, MB[lang]["booked_w"])
        kw["bookingdetails"] = mb_details(title, s, e, lang, "")
        host, org = MB_SITES[lang]
        body = mb_fill("booked", lang, **kw)
        add(
            fam,
            name,
            neg(),
            f"Moodle Booking copy to the booking manager ({lang}): subject '{mb_fill('manager_s', lang, **kw)}'; another person's booking, the reader only manages the list.",
            sender=f"{org} <noreply@{host}>",
            to=rcpt(mgr),
            subject=mb_fill("manager_s", lang, **kw),
            sent=(s - timedelta(days=5)).replace(hour=11, minute=20),
            lang=lang,
            html=mb_html(body),
        )


def mbookintl30() -> None:
    fam = "mbookintl30"
    rows = [
        (
            "booked_ar_riyadh",
            "ar",
            "booked",
            "مقابلة عمل - مهندس صيانة",
            at(2026, 11, 9, 10, 0, "Asia/Riyadh"),
            45,
            "Omar Al-Harbi",
        ),
        (
            "notify_ar_dubai",
            "ar",
            "notify",
            "مقابلة شخصية - محاسب",
            at(2026, 12, 6, 13, 30, "Asia/Dubai"),
            60,
            "Layla Haddad",
        ),
        (
            "changed_ar_riyadh",
            "ar",
            "changed",
            "مقابلة عمل - مهندس صيانة",
            at(2026, 11, 11, 11, 0, "Asia/Riyadh"),
            45,
            "Omar Al-Harbi",
        ),
        (
            "deleted_ar_cairo",
            "ar",
            "deleted",
            "مقابلة - أخصائي موارد بشرية",
            at(2026, 12, 14, 12, 0, "Africa/Cairo"),
            30,
            "Yousef Mansour",
        ),
        (
            "notify_de_zurich",
            "de",
            "notify",
            "Vorstellungsgespräch Informatiker/in",
            at(2027, 1, 19, 9, 0, "Europe/Zurich"),
            60,
            "Nina Meier",
        ),
        (
            "status_de_hamburg",
            "de",
            "status",
            "Vorstellungsgespräch Einkauf",
            at(2027, 1, 26, 15, 30, "Europe/Berlin"),
            45,
            "Tim Schulz",
        ),
    ]
    for name, lang, key, title, s, mins, who in rows:
        e = s + timedelta(minutes=mins)
        kw = mb_common(lang, title, s, e, who, MB[lang]["booked_w"])
        kw["bookingdetails"] = mb_details(title, s, e, lang, "")
        kind = {
            "booked": "invitation",
            "notify": "invitation",
            "status": "invitation",
            "changed": "reschedule",
            "deleted": "cancellation",
        }[key]
        if key == "changed":
            s0 = s - timedelta(days=2, hours=1)
            kw["changes"] = mb_changes(lang, (s0, s0 + timedelta(minutes=mins)), (s, e))
        mb_add(
            fam,
            name,
            lang,
            key,
            slot(kind, s, e, None),
            f"Moodle Booking {key} mail ({lang}); no zone.",
            who,
            who,
            (s - timedelta(days=3)).replace(hour=9, minute=45),
            **kw,
        )


# ------------------------------------------------------------------------------ Wappointment
WP = {  # WordPress date_format, time_format per site locale (recalled core defaults / admin choices)
    "en_US": ("F j, Y", "g:i a"),
    "en_GB": ("j F Y", "H:i"),
    "en_AU": ("d/m/Y", "g:i a"),
    "de_DE": ("j. F Y", "G:i"),
    "es_ES": ("j \\d\\e F \\d\\e Y", "H:i"),
    "it_IT": ("j F Y", "G:i"),
    "nl_NL": ("j F Y", "H:i"),
    "pt_BR": ("j \\d\\e F \\d\\e Y", "H:i"),
    "en_ISO": ("Y-m-d", "H:i"),
}


def wa_starts(s: datetime, loc: str, zone: str) -> str:
    dfmt, tfmt = WP[loc]
    lc = loc.split("_")[0] if not loc.startswith("en") else "en"
    return f"{php_date(dfmt, s, lc)} - {php_date(tfmt, s, lc)} ({zone})"


def wa_doc(paras: list[str]) -> tuple[str, str]:
    html_ps = "\n".join(f"<p>{p}</p>" if p else "<p>&nbsp;</p>" for p in paras)
    doc = f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n<table class="body"><tr><td class="wrapper">\n{html_ps}\n</td></tr></table>\n</body></html>\n'
    return doc, html_to_text(doc)


WA_SITES = [
    ("Northfield Talent", "careers.northfield-talent.example"),
    ("Casa Olmedo RRHH", "empleo.casa-olmedo.example"),
    ("Studio Ferretti", "lavora.studio-ferretti.example"),
    ("Van Rijn Personeel", "werken.vanrijn-personeel.example"),
    ("Kessler Personal", "karriere.kessler-personal.example"),
    ("Ipê Consultoria", "vagas.ipe-consultoria.example"),
    ("Blackwood & Reid", "jobs.blackwood-reid.example"),
    ("Koala Coast Recruitment", "book.koalacoast.example"),
]


def wa_service(kind: str, address: str, phone: str) -> list[str]:
    if kind == "physical":
        return [f"It will take place at this address: {address}"]
    if kind == "phone":
        return [f"It will take place over the phone, we will call you on this number: {phone}"]
    return ["It will take place by video online.", "Click here to begin the meeting"]


def wappt30() -> None:
    fam = "wappt30"
    rows = [
        # name, which mail, site idx, loc, zone, start, minutes, client, service name, service kind
        (
            "confirmed_enus_fwd",
            "confirmed",
            0,
            "en_US",
            "America/New_York",
            at(2026, 10, 20, 14, 30, "America/New_York"),
            30,
            "Jordan Ellis",
            "Job interview",
            "zoom",
        ),
        (
            "confirmed_es_fwd",
            "confirmed",
            1,
            "es_ES",
            "Europe/Madrid",
            at(2026, 11, 4, 10, 0, "Europe/Madrid"),
            45,
            "Lucía Navarro",
            "Entrevista",
            "physical",
        ),
        (
            "confirmed_it_fwd",
            "confirmed",
            2,
            "it_IT",
            "Europe/Rome",
            at(2026, 11, 17, 9, 30, "Europe/Rome"),
            60,
            "Giulia Conti",
            "Colloquio conoscitivo",
            "physical",
        ),
        (
            "confirmed_nl_fwd",
            "confirmed",
            3,
            "nl_NL",
            "Europe/Amsterdam",
            at(2026, 12, 1, 15, 0, "Europe/Amsterdam"),
            30,
            "Daan de Vries",
            "Sollicitatiegesprek",
            "phone",
        ),
        (
            "confirmed_engb_fwd",
            "confirmed",
            6,
            "en_GB",
            "Europe/London",
            at(2026, 10, 27, 11, 15, "Europe/London"),
            45,
            "Oliver Grant",
            "First interview",
            "zoom",
        ),
        (
            "resched_de_fwd",
            "rescheduled",
            4,
            "de_DE",
            "Europe/Berlin",
            at(2026, 11, 26, 13, 0, "Europe/Berlin"),
            45,
            "Felix Wagner",
            "Vorstellungsgespräch",
            "physical",
        ),
        (
            "resched_ptbr_fwd",
            "rescheduled",
            5,
            "pt_BR",
            "America/Sao_Paulo",
            at(2026, 12, 9, 16, 0, "America/Sao_Paulo"),
            30,
            "Rafael Souza",
            "Entrevista",
            "zoom",
        ),
        (
            "reminder_enau_fwd",
            "reminder",
            7,
            "en_AU",
            "Australia/Brisbane",
            at(2026, 11, 12, 9, 0, "Australia/Brisbane"),
            30,
            "Mia Thompson",
            "Phone interview",
            "phone",
        ),
        (
            "reminder_iso_fwd",
            "reminder",
            0,
            "en_ISO",
            "America/Denver",
            at(2026, 12, 3, 8, 45, "America/Denver"),
            30,
            "Sam Ortiz",
            "Job interview",
            "zoom",
        ),
        (
            "cancelled_enus",
            "cancelled",
            0,
            "en_US",
            "America/Los_Angeles",
            at(2026, 10, 23, 13, 0, "America/Los_Angeles"),
            30,
            "Riley Chen",
            "Job interview",
            "zoom",
        ),
        (
            "cancelled_it",
            "cancelled",
            2,
            "it_IT",
            "Europe/Rome",
            at(2026, 11, 30, 17, 0, "Europe/Rome"),
            60,
            "Marco Ricci",
            "Colloquio conoscitivo",
            "physical",
        ),
        (
            "cancelled_de",
            "cancelled",
            4,
            "de_DE",
            "Europe/Berlin",
            at(2027, 1, 14, 10, 30, "Europe/Berlin"),
            45,
            "Sophie Braun",
            "Vorstellungsgespräch",
            "physical",
        ),
    ]
    for name, which, si, loc, zone, s, mins, client, service, skind in rows:
        org, host = WA_SITES[si]
        e = s + timedelta(minutes=mins)
        starts = wa_starts(s, loc, zone)
        paras = [f"Dear {client},", ""]
        if which == "confirmed":
            subj = "Your appointment has been confirmed"
            paras.append(f"You have booked a {service} of {mins} min long on {starts}")
            paras += wa_service(
                skind,
                f"{org}, Hauptstraße 12" if loc == "de_DE" else f"{org}, 14 Market Street",
                "+1 555 0142",
            )
            paras += ["", "Best,", org]
            lab = slot("invitation", s, e, zone)
            what = f"'You have booked a {service} of {mins} min long on {starts}'"
        elif which == "rescheduled":
            subj = "Your appointment has been rescheduled"
            paras += [
                "Your appointment has been rescheduled.",
                f"Your new appointment will start on {starts}",
                "",
                "We look forward to seeing you!",
                org,
            ]
            lab = slot("reschedule", s, None, zone)
            what = f"'Your new appointment will start on {starts}' (no duration)"
        elif which == "reminder":
            subj = "Don't forget your appointment"
            paras.append(f"We remind you that you have an appointment on {starts}")
            paras += wa_service(skind, f"{org}, 14 Market Street", "+61 7 5550 1234")
            paras += ["", "Best,", org]
            lab = slot("invitation", s, None, zone)
            what = f"'We remind you that you have an appointment on {starts}'"
        else:
            subj = "Your appointment has been cancelled"
            paras += [
                f"Your appointment taking place the {starts} has been cancelled.",
                "If you want to book a new appointment with us, click here.",
                "",
                "We hope to see you soon!",
                org,
            ]
            lab = slot("cancellation", s, None, zone)
            what = f"'Your appointment taking place the {starts} has been cancelled.'"
        doc, txt = wa_doc(paras)
        sender = f"{org} <wordpress@{host}>"
        sent = (s - timedelta(days=1 if which == "reminder" else 5)).replace(hour=9, minute=14)
        to = rcpt(client)
        if name.endswith("_fwd"):
            fsent = sent + timedelta(minutes=37)
            body = gmail_fwd(
                sender, to, subj, sent, txt, "FYI - this is the interview slot I booked."
            )
            lab = dict(lab)
            lab["original_sender"] = f"wordpress@{host}"
            add(
                fam,
                name,
                lab,
                f"Wappointment '{subj}' ({loc} site date/time formats) forwarded from Gmail without its .ics: {what}.",
                sender=to,
                to="Afterview <import@afterview.example>",
                subject=f"Fwd: {subj}",
                sent=fsent,
                lang=loc[:2],
                text=body,
            )
        else:
            add(
                fam,
                name,
                lab,
                f"Wappointment '{subj}' ({loc} site date/time formats), no .ics in this mail: {what}.",
                sender=sender,
                to=to,
                subject=subj,
                sent=sent,
                lang=loc[:2],
                html=doc,
                text=txt,
            )


def wapptneg30() -> None:
    fam = "wapptneg30"
    for name, si, loc, zone, s, mins, client, service in [
        (
            "pending_enus",
            0,
            "en_US",
            "America/Chicago",
            at(2026, 10, 22, 10, 0, "America/Chicago"),
            30,
            "Taylor Brooks",
            "Job interview",
        ),
        (
            "pending_es",
            1,
            "es_ES",
            "Europe/Madrid",
            at(2026, 11, 6, 12, 30, "Europe/Madrid"),
            45,
            "Pablo Ruiz",
            "Entrevista",
        ),
        (
            "pending_nl",
            3,
            "nl_NL",
            "Europe/Amsterdam",
            at(2026, 12, 2, 9, 0, "Europe/Amsterdam"),
            30,
            "Sanne Jansen",
            "Sollicitatiegesprek",
        ),
    ]:
        org, host = WA_SITES[si]
        starts = wa_starts(s, loc, zone)
        subj = "Your appointment is pending"
        paras = [
            f"Dear {client},",
            "",
            f"You have booked a {service} of {mins} min long on {starts}",
            "It will be confirmed shortly, you will receive the confirmation by email.",
            "",
            "Best,",
            org,
        ]
        doc, txt = wa_doc(paras)
        add(
            fam,
            name,
            neg(),
            f"Wappointment pending mail ({loc}): the requested slot '{starts}' awaits the recruiter's confirmation.",
            sender=f"{org} <wordpress@{host}>",
            to=rcpt(client),
            subject=subj,
            sent=(s - timedelta(days=6)).replace(hour=19, minute=2),
            lang=loc[:2],
            html=doc,
            text=txt,
        )
    for name, si, loc, _tz, s, mins, staff, client in [
        (
            "adminpending_engb",
            6,
            "en_GB",
            "Europe/London",
            at(2026, 10, 28, 15, 0, "Europe/London"),
            45,
            "Rachel Reid",
            "Oliver Grant",
        ),
        (
            "adminpending_de",
            4,
            "de_DE",
            "Europe/Berlin",
            at(2026, 11, 27, 11, 0, "Europe/Berlin"),
            45,
            "Karin Kessler",
            "Felix Wagner",
        ),
    ]:
        org, host = WA_SITES[si]
        e = s + timedelta(minutes=mins)
        dfmt, tfmt = WP[loc]
        lc = "de" if loc == "de_DE" else "en"
        paras = [
            f"Hi {staff.split()[0]},",
            "A new appointment is pending!",
            "",
            "<u>Pending appointment</u>",
            f"Date: {php_date(dfmt, s, lc)}",
            f"Time: {php_date(tfmt, s, lc)} - {php_date(tfmt, e, lc)}",
            f"Staff: {staff}",
            "Service: Job interview",
            "Location: Office",
            f"Client's name: {client}",
            f"Client's email: {rcpt(client).split('<')[1].rstrip('>')}",
            "Please confirm the appointment.",
            "Confirm appointment",
            "Have a great day!",
        ]
        doc, txt = wa_doc(paras)
        add(
            fam,
            name,
            neg(),
            f"Wappointment AdminPendingAppointmentEmail to the staff member ({loc}): a client asked for a slot that still needs confirming.",
            sender=f"{org} <wordpress@{host}>",
            to=rcpt(staff),
            subject="Pending appointment",
            sent=(s - timedelta(days=4)).replace(hour=8, minute=31),
            lang=loc[:2],
            html=doc,
            text=txt,
        )


# ------------------------------------------------------------------------------ SSA
def ssa_start(s: datetime) -> str:
    return php_date("F d, Y g:ia (T)", s)


SSA_SITES = [
    ("Brightwater Dental Group Careers", "careers.brightwater-dental.example"),
    ("Copperline Logistics", "jobs.copperline-logistics.example"),
    ("Halden Architects", "halden-architects.example"),
    ("Meridian Home Care", "work.meridian-homecare.example"),
]


def ssa30() -> None:
    fam = "ssa30"
    rows = [
        (
            "booked_edt",
            0,
            at(2026, 10, 19, 9, 30, "America/New_York"),
            "Jamie Patel",
            "Interview with Hiring Manager",
            None,
        ),
        (
            "booked_cst",
            1,
            at(2026, 11, 16, 13, 0, "America/Chicago"),
            "Chris Morgan",
            "Phone Screen (20 min)",
            None,
        ),
        (
            "booked_gmt_meet",
            2,
            at(2026, 11, 24, 16, 0, "Europe/London"),
            "Hannah Price",
            "Portfolio Review Interview",
            "https://meet.halden-architects.example/portfolio-hp",
        ),
        (
            "booked_pst",
            3,
            at(2026, 12, 7, 11, 45, "America/Los_Angeles"),
            "Diego Alvarez",
            "Caregiver Interview",
            None,
        ),
        (
            "booked_cet",
            2,
            at(2027, 1, 20, 10, 0, "Europe/Berlin"),
            "Lena Vogel",
            "Video Interview (CET)",
            "https://meet.halden-architects.example/lv-20jan",
        ),
        (
            "booked_aedt",
            3,
            at(2026, 12, 10, 14, 0, "Australia/Melbourne"),
            "Ella Wright",
            "Caregiver Interview",
            None,
        ),
    ]
    for name, si, s, client, title, url in rows:
        org, host = SSA_SITES[si]
        lines = [
            f"Hi {client},",
            "",
            f"This is a confirmation of the appointment you just booked on https://{host}",
            "",
            f"Appointment scheduled for {ssa_start(s)}",
            "",
        ]
        if url:
            lines += [f"At your appointment time, join the meeting using this link: {url}", ""]
        lines += [
            f"Type: {title}",
            "",
            "Your details:",
            f"Name: {client}",
            f"Email: {rcpt(client).split('<')[1].rstrip('>')}",
            "",
            "If you need to cancel or change your appointment, you can do so by visiting this link:",
            f"https://{host}/wp-json/ssa/v1/appointments/{5100 + len(CASES)}/edit?token=a{len(CASES)}f9",
        ]
        lab = slot("invitation", s, None, "")
        lab.pop("timezone", None)
        if url:
            lab["meeting_url"] = url
        add(
            fam,
            name,
            lab,
            f"Simply Schedule Appointments booked-customer text mail: 'Appointment scheduled for {ssa_start(s)}' (abbreviation shared by several zones, so no IANA label).",
            sender=f"{org} <wordpress@{host}>",
            to=rcpt(client),
            subject=f"Your appointment has been booked: {title}",
            sent=(s - timedelta(days=8)).replace(hour=20, minute=11),
            lang="en",
            text="\n".join(lines) + "\n",
        )
    for name, si, client, title, sent in [
        (
            "canceled_noslot",
            1,
            "Chris Morgan",
            "Phone Screen (20 min)",
            at(2026, 11, 14, 8, 2, "America/Chicago"),
        ),
        (
            "canceled_noslot2",
            0,
            "Jamie Patel",
            "Interview with Hiring Manager",
            at(2026, 10, 17, 17, 45, "America/New_York"),
        ),
    ]:
        org, host = SSA_SITES[si]
        text = f'Hi {client},\n\nYour appointment "{title}" (booked on https://{host}) has been canceled\n'
        add(
            fam,
            name,
            {"kind": "cancellation"},
            "Simply Schedule Appointments canceled-customer mail: the interview is cancelled but no slot is named.",
            sender=f"{org} <wordpress@{host}>",
            to=rcpt(client),
            subject=f"Appointment canceled: {title}",
            sent=sent,
            lang="en",
            text=text,
        )


def ssastaff30() -> None:
    fam = "ssastaff30"
    for name, si, s, client, staff, title in [
        (
            "bookedstaff_edt",
            0,
            at(2026, 10, 21, 15, 0, "America/New_York"),
            "Morgan Diaz",
            "Karen Wells",
            "Interview with Hiring Manager",
        ),
        (
            "bookedstaff_pst",
            3,
            at(2026, 12, 9, 10, 30, "America/Los_Angeles"),
            "Noah Kim",
            "Beth Alvarez",
            "Caregiver Interview",
        ),
        (
            "bookedstaff_gmt",
            2,
            at(2026, 11, 25, 12, 0, "Europe/London"),
            "Isla Ford",
            "Peter Halden",
            "Portfolio Review Interview",
        ),
    ]:
        org, host = SSA_SITES[si]
        text = f"{client} just booked an appointment on https://{host}\n\nAppointment Details:\nStarting at {php_date('F d, Y g:ia (T)', s)}\n\nType: {title}\n\nCustomer details:\nName: {client}\nEmail: {rcpt(client).split('<')[1].rstrip('>')}\n"
        add(
            fam,
            name,
            neg(),
            "Simply Schedule Appointments booked-staff notice to the recruiter: someone else's booking.",
            sender=f"{org} <wordpress@{host}>",
            to=rcpt(staff, host),
            subject=f"New appointment: {title} with {client}",
            sent=(s - timedelta(days=6)).replace(hour=7, minute=58),
            lang="en",
            text=text,
        )
    org, host = SSA_SITES[1]
    add(
        fam,
        "canceledstaff",
        neg(),
        "Simply Schedule Appointments canceled-staff notice: a candidate cancelled their booking with the recruiter.",
        sender=f"{org} <wordpress@{host}>",
        to=rcpt("Dana Fields", host),
        subject="Appointment canceled: Phone Screen (20 min)",
        sent=at(2026, 11, 13, 9, 5, "America/Chicago"),
        lang="en",
        text=f'Hi Dana,\n\nThe appointment "Phone Screen (20 min)" (booked on https://{host}) has been canceled by Chris Morgan\n',
    )
    org, host = WA_SITES[6]
    s = at(2026, 10, 27, 11, 15, "Europe/London")
    paras = [
        "Hi Rachel,",
        "Unfortunately a client cancelled his appointment.",
        "",
        "<u>Cancelled appointment</u>",
        f"Date: {php_date('j F Y', s)}",
        f"Time: {php_date('H:i', s)} - {php_date('H:i', s + timedelta(minutes=45))}",
        "Staff: Rachel Reid",
        "Service: First interview",
        "Client's name: Oliver Grant",
        "Have a great day!",
    ]
    doc, txt = wa_doc(paras)
    add(
        fam,
        "wa_admincancel",
        neg(),
        "Wappointment AdminCanceledAppointmentEmail to the staff member: another person's cancelled booking.",
        sender=f"{org} <wordpress@{host}>",
        to=rcpt("Rachel Reid", host),
        subject="Cancelled appointment",
        sent=at(2026, 10, 25, 18, 40, "Europe/London"),
        lang="en",
        html=doc,
        text=txt,
    )


# ------------------------------------------------------------------------------ ZMS
ZMS_TOP = "<i>\nAchtung! Dies ist eine automatisch erstellte E-Mail. <br />Bitte antworten Sie nicht auf diese Mail, sie kann nicht bearbeitet werden.\n</i><br /><br />\n"
ZMS_END = 'Mit freundlichem Gruß<br />\nIhre Terminverwaltung des Landes Berlin\n<br /><br />\n<a href="https://service.example-stadt.example/terminvereinbarung/">https://service.example-stadt.example/terminvereinbarung/</a>\n'


def zms_day(s: datetime) -> str:
    return format_date(s, "EEEE, dd. MMMM y", locale="de")


def zmsneg30() -> None:
    fam = "zmsneg30"
    rows = [
        (
            "confirm_pass",
            "confirmed",
            at(2026, 11, 3, 8, 30, "Europe/Berlin"),
            "Bürgerbüro Mitte",
            "Reisepass beantragen",
            "Wacker",
        ),
        (
            "confirm_ummeldung",
            "confirmed",
            at(2026, 11, 18, 14, 10, "Europe/Berlin"),
            "Bürgerbüro Nord",
            "Wohnsitz ummelden",
            "Yilmaz",
        ),
        (
            "reminder_fuehrerschein",
            "reminder",
            at(2026, 12, 1, 9, 45, "Europe/Berlin"),
            "Fahrerlaubnisbehörde",
            "Umtausch Führerschein",
            "Krause",
        ),
        (
            "reminder_aufenthalt",
            "reminder",
            at(2027, 1, 13, 11, 20, "Europe/Berlin"),
            "Ausländerbehörde",
            "Aufenthaltserlaubnis zur Beschäftigung",
            "Nowak",
        ),
        (
            "preconfirmed",
            "preconfirmed",
            at(2026, 11, 25, 10, 0, "Europe/Berlin"),
            "Bürgerbüro Süd",
            "Personalausweis beantragen",
            "Lorenz",
        ),
        (
            "delete",
            "deleted",
            at(2026, 12, 9, 15, 30, "Europe/Berlin"),
            "Bürgerbüro Mitte",
            "Führungszeugnis beantragen",
            "Hoffmann",
        ),
    ]
    for name, status, s, office, service, family in rows:
        greet = f"Guten Tag {family},\n<br /><br />\n"
        day, hm = zms_day(s), s.strftime("%H:%M")
        if status == "confirmed":
            subj = "Terminbestätigung"
            body = f'wir bestätigen Ihren Termin im <strong>{office}</strong>.\n<br><br>\nDatum:<strong> {day} </strong><br>\nUhrzeit: <strong>{hm} Uhr</strong>.<br />\n<br>\nTerminnummer: <strong>{40000 + len(CASES) * 37}</strong><br />\n<br />\nBitte gehen Sie rechtzeitig zur <strong>"Marktstraße 4"</strong><br />\n<br>\nFolgende Dienstleistung ist für diesen Termin gebucht:\n<br/><br />\n<strong><a href="https://service.example-stadt.example/dienstleistung/{120 + len(CASES)}/">{service}</a></strong><br/>\nAnzahl: 1\n<br><br>\nBitte informieren Sie sich vorab über oben genannte/n Link/s, welche Unterlagen Sie benötigen. \n<br> <br>\nFalls Sie diesen Termin nicht benötigen oder wahrnehmen können, stornieren Sie bitte <b>umgehend</b> Ihren Termin und reservieren einen neuen Termin.\n<a href="https://service.example-stadt.example/terminvereinbarung/#/appointment/x{len(CASES)}">Termin ändern/stornieren</a><br />\n<br /><br />\n'
        elif status == "reminder":
            subj = "Terminerinnerung"
            body = f'wir erinnern Sie an Ihren Termin  <strong>am {day} um {hm} Uhr</strong>. <br>\nTerminnummer: <strong>{40000 + len(CASES) * 37}</strong><br />\n<br />\nBitte gehen Sie rechtzeitig zur <strong>"Marktstraße 4"</strong><br />\n<br>\nDer Einlass ins Gebäude ist <b>frühestens 10 Minuten</b> vor Ihrem Termin möglich. Bitte erscheinen Sie rechtzeitig zu Ihrem Termin und zeigen diese Terminerinnerung beim Einlass vor. \n<br /><br />\nFolgende Dienstleistung ist für diesen Termin gebucht:\n<br/><br />\n<strong>{service}</strong><br/>\nAnzahl: 1\n<br><br>\n'
        elif status == "preconfirmed":
            subj = "Aktivierungslink für Ihren Termin"
            body = f'vielen Dank für die Terminanfrage.<br /><br />\nKlicken Sie bitte auf den unten stehenden Link, um den Termin am {day} um {hm} Uhr verbindlich zu reservieren.<br /><br />\n<strong><a href="https://service.example-stadt.example/terminvereinbarung/#/appointment/confirm/y{len(CASES)}" target="_blank">Termin bestätigen</a></strong>  <br /><br />\n<strong>Bitte beachten Sie, dass Ihre Terminanfrage ohne eine Bestätigung nach Ablauf von einer Stunde gelöscht wird.</strong><br /><br />\n'
        else:
            subj = "Terminabsage"
            body = f"Ihr Termin am <strong>{day} </strong> um {hm} Uhr  wurde gelöscht.<br />\n<br />\n"
        doc = f'<div style="color: #000000; background: #ffffff;">\n{ZMS_TOP}{greet}{body}{ZMS_END}</div>\n'
        add(
            fam,
            name,
            neg(),
            f"Citizens' office appointment mail of eAppointment ({status}): an appointment at a public office, not an interview.",
            sender="Terminvereinbarung <terminvereinbarung@service.example-stadt.example>",
            to=rcpt(f"Alex {family}"),
            subject=subj,
            sent=(s - timedelta(days=2 if status == "reminder" else 12)).replace(hour=6, minute=30),
            lang="de",
            html=f"<html><body>\n{doc}</body></html>\n",
        )


# ------------------------------------------------------------------------------ rendering
def render(case: Case, idx: int) -> tuple[str, bytes]:
    name = f"{case.family}__{case.name}.eml"
    head = [
        f"From: {addr_header(case.sender)}",
        f"To: {addr_header(case.to)}",
        f"Subject: {cp.header_text(case.subject)}",
        f"Date: {format_datetime(case.sent)}",
        f"Message-ID: <{case.family}.{case.name}@ats30.example>",
        "MIME-Version: 1.0",
    ]
    parts: list[bytes] = []
    if case.text:
        tb = case.text.replace("\r\n", "\n").replace("\n", "\r\n").encode()
        parts.append(
            q.c17.part(
                'text/plain; charset="utf-8"', tb, "7bit" if tb.isascii() else "quoted-printable"
            )
        )
    if case.html:
        hb = case.html.replace("\r\n", "\n").replace("\n", "\r\n").encode()
        parts.append(q.c17.part('text/html; charset="utf-8"', hb, "quoted-printable"))
    body = parts[0] if len(parts) == 1 else cp.multipart("alternative", f"=_ats30_{idx:04d}", parts)
    return name, "\r\n".join(head).encode() + b"\r\n" + body


def main() -> None:
    for build in (
        mbook30,
        mbookchg30,
        mbookneg30,
        wappt30,
        wapptneg30,
        ssa30,
        mbookintl30,
        ssastaff30,
        zmsneg30,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for idx, case in enumerate(CASES):
        name, data = render(case, idx)
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        lab["language"] = case.lang
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE[case.family],
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files")


if __name__ == "__main__":
    main()
