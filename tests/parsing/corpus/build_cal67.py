# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the cal67 batch: calendar-bearing invitations from producers and shapes new to the corpus.

Run: .venv/bin/python tests/parsing/corpus/build_cal67.py

Why: on unseen producers the calendar's times go wrong through quirks the corpus had not met:
Exchange/Outlook VTIMEZONEs named only by X-MICROSOFT-CDO-TZID's number, VTIMEZONE rules that
write Windows' "fifth week" (the last one) as BYDAY=5SU, bare offset TZIDs (GMT+0100,
UTC+05:30, Etc/GMT-1), lines folded by byte count through a UTF-8 character, CJK charsets on the
calendar part (ks_c_5601-1987, GBK, ISO-2022-JP), ISO-8601 extended date-times
(2027-04-14T13:00:00Z), signed and zero-padded DURATIONs, mixed-case METHOD values, Lotus
Notes' short zone names. The mail helpers are build_cal64.py's.

A seeded third goes to heldout/ as family cal67h: the files whose dev name's SHA-256, read as a
number, is divisible by 3 (chosen from the name alone, before any parse). People, companies,
UIDs and prose are ours (.example domains, slots in 2027, each Date header before its slot).
Labels come from the zoneinfo datetimes each calendar is rendered from, written before any parse.
"""

from __future__ import annotations

import hashlib
import json
import sys
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_cal64 as b

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout"
FAM = "cal67"
HELD_FAM = "cal67h"
at, wall, utc, lab, stamp, people = b.at, b.wall, b.utc, b.lab, b.stamp, b.people
H = timedelta(hours=1)


def uid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"cal67/{name}")).upper()


def exch_uid(name: str) -> str:
    """Exchange's Global Object ID as a hex UID (long: it folds)."""
    tail = hashlib.sha256(name.encode()).hexdigest().upper()
    return (
        "040000008200E00074C5B7101A82E0080000000060E1"
        + tail[:14]
        + "01000000000000000010000000"
        + tail[14:46]
    )


def rules_vtz(
    tzid: str,
    std: str,
    dst: str,
    std_rule: str,
    dst_rule: str,
    extra: tuple[str, ...] = (),
    std_at: str = "16010101T030000",
    dst_at: str = "16010101T020000",
) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        *extra,
        "BEGIN:STANDARD",
        f"DTSTART:{std_at}",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"RRULE:{std_rule}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:{dst_at}",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"RRULE:{dst_rule}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


EU_STD, EU_DST = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
US_STD, US_DST = "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"
AU_STD, AU_DST = "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"


def byte_fold(cal: list[str]) -> list[str]:
    """Fold every line at 74 octets by bytes, as a substr()-based PHP folder does: a UTF-8
    character can be cut in two. Returned as latin-1 stand-ins so the bytes survive encoding."""
    out: list[str] = []
    for line in cal:
        raw = line.encode("utf-8")
        parts = [raw[i : i + 74] for i in range(0, len(raw), 74)] or [b""]
        out.append("\r\n ".join(p.decode("latin-1") for p in parts))
    return out


def unfolded_vcal(prodid: str, method: str | None, body: list[str]) -> list[str]:
    return [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        *([f"METHOD:{method}"] if method else []),
        *body,
        "END:VCALENDAR",
    ]


def utf8_declared(stem: str) -> None:
    """The byte-folded parts are written through latin-1 stand-ins; declare what they are."""
    path = b.DEV / stem
    path.write_bytes(path.read_bytes().replace(b'charset="latin-1"', b'charset="UTF-8"'))


def event(
    key: str,
    start_line: str,
    end_line: str | None,
    org: tuple[str, str],
    title: str,
    sent: datetime,
    sequence: int | None,
    extra: tuple[str, ...],
    the_uid: str,
) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{the_uid}",
        stamp(sent),
        start_line,
        *([end_line] if end_line else []),
        f"SUMMARY:{title}",
        *people(org),
        *([f"SEQUENCE:{sequence}"] if sequence is not None else []),
        *extra,
        "END:VEVENT",
    ]


def one(
    name: str,
    *,
    lang: str,
    producer: str,
    note: str,
    start: datetime,
    end: datetime | None,
    zone: str | None,
    sent: datetime,
    org: tuple[str, str],
    title: str,
    when: str,
    start_line: str,
    end_line: str | None,
    zones: list[str] = (),  # type: ignore[assignment]
    head: tuple[str, ...] = (),
    method: str | None = "REQUEST",
    cal_method: str | None = None,
    sequence: int = 0,
    write_sequence: bool = True,
    extra: tuple[str, ...] = (),
    the_uid: str | None = None,
    kind: str | None = None,
    post: Callable[[list[str]], list[str]] | None = None,
    lead: str = " ",
    **mail_args: object,
) -> None:
    u = the_uid or uid(name)
    body = [
        *zones,
        *event(
            name,
            start_line,
            end_line,
            org,
            title,
            sent,
            sequence if write_sequence else None,
            extra,
            u,
        ),
    ]
    written_method = cal_method if cal_method is not None else method
    if post is byte_fold:  # the byte folder folds the unfolded lines itself
        cal = byte_fold(unfolded_vcal(producer, written_method, body))
    else:
        cal = b.vcal(producer, written_method, body, head=head, lead=lead)
        if post is not None:
            cal = post(cal)
    if kind is None:
        kind = (
            "cancellation" if method == "CANCEL" else ("reschedule" if sequence else "invitation")
        )
    b.mail(
        FAM,
        name,
        lang=lang,
        template=producer,
        note=note,
        sent=sent,
        org=org,
        subject=title,
        text=b.text_for(lang, title, when, org[0].split()[0]),
        cal=cal,
        label=lab(start, end, zone, u, sequence, method, kind),
        **mail_args,  # type: ignore[arg-type]
    )
    if post is byte_fold:
        utf8_declared(f"{FAM}__{name}.eml")


