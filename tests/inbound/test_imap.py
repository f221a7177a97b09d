"""IMAP polling against a real Dovecot: stored before marked, once per message, moves too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from imap_tools import AND, MailBoxUnencrypted

from service.inbound.imap import poll_once
from service.inbound.reader import read_pending
from service.interviews.models import Interview
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import make_user
from tests.imapserver import ImapServer, available, dovecot
from tests.inbound.kit import SETTINGS, fixture, inbound_address, messages

if not available() and os.environ.get("AFTERVIEW_REQUIRE_DOVECOT"):
    raise RuntimeError("CI requires Dovecot for the IMAP tests: apt-get install dovecot-imapd")
pytestmark = pytest.mark.skipif(
    not available(), reason="Dovecot is not installed (apt-get install dovecot-imapd)"
)
FOLDER = "Afterview"


@pytest.fixture
def imap() -> Iterator[ImapServer]:
    with dovecot() as server:
        with _box(server) as box:
            box.folder.create(FOLDER)
        yield server


def _box(server: ImapServer) -> MailBoxUnencrypted:
    return MailBoxUnencrypted(server.host, server.port).login(server.username, server.password)


@pytest.fixture
def apps() -> Iterator[list[Flask]]:
    """Collect the apps a test builds, and release their database connections after it."""
    built: list[Flask] = []
    yield built
    for app in built:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def _app(
    apps: list[Flask], database_url: str, tmp_path: Path, server: ImapServer, **extra: str
) -> Flask:
    app = make_app(
        database_url,
        tmp_path / "instance",
        **SETTINGS,
        imap_host=server.host,
        imap_port=server.port,
        imap_username=server.username,
        imap_password=server.password,
        imap_security="none",
        imap_folder=FOLDER,
        **extra,
    )
    apps.append(app)
    return app


def _deliver(server: ImapServer, raw: bytes) -> None:
    with _box(server) as box:
        box.append(raw, FOLDER)


def _addressed(app: Flask, user_id: int, name: str) -> bytes:
    return f"Delivered-To: {inbound_address(app, user_id)}\r\n".encode() + fixture(name)


def _interviews(app: Flask) -> list[Interview]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Interview)))
        db.session.expunge_all()
        return rows


def test_poll_stores_applies_and_marks_seen_once(
    database_url: str, tmp_path: Path, imap: ImapServer, apps: list[Flask]
) -> None:
    app = _app(apps, database_url, tmp_path, imap)
    user_id = make_user(app)
    _deliver(imap, _addressed(app, user_id, "invite.eml"))
    _deliver(imap, b"From: x@example.com\r\nSubject: not for anyone\r\n\r\nhello\r\n")

    first = poll_once(app)
    assert (first.stored, first.repeats) == (2, 0)
    stored = messages(app)
    assert [m.provider for m in stored] == ["imap", "imap"]
    assert stored[1].status == "quarantined"
    read_pending(app)
    assert [i.company for i in _interviews(app)] == ["Fernwood Analytics"]
    with _box(imap) as box:
        box.folder.set(FOLDER)
        assert len(box.uids(AND(seen=True))) == 2

    again = poll_once(app)
    assert (again.stored, again.repeats) == (0, 0)
    assert len(messages(app)) == 2


def test_poll_moves_stored_mail_to_the_processed_folder(
    database_url: str, tmp_path: Path, imap: ImapServer, apps: list[Flask]
) -> None:
    app = _app(apps, database_url, tmp_path, imap, imap_processed_folder="Done")
    with _box(imap) as box:
        box.folder.create("Done")
    user_id = make_user(app)
    _deliver(imap, _addressed(app, user_id, "invite.eml"))
    assert poll_once(app).stored == 1
    with _box(imap) as box:
        box.folder.set(FOLDER)
        assert box.uids() == []
        box.folder.set("Done")
        assert len(box.uids()) == 1


def test_a_new_uidvalidity_rereads_the_folder_without_duplicates(
    database_url: str, tmp_path: Path, imap: ImapServer, apps: list[Flask]
) -> None:
    app = _app(apps, database_url, tmp_path, imap)
    user_id = make_user(app)
    invite = _addressed(app, user_id, "invite.eml")
    _deliver(imap, invite)
    assert poll_once(app).stored == 1
    with _box(imap) as box:  # the folder is recreated: every UID starts again
        box.folder.delete(FOLDER)
        box.folder.create(FOLDER)
    _deliver(imap, invite)
    _deliver(imap, _addressed(app, user_id, "cancel.eml"))
    result = poll_once(app)
    assert (result.stored, result.repeats) == (1, 1)
    assert len(messages(app)) == 2
    read_pending(app)
    assert [i.status for i in _interviews(app)] == ["cancelled"]
