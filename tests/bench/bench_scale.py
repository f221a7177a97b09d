"""The whole stack at scale, on PostgreSQL: ratios against baselines from the same run.

With 100,000 users, 1,000,000 interviews and 3,000,000 steps (seeded in bulk SQL):

1. one dispatcher pass with nothing due, vs the same pass when the database holds
   one user (target ~1.0: indexes, not scans);
2. the API list, interview page and dashboard of a user with 1,000 interviews vs a
   user with 10 (target ~1.0: paged, no N+1);
3. 10,000 due reminders sent by two dispatcher processes to a loopback aiosmtpd,
   each exactly once, vs plain smtplib sending the same prepared messages over one
   connection (target >= 0.5).

The full seed takes minutes, so it runs only when asked: `make bench-scale`, or
AFTERVIEW_BENCH_SCALE=1 with `make bench`; otherwise (and with --quick) it runs at a
tenth: 10,000 users, 100,000 interviews, 1,000 mails. It needs a PostgreSQL server
(AFTERVIEW_BENCH_DATABASE_URL or AFTERVIEW_TEST_DATABASE_URL) and works in a schema
of its own, dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import smtplib
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import Flask
from flask_migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service import create_app  # noqa: E402
from service.outbox.models import OutboxMessage, OutboxStatus  # noqa: E402
from service.outbox.smtp import render_message  # noqa: E402
from service.platform.db import db  # noqa: E402
from service.scheduler import dispatch_once  # noqa: E402
from tests.bench.bench_feed import BULK_USERS, KEY  # noqa: E402
from tests.helpers import make_token, make_user  # noqa: E402
from tests.mailserver import running_sink  # noqa: E402
from tests.web.forms import sign_in  # noqa: E402

# The moment each step's reminder is about (service.steps.schedule.reminder_anchor) and
# its owner: bulk SQL writes what the domain's flush would have stored.
ANCHOR = """CASE k.kind WHEN 'ask_next_steps' THEN i.start_at WHEN 'thank_you' THEN i.end_at
    ELSE i.end_at + k.after END, i.user_id"""

# Everyone else's interviews, a day apart around now (never within a day of it), with
# the steps of past interviews done: nothing of theirs is due while we measure.
BULK_INTERVIEWS = """
INSERT INTO interviews (user_id, uid, company, role, start_at, end_at, timezone, location,
    meeting_url, notes, status, source, timeline_text, revision, created_at, updated_at)
SELECT u.id, md5(random()::text) || '-' || g || '@bulk', 'Bulk Co', 'Engineer',
    now() + ((g % 400) - 200 + sign((g % 400) - 199.5) * 1.5) * interval '1 day',
    now() + ((g % 400) - 200 + sign((g % 400) - 199.5) * 1.5) * interval '1 day'
        + interval '45 minutes',
    'UTC', '', '', '', 'scheduled', 'api', '', 0, now(), now()
FROM generate_series(1, :interviews) AS g
JOIN users u ON u.email = 'bulk' || (1 + g % :users) || '@example.com'
"""

OWN_INTERVIEWS = """
INSERT INTO interviews (user_id, uid, company, role, start_at, end_at, timezone, location,
    meeting_url, notes, status, source, timeline_text, revision, created_at, updated_at)
SELECT :user_id, md5(random()::text) || '-' || g || '@own', 'Company ' || g, 'Engineer',
    now() + (g - :count / 2 + sign(g - :count / 2 - 0.5) * 1.5) * interval '1 day',
    now() + (g - :count / 2 + sign(g - :count / 2 - 0.5) * 1.5) * interval '1 day'
        + interval '45 minutes',
    'UTC', '', '', '', 'scheduled', 'api', '', 0, now(), now()
FROM generate_series(1, :count) AS g
"""

STEPS_FOR = (
    """
INSERT INTO follow_up_steps (interview_id, uid, kind, due_at, status, status_reason,
    status_changed_at, snoozed, revision, created_at, updated_at, reminder_anchor_at, user_id)
SELECT i.id, md5(random()::text) || '-' || i.id || k.kind || '@bulk', k.kind,
    i.end_at + k.after, CASE WHEN i.end_at < now() THEN 'done' ELSE 'pending' END, '',
    now(), false, 0, now(), now(), """
    + ANCHOR
    + """
FROM interviews i CROSS JOIN (VALUES ('ask_next_steps', interval '-45 minutes'),
    ('thank_you', interval '0'), ('follow_up', interval '7 days')) AS k(kind, after)
