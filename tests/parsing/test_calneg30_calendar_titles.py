"""Calendar requests in the shapes calneg30 added that book an hour of the reader's for
something other than their own job interview: a manager's 1:1, a quarter's planning or
review, a project kick-off, an appraisal, a vendor's demonstration, a hairdresser's or a
dentist's chair, a volunteer's shift, a speaker's slot; and the terse interview requests the
same producers send, which must stay sure.

Fixtures are written for these tests (own words, made-up people). Invariant: whatever the
parser decides about the claim, the calendar facts (start, end, zone, UID, SEQUENCE, METHOD)
are the file's; only the confidence drops below 0.5 for a look-alike, and an interview
request (a hiring word in its title or mail, or a terse "Alex / Maria") stays at or above it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message

SURE = 0.5
START = datetime.fromisoformat("2027-03-16T10:00:00+01:00")
END = datetime.fromisoformat("2027-03-16T11:00:00+01:00")


def _mail(
    summary: str, body: str, *, reader: str = "Robin", subject: str | None = None
) -> ParsedMessage:
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Test//calneg30//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:calneg30-test-7@example.com",
            "DTSTAMP:20270301T090000Z",
            "DTSTART;TZID=Europe/Berlin:20270316T100000",
            "DTEND;TZID=Europe/Berlin:20270316T110000",
            "SEQUENCE:0",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Ada Riva:mailto:ada.riva@firm.example",
            f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={reader}:mailto:robin@inbox.example",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    raw = (
        "From: Ada Riva <ada.riva@firm.example>\r\n"
        f"To: {reader} <robin@inbox.example>\r\n"
        f"Subject: {subject or summary}\r\n"
        "Date: Mon, 01 Mar 2027 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        "--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        f"{calendar}\r\n"
        "--b--\r\n"
    ).encode()
    return parse_message(raw)


def _facts_kept(got: ParsedMessage) -> None:
    assert got.start == START
    assert got.end == END
    assert got.timezone == "Europe/Berlin"
    assert got.uid == "calneg30-test-7@example.com"
    assert got.sequence == 0
    assert got.method == "REQUEST"


@pytest.mark.parametrize(
    "summary",
    [
        "1:1 Ada / Robin",
        "Weekly one-on-one",
        "Point hebdo – Ada / Robin",
        "Kwartaalplanning Q2 – team Data",
        "Revue trimestrielle – pôle Finance",
        "Kick-off progetto Delta",
        "Planowanie kwartalne działu",
    ],
)
def test_a_workplace_routine_goes_to_review_with_its_slot(summary: str) -> None:
    got = _mail(summary, "Hi, putting this in the calendar as discussed.")
    _facts_kept(got)
    assert got.confidence < SURE


@pytest.mark.parametrize(
    "summary",
    [
        "Jahresgespräch 2027",
        "Mitarbeitergespräch – Zielvereinbarung",
        "Annual review – Robin",
        "Functioneringsgesprek Q1",
        "Entretien annuel d'évaluation",
    ],
)
def test_an_appraisal_at_the_current_job_goes_to_review(summary: str) -> None:
    got = _mail(summary, "Bitte den Bogen vorher ausfüllen.")
    _facts_kept(got)
    assert got.confidence < SURE


@pytest.mark.parametrize(
    "summary",
    [
        "Démonstration Kalibra – découverte",
        "Demonstração: Plataforma Fluxa",
        "Demostración del producto Nubia",
        "Coupe + couleur – Salon Iris",
        "Termin beim Friseur",
        "Zahnreinigung – Praxis Dr. Lenz",
        "Volunteer shift: library book sale",
        "Vrijwilligersdienst buurthuis",
        "Speaker slot: Caching at scale",
    ],
)
def test_a_vendor_a_chair_a_shift_or_a_talk_goes_to_review(summary: str) -> None:
    got = _mail(summary, "See you there.")
    _facts_kept(got)
    assert got.confidence < SURE


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        (
            "Alex / Maria",
            "Hi Alex, thanks for applying to the Analyst role. Here is the invite for our chat.",
        ),
        ("Chat with Northwind", "Thanks for your application to the Support Engineer opening!"),
        (
            "Acme <> Alex",
            "Thanks for applying to the Solutions Engineer role. This first interview is with me.",
        ),
        ("Vorstellungsgespräch – Salon Iris", "Danke für Ihre Bewerbung als Friseurin."),
        ("Interview: kick-off of your application", "Thanks for applying, let's talk."),
    ],
)
def test_an_interview_request_stays_sure(summary: str, body: str) -> None:
    got = _mail(summary, body)
    _facts_kept(got)
    assert got.kind == "invitation"
    assert got.confidence >= SURE


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Robin", "Candidate", "Kandidat", "Candidat", "Mia", "Jonas"]))
def test_the_readers_own_name_never_clears_a_one_to_one(reader: str) -> None:
    """A mailbox whose name is an interview word ("Candidate") is still the reader's own name:
    a 1:1 titled with it is a workplace routine."""
    got = _mail(f"1:1 Ada / {reader}", "Weekly catch-up.", reader=reader)
    _facts_kept(got)
    assert got.confidence < SURE


@pytest.mark.parametrize("summary", ["Conseil d'école – école Pasteur", "授業参観（2年1組）"])
def test_a_school_council_or_open_class_goes_to_review(summary: str) -> None:
    got = _mail(summary, "Merci de votre présence.")
    _facts_kept(got)
    assert got.confidence < SURE


@pytest.mark.parametrize(
    "summary",
    [
        "NH 245 羽田 → 福岡",
        "IC 2013 Köln Hbf → Hamburg Hbf",
        "U2 4410 Lyon -> Porto",
        "Cena da Marta",
    ],
)
def test_a_journey_leg_or_a_friends_dinner_goes_to_review(summary: str) -> None:
    got = _mail(summary, "Buon viaggio!")
    _facts_kept(got)
    assert got.confidence < SURE


def test_an_interview_titled_with_a_journey_stays_sure() -> None:
    """A hiring word beside the arrow ("Interview Round 2 → final") clears the title."""
    got = _mail("Interview AB 12 → final round", "Thanks for applying to the Analyst role.")
    _facts_kept(got)
    assert got.confidence >= SURE
