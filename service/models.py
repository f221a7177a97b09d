"""Typed SQLAlchemy models: users, their interviews and the follow-up steps of each."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.db import Base


class InterviewStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    COMPLETED = "completed"


class StepStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


class Outcome(StrEnum):
    HEARD_BACK = "heard_back"
    NEXT_ROUND = "next_round"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDREW = "withdrew"


class Source(StrEnum):
    MANUAL = "manual"
    CLI = "cli"
    API = "api"
    EMAIL = "email"
    DEMO = "demo"


class FeedInterviews(StrEnum):
    """Which interviews the feed shows beside the steps: a forwarded invitation is usually in
    the calendar already, so only the ones logged by hand are shown unless asked."""

    ALL = "all"
    HAND_LOGGED = "hand_logged"
    NONE = "none"

    def shows(self, source: str) -> bool:
        if self is FeedInterviews.HAND_LOGGED:
            return source != Source.EMAIL
        return self is FeedInterviews.ALL


def new_uid() -> str:
    """Return a calendar UID that is never regenerated or reused."""
    return f"{uuid.uuid4()}@afterview"


class User(Base):
    __tablename__ = "users"
    # The digest pass reads the few users who asked for one, not every account.
    __table_args__ = (sa.Index("ix_users_daily_digest", "daily_digest", "is_active"),)

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
    __table_args__ = (sa.UniqueConstraint("user_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(sa.String(320), index=True)
    confirmed_at: Mapped[datetime | None]

    user: Mapped[User] = relationship(back_populates="allowed_senders")


class ApiToken(Base):
    """A bearer token for the JSON API; only its hash is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime]
    last_used_at: Mapped[datetime | None]


class Interview(Base):
    __tablename__ = "interviews"
    __table_args__ = (
        sa.Index("ix_interviews_user_start", "user_id", "start_at"),
        sa.Index("ix_interviews_user_calendar_uid", "user_id", "calendar_uid"),
        # The reminder pass finds interviews starting or ending around now, for everyone.
        sa.Index("ix_interviews_start_at", "start_at"),
        sa.Index("ix_interviews_end_at", "end_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(sa.String(120), unique=True, default=new_uid)
    company: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[str] = mapped_column(sa.String(200))
    start_at: Mapped[datetime]
    end_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(sa.String(64))
    location: Mapped[str] = mapped_column(sa.String(500), default="")
    meeting_url: Mapped[str] = mapped_column(sa.String(2000), default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[str] = mapped_column(sa.String(16), default=InterviewStatus.SCHEDULED)
    outcome: Mapped[str | None] = mapped_column(sa.String(16))
    heard_back_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(sa.String(16), default=Source.MANUAL)
    calendar_uid: Mapped[str | None] = mapped_column(sa.String(500))
    calendar_sequence: Mapped[int | None]
    origin_message_id: Mapped[str | None] = mapped_column(sa.String(500), index=True)
    # Who sent the invitation (often a recruiter, not an interviewer): their replies count.
    organizer_name: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    organizer_email: Mapped[str] = mapped_column(sa.String(320), default="", server_default="")
    timeline_text: Mapped[str] = mapped_column(sa.String(500), default="")
    timeline_date: Mapped[date | None]
    revision: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    user: Mapped[User] = relationship(back_populates="interviews")
    interviewers: Mapped[list[Interviewer]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        order_by="Interviewer.position",
        passive_deletes=True,
    )
    steps: Mapped[list[FollowUpStep]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        order_by="FollowUpStep.due_at",
        passive_deletes=True,
    )


class Interviewer(Base):
    __tablename__ = "interviewers"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        sa.ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(sa.String(200), default="")
    email: Mapped[str] = mapped_column(sa.String(320), default="")

    interview: Mapped[Interview] = relationship(back_populates="interviewers")


class FollowUpStep(Base):
    __tablename__ = "follow_up_steps"
    __table_args__ = (
        sa.UniqueConstraint("interview_id", "kind"),
        # Due time first: nearly every step is pending, so an index led by the status
        # would tempt planners (SQLite's above all) into reading every pending step.
        sa.Index("ix_follow_up_steps_due_status", "due_at", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(sa.ForeignKey("interviews.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(sa.String(120), unique=True, default=new_uid)
    kind: Mapped[str] = mapped_column(sa.String(32))
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(sa.String(16), default=StepStatus.PENDING)
    status_reason: Mapped[str] = mapped_column(sa.String(100), default="")
    status_changed_at: Mapped[datetime]
    snoozed: Mapped[bool] = mapped_column(default=False)
    revision: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    interview: Mapped[Interview] = relationship(back_populates="steps")


class FeedFetch(Base):
    """When each client family last fetched a user's feed (one row per family)."""

    __tablename__ = "feed_fetches"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    client: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    last_fetched_at: Mapped[datetime]
    fetch_count: Mapped[int] = mapped_column(sa.BigInteger, default=0)


class UsedToken(Base):
    """A single-use token (one-click link, webhook signature or nonce) already spent.

    The primary key makes spending atomic: two concurrent uses cannot both insert.
    """

    __tablename__ = "used_tokens"

    token_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    purpose: Mapped[str] = mapped_column(sa.String(32))
    used_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)


# Feature tables live beside their features; importing them registers them on the metadata.
from service import models_inbound, models_outbox, models_web  # noqa: E402, F401
