"""No page shows or changes another account's interview, step, token or mail.

The attack pass signs in as one account and aims every page that takes an id at the
other's ids; each must be "not found" and leave the other's data as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.accounts.models import ApiToken
from service.platform.db import db
from tests.helpers import api_interview, auth, make_token, make_user
from tests.web.forms import csrf_from, sign_in

PAGES = [
    ("GET", "/interviews/{i}", {}),
    ("GET", "/interviews/{i}/edit", {}),
    ("GET", "/s/{s}", {}),
    ("POST", "/interviews/{i}/cancel", {}),
    ("POST", "/interviews/{i}/restore", {}),
    (
        "POST",
        "/interviews/{i}/reschedule",
        {"start": "2027-06-01T10:00", "end": "2027-06-01T11:00"},
    ),
    ("POST", "/interviews/{i}/timeline", {"timeline": "two weeks"}),
    ("POST", "/interviews/{i}/outcome", {"outcome": "offer"}),
    (
        "POST",
        "/interviews/{i}/edit",
        {
            "company": "Mine now",
            "role": "R",
            "start": "2027-06-01T10:00",
            "end": "2027-06-01T11:00",
        },
    ),
    ("POST", "/interviews/{i}/heard-back", {}),
    ("POST", "/steps/{s}/status", {"status": "done"}),
    ("POST", "/steps/{s}/snooze", {"choice": "day"}),
    ("POST", "/account/tokens/{t}/revoke", {}),
]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page=st.sampled_from(PAGES))
def test_another_accounts_ids_are_not_found_and_nothing_of_theirs_changes(
    app: Flask, client: FlaskClient, page: tuple[str, str, dict[str, str]]
) -> None:
    if not hasattr(app, "attack57_ana"):
        token = make_token(app, make_user(app, "ana@example.com"))
        made = api_interview(client, token)
        with app.app_context():
            token_id = db.session.scalar(sa.select(sa.func.max(ApiToken.id)))
        make_user(app, "bo@example.com")
        sign_in(client, "bo@example.com")
        app.attack57_ana = (token, made["id"], made["steps"][1]["id"], token_id)  # type: ignore[attr-defined]
    token, interview, step, token_id = app.attack57_ana  # type: ignore[attr-defined]
    before = client.get("/api/v1/interviews", headers=auth(token)).json

    method, path, data = page
    target = path.format(i=interview, s=step, t=token_id)
    if method == "POST":
        data = {"csrf_token": csrf_from(client, "/settings"), **data}
        response = client.post(target, data=data)
    else:
        response = client.get(target)

    assert response.status_code == 404, (target, response.status_code)
    assert client.get("/api/v1/interviews", headers=auth(token)).json == before
