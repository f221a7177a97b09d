"""Everyday bookings and someone else's appointments are not the reader's interview.

Every mail here is written for the test. A visit to a specialist or a lab, a practice's
reminder to its patient, goods to collect at a library's kerb, a room booked in a
room-booking system and a relative's appointment all name a day and a clock time beside
"appointment", "booked", "scheduled" or "meeting": the parser must not claim them as the
reader's interview (confidence below 0.5, with a warning). The same shapes setting the
reader's interview keep their start and stay sure, and a recruiter confirming an interview
after a phone call is not read as a note after an interview.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

LONDON = ZoneInfo("Europe/London")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
DAYS_EN = {16: "Monday", 17: "Tuesday", 18: "Wednesday", 19: "Thursday", 20: "Friday"}
RELATIVES = ["Mum", "Dad", "Grandma", "Mom", "Granny"]
CLINICS = ["Elm Street", "Royal", "Harbour", "Westgate", "Park Lane"]


def _mail(
    subject: str,
    body: str,
    *,
    sender: str = "Rhea Voss <rhea@lantern-mail.example>",
    date: str = "Mon, 09 Nov 2026 09:00:00 +0000",
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Sam Ortiz <sam@mailbox.example>"
    message["Date"] = date
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


LOOKALIKES = [
    (
        "Reminder from Elm Street Surgery",
        "Patient Sam Ortiz has an appointment with Dr Hale at 10:20 AM on 18-Nov.\n\n"
        "Call us if you cannot attend.",
        "+0000",
    ),
    (
        "You have scheduled a curbside pickup for Brookside Library",
        "You have a curbside pickup scheduled for 2026-11-19 15:30 at Brookside Library.\n\n"
        "Any holds waiting for you at the pickup time will be included in this pickup. At "
        "this time, that list includes:\n* Clean Code, Martin, Robert (31234000551230)\n\n"
        "Once you have arrived, please call your library.",
        "+0000",
    ),
    (
        "Entry added for Foundry Cowork MRBS",
        "A new entry has been booked by Sam Ortiz, here are the details:\n\n"
        "Brief description: Team meeting\nRoom: First floor - Meeting Room Oak\n"
        "Start time: Wednesday 18 November 2026 at 14:00\nDuration: 1 hours\n",
        "+0000",
    ),
    (
        "Mum on Thursday",
        "Hi Sam,\n\nMum's appointment is confirmed for Thursday 19 November at 2:30pm at the "
        "Royal Infirmary. I have a meeting at work then - could you take her?\n\nRhea",
        "+0000",
    ),
    (
        "Vovó na quarta",
        "Oi, filho!\n\nA consulta da sua avó ficou marcada para quarta-feira, 18/11, às 10h, na "
        "clínica da Rua Augusta. Eu tenho reunião no trabalho nesse horário, você consegue "
        "levar ela?\n\nBeijos,\nMãe",
        "-0300",
    ),
    (
        "Papa",
        "Bhai,\n\nPapa ka appointment confirm ho gaya hai - Monday 16 Nov, 11:30 am, Fortis, "
        "OPD block. Meeting hai kya tera?\n\nRohit",
        "+0530",
    ),
]


@pytest.mark.parametrize(("subject", "body", "offset"), LOOKALIKES)
def test_everyday_bookings_are_not_claimed(subject: str, body: str, offset: str) -> None:
    parsed = parse_message(_mail(subject, body, date=f"Mon, 09 Nov 2026 09:00:00 {offset}"))
    claimed = parsed.kind == "invitation" and parsed.confidence >= 0.5
    assert not claimed, (parsed.kind, parsed.confidence, parsed.warnings)
    assert parsed.warnings


CONTROLS = [
    (
        "Interview confirmed - Analyst",
        "Hi Sam,\n\nThank you for your time on the phone. I'm pleased to confirm your "
        "interview for the Analyst role:\n\nDate: Wednesday 18 November 2026\nTime: 11:00\n"
        "Location: 4 Dock Road, Leeds\n\nBest regards,\nRhea Voss",
        datetime(2026, 11, 18, 11, 0, tzinfo=LONDON),
    ),
    (
        "Interview with Dr Hale - Cardiology Nurse",
        "Hi Sam,\n\nWe'd like to invite you to an interview for the Cardiology Staff Nurse post "
        "on Thursday 19 November at 10:00 at St Anne's, outpatients building.\n\nRhea Voss",
        datetime(2026, 11, 19, 10, 0, tzinfo=LONDON),
    ),
]


CONTROLS += [
    (
        "Paediatric Nurse position - next steps",
        "Hi Sam,\n\nThanks for applying. We would like to invite you to meet our ward manager "
        "on Tuesday 17 November at 10:00 on Ward 6, St Anne's.\n\nRhea Voss",
        datetime(2026, 11, 17, 10, 0, tzinfo=LONDON),
    ),
    (
        "Radiology Technician - next steps",
        "Hi Sam,\n\nThanks for applying. We would like to invite you to meet our imaging lead "
        "on Wednesday 18 November at 14:00 at the Royal.\n\nRhea Voss",
        datetime(2026, 11, 18, 14, 0, tzinfo=LONDON),
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), CONTROLS)
def test_interviews_in_the_same_words_stay_sure(subject: str, body: str, start: datetime) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "invitation"
    assert parsed.start == start
    assert parsed.confidence >= 0.5, parsed.warnings


def test_a_brazilian_interview_keeps_its_time() -> None:
    body = (
        "Olá Sam,\n\nSua entrevista com a gestora está confirmada para quarta-feira, 18/11, "
        "às 10h, na Rua Augusta 500.\n\nAbraços,\nRhea"
    )
    parsed = parse_message(
        _mail("Entrevista confirmada", body, date="Mon, 09 Nov 2026 09:00:00 -0300")
    )
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(2026, 11, 18, 10, 0, tzinfo=SAO_PAULO)
    assert parsed.confidence >= 0.5


@settings(max_examples=20, deadline=None)
@given(
    relative=st.sampled_from(RELATIVES),
    clinic=st.sampled_from(CLINICS),
    day=st.sampled_from(sorted(DAYS_EN)),
    hour=st.integers(min_value=9, max_value=16),
)
def test_a_relatives_appointment_is_never_an_interview(
    relative: str, clinic: str, day: int, hour: int
) -> None:
    body = (
        f"Hi Sam,\n\n{relative}'s appointment is confirmed for {DAYS_EN[day]} {day} November "
        f"at {hour}:30 at the {clinic} clinic. I have a meeting at work then - could you "
        "take her?\n\nRhea"
    )
    parsed = parse_message(_mail(f"{relative} on {DAYS_EN[day]}", body))
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)


@settings(max_examples=20, deadline=None)
@given(day=st.sampled_from(sorted(DAYS_EN)), hour=st.integers(min_value=8, max_value=17))
def test_a_booked_room_is_never_an_interview(day: int, hour: int) -> None:
    body = (
        "A new entry has been booked by Sam Ortiz, here are the details:\n\n"
        f"Brief description: Meeting\nRoom: Ground floor - Room {day}\n"
        f"Start time: {DAYS_EN[day]} {day} November 2026 at {hour}:00\nDuration: 2 hours\n"
    )
    parsed = parse_message(_mail("Entry added for Hub MRBS", body))
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5)
