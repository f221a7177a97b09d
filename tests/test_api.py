"""The JSON API as a client sees it: tokens, interviews, steps, and clean errors."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user

INTERVIEW = {
    "company": "Acme",
    "role": "Senior Engineer",
    "start": "2026-03-10T14:00",
    "end": "2026-03-10T15:00",
    "timezone": "America/New_York",
    "interviewers": [{"name": "Dana Reyes", "email": "dana@acme.example"}],
}


@pytest.fixture
def token(app: Flask) -> str:
    return make_token(app, make_user(app))


def _create(client: FlaskClient, token: str, **changes: object) -> dict[str, object]:
    response = client.post("/api/v1/interviews", json={**INTERVIEW, **changes}, headers=auth(token))
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert isinstance(body, dict)
    return body


def _steps(body: dict[str, object]) -> dict[str, dict[str, object]]:
    steps = body["steps"]
    assert isinstance(steps, list)
    return {s["kind"]: s for s in steps}


def test_create_interview_plans_three_steps_in_order(client: FlaskClient, token: str) -> None:
    body = _create(client, token)
    assert body["start"] == "2026-03-10T18:00:00Z"  # 14:00 New York (EDT from 8 March)
    steps = _steps(body)
    assert set(steps) == {"ask_next_steps", "thank_you", "follow_up"}
    due = {k: datetime.fromisoformat(str(s["due"])) for k, s in steps.items()}
    end = datetime.fromisoformat("2026-03-10T19:00:00+00:00")
    assert due["ask_next_steps"] < end <= due["thank_you"] <= end + timedelta(hours=24)
    # A week later, at the start of the account's working hours (09:00 Berlin).
    assert due["follow_up"] == datetime.fromisoformat("2026-03-17T08:00:00+00:00")
    # Logged after it happened: there was no moment to ask in the room, so no nagging.
    assert steps["ask_next_steps"]["status"] == "skipped"
    assert steps["ask_next_steps"]["status_reason"] == "the interview was over when it was logged"
    assert steps["thank_you"]["status"] == steps["follow_up"]["status"] == "pending"


def test_explicit_offset_wins_over_timezone(client: FlaskClient, token: str) -> None:
    body = _create(client, token, start="2026-03-10T14:00+01:00", end="2026-03-10T15:00+01:00")
    assert body["start"] == "2026-03-10T13:00:00Z"


def test_read_list_update_reschedule_cancel(client: FlaskClient, token: str) -> None:
    body = _create(client, token)
    url = f"/api/v1/interviews/{body['id']}"
    assert client.get(url, headers=auth(token)).get_json()["company"] == "Acme"
    listed = client.get("/api/v1/interviews", headers=auth(token)).get_json()
    assert [i["id"] for i in listed["interviews"]] == [body["id"]]

    patched = client.patch(url, json={"location": "Floor 3"}, headers=auth(token))
    assert patched.status_code == 200
    assert patched.get_json()["location"] == "Floor 3"

    before = _steps(body)
    moved = client.post(
        url + "/reschedule",
        json={"start": "2026-03-12T10:00", "end": "2026-03-12T11:00"},
        headers=auth(token),
    ).get_json()
    after = _steps(moved)
    # Wall time in the interview's own zone (New York, EDT), as the CLI and web read it.
    assert moved["start"] == "2026-03-12T14:00:00Z"
    assert after["thank_you"]["due"] != before["thank_you"]["due"]
    assert after["thank_you"]["revision"] > before["thank_you"]["revision"]

    cancelled = client.post(url + "/cancel", headers=auth(token)).get_json()
    assert cancelled["status"] == "cancelled"
    statuses = {s["kind"]: s["status"] for s in cancelled["steps"]}
    assert statuses == {
        "ask_next_steps": "skipped",  # it had passed already
        "thank_you": "cancelled",
        "follow_up": "cancelled",
    }


def test_step_done_stays_done_after_reschedule(client: FlaskClient, token: str) -> None:
    body = _create(client, token)
    thank_you = _steps(body)["thank_you"]
    done = client.patch(
        f"/api/v1/steps/{thank_you['id']}", json={"status": "done"}, headers=auth(token)
    )
    assert done.get_json()["status"] == "done"
    moved = client.post(
        f"/api/v1/interviews/{body['id']}/reschedule",
        json={"start": "2026-03-20T10:00", "end": "2026-03-20T11:00"},
        headers=auth(token),
    ).get_json()
    assert _steps(moved)["thank_you"]["status"] == "done"
    assert _steps(moved)["thank_you"]["due"] == thank_you["due"]
    pending = client.get("/api/v1/steps?status=pending", headers=auth(token)).get_json()
    assert {s["kind"] for s in pending["steps"]} == {"follow_up"}


def test_timeline_moves_follow_up(client: FlaskClient, token: str) -> None:
    body = _create(client, token)
    before = datetime.fromisoformat(str(_steps(body)["follow_up"]["due"]))
    response = client.put(
        f"/api/v1/interviews/{body['id']}/timeline",
        json={"text": "We decide within two weeks"},
        headers=auth(token),
    )
    assert response.status_code == 200, response.get_json()
    after = response.get_json()
    assert after["timeline"]["date"] == "2026-03-24"
    moved = datetime.fromisoformat(str(_steps(after)["follow_up"]["due"]))
    assert moved > before
    assert moved.weekday() < 5


def test_later_round_takes_the_follow_up(client: FlaskClient, token: str) -> None:
    first = _create(client, token)
    second = _create(client, token, start="2026-03-17T14:00", end="2026-03-17T15:00")
    first_now = client.get(f"/api/v1/interviews/{first['id']}", headers=auth(token)).get_json()
    assert _steps(first_now)["follow_up"]["status"] == "skipped"
    assert _steps(first_now)["thank_you"]["status"] == "pending"
    assert _steps(second)["follow_up"]["status"] == "pending"
    client.post(f"/api/v1/interviews/{second['id']}/cancel", headers=auth(token))
    again = client.get(f"/api/v1/interviews/{first['id']}", headers=auth(token)).get_json()
    assert _steps(again)["follow_up"]["status"] == "pending"


def test_heard_back_cancels_pending_follow_up(client: FlaskClient, token: str) -> None:
    body = _create(client, token)
    response = client.patch(
        f"/api/v1/interviews/{body['id']}", json={"outcome": "heard_back"}, headers=auth(token)
    )
    steps = _steps(response.get_json())
    assert steps["follow_up"]["status"] == "cancelled"
    assert steps["thank_you"]["status"] == "pending"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"end": "2026-03-10T13:00"}, "end"),
        ({"start": "0001-01-01T10:00", "end": "0001-01-01T11:00"}, "start"),
        ({"start": "9999-01-01T10:00", "end": "9999-01-01T11:00"}, "start"),
        ({"company": "x" * 10_000_000}, "company"),
        ({"company": ""}, "company"),
        ({"company": 42}, "company"),
        ({"start": "next tuesday"}, "start"),
        ({"start": "2026-03-08T02:30"}, "start"),  # skipped by the DST change in New York
        ({"interviewers": "dana"}, "interviewers"),
        ({"meeting_url": "javascript:alert(1)"}, "meeting_url"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    client: FlaskClient, token: str, changes: dict[str, object], field: str
) -> None:
    response = client.post("/api/v1/interviews", json={**INTERVIEW, **changes}, headers=auth(token))
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["errors"][0]["field"] == field
    assert client.get("/api/v1/interviews", headers=auth(token)).get_json()["interviews"] == []


def test_malformed_json_is_a_400_problem(client: FlaskClient, token: str) -> None:
    response = client.post(
        "/api/v1/interviews",
        data=b"{not json",
        headers={**auth(token), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    assert "JSON" in response.get_json()["detail"]


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer av_wrong"}, {"Authorization": "Basic abc"}]
)
def test_missing_or_wrong_token_is_401(client: FlaskClient, headers: dict[str, str]) -> None:
    response = client.get("/api/v1/interviews", headers=headers)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_nobody_sees_another_users_interviews(app: Flask, client: FlaskClient, token: str) -> None:
    body = _create(client, token)
    other = make_token(app, make_user(app, "ben@example.com"))
    url = f"/api/v1/interviews/{body['id']}"
    assert client.get(url, headers=auth(other)).status_code == 404
    assert client.patch(url, json={"notes": "x"}, headers=auth(other)).status_code == 404
    assert client.post(url + "/cancel", headers=auth(other)).status_code == 404
    step_id = body["steps"][0]["id"]  # type: ignore[index]
    assert (
        client.patch(f"/api/v1/steps/{step_id}", json={"status": "done"}, headers=auth(other))
    ).status_code == 404
    assert client.get("/api/v1/interviews", headers=auth(other)).get_json()["interviews"] == []
    assert client.get(url, headers=auth(token)).get_json()["status"] == "scheduled"


def test_openapi_document_lists_every_route(app: Flask, client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    documented = {
        (path, method.upper())
        for path, item in document["paths"].items()
        for method in item
        if method != "parameters"
    }
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/") and rule.endpoint != "api.openapi":
            path = rule.rule.replace("<int:interview_id>", "{id}").replace("<int:step_id>", "{id}")
            served |= {(path, m) for m in rule.methods or () if m not in ("HEAD", "OPTIONS")}
    assert served == documented


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/interviews/99999999999999999999999",
        "/api/v1/interviews/42288811934",
        "/api/v1/interviews/0",
    ],
)
def test_impossible_ids_are_404_not_500(client: FlaskClient, token: str, path: str) -> None:
    assert client.get(path, headers=auth(token)).status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "body", "key"),
    [
        ("POST", "/api/v1/interviews", {**INTERVIEW, "notse": "bring a laptop"}, "notse"),
        ("PATCH", "/api/v1/interviews/{id}", {"compnay": "Initech"}, "compnay"),
        ("POST", "/api/v1/interviews/{id}/reschedule", {**INTERVIEW, "tz": "UTC"}, "tz"),
        ("PUT", "/api/v1/interviews/{id}/timeline", {"txt": "two weeks"}, "txt"),
        ("PATCH", "/api/v1/steps/{step}", {"status": "done", "note": "sent"}, "note"),
        ("PATCH", "/api/v1/me", {"timezon": "Berlin"}, "timezon"),
    ],
)
def test_a_key_a_request_does_not_take_is_named_and_nothing_changes(
    client: FlaskClient, token: str, method: str, path: str, body: dict[str, object], key: str
) -> None:
    """A misspelt key was dropped and the request answered 2xx (the attack pass): the
    client believed its notes or new zone were saved. Every JSON write now names it,
    as PATCH /me always did, and saves nothing."""
    created = _create(client, token)
    step = _steps(created)["thank_you"]["id"]
    url = path.format(id=created["id"], step=step)
    before = client.get(f"/api/v1/interviews/{created['id']}", headers=auth(token)).get_json()
    listed = client.get("/api/v1/interviews", headers=auth(token)).get_json()["interviews"]

    response = client.open(url, method=method, json=body, headers=auth(token))

    assert response.status_code == 422, response.get_json()
    errors = response.get_json()["errors"]
    assert {"field": key, "message": errors[-1]["message"]} in errors
    assert "is not a field this request takes" in errors[-1]["message"]
    after = client.get(f"/api/v1/interviews/{created['id']}", headers=auth(token)).get_json()
    assert after == before
    assert len(client.get("/api/v1/interviews", headers=auth(token)).get_json()["interviews"]) == (
        len(listed)
    )


def test_patch_takes_the_whole_record_back_but_names_a_changed_read_only_field(
    client: FlaskClient, token: str
) -> None:
    """A read-modify-write sends every field GET gave; unchanged ones pass, a changed one
    is named with where that change is made."""
    created = _create(client, token)
    url = f"/api/v1/interviews/{created['id']}"
    record = client.get(url, headers=auth(token)).get_json()

    saved = client.patch(url, json={**record, "notes": "Ask about the team"}, headers=auth(token))
    assert saved.status_code == 200, saved.get_json()
    assert saved.get_json()["notes"] == "Ask about the team"

    record = client.get(url, headers=auth(token)).get_json()
    refused = client.patch(url, json={**record, "status": "cancelled"}, headers=auth(token))
    assert refused.status_code == 422
    assert refused.get_json()["errors"] == [
        {"field": "status", "message": f"POST to {url}/cancel or {url}/restore to change it"}
    ]
    me = client.get("/api/v1/me", headers=auth(token)).get_json()
    assert client.patch("/api/v1/me", json=me, headers=auth(token)).status_code == 200


def test_a_field_of_the_wrong_type_is_named_once(client: FlaskClient, token: str) -> None:
    """A number for the company was named twice: 'must be a string' and 'is required'."""
    response = client.post(
        "/api/v1/interviews", json={**INTERVIEW, "company": 5}, headers=auth(token)
    )
    assert response.status_code == 422
    assert response.get_json()["errors"] == [{"field": "company", "message": "must be a string"}]


def test_timeline_problems_are_named_by_the_fields_the_body_has(
    client: FlaskClient, token: str
) -> None:
    """The domain names the form's `timeline` and `timeline_date`; this body has `text`
    and `date`, and the errors must name those."""
    url = f"/api/v1/interviews/{_create(client, token)['id']}/timeline"
    for body, field in [
        ({"text": "x" * 501}, "text"),
        ({"text": "   "}, "text"),
        ({"date": "2020-01-01"}, "date"),
    ]:
        response = client.put(url, json=body, headers=auth(token))
        assert response.status_code == 422, body
        assert [e["field"] for e in response.get_json()["errors"]] == [field], body
