"""Keep the inbound store small: drop old bodies, close stale reviews, forget old throttle rows.

`housekeeping` is what the scheduler calls; it takes `now` and the settings and
leaves committing to the caller, like the rest of the domain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from service.inbound import throttle
from service.inbound.models import InboundMessage, MessageStatus
from service.platform.config import Settings

STALE_REVIEW = timedelta(days=30)
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
    throttle_rows: int


def housekeeping(session: Session, now: datetime, settings: Settings) -> Tidied:
    """Drop raw bodies past retention and close stale review items.

    Mail stored but not yet read is not this job's business: the background reader
    takes it, including mail whose reader died (its claim lapses after a short lease).
    """
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
    return Tidied(
        bodies_dropped=int(getattr(dropped, "rowcount", 0) or 0),
        reviews_closed=int(getattr(closed, "rowcount", 0) or 0),
        throttle_rows=throttle.forget_old(session, now),
    )
