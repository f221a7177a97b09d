"""prose27: hand-written invitations and look-alikes from less-covered writers.

A word of punctuality between a time and its zone ("by 3 sharp Lagos time", "10am prompt
WAT") keeps the zone; "thanks for attending the interview on Tuesday" (English, Arabic,
Swahili) looks back to the Tuesday before the mail; a request that the reader name times
("send me your availability ... between 10am and 4pm", "compartir su disponibilidad",
"cho mình biết thời gian thuận tiện") books nothing. Examples are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import plain_mail, read_json

SENT = "Wed, 09 Dec 2026 10:00:00 +0100"
SENDER = "Kemi Balogun <kemi@oakridge-hr.example.ng>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, subject: str = "Interview", sent: str = SENT) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=sent))


@pytest.mark.parametrize(
    ("body", "start", "zone"),
    [
        (
            "Hello Tobi, we'll do the call tomorrow by 4 sharp Lagos time. Regards",
            "2026-12-10T16:00:00+01:00",
            "Africa/Lagos",
        ),
        (
            "Your panel interview is Friday 11th Dec, 9am prompt WAT at our Ikeja office.",
            "2026-12-11T09:00:00+01:00",
            "Africa/Lagos",
        ),
        (
            "Interview confirmed for Monday 14 Dec at 11 o'clock sharp IST, Teams link below.",
            "2026-12-14T11:00:00+05:30",
            "Asia/Kolkata",
        ),
    ],
)
def test_punctuality_word_keeps_the_zone(body: str, start: str, zone: str) -> None:
    got = _parse(body)
    assert got["kind"] == "invitation"
    assert got["start"] == start
    assert got["timezone"] == zone


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["sharp", "prompt"]), st.integers(1, 11))
def test_punctual_hour_pm_in_lagos(word: str, hour: int) -> None:
    got = _parse(f"Dear Ada, the interview is on Friday 11th December at {hour}pm {word} WAT.")
    assert got["start"] == f"2026-12-11T{hour + 12:02d}:00:00+01:00"
    assert got["timezone"] == "Africa/Lagos"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for attending the interview on Monday at 2pm. We will revert shortly.",
        "Thanks for participating in the panel on Monday at 11am; feedback to follow.",
        "شكراً لحضوركم المقابلة يوم الاثنين الساعة 10 صباحاً. سنتواصل معكم قريباً.",
        "Asante kwa kuhudhuria usaili Jumatatu saa 10:00. Tutawasiliana nawe hivi karibuni.",
    ],
)
def test_thanks_for_attending_looks_back(body: str) -> None:
    got = _parse(body, subject="Thank you")
    assert got["kind"] == "not_invitation"


def test_invitation_to_attend_is_still_read() -> None:
    got = _parse("يسعدنا دعوتكم لحضور مقابلة يوم الاثنين 14 ديسمبر 2026 الساعة 10 صباحاً.")
    assert got["kind"] == "invitation"
    assert str(got["start"]).startswith("2026-12-14T10:00")


@pytest.mark.parametrize(
    "body",
    [
        "Kindly send us your availability for an interview next week, between 9am and 3pm.",
        "Please indicate your availability for a call between 14th and 18th December, "
        "any time from 10am to 4pm.",
        "Buenos días, ¿nos podría compartir su disponibilidad para la próxima semana? "
        "Tenemos horarios entre 9:00 y 12:00.",
        "Chào bạn, bạn vui lòng cho mình biết thời gian thuận tiện tuần sau nhé, bên mình "
        "rảnh từ 9h đến 16h.",
    ],
)
def test_request_for_times_books_nothing(body: str) -> None:
    got = _parse(body, subject="Availability")
    assert got["kind"] == "not_invitation"


def test_confirm_your_availability_keeps_the_slot() -> None:
    got = _parse(
        "Your interview is on Monday 14 December at 10am WAT. Please confirm your availability."
    )
    assert got["kind"] == "invitation"
    assert got["start"] == "2026-12-14T10:00:00+01:00"


_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 120), st.booleans())
def test_weekday_before_bracketed_numeric_date_orders_it(ahead: int, month_first: bool) -> None:
    """'this Thursday (12/3)': the weekday picks the reading of a bracketed d/m or m/d."""
    from datetime import date, timedelta

    sent = date(2026, 11, 30)
    day = sent + timedelta(days=ahead)
    if day.day > 12 or day.day == day.month:
        return  # only dates that read both ways
    others = [date(year, day.day, day.month) for year in (sent.year, sent.year + 1)]
    if any(other.weekday() == day.weekday() for other in others):
        return  # the other reading (this year's or next) is that weekday too
    a, b = (day.month, day.day) if month_first else (day.day, day.month)
    got = _parse(
        f"Hi Sam, we'd like to see you on {_DAYS[day.weekday()]} ({a}/{b}) at 10am at our office.",
        sent="Mon, 30 Nov 2026 09:00:00 +0800",
    )
    assert got["kind"] == "invitation"
    assert got["start"] == f"{day.isoformat()}T10:00:00+08:00"
