"""Vietnamese says "9am tomorrow" as "9 giờ sáng mai": the hour, the part of the day, then
"mai" (tomorrow). The part of the day and "mai" also make a word for tomorrow's morning
("sáng mai"), so the date was read over the clock's own "sáng" and dropped with it: the
mail had a time and no day, and went to review as "no date and time could be found"."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail, wall_minute

SENT = "Thu, 03 Dec 2026 09:12:00 +0700"  # a Thursday in Ho Chi Minh City
TOMORROW = datetime(2026, 12, 4)
# the part of the day, the hours it may name (12-hour clock), what the 24-hour clock adds
HALVES = {"sáng": (range(6, 12), 0), "trưa": (range(11, 13), 0), "chiều": (range(1, 6), 12)}
HALVES["tối"] = (range(6, 11), 12)
CLOCKS = ("{h} giờ", "{h}h", "{h} giờ {m}", "{h}h{m}", "{h}:{m}")


def _read(body: str) -> tuple[str, float, str | None]:
    parsed = parse_message(
        plain_mail(
            "Phỏng vấn",
            f"Chào Alex,\n\n{body}\n\nTrân trọng,\nMinh Anh\nMekong Soft",
            sender="Minh Anh <minhanh@mekong-soft.example.vn>",
            to="alex@mailbox.example",
            date=SENT,
        )
    )
    return parsed.kind, parsed.confidence, wall_minute(parsed.start)


@pytest.mark.parametrize("half", list(HALVES))
@pytest.mark.parametrize("clock", CLOCKS)
def test_an_hour_then_part_of_the_day_then_mai_is_tomorrow(half: str, clock: str) -> None:
    hours, add = HALVES[half]
    for hour in hours:
        minute = "30" if "{m}" in clock else "00"
        written = clock.format(h=hour, m=minute)
        body = f"Hẹn bạn phỏng vấn lúc {written} {half} mai tại văn phòng quận 1 nhé."
        wanted = TOMORROW + timedelta(hours=(hour % 12) + add if add else hour, minutes=int(minute))
        assert _read(body)[0] == "invitation", body
        assert _read(body)[2] == f"{wanted:%Y-%m-%d %H:%M}", body
        assert _read(body)[1] >= 0.5, body


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # the other orders already read: the day first, or "ngày mai" in full
        ("Hẹn bạn phỏng vấn sáng mai lúc 9 giờ.", "2026-12-04 09:00"),
        ("Hẹn bạn phỏng vấn vào 9 giờ sáng ngày mai.", "2026-12-04 09:00"),
        ("Hẹn bạn phỏng vấn lúc 9 giờ sáng thứ Hai, 14/12.", "2026-12-14 09:00"),
        # French "14h demain" (a digit, "h" and a space before tomorrow) is not Vietnamese
        ("Nous vous attendons pour l'entretien à 14h demain.", "2026-12-04 14:00"),
    ],
)
def test_the_neighbouring_ways_of_writing_tomorrow_still_read(body: str, wanted: str) -> None:
    kind, confidence, start = _read(body)
    assert (kind, start) == ("invitation", wanted)
    assert confidence >= 0.5


def test_afrikaans_more_before_a_clock_is_tomorrow_but_a_greeting_sets_no_day() -> None:
    """Afrikaans "môre" is tomorrow and the morning ("Goeie môre"): before "om" and a
    clock it can only be tomorrow."""
    body = "Ons nooi jou na 'n onderhoud môre om 14:30 by ons kantoor in Pretoria."
    assert _read(body)[2] == "2026-12-04 14:30"
    greeting = "Goeie môre! Ons nooi jou na 'n onderhoud op Maandag 14 Desember om 10:00."
    assert _read(greeting)[2] == "2026-12-14 10:00"
