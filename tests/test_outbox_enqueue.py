"""Queueing mail: one row per cause, a Message-ID chosen once, headers kept to one line."""

from __future__ import annotations

from flask import Flask

from service.outbox import enqueue
from service.outbox.models import OutboxMessage, OutboxStatus
from service.platform.db import db, utcnow
from tests.helpers import make_user


def test_the_same_cause_is_queued_once(app: Flask) -> None:
    user_id = make_user(app)
    with app.app_context():
        now = utcnow()
        first = enqueue(
            db.session(),
            user_id=user_id,
            to="ana@example.com",
            subject="Hello",
            text="body",
            html="<p>body</p>",
            dedupe_key="confirm:1",
            now=now,
        )
        second = enqueue(
            db.session(),
            user_id=user_id,
            to="ana@example.com",
            subject="Hello again",
            text="body",
            html="",
            dedupe_key="confirm:1",
            now=now,
        )
        db.session.commit()
        assert first is not None
        assert second is None
        rows = db.session.scalars(db.select(OutboxMessage)).all()
        assert [(r.subject, r.status) for r in rows] == [("Hello", OutboxStatus.QUEUED)]
        assert rows[0].message_id.startswith("<")
        assert rows[0].message_id.endswith(">")


def test_a_subject_with_line_breaks_becomes_one_line(app: Flask) -> None:
    user_id = make_user(app)
    with app.app_context():
        row = enqueue(
            db.session(),
            user_id=user_id,
            to="ana@example.com",
            subject="Thanks\r\nBcc: victim@example.com\n" + "x" * 5000,
            text="body",
            html="",
            dedupe_key="k",
            now=utcnow(),
        )
        db.session.commit()
        assert row is not None
        assert "\n" not in row.subject
        assert "\r" not in row.subject
        assert len(row.subject) <= 250


def test_a_queued_mail_is_undone_with_its_cause(app: Flask) -> None:
    user_id = make_user(app)
    with app.app_context():
        enqueue(
            db.session(),
            user_id=user_id,
            to="ana@example.com",
            subject="Hello",
            text="body",
            html="",
            dedupe_key="rolled-back",
            now=utcnow(),
        )
        db.session.rollback()
        assert db.session.scalars(db.select(OutboxMessage)).all() == []
