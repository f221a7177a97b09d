"""Tables of the inbound feature: every message received, kept raw, and where polling stands."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from service.platform.db import NEVER_REUSE_IDS, Base


class MessageStatus(StrEnum):
    RECEIVED = "received"
    APPLIED = "applied"
    NEEDS_REVIEW = "needs_review"
    QUARANTINED = "quarantined"
    DUPLICATE = "duplicate"
    DISCARDED = "discarded"


# What pages and messages call each status: words a person reads, not the stored codes.
STATUS_WORDS = {
    MessageStatus.RECEIVED: "Not read yet",
    MessageStatus.APPLIED: "Done",
    MessageStatus.NEEDS_REVIEW: "Needs you",
    MessageStatus.QUARANTINED: "Held back",
    MessageStatus.DUPLICATE: "Nothing new",
    MessageStatus.DISCARDED: "Discarded",
}


class Provider(StrEnum):
    RAW = "raw"
    MAILGUN = "mailgun"
    SENDGRID = "sendgrid"
    POSTMARK = "postmark"
    PIPE = "pipe"
    IMAP = "imap"


class InboundMessage(Base):
    """One message as it arrived, stored before it was acknowledged, read afterwards.

    `dedupe_key` is unique: the same message delivered twice (a provider retry, a
    pipe redelivery, two concurrent posts) can only ever be one row.
    """

    __tablename__ = "inbound_messages"
    __table_args__ = (
        sa.Index("ix_inbound_messages_status_received", "status", "received_at"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(sa.String(64), unique=True)
    provider: Mapped[str] = mapped_column(sa.String(16))
    provider_ref: Mapped[str] = mapped_column(sa.String(200), default="")
    recipient: Mapped[str] = mapped_column(sa.String(320), default="")
    envelope_sender: Mapped[str] = mapped_column(sa.String(320), default="")
    header_from: Mapped[str] = mapped_column(sa.String(320), default="")
    subject: Mapped[str] = mapped_column(sa.String(300), default="")
    message_id_header: Mapped[str] = mapped_column(sa.String(500), default="")
    # None once housekeeping has dropped the body; the metadata stays.
    raw: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    raw_sha256: Mapped[str] = mapped_column(sa.String(64))
    raw_size: Mapped[int]
    received_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(sa.String(16), default=MessageStatus.RECEIVED)
    reason: Mapped[str] = mapped_column(sa.String(500), default="")
    auth_verdicts: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    parse_summary: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    interview_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("interviews.id", ondelete="SET NULL"), index=True
    )
    # What applying did ("created", "rescheduled", ...), so a confirmation can say it.
    action: Mapped[str] = mapped_column(sa.String(32), default="")
    # The interview as it was before and after this message changed it ("before"/"after"),
    # so "Not an interview" can put back exactly what this message did.
    undo: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    # What the user said through a one-click link: "confirmed", "rejected", "fix".
    user_verdict: Mapped[str] = mapped_column(sa.String(16), default="")
    # Reads started; each reading also makes its own confirmation mail key.
    attempts: Mapped[int] = mapped_column(default=0)
    # Who is reading the message and since when; a claim older than the lease is stale.
    claimed_by: Mapped[str | None] = mapped_column(sa.String(100))
    claimed_at: Mapped[datetime | None]
    processed_at: Mapped[datetime | None]
    body_dropped_at: Mapped[datetime | None]


class ImapCursor(Base):
    """How far one mailbox folder has been read: UIDs only mean something with UIDVALIDITY."""

    __tablename__ = "imap_cursors"

    account: Mapped[str] = mapped_column(sa.String(400), primary_key=True)
    folder: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(sa.BigInteger)
    last_uid: Mapped[int] = mapped_column(sa.BigInteger)
    updated_at: Mapped[datetime]


class HookThrottle(Base):
    """Failed hook requests per client and window, shared by every worker process."""

    __tablename__ = "hook_throttle"

    key: Mapped[str] = mapped_column(sa.String(120), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
