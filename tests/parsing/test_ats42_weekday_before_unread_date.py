"""A weekday followed by a date whose month was not understood is not the coming weekday.

"Wednesday, Decmber 16, 2026" (a typo) and WebCalendar's Vietnamese "Thứ tư, Tháng mười hai
16, 2026" (its translation writes the month in words no calendar library lists; read since
as "month" and its numeral) give the whole date after the weekday. When the month is not
read, the weekday alone used to be read as the coming Wednesday, a week early, with high
confidence. The user must instead see a low-confidence reading that says the date was not
understood; a date that is understood
("Wednesday, December 16, 2026") keeps its day and its confidence, and a weekday with no
date after it ("on Wednesday at 14:00") is still the coming one.

Every mail here is written for the test.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

_DATE = "Mon, 07 Dec 2026 10:32:00 +0100"


def _parse(lines: str) -> dict[str, object]:
    raw = plain_mail(
        "Interview invitation",
        f"Hello,\n\nYour interview is scheduled.\n{lines}\n\nBest regards,\nHR",
        sender="HR Team <hr@employer.example>",
        to="Dana Roe <dana.roe@mailbox.example>",
        date=_DATE,
    )
    return parse_message(raw).to_json_dict()


UNREAD = [
    "Date: Wednesday, Decmber 16, 2026\nTime: 14:00 CET",
    "Ngày: Thứ tư, Thang muoi zai 16, 2026\nThời gian: 14:00 +07",
    "Data: Środa, Grudzeń 16, 2026\nCzas: 14:00 CET",
]


@pytest.mark.parametrize("lines", UNREAD)
def test_an_unread_date_after_the_weekday_is_not_claimed(lines: str) -> None:
    parsed = _parse(lines)
    assert float(parsed["confidence"] or 0) < 0.5
    assert any("month was not understood" in note for note in parsed["warnings"] or [])


@pytest.mark.parametrize(
    ("lines", "start"),
    [
        ("Date: Wednesday, December 16, 2026\nTime: 14:00 CET", "2026-12-16T14:00:00+01:00"),
        ("Date: Wednesday 16 Dec 2026\nTime: 14:00 CET", "2026-12-16T14:00:00+01:00"),
        # a month misspelt but still recognised is read, not doubted
        ("Datum: Mittwoch, 16 Dezembr 2026\nZeit: 14:00 CET", "2026-12-16T14:00:00+01:00"),
        ("Date: Wednesday, Dcm. 16th, 2026\nTime: 14:00 CET", "2026-12-16T14:00:00+01:00"),
        ("We will meet on Wednesday at 14:00 CET in room 12.", "2026-12-09T14:00:00+01:00"),
        (
            "Ngày: Thứ tư, Tháng mười hai 16, 2026\nThời gian: 14:00 +07",
            "2026-12-16T14:00:00+07:00",
        ),
    ],
)
def test_a_read_date_or_a_bare_weekday_keeps_its_reading(lines: str, start: str) -> None:
    parsed = _parse(lines)
    assert parsed["start"] == start
    assert float(parsed["confidence"] or 0) >= 0.5
