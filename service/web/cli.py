"""The development server command: the app, with the scheduler beside it when enabled."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from service.platform.cli import HOST_OPTION, PORT_OPTION, follow_served_links
from service.platform.config import settings_of


@click.command("serve")
@HOST_OPTION
@PORT_OPTION
@with_appcontext
def serve(host: str, port: int) -> None:
    """Serve the development server (with the scheduler when enabled)."""
    follow_served_links(host, port)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    background = None
    if settings_of(app).run_scheduler:
        from service.scheduler import start_in_background

        background = start_in_background(app)
    try:
        # Not app.run(): under the flask CLI it returns at once without serving.
        from werkzeug.serving import run_simple

        run_simple(host, port, app, use_reloader=False, threaded=True)
    finally:
        if background is not None:
            background.shutdown(wait=False)
