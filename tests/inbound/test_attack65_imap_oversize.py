"""A message over the size limit is not downloaded whole from the IMAP server.

Found by an attack pass: the poller fetched every new message with BODY.PEEK[] and only
then compared its length with AFTERVIEW_MAX_MESSAGE_BYTES, so a 2 GB message in the
folder was read into the scheduler's memory (imaplib holds a literal whole) before
being cut to its header. Now the poller asks the server for each message's size first
and fetches only the header of one over the limit; it is still kept, quarantined, with
the reason naming its size and the limit, and marked seen so the next poll moves on.
"""

from __future__ import annotations

import imaplib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from imap_tools import AND, MailBoxUnencrypted

from service.inbound.imap import poll_once
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import make_user
from tests.imapserver import ImapServer, available, dovecot
from tests.inbound.kit import SETTINGS, inbound_address, messages

if not available() and os.environ.get("AFTERVIEW_REQUIRE_DOVECOT"):
    raise RuntimeError("CI requires Dovecot for the IMAP tests: apt-get install dovecot-imapd")
pytestmark = pytest.mark.skipif(
    not available(), reason="Dovecot is not installed (apt-get install dovecot-imapd)"
)
FOLDER = "Afterview"
LIMIT = 20_000


@pytest.fixture
def imap() -> Iterator[ImapServer]:
    with dovecot() as server:
        with _box(server) as box:
            box.folder.create(FOLDER)
        yield server


def _box(server: ImapServer) -> MailBoxUnencrypted:
    return MailBoxUnencrypted(server.host, server.port).login(server.username, server.password)


@pytest.fixture
def app(database_url: str, tmp_path: Path, imap: ImapServer) -> Iterator[Flask]:
    built = make_app(
        database_url,
        tmp_path / "instance",
        **SETTINGS,
        imap_host=imap.host,
        imap_port=imap.port,
        imap_username=imap.username,
        imap_password=imap.password,
        imap_security="none",
        imap_folder=FOLDER,
        max_message_bytes=LIMIT,
    )
    yield built
    with built.app_context():
        db.session.remove()
        db.engine.dispose()


def test_an_oversized_message_is_kept_by_its_header_without_downloading_its_body(
    app: Flask, imap: ImapServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_id = make_user(app)
    body = ("Lorem ipsum dolor sit amet, interview padding.\r\n" * 20_000).encode()
    big = (
        f"Delivered-To: {inbound_address(app, user_id)}\r\n"
        "From: recruiter@example.com\r\nSubject: Huge attachment\r\n"
        "Message-ID: <huge-1@example.com>\r\n\r\n"
    ).encode() + body
    small = (
        f"Delivered-To: {inbound_address(app, user_id)}\r\n"
        "From: recruiter@example.com\r\nSubject: Small one\r\n"
        "Message-ID: <small-1@example.com>\r\n\r\nhello\r\n"
    ).encode()
    with _box(imap) as box:
        box.append(big, FOLDER)
        box.append(small, FOLDER)

    read = 0
    original = imaplib.IMAP4.read

    def counting(self: imaplib.IMAP4, size: int) -> bytes:
        nonlocal read
        data = original(self, size)
        read += len(data)
        return data

    monkeypatch.setattr(imaplib.IMAP4, "read", counting)
    polled = poll_once(app)
    assert (polled.stored, polled.repeats) == (2, 0)
    assert read < len(big) // 10, f"{read} bytes of literals read for a {len(big)}-byte message"

    huge, kept = messages(app)
    assert huge.status == "quarantined"
    assert f"{len(big)} bytes, over the {LIMIT}-byte limit" in huge.reason
    assert huge.raw is not None
    assert b"Subject: Huge attachment" in huge.raw
    assert len(huge.raw) < 1000
    assert huge.raw_size == len(big)
    assert kept.subject == "Small one"
    assert kept.status != "quarantined"
    with _box(imap) as box:
        box.folder.set(FOLDER)
        assert len(box.uids(AND(seen=True))) == 2
    assert poll_once(app).stored == 0
