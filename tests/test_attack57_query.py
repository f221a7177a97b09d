"""Every API operation refuses a query parameter it cannot use; pages name a bad one in words.

Found by the attack pass on a running server: `GET /api/v1/me?x=1` and
`GET /api/v1/interviews/{id}?fields=company` answered 200, the parameter dropped, while
the list endpoints answered 400 naming it; `status=cancelled&status=bogus` used the first
and dropped the second; the dashboard's `?show=bogus` showed everything as if asked for;
and the Account page's download with a bad `format` answered 422 where the API said 400.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.web.openapi import openapi_document, query_parameters
from tests.helpers import auth, make_token, make_user
from tests.web.forms import sign_in, text

TIMES = {"start": "2027-05-03T10:00", "end": "2027-05-03T11:00"}
BODIES: dict[str, dict[str, Any]] = {
    "createInterview": {"company": "Acme", "role": "Engineer", **TIMES},
    "updateInterview": {"notes": "changed"},
    "rescheduleInterview": {"start": "2027-05-04T10:00", "end": "2027-05-04T11:00"},
    "recordTimeline": {"text": "two weeks"},
    "updateMe": {"display_name": "Someone Else"},
    "updateDrafts": {"thank_you": {"subject": "Hi", "body": "{greeting}"}},
    "updateStep": {"status": "done"},
    "snoozeStep": {"until": "2027-06-01"},
}
OPERATIONS = sorted(
    (operation["operationId"], path, method)
    for path, methods in openapi_document()["paths"].items()
    for method, operation in methods.items()
    if isinstance(operation, dict) and "operationId" in operation
)
NAMES = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=12
)
VALUES = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
PAGE_INTERNALS = re.compile(r"Traceback|Unprocessable|BadQuery|Invalid\(|\bis not one of\b")


def _account(app: Flask, client: FlaskClient) -> tuple[str, int, int]:
    """A token, its interview's id and one of that interview's steps' ids."""
    token = make_token(app, make_user(app))
    made = client.post(
        "/api/v1/interviews",
        json={"company": "Fernwood", "role": "Analyst", **TIMES},
        headers=auth(token),
    )
    assert made.status_code == 201
    return token, made.json["id"], made.json["steps"][0]["id"]


def _everything(client: FlaskClient, token: str) -> list[Any]:
    """What the account holds, as the API shows it."""
    return [
        client.get(path, headers=auth(token)).json
        for path in ("/api/v1/interviews", "/api/v1/steps", "/api/v1/me", "/api/v1/me/drafts")
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    operation=st.sampled_from(OPERATIONS),
    name=NAMES,
    value=VALUES,
)
def test_every_operation_refuses_a_parameter_it_does_not_take_and_changes_nothing(
    app: Flask, client: FlaskClient, operation: tuple[str, str, str], name: str, value: str
) -> None:
    operation_id, path, method = operation
    takes = query_parameters(operation_id)
    if name in takes:
        return
    if not hasattr(app, "attack57"):
        app.attack57 = _account(app, client)  # type: ignore[attr-defined]
    token, interview, step = app.attack57  # type: ignore[attr-defined]
    target = path.replace("{id}", str(step if "/steps/" in path else interview))
    before = _everything(client, token)

    response = client.open(
        target,
        method=method.upper(),
        query_string=[(name, value)],
        json=BODIES.get(operation_id),
        headers=auth(token),
    )

    assert response.status_code == 400, (operation_id, response.status_code)
    assert response.mimetype == "application/problem+json"
    [error] = response.json["errors"]
    assert error["field"] == name
    assert "is not a query parameter" in error["message"]
    assert _everything(client, token) == before  # refused before anything was done


def test_a_parameter_given_twice_is_refused_not_half_used(app: Flask, client: FlaskClient) -> None:
    token, _interview, _step = _account(app, client)
    response = client.get(
        "/api/v1/interviews?status=cancelled&status=scheduled", headers=auth(token)
    )
    assert response.status_code == 400
    [error] = response.json["errors"]
    assert error == {"field": "status", "message": "is given 2 times; give it once"}


def test_head_and_the_public_document_refuse_unknown_parameters_too(
    app: Flask, client: FlaskClient
) -> None:
    token, _interview, _step = _account(app, client)
    assert client.head("/api/v1/me?verbose=1", headers=auth(token)).status_code == 400
    document = client.get("/api/v1/openapi.json?version=2")
    assert document.status_code == 400
    assert document.json["errors"][0]["message"] == (
        "is not a query parameter: this request takes none"
    )
    assert client.get("/api/v1/openapi.json").status_code == 200
    # Without a token, the token is what is wrong, whatever the query says.
    assert client.get("/api/v1/me?verbose=1").status_code == 401


