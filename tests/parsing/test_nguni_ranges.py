"""Xhosa and Zulu join a range's hours with "(u)kuya ku-" (to), the end's prefix hyphenated
on: "13:00 ukuya ku-13:45", "kusukela ngo-9:00 kuya ku-10:00". The end was not read."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "Molo Alex,\n\nSiyakumema kudliwano-ndlebe. Udliwano-ndlebe luya kuba "
            "ngo-Lwesibini, Disemba 15, 2026 ngentsimbi ye-13:00 ukuya ku-13:45 (SAST).",
            datetime(2026, 12, 15, 13, 0),
            datetime(2026, 12, 15, 13, 45),
        ),
        (
            "Sawubona Alex,\n\nSiyakumema engxoxweni yomsebenzi ngoLwesibili, 15 Disemba 2026 "
            "kusukela ngo-9:00 kuya ku-10:00.",
            datetime(2026, 12, 15, 9, 0),
            datetime(2026, 12, 15, 10, 0),
        ),
    ],
)
def test_the_end_after_kuya_ku(body: str, start: datetime, end: datetime) -> None:
    raw = plain_mail(
        "Isimemo",
        body,
        sender="HR <hr@kei-data.example.co.za>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Mon, 07 Dec 2026 09:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert parsed.end is not None
    assert (parsed.start.replace(tzinfo=None), parsed.end.replace(tzinfo=None)) == (start, end)
