# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Day words, a part of the day before "day", and a subject's dotted date (text74).

Why, one rule each, each seen in two or more languages of text74's dev mails:
- A day of the month named by "dia"/"día"/"giorno" before the word for "at" and its hour is the
  day, not the start of a range "14 to 15": "no dia 14 às 15h", "el día 14 a las 15:00", "il
  giorno 14 alle 15" (when_clocks._ARTICLE_BEFORE and _AT_AFTER, when_common's article_day).
- "day" after a range's part of the day names the weekday that follows, it counts nothing:
  "من الساعة 10 إلى الساعة 11:30 صباحاً يوم الأربعاء", "از ساعت 10 تا 11:30 صبح روز
  چهارشنبه" (when_clocks._unfiltered_clocks).
- A bare dotted day and month closing the subject after a word is the date, the hour in the
  body: "Собеседование 13.01", "Rozmowa kwalifikacyjna 13.01", "Colloquio 13.01"
  (when_dates.dotted_date_closing_line).
Controls: "das 14 às 15h" stays a range, "3-4 days" stays a count, "Interview at 13.05" stays
a clock. Exhaustive over a small table. Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

from datetime import time

import pytest

from service.parsing.when_clocks import _clocks
from tests.parsing.mailkit import assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 28 Dec 2026 10:05:00 +0100"

DAY_WORD = {
    "pt": "Olá Alex,\n\na sua entrevista com a diretoria fica marcada para o dia 14 às {h}h, no nosso escritório da Avenida Paulista.\n\nAbraço,\nCarla",
    "es": "Hola Alex:\n\nte esperamos para la entrevista el día 14 a las {h}:00 en nuestra oficina de la calle Serrano.\n\nUn saludo,\nIrene",
    "it": "Ciao Alex,\n\nti aspettiamo per il colloquio il giorno 14 alle {h} nel nostro ufficio di Via Roma.\n\nA presto,\nSara",
}
SUBJECT_DATE = {
    "ru": (
        "Собеседование 13.01",
        "Здравствуйте!\n\nЖдём вас на собеседование в {h}:00 по адресу: Казань, ул. Баумана, 12.\n\nОтдел кадров",
    ),
    "pl": (
        "Rozmowa kwalifikacyjna 13.01",
        "Dzień dobry,\n\nzapraszamy na rozmowę o {h}:00 do biura przy ul. Długiej 5.\n\nDział HR",
    ),
    "it": (
        "Colloquio 13.01",
        "Buongiorno,\n\nla aspettiamo per il colloquio alle {h}:00 in Via Roma 5.\n\nUfficio Personale",
    ),
}
HOURS = [10, 16]


@pytest.mark.parametrize("lang", sorted(DAY_WORD))
@pytest.mark.parametrize("hour", HOURS)
def test_day_word_before_its_hour(lang: str, hour: int) -> None:
    raw = plain_mail(
        "Entrevista",
        DAY_WORD[lang].format(h=hour),
        sender="HR <hr@firma.example>",
        to=TO,
        date=DATE,
    )
    assert_sure_at(raw, f"2027-01-14T{hour:02d}:00")


@pytest.mark.parametrize("lang", sorted(SUBJECT_DATE))
@pytest.mark.parametrize("hour", HOURS)
def test_subject_dotted_date_body_hour(lang: str, hour: int) -> None:
    subject, body = SUBJECT_DATE[lang]
    raw = plain_mail(subject, body.format(h=hour), sender="HR <hr@firma.example>", to=TO, date=DATE)
    assert_sure_at(raw, f"2027-01-13T{hour:02d}:00")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "ندعوك لمقابلة عمل من الساعة 10 إلى الساعة 11:30 صباحاً يوم الأربعاء 13 يناير",
            [(time(10, 0), time(11, 30))],
        ),
        ("مصاحبه از ساعت 10 تا 11:30 صبح روز چهارشنبه ۱۳ ژانویه", [(time(10, 0), time(11, 30))]),
        ("a entrevista será das 14 às 15h", [(time(14, 0), time(15, 0))]),
        ("the task takes about 3-4 days", []),
        ("Interview at 13.05", [(time(13, 5), None)]),
    ],
)
def test_clock_lines(line: str, expected: list[tuple[time, time | None]]) -> None:
    assert [(c.start, c.end) for c in _clocks(line)] == expected
