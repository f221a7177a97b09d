# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the itip43 batch: time-less and partial iTIP messages (RFC 5546) in interview mail.

Run: .venv/bin/python tests/parsing/corpus/build_itip43.py

Shapes follow RFC 5546 section 4 (REPLY with only ATTENDEE/UID/SEQUENCE, CANCEL of an event
or of one instance, RANGE=THISANDFUTURE, COUNTER/DECLINECOUNTER, REFRESH, ADD, PUBLISH of
several events, REQUEST of one instance, SEQUENCE bumps) and the producers' test data listed
in PROVENANCE-itip43.md (sabre/vobject ITip broker tests, KDE akonadi-calendar itip_data,
Nextcloud's IMipPlugin tests). People, companies, UIDs and text are ours; slots in 2026.
Labels come from the zoneinfo datetimes the calendars are written from; held-out families
are drawn with random.Random("itip43 coin") before anything is parsed.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
import zlib
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build_cal41", HERE / "build_cal41.py")
assert _spec is not None
assert _spec.loader is not None
c41 = importlib.util.module_from_spec(_spec)
sys.modules["build_cal41"] = c41
_spec.loader.exec_module(c41)
c40 = c41.c40

Case = c40.Case
at, stamp, dtl = c40.at, c40.stamp, c40.dtl
ME = c40.ME
TO = c40.TO
LICENSE = "structure only; all text, people and identifiers written for this corpus"

FAMILIES = {
    "bareply43": "RFC 5546 4.2.2-4.2.4 REPLYs: ATTENDEE with PARTSTAT, ORGANIZER, UID, SEQUENCE, DTSTAMP and REQUEST-STATUS, with no DTSTART (allowed for REPLY), a REPLY for one instance carrying only its RECURRENCE-ID, and sabre/vobject's broker REPLY (DTSTART/DURATION kept); mail wording ours",
    "barecancel43": "RFC 5546 4.2.9/4.4.x CANCELs: UID + SEQUENCE (+ COMMENT, STATUS) and no time, CANCEL of one instance by RECURRENCE-ID only, sabre/vobject's organizer CANCEL with DURATION; mail wording ours",
    "thisfuture43": "RFC 5545 3.8.4.4 / RFC 5546 4.4.x RECURRENCE-ID;RANGE=THISANDFUTURE: CANCEL of the rest of a series, REQUEST moving this and later instances; a Zimbra-style CANCEL of one occurrence as KDE akonadi-calendar's itip_data holds it; mail wording ours",
    "counterx43": "RFC 5546 4.2.7-4.2.8 COUNTER (proposed DTSTART/DTEND, COMMENT) and DECLINECOUNTER (UID, SEQUENCE, COMMENT, no time, or the original time kept); mail wording ours",
    "refreshadd43": "RFC 5546 4.2.6 REFRESH (UID, ATTENDEE, ORGANIZER, no time; with RECURRENCE-ID) and 4.4.x ADD of extra instances (DTSTART, SEQUENCE>0, same UID); mail wording ours",
    "oneinst43": "a REQUEST carrying only one instance of a series (RECURRENCE-ID with its own DTSTART), as sabre/vobject's broker sends an attendee added to one occurrence: same time, moved time, SEQUENCE 0 and >0; mail wording ours",
    "pubmulti43": "PUBLISH of several VEVENTs (an assessment day's sessions with their own UIDs; a series master with overrides) and a PUBLISH of one event; mail wording ours",
    "seqbump43": "REQUESTs with SEQUENCE > 0 and a newer DTSTAMP: texts that do not say whether the time moved (kind omitted) and texts that show the old and new times (reschedule), Nextcloud IMipPlugin-like mail (text + html + .ics) and Outlook-like alternative parts; mail wording ours",
    "nctimeless43": "Nextcloud/sabre servers relaying time-less iTIP (calendar as the message body, text/calendar; method=...): REPLY and CANCEL without DTSTART, DECLINECOUNTER, REFRESH; mail wording ours",
}
HELDOUT = set(random.Random("itip43 coin").sample(sorted(FAMILIES), 2))

CASES: list[Case] = []

SABRE = "-//Sabre//Sabre VObject 4.5.6//EN"
NC = "-//IDN nextcloud.com//Calendar app 4.7.6//EN"
TB = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//macOS 15.1//EN"
KORG = "-//K Desktop Environment//NONSGML KOrganizer 6.2.2 (24.08.2)//EN"
ZIMBRA = "Zimbra-Calendar-Provider"
RFC = "-//Example/ExampleCalendarClient//EN"


def uid_of(fam: str, name: str) -> str:
    h = zlib.crc32(f"{fam}/{name}".encode())
    return f"{h:08x}-{h % 9973:04d}-itip43@{fam}.example"


def mins(s: datetime, m: int) -> datetime:
    return (s + timedelta(minutes=m)).astimezone(s.tzinfo)


def vcal(prodid: str, method: str | None, body: list[str], *, calscale: bool = False) -> list[str]:
    out = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        out.append("CALSCALE:GREGORIAN")
    if method:
        out.append(f"METHOD:{method}")
    return [*out, *body, "END:VCALENDAR"]


def vevent(
    uid: str,
    sent: datetime,
    *,
    s: datetime | date | None = None,
    e: datetime | date | None = None,
    tz: str | None = None,
    dur: str | None = None,
    rid: datetime | date | None = None,
    rid_extra: str = "",
    seq: int | None = 0,
    summary: str | None = None,
    org: tuple[str, str] | None = None,
    atts: tuple[str, ...] = (),
    more: tuple[str, ...] = (),
) -> list[str]:
    """A VEVENT in RFC 5546's property order; times only where given."""
    out = ["BEGIN:VEVENT"]
    if org:
        out.append(f"ORGANIZER;CN={org[1]}:mailto:{org[0]}")
    out += list(atts)
    if s is not None:
        out.append(dtl("DTSTART", s, tz))
        if dur:
            out.append(f"DURATION:{dur}")
        elif e is not None:
            out.append(dtl("DTEND", e, tz))
    if rid is not None:
        out.append(dtl("RECURRENCE-ID", rid, tz, extra=rid_extra))
    if summary:
        out.append(f"SUMMARY:{summary}")
    out.append(f"UID:{uid}")
    if seq is not None:
        out.append(f"SEQUENCE:{seq}")
    out.append(f"DTSTAMP:{stamp(sent)}")
    return [*out, *more, "END:VEVENT"]


def att(addr: str, cn: str, partstat: str | None = None, rsvp: bool = False) -> str:
    p = f";PARTSTAT={partstat}" if partstat else ""
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;CN={cn}{p}{r}:mailto:{addr}"


def label(
    kind: str | None,
    uid: str,
    seq: int,
    method: str | None,
    s: datetime | date | None = None,
    e: datetime | date | None = None,
    tz: str | None = None,
) -> dict[str, object]:
    out: dict[str, object] = {}
    if kind:
        out["kind"] = kind
    if s is not None:
        out["start"] = s.isoformat()
        if e is not None:
            out["end"] = e.isoformat()
        out["all_day"] = not isinstance(s, datetime)
    if tz:
        out["timezone"] = tz
    out["uid"] = uid
    out["sequence"] = seq
    if method:
        out["method"] = method
    return out


def add(
    fam: str,
    name: str,
    ics: list[str],
    lab: dict[str, object],
    note: str,
    lang: str,
    **mail: object,
) -> None:
    assert fam in FAMILIES, fam
    assert all(c.name != name or c.family != fam for c in CASES), name
    case = Case(fam, name, ics, lab, note, lang)
    for key in ("sender", "subject", "sent", "text", "layout"):
        if key in mail:
            setattr(case, key, mail.pop(key))
    case.opts = dict(mail)
    CASES.append(case)


def vtz(zone: str | None) -> list[str]:
    return c41.iana_vtz(zone) if zone else []


def en(d: datetime) -> str:
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}"


