# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the "negs27a" batch: everyday bookings and someone else's appointments, not interviews.

Run: .venv/bin/python tests/parsing/corpus/build_negs27a.py

Mail that lands in a job seeker's inbox with a future day and clock time next to the words that
fool a reader of invitations ("appointment", "meeting", "booking", "confirmed", a place, a link)
and that sets no job interview for the reader: room bookings from the Meeting Room Booking
System (MRBS, real localized strings), Koha library curbside pickups (real en and de notices),
Engelsystem volunteer shift notices (real en and de strings), clinic appointment reminders
(ClinicArrivals' template shape in English, hand-written in other languages), family mail about
someone else's appointment, and (held out) delivery windows and car service, travel check-in and
counter appointments, school and parents' mail, sports clubs and coworking. About one message in
nine is a control: an interview invitation for the reader in the same languages, so the rules
do not swallow real invitations.

Every label was written from the same datetimes the text is rendered from (weekday names checked
against the date) before the parser was run on any message; the split was fixed before then too.
Helpers follow build_textneg26.py (mail helpers of build_parse-pos.py, loaded). Output is
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


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
at, timed, mail, Case = pp.at, pp.timed, pp.mail, pp.Case
OWN = pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"
MIN = timedelta(minutes=1)

HAND = (
    "hand-written; mail typed by clinics, families, shops, schools, clubs and recruiters, written "
    "for this corpus from memory of such mail, no template or third-party text copied; " + OWN
)
MRBS = (
    "meeting-room-booking-system/mrbs-code:web/functions_mail.inc (create_body: brief "
    "description, room, start time, duration, end time, created by; ICU FULL date + SHORT time) "
    "and web/lang/lang.{lang} (mail_subject_new_entry, mail_body_new_entry, "
    "mail_body_changed_entry, namebooker, room, start_date, duration, end_date, createdby)"
    "@47a3f85ccd9a2d990c1fc8a83a6a1c13ac292d65"
)
MRBS_LIC = "GPL-2.0-or-later (MRBS); our own booking names, people and rooms"
KOHA_EN = (
    "Koha-Community/Koha:installer/data/mysql/db_revs/220600022.pl (letter NEW_CURBSIDE_PICKUP, "
    "English subject and content, read via the code index)"
)
KOHA_DE = (
    "Koha German notice update (NEW_CURBSIDE_PICKUP 'Termin zur Abholung eingericht', "
    "'Neue Abholung'; German content read via the code index, file id 30793770452)"
)
KOHA_LIC = "GPL-3.0-or-later (Koha); our own titles, people and libraries"
ENGEL = (
    "engelsystem/engelsystem:resources/views/emails/{shift-assigned,updated-shift,mail}.text.twig, "
    "includes/mailer/shifts_mailer.php ('Assigned to Shift'), resources/lang/{en_US,de_DE}/"
    "{default,additional}.po (email.greeting, email.introduction, general.datetime, "
    "notification.shift.updated*)@c4ee71550446961a6e55fad3d800c97911c09086"
)
ENGEL_LIC = "GPL-2.0 (Engelsystem); our own events, shifts and people"
CLINIC_EN = (
    "grahamegrieve/ClinicArrivals:documentation/Templates.md (appointment SMS template shape: "
    "'Patient {{Patient.name}} has an appointment with {{Practitioner.name}} at "
    "{{Appointment.start.time}} on {{Appointment.start.date}}'), wording around it ours"
)
CLINIC_LIC = "BSD-3-Clause (ClinicArrivals); our own clinic, patients and text"

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "mrbs27": "dev",
    "koha27": "dev",
    "engel27": "dev",
    "clinic27": "dev",
    "kinappt27": "dev",
    "ctrl27a": "dev",
    "deliv27": "heldout",
    "travel27": "heldout",
    "school27": "heldout",
    "club27": "heldout",
    "ctrlho27a": "heldout",
}

SOURCES = {
    "mrbs27": "MRBS (Meeting Room Booking System) notices of a room booked or changed at a coworking space, library or university, real localized strings (en, de, fr, es, nl, it, pl).",
    "koha27": "Koha library curbside pickup scheduled, real NEW_CURBSIDE_PICKUP notices (en, de).",
    "engel27": "Engelsystem volunteer shift assigned or updated at a festival or conference, real strings (en, de).",
    "clinic27": "Clinic, dentist and lab appointment confirmations and reminders: ClinicArrivals' template shape (en) and hand-written (pt-BR, es-MX, tr, id, vi).",
    "kinappt27": "Family and friends writing about someone else's appointment (a grandmother's cardiology visit, a child's dentist, a partner's scan) with a day, time and place (en, pt-BR, es-MX, it, tr, id, hi-latin, de).",
    "ctrl27a": "Controls: interview invitations for the reader, text only (en, pt-BR, es-MX, de, tr).",
    "deliv27": "Delivery time windows, installer visits and car service bookings (en, nl, pl, pt-BR, es-MX, it, fr).",
    "travel27": "Flight check-in and boarding, consulate and town-hall counter appointments (en, fr, ja, de, es-MX, id).",
    "school27": "School and parents' mail: parent-teacher meetings, school trips, exams of the child (nl, fr, it, pl, id, vi, en).",
    "club27": "Sports clubs, gyms and coworking: court bookings, class bookings, training sessions, a desk booking (en, de, es-MX, pt-BR, tr, nl).",
    "ctrlho27a": "Controls: interview invitations for the reader, text only (nl, fr, it).",
}

LON, BER, PAR, MAD, MEX, SAO, ROM, AMS, WAW, IST, JKT, HCM, TYO, DEL, NYC, VIE = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "America/Mexico_City",
    "America/Sao_Paulo",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "Europe/Istanbul",
    "Asia/Jakarta",
    "Asia/Ho_Chi_Minh",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "America/New_York",
    "Europe/Vienna",
)


def sent_on(mo: int, d: int, h: int, zone: str, mi: int = 12) -> datetime:
    return at(2026, mo, d, h, mi, zone)


def chk(mo: int, d: int, weekday: str) -> None:
    """Guard a weekday written in a negative's text (no label uses it)."""
    at(2026, mo, d, 12, 0, "UTC", weekday)


def build(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str | None,
    *,
    html: str | None = None,
    label: dict[str, object] | None = None,
    template: str = HAND,
    license_: str = OWN,
    days: tuple[tuple[int, int, str], ...] = (),
    to: tuple[str, str] = ME,
) -> Case:
    """One direct mail; without a label a non-invitation. Weekdays in the text are checked."""
    for mo, d, wd in days:
        chk(mo, d, wd)
    raw = mail(
        f"negs27a/{family}/{name}",
        sender=sender,
        to=to,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
        reply_to_key="",
    )
    if label is not None:
        label = {**label, "organizer_email": sender[1]}
    return Case(
        family,
        SPLITS[family],
        f"{lang}_{name}",
        raw,
        label or {"kind": NEG},
        lang,
        note,
        template,
        license_,
    )


def ctl(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    text: str,
    start: datetime,
    minutes: int | None,
) -> Case:
    """A control: the reader's own interview, wall time in the Date header's offset."""
    end = start + minutes * MIN if minutes else None
    label = {"kind": "invitation", **timed(start, end, sent=sent)}
    return build(family, name, lang, sender, subject, sent, note, text, label=label)


# ------------------------------------------------------------------------------------ MRBS
def _mrbs_text(intro: str, link: str, rows: list[tuple[str, str]]) -> str:
    body = intro + "\r\n\r\n" + link + "\r\n\r\n"
    body += "".join(f"{k}: {v}\r\n" for k, v in rows)
    return body.replace("\r\n", "\n")


def _mrbs_html(
    company: str, system: str, intro: str, link: str, name: str, rows: list[tuple[str, str]]
) -> str:
    cells = "\n".join(f"<tr>\n<td>{k}: </td>\n<td>{v}</td>\n</tr>" for k, v in rows)
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title></title>\n</head>\n<body>\n'
        f'<div id="header">{company} - {system}</div>\n<div id="contents">\n'
        f'<p>{intro}</p><p><a target="_blank" href="{link}">{name}</a></p>\n'
        f"<table>\n<tbody>\n{cells}\n</tbody></table>\n</div>\n</body>\n</html>\n"
    )


