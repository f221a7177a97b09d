# ruff: noqa: E501 (each language's sentences read best whole)
"""Lengths that give the end, and words that look like one and do not (texthard59).

- Chinese, Japanese and Korean write a length's count in their own numerals and its half after
  the count or the unit ("一時間半", "两个小时", "一个半小时", "1个半小时", "1시간 반", "半小时"):
  the end is start plus that length (Japanese "一時間半" had no end, Korean "1시간 반" ended an
  hour in, Chinese "两个小时" and "1个半小时" had none).
- "Arrive N minutes early" in the same languages is no length: "开始15分前にお越しください",
  "15분 전에 도착해 주세요", "请提前15分钟到达" each gave an end N minutes after the start.
- The English "times" after a count ("of the three times you chose", "I called 2 times")
  counts how often; it was read as the Danish and Norwegian hour. The Nordic genitive "en 1
  times samtale" and the plural "2 timer" still give the end.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Tue, 12 Jan 2027 09:15:00 +0100"


def _read(body: str) -> tuple[str, str, str]:
    raw = plain_mail("Interview", body, sender="Kim Lee <kim.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end


# (the sentence with {h} for the hour, the minutes it lasts)
CJK_LENGTHS = {
    "ja-kanji-half": ("二次面接を1月18日(月) {h}時より一時間半の予定で行います。", 90),
    "ja-kanji": ("二次面接を1月18日(月) {h}時より一時間の予定で行います。", 60),
    "zh-two": ("请于1月18日（周一）{h}:00参加面试，时长两个小时。", 120),
    "zh-half-digit": ("请于1月18日（周一）{h}:00参加面试，时长1个半小时。", 90),
    "zh-half-kanji": ("请于1月18日（周一）{h}:00参加面试，时长一个半小时。", 90),
    "zh-half-hour": ("请于1月18日（周一）{h}:00参加面试，时长半小时。", 30),
    "ko-half": ("2차 면접은 1월 18일(월) {h}:00부터 1시간 반 동안 진행됩니다.", 90),
}  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(case=st.sampled_from(sorted(CJK_LENGTHS)), hour=st.integers(min_value=9, max_value=15))
def test_cjk_counts_and_halves_give_the_end(case: str, hour: int) -> None:
    sentence, minutes = CJK_LENGTHS[case]
    kind, start, end = _read("Alex Morgan 様\n\n" + sentence.format(h=hour) + "\n\n人事部")
    assert kind == "invitation"
    assert start == f"2027-01-18T{hour:02d}:00:00+01:00"
    total = hour * 60 + minutes
    assert end == f"2027-01-18T{total // 60:02d}:{total % 60:02d}:00+01:00", (case, end)
