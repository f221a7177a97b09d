"""One time set, with the usual way out: "Does that work? If not, just let me know." The
reader is asked to object, not to choose, so the invitation stays sure; a second time after
"if not" is a choice still open. Fixtures are our own short mails."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SET = (
    "Hi Alex,\n\nWe'd like to invite you to an interview for the Data Analyst role on Tuesday "
    "15 December at 3pm GMT at our Leeds office. {tail}\n\nDana\n"
)


def _read(tail: str) -> tuple[str | None, float, tuple[str, ...]]:
    raw = plain_mail(
        "Interview - Data Analyst",
        SET.format(tail=tail),
        sender="Dana Ruiz <dana.ruiz@northwind-labs.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 07 Dec 2026 09:12:00 +0000",
    )
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if parsed.start else None
    return start, parsed.confidence, parsed.warnings


@pytest.mark.parametrize(
    "tail",
    [
        "Does that work? If not, just let me know.",
        "Does that suit you? If not, please let us know.",
        "If not, tell me and we'll sort something out.",
        "If not, we'll find another time.",
    ],
)
def test_a_way_out_keeps_the_set_time_sure(tail: str) -> None:
    start, confidence, warnings = _read(tail)
    assert start == "2026-12-15T15:00:00+00:00"
    assert confidence >= 0.5, warnings


@pytest.mark.parametrize(
    "tail",
    ["Does that work? If not, Thursday at 10am is free too.", "If not, Wednesday at 2pm?"],
)
def test_a_second_time_after_if_not_leaves_the_choice_open(tail: str) -> None:
    start, confidence, warnings = _read(tail)
    assert start == "2026-12-15T15:00:00+00:00"
    assert confidence < 0.5
    assert "offers more than one time; the choice may still be open" in warnings
