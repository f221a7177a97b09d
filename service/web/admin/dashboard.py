"""The dashboard: what is due next across every interview, and one click to deal with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from service import interviews, outbox
from service.accounts.models import User
from service.inbound import review
from service.interviews.models import FollowUpStep, Interview, InterviewStatus, StepStatus
from service.platform.db import db, utcnow
from service.steps.context import step_context
from service.steps.wording import AddressedDraft, step_drafts, step_title
from service.web.admin import bp
from service.web.admin.common import committed, form, me

UPCOMING_DAYS = 14


@dataclass(frozen=True)
class StepRow:
    """One pending step as the dashboard shows it."""

    step: FollowUpStep
    title: str
    overdue: bool
    drafts: tuple[AddressedDraft, ...]
    interview_over: bool


def drafts_for(step: FollowUpStep, user: User, now: datetime) -> tuple[AddressedDraft, ...]:
    """Return the step's ready notes (a thank-you per interviewer), each with its mailto:."""
    return step_drafts(step.kind, step_context(step.interview, user, now=now))


def step_rows(steps: list[FollowUpStep], user: User, now: datetime) -> list[StepRow]:
    return [
        StepRow(
            step=step,
            title=step_title(step.kind, step.interview.company, step.interview.role),
            overdue=step.due_at < now,
            drafts=drafts_for(step, user, now),
            interview_over=step.interview.end_at <= now,
        )
        for step in steps
    ]


@bp.get("/")
def dashboard() -> str:
    """Show pending steps (overdue first, highlighted) and the interviews coming up."""
    user = me()
    now = utcnow()
    pending = interviews.list_steps(db.session(), user, status=StepStatus.PENDING, limit=100)
    upcoming = list(
        db.session.scalars(
            sa.select(Interview)
            .where(
                Interview.user_id == user.id,
                Interview.status == InterviewStatus.SCHEDULED,
                Interview.end_at >= now,
                Interview.start_at <= now + timedelta(days=UPCOMING_DAYS),
            )
            .order_by(Interview.start_at)
            .limit(20)
        )
    )
    has_interviews = bool(upcoming or pending) or (
        db.session.scalar(sa.select(Interview.id).where(Interview.user_id == user.id).limit(1))
        is not None
    )
    rows = step_rows(pending, user, now)
    return render_template(
        "dashboard.html",
        rows=rows,
        overdue_count=sum(row.overdue for row in rows),
        upcoming=upcoming,
        has_interviews=has_interviews,
        now=now,
        attention=_attention(user),
    )


def _attention(user: User) -> dict[str, Any]:
    """Gather what else needs the user: mail to review, reminder mail that could not be sent."""
    return {
        "inbound": review.needs_review_count(db.session(), user),
        "failed_mail": outbox.failed_messages(db.session(), user, limit=20),
    }


@bp.post("/mail/<int:message_id>/retry")
def retry_mail(message_id: int) -> Response:
    """Queue a permanently failed reminder mail again (for example after fixing SMTP)."""
    row = committed(lambda: outbox.retry_failed(db.session(), me(), message_id, utcnow()))
    flash(f"“{row.subject}” is queued to be sent again.", "success")
    return _back()


def _back() -> Response:
    """Return to the page the button was on (only pages of this site)."""
    target = form("back")
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("admin.dashboard")
    return redirect(target)


@bp.post("/steps/<int:step_id>/status")
def set_step_status(step_id: int) -> Response:
    """Mark a step done, skipped or pending again."""
    step = interviews.get_step(db.session(), me(), step_id)
    status = form("status")
    committed(lambda: interviews.set_step_status(step, status, utcnow()))
    title = step_title(step.kind, step.interview.company, step.interview.role)
    words = {"done": "done", "skipped": "skipped", "pending": "open again"}
    flash(f"{title}: {words.get(status, status)}.", "success")
    return _back()


@bp.post("/steps/<int:step_id>/snooze")
def snooze_step(step_id: int) -> Response:
    """Push a step one day later."""
    step = interviews.get_step(db.session(), me(), step_id)
    committed(lambda: interviews.snooze_step(step, utcnow()))
    title = step_title(step.kind, step.interview.company, step.interview.role)
    flash(f"{title}: snoozed for a day.", "success")
    return _back()


@bp.post("/interviews/<int:interview_id>/heard-back")
def heard_back(interview_id: int) -> Response:
    """Record that the employer answered; the pending follow-up is no longer needed."""
    interview = interviews.get_interview(db.session(), me(), interview_id)
    outcome = interview.outcome or "heard_back"
    committed(lambda: interviews.record_outcome(db.session(), interview, outcome, utcnow()))
    flash(f"Noted: {interview.company} got back to you. No follow-up needed.", "success")
    return _back()
