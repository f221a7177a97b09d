"""Idempotency keys: a request sent again with its key gets its first answer back.

A client that timed out, or a network layer that retried, sent `POST /api/v1/interviews`
twice and logged the interview twice, each with its own steps and reminders. With an
`Idempotency-Key` header the first answer is stored with the key for a day, in the
database, so a restart or another worker still knows it. Keys belong to an account
(hashed with its id): another account's key never matches.

Two requests with one key at the same moment: each does its work and stores its answer
in the same transaction, with `INSERT … ON CONFLICT DO NOTHING` on the key's primary
key. PostgreSQL makes the second insert wait for the first transaction; once that
commits, the second inserts nothing, rolls back its work and answers the first's answer.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from service.accounts.models import IdempotencyKey, User
from service.platform.db import insert_new
from service.platform.errors import Invalid

HEADER = "Idempotency-Key"
KEPT_FOR = timedelta(hours=24)
MAX_LENGTH = 255


@dataclass(frozen=True)
class Answer:
    """A stored first answer: its status, its JSON body and its Location (or "")."""

    status: int
    body: str
    location: str = ""


def check_key(value: str) -> str:
    """The key as given, or Invalid naming the header: 1 to 255 visible ASCII characters."""
    if not value or len(value) > MAX_LENGTH:
        raise Invalid(HEADER, f"must be 1 to {MAX_LENGTH} characters (a UUID is a good key)")
    if not all(" " < c <= "~" for c in value):
        raise Invalid(HEADER, "may hold only visible ASCII characters, no spaces (use a UUID)")
    return value


def request_hash(body: Any) -> str:
    """What identifies a request's body: its JSON with keys sorted, so a retry that
    orders or spaces the keys differently is still the same request."""
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _key_hash(user: User, key: str) -> str:
    return hashlib.sha256(f"{user.id}\n{key}".encode()).hexdigest()


def stored_answer(
    session: Session, user: User, key: str, fingerprint: str, now: datetime
) -> Answer | None:
    """The first answer given to `key` in the last day, or None.

    Raises Invalid naming the header when the key came with another body: the client
    reused a key for a different request, and answering the first would hide that.
    """
    row = session.get(IdempotencyKey, _key_hash(user, key))
    if row is None or row.created_at <= now - KEPT_FOR:
        return None
    if row.request_hash != fingerprint:
        raise Invalid(
            HEADER,
            "was used for a request with a different body in the last 24 hours;"
            " send a new key for a new request",
        )
    return Answer(status=row.status, body=row.body, location=row.location)


def store_answer(
    session: Session, user: User, key: str, fingerprint: str, answer: Answer, now: datetime
) -> bool:
    """Keep `answer` for `key` in the caller's transaction; False when another request
    stored one first (the caller then rolls back and answers `stored_answer`)."""
    session.execute(
        sa.delete(IdempotencyKey).where(
            IdempotencyKey.user_id == user.id, IdempotencyKey.created_at <= now - KEPT_FOR
        )
    )
    stored = insert_new(
        session,
        IdempotencyKey,
        IdempotencyKey.key_hash,
        {
            "key_hash": _key_hash(user, key),
            "user_id": user.id,
            "request_hash": fingerprint,
            "status": answer.status,
            "body": answer.body,
            "location": answer.location,
            "created_at": now,
        },
        returning=IdempotencyKey.key_hash,
    )
    return stored is not None
