"""Booking notices: pending bookings, waiting lists, change logs and status changes (ats30).

- A booking the business still has to confirm ("Your appointment is pending", "It will be
  confirmed shortly") holds no slot yet: it is not an invitation the reader can rely on.
- A reader who is only on the waiting list ("You are now on the waiting list of:", "Sie sind
  nun auf der Warteliste", "Vous êtes maintenant sur la liste d'attente", "Booking status:
  Waiting list") holds no place; being promoted from the waiting list is a place.
- A copy to the booking manager that someone else booked ("Neue Buchung für … von …") is
  the host's notice, not the reader's own slot.
- A change log that marks the old value "[DELETED]" and the new one "[NEW]" moved the slot:
  the new one is read, and the mail is a move.
- A subject about a status ("Booking status has changed", "Buchungstatus … geändert") says
  nothing about the time moving.

Mails here are our own short ones, not the corpus files.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.header import Header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(body: str, subject: str, *, date: str = "Mon, 05 Oct 2026 09:00:00 +0100") -> bytes:
    return (
        "From: Bookings <bookings@fernhill-staffing.example>\r\n"
        "To: Robin Vale <robin.vale@inbox.example>\r\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + body.replace("\n", "\r\n")
    ).encode()


def _claims(raw: bytes) -> bool:
    got = parse_message(raw)
    return got.kind != "not_invitation" and got.confidence >= 0.5


@settings(max_examples=15, deadline=None)
@given(
    day=st.integers(min_value=12, max_value=30),
    hour=st.integers(min_value=8, max_value=17),
    pending=st.sampled_from(
        [
            "It will be confirmed shortly, we will e-mail you once it is.",
            "Your interview booking is pending. The recruiter will be in touch.",
            "This appointment is still pending; you will hear from us soon.",
        ]
    ),
)
def test_a_booking_still_to_be_confirmed_is_no_invitation(
    day: int, hour: int, pending: str
) -> None:
    when = datetime(2026, 10, day, hour, 30)
    body = (
        "Hello Robin,\n\n"
        f"You requested an interview with Fernhill Staffing on {when:%B} {day}, 2026 at "
        f"{when:%H:%M}.\n{pending}\n\nKind regards,\nFernhill Staffing\n"
    )
    assert not _claims(_mail(body, "Your interview request"))


def test_a_confirmed_booking_is_still_an_invitation() -> None:
    body = (
        "Hello Robin,\n\nYour interview with Fernhill Staffing is confirmed for October 20, "
        "2026 at 14:30 (Europe/London).\n\nKind regards,\nFernhill Staffing\n"
    )
    got = parse_message(_mail(body, "Interview confirmed"))
    assert got.kind == "invitation"
    assert got.start is not None
    assert got.start.hour == 14


@pytest.mark.parametrize(
    ("subject", "lead"),
    [
        ("Waiting list: panel interview", "You are now on the waiting list of:"),
        ("Warteliste: Vorstellungsgespräch", "Sie sind nun auf der Warteliste von:"),
        ("Liste d'attente : entretien", "Vous êtes maintenant sur la liste d'attente de :"),
        ("Your booking", "Thanks for booking.\nBooking status: Waiting list"),
    ],
)
def test_a_place_on_the_waiting_list_is_no_invitation(subject: str, lead: str) -> None:
    body = f"{lead}\nPanel interview - Logistics Planner\n22 October 2026, 10:00 - 11:00\n"
    assert not _claims(_mail(body, subject))


def test_promotion_from_the_waiting_list_is_a_place() -> None:
    body = (
        "You have been promoted from the wait list to a confirmed place for the interview:\n"
        "Panel interview - Logistics Planner\nOctober 22, 2026, 10:00 - 11:00\n"
    )
    got = parse_message(_mail(body, "Interview confirmed: Logistics Planner"))
    assert got.kind == "invitation"


def test_a_managers_copy_of_someone_elses_booking_is_no_invitation() -> None:
    body = (
        "Ihre Buchung wurde registriert:\nVorstellungsgespräch Einkauf\n"
        "Termine: 10. November 2026, 09:30 - 10:30\nBuchungsstatus: Gebucht\n"
        "Teilnehmer: Jonas Weber\n"
    )
    raw = _mail(body, "Neue Buchung für Vorstellungsgespräch Einkauf von Jonas Weber")
    assert not _claims(raw)


@settings(max_examples=15, deadline=None)
@given(
    marks=st.sampled_from(
        [
            ("Dates", "[DELETED]", "[NEW]"),
            ("Termine", "[GELÖSCHT]", "[NEU]"),
            ("Dates", "[SUPPRIMÉ]", "[NOUVEAU]"),
        ]
    ),
    shift=st.sampled_from([timedelta(hours=2), timedelta(days=1), timedelta(days=2, hours=3)]),
)
def test_a_change_log_moves_to_the_new_value(marks: tuple[str, str, str], shift: timedelta) -> None:
    label, old_mark, new_mark = marks
    old = datetime(2026, 11, 16, 10, 0)
    new = old + shift

    def row(at: datetime) -> str:
        return f"{at.day}.{at.month:02d}.{at.year}, {at:%H:%M} - {at + timedelta(minutes=45):%H:%M}"

    body = (
        'Your booking "Interview - Logistics Planner" has changed.\n'
        f"{label}: {old_mark} {row(old)}\n{new_mark} {row(new)}\n"
    )
    got = parse_message(_mail(body, "Change notification for Interview - Logistics Planner"))
    assert got.kind == "reschedule"
    assert got.start is not None
    assert (got.start.day, got.start.hour) == (new.day, new.hour)


@pytest.mark.parametrize(
    "subject",
    [
        "Buchungstatus für Vorstellungsgespräch Einkauf geändert",
        "Status geändert: Vorstellungsgespräch Einkauf",
    ],
)
def test_a_status_change_is_no_move(subject: str) -> None:
    body = (
        "Guten Tag, Robin!\nIhr Buchungsstatus hat sich geändert.\nIhr Buchungsstatus: Gebucht\n"
        "Buchungsoption: Vorstellungsgespräch Einkauf\n"
        "Termin: 26.01.2027 15:30 - 26.01.2027 16:15\n"
    )
    got = parse_message(_mail(body, subject, date="Mon, 18 Jan 2027 09:00:00 +0100"))
    assert got.kind == "invitation"
