"""A Japanese or Korean move notice marks the slot given up after it, in the past ("…に予定して
おりました面接は", "…로 예정되어 있던 면접은"): the new slot is the interview, whether it falls
before or after the old one, and a cancellation in the same words keeps the slot it calls off.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from tests.parsing.mailkit import read_recruiter_note, wall_minute

SENT = "Mon, 07 Dec 2026 08:05:00 +0100"

MOVES = [
    "{o}に予定しておりました面接は、{n}に延期となりました。",
    "{o}に予定していた面接は、{n}に変更となりました。",
    "{o}の予定だった面接ですが、{n}に変更させていただきます。",
    "{o}로 예정되어 있던 면접은 {n}로 변경되었습니다.",
    "{o}에 예정이었던 면접을 {n}로 옮기게 되었습니다.",
]
CANCELS = [
    "{o}に予定しておりました面接は中止となりました。",
    "{o}에 예정되었던 면접이 취소되었습니다.",
]
OLD = datetime(2026, 12, 14, 10, 0)
SHIFTS = [timedelta(days=-3, hours=-1), timedelta(hours=4), timedelta(days=1, hours=1)]


def _written(frame: str, moment: datetime) -> str:
    day: date = moment.date()
    at: time = moment.time()
    if "년" in frame or "에" in frame or "로" in frame:
        return f"{day.year}년 {day.month}월 {day.day}일 {at:%H:%M}"
    return f"{day.year}年{day.month}月{day.day}日 {at:%H:%M}"


@pytest.mark.parametrize("shift", SHIFTS, ids=["earlier", "same-day", "later"])
@pytest.mark.parametrize("frame", MOVES)
def test_the_new_slot_of_a_move_is_the_interview(frame: str, shift: timedelta) -> None:
    new = OLD + shift
    body = frame.format(o=_written(frame, OLD), n=_written(frame, new))
    confidence, start, _ = read_recruiter_note(body, SENT)
    assert wall_minute(start) == f"{new:%Y-%m-%d %H:%M}", body
    assert confidence >= 0.5, body


@pytest.mark.parametrize("frame", CANCELS)
def test_a_cancellation_keeps_the_slot_it_calls_off_sure(frame: str) -> None:
    body = frame.format(o=_written(frame, OLD))
    confidence, start, _ = read_recruiter_note(body, SENT)
    assert wall_minute(start) == f"{OLD:%Y-%m-%d %H:%M}", body
    assert confidence >= 0.6, body
