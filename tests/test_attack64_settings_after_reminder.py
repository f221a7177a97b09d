"""A settings change after a step's reminder went out does not send it again.

Found by an attack pass: a follow-up reminded at 09:00 in Berlin was planned again at
09:00 in New York when its owner, travelling, changed the zone (or moved the start of
their hours to 10:00) a little later; that was a new reminder moment, so the same
"Follow up" mail went out a second time that day. A snoozed step fared the same.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user
from tests.mailserver import Sink
from tests.test_reminders import END, log_interview, run
from tests.test_reminders import app as app
from tests.test_reminders import sink as sink

FOLLOW_UP = datetime(2031, 3, 11, 8, 0, tzinfo=UTC)  # Tuesday a week on, 09:00 in Berlin


def _subjects(sink: tuple[Sink, int]) -> list[str]:
    return [str(mail.message["Subject"]) for mail in sink[0].received]


def _follow_ups(sink: tuple[Sink, int]) -> int:
    return sum(subject.startswith("Time to follow up") for subject in _subjects(sink))


@pytest.mark.parametrize(
    ("change", "moved_to"),
    [
        ({"timezone": "America/New_York"}, datetime(2031, 3, 11, 13, 0, tzinfo=UTC)),
        ({"working_hours": "10:00-18:00 mon-fri"}, FOLLOW_UP + timedelta(hours=1)),
    ],
)
def test_a_follow_up_reminded_then_moved_by_settings_is_not_mailed_again(
    app: Flask, sink: tuple[Sink, int], change: dict[str, str], moved_to: datetime
) -> None:
    user_id = make_user(app)
    token = make_token(app, user_id)
    client: FlaskClient = app.test_client()
    interview_id = log_interview(app, user_id)
    run(app, END + timedelta(minutes=1))  # the thank-you
    run(app, FOLLOW_UP + timedelta(minutes=1))
    assert _follow_ups(sink) == 1, _subjects(sink)

    changed = client.patch("/api/v1/me", json=change, headers=auth(token))
    assert changed.status_code == 200, changed.get_json()
    got = client.get(f"/api/v1/interviews/{interview_id}", headers=auth(token)).get_json()
    [follow_up] = [s for s in got["steps"] if s["kind"] == "follow_up"]
    assert datetime.fromisoformat(follow_up["due"]) == moved_to  # the step did move

    run(app, moved_to + timedelta(minutes=1))
    run(app, moved_to + timedelta(hours=2))
    assert _follow_ups(sink) == 1, _subjects(sink)


def test_a_follow_up_moved_by_more_than_a_day_is_reminded_on_its_new_day(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    """A longer wait chosen after the reminder is a new follow-up day: it is reminded."""
    user_id = make_user(app)
    token = make_token(app, user_id)
    client: FlaskClient = app.test_client()
    log_interview(app, user_id)
    run(app, FOLLOW_UP + timedelta(minutes=1))
    assert _follow_ups(sink) == 1, _subjects(sink)
    changed = client.patch("/api/v1/me", json={"follow_up_days": 10}, headers=auth(token))
    assert changed.status_code == 200, changed.get_json()
    run(app, FOLLOW_UP + timedelta(days=3, minutes=1))
    assert _follow_ups(sink) == 2, _subjects(sink)


def test_a_reminder_still_waiting_for_the_relay_comes_at_the_new_time(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    """Not sent yet (the relay refused it for now): moved, it is sent once, at the new time."""
    user_id = make_user(app)
    token = make_token(app, user_id)
    client: FlaskClient = app.test_client()
    log_interview(app, user_id)
    run(app, END + timedelta(minutes=1))  # the thank-you
    sink[0].refuse_rcpt = "451 4.3.0 try again later"
    run(app, FOLLOW_UP + timedelta(minutes=1))
    assert _follow_ups(sink) == 0
    sink[0].refuse_rcpt = None
    changed = client.patch("/api/v1/me", json={"timezone": "America/New_York"}, headers=auth(token))
    assert changed.status_code == 200, changed.get_json()
    run(app, FOLLOW_UP + timedelta(minutes=30))  # the queued one is cancelled: moved
    assert _follow_ups(sink) == 0, _subjects(sink)
    moved_to = datetime(2031, 3, 11, 13, 0, tzinfo=UTC)
    run(app, moved_to + timedelta(minutes=1))
    run(app, moved_to + timedelta(hours=1))
    assert _follow_ups(sink) == 1, _subjects(sink)
