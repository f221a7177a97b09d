"""A person's decisions about stored mail: attach it to an interview, or discard it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from service.accounts import lock_own_account
from service.accounts.models import User
from service.inbound.models import STATUS_WORDS, InboundMessage, MessageStatus
from service.interviews import (
    InterviewInput,
    adopt_calendar_identity,
    create_interview,
    get_interview,
    get_row,
)
from service.interviews.models import Interview, Source
from service.platform.errors import Invalid, NotFound

UNDECIDED = (
    MessageStatus.RECEIVED,
    MessageStatus.NEEDS_REVIEW,
    MessageStatus.QUARANTINED,
    MessageStatus.DUPLICATE,
)


def owned_message(session: Session, user: User, message_id: int) -> InboundMessage:
    """Return one of this user's messages; anyone else's is simply not found."""
    message = get_row(session, InboundMessage, message_id)
    if message is None or message.user_id != user.id:
        raise NotFound(f"no inbound message {message_id}")
    return message


def _deciding(session: Session, user: User, message_id: int, verb: str) -> InboundMessage:
    """The user's message, read again behind the account's lock and still undecided.

    Checked before the lock (the page had read it), two decisions sent at once (a double
    click on "Log it as an interview") both found it undecided and both went through.
    """
    lock_own_account(session, user.id)
    message = owned_message(session, user, message_id)
    session.refresh(message)
    check_undecided(message, verb)
    return message


def check_undecided(message: InboundMessage, verb: str) -> None:
    """Refuse to act on mail already decided, saying how it was (in the page's words)."""
    if message.status not in UNDECIDED:
        said = STATUS_WORDS[MessageStatus(message.status)]
        raise Invalid(
            "status", f"this mail is marked “{said}”: only mail still undecided can be {verb}"
        )


def attach(
    session: Session, user: User, message_id: int, interview_id: int, now: datetime
) -> InboundMessage:
    """Say which interview a message is about; its calendar UID then matches later updates."""
    message = _deciding(session, user, message_id, "attached")
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


def create_from(
    session: Session, user: User, message_id: int, data: InterviewInput, now: datetime
) -> Interview:
    """Log the interview a message in review is about; the message then counts as its maker.

    So "Not an interview" in its confirmation mail removes exactly this interview, and a
    later update with the same calendar UID or Message-ID finds it.
    """
    message = _deciding(session, user, message_id, "turned into an interview")
    summary = message.parse_summary or {}
    uid, sequence = summary.get("uid"), summary.get("sequence")
    origin = summary.get("original_message_id") or message.message_id_header or None
    interview = create_interview(
        session,
        user,
        replace(
            data,
            source=Source.EMAIL,
            calendar_uid=uid[:500] if isinstance(uid, str) and uid else None,
            calendar_sequence=sequence if isinstance(sequence, int) else None,
            origin_message_id=origin[:500] if isinstance(origin, str) else None,
        ),
        now,
    )
    message.interview_id = interview.id
    message.status = MessageStatus.APPLIED
    message.action = "created"
    message.reason = "made into an interview by hand"
    message.processed_at = now
    return interview


def discard(session: Session, user: User, message_id: int, now: datetime) -> InboundMessage:
    """Set a message aside for good; it stays listed, marked discarded."""
    message = _deciding(session, user, message_id, "discarded")
    message.status = MessageStatus.DISCARDED
    message.reason = "discarded by hand"
    message.processed_at = now
    return message


# A message waits for its owner while it needs review or sits in quarantine.
WAITING = (MessageStatus.NEEDS_REVIEW, MessageStatus.QUARANTINED)


def needs_review_count(session: Session, user: User) -> int:
    """Count this user's messages waiting for a decision."""
    count = session.scalar(
        sa.select(sa.func.count())
        .select_from(InboundMessage)
        .where(InboundMessage.user_id == user.id, InboundMessage.status.in_(WAITING))
    )
    return int(count or 0)
