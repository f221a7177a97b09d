"""A JSON body that gives one key twice is refused, naming the key.

Found by the attack pass: `PATCH /api/v1/me` with
`{"follow_up_days": 7, "follow_up_days": 9}` answered 200 and kept 9, and
`POST /api/v1/interviews` with two `company` keys logged the second: Python's decoder
keeps the last value and drops the other in silence, while the README promises that
nothing a request sends is dropped in silence. Which of the two the client meant
cannot be known, so nothing is saved and the key is named.

The mail hooks stay lenient: a Postmark post is a message to keep, not a request to
check (refusing it would lose the mail).
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def token(app: Flask) -> str:
    return make_token(app, make_user(app, email="dupes@example.com"))


def test_a_setting_given_twice_is_refused_and_nothing_changes(
    client: FlaskClient, token: str
) -> None:
    before = client.get("/api/v1/me", headers=auth(token)).get_json()
    response = client.patch(
        "/api/v1/me",
        data='{"follow_up_days": 3, "follow_up_days": 9}',
        headers={**auth(token), **JSON},
    )
    assert response.status_code == 422, response.get_data(as_text=True)
    problem = response.get_json()
    assert [e["field"] for e in problem["errors"]] == ["follow_up_days"]
    assert "twice" in problem["errors"][0]["message"]
    assert client.get("/api/v1/me", headers=auth(token)).get_json() == before


def test_an_interview_with_two_companies_is_not_logged(client: FlaskClient, token: str) -> None:
    body = (
        '{"company": "Acme", "company": "Globex", "role": "Analyst",'
        ' "start": "2027-05-03T10:00", "end": "2027-05-03T11:00", "timezone": "Europe/Berlin"}'
    )
    response = client.post("/api/v1/interviews", data=body, headers={**auth(token), **JSON})
    assert response.status_code == 422, response.get_data(as_text=True)
    assert response.get_json()["errors"][0]["field"] == "company"
    listed = client.get("/api/v1/interviews", headers=auth(token)).get_json()
    assert listed["interviews"] == []


def test_a_key_repeated_inside_a_draft_is_named(client: FlaskClient, token: str) -> None:
    body = '{"thank_you": {"subject": "Thanks", "body": "a", "body": "b"}}'
    response = client.patch("/api/v1/me/drafts", data=body, headers={**auth(token), **JSON})
    assert response.status_code == 422, response.get_data(as_text=True)
    assert response.get_json()["errors"][0]["field"] == "thank_you.body"
    drafts = client.get("/api/v1/me/drafts", headers=auth(token)).get_json()
    assert drafts["thank_you"]["yours"] is False


def test_the_same_key_in_two_objects_is_fine(client: FlaskClient, token: str) -> None:
    body = (
        '{"thank_you": {"subject": "Thanks", "body": "Hello {greeting}"},'
        ' "follow_up": {"subject": "Checking in", "body": "Hello {greeting}"}}'
    )
    response = client.patch("/api/v1/me/drafts", data=body, headers={**auth(token), **JSON})
    assert response.status_code == 200, response.get_data(as_text=True)
