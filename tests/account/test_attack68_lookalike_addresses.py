"""Addresses that look like another account's, or that no mail can reach.

Through the admin's "new account" form, a second account could be made for
`ana\u200b@example.com` (a zero-width space), `anа@example.com` (a Cyrillic а) or
`ａｎａ@example.com` (full-width letters): each showed on the accounts page exactly as
`ana@example.com` does, and no reminder could be sent to it (a mail header cannot hold
such an address, so every send failed). The same held for the addresses allowed to
forward mail, whose confirmation mail was queued for such an address.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from service.accounts.models import AllowedSender, User
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import PASSWORD, make_user
from tests.mailserver import Sink
from tests.web.forms import csrf_from, sign_in, submit, text

LOOKALIKES = [
    ("ana\u200b@example.com", "U+200B"),  # zero-width space
    ("an\u0430@example.com", "U+0430"),  # Cyrillic а
    ("ana\u00ad@example.com", "U+00AD"),  # soft hyphen
    ("\u202eana@example.com", "U+202E"),  # right-to-left override
    ("ana\x01@example.com", "U+0001"),
    ("ana\u2060@example.com", "U+2060"),  # word joiner
    ("ana,bo@example.com", "“,”"),  # two recipients in a To: line
    ("ana;bo@example.com", "“;”"),
]


def _admin(app: Flask) -> None:
    make_user(app, "ana@example.com")
    with app.app_context():
        db.session.execute(sa.update(User).values(is_admin=True))
        db.session.commit()


def _emails(app: Flask) -> list[str]:
    with app.app_context():
        return sorted(db.session.scalars(sa.select(User.email)))


@pytest.mark.parametrize(("address", "named"), LOOKALIKES)
def test_no_account_is_made_for_an_address_that_looks_like_another(
    app: Flask, client: FlaskClient, address: str, named: str
) -> None:
    _admin(app)
    sign_in(client)
    fields = {"email": address, "password": PASSWORD, "timezone": "UTC", "display_name": ""}
    response = submit(client, "/users", "/users", fields)
    assert response.status_code == 422, response.status_code
    assert named in text(response)
    assert _emails(app) == ["ana@example.com"]


def test_full_width_letters_are_the_same_address(app: Flask, client: FlaskClient) -> None:
    _admin(app)
    sign_in(client)
    fields = {"email": "ＡＮＡ@example.com", "password": PASSWORD, "timezone": "UTC"}
    response = submit(client, "/users", "/users", fields)
    assert response.status_code == 422
    assert "an account for ana@example.com already exists" in text(response)
    assert _emails(app) == ["ana@example.com"]
    # and the one who signs in typing it that way reaches the same account
    client.post("/logout", data={})
    other = app.test_client()
    sign_in(other, "ＡＮＡ@example.com")


def test_no_confirmation_goes_to_a_forwarding_address_no_mail_can_reach(
    app: Flask, client: FlaskClient, sink: tuple[Sink, int]
) -> None:
    make_user(app, "ana@example.com")
    sign_in(client)
    response = submit(client, "/settings", "/settings/senders", {"senders": "ana\u200b@gmail.com"})
    assert response.status_code == 422
    assert "U+200B" in text(response)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(AllowedSender)) == 0
    assert sink[0].received == []


def test_full_width_spellings_of_an_address_share_its_failed_sign_in_count(
    database_url: str, tmp_path: Path
) -> None:
    """Read as one account, the spellings must count as one: else each of the 2^n
    mixes of full-width and plain letters had a fresh allowance of guesses."""
    app = make_app(
        database_url,
        tmp_path / "throttled",
        login_rate_limit="3/15m",
        login_account_delay=5,
        trusted_proxies=1,
    )
    try:
        make_user(app, "ana@example.com")
        attacker = app.test_client()
        spellings = ["ａna@example.com", "aｎa@example.com", "anａ@example.com"]
        for number, spelling in enumerate(spellings):
            answer = _sign_in_from(attacker, f"192.0.2.{number}", spelling, "wrong guess")
            assert answer.status_code == 401, (number, answer.status_code)
        # from yet another address: only the account's own count can slow this one
        guess = _sign_in_from(attacker, "198.51.100.7", "ＡＮＡ@example.com", PASSWORD)
        assert guess.status_code == 429
        assert "slowed down" in text(guess)
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def _sign_in_from(client: FlaskClient, address: str, email: str, password: str) -> TestResponse:
    token = csrf_from(client, "/login")
    data = {"csrf_token": token, "email": email, "password": password}
    return client.post("/login", data=data, headers={"X-Forwarded-For": address})
