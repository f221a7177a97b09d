"""Sign-in throttling, shared by every worker through the database.

Each attempt is counted before the password is checked, in one atomic upsert per key,
so parallel guesses cannot slip past the limit between a check and a count:

- per client address: over the limit, the address is refused outright (429) — this
  is what stops one attacker;
- per account: over the limit, each client address gets one password check per
  delay against that account; an attempt before its turn is answered at once with
  how long to wait (429 and Retry-After), so no request sleeps and an attacker
  slowing one account cannot tie up the server's threads. The turn belongs to the
  address, so attackers elsewhere cannot take it: the owner is slowed, never locked out.
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
    """What to do with one attempt: check it now, or refuse it and say when to retry.

    `account` says the refusal is the account's slowdown (this address's next turn),
    not the address's own limit.
    """

    retry_after: timedelta | None
    account: bool = False


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


def turn_key(email: str, address: str) -> str:
    """Key one address's turns at an account over its limit."""
    return f"turn:{address_key(address)}:{email[:320]}"


def count_attempt(
    session: Session, limit: RateLimit, key: str, now: datetime
) -> tuple[int, datetime]:
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


def _take_turn(session: Session, key: str, now: datetime, delay: timedelta) -> datetime | None:
    """Take this key's turn: None when it is now (the next one is `delay` away), else when.

    One atomic upsert, like `count_attempt`: the first attempt sets the turn `delay` ahead and
    waits for it; an attempt at or after the turn is checked and sets the next one; an
    attempt before it changes nothing. Parallel attempts cannot share one turn.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    due = LoginThrottle.window_start <= sa.literal(now, UTCDateTime())
    statement = (
        insert(LoginThrottle)
        .values(key=key, window_start=now + delay, attempts=1)
        .on_conflict_do_update(
            index_elements=["key"],
            set_={
                # Both see the row as it was: taken (0) exactly when its turn had come.
                "attempts": sa.case((due, 0), else_=LoginThrottle.attempts + 1),
                "window_start": sa.case(
                    (due, sa.literal(now + delay, UTCDateTime())),
                    else_=LoginThrottle.window_start,
                ),
            },
        )
        .returning(LoginThrottle.attempts, LoginThrottle.window_start)
    )
    attempts, turn = session.execute(statement).one()
    return None if attempts == 0 else turn


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

    Never waits: an attempt that must wait is refused with the time to wait. The
    caller commits straight away (before the slow password check) so other workers
    see the count and no lock is held while the check runs.
    """
    attempts, window_start = count_attempt(session, limit, address_key(address), now)
    if attempts > limit.attempts:
        wait = max(window_start + limit.window - now, timedelta(seconds=1))
        return Admission(retry_after=wait)
    attempts, _start = count_attempt(session, limit, account_key(email), now)
    if attempts <= limit.attempts or not account_delay:
        return Admission(retry_after=None)
    turn = _take_turn(session, turn_key(email, address), now, account_delay)
    if turn is None:
        return Admission(retry_after=None)
    return Admission(retry_after=max(turn - now, timedelta(seconds=1)), account=True)


def succeeded(session: Session, *, email: str, address: str) -> None:
    """A right password: clear the account's count and give the address its attempt back."""
    mine = (account_key(email), turn_key(email, address))
    session.execute(sa.delete(LoginThrottle).where(LoginThrottle.key.in_(mine)))
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
