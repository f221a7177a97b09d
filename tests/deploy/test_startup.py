"""Bad settings and database outages: one clear line at start-up, 503 while down, no restart."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask

from service.accounts.tokens import feed_secret, new_api_token
from service.platform.config import ConfigError, Settings
from service.platform.db import db
from service.platform.migrations import SchemaStatus
from service.platform.preflight import wait_until_reachable
from tests.conftest import PG_URL, make_app
from tests.deploy.tcp_proxy import TcpProxy, free_port

ROOT = Path(__file__).resolve().parents[2]
AFTERVIEW = str(Path(sys.executable).with_name("afterview"))
UNKNOWN_TOKEN = new_api_token()
UNKNOWN_FEED = f"/feeds/{feed_secret('another-server', 'nonce')}.ics"
needs_postgres = pytest.mark.skipif(not PG_URL, reason="AFTERVIEW_TEST_DATABASE_URL not set")


def run_cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")}
    return subprocess.run(
        [AFTERVIEW, *args],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("nonsense", "is not a database URL"),
        ("mysql://afterview:hunter2@db/afterview", "not installed"),
        ("postgresql+psycopg2://afterview:hunter2@db/afterview", "not installed"),
        ("sqlite:////no/such/folder/afterview.db", "does not exist"),
    ],
)
def test_a_wrong_database_url_is_refused_by_name_without_its_password(
    url: str, fragment: str
) -> None:
    with pytest.raises(ConfigError, match=fragment) as caught:
        Settings.from_env({"AFTERVIEW_DATABASE_URL": url})
    assert "AFTERVIEW_DATABASE_URL" in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_libpq_style_urls_use_the_installed_driver() -> None:
    settings = Settings.from_env({"AFTERVIEW_DATABASE_URL": "postgres://a:b@db:5432/afterview"})
    assert settings.resolved_database_url() == "postgresql+psycopg://a:b@db:5432/afterview"


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"AFTERVIEW_PRODUCTION": "1"}, "AFTERVIEW_SECRET_KEY"),
        ({"AFTERVIEW_DATABASE_URL": "postgresql://a:hunter2@db:nope/x"}, "AFTERVIEW_DATABASE_URL"),
    ],
)
def test_the_command_line_names_a_bad_setting_in_one_line(
    env: dict[str, str], named: str, tmp_path: Path
) -> None:
    result = run_cli("check", env={**env, "AFTERVIEW_INSTANCE_PATH": str(tmp_path)}, cwd=tmp_path)
    assert result.returncode == 2
    assert named in result.stderr
    assert "Traceback" not in result.stderr
    assert "hunter2" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1


def test_check_reports_pending_migrations_then_ready(tmp_path: Path) -> None:
    env = {"AFTERVIEW_INSTANCE_PATH": str(tmp_path), "AFTERVIEW_SECRET_KEY": "k" * 32}
    pending = run_cli("check", env=env, cwd=tmp_path)
    assert pending.returncode == 1
    assert "migrations pending" in pending.stderr
    assert run_cli("check", "--allow-pending", env=env, cwd=tmp_path).returncode == 0
    assert run_cli("db", "upgrade", env=env, cwd=tmp_path).returncode == 0
    ready = run_cli("check", env=env, cwd=tmp_path)
    assert ready.returncode == 0, ready.stderr
    assert "schema current" in ready.stdout
    assert "afterview.db" in ready.stdout  # says which database it looked at


def test_check_waits_for_an_unreachable_database_then_fails(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://afterview:hunter2@127.0.0.1:{free_port()}/x?connect_timeout=2"
    env = {"AFTERVIEW_DATABASE_URL": url, "AFTERVIEW_INSTANCE_PATH": str(tmp_path)}
    started = time.monotonic()
    result = run_cli("check", "--wait", "2", env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert time.monotonic() - started >= 2
    assert "database unreachable" in result.stderr
    assert "hunter2" not in result.stderr
    assert "***" in result.stderr


def test_waiting_stops_as_soon_as_the_database_answers() -> None:
    answers = iter(
        [SchemaStatus(False, "database unreachable: OperationalError")] * 3
        + [SchemaStatus(True, "database reachable, schema current")]
    )
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    status = wait_until_reachable(
        30, status=lambda: next(answers), sleep=sleep, clock=lambda: now[0]
    )
    assert status.ready
    assert now[0] == 3.0


@pytest.fixture
def proxied_app(tmp_path: Path) -> Iterator[tuple[Flask, TcpProxy]]:
    """An app whose PostgreSQL connection goes through a proxy the test controls."""
    url = sa.engine.make_url(PG_URL)
    target = (url.host or "127.0.0.1", url.port or 5432)
    proxy = TcpProxy(target)
    schema = f"afterview_outage_{os.getpid()}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    proxied = url.set(host="127.0.0.1", port=proxy.port).update_query_dict(
        {"options": f"-csearch_path={schema}", "connect_timeout": "3"}
    )
    app = make_app(proxied.render_as_string(hide_password=False), tmp_path / "instance")
    yield app, proxy
    proxy.stop()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    with admin.begin() as connection:
        connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _upgrade(app: Flask) -> None:
    from flask_migrate import upgrade

    with app.app_context():
        upgrade()


@needs_postgres
def test_a_database_unreachable_at_start_is_503_until_it_appears(
    proxied_app: tuple[Flask, TcpProxy],
) -> None:
    app, proxy = proxied_app
    client = app.test_client()
    down = client.get("/readyz")
    assert down.status_code == 503
    assert "unreachable" in down.get_json()["detail"]
    assert client.get("/healthz").status_code == 200

    proxy.start()
    _upgrade(app)
    assert client.get("/readyz").status_code == 200


@needs_postgres
def test_a_database_that_goes_away_and_comes_back_needs_no_restart(
    proxied_app: tuple[Flask, TcpProxy],
) -> None:
    app, proxy = proxied_app
    proxy.start()
    _upgrade(app)
    client = app.test_client()
    assert client.get("/readyz").status_code == 200
    assert client.get(UNKNOWN_FEED).status_code == 404
    api = client.get("/api/v1/interviews", headers={"Authorization": f"Bearer {UNKNOWN_TOKEN}"})
    assert api.status_code == 401

    proxy.stop()
    assert client.get("/readyz").status_code == 503
    feed = client.get(UNKNOWN_FEED)
    assert feed.status_code == 503
    assert feed.headers["Retry-After"]
    api = client.get("/api/v1/interviews", headers={"Authorization": f"Bearer {UNKNOWN_TOKEN}"})
    assert api.status_code == 503
    assert api.mimetype == "application/problem+json"

    proxy.start()
    assert client.get(UNKNOWN_FEED).status_code == 404
    assert client.get("/readyz").status_code == 200
