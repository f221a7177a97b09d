"""The scheduler: APScheduler ticks, the database decides what is due.

Jobs keep no state of their own (memory job store, nothing pickled): each run asks the
database what is due, so a scheduler that was down simply catches up, and two of them
share the work through the outbox's atomic claims.
"""

from __future__ import annotations

import contextlib
import logging
import signal
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from typing import Any, cast

import click
import sqlalchemy as sa
from apscheduler.events import EVENT_SCHEDULER_SHUTDOWN
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy.orm import Session

from service.inbound.imap import poll_once
from service.inbound.jobs import inbound_housekeeping
from service.inbound.reader import Reader
from service.interviews.reminders import (
    ReminderPolicy,
    enqueue_digests,
    enqueue_due_reminders,
    why_not_send,
)
from service.outbox import SendCounts, maillinks, send_queued
from service.outbox.models import UsedToken
from service.parsing import places
from service.platform.claims import begin_write, worker_name
from service.platform.config import settings_of
from service.platform.db import db, utcnow

log = logging.getLogger(__name__)

HOUSEKEEPING_EVERY = timedelta(hours=1)


@dataclass
class DispatchResult:
    """What one dispatch pass queued and sent."""

    queued: int
    digests: int
    sending: SendCounts

    def __str__(self) -> str:
        return f"queued={self.queued} digests={self.digests} {self.sending}"


def reminder_policy(app: Flask) -> ReminderPolicy:
    """Gather the reminder settings of an app."""
    settings = settings_of(app)
    _, sender = parseaddr(settings.mail_default_sender)
    domain = sender.rpartition("@")[2] or "afterview.invalid"
    return ReminderPolicy(
        lead=timedelta(minutes=settings.reminder_lead_minutes),
        stale=timedelta(hours=settings.reminder_stale_hours),
        base_url=settings.base_url,
        secret_key=settings_of(app).secret_key,
        message_domain=domain,
    )


def _render(name: str, values: Mapping[str, Any]) -> str:
    # Straight from the Jinja environment: page context processors expect a request,
    # and a mail must not depend on one.
    return current_app.jinja_env.get_template(name).render(**values)


def dispatch_once(
    app: Flask, worker: str | None = None, clock: Callable[[], datetime] = utcnow
) -> DispatchResult:
    """Queue every due reminder and digest, then send what is queued."""
    policy = reminder_policy(app)
    with app.app_context():
        session = db.session()
        try:
            now = clock()
            # Take the write lock first on SQLite, so a second dispatcher waits for it
            # instead of failing on a stale read.
            begin_write(session)
            queued = _enqueue_in_chunks(session, now, policy, clock)
            digests = enqueue_digests(session, now, policy, _render)
            session.commit()
            sending = _send(app, session, policy, worker or worker_name(), clock)
        finally:
            db.session.remove()
    result = DispatchResult(queued=queued, digests=digests, sending=sending)
    if queued or digests or any(vars(sending).values()):
        log.info("dispatch: %s", result)
    return result


ENQUEUE_BUDGET = timedelta(seconds=30)


def _enqueue_in_chunks(
    session: Session, now: datetime, policy: ReminderPolicy, clock: Callable[[], datetime]
) -> int:
    """Queue due reminders a chunk per transaction, so a second dispatcher shares the work.

    Each chunk's steps stay locked until its commit (PostgreSQL skips them elsewhere),
    and the pass stops after ENQUEUE_BUDGET so sending starts while the rest waits.
    """
    queued = 0
    started = clock()
    while True:
        chunk = enqueue_due_reminders(session, now, policy, _render)
        session.commit()
        queued += chunk
        if chunk == 0 or clock() - started > ENQUEUE_BUDGET:
            return queued
        begin_write(session)


def send_now(app: Flask, clock: Callable[[], datetime] = utcnow) -> SendCounts:
    """Send what is queued (confirmations just read), without waiting for the next tick."""
    policy = reminder_policy(app)
    with app.app_context():
        try:
            counts = _send(app, db.session(), policy, worker_name(), clock)
        finally:
            db.session.remove()
    if any(vars(counts).values()):
        log.info("send now: %s", counts)
    return counts


def _send(
    app: Flask,
    session: Session,
    policy: ReminderPolicy,
    worker: str,
    clock: Callable[[], datetime],
) -> SendCounts:
    """Send the queue; stored bodies hold link placeholders, signed here as each mail leaves."""
    return send_queued(
        session,
        worker=worker,
        clock=clock,
        lease=_lease(app),
        check_cause=lambda s, rows: why_not_send(s, rows, clock(), policy),
        expand_links=lambda body: maillinks.expand(body, policy.secret_key, policy.base_url),
    )


def _lease(app: Flask) -> timedelta:
    # One claim covers one message: connect, greet, log in, send. Each step may take the
    # full SMTP timeout, so anything past several of them means the sender is gone.
    return max(timedelta(minutes=5), timedelta(seconds=settings_of(app).mail_timeout * 8))


