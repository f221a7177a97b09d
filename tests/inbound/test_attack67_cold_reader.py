"""The reader's first message after a (re)start is not charged for the parser's warm-up.

Found by the attack pass: seven invitations posted to a running server on a busy machine,
and three of them waited in review as "took too long to read (stopped after 10 s)",
which is not retried on its own. Each reading child announced itself ready before the
parser had loaded its language and zone data, so the first message a child read paid
about five seconds of warm-up (0.04 s once warm) inside its own limit; a child killed
for being slow was replaced by a cold one, so the next message paid it again. The child
now reads a small built-in mail before it says it is ready, outside any message's time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from service.inbound import reader
from service.inbound.models import MessageStatus
from service.inbound.sandbox import SPARES
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import make_user
from tests.inbound import kit

INVITATION = b"""From: Ana Ruiz <ana@globex.example>
To: {to}
Subject: Interview invitation: Data Engineer at Globex
Message-ID: <cold-67@globex.example>
Date: Sun, 06 Dec 2026 10:00:00 +0000
Content-Type: text/plain; charset=utf-8

Hello,

We would like to invite you to an interview for the Data Engineer role at Globex.
When: Tuesday 15 December 2026, 14:00-15:00 CET

Best,
Ana Ruiz
"""


@pytest.fixture
def tight(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    """A reader allowed 2 s a message: forty times what a warm child needs for this one."""
    application = make_app(database_url, tmp_path / "tight", **kit.SETTINGS, inbound_read_seconds=2)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def test_the_first_message_a_new_reading_child_reads_is_read_in_time(tight: Flask) -> None:
    user_id = make_user(tight)
    to = kit.inbound_address(tight, user_id)
    raw = INVITATION.replace(b"{to}", to.encode())
    answer = tight.test_client().post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert answer.status_code == 200, answer.json

    SPARES.close_all()
    [read] = reader.read_pending(tight)  # a fresh child, as after a start or a kill

    assert read.status == MessageStatus.APPLIED, kit.messages(tight)[0].reason
    assert read.seconds < 2
