"""A real `afterview scheduler` killed with SIGKILL in the middle of a batch: after the lease
every reminder has gone out once, none twice, and at most the one mail that was on the wire
when the process died is held back for the person to send again."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from service.outbox import MAYBE_SENT
from service.outbox.models import OutboxMessage, OutboxStatus
from service.platform.db import db, utcnow
from service.scheduler import dispatch_once
from tests.helpers import add_due_thank_yous, make_user, scheduler_env
from tests.mailserver import running_sink
from tests.test_reminders import mail_app

STEPS = 30
pytestmark = pytest.mark.slow


def test_a_killed_scheduler_sends_no_reminder_twice(database_url: str, tmp_path: Path) -> None:
    with running_sink() as (sink, port):
        sink.stall_seconds = 0.15  # slow enough to be killed with most of a batch unsent
        app = mail_app(database_url, tmp_path, port)
        user_id = make_user(app)
        with app.app_context():
            add_due_thank_yous(user_id, STEPS, utcnow())
        env = scheduler_env(database_url, tmp_path / "proc", port)
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("afterview")), "scheduler"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 40
            while len(sink.received) < 3 and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            process.send_signal(signal.SIGKILL)
            errors = process.communicate(timeout=20)[1].decode()
        before = len(sink.received)
        assert 3 <= before < STEPS, errors

        # The next sender, once the dead one's lease has run out.
        sink.stall_seconds = 0.0
        later = utcnow() + timedelta(hours=1)
        dispatch_once(app, worker="next", clock=lambda: later)
        ids = sink.message_ids()

    with app.app_context():
        rows = db.session.execute(
            sa.select(OutboxMessage.message_id, OutboxMessage.status, OutboxMessage.last_error)
        ).all()
    assert len(rows) == STEPS
    assert len(ids) == len(set(ids)), "a reminder arrived twice"
    held = [row for row in rows if row.status == OutboxStatus.FAILED]
    assert len(held) <= 1
    assert all(row.last_error == MAYBE_SENT for row in held)
    sent = {row.message_id for row in rows if row.status == OutboxStatus.SENT}
    assert len(sent) + len(held) == STEPS
    # Every mail recorded as sent arrived; the held one arrived at most once.
    assert sent <= set(ids) <= sent | {row.message_id for row in held}
