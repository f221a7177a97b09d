"""Mailgun retrying a delivery while the first attempt is still being stored.

Found by an attack pass on a running server: of twenty posts of one Mailgun delivery
(same token and signature, as its retries are) at the same moment, the ones that met the
first attempt's uncommitted row were refused as replays (403) and counted as failed
authentications, so a burst of retries could throttle Mailgun's address.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa
from flask import Flask
from werkzeug.serving import make_server

from service.inbound.models import HookThrottle, InboundMessage
from service.platform.db import db
from tests.helpers import make_user
from tests.inbound import kit


def _post(url: str, form: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode())
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_concurrent_retries_of_one_mailgun_delivery_are_all_answered_stored(app: Flask) -> None:
    form = kit.mailgun_mime_form(
        kit.fixture("invite.eml"), kit.inbound_address(app, make_user(app))
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/hooks/email/mailgun/mime"
    start = threading.Barrier(20)

    def post(_: int) -> int:
        start.wait()
        return _post(url, form)

    try:
        with ThreadPoolExecutor(max_workers=20) as pool:
            codes = list(pool.map(post, range(20)))
    finally:
        server.shutdown()
        thread.join()
    assert codes == [200] * 20
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(InboundMessage)) == 1
        assert db.session.scalar(sa.select(sa.func.count()).select_from(HookThrottle)) == 0
