"""The fast front for /healthz and feed fetches answers exactly as the full app would."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import OperationalError

from service import accounts
from service.accounts.models import User
from service.interviews import feed as feed_module
from service.platform.db import db
from service.web.hotpaths import HotPaths
from tests.helpers import make_user

STABLE = ("Cache-Control", "ETag", "Last-Modified", "Content-Type", "Content-Disposition")


def _feed_path(app: Flask, email: str = "ada@example.com") -> str:
    user_id = make_user(app, email)
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        return f"/feeds/{accounts.user_feed_secret(user, app.config['SECRET_KEY'])}.ics"


def _full_app_only(app: Flask) -> FlaskClient:
    """A client that bypasses the fast front, to compare against the Flask routes."""
    front = app.wsgi_app
    assert isinstance(front, HotPaths)
    bare = Flask(__name__)
    bare.wsgi_app = front.fallback  # type: ignore[method-assign]
    return bare.test_client()


def test_the_front_is_in_place_and_answers_health(app: Flask, client: FlaskClient) -> None:
    assert isinstance(app.wsgi_app, HotPaths)
    fast = client.get("/healthz")
    full = _full_app_only(app).get("/healthz")
    assert fast.status_code == full.status_code == 200
    assert fast.get_json() == full.get_json() == {"status": "ok"}
    assert fast.mimetype == full.mimetype == "application/json"


def test_feed_fetch_matches_the_flask_route_and_sets_no_cookie(
    app: Flask, client: FlaskClient
) -> None:
    path = _feed_path(app)
    fast = client.get(path)
    full = _full_app_only(app).get(path)
    assert fast.status_code == full.status_code == 200
    assert fast.data == full.data
    for name in STABLE:
        assert fast.headers.get(name) == full.headers.get(name), name
    assert "Set-Cookie" not in fast.headers
    assert "Vary" not in fast.headers
    etag = fast.headers["ETag"]
    for headers in ({"If-None-Match": etag}, {"If-Modified-Since": fast.headers["Last-Modified"]}):
        fresh, full_fresh = (
            client.get(path, headers=headers),
            _full_app_only(app).get(path, headers=headers),
        )
        assert fresh.status_code == full_fresh.status_code == 304
        assert fresh.data == b""
        assert fresh.headers["ETag"] == etag
        assert fresh.headers["Last-Modified"] == fast.headers["Last-Modified"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(request_id=st.text(alphabet="abcXYZ019._:-/ !é", min_size=0, max_size=140))
def test_request_id_is_echoed_when_well_formed_and_replaced_otherwise(
    client: FlaskClient, request_id: str
) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": request_id})
    echoed = response.headers["X-Request-ID"]
    well_formed = 8 <= len(request_id) <= 128 and all(
        c.isascii() and (c.isalnum() or c in "._:-") for c in request_id
    )
    if well_formed:
        assert echoed == request_id
    else:
        assert len(echoed) == 32
        assert echoed != request_id


def test_unknown_and_malformed_feeds_get_the_same_404_page(app: Flask, client: FlaskClient) -> None:
    real = _feed_path(app)
    unknown = real[:-8] + ("a" if real[-8] != "a" else "b") + real[-7:]
    for path in (unknown, "/feeds/short.ics", "/feeds/a/b.ics"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.data == _full_app_only(app).get(path).data


def test_a_database_failure_on_the_fast_path_is_answered_by_the_app(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _feed_path(app)
    feed_module.owners.clear()

    def unavailable(*_args: object) -> None:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(feed_module, "load_owner", unavailable)
    response = client.get(path)
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert "X-Request-ID" in response.headers