WHERE i.uid LIKE :pattern
"""
)

# 10,000 interviews of 10,000 different users that ended in the last half hour: one
# thank-you reminder each is due.
DUE_INTERVIEWS = """
INSERT INTO interviews (user_id, uid, company, role, start_at, end_at, timezone, location,
    meeting_url, notes, status, source, timeline_text, revision, created_at, updated_at)
SELECT u.id, md5(random()::text) || '-' || g || '@due', 'Due Co ' || g, 'Engineer',
    now() - interval '75 minutes' - g * interval '100 milliseconds',
    now() - interval '30 minutes' - g * interval '100 milliseconds',
    'Europe/Berlin', '', '', '', 'scheduled', 'api', '', 0, now() - interval '1 day',
    now() - interval '1 day'
FROM generate_series(1, :count) AS g
JOIN users u ON u.email = 'bulk' || g || '@example.com'
"""
DUE_STEPS = (
    """
INSERT INTO follow_up_steps (interview_id, uid, kind, due_at, status, status_reason,
    status_changed_at, snoozed, revision, created_at, updated_at, reminder_anchor_at, user_id)
SELECT i.id, md5(random()::text) || '-' || i.id || k.kind || '@due', k.kind,
    i.end_at + k.after, 'pending', '', now() - interval '1 day', false, 0,
    now() - interval '1 day', now() - interval '1 day', """
    + ANCHOR
    + """
FROM interviews i CROSS JOIN (VALUES ('thank_you', interval '0'),
    ('follow_up', interval '7 days')) AS k(kind, after)
