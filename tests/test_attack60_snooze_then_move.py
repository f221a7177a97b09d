"""A step snoozed, then its interview moved later (by hand, the API or a mail).

Found by the attack pass: a snoozed step kept its snoozed time whatever happened to the
interview, so a thank-you snoozed to Tuesday for a Monday interview stayed on Tuesday
when the employer moved the interview to Friday. Tuesday's mail then said "Your
interview ... is over" three days before it took place, and the feed showed the
thank-you before the interview. A snooze only ever puts a step later than its plan:
moved past it, the step takes its new plan.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user

MONDAY, FRIDAY = "2027-05-03", "2027-05-07"  # Berlin, 09:00-18:00 mon-fri


@pytest.fixture
def token(app: Flask) -> str:
    return make_token(app, make_user(app))


def _steps(client: FlaskClient, token: str, interview_id: int) -> dict[str, Any]:
    got = client.get(f"/api/v1/interviews/{interview_id}", headers=auth(token)).get_json()
    return {s["kind"]: s for s in got["steps"]}


@pytest.mark.parametrize("kind", ["thank_you", "ask_next_steps", "follow_up"])
def test_a_snoozed_step_moves_with_its_interview_moved_past_it(
    client: FlaskClient, token: str, kind: str
) -> None:
    logged = client.post(
        "/api/v1/interviews",
        json={
            "company": "Acme",
            "role": "Analyst",
            "start": f"{MONDAY}T10:00",
            "end": f"{MONDAY}T11:00",
        },
        headers=auth(token),
    )
    assert logged.status_code == 201, logged.get_json()
    interview_id = logged.get_json()["id"]
    step = _steps(client, token, interview_id)[kind]
    snoozed = client.post(f"/api/v1/steps/{step['id']}/snooze", headers=auth(token))
    assert snoozed.status_code == 200, snoozed.get_json()
    # Three weeks later: past any snooze of a day.
    moved = client.post(
        f"/api/v1/interviews/{interview_id}/reschedule",
        json={"start": "2027-05-24T10:00", "end": "2027-05-24T11:00"},
        headers=auth(token),
    )
    assert moved.status_code == 200, moved.get_json()
    steps = _steps(client, token, interview_id)
    end = datetime.fromisoformat("2027-05-24T09:00:00+00:00")  # 11:00 CEST
    start = datetime.fromisoformat("2027-05-24T08:00:00+00:00")
    due = datetime.fromisoformat(steps[kind]["due"])
    if kind == "ask_next_steps":
        assert start <= due < end, steps[kind]
    else:
        assert due > end, steps[kind]
    # Exactly where a step of an interview logged at the new time would be.
    fresh = client.post(
        "/api/v1/interviews",
        json={
            "company": "Initech",
            "role": "Analyst",
            "start": "2027-05-24T10:00",
            "end": "2027-05-24T11:00",
        },
        headers=auth(token),
    ).get_json()
    assert steps[kind]["due"] == _steps(client, token, fresh["id"])[kind]["due"]


def test_a_snooze_later_than_the_new_plan_is_kept(client: FlaskClient, token: str) -> None:
    """Moved a little, the step still waits for the day the user chose."""
    logged = client.post(
        "/api/v1/interviews",
        json={
            "company": "Acme",
            "role": "Analyst",
            "start": f"{MONDAY}T10:00",
            "end": f"{MONDAY}T11:00",
        },
        headers=auth(token),
    ).get_json()
    step = _steps(client, token, logged["id"])["thank_you"]
    snoozed = client.post(
        f"/api/v1/steps/{step['id']}/snooze",
        json={"until": f"{FRIDAY}T15:00"},
        headers=auth(token),
    )
    assert snoozed.status_code == 200, snoozed.get_json()
    moved = client.post(
        f"/api/v1/interviews/{logged['id']}/reschedule",
        json={"start": "2027-05-04T10:00", "end": "2027-05-04T11:00"},
        headers=auth(token),
    )
    assert moved.status_code == 200, moved.get_json()
    assert _steps(client, token, logged["id"])["thank_you"]["due"] == "2027-05-07T13:00:00Z"
