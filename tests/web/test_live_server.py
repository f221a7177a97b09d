"""The browser tests' live server must not leak what a dropped connection leaves behind."""

from __future__ import annotations

import gc
import socket
import struct
import time
import warnings
from pathlib import Path

import pytest

from tests.conftest import make_app
from tests.web.live import free_port, serving

pytestmark = pytest.mark.slow


def test_a_client_that_hangs_up_mid_download_leaves_no_file_open(tmp_path: Path) -> None:
    """Chromium resets connections when a page closes while its icon loads; the development
    server then skips closing the response, and the open file warned in a later test."""
    app = make_app(f"sqlite:///{tmp_path / 'live.db'}", tmp_path / "live", base_url="http://x")
    port = free_port()
    gc.collect()  # what earlier tests left for the collector is not this server's leak
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with serving(app, port):
            for _ in range(20):
                client = socket.create_connection(("127.0.0.1", port))
                client.sendall(b"GET /static/icon.svg HTTP/1.1\r\nHost: x\r\n\r\n")
                time.sleep(0.005)
                # Linger 0: close with a reset, as a browser tearing down a tab does.
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                client.close()
            time.sleep(0.3)
        gc.collect()
    leaks = [str(w.message) for w in seen if issubclass(w.category, ResourceWarning)]
    assert leaks == [], leaks
