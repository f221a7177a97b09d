"""The outbox: every outgoing mail is a row first, and a dispatcher sends each row once."""

from __future__ import annotations

from datetime import datetime
from email.utils import make_msgid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from service.models_outbox import OutboxMessage, OutboxStatus

SUBJECT_LIMIT = 250
MESSAGE_DOMAIN = "afterview.invalid"


def one_line(text: str, limit: int) -> str:
    """Collapse text to one bounded line: nothing user-written may start a new header."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def enqueue(
    session: Session,
    *,
    user_id: int | None,
    to: str,
    subject: str,
    text: str,
    html: str,
    dedupe_key: str,
    now: datetime,
    step_id: int | None = None,
    step_due_at: datetime | None = None,
    message_domain: str = MESSAGE_DOMAIN,
) -> OutboxMessage | None:
    """Queue one mail in the caller's transaction; None when `dedupe_key` was queued before.

    The unique key decides between concurrent callers, so exactly one row exists per
    cause. The caller commits, together with whatever caused the mail.
    """
    address = to.strip()
    if not address or len(address) > 320 or any(c.isspace() for c in address):
        raise ValueError(f"not a single mail address: {address[:80]!r}")
    if len(dedupe_key) > 200:
        raise ValueError("dedupe_key is longer than 200 characters")
    exists = session.scalar(
        sa.select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key)
    )
    if exists is not None:
        return None
    values = {
        "user_id": user_id,
        "dedupe_key": dedupe_key,
        "step_id": step_id,
        "step_due_at": step_due_at,
        "to_address": address,
        "subject": one_line(subject, SUBJECT_LIMIT),
        "text_body": text,
        "html_body": html,
        "message_id": make_msgid(domain=message_domain),
        "status": OutboxStatus.QUEUED.value,
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
        "last_error": "",
    }
    # ON CONFLICT instead of a savepoint: pysqlite commits a savepoint opened at the
    # start of a transaction, which would split the mail from its cause.
    insert = _insert_for(session).values(**values)
    new_id = session.scalar(
        insert.on_conflict_do_nothing(index_elements=["dedupe_key"]).returning(OutboxMessage.id)
    )
    if new_id is None:
        return None
    return session.get(OutboxMessage, new_id)


def _insert_for(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(OutboxMessage)
    return sqlite.insert(OutboxMessage)
