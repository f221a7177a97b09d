"""Tables of the outbox: one row per outgoing mail, and the single-use tokens its links spend."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from service.platform.db import NEVER_REUSE_IDS, Base


class OutboxStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class OutboxMessage(Base):
    """A mail to send, created in the same transaction as what caused it.

    `dedupe_key` is unique, so one cause can never be enqueued twice; `message_id`
    is chosen once and reused on every attempt, so a duplicate is at least recognisable.
    """

    __tablename__ = "outbox_messages"
    __table_args__ = (
        sa.Index("ix_outbox_messages_status_next", "status", "next_attempt_at"),
        sa.Index("ix_outbox_messages_step_anchor", "step_id", "step_anchor_at"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    dedupe_key: Mapped[str] = mapped_column(sa.String(200), unique=True)
    # The step a reminder is about; SET NULL lets a deleted interview cancel its mail.
    step_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("follow_up_steps.id", ondelete="SET NULL")
    )
    # The moment a reminder is about (interview start or end, or the step's due time);
    # a moved or snoozed step has a new one and so earns a new reminder.
    step_anchor_at: Mapped[datetime | None]
    to_address: Mapped[str] = mapped_column(sa.String(320))
    subject: Mapped[str] = mapped_column(sa.String(300))
    text_body: Mapped[str] = mapped_column(sa.Text)
    html_body: Mapped[str] = mapped_column(sa.Text, default="")
    message_id: Mapped[str] = mapped_column(sa.String(255), unique=True)
    status: Mapped[str] = mapped_column(sa.String(16), default=OutboxStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    claimed_by: Mapped[str | None] = mapped_column(sa.String(100))
    claimed_at: Mapped[datetime | None]
    # Set just before the relay is given the mail: a sender that stops after this and
    # before recording it as sent leaves a mail that may have arrived, never resent.
    handed_over_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(sa.String(1000), default="")


class UsedToken(Base):
    """A single-use token (one-click link, webhook signature or nonce) already spent.

    The primary key makes spending atomic: two concurrent uses cannot both insert.
    """

    __tablename__ = "used_tokens"

    token_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    purpose: Mapped[str] = mapped_column(sa.String(32))
    used_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)
