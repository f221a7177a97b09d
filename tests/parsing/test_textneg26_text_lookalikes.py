"""Text-only mail with a future time that is not the reader's job interview.

Every mail here is written for the test. A booking page's first free slots, the reader
asking to move, a probation or half-year review at the current job, an office that will be
closed, an optician's eye test or a coach's free call name a day and a clock time beside
scheduling words: the parser must not claim them as the reader's interview (confidence
below 0.5, with a warning saying why). The same shapes setting the reader's interview keep
their start and stay sure.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

BERLIN = ZoneInfo("Europe/Berlin")
DAYS_DE = {16: "Montag", 17: "Dienstag", 18: "Mittwoch", 19: "Donnerstag", 20: "Freitag"}
DAYS_EN = {16: "Monday", 17: "Tuesday", 18: "Wednesday", 19: "Thursday", 20: "Friday"}


def _mail(subject: str, body: str, *, sender: str = "Nora Lind <nora@kestrel-hr.example>") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Sam Ortiz <sam@mailbox.example>"
    message["Date"] = "Mon, 09 Nov 2026 09:00:00 +0100"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


LOOKALIKES = [
    (
        "Termin für ein erstes Telefonat",
        "Hallo Sam,\n\nüber den Link unten können Sie sich selbst einen Termin aussuchen: "
        "https://termine.kestrel-hr.example/nora\n\nFreie Zeiten gibt es ab Dienstag, 17. "
        "November, 10:00 Uhr.\n\nGrüße\nNora",
    ),
    (
        "Scegli il tuo slot",
        "Ciao Sam,\n\ni primi slot liberi sono mercoledì 18 novembre alle 14:00 e alle 15:00: "
        "https://prenota.kestrel-hr.example\n\nNora",
    ),
    (
        "AW: Gespräch am Donnerstag",
        "Hallo Frau Lind,\n\nleider bin ich am Donnerstag, 19. November, um 11:00 Uhr "
        "verhindert. Wäre es möglich, das Gespräch auf Freitag zu verschieben?\n\nGrüße\nSam",
    ),
    (
        "RE: Gesprek dinsdag",
        "Beste Nora,\n\nHelaas kan ik dinsdag 17 november om 10.00 uur niet. Is het mogelijk "
        "het gesprek te verzetten naar woensdag?\n\nGroet,\nSam",
    ),
    (
        "Your probation review",
        "Hi Sam,\n\nYour probation review with me is on Wednesday 18 November at 14:00 in "
        "room 2. Please fill in the self-assessment first.\n\nNora",
    ),
    (
        "Reunión de seguimiento semestral",
        "Hola Sam:\n\nTe convoco a la reunión de seguimiento semestral el jueves 19 de "
        "noviembre a las 12:00 en la sala 3.\n\nNora",
    ),
    (
        "Office closure",
        "Dear all,\n\nThe office will be closed from Friday 20 November at 13:00 while the "
        "lifts are replaced.\n\nFacilities",
    ),
    (
        "Your eye test",
        "Hello Sam,\n\nYour eye test at Kestrel Opticians is on Tuesday 17 November at 10:40. "
        "Please bring your glasses.",
    ),
    (
        "Confirmed: your free 20-minute strategy call",
        "Hi Sam,\n\nYour free 20-minute strategy call is booked for Thursday 19 November at "
        "18:00. We'll see whether our coaching programme suits you.\n\nNora",
    ),
]


@pytest.mark.parametrize(("subject", "body"), LOOKALIKES)
def test_text_lookalikes_are_not_claimed(subject: str, body: str) -> None:
    parsed = parse_message(_mail(subject, body))
    claimed = parsed.kind == "invitation" and parsed.confidence >= 0.5
    assert not claimed, (parsed.kind, parsed.confidence, parsed.warnings)
    assert parsed.warnings


CONTROLS = [
    (
        "Einladung zum Vorstellungsgespräch",
        "Hallo Sam,\n\nwir laden Sie zu einem Vorstellungsgespräch am Dienstag, 17. November, "
        "um 10:00 Uhr in unser Büro in der Hafenstraße 4 ein.\n\nGrüße\nNora Lind",
        datetime(2026, 11, 17, 10, 0, tzinfo=BERLIN),
    ),
    (
        "Interview invitation",
        "Hi Sam,\n\nWe'd like to invite you to an interview with our data lead on Wednesday "
        "18 November at 14:00 at our office, 4 Harbour Street.\n\nBest,\nNora Lind",
        datetime(2026, 11, 18, 14, 0, tzinfo=BERLIN),
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), CONTROLS)
def test_short_interview_invitations_stay_sure(subject: str, body: str, start: datetime) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "invitation"
    assert parsed.start == start
    assert parsed.confidence >= 0.5


@settings(max_examples=20, deadline=None)
@given(day=st.sampled_from(sorted(DAYS_EN)), hour=st.integers(min_value=9, max_value=17))
def test_a_free_session_is_never_an_interview(day: int, hour: int) -> None:
    body = (
        f"Hi Sam,\n\nYour free 30-minute discovery call is booked for {DAYS_EN[day]} {day} "
        f"November at {hour}:00. We'll look at whether our package is right for you.\n\nNora"
    )
    parsed = parse_message(_mail("Your discovery call", body))
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)


@settings(max_examples=20, deadline=None)
@given(day=st.sampled_from(sorted(DAYS_DE)), hour=st.integers(min_value=9, max_value=17))
def test_the_readers_own_clash_books_nothing(day: int, hour: int) -> None:
    body = (
        f"Sehr geehrte Frau Lind,\n\nleider bin ich am {DAYS_DE[day]}, {day}. November, um "
        f"{hour}:00 Uhr verhindert. Wäre es möglich, das Gespräch zu verschieben?\n\nSam Ortiz"
    )
    parsed = parse_message(
        _mail("AW: Ihr Vorstellungsgespräch", body, sender="Sam Ortiz <sam@mailbox.example>")
    )
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)
