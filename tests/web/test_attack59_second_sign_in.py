"""A second account signing in where another is signed in is told so, not shown the first's.

Found by the attack pass: Ana signed in on a shared browser; Bo, on a sign-in page opened
in another tab (or with a form token from one of Ana's pages), typed his own address and
password. The answer was Ana's dashboard, as if Bo had signed in: Bo saw her interviews
as his own and could log his into her account. Now nothing changes and the page says who
is signed in and to sign out first.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.accounts.sessions import WebSession
from service.platform.db import db
from tests.helpers import PASSWORD, api_interview, make_token, make_user
from tests.web.forms import csrf_from, sign_in, text


def test_signing_in_as_another_account_over_a_signed_in_one_says_so(
    app: Flask, client: FlaskClient
) -> None:
    ana = make_user(app, email="ana@example.com")
    make_user(app, email="bo@example.com")
    api_interview(client, make_token(app, ana), company="Ana's Secret Co")
    sign_in(client, "ana@example.com")
    token = csrf_from(client, "/settings")  # any page of Ana's carries a valid token

    answer = client.post(
        "/login",
        data={"csrf_token": token, "email": "Bo@example.com", "password": PASSWORD},
        follow_redirects=True,
    )
    page = text(answer)
    assert "This browser is signed in as ana@example.com" in page
    assert "you were not signed in as bo@example.com" in page
    assert "Sign out first" in page
    with app.app_context():
        owners = db.session.scalars(sa.select(WebSession.user_id)).all()
    assert owners == [ana]  # no session for Bo, Ana's untouched

    # The same account again (a sign-in sent twice) just goes on, saying nothing.
    again = client.post(
        "/login",
        data={"csrf_token": token, "email": "ana@example.com", "password": PASSWORD},
        follow_redirects=True,
    )
    assert again.status_code == 200
    assert "Sign out first" not in text(again)
