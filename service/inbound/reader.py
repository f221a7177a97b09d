"""The background reader: every stored message is read here, never in the request that stored it.

A reader lane claims one `received` message with a lease (the outbox's claim, in
`service.platform.claims`), reads it in a child process with a wall-time and a memory limit
(`sandbox`), then applies the result in one short transaction guarded by its claim.
No transaction is open while the child parses, so other deliveries store and answer
at once. A claim older than the lease belongs to a reader that died: the message is
read again by the next pass, so a restart catches up within the lease.

A message that hits a limit waits in review with the reason, once; nothing retries it
automatically (the person can, from the review page or `afterview inbound reprocess`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from service.inbound import wakeup
from service.inbound.apply import apply_reading
from service.inbound.arrival import Head, read_head
from service.inbound.intake import confirm
from service.inbound.models import InboundMessage, MessageStatus
from service.inbound.sandbox import SPARES, Limits, Reading, Sandbox
from service.inbound.store import head_pending
from service.platform import claims
from service.platform.config import Settings, settings_of
from service.platform.db import db, utcnow

log = logging.getLogger(__name__)

# Shown on the page and in the review mail: the person needs what to do, not the
# exception's class name (that stays in the log with the message ID).
NOT_SAVED = "Afterview read this mail but could not save what it read"

GRACE = timedelta(seconds=20)  # beyond the read limit: fork, fetch, apply, commit
SHORTEST_LEASE = timedelta(seconds=30)
YIELD_AT_MOST = 0.1  # seconds a lane leaves SQLite's write lock to others after an apply


def lease(settings: Settings) -> timedelta:
    """How long a claim holds: the read limit plus room to apply, at least 30 s."""
    return max(SHORTEST_LEASE, timedelta(seconds=settings.inbound_read_seconds) + GRACE)


def limits(settings: Settings) -> Limits:
    return Limits(
        seconds=settings.inbound_read_seconds,
        memory_bytes=settings.inbound_read_memory_mb * 1024 * 1024,
    )


def _ready(now: datetime, held: timedelta) -> tuple[sa.ColumnElement[bool], ...]:
    return (
        InboundMessage.status == MessageStatus.RECEIVED,
        sa.or_(InboundMessage.claimed_at.is_(None), InboundMessage.claimed_at < now - held),
    )


def _anything_ready(session: Session, now: datetime, held: timedelta) -> bool:
    """A cheap indexed read, so an idle poll never takes SQLite's write lock."""
    found = session.scalar(sa.select(InboundMessage.id).where(*_ready(now, held)).limit(1))
    session.rollback()
    return found is not None


def _claim(
    session: Session, worker: str, now: datetime, held: timedelta, message_id: int | None = None
) -> InboundMessage | None:
    ready = _ready(now, held)
    if message_id is not None:
        ready = (*ready, InboundMessage.id == message_id)
    return claims.claim_next(
        session,
        InboundMessage,
        ready=ready,
        order_by=(InboundMessage.received_at, InboundMessage.id),
        values={
            "claimed_by": worker[:100],
            "claimed_at": now,
            "attempts": InboundMessage.attempts + 1,
        },
    )


@dataclass(frozen=True)
class Read:
    """One message read: its id, the status it ended in, and how long reading took."""

    message_id: int
    status: str
    seconds: float
    # How long applying held the database for writing (see `Reader._pass`).
    writing: float = 0.0


def read_next(
    app: Flask, worker: str, sandbox: Sandbox, message_id: int | None = None
) -> Read | None:
    """Claim, read (in `sandbox`'s child) and apply one waiting message; None when none waits."""
    settings = settings_of(app)
    held = lease(settings)
    with app.app_context():
        session = db.session()
        try:
            now = utcnow()
            if message_id is None and not _anything_ready(session, now, held):
                return None
            # The child starts (and warms its parser up) before the claim, not inside its
            # lease: on a busy machine that takes tens of seconds.
            sandbox.recycle_if_due()
            sandbox.start()
            now = utcnow()
            row = _claim(session, worker, now, held, message_id)
            if row is None:
                return None
            claimed_id, raw, attempt = row.id, row.raw, row.attempts
            pending = head_pending(row.auth_verdicts)
            session.expunge_all()  # the raw body need not stay in the session
            session.rollback()  # no transaction stays open while the child reads
            # The header the hook left unread (bounded when it was stored): read here,
            # before the write transaction, like the body in the child.
            head = read_head(raw) if pending and raw is not None else None
            if raw is None:
                reading = Reading(failure="the message body is no longer kept")
            else:
                reading = sandbox.read(raw, now)
            del raw
            return _apply(session, claimed_id, reading, worker, attempt, settings, head)
        finally:
            db.session.remove()


def _apply(
    session: Session,
    message_id: int,
    reading: Reading,
    worker: str,
    attempt: int,
    settings: Settings,
    head: Head | None,
) -> Read:
    started = time.monotonic()
    try:
        claims.begin_write(session)
        message = apply_reading(
            session, message_id, reading, utcnow(), worker, settings.inbound_authserv_id, head
        )
        if message is not None:
            confirm(message)
        session.commit()
    except (OperationalError, InterfaceError, PoolTimeout) as error:
        # The database is away or busy: the claim lapses and the next pass reads it again.
        session.rollback()
        log.error("inbound message %s: could not save what was read: %s", message_id, _kind(error))
        return Read(message_id, MessageStatus.RECEIVED, reading.seconds)
    except SQLAlchemyError as error:
        # Refused for good (a constraint, bad data): reading again would fail again.
        session.rollback()
        log.error("inbound message %s could not be applied: %s", message_id, _kind(error))
        _to_review(session, message_id, worker, NOT_SAVED)
        return Read(message_id, MessageStatus.NEEDS_REVIEW, reading.seconds)
    except Exception:
        session.rollback()
        log.exception("inbound message %s could not be applied", message_id)
        _to_review(session, message_id, worker, NOT_SAVED)
        return Read(message_id, MessageStatus.NEEDS_REVIEW, reading.seconds)
    if message is None:
        log.warning("inbound message %s: claim lost to another reader", message_id)
        return Read(message_id, MessageStatus.RECEIVED, reading.seconds)
    log.info(
        "inbound message %s read in %.2f s (attempt %d): %s%s",
        message_id,
        reading.seconds,
        attempt,
        message.status,
        f" ({message.reason})" if reading.failure else "",
    )
    return Read(message_id, message.status, reading.seconds, time.monotonic() - started)