def mrbs27() -> Iterator[Case]:
    f = "mrbs27"

    def m(
        name: str,
        lang: str,
        sender: tuple[str, str],
        subject: str,
        sent: datetime,
        note: str,
        intro: str,
        entry: int,
        host: str,
        rows: list[tuple[str, str]],
        days: tuple[tuple[int, int, str], ...],
        html: tuple[str, str] | None = None,
    ) -> Case:
        link = f"https://{host}/view_entry.php?id={entry}"
        text = _mrbs_text(intro, link, rows)
        page = _mrbs_html(html[0], html[1], intro, link, rows[0][1], rows) if html else None
        return build(
            f,
            name,
            lang,
            sender,
            subject,
            sent,
            note,
            text,
            html=page,
            template=MRBS.replace("{lang}", lang),
            license_=MRBS_LIC,
            days=days,
        )

    yield m(
        "room_booked",
        "en",
        ("Hatchery Works MRBS", "rooms@hatcheryworks.example"),
        "Entry added for Hatchery Works MRBS",
        sent_on(11, 9, 17, LON),
        "Coworking room booked by the reader for a study group: MRBS new-entry mail, Start time Thursday 19 November 2026 at 14:00, 2 hours.",
        "A new entry has been booked by Alex Morgan, here are the details:",
        4182,
        "rooms.hatcheryworks.example",
        [
            ("Brief description", "Portfolio study group"),
            ("Full description", "Weekly UX portfolio crit, bring laptops"),
            ("Room", "Ground floor - Meeting Room 2 (Kestrel)"),
            ("Start time", "Thursday 19 November 2026 at 14:00"),
            ("Duration", "2 hours"),
            ("End time", "Thursday 19 November 2026 at 16:00"),
            ("Type", "Internal"),
            ("Created by", "Alex Morgan"),
        ],
        ((11, 19, "Thu"),),
        ("Hatchery Works", "Meeting Room Booking System"),
    )
    yield m(
        "entry_changed",
        "en",
        ("Library Rooms (MRBS)", "mrbs@northgate-library.example"),
        "Entry changed for Northgate Library MRBS",
        sent_on(11, 12, 10, LON),
        "Library group room booking moved by the booker; MRBS changed-entry mail with old values in parentheses; not a meeting with anyone for the reader.",
        "An entry has been modified by Alex Morgan, here are the details:",
        9921,
        "rooms.northgate-library.example",
        [
            ("Brief description", "CV workshop practice"),
            ("Room", "Level 3 - Group Study 3B"),
            ("Start time", "Tuesday 24 November 2026 at 10:30 (Monday 23 November 2026 at 10:30)"),
            ("Duration", "90 minutes"),
            ("End time", "Tuesday 24 November 2026 at 12:00 (Monday 23 November 2026 at 12:00)"),
            ("Created by", "Alex Morgan"),
        ],
        ((11, 24, "Tue"), (11, 23, "Mon")),
    )
    yield m(
        "raum_gebucht",
        "de",
        ("Raumbuchung Coworking Spinnerei", "raumbuchung@spinnerei-cowork.example"),
        "Neuer Eintrag für Spinnerei Coworking MRBS.",
        sent_on(11, 10, 8, BER),
        "German MRBS: room booked for a Verein board meeting (Vorstandssitzung) on Mittwoch, 18. November 2026 um 19:00.",
        "Ein neuer Eintrag wurde von Alex Morgan vorgenommen; hier die Details:",
        377,
        "raum.spinnerei-cowork.example",
        [
            ("Kurzbeschreibung ", "Vorstandssitzung Lauftreff e.V."),
            ("Vollständige Beschreibung", "Jahresplanung, Kassenbericht"),
            ("Raum", "Halle 14 - Besprechungsraum Weberei"),
            ("Anfangsdatum", "Mittwoch, 18. November 2026 um 19:00"),
            ("Dauer", "2 Stunden"),
            ("Enddatum", "Mittwoch, 18. November 2026 um 21:00"),
            ("Erstellt von", "Alex Morgan"),
        ],
        ((11, 18, "Wed"),),
        ("Spinnerei Coworking", "Raumbuchungssystem"),
    )
    yield m(
        "salle_reservee",
        "fr",
        ("Réservation de salles - La Ruche", "salles@laruche-coworking.example"),
        "Entrée ajoutée pour La Ruche MRBS",
        sent_on(11, 13, 9, PAR),
        "French MRBS: a meeting room reserved for a freelancers' afternoon, mardi 24 novembre 2026 à 15:00.",
        "Une nouvelle entrée a été réservée, voici les détails :",
        2210,
        "salles.laruche-coworking.example",
        [
            ("Brève description", "Atelier freelances"),
            ("Salle", "Rez-de-chaussée - Salle Tilleul"),
            ("Date de début", "mardi 24 novembre 2026 à 15:00"),
            ("Durée", "1.5 heures"),
            ("Date de fin", "mardi 24 novembre 2026 à 16:30"),
            ("Créée par", "Alex Morgan"),
        ],
        ((11, 24, "Tue"),),
    )
    yield m(
        "reserva_sala",
        "es",
        ("Sistema de reserva de salas", "reservas@biblioteca-uam.example"),
        "Creada una reserva en el Sistema de Reservas de Biblioteca Campus Sur",
        sent_on(11, 11, 12, MAD),
        "Spanish MRBS: a university library room booked for a thesis study session, jueves, 26 de noviembre de 2026, 11:00.",
        "Alex Morgan ha creado una nueva reserva; estos son los detalles:",
        15012,
        "salas.biblioteca-uam.example",
        [
            ("Nombre", "Sesión de estudio TFM"),
            ("Sala", "Planta 1 - Sala de trabajo 4"),
            ("Fecha de inicio", "jueves, 26 de noviembre de 2026, 11:00"),
            ("Duración", "3 horas"),
            ("Fecha final", "jueves, 26 de noviembre de 2026, 14:00"),
            ("Creada por", "Alex Morgan"),
        ],
        ((11, 26, "Thu"),),
        ("Biblioteca Campus Sur", "Sistema de reserva de salas"),
    )
    yield m(
        "boeking_ruimte",
        "nl",
        ("Ruimtereservering De Werkplaats", "ruimtes@dewerkplaats.example"),
        "Boeking toegevoegd voor De Werkplaats MRBS",
        sent_on(11, 16, 11, AMS),
        "Dutch MRBS: a room booked by a neighbour for the residents' association, donderdag 3 december 2026 om 20:00; the reader is only on the notify list.",
        "Er is een nieuwe boeking geplaatst door Femke Bakker, dit zijn de details:",
        803,
        "ruimtes.dewerkplaats.example",
        [
            ("Korte omschrijving", "Bewonersoverleg Oosterpark"),
            ("Ruimte", "Begane grond - Vergaderzaal Linde"),
            ("Starttijd", "donderdag 3 december 2026 om 20:00"),
            ("Tijdsduur", "1.5 uren"),
            ("Eindtijd", "donderdag 3 december 2026 om 21:30"),
            ("Aangemaakt door", "Femke Bakker"),
        ],
        ((12, 3, "Thu"),),
    )
    yield m(
        "prenotazione_sala",
        "it",
        ("Prenotazione Sale Talent Garden", "sale@tag-coworking.example"),
        "Prenotazione aggiunta per Talent Garden Ostiense MRBS",
        sent_on(11, 12, 16, ROM),
        "Italian MRBS: a room booked for a language exchange meetup, lunedì 23 novembre 2026 alle ore 18:30.",
        "È stata registrata una nuova prenotazione, questi i dettagli:",
        6620,
        "sale.tag-coworking.example",
        [
            ("Breve Descrizione", "Tandem linguistico"),
            ("Sala", "Piano 2 - Sala Aranci"),
            ("Ora Inizio", "lunedì 23 novembre 2026 alle ore 18:30"),
            ("Durata", "2 ora"),
            ("Ora Fine", "lunedì 23 novembre 2026 alle ore 20:30"),
            ("Creato da", "Alex Morgan"),
        ],
        ((11, 23, "Mon"),),
    )
    yield m(
        "wpis_pokoj",
        "pl",
        ("System rezerwacji pomieszczeń", "sale@cowork-krakow.example"),
        "Wpis wprowadzony w Cowork Kraków MRBS",
        sent_on(11, 17, 9, WAW),
        "Polish MRBS: a room booked for a photography club meeting, piątek, 27 listopada 2026 17:00.",
        "Wpis został utworzony, oto szczegóły operacji:",
        1299,
        "sale.cowork-krakow.example",
        [
            ("Krótki Opis", "Spotkanie klubu fotograficznego"),
            ("Pokój", "Piętro 1 - Sala Wawel"),
            ("Czas Rozpoczęcia", "piątek, 27 listopada 2026 17:00"),
            ("Czas Trwania", "2 godziny"),
            ("Utworzony Przez", "Alex Morgan"),
        ],
        ((11, 27, "Fri"),),
        ("Cowork Kraków", "System rezerwacji pomieszczeń"),
    )


# ------------------------------------------------------------------------------------ Koha
def koha27() -> Iterator[Case]:
    f = "koha27"

    def en(
        name: str,
        library: str,
        host: str,
        when: str,
        items: list[str],
        sent: datetime,
        note: str,
        days: tuple[tuple[int, int, str], ...],
    ) -> Case:
        text = (
            f"You have a curbside pickup scheduled for {when} at {library}.\n\n"
            "Any holds waiting for you at the pickup time will be included in this pickup. At this time, that list includes:\n"
            + "".join(f"* {item}\n" for item in items)
            + '\nOnce you have arrived, please call your library or log into your account and click the "Alert staff of your arrival" button to let them know you are there.\n'
        )
        return build(
            f,
            name,
            "en",
            (library, f"circulation@{host}"),
            f"You have scheduled a curbside pickup for {library}",
            sent,
            note,
            text,
            template=KOHA_EN,
            license_=KOHA_LIC,
            days=days,
        )

    yield en(
        "curbside_us",
        "Maple Grove Public Library",
        "maplegrove-lib.example",
        "11/20/2026 04:30 PM",
        [
            "Cracking the Coding Interview, McDowell, Gayle Laakmann (39021004471823)",
            "The Pragmatic Programmer, Thomas, David (39021003310077)",
        ],
        sent_on(11, 17, 10, NYC),
        "Koha NEW_CURBSIDE_PICKUP (US date format, 12-hour clock): a book pickup on 11/20/2026 04:30 PM; one held title is an interview-prep book.",
        (),
    )
    yield en(
        "curbside_uk",
        "Kingsbridge Central Library",
        "kingsbridge-libraries.example",
        "24/11/2026 10:15",
        ["How to Write a Great CV, Hall, Denise (30114019283746)"],
        sent_on(11, 19, 15, LON),
        "Koha curbside pickup in UK day/month format: 24/11/2026 10:15.",
        (),
    )
    yield en(
        "curbside_iso",
        "Riverside Branch Library",
        "riverside-lib.example",
        "2026-12-01 17:45",
        [
            "Designing Data-Intensive Applications, Kleppmann, Martin (31234000987612)",
            "Atomic Habits, Clear, James (31234000551230)",
        ],
        sent_on(11, 26, 9, NYC),
        "Koha curbside pickup with ISO dates: 2026-12-01 17:45.",
        (),
    )

    def de(
        name: str, library: str, host: str, when: str, items: list[str], sent: datetime, note: str
    ) -> Case:
        rows = "".join(f"<br /> {item}<br />" for item in items)
        html = (
            "<p>Guten Tag,</p>\n\n"
            f"<p>Ihre Bestellung für den Abholservice für {library} wurde terminiert.</p>\n"
            f"<p>Bitte holen Sie Ihre Medien am {when} in {library} ab. Alle Vormerkungen, die für Sie zurückgelegt wurden, werden der Abholung beigelegt.</p>\n\n"
            f"<p>Momentan betrifft das folgende Vormerkungen:</p>\n\n{rows}\n\n"
            "<p>Wenn Sie am Ort der Abholung angekommen sind, rufen Sie bitte kurz bei Ihrer Bibliothek an oder melden sich mit Ihrem Bibliothekskonto an und klicken auf \u201cBibliotheksmitarbeiter benachrichtigen\u201d, damit die Bibliothek über Ihre Ankunft informiert ist.</p>\n\n"
            f"<p>Vielen Dank und viele Grüße<br /><br /> \n\nIhr Bibliotheksteam\n<br />{library}\n</p>\n"
        )
        return build(
            f,
            name,
            "de",
            (library, f"ausleihe@{host}"),
            "Termin zur Abholung eingericht",
            sent,
            note,
            None,
            html=html,
            template=KOHA_DE,
            license_=KOHA_LIC,
        )

    yield de(
        "abholung_termin",
        "Stadtbibliothek Lindenau",
        "stadtbibliothek-lindenau.example",
        "20.11.2026 15:30",
        ["Bewerbungstraining für Dummies, Hesse, Jürgen (08154711)"],
        sent_on(11, 16, 9, BER),
        "German Koha curbside pickup, HTML only: 'Bitte holen Sie Ihre Medien am 20.11.2026 15:30 … ab' under the subject 'Termin zur Abholung'.",
    )
    yield de(
        "abholung_vormerkungen",
        "Stadtbücherei Hallstein",
        "buecherei-hallstein.example",
        "03.12.2026 11:00",
        [
            "Die Kunst des klugen Handelns, Dobelli, Rolf (22004519)",
            "Python kurz & gut, Lutz, Mark (22007730)",
        ],
        sent_on(11, 27, 14, VIE),
        "Austrian library (Koha, German notice): curbside pickup 03.12.2026 11:00 with two held titles.",
    )


