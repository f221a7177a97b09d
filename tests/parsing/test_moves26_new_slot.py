"""Moves that write the slot given up and the new one side by side (moves26 batch): the
new one is read. Fixtures are our own sentences; the corpus files are in
tests/parsing/corpus (moves26).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.parsing.mailkit import plain_mail, read_json

SENT = "Tue, 01 Dec 2026 09:00:00 +0000"
SENDER = "Hana Kovač <hana.kovac@lindqvist-works.example.com>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, subject: str = "Interview", date: str = SENT) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


@settings(max_examples=30, deadline=None)
@given(
    old_day=st.integers(min_value=7, max_value=11),
    shift=st.integers(min_value=1, max_value=4),
    old_hour=st.integers(min_value=9, max_value=16),
    new_hour=st.integers(min_value=9, max_value=16),
    arrow=st.sampled_from(["→", "➜", "->", "=>"]),
    head=st.sampled_from(
        [
            "Your interview has been rescheduled.",
            "Changement d'horaire de votre entretien :",
            "Please note the change to your interview:",
        ]
    ),
)
def test_arrow_between_two_dated_slots_reads_the_second(
    old_day: int, shift: int, old_hour: int, new_hour: int, arrow: str, head: str
) -> None:
    old = datetime(2026, 12, old_day, old_hour)
    new = datetime(2026, 12, old_day + shift, new_hour)
    body = (
        f"Hi Alex,\n\n{head}\n\n{old:%a, %b} {old.day}, {old:%H:%M} {arrow} "
        f"{new:%a, %b} {new.day}, {new:%H:%M}\n\nSame link as before.\n\nHana"
    )
    got = _parse(body)
    assert got["kind"] == "reschedule"
    assert str(got["start"]).startswith(new.strftime("%Y-%m-%dT%H:%M"))


@pytest.mark.parametrize(
    ("body", "date", "start"),
    [
        # Japanese "starting at" from before "に変更": the new slot
        (
            "12月8日（火）10:00からの面接を、12月10日（木）14:00からに変更させていただきます。",
            "Tue, 01 Dec 2026 09:00:00 +0900",
            "2026-12-10T14:00:00+09:00",
        ),
        (
            "12月7日（月）9:30からの面談を、12月9日（水）16:00からに変更いたしました。",
            "Tue, 01 Dec 2026 09:00:00 +0900",
            "2026-12-09T16:00:00+09:00",
        ),
        # Chinese "改期至" / "延至": rescheduled / put off to
        (
            "您原定于12月9日（周三）上午10:00的面试改期至12月11日（周五）下午2:00，地点不变。",
            "Tue, 01 Dec 2026 09:00:00 +0800",
            "2026-12-11T14:00:00+08:00",
        ),
        (
            "原定12月8日下午3:00的复试延至12月10日上午9:30，请准时参加。",
            "Tue, 01 Dec 2026 09:00:00 +0800",
            "2026-12-10T09:30:00+08:00",
        ),
        # Turkish "yerine" after the hour given up
        (
            "9 Aralık Çarşamba günkü mülakatınız öne alındı: 15:00 yerine 13:30'da başlayacak.",
            "Tue, 01 Dec 2026 09:00:00 +0300",
            "2026-12-09T13:30:00+03:00",
        ),
    ],
)
def test_new_slot_after_the_one_given_up(body: str, date: str, start: str) -> None:
    got = _parse(body, subject="面接 / 面试 / Mülakat", date=date)
    assert got["kind"] == "reschedule"
    assert got["start"] == start


def test_arrow_without_a_word_for_a_change_is_not_made_a_move() -> None:
    body = "Hi Alex,\n\nOffice hours: Mon, Dec 7, 09:00 → Mon, Dec 7, 17:00\n\nHana"
    got = _parse(body, subject="Office hours")
    assert got["kind"] != "reschedule"


@pytest.mark.parametrize(
    "body",
    [
        "大変恐縮ですが、12月10日（木）13時の面接を、12月14日（月）に変更していただくことは"
        "可能でしょうか。",
        "12月9日（水）15時の面談を、翌日の同じ時間に調整していただけることはできますでしょうか。",
    ],
)
def test_japanese_request_to_move_is_not_sure(body: str) -> None:
    got = _parse(body, subject="面接日程のご相談", date="Tue, 01 Dec 2026 21:00:00 +0900")
    assert float(got["confidence"]) < 0.5  # type: ignore[arg-type]
