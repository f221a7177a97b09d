"""Server-side sessions and sign-in throttling, as a browser and an attacker meet them.

A cookie copied before sign-out, disabling or a password change must stop working;
the lifetime setting must reach the cookie and the server; behind a trusted proxy
an attacker locks out only their own address, never the account's owner.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from service import cli
from service.accounts.models import User
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import PASSWORD, auth, make_token, make_user
from tests.web.forms import csrf_from, sign_in, submit

NEW_PASSWORD = "a brand new long password"
OWNER = "198.51.100.7"
ATTACKER = "203.0.113.66"


@pytest.fixture
def make(database_url: str, tmp_path: Path) -> Iterator[Any]:
    """Build apps on the test database with settings; dispose of them afterwards."""
    built: list[Flask] = []

    def build(**overrides: Any) -> Flask:
        app = make_app(database_url, tmp_path / f"instance{len(built)}", **overrides)
        built.append(app)
        return app

    yield build
    for app in built:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def _session_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def _browser_with(app: Flask, cookie: str) -> FlaskClient:
    """A second browser holding a copy of someone's session cookie."""
    thief = app.test_client()
    thief.set_cookie("session", cookie)
    return thief


def _signed_in(client: FlaskClient) -> bool:
    return client.get("/").status_code == 200


def _change_password(client: FlaskClient, **extra: str) -> TestResponse:
    fields = {
        "current_password": PASSWORD,
        "new_password": NEW_PASSWORD,
        "confirm_password": NEW_PASSWORD,
        **extra,
    }
    return submit(client, "/account/password", "/account/password", fields)


def _login_from(
    client: FlaskClient, address: str, password: str, email: str = "ana@example.com"
) -> TestResponse:
    headers = {"X-Forwarded-For": address}
    token = csrf_from(client, "/login")
    data = {"csrf_token": token, "email": email, "password": password}
    return client.post("/login", data=data, headers=headers)


# --- sessions ------------------------------------------------------------------------


def test_signing_out_ends_the_session_on_the_server(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    copied = _session_cookie(client)
    assert _signed_in(_browser_with(app, copied))
    submit(client, "/", "/logout")
    assert not _signed_in(client)
    assert not _signed_in(_browser_with(app, copied)), "the old cookie still works"


def test_signing_out_ends_only_that_session(app: Flask) -> None:
    make_user(app)
    phone, laptop = app.test_client(), app.test_client()
    sign_in(phone)
    sign_in(laptop)
    submit(phone, "/", "/logout")
    assert not _signed_in(phone)
    assert _signed_in(laptop)


@pytest.mark.parametrize("how", ["admin page", "command line"])
def test_re_enabling_an_account_does_not_revive_its_old_cookies(app: Flask, how: str) -> None:
    make_user(app, "admin@example.com")
    ana_id = make_user(app)
    with app.app_context():
        admin = db.session.get(User, 1)
        assert admin is not None
        admin.is_admin = True
        db.session.commit()
    ana = app.test_client()
    sign_in(ana)
    copied = _session_cookie(ana)
    if how == "admin page":
        boss = app.test_client()
        sign_in(boss, "admin@example.com")
        for active in ("0", "1"):
            response = submit(boss, "/users", f"/users/{ana_id}/active", {"active": active})
            assert response.status_code == 302
    else:
        runner = app.test_cli_runner()
        for command in ("disable", "enable"):
            result = runner.invoke(cli, ["user", command, "ana@example.com"])
            assert result.exit_code == 0, result.output
    assert not _signed_in(ana)
    assert not _signed_in(_browser_with(app, copied)), "re-enabling revived an old cookie"
    sign_in(app.test_client())  # the account itself works again


def test_a_password_change_ends_other_sessions_and_keeps_this_one(app: Flask) -> None:
    make_user(app)
    here, elsewhere = app.test_client(), app.test_client()
    sign_in(here)
    sign_in(elsewhere)
    before = _session_cookie(here)
    assert _change_password(here).status_code == 302
    assert _signed_in(here)
    assert not _signed_in(elsewhere)
    assert not _signed_in(_browser_with(app, before)), "the pre-change cookie still works"


@pytest.mark.parametrize("keep", [False, True])
def test_a_password_change_revokes_api_tokens_unless_kept(app: Flask, keep: bool) -> None:
    user_id = make_user(app)
    token = make_token(app, user_id)
    client = app.test_client()
    assert client.get("/api/v1/interviews", headers=auth(token)).status_code == 200
    sign_in(client)
    extra = {"keep_api_tokens": "1"} if keep else {}
    assert _change_password(client, **extra).status_code == 302
    status = client.get("/api/v1/interviews", headers=auth(token)).status_code
    assert status == (200 if keep else 401)


def _cookie_expiry(response: TestResponse) -> datetime:
    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))
    expires = next(p for p in cookie.split("; ") if p.lower().startswith("expires="))
    return parsedate_to_datetime(expires.split("=", 1)[1])


