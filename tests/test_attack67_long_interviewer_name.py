"""A typed interviewer name over 200 characters is refused, not cut short in silence.

Found by the attack pass: `POST /api/v1/interviews` with an interviewer named by 10,000
characters answered 201 and kept the first 200, where a company or a role that long is
a 422 naming the field and its length ("Nothing is dropped in silence"). The API, the
web form and the CLI now refuse it the same way; a name read from mail, which nobody
can type again, is still kept cut to 200.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskCliRunner

from tests.helpers import auth, make_token, make_user

BODY = {
    "company": "Acme",
    "role": "Analyst",
    "start": "2027-05-03T10:00",
    "end": "2027-05-03T11:00",
}


def test_the_api_names_a_too_long_interviewer_name(app: Flask) -> None:
    token = make_token(app, make_user(app))
    client = app.test_client()
    long_name = "N" * 201
    answer = client.post(
        "/api/v1/interviews",
        json={**BODY, "interviewers": [{"name": long_name, "email": "n@acme.example"}]},
        headers=auth(token),
    )
    assert answer.status_code == 422, answer.get_json()
    assert answer.get_json()["errors"] == [
        {
            "field": "interviewers",
            "message": "a name is 201 characters long; at most 200 are allowed",
        }
    ]
    assert client.get("/api/v1/interviews", headers=auth(token)).json["interviews"] == []

    fits = client.post(
        "/api/v1/interviews",
        json={**BODY, "interviewers": [{"name": "N" * 200, "email": "n@acme.example"}]},
        headers=auth(token),
    )
    assert fits.status_code == 201, fits.get_json()
    assert fits.get_json()["interviewers"][0]["name"] == "N" * 200
    edited = client.patch(
        f"/api/v1/interviews/{fits.get_json()['id']}",
        json={"interviewers": [{"name": long_name, "email": "n@acme.example"}]},
        headers=auth(token),
    )
    assert edited.status_code == 422, edited.get_json()
    assert [e["field"] for e in edited.get_json()["errors"]] == ["interviewers"]


def test_the_command_line_names_a_too_long_interviewer_name(
    app: Flask, runner: FlaskCliRunner
) -> None:
    make_user(app)
    added = runner.invoke(
        args=[
            "interview",
            "add",
            "--user",
            "ana@example.com",
            "--company",
            "Acme",
            "--role",
            "Analyst",
            "--start",
            "2027-05-03T10:00",
            "--end",
            "2027-05-03T11:00",
            "--interviewer",
            "N" * 300 + " <n@acme.example>",
        ]
    )
    assert added.exit_code == 2, added.output
    assert "a name is 300 characters long; at most 200 are allowed" in added.output