def de(d: datetime) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year} um {d.strftime('%H:%M')} Uhr"


def fr(d: datetime) -> str:
    return f"le {d.day:02d}/{d.month:02d}/{d.year} à {d.hour}h{d.minute:02d}"


# ------------------------------------------------------------------------------ bareply43
def bareply43() -> None:
    fam = "bareply43"
    me = (ME, "Candidate")
    rows = [
        # name, lang, zone, partstat, seq, sender, subject, text
        (
            "accepted_en",
            "en",
            "Europe/London",
            "ACCEPTED",
            0,
            ("priya.nair@hollowayfin.example", "Priya Nair"),
            "Accepted: Portfolio walkthrough",
            "Priya Nair has accepted your invitation.\n",
        ),
        (
            "declined_de",
            "de",
            "Europe/Berlin",
            "DECLINED",
            1,
            ("t.brandt@kessler-logistik.example", "Tobias Brandt"),
            "Abgelehnt: Rückfragen zum Angebot",
            "Tobias Brandt hat Ihre Einladung abgelehnt.\n\nKommentar: Ich bin in der Woche unterwegs, bitte schlagen Sie einen anderen Termin vor.\n",
        ),
        (
            "tentative_fr",
            "fr",
            "Europe/Paris",
            "TENTATIVE",
            2,
            ("c.morel@atelier-lumen.example", "Claire Morel"),
            "Provisoire : Échange sur le poste de cheffe de projet",
            "Claire Morel a répondu « peut-être » à votre invitation.\n",
        ),
        (
            "accepted_es",
            "es",
            "Europe/Madrid",
            "ACCEPTED",
            0,
            ("lucia.ferrer@bodegasalta.example", "Lucía Ferrer"),
            "Aceptado: Llamada de seguimiento",
            "Lucía Ferrer ha aceptado la invitación.\n",
        ),
    ]
    for i, (name, lang, zone, ps, seq, who, subj, text) in enumerate(rows):
        sent = at(2026, 3 + i, 4 + i, 16, 20, zone)
        uid = uid_of(fam, name)
        ev = vevent(
            uid,
            sent,
            seq=seq,
            org=me,
            atts=(att(who[0], who[1], ps),),
            more=("REQUEST-STATUS:2.0;Success",),
        )
        add(
            fam,
            name,
            vcal(RFC, "REPLY", ev),
            label("reply", uid, seq, "REPLY"),
            f"RFC 5546 4.2.2-style REPLY ({ps}) with ORGANIZER, ATTENDEE, UID, SEQUENCE, REQUEST-STATUS, DTSTAMP and no DTSTART: a reply, no slot labelled.",
            lang,
            sender=f"{who[1]} <{who[0]}>",
            subject=subj,
            sent=sent,
            text=text,
            layout="alt" if i % 2 == 0 else "attach",
        )

    # 5. REPLY for one instance: RECURRENCE-ID only (RFC 5546 4.4.x).
    zone = "Europe/Amsterdam"
    sent = at(2026, 5, 11, 9, 5, zone)
    rid = at(2026, 5, 19, 10, 0, zone)
    uid = uid_of(fam, "instance_nl")
    who = ("m.dekker@polderdata.example", "Marieke Dekker")
    ev = vevent(uid, sent, rid=rid, tz=zone, seq=1, org=me, atts=(att(who[0], who[1], "DECLINED"),))
    add(
        fam,
        "instance_nl",
        vcal(APPLE, "REPLY", [*vtz(zone), *ev]),
        label("reply", uid, 1, "REPLY"),
        "REPLY declining one occurrence of the candidate's weekly check-in: RECURRENCE-ID only, no DTSTART; a reply, no slot labelled.",
        "nl",
        sender=f"{who[1]} <{who[0]}>",
        subject="Geweigerd: Wekelijkse afstemming (één keer)",
        sent=sent,
        text="Marieke Dekker kan deze ene keer niet.\n",
        layout="alt",
    )

    # 6. sabre/vobject broker REPLY keeps DTSTART/DURATION (BrokerDeleteEventTest attendee delete).
    zone = "Europe/Rome"
    s = at(2026, 6, 9, 15, 30, zone)
    sent = at(2026, 6, 2, 11, 0, zone)
    uid = uid_of(fam, "sabre_it")
    who = ("g.riva@officinebrera.example", "Giulia Riva")
    ev = vevent(
        uid,
        sent,
        s=s,
        tz=zone,
        dur="PT1H",
        seq=1,
        summary="Colloquio tecnico - Frontend",
        org=me,
        atts=(att(who[0], who[1], "ACCEPTED"),),
    )
    add(
        fam,
        "sabre_it",
        vcal(SABRE, "REPLY", [*vtz(zone), *ev], calscale=True),
        label("reply", uid, 1, "REPLY", s, mins(s, 60), zone),
        "sabre/vobject broker REPLY with DTSTART and DURATION kept: a reply; the event's own times are labelled.",
        "it",
        sender=f"{who[1]} <{who[0]}>",
        subject="Re: Colloquio tecnico - Frontend",
        sent=sent,
        text="Giulia Riva ha accettato l'invito.\n",
        layout="sabre",
    )


