"""A forwarded update that would move an interview onto a live copy of itself waits for
review, naming the copy (the attack pass's twin finding, through the mail edge; the web,
API and CLI refuse it, see tests/test_attack62_twin_move.py)."""

from __future__ import annotations

from flask import Flask

from service.inbound.models import InboundMessage, MessageStatus
from service.platform.db import db
from tests.helpers import auth, make_token, make_user
from tests.inbound import kit


def test_a_forwarded_update_onto_a_live_copy_waits_for_review(app: Flask) -> None:
    user_id = make_user(app, email="twinmail62@example.com")
    token = make_token(app, user_id)
    client = app.test_client()
    to = kit.inbound_address(app, user_id)

    def send(name: str) -> int:
        raw = kit.fixture(name)
        answer = client.post(
            "/hooks/email/raw",
            query_string={"to": to},
            data=raw,
            headers=kit.raw_headers(raw, to),
        )
        assert answer.status_code == 200, answer.get_json()
        kit.read_all(app)
        return int(answer.get_json()["id"])

    send("invite.eml")
    [mailed] = client.get("/api/v1/interviews", headers=auth(token)).get_json()["interviews"]
    # The same interview logged by hand at the time the update moves it to.
    copy = client.post(
        "/api/v1/interviews",
        json={
            "company": mailed["company"],
            "role": mailed["role"],
            "start": "2026-04-16T11:00",
            "end": "2026-04-16T12:00",
            "timezone": "Europe/Berlin",
        },
        headers=auth(token),
    )
    assert copy.status_code == 201, copy.get_json()

    message_id = send("reschedule.eml")
    with app.app_context():
        message = db.session.get(InboundMessage, message_id)
        assert message is not None
        assert message.status == MessageStatus.NEEDS_REVIEW
        assert f"interview {copy.get_json()['id']}" in message.reason
    kept = client.get(f"/api/v1/interviews/{mailed['id']}", headers=auth(token)).get_json()
    assert kept["start"] == mailed["start"]
