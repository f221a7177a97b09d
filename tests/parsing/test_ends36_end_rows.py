"""An end row below the start row, as a user reads it: "Godzina rozpoczęcia: 12:00" over
"Godzina zakończenia: 13:00" (the two short rows are read as one line, and "12:00 Godz…"
looked like "12:00 godz." to the clock reader, so the end label seemed to overlap the start's
clock and was not taken as the end row). The slot ends at the end row's time."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Wed, 02 Dec 2026 09:05:00 +0100"
SENDER = "Pat Lee <pat.lee@acme-works.example>"


@pytest.mark.parametrize(
    ("rows", "start", "end"),
    [
        (
            "Termin: czwartek, 11 lutego 2027\nGodzina rozpoczęcia: 12:00\n"
            "Godzina zakończenia: 13:00",
            "2027-02-11T12:00:00+01:00",
            "2027-02-11T13:00:00+01:00",
        ),
        (
            "Data: 12.02.2027\nGodzina rozpoczęcia: 9:30\nGodzina zakończenia: 10:15",
            "2027-02-12T09:30:00+01:00",
            "2027-02-12T10:15:00+01:00",
        ),
    ],
)
def test_polish_end_row_closes_the_slot(rows: str, start: str, end: str) -> None:
    body = f"Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną.\n\n{rows}\n\nPozdrawiamy"
    raw = plain_mail(
        "Zaproszenie na rozmowę", body, sender=SENDER, to="a@mailbox.example", date=SENT
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert isinstance(parsed.start, datetime)
    assert isinstance(parsed.end, datetime)
    assert (parsed.start.isoformat(), parsed.end.isoformat()) == (start, end)
