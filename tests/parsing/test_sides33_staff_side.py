"""The staff side of someone else's interview: a booking tool's copy for the person who
hosts it (the customer block names someone else, "a new appointment was added to your
plan", "a new event has been scheduled"), and a coordinator's note to an interviewer (the
candidates' CVs, the reader cast as an interviewer or held for the panel). Controls: the
candidate's own copy of the same booking and the candidate's invitation naming the
interviewers stay claimed.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail

DATE = "Mon, 11 Jan 2027 09:10:00 +0100"
SENDER = "Bookings <noreply@bookings.example>"


def _mail(subject: str, body: str, to: str) -> bytes:
    return plain_mail(subject, body, sender=SENDER, to=to, date=DATE)


_BOOKING = (
    "{lead}\n\nAppointment details\n\nService Interview\nStart 20/01/2027 10:00\n"
    "End 20/01/2027 10:45\n\n{heading}\n\n{name} {who}\nEmail {mail}\n"
)


@pytest.mark.parametrize(
    ("heading", "name_label"),
    [
        ("Customer Details", "Name"),
        ("Kundendaten", "Name"),
        ("Informations client", "Nom"),
        ("Szczegóły Klienta", "Nazwisko"),
        ("Asiakastiedot", "Nimi"),
    ],
)
def test_customer_block_naming_someone_else_is_not_the_readers(
    heading: str, name_label: str
) -> None:
    body = _BOOKING.format(
        lead="The booking below is confirmed.",
        heading=heading,
        name=name_label,
        who="Rosa Delgado",
        mail="rosa.delgado@inbox.example",
    )
    staff = _mail("Interview booking", body, "Jonas Berger <jonas.berger@firm.example>")
    assert not claimed(staff)
    own = _mail("Interview booking", body, "Rosa Delgado <rosa.delgado@inbox.example>")
    assert claimed(own)


@pytest.mark.parametrize(
    "lead",
    [
        "A new appointment has been added to your schedule.",
        "Ein neuer Termin ist zu Ihrer Planung hinzugefügt worden.",
        "Nowa wizyta została dodana do twojego terminarza.",
        "Planınıza yeni bir randevu eklendi.",
    ],
)
def test_new_booking_on_your_plan_is_the_hosts_copy(lead: str) -> None:
    body = (
        f"{lead}\n\nWhat: Interview\nWhen: Wednesday 20 January 2027, 10:00 - 10:45\n"
        "Where: Room 2\n"
    )
    assert not claimed(_mail(lead, body, "Jonas Berger <jonas.berger@firm.example>"))


def test_event_titled_by_the_attendee_is_the_hosts_copy() -> None:
    body = (
        "A new event has been scheduled.\n\nWhat: Interview between Jonas Berger and Rosa "
        "Delgado\nWhen: Wednesday, January 20, 2027 | 10:00am - 10:45am (Europe/Berlin)\n"
    )
    host = _mail(
        "New event: Rosa Delgado - 10:00am, Wednesday, January 20, 2027 - Interview",
        body,
        "Jonas Berger <jonas.berger@firm.example>",
    )
    assert not claimed(host)
    guest = _mail(
        "Confirmed: Interview with Jonas Berger at 10:00am, Wednesday, January 20, 2027",
        body.replace("A new event has been scheduled.", "Your event has been scheduled"),
        "Rosa Delgado <rosa.delgado@inbox.example>",
    )
    assert claimed(guest)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Thursday interviews",
            "Hi Jonas,\n\nThursday 21 January:\n\n10:00 Rosa Delgado\n11:30 Omar Haddad\n\n"
            "The CVs are in the shared drive.\n\nThanks,\nMia\n",
        ),
        (
            "Torstain haastattelut",
            "Hei Jonas,\n\ntorstaina 21.1. klo 10.00 tulee Rosa Delgado. Olet mukana "
            "toisena haastattelijana.\n\nTerveisin\nMia\n",
        ),
        (
            "Jadwal panel Kamis",
            "Halo Pak Jonas,\n\nKamis, 21 Januari pukul 10.00 ada kandidat Rosa Delgado. "
            "Bapak mewawancarai bagian teknis.\n\nTerima kasih,\nMia\n",
        ),
        (
            "Jury du 21 janvier",
            "Bonjour Jonas,\n\npeux-tu bloquer ton agenda le jeudi 21 janvier de 10h à 12h "
            "pour le jury ?\n\nMerci,\nMia\n",
        ),
        (
            "Banca de quinta",
            "Oi Jonas,\n\npor favor bloqueie sua agenda na quinta, 21 de janeiro, às 10h "
            "para a banca.\n\nAbraço,\nMia\n",
        ),
    ],
)
def test_coordinator_note_to_an_interviewer_is_not_the_readers(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body, "Jonas Berger <jonas.berger@firm.example>"))


@pytest.mark.parametrize(
    "body",
    [
        "Hi Rosa,\n\nWe'd like to invite you to an interview on Thursday 21 January at 10:00.\n"
        "You will meet Jonas Berger and Mia Lund. Please bring your CV.\n\nBest,\nMia\n",
        "Hei Rosa,\n\nkutsumme sinut haastatteluun torstaina 21.1. klo 10.00. "
        "Haastattelijat: Jonas Berger ja Mia Lund.\n\nTerveisin\nMia\n",
    ],
)
def test_candidates_own_invitation_naming_interviewers_stays_claimed(body: str) -> None:
    assert claimed(_mail("Interview invitation", body, "Rosa Delgado <rosa.d@inbox.example>"))
