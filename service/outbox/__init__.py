"""The outbox: every outgoing mail is a row first, and a dispatcher sends each row once."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

import logging
import smtplib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import make_msgid
from typing import Any, cast

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from service.accounts.models import User
from service.outbox.models import OutboxMessage, OutboxStatus
from service.outbox.smtp import TimedConnection, open_connection, render_message
from service.platform import claims
from service.platform.claims import begin_write
from service.platform.errors import Invalid, NotFound

log = logging.getLogger(__name__)

SUBJECT_LIMIT = 250
MESSAGE_DOMAIN = "afterview.invalid"


def one_line(text: str, limit: int) -> str:
    """Collapse text to one bounded line: nothing user-written may start a new header."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Mail:
    """One mail to queue, and the cause it is queued for (`dedupe_key`)."""

    user_id: int | None
    to: str
    subject: str
    text: str
    html: str
    dedupe_key: str
    step_id: int | None = None
    step_anchor_at: datetime | None = None


def enqueue(
    session: Session,
    *,
    user_id: int | None,
    to: str,
    subject: str,
    text: str,
    html: str,
    dedupe_key: str,
    now: datetime,
    step_id: int | None = None,
    step_anchor_at: datetime | None = None,
    message_domain: str = MESSAGE_DOMAIN,
) -> OutboxMessage | None:
    """Queue one mail in the caller's transaction; None when `dedupe_key` was queued before.

    The unique key decides between concurrent callers, so exactly one row exists per
    cause. The caller commits, together with whatever caused the mail.
    """
    mail = Mail(user_id, to, subject, text, html, dedupe_key, step_id, step_anchor_at)
    rows = enqueue_many(session, [mail], now=now, message_domain=message_domain)
    return rows.get(dedupe_key)


def enqueue_many(
    session: Session, mails: Sequence[Mail], *, now: datetime, message_domain: str = MESSAGE_DOMAIN
) -> dict[str, OutboxMessage]:
    """Queue several mails in one statement; return the new rows by `dedupe_key`.

    A key queued before (by anyone) is skipped, as `enqueue` skips it. One round trip
    for a dispatcher's whole chunk of reminders instead of one (or three) per mail.
    """
    values = [_values(mail, now, message_domain) for mail in mails]
    if not values:
        return {}
    # ON CONFLICT instead of a savepoint: pysqlite commits a savepoint opened at the
    # start of a transaction, which would split the mail from its cause. The conflict
    # is the duplicate check, and RETURNING hands back the new rows.
    insert = _insert_for(session).on_conflict_do_nothing(index_elements=["dedupe_key"])
    rows = session.scalars(insert.returning(OutboxMessage), values)
    return {row.dedupe_key: row for row in rows}


def _values(mail: Mail, now: datetime, message_domain: str) -> dict[str, Any]:
    address = mail.to.strip()
    if not address or len(address) > 320 or any(c.isspace() for c in address):
        raise ValueError(f"not a single mail address: {address[:80]!r}")
    if len(mail.dedupe_key) > 200:
        raise ValueError("dedupe_key is longer than 200 characters")
    return {
        "user_id": mail.user_id,
        "dedupe_key": mail.dedupe_key,
        "step_id": mail.step_id,
        "step_anchor_at": mail.step_anchor_at,
        "to_address": address,
        "subject": one_line(mail.subject, SUBJECT_LIMIT),
        "text_body": mail.text,
        "html_body": mail.html,
        "message_id": make_msgid(domain=message_domain),
        "status": OutboxStatus.QUEUED.value,
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
        "last_error": "",
    }


