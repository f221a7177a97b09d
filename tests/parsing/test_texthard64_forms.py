"""The text-only forms texthard64 left open, as properties: a positional pick after two
offered slots, the US shorthand "10a"/"2p", a city's clock leading a Japanese, Chinese or
Korean date, office hours under a signature, a weekday in a firm's name, and the batch's
mails a careful reader cannot settle (no start, or a start below 0.5 with a warning)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENDER = "Recruiter <recruiter@hiring.example>"
READER = "Alex Morgan <alex.morgan@mailbox.example>"
# Monday 8 November 2027, after both daylight-saving changes
MONDAY = "Mon, 08 Nov 2027 09:10:00 +0000"
DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def _read(body: str, subject: str = "Interview", date: str = MONDAY) -> dict[str, object]:
    raw = plain_mail(subject, body, sender=SENDER, to=READER, date=date)
    value = parse_message(raw).to_json_dict()
    assert isinstance(value, dict)
    return value


def _start(got: dict[str, object]) -> datetime | None:
    start = got.get("start")
    return datetime.fromisoformat(start) if isinstance(start, str) else None


# --- positional picks ----------------------------------------------------------------------
# (sentence after the two slots, which slot it picks: 0 the first written, 1 the second)
PICKS = [
    ("The later one works best for the panel, so let's lock that in.", 1),
    ("The panel can only do the second option now, so we'll see you then.", 1),
    ("Ekip için ikincisi daha uygun.", 1),
    ("後者で確定とさせていただきます。", 1),
    ("Uns passt der zweite Termin besser als der erste.", 1),
    ("Nos quedamos con la segunda opción.", 1),
    ("A segunda opção ficou melhor para o gestor.", 1),
    ("Priya asked for the earlier of the two, so that's settled.", 0),
    ("We houden de eerste aan.", 0),
]


@settings(max_examples=20, deadline=None)
@given(
    pick=st.sampled_from(PICKS),
    days=st.tuples(st.integers(9, 12), st.integers(1, 4)),
    hours=st.tuples(st.integers(9, 12), st.integers(13, 17)),
)
def test_a_positional_pick_takes_its_slot(
    pick: tuple[str, int], days: tuple[int, int], hours: tuple[int, int]
) -> None:
    """Of two slots written in time order, the pick by place is read, not the first."""
    first = datetime(2027, 11, days[0], hours[0], tzinfo=ZoneInfo("UTC"))
    second = datetime(2027, 11, days[0] + days[1], hours[1], tzinfo=ZoneInfo("UTC"))
    slots = [first, second]
    body = (
        "Hi Alex,\n\nWe offered two times: "
        f"{first:%A} {first.day} November at {first:%H:%M} or "
        f"{second:%A} {second.day} November at {second:%H:%M}. {pick[0]}\n\nBest,\nJo"
    )
    got = _start(_read(body))
    assert got is not None
    assert got.replace(tzinfo=None) == slots[pick[1]].replace(tzinfo=None)


def test_an_open_two_slot_offer_is_not_picked() -> None:
    body = (
        "Hi Alex,\n\nCould you do Wednesday 10 November at 10:00 or Thursday 11 November at "
        "14:00? Let me know which one suits you.\n\nJo"
    )
    got = _read(body)
    assert got["kind"] != "invitation" or float(str(got["confidence"])) < 0.5


# --- US shorthand ----------------------------------------------------------------------------
@settings(max_examples=25, deadline=None)
@given(
    hour=st.integers(1, 12),
    minute=st.sampled_from([None, 0, 15, 30, 45]),
    letter=st.sampled_from(["a", "p"]),
    lead=st.sampled_from(["{wd} 11/{d} {c}", "{wd} 11/{d} @ {c}", "11/{d} at {c}"]),
    day=st.integers(9, 19),
)
def test_us_shorthand_clock(
    hour: int, minute: int | None, letter: str, lead: str, day: int
) -> None:
    """ "Thu 11/11 10a", "Tue 11/16 @ 2p", "11/11 at 3:30p" name that hour."""
    weekday = datetime(2027, 11, day).strftime("%a")
    if weekday in {"Sat", "Sun"}:
        day += 2
        weekday = datetime(2027, 11, day).strftime("%a")
    clock = f"{hour}{'' if minute is None else f':{minute:02d}'}{letter}"
    line = lead.format(wd=weekday, d=day, c=clock)
    body = f"Hi Alex - you're confirmed for your interview {line}. See you then!"
    got = _start(_read(body, date="Mon, 08 Nov 2027 09:10:00 -0500"))
    want_hour = hour % 12 + (12 if letter == "p" else 0)
    assert got is not None
    assert (got.day, got.hour, got.minute) == (day, want_hour, minute or 0)


@pytest.mark.parametrize("label", ["Flat 2a", "Room 3p", "Unit 4A"])
def test_a_flat_or_room_letter_is_no_clock(label: str) -> None:
    got = _start(_read(f"Hi Alex,\n\nYour interview is on Thursday 18 November at 11:00, {label}."))
    assert got is not None
    assert (got.day, got.hour) == (18, 11)


# --- a city's clock leading an East Asian date -----------------------------------------------
CITY_LINES = {
    "ja": (
        "{city}時間で11月16日（火）{h}時から面接を行います。",
        {"ロンドン": "Europe/London", "ニューヨーク": "America/New_York", "パリ": "Europe/Paris"},
    ),
    "zh": (
        "面试时间为{city}时间11月16日{h}点。",
        {"伦敦": "Europe/London", "纽约": "America/New_York", "巴黎": "Europe/Paris"},
    ),
    "ko": (
        "면접은 {city} 시간 11월 16일 {h}시입니다.",
        {"런던": "Europe/London", "뉴욕": "America/New_York", "파리": "Europe/Paris"},
    ),
}
SENT_IN = {"ja": "+0900", "zh": "+0800", "ko": "+0900"}


@settings(max_examples=20, deadline=None)
@given(lang=st.sampled_from(sorted(CITY_LINES)), pick=st.integers(0, 2), hour=st.integers(9, 17))
def test_a_city_clock_leading_the_date(lang: str, pick: int, hour: int) -> None:
    template, cities = CITY_LINES[lang]
    city, zone = sorted(cities.items())[pick]
    got = _start(
        _read(template.format(city=city, h=hour), date=f"Mon, 08 Nov 2027 09:10:00 {SENT_IN[lang]}")
    )
    assert got == datetime(2027, 11, 16, hour, tzinfo=ZoneInfo(zone))


# --- office hours and firm names ---------------------------------------------------------------
HOURS_LINES = [
    "Office hours: Mon-Fri 9:00-17:00",
    "Office hours: Monday to Friday, 8.30am - 5.30pm",
    "Sprechzeiten: Mo-Fr 8-16 Uhr",
    "Horaires : lun.-ven. 9h-18h",
    "Horario de atención: L-V 9:00-18:00",
    "Openingstijden: ma t/m za 7.00-18.00 uur",
]


@pytest.mark.parametrize("hours", HOURS_LINES)
def test_office_hours_lend_no_clock_to_a_date(hours: str) -> None:
    body = (
        "Dear Alex,\n\nWe'd like you to come in on Wednesday 17 November; I'll confirm the time "
        f"once the panel is set.\n\nKind regards,\nGrace\n{hours}"
    )
    got = _read(body)
    assert got.get("start") is None or float(str(got["confidence"])) < 0.5


@pytest.mark.parametrize("hours", HOURS_LINES)
def test_office_hours_leave_the_interview_clock(hours: str) -> None:
    body = f"Dear Alex,\n\nYour interview is on Wednesday 17 November at 14:15.\n\nGrace\n{hours}"
    got = _start(_read(body))
    assert got is not None
    assert (got.day, got.hour, got.minute) == (17, 14, 15)


@pytest.mark.parametrize(
    ("firm", "day"),
    [("Friday Labs", "Tuesday"), ("Sunday Foods", "Wednesday"), ("Monday Kitchen Co.", "Thursday")],
)
def test_a_weekday_in_a_firm_name_is_no_day(firm: str, day: str) -> None:
    got = _start(_read(f"Hi Alex,\n\nCould you come to {firm} at 11:00 on {day}?\n\nRuth"))
    assert got is not None
    assert got.strftime("%A") == day
    assert got.hour == 11


def test_zones_that_disagree_are_not_sure() -> None:
    got = _read(
        "Hi Alex,\n\nYour interview is on Tuesday 16 November at 10:00 ET (16:00 London time)."
    )
    assert float(str(got["confidence"])) < 0.5
    agreeing = _read(
        "Hi Alex,\n\nYour interview is on Tuesday 16 November at 10:00 ET (15:00 London time)."
    )
    assert float(str(agreeing["confidence"])) >= 0.5


# --- the batch's mails a careful reader cannot settle ---------------------------------------
UNSURE = sorted((Path(__file__).parent / "corpus" / "dev").glob("unsure64__*.eml"))


@pytest.mark.parametrize("path", UNSURE, ids=lambda path: path.name)
def test_an_unsettled_mail_is_not_sure(path: Path) -> None:
    label = json.loads(path.with_name(path.name + ".expected.json").read_text("utf-8"))
    assert "start" not in label
    got = parse_message(path.read_bytes()).to_json_dict()
    assert got.get("start") is None or (
        float(str(got["confidence"])) < 0.5 and got.get("warnings")
    ), got


def test_the_batch_is_there() -> None:
    assert len(UNSURE) >= 10
