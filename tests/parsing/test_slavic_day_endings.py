"""A day of the month with its Slavic ordinal ending hyphenated on ("16-go czerwca", "16-го
июня", "16-е", "16-и юни", and Polish "16-go" alone before "o godz."): a careful reader takes
the day, where the parser used to find no date at all."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import babel.dates
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

# language, zone, the ending, the sentence around "{date}" and the clock, the subject
WRITERS = {
    "pl": (
        "Europe/Warsaw",
        "-go",
        "Zapraszamy na rozmowę {date} o godz. {clock} w biurze.",
        "Zaproszenie na rozmowę",
    ),
    "ru": (
        "Europe/Moscow",
        "-го",
        "Приглашаем вас на собеседование {date} в {clock} в офисе.",
        "Собеседование",
    ),
    "uk": ("Europe/Kyiv", "-го", "Запрошуємо вас на співбесіду {date} о {clock}.", "Співбесіда"),
    "bg": (
        "Europe/Sofia",
        "-и",
        "Каним Ви на интервю на {date} от {clock} ч. в офиса.",
        "Покана за интервю",
    ),
}
SENT = datetime(2026, 6, 1, 9, 0, tzinfo=ZoneInfo("UTC"))


def invitation(language: str, day: datetime) -> bytes:
    _zone, ending, sentence, subject = WRITERS[language]
    written = babel.dates.format_date(day, "d MMMM", locale=language)
    number, month = written.split(" ", 1)
    body = sentence.format(date=f"{number}{ending} {month}", clock=day.strftime("%H:%M"))
    return plain_mail(
        subject,
        body,
        sender="Recruiter <jobs@firma.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT.strftime("%a, %d %b %Y %H:%M:%S +0000"),
    )


@settings(max_examples=40, deadline=None)
@given(
    language=st.sampled_from(sorted(WRITERS)),
    days=st.integers(min_value=2, max_value=200),
    hour=st.integers(min_value=8, max_value=17),
)
def test_a_day_with_its_hyphenated_ending_is_the_date(language: str, days: int, hour: int) -> None:
    zone = ZoneInfo(WRITERS[language][0])
    day = (SENT + timedelta(days=days)).astimezone(zone).replace(hour=hour, minute=30)
    parsed = parse_message(invitation(language, day))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == day.replace(tzinfo=None)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # the bare day and its ending, then "o godz.": the 16th, not the coming Tuesday
        (
            "Zapraszamy na rozmowę 16-go, we wtorek, o godz. 11:00 w biurze.",
            datetime(2026, 6, 16, 11),
        ),
        ("Zapraszamy na rozmowę 16-go o godz. 11:00 w biurze.", datetime(2026, 6, 16, 11)),
    ],
)
def test_a_polish_bare_day_with_its_ending_is_the_day_of_this_month(
    body: str, wanted: datetime
) -> None:
    raw = plain_mail(
        "Zaproszenie na rozmowę",
        body,
        sender="Tomasz <t@firma.example.pl>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        # a Wednesday: the coming Tuesday is the 9th
        date="Wed, 03 Jun 2026 09:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == wanted


def test_a_count_with_an_ending_is_no_day() -> None:
    """'3-ти кандидати' (the third candidates) or '2-го этапа' (of the second round) name no
    day: without a month or a time after them nothing is read."""
    raw = plain_mail(
        "Обновление",
        "Спасибо за участие во 2-го этапе отбора. Мы сообщим результаты позже.",
        sender="HR <hr@firma.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 01 Jun 2026 09:00:00 +0000",
    )
    assert parse_message(raw).start is None
