"""Reminder emails: find steps that fall due and queue one mail for each, exactly once.

The database decides what is due, so a reminder missed while nothing ran goes out on
the next pass (worded as overdue) unless it is older than the staleness limit. Each
reminder is queued in the same transaction that finds it, keyed by the step and the
moment it is about, so no pass and no second process can queue it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload, selectinload

from service.accounts.models import User
from service.interviews import (
    get_row,
    record_outcome,
    record_timeline,
    set_step_status,
    snooze_step,
)
from service.interviews.models import (
    OWED_REMINDER,
    FollowUpStep,
    Interview,
    InterviewStatus,
    StepStatus,
)
from service.outbox import Mail, Outgoing, enqueue, enqueue_many, maillinks, one_line
from service.outbox.models import OutboxMessage
from service.outbox.oneclick import LinkRejected, consume_link, read_signed
from service.parsing.timezones import zone
from service.platform import urls
from service.platform.dates import format_day, format_moment
from service.platform.errors import NotFound
from service.steps import schedule, wording
from service.steps.context import step_context
from service.steps.kinds import StepKind
from service.steps.schedule import WorkingHours, is_working_moment

log = logging.getLogger(__name__)

LINK_PURPOSE = "step-action"
LINK_MAX_AGE = timedelta(days=30)
# A reminder later than this after its moment says so, and says why.
OVERDUE_AFTER = timedelta(minutes=20)
DIGEST_LOOKAHEAD = timedelta(days=1)
# Never two digests closer than this: a new zone can make it an earlier day there.
DIGEST_GAP = timedelta(hours=12)
# Found, worded and queued per transaction; a second dispatcher takes the next ones.
BATCH = 50
ACTIONS = ("done", "snooze", "heard_back", "timeline")

Render = Callable[[str, Mapping[str, Any]], str]
"""Render a template by name with a context (Flask's render_template at the edge)."""


@dataclass(frozen=True)
class ReminderPolicy:
    """The settings the reminder rules read, gathered so the domain never sees Flask."""

    lead: timedelta
    stale: timedelta
    base_url: str
    secret_key: str
    message_domain: str = "afterview.invalid"


def send_at(step: FollowUpStep, interview: Interview, lead: timedelta) -> datetime:
    """Return when a step's reminder should arrive.

    "Ask about next steps" comes `lead` before the interview starts, the thank-you as
    it ends, the follow-up on its day; a snoozed step comes back at its new due time.
    """
    return reminder_anchor(step, interview) - (
        lead if step.kind == StepKind.ASK_NEXT_STEPS and not step.snoozed else timedelta()
    )


def reminder_anchor(step: FollowUpStep, interview: Interview) -> datetime:
    """Return the moment a reminder is about; a new moment means a new reminder."""
    return schedule.reminder_anchor(
        step.kind, step.snoozed, interview.start_at, interview.end_at, step.due_at
    )


def dedupe_key(step: FollowUpStep, anchor: datetime) -> str:
    """Name one reminder: this step, about this moment.

    By the step's UID, not its id: SQLite gives a deleted step's id to the next step
    made, and that step's reminder is not the one already queued.
    """
    return f"reminder:{step.uid}:{int(anchor.timestamp())}"


def due_steps(session: Session, now: datetime, policy: ReminderPolicy) -> list[FollowUpStep]:
    """Return pending steps whose reminder is due, not stale, and not yet queued.

    One range scan of a partial index holding only the steps still owed a reminder,
    by their stored reminder moment: a pass reads what falls inside the reminder window
    and nothing else, however many users, interviews and finished steps exist.
    """
    if session.get_bind().dialect.name == "postgresql":
        # psycopg prepares a statement once it has run five times, and PostgreSQL may
        # then keep one generic plan for any time bounds: at 100,000 interviews that plan
        # took 20 s a chunk instead of 20 ms. This query is planned for its own bounds.
        session.execute(sa.text("SET LOCAL plan_cache_mode = force_custom_plan"))
    oldest = now - policy.stale
    anchor = FollowUpStep.reminder_anchor_at
    asking = sa.and_(FollowUpStep.kind == StepKind.ASK_NEXT_STEPS, FollowUpStep.snoozed.is_(False))
    # Read off the partial index first and on its own (materialized): joined at once,
    # a planner without statistics (SQLite's) may start from the users instead and
    # read every account to find the few steps that are due.
    owed = (
        sa.select(FollowUpStep.id)
        .where(
            sa.text(OWED_REMINDER),
            anchor <= now + policy.lead,
            anchor > oldest,
            # "Ask about next steps" comes `lead` early; every other reminder on its moment.
            sa.or_(sa.and_(asking, anchor > oldest + policy.lead), sa.and_(~asking, anchor <= now)),
        )
        .cte("owed")
        .prefix_with("MATERIALIZED")
    )
    queued = sa.exists().where(
        OutboxMessage.step_id == FollowUpStep.id, OutboxMessage.step_anchor_at == anchor
    )
    query = (
        sa.select(FollowUpStep)
        .join(owed, FollowUpStep.id == owed.c.id)
        .join(Interview, FollowUpStep.interview_id == Interview.id)
        .join(User, Interview.user_id == User.id)
        .where(
            # Asking is done in the room; once the interview is over the thank-you takes over.
            sa.or_(~asking, Interview.end_at > now),
            Interview.status != InterviewStatus.CANCELLED,
            User.reminder_emails.is_(True),
            # "One digest a day instead": the digest replaces the single reminders.
            User.daily_digest.is_(False),
            User.is_active.is_(True),
            # The flag says it is owed; the outbox's own record is the final word.
            ~queued,
        )
        # The earliest reminders first.
        .order_by(anchor, FollowUpStep.id)
        .limit(BATCH)
        # A second dispatcher (PostgreSQL) skips the steps this one is wording and
        # takes the next ones, instead of wording the same reminders to lose the insert.
        .with_for_update(skip_locked=True, of=FollowUpStep)
        .options(
            selectinload(FollowUpStep.interview).selectinload(Interview.interviewers),
            selectinload(FollowUpStep.interview).selectinload(Interview.user),
            # The wording reads the interview's follow-up: one query a chunk, not a step.
            selectinload(FollowUpStep.interview).selectinload(Interview.steps),
        )
    )
    return list(session.scalars(query))


def enqueue_due_reminders(
    session: Session, now: datetime, policy: ReminderPolicy, render: Render
) -> int:
    """Queue a mail for every due step; return how many were queued. The caller commits."""
    owed = due_steps(session, now, policy)
    mails: list[Mail] = []
    overdue: set[str] = set()
    for step in owed:
        interview = step.interview
        anchor = reminder_anchor(step, interview)
        content = reminder_content(step, interview, interview.user, now, policy, render)
        key = dedupe_key(step, anchor)
        if content.overdue:
            overdue.add(key)
        mails.append(
            Mail(
                user_id=interview.user_id,
                to=interview.user.email,
                subject=content.subject,
                text=content.text,
                html=content.html,
                dedupe_key=key,
                step_id=step.id,
                step_anchor_at=anchor,
            )
        )
    # One statement for the chunk; a key another dispatcher queued a moment ago is skipped.
    rows = enqueue_many(session, mails, now=now, message_domain=policy.message_domain)
    for key, row in rows.items():
        log.info(
            "step %s: reminder queued as outbox %s%s",
            row.step_id,
            row.id,
            " (overdue)" if key in overdue else "",
        )
    # Queued, here or by another dispatcher: no longer owed, so they leave the partial
    # index and no later pass reads them again (written by the caller's commit).
    for step in owed:
        step.reminded = True
    return len(rows)


def why_not_send(
    session: Session, rows: Sequence[Outgoing], now: datetime, policy: ReminderPolicy
) -> dict[int, str]:
    """Re-check reminders just before a batch goes out; return why each must not, by id.

    One query for the whole batch (the sender claims a handful at a time), read fresh
    from the database, not from whatever the session held.
    """
    reminders = [row for row in rows if row.dedupe_key.startswith("reminder:")]
    step_ids = {row.step_id for row in reminders if row.step_id is not None}
    found = {}
    if step_ids:
        found = {
            step.id: (step, interview)
            for step, interview in session.execute(
                sa.select(FollowUpStep, Interview)
                .join(Interview, FollowUpStep.interview_id == Interview.id)
                .where(FollowUpStep.id.in_(step_ids))
                .options(joinedload(Interview.user))
                .execution_options(populate_existing=True)
            ).all()
        }
    reasons = {}
    for row in reminders:
        pair = found.get(row.step_id) if row.step_id is not None else None
        gone = "the step or its interview was deleted"
        reason = _why_not(row, *pair, now, policy) if pair else gone
        if reason is not None:
            reasons[row.id] = reason
    return reasons


def _why_not(
    row: Outgoing, step: FollowUpStep, interview: Interview, now: datetime, policy: ReminderPolicy
) -> str | None:
    if step.status != StepStatus.PENDING:
        return f"the step is {step.status}"
    if interview.status == InterviewStatus.CANCELLED:
        return "the interview was cancelled"
    if not interview.user.reminder_emails:
        return "the user turned reminder emails off"
    if interview.user.daily_digest:
        return "the user asked for one digest a day instead"
    if reminder_anchor(step, interview) != row.step_anchor_at:
        return "the step moved or was snoozed; it gets a reminder at its new time"
    if now - send_at(step, interview, policy.lead) > policy.stale:
        return "it is older than the staleness limit"
    return None


# --- content -------------------------------------------------------------------------


@dataclass(frozen=True)
class MailContent:
    subject: str
    text: str
    html: str
    overdue: bool


def action_link(policy: ReminderPolicy, step: FollowUpStep, action: str, key: str) -> str:
    """Return a single-use link that applies `action` to the step (signed at send time)."""
    return maillinks.placeholder(
        policy.secret_key,
        LINK_PURPOSE,
        # The UID too: SQLite gives a deleted step's id to the next step made.
        {"s": step.id, "i": step.uid, "u": step.interview.user_id, "a": action, "k": key},
    )


_SUBJECTS = {
    StepKind.ASK_NEXT_STEPS: "Ask about next steps at your {where} interview",
    StepKind.THANK_YOU: "Send your thank-you note: {where}",
    StepKind.FOLLOW_UP: "Time to follow up: {where}",
}


def reminder_content(
    step: FollowUpStep,
    interview: Interview,
    user: User,
    now: datetime,
    policy: ReminderPolicy,
    render: Render,
) -> MailContent:
    """Word one reminder in the user's zone, with its draft, mailto link and one-click links."""
    ctx = step_context(interview, user, policy.base_url, now)
    tz = ctx.tz
    kind = StepKind(step.kind)
    due = send_at(step, interview, policy.lead)
    # Late only if it was known in time: a step logged after its moment is simply due now.
    overdue = now - max(due, step.created_at) > OVERDUE_AFTER
    where = wording.step_title(kind.value, interview.company, interview.role).split(" — ", 1)[-1]
    subject = _SUBJECTS[kind].format(where=where)
    if overdue:
        subject = f"Overdue: {subject}"
    key = dedupe_key(step, reminder_anchor(step, interview))
    links = {action: action_link(policy, step, action, key) for action in ACTIONS}
    if kind != StepKind.ASK_NEXT_STEPS:
        links.pop("timeline")
    values: dict[str, Any] = {
        "kind": kind.value,
        "title": wording.step_title(kind.value, interview.company, interview.role),
        "company": one_line(interview.company, 200),
        "role": one_line(interview.role, 200),
        "interview_span": _span(interview, tz, ctx.today),
        "interview_start": format_moment(interview.start_at, tz, today=ctx.today),
        "interviewers": [one_line(p.name or p.email or "", 200) for p in ctx.interviewers],
        "due": format_moment(due, tz, today=ctx.today),
        "thank_you_deadline": format_moment(
            interview.end_at + timedelta(hours=24), tz, today=ctx.today
        ),
        "overdue": overdue,
        # Logged late, snoozed, or placed past a weekend: "by <a time gone>" misleads.
        "thank_you_late": now > interview.end_at + schedule.THANK_YOU_DEADLINE,
        "questions": wording.next_steps_questions(ctx) if kind == StepKind.ASK_NEXT_STEPS else (),
        "timeline": one_line(interview.timeline_text, 500),
        "drafts": wording.step_drafts(kind.value, ctx),
        "links": links,
        "meeting_url": interview.meeting_url,
        "location": one_line(interview.location, 500),
        "home_url": urls.absolute(policy.base_url),
        "settings_url": urls.absolute(policy.base_url, "/settings"),
        "user_name": wording.first_name(user.display_name),
        "zone_name": tz.key,
    }
    return MailContent(
        subject=subject,
        text=render("email/reminder.txt", values),
        html=render("email/reminder.html", values),
        overdue=overdue,
    )


def _span(interview: Interview, tz: ZoneInfo, today: date | None) -> str:
    start = format_moment(interview.start_at, tz, today=today)
    end = interview.end_at.astimezone(tz)
    return f"{start}–{end:%H:%M}"


# --- one-click links -------------------------------------------------------------------


@dataclass(frozen=True)
class LinkTarget:
    """What a one-click link would do, shown on the confirmation page before anything changes."""

    step: FollowUpStep
    action: str


def read_link(session: Session, payload: Mapping[str, Any]) -> LinkTarget:
    """Resolve a verified link payload to its step; NotFound when it no longer exists."""
    step_id, user_id, action = payload.get("s"), payload.get("u"), payload.get("a")
    if not isinstance(step_id, int) or not isinstance(user_id, int) or action not in ACTIONS:
        raise NotFound("this link is not valid")
    # Through get_row: an id past what a row can have is no step (it overflowed SQLite).
    step = get_row(session, FollowUpStep, step_id)
    # Links mailed before the UID was in them ("i") name the step by its id alone.
    if step is None or step.interview.user_id != user_id or payload.get("i", step.uid) != step.uid:
        raise NotFound("the step this link was for no longer exists")
    return LinkTarget(step=step, action=str(action))


def apply_link(
    session: Session,
    secret_key: str,
    token: str,
    now: datetime,
    *,
    timeline: str = "",
) -> LinkTarget:
    """Spend a one-click token and apply its action; raise LinkRejected, NotFound or Invalid.

    The caller commits on success and rolls back on any error, so a refused action
    leaves the link unspent.
    """
    payload = verify_link(secret_key, token)
    if payload is None:
        raise LinkRejected("this link is not valid or has expired")
    target = read_link(session, payload)
    step = target.step
    if target.action == "done":
        set_step_status(step, StepStatus.DONE, now)
    elif target.action == "snooze":
        snooze_step(step, now)
    elif target.action == "heard_back":
        record_outcome(session, step.interview, "heard_back", now)
    else:
        record_timeline(session, step.interview, timeline, now)
    session.flush()
    # Spent after the change, inside the same transaction: a refused change leaves the
    # link usable, and a second use fails here and rolls the change back.
    consume_link(session, secret_key, LINK_PURPOSE, token, now=now, max_age=LINK_MAX_AGE)
    return target


def verify_link(secret_key: str, token: str) -> dict[str, Any] | None:
    """Check a token's signature and age without spending it (for the GET page)."""
    try:
        return read_signed(secret_key, LINK_PURPOSE, token, max_age=LINK_MAX_AGE)
    except LinkRejected:
        return None


# --- daily digest ----------------------------------------------------------------------


def _hours(user: User) -> WorkingHours:
    try:
        return WorkingHours.parse(user.working_hours)
    except ValueError:
        return WorkingHours()


def enqueue_digests(session: Session, now: datetime, policy: ReminderPolicy, render: Render) -> int:
    """Queue today's digest for users who want one, once their working day has begun.

    One per user and local day (the key says which day in which zone), and never within
    `DIGEST_GAP` of the last one: a user who flies west and sets the new zone is back on
    a day that already had its digest. Nothing is sent on days off or when there is
    nothing to say.
    """
    queued = 0
    users = session.scalars(
        sa.select(User).where(User.daily_digest.is_(True), User.is_active.is_(True))
    )
    for user in users:
        tz = zone(user.timezone)
        if not is_working_moment(now, tz, _hours(user)):
            continue
        today = now.astimezone(tz).date()
        # The zone too: back east or west, that zone's next day is a day of its own.
        key = f"digest:{user.id}:{today.isoformat()}:{tz.key}"
        before = f"digest:{user.id}:{today.isoformat()}"  # as versions before wrote it
        sent_lately = sa.and_(
            OutboxMessage.user_id == user.id,
            OutboxMessage.dedupe_key.startswith("digest:"),
            OutboxMessage.created_at > now - DIGEST_GAP,
        )
        if session.scalar(
            sa.select(OutboxMessage.id)
            .where(sa.or_(OutboxMessage.dedupe_key.in_((key, before)), sent_lately))
            .limit(1)
        ):
            continue
        content = digest_content(session, user, today, now, policy, render)
        if content is None:
            continue
        if enqueue(
            session,
            user_id=user.id,
            to=user.email,
            subject=content.subject,
            text=content.text,
            html=content.html,
            dedupe_key=key,
            now=now,
            message_domain=policy.message_domain,
        ):
            queued += 1
    return queued


def digest_content(
    session: Session,
    user: User,
    today: date,
    now: datetime,
    policy: ReminderPolicy,
    render: Render,
) -> MailContent | None:
    """Word a user's day: pending steps due by tomorrow this time, overdue ones first."""
    tz = zone(user.timezone)
    steps = list(
        session.scalars(
            sa.select(FollowUpStep)
            .join(Interview)
            .where(
                Interview.user_id == user.id,
                Interview.status != InterviewStatus.CANCELLED,
                FollowUpStep.status == StepStatus.PENDING,
                FollowUpStep.due_at <= now + DIGEST_LOOKAHEAD,
                FollowUpStep.due_at > now - policy.stale - timedelta(days=7),
            )
            .order_by(FollowUpStep.due_at)
            .limit(100)
        )
    )
    if not steps:
        return None
    items = [
        {
            "title": wording.step_title(s.kind, s.interview.company, s.interview.role),
            "due": format_moment(s.due_at, tz),
            "overdue": s.due_at < now,
            "done_link": action_link(policy, s, "done", f"digest:{today.isoformat()}"),
        }
        for s in steps
    ]
    values = {
        "day": format_day(now, tz),
        "items": items,
        "home_url": urls.absolute(policy.base_url),
        "settings_url": urls.absolute(policy.base_url, "/settings"),
        "user_name": wording.first_name(user.display_name),
    }
    return MailContent(
        subject=f"Your follow-ups for {format_day(now, tz)}",
        text=render("email/digest.txt", values),
        html=render("email/digest.html", values),
        overdue=False,
    )
