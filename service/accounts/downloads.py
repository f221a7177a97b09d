"""How often one account may download its data: a few exports per window.

An export is built whole and, behind Caddy (which takes the whole answer from
gunicorn so a slow reader holds no server thread), sits in the proxy's memory until the
client has read it: tens of megabytes for a large account. A client that asks again
and again and reads nothing would pile those up. Counting exports per account in the
database (the sign-in counter's table, so every worker shares the count) bounds what
one account can hold there, while leaving room to take all three formats and retry one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from service.accounts.logins import count_attempt
from service.platform.config import RateLimit

EXPORT_LIMIT = RateLimit(attempts=5, window=timedelta(minutes=10))


def admit_export(session: Session, user_id: int, now: datetime) -> timedelta | None:
    """Count one export for the account: None when it may go ahead, else how long to wait.

    The caller commits at once, so other workers count it before the export is built.
    """
    attempts, window_start = count_attempt(session, EXPORT_LIMIT, f"export:{user_id}", now)
    if attempts <= EXPORT_LIMIT.attempts:
        return None
    return max(window_start + EXPORT_LIMIT.window - now, timedelta(seconds=1))


def wait_in_words(wait: timedelta) -> str:
    """'in 7 minutes', 'in 40 seconds': when the next download can start."""
    seconds = max(1, int(wait.total_seconds()))
    if seconds < 60:
        return f"in {seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    return f"in {minutes} minute{'s' if minutes != 1 else ''}"