# ------------------------------------------------------------------------------ barecancel43
def barecancel43() -> None:
    fam = "barecancel43"
    rows = [
        (
            "nots_en",
            "en",
            ("hiring@northlight.example", "Northlight Hiring"),
            1,
            "Cancelled: Interview - Data Analyst",
            "Hi,\n\nWe need to cancel this interview. We will be in touch with a new proposal.\n\nNorthlight Hiring\n",
            "COMMENT:Interview cancelled - new time to follow",
        ),
        (
            "nots_sv",
            "sv",
            ("rekrytering@fjordbyggen.example", "Fjordbyggen Rekrytering"),
            2,
            "Inställt: Intervju - Projektingenjör",
            "Hej,\n\nIntervjun är tyvärr inställd. Vi återkommer med ett nytt förslag.\n\nVänliga hälsningar\nFjordbyggen\n",
            None,
        ),
        (
            "nots_pt",
            "pt",
            ("rh@casadoverde.example", "Casa do Verde RH"),
            1,
            "Cancelado: Entrevista - Analista Financeiro",
            "Olá,\n\nA entrevista foi cancelada. Entraremos em contacto em breve.\n\nCasa do Verde\n",
            "STATUS:CANCELLED",
        ),
    ]
    for i, (name, lang, org, seq, subj, text, extra) in enumerate(rows):
        sent = at(2026, 4, 14 + i, 8, 45, "Europe/Stockholm")
        uid = uid_of(fam, name)
        ev = vevent(
            uid,
            sent,
            seq=seq,
            org=org,
            atts=(att(ME, "Candidate"),),
            more=(extra,) if extra else (),
        )
        add(
            fam,
            name,
            vcal(RFC if i != 1 else TB, "CANCEL", ev),
            label("cancellation", uid, seq, "CANCEL"),
            "RFC 5546 4.2.9-style CANCEL: ORGANIZER, ATTENDEE, UID, SEQUENCE, DTSTAMP (+ COMMENT/STATUS) and no time; the text names no slot: cancellation, no start.",
            lang,
            sender=f"{org[1]} <{org[0]}>",
            subject=subj,
            sent=sent,
            text=text,
            layout="alt" if i % 2 == 0 else "attach",
        )

    # 4. CANCEL of one instance by RECURRENCE-ID only.
    zone = "America/New_York"
    rid = at(2026, 7, 14, 11, 0, zone)
    sent = at(2026, 7, 8, 17, 40, zone)
    uid = uid_of(fam, "instance_en")
    org = ("talent@harborlane.example", "Harbor Lane Talent")
    ev = vevent(
        uid,
        sent,
        rid=rid,
        tz=zone,
        seq=3,
        org=org,
        atts=(att(ME, "Candidate"),),
        more=("STATUS:CANCELLED",),
    )
    add(
        fam,
        "instance_en",
        vcal(RFC, "CANCEL", [*vtz(zone), *ev]),
        {**label("cancellation", uid, 3, "CANCEL", rid, None, zone)},
        "CANCEL of one occurrence of a weekly onboarding-style interview series by RECURRENCE-ID alone (RFC 5546 4.4.x): the cancelled slot is the RECURRENCE-ID instant; no end given.",
        "en",
        sender=f"{org[1]} <{org[0]}>",
        subject="Canceled: Panel interview series (one session)",
        sent=sent,
        text="Hello,\n\nOne session of the panel series is cancelled; the others stay as planned.\n\nHarbor Lane Talent\n",
        layout="alt",
    )

    # 5. sabre/vobject organizer CANCEL with DURATION (BrokerDeleteEventTest::testOrganizerDeleteWithDuration).
    zone = "Europe/Warsaw"
    s = at(2026, 9, 22, 13, 0, zone)
    sent = at(2026, 9, 15, 10, 12, zone)
    uid = uid_of(fam, "sabre_pl")
    org = ("rekrutacja@wislasoft.example", "Wisłasoft Rekrutacja")
    ev = vevent(
        uid,
        sent,
        s=s,
        dur="PT45M",
        seq=2,
        summary="Rozmowa rekrutacyjna - Tester",
        org=org,
        atts=(att(ME, "Kandydat"),),
    )
    add(
        fam,
        "sabre_pl",
        vcal(SABRE, "CANCEL", ev, calscale=True),
        label("cancellation", uid, 2, "CANCEL", s, mins(s, 45)),
        "sabre/vobject organizer CANCEL (UTC DTSTART + DURATION, SEQUENCE bumped): cancellation with its start; UTC only, no zone labelled.",
        "pl",
        sender=f"{org[1]} <{org[0]}>",
        subject="Anulowano: Rozmowa rekrutacyjna - Tester",
        sent=sent,
        text="Dzień dobry,\n\nRozmowa została odwołana.\n\nWisłasoft\n",
        layout="sabre",
    )

    # 6. CANCEL without time, slot named in the text.
    zone = "Europe/Berlin"
    s = at(2026, 10, 6, 14, 30, zone)
    sent = at(2026, 9, 30, 9, 0, zone)
    uid = uid_of(fam, "text_slot_de")
    org = ("bewerbung@hansewerk-it.example", "Hansewerk IT Recruiting")
    ev = vevent(uid, sent, seq=1, org=org, atts=(att(ME, "Bewerber"),), more=("STATUS:CANCELLED",))
    lab = label("cancellation", uid, 1, "CANCEL", s, None)
    add(
        fam,
        "text_slot_de",
        vcal(KORG, "CANCEL", ev),
        lab,
        "Time-less CANCEL; the text names the cancelled slot (Tuesday 06.10.2026 14:30): cancellation with that start, no end.",
        "de",
        sender=f"{org[1]} <{org[0]}>",
        subject="Abgesagt: Vorstellungsgespräch",
        sent=sent,
        text=f"Guten Tag,\n\nleider müssen wir das Vorstellungsgespräch am Dienstag, {de(s)}, absagen. Wir melden uns mit einem neuen Termin.\n\nHansewerk IT\n",
        layout="attach",
        no_verify=True,
    )


