"""A query parameter the API cannot use is refused by name, never dropped in silence.

Found by an attack pass on a running server: `GET /api/v1/interviews?status=bogus`
answered 200 with every interview, so a client filtering on a misspelt or unsupported
status believed it had the ones it asked for.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user

TIMES = {"start": "2027-05-03T10:00", "end": "2027-05-03T11:00"}


def _token_with_two_interviews(app: Flask, client: FlaskClient) -> tuple[str, int]:
    """A token whose account has a scheduled interview and a cancelled one (its id)."""
    token = make_token(app, make_user(app))
    for company in ("Acme", "Fernwood"):
        body = {"company": company, "role": "Engineer", **TIMES}
        assert client.post("/api/v1/interviews", json=body, headers=auth(token)).status_code == 201
    listed = client.get("/api/v1/interviews", headers=auth(token)).json["interviews"]
    cancelled = listed[0]["id"]
    assert client.post(f"/api/v1/interviews/{cancelled}/cancel", headers=auth(token)).status_code
    return token, cancelled


def test_an_unknown_interview_status_is_refused_naming_the_allowed_ones(
    app: Flask, client: FlaskClient
) -> None:
    token, cancelled = _token_with_two_interviews(app, client)
    response = client.get("/api/v1/interviews?status=bogus", headers=auth(token))
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    [error] = response.json["errors"]
    assert error["field"] == "status"
    assert error["message"] == "'bogus' is not one of scheduled, cancelled, completed"
    assert "status" in response.json["detail"]

    only = client.get("/api/v1/interviews?status=cancelled", headers=auth(token))
    assert only.status_code == 200
    assert [i["id"] for i in only.json["interviews"]] == [cancelled]
    scheduled = client.get("/api/v1/interviews?status=scheduled", headers=auth(token)).json
    assert [i["status"] for i in scheduled["interviews"]] == ["scheduled"]


@pytest.mark.parametrize(
    ("path", "field", "says"),
    [
        ("/api/v1/interviews?limit=ten", "limit", "is not a whole number"),
        ("/api/v1/interviews?limit=0", "limit", "between 1 and 200"),
        ("/api/v1/interviews?limit=-5", "limit", "between 1 and 200"),
        ("/api/v1/interviews?limit=99999999999999999999999", "limit", "between 1 and 200"),
        ("/api/v1/interviews?offset=-1", "offset", "between 0 and 1000000"),
        ("/api/v1/interviews?offset=1.5", "offset", "is not a whole number"),
        ("/api/v1/interviews?status=", "status", "is not one of scheduled"),
        ("/api/v1/interviews?stauts=cancelled", "stauts", "takes (limit, offset, status)"),
        ("/api/v1/steps?status=bogus", "status", "is not one of pending, done"),
        ("/api/v1/steps?offset=-3", "offset", "between 0 and 1000000"),
        ("/api/v1/steps?due_before=2027-01-01", "due_before", "is not a query parameter"),
        ("/api/v1/export?format=pdf", "format", "is not one of json, csv, ics"),
        ("/api/v1/export?fromat=csv", "fromat", "takes (format)"),
    ],
)
def test_every_bad_query_parameter_is_a_400_that_names_it(
    app: Flask, client: FlaskClient, path: str, field: str, says: str
) -> None:
    token = make_token(app, make_user(app))
    response = client.get(path, headers=auth(token))
    assert response.status_code == 400, response.json
    assert response.mimetype == "application/problem+json"
    [error] = response.json["errors"]
    assert error["field"] == field
    assert says in error["message"]


def test_every_bad_query_parameter_is_named_at_once(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app))
    response = client.get(
        "/api/v1/steps?status=later&limit=none&offset=-1&sort=due", headers=auth(token)
    )
    assert response.status_code == 400
    named = [error["field"] for error in response.json["errors"]]
    assert sorted(named) == ["limit", "offset", "sort", "status"]
