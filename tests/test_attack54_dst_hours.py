"""Working hours that a clock change swallows, as the API's user sees the planned steps.

Found by an attack pass on a running server: on the spring-forward day a follow-up
landed at the gap's far edge (03:00 for hours of 02:00-03:00, when the next working
minute is a week on), and hours lying wholly in a midnight gap (Santiago, 00:00-00:30)
were stretched past the jump, so a thank-you came at 01:00.
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.steps.schedule import WorkingHours, is_working_moment, next_working_moment
from tests.helpers import auth, make_token, make_user


def _plan(
    client: FlaskClient, token: str, zone: str, hours: str, follow_up_days: int, day: str
) -> dict[str, datetime]:
    me = {"timezone": zone, "working_hours": hours, "follow_up_days": follow_up_days}
    assert client.patch("/api/v1/me", json=me, headers=auth(token)).status_code == 200
    interview = {
        "company": "Acme",
        "role": "Engineer",
        "start": f"{day}T10:00",
        "end": f"{day}T11:00",
    }
    response = client.post("/api/v1/interviews", json=interview, headers=auth(token))
    assert response.status_code == 201, response.get_json()
    return {
        step["kind"]: datetime.fromisoformat(step["due"]).astimezone(ZoneInfo(zone))
        for step in response.get_json()["steps"]
    }


@pytest.mark.parametrize(
    ("zone", "hours", "follow_up_days", "day"),
    [
        # The follow-up's day is New York's spring-forward Sunday: 02:00-03:00 is skipped.
        ("America/New_York", "02:00-03:00 sun", 8, "2027-03-06"),
        # Chile's clocks jump from 00:00 to 01:00 on 5 September 2027.
        ("America/Santiago", "00:00-00:30 sun", 7, "2027-08-29"),
        # Hours that end inside the gap end at the jump, not an hour after it.
        ("America/New_York", "01:30-02:30 sun", 1, "2027-03-13"),
    ],
)
def test_steps_keep_to_the_hours_the_clock_shows(
    app: Flask, client: FlaskClient, zone: str, hours: str, follow_up_days: int, day: str
) -> None:
    token = make_token(app, make_user(app))
    steps = _plan(client, token, zone, hours, follow_up_days, day)
    parsed = WorkingHours.parse(hours)
    for kind in ("thank_you", "follow_up"):
        local = steps[kind]
        assert is_working_moment(local, ZoneInfo(zone), parsed), (kind, local)
        assert parsed.start <= local.time() < parsed.end, (kind, local.isoformat())


def test_hours_wholly_in_a_midnight_gap_skip_that_day(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app))
    steps = _plan(client, token, "America/Santiago", "00:00-00:30 sun", 7, "2027-09-04")
    # Sunday 5 September has no 00:00-00:30; the next Sunday's opening is the first.
    assert steps["thank_you"].date().isoformat() == "2027-09-12"
    assert steps["thank_you"].time() == time(0, 0)


def test_hours_ending_in_the_gap_end_at_the_jump() -> None:
    """01:30-02:30 on New York's spring-forward day is 01:30-02:00 EST: at 03:10 EDT the
    clock shows a time after the hours end, so a snooze landing there moves on."""
    zone = ZoneInfo("America/New_York")
    hours = WorkingHours.parse("01:30-02:30 sun")
    after_jump = datetime(2027, 3, 14, 3, 10, tzinfo=zone)
    assert not is_working_moment(after_jump, zone, hours)
    assert is_working_moment(datetime(2027, 3, 14, 1, 59, tzinfo=zone), zone, hours)
    moved = next_working_moment(after_jump, zone, hours)
    assert moved == datetime(2027, 3, 21, 1, 30, tzinfo=zone)
