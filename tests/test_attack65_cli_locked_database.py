"""A command that finds the SQLite database locked says so in a line, not a traceback.

Found by an attack pass: with another process holding the write lock past the busy
timeout (a backup, a long migration, a stuck server), `afterview interview add`
printed SQLAlchemy's whole traceback ending in `database is locked [SQL: BEGIN
IMMEDIATE]`. Now the command names the problem, says nothing was saved and to try
again, and exits 1; the interview is logged once the lock is gone.
"""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

import service
from service.platform import db as platform_db
from tests.conftest import _migrate

ADD = [
    "interview",
    "add",
    "--user",
    "lock@example.com",
    "--company",
    "Lockwood",
    "--role",
    "Engineer",
    "--start",
    "2030-03-05T10:00",
    "--end",
    "2030-03-05T11:00",
    "--tz",
    "Europe/Berlin",
]


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    instance = tmp_path / "instance"
    path = instance / "afterview.db"
    instance.mkdir()
    _migrate(f"sqlite:///{path}", instance)
    monkeypatch.setenv("AFTERVIEW_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("AFTERVIEW_INSTANCE_PATH", str(instance))
    tune = platform_db._tune_sqlite

    def impatient(connection: Any, record: Any) -> None:
        """As in production, but a locked database is given up on in 0.2 s, not 15."""
        tune(connection, record)
        connection.execute("PRAGMA busy_timeout=200")

    monkeypatch.setattr(platform_db, "_tune_sqlite", impatient)
    return path


def _afterview(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["afterview", *args])
    code: int | str | None = 0
    try:
        service.main()
    except SystemExit as stop:
        code = stop.code
    captured = capsys.readouterr()
    return int(code or 0), captured.out + captured.err


def test_a_locked_database_is_one_line_and_nothing_is_half_done(
    database: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("a long enough password 1\n"))
    code, said = _afterview(
        monkeypatch, capsys, "user", "create", "lock@example.com", "--password-stdin"
    )
    assert code == 0, said
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, said = _afterview(monkeypatch, capsys, *ADD)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1, said
    assert "Traceback" not in said
    assert "sqlalchemy" not in said.lower()
    assert "database is busy" in said
    assert "nothing was saved" in said
    assert "try again" in said

    code, said = _afterview(monkeypatch, capsys, *ADD)
    assert code == 0, said
    code, said = _afterview(monkeypatch, capsys, "interview", "list", "--user", "lock@example.com")
    assert said.count("Lockwood") == 1, said
