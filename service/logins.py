"""Sign-in throttling: too many failures for one account or one address locks it for a while.

Failures live in the database so several gunicorn workers count them together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from service.models_web import LoginFailure

_LIMIT_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


@dataclass(frozen=True)
class RateLimit:
    """At most `attempts` failures inside `window`."""

    attempts: int
    window: timedelta

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """Read "10/15m" (also s, h, d); raise ValueError naming the expected form."""
        match = _LIMIT_RE.match(text)
        if match is None or int(match[1]) < 1 or int(match[2]) < 1:
            raise ValueError(f"rate limit {text[:40]!r}: expected e.g. '10/15m'")
        window = timedelta(**{_UNITS[match[3]]: int(match[2])})
        return cls(attempts=int(match[1]), window=window)


def retry_after(
    session: Session, limit: RateLimit, *, email: str, address: str, now: datetime
) -> timedelta | None:
    """Return how long this account or address must wait, or None when it may try."""
    since = now - limit.window
    waits = []
    for column, value in ((LoginFailure.email, email), (LoginFailure.address, address)):
        rows = session.scalars(
            sa.select(LoginFailure.failed_at)
            .where(column == value, LoginFailure.failed_at > since)
            .order_by(LoginFailure.failed_at.desc())
            .limit(limit.attempts)
        ).all()
        if len(rows) >= limit.attempts:
            # The oldest failure that still counts must age out before another try.
            waits.append(rows[-1] + limit.window - now)
    if not waits:
        return None
    return max(max(waits), timedelta(seconds=1))


def record_failure(
    session: Session, limit: RateLimit, *, email: str, address: str, now: datetime
) -> None:
    """Count a failed sign-in, and forget failures too old to matter."""
    session.execute(sa.delete(LoginFailure).where(LoginFailure.failed_at <= now - limit.window))
    session.add(LoginFailure(email=email[:320], address=address[:64], failed_at=now))


def forget_failures(session: Session, *, email: str) -> None:
    """Clear an account's failures after a successful sign-in (the address keeps its count)."""
    session.execute(sa.delete(LoginFailure).where(LoginFailure.email == email))
