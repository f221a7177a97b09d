"""Database binding: one SQLAlchemy object, aware-UTC timestamps, SQLite tuned for a web app."""

from __future__ import annotations

import functools
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

import sqlalchemy as sa
from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session

from service.platform.paths import MIGRATIONS_DIR


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Store aware datetimes as UTC on every backend and hand them back aware.

    SQLite has no time-zone type, so the value is written as naive UTC there and
    marked UTC again on the way out. Naive input is a programming error.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; attach a zone first")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Every table whose rows have a numeric id: ids appear in links, feeds, mails and API
# paths, and SQLite without AUTOINCREMENT gives a new row the id of the highest deleted
# one, so an old link would open the newer row. PostgreSQL never reuses one anyway.
NEVER_REUSE_IDS: dict[str, Any] = {"sqlite_autoincrement": True}


class Base(DeclarativeBase):
    """Declarative base with stable constraint names so migrations stay reproducible."""

    metadata = sa.MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


db = SQLAlchemy(metadata=Base.metadata)
migrate = Migrate(directory=str(MIGRATIONS_DIR))


def init_app(app: Flask) -> None:
    """Bind the database and migrations to the app; tune SQLite connections."""
    db.init_app(app)
    migrate.init_app(app, db)
    with app.app_context():
        sa.event.listen(db.engine, "connect", _tune_sqlite)


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """Enable foreign keys, WAL and a busy timeout so concurrent writers wait, not fail."""
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


T = TypeVar("T")


class ThreadConnections:
    """One autocommit connection per thread, kept open between requests, for hot writes.

    A write that is one statement needs no transaction around it and no session: in
    autocommit the statement is the transaction, committed when it returns, so a hot
    path pays one round trip. Keeping the connection per thread also spares the pool's
    checkout and its liveness ping. The connections sit outside the app's pool (which
    they never drain); a broken one is closed and the next use opens another. Disposing
    the app's engine closes them all.
    """

    BUSY_SECONDS = 15.0  # as long as the busy timeout of every other SQLite connection
    BUSY_STEP = 0.0005

    def __init__(self, engine: sa.Engine) -> None:
        self.dialect = engine.dialect.name
        self._engine = sa.create_engine(
            engine.url,
            poolclass=sa.pool.NullPool,
            isolation_level="AUTOCOMMIT",
            hide_parameters=True,
        )
        sa.event.listen(self._engine, "connect", _tune_sqlite)
        sa.event.listen(self._engine, "connect", _no_busy_sleep)
        sa.event.listen(engine, "engine_disposed", lambda _engine: self.close())
        self._local = threading.local()
        self._open: weakref.WeakSet[sa.Connection] = weakref.WeakSet()
        self._lock = threading.Lock()

    def run(self, work: Callable[[sa.Connection], T]) -> T:
        """Run `work` on this thread's connection; one that raised is closed, not reused.

        On SQLite, work that finds the file locked by another writer is tried again
        every half millisecond (up to the usual busy timeout). The driver's own wait
        sleeps in growing steps of up to 100 ms, so a hook queued behind the reader's
        short apply would otherwise sleep far longer than the apply held the lock.
        """
        deadline = time.monotonic() + self.BUSY_SECONDS
        while True:
            connection = self._connection()
            try:
                return work(connection)
            except sa.exc.OperationalError as error:
                if not _locked(error) or time.monotonic() > deadline:
                    self._drop(connection)
                    raise
            except BaseException:
                self._drop(connection)
                raise
            time.sleep(self.BUSY_STEP)

    def _connection(self) -> sa.Connection:
        connection: sa.Connection | None = getattr(self._local, "connection", None)
        if connection is None or connection.closed:
            connection = self._engine.connect()
            self._local.connection = connection
            with self._lock:
                self._open.add(connection)
        return connection

    def _drop(self, connection: sa.Connection) -> None:
        self._local.connection = None
        connection.invalidate()
        connection.close()

    def close(self) -> None:
        with self._lock:
            opened = list(self._open)
            self._open.clear()
        for connection in opened:
            connection.close()
        self._engine.dispose()


def _no_busy_sleep(dbapi_connection: Any, _record: Any) -> None:
    """`ThreadConnections` waits for SQLite's write lock itself (see `run`)."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        dbapi_connection.execute("PRAGMA busy_timeout=0")


def _locked(error: sa.exc.OperationalError) -> bool:
    """Tell whether SQLite refused because another connection holds the write lock."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_BUSY


def thread_connections(app: Flask) -> ThreadConnections:
    """The app's `ThreadConnections`, made on first use (after gunicorn forks)."""
    found = app.extensions.get("afterview.thread_connections")
    if found is None:
        with _making, app.app_context():
            found = app.extensions.get("afterview.thread_connections")
            if found is None:
                found = app.extensions["afterview.thread_connections"] = ThreadConnections(
                    db.engine
                )
    assert isinstance(found, ThreadConnections)
    return found


_making = threading.Lock()


def committed(action: Callable[[], T]) -> T:
    """Run a change in one transaction: all of it is saved, or none of it."""
    try:
        result = action()
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise
    return result


def insert_new(
    session: Session,
    model: type[Base],
    unique: sa.orm.InstrumentedAttribute[Any],
    values: dict[str, Any],
    *,
    returning: sa.orm.InstrumentedAttribute[T],
) -> T | None:
    """Insert a `model` row unless one with the same `unique` value exists; return `returning`.

    One `INSERT … ON CONFLICT DO NOTHING RETURNING` (SQLite 3.35+, PostgreSQL) in the
    caller's transaction: concurrent inserters cannot both win, no savepoint is needed
    (SQLite's driver would commit at its release), and None means "there already was one".
    The statement is built once and the values bound as parameters, so a hot path (the
    inbound hooks) pays for neither building nor compiling it again.
    """
    dialect = session.get_bind().dialect.name
    statement = _insert_new_statement(dialect, model.__tablename__, unique.key, returning.key)
    # On the session's connection: a Core statement needs no ORM pass, only what the
    # session would have flushed first (its autoflush).
    if session.new or session.dirty or session.deleted:
        session.flush()
    result: T | None = session.connection().execute(statement, values).scalar()
    return result


@functools.cache
def _insert_new_statement(
    dialect: str, table_name: str, unique: str, returning: str
) -> sa.Executable:
    table = Base.metadata.tables[table_name]
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return (
        insert(table).on_conflict_do_nothing(index_elements=[unique]).returning(table.c[returning])
    )


def utcnow() -> datetime:
    """Return the current aware UTC time; only edges call this, the domain takes `now`."""
    return datetime.now(UTC)
