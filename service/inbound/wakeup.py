"""Tell the background reader that a message is waiting, so it need not wait for a poll.

In one process (`make run`, the IMAP poller inside the scheduler) a registered callback
is called. Across processes, on PostgreSQL, the storing transaction sends a NOTIFY
(delivered when it commits) and the scheduler LISTENs; on SQLite the reader's short
poll of an indexed query is the signal.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "afterview_inbound"
_callbacks: list[Callable[[], None]] = []
_lock = threading.Lock()


def register(callback: Callable[[], None]) -> None:
    with _lock:
        _callbacks.append(callback)


def unregister(callback: Callable[[], None]) -> None:
    with _lock, contextlib.suppress(ValueError):
        _callbacks.remove(callback)


def notify(session: Session) -> None:
    """Queue a wake-up in the caller's transaction (PostgreSQL delivers it on commit)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql(f"NOTIFY {CHANNEL}")


def wake_here() -> None:
    """Wake readers running in this process (after the commit)."""
    with _lock:
        callbacks = list(_callbacks)
    for callback in callbacks:
        callback()


def listen(engine: sa.Engine, on_wake: Callable[[], None], stop: threading.Event) -> None:
    """Call `on_wake` for every NOTIFY until `stop` is set; reconnect after failures."""
    if engine.dialect.name != "postgresql":
        return
    while not stop.is_set():
        try:
            pooled = engine.raw_connection()
        except Exception:
            log.warning("inbound wake-ups: cannot connect; polling only for now", exc_info=True)
            stop.wait(10)
            continue
        try:
            connection = pooled.driver_connection
            assert connection is not None
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            on_wake()  # anything stored while nobody listened
            while not stop.is_set():
                for _notice in connection.notifies(timeout=1.0):
                    on_wake()
        except Exception:
            log.warning("inbound wake-ups: connection lost; reconnecting", exc_info=True)
            stop.wait(2)
        finally:
            with contextlib.suppress(Exception):
                pooled.invalidate()
