"""An account's exports are bounded: a few in ten minutes, then a 429 that says when.

Found by an attack pass: Caddy takes each export whole from gunicorn (so a slow reader
holds no server thread) and keeps it until the client has read it, ~40 MB for a large
account; a client asking again and again and reading nothing piled those up in the
proxy without limit. Now every edge counts an account's exports in the database (all
workers share the count); past the limit the page and the API say when to try again.
"""

from __future__ import annotations

import html
import threading
import urllib.error
import urllib.request
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import make_server

from service.accounts.downloads import EXPORT_LIMIT
from service.platform.db import utcnow
from service.web import api_account
from tests.helpers import auth, make_token, make_user
from tests.web.forms import sign_in, text


def test_past_the_limit_the_page_and_the_api_say_when_to_try_again(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = make_token(app, make_user(app))
    sign_in(client)
    formats = ["json", "csv", "ics", "json", "csv"]
    assert len(formats) == EXPORT_LIMIT.attempts
    for index, kind in enumerate(formats):
        path = f"/account/export?format={kind}"
        answer = (
            client.get(path)
            if index % 2
            else client.get(f"/api/v1/export?format={kind}", headers=auth(token))
        )
        assert answer.status_code == 200, (kind, answer.status_code)
    page = client.get("/account/export?format=json")
    assert page.status_code == 429
    assert 1 <= int(page.headers["Retry-After"]) <= 600
    words = html.unescape(text(page))
    assert "downloaded 5 times in the last 10 minutes" in words
    assert "the next download can start in 10 minutes" in words
    api = client.get("/api/v1/export", headers=auth(token))
    assert api.status_code == 429
    assert api.json is not None
    assert "next download can start in" in api.json["detail"]

    # Another account is not slowed by this one.
    other = make_token(app, make_user(app, email="ben@example.com"))
    assert client.get("/api/v1/export", headers=auth(other)).status_code == 200

    # Ten minutes on, the account downloads again.
    later = utcnow() + EXPORT_LIMIT.window + timedelta(seconds=1)
    monkeypatch.setattr(api_account, "utcnow", lambda: later)
    assert client.get("/api/v1/export?format=csv", headers=auth(token)).status_code == 200


def test_clients_racing_on_a_running_server_get_no_more_than_the_limit(app: Flask) -> None:
    token = make_token(app, make_user(app))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    codes: list[int] = []

    def fetch() -> None:
        request = urllib.request.Request(
            f"http://127.0.0.1:{server.server_port}/api/v1/export", headers=auth(token)
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
                codes.append(int(response.status))
        except urllib.error.HTTPError as error:
            codes.append(int(error.code))

    try:
        clients = [threading.Thread(target=fetch) for _ in range(12)]
        for each in clients:
            each.start()
        for each in clients:
            each.join(90)
    finally:
        server.shutdown()
        serving.join()
    assert sorted(codes) == [200] * EXPORT_LIMIT.attempts + [429] * (12 - EXPORT_LIMIT.attempts)
