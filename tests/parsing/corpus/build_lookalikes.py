"""Write the "lookalikes" batch: held-out mail a job seeker forwards that is not an invitation.

Run: .venv/bin/python tests/parsing/corpus/build_lookalikes.py

Date polls that ask the candidate to choose among several slots, event-platform reminders for
career events, calendar replies (iTIP METHOD:REPLY and their text), meeting minutes, online
assessments with deadlines, chat mention notifications, out-of-office replies, and thank-you,
refusal and offer mail that quotes or names an interview already held. Localized strings come
from the open-source software named per family (FAMILIES, and each label's source); people,
companies, addresses, links and the text around those strings are made up, with 2026 dates.
Labels were written from the text as a reader understands it, before the parser was run on the
messages. Every family is held out: nobody tunes the parser to these files. The script only
deletes or writes files of its own families.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_mail import MONTHS, WEEKDAYS, WEEKDAYS_SHORT  # noqa: E402
from build_people import (  # noqa: E402
    BER,
    KEY_ORDER,
    LON,
    MAD,
    NY,
    PAR,
    POLICY,
    addr,
    at,
    digest,
    forward_block,
    hm12,
    quote,
    textpart,
)

ROM, AMS, WAW, SAO = "Europe/Rome", "Europe/Amsterdam", "Europe/Warsaw", "America/Sao_Paulo"
HOOK = ("Afterview", "in+inbox@afterview.example")
OURS = "our text: written for this corpus"

# family -> (split, where its strings come from, licence of those strings)
FAMILIES: dict[str, tuple[str, str, str]] = {
    "framadate": (
        "heldout",
        "framasoft/framadate:locale/{en,fr,de,es,it}.json (Mail.hast just created a poll called, "
        "Mail.Thanks for filling the poll at the link above, EditLink.REMINDER)"
        "@ffdfdb9823e9ebed7b82d21417faf01f8d871278",
        "CECILL-B (Framadate)",
    ),
    "mobilizon": (
        "heldout",
        "framasoft/mobilizon:priv/gettext/{en,de,fr,es,it,pl}/LC_MESSAGES/default.po and "
        "lib/web/templates/email/{before_event_notification,event_participation_approved,"
        "notification_each_week}.text.eex, participation/card/_metadata.text.eex"
        "@c64a0ea7ce1dd2f4ef46b87cc1a8cc012afe2321",
        "AGPL-3.0 (Mobilizon)",
    ),
    "itipreply": (
        "heldout",
        "horde/Itip (Horde_Itip_Response_Type_*::getShortMessage 'has accepted/declined the "
        "invitation to the following event', 'When:' line as in Horde_Itip mails); German and "
        "French renderings recalled, not re-read",
        "LGPL-2.1 (Horde)",
    ),
    "meetbot": (
        "heldout",
        "openstack-infra/meetbot:writers.py (plain-text minutes: 'Meeting started by ... at "
        "HH:MM:SS UTC', 'Action items', 'People present'); German/Dutch minutes hand-written",
        "BSD-3-Clause (MeetBot)",
    ),
    "assessdeadline": (
        "heldout",
        "Online assessments and take-home tasks with a deadline; Moodle assign labels 'Due "
        "date'/'Time remaining' and their de/fr/es/pt/pl translations recalled from "
        "moodle/moodle:mod/assign/lang and AMOS, not re-read",
        "GPL-3.0-or-later (Moodle strings)",
    ),
    "rocketchat": (
        "heldout",
        "RocketChat/Rocket.Chat:packages/i18n (Offline_Mention_Email subject '[__site__] You "
        "have been mentioned by __user__ in #__room__', 'Go to message'); translations "
        "recalled, not re-read",
        "MIT (Rocket.Chat)",
    ),
    "autoresp": (
        "heldout",
        "Out-of-office replies with the localized subject prefixes of Outlook/Exchange "
        "('Automatic reply:', 'Automatische Antwort:', 'Réponse automatique :', 'Automatisch "
        "antwoord:', 'Risposta automatica:'), some without RFC 3834 headers; wording ours",
        OURS,
    ),
    "aftertalk": (
        "heldout",
        "Thank-you, refusal and offer mail after an interview, some quoting the invitation "
        "under Thunderbird, Apple Mail, Gmail and Outlook attribution lines in en/de/fr/nl/it/"
        "pt-BR/pl/es; wording ours",
        OURS,
    ),
}


# --------------------------------------------------------------------------------------
# MIME


def message(
    key: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    plain: str | None = None,
    html: str | None = None,
    calendar: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    """Serialise one message: plain and/or html, optionally an iTIP part next to them."""
    domain = sender[1].split("@", 1)[1]
    parts: list[Message] = []
    if plain is not None:
        parts.append(textpart(plain))
    if html is not None:
        parts.append(textpart(html, "html"))
    if calendar is not None:
        ics = MIMEText(calendar, "calendar", "utf-8")
        ics.set_param("method", "REPLY")
        parts.append(ics)
    body: Message
    if len(parts) == 1:
        body = parts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"=_la_{digest(key, 'b')[:16]}")
        for part in parts:
            body.attach(part)
    existing = list(body.items())
    for name in list(body.keys()):
        del body[name]
    body["Date"] = format_datetime(sent)
    body["From"] = addr(sender)
    body["To"] = addr(to)
    body["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    body["Message-ID"] = f"<{digest(key, 'mid')}@{domain}>"
    for name, value in (headers or {}).items():
        body[name] = value
    body["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            body[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(body)
    return buffer.getvalue()


def forwarded(
    key: str,
    *,
    client: str,
    lang: str,
    user: tuple[str, str],
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    note: str,
    prefix: str,
) -> bytes:
    """The job seeker forwards a text mail to Afterview inline."""
    block = forward_block(client, lang, org, orig_sent, subject, user)
    text = f"{note}\n\n{block}\n{body.strip()}\n"
    return message(
        key,
        sender=user,
        to=HOOK,
        subject=f"{prefix}: {subject}",
        sent=orig_sent + timedelta(hours=1, minutes=37),
        plain=text,
    )


def long_date(lang: str, value: datetime) -> str:
    """A written-out date the way each language writes it in running text."""
    day, month, weekday = value.day, MONTHS[lang][value.month - 1], WEEKDAYS[lang][value.weekday()]
    if lang == "en":
        return f"{weekday} {day} {month} {value.year}"
    if lang == "de":
        return f"{weekday}, {day}. {month} {value.year}"
    if lang in {"es", "pt"}:
        return f"{weekday}, {day} de {month} de {value.year}"
    return f"{weekday} {day} {month} {value.year}"


def ics_reply(
    uid: str,
    attendee: tuple[str, str],
    partstat: str,
    organizer: str,
    start: datetime,
    end: datetime,
) -> str:
    def utc(value: datetime) -> str:
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//The Horde Project//Horde iCalendar Library//EN"
        "\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:{utc(start.replace(day=1))}\r\nDTSTART:{utc(start)}\r\n"
        f"DTEND:{utc(end)}\r\nSEQUENCE:0\r\nORGANIZER:mailto:{organizer}\r\n"
        f"ATTENDEE;CN={attendee[0]};PARTSTAT={partstat}:mailto:{attendee[1]}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
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


def case(fam: str, name: str, raw: bytes, lang: str, note: str, kind: str, **keys: object) -> Case:
    return Case(fam, name, raw, {"kind": kind, **keys}, lang, note)


BULK = {"Precedence": "bulk", "List-Unsubscribe": "<https://lists.example/unsub>"}


def framadate() -> Iterator[Case]:
    fam = "framadate"
    cand = ("Nadia Brooks", "nadia.brooks@postbox.example")
    rec = ("Maya Lindqvist", "maya.lindqvist@harbourline-analytics.example")
    sent = at(2026, 4, 6, 10, 12, LON)
    slots = [at(2026, 4, 14, 10, 0, LON, "Tue"), at(2026, 4, 15, 14, 0, LON, "Wed")]
    slots.append(at(2026, 4, 16, 9, 30, LON, "Thu"))
    lines = "\n".join(
        f"- {WEEKDAYS_SHORT['en'][s.weekday()]} {s.day} April, {s:%H:%M}-{s.hour + 1:02d}:"
        f"{s.minute:02d} BST"
        for s in slots
    )
    body = (
        "Hi Nadia,\n\nThanks again for the first conversation. We'd like to set up your second "
        "interview (60 minutes with two of our data engineers) and have these slots free:\n\n"
        f"{lines}\n\nPlease tick every slot that works for you in the poll below by Thursday; "
        "I'll confirm the final time once everyone has voted.\n\n"
        "https://framadate.example.org/studs/Xq7KcWm2\n"
        'Maya Lindqvist has just created a poll called "Second interview - Data Engineer".\n'
        "Please fill in the poll at the link above\n\nThank you for your trust.\n\n"
        "Maya Lindqvist\nTalent Partner, Harbourline Analytics\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Second interview - pick your slots",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "en_three_slots_vote",
        raw,
        "en",
        "Recruiter lists three candidate slots and a Framadate poll; no time fixed yet.",
        "not_invitation",
        company="Harbourline Analytics",
    )

    cand = ("Lucas Martin", "lucas.martin@courriel.example")
    rec = ("Claire Dubois", "c.dubois@atelier-nacre.example")
    sent = at(2026, 4, 20, 9, 5, PAR)
    slots = [
        at(2026, 4, 27, 10, 0, PAR, "Mon"),
        at(2026, 4, 28, 14, 30, PAR, "Tue"),
        at(2026, 4, 29, 11, 0, PAR, "Wed"),
    ]
    lines = "\n".join(f"  * {long_date('fr', s)} à {s:%H}h{s:%M}" for s in slots)
    body = (
        "Bonjour Lucas,\n\nSuite à votre candidature au poste de Chef de projet digital, nous "
        "souhaitons organiser un entretien avec notre directrice. Voici les créneaux "
        f"possibles :\n\n{lines}\n\nMerci d'indiquer vos disponibilités dans le sondage "
        "ci-dessous ; nous vous confirmerons ensuite le créneau retenu.\n\n"
        "https://framadate.example.org/studs/Rb3TzQ9p\n"
        "Claire Dubois vient de créer un sondage intitulé « Entretien - Chef de projet "
        "digital ».\nMerci de bien vouloir participer au sondage à l'adresse suivante\n\n"
        "Bien cordialement,\nClaire Dubois\nAtelier Nacre\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Entretien - vos disponibilités",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "fr_creneaux_sondage",
        raw,
        "fr",
        "Three possible slots listed as bullets with a Framadate poll link.",
        "not_invitation",
        company="Atelier Nacre",
    )

    cand = ("Jonas Weber", "jonas.weber@mailbox.example")
    rec = ("Katrin Vogt", "k.vogt@lindenhof-software.example")
    sent = at(2026, 4, 13, 14, 40, BER)
    slots = [at(2026, 4, 21, 10, 0, BER, "Tue"), at(2026, 4, 22, 15, 30, BER, "Wed")]
    lines = "\n".join(
        f"- {WEEKDAYS_SHORT['de'][s.weekday()]}, {s:%d.%m.%Y}, {s:%H:%M} Uhr" for s in slots
    )
    body = (
        "Hallo Herr Weber,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d). "
        "Für das Kennenlerngespräch (ca. 45 Minuten, per Video) kämen folgende Termine in "
        f"Frage:\n\n{lines}\n\nBitte tragen Sie sich in der Umfrage ein:\n"
        "https://framadate.example.org/studs/Lh4Vn8Qe\n\n"
        "Katrin Vogt hat gerade eine Umfrage erstellt. Sie trägt den Titel "
        '"Kennenlernen Backend".\n'
        "Danke, dass Sie die Umfrage unter dem obigen Link ausgefüllt haben\n\n"
        "Viele Grüße\nKatrin Vogt\nLindenhof Software GmbH\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Terminabstimmung Kennenlerngespräch",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "de_zwei_termine_umfrage",
        raw,
        "de",
        "Two possible dates (dotted, 'Uhr') for a first talk, chosen by poll.",
        "not_invitation",
        company="Lindenhof Software GmbH",
    )

    user = ("Marta Gil", "marta.gil@correo.example")
    rec = ("Javier Ortega", "jortega@olivar-logistica.example")
    orig = at(2026, 5, 4, 12, 20, MAD)
    slots = [at(2026, 5, 12, 9, 30, MAD, "Tue"), at(2026, 5, 13, 16, 0, MAD, "Wed")]
    lines = "\n".join(f"- {long_date('es', s)}, a las {s:%H:%M}" for s in slots)
    inner = (
        "Hola Marta:\n\nNos gustaría conocerte en una entrevista presencial para el puesto "
        f"de Analista de Operaciones. Tenemos estas dos opciones:\n\n{lines}\n\n"
        'Javier Ortega acaba de crear la encuesta llamada "Entrevista Analista de '
        'Operaciones".\nGracias por ir a llenar la encuesta siguiendo este enlace\n'
        "https://framadate.example.org/studs/Np2WsK7d\n\nUn saludo,\nJavier\n"
    )
    raw = forwarded(
        f"{fam}/4",
        client="gmail",
        lang="en",
        user=user,
        org=rec,
        orig_sent=orig,
        subject="Entrevista - elige fecha",
        body=inner,
        note="para guardar",
        prefix="Fwd",
    )
    yield case(
        fam,
        "es_fwd_gmail_dos_opciones",
        raw,
        "es",
        "Gmail forward of a Spanish poll with two options; the forwarder is the user.",
        "not_invitation",
        original_sender=rec[1],
    )

    cand = ("Giulia Conti", "giulia.conti@posta.example")
    rec = ("Paolo Ferri", "p.ferri@vetreria-lariana.example")
    sent = at(2026, 5, 5, 16, 45, ROM)
    close = at(2026, 5, 8, 12, 0, ROM, "Fri")
    body = (
        "Promemoria\n\nGentile Giulia,\n\nle ricordo di indicare le sue disponibilità per il "
        "colloquio tecnico nel sondaggio: il sondaggio si chiude "
        f"{long_date('it', close)} alle {close:%H:%M}.\n\n"
        "Vi chiediamo di partecipare al sondaggio all'indirizzo seguente\n"
        "https://framadate.example.org/studs/Vt9Pq3Lm\n\nCordiali saluti,\nPaolo Ferri\n"
        "Vetreria Lariana S.r.l.\n"
    )
    raw = message(
        f"{fam}/5",
        sender=rec,
        to=cand,
        subject="Promemoria: sondaggio date colloquio",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "it_promemoria_chiusura",
        raw,
        "it",
        "Reminder to vote; the only time is when the poll closes (a deadline).",
        "not_invitation",
        company="Vetreria Lariana S.r.l.",
    )


def mobilizon() -> Iterator[Case]:
    fam = "mobilizon"
    sender = ("Mobilizon", "notifications@mobilizon.example.org")

    def card(lang: str, label: str, on: str, address: str) -> str:
        return f"{label} {on}\n{address}"

    cand = ("Sam Porter", "sam.porter@inbox.example")
    start = at(2026, 4, 9, 18, 30, LON, "Thu")
    on = f"On {long_date('en', start)} from {hm12(start)} to 9:00 PM"
    body = (
        "Participation approved\n==\n"
        "Good news: one of the event organizers just approved your request. Update your "
        "calendar, because you're on the guest list now!\n\n"
        "Career Switch Meetup: mock interviews\n"
        + card("en", "Date:", on, "Address: The Old Library, 12 Dock Street, Leeds")
        + "\n\nVisit the event page: https://mobilizon.example.org/events/3f1c\n"
        "Would you wish to update or cancel your attendance, simply access the event page "
        "through the link above and click on the Attending button.\n"
    )
    raw = message(
        f"{fam}/1",
        sender=sender,
        to=cand,
        subject="Your participation to event Career Switch Meetup: mock interviews "
        "has been approved",
        sent=at(2026, 4, 2, 8, 3, LON),
        plain=body,
    )
    yield case(
        fam,
        "en_participation_approved_mock_interviews",
        raw,
        "en",
        "Event platform approves a seat at a community mock-interview evening.",
        "not_invitation",
    )

    cand = ("Lea Hoffmann", "lea.hoffmann@mail.example")
    start = at(2026, 4, 14, 18, 0, BER, "Tue")
    body = (
        "Eine Veranstaltung steht an!\n==\n"
        "Machen Sie sich bereit für Bewerbungstraining: Vorstellungsgespräche üben\n"
        f"Datum: Am {start.day}. {MONTHS['de'][start.month - 1]} {start.year} von "
        f"{start:%H:%M} bis 20:00\nAdresse: Stadtteilzentrum Nord, Raum 2\n\n"
        "Veranstaltung ansehen: https://mobilizon.example.org/events/9a2e\n"
    )
    raw = message(
        f"{fam}/2",
        sender=sender,
        to=cand,
        subject="Eine Veranstaltung steht an!",
        sent=at(2026, 4, 13, 18, 0, BER),
        plain=body,
        headers=BULK,
    )
    yield case(
        fam,
        "de_veranstaltung_steht_an",
        raw,
        "de",
        "Day-before reminder for an application-training workshop.",
        "not_invitation",
    )

    cand = ("Inès Moreau", "ines.moreau@courriel.example")
    start = at(2026, 4, 16, 18, 30, PAR, "Thu")
    body = (
        "Un événement est à venir !\n==\n"
        "Préparez vous pour Atelier : réussir son entretien d'embauche\n"
        f"Date : Le {start.day} {MONTHS['fr'][start.month - 1]} {start.year} de "
        f"{start:%H:%M} à 20:30\nAdresse : Maison de l'emploi, 4 rue Garibaldi, Lyon\n\n"
        "Voir l'événement sur : https://mobilizon.example.org/events/77b0\n"
    )
    raw = message(
        f"{fam}/3",
        sender=sender,
        to=cand,
        subject="Un événement est à venir !",
        sent=at(2026, 4, 15, 18, 30, PAR),
        plain=body,
    )
    yield case(
        fam,
        "fr_evenement_a_venir_atelier",
        raw,
        "fr",
        "Reminder for a job-interview workshop (the word 'entretien' in the title).",
        "not_invitation",
    )

    cand = ("Pablo Ruiz", "pablo.ruiz@correo.example")
    start = at(2026, 4, 23, 10, 0, MAD, "Thu")
    body = (
        "Participación aprobada\n==\n"
        "Su participación en el evento Feria de empleo TIC 2026 ha sido aprobada\n\n"
        f"Fecha: El {start.day} de {MONTHS['es'][start.month - 1]} de {start.year} desde "
        f"{start:%H:%M} hasta 14:00\nDirección: Palacio de Congresos, Sala B\n\n"
        "Gestiona tu participación: https://mobilizon.example.org/events/c41d\n"
    )
    raw = message(
        f"{fam}/4",
        sender=sender,
        to=cand,
        subject="Su participación en el evento Feria de empleo TIC 2026 ha sido aprobada",
        sent=at(2026, 4, 10, 11, 0, MAD),
        plain=body,
    )
    yield case(
        fam,
        "es_participacion_aprobada_feria",
        raw,
        "es",
        "Seat at a job fair approved; a date and hours but no interview.",
        "not_invitation",
    )

    cand = ("Marco Rossi", "marco.rossi@posta.example")
    start = at(2026, 4, 30, 18, 0, ROM, "Thu")
    body = (
        "In programma questa settimana\n==\n"
        "Hai un evento questa settimana:\n\n"
        f"  {long_date('it', start)} {start:%H:%M} - Simulazione colloqui di lavoro "
        "https://mobilizon.example.org/events/e5f2\n\n"
        "Se desideri annullare la tua partecipazione, visita la pagina dell'evento tramite il "
        "link qui sopra.\n"
    )
    raw = message(
        f"{fam}/5",
        sender=sender,
        to=cand,
        subject="In programma questa settimana",
        sent=at(2026, 4, 27, 7, 0, ROM),
        plain=body,
        headers=BULK,
    )
    yield case(
        fam,
        "it_in_programma_settimana",
        raw,
        "it",
        "Weekly digest with one event: a practice-interview evening.",
        "not_invitation",
    )

    cand = ("Anna Nowak", "anna.nowak@poczta.example")
    start = at(2026, 5, 7, 10, 0, WAW, "Thu")
    body = (
        "Zbliża się wydarzenie!\n==\n"
        "Przygotuj się na Targi Pracy IT Kraków\n"
        f"Data: {start.day} {MONTHS['pl'][start.month - 1]} {start.year}, "
        f"{start:%H:%M} - 16:00\nAdres: Hala EXPO, ul. Galicyjska 9\n\n"
        "Zobacz wydarzenie: https://mobilizon.example.org/events/0d9a\n"
    )
    raw = message(
        f"{fam}/6",
        sender=sender,
        to=cand,
        subject="Zbliża się wydarzenie!",
        sent=at(2026, 5, 6, 10, 0, WAW),
        plain=body,
    )
    yield case(
        fam,
        "pl_zbliza_sie_targi",
        raw,
        "pl",
        "Reminder for an IT job fair the next day.",
        "not_invitation",
    )


def itipreply() -> Iterator[Case]:
    fam = "itipreply"
    org = "talent@brightwater-energy.example"
    panel = ("Oliver Grant", "oliver.grant@brightwater-energy.example")
    start, end = at(2026, 5, 6, 15, 0, LON, "Wed"), at(2026, 5, 6, 15, 45, LON)
    text = (
        f"{panel[0]} has accepted the invitation to the following event:\n\n"
        "*Interview - QA Lead (Priya Shah)*\n\n"
        f"When: {start:%Y-%m-%d %H:%M} - {end:%H:%M} (Europe/London)\n\n"
        f"Invitees: Priya Shah <priya.shah@mailhub.example>,\n  {panel[0]} <{panel[1]}>\n"
    )
    ics = ics_reply("bw-7731@brightwater-energy.example", panel, "ACCEPTED", org, start, end)
    raw = message(
        f"{fam}/1",
        sender=panel,
        to=("Talent", org),
        subject="Accepted: Interview - QA Lead (Priya Shah)",
        sent=at(2026, 4, 29, 9, 12, LON),
        plain=text,
        calendar=ics,
    )
    yield case(
        fam,
        "en_accepted_panel_member",
        raw,
        "en",
        "Horde iTIP REPLY (ACCEPTED) from a panel member to the recruiter.",
        "reply",
        method="REPLY",
    )

    panel = ("Birgit Schulz", "b.schulz@moosgrund-bau.example")
    org = "personal@moosgrund-bau.example"
    start, end = at(2026, 5, 19, 10, 0, BER, "Tue"), at(2026, 5, 19, 11, 0, BER)
    text = (
        f"{panel[0]} hat die Einladung zu folgendem Termin abgelehnt:\n\n"
        "*Vorstellungsgespräch Bauleiter (Tim Keller)*\n\n"
        f"Wann: {start:%d.%m.%Y %H:%M} - {end:%H:%M} (Europe/Berlin)\n"
    )
    ics = ics_reply("mg-20260519@moosgrund-bau.example", panel, "DECLINED", org, start, end)
    raw = message(
        f"{fam}/2",
        sender=panel,
        to=("Personal", org),
        subject="Abgelehnt: Vorstellungsgespräch Bauleiter (Tim Keller)",
        sent=at(2026, 5, 12, 16, 2, BER),
        plain=text,
        calendar=ics,
    )
    yield case(
        fam,
        "de_abgelehnt_ics",
        raw,
        "de",
        "iTIP REPLY (DECLINED) in German from an interviewer.",
        "reply",
        method="REPLY",
    )

    user = ("Priya Shah", "priya.shah@mailhub.example")
    start, end = at(2026, 5, 14, 11, 0, LON, "Thu"), at(2026, 5, 14, 11, 30, LON)
    inner = (
        f"{user[0]} has declined the invitation to the following event:\n\n"
        "*Phone screen - Data Analyst*\n\n"
        f"When: {start:%Y-%m-%d %H:%M} - {end:%H:%M} (Europe/London)\n"
    )
    raw = forwarded(
        f"{fam}/3",
        client="gmail",
        lang="en",
        user=user,
        org=user,
        orig_sent=at(2026, 5, 8, 19, 40, LON),
        subject="Declined: Phone screen - Data Analyst",
        body=inner,
        note="I withdrew from this one, please don't add it",
        prefix="Fwd",
    )
    yield case(
        fam,
        "en_declined_text_fwd",
        raw,
        "en",
        "The user's own 'declined' reply, forwarded without its calendar part.",
        "not_invitation",
    )

    user = ("Hugo Lefèvre", "hugo.lefevre@courriel.example")
    start, end = at(2026, 6, 2, 14, 0, PAR, "Tue"), at(2026, 6, 2, 15, 0, PAR)
    text = (
        f"{user[0]} a décliné l'invitation à l'événement suivant :\n\n"
        "*Entretien - Responsable logistique*\n\n"
        f"Quand : {start:%d/%m/%Y %H:%M} - {end:%H:%M} (Europe/Paris)\n\n"
        "Je ne suis plus disponible à cette date, pourriez-vous me proposer un autre créneau ?\n"
    )
    raw = message(
        f"{fam}/4",
        sender=user,
        to=("RH", "rh@transalp-fret.example"),
        subject="Refusé : Entretien - Responsable logistique",
        sent=at(2026, 5, 28, 8, 30, PAR),
        plain=text,
    )
    yield case(
        fam,
        "fr_refuse_texte",
        raw,
        "fr",
        "Text-only decline of a slot, asking for another one.",
        "not_invitation",
    )


def meetbot() -> Iterator[Case]:
    fam = "meetbot"
    lst = ("Outreach mentors", "mentors@lists.riverbed-project.example")
    chair = ("Dana Kim", "dana.kim@riverbed-project.example")
    sent = at(2026, 3, 19, 16, 5, "UTC")
    body = (
        "==========================\n#riverbed-mentors: Mentors\n==========================\n\n"
        "Meeting started by dkim at 15:00:07 UTC. The full logs are available at\n"
        "https://meetbot.riverbed-project.example/2026/riverbed-mentors.2026-03-19-15.00.log.html"
        " .\n\nMeeting summary\n---------------\n* Intern selection (dkim, 15:02:11)\n"
        "  * AGREED: interview the three shortlisted applicants next week (dkim, 15:20:40)\n"
        "  * ACTION: jmarsh to send interview slots for Tue 24 March 14:00 UTC and Wed 25 "
        "March 16:00 UTC (dkim, 15:22:02)\n\nMeeting ended at 15:48:30 UTC.\n\n"
        "Action Items\n------------\n* jmarsh to send interview slots for Tue 24 March 14:00 UTC "
        "and Wed 25 March 16:00 UTC\n\nPeople Present (lines said)\n---------------------------\n"
        "* dkim (41)\n* jmarsh (17)\n* zodbot (3)\n\nGenerated by `MeetBot`_ 0.1.4\n"
    )
    raw = message(
        f"{fam}/1",
        sender=chair,
        to=lst,
        subject="Minutes: #riverbed-mentors meeting 2026-03-19",
        sent=sent,
        plain=body,
        headers={"List-Id": "<mentors.lists.riverbed-project.example>"},
    )
    yield case(
        fam,
        "en_minutes_interview_slots_action",
        raw,
        "en",
        "MeetBot minutes; an action item to send interview slots (two candidate times).",
        "not_invitation",
    )

    staff = ("Team Personal", "team-personal@elbauen-klinik.example")
    writer = ("Sven Lorenz", "s.lorenz@elbauen-klinik.example")
    sent = at(2026, 3, 17, 12, 10, BER)
    body = (
        "Protokoll Teambesprechung Personal\nDatum: 17.03.2026, 10:00-11:00 Uhr\n"
        "Teilnehmende: S. Lorenz, M. Aydin, K. Brandt\n\n"
        "TOP 1: Stellenbesetzung Pflegedienstleitung\n- Drei Vorstellungsgespräche haben "
        "am 12.03. stattgefunden.\n- Zweite Runde mit zwei Bewerberinnen am Dienstag, "
        "24.03.2026, ab 14:00 Uhr (M. Aydin lädt ein).\n\nTOP 2: Dienstplan Ostern\n"
        "- offen\n\nNächste Besprechung: 31.03.2026, 10:00 Uhr\n\ngez. Sven Lorenz\n"
    )
    raw = message(
        f"{fam}/2",
        sender=writer,
        to=staff,
        subject="Protokoll Teambesprechung 17.03.",
        sent=sent,
        plain=body,
    )
    yield case(
        fam,
        "de_protokoll_zweite_runde",
        raw,
        "de",
        "Team minutes naming past interviews, a planned round and the next meeting.",
        "not_invitation",
    )

    club = ("Bestuur Studievereniging Delta", "bestuur@sv-delta.example")
    sent = at(2026, 4, 9, 21, 30, AMS)
    body = (
        "Notulen bestuursvergadering 8 april 2026\nAanwezig: Eva, Ruben, Sanne, Thijs\n\n"
        "1. Opening 19:30\n2. Bedrijvendag: de sollicitatiegesprekken met partnerbedrijven "
        "vinden plaats op donderdag 23 april van 13:00 tot 17:00 in zaal 2.14. Leden kunnen "
        "zich inschrijven tot 16 april.\n3. Rondvraag\n4. Sluiting 21:05\n\n"
        "Volgende vergadering: woensdag 22 april, 19:30.\n"
    )
    raw = message(
        f"{fam}/3",
        sender=club,
        to=("Leden", "leden@sv-delta.example"),
        subject="Notulen bestuursvergadering 8 april",
        sent=sent,
        plain=body,
        headers=BULK,
    )
    yield case(
        fam,
        "nl_notulen_bedrijvendag",
        raw,
        "nl",
        "Association minutes with a careers-day interview window and a sign-up deadline.",
        "not_invitation",
    )


def assessdeadline() -> Iterator[Case]:
    fam = "assessdeadline"
    cand = ("Ella Carter", "ella.carter@inbox.example")
    hr = ("Graduate Recruitment", "graduates@northmoor-bank.example")
    due = at(2026, 4, 17, 23, 59, LON, "Fri")
    body = (
        "Dear Ella,\n\nThank you for applying to the Northmoor Bank Graduate Analyst "
        "Programme. The next step is our online numerical and situational judgement "
        "assessment.\n\nDue date: "
        f"{long_date('en', due)}, 11:59 PM BST\nTime allowed: 45 minutes once started\n\n"
        "Please complete it by Friday - you can start any time before the due date:\n"
        "https://assess.northmoor-bank.example/start/8Hq2\n\nKind regards,\n"
        "Graduate Recruitment Team\n"
    )
    raw = message(
        f"{fam}/1",
        sender=hr,
        to=cand,
        subject="Next step: complete your online assessment by Friday",
        sent=at(2026, 4, 10, 9, 0, LON),
        plain=body,
    )
    yield case(
        fam,
        "en_complete_by_friday",
        raw,
        "en",
        "Online assessment with a due date and a duration; no meeting.",
        "not_invitation",
        company="Northmoor Bank",
    )

    cand = ("Felix Braun", "felix.braun@mail.example")
    hr = ("Recruiting", "recruiting@kranich-versicherung.example")
    due = at(2026, 4, 24, 12, 0, BER, "Fri")
    body = (
        "Guten Tag Herr Braun,\n\nals nächsten Schritt im Auswahlverfahren bitten wir Sie, "
        "unseren Online-Test (Dauer ca. 60 Minuten) zu bearbeiten.\n\n"
        f"Bitte schließen Sie den Test bis spätestens {long_date('de', due)}, "
        f"{due:%H:%M} Uhr ab. Nach Ablauf der Frist ist der Link nicht mehr gültig.\n\n"
        "Zum Test: https://test.kranich-versicherung.example/t/55rk\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team\nKranich Versicherung AG\n"
    )
    raw = message(
        f"{fam}/2",
        sender=hr,
        to=cand,
        subject="Ihr Online-Test - Frist 24.04.",
        sent=at(2026, 4, 15, 10, 30, BER),
        plain=body,
    )
    yield case(
        fam,
        "de_online_test_bis_spaetestens",
        raw,
        "de",
        "Online test to finish 'bis spätestens' a date and time.",
        "not_invitation",
        company="Kranich Versicherung AG",
    )

    cand = ("Léa Petit", "lea.petit@courriel.example")
    hr = ("Recrutement", "recrutement@cobalt-conseil.example")
    due = at(2026, 4, 28, 18, 0, PAR, "Tue")
    body = (
        "Bonjour Léa,\n\nMerci pour votre candidature. Nous vous invitons à réaliser notre "
        "étude de cas en ligne (durée : 60 minutes).\n\nMerci de compléter le test avant le "
        f"{long_date('fr', due)} à {due:%H}h{due:%M} (heure de Paris).\n\n"
        "Lien : https://cas.cobalt-conseil.example/c/91xd\n\nCordialement,\n"
        "L'équipe recrutement\nCobalt Conseil\n"
    )
    raw = message(
        f"{fam}/3",
        sender=hr,
        to=cand,
        subject="Invitation à passer notre étude de cas en ligne",
        sent=at(2026, 4, 21, 11, 0, PAR),
        plain=body,
    )
    yield case(
        fam,
        "fr_completer_avant_le",
        raw,
        "fr",
        "'Invitation' in the subject, but only a deadline to complete a case study.",
        "not_invitation",
        company="Cobalt Conseil",
    )

    cand = ("Lucía Navarro", "lucia.navarro@correo.example")
    hr = ("Selección", "seleccion@alcor-ingenieria.example")
    due = at(2026, 5, 4, 23, 59, MAD, "Mon")
    body = (
        "Hola Lucía:\n\nEl siguiente paso del proceso es una prueba técnica en línea. Tienes "
        f"hasta el {long_date('es', due)} a las {due:%H:%M} para completarla; una vez "
        "iniciada dispones de 90 minutos.\n\nAcceso: https://prueba.alcor-ingenieria.example/"
        "p/4kd8\n\nUn saludo,\nEquipo de Selección\nAlcor Ingeniería\n"
    )
    raw = message(
        f"{fam}/4",
        sender=hr,
        to=cand,
        subject="Prueba técnica - plazo",
        sent=at(2026, 4, 27, 13, 15, MAD),
        plain=body,
    )
    yield case(
        fam,
        "es_tienes_hasta_el",
        raw,
        "es",
        "Technical test with 'tienes hasta el ... a las 23:59'.",
        "not_invitation",
        company="Alcor Ingeniería",
    )

    cand = ("Rafael Souza", "rafael.souza@email.example")
    hr = ("Talentos", "talentos@ipe-digital.example")
    due = at(2026, 5, 7, 18, 0, SAO, "Thu")
    body = (
        "Olá, Rafael!\n\nParabéns, você avançou para a etapa de desafio técnico.\n\n"
        f"Prazo para entrega: {due:%d/%m/%Y} às 18h (horário de Brasília)\n"
        "Tempo estimado: 3 horas\n\nEnvie o repositório respondendo a este e-mail.\n\n"
        "Abraços,\nEquipe de Talentos - Ipê Digital\n"
    )
    raw = message(
        f"{fam}/5",
        sender=hr,
        to=cand,
        subject="Desafio técnico - prazo de entrega",
        sent=at(2026, 4, 30, 10, 0, SAO),
        plain=body,
    )
    yield case(
        fam,
        "pt_prazo_entrega_desafio",
        raw,
        "pt-BR",
        "Take-home task with 'Prazo para entrega: 07/05/2026 às 18h'.",
        "not_invitation",
        company="Ipê Digital",
    )

    cand = ("Piotr Zieliński", "piotr.zielinski@poczta.example")
    hr = ("Rekrutacja", "rekrutacja@wisla-data.example")
    due = at(2026, 5, 11, 23, 59, WAW, "Mon")
    body = (
        "Dzień dobry,\n\nzapraszamy do rozwiązania zadania rekrutacyjnego w naszym Moodle.\n\n"
        f"Termin oddania: {due:%d.%m.%Y}, godz. {due:%H:%M}\nPozostały czas: 7 dni\n\n"
        "https://moodle.wisla-data.example/mod/assign/view.php?id=412\n\n"
        "Pozdrawiamy,\nZespół rekrutacji\n"
    )
    raw = message(
        f"{fam}/6",
        sender=hr,
        to=cand,
        subject="Zaproszenie do zadania rekrutacyjnego",
        sent=at(2026, 5, 4, 9, 0, WAW),
        plain=body,
    )
    yield case(
        fam,
        "pl_termin_oddania_moodle",
        raw,
        "pl",
        "'Zaproszenie' (invitation) to a Moodle assignment with 'Termin oddania'.",
        "not_invitation",
    )


def rocketchat() -> Iterator[Case]:
    fam = "rocketchat"
    sender = ("Rocket.Chat", "noreply@chat.tidewater-labs.example")
    cand = ("Sam Lee", "sam.lee@tidewater-labs.example")
    body = (
        "[Tidewater Chat] You have been mentioned by dana.k in #hiring-loop\n\n"
        "dana.k: @sam.lee can you take the system design round with the backend candidate "
        "tomorrow at 3pm? Calendar invite coming from Talent.\n\n"
        "Go to message: https://chat.tidewater-labs.example/channel/hiring-loop?msg=Hk2\n"
        "You are receiving this email because you were mentioned while offline.\n"
    )
    raw = message(
        f"{fam}/1",
        sender=sender,
        to=cand,
        subject="[Tidewater Chat] You have been mentioned by dana.k in #hiring-loop",
        sent=at(2026, 3, 24, 11, 20, NY),
        plain=body,
    )
    yield case(
        fam,
        "en_mentioned_hiring_loop",
        raw,
        "en",
        "Chat mention asking a colleague to join an interview 'tomorrow at 3pm'.",
        "not_invitation",
    )

    cand = ("Mara Klein", "mara.klein@auwald-media.example")
    sender = ("Rocket.Chat", "noreply@chat.auwald-media.example")
    body = (
        "[Auwald Chat] Sie wurden von jan.b in #bewerbungen erwähnt\n\n"
        "jan.b: @mara.klein können wir das Gespräch mit Frau Yilmaz auf Donnerstag, 14 Uhr "
        "legen? Raum 3 ist frei.\n\nZur Nachricht: "
        "https://chat.auwald-media.example/channel/bewerbungen?msg=Q9x\n"
    )
    raw = message(
        f"{fam}/2",
        sender=sender,
        to=cand,
        subject="[Auwald Chat] Sie wurden von jan.b in #bewerbungen erwähnt",
        sent=at(2026, 4, 7, 9, 48, BER),
        plain=body,
    )
    yield case(
        fam,
        "de_erwaehnt_bewerbungen",
        raw,
        "de",
        "German chat mention proposing a slot for someone else's interview.",
        "not_invitation",
    )

    cand = ("Bruno Lima", "bruno.lima@cerrado-tech.example")
    sender = ("Rocket.Chat", "noreply@chat.cerrado-tech.example")
    body = (
        "[Cerrado Chat] Você foi mencionado por ana.r em #recrutamento\n\n"
        "ana.r: @bruno.lima a entrevista com a candidata de dados ficou para quarta às 10h, "
        "você consegue participar?\n\nIr para a mensagem: "
        "https://chat.cerrado-tech.example/channel/recrutamento?msg=Pz1\n"
    )
    raw = message(
        f"{fam}/3",
        sender=sender,
        to=cand,
        subject="[Cerrado Chat] Você foi mencionado por ana.r em #recrutamento",
        sent=at(2026, 4, 13, 15, 2, SAO),
        plain=body,
    )
    yield case(
        fam,
        "pt_mencionado_recrutamento",
        raw,
        "pt-BR",
        "pt-BR chat mention about an interview 'quarta às 10h'.",
        "not_invitation",
    )

    cand = ("Irene Vidal", "irene.vidal@sierra-retail.example")
    sender = ("Rocket.Chat", "noreply@chat.sierra-retail.example")
    body = (
        "[Sierra Chat] Has sido mencionado por carlos.m en #seleccion\n\n"
        "carlos.m: @irene.vidal ¿puedes entrevistar al candidato de tienda el viernes a las "
        "12:00? Te paso el CV por aquí.\n\nIr al mensaje: "
        "https://chat.sierra-retail.example/channel/seleccion?msg=Rt5\n"
    )
    raw = message(
        f"{fam}/4",
        sender=sender,
        to=cand,
        subject="[Sierra Chat] Has sido mencionado por carlos.m en #seleccion",
        sent=at(2026, 4, 14, 17, 31, MAD),
        plain=body,
    )
    yield case(
        fam,
        "es_mencionado_seleccion",
        raw,
        "es",
        "Spanish chat mention asking a colleague to interview on Friday at 12:00.",
        "not_invitation",
    )


def autoresp() -> Iterator[Case]:
    fam = "autoresp"
    cand = ("Tom Walsh", "tom.walsh@inbox.example")
    rec = ("Hannah Price", "hannah.price@greystone-legal.example")
    back = at(2026, 4, 13, 9, 0, LON, "Mon")
    body = (
        "Thank you for your email. I am out of the office until "
        f"{long_date('en', back)} with limited access to email.\n\n"
        "If your message is about interview scheduling, please contact "
        "recruitment@greystone-legal.example, who can confirm or move interview times.\n\n"
        "Hannah Price\nRecruitment Manager | Greystone Legal\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Automatic reply: Interview availability next week",
        sent=at(2026, 4, 6, 14, 2, LON),
        plain=body,
        headers={"X-Auto-Response-Suppress": "All"},
    )
    yield case(
        fam,
        "en_automatic_reply_no_3834",
        raw,
        "en",
        "Exchange out-of-office without Auto-Submitted; return date only.",
        "not_invitation",
    )

    rec = ("Julia Sommer", "j.sommer@talblick-gruppe.example")
    cand = ("Ben Krause", "ben.krause@mail.example")
    body = (
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 17.04.2026 nicht im "
        "Büro. Ab Montag, 20.04.2026, 08:00 Uhr bin ich wieder erreichbar. In dringenden "
        "Fällen zu Ihrem Vorstellungsgespräch wenden Sie sich bitte an bewerbung@"
        "talblick-gruppe.example.\n\nMit freundlichen Grüßen\nJulia Sommer\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Automatische Antwort: Rückfrage zum Vorstellungsgespräch",
        sent=at(2026, 4, 14, 8, 15, BER),
        plain=body,
        headers={"Auto-Submitted": "auto-generated"},
    )
    yield case(
        fam,
        "de_automatische_antwort_ab_montag",
        raw,
        "de",
        "German out-of-office with a return day and hour.",
        "not_invitation",
    )

    rec = ("Sophie Laurent", "s.laurent@verdier-assurances.example")
    cand = ("Hugo Bernard", "hugo.bernard@courriel.example")
    body = (
        "Bonjour,\n\nJe serai absente du 20 au 24 avril 2026 inclus. Je traiterai votre "
        "message à mon retour le lundi 27 avril à partir de 9h00.\n\nPour toute question "
        "concernant un entretien, merci d'écrire à recrutement@verdier-assurances.example.\n\n"
        "Sophie Laurent\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Réponse automatique : Entretien - documents demandés",
        sent=at(2026, 4, 21, 10, 40, PAR),
        plain=body,
    )
    yield case(
        fam,
        "fr_reponse_automatique_absente",
        raw,
        "fr",
        "French out-of-office, no RFC 3834 header, 'Entretien' in the quoted subject.",
        "not_invitation",
    )

    rec = ("Daan de Vries", "daan.devries@polderkracht.example")
    cand = ("Noor Jansen", "noor.jansen@mail.example")
    body = (
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 24 april. Vanaf maandag 27 april "
        "om 9:00 ben ik weer bereikbaar. Voor het inplannen van sollicitatiegesprekken kunt u "
        "terecht bij werken@polderkracht.example.\n\nMet vriendelijke groet,\nDaan de Vries\n"
    )
    raw = message(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Automatisch antwoord: Sollicitatiegesprek",
        sent=at(2026, 4, 22, 13, 5, AMS),
        plain=body,
        headers={"Auto-Submitted": "auto-replied"},
    )
    yield case(
        fam,
        "nl_automatisch_antwoord",
        raw,
        "nl",
        "Dutch out-of-office naming when the sender is back.",
        "not_invitation",
    )

    user = ("Chiara Greco", "chiara.greco@posta.example")
    rec = ("Luca Bassi", "l.bassi@marmi-apuani.example")
    inner = (
        "Grazie per il messaggio. Sarò fuori ufficio fino a lunedì 4 maggio 2026 alle ore "
        "9:00. Per il colloquio di giovedì potete contattare selezione@marmi-apuani.example.\n"
        "\nLuca Bassi\n"
    )
    raw = forwarded(
        f"{fam}/5",
        client="gmail",
        lang="en",
        user=user,
        org=rec,
        orig_sent=at(2026, 4, 28, 18, 1, ROM),
        subject="Risposta automatica: Colloquio - conferma",
        body=inner,
        note="is my interview still on?",
        prefix="Fwd",
    )
    yield case(
        fam,
        "it_risposta_automatica_fwd",
        raw,
        "it",
        "Gmail forward of an Italian auto-reply; the auto-reply headers are gone.",
        "not_invitation",
        original_sender=rec[1],
    )


def aftertalk() -> Iterator[Case]:
    fam = "aftertalk"
    cand = ("Amy Fox", "amy.fox@inbox.example")
    rec = ("Rachel Stone", "rachel.stone@cinderford-games.example")
    invite_sent = at(2026, 3, 6, 9, 14, LON)
    slot = at(2026, 3, 11, 14, 0, LON, "Wed")
    invite = (
        "Hi Amy,\n\nWe'd love to invite you to a final interview for the Producer role on "
        f"Wednesday 11 March at {short(slot)} GMT at our Bristol studio. It will last about "
        "90 minutes.\n\nBest,\nRachel"
    )
    body = (
        "Hi Amy,\n\nThank you for coming in yesterday - the team really enjoyed meeting you. "
        "We're finishing the last interviews this week and will get back to you by the 20th."
        f"\n\nRachel\n\nOn {invite_sent:%d/%m/%Y} {invite_sent:%H:%M}, {rec[0]} wrote:\n"
        + quote(invite)
        + "\n"
    )
    raw = message(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Re: Final interview - Producer",
        sent=at(2026, 3, 12, 10, 2, LON),
        plain=body,
    )
    yield case(
        fam,
        "en_thanks_quoting_invite_thunderbird",
        raw,
        "en",
        "Thank-you the day after; the invitation is quoted under a Thunderbird line.",
        "not_invitation",
        company="Cinderford Games",
    )

    cand = ("Lena Fischer", "lena.fischer@mail.example")
    rec = ("Markus Wolf", "m.wolf@isarwerk-energie.example")
    invite_sent = at(2026, 3, 9, 11, 30, BER)
    slot = at(2026, 3, 16, 10, 0, BER, "Mon")
    invite = (
        "Sehr geehrte Frau Fischer,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am "
        f"{long_date('de', slot)} um {slot:%H:%M} Uhr in unsere Zentrale ein.\n\n"
        "Mit freundlichen Grüßen\nMarkus Wolf"
    )
    body = (
        "Liebe Frau Fischer,\n\nvielen Dank für das angenehme Gespräch am Montag. Wir melden "
        "uns bis Ende nächster Woche mit einer Rückmeldung.\n\nViele Grüße\nMarkus Wolf\n\n"
        f"> Am {invite_sent:%d.%m.%Y} um {invite_sent:%H:%M} schrieb {rec[0]} <{rec[1]}>:\n>\n"
        + quote(invite)
        + "\n"
    )
    raw = message(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Re: Einladung zum Vorstellungsgespräch",
        sent=at(2026, 3, 17, 16, 20, BER),
        plain=body,
    )
    yield case(
        fam,
        "de_danke_apple_quote",
        raw,
        "de",
        "Thank-you after the interview; the invitation quoted under an Apple Mail line.",
        "not_invitation",
    )

    cand = ("Camille Roux", "camille.roux@courriel.example")
    rec = ("Service RH", "rh@maison-berthier.example")
    past = at(2026, 3, 17, 10, 0, PAR, "Tue")
    body = (
        "Madame,\n\nNous vous remercions de l'intérêt porté à notre maison et du temps que "
        f"vous nous avez accordé lors de notre entretien du {long_date('fr', past)} à "
        f"{past:%H}h{past:%M}.\n\nNous sommes au regret de vous informer que nous ne donnerons "
        "pas suite à votre candidature au poste de Responsable boutique.\n\nNous vous "
        "souhaitons pleine réussite dans vos recherches.\n\nLe service RH\nMaison Berthier\n"
    )
    raw = message(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Votre candidature - Responsable boutique",
        sent=at(2026, 3, 24, 15, 0, PAR),
        plain=body,
    )
    yield case(
        fam,
        "fr_au_regret_apres_entretien",
        raw,
        "fr",
        "Refusal naming the past interview's date and time ('au regret').",
        "not_invitation",
    )

    cand = ("Sanne Bakker", "sanne.bakker@mail.example")
    rec = ("Pieter Smit", "p.smit@duinzicht-techniek.example")
    past = at(2026, 3, 19, 14, 0, AMS, "Thu")
    reply_by = at(2026, 3, 27, 17, 0, AMS, "Fri")
    body = (
        "Beste Sanne,\n\nNaar aanleiding van ons gesprek van "
        f"{long_date('nl', past)} om {past:%H:%M} bieden wij je graag de functie van "
        "Werkvoorbereider aan. In de bijlage vind je het aanbod.\n\nGraag ontvangen wij je "
        f"reactie vóór {long_date('nl', reply_by)}, {reply_by:%H:%M}.\n\nMet vriendelijke "
        "groet,\nPieter Smit\nDuinzicht Techniek B.V.\n"
    )
    raw = message(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Aanbod Werkvoorbereider",
        sent=at(2026, 3, 23, 11, 0, AMS),
        plain=body,
    )
    yield case(
        fam,
        "nl_aanbod_reactie_voor",
        raw,
        "nl",
        "Offer letter naming the past interview and a reply deadline.",
        "not_invitation",
        company="Duinzicht Techniek B.V.",
    )

    cand = ("Sara Moretti", "sara.moretti@posta.example")
    rec = ("Elena Galli", "e.galli@nautilus-design.example")
    invite_sent = at(2026, 3, 10, 10, 2, ROM)
    slot = at(2026, 3, 18, 15, 0, ROM, "Wed")
    invite = (
        "Gentile Sara,\n\nla invitiamo a un colloquio per la posizione di UX Designer "
        f"{long_date('it', slot)} alle {slot:%H:%M} presso la nostra sede di Milano.\n\n"
        "Cordiali saluti,\nElena Galli"
    )
    body = (
        "Gentile Sara,\n\ngrazie ancora per il colloquio di ieri e per il portfolio che ci ha "
        "mostrato. Le faremo sapere l'esito entro due settimane.\n\nCordiali saluti,\nElena\n\n"
        f"Il giorno {WEEKDAYS_SHORT['it'][invite_sent.weekday()]} {invite_sent.day} "
        f"{MONTHS['it'][invite_sent.month - 1][:3]} {invite_sent.year} alle ore "
        f"{invite_sent:%H:%M} {rec[0]} <{rec[1]}> ha scritto:\n" + quote(invite) + "\n"
    )
    raw = message(
        f"{fam}/5",
        sender=rec,
        to=cand,
        subject="Re: Colloquio UX Designer",
        sent=at(2026, 3, 19, 9, 40, ROM),
        plain=body,
    )
    yield case(
        fam,
        "it_grazie_gmail_quote",
        raw,
        "it",
        "Thank-you the day after; invitation quoted under Gmail's Italian line.",
        "not_invitation",
    )

    cand = ("Júlia Santos", "julia.santos@email.example")
    rec = ("Recrutamento", "recrutamento@jatoba-varejo.example")
    past = at(2026, 3, 24, 15, 0, SAO, "Tue")
    body = (
        "Olá, Júlia!\n\nAgradecemos sua participação na entrevista de "
        f"{past:%d/%m/%Y} às {past:%H}h para a vaga de Analista de Marketing.\n\n"
        "Infelizmente, neste momento, seguiremos com outros candidatos cujo perfil está mais "
        "alinhado à vaga. Manteremos seu currículo em nosso banco de talentos.\n\n"
        "Abraços,\nEquipe de Recrutamento - Jatobá Varejo\n"
    )
    raw = message(
        f"{fam}/6",
        sender=rec,
        to=cand,
        subject="Retorno do processo seletivo",
        sent=at(2026, 3, 31, 10, 0, SAO),
        plain=body,
    )
    yield case(
        fam,
        "pt_infelizmente_apos_entrevista",
        raw,
        "pt-BR",
        "Refusal naming the past interview with a numeric date and '15h'.",
        "not_invitation",
    )

    cand = ("Kasia Wójcik", "kasia.wojcik@poczta.example")
    rec = ("Dział HR", "hr@mazowsze-soft.example")
    past = at(2026, 3, 25, 11, 0, WAW, "Wed")
    body = (
        "Dzień dobry Pani Katarzyno,\n\ndziękujemy za rozmowę w dniu "
        f"{past:%d.%m.%Y} o godz. {past:%H:%M}. Z przyjemnością przedstawiamy ofertę pracy na "
        "stanowisku Młodszy Analityk BI.\n\nProsimy o odpowiedź do 3 kwietnia 2026 r. do "
        "godz. 16:00.\n\nZ poważaniem\nDział HR\nMazowsze Soft sp. z o.o.\n"
    )
    raw = message(
        f"{fam}/7",
        sender=rec,
        to=cand,
        subject="Oferta pracy - Młodszy Analityk BI",
        sent=at(2026, 3, 30, 12, 0, WAW),
        plain=body,
    )
    yield case(
        fam,
        "pl_oferta_po_rozmowie",
        raw,
        "pl",
        "Polish offer naming the past interview and a reply deadline.",
        "not_invitation",
        company="Mazowsze Soft sp. z o.o.",
    )

    cand = ("Diego Romero", "diego.romero@correo.example")
    rec = ("Laura Medina", "laura.medina@brisa-hoteles.example")
    invite_sent = at(2026, 4, 6, 10, 15, MAD)
    slot = at(2026, 4, 9, 12, 0, MAD, "Thu")
    block = (
        f"De: {rec[0]} <{rec[1]}>\nEnviado el: {long_date('es', invite_sent)} "
        f"{invite_sent:%H:%M}\nPara: {cand[0]} <{cand[1]}>\nAsunto: Entrevista - Recepcionista\n"
    )
    body = (
        "Hola Diego:\n\nSí, hay aparcamiento para visitas en la entrada lateral. ¡Nos vemos el "
        "jueves!\n\nLaura\n\n________________________________\n" + block + "\nHola Diego:\n\n"
        f"Te esperamos el {long_date('es', slot)} a las {slot:%H:%M} en el Hotel Brisa Centro "
        "para la entrevista.\n\nUn saludo,\nLaura Medina\n"
    )
    raw = message(
        f"{fam}/8",
        sender=rec,
        to=cand,
        subject="RE: Entrevista - Recepcionista",
        sent=at(2026, 4, 7, 17, 50, MAD),
        plain=body,
    )
    yield case(
        fam,
        "es_re_aparcamiento_quoted_invite",
        raw,
        "es",
        "Answer about parking; the (future) slot is only in the quoted invitation.",
        "not_invitation",
    )


def short(value: datetime) -> str:
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


BUILDERS = (
    framadate,
    mobilizon,
    itipreply,
    meetbot,
    assessdeadline,
    rocketchat,
    autoresp,
    aftertalk,
)


def label_json(item: Case) -> str:
    unknown = set(item.label) - set(KEY_ORDER) - {"method"}
    if unknown:
        raise ValueError(f"{item.filename}: unknown label keys {sorted(unknown)}")
    label = {key: item.label[key] for key in (*KEY_ORDER, "method") if key in item.label}
    _, template, licence = FAMILIES[item.family]
    label["language"] = item.language
    label["source"] = {
        "family": item.family,
        "template": template,
        "license": f"{licence}; {OURS}" if licence != OURS else OURS,
    }
    label["note"] = item.note
    return json.dumps(label, ensure_ascii=False, indent=2) + "\n"


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the lookalikes batch (`build_lookalikes.py`)",
        "",
        "Held-out mail that looks like an invitation and is not one (and two iTIP replies). "
        "Every person, company, address and link is made up; the localized strings named per "
        "family come from the open-source projects listed, the text around them is ours. "
        "Labels were written before the parser was run on the messages. The files are not "
        "listed, so nobody reads them by habit.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_lookalikes.py`.",
        "",
        "## Families",
        "",
    ]
    for name, (split, template, licence) in FAMILIES.items():
        count = sum(item.family == name for item in cases)
        langs = sorted({item.language for item in cases if item.family == name})
        lines.append(
            f"- **{name}** ({split}, {count} messages, {', '.join(langs)}): {template}. "
            f"Licence: {licence}."
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    names = [item.filename for item in cases]
    if len(set(names)) != len(names):
        raise ValueError("duplicate file names")
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*__*"):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    for item in cases:
        folder = HERE / FAMILIES[item.family][0]
        (folder / item.filename).write_bytes(item.raw)
        (folder / f"{item.filename}.expected.json").write_text(label_json(item), "utf-8")
    (HERE / "PROVENANCE-lookalikes.md").write_text(provenance(cases), "utf-8")
    langs = {item.language for item in cases}
    print(
        f"{len(cases)} messages in {len(FAMILIES)} families, {len(langs)} languages",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
