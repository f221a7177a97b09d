"""Malformed input gets a 4xx that names the problem, never a 500, on every database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import interviews
from service.accounts.models import User
from service.platform.db import db, utcnow
from service.platform.errors import Invalid
from tests.conftest import make_app
from tests.helpers import auth, make_token, make_user
from tests.inbound import kit
from tests.web.forms import submit


@pytest.fixture
def hooks_app(database_url: str, tmp_path: Any) -> Any:
    application = make_app(database_url, tmp_path / "i", **kit.SETTINGS)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def _deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"Headers": 5}, "Headers"),
        ({"ToFull": 5}, "ToFull"),
        ({"CcFull": "someone"}, "CcFull"),
        ({"Attachments": {"Name": "x"}}, "Attachments"),
        ({"RawEmail": 5}, "RawEmail"),
        ({"OriginalRecipient": ["a@b"]}, "OriginalRecipient"),
    ],
)
def test_postmark_fields_of_the_wrong_type_are_named(
    hooks_app: Flask, change: dict[str, Any], named: str
) -> None:
    payload = {**kit.postmark_payload(kit.fixture("invite.eml"), "interviews@x.test"), **change}
    response = hooks_app.test_client().post(
        "/hooks/email/postmark", json=payload, headers=kit.basic_auth()
    )
    assert response.status_code == 422
    assert named in response.json["detail"]
    assert kit.messages(hooks_app) == []


@pytest.mark.parametrize("levels", [40, 5000, 100_000])
def test_deeply_nested_json_is_refused_on_every_json_endpoint(
    hooks_app: Flask, levels: int
) -> None:
    client = hooks_app.test_client()
    token = make_token(hooks_app, make_user(hooks_app))
    json_type = {"Content-Type": "application/json"}
    for path, headers in (
        ("/api/v1/interviews", {**auth(token), **json_type}),
        ("/hooks/email/postmark", {**kit.basic_auth(), **json_type}),
    ):
        response = client.post(path, data=_deep(levels), headers=headers)
        assert response.status_code == 400, (path, response.json)
        assert "nested" in response.json["detail"]
    assert kit.messages(hooks_app) == []


@pytest.mark.parametrize(
    "body",
    [
        {
            "company": "Acme\u0000",
            "role": "Engineer",
            "start": "2026-05-01T10:00",
            "end": "2026-05-01T11:00",
        },
        {
            "company": "Acme",
            "role": "Eng",
            "start": "2026-05-01T10:00",
            "end": "2026-05-01T11:00",
            "interviewers": [{"name": "Dana\u0000", "email": ""}],
        },
        {
            "company": "Acme",
            "role": "Eng",
            "start": "2026-05-01T10:00",
            "end": "2026-05-01T11:00",
            "notes\u0000": "x",
        },
    ],
)
def test_a_nul_character_in_any_api_text_field_is_refused(
    app: Flask, client: FlaskClient, body: dict[str, Any]
) -> None:
    token = make_token(app, make_user(app))
    response = client.post("/api/v1/interviews", json=body, headers=auth(token))
    assert response.status_code == 400
    assert "NUL" in response.json["detail"]
    assert client.get("/api/v1/interviews", headers=auth(token)).json["interviews"] == []


def test_a_nul_character_in_a_query_or_form_is_refused(hooks_app: Flask) -> None:
    client = hooks_app.test_client()
    token = make_token(hooks_app, make_user(hooks_app))
    listed = client.get(
        "/api/v1/steps", query_string={"status": "pending\x00"}, headers=auth(token)
    )
    assert listed.status_code == 400
    assert "NUL" in listed.json["detail"]
    raw = kit.fixture("invite.eml")
    to = "interviews\x00@in.afterview.test"
    hooked = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert hooked.status_code == 400
    signed_in = submit(client, "/login", "/login", {"email": "ana\x00@x.test", "password": "x"})
    assert signed_in.status_code == 400
    assert "NUL" in signed_in.get_data(as_text=True)
    assert kit.messages(hooks_app) == []


@pytest.mark.parametrize("field", ["sender", "recipient", "token"])
def test_a_nul_character_in_a_mailgun_envelope_field_is_refused(
    hooks_app: Flask, field: str
) -> None:
    to = kit.inbound_address(hooks_app, make_user(hooks_app))
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), to)
    form[field] = form[field][:5] + "\x00" + form[field][5:]
    if field == "token":  # keep the signature valid, so the token itself is what is judged
        form["signature"] = kit.mailgun_mac(form["timestamp"], form["token"])
    response = hooks_app.test_client().post("/hooks/email/mailgun/mime", data=form)
    assert response.status_code == 422
    assert field in response.json["detail"]
    assert kit.messages(hooks_app) == []


def test_a_nul_character_in_a_postmark_payload_is_refused(hooks_app: Flask) -> None:
    user_id = make_user(hooks_app)
    payload = kit.postmark_payload(
        None, kit.inbound_address(hooks_app, user_id), text="hello", subject="Interview\u0000"
    )
    response = hooks_app.test_client().post(
        "/hooks/email/postmark", json=payload, headers=kit.basic_auth()
    )
    # Postmark keeps what it could not deliver, so the sender can see why.
    assert response.status_code == 400
    assert "NUL" in response.json["detail"]
    assert kit.messages(hooks_app) == []


def test_a_nul_character_reaching_the_domain_is_named_not_stored(hooks_app: Flask) -> None:
    """Every edge refuses NUL first; the domain still names the field for any edge added later."""

    ana = make_user(hooks_app, "ana@example.com")
    start = datetime(2031, 3, 4, 13, 0, tzinfo=UTC)
    with hooks_app.app_context():
        user = db.session.get_one(User, ana)
        data = interviews.InterviewInput(
            company="Hooli\x00",
            role="Designer",
            start=start,
            end=start + timedelta(hours=1),
            timezone="UTC",
        )
        with pytest.raises(Invalid) as raised:
            interviews.create_interview(db.session, user, data, utcnow())
        assert raised.value.problems[0][0] == "company"
        assert "NUL" in str(raised.value)
