"""A slot written clock first, with its end after the date: "from 12:00 on Monday 8 February
until 13:00", "um 10 Uhr am Montag, 8. Februar, bis 11 Uhr". Read apart, the end paired with
the date right before it and went to the calendar as the start, an hour late."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

LONDON = ZoneInfo("Europe/London")
SENT = "Mon, 01 Feb 2027 15:00:00 +0000"

# (language, sentence with {start} and {end} clocks around a date of Monday 8 February 2027)
SENTENCES = [
    ("en", "You're in from {start} on Monday 8 February until {end} at our Bristol office."),
    ("en", "We'll see you at {start} on Monday 8 February until {end}."),
    ("de", "Wir erwarten Sie um {start} Uhr am Montag, 8. Februar, bis {end} Uhr."),
    ("fr", "Nous vous attendons de {start} le lundi 8 février jusqu'à {end}."),
    ("es", "Te esperamos desde las {start} del lunes 8 de febrero hasta las {end}."),
    ("nl", "We verwachten je vanaf {start} op maandag 8 februari tot {end}."),
]


def _mail(body: str) -> bytes:
    return plain_mail(
        "Interview",
        f"Hi Alex,\n\n{body}\n\nEleanor\n",
        sender="Eleanor Price <eleanor@harbourline.example.co.uk>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(SENTENCES),
    st.integers(min_value=8, max_value=16),
    st.sampled_from([0, 30]),
    st.sampled_from([30, 45, 60, 90]),
)
def test_the_start_is_the_clock_before_the_date(
    sentence: tuple[str, str], hour: int, minute: int, length: int
) -> None:
    _, text = sentence
    start = datetime(2027, 2, 8, hour, minute, tzinfo=LONDON)
    end = start + timedelta(minutes=length)
    body = text.format(start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    parsed = parse_message(_mail(body))
    assert parsed.start == start, body
    assert parsed.end == end, body


def test_midday_before_the_date_is_the_start() -> None:
    parsed = parse_message(_mail("You're in for midday on Monday 8 February until 1pm."))
    assert parsed.start == datetime(2027, 2, 8, 12, tzinfo=LONDON)
    assert parsed.end == datetime(2027, 2, 8, 13, tzinfo=LONDON)


def test_an_end_on_another_day_keeps_its_day() -> None:
    """Two dates, one a clock each: a span of days, whose end is not moved to the first day."""
    parsed = parse_message(
        _mail("The assessment runs from 10:00 on Monday 8 February to 16:00 on Tuesday 9 February.")
    )
    assert parsed.start == datetime(2027, 2, 8, 10, tzinfo=LONDON)
    assert parsed.end is None or parsed.end == datetime(2027, 2, 9, 16, tzinfo=LONDON)
