"""Feed benchmark: ratios against baselines measured in the same run, never absolute times.

1. warm GET of a 100-interview feed vs a route returning the same bytes from memory
   (same app, same gunicorn), target >= 0.8;
2. the 304 path vs a trivial route, target >= 0.9;
3. a cold render vs icalendar's own serialisation of the same events, target <= 1.5;
4. with PostgreSQL (AFTERVIEW_TEST_DATABASE_URL or AFTERVIEW_BENCH_DATABASE_URL): one
   user's cold render among 100,000 users and 1,000,000 interviews vs the same user alone,
   target ~1.0 (the cost does not grow with other users' data).

Run: .venv/bin/python tests/bench/bench_feed.py [--quick] [--no-scale]
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import sqlalchemy as sa
from flask import Flask
from flask_migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service import accounts, create_app, interviews  # noqa: E402
from service.interviews import feed as feed_module  # noqa: E402
from service.interviews.feed import FeedOptions  # noqa: E402
from service.parsing.model import Person  # noqa: E402
from service.platform.db import db  # noqa: E402

KEY = "bench-secret-key-" + "x" * 32
OPTIONS = FeedOptions(base_url="http://127.0.0.1", history_days=180, refresh=timedelta(hours=1))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_bench_app(database_url: str, instance: Path) -> Flask:
    return create_app(
        {"database_url": database_url, "secret_key": KEY, "instance_path": str(instance)}
    )


def seed_user(app: Flask, email: str, count: int) -> str:
    """Create a user with `count` interviews around today; return the feed secret."""
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    with app.app_context():
        user = accounts.create_user(
            db.session(),
            email=email,
            password="bench-password",
            now=now,
            server_key=KEY,
            timezone="Europe/Berlin",
        )
        db.session.flush()
        for i in range(count):
            start = now + timedelta(days=i - count // 2, hours=(i % 6))
            interviews.create_interview(
                db.session(),
                user,
                interviews.InterviewInput(
                    company=f"Company {i}",
                    role="Senior Engineer",
                    start=start,
                    end=start + timedelta(minutes=45),
                    timezone="America/New_York",
                    interviewers=(Person(name="Dana Reyes", email="dana@x.example"),),
                ),
                now,
            )
        db.session.commit()
        return accounts.user_feed_secret(user, KEY)


def owner_of(app: Flask, secret: str) -> feed_module.FeedOwner:
    with app.app_context():
        from service.accounts import tokens

        owner = feed_module.load_owner(db.session(), tokens.hash_secret(secret))
        assert owner is not None
        return owner


def render_cold(app: Flask, owner: feed_module.FeedOwner) -> bytes:
    with app.app_context():
        feed_module._cache = feed_module._FeedCache()
        body = feed_module.user_feed(db.session, owner, datetime.now(UTC), OPTIONS).body
        db.session.remove()
        return body


def best_time(action: Callable[[], Any], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


@contextmanager
def gunicorn(database_url: str, instance: Path, body_file: Path) -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        "AFTERVIEW_DATABASE_URL": database_url,
        "AFTERVIEW_SECRET_KEY": KEY,
        "AFTERVIEW_INSTANCE_PATH": str(instance),
        "AFTERVIEW_BENCH_BODY": str(body_file),
        "AFTERVIEW_BASE_URL": OPTIONS.base_url,
        "AFTERVIEW_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "--workers",
            "2",
            "--worker-class",
            "gthread",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "tests.bench.bench_app:create_bench_app()",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)


def requests_per_second(url: str, seconds: int, headers: dict[str, str]) -> float:
    """Load one URL over keep-alive connections; wrk when installed, else Python threads."""
    wrk = shutil.which("wrk")
    if wrk:
        command = [wrk, "-t2", "-c16", f"-d{seconds}s", url]
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        match = re.search(r"Requests/sec:\s+([\d.]+)", out)
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        if errors:
            raise RuntimeError(f"{url}: {errors.group(1)} error responses")
        assert match, out
        return float(match.group(1))
    return _python_load(url, seconds, headers)


def _python_load(url: str, seconds: int, headers: dict[str, str]) -> float:
    import http.client
    import threading
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    counts = [0] * 8
    stop = time.monotonic() + seconds

    def worker(index: int) -> None:
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
        while time.monotonic() < stop:
            connection.request("GET", parts.path, headers=headers)
            response = connection.getresponse()
            response.read()
            counts[index] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(counts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / seconds


def http_ratios(
    database_url: str, instance: Path, secret: str, body: bytes, seconds: int, rounds: int
) -> None:
    body_file = instance / "feed.ics"
    body_file.write_bytes(body)
    with gunicorn(database_url, instance, body_file) as base:
        feed_url = f"{base}/feeds/{secret}.ics"
        with urllib.request.urlopen(feed_url) as response:
            served = response.read()
            etag = response.headers["ETag"]
        assert served == body, "the served feed differs from the in-process render"
        for _ in range(4):  # warm every worker's cache
            requests_per_second(feed_url, 1, {})
        results: dict[str, list[float]] = {"feed": [], "memory": [], "304": [], "trivial": []}
        for _ in range(rounds):  # interleave so drift hits both sides alike
            results["feed"].append(requests_per_second(feed_url, seconds, {}))
            results["memory"].append(requests_per_second(f"{base}/bench/memory", seconds, {}))
            results["304"].append(requests_per_second(feed_url, seconds, {"If-None-Match": etag}))
            results["trivial"].append(requests_per_second(f"{base}/bench/trivial", seconds, {}))
    warm = [f / m for f, m in zip(results["feed"], results["memory"], strict=True)]
    not_modified = [n / t for n, t in zip(results["304"], results["trivial"], strict=True)]
    median = statistics.median
    print(
        f"  feed body: {len(body) / 1024:.0f} KiB for 100 interviews; {rounds} interleaved rounds"
    )
    print(
        f"  warm GET   {median(results['feed']):8.0f} req/s vs same bytes from memory "
        f"{median(results['memory']):8.0f} req/s: median ratio {median(warm):.2f} "
        f"(rounds {', '.join(f'{r:.2f}' for r in warm)}; target >= 0.80)"
    )
    print(
        f"  304 path   {median(results['304']):8.0f} req/s vs trivial route "
        f"{median(results['trivial']):8.0f} req/s: median ratio {median(not_modified):.2f} "
        f"(rounds {', '.join(f'{r:.2f}' for r in not_modified)}; target >= 0.90)"
    )


def cold_render_ratio(app: Flask, owner: feed_module.FeedOwner, repeat: int) -> bytes:
    body = render_cold(app, owner)
    calendar = icalendar.Calendar.from_ical(body)
    ratios = []
    ours_best = theirs_best = float("inf")
    for _ in range(5):  # interleaved rounds; each compares best-of-`repeat` timings
        ours = best_time(lambda: render_cold(app, owner), repeat)
        theirs = best_time(calendar.to_ical, repeat)
        ratios.append(ours / theirs)
        ours_best, theirs_best = min(ours_best, ours), min(theirs_best, theirs)
    print(
        f"  cold render {ours_best * 1000:7.1f} ms vs icalendar to_ical of the same events "
        f"{theirs_best * 1000:7.1f} ms: median ratio {statistics.median(ratios):.2f} "
        f"(rounds {', '.join(f'{r:.2f}' for r in ratios)}; target <= 1.50)"
    )
    return body


BULK_USERS = """
INSERT INTO users (email, password_hash, display_name, timezone, working_hours,
    follow_up_days, feed_nonce, feed_token_hash, inbound_nonce, inbound_token_hash,
    feed_interviews, zone_confirmed, feed_alarms, reminder_emails, daily_digest, is_admin,
    is_active, created_at, feed_changed_at)
