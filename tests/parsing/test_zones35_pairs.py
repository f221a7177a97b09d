"""A zone pair ("9am PT / 12pm ET", "10:00 London / 11:00 Paris", "16:00 IST (11:30 CET)")
states one start twice: whichever half the reader lives by, the calendar gets the same
instant, in any season (summer time on either side or both) and across half-hour zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

# how people label each half: a city's clock, or an abbreviation that names one region
_HALVES = [
    ("London", "Europe/London"),
    ("Paris", "Europe/Paris"),
    ("New York", "America/New_York"),
    ("Singapore", "Asia/Singapore"),
    ("IST", "Asia/Kolkata"),
    ("PT", "America/Los_Angeles"),
    ("ET", "America/New_York"),
    ("Berlin time", "Europe/Berlin"),
]
_LAYOUTS = ["{a} / {b}", "{a} ({b})", "{a}, {b}"]


def _clock(value: datetime, twelve: bool) -> str:
    if twelve:
        hour = value.hour % 12 or 12
        suffix = "am" if value.hour < 12 else "pm"
        return f"{hour}:{value:%M}{suffix}" if value.minute else f"{hour}{suffix}"
    return f"{value:%H:%M}"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(_HALVES),
    st.sampled_from(_HALVES),
    st.integers(min_value=0, max_value=360),
    st.integers(min_value=7, max_value=18),
    st.sampled_from([0, 30]),
    st.sampled_from(_LAYOUTS),
    st.booleans(),
)
# the Sunday Europe's clocks go forward, and the last Sunday of October, when London has
# gone back and New York not yet
@example(("London", "Europe/London"), ("Paris", "Europe/Paris"), 83, 7, 0, "{a} / {b}", False)
@example(
    ("New York", "America/New_York"), ("London", "Europe/London"), 300, 7, 0, "{a} / {b}", False
)
def test_both_halves_of_a_zone_pair_are_one_instant(
    first: tuple[str, str],
    second: tuple[str, str],
    day: int,
    hour: int,
    minute: int,
    layout: str,
    twelve: bool,
) -> None:
    assume(ZoneInfo(first[1]) != ZoneInfo(second[1]) and first[1] != second[1])
    date = (datetime(2027, 1, 4) + timedelta(days=day)).date()
    start = datetime(date.year, date.month, date.day, hour, minute, tzinfo=ZoneInfo(first[1]))
    other = start.astimezone(ZoneInfo(second[1]))
    # writers give the other half's date only when it differs; these pairs share the day
    assume(other.date() == date and 6 <= other.hour <= 22)
    pair = layout.format(
        a=f"{_clock(start, twelve)} {first[0]}", b=f"{_clock(other, twelve)} {second[0]}"
    )
    raw = plain_mail(
        "Interview invitation",
        f"Hi Alex,\n\nWe'd like to invite you to a video interview on {date:%A, %d %B %Y}, "
        f"{pair}. The link follows in a separate invite.\n\nBest,\nPat",
        sender="Pat Lee <pat.lee@acme-works.example>",
        to="alex@mailbox.example",
        date="Mon, 14 Dec 2026 09:05:00 +0000",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert isinstance(parsed.start, datetime)
    assert parsed.start.astimezone(UTC) == start.astimezone(UTC)
