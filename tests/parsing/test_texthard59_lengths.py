# ruff: noqa: E501 (each language's sentences read best whole)
"""Lengths that give the end, and words that look like one and do not (texthard59).

- Chinese, Japanese and Korean write a length's count in their own numerals and its half after
  the count or the unit ("一時間半", "两个小时", "一个半小时", "1个半小时", "1시간 반", "半小时"):
  the end is start plus that length (Japanese "一時間半" had no end, Korean "1시간 반" ended an
  hour in, Chinese "两个小时" and "1个半小时" had none).
- "Arrive N minutes early" in the same languages is no length: "開始15分前にお越しください",
  "15분 전에 도착해 주세요", "请提前15分钟到达" each gave an end N minutes after the start.
- A quarter after the hour in words ("an hour and a quarter", "una hora y cuarto") was
  dropped, ending the interview an hour in; a half between the count and the unit ("two and
  a half hours", "zweieinhalb Stunden") gave no end.
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


ARRIVE_EARLY = {
    "ja": "面接は1月18日(月) {h}時から行います。開始{m}分前にお越しください。",
    "ko": "면접은 1월 18일(월) {h}:00입니다. {m}분 전에 도착해 주세요.",
    "zh": "请于1月18日（周一）{h}:00参加面试。请提前{m}分钟到达。",
    "zh-Hant": "請於1月18日（週一）{h}:00參加面試。請提早{m}分鐘到達。",
    "zh-half": "请于1月18日（周一）{h}:00参加面试。请提前半小时到达。",
}  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(lang=st.sampled_from(sorted(ARRIVE_EARLY)), hour=st.integers(min_value=9, max_value=15),
       early=st.sampled_from([10, 15, 20, 30]))  # fmt: skip
def test_arriving_early_is_no_length(lang: str, hour: int, early: int) -> None:
    body = "Alex Morgan 様\n\n" + ARRIVE_EARLY[lang].format(h=hour, m=early) + "\n\n人事部"
    kind, start, end = _read(body)
    assert (kind, start, end) == ("invitation", f"2027-01-18T{hour:02d}:00:00+01:00", "")


def test_a_length_beside_arriving_early_still_counts() -> None:
    body = "Alex Morgan 様\n\n面接は1月18日(月) 13時から、所要時間は45分です。開始10分前にお越しください。\n\n佐々木"
    assert _read(body)[2] == "2027-01-18T13:45:00+01:00"


@settings(max_examples=20, deadline=None)
@given(count=st.sampled_from(["two", "three", "2", "3", "four"]),
       sentence=st.sampled_from(["Of the {n} times we offered, you chose Tuesday.", "I tried to call you {n} times yesterday."]))  # fmt: skip
def test_english_times_after_a_count_is_no_length(count: str, sentence: str) -> None:
    body = f"Hi Alex,\n\n{sentence.format(n=count)}\n\nYour interview is on Tuesday 19 January at 10:30 in our office.\n\nRegards"
    assert _read(body) == ("invitation", "2027-01-19T10:30:00+01:00", "")


def test_the_nordic_hour_still_gives_the_end() -> None:
    genitive = _read(
        "Hej Alex,\n\nDin samtale er tirsdag den 19. januar kl. 10.30. Det bliver en 1 times samtale.\n\nHilsen"
    )
    plural = _read(
        "Hej Alex,\n\nDin samtale er tirsdag den 19. januar kl. 10.30 og varer 2 timer.\n\nHilsen"
    )
    assert genitive[2] == "2027-01-19T11:30:00+01:00"
    assert plural[2] == "2027-01-19T12:30:00+01:00"


# a quarter or a half written in words around the hours: (the sentence's length words, minutes)
FRACTIONS = {
    "en-quarter": ("Your interview is on Thursday 14 January at {h}:00 and will last an hour and a quarter.", 75),
    "es-quarter": ("Tu entrevista es el jueves 14 de enero a las {h}:00 y durará una hora y cuarto.", 75),
    "fr-quarter": ("Votre entretien aura lieu jeudi 14 janvier à {h}h et durera une heure et quart.", 75),
    "it-quarter": ("Il colloquio è giovedì 14 gennaio alle {h}:00 e durerà un'ora e un quarto.", 75),
    "en-two-half": ("Your interview is on Thursday 14 January at {h}:00 and will last two and a half hours.", 150),
    "en-digit-half": ("Your interview is on Thursday 14 January at {h}:00 and will last 2 and a half hours.", 150),
    "de-two-half": ("Ihr Gespräch ist am Donnerstag, 14. Januar, um {h} Uhr und dauert zweieinhalb Stunden.", 150),
    "en-hour-half": ("Your interview is on Thursday 14 January at {h}:00 and will last an hour and a half.", 90),
}  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(case=st.sampled_from(sorted(FRACTIONS)), hour=st.integers(min_value=9, max_value=14))
def test_a_quarter_or_a_half_in_words_counts(case: str, hour: int) -> None:
    sentence, minutes = FRACTIONS[case]
    kind, start, end = _read("Hi Alex,\n\n" + sentence.format(h=hour) + "\n\nBest")
    assert (kind, start) == ("invitation", f"2027-01-14T{hour:02d}:00:00+01:00")
    total = hour * 60 + minutes
    assert end == f"2027-01-14T{total // 60:02d}:{total % 60:02d}:00+01:00", (case, end)
