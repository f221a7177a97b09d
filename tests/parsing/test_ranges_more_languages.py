"""A slot's end written the way a language writes a range or an end row.

Every mail here is written for the test: Danish "mellem kl. 14 og 14.45", Hungarian "14 és
14:45 óra között" with a bare first hour, Korean "오후 2시부터 2시 45분까지", and end rows
("Zakończenie:", "Окончание:", "Bitiş:") under a start row.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

ZONE = ZoneInfo("Europe/Paris")
START = datetime(2026, 12, 9, 14, 0, tzinfo=ZONE)
END = datetime(2026, 12, 9, 14, 45, tzinfo=ZONE)


def _mail(body: str, subject: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Ola Berg <ola@hiring-example.eu>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Thu, 03 Dec 2026 09:00:00 +0100"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


CASES = [
    ("Samtale", "Samtalen er onsdag den 9. december mellem kl. 14 og 14.45."),
    ("Interjú", "Az interjú december 9-én, szerdán 14 és 14:45 óra között lesz."),
    ("면접 안내", "면접은 12월 9일(수) 오후 2시부터 2시 45분까지입니다."),
    ("면접 안내", "면접은 12월 9일(수) 14:00부터 14:45까지 진행됩니다."),
    (
        "Zaproszenie na rozmowę",
        "Data: środa, 9 grudnia 2026\nRozpoczęcie: 14:00\nZakończenie: 14:45",
    ),
    (
        "Приглашение на собеседование",
        "Дата: среда, 9 декабря 2026\nНачало: 14:00\nОкончание: 14:45",
    ),
    ("Mülakat daveti", "Tarih: 9 Aralık 2026 Çarşamba\nBaşlangıç: 14:00\nBitiş: 14:45"),
]


@pytest.mark.parametrize(("subject", "body"), CASES)
def test_the_end_is_read(subject: str, body: str) -> None:
    parsed = parse_message(_mail(body, subject))
    assert (parsed.start, parsed.end) == (START, END), parsed.warnings


def test_korean_from_alone_is_no_range_with_a_later_sentence() -> None:
    body = (
        "면접은 12월 9일(수) 오후 2시부터 진행됩니다. 결과는 12월 11일 오후 5시까지 알려드립니다."
    )
    parsed = parse_message(_mail(body, "면접 안내"))
    assert parsed.start == START
    assert parsed.end is None


@pytest.mark.parametrize(
    ("body", "minutes"),
    [
        ("Собеседование в среду, 9 декабря, в 14:00, продлится около часа.", 60),
        ("Собеседование в среду, 9 декабря, в 14:00, займёт полчаса.", 30),
        ("Співбесіда в середу, 9 грудня, о 14:00, триватиме годину.", 60),
        ("Співбесіда в середу, 9 грудня, о 14:00, займе пів години.", 30),
    ],
)
def test_a_length_in_words_gives_the_end(body: str, minutes: int) -> None:
    parsed = parse_message(_mail(body, "Собеседование"))
    assert parsed.start == START
    assert parsed.end is not None
    assert (parsed.end - parsed.start).seconds == minutes * 60


def test_a_bare_end_after_a_late_evening_start_is_past_midnight() -> None:
    parsed = parse_message(_mail("Trial shift on Wednesday 9 December, 23:00-3:00.", "Trial"))
    assert parsed.start == datetime(2026, 12, 9, 23, 0, tzinfo=ZONE)
    assert parsed.end == datetime(2026, 12, 10, 3, 0, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("body", "end"),
    [
        (
            "Zapraszamy na rozmowę w środę 9 grudnia o 14:00 w naszym biurze.\n"
            "Rozmowa potrwa do 14:45.",
            END,
        ),
        (
            "Your interview is on Wednesday 9 December at 2pm.\n"
            "The interview will last until 2:45pm.",
            END,
        ),
        ("Your interview is on Wednesday 9 December at 2pm.\nWe will let you know by 5pm.", None),
    ],
)
def test_the_line_after_the_slot_may_say_when_it_ends(body: str, end: datetime | None) -> None:
    parsed = parse_message(_mail(body, "Interview"))
    assert parsed.start == START
    assert parsed.end == end


def test_a_vietnamese_hour_before_its_day_is_a_time_of_day() -> None:
    body = "Thời gian phỏng vấn: 14 giờ, ngày 09/12/2026 tại văn phòng công ty."
    parsed = parse_message(_mail(body, "Thư mời phỏng vấn"))
    assert parsed.start == START


@pytest.mark.parametrize(
    "body", ["Colloquio: mer 9/12 h 14", "Colloquio mercoledì 9 dicembre, h. 14"]
)
def test_an_h_before_the_hour_marks_it(body: str) -> None:
    parsed = parse_message(_mail(body, "Colloquio di lavoro"))
    assert parsed.start == START


@pytest.mark.parametrize("body", ["Interview: 09DEC2026 1400 hrs", "Interview 9Dec26 at 2pm"])
def test_a_run_together_date_is_read(body: str) -> None:
    parsed = parse_message(_mail(body, "Interview"))
    assert parsed.start == START


KOLKATA = ZoneInfo("Asia/Kolkata")


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "Interview on Wednesday 9 December, 11:00 AM - 12:00 Noon IST.",
            datetime(2026, 12, 9, 11, 0, tzinfo=KOLKATA),
            datetime(2026, 12, 9, 12, 0, tzinfo=KOLKATA),
        ),
        (
            "Interview on 9 December at 14:00 hrs (UTC +5.5)",
            datetime(2026, 12, 9, 14, 0, tzinfo=KOLKATA),
            None,
        ),
    ],
)
def test_indian_time_as_written(body: str, start: datetime, end: datetime | None) -> None:
    parsed = parse_message(_mail(body, "Interview"))
    assert parsed.start == start
    assert parsed.end == end
