"""What the steps promise, over random interviews, zones, hours and sequences of edits.

The README's "What the steps promise" lists these; here each is checked after every edit
of a random sequence, on the real database, through the domain functions every channel
calls: create, reschedule, cancel, restore, delete, timeline, heard back, snooze, a new
zone, new working hours.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import accounts, interviews
from service.accounts.models import User
from service.interviews.models import FollowUpStep, Interview, InterviewStatus, StepStatus
from service.platform.db import db
from service.steps.kinds import StepKind
from service.steps.schedule import WorkingHours, is_working_moment
from service.steps.settings import save_preferences

# Half-hour and 45-minute zones, and both hemispheres' clock changes in March and April.
ZONES = (
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "America/Santiago",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Adelaide",
    "Pacific/Chatham",
    "Asia/Tokyo",
)
# March 2031: the United States, Europe, Chile and South Australia all change clocks
# within the eight weeks the interviews are spread over.
BASE = datetime(2031, 3, 1, tzinfo=UTC)
NOW = BASE + timedelta(days=10)
COMPANIES = ("Hooli", "Initech")
TIMELINES = (
    "within two weeks",
    "within three weeks",
    "by Friday",
    "end of next month",
    "soon-ish, after the holidays",
)


@st.composite
def working_hours(draw: st.DrawFn) -> str:
    opens = draw(st.integers(0, 22 * 60))
    closes = draw(st.integers(opens + 30, min(opens + 11 * 60, 24 * 60 - 1)))
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    return str(WorkingHours(time(*divmod(opens, 60)), time(*divmod(closes, 60)), days))


starts = st.integers(-5 * 24 * 60, 50 * 24 * 60).map(lambda m: BASE + timedelta(minutes=m))
lengths = st.integers(15, 4 * 60).map(lambda m: timedelta(minutes=m))

edits = st.one_of(
    st.tuples(
        st.just("create"), st.sampled_from(COMPANIES), starts, lengths, st.sampled_from(ZONES)
    ),
    st.tuples(st.just("reschedule"), st.integers(0, 50), starts, lengths),
    st.tuples(st.just("cancel"), st.integers(0, 50)),
    st.tuples(st.just("restore"), st.integers(0, 50)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("timeline"), st.integers(0, 50), st.sampled_from(TIMELINES)),
    st.tuples(st.just("heard_back"), st.integers(0, 50)),
    st.tuples(st.just("snooze"), st.integers(0, 200)),
    st.tuples(st.just("zone"), st.sampled_from(ZONES)),
    st.tuples(st.just("hours"), working_hours()),
)


def _rounds(user: User) -> list[Interview]:
    return list(
        db.session.scalars(
            sa.select(Interview).where(Interview.user_id == user.id).order_by(Interview.id)
        )
    )


def _apply(user: User, edit: tuple[object, ...], now: datetime) -> bool:
    """Make one edit through the domain; False when it does not apply (nothing to pick)."""
    session = db.session()
    kind, *args = edit
    rounds = _rounds(user)
    live = [r for r in rounds if r.status != InterviewStatus.CANCELLED]
    cancelled = [r for r in rounds if r.status == InterviewStatus.CANCELLED]

    def pick(among: list[Interview], index: object) -> Interview | None:
        assert isinstance(index, int)
        return among[index % len(among)] if among else None

    if kind == "create":
        company, start, length, zone = args
        assert isinstance(start, datetime)
        assert isinstance(length, timedelta)
        interviews.create_interview(
            session,
            user,
            interviews.InterviewInput(
                company=str(company),
                role="Engineer",
                start=start,
                end=start + length,
                timezone=str(zone),
            ),
            now,
        )
    elif kind == "reschedule":
        row = pick(live, args[0])
        if row is None:
            return False
        start, length = args[1], args[2]
        assert isinstance(start, datetime)
        assert isinstance(length, timedelta)
        interviews.reschedule(
            session, row, start=start, end=start + length, timezone=row.timezone, now=now
        )
    elif kind in ("cancel", "heard_back", "timeline"):
        row = pick(live, args[0])
        if row is None:
            return False
        if kind == "cancel":
            interviews.cancel(session, row, now)
        elif kind == "heard_back":
            interviews.record_outcome(session, row, "heard_back", now)
        else:
            interviews.record_timeline(session, row, str(args[1]), now)
    elif kind == "restore":
        row = pick(cancelled, args[0])
        if row is None:
            return False
        interviews.restore(session, row, now)
    elif kind == "delete":
        row = pick(rounds, args[0])
        if row is None:
            return False
        interviews.delete_interview(session, row, now)
    elif kind == "snooze":
        pending = [s for r in live for s in r.steps if s.status == StepStatus.PENDING]
        if not pending:
            return False
        index = args[0]
        assert isinstance(index, int)
        interviews.snooze_step(pending[index % len(pending)], now)
    else:
        prefs = accounts.current_preferences(user)
        if kind == "zone":
            prefs = accounts.Preferences(**{**prefs.__dict__, "timezone": str(args[0])})
        else:
            prefs = accounts.Preferences(**{**prefs.__dict__, "working_hours": str(args[0])})
        save_preferences(session, user, prefs, now)
    session.commit()
    return True


def _check_promises(user: User) -> None:
    zone, hours = ZoneInfo(user.timezone), WorkingHours.parse(user.working_hours)
    rounds = _rounds(user)
    for row in rounds:
        for step in row.steps:
            assert step.due_at.second == 0, (step.kind, step.due_at)
            assert step.due_at.microsecond == 0
            if step.status == StepStatus.PENDING and step.kind != StepKind.ASK_NEXT_STEPS:
                assert is_working_moment(step.due_at, zone, hours), (
                    step.kind,
                    step.due_at.astimezone(zone),
                    str(hours),
                )
    for company in COMPANIES:
        live = [r for r in rounds if r.company == company and r.status != InterviewStatus.CANCELLED]
        if not live:
            continue
        carrier = max(live, key=lambda r: (r.start_at, r.id))
        follow_ups = {r.id: _follow_up(r) for r in live}
        assert follow_ups[carrier.id].status_reason != interviews.SUPERSEDED
        pending = [i for i, s in follow_ups.items() if s.status == StepStatus.PENDING]
        assert pending in ([], [carrier.id]), (pending, carrier.id)
        for interview_id, step in follow_ups.items():
            if interview_id != carrier.id:
                assert step.status != StepStatus.PENDING


def _fresh_user(zone: str, hours: str) -> User:
    """One account per test run (hashing a password is slow); each example starts empty."""
    user = accounts.find_user_by_email(db.session(), "prop@example.com")
    if user is None:
        user = accounts.create_user(
            db.session(),
            email="prop@example.com",
            password="correct horse battery",
            now=NOW - timedelta(days=30),
            server_key="k",
        )
    db.session.execute(sa.delete(Interview).where(Interview.user_id == user.id))
    user.timezone, user.working_hours = zone, hours
    user.feed_changed_at = NOW - timedelta(days=30)
    db.session.commit()
    db.session.expire_all()
    return user


def _follow_up(row: Interview) -> FollowUpStep:
    return next(s for s in row.steps if s.kind == StepKind.FOLLOW_UP)


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    zone=st.sampled_from(ZONES),
    hours=working_hours(),
    sequence=st.lists(edits, min_size=1, max_size=12),
)
def test_every_edit_keeps_the_steps_promises(
    app_ctx: Flask, zone: str, hours: str, sequence: list[tuple[object, ...]]
) -> None:
    user = _fresh_user(zone, hours)
    now = NOW
    for edit in sequence:
        before = user.feed_changed_at
        now += timedelta(minutes=7)
        if not _apply(user, edit, now):
            continue
        db.session.expire_all()
        assert user.feed_changed_at > before, edit  # the feed's Last-Modified and ETag move
        _check_promises(user)


@settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    zone=st.sampled_from(ZONES),
    hours=working_hours(),
    start=starts,
    length=lengths,
    snoozes=st.lists(st.sampled_from(list(StepKind)), max_size=4),
    change=st.one_of(
        st.tuples(st.just("zone"), st.sampled_from(ZONES)),
        st.tuples(st.just("hours"), working_hours()),
    ),
)
def test_snoozed_steps_follow_a_new_zone_or_new_hours(
    app_ctx: Flask,
    zone: str,
    hours: str,
    start: datetime,
    length: timedelta,
    snoozes: list[StepKind],
    change: tuple[str, str],
) -> None:
    """The sharpest case of the promise: a step snoozed by hand, then the settings move."""
    user = _fresh_user(zone, hours)
    now = NOW
    _apply(user, ("create", COMPANIES[0], start, length, "America/New_York"), now)
    for kind in snoozes:
        now += timedelta(minutes=13)
        [row] = _rounds(user)
        step = next(s for s in row.steps if s.kind == kind)
        if step.status == StepStatus.PENDING:
            interviews.snooze_step(step, now)
            db.session.commit()
    _apply(user, change, now + timedelta(minutes=1))
    db.session.expire_all()
    _check_promises(user)
