"""Tell the user what a forwarded mail did, and let them answer with one click.

Each link is signed for one message and one action, expires, and is spent once in
the database. A GET only shows a page with a button (mail scanners prefetch links);
the POST does the work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy.orm import Session

from service import interviews, outbox
from service.accounts.models import User
from service.inbound.apply import Action
from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import Interview, StepStatus
from service.outbox import maillinks
from service.outbox.oneclick import LinkRejected, consume_link, read_signed, spend_once
from service.parsing.timezones import zone
from service.platform import urls
from service.platform.dates import format_day, format_moment, zone_label
from service.steps import wording

PURPOSE = "inbound-act"
LINK_LIFETIME = timedelta(days=14)
ACTIONS = ("confirm", "fix", "reject")
# Replies that belong to an interview Afterview could not find by itself.
REPLY_CATEGORIES = ("employer_reply", "rejection", "thank_you_note")
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
class Choice:
    """One thing the mail offers to do: a label and where it leads."""

    label: str
    url: str
    why: str = ""


def one_click_link(secret_key: str, message_id: int, action: str) -> str:
    """A one-click link for this message, as a placeholder signed when the mail is sent."""
    return maillinks.placeholder(secret_key, PURPOSE, {"m": message_id, "a": action})


def _zone_label(tz: ZoneInfo, moment: datetime) -> str:
    city = zone_label(tz.key).rsplit("/", 1)[-1].replace("_", " ")
    abbreviation = moment.astimezone(tz).tzname() or ""
    if not abbreviation or abbreviation.startswith(("+", "-")) or abbreviation == city:
        return city
    return f"{city}, {abbreviation}"


def _span(start: datetime, end: datetime, tz: ZoneInfo, today: date) -> str:
    """ "Friday 11 December, 14:00–15:00 (New York, EST)" in `tz`."""
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    day = format_day(local_start, tz, today=today)
    if local_end.date() == local_start.date():
        times = f"{local_start:%H:%M}–{local_end:%H:%M}"
    else:
        times = f"{local_start:%H:%M} – {format_day(local_end, tz, today=today)}, {local_end:%H:%M}"
    return f"{day}, {times} ({_zone_label(tz, local_start)})"


def interview_times(
    start: datetime, end: datetime, employer_zone: str, user_zone: str, today: date
) -> tuple[str, str]:
    """Word an interview's time in the employer's zone and the user's ("" when they agree)."""
    theirs, mine = zone(employer_zone), zone(user_zone)
    there = _span(start, end, theirs, today)
    if start.astimezone(theirs).utcoffset() == start.astimezone(mine).utcoffset():
        return there, ""
    return there, _span(start, end, mine, today)


def planned_steps(interview: Interview, user_zone: str, today: date) -> list[tuple[str, str]]:
    """Each step's title and when it is due in the user's zone (or what became of it)."""
    tz = zone(user_zone)
    rows = []
    for step in sorted(interview.steps, key=lambda s: s.due_at):
        title = wording.step_title(step.kind, "", "")
        if step.status == StepStatus.PENDING:
            rows.append((title, format_moment(step.due_at, tz, today=today)))
        else:
            rows.append((title, step.status_reason or str(step.status)))
    return rows


def moved_from(message: InboundMessage) -> tuple[datetime, datetime, str] | None:
    """The time a move replaced, from what the message remembers for undoing it."""
    before = (message.undo or {}).get("before")
    if not isinstance(before, dict):
        return None
    try:
        start, end = (datetime.fromisoformat(str(before[key])) for key in ("start_at", "end_at"))
    except (KeyError, ValueError):
        return None
    if start.tzinfo is None or end.tzinfo is None:
        return None
    return start, end, str(before.get("timezone") or "UTC")


