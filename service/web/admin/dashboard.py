"""The dashboard: what is due next across every interview, and one click to deal with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from service import interviews, outbox
from service.accounts.models import User
from service.inbound import review
from service.interviews.models import FollowUpStep, Interview, InterviewStatus
from service.platform.db import db, utcnow
from service.platform.errors import Invalid
from service.steps import agenda
from service.steps.context import step_context
from service.steps.wording import AddressedDraft, step_drafts, step_title
from service.web.admin import bp
from service.web.admin.common import (
    committed,
    form,
    local_path,
    local_time,
    me,
    query_choice,
)

UPCOMING_DAYS = 14


@dataclass(frozen=True)
class StepRow:
    """One pending step as the dashboard shows it."""

    step: FollowUpStep
    title: str
    name: str  # the title without the interview, for lists grouped under it
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
            name=step_title(step.kind, "", ""),
            overdue=step.due_at < now,
            drafts=drafts_for(step, user, now),
            interview_over=step.interview.end_at <= now,
        )
        for step in steps
    ]


@bp.get("/")
def dashboard() -> str:
    """Show pending steps grouped by interview (filtered, paged) and the interviews coming up."""
    user = me()
    now = utcnow()
    show = query_choice("show", agenda.FILTERS, "all")
    counts = agenda.count_pending(db.session(), user, now)
    pages = max(1, -(-agenda.count_groups(db.session(), user, show, now) // agenda.PAGE_SIZE))
    page = min(_page_number(request.args.get("page")), pages)
    groups = [
        (group.interview, step_rows(list(group.steps), user, now))
        for group in agenda.pending_groups(db.session(), user, show, now, page=page)
    ]
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
    has_interviews = bool(upcoming or counts.all) or (
        db.session.scalar(sa.select(Interview.id).where(Interview.user_id == user.id).limit(1))
        is not None
    )
    return render_template(
        "dashboard.html",
        groups=groups,
        show=show,
        counts=counts,
        filters=FILTER_LABELS,
        page=page,
        pages=pages,
        upcoming=upcoming,
        has_interviews=has_interviews,
        now=now,
        attention=_attention(user),
    )


FILTER_LABELS = {"overdue": "Overdue", "week": "This week", "all": "All"}


def _page_number(raw: str | None) -> int:
    """A page number from the address; anything that is not one means the first page."""
    return int(raw) if raw and raw.isdecimal() and 0 < len(raw) < 7 and int(raw) > 0 else 1


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
    return redirect(local_path(form("back"), url_for("admin.dashboard")))


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
    """Push a step later: a day, three days, next Monday, or to a date."""
    step = interviews.get_step(db.session(), me(), step_id)
    choice = form("choice") or "day"
    if choice == "date":
        choice = form("until")
    title = step_title(step.kind, step.interview.company, step.interview.role)
    try:
        committed(lambda: interviews.snooze_step_as_chosen(step, utcnow(), choice))
    except Invalid as exc:
        flash(f"{title}: not snoozed: {exc.message}.", "error")
        return _back()
    when = local_time(step.due_at, me().timezone)
    flash(f"{title}: snoozed until {when}.", "success")
    return _back()


@bp.post("/interviews/<int:interview_id>/heard-back")
def heard_back(interview_id: int) -> Response:
    """Record that the employer answered; the pending follow-up is no longer needed."""
    interview = interviews.get_interview(db.session(), me(), interview_id)
    outcome = interview.outcome or "heard_back"
    committed(lambda: interviews.record_outcome(db.session(), interview, outcome, utcnow()))
    flash(f"Noted: {interview.company} got back to you. No follow-up needed.", "success")
    return _back()
