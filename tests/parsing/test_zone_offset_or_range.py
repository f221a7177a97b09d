"""A dash after "GMT" or "UTC" is either the zone's offset or a range's joiner, and a reader
tells them apart: "10:00 GMT - 11:00" is an hour at UTC (no zone is UTC-11:00 by that
spelling, and "9:00 GMT - 9:15" has minutes no offset has), while "10:00 (GMT - 5)" and
"10:00 UTC − 3" state offsets whose digits are no end time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _read(when: str) -> tuple[datetime | None, datetime | None]:
    parsed = parse_message(
        plain_mail(
            "Interview",
            f"Hi Sam,\n\nYour interview is on Thursday 10 December 2026, {when}.\n\nBest, Kim",
            sender="Kim Park <kim@firm.example>",
            to="Sam Lee <sam@mail.example>",
            date="Wed, 02 Dec 2026 09:00:00 +0000",
        )
    )
    start = parsed.start if isinstance(parsed.start, datetime) else None
    end = parsed.end if isinstance(parsed.end, datetime) else None
    return start, end


def _at(hour: int, minute: int, offset_hours: int = 0) -> datetime:
    return datetime(2026, 12, 10, hour, minute, tzinfo=timezone(timedelta(hours=offset_hours)))


@settings(deadline=None)  # the first parse warms the parser's caches
@given(
    start=st.tuples(st.integers(7, 18), st.sampled_from([0, 15, 30, 45])),
    length=st.sampled_from([15, 30, 45, 60, 90]),
    word=st.sampled_from(["GMT", "UTC"]),
)
def test_a_spaced_dash_after_the_zone_joins_a_range(
    start: tuple[int, int], length: int, word: str
) -> None:
    begin = _at(*start)
    finish = begin + timedelta(minutes=length)
    written = f"{begin:%H:%M} {word} - {finish:%H:%M}"
    assert _read(written) == (begin, finish)


@pytest.mark.parametrize(
    ("when", "offset"),
    [("10:00 (GMT - 5)", -5), ("10:00 UTC \u2212 3", -3), ("10:00 GMT -5", -5), ("10:00 GMT+2", 2)],
)
def test_an_offset_after_the_zone_is_no_end(when: str, offset: int) -> None:
    assert _read(when) == (_at(10, 0, offset), None)
