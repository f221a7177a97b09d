"""Moves by a stated span (moves26b batch): the old slot plus the span is read when the new
time is not written, and checked against it when it is. Fixtures are our own sentences; the
corpus files are in tests/parsing/corpus (moves26b).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import plain_mail, read_json

SENT = "Tue, 01 Dec 2026 09:00:00 +0000"
SENDER = "Hana Kovač <hana.kovac@lindqvist-works.example.com>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, subject: str = "Interview", date: str = SENT) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


@settings(max_examples=30, deadline=None)
@given(
    day=st.integers(min_value=7, max_value=11),
    hour=st.integers(min_value=9, max_value=15),
    span=st.sampled_from(
        [
            ("30 minutes later", 30),
            ("45 minutes later", 45),
            ("an hour later", 60),
            ("an hour earlier", -60),
            ("two hours later", 120),
            ("half an hour earlier", -30),
        ]
    ),
)
def test_span_without_new_time_moves_the_old_slot(
    day: int, hour: int, span: tuple[str, int]
) -> None:
    old = datetime(2026, 12, day, hour)
    words, minutes = span
    body = (
        f"Hi Alex,\n\nYour interview on {old:%A}, December {day} at {old:%H:%M} will now "
        f"start {words}. Same Zoom link.\n\nHana"
    )
    got = _parse(body)
    new = old + timedelta(minutes=minutes)
    assert str(got["start"]).startswith(new.strftime("%Y-%m-%dT%H:%M"))
    assert got["kind"] == "reschedule"


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        (
            "Ihr Gespräch am Montag, 7. Dezember um 14:00 Uhr beginnt eine halbe Stunde früher.",
            "Tue, 01 Dec 2026 09:00:00 +0100",
            "2026-12-07T13:30:00+01:00",
        ),
        (
            "Votre entretien du mardi 8 décembre à 10h est repoussé d'une heure.",
            "Tue, 01 Dec 2026 09:00:00 +0100",
            "2026-12-08T11:00:00+01:00",
        ),
        (
            "8 Aralık Salı saat 10:00'daki görüşmeniz bir gün sonraya, aynı saate alındı.",
            "Tue, 01 Dec 2026 09:00:00 +0300",
            "2026-12-09T10:00:00+03:00",
        ),
        (
            "Your interview on Tuesday, December 8 at 11:00 AM has been pushed back 2 hours, "
            "so it's now at 1:00 PM.",
            SENT,
            "2026-12-08T13:00:00+00:00",
        ),
    ],
)
def test_stated_span(body: str, date: str, start: str) -> None:
    got = _parse(body, date=date)
    assert got["start"] == start


def test_span_with_another_new_time_keeps_the_written_one() -> None:
    # the time after the span is not old + span: it is read as written, nothing is added
    body = (
        "Hi Alex,\n\nYour interview on Tuesday, December 8 at 10:00 AM is pushed back an hour "
        "and a half, so it now starts at 11:30 AM.\n\nHana"
    )
    got = _parse(body)
    assert got["start"] != "2026-12-08T11:00:00+00:00"


def test_asked_span_is_not_applied() -> None:
    body = "Hi,\n\nCould my interview on Tuesday, December 8 at 10:00 AM start 30 minutes later?"
    got = _parse(body)
    assert got["start"] != "2026-12-08T10:30:00+00:00"


def test_other_candidates_move_is_not_sure() -> None:
    body = (
        "Hej Alex!\n\nIntervjun med den andra kandidaten har flyttats till torsdag 10 december "
        "kl. 13.00. Din egen intervju ligger kvar som planerat.\n\nElin"
    )
    got = _parse(body, subject="Ändrad tid", date="Tue, 01 Dec 2026 09:00:00 +0100")
    assert float(got["confidence"]) < 0.5  # type: ignore[arg-type]
