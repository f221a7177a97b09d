"""The one path every way in shares: store and commit, wake the reader, acknowledge.

Edges (hooks, the pipe command, the IMAP poller) call `accept` inside an app context.
When it returns, the message is committed; only then may they acknowledge. Reading
the message (parsing, applying, the confirmation mail) happens afterwards in the
scheduler's background reader (`service.inbound.reader`), never in the edge's request.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

import sqlalchemy as sa
from flask import Flask, current_app

from service.accounts import inbound_owner_by_hash, tokens
from service.accounts.models import User
from service.inbound import wakeup
from service.inbound.arrival import Arrival, Head
from service.inbound.confirm import queue_confirmation
from service.inbound.models import InboundMessage, MessageStatus
from service.inbound.routing import Route, secret_in, without_secret
from service.inbound.store import Proof, Stored, store_arrival, store_for_owner
from service.interviews.models import Interview
from service.platform.config import settings_of
from service.platform.db import db, thread_connections, utcnow

log = logging.getLogger(__name__)


def accept(
    arrival: Arrival,
    head: Head | None = None,
    proof: Proof | None = None,
    authserv_id: str | None = None,
) -> Stored:
    """Store an arrival durably (raises when that fails) and wake the background reader.

    `head` is `read_head(arrival.raw)` when the caller has read it already; a `proof`
    is spent in the same transaction (`store.Replayed` when it was spent before);
    `authserv_id` as in `store_arrival` (verdicts from our own Authentication-Results).
    """
    session = db.session()
    try:
        stored = store_arrival(session, arrival, utcnow(), head, proof, authserv_id)
        waiting = stored.created and stored.status == MessageStatus.RECEIVED
        if waiting:
            wakeup.notify(session)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    _note(stored, arrival)
    if waiting:
        _wake(session.get_bind().dialect.name, current_app.instance_path)
    return stored


class SignedIntake:
    """The raw hook's quick way in: one statement per message, on this thread's connection.

    For a signed arrival whose recipient holds an account's secret, `accept` costs one
    round trip that stores and commits at once (`store.store_for_owner`); the reader
    is woken after (on PostgreSQL by a `wakeup.Announcer`). The secret's owner is
    remembered per process, and the insert checks it again, so a rotated secret or a
    closed account is never trusted.
    Anything else (no owner, a repeat, a replayed signature) answers None, and the
    caller takes `accept` above, which decides every case as ever.
    """

    REMEMBERED = 10_000  # owners per process; past that the memory starts again

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._owners: dict[str, int] = {}
        # SQLite has one writer at a time: this process's threads queue here, woken
        # when the one before is done, instead of polling the file lock in sleeps.
        self._write = threading.Lock()
        self._announcer = wakeup.Announcer(lambda: thread_connections(app).run(wakeup.notify_now))

    def accept(self, arrival: Arrival, proof: Proof) -> Stored | None:
        """Store and commit `arrival`, wake the reader; None: `accept` must decide."""
        address = arrival.recipients[0] if arrival.recipients else ""
        secret = secret_in(address)
        if not secret:
            return None
        wanted = tokens.hash_secret(secret)
        connections = thread_connections(self.app)

        def store(connection: sa.Connection) -> tuple[int | None, Stored | None]:
            owner = self._owners.get(wanted) or inbound_owner_by_hash(connection, wanted)
            if owner is None:
                return None, None
            route = Route(owner, without_secret(address), via="secret")
            return owner, store_for_owner(connection, arrival, route, wanted, proof, utcnow())

        serial = self._write if connections.dialect == "sqlite" else contextlib.nullcontext()
        with serial:
            owner, stored = connections.run(store)
        if owner is None or stored is None:
            self._owners.pop(wanted, None)
            return None
        if len(self._owners) >= self.REMEMBERED:
            self._owners.clear()
        self._owners[wanted] = owner
        _note(stored, arrival)
        _wake(connections.dialect, self.app.instance_path, self._announcer.announce)
        return stored


def _note(stored: Stored, arrival: Arrival) -> None:
    log.info(
        "inbound %s message %s from %s: %s",
        "stored" if stored.created else "repeat of",
        stored.message_id,
        arrival.provider,
        stored.status,
    )


def _wake(dialect: str, instance_path: str, announce: Callable[[], None] | None = None) -> None:
    """After the commit: wake a reader in this process, and the scheduler's: on SQLite
    by a poke, on PostgreSQL by `announce` when the commit carried no NOTIFY itself."""
    wakeup.wake_here()
    if dialect == "sqlite":
        wakeup.poke(instance_path)
    elif announce is not None:
        announce()


def confirm(message: InboundMessage) -> None:
    """Queue the confirmation mail for a processed message, in the current transaction."""
    if message.user_id is None:
        return
    session = db.session()
    user = session.get(User, message.user_id)
    if user is None:
        return
    interview = session.get(Interview, message.interview_id) if message.interview_id else None
    queue_confirmation(
        session,
        message,
        user,
        interview,
        utcnow(),
        secret_key=settings_of(current_app).secret_key,
        base_url=settings_of(current_app).base_url,
    )