SELECT 'bulk' || g || '@example.com', 'x', '', 'UTC', '09:00-18:00 mon-fri', 7,
    'n' || g, md5('feed' || g) || md5('f' || g), 'i' || g, md5('in' || g) || md5('i' || g),
    'all', true, false, true, false, false, true, now(), now()
FROM generate_series(1, :users) AS g
"""

BULK_INTERVIEWS = """
INSERT INTO interviews (user_id, uid, company, role, start_at, end_at, timezone, location,
    meeting_url, notes, status, source, timeline_text, revision, created_at, updated_at)
SELECT u.id, md5(random()::text) || '-' || g || '@bulk', 'Bulk Co', 'Engineer',
    now() + (g % 400 - 200) * interval '1 day', now() + (g % 400 - 200) * interval '1 day'
    + interval '45 minutes', 'UTC', '', '', '', 'scheduled', 'api', '', 0, now(), now()
FROM generate_series(1, :interviews) AS g
JOIN users u ON u.email = 'bulk' || (1 + g % :users) || '@example.com'
"""

BULK_STEPS = """
INSERT INTO follow_up_steps (interview_id, uid, kind, due_at, status, status_reason,
    status_changed_at, snoozed, revision, created_at, updated_at, reminder_anchor_at, user_id)
SELECT i.id, md5(random()::text) || '-' || i.id || k.kind || '@bulk', k.kind, i.end_at,
    'pending', '', now(), false, 0, now(), now(),
    CASE k.kind WHEN 'ask_next_steps' THEN i.start_at ELSE i.end_at END, i.user_id