def test_the_session_lifetime_setting_reaches_the_cookie(make: Any) -> None:
    for days, app in ((14, make()), (2, make(session_days=2))):
        if days == 14:
            make_user(app)
        client = app.test_client()
        response = submit(
            client, "/login", "/login", {"email": "ana@example.com", "password": PASSWORD}
        )
        assert response.status_code == 302
        left = _cookie_expiry(response) - datetime.now(UTC)
        assert timedelta(days=days) - timedelta(minutes=5) < left <= timedelta(days=days)


def test_a_session_ends_on_the_server_when_its_lifetime_is_over(make: Any) -> None:
    """Even a browser that keeps refreshing its cookie is signed out at the end."""
    app = make(PERMANENT_SESSION_LIFETIME=timedelta(seconds=2))
    make_user(app)
    client = app.test_client()
    sign_in(client)
    deadline = time.monotonic() + 3.5
    seen = []
    while time.monotonic() < deadline:
        seen.append(_signed_in(client))
        time.sleep(0.25)
    assert seen[0] is True
    assert seen[-1] is False, "the session outlived its lifetime"


# --- throttling ----------------------------------------------------------------------


def test_behind_a_trusted_proxy_the_attacker_locks_out_only_their_own_address(
    make: Any,
) -> None:
    app = make(trusted_proxies=1, login_rate_limit="3/15m", login_account_delay=0.2)
    make_user(app)
    attacker = app.test_client()
    for _ in range(3):
        assert _login_from(attacker, ATTACKER, "wrong guess").status_code == 401
    blocked = _login_from(attacker, ATTACKER, PASSWORD)
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    owner = app.test_client()
    slowed = _login_from(owner, OWNER, PASSWORD)  # the account is over its limit too
    assert slowed.status_code == 429
    assert "slowed down" in slowed.get_data(as_text=True)
    time.sleep(int(slowed.headers["Retry-After"]))
    assert _login_from(owner, OWNER, PASSWORD).status_code == 302
    assert _signed_in(owner)


def test_without_a_trusted_proxy_a_forged_forwarded_address_changes_nothing(
    make: Any,
) -> None:
    app = make(login_rate_limit="3/15m", login_account_delay=0.2)
    make_user(app)
    attacker = app.test_client()
    for n in range(3):
        assert _login_from(attacker, f"192.0.2.{n}", "wrong guess").status_code == 401
    assert _login_from(attacker, "192.0.2.99", "wrong guess").status_code == 429


def test_ipv6_addresses_of_one_network_share_one_allowance(make: Any) -> None:
    """A host holding a /64 cannot step through it for fresh attempts (and delayed checks)."""
    app = make(trusted_proxies=1, login_rate_limit="3/15m", login_account_delay=0)
    make_user(app)
    attacker = app.test_client()
    for n in range(3):
        assert _login_from(attacker, f"2001:db8:1:2::{n + 1}", "wrong guess").status_code == 401
    assert _login_from(attacker, "2001:db8:1:2:ffff::9", "wrong guess").status_code == 429
    owner = app.test_client()
    assert _login_from(owner, "2001:db8:1:3::1", PASSWORD).status_code == 302


