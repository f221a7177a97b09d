"""Tell the background reader that a message is waiting, so it need not wait for a poll.

In one process (`make run`, the IMAP poller inside the scheduler) a registered callback
is called. Across processes, on PostgreSQL, the storing transaction sends a NOTIFY
(delivered when it commits) and the scheduler LISTENs. On SQLite, which has no such
thing, the scheduler listens on a datagram socket in the instance folder (the database
is on this machine anyway) and the storing process sends one byte after its commit;
the reader's short poll of an indexed query stays as the fallback.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import logging
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "afterview_inbound"
SOCKET_NAME = "inbound-wake.sock"
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


class Announcer:
    """Send the reader's NOTIFY after commits, from one thread per process, merged.

    A NOTIFY inside the storing transaction holds PostgreSQL's one notification-queue
    lock from before that commit until its WAL flush, so each storing commit waits for
    the one before it to reach the disk: under the ingest benchmark the raw hook's
    inserts queued 18 ms apiece. Here a thread sends the NOTIFY once the commits it
    stands for are done, in a transaction that need not wait for the disk (a lost
    notice costs one poll interval, nothing else); commits made while one is on its
    way share the next, so a burst costs a few notices, not one per message.
    """

    def __init__(self, send: Callable[[], None]) -> None:
        self._send = send
        self._due = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def announce(self) -> None:
        """Call after a commit: a NOTIFY that starts after this call will follow."""
        self._due.set()
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(
                        target=self._run, name="inbound-announce", daemon=True
                    )
                    self._thread.start()

    def _run(self) -> None:
        while True:
            self._due.wait()
            self._due.clear()
            try:
                self._send()
            except Exception:
                log.warning("inbound wake-up not sent; the reader's poll finds it", exc_info=True)


def notify_now(connection: sa.Connection) -> None:
    """Send the NOTIFY on an autocommit connection, not waiting for the WAL flush."""
    connection.execute(_NOTIFY_NOW)


_NOTIFY_NOW = sa.text(
    "SELECT set_config('synchronous_commit', 'off', true), pg_notify(:channel, '')"
).bindparams(channel=CHANNEL)


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


@functools.cache  # asked after every commit on SQLite
def socket_path(instance_path: str) -> str:
    return str(Path(instance_path) / SOCKET_NAME)


_sender: socket.socket | None = None


def poke(instance_path: str) -> None:
    """Wake a scheduler on this machine (after the commit); never blocks, never raises."""
    global _sender
    try:
        if _sender is None:
            _sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            _sender.setblocking(False)
            atexit.register(_sender.close)
        _sender.sendto(b"!", socket_path(instance_path))
    except OSError:
        pass  # no scheduler listening, or it is busy with a full queue: the poll finds it


def listen_local(instance_path: str, on_wake: Callable[[], None], stop: threading.Event) -> None:
    """Call `on_wake` for every poke until `stop` is set (SQLite's stand-in for LISTEN)."""
    path = socket_path(instance_path)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)  # left by a scheduler that died; a live one would lose its wake-ups
    try:
        receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        receiver.bind(path)
    except OSError:
        log.warning("inbound wake-ups: cannot listen on %s; polling only", path, exc_info=True)
        return
    receiver.settimeout(1.0)
    try:
        while not stop.is_set():
            try:
                receiver.recv(64)
            except TimeoutError:
                continue
            on_wake()
    finally:
        receiver.close()
        with contextlib.suppress(OSError):
            os.unlink(path)
