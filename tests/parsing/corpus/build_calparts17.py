# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calparts17 batch: calendar-bearing mail from producers and shapes new to the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_calparts17.py

Proton Calendar, SOGo, Zimbra, Lotus Notes, Yahoo, Thunderbird Lightning (old mozilla.org
TZIDs), Outlook/Exchange with custom VTIMEZONEs ('Customized Time Zone', quoted display-name
TZIDs, Santiago and Sao Paulo Windows zones), winmail-like multipart/mixed with an
application/ms-tnef part, Microsoft Bookings, Calendly, Cal.com, SmartRecruiters, Teamtailor,
SuccessFactors, Workday and Zoho Recruit .ics, forwards as message/rfc822, DURATION without
DTEND, floating times with X-WR-TIMEZONE, RECURRENCE-ID overrides in southern-hemisphere
series, and calendar parts in charsets other than UTF-8. See PROVENANCE-calparts17.md.

The calendar helpers (fold, vtz, event, label, with_parties, verify) are loaded from
build_calparts16.py. Labels are computed from the aware datetimes written into each calendar
(zoneinfo gives every offset) before the parser runs, and every calendar is re-read with the
`icalendar` package (its DTSTART instant must equal the label). The script only deletes or
writes files of its own families (SPLITS).
"""

from __future__ import annotations

import importlib.util
import json
import quopri
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import format_datetime, parseaddr
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cp16", HERE / "build_calparts16.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cp16"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


cp = _load()
at, vtz, event, calendar, label, fold = cp.at, cp.vtz, cp.event, cp.calendar, cp.label, cp.fold
cp.RULES.update(
    {
        "America/Santiago": ("-0400", "-0300", (4, "1SU", "000000"), (9, "1SU", "000000")),
        "America/Los_Angeles": ("-0800", "-0700", (11, "1SU", "020000"), (3, "2SU", "020000")),
        "America/Chicago": ("-0600", "-0500", (11, "1SU", "020000"), (3, "2SU", "020000")),
        "America/Toronto": ("-0500", "-0400", (11, "1SU", "020000"), (3, "2SU", "020000")),
        "Europe/Paris": cp.RULES["Europe/Berlin"],
        "Europe/Zurich": cp.RULES["Europe/Berlin"],
        "Europe/Stockholm": cp.RULES["Europe/Berlin"],
        "Europe/Warsaw": cp.RULES["Europe/Berlin"],
        "Europe/Madrid": cp.RULES["Europe/Berlin"],
        "Europe/Rome": cp.RULES["Europe/Berlin"],
        "Europe/Prague": cp.RULES["Europe/Berlin"],
        "Europe/Lisbon": cp.RULES["Europe/London"],
        "Asia/Singapore": ("+0800", None, None, None),
        "Asia/Dubai": ("+0400", None, None, None),
        "Asia/Tokyo": ("+0900", None, None, None),
        "Australia/Brisbane": ("+1000", None, None, None),
        "Europe/Moscow": ("+0300", None, None, None),
    }
)

SPLITS = {
    "protoncal19": "dev",
    "exchcustom19": "dev",
    "atsics19": "dev",
    "fwdrfc19": "dev",
    "recurx19": "dev",
    "floatdur19": "dev",
    "notesyahoo19": "dev",
    "sogozimbra19": "heldout",
    "bookings19": "heldout",
    "charsets19": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TEMPLATE = {
    "protoncal19": "Proton Calendar iMIP (shape: PRODID -//Proton AG//ProtonCalendar, IANA TZID "
    "without VTIMEZONE, 'Invitation for an event starting on' text); layout recalled",
    "exchcustom19": "Outlook 16 / Exchange iMIP with custom VTIMEZONE names ('Customized Time "
    "Zone', display-name TZIDs), Windows zones of Chile and Brazil, winmail.dat beside the "
    "calendar part; layout recalled",
    "atsics19": "SmartRecruiters / Teamtailor / SuccessFactors / Workday / Zoho Recruit-style "
    "interview mail with an .ics (shape as their public help pages describe it); wording ours",
    "fwdrfc19": "candidates' forwards of calendar mail: Outlook and Thunderbird 'forward as "
    "attachment' (message/rfc822), Gmail and Apple Mail inline forwards keeping the .ics; "
    "layout recalled",
    "recurx19": "RFC 5545/5546 recurrence shapes across southern-hemisphere DST changes "
    "(RRULE COUNT/UNTIL, RECURRENCE-ID overrides in the same calendar, CANCEL of one instance); "
    "layout recalled",
    "floatdur19": "floating times with X-WR-TIMEZONE, DURATION without DTEND, multi-day DATE "
    "events, Lightning's /mozilla.org/ TZID prefix, quoted Windows TZIDs, long folded lines "
    "(RFC 5545 3.1, 3.2.19, 3.8.2.5)",
    "notesyahoo19": "Lotus Notes/Domino iMIP (X-LOTUS-* properties, short TZIDs), Yahoo Calendar "
    "(UTC, Yahoo PRODID) and Thunderbird Lightning replies; layout recalled",
    "sogozimbra19": "SOGo (Inverse) and Zimbra Collaboration iMIP (shape: SOGo PRODID, Zimbra "
    "'(GMT+01.00) ...' TZIDs and 'The following meeting has been modified' text); layout recalled",
    "bookings19": "Microsoft Bookings, Calendly and Cal.com booking confirmations with calendar "
    "parts (shape as their public help pages describe it); wording ours",
    "charsets19": "calendar parts and bodies in windows-1252, ISO-8859-1/-2, KOI8-R, Shift_JIS "
    "and ISO-2022-JP, in base64 and quoted-printable",
}


@dataclass
class Case:
    family: str
    name: str
    ics: list[str]
    label: dict[str, object]
    note: str
    mail: dict[str, object]
    extra: dict[str, object] = field(default_factory=dict)


CASES: list[Case] = []
TO = "Candidate <candidate@inbox.example>"
ME = "candidate@inbox.example"


def add(
    family: str, name: str, ics: list[str], lab: dict[str, object], note: str, **mail: object
) -> None:
    method = next((ln.split(":", 1)[1] for ln in ics if ln.startswith("METHOD:")), None)
    if method in ("REQUEST", "CANCEL"):
        organizer = str(mail.get("organizer", mail["sender"]))
        ics = cp.with_parties(ics, organizer)
    elif method == "PUBLISH":
        # RFC 5546 3.2.1: a published event names its ORGANIZER too (no ATTENDEE needed)
        who, address = parseaddr(str(mail["sender"]))
        ics = [
            x
            for line in ics
            for x in (
                (f"ORGANIZER;CN={who}:mailto:{address}", line) if line == "END:VEVENT" else (line,)
            )
        ]
    CASES.append(Case(family, name, ics, lab, note, dict(mail)))


def reply_parties(organizer: str, partstat: str) -> tuple[str, ...]:
    name, address = parseaddr(organizer)
    return (
        f"ORGANIZER;CN={name}:mailto:{address}",
        f"ATTENDEE;PARTSTAT={partstat};CN=Candidate:mailto:{ME}",
    )


def d(y: int, mo: int, dd: int) -> date:
    return date(y, mo, dd)


# ------------------------------------------------------------------------------ protoncal19
def protoncal19() -> None:
    fam = "protoncal19"
    prod = "-//Proton AG//ProtonCalendar 1.0.0//EN"
    org = "Lea Brunner <lea.brunner@alpenfirn.example>"
    z = "Europe/Zurich"
    uid = "Vq3k9XnP0fT2mA7sLb1cYw@proton.me"
    s = at(2027, 3, 30, 14, 0, z)  # after the EU change on 28 Mar
    e = s + timedelta(minutes=50)
    sent = at(2027, 3, 22, 9, 14, z)
    ics = calendar(
        event(
            uid,
            s,
            e,
            "Interview: Data Engineer (Alpenfirn)",
            tzid=z,
            seq=0,
            sent=sent,
            more=("LOCATION:https://meet.proton.me/join/alpenfirn-42",),
        ),
        "REQUEST",
        prod,
    )
    text = (
        "Invitation for an event starting on Tuesday, March 30, 2027 at 2:00 PM (GMT+2) Europe/Zurich\n\n"
        "Interview: Data Engineer (Alpenfirn)\n\nWhen: Tuesday, March 30, 2027 2:00 PM - 2:50 PM (GMT+2) Europe/Zurich\n"
        "Where: https://meet.proton.me/join/alpenfirn-42\nOrganizer: Lea Brunner\n\nThis event was sent with Proton Calendar.\n"
    )
    add(
        fam,
        "invite_zurich_no_vtimezone",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Proton invite: IANA TZID with no VTIMEZONE block; slot two days after the EU change, sent in CET.",
        sender=org,
        subject="Invitation for an event starting on Tuesday, March 30, 2027 at 2:00 PM (GMT+2) Europe/Zurich",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt_attach",
    )
    # update seq 1, German, moved
    s2 = at(2027, 3, 31, 9, 30, z)
    e2 = s2 + timedelta(minutes=50)
    sent2 = at(2027, 3, 24, 16, 2, z)
    ics = calendar(
        event(uid, s2, e2, "Interview: Data Engineer (Alpenfirn)", tzid=z, seq=1, sent=sent2),
        "REQUEST",
        prod,
    )
    text = (
        "Lea Brunner hat das Ereignis aktualisiert.\n\nInterview: Data Engineer (Alpenfirn)\n\n"
        "Wann: Mittwoch, 31. März 2027 09:30 - 10:20 (GMT+2) Europe/Zurich\n"
        "(vorher: Dienstag, 30. März 2027 14:00)\n\nDieses Ereignis wurde mit Proton Calendar gesendet.\n"
    )
    add(
        fam,
        "update_seq1_moved_de",
        ics,
        label("reschedule", s2, e2, z, uid, 1, "REQUEST"),
        "German Proton update, SEQUENCE 1, new slot first and the old one in brackets.",
        sender=org,
        subject="Ereignis aktualisiert: Interview: Data Engineer (Alpenfirn)",
        sent=sent2,
        lang="de",
        text=text,
        html=True,
        layout="alt_attach",
    )
    # cancel seq 2
    sent3 = at(2027, 3, 29, 8, 0, z)
    ics = calendar(
        event(
            uid,
            s2,
            e2,
            "Interview: Data Engineer (Alpenfirn)",
            tzid=z,
            seq=2,
            sent=sent3,
            more=("STATUS:CANCELLED",),
        ),
        "CANCEL",
        prod,
    )
    text = (
        "Lea Brunner hat das Ereignis abgesagt.\n\nInterview: Data Engineer (Alpenfirn)\n"
        "Mittwoch, 31. März 2027 09:30 (GMT+2) Europe/Zurich\n"
    )
    add(
        fam,
        "cancel_seq2_de",
        ics,
        label("cancellation", s2, e2, z, uid, 2, "CANCEL"),
        "Proton CANCEL, SEQUENCE 2, STATUS:CANCELLED, IANA TZID without VTIMEZONE.",
        sender=org,
        subject="Ereignis abgesagt: Interview: Data Engineer (Alpenfirn)",
        sent=sent3,
        lang="de",
        text=text,
        html=True,
        layout="alt_attach",
    )
    # Sydney, southern DST: slot after April change, sent before
    z = "Australia/Sydney"
    uid = "h2RrT8uW4kQe0zNs1pYdJg@proton.me"
    s = at(2027, 4, 8, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 3, 31, 12, 45, z)
    ics = calendar(
        event(uid, s, e, "Final round – Wattle & Co", tzid=z, seq=0, sent=sent), "REQUEST", prod
    )
    text = (
        "Invitation for an event starting on Thursday, April 8, 2027 at 10:00 AM (GMT+10) Australia/Sydney\n\n"
        "Final round – Wattle & Co\nWhen: Thursday, April 8, 2027 10:00 AM - 11:00 AM (GMT+10) Australia/Sydney\n"
        "Organizer: Mia Nguyen\n"
    )
    add(
        fam,
        "sydney_after_april_change",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Sydney slot after the 4 Apr 2027 change back to +10:00, sent at +11:00; no VTIMEZONE.",
        sender="Mia Nguyen <mia@wattleco.example>",
        subject="Invitation for an event starting on Thursday, April 8, 2027 at 10:00 AM (GMT+10) Australia/Sydney",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt_attach",
    )
    # all-day assessment day, French
    z = "Europe/Paris"
    uid = "aB9cD8eF7gH6iJ5kL4mN3o@proton.me"
    s_d, e_d = d(2027, 5, 12), d(2027, 5, 13)
    sent = at(2027, 5, 3, 11, 20, z)
    ics = calendar(
        event(uid, s_d, e_d, "Journée d'évaluation – Maison Ortolan", seq=0, sent=sent),
        "REQUEST",
        prod,
    )
    text = (
        "Invitation à un événement le mercredi 12 mai 2027 (toute la journée)\n\n"
        "Journée d'évaluation – Maison Ortolan\nQuand : mercredi 12 mai 2027, toute la journée\n"
    )
    add(
        fam,
        "allday_assessment_fr",
        ics,
        label("invitation", s_d, e_d, None, uid, 0, "REQUEST"),
        "All-day DATE event with exclusive DTEND; French Proton text.",
        sender="Chloé Marchand <chloe@ortolan.example>",
        subject="Invitation : Journée d'évaluation – Maison Ortolan",
        sent=sent,
        lang="fr",
        text=text,
        html=True,
        layout="alt_attach",
    )
    # look-alike: the candidate's own REPLY (accepted), Proton
    z = "Europe/Zurich"
    uid = "Vq3k9XnP0fT2mA7sLb1cYw@proton.me"
    sent = at(2027, 3, 22, 10, 1, z)
    s = at(2027, 3, 30, 14, 0, z)
    e = s + timedelta(minutes=50)
    ics = calendar(
        event(
            uid,
            s,
            e,
            "Interview: Data Engineer (Alpenfirn)",
            tzid=z,
            seq=0,
            sent=sent,
            more=reply_parties(org, "ACCEPTED"),
        ),
        "REPLY",
        prod,
    )
    add(
        fam,
        "reply_accepted_own",
        ics,
        label("reply", s, e, z, uid, 0, "REPLY"),
        "The candidate's own acceptance (REPLY) copied to the inbox; not a new invitation.",
        sender=f"Candidate <{ME}>",
        subject="Accepted: Interview: Data Engineer (Alpenfirn)",
        sent=sent,
        lang="en",
        text="Candidate has accepted your invitation.\n",
        html=False,
        layout="alt",
    )


# ------------------------------------------------------------------------------ exchcustom19
EXUID = "040000008200E00074C5B7101A82E00800000000{}0000000000000000100000000{}"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCH = "Microsoft Exchange Server 2010"


def when_en(s: datetime, e: datetime, display: str) -> str:
    return cp.outlook_when(s, e, display)


def exchcustom19() -> None:
    fam = "exchcustom19"
    # 1. Customized Time Zone (Sydney rules), no name to map
    z = "Australia/Sydney"
    tz = "Customized Time Zone"
    s = at(2027, 10, 5, 11, 0, z)  # two days after the 3 Oct change to +11
    e = s + timedelta(minutes=45)
    sent = at(2027, 9, 28, 14, 30, z)
    uid = EXUID.format("A17C0001", "5E1A0D19")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(
                uid,
                s,
                e,
                "Interview - Solutions Architect",
                tzid=tz,
                seq=0,
                sent=sent,
                more=("LOCATION:Microsoft Teams Meeting", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"),
            ),
        ],
        "REQUEST",
        OUTLOOK,
    )
    text = f"When: {when_en(s, e, '(UTC+10:00) Canberra, Melbourne, Sydney')}\nWhere: Microsoft Teams Meeting\n\nHi, looking forward to chatting with you.\nTom\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    add(
        fam,
        "customized_time_zone_sydney",
        ics,
        label("invitation", s, e, None, uid, 0, "REQUEST"),
        "TZID 'Customized Time Zone' defined only by its 1601 VTIMEZONE (Sydney rules); slot two days after the 3 Oct change to +11:00; no zone name to label.",
        sender="Tom Reyes <tom.reyes@bluegum.example>",
        subject="Interview - Solutions Architect",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )
    # 2. Quoted display-name TZID, Melbourne, update seq 2 with 'Updated:'
    tz = "(UTC+10:00) Canberra, Melbourne, Sydney"
    s = at(2027, 10, 12, 15, 30, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 10, 6, 9, 5, z)
    uid = EXUID.format("A17C0002", "5E1A0D29")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(
                uid,
                s,
                e,
                "Panel interview - Bluegum Energy",
                tzid=tz,
                quote_tzid=True,
                seq=2,
                sent=sent,
            ),
        ],
        "REQUEST",
        EXCH,
    )
    text = f"When: {when_en(s, e, tz)}\nWhere: Level 4, 120 Collins St\n\nMoved to the afternoon, sorry for the shuffle.\n"
    add(
        fam,
        "display_tzid_update_seq2",
        ics,
        label("reschedule", s, e, z, uid, 2, "REQUEST"),
        "Quoted display-name TZID (mapped to Australia/Sydney by CLDR); SEQUENCE 2 update 'moved to the afternoon', +11:00 in October.",
        sender="Tom Reyes <tom.reyes@bluegum.example>",
        subject="Updated: Panel interview - Bluegum Energy",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )
    # 3. Pacific SA Standard Time, Spanish Chile, after the September change
    z = "America/Santiago"
    tz = "Pacific SA Standard Time"
    s = at(2027, 9, 8, 10, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 9, 1, 17, 40, z)
    uid = EXUID.format("A17C0003", "5E1A0D39")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(uid, s, e, "Entrevista – Analista de Datos", tzid=tz, seq=0, sent=sent),
        ],
        "REQUEST",
        OUTLOOK,
    )
    text = (
        "Cuándo: miércoles, 8 de septiembre de 2027 10:00-10:45 (UTC-04:00) Santiago.\n"
        "Dónde: Microsoft Teams\n\nHola, te envío la invitación para la entrevista.\nSaludos,\nValentina\n"
    )
    add(
        fam,
        "santiago_after_sept_change_es",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Chile: daylight time from 5 Sep 2027, the display name shows -04:00, the slot is at -03:00. Windows TZID 'Pacific SA Standard Time'.",
        sender="Valentina Rojas <vrojas@cordillera.example>",
        subject="Entrevista – Analista de Datos",
        sent=sent,
        lang="es-CL",
        text=text,
        html=True,
        layout="alt",
    )
    # 4. E. South America Standard Time, pt-BR
    z = "America/Sao_Paulo"
    tz = "E. South America Standard Time"
    s = at(2027, 6, 15, 14, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 6, 9, 10, 12, z)
    uid = EXUID.format("A17C0004", "5E1A0D49")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(uid, s, e, "Entrevista técnica – Ipê Sistemas", tzid=tz, seq=0, sent=sent),
        ],
        "REQUEST",
        EXCH,
    )
    text = (
        "Quando: terça-feira, 15 de junho de 2027 14:00-15:00 (UTC-03:00) Brasília.\nOnde: Sala Jatobá\n\n"
        "Olá! Segue o convite para a entrevista técnica.\n"
    )
    add(
        fam,
        "sao_paulo_brasilia_pt",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Windows TZID 'E. South America Standard Time' with a single STANDARD block (no DST since 2019).",
        sender="Rafael Lima <rafael.lima@ipe-sistemas.example>",
        subject="Entrevista técnica – Ipê Sistemas",
        sent=sent,
        lang="pt-BR",
        text=text,
        html=True,
        layout="alt",
    )
    # 5. Canceled: seq 3, AUS Eastern
    z = "Australia/Sydney"
    tz = "AUS Eastern Standard Time"
    s = at(2027, 4, 14, 9, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 4, 2, 16, 0, z)
    uid = EXUID.format("A17C0005", "5E1A0D59")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(
                uid,
                s,
                e,
                "Phone screen - Coral Freight",
                tzid=tz,
                seq=3,
                sent=sent,
                more=("STATUS:CANCELLED", "X-MICROSOFT-CDO-IMPORTANCE:1"),
            ),
        ],
        "CANCEL",
        OUTLOOK,
    )
    text = f"When: {when_en(s, e, '(UTC+10:00) Canberra, Melbourne, Sydney')}\n\nThe role has been put on hold, apologies.\n"
    add(
        fam,
        "canceled_aus_eastern_seq3",
        ics,
        label("cancellation", s, e, z, uid, 3, "CANCEL"),
        "Outlook 'Canceled:' CANCEL, SEQUENCE 3, slot after the April change back to +10:00, sent at +11:00.",
        sender="Hannah Ko <hannah.ko@coralfreight.example>",
        subject="Canceled: Phone screen - Coral Freight",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )
    # 6. winmail-like: text + application/ms-tnef + text/calendar in multipart/mixed
    z = "Europe/Berlin"
    tz = "W. Europe Standard Time"
    s = at(2027, 2, 18, 13, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 2, 11, 8, 55, z)
    uid = EXUID.format("A17C0006", "5E1A0D69")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(uid, s, e, "Vorstellungsgespräch Controlling", tzid=tz, seq=0, sent=sent),
        ],
        "REQUEST",
        EXCH,
    )
    text = (
        "Wann: Donnerstag, 18. Februar 2027 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
        "Wo: Raum 3.12\n\nSehr geehrte Candidate,\nanbei die Einladung.\n"
    )
    add(
        fam,
        "winmail_beside_calendar_de",
        ics,
        label("invitation", s, e, "Europe/Berlin", uid, 0, "REQUEST"),
        "winmail.dat (application/ms-tnef) beside the text/calendar part in multipart/mixed; German 'Wann:' line.",
        sender="Petra Vogel <p.vogel@rheinmetallbau.example>",
        subject="Vorstellungsgespräch Controlling",
        sent=sent,
        lang="de",
        text=text,
        html=False,
        layout="tnef",
    )
    # 7. Customized Time Zone 1 with Auckland rules, base64 calendar part
    z = "Pacific/Auckland"
    tz = "Customized Time Zone 1"
    s = at(2027, 9, 28, 8, 30, z)  # after the 26 Sep change
    e = s + timedelta(minutes=40)
    sent = at(2027, 9, 21, 15, 10, z)
    uid = EXUID.format("A17C0007", "5E1A0D79")
    ics = calendar(
        [*vtz(z, tz), *event(uid, s, e, "Interview – Kōwhai Health", tzid=tz, seq=0, sent=sent)],
        "REQUEST",
        OUTLOOK,
    )
    text = f"When: {when_en(s, e, '(UTC+12:00) Auckland, Wellington')}\nWhere: Teams\n\nKia ora, here is the invite.\n"
    add(
        fam,
        "customized_tz1_auckland_base64",
        ics,
        label("invitation", s, e, None, uid, 0, "REQUEST"),
        "'Customized Time Zone 1' with NZ rules, base64 calendar part; slot two days after the 26 Sep change (+13:00); no zone name to label.",
        sender="Aroha Smith <aroha@kowhaihealth.example>",
        subject="Interview – Kōwhai Health",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
        cal_enc="base64",
    )
    # 8. Look-alike: team lunch (not an interview) from the same Outlook voice
    z = "Australia/Sydney"
    tz = "AUS Eastern Standard Time"
    s = at(2027, 10, 15, 12, 30, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 10, 8, 10, 0, z)
    uid = EXUID.format("A17C0008", "5E1A0D89")
    ics = calendar(
        [*vtz(z, tz), *event(uid, s, e, "Team lunch – Friday", tzid=tz, seq=0, sent=sent)],
        "REQUEST",
        OUTLOOK,
    )
    text = f"When: {when_en(s, e, '(UTC+10:00) Canberra, Melbourne, Sydney')}\nWhere: The Courtyard café\n\nLunch is on the team budget this time. Everyone welcome!\n"
    add(
        fam,
        "team_lunch_lookalike",
        ics,
        label("not_invitation", s, e, z, uid, 0, "REQUEST"),
        "Look-alike: an internal team lunch REQUEST sent to the whole team, not an interview.",
        sender="Office Sydney <office.syd@bluegum.example>",
        subject="Team lunch – Friday",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="alt",
    )


# ------------------------------------------------------------------------------ atsics19
def atsics19() -> None:
    fam = "atsics19"
    # SmartRecruiters: PUBLISH attachment only, UTC; zone named in the text by IANA name
    z = "America/New_York"
    s = at(2027, 3, 16, 11, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 9, 10, 31, z)
    uid = "sr-int-6f1e2d3c4b5a@smartrecruiters.example"
    ics = calendar(
        event(uid, s, e, "Interview with Hudson Ledger", utc=True, seq=0, sent=sent),
        "PUBLISH",
        "-//SmartRecruiters//Interview Scheduler//EN",
    )
    text = (
        "Hi,\n\nYour interview with Hudson Ledger is confirmed.\n\n"
        "Date: Tuesday, March 16, 2027\nTime: 11:00 AM - 11:45 AM (America/New_York)\n"
        "Interviewers: Grace Ollie, Sam Patel\n\nAn invite is attached.\n\nHudson Ledger Recruiting\n"
    )
    add(
        fam,
        "smartrecruiters_publish_utc",
        ics,
        label("invitation", s, e, z, uid, 0, "PUBLISH"),
        "SmartRecruiters-style confirmation: PUBLISH .ics in UTC; text names America/New_York; first week of EDT (14 Mar).",
        sender="Hudson Ledger <noreply@smartrecruiters.example>",
        subject="Interview confirmed: Hudson Ledger",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="attach",
    )
    # Teamtailor Swedish REQUEST with TZID
    z = "Europe/Stockholm"
    s = at(2027, 4, 6, 13, 15, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 26, 9, 0, z)
    uid = "teamtailor-interview-88213@teamtailor.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(uid, s, e, "Intervju – Fjällräv Design", tzid=z, seq=0, sent=sent),
        ],
        "REQUEST",
        "-//Teamtailor//Teamtailor Calendar//SV",
    )
    text = (
        "Hej!\n\nDu är inbjuden till en intervju med Fjällräv Design.\n\n"
        "Tisdag 6 april 2027, 13:15–14:00 (Europe/Stockholm)\nPlats: Google Meet\n\nVänliga hälsningar\nFjällräv Design\n"
    )
    add(
        fam,
        "teamtailor_request_sv",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Teamtailor-style Swedish invite; sent in CET for a slot after the 28 Mar change.",
        sender="Fjällräv Design <no-reply@teamtailor.example>",
        subject="Inbjudan till intervju – Fjällräv Design",
        sent=sent,
        lang="sv",
        text=text,
        html=True,
        layout="alt",
    )
    # Teamtailor cancel
    sent2 = at(2027, 4, 1, 15, 20, z)
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                s,
                e,
                "Intervju – Fjällräv Design",
                tzid=z,
                seq=1,
                sent=sent2,
                more=("STATUS:CANCELLED",),
            ),
        ],
        "CANCEL",
        "-//Teamtailor//Teamtailor Calendar//SV",
    )
    text = "Hej!\n\nTyvärr har intervjun tisdag 6 april kl. 13:15 ställts in. Vi hör av oss.\n"
    add(
        fam,
        "teamtailor_cancel_sv",
        ics,
        label("cancellation", s, e, z, uid, 1, "CANCEL"),
        "Teamtailor-style Swedish cancellation, SEQUENCE 1.",
        sender="Fjällräv Design <no-reply@teamtailor.example>",
        subject="Intervju inställd – Fjällräv Design",
        sent=sent2,
        lang="sv",
        text=text,
        html=True,
        layout="alt",
    )
    # SuccessFactors: Windows 'Singapore Standard Time'
    z = "Asia/Singapore"
    tz = "Singapore Standard Time"
    s = at(2027, 5, 20, 16, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 5, 12, 11, 0, z)
    uid = "SF-IV-20270520-77431"
    ics = calendar(
        [
            *vtz(z, tz),
            *event(uid, s, e, "Interview - Regional Finance Lead", tzid=tz, seq=0, sent=sent),
        ],
        "REQUEST",
        "-//SAP SuccessFactors//Interview Scheduling//EN",
    )
    text = (
        "Dear Candidate,\n\nThank you for your interest in Merlion Trust. Please find your interview details below.\n\n"
        "Interview Date: 20/05/2027\nInterview Time: 16:00 - 17:00 (GMT+08:00) Singapore\n\nPlease accept the attached calendar invitation.\n"
    )
    add(
        fam,
        "successfactors_singapore_windows",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "SuccessFactors-style invite with Windows TZID 'Singapore Standard Time'; day-first date in the text.",
        sender="Merlion Trust Careers <careers@merliontrust.example>",
        subject="Interview Invitation - Regional Finance Lead",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="attach_calendar",
    )
    # Workday: DURATION instead of DTEND
    z = "America/Los_Angeles"
    s = at(2027, 11, 9, 9, 30, z)  # after the US change on 7 Nov
    e = s + timedelta(minutes=45)
    sent = at(2027, 11, 2, 13, 0, z)
    uid = "WD-INTERVIEW-3f9a0c21"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                s,
                None,
                "Interview: Site Reliability Engineer",
                tzid=z,
                seq=0,
                sent=sent,
                more=("DURATION:PT45M",),
            ),
        ],
        "REQUEST",
        "-//Workday//Workday Recruiting//EN",
    )
    text = (
        "Interview Scheduled\n\nSite Reliability Engineer (R-10442)\nTuesday, November 9, 2027\n"
        "9:30 AM - 10:15 AM Pacific Time\n\nA calendar invitation is attached.\n"
    )
    add(
        fam,
        "workday_duration_no_dtend",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Workday-style invite with DURATION:PT45M and no DTEND; sent in PDT for a PST slot (US change 7 Nov).",
        sender="Canyon Labs Recruiting <canyonlabs@myworkday.example>",
        subject="Interview Scheduled: Site Reliability Engineer",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="attach",
    )
    # Zoho Recruit: floating + X-WR-TIMEZONE
    z = "Asia/Dubai"
    s = at(2027, 2, 23, 10, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 2, 16, 12, 0, z)
    uid = "zr-interview-5510029@zohorecruit.example"
    ics = calendar(
        event(
            uid,
            s.replace(tzinfo=None),
            e.replace(tzinfo=None),
            "Interview - Logistics Coordinator",
            seq=0,
            sent=sent,
        ),
        "PUBLISH",
        "-//Zoho Corporation//Zoho Recruit//EN",
        (f"X-WR-TIMEZONE:{z}",),
    )
    text = (
        "Dear Candidate,\n\nYour interview for Logistics Coordinator has been scheduled.\n"
        "Date: 23-Feb-2027\nTime: 10:00 AM to 10:30 AM\nInterviewer: Omar Haddad\n\nRegards,\nFalcon Ports Recruitment\n"
    )
    add(
        fam,
        "zohorecruit_floating_xwr",
        ics,
        label("invitation", s, e, z, uid, 0, "PUBLISH"),
        "Zoho Recruit-style .ics with floating times and X-WR-TIMEZONE:Asia/Dubai; text gives no zone.",
        sender="Falcon Ports Recruitment <recruit@falconports.example>",
        subject="Interview scheduled - Logistics Coordinator",
        sent=sent,
        lang="en",
        text=text,
        html=True,
        layout="attach",
    )
    # SmartRecruiters reschedule seq 1 in UTC
    z = "America/New_York"
    s2 = at(2027, 3, 17, 15, 30, z)
    e2 = s2 + timedelta(minutes=45)
    sent2 = at(2027, 3, 11, 9, 12, z)
    uid = "sr-int-6f1e2d3c4b5a@smartrecruiters.example"
    ics = calendar(
        event(uid, s2, e2, "Interview with Hudson Ledger", utc=True, seq=1, sent=sent2),
        "REQUEST",
        "-//SmartRecruiters//Interview Scheduler//EN",
    )
    text = (
        "Hi,\n\nYour interview with Hudson Ledger has been rescheduled.\n\n"
        "New date: Wednesday, March 17, 2027\nNew time: 3:30 PM - 4:15 PM (America/New_York)\n\nThe updated invite is attached.\n"
    )
    add(
        fam,
        "smartrecruiters_rescheduled_seq1",
        ics,
        label("reschedule", s2, e2, z, uid, 1, "REQUEST"),
        "SmartRecruiters-style reschedule: REQUEST SEQUENCE 1 in UTC, new time in the text.",
        sender="Hudson Ledger <noreply@smartrecruiters.example>",
        subject="Interview rescheduled: Hudson Ledger",
        sent=sent2,
        lang="en",
        text=text,
        html=True,
        layout="attach",
    )
    # look-alike: Teamtailor career evening PUBLISH (open to all)
    z = "Europe/Stockholm"
    s = at(2027, 5, 5, 17, 30, z)
    e = s + timedelta(hours=2)
    sent = at(2027, 4, 20, 10, 0, z)
    uid = "teamtailor-event-4410@teamtailor.example"
    ics = calendar(
        event(uid, s, e, "Karriärkväll hos Fjällräv Design", utc=True, seq=0, sent=sent),
        "PUBLISH",
        "-//Teamtailor//Teamtailor Calendar//SV",
    )
    text = (
        "Hej!\n\nTack för din anmälan till vår karriärkväll onsdag 5 maj kl. 17:30. "
        "Lägg till eventet i din kalender med den bifogade filen. Alla är välkomna, ingen intervju.\n"
    )
    add(
        fam,
        "teamtailor_career_evening_lookalike",
        ics,
        label("not_invitation", s, e, z, uid, 0, "PUBLISH"),
        "Look-alike: registration for an open career evening with a PUBLISH .ics; no interview.",
        sender="Fjällräv Design <no-reply@teamtailor.example>",
        subject="Välkommen till karriärkvällen",
        sent=sent,
        lang="sv",
        text=text,
        html=True,
        layout="attach",
    )


# ------------------------------------------------------------------------------ fwdrfc19
def fwdrfc19() -> None:
    fam = "fwdrfc19"
    # 1. Outlook forward as attachment of an Exchange REQUEST
    z = "America/Chicago"
    tz = "Central Standard Time"
    s = at(2027, 3, 18, 10, 0, z)
    e = s + timedelta(hours=1)
    inner_sent = at(2027, 3, 10, 14, 0, z)
    sent = at(2027, 3, 10, 19, 42, "Europe/London")
    uid = EXUID.format("F17C0001", "6E2B0D19")
    org = "Kayla Brooks <kbrooks@prairiewind.example>"
    ics = calendar(
        [
            *vtz(z, tz),
            *event(uid, s, e, "Interview - Prairie Wind Energy", tzid=tz, seq=0, sent=inner_sent),
        ],
        "REQUEST",
        OUTLOOK,
    )
    lab = label("invitation", s, e, z, uid, 0, "REQUEST")
    lab["original_sender"] = "kbrooks@prairiewind.example"
    add(
        fam,
        "outlook_attached_request",
        ics,
        lab,
        "Outlook 'forward as attachment': the Exchange REQUEST travels inside message/rfc822; the outer mail is from London.",
        sender="Candidate <candidate@personal.example>",
        organizer=org,
        subject="FW: Interview - Prairie Wind Energy",
        sent=sent,
        lang="en",
        text="Please add this one - the invite is attached.\n",
        html=False,
        layout="rfc822",
        inner={
            "sender": org,
            "subject": "Interview - Prairie Wind Energy",
            "sent": inner_sent,
            "text": f"When: {when_en(s, e, '(UTC-06:00) Central Time (US & Canada)')}\nWhere: Zoom\n\nLooking forward to it.\n",
            "layout": "alt",
            "html": True,
        },
    )
    # 2. Thunderbird forward as attachment, German, of an Open-Xchange-ish REQUEST in Berlin
    z = "Europe/Berlin"
    s = at(2027, 10, 26, 10, 30, z)  # CEST: the EU change is on 31 Oct 2027
    e = s + timedelta(minutes=45)
    inner_sent = at(2027, 10, 18, 11, 0, z)
    sent = at(2027, 10, 18, 18, 5, z)
    uid = "b7d2f3a1-4c5e-4f60-8a7b-9c0d1e2f3a4b"
    org = "Jana Keller <jana.keller@nordtakt.example>"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(uid, s, e, "Vorstellungsgespräch – Nordtakt", tzid=z, seq=0, sent=inner_sent),
        ],
        "REQUEST",
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    )
    lab = label("invitation", s, e, z, uid, 0, "REQUEST")
    lab["original_sender"] = "jana.keller@nordtakt.example"
    add(
        fam,
        "thunderbird_attached_de",
        ics,
        lab,
        "Thunderbird 'Als Anhang weiterleiten': a REQUEST inside message/rfc822, German note on top.",
        sender="Candidate <candidate@personal.example>",
        organizer=org,
        subject="Fwd: Einladung: Vorstellungsgespräch – Nordtakt",
        sent=sent,
        lang="de",
        text="Hier die Einladung von Nordtakt, bitte eintragen.\n",
        html=False,
        layout="rfc822",
        inner={
            "sender": org,
            "subject": "Einladung: Vorstellungsgespräch – Nordtakt",
            "sent": inner_sent,
            "text": "Einladung: Vorstellungsgespräch – Nordtakt\nWann: Dienstag, 26. Oktober 2027 10:30 – 11:15 Europe/Berlin\n",
            "layout": "thunderbird",
            "html": False,
        },
    )
    # 3. Gmail inline forward keeping invite.ics, Spanish
    z = "Europe/Madrid"
    s = at(2027, 6, 9, 16, 0, z)
    e = s + timedelta(minutes=45)
    inner_sent = at(2027, 6, 1, 10, 0, z)
    sent = at(2027, 6, 1, 13, 27, z)
    uid = "3k1v0m9n8b7c6x5z4a3s2d1f0g@google.com"
    org = "Lucía Ortega <lucia.ortega@olivar.example>"
    ics = calendar(
        event(uid, s, e, "Entrevista – Olivar Analytics", utc=True, seq=0, sent=inner_sent),
        "REQUEST",
        "-//Google Inc//Google Calendar 70.9054//EN",
    )
    fwd = (
        "te lo reenvío\n\n---------- Forwarded message ---------\nDe: Lucía Ortega <lucia.ortega@olivar.example>\n"
        "Date: mar, 1 jun 2027 a las 10:00\nSubject: Invitación: Entrevista – Olivar Analytics @ mié 9 de jun de 2027 16:00 - 16:45 (CEST)\n"
        f"To: <{ME}>\n\n\nEntrevista – Olivar Analytics\nmiércoles, 9 de junio de 2027 · 16:00 – 16:45\n"
        "Zona horaria: Europe/Madrid\nInformación para unirse con Google Meet: https://meet.google.example/xyz-abcd-efg\n"
    )
    lab = label("invitation", s, e, z, uid, 0, "REQUEST")
    lab["original_sender"] = "lucia.ortega@olivar.example"
    add(
        fam,
        "gmail_inline_keeps_ics_es",
        ics,
        lab,
        "Gmail inline forward (Spanish UI) keeping invite.ics; UTC calendar, 'Zona horaria: Europe/Madrid' in the text.",
        sender="Candidate <candidate@personal.example>",
        organizer=org,
        subject="Fwd: Invitación: Entrevista – Olivar Analytics @ mié 9 de jun de 2027 16:00 - 16:45 (CEST)",
        sent=sent,
        lang="es",
        text=fwd,
        html=True,
        layout="attach",
    )
    # 4. Apple Mail forward, Japanese, keeps attachment
    z = "Asia/Tokyo"
    s = at(2027, 7, 7, 14, 0, z)
    e = s + timedelta(hours=1)
    inner_sent = at(2027, 6, 30, 9, 30, z)
    sent = at(2027, 6, 30, 21, 3, z)
    uid = "E1D2C3B4-A596-4788-9A0B-1C2D3E4F5061"
    org = "佐藤 美咲 <m.sato@hinoki.example>"
    ics = calendar(
        [
            *vtz(z, z, exchange=False),
            *event(uid, s, e, "面接 – ひのき工房", tzid=z, seq=0, sent=inner_sent),
        ],
        "REQUEST",
        "-//Apple Inc.//macOS 15.1//EN",
    )
    fwd = (
        "転送します。\n\n転送されたメッセージ:\n\n差出人: 佐藤 美咲 <m.sato@hinoki.example>\n件名: 面接のご案内\n"
        "日付: 2027年6月30日 9:30:00 JST\n宛先: Candidate <candidate@inbox.example>\n\n"
        "面接の日時は 7月7日(水) 14:00〜15:00 です。招待状を添付します。\n"
    )
    lab = label("invitation", s, e, z, uid, 0, "REQUEST")
    lab["original_sender"] = "m.sato@hinoki.example"
    add(
        fam,
        "applemail_fwd_ja",
        ics,
        lab,
        "Apple Mail forward in Japanese keeping the .ics attachment; slot date in the quoted text without year.",
        sender="Candidate <candidate@personal.example>",
        organizer=org,
        subject="Fwd: 面接のご案内",
        sent=sent,
        lang="ja",
        text=fwd,
        html=False,
        layout="attach_calendar",
    )
    # 5. Outlook forward as attachment of a CANCEL
    z = "America/Toronto"
    tz = "Eastern Standard Time"
    s = at(2027, 11, 4, 13, 0, z)  # EDT: the US/CA change is on 7 Nov 2027
    e = s + timedelta(minutes=30)
    inner_sent = at(2027, 10, 29, 16, 0, z)
    sent = at(2027, 10, 29, 20, 45, z)
    uid = EXUID.format("F17C0005", "6E2B0D59")
    org = "Priya Raman <praman@mapleroute.example>"
    ics = calendar(
        [
            *vtz("America/New_York", tz),
            *event(
                uid,
                s,
                e,
                "Phone screen – Maple Route",
                tzid=tz,
                seq=1,
                sent=inner_sent,
                more=("STATUS:CANCELLED",),
            ),
        ],
        "CANCEL",
        OUTLOOK,
    )
    lab = label("cancellation", s, e, "America/New_York", uid, 1, "CANCEL")
    lab["original_sender"] = "praman@mapleroute.example"
    add(
        fam,
        "outlook_attached_cancel",
        ics,
        lab,
        "A forwarded Outlook 'Canceled:' inside message/rfc822: the cancellation is what reaches the reader. Windows 'Eastern Standard Time' maps to America/New_York.",
        sender="Candidate <candidate@personal.example>",
        organizer=org,
        subject="FW: Canceled: Phone screen – Maple Route",
        sent=sent,
        lang="en",
        text="fyi they cancelled\n",
        html=False,
        layout="rfc822",
        inner={
            "sender": org,
            "subject": "Canceled: Phone screen – Maple Route",
            "sent": inner_sent,
            "text": f"When: {when_en(s, e, '(UTC-05:00) Eastern Time (US & Canada)')}\n\nSorry, we need to cancel this call.\n",
            "layout": "alt",
            "html": True,
        },
    )
    # 6. look-alike: forwarded team lunch (rfc822)
    z = "Europe/Paris"
    s = at(2027, 4, 9, 12, 30, z)
    e = s + timedelta(hours=1, minutes=30)
    inner_sent = at(2027, 4, 2, 9, 0, z)
    sent = at(2027, 4, 2, 12, 10, z)
    uid = "dejeuner-equipe-0409@lumiere-conseil.example"
    org = "Sophie Laurent <sophie@lumiere-conseil.example>"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(uid, s, e, "Déjeuner d'équipe", tzid=z, seq=0, sent=inner_sent),
        ],
        "REQUEST",
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    )
    add(
        fam,
        "team_lunch_fwd_lookalike_fr",
        ics,
        label("not_invitation", s, e, z, uid, 0, "REQUEST"),
        "Look-alike: a team lunch invitation forwarded as an attachment by a colleague; not an interview.",
        sender="Marc Dubois <marc@lumiere-conseil.example>",
        organizer=org,
        subject="Fwd: Déjeuner d'équipe vendredi",
        sent=sent,
        lang="fr",
        text="Pour info, le déjeuner de vendredi — tu viens ?\n",
        html=False,
        layout="rfc822",
        inner={
            "sender": org,
            "subject": "Invitation : Déjeuner d'équipe",
            "sent": inner_sent,
            "text": "Déjeuner d'équipe au Bistrot du Canal, vendredi 9 avril à 12h30. Toute l'équipe est invitée !\n",
            "layout": "thunderbird",
            "html": False,
        },
    )


# ------------------------------------------------------------------------------ recurx19
def recurx19() -> None:
    fam = "recurx19"
    # 1. Weekly Sydney series crossing the April change: next after Date header
    z = "Australia/Sydney"
    first = at(2027, 3, 22, 9, 0, z)
    sent = at(2027, 3, 31, 17, 0, z)
    nxt = at(2027, 4, 5, 9, 0, z)  # Monday after the change
    uid = "weekly-mentor-syd@kookaburra.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                first,
                first + timedelta(minutes=30),
                "Graduate programme check-in",
                tzid=z,
                seq=0,
                sent=sent,
                more=("RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO",),
            ),
        ],
        "REQUEST",
        "-//Apple Inc.//macOS 15.1//EN",
    )
    add(
        fam,
        "weekly_sydney_across_april",
        ics,
        label("invitation", nxt, nxt + timedelta(minutes=30), z, uid, 0, "REQUEST"),
        "Weekly series started 22 Mar (+11:00); mail dated Wed 31 Mar: the next one is Mon 5 Apr at +10:00.",
        sender="Ruby Walsh <ruby@kookaburra.example>",
        subject="Invitation: Graduate programme check-in",
        sent=sent,
        lang="en",
        text="Ruby Walsh has invited you to Graduate programme check-in (weekly, Mondays 9:00 AM).\n",
        html=True,
        layout="alt",
    )
    # 2. Master + override in same calendar, override is next
    z = "Pacific/Auckland"
    first = at(2027, 9, 7, 14, 0, z)
    sent = at(2027, 9, 15, 10, 0, z)
    rid = at(2027, 9, 21, 14, 0, z)
    moved = at(2027, 9, 22, 11, 0, z)
    uid = "interview-loop-akl@pohutukawa.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                first,
                first + timedelta(hours=1),
                "Interview loop – Pōhutukawa",
                tzid=z,
                seq=1,
                sent=sent,
                more=("RRULE:FREQ=WEEKLY;UNTIL=20271012T010000Z;BYDAY=TU",),
            ),
            *event(
                uid,
                moved,
                moved + timedelta(hours=1),
                "Interview loop – Pōhutukawa",
                tzid=z,
                seq=1,
                sent=sent,
                more=(f"RECURRENCE-ID;TZID={z}:{cp.wall(rid)}",),
            ),
        ],
        "REQUEST",
        "-//Fastmail//Cyrus JMAP//EN",
    )
    add(
        fam,
        "override_moves_next_auckland",
        ics,
        label("reschedule", moved, moved + timedelta(hours=1), z, uid, 1, "REQUEST"),
        "Weekly Tuesday series; the 21 Sep instance (first after the Date header) moves to Wed 22 Sep 11:00, now at +12:00 before the 26 Sep change.",
        sender="Nikau Tane <nikau@pohutukawa.example>",
        subject="Updated invitation: Interview loop – Pōhutukawa",
        sent=sent,
        lang="en",
        text="Nikau Tane updated the event: the session on Tuesday 21 September moves to Wednesday 22 September, 11:00.\n",
        html=True,
        layout="alt",
    )
    # 3. CANCEL of one instance, Santiago
    z = "America/Santiago"
    rid = at(2027, 9, 14, 16, 0, z)
    sent = at(2027, 9, 9, 12, 0, z)
    uid = "entrevistas-semanales@andesfin.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                rid,
                rid + timedelta(minutes=45),
                "Entrevista semanal – Andes Fin",
                tzid=z,
                seq=2,
                sent=sent,
                more=(f"RECURRENCE-ID;TZID={z}:{cp.wall(rid)}", "STATUS:CANCELLED"),
            ),
        ],
        "CANCEL",
        "-//Inverse inc./SOGo 5.11.0//EN",
    )
    add(
        fam,
        "cancel_one_instance_santiago_es",
        ics,
        label("cancellation", rid, rid + timedelta(minutes=45), z, uid, 2, "CANCEL"),
        "CANCEL of one instance (RECURRENCE-ID 14 Sep, -03:00 after the 5 Sep change); the cancelled slot is the label.",
        sender="Camila Soto <csoto@andesfin.example>",
        subject="Cancelado: Entrevista semanal – Andes Fin (14/09/2027)",
        sent=sent,
        lang="es-CL",
        text="Se canceló la sesión del martes 14 de septiembre de 2027 a las 16:00.\n",
        html=False,
        layout="alt",
    )
    # 4. Daily assessment centre COUNT=3, mail during it
    z = "Europe/Warsaw"
    first = at(2027, 5, 10, 9, 0, z)
    sent = at(2027, 5, 10, 18, 30, z)
    nxt = at(2027, 5, 11, 9, 0, z)
    uid = "ac-3dni@wislanet.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                first,
                first + timedelta(hours=3),
                "Assessment Center – Wisłanet",
                tzid=z,
                seq=0,
                sent=sent,
                more=("RRULE:FREQ=DAILY;COUNT=3",),
            ),
        ],
        "REQUEST",
        "-//Nextcloud calendar v4.7.0//EN",
    )
    add(
        fam,
        "daily_count3_during_pl",
        ics,
        label("invitation", nxt, nxt + timedelta(hours=3), z, uid, 0, "REQUEST"),
        "Daily COUNT=3 series; the mail is dated the first evening, so the next one is day two.",
        sender="Marta Zielińska <marta@wislanet.example>",
        subject="Zaproszenie: Assessment Center – Wisłanet",
        sent=sent,
        lang="pl",
        text="Marta Zielińska zaprasza na Assessment Center (3 dni, codziennie o 9:00).\n",
        html=True,
        layout="alt",
    )
    # 5. Master with two overrides; the second is next
    z = "Australia/Adelaide"
    first = at(2027, 9, 20, 13, 0, z)
    sent = at(2027, 10, 5, 9, 0, z)
    uid = "pairing-adl@saltbush.example"
    rid1, mv1 = at(2027, 9, 27, 13, 0, z), at(2027, 9, 28, 13, 0, z)
    rid2, mv2 = at(2027, 10, 11, 13, 0, z), at(2027, 10, 11, 15, 30, z)
    ics = calendar(
        [
            *vtz(z, "Cen. Australia Standard Time"),
            *event(
                uid,
                first,
                first + timedelta(hours=1),
                "Pairing session – Saltbush",
                tzid="Cen. Australia Standard Time",
                seq=3,
                sent=sent,
                more=("RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO",),
            ),
            *event(
                uid,
                mv1,
                mv1 + timedelta(hours=1),
                "Pairing session – Saltbush",
                tzid="Cen. Australia Standard Time",
                seq=3,
                sent=sent,
                more=(f"RECURRENCE-ID;TZID=Cen. Australia Standard Time:{cp.wall(rid1)}",),
            ),
            *event(
                uid,
                mv2,
                mv2 + timedelta(hours=1),
                "Pairing session – Saltbush",
                tzid="Cen. Australia Standard Time",
                seq=3,
                sent=sent,
                more=(f"RECURRENCE-ID;TZID=Cen. Australia Standard Time:{cp.wall(rid2)}",),
            ),
        ],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "two_overrides_adelaide",
        ics,
        label("reschedule", mv2, mv2 + timedelta(hours=1), "Australia/Adelaide", uid, 3, "REQUEST"),
        "Weekly Monday series in Adelaide with two overrides; after the 5 Oct mail the next instance is the 11 Oct one moved to 15:30 (+10:30).",
        sender="Liam Carter <liam@saltbush.example>",
        subject="Updated: Pairing session – Saltbush",
        sent=sent,
        lang="en",
        text="When: Occurs every Monday from 1:00 PM to 2:00 PM (UTC+09:30) Adelaide. 11 Oct moves to 3:30 PM.\n",
        html=True,
        layout="alt",
    )
    # 6. Monthly BYDAY=2TU, Brisbane, next
    z = "Australia/Brisbane"
    first = at(2027, 1, 12, 10, 0, z)
    sent = at(2027, 2, 15, 8, 0, z)
    nxt = at(2027, 3, 9, 10, 0, z)
    uid = "talent-pool-monthly@jacaranda-bne.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                first,
                first + timedelta(minutes=30),
                "Talent pool catch-up",
                tzid=z,
                seq=0,
                sent=sent,
                more=("RRULE:FREQ=MONTHLY;BYDAY=2TU",),
            ),
        ],
        "REQUEST",
        "-//Google Inc//Google Calendar 70.9054//EN",
    )
    add(
        fam,
        "monthly_second_tuesday_brisbane",
        ics,
        label("invitation", nxt, nxt + timedelta(minutes=30), z, uid, 0, "REQUEST"),
        "Monthly on the second Tuesday; mail of 15 Feb (after 9 Feb): the next one is 9 Mar, Brisbane has no DST.",
        sender="Isla Ward <isla@jacaranda-bne.example>",
        subject="Invitation: Talent pool catch-up @ Monthly on the second Tuesday 10am - 10:30am (AEST)",
        sent=sent,
        lang="en",
        text="Talent pool catch-up\nMonthly on the second Tuesday from 10am to 10:30am\nBrisbane time\n",
        html=True,
        layout="google",
    )


# ------------------------------------------------------------------------------ floatdur19
def floatdur19() -> None:
    fam = "floatdur19"
    # 1. floating + X-WR-TIMEZONE Santiago
    z = "America/Santiago"
    s = at(2027, 10, 19, 11, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 10, 12, 10, 0, z)
    uid = "export-4471@cobre-rh.example"
    ics = calendar(
        event(
            uid,
            s.replace(tzinfo=None),
            e.replace(tzinfo=None),
            "Entrevista final – Cobre RH",
            seq=0,
            sent=sent,
        ),
        "PUBLISH",
        "-//Cobre RH//Agenda 3.2//ES",
        ("X-WR-CALNAME:Entrevistas", f"X-WR-TIMEZONE:{z}"),
    )
    add(
        fam,
        "xwr_santiago_summer",
        ics,
        label("invitation", s, e, z, uid, 0, "PUBLISH"),
        "Floating times; X-WR-TIMEZONE:America/Santiago gives -03:00 in October.",
        sender="Cobre RH <agenda@cobre-rh.example>",
        subject="Entrevista final – Cobre RH",
        sent=sent,
        lang="es-CL",
        text="Hola, adjuntamos la invitación para tu entrevista final.\n",
        html=False,
        layout="attach",
    )
    # 2. DURATION only, UTC start, text with zone
    z = "Europe/Lisbon"
    s = at(2027, 3, 29, 15, 0, z)  # after the 28 Mar change: WEST
    e = s + timedelta(hours=1, minutes=15)
    sent = at(2027, 3, 22, 10, 0, z)
    uid = "dur-ptfh15m-0329@tejo-tech.example"
    ics = calendar(
        event(
            uid,
            s,
            None,
            "Entrevista técnica – Tejo Tech",
            utc=True,
            seq=0,
            sent=sent,
            more=("DURATION:PT1H15M",),
        ),
        "REQUEST",
        "-//Tejo Tech//Recrutamento//PT",
    )
    add(
        fam,
        "duration_utc_lisbon_pt",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "DTSTART in UTC with DURATION:PT1H15M and no DTEND; text names Europe/Lisbon; WEST after 28 Mar.",
        sender="Tejo Tech <talento@tejo-tech.example>",
        subject="Convite: Entrevista técnica – Tejo Tech",
        sent=sent,
        lang="pt",
        text="Olá,\n\nConvidamo-lo para a entrevista técnica na segunda-feira, 29 de março de 2027, às 15:00 (hora de Lisboa, Europe/Lisbon).\n",
        html=True,
        layout="alt",
    )
    # 3. multi-day DATE event (onsite two days)
    uid = "onsite-2day@fjord-robotics.example"
    s_d, e_d = d(2027, 6, 14), d(2027, 6, 16)
    sent = at(2027, 6, 1, 9, 0, "Europe/Oslo")
    ics = calendar(
        event(uid, s_d, e_d, "Onsite-intervjuer (2 dager) – Fjord Robotics", seq=0, sent=sent),
        "REQUEST",
        "-//Fjord Robotics//Kalender//NO",
    )
    add(
        fam,
        "two_day_onsite_date_nb",
        ics,
        label("invitation", s_d, e_d, None, uid, 0, "REQUEST"),
        "Two-day DATE event: DTEND 16 Jun is exclusive.",
        sender="Fjord Robotics <rekruttering@fjord-robotics.example>",
        subject="Invitasjon: Onsite-intervjuer 14.–15. juni",
        sent=sent,
        lang="nb",
        text="Hei,\n\nVi inviterer deg til to dager med intervjuer hos oss 14. og 15. juni.\n",
        html=False,
        layout="alt",
    )
    # 4. Lightning /mozilla.org/ TZID prefix with VTIMEZONE
    z = "Europe/Paris"
    tz = "/mozilla.org/20070129_1/Europe/Paris"
    s = at(2027, 11, 2, 10, 0, z)  # after 31 Oct change
    e = s + timedelta(minutes=45)
    sent = at(2027, 10, 26, 14, 0, z)
    uid = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
    ics = calendar(
        [
            *vtz(z, tz, exchange=False, tznames=True),
            *event(uid, s, e, "Entretien – Atelier Cerise", tzid=tz, seq=0, sent=sent),
        ],
        "REQUEST",
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    )
    add(
        fam,
        "lightning_mozilla_tzid_fr",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Old Lightning TZID '/mozilla.org/20070129_1/Europe/Paris' with its VTIMEZONE; slot after the 31 Oct change, sent in CEST.",
        sender="Atelier Cerise <rh@atelier-cerise.example>",
        subject="Invitation : Entretien – Atelier Cerise",
        sent=sent,
        lang="fr",
        text="Bonjour,\nvous trouverez l'invitation ci-jointe.\n",
        html=False,
        layout="thunderbird",
    )
    # 5. quoted Windows TZID "Eastern Standard Time" and long folded DESCRIPTION
    z = "America/New_York"
    tz = "Eastern Standard Time"
    s = at(2027, 3, 15, 9, 0, z)  # Monday after US change 14 Mar
    e = s + timedelta(minutes=30)
    sent = at(2027, 3, 10, 16, 0, z)
    uid = "fold-desc-0315@harborview.example"
    desc = (
        "DESCRIPTION:Agenda: 10 minutes introductions\\, 15 minutes on the case study you sent last week "
        "(please have the spreadsheet open)\\, 5 minutes for your questions. Dial-in: +1 555 0100 PIN 448812#. "
        "If the time no longer works please use the reschedule link in the confirmation mail."
    )
    ics = calendar(
        [
            *vtz(z, tz),
            *event(
                uid,
                s,
                e,
                "Case study review – Harborview Partners",
                tzid=tz,
                quote_tzid=True,
                seq=0,
                sent=sent,
                more=(desc,),
            ),
        ],
        "REQUEST",
        OUTLOOK,
    )
    add(
        fam,
        "quoted_windows_tzid_folded_desc",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        'TZID="Eastern Standard Time" (quoted without need) and a DESCRIPTION folded over several lines; first Monday of EDT.',
        sender="Harborview Partners <talent@harborview.example>",
        subject="Case study review – Harborview Partners",
        sent=sent,
        lang="en",
        text="Invitation attached.\n",
        html=False,
        layout="attach_calendar",
    )
    # 6. DATE start with DURATION:P1D, floating look: all-day via duration
    uid = "assessment-day-p1d@kanal-logistik.example"
    s_d = d(2027, 9, 23)
    sent = at(2027, 9, 14, 10, 0, "Europe/Berlin")
    ics = calendar(
        event(
            uid,
            s_d,
            None,
            "Assessment-Tag – Kanal Logistik",
            seq=0,
            sent=sent,
            more=("DURATION:P1D",),
        ),
        "REQUEST",
        "-//Kanal Logistik//Bewerbermanagement//DE",
    )
    add(
        fam,
        "date_duration_p1d_de",
        ics,
        label("invitation", s_d, s_d + timedelta(days=1), None, uid, 0, "REQUEST"),
        "DATE-valued DTSTART with DURATION:P1D (no DTEND): an all-day event, exclusive end the next day.",
        sender="Kanal Logistik <bewerbung@kanal-logistik.example>",
        subject="Einladung zum Assessment-Tag",
        sent=sent,
        lang="de",
        text="Guten Tag,\n\nwir laden Sie am Donnerstag, 23. September 2027 zu unserem Assessment-Tag ein (ganztägig).\n",
        html=True,
        layout="alt",
    )


# ------------------------------------------------------------------------------ notesyahoo19
def notes_vtz(iana: str, tzid: str) -> list[str]:
    lines = vtz(iana, tzid, exchange=False, tznames=True)
    return [ln for ln in lines if not ln.startswith("X-LIC-LOCATION")]


def notesyahoo19() -> None:
    fam = "notesyahoo19"
    notes = "-//Lotus Development Corporation//NONSGML Notes 9.0.1//EN_C"
    z = "America/Chicago"
    tz = "Central"
    s = at(2027, 4, 13, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 4, 6, 8, 15, z)
    uid = "8A3F1C2D5E6B7A8986257F0A00512345-Lotus_Notes_Generated"
    more = (
        "X-LOTUS-BROADCAST:FALSE",
        "X-LOTUS-NOTESVERSION:2",
        "X-LOTUS-NOTICETYPE:I",
        "X-LOTUS-APPTTYPE:3",
        "X-LOTUS-UPDATE-SEQ:1",
        "X-LOTUS-UPDATE-WISL:$S:1;$L:1;$B:1;$R:1;$E:1;$W:1;$O:1;$M:1",
    )
    ics = calendar(
        [
            *notes_vtz(z, tz),
            *event(
                uid,
                s,
                e,
                "Interview - Mainframe Developer",
                tzid=tz,
                quote_tzid=True,
                seq=0,
                sent=sent,
                more=more,
            ),
        ],
        "REQUEST",
        notes,
    )
    add(
        fam,
        "notes_invite_central",
        ics,
        label("invitation", s, e, None, uid, 0, "REQUEST"),
        'Lotus Notes invitation: quoted TZID "Central" defined only by its VTIMEZONE (a Domino name: no zone to label), X-LOTUS-* properties.',
        sender="Gary Olson <golson@heartlandins.example>",
        subject="Invitation: Interview - Mainframe Developer (Apr 13 10:00 AM CDT)",
        sent=sent,
        lang="en",
        text="Invitation: Interview - Mainframe Developer\nApr 13, 2027 10:00 AM - 11:00 AM\nLocation: Bldg 2, Room 214\n",
        html=False,
        layout="alt",
    )
    # Notes reschedule
    s2 = at(2027, 4, 14, 14, 0, z)
    e2 = s2 + timedelta(hours=1)
    sent2 = at(2027, 4, 8, 11, 0, z)
    more2 = ("X-LOTUS-NOTICETYPE:U", "X-LOTUS-UPDATE-SEQ:2", "X-LOTUS-APPTTYPE:3")
    ics = calendar(
        [
            *notes_vtz(z, tz),
            *event(
                uid,
                s2,
                e2,
                "Interview - Mainframe Developer",
                tzid=tz,
                quote_tzid=True,
                seq=1,
                sent=sent2,
                more=more2,
            ),
        ],
        "REQUEST",
        notes,
    )
    add(
        fam,
        "notes_rescheduled_central",
        ics,
        label("reschedule", s2, e2, None, uid, 1, "REQUEST"),
        "Lotus Notes 'Rescheduled:' notice, SEQUENCE 1, new slot in the subject.",
        sender="Gary Olson <golson@heartlandins.example>",
        subject="Rescheduled: Interview - Mainframe Developer (Apr 14 02:00 PM CDT)",
        sent=sent2,
        lang="en",
        text="Rescheduled: Interview - Mainframe Developer\nApr 14, 2027 02:00 PM - 03:00 PM\nWas: Apr 13, 2027 10:00 AM\n",
        html=False,
        layout="alt",
    )
    # Notes cancel, W. Europe zone name
    z = "Europe/Rome"
    tz = "W. Europe"
    s = at(2027, 6, 8, 11, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 6, 3, 9, 40, z)
    uid = "C1D2E3F4A5B6C7D8C1257F0A004ABCDE-Lotus_Notes_Generated"
    ics = calendar(
        [
            *notes_vtz(z, tz),
            *event(
                uid,
                s,
                e,
                "Colloquio – Ufficio Acquisti",
                tzid=tz,
                quote_tzid=True,
                seq=2,
                sent=sent,
                more=("X-LOTUS-NOTICETYPE:C", "STATUS:CANCELLED"),
            ),
        ],
        "CANCEL",
        notes,
    )
    add(
        fam,
        "notes_cancel_w_europe_it",
        ics,
        label("cancellation", s, e, None, uid, 2, "CANCEL"),
        "Lotus Notes cancellation, TZID 'W. Europe' (a Domino name, defined by its VTIMEZONE only, no zone to label).",
        sender="Giulia Ferri <gferri@adriafin.example>",
        subject="Annullato: Colloquio – Ufficio Acquisti (8 giu 11:00 CEST)",
        sent=sent,
        lang="it",
        text="Annullato: Colloquio – Ufficio Acquisti\n08/06/2027 11:00 - 11:45\n",
        html=False,
        layout="alt",
    )
    # Yahoo invite UTC, text with zone name
    z = "America/Denver"
    s = at(2027, 8, 17, 13, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 8, 10, 9, 0, z)
    uid = "c0ffee12-3456-4789-abcd-ef0123456789"
    ics = calendar(
        event(
            uid,
            s,
            e,
            "Intro call – Red Mesa Outfitters",
            utc=True,
            seq=0,
            sent=sent,
            more=("X-YAHOO-YID:lena.ortiz",),
        ),
        "REQUEST",
        "-//Yahoo! Inc.//Yahoo Calendar//EN",
    )
    add(
        fam,
        "yahoo_utc_denver",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Yahoo REQUEST in UTC; text names America/Denver.",
        sender="Lena Ortiz <lena.ortiz@redmesa.example>",
        subject="Invitation: Intro call – Red Mesa Outfitters",
        sent=sent,
        lang="en",
        text="Lena Ortiz has invited you to:\n\nIntro call – Red Mesa Outfitters\nTuesday, August 17, 2027, 1:00 PM - 1:30 PM (America/Denver)\n",
        html=True,
        layout="alt",
    )
    # Yahoo update seq 1
    s2 = at(2027, 8, 17, 15, 0, z)
    e2 = s2 + timedelta(minutes=30)
    sent2 = at(2027, 8, 12, 10, 0, z)
    ics = calendar(
        event(uid, s2, e2, "Intro call – Red Mesa Outfitters", utc=True, seq=1, sent=sent2),
        "REQUEST",
        "-//Yahoo! Inc.//Yahoo Calendar//EN",
    )
    add(
        fam,
        "yahoo_update_later_same_day",
        ics,
        label("reschedule", s2, e2, z, uid, 1, "REQUEST"),
        "Yahoo update SEQUENCE 1: same day, two hours later; text names the zone.",
        sender="Lena Ortiz <lena.ortiz@redmesa.example>",
        subject="Updated Invitation: Intro call – Red Mesa Outfitters",
        sent=sent2,
        lang="en",
        text="Lena Ortiz has updated the event:\n\nIntro call – Red Mesa Outfitters\nTuesday, August 17, 2027, 3:00 PM - 3:30 PM (America/Denver)\n",
        html=True,
        layout="alt",
    )
    # Lightning REPLY declined (look-alike)
    z = "Europe/Prague"
    s = at(2027, 5, 25, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 5, 18, 20, 0, z)
    uid = "d4c3b2a1-0f9e-4d8c-b7a6-5f4e3d2c1b0a"
    org = "Tereza Novak <tnovak@vltava-soft.example>"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                s,
                e,
                "Pohovor – Vltava Soft",
                tzid=z,
                seq=0,
                sent=sent,
                more=reply_parties(org, "DECLINED"),
            ),
        ],
        "REPLY",
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    )
    add(
        fam,
        "lightning_reply_declined_cs",
        ics,
        label("reply", s, e, z, uid, 0, "REPLY"),
        "Thunderbird/Lightning 'Odmítnuto:' REPLY sent by the candidate (copy in the inbox).",
        sender=f"Candidate <{ME}>",
        subject="Odmítnuto: Pohovor – Vltava Soft",
        sent=sent,
        lang="cs",
        text="Candidate odmítl(a) vaši pozvánku.\n",
        html=False,
        layout="thunderbird",
    )


# ------------------------------------------------------------------------------ sogozimbra19 (held out)
def sogozimbra19() -> None:
    fam = "sogozimbra19"
    sogo = "-//Inverse inc./SOGo 5.11.0//EN"
    z = "Europe/Paris"
    s = at(2027, 1, 19, 14, 30, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 1, 12, 10, 0, z)
    uid = "1A2B-5F3C9E00-1-7D4E8A80"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(uid, s, e, "Entretien – Brasserie Numérique", tzid=z, seq=0, sent=sent),
        ],
        "REQUEST",
        sogo,
    )
    add(
        fam,
        "sogo_invite_fr",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "SOGo invitation in French, IANA TZID with VTIMEZONE.",
        sender="Inès Moreau <ines.moreau@brasserie-num.example>",
        subject="Invitation à l'événement : Entretien – Brasserie Numérique",
        sent=sent,
        lang="fr",
        text="Inès Moreau vous a invité à Entretien – Brasserie Numérique.\n\nDébut : mardi 19 janvier 2027 14:30\nFin : mardi 19 janvier 2027 15:15\n",
        html=True,
        layout="alt",
    )
    z = "Europe/Berlin"
    s = at(2027, 10, 28, 9, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 10, 20, 15, 0, z)
    uid = "3C4D-5F3C9E00-2-7D4E8A80"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(uid, s, e, "Interview – Elbwerk", tzid=z, seq=1, sent=sent),
        ],
        "REQUEST",
        sogo,
    )
    add(
        fam,
        "sogo_updated_de",
        ics,
        label("reschedule", s, e, z, uid, 1, "REQUEST"),
        "SOGo 'Die Einladung wurde geändert' update in German, SEQUENCE 1, the new start first.",
        sender="Ole Jensen <ole.jensen@elbwerk.example>",
        subject="Termin geändert: Interview – Elbwerk",
        sent=sent,
        lang="de",
        text="Ole Jensen hat den Termin „Interview – Elbwerk“ geändert.\n\nNeuer Beginn: Donnerstag, 28. Oktober 2027 09:00\nVorher: Mittwoch, 27. Oktober 2027 09:00\n",
        html=True,
        layout="alt",
    )
    # Zimbra with '(GMT+01.00) Amsterdam / Berlin / ...' TZID
    tz = "(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna"
    z = "Europe/Berlin"
    s = at(2027, 3, 9, 11, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 2, 9, 30, z)
    uid = "4f6e1a2b-8c7d-4e5f-9a0b-zimbra-7781"
    ics = calendar(
        [
            *vtz(z, tz, exchange=False, tznames=True),
            *event(
                uid,
                s,
                e,
                "Sollicitatiegesprek – Dijkstra Bouw",
                tzid=tz,
                seq=0,
                sent=sent,
                more=("X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",),
            ),
        ],
        "REQUEST",
        "Zimbra-Calendar-Provider",
    )
    add(
        fam,
        "zimbra_gmt_display_tzid_nl",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Zimbra TZID '(GMT+01.00) Amsterdam / Berlin / ...' with its VTIMEZONE; labelled Europe/Berlin (Windows 'W. Europe Standard Time' lists the same cities; CLDR maps it to Berlin).",
        sender="Sanne de Vries <sanne@dijkstrabouw.example>",
        subject="Uitnodiging: Sollicitatiegesprek – Dijkstra Bouw",
        sent=sent,
        lang="nl",
        text="Het volgende is een nieuwe vergadering:\n\nOnderwerp: Sollicitatiegesprek – Dijkstra Bouw\nOrganisator: Sanne de Vries\n\nTijd: dinsdag 9 maart 2027, 11:00:00 - 11:45:00 GMT +01:00 Amsterdam / Berlijn / Bern / Rome / Stockholm / Wenen\n",
        html=True,
        layout="alt",
    )
    # Zimbra modified
    s2 = at(2027, 3, 10, 13, 0, z)
    e2 = s2 + timedelta(minutes=45)
    sent2 = at(2027, 3, 4, 8, 0, z)
    ics = calendar(
        [
            *vtz(z, tz, exchange=False, tznames=True),
            *event(uid, s2, e2, "Sollicitatiegesprek – Dijkstra Bouw", tzid=tz, seq=1, sent=sent2),
        ],
        "REQUEST",
        "Zimbra-Calendar-Provider",
    )
    add(
        fam,
        "zimbra_modified_en",
        ics,
        label("reschedule", s2, e2, z, uid, 1, "REQUEST"),
        "Zimbra 'The following meeting has been modified' with the new time, SEQUENCE 1.",
        sender="Sanne de Vries <sanne@dijkstrabouw.example>",
        subject="Updated: Sollicitatiegesprek – Dijkstra Bouw",
        sent=sent2,
        lang="en",
        text="The following meeting has been modified:\n\nSubject: Sollicitatiegesprek – Dijkstra Bouw\n\nTime: Wednesday, March 10, 2027, 1:00:00 PM - 1:45:00 PM GMT +01:00 Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna\n",
        html=True,
        layout="alt",
    )
    # Zimbra cancel
    sent3 = at(2027, 3, 8, 17, 0, z)
    ics = calendar(
        [
            *vtz(z, tz, exchange=False, tznames=True),
            *event(
                uid,
                s2,
                e2,
                "Sollicitatiegesprek – Dijkstra Bouw",
                tzid=tz,
                seq=2,
                sent=sent3,
                more=("STATUS:CANCELLED",),
            ),
        ],
        "CANCEL",
        "Zimbra-Calendar-Provider",
    )
    add(
        fam,
        "zimbra_cancelled_nl",
        ics,
        label("cancellation", s2, e2, z, uid, 2, "CANCEL"),
        "Zimbra cancellation in Dutch, SEQUENCE 2.",
        sender="Sanne de Vries <sanne@dijkstrabouw.example>",
        subject="Geannuleerd: Sollicitatiegesprek – Dijkstra Bouw",
        sent=sent3,
        lang="nl",
        text="De volgende vergadering is geannuleerd:\n\nOnderwerp: Sollicitatiegesprek – Dijkstra Bouw\nTijd: woensdag 10 maart 2027, 13:00:00 - 13:45:00\n",
        html=True,
        layout="alt",
    )
    # SOGo REPLY tentative (look-alike)
    z = "Europe/Paris"
    s = at(2027, 1, 19, 14, 30, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 1, 13, 8, 0, z)
    uid = "1A2B-5F3C9E00-1-7D4E8A80"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(
                uid,
                s,
                e,
                "Entretien – Brasserie Numérique",
                tzid=z,
                seq=0,
                sent=sent,
                more=reply_parties("Inès Moreau <ines.moreau@brasserie-num.example>", "TENTATIVE"),
            ),
        ],
        "REPLY",
        sogo,
    )
    add(
        fam,
        "sogo_reply_tentative",
        ics,
        label("reply", s, e, z, uid, 0, "REPLY"),
        "SOGo REPLY (tentative) from the candidate's own account.",
        sender=f"Candidate <{ME}>",
        subject="Participation peut-être : Entretien – Brasserie Numérique",
        sent=sent,
        lang="fr",
        text="Candidate a répondu « peut-être » à votre invitation.\n",
        html=False,
        layout="alt",
    )


# ------------------------------------------------------------------------------ bookings19 (held out)
def bookings19() -> None:
    fam = "bookings19"
    # MS Bookings, Romance Standard Time
    z = "Europe/Paris"
    tz = "Romance Standard Time"
    s = at(2027, 4, 13, 10, 30, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 4, 6, 14, 0, z)
    uid = EXUID.format("B17C0001", "7F3C0D19")
    ics = calendar(
        [*vtz(z, tz), *event(uid, s, e, "Entretien de présélection", tzid=tz, seq=0, sent=sent)],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "msbookings_romance_fr",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Microsoft Bookings confirmation: Windows TZID 'Romance Standard Time'.",
        sender="Recrutement Azur Mobilité <recrutement@azurmobilite.example>",
        subject="Rendez-vous confirmé : Entretien de présélection",
        sent=sent,
        lang="fr",
        text="Votre rendez-vous est confirmé.\n\nEntretien de présélection\nmardi 13 avril 2027 10:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\nDurée : 30 minutes\n",
        html=True,
        layout="alt",
    )
    # Calendly new event UTC
    z = "America/Chicago"
    s = at(2027, 2, 23, 14, 0, z)
    e = s + timedelta(minutes=30)
    sent = at(2027, 2, 17, 9, 12, z)
    uid = "calendly-3a7b9c1d2e4f@calendly.example"
    ics = calendar(
        event(
            uid,
            s,
            e,
            "30 Minute Screening Call between Owen Hart and Candidate",
            utc=True,
            seq=0,
            sent=sent,
        ),
        "REQUEST",
        "-//Calendly//Calendly//EN",
    )
    add(
        fam,
        "calendly_confirmed_central",
        ics,
        label("invitation", s, e, "America/Chicago", uid, 0, "REQUEST"),
        "Calendly confirmation: UTC calendar; text names 'Central Time - US & Canada' (Calendly's label) and America/Chicago.",
        sender="Calendly <notifications@calendly.example>",
        subject="Confirmed: 30 Minute Screening Call with Owen Hart on Tuesday, February 23, 2027",
        sent=sent,
        lang="en",
        text="Hi Candidate,\n\nYour 30 Minute Screening Call with Owen Hart at 2:00pm - 2:30pm (Central Time - US & Canada) on Tuesday, February 23, 2027 is scheduled.\n\nTime zone: America/Chicago\n",
        html=True,
        layout="attach",
    )
    # Calendly cancel
    sent2 = at(2027, 2, 20, 11, 0, z)
    ics = calendar(
        event(
            uid,
            s,
            e,
            "30 Minute Screening Call between Owen Hart and Candidate",
            utc=True,
            seq=1,
            sent=sent2,
            more=("STATUS:CANCELLED",),
        ),
        "CANCEL",
        "-//Calendly//Calendly//EN",
    )
    add(
        fam,
        "calendly_canceled",
        ics,
        label("cancellation", s, e, "America/Chicago", uid, 1, "CANCEL"),
        "Calendly cancellation, CANCEL in UTC; text gives the Calendly zone label.",
        sender="Calendly <notifications@calendly.example>",
        subject="Canceled: 30 Minute Screening Call with Owen Hart",
        sent=sent2,
        lang="en",
        text="Hi Candidate,\n\nOwen Hart canceled the 30 Minute Screening Call at 2:00pm (Central Time - US & Canada) on Tuesday, February 23, 2027.\n\nTime zone: America/Chicago\n",
        html=True,
        layout="attach",
    )
    # Cal.com booked
    z = "Europe/Lisbon"
    s = at(2027, 7, 6, 11, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 6, 29, 16, 30, z)
    uid = "kQ3mZ8pW2nR5tY7uX1vB4c@cal.example"
    ics = calendar(
        event(
            uid,
            s,
            e,
            "Technical Interview between Rui Costa and Candidate",
            utc=True,
            seq=0,
            sent=sent,
        ),
        "REQUEST",
        "-//Cal.com Inc.//Cal.com Event//EN",
    )
    add(
        fam,
        "calcom_booked_lisbon",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Cal.com booking: UTC calendar; text gives the time with 'Europe/Lisbon'.",
        sender="Rui Costa <rui@mareasoft.example>",
        subject="Confirmed: Technical Interview between Rui Costa and Candidate @ Tue Jul 6, 2027 11:00am - 11:45am (Europe/Lisbon)",
        sent=sent,
        lang="en",
        text="Your event has been scheduled\n\nWhat: Technical Interview\nWhen: Tuesday, July 6, 2027 11:00am - 11:45am (Europe/Lisbon)\nWho: Rui Costa - Organizer\n",
        html=True,
        layout="alt",
    )
    # Cal.com rescheduled seq 1
    s2 = at(2027, 7, 7, 15, 0, z)
    e2 = s2 + timedelta(minutes=45)
    sent2 = at(2027, 7, 1, 10, 0, z)
    ics = calendar(
        event(
            uid,
            s2,
            e2,
            "Technical Interview between Rui Costa and Candidate",
            utc=True,
            seq=1,
            sent=sent2,
        ),
        "REQUEST",
        "-//Cal.com Inc.//Cal.com Event//EN",
    )
    add(
        fam,
        "calcom_rescheduled_lisbon",
        ics,
        label("reschedule", s2, e2, z, uid, 1, "REQUEST"),
        "Cal.com 'Your event has been rescheduled', SEQUENCE 1, new time and the former one.",
        sender="Rui Costa <rui@mareasoft.example>",
        subject="Rescheduled: Technical Interview between Rui Costa and Candidate",
        sent=sent2,
        lang="en",
        text="Your event has been rescheduled\n\nWhen: Wednesday, July 7, 2027 3:00pm - 3:45pm (Europe/Lisbon)\nFormer time: Tuesday, July 6, 2027 11:00am\n",
        html=True,
        layout="alt",
    )
    # Look-alike: Bookings appointment for an ID document check (not interview)
    z = "Europe/Paris"
    tz = "Romance Standard Time"
    s = at(2027, 5, 18, 9, 0, z)
    e = s + timedelta(minutes=15)
    sent = at(2027, 5, 11, 12, 0, z)
    uid = EXUID.format("B17C0006", "7F3C0D69")
    ics = calendar(
        [*vtz(z, tz), *event(uid, s, e, "Retrait de badge visiteur", tzid=tz, seq=0, sent=sent)],
        "REQUEST",
        EXCH,
    )
    add(
        fam,
        "msbookings_badge_pickup_lookalike",
        ics,
        label("not_invitation", s, e, z, uid, 0, "REQUEST"),
        "Look-alike: a Bookings slot to collect a visitor badge at reception; no interview.",
        sender="Accueil Azur Mobilité <accueil@azurmobilite.example>",
        subject="Rendez-vous confirmé : Retrait de badge visiteur",
        sent=sent,
        lang="fr",
        text="Votre rendez-vous est confirmé.\n\nRetrait de badge visiteur à l'accueil\nmardi 18 mai 2027 09:00\n",
        html=True,
        layout="alt",
    )


# ------------------------------------------------------------------------------ charsets19 (held out)
def charsets19() -> None:
    fam = "charsets19"
    z = "Europe/Paris"
    tz = "Romance Standard Time"
    s = at(2027, 11, 16, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 11, 9, 9, 0, z)
    uid = EXUID.format("C17C0001", "8A4D0D19")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(
                uid, s, e, "Entretien – Société Générale des Écluses", tzid=tz, seq=0, sent=sent
            ),
        ],
        "REQUEST",
        OUTLOOK,
    )
    add(
        fam,
        "windows1252_qp_fr",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Calendar part and body in windows-1252, quoted-printable.",
        sender="Élodie Girard <e.girard@ecluses.example>",
        subject="Entretien – Société Générale des Écluses",
        sent=sent,
        lang="fr",
        text="Quand : mardi 16 novembre 2027 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\nOù : salle Écluse\n",
        html=True,
        layout="alt",
        charset="windows-1252",
        cal_enc="quoted-printable",
    )
    z = "Europe/Madrid"
    s = at(2027, 2, 10, 12, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 2, 3, 9, 0, z)
    uid = "entrevista-latin1-0210@almazara.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(uid, s, e, "Entrevista - Almazara Peñón", tzid=z, seq=0, sent=sent),
        ],
        "REQUEST",
        "-//Almazara Peñón//Selección//ES",
    )
    add(
        fam,
        "latin1_base64_es",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "ISO-8859-1 calendar part in base64; Spanish body in ISO-8859-1.",
        sender="Almazara Peñón <seleccion@almazara.example>",
        subject="Entrevista – Almazara Peñón",
        sent=sent,
        lang="es",
        text="Hola,\nle citamos el miércoles 10 de febrero de 2027 a las 12:00.\n",
        html=False,
        layout="alt",
        charset="iso-8859-1",
        cal_enc="base64",
    )
    z = "Europe/Warsaw"
    tz = "Central European Standard Time"
    s = at(2027, 6, 22, 13, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 6, 15, 8, 30, z)
    uid = EXUID.format("C17C0003", "8A4D0D39")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(uid, s, e, "Rozmowa kwalifikacyjna - Łódź Żegluga", tzid=tz, seq=0, sent=sent),
        ],
        "REQUEST",
        OUTLOOK,
    )
    add(
        fam,
        "iso8859_2_qp_pl",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "ISO-8859-2 calendar part, quoted-printable; Windows TZID 'Central European Standard Time'.",
        sender="Łukasz Wójcik <l.wojcik@lodz-zegluga.example>",
        subject="Rozmowa kwalifikacyjna – Łódź Żegluga",
        sent=sent,
        lang="pl",
        text="Kiedy: wtorek, 22 czerwca 2027 13:00-14:00 (UTC+01:00) Sarajewo, Skopie, Warszawa, Zagrzeb.\n",
        html=False,
        layout="alt",
        charset="iso-8859-2",
        cal_enc="quoted-printable",
    )
    z = "Europe/Moscow"
    s = at(2027, 3, 3, 11, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 2, 24, 10, 0, z)
    uid = "sobesedovanie-0303@berezka-it.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(uid, s, e, "Собеседование - Берёзка ИТ", tzid=z, seq=0, sent=sent),
        ],
        "REQUEST",
        "-//Berezka IT//HR//RU",
    )
    add(
        fam,
        "koi8r_base64_ru",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "KOI8-R calendar part and body, base64.",
        sender="Берёзка ИТ <hr@berezka-it.example>",
        subject="Приглашение на собеседование",
        sent=sent,
        lang="ru",
        text="Здравствуйте!\nПриглашаем вас на собеседование 3 марта 2027 года в 11:00 (Москва).\n",
        html=False,
        layout="attach_calendar",
        charset="koi8-r",
        cal_enc="base64",
    )
    z = "Asia/Tokyo"
    s = at(2027, 9, 14, 15, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 9, 7, 10, 0, z)
    uid = "mensetsu-0914@sakura-denki.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False, tznames=True),
            *event(uid, s, e, "一次面接 さくら電機", tzid=z, seq=0, sent=sent),
        ],
        "REQUEST",
        "-//Sakura Denki//Saiyo//JA",
    )
    add(
        fam,
        "shift_jis_base64_ja",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Shift_JIS calendar part in base64; ISO-2022-JP-like legacy body sent as Shift_JIS.",
        sender="さくら電機 採用担当 <saiyo@sakura-denki.example>",
        subject="一次面接のご案内",
        sent=sent,
        lang="ja",
        text="一次面接を 9月14日(火) 15:00〜16:00 に設定しました。添付の招待をご確認ください。\n",
        html=False,
        layout="alt",
        charset="shift_jis",
        cal_enc="base64",
    )
    # look-alike: windows-1252 REPLY accepted (German)
    z = "Europe/Berlin"
    tz = "W. Europe Standard Time"
    s = at(2027, 12, 7, 10, 0, z)
    e = s + timedelta(hours=1)
    sent = at(2027, 11, 30, 19, 0, z)
    uid = EXUID.format("C17C0006", "8A4D0D69")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(
                uid,
                s,
                e,
                "Gespräch – Süßwaren Köhler",
                tzid=tz,
                seq=0,
                sent=sent,
                more=reply_parties("Jörg Köhler <jk@suesswaren-koehler.example>", "ACCEPTED"),
            ),
        ],
        "REPLY",
        OUTLOOK,
    )
    add(
        fam,
        "windows1252_reply_accepted_de",
        ics,
        label("reply", s, e, z, uid, 0, "REPLY"),
        "The candidate's 'Angenommen:' REPLY in windows-1252, copied to the inbox.",
        sender=f"Candidate <{ME}>",
        subject="Angenommen: Gespräch – Süßwaren Köhler",
        sent=sent,
        lang="de",
        text="Ich freue mich auf das Gespräch.\n",
        html=False,
        layout="alt",
        charset="windows-1252",
        cal_enc="quoted-printable",
    )


# ------------------------------------------------------------------------------ writing
def part(ctype: str, data: bytes, how: str, extra: tuple[str, ...] = ()) -> bytes:
    """One MIME part; quoted-printable is written from LF lines so CRLF stays CRLF (encoding
    CRLF text directly would leave a bare CR before every line break)."""
    if how == "quoted-printable":
        body = quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")
    else:
        body = cp.enc(data, how)
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {how}", *extra, "", ""]
    return "\r\n".join(head).encode() + body


def tnef_blob(key: str) -> bytes:
    """A stand-in winmail.dat: the TNEF signature, then bytes no reader should interpret."""
    return b"\x78\x9f\x3e\x22" + key.encode() * 8


def body_of(case: Case, m: dict[str, object], key: str) -> bytes:
    charset = str(m.get("charset", "utf-8"))
    newline = "\r\n"
    raw = newline.join(ln for line in case.ics for ln in fold(line)) + newline
    cal = raw.encode(charset)
    method = next((ln.split(":", 1)[1] for ln in case.ics if ln.startswith("METHOD:")), None)
    cal_enc = str(m.get("cal_enc", "8bit" if not cal.isascii() else "7bit"))
    text = str(m["text"])
    tbytes = text.replace("\n", "\r\n").encode(charset)
    tenc = (
        "7bit"
        if tbytes.isascii()
        else ("base64" if charset in ("shift_jis", "koi8-r") else "quoted-printable")
    )
    tpart = part(f'text/plain; charset="{charset}"', tbytes, tenc)
    alts = [tpart]
    if m.get("html"):
        h = cp.html_of(text).replace("\n", "\r\n").encode(charset)
        alts.append(part(f'text/html; charset="{charset}"', h, "quoted-printable"))
    mp = f"; method={method}" if method else ""
    layout = m["layout"]
    calpart = part(f'text/calendar; charset="{charset}"{mp}', cal, cal_enc)
    if layout == "alt":
        return cp.multipart("alternative", f"=_alt_{key}", [*alts, calpart])
    if layout in ("alt_attach", "google", "thunderbird"):
        inner = cp.multipart("alternative", f"=_ialt_{key}", [*alts, calpart])
        att = part(
            'application/ics; name="invite.ics"',
            cal,
            "base64",
            ('Content-Disposition: attachment; filename="invite.ics"',),
        )
        return cp.multipart("mixed", f"=_imix_{key}", [inner, att])
    first = alts[0] if len(alts) == 1 else cp.multipart("alternative", f"=_aalt_{key}", alts)
    if layout == "tnef":
        tnef = part(
            'application/ms-tnef; name="winmail.dat"',
            tnef_blob(key),
            "base64",
            ('Content-Disposition: attachment; filename="winmail.dat"',),
        )
        return cp.multipart("mixed", f"=_tnef_{key}", [first, calpart, tnef])
    if layout == "attach_calendar":
        att = part(
            f'text/calendar; charset="{charset}"{mp}; name="invite.ics"',
            cal,
            cal_enc if cal_enc != "8bit" else "base64",
            ('Content-Disposition: attachment; filename="invite.ics"',),
        )
    else:
        assert layout == "attach", layout
        att = part(
            'application/ics; name="interview.ics"',
            cal,
            cal_enc if cal_enc in ("base64", "quoted-printable") else "base64",
            ('Content-Disposition: attachment; filename="interview.ics"',),
        )
    return cp.multipart("mixed", f"=_mix_{key}", [first, att])


def headers(sender: str, to: str, subject: str, sent: datetime, msgid: str) -> bytes:
    head = [
        f"From: {cp.header_text(sender)}",
        f"To: {to}",
        f"Subject: {cp.header_text(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{msgid}@calparts17.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def render(case: Case) -> tuple[str, bytes]:
    m = case.mail
    key = f"{case.family}_{case.name}"
    sent = m["sent"]
    assert isinstance(sent, datetime)
    if m["layout"] == "rfc822":
        inner = m["inner"]
        assert isinstance(inner, dict)
        isent = inner["sent"]
        assert isinstance(isent, datetime)
        ibody = body_of(case, inner, key + "_in")
        imsg = (
            headers(
                str(inner["sender"]),
                TO.replace("Candidate", "Candidate"),
                str(inner["subject"]),
                isent,
                f"{case.name}.inner",
            )
            + ibody
        )
        note = str(m["text"])
        nbytes = note.replace("\n", "\r\n").encode()
        npart = part(
            'text/plain; charset="utf-8"',
            nbytes,
            "7bit" if nbytes.isascii() else "quoted-printable",
        )
        att = (
            b'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="invite.eml"\r\n\r\n'
            + imsg
        )
        body = cp.multipart("mixed", f"=_fwd_{key}", [npart, att])
        to = (
            "Afterview inbox <inbox@afterview.example>"
            if case.label.get("kind") != "not_invitation"
            else TO
        )
    else:
        body = body_of(case, m, key)
        to = "Afterview inbox <inbox@afterview.example>" if "original_sender" in case.label else TO
    return f"{case.family}__{case.name}.eml", headers(
        str(m["sender"]), to, str(m["subject"]), sent, f"{case.family}.{case.name}"
    ) + body


def main() -> None:
    for build in (
        protoncal19,
        exchcustom19,
        atsics19,
        fwdrfc19,
        recurx19,
        floatdur19,
        notesyahoo19,
        sogozimbra19,
        bookings19,
        charsets19,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in CASES:
        cp.verify(case)
        name, data = render(case)
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        if lab.get("kind") == "not_invitation":
            lab = {"kind": "not_invitation"}
        lab["language"] = str(case.mail.get("lang", "en"))
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE,
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files")


if __name__ == "__main__":
    main()
