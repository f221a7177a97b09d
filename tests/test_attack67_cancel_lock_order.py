"""Cancelling takes the account's lock before it writes the interview, as a move does.

Found by the attack pass: on PostgreSQL, an API cancel and an API reschedule of the same
interview sent together ended in a deadlock about every other time, and one of the two
was answered 503 "database unavailable" although nothing was wrong with the database.
The move took the account's row lock, then wrote the interview; the cancel wrote the
interview (and its steps), then wanted the account's row for the feed's change time.
Cancel now takes the account's lock first, so the two queue instead.
"""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa
from flask import Flask

from service.platform.db import db
from tests.helpers import api_interview, auth, make_token, make_user


def test_a_cancel_waiting_for_the_account_holds_no_lock_on_the_interview(app: Flask) -> None:
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("row locks: PostgreSQL (SQLite has one write lock for the file)")
    user_id = make_user(app)
    token = make_token(app, user_id)
    interview_id = api_interview(app.test_client(), token)["id"]

    with app.app_context():
        engine = db.engine
    mover = engine.connect()
    mover_tx = mover.begin()
    # What a reschedule holds while it checks for a twin: the account's row.
    mover.execute(sa.text("SELECT id FROM users WHERE id = :id FOR NO KEY UPDATE"), {"id": user_id})
    answers: list[int] = []
    cancel = threading.Thread(
        target=lambda: answers.append(
            app.test_client()
            .post(f"/api/v1/interviews/{interview_id}/cancel", headers=auth(token))
            .status_code
        )
    )
    cancel.start()
    try:
        cancel.join(3)
        assert cancel.is_alive(), "the cancel did not wait for the account"
        # The reschedule's next write: the interview's row. Held by the cancel, this
        # is where the two deadlocked.
        mover.execute(sa.text("SET LOCAL lock_timeout = '2s'"))
        mover.execute(
            sa.text("SELECT id FROM interviews WHERE id = :id FOR UPDATE"), {"id": interview_id}
        )
    finally:
        mover_tx.rollback()
        mover.close()
        cancel.join(30)
    assert answers == [200]
