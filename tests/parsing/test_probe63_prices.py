"""An amount beside a currency is no clock.

Why: "Price: €10.50 per ticket", "10.50 € each", "$10.30", "USD 10.30", "10.30 EUR" in a
travel note or a footer set a mail that named a day but no hour ("the interview is on
Friday") at 10:50 or 10:30 (probe63: a weekday in a company's name plus a price made a
phantom start). A clock with its zone ("10:30 CET") still reads.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Whitfield <dana@harbourline-example.co.uk>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 +0000"
    message["Subject"] = "Interview"
    message.set_content(body)
    return bytes(message)


PRICES = ["Price: €{a}.{b} per ticket", "Tickets cost {a}.{b} € each", "Parking is ${a}.{b}"]
PRICES += ["Travel up to USD {a}.{b} is refunded.", "Fee: {a}.{b} EUR", "Lunch {a}.{b} zł"]


@settings(max_examples=50, deadline=None)
@given(
    price=st.sampled_from(PRICES),
    amount=st.integers(min_value=8, max_value=18),
    cents=st.sampled_from(["00", "15", "30", "50"]),
)
def test_a_price_is_no_clock(price: str, amount: int, cents: str) -> None:
    body = f"Hello Alex,\n\nthe interview is on Friday.\n\n{price.format(a=amount, b=cents)}"
    assert parse_message(_mail(body)).start is None, body


@pytest.mark.parametrize(
    "body",
    [
        "Hello Alex,\n\nthe interview is on Friday at 10.30.",
        "Hello Alex,\n\nthe interview is on Friday at 10:30 CET.",
        "Hallo Alex,\n\ndas Gespräch ist am Freitag um 10.30 Uhr, Parken kostet 5 €.",
    ],
)
def test_a_clock_still_reads(body: str) -> None:
    parsed = parse_message(_mail(body))
    assert isinstance(parsed.start, datetime), body
    assert (parsed.start.day, parsed.start.hour, parsed.start.minute) == (11, 10, 30), body
