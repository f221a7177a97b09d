"""A To: line pasted into the interviewers field gives one interviewer per address.

Found by the attack pass: the invitation's To or Cc line pasted as it is
("Ana Ruiz <ana@acme.example>, Dana Reyes <dana@acme.example>") became one interviewer
named "Ana Ruiz <ana@acme.example>, Dana Reyes" with Dana's address, so Ana got no
thank-you draft and the page showed an address as a name; "ana@acme.example,
dana@acme.example" became a name with no address at all, and no draft for anyone. The
web form and `afterview interview add --interviewer` now read such a line as the list
of addresses it is; a quoted "Ruiz, Ana" stays one name.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from tests.helpers import auth, make_token, make_user
from tests.web.forms import csrf_from, sign_in

PASTED = {
    "Ana Ruiz <ana@acme.example>, Dana Reyes <dana@acme.example>": [
        ("Ana Ruiz", "ana@acme.example"),
        ("Dana Reyes", "dana@acme.example"),
    ],
    "ana@acme.example, dana@acme.example": [("", "ana@acme.example"), ("", "dana@acme.example")],
    "Ana Ruiz <ana@acme.example>; Dana Reyes <dana@acme.example>": [
        ("Ana Ruiz", "ana@acme.example"),
        ("Dana Reyes", "dana@acme.example"),
    ],
    '"Ruiz, Ana" <ana@acme.example>': [("Ruiz, Ana", "ana@acme.example")],
    "Ana Ruiz <ana@acme.example>": [("Ana Ruiz", "ana@acme.example")],
    "Ana Ruiz": [("Ana Ruiz", "")],
}


def _people(body: dict[str, object]) -> list[tuple[str, str]]:
    people = body["interviewers"]
    assert isinstance(people, list)
    return [(p["name"], p["email"]) for p in people]


def test_a_pasted_to_line_on_the_form_is_one_interviewer_per_address(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    for number, (line, expected) in enumerate(PASTED.items()):
        csrf = csrf_from(client, "/interviews/new")
        answer = client.post(
            "/interviews/new",
            data={
                "csrf_token": csrf,
                "company": f"Acme {number}",
                "role": "Analyst",
                "start": "2027-05-03T10:00",
                "end": "2027-05-03T11:00",
                "timezone": "Europe/Berlin",
                "interviewers": line,
            },
        )
        assert answer.status_code == 302, answer.get_data(as_text=True)[:400]
        interview_id = answer.headers["Location"].rsplit("/", 1)[1]
        body = client.get(f"/api/v1/interviews/{interview_id}", headers=auth(token)).json
        assert body is not None
        assert _people(body) == expected, line


def test_a_pasted_to_line_on_the_command_line_is_one_interviewer_per_address(
    app: Flask, runner: FlaskCliRunner
) -> None:
    token = make_token(app, make_user(app))
    line = "Ana Ruiz <ana@acme.example>, Dana Reyes <dana@acme.example>"
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
            line,
        ]
    )
    assert added.exit_code == 0, added.output
    interview_id = added.output.strip().splitlines()[-1]
    body = app.test_client().get(f"/api/v1/interviews/{interview_id}", headers=auth(token)).json
    assert body is not None
    assert _people(body) == PASTED[line]
