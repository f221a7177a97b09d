"""An id no row can have is 'not found' for every method, never 'method not allowed'.

Found by an attack pass: `PATCH /api/v1/interviews/3000000000` answered 405 with
`Allow: GET, HEAD, OPTIONS`, telling an API client that interviews cannot be changed,
and posting the edit form of such an interview said "This address does not do that".
Werkzeug notes a path's methods before the converter checks the number, and its range
check came after: a GET rule then counted as a match. The converter's pattern now
takes only numbers in range, so such a path matches no rule at all.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.interviews import MAX_ROW_ID
from tests.helpers import auth, make_token, make_user
from tests.web.forms import sign_in

TOO_LARGE = [
    str(MAX_ROW_ID + 1),
    "3000000000",
    "99999999999999999999999",
    "0" + str(MAX_ROW_ID + 1),
]


@pytest.mark.parametrize("number", TOO_LARGE)
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/interviews/{}"),
        ("PATCH", "/api/v1/interviews/{}"),
        ("POST", "/api/v1/interviews/{}/cancel"),
        ("PUT", "/api/v1/interviews/{}/timeline"),
        ("PATCH", "/api/v1/steps/{}"),
    ],
)
def test_the_api_says_not_found_whatever_the_method(
    app: Flask, client: FlaskClient, method: str, path: str, number: str
) -> None:
    token = make_token(app, make_user(app))
    answer = client.open(path.format(number), method=method, headers=auth(token), json={})
    assert answer.status_code == 404, (answer.status_code, answer.headers.get("Allow"))
    assert "Allow" not in answer.headers


def test_the_largest_id_still_reaches_the_route(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app))
    for number in (str(MAX_ROW_ID), "0" + str(MAX_ROW_ID), "1", "007"):
        answer = client.patch(f"/api/v1/interviews/{number}", headers=auth(token), json={})
        assert answer.status_code == 404
        assert answer.get_json()["detail"] == f"no interview {int(number)}"


@pytest.mark.parametrize("number", TOO_LARGE)
def test_the_edit_form_of_an_impossible_interview_is_not_found(
    app: Flask, client: FlaskClient, number: str
) -> None:
    make_user(app)
    sign_in(client)
    page = client.post(f"/interviews/{number}/edit", data={})
    assert page.status_code == 404, page.status_code
