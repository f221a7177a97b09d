"""Small builders shared by tests: accounts and tokens made through the real domain."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from service import accounts
from service.accounts.models import User
from service.interviews.models import FollowUpStep, Interview
from service.platform.db import db, utcnow
from tests.conftest import TEST_SECRET

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


def add_due_thank_yous(user_id: int, count: int, now: datetime) -> None:
    """Write `count` interviews that ended an hour before `now`, straight into the tables
    (the domain is tested elsewhere): each has exactly one reminder due, its thank-you,
    and a follow-up far ahead. Needs an app context."""
    for number in range(count):
        start = now - timedelta(hours=2, seconds=number)
        interview = Interview(
            user_id=user_id,
            company=f"Company {number}",
            role="Engineer",
            start_at=start,
            end_at=start + timedelta(hours=1),
            timezone="Europe/Berlin",
            created_at=now - timedelta(days=1),
            updated_at=now - timedelta(days=1),
        )
        interview.steps = [
            FollowUpStep(
                kind=kind,
                due_at=start + timedelta(hours=2 if kind == "thank_you" else 200),
                status_changed_at=now - timedelta(days=1),
                created_at=now - timedelta(days=1),
                updated_at=now - timedelta(days=1),
            )
            for kind in ("thank_you", "follow_up")
        ]
        db.session.add(interview)
    db.session.commit()


def scheduler_env(database_url: str, instance: Path, mail_port: int) -> dict[str, str]:
    """The environment an `afterview scheduler` process needs to mail a test's sink."""
    env = {
        **os.environ,
        "AFTERVIEW_DATABASE_URL": database_url,
        "AFTERVIEW_SECRET_KEY": TEST_SECRET,
        "AFTERVIEW_INSTANCE_PATH": str(instance),
        "AFTERVIEW_MAIL_SERVER": "127.0.0.1",
        "AFTERVIEW_MAIL_PORT": str(mail_port),
        "AFTERVIEW_MAIL_TIMEOUT": "5",
        "AFTERVIEW_LOG_LEVEL": "WARNING",
    }
    env.pop("AFTERVIEW_TEST_DATABASE_URL", None)
    return env