def test_the_documented_parameters_still_work(app: Flask, client: FlaskClient) -> None:
    token, interview, _step = _account(app, client)
    listed = client.get("/api/v1/interviews?status=scheduled&limit=1&offset=0", headers=auth(token))
    assert listed.status_code == 200
    assert [i["id"] for i in listed.json["interviews"]] == [interview]
    assert client.get("/api/v1/steps?limit=200", headers=auth(token)).status_code == 200
    csv = client.get("/api/v1/export?format=csv", headers=auth(token))
    assert csv.status_code == 200
    assert csv.mimetype == "text/csv"


def test_a_bad_dashboard_filter_is_named_with_its_choices(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    response = client.get("/?show=everything")
    assert response.status_code == 400
    said = text(response)
    assert "“everything” as “show”" in said
    assert "“show” can be “overdue”, “week” or “all”" in said
    assert not PAGE_INTERNALS.search(said)
    for choice in ("overdue", "week", "all", ""):
        assert client.get(f"/?show={choice}").status_code == 200


def test_the_download_with_a_bad_format_says_the_same_on_the_page_and_the_api(
    app: Flask, client: FlaskClient
) -> None:
    token = make_token(app, make_user(app))
    api = client.get("/api/v1/export?format=pdf", headers=auth(token))
    assert api.status_code == 400
    assert api.json["errors"] == [
        {"field": "format", "message": "'pdf' is not one of json, csv, ics"}
    ]
    sign_in(client)
    page = client.get("/account/export?format=pdf")
    assert page.status_code == 400
    said = text(page)
    assert "“format” can be “json”, “csv” or “ics”" in said
    assert not PAGE_INTERNALS.search(said)
    assert page.mimetype == "text/html"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    operation=st.sampled_from([o for o in OPERATIONS if "{id}" in o[1]]),
    body=st.one_of(
        st.none(),
        st.dictionaries(st.text(max_size=8), st.one_of(st.integers(), st.text(max_size=8))),
    ),
)
def test_another_accounts_id_is_not_found_whatever_the_body_says(
    app: Flask, client: FlaskClient, operation: tuple[str, str, str], body: dict[str, Any] | None
) -> None:
    """Reschedule, timeline and a step's PATCH answered 422 about the body first."""
    _operation_id, path, method = operation
    if not hasattr(app, "attack57_pair"):
        _token, interview, step = _account(app, client)
        other = make_token(app, make_user(app, "bo@example.com"))
        app.attack57_pair = (other, interview, step)  # type: ignore[attr-defined]
    other, interview, step = app.attack57_pair  # type: ignore[attr-defined]
    target = path.replace("{id}", str(step if "/steps/" in path else interview))
    response = client.open(target, method=method.upper(), json=body, headers=auth(other))
    assert response.status_code == 404, (target, method, response.json)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    operation=st.sampled_from([o for o in OPERATIONS if o[0] not in BODIES]),
    body=st.dictionaries(
        st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=10),
        st.one_of(VALUES, st.integers()),
        min_size=1,
        max_size=3,
    ),
)
def test_a_body_sent_where_none_is_taken_is_refused_and_nothing_changes(
    app: Flask, client: FlaskClient, operation: tuple[str, str, str], body: dict[str, Any]
) -> None:
    """`POST /steps/{id}/snooze {"until": ...}` snoozed a day and answered 200."""
    _operation_id, path, method = operation
    if not hasattr(app, "attack57"):
        app.attack57 = _account(app, client)  # type: ignore[attr-defined]
    token, interview, step = app.attack57  # type: ignore[attr-defined]
    target = path.replace("{id}", str(step if "/steps/" in path else interview))
    before = _everything(client, token)
    response = client.open(target, method=method.upper(), json=body, headers=auth(token))
    assert response.status_code == 422, (target, response.status_code)
    assert sorted(e["field"] for e in response.json["errors"]) == sorted(body)
    assert "takes no body" in response.json["errors"][0]["message"]
    assert _everything(client, token) == before
    # What some clients send with every POST still passes this check.
    for empty in ({}, None):
        sent = client.open(target, method=method.upper(), json=empty, headers=auth(token))
        assert "takes no body" not in sent.get_data(as_text=True)
