"""A second sender whose clock runs ahead (an NTP step, a resumed VM) while the first is
still working through its batch over a slow relay: the first one's claim looks stale to
it, yet the first sender is alive and keeps sending. No reminder may arrive twice."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from service.outbox import MAYBE_SENT
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
