"""Probes: alive always, ready only when the database is reachable and migrated."""

from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient

from tests.conftest import make_app


def test_healthz_and_readyz(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.get_json()["status"] == "ready"


def test_readyz_reports_missing_migrations(tmp_path: Path) -> None:
    app = make_app(f"sqlite:///{tmp_path / 'empty.db'}", tmp_path)
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert "afterview db upgrade" in response.get_json()["detail"]


def test_readyz_reports_unreachable_database(tmp_path: Path) -> None:
    app = make_app("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1", tmp_path)
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert "unreachable" in response.get_json()["detail"]


def test_unknown_path_is_a_clean_404(client: FlaskClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
