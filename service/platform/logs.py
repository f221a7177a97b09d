"""Logging: readable lines for people, one JSON object per line for machines.

Every record carries the ID of the request it belongs to (`X-Request-ID`, taken from
the caller when well-formed, generated otherwise, and echoed on the response), and
every formatted line passes through `redact()`, so feed secrets, one-click tokens,
hook query strings, inbound address tokens and URL passwords never reach a log
file, whichever logger (Flask, Werkzeug, gunicorn, SQLAlchemy) wrote them. Message
bodies are never logged by design: callers log IDs and sizes, not content.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import uuid
from contextvars import ContextVar, Token
from typing import Any

from flask import Flask, Response, request
from gunicorn import glogging
from pythonjsonlogger.json import JsonFormatter

from service.platform.config import Settings

REQUEST_ID_HEADER = "X-Request-ID"
NO_REQUEST = "-"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s"
REDACTED = "[redacted]"

_request_id: ContextVar[str] = ContextVar("afterview_request_id", default=NO_REQUEST)
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")

# Each pattern keeps its first group and hides the rest of the match.
_SECRETS = (
    # The feed URL's path is the feed's only credential.
    re.compile(r"(/feeds/)[^/\s\"'?#]+?(?=\.ics|[/\s\"'?#]|$)"),
    # One-click links carry a signed token in the path.
    re.compile(r"(/act/)[^/\s\"'?#]+"),
    # Hook query strings name the inbound address (with its secret) or carry auth.
    re.compile(r"(/hooks/[^\s\"'?#]*\?)[^\s\"'#]+"),
    # The plus part of an inbound address is that user's secret.
    re.compile(r"(\b[\w.-]+\+)[^@\s\"'<>]+(?=@)"),
    re.compile(r"(\b[\w.-]+%2[bB])[^@\s\"'<>%]+(?=(?:@|%40))"),
    # Passwords inside URLs (database, SMTP, Basic-auth hook URLs).
    re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^:/\s@\"']*:)[^@\s/\"']+(?=@)"),
)


def redact(text: str) -> str:
    """Hide every secret-bearing part of a log line, keeping its shape readable."""
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


def current_request_id() -> str:
    """Return the ID of the request being served, or '-' outside one."""
    return _request_id.get()


class RequestIdFilter(logging.Filter):
    """Stamp each record with the current request ID (unless the caller gave one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = _request_id.get()
        return True


class RedactingFormatter(logging.Formatter):
    """A text formatter whose every line, traceback included, is redacted."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class RedactingJsonFormatter(JsonFormatter):
    """One JSON object per line, redacted after serialisation."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(str(super().format(record)))


def make_formatter(log_format: str) -> logging.Formatter:
    """Return the redacting formatter for `text` or `json`."""
    if log_format == "json":
        formatter: logging.Formatter = RedactingJsonFormatter(
            JSON_FIELDS, timestamp=True, rename_fields={"levelname": "level", "name": "logger"}
        )
        return formatter
    return RedactingFormatter(TEXT_FORMAT)


def make_handler(log_format: str, stream: Any = None) -> logging.Handler:
    """Return a stream handler that stamps request IDs and redacts."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(make_formatter(log_format))
    handler.addFilter(RequestIdFilter())
    return handler


def init_app(app: Flask) -> None:
    """Give every request an ID and configure the root logger once from the settings."""
    app.before_request(_start_request)
    app.after_request(_echo_request_id)
    app.teardown_request(_end_request)

    settings: Settings = app.config["SETTINGS"]
    root = logging.getLogger()
    if app.testing:
        return  # pytest captures logs itself
    if getattr(root, "_afterview_configured", False):
        return
    root.handlers = [make_handler(settings.log_format)]
    root.setLevel(settings.log_level.upper())
    root._afterview_configured = True  # type: ignore[attr-defined]


def choose_request_id(given: str | None) -> str:
    """Keep the caller's request ID when well-formed, else make one up."""
    return given if given and _VALID_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


def bind_request_id(request_id: str) -> Token[str]:
    """Stamp log records with `request_id` until `unbind_request_id` (for non-Flask edges)."""
    return _request_id.set(request_id)


def unbind_request_id(token: Token[str]) -> None:
    _request_id.reset(token)


def _start_request() -> None:
    _request_id.set(choose_request_id(request.headers.get(REQUEST_ID_HEADER)))


def _echo_request_id(response: Response) -> Response:
    response.headers[REQUEST_ID_HEADER] = _request_id.get()
    return response


def _end_request(_exc: BaseException | None) -> None:
    _request_id.set(NO_REQUEST)


_CREDENTIAL_ATOMS = frozenset(
    {
        "{authorization}i",
        "{cookie}i",
        "{set-cookie}o",
        "{x-afterview-signature}i",
        "{http_authorization}e",
        "{http_cookie}e",
        "{http_x_afterview_signature}e",
    }
)


class GunicornLogger(glogging.Logger):  # type: ignore[misc]
    """gunicorn's logger with redacted access lines, and JSON when configured.

    Set by `deploy/gunicorn.conf.py` (`logger_class`). The access line takes the
    request ID from the response header the app set.
    """

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        log_format = os.environ.get("AFTERVIEW_LOG_FORMAT", "text").strip().lower()
        self._json = log_format == "json"
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                if log is self.access_log and not self._json:
                    handler.setFormatter(RedactingFormatter("%(message)s"))
                else:
                    handler.setFormatter(make_formatter(log_format))
                handler.addFilter(RequestIdFilter())

    def atoms(self, resp: Any, req: Any, environ: Any, request_time: Any) -> dict[str, Any]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        for key, value in atoms.items():
            if key in _CREDENTIAL_ATOMS:
                atoms[key] = REDACTED
            elif isinstance(value, str):
                atoms[key] = redact(value)
        if atoms.get("q") and "/hooks/" in str(atoms.get("U", "")):
            atoms["q"] = REDACTED
        return atoms

    def access(self, resp: Any, req: Any, environ: Any, request_time: Any) -> None:
        if not self._json:
            super().access(resp, req, environ, request_time)
            return
        if not self.access_log_enabled:
            return
        atoms = self.atoms(resp, req, environ, request_time)
        request_id = dict((k.lower(), v) for k, v in resp.headers).get("x-request-id", NO_REQUEST)
        self.access_log.info(
            "%s %s %s",
            atoms["m"],
            atoms["U"],
            atoms["s"],
            extra={
                "request_id": request_id,
                "remote_addr": atoms["h"],
                "method": atoms["m"],
                "path": atoms["U"],
                "status": int(str(atoms["s"]).split()[0] or 0),
                "bytes": atoms["B"],
                "duration_ms": round(request_time.total_seconds() * 1000, 1),
                "user_agent": atoms["a"],
            },
        )
