# ruff: noqa: E501 (the mails read best whole)
"""Noon as the end of a range after a dotted a.m./p.m. clock (tools49).

Django's English TIME_FORMAT 'P' (AP style) prints twelve o'clock as "noon" and the other
hours as "11 a.m.", "2:30 p.m."; any Django app that puts a start and an end time into a mail
writes "11 a.m. - noon" (django-appointment's reminder, Horilla's interview mails), and AP-style
prose writes "10 a.m. to noon" ("11 AM to noon" with a space). The end is twelve o'clock, as it
already was after "11am" or "11:00" ("11am - noon", "11:00 - noon"). Control: noon as the
start ("noon - 12:45 p.m.") reads as before.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.when_lines import _NOON_IN_RANGE
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 -0500"


def _read(body: str) -> tuple[str, str, str]:
    raw = plain_mail(
        "Reminder: Upcoming Appointment",
        body,
        sender="Hiring Team <careers@northfield-labs.example>",
        to="alex@mailbox.example",
        date=SENT,
    )
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end


LAYOUTS = (
    "Dear Alex,\n\nThis is a reminder for your upcoming appointment.\n\nService\nJob interview - Lab Technician\nDate\nJune 4, 2026\nTime\n{start} - noon\nLocation\n410 N Wells St\n",
    "Hi Alex,\n\nYour interview with Northfield Labs is on Thursday, June 4, 2026, {start} to noon, at 410 N Wells St.\n",
    "Hello Alex,\n\nInterview: Thursday June 4, 2026, {start} – noon (video call).\n",
)  # fmt: skip


@settings(max_examples=24, deadline=None)
@given(
    layout=st.sampled_from(LAYOUTS),
    hour=st.sampled_from([9, 10, 11]),
    minute=st.sampled_from([0, 15, 30]),
    spaced=st.booleans(),
    upper=st.booleans(),
)
def test_noon_after_a_dotted_morning_clock_ends_the_range(
    layout: str, hour: int, minute: int, spaced: bool, upper: bool
) -> None:
    marker = "a.m." if not upper else "A.M."
    clock_text = str(hour) if minute == 0 else f"{hour}:{minute:02d}"
    start_text = f"{clock_text}{' ' if spaced else ''}{marker}"
    kind, start, end = _read(layout.format(start=start_text))
    assert kind == "invitation", (layout, start_text)
    assert start == f"2026-06-04T{hour:02d}:{minute:02d}:00-05:00", (start_text, start)
    assert end == "2026-06-04T12:00:00-05:00", (start_text, end)


def test_noon_as_the_start_is_unchanged() -> None:
    _, start, end = _read(LAYOUTS[0].replace("{start} - noon", "noon - 12:45 p.m."))
    assert (start, end) == ("2026-06-04T12:00:00-05:00", "2026-06-04T12:45:00-05:00")


def test_the_undotted_forms_read_too() -> None:
    for text in ("11am - noon", "11:00 - noon", "11 AM to noon"):
        _, start, end = _read(LAYOUTS[1].replace("{start} to noon", text))
        assert (start, end) == ("2026-06-04T11:00:00-05:00", "2026-06-04T12:00:00-05:00"), text


def test_the_range_pattern_stays_linear() -> None:
    """Near-misses of the noon range cost work in proportion to their length."""
    for unit in ("11 a.m. - noo ", "1 p.m.- ", "9 a.m. to noon ", "a.m. a.m. noon "):
        assert_linear(lambda text: _NOON_IN_RANGE.sub("", text), repeated(unit), label=unit)
