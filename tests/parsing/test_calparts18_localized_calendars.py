"""Calendar-bearing mail in other languages, as users forward it: a Google invitation whose
zone is named only in its German text, an Outlook request with a Windows zone, one occurrence
of a series cancelled, and a team lunch request that must not land in the calendar unasked."""

from __future__ import annotations

from datetime import datetime
from email.header import Header
from zoneinfo import ZoneInfo

from service.parsing import parse_message

SURE = 0.5


def _mail(text: str, ics: str, *, subject: str, sent: str) -> bytes:
    method = next((ln.split(":", 1)[1] for ln in ics.splitlines() if ln.startswith("METHOD:")), "")
    return (
        "From: Jana Ost <jana.ost@firm.example>\r\n"
        "To: Candidate <candidate@inbox.example>\r\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\r\n"
        f"Date: {sent}\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
        "--b1\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
        "--b1\r\n"
        f'Content-Type: text/calendar; charset="utf-8"; method={method}\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{ics}"
        "--b1--\r\n"
    ).encode()


def _calendar(method: str, *lines: str, head: tuple[str, ...] = ()) -> str:
    out = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Firm//Test//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        *head,
        "BEGIN:VEVENT",
        "UID:ev-18@firm.example",
        "DTSTAMP:20270301T000000Z",
        "ORGANIZER;CN=Jana Ost:mailto:jana.ost@firm.example",
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:candidate@inbox.example",
        *lines,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(out) + "\r\n"


TOKYO_VTZ = (
    "BEGIN:VTIMEZONE",
    "TZID:Tokyo Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0900",
    "TZOFFSETTO:+0900",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def test_google_utc_calendar_takes_the_zone_its_german_text_names() -> None:
    ics = _calendar(
        "REQUEST",
        "DTSTART:20270414T083000Z",
        "DTEND:20270414T091500Z",
        "SEQUENCE:0",
        "SUMMARY:Vorstellungsgespräch – Lagerlogistik",
    )
    text = (
        "Vorstellungsgespräch – Lagerlogistik\n"
        "Mittwoch, 14. April 2027 ⋅ 10:30 – 11:15 (Mitteleuropäische Sommerzeit - Berlin)\n\n"
        "Gäste\nJana Ost - Organisator\ncandidate@inbox.example\n\n"
        "Einladung von Google Kalender\n"
    )
    got = parse_message(
        _mail(
            text, ics, subject="Einladung: Vorstellungsgespräch", sent="Thu, 8 Apr 2027 09:00 +0200"
        )
    )
    assert got.kind == "invitation"
    assert got.start == datetime(2027, 4, 14, 10, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert got.timezone == "Europe/Berlin"
    assert got.confidence >= SURE


def test_outlook_windows_zone_with_japanese_when_line() -> None:
    ics = _calendar(
        "REQUEST",
        "DTSTART;TZID=Tokyo Standard Time:20270525T130000",
        "DTEND;TZID=Tokyo Standard Time:20270525T140000",
        "SEQUENCE:0",
        "SUMMARY:二次面接",
        head=TOKYO_VTZ,
    )
    text = (
        "日時: 2027年5月25日火曜日 13:00-14:00 (UTC+09:00) 大阪、札幌、東京.\n"
        "場所: Microsoft Teams\n"
    )
    got = parse_message(_mail(text, ics, subject="二次面接", sent="Fri, 21 May 2027 10:00 +0900"))
    assert got.start == datetime(2027, 5, 25, 13, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert got.timezone in ("Asia/Tokyo",)
    assert got.confidence >= SURE


def test_cancelling_one_occurrence_gives_that_occurrence() -> None:
    ics = _calendar(
        "CANCEL",
        "RECURRENCE-ID;TZID=Tokyo Standard Time:20270413T110000",
        "DTSTART;TZID=Tokyo Standard Time:20270413T110000",
        "DTEND;TZID=Tokyo Standard Time:20270413T113000",
        "SEQUENCE:2",
        "STATUS:CANCELLED",
        "SUMMARY:面談（第2回）",
        head=TOKYO_VTZ,
    )
    got = parse_message(
        _mail(
            "この回の面談は取り消しとなりました。",
            ics,
            subject="キャンセル: 面談（第2回）",
            sent="Fri, 9 Apr 2027 10:00 +0900",
        )
    )
    assert got.kind == "cancellation"
    assert got.start == datetime(2027, 4, 13, 11, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert got.sequence == 2


def test_team_lunch_request_goes_to_review_but_a_lunch_interview_does_not() -> None:
    def request(summary: str) -> bytes:
        ics = _calendar(
            "REQUEST",
            "DTSTART:20270512T100000Z",
            "DTEND:20270512T113000Z",
            "SEQUENCE:0",
            f"SUMMARY:{summary}",
        )
        text = (
            f"{summary}\nMittwoch, 12. Mai 2027 ⋅ 12:00 – 13:30 "
            "(Mitteleuropäische Sommerzeit - Berlin)\n\n"
            "Mit Google Meet teilnehmen\nmeet.google.com/abc-defg-hij\n\n"
            "Einladung von Google Kalender\n"
        )
        return _mail(text, ics, subject=f"Einladung: {summary}", sent="Mon, 3 May 2027 09:00 +0200")

    lunch = parse_message(request("Teamessen Mai"))
    assert lunch.start == datetime(2027, 5, 12, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert lunch.confidence < SURE
    interview = parse_message(request("Lunch-Interview mit dem Team"))
    assert interview.kind == "invitation"
    assert interview.confidence >= SURE
