"""Tables of accounts: users, the addresses they forward from, and their API tokens."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.platform.db import NEVER_REUSE_IDS, Base

if TYPE_CHECKING:
    from service.interviews.models import Interview


class FeedInterviews(StrEnum):
    """Which interviews the feed shows beside the steps: a forwarded invitation is usually in
    the calendar already, so only the ones logged by hand are shown unless asked."""

    ALL = "all"
    HAND_LOGGED = "hand_logged"
    NONE = "none"


class User(Base):
    __tablename__ = "users"
    # The digest pass reads the few users who asked for one, not every account.
    __table_args__ = (
        sa.Index("ix_users_daily_digest", "daily_digest", "is_active"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(sa.String(256))
    display_name: Mapped[str] = mapped_column(sa.String(200), default="")
    timezone: Mapped[str] = mapped_column(sa.String(64), default="UTC")
    working_hours: Mapped[str] = mapped_column(sa.String(64), default="09:00-18:00 mon-fri")
    follow_up_days: Mapped[int] = mapped_column(default=7)
    feed_nonce: Mapped[str] = mapped_column(sa.String(64))
    feed_token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    inbound_nonce: Mapped[str] = mapped_column(sa.String(64))
    inbound_token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    # Until the person picks one, their browser's zone replaces the default at sign-in.
    zone_confirmed: Mapped[bool] = mapped_column(default=False)
    feed_interviews: Mapped[str] = mapped_column(
        sa.String(12), default=lambda: FeedInterviews.HAND_LOGGED
    )
    feed_alarms: Mapped[bool] = mapped_column(default=False)
    reminder_emails: Mapped[bool] = mapped_column(default=True)
    daily_digest: Mapped[bool] = mapped_column(default=False)
    # The user's own wording of the drafts, {"thank_you": {"subject": .., "body": ..}, ..};
    # None (or a kind left out) means Afterview's.
    draft_templates: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    is_admin: Mapped[bool] = mapped_column(default=False)
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    feed_changed_at: Mapped[datetime]

    interviews: Mapped[list[Interview]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    allowed_senders: Mapped[list[AllowedSender]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class AllowedSender(Base):
    """An address of the user's own that may forward mail to the inbound hook.

    It counts only once `confirmed_at` is set, by the link in a mail sent to it.
    """

    __tablename__ = "allowed_senders"
    __table_args__ = (sa.UniqueConstraint("user_id", "email"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(sa.String(320), index=True)
    confirmed_at: Mapped[datetime | None]

    user: Mapped[User] = relationship(back_populates="allowed_senders")


class ApiToken(Base):
    """A bearer token for the JSON API; only its hash is stored."""

    __tablename__ = "api_tokens"
    __table_args__ = NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime]
    last_used_at: Mapped[datetime | None]


class IdempotencyKey(Base):
    """The first answer to an API request sent with an `Idempotency-Key`, kept a day.

    A retried `POST /api/v1/interviews` (a client timeout, a network retry) logged the
    interview twice, and so every reminder twice. The key is hashed with the account's
    id, so another account's key never matches; the primary key makes two simultaneous
    requests with one key unable to both store an answer (see `service.accounts.idempotency`).
    """

    __tablename__ = "idempotency_keys"

    key_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    request_hash: Mapped[str] = mapped_column(sa.String(64))
    status: Mapped[int]
    body: Mapped[str] = mapped_column(sa.Text)
    location: Mapped[str] = mapped_column(sa.String(200), default="")
    created_at: Mapped[datetime]
