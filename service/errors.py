"""Domain errors and the one place they become HTTP responses."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from flask import Flask, Response, jsonify, render_template, request
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

RETRY_AFTER_SECONDS = 5
T = TypeVar("T")


class Invalid(ValueError):
    """Input broke a rule; `field` names what, the message says why.

    `problems` lists every (field, message) found, the first being `field` and
    `message`, so a form, the API and the CLI can name all of them at once.
    """

    def __init__(self, field: str, message: str, *, also: Sequence[tuple[str, str]] = ()) -> None:
        self.field = field
        self.message = message
        self.problems: tuple[tuple[str, str], ...] = ((field, message), *also)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "; ".join(f"{field}: {message}" for field, message in self.problems)


class Problems:
    """Collects what independent checks reject, then raises them together as one Invalid.

    A person who sent three mistakes should hear about three, not fix one per round trip.
    """

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []

    def add(self, field: str, message: str) -> None:
        if (field, message) not in self.found:
            self.found.append((field, message))

    def note(self, exc: Invalid) -> None:
        for field, message in exc.problems:
            self.add(field, message)

    @contextmanager
    def check(self) -> Iterator[None]:
        """Run a block; an Invalid it raises is noted instead of ending the caller."""
        try:
            yield
        except Invalid as exc:
            self.note(exc)

    def value(self, compute: Callable[[], T], default: T) -> T:
        """Return `compute()`, or `default` once its Invalid is noted."""
        try:
            return compute()
        except Invalid as exc:
            self.note(exc)
            return default

    def has(self, field: str) -> bool:
        return any(name == field for name, _message in self.found)

    def raise_any(self) -> None:
        """Raise every problem noted so far as one Invalid; do nothing when there are none."""
        if self.found:
            (field, message), *rest = self.found
            raise Invalid(field, message, also=rest)


class NotFound(LookupError):
    """The thing does not exist, or belongs to someone else (indistinguishable on purpose)."""


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


def _wants_problem() -> bool:
    return request.path.startswith(("/api/", "/hooks/"))


def init_app(app: Flask) -> None:
    """Map every error to a clean response: problem+json for machines, a page for people."""

    @app.errorhandler(Invalid)
    def _invalid(exc: Invalid) -> Response | tuple[str, int]:
        if _wants_problem():
            return problem(
                422,
                "Invalid input",
                exc.message if len(exc.problems) == 1 else str(exc),
                errors=[{"field": field, "message": message} for field, message in exc.problems],
            )
        return render_template("error.html", status=422, message=str(exc)), 422

    @app.errorhandler(NotFound)
    def _not_found(exc: NotFound) -> Response | tuple[str, int]:
        if _wants_problem():
            return problem(404, "Not found", str(exc) or "No such resource")
        return render_template("error.html", status=404, message="Not found"), 404

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response | tuple[str, int]:
        status = exc.code or 500
        if _wants_problem():
            return problem(status, exc.name, exc.description or "")
        return render_template("error.html", status=status, message=exc.description), status

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
            page = render_template(
                "error.html", status=503, message="The service is briefly unavailable."
            )
            response = Response(page, status=503, mimetype="text/html")
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response | tuple[str, int]:
        app.logger.exception("unhandled error on %s %s", request.method, request.path)
        if _wants_problem():
            return problem(500, "Internal error", "The error was logged.")
        return render_template("error.html", status=500, message="Something went wrong."), 500
