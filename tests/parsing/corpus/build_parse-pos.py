"""Write the "parse-pos" batch of Afterview's labelled corpus: invitations without a calendar part.

Run: .venv/bin/python tests/parsing/corpus/build_parse-pos.py

Three families, all about mail that carries its slot only in words or in a label/value block:
`librebooking` renders LibreBooking's real reservation templates and date formats in seven
locales (dev), `recruiterprose` is recruiters and coordinators writing by hand in ten languages
(dev), and `coordinator` is a held-out family of the same kind of mail, written before the
parser was run on it and never tuned against. Labels come from the same datetimes the text is
rendered from, with zoneinfo for every offset; weekday names typed into the prose are checked
against the date. Output is deterministic, and the script only deletes or writes files of its
own families.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
POLICY = compat32.clone(linesep="\r\n")
OWN = "written for this corpus (no third-party text copied)"
LB_COMMIT = "7a763d98e52942ea3df7983133342d76b2bebac0"
LB_LICENSE = "GPL-3.0 (LibreBooking); people, rooms and notes ours"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HOOK = ("Afterview", "in+inbox@afterview.example")


def held_names(names: list[str]) -> set[str]:
    """The seeded third held out by every later batch: file names sorted by their SHA-256,
    every third from the first, chosen before any file is parsed."""
    ordered = sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    return set(ordered[::3])


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str, weekday: str = "") -> datetime:
    """An aware datetime; weekday (Mon..Sun) guards the day name written in the text."""
    value = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    if weekday and DAYS[value.weekday()] != weekday:
        raise ValueError(f"{value:%Y-%m-%d} is a {DAYS[value.weekday()]}, not {weekday}")
    return value


def timed(
    start: datetime,
    end: datetime | None = None,
    *,
    zone: str | None = None,
    sent: datetime | None = None,
) -> dict[str, object]:
    """start/end label keys; `sent` given means no zone is stated (wall time, Date offset)."""
    if sent is not None:
        offset = sent.utcoffset()
        assert offset is not None
        start = start.replace(tzinfo=timezone(offset))
        end = end.replace(tzinfo=timezone(offset)) if end else None
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


def _part(body: str, subtype: str) -> MIMEText:
    if body.isascii():
        return MIMEText(body, subtype, "us-ascii")
    charset = Charset("utf-8")
    charset.body_encoding = QP
    return MIMEText(body, subtype, charset)


def _addr(person: tuple[str, str]) -> str:
    name, email = person
    return formataddr((name, email)) if name.isascii() else formataddr((name, email), "utf-8")


def mail(
    key: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str | None = None,
    html: str | None = None,
    reply_to_key: str = "",
) -> bytes:
    """One message: text only, HTML only, or both as alternatives; same input, same bytes."""
    message: Message
    if text is not None and html is not None:
        message = MIMEMultipart("alternative", boundary=f"=_ppos_{digest(key, 'b')[:16]}")
        message.attach(_part(text, "plain"))
        message.attach(_part(html, "html"))
    elif html is not None:
        message = _part(html, "html")
    else:
        assert text is not None
        message = _part(text, "plain")
    existing = list(message.items())
    for name in list(message.keys()):
        del message[name]
    message["Date"] = format_datetime(sent)
    message["From"] = _addr(sender)
    message["To"] = _addr(to)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    if reply_to_key:
        parent = f"<{digest(reply_to_key, 'mid')}@mail.example>"
        message["In-Reply-To"] = parent
        message["References"] = parent
    message["MIME-Version"] = "1.0"
    for name, value in existing:
        if name.lower() != "mime-version":
            message[name] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(message)
    return buffer.getvalue()


def quote(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.strip("\n").split("\n"))


EN_MONTHS = "January February March April May June July August September October November December"
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MON = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def hm12(value: datetime) -> str:
    return f"{value.hour % 12 or 12}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def forward_block(
    client: str, lang: str, org: tuple[str, str], sent: datetime, subject: str, to: tuple[str, str]
) -> str:
    """The header block a mail client writes above a forwarded message (layouts from memory)."""
    who, rcpt = f"{org[0]} <{org[1]}>", f"{to[0]} <{to[1]}>"
    if client == "gmail" and lang == "en":
        when = f"{DAYS[sent.weekday()]}, {EN_MONTHS.split()[sent.month - 1][:3]} {sent.day}, "
        when += f"{sent.year} at {hm12(sent)}"
        return (
            f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n"
            f"Subject: {subject}\nTo: {rcpt}\n"
        )
    if client == "gmail" and lang == "fr":
        when = f"{FR_DAYS[sent.weekday()]} {sent.day} {FR_MON[sent.month - 1]} {sent.year} à "
        when += f"{sent:%H:%M}"
        return (
            f"---------- Message transféré ---------\nDe : {who}\nDate : {when}\n"
            f"Objet : {subject}\nÀ : {rcpt}\n"
        )
    if client == "outlook" and lang == "de":
        when = f"{DE_DAYS[sent.weekday()]}, {sent.day}. {DE_MONTHS.split()[sent.month - 1]} "
        when += f"{sent.year} {sent:%H:%M}"
        return (
            f"________________________________\nVon: {who}\nGesendet: {when}\nAn: {rcpt}\n"
            f"Betreff: {subject}\n"
        )
    if client == "outlook" and lang == "es":
        when = f"{ES_DAYS[sent.weekday()]}, {sent.day} de {ES_MONTHS.split()[sent.month - 1]} "
        when += f"de {sent.year} {sent:%H:%M}"
        return (
            f"________________________________\nDe: {who}\nEnviado: {when}\nPara: {rcpt}\n"
            f"Asunto: {subject}\n"
        )
    if client == "apple" and lang == "en":
        offset = sent.utcoffset()
        assert offset is not None
        hours = int(offset.total_seconds() // 3600)
        clock = hm12(sent)
        when = f"{EN_MONTHS.split()[sent.month - 1]} {sent.day}, {sent.year} at "
        when += f"{clock[:-3]}:{sent.second:02d} {clock[-2:]} GMT{hours:+d}"
        return (
            f"Begin forwarded message:\n\nFrom: {who}\nSubject: {subject}\nDate: {when}\n"
            f"To: {rcpt}\n"
        )
    raise ValueError(f"no forward layout for {client}/{lang}")


PREFIX = {("gmail", "en"): "Fwd", ("gmail", "fr"): "Fwd", ("outlook", "de"): "WG"}
PREFIX |= {("outlook", "es"): "RV", ("apple", "en"): "Fwd"}


def forward(
    key: str,
    *,
    client: str,
    lang: str,
    user: tuple[str, str],
    org: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    note: str = "",
    delay: timedelta = timedelta(hours=1, minutes=37),
    html: bool = False,
) -> bytes:
    """The job seeker forwards a message (text, or text + HTML copy) to Afterview."""
    block = forward_block(client, lang, org, orig_sent, subject, user)
    text = f"{note}\n\n{block}\n{body.strip()}\n" if note else f"{block}\n{body.strip()}\n"
    markup = None
    if html:
        paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
        markup = f"<html><body>{paragraphs}</body></html>"
    return mail(
        key,
        sender=user,
        to=HOOK,
        subject=f"{PREFIX[(client, lang)]}: {subject}",
        sent=orig_sent + delay,
        text=text,
        html=markup,
    )


@dataclass
class Case:
    family: str
    split: str
    name: str
    raw: bytes
    label: dict[str, object]
    language: str
    note: str
    template: str
    license: str

    @property
    def filename(self) -> str:
        return f"{self.family}__{self.name}.eml"


# One rendered mail of a batch: language, name, label, raw bytes, note, source
Row = tuple[str, str, dict[str, object], bytes, str, str]


def seeded_cases(family: str, held_family: str, rows: list[Row], license: str) -> list[Case]:
    """A batch's mails as cases, the seeded third (held_names) in the held-out family."""
    names = [f"{family}__{lang}_{name}.eml" for lang, name, *_ in rows]
    assert len(set(names)) == len(names)
    held = held_names(names)
    return [
        Case(
            held_family if filename in held else family,
            "heldout" if filename in held else "dev",
            f"{lang}_{name}",
            raw,
            label,
            lang,
            note,
            source,
            license,
        )
        for (lang, name, label, raw, note, source), filename in zip(rows, names, strict=True)
    ]


Builder = Callable[[], Iterator[Case]]
BUILDERS: list[Builder] = []
SOURCES: dict[str, str] = {}


def family(source: str) -> Callable[[Builder], Builder]:
    def register(func: Builder) -> Builder:
        SOURCES[func.__name__] = source
        BUILDERS.append(func)
        return func

    return register


# --------------------------------------------------------------------------------------
# librebooking: real reservation templates (lang/<locale>/ReservationInvitation.tpl,
# ReservationDeleted.tpl) and the locale's $dates['reservation_email'] format


def lb_template(locale: str, name: str = "ReservationInvitation") -> str:
    return f"LibreBooking/app:lang/{locale}/{name}.tpl + lang/{locale}.php@{LB_COMMIT}"