def housekeeping(app: Flask) -> None:
    """Forget spent tokens past their expiry, then prune inbound mail."""
    with app.app_context():
        session = db.session()
        try:
            now = utcnow()
            removed = cast(
                sa.CursorResult[Any],
                session.execute(sa.delete(UsedToken).where(UsedToken.expires_at < now)),
            )
            session.commit()
            log.info("housekeeping: %s expired token(s) removed", removed.rowcount)
        finally:
            db.session.remove()
    inbound_housekeeping(app)


def poll_imap(app: Flask) -> None:
    """Fetch forwarded mail from the configured IMAP folder."""
    poll_once(app)


def _logged(job: Callable[[Flask], object], app: Flask) -> Callable[[], None]:
    def run() -> None:
        try:
            job(app)
        except Exception:
            # One bad run must not kill the job: log it, the next tick tries again.
            log.exception("scheduled job %s failed", job.__name__)

    run.__name__ = job.__name__
    return run


def build_scheduler(app: Flask, *, blocking: bool) -> BaseScheduler:
    """Create the scheduler with its jobs; start() is left to the caller."""
    settings = settings_of(app)
    scheduler_class = BlockingScheduler if blocking else BackgroundScheduler
    scheduler: BaseScheduler = scheduler_class(
        timezone=UTC,
        jobstores={"default": MemoryJobStore()},
        executors={"default": ThreadPoolExecutor(max_workers=3)},
        job_defaults={
            # Every job reads what is due from the database, so a late run is as good as
            # an on-time one: run however late (no grace limit) rather than skip silently.
            "misfire_grace_time": None,
            # After a pause (suspend, a long GC, a slow pass) run once, not once per
            # missed tick: one run already does everything that became due.
            "coalesce": True,
            # A pass stuck on a slow SMTP server must not pile up copies of itself; the
            # next tick waits. Claims make overlap safe, but it would only add load.
            "max_instances": 1,
        },
    )
    now = utcnow()
    scheduler.add_job(
        _logged(dispatch_once, app),
        "interval",
        minutes=1,
        id="dispatch",
        name="dispatch reminders",
        next_run_time=now,
    )
    scheduler.add_job(
        _logged(housekeeping, app),
        "interval",
        seconds=HOUSEKEEPING_EVERY.total_seconds(),
        id="housekeeping",
        name="housekeeping",
        next_run_time=now + timedelta(seconds=30),
    )
    # Build the city list for zone fields once per installation, off any request's path.
    scheduler.add_job(
        _logged(lambda _app: places.build_cache(), app),
        "date",
        run_date=now + timedelta(seconds=2),
        id="places",
        name="build the list of cities",
    )
    if settings.imap_host:
        scheduler.add_job(
            _logged(poll_imap, app),
            "interval",
            seconds=max(settings.imap_poll_seconds, 10),
            id="imap",
            name="poll IMAP",
            next_run_time=now + timedelta(seconds=5),
        )
    return scheduler


def start_in_background(app: Flask) -> BaseScheduler:
    """Run the scheduler and the inbound reader in this process's threads (development only)."""
    scheduler = build_scheduler(app, blocking=False)
    reader = Reader(app, send_mail=send_now).start()
    scheduler.add_listener(lambda _event: reader.stop(timeout=5), EVENT_SCHEDULER_SHUTDOWN)
    scheduler.start()
    log.info("scheduler running inside the web process (development)")
    return scheduler


@click.command("scheduler")
@with_appcontext
def scheduler_command() -> None:
    """Run the scheduler in the foreground (production: its own process, one or more)."""
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    scheduler = build_scheduler(app, blocking=True)
    # SIGTERM (systemd, docker stop) ends the loop like Ctrl-C; then the mail being sent
    # is finished rather than cut off, so no claim is left for the lease to recover.
    signal.signal(signal.SIGTERM, _exit_quietly)
    # Mail stored by the hooks, the pipe and IMAP is read here, beside the jobs: a
    # message that takes long to read holds one reader lane, never a job or a request.
    reader = Reader(app, send_mail=send_now).start()
    click.echo("scheduler running; Ctrl-C stops it", err=True)
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        scheduler.start()
    if scheduler.running:
        scheduler.shutdown(wait=True)
    reader.stop()
    click.echo("scheduler stopped", err=True)


def _exit_quietly(_signum: int, _frame: object) -> None:
    raise SystemExit(0)


@click.group("reminders")
def reminders_group() -> None:
    """Reminder emails."""


@reminders_group.command("send-due")
@with_appcontext
def send_due() -> None:
    """Queue due reminders and send queued mail once, then exit (for cron and checks)."""
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    result = dispatch_once(app)
    click.echo(str(result))


def init_app(app: Flask) -> None:
    """Add the `scheduler` and `reminders` commands."""
    app.cli.add_command(scheduler_command)
    app.cli.add_command(reminders_group)
