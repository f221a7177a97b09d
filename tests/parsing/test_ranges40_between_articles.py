"""Spanish, Portuguese and Italian write "between" with the article before each hour: "entre
las 10 y las 11 de la mañana", "entre as 14 e as 15", "tra le 10 e le 11". The first hour
was lost (Spanish read 11:00 as the start, Italian read nothing); both are a range now."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

CET = timezone(timedelta(hours=1))
SENTENCES = {
    "es": "Te esperamos el jueves 10 de diciembre de 2026 entre las {a} y las {b} para la "
    "entrevista.",
    "pt": "Esperamos você na quinta-feira, 10 de dezembro de 2026, entre as {a} e as {b} para a "
    "entrevista.",
    "it": "La aspettiamo giovedì 10 dicembre 2026 tra le {a} e le {b} per il colloquio.",
}


@given(
    language=st.sampled_from(sorted(SENTENCES)),
    hour=st.integers(min_value=8, max_value=17),
    minutes=st.sampled_from([None, 0, 30]),
)
@settings(max_examples=40, deadline=None)
def test_both_hours_of_a_between_range(language: str, hour: int, minutes: int | None) -> None:
    def clock(h: int) -> str:
        return str(h) if minutes is None else f"{h}:{minutes:02d}"

    body = SENTENCES[language].format(a=clock(hour), b=clock(hour + 1))
    raw = plain_mail(
        "Entrevista",
        body,
        sender="Talento <talento@empresa.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Tue, 01 Dec 2026 10:05:00 +0100",
    )
    parsed = parse_message(raw)
    start = datetime(2026, 12, 10, hour, minutes or 0, tzinfo=CET)
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == start.replace(tzinfo=None)
    assert parsed.end is not None
    assert parsed.end - parsed.start == timedelta(hours=1)


@pytest.mark.parametrize(
    "body",
    [
        "Tenemos entre las 3 opciones una el jueves 10 de diciembre a las 16:00 para la "
        "entrevista.",
        "Entre las 2 candidatas, tu entrevista es el jueves 10 de diciembre a las 16:00.",
    ],
)
def test_a_count_after_entre_las_is_no_hour(body: str) -> None:
    raw = plain_mail(
        "Entrevista",
        body,
        sender="Talento <talento@empresa.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Tue, 01 Dec 2026 10:05:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (10, 16)
