"""The one path every way in shares: store and commit, wake the reader, acknowledge.

Edges (hooks, the pipe command, the IMAP poller) call `accept` inside an app context.
When it returns, the message is committed; only then may they acknowledge. Reading
the message (parsing, applying, the confirmation mail) happens afterwards in the
scheduler's background reader (`service.inbound.reader`), never in the edge's request.
"""

from __future__ import annotations

import logging

from flask import current_app

from service.accounts.models import User
from service.inbound import wakeup
from service.inbound.arrival import Arrival, Head
from service.inbound.confirm import queue_confirmation
from service.inbound.models import InboundMessage, MessageStatus
from service.inbound.store import Proof, Stored, store_arrival
from service.interviews.models import Interview
from service.platform.config import settings_of
from service.platform.db import db, utcnow

log = logging.getLogger(__name__)


def accept(
    arrival: Arrival,
    head: Head | None = None,
    proof: Proof | None = None,
    authserv_id: str | None = None,
) -> Stored:
    """Store an arrival durably (raises when that fails) and wake the background reader.

    `head` is `read_head(arrival.raw)` when the caller has read it already; a `proof`
    is spent in the same transaction (`store.Replayed` when it was spent before);
    `authserv_id` as in `store_arrival` (verdicts from our own Authentication-Results).
    """
    session = db.session()
    try:
        stored = store_arrival(session, arrival, utcnow(), head, proof, authserv_id)
        waiting = stored.created and stored.status == MessageStatus.RECEIVED
        if waiting:
            wakeup.notify(session)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    log.info(
        "inbound %s message %s from %s: %s",
        "stored" if stored.created else "repeat of",
        stored.message_id,
        arrival.provider,
        stored.status,
    )
    if waiting:
        wakeup.wake_here()
        if session.get_bind().dialect.name == "sqlite":
            wakeup.poke(current_app.instance_path)
    return stored


def confirm(message: InboundMessage) -> None:
    """Queue the confirmation mail for a processed message, in the current transaction."""
    if message.user_id is None:
        return
    session = db.session()
    user = session.get(User, message.user_id)
    if user is None:
        return
    interview = session.get(Interview, message.interview_id) if message.interview_id else None
    queue_confirmation(
        session,
        message,
        user,
        interview,
        utcnow(),
        secret_key=settings_of(current_app).secret_key,
        base_url=settings_of(current_app).base_url,
    )
