"""booking50: a booking tool's iTIP REQUEST for a service the reader booked (a tax office's
desk, a garage's service, a notary's signing) is no job interview, even where a row of the
booking reads like a job word ("Stanowisko: Okienko 4", "Puesto: Box 3"); the reader's own
interview booked through the same tools stays claimed (tests/parsing/corpus/build_booking50.py).
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.lexicon import SERVICE_APPOINTMENT_TITLE, SERVICE_ROW
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import claimed, request_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"


def _request(title: str, body: str, sender: str) -> bytes:
    return request_mail(
        title,
        body,
        uid="booking50-test-1@example.org",
        dtstart="20261014T080000Z",
        dtend="20261014T083000Z",
        organizer_cn="Bookings",
        sender=sender,
        to=TO,
        date=DATE,
        subject="Appointment details",
    )


SERVICES = {
    "pl": (
        "Wizyta: Wydział Komunikacji – rejestracja pojazdu",
        "Dzień dobry,\n\nTwoja wizyta została zarejestrowana.\n\nUsługa: Rejestracja pojazdu\n"
        "Stanowisko: Okienko 2\nPoczątek: 14.10.2026 10:00\n",
        "Starostwo <wizyty@starostwo.example>",
    ),
    "es": (
        "Cita: cambio de neumáticos",
        "Hola Alex,\n\nTu cita ha sido registrada.\n\nServicio: Cambio de neumáticos\n"
        "Puesto: Box 3\nInicio: 14/10/2026 10:00\n",
        "Neumáticos Sol <citas@neumaticossol.example>",
    ),
    "en": (
        "Appointment: Will signing with a solicitor",
        "Hi Alex,\n\nYour appointment has been registered.\n\nService: Will signing\n"
        "Position in queue: 2\nStart: 14/10/2026 09:00\n",
        "Harper & Cole <bookings@harpercole.example>",
    ),
}


@pytest.mark.parametrize("lang", sorted(SERVICES))
def test_a_booked_service_is_not_claimed_as_an_interview(lang: str) -> None:
    title, body, sender = SERVICES[lang]
    raw = _request(title, body, sender)
    assert not claimed(raw)
    assert parse_message(raw).start is not None  # the slot is kept for review


INTERVIEWS = {
    "de": (
        "Termin: Vorstellungsgespräch Kfz-Mechatroniker/in",
        "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Ihr Termin wurde gebucht.\n\n"
        "Stelle: Kfz-Mechatroniker/in\nBeginn: 14.10.2026 10:00\n",
        "Autohaus Berg <termine@autohaus-berg.example>",
    ),
    "es": (
        "Cita: entrevista de trabajo – recepcionista",
        "Hola Alex,\n\nGracias por tu candidatura. Tu entrevista ha sido registrada.\n\n"
        "Puesto: Recepcionista\nInicio: 14/10/2026 10:00\n",
        "Clínica Norte <citas@clinicanorte.example>",
    ),
}


@pytest.mark.parametrize("lang", sorted(INTERVIEWS))
def test_the_readers_interview_booked_through_the_same_tool_is_claimed(lang: str) -> None:
    title, body, sender = INTERVIEWS[lang]
    assert claimed(_request(title, body, sender))


def test_the_title_cue_scans_in_linear_time() -> None:
    assert_linear(
        scans(SERVICE_APPOINTMENT_TITLE), repeated("termin termin : "), label="service title"
    )


ROWS = {
    "en": (
        "Dental check-up",
        "Hi Alex,\n\nYour appointment has been registered.\n\nService: Dental check-up\n"
        "Provider: Dr Ames\nPosition: Surgery 2\nStart: 14/10/2026 09:00\n",
        "Smile Dental <bookings@smiledental.example>",
    ),
    "de": (
        "Ölwechsel und Inspektion",
        "Hallo Alex,\n\nIhr Termin wurde gebucht.\n\nLeistung: Ölwechsel und Inspektion\n"
        "Stelle: Halle B\nBeginn: 14.10.2026 10:00\n",
        "Autohaus Berg <termine@autohaus-berg.example>",
    ),
    # a details table rendered as text, label and value in one line without a colon
    "nl": (
        "APK-keuring en kleine beurt",
        "Beste Alex,\n\nJe afspraak is geboekt.\n\nAfspraakgegevens\n\n"
        "Dienst APK-keuring en kleine beurt\nFunctie Werkplaats 2\nBegin 14/10/2026 10:00\n",
        "Garage Smit <afspraken@garagesmit.example>",
    ),
}


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_a_title_that_is_the_booked_service_row_is_not_claimed(lang: str) -> None:
    title, body, sender = ROWS[lang]
    assert not claimed(_request(title, body, sender))


def test_the_service_row_scans_in_linear_time() -> None:
    assert_linear(scans(SERVICE_ROW), repeated("service: service: \n"), label="service row")
