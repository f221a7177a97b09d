"""Reminder benchmark: dispatch throughput as a ratio to plain smtplib, same run, same server.

Both sides send the same N messages to one aiosmtpd server on loopback. The baseline is
smtplib over one connection with the messages already built as bytes: the floor any
dispatcher pays. The dispatcher claims each row, re-checks its step, builds the MIME
message and records the result, committing twice per mail (the price of "exactly once").

Prints: reminders queued per second, dispatched per second, smtplib per second, and
dispatched/smtplib. Exit 1 if any message went missing or was sent twice.

Run: .venv/bin/python tests/bench/bench_reminders.py [--quick] [--count N]
     [--database-url postgresql+psycopg://...]   (default: a fresh SQLite file)
"""

from __future__ import annotations

import argparse
import os
import smtplib
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from flask_migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.interviews.models import FollowUpStep, Interview  # noqa: E402
from service.interviews.reminders import enqueue_due_reminders, why_not_send  # noqa: E402
from service.outbox import send_queued  # noqa: E402
from service.outbox.models import OutboxMessage, OutboxStatus  # noqa: E402
from service.outbox.smtp import render_message  # noqa: E402
from service.platform.db import db  # noqa: E402
from service.scheduler import _render, reminder_policy  # noqa: E402
from tests.helpers import make_user  # noqa: E402
from tests.mailserver import running_sink  # noqa: E402

NOW = datetime(2031, 3, 4, 15, 0, tzinfo=UTC)


def seed(count: int, user_id: int) -> None:
    for number in range(count):
        start = NOW - timedelta(hours=2, seconds=number)
        interview = Interview(
            user_id=user_id,
            company=f"Company {number}",
            role="Engineer",
            start_at=start,
            end_at=start + timedelta(hours=1),
            timezone="Europe/Berlin",
            created_at=NOW - timedelta(days=1),
            updated_at=NOW - timedelta(days=1),
        )
        interview.steps = [
            FollowUpStep(
                kind="thank_you",
                due_at=start + timedelta(hours=2),
                status_changed_at=NOW - timedelta(days=1),
                created_at=NOW - timedelta(days=1),
                updated_at=NOW - timedelta(days=1),
            )
        ]
        db.session.add(interview)
    db.session.commit()


def plain_smtplib(port: int, messages: list[tuple[str, str, bytes]]) -> float:
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        for sender, to, raw in messages:
            smtp.sendmail(sender, [to], raw)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-scale", action="store_true", help="accepted for run_all.py")
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--database-url", default=os.environ.get("AFTERVIEW_BENCH_DATABASE_URL"))
    args = parser.parse_args()
    count = args.count or (100 if args.quick else 400)
    folder = Path(tempfile.mkdtemp(prefix="bench-reminders-"))
    url = args.database_url or f"sqlite:///{folder / 'bench.db'}"

    with running_sink() as (sink, port):
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
                return 1
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

            started = time.perf_counter()
            counts = send_queued(
                session,
                worker="bench",
                clock=lambda: NOW,
                check_cause=lambda s, rows: why_not_send(s, rows, NOW, policy),
            )
            dispatch_seconds = time.perf_counter() - started

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
            sent_ok = all(row.status == OutboxStatus.SENT for row in rows)
            db.session.remove()
            db.engine.dispose()
        ids = sink.message_ids()
        unique = len(set(ids)) == len(ids) == count
        baseline_seconds = min(plain_smtplib(port, prepared) for _ in range(2))

    dispatched = counts.sent / dispatch_seconds
    baseline = count / baseline_seconds
    backend = "postgresql" if url.startswith("postgresql") else "sqlite"
    print(f"reminders: {count} messages, {backend}, loopback aiosmtpd")
    print(f"  queued      {queued / enqueue_seconds:8.0f} reminders/s (find, word, insert)")
    print(f"  dispatched  {dispatched:8.0f} reminders/s (claim, re-check, build, send, record)")
    print(f"  smtplib     {baseline:8.0f} messages/s (prebuilt bytes, one connection)")
    print(f"  ratio dispatched/smtplib = {dispatched / baseline:.2f}")
    if not (unique and sent_ok and counts.sent == count):
        print(f"  ERROR: sent={counts.sent} unique={unique} all-sent={sent_ok}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
