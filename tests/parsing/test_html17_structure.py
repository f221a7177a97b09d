"""Shapes first met in the html17 batch (HTML-heavy notices from applicant-tracking tools):
an Outlook forward flattens the notice's table into one cell per line, so the slot's day and
its clock sit on separate lines beside other lone dates, an application date in the hidden
preheader ("thank you for your application of 5 March") or a day to confirm by; those days
cannot carry the clock, so the table's day does. A Windows zone label beside a numeric date
("Time Zone (GMT+00:00) London") tells its order as an IANA name would. The mails are ours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message


def _plain(date: str, subject: str, body: str, sender: str = "") -> bytes:
    """The user's forward to Afterview, or (with a sender) a notice sent to the user."""
    people = (
        f"From: Talent Acquisition <{sender}>\r\nTo: Alex Morgan <alex@mailbox.example>\r\n"
        if sender
        else "From: Alex Morgan <alex@mailbox.example>\r\nTo: Afterview <in@afterview.example>\r\n"
    )
    return (
        people + f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode()


def _outlook_forward(pre: str, rows: list[tuple[str, str]]) -> str:
    cells = "\n\n".join(f"{k}\n\n{v}" for k, v in rows)
    return (
        "For my calendar.\n\n"
        "From: Harbour Freight Careers <jobs@harbourfreight.example>\n"
        "Sent: Tuesday, March 9, 2027 10:12 AM\n"
        "To: Alex Morgan <alex@mailbox.example>\n"
        "Subject: Interview confirmation\n\n"
        f"{pre}\n\n"
        "Dear Alex,\n\nWe are pleased to confirm your interview for the Dispatcher role.\n\n"
        f"{cells}\n\nKind regards,\nHarbour Freight Careers\n"
    )


ROWS = [
    ("Date", "Thursday, March 18, 2027"),
    ("Time", "2:00 PM – 3:00 PM"),
    ("Location", "12 Dock Road, Portsmouth"),
]


@pytest.mark.parametrize(
    "pre",
    [
        "Thank you for your application of March 2",
        "Please confirm by March 12",
        "Please confirm your attendance by March 12",
    ],
)
def test_the_tables_day_carries_the_clock_beside_a_past_or_confirm_by_day(pre: str) -> None:
    raw = _plain(
        "Tue, 09 Mar 2027 11:40:00 +0000",
        "FW: Interview confirmation",
        _outlook_forward(pre, ROWS),
    )
    result = parse_message(raw)
    assert result.kind == "invitation"
    assert result.start is not None
    assert result.start.replace(tzinfo=None) == datetime(2027, 3, 18, 14, 0)
    assert result.end is not None
    assert result.end.replace(tzinfo=None) == datetime(2027, 3, 18, 15, 0)


def test_two_days_still_ahead_leave_the_lone_clock_unplaced() -> None:
    rows = [
        ("First round", "Thursday, March 18, 2027"),
        ("Second round", "Monday, March 22, 2027"),
        ("Time", "2:00 PM – 3:00 PM"),
    ]
    raw = _plain(
        "Tue, 09 Mar 2027 11:40:00 +0000",
        "FW: Interview confirmation",
        _outlook_forward("Your next steps", rows),
    )
    result = parse_message(raw)
    assert result.start is None or result.confidence < 0.5


@pytest.mark.parametrize(
    ("label", "zone", "day"),
    [
        ("(GMT+00:00) London", "Europe/London", datetime(2027, 3, 4, 11, 0)),
        (
            "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
            "Europe/Berlin",
            datetime(2027, 3, 4, 11, 0),
        ),
        ("(GMT-05:00) Eastern Time (US & Canada)", "America/New_York", datetime(2027, 4, 3, 11, 0)),
    ],
)
def test_a_windows_zone_label_tells_the_numeric_dates_order(
    label: str, zone: str, day: datetime
) -> None:
    body = (
        "Dear Alex Morgan,\n\nAn interview has been scheduled for you.\n\n"
        f"Date: 04/03/2027\nStart Time: 11:00\nEnd Time: 11:45\nTime Zone: {label}\n\n"
        "Kind regards,\nTalent Acquisition\n"
    )
    raw = _plain(
        "Mon, 22 Feb 2027 09:00:00 +0000",
        "Interview Scheduled – Payroll Specialist",
        body,
        sender="no-reply@hr-tool.example",
    )
    result = parse_message(raw)
    assert result.kind == "invitation"
    assert result.start == day.replace(tzinfo=ZoneInfo(zone))
    assert result.confidence >= 0.5