WHERE i.uid LIKE '%@due'
"""
)


def best(action: Callable[[], Any], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def execute(url: str, *statements: tuple[str, dict[str, Any]]) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        for statement, values in statements:
            connection.execute(sa.text(statement), values)
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(sa.text("ANALYZE"))
    engine.dispose()


def quiet_pass(app: Flask) -> None:
    result = dispatch_once(app)
    assert not result.queued, f"something was due: {result}"
    assert not result.sending.sent, f"something was sent: {result}"


def page_times(app: Flask, users: dict[str, tuple[str, str]], repeat: int) -> dict[str, float]:
    """Best time of each listing for each user: {'light /': seconds, ...}."""
    times = {}
    for label, (email, token) in users.items():
        client = app.test_client()
        sign_in(client, email)
        for path in ("/api/v1/interviews", "/interviews", "/"):
            headers = {"Authorization": f"Bearer {token}"} if path.startswith("/api") else {}

            def fetch(
                path: str = path, headers: dict[str, str] = headers, client: Any = client
            ) -> None:
                assert client.get(path, headers=headers).status_code == 200

            times[f"{label} {path}"] = best(fetch, repeat)
    return times


def print_pages(times: dict[str, float], where: str) -> None:
    """Heavy against light (the target), and against a user with one full page (50)."""
    for path in ("/api/v1/interviews", "/interviews", "/"):
        heavy, light, page = (times[f"{who} {path}"] for who in ("heavy", "light", "page"))
        print(
            f"  {path:20} 1,000 interviews {heavy * 1000:6.1f} ms vs 10 interviews "
            f"{light * 1000:6.1f} ms ({where}): ratio {heavy / light:.2f} (target ~1.0); "
            f"vs 50 (one full page) {page * 1000:6.1f} ms: ratio {heavy / page:.2f}"
        )


def drain(url: str, port: int, instance: str) -> None:
    """One dispatcher process: wait for 'go', then run passes until nothing is left."""
    app = create_app(
        {
            "database_url": url,
            "secret_key": KEY,
            "instance_path": instance,
            "mail_server": "127.0.0.1",
            "mail_port": port,
            "log_level": "WARNING",
        }
    )
    with app.app_context():
        db.session.execute(sa.text("SELECT 1"))
        db.session.remove()
    print("ready", flush=True)
    sys.stdin.readline()
    queued = sent = idle = 0
    while idle < 2:
        result = dispatch_once(app)
        queued += result.queued
        sent += result.sending.sent
        idle = 0 if result.queued or result.sending.sent else idle + 1
    print(json.dumps({"queued": queued, "sent": sent}), flush=True)


def mail_rate(app: Flask, url: str, folder: Path, port: int, sink: Any, count: int) -> None:
    execute(url, (DUE_INTERVIEWS, {"count": count}), (DUE_STEPS, {}))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--drain", url, str(port), str(folder / f"w{n}")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(2)
    ]
    for worker in workers:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    outputs = [
        json.loads(worker.communicate(timeout=3600)[0].strip().splitlines()[-1])
        for worker in workers
    ]
    dispatched = time.perf_counter() - started
    ids = sink.message_ids()
    with app.app_context():
        rows = list(db.session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id)))
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
        statuses = {row.status for row in rows}
        db.session.remove()
    exactly_once = len(ids) == len(set(ids)) == len(rows) == count
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as smtp:
        for mail_from, to, raw in prepared:
            smtp.sendmail(mail_from, [to], raw)
    baseline = time.perf_counter() - started
    split = " + ".join(str(o["sent"]) for o in outputs)
    print(
        f"  {count:,} due reminders, two dispatchers: {count / dispatched:6.0f} mails/s "
        f"(found, worded, queued and sent; {split}) vs plain smtplib, prepared, one "
        f"connection {count / baseline:6.0f} mails/s: ratio {baseline / dispatched:.2f} "
        f"(target >= 0.50)"
    )
    print(
        f"  exactly once: {'yes' if exactly_once and statuses == {OutboxStatus.SENT} else 'NO'}"
        f" ({len(ids)} received, {len(set(ids))} distinct Message-IDs, {len(rows)} rows)"
    )
    if not exactly_once:
        raise SystemExit(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-scale", action="store_true", help="skip (for run_all.py)")
    parser.add_argument("--drain", nargs=3, metavar=("URL", "PORT", "INSTANCE"))
    args = parser.parse_args()
    if args.drain:
        drain(args.drain[0], int(args.drain[1]), args.drain[2])
        return 0
    pg_url = os.environ.get("AFTERVIEW_BENCH_DATABASE_URL") or os.environ.get(
        "AFTERVIEW_TEST_DATABASE_URL"
    )
    if args.no_scale:
        print("  skipped (--no-scale)")
        return 0
    if not pg_url:
        print("  skipped: set AFTERVIEW_BENCH_DATABASE_URL to a PostgreSQL server")
        return 0
    # `make bench` runs the tenth-size version (seconds to seed); the full size, whose
    # seed takes minutes, only when asked (`make bench-scale`).
    full = bool(os.environ.get("AFTERVIEW_BENCH_SCALE")) and not args.quick
    users, interview_count, mails = (
        (100_000, 1_000_000, 10_000) if full else (10_000, 100_000, 1_000)
    )
    schema = f"afterview_scale_{secrets.token_hex(3)}"
    admin = sa.create_engine(pg_url)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in pg_url else "?"
    url = f"{pg_url}{separator}options=-csearch_path%3D{schema}"
    try:
        with tempfile.TemporaryDirectory() as name, running_sink() as (sink, port):
            folder = Path(name)
            app = create_app(
                {
                    "database_url": url,
                    "secret_key": KEY,
                    "instance_path": str(folder),
                    "mail_server": "127.0.0.1",
                    "mail_port": port,
                    "log_level": "WARNING",
                    "WTF_CSRF_ENABLED": True,
                }
            )
            with app.app_context():
                upgrade()
            accounts = {}
            for label, count in (("light", 10), ("page", 50), ("heavy", 1000)):
                user_id = make_user(app, f"{label}@example.com")
                accounts[label] = (f"{label}@example.com", make_token(app, user_id))
                execute(
                    url,
                    (
                        OWN_INTERVIEWS.replace("@own", f"@{label}"),
                        {"user_id": user_id, "count": count},
                    ),
                    (STEPS_FOR, {"pattern": f"%@{label}"}),
                )
            print(
                f"scale benchmark on PostgreSQL ({users:,} users, {interview_count:,} interviews)",
                flush=True,
            )
            alone = best(lambda: quiet_pass(app), 7)
            pages_alone = page_times(app, accounts, 7)
            started = time.perf_counter()
            execute(
                url,
                (BULK_USERS, {"users": users}),
                (BULK_INTERVIEWS, {"users": users, "interviews": interview_count}),
                (STEPS_FOR, {"pattern": "%@bulk"}),
            )
            seeded = time.perf_counter() - started
            with app.app_context():
                steps = db.session.scalar(sa.text("SELECT count(*) FROM follow_up_steps"))
                db.session.remove()
            crowded = best(lambda: quiet_pass(app), 7)
            pages_crowded = page_times(app, accounts, 7)
            print(f"  seeded {steps:,} steps in {seeded:.0f} s", flush=True)
            print(
                f"  dispatcher pass, nothing due: {crowded * 1000:.1f} ms among everyone vs "
                f"{alone * 1000:.1f} ms with one user: ratio {crowded / alone:.2f} (target ~1.0)"
            )
            print_pages(pages_alone, "alone")
            print_pages(pages_crowded, "among everyone")
            mail_rate(app, url, folder, port, sink, mails)
            with app.app_context():
                db.engine.dispose()
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
