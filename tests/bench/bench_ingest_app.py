"""The real app plus a bare route that only reads the request body, for the ingest benchmark."""

from __future__ import annotations

from flask import Flask, Response, request

from service import create_app


def create_bench_app() -> Flask:
    app = create_app()
    # The bare route sits outside the CSRF-exempt hook blueprint; a signed hook needs none.
    app.config["WTF_CSRF_ENABLED"] = False

    @app.post("/bench/read-body")
    def read_body() -> Response:
        request.get_data(cache=False)
        return Response(b'{"stored": false}', content_type="application/json")

    return app
