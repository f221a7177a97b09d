"""Small builders shared by tests: accounts and tokens made through the real domain."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from service import accounts
from service.accounts.models import User
from service.platform.db import db, utcnow

PASSWORD = "correct horse battery"


def make_user(
    app: Flask, email: str = "ana@example.com", timezone: str | None = "Europe/Berlin"
) -> int:
    """Create an account and return its id."""
    with app.app_context():
        user = accounts.create_user(
            db.session,
            email=email,
            password=PASSWORD,
            now=utcnow(),
            server_key=app.config["SECRET_KEY"],
            timezone=timezone,
            display_name=email.split("@")[0].title(),
        )
        db.session.commit()
        return user.id


def make_token(app: Flask, user_id: int) -> str:
    """Issue an API token for an account."""
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        token = accounts.create_api_token(db.session, user, utcnow())
        db.session.commit()
        return token


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def api_interview(
    client: FlaskClient,
    token: str,
    *,
    company: str = "Acme",
    role: str = "Analyst",
    start: str = "2027-05-03T10:00",
    end: str = "2027-05-03T11:00",
) -> dict[str, Any]:
    """Log an interview through the API as the token's account; return the created record."""
    response = client.post(
        "/api/v1/interviews",
        json={"company": company, "role": role, "start": start, "end": end},
        headers=auth(token),
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    created = response.json
    assert isinstance(created, dict)
    return created
