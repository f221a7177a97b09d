"""A raw-hook caller that retries the very request it sent is told the message is kept.

Found by an attack pass on a running server: 300 signed posts through gunicorn while its
workers were SIGKILLed; a caller that lost its answer retried the same request (same
second, so the same timestamp and signature). Every message was stored, but a retry
that met the row its first attempt had committed before the worker died was answered
403 "This signature was used before (replay)": the caller was told its message was
refused when it was kept. The signature covers the body and the recipient, so it can
only ever bring that one row: sending it again now answers 200, duplicate, and stores
nothing.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from flask import Flask
from werkzeug.serving import make_server

from tests.helpers import make_user
from tests.inbound import kit


@contextmanager
def _serving(app: Flask) -> Iterator[int]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_port)
    finally:
        server.shutdown()
        thread.join()


def _post(port: int, to: str, raw: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    url = f"http://127.0.0.1:{port}/hooks/email/raw?" + urllib.parse.urlencode({"to": to})
    request = urllib.request.Request(url, data=raw, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as error:
        return int(error.code), error.read()


def _send_and_hang_up(port: int, to: str, raw: bytes, headers: dict[str, str]) -> None:
    """Send the whole request and go away without its answer (a caller's timeout)."""
    target = "/hooks/email/raw?" + urllib.parse.urlencode({"to": to})
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(
            (
                f"POST {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{head}"
                f"Content-Length: {len(raw)}\r\nConnection: close\r\n\r\n"
            ).encode()
            + raw
        )


def test_a_retry_of_a_request_whose_answer_was_lost_is_answered_as_stored(app: Flask) -> None:
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("invite.eml")
    headers = kit.raw_headers(raw, to)
    with _serving(app) as port:
        _send_and_hang_up(port, to, raw, headers)
        deadline = time.monotonic() + 10
        while not kit.messages(app) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(kit.messages(app)) == 1  # kept, though its answer never arrived
        status, body = _post(port, to, raw, headers)  # the caller's retry, byte for byte
    assert status == 200, body
    assert json.loads(body)["duplicate"] is True
    assert len(kit.messages(app)) == 1


def test_the_same_request_sent_ten_times_at_once_is_stored_once_and_answered_stored(
    app: Flask,
) -> None:
    to = kit.inbound_address(app, make_user(app))
    raw = kit.fixture("invite.eml")
    headers = kit.raw_headers(raw, to)
    start = threading.Barrier(10)
    with _serving(app) as port:

        def post(_: int) -> int:
            start.wait()
            return _post(port, to, raw, headers)[0]

        with ThreadPoolExecutor(max_workers=10) as pool:
            codes = list(pool.map(post, range(10)))
    assert codes == [200] * 10
    assert len(kit.messages(app)) == 1
