"""What the database and the logs keep must not be a credential: no inbound secret, no live link."""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.command import upgrade as alembic_upgrade
from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import upgrade
from hypothesis import given
from hypothesis import strategies as st

from service.inbound.confirm import one_click_link
from service.outbox import maillinks
from service.outbox.oneclick import sign_link
from service.platform.db import Base, db, utcnow
from tests.conftest import PG_URL, make_app
from tests.helpers import make_user
from tests.inbound import kit

# An itsdangerous token as the one-click routes take it: payload.timestamp.signature.
SIGNED_LINK = re.compile(r"/act/[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{10,}")


def _all_text(app: Flask) -> str:
    """Every text and JSON value in every table, as one string to search."""
    found: list[str] = []
    with app.app_context():
        for table in Base.metadata.sorted_tables:
            for row in db.session.execute(sa.select(table)).mappings():
                found.extend(str(v) for v in row.values() if isinstance(v, str | dict | list))
    return "\n".join(found)


def test_stored_rows_hold_no_inbound_secret_and_no_working_link(
    app: Flask, client: FlaskClient
) -> None:
    user_id = make_user(app)
    to = kit.inbound_address(app, user_id)
    secret = to.split("+", 1)[1].split("@")[0]
    for name in ("invite.eml", "newsletter.eml"):  # one applied, one for review
        raw = kit.fixture(name)
        response = client.post(
            "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
        )
        assert response.status_code == 200
    assert len(kit.read_all(app)) == 2  # read in the background, as the scheduler would
    stored = _all_text(app)
    assert "afterview-link:inbound-act:" in stored  # the confirmation mails are queued
    assert secret not in stored
    assert SIGNED_LINK.search(stored) is None


