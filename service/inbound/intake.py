"""The one path every way in shares: store and commit, then apply and confirm.

Edges (hooks, the pipe command, the IMAP poller) call `accept` inside an app
context. When it returns, the message is committed; only then may they acknowledge.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from flask import current_app

from service import settings_of
from service.db import db, utcnow
from service.inbound.apply import apply_message
from service.inbound.arrival import Arrival
from service.inbound.confirm import queue_confirmation
from service.inbound.store import Stored, store_arrival
from service.models import Interview, User
from service.models_inbound import InboundMessage, MessageStatus

log = logging.getLogger(__name__)


def accept(arrival: Arrival) -> Stored:
    """Store an arrival durably (raises when that fails), then process it (never raises)."""
    session = db.session()
    try:
        stored = store_arrival(session, arrival, utcnow())
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
    if stored.created and stored.status == MessageStatus.RECEIVED:
        process(stored.message_id)
    return stored


def process(message_id: int) -> None:
    """Apply a stored message and queue its confirmation; on failure leave it for review."""
    session = db.session()
    try:
        message = apply_message(session, message_id, utcnow())
        if message is not None:
            confirm(message)
        session.commit()
    except Exception as error:
        session.rollback()
        log.exception("inbound message %s could not be processed", message_id)
        try:
            session.execute(
                sa.update(InboundMessage)
                .where(
                    InboundMessage.id == message_id,
                    InboundMessage.status == MessageStatus.RECEIVED,
                )
                .values(
                    status=MessageStatus.NEEDS_REVIEW,
                    reason=f"processing failed ({type(error).__name__}); reprocess it",
                    processed_at=utcnow(),
                )
            )
            session.commit()
        except Exception:
            session.rollback()
            log.exception("could not mark inbound message %s for review", message_id)


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
        secret_key=current_app.config["SECRET_KEY"],
        base_url=settings_of(current_app).base_url,
    )