def _kind(error: SQLAlchemyError) -> str:
    """Name a database error without its text, which may quote the row (subject, sender)."""
    orig = getattr(error, "orig", None)
    return f"{type(error).__name__} {type(orig).__name__ if orig is not None else ''}".strip()


def _to_review(session: Session, message_id: int, worker: str, reason: str) -> None:
    try:
        session.execute(
            sa.update(InboundMessage)
            .where(
                InboundMessage.id == message_id,
                InboundMessage.status == MessageStatus.RECEIVED,
                InboundMessage.claimed_by == worker,
            )
            .values(
                status=MessageStatus.NEEDS_REVIEW,
                reason=f"{reason}; read it again from review"[:500],
                claimed_by=None,
                claimed_at=None,
                processed_at=utcnow(),
            )
        )
        session.commit()
    except SQLAlchemyError as error:
        session.rollback()
        log.error("could not mark inbound message %s for review: %s", message_id, _kind(error))


def read_pending(app: Flask, worker: str | None = None, limit: int = 10_000) -> list[Read]:
    """Read waiting messages one after another until none is left (CLI, tests)."""
    name = worker or claims.worker_name()
    done: list[Read] = []
    with SPARES.borrow(limits(settings_of(app))) as sandbox:
        for _ in range(limit):
            result = read_next(app, name, sandbox)
            if result is None:
                break
            done.append(result)
    return done


def read_message(app: Flask, message_id: int, worker: str | None = None) -> Read | None:
    """Read one given message now, if it is waiting and nobody holds it."""
    with SPARES.borrow(limits(settings_of(app))) as sandbox:
        return read_next(app, worker or claims.worker_name(), sandbox, message_id)


class Reader:
    """Reader lanes (threads) of one scheduler process, woken by NOTIFY, a callback or a poll."""

    def __init__(self, app: Flask, send_mail: Callable[[Flask], object] | None = None) -> None:
        settings = settings_of(app)
        self.app = app
        # Sends the outbox right after a read queued a confirmation, not at the next tick.
        self.send_mail = send_mail
        self._mail = threading.Event()
        self.lanes = settings.inbound_readers
        self.poll = settings.inbound_poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        with app.app_context():
            self._one_writer = db.engine.dialect.name == "sqlite"

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> Reader:
        for number in range(self.lanes):
            worker = f"{claims.worker_name()}:read{number}"
            thread = threading.Thread(
                target=self._lane, args=(worker,), name=f"inbound-read-{number}", daemon=True
            )
            thread.start()
            self._threads.append(thread)
        with self.app.app_context():
            engine = db.engine
        if engine.dialect.name == "postgresql":
            target: Callable[..., None] = wakeup.listen
            args: tuple[object, ...] = (engine, self.wake, self._stop)
        else:
            target, args = wakeup.listen_local, (self.app.instance_path, self.wake, self._stop)
        listener = threading.Thread(target=target, args=args, name="inbound-listen", daemon=True)
        listener.start()
        self._threads.append(listener)
        if self.send_mail is not None:
            sender = threading.Thread(target=self._sender, name="inbound-confirm", daemon=True)
            sender.start()
            self._threads.append(sender)
        wakeup.register(self.wake)
        log.info("inbound reader: %d lane(s), polling every %g s", self.lanes, self.poll)
        return self

    def stop(self, timeout: float | None = None) -> None:
        """Stop after the messages being read now (each takes at most the read limit)."""
        wakeup.unregister(self.wake)
        self._stop.set()
        self._wake.set()
        self._mail.set()
        for thread in self._threads:
            thread.join(timeout)

    def _lane(self, worker: str) -> None:
        with Sandbox(limits(settings_of(self.app))) as sandbox:
            try:
                sandbox.start()
            except Exception:
                log.exception("inbound reader: the reading child did not start; retrying later")
            while not self._stop.is_set():
                self._pass(worker, sandbox)

    def _pass(self, worker: str, sandbox: Sandbox) -> None:
        try:
            found = read_next(self.app, worker, sandbox)
        except Exception:
            log.exception("inbound reader pass failed")
            found = None
        if found is not None:
            if found.status in (MessageStatus.APPLIED, MessageStatus.NEEDS_REVIEW):
                self._mail.set()
            if self._one_writer:
                # SQLite has one write lock for the whole file, and a hook waiting for it
                # polls in sleeps: leave it as long as this apply held it, so storing
                # new mail comes first and the reader takes at most half the time.
                self._stop.wait(min(found.writing, YIELD_AT_MOST))
            return
        try:
            sandbox.recycle_if_due()
        except Exception:
            log.exception("inbound reader: the reading child did not restart; retrying later")
        self._wake.wait(self.poll)
        self._wake.clear()

    def _sender(self) -> None:
        assert self.send_mail is not None
        while True:
            self._mail.wait()
            if self._stop.is_set():
                return
            self._mail.clear()
            try:
                self.send_mail(self.app)
            except Exception:
                log.exception("sending confirmations failed; the next dispatch retries")
