"""`POST /api/v1/steps/{id}/snooze` puts a step off until a chosen date or time.

Found by the attack pass: the API could only put a step off by one day, while the web
page and the CLI snooze until a chosen date. The API now takes an optional `until`,
read by the same domain function, in the account's zone when it has no offset.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import auth, make_token, make_user
from tests.web.forms import csrf_from, sign_in

START = "2027-05-03T10:00"  # a Monday, Berlin; the follow-up is due a week after


def _log(client: FlaskClient, token: str, company: str = "Acme") -> dict[str, Any]:
    answer = client.post(
        "/api/v1/interviews",
        json={"company": company, "role": "Analyst", "start": START, "end": "2027-05-03T11:00"},
        headers=auth(token),
    )
    assert answer.status_code == 201, answer.get_json()
    [step] = [s for s in answer.get_json()["steps"] if s["kind"] == "follow_up"]
    return dict(step)


def _snooze(client: FlaskClient, token: str, step_id: int, **body: Any) -> Any:
    return client.post(
        f"/api/v1/steps/{step_id}/snooze", json=body if body else None, headers=auth(token)
    )


@pytest.fixture
def token(app: Flask) -> str:
    return make_token(app, make_user(app))  # Europe/Berlin, 09:00-18:00 mon-fri


def test_without_until_it_is_a_day_later_as_before(client: FlaskClient, token: str) -> None:
    step = _log(client, token)
    answer = _snooze(client, token, step["id"])
    assert answer.status_code == 200
    due = datetime.fromisoformat(answer.get_json()["due"])
    assert due == datetime.fromisoformat(step["due"]) + timedelta(days=1)
    for empty in ({}, None):
        again = client.post(f"/api/v1/steps/{step['id']}/snooze", json=empty, headers=auth(token))
        assert again.status_code == 200


@pytest.mark.parametrize(
    ("until", "due"),
    [
        ("2027-06-01", "2027-06-01T07:00:00Z"),  # a date: 09:00 Berlin (CEST) that day
        ("2027-06-05", "2027-06-07T07:00:00Z"),  # a Saturday: Monday's opening
        ("2027-06-01T14:30", "2027-06-01T12:30:00Z"),  # wall clock in the account's zone
        ("2027-06-01T14:30:00+00:00", "2027-06-01T14:30:00Z"),  # its own offset wins
        ("2027-06-01T22:00", "2027-06-02T07:00:00Z"),  # after hours: the next opening
    ],
)
def test_until_a_date_or_a_time(client: FlaskClient, token: str, until: str, due: str) -> None:
    step = _log(client, token)
    answer = _snooze(client, token, step["id"], until=until)
    assert answer.status_code == 200, answer.get_json()
    assert answer.get_json()["due"] == due
    listed = client.get("/api/v1/steps", headers=auth(token)).get_json()["steps"]
    assert [s["due"] for s in listed if s["id"] == step["id"]] == [due]


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"until": "2027-05-01"}, "not later than when the step is due"),
        ({"until": "2020-01-01T09:00"}, "not later than when the step is due"),
        ({"until": "2029-01-01"}, "more than 366 days after the step is due"),
        ({"until": "next week"}, ""),
        ({"until": "2027-02-30"}, ""),
        ({"until": 20270601}, "must be a string"),
        ({"untill": "2027-06-01"}, "not a field"),
    ],
)
def test_a_bad_until_is_named_and_nothing_moves(
    client: FlaskClient, token: str, body: dict[str, Any], says: str
) -> None:
    step = _log(client, token)
    answer = client.post(f"/api/v1/steps/{step['id']}/snooze", json=body, headers=auth(token))
    assert answer.status_code == 422, answer.get_json()
    [error] = answer.get_json()["errors"]
    assert error["field"] == next(iter(body))
    assert says in error["message"]
    listed = client.get("/api/v1/steps", headers=auth(token)).get_json()["steps"]
    assert [s["due"] for s in listed if s["id"] == step["id"]] == [step["due"]]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(days=st.integers(1, 300))
def test_the_api_and_the_web_page_snooze_to_a_date_alike(app: Flask, days: int) -> None:
    """The same date chosen on the page and sent as `until` puts a step at the same moment."""
    client = app.test_client()  # signed in afresh for each example
    email = f"{uuid.uuid4().hex[:12]}@example.com"
    token = make_token(app, make_user(app, email=email))
    sign_in(client, email)
    on_page, by_api = _log(client, token, "Acme"), _log(client, token, "Globex")
    assert on_page["due"] == by_api["due"]
    day = (date(2027, 5, 10) + timedelta(days=days)).isoformat()
    csrf = csrf_from(client, "/interviews/new")
    client.post(
        f"/steps/{on_page['id']}/snooze", data={"csrf_token": csrf, "choice": "date", "until": day}
    )
    answer = _snooze(client, token, by_api["id"], until=day)
    assert answer.status_code == 200
    listed = client.get("/api/v1/steps", headers=auth(token)).get_json()["steps"]
    due = {s["id"]: s["due"] for s in listed}
    assert due[on_page["id"]] == due[by_api["id"]] == answer.get_json()["due"]
    assert due[by_api["id"]][:10] >= day
