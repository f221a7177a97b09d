"""A reminder is never taken for one already queued for a deleted step that had the same id.

Found by an attack pass on a running server (SQLite): "Not an interview" deleted an
interview whose "ask about next steps" reminder had been queued; SQLite handed the freed
step ids to the next interview logged, at the same hour, by another account, and its
reminder's dedupe key ("reminder:<step id>:<moment>") matched the old mail's, so it was
never queued, while the step was marked reminded.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.interviews.reminders import verify_link
from service.outbox import maillinks
from service.outbox.models import OutboxMessage
from service.platform.db import db
from service.scheduler import dispatch_once
from tests.helpers import auth, make_token, make_user
from tests.inbound import kit

# invite.eml's interview, moved a year on so that it is still ahead when logged.
START, END = "2027-04-14T15:00", "2027-04-14T16:00"  # Europe/Berlin
BEFORE_IT = datetime(2027, 4, 14, 12, 30, tzinfo=UTC)  # inside the hour before it


def _reminded(app: Flask) -> list[tuple[str, int | None]]:
    with app.app_context():
        rows = db.session.scalars(
            sa.select(OutboxMessage).where(OutboxMessage.dedupe_key.startswith("reminder:"))
        )
        return sorted((row.to_address, row.step_id) for row in rows)


def test_a_step_on_a_freed_id_gets_its_own_reminder(app: Flask, client: FlaskClient) -> None:
    ana = make_user(app)
    raw = kit.fixture("invite.eml").replace(b"20260414T", b"20270414T")
    to = kit.inbound_address(app, ana)
    posted = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert posted.status_code == 200
    kit.read_all(app)
    dispatch_once(app, worker="test", clock=lambda: BEFORE_IT)
    assert [address for address, _ in _reminded(app)] == ["ana@example.com"]
    kit.not_an_interview(app, client, posted.json["id"])

    bo = make_token(app, make_user(app, email="bo@example.com"))
    body = {"company": "Fernwood", "role": "Data Engineer", "start": START, "end": END}
    logged = client.post("/api/v1/interviews", json=body, headers=auth(bo))
    assert logged.status_code == 201
    [asking] = [s["id"] for s in logged.json["steps"] if s["kind"] == "ask_next_steps"]
    dispatch_once(app, worker="test", clock=lambda: BEFORE_IT)
    assert ("bo@example.com", asking) in _reminded(app)


def _done_link(app: Flask) -> str:
    with app.app_context():
        mail = db.session.scalars(
            sa.select(OutboxMessage).where(OutboxMessage.dedupe_key.startswith("reminder:"))
        ).one()
        text = maillinks.expand(mail.text_body, app.config["SECRET_KEY"], "http://afterview.test")
    for link in re.findall(r"http://afterview\.test(/act/\S+)", text):
        if verify_link(app.config["SECRET_KEY"], link.rsplit("/", 1)[1])["a"] == "done":
            return link
    raise AssertionError("no 'Mark done' link in the reminder")


def test_an_old_reminder_link_leaves_a_step_on_its_freed_id_alone(
    app: Flask, client: FlaskClient
) -> None:
    ana = make_user(app)
    raw = kit.fixture("invite.eml").replace(b"20260414T", b"20270414T")
    to = kit.inbound_address(app, ana)
    posted = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    kit.read_all(app)
    dispatch_once(app, worker="test", clock=lambda: BEFORE_IT)
    done = _done_link(app)
    kit.not_an_interview(app, client, posted.json["id"])

    token = make_token(app, ana)
    body = {"company": "Fernwood", "role": "Data Engineer", "start": START, "end": END}
    logged = client.post("/api/v1/interviews", json=body, headers=auth(token))
    assert logged.status_code == 201
    assert client.post(done).status_code == 404
    again = client.get(f"/api/v1/interviews/{logged.json['id']}", headers=auth(token))
    assert {s["status"] for s in again.json["steps"]} == {"pending"}
