"""A JSON number too long for Python to read is named as such, not "not valid JSON".

Found by the attack pass: `PATCH /api/v1/me` with `{"follow_up_days": 1000…0}` (5,000
digits) answered "the body is not valid JSON", though it is valid JSON: Python refuses
to turn more than 4,300 digits into an integer (a guard against slow conversions), and
the decoder's error was taken for a syntax error. The answer now says what is wrong.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import auth, make_token, make_user


def test_a_number_with_thousands_of_digits_is_named(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app, email="digits@example.com"))
    body = '{"follow_up_days": 1' + "0" * 5000 + "}"
    response = client.patch(
        "/api/v1/me",
        data=body,
        headers={**auth(token), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    detail = response.get_json()["detail"]
    assert "not valid JSON" not in detail
    assert "digits" in detail


def test_a_long_number_in_a_string_is_only_text(app: Flask, client: FlaskClient) -> None:
    token = make_token(app, make_user(app, email="digits2@example.com"))
    response = client.patch("/api/v1/me", json={"display_name": "9" * 150}, headers=auth(token))
    assert response.status_code == 200, response.get_json()
