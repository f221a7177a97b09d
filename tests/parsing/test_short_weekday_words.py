"""A short word before a numeric date is a weekday only in a language that writes it so.

Scottish Gaelic abbreviates Thursday "Dia"; Portuguese and Spanish write "no dia 07/09/2026",
"el día 07/09/2026" (on the day). Read as a Gaelic Thursday, the word turned the date round
to the one that falls on a Thursday: 9 July, already past, and the invitation was dropped.
The matrix test drew it (pt, slash day-first, 7 September 2026)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = datetime(2026, 1, 4, 9, 0)


def _read(body: str, sender: str) -> datetime | None:
    raw = plain_mail(
        "Entrevista",
        body,
        sender=sender,
        to="lucas@mailbox.example",
        date="Sun, 04 Jan 2026 09:00:00 -0300",
    )
    parsed = parse_message(raw)
    return parsed.start if isinstance(parsed.start, datetime) else None


@settings(max_examples=60, deadline=None)
@given(days=st.integers(min_value=1, max_value=330))
def test_the_word_for_day_before_a_date_is_no_weekday(days: int) -> None:
    day = (SENT + timedelta(days=days)).date()
    written = f"{day:%d/%m/%Y}"
    for body, sender in (
        (
            f"Olá, Lucas!\n\nGostaríamos de convidá-lo para uma entrevista no dia {written}, "
            "às 09:30.\n\nMariana",
            "Mariana <recrutamento@ipe.example.com.br>",
        ),
        (
            f"Hola, Lucas:\n\nTe invitamos a una entrevista el día {written} a las 09:30.\n\nAna",
            "Ana <seleccion@empresa.example.es>",
        ),
    ):
        start = _read(body, sender)
        assert start is not None, body
        assert start.date() == day, (body, start)


def test_a_weekday_abbreviation_of_the_mails_language_still_checks_the_date() -> None:
    # Turkish "Per" (Thursday): 03.12.2026 is a Thursday, read as written
    raw = plain_mail(
        "Mülakat",
        "Merhaba,\n\nMülakatınız Per 03.12.2026 saat 14:00'te.\n\nSaygılarımızla",
        sender="İK <ik@firma.example.com.tr>",
        to="kim@mailbox.example",
        date="Mon, 30 Nov 2026 09:00:00 +0300",
    )
    parsed = parse_message(raw)
    assert isinstance(parsed.start, datetime), parsed
    assert parsed.start.date() == date(2026, 12, 3), parsed
