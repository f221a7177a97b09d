"""Real gunicorn and `afterview scheduler` processes: hostile mail cannot stall anyone else,
and mail whose reader was killed is read soon after the restart."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from service.accounts.addresses import feed_url
from service.accounts.models import User
from service.inbound.models import InboundMessage, MessageStatus
from service.interviews.models import FollowUpStep, Interview
from service.outbox.models import OutboxMessage
from service.platform.config import settings_of
from service.platform.db import db, utcnow
from tests.conftest import TEST_SECRET
from tests.helpers import make_user
from tests.inbound import kit, standins
from tests.mailserver import free_port, running_sink

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


def _env(database_url: str, folder: Path, **extra: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")},
        "PYTHONPATH": str(ROOT),  # the reading child imports the stand-in from tests/
        "AFTERVIEW_DATABASE_URL": database_url,
        "AFTERVIEW_SECRET_KEY": TEST_SECRET,
        "AFTERVIEW_INSTANCE_PATH": str(folder),
        "AFTERVIEW_HOOK_SECRET": kit.HOOK_SECRET,
        "AFTERVIEW_INBOUND_DOMAIN": "in.afterview.test",
        "AFTERVIEW_BASE_URL": "http://afterview.test",
        "AFTERVIEW_LOG_LEVEL": "INFO",
        **extra,
    }


def _start(argv: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as handle:
        return subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        # Whatever the group still holds (a killed scheduler's reading child) goes too.
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@contextmanager
def _gunicorn(env: dict[str, str], log: Path) -> Iterator[tuple[int, int]]:
    port = free_port()
    argv = [str(BIN / "gunicorn"), "--worker-class", "gthread", "--workers", "2"]
    argv += ["--threads", "4", "--bind", f"127.0.0.1:{port}", "service:create_app()"]
    web = _start(argv, env, log)
    try:
        _wait_for(lambda: _get(f"http://127.0.0.1:{port}/healthz")[0] == 200, 30, "gunicorn")
        yield port, web.pid
    finally:
        _stop(web)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as error:
        return int(error.code), b""
    except OSError:
        return 0, b""


def _unfolded(port: int, path: str) -> bytes:
    """The feed's text with iCalendar line folding undone."""
    return _get(f"http://127.0.0.1:{port}{path}")[1].replace(b"\r\n ", b"")


def _post(port: int, raw: bytes, to: str) -> tuple[int, float]:
    url = f"http://127.0.0.1:{port}/hooks/email/raw?to={urllib.request.quote(to)}"
    request = urllib.request.Request(url, data=raw, headers=kit.raw_headers(raw, to), method="POST")
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(response.status), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return int(error.code), time.monotonic() - started


def _wait_for(probe: Callable[[], Any], seconds: float, what: str) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")


def _status(app: Flask, message_id: int) -> InboundMessage:
    with app.app_context():
        row = db.session.get(InboundMessage, message_id)
        assert row is not None
        db.session.expunge(row)
        return row


def _invite(number: int) -> bytes:
    """The fixture invitation a year later (so it is in the feed), with its own Message-ID."""
    raw = kit.fixture("invite.eml").replace(b"2026", b"2027")
    return raw.replace(b"<invite-001@", f"<other-{number}@".encode())


def _due_reminder(app: Flask, user_id: int) -> None:
    """An interview that ended two hours ago: its thank-you reminder is due now."""
    now = utcnow()
    with app.app_context():
        start = now - timedelta(hours=3)
        interview = Interview(
            user_id=user_id,
            company="Reminder Co",
            role="Engineer",
            start_at=start,
            end_at=start + timedelta(hours=1),
            timezone="Europe/Berlin",
            created_at=now - timedelta(days=1),
            updated_at=now - timedelta(days=1),
        )
        interview.steps = [
            FollowUpStep(
                kind="thank_you",
                due_at=now - timedelta(minutes=5),
                status_changed_at=now - timedelta(days=1),
                created_at=now - timedelta(days=1),
                updated_at=now - timedelta(days=1),
            )
        ]
        db.session.add(interview)
        db.session.commit()


def _feed_path(app: Flask, user_id: int) -> str:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        url = feed_url(user, settings_of(app), app.config["SECRET_KEY"])
    return url.removeprefix("http://afterview.test")


