"""Reminder benchmark: dispatch throughput as a ratio to plain smtplib, same run, same server.

Both sides send the same N messages to an aiosmtpd server on loopback (one each), in
rounds that alternate between them. The baseline is smtplib over one connection with
the messages already built as bytes: the floor any dispatcher pays. The dispatcher
claims a batch, re-checks its steps, builds each MIME message, sends it and records
each result as it comes (a claim commit per batch, a record commit per mail).

Prints: reminders queued per second, dispatched per second, smtplib per second, and
dispatched/smtplib (the median of the rounds), on SQLite and, given a server, on
PostgreSQL. Exit 1 if any message went missing or was sent twice.

Run: .venv/bin/python tests/bench/bench_reminders.py [--quick] [--count N] [--rounds R]
     [--database-url postgresql+psycopg://...]   (or AFTERVIEW_BENCH_DATABASE_URL)
"""

from __future__ import annotations

import argparse
import os
import secrets
import smtplib
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from flask_migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.interviews.reminders import enqueue_due_reminders, why_not_send  # noqa: E402
from service.outbox import send_queued  # noqa: E402
from service.outbox.models import OutboxMessage, OutboxStatus  # noqa: E402
from service.outbox.smtp import render_message  # noqa: E402
from service.platform.db import db  # noqa: E402
from service.scheduler import _render, reminder_policy  # noqa: E402
from tests.helpers import add_due_thank_yous, make_user  # noqa: E402
from tests.mailserver import running_sink  # noqa: E402

NOW = datetime(2031, 3, 4, 15, 0, tzinfo=UTC)


def seed(count: int, user_id: int) -> None:
    add_due_thank_yous(user_id, count, NOW)


def plain_smtplib(port: int, messages: list[tuple[str, str, bytes]]) -> float:
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        for sender, to, raw in messages:
            smtp.sendmail(sender, [to], raw)
    return time.perf_counter() - started


@contextmanager
def own_schema(pg_url: str) -> Iterator[str]:
    """A fresh schema on the PostgreSQL server, dropped afterwards; yields its URL."""
    schema = f"afterview_reminders_{secrets.token_hex(3)}"
    admin = sa.create_engine(pg_url)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in pg_url else "?"
    try:
        yield f"{pg_url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def measure(url: str, count: int, rounds: int) -> bool:
    """Queue `count` reminders, then send them in rounds, each beside its own baseline.

    A round sends a slice with the dispatcher and the same slice, prebuilt, with plain
    smtplib to a second sink, back to back: on a loaded machine a ratio of two
    measurements taken minutes apart says more about the load than about the code.
    """
    folder = Path(tempfile.mkdtemp(prefix="bench-reminders-"))
    with running_sink() as (sink, port), running_sink() as (_, baseline_port):
        app = create_app(
            {
                "database_url": url,
                "secret_key": "bench-secret-key-" + "x" * 32,
                "instance_path": str(folder),
                "mail_server": "127.0.0.1",
                "mail_port": port,
                "log_level": "WARNING",
            }
        )
        with app.app_context():
            upgrade()
            if db.session.scalar(sa.select(sa.func.count()).select_from(OutboxMessage)):
                print("the benchmark database must be empty")
                return False
        user_id = make_user(app, "bench@example.com")
        policy = reminder_policy(app)
        with app.app_context():
            seed(count, user_id)
            session = db.session()
            started = time.perf_counter()
            queued = 0  # a chunk per call, as the dispatcher queues them
            while chunk := enqueue_due_reminders(session, NOW, policy, _render):
                session.commit()
                queued += chunk
            session.commit()
            enqueue_seconds = time.perf_counter() - started
            rows = list(session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id)))
            sender = app.config["MAIL_DEFAULT_SENDER"]
            prepared = [
                (
                    sender,
                    row.to_address,
                    render_message(
                        sender=sender,
                        to=row.to_address,
                        subject=row.subject,
                        text=row.text_body,
                        html=row.html_body,
                        message_id=row.message_id,
                    ),
                )
                for row in rows
            ]
            # The dispatcher starts from a session holding nothing, as a scheduler pass does
            # once its enqueue chunks are committed and dropped.
            del rows
            session.rollback()
            session.expunge_all()
            size = -(-count // rounds)
            sent, ratios, dispatch_seconds, baseline_seconds = 0, [], 0.0, 0.0
            for number in range(rounds):
                piece = prepared[number * size : (number + 1) * size]
                baseline = plain_smtplib(baseline_port, piece)
                started = time.perf_counter()
                counts = send_queued(
                    session,
                    worker="bench",
                    clock=lambda: NOW,
                    limit=len(piece),
                    check_cause=lambda s, rows: why_not_send(s, rows, NOW, policy),
                )
                dispatched = time.perf_counter() - started
                sent += counts.sent
                dispatch_seconds += dispatched
                baseline_seconds += baseline
                ratios.append(baseline / dispatched)
            statuses = set(session.scalars(sa.select(OutboxMessage.status)))
            db.session.remove()
            db.engine.dispose()
        ids = sink.message_ids()
        unique = len(set(ids)) == len(ids) == count
    backend = "postgresql" if url.startswith("postgresql") else "sqlite"
    print(f"reminders: {count} messages, {backend}, loopback aiosmtpd, {rounds} rounds")
    print(f"  queued      {queued / enqueue_seconds:8.0f} reminders/s (find, word, insert)")
    print(
        f"  dispatched  {sent / dispatch_seconds:8.0f} reminders/s "
        "(claim, re-check, build, send, record)"
    )
    print(
        f"  smtplib     {count / baseline_seconds:8.0f} messages/s (prebuilt bytes, one connection)"
    )
    print(
        f"  ratio dispatched/smtplib = {statistics.median(ratios):.2f} (median of the rounds: "
        + ", ".join(f"{r:.2f}" for r in ratios)
        + "; target >= 0.50)"
    )
    if not (unique and statuses == {OutboxStatus.SENT} and sent == count):
        print(f"  ERROR: sent={sent} unique={unique} statuses={sorted(statuses)}")
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-scale", action="store_true", help="accepted for run_all.py")
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("AFTERVIEW_BENCH_DATABASE_URL"),
        help="a PostgreSQL server to measure on too (a schema of its own, dropped after)",
    )
    args = parser.parse_args()
    count = args.count or (100 if args.quick else 400)
    folder = Path(tempfile.mkdtemp(prefix="bench-reminders-"))
    ok = measure(f"sqlite:///{folder / 'bench.db'}", count, args.rounds)
    if args.database_url:
        with own_schema(args.database_url) as url:
            ok = measure(url, count, args.rounds) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
