"""An error page says what went wrong in words, without the status number.

Found by the attack pass: a tampered outcome form answered a page titled "422 — Afterview"
that ended "Error 422", developer language to a person (the status stays in the response).
"""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import api_interview, make_token, make_user
from tests.web.forms import csrf_from, sign_in, text

NUMBER = re.compile(r"\b(?:400|404|405|413|422|429|500|503)\b|Unprocessable|Bad Request")


@pytest.mark.parametrize(
    ("method", "path", "data", "status"),
    [
        ("GET", "/?show=bogus", None, 400),
        ("GET", "/account/export?format=pdf", None, 400),
        ("GET", "/interviews/999999", None, 404),
        ("POST", "/interviews/{id}/outcome", {"outcome": "hired!"}, 422),
        ("POST", "/steps/{step}/status", {"status": "finished"}, 422),
        ("GET", "/settings/senders", None, 405),
    ],
)
def test_error_pages_speak_in_words(
    app: Flask,
    client: FlaskClient,
    method: str,
    path: str,
    data: dict[str, str] | None,
    status: int,
) -> None:
    token = make_token(app, make_user(app))
    made = api_interview(client, token)
    sign_in(client)
    target = path.format(id=made["id"], step=made["steps"][1]["id"])
    if data is not None:
        data = {"csrf_token": csrf_from(client, "/settings"), **data}
    response = client.open(target, method=method, data=data)
    assert response.status_code == status
    page = text(response)
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title is not None
    assert not NUMBER.search(title[1]), title[1]
    words = " ".join(re.sub(r"<[^>]+>", " ", page.split("<body", 1)[1]).split())
    assert not NUMBER.search(words), words