# ------------------------------------------------------------------------------ thisfuture43
def thisfuture43() -> None:
    fam = "thisfuture43"
    # 1. CANCEL this and all later instances (RANGE=THISANDFUTURE), RECURRENCE-ID only.
    zone = "Europe/Paris"
    rid = at(2026, 11, 5, 9, 30, zone)
    sent = at(2026, 10, 29, 18, 0, zone)
    uid = uid_of(fam, "cancel_rest_fr")
    org = ("recrutement@maisonvidal.example", "Maison Vidal Recrutement")
    ev = vevent(
        uid,
        sent,
        rid=rid,
        rid_extra=";RANGE=THISANDFUTURE",
        tz=zone,
        seq=2,
        org=org,
        atts=(att(ME, "Candidat"),),
        more=("STATUS:CANCELLED",),
    )
    add(
        fam,
        "cancel_rest_fr",
        vcal(TB, "CANCEL", [*vtz(zone), *ev]),
        label("cancellation", uid, 2, "CANCEL", rid, None, zone),
        "CANCEL with RECURRENCE-ID;RANGE=THISANDFUTURE and no DTSTART: the series of trial-day check-ins ends from this instance on; the cancelled slot is the RECURRENCE-ID instant.",
        "fr",
        sender=f"{org[1]} <{org[0]}>",
        subject="Annulé : points hebdomadaires de la période d'essai",
        sent=sent,
        text="Bonjour,\n\nLes points hebdomadaires s'arrêtent à partir de cette séance.\n\nMaison Vidal\n",
        layout="alt",
    )

    # 2. CANCEL this and future with DTSTART kept (Outlook-like).
    zone = "America/Chicago"
    rid = at(2026, 4, 21, 16, 0, zone)
    sent = at(2026, 4, 15, 12, 30, zone)
    uid = uid_of(fam, "cancel_rest_en")
    org = ("recruiting@prairiegrid.example", "Prairie Grid Recruiting")
    ev = vevent(
        uid,
        sent,
        s=rid,
        e=mins(rid, 30),
        tz=zone,
        rid=rid,
        rid_extra=";RANGE=THISANDFUTURE",
        seq=4,
        summary="Weekly candidate sync",
        org=org,
        atts=(att(ME, "Candidate"),),
        more=("STATUS:CANCELLED",),
    )
    add(
        fam,
        "cancel_rest_en",
        vcal(OUTLOOK, "CANCEL", [*vtz(zone), *ev]),
        label("cancellation", uid, 4, "CANCEL", rid, mins(rid, 30), zone),
        "CANCEL of this and later instances with DTSTART/DTEND equal to the RECURRENCE-ID;RANGE=THISANDFUTURE: cancellation of that slot.",
        "en",
        sender=f"{org[1]} <{org[0]}>",
        subject="Canceled: Weekly candidate sync (this and following)",
        sent=sent,
        text="The remaining syncs are cancelled; your process has moved to the offer stage.\n",
        layout="attach",
    )

    # 3. REQUEST moving this and later instances 10:00 -> 11:00 (RANGE=THISANDFUTURE override only).
    zone = "Europe/Berlin"
    rid = at(2026, 5, 13, 10, 0, zone)
    s = at(2026, 5, 13, 11, 0, zone)
    sent = at(2026, 5, 6, 8, 0, zone)
    uid = uid_of(fam, "move_rest_de")
    org = ("j.koenig@saalewerk.example", "Jana König")
    ev = vevent(
        uid,
        sent,
        s=s,
        e=mins(s, 45),
        tz=zone,
        rid=rid,
        rid_extra=";RANGE=THISANDFUTURE",
        seq=2,
        summary="Einarbeitungsgespräch",
        org=org,
        atts=(att(ME, "Bewerber", "NEEDS-ACTION", True),),
    )
    add(
        fam,
        "move_rest_de",
        vcal(TB, "REQUEST", [*vtz(zone), *ev]),
        label("reschedule", uid, 2, "REQUEST", s, mins(s, 45), zone),
        "REQUEST override with RECURRENCE-ID;RANGE=THISANDFUTURE at 10:00 and DTSTART 11:00: the override shows the move (DTSTART differs from RECURRENCE-ID): reschedule, new slot.",
        "de",
        sender=f"{org[1]} <{org[0]}>",
        subject="Aktualisiert: Einarbeitungsgespräch (ab dieser Woche)",
        sent=sent,
        text="Hallo,\n\nab dieser Woche beginnen die Gespräche eine Stunde später.\n\nJana König\n",
        layout="alt",
    )

    # 4. Zimbra CANCEL of one occurrence as akonadi-calendar's itip_data (ORGANIZER lacks its colon).
    rid = datetime(2026, 6, 24, 7, 0, tzinfo=c40.UTC)
    sent = datetime(2026, 6, 20, 15, 2, tzinfo=c40.UTC)
    uid = uid_of(fam, "zimbra_en")
    ev = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "SUMMARY:Daily standup with the hiring team",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;X-UID=1402183441:mailto:olu.ade@tidewaylabs.example",
        f"ATTENDEE;RSVP=TRUE:mailto:{ME}",
        "ORGANIZER;mailto:olu.ade@tidewaylabs.example",
        f"DTSTART:{stamp(rid)}",
        f"DTEND:{stamp(mins(rid, 15))}",
        "STATUS:CANCELLED",
        "CLASS:PUBLIC",
        "TRANSP:OPAQUE",
        f"RECURRENCE-ID:{stamp(rid)}",
        f"DTSTAMP:{stamp(sent)}",
        "SEQUENCE:1",
        "DESCRIPTION:Skipping this one",
        "END:VEVENT",
    ]
    add(
        fam,
        "zimbra_en",
        vcal(ZIMBRA, "CANCEL", ev),
        label("cancellation", uid, 1, "CANCEL", rid, mins(rid, 15)),
        "Zimbra CANCEL of one occurrence in akonadi-calendar's itip_data shape (ORGANIZER without colon, X-UID on ATTENDEE, UTC times, RECURRENCE-ID after DTEND): cancellation of that occurrence; UTC only, no zone labelled.",
        "en",
        sender="Olu Ade <olu.ade@tidewaylabs.example>",
        subject="Cancelled: Daily standup with the hiring team @ Wed Jun 24",
        sent=sent,
        text="Skipping this one.\n",
        layout="attach",
        no_verify=True,
    )

    # 5. CANCEL one all-day occurrence (assessment day) by RECURRENCE-ID;VALUE=DATE only.
    zone = "Europe/Stockholm"
    rid_d = date(2026, 8, 18)
    sent = at(2026, 8, 10, 13, 0, zone)
    uid = uid_of(fam, "allday_sv")
    org = ("hr@norrskenmedia.example", "Norrsken Media HR")
    ev = vevent(
        uid,
        sent,
        rid=rid_d,
        seq=1,
        org=org,
        atts=(att(ME, "Kandidat"),),
        more=("STATUS:CANCELLED",),
    )
    add(
        fam,
        "allday_sv",
        vcal(APPLE, "CANCEL", ev),
        {**label("cancellation", uid, 1, "CANCEL", rid_d, None)},
        "CANCEL of one all-day occurrence of the trial-day series by RECURRENCE-ID;VALUE=DATE alone: cancellation of that day, all_day; no end.",
        "sv",
        sender=f"{org[1]} <{org[0]}>",
        subject="Inställd: Provdag (en dag)",
        sent=sent,
        text="Hej,\n\nProvdagen den här veckan är inställd.\n\nNorrsken Media\n",
        layout="alt",
    )


# ------------------------------------------------------------------------------ counterx43
def counterx43() -> None:
    fam = "counterx43"
    me = (ME, "Candidate")
    # 1. COUNTER with proposed times (RFC 5546 4.2.7).
    zone = "America/New_York"
    s = at(2026, 3, 26, 14, 0, zone)
    sent = at(2026, 3, 19, 10, 0, zone)
    uid = uid_of(fam, "counter_en")
    who = ("dana.whit@cobaltpeak.example", "Dana Whitfield")
    ev = vevent(
        uid,
        sent,
        s=s,
        e=mins(s, 60),
        tz=zone,
        seq=0,
        summary="Final round - Product Ops",
        org=me,
        atts=(att(who[0], who[1], "TENTATIVE"),),
        more=("COMMENT:2 PM works better for the panel.",),
    )
    add(
        fam,
        "counter_en",
        vcal(OUTLOOK, "COUNTER", [*vtz(zone), *ev]),
        label("reply", uid, 0, "COUNTER", s, mins(s, 60), zone),
        "COUNTER proposing a time (RFC 5546 4.2.7): reply with the proposed times per the corpus rules.",
        "en",
        sender=f"{who[1]} <{who[0]}>",
        subject="New Time Proposed: Final round - Product Ops",
        sent=sent,
        text="Dana Whitfield proposed a new time. 2 PM works better for the panel.\n",
        layout="alt",
    )

    # 2. DECLINECOUNTER without time (RFC 5546 4.2.8 example shape).
    zone = "Europe/Amsterdam"
    sent = at(2026, 4, 2, 11, 30, zone)
    uid = uid_of(fam, "declinecounter_nl")
    org = ("werving@grachtbank.example", "Grachtbank Werving")
    ev = vevent(
        uid,
        sent,
        seq=0,
        org=org,
        atts=(att(ME, "Kandidaat"),),
        more=(
            "COMMENT:Het voorgestelde tijdstip kan helaas niet; het oorspronkelijke blijft staan.",
        ),
    )
    add(
        fam,
        "declinecounter_nl",
        vcal(RFC, "DECLINECOUNTER", ev),
        label("reply", uid, 0, "DECLINECOUNTER"),
        "DECLINECOUNTER in RFC 5546 4.2.8's shape: ORGANIZER, ATTENDEE, COMMENT, UID, SEQUENCE, DTSTAMP, no time: reply, no slot.",
        "nl",
        sender=f"{org[1]} <{org[0]}>",
        subject="Tegenvoorstel afgewezen: Tweede gesprek",
        sent=sent,
        text="Het voorgestelde tijdstip kan helaas niet; het oorspronkelijke tijdstip blijft staan.\n",
        layout="attach",
    )

    # 3. COUNTER with DURATION, Tokyo.
    zone = "Asia/Tokyo"
    s = at(2026, 6, 3, 17, 0, zone)
    sent = at(2026, 5, 28, 9, 0, zone)
    uid = uid_of(fam, "counter_duration_en")
    who = ("k.sato@minatoworks.example", "Kenji Sato")
    ev = vevent(
        uid,
        sent,
        s=s,
        tz=zone,
        dur="PT30M",
        seq=1,
        summary="Case interview",
        org=me,
        atts=(att(who[0], who[1], "NEEDS-ACTION"),),
    )
    add(
        fam,
        "counter_duration_en",
        vcal(APPLE, "COUNTER", [*vtz(zone), *ev]),
        label("reply", uid, 1, "COUNTER", s, mins(s, 30), zone),
        "COUNTER with DTSTART + DURATION and SEQUENCE 1: reply with the proposed times.",
        "en",
        sender=f"{who[1]} <{who[0]}>",
        subject="Counter proposal: Case interview",
        sent=sent,
        text="Kenji Sato suggests another time for this event.\n",
        layout="attach",
    )

    # 4. DECLINECOUNTER keeping the original time.
    zone = "Europe/Madrid"
    s = at(2026, 7, 7, 10, 0, zone)
    sent = at(2026, 6, 30, 16, 0, zone)
    uid = uid_of(fam, "declinecounter_es")
    org = ("seleccion@olivarnorte.example", "Olivar Norte Selección")
    ev = vevent(
        uid,
        sent,
        s=s,
        e=mins(s, 60),
        tz=zone,
        seq=1,
        summary="Entrevista - Jefe de almacén",
        org=org,
        atts=(att(ME, "Candidato"),),
        more=("COMMENT:Mantenemos la hora original.",),
    )
    add(
        fam,
        "declinecounter_es",
        vcal(TB, "DECLINECOUNTER", [*vtz(zone), *ev]),
        label("reply", uid, 1, "DECLINECOUNTER", s, mins(s, 60), zone),
        "DECLINECOUNTER carrying the original event times: reply; the event's own times are labelled.",
        "es",
        sender=f"{org[1]} <{org[0]}>",
        subject="Propuesta rechazada: Entrevista - Jefe de almacén",
        sent=sent,
        text="Mantenemos la hora original de la entrevista.\n",
        layout="alt",
    )

    # 5. COUNTER for one instance (RECURRENCE-ID + proposed DTSTART).
    zone = "Australia/Sydney"
    rid = at(2026, 9, 15, 9, 0, zone)
    s = at(2026, 9, 15, 13, 0, zone)
    sent = at(2026, 9, 9, 12, 0, zone)
    uid = uid_of(fam, "counter_instance_en")
    who = ("m.ohara@harbourline.example", "Meg O'Hara")
    ev = vevent(
        uid,
        sent,
        s=s,
        e=mins(s, 30),
        tz=zone,
        rid=rid,
        seq=2,
        summary="Weekly check-in",
        org=me,
        atts=(att(who[0], who[1], "TENTATIVE"),),
    )
    add(
        fam,
        "counter_instance_en",
        vcal(RFC, "COUNTER", [*vtz(zone), *ev]),
        label("reply", uid, 2, "COUNTER", s, mins(s, 30), zone),
        "COUNTER for one instance: RECURRENCE-ID 09:00 and proposed DTSTART 13:00: reply with the proposed times.",
        "en",
        sender=f"{who[1]} <{who[0]}>",
        subject="New time proposed: Weekly check-in",
        sent=sent,
        text="Could we move this week's check-in to the afternoon?\n",
        layout="alt",
    )


# ------------------------------------------------------------------------------ refreshadd43
def refreshadd43() -> None:
    fam = "refreshadd43"
    # 1. REFRESH (RFC 5546 4.2.6) from the interviewer about the candidate's own event.
    sent = at(2026, 3, 9, 10, 0, "Europe/London")
    uid = uid_of(fam, "refresh_en")
    ev = [
        "BEGIN:VEVENT",
        "ATTENDEE;CN=Ruth Gale:mailto:ruth.gale@fenwickco.example",
        f"ORGANIZER;CN=Candidate:mailto:{ME}",
        f"UID:{uid}",
        f"DTSTAMP:{stamp(sent)}",
        "END:VEVENT",
    ]
    add(
        fam,
        "refresh_en",
        vcal(RFC, "REFRESH", ev),
        {"kind": "not_invitation", "uid": uid, "sequence": 0, "method": "REFRESH"},
        "REFRESH (RFC 5546 4.2.6): an attendee asks for the latest copy of the candidate's own event; no time, no invitation.",
        "en",
        sender="Ruth Gale <ruth.gale@fenwickco.example>",
        subject="Refresh request: Coffee chat",
        sent=sent,
        text="Could you send me the current version of this event?\n",
        layout="attach",
    )

    # 2. REFRESH of one instance (RECURRENCE-ID).
    zone = "Europe/Berlin"
    rid = at(2026, 4, 28, 15, 0, zone)
    sent = at(2026, 4, 20, 9, 30, zone)
    uid = uid_of(fam, "refresh_instance_de")
    ev = [
        "BEGIN:VEVENT",
        "ATTENDEE;CN=Lena Vogt:mailto:lena.vogt@isarmotion.example",
        f"ORGANIZER;CN=Bewerberin:mailto:{ME}",
        dtl("RECURRENCE-ID", rid, zone),
        f"UID:{uid}",
        f"DTSTAMP:{stamp(sent)}",
        "END:VEVENT",
    ]
    add(
        fam,
        "refresh_instance_de",
        vcal(KORG, "REFRESH", [*vtz(zone), *ev]),
        {"kind": "not_invitation", "uid": uid, "sequence": 0, "method": "REFRESH"},
        "REFRESH for one instance (RECURRENCE-ID): a request for the latest copy, not an invitation.",
        "de",
        sender="Lena Vogt <lena.vogt@isarmotion.example>",
        subject="Aktualisierung angefordert: Mentoring-Termin",
        sent=sent,
        text="Bitte senden Sie mir die aktuelle Fassung dieses Termins.\n",
        layout="alt",
    )

    # 3.-5. ADD of extra instances (RFC 5546 4.4.x "Adding a new instance").
    rows = [
        (
            "add_session_en",
            "en",
            "America/Los_Angeles",
            at(2026, 5, 20, 13, 0, "America/Los_Angeles"),
            90,
            2,
            ("panels@sierrawave.example", "Sierra Wave Panels"),
            "Added: extra session - Design panel",
            "We have added one more session to your interview loop.\n",
        ),
        (
            "add_session_it",
            "it",
            "Europe/Rome",
            at(2026, 10, 14, 9, 30, "Europe/Rome"),
            60,
            1,
            ("selezione@lagunatessile.example", "Laguna Tessile Selezione"),
            "Sessione aggiunta: Giornata di valutazione",
            "Abbiamo aggiunto una sessione alla giornata di valutazione.\n",
        ),
    ]
    for name, lang, zone, s, dur, seq, org, subj, text in rows:
        sent = mins(s, -60 * 24 * 6)
        uid = uid_of(fam, name)
        ev = vevent(
            uid,
            sent,
            s=s,
            e=mins(s, dur),
            tz=zone,
            seq=seq,
            summary=subj.split(": ", 1)[-1],
            org=org,
            atts=(att(ME, "Candidate", "NEEDS-ACTION", True),),
        )
        add(
            fam,
            name,
            vcal(RFC, "ADD", [*vtz(zone), *ev]),
            label("invitation", uid, seq, "ADD", s, mins(s, dur), zone),
            "METHOD:ADD of one extra instance (RFC 5546 4.4.x): a new slot offered; invitation with its times, as the corpus labels ADD.",
            lang,
            sender=f"{org[1]} <{org[0]}>",
            subject=subj,
            sent=sent,
            text=text,
            layout="alt",
        )

    # 6. ADD of an all-day instance.
    d = date(2026, 11, 3)
    sent = at(2026, 10, 26, 9, 0, "Europe/Oslo")
    uid = uid_of(fam, "add_allday_nb")
    org = ("rekruttering@fjellkraft.example", "Fjellkraft Rekruttering")
    ev = vevent(
        uid,
        sent,
        s=d,
        e=d + timedelta(days=1),
        seq=1,
        summary="Hospiteringsdag",
        org=org,
        atts=(att(ME, "Kandidat", "NEEDS-ACTION", True),),
    )
    add(
        fam,
        "add_allday_nb",
        vcal(TB, "ADD", ev),
        label("invitation", uid, 1, "ADD", d, d + timedelta(days=1)),
        "METHOD:ADD of one all-day instance (VALUE=DATE): invitation, all_day, exclusive end.",
        "nb",
        sender=f"{org[1]} <{org[0]}>",
        subject="Ny dag lagt til: Hospiteringsdag",
        sent=sent,
        text="Vi har lagt til en ekstra hospiteringsdag.\n",
        layout="attach",
    )


