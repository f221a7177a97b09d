"""A street named for a date, or a flat's number, in an address is no day of the interview.

Why: "ul. 3 Maja 12, Kraków", "Avenida 5 de Mayo 20", "Calle Mayo 3", "Via Giugno 10",
"Rue du 8 Mai 1945", "Place du 14 Juillet" and "Apartment 12/4" in a signature or an
office's address gave a mail that wrote only a clock ("the interview is at 14:00") a phantom
day in May, June, July or April (probe63: 54 of 600 generated mails). The same date words
in a sentence still name the day.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

LONDON = ZoneInfo("Europe/London")

ADDRESSES = [
    "ul. 3 Maja 12, 31-000 Kraków",
    "al. 3 Maja 5, Warszawa",
    "Via Giugno 10, 20121 Milano",
    "Calle Mayo 3, 28001 Madrid",
    "Rue de Mars 14, 75007 Paris",
    "Avenida 5 de Mayo 20, CDMX",
    "Avenida 9 de Julio 1000, Buenos Aires",
    "Plaza 2 de Mayo",
    "Place du 14 Juillet, Lyon",
    "Rue du 8 Mai 1945, Lyon",
    "Str. Mai 1, 010011 București",
    "Rua Março 22, 1000-001 Lisboa",
    "19 Mayıs Caddesi No: 5, Samsun",
    "Apartment 12/4, 1 Lord Street",
    "Wohnung 3/12, Hauptstraße 5",
]


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Whitfield <dana@harbourline-example.co.uk>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 +0000"
    message["Subject"] = "Interview"
    message.set_content(body)
    return bytes(message)


@settings(max_examples=40, deadline=None)
@given(address=st.sampled_from(ADDRESSES), hour=st.integers(min_value=8, max_value=17))
def test_an_address_gives_no_day(address: str, hour: int) -> None:
    body = (
        f"Hello Alex,\n\nthe interview is at {hour}:00, by video.\n\n"
        f"Kind regards,\nDana Whitfield\n{address}"
    )
    assert parse_message(_mail(body)).start is None, body


@settings(max_examples=40, deadline=None)
@given(address=st.sampled_from(ADDRESSES), day=st.integers(min_value=8, max_value=28))
def test_the_written_date_wins_over_an_address(address: str, day: int) -> None:
    body = (
        f"Hello Alex,\n\nthe interview is on {day} December at 14:30, at our office.\n\n"
        f"Kind regards,\nDana Whitfield\n{address}"
    )
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2026, 12, day, 14, 30, tzinfo=LONDON), body


@pytest.mark.parametrize(
    ("body", "month", "day"),
    [
        ("The interview will take place 14 May at 10:00.", 5, 14),
        ("Al 14 May works for me, at 10:00?", 5, 14),
        ("La entrevista será el 5 de mayo a las 10:00.", 5, 5),
        ("Rozmowa odbędzie się 3 maja o 10:00.", 5, 3),
        ("L'entretien aura lieu le 8 mai à 10h00.", 5, 8),
        ("Il colloquio sarà il 10 giugno alle 10:00.", 6, 10),
        ("A entrevista será a 22 de março às 10h00.", 3, 22),
    ],
)
def test_the_same_dates_in_a_sentence_still_count(body: str, month: int, day: int) -> None:
    parsed = parse_message(_mail(body))
    assert isinstance(parsed.start, datetime), body
    assert (parsed.start.month, parsed.start.day, parsed.start.hour) == (month, day, 10), body
