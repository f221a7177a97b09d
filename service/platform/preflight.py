"""Start-up checks: are the settings usable, is the database there and migrated?

`afterview check` is what a deployment runs before serving (compose's migrate service,
systemd's ExecStartPre, gunicorn's `on_starting`): it says in one line what is wrong,
never prints a password, and can wait for a database that is still starting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.engine import make_url

from service.platform.migrations import SchemaStatus, schema_status

EXIT_READY = 0
EXIT_NOT_READY = 1


def describe_database(url: str) -> str:
    """Return the database URL with its password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def wait_until_reachable(
    wait_seconds: float,
    *,
    interval: float = 1.0,
    status: Callable[[], SchemaStatus] = schema_status,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> SchemaStatus:
    """Ask for the schema status until the database answers or `wait_seconds` pass.

    Pending migrations end the wait at once: waiting does not apply them.
    """
    deadline = clock() + wait_seconds
    while True:
        current = status()
        if current.ready or not current.detail.startswith("database unreachable"):
            return current
        if clock() + interval > deadline:
            return current
        sleep(interval)


@click.command("check")
@click.option(
    "--wait",
    "wait_seconds",
    type=click.FloatRange(min=0),
    default=0,
    show_default=True,
    help="Seconds to keep retrying while the database is unreachable.",
)
@click.option(
    "--allow-pending",
    is_flag=True,
    help="Succeed when only migrations are pending (run before `afterview db upgrade`).",
)
@with_appcontext
def check_command(wait_seconds: float, allow_pending: bool) -> None:
    """Check settings and database; exit 0 when ready to serve, 1 when not."""
    url = describe_database(current_app.config["SQLALCHEMY_DATABASE_URI"])
    status = wait_until_reachable(wait_seconds)
    pending = status.detail.startswith("migrations pending")
    click.echo(f"database {url}: {status.detail}", err=not status.ready)
    if status.ready or (allow_pending and pending):
        return
    raise SystemExit(EXIT_NOT_READY)