EX2007 = "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN"
EX2010 = "Microsoft Exchange Server 2010"
NOTES = "-//Lotus Development Corporation//NONSGML Notes 8.5//EN_S"
GW = "-//Novell Inc//Groupwise 8.0.3//EN"
MDAEMON = "-//Alt-N Technologies//MDaemon WorldClient 19.5//EN"
ICEWARP = "-//IceWarp Software//IceWarp Server 13.0//EN"
SMARTER = "-//SmarterTools//SmarterMail 16.x//EN"
CGP = "-//CommuniGate Systems//CommuniGate Pro 6.3//EN"
AXIGEN = "-//AXIGEN//Axigen Mail Server 10.3//EN"
GAROON = "-//Cybozu Inc.//Garoon 5.0//JA"
COREMAIL = "-//Coremail//Coremail Calendar 1.0//ZH"
KERIO = "-//Kerio Technologies//Kerio Connect 9.4//EN"
MAILBOXORG = "-//Open-Xchange//7.10.6-Rev30//EN"
MAILFENCE = "-//Mailfence//Mailfence Calendar//EN"
PHPHAND = "-//careers-portal//hand-built PHP mailer//EN"
NODEHAND = "-//interview-bot//node hand-built//EN"


def batch() -> None:
    # ---- X-MICROSOFT-CDO-TZID: the zone named only by its number
    s = at("Europe/Berlin", 2027, 4, 20, 10, 0)
    one(
        "ex2007_customized_cdo4_de",
        lang="de",
        producer=EX2007,
        note="Exchange 2007: VTIMEZONE 'Customized Time Zone' with X-MICROSOFT-CDO-TZID:4 (Berlin) and EU rules; summer time.",
        start=s,
        end=s + H,
        zone="Europe/Berlin",
        sent=at("Europe/Berlin", 2027, 4, 12, 9, 30),
        org=("Sabine Wolters", "s.wolters@rheinmetallbau.example"),
        title="Vorstellungsgespräch Konstrukteur/in",
        when="Di 20.04., 10:00-11:00",
        zones=rules_vtz(
            "Customized Time Zone", "+0100", "+0200", EU_STD, EU_DST, ("X-MICROSOFT-CDO-TZID:4",)
        ),
        start_line=f'DTSTART;TZID="Customized Time Zone":{wall(s)}',
        end_line=f'DTEND;TZID="Customized Time Zone":{wall(s + H)}',
        the_uid=exch_uid("ex2007_customized_cdo4_de"),
        extra=("X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:1834927712"),
    )
    s = at("America/Los_Angeles", 2027, 3, 10, 14, 0)
    one(
        "ex2010_gmt_label_cdo13_en",
        lang="en",
        producer=EX2010,
        note="Exchange 2010 relaying an Outlook 2003 item: VTIMEZONE 'GMT -0800 (Standard) / GMT -0700 (Daylight)' with X-MICROSOFT-CDO-TZID:13 (Pacific); four days before the US spring change (PST).",
        start=s,
        end=s + timedelta(minutes=45),
        zone="America/Los_Angeles",
        sent=at("America/Los_Angeles", 2027, 3, 3, 16, 5),
        org=("Dana Whitfield", "dana.whitfield@cascade-bio.example"),
        title="Phone screen - Lab Operations Lead",
        when="Wed Mar 10, 2:00-2:45 PM PT",
        zones=rules_vtz(
            "GMT -0800 (Standard) / GMT -0700 (Daylight)",
            "-0800",
            "-0700",
            US_STD,
            US_DST,
            ("X-MICROSOFT-CDO-TZID:13",),
            std_at="16010101T020000",
        ),
        start_line=f'DTSTART;TZID="GMT -0800 (Standard) / GMT -0700 (Daylight)":{wall(s)}',
        end_line=f'DTEND;TZID="GMT -0800 (Standard) / GMT -0700 (Daylight)":{wall(s + timedelta(minutes=45))}',
        the_uid=exch_uid("ex2010_gmt_label_cdo13_en"),
    )
    s = at("Australia/Melbourne", 2027, 10, 12, 9, 30)
    one(
        "ex2007_customized_cdo57_au",
        lang="en",
        producer=EX2007,
        note="Exchange 2007: 'Customized Time Zone 1' with X-MICROSOFT-CDO-TZID:57 (Melbourne), southern-hemisphere rules (daylight from the first Sunday of October); AEDT.",
        start=s,
        end=s + H,
        zone="Australia/Melbourne",
        sent=at("Australia/Melbourne", 2027, 10, 5, 11, 0),
        org=("Lachlan Price", "lachlan.price@southbank-fin.example"),
        title="Interview: Graduate Analyst",
        when="Tue 12 Oct, 9:30am AEDT",
        zones=rules_vtz(
            "Customized Time Zone 1", "+1000", "+1100", AU_STD, AU_DST, ("X-MICROSOFT-CDO-TZID:57",)
        ),
        start_line=f'DTSTART;TZID="Customized Time Zone 1":{wall(s)}',
        end_line=f'DTEND;TZID="Customized Time Zone 1":{wall(s + H)}',
        the_uid=exch_uid("ex2007_customized_cdo57_au"),
    )
    s = at("America/New_York", 2027, 11, 9, 11, 0)
    one(
        "ex2010_customized_cdo10_cancel_en",
        lang="en",
        producer=EX2010,
        note="Exchange 2010 CANCEL, SEQUENCE 2: 'Customized Time Zone' with X-MICROSOFT-CDO-TZID:10 (Eastern), US rules; two days after the fall change.",
        start=s,
        end=s + H,
        zone="America/New_York",
        sent=at("America/New_York", 2027, 11, 2, 8, 15),
        org=("Rob Castellano", "rob.castellano@harborline.example"),
        title="Canceled: Interview - Field Service Engineer",
        when="Tue Nov 9, 11:00 AM ET",
        zones=rules_vtz(
            "Customized Time Zone",
            "-0500",
            "-0400",
            US_STD,
            US_DST,
            ("X-MICROSOFT-CDO-TZID:10",),
            std_at="16010101T020000",
        ),
        start_line=f'DTSTART;TZID="Customized Time Zone":{wall(s)}',
        end_line=f'DTEND;TZID="Customized Time Zone":{wall(s + H)}',
        method="CANCEL",
        sequence=2,
        extra=("STATUS:CANCELLED",),
        the_uid=exch_uid("ex2010_customized_cdo10_cancel_en"),
    )
    s = at("Europe/London", 2027, 6, 8, 15, 0)
    one(
        "outlook2007_cdo1_unnamed_en",
        lang="en-GB",
        producer=EX2007,
        note="Outlook 2007: VTIMEZONE 'Local' with X-MICROSOFT-CDO-TZID:1 (London) and EU rules at 01:00/02:00; BST. The long Exchange UID folds.",
        start=s,
        end=s + timedelta(minutes=30),
        zone="Europe/London",
        sent=at("Europe/London", 2027, 6, 1, 10, 0),
        org=("Imogen Hartley", "imogen.hartley@thamesgate-legal.example"),
        title="Interview - Trainee Solicitor",
        when="Tue 8 June, 3pm",
        zones=rules_vtz(
            "Local",
            "+0000",
            "+0100",
            EU_STD,
            EU_DST,
            ("X-MICROSOFT-CDO-TZID:1",),
            std_at="16010101T020000",
            dst_at="16010101T010000",
        ),
        start_line=f"DTSTART;TZID=Local:{wall(s)}",
        end_line=f"DTEND;TZID=Local:{wall(s + timedelta(minutes=30))}",
        the_uid=exch_uid("outlook2007_cdo1_unnamed_en"),
    )
    # ---- BYDAY=5SU: Windows' 'fifth week' (= last) copied into the rule
    s = at("Europe/Paris", 2027, 4, 6, 14, 0)
    one(
        "kerio_byday_5su_fr",
        lang="fr",
        producer=KERIO,
        note="VTIMEZONE 'Romance Standard Time' whose rules say BYDAY=5SU (Windows' 'fifth week', meaning the last Sunday); March 2027 has four Sundays. Summer time.",
        start=s,
        end=s + H,
        zone="Europe/Paris",
        sent=at("Europe/Paris", 2027, 3, 30, 9, 0),
        org=("Claire Fontaine", "claire.fontaine@lumiere-conseil.example"),
        title="Entretien : Chargé(e) de communication",
        when="mardi 6 avril, 14h00",
        zones=rules_vtz(
            "Romance Standard Time",
            "+0100",
            "+0200",
            "FREQ=YEARLY;BYDAY=5SU;BYMONTH=10",
            "FREQ=YEARLY;BYDAY=5SU;BYMONTH=3",
        ),
        start_line=f'DTSTART;TZID="Romance Standard Time":{wall(s)}',
        end_line=f'DTEND;TZID="Romance Standard Time":{wall(s + H)}',
    )
    s = at("Europe/Berlin", 2027, 10, 28, 9, 0)
    one(
        "icewarp_byday_5su_autumn_de",
        lang="de",
        producer=ICEWARP,
        note="VTIMEZONE 'Mitteleuropa' with BYDAY=5SU rules (fifth = last); October 2027 has five Sundays, March four. The slot is before the fall change: summer time. No zone name.",
        start=s,
        end=s + H,
        zone=None,
        sent=at("Europe/Berlin", 2027, 10, 20, 15, 0),
        org=("Henrik Vogt", "h.vogt@elbtal-energie.example"),
        title="Einladung: Fachgespräch Netzplanung",
        when="Do 28.10., 9:00 Uhr",
        zones=rules_vtz(
            "Mitteleuropa",
            "+0100",
            "+0200",
            "FREQ=YEARLY;BYMONTH=10;BYDAY=5SU",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=5SU",
        ),
        start_line=f"DTSTART;TZID=Mitteleuropa:{wall(s)}",
        end_line=f"DTEND;TZID=Mitteleuropa:{wall(s + H)}",
    )
    s = at("Europe/London", 2027, 4, 14, 11, 0)
    one(
        "cgp_byday_5su_london_en",
        lang="en-GB",
        producer=CGP,
        note="VTIMEZONE 'GMT Standard Time' with BYDAY=5SU in March and October; a fortnight after the spring change (BST).",
        start=s,
        end=s + timedelta(minutes=50),
        zone="Europe/London",
        sent=at("Europe/London", 2027, 4, 7, 12, 0),
        org=("Owen Pritchard", "owen.pritchard@severnworks.example"),
        title="Interview: Site Manager",
        when="Wed 14 April, 11:00",
        zones=rules_vtz(
            "GMT Standard Time",
            "+0000",
            "+0100",
            "FREQ=YEARLY;BYDAY=5SU;BYMONTH=10",
            "FREQ=YEARLY;BYDAY=5SU;BYMONTH=3",
            std_at="16010101T020000",
            dst_at="16010101T010000",
        ),
        start_line=f'DTSTART;TZID="GMT Standard Time":{wall(s)}',
        end_line=f'DTEND;TZID="GMT Standard Time":{wall(s + timedelta(minutes=50))}',
    )
    s = at("Europe/Amsterdam", 2027, 3, 30, 13, 30)
    one(
        "vtz_bymonthday_range_nl",
        lang="nl",
        producer=AXIGEN,
        note="VTIMEZONE rules written as BYDAY=SU with BYMONTHDAY=25..31 (the last Sunday, spelled out); two days after the spring change.",
        start=s,
        end=s + H,
        zone="Europe/Amsterdam",
        sent=at("Europe/Amsterdam", 2027, 3, 22, 10, 0),
        org=("Femke de Boer", "femke.deboer@polderdata.example"),
        title="Sollicitatiegesprek Data Engineer",
        when="dinsdag 30 maart, 13:30",
        zones=rules_vtz(
            "Europe/Amsterdam",
            "+0100",
            "+0200",
            "FREQ=YEARLY;BYMONTH=10;BYDAY=SU;BYMONTHDAY=25,26,27,28,29,30,31",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=SU;BYMONTHDAY=25,26,27,28,29,30,31",
            std_at="19701025T030000",
            dst_at="19700329T020000",
        ),
        start_line=f"DTSTART;TZID=Europe/Amsterdam:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Amsterdam:{wall(s + H)}",
    )
    s = at("America/New_York", 2027, 3, 23, 9, 0)
    one(
        "vtz_until_old_rule_en",
        lang="en",
        producer=MDAEMON,
        note="VTIMEZONE 'Eastern Standard Time' with the pre-2007 US rules ending in UNTIL=2006 and the current rules after; between the new and the old spring dates (EDT). No METHOD line: method=REQUEST only in the Content-Type.",
        start=s,
        end=s + H,
        zone="America/New_York",
        sent=at("America/New_York", 2027, 3, 16, 14, 0),
        org=("Keisha Monroe", "keisha.monroe@brightwater-health.example"),
        title="Interview: Clinical Data Coordinator",
        when="Tue Mar 23, 9:00 AM ET",
        zones=[
            "BEGIN:VTIMEZONE",
            "TZID:Eastern Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:19671029T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19870405T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20071104T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20070311T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ],
        start_line=f'DTSTART;TZID="Eastern Standard Time":{wall(s)}',
        end_line=f'DTEND;TZID="Eastern Standard Time":{wall(s + H)}',
        cal_method="",
        ct_method="REQUEST",
    )
    # ---- bare offset TZIDs, no VTIMEZONE
    s = datetime(2027, 5, 19, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    one(
        "tzid_gmt_plus_0100_novtz_it",
        lang="it",
        producer=SMARTER,
        note="TZID=GMT+0100 (a bare offset, no VTIMEZONE). No zone name: the offset alone is labelled.",
        start=s,
        end=s + H,
        zone=None,
        sent=datetime(2027, 5, 12, 9, 0, tzinfo=timezone(timedelta(hours=1))),
        org=("Marco Bellini", "marco.bellini@adriatica-log.example"),
        title="Colloquio: Responsabile magazzino",
        when="19 maggio, ore 10:00 (GMT+1)",
        start_line=f"DTSTART;TZID=GMT+0100:{wall(s)}",
        end_line=f"DTEND;TZID=GMT+0100:{wall(s + H)}",
    )
    s = datetime(2027, 2, 24, 16, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    one(
        "tzid_utc_plus_0530_novtz_en",
        lang="en",
        producer=MAILFENCE,
        note="TZID=UTC+05:30 (an offset with a colon), no VTIMEZONE. No zone name.",
        start=s,
        end=s + timedelta(minutes=30),
        zone=None,
        sent=datetime(2027, 2, 18, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        org=("Rohan Mehta", "rohan.mehta@deccan-soft.example"),
        title="Technical interview round 2",
        when="24 Feb, 4:00 PM IST",
        start_line=f'DTSTART;TZID="UTC+05:30":{wall(s)}',
        end_line=f'DTEND;TZID="UTC+05:30":{wall(s + timedelta(minutes=30))}',
    )
    s = datetime(2027, 1, 19, 9, 30, tzinfo=timezone(timedelta(hours=-3)))
    one(
        "tzid_gmt_minus_03_novtz_pt",
        lang="pt-BR",
        producer=ICEWARP,
        note="TZID=GMT-03:00 (an offset name), no VTIMEZONE. No zone name.",
        start=s,
        end=s + H,
        zone=None,
        sent=datetime(2027, 1, 12, 10, 0, tzinfo=timezone(timedelta(hours=-3))),
        org=("Fernanda Lima", "fernanda.lima@cerrado-agro.example"),
        title="Entrevista: Analista de Suprimentos",
        when="19 de janeiro, 9h30",
        start_line=f"DTSTART;TZID=GMT-03:00:{wall(s)}",
        end_line=f"DTEND;TZID=GMT-03:00:{wall(s + H)}",
    )
    s = at("Etc/GMT-1", 2027, 6, 15, 15, 0)
    one(
        "tzid_etc_gmt_minus1_novtz_de",
        lang="de",
        producer=MAILBOXORG,
        note="TZID=Etc/GMT-1 (POSIX sign: one hour east of UTC), no VTIMEZONE.",
        start=s,
        end=s + H,
        zone="Etc/GMT-1",
        sent=at("Etc/GMT-1", 2027, 6, 8, 9, 0),
        org=("Lena Hofmann", "lena.hofmann@saarwerk.example"),
        title="Vorstellungsgespräch Buchhaltung",
        when="Di 15.06., 15:00 (UTC+1)",
        start_line=f"DTSTART;TZID=Etc/GMT-1:{wall(s)}",
        end_line=f"DTEND;TZID=Etc/GMT-1:{wall(s + H)}",
    )
    s = datetime(2027, 9, 8, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    one(
        "tzid_gmt_plus_02_fixed_vtz_pl",
        lang="pl",
        producer=AXIGEN,
        note="TZID 'GMT+02:00' with a VTIMEZONE of only a STANDARD block at +0200. No zone name.",
        start=s,
        end=s + H,
        zone=None,
        sent=datetime(2027, 9, 1, 9, 0, tzinfo=timezone(timedelta(hours=2))),
        org=("Katarzyna Nowak", "k.nowak@wislatech.example"),
        title="Rozmowa rekrutacyjna: Tester QA",
        when="8 września, 10:00",
        zones=b.vtz_fixed("GMT+02:00", "+0200", "GMT+02:00"),
        start_line=f"DTSTART;TZID=GMT+02:00:{wall(s)}",
        end_line=f"DTEND;TZID=GMT+02:00:{wall(s + H)}",
    )
    # ---- byte-folded lines that cut a UTF-8 character
    s = at("Europe/Berlin", 2027, 5, 11, 13, 0)
    tz = "Mitteleuropäische Sommerzeit und Normalzeit (Berlin)"
    one(
        "bytefold_tzid_umlaut_de",
        lang="de",
        producer=PHPHAND,
        note="Lines folded every 74 bytes by substr(): the long TZID 'Mitteleuropäische Sommerzeit und Normalzeit (Berlin)' is cut inside 'ä' on DTSTART; its VTIMEZONE has EU rules and X-LIC-LOCATION:Europe/Berlin.",
        start=s,
        end=s + H,
        zone="Europe/Berlin",
        sent=at("Europe/Berlin", 2027, 5, 4, 8, 0),
        org=("Jörg Müller-Lüdenscheidt", "j.mueller@ruhrkessel.example"),
        title="Vorstellungsgespräch: Ausbildung Industriekauffrau/-mann (Präsenz)",
        when="Di 11.05., 13:00-14:00",
        zones=rules_vtz(
            tz,
            "+0100",
            "+0200",
            EU_STD,
            EU_DST,
            ("X-LIC-LOCATION:Europe/Berlin",),
            std_at="19701025T030000",
            dst_at="19700329T020000",
        ),
        start_line=f'DTSTART;VALUE=DATE-TIME;TZID="{tz}":{wall(s)}',
        end_line=f'DTEND;VALUE=DATE-TIME;TZID="{tz}":{wall(s + H)}',
        post=byte_fold,
        charset="latin-1",
        cte="base64",
    )
    s = at("Asia/Tokyo", 2027, 7, 6, 14, 0)
    one(
        "bytefold_summary_ja",
        lang="ja",
        producer=PHPHAND,
        note="Byte-folded at 74 octets: the Japanese SUMMARY and the organizer's CN are cut inside characters; DTSTART with TZID=Asia/Tokyo, no VTIMEZONE.",
        start=s,
        end=s + H,
        zone="Asia/Tokyo",
        sent=at("Asia/Tokyo", 2027, 6, 29, 10, 0),
        org=(
            "山田 花子 (株式会社みなと精機 人事部 採用チーム)",
            "hanako.yamada@minato-seiki.example",
        ),
        title="【一次面接のご案内】生産技術エンジニア職 オンライン面接（Teams）",
        when="7月6日(火) 14:00〜15:00",
        start_line=f"DTSTART;TZID=Asia/Tokyo:{wall(s)}",
        end_line=f"DTEND;TZID=Asia/Tokyo:{wall(s + H)}",
        post=byte_fold,
        charset="latin-1",
        cte="8bit",
    )
    s = at("Asia/Shanghai", 2027, 8, 17, 10, 0)
    one(
        "bytefold_location_zh",
        lang="zh",
        producer=NODEHAND,
        note="Byte-folded: the Chinese LOCATION before DTSTART is cut inside characters; UTC times.",
        start=s,
        end=s + timedelta(minutes=45),
        zone=None,
        sent=at("Asia/Shanghai", 2027, 8, 10, 9, 0),
        org=("王丽", "li.wang@huadong-dianzi.example"),
        title="面试邀请：嵌入式软件工程师",
        when="8月17日 10:00",
        start_line=f"DTSTART:{utc(s)}",
        end_line=f"DTEND:{utc(s + timedelta(minutes=45))}",
        extra=(
            "LOCATION:上海市浦东新区张江高科技园区碧波路888号华东电子大厦三楼第二会议室（前台登记后由HR带领）",
        ),
        post=byte_fold,
        charset="latin-1",
        cte="base64",
    )
    # ---- CJK charsets on the calendar part
    s = at("Asia/Seoul", 2027, 4, 7, 15, 0)
    one(
        "outlook_ks_c_5601_ko",
        lang="ko",
        producer="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//KO",
        note="Korean Outlook: the calendar part in charset ks_c_5601-1987, base64; TZID 'Korea Standard Time' with its STANDARD-only VTIMEZONE.",
        start=s,
        end=s + H,
        zone="Asia/Seoul",
        sent=at("Asia/Seoul", 2027, 3, 31, 10, 0),
        org=("김민지", "minji.kim@hangang-tech.example"),
        title="면접 안내: 백엔드 개발자",
        when="4월 7일 오후 3시",
        zones=b.vtz_fixed("Korea Standard Time", "+0900", "KST"),
        start_line=f'DTSTART;TZID="Korea Standard Time":{wall(s)}',
        end_line=f'DTEND;TZID="Korea Standard Time":{wall(s + H)}',
        charset="ks_c_5601-1987",
        cte="base64",
    )
    s = at("Asia/Shanghai", 2027, 3, 16, 14, 30)
    one(
        "coremail_gbk_zh",
        lang="zh",
        producer=COREMAIL,
        note="Coremail-style calendar part in charset GBK, base64; TZID 'China Standard Time' with a STANDARD-only VTIMEZONE.",
        start=s,
        end=s + H,
        zone="Asia/Shanghai",
        sent=at("Asia/Shanghai", 2027, 3, 9, 11, 0),
        org=("陈静", "jing.chen@jiangnan-auto.example"),
        title="面试通知：供应链计划专员",
        when="3月16日 14:30",
        zones=b.vtz_fixed("China Standard Time", "+0800", "CST"),
        start_line=f'DTSTART;TZID="China Standard Time":{wall(s)}',
        end_line=f'DTEND;TZID="China Standard Time":{wall(s + H)}',
        charset="gbk",
        cte="base64",
    )
    s = at("Asia/Tokyo", 2027, 9, 14, 10, 0)
    one(
        "garoon_iso2022jp_ja",
        lang="ja",
        producer=GAROON,
        note="Garoon-style calendar part in charset ISO-2022-JP, 7bit; TZID=Asia/Tokyo with its VTIMEZONE.",
        start=s,
        end=s + H,
        zone="Asia/Tokyo",
        sent=at("Asia/Tokyo", 2027, 9, 7, 9, 0),
        org=("佐藤 健", "ken.sato@kansai-denki.example"),
        title="二次面接のご案内",
        when="9月14日(火) 10:00〜11:00",
        zones=b.vtz_fixed("Asia/Tokyo", "+0900", "JST"),
        start_line=f"DTSTART;TZID=Asia/Tokyo:{wall(s)}",
        end_line=f"DTEND;TZID=Asia/Tokyo:{wall(s + H)}",
        charset="iso-2022-jp",
        cte="7bit",
    )
    # ---- ISO-8601 extended date-times from hand-built generators
    s = at("UTC", 2027, 4, 14, 13, 0)
    one(
        "iso_extended_utc_en",
        lang="en",
        producer=PHPHAND,
        note="DTSTART:2027-04-14T13:00:00Z (ISO-8601 extended, dashes and colons) from a hand-built PHP mailer.",
        start=s,
        end=s + H,
        zone=None,
        sent=at("UTC", 2027, 4, 7, 9, 0),
        org=("Talent Team", "talent@northpeak-games.example"),
        title="Interview: Gameplay Programmer",
        when="Wed 14 April, 13:00 UTC",
        start_line="DTSTART:2027-04-14T13:00:00Z",
        end_line="DTEND:2027-04-14T14:00:00Z",
    )
    s = at("Europe/Madrid", 2027, 6, 2, 11, 0)
    one(
        "iso_extended_tzid_es",
        lang="es",
        producer=NODEHAND,
        note="DTSTART;TZID=Europe/Madrid:2027-06-02T11:00:00 (ISO-8601 extended with a TZID), no VTIMEZONE, from a hand-built Node mailer.",
        start=s,
        end=s + timedelta(minutes=45),
        zone="Europe/Madrid",
        sent=at("Europe/Madrid", 2027, 5, 26, 10, 0),
        org=("Lucía Ortega", "lucia.ortega@iberiaflow.example"),
        title="Entrevista: Desarrollador/a Frontend",
        when="miércoles 2 de junio, 11:00",
        start_line="DTSTART;TZID=Europe/Madrid:2027-06-02T11:00:00",
        end_line="DTEND;TZID=Europe/Madrid:2027-06-02T11:45:00",
    )
    s = at("Europe/Stockholm", 2027, 10, 5, 9, 0)
    one(
        "iso_extended_offset_sv",
        lang="sv",
        producer=NODEHAND,
        note="DTSTART:2027-10-05T09:00:00+02:00 (an ISO-8601 offset instead of a TZID).",
        start=s,
        end=s + H,
        zone=None,
        sent=at("Europe/Stockholm", 2027, 9, 28, 9, 0),
        org=("Erik Lindqvist", "erik.lindqvist@norrsken-it.example"),
        title="Intervju: Systemutvecklare",
        when="tisdag 5 oktober kl. 09:00",
        start_line="DTSTART:2027-10-05T09:00:00+02:00",
        end_line="DTEND:2027-10-05T10:00:00+02:00",
    )
    # ---- DURATION quirks
    s = at("America/Chicago", 2027, 5, 4, 10, 0)
    one(
        "duration_signed_plus_en",
        lang="en",
        producer=SMARTER,
        note="DURATION:+PT45M (an explicit plus sign) instead of DTEND; TZID=America/Chicago, no VTIMEZONE.",
        start=s,
        end=s + timedelta(minutes=45),
        zone="America/Chicago",
        sent=at("America/Chicago", 2027, 4, 27, 9, 0),
        org=("Tyler Brooks", "tyler.brooks@prairiewind.example"),
        title="Interview: Maintenance Technician",
        when="Tue May 4, 10:00 AM CT",
        start_line=f"DTSTART;TZID=America/Chicago:{wall(s)}",
        end_line="DURATION:+PT45M",
    )
    s = at("Europe/Vienna", 2027, 2, 9, 14, 0)
    one(
        "duration_zero_days_de",
        lang="de",
        producer=CGP,
        note="DURATION:P0DT1H30M0S (days, hours, minutes and seconds all written); TZID=Europe/Vienna with its VTIMEZONE.",
        start=s,
        end=s + timedelta(minutes=90),
        zone="Europe/Vienna",
        sent=at("Europe/Vienna", 2027, 2, 2, 9, 0),
        org=("Magdalena Huber", "m.huber@donauwerk.example"),
        title="Assessment Center: Trainee Vertrieb",
        when="Di 9.2., 14:00-15:30",
        zones=b.vtz_rule("Europe/Vienna", "+0100", "+0200", "EU", ("CET", "CEST")),
        start_line=f"DTSTART;TZID=Europe/Vienna:{wall(s)}",
        end_line="DURATION:P0DT1H30M0S",
    )
    s = at("Europe/Warsaw", 2027, 11, 23, 12, 0)
    one(
        "duration_lowercase_pl",
        lang="pl",
        producer=MDAEMON,
        note="duration:pt1h written in lower case (names and values are case-insensitive); TZID=Europe/Warsaw, no VTIMEZONE.",
        start=s,
        end=s + H,
        zone="Europe/Warsaw",
        sent=at("Europe/Warsaw", 2027, 11, 16, 9, 0),
        org=("Piotr Zieliński", "p.zielinski@baltyk-soft.example"),
        title="Rozmowa kwalifikacyjna: Administrator systemów",
        when="23 listopada, 12:00",
        start_line=f"DTSTART;TZID=Europe/Warsaw:{wall(s)}",
        end_line="duration:pt1h",
    )
    # ---- METHOD and SEQUENCE spellings
    s = at("America/Denver", 2027, 8, 24, 13, 0)
    one(
        "method_mixed_case_en",
        lang="en",
        producer=MDAEMON,
        note="METHOD:Request (mixed case) in the calendar and method=Request in the Content-Type.",
        start=s,
        end=s + H,
        zone="America/Denver",
        sent=at("America/Denver", 2027, 8, 17, 9, 0),
        org=("Brooke Sandoval", "brooke.sandoval@frontrange-eng.example"),
        title="Interview: Civil Engineer II",
        when="Tue Aug 24, 1:00 PM MT",
        zones=b.vtz_rule("America/Denver", "-0700", "-0600", "US", ("MST", "MDT")),
        start_line=f"DTSTART;TZID=America/Denver:{wall(s)}",
        end_line=f"DTEND;TZID=America/Denver:{wall(s + H)}",
        cal_method="Request",
        ct_method="Request",
    )
    s = at("Europe/Zurich", 2027, 6, 22, 16, 0)
    one(
        "cancel_method_ct_only_lower_de",
        lang="de",
        producer=KERIO,
        note="No METHOD line in the calendar; the Content-Type says method=cancel (lower case); STATUS:CANCELLED, SEQUENCE 1.",
        start=s,
        end=s + H,
        zone="Europe/Zurich",
        sent=at("Europe/Zurich", 2027, 6, 15, 9, 0),
        org=("Reto Baumann", "reto.baumann@alpenlogistik.example"),
        title="Abgesagt: Vorstellungsgespräch Disponent/in",
        when="Di 22.6., 16:00",
        zones=b.vtz_rule("Europe/Zurich", "+0100", "+0200", "EU", ("CET", "CEST")),
        start_line=f"DTSTART;TZID=Europe/Zurich:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Zurich:{wall(s + H)}",
        method="CANCEL",
        cal_method="",
        ct_method="cancel",
        sequence=1,
        extra=("STATUS:CANCELLED",),
    )
    # ---- Lotus Notes short names and GroupWise
    s = at("America/New_York", 2027, 3, 18, 10, 0)
    one(
        "notes_eastern_short_reschedule_en",
        lang="en",
        producer=NOTES,
        note="Lotus Notes reschedule (SEQUENCE 2, X-LOTUS-NOTICETYPE:U, X-LOTUS-UPDATE-SEQ:2): TZID 'Eastern' (the Windows key without ' Standard Time') with its US-rule VTIMEZONE; four days after the spring change.",
        start=s,
        end=s + H,
        zone="America/New_York",
        sent=at("America/New_York", 2027, 3, 11, 16, 0),
        org=("Gregory Olsen", "gregory.olsen@hudsonmutual.example"),
        title="Rescheduled: Interview - Actuarial Analyst",
        when="Thu Mar 18, 10:00 AM",
        zones=rules_vtz(
            "Eastern",
            "-0500",
            "-0400",
            US_STD,
            US_DST,
            (),
            std_at="19501105T020000",
            dst_at="19500312T020000",
        ),
        start_line=f"DTSTART;TZID=Eastern:{wall(s)}",
        end_line=f"DTEND;TZID=Eastern:{wall(s + H)}",
        sequence=2,
        extra=(
            "X-LOTUS-UPDATE-SEQ:2",
            "X-LOTUS-NOTICETYPE:U",
            "X-LOTUS-UPDATE-WISL:$S:1;$L:1;$B:1;$R:1;$E:1",
            "X-LOTUS-APPTTYPE:3",
            "X-LOTUS-CHILD-UID:" + uid("notes_child").replace("-", ""),
        ),
    )
    s = at("Europe/Prague", 2027, 5, 25, 9, 30)
    one(
        "notes_central_europe_short_cs",
        lang="cs",
        producer=NOTES,
        note="Lotus Notes: TZID 'Central Europe' (the Windows key without ' Standard Time') with EU-rule VTIMEZONE; X-LOTUS-NOTICETYPE:I. Zone labelled as CLDR maps the Windows key (Europe/Budapest; first written Europe/Prague, corrected to the README's rule after the first parse).",
        start=s,
        end=s + H,
        zone="Europe/Budapest",
        sent=at("Europe/Prague", 2027, 5, 18, 9, 0),
        org=("Tereza Dvořáková", "tereza.dvorakova@vltava-strojirny.example"),
        title="Pohovor: Konstruktér",
        when="úterý 25. 5., 9:30",
        zones=rules_vtz(
            "Central Europe",
            "+0100",
            "+0200",
            EU_STD,
            EU_DST,
            (),
            std_at="19501029T030000",
            dst_at="19500326T020000",
        ),
        start_line=f"DTSTART;TZID=Central Europe:{wall(s)}",
        end_line=f"DTEND;TZID=Central Europe:{wall(s + H)}",
        extra=("X-LOTUS-UPDATE-SEQ:1", "X-LOTUS-NOTICETYPE:I", "X-LOTUS-APPTTYPE:3"),
    )
    s = at("America/Toronto", 2027, 9, 21, 14, 0)
    one(
        "groupwise_value_datetime_utc_en",
        lang="en",
        producer=GW,
        note="GroupWise: DTSTART;VALUE=DATE-TIME with UTC times, X-GWITEM-TYPE, a GroupWise record UID; attached as an .ics with application/octet-stream only.",
        start=s,
        end=s + H,
        zone=None,
        sent=at("America/Toronto", 2027, 9, 14, 9, 0),
        org=("Nadia Leblanc", "nadia.leblanc@lakeshore-mfg.example"),
        title="Interview: Production Planner",
        when="Tue Sep 21, 2:00 PM ET",
        start_line=f"DTSTART;VALUE=DATE-TIME:{utc(s)}",
        end_line=f"DTEND;VALUE=DATE-TIME:{utc(s + H)}",
        extra=(
            "X-GWITEM-TYPE:APPOINTMENT",
            "X-GWSHOW-AS:BUSY",
            "X-GWRECORDID:" + uid("gwrec").replace("-", "")[:24],
        ),
        shape="octet",
        filename="meeting.ics",
    )
    s = at("Europe/Berlin", 2027, 2, 16, 10, 0)
    one(
        "zimbra_gmt_dots_value_datetime_de",
        lang="de",
        producer="-//Zimbra//Zimbra Collaboration Suite//DE",
        note="TZID '(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna' together with VALUE=DATE-TIME on DTSTART, the VTIMEZONE's onsets in 1601; winter.",
        start=s,
        end=s + H,
        zone="Europe/Berlin",
        sent=at("Europe/Berlin", 2027, 2, 9, 9, 0),
        org=("Ute Krämer", "ute.kraemer@spreeland-versicherung.example"),
        title="Einladung zum Gespräch: Sachbearbeitung Schaden",
        when="Di 16.02., 10:00",
        zones=rules_vtz(
            "(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna",
            "+0100",
            "+0200",
            EU_STD,
            EU_DST,
        ),
        start_line=f'DTSTART;VALUE=DATE-TIME;TZID="(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna":{wall(s)}',
        end_line=f'DTEND;VALUE=DATE-TIME;TZID="(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna":{wall(s + H)}',
    )
    s = at("Australia/Brisbane", 2027, 7, 13, 9, 0)
    one(
        "exch_uid_tabfold_cancel_au",
        lang="en",
        producer=EX2010,
        note="Exchange CANCEL, SEQUENCE 3: the long hex UID folded with a TAB; TZID 'E. Australia Standard Time' with its STANDARD-only VTIMEZONE.",
        start=s,
        end=s + H,
        zone="Australia/Brisbane",
        sent=at("Australia/Brisbane", 2027, 7, 6, 9, 0),
        org=("Mitchell Kerr", "mitchell.kerr@coralcoast-health.example"),
        title="Cancelled: Interview - Registered Nurse",
        when="Tue 13 July, 9:00am AEST",
        zones=b.vtz_fixed("E. Australia Standard Time", "+1000", "AEST"),
        start_line=f'DTSTART;TZID="E. Australia Standard Time":{wall(s)}',
        end_line=f'DTEND;TZID="E. Australia Standard Time":{wall(s + H)}',
        method="CANCEL",
        sequence=3,
        extra=("STATUS:CANCELLED",),
        the_uid=exch_uid("exch_uid_tabfold_cancel_au"),
        lead="\t",
    )
    # ---- look-alikes: a calendar part that sets no interview
    s = at("Europe/Berlin", 2027, 4, 30, 23, 59)
    lookalike(
        "vtodo_assessment_due_de",
        lang="de",
        producer=MAILBOXORG,
        note="A VTODO (the take-home task's deadline) sent with METHOD:REQUEST: a to-do, not a meeting.",
        sent=at("Europe/Berlin", 2027, 4, 23, 9, 0),
        org=("Nina Albrecht", "nina.albrecht@kieler-software.example"),
        title="Aufgabe: Fallstudie bis 30.04. einreichen",
        body=[
            "BEGIN:VTODO",
            f"UID:{uid('vtodo_assessment_due_de')}",
            stamp(at("Europe/Berlin", 2027, 4, 23, 9, 0)),
            f"DUE;TZID=Europe/Berlin:{wall(s)}",
            "SUMMARY:Fallstudie einreichen",
            "STATUS:NEEDS-ACTION",
            "END:VTODO",
        ],
        method="REQUEST",
        text="Hallo Alex,\n\nwie besprochen die Fallstudie; bitte bis Freitag, 30.04., 23:59 Uhr hochladen. Den Termin für das Gespräch danach schlagen wir separat vor.\n\nViele Grüße\nNina\n",
    )
    lookalike(
        "vfreebusy_request_en",
        lang="en",
        producer=EX2010,
        note="A VFREEBUSY request (the recruiter's tool asks for busy times over two weeks): no slot is set.",
        sent=at("America/New_York", 2027, 5, 3, 9, 0),
        org=("Scheduling", "scheduling@meridian-talent.example"),
        title="Free/busy request: interview scheduling",
        body=[
            "BEGIN:VFREEBUSY",
            f"UID:{uid('vfreebusy_request_en')}",
            stamp(at("America/New_York", 2027, 5, 3, 9, 0)),
            f"DTSTART:{utc(at('America/New_York', 2027, 5, 10, 0, 0))}",
            f"DTEND:{utc(at('America/New_York', 2027, 5, 24, 0, 0))}",
            "ORGANIZER:mailto:scheduling@meridian-talent.example",
            f"ATTENDEE:mailto:{b.ME[1]}",
            "END:VFREEBUSY",
        ],
        method="REQUEST",
        text="Hi Alex,\n\nOur scheduling tool is asking for your free/busy times over the next two weeks so we can propose interview slots. Nothing is booked yet.\n\nThanks,\nMeridian Talent\n",
    )
    lookalike(
        "publish_info_session_ko",
        lang="ko",
        producer=GAROON,
        note="A PUBLISH calendar for a company's open information session (a public event for all applicants, not an interview).",
        sent=at("Asia/Seoul", 2027, 3, 2, 10, 0),
        org=("채용팀", "recruit@hanbit-chem.example"),
        title="2027 상반기 채용 설명회 (온라인, 누구나 참석 가능)",
        body=[
            "BEGIN:VEVENT",
            f"UID:{uid('publish_info_session_ko')}",
            stamp(at("Asia/Seoul", 2027, 3, 2, 10, 0)),
            f"DTSTART;TZID=Asia/Seoul:{wall(at('Asia/Seoul', 2027, 3, 20, 14, 0))}",
            f"DTEND;TZID=Asia/Seoul:{wall(at('Asia/Seoul', 2027, 3, 20, 16, 0))}",
            "SUMMARY:2027 상반기 채용 설명회",
            "END:VEVENT",
        ],
        method="PUBLISH",
        text="안녕하세요,\n\n2027년 상반기 채용 설명회를 온라인으로 진행합니다. 관심 있는 누구나 참석할 수 있으며, 일정 파일을 첨부합니다.\n\n채용팀 드림\n",
    )


def lookalike(
    name: str,
    *,
    lang: str,
    producer: str,
    note: str,
    sent: datetime,
    org: tuple[str, str],
    title: str,
    body: list[str],
    method: str,
    text: str,
) -> None:
    cal = b.vcal(producer, method, body)
    b.mail(
        FAM,
        name,
        lang=lang,
        template=producer,
        note=note,
        sent=sent,
        org=org,
        subject=title,
        text=text,
        cal=cal,
        label={"kind": "not_invitation"},
    )


def hold_out() -> list[str]:
    """Move the seeded third to heldout/ as family cal67h: chosen by the dev name's hash alone,
    before any parse."""
    moved = []
    for _fam, stem, _note in b.WRITTEN:
        if int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 3 == 0:
            held = stem.replace(f"{FAM}__", f"{HELD_FAM}__", 1)
            (b.DEV / stem).replace(HELDOUT / held)
            label = json.loads((b.DEV / f"{stem}.expected.json").read_text())
            label["source"]["family"] = HELD_FAM
            (HELDOUT / f"{held}.expected.json").write_text(
                json.dumps(label, indent=2, ensure_ascii=False) + "\n"
            )
            (b.DEV / f"{stem}.expected.json").unlink()
            moved.append(stem)
    return moved


def provenance(moved: list[str]) -> None:
    lines = [
        "# PROVENANCE-cal67",
        "",
        "Rendered by `build_cal67.py` with build_cal64.py's mail helpers. Producers new to the corpus",
        "(Kerio Connect, IceWarp, CommuniGate Pro, Axigen, MDaemon, SmarterMail, Mailfence,",
        "mailbox.org's Open-Xchange, Cybozu Garoon, Coremail, Korean Outlook, GroupWise 8, Lotus",
        "Notes 8.5, Exchange 2007/2010 with X-MICROSOFT-CDO-TZID) and hand-built PHP/Node mailers.",
        "Shapes recalled from those producers' output and re-read where public code shows them: the",
        "byte-count folder (substr() every 74 bytes, cutting UTF-8 characters) is the one in",
        "unl/UNL_UCBCN_Frontend templates/default/Frontend_icalendar.tpl.php; Windows'",
        "TIME_ZONE_INFORMATION 'wDay=5 means the last week' (which careful converters turn into",
        "BYDAY=-1SU and naive ones copy as 5SU) as in the Windows-zone-to-VTIMEZONE converters found",
        "by code search; the CDO time-zone numbers are the CdoTimeZoneId enumeration (4 Berlin,",
        "10 Eastern, 13 Pacific, 1 London, 57 Melbourne). PRODIDs are recalled; no text copied.",
        "People, companies, UIDs and prose are ours.",
        "",
        "Labels were written from the zoneinfo datetimes the calendars are rendered from, before any",
        "parse. A zone is labelled when the calendar names one (an IANA name, a Windows key or its",
        "Notes short form, X-LIC-LOCATION, or X-MICROSOFT-CDO-TZID's number); a bare offset",
        "(GMT+0100, UTC+05:30, GMT-03:00) or a label of the producer's own gets none.",
        "",
        f"Held out (a seeded third, chosen by SHA-256 of the dev file name before any parse): {len(moved)}",
        "files, renamed to family cal67h (held-out families are whole), listed by name only below.",
        "",
        "Figures: on main (aea20a71) the dev part read 18/22 calendars right (19/22 with the label",
        "corrected below; no zone named where",
        "an Exchange/Outlook VTIMEZONE says which zone it is only by X-MICROSOFT-CDO-TZID's number;",
        "the times were right) and the held-out part 9/12 at first sight; neither look-alike set",
        "claimed an invitation (dev 0/1, held out 0/2). After cal67's CDO rule: dev 22/22, held out",
        "11/12 (one still wrong, not looked at), whole dev and the other held-out families 0 worse.",
        "One dev label was corrected after the first parse: 'Central Europe' (Notes' short Windows",
        "key) was first labelled Europe/Prague; the README labels a Windows key with CLDR's zone,",
        "Europe/Budapest (same rules, so the times are unchanged).",
        "",
        "| file | note |",
        "|---|---|",
    ]
    for _fam, stem, note in b.WRITTEN:
        if stem in moved:
            lines.append(
                f"| `heldout/{stem.replace(f'{FAM}__', f'{HELD_FAM}__', 1)}` | (held out) |"
            )
        else:
            lines.append(f"| `dev/{stem}` | {note} |")
    (HERE / "PROVENANCE-cal67.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    batch()
    held = hold_out()
    provenance(held)
    print(len(b.WRITTEN), "mails,", len(held), "held out")
