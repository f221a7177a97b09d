"""The one place domain errors (and every other error) become HTTP responses."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, jsonify, render_template, request
from flask.globals import request_ctx
from markupsafe import escape
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

from service.platform.errors import Invalid, NotFound, Unoffered, page_words

RETRY_AFTER_SECONDS = 5

PAGE_WORDS = {
    400: "Afterview could not read what your browser sent. Go back, reload the page and try again.",
    405: "This address does not do that. Use the buttons and links on Afterview's pages.",
}


class BadQuery(Invalid):
    """A query parameter the request cannot use: 400, the address itself is wrong.

    Shaped like any Invalid (`errors` names each parameter), so a client reads both the
    same way; 422 stays for a body whose content breaks a rule.
    """


def problem(status: int, title: str, detail: str = "", **extra: Any) -> Response:
    """Build an RFC 9457 problem document."""
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extra)
    response = jsonify(body)
    response.status_code = status
    response.mimetype = "application/problem+json"
    return response


def error_page(status: int, message: str) -> str:
    """The error page for a person. A request whose Host header no address can be built for
    (a label over 63 letters, an empty label) has no URL adapter, and the layout's links need one:
    it gets the same words on a page without them."""
    if request_ctx.url_adapter is None:
        return (
            "<!doctype html><html lang=en><meta charset=utf-8><title>Afterview</title>"
            f"<h1>Afterview</h1><p>{escape(message)}</p></html>"
        )
    return render_template("error.html", status=status, message=message)


def said_on_a_page(exc: Invalid) -> str:
    """The problems in words for a person: each message once, without the field names.

    Field names ("outcome", "feed_interviews") are for programs; a page reaches this
    handler only for a button or a list the person did not type into, so the
    field is clear from what they just did.
    """
    said = dict.fromkeys(page_words(message) for _field, message in exc.problems)
    return " ".join(_sentence(message) for message in said)


def address_words(exc: BadQuery) -> str:
    """A bad query in words for a person: which part of the address, what it may be.

    A link on a page never carries such a value, so the person typed or pasted the
    address, or followed an old one; naming the part (`show`) and its choices lets
    them mend it, where the program's "'x' is not one of ..." would read as code.
    """
    said = []
    for field, message in exc.problems:
        if isinstance(message, Unoffered) and message.allowed:
            choices = ", ".join(f"“{choice}”" for choice in message.allowed[:-1])
            last = f"“{message.allowed[-1]}”"
            said.append(
                f"The address asks for “{message.given}” as “{field}”, and Afterview has no "
                f"such choice. “{field}” can be {f'{choices} or {last}' if choices else last}."
            )
        else:
            said.append(f"The address’s “{field}” {page_words(message)}.")
    return " ".join(said) + " Fix the address, or go back and use the links on the page."


def _sentence(message: str) -> str:
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _wants_problem() -> bool:
    return request.path.startswith(("/api/", "/hooks/"))


def init_app(app: Flask) -> None:
    """Map every error to a clean response: problem+json for machines, a page for people."""

    @app.errorhandler(BadQuery)
    def _bad_query(exc: BadQuery) -> Response | tuple[str, int]:
        if not _wants_problem():
            return error_page(400, address_words(exc)), 400
        return problem(
            400,
            "Bad query parameter",
            str(exc),  # "status: 'x' is not one of ...": the parameter is named in words too
            errors=[{"field": field, "message": message} for field, message in exc.problems],
        )

    @app.errorhandler(Invalid)
    def _invalid(exc: Invalid) -> Response | tuple[str, int]:
        if _wants_problem():
            return problem(
                422,
                "Invalid input",
                exc.message if len(exc.problems) == 1 else str(exc),
                errors=[{"field": field, "message": message} for field, message in exc.problems],
            )
        return error_page(422, said_on_a_page(exc)), 422

    @app.errorhandler(NotFound)
    def _not_found(exc: NotFound) -> Response | tuple[str, int]:
        if _wants_problem():
            return problem(404, "Not found", str(exc) or "No such resource")
        return error_page(404, "Not found"), 404

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        status = exc.code or 500
        if _wants_problem():
            response = problem(status, exc.name, exc.description or "")
        else:
            # Werkzeug's own descriptions ("The method is not allowed for the requested
            # URL.") speak to developers; ours, given when raising, speak to people.
            message = exc.description
            if message is None or message == type(exc).description:
                message = PAGE_WORDS.get(status, PAGE_WORDS[400])
            response = Response(error_page(status, message), status, mimetype="text/html")
        # What HTTP requires with the status stays (Allow on a 405, for one).
        for name, value in exc.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    def _database_unavailable(exc: OperationalError | InterfaceError) -> Response:
        # A database outage is temporary: 503 tells hooks to retry and browsers to wait,
        # and the pool reconnects by itself (pre-ping) once the database is back.
        app.logger.error(
            "database unavailable on %s %s: %s",
            request.method,
            request.path,
            type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__,
        )
        if _wants_problem():
            response = problem(503, "Service unavailable", "The database is unavailable.")
        else:
            page = error_page(503, "The service is briefly unavailable.")
            response = Response(page, status=503, mimetype="text/html")
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response | tuple[str, int]:
        app.logger.exception("unhandled error on %s %s", request.method, request.path)
        if _wants_problem():
            return problem(500, "Internal error", "The error was logged.")
        return error_page(500, "Something went wrong."), 500
