"""Typed SQLAlchemy models: interviews, their interviewers and the follow-up steps of each."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship, validates

from service.platform.db import NEVER_REUSE_IDS, Base
from service.steps.schedule import reminder_anchor

if TYPE_CHECKING:
    from service.accounts.models import User


# The steps the reminder pass looks at, spelled once for the partial index and the query
# (a planner uses a partial index only when the query repeats its condition).
OWED_REMINDER = "follow_up_steps.status = 'pending' AND NOT follow_up_steps.reminded"
PENDING_STEP = "follow_up_steps.status = 'pending'"


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


MAX_STORED_SEQUENCE = 2**31 - 1


def new_uid() -> str:
    """Return a calendar UID that is never regenerated or reused."""
    return f"{uuid.uuid4()}@afterview"


class Interview(Base):
    __tablename__ = "interviews"
    __table_args__ = (
        sa.Index("ix_interviews_user_start", "user_id", "start_at"),
        sa.Index("ix_interviews_user_calendar_uid", "user_id", "calendar_uid"),
        # The reminder pass finds interviews starting or ending around now, for everyone.
        sa.Index("ix_interviews_start_at", "start_at"),
        sa.Index("ix_interviews_end_at", "end_at"),
        NEVER_REUSE_IDS,
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

    @validates("calendar_sequence")
    def _fit_sequence(self, _key: str, value: int | None) -> int | None:
        # The column is 32-bit; calendars write far larger SEQUENCEs (Google's millisecond
        # stamps, 50-digit ones). The largest storable number still outranks every real one.
        return None if value is None else min(max(value, 0), MAX_STORED_SEQUENCE)


class Interviewer(Base):
    __tablename__ = "interviewers"
    __table_args__ = NEVER_REUSE_IDS

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
        # The reminder pass: only steps still owed a reminder, by the moment it is about.
        # Done, skipped and already reminded steps are not in it, so a pass reads no
        # more than what falls due, however many steps everyone has.
        sa.Index(
            "ix_follow_up_steps_owed_reminder",
            "reminder_anchor_at",
            sqlite_where=sa.text(OWED_REMINDER),
            postgresql_where=sa.text(OWED_REMINDER),
        ),
        # The dashboard: one user's pending steps by due time, counted and grouped from
        # the index alone, instead of a lookup per interview the user ever logged.
        sa.Index(
            "ix_follow_up_steps_user_pending",
            "user_id",
            "due_at",
            "interview_id",
            sqlite_where=sa.text(PENDING_STEP),
            postgresql_where=sa.text(PENDING_STEP),
        ),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(sa.ForeignKey("interviews.id", ondelete="CASCADE"))
    # The interview's owner, copied (by the flush hook below) so a user's steps are found
    # without going through every interview of theirs.
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
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
    # The moment the step's reminder is about (`reminder_anchor`), kept in step with the
    # step and its interview by `_keep_derived_columns` on every flush.
    reminder_anchor_at: Mapped[datetime]
    # Whether the reminder about `reminder_anchor_at` is queued; a new moment clears it.
    reminded: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    interview: Mapped[Interview] = relationship(back_populates="steps")


def _keep_derived_columns(session: Session, _context: object, _instances: object) -> None:
    """Store each new or changed step's owner and reminder moment, whichever code wrote it.

    A flush sees every write (the domain, a test building rows, an import), so the
    columns cannot fall behind a path someone forgot; a new moment owes a new reminder.
    """
    with session.no_autoflush:
        steps = {obj for obj in session.new if isinstance(obj, FollowUpStep)}
        for obj in session.dirty:
            if isinstance(obj, FollowUpStep):
                steps.add(obj)
            elif isinstance(obj, Interview) and _moved(obj):
                steps.update(obj.steps)
        for added in (obj for obj in session.new if isinstance(obj, Interview)):
            steps.update(added.steps)
        for step in steps:
            # A step added by id has no interview loaded yet (it is in the session).
            loaded: Interview | None = step.interview
            interview = loaded or session.get(Interview, step.interview_id)
            if interview is None:
                continue  # the flush itself will refuse a step without an interview
            anchor = reminder_anchor(
                step.kind, bool(step.snoozed), interview.start_at, interview.end_at, step.due_at
            )
            if step.reminder_anchor_at != anchor:
                step.reminder_anchor_at = anchor
                step.reminded = False
            if step.user_id != interview.user_id:
                step.user_id = interview.user_id


def _moved(interview: Interview) -> bool:
    state = sa.inspect(interview)
    return any(state.attrs[name].history.has_changes() for name in ("start_at", "end_at"))


sa.event.listen(Session, "before_flush", _keep_derived_columns)


class FeedFetch(Base):
    """When each client family last fetched a user's feed (one row per family)."""

    __tablename__ = "feed_fetches"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    client: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    last_fetched_at: Mapped[datetime]
    fetch_count: Mapped[int] = mapped_column(sa.BigInteger, default=0)
