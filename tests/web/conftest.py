"""Fixtures shared by the browser tests: a live server on loopback and Debian's Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from service.platform.db import db
from tests.conftest import make_app
from tests.web.live import chromium, free_port, serving


@pytest.fixture
def live(database_url: str, tmp_path: Path) -> Iterator[tuple[Flask, str]]:
    port = free_port()
    app = make_app(database_url, tmp_path / "live", base_url=f"http://127.0.0.1:{port}")
    with serving(app, port) as base:
        yield app, base
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched
