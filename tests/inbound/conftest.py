"""Apps with every inbound hook switched on, on each test database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from service.platform.db import db
from tests.conftest import make_app
from tests.inbound.kit import SETTINGS


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    application = make_app(database_url, tmp_path / "instance", **SETTINGS)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()