def test_many_addresses_failing_one_account_slow_its_owner_but_never_lock_them_out(
    make: Any,
) -> None:
    """Over the account's limit the owner is told at once when to retry, and gets in then."""
    app = make(trusted_proxies=1, login_rate_limit="3/15m", login_account_delay=1)
    make_user(app)
    attacker = app.test_client()
    for n in range(3):  # each address stays under its own limit
        assert _login_from(attacker, f"192.0.2.{n}", "wrong guess").status_code == 401
    for n in range(3, 6):  # the account is over its limit: no check before the turn
        assert _login_from(attacker, f"192.0.2.{n}", "wrong guess").status_code == 429
    owner = app.test_client()
    slowed = _login_from(owner, OWNER, PASSWORD)
    assert slowed.status_code == 429, "an account over its limit was not slowed down"
    wait = int(slowed.headers["Retry-After"])
    assert wait == 1
    assert "Try again in 1 second." in slowed.get_data(as_text=True)
    assert not _signed_in(owner)
    # The attackers' addresses taking their turns meanwhile do not take the owner's.
    time.sleep(wait)
    for n in range(3, 6):
        assert _login_from(attacker, f"192.0.2.{n}", "wrong guess").status_code == 401
    assert _login_from(owner, OWNER, PASSWORD).status_code == 302, "the owner was locked out"
    assert _signed_in(owner)


def test_slowing_an_account_holds_no_server_thread(make: Any) -> None:
    """Parallel wrong passwords at a slowed account are all answered at once, none sleeps."""
    delay = 60  # the longest allowed: a request that waited for it would show
    app = make(trusted_proxies=1, login_rate_limit="3/15m", login_account_delay=delay)
    make_user(app)
    clients = [app.test_client() for _ in range(20)]
    tokens = [csrf_from(c, "/login") for c in clients]
    start = threading.Barrier(len(clients))
    answers: list[tuple[int, str | None]] = []
    lock = threading.Lock()

    def attack(number: int, client: FlaskClient, token: str) -> None:
        data = {"csrf_token": token, "email": "ana@example.com", "password": "wrong guess"}
        headers = {"X-Forwarded-For": f"192.0.2.{number}"}  # each under its own limit
        start.wait()
        response = client.post("/login", data=data, headers=headers)
        with lock:
            answers.append((response.status_code, response.headers.get("Retry-After")))

    threads = [
        threading.Thread(target=attack, args=(n, c, t))
        for n, (c, t) in enumerate(zip(clients, tokens, strict=True))
    ]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    took = time.monotonic() - began
    assert len(answers) == 20
    assert took < delay / 2, f"the answers took {took:.0f} s: a request waited"
    statuses = [status for status, _ in answers]
    assert statuses.count(401) <= 3, f"{statuses.count(401)} real password checks"
    assert statuses.count(429) == 20 - statuses.count(401)
    assert all(0 < int(after or 0) <= delay for status, after in answers if status == 429)
    owner = _login_from(app.test_client(), OWNER, PASSWORD)
    assert owner.status_code == 429
    assert 0 < int(owner.headers["Retry-After"]) <= delay


def test_parallel_wrong_passwords_get_no_more_real_checks_than_the_limit(make: Any) -> None:
    app = make(trusted_proxies=1, login_rate_limit="10/15m", login_account_delay=0.05)
    make_user(app)
    clients = [app.test_client() for _ in range(40)]
    tokens = [csrf_from(c, "/login") for c in clients]
    start = threading.Barrier(len(clients))
    statuses: list[int] = []
    lock = threading.Lock()

    def attack(client: FlaskClient, token: str) -> None:
        data = {"csrf_token": token, "email": "ana@example.com", "password": "wrong guess"}
        start.wait()
        status = client.post("/login", data=data, headers={"X-Forwarded-For": ATTACKER}).status_code
        with lock:
            statuses.append(status)

    threads = [
        threading.Thread(target=attack, args=pair) for pair in zip(clients, tokens, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert len(statuses) == 40
    assert set(statuses) <= {401, 429}
    assert statuses.count(401) <= 10, f"{statuses.count(401)} real password checks"


def test_the_current_password_check_is_throttled_too(make: Any) -> None:
    app = make(login_rate_limit="3/15m", login_account_delay=0.2)
    make_user(app)
    client = app.test_client()
    sign_in(client)
    for _ in range(3):
        assert _change_password(client, current_password="wrong guess").status_code == 422
    response = _change_password(client)
    assert response.status_code == 429, "the current-password check is not throttled"
    assert "Too many" in response.get_data(as_text=True)
    assert _signed_in(client)
