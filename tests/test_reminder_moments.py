"""The stored reminder moment never falls behind, so the indexed pass finds what is due.

Each step stores the moment its reminder is about and whether that reminder is queued;
the dispatcher reads only those columns (through a partial index). Over random
sequences of edits through the domain (create, move, cancel, restore, delete, snooze,
timeline, heard back, done and pending again, zone and hours) and dispatcher passes
at random moments, the stored values always match what the rules compute, and the
pass picks exactly the steps the plain definition of "due" names.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import interviews
from service.accounts.models import User
from service.interviews.models import InterviewStatus, StepStatus
from service.interviews.reminders import (
    ReminderPolicy,
    due_steps,
    enqueue_due_reminders,
    reminder_anchor,
    send_at,
)
from service.outbox.models import OutboxMessage
from service.platform.db import db
from service.scheduler import _render
from service.steps.kinds import StepKind
from tests.test_steps_properties import NOW, ZONES, _apply, _fresh_user, _rounds, working_hours
from tests.test_steps_properties import edits as domain_edits

POLICY = ReminderPolicy(
    lead=timedelta(minutes=60),
    stale=timedelta(hours=72),
    base_url="http://afterview.test",
    secret_key="k" * 40,
)
# Moments a pass may run at, around the weeks the interviews are spread over.
moments = st.integers(-6 * 24 * 60, 45 * 24 * 60).map(lambda m: NOW + timedelta(minutes=m))

edits = st.one_of(
    domain_edits,
    st.tuples(st.just("dispatch"), moments),
    st.tuples(st.just("status"), st.integers(0, 200), st.sampled_from(("done", "pending"))),
)


def _queued(session: sa.orm.Session) -> set[tuple[int, datetime]]:
    rows = session.execute(sa.select(OutboxMessage.step_id, OutboxMessage.step_anchor_at)).all()
    return {(step_id, anchor) for step_id, anchor in rows if step_id is not None}


def _due_by_definition(user: User, now: datetime) -> set[int]:
    """Which steps are due, read straight from the rules over every step (no index)."""
    queued = _queued(db.session())
    due = set()
    for row in _rounds(user):
        for step in row.steps:
            anchor = reminder_anchor(step, row)
            moment = send_at(step, row, POLICY.lead)
            asking = step.kind == StepKind.ASK_NEXT_STEPS and not step.snoozed
            if (
                step.status == StepStatus.PENDING
                and row.status != InterviewStatus.CANCELLED
                and now - POLICY.stale < moment <= now
                and not (asking and row.end_at <= now)
                and (step.id, anchor) not in queued
            ):
                due.add(step.id)
    return due


def _edit(user: User, edit: tuple[object, ...], now: datetime) -> bool:
    session = db.session()
    kind, *args = edit
    if kind == "dispatch":
        moment = args[0]
        assert isinstance(moment, datetime)
        while enqueue_due_reminders(session, moment, POLICY, _render):
            session.commit()
        session.commit()
        return True
    if kind == "status":
        steps = [s for r in _rounds(user) for s in r.steps if s.status != StepStatus.CANCELLED]
        index = args[0]
        assert isinstance(index, int)
        if not steps or steps[index % len(steps)].status_reason == interviews.SUPERSEDED:
            return False
        interviews.set_step_status(steps[index % len(steps)], str(args[1]), now)
        session.commit()
        return True
    return _apply(user, edit, now)


def _check(user: User, probes: list[datetime]) -> None:
    db.session.expire_all()
    queued = _queued(db.session())
    moments = []
    for row in _rounds(user):
        for step in row.steps:
            anchor = reminder_anchor(step, row)
            assert step.reminder_anchor_at == anchor, (step.kind, step.snoozed)
            assert step.user_id == row.user_id
            assert step.reminded == ((step.id, anchor) in queued), (step.kind, step.status)
            moments.append(send_at(step, row, POLICY.lead))
    # Also the moments where something becomes due, where a window is sharpest.
    for probe in [*probes, *moments[:6]]:
        found = {step.id for step in due_steps(db.session(), probe, POLICY)}
        db.session.rollback()
        assert found == _due_by_definition(user, probe), probe


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    zone=st.sampled_from(ZONES),
    hours=working_hours(),
    sequence=st.lists(edits, min_size=1, max_size=14),
    probes=st.lists(moments, min_size=1, max_size=3),
)
def test_the_stored_reminder_moment_keeps_up_with_every_edit(
    app_ctx: Flask,
    zone: str,
    hours: str,
    sequence: list[tuple[object, ...]],
    probes: list[datetime],
) -> None:
    user = _fresh_user(zone, hours)
    db.session.execute(sa.delete(OutboxMessage).where(OutboxMessage.user_id == user.id))
    db.session.commit()
    now = NOW
    for edit in sequence:
        now += timedelta(minutes=7)
        if _edit(user, edit, now):
            _check(user, [now, *probes])


def test_a_moved_step_is_owed_a_new_reminder(app_ctx: Flask) -> None:
    """Queued once, then rescheduled: the new moment earns one reminder, the old none."""
    user = _fresh_user("Europe/Berlin", "09:00-18:00 mon-fri")
    start = NOW - timedelta(hours=3)
    _apply(user, ("create", "Hooli", start, timedelta(hours=1), "Europe/Berlin"), NOW)
    session = db.session()
    assert enqueue_due_reminders(session, NOW, POLICY, _render) == 1  # the thank-you
    session.commit()
    [thank_you] = [s for s in _rounds(user)[0].steps if s.kind == StepKind.THANK_YOU]
    assert thank_you.reminded
    assert due_steps(session, NOW, POLICY) == []
    session.rollback()
    [row] = _rounds(user)
    later = NOW - timedelta(hours=1, minutes=30)
    interviews.reschedule(
        session, row, start=later, end=later + timedelta(hours=1), timezone=row.timezone, now=NOW
    )
    session.commit()
    db.session.expire_all()
    assert not thank_you.reminded
    assert thank_you.reminder_anchor_at == later + timedelta(hours=1)
    assert enqueue_due_reminders(session, NOW, POLICY, _render) == 1
    session.commit()
    anchors = sorted(
        session.scalars(
            sa.select(OutboxMessage.step_anchor_at).where(OutboxMessage.step_id == thank_you.id)
        )
    )
    assert anchors == [start + timedelta(hours=1), later + timedelta(hours=1)]
