"""Booking-plugin mail (plugins38): a booking whose status field still says pending is not
an interview yet, and the site owner's copy of someone else's booking (a name row and an
email row naming the one who booked) is not the reader's invitation. Rules justified by
several plugins: Easy Appointments (WordPress) status words and admin table, LatePoint's and
Booking Calendar's booking status, Easy!Appointments', Amelia's and BookingPress's staff
copies naming the customer."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.parser import parse_message

READER = ("Alex Morgan", "alex.morgan@mailbox.example")


def _mail(body: str, subject: str = "Reservation : 215") -> bytes:
    message = EmailMessage()
    message["From"] = "Bookings <bookings@harbor-works.example.com>"
    message["To"] = f"{READER[0]} <{READER[1]}>"
    message["Subject"] = subject
    message["Date"] = "Wed, 02 Dec 2026 09:05:00 +0100"
    message.set_content(body)
    return bytes(message)


TABLE = "Service: Interview\nDate: December 15, 2026\nStart: 10:00 am\nEnd: 10:45 am\n"


@pytest.mark.parametrize(
    "status",
    [
        "Status: pending",
        "Estado: Pendiente",
        "Stato: in sospeso",
        "Status: unbestätigt",
        "Statut : en attente",
        "Status: oczekuje",
        "Status: Pending Approval",
    ],
)
def test_a_booking_whose_status_is_pending_is_not_claimed(status: str) -> None:
    parsed = parse_message(_mail(f"Hi Alex,\n\nThanks for booking.\n\n{status}\n{TABLE}"))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_a_confirmed_status_stays_an_invitation() -> None:
    body = f"Hi Alex,\n\nYour interview is booked.\n\nStatus: confirmed\n{TABLE}"
    parsed = parse_message(_mail(body))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-15T10:00:00+01:00"


_NAME = st.sampled_from(
    ["Carmen Vidal", "Hugo Lefèvre", "Marco Ferri", "Tyler Brooks", "Pieter Jansen"]
)


@settings(max_examples=15, deadline=None)
@given(other=_NAME, label=st.sampled_from(["Name", "Nombre", "Nome", "Naam", "Customer", "Client"]))
def test_the_owner_copy_naming_someone_else_is_not_claimed(other: str, label: str) -> None:
    email = other.lower().replace(" ", ".").replace("è", "e") + "@mailbox.example"
    body = f"Id 215\nStatus confirmed\n{TABLE}IP 203.0.113.57\n{label} {other}\nEmail {email}\n"
    parsed = parse_message(_mail(body))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5


def test_the_readers_own_name_and_email_rows_stay_an_invitation() -> None:
    rows = f"Name: {READER[0]}\nEmail: {READER[1]}\n"
    body = f"Your interview is booked.\n\nStatus: confirmed\n{TABLE}{rows}"
    parsed = parse_message(_mail(body))
    assert parsed.kind == "invitation"


@pytest.mark.parametrize("label", ["Finit", "Se termine"])
def test_a_french_end_row_named_by_its_verb_gives_the_end(label: str) -> None:
    body = (
        "Bonjour Alex,\n\nVotre entretien est confirmé.\n\nDate : 16 décembre 2026\n"
        f"Commence : 14h30\n{label} : 15h15\n"
    )
    parsed = parse_message(_mail(body, "Réservation : 148"))
    assert parsed.kind == "invitation"
    assert parsed.end is not None
    assert parsed.end.isoformat() == "2026-12-16T15:15:00+01:00"