# ------------------------------------------------------------------------------ oneinst43
def oneinst43() -> None:
    fam = "oneinst43"
    rows = [
        # name, lang, zone, rid, start, seq, kind, method prodid, subject, text
        (
            "added_same_en",
            "en",
            "Europe/Dublin",
            at(2026, 3, 17, 10, 0, "Europe/Dublin"),
            None,
            0,
            "invitation",
            SABRE,
            ("talent@liffeyanalytics.example", "Liffey Analytics Talent"),
            "Invitation: Team lunch interview (Tue Mar 17)",
            "You have been added to one session of our recurring team interviews.\n",
        ),
        (
            "added_same_seq_de",
            "de",
            "Europe/Vienna",
            at(2026, 5, 5, 14, 0, "Europe/Vienna"),
            None,
            3,
            None,
            SABRE,
            ("karriere@donaulicht.example", "Donaulicht Karriere"),
            "Einladung: Fachgespräch (ein Termin)",
            "Sie wurden zu einem Termin der Gesprächsreihe hinzugefügt.\n",
        ),
        (
            "moved_fr",
            "fr",
            "Europe/Brussels",
            at(2026, 6, 11, 9, 0, "Europe/Brussels"),
            at(2026, 6, 11, 11, 30, "Europe/Brussels"),
            1,
            "reschedule",
            TB,
            ("rh@sablonconseil.example", "Sablon Conseil RH"),
            "Mise à jour : entretien de suivi",
            "Cette séance de suivi a lieu plus tard dans la matinée.\n",
        ),
        (
            "moved_day_pt",
            "pt",
            "America/Sao_Paulo",
            at(2026, 8, 4, 15, 0, "America/Sao_Paulo"),
            at(2026, 8, 6, 15, 0, "America/Sao_Paulo"),
            2,
            "reschedule",
            APPLE,
            ("recrutamento@ipanemadigital.example", "Ipanema Digital Recrutamento"),
            "Atualizado: Conversa com a liderança",
            "Esta sessão passou para quinta-feira.\n",
        ),
        (
            "added_same_ja",
            "ja",
            "Asia/Tokyo",
            at(2026, 9, 29, 10, 0, "Asia/Tokyo"),
            None,
            0,
            "invitation",
            NC,
            ("saiyo@kanazawasoft.example", "金沢ソフト 採用担当"),
            "招待: 技術面接 (1回)",
            "定例面接のうち1回に招待されました。\n",
        ),
    ]
    for name, lang, zone, rid, s, seq, kind, prodid, org, subj, text in rows:
        start = s or rid
        sent = mins(rid, -60 * 24 * 7)
        uid = uid_of(fam, name)
        ev = vevent(
            uid,
            sent,
            s=start,
            e=mins(start, 45),
            tz=zone,
            rid=rid,
            seq=seq,
            summary=subj.split(": ", 1)[-1],
            org=org,
            atts=(att(ME, "Candidate", "NEEDS-ACTION", True),),
        )
        add(
            fam,
            name,
            vcal(prodid, "REQUEST", [*vtz(zone), *ev]),
            label(kind, uid, seq, "REQUEST", start, mins(start, 45), zone),
            "REQUEST carrying only one instance of a series (RECURRENCE-ID with its own DTSTART), as sabre/vobject's broker sends it to an attendee of one occurrence; "
            + (
                "DTSTART differs from RECURRENCE-ID: reschedule."
                if s
                else (
                    "SEQUENCE 0: invitation."
                    if kind
                    else "SEQUENCE > 0 and the same time: kind omitted."
                )
            ),
            lang,
            sender=f"{org[1]} <{org[0]}>",
            subject=subj,
            sent=sent,
            text=text,
            layout="alt" if len(name) % 2 else "attach",
        )

    # 6. all-day instance REQUEST
    rid_d = date(2026, 10, 20)
    sent = at(2026, 10, 12, 8, 0, "Europe/Helsinki")
    uid = uid_of(fam, "allday_fi")
    org = ("rekry@saimaatech.example", "Saimaa Tech Rekry")
    ev = vevent(
        uid,
        sent,
        s=rid_d,
        e=rid_d + timedelta(days=1),
        rid=rid_d,
        seq=0,
        summary="Tutustumispäivä",
        org=org,
        atts=(att(ME, "Hakija", "NEEDS-ACTION", True),),
    )
    add(
        fam,
        "allday_fi",
        vcal(TB, "REQUEST", ev),
        label("invitation", uid, 0, "REQUEST", rid_d, rid_d + timedelta(days=1)),
        "REQUEST for one all-day instance (RECURRENCE-ID;VALUE=DATE = DTSTART) at SEQUENCE 0: invitation, all_day.",
        "fi",
        sender=f"{org[1]} <{org[0]}>",
        subject="Kutsu: Tutustumispäivä",
        sent=sent,
        text="Sinut on kutsuttu yhteen tutustumispäivään.\n",
        layout="alt",
    )