# ------------------------------------------------------------------------------------ Engelsystem
def engel27() -> Iterator[Case]:
    f = "engel27"

    def assigned(
        name: str,
        lang: str,
        system: str,
        host: str,
        event: str,
        day: int | None,
        shift: list[str],
        sent: datetime,
        note: str,
    ) -> Case:
        if lang == "en":
            head, intro, line, subj = (
                "Hi Alex,",
                f"here is a message for you from the {system}:",
                "You have been assigned to a Shift:",
                "Assigned to Shift",
            )
            dayline = f", Day {day}" if day else ""
        else:
            head, intro, line, subj = (
                "Hallo Alex,",
                f"hier ist eine Nachricht aus dem {system} für Dich:",
                "Du wurdest in eine Schicht eingetragen:",
                "In Schicht eingetragen",
            )
            dayline = f", Tag {day}" if day else ""
        text = (
            f"{head}\n\n{intro}\n\n{line}\n"
            + "\n".join(shift)
            + f"\n\nhttps://{host}/shifts?action=view&shift_id={int(pp.digest(name)[:6], 16) % 9000 + 100}\n\n-- \n{event}{dayline}\n"
        )
        return build(
            f,
            name,
            lang,
            (system, f"noreply@{host}"),
            f"[{system}] {subj}",
            sent,
            note,
            text,
            template=ENGEL,
            license_=ENGEL_LIC,
        )

    yield assigned(
        "assigned_en",
        "en",
        "Engelsystem",
        "angels.lakeside-fest.example",
        "Lakeside Festival 2026",
        None,
        ["Bar", "Main stage bar, late", "2026-11-21 18:00 - 23:00", "Main Stage / Bar North"],
        sent_on(11, 14, 11, LON),
        "Engelsystem shift-assigned mail: a volunteer bar shift '2026-11-21 18:00 - 23:00' at a festival.",
    )
    yield assigned(
        "assigned_conf_en",
        "en",
        "Volunteer Planner",
        "volunteers.pycon-nordic.example",
        "PyCon Nordic 2026",
        2,
        [
            "Registration Desk",
            "Badge pick-up, morning",
            "2026-11-27 07:30 - 12:00",
            "Foyer, Hall A",
        ],
        sent_on(11, 20, 16, BER),
        "Engelsystem shift assignment at a conference, renamed 'Volunteer Planner', with 'Day 2' in the footer: 2026-11-27 07:30 - 12:00.",
    )
    yield assigned(
        "eingetragen_de",
        "de",
        "Engelsystem",
        "engel.winterwunder.example",
        "Winterwunder Open Air",
        None,
        ["Einlass", "Einlasskontrolle Tor 2", "05.12.2026 16:00 - 20:00", "Tor 2 (Parkplatz Süd)"],
        sent_on(11, 28, 10, BER),
        "German Engelsystem: 'Du wurdest in eine Schicht eingetragen' with '05.12.2026 16:00 - 20:00'.",
    )
    yield assigned(
        "eingetragen_tag",
        "de",
        "Engelsystem",
        "engel.hackcamp.example",
        "HackCamp Leipzig",
        3,
        ["Infodesk", "Infodesk Frühschicht", "29.11.2026 09:00 - 13:00", "Halle 1, Infopoint"],
        sent_on(11, 22, 19, BER),
        "German Engelsystem shift at a hacker camp, footer 'Tag 3': 29.11.2026 09:00 - 13:00.",
    )

    def updated(
        name: str,
        lang: str,
        host: str,
        event: str,
        old: str,
        new: str,
        shift: list[str],
        sent: datetime,
        note: str,
    ) -> Case:
        if lang == "en":
            text = (
                "Hi Alex,\n\nhere is a message for you from the Engelsystem:\n\nYour shift has changed:\n"
                f"* Shift start changed from {old} to {new}\n\nThe updated Shift:\n\n"
                + "\n".join(shift)
                + f"\n\nhttps://{host}/shifts?action=view&shift_id=2231\n\n-- \n{event}\n"
            )
            subj = "[Engelsystem] Your shift was updated"
        else:
            text = (
                "Hallo Alex,\n\nhier ist eine Nachricht aus dem Engelsystem für Dich:\n\nEine deiner Schichten wurde aktualisiert:\n"
                f"* Schicht Start wurde von {old} zu {new} geändert\n\nDie aktualisierte Schicht:\n\n"
                + "\n".join(shift)
                + f"\n\nhttps://{host}/shifts?action=view&shift_id=877\n\n-- \n{event}\n"
            )
            subj = "[Engelsystem] Deine Schicht wurde aktualisiert"
        return build(
            f,
            name,
            lang,
            ("Engelsystem", f"noreply@{host}"),
            subj,
            sent,
            note,
            text,
            template=ENGEL,
            license_=ENGEL_LIC,
        )

    yield updated(
        "updated_en",
        "en",
        "angels.lakeside-fest.example",
        "Lakeside Festival 2026",
        "2026-11-22 10:00",
        "2026-11-22 11:00",
        [
            "Cleaning",
            "Campsite litter picking",
            "Campsite tidy-up",
            "2026-11-22 11:00 - 14:00",
            "Campsite East",
        ],
        sent_on(11, 18, 9, LON),
        "Engelsystem shift update: the volunteer's shift start moved from 10:00 to 11:00 on 2026-11-22; a move notice but not an interview.",
    )
    yield updated(
        "aktualisiert_de",
        "de",
        "engel.winterwunder.example",
        "Winterwunder Open Air",
        "06.12.2026 12:00",
        "06.12.2026 13:00",
        [
            "Garderobe",
            "Garderobe Mittag",
            "Garderobe im Zelt B",
            "06.12.2026 13:00 - 17:00",
            "Zelt B",
        ],
        sent_on(11, 30, 8, BER),
        "German Engelsystem shift moved: 'Schicht Start wurde von 06.12.2026 12:00 zu 06.12.2026 13:00 geändert'.",
    )


