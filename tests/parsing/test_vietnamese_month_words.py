"""Vietnamese writes a month as "tháng" and a numeral word: "Tháng mười hai 16, 2026" (the
month-first pattern of WebCalendar's and CLDR's long dates), "ngày 16 tháng mười hai năm
2026". Read as one month word, the date is the interview's day; before, "Thứ tư" (Wednesday)
alone gave the next Wednesday, a week early. Every mail here is written for the test."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

MONTHS = {
    1: "một", 2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu",
    7: "bảy", 8: "tám", 9: "chín", 10: "mười", 11: "mười một", 12: "mười hai",
}  # fmt: skip
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
SHAPES = [
    "Ngày: {weekday}, Tháng {month} {day}, 2027\nThời gian: 14:00",
    "Ngày: {weekday}, ngày {day} tháng {month} năm 2027\nThời gian: 14:00",
    "Lịch phỏng vấn: {weekday}, {day} tháng {month}, 2027 lúc 14:00",
]


@settings(max_examples=60, deadline=None)
@given(when=st.dates(date(2027, 1, 4), date(2027, 12, 28)), shape=st.sampled_from(SHAPES))
def test_a_vietnamese_month_word_gives_the_date(when: date, shape: str) -> None:
    line = shape.format(weekday=WEEKDAYS[when.weekday()], month=MONTHS[when.month], day=when.day)
    raw = plain_mail(
        "Thư mời phỏng vấn",
        f"Xin chào Alex,\n\nMời bạn tham dự buổi phỏng vấn tuyển dụng.\n{line}\n\nHà",
        sender="Nguyễn Thu Hà <ha.nguyen@congty.example.vn>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 28 Dec 2026 10:32:00 +0700",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None, line
    assert parsed.start.date() == when, line
    assert (parsed.start.hour, parsed.start.minute) == (14, 0), line
