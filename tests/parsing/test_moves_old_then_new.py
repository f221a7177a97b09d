"""A move that names the slot given up and the new one: the new one is kept, in any order of
words a language puts them in ("se pospone del … al …", "var planerad till … blir nu …",
"flyttas till …", "In plaats van …", "se mută …", "được dời sang …").

Every mail here is written for the test. The parse must give the new slot, and a line that
moves a meeting never becomes one window from the old slot to the new.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

ZONE = ZoneInfo("Europe/Paris")  # the sender's offset (+01:00 in December) when none is stated


def _mail(body: str, subject: str = "Interview") -> bytes:
    message = EmailMessage()
    message["From"] = "Rita Holm <rita@hiring-example.eu>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Thu, 03 Dec 2026 09:00:00 +0100"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


NEW = datetime(2026, 12, 9, 15, 30, tzinfo=ZONE)

MOVES = [
    "La entrevista programada para el lunes 7 de diciembre a las 10:00 se pospone al "
    "miércoles 9 de diciembre a las 15:30.",
    "La entrevista se pospone del lunes 7 de diciembre a las 10:00 al miércoles 9 de "
    "diciembre a las 15:30.",
    "Intervjun som var bokad måndag 7 december kl. 10.00 flyttas till onsdag 9 december kl. 15.30.",
    "Den var planerad till måndag 7 december kl. 10.00 men blir nu onsdag 9 december kl. 15.30.",
    "In plaats van maandag 7 december om 10.00 uur vindt het gesprek plaats op woensdag "
    "9 december om 15.30 uur.",
    "Interviul de luni, 7 decembrie, ora 10:00 se mută miercuri, 9 decembrie, la ora 15:30.",
    "Buổi phỏng vấn lúc 10:00 ngày 7/12 được dời sang 15:30 ngày 9/12.",
    "Heads up - Monday's 10am is off; Priya can do Wednesday Dec 9 at 3:30pm instead.",
    "The panel asked to swap days: instead of Monday the 7th at 10, could you do Wednesday "
    "the 9th at 3:30 pm? Same link, I have updated the invite.",
    "Unfortunately Dec 7 at 10 no longer works for our hiring manager. We've rebooked you for "
    "Dec 9 at 3:30pm.",
]


@pytest.mark.parametrize("body", MOVES)
def test_the_new_slot_is_kept(body: str) -> None:
    parsed = parse_message(_mail(body))
    assert parsed.start == NEW, parsed.warnings
    assert parsed.end is None  # the old slot is no end of the new one


def test_swedish_till_before_a_day_is_no_deadline() -> None:
    parsed = parse_message(_mail("Intervjun är planerad till måndag 7 december kl. 10.00."))
    assert parsed.kind == "invitation"
    assert parsed.start == datetime(2026, 12, 7, 10, 0, tzinfo=ZONE)


def test_dutch_at_the_latest_stays_a_deadline() -> None:
    parsed = parse_message(
        _mail("Ik laat uiterlijk vrijdag 11 december om 17:00 van me horen.", "Stand van zaken")
    )
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5


VERBS = ["se pospone al", "se aplaza al", "flyttas till", "is moved to", "wird verlegt auf"]


@settings(max_examples=30, deadline=None)
@given(
    verb=st.sampled_from(VERBS),
    old_hour=st.integers(8, 12),
    new_hour=st.integers(13, 17),
    days_later=st.integers(1, 6),
)
def test_old_then_new_on_one_line_is_never_a_window(
    verb: str, old_hour: int, new_hour: int, days_later: int
) -> None:
    new_day = 7 + days_later
    body = f"Interview: Mon 7 Dec 2026 {old_hour}:00 {verb} {new_day} Dec 2026 {new_hour}:30."
    parsed = parse_message(_mail(body, "Interview moved"))
    assert parsed.start == datetime(2026, 12, new_day, new_hour, 30, tzinfo=ZONE)
    assert parsed.end is None or parsed.end.date() == parsed.start.date()


EASTERN = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")

LAYOUTS = [
    pytest.param(
        "Your interview has been rescheduled.\n\nWednesday, December 9, 2026\n3:30 PM - 4:15 PM "
        "ET\n\nOriginally scheduled for Monday, December 7, 2026 at 10:00 AM ET.",
        datetime(2026, 12, 9, 15, 30, tzinfo=EASTERN),
        id="old slot below the new",
    ),
    pytest.param(
        "Ihr Termin wurde verschoben.\n\nAlter Termin:\nMontag, 7. Dezember 2026, 10:00 - 10:45 "
        "Uhr (MEZ)\n\nNeuer Termin:\nMittwoch, 9. Dezember 2026, 15:30 - 16:15 Uhr (MEZ)",
        datetime(2026, 12, 9, 15, 30, tzinfo=BERLIN),
        id="labels on the line above",
    ),
    pytest.param(
        "Ihr Interview findet nicht wie geplant am 07.12.2026 um 10:00 Uhr statt, sondern am "
        "09.12.2026 um 15:30 Uhr (MEZ).",
        datetime(2026, 12, 9, 15, 30, tzinfo=BERLIN),
        id="nicht wie geplant, sondern",
    ),
]


@pytest.mark.parametrize(("body", "new"), LAYOUTS)
def test_the_new_slot_wins_in_notice_layouts(body: str, new: datetime) -> None:
    parsed = parse_message(_mail(body, "Interview moved"))
    assert parsed.start == new, parsed.warnings


def test_as_planned_confirms_the_slot() -> None:
    body = "Das Gespräch findet wie geplant am Mittwoch, 9.12., um 15:30 Uhr statt."
    parsed = parse_message(_mail(body, "Ihr Gespräch"))
    assert parsed.start == datetime(2026, 12, 9, 15, 30, tzinfo=BERLIN)
    assert parsed.confidence >= 0.5


def test_a_from_to_row_pair_is_a_range_not_a_move() -> None:
    body = (
        "Your interview has been scheduled as below:\n\nFrom: 09-Dec-2026 11:00 AM\n"
        "To: 09-Dec-2026 12:00 PM\nTime zone: CET"
    )
    parsed = parse_message(_mail(body, "Interview Scheduled"))
    assert parsed.start == datetime(2026, 12, 9, 11, 0, tzinfo=BERLIN)
    assert parsed.end == datetime(2026, 12, 9, 12, 0, tzinfo=BERLIN)
