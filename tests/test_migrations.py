"""Migrations build exactly the schema the models describe, on every database."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from flask import Flask
from flask_migrate import upgrade

from service.platform.db import Base, db, utcnow
from tests.conftest import make_app


def test_migrated_schema_matches_models(app: Flask) -> None:
    with app.app_context(), db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_rebuilding_the_users_table_on_sqlite_keeps_every_row_that_points_at_it(
    tmp_path: Path,
) -> None:
    """SQLite rebuilds a table to change it; with foreign keys on, dropping the old `users`
    would cascade-delete every interview, step and message. Migrations must not."""
    app = make_app(f"sqlite:///{tmp_path / 'old.db'}", tmp_path / "i")
    now = utcnow()
    with app.app_context():
        upgrade(revision="0008")
        for email, shown in (("ana@example.com", True), ("bo@example.com", False)):
            db.session.execute(
                sa.text(
                    "INSERT INTO users (email, password_hash, display_name, timezone,"
                    " working_hours, follow_up_days, feed_nonce, feed_token_hash, inbound_nonce,"
                    " inbound_token_hash, feed_shows_interviews, feed_alarms, reminder_emails,"
                    " daily_digest, is_admin, is_active, created_at, feed_changed_at)"
                    " VALUES (:email, 'x', '', 'Europe/Berlin', '09:00-18:00 mon-fri', 7, :email,"
                    " :email, :email, :email, :shown, false, true, false, false, true, :now, :now)"
                ),
                {"email": email, "shown": shown, "now": now},
            )
        db.session.execute(
            sa.text(
                "INSERT INTO interviews (user_id, uid, company, role, start_at, end_at, timezone,"
                " location, meeting_url, notes, status, source, timeline_text, revision,"
                " created_at, updated_at) VALUES (1, 'u1', 'Acme', 'Engineer', :now, :now,"
                " 'UTC', '', '', '', 'scheduled', 'manual', '', 0, :now, :now)"
            ),
            {"now": now},
        )
        db.session.commit()
        upgrade()
        assert db.session.scalar(sa.text("SELECT count(*) FROM interviews")) == 1
        rows = db.session.execute(
            sa.text("SELECT email, feed_interviews, zone_confirmed FROM users ORDER BY email")
        ).all()
        assert [tuple(row) for row in rows] == [
            ("ana@example.com", "all", True),
            ("bo@example.com", "none", True),
        ]
        assert db.session.scalar(sa.text("PRAGMA foreign_keys")) == 1
        db.session.remove()
        db.engine.dispose()
