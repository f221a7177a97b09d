"""A date column printed as a datetime ("16-12-2026 00:00:00") carries an empty midnight:
HR systems format a date field that way and put the slot's clock beside it or in the next
row. The slot is that clock, never midnight. Fixtures are our own short mails."""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Mon, 07 Dec 2026 09:00:00 +0530"


def _parse(body: str) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "HR Desk <hr@tarangini-systems.example.in>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = SENT
    message["Subject"] = "Interview scheduled: Support Engineer"
    message.set_content(f"Dear Candidate,\n\nYour interview is scheduled.\n\n{body}\n\nHR Team\n")
    return parse_message(message.as_bytes()).to_json_dict()


SHAPES = [
    "Interview Date: {d:02d}-12-2026 00:00:00\nInterview Time: {h:02d}:30 - {e:02d}:00",
    "Schedule: {d:02d}-12-2026 00:00:00 {h:02d}:30:00 - {e:02d}:00:00",
    "Date: 2026-12-{d:02d} 00:00:00\nTime: {h:02d}:30 to {e:02d}:00",
]


@settings(max_examples=40, deadline=None)
@given(
    day=st.integers(min_value=14, max_value=23),
    hour=st.integers(min_value=9, max_value=16),
    shape=st.sampled_from(SHAPES),
)
def test_the_slot_is_the_clock_beside_the_date_not_its_midnight(
    day: int, hour: int, shape: str
) -> None:
    got = _parse(shape.format(d=day, h=hour, e=hour + 1))
    assert str(got["start"]).startswith(f"2026-12-{day:02d}T{hour:02d}:30"), got
    assert str(got["end"]).startswith(f"2026-12-{day:02d}T{hour + 1:02d}:00"), got


def test_a_range_that_starts_at_midnight_keeps_it() -> None:
    """Only a midnight right after a date's digits is a date column's; a night-shift
    assessment written as a range of clocks keeps its hour."""
    got = _parse("Your assessment runs on 15 December 2026, 00:00 - 01:00 IST.")
    assert str(got["start"]).startswith("2026-12-15T00:00"), got
