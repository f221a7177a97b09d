"""The account flows in a real Chromium on a desktop and a 390 px phone (dark there).

Reset by mail (through a real SMTP server), download, revoke a token, delete the account:
each asserted as the person sees it, with no script error, no console error, and
nothing wider than the screen.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from service.platform.db import db
from service.scheduler import send_now
from tests.account.test_data import log
from tests.conftest import make_app
from tests.helpers import PASSWORD, auth, make_token, make_user
from tests.mailserver import Sink
from tests.web.live import CHROMIUM, chromium, free_port, page_width_overflow, serving

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which(CHROMIUM) is None, reason="Debian's chromium is not installed"),
]

SIZES = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "color_scheme": "dark",
    },
}
NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def live(database_url: str, tmp_path: Path, sink: tuple[Sink, int]) -> Iterator[tuple[Flask, str]]:
    port = free_port()
    app = make_app(
        database_url,
        tmp_path / "live",
        base_url=f"http://127.0.0.1:{port}",
        mail_server="127.0.0.1",
        mail_port=sink[1],
        mail_timeout=2.0,
        mail_default_sender="Afterview <hello@afterview.test>",
    )
    with serving(app, port) as base:
        yield app, base
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(params=sorted(SIZES))
def page(request: pytest.FixtureRequest) -> Iterator[Any]:
    with chromium() as browser:
        context = browser.new_context(accept_downloads=True, **SIZES[request.param])
        yield context.new_page()
        context.close()


class Watch:
    """What a page did that a person would notice: script errors, console errors, dialogs."""

    def __init__(self, page: Any) -> None:
        self.problems: list[str] = []
        self.confirms: list[str] = []
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        page.on("console", self._console)
        page.on("response", self._response)
        page.on("dialog", self._dialog)

    def _console(self, message: Any) -> None:
        # A page answered with 410 or 422 on purpose is logged as a failed load; the
        # response check below still catches a stylesheet, script or image that failed.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(f"console: {message.text}")

    def _response(self, response: Any) -> None:
        if response.status >= 400 and response.request.resource_type != "document":
            self.problems.append(f"{response.status} for {response.url}")

    def _dialog(self, dialog: Any) -> None:
        if dialog.type == "confirm":
            self.confirms.append(dialog.message)
            dialog.accept()
        else:
            self.problems.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()


def fits(page: Any) -> None:
    """Nothing on the page is wider than the screen (no sideways scrolling on a phone)."""
    assert page_width_overflow(page) <= 0


def sign_in(page: Any, base: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill("ana@example.com")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")


def open_account(page: Any, base: str) -> None:
    page.goto(f"{base}/")
    page.locator(".who a").click()  # the name at the top opens the account page
    page.wait_for_url(f"{base}/account")
    assert page.get_by_role("heading", level=1).inner_text() == "Your account"


def test_forgotten_password_reset_by_mail(
    live: tuple[Flask, str], page: Any, sink: tuple[Sink, int]
) -> None:
    app, base = live
    make_user(app, "ana@example.com")
    watch = Watch(page)
    page.goto(f"{base}/login")
    page.get_by_role("link", name="Forgot your password?").click()
    fits(page)
    page.get_by_label("Email").fill("ana@example.com")
    page.get_by_role("button", name="Send me a link").click()
    assert "If an account uses that address" in page.locator("#reset-sent").inner_text()

    send_now(app)
    [mail] = sink[0].received
    body = mail.message.get_body(("plain",))
    assert body is not None
    [link] = re.findall(rf"{re.escape(base)}/password/reset/\S+", body.get_content())
    page.goto(link)
    fits(page)
    page.get_by_label("New password", exact=True).fill("long enough one")
    page.get_by_label("New password again").fill("long enough two")
    page.get_by_role("button", name="Save new password").click()
    assert "does not match" in page.locator("#confirm_password-error").inner_text()
    fits(page)
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Save new password").click()
    page.wait_for_url(f"{base}/")
    assert "Your new password is set" in page.locator(".flash.success").inner_text()

    page.goto(link)  # a second use is refused, with a way forward
    assert "already used" in page.locator("#reset-problem").inner_text()
    assert page.get_by_role("link", name="Send me a new link").is_visible()
    assert watch.problems == []


def test_download_revoke_and_delete_from_the_account_page(
    live: tuple[Flask, str], page: Any
) -> None:
    app, base = live
    ana = make_user(app, "ana@example.com")
    log(app, ana, company="Northwind", role="Designer")
    kept, revoked = make_token(app, ana), make_token(app, ana)
    watch = Watch(page)
    sign_in(page, base)
    open_account(page, base)
    fits(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Everything (JSON)").click()
    assert download.value.suggested_filename.endswith(".json")
    document = json.loads(Path(download.value.path()).read_text())
    assert [i["company"] for i in document["interviews"]] == ["Northwind"]
    with page.expect_download() as download:
        page.get_by_role("link", name="Interviews and steps (CSV)").click()
    assert Path(download.value.path()).read_text(encoding="utf-8-sig").count("Northwind") == 3
    with page.expect_download() as download:
        page.get_by_role("link", name="Calendar (.ics)").click()
    assert "BEGIN:VCALENDAR" in Path(download.value.path()).read_text()

    tokens = page.locator("[data-token-id]")
    assert tokens.count() == 2
    page.locator('[data-token-id="2"]').get_by_role("button", name="Revoke").click()
    page.wait_for_url(f"{base}/account#tokens")
    assert "API token 2 revoked" in page.locator(".flash.success").inner_text()
    assert watch.confirms == ["Revoke token 2? Anything using it stops working."]
    assert page.locator("[data-token-id]").count() == 1
    api = page.request.get(f"{base}/api/v1/interviews", headers=auth(revoked))
    assert api.status == 401
    assert page.request.get(f"{base}/api/v1/interviews", headers=auth(kept)).status == 200
    fits(page)

    delete = page.locator("#delete")
    delete.get_by_label("Your password, to confirm").fill("not my password")
    delete.get_by_role("button", name="Delete my account").click()
    assert "nothing was deleted" in page.locator("#delete_password-error").inner_text()
    fits(page)
    page.locator("#delete").get_by_label("Your password, to confirm").fill(PASSWORD)
    page.locator("#delete").get_by_role("button", name="Delete my account").click()
    page.wait_for_url(re.compile(r".*/login.*"))
    assert "are deleted" in page.locator(".flash").inner_text()
    assert watch.confirms[-1].startswith("Delete your account and everything in it?")
    page.get_by_label("Email").fill("ana@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    assert "do not match an active account" in page.locator("#login-error").inner_text()
    assert watch.problems == []
