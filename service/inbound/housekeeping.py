"""Keep the inbound store small and moving: drop old bodies, close stale reviews, retry stuck mail.

`housekeeping` is what the scheduler calls; it takes `now` and the settings and
leaves committing to the caller, like the rest of the domain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from service.config import Settings
from service.inbound import throttle
from service.models_inbound import InboundMessage, MessageStatus

STALE_REVIEW = timedelta(days=30)
STUCK_AFTER = timedelta(minutes=5)
FINISHED = (
    MessageStatus.APPLIED,
    MessageStatus.DUPLICATE,
    MessageStatus.DISCARDED,
    MessageStatus.QUARANTINED,
)


@dataclass(frozen=True)
class Tidied:
    bodies_dropped: int
    reviews_closed: int
    stuck: tuple[int, ...]
    throttle_rows: int


def housekeeping(session: Session, now: datetime, settings: Settings) -> Tidied:
    """Drop raw bodies past retention, close stale review items, list messages to retry."""
    cutoff = now - timedelta(days=settings.raw_mail_retention_days)
    dropped = session.execute(
        sa.update(InboundMessage)
        .where(
            InboundMessage.raw.is_not(None),
            InboundMessage.received_at < cutoff,
            InboundMessage.status.in_(FINISHED),
        )
        .values(raw=None, body_dropped_at=now)
    )
    closed = session.execute(
        sa.update(InboundMessage)
        .where(
            InboundMessage.status == MessageStatus.NEEDS_REVIEW,
            InboundMessage.received_at < now - STALE_REVIEW,
        )
        .values(
            status=MessageStatus.DISCARDED,
            reason=f"not reviewed within {STALE_REVIEW.days} days",
            processed_at=now,
        )
    )
    # Stored but never applied (the process died between commit and apply): retry them.
    stuck = tuple(
        session.scalars(
            sa.select(InboundMessage.id)
            .where(
                InboundMessage.status == MessageStatus.RECEIVED,
                InboundMessage.received_at < now - STUCK_AFTER,
            )
            .order_by(InboundMessage.id)
            .limit(500)
        )
    )
    return Tidied(
        bodies_dropped=int(getattr(dropped, "rowcount", 0) or 0),
        reviews_closed=int(getattr(closed, "rowcount", 0) or 0),
        stuck=stuck,
        throttle_rows=throttle.forget_old(session, now),
    )
