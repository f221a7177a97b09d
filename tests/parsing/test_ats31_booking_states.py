"""Booking notices whose slot is not (or no longer) the reader's (ats31).

- A booking that "is waiting for a confirmation" ("wartet auf eine Bestätigung", "attend une
  confirmation", "in attesa di conferma") holds no slot yet, whichever plugin words it.
- A booking the business turned down ("Appointment Rejected", "Booking request declined",
  "your appointment has been rejected") gives the reader no slot, even though it repeats the
  date and time that were asked for.
- The same plugins' confirmed bookings stay invitations: asking the reader to confirm their
  attendance is not a booking that waits.

Mails here are our own short ones, not the corpus files.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail

_FROM = "Ravensworth Careers <noreply@ravensworth-careers.example>"
_TO = "Noor Haddad <noor.haddad@inbox.example>"
_DATE = "Tue, 10 Nov 2026 16:20:00 +0100"


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender=_FROM, to=_TO, date=_DATE)


@pytest.mark.parametrize(
    "waits",
    [
        "Your Interview appointment is booked and it is waiting for a confirmation.",
        "The appointment with Ms. Quint is still awaiting confirmation from our team.",
        "Ihr Termin Vorstellungsgespräch ist eingetragen und wartet auf eine Bestätigung.",
        "Votre rendez-vous Entretien est enregistré, il attend une confirmation.",
        "Il suo appuntamento per il colloquio è in attesa di conferma.",
    ],
)
def test_a_booking_waiting_for_confirmation_is_no_invitation(waits: str) -> None:
    body = (
        "Dear Noor Haddad,\n"
        f"{waits}\n\n"
        "Service: Interview\nDate: November 24, 2026\nTime: 10:30 - 11:15\n\n"
        "Kind regards,\nRavensworth Careers\n"
    )
    assert not claimed(_mail("Appointment Pending", body))


@pytest.mark.parametrize(
    ("subject", "line"),
    [
        ("Appointment Rejected", "Your Interview appointment, has been rejected."),
        ("Interview Appointment Rejected", "We could not accept the time you picked."),
        ("Booking request declined", "Ms. Quint could not take this booking."),
        ("Update on your booking", "Su cita de Entrevista, ha sido rechazada."),
    ],
)
def test_a_turned_down_booking_is_no_invitation(subject: str, line: str) -> None:
    body = (
        "Dear Noor Haddad,\n"
        f"{line}\n\n"
        "Service: Interview\nDate: November 24, 2026\nTime: 10:30 - 11:15\n\n"
        "Kind regards,\nRavensworth Careers\n"
    )
    assert not claimed(_mail(subject, body))


def test_a_confirmed_booking_that_asks_for_the_readers_confirmation_stays_one() -> None:
    body = (
        "Dear Noor Haddad,\n"
        "You have successfully scheduled your Interview appointment.\n\n"
        "Service: Interview\nDate: November 24, 2026\nTime: 10:30 - 11:15\n\n"
        "We are waiting for your confirmation that you can attend.\n\n"
        "Kind regards,\nRavensworth Careers\n"
    )
    assert claimed(_mail("Appointment Approved", body))