def test_hostile_mail_through_the_hook_stalls_nobody_else(
    app: Flask, database_url: str, tmp_path: Path
) -> None:
    ana = make_user(app, "ana@example.com")
    bo = make_user(app, "bo@example.com")
    cy = make_user(app, "cy@example.com")
    _due_reminder(app, cy)
    to_ana, to_bo = kit.inbound_address(app, ana), kit.inbound_address(app, bo)
    with running_sink() as (sink, smtp_port):
        env = _env(
            database_url,
            tmp_path / "server",
            AFTERVIEW_TEST_PARSER=standins.HOSTILE,
            AFTERVIEW_INBOUND_READ_SECONDS="25",
            AFTERVIEW_INBOUND_READ_MEMORY_MB="256",
            AFTERVIEW_INBOUND_POLL_SECONDS="0.5",
            AFTERVIEW_MAIL_SERVER="127.0.0.1",
            AFTERVIEW_MAIL_PORT=str(smtp_port),
            AFTERVIEW_MAIL_TIMEOUT="5",
        )
        with _gunicorn(env, tmp_path / "gunicorn.log") as (port, _web_pid):
            invite = kit.fixture("invite.eml")
            hostile = [
                _post(port, standins.marked(invite, "sleep"), to_ana),
                _post(port, standins.marked(_invite(999), "allocate"), to_ana),
            ]
            assert [code for code, _ in hostile] == [200, 200]
            with app.app_context():
                sleeper, hog = db.session.scalars(
                    sa.select(InboundMessage.id).order_by(InboundMessage.id)
                ).all()
            scheduler = _start(
                [str(BIN / "afterview"), "scheduler"], env, tmp_path / "scheduler.log"
            )
            try:
                _wait_for(lambda: _status(app, sleeper).claimed_by, 90, "the sleeper claimed")
                # While one lane sits on the sleeper, everyone else's mail keeps moving.
                with ThreadPoolExecutor(max_workers=4) as pool:
                    answers = list(pool.map(lambda n: _post(port, _invite(n), to_bo), range(12)))
                assert [code for code, _ in answers] == [200] * 12
                slowest_ack = max(seconds for _, seconds in answers)
                feed = _feed_path(app, bo)
                _wait_for(
                    lambda: b"Fernwood Analytics" in _unfolded(port, feed),
                    30,
                    "bo's feed to show the interview",
                )
                assert _status(app, sleeper).status == MessageStatus.RECEIVED  # still at it
                _wait_for(
                    lambda: any("cy@example.com" in m.rcpt_tos for m in sink.received),
                    60,
                    "cy's reminder",
                )
                _wait_for(
                    lambda: any("bo@example.com" in m.rcpt_tos for m in sink.received),
                    60,
                    "bo's confirmation mail",
                )
                _wait_for(
                    lambda: _status(app, sleeper).status == MessageStatus.NEEDS_REVIEW,
                    60,
                    "the sleeper to be stopped",
                )
                time.sleep(2)  # a few more polls: nothing may pick it up again
            finally:
                _stop(scheduler)
        confirmations = [m for m in sink.received if "bo@example.com" in m.rcpt_tos]
    # The reader sends confirmations at once; their links are signed as they leave.
    for mail in confirmations:
        body = mail.message.get_body(("plain",))
        assert body is not None
        text = body.get_content()
        assert "http://afterview.test/inbound/act/" in text
        assert "afterview-link:" not in text
    slow, large = _status(app, sleeper), _status(app, hog)
    assert "took too long to read" in slow.reason
    assert "too large to read" in large.reason
    assert (slow.attempts, large.attempts) == (1, 1)
    with app.app_context():
        keys = db.session.scalars(
            sa.select(OutboxMessage.dedupe_key).where(OutboxMessage.user_id == ana)
        ).all()
        bo_statuses = db.session.scalars(
            sa.select(InboundMessage.status).where(InboundMessage.user_id == bo)
        ).all()
    assert sorted(keys) == sorted([f"inbound:{sleeper}:review:1", f"inbound:{hog}:review:1"])
    assert len(bo_statuses) == 12
    assert MessageStatus.RECEIVED not in bo_statuses
    assert slowest_ack < 5, f"an acknowledgement took {slowest_ack:.1f} s"


