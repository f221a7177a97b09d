"""Two real `afterview scheduler` processes on one PostgreSQL database mail 500 steps once."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask

from service.outbox.models import OutboxMessage, OutboxStatus
from service.platform.db import Base, db, utcnow
from tests.conftest import PG_URL, make_app
from tests.helpers import add_due_thank_yous, make_user, scheduler_env
from tests.mailserver import running_sink

STEPS = 500
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PG_URL, reason="needs AFTERVIEW_TEST_DATABASE_URL (PostgreSQL)"),
]


@pytest.fixture
def pg_app(postgres_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = make_app(postgres_url, tmp_path / "instance")
    yield app
    with app.app_context():
        db.session.remove()
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with db.engine.begin() as connection:
            connection.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        db.engine.dispose()


def _afterview() -> str:
    return str(Path(sys.executable).with_name("afterview"))


def test_two_scheduler_processes_send_each_of_500_reminders_once(
    pg_app: Flask, postgres_url: str, tmp_path: Path
) -> None:
    user_id = make_user(pg_app)
    with pg_app.app_context():
        add_due_thank_yous(user_id, STEPS, utcnow())

    with running_sink() as (sink, port):
        env = scheduler_env(postgres_url, tmp_path / "proc", port)
        processes = [
            subprocess.Popen(
                [_afterview(), "scheduler"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for _ in range(2)
        ]
        try:
            # bounds for liveness, not speed (a loaded CI machine is slow; the loop ends as
            # soon as every mail is in)
            deadline = time.monotonic() + 180
            while len(sink.received) < STEPS and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(1.5)  # room for a duplicate to show up, if there were one
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            errors = [p.communicate(timeout=90)[1].decode() for p in processes]
        ids = sink.message_ids()

    assert len(ids) == STEPS, errors
    assert len(set(ids)) == STEPS
    with pg_app.app_context():
        statuses = db.session.scalars(sa.select(OutboxMessage.status)).all()
    assert len(statuses) == STEPS
    assert set(statuses) == {OutboxStatus.SENT}
    assert [p.returncode for p in processes] == [0, 0], errors
