# ruff: noqa: E501 (each language's sentences read best whole)
"""A move by a span with no word for its direction, the new hour written after it
(moves46): "flyttas fram en timme, till kl. 11.00" (a Swede's "fram" goes either way),
"um eine Stunde auf 11 Uhr verschoben", "moved by an hour, to 11:00" start at 11:00; a
length ("it lasts one hour, until 11:00") is no move."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 05 Oct 2026 09:00:00 +0200"


def _read(body: str) -> tuple[str, str]:
    raw = plain_mail(
        "Intervju / Interview",
        body,
        sender="Anders Holm <anders@granskog.example>",
        to="alex@mailbox.example",
        date=SENT,
    )
    parsed = parse_message(raw)
    return parsed.start.isoformat() if isinstance(
        parsed.start, datetime
    ) else "", parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""


LANDS = {
    "sv": "Intervjun torsdag 8 oktober kl. 10.00 flyttas fram en timme, till kl. 11.00, eftersom rummet är upptaget.",
    "de": "Ihr Gespräch am Donnerstag, 8. Oktober um 10 Uhr wird um eine Stunde auf 11 Uhr verschoben.",
    "en": "Your interview on Thursday 8 October at 10:00 has been moved by an hour, to 11:00.",
    "sv_earlier": "Intervjun torsdag 8 oktober kl. 10.00 flyttas fram en halvtimme, till kl. 9.30.",
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(LANDS))
def test_the_hour_after_an_undirected_span_is_the_new_start(case: str) -> None:
    hour = "09:30" if case == "sv_earlier" else "11:00"
    assert _read(f"Hej Alex,\n\n{LANDS[case]}\n\nAnders")[0] == f"2026-10-08T{hour}:00+02:00"


def test_a_length_then_an_end_is_no_move() -> None:
    body = "Hi Alex,\n\nYour interview on Thursday 8 October at 10:00 has been moved to room 4; it lasts one hour, until 11:00.\n\nAnders"
    assert _read(body)[0] == "2026-10-08T10:00:00+02:00"
