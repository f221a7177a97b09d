"""The shipped Caddy in front of the shipped gunicorn, as a slow client and a log reader meet them.

Real processes on loopback: gunicorn with deploy/gunicorn.conf.py serving the app, and
Caddy with deploy/Caddyfile proxying to it. Skipped (failed in CI) without caddy.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from tests.deploy.tcp_proxy import free_port
from tests.deploy.test_deploy_files import BIN, DEPLOY, ROOT, tool

SLOW_CLIENTS = 10  # more than the shipped gunicorn's 2 workers x 4 threads


@dataclass
class Stack:
    base: str
    port: int
    caddy_log: Path


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail(f"{url} did not come up: " + log.read_text()[-2000:])
            time.sleep(0.2)


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    caddy = tool("caddy")
    upstream_port, port = free_port(), free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AFTERVIEW_", "GUNICORN_"))}
    gunicorn_env = {
        **clean,
        "AFTERVIEW_INSTANCE_PATH": str(tmp_path / "instance"),
        "AFTERVIEW_SECRET_KEY": "slow-client-test-key",
        "GUNICORN_BIND": f"127.0.0.1:{upstream_port}",
    }
    caddy_env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "AFTERVIEW_SITE": f"http://127.0.0.1:{port}",
        "AFTERVIEW_UPSTREAM": f"127.0.0.1:{upstream_port}",
        "CADDY_ADMIN": f"127.0.0.1:{free_port()}",
    }
    gunicorn_log, caddy_log = tmp_path / "gunicorn.log", tmp_path / "caddy.log"
    with gunicorn_log.open("wb") as glog, caddy_log.open("wb") as clog:
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", str(DEPLOY / "gunicorn.conf.py")],
            env=gunicorn_env,
            cwd=str(ROOT),
            stdout=glog,
            stderr=subprocess.STDOUT,
        )
        proxy = subprocess.Popen(
            [caddy, "run", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
            env=caddy_env,
            stdout=clog,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for(f"http://127.0.0.1:{upstream_port}/healthz", server, gunicorn_log)
        _wait_for(f"http://127.0.0.1:{port}/healthz", proxy, caddy_log)
        yield Stack(base=f"http://127.0.0.1:{port}", port=port, caddy_log=caddy_log)
    finally:
        for process in (proxy, server):
            process.terminate()
        for process in (proxy, server):
            process.wait(30)


def _trickle(port: int, stop: threading.Event, path: str = "/login") -> None:
    """Send a form body at one byte a second until told to stop."""
    body_length = 120
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(
            (
                f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {body_length}\r\n\r\n"
            ).encode()
        )
        for _ in range(body_length - 1):
            if stop.wait(1.0):
                return
            try:
                connection.sendall(b"a")
            except OSError:
                return  # the proxy gave up on us: also fine


def test_slow_bodies_do_not_starve_the_app_behind_caddy(stack: Stack) -> None:
    stop = threading.Event()
    clients = [
        threading.Thread(target=_trickle, args=(stack.port, stop), daemon=True)
        for _ in range(SLOW_CLIENTS)
    ]
    for client in clients:
        client.start()
    try:
        time.sleep(3)  # every slow client has sent its headers and a few bytes
        timings = []
        for _ in range(3):
            started = time.monotonic()
            with urllib.request.urlopen(f"{stack.base}/healthz", timeout=10) as response:
                assert response.status == 200
            timings.append(time.monotonic() - started)
            time.sleep(0.5)
        assert max(timings) < 5, (
            f"/healthz took {max(timings):.1f} s behind {SLOW_CLIENTS} slow bodies"
        )
    finally:
        stop.set()
        for client in clients:
            client.join(10)


def test_caddy_logs_no_part_of_a_one_click_token(stack: Stack) -> None:
    # One-click tokens are itsdangerous tokens: payload.timestamp.signature.
    parts = ("eyJzdGVwIjo0MiwiYSI6ImRvbmUifQ", "Z3xK9w", "q1W2e3R4t5Y6u7I8o9P0aSdFgHjK")
    token = ".".join(parts)
    for method in ("GET", "POST"):
        request = urllib.request.Request(f"{stack.base}/act/{token}", method=method)
        with contextlib.suppress(urllib.error.HTTPError):  # a forged token is refused
            urllib.request.urlopen(request, timeout=10).close()
    time.sleep(0.5)
    uris = []
    for line in stack.caddy_log.read_text().splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            uri = entry.get("request", {}).get("uri", "")
            if uri.startswith("/act/"):
                uris.append(uri)
    assert len(uris) == 2, "the access log did not record the requests"
    assert set(uris) == {"/act/[redacted]"}
    text = stack.caddy_log.read_text()
    for part in parts:
        assert part not in text, f"{part!r} is recoverable from the access log"


def _seed_large_account(instance: Path, email: str, password: str) -> None:
    """An account whose export runs to about 20 MB (2,000 interviews with long notes)."""
    from flask_migrate import upgrade

    from service import accounts, create_app
    from service.interviews.models import Interview
    from service.platform.db import db, utcnow

    app = create_app({"instance_path": str(instance), "secret_key": "slow-client-test-key"})
    with app.app_context():
        upgrade()
        now = utcnow()
        user = accounts.create_user(
            db.session, email=email, password=password, now=now, server_key=app.config["SECRET_KEY"]
        )
        db.session.flush()
        for number in range(2000):
            start = now + timedelta(days=1, minutes=number)
            db.session.add(
                Interview(
                    user_id=user.id,
                    company=f"Company {number}",
                    role="Engineer",
                    start_at=start,
                    end_at=start + timedelta(hours=1),
                    timezone="Europe/Berlin",
                    notes="n" * 10_000,
                    created_at=now,
                    updated_at=now,
                )
            )
        db.session.commit()
        db.engine.dispose()


def _signed_in_cookie(base: str, email: str, password: str) -> str:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/login", timeout=10).read().decode()
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert found, page[:500]
    form = {"csrf_token": found.group(1), "email": email, "password": password}
    opener.open(f"{base}/login", data=urllib.parse.urlencode(form).encode(), timeout=30).read()
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    assert cookie
    return cookie


def test_slow_readers_of_a_large_download_do_not_starve_the_app_behind_caddy(
    stack: Stack, tmp_path: Path
) -> None:
    """Ten clients ask for their account's export (about 20 MB) and never read it.

    Without Caddy taking the whole answer from gunicorn, each held a gunicorn thread
    writing into a full socket, for as long as the client kept the connection open:
    ten of them and /healthz stopped answering for everyone.
    """
    email, password = "big@example.com", "a long password for the export"
    _seed_large_account(tmp_path / "instance", email, password)
    cookie = _signed_in_cookie(stack.base, email, password)
    readers = []
    try:
        for _ in range(SLOW_CLIENTS):
            reader = socket.socket()
            reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            reader.connect(("127.0.0.1", stack.port))
            reader.sendall(
                (
                    f"GET /account/export?format=json HTTP/1.1\r\nHost: 127.0.0.1:{stack.port}\r\n"
                    f"Cookie: {cookie}\r\n\r\n"
                ).encode()
            )
            readers.append(reader)
        time.sleep(4)  # every export is written (or stuck writing) by now
        for _ in range(3):
            with urllib.request.urlopen(f"{stack.base}/healthz", timeout=15) as response:
                assert response.status == 200
    finally:
        for reader in readers:
            reader.close()
