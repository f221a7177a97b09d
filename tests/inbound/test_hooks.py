"""Every way in over real HTTP requests: stored before 2xx, refused without credentials."""

from __future__ import annotations

import base64
import io
import json
import time

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview, StepStatus
from service.outbox import maillinks
from service.outbox.models import OutboxMessage
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import make_user
from tests.inbound import kit


def _interviews(app: Flask) -> list[Interview]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Interview).order_by(Interview.id)))
        for row in rows:
            _ = [s.status for s in row.steps]
        db.session.expunge_all()
        return rows


def _post_raw(client: FlaskClient, raw: bytes, to: str, **kwargs: object) -> object:
    return client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )


def test_raw_hook_stores_then_creates_the_interview_and_confirms(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app, "ana@example.com")
    to = kit.inbound_address(app, user_id)
    raw = kit.fixture("invite.eml")
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    assert response.json["stored"] is True
    assert response.json["duplicate"] is False
    # Acknowledged once stored: reading it is the background reader's job, not the request's.
    assert response.json["status"] == MessageStatus.RECEIVED
    [waiting] = kit.messages(app)
    assert waiting.status == MessageStatus.RECEIVED
    assert _interviews(app) == []
    [read] = kit.read_all(app)
    assert read.message_id == waiting.id
    assert kit.read_all(app) == []  # read once
    [message] = kit.messages(app)
    assert message.raw == raw
    assert message.provider == "raw"
    # The secret is not kept: the account id says whose mail it is.
    assert message.recipient == "interviews@in.afterview.test"
    assert message.user_id == user_id
    assert message.status == MessageStatus.APPLIED
    assert message.action == "created"
    [interview] = _interviews(app)
    assert interview.company == "Fernwood Analytics"
    assert interview.role == "Data Engineer"
    assert interview.calendar_uid == "fw-interview-4471@fernwoodanalytics.com"
    assert len(interview.steps) == 3
    assert message.interview_id == interview.id
    with app.app_context():
        [mail] = db.session.scalars(sa.select(OutboxMessage)).all()
        assert mail.to_address == "ana@example.com"
        assert "Fernwood Analytics" in mail.subject
        # The user's zone (Europe/Berlin), not UTC: the interview is at 15:00 there.
        assert "15:00–16:00 (Berlin, CEST)" in mail.text_body
        # Links are signed when the mail goes out; the stored body holds none.
        assert "/inbound/act/" not in mail.text_body
        sent = maillinks.expand(mail.text_body, app.config["SECRET_KEY"], "http://afterview.test")
        assert "http://afterview.test/inbound/act/" in sent


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"X-Afterview-Timestamp": "{now}"}, 401),
        ({"X-Afterview-Timestamp": "{now}", "X-Afterview-Signature": "v2=00"}, 403),
        ({"X-Afterview-Timestamp": "{stale}", "X-Afterview-Signature": "{stale_sig}"}, 403),
        ({"X-Afterview-Timestamp": "{now}", "X-Afterview-Signature": "{wrong_key}"}, 403),
        ({"X-Afterview-Timestamp": "not-a-number", "X-Afterview-Signature": "{stale_sig}"}, 403),
    ],
)
def test_raw_hook_refuses_bad_credentials_and_stores_nothing(
    app: Flask, client: FlaskClient, headers: dict[str, str], status: int
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    raw = kit.fixture("invite.eml")
    now = int(time.time())
    stale = kit.raw_headers(raw, to, timestamp=now - 301)
    wrong = kit.raw_headers(raw, to, key="another-secret")
    values = {
        "{now}": str(now),
        "{stale}": stale["X-Afterview-Timestamp"],
        "{stale_sig}": stale["X-Afterview-Signature"],
        "{wrong_key}": wrong["X-Afterview-Signature"],
        "{old_form}": "sha256=" + kit.raw_signature(raw, to, str(now)),
    }
    sent = {"Content-Type": "message/rfc822"}
    sent.update({k: values.get(v, v) for k, v in headers.items()})
    response = client.post("/hooks/email/raw", query_string={"to": to}, data=raw, headers=sent)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert kit.messages(app) == []
    assert _interviews(app) == []


def test_raw_hook_keeps_header_reading_for_the_reader(app: Flask, client: FlaskClient) -> None:
    """Acknowledged with only the owner and Message-ID read; sender and subject follow."""
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("invite.eml")
    assert _post_raw(client, raw, to).status_code == 200  # type: ignore[attr-defined]
    [stored] = kit.messages(app)
    assert stored.message_id_header == "<invite-001@fernwoodanalytics.com>"
    assert (stored.header_from, stored.subject) == ("", "")
    kit.read_all(app)
    [read] = kit.messages(app)
    assert read.status == MessageStatus.APPLIED
    assert read.subject.startswith("Invitation: Fernwood")
    assert read.header_from == "lena.ortiz@fernwoodanalytics.com"
    assert read.auth_verdicts["routed_via"] == "secret"
    assert "head_pending" not in read.auth_verdicts


def test_a_retry_under_a_fresh_signature_is_stored_once(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("newsletter.eml")
    headers = kit.raw_headers(raw, to)
    first = client.post("/hooks/email/raw", query_string={"to": to}, data=raw, headers=headers)
    retry_headers = kit.raw_headers(raw, to, timestamp=int(time.time()) + 1)
    retry = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=retry_headers
    )
    assert (first.status_code, retry.status_code) == (200, 200)
    assert retry.json["duplicate"] is True
    for replayed in (headers, retry_headers):
        again = client.post("/hooks/email/raw", query_string={"to": to}, data=raw, headers=replayed)
        assert again.status_code == 200
        assert again.json["duplicate"] is True
    assert len(kit.messages(app)) == 1


def test_raw_hook_answers_before_flask_and_hands_the_body_on_when_it_cannot(
    app: Flask, client: FlaskClient
) -> None:
    """A signed post is stored without the pages' machinery (no session cookie), and a
    post it does not take reaches the full route with its body intact."""
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("newsletter.eml")
    headers = {**kit.raw_headers(raw, to), "X-Request-ID": "delivery-1234"}
    stored = client.post("/hooks/email/raw", query_string={"to": to}, data=raw, headers=headers)
    assert stored.status_code == 200
    assert stored.json["stored"] is True
    assert stored.headers["X-Request-ID"] == "delivery-1234"
    assert "Set-Cookie" not in stored.headers
    other = raw.replace(b"Message-ID: <", b"Message-ID: <other-")
    forged = {**kit.raw_headers(other, to), "X-Afterview-Signature": "v2=" + "0" * 64}
    refused = client.post("/hooks/email/raw", query_string={"to": to}, data=other, headers=forged)
    assert refused.status_code == 403
    assert "does not match" in refused.json["detail"]
    # Signed, but no mail message: the route checks the signature over the bytes the fast
    # path had read (a lost body would fail it: 403) and names the shape problem.
    words = b"just some words, no header at all"
    shapeless = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=words, headers=kit.raw_headers(words, to)
    )
    assert shapeless.status_code == 422, shapeless.json
    assert "header field" in shapeless.json["detail"]
    assert len(kit.messages(app)) == 1


