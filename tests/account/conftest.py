"""Apps for the account tests: every inbound hook on, mail through a real SMTP server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from service.platform.db import db
from tests.conftest import make_app
from tests.inbound.kit import SETTINGS
from tests.mailserver import Sink, running_sink


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    with running_sink() as running:
        yield running


@pytest.fixture
def app(database_url: str, tmp_path: Path, sink: tuple[Sink, int]) -> Iterator[Flask]:
    application = make_app(
        database_url,
        tmp_path / "instance",
        mail_server="127.0.0.1",
        mail_port=sink[1],
        mail_timeout=2.0,
        mail_default_sender="Afterview <hello@afterview.test>",
        **SETTINGS,
    )
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()
