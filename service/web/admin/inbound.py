"""Inbound mail review: every forwarded message, what the parser understood, and fixes.

The raw message is only ever shown as escaped text; the decisions themselves (read
again, attach, discard) live in `service.inbound`.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

import sqlalchemy as sa
from flask import Flask, flash, has_request_context, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from service.accounts.models import User
from service.inbound import review, wakeup
from service.inbound.apply import reprocess
from service.inbound.models import STATUS_WORDS, InboundMessage, MessageStatus
from service.inbound.summary import understood, what_happened
from service.interviews import list_interviews
from service.interviews.models import Interview
from service.parsing.timezones import check_zone, zone
from service.platform.db import db, utcnow
from service.platform.errors import Invalid
from service.web.admin import bp
from service.web.admin.common import committed, form, invalid_page, me
from service.web.admin.interviews import form_input, form_values

WAITING = review.WAITING
STATUS_LABELS = STATUS_WORDS
# The heading over a message's reason, by status: plain English, not a status code.
REASON_HEADINGS = {
    MessageStatus.NEEDS_REVIEW: "Why it needs review",
    MessageStatus.QUARANTINED: "Why it was held back",
    MessageStatus.DUPLICATE: "Why nothing changed",
}
PROVIDERS = {
    "raw": "the inbound hook",
    "mailgun": "Mailgun",
    "sendgrid": "SendGrid",
    "postmark": "Postmark",
    "pipe": "your mail server",
    "imap": "the mailbox Afterview reads",
}
RAW_SHOWN = 200_000  # characters; longer bodies are cut with a note


def _message(user: User, message_id: int) -> InboundMessage:
    return review.owned_message(db.session(), user, message_id)


@bp.get("/inbound")
def inbound_list() -> str:
    """List forwarded messages, those waiting for a decision first, each saying what it did."""
    user = me()
    now = utcnow()
    waiting_first = sa.case((InboundMessage.status.in_(WAITING), 0), else_=1)
    messages = list(
        db.session.scalars(
            sa.select(InboundMessage)
            .where(InboundMessage.user_id == user.id)
            .order_by(waiting_first, InboundMessage.received_at.desc())
            .limit(200)
        )
    )
    linked = _interviews(user, {m.interview_id for m in messages if m.interview_id})
    tz = zone(user.timezone)
    rows = [(m, what_happened(m, linked.get(m.interview_id or 0), tz, now)) for m in messages]
    return render_template("inbound.html", rows=rows, labels=STATUS_LABELS, now=now)


def _interviews(user: User, ids: set[int]) -> dict[int, Interview]:
    """The user's interviews with these ids, in one query."""
    if not ids:
        return {}
    found = db.session.scalars(
        sa.select(Interview).where(Interview.user_id == user.id, Interview.id.in_(ids))
    )
    return {interview.id: interview for interview in found}


@bp.get("/inbound/<int:message_id>")
def inbound_detail(message_id: int) -> str:
    """Show one message: status, reason, the parse summary and the raw text, escaped."""
    user = me()
    message = _message(user, message_id)
    raw = (message.raw or b"").decode("utf-8", errors="replace")
    interview = _interviews(user, {message.interview_id} if message.interview_id else set()).get(
        message.interview_id or 0
    )
    now = utcnow()
    tz = zone(user.timezone)
    return render_template(
        "inbound_message.html",
        message=message,
        labels=STATUS_LABELS,
        happened=what_happened(message, interview, tz, now),
        reason_heading=REASON_HEADINGS.get(MessageStatus(message.status), ""),
        provider=PROVIDERS.get(message.provider, message.provider),
        understood=understood(message.parse_summary, tz, now),
        raw=raw[:RAW_SHOWN],
        raw_cut=len(raw) > RAW_SHOWN,
        interview=interview,
        can_decide=message.status in review.UNDECIDED,
        interviews=list_interviews(db.session(), user, limit=100),
        can_reprocess=message.status in (*WAITING, MessageStatus.RECEIVED)
        and message.raw is not None,
        now=now,
    )