# ------------------------------------------------------------------------------------ clinic
def clinic27() -> Iterator[Case]:
    f = "clinic27"
    yield build(
        f,
        "reminder_gp",
        "en",
        ("Riverbend Family Practice", "appointments@riverbend-practice.example"),
        "Appointment reminder - Riverbend Family Practice",
        sent_on(11, 16, 8, LON),
        "GP reminder in ClinicArrivals' shape: 'Patient Alex Morgan has an appointment with Dr Priya Nair at 09:40 AM on 18-Nov'; video link for a phone/video consult.",
        "Patient Alex Morgan has an appointment with Dr Priya Nair at 09:40 AM on 18-Nov.\n\n3 hours prior to the appointment, you will be sent a message asking a few screening questions to decide whether you should talk to the doctor by video rather than in person. If a video consultation is arranged, join here at the appointment time:\nhttps://video.riverbend-practice.example/room/nair\n\nRiverbend Family Practice, 14 Mill Lane, Bristol BS1 4QA\nTo cancel or change, call 0117 496 0123.\n",
        template=CLINIC_EN,
        license_=CLINIC_LIC,
    )
    yield build(
        f,
        "confirmed_dentist",
        "en",
        ("Harbour Dental Care", "frontdesk@harbourdental.example"),
        "Your appointment is confirmed: Wednesday 25 November at 3:15 PM",
        sent_on(11, 18, 12, LON),
        "Dentist booking confirmation: check-up and hygiene Wednesday 25 November, 3:15 PM, 45 minutes, at the practice.",
        "Hi Alex,\n\nThanks for booking with Harbour Dental Care. Your appointment is confirmed:\n\nWhat: Check-up and hygiene\nWith: Dr Tomás Ferreira\nWhen: Wednesday 25 November 2026, 3:15 PM (45 minutes)\nWhere: Harbour Dental Care, 2 Quay Street, Plymouth PL1 2LR\n\nPlease arrive 10 minutes early to update your medical history. If you need to reschedule, use the link below at least 24 hours before:\nhttps://book.harbourdental.example/manage/7HX29Q\n\nSee you soon,\nHarbour Dental Care\n",
        days=((11, 25, "Wed"),),
    )
    yield build(
        f,
        "consulta_confirmada",
        "pt-BR",
        ("Clínica Vida Plena", "agendamento@clinicavidaplena.example"),
        "Consulta confirmada - quinta-feira, 19/11 às 14h30",
        sent_on(11, 12, 10, SAO),
        "Brazilian clinic: consulta de dermatologia confirmada, quinta-feira 19/11/2026 às 14h30, address and a WhatsApp number.",
        "Olá, Alex!\n\nSua consulta foi confirmada.\n\nEspecialidade: Dermatologia\nProfissional: Dra. Fernanda Lima\nData: quinta-feira, 19/11/2026\nHorário: 14h30\nLocal: Clínica Vida Plena - Av. Paulista, 1578, conj. 42 - São Paulo/SP\n\nChegue com 15 minutos de antecedência e traga um documento com foto e a carteirinha do convênio.\nPara remarcar ou cancelar, responda pelo WhatsApp (11) 94321-0000.\n\nAtenciosamente,\nEquipe Vida Plena\n",
        days=((11, 19, "Thu"),),
    )
    yield build(
        f,
        "lembrete_exame",
        "pt-BR",
        ("Laboratório Sabin Norte", "nao-responda@labsabinnorte.example"),
        "Lembrete: seu exame está agendado para amanhã, 08/12, às 7h15",
        sent_on(12, 7, 9, SAO),
        "Brazilian lab reminder: exame de sangue amanhã 08/12 às 7h15, jejum de 8 horas.",
        "Olá, Alex Morgan.\n\nLembramos que seu agendamento está marcado para amanhã:\n\nExame: Hemograma completo e glicemia\nData: 08/12/2026 (terça-feira)\nHorário: 7h15\nUnidade: Sabin Norte - Rua Voluntários da Pátria, 2200\n\nÉ necessário jejum de 8 horas. Leve o pedido médico e um documento de identidade.\n\nConfirme sua presença: https://agenda.labsabinnorte.example/c/88431\n",
        days=((12, 8, "Tue"),),
    )
    yield build(
        f,
        "cita_confirmada",
        "es-MX",
        ("Consultorio Médico Santa Fe", "citas@consultoriosantafe.example"),
        "Confirmación de su cita - martes 24 de noviembre, 10:00 a.m.",
        sent_on(11, 18, 11, MEX),
        "Mexican clinic: cita con el Dr. Rodrigo Salinas, martes 24 de noviembre a las 10:00 a.m., Torre Médica, consultorio 512.",
        "Estimado(a) Alex Morgan:\n\nLe confirmamos su cita médica con los siguientes datos:\n\nMédico: Dr. Rodrigo Salinas (Medicina Interna)\nFecha: martes 24 de noviembre de 2026\nHora: 10:00 a.m.\nLugar: Torre Médica Santa Fe, consultorio 512, Av. Vasco de Quiroga 3000, CDMX\n\nFavor de presentarse 15 minutos antes con su identificación oficial. Si no puede asistir, le pedimos avisar con 24 horas de anticipación al 55 5081 0000.\n\nAtentamente,\nRecepción Consultorio Médico Santa Fe\n",
        days=((11, 24, "Tue"),),
    )
    yield build(
        f,
        "recordatorio_dentista",
        "es-MX",
        ("Dentalia Coyoacán", "recordatorios@dentalia-coyoacan.example"),
        "Recordatorio de cita: mañana a las 17:30",
        sent_on(11, 26, 12, MEX),
        "Mexican dentist reminder: limpieza dental mañana viernes 27 de noviembre a las 17:30; confirm with a link.",
        "Hola Alex,\n\nTe recordamos tu cita de limpieza dental para mañana viernes 27 de noviembre a las 17:30 hrs. con la Dra. Mariana Ortiz.\n\nSucursal: Dentalia Coyoacán, Av. Universidad 1330, local 5.\n\nConfirma tu asistencia aquí: https://citas.dentalia-coyoacan.example/confirmar/55120\n\n¡Te esperamos!\n",
        days=((11, 27, "Fri"),),
    )
    yield build(
        f,
        "randevu_hastane",
        "tr",
        ("Özel Marmara Tıp Merkezi", "randevu@marmaratip.example"),
        "Randevunuz oluşturuldu - 20.11.2026 Cuma 11:20",
        sent_on(11, 13, 10, IST),
        "Turkish hospital appointment: Dahiliye polikliniği, 20.11.2026 Cuma 11:20, Kadıköy branch.",
        "Sayın Alex Morgan,\n\nRandevunuz başarıyla oluşturulmuştur.\n\nBölüm: Dahiliye\nHekim: Uzm. Dr. Selin Aydın\nTarih: 20.11.2026 Cuma\nSaat: 11:20\nŞube: Kadıköy, Bağdat Caddesi No: 214\n\nLütfen randevu saatinden 15 dakika önce kimlik belgenizle birlikte hasta kabul bankosuna başvurunuz. Randevunuzu iptal etmek için: https://randevu.marmaratip.example/iptal/20817\n\nSağlıklı günler dileriz.\n",
        days=((11, 20, "Fri"),),
    )
    yield build(
        f,
        "janji_temu",
        "id",
        ("RS Medika Sentosa", "pendaftaran@rsmedikasentosa.example"),
        "Konfirmasi Janji Temu Dokter - Senin, 23 November 2026 pukul 09.30 WIB",
        sent_on(11, 17, 13, JKT),
        "Indonesian hospital: janji temu dengan dokter gigi Senin 23 November 2026 pukul 09.30 WIB, nomor antrean.",
        "Halo Alex Morgan,\n\nJanji temu Anda telah dikonfirmasi.\n\nDokter: drg. Ayu Pratiwi, Sp.KG\nPoli: Gigi dan Mulut\nHari/Tanggal: Senin, 23 November 2026\nJam: 09.30 WIB\nNomor antrean: B-014\nLokasi: RS Medika Sentosa, Jl. Kemang Raya No. 18, Jakarta Selatan\n\nMohon datang 30 menit sebelumnya untuk pendaftaran ulang dan bawa kartu BPJS/asuransi Anda.\n\nSalam sehat,\nRS Medika Sentosa\n",
        days=((11, 23, "Mon"),),
    )
    yield build(
        f,
        "lich_kham",
        "vi",
        ("Phòng khám Đa khoa An Tâm", "datlich@phongkhamantam.example"),
        "Xác nhận lịch khám - 9:00 thứ Bảy, 21/11/2026",
        sent_on(11, 16, 15, HCM),
        "Vietnamese clinic: lịch khám tổng quát 9:00 thứ Bảy 21/11/2026 with a booking code.",
        "Kính gửi Quý khách Alex Morgan,\n\nPhòng khám Đa khoa An Tâm xin xác nhận lịch hẹn của Quý khách:\n\nDịch vụ: Khám sức khỏe tổng quát\nBác sĩ: BS. Nguyễn Thu Hà\nThời gian: 9:00, thứ Bảy, ngày 21/11/2026\nĐịa điểm: 125 Nguyễn Thị Minh Khai, Quận 1, TP. Hồ Chí Minh\nMã đặt lịch: AT-66102\n\nVui lòng đến trước 15 phút và nhịn ăn sáng để xét nghiệm máu.\n\nTrân trọng,\nPhòng khám An Tâm\n",
        days=((11, 21, "Sat"),),
    )


# ------------------------------------------------------------------------------------ family
def kinappt27() -> Iterator[Case]:
    f = "kinappt27"
    yield build(
        f,
        "mum_cardio",
        "en",
        ("Sarah Morgan", "sarah.morgan@homemail.example"),
        "Mum's cardiology appointment on Thursday",
        sent_on(11, 15, 20, LON),
        "A sister writes about their mother's cardiology appointment (Thursday 19 November, 2:30pm, Royal Infirmary) and asks the reader to drive.",
        "Hi Al,\n\nQuick one - Mum's appointment with the cardiologist is confirmed for Thursday 19 November at 2:30pm at the Royal Infirmary, outpatients B (level 2). I can't get out of work that afternoon. Could you take her? She needs to be there 15 mins early for the ECG.\n\nHer letter says to bring the list of tablets, it's on the fridge.\n\nThanks, owe you one\nSarah\n",
        days=((11, 19, "Thu"),),
    )
    yield build(
        f,
        "vo_consulta",
        "pt-BR",
        ("Márcia Morgan", "marcia.morgan@correio.example"),
        "Consulta da vovó na quarta",
        sent_on(11, 14, 19, SAO),
        "A mother asks the reader to take the grandmother to her geriatrician on quarta-feira, 18/11, às 10h.",
        "Oi, filho!\n\nA consulta da sua avó com a geriatra ficou marcada para quarta-feira, 18/11, às 10h, na clínica da Rua Augusta (aquela perto do metrô). Eu tenho reunião no trabalho nesse horário, você consegue levar ela? Precisa chegar uns 20 minutos antes para fazer a ficha.\n\nA guia do convênio está na gaveta da cozinha.\n\nBeijos,\nMãe\n",
        days=((11, 18, "Wed"),),
    )
    yield build(
        f,
        "cita_hermano",
        "es-MX",
        ("Lupita Hernández", "lupita.hdz@correo.example"),
        "La cita de Diego en el dentista",
        sent_on(11, 19, 18, MEX),
        "A partner asks the reader to pick up their son after his dentist appointment on viernes 27 de noviembre a las 4:30 de la tarde.",
        "Amor,\n\nTe recuerdo que Diego tiene cita con la ortodoncista el viernes 27 de noviembre a las 4:30 de la tarde en la clínica de Insurgentes. Yo lo llevo, pero ¿puedes pasar por él a las 5:30? Tengo junta a las 6.\n\nLa doctora dijo que tarda como una hora.\n\nTe quiero,\nLupita\n",
        days=((11, 27, "Fri"),),
    )
    yield build(
        f,
        "visita_papa",
        "it",
        ("Chiara Moretti", "chiara.moretti@posta.example"),
        "Visita di papà giovedì",
        sent_on(11, 16, 21, ROM),
        "A sister writes about the father's orthopaedic visit (giovedì 19 novembre alle 11:15) and who accompanies him.",
        "Ciao Ale,\n\npapà ha la visita ortopedica confermata per giovedì 19 novembre alle 11:15 all'ospedale San Camillo, padiglione Piastra, ambulatorio 3. Io lo accompagno all'andata, tu riesci a riportarlo a casa verso le 12:30? Ha ancora il tutore e non può guidare.\n\nFammi sapere,\nChiara\n",
        days=((11, 19, "Thu"),),
    )
    yield build(
        f,
        "annem_randevu",
        "tr",
        ("Elif Yılmaz", "elif.yilmaz@eposta.example"),
        "Annemin göz randevusu",
        sent_on(11, 17, 20, IST),
        "A friend asks the reader to take her mother to an eye appointment on 24 Kasım Salı saat 14:00.",
        "Selam Alex,\n\nAnnemin göz doktoru randevusu 24 Kasım Salı günü saat 14:00'te, Acıbadem Kozyatağı'nda. Ben o gün İzmir'de olacağım, sen onu götürebilir misin? Damla ile gözbebeklerini büyütecekler, dönüşte araba kullanamaz.\n\nÇok teşekkürler şimdiden,\nElif\n",
        days=((11, 24, "Tue"),),
    )
    yield build(
        f,
        "kontrol_ibu",
        "id",
        ("Rina Wijaya", "rina.wijaya@surel.example"),
        "Jadwal kontrol Ibu hari Sabtu",
        sent_on(11, 18, 19, JKT),
        "A sibling reminds the reader of their mother's check-up on Sabtu 21 November jam 08.00 at RS Pondok Indah.",
        "Kak,\n\nJadwal kontrol Ibu ke dokter penyakit dalam sudah dikonfirmasi hari Sabtu, 21 November jam 08.00 di RS Pondok Indah, lantai 3. Aku yang antar ya, tapi Kakak bisa jemput jam 10.00? Nomor antreannya A-27.\n\nMakasih,\nRina\n",
        days=((11, 21, "Sat"),),
    )
    yield build(
        f,
        "papa_checkup",
        "hi-latin",
        ("Rohit Sharma", "rohit.sharma@mailhome.example"),
        "Papa ka appointment Monday ko",
        sent_on(11, 20, 21, DEL),
        "A brother writes in Hinglish about the father's hospital appointment on Monday 23 Nov at 11:30 am and asks the reader to come along.",
        "Bhai,\n\nPapa ka cardiology appointment confirm ho gaya hai - Monday 23 Nov, 11:30 am, Fortis Vasant Kunj, OPD block 2nd floor. Dr. Mehra ke saath hai. Main office se half day le raha hoon, tu bhi aa sakta hai kya? Reports ki file le aana, woh tere paas hai.\n\nRohit\n",
        days=((11, 23, "Mon"),),
    )
    yield build(
        f,
        "termin_partnerin",
        "de",
        ("Jonas Becker", "jonas.becker@privatmail.example"),
        "Termin von Lena am Dienstag",
        sent_on(11, 20, 18, BER),
        "A flatmate writes about his partner's MRI appointment (Dienstag, 1. Dezember, 8:45 Uhr) and asks the reader to let the heating engineer in meanwhile.",
        "Hi Alex,\n\nLena hat ihren MRT-Termin jetzt am Dienstag, 1. Dezember, um 8:45 Uhr in der Radiologie am Ostbahnhof. Ich fahre sie hin, wir sind also bis ca. 11 Uhr weg. Kannst du in der Zeit dem Heizungsmonteur aufmachen? Der kommt irgendwann zwischen 9 und 12.\n\nDanke dir!\nJonas\n",
        days=((12, 1, "Tue"),),
    )


