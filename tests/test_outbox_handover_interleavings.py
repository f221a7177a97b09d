"""Two senders whose clocks disagree, their steps interleaved every way hypothesis finds:
claiming a batch, handing a mail to the relay, recording it as sent, dying, and settling
the other's claims as stale. Whatever the order, no mail is handed to the relay twice,
and once the queue is drained every mail is sent, or held back because it may have
arrived (exactly those handed over and never recorded)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import sqlalchemy as sa
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.outbox import (
    MAYBE_SENT,
    Outgoing,
    _hand_over,
    _record_sent,
    claim_due,
    enqueue,
    recover_stale_claims,
)
from service.outbox.models import OutboxMessage, OutboxStatus
from service.platform.db import db, utcnow
from tests.helpers import make_user

MAILS = 6
LEASE = timedelta(minutes=10)
# The second sender's clock: in step, or far enough ahead that every claim looks stale.
SKEWS = [timedelta(0), LEASE + timedelta(minutes=1)]


@dataclass
class Sender:
    name: str
    skew: timedelta
    batch: list[Outgoing] = field(default_factory=list)
    on_wire: Outgoing | None = None


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["claim", "hand_over", "record", "die", "recover"]), st.integers(0, 1)
    ),
    min_size=1,
    max_size=24,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=ACTIONS, skew=st.sampled_from(SKEWS))
def test_no_mail_is_handed_over_twice_and_none_is_lost(
    app: Flask, actions: list[tuple[str, int]], skew: timedelta
) -> None:
    with app.app_context():
        session = db.session()
        session.execute(sa.delete(OutboxMessage))
        session.commit()
        base = utcnow()
        user_id = make_user(app, email=f"ana.{base.timestamp()}@example.com")
        for number in range(MAILS):
            enqueue(
                session,
                user_id=user_id,
                to="ana@example.com",
                subject=f"Reminder {number}",
                text="Send your thank-you today.",
                html="",
                dedupe_key=f"handover:{base.timestamp()}:{number}",
                now=base - timedelta(minutes=1),
            )
        session.commit()

        senders = [Sender("first", timedelta(0)), Sender("second", skew)]
        handed: dict[int, int] = {}
        recorded: set[int] = set()
        for action, who in actions:
            sender = senders[who]
            now = utcnow() + sender.skew
            if action == "claim" and not sender.batch and sender.on_wire is None:
                sender.batch = claim_due(session, sender.name, now, limit=3)
            elif action == "hand_over" and sender.batch and sender.on_wire is None:
                row = sender.batch.pop(0)
                if _hand_over(session, row, sender.name, now):
                    handed[row.id] = handed.get(row.id, 0) + 1
                    sender.on_wire = row
            elif action == "record" and sender.on_wire is not None:
                _record_sent(session, sender.on_wire, now)
                recorded.add(sender.on_wire.id)
                sender.on_wire = None
            elif action == "die":
                senders[who] = Sender(sender.name, sender.skew)
            elif action == "recover":
                recover_stale_claims(session, now, LEASE)

        assert all(count == 1 for count in handed.values()), handed

        # Every live sender finishes what it holds, then a later sender drains the queue.
        for sender in senders:
            if sender.on_wire is not None:
                _record_sent(session, sender.on_wire, utcnow())
                recorded.add(sender.on_wire.id)
        later = utcnow() + timedelta(hours=2)
        recover_stale_claims(session, later, LEASE)
        while batch := claim_due(session, "drain", later, limit=10):
            for row in batch:
                assert _hand_over(session, row, "drain", later)
                handed[row.id] = handed.get(row.id, 0) + 1
                _record_sent(session, row, later)
                recorded.add(row.id)

        rows = session.execute(
            sa.select(OutboxMessage.id, OutboxMessage.status, OutboxMessage.last_error)
        ).all()
        assert len(rows) == MAILS
        assert all(count == 1 for count in handed.values()), handed
        held = {row.id for row in rows if row.status == OutboxStatus.FAILED}
        assert all(row.last_error == MAYBE_SENT for row in rows if row.id in held)
        assert {row.id for row in rows if row.status == OutboxStatus.SENT} == recorded
        assert held == set(handed) - recorded
        assert held | recorded == {row.id for row in rows}