def lb_html(lines: list[str], links: list[str]) -> str:
    body = "<br/>\n".join(lines)
    anchors = " |\n".join(
        f'<a href="https://booking.{i}.example/Web/">{t}</a>' for i, t in enumerate(links)
    )
    return (
        "<html><head><meta charset='utf-8'></head><body>\n"
        f'<div class="email-body">\n{body}<br/>\n<br/>\n{anchors}\n</div>\n</body></html>\n'
    )


@family(
    "LibreBooking (open-source room and resource booking, used to book interview rooms with "
    "the candidate as an invited guest): lang/*/ReservationInvitation.tpl and "
    "ReservationDeleted.tpl with each locale's reservation_email date format "
    f"(lang/en_us.php 'm/d/Y @ g:i A (e)', lang/en_gb.php 'd/m/Y @ H:i (e)' inherited by de, "
    "fr, es, nl, pt_br; lang/pl.php 'j.m.Y \\v H:i'; lang/sv_sv.php 'l j M Y \\k\\l\\. H:i') at "
    f"commit {LB_COMMIT}."
)
def librebooking() -> Iterator[Case]:
    fam = "librebooking"
    cand = ("Priya Natarajan", "priya.natarajan@postbox.example")
    noreply = ("LibreBooking", "noreply@rooms.halvorsen-freight.example")

    def mdy(value: datetime) -> str:  # en_us: m/d/Y @ g:i A (e)
        return f"{value:%m/%d/%Y} @ {value.hour % 12 or 12}:{value:%M} {value:%p} ({value.tzinfo})"

    def dmy(value: datetime) -> str:  # en_gb and its heirs: d/m/Y @ H:i (e)
        return f"{value:%d/%m/%Y @ %H:%M} ({value.tzinfo})"

    start = at(2026, 5, 12, 14, 0, "America/Chicago", "Tue")
    end = start + timedelta(hours=1)
    html = lb_html(
        [
            "<p>Dana Whitfield has added you to a reservation</p>",
            "<p><strong>Reservation Details:</strong></p>",
            f"<p>\n    <strong>Start:</strong> {mdy(start)}",
            f"    <strong>End:</strong> {mdy(end)}",
            "</p>\n<p>\n    <strong>Resource:</strong> Room 4B (Prairie)",
            "</p>\n<p>\n    <strong>Title:</strong> Onsite interview - Priya Natarajan "
            "(Data Engineer)",
            "    <strong>Description:</strong> Please check in at the front desk on level 4.",
            "</p>\n<p>\n    <strong>Attending?</strong> <a href='https://x.example/y'>Yes</a> "
            "<a href='https://x.example/n'>No</a>\n</p>",
        ],
        ["View this reservation", "Add to Calendar", "Add to Google Calendar", "Log in to Rooms"],
    )
    raw = mail(
        f"{fam}/1",
        sender=noreply,
        to=cand,
        subject="Dana Whitfield invited you to a reservation for Room 4B (Prairie)",
        sent=at(2026, 5, 4, 9, 12, "America/Chicago"),
        html=html,
    )
    yield Case(
        fam,
        "dev",
        "invitation_en_us_chicago_html_only",
        raw,
        {"kind": "invitation", **timed(start, end, zone="America/Chicago")},
        "en",
        "HTML-only en_us invitation: '05/12/2026 @ 2:00 PM (America/Chicago)' (m/d/Y, IANA "
        "zone in parentheses).",
        lb_template("en_us"),
        LB_LICENSE,
    )

    cand = ("Jana Vogt", "jana.vogt@mailbox.example")
    noreply = ("Raumbuchung", "raumbuchung@elbtal-systeme.example")
    start = at(2026, 6, 3, 10, 0, "Europe/Berlin", "Wed")
    end = start + timedelta(minutes=45)
    html = lb_html(
        [
            "\tReservierungsdetails:\n\t<br/>",
            f"\tBeginn: {dmy(start)}",
            f"\tEnde: {dmy(end)}",
            "\tRessource: Besprechungsraum Elbe (3. OG)",
            "\tTitel: Vorstellungsgespräch Jana Vogt – Werkstudentin Controlling",
            "\tBeschreibung: Bitte melden Sie sich am Empfang im Erdgeschoss.",
            "\tMöchten Sie teilnehmen? <a href='https://x.example/y'>Ja</a> "
            "<a href='https://x.example/n'>Nein</a>",
        ],
        ["Reservierung ansehen", "Zum Kalender hinzufügen", "Anmelden bei LibreBooking"],
    )
    raw = mail(
        f"{fam}/2",
        sender=noreply,
        to=cand,
        subject="Reservierungseinladung",
        sent=at(2026, 5, 27, 15, 40, "Europe/Berlin"),
        html=html,
    )
    yield Case(
        fam,
        "dev",
        "einladung_de_slash_dmy",
        raw,
        {"kind": "invitation", **timed(start, end, zone="Europe/Berlin")},
        "de",
        "German invitation with the inherited en_gb format '03/06/2026 @ 10:00 (Europe/Berlin)': "
        "a slash date that is day/month.",
        lb_template("de_de"),
        LB_LICENSE,
    )

    cand = ("Léa Marchand", "lea.marchand@courriel.example")
    noreply = ("Réservations", "reservations@atelier-brisant.example")
    start = at(2026, 10, 9, 9, 30, "Europe/Paris", "Fri")
    end = at(2026, 10, 9, 10, 30, "Europe/Paris")
    html = lb_html(
        [
            "<p>Camille Roussel vous a ajouté à la réservation</p>",
            "<p><strong>Détails de la réservation:</strong></p>",
            f"<p>\n    <strong>Début:</strong> {dmy(start)}",
            f"    <strong>Fin:</strong> {dmy(end)}",
            "</p>\n<p>\n    <strong>Ressource:</strong> Salle Garance",
            "</p>\n<p>\n    <strong>Titre:</strong> Entretien – Léa Marchand (chargée de projet)",
            "    <strong>Description:</strong> Entretien avec l'équipe produit.",
        ],
        ["Voir cette réservation", "Ajouter au calendrier"],
    )
    raw = mail(
        f"{fam}/3",
        sender=noreply,
        to=cand,
        subject="Camille Roussel vous a invité à la réservation pour Salle Garance",
        sent=at(2026, 9, 28, 11, 5, "Europe/Paris"),
        html=html,
    )
    yield Case(
        fam,
        "dev",
        "invitation_fr_ambiguous_day_month",
        raw,
        {"kind": "invitation", **timed(start, end, zone="Europe/Paris")},
        "fr",
        "'09/10/2026 @ 09:30 (Europe/Paris)': both numbers could be a month; the French "
        "template and zone make it 9 October.",
        lb_template("fr_fr"),
        LB_LICENSE,
    )

    cand = ("Marta Iglesias", "marta.iglesias@correo.example")
    noreply = ("Reservas", "reservas@grupo-olmedo.example")
    start = at(2026, 7, 2, 16, 0, "Europe/Madrid", "Thu")
    end = at(2026, 7, 2, 16, 45, "Europe/Madrid")
    html = lb_html(
        [
            "<p><strong>Detalles de la reserva:</strong></p>",
            f"<p>\n\t<strong>Inicio:</strong> {dmy(start)}",
            f"\t<strong>Fin:</strong> {dmy(end)}",
            "\t<strong>Título:</strong> Entrevista Marta Iglesias – Técnica de Compras",
            "\t<strong>Descripción:</strong> Segunda entrevista con la directora financiera.\n</p>",
            "<p>\n\t\t<strong>Recurso:</strong>\n        Sala Tajo\n</p>",
            "<p>\n\t\t<strong>Eliminado por:</strong>\n        Rocío Pardo",
            "\t\t<strong>Motivo de eliminación: La directora está de viaje; le escribiremos con "
            "una nueva fecha.</strong>\n</p>",
            "<p><strong>Número de referencia:</strong> 6a1f0c2e9b</p>",
        ],
        ["Iniciar sesión en Reservas Olmedo"],
    )
    raw = mail(
        f"{fam}/4",
        sender=noreply,
        to=cand,
        subject="Reserva Borrada por Sala Tajo",
        sent=at(2026, 6, 29, 13, 22, "Europe/Madrid"),
        html=html,
    )
    yield Case(
        fam,
        "dev",
        "eliminada_es_cancel",
        raw,
        {"kind": "cancellation", **timed(start, end, zone="Europe/Madrid")},
        "es",
        "ReservationDeleted (es): the booked interview room is released with a reason; "
        "'02/07/2026 @ 16:00 (Europe/Madrid)'.",
        lb_template("es", "ReservationDeleted"),
        LB_LICENSE,
    )

    cand = ("Tomasz Kowal", "tomasz.kowal@poczta.example")
    noreply = ("Rezerwacje", "rezerwacje@wislany-software.example")
    sent = at(2026, 9, 30, 8, 47, "Europe/Warsaw")
    start = at(2026, 10, 7, 13, 0, "Europe/Warsaw", "Wed")
    end = at(2026, 10, 7, 14, 0, "Europe/Warsaw")
    html = lb_html(
        [
            "\tSzczegóły rezerwacji:\n\t<br/>",
            f"\tPoczątek: {start.day}.{start:%m.%Y} v {start:%H:%M}",
            f"\tKoniec: {end.day}.{end:%m.%Y} v {end:%H:%M}",
            "\tZasób: Sala Wisła (2 piętro)",
            "\tTytuł: Rozmowa kwalifikacyjna – Tomasz Kowal, Młodszy Tester",
            "\tOpis: Prosimy zabrać dokument tożsamości.",
            "\tBierzesz udział? <a href='https://x.example/y'>Tak</a> "
            "<a href='https://x.example/n'>Nie</a>",
        ],
        ["Podgląd rezerwacji", "Dodaj do Outlook'a", "Zaloguj się do LibreBooking"],
    )
    raw = mail(
        f"{fam}/5",
        sender=noreply,
        to=cand,
        subject="Zaproszenie do uczestnictwa",
        sent=sent,
        html=html,
    )
    yield Case(
        fam,
        "dev",
        "zaproszenie_pl_no_zone",
        raw,
        {"kind": "invitation", **timed(start, end, sent=sent)},
        "pl",
        "Polish format 'j.m.Y \\v H:i' renders '7.10.2026 v 13:00' (a literal 'v'); no zone.",
        lb_template("pl"),
        LB_LICENSE,
    )

    cand = ("Daan Verbeek", "daan.verbeek@post.example")
    noreply = ("Reserveringen", "noreply@kanaalzicht.example")
    start = at(2026, 3, 11, 15, 30, "Europe/Amsterdam", "Wed")
    end = at(2026, 3, 11, 16, 30, "Europe/Amsterdam")
    html = lb_html(
        [
            "\tReserverings Details:\n\t<br/>",
            f"\tStart: {dmy(start)}",
            f"\tEindigd: {dmy(end)}",
            "\tBron: Vergaderruimte Amstel",
            "\tTitel: Sollicitatiegesprek Daan Verbeek (Data-analist)",
            "\tBeschrijving: Tweede ronde met het hoofd BI.",
            "\tBen je aanwezig? <a href='https://x.example/y'>Ja</a> "
            "<a href='https://x.example/n'>Nee</a>",
        ],
        ["Bekijk deze reservering", "Voeg toe aan agenda", "Login in LibreBooking"],
    )
    raw = mail(
        f"{fam}/6",
        sender=noreply,
        to=cand,
        subject="Floor de Wit heeft je uitgenodigd voor een reservering voor Vergaderruimte Amstel",
        sent=at(2026, 3, 2, 10, 3, "Europe/Amsterdam"),
        html=html,
    )
    yield Case(
        fam,
        "dev",
        "uitnodiging_nl_dmy",
        raw,
        {"kind": "invitation", **timed(start, end, zone="Europe/Amsterdam")},
        "nl",
        "Dutch '11/03/2026 @ 15:30 (Europe/Amsterdam)' is 11 March (day first).",
        lb_template("du_nl"),
        LB_LICENSE,
    )

    cand = ("Marcus Bell", "marcus.bell@inbox.example")
    noreply = ("Room Booking", "rooms@harborline-insurance.example")
    orig_sent = at(2026, 5, 26, 16, 2, "America/New_York")
    start = at(2026, 6, 4, 9, 0, "America/New_York", "Thu")
    end = at(2026, 6, 4, 11, 30, "America/New_York")
    body = (
        "Reservation Details:\n\n"
        f"Start: {mdy(start)}\nEnd: {mdy(end)}\n\nResource: Harbor Conference Room\n\n"
        "Title: Final round - Marcus Bell (Claims Analyst)\n"
        "Description: Panel with the claims director and two team leads.\n\n"
        "Attending? Yes No\n\n"
        "View this reservation | Add to Calendar | Add to Google Calendar | Log in to Room Booking"
    )
    raw = forward(
        f"{fam}/7",
        client="gmail",
        lang="en",
        user=cand,
        org=noreply,
        orig_sent=orig_sent,
        subject="Reservation invitation",
        body=body,
        note="Room booking for my final round, FYI.",
        html=True,
    )
    yield Case(
        fam,
        "dev",
        "invitation_en_us_fwd_gmail",
        raw,
        {
            "kind": "invitation",
            **timed(start, end, zone="America/New_York"),
            "original_sender": noreply[1],
        },
        "en",
        "Gmail forward of an en_us invitation '06/04/2026 @ 9:00 AM (America/New_York)' (4 June, "
        "month first).",
        lb_template("en_us"),
        LB_LICENSE,
    )

    cand = ("Elin Sandberg", "elin.sandberg@epost.example")
    noreply = ("Bokningsprogrammet", "bokning@fjordvik.example")
    sent = at(2026, 9, 10, 14, 18, "Europe/Stockholm")
    start = at(2026, 9, 17, 14, 0, "Europe/Stockholm", "Thu")
    end = at(2026, 9, 17, 15, 0, "Europe/Stockholm")

    def sv(value: datetime) -> str:  # l j M Y \k\l\. H:i with PHP's English names
        return f"{EN_DAYS[value.weekday()]} {value.day} {value:%b %Y} kl. {value:%H:%M}"

    html = lb_html(
        [
            "\tBokningsdetaljer:\n\t<br/>",
            f"\tBokningen börjar: {sv(start)}",
            f"\tBokningen slutar: {sv(end)}",
            "\tBokning: Rum Vättern",
            "\tRubrik: Anställningsintervju Elin Sandberg",
            "\tBeskrivning: Intervju för tjänsten som lönespecialist.",
        ],
        ["Visa denna bokning", "Lägg till i Outlook", "Logga in i Bokningsprogrammet"],
    )
    raw = mail(
        f"{fam}/8", sender=noreply, to=cand, subject="Bokningsinbjudan", sent=sent, html=html
    )
    yield Case(
        fam,
        "dev",
        "inbjudan_sv_english_day_names",
        raw,
        {"kind": "invitation", **timed(start, end, sent=sent)},
        "sv",
        "Swedish template whose date comes from PHP date() in English: 'Thursday 17 Sep 2026 kl. "
        "14:00'; no zone.",
        lb_template("sv_sv"),
        LB_LICENSE,
    )


