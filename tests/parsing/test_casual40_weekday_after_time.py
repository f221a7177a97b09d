"""A short English weekday typed after the hour ("we're set for 12pm fri", "3:30pm thu")
names the day, forwarded or not: read directly, such a mail found its day only in a subject
like "Friday", which a forward turns into a line of its header block. "2pm sat down" is no
Saturday."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

SYDNEY_SUMMER = timezone(timedelta(hours=11))
SENT = datetime(2026, 12, 7, 10, 20, tzinfo=SYDNEY_SUMMER)  # a Monday
SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thurs": 3, "fri": 4}


def _forwarded(line: str) -> bytes:
    inner = (
        "---------- Forwarded message ---------\n"
        "From: Callum Reid <callum@brightharbour.example.com.au>\n"
        "Date: Mon, 07 Dec 2026 10:20:00 +1100\nSubject: catch up\n"
        "To: Alex Morgan <alex.morgan@mailbox.example>\n\n\n"
        f"G'day Alex - {line}, level 4 of the Pitt St office. Ask for me at reception.\n\nCallum"
    )
    return plain_mail(
        "Fwd: catch up",
        inner,
        sender="Alex Morgan <alex.morgan@mailbox.example>",
        to="in@afterview.example",
        date="Tue, 08 Dec 2026 12:37:00 +1100",
    )


@given(
    day=st.sampled_from(sorted(SHORT)),
    hour=st.integers(min_value=8, max_value=17),
    minute=st.sampled_from([0, 30]),
    capital=st.booleans(),
)
@settings(max_examples=40, deadline=None)
def test_the_weekday_after_the_hour_gives_the_day(
    day: str, hour: int, minute: int, capital: bool
) -> None:
    twelve = hour % 12 or 12
    clock = f"{twelve}{':30' if minute else ''}{'pm' if hour >= 12 else 'am'}"
    written = day.capitalize() if capital else day
    parsed = parse_message(_forwarded(f"your interview is set for {clock} {written}"))
    ahead = (SHORT[day] - SENT.weekday()) % 7 or 7
    want = (SENT + timedelta(days=ahead)).replace(hour=hour, minute=minute)
    assert parsed.start == want


def test_sat_as_a_verb_is_no_saturday() -> None:
    raw = _forwarded("the interview at 2pm sat down well with the panel")
    parsed = parse_message(raw)
    assert parsed.start is None or parsed.start.weekday() != 5
    assert not claimed(raw) or parsed.start is None
