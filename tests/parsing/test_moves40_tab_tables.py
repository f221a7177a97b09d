"""An old/new table of a move typed with tabs ("\tOld\tNew" / "Date\tTue 8 Dec\tWed 9 Dec" /
"Time\t10:00 GMT\t14:00 GMT") is read by column like one aligned with spaces or bars: the new
date with the new time. Tabs alone skipped the column reading, and the new day came out with
the old hour."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


@pytest.mark.parametrize("gap", ["\t", "\t\t", "    ", " | "])
def test_the_new_column_gives_day_and_hour(gap: str) -> None:
    table = gap.join(["", "Old", "New"]) + "\n"
    table += gap.join(["Date", "Tue 8 Dec 2026", "Wed 9 Dec 2026"]) + "\n"
    table += gap.join(["Time", "10:00 GMT", "14:00 GMT"])
    raw = plain_mail(
        "Interview time changed",
        f"Hi Alex,\n\nWe've had to change the time of your interview:\n\n{table}\n\nPriya",
        sender="Priya Nair <priya@northwind.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date="Tue, 01 Dec 2026 10:05:00 +0000",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "reschedule"
    assert parsed.start == datetime(2026, 12, 9, 14, 0, tzinfo=UTC)