# --------------------------------------------------------------------------------------
# recruiterprose: recruiters and coordinators writing by hand (dev)


def own(kind: str) -> str:
    return f"hand-written; shape: {kind} (see PROVENANCE-parse-pos.md)"


@family(
    "Recruiters' and interview coordinators' own mails in the shapes seen in public Q&A "
    "threads and recruiting-template pages (Workplace Stack Exchange questions quoting "
    "'tomorrow (6/24 - 9 PM PST)'-style lines, r/recruitinghell and r/cscareerquestions posts "
    "quoting Indian, Singaporean and Australian agency mails, prescreen.io and Workable "
    "interview-invitation templates with 'Date: / Time: / Duration:' blocks); words, people "
    "and companies ours."
)
def recruiterprose() -> Iterator[Case]:
    fam = "recruiterprose"
    la = "America/Los_Angeles"

    cand = ("Kevin Osei", "kevin.osei@mailhub.example")
    rec = ("Brianna Fox", "brianna@talentloop.example")
    sent = at(2026, 6, 23, 15, 41, la)
    start = at(2026, 6, 24, 21, 0, la)
    text = (
        "Hi Kevin,\n\nThanks for making time on short notice! The hiring manager at Quillfeather "
        "is only free in the evening this week, so we're set for tomorrow (6/24 - 9 PM PST) on "
        "Zoom. She'll dial in from her phone, it should run about 30-40 minutes.\n\n"
        "Zoom: https://quillfeather.zoom.us/j/86120447731\n\n"
        "Good luck!\nBrianna\n--\nBrianna Fox | Technical Recruiter | TalentLoop\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee."
    )
    raw = mail(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Re: next steps - Quillfeather",
        sent=sent,
        text=text,
        reply_to_key=f"{fam}/0",
    )
    yield Case(
        fam,
        "dev",
        "en_tomorrow_slash_pst_summer",
        raw,
        {
            "kind": "invitation",
            **timed(start),
            "meeting_url": "https://quillfeather.zoom.us/j/86120447731",
        },
        "en",
        "'tomorrow (6/24 - 9 PM PST)' in June: the explicit date wins, PST written in summer "
        "means Pacific time (PDT); '30-40 minutes' gives no end.",
        own("agency recruiter"),
        OWN,
    )

    cand = ("Ananya Rao", "ananya.rao@postbox.example")
    rec = ("Suresh Iyer", "suresh.iyer@bluelotus-staffing.example")
    kol = "Asia/Kolkata"
    start = at(2026, 7, 14, 11, 30, kol, "Tue")
    text = (
        "Dear Ananya,\n\nGreetings from Blue Lotus Staffing!\n\nWith reference to your "
        "application for the post of Java Developer with our client Vardhan Fintech, we are "
        "pleased to schedule your technical round as per below details.\n\n"
        "Date : 14/07/2026 (Tuesday)\nTime : 11:30 AM IST\nDuration : 45 mins\n"
        "Mode : MS Teams (link will be shared by the panel)\n\n"
        "Kindly confirm your availability by return mail.\n\nThanks & Regards,\nSuresh Iyer\n"
        "Sr. Recruiter | Blue Lotus Staffing | Bengaluru\n+91 80 5550 1823"
    )
    raw = mail(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Interview Schedule || Java Developer || Vardhan Fintech",
        sent=at(2026, 7, 10, 17, 5, kol),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "en_in_label_block_ist",
        raw,
        {"kind": "invitation", **timed(start, start + timedelta(minutes=45), zone=kol)},
        "en",
        "Indian agency label block 'Date : 14/07/2026 (Tuesday)', 'Time : 11:30 AM IST', "
        "'Duration : 45 mins'.",
        own("Indian staffing agency"),
        OWN,
    )

    cand = ("Wei Ling Tan", "weiling.tan@mail.example")
    rec = ("Farah Aziz", "farah.aziz@meridianpeople.example")
    sg = "Asia/Singapore"
    start = at(2026, 3, 5, 15, 0, sg, "Thu")
    end = at(2026, 3, 5, 15, 45, sg)
    html = (
        "<html><body><p>Hi Wei Ling,</p><p>Please find your interview details below. Do arrive "
        "10 minutes early.</p>"
        "<table border='1' cellpadding='6' style='border-collapse:collapse'>"
        "<tr><td><b>Company</b></td><td>Straits Marine Pte Ltd</td></tr>"
        "<tr><td><b>Position</b></td><td>Operations Executive</td></tr>"
        "<tr><td><b>Date</b></td><td>Thursday, 5 March 2026</td></tr>"
        "<tr><td><b>Time</b></td><td>3:00pm &ndash; 3:45pm (SGT)</td></tr>"
        "<tr><td><b>Venue</b></td><td>1 Harbour Link, #12-03</td></tr>"
        "<tr><td><b>Interviewer</b></td><td>Mr Daniel Koh, Ops Manager</td></tr></table>"
        "<p>Best regards,<br>Farah Aziz<br>Meridian People Pte Ltd (EA Licence 19C0000)</p>"
        "<p style='font-size:9px;color:#888'>CONFIDENTIALITY: This email is intended only for "
        "the named recipient. Personal data is handled under the PDPA.</p></body></html>"
    )
    raw = mail(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Interview arrangement - Operations Executive",
        sent=at(2026, 2, 27, 10, 14, sg),
        html=html,
    )
    yield Case(
        fam,
        "dev",
        "en_sg_html_table_only",
        raw,
        {"kind": "invitation", **timed(start, end, zone=sg)},
        "en",
        "HTML-only agency mail with a two-column table: Date row and a Time row "
        "'3:00pm – 3:45pm (SGT)'.",
        own("Singapore agency table"),
        OWN,
    )

    cand = ("Felix Brandt", "felix.brandt@mailbox.example")
    rec = ("Sabine Koller", "s.koller@rheinwerk-hr.example")
    ber = "Europe/Berlin"
    start = at(2026, 10, 13, 14, 0, ber, "Tue")
    end = at(2026, 10, 13, 14, 45, ber)
    text = (
        "Hallo Herr Brandt,\n\nvielen Dank für Ihre Bewerbung als Vertriebsinnendienst "
        "(m/w/d). Gern lade ich Sie zu einem ersten Kennenlernen per Teams ein:\n\n"
        "Termin: Dienstag, 13.10.2026, 14:00–14:45 Uhr (MESZ)\n"
        "Gesprächspartner: Frau Jansen (Teamleitung) und ich\n\n"
        "Den Link erhalten Sie am Vortag. Sollte der Termin nicht passen, geben Sie mir bitte "
        "kurz Bescheid.\n\nMit freundlichen Grüßen\nSabine Koller\nPersonalreferentin\n"
        "Rheinwerk Armaturen GmbH · Sitz Köln · HRB 55501\n\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
        "Adressat sind, informieren Sie bitte sofort den Absender."
    )
    raw = mail(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Einladung zum Kennenlernen",
        sent=at(2026, 10, 5, 9, 31, ber),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "de_termin_mesz_range",
        raw,
        {"kind": "invitation", **timed(start, end)},
        "de",
        "'Termin: Dienstag, 13.10.2026, 14:00–14:45 Uhr (MESZ)', disclaimer below.",
        own("German HR mail"),
        OWN,
    )

    cand = ("Hugo Lefèvre", "hugo.lefevre@courriel.example")
    rec = ("Inès Benali", "ines.benali@cabinet-orion.example")
    par = "Europe/Paris"
    start = at(2026, 11, 19, 10, 30, par, "Thu")
    end = at(2026, 11, 19, 11, 15, par)
    text = (
        "Bonjour Hugo,\n\nSuite à notre échange téléphonique, je vous confirme votre entretien "
        "avec Mme Garnier, DAF de la société Verrerie du Lac, le jeudi 19 novembre de 10h30 à "
        "11h15 (heure de Paris), dans leurs locaux au 14 rue des Tanneurs, Annecy.\n\n"
        "Merci de vous munir de votre pièce d'identité.\n\nBien cordialement,\nInès Benali\n"
        "Consultante senior – Cabinet Orion\n06 55 01 22 87"
    )
    raw = mail(
        f"{fam}/5",
        sender=rec,
        to=cand,
        subject="Confirmation entretien – Verrerie du Lac",
        sent=at(2026, 11, 12, 18, 2, par),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "fr_de_10h30_a_11h15",
        raw,
        {"kind": "invitation", **timed(start, end, zone=par)},
        "fr",
        "'le jeudi 19 novembre de 10h30 à 11h15 (heure de Paris)', year from the Date header.",
        own("French search consultant"),
        OWN,
    )

    cand = ("Lucía Romero", "lucia.romero@correo.example")
    rec = ("Álvaro Santos", "alvaro.santos@cintra-logistica.example")
    mad = "Europe/Madrid"
    old = at(2026, 3, 3, 10, 0, mad, "Tue")
    start = at(2026, 3, 5, 12, 30, mad, "Thu")
    text = (
        "Hola Lucía:\n\nTe escribo porque hemos tenido que mover la entrevista: en lugar del "
        f"martes {old.day} de marzo a las 10:00, la haremos el jueves {start.day} de marzo a las "
        "12:30 (hora peninsular), en el mismo sitio. Disculpa las molestias.\n\n"
        "Si no te viene bien, dime y buscamos otro hueco.\n\nUn saludo,\nÁlvaro Santos\n"
        "Selección – Cintra Logística"
    )
    raw = mail(
        f"{fam}/6",
        sender=rec,
        to=cand,
        subject="Cambio de fecha de tu entrevista",
        sent=at(2026, 2, 27, 12, 40, mad),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "es_cambio_en_lugar_de",
        raw,
        {"kind": "reschedule", **timed(start, zone=mad)},
        "es",
        "Reschedule 'en lugar del martes 3 de marzo a las 10:00, la haremos el jueves 5 de "
        "marzo a las 12:30 (hora peninsular)': the new slot.",
        own("Spanish recruiter"),
        OWN,
    )

    cand = ("Rafael Duarte", "rafael.duarte@email.example")
    rec = ("Carolina Nunes", "carolina.nunes@vertice-rh.example")
    sp = "America/Sao_Paulo"
    start = at(2026, 4, 22, 15, 0, sp, "Wed")
    end = at(2026, 4, 22, 16, 0, sp)
    html = (
        "<html><body><div style='font-family:Arial'><p>Olá, Rafael!</p><p>Tudo bem? Gostaríamos "
        "de convidá-lo para a entrevista com o gestor da vaga de <b>Analista Fiscal</b>.</p>"
        "<p><b>Data:</b> 22/04/2026 (quarta-feira)<br><b>Horário:</b> 15h às 16h (horário de "
        "Brasília)<br><b>Local:</b> Google Meet – https://meet.google.com/ytr-kqwe-zpa</p>"
        "<p>Por favor, confirme sua presença respondendo este e-mail.</p><p>Abraços,<br>"
        "Carolina Nunes<br>Vértice RH</p><hr><p style='font-size:10px'>Em conformidade com a "
        "LGPD, seus dados são tratados apenas para fins de recrutamento.</p></div></body></html>"
    )
    raw = mail(
        f"{fam}/7",
        sender=rec,
        to=cand,
        subject="Convite para entrevista – Analista Fiscal",
        sent=at(2026, 4, 15, 11, 20, sp),
        html=html,
    )
    yield Case(
        fam,
        "dev",
        "ptbr_html_only_horario",
        raw,
        {
            "kind": "invitation",
            **timed(start, end, zone=sp),
            "meeting_url": "https://meet.google.com/ytr-kqwe-zpa",
        },
        "pt-BR",
        "HTML-only: 'Data: 22/04/2026' and 'Horário: 15h às 16h (horário de Brasília)'.",
        own("Brazilian HR consultancy"),
        OWN,
    )

    cand = ("Giulia Ferri", "giulia.ferri@posta.example")
    rec = ("Marco Bellini", "m.bellini@officine-adriatiche.example")
    rome = "Europe/Rome"
    start = at(2026, 11, 9, 11, 0, rome, "Mon")
    text = (
        "Gentile Giulia,\n\nLe confermo il colloquio per la posizione di Progettista Meccanico "
        "per lunedì 9 novembre 2026 alle ore 11:00 (ora italiana), in videochiamata Teams; "
        "durata prevista 30 minuti.\n\nCordiali saluti\nMarco Bellini\nUfficio Personale"
    )
    raw = mail(
        f"{fam}/8",
        sender=rec,
        to=cand,
        subject="Conferma colloquio",
        sent=at(2026, 11, 2, 16, 45, rome),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "it_ora_italiana_durata",
        raw,
        {"kind": "invitation", **timed(start, start + timedelta(minutes=30), zone=rome)},
        "it",
        "'lunedì 9 novembre 2026 alle ore 11:00 (ora italiana)', 'durata prevista 30 minuti'.",
        own("Italian HR office"),
        OWN,
    )

    cand = ("Sanne Bos", "sanne.bos@post.example")
    rec = ("Jeroen Smit", "jeroen.smit@polderdata.example")
    ams = "Europe/Amsterdam"
    start = at(2026, 4, 8, 13, 0, ams, "Wed")
    end = at(2026, 4, 8, 14, 0, ams)
    text = (
        "Hoi Sanne,\n\nLeuk dat je wilt komen praten! Hierbij de gegevens:\n\n"
        "Datum: woensdag 8 april 2026\nTijd: 13:00 - 14:00 uur (Nederlandse tijd)\n"
        "Locatie: Oudegracht 120, Utrecht\n\nTot dan!\n\nGroet,\nJeroen Smit\nPolderdata B.V."
    )
    raw = mail(
        f"{fam}/9",
        sender=rec,
        to=cand,
        subject="Uitnodiging sollicitatiegesprek",
        sent=at(2026, 3, 30, 9, 58, ams),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "nl_datum_tijd_uur",
        raw,
        {"kind": "invitation", **timed(start, end, zone=ams)},
        "nl",
        "Dutch 'Datum:' and 'Tijd: 13:00 - 14:00 uur (Nederlandse tijd)'.",
        own("Dutch employer"),
        OWN,
    )

    cand = ("Olivia Grant", "olivia.grant@mail.example")
    rec = ("Tom Hollis", "tom.hollis@southerncross-recruit.example")
    syd = "Australia/Sydney"
    start = at(2026, 4, 2, 10, 0, syd, "Thu")
    text = (
        "Hi Olivia,\n\nGreat news - Banksia Health want to meet you. I've locked in Thursday 2 "
        "April, 10:00am AEDT, at their Parramatta office (Level 7, 10 Smith St). Allow an hour.\n"
        "\nCheers,\nTom\n\nTom Hollis | Southern Cross Recruitment\nm 0400 555 019"
    )
    raw = mail(
        f"{fam}/10",
        sender=rec,
        to=cand,
        subject="Banksia Health interview - locked in",
        sent=at(2026, 3, 26, 16, 10, syd),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "en_au_aedt_before_dst_end",
        raw,
        {"kind": "invitation", **timed(start)},
        "en",
        "'Thursday 2 April, 10:00am AEDT', three days before the 5 April change; 'Allow an hour' "
        "is approximate.",
        own("Australian agency"),
        OWN,
    )

    cand = ("Niamh Walsh", "niamh.walsh@inbox.example")
    rec = ("Ollie Marsh", "ollie@brackenworks.example")
    lon = "Europe/London"
    start = at(2026, 11, 16, 16, 0, lon, "Mon")
    text = (
        "Hi Niamh,\n\nConfirming as per the subject line. I'll send a Teams link on the day; "
        "you'll meet me and Priya from the data team.\n\nOllie"
    )
    raw = mail(
        f"{fam}/11",
        sender=rec,
        to=cand,
        subject="Interview confirmed: Mon 16 Nov, 4:00pm GMT",
        sent=at(2026, 11, 10, 12, 33, lon),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "en_time_only_in_subject",
        raw,
        {"kind": "invitation", **timed(start)},
        "en",
        "The body says only 'as per the subject line'; the slot is in the subject.",
        own("startup hiring manager"),
        OWN,
    )

    cand = ("Derek Chu", "derek.chu@mailhub.example")
    rec = ("Hannah Price", "hprice@lakeshore-analytics.example")
    ny = "America/New_York"
    start = at(2026, 3, 11, 15, 0, ny, "Wed")
    end = at(2026, 3, 11, 15, 45, ny)
    text = (
        "Hi Derek,\n\nThanks for your patience. Can we lock in Wednesday, March 11 from 3 to "
        "3:45 pm Eastern? I've sent a hold to your calendar separately; the phone bridge is "
        "below.\n\nDial-in: +1 646 555 0188, PIN 442 118#\n\nBest,\nHannah Price\n"
        "Talent Acquisition, Lakeshore Analytics"
    )
    raw = mail(
        f"{fam}/12",
        sender=rec,
        to=cand,
        subject="Phone screen Wednesday",
        sent=at(2026, 3, 6, 11, 48, ny),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "en_from_3_to_345_eastern_dst_week",
        raw,
        {"kind": "invitation", **timed(start, end)},
        "en",
        "'Wednesday, March 11 from 3 to 3:45 pm Eastern', sent in EST before the 8 March change: "
        "the slot is in EDT.",
        own("US in-house recruiter"),
        OWN,
    )

    cand = ("Amina Njoroge", "amina.njoroge@post.example")
    rec = ("Peter Kamau", "p.kamau@savannah-agri.example")
    nbo = "Africa/Nairobi"
    start = at(2026, 8, 18, 14, 0, nbo, "Tue")
    text = (
        "Dear Amina,\n\nWe are pleased to invite you for an interview for the position of "
        "Agronomist on Tuesday 18th August 2026 at 14:00 (GMT+3) via Google Meet. The interview "
        "will take 40 minutes.\n\nKind regards,\nPeter Kamau\nHR Officer, Savannah Agri Ltd"
    )
    raw = mail(
        f"{fam}/13",
        sender=rec,
        to=cand,
        subject="Invitation for Interview - Agronomist",
        sent=at(2026, 8, 11, 9, 2, nbo),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "en_gmt_plus3_take_40_minutes",
        raw,
        {"kind": "invitation", **timed(start, start + timedelta(minutes=40))},
        "en",
        "'Tuesday 18th August 2026 at 14:00 (GMT+3)', 'will take 40 minutes'.",
        own("Kenyan employer"),
        OWN,
    )

    cand = ("Sophie Turner", "sophie.turner@mail.example")
    rec = ("James Whitley", "j.whitley@kestrel-eng.example")
    text = (
        "Hi Sophie,\n\nThank you for taking the time to meet us on Tuesday 10 March at 2pm - "
        "it was great to hear about your work on the flood models. We'll be in touch by the end "
        "of next week with an update.\n\nBest wishes,\nJames"
    )
    raw = mail(
        f"{fam}/14",
        sender=rec,
        to=cand,
        subject="Thank you",
        sent=at(2026, 3, 10, 17, 20, lon),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "en_thanks_same_day_after",
        raw,
        {"kind": "not_invitation"},
        "en",
        "Thank-you sent at 17:20 on the day of the 2pm meeting it names: the meeting is past.",
        own("thank-you after the interview"),
        OWN,
    )

    cand = ("Ravi Menon", "ravi.menon@post.example")
    rec = ("Chloe Hart", "chloe.hart@ferngrove.example")
    text = (
        "Hi Ravi,\n\nThe team would love to chat next week. Could you let me know which of these "
        "suit you?\n\n- Tue 12 May, 2-4pm BST\n- Thu 14 May, 10am-12pm BST\n\n"
        "Once you reply I'll send a calendar invite.\n\nThanks,\nChloe"
    )
    raw = mail(
        f"{fam}/15",
        sender=rec,
        to=cand,
        subject="Availability for a chat?",
        sent=at(2026, 5, 6, 10, 0, lon),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "en_availability_windows",
        raw,
        {"kind": "not_invitation"},
        "en",
        "Two windows offered for the candidate to choose; nothing is fixed yet.",
        own("availability request"),
        OWN,
    )

    cand = ("Jonas Keller", "jonas.keller@mailbox.example")
    rec = ("Petra Lindner", "p.lindner@auwald-bau.example")
    text = (
        "Sehr geehrter Herr Keller,\n\nvielen Dank für das angenehme Gespräch am 12.05.2026 um "
        "10:00 Uhr. Wir stimmen uns intern ab und melden uns bis zum 20.05.2026 bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nPetra Lindner\nAuwald Bau GmbH"
    )
    raw = mail(
        f"{fam}/16",
        sender=rec,
        to=cand,
        subject="Ihr Gespräch bei Auwald Bau",
        sent=at(2026, 5, 13, 8, 15, ber),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "de_danke_fuer_gespraech",
        raw,
        {"kind": "not_invitation"},
        "de",
        "Thanks for yesterday's interview (12.05. 10:00) and a decision date: nothing new.",
        own("German follow-up"),
        OWN,
    )

    cand = ("Chloé Martin", "chloe.martin@courriel.example")
    rec = ("Yann Morel", "yann.morel@granit-conseil.example")
    orig = at(2026, 3, 5, 9, 12, par)
    start = at(2026, 3, 10, 14, 0, par, "Tue")
    body = (
        "Bonjour Chloé,\n\nComme convenu, je vous propose de nous retrouver mardi 10 mars à 14 h "
        "dans nos bureaux (8 quai de la Fosse, Nantes) pour un entretien d'une heure avec "
        "M. Olivier, responsable du pôle audit.\n\nBien à vous,\nYann Morel\nGranit Conseil"
    )
    raw = forward(
        f"{fam}/17",
        client="gmail",
        lang="fr",
        user=cand,
        org=rec,
        orig_sent=orig,
        subject="Entretien – pôle audit",
        body=body,
        note="Pour info, mon entretien de mardi.",
    )
    yield Case(
        fam,
        "dev",
        "fr_fwd_gmail_mardi_14h",
        raw,
        {
            "kind": "invitation",
            **timed(start, start + timedelta(hours=1), sent=orig + timedelta(hours=1, minutes=37)),
            "original_sender": rec[1],
        },
        "fr",
        "Gmail (fr) forward: 'mardi 10 mars à 14 h', 'un entretien d'une heure'; no zone "
        "named (France, Date +01:00).",
        own("French consultant, Gmail forward"),
        OWN,
    )

    cand = ("Lena Hofer", "lena.hofer@mailbox.example")
    rec = ("Markus Eder", "markus.eder@alpenstrom.example")
    vie = "Europe/Vienna"
    orig = at(2026, 3, 2, 10, 15, vie)
    start = at(2026, 3, 5, 9, 30, vie, "Thu")
    body = (
        "Liebe Frau Hofer,\n\nwie telefonisch besprochen bestätige ich Ihnen das "
        "Vorstellungsgespräch am Donnerstag, den 5. März um 9:30 Uhr bei uns in der "
        "Zentrale (Schottenring 7, 1010 Wien).\n\nBeste Grüße\nMarkus Eder\nAlpenstrom AG"
    )
    raw = forward(
        f"{fam}/18",
        client="outlook",
        lang="de",
        user=cand,
        org=rec,
        orig_sent=orig,
        subject="Vorstellungsgespräch",
        body=body,
    )
    sent = orig + timedelta(hours=1, minutes=37)
    yield Case(
        fam,
        "dev",
        "de_fwd_outlook_donnerstag_no_zone",
        raw,
        {"kind": "invitation", **timed(start, sent=sent), "original_sender": rec[1]},
        "de",
        "Outlook (de) forward with 'Gesendet: Montag, 2. März 2026 10:15' above 'am Donnerstag, "
        "den 5. März um 9:30 Uhr'; no zone.",
        own("Austrian employer, Outlook forward"),
        OWN,
    )

    cand = ("Karan Mehta", "karan.mehta@mail.example")
    rec = ("Deepa Krishnan", "deepa.k@tarangsoft.example")
    orig = at(2026, 1, 19, 10, 5, kol)
    start = at(2026, 1, 22, 15, 0, kol, "Thu")
    end = at(2026, 1, 22, 16, 0, kol)
    body = (
        "Hi Karan,\n\nYour second round is scheduled as below:\n\n"
        "When: Thursday, January 22, 2026 3:00 PM-4:00 PM. (UTC+05:30) Chennai, Kolkata, Mumbai, "
        "New Delhi\nWhere: Microsoft Teams Meeting\n\nRegards,\nDeepa"
    )
    raw = forward(
        f"{fam}/19",
        client="apple",
        lang="en",
        user=cand,
        org=rec,
        orig_sent=orig,
        subject="Second round - Tarang Soft",
        body=body,
    )
    yield Case(
        fam,
        "dev",
        "en_fwd_apple_windows_zone",
        raw,
        {"kind": "invitation", **timed(start, end, zone=kol), "original_sender": rec[1]},
        "en",
        "Apple Mail forward of an Outlook 'When:' line with the Windows display name "
        "'(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi'.",
        own("Indian employer, Apple Mail forward"),
        OWN,
    )

    cand = ("Sato Yui", "yui.sato@mail.example")
    rec = ("田中 健", "k.tanaka@sakura-denki.example")
    tok = "Asia/Tokyo"
    start = at(2026, 7, 8, 14, 0, tok, "Wed")
    end = at(2026, 7, 8, 15, 0, tok)
    text = (
        "佐藤 結 様\n\nこの度は弊社求人にご応募いただき、誠にありがとうございます。\n"
        "下記の日程で一次面接を実施させていただきます。\n\n"
        "日時：2026年7月8日（水）14:00～15:00（日本時間）\n場所：オンライン（Zoom）\n\n"
        "よろしくお願いいたします。\n\nさくら電機株式会社 人事部 田中"
    )
    raw = mail(
        f"{fam}/20",
        sender=rec,
        to=cand,
        subject="一次面接日程のご連絡",
        sent=at(2026, 7, 1, 10, 30, tok),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "ja_nichiji_range",
        raw,
        {"kind": "invitation", **timed(start, end, zone=tok)},
        "ja",
        "'日時：2026年7月8日（水）14:00～15:00（日本時間）'.",
        own("Japanese HR department"),
        OWN,
    )

    cand = ("Anna Zielińska", "anna.zielinska@poczta.example")
    rec = ("Piotr Nowak", "p.nowak@baltyk-it.example")
    waw = "Europe/Warsaw"
    start = at(2026, 9, 15, 10, 0, waw, "Tue")
    end = at(2026, 9, 15, 11, 0, waw)
    text = (
        "Dzień dobry Pani Anno,\n\nzapraszam na rozmowę rekrutacyjną na stanowisko Analityk "
        "Danych.\n\nTermin: 15.09.2026 (wtorek), godz. 10:00–11:00 czasu polskiego\n"
        "Forma: Google Meet\n\nPozdrawiam serdecznie\nPiotr Nowak\nBałtyk IT sp. z o.o."
    )
    raw = mail(
        f"{fam}/21",
        sender=rec,
        to=cand,
        subject="Zaproszenie na rozmowę",
        sent=at(2026, 9, 8, 13, 0, waw),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "pl_termin_czasu_polskiego",
        raw,
        {"kind": "invitation", **timed(start, end, zone=waw)},
        "pl",
        "'Termin: 15.09.2026 (wtorek), godz. 10:00–11:00 czasu polskiego'.",
        own("Polish IT employer"),
        OWN,
    )

    cand = ("Ben Carter", "ben.carter@mail.example")
    rec = ("Isla Reid", "isla.reid@northmoor.example")
    start = at(2026, 2, 12, 11, 0, ber, "Thu")
    text = (
        "Hi Ben,\n\nI'm really sorry, but we need to cancel Thursday's interview (Feb 12, 11:00 "
        "CET) - the hiring manager is ill. I'll come back to you with new options next week.\n\n"
        "Apologies again,\nIsla"
    )
    raw = mail(
        f"{fam}/22",
        sender=rec,
        to=cand,
        subject="Cancelled: interview on Thursday",
        sent=at(2026, 2, 10, 8, 50, ber),
        text=text,
    )
    yield Case(
        fam,
        "dev",
        "en_cancel_thursday_cet",
        raw,
        {"kind": "cancellation", **timed(start)},
        "en",
        "Cancellation naming the slot '(Feb 12, 11:00 CET)'.",
        own("cancellation by hand"),
        OWN,
    )


