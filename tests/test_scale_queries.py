"""Pages and passes that stay cheap however much data there is: no N+1, indexes only.

Counting queries: a user with many interviews must cost the same number of queries as
one with a few (pages are paged, relations loaded in one query each). EXPLAIN: every
statement the hot paths send (the dispatcher pass with its due reminders and outbox
claim, a feed fetch, the inbound reader's claim, the API lists, the dashboard and
interview pages) is planned on an index, never a full table scan, on
SQLite (EXPLAIN QUERY PLAN) and PostgreSQL (EXPLAIN, with sequential scans disabled
so the planner shows whether an index could serve at all on a tiny test table).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from service import accounts
from service.accounts.models import User
from service.inbound import reader
from service.interviews.models import FollowUpStep, Interview
from service.platform.db import Base, db, utcnow
from service.scheduler import dispatch_once
from tests.conftest import make_app
from tests.helpers import auth, make_token, make_user
from tests.mailserver import running_sink
from tests.web.forms import sign_in

MANY = 120  # more than a page (50) and more steps than the dashboard shows (100)
FEW = 5


def _seed(app: Flask, user_id: int, count: int, *, due_now: bool = False) -> None:
    """Write `count` interviews with their three steps straight into the database."""
    now = utcnow()
    with app.app_context():
        for number in range(count):
            start = now + timedelta(days=number - count // 2, hours=3)
            if due_now and number == 0:
                start = now - timedelta(hours=2)
            interview = Interview(
                user_id=user_id,
                company=f"Company {number}",
                role="Engineer",
                start_at=start,
                end_at=start + timedelta(hours=1),
                timezone="Europe/Berlin",
                created_at=now,
                updated_at=now,
            )
            interview.steps = [
                FollowUpStep(
                    kind=kind,
                    due_at=start + timedelta(hours=offset),
                    status_changed_at=now,
                    created_at=now,
                    updated_at=now,
                )
                for kind, offset in (("ask_next_steps", 0), ("thank_you", 1), ("follow_up", 170))
            ]
            db.session.add(interview)
        db.session.commit()


@contextmanager
def _recorded(app: Flask) -> Iterator[list[tuple[str, Any]]]:
    """Record every statement sent to the database while the block runs."""
    statements: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", note)


def _pages(client: FlaskClient, token: str) -> dict[str, int]:
    """Open every listing once; return how many rows each showed."""
    shown = {}
    for path in ("/api/v1/interviews", "/api/v1/steps", "/api/v1/steps?status=pending"):
        response = client.get(path, headers=auth(token))
        assert response.status_code == 200, path
        body = response.get_json()
        shown[path] = len(body["interviews" if "interviews" in path else "steps"])
    for path in ("/", "/interviews"):
        response = client.get(path)
        assert response.status_code == 200, path
        shown[path] = response.get_data(as_text=True).count("<tr")
    return shown


def _query_counts(app: Flask, client: FlaskClient, token: str) -> dict[str, int]:
    counts = {}
    for path in ("/api/v1/interviews", "/api/v1/steps", "/", "/interviews"):
        headers = auth(token) if path.startswith("/api/") else {}
        with _recorded(app) as statements:
            assert client.get(path, headers=headers).status_code == 200
        counts[path] = len(statements)
    return counts


def test_a_user_with_many_interviews_costs_the_same_queries_as_one_with_few(app: Flask) -> None:
    counts, shown = {}, {}
    for email, count in (("few@example.com", FEW), ("many@example.com", MANY)):
        user_id = make_user(app, email)
        _seed(app, user_id, count)
        token = make_token(app, user_id)
        client = app.test_client()
        sign_in(client, email)
        _pages(client, token)  # warm caches (templates, prepared statements)
        counts[count] = _query_counts(app, client, token)
        shown[count] = _pages(client, token)
    assert counts[MANY] == counts[FEW]
    assert shown[MANY]["/api/v1/interviews"] == 50
    assert shown[MANY]["/api/v1/steps"] == 50
    assert shown[FEW]["/api/v1/interviews"] == FEW


def test_api_lists_page_through_everything_once(app: Flask, client: FlaskClient) -> None:
    user_id = make_user(app)
    _seed(app, user_id, MANY)
    token = make_token(app, user_id)
    seen: list[int] = []
    path: str | None = "/api/v1/interviews?limit=7"
    while path is not None:
        body = client.get(path, headers=auth(token)).get_json()
        seen += [item["id"] for item in body["interviews"]]
        path = body["next"]
    assert len(seen) == len(set(seen)) == MANY
    for bad in ("limit=0", "limit=201", "limit=ten", "offset=-1"):
        response = client.get(f"/api/v1/interviews?{bad}", headers=auth(token))
        assert response.status_code == 400, bad
        assert response.get_json()["errors"][0]["field"] in bad


# Most rows of these tables share these values (nearly every step is pending, most
# interviews scheduled), so an index searched on them alone still reads the table.
# (The outbox's statuses are different: queued, sending and failed mails are few.)
WEAK_COLUMNS = {
    "follow_up_steps": frozenset({"status", "kind", "snoozed"}),
    "interviews": frozenset({"status"}),
}
_SQLITE_SCAN = re.compile(r"^SCAN (?!CONSTANT)(\w+)")
_SQLITE_SEARCH = re.compile(r"^SEARCH (\w+) USING (?:COVERING )?INDEX (\w+) \(([^)]*)\)")
_PG_SEQ = re.compile(r"Seq Scan on (\w+)")
_PG_INDEX = re.compile(r"(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)")


def _index_columns(name: str) -> tuple[str, set[str]]:
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            if index.name == name:
                return table.name, {column.name for column in index.columns}
    return "", set()  # a primary key or unique constraint: always selective


def _weak(index: str, condition: str) -> bool:
    """Tell whether an index is searched only on columns most rows share."""
    table, columns = _index_columns(index)
    used = {c for c in columns if re.search(rf"\b{c}\b", condition)}
    return bool(columns) and used <= WEAK_COLUMNS.get(table, frozenset())


def _bad_plans(connection: sa.Connection, statement: str, parameters: Any) -> list[str]:
    """Return the full scans and weak index searches in a statement's plan."""
    bad = []
    if connection.dialect.name == "postgresql":
        lines = connection.exec_driver_sql("EXPLAIN " + statement, parameters).scalars().all()
        for number, line in enumerate(lines):
            if found := _PG_SEQ.search(line):
                bad.append(f"full scan of {found[1]}")
            elif found := _PG_INDEX.search(line):
                following = lines[number + 1] if number + 1 < len(lines) else ""
                condition = following if "Index Cond" in following else ""
                if _weak(found[1], condition):
                    bad.append(f"{found[1]} searched on {condition.strip() or 'nothing'}")
        return bad
    rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    for row in rows:
        detail = str(row[-1])
        # A scan of a CTE (a claim's few chosen ids) reads no table.
        if (found := _SQLITE_SCAN.search(detail)) and found[1] in Base.metadata.tables:
            bad.append(f"full scan of {found[1]}")
        elif (found := _SQLITE_SEARCH.search(detail)) and _weak(found[2], found[3]):
            bad.append(detail)
    return bad


