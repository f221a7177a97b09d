"""Every printed or mailed link comes from one base URL, the one the server listens on.

`make run PORT=5050` runs `afterview demo --port 5050` and `afterview serve --port 5050`;
a command run later beside them (`afterview feed url`) and the mail the scheduler
sends must give 5050 links too, not the default port.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from service.interviews.cli import DEMO_EMAIL
from service.outbox import maillinks
from service.outbox.models import OutboxMessage
from service.platform.config import settings_of
from service.platform.db import db
from tests.conftest import make_app
from tests.helpers import make_user
from tests.inbound import kit

SERVICE = Path(__file__).resolve().parent.parent / "service"


@pytest.fixture(autouse=True)
def _no_public_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AFTERVIEW_BASE_URL", raising=False)


@pytest.fixture
def apps(database_url: str) -> Iterator[Callable[..., Flask]]:
    """Make apps for one test and close their database pools after it: a pool left to the
    garbage collector warns about open connections in whichever test comes next."""
    made: list[Flask] = []

    def make(instance: Path, **settings: Any) -> Flask:
        made.append(make_app(database_url, instance, **settings))
        return made[-1]

    yield make
    for app in made:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_links_follow_the_port_of_make_run(apps: Callable[..., Flask], tmp_path: Path) -> None:
    instance = tmp_path / "instance"
    first = apps(instance, base_url="")
    demo = first.test_cli_runner().invoke(args=["demo", "--port", "5050"])
    assert demo.exit_code == 0, demo.output
    printed = re.findall(r"https?://\S+", demo.output)
    assert len(printed) == 2  # the admin page and the feed
    assert all(link.startswith("http://127.0.0.1:5050/") for link in printed)
    # Another process beside the server: no setting, same instance folder.
    later = apps(instance, base_url="", **kit.SETTINGS)
    url = later.test_cli_runner().invoke(args=["feed", "url", "--user", DEMO_EMAIL])
    assert url.exit_code == 0, url.output
    assert url.output.splitlines()[0].startswith("http://127.0.0.1:5050/feeds/")
    assert "5000" not in url.output
    assert settings_of(later).base_url == "http://127.0.0.1:5050"  # what the scheduler signs with
    to = kit.inbound_address(later, make_user(later))
    raw = kit.fixture("invite.eml")
    client = later.test_client()
    sent = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert sent.status_code == 200
    kit.read_all(later)
    with later.app_context():
        [mail] = db.session.scalars(sa.select(OutboxMessage)).all()
        # The dispatcher signs the one-click links when it sends, with the app's base.
        body = maillinks.expand(
            mail.text_body, later.config["SECRET_KEY"], settings_of(later).base_url
        )
    # Afterview's own links (the invitation's meeting link is someone else's).
    links = re.findall(r"https?://[^/\s]+/(?:inbound|interviews|settings)\S*", body)
    assert len([link for link in links if "/inbound/act/" in link]) == 2  # right; not one
    assert any(link.endswith("/edit") for link in links)  # "Fix it" opens the form
    assert all(link.startswith("http://127.0.0.1:5050/") for link in links)


def test_a_public_url_wins_over_where_the_server_listens(
    apps: Callable[..., Flask], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    instance = tmp_path / "instance"
    monkeypatch.setenv("AFTERVIEW_BASE_URL", "https://afterview.example")
    app = apps(instance, base_url="https://afterview.example")
    demo = app.test_cli_runner().invoke(args=["demo", "--port", "5050"])
    assert "https://afterview.example/" in demo.output
    assert "5050" not in demo.output


def test_no_module_builds_an_absolute_link_but_urls() -> None:
    builders = re.compile(r"base_url\.rstrip|rstrip\(['\"]/['\"]\)\}/|127\.0\.0\.1:5000")
    found = [
        str(path.relative_to(SERVICE))
        for path in SERVICE.rglob("*.py")
        if path.name != "urls.py" and builders.search(path.read_text())
    ]
    assert found == []
