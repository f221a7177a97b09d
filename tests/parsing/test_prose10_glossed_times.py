"""A time restated at once in brackets in a plainer clock is one time, read from the bracket:
Swahili counts the hours from dawn ("saa 4:00 asubuhi (10:00 AM)" is ten in the morning), and
"8:30 (20:30)" says which half of the day. A bracket naming another zone, or holding another
time of the day, is not such a restatement."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from service.parsing import parse_message

SENT = "Tue, 01 Dec 2026 11:00:00 +0300"


def _start(body: str, subject: str = "Interview") -> datetime | None:
    raw = (
        "From: Wanjiru Kamau <wanjiru@savanna-pay.example.co.ke>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: {SENT}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    start = parse_message(raw).start
    return start if isinstance(start, datetime) else None


@pytest.mark.parametrize(
    ("body", "wall"),
    [
        (
            "Tungependa kukualika kwa mahojiano siku ya Alhamisi, tarehe 3 Desemba 2026, saa "
            "4:00 asubuhi (10:00 AM), ofisini kwetu Westlands.",
            time(10, 0),
        ),
        (
            "Mahojiano yako ni Ijumaa, 4 Desemba 2026, saa 8:30 mchana (2:30 PM).",
            time(14, 30),
        ),
        (
            "Your interview dinner is on Thursday 3 December at 8:30 (20:30) with the team.",
            time(20, 30),
        ),
        ("Ihr Gespräch: Donnerstag, 3. Dezember um 7:45 (19:45 Uhr) im Restaurant.", time(19, 45)),
    ],
)
def test_the_bracketed_plain_clock_gives_the_time(body: str, wall: time) -> None:
    start = _start(body)
    assert start is not None, body
    assert start.time() == wall, body


@pytest.mark.parametrize(
    ("body", "wall"),
    [
        ("Interview: Thursday 3 December, 4:30 PM IST (11:00 AM UTC).", time(16, 30)),
        ("Interview: Thursday 3 December at 10:00 (and lunch at 12:30).", time(10, 0)),
    ],
)
def test_other_brackets_leave_the_first_time(body: str, wall: time) -> None:
    start = _start(body)
    assert start is not None, body
    assert start.time() == wall, body
