"""Logs: one JSON object per line when asked, a request ID on every line, no secrets."""

from __future__ import annotations

import io
import json
import logging

import pytest
from flask import Flask

from service.platform.logs import REQUEST_ID_HEADER, make_handler, redact

FEED_SECRET = "ehj6y6hmcyyk66katrvdhg3xqt4wpeln"


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        (f'"GET /feeds/{FEED_SECRET}.ics HTTP/1.1" 200', FEED_SECRET),
        (f"GET /feeds/{FEED_SECRET}/interviews/7.ics", FEED_SECRET),
        (f"https://afterview.example.com/feeds/{FEED_SECRET}.ics", FEED_SECRET),
        ("GET /act/eyJhbGciOi.signed-token", "eyJhbGciOi"),
        ("POST /hooks/email/raw?to=interviews%2Bs3cr3t@in.example", "s3cr3t"),
        ("routed to interviews+s3cr3tpart@in.example", "s3cr3tpart"),
        ("postgresql+psycopg://afterview:hunter2@db:5432/afterview", "hunter2"),
        ("https://user:pa55word@afterview.example/hooks/email/postmark", "pa55word"),
    ],
)
def test_secrets_are_redacted_from_log_lines(line: str, secret: str) -> None:
    cleaned = redact(line)
    assert secret not in cleaned
    assert "[redacted]" in cleaned


def test_ordinary_lines_are_left_alone() -> None:
    line = "GET /interviews/12 200 for dana@example.com in 12 ms"
    assert redact(line) == line


def _log_during_request(app: Flask, headers: dict[str, str]) -> tuple[str, str]:
    stream = io.StringIO()
    logger = logging.getLogger("afterview.test.requests")
    logger.propagate = False
    logger.handlers = [make_handler("json", stream)]
    logger.setLevel(logging.INFO)

    @app.get("/_log_probe")
    def probe() -> str:
        logger.info("serving /feeds/%s.ics", FEED_SECRET)
        return "ok"

    response = app.test_client().get("/_log_probe", headers=headers)
    logger.info("outside any request")
    return response.headers[REQUEST_ID_HEADER], stream.getvalue()


def test_each_line_is_json_with_the_request_id_the_response_carries(app: Flask) -> None:
    request_id, output = _log_during_request(app, {})
    inside, outside = (json.loads(line) for line in output.splitlines())
    assert len(request_id) == 32
    assert inside["request_id"] == request_id
    assert outside["request_id"] == "-"
    assert inside["level"] == "INFO"
    assert FEED_SECRET not in output
    assert "/feeds/[redacted].ics" in inside["message"]


def test_a_well_formed_caller_request_id_is_kept_and_a_hostile_one_replaced(app: Flask) -> None:
    kept, _ = _log_during_request(app, {REQUEST_ID_HEADER: "proxy-4f2a9c1e"})
    assert kept == "proxy-4f2a9c1e"
    replaced = app.test_client().get("/healthz", headers={REQUEST_ID_HEADER: "<script>" * 40})
    assert "<" not in replaced.headers[REQUEST_ID_HEADER]
    assert len(replaced.headers[REQUEST_ID_HEADER]) == 32
