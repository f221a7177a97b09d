"""The real app plus two baseline routes, served by gunicorn for the feed benchmark.

`/bench/memory` returns the same bytes as the benchmarked feed straight from memory;
`/bench/trivial` returns an empty 204. Both live in the same app and process as the
feed route, so a ratio against them measures only what the feed route adds.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, Response

from service import create_app


def create_bench_app() -> Flask:
    app = create_app()
    body = Path(os.environ["AFTERVIEW_BENCH_BODY"]).read_bytes()

    @app.get("/bench/memory")
    def memory() -> Response:
        return Response(body, content_type="text/calendar; charset=utf-8")

    @app.get("/bench/trivial")
    def trivial() -> Response:
        return Response(status=204)

    return app
