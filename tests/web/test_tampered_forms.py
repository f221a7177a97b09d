"""A form sent with a value its page never offered is refused in words, never with the
names programs use (the attack pass: 'outcome: 'x' is not one of heard_back, next_round…')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import interviews
from service.accounts.models import User
from service.platform.db import db
from service.platform.errors import UNOFFERED_ON_A_PAGE
from tests.conftest import make_app
from tests.helpers import make_user
from tests.inbound import kit
from tests.web.forms import sign_in, submit, text

# What only a program should see: stored codes, field names with a colon, a Python repr.
INTERNAL = re.compile(
    r"heard_back|next_round|hand_logged|thank_you|follow_up|needs_review|"
    r"\b(?:outcome|status|kind|active|feed_interviews|interview_id):|is not one of"
)


@pytest.fixture
def inbound_app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    application = make_app(database_url, tmp_path / "i", **kit.SETTINGS)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def _interview(app: Flask, user_id: int) -> tuple[int, int]:
    """Log an interview; return its id and its thank-you step's id."""
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
        created = interviews.create_interview(
            db.session(),
            user,
            interviews.InterviewInput(
                company="Acme",
                role="Engineer",
                start=start,
                end=start + timedelta(hours=1),
                timezone="Europe/Berlin",
            ),
            datetime.now(UTC),
        )
        db.session.commit()
        return created.id, created.steps[1].id


def _shown(response: object) -> str:
    """The page's words, tags and the zone list's options left out."""
    page = text(response)  # type: ignore[arg-type]
    page = re.sub(r"<datalist.*?</datalist>|<script.*?</script>", "", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return " ".join(page.split())


@pytest.mark.parametrize(
    ("page", "action", "data"),
    [
        ("/interviews/{id}", "/interviews/{id}/outcome", {"outcome": "ghosted"}),
        ("/interviews/{id}", "/interviews/{id}/outcome", {}),
        ("/interviews/{id}", "/steps/{step}/status", {"status": "cancelled-ish"}),
        ("/settings/drafts", "/settings/drafts", {"kind": "cover_letter"}),
        ("/settings/drafts", "/settings/drafts", {}),
        (
            "/settings",
            "/settings",
            {
                "timezone": "Europe/Berlin",
                "hours_start": "09:00",
                "hours_end": "17:00",
                "day_mon": "on",
                "follow_up_days": "7",
                "feed_interviews": "some",
            },
        ),
    ],
)
def test_a_value_the_page_never_offered_is_refused_in_words(
    app: Flask, client: FlaskClient, page: str, action: str, data: dict[str, str]
) -> None:
    user_id = make_user(app)
    sign_in(client)
    interview, step = _interview(app, user_id)
    url = action.format(id=interview, step=step)

    response = submit(client, page.format(id=interview), url, data)

    assert response.status_code == 422
    shown = _shown(response)
    assert UNOFFERED_ON_A_PAGE in shown
    assert not INTERNAL.search(shown), INTERNAL.search(shown)
    # Shown once, not beside the field and again at the top.
    assert shown.count(UNOFFERED_ON_A_PAGE) == 1


def test_an_unknown_download_format_is_named_in_words_on_the_page(
    app: Flask, client: FlaskClient
) -> None:
    make_user(app)
    sign_in(client)
    response = client.get("/account/export?format=xlsx")
    assert response.status_code == 400  # as the API answers: the address is wrong
    assert "“format” can be “json”, “csv” or “ics”" in _shown(response)
    assert not INTERNAL.search(_shown(response))


def test_a_refusal_on_a_page_names_no_field(app: Flask, client: FlaskClient) -> None:
    """'active: you cannot disable your own account' showed the form field's name."""
    admin = make_user(app, "root@example.com")
    with app.app_context():
        user = db.session.get(User, admin)
        assert user is not None
        user.is_admin = True
        db.session.commit()
    sign_in(client, "root@example.com")
    response = submit(client, "/users", f"/users/{admin}/active", {"active": ""})
    assert response.status_code == 422
    assert "You cannot disable your own account." in _shown(response)
    assert not INTERNAL.search(_shown(response))


def test_mail_already_decided_is_named_by_the_words_the_inbound_page_uses(
    inbound_app: Flask,
) -> None:
    """'this message is applied; only undecided mail can be discarded' showed the code."""
    client = inbound_app.test_client()
    user_id = make_user(inbound_app)
    to = kit.inbound_address(inbound_app, user_id)
    message = kit.deliver(inbound_app, client, "invite.eml", to)
    assert message.status == "applied"
    sign_in(client)
    for response in (
        submit(client, "/inbound", f"/inbound/{message.id}/discard"),
        client.get(f"/inbound/{message.id}/interview"),
        submit(client, "/inbound", f"/inbound/{message.id}/reprocess"),
    ):
        assert response.status_code == 422
        shown = _shown(response)
        assert "marked “Done”" in shown, shown[:400]
        assert not INTERNAL.search(shown)
        assert "applied" not in shown
