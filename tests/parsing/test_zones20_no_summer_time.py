"""Zones written as people write them (zones20): a standard-time abbreviation that a region
without summer time also uses ("10am AEST" from Brisbane in January, "2pm MST" from Arizona
in June) is that region's clock when the sender's Date header shows it; the same
abbreviation from a sender on the usual zone's summer clock keeps that zone."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _parse(body: str, date: str) -> dict[str, object]:
    return parse_message(
        plain_mail(
            "Interview",
            body,
            sender="Jordan Lee <jordan.lee@harbour-works.example>",
            to="candidate@mailbox.example",
            date=date,
        )
    ).to_json_dict()


@pytest.mark.parametrize(
    ("body", "date", "start", "zone"),
    [
        (
            "Hi Sam,\n\nYour interview is on Tuesday 19 January 2027 at 10am AEST at our "
            "Fortitude Valley office.\n\nJordan",
            "Tue, 12 Jan 2027 08:30:00 +1000",
            "2027-01-19T10:00:00+10:00",
            "Australia/Brisbane",
        ),
        (
            "Hi Sam,\n\nLet's meet on Wednesday, June 9, 2027 at 2:00 PM MST in Tempe.\n\nJordan",
            "Wed, 02 Jun 2027 10:00:00 -0700",
            "2027-06-09T14:00:00-07:00",
            "America/Phoenix",
        ),
    ],
)
def test_standard_abbreviation_from_a_region_without_summer_time(
    body: str, date: str, start: str, zone: str
) -> None:
    got = _parse(body, date)
    assert got["kind"] == "invitation"
    assert got["start"] == start
    assert got["timezone"] == zone


@pytest.mark.parametrize(
    ("body", "date", "start", "zone"),
    [
        (  # a Sydney sender on AEDT writing AEST loosely in January keeps Sydney's clock
            "Hi Sam,\n\nYour interview is on Tuesday 19 January 2027 at 10am AEST at our "
            "George St office.\n\nJordan",
            "Tue, 12 Jan 2027 08:30:00 +1100",
            "2027-01-19T10:00:00+11:00",
            "Australia/Sydney",
        ),
        (  # a Denver sender on MDT writing MST in July means Denver's clock
            "Hi Sam,\n\nLet's meet on Thursday, July 15, 2027 at 1:00 PM MST in Boulder.\n\nJordan",
            "Thu, 08 Jul 2027 09:00:00 -0600",
            "2027-07-15T13:00:00-06:00",
            "America/Denver",
        ),
    ],
)
def test_standard_abbreviation_from_the_usual_zone_keeps_it(
    body: str, date: str, start: str, zone: str
) -> None:
    got = _parse(body, date)
    assert got["start"] == start
    assert got["timezone"] == zone
