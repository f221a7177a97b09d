"""Password reset by mail, through a real SMTP server: one link, one hour, one use."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.accounts import password_reset
from service.outbox.models import OutboxMessage
from service.platform.db import db
from service.scheduler import send_now
from tests.helpers import PASSWORD, auth, make_token, make_user
from tests.mailserver import Sink
from tests.web.forms import csrf_from, sign_in, submit, text

NEW_PASSWORD = "a brand new passphrase"
_CSRF = re.compile(r'name="csrf_token" value="[^"]+"')


def _ask(client: FlaskClient, email: str) -> str:
    response = submit(client, "/password/forgot", "/password/forgot", {"email": email})
    assert response.status_code == 200
    words = _CSRF.sub("", text(response)).replace(email, "EMAIL")
    response.close()  # as every server does once the answer is out: the mail is queued then
    return words


def _mailed_link(app: Flask, sink: Sink) -> str:
    send_now(app)
    [mail] = sink.received
    body = mail.message.get_body(("plain",))
    assert body is not None
    [link] = re.findall(r"http://afterview\.test(/password/reset/\S+)", body.get_content())
    return link


def test_the_answer_is_the_same_whether_or_not_the_address_has_an_account(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    make_user(app, "ana@example.com")
    make_user(app, "bo@example.com")
    assert app.test_cli_runner().invoke(args=["user", "disable", "bo@example.com"]).exit_code == 0
    known = _ask(app.test_client(), "ana@example.com")
    unknown = _ask(app.test_client(), "nobody@example.com")
    disabled = _ask(app.test_client(), "bo@example.com")
    assert known == unknown == disabled
    assert "If an account uses that address" in known
    send_now(app)
    assert [r.rcpt_tos for r in sink[0].received] == [["ana@example.com"]]


def test_a_mailed_link_sets_the_password_once_and_signs_every_other_browser_out(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    make_user(app, "ana@example.com")
    elsewhere = app.test_client()
    sign_in(elsewhere)
    assert elsewhere.get("/").status_code == 200

    visitor = app.test_client()
    _ask(visitor, "ana@example.com")
    link = _mailed_link(app, sink[0])
    mail = sink[0].received[0].message
    assert mail["Subject"] == "Afterview: reset your password"
    with app.app_context():  # the outbox keeps only a placeholder, never a working link
        stored = db.session.scalar(sa.select(OutboxMessage.text_body))
        assert stored is not None
        assert "/password/reset/" not in stored

    page = visitor.get(link)
    assert page.status_code == 200
    assert "Choose a new password" in text(page)
    # Two mistakes at once are both named, and the link is not spent by them.
    wrong = submit(visitor, link, link, {"new_password": "short", "confirm_password": "other"})
    assert wrong.status_code == 422
    assert "at least 8 characters" in text(wrong)
    assert "does not match the new password" in text(wrong)

    done = submit(
        visitor, link, link, {"new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD}
    )
    assert done.status_code == 302
    assert done.headers["Location"] == "/"
    assert visitor.get("/").status_code == 200  # this browser is signed in
    assert elsewhere.get("/").status_code == 302  # the other one is out

    again = visitor.get(link)
    assert again.status_code == 410
    assert "already used" in text(again)

    fresh = app.test_client()
    old = submit(fresh, "/login", "/login", {"email": "ana@example.com", "password": PASSWORD})
    assert old.status_code == 401
    sign_in(fresh, password=NEW_PASSWORD)


def test_a_link_dies_when_the_password_changes_another_way(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    make_user(app, "ana@example.com")
    _ask(app.test_client(), "ana@example.com")
    link = _mailed_link(app, sink[0])
    owner = app.test_client()
    sign_in(owner)
    changed = submit(
        owner,
        "/account/password",
        "/account/password",
        {
            "current_password": PASSWORD,
            "new_password": NEW_PASSWORD,
            "confirm_password": NEW_PASSWORD,
        },
    )
    assert changed.status_code == 302
    response = app.test_client().get(link)
    assert response.status_code == 410
    assert "password changed" in text(response)


def test_an_expired_link_is_refused_and_offers_a_new_one(
    app: Flask, sink: tuple[Sink, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_user(app, "ana@example.com")
    _ask(app.test_client(), "ana@example.com")
    link = _mailed_link(app, sink[0])
    monkeypatch.setattr(password_reset, "LINK_LIFETIME", timedelta(seconds=1))
    time.sleep(2.1)  # the signature's clock is the real one
    client = app.test_client()
    response = client.get(link)
    assert response.status_code == 410
    assert "expired" in text(response)
    assert 'href="/password/forgot"' in text(response)
    csrf = csrf_from(client, "/password/forgot")
    posted = client.post(
        link,
        data={"csrf_token": csrf, "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD},
    )
    assert posted.status_code == 410


def test_a_malformed_address_is_named_and_a_flood_sends_one_mail(
    app: Flask, sink: tuple[Sink, int]
) -> None:
    make_user(app, "ana@example.com")
    client = app.test_client()
    bad = submit(client, "/password/forgot", "/password/forgot", {"email": "not an address"})
    assert bad.status_code == 422
    assert "is not an email address" in text(bad)
    window = password_reset.MAIL_WINDOW.total_seconds()
    first = time.time() // window
    for _ in range(5):
        _ask(client, "ana@example.com")
    crossed = time.time() // window != first  # the asks straddled a window's edge
    send_now(app)
    assert len(sink[0].received) == 1 + crossed


def test_a_reset_password_revokes_every_api_token(app: Flask, sink: tuple[Sink, int]) -> None:
    """A reset is what someone does who fears the account is in other hands: a token
    made with the old password (by them or by whoever knew it) stops working at once."""
    ana = make_user(app, "ana@example.com")
    token = make_token(app, ana)
    api = app.test_client()
    assert api.get("/api/v1/me", headers=auth(token)).status_code == 200

    visitor = app.test_client()
    _ask(visitor, "ana@example.com")
    link = _mailed_link(app, sink[0])
    assert "every API token revoked" in text(visitor.get(link))
    done = submit(
        visitor, link, link, {"new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD}
    )
    assert done.status_code == 302
    assert "Your API tokens were revoked" in text(visitor.get("/"))

    refused = api.get("/api/v1/me", headers=auth(token))
    assert refused.status_code == 401
    assert refused.mimetype == "application/problem+json"
    assert "revoked" in refused.json["detail"]
    assert "password" in refused.json["detail"]
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")
