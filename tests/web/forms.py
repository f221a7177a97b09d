"""Drive the admin pages like a browser without JavaScript: read the CSRF token, post forms."""

from __future__ import annotations

import re

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.helpers import PASSWORD

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(client: FlaskClient, page: str) -> str:
    """Open a page and return the CSRF token its forms carry."""
    response = client.get(page)
    assert response.status_code == 200, (page, response.status_code)
    match = _CSRF.search(response.get_data(as_text=True))
    assert match, f"no CSRF token on {page}"
    return match[1]


def submit(
    client: FlaskClient, page: str, action: str, data: dict[str, str] | None = None
) -> TestResponse:
    """Post a form found on `page` to `action`, with that page's CSRF token."""
    token = csrf_from(client, page)
    return client.post(action, data={"csrf_token": token, **(data or {})})


def sign_in(client: FlaskClient, email: str = "ana@example.com", password: str = PASSWORD) -> None:
    response = submit(client, "/login", "/login", {"email": email, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]


def text(response: TestResponse) -> str:
    return response.get_data(as_text=True)
