"""Claim one row at a time for one worker: the outbox and the inbound reader share this.

A claim is an `UPDATE … RETURNING` of the first ready row, committed before any work
starts, so the row itself says who holds it and since when. PostgreSQL skips rows
another worker has locked (FOR UPDATE SKIP LOCKED); SQLite has one writer at a time,
and repeating the ready condition in the UPDATE keeps the claim single there.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

Row = TypeVar("Row")


def worker_name() -> str:
    """Name this worker in claims, so a stuck row says who held it."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(3)}"


def begin_write(session: Session) -> None:
    """Start a write transaction; on SQLite take the write lock now (BEGIN IMMEDIATE).

    A deferred SQLite transaction that reads first and writes later can fail with
    "database is locked" without waiting; IMMEDIATE waits for the busy timeout instead.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    raw = connection.connection.dbapi_connection
    if raw is not None and not getattr(raw, "in_transaction", True):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def claim_next(
    session: Session,
    model: type[Row],
    *,
    ready: Sequence[sa.ColumnElement[bool]],
    order_by: Sequence[Any],
    values: dict[str, Any],
) -> Row | None:
    """Set `values` on the first row meeting `ready`, commit, and return it (or None)."""
    claimed = claim_batch(session, model, ready=ready, order_by=order_by, values=values, limit=1)
    return claimed[0] if claimed else None


def claim_batch(
    session: Session,
    model: type[Row],
    *,
    ready: Sequence[sa.ColumnElement[bool]],
    order_by: Sequence[Any],
    values: dict[str, Any],
    limit: int,
) -> list[Row]:
    """Claim up to `limit` rows meeting `ready` in one statement, commit, return them in order.

    One round trip and one commit for the lot: a sender working through a long queue
    pays for claiming once per batch instead of once per row.
    """
    session.commit()
    begin_write(session)
    claimed = list(
        session.scalars(
            _claim(model, ready, order_by, values, limit)
            .returning(model)
            .execution_options(synchronize_session=False, populate_existing=True)
        )
    )
    session.commit()
    # RETURNING keeps no order: sort by the queue's own order (plain columns).
    names = [column.key for column in order_by]
    return sorted(claimed, key=lambda row: tuple(getattr(row, name) for name in names))


def claim_columns(
    session: Session,
    model: type[Row],
    *,
    ready: Sequence[sa.ColumnElement[bool]],
    order_by: Sequence[Any],
    values: dict[str, Any],
    limit: int,
    columns: Sequence[Any],
) -> list[tuple[Any, ...]]:
    """Like `claim_batch`, but return the claimed rows' `columns` as plain tuples.

    The values are read once, by the claim itself: no ORM object is expired by the
    commits that follow, so a sender working through the batch reloads nothing.
    """
    session.commit()
    begin_write(session)
    found = session.execute(
        _claim(model, ready, order_by, values, limit).returning(*order_by, *columns)
    ).all()
    session.commit()
    skip = len(order_by)
    return [tuple(row[skip:]) for row in sorted(found, key=lambda row: tuple(row[:skip]))]


def _claim(
    model: type[Row],
    ready: Sequence[sa.ColumnElement[bool]],
    order_by: Sequence[Any],
    values: dict[str, Any],
    limit: int,
) -> sa.Update:
    key = model.id  # type: ignore[attr-defined]
    # A CTE, not `id IN (subquery)`: PostgreSQL may run such a subquery more than once
    # per statement, each run locking further rows, and so claim more than `limit`.
    claimable = (
        sa.select(key.label("claimed_id"))
        .where(*ready)
        .order_by(*order_by)
        .limit(limit)
        .with_for_update(skip_locked=True)
        .cte("claimable")
    )
    return sa.update(model).where(key == claimable.c.claimed_id, *ready).values(**values)
