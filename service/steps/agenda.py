"""What is due, grouped by interview: the dashboard's list, its filters and their counts.

One page is a slice of interviews (not of steps), so an interview's steps never split
across two pages. Interviews come in the order of their earliest matching step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from service.accounts.models import User
from service.interviews.models import PENDING_STEP, FollowUpStep, Interview, StepStatus

WEEK = timedelta(days=7)
FILTERS = ("overdue", "week", "all")
PAGE_SIZE = 10


@dataclass(frozen=True)
class Counts:
    """How many pending steps each filter shows."""

    overdue: int
    week: int
    all: int

    def of(self, name: str) -> int:
        return {"overdue": self.overdue, "week": self.week, "all": self.all}[name]


@dataclass(frozen=True)
class Group:
    """One interview and its pending steps that the filter shows, soonest first."""

    interview: Interview
    steps: tuple[FollowUpStep, ...]


def _due_before(name: str, now: datetime) -> datetime | None:
    """The filter as a bound on due time: overdue is before now, this week the next 7 days."""
    if name == "overdue":
        return now
    if name == "week":
        return now + WEEK
    return None


def _pending(user: User, due_before: datetime | None) -> sa.Select[FollowUpStep]:
    # The user's pending steps straight from their partial index (owner, due time,
    # interview): no visit to each of the user's interviews, so a long history costs
    # a short index range, not a lookup per interview ever logged.
    query = sa.select(FollowUpStep).where(FollowUpStep.user_id == user.id, sa.text(PENDING_STEP))
    if due_before is not None:
        query = query.where(FollowUpStep.due_at < due_before)
    return query


def count_pending(session: Session, user: User, now: datetime) -> Counts:
    """Count pending steps overdue, due within a week (overdue included), and in all."""
    due = FollowUpStep.due_at
    row = session.execute(
        _pending(user, None).with_only_columns(
            sa.func.count().filter(due < now),
            sa.func.count().filter(due < now + WEEK),
            sa.func.count(),
        )
    ).one()
    return Counts(overdue=int(row[0]), week=int(row[1]), all=int(row[2]))


def count_groups(session: Session, user: User, name: str, now: datetime) -> int:
    """How many interviews have a step the filter shows (for the page count)."""
    distinct = sa.func.count(sa.distinct(FollowUpStep.interview_id))
    found = session.scalar(_pending(user, _due_before(name, now)).with_only_columns(distinct))
    return int(found or 0)


def pending_groups(
    session: Session, user: User, name: str, now: datetime, *, page: int = 1
) -> list[Group]:
    """One page of interviews with the pending steps the filter shows, soonest first."""
    if name not in FILTERS:
        raise ValueError(f"unknown filter {name!r}")
    due_before = _due_before(name, now)
    soonest = sa.func.min(FollowUpStep.due_at)
    order = (
        _pending(user, due_before)
        .with_only_columns(FollowUpStep.interview_id, soonest.label("soonest"))
        .group_by(FollowUpStep.interview_id)
        .order_by(soonest, FollowUpStep.interview_id)
        .limit(PAGE_SIZE)
        .offset((max(page, 1) - 1) * PAGE_SIZE)
    )
    ids = [row[0] for row in session.execute(order)]
    if not ids:
        return []
    # The ids are this user's already: fetch their few steps by interview (its index)
    # and pick and sort here; a status or due-time condition in SQL tempts the planner
    # onto the due-time index, which holds every account's steps.
    steps = [
        step
        for step in session.scalars(
            sa.select(FollowUpStep)
            .where(FollowUpStep.interview_id.in_(ids))
            .options(
                selectinload(FollowUpStep.interview).selectinload(Interview.interviewers),
                selectinload(FollowUpStep.interview).selectinload(Interview.steps),
            )
        )
        if step.status == StepStatus.PENDING and (due_before is None or step.due_at < due_before)
    ]
    by_interview: dict[int, list[FollowUpStep]] = {i: [] for i in ids}
    for step in sorted(steps, key=lambda found: (found.due_at, found.id)):
        by_interview[step.interview_id].append(step)
    return [
        Group(interview=found[0].interview, steps=tuple(found))
        for found in by_interview.values()
        if found
    ]
