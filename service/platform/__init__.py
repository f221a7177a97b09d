"""The platform every feature stands on: settings, database, errors, logs, paths, claims,
links and the start-up checks."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Logging first, then the database and the `check` command."""
    from service.platform import db, logs
    from service.platform.preflight import check_command

    logs.init_app(app)
    db.init_app(app)
    app.cli.add_command(check_command)
