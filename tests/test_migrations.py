"""Migrations build exactly the schema the models describe, on every database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from flask import Flask
from flask_migrate import downgrade, upgrade

from service import accounts, interviews
from service.interviews.models import FollowUpStep
from service.platform.db import Base, UTCDateTime, db, utcnow
from service.steps.schedule import THANK_YOU_LATE
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


def test_steps_logged_before_the_reminder_columns_get_them_filled_in(app: Flask) -> None:
    """The migration computes each step's owner, reminder moment and whether it was
    reminded from the rows already there, by the same rule the domain keeps."""
    start = datetime(2031, 3, 4, 9, 0, tzinfo=UTC)
    end = start + timedelta(hours=1)
    snoozed_to = start + timedelta(days=2)
    with app.app_context():
        user = accounts.create_user(
            db.session(), email="ana@example.com", password="x" * 12, now=start, server_key="k"
        )
        interview = interviews.create_interview(
            db.session(),
            user,
            interviews.InterviewInput(
                company="Acme", role="Engineer", start=start, end=end, timezone="UTC"
            ),
            start - timedelta(days=1),
        )
        db.session.commit()
        steps = {step.kind: step.id for step in interview.steps}
        user_id = user.id
        db.session.remove()
        downgrade(revision="m0012")
        db.session.execute(
            sa.text(
                "UPDATE follow_up_steps SET snoozed = true, due_at = :at WHERE id = :id"
            ).bindparams(sa.bindparam("at", type_=UTCDateTime())),
            {"at": snoozed_to, "id": steps["follow_up"]},
        )
        # The thank-you's reminder went out before the upgrade; the others did not.
        # (Times bound as the app writes them: SQLite compares the stored text.)
        db.session.execute(
            sa.text(
                "INSERT INTO outbox_messages (user_id, dedupe_key, step_id, step_anchor_at,"
                " to_address, subject, text_body, html_body, message_id, status, attempts,"
                " next_attempt_at, created_at, last_error) VALUES (:user, 'k', :step, :end,"
                " 'ana@example.com', 's', 't', '', '<m@x>', 'sent', 1, :end, :end, '')"
            ).bindparams(sa.bindparam("end", type_=UTCDateTime())),
            {"user": user_id, "step": steps["thank_you"], "end": end},
        )
        db.session.commit()
        db.session.remove()
        upgrade()
        found = {
            row.id: (row.user_id, row.reminder_anchor_at, row.reminded)
            for row in db.session.scalars(sa.select(FollowUpStep))
        }
        assert found == {
            steps["ask_next_steps"]: (user_id, start, False),
            steps["thank_you"]: (user_id, end, True),
            steps["follow_up"]: (user_id, snoozed_to, False),
        }
        db.session.remove()


def test_a_late_thank_you_planned_by_an_older_version_gets_todays_words(app: Flask) -> None:
    """Older versions stored developer words as a late thank-you's reason; the migration
    rewrites them (and back on downgrade), so the pages show only today's sentence."""
    old = "no working hours within 24 h of the end, so the first working minute after"
    start = datetime(2031, 3, 7, 17, 0, tzinfo=UTC)  # a Friday evening in UTC
    with app.app_context():
        user = accounts.create_user(
            db.session(), email="ana@example.com", password="x" * 12, now=start, server_key="k"
        )
        interview = interviews.create_interview(
            db.session(),
            user,
            interviews.InterviewInput(
                company="Acme",
                role="Engineer",
                start=start,
                end=start + timedelta(hours=1),
                timezone="UTC",
            ),
            start - timedelta(days=1),
        )
        db.session.commit()
        [late] = [step.id for step in interview.steps if step.status_reason == THANK_YOU_LATE]
        db.session.remove()

        def reason() -> str:
            query = sa.text("SELECT status_reason FROM follow_up_steps WHERE id = :id")
            found = db.session.scalar(query, {"id": late})
            db.session.remove()
            return str(found)

        downgrade(revision="k0016")
        assert reason() == old
        upgrade()
        assert reason() == THANK_YOU_LATE


def _add_user(email: str) -> int:
    user = accounts.create_user(
        db.session(), email=email, password="x" * 12, now=utcnow(), server_key="k"
    )
    db.session.commit()
    return user.id


def test_no_table_hands_out_a_deleted_rows_id_again(tmp_path: Path) -> None:
    """Ids are in links, feeds, mails and API paths: a deleted row's id must not come back.
    SQLite reuses the highest deleted id unless a table says AUTOINCREMENT; the migration
    adds it to the tables of a database that already has rows, and keeps them."""
    numbered = [
        table.name
        for table in Base.metadata.sorted_tables
        if [column.type._type_affinity for column in table.primary_key] == [sa.Integer]
    ]
    assert "follow_up_steps" in numbered
    for name in numbered:
        assert Base.metadata.tables[name].dialect_kwargs["sqlite_autoincrement"], name
    app = make_app(f"sqlite:///{tmp_path / 'old.db'}", tmp_path / "i")
    with app.app_context():
        upgrade(revision="r0013")
        first, second = _add_user("ana@example.com"), _add_user("bo@example.com")
        db.session.remove()
        upgrade()
        made = sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        tables = {name: sql for name, sql in db.session.execute(made)}
        for name in numbered:
            assert "AUTOINCREMENT" in tables[name], name
        db.session.execute(sa.text("DELETE FROM users WHERE id = :id"), {"id": second})
        db.session.commit()
        assert _add_user("cy@example.com") == second + 1
        assert db.session.scalar(sa.text("SELECT count(*) FROM users")) == 2
        assert db.session.scalar(sa.text("SELECT min(id) FROM users")) == first
        db.session.remove()
        db.engine.dispose()
