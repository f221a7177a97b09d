"""Recruiting-process times that book nothing (timeline25).

A hiring timeline's "we will reach out to shortlisted candidates by Friday at 5pm", a list of
three or more clock times on one day to choose from ("10am, 11am and 2pm"), a practice call
with the reader's career coach and an office closing for the holidays name a day and an hour
beside hiring words, and none of them is the reader's interview: none is claimed (confidence
below 0.5). The same senders booking a slot, with a "please confirm by" deadline beside it,
stay invitations at that slot.
"""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

SENT = "Wed, 02 Dec 2026 10:15:00 -0500"


def _parse(body: str, subject: str = "Your application") -> dict:
    message = EmailMessage()
    message["From"] = "Jordan Pike <jordan.pike@cobaltreach.example>"
    message["To"] = "Alex Morgan <alex.morgan@mailbox.example>"
    message["Date"] = SENT
    message["Subject"] = subject
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


def _unclaimed(got: dict) -> bool:
    return got["kind"] != "invitation" or float(str(got["confidence"])) < 0.5


def _hour(h: int) -> str:
    return f"{h % 12 or 12}{'am' if h < 12 else 'pm'}"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["reach out to shortlisted candidates", "be in touch with everyone"]),
    st.integers(9, 17),
)
def test_when_they_will_answer_is_no_slot(verb: str, hour: int) -> None:
    got = _parse(
        "Hi Sam,\nInterviews for this role will take place the week of December 14. We will "
        f"{verb} by Friday, December 11 at {_hour(hour)}.\n\nJordan"
    )
    assert _unclaimed(got)


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.integers(9, 16), min_size=3, max_size=4, unique=True),
    st.sampled_from(["and", "or"]),
)
def test_three_times_on_one_day_are_options(hours: list[int], joiner: str) -> None:
    listed = ", ".join(_hour(h) for h in sorted(hours)[:-1])
    got = _parse(
        f"We have interview slots on Thursday Dec 10 at {listed} {joiner} "
        f"{_hour(sorted(hours)[-1])} ET. Please reply with the one that suits you best."
    )
    assert _unclaimed(got)


@settings(max_examples=10, deadline=None)
@given(st.integers(13, 17))
def test_a_booked_slot_with_a_confirm_by_time_stays_an_invitation(hour: int) -> None:
    got = _parse(
        f"Hi Alex,\n\nYour interview is on Thursday, December 10 at {_hour(hour)} with our "
        "marketing director (45 minutes, Google Meet: https://meet.example/abc-1234). Please "
        "confirm by Friday 5pm.\n\nJordan",
        subject="Interview confirmed",
    )
    assert got["kind"] == "invitation"
    assert got["start"] == f"2026-12-10T{hour:02d}:00:00-05:00"
    assert float(str(got["confidence"])) >= 0.5


def test_a_prep_call_with_the_career_coach_is_not_claimed() -> None:
    got = _parse(
        "Reminder: interview prep call with your career coach tomorrow at 5pm. Bring your "
        "questions!",
        subject="Reminder: interview prep call",
    )
    assert _unclaimed(got)


def test_an_office_reopening_after_the_holidays_is_not_claimed() -> None:
    got = _parse(
        "Dear Alex,\n\nPlease note that our offices close for Christmas at 5pm on Wednesday 23 "
        "December and reopen at 9am on Monday 4 January. Interviews will be arranged after we "
        "return.\n\nPeople Team"
    )
    assert _unclaimed(got)
