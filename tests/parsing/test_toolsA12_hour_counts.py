"""A number before the CJK word for "hours" counts hours and names no clock: Japanese "5時間"
and Korean "2시간" ("in 5 hours", "takes 2 hours") beside the real time must not be read as
05:00 or 02:00. Nextcloud's Japanese invitations print "...の間の2026年6月25日木曜日の5時間";
people write "所要2時間" and "약 2시간 소요". Every sentence is ours; the sender writes on
Monday 2 November 2026 from Berlin."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from service.parsing import parse_message

BERLIN = ZoneInfo("Europe/Berlin")


def _mail(body: str) -> bytes:
    return (
        "From: Mira Osei <mira@hr-example.org>\r\nTo: sam@mailbox.example\r\n"
        "Subject: Interview\r\nDate: Mon, 02 Nov 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def _start(body: str) -> datetime | None:
    start = parse_message(_mail(body)).to_json_dict().get("start")
    return datetime.fromisoformat(start) if start else None


@pytest.mark.parametrize(
    ("body", "hour"),
    [
        pytest.param(
            "面接のご案内\nいつ: 15:00～16:00の間の2026年11月12日木曜日の10時間", 15, id="ja-in"
        ),
        pytest.param("面接のご案内です。11月12日15時から、所要2時間です。", 15, id="ja-takes"),
        pytest.param(
            "면접 안내\n면접 일시: 2026년 11월 12일 오후 3시 (약 2시간 소요)", 15, id="ko"
        ),
    ],
)
def test_hour_counts_are_not_clocks(body: str, hour: int) -> None:
    start = _start(body)
    assert start is not None
    assert (start.month, start.day, start.hour) == (11, 12, hour)


@pytest.mark.parametrize(
    ("body", "hour", "minute"),
    [
        pytest.param("面接のご案内です。11月12日10時半にお越しください。", 10, 30, id="ja-half"),
        pytest.param("면접 안내: 11월 12일 2시 반에 뵙겠습니다.", 2, 30, id="ko-half"),
    ],
)
def test_hour_words_still_name_clocks(body: str, hour: int, minute: int) -> None:
    start = _start(body)
    assert start is not None
    assert (start.hour, start.minute) == (hour, minute)


# A date card split one piece a line, as Odoo's calendar mail prints it for a Japanese or
# Korean reader: the weekday, the day, the month and year of the Western pattern "MMMM y"
# ("11月 2026", "11월 2026"), the time and the zone.
@pytest.mark.parametrize(
    "card",
    [
        pytest.param("木曜日\n12\n11月 2026\n14:00\n(Asia/Tokyo)", id="ja"),
        pytest.param("목요일\n12\n11월 2026\n14:00\n(Asia/Seoul)", id="ko"),
    ],
)
def test_card_day_then_cjk_month_year(card: str) -> None:
    # sent on Monday 2 November: "Thursday" alone would be the 5th
    start = _start(f"Interview reminder\n\n{card}\n\nDuration: 1H00")
    assert start is not None
    assert (start.month, start.day, start.hour) == (11, 12, 14)


# A block address or reference with a third number hyphened on is not an hour range:
# "丸の内2-4-1" must not make 14:00-16:00 of the 14:00 interview.
@pytest.mark.parametrize(
    "place",
    [
        pytest.param("東京都千代田区丸の内2-4-1", id="ja-address"),
        pytest.param("Building 2-4-1, Marunouchi", id="en-address"),
    ],
)
def test_chained_numbers_are_no_range(place: str) -> None:
    result = parse_message(
        _mail(f"Interview on 12 November 2026 at 14:00.\nLocation: {place}\nDuration: 1 hour")
    ).to_json_dict()
    assert result.get("start", "").startswith("2026-11-12T14:00")
    assert result.get("end", "").startswith("2026-11-12T15:00")
