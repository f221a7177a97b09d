"""Calendar mail in the shapes cal31 added that holds an hour of the reader's for something
other than their own job interview: the welcome on a first working day after the offer, and
the booking of a room or a phone booth (a colleague's room for her interviews with others, a
coworking booth booked for an interview held elsewhere). Interview requests whose titles share
words with them must stay sure.

Fixtures are written for these tests (own words, made-up people). Invariant: the calendar
facts (start, zone, UID, SEQUENCE, METHOD) are the file's whatever the parser decides; only
the confidence drops below 0.5 for a look-alike.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import calendar_mail

SURE = 0.5
START = datetime.fromisoformat("2027-09-01T08:30:00+02:00")
UID = "cal31-test-3@example.com"


def _mail(summary: str, body: str, *, method: str = "REQUEST", subject: str = "") -> ParsedMessage:
    event = [
        "BEGIN:VEVENT",
        f"UID:{UID}",
        "DTSTAMP:20270820T080000Z",
        "DTSTART;TZID=Europe/Vienna:20270901T083000",
        "DTEND;TZID=Europe/Vienna:20270901T100000",
        "SEQUENCE:0",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=Petra Huber:mailto:p.huber@firm.example",
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Robin:mailto:robin@inbox.example",
        "END:VEVENT",
    ]
    raw = calendar_mail(
        subject or summary,
        body,
        event,
        method=method,
        sender="Petra Huber <p.huber@firm.example>",
        to="Robin <robin@inbox.example>",
        date="Fri, 20 Aug 2027 10:00:00 +0200",
    )
    return parse_message(raw)


def _facts_kept(got: ParsedMessage, method: str) -> None:
    assert got.start == START
    assert got.timezone == "Europe/Vienna"
    assert got.uid == UID
    assert got.sequence == 0
    assert got.method == method


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        ("Willkommensfrühstück – erster Arbeitstag", "Wir freuen uns auf Ihren Start bei uns!"),
        ("Welcome breakfast – your first day", "Looking forward to having you on the team."),
        ("Accueil et café – votre premier jour", "Nous avons hâte de vous accueillir."),
        ("Onboarding – IT und Zugangskarte", "Bitte bringen Sie Ihren Ausweis mit."),
    ],
)
def test_a_first_working_day_is_no_interview(summary: str, body: str) -> None:
    got = _mail(summary, body)
    _facts_kept(got, "REQUEST")
    assert got.confidence < SURE


@pytest.mark.parametrize(
    ("summary", "body", "method"),
    [
        (
            "Raumbuchung: Bewerbergespräche Buchhaltung",
            "Zur Info: Raum 3.01 ist für meine Bewerbergespräche gebucht.",
            None,
        ),
        (
            "Buchung: Telefonbox 3 – Coworking Hafen",
            "Deine Buchung ist bestätigt. Viel Erfolg bei deinem Vorstellungsgespräch!",
            "PUBLISH",
        ),
        (
            "Room booking: Meeting room Oak – interviews",
            "FYI I have the room for my interviews with the candidates that morning.",
            "REQUEST",
        ),
        ("Réservation : salle Lumière", "Votre réservation est confirmée.", "PUBLISH"),
    ],
)
def test_a_room_booking_is_no_interview(summary: str, body: str, method: str | None) -> None:
    got = _mail(summary, body, method=method or "")
    assert got.start == START
    assert got.uid == UID
    assert got.method == method
    assert got.confidence < SURE


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        ("Interview – Backend Developer", "See you on the first day of our interviews."),
        ("Vorstellungsgespräch – Raum 3.01", "Wir haben Raum 3.01 für unser Gespräch gebucht."),
        ("Booking: Interview with Northwind", "Your interview is booked."),
        ("Interview: start date and contract questions", "Let us talk about your start date."),
    ],
)
def test_interview_requests_with_those_words_stay_sure(summary: str, body: str) -> None:
    got = _mail(summary, body)
    _facts_kept(got, "REQUEST")
    assert got.kind == "invitation"
    assert got.confidence >= SURE
