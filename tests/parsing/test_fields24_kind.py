"""Kind of a mail whose time a look-alike check names as something else's (fields24).

A decision date, a webinar, a panel you sit on: the check says what the time is, so the
mail is no invitation. Its time is kept, below the review line, as for a mail with no
invitation words. A plain invitation stays one.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.parser import Kind, _something_else
from tests.parsing.mailkit import plain_mail

SENDER = "Ilse Brandt <ilse.brandt@kranwerk.example>"


def _parse(subject: str, body: str) -> dict[str, object]:
    return parse_message(
        plain_mail(
            subject,
            body,
            sender=SENDER,
            to="sam.reed@mailbox.example",
            date="Tue, 09 Mar 2027 08:15:00 +0000",
        )
    ).to_json_dict()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application",
            "Hi Sam,\n\nthank you for interviewing with us. The hiring committee will make a "
            "decision on Friday 19 March 2027 at 17:00 and we will let you know.\n\nIlse\n",
        ),
        (
            "Webinar: how we hire",
            "Hello,\n\nJoin our free webinar on how we interview engineers on Thursday "
            "18 March 2027 at 14:00 CET. Register at the link below.\n\nKranwerk\n",
        ),
        (
            "Interview panel",
            "Hi Sam,\n\nyou are on the interview panel for our candidate Maria Lopez on "
            "Thursday 18 March 2027 at 14:00 CET. Please review her CV beforehand.\n\nIlse\n",
        ),
    ],
)
def test_time_named_as_something_else_is_no_invitation(subject: str, body: str) -> None:
    got = _parse(subject, body)
    assert got["kind"] == "not_invitation"
    assert got["start"] is not None  # kept for the review page
    assert float(got["confidence"]) < 0.5  # type: ignore[arg-type]


def test_plain_invitation_stays_one() -> None:
    got = _parse(
        "Interview invitation",
        "Hi Sam,\n\nwe would like to invite you to an interview on Thursday 18 March 2027 "
        "at 14:00 CET by video call.\n\nIlse\n",
    )
    assert got["kind"] == "invitation"


@pytest.mark.parametrize(
    ("kind", "after"),
    [
        ("invitation", "not_invitation"),
        ("reschedule", "reschedule"),
        ("cancellation", "cancellation"),
        ("reply", "reply"),
        ("not_invitation", "not_invitation"),
    ],
)
def test_only_an_invitation_turns(kind: Kind, after: Kind) -> None:
    assert _something_else(kind, beside_calendar=False) == after
    assert _something_else(kind, beside_calendar=True) == kind


def test_a_move_only_asked_for_keeps_the_kind() -> None:
    # the check doubts the time, not whose meeting it is: the kind is left alone
    got = _parse(
        "Interview",
        "Hi Sam,\n\nwould it be possible to move our interview to Friday 19 March 2027 at "
        "15:00?\n\nIlse\n",
    )
    assert "a move is only asked for; nothing has moved yet" in got["warnings"]  # type: ignore[operator]
    assert got["kind"] == "invitation"
