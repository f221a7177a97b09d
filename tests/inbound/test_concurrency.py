"""Real servers, real sockets: concurrent duplicates, and a server killed mid-burst."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from werkzeug.serving import make_server

from service.inbound.models import InboundMessage
from service.interviews.models import Interview
from service.platform.db import db
from tests.conftest import TEST_SECRET
from tests.helpers import make_user
from tests.inbound import kit
from tests.mailserver import free_port

ROOT = Path(__file__).resolve().parents[2]


def _post(url: str, to: str, raw: bytes, timestamp: int) -> int:
    request = urllib.request.Request(
        f"{url}?{urllib.parse.urlencode({'to': to})}",
        data=raw,
        headers=kit.raw_headers(raw, to, timestamp=timestamp),
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_twenty_concurrent_posts_of_one_message_make_one_message_and_one_interview(
    app: Flask,
) -> None:
    to = kit.inbound_address(app, make_user(app))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/hooks/email/raw"
    raw = kit.fixture("invite.eml")
    start = threading.Barrier(20)
    now = int(time.time())

    def post(i: int) -> int:
        start.wait()
        return _post(url, to, raw, now - i)  # each a valid, distinct signature

    try:
        with ThreadPoolExecutor(max_workers=20) as pool:
            codes = list(pool.map(post, range(20)))
    finally:
        server.shutdown()
        thread.join()
    assert codes == [200] * 20
    kit.read_all(app)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(InboundMessage)) == 1
        states = [(m.status, m.reason) for m in db.session.scalars(sa.select(InboundMessage))]
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Interview)) == 1, states


def _message(number: int) -> bytes:
    return (
        f"From: Ana Silva <ana@example.com>\r\n"
        f"To: interviews@in.afterview.test\r\n"
        f"Subject: note {number}\r\n"
        f"Message-ID: <burst-{number}@example.com>\r\n"
        f"Date: Tue, 07 Apr 2026 10:00:00 +0000\r\n\r\n"
        f"Just a note, number {number}.\r\n"
    ).encode()


@pytest.mark.slow
def test_every_acknowledged_message_survives_kill_9(
    app: Flask, database_url: str, tmp_path: Path
) -> None:
    to = kit.inbound_address(app, make_user(app))
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")},
        "AFTERVIEW_DATABASE_URL": database_url,
        "AFTERVIEW_SECRET_KEY": TEST_SECRET,
        "AFTERVIEW_INSTANCE_PATH": str(tmp_path / "server"),
        "AFTERVIEW_HOOK_SECRET": kit.HOOK_SECRET,
        "AFTERVIEW_BASE_URL": "http://afterview.test",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            "2",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "service:create_app()",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_until_up(port)
        url = f"http://127.0.0.1:{port}/hooks/email/raw"
        acknowledged: list[int] = []
        lock = threading.Lock()

        def post(number: int) -> None:
            try:
                code = _post(url, to, _message(number), int(time.time()))
            except OSError:
                return  # the server died under this request: not acknowledged
            if 200 <= code < 300:
                with lock:
                    acknowledged.append(number)

        with ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(post, n) for n in range(400)]
            while len(acknowledged) < 60:
                time.sleep(0.01)
            os.killpg(server.pid, signal.SIGKILL)  # master and workers, mid-burst
            for future in futures:
                future.result()
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
        server.wait()
        assert server.stderr is not None
        server.stderr.close()
    assert 60 <= len(acknowledged) < 400, "the kill should land in the middle of the burst"
    with app.app_context():
        stored = set(db.session.scalars(sa.select(InboundMessage.message_id_header)))
    missing = [n for n in acknowledged if f"<burst-{n}@example.com>" not in stored]
    assert missing == []


def _wait_until_up(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the server did not come up")
