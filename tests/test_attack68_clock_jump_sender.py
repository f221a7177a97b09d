"""A second sender whose clock runs ahead (an NTP step, a resumed VM) while the first is
still working through its batch over a slow relay: the first one's claim looks stale to
it, yet the first sender is alive and keeps sending. No reminder may arrive twice."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from service.outbox import MAYBE_SENT, _hand_over, claim_due, enqueue, recover_stale_claims
from service.outbox.models import OutboxMessage, OutboxStatus
from service.platform.db import db, utcnow
from service.scheduler import dispatch_once
from tests.helpers import add_due_thank_yous, make_user
from tests.mailserver import running_sink
from tests.test_reminders import mail_app

STEPS = 12


def test_a_sender_with_a_clock_ahead_sends_nothing_the_first_is_still_sending(
    database_url: str, tmp_path: Path
) -> None:
    with running_sink() as (sink, port):
        sink.stall_seconds = 0.2  # a slow relay: the first batch takes seconds
        app = mail_app(database_url, tmp_path, port)
        user_id = make_user(app)
        with app.app_context():
            add_due_thank_yous(user_id, STEPS, utcnow())
        first = threading.Thread(target=dispatch_once, args=(app,), kwargs={"worker": "first"})
        first.start()
        deadline = time.monotonic() + 30
        while len(sink.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(sink.received) >= 2

        # The second sender's clock is an hour ahead: the first batch's lease looks run out.
        ahead = timedelta(hours=1)
        dispatch_once(app, worker="second", clock=lambda: utcnow() + ahead)
        first.join(timeout=60)
        assert not first.is_alive()
        ids = sink.message_ids()

    with app.app_context():
        rows = db.session.execute(
            sa.select(OutboxMessage.message_id, OutboxMessage.status, OutboxMessage.last_error)
        ).all()
    assert len(rows) == STEPS
    assert len(ids) == len(set(ids)), f"a reminder arrived twice: {sorted(ids)}"
    # At most the mail that was on the wire when the claim was settled is held back.
    held = [row for row in rows if row.status == OutboxStatus.FAILED]
    assert len(held) <= 1
    assert all(row.last_error == MAYBE_SENT for row in held)
    sent = {row.message_id for row in rows if row.status == OutboxStatus.SENT}
    assert len(sent) + len(held) == STEPS
    assert sent <= set(ids) <= sent | {row.message_id for row in held}


def test_a_mail_handed_over_while_another_sender_settles_the_claim_is_not_queued_again(
    database_url: str, tmp_path: Path
) -> None:
    """The CI run's double send, step by step: the live sender hands a mail to the relay
    in the moment between the other sender reading the stale claims and rewriting them.
    On PostgreSQL both run at once under row locks (SQLite has one write lock for the
    file, so there the settling waits for the hand-over or the hand-over for it)."""
    app = mail_app(database_url, tmp_path, 9)
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("row locks: PostgreSQL (SQLite has one write lock for the file)")
    user_id = make_user(app)
    now = utcnow()
    with app.app_context():
        for number in range(3):
            enqueue(
                db.session(),
                user_id=user_id,
                to="ana@example.com",
                subject=f"Reminder {number}",
                text="Send your thank-you today.",
                html="",
                dedupe_key=f"midway:{number}",
                now=now,
            )
        db.session.commit()
        batch = claim_due(db.session(), "first", now, limit=3)
        assert len(batch) == 3
        assert _hand_over(db.session(), batch[0], "first", now)

        live = Session(sa.create_engine(database_url))
        handed: list[bool] = []

        def hand_over_midway(connection: Any, *_: Any) -> None:
            if not handed:
                handed.append(_hand_over(live, batch[1], "first", now))

        ahead = now + timedelta(hours=1)
        sa.event.listen(db.engine, "after_cursor_execute", hand_over_midway)
        try:
            recover_stale_claims(db.session(), ahead, timedelta(minutes=10))
        finally:
            sa.event.remove(db.engine, "after_cursor_execute", hand_over_midway)
        live.close()
        assert handed == [True]
        taken = claim_due(db.session(), "second", ahead, limit=3)
        # The second sender gets only the mail that never went near the relay.
        assert [row.id for row in taken] == [batch[2].id]
