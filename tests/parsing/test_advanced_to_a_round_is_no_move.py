"""Being moved forward in the process is not an interview being moved: "we'd like to move
you forward to the technical round" with the round's date below was read as a
reschedule, so the mail looked for an earlier slot to replace. Only "the next/final/second
stage" and a few named steps were known; any round, stage, step or phase is a step."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 07 Dec 2026 09:12:00 -0800"
SLOT = "\n\nDate: Thursday, December 10th\nTime: 2:30 - 3:30 PM (PST)\n\nBest,\nJo"


def _read(sentence: str) -> tuple[str, float, str]:
    parsed = parse_message(
        plain_mail(
            "Your interview: next steps",
            f"Hi Alex,\n\nGreat news - {sentence}{SLOT}",
            sender="Jo Park <jo@acme.example>",
            to="alex@mailbox.example",
            date=SENT,
        )
    )
    return parsed.kind, parsed.confidence, f"{parsed.start:%Y-%m-%d %H:%M}"


@pytest.mark.parametrize(
    "sentence",
    [
        "the team would like to move you forward to the technical round.",
        "we have moved you to the final onsite round.",
        "we'd like to move you forward to a hiring manager interview round.",
        "we are happy to move you forward to the assessment stage.",
        "the panel has moved you on to the case study phase.",
        "we have moved you through to the second step.",
    ],
)
def test_a_step_in_the_process_is_a_new_interview(sentence: str) -> None:
    kind, confidence, start = _read(sentence)
    assert (kind, start) == ("invitation", "2026-12-10 14:30")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "I've moved you to the afternoon slot.",
        "we've had to push you back from 11am.",
        "we have moved you to Thursday afternoon instead.",
    ],
)
def test_the_readers_own_slot_moved_is_still_a_move(sentence: str) -> None:
    kind, confidence, start = _read(sentence)
    assert (kind, start) == ("reschedule", "2026-12-10 14:30")
    assert confidence >= 0.5
