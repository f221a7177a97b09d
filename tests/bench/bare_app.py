"""The baseline for `bench_overhead.py`: a bare Flask app doing only what the routes must.

No session, no login, no hooks, no database: `/healthz` answers the same JSON, the feed
URL answers the same bytes (or the same 304) from memory. Served by the same gunicorn
settings as the real app, so a ratio against it is everything our app adds per request.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, Response, jsonify, request

CACHE_CONTROL = "private, max-age=300, must-revalidate, no-transform"


def create_bare_app() -> Flask:
    app = Flask(__name__)
    body = Path(os.environ["AFTERVIEW_BENCH_BODY"]).read_bytes()
    etag = os.environ["AFTERVIEW_BENCH_ETAG"]
    headers = {"Cache-Control": CACHE_CONTROL, "ETag": etag}

    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify(status="ok")

    @app.get("/feeds/<string:secret>.ics")
    def feed(secret: str) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers=headers, content_type="text/calendar")
        return Response(body, headers=headers, content_type="text/calendar; charset=utf-8")

    return app
