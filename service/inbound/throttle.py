"""Count failed hook requests per client in the database, which every worker process shares.

Only requests that fail authentication are counted or slowed: a correctly signed
post is always stored, however many arrive at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from service.inbound.models import HookThrottle

WINDOW = timedelta(minutes=10)
FAILURES_ALLOWED = 20


def window_of(now: datetime) -> datetime:
    """Return the start of the fixed window `now` falls in."""
    seconds = int(WINDOW.total_seconds())
    return datetime.fromtimestamp(int(now.timestamp()) // seconds * seconds, tz=now.tzinfo)


def note_failure(session: Session, key: str, now: datetime) -> int:
    """Count one failed request for `key` and return the count in this window."""
    start = window_of(now)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(HookThrottle).values(key=key[:120], window_start=start, count=1)
    statement = statement.on_conflict_do_update(
        index_elements=["key", "window_start"], set_={"count": HookThrottle.count + 1}
    )
    session.execute(statement)
    count = session.scalar(
        sa.select(HookThrottle.count).where(
            HookThrottle.key == key[:120], HookThrottle.window_start == start
        )
    )
    return int(count or 0)


def retry_after(now: datetime) -> int:
    """Seconds until the current window ends."""
    end = window_of(now) + WINDOW
    return max(1, int((end - now).total_seconds()))


def forget_old(session: Session, now: datetime) -> int:
    """Delete finished windows; return how many rows went."""
    result = session.execute(
        sa.delete(HookThrottle).where(HookThrottle.window_start < window_of(now) - WINDOW)
    )
    return int(getattr(result, "rowcount", 0) or 0)
