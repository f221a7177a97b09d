"""Single-use things: signed one-click links and replay guards, spent atomically in the database."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from service.outbox.models import UsedToken
from service.platform.db import insert_new


class LinkRejected(ValueError):
    """A one-click link is forged, expired or already used; the message says which."""


def spend_once(
    session: Session, purpose: str, key: str, now: datetime, expires_at: datetime
) -> bool:
    """Record `key` as spent; False when it was spent before (replay).

    One INSERT … ON CONFLICT DO NOTHING decides between concurrent spenders, so
    exactly one wins, and the spend stays inside the caller's transaction: rolled
    back with it (no savepoint, which SQLite's driver would commit early).
    """
    token_hash = hashlib.sha256(f"{purpose}:{key}".encode()).hexdigest()
    spent = insert_new(
        session,
        UsedToken,
        UsedToken.token_hash,
        dict(token_hash=token_hash, purpose=purpose, used_at=now, expires_at=expires_at),
        returning=UsedToken.token_hash,
    )
    return spent is not None


def _serializer(secret_key: str, purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt=f"afterview.oneclick.{purpose}")


def sign_link(secret_key: str, purpose: str, payload: dict[str, Any]) -> str:
    """Return a URL-safe token carrying `payload`, valid only for this purpose."""
    return _serializer(secret_key, purpose).dumps(payload)


def read_signed(secret_key: str, purpose: str, token: str, *, max_age: timedelta) -> dict[str, Any]:
    """Check a one-click token's signature and age without spending it (for a GET page)."""
    if len(token) > 2000:
        raise LinkRejected("this link is not valid")
    try:
        payload = _serializer(secret_key, purpose).loads(
            token, max_age=int(max_age.total_seconds())
        )
    except SignatureExpired:
        raise LinkRejected("this link has expired") from None
    except BadSignature:
        raise LinkRejected("this link is not valid") from None
    if not isinstance(payload, dict):
        raise LinkRejected("this link is not valid")
    return payload


def consume_link(
    session: Session,
    secret_key: str,
    purpose: str,
    token: str,
    *,
    now: datetime,
    max_age: timedelta,
) -> dict[str, Any]:
    """Check a one-click token and spend it; raise LinkRejected when it cannot be used."""
    payload = read_signed(secret_key, purpose, token, max_age=max_age)
    if not spend_once(session, purpose, token, now, now + max_age):
        raise LinkRejected("this link was already used")
    return payload