def _insert_for(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(OutboxMessage)
    return sqlite.insert(OutboxMessage)


# --- sending -----------------------------------------------------------------------

MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
CANCELLED_STEP_GONE = "the step was deleted before the mail went out"


@dataclass(frozen=True)
class Outgoing:
    """A claimed mail as the claim read it: sending it reads no ORM object, so the
    commit after each mail reloads nothing."""

    id: int
    user_id: int | None
    dedupe_key: str
    step_id: int | None
    step_anchor_at: datetime | None
    to_address: str
    subject: str
    text_body: str
    html_body: str
    message_id: str
    attempts: int


_OUTGOING_COLUMNS = [getattr(OutboxMessage, name) for name in Outgoing.__dataclass_fields__]

CauseCheck = Callable[[Session, Sequence[Outgoing]], dict[int, str]]
"""Return why queued mails must no longer go out, by id; the others are sent."""


@dataclass
class SendCounts:
    """What one dispatch pass did, for the log line and the CLI."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0
    recovered: int = 0

    def __str__(self) -> str:
        return (
            f"sent={self.sent} retried={self.retried} failed={self.failed} "
            f"cancelled={self.cancelled} recovered={self.recovered}"
        )


@dataclass(frozen=True)
class SmtpFailure:
    """How a send failed: whether retrying can help and whether the connection is gone."""

    permanent: bool
    connection_lost: bool
    reason: str


def retry_delay(attempts: int) -> timedelta:
    """Return the wait before attempt `attempts + 1`: 1, 2, 4 … minutes, at most 6 hours."""
    return min(FIRST_RETRY * (1 << min(max(attempts - 1, 0), 20)), LONGEST_RETRY)


def classify_failure(exc: BaseException) -> SmtpFailure:
    """Sort an SMTP error into retry-later (refused, timeout, 4xx) or give-up (5xx)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        permanent = bool(codes) and all(code >= 500 for code in codes)
        detail = "; ".join(f"{code} {_text(msg)}" for code, msg in exc.recipients.values())
        return SmtpFailure(permanent, False, f"recipient refused: {detail}")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SmtpFailure(False, True, f"server closed the connection: {exc}")
    if isinstance(exc, smtplib.SMTPConnectError | smtplib.SMTPHeloError):
        return SmtpFailure(False, True, f"could not open an SMTP session: {exc}")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        # A wrong password is fixed by the operator, not by the message: keep retrying.
        return SmtpFailure(False, True, f"SMTP login refused: {exc.smtp_code}")
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        message = f"{code} {_text(exc.smtp_error)}"
        return SmtpFailure(code >= 500, code == 421, f"server answered {message}")
    if isinstance(exc, TimeoutError):
        return SmtpFailure(False, True, "SMTP server did not answer in time")
    if isinstance(exc, OSError):
        return SmtpFailure(False, True, f"SMTP server unreachable: {exc}")
    if isinstance(exc, smtplib.SMTPException):
        return SmtpFailure(False, True, f"SMTP error: {exc}")
    return SmtpFailure(True, True, f"could not build or send the message: {exc!r}")


def _text(value: bytes | str) -> str:
    raw = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return one_line(raw, 300)


def recover_stale_claims(session: Session, now: datetime, lease: timedelta) -> int:
    """Settle the claims of a sender that vanished mid-send; return how many mails go out again.

    A sender marks each mail as handed over just before giving it to the relay, and
    records it as sent the moment the relay accepts it. A mail handed over but not
    recorded may have arrived: sending it again could deliver a reminder twice, so it is
    marked failed with a note, and the person can send it again from the list of mails
    that did not go. The rest of the batch never left and is queued again.

    Each change is one conditional statement, so it and a live sender's hand-over
    (`_hand_over`) cannot both win: a sender whose clock lags ours is still sending, and
    under row locks a mail it has just handed over is neither queued again nor failed here.
    """
    session.commit()
    begin_write(session)
    table = _OUTBOX_TABLE
    stale = (table.c.status == OutboxStatus.SENDING.value, table.c.claimed_at < now - lease)
    handed_over = (*stale, table.c.handed_over_at.is_not(None))
    # who was sending, for the log: RETURNING gives the values after the update
    senders: dict[int, str | None] = {
        row_id: sender
        for row_id, sender in session.execute(
            sa.select(table.c.id, table.c.claimed_by).where(*handed_over)
        )
    }
    in_doubt = session.execute(
        sa.update(table)
        .where(*handed_over)
        .values(status=OutboxStatus.FAILED.value, claimed_by=None, last_error=MAYBE_SENT)
        .returning(table.c.id, table.c.handed_over_at)
    ).all()
    for row_id, handed_over_at in in_doubt:
        log.warning(
            "outbox %s: its sender %s stopped while handing it over at %s; not sent again",
            row_id,
            senders.get(row_id, "(unknown)"),
            handed_over_at,
        )
    queued = session.execute(
        sa.update(table)
        .where(*stale, table.c.handed_over_at.is_(None))
        .values(
            status=OutboxStatus.QUEUED.value,
            claimed_by=None,
            claimed_at=None,
            # it was claimed, never tried
            attempts=sa.case((table.c.attempts > 0, table.c.attempts - 1), else_=0),
            next_attempt_at=now,
        )
        .returning(table.c.id)
    ).all()
    session.commit()
    return len(queued)


# What the list of mails that did not go says of the one a stopped sender was sending.
MAYBE_SENT = (
    "the sender stopped while sending this mail, so it may have arrived; it is not sent "
    "again on its own, so that it never arrives twice: send it again if it did not arrive"
)


CLAIM_BATCH = 20
# A batch is checked once before its first mail; when sending takes longer than this
# (a slow relay), what is left of it is checked again before the next mail.
RECHECK_AFTER_SECONDS = 1.0


def claim_due(session: Session, worker: str, now: datetime, *, limit: int) -> list[Outgoing]:
    """Claim up to `limit` of the oldest due mails in one committed statement.

    The claim is committed, so the rows say "sending" before any SMTP traffic.
    """
    claimed = claims.claim_columns(
        session,
        OutboxMessage,
        ready=(OutboxMessage.status == OutboxStatus.QUEUED, OutboxMessage.next_attempt_at <= now),
        order_by=(OutboxMessage.next_attempt_at, OutboxMessage.id),
        values={
            "status": OutboxStatus.SENDING,
            "claimed_by": worker[:100],
            "claimed_at": now,
            "handed_over_at": None,
            "attempts": OutboxMessage.attempts + 1,
        },
        limit=limit,
        columns=_OUTGOING_COLUMNS,
    )
    return [Outgoing(*values) for values in claimed]


def _release(session: Session, rows: list[Outgoing], worker: str) -> None:
    """Give back claimed mails this pass will not get to, as if never claimed."""
    if rows:
        session.execute(
            sa.update(OutboxMessage)
            .where(
                OutboxMessage.id.in_([row.id for row in rows]),
                OutboxMessage.status == OutboxStatus.SENDING,
                OutboxMessage.claimed_by == worker[:100],
            )
            .values(
                status=OutboxStatus.QUEUED,
                claimed_by=None,
                claimed_at=None,
                attempts=OutboxMessage.attempts - 1,
            )
        )
    session.commit()


def _hand_over(session: Session, row: Outgoing, worker: str, now: datetime) -> bool:
    """Mark a mail as handed to the relay, if this sender's claim on it still stands.

    A sender whose clock runs ahead of this one's (or that starts after this batch has
    outlasted the lease) settles the claim as stale and queues the mail again, for it to
    claim and send. The mark and that settling are conditional updates of one row, so
    exactly one of them wins: this sender sends the mail only if the mark took.
    """
    marked = session.connection().execute(
        _HAND_OVER,
        {
            "row_id": row.id,
            "worker": worker[:100],
            "sending": OutboxStatus.SENDING.value,
            "now": now,
        },
    )
    session.commit()  # committed before any SMTP traffic, and no transaction held across it
    return marked.rowcount == 1


def _finish(session: Session, row: Outgoing, status: OutboxStatus, error: str, **more: Any) -> None:
    """Record how one mail ended, and commit: each mail's outcome is kept on its own."""
    session.execute(
        sa.update(OutboxMessage)
        .where(OutboxMessage.id == row.id)
        .values(status=status, claimed_by=None, last_error=error[:1000], **more)
    )
    session.commit()


def _record_sent(session: Session, row: Outgoing, now: datetime) -> None:
    """Record one mail as sent, and commit, as soon as the server has accepted it.

    A sender killed after this leaves no doubt about the mail; one killed before it leaves
    only this mail in doubt (`recover_stale_claims`). Recording a whole batch at once
    cost less, but a killed sender's recorded-nothing batch then went out twice.
    """
    # a Core statement on the session's connection: no ORM object to keep in step
    session.connection().execute(_MARK_SENT, {"row_id": row.id, "sent_at": now})
    session.commit()


_OUTBOX_TABLE = cast(sa.Table, OutboxMessage.__table__)
_HAND_OVER = (
    sa.update(_OUTBOX_TABLE)
    .where(
        _OUTBOX_TABLE.c.id == sa.bindparam("row_id"),
        _OUTBOX_TABLE.c.status == sa.bindparam("sending"),
        _OUTBOX_TABLE.c.claimed_by == sa.bindparam("worker"),
    )
    .values(handed_over_at=sa.bindparam("now"))
)
_MARK_SENT = (
    sa.update(_OUTBOX_TABLE)
    .where(_OUTBOX_TABLE.c.id == sa.bindparam("row_id"))
    .values(
        status=OutboxStatus.SENT.value,
        claimed_by=None,
        last_error="",
        sent_at=sa.bindparam("sent_at"),
    )
)


def send_queued(
    session: Session,
    *,
    worker: str,
    clock: Callable[[], datetime],
    limit: int = 10_000,
    budget: timedelta = timedelta(seconds=50),
    lease: timedelta = timedelta(minutes=10),
    check_cause: CauseCheck | None = None,
    expand_links: Callable[[str], str] | None = None,
) -> SendCounts:
    """Send due mails over one SMTP connection, claimed in small batches, each recorded as sent.

    Needs an app context (Flask-Mail reads its settings there). A pass ends when the
    queue is empty, after `limit` mails or once `budget` is spent (so it fits between
    two ticks). A lost connection ends it too: the rest waits for the next pass
    rather than hammering a sick server. `expand_links` turns the stored link
    placeholders into signed links (`service.outbox.maillinks`); stored bodies hold no tokens.
    """
    expand = expand_links or (lambda body: body)
    sender = str(current_app.config["MAIL_DEFAULT_SENDER"])
    started = time.monotonic()
    counts = SendCounts(recovered=recover_stale_claims(session, clock(), lease))
    connection: TimedConnection | None = None
    handled = 0
    try:
        while handled < limit and time.monotonic() - started <= budget.total_seconds():
            batch = claim_due(session, worker, clock(), limit=min(CLAIM_BATCH, limit - handled))
            if not batch:
                break
            handled += len(batch)
            stopped = _why_not_send(session, batch, check_cause)
            checked = time.monotonic()
            for index, row in enumerate(batch):
                if time.monotonic() - checked > RECHECK_AFTER_SECONDS:
                    # A slow relay: the batch's check is old. What was cancelled, deleted
                    # or moved meanwhile (through the API, the pages, the CLI or mail)
                    # must not go out now: check the rest again, in one query.
                    stopped = _why_not_send(session, batch[index:], check_cause)
                    checked = time.monotonic()
                reason = stopped.get(row.id)
                if reason is not None:
                    log.info("outbox %s (%s): not sent, %s", row.id, row.dedupe_key, reason)
                    _finish(session, row, OutboxStatus.CANCELLED, reason)
                    counts.cancelled += 1
                    continue
                if not _hand_over(session, row, worker, clock()):
                    # Another sender settled this claim as stale (its clock ahead of
                    # ours, or this batch outlasted the lease) and owns the mail now.
                    log.warning("outbox %s: claim taken over by another sender", row.id)
                    continue
                try:
                    if connection is None:
                        connection = open_connection()
                        connection.open()
                    connection.send_raw(
                        sender,
                        row.to_address,
                        render_message(
                            sender=sender,
                            to=row.to_address,
                            subject=row.subject,
                            text=expand(row.text_body),
                            html=expand(row.html_body),
                            message_id=row.message_id,
                        ),
                    )
                except Exception as exc:  # every failure is recorded on the row
                    failure = classify_failure(exc)
                    _record_failure(session, row, failure, clock(), counts)
                    if failure.connection_lost:
                        if connection is not None:
                            connection.close()
                        connection = None
                        # The rest waits for the next pass rather than a sick server.
                        _release(session, batch[index + 1 :], worker)
                        return counts
                    continue
                _record_sent(session, row, clock())
                counts.sent += 1
                log.info("outbox %s (%s): sent as %s", row.id, row.dedupe_key, row.message_id)
    finally:
        if connection is not None:
            connection.close()
        session.rollback()
    return counts


def _why_not_send(
    session: Session, batch: list[Outgoing], check: CauseCheck | None
) -> dict[int, str]:
    """Why each mail of a batch must not go out (by id): one query per batch, not per mail."""
    ids = {row.user_id for row in batch if row.user_id is not None}
    active = set(session.scalars(sa.select(User.id).where(User.id.in_(ids), User.is_active)))
    reasons = {} if check is None else check(session, batch)
    for row in batch:
        if row.user_id is not None and row.user_id not in active:
            reasons[row.id] = "the account is disabled"
    return reasons


def _record_failure(
    session: Session, row: Outgoing, failure: SmtpFailure, now: datetime, counts: SendCounts
) -> None:
    if failure.permanent or row.attempts >= MAX_ATTEMPTS:
        log.error(
            "outbox %s (%s): gave up after %s attempt(s): %s",
            row.id,
            row.dedupe_key,
            row.attempts,
            failure.reason,
        )
        _finish(session, row, OutboxStatus.FAILED, failure.reason)
        counts.failed += 1
        return
    delay = retry_delay(row.attempts)
    log.warning(
        "outbox %s (%s): attempt %s failed, retrying in %s: %s",
        row.id,
        row.dedupe_key,
        row.attempts,
        delay,
        failure.reason,
    )
    _finish(
        session,
        row,
        OutboxStatus.QUEUED,
        failure.reason,
        next_attempt_at=now + delay,
        claimed_at=None,
    )
    counts.retried += 1


def failed_messages(session: Session, user: User, *, limit: int = 200) -> list[OutboxMessage]:
    """List mails that will not be retried: the user's own, or everyone's for an admin."""
    query = (
        sa.select(OutboxMessage)
        .where(OutboxMessage.status == OutboxStatus.FAILED)
        .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
        .limit(limit)
    )
    if not user.is_admin:
        query = query.where(OutboxMessage.user_id == user.id)
    return list(session.scalars(query))


def retry_failed(session: Session, user: User, message_id: int, now: datetime) -> OutboxMessage:
    """Queue a failed mail again (same Message-ID); the caller commits."""
    row = session.get(OutboxMessage, message_id)
    if row is None or (row.user_id != user.id and not user.is_admin):
        raise NotFound(f"no mail {message_id}")
    if row.status != OutboxStatus.FAILED:
        raise Invalid("status", f"only a failed mail can be retried; this one is {row.status}")
    row.status = OutboxStatus.QUEUED
    row.attempts = 0
    row.next_attempt_at = now
    row.claimed_by = None
    row.claimed_at = None
    return row


def init_app(app: Flask) -> None:
    """Configure the SMTP connection the dispatcher sends through."""
    from service.outbox import smtp

    smtp.init_app(app)
