"""A Mailgun delivery whose first attempt was not stored must be stored by a later retry.

Found by an attack pass on a running server: Mailgun retries a post it got no 200 for
(10 min, 15 min, 30 min, 1 h, 2 h, 4 h later), and every retry carries the first
attempt's timestamp, token and signature. The hook answered a 503 while the database
was down, as it should, but refused every retry as stale (403, "more than 5 minutes
from now"): a database outage or a timeout longer than five minutes lost every mail
that came in through Mailgun meanwhile. Now a signature block as old as Mailgun's
retries is taken; its token stays single-use for as long, and since Mailgun's signature
does not cover the body, a late post brings the message but none of Mailgun's word on
its sender (only the secret address, or our own DKIM check, routes it).
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from service.inbound.models import MessageStatus
from service.platform.db import db
from service.web import hooks
from tests.conftest import make_app
from tests.helpers import make_user
from tests.inbound import kit

BARE = "interviews@in.afterview.test"


@contextmanager
def _serving(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hooks/email/mailgun/mime"
    finally:
        server.shutdown()
        thread.join()


def _post(url: str, form: dict[str, str]) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode())
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status), dict(response.headers)
    except urllib.error.HTTPError as error:
        return int(error.code), dict(error.headers)


class _Later:
    """The hook's clock, `seconds` on from now (Mailgun's retry schedule)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def time(self) -> float:
        return time.time() + self.seconds


def _note(number: int) -> bytes:
    return (
        "X-Mailgun-Spf: Pass\r\n"
        "From: Ana Silva <ana@example.com>\r\n"
        f"To: {BARE}\r\n"
        "Subject: Thank you for today's conversation\r\n"
        "Date: Tue, 14 Apr 2026 17:30:00 +0000\r\n"
        f"Message-ID: <note-{number}@example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Thanks again, note {number}.\r\n"
    ).encode()


def test_a_retry_after_a_database_outage_is_stored_once(
    app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_id = make_user(app)
    form = kit.mailgun_mime_form(kit.fixture("invite.eml"), kit.inbound_address(app, user_id))
    # The first attempt meets a database that is down: nothing is kept, and Mailgun is
    # told to retry.
    down = make_app("postgresql://postgres@127.0.0.1:9/none", tmp_path / "down", **kit.SETTINGS)
    with _serving(down) as url:
        status, headers = _post(url, form)
    assert status == 503
    assert headers.get("Retry-After")
    assert kit.messages(app) == []
    with _serving(app) as url:
        # Mailgun's retries, 10 and 25 minutes, then 8 hours after the first attempt.
        monkeypatch.setattr(hooks, "time", _Later(10 * 60))
        first, _ = _post(url, form)
        monkeypatch.setattr(hooks, "time", _Later(25 * 60))
        second, _ = _post(url, form)
        monkeypatch.setattr(hooks, "time", _Later(8 * 3600))
        last, _ = _post(url, form)
        # The same token under another body is still a replay, however late.
        swapped = {**form, "body-mime": kit.fixture("cancel.eml").decode()}
        replay, _ = _post(url, swapped)
        # Past Mailgun's last retry, a signature block is refused.
        monkeypatch.setattr(hooks, "time", _Later(10 * 3600))
        unknown = kit.mailgun_mime_form(
            kit.fixture("cancel.eml"), kit.inbound_address(app, user_id)
        )
        too_late, _ = _post(url, unknown)
    assert (first, second, last, replay, too_late) == (200, 200, 200, 403, 403)
    [message] = kit.messages(app)
    assert message.user_id == user_id
    assert message.status == MessageStatus.RECEIVED


def test_a_late_post_brings_its_message_but_does_not_vouch_for_its_sender(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_id = make_user(app, "ana@example.com")
    link = kit.register_sender(app, user_id, "ana@example.com")
    assert app.test_client().post(link).status_code == 200
    with _serving(app) as url:
        on_time, _ = _post(url, kit.mailgun_mime_form(_note(1), BARE))
        monkeypatch.setattr(hooks, "time", _Later(20 * 60))
        late, _ = _post(url, kit.mailgun_mime_form(_note(2), BARE))
    assert (on_time, late) == (200, 200)
    fresh, stale = kit.messages(app)
    assert fresh.user_id == user_id  # Mailgun's SPF pass for a registered sender
    assert stale.user_id is None  # kept, quarantined: nothing vouched for it
    assert stale.status == MessageStatus.QUARANTINED
    with app.app_context():
        db.session.remove()