# ------------------------------------------------------------------------------------ dev controls
def ctrl27a() -> Iterator[Case]:
    f = "ctrl27a"
    sent = sent_on(11, 16, 10, LON)
    yield ctl(
        f,
        "interview_en",
        "en",
        ("Megan Clarke", "megan.clarke@fernhill-analytics.example"),
        "Interview confirmed: Data Analyst - Thursday 26 November, 11:00",
        sent,
        "Control: English interview confirmation for the reader, Thursday 26 November 11:00-11:45, office address and a video fallback.",
        "Hi Alex,\n\nThank you for your time on the phone. I'm pleased to confirm your interview for the Data Analyst role:\n\nDate: Thursday 26 November 2026\nTime: 11:00 - 11:45\nLocation: Fernhill Analytics, 3rd floor, 20 Canal Street, Manchester M1 3HE\nInterviewers: Tom Reilly (Head of Analytics) and me\n\nPlease ask for me at reception. If anything changes, just reply to this email.\n\nBest regards,\nMegan Clarke\nTalent Partner, Fernhill Analytics\n",
        at(2026, 11, 26, 11, 0, LON, "Thu"),
        45,
    )
    sent = sent_on(11, 17, 14, SAO)
    yield ctl(
        f,
        "entrevista_ptbr",
        "pt-BR",
        ("Juliana Rocha", "juliana.rocha@nuvemtech.example"),
        "Entrevista confirmada - Analista de Dados - 24/11 às 15h",
        sent,
        "Control: Brazilian interview invitation, terça-feira 24/11 às 15h, 1 hora, Google Meet link.",
        "Olá, Alex!\n\nTudo bem? Conforme conversamos, sua entrevista com o time de Dados da NuvemTech está confirmada:\n\nData: terça-feira, 24/11/2026\nHorário: 15h às 16h\nFormato: online, pelo Google Meet: https://meet.google.com/kpq-wxzr-tmd\nParticipantes: Rafael Souza (gestor) e eu\n\nQualquer imprevisto, me avise por aqui.\n\nAbraços,\nJuliana Rocha\nTalent Acquisition - NuvemTech\n",
        at(2026, 11, 24, 15, 0, SAO, "Tue"),
        60,
    )
    sent = sent_on(11, 18, 9, MEX)
    yield ctl(
        f,
        "entrevista_mx",
        "es-MX",
        ("Andrea Villarreal", "andrea.villarreal@grupoaltavista.example"),
        "Invitación a entrevista - Coordinador de Proyectos",
        sent,
        "Control: Mexican interview invitation, miércoles 25 de noviembre a las 12:30 hrs., in person.",
        "Hola Alex,\n\nGracias por tu interés en la vacante de Coordinador de Proyectos. Nos gustaría invitarte a una entrevista presencial:\n\nFecha: miércoles 25 de noviembre de 2026\nHora: 12:30 hrs.\nLugar: Grupo Altavista, Paseo de la Reforma 250, piso 9, CDMX\nCon: Ing. Carlos Méndez, Gerente de Operaciones\n\nPor favor confirma tu asistencia respondiendo este correo y trae una identificación oficial.\n\nSaludos cordiales,\nAndrea Villarreal\nReclutamiento y Selección\n",
        at(2026, 11, 25, 12, 30, MEX, "Wed"),
        None,
    )
    sent = sent_on(11, 16, 11, BER)
    yield ctl(
        f,
        "vorstellung_de",
        "de",
        ("Katrin Vogel", "k.vogel@brennwerk-energie.example"),
        "Einladung zum Vorstellungsgespräch am 1. Dezember",
        sent,
        "Control: German interview invitation, Dienstag, 1. Dezember 2026, 10:00 bis 11:00 Uhr, on site.",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Projektingenieur. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\nTermin: Dienstag, 1. Dezember 2026, 10:00 bis 11:00 Uhr\nOrt: Brennwerk Energie GmbH, Hafenstraße 12, 20457 Hamburg, Empfang im Erdgeschoss\nGesprächspartner: Dr. Martin Kühn (Bereichsleitung) und Katrin Vogel (HR)\n\nBitte bestätigen Sie den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nKatrin Vogel\nPersonalabteilung\n",
        at(2026, 12, 1, 10, 0, BER, "Tue"),
        60,
    )
    sent = sent_on(11, 19, 10, IST)
    yield ctl(
        f,
        "mulakat_tr",
        "tr",
        ("Zeynep Kaya", "zeynep.kaya@atlasyazilim.example"),
        "Mülakat Daveti - Yazılım Geliştirici",
        sent,
        "Control: Turkish interview invitation, 26 Kasım 2026 Perşembe saat 14:00, 45 dakika, Teams link.",
        "Merhaba Alex Bey,\n\nYazılım Geliştirici pozisyonu için yaptığınız başvuru değerlendirilmiş olup sizi teknik mülakata davet etmek isteriz.\n\nTarih: 26 Kasım 2026 Perşembe\nSaat: 14:00 (45 dakika)\nBağlantı: https://teams.microsoft.com/l/meetup-join/19%3ameeting_atlas26/0\nKatılımcılar: Burak Demir (Takım Lideri), Zeynep Kaya (İK)\n\nKatılım durumunuzu bu e-postayı yanıtlayarak bildirmenizi rica ederiz.\n\nİyi çalışmalar,\nZeynep Kaya\nİnsan Kaynakları\n",
        at(2026, 11, 26, 14, 0, IST, "Thu"),
        45,
    )


