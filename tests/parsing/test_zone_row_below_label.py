"""A zone label alone on its line names the zone in the next line that says nothing else.

A booking tool's details table read as text puts every cell on a line of its own, blank
lines between ("Timezone" / "" / "Kolkata (+5:30)": Easy!Appointments, eapp68): the zone is
the row's, not the sender's. Here the Date header is in another zone, so reading the sender's
instead moves the interview by hours.
"""

from __future__ import annotations

from datetime import datetime
from itertools import product
from zoneinfo import ZoneInfo

import pytest

from tests.parsing.mailkit import plain_mail, read_json

LABELS = ("Timezone", "Zeitzone", "Fuseau horaire :", "Zona horaria", "Tijdzone", "टाइमझोन")
# a city with its standard offset, as booking tools write it; the city's rules decide summer
# time (January: Adelaide and São Paulo are south, Adelaide on summer time)
CITIES = {
    "Kolkata (+5:30)": "Asia/Kolkata",
    "Kathmandu (+5:45)": "Asia/Kathmandu",
    "Adelaide (+9:30)": "Australia/Adelaide",
    "Sao_Paulo (-3:00)": "America/Sao_Paulo",
    "New_York (-5:00)": "America/New_York",
    "Berlin (+1:00)": "Europe/Berlin",
}


def _booking(label: str, city: str) -> bytes:
    body = (
        "Your appointment has been booked.\n\nAppointment details\n\nService\n\n"
        "Job interview - QA engineer\n\nProvider\n\nSneha Patil\n\nStart\n\n"
        "19/01/2027 11:00 am\n\nEnd\n\n19/01/2027 11:45 am\n\n"
        f"{label}\n\n{city}\n\nCustomer details\n\nName\n\nJordan Price\n"
    )
    return plain_mail(
        "Your appointment has been booked: Job interview",
        body,
        sender="Sahyadri Engineering <bookings@sahyadri.example>",
        to="Jordan Price <jordan.price@inbox.example>",
        date="Wed, 13 Jan 2027 10:20:00 -0800",
    )


@pytest.mark.parametrize(("label", "city"), list(product(LABELS, CITIES)))
def test_a_lone_zone_label_takes_the_zone_on_the_row_below(label: str, city: str) -> None:
    got = read_json(_booking(label, city))
    zone = ZoneInfo(CITIES[city])
    assert got["start"] == datetime(2027, 1, 19, 11, tzinfo=zone).isoformat()
    assert got["end"] == datetime(2027, 1, 19, 11, 45, tzinfo=zone).isoformat()
    assert got["timezone"] == CITIES[city]


def test_a_lone_label_over_a_sentence_states_no_zone() -> None:
    """The row below must be a zone and nothing else: prose under the label is no value."""
    body = (
        "Appointment details\n\nService\n\nJob interview\n\nStart\n\n19/01/2027 11:00 am\n\n"
        "Timezone\n\nBerlin office visitors please sign in at the desk\n"
    )
    got = read_json(
        plain_mail(
            "Your appointment has been booked: Job interview",
            body,
            sender="Acme <bookings@acme.example>",
            to="Jordan Price <jordan.price@inbox.example>",
            date="Wed, 13 Jan 2027 10:20:00 -0800",
        )
    )
    assert got["timezone"] != "Europe/Berlin"