# --------------------------------------------------------------------------------------
# coordinator: HELD OUT. Written before any parser run; never tuned against.


@family(
    "Interview coordinators, agencies and small ATS set-ups as candidates quote them in "
    "public Q&A threads (r/recruitinghell, r/cscareerquestions, Workplace Stack Exchange) and "
    "as recruiting-template pages lay them out (label/value blocks, rescheduling notices, "
    "regional zone words); words, people and companies ours. Held out."
)
def coordinator() -> Iterator[Case]:
    fam = "coordinator"
    h = "heldout"

    cand = ("Darren Lim", "darren.lim@mail.example")
    rec = ("Recruiting Team", "careers@lumenport.example")
    sg = "Asia/Singapore"
    start = at(2026, 2, 26, 15, 0, sg, "Thu")
    end = at(2026, 2, 26, 15, 45, sg)
    html = (
        "<html><body><p>Dear Darren,</p><p>Your interview has been scheduled.</p>"
        "<table><tr><th align='left'>Start</th><td>2026/02/26 15:00</td></tr>"
        "<tr><th align='left'>End</th><td>2026/02/26 15:45</td></tr>"
        "<tr><th align='left'>Timezone</th><td>Asia/Singapore</td></tr>"
        "<tr><th align='left'>Location</th><td>Video call (link to follow)</td></tr></table>"
        "<p>Lumenport Talent Acquisition</p></body></html>"
    )
    text = "Your interview has been scheduled. Please view this email in an HTML-capable client."
    raw = mail(
        f"{fam}/1",
        sender=rec,
        to=cand,
        subject="Interview scheduled",
        sent=at(2026, 2, 20, 9, 0, sg),
        text=text,
        html=html,
    )
    yield Case(
        fam,
        h,
        "en_start_end_timezone_table",
        raw,
        {"kind": "invitation", **timed(start, end, zone=sg)},
        "en",
        "Times only in the HTML alternative: Start/End '2026/02/26 15:00' and a Timezone row.",
        own("ATS notification table"),
        OWN,
    )

    cand = ("Megan Doyle", "megan.doyle@mail.example")
    rec = ("Aaron Pike", "aaron.pike@prairiewind.example")
    chi = "America/Chicago"
    start = at(2026, 9, 23, 13, 30, chi, "Wed")
    text = (
        "Hi Megan,\n\nQuick update: your interview has been rescheduled from Mon, Sep 21 at "
        "10:00 AM to Wed, Sep 23 at 1:30 PM (Central Time). Same Zoom link as before.\n\n"
        "Thanks for your flexibility,\nAaron"
    )
    raw = mail(
        f"{fam}/2",
        sender=rec,
        to=cand,
        subject="Rescheduled: interview with Prairiewind",
        sent=at(2026, 9, 18, 14, 5, chi),
        text=text,
    )
    yield Case(
        fam,
        h,
        "en_rescheduled_from_to_central",
        raw,
        {"kind": "reschedule", **timed(start)},
        "en",
        "'rescheduled from Mon, Sep 21 at 10:00 AM to Wed, Sep 23 at 1:30 PM (Central Time)'.",
        own("reschedule notice"),
        OWN,
    )

    cand = ("Paul Gruber", "paul.gruber@mailbox.example")
    rec = ("Karin Haas", "karin.haas@donaulog.example")
    vie = "Europe/Vienna"
    start = at(2026, 11, 4, 9, 30, vie, "Wed")
    end = at(2026, 11, 4, 10, 15, vie)
    text = (
        "Sehr geehrter Herr Gruber,\n\nwir freuen uns, Sie zu einem Gespräch einzuladen:\n\n"
        "Datum: 04.11.2026\nUhrzeit: 9:30 - 10:15 Uhr\nZeitzone: Europe/Vienna\n"
        "Ort: Microsoft Teams\n\nFreundliche Grüße\nKarin Haas\nDonaulog GmbH"
    )
    raw = mail(
        f"{fam}/3",
        sender=rec,
        to=cand,
        subject="Einladung zum Gespräch",
        sent=at(2026, 10, 27, 11, 0, vie),
        text=text,
    )
    yield Case(
        fam,
        h,
        "de_datum_uhrzeit_zeitzone",
        raw,
        {"kind": "invitation", **timed(start, end, zone=vie)},
        "de",
        "Label block Datum / Uhrzeit '9:30 - 10:15 Uhr' / Zeitzone Europe/Vienna.",
        own("Austrian employer"),
        OWN,
    )

    cand = ("Émilie Gagnon", "emilie.gagnon@courriel.example")
    rec = ("Marc Tremblay", "marc.tremblay@erable-tech.example")
    mtl = "America/Toronto"
    start = at(2026, 10, 14, 13, 0, mtl, "Wed")
    end = at(2026, 10, 14, 13, 45, mtl)
    text = (
        "Bonjour Émilie,\n\nJe vous confirme l'entrevue le mercredi 14 octobre 2026 de 13 h à "
        "13 h 45 (HAE), par Teams.\n\nAu plaisir,\nMarc Tremblay\nÉrable Tech, Montréal"
    )
    raw = mail(
        f"{fam}/4",
        sender=rec,
        to=cand,
        subject="Confirmation d'entrevue",
        sent=at(2026, 10, 7, 15, 30, mtl),
        text=text,
    )
    yield Case(
        fam,
        h,
        "frca_hae_13h_13h45",
        raw,
        {"kind": "invitation", **timed(start, end)},
        "fr",
        "Québec French 'de 13 h à 13 h 45 (HAE)' (heure avancée de l'Est, an offset word).",
        own("Québec employer"),
        OWN,
    )

    cand = ("Diego Herrera", "diego.herrera@correo.example")
    rec = ("Fernanda Ruiz", "fernanda.ruiz@altiplano-rh.example")
    mx = "America/Mexico_City"
    start = at(2026, 8, 18, 17, 0, mx, "Tue")
    text = (
        "Hola Diego,\n\nTe comparto los datos de tu entrevista con Grupo Nogal:\n\n"
        "Fecha: 18/08/2026\nHora: 17:00 hrs (hora del centro de México)\n"
        "Entrevistador: Lic. Ramírez\n\nSaludos,\nFernanda Ruiz\nAltiplano RH"
    )
    raw = mail(
        f"{fam}/5",
        sender=rec,
        to=cand,
        subject="Entrevista Grupo Nogal",
        sent=at(2026, 8, 12, 12, 0, mx),
        text=text,
    )
    yield Case(
        fam,
        h,
        "esmx_fecha_hora_centro",
        raw,
        {"kind": "invitation", **timed(start, zone=mx)},
        "es",
        "'Fecha: 18/08/2026', 'Hora: 17:00 hrs (hora del centro de México)'.",
        own("Mexican agency"),
        OWN,
    )

    cand = ("Rina Putri", "rina.putri@surat.example")
    rec = ("HRD PT Nusa Karya", "hrd@nusakarya.example")
    jkt = "Asia/Jakarta"
    start = at(2026, 5, 12, 10, 0, jkt, "Tue")
    end = at(2026, 5, 12, 11, 0, jkt)
    text = (
        "Kepada Yth. Sdri. Rina Putri,\n\nBerdasarkan lamaran Saudari, kami mengundang Saudari "
        "untuk mengikuti wawancara pada:\n\nHari/Tanggal : Selasa, 12 Mei 2026\n"
        "Pukul : 10.00 - 11.00 WIB\nTempat : Gedung Nusa Lt. 5, Jl. Sudirman No. 21, Jakarta\n\n"
        "Hormat kami,\nHRD PT Nusa Karya"
    )
    raw = mail(
        f"{fam}/6",
        sender=rec,
        to=cand,
        subject="Undangan Wawancara",
        sent=at(2026, 5, 6, 14, 0, jkt),
        text=text,
    )
    yield Case(
        fam,
        h,
        "id_hari_tanggal_pukul_wib",
        raw,
        {"kind": "invitation", **timed(start, end, zone=jkt)},
        "id",
        "'Hari/Tanggal : Selasa, 12 Mei 2026', 'Pukul : 10.00 - 11.00 WIB'.",
        own("Indonesian HRD letter"),
        OWN,
    )

    cand = ("Vikram Shah", "vikram.shah@mail.example")
    rec = ("Neha Gupta", "neha.gupta@saffronhire.example")
    kol = "Asia/Kolkata"
    start = at(2026, 2, 17, 16, 0, kol, "Tue")
    text = (
        "Hi Vikram,\n\nAs discussed, your F2F round is fixed for day after tomorrow i.e. 17th "
        "Feb at 4 PM IST at the Whitefield office. Carry 2 copies of your resume.\n\n"
        "Regards,\nNeha"
    )
    raw = mail(
        f"{fam}/7",
        sender=rec,
        to=cand,
        subject="F2F round confirmed",
        sent=at(2026, 2, 15, 19, 40, kol),
        text=text,
    )
    yield Case(
        fam,
        h,
        "en_in_day_after_tomorrow_ie",
        raw,
        {"kind": "invitation", **timed(start, zone=kol)},
        "en",
        "'day after tomorrow i.e. 17th Feb at 4 PM IST'.",
        own("Indian recruiter"),
        OWN,
    )

    cand = ("Jordan Ellis", "jordan.ellis@mail.example")
    rec = ("Sam Ortega", "sam@tidewater.example")
    la = "America/Los_Angeles"
    start = at(2026, 11, 6, 9, 0, la, "Fri")
    text = (
        "Hey Jordan - let's do Friday 11/6 at 9am PT for 30 minutes. I'll call your mobile.\n\n"
        "Sam\nSent from my iPhone"
    )
    raw = mail(
        f"{fam}/8",
        sender=rec,
        to=cand,
        subject="quick call",
        sent=at(2026, 10, 30, 17, 12, la),
        text=text,
    )
    yield Case(
        fam,
        h,
        "en_pt_for_30_minutes_after_dst",
        raw,
        {"kind": "invitation", **timed(start, start + timedelta(minutes=30))},
        "en",
        "'Friday 11/6 at 9am PT for 30 minutes' sent in PDT for a slot after the 1 Nov change.",
        own("founder on a phone"),
        OWN,
    )

    cand = ("Laura Berg", "laura.berg@mail.example")
    rec = ("Events", "events@hanse-careers.example")
    text = (
        "Join our virtual career fair on 14 May 2026, 17:00-19:00 CEST!\n\n"
        "Meet recruiters from 40 companies, get your CV reviewed and attend live talks. "
        "Register now: https://hanse-careers.example/fair\n\nUnsubscribe | Privacy"
    )
    raw = mail(
        f"{fam}/9",
        sender=rec,
        to=cand,
        subject="You're invited: Virtual Career Fair, 14 May",
        sent=at(2026, 4, 28, 8, 0, "Europe/Berlin"),
        text=text,
    )
    yield Case(
        fam,
        h,
        "en_career_fair_promo",
        raw,
        {"kind": "not_invitation"},
        "en",
        "A career-fair promotion with a date and time: a newsletter, not an interview.",
        own("promotion"),
        OWN,
    )

    cand = ("Inês Carvalho", "ines.carvalho@correio.example")
    rec = ("Rui Matos", "rui.matos@tejo-digital.example")
    lis = "Europe/Lisbon"
    start = at(2026, 12, 3, 15, 0, lis, "Thu")
    text = (
        "Olá Inês,\n\nConfirmamos a sua entrevista para a função de Designer de Produto:\n\n"
        "Data: 03/12/2026, às 15:00 (hora de Lisboa)\nLocal: Rua do Alecrim 40, Lisboa\n\n"
        "Cumprimentos,\nRui Matos\nTejo Digital"
    )
    raw = mail(
        f"{fam}/10",
        sender=rec,
        to=cand,
        subject="Entrevista – Designer de Produto",
        sent=at(2026, 11, 25, 10, 0, lis),
        text=text,
    )
    yield Case(
        fam,
        h,
        "pt_data_hora_de_lisboa",
        raw,
        {"kind": "invitation", **timed(start, zone=lis)},
        "pt",
        "'Data: 03/12/2026, às 15:00 (hora de Lisboa)' (3 December).",
        own("Portuguese employer"),
        OWN,
    )

    cand = ("Carlos Vidal", "carlos.vidal@correo.example")
    rec = ("Harriet Cole", "harriet.cole@thamesbridge.example")
    lon = "Europe/London"
    orig = at(2026, 4, 7, 9, 14, "Europe/Madrid")
    start = at(2026, 4, 9, 14, 0, lon, "Thu")
    body = (
        "Hi Carlos,\n\nThanks for your time earlier. As agreed, your interview with our "
        "engineering lead is on Thursday, April 9 at 2:00pm BST (London). It will last 45 "
        "minutes.\n\nKind regards,\nHarriet Cole\nThamesbridge Systems"
    )
    raw = forward(
        f"{fam}/11",
        client="outlook",
        lang="es",
        user=cand,
        org=rec,
        orig_sent=orig,
        subject="Interview - Thamesbridge",
        body=body,
    )
    yield Case(
        fam,
        h,
        "en_bst_london_fwd_outlook_es",
        raw,
        {
            "kind": "invitation",
            **timed(start, start + timedelta(minutes=45), zone=lon),
            "original_sender": rec[1],
        },
        "en",
        "Outlook (es) forward of 'Thursday, April 9 at 2:00pm BST (London)', 45 minutes.",
        own("UK employer, Outlook forward"),
        OWN,
    )

    cand = ("Maya Brooks", "maya.brooks@mail.example")
    rec = ("Greenfield Careers", "no-reply@greenfield-careers.example")
    ny = "America/New_York"
    start = at(2026, 6, 2, 11, 0, ny, "Tue")
    end = at(2026, 6, 2, 11, 45, ny)
    html = (
        "<html><body><h2>Your interview is confirmed</h2><p>Hi Maya,</p>"
        "<p><strong>Tuesday, June 2, 2026 &middot; 11:00 AM &ndash; 11:45 AM</strong><br>"
        "(GMT-04:00) Eastern Time - New York</p><p>Interviewer: Alex Romano</p>"
        "<p><a href='https://greenfield.example/i/x'>Manage booking</a></p></body></html>"
    )
    text = "Your interview is confirmed. View this message online: https://greenfield.example/m/1"
    raw = mail(
        f"{fam}/12",
        sender=rec,
        to=cand,
        subject="Interview confirmed with Greenfield",
        sent=at(2026, 5, 27, 13, 0, ny),
        text=text,
        html=html,
    )
    yield Case(
        fam,
        h,
        "en_html_alternative_google_zone_name",
        raw,
        {"kind": "invitation", **timed(start, end, zone=ny)},
        "en",
        "The plain part has no time; the HTML has '11:00 AM – 11:45 AM (GMT-04:00) Eastern "
        "Time - New York'.",
        own("booking-tool confirmation"),
        OWN,
    )

    cand = ("Lukas Meier", "lukas.meier@mailbox.example")
    rec = ("Nora Vogel", "nora.vogel@seeblick-ag.example")
    text = (
        "Sehr geehrter Herr Meier,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei "
        "uns eingegangen. Wir prüfen sie sorgfältig und melden uns bis spätestens 15.04.2026 "
        "bei Ihnen.\n\nFreundliche Grüße\nNora Vogel\nSeeblick AG"
    )
    raw = mail(
        f"{fam}/13",
        sender=rec,
        to=cand,
        subject="Eingangsbestätigung Ihrer Bewerbung",
        sent=at(2026, 3, 30, 10, 0, "Europe/Zurich"),
        text=text,
    )
    yield Case(
        fam,
        h,
        "de_eingangsbestaetigung",
        raw,
        {"kind": "not_invitation"},
        "de",
        "Application receipt with a reply-by date: no meeting.",
        own("receipt"),
        OWN,
    )

    cand = ("Ella Novak", "ella.novak@mail.example")
    rec = ("Tobias Lang", "tobias.lang@ostsee-energie.example")
    ber = "Europe/Berlin"
    start = at(2026, 12, 14, 15, 0, ber, "Mon")
    text = (
        "Dear Ella,\n\nI'm sorry, but we have to cancel our call scheduled for Monday, 14 "
        "December at 15:00 GMT+1. The position has been put on hold.\n\nBest regards,\nTobias"
    )
    raw = mail(
        f"{fam}/14",
        sender=rec,
        to=cand,
        subject="Cancellation of our call",
        sent=at(2026, 12, 9, 11, 0, ber),
        text=text,
    )
    yield Case(
        fam,
        h,
        "en_cancel_gmt_plus1",
        raw,
        {"kind": "cancellation", **timed(start)},
        "en",
        "Cancellation of 'Monday, 14 December at 15:00 GMT+1'.",
        own("cancellation"),
        OWN,
    )

    cand = ("Oksana Melnyk", "oksana.melnyk@poshta.example")
    rec = ("Андрій Коваль", "a.koval@dnipro-soft.example")
    kyiv = "Europe/Kyiv"
    start = at(2026, 5, 21, 14, 0, kyiv, "Thu")
    end = at(2026, 5, 21, 15, 0, kyiv)
    text = (
        "Добрий день, Оксано!\n\nЗапрошуємо Вас на співбесіду на посаду QA-інженера.\n\n"
        "Дата: 21.05.2026 (четвер)\nЧас: 14:00–15:00 за київським часом\nФормат: Google Meet\n\n"
        "З повагою,\nАндрій Коваль\nDnipro Soft"
    )
    raw = mail(
        f"{fam}/15",
        sender=rec,
        to=cand,
        subject="Запрошення на співбесіду",
        sent=at(2026, 5, 14, 12, 0, kyiv),
        text=text,
    )
    yield Case(
        fam,
        h,
        "uk_data_chas_kyivskym",
        raw,
        {"kind": "invitation", **timed(start, end, zone=kyiv)},
        "uk",
        "'Дата: 21.05.2026 (четвер)', 'Час: 14:00–15:00 за київським часом'.",
        own("Ukrainian employer"),
        OWN,
    )


