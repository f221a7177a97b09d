"""The one Person reader and the one date formatter every channel shares."""

from __future__ import annotations

import locale
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from service import interviews
from service.parsing.model import Person
from service.platform.dates import WEEKDAYS, format_day, format_moment

names = st.text(
    alphabet=st.characters(categories=("L", "Zs"), exclude_characters='<>"'), max_size=30
).map(str.strip)
addresses = st.from_regex(r"[a-z0-9.]{1,12}@[a-z0-9]{1,10}\.example", fullmatch=True)
instants = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
)
zones = st.sampled_from(
    [
        "UTC",
        "Europe/Berlin",
        "America/New_York",
        "Asia/Kolkata",
        "Australia/Adelaide",
        "Pacific/Chatham",
        "America/St_Johns",
        "Asia/Kathmandu",
    ]
)


@given(names, addresses)
def test_name_and_address_are_read_back(name: str, email: str) -> None:
    person = interviews.read_person(f"{name} <{email}>" if name else f"<{email}>")
    assert person == Person(name=name, email=email)


@given(addresses)
def test_a_bare_address_is_an_address(email: str) -> None:
    assert interviews.read_person(f"  {email} ") == Person(email=email)


@given(names.filter(lambda text: "@" not in text and text != ""))
def test_a_bare_name_is_a_name(name: str) -> None:
    assert interviews.read_person(name) == Person(name=name)


@given(instants, zones)
def test_the_day_written_is_the_day_in_that_zone(moment: datetime, zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    local = moment.astimezone(zone)
    long, short = format_day(moment, zone), format_day(moment, zone, short=True)
    assert long.split()[0] == WEEKDAYS[local.weekday()]
    assert long.split()[1] == str(local.day)
    assert long.endswith(str(local.year))
    assert short.split()[0] == WEEKDAYS[local.weekday()][:3]
    assert f"{local:%H:%M}" in format_moment(moment, zone)


def test_the_machine_locale_does_not_change_the_words() -> None:
    moment = datetime(2025, 3, 4, 13, 0, tzinfo=UTC)
    before = format_moment(moment, ZoneInfo("Europe/Berlin"))
    previous = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            assert format_moment(moment, ZoneInfo("Europe/Berlin")) == before
    finally:
        locale.setlocale(locale.LC_TIME, previous)
    assert before == "Tuesday 4 March 2025, 14:00 CET"