# ------------------------------------------------------------------------------ pubmulti43
def pubmulti43() -> None:
    fam = "pubmulti43"
    # 1.-3. PUBLISH of an assessment day: several VEVENTs with their own UIDs.
    rows = [
        (
            "day_en",
            "en",
            "Europe/London",
            date(2026, 4, 22),
            ("earlycareers@thamesrail.example", "Thames Rail Early Careers"),
            ["Group exercise", "Presentation", "Interview"],
            "Your assessment centre schedule",
            "Please find your assessment centre schedule attached.\n",
        ),
        (
            "day_de",
            "de",
            "Europe/Zurich",
            date(2026, 6, 17),
            ("karriere@alpenbahn.example", "Alpenbahn Karriere"),
            ["Gruppenübung", "Fallstudie", "Interview"],
            "Ihr Ablauf am Assessment-Tag",
            "Anbei der Ablauf Ihres Assessment-Tags.\n",
        ),
        (
            "day_es",
            "es",
            "America/Mexico_City",
            date(2026, 9, 9),
            ("talento@sierramadre.example", "Sierra Madre Talento"),
            ["Dinámica de grupo", "Entrevista"],
            "Agenda de tu jornada de evaluación",
            "Adjuntamos la agenda de tu jornada de evaluación.\n",
        ),
    ]
    for name, lang, zone, d, org, sessions, subj, text in rows:
        sent = at(d.year, d.month, d.day - 7, 9, 0, zone)
        evs: list[str] = []
        for k, title in enumerate(sessions):
            s = at(d.year, d.month, d.day, 9 + 2 * k, 0, zone)
            evs += vevent(
                uid_of(fam, f"{name}/{k}"),
                sent,
                s=s,
                e=mins(s, 60),
                tz=zone,
                seq=0,
                summary=title,
                org=org,
            )
        add(
            fam,
            name,
            vcal(NC, "PUBLISH", [*vtz(zone), *evs]),
            {"kind": "invitation", "method": "PUBLISH"},
            "PUBLISH of one assessment day as several VEVENTs with their own UIDs: an invitation; which session is 'the' slot is ambiguous, so only kind and method are labelled.",
            lang,
            sender=f"{org[1]} <{org[0]}>",
            subject=subj,
            sent=sent,
            text=text,
            layout="attach",
        )

    # 4.-5. PUBLISH of one event.
    rows2 = [
        (
            "single_nl",
            "nl",
            "Europe/Amsterdam",
            at(2026, 5, 27, 13, 30, "Europe/Amsterdam"),
            45,
            ("hr@dijkzichtzorg.example", "Dijkzicht Zorg HR"),
            "Kennismakingsgesprek",
            "Hierbij het kennismakingsgesprek in je agenda.\n",
        ),
        (
            "single_pl",
            "pl",
            "Europe/Warsaw",
            at(2026, 7, 23, 10, 0, "Europe/Warsaw"),
            60,
            ("kariera@baltykfin.example", "Bałtyk Fin Kariera"),
            "Rozmowa kwalifikacyjna",
            "W załączniku termin rozmowy.\n",
        ),
    ]
    for name, lang, zone, s, dur, org, summ, text in rows2:
        sent = mins(s, -60 * 24 * 5)
        uid = uid_of(fam, name)
        ev = vevent(uid, sent, s=s, e=mins(s, dur), tz=zone, seq=0, summary=summ, org=org)
        add(
            fam,
            name,
            vcal(TB, "PUBLISH", [*vtz(zone), *ev]),
            label("invitation", uid, 0, "PUBLISH", s, mins(s, dur), zone),
            "PUBLISH with one event: invitation with its times.",
            lang,
            sender=f"{org[1]} <{org[0]}>",
            subject=summ,
            sent=sent,
            text=text,
            layout="alt",
        )

    # 6. PUBLISH of several events that are not an interview (office closures): look-alike.
    sent = at(2026, 11, 2, 10, 0, "Europe/Copenhagen")
    evs = []
    for k, d in enumerate((date(2026, 12, 24), date(2026, 12, 31))):
        evs += vevent(
            uid_of(fam, f"closed/{k}"),
            sent,
            s=d,
            e=d + timedelta(days=1),
            seq=0,
            summary="Kontoret lukket",
        )
    add(
        fam,
        "closures_da",
        vcal(OUTLOOK, "PUBLISH", evs),
        {"kind": "not_invitation", "method": "PUBLISH"},
        "PUBLISH of two all-day office-closure days sent to applicants: no interview.",
        "da",
        sender="Nordhavn HR <hr@nordhavnlog.example>",
        subject="Lukkedage i december",
        sent=sent,
        text="Kære ansøger,\n\nKontoret er lukket på disse dage; vi svarer på henvendelser bagefter.\n",
        layout="attach",
    )


# ------------------------------------------------------------------------------ seqbump43
def seqbump43() -> None:
    fam = "seqbump43"
    rows = [
        # name, lang, zone, start, old (None: text does not say), seq, prodid, org, subject, text-fn
        (
            "update_en",
            "en",
            "America/Denver",
            at(2026, 3, 31, 9, 0, "America/Denver"),
            None,
            2,
            NC,
            ("jobs@redmesa.example", "Red Mesa Jobs"),
            "Invitation updated: Onsite interview",
            lambda s, o: "The details of this event have been updated.\n",
        ),
        (
            "update_sv",
            "sv",
            "Europe/Stockholm",
            at(2026, 5, 12, 13, 0, "Europe/Stockholm"),
            None,
            1,
            OUTLOOK,
            ("rekrytering@malarenenergi.example", "Mälaren Energi Rekrytering"),
            "Uppdaterad: Intervju - Elingenjör",
            lambda s, o: "Mötesinbjudan har uppdaterats.\n",
        ),
        (
            "moved_en",
            "en",
            "Asia/Singapore",
            at(2026, 6, 18, 15, 0, "Asia/Singapore"),
            at(2026, 6, 17, 10, 0, "Asia/Singapore"),
            1,
            NC,
            ("talent@straitsgrid.example", "Straits Grid Talent"),
            "Invitation updated: Technical interview",
            lambda s, o: (
                f"The event has been moved.\n\nWas: {en(o)}\nNow: {en(s)} (Asia/Singapore)\n"
            ),
        ),
        (
            "moved_de",
            "de",
            "Europe/Berlin",
            at(2026, 7, 9, 11, 0, "Europe/Berlin"),
            at(2026, 7, 8, 11, 0, "Europe/Berlin"),
            3,
            TB,
            ("personal@elbufer.example", "Elbufer Personal"),
            "Verschoben: Vorstellungsgespräch",
            lambda s, o: (
                f"Guten Tag,\n\nwir müssen das Gespräch vom {de(o)} auf den {de(s)} verschieben.\n\nElbufer Personal\n"
            ),
        ),
        (
            "update_desc_fr",
            "fr",
            "Europe/Paris",
            at(2026, 9, 24, 16, 0, "Europe/Paris"),
            None,
            1,
            APPLE,
            ("talents@rivegauche.example", "Rive Gauche Talents"),
            "Invitation mise à jour : entretien final",
            lambda s, o: "L'invitation a été mise à jour (lien de visioconférence ajouté).\n",
        ),
        (
            "update_kolkata_en",
            "en",
            "Asia/Kolkata",
            at(2026, 10, 27, 11, 30, "Asia/Kolkata"),
            None,
            4,
            OUTLOOK,
            ("hiring@deccanworks.example", "Deccan Works Hiring"),
            "Updated: HR discussion",
            lambda s, o: "This meeting has been updated by the organizer.\n",
        ),
    ]
    for name, lang, zone, s, old, seq, prodid, org, subj, textf in rows:
        first = mins(s, -60 * 24 * 10)
        sent = mins(s, -60 * 24 * 4)
        uid = uid_of(fam, name)
        ev = vevent(
            uid,
            sent,
            s=s,
            e=mins(s, 60),
            tz=zone,
            seq=seq,
            summary=subj.split(": ", 1)[-1],
            org=org,
            atts=(att(ME, "Candidate", "NEEDS-ACTION", True),),
            more=(f"CREATED:{stamp(first)}", f"LAST-MODIFIED:{stamp(sent)}"),
        )
        kind = "reschedule" if old else None
        add(
            fam,
            name,
            vcal(prodid, "REQUEST", [*vtz(zone), *ev]),
            label(kind, uid, seq, "REQUEST", s, mins(s, 60), zone),
            f"REQUEST with SEQUENCE {seq}, DTSTAMP/LAST-MODIFIED newer than CREATED: "
            + (
                "the text shows the old and the new time: reschedule."
                if old
                else "no earlier version is known and the text does not say whether the time moved: kind omitted."
            ),
            lang,
            sender=f"{org[1]} <{org[0]}>",
            subject=subj,
            sent=sent,
            text=textf(s, old),
            layout="attach" if prodid == NC else "alt",
            html=prodid == NC,
        )


