"""Tell the user what a forwarded mail did, and let them answer with one click.

Each link is signed for one message and one action, expires, and is spent once in
the database. A GET only shows a page with a button (mail scanners prefetch links);
the POST does the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy.orm import Session

from service import interviews, outbox
from service.accounts.models import User
from service.inbound.apply import Action
from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview
from service.outbox import maillinks
from service.outbox.oneclick import LinkRejected, consume_link, read_signed, spend_once
from service.parsing.timezones import zone
from service.platform import urls
from service.platform.dates import format_moment

PURPOSE = "inbound-act"
LINK_LIFETIME = timedelta(days=14)
ACTIONS = ("confirm", "fix", "reject")
HEADLINES = {
    Action.CREATED: "Added to your interviews",
    Action.RESCHEDULED: "Moved to a new time",
    Action.CANCELLED: "Cancelled",
    Action.HEARD_BACK: "Marked as heard back",
    Action.REJECTED: "Marked as heard back (not moving forward)",
    Action.NEXT_ROUND: "Marked as heard back: invited to a next round",
    Action.OFFER: "Marked as heard back: an offer",
    Action.TIMELINE: "Noted when they will get back to you",
    Action.THANK_YOU_DONE: "Thank-you note ticked off",
    Action.REVIEW: "Waiting for you in the review queue",
}


@dataclass(frozen=True)
class Links:
    confirm: str
    fix: str
    reject: str


def action_links(secret_key: str, message_id: int) -> Links:
    """The three one-click links of a confirmation mail, as placeholders signed at send time."""

    def link(action: str) -> str:
        return maillinks.placeholder(secret_key, PURPOSE, {"m": message_id, "a": action})

    return Links(confirm=link("confirm"), fix=link("fix"), reject=link("reject"))


def queue_confirmation(
    session: Session,
    message: InboundMessage,
    user: User,
    interview: Interview | None,
    now: datetime,
    *,
    secret_key: str,
    base_url: str,
) -> None:
    """Queue the mail that says what was understood, in the user's own time zone."""
    if message.status not in (MessageStatus.APPLIED, MessageStatus.NEEDS_REVIEW):
        return
    headline = HEADLINES.get(message.action, "Received")
    when = ""
    if interview is not None:
        when = format_moment(interview.start_at, zone(user.timezone), zone_name=True)
    links = action_links(secret_key, message.id)
    context = {
        "headline": headline,
        "message": message,
        "interview": interview,
        "when": when,
        "links": links,
        "admin_url": urls.interview(base_url, interview.id) if interview else "",
        "review": message.status == MessageStatus.NEEDS_REVIEW,
    }
    subject = f"Afterview: {headline}"
    if interview is not None:
        subject += f" — {interview.company}, {interview.role}"
    outbox.enqueue(
        session,
        user_id=user.id,
        to=user.email,
        subject=subject,
        text=_render("email/inbound_confirmation.txt", context),
        html=_render("email/inbound_confirmation.html", context),
        dedupe_key=f"inbound:{message.id}:{message.action}:{message.attempts}",
        now=now,
    )


def _render(name: str, context: dict[str, Any]) -> str:
    """Render a mail template without request-bound context processors (no request here)."""
    return current_app.jinja_env.get_template(name).render(**context)


@dataclass(frozen=True)
class Intent:
    """A checked (not yet spent) link: which message, which action."""

    message: InboundMessage
    action: str
    token: str


def read_link(session: Session, secret_key: str, token: str) -> Intent:
    """Check a link without spending it, for the page a GET shows."""
    payload = read_signed(secret_key, PURPOSE, token, max_age=LINK_LIFETIME)
    return _intent(session, payload, token)


def _intent(session: Session, payload: object, token: str) -> Intent:
    if not isinstance(payload, dict) or payload.get("a") not in ACTIONS:
        raise LinkRejected("this link is not valid")
    message = session.get(InboundMessage, payload.get("m"))
    if message is None or message.user_id is None:
        raise LinkRejected("this message no longer exists")
    return Intent(message, str(payload["a"]), token)


def act(session: Session, secret_key: str, token: str, now: datetime) -> Intent:
    """Spend a link and do what it says; the caller commits."""
    payload = consume_link(session, secret_key, PURPOSE, token, now=now, max_age=LINK_LIFETIME)
    intent = _intent(session, payload, token)
    message = intent.message
    if intent.action == "fix":
        message.user_verdict = message.user_verdict or "fix"
        return intent
    # "Looks right" and "not an interview" exclude each other: one answer per message.
    if not spend_once(session, f"{PURPOSE}-answer", str(message.id), now, now + LINK_LIFETIME):
        raise LinkRejected("this message was already answered")
    if intent.action == "confirm":
        message.user_verdict = "confirmed"
        return intent
    message.user_verdict = "rejected"
    interview = session.get(Interview, message.interview_id) if message.interview_id else None
    if interview is not None and message.action == Action.CREATED:
        message.interview_id = None
        interviews.delete_interview(session, interview, now)
    elif interview is not None and message.undo:
        undo = message.undo
        interviews.undo_mail_change(session, interview, undo["before"], undo["after"], now)
    message.status = MessageStatus.DISCARDED
    message.reason = "the user said this is not an interview"
    return intent
