"""A person's decisions about stored mail: attach it to an interview, or discard it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from service.errors import Invalid, NotFound
from service.interviews import adopt_calendar_identity, get_interview, is_row_id
from service.models import User
from service.models_inbound import InboundMessage, MessageStatus

UNDECIDED = (
    MessageStatus.RECEIVED,
    MessageStatus.NEEDS_REVIEW,
    MessageStatus.QUARANTINED,
    MessageStatus.DUPLICATE,
)


def owned_message(session: Session, user: User, message_id: int) -> InboundMessage:
    """Return one of this user's messages; anyone else's is simply not found."""
    message = session.get(InboundMessage, message_id) if is_row_id(message_id) else None
    if message is None or message.user_id != user.id:
        raise NotFound(f"no inbound message {message_id}")
    return message


def _undecided(message: InboundMessage, verb: str) -> None:
    if message.status not in UNDECIDED:
        raise Invalid(
            "status", f"this message is {message.status}; only undecided mail can be {verb}"
        )


def attach(
    session: Session, user: User, message_id: int, interview_id: int, now: datetime
) -> InboundMessage:
    """Say which interview a message is about; its calendar UID then matches later updates."""
    message = owned_message(session, user, message_id)
    _undecided(message, "attached")
    interview = get_interview(session, user, interview_id)
    summary = message.parse_summary or {}
    uid, sequence = summary.get("uid"), summary.get("sequence")
    adopt_calendar_identity(
        interview,
        now,
        uid=uid if isinstance(uid, str) else None,
        sequence=sequence if isinstance(sequence, int) else None,
        message_id=message.message_id_header,
    )
    message.interview_id = interview.id
    message.status = MessageStatus.APPLIED
    message.action = "attached"
    message.reason = f"attached by hand to {interview.company} — {interview.role}"[:500]
    message.processed_at = now
    return message


def discard(session: Session, user: User, message_id: int, now: datetime) -> InboundMessage:
    """Set a message aside for good; it stays listed, marked discarded."""
    message = owned_message(session, user, message_id)
    _undecided(message, "discarded")
    message.status = MessageStatus.DISCARDED
    message.reason = "discarded by hand"
    message.processed_at = now
    return message