def _tables(statement: str) -> set[str]:
    return set(re.findall(r"\bUPDATE (\w+)", statement))


def _plan(connection: sa.Connection, statement: str, parameters: Any) -> str:
    prefix = "EXPLAIN " if connection.dialect.name == "postgresql" else "EXPLAIN QUERY PLAN "
    rows = connection.exec_driver_sql(prefix + statement, parameters).all()
    return "\n".join(str(row[-1]) for row in rows)


def test_every_hot_query_is_planned_on_an_index(database_url: str, tmp_path: Path) -> None:
    with running_sink() as (sink, port):
        app = make_app(database_url, tmp_path / "instance", mail_server="127.0.0.1", mail_port=port)
        client = app.test_client()
        user_id = make_user(app)
        _seed(app, user_id, 30, due_now=True)
        token = make_token(app, user_id)
        with app.app_context():
            user = db.session.get(User, user_id)
            assert user is not None
            feed = f"/feeds/{accounts.user_feed_secret(user, app.config['SECRET_KEY'])}.ics"
        sign_in(client)
        with _recorded(app) as statements:
            result = dispatch_once(app)
            assert client.get(feed).status_code == 200
            _pages(client, token)
            with app.app_context():
                # The inbound reader's idle check and its claim (nothing waits: no row moves).
                now = utcnow()
                assert not reader._anything_ready(db.session(), now, timedelta(minutes=1))
                assert reader._claim(db.session(), "w", now, timedelta(minutes=1)) is None
                db.session.remove()
        assert result.queued >= 1
        assert len(sink.received) == result.sending.sent >= 1
    hot = {
        s
        for s, _ in statements
        if s.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "WITH"))
    }
    assert len(hot) >= 10
    due = [s for s in hot if "reminder_anchor_at <=" in s and "outbox_messages" in s]
    assert len(due) == 1, "the due-reminder query was not recorded"
    claims = [s for s in hot if "claimable" in s]  # the outbox's and the reader's claims
    assert {"outbox_messages", "inbound_messages"} <= {t for s in claims for t in _tables(s)}
    scans = {}
    with app.app_context(), db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET enable_seqscan = off")
        for statement, parameters in statements:
            if statement not in hot:
                continue
            if isinstance(parameters, list):  # one statement for many rows: plan it once
                parameters = parameters[0]
            found = _bad_plans(connection, statement, parameters)
            if found:
                scans[statement] = found
        due_plan = _plan(connection, due[0], dict(statements)[due[0]])
        pending = "follow_up_steps.status = 'pending'"
        agenda = {s for s in hot if "follow_up_steps.user_id =" in s and pending in s}
        agenda_plans = {s: _plan(connection, s, dict(statements)[s]) for s in agenda}
        connection.rollback()
        db.engine.dispose()
    assert "\n".join(f"{s[-160:]}: {v}" for s, v in scans.items()) == ""
    # Not just any index: the one holding only the steps still owed a reminder, so the
    # pass reads nothing of finished steps or of reminders already queued.
    assert "ix_follow_up_steps_owed_reminder" in due_plan, due_plan
    # The dashboard counts and pages a user's pending steps from their own index.
    assert len(agenda) >= 3
    for statement, plan in agenda_plans.items():
        assert "ix_follow_up_steps_user_pending" in plan, (statement, plan)
