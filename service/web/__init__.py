"""HTTP edges: thin blueprints over the domain."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register every blueprint."""
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