FROM interviews i CROSS JOIN (VALUES ('ask_next_steps'), ('thank_you'), ('follow_up')) AS k(kind)
WHERE i.uid LIKE '%@bulk'
"""


def scale_ratio(pg_url: str, repeat: int, users: int, interview_count: int) -> None:
    schema = f"afterview_bench_{secrets.token_hex(3)}"
    admin = sa.create_engine(pg_url)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in pg_url else "?"
    url = f"{pg_url}{separator}options=-csearch_path%3D{schema}"
    try:
        with tempfile.TemporaryDirectory() as folder:
            app = make_bench_app(url, Path(folder))
            with app.app_context():
                upgrade()
            secret = seed_user(app, "measured@example.com", 100)
            owner = owner_of(app, secret)
            alone = best_time(lambda: render_cold(app, owner), repeat)
            started = time.perf_counter()
            engine = sa.create_engine(url)
            with engine.begin() as connection:
                connection.execute(sa.text(BULK_USERS), {"users": users})
                connection.execute(
                    sa.text(BULK_INTERVIEWS), {"users": users, "interviews": interview_count}
                )
                connection.execute(sa.text(BULK_STEPS))
            with engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                    sa.text("ANALYZE")
                )
                counted = connection.execute(sa.text("SELECT count(*) FROM interviews")).scalar()
            engine.dispose()
            seeded = time.perf_counter() - started
            crowded = best_time(lambda: render_cold(app, owner), repeat)
            with app.app_context():
                db.engine.dispose()
        print(
            f"  one user's cold render among {users:,} users / {counted:,} interviews "
            f"(seeded in {seeded:.0f} s): {crowded * 1000:.1f} ms vs alone "
            f"{alone * 1000:.1f} ms: ratio {crowded / alone:.2f} (target ~1.0)"
        )
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short runs, small scale test")
    parser.add_argument("--no-scale", action="store_true", help="skip the PostgreSQL scale test")
    args = parser.parse_args()
    seconds = 2 if args.quick else 5
    print("feed benchmark (ratios within this run)")
    with tempfile.TemporaryDirectory() as folder:
        instance = Path(folder)
        database_url = f"sqlite:///{instance / 'bench.db'}"
        app = make_bench_app(database_url, instance)
        with app.app_context():
            upgrade()
        secret = seed_user(app, "bench@example.com", 100)
        owner = owner_of(app, secret)
        body = cold_render_ratio(app, owner, repeat=3 if args.quick else 5)
        with app.app_context():
            db.engine.dispose()
        http_ratios(database_url, instance, secret, body, seconds, 3 if args.quick else 5)
    pg_url = os.environ.get("AFTERVIEW_BENCH_DATABASE_URL") or os.environ.get(
        "AFTERVIEW_TEST_DATABASE_URL"
    )
    if args.no_scale:
        return
    if not pg_url:
        print("  scale test skipped: set AFTERVIEW_TEST_DATABASE_URL to a PostgreSQL server")
        return
    if args.quick:
        scale_ratio(pg_url, repeat=5, users=10_000, interview_count=100_000)
    else:
        scale_ratio(pg_url, repeat=10, users=100_000, interview_count=1_000_000)


if __name__ == "__main__":
    main()