# ------------------------------------------------------------------------------------ held out
def deliv27() -> Iterator[Case]:
    f = "deliv27"
    yield build(
        f,
        "delivery_window_en",
        "en",
        ("Oakridge Furniture Deliveries", "deliveries@oakridge-furniture.example"),
        "Your delivery is booked: Saturday 28 November, 8:00am - 12:00pm",
        sent_on(11, 23, 16, LON),
        "Furniture delivery slot confirmed, Saturday 28 November 8:00-12:00, two-person team; tracking link.",
        "Hello Alex,\n\nGood news - your order OF-558201 is booked in for delivery.\n\nDelivery date: Saturday 28 November 2026\nTime slot: 8:00am - 12:00pm\nAddress: Flat 4, 19 Elm Road, Leeds LS6 2AB\n\nOur two-person team will call you 30 minutes before arrival. Track your driver on the day: https://track.oakridge-furniture.example/OF-558201\n\nNeed to change the date? Reply to this email or call 0113 496 0777.\n\nOakridge Furniture\n",
        days=((11, 28, "Sat"),),
    )
    yield build(
        f,
        "bezorgmoment_nl",
        "nl",
        ("Bezorgservice Koelhuis", "bezorging@koelhuis-witgoed.example"),
        "Bevestiging bezorgafspraak - woensdag 25 november tussen 13:00 en 17:00",
        sent_on(11, 19, 10, AMS),
        "Dutch appliance delivery and installation appointment, woensdag 25 november tussen 13:00 en 17:00.",
        "Beste Alex Morgan,\n\nHierbij bevestigen wij je bezorgafspraak voor bestelling 7729310:\n\nDatum: woensdag 25 november 2026\nTijdvak: tussen 13:00 en 17:00 uur\nAdres: Javastraat 112-2, Amsterdam\nService: bezorgen + installeren wasmachine, oude machine mee retour\n\nOp de dag zelf ontvang je een sms met een tijdvak van één uur. Zorg dat de kraan en afvoer vrij toegankelijk zijn.\n\nMet vriendelijke groet,\nKlantenservice Koelhuis\n",
        days=((11, 25, "Wed"),),
    )
    yield build(
        f,
        "dostawa_pl",
        "pl",
        ("Kurier Szybka Paczka", "powiadomienia@szybkapaczka.example"),
        "Twoja przesyłka zostanie doręczona jutro w godzinach 10:00-12:00",
        sent_on(11, 26, 18, WAW),
        "Polish courier: delivery tomorrow (piątek 27 listopada) 10:00-12:00, tracking number.",
        "Dzień dobry,\n\nTwoja przesyłka nr 6200 4417 2298 od sklepu TechMarket zostanie doręczona jutro, w piątek 27 listopada, w godzinach 10:00-12:00.\n\nAdres doręczenia: ul. Długa 14/6, 31-147 Kraków\n\nNie będzie Cię w domu? Zmień termin lub przekieruj paczkę do automatu: https://szybkapaczka.example/zmien/620044172298\n\nPozdrawiamy,\nZespół Szybka Paczka\n",
        days=((11, 27, "Fri"),),
    )
    yield build(
        f,
        "revisao_carro",
        "pt-BR",
        ("Concessionária Rota Sul", "servicos@rotasul-auto.example"),
        "Agendamento de revisão confirmado - 30/11 às 8h",
        sent_on(11, 24, 11, SAO),
        "Brazilian car dealer: revisão dos 40.000 km agendada para segunda-feira, 30/11, às 8h, consultor técnico named.",
        "Olá, Alex!\n\nSeu agendamento de serviço foi confirmado.\n\nVeículo: Onix Plus 1.0 Turbo - placa RTA-4B21\nServiço: Revisão de 40.000 km\nData: segunda-feira, 30/11/2026\nHorário de entrada: 8h\nConsultor técnico: Marcos Pereira\nEndereço: Av. Interlagos, 3500 - São Paulo\n\nPrevisão de entrega do veículo: mesmo dia, a partir das 17h.\n\nAtenciosamente,\nPós-venda Rota Sul\n",
        days=((11, 30, "Mon"),),
    )
    yield build(
        f,
        "servicio_auto_mx",
        "es-MX",
        ("Taller Autoservicio Del Valle", "citas@autodelvalle.example"),
        "Tu cita de servicio está confirmada",
        sent_on(11, 20, 13, MEX),
        "Mexican car workshop: cita de servicio (cambio de aceite y frenos), sábado 28 de noviembre a las 9:00 a.m.",
        "Hola Alex,\n\nTu cita en Autoservicio Del Valle quedó registrada:\n\nServicio: Cambio de aceite y revisión de frenos\nVehículo: Mazda 3 2021\nFecha y hora: sábado 28 de noviembre, 9:00 a.m.\nSucursal: Av. Coyoacán 1622, Col. Del Valle\nAsesor: Jorge Ramírez\n\nEl servicio dura aproximadamente 2 horas. Puedes esperar en nuestra sala con wifi.\n\n¡Gracias por tu preferencia!\n",
        days=((11, 28, "Sat"),),
    )
    yield build(
        f,
        "tecnico_it",
        "it",
        ("Assistenza FibraCasa", "assistenza@fibracasa.example"),
        "Appuntamento tecnico confermato: martedì 1 dicembre, fascia 14:00-18:00",
        sent_on(11, 25, 9, ROM),
        "Italian fibre installation appointment, martedì 1 dicembre, fascia 14:00-18:00.",
        "Gentile Alex Morgan,\n\nti confermiamo l'appuntamento con il tecnico per l'attivazione della linea in fibra:\n\nData: martedì 1 dicembre 2026\nFascia oraria: 14:00 - 18:00\nIndirizzo: Via dei Volsci 44, Roma\nCodice pratica: FC-2026-118342\n\nIl tecnico ti chiamerà circa 30 minuti prima. È necessaria la presenza di un maggiorenne.\n\nServizio Clienti FibraCasa\n",
        days=((12, 1, "Tue"),),
    )
    yield build(
        f,
        "entretien_chaudiere",
        "fr",
        ("Chauffage Services Dupuis", "rdv@chauffage-dupuis.example"),
        "Confirmation de votre rendez-vous d'entretien le jeudi 26 novembre",
        sent_on(11, 19, 14, PAR),
        "French boiler service appointment (entretien annuel), jeudi 26 novembre entre 8h et 10h.",
        "Bonjour Monsieur Morgan,\n\nNous vous confirmons le rendez-vous pour l'entretien annuel de votre chaudière :\n\nDate : jeudi 26 novembre 2026\nCréneau : entre 8h et 10h\nAdresse : 18 rue des Vinaigriers, 75010 Paris\nTechnicien : Karim Benali\n\nMerci de prévoir un accès dégagé à la chaudière. En cas d'empêchement, prévenez-nous 48 h à l'avance au 01 42 00 00 00.\n\nCordialement,\nChauffage Services Dupuis\n",
        days=((11, 26, "Thu"),),
    )


def travel27() -> Iterator[Case]:
    f = "travel27"
    yield build(
        f,
        "checkin_open",
        "en",
        ("SkyBridge Airways", "checkin@skybridge-air.example"),
        "Check-in is now open for your flight to Lisbon",
        sent_on(11, 20, 7, LON),
        "Airline check-in open: flight SB 482 London Gatwick to Lisbon, departs Saturday 21 November 09:05, boarding 08:25, gate closes 08:45.",
        "Hi Alex,\n\nOnline check-in is now open for your trip.\n\nFlight: SB 482\nFrom: London Gatwick (LGW), North Terminal\nTo: Lisbon (LIS)\nDeparture: Saturday 21 November 2026, 09:05\nBoarding: 08:25 - gate closes 08:45\nBooking reference: QX7K2M\n\nCheck in now: https://skybridge-air.example/checkin/QX7K2M\n\nHave a great flight,\nSkyBridge Airways\n",
        days=((11, 21, "Sat"),),
    )
    yield build(
        f,
        "rdv_prefecture",
        "fr",
        ("Préfecture - prise de rendez-vous", "ne-pas-repondre@rdv-prefecture.example"),
        "Confirmation de votre rendez-vous - Titre de séjour",
        sent_on(11, 17, 10, PAR),
        "French prefecture counter appointment (titre de séjour), mardi 1 décembre 2026 à 09h40, guichet 12, documents to bring.",
        "Madame, Monsieur,\n\nVotre rendez-vous a bien été enregistré.\n\nMotif : Remise de titre de séjour\nDate : mardi 1 décembre 2026\nHeure : 09h40\nLieu : Préfecture de police, 1 bis rue de Lutèce, 75004 Paris - guichet 12\nNuméro de réservation : 4471-ZK\n\nMerci de vous présenter 10 minutes avant l'heure du rendez-vous muni de cette convocation, de votre passeport et du timbre fiscal. Tout retard pourra entraîner l'annulation du rendez-vous.\n\nPour annuler : https://rdv-prefecture.example/annuler/4471ZK\n",
        days=((12, 1, "Tue"),),
    )
    yield build(
        f,
        "shinkansen_ja",
        "ja",
        ("えきねっとトラベル", "info@ekinet-travel.example"),
        "【予約完了】新幹線のご予約を承りました",
        sent_on(11, 18, 20, TYO),
        "Japanese train reservation: のぞみ 21号, 11月24日(火) 東京 9:30発 → 新大阪 11:57着.",
        "Alex Morgan 様\n\nこの度はご利用いただきありがとうございます。以下の内容でご予約を承りました。\n\n予約番号：E7731-2204\n乗車日：2026年11月24日(火)\n列車：のぞみ21号\n区間：東京 9:30発 → 新大阪 11:57着\n座席：7号車 12番A席（指定席）\n\nご乗車前に駅の指定席券売機で乗車券をお受け取りください。\n\nえきねっとトラベル\n",
        days=((11, 24, "Tue"),),
    )
    yield build(
        f,
        "buergeramt_de",
        "de",
        ("Bürgeramt Online-Terminvereinbarung", "noreply@buergeramt-terminvergabe.example"),
        "Terminbestätigung Bürgeramt: Anmeldung einer Wohnung",
        sent_on(11, 16, 12, BER),
        "German town-hall counter appointment: Anmeldung einer Wohnung, Donnerstag, 26.11.2026, 08:20 Uhr, Vorgangsnummer.",
        "Sehr geehrte/r Alex Morgan,\n\nhiermit bestätigen wir Ihren Termin:\n\nDienstleistung: Anmeldung einer Wohnung\nDatum: Donnerstag, 26.11.2026\nUhrzeit: 08:20 Uhr\nStandort: Bürgeramt Friedrichshain, Frankfurter Allee 35/37, 10247 Berlin\nVorgangsnummer: 91773024\n\nBitte bringen Sie Ihren Personalausweis oder Reisepass und die Wohnungsgeberbestätigung mit. Absagen können Sie den Termin unter https://buergeramt-terminvergabe.example/absage\n\nIhr Bürgeramt\n",
        days=((11, 26, "Thu"),),
    )
    yield build(
        f,
        "cita_sat_mx",
        "es-MX",
        ("Citas SAT", "citas@sat-citas.example"),
        "Confirmación de cita - Trámite de e.firma",
        sent_on(11, 19, 17, MEX),
        "Mexican tax-office counter appointment for an e.firma, jueves 3 de diciembre a las 10:30 horas, folio.",
        "Estimado contribuyente ALEX MORGAN:\n\nSu cita ha sido registrada con los siguientes datos:\n\nServicio: Obtención de e.firma (persona física)\nFecha: jueves 3 de diciembre de 2026\nHora: 10:30 horas\nOficina: Módulo de Servicios Tributarios Polanco, Av. Ejército Nacional 418\nFolio: SAT-CDMX-2026-883120\n\nPreséntese con 10 minutos de anticipación, con identificación oficial vigente y una memoria USB.\n",
        days=((12, 3, "Thu"),),
    )
    yield build(
        f,
        "boarding_id",
        "id",
        ("Garuda Nusantara Air", "noreply@garudanusantara.example"),
        "Boarding pass Anda: GN 218 Jakarta - Yogyakarta, Jumat 27 November",
        sent_on(11, 26, 19, JKT),
        "Indonesian airline boarding pass: GN 218, Jumat 27 November 2026, berangkat 06.15 WIB, boarding 05.35.",
        "Halo Alex Morgan,\n\nCheck-in Anda berhasil. Berikut boarding pass Anda:\n\nPenerbangan: GN 218\nRute: Jakarta (CGK) Terminal 3 - Yogyakarta (YIA)\nTanggal: Jumat, 27 November 2026\nBerangkat: 06.15 WIB\nBoarding: 05.35 WIB, Gate 14\nKursi: 21C\n\nTunjukkan boarding pass ini bersama KTP/paspor di pemeriksaan keamanan.\n\nSelamat terbang!\n",
        days=((11, 27, "Fri"),),
    )