# ------------------------------------------------------------------------------ nctimeless43
def nctimeless43() -> None:
    fam = "nctimeless43"
    # 1. REPLY without DTSTART relayed by the server.
    rows = [
        (
            "reply_en",
            "en",
            "REPLY",
            ("ola.berg@birchlane.example", "Ola Berg"),
            0,
            "Re: Informal chat",
            "birchlane.example",
            ("REQUEST-STATUS:2.0;Success",),
            "ACCEPTED",
            "reply",
        ),
        (
            "reply_declined_de",
            "de",
            "REPLY",
            ("f.wolff@rheinpuls.example", "Frieda Wolff"),
            2,
            "Re: Zweitgespräch",
            "rheinpuls.example",
            (),
            "DECLINED",
            "reply",
        ),
        (
            "cancel_es",
            "es",
            "CANCEL",
            ("seleccion@puertoazul.example", "Puerto Azul Selección"),
            1,
            "Cancelado: Entrevista",
            "puertoazul.example",
            ("STATUS:CANCELLED",),
            None,
            "cancellation",
        ),
        (
            "cancel_it",
            "it",
            "CANCEL",
            ("hr@portofino-tech.example", "Portofino Tech HR"),
            3,
            "Annullato: Colloquio conoscitivo",
            "portofino-tech.example",
            ("STATUS:CANCELLED", "COMMENT:Posizione chiusa"),
            None,
            "cancellation",
        ),
        (
            "declinecounter_en",
            "en",
            "DECLINECOUNTER",
            ("recruit@kestrelbio.example", "Kestrel Bio Recruiting"),
            0,
            "Declined: your proposed time",
            "kestrelbio.example",
            ("COMMENT:We keep the original time.",),
            None,
            "reply",
        ),
        (
            "refresh_nl",
            "nl",
            "REFRESH",
            ("s.visser@duinwater.example", "Sanne Visser"),
            0,
            "Verzoek om bijwerken: Kennismaking",
            "duinwater.example",
            (),
            None,
            "not_invitation",
        ),
    ]
    for i, (name, lang, method, who, seq, subj, dom, more, ps, kind) in enumerate(rows):
        sent = at(2026, 3 + i, 10 + i, 9 + i, 15, "Europe/Amsterdam")
        uid = uid_of(fam, name)
        if method in ("REPLY", "REFRESH"):
            org, atts = (ME, "Candidate"), (att(who[0], who[1], ps),)
        else:
            org, atts = who, (att(ME, "Candidate"),)
        ev = vevent(
            uid, sent, seq=seq if method != "REFRESH" else None, org=org, atts=atts, more=more
        )
        lab = (
            label(kind, uid, seq, method)
            if kind != "not_invitation"
            else {"kind": kind, "uid": uid, "sequence": 0, "method": method}
        )
        add(
            fam,
            name,
            vcal(SABRE, method, ev, calscale=True),
            lab,
            f"{method} with no DTSTART relayed by a sabre/Nextcloud server as the whole message body (text/calendar; method={method}): {kind}, no slot labelled.",
            lang,
            sender=f"{who[1]} via Nextcloud <invitations-noreply@cloud.{dom}>",
            subject=subj,
            sent=sent,
            text="",
            layout="sabre",
            reply_to=f"{who[1]} <{who[0]}>",
        )


# ------------------------------------------------------------------------------ rendering
def headers(
    sender: str, to: str, subject: str, sent: datetime, msgid: str, extra: tuple[str, ...] = ()
) -> bytes:
    head = [
        f"From: {c40.header_text(sender)}",
        f"To: {to}",
        f"Subject: {c40.header_text(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{msgid}@itip43.example>",
        "MIME-Version: 1.0",
        *extra,
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def render(case: Case) -> tuple[str, bytes]:
    """build_cal40's alt/attach layouts with our headers; 'sabre': the calendar is the whole body."""
    assert case.sent is not None
    mid = f"{case.family}.{case.name}"
    if case.layout == "sabre":
        data = c40.cal_bytes(case)
        method = next(ln.split(":", 1)[1] for ln in case.ics if ln.startswith("METHOD:"))
        extra: tuple[str, ...] = ()
        if case.opts.get("reply_to"):
            extra = (f"Reply-To: {c40.header_text(str(case.opts['reply_to']))}",)
        how = "8bit" if not data.isascii() else "7bit"
        body = (
            f"Content-Type: text/calendar; charset=UTF-8; method={method}\r\nContent-Transfer-Encoding: {how}\r\n\r\n".encode()
            + data
        )
        return f"{case.family}__{case.name}.eml", headers(
            case.sender, TO, case.subject, case.sent, mid, extra
        ) + body
    body, _ = c40.body_of(case, f"{case.family}_{case.name}")
    return f"{case.family}__{case.name}.eml", headers(
        case.sender, TO, case.subject, case.sent, mid
    ) + body


def main() -> None:
    for build in (
        bareply43,
        barecancel43,
        thisfuture43,
        counterx43,
        refreshadd43,
        oneinst43,
        pubmulti43,
        seqbump43,
        nctimeless43,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    for case in CASES:
        if (
            not case.opts.get("no_verify")
            and "start" in case.label
            and "RECURRENCE-ID" not in "".join(case.ics)
        ):
            c41.check(case)
        name, data = render(case)
        folder = HERE / ("heldout" if case.family in HELDOUT else "dev")
        (folder / name).write_bytes(data)
        out = dict(case.label)
        out["language"] = case.lang
        out["source"] = {
            "family": case.family,
            "template": FAMILIES[case.family],
            "license": LICENSE,
        }
        out["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files;", "held out:", ", ".join(sorted(HELDOUT)))


if __name__ == "__main__":
    main()