def test_raw_hook_answers_a_request_sent_again_as_stored(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    raw = kit.fixture("newsletter.eml")
    address = kit.inbound_address(app, user_id)
    headers = kit.raw_headers(raw, address)
    to = {"to": address}
    first = client.post("/hooks/email/raw", query_string=to, data=raw, headers=headers)
    again = client.post("/hooks/email/raw", query_string=to, data=raw, headers=headers)
    assert first.status_code == 200
    assert again.status_code == 200
    assert again.json["duplicate"] is True
    assert again.json["id"] == first.json["id"]
    assert len(kit.messages(app)) == 1


@pytest.mark.parametrize(
    ("body", "content_type", "status", "fragment"),
    [
        (b"", "message/rfc822", 400, "empty"),
        (b"\x00\x01\x02binary\x00", "message/rfc822", 422, "header"),
        (b"just some words, no header at all", "message/rfc822", 422, "header field"),
        (b"Subject: hi\r\n\r\nbody", "application/json", 415, "message/rfc822"),
    ],
)
def test_raw_hook_explains_malformed_input_and_stores_nothing(
    app: Flask, client: FlaskClient, body: bytes, content_type: str, status: int, fragment: str
) -> None:
    headers = kit.raw_headers(body)
    headers["Content-Type"] = content_type
    response = client.post("/hooks/email/raw", data=body, headers=headers)
    assert response.status_code == status
    assert fragment in response.json["detail"]
    assert kit.messages(app) == []


def test_raw_hook_answers_413_over_the_size_cap(database_url: str, tmp_path: object) -> None:
    small = make_app(database_url, tmp_path / "i", **{**kit.SETTINGS, "max_message_bytes": 1000})  # type: ignore[operator]
    raw = kit.fixture("invite.eml")
    assert len(raw) > 1000
    response = small.test_client().post("/hooks/email/raw", data=raw, headers=kit.raw_headers(raw))
    assert response.status_code == 413
    assert kit.messages(small) == []
    with small.app_context():
        db.engine.dispose()


def test_repeated_failures_are_slowed_but_a_signed_post_still_gets_in(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    raw = kit.fixture("newsletter.eml")
    bad = {**kit.raw_headers(raw), "X-Afterview-Signature": "v2=" + "0" * 64}
    codes = [client.post("/hooks/email/raw", data=raw, headers=bad).status_code for _ in range(25)]
    assert codes[:20] == [403] * 20
    assert set(codes[21:]) == {429}
    slowed = client.post("/hooks/email/raw", data=raw, headers=bad)
    assert int(slowed.headers["Retry-After"]) > 0
    to = kit.inbound_address(app, user_id)
    good = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert good.status_code == 200
    assert len(kit.messages(app)) == 1


def test_the_same_message_twice_is_one_message_and_one_interview(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    raw = kit.fixture("invite.eml")
    first = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    # A provider retry a second later: a new signature, the same message.
    second = client.post(
        "/hooks/email/raw",
        query_string={"to": to},
        data=raw,
        headers=kit.raw_headers(raw, to, timestamp=int(time.time()) - 7),
    )
    assert first.status_code == second.status_code == 200
    assert second.json["duplicate"] is True
    assert second.json["id"] == first.json["id"]
    assert len(kit.messages(app)) == 1
    assert len(kit.read_all(app)) == 1
    assert len(_interviews(app)) == 1


# --- Mailgun -------------------------------------------------------------------------------


def test_mailgun_raw_mime_route_stores_and_applies(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), to)
    response = client.post("/hooks/email/mailgun/mime", data=form)
    assert response.status_code == 200
    [message] = kit.messages(app)
    assert message.provider == "mailgun"
    assert message.provider_ref == form["token"]
    kit.read_all(app)
    assert len(_interviews(app)) == 1


def test_mailgun_parsed_post_with_a_calendar_attachment(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    invite = kit.fixture("invite.eml").decode()
    calendar = invite[invite.index("BEGIN:VCALENDAR") : invite.index("END:VCALENDAR") + 13]
    form: dict[str, object] = {
        **kit.mailgun_signature(),
        "recipient": to,
        "sender": "ana@example.com",
        "from": "Ana Silva <ana@example.com>",
        "subject": "Fwd: Invitation: Fernwood Analytics - Data Engineer interview",
        "message-headers": json.dumps(
            [
                ["From", "Ana Silva <ana@example.com>"],
                ["To", to],
                ["Subject", "Fwd: Invitation: Fernwood Analytics - Data Engineer interview"],
                ["Message-Id", "<mg-parsed-1@example.com>"],
                ["Date", "Mon, 06 Apr 2026 11:00:00 +0200"],
                ["X-Mailgun-Spf", "Pass"],
            ]
        ),
        "body-plain": "Forwarding the invite from Fernwood Analytics.",
        "attachment-count": "1",
        "attachment-1": (io.BytesIO(calendar.encode()), "invite.ics", "text/calendar"),
    }
    response = client.post("/hooks/email/mailgun", data=form, content_type="multipart/form-data")
    assert response.status_code == 200, response.json
    kit.read_all(app)
    [interview] = _interviews(app)
    assert interview.calendar_uid == "fw-interview-4471@fernwoodanalytics.com"


@pytest.mark.parametrize("defect", ["signature", "stale", "missing"])
def test_mailgun_refuses_bad_signatures(app: Flask, client: FlaskClient, defect: str) -> None:
    user_id = make_user(app)
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), kit.inbound_address(app, user_id))
    if defect == "signature":
        form["signature"] = "0" * 64
    elif defect == "stale":
        form.update(kit.mailgun_signature(timestamp=int(time.time()) - 10 * 3600))
    else:
        del form["token"]
    response = client.post("/hooks/email/mailgun/mime", data=form)
    assert response.status_code == (401 if defect == "missing" else 403)
    assert kit.messages(app) == []


def test_mailgun_token_is_single_use(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), to)
    assert client.post("/hooks/email/mailgun/mime", data=form).status_code == 200
    replay = dict(form, **{"body-mime": kit.fixture("cancel.eml").decode()})
    assert client.post("/hooks/email/mailgun/mime", data=replay).status_code == 403
    assert len(kit.messages(app)) == 1
    kit.read_all(app)
    assert _interviews(app)[0].status == "scheduled"


