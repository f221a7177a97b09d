"""A real HTTP server on a loopback port and a real headless Chromium, for browser tests."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def body_closed_before_sending(app: Flask) -> Any:
    """Werkzeug's development server closes a response only if the client is still there
    after the body is sent: when Chromium drops a connection mid-response (a page closed while
    its icon loads) the static file stays open until garbage collection, and the
    ResourceWarning fails whichever test runs then. The app streams nothing, so the server is
    handed a finished body and the original is closed here, whatever the client does."""

    def wsgi(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        body = app(environ, start_response)
        try:
            return [b"".join(body)]
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()

    return wsgi


@contextmanager
def serving(app: Flask, port: int) -> Iterator[str]:
    """Serve the app from a thread (threaded, like a real deployment) until the block ends."""
    server = make_server("127.0.0.1", port, body_closed_before_sending(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@contextmanager
def chromium() -> Iterator[Any]:
    """Launch Debian's Chromium through Playwright; never downloads a browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def page_width_overflow(page: Any) -> int:
    """How many pixels the page is wider than its window (0 when nothing scrolls sideways),
    measured once the page has loaded: right after a redirect a busy machine may not have
    laid it out with app.css yet."""
    page.wait_for_load_state("load")
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))
