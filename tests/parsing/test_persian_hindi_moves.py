"""A move written "from A to B" in Persian, or "was to be A, now B" in Hindi, keeps B.

Persian puts "از" (from) before the slot given up and "به" (to) before the new one, with the
verb last ("... منتقل شد", "... تغییر کرد"); Hindi marks the old slot after it ("जो ... होना
था", which was to be) and the new one with "अब" (now). Both used to keep the first time on
the line, the one given up. Elsewhere "از" means "of" or "than", so only a word right before
the date counts.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

TEHRAN = ZoneInfo("Asia/Tehran")
KOLKATA = ZoneInfo("Asia/Kolkata")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
PERSIAN_WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
HINDI_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")


def _mail(subject: str, body: str, zone: ZoneInfo) -> bytes:
    message = EmailMessage()
    message["From"] = "HR <hr@firm.example>"
    message["To"] = "Alex <alex@mail.example>"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 12, 1, 9, 0, tzinfo=zone))
    message["Message-ID"] = f"<move-{abs(hash(body))}@firm.example>"
    message.set_content(body)
    return message.as_bytes()


def _persian(day: int, hour: int) -> str:
    weekday = PERSIAN_WEEKDAYS[datetime(2026, 12, day).weekday()]
    return f"{weekday} {day} دسامبر ساعت {hour}:00".translate(PERSIAN_DIGITS)


def _hindi(day: int, hour: int) -> str:
    weekday = HINDI_WEEKDAYS[datetime(2026, 12, day).weekday()]
    part = "सुबह" if hour < 12 else "दोपहर"
    return f"{day} दिसंबर ({weekday}) को {part} {hour % 12 or 12} बजे"


days = st.integers(min_value=7, max_value=18)
hours = st.integers(min_value=9, max_value=16)


@settings(max_examples=40, deadline=None)
@given(old_day=days, new_day=days, old_hour=hours, new_hour=hours)
def test_persian_from_to_keeps_the_new_slot(
    old_day: int, new_day: int, old_hour: int, new_hour: int
) -> None:
    body = (
        "سلام Alex عزیز،\n\n"
        f"مصاحبه شما از {_persian(old_day, old_hour)} به {_persian(new_day, new_hour)} "
        "منتقل شد.\n\nبا احترام،\nمنابع انسانی"
    )
    reading = parse_message(_mail("تغییر زمان مصاحبه", body, TEHRAN))
    assert reading.start == datetime(2026, 12, new_day, new_hour, tzinfo=TEHRAN)
    if (old_day, old_hour) != (new_day, new_hour):
        assert reading.kind == "reschedule"


@settings(max_examples=40, deadline=None)
@given(old_day=days, new_day=days, old_hour=hours, new_hour=hours)
def test_hindi_was_to_be_now_keeps_the_new_slot(
    old_day: int, new_day: int, old_hour: int, new_hour: int
) -> None:
    body = (
        "प्रिय Alex,\n\n"
        f"आपका इंटरव्यू, जो {_hindi(old_day, old_hour)} होना था, अब {_hindi(new_day, new_hour)} "
        "होगा।\n\nधन्यवाद,\nएचआर"
    )
    reading = parse_message(_mail("इंटरव्यू का समय बदला", body, KOLKATA))
    assert reading.start == datetime(2026, 12, new_day, new_hour, tzinfo=KOLKATA)


def test_persian_of_before_an_invitation_marks_nothing_old() -> None:
    # "پس از بررسی رزومه شما" (after reviewing your CV): "از" far from the date moves nothing
    body = (
        "سلام Alex عزیز،\n\nپس از بررسی رزومه شما، از شما برای مصاحبه در روز "
        f"{_persian(10, 14)} دعوت می‌کنیم.\n\nبا احترام،\nمنابع انسانی"
    )
    reading = parse_message(_mail("دعوت به مصاحبه", body, TEHRAN))
    assert reading.kind == "invitation"
    assert reading.start == datetime(2026, 12, 10, 14, tzinfo=TEHRAN)
    assert reading.confidence >= 0.5