def review_choices(message: InboundMessage, base_url: str, secret_key: str) -> list[Choice]:
    """What a person can usefully do with a message in review, given why it is there."""
    summary = message.parse_summary or {}
    kind, category = summary.get("kind"), summary.get("category")
    page = urls.absolute(base_url, f"/inbound/{message.id}")
    set_aside = Choice(
        "Not an interview: set it aside",
        one_click_link(secret_key, message.id, "reject"),
        "it leaves the review queue; nothing else changes",
    )
    if message.interview_id is not None:
        first = Choice(
            "Open the interview",
            urls.interview(base_url, message.interview_id),
            "restore it first if the interview is on again",
        )
    elif kind in ("cancellation", "reschedule") or category in REPLY_CATEGORIES:
        first = Choice("Choose its interview", page, "then it is applied to that interview")
    elif kind == "invitation":
        first = Choice(
            "Log it as an interview",
            urls.absolute(base_url, f"/inbound/{message.id}/interview"),
            "a form filled in with what could be read",
        )
    elif summary:
        first = Choice(
            "It is an interview: log it",
            urls.absolute(base_url, f"/inbound/{message.id}/interview"),
            "a form filled in with what could be read",
        )
    else:
        first = Choice("Open the message", page, "see what arrived and decide")
    return [first, set_aside]


def applied_choices(
    message: InboundMessage, interview: Interview | None, base_url: str, secret_key: str
) -> list[Choice]:
    """What makes sense after Afterview acted: confirm, fix it (the edit form), or undo it.

    "Not an interview" removes what the message created or puts back what it changed.
    """
    choices = [Choice("Looks right", one_click_link(secret_key, message.id, "confirm"))]
    if interview is None:
        return choices
    if message.action in (Action.CREATED, Action.RESCHEDULED):
        choices.append(
            Choice("Fix it", urls.absolute(base_url, f"/interviews/{interview.id}/edit"))
        )
    elif message.action == Action.CANCELLED:
        choices.append(Choice("It is not cancelled", urls.interview(base_url, interview.id)))
    else:
        choices.append(Choice("Fix it", urls.interview(base_url, interview.id)))
    # Undoing is possible for what a message made, or changed and remembered (`undo`).
    if message.action == Action.CREATED or message.undo:
        choices.append(Choice("Not an interview", one_click_link(secret_key, message.id, "reject")))
    return choices


def confirmation_values(
    message: InboundMessage,
    user: User,
    interview: Interview | None,
    now: datetime,
    *,
    secret_key: str,
    base_url: str,
) -> dict[str, Any]:
    """Everything the confirmation mail says, worded in the user's zone (and the employer's)."""
    today = now.astimezone(zone(user.timezone)).date()
    review = message.status == MessageStatus.NEEDS_REVIEW
    values: dict[str, Any] = {
        "headline": HEADLINES.get(message.action, "Received"),
        "message": message,
        "interview": interview,
        "review": review,
        "greeting": f"Hi {wording.first_name(user.display_name)}," if user.display_name else "Hi,",
        "received": format_moment(message.received_at, zone(user.timezone), today=today),
        "sender": message.header_from or message.envelope_sender or "an unknown sender",
        "settings_url": urls.absolute(base_url, "/settings"),
    }
    if review:
        values["choices"] = review_choices(message, base_url, secret_key)
        return values
    values["choices"] = applied_choices(message, interview, base_url, secret_key)
    if interview is not None:
        there, here = interview_times(
            interview.start_at, interview.end_at, interview.timezone, user.timezone, today
        )
        values.update(when_there=there, when_here=here)
        moved = moved_from(message) if message.action == Action.RESCHEDULED else None
        if moved is not None:
            old_start, old_end, old_zone = moved
            before_there, before_here = interview_times(
                old_start, old_end, old_zone, user.timezone, today
            )
            values.update(before_there=before_there, before_here=before_here)
        values["steps"] = planned_steps(interview, user.timezone, today)
        values["interview_url"] = urls.interview(base_url, interview.id)
    return values


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
    """Queue the mail that says what was understood, with what can be done about it."""
    if message.status not in (MessageStatus.APPLIED, MessageStatus.NEEDS_REVIEW):
        return
    values = confirmation_values(
        message, user, interview, now, secret_key=secret_key, base_url=base_url
    )
    if values["review"]:
        subject = (
            f"Afterview needs you: “{outbox.one_line(message.subject, 120) or 'a forwarded mail'}”"
        )
    else:
        subject = f"Afterview: {values['headline']}"
        if interview is not None:
            subject += f" — {interview.company}, {interview.role}"
    outbox.enqueue(
        session,
        user_id=user.id,
        to=user.email,
        subject=subject,
        text=_render("email/inbound_confirmation.txt", values),
        html=_render("email/inbound_confirmation.html", values),
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
