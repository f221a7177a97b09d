"""A WSGI front that answers the hottest requests without Flask's per-request machinery.

Calendar clients poll their feed URL around the clock and probes hit `/healthz` every
few seconds; neither needs a session, a signed-in user, CSRF, the security headers of
pages or the URL map. A request that is a plain `GET` of `/healthz` or of a known,
active feed is answered here, inside an app context only (the database session lives
there), with the same bytes and headers the Flask routes would send. Everything else,
and every unusual case (an unknown feed, an error, HEAD), goes to the full Flask app,
whose routes stay the single source of 404s, 503s and error pages.

The request ID is kept: taken from `X-Request-ID` when well-formed, made up otherwise,
stamped on log records and echoed on the response, so gunicorn's (redacted) access
line carries it as for any other request.
"""

from __future__ import annotations

import io
import logging
import urllib.parse
from collections.abc import Iterable
from typing import TYPE_CHECKING

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from service.inbound.arrival import Rejected, check_shape
from service.inbound.intake import SignedIntake, accept
from service.inbound.store import Replayed
from service.interviews.feed import feed_options, user_feed
from service.platform.config import settings_of
from service.platform.db import db, utcnow
from service.platform.logs import (
    REQUEST_ID_HEADER,
    bind_request_id,
    choose_request_id,
    unbind_request_id,
)
from service.web.feed import (
    FEED_FILENAME,
    active_owner,
    feed_headers,
    is_fresh,
    note_fetch,
)
from service.web.hooks import (
    RAW_TYPES,
    Refused,
    check_raw_signature,
    raw_arrival,
    raw_proof,
    stored_answer,
)
from service.web.input_guard import nul_parameter

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger(__name__)

FEED_PREFIX = "/feeds/"
FEED_SUFFIX = ".ics"
RAW_HOOK_PATH = "/hooks/email/raw"
HEALTH_BODY = b'{"status":"ok"}\n'
_HEALTH_HEADERS = [("Content-Type", "application/json"), ("Content-Length", str(len(HEALTH_BODY)))]

Answer = tuple[str, list[tuple[str, str]], bytes]


class HotPaths:
    """Answer `/healthz` and whole-feed GETs directly; pass every other request on."""

    def __init__(self, app: Flask, fallback: WSGIApplication) -> None:
        self.app = app
        self.fallback = fallback
        self.intake = SignedIntake(app)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path: str = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD")
        if method == "POST" and path == RAW_HOOK_PATH:
            return self._raw_hook(environ, start_response)
        if method == "GET" and (path == "/healthz" or path.startswith(FEED_PREFIX)):
            request_id = choose_request_id(environ.get("HTTP_X_REQUEST_ID"))
            token = bind_request_id(request_id)
            try:
                answer = self._answer(environ, path)
            finally:
                unbind_request_id(token)
            if answer is not None:
                status, headers, body = answer
                headers.append((REQUEST_ID_HEADER, request_id))
                start_response(status, headers)
                return [body]
        return self.fallback(environ, start_response)

    def _raw_hook(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        """Store a correctly signed raw message and answer 200; leave the rest to Flask.

        Only the path every provider post takes when all is well is answered here: a
        signed, fresh, well-formed message of a stated length under the limit. Anything
        else (a refusal to count, a replay, a database error, a chunked body) goes to
        the Flask route with the body put back, which answers it as ever.
        """
        request_id = choose_request_id(environ.get("HTTP_X_REQUEST_ID"))
        token = bind_request_id(request_id)
        try:
            body, answer = self._store_raw(environ)
        finally:
            unbind_request_id(token)
        if answer is None:
            if body is not None:
                environ["wsgi.input"] = io.BytesIO(body)
            return self.fallback(environ, start_response)
        status, headers, payload = answer
        headers.append((REQUEST_ID_HEADER, request_id))
        start_response(status, headers)
        return [payload]

    def _store_raw(self, environ: WSGIEnvironment) -> tuple[bytes | None, Answer | None]:
        """Return the body read (None: untouched) and the answer (None: Flask answers)."""
        settings = settings_of(self.app)
        media_type = environ.get("CONTENT_TYPE", "").split(";", 1)[0].strip().lower()
        try:
            length = int(environ.get("CONTENT_LENGTH") or -1)
        except ValueError:
            return None, None
        if not settings.hook_secret or media_type not in RAW_TYPES:
            return None, None
        if not 0 < length <= settings.max_message_bytes:
            return None, None
        body: bytes = environ["wsgi.input"].read(length)
        if len(body) != length:
            return body, None
        pairs = urllib.parse.parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if nul_parameter(pairs) is not None:
            return body, None  # the Flask route names the NUL character in its 400
        recipient = next((value for name, value in pairs if name == "to"), "").replace(" ", "+")
        try:
            signature = check_raw_signature(
                settings.hook_secret,
                environ.get("HTTP_X_AFTERVIEW_TIMESTAMP", ""),
                environ.get("HTTP_X_AFTERVIEW_SIGNATURE", ""),
                recipient,
                body,
            )
            check_shape(body)
        except (Refused, Rejected):
            return body, None
        arrival, proof = raw_arrival(body, recipient), raw_proof(signature)
        try:
            stored = self.intake.accept(arrival, proof)
        except SQLAlchemyError:
            log.warning("raw hook: the one-statement store failed; trying again", exc_info=True)
            stored = None
        if stored is None:
            with self.app.app_context():
                try:
                    stored = accept(arrival, proof=proof, authserv_id=settings.inbound_authserv_id)
                except (Replayed, SQLAlchemyError):
                    return body, None  # the Flask route counts the replay, or answers 503
        payload = self.app.json.dumps(stored_answer(stored)).encode() + b"\n"
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))]
        return body, ("200 OK", headers, payload)

    def _answer(self, environ: WSGIEnvironment, path: str) -> Answer | None:
        if path == "/healthz":
            return "200 OK", list(_HEALTH_HEADERS), HEALTH_BODY
        secret = path[len(FEED_PREFIX) :].removesuffix(FEED_SUFFIX)
        if not path.endswith(FEED_SUFFIX) or "/" in secret:
            return None
        return self._feed(environ, secret)

    def _feed(self, environ: WSGIEnvironment, secret: str) -> Answer | None:
        """Serve an active owner's feed, or None to let the Flask route answer."""
        with self.app.app_context():
            try:
                owner = active_owner(secret)
                if owner is None:
                    return None  # the Flask route answers the same 404 as ever
                now = utcnow()
                note_fetch(owner, now, environ.get("HTTP_USER_AGENT"))
                rendered = user_feed(db.session, owner, now, feed_options(self.app))
            except Exception:  # the Flask route retries and answers 503 or 500 as usual
                log.warning("feed fast path failed; the full app answers", exc_info=True)
                return None
        fresh = is_fresh(
            rendered,
            environ.get("HTTP_IF_NONE_MATCH"),
            environ.get("HTTP_IF_MODIFIED_SINCE"),
            now,
        )
        headers = feed_headers(rendered, FEED_FILENAME, fresh, now)
        if fresh:
            return "304 Not Modified", headers, b""
        headers.append(("Content-Length", str(len(rendered.body))))
        return "200 OK", headers, rendered.body


def init_app(app: Flask) -> None:
    """Put the hot paths in front of the whole app (and of any proxy fix-up)."""
    app.wsgi_app = HotPaths(app, app.wsgi_app)  # type: ignore[method-assign]
