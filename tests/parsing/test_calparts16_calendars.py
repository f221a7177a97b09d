"""Calendar-bearing mail: zones the text names over a UTC calendar, current zone names for
Windows IDs, and published calendar files whose mail says they are no invitation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.zones import iana_name_for_label, same_zone


def _mail(
    text: str,
    ics: str,
    *,
    subject: str = "Interview",
    sent: str = "Mon, 02 Nov 2026 09:00:00 -0800",
    attach: bool = False,
) -> bytes:
    method = next((ln.split(":", 1)[1] for ln in ics.splitlines() if ln.startswith("METHOD:")), "")
    cal_type = (
        'application/ics; name="invite.ics"'
        if attach
        else f'text/calendar; charset="utf-8"; method={method}'
    )
    return (
        "From: Recruiter <recruiter@firm.example>\r\n"
        "To: Candidate <candidate@inbox.example>\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {sent}\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n"
        "--b1\r\n"
        f"Content-Type: {cal_type}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{ics}"
        "--b1--\r\n"
    ).encode()


def _ics(start: datetime, minutes: int, method: str, *, uid: str = "u-1@firm.example") -> str:
    end = start + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Firm//Test//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261020T000000Z",
        f"DTSTART:{start.astimezone(UTC).strftime(fmt)}",
        f"DTEND:{end.astimezone(UTC).strftime(fmt)}",
        "SEQUENCE:0",
        "SUMMARY:Interview",
        "ORGANIZER:mailto:recruiter@firm.example",
        "ATTENDEE;RSVP=TRUE:mailto:candidate@inbox.example",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines)


LA = ZoneInfo("America/Los_Angeles")


def test_google_long_zone_name_over_utc_calendar_names_the_zone() -> None:
    start = datetime(2026, 11, 4, 10, 0, tzinfo=LA)
    text = "Interview\nWednesday Nov 4, 2026 ⋅ 10am – 10:45am (Pacific Time - Los Angeles)\n"
    got = parse_message(_mail(text, _ics(start, 45, "REQUEST")))
    assert got.start == start
    assert got.timezone == "America/Los_Angeles"
    assert isinstance(got.start, datetime)
    assert got.start.utcoffset() == timedelta(hours=-8)  # shown in the zone, not in UTC


def test_rails_zone_label_over_utc_attachment_names_the_zone() -> None:
    denver = ZoneInfo("America/Denver")
    start = datetime(2026, 11, 10, 10, 0, tzinfo=denver)
    text = "Tuesday, November 10th, 2026\n10:00 AM - 10:45 AM Mountain Time (US & Canada)\n"
    got = parse_message(_mail(text, _ics(start, 45, "REQUEST"), attach=True))
    assert got.start == start
    assert got.timezone == "America/Denver"


def test_shared_abbreviation_over_utc_calendar_names_no_zone() -> None:
    """'CST' and 'MEZ' name no single zone: the instant is kept, no zone is invented."""
    chicago = ZoneInfo("America/Chicago")
    start = datetime(2026, 11, 2, 9, 0, tzinfo=chicago)
    got = parse_message(
        _mail("Monday, November 2, 2026, 9:00 AM - 9:30 AM CST\n", _ics(start, 30, "REQUEST"))
    )
    assert got.start == start
    assert got.timezone is None
    vienna = ZoneInfo("Europe/Vienna")
    start = datetime(2026, 11, 19, 9, 0, tzinfo=vienna)
    got = parse_message(
        _mail(
            "Neuer Termin: Donnerstag, 19. November 2026, 09:00 - 09:30 Uhr (MEZ)\n",
            _ics(start, 30, "REQUEST"),
            sent="Thu, 12 Nov 2026 08:00:00 +0100",
        )
    )
    assert got.start == start
    assert got.timezone is None


def test_text_naming_another_time_does_not_give_its_zone() -> None:
    start = datetime(2026, 11, 4, 10, 0, tzinfo=LA)
    text = "Our office hours are 9am - 5pm (Eastern Time - New York) on weekdays.\n"
    got = parse_message(_mail(text, _ics(start, 45, "REQUEST")))
    assert got.start == start
    assert got.timezone != "America/New_York"


def test_windows_ids_give_current_zone_names() -> None:
    assert iana_name_for_label("Nepal Standard Time") == "Asia/Kathmandu"
    assert iana_name_for_label("India Standard Time") == "Asia/Kolkata"
    assert iana_name_for_label("Myanmar Standard Time") == "Asia/Yangon"
    assert same_zone("Asia/Katmandu", "Asia/Kathmandu")
    assert not same_zone("Asia/Kathmandu", "Asia/Kolkata")


def test_outlook_nepal_vtimezone_reads_quarter_hour_offset() -> None:
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:Microsoft Exchange Server 2010",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VTIMEZONE",
            "TZID:Nepal Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            "TZOFFSETFROM:+0545",
            "TZOFFSETTO:+0545",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:np-1@firm.example",
            "DTSTAMP:20261120T000000Z",
            "DTSTART;TZID=Nepal Standard Time:20261202T151500",
            "DTEND;TZID=Nepal Standard Time:20261202T160000",
            "SUMMARY:Interview",
            "ORGANIZER:mailto:recruiter@firm.example",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    got = parse_message(_mail("When: see invite", ics))
    assert got.timezone == "Asia/Kathmandu"
    assert got.start == datetime(2026, 12, 2, 15, 15, tzinfo=ZoneInfo("Asia/Kathmandu"))


def test_published_webinar_file_in_bulk_mail_is_not_an_invitation() -> None:
    start = datetime(2026, 10, 14, 12, 0, tzinfo=ZoneInfo("Europe/London"))
    text = (
        "Thanks for registering for our careers webinar. Hundreds of applicants join these "
        "sessions; add it to your calendar with the attached file.\n\n"
        "Unsubscribe from event emails\n"
    )
    got = parse_message(
        _mail(
            text,
            _ics(start, 60, "PUBLISH"),
            subject="You're registered: careers live Q&A",
            sent="Mon, 05 Oct 2026 10:00:00 +0100",
            attach=True,
        )
    )
    assert got.kind == "not_invitation" or got.confidence < 0.5


def test_published_deadline_reminder_is_not_an_invitation() -> None:
    start = datetime(2026, 11, 20, 17, 0, tzinfo=ZoneInfo("Europe/London"))
    text = (
        "Hi Priya,\n\nPlease submit the exercise by 5pm on Friday 20 November. We've attached "
        "a calendar reminder for the deadline.\n"
    )
    got = parse_message(
        _mail(
            text,
            _ics(start, 0, "PUBLISH"),
            subject="Your take-home exercise",
            sent="Fri, 13 Nov 2026 10:00:00 +0000",
            attach=True,
        )
    )
    assert got.kind == "not_invitation" or got.confidence < 0.5


def test_published_interview_file_with_terse_text_stays_an_invitation() -> None:
    """Control: 'invite attached' states no time and rules nothing out."""
    start = datetime(2026, 11, 17, 9, 0, tzinfo=ZoneInfo("America/Bogota"))
    got = parse_message(
        _mail(
            "Hola, adjuntamos la cita.\n",
            _ics(start, 60, "PUBLISH"),
            subject="Entrevista",
            sent="Tue, 10 Nov 2026 09:00:00 -0500",
            attach=True,
        )
    )
    assert got.kind == "invitation"
    assert got.start == start
    assert got.confidence >= 0.5


def test_published_interview_with_its_time_in_text_stays_an_invitation() -> None:
    start = datetime(2026, 10, 21, 14, 0, tzinfo=ZoneInfo("Europe/Dublin"))
    text = (
        "Your interview with Quill & Gable is confirmed for Wednesday, October 21, 2026 at "
        "2:00 PM (Europe/Dublin). It will last 60 minutes.\n"
    )
    got = parse_message(
        _mail(
            text,
            _ics(start, 60, "PUBLISH"),
            subject="Interview confirmed",
            sent="Wed, 14 Oct 2026 09:30:00 +0100",
            attach=True,
        )
    )
    assert got.kind == "invitation"
    assert got.timezone == "Europe/Dublin"


ZONES = {
    "Pacific Time - Los Angeles": "America/Los_Angeles",
    "Central European Time - Berlin": "Europe/Berlin",
    "Eastern Time - New York": "America/New_York",
}


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(sorted(ZONES)),
    st.integers(min_value=8, max_value=17),
    st.sampled_from([0, 30]),
    st.integers(min_value=0, max_value=60),
)
def test_utc_calendar_keeps_its_instant_whatever_the_text_zone(
    label: str, hour: int, minute: int, days: int
) -> None:
    zone = ZoneInfo(ZONES[label])
    start = datetime(2026, 9, 1, hour, minute, tzinfo=zone) + timedelta(days=days)
    start = start.replace(tzinfo=zone)
    h12 = f"{(start.hour - 1) % 12 + 1}:{start.minute:02d}{'am' if start.hour < 12 else 'pm'}"
    text = f"Interview\n{start:%A %b} {start.day}, {start.year} ⋅ {h12} ({label})\n"
    got = parse_message(
        _mail(text, _ics(start, 45, "REQUEST"), sent="Mon, 31 Aug 2026 09:00:00 +0000")
    )
    assert got.start == start  # the calendar's instant never moves
    assert got.timezone in (None, ZONES[label])