# --------------------------------------------------------------------------------------

KEY_ORDER = (
    "kind",
    "start",
    "end",
    "all_day",
    "timezone",
    "tz_stated",
    "uid",
    "sequence",
    "method",
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
    label["source"] = {"family": item.family, "template": item.template, "license": item.license}
    label["note"] = item.note
    return json.dumps(label, ensure_ascii=False, indent=2) + "\n"


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the parse-pos batch (`build_parse-pos.py`)",
        "",
        "Invitations without a calendar part, and look-alikes that are not invitations. People, "
        "companies, addresses and links are made up. The `librebooking` family renders "
        "LibreBooking's real templates and date formats (file and commit in each label); the "
        "other families are our own words in the shapes named below. Forward header blocks "
        "(Gmail en/fr, Outlook de/es, Apple Mail en) are written from memory of those clients.",
        "",
        "Every label was written from the text as a careful reader understands it, before the "
        "parser was run on the message. The `coordinator` family is held out "
        "(`heldout/`): it is scored but its mismatches were never looked at while the parser "
        "was changed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_parse-pos.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SOURCES:
        items = [item for item in cases if item.family == name]
        lines.append(f"- **{name}** ({len(items)} messages, {items[0].split}): {SOURCES[name]}")
    lines += [
        "",
        "## Files",
        "",
    ]
    lines += file_rows(cases)
    return "\n".join(lines) + "\n"


def file_rows(cases: Iterable[Case]) -> list[str]:
    """Return a provenance file's table of mails: file, kind, language, what it exercises."""
    rows = ["| file | kind | language | what it exercises |", "|---|---|---|---|"]
    for item in cases:
        cells = [
            f"`{item.split}/{item.filename}`",
            str(item.label.get("kind", "(not labelled)")),
            item.language,
            item.note,
        ]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return rows


def write_batch(
    cases: list[Case], families: Iterable[str], provenance_name: str, provenance_text: str
) -> None:
    """Check a batch and write it: its families' old files go first, so a renamed mail
    leaves nothing behind; then each mail, its label and the provenance file."""
    names = [item.filename for item in cases]
    if len(set(names)) != len(names):
        raise ValueError("duplicate file names")
    owned = set(families)
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*__*"):
            if old.name.split("__", 1)[0] in owned:
                old.unlink()
    for item in cases:
        folder = HERE / item.split
        folder.mkdir(exist_ok=True)
        (folder / item.filename).write_bytes(item.raw)
        (folder / f"{item.filename}.expected.json").write_text(label_json(item), "utf-8")
    (HERE / provenance_name).write_text(provenance_text, "utf-8")


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    write_batch(cases, SOURCES, "PROVENANCE-parse-pos.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SOURCES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
