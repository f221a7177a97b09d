# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Zones people write after a time that the zone tables used to miss.

Each mail is sent on a clock none of the zones keep (UTC-10), so a missed zone shows as a
start hours away: a one-city Outlook label ("(UTC+09:00) 서울"), the Russian genitive
"московского времени" without "по", "heure du Québec", "giờ Hà Nội", "hora de la CDMX", and
Traditional-script city clocks ("首爾時間", "倫敦時間").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.parsing.mailkit import plain_mail, read_json

# (body, the start as written, its zone)
CASES: list[tuple[str, tuple[int, int, int, int, int], str]] = [
    (
        "윤서 님,\n\n화상 면접 일정입니다.\n\n일시: 2027년 2월 17일 수요일 오전 10:00-11:00 (UTC+09:00) 서울\n\n정민 드림",
        (2027, 2, 17, 10, 0),
        "Asia/Seoul",
    ),
    (
        "Добрый день!\n\nПриглашаем вас на собеседование 24 февраля 2027 г. в 14:00 московского времени.\n\nНина",
        (2027, 2, 24, 14, 0),
        "Europe/Moscow",
    ),
    (
        "Bonjour,\n\nVotre entrevue est fixée au jeudi 18 février 2027 à 13 h, heure du Québec.\n\nSophie",
        (2027, 2, 18, 13, 0),
        "America/Toronto",
    ),
    (
        "Chào bạn,\n\nMời bạn phỏng vấn vào ngày 23/02/2027 lúc 14:00 giờ Hà Nội.\n\nMinh",
        (2027, 2, 23, 14, 0),
        "Asia/Ho_Chi_Minh",
    ),
    (
        "Hola:\n\nTu entrevista queda el jueves 25 de febrero de 2027 a las 16:00 hora de la CDMX.\n\nPaola",
        (2027, 2, 25, 16, 0),
        "America/Mexico_City",
    ),
    (
        "您好，\n\n面試時間：首爾時間 2027年2月19日（星期五）下午2:00。\n\n志明",
        (2027, 2, 19, 14, 0),
        "Asia/Seoul",
    ),
    (
        "您好，\n\n面試時間：倫敦時間 2027年2月22日（星期一）上午9:30。\n\n淑芬",
        (2027, 2, 22, 9, 30),
        "Europe/London",
    ),
]


@pytest.mark.parametrize(("body", "when", "zone"), CASES)
def test_the_stated_zone_places_the_interview(
    body: str, when: tuple[int, int, int, int, int], zone: str
) -> None:
    raw = plain_mail(
        "Interview",
        body,
        sender="Recruiting <jobs@talent.example>",
        to="Sam Lee <sam.lee@inbox.example>",
        date="Mon, 08 Feb 2027 09:00:00 -1000",
    )
    got = read_json(raw)
    assert got["start"] == datetime(*when, tzinfo=ZoneInfo(zone)).isoformat(), body


@pytest.mark.parametrize(
    "text", ["9 giờ sáng", "hora de la entrevista", "heure de la pause", "ora della riunione"]
)
def test_words_after_of_that_name_no_place_give_no_zone(text: str) -> None:
    from service.parsing.zone_words import read_zone

    assert read_zone(text) is None
