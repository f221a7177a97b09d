"""Error answers keep the headers HTTP requires of them (found by an attack pass).

A 405 must say which methods the address takes (RFC 9110, Allow); the error handlers
built a fresh page or problem document and left Werkzeug's headers behind.
"""

from __future__ import annotations

from flask.testing import FlaskClient


def _allowed(header: str | None) -> set[str]:
    return {method.strip() for method in (header or "").split(",") if method.strip()}


def test_a_method_the_feed_does_not_take_is_answered_with_allow(client: FlaskClient) -> None:
    response = client.post("/feeds/abcdefghijklmnopqrstuvwxyz234567.ics")
    assert response.status_code == 405
    assert {"GET", "HEAD"} <= _allowed(response.headers.get("Allow"))
    assert response.mimetype == "text/html"


def test_a_method_the_api_does_not_take_is_answered_with_allow(client: FlaskClient) -> None:
    response = client.delete("/api/v1/interviews")
    assert response.status_code == 405
    assert {"GET", "POST"} <= _allowed(response.headers.get("Allow"))
    assert response.mimetype == "application/problem+json"