def test_mail_is_read_at_once_not_at_the_readers_next_poll(
    app: Flask, database_url: str, tmp_path: Path
) -> None:
    """The hook wakes the scheduler's reader (NOTIFY, or on SQLite a datagram)."""
    to = kit.inbound_address(app, make_user(app))
    folder = tmp_path / "server"
    env = _env(database_url, folder, AFTERVIEW_INBOUND_POLL_SECONDS="300")
    scheduler = _start([str(BIN / "afterview"), "scheduler"], env, tmp_path / "scheduler.log")
    try:
        log = tmp_path / "scheduler.log"
        _wait_for(lambda: b"inbound reader:" in log.read_bytes(), 60, "the reader to start")
        if database_url.startswith("sqlite"):
            _wait_for(lambda: (folder / "inbound-wake.sock").exists(), 30, "its socket")
        else:
            time.sleep(3)  # its LISTEN
        with _gunicorn(env, tmp_path / "gunicorn.log") as (port, _pid):
            assert _post(port, _invite(1), to)[0] == 200
            with app.app_context():
                stored = db.session.scalar(sa.select(sa.func.max(InboundMessage.id)))
            assert stored is not None
            # Well inside the 300 s poll: only the wake-up can have started the read.
            _wait_for(lambda: _status(app, stored).status == MessageStatus.APPLIED, 60, "the read")
    finally:
        _stop(scheduler)
    assert _status(app, stored).subject.startswith("Invitation: Fernwood")


def test_mail_whose_reader_was_killed_is_read_within_a_minute_of_the_restart(
    app: Flask, database_url: str, tmp_path: Path
) -> None:
    to = kit.inbound_address(app, make_user(app))
    env = _env(
        database_url,
        tmp_path / "server",
        AFTERVIEW_TEST_PARSER=standins.HOSTILE,
        AFTERVIEW_INBOUND_POLL_SECONDS="1",
    )
    with _gunicorn(env, tmp_path / "gunicorn.log") as (port, _web_pid):
        assert _post(port, standins.marked(kit.fixture("invite.eml"), "pause"), to)[0] == 200
    with app.app_context():
        [message_id] = db.session.scalars(sa.select(InboundMessage.id)).all()
    first = _start([str(BIN / "afterview"), "scheduler"], env, tmp_path / "first.log")
    try:
        _wait_for(lambda: _status(app, message_id).claimed_by, 90, "the message claimed")
        os.kill(first.pid, signal.SIGKILL)  # mid-read: the stand-in pauses 4 s
        first.wait()
    finally:
        _stop(first)
    restarted_at = time.monotonic()
    second = _start([str(BIN / "afterview"), "scheduler"], env, tmp_path / "second.log")
    try:
        _wait_for(
            lambda: _status(app, message_id).status != MessageStatus.RECEIVED,
            60,
            "the message to be read after the restart",
        )
    finally:
        _stop(second)
    recovered = time.monotonic() - restarted_at
    row = _status(app, message_id)
    assert (row.status, row.attempts) == (MessageStatus.APPLIED, 2)
    print(f"read {recovered:.1f} s after the restart")


def test_every_acknowledged_invitation_is_read_after_gunicorn_is_killed(
    app: Flask, database_url: str, tmp_path: Path
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    env = _env(database_url, tmp_path / "server", AFTERVIEW_INBOUND_POLL_SECONDS="1")
    acknowledged: list[int] = []
    lock = threading.Lock()
    # the 40th acknowledgement wakes the killer at once: polling for it let a fast server
    # acknowledge every post before the kill, and the test then killed nothing in flight
    fortieth = threading.Event()
    posts = 300
    with _gunicorn(env, tmp_path / "gunicorn.log") as (port, web_pid):

        def post(number: int) -> None:
            try:
                code, _ = _post(port, _invite(number), to)
            except OSError:
                return
            if code == 200:
                with lock:
                    acknowledged.append(number)
                    if len(acknowledged) >= 40:
                        fortieth.set()

        with ThreadPoolExecutor(max_workers=6) as pool:
            futures = [pool.submit(post, n) for n in range(posts)]
            assert fortieth.wait(60), "timed out waiting for 40 acknowledgements"
            os.killpg(web_pid, signal.SIGKILL)
            for future in futures:
                future.result()
    assert 40 <= len(acknowledged) < posts
    scheduler = _start([str(BIN / "afterview"), "scheduler"], env, tmp_path / "scheduler.log")
    try:
        _wait_for(lambda: not _unread(app), 60, "every stored message read")
    finally:
        _stop(scheduler)
    with app.app_context():
        read = dict(
            db.session.execute(
                sa.select(InboundMessage.message_id_header, InboundMessage.status)
            ).all()
        )
    missing = [n for n in acknowledged if f"<other-{n}@fernwoodanalytics.com>" not in read]
    assert missing == []
    assert MessageStatus.RECEIVED not in read.values()


def _unread(app: Flask) -> int:
    with app.app_context():
        return int(
            db.session.scalar(
                sa.select(sa.func.count())
                .select_from(InboundMessage)
                .where(InboundMessage.status == MessageStatus.RECEIVED)
            )
            or 0
        )
