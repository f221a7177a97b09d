"""A note from the employer before the interview is no answer about it.

Found by the attack pass: Ada forwarded Omar's invitation to an interview next
Thursday, then his "Thanks for confirming. Looking forward to speaking with you on
Thursday!". The second mail was recorded as hearing back: the interview showed "Heard
back" before it took place, and its follow-up was cancelled, so no follow-up reminder
would ever come. A reply without an outcome or a timeline, about an interview still to
come, now waits in review and changes nothing.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview
from service.platform.db import db, utcnow
from tests.helpers import make_user
from tests.inbound import kit

ADA = "ada@example.com"


def _post(app: Flask, client: FlaskClient, raw: bytes, to: str) -> InboundMessage:
    response = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert response.status_code == 200, response.json
    kit.read_all(app)
    with app.app_context():
        row = db.session.get(InboundMessage, response.json["id"])
        assert row is not None
        db.session.expunge(row)
        return row


def _forward(to: str, number: int, subject: str, body: str) -> bytes:
    return (
        f"From: Ada <{ADA}>\r\nTo: {to}\r\nSubject: Fwd: {subject}\r\n"
        f"Message-ID: <attack60-{number}@example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "---------- Forwarded message ---------\r\n"
        "From: Omar Haddad <omar@umbrella.example>\r\n"
        f"Subject: {subject}\r\nTo: Ada <{ADA}>\r\n\r\n{body}\r\n"
    ).encode()


def test_looking_forward_to_it_is_not_hearing_back(app: Flask, client: FlaskClient) -> None:
    to = kit.inbound_address(app, make_user(app, ADA))
    day = (utcnow() + timedelta(days=10)).date()
    invited = _post(
        app,
        client,
        _forward(
            to,
            1,
            "Interview invitation - Umbrella Data Analyst",
            "Hi Ada,\r\n\r\nWe would like to invite you to an interview for the Data Analyst"
            f" role at Umbrella on {day:%A %d %B %Y} at 14:00 CET, lasting 45 minutes, by"
            " video call.\r\n\r\nBest,\r\nOmar Haddad\r\nRecruiter, Umbrella",
        ),
        to,
    )
    assert invited.action == "created", invited.reason
    note = _post(
        app,
        client,
        _forward(
            to,
            2,
            "Re: Interview invitation - Umbrella Data Analyst",
            "Hi Ada,\r\n\r\nThanks for confirming. Looking forward to speaking with you on"
            f" {day:%A}!\r\n\r\nBest,\r\nOmar Haddad\r\nRecruiter, Umbrella",
        ),
        to,
    )
    assert note.status == MessageStatus.NEEDS_REVIEW, (note.status, note.action, note.reason)
    assert "nothing was changed" in note.reason
    with app.app_context():
        interview = db.session.scalars(sa.select(Interview)).one()
        assert (interview.outcome, interview.heard_back_at) == (None, None)
        assert {s.kind: s.status for s in interview.steps}["follow_up"] == "pending"
