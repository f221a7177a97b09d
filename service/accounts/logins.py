"""Sign-in throttling, shared by every worker through the database.

Each attempt is counted before the password is checked, in one atomic upsert per key,
so parallel guesses cannot slip past the limit between a check and a count:

- per client address: over the limit, the address is refused outright (429) — this
  is what stops one attacker;
- per account: over the limit, each further check waits a delay first. An attacker
  can slow the owner's sign-in down but never lock them out.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from service.accounts.sessions import LoginThrottle
from service.platform.config import RateLimit
from service.platform.db import UTCDateTime


@dataclass(frozen=True)
class Admission:
    """What to do with one attempt: refuse it, or check it after `delay`."""

    retry_after: timedelta | None
    delay: timedelta


def address_key(address: str) -> str:
    """Key an address's attempts; an IPv6 client counts by its /64, its smallest allocation.

    One host commonly holds a whole /64, so counting single IPv6 addresses would give
    an attacker endless fresh allowances, and with them endless delayed (thread-holding)
    checks against one account.
    """
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        return f"address:{address[:64]}"
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return f"address:{parsed.ipv4_mapped}"
        return f"address:{ipaddress.ip_network(f'{parsed}/64', strict=False)}"
    return f"address:{parsed}"


def account_key(email: str) -> str:
    return f"account:{email[:320]}"


def _count(session: Session, limit: RateLimit, key: str, now: datetime) -> tuple[int, datetime]:
    """Add one attempt to `key` and return (attempts in this window, window start).

    A single INSERT … ON CONFLICT DO UPDATE … RETURNING: the database serialises
    concurrent attempts on one key, so no two callers see the same count.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    moment = sa.literal(now, UTCDateTime())
    stale = LoginThrottle.window_start <= now - limit.window
    statement = (
        insert(LoginThrottle)
        .values(key=key, window_start=now, attempts=1)
        .on_conflict_do_update(
            index_elements=["key"],
            set_={
                "attempts": sa.case((stale, 1), else_=LoginThrottle.attempts + 1),
                "window_start": sa.case((stale, moment), else_=LoginThrottle.window_start),
            },
        )
        .returning(LoginThrottle.attempts, LoginThrottle.window_start)
    )
    attempts, window_start = session.execute(statement).one()
    return int(attempts), window_start


def admit(
    session: Session,
    limit: RateLimit,
    *,
    email: str,
    address: str,
    now: datetime,
    account_delay: timedelta,
) -> Admission:
    """Count an attempt for the address and the account, and say how to treat it.

    The caller commits straight away (before the slow password check) so other
    workers see the count and no lock is held while the check runs.
    """
    attempts, window_start = _count(session, limit, address_key(address), now)
    if attempts > limit.attempts:
        wait = max(window_start + limit.window - now, timedelta(seconds=1))
        return Admission(retry_after=wait, delay=timedelta(0))
    attempts, _start = _count(session, limit, account_key(email), now)
    delay = account_delay if attempts > limit.attempts else timedelta(0)
    return Admission(retry_after=None, delay=delay)


def succeeded(session: Session, *, email: str, address: str) -> None:
    """A right password: clear the account's count and give the address its attempt back."""
    session.execute(sa.delete(LoginThrottle).where(LoginThrottle.key == account_key(email)))
    session.execute(
        sa.update(LoginThrottle)
        .where(LoginThrottle.key == address_key(address), LoginThrottle.attempts > 0)
        .values(attempts=LoginThrottle.attempts - 1)
    )


def forget_stale(session: Session, limit: RateLimit, now: datetime) -> None:
    """Drop counts whose window has ended (they would restart at one anyway)."""
    session.execute(
        sa.delete(LoginThrottle).where(LoginThrottle.window_start <= now - limit.window)
    )
