# ruff: noqa: E501 (each language's sentences read best whole)
"""A zone named right before the clock is that clock's zone (texthard59): writers who give
one clock in several zones lead each clock with its zone's name ("1月20日(水) 日本時間
10:00〜11:00", "面试时间：北京时间 10:00-11:00", "한국 시간 오전 10시", "Tokyo time 16:00"). The
reading is the instant in that zone, not the sender's zone nor a bracketed zone that leads the
next clock. Controls: a zone written after the clock still wins, and a clock with no zone
word before it keeps the sender's zone."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Tue, 12 Jan 2027 09:15:00 +0100"  # Wednesday 20 January is next week


def _read(body: str) -> tuple[str, str]:
    raw = plain_mail("Interview", body, sender="Kim Lee <kim.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start


# (the line with {h} for the hour, the zone's offset)
LEADING = {
    "ja": ("最終面接の日時が決まりました。\n\n1月20日(水) 日本時間 {h}:00〜{h2}:00", "+09:00"),
    "ja-multi": ("最終面接の日時が決まりました。\n\n1月20日(水) 日本時間 {h}:00〜{h2}:00\n（シンガポール時間 {hm}:00〜{h}:00）", "+09:00"),
    "zh": ("面试时间：1月20日（周三）北京时间 {h}:00-{h2}:00", "+08:00"),
    "ko": ("면접 일정: 1월 20일(수) 한국 시간 {h}:00", "+09:00"),
    "en": ("Your final interview is on Wednesday 20 January, Tokyo time {h}:00.", "+09:00"),
    "en-ist": ("Your interview is on Wednesday 20 January, IST {h}:00.", "+05:30"),
}  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(lang=st.sampled_from(sorted(LEADING)), hour=st.integers(min_value=9, max_value=16))
def test_a_zone_right_before_the_clock_is_its_zone(lang: str, hour: int) -> None:
    line, offset = LEADING[lang]
    body = "Dear Alex,\n\n" + line.format(h=hour, h2=hour + 1, hm=hour - 1) + "\n\nKind regards"
    kind, start = _read(body)
    assert kind == "invitation"
    assert start == f"2027-01-20T{hour:02d}:00:00{offset}", (lang, start)


def test_a_zone_after_the_clock_still_wins() -> None:
    kind, start = _read(
        "Dear Alex,\n\nYour interview is on Wednesday 20 January at 16:00 Tokyo time.\n\nBest"
    )
    assert (kind, start) == ("invitation", "2027-01-20T16:00:00+09:00")


def test_no_zone_word_before_the_clock_keeps_the_senders_zone() -> None:
    kind, start = _read(
        "Dear Alex,\n\nYour interview is on Wednesday 20 January, Room 4, 16:00.\n\nBest"
    )
    assert (kind, start) == ("invitation", "2027-01-20T16:00:00+01:00")
