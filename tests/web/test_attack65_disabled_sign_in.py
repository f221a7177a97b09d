"""Every refused sign-in costs one password hash, so timing tells no kind of account apart.

Found by an attack pass: an address without an account was checked against a decoy
hash, but a disabled account skipped the hash altogether (`is_active and ...`), so its
refusal came back in a fraction of the time of every other: the sign-in form told who
had a disabled account here. Now the hash is checked whatever the account's state.
"""

from __future__ import annotations

import pytest
import werkzeug.security
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from tests.helpers import PASSWORD, make_user
from tests.web.forms import submit


def test_each_refused_sign_in_checks_exactly_one_hash(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_user(app, "active@example.com")
    make_user(app, "gone@example.com")
    assert runner.invoke(args=["user", "disable", "gone@example.com"]).exit_code == 0
    hashed: list[int] = []
    original = werkzeug.security._hash_internal

    def counting(method: str, salt: str, password: str) -> tuple[str, str]:
        hashed.append(1)
        return original(method, salt, password)

    monkeypatch.setattr(werkzeug.security, "_hash_internal", counting)
    attempts = {
        "nobody@example.com": "wrong password here",
        "active@example.com": "wrong password here",
        "gone@example.com": "wrong password here",
        "gone@example.com ": PASSWORD,
    }
    for email, password in attempts.items():
        hashed.clear()
        answer = submit(client, "/login", "/login", {"email": email, "password": password})
        assert answer.status_code == 401, (email, answer.status_code)
        assert "do not match an active account" in answer.get_data(as_text=True)
        assert len(hashed) == 1, (email, len(hashed))
