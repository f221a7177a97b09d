"""Restoring a cancelled interview that was logged again since leaves one live copy.

Found by the attack pass: log an interview, cancel it, log it again (the cancelled one
does not count as logged), then restore the first: two live identical interviews, each
with its thank-you step and its reminder. Restore now names the copy that stands and
changes nothing, on the API, the page and the CLI alike (one domain check).
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import api_interview, auth, make_token, make_user
from tests.web.forms import sign_in, submit, text


def test_restoring_a_cancelled_interview_logged_again_is_refused_naming_it(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    first = api_interview(client, token)["id"]
    client.post(f"/api/v1/interviews/{first}/cancel", headers=auth(token))
    again = api_interview(client, token)["id"]

    answer = client.post(f"/api/v1/interviews/{first}/restore", headers=auth(token))
    assert answer.status_code == 422
    [error] = answer.get_json()["errors"]
    assert error["field"] == "status"
    assert f"this interview was logged again as {again}" in error["message"]
    assert client.get(f"/api/v1/interviews/{first}", headers=auth(token)).json["status"] == (
        "cancelled"
    )

    sign_in(client)
    page = submit(client, f"/interviews/{first}", f"/interviews/{first}/restore")
    assert f"interview was logged again as {again}" in text(page)
    cli = app.test_cli_runner().invoke(args=["interview", "restore", str(first)])
    assert cli.exit_code == 2
    assert f"logged again as {again}" in cli.output

    # Once the copy is cancelled in turn, the first comes back.
    client.post(f"/api/v1/interviews/{again}/cancel", headers=auth(token))
    assert client.post(f"/api/v1/interviews/{first}/restore", headers=auth(token)).status_code == (
        200
    )