def school27() -> Iterator[Case]:
    f = "school27"
    yield build(
        f,
        "oudergesprek",
        "nl",
        ("Basisschool De Regenboog", "administratie@obs-regenboog.example"),
        "Bevestiging oudergesprek groep 6 - dinsdag 24 november 19:10",
        sent_on(11, 16, 13, AMS),
        "Dutch primary school: ten-minute parent talk for the child (groep 6), dinsdag 24 november 19:10-19:20.",
        "Beste ouder/verzorger van Noor,\n\nU heeft zich ingeschreven voor een tienminutengesprek met juf Anouk (groep 6).\n\nDatum: dinsdag 24 november 2026\nTijd: 19:10 - 19:20 uur\nLokaal: 6B, eerste verdieping\n\nWilt u op tijd aanwezig zijn? De gesprekken lopen strak achter elkaar door. Wijzigen kan via het ouderportaal: https://ouders.obs-regenboog.example\n\nMet vriendelijke groet,\nTeam De Regenboog\n",
        days=((11, 24, "Tue"),),
    )
    yield build(
        f,
        "reunion_parents",
        "fr",
        ("Collège Jean Moulin", "vie-scolaire@college-jeanmoulin.example"),
        "Rencontre parents-professeurs de 4e - jeudi 3 décembre",
        sent_on(11, 20, 8, PAR),
        "French collège: rendez-vous parents-professeurs for the child (4e B), jeudi 3 décembre à 17h30 with the professeur principal.",
        "Madame, Monsieur,\n\nVotre rendez-vous avec Mme Leroy, professeure principale de la classe de 4e B, est confirmé :\n\nJeudi 3 décembre 2026 à 17h30, salle 204 (bâtiment B).\n\nÉlève concerné : Lucas Morgan\n\nNous vous remercions de bien vouloir vous présenter à l'accueil à votre arrivée.\n\nLa vie scolaire\n",
        days=((12, 3, "Thu"),),
    )
    yield build(
        f,
        "colloquio_docenti",
        "it",
        ("Istituto Comprensivo Garibaldi", "segreteria@icgaribaldi.example"),
        "Prenotazione colloquio con i docenti - classe 2A",
        sent_on(11, 18, 15, ROM),
        "Italian school: parent booked a 'colloquio' with the child's teacher (mercoledì 25 novembre, 16:40-16:50); 'colloquio' is also Italian for interview.",
        "Gentile genitore,\n\nla prenotazione del colloquio è stata registrata:\n\nDocente: Prof.ssa Maria Greco (Matematica)\nAlunno: Sofia Morgan, classe 2A\nData: mercoledì 25 novembre 2026\nOrario: 16:40 - 16:50\nModalità: in presenza, aula 12\n\nPer annullare la prenotazione usare il registro elettronico entro il giorno precedente.\n\nLa Segreteria\n",
        days=((11, 25, "Wed"),),
    )
    yield build(
        f,
        "wycieczka_pl",
        "pl",
        ("Szkoła Podstawowa nr 12", "sekretariat@sp12.example"),
        "Wycieczka klasy 5b - zbiórka w piątek o 7:30",
        sent_on(11, 23, 17, WAW),
        "Polish school trip for the child: zbiórka w piątek 27 listopada o 7:30 przed szkołą, return around 18:00.",
        "Szanowni Państwo,\n\nprzypominamy, że wycieczka klasy 5b do Centrum Nauki Kopernik odbędzie się w piątek 27 listopada.\n\nZbiórka: godz. 7:30 przed głównym wejściem szkoły\nPowrót: ok. godz. 18:00\nOpiekunowie: p. Anna Nowak, p. Tomasz Wiśniewski\n\nProsimy o zapakowanie dzieciom drugiego śniadania i napoju.\n\nWychowawczyni klasy 5b\n",
        days=((11, 27, "Fri"),),
    )
    yield build(
        f,
        "rapat_orangtua",
        "id",
        ("SD Tunas Bangsa", "info@sdtunasbangsa.example"),
        "Undangan Pertemuan Orang Tua Murid Kelas 3",
        sent_on(11, 19, 9, JKT),
        "Indonesian school: undangan pertemuan orang tua (parents' meeting), Sabtu 28 November 2026 pukul 09.00 WIB, aula sekolah; 'undangan' means invitation.",
        "Yth. Bapak/Ibu Orang Tua/Wali Murid Kelas 3,\n\nDengan hormat, kami mengundang Bapak/Ibu untuk hadir dalam pertemuan orang tua murid yang akan dilaksanakan pada:\n\nHari/Tanggal: Sabtu, 28 November 2026\nWaktu: 09.00 - 11.00 WIB\nTempat: Aula SD Tunas Bangsa\nAcara: Penyampaian hasil belajar tengah semester dan rencana kegiatan\n\nMengingat pentingnya acara ini, kehadiran Bapak/Ibu sangat kami harapkan.\n\nHormat kami,\nKepala Sekolah\n",
        days=((11, 28, "Sat"),),
    )
    yield build(
        f,
        "hop_phu_huynh",
        "vi",
        ("Trường THCS Lê Quý Đôn", "vanphong@thcslequydon.example"),
        "Thư mời họp phụ huynh học sinh lớp 7A3",
        sent_on(11, 20, 16, HCM),
        "Vietnamese school: thư mời họp phụ huynh (parents' meeting) Chủ nhật 29/11/2026 lúc 8 giờ 00, phòng 7A3.",
        "Kính gửi Quý phụ huynh em Morgan Minh An,\n\nNhà trường trân trọng kính mời Quý phụ huynh đến dự buổi họp phụ huynh học sinh giữa học kỳ I:\n\nThời gian: 8 giờ 00, Chủ nhật, ngày 29/11/2026\nĐịa điểm: Phòng học lớp 7A3, tầng 2\nNội dung: Thông báo kết quả học tập và rèn luyện giữa học kỳ I\n\nRất mong Quý phụ huynh sắp xếp thời gian đến dự đầy đủ.\n\nGiáo viên chủ nhiệm\nCô Trần Thị Mai\n",
        days=((11, 29, "Sun"),),
    )
    yield build(
        f,
        "exam_child_en",
        "en",
        ("Westfield Academy Exams Office", "exams@westfield-academy.example"),
        "Mock exam timetable - Year 11: Maths Paper 1 on Monday 30 November",
        sent_on(11, 23, 15, LON),
        "English school exams office tells parents of the child's mock exam: Monday 30 November, 9:00-10:30 in the Sports Hall; seat number.",
        "Dear Parent/Carer,\n\nPlease find below your child's first mock examination:\n\nCandidate: Ella Morgan (Year 11, candidate no. 4417)\nPaper: Mathematics Higher, Paper 1\nDate: Monday 30 November 2026\nTime: 9:00am - 10:30am (students must be seated by 8:50am)\nRoom: Sports Hall, seat C14\n\nPlease make sure your child brings a calculator and black pens in a clear pencil case.\n\nExams Office, Westfield Academy\n",
        days=((11, 30, "Mon"),),
    )


def club27() -> Iterator[Case]:
    f = "club27"
    yield build(
        f,
        "court_booking",
        "en",
        ("Elmfield Tennis Club", "bookings@elmfield-tennis.example"),
        "Booking confirmed: Court 3, Wednesday 25 November 19:00",
        sent_on(11, 20, 12, LON),
        "Tennis court booking confirmed: Court 3, Wednesday 25 November 19:00-20:00, with a partner.",
        "Hi Alex,\n\nYour court booking is confirmed.\n\nCourt: Court 3 (floodlit)\nDate: Wednesday 25 November 2026\nTime: 19:00 - 20:00\nPlayers: Alex Morgan, Dan Okafor\n\nCancel up to 24 hours before in the app or at https://elmfield-tennis.example/bookings/88217\n\nSee you on court,\nElmfield Tennis Club\n",
        days=((11, 25, "Wed"),),
    )
    yield build(
        f,
        "training_verein",
        "de",
        ("TSV Grünwald Handball", "trainer@tsv-gruenwald.example"),
        "Zusatztraining am Samstag, 28.11., 10:00 Uhr",
        sent_on(11, 23, 21, BER),
        "German sports club: extra training session Samstag, 28.11., 10:00-12:00 Uhr, Halle Süd; attendance via the team app.",
        "Hallo zusammen,\n\nwegen des Pokalspiels machen wir ein Zusatztraining:\n\nSamstag, 28.11., 10:00 bis 12:00 Uhr, Dreifachhalle Süd (Halle 2)\n\nBitte sagt bis Donnerstag in der Team-App zu oder ab, damit ich die Halle bestätigen kann. Hallenschuhe nicht vergessen!\n\nSportliche Grüße\nMarkus (Trainer Herren 2)\n",
        days=((11, 28, "Sat"),),
    )
    yield build(
        f,
        "clase_gym_mx",
        "es-MX",
        ("Pulso Fitness Roma Norte", "reservas@pulsofitness.example"),
        "Reserva confirmada: Spinning - lunes 30 de noviembre 7:00 a.m.",
        sent_on(11, 27, 19, MEX),
        "Mexican gym class booking: Spinning, lunes 30 de noviembre 7:00 a.m., bike 12, instructor named.",
        "¡Hola Alex!\n\nTu lugar está reservado.\n\nClase: Spinning 45\nInstructor: Beto Castañeda\nFecha: lunes 30 de noviembre\nHora: 7:00 a.m.\nBici: 12\nSucursal: Roma Norte, Álvaro Obregón 130\n\nSi no puedes asistir, cancela con al menos 2 horas de anticipación para no perder tu crédito.\n\nPulso Fitness\n",
        days=((11, 30, "Mon"),),
    )
    yield build(
        f,
        "quadra_futebol",
        "pt-BR",
        ("Arena Society Vila Madalena", "reservas@arenasociety.example"),
        "Reserva confirmada - Quadra 2 - sexta 27/11 às 20h",
        sent_on(11, 22, 14, SAO),
        "Brazilian five-a-side pitch booking: Quadra 2, sexta-feira 27/11 das 20h às 21h; payment reference.",
        "Olá, Alex!\n\nSua reserva foi confirmada.\n\nQuadra: Society 2 (grama sintética)\nData: sexta-feira, 27/11/2026\nHorário: 20h às 21h\nValor: R$ 280,00 (pago via Pix)\nCódigo: ASV-27112\n\nChegue 10 minutos antes para liberar a quadra na recepção. Cancelamentos com até 24h de antecedência.\n\nBom jogo!\nArena Society Vila Madalena\n",
        days=((11, 27, "Fri"),),
    )
    yield build(
        f,
        "mac_halisaha",
        "tr",
        ("Kadıköy Halı Saha", "rezervasyon@kadikoyhalisaha.example"),
        "Rezervasyonunuz onaylandı - 26 Kasım Perşembe 21:00",
        sent_on(11, 21, 18, IST),
        "Turkish pitch booking: Saha 1, 26 Kasım Perşembe 21:00-22:00.",
        "Merhaba Alex,\n\nHalı saha rezervasyonunuz onaylanmıştır.\n\nSaha: Saha 1 (kapalı)\nTarih: 26 Kasım 2026 Perşembe\nSaat: 21:00 - 22:00\nÜcret: 1.800 TL (sahada ödenecek)\n\nİptal için en geç 12 saat önce 0216 000 00 00 numarasını arayınız.\n\nİyi maçlar!\nKadıköy Halı Saha\n",
        days=((11, 26, "Thu"),),
    )
    yield build(
        f,
        "flexplek",
        "nl",
        ("Spaces Zuidas Community", "community@spaces-zuidas.example"),
        "Je reservering is bevestigd: flexplek + belcel, maandag 30 november",
        sent_on(11, 25, 10, AMS),
        "Dutch coworking: a desk and a phone booth booked for maandag 30 november 09:00-17:00 and a belcel 14:00-14:30 (the reader's own use).",
        "Hoi Alex,\n\nJe reservering bij Spaces Zuidas is bevestigd.\n\nFlexplek: Open werkruimte, 3e verdieping\nDatum: maandag 30 november 2026, 09:00 - 17:00\nBelcel: Cabine 3B, 14:00 - 14:30\n\nCheck in met de app bij aankomst; niet ingecheckte reserveringen vervallen na 30 minuten.\n\nGroet,\nCommunity team Spaces Zuidas\n",
        days=((11, 30, "Mon"),),
    )


