"""Slavic languages put a bare hour after "at" words that also mean "in" or "about": "в
четверг в 15", "завтра в 11", "в четвер о 15", "ve čtvrtek v 15". Polish "w czwartek o 15"
was read (Latin "o" is an hour cue), the others went to review with no time. After a weekday
or "tomorrow" such a word makes the number an hour, unless a counted noun follows it ("в 2
этапа", "в 15 минутах ходьбы")."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail, wall_minute

SENT = "Mon, 07 Dec 2026 09:12:00 +0300"  # Thursday is 10 December, tomorrow the 8th


def _read(subject: str, body: str) -> tuple[str, float, str | None]:
    parsed = parse_message(
        plain_mail(
            subject, body, sender="HR <hr@firm.example>", to="alex@mailbox.example", date=SENT
        )
    )
    return parsed.kind, parsed.confidence, wall_minute(parsed.start)


@pytest.mark.parametrize(
    ("subject", "body", "wanted"),
    [
        ("Собеседование", "Приглашаем вас на собеседование в четверг в 15.", "2026-12-10 15:00"),
        ("Собеседование", "Приглашаем на собеседование завтра в 11.", "2026-12-08 11:00"),
        (
            "Собеседование",
            "Ждём вас на собеседование в пятницу в 10 по Москве.",
            "2026-12-11 10:00",
        ),
        ("Співбесіда", "Запрошуємо на співбесіду в четвер о 15.", "2026-12-10 15:00"),
        ("Співбесіда", "Запрошуємо на співбесіду завтра об 11.", "2026-12-08 11:00"),
        ("Pohovor", "Zveme tě na pohovor ve čtvrtek v 15.", "2026-12-10 15:00"),
        ("Pohovor", "Pozývame vás na pohovor zajtra o 11.", "2026-12-08 11:00"),
        ("Razgovor", "Pozivamo vas na razgovor za posao u četvrtak u 15.", "2026-12-10 15:00"),
        ("Rozmowa", "Zapraszam na rozmowę w czwartek o 15.", "2026-12-10 15:00"),
    ],
)
def test_a_bare_hour_after_a_day_and_at_is_the_interview(
    subject: str, body: str, wanted: str
) -> None:
    kind, confidence, start = _read(subject, f"Добрый день, Alex!\n\n{body}\n\nHR")
    assert (kind, start) == ("invitation", wanted)
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Собеседование пройдёт в четверг в 2 этапа: сначала тест, потом разговор. Время "
        "сообщим позже.",
        "Наш офис в пятницу в 15 минутах ходьбы от метро. Время собеседования сообщим позже.",
        "Pohovor bude ve čtvrtek v 15 minutové verzi, čas upřesníme.",
    ],
)
def test_a_counted_number_after_the_same_words_is_no_hour(body: str) -> None:
    kind, confidence, start = _read("Собеседование", body)
    assert start is None or not (kind == "invitation" and confidence >= 0.5), (kind, start)
