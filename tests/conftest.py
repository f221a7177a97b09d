"""Fixtures: a real app on a real database, SQLite always and PostgreSQL when configured.

Every test that takes `app` (or `client`, `runner`, `session`) runs once per database.
SQLite tests get a fresh copy of a migrated file; PostgreSQL tests share one schema
created for this pytest run and emptied after each test, and dropped at the end, so
the server is left as it was found.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from flask_migrate import upgrade

from service import create_app
from service.platform.db import Base, db

PG_URL = os.environ.get("AFTERVIEW_TEST_DATABASE_URL", "")
DATABASES = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
TEST_SECRET = "test-secret-key-not-for-production"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's own AFTERVIEW_* settings out of the tests."""
    for name in list(os.environ):
        if name.startswith("AFTERVIEW_") and name != "AFTERVIEW_TEST_DATABASE_URL":
            monkeypatch.delenv(name)


def make_app(database_url: str, instance: Path, **overrides: Any) -> Flask:
    config: dict[str, Any] = {
        "TESTING": True,
        "WTF_CSRF_ENABLED": True,
        "database_url": database_url,
        "secret_key": TEST_SECRET,
        "instance_path": str(instance),
        "base_url": "http://afterview.test",
    }
    config.update(overrides)
    return create_app(config)


def _migrate(database_url: str, instance: Path) -> None:
    app = make_app(database_url, instance)
    with app.app_context():
        upgrade()
        db.engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate one SQLite file per run; each test copies it."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "afterview.db"
    _migrate(f"sqlite:///{path}", folder)
    return path


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Create a private schema for this run so parallel runs never collide."""
    schema = f"afterview_test_{os.getpid()}_{secrets.token_hex(3)}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    _migrate(url, tmp_path_factory.mktemp("pg"))
    yield url
    with admin.begin() as connection:
        connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        target = tmp_path / "afterview.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), target)
        yield f"sqlite:///{target}"
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    engine = sa.create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    application = make_app(database_url, tmp_path / "instance")
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def app_ctx(app: Flask) -> Iterator[Flask]:
    with app.app_context():
        yield app
