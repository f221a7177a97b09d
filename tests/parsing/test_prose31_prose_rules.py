"""Rules from the prose31 batch's dev misses: a 24-hour hour with its unit and an afternoon
word ("14h chiều") keeps its hour; Swahili ranges name the hour again after "hadi" and may end
"alasiri" (afternoon, on the Swahili clock); Swahili "kabla ya" (before) makes the date after
it a deadline; CLDR's spelled-out day periods ("το πρωί", "délután", "odpoledne") set the
half of the day of a bare hour. Every sentence is ours; the sender writes on Wednesday 10
February 2027."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

HANOI = timezone(timedelta(hours=7))
NAIROBI = timezone(timedelta(hours=3))


def _mail(body: str, offset: str) -> bytes:
    return plain_mail(
        "Interview",
        body,
        sender="Lan Pham <lan@hr-example.org>",
        to="sam@mailbox.example",
        date=f"Wed, 10 Feb 2027 09:00:00 {offset}",
    )


def _at(day: int, hour: int, zone: timezone, minute: int = 0) -> str:
    return datetime(2027, 2, day, hour, minute, tzinfo=zone).isoformat()


@pytest.mark.parametrize(
    ("body", "hour"),
    [
        pytest.param("Mời bạn phỏng vấn lúc 14h chiều thứ Ba, ngày 16/02/2027.", 14, id="14h"),
        pytest.param("Phỏng vấn dời sang 15h chiều thứ Ba 16/2, địa điểm như cũ.", 15, id="15h"),
        pytest.param("Hẹn bạn 9h sáng thứ Ba 16/2 tại văn phòng để phỏng vấn.", 9, id="9h-sang"),
    ],
)
def test_an_hour_with_its_unit_and_the_afternoon_word_keeps_its_hour(body: str, hour: int) -> None:
    """The afternoon word agrees with a 24-hour hour; it must neither drop nor move it."""
    got = parse_message(_mail(body, "+0700")).to_json_dict()
    assert got["start"] == _at(16, hour, HANOI)


def test_a_bare_afternoon_hour_past_twelve_is_still_no_time() -> None:
    """Without a unit or minutes, "14 chiều" stays a contradiction, as "14 PM" does."""
    got = parse_message(_mail("Phỏng vấn thứ Ba 16/2, phòng 14 chiều tầng 3.", "+0700"))
    assert got.to_json_dict()["start"] != _at(16, 14, HANOI)


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        pytest.param(
            "Usaili utakuwa Alhamisi tarehe 18/02/2027 kuanzia saa nane mchana hadi saa tisa "
            "alasiri.",
            14,
            15,
            id="words",
        ),
        pytest.param(
            "Usaili: Alhamisi 18/02/2027, saa 8:00 mchana hadi saa 9:30 alasiri.",
            14,
            (15, 30),
            id="digits",
        ),
        pytest.param(
            "Usaili utakuwa Alhamisi 18/02/2027 kuanzia saa tatu asubuhi hadi saa nne asubuhi.",
            9,
            10,
            id="morning",
        ),
    ],
)
def test_a_swahili_range_reads_its_end(body: str, start: int, end: int | tuple[int, int]) -> None:
    """Both ends are on the Swahili clock; "hadi saa" joins them."""
    got = parse_message(_mail(body, "+0300")).to_json_dict()
    hour, minute = end if isinstance(end, tuple) else (end, 0)
    assert (got["start"], got["end"]) == (_at(18, start, NAIROBI), _at(18, hour, NAIROBI, minute))


def test_swahili_alasiri_is_the_afternoon() -> None:
    got = parse_message(_mail("Usaili Ijumaa 19/02/2027 saa tisa alasiri.", "+0300"))
    assert got.to_json_dict()["start"] == _at(19, 15, NAIROBI)


@pytest.mark.parametrize(
    "body",
    [
        "Tafadhali tuma vyeti vyako kabla ya Ijumaa, tarehe 19 Februari, saa kumi jioni. "
        "Tutawasiliana nawe kuhusu usaili baadaye.",
        "Jaza fomu ya usaili kabla ya tarehe 19 Februari saa 4:00 asubuhi.",
    ],
)
def test_a_swahili_deadline_is_not_claimed(body: str) -> None:
    assert not claimed(_mail(body, "+0300"))


def test_an_invitation_that_asks_to_come_early_is_still_claimed() -> None:
    """'kabla ya muda' (before the time) is about arriving early, not a deadline."""
    body = (
        "Tunakualika kwenye usaili Ijumaa, tarehe 19 Februari 2027, saa nne asubuhi. Fika "
        "dakika 15 kabla ya muda."
    )
    assert claimed(_mail(body, "+0300"))


ATHENS = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("body", "hour"),
    [
        pytest.param("Η συνέντευξη θα γίνει την Τρίτη 16/2 στις 10 το πρωί.", 10, id="el-morning"),
        pytest.param("Η συνέντευξη θα γίνει την Τρίτη 16/2 στις 4 το απόγευμα.", 16, id="el-pm"),
        pytest.param("Az interjú február 16-án, kedden délután 3 órakor lesz.", 15, id="hu-pm"),
        pytest.param("Az interjú február 16-án, kedden délelőtt 9 órakor lesz.", 9, id="hu-am"),
        pytest.param("Pohovor bude v úterý 16. února ve 3 odpoledne.", 15, id="cs-pm"),
    ],
)
def test_a_spelled_out_day_period_sets_the_half_of_the_day(body: str, hour: int) -> None:
    """CLDR's wide day periods say which half of the day a bare hour is in, as "π.μ." does."""
    got = parse_message(_mail(body, "+0200")).to_json_dict()
    assert got["start"] == _at(16, hour, ATHENS)