def ctrlho27a() -> Iterator[Case]:
    f = "ctrlho27a"
    sent = sent_on(11, 17, 10, AMS)
    yield ctl(
        f,
        "sollicitatie_nl",
        "nl",
        ("Lotte Jansen", "lotte.jansen@havenlogistiek.example"),
        "Uitnodiging sollicitatiegesprek - Planner Logistiek",
        sent,
        "Control: Dutch interview invitation, donderdag 26 november om 14:00 uur, 1 uur.",
        "Beste Alex,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een sollicitatiegesprek:\n\nDatum: donderdag 26 november 2026\nTijd: 14:00 - 15:00 uur\nLocatie: Haven Logistiek, Waalhaven Z.z. 44, Rotterdam\nGesprekspartners: Pieter de Groot (teamleider) en Lotte Jansen (HR)\n\nWil je laten weten of dit schikt?\n\nMet vriendelijke groet,\nLotte Jansen\nRecruiter\n",
        at(2026, 11, 26, 14, 0, AMS, "Thu"),
        60,
    )
    sent = sent_on(11, 18, 9, PAR)
    yield ctl(
        f,
        "entretien_fr",
        "fr",
        ("Camille Martin", "camille.martin@solvia-conseil.example"),
        "Convocation à un entretien - Chargé(e) d'études",
        sent,
        "Control: French interview invitation, mardi 1er décembre à 10h30, 45 minutes, visio link.",
        "Bonjour Alex,\n\nSuite à votre candidature au poste de Chargé(e) d'études, nous avons le plaisir de vous convier à un entretien :\n\nDate : mardi 1er décembre 2026\nHeure : 10h30 (durée : 45 minutes)\nFormat : visioconférence, https://meet.solvia-conseil.example/entretien-4821\nAvec : Julien Petit, directeur des études\n\nMerci de nous confirmer votre disponibilité.\n\nBien cordialement,\nCamille Martin\nChargée de recrutement\n",
        at(2026, 12, 1, 10, 30, PAR, "Tue"),
        45,
    )
    sent = sent_on(11, 19, 11, ROM)
    yield ctl(
        f,
        "colloquio_it",
        "it",
        ("Francesca Ricci", "f.ricci@borealis-software.example"),
        "Invito a colloquio di selezione - Sviluppatore Backend",
        sent,
        "Control: Italian interview invitation, venerdì 27 novembre alle ore 15:00, in sede.",
        "Gentile Alex,\n\nla ringraziamo per la candidatura. Siamo lieti di invitarla a un colloquio di selezione per la posizione di Sviluppatore Backend:\n\nData: venerdì 27 novembre 2026\nOra: 15:00\nSede: Borealis Software, Via Tortona 31, Milano (reception al piano terra)\nColloquio con: Ing. Davide Gallo, CTO\n\nLa preghiamo di confermare la sua presenza rispondendo a questa e-mail.\n\nCordiali saluti,\nFrancesca Ricci\nHR Borealis Software\n",
        at(2026, 11, 27, 15, 0, ROM, "Fri"),
        None,
    )


BUILDERS = [
    mrbs27,
    koha27,
    engel27,
    clinic27,
    kinappt27,
    ctrl27a,
    deliv27,
    travel27,
    school27,
    club27,
    ctrlho27a,
]

MEASURED: list[str] = [
    "First sight (parser at main 8107d768, before any change for this batch): dev 5 of 5 "
    "invitations with the right start (4 sure: the English control read as 'a note after an "
    "interview'), 7 of 36 negatives claimed with confidence >= 0.5: Koha curbside pickups (3 "
    "of 3 en), MRBS room entries (en, pl), a GP practice's ClinicArrivals-style reminder (en), "
    "a mother's note about the grandmother's consulta (pt-BR); mrbs27 2/8, koha27 3/5, "
    "engel27 0/6, clinic27 1/9, kinappt27 1/8, ctrl27a 5/5 right. Held out: 3 of 3 "
    "invitations right (3 sure), 4 of 26 negatives claimed (deliv27 2/7, school27 2/7, "
    "travel27 0/6, club27 0/6). No calendar part in the batch.",
    "",
    "After the batch's rules: dev 5 of 5 right (5 sure), 0 of 36 claimed; held out 3 of 3 "
    "right (3 sure), 4 of 26 claimed (not tuned). Whole splits (quick.py, batch included): "
    "dev false claims 45 -> 37 of 2400, sure 2467 -> 2468, text 2759/2784 and calendars "
    "453/453 unchanged; held out false 126 of 1076, text 1144/1218, sure 977, calendars "
    "142/143 unchanged; cmp.py: 23 better, 0 worse (older dev mail fixed too: appt23's GP "
    "appointment, apptcare's dentist, atsmove26's rebooked dentist, booking22's pt consulta, "
    "onboardit19's laptop pickup).",
]

RULES: list[str] = [
    "- `NON_HIRING_OCCASION_TITLE` (subject and the time's sentence, cleared by any hiring",
    "  word there) gains medical specialties and lab tests (cardiolog-, dermatolog-, geriatr-,",
    "  radiolog-, ortop/orthop-, orthodont-, ophthalm-, gynaecolog-, paediatr-, dahiliye,",
    "  poliklinik, outpatients, hemograma, blood test), a practice's 'Patient X has an",
    "  appointment' (ClinicArrivals) and 'appointment with Dr/the doctor': clinic27 en, pt-BR,",
    "  kinappt27 en, pt-BR, hi-latin, it (different writers), appt23, apptcare, atsmove26.",
    "  A field of medicine beside a word for a job ('Paediatric Nurse position', 'Radiology",
    "  Technician', 'vaga', 'Stelle') is a post, not a visit: the field is then not read",
    "  (`MEDICAL_FIELD`, `ROLE_WORDS`); a protective test keeps such invitations sure.",
    "- The same list gains goods to collect: 'curbside pickup', 'pickup scheduled', 'click and",
    "  collect', 'Abholung'/'Abholtermin', 'retrait en magasin', 'recogida en tienda': Koha's",
    "  NEW_CURBSIDE_PICKUP (en and a German installation's notice) and onboardit19's laptop",
    "  pickup.",
    "- The same list gains MRBS's own notice sentences ('A new entry has been booked', 'Entry",
    "  added/changed for', 'Wpis wprowadzony/został utworzony'): one source only, so no generic",
    "  'room booking' words (LibreBooking's invitations use them).",
    "- `OTHERS_MEETING_CUES` (the time's sentence) gains a relative's appointment: \"Mum's",
    "  appointment\", 'a consulta da sua avó', 'la cita de mi mamá', 'papà ha la visita',",
    "  'annemin', 'Papa ka appointment', 'Oma ... Arzttermin' (kinappt27: a sister, a mother, a",
    "  brother, a friend).",
    "- `INVITING_CUES` gains 'confirm(ing) your ... interview', so a recruiter's confirmation",
    "  after a phone call is not read as a thank-you note: ctrl27a en, agency15, enrol15,",
    "  inhouse15.",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs27a batch (`build_negs27a.py`)",
        "",
        "Everyday look-alikes with a future date and time that set no interview for the reader: "
        "room bookings (MRBS), library pickups (Koha), volunteer shifts (Engelsystem), clinic "
        "appointments, family mail about someone else's appointment, and (held out) deliveries, "
        "travel and counter appointments, school and club mail; interview invitations in the "
        "same languages as controls. MRBS, Koha and Engelsystem strings are the projects' own "
        "(file and commit in each label's `source.template`); ClinicArrivals gives the shape of "
        "the English clinic reminder; all other text is ours. People, companies, addresses and "
        "links are made up. Every label was written from the datetimes the text is rendered "
        "from, before the parser was run on the message.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs27a.py` "
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
    cases = [item for build_family in BUILDERS for item in build_family()]
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-negs27a.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
