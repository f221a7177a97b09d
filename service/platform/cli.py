"""Plumbing every package's commands share: domain errors become exit codes, and links
follow the development server.

Exit codes: 0 done; 1 not found or refused; 2 bad input (named in the message).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import click
from flask import current_app

from service.platform import urls
from service.platform.config import Settings, settings_of
from service.platform.db import db
from service.platform.errors import Invalid, NotFound

T = TypeVar("T")

HOST_OPTION = click.option("--host", default="127.0.0.1", show_default=True, envvar="HOST")
PORT_OPTION = click.option("--port", default=5000, show_default=True, envvar="PORT", type=int)


class UsageFailure(click.ClickException):
    exit_code = 2


@contextmanager
def domain_errors() -> Iterator[None]:
    """Turn domain errors into one-line messages and exit codes; roll back on failure."""
    try:
        yield
        db.session.commit()
    except Invalid as exc:
        db.session.rollback()
        raise UsageFailure(str(exc)) from None
    except NotFound as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    except BaseException:
        db.session.rollback()
        raise


def run(action: Callable[[], T]) -> T:
    """Run one domain action in its own transaction; its errors become exit codes."""
    with domain_errors():
        return action()


def follow_served_links(host: str, port: int) -> None:
    """Without AFTERVIEW_BASE_URL, every link follows where the development server listens.

    The address is kept in the instance folder, so commands run beside the server
    (`afterview feed url`, the scheduler) print and mail the same links.
    """
    if Settings.from_env().base_url:
        return
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    served = urls.served_url(host, port)
    urls.remember_served(Path(app.instance_path), served)
    app.config["SETTINGS"] = replace(settings_of(app), base_url=served)
