"""Write the "people" batch of Afterview's labelled corpus: scheduling mail written by hand.

Run: .venv/bin/python tests/parsing/corpus/build_people.py

Staffing consultants, founders, search committees, panels, candidates confirming, threads
that settle on a time, community-call announcements, list replies, human reminders, people
writing in a second language, phone mails and times pasted from calendars. The shapes follow
public mailing-list archives and Q&A threads (see PROVENANCE-people.md); every word, person,
company and address is made up. Labels come from the same datetimes the text is rendered
from, with zoneinfo for every offset; weekday names typed into the prose are checked against
the date. Output is deterministic, and the script only deletes or writes files of its own
families (FAMILIES), always in dev/.
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
from email.mime.multipart import MIMEMultipart
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

NY, CHI, DEN, LA = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
LON, BER, PAR, MAD = "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid"
SYD = "Australia/Sydney"


# --------------------------------------------------------------------------------------
# time helpers


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str, weekday: str = "") -> datetime:
    """An aware datetime; weekday (Mon..Sun) guards the day name written in the prose."""
    value = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    if weekday and DAYS[value.weekday()] != weekday:
        raise ValueError(f"{value:%Y-%m-%d} is a {DAYS[value.weekday()]}, not {weekday}")
    return value


def later(sent: datetime, days: int, h: int, mi: int, zone: str, weekday: str = "") -> datetime:
    """A wall-clock time some days after the day a mail was sent (relative dates)."""
    local = sent.astimezone(ZoneInfo(zone)).date() + timedelta(days=days)
    return at(local.year, local.month, local.day, h, mi, zone, weekday)


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
    html: str | None = None,
    reply_to_key: str = "",
    cc: tuple[str, str] | None = None,
) -> bytes:
    """Serialise one message with realistic headers; identical input gives identical bytes."""
    domain = sender[1].split("@", 1)[1]
    message: Message
    if html is None:
        message = textpart(body)
    else:
        message = MIMEMultipart("alternative", boundary=f"=_people_{digest(key, 'b')[:16]}")
        message.attach(textpart(body))
        message.attach(textpart(html, "html"))
    existing = list(message.items())
    for name in list(message.keys()):
        del message[name]
    message["Date"] = format_datetime(sent)
    message["From"] = addr(sender)
    message["To"] = addr(to)
    if cc:
        message["Cc"] = addr(cc)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{digest(key, 'mid')}@{domain}>"
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


def hm12(value: datetime) -> str:
    hour = value.hour % 12 or 12
    suffix = "AM" if value.hour < 12 else "PM"
    return f"{hour}:{value.minute:02d} {suffix}"


def short12(value: datetime) -> str:
    """'9am', '12pm', '4:30pm' as people type them."""
    hour = value.hour % 12 or 12
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


EN_MONTHS = "January February March April May June July August September October November December"
EN_MON = [m[:3] for m in EN_MONTHS.split()]
ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DA_MON = [
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
DA_DAYS = ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."]
UK_MON = [
    "січ.",
    "лют.",
    "бер.",
    "квіт.",
    "трав.",
    "черв.",
    "лип.",
    "серп.",
    "вер.",
    "жовт.",
    "лист.",
    "груд.",
]
UK_DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def forward_block(
    client: str, lang: str, org: tuple[str, str], sent: datetime, subject: str, to: tuple[str, str]
) -> str:
    """The header block a mail client puts above a forwarded message."""
    who = f"{org[0]} <{org[1]}>"
    rcpt = f"{to[0]} <{to[1]}>"
    if client == "gmail":
        if lang == "en":
            when = f"{DAYS[sent.weekday()]}, {EN_MON[sent.month - 1]} {sent.day}, {sent.year}"
            when += f" at {hm12(sent)}"
            return (
                f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n"
                f"Subject: {subject}\nTo: {rcpt}\n"
            )
        if lang == "da":
            when = (
                f"{DA_DAYS[sent.weekday()]} {sent.day}. {DA_MON[sent.month - 1]} {sent.year} "
                f"kl. {sent:%H.%M}"
            )
            return (
                f"---------- Videresendt besked ---------\nFra: {who}\nDato: {when}\n"
                f"Emne: {subject}\nTil: {rcpt}\n"
            )
        if lang == "uk":
            when = f"{UK_DAYS[sent.weekday()]}, {sent.day} {UK_MON[sent.month - 1]} {sent.year}"
            when += f" р. о {sent:%H:%M}"
            return (
                f"---------- Переслане повідомлення ---------\nВід: {who}\nDate: {when}\n"
                f"Subject: {subject}\nTo: {rcpt}\n"
            )
    if client == "outlook":
        if lang == "en":
            when = (
                f"{EN_DAYS[sent.weekday()]}, {EN_MONTHS.split()[sent.month - 1]} {sent.day}, "
                f"{sent.year} {hm12(sent)}"
            )
            return (
                f"________________________________\nFrom: {who}\nSent: {when}\nTo: {rcpt}\n"
                f"Subject: {subject}\n"
            )
        if lang == "es":
            when = (
                f"{ES_DAYS[sent.weekday()]}, {sent.day} de {ES_MONTHS.split()[sent.month - 1]} "
                f"de {sent.year} {sent:%H:%M}"
            )
            return (
                f"________________________________\nDe: {who}\nEnviado: {when}\nPara: {rcpt}\n"
                f"Asunto: {subject}\n"
            )
    if client == "thunderbird" and lang == "de":
        return (
            f"-------- Weitergeleitete Nachricht --------\nBetreff: \t{subject}\n"
            f"Datum: \t{format_datetime(sent)}\nVon: \t{who}\nAn: \t{rcpt}\n"
        )
    if client == "apple" and lang == "en":
        offset = sent.utcoffset()
        assert offset is not None
        hours = int(offset.total_seconds() // 3600)
        when = (
            f"{EN_MONTHS.split()[sent.month - 1]} {sent.day}, {sent.year} at "
            f"{hm12(sent)[:-3]}:{sent.second:02d} {hm12(sent)[-2:]} GMT{hours:+d}"
        )
        return (
            f"Begin forwarded message:\n\nFrom: {who}\nSubject: {subject}\nDate: {when}\n"
            f"To: {rcpt}\n"
        )
    raise ValueError(f"no forward layout for {client}/{lang}")


FWD_PREFIX = {"en": "Fwd", "da": "Fwd", "uk": "Fwd", "es": "RV", "de": "WG"}


def forward(
    key: str,
    *,
    client: str,
    lang: str,
    user: tuple[str, str],
    org: tuple[str, str],
    orig_to: tuple[str, str],
    orig_sent: datetime,
    subject: str,
    body: str,
    note: str = "",
    delay: timedelta = timedelta(hours=2, minutes=9),
    user_zone: str = "",
) -> bytes:
    """The job seeker forwards a message to Afterview's inbound address.

    The client shows the original's date in the forwarder's zone (user_zone), as clients do.
    """
    if user_zone:
        orig_sent = orig_sent.astimezone(ZoneInfo(user_zone))
    block = forward_block(client, lang, org, orig_sent, subject, orig_to)
    sep = "\n"
    text = f"{note}\n\n{block}{sep}{body.strip()}\n" if note else f"{block}{sep}{body.strip()}\n"
    prefix = FWD_PREFIX[lang] if client != "outlook" or lang != "en" else "FW"
    return mail(
        key, text, sender=user, to=HOOK, subject=f"{prefix}: {subject}", sent=orig_sent + delay
    )


HOOK = ("Afterview", "in+inbox@afterview.example")


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


def case(
    fam: str, name: str, raw: bytes, lang: str, note: str, kind: str | None, **keys: object
) -> Case:
    label: dict[str, object] = {}
    if kind:
        label["kind"] = kind
    times = keys.pop("times", None)
    if isinstance(times, dict):
        label.update(times)
    label.update(keys)
    return Case(fam, name, raw, label, lang, note)


# --------------------------------------------------------------------------------------
# agency: staffing-agency consultants arranging interviews with their client


@family(
    "Recruitment-agency mails as quoted and discussed in public Q&A threads (r/recruiting, "
    "Workplace Stack Exchange questions about agency-arranged interviews): the consultant "
    "names the client, the interviewer, a slot and a dress/prep note."
)
def agency() -> Iterator[Case]:
    fam = "agency"
    cand = ("Jonas Wexler", "jonas.wexler@postbox.example")
    consultant = ("Fiona Radcliffe", "fiona.radcliffe@brightpath-talent.example")
    sent = at(2026, 10, 8, 16, 42, NY)
    start = at(2026, 10, 13, 14, 30, NY, "Tue")
    body = (
        "Hi Jonas,\n\nGreat news - Corbel Logistics would like to meet you for the Warehouse "
        "Systems Analyst role!\n\nI've locked in Tuesday, October 13th at 2:30 PM ET with "
        "Marcus Lindqvist (Director of Operations). It's a 60 minute video interview; he'll "
        "send the Teams link directly.\n\nA few tips: they care a lot about WMS migrations, so "
        "have your Manhattan SCALE story ready. Give me a quick call afterwards so I can debrief "
        "with the client.\n\nBest,\nFiona\n\nFiona Radcliffe | Senior Consultant, Supply Chain\n"
        "Brightpath Talent | +1 (617) 555-0143\n"
    )
    raw = mail(
        f"{fam}/1",
        body,
        sender=consultant,
        to=cand,
        subject="Interview confirmed - Corbel Logistics",
        sent=sent,
    )
    yield case(
        fam,
        "en_client_interview_et",
        raw,
        "en",
        "Agency consultant books a client interview: 'Tuesday, October 13th at 2:30 PM "
        "ET', 60 minutes; ET is no single zone rule, so no timezone label.",
        "invitation",
        times=timed(start, start + timedelta(minutes=60)),
        role="Warehouse Systems Analyst",
        organizer_email=consultant[1],
    )

    cand = ("Lea Brandt", "lea.brandt@mailbox.example")
    consultant = ("Tobias Mertens", "t.mertens@kessler-personal.example")
    sent = at(2026, 3, 5, 11, 20, BER)
    start = at(2026, 3, 12, 10, 30, BER, "Thu")
    body = (
        "Hallo Frau Brandt,\n\nwie telefonisch besprochen, hat unser Kunde, die Stadtwerke "
        "Rheinhessen, Interesse an einem persönlichen Kennenlernen.\n\nTermin: Donnerstag, den "
        "12. März um 10:30 Uhr\nOrt: Hauptverwaltung, Rheinallee 44, 55118 Mainz, Empfang "
        "Gebäude B\nGesprächspartner: Herr Dr. Albers (Bereichsleitung Netze), Frau Celik (HR)"
        "\n\nBitte bringen Sie Ihre Zeugnisse in Kopie mit. Falls etwas dazwischenkommt, "
        "melden Sie sich bitte direkt bei mir und nicht beim Kunden.\n\nViele Grüße\n"
        "Tobias Mertens\nKessler Personalberatung GmbH\n"
    )
    raw = mail(
        f"{fam}/2",
        body,
        sender=consultant,
        to=cand,
        subject="Vorstellungsgespräch bei unserem Kunden",
        sent=sent,
    )
    yield case(
        fam,
        "de_kundentermin_uhr",
        raw,
        "de",
        "Personalberater: 'Donnerstag, den 12. März um 10:30 Uhr', no year and no zone "
        "(year and offset from the Date: header).",
        "invitation",
        times=timed(start, sent=sent),
        company="Stadtwerke Rheinhessen",
        organizer_email=consultant[1],
    )

    cand = ("Sanne de Vries", "sanne.devries@webpost.example")
    consultant = ("Ruben Okafor", "ruben@noordwerk-werving.example")
    sent = at(2026, 4, 14, 9, 5, "Europe/Amsterdam")
    body = (
        "Hoi Sanne,\n\nGoed nieuws: ik heb je cv vandaag voorgesteld bij Tulpstad Verzekeringen "
        "voor de rol van Data Engineer. Ze reageren meestal binnen een week.\n\nAls ze je "
        "willen spreken, komen ze met een paar tijden; dan stem ik het met je af. Laat je even "
        "weten wanneer je volgende week níet kunt? Dinsdag na 14:00 had je al doorgegeven.\n\n"
        "Groet,\nRuben\nNoordwerk Werving & Selectie\n"
    )
    raw = mail(
        f"{fam}/3",
        body,
        sender=consultant,
        to=cand,
        subject="Voorgesteld bij Tulpstad Verzekeringen",
        sent=sent,
    )
    yield case(
        fam,
        "nl_voorgesteld_geen_tijd",
        raw,
        "nl",
        "Agency says the CV was sent and times will follow; a weekday and '14:00' are "
        "availability, not a slot.",
        "not_invitation",
    )

    cand = ("Mette Kjær", "mette.kjaer@postkasse.example")
    consultant = ("Oliver Pennington", "oliver.p@harbourline-recruitment.example")
    orig_sent = at(2026, 3, 2, 15, 48, LON)
    start = at(2026, 3, 6, 11, 0, LON, "Fri")
    body = (
        "Hi Mette,\n\nThanks for your patience. Fenmoor Analytics have come back and would like "
        "a first interview for the Pricing Analyst position.\n\nThey've offered Friday 6th March, "
        "11am UK time, on Zoom (link to follow from their coordinator). Expect 45 mins with "
        "Priya Anand and one of the senior analysts.\n\nI know you're in Copenhagen, so that's "
        "midday for you.\n\nCheers,\nOliver\nHarbourline Recruitment\n"
    )
    raw = forward(
        f"{fam}/4",
        client="gmail",
        lang="da",
        user=cand,
        org=consultant,
        orig_to=cand,
        orig_sent=orig_sent,
        subject="Fenmoor Analytics - interview",
        body=body,
        note="Til Afterview, tak.",
        user_zone="Europe/Copenhagen",
    )
    yield case(
        fam,
        "en_uk_time_fwd_gmail_da",
        raw,
        "en",
        "Gmail (Danish UI) forward of an English agency mail: 'Friday 6th March, 11am UK "
        "time', '45 mins'; UK time names Europe/London; also says 'midday for you'.",
        "invitation",
        times=timed(start, start + timedelta(minutes=45), zone=LON),
        company="Fenmoor Analytics",
        role="Pricing Analyst",
        original_sender=consultant[1],
    )

    cand = ("Kacper Nowicki", "kacper.nowicki@poczta.example")
    consultant = ("Agnieszka Wróbel", "a.wrobel@talentis.example")
    sent = at(2026, 4, 16, 13, 10, "Europe/Warsaw")
    start = at(2026, 4, 21, 9, 0, "Europe/Warsaw", "Tue")
    body = (
        "Dzień dobry Panie Kacprze,\n\nz przyjemnością potwierdzam spotkanie z naszym klientem, "
        "firmą Mazowiecka Sieć Handlowa, na stanowisko Kierownika Magazynu.\n\nTermin: wtorek "
        "21 kwietnia, godz. 9:00 czasu polskiego\nForma: Google Meet, ok. 1 godziny\n"
        "Link: https://meet.google.com/kwm-rtpa-zoq\n\nW razie pytań proszę dzwonić.\n\n"
        "Pozdrawiam serdecznie\nAgnieszka Wróbel\nTalentis Doradztwo Personalne\n"
    )
    raw = mail(
        f"{fam}/5",
        body,
        sender=consultant,
        to=cand,
        subject="Potwierdzenie spotkania z klientem",
        sent=sent,
    )
    yield case(
        fam,
        "pl_czasu_polskiego",
        raw,
        "pl",
        "'wtorek 21 kwietnia, godz. 9:00 czasu polskiego'; 'ok. 1 godziny' is approximate "
        "(no end).",
        "invitation",
        times=timed(start, zone="Europe/Warsaw"),
        meeting_url="https://meet.google.com/kwm-rtpa-zoq",
        organizer_email=consultant[1],
    )

    cand = ("Dana Whitfield", "dana.whitfield@inbox.example")
    consultant = ("Marco Bellini", "marco.bellini@ridgeway-staffing.example")
    sent = at(2026, 4, 9, 17, 30, CHI)
    body = (
        "Hey Dana,\n\nQuick update: the client (a regional hospital network I can't name yet) "
        "has shortlisted you for the Clinical Systems Trainer contract. They plan to run "
        "interviews the week of April 20th, probably Tuesday or Wednesday afternoon Central.\n\n"
        "I'll confirm the exact time as soon as their HM sends over availability. Nothing to do "
        "on your side yet!\n\nMarco\nRidgeway Staffing\n"
    )
    raw = mail(
        f"{fam}/6", body, sender=consultant, to=cand, subject="Shortlisted! next steps", sent=sent
    )
    yield case(
        fam,
        "en_shortlisted_week_of",
        raw,
        "en",
        "Shortlist update naming a week and likely days; no slot fixed.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# founder: startup founders writing casually


@family(
    "Founder-to-candidate mails in the style quoted in public Hacker News 'Who is hiring' "
    "follow-up threads and founder blog posts on hiring: lowercase, one-line proposals, "
    "'does Thu 3pm PT work?'."
)
def founder() -> Iterator[Case]:
    fam = "founder"
    cand = ("Priyanka Rao", "priyanka.rao@fastmail.example")
    ceo = ("Eli Navarro", "eli@tidepool-labs.example")
    sent = at(2026, 5, 11, 21, 14, LA)
    start = later(sent, 3, 15, 0, LA, "Thu")
    body = (
        "hey priyanka - loved your notes on the sync engine, thanks for sending.\n\n"
        "does thu 3pm PT work for a proper chat? ~30 min, i'll send a google meet. "
        "my cofounder might hop on for the last 10.\n\neli\n\n--\nEli Navarro, CEO @ Tidepool "
        "Labs\nsent from my phone, excuse typos\n"
    )
    raw = mail(
        f"{fam}/1",
        body,
        sender=ceo,
        to=cand,
        subject="Re: sync engine notes",
        sent=sent,
        reply_to_key=f"{fam}/1-parent",
    )
    yield case(
        fam,
        "en_thu_3pm_pt",
        raw,
        "en",
        "'does thu 3pm PT work?' sent on Monday 11 May: Thursday is the 14th; '~30 min' "
        "is approximate; PT is no single rule (no timezone label).",
        "invitation",
        times=timed(start),
        company="Tidepool Labs",
        organizer_email=ceo[1],
    )

    sent = at(2026, 5, 18, 8, 2, LA)
    body = (
        "hi again! sorry, this week got away from me.\n\ndoes thu 3pm PT work? if not, fri "
        "morning is wide open, just pick whatever's easier and i'll send an invite.\n\neli\n"
    )
    raw = mail(
        f"{fam}/2",
        body,
        sender=ceo,
        to=cand,
        subject="Re: sync engine notes",
        sent=sent,
        reply_to_key=f"{fam}/1",
    )
    yield case(
        fam,
        "en_thu_or_fri_pick",
        raw,
        "en",
        "'does thu 3pm PT work? if not, fri morning' and 'pick whatever's easier': the "
        "reader must still choose, so no slot is fixed.",
        "not_invitation",
    )

    cand = ("Tom Alcott", "tom.alcott@hey.example")
    ceo = ("Mira Solberg", "mira@foldable.example")
    sent = at(2026, 9, 22, 18, 40, LA)
    start = later(sent, 1, 9, 30, LA, "Wed")
    body = (
        "Tom! Great meeting you at the demo night.\n\nWant to grab coffee tmrw 9:30 at Ritual "
        "on Valencia? I'll be the one with the bright yellow laptop sticker. Happy to talk "
        "about the founding engineer role properly.\n\nMira\n"
    )
    raw = mail(f"{fam}/3", body, sender=ceo, to=cand, subject="coffee?", sent=sent)
    yield case(
        fam,
        "en_coffee_tmrw",
        raw,
        "en",
        "'coffee tmrw 9:30' sent Tuesday evening: Wednesday 23 September; no zone stated.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=ceo[1],
    )

    cand = ("Jana Hofer", "jana.hofer@posteo.example")
    ceo = ("Felix Rau", "felix@kiezkasse.example")
    sent = at(2026, 6, 29, 22, 5, BER)
    start = at(2026, 7, 1, 16, 0, BER, "Wed")
    body = (
        "Hi Jana,\n\ndanke für deine Mail! Klingt super, dass du dir das mit dem Payment-Team "
        "vorstellen kannst.\n\nPasst dir Mittwoch (1.7.) um 16 Uhr? Ich schick dir dann nen "
        "Meet-Link. Dauert max. ne halbe Stunde, ganz locker.\n\nLG Felix\n\n"
        "--\nFelix Rau · Gründer, Kiezkasse\n"
    )
    raw = mail(
        f"{fam}/4",
        body,
        sender=ceo,
        to=cand,
        subject="Re: Payment-Team",
        sent=sent,
        reply_to_key=f"{fam}/4-parent",
    )
    yield case(
        fam,
        "de_du_mittwoch_16_uhr",
        raw,
        "de",
        "Casual German: 'Mittwoch (1.7.) um 16 Uhr'; 'max. ne halbe Stunde' is an upper "
        "bound (no end); no zone.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=ceo[1],
    )

    cand = ("Noah Kim", "noah.kim@protonmail.example")
    ceo = ("Sasha Ilyin", "sasha@gridhaus.example")
    sent = at(2026, 8, 6, 19, 55, NY)
    body = (
        "Noah - really enjoyed today, thanks for taking the time.\n\nI'm going to loop in "
        "my cofounder Dev next week so you two can go deep on infra. He's out till Tuesday, so "
        "expect a note from him mid-week.\n\nTalk soon,\nSasha\n"
    )
    raw = mail(f"{fam}/5", body, sender=ceo, to=cand, subject="great chatting", sent=sent)
    yield case(
        fam,
        "en_great_chatting",
        raw,
        "en",
        "Founder's thank-you after the chat; 'next week' and 'Tuesday' are no slot.",
        "not_invitation",
    )

    cand = ("Aino Virtanen", "aino.virtanen@posti.example")
    ceo = ("Lauri Heikkilä", "lauri@saunasoft.example")
    sent = at(2026, 5, 11, 10, 15, "Europe/Helsinki")
    start = at(2026, 5, 14, 14, 0, "Europe/Helsinki", "Thu")
    body = (
        "Moi Aino!\n\nKiitos hakemuksesta, näytti hyvältä. Sopisiko torstaina 14.5. klo 14 "
        "lyhyt puhelu? Soitan Teamsilla, kestää noin puoli tuntia.\n\nTerveisin\nLauri\n"
        "SaunaSoft Oy\n"
    )
    raw = mail(f"{fam}/6", body, sender=ceo, to=cand, subject="Hakemuksesi", sent=sent)
    yield case(
        fam,
        "fi_torstaina_klo_14",
        raw,
        "fi",
        "Finnish: 'torstaina 14.5. klo 14' (day.month., 'klo'); 'noin puoli tuntia' is "
        "approximate; no zone.",
        "invitation",
        times=timed(start, sent=sent),
        company="SaunaSoft Oy",
        organizer_email=ceo[1],
    )

    cand = ("Elin Sjöberg", "elin.sjoberg@brevlada.example")
    ceo = ("Viktor Lund", "viktor@molnbyran.example")
    sent = at(2026, 11, 2, 8, 30, "Europe/Stockholm")
    start = at(2026, 11, 3, 15, 0, "Europe/Stockholm", "Tue")
    body = (
        "Hej Elin!\n\nTack för ett bra första samtal. Kan vi ta nästa steg i morgon, tisdag "
        "3/11, kl. 15 svensk tid? Jag bjuder in vår CTO också. Vi kör på Meet: "
        "https://meet.google.com/mbn-xqtd-vla\n\nHälsningar\nViktor\nMolnbyrån AB\n"
    )
    raw = mail(f"{fam}/7", body, sender=ceo, to=cand, subject="Nästa steg", sent=sent)
    yield case(
        fam,
        "sv_svensk_tid",
        raw,
        "sv",
        "Swedish: 'i morgon, tisdag 3/11, kl. 15 svensk tid' (day/month); 'svensk tid' "
        "names Europe/Stockholm.",
        "invitation",
        times=timed(start, zone="Europe/Stockholm"),
        company="Molnbyrån AB",
        meeting_url="https://meet.google.com/mbn-xqtd-vla",
        organizer_email=ceo[1],
    )


# --------------------------------------------------------------------------------------
# academic: faculty search committees


@family(
    "Campus-visit itineraries as described in public faculty-hiring guides (Kalamazoo "
    "College provost's search procedures, PSU CLAS hiring procedures, the ceball 'On-Campus "
    "Itinerary' sample) and r/AskAcademia threads; German Berufungsverfahren "
    "'Probevortrag ... s.t.' invitations as posted on university sites."
)
def academic() -> Iterator[Case]:
    fam = "academic"
    cand = ("Dr. Helena Ortiz", "h.ortiz@univmail.example")
    chair = ("Prof. Graham Whitcombe", "gwhitcombe@ashford-state.example")
    sent = at(2026, 2, 20, 14, 3, NY)
    start = at(2026, 3, 2, 7, 45, NY, "Mon")
    body = (
        "Dear Dr. Ortiz,\n\nWe are delighted that you will visit Ashford State for the "
        "Assistant Professor of Hydrology position. Your campus visit: schedule below. All "
        "times are Eastern.\n\nMonday, March 2\n"
        "  7:45 am    Pick-up at the Riverside Inn lobby (Prof. Whitcombe)\n"
        "  8:30 am    Breakfast meeting with the search committee, Faculty Club\n"
        "  10:00 am   Meeting with the Department Chair, Hale Hall 301\n"
        "  11:00 am   Teaching demonstration (GEOS 210), Hale Hall 112\n"
        "  12:15 pm   Lunch with graduate students\n"
        "  2:00 pm    Research seminar, Lister Auditorium\n"
        "  3:30 pm    Dean Okonkwo\n"
        "  6:30 pm    Dinner with committee\n\n"
        "Tuesday, March 3\n  8:00 am    Exit interview with the chair; airport shuttle at 10\n\n"
        "Please send the title of your seminar by Wednesday. Do let me know about any dietary "
        "needs.\n\nWarm regards,\nGraham Whitcombe\nChair, Hydrology Search Committee\n"
    )
    raw = mail(
        f"{fam}/1",
        body,
        sender=chair,
        to=cand,
        subject="Your campus visit: schedule below",
        sent=sent,
    )
    yield case(
        fam,
        "en_campus_visit_itinerary",
        raw,
        "en",
        "Two-day itinerary 'All times are Eastern'; the first slot is the 7:45 am pick-up "
        "on Monday 2 March (EST, the US change is 8 March); no end for a visit.",
        "invitation",
        times=timed(start),
        organizer_email=chair[1],
    )

    cand = ("Dr. Ravi Menon", "ravi.menon@scholarmail.example")
    chair = ("Assoc. Prof. Kate Lindsay", "kate.lindsay@harbourcity.edu.example")
    sent = at(2026, 2, 10, 12, 0, SYD)
    start = at(2026, 2, 19, 10, 15, SYD, "Thu")
    body = (
        "Dear Dr Menon,\n\nOn behalf of the selection committee for the Lecturer in Marine "
        "Ecology (Level B), I am pleased to invite you to a first-round interview via Zoom on "
        "Thursday 19 February 2026 at 10:15am AEDT (Sydney time). The interview will run for "
        "30 minutes and will be followed by a short presentation at the second round, should "
        "you progress.\n\nZoom: https://harbourcity.zoom.us/j/84213377651\n\nIf you are "
        "overseas, please double-check the conversion; Sydney is on daylight saving time until "
        "early April.\n\nKind regards,\nKate Lindsay\nSchool of Life Sciences\n"
    )
    raw = mail(
        f"{fam}/2",
        body,
        sender=chair,
        to=cand,
        subject="Lecturer in Marine Ecology - interview invitation",
        sent=sent,
    )
    yield case(
        fam,
        "en_zoom_aedt_sydney",
        raw,
        "en",
        "'10:15am AEDT (Sydney time)' in the southern summer (+11:00); 'for 30 minutes' "
        "gives the end; Sydney time names the zone.",
        "invitation",
        times=timed(start, start + timedelta(minutes=30), zone=SYD),
        meeting_url="https://harbourcity.zoom.us/j/84213377651",
        organizer_email=chair[1],
    )

    cand = ("Dr. Miriam Kessler", "m.kessler@forschung.example")
    chair = ("Prof. Dr. Anselm Brück", "anselm.brueck@uni-elbtal.example")
    sent = at(2026, 3, 23, 9, 40, BER)
    start = at(2026, 4, 14, 13, 0, BER, "Tue")
    body = (
        "Sehr geehrte Frau Dr. Kessler,\n\nim Namen der Berufungskommission für die W2-Professur "
        "„Computational Linguistics“ lade ich Sie herzlich zu einem Probevortrag mit "
        "anschließendem Kommissionsgespräch ein.\n\nTermin: Dienstag, 14. April 2026, 13:00 Uhr "
        "(s.t.)\nOrt: Hörsaal 3, Gebäude C2, Universitätsplatz 1\n\nAblauf:\n"
        "13:00 – 13:30  Probevortrag (hochschulöffentlich)\n"
        "13:30 – 13:45  Diskussion\n"
        "14:15 – 15:00  Gespräch mit der Kommission\n\nReisekosten werden nach dem "
        "Landesreisekostengesetz erstattet.\n\nMit freundlichen Grüßen\nAnselm Brück\n"
        "Vorsitzender der Berufungskommission\n"
    )
    raw = mail(
        f"{fam}/3", body, sender=chair, to=cand, subject="Einladung zum Probevortrag", sent=sent
    )
    yield case(
        fam,
        "de_probevortrag_st",
        raw,
        "de",
        "Berufungskommission: 'Dienstag, 14. April 2026, 13:00 Uhr (s.t.)' then a "
        "schedule; the first slot starts at 13:00; the event as a whole has no single "
        "end; no zone (the mail is sent just before the 29 March change, Date +01:00).",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=chair[1],
    )

    cand = ("Dr. Helena Ortiz", "h.ortiz@univmail.example")
    chair = ("Prof. Graham Whitcombe", "gwhitcombe@ashford-state.example")
    sent = at(2026, 4, 17, 10, 12, NY)
    body = (
        "Dear Dr. Ortiz,\n\nThank you again for visiting us on March 2-3; the committee enjoyed "
        "your seminar very much. I'm writing to let you know that the search has concluded and "
        "the position has been offered to, and accepted by, another candidate.\n\nWe wish you "
        "every success.\n\nGraham Whitcombe\n"
    )
    raw = mail(f"{fam}/4", body, sender=chair, to=cand, subject="Hydrology search", sent=sent)
    yield case(
        fam,
        "en_search_concluded",
        raw,
        "en",
        "Outcome after the visit, naming the past visit dates.",
        "not_invitation",
    )

    cand = ("Ing. Petra Horáková", "petra.horakova@seznam.example")
    chair = ("doc. Ing. Martin Dvořák, Ph.D.", "dvorak@fsv.vut-brno.example")
    sent = at(2026, 5, 12, 14, 30, "Europe/Prague")
    start = at(2026, 5, 20, 10, 0, "Europe/Prague", "Wed")
    body = (
        "Vážená paní inženýrko,\n\nděkujeme za Vaši přihlášku do výběrového řízení na místo "
        "odborné asistentky Ústavu geotechniky. Dovolujeme si Vás pozvat k pohovoru, který se "
        "uskuteční ve středu 20. května 2026 v 10:00 hodin v zasedací místnosti děkanátu "
        "(budova A, 2. patro).\n\nSoučástí pohovoru bude krátká prezentace (10 minut) Vaší "
        "dosavadní vědecké činnosti.\n\nS pozdravem\nMartin Dvořák\npředseda výběrové komise\n"
    )
    raw = mail(
        f"{fam}/5",
        body,
        sender=chair,
        to=cand,
        subject="Pozvánka k pohovoru – výběrové řízení",
        sent=sent,
    )
    yield case(
        fam,
        "cs_pozvanka_pohovor",
        raw,
        "cs",
        "Czech: 've středu 20. května 2026 v 10:00 hodin'; the 10 minutes are the talk, "
        "not the interview (no end); no zone.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=chair[1],
    )

    cand = ("Dr. Nikos Papadakis", "n.papadakis@mailbox.example")
    chair = ("Καθ. Ελένη Σταματίου", "estamatiou@panepistimio.example")
    sent = at(2026, 5, 28, 12, 0, "Europe/Athens")
    start = at(2026, 6, 9, 11, 0, "Europe/Athens", "Tue")
    body = (
        "Αγαπητέ κ. Παπαδάκη,\n\nΣας ενημερώνουμε ότι η συνέντευξή σας για τη θέση Επίκουρου "
        "Καθηγητή στο Τμήμα Πληροφορικής θα πραγματοποιηθεί την Τρίτη 9 Ιουνίου 2026, ώρα "
        "11:00 (ώρα Ελλάδας), μέσω Zoom.\n\nΣύνδεσμος: https://zoom.us/j/93017755120\n\n"
        "Διάρκεια: 45 λεπτά.\n\nΜε εκτίμηση,\nΕλένη Σταματίου\nΠρόεδρος Επιτροπής Επιλογής\n"
    )
    raw = mail(
        f"{fam}/6", body, sender=chair, to=cand, subject="Πρόσκληση σε συνέντευξη", sent=sent
    )
    yield case(
        fam,
        "el_ora_elladas",
        raw,
        "el",
        "Greek: 'την Τρίτη 9 Ιουνίου 2026, ώρα 11:00 (ώρα Ελλάδας)', 'Διάρκεια: 45 λεπτά'; "
        "'Greek time' names Europe/Athens.",
        "invitation",
        times=timed(start, start + timedelta(minutes=45), zone="Europe/Athens"),
        meeting_url="https://zoom.us/j/93017755120",
        organizer_email=chair[1],
    )

    cand = ("Dr. Aisha Bello", "aisha.bello@research.example")
    chair = ("Prof. Daniel Ferreira", "dferreira@lakeshore-college.example")
    sent = at(2026, 1, 27, 16, 0, CHI)
    body = (
        "Dear Dr. Bello,\n\nI'm pleased to invite you to campus for the Visiting Assistant "
        "Professor of Statistics search. We are holding visits on February 16-17 or February "
        "23-24; could you let me know which pair of days suits you? Our administrative "
        "assistant, Ms. Hale, will then book flights and send a detailed itinerary.\n\n"
        "Best wishes,\nDaniel Ferreira\n"
    )
    raw = mail(f"{fam}/7", body, sender=chair, to=cand, subject="Campus visit", sent=sent)
    yield case(
        fam,
        "en_visit_dates_to_choose",
        raw,
        "en",
        "Invitation to a campus visit with two date ranges to choose from and no time: "
        "a pick-a-slot mail.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# panel: multi-interviewer loops


@family(
    "Interview-loop schedules as candidates post them in public Q&A threads (Blind/"
    "r/cscareerquestions 'onsite schedule' posts, Workplace Stack Exchange) and as recruiters "
    "describe them in public hiring guides: a date, then one line per interviewer."
)
def panel() -> Iterator[Case]:
    fam = "panel"
    cand = ("Marta Quinn", "marta.quinn@inbox.example")
    coord = ("Jordan Avery", "jordan.avery@lumenforge.example")
    sent = at(2026, 4, 15, 11, 25, LA)
    start = at(2026, 4, 22, 9, 30, LA, "Wed")
    body = (
        "Hi Marta,\n\nHere is your virtual onsite for the Senior Backend Engineer role on "
        "Wed, Apr 22 (all times PT):\n\n"
        "  9:30 - 10:15   Coding - Dmitri Volkov\n"
        "  10:30 - 11:15  System design - Hannah Cho\n"
        "  11:15 - 12:00  Break / lunch\n"
        "  12:00 - 12:45  Behavioral - Tariq Mensah\n"
        "  1:00 - 1:45    Hiring manager - Olivia Brandt\n\n"
        "Each session has its own Zoom link in the calendar invites I just sent. Good luck!\n\n"
        "Jordan\nRecruiting Coordinator, Lumenforge\n"
    )
    raw = mail(
        f"{fam}/1",
        body,
        sender=coord,
        to=cand,
        subject="Your interview schedule - Lumenforge",
        sent=sent,
    )
    yield case(
        fam,
        "en_loop_four_sessions_pt",
        raw,
        "en",
        "Loop of four sessions 'all times PT'; the start is the first item (9:30 PDT); "
        "the loop's end is not stated as such (no end).",
        "invitation",
        times=timed(start),
        company="Lumenforge",
        role="Senior Backend Engineer",
        organizer_email=coord[1],
    )

    cand = ("Stefan Ulrich", "stefan.ulrich@gmx.example")
    coord = ("Katrin Vogt", "katrin.vogt@rheintal-maschinenbau.example")
    sent = at(2026, 4, 28, 15, 0, BER)
    start = at(2026, 5, 5, 10, 0, BER, "Tue")
    body = (
        "Sehr geehrter Herr Ulrich,\n\nwie besprochen erhalten Sie hier den Ablauf für Ihren "
        "Gesprächstag am Dienstag, 5. Mai (MESZ):\n\n"
        "10:00 Uhr  Fachgespräch mit Herrn Sommer (Konstruktion)\n"
        "11:00 Uhr  Gespräch mit der Teamleitung, Frau Yilmaz\n"
        "12:00 Uhr  Mittagessen in der Kantine\n"
        "13:00 Uhr  Abschlussgespräch HR\n\nBitte melden Sie sich um 9:50 Uhr am Empfang.\n\n"
        "Mit freundlichen Grüßen\nKatrin Vogt\nPersonalabteilung\n"
    )
    raw = mail(
        f"{fam}/2", body, sender=coord, to=cand, subject="Ablauf Ihres Gesprächstags", sent=sent
    )
    yield case(
        fam,
        "de_gespraechstag_mesz",
        raw,
        "de",
        "Four items, first at '10:00 Uhr'; 'um 9:50 Uhr am Empfang' is the arrival, not "
        "the meeting; MESZ is an offset abbreviation (no timezone).",
        "invitation",
        times=timed(start),
        organizer_email=coord[1],
    )

    cand = ("Camille Roux", "camille.roux@laposte.example")
    coord = ("Sophie Garnier", "s.garnier@atelier-verrier.example")
    sent = at(2026, 6, 2, 10, 30, PAR)
    start = at(2026, 6, 11, 9, 30, PAR, "Thu")
    body = (
        "Bonjour Camille,\n\nVoici le déroulé de votre journée d'entretiens du jeudi 11 juin "
        "(heure de Paris) :\n\n"
        "- 9 h 30 : accueil et café avec Julien (responsable d'atelier)\n"
        "- 10 h 00 : entretien technique avec Mme Perrin et M. Haddad\n"
        "- 11 h 15 : mise en situation\n"
        "- 12 h 30 : déjeuner avec l'équipe\n\nAdresse : 14 rue des Verriers, 69003 Lyon.\n\n"
        "Bien cordialement,\nSophie Garnier\nRessources humaines\n"
    )
    raw = mail(
        f"{fam}/3",
        body,
        sender=coord,
        to=cand,
        subject="Votre journée d'entretiens du 11 juin",
        sent=sent,
    )
    yield case(
        fam,
        "fr_journee_heure_de_paris",
        raw,
        "fr",
        "French loop '9 h 30 : accueil', '10 h 00 : entretien'; the first item is the "
        "start; 'heure de Paris' names Europe/Paris.",
        "invitation",
        times=timed(start, zone=PAR),
        organizer_email=coord[1],
    )

    cand = ("佐藤 健", "ken.sato@mail.example")
    coord = ("採用担当 山本", "saiyo@hoshizora-tech.example")
    sent = at(2026, 6, 10, 17, 0, "Asia/Tokyo")
    start = at(2026, 6, 18, 13, 0, "Asia/Tokyo", "Thu")
    body = (
        "佐藤 健 様\n\nお世話になっております。星空テクノロジー採用担当の山本です。\n"
        "面接日程が確定しましたのでご連絡いたします。\n\n"
        "日時：2026年6月18日（木）\n"
        "  13:00〜13:30 一次面接（人事）\n"
        "  13:45〜14:30 技術面接（開発部 田中）\n"
        "  14:45〜15:15 役員面接\n"
        "時間はすべて日本時間です。\n\n当日はこちらのURLからご参加ください。\n"
        "https://meet.google.com/hsz-ktnq-rmb\n\nよろしくお願いいたします。\n山本\n"
    )
    raw = mail(
        f"{fam}/4",
        body,
        sender=coord,
        to=cand,
        subject="【面接日程のご案内】星空テクノロジー",
        sent=sent,
    )
    yield case(
        fam,
        "ja_three_rounds_nihon_jikan",
        raw,
        "ja",
        "Japanese loop of three rounds; the first starts 13:00; '日本時間' names Asia/Tokyo; "
        "the loop's end (15:15) is not stated as the meeting's end.",
        "invitation",
        times=timed(start, zone="Asia/Tokyo"),
        meeting_url="https://meet.google.com/hsz-ktnq-rmb",
        organizer_email=coord[1],
    )

    cand = ("Ben Okoro", "ben.okoro@inbox.example")
    coord = ("Lisa Tran", "lisa.tran@quarryline.example")
    sent = at(2026, 5, 1, 9, 0, DEN)
    body = (
        "Hi Ben,\n\nThe team would love to move you to the final round! We're putting together "
        "a panel (engineering, product and our VP) for the week of the 11th. Our coordinator "
        "will send you a few time options in the next couple of days; each block is about "
        "3 hours.\n\nThanks,\nLisa\n"
    )
    raw = mail(f"{fam}/5", body, sender=coord, to=cand, subject="Final round", sent=sent)
    yield case(
        fam,
        "en_panel_week_of_options_later",
        raw,
        "en",
        "Panel announced for 'the week of the 11th', times to follow.",
        "not_invitation",
    )

    cand = ("이서연", "seoyeon.lee@mail.example")
    coord = ("한빛소프트 인사팀", "recruit@hanbit-soft.example")
    sent = at(2026, 6, 30, 10, 0, "Asia/Seoul")
    start = at(2026, 7, 7, 14, 0, "Asia/Seoul", "Tue")
    body = (
        "이서연 님, 안녕하세요.\n한빛소프트 인사팀입니다.\n\n"
        "면접 일정을 아래와 같이 안내드립니다.\n\n"
        "- 일시: 2026년 7월 7일(화)\n"
        "  오후 2시 실무진 면접 (40분)\n"
        "  오후 3시 임원 면접 (30분)\n"
        "- 장소: 서울 강남구 테헤란로 231, 12층\n- 시간은 모두 한국 시간 기준입니다.\n\n"
        "감사합니다.\n"
    )
    raw = mail(
        f"{fam}/6", body, sender=coord, to=cand, subject="[한빛소프트] 면접 일정 안내", sent=sent
    )
    yield case(
        fam,
        "ko_two_rounds_hanguk_sigan",
        raw,
        "ko",
        "Korean: '오후 2시 실무진 면접 (40분)' then '오후 3시 임원 면접'; the start is the first "
        "round; '한국 시간' names Asia/Seoul.",
        "invitation",
        times=timed(start, zone="Asia/Seoul"),
        organizer_email=coord[1],
    )


# --------------------------------------------------------------------------------------
# confirm: candidates confirming a slot


@family(
    "Candidate confirmation mails in the shape given by public career-advice pages and "
    "templates (prescreen.io 'email templates confirming interview', climbtheladder.com 'how "
    "to confirm an interview via email'): thanks, the restated date/time/format, a phone "
    "number; replies written above the quoted recruiter mail."
)
def confirm() -> Iterator[Case]:
    fam = "confirm"
    cand = ("Grace Holloway", "grace.holloway@inbox.example")
    rec = ("Derek Mills", "derek.mills@copperleaf-ins.example")
    sent = at(2026, 1, 21, 17, 5, NY)
    start = later(sent, 1, 14, 0, NY, "Thu")
    body = (
        "Hi Derek,\n\nConfirming our call tomorrow at 2pm EST for the Claims Operations Lead "
        "role. I'll dial in on the number you shared (+1 646 555 0188, code 4471#).\n\n"
        "If anything changes, my cell is 917-555-0122.\n\nThanks, and talk soon,\nGrace\n"
    )
    raw = mail(
        f"{fam}/1", body, sender=cand, to=rec, subject="Confirming tomorrow's call", sent=sent
    )
    yield case(
        fam,
        "en_new_mail_tomorrow_est",
        raw,
        "en",
        "A new mail from the candidate confirming an agreed slot: 'tomorrow at 2pm EST' "
        "sent on Wednesday 21 January; EST is an offset abbreviation.",
        "invitation",
        times=timed(start),
        role="Claims Operations Lead",
    )

    cand = ("Owen Barrett", "owen.barrett@mailbox.example")
    rec = ("Harriet Cole", "harriet.cole@northgate-foods.example")
    rec_sent = at(2026, 2, 16, 9, 14, LON)
    start = at(2026, 2, 18, 11, 0, LON, "Wed")
    quoted = (
        "Hi Owen,\n\nThanks for applying for the Category Buyer role. Would Wednesday 18 "
        "February at 11:00 GMT suit you for a 30-minute phone interview with me?\n\n"
        "Best,\nHarriet\nNorthgate Foods"
    )
    body = (
        "Hi Harriet,\n\nThat works for me - speak to you then!\n\nOwen\n\n"
        f"On Mon, 16 Feb 2026 at 09:14, Harriet Cole <{rec[1]}> wrote:\n{quote(quoted)}\n"
    )
    raw = mail(
        f"{fam}/2",
        body,
        sender=cand,
        to=rec,
        subject="Re: Category Buyer - phone interview",
        sent=rec_sent + timedelta(hours=1, minutes=3),
        reply_to_key=f"{fam}/2-parent",
    )
    yield case(
        fam,
        "en_reply_quoting_recruiter",
        raw,
        "en",
        "Candidate's one-line acceptance above the quoted proposal: the slot is the "
        "recruiter's ('Wednesday 18 February at 11:00 GMT', 30 minutes). Whether an "
        "acceptance counts as an invitation is policy, so kind is not labelled.",
        None,
        times=timed(start, start + timedelta(minutes=30)),
        company="Northgate Foods",
        role="Category Buyer",
    )

    cand = ("Lucía Martín", "lucia.martin@correo.example")
    rec = ("Departamento de Selección", "seleccion@aceitunas-delsur.example")
    sent = at(2026, 6, 3, 18, 20, MAD)
    start = at(2026, 6, 9, 10, 0, MAD, "Tue")
    body = (
        "Buenas tardes:\n\nLes confirmo mi asistencia a la entrevista para el puesto de Técnica "
        "de Calidad el martes 9 de junio a las 10 h (hora peninsular) en sus oficinas de "
        "Jaén.\n\nMuchas gracias por la oportunidad.\n\nUn saludo,\nLucía Martín\n"
        "Tel. 612 555 019\n"
    )
    raw = mail(
        f"{fam}/3", body, sender=cand, to=rec, subject="Confirmación de entrevista", sent=sent
    )
    yield case(
        fam,
        "es_confirmo_asistencia",
        raw,
        "es",
        "The candidate's own confirmation: 'el martes 9 de junio a las 10 h (hora peninsular)'.",
        "invitation",
        times=timed(start, zone=MAD),
        role="Técnica de Calidad",
    )

    cand = ("Giulia Ferri", "giulia.ferri@posta.example")
    rec = ("Andrea Conti", "andrea.conti@vetreria-lagunare.example")
    sent = at(2026, 4, 13, 8, 50, "Europe/Rome")
    start = at(2026, 4, 16, 15, 0, "Europe/Rome", "Thu")
    body = (
        "Gentile Dott. Conti,\n\nle scrivo per confermare il colloquio di giovedì 16 aprile "
        "alle 15:00 presso la vostra sede di Murano. Porterò con me il portfolio stampato.\n\n"
        "Cordiali saluti,\nGiulia Ferri\n"
    )
    raw = mail(f"{fam}/4", body, sender=cand, to=rec, subject="Conferma colloquio 16/04", sent=sent)
    yield case(
        fam,
        "it_conferma_colloquio",
        raw,
        "it",
        "Italian confirmation 'giovedì 16 aprile alle 15:00', no zone.",
        "invitation",
        times=timed(start, sent=sent),
    )

    cand = ("Rafael Souza", "rafael.souza@email.example")
    rec = ("Beatriz Lima", "beatriz.lima@cafe-serrano.example")
    rec_sent = at(2026, 7, 10, 9, 0, "America/Sao_Paulo")
    quoted = (
        "Olá Rafael,\n\nConfirmado: entrevista na quarta-feira, 15/07, às 14h (horário de "
        "Brasília), pelo Google Meet.\n\nAbs,\nBeatriz"
    )
    sent = at(2026, 7, 15, 16, 10, "America/Sao_Paulo")
    body = (
        "Oi Beatriz,\n\nMuito obrigado pela conversa de hoje! Gostei muito de conhecer a equipe "
        "e fico no aguardo dos próximos passos.\n\nAbraço,\nRafael\n\n"
        f"Em sex., 10 de jul. de 2026 às 09:00, Beatriz Lima <{rec[1]}> escreveu:\n"
        f"{quote(quoted)}\n"
    )
    raw = mail(
        f"{fam}/5",
        body,
        sender=cand,
        to=rec,
        subject="Re: Entrevista - Café Serrano",
        sent=sent,
        reply_to_key=f"{fam}/5-parent",
    )
    del rec_sent
    yield case(
        fam,
        "pt_obrigado_apos_entrevista",
        raw,
        "pt-BR",
        "Thank-you note after the interview, sent the same afternoon; the slot is only "
        "in the quoted confirmation.",
        "not_invitation",
    )

    cand = ("Ingrid Solheim", "ingrid.solheim@epost.example")
    rec = ("Henrik Aas", "henrik.aas@fjordkraft-energi.example")
    sent = at(2026, 5, 18, 7, 45, "Europe/Oslo")
    start = at(2026, 5, 22, 13, 0, "Europe/Oslo", "Fri")
    body = (
        "Hei Henrik,\n\nTakk for hyggelig telefonsamtale i går. Jeg bekrefter intervjuet "
        "fredag 22. mai kl. 13.00 på Teams, og ser frem til å møte teamet.\n\n"
        "Vennlig hilsen\nIngrid Solheim\n"
    )
    raw = mail(f"{fam}/6", body, sender=cand, to=rec, subject="Bekreftelse intervju", sent=sent)
    yield case(
        fam,
        "nb_bekrefter_kl_13_00",
        raw,
        "nb",
        "Norwegian confirmation: 'fredag 22. mai kl. 13.00' (dot as time separator); no zone.",
        "invitation",
        times=timed(start, sent=sent),
    )

    cand = ("Wei Ling Tan", "weiling.tan@mail.example")
    rec = ("Alistair Grant", "alistair.grant@thamesbridge-capital.example")
    sent = at(2026, 10, 29, 20, 15, "Asia/Singapore")
    start = at(2026, 11, 3, 9, 0, LON, "Tue")
    body = (
        "Dear Alistair,\n\nThank you for the invitation. Confirming Tuesday 3 November at "
        "9:00 your time, which is 17:00 for me in Singapore. I'll join via the Teams link in "
        "your calendar invite.\n\nBest regards,\nWei Ling\n"
    )
    raw = mail(
        f"{fam}/7", body, sender=cand, to=rec, subject="Interview confirmation - 3 Nov", sent=sent
    )
    yield case(
        fam,
        "en_your_time_and_singapore",
        raw,
        "en",
        "'9:00 your time, which is 17:00 for me in Singapore': the instant is pinned by "
        "the Singapore time (London is back on GMT after 25 Oct); which zone the meeting "
        "lives in is not clear, so no timezone label.",
        "invitation",
        times=timed(start),
    )
    assert start.astimezone(ZoneInfo("Asia/Singapore")).hour == 17


# --------------------------------------------------------------------------------------
# nego: threads that settle on a time


@family(
    "Back-and-forth scheduling threads with the newest message on top and older proposals "
    "quoted below, as preserved in public list archives (lists.debian.org debconf-team 'Setting "
    "a meeting time' threads, lists.freebsd.org 'Dates for inaugural call')."
)
def nego() -> Iterator[Case]:
    fam = "nego"
    cand = ("Kevin Osei", "kevin.osei@inbox.example")
    rec = ("Rachel Byrne", "rachel.byrne@prairiewind.example")
    sent = at(2026, 6, 16, 15, 20, CHI)
    start = at(2026, 6, 18, 10, 30, CHI, "Thu")
    q2 = (
        "Hi Rachel, unfortunately Wednesday afternoon doesn't work on my side. Could we do "
        "Thursday morning instead? Anything from 9 to 12 CT is fine.\n\nKevin"
    )
    q1 = "Hi Kevin,\n\nHow about Wed 6/17 at 2pm CT for the hiring manager conversation?\n\nRachel"
    body = (
        "Thursday 10:30 CT it is - I just sent the calendar invite with the Zoom link. You'll "
        "meet Sam Patel for 45 minutes.\n\nRachel\n\n"
        f"On Tue, Jun 16, 2026 at 11:02 AM Kevin Osei <{cand[1]}> wrote:\n{quote(q2)}\n>\n"
        f"> On Mon, Jun 15, 2026 at 4:40 PM Rachel Byrne <{rec[1]}> wrote:\n"
        f"{quote(quote(q1))}\n"
    )
    raw = mail(
        f"{fam}/1",
        body,
        sender=rec,
        to=cand,
        subject="Re: Hiring manager chat",
        sent=sent,
        reply_to_key=f"{fam}/1-parent",
    )
    yield case(
        fam,
        "en_thursday_it_is",
        raw,
        "en",
        "Newest message settles on 'Thursday 10:30 CT' (18 June) for 45 minutes; the "
        "quoted Wed 6/17 2pm proposal was declined.",
        "invitation",
        times=timed(start, start + timedelta(minutes=45)),
        organizer_email=rec[1],
    )

    cand = ("Miriam Özdemir", "miriam.oezdemir@web.example")
    rec = ("Jens Hartmann", "j.hartmann@nordlicht-software.example")
    sent = at(2026, 9, 10, 12, 5, BER)
    start = at(2026, 9, 16, 14, 0, BER, "Wed")
    old = at(2026, 9, 15, 10, 0, BER, "Tue")
    quoted = (
        "Hallo Frau Özdemir,\n\nhiermit bestätige ich unser Gespräch am Dienstag, 15.09., um "
        "10 Uhr.\n\nBeste Grüße\nJens Hartmann"
    )
    body = (
        "Hallo Frau Özdemir,\n\nleider muss ich unser Gespräch von Dienstag 10 Uhr auf Mittwoch, "
        "16.09., 14 Uhr verschieben, da unser CTO kurzfristig verreist. Ich hoffe, das passt "
        "Ihnen trotzdem?\n\nBeste Grüße\nJens Hartmann\n\n"
        f"Am 07.09.2026 um 16:31 schrieb Jens Hartmann <{rec[1]}>:\n{quote(quoted)}\n"
    )
    del old
    raw = mail(
        f"{fam}/2",
        body,
        sender=rec,
        to=cand,
        subject="Verschiebung: unser Gespräch",
        sent=sent,
        reply_to_key=f"{fam}/2-parent",
    )
    yield case(
        fam,
        "de_verschoben_auf_mittwoch",
        raw,
        "de",
        "'von Dienstag 10 Uhr auf Mittwoch, 16.09., 14 Uhr verschieben': a reschedule to "
        "the new slot; no zone.",
        "reschedule",
        times=timed(start, sent=sent),
        organizer_email=rec[1],
    )

    cand = ("Laura Jensen", "laura.jensen@mail.example")
    rec = ("Chris Doyle", "chris.doyle@elmstreet-media.example")
    sent = at(2026, 3, 18, 9, 40, NY)
    quoted = (
        "Hi Laura, could you do any of these? Thu 3/19 1pm ET, Fri 3/20 10am ET, Mon 3/23 "
        "4pm ET.\n\nChris"
    )
    body = (
        "Hi Chris,\n\nSorry - I'm travelling and none of those work for me after all. Could you "
        "send a few options for the week of the 30th?\n\nThanks,\nLaura\n\n"
        f"On Tue, Mar 17, 2026 at 5:12 PM Chris Doyle <{rec[1]}> wrote:\n{quote(quoted)}\n"
    )
    raw = mail(
        f"{fam}/3",
        body,
        sender=cand,
        to=rec,
        subject="Re: Scheduling",
        sent=sent,
        reply_to_key=f"{fam}/3-parent",
    )
    yield case(
        fam,
        "en_none_work_still_open",
        raw,
        "en",
        "Newest message declines all quoted options and asks for more: nothing agreed.",
        "not_invitation",
    )

    cand = ("Hugo Lefèvre", "hugo.lefevre@orange.example")
    rec = ("Claire Dumas", "claire.dumas@boulangeries-dumas.example")
    sent = at(2026, 6, 4, 17, 45, PAR)
    start = at(2026, 6, 8, 11, 0, PAR, "Mon")
    q2 = "Bonjour Claire, lundi matin m'irait mieux, vers 11 h si possible.\nHugo"
    q1 = "Bonjour Hugo, seriez-vous disponible vendredi 5 juin à 15 h ?\nClaire"
    body = (
        "Parfait, on garde donc lundi 8 juin à 11 h. Je vous envoie le lien Teams dans la "
        "foulée.\n\nBelle soirée,\nClaire\n\n"
        f"Le jeu. 4 juin 2026 à 16:58, Hugo Lefèvre <{cand[1]}> a écrit :\n{quote(q2)}\n>\n"
        f"> Le mer. 3 juin 2026 à 10:12, Claire Dumas <{rec[1]}> a écrit :\n{quote(quote(q1))}\n"
    )
    raw = mail(
        f"{fam}/4",
        body,
        sender=rec,
        to=cand,
        subject="RE: Entretien",
        sent=sent,
        reply_to_key=f"{fam}/4-parent",
    )
    yield case(
        fam,
        "fr_on_garde_lundi",
        raw,
        "fr",
        "'on garde donc lundi 8 juin à 11 h' above the quoted counter-proposal and the "
        "first proposal (vendredi 5 juin à 15 h); no zone.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=rec[1],
    )

    cand = ("Andrei Popescu", "andrei.popescu@posta.example")
    rec = ("Ioana Marinescu", "ioana.marinescu@carpatica-soft.example")
    sent = at(2026, 9, 11, 11, 30, "Europe/Bucharest")
    start = at(2026, 9, 17, 11, 0, "Europe/Bucharest", "Thu")
    quoted = (
        "Bună ziua, doamna Marinescu,\n\nMarți nu pot, dar joi dimineață sunt disponibil.\n\n"
        "Cu stimă,\nAndrei Popescu"
    )
    body = (
        "Bună ziua,\n\nPerfect, rămâne joi, 17 septembrie, la ora 11:00 (ora României). Vă "
        "trimit invitația pe Google Meet.\n\nO zi bună,\nIoana Marinescu\nCarpatica Soft\n\n"
        f"În vin., 11 sept. 2026 la 09:54, Andrei Popescu <{cand[1]}> a scris:\n{quote(quoted)}\n"
    )
    raw = mail(
        f"{fam}/5",
        body,
        sender=rec,
        to=cand,
        subject="Re: Interviu Carpatica Soft",
        sent=sent,
        reply_to_key=f"{fam}/5-parent",
    )
    yield case(
        fam,
        "ro_ramane_joi_ora_romaniei",
        raw,
        "ro",
        "Romanian: 'rămâne joi, 17 septembrie, la ora 11:00 (ora României)'; 'ora "
        "României' names Europe/Bucharest.",
        "invitation",
        times=timed(start, zone="Europe/Bucharest"),
        company="Carpatica Soft",
        organizer_email=rec[1],
    )

    cand = ("Kovács Eszter", "kovacs.eszter@freemail.example")
    rec = ("Nagy Bence", "nagy.bence@dunaparti-logisztika.example")
    sent = at(2026, 10, 22, 14, 0, "Europe/Budapest")
    start = at(2026, 10, 27, 10, 0, "Europe/Budapest", "Tue")
    quoted = "Kedves Bence!\n\nA jövő hét kedd vagy szerda délelőtt jó lenne nekem.\n\nEszter"
    body = (
        "Kedves Eszter!\n\nRendben, akkor kedden (október 27.) 10 órakor várjuk az irodánkban "
        "(Váci út 81., 4. emelet).\n\nÜdvözlettel:\nNagy Bence\n\n"
        f"Kovács Eszter <{cand[1]}> ezt írta (időpont: 2026. okt. 21., Sze, 19:03):\n"
        f"{quote(quoted)}\n"
    )
    raw = mail(
        f"{fam}/6",
        body,
        sender=rec,
        to=cand,
        subject="Re: Interjú időpont",
        sent=sent,
        reply_to_key=f"{fam}/6-parent",
    )
    yield case(
        fam,
        "hu_kedden_10_orakor_dst_end",
        raw,
        "hu",
        "Hungarian 'kedden (október 27.) 10 órakor', sent on 22 October in CEST for a "
        "slot after the 25 October change; no zone, so the label carries the Date: "
        "offset (+02:00) and only the wall time counts.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=rec[1],
    )


# --------------------------------------------------------------------------------------
# commcall: community / open-source call announcements forwarded by the user


@family(
    "Community-call announcements on public lists: lists.freebsd.org freebsd-desktop '[LDWG] "
    "Dates for inaugural call' ('10AM PT / 1PM ET / 6PM UTC', jitsi link, agenda), "
    "lists.debian.org debconf-team 'Committee meeting: Friday March 22, 17:00UTC', XMPP "
    "council logs ('Wednesdays at 16:00 UK time'), GNOME foundation-list meeting notices."
)
def commcall() -> Iterator[Case]:
    fam = "commcall"
    user = ("Nadia Haddad", "nadia.haddad@mailbox.example")
    poster = ("Arjun Mehta", "arjun.mehta@opentelemetry-wg.example")
    lst = ("Packaging WG", "packaging-wg@lists.opencollab.example")
    orig_sent = at(2026, 3, 12, 18, 3, "UTC")
    start = at(2026, 3, 17, 16, 0, "UTC", "Tue")
    la, ny, ber = (start.astimezone(ZoneInfo(z)) for z in (LA, NY, BER))
    body = (
        "Hi all,\n\nOur next working-group call is on Tuesday 17 March, 16:00 UTC "
        f"({short12(la)} PT / {short12(ny)} ET / "
        f"{ber:%H:%M} CET). Note that the US has already switched to summer time and Europe "
        "has not, so the gap is one hour smaller than usual this week.\n\n"
        "Jitsi: https://meet.jit.si/packaging-wg-monthly\n\nAgenda (edit freely):\n"
        "  1. Roll call\n  2. Lockfile format RFC, round 3\n  3. Mentoring programme: "
        "interview slots for applicants\n  4. AOB\n\nNotes pad: https://pad.opencollab.example/"
        "p/wg-2026-03\n\nSee you there,\nArjun\n"
    )
    assert (la.hour, ny.hour, ber.hour) == (9, 12, 17)
    raw = forward(
        f"{fam}/1",
        client="gmail",
        lang="en",
        user=user,
        org=poster,
        orig_to=lst,
        orig_sent=orig_sent,
        subject="[packaging-wg] Next call: Tue 17 March 16:00 UTC",
        body=body,
        note="The mentoring interviews are discussed at this call - please track it.",
        user_zone=BER,
    )
    yield case(
        fam,
        "en_fwd_gmail_wg_dst_gap",
        raw,
        "en",
        "Gmail forward of a list announcement in the week between the US (8 Mar) and EU "
        "(29 Mar) changes: '16:00 UTC (9am PT / 12pm ET / 17:00 CET)'.",
        "invitation",
        times=timed(start),
        meeting_url="https://meet.jit.si/packaging-wg-monthly",
        original_sender=poster[1],
    )

    user = ("Jakob Steiner", "jakob.steiner@posteo.example")
    poster = ("Verena Albrecht", "verena@fsfw-stammtisch.example")
    lst = ("Stammtisch-Liste", "stammtisch@lists.fsfw.example")
    orig_sent = at(2026, 4, 27, 20, 12, BER)
    start = at(2026, 5, 6, 19, 30, BER, "Wed")
    body = (
        "Hallo zusammen,\n\nder nächste Online-Stammtisch findet am Mittwoch, 6. Mai 2026, um "
        "19:30 Uhr (MESZ) statt. Thema: Wie kommt man als Quereinsteiger:in in "
        "Open-Source-Projekte – mit zwei kurzen Erfahrungsberichten.\n\nRaum: "
        "https://bbb.fsfw.example/b/ver-stm-x7q\n\nWie immer ohne Anmeldung. Bis dann!\nVerena\n"
    )
    raw = forward(
        f"{fam}/2",
        client="thunderbird",
        lang="de",
        user=user,
        org=poster,
        orig_to=lst,
        orig_sent=orig_sent,
        subject="[Stammtisch] Online-Treffen am 6. Mai",
        body=body,
    )
    yield case(
        fam,
        "de_fwd_thunderbird_stammtisch_mesz",
        raw,
        "de",
        "Thunderbird (de) forward: 'am Mittwoch, 6. Mai 2026, um 19:30 Uhr (MESZ)'.",
        "invitation",
        times=timed(start),
        meeting_url="https://bbb.fsfw.example/b/ver-stm-x7q",
        original_sender=poster[1],
    )

    user = ("Valeria Ruiz", "valeria.ruiz@correo.example")
    poster = ("Comunidad Datos Abiertos", "anuncios@datosabiertos-latam.example")
    lst = ("Lista de anuncios", "anuncios@lists.datosabiertos-latam.example")
    orig_sent = at(2026, 5, 14, 10, 0, "America/Mexico_City")
    start = at(2026, 5, 21, 17, 0, "UTC", "Thu")
    mx, md = start.astimezone(ZoneInfo("America/Mexico_City")), start.astimezone(ZoneInfo(MAD))
    body = (
        "¡Hola, comunidad!\n\nLa próxima llamada comunitaria será el jueves 21 de mayo a las "
        f"17:00 UTC ({mx:%H:%M} en Ciudad de México, {md:%H:%M} en Madrid). Hablaremos de la "
        "nueva API de catálogos y abriremos la convocatoria de mentorías.\n\nEnlace: "
        "https://meet.jit.si/datosabiertos-comunidad\n\n¡Les esperamos!\n"
    )
    raw = forward(
        f"{fam}/3",
        client="outlook",
        lang="es",
        user=user,
        org=poster,
        orig_to=lst,
        orig_sent=orig_sent,
        subject="Llamada comunitaria de mayo",
        body=body,
        user_zone="America/Mexico_City",
    )
    yield case(
        fam,
        "es_fwd_outlook_utc_cdmx",
        raw,
        "es",
        "Outlook (es) forward: '17:00 UTC (11:00 en Ciudad de México, 19:00 en Madrid)'; "
        "Mexico City has no DST since 2022; the UTC time is the anchor.",
        "invitation",
        times=timed(start),
        meeting_url="https://meet.jit.si/datosabiertos-comunidad",
        original_sender=poster[1],
    )

    user = ("Dewi Lestari", "dewi.lestari@surel.example")
    poster = ("Komunitas Python Bandung", "halo@pybandung.example")
    lst = ("Milis PyBandung", "milis@lists.pybandung.example")
    orig_sent = at(2026, 6, 5, 9, 2, "Asia/Jakarta")
    start = at(2026, 6, 13, 10, 0, "Asia/Jakarta", "Sat")
    body = (
        "Halo teman-teman,\n\nPertemuan komunitas bulan ini akan diadakan pada hari Sabtu, 13 "
        "Juni 2026 pukul 10.00 WIB secara daring. Ada sesi berbagi tentang persiapan wawancara "
        "kerja untuk developer pemula.\n\nTautan: https://meet.google.com/pyb-jnrd-kmx\n\n"
        "Salam,\nPanitia\n"
    )
    raw = forward(
        f"{fam}/4",
        client="apple",
        lang="en",
        user=user,
        org=poster,
        orig_to=lst,
        orig_sent=orig_sent,
        subject="[PyBandung] Pertemuan Juni",
        body=body,
        note="",
    )
    yield case(
        fam,
        "id_fwd_apple_wib",
        raw,
        "id",
        "Apple Mail forward (English UI) of an Indonesian announcement: 'Sabtu, 13 Juni "
        "2026 pukul 10.00 WIB' (dot as separator; WIB names Asia/Jakarta).",
        "invitation",
        times=timed(start, zone="Asia/Jakarta"),
        meeting_url="https://meet.google.com/pyb-jnrd-kmx",
        original_sender=poster[1],
    )

    user = ("Олена Коваль", "olena.koval@poshta.example")
    poster = ("Спільнота відкритого коду", "info@vidkrytyi-kod.example")
    lst = ("Розсилка спільноти", "news@lists.vidkrytyi-kod.example")
    orig_sent = at(2026, 5, 28, 12, 30, "Europe/Kyiv")
    start = at(2026, 6, 4, 18, 0, "Europe/Kyiv", "Thu")
    body = (
        "Привіт усім!\n\nНаступна онлайн-зустріч спільноти відбудеться в четвер, 4 червня 2026 "
        "року, о 18:00 за київським часом. Поговоримо про менторство та підготовку до "
        "технічних співбесід.\n\nПосилання: https://meet.jit.si/vidkrytyi-kod-cherven\n\n"
        "До зустрічі!\n"
    )
    raw = forward(
        f"{fam}/5",
        client="gmail",
        lang="uk",
        user=user,
        org=poster,
        orig_to=lst,
        orig_sent=orig_sent,
        subject="Зустріч спільноти 4 червня",
        body=body,
        note="Переслати в Afterview.",
    )
    yield case(
        fam,
        "uk_fwd_gmail_kyiv_time",
        raw,
        "uk",
        "Gmail (uk) forward: 'в четвер, 4 червня 2026 року, о 18:00 за київським часом' "
        "('Kyiv time' names Europe/Kyiv).",
        "invitation",
        times=timed(start, zone="Europe/Kyiv"),
        meeting_url="https://meet.jit.si/vidkrytyi-kod-cherven",
        original_sender=poster[1],
    )

    user = ("Nadia Haddad", "nadia.haddad@mailbox.example")
    poster = ("OpenCollab Newsletter", "newsletter@opencollab.example")
    sent = at(2026, 4, 1, 8, 0, "UTC")
    body = (
        "OpenCollab monthly - April 2026\n\nUPCOMING\n"
        "* Apr 7, 16:00 UTC - Packaging WG call (jitsi link on the wiki)\n"
        "* Apr 15, 14:00 UTC - Docs sprint kickoff\n"
        "* Apr 23, 17:00 UTC - Mentoring programme: Q&A for applicants\n\nNEWS\n"
        "* 3.2 released; thanks to 41 contributors\n* We're hiring a part-time community "
        "manager - apply by April 30\n\nYou receive this because you subscribed at "
        "opencollab.example. Unsubscribe: https://opencollab.example/u/9f2c\n"
    )
    raw = mail(
        f"{fam}/6", body, sender=poster, to=user, subject="OpenCollab monthly - April", sent=sent
    )
    yield case(
        fam,
        "en_newsletter_several_events",
        raw,
        "en",
        "Monthly newsletter listing three events and a job ad: a newsletter.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# listreply: replies on lists discussing a meeting


@family(
    "Replies in public list archives (mail.gnome.org foundation-list minutes threads, "
    "lists.debian.org debconf-team 'Re: Setting a DC10 meeting time', lists.freebsd.org "
    "freebsd-desktop replies): quoted announcement, short reply about attending, notes, "
    "recordings or moving the slot."
)
def listreply() -> Iterator[Case]:
    fam = "listreply"
    user = ("Nadia Haddad", "nadia.haddad@mailbox.example")
    lst = ("Packaging WG", "packaging-wg@lists.opencollab.example")
    sent = at(2026, 3, 18, 9, 12, NY)
    who = ("Bruno Carvalho", "bruno.carvalho@devmail.example")
    quoted = "Our next working-group call is on Tuesday 17 March, 16:00 UTC (9am PT / 12pm ET)."
    body = (
        "Thanks to everyone who joined yesterday! The recording is up at "
        "https://video.opencollab.example/wg-2026-03 and I've cleaned up the notes pad.\n\n"
        "Action items are at the bottom of the pad.\n\nBruno\n\n"
        f"On 12/03/2026 18:03, Arjun Mehta wrote:\n{quote(quoted)}\n\n"
        "_______________________________________________\npackaging-wg mailing list\n"
        "https://lists.opencollab.example/mailman/listinfo/packaging-wg\n"
    )
    raw = mail(
        f"{fam}/1",
        body,
        sender=who,
        to=lst,
        subject="Re: [packaging-wg] Next call: Tue 17 March 16:00 UTC",
        sent=sent,
        reply_to_key=f"{fam}/1-parent",
        cc=user,
    )
    yield case(
        fam,
        "en_recording_after_call",
        raw,
        "en",
        "Reply after the call with the recording; the time is only in the quote.",
        "not_invitation",
    )

    sent = at(2026, 3, 16, 7, 30, "Asia/Kolkata")
    who = ("Meera Iyer", "meera.iyer@devmail.example")
    body = (
        "Hi Arjun,\n\nI can't make it tomorrow (it's 21:30 here and I have a family thing). "
        "Could someone take notes on item 3? I'll catch up from the pad.\n\nMeera\n\n"
        f"On Thu, Mar 12, 2026 at 11:33 PM Arjun Mehta wrote:\n{quote(quoted)}\n"
    )
    raw = mail(
        f"{fam}/2",
        body,
        sender=who,
        to=lst,
        subject="Re: [packaging-wg] Next call: Tue 17 March 16:00 UTC",
        sent=sent,
        reply_to_key=f"{fam}/1-parent",
        cc=user,
    )
    yield case(
        fam,
        "en_cant_make_it",
        raw,
        "en",
        "Apology for a future call, with a local time; a list reply, not an invitation.",
        "not_invitation",
    )

    user = ("Jakob Steiner", "jakob.steiner@posteo.example")
    lst = ("Stammtisch-Liste", "stammtisch@lists.fsfw.example")
    who = ("Matthias Krüger", "mkrueger@mailbox.example")
    sent = at(2026, 7, 2, 21, 40, BER)
    body = (
        "Hi,\n\nzur Terminfindung für das Sommertreffen: ich hätte Dienstag (7.7.) oder "
        "Mittwoch (8.7.) ab 18 Uhr Zeit, Donnerstag leider nicht. Vielleicht machen wir "
        "einfach eine Umfrage?\n\nGruß\nMatthias\n\n"
        "Am 01.07.26 um 19:02 schrieb Verena Albrecht:\n> Wann passt es euch im Juli?\n"
    )
    raw = mail(
        f"{fam}/3",
        body,
        sender=who,
        to=lst,
        subject="Re: [Stammtisch] Sommertreffen",
        sent=sent,
        reply_to_key=f"{fam}/3-parent",
        cc=user,
    )
    yield case(
        fam,
        "de_terminfindung_verfuegbarkeit",
        raw,
        "de",
        "Availability on a list ('Dienstag (7.7.) oder Mittwoch (8.7.) ab 18 Uhr').",
        "not_invitation",
    )

    user = ("Camille Roux", "camille.roux@laposte.example")
    lst = ("Association Logiciel Libre Lyon", "membres@lists.all-lyon.example")
    who = ("Pierre Vasseur", "pierre.vasseur@free.example")
    sent = at(2026, 10, 1, 8, 15, PAR)
    body = (
        "Bonjour à toutes et tous,\n\nVoici le compte rendu de la réunion du mardi 29 septembre "
        "(18 h 30 – 20 h).\n\nPrésents : 9 ; excusés : 3.\n\n1. Bilan du forum des "
        "associations : 40 contacts.\n2. Atelier CV et entretiens : reporté, date à fixer.\n"
        "3. Prochaine réunion : à fixer par sondage.\n\nPierre, secrétaire\n\n"
        "Le 25/09/2026 à 12:00, Pierre Vasseur a écrit :\n> Réunion mardi 29 à 18 h 30 au "
        "local.\n"
    )
    raw = mail(
        f"{fam}/4",
        body,
        sender=who,
        to=lst,
        subject="Re: Réunion du 29 septembre - compte rendu",
        sent=sent,
        reply_to_key=f"{fam}/4-parent",
        cc=user,
    )
    yield case(
        fam,
        "fr_compte_rendu",
        raw,
        "fr",
        "Minutes of a past meeting posted as a reply; the next date is still open.",
        "not_invitation",
    )

    user = ("Elin Sjöberg", "elin.sjoberg@brevlada.example")
    lst = ("Föreningen Öppna Data", "medlemmar@lists.oppnadata.example")
    who = ("Karin Ek", "karin.ek@post.example")
    sent = at(2026, 8, 24, 12, 5, "Europe/Stockholm")
    body = (
        "Hej alla,\n\nFunkar torsdag 3/9 kl. 10:00 för alla till nästa styrelsemöte? Annars "
        "föreslår jag fredag samma tid. Svara gärna senast onsdag.\n\n/Karin\n\n"
        "Den 20 aug. 2026 kl. 09:41 skrev Lars Nyberg:\n> Vi behöver ett nytt datum för "
        "mötet.\n"
    )
    raw = mail(
        f"{fam}/5",
        body,
        sender=who,
        to=lst,
        subject="Sv: Nästa möte",
        sent=sent,
        reply_to_key=f"{fam}/5-parent",
        cc=user,
    )
    yield case(
        fam,
        "sv_funkar_torsdag_fraga",
        raw,
        "sv",
        "A question to the whole list with a fallback day: a poll, nothing fixed.",
        "not_invitation",
    )

    user = ("Nadia Haddad", "nadia.haddad@mailbox.example")
    lst = ("Packaging WG", "packaging-wg@lists.opencollab.example")
    who = ("Tomás Greene", "tomas.greene@devmail.example")
    sent = at(2026, 3, 19, 14, 0, "Europe/Dublin")
    body = (
        "Proposal: once Europe switches to summer time on the 29th, can we move the call to "
        "15:00 UTC so that it stays at 17:00 for Berlin? That would make it 8am PT, which "
        "I know is early for some.\n\nThoughts? We can decide at the April call.\n\nTomás\n"
    )
    raw = mail(
        f"{fam}/6",
        body,
        sender=who,
        to=lst,
        subject="Re: [packaging-wg] call time after the DST change",
        sent=sent,
        reply_to_key=f"{fam}/6-parent",
        cc=user,
    )
    yield case(
        fam,
        "en_move_call_after_dst_proposal",
        raw,
        "en",
        "A proposal to shift a recurring call, not a meeting announcement.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# reminder: day-before reminders written by people


@family(
    "Human reminder mails in the shape of public recruiter templates (prescreen.io "
    "'confirming an interview or sending a reminder') and out-of-office replies as seen in "
    "public list archives (auto-replies posted to lists.debian.org and mail.gnome.org)."
)
def reminder() -> Iterator[Case]:
    fam = "reminder"
    cand = ("Samir Haddad", "samir.haddad@inbox.example")
    rec = ("Paula Jennings", "paula.jennings@bluecrest-health.example")
    sent = at(2026, 3, 6, 15, 30, NY)
    start = later(sent, 3, 10, 0, NY, "Mon")
    body = (
        "Hi Samir,\n\nJust a friendly reminder about your interview on Monday at 10am ET with "
        "Dr. Feldman and me. Heads-up: the clocks go forward this Sunday, so double-check your "
        "calendar if you're outside the US.\n\nWe'll call you on 555-0147.\n\nBest,\nPaula\n"
    )
    raw = mail(
        f"{fam}/1", body, sender=rec, to=cand, subject="Reminder: Monday interview", sent=sent
    )
    yield case(
        fam,
        "en_monday_et_across_us_dst",
        raw,
        "en",
        "Sent Friday 6 March (EST) for 'Monday at 10am ET', 9 March, the day after the "
        "US change: the slot is EDT (-04:00).",
        "invitation",
        times=timed(start),
        organizer_email=rec[1],
    )

    cand = ("Freja Holm", "freja.holm@postkasse.example")
    rec = ("Mads Lauridsen", "mads.lauridsen@nordhavn-byg.example")
    sent = at(2026, 9, 14, 14, 0, "Europe/Copenhagen")
    start = later(sent, 1, 13, 30, "Europe/Copenhagen", "Tue")
    body = (
        "Hej Freja\n\nKort påmindelse om vores samtale i morgen kl. 13.30 her på kontoret "
        "(Havnegade 12, 2. sal). Spørg efter mig i receptionen.\n\nVi glæder os til at møde "
        "dig!\n\nVenlig hilsen\nMads Lauridsen\nNordhavn Byg A/S\n"
    )
    raw = mail(
        f"{fam}/2", body, sender=rec, to=cand, subject="Påmindelse: samtale i morgen", sent=sent
    )
    yield case(
        fam,
        "da_i_morgen_kl_13_30",
        raw,
        "da",
        "Danish: 'i morgen kl. 13.30', sent on Monday 14 September; no zone.",
        "invitation",
        times=timed(start, sent=sent),
        company="Nordhavn Byg A/S",
        organizer_email=rec[1],
    )

    cand = ("Elif Aydın", "elif.aydin@posta.example")
    rec = ("Burak Şahin", "burak.sahin@anadolu-yazilim.example")
    sent = at(2026, 11, 18, 16, 20, "Europe/Istanbul")
    start = later(sent, 1, 14, 0, "Europe/Istanbul", "Thu")
    body = (
        "Merhaba Elif Hanım,\n\nYarın saat 14:00'te (TSİ) gerçekleştireceğimiz görüşmemizi "
        "hatırlatmak isterim. Görüşme Microsoft Teams üzerinden yaklaşık 45 dakika "
        "sürecektir.\n\nİyi çalışmalar,\nBurak Şahin\nİnsan Kaynakları\n"
    )
    raw = mail(
        f"{fam}/3", body, sender=rec, to=cand, subject="Yarınki görüşmemiz hakkında", sent=sent
    )
    yield case(
        fam,
        "tr_yarin_tsi",
        raw,
        "tr",
        "Turkish: 'Yarın saat 14:00'te (TSİ)'; TSİ (Türkiye saati) names Europe/Istanbul; "
        "'yaklaşık 45 dakika' is approximate.",
        "invitation",
        times=timed(start, zone="Europe/Istanbul"),
        organizer_email=rec[1],
    )

    cand = ("王磊", "wanglei@mail.example")
    rec = ("李婷（招聘部）", "hr.liting@chenguang-tech.example")
    sent = at(2026, 3, 11, 15, 0, "Asia/Shanghai")
    start = later(sent, 1, 10, 0, "Asia/Shanghai", "Thu")
    body = (
        "王磊您好：\n\n提醒您明天（3月12日，周四）上午10:00（北京时间）的视频面试，时长约40分钟。\n"
        "会议链接：https://meeting.tencent.example/dm/8xq2LpT\n\n如需调整时间，请尽快回复本邮件。\n\n"
        "晨光科技 招聘部 李婷\n"
    )
    raw = mail(f"{fam}/4", body, sender=rec, to=cand, subject="面试提醒：明天上午10:00", sent=sent)
    yield case(
        fam,
        "zh_mingtian_beijing_time",
        raw,
        "zh",
        "Chinese: '明天（3月12日，周四）上午10:00（北京时间）'; Beijing time names "
        "Asia/Shanghai; '约40分钟' is approximate.",
        "invitation",
        times=timed(start, zone="Asia/Shanghai"),
        organizer_email=rec[1],
    )

    cand = ("Samir Haddad", "samir.haddad@inbox.example")
    rec = ("Paula Jennings", "paula.jennings@bluecrest-health.example")
    sent = at(2026, 7, 6, 8, 1, NY)
    body = (
        "Thank you for your email. I am out of the office from Monday, July 6 through Friday, "
        "July 10 with limited access to email, returning Monday the 13th.\n\nFor interview "
        "scheduling please contact recruiting@bluecrest-health.example; for anything urgent "
        "call 555-0100.\n\nPaula Jennings\n"
    )
    raw = mail(
        f"{fam}/5",
        body,
        sender=rec,
        to=cand,
        subject="Automatic reply: Re: interview availability",
        sent=sent,
    )
    yield case(
        fam,
        "en_out_of_office_dates",
        raw,
        "en",
        "Out-of-office auto-reply with dates and a return day.",
        "not_invitation",
    )

    cand = ("Chloe Bennett", "chloe.bennett@mailbox.example")
    rec = ("Liam O'Connell", "liam.oconnell@southerncross-energy.example")
    sent = at(2026, 4, 3, 16, 45, SYD)
    start = later(sent, 3, 9, 30, SYD, "Mon")
    body = (
        "Hi Chloe,\n\nA quick reminder of your second interview on Monday 6 April, 9:30am "
        "Sydney time, at our Barangaroo office (Level 21). Daylight saving ends this Sunday, so "
        "that's AEST - if you're dialling in from Perth it's 7:30am for you.\n\nCheers,\nLiam\n"
    )
    raw = mail(f"{fam}/6", body, sender=rec, to=cand, subject="Reminder - Monday 9:30am", sent=sent)
    yield case(
        fam,
        "en_sydney_after_dst_end",
        raw,
        "en",
        "Sent Friday 3 April in AEDT for Monday 6 April after Sydney's DST ends (5 April): "
        "+10:00; 'Sydney time' names the zone.",
        "invitation",
        times=timed(start, zone=SYD),
        organizer_email=rec[1],
    )
    assert start.astimezone(ZoneInfo("Australia/Perth")).hour == 7


# --------------------------------------------------------------------------------------
# intl: recruiters writing in a second language


@family(
    "Second-language scheduling phrasing as it appears in public Q&A about time conventions "
    "(English Language Learners Stack Exchange on 'on 5th March', 'Uhr', 'IST'; Wikipedia-"
    "cited usage 'horário de Brasília', 'hora peninsular') and in international recruiting "
    "mails posted in public forums."
)
def intl() -> Iterator[Case]:
    fam = "intl"
    cand = ("Hannah Price", "hannah.price@inbox.example")
    rec = ("Sabine Kowalczyk", "s.kowalczyk@tiefbau-nord.example")
    sent = at(2026, 2, 3, 9, 10, BER)
    start = at(2026, 2, 10, 14, 0, BER, "Tue")
    body = (
        "Dear Mrs. Price,\n\nthank you very much for your application. We would like to invite "
        "you to a video interview on Tuesday, 10th February at 14:00 Uhr CET. The interview "
        "will take approximately 45 minutes.\n\nPlease confirm us the appointment shortly.\n\n"
        "With kind regards\nSabine Kowalczyk\nHuman Resources\n"
    )
    raw = mail(f"{fam}/1", body, sender=rec, to=cand, subject="Invitation for interview", sent=sent)
    yield case(
        fam,
        "en_by_german_uhr_cet",
        raw,
        "en",
        "German writing English: '10th February at 14:00 Uhr CET'; CET is an offset "
        "abbreviation; 'approximately' gives no end.",
        "invitation",
        times=timed(start),
        organizer_email=rec[1],
    )

    cand = ("Rohan Kulkarni", "rohan.kulkarni@mail.example")
    rec = ("Sneha Pillai", "sneha.pillai@vedanta-infotech.example")
    orig_sent = at(2026, 2, 26, 18, 5, "Asia/Kolkata")
    start = at(2026, 3, 5, 11, 0, "Asia/Kolkata", "Thu")
    body = (
        "Dear Rohan,\n\nGreetings from Vedanta Infotech!\n\nWith reference to your profile, we "
        "are pleased to inform you that you have been shortlisted for the technical round for "
        "the post of Java Developer. Kindly find the details below:\n\nDate & Time: 11 AM IST "
        "on 5th March (Thursday)\nMode: Virtual (MS Teams, link will be shared prior)\n"
        "Duration: 1 hour\n\nRequest you to revert with your confirmation at the earliest.\n\n"
        "Thanks & Regards,\nSneha Pillai\nTalent Acquisition\n"
    )
    raw = forward(
        f"{fam}/2",
        client="outlook",
        lang="en",
        user=cand,
        org=rec,
        orig_to=cand,
        orig_sent=orig_sent,
        subject="Interview Schedule - Java Developer",
        body=body,
    )
    yield case(
        fam,
        "en_indian_ist_5th_march_fwd_outlook",
        raw,
        "en",
        "Outlook forward; Indian English 'Date & Time: 11 AM IST on 5th March "
        "(Thursday)', 'Duration: 1 hour'; IST in an Indian context.",
        "invitation",
        times=timed(start, start + timedelta(hours=1), zone="Asia/Kolkata"),
        company="Vedanta Infotech",
        role="Java Developer",
        original_sender=rec[1],
    )

    cand = ("Diego Fernández", "diego.fernandez@correo.example")
    rec = ("Mariana Alves", "mariana.alves@pampa-agro.example")
    sent = at(2026, 7, 8, 11, 0, "America/Sao_Paulo")
    start = at(2026, 7, 15, 14, 0, "America/Sao_Paulo", "Wed")
    body = (
        "Olá Diego, tudo bem?\n\nGostaríamos de agendar sua entrevista para a vaga de Analista "
        "de Supply Chain na quarta-feira, 15/07, às 14h (horário de Brasília). Como você está "
        "em Buenos Aires, serão as mesmas 14h aí.\n\nLink: https://meet.google.com/pmp-agro-"
        "ent\n\nAbraços,\nMariana Alves\nPampa Agro\n"
    )
    raw = mail(f"{fam}/3", body, sender=rec, to=cand, subject="Entrevista - Pampa Agro", sent=sent)
    yield case(
        fam,
        "pt_horario_de_brasilia",
        raw,
        "pt-BR",
        "Brazilian Portuguese to an Argentine candidate: 'quarta-feira, 15/07, às 14h "
        "(horário de Brasília)'.",
        "invitation",
        times=timed(start, zone="America/Sao_Paulo"),
        company="Pampa Agro",
        meeting_url="https://meet.google.com/pmp-agro-ent",
        organizer_email=rec[1],
    )

    cand = ("Anna Müller", "anna.mueller@mailbox.example")
    rec = ("Carmen Ruiz", "carmen.ruiz@olivares-consulting.example")
    sent = at(2026, 6, 4, 12, 40, MAD)
    start = at(2026, 6, 9, 10, 0, MAD, "Tue")
    body = (
        "Hola Anna:\n\nComo hablamos, te propongo la entrevista con el equipo de Lisboa el "
        "próximo martes 9 a las 10 h (hora peninsular); en Portugal será una hora menos. Será "
        "por Teams y durará unos 30 minutos.\n\nUn abrazo,\nCarmen\n"
    )
    raw = mail(f"{fam}/4", body, sender=rec, to=cand, subject="Entrevista martes", sent=sent)
    yield case(
        fam,
        "es_proximo_martes_9_hora_peninsular",
        raw,
        "es",
        "'el próximo martes 9 a las 10 h (hora peninsular)' from Thursday 4 June: the 9th; "
        "'unos 30 minutos' is approximate.",
        "invitation",
        times=timed(start, zone=MAD),
        organizer_email=rec[1],
    )

    cand = ("Arjun Nair", "arjun.nair@mail.example")
    rec = ("Recruitment Team", "careers@kestrel-analytics.example")
    sent = at(2026, 8, 17, 10, 0, "Asia/Dubai")
    start = at(2026, 8, 20, 16, 30, "Asia/Kolkata", "Thu")
    body = (
        "Dear Arjun,\n\nYour interview has been scheduled as follows:\n\nDay: Thursday, 20 "
        "August 2026\nTime: 4:30 PM (GMT+5:30)\nInterviewer: Mr. Faisal Qureshi\n\nKindly "
        "join 5 minutes before time.\n\nRegards,\nRecruitment Team\nKestrel Analytics\n"
    )
    raw = mail(f"{fam}/5", body, sender=rec, to=cand, subject="Interview scheduled", sent=sent)
    yield case(
        fam,
        "en_gmt_plus_5_30",
        raw,
        "en",
        "'Time: 4:30 PM (GMT+5:30)' from a Dubai sender: an offset only, so no timezone label.",
        "invitation",
        times=timed(start),
        organizer_email=rec[1],
    )

    cand = ("Emily Carter", "emily.carter@inbox.example")
    rec = ("Céline Marchand", "celine.marchand@lumiere-cosmetiques.example")
    sent = at(2026, 3, 10, 9, 30, PAR)
    start = at(2026, 3, 16, 9, 30, PAR, "Mon")
    body = (
        "Dear Emily,\n\nFollowing our exchange, I propose you an interview with our Marketing "
        "Director on Monday 16th of March at 9h30 (Paris time). As you are in New York, I "
        "think it will be very early for you, sorry for that!\n\nBest regards,\nCéline "
        "Marchand\nTalent Acquisition\n"
    )
    raw = mail(f"{fam}/6", body, sender=rec, to=cand, subject="Interview proposal", sent=sent)
    yield case(
        fam,
        "en_french_writer_9h30_paris_time",
        raw,
        "en",
        "French writing English: 'Monday 16th of March at 9h30 (Paris time)', in the "
        "week when New York is already on EDT and Paris is not (4:30am there).",
        "invitation",
        times=timed(start, zone=PAR),
        organizer_email=rec[1],
    )

    cand = ("Marek Svoboda", "marek.svoboda@seznam.example")
    rec = ("Ingrid Becker", "ingrid.becker@alpenbahn-it.example")
    sent = at(2026, 6, 19, 15, 0, "Europe/Vienna")
    start = at(2026, 6, 25, 15, 0, "Europe/Vienna", "Thu")
    body = (
        "Hello Mr. Svoboda,\n\nas agreed by phone: technical interview on 2026-06-25 15:00 "
        "+0200, duration 60 min, via Webex (link follows separately).\n\nBest regards\n"
        "Ingrid Becker\n"
    )
    raw = mail(
        f"{fam}/7", body, sender=rec, to=cand, subject="Technical interview 25.06.", sent=sent
    )
    yield case(
        fam,
        "en_iso_date_offset_0200",
        raw,
        "en",
        "'2026-06-25 15:00 +0200, duration 60 min': an ISO-style date and a numeric "
        "offset; no zone name.",
        "invitation",
        times=timed(start, start + timedelta(minutes=60)),
        organizer_email=rec[1],
    )

    cand = ("Julia Costa", "julia.costa@mail.example")
    rec = ("Omar Haddad", "omar.haddad@gulfline-shipping.example")
    sent = at(2026, 2, 24, 13, 0, "Asia/Dubai")
    body = (
        "Dear Julia,\n\nThank you for your interest. We would like to meet you on 03/04 at "
        "10:00 (UAE time) in our office at Jebel Ali, Gate 5. Please bring your passport "
        "copy.\n\nBest regards,\nOmar Haddad\n"
    )
    raw = mail(f"{fam}/8", body, sender=rec, to=cand, subject="Interview at Gulfline", sent=sent)
    yield case(
        fam,
        "en_ambiguous_03_04",
        raw,
        "en",
        "'on 03/04 at 10:00 (UAE time)' with no weekday: 3 April or 4 March are both "
        "plausible, so start is not labelled.",
        "invitation",
        organizer_email=rec[1],
    )

    cand = ("Rohan Kulkarni", "rohan.kulkarni@mail.example")
    rec = ("Sneha Pillai", "sneha.pillai@vedanta-infotech.example")
    sent = at(2026, 3, 5, 17, 40, "Asia/Kolkata")
    body = (
        "Dear Rohan,\n\nThank you for attending the technical round held today at 11 AM IST. "
        "Your feedback is under process and we will revert on the next steps by 12th March.\n\n"
        "Thanks & Regards,\nSneha Pillai\nTalent Acquisition\n"
    )
    raw = mail(f"{fam}/9", body, sender=rec, to=cand, subject="Technical round - update", sent=sent)
    yield case(
        fam,
        "en_indian_thanks_after_round",
        raw,
        "en",
        "After the interview: 'held today at 11 AM IST' and a reply-by date.",
        "not_invitation",
    )

    cand = ("Hannah Price", "hannah.price@inbox.example")
    rec = ("Sabine Kowalczyk", "s.kowalczyk@tiefbau-nord.example")
    sent = at(2026, 2, 11, 16, 0, BER)
    body = (
        "Dear Mrs. Price,\n\nthank you for the nice conversation yesterday at 14:00 Uhr. We "
        "will contact you until Friday, 20th February, concerning the next steps.\n\n"
        "With kind regards\nSabine Kowalczyk\n"
    )
    raw = mail(f"{fam}/10", body, sender=rec, to=cand, subject="Our interview yesterday", sent=sent)
    yield case(
        fam,
        "en_by_german_thanks_until_friday",
        raw,
        "en",
        "German writing English after the interview ('contact you until Friday' meaning "
        "by Friday): no new slot.",
        "not_invitation",
    )

    cand = ("Diego Fernández", "diego.fernandez@correo.example")
    rec = ("Mariana Alves", "mariana.alves@pampa-agro.example")
    sent = at(2026, 7, 1, 10, 0, "America/Sao_Paulo")
    body = (
        "Olá Diego,\n\nRecebemos seu currículo, obrigado! Vamos agendar as entrevistas na "
        "semana do dia 13/07, sempre à tarde (horário de Brasília). Em breve envio as opções "
        "de horário para você escolher.\n\nAbraços,\nMariana\n"
    )
    raw = mail(
        f"{fam}/11", body, sender=rec, to=cand, subject="Próximos passos - Pampa Agro", sent=sent
    )
    yield case(
        fam,
        "pt_semana_do_dia_opcoes_depois",
        raw,
        "pt-BR",
        "'na semana do dia 13/07, sempre à tarde': options to follow, no slot.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# mobile: terse mails from phones


@family(
    "Phone-typed replies with client signatures ('Sent from my iPhone', 'Von meinem iPhone "
    "gesendet', 'Enviado desde mi Android') as they appear in public list archives and in "
    "Q&A threads about abbreviations like 'tmrw' and 'Mon 9/14 @ 4'."
)
def mobile() -> Iterator[Case]:
    fam = "mobile"
    cand = ("Ava Thompson", "ava.thompson@inbox.example")
    hm = ("Ryan Cho", "ryan.cho@brightloop.example")
    sent = at(2026, 10, 19, 18, 52, CHI)
    start = later(sent, 1, 10, 30, CHI, "Tue")
    raw = mail(
        f"{fam}/1",
        "tmrw 10:30? I'll call your cell\n\nSent from my iPhone\n",
        sender=hm,
        to=cand,
        subject="Re: quick chat",
        sent=sent,
        reply_to_key=f"{fam}/1-parent",
    )
    yield case(
        fam,
        "en_tmrw_1030",
        raw,
        "en",
        "'tmrw 10:30?' sent Monday evening: Tuesday 20 October; no zone.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=hm[1],
    )

    cand = ("Ethan Brooks", "ethan.brooks@mail.example")
    hm = ("Dana Fox", "dana.fox@cobaltridge.example")
    sent = at(2026, 9, 10, 12, 14, NY)
    start = at(2026, 9, 14, 16, 0, NY, "Mon")
    raw = mail(
        f"{fam}/2",
        "Mon 9/14 @ 4 works. I'll send a zoom.\n\n- D\n\nSent from my iPhone\n",
        sender=hm,
        to=cand,
        subject="Re: follow up",
        sent=sent,
        reply_to_key=f"{fam}/2-parent",
    )
    yield case(
        fam,
        "en_mon_9_14_at_4",
        raw,
        "en",
        "'Mon 9/14 @ 4' in a business mail is 4 pm; no zone.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=hm[1],
    )

    cand = ("Lena Wolf", "lena.wolf@web.example")
    hm = ("Sven Brandt", "sven.brandt@hafenkontor.example")
    sent = at(2026, 2, 11, 19, 3, BER)
    start = later(sent, 1, 9, 0, BER, "Thu")
    raw = mail(
        f"{fam}/3",
        "Morgen 9 Uhr passt, ich ruf dich an.\n\nGruß Sven\n\nVon meinem iPhone gesendet\n",
        sender=hm,
        to=cand,
        subject="AW: Telefonat",
        sent=sent,
        reply_to_key=f"{fam}/3-parent",
    )
    yield case(
        fam,
        "de_morgen_9_uhr_iphone",
        raw,
        "de",
        "'Morgen 9 Uhr passt' sent Wednesday evening; no zone.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=hm[1],
    )

    cand = ("Ava Thompson", "ava.thompson@inbox.example")
    hm = ("Ryan Cho", "ryan.cho@brightloop.example")
    sent = at(2026, 10, 20, 10, 27, CHI)
    raw = mail(
        f"{fam}/4",
        "running 5 min late, sorry!! calling at 10:35\n\nSent from my iPhone\n",
        sender=hm,
        to=cand,
        subject="Re: quick chat",
        sent=sent,
        reply_to_key=f"{fam}/1",
    )
    yield case(
        fam,
        "en_running_late",
        raw,
        "en",
        "A running-late note minutes before the call: not a new invitation.",
        "not_invitation",
    )

    cand = ("Marta Gil", "marta.gil@correo.example")
    hm = ("Javier Ortega", "javier.ortega@huerta-digital.example")
    sent = at(2026, 5, 25, 21, 10, MAD)
    start = at(2026, 5, 28, 17, 0, MAD, "Thu")
    raw = mail(
        f"{fam}/5",
        "¿Te va bien el jueves a las 17h? Te llamo por Meet.\n\nEnviado desde mi Android\n",
        sender=hm,
        to=cand,
        subject="Re: entrevista",
        sent=sent,
        reply_to_key=f"{fam}/5-parent",
    )
    yield case(
        fam,
        "es_jueves_17h_android",
        raw,
        "es",
        "'¿Te va bien el jueves a las 17h?' sent Monday 25 May: Thursday 28 May; no zone.",
        "invitation",
        times=timed(start, sent=sent),
        organizer_email=hm[1],
    )

    cand = ("Ethan Brooks", "ethan.brooks@mail.example")
    hm = ("Dana Fox", "dana.fox@cobaltridge.example")
    sent = at(2026, 9, 8, 13, 5, NY)
    raw = mail(
        f"{fam}/6",
        "free all afternoon, call whenever\n\nSent from my iPhone\n",
        sender=hm,
        to=cand,
        subject="Re: follow up",
        sent=sent,
        reply_to_key=f"{fam}/6-parent",
    )
    yield case(
        fam,
        "en_call_whenever",
        raw,
        "en",
        "'free all afternoon, call whenever': no slot.",
        "not_invitation",
    )


# --------------------------------------------------------------------------------------
# outofband: the time sits in a pasted calendar block or a table


@family(
    "Times pasted from calendar apps into a mail body (Google Calendar event text 'Time zone: "
    "...', Outlook 'When:/Wann:' lines with Windows zone names, raw iCalendar text as "
    "pasted in public support threads) and signature-like detail tables, as seen in public "
    "Q&A threads about copying calendar events into mail."
)
def outofband() -> Iterator[Case]:
    fam = "outofband"
    cand = ("Zoe Harper", "zoe.harper@inbox.example")
    rec = ("Nick Alvarez", "nick.alvarez@fenwick-outdoor.example")
    sent = at(2026, 4, 16, 13, 0, DEN)
    start = at(2026, 4, 23, 14, 0, DEN, "Thu")
    body = (
        "Hi Zoe,\n\nMy calendar won't let me send you an invite from here, so pasting the "
        "details:\n\nInterview - Fenwick Outdoor (Zoe Harper)\nThursday, April 23 · 2:00 - "
        "2:45pm\nTime zone: America/Denver\nVideo call link: https://meet.google.com/fnw-"
        "dtrk-zoe\n\nTalk then,\nNick\n"
    )
    raw = mail(f"{fam}/1", body, sender=rec, to=cand, subject="Interview details", sent=sent)
    yield case(
        fam,
        "en_pasted_gcal_block",
        raw,
        "en",
        "Google Calendar event text pasted into prose: 'Thursday, April 23 · 2:00 - "
        "2:45pm' and 'Time zone: America/Denver'.",
        "invitation",
        times=timed(start, start + timedelta(minutes=45), zone=DEN),
        company="Fenwick Outdoor",
        meeting_url="https://meet.google.com/fnw-dtrk-zoe",
        organizer_email=rec[1],
    )

    cand = ("Isla Morgan", "isla.morgan@mail.example")
    rec = ("Hamish Reid", "hamish.reid@thistle-games.example")
    sent = at(2026, 5, 20, 11, 15, LON)
    start = at(2026, 5, 28, 10, 0, LON, "Thu")
    text_body = (
        "Hi Isla,\n\nLovely to speak earlier. The details are in the table below.\n\n"
        "Interview details\nDate:      Thursday 28/05/2026\nTime:      10:00 - 11:00 BST\n"
        "Location:  Thistle Games, 4 Candleriggs, Glasgow\nWith:      Hamish Reid, Morven "
        "Blair\n\nHamish\n"
    )
    html = (
        "<p>Hi Isla,</p><p>Lovely to speak earlier. The details are in the table below.</p>"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">'
        '<tr><th colspan="2">Interview details</th></tr>'
        "<tr><td>Date</td><td>Thursday 28/05/2026</td></tr>"
        "<tr><td>Time</td><td>10:00 - 11:00 BST</td></tr>"
        "<tr><td>Location</td><td>Thistle Games, 4 Candleriggs, Glasgow</td></tr>"
        "<tr><td>With</td><td>Hamish Reid, Morven Blair</td></tr></table><p>Hamish</p>"
    )
    raw = mail(
        f"{fam}/2",
        text_body,
        sender=rec,
        to=cand,
        subject="Interview - Thistle Games",
        sent=sent,
        html=html,
    )
    yield case(
        fam,
        "en_details_table_bst",
        raw,
        "en",
        "Date and time only in a detail table (HTML table, aligned text part): '10:00 - "
        "11:00 BST'; BST is an offset abbreviation.",
        "invitation",
        times=timed(start, start + timedelta(hours=1)),
        company="Thistle Games",
        organizer_email=rec[1],
    )

    cand = ("Timo Becker", "timo.becker@gmx.example")
    rec = ("Nina Kraus", "nina.kraus@alpina-versand.example")
    sent = at(2026, 6, 8, 10, 0, BER)
    start = at(2026, 6, 17, 10, 0, BER, "Wed")
    body = (
        "Hallo Herr Becker,\n\nunten die Termindaten aus meinem Kalender, falls die Einladung "
        "bei Ihnen nicht ankommt:\n\n-----Ursprünglicher Termin-----\nBetreff: Kennenlernen "
        "Alpina Versand\nWann: Mittwoch, 17. Juni 2026 10:00-11:00 (UTC+01:00) Amsterdam, "
        "Berlin, Bern, Rom, Stockholm, Wien.\nWo: Microsoft Teams-Besprechung\n\nViele Grüße\n"
        "Nina Kraus\n"
    )
    raw = mail(f"{fam}/3", body, sender=rec, to=cand, subject="Termin Kennenlernen", sent=sent)
    yield case(
        fam,
        "de_pasted_outlook_wann",
        raw,
        "de",
        "Pasted Outlook 'Wann:' line with the Windows display name '(UTC+01:00) "
        "Amsterdam, Berlin, ...' (standard offset; June is +02:00).",
        "invitation",
        times=timed(start, start + timedelta(hours=1), zone=BER),
        company="Alpina Versand",
        organizer_email=rec[1],
    )

    cand = ("Zoe Harper", "zoe.harper@inbox.example")
    rec = ("Careers at Willowbank", "careers@willowbank-bank.example")
    sent = at(2026, 4, 30, 9, 0, NY)
    body = (
        "Dear Zoe,\n\nThank you for applying for the Teller Supervisor role. Our team will "
        "review your application and be in touch if there is a match.\n\n"
        "--\nWillowbank Careers | Office hours: Mon-Thu 9:00-17:00 ET\n"
        "Next virtual info session: May 12, 2:00 PM ET | https://willowbank-bank.example/info\n"
    )
    raw = mail(f"{fam}/4", body, sender=rec, to=cand, subject="Application received", sent=sent)
    yield case(
        fam,
        "en_signature_info_session",
        raw,
        "en",
        "Application acknowledgement whose signature lists office hours and an info "
        "session: not an invitation.",
        "not_invitation",
    )

    cand = ("Sanne de Vries", "sanne.devries@webpost.example")
    rec = ("Pieter Smit", "pieter.smit@delta-energie.example")
    sent = at(2026, 6, 24, 14, 20, "Europe/Amsterdam")
    start = at(2026, 7, 3, 13, 30, "Europe/Amsterdam", "Fri")
    body = (
        "Hoi Sanne,\n\nHierbij de afspraak zoals hij in mijn agenda staat (tijden in "
        "Nederlandse tijd):\n\nOnderwerp: Kennismaking Delta Energie\nBegint: vrijdag 3 juli "
        "2026 13:30\nEindigt: vrijdag 3 juli 2026 14:15\nLocatie: Stationsplein 8, Utrecht\n\n"
        "Tot dan!\nPieter\n"
    )
    raw = mail(f"{fam}/5", body, sender=rec, to=cand, subject="Afspraak 3 juli", sent=sent)
    yield case(
        fam,
        "nl_begint_eindigt_nederlandse_tijd",
        raw,
        "nl",
        "Pasted agenda block 'Begint:/Eindigt:' with 'Nederlandse tijd'.",
        "invitation",
        times=timed(start, start + timedelta(minutes=45), zone="Europe/Amsterdam"),
        company="Delta Energie",
        organizer_email=rec[1],
    )

    cand = ("Elin Sjöberg", "elin.sjoberg@brevlada.example")
    rec = ("Oskar Nilsson", "oskar.nilsson@granskog-it.example")
    sent = at(2026, 8, 10, 16, 0, "Europe/Stockholm")
    start = at(2026, 8, 18, 9, 30, "Europe/Stockholm", "Tue")
    body = (
        "Hej Elin,\n\nInbjudan verkar inte gå fram, så här är kalenderposten rakt av:\n\n"
        "BEGIN:VEVENT\nSUMMARY:Intervju Granskog IT\n"
        "DTSTART;TZID=Europe/Stockholm:20260818T093000\n"
        "DTEND;TZID=Europe/Stockholm:20260818T103000\nLOCATION:Kungsgatan 30\\, Stockholm\n"
        "END:VEVENT\n\nVi ses tisdag!\nOskar\n"
    )
    raw = mail(f"{fam}/6", body, sender=rec, to=cand, subject="Intervju tisdag", sent=sent)
    yield case(
        fam,
        "sv_pasted_ical_text",
        raw,
        "sv",
        "Raw iCalendar lines pasted into the body (no calendar part): DTSTART/DTEND with "
        "TZID=Europe/Stockholm.",
        "invitation",
        times=timed(start, start + timedelta(hours=1), zone="Europe/Stockholm"),
        organizer_email=rec[1],
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
        "template": f"hand-written; shapes from {SOURCES[item.family].split(':')[0]} "
        "(see PROVENANCE-people.md)",
        "license": LICENSE,
    }
    label["note"] = item.note
    return json.dumps(label, ensure_ascii=False, indent=2) + "\n"


def provenance(cases: list[Case]) -> str:
    lines = [
        "# Provenance of the people batch (`build_people.py`)",
        "",
        "Scheduling mail as people write it. Every message, person, company, address and link "
        "is made up; only the *shape* of each kind of mail follows the public material named "
        "per family below. No text was copied from those sources. Licence of every file: "
        f"{LICENSE}. All families live in `dev/`.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_people.py` (deterministic; "
        "it deletes and rewrites only the files of the families listed here).",
        "",
        "Forward header blocks (Gmail en/da/uk, Outlook en/es, Thunderbird de, Apple Mail en) "
        "are written from memory of those clients' layouts; the Danish and Ukrainian Gmail "
        "labels in particular were not re-read from a source and may differ in wording.",
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
    for item in cases:
        if item.family not in SOURCES:
            raise ValueError(f"{item.filename}: family not registered")
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
    (HERE / "PROVENANCE-people.md").write_text(provenance(cases), "utf-8")
    print(f"{len(cases)} messages in {len(families)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
