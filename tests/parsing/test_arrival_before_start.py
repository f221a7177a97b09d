"""A time to arrive written before the start is not the start.

Every mail here is written for the test. Assessment centres and onsite days give the time
to arrive and the time things begin side by side ("08:45 arrival for a 09:00 start",
"8.30 registration, 9.00 first interview"): the calendar gets the start.
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


def _mail(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Priya Shah <priya.shah@harbourline-example.co.uk>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 +0000"
    message["Subject"] = "Your assessment centre"
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Hi Sam, your assessment centre is confirmed: Wednesday 16 December, 08:45 arrival "
            "for a 09:00 start (UK time), finishing around 12:30.",
            datetime(2026, 12, 16, 9, 0, tzinfo=LONDON),
        ),
        (
            "Dear Sam, we look forward to seeing you for your interview day on Thursday 17 "
            "December: 8.30 registration, 9.00 first interview. Times are UK time.",
            datetime(2026, 12, 17, 9, 0, tzinfo=LONDON),
        ),
    ],
)
def test_the_start_is_not_the_arrival(body: str, start: datetime) -> None:
    parsed = parse_message(_mail(body))
    assert parsed.kind == "invitation"
    assert parsed.start == start


@settings(max_examples=30, deadline=None)
@given(
    hour=st.integers(min_value=8, max_value=15),
    early=st.sampled_from([10, 15, 20, 30]),
    word=st.sampled_from(["arrival", "registration", "check-in"]),
)
def test_any_arrival_slot_gives_way_to_the_start(hour: int, early: int, word: str) -> None:
    """Whatever the hour and the margin, the time after the arrival word's time starts it."""
    arrive = hour * 60 - early
    body = (
        f"Hi Sam, your interview is on Friday 18 December (UK time): {arrive // 60:02d}:"
        f"{arrive % 60:02d} {word} for a {hour:02d}:00 start. Ask for me at reception."
    )
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2026, 12, 18, hour, 0, tzinfo=LONDON), body


@settings(max_examples=40, deadline=None)
@given(
    hour=st.integers(min_value=8, max_value=16),
    early=st.sampled_from([5, 10, 15, 30, 45]),
    style=st.sampled_from(["dots", "colons", "am"]),
)
def test_a_bare_time_for_a_time_is_the_arrival_for_the_start(
    hour: int, early: int, style: str
) -> None:
    """British invitations write "9.45 for 10.00" with no "start": the later time starts it."""
    arrive = hour * 60 - early

    def clock(minutes: int) -> str:
        h, m = divmod(minutes, 60)
        if style == "dots":
            return f"{h}.{m:02d}"
        if style == "colons":
            return f"{h:02d}:{m:02d}"
        return f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}"

    body = (
        "Dear Sam, thank you for applying. We would like to invite you to an interview on "
        f"Friday 18 December, {clock(arrive)} for {clock(hour * 60)}, at our Leeds office."
    )
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2026, 12, 18, hour, 0, tzinfo=LONDON), body


def test_a_time_for_a_length_or_a_far_later_time_stays_the_start() -> None:
    """Only a later time up to an hour on is the start an arrival serves."""
    for body, hour in (
        ("Your interview is on Friday 18 December at 10:00 for 45 minutes.", 10),
        ("Your interview is on Friday 18 December at 10:00 for 30 minutes, then lunch.", 10),
    ):
        parsed = parse_message(_mail("Dear Sam, we would like to invite you. " + body))
        assert parsed.start == datetime(2026, 12, 18, hour, 0, tzinfo=LONDON), body


ARRIVE_AFTER_THE_DATE = [
    "Your interview starts at {start} on Friday 18 December; please arrive at {arrive} to "
    "collect your visitor badge.",
    "La entrevista empieza a las {start} del viernes 18 de diciembre; te pedimos llegar a "
    "las {arrive} para recoger la acreditación.",
    "L'entretien commence à {start} le vendredi 18 décembre ; merci d'arriver à {arrive} à "
    "l'accueil.",
]


@settings(max_examples=30, deadline=None)
@given(
    hour=st.integers(min_value=8, max_value=16),
    early=st.sampled_from([5, 10, 15, 20]),
    form=st.sampled_from(ARRIVE_AFTER_THE_DATE),
)
def test_a_start_before_the_date_beats_an_arrival_after_it(
    hour: int, early: int, form: str
) -> None:
    """The start named before the date holds when the only time after it is the arrival."""
    arrive = hour * 60 - early
    body = "Dear Sam, " + form.format(
        start=f"{hour:02d}:00", arrive=f"{arrive // 60:02d}:{arrive % 60:02d}"
    )
    parsed = parse_message(_mail(body))
    assert parsed.start == datetime(2026, 12, 18, hour, 0, tzinfo=LONDON), body
