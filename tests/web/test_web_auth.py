"""Signing in and out, throttling, CSRF, stale sessions and the headers every page carries."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service import accounts
from service.accounts.models import User
from service.interviews.models import Interview
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import PASSWORD, auth, make_token, make_user
from tests.web.forms import csrf_from, sign_in, submit, text

NEW_INTERVIEW = {
    "company": "Acme",
    "role": "Engineer",
    "start": "2030-03-05T14:00",
    "end": "2030-03-05T15:00",
    "timezone": "Europe/Berlin",
}


def _interview_count(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(sa.select(sa.func.count()).select_from(Interview)) or 0)


def test_every_page_asks_a_stranger_to_sign_in(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    for page in ["/", "/interviews", "/interviews/1", "/feed", "/settings", "/users", "/inbound"]:
        response = client.get(page)
        assert response.status_code == 302, page
        assert response.headers["Location"].startswith("/login?next="), page


def test_sign_in_lands_on_the_page_asked_for_and_sign_out_ends_it(
    app: Flask, client: FlaskClient
) -> None:
    make_user(app)
    response = submit(
        client,
        "/login",
        "/login",
        {"email": "ANA@example.com ", "password": PASSWORD, "next": "/feed"},
    )
    assert response.headers["Location"] == "/feed"
    assert client.get("/feed").status_code == 200
    response = submit(client, "/", "/logout")
    assert response.headers["Location"] == "/login"
    assert client.get("/").status_code == 302


def test_next_never_leads_off_the_site(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    for target in ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"]:
        response = submit(
            client,
            "/login",
            "/login",
            {"email": "ana@example.com", "password": PASSWORD, "next": target},
        )
        assert response.headers["Location"] == "/", target
        submit(client, "/", "/logout")


OFF_SITE = [
    "//evil.example/",
    "https://evil.example/",
    "/\\evil.example",
    "javascript:x",
    "/\t/evil.example",
    "/\r\n/evil.example",
    "/\x0b/evil.example",
]


def test_a_button_s_way_back_never_leads_off_the_site(app: Flask, client: FlaskClient) -> None:
    """The attack pass: `back="/\t/evil.example"` on Snooze and Done answered
    `Location: //evil.example`. `back` and `next` now share one rule."""
    user_id = make_user(app)
    token = make_token(app, user_id)
    body = {
        "company": "Acme",
        "role": "Eng",
        "start": "2030-05-06T10:00",
        "end": "2030-05-06T11:00",
    }
    interview = client.post("/api/v1/interviews", json=body, headers=auth(token)).json
    steps = client.get("/api/v1/steps", headers=auth(token)).json["steps"]
    step = next(s["id"] for s in steps if s["interview_id"] == interview["id"])
    sign_in(client)
    for target in OFF_SITE:
        for action, data in (
            (f"/steps/{step}/snooze", {"choice": "1day"}),
            (f"/steps/{step}/status", {"status": "pending"}),
        ):
            response = submit(client, "/", action, {**data, "back": target})
            assert response.status_code == 302, (action, target)
            assert response.headers["Location"] == "/", (action, target)
    kept = submit(client, "/", f"/steps/{step}/snooze", {"choice": "1day", "back": "/interviews"})
    assert kept.headers["Location"] == "/interviews"


def test_next_with_a_tab_or_line_break_never_leads_off_the_site(
    app: Flask, client: FlaskClient
) -> None:
    make_user(app)
    for target in OFF_SITE[4:]:
        response = submit(
            client,
            "/login",
            "/login",
            {"email": "ana@example.com", "password": PASSWORD, "next": target},
        )
        assert response.headers["Location"] == "/", target
        submit(client, "/", "/logout")


def test_a_wrong_password_and_an_unknown_address_get_the_same_answer(
    app: Flask, client: FlaskClient
) -> None:
    make_user(app)
    wrong = submit(client, "/login", "/login", {"email": "ana@example.com", "password": "nope"})
    unknown = submit(client, "/login", "/login", {"email": "who@example.com", "password": "nope"})
    assert wrong.status_code == unknown.status_code == 401
    for response in (wrong, unknown):
        assert "That email address and password do not match an active account." in text(response)


def test_failed_sign_ins_are_throttled_across_workers(database_url: str, tmp_path: Path) -> None:
    # Two app objects on one database stand in for two gunicorn workers.
    first = make_app(database_url, tmp_path / "a", login_rate_limit="3/15m")
    second = make_app(database_url, tmp_path / "b", login_rate_limit="3/15m")
    make_user(first)
    for app in (first, first, second):
        client = app.test_client()
        response = submit(client, "/login", "/login", {"email": "ana@example.com", "password": "x"})
        assert response.status_code == 401
    client = second.test_client()
    response = submit(
        client, "/login", "/login", {"email": "ana@example.com", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "Too many failed sign-ins" in text(response)
    assert int(response.headers["Retry-After"]) > 0
    for app in (first, second):
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_a_form_without_a_valid_csrf_token_is_refused_and_saves_nothing(
    app: Flask, client: FlaskClient
) -> None:
    make_user(app)
    sign_in(client)
    missing = client.post("/interviews/new", data=NEW_INTERVIEW)
    forged = client.post("/interviews/new", data={**NEW_INTERVIEW, "csrf_token": "forged"})
    other = app.test_client()
    foreign_token = csrf_from(other, "/login")
    foreign = client.post("/interviews/new", data={**NEW_INTERVIEW, "csrf_token": foreign_token})
    for response in (missing, forged, foreign):
        assert response.status_code == 400
        assert "Nothing was saved" in text(response)
    assert _interview_count(app) == 0
    assert submit(client, "/interviews/new", "/interviews/new", NEW_INTERVIEW).status_code == 302
    assert _interview_count(app) == 1


def test_sign_in_itself_needs_the_csrf_token(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    response = client.post("/login", data={"email": "ana@example.com", "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/").status_code == 302


def test_changing_the_password_ends_every_other_session(app: Flask) -> None:
    make_user(app)
    here, elsewhere = app.test_client(), app.test_client()
    sign_in(here)
    sign_in(elsewhere)
    stale_token = csrf_from(elsewhere, "/interviews/new")
    response = submit(
        here,
        "/account/password",
        "/account/password",
        {
            "current_password": PASSWORD,
            "new_password": "a new long password",
            "confirm_password": "a new long password",
        },
    )
    assert response.status_code == 302
    assert here.get("/").status_code == 200
    assert elsewhere.get("/").status_code == 302
    stale = elsewhere.post("/interviews/new", data={**NEW_INTERVIEW, "csrf_token": stale_token})
    assert stale.status_code == 302
    assert stale.headers["Location"].startswith("/login")
    assert _interview_count(app) == 0
    sign_in(app.test_client(), password="a new long password")


def test_a_wrong_current_password_changes_nothing(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    response = submit(
        client,
        "/account/password",
        "/account/password",
        {"current_password": "guess", "new_password": "x" * 10, "confirm_password": "x" * 10},
    )
    assert response.status_code == 422
    assert "is not your current password" in text(response)
    sign_in(app.test_client())


def test_a_disabled_account_is_signed_out_at_once(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    with app.app_context():
        user = accounts.find_user_by_email(db.session(), "ana@example.com")
        assert user is not None
        user.is_active = False
        db.session.commit()
    assert client.get("/").status_code == 302
    response = submit(
        client, "/login", "/login", {"email": "ana@example.com", "password": PASSWORD}
    )
    assert response.status_code == 401


def test_pages_carry_security_headers_and_machine_responses_keep_theirs(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    page = client.get("/login")
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "same-origin"
    api = client.get("/api/v1/interviews")
    assert api.status_code == 401
    assert "Content-Security-Policy" not in api.headers
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        secret = accounts.user_feed_secret(user, app.config["SECRET_KEY"])
    feed = client.get(f"/feeds/{secret}.ics")
    assert feed.status_code == 200
    assert feed.mimetype == "text/calendar"
    assert "Content-Security-Policy" not in feed.headers


def test_session_cookie_is_httponly_lax_and_secure_behind_https(
    database_url: str, tmp_path: Path
) -> None:
    app = make_app(database_url, tmp_path, base_url="https://afterview.example")
    make_user(app)
    client = app.test_client()
    page = client.get("/login", base_url="https://afterview.example")
    token = page.get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post(
        "/login",
        data={"csrf_token": token, "email": "ana@example.com", "password": PASSWORD},
        base_url="https://afterview.example",
        headers={"Referer": "https://afterview.example/login"},
    )
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" in cookie
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_sign_out_is_a_post(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    assert client.get("/logout").status_code == 405
    assert client.get("/").status_code == 200