@bp.post("/inbound/<int:message_id>/reprocess")
def inbound_reprocess(message_id: int) -> Response:
    """Queue a kept message to be read again (the background reader does it)."""
    message = _message(me(), message_id)

    def again() -> InboundMessage:
        queued = reprocess(db.session(), message.id, utcnow())
        wakeup.notify(db.session())
        return queued

    result = committed(again)
    wakeup.wake_here()
    if result.status == MessageStatus.RECEIVED:
        flash("Queued to be read again; this page shows the result in a few seconds.", "success")
    else:
        label = STATUS_LABELS.get(MessageStatus(result.status), result.status)
        flash(f"Routed again: {label}. {result.reason}".strip(), "success")
    return redirect(url_for("admin.inbound_detail", message_id=message.id))


@bp.post("/inbound/<int:message_id>/attach")
def inbound_attach(message_id: int) -> Response:
    """Attach a message to one of the user's interviews."""
    user = me()
    raw = form("interview_id").strip()
    if not raw.isdecimal() or len(raw) > 18:
        raise Invalid("interview_id", "choose one of your interviews")
    message = committed(lambda: review.attach(db.session(), user, message_id, int(raw), utcnow()))
    flash(message.reason, "success")
    return redirect(url_for("admin.inbound_detail", message_id=message_id))


def prefill(summary: dict[str, Any] | None, user: User) -> dict[str, str]:
    """The interview form, filled with what the parser understood of a message."""
    summary = summary or {}
    zone_name = _text(summary.get("timezone")) or user.timezone
    try:
        tz = check_zone(zone_name, "timezone")
    except Invalid:
        zone_name, tz = user.timezone, zone(user.timezone)
    people = summary.get("interviewers")
    lines = [
        f"{p.get('name') or ''} <{p['email']}>".strip() if p.get("email") else _text(p.get("name"))
        for p in (people if isinstance(people, list) else [])
        if isinstance(p, dict)
    ]
    return {
        "company": _text(summary.get("company")).rstrip("."),
        "role": _text(summary.get("role")),
        "start": _wall(summary.get("start"), tz),
        "end": _wall(summary.get("end"), tz),
        "timezone": zone_name,
        "location": _text(summary.get("location")),
        "meeting_url": _text(summary.get("meeting_url")),
        "interviewers": "\n".join(line for line in lines if line),
        "notes": "",
    }


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _wall(value: object, tz: tzinfo) -> str:
    """An ISO instant from the parser as the form's wall-clock value, or '' if there is none."""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return ""
    if moment is None or moment.tzinfo is None:
        return ""
    return moment.astimezone(tz).strftime("%Y-%m-%dT%H:%M")


def _creatable(user: User, message_id: int) -> InboundMessage:
    message = _message(user, message_id)
    review.check_undecided(message, "turned into an interview")
    return message


@bp.get("/inbound/<int:message_id>/interview")
def inbound_new_interview(message_id: int) -> str:
    """The interview form, pre-filled from a message in review; nothing is saved yet."""
    user = me()
    message = _creatable(user, message_id)
    return render_template(
        "interview_form.html",
        values=prefill(message.parse_summary, user),
        errors={},
        from_message=message,
    )


@bp.post("/inbound/<int:message_id>/interview")
def inbound_create_interview(message_id: int) -> Response | tuple[str, int]:
    """Log the interview a message in review is about; the message is then its source."""
    user = me()
    message = _creatable(user, message_id)
    try:
        data = form_input(user)
        interview = committed(
            lambda: review.create_from(db.session(), user, message_id, data, utcnow())
        )
    except Invalid as exc:
        return invalid_page(
            "interview_form.html", exc, values=form_values(user), from_message=message
        )
    flash(
        "Interview logged from this mail. Its three follow-up steps are planned below.", "success"
    )
    return redirect(url_for("admin.interview_detail", interview_id=interview.id))


@bp.post("/inbound/<int:message_id>/discard")
def inbound_discard(message_id: int) -> Response:
    """Discard a message that needs no action."""
    committed(lambda: review.discard(db.session(), me(), message_id, utcnow()))
    flash("Discarded.", "success")
    return redirect(url_for("admin.inbound_list"))


def init_app(app: Flask) -> None:
    """Every admin page shows how many messages wait for review."""

    @app.context_processor
    def _counts() -> dict[str, Any]:
        # Mail is rendered from jobs too, outside any request.
        if not has_request_context() or request.blueprint != "admin":
            return {}
        if not current_user.is_authenticated:
            return {}
        return {"review_count": review.needs_review_count(db.session(), me())}