def test_a_database_error_while_storing_logs_neither_subject_nor_sender(
    app: Flask, client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    to = kit.inbound_address(app, make_user(app))
    raw = (
        b"From: Quentin Private <quentin.private@secret-employer.example>\r\n"
        b"Subject: Confidential offer for the Zebra project\r\n"
        b"Message-ID: <log-1@secret-employer.example>\r\n\r\nbody\r\n"
    )
    with app.app_context():
        # Lookups still work; the INSERT, whose parameters hold the subject, fails.
        db.session.execute(sa.text("ALTER TABLE inbound_messages RENAME COLUMN reason TO gone"))
        db.session.commit()
    try:
        with caplog.at_level(logging.DEBUG):
            response = client.post(
                "/hooks/email/raw",
                query_string={"to": to},
                data=raw,
                headers=kit.raw_headers(raw, to),
            )
    finally:
        with app.app_context():
            db.session.rollback()
            db.session.execute(sa.text("ALTER TABLE inbound_messages RENAME COLUMN gone TO reason"))
            db.session.commit()
    assert response.status_code == 503
    assert caplog.records, "the failure is logged"
    logged = caplog.text + "".join(str(r.exc_info) for r in caplog.records)
    for private in ("Zebra", "Confidential", "quentin.private", "secret-employer"):
        assert private not in logged


@given(text=st.text(max_size=200), purpose=st.sampled_from(sorted(maillinks.PATHS)))
def test_text_that_only_looks_like_a_placeholder_is_never_signed(text: str, purpose: str) -> None:
    """A company name or subject from a forwarded mail cannot smuggle in a link."""
    forged = maillinks.placeholder("another-key", purpose, {"m": 1, "a": "reject"})
    body = f"{text} {forged} {text}"
    assert maillinks.expand(body, "the-real-key", "http://afterview.test") == body


def test_a_placeholder_becomes_a_working_link_when_sent() -> None:
    link = one_click_link("the-real-key", 42, "confirm")
    sent = maillinks.expand(f"Looks right: {link}", "the-real-key", "https://av.example")
    assert re.fullmatch(r"Looks right: https://av\.example/inbound/act/\S+", sent)


# --- migration 0006 on rows written before it ------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"] if PG_URL else ["sqlite"])
def at_0005(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An app whose database is migrated up to 0005 only (a fresh one, not the shared one)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
        cleanup = None
    else:
        import secrets
        from urllib.parse import quote

        schema = f"afterview_mig_{secrets.token_hex(4)}"
        admin = sa.create_engine(PG_URL)
        with admin.begin() as connection:
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        separator = "&" if "?" in PG_URL else "?"
        url = f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
        cleanup = (admin, schema)
    application = make_app(url, tmp_path / "i")
    with application.app_context():
        upgrade(revision="0005")
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()
    if cleanup is not None:
        admin, schema = cleanup
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    shutil.rmtree(tmp_path / "i", ignore_errors=True)


def test_migration_0006_strips_secrets_and_unsigns_stored_links(at_0005: Flask) -> None:
    app = at_0005
    key = app.config["SECRET_KEY"]
    token = sign_link(key, "inbound-act", {"m": 7, "a": "confirm"})
    now = utcnow()
    with app.app_context():
        db.session.execute(
            sa.text(
                "INSERT INTO users (email, password_hash, display_name, timezone, working_hours,"
                " follow_up_days, feed_nonce, feed_token_hash, inbound_nonce, inbound_token_hash,"
                " feed_shows_interviews, feed_alarms, reminder_emails, daily_digest, is_admin,"
                " is_active, created_at, feed_changed_at)"
                " VALUES ('ana@example.com', 'x', '', 'UTC',"
                " '09:00-18:00 mon-fri', 7, 'n', 'f', 'n', 'i', true, false, true, false, false,"
                " true, :now, :now)"
            ),
            {"now": now},
        )
        db.session.execute(
            sa.text(
                "INSERT INTO inbound_messages (dedupe_key, provider, provider_ref, recipient,"
                " envelope_sender, header_from, subject, message_id_header, raw, raw_sha256,"
                " raw_size, received_at, status, reason, auth_verdicts, user_id, action,"
                " user_verdict, attempts) VALUES ('k', 'raw', '', :to, '', '', '', '', NULL, 'h',"
                " 0, :now, 'applied', '', '{}', 1, '', '', 1)"
            ),
            {"to": "interviews+4mgciaydjnwkiz2sq2kzxe4724@in.example.com", "now": now},
        )
        db.session.execute(
            sa.text(
                "INSERT INTO outbox_messages (user_id, dedupe_key, to_address, subject, text_body,"
                " html_body, message_id, status, attempts, next_attempt_at, created_at,"
                " last_error) VALUES (1, 'inbound:7', 'ana@example.com', 's', :text, :html,"
                " '<m@x>', 'queued', 0, :now, :now, '')"
            ),
            {
                "text": f"Looks right: http://afterview.test/inbound/act/{token}\n",
                "html": f'<a href="http://afterview.test/inbound/act/{token}">Looks right</a>',
                "now": now,
            },
        )
        db.session.commit()
        db.session.remove()
        config = app.extensions["migrate"].migrate.get_config()
        alembic_upgrade(config, "head")
        recipient = db.session.scalar(sa.text("SELECT recipient FROM inbound_messages"))
        text, html = db.session.execute(
            sa.text("SELECT text_body, html_body FROM outbox_messages")
        ).one()
        confirmed = db.session.scalar(sa.text("SELECT count(*) FROM allowed_senders"))
    assert recipient == "interviews@in.example.com"
    assert token not in text + html
    assert confirmed == 0
    sent = maillinks.expand(text, key, "http://afterview.test")
    [path] = re.findall(r"http://afterview\.test(/inbound/act/\S+)", sent)
    # The link signed at send time carries what the old one did.
    from service.outbox.oneclick import read_signed

    payload = read_signed(key, "inbound-act", path.rsplit("/", 1)[1], max_age=timedelta(days=1))
    assert payload == {"m": 7, "a": "confirm"}
