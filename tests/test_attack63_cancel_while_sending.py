"""An interview cancelled while the sender works through a slow relay gets no reminder.

Found by an attack pass on a running server: the sender claims up to 20 due mails and
checked them all once, before the first went out (cancelled interview? deleted step?
disabled account?). Through a relay that takes a second or more per mail, an interview
cancelled through the API while its reminder waited in that claimed batch still got
its reminder, up to the whole batch's sending time after the cancellation. Now what is
left of a batch is checked again once sending has taken longer than a second.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import sqlalchemy as sa

from service.interviews.models import FollowUpStep
from service.outbox.models import OutboxMessage, OutboxStatus
from service.platform.db import db, utcnow
from service.scheduler import dispatch_once
from tests.helpers import add_due_thank_yous, auth, make_token, make_user
from tests.mailserver import running_sink
from tests.test_reminders import mail_app

MAILS = 4


def test_a_reminder_waiting_in_a_claimed_batch_is_not_sent_once_cancelled(
    database_url: str, tmp_path: Path
) -> None:
    with running_sink() as (sink, port):
        sink.stall_seconds = 1.5  # a slow relay: each mail takes this long
        app = mail_app(database_url, tmp_path, port, mail_timeout=10.0)
        user_id = make_user(app)
        token = make_token(app, user_id)
        with app.app_context():
            add_due_thank_yous(user_id, MAILS, utcnow())
        sender = threading.Thread(target=dispatch_once, args=(app,), kwargs={"worker": "slow"})
        sender.start()
        try:
            deadline = time.monotonic() + 30
            while not sink.received and time.monotonic() < deadline:
                time.sleep(0.02)
            assert sink.received, "the first reminder never arrived"
            # The first mail is through; the last of the batch is claimed and waiting.
            with app.app_context():
                last, interview_id = db.session.execute(
                    sa.select(OutboxMessage.id, FollowUpStep.interview_id)
                    .join(FollowUpStep, OutboxMessage.step_id == FollowUpStep.id)
                    .order_by(OutboxMessage.next_attempt_at.desc(), OutboxMessage.id.desc())
                    .limit(1)
                ).one()
                status = db.session.get(OutboxMessage, last).status  # type: ignore[union-attr]
                db.session.remove()
            assert status == OutboxStatus.SENDING
            cancelled = app.test_client().post(
                f"/api/v1/interviews/{interview_id}/cancel", headers=auth(token)
            )
            assert cancelled.status_code == 200, cancelled.get_data(as_text=True)
        finally:
            sender.join(60)
        subjects = [mail.message["Subject"] for mail in sink.received]
    with app.app_context():
        row = db.session.get(OutboxMessage, last)
        assert row is not None
        assert row.status == OutboxStatus.CANCELLED, (row.status, row.last_error)
        assert "cancelled" in row.last_error
        sent = db.session.scalar(
            sa.select(sa.func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.SENT)
        )
        db.session.remove()
    assert sent == MAILS - 1
    assert len(subjects) == MAILS - 1