# --- SendGrid ------------------------------------------------------------------------------


def _big_invite() -> bytes:
    """The invitation with a 700 kB attachment: over Werkzeug's 500 kB field default."""
    raw = kit.fixture("invite.eml").decode()
    blob = base64.encodebytes(b"\x89PNG" + b"x" * 700_000).decode()
    attachment = (
        '--outer\r\nContent-Type: application/pdf; name="portfolio.pdf"\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="portfolio.pdf"\r\n\r\n' + blob + "\r\n"
    )
    return raw.replace("--outer--", attachment + "--outer--").encode()


def test_sendgrid_raw_mode_takes_a_whole_large_message_in_one_field(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    raw = _big_invite()
    assert len(raw) > 900_000
    body, content_type = kit.multipart(
        kit.sendgrid_raw_form(raw, kit.inbound_address(app, user_id))
    )
    response = client.post(
        "/hooks/email/sendgrid", data=body, headers=kit.basic_auth(), content_type=content_type
    )
    assert response.status_code == 200, response.json
    kit.read_all(app)
    [message] = kit.messages(app)
    assert message.raw_size == len(raw)
    assert message.status == MessageStatus.APPLIED
    assert len(_interviews(app)) == 1


@pytest.mark.parametrize("auth", [None, ("afterview", "wrong"), ("someone", "parse-password")])
def test_sendgrid_requires_basic_auth(
    app: Flask, client: FlaskClient, auth: tuple[str, str] | None
) -> None:
    user_id = make_user(app)
    form = kit.sendgrid_raw_form(kit.fixture("invite.eml"), kit.inbound_address(app, user_id))
    body, content_type = kit.multipart(form)
    headers = kit.basic_auth(*auth) if auth else {}
    response = client.post(
        "/hooks/email/sendgrid", data=body, headers=headers, content_type=content_type
    )
    assert response.status_code == 401
    assert "Basic" in response.headers["WWW-Authenticate"]
    assert kit.messages(app) == []


def test_sendgrid_oversized_message_is_accepted_and_quarantined(
    database_url: str, tmp_path: object
) -> None:
    small = make_app(database_url, tmp_path / "i", **{**kit.SETTINGS, "max_message_bytes": 1000})  # type: ignore[operator]
    user_id = make_user(small)
    form = kit.sendgrid_raw_form(kit.fixture("invite.eml"), kit.inbound_address(small, user_id))
    body, content_type = kit.multipart(form)
    response = small.test_client().post(
        "/hooks/email/sendgrid", data=body, headers=kit.basic_auth(), content_type=content_type
    )
    # SendGrid drops anything 4xx: keep it (header only) and quarantine it.
    assert response.status_code == 200
    [message] = kit.messages(small)
    assert message.status == MessageStatus.QUARANTINED
    assert "over the 1000-byte limit" in message.reason
    assert message.subject.startswith("Invitation: Fernwood")
    assert _interviews(small) == []
    with small.app_context():
        db.engine.dispose()


def test_registered_sender_needs_a_verified_domain(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app, "ana@example.com")
    kit.confirmed_sender(app, user_id, "ana@example.com")
    raw = kit.fixture("thank_you.eml")  # From: ana@example.com, sent to the bare address
    bare = "interviews@in.afterview.test"
    spoofed = kit.sendgrid_raw_form(raw, bare, spf="softfail", dkim="{@elsewhere.example : pass}")
    body, content_type = kit.multipart(spoofed)
    response = client.post(
        "/hooks/email/sendgrid", data=body, headers=kit.basic_auth(), content_type=content_type
    )
    assert response.status_code == 200
    [message] = kit.messages(app)
    assert message.status == MessageStatus.QUARANTINED
    assert message.user_id is None
    assert "did not verify" in message.reason
    verified = kit.sendgrid_raw_form(
        raw.replace(b"<thanks-5@", b"<thanks-6@"), bare, dkim="{@example.com : pass}"
    )
    body, content_type = kit.multipart(verified)
    client.post(
        "/hooks/email/sendgrid", data=body, headers=kit.basic_auth(), content_type=content_type
    )
    second = kit.messages(app)[1]
    assert second.user_id == user_id
    assert second.auth_verdicts["routed_via"] == "sender"


# --- Postmark ------------------------------------------------------------------------------


def test_postmark_raw_email_is_used_when_included(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    raw = kit.fixture("invite.eml")
    payload = kit.postmark_payload(raw, kit.inbound_address(app, user_id), text="(ignored)")
    response = client.post("/hooks/email/postmark", json=payload, headers=kit.basic_auth())
    assert response.status_code == 200
    [message] = kit.messages(app)
    assert message.raw == raw
    assert message.provider_ref == payload["MessageID"]
    kit.read_all(app)
    assert len(_interviews(app)) == 1


def test_postmark_without_raw_email_uses_its_attachments(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    invite = kit.fixture("invite.eml").decode()
    calendar = invite[invite.index("BEGIN:VCALENDAR") : invite.index("END:VCALENDAR") + 13]
    payload = kit.postmark_payload(
        None,
        kit.inbound_address(app, user_id),
        text="Forwarding the Fernwood Analytics invitation.",
        subject="Fwd: Invitation: Fernwood Analytics - Data Engineer interview",
        attachments=[
            {
                "Name": "invite.ics",
                "Content": base64.b64encode(calendar.encode()).decode(),
                "ContentType": "text/calendar",
                "ContentLength": len(calendar),
            }
        ],
    )
    response = client.post("/hooks/email/postmark", json=payload, headers=kit.basic_auth())
    assert response.status_code == 200, response.json
    kit.read_all(app)
    [interview] = _interviews(app)
    assert interview.calendar_uid == "fw-interview-4471@fernwoodanalytics.com"


def test_postmark_bad_requests_get_clear_answers(app: Flask, client: FlaskClient) -> None:
    auth = kit.basic_auth()
    assert client.post("/hooks/email/postmark", json={}).status_code == 401
    not_json = client.post(
        "/hooks/email/postmark", data=b"{nope", headers=auth, content_type="application/json"
    )
    assert not_json.status_code == 400
    form = client.post("/hooks/email/postmark", data={"a": "b"}, headers=auth)
    assert form.status_code == 415
    empty = client.post("/hooks/email/postmark", json={"Subject": "x"}, headers=auth)
    assert empty.status_code == 422
    assert kit.messages(app) == []


def test_postmark_gets_413_over_the_cap(database_url: str, tmp_path: object) -> None:
    small = make_app(database_url, tmp_path / "i", **{**kit.SETTINGS, "max_message_bytes": 1000})  # type: ignore[operator]
    payload = kit.postmark_payload(kit.fixture("invite.eml"), "interviews@in.afterview.test")
    response = small.test_client().post(
        "/hooks/email/postmark", json=payload, headers=kit.basic_auth()
    )
    # Postmark keeps what it could not deliver (retry from its activity page).
    assert response.status_code == 413
    assert kit.messages(small) == []
    with small.app_context():
        db.engine.dispose()


def test_hooks_are_off_until_configured(database_url: str, tmp_path: object) -> None:
    bare = make_app(database_url, tmp_path / "i")  # type: ignore[operator]
    client = bare.test_client()
    for path in ("raw", "mailgun", "sendgrid", "postmark"):
        assert client.post(f"/hooks/email/{path}", data=b"x").status_code == 404
    with bare.app_context():
        db.engine.dispose()


def test_unknown_recipient_is_quarantined_and_creates_nothing(
    app: Flask, client: FlaskClient
) -> None:
    make_user(app)
    raw = kit.fixture("invite.eml")
    guess = "interviews+" + "a" * 26 + "@in.afterview.test"
    headers = kit.raw_headers(raw, guess)
    response = client.post(
        "/hooks/email/raw", query_string={"to": guess}, data=raw, headers=headers
    )
    assert response.status_code == 200
    [message] = kit.messages(app)
    assert message.status == MessageStatus.QUARANTINED
    assert message.user_id is None
    assert "matches no account" in message.reason
    assert "a" * 26 not in message.reason + message.recipient
    assert kit.read_all(app) == []  # quarantined: nothing to read
    assert _interviews(app) == []
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(OutboxMessage)) == 0


def test_a_step_status_is_visible(app: Flask) -> None:
    assert StepStatus.DONE == "done"
    assert InboundMessage.__tablename__ == "inbound_messages"
