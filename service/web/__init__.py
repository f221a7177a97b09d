"""HTTP edges: thin blueprints over the domain."""

from __future__ import annotations

from typing import Any

from flask import Flask
from werkzeug.routing import IntegerConverter, Map

from service.interviews import MAX_ROW_ID


def at_most(largest: int) -> str:
    """A regular expression for the decimal numbers from 0 to `largest`, leading zeros allowed.

    Built digit by digit: numbers with fewer digits, then for each position of
    `largest`, its digits so far followed by a smaller one and any digits after.
    """
    digits = str(largest)
    choices = [rf"\d{{1,{len(digits) - 1}}}"] if len(digits) > 1 else []
    for index, digit in enumerate(digits):
        if digit != "0":
            rest = len(digits) - index - 1
            choices.append(
                f"{digits[:index]}[0-{int(digit) - 1}]" + (rf"\d{{{rest}}}" if rest else "")
            )
    choices.append(digits)
    return "0*(?:" + "|".join(choices) + ")"


class RowIdConverter(IntegerConverter):
    """`<int:…>` in every route: a number no row can have is a 404 before any query.

    Each route's lookup need not check the range itself (a 25-digit id overflowed
    SQLite's INTEGER in the ones that did not, a 500). The range is in the pattern, not
    only in `max`: Werkzeug notes a path's methods before it converts the number, so a
    range check alone made `PATCH /api/v1/interviews/3000000000` a 405 naming GET.
    """

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ROW_ID)
        super().__init__(url_map, *args, **kwargs)
        if kwargs["max"] == MAX_ROW_ID and not kwargs.get("signed"):
            self.regex = at_most(MAX_ROW_ID)


def init_app(app: Flask) -> None:
    """Register every blueprint."""
    # Before any route is added: rules pick their converters when they are added.
    app.url_map.converters["int"] = RowIdConverter
    from service.web import (
        actions,
        admin,
        api,
        api_account,  # noqa: F401 - importing adds its routes to api.bp
        cli,
        errors,
        feed,
        health,
        hooks,
        hotpaths,
        inbound_actions,
        input_guard,
    )

    errors.init_app(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(feed.bp)
    app.register_blueprint(actions.bp)
    app.register_blueprint(hooks.bp)
    app.register_blueprint(inbound_actions.bp)
    admin.init_app(app)
    app.cli.add_command(cli.serve)
    # After admin's own checks, so its size limit applies before a form is read here.
    input_guard.init_app(app)
    # Last, so it sits in front of everything (the proxy fix-up included).
    hotpaths.init_app(app)
