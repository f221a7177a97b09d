"""Ingest benchmark: the raw hook's acknowledgement rate against a body-only route, and the
delay from acknowledgement to the interview being in the feed.

Both routes live in the same app and the same gunicorn (gthread), in the same run, and
get the same signed requests from the same client threads, while an `afterview
scheduler` process reads what the hook stored; the ratio is what storing and
committing a message costs on top of receiving it. Every ingest request carries a
distinct invitation (its own Message-ID). Then invitations for new interviews are
posted one at a time and the feed is fetched over HTTP until each shows up: the
median and 95th percentile of acknowledgement -> feed.

Run: .venv/bin/python tests/bench/bench_ingest.py [--seconds 5] [--clients 8]
     [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/DBNAME] [--invitations 20]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FIXTURE = ROOT / "tests" / "inbound" / "fixtures" / "invite.eml"
SECRET = "bench-hook-secret"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _prepare(folder: Path, database_url: str) -> tuple[dict[str, str], str, str]:
    """Migrate the database, create one user; return the server env, address and feed path."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")},
        "AFTERVIEW_DATABASE_URL": database_url or f"sqlite:///{folder / 'bench.db'}",
        "AFTERVIEW_SECRET_KEY": "bench-secret-key",
        "AFTERVIEW_INSTANCE_PATH": str(folder),
        "AFTERVIEW_HOOK_SECRET": SECRET,
        "AFTERVIEW_LOG_LEVEL": "WARNING",
    }
    afterview = str(Path(sys.executable).parent / "afterview")
    subprocess.run([afterview, "db", "upgrade"], env=env, check=True, capture_output=True)
    subprocess.run(
        [afterview, "user", "create", "bench@example.com", "--password-stdin"],
        env=env,
        input=b"bench-password-1\n",
        check=True,
        capture_output=True,
    )
    address = subprocess.run(
        [afterview, "inbound-address", "--user", "bench@example.com"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    feed = subprocess.run(
        [afterview, "feed", "url", "--user", "bench@example.com"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return env, address, "/" + feed.splitlines()[0].split("/", 3)[3]


def _message(number: int) -> bytes:
    raw = FIXTURE.read_bytes()
    return raw.replace(b"<invite-001@", f"<bench-{number}-{time.time_ns()}@".encode())


def _new_interview(number: int) -> bytes:
    """An invitation for an interview of its own: its own calendar UID and day, next year."""
    day = f"2027{5 + number // 28:02d}{1 + number % 28:02d}".encode()
    raw = _message(number).replace(b"20260414T", day + b"T").replace(b"2026", b"2027")
    return raw.replace(b"fw-interview-4471@", f"bench-{number}-{time.time_ns()}@".encode())


def _events(url: str) -> int:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().count(b"BEGIN:VEVENT")


def _delays(hook: str, feed: str, count: int) -> list[float]:
    """Post invitations one at a time; seconds from each 200 until the feed shows it."""
    delays = []
    for number in range(count):
        before = _events(feed)
        body = _new_interview(number)
        headers = _signed(hook, body)
        request = urllib.request.Request(hook, data=body, headers=headers, method="POST")
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
        acknowledged = time.monotonic()
        deadline = acknowledged + 120
        while _events(feed) <= before:
            if time.monotonic() > deadline:
                raise SystemExit(f"invitation {number} never reached the feed")
            time.sleep(0.05)
        delays.append(time.monotonic() - acknowledged)
    return delays


def _drain(database_url: str) -> tuple[int, float]:
    """Wait until the background reader has read every stored message; (count, seconds).

    The reader runs at a lower CPU priority than the web workers, so during the burst
    it falls behind; the feed delay is measured once it has caught up.
    """
    import sqlalchemy as sa

    engine = sa.create_engine(database_url)
    waiting = sa.text("SELECT count(*) FROM inbound_messages WHERE status = 'received'")
    started = time.monotonic()
    try:
        with engine.connect() as connection:
            backlog = int(connection.execute(waiting).scalar_one())
        while True:
            with engine.connect() as connection:
                left = int(connection.execute(waiting).scalar_one())
            if not left:
                return backlog, time.monotonic() - started
            if time.monotonic() - started > 600:
                raise SystemExit(f"{left} messages still unread after 10 minutes")
            time.sleep(0.5)
    finally:
        engine.dispose()


def _signed(url: str, body: bytes) -> dict[str, str]:
    """Sign "<timestamp>.<recipient>.<body>" with the recipient from the URL's ?to=."""
    stamp = str(int(time.time()))
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    to = query.get("to", [""])[0]
    message = stamp.encode() + b"." + to.encode() + b"." + body
    mac = hmac.new(SECRET.encode(), message, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "message/rfc822",
        "X-Afterview-Timestamp": stamp,
        "X-Afterview-Signature": f"v2={mac}",
    }


def _rate(url: str, seconds: float, clients: int, counter: list[int]) -> float:
    """Post distinct signed messages from `clients` threads for `seconds`; return requests/s."""
    done = [0]
    failures = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def run() -> None:
        while time.monotonic() < stop:
            with lock:
                counter[0] += 1
                number = counter[0]
            body = _message(number)
            headers = _signed(url, body)
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            with urllib.request.urlopen(request, timeout=30) as response:
                response.read()
                ok = response.status == 200
            with lock:
                done[0] += 1 if ok else 0
                failures[0] += 0 if ok else 1

    threads = [threading.Thread(target=run) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures[0]:
        raise SystemExit(f"{failures[0]} requests failed")
    return done[0] / (time.monotonic() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--quick", action="store_true", help="2-second rounds")
    parser.add_argument("--database-url", default="", help="an empty database (default SQLite)")
    parser.add_argument("--invitations", type=int, default=20)
    args = parser.parse_args()
    seconds = 2.0 if args.quick else args.seconds
    folder = Path(tempfile.mkdtemp(prefix="afterview-bench-ingest-"))
    port = _free_port()
    try:
        env, address, feed_path = _prepare(folder, args.database_url)
        afterview = str(Path(sys.executable).parent / "afterview")
        scheduler = subprocess.Popen(
            [afterview, "scheduler"], cwd=ROOT, env=env, start_new_session=True
        )
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--worker-class",
                "gthread",
                "--workers",
                "2",
                "--threads",
                "4",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "tests.bench.bench_ingest_app:create_bench_app()",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        try:
            _wait(port)
            base = f"http://127.0.0.1:{port}"
            counter = [0]
            hook = f"{base}/hooks/email/raw?to={urllib.request.quote(address)}"
            bare = f"{base}/bench/read-body"
            _rate(hook, 1.0, args.clients, counter)  # warm both paths (and the interview)
            _rate(bare, 1.0, args.clients, counter)
            rounds = [
                (
                    _rate(bare, seconds, args.clients, counter),
                    _rate(hook, seconds, args.clients, counter),
                )
                for _ in range(2)
            ]
            drained = _drain(env["AFTERVIEW_DATABASE_URL"])
            delays = sorted(_delays(hook, f"{base}{feed_path}", args.invitations))
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
            os.killpg(scheduler.pid, signal.SIGTERM)
            scheduler.wait(timeout=30)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    bare_rate = sum(b for b, _ in rounds) / len(rounds)
    hook_rate = sum(h for _, h in rounds) / len(rounds)
    database = "PostgreSQL" if args.database_url.startswith("postgres") else "SQLite"
    print(f"database:                {database}")
    print(f"bare body-reading route: {bare_rate:8.1f} requests/s")
    print(f"raw ingest hook:         {hook_rate:8.1f} messages/s (stored and acknowledged)")
    print(f"ratio ingest / bare:     {hook_rate / bare_rate:8.2f}")
    backlog, seconds_behind = drained
    print(f"reader after the burst:  {backlog} unread, caught up in {seconds_behind:.1f} s")
    median = statistics.median(delays)
    p95 = delays[max(0, round(0.95 * len(delays)) - 1)]
    print(f"ack -> in the feed:      median {median:.2f} s, p95 {p95:.2f} s", end="")
    print(f" ({len(delays)} invitations)")
    return 0


def _wait(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not come up")


if __name__ == "__main__":
    sys.exit(main())
