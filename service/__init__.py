"""Afterview: interviews in, follow-up steps out, as a calendar feed and reminders."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta
from importlib import import_module
from typing import Any

import click
from flask import Flask
from flask.cli import FlaskGroup
from sqlalchemy.exc import OperationalError
from werkzeug.middleware.proxy_fix import ProxyFix

from service.platform.config import ConfigError, Settings
from service.platform.paths import TEMPLATES_DIR

# Each package owns its tables; all are loaded before the first query so the
# relationships between them (a user's interviews) resolve, and migrations see every table.
MODEL_MODULES = (
    "service.accounts.models",
    "service.accounts.sessions",
    "service.interviews.models",
    "service.outbox.models",
    "service.inbound.models",
)


def load_models() -> None:
    """Import every package's tables onto the shared metadata."""
    for name in MODEL_MODULES:
        import_module(name)


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app from the environment; `test_config` overrides settings by field name."""
    settings = Settings.from_env()
    if test_config:
        overrides = {k: v for k, v in test_config.items() if k in Settings.__dataclass_fields__}
        settings = Settings(**{**settings.__dict__, **overrides})
        settings.validate()
    instance = settings.resolved_instance_path()
    # Resolved once here: everything reads the key and the links from these settings.
    settings = replace(
        settings,
        base_url=settings.resolved_base_url(),
        secret_key=settings.resolved_secret_key(),
    )
    app = Flask(
        __name__,
        instance_path=str(instance),
        template_folder=str(TEMPLATES_DIR),
        static_folder=str(TEMPLATES_DIR / "static"),
    )
    from service.parsing import places  # here: the parsing package it uses imports this one

    places.use_cache_dir(instance / "cache")
    app.config.update(
        SETTINGS=settings,
        SECRET_KEY=settings.secret_key,  # for Flask's own signing; ours reads the settings
        SQLALCHEMY_DATABASE_URI=settings.resolved_database_url(),
        # Statement parameters (a mail's subject, its sender) never go into error text:
        # a failed insert's exception would otherwise carry them into the logs.
        SQLALCHEMY_ENGINE_OPTIONS={"pool_pre_ping": True, "hide_parameters": True},
        MAX_CONTENT_LENGTH=settings.max_message_bytes + 1024 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.base_url.startswith("https://"),
        JSON_SORT_KEYS=False,
        # A sign-in lasts this long; the server-side session ends then too.
        PERMANENT_SESSION_LIFETIME=timedelta(days=settings.session_days),
    )
    if settings.trusted_proxies:
        # Behind the proxy every connection comes from it: take the client's address
        # (sign-in limits count per address) and scheme from the headers it adds.
        hops = settings.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
    if test_config:
        app.config.update({k: v for k, v in test_config.items() if k.isupper()})

    from service import accounts, inbound, interviews, outbox, parsing, platform, scheduler, web

    # Each package adds its own commands, blueprints and hooks, flaskr-style.
    for package in (platform, outbox, accounts, interviews, parsing, inbound, scheduler, web):
        package.init_app(app)
    return app


cli = FlaskGroup(
    create_app=lambda: create_app(),
    add_default_commands=True,
    help="Afterview: interviews in, follow-up steps out.",
)


def main() -> None:
    """Console-script entry point; a bad setting is one line naming it, exit code 2."""
    for position, argument in enumerate(sys.argv[1:], start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            # Python keeps bytes that are not UTF-8 (a Latin-1 terminal) as lone
            # surrogates, which no database column or mail can hold: name the argument
            # here rather than fail with a traceback at the first write.
            click.echo(
                f"afterview: argument {position} is not UTF-8 text; "
                "use a UTF-8 terminal (LANG=C.UTF-8) or convert it with iconv",
                err=True,
            )
            sys.exit(2)
    try:
        cli.main(prog_name="afterview")
    except ConfigError as exc:
        click.echo(f"afterview: configuration error: {exc}", err=True)
        sys.exit(2)
    except OperationalError as exc:
        if not _database_locked(exc):
            raise
        # The transaction was never committed, so the database holds none of it.
        click.echo(
            "afterview: the database is busy: another process (a running server, a backup, "
            "a migration) kept it locked for longer than this command waits; nothing was "
            "saved, try again",
            err=True,
        )
        sys.exit(1)


def _database_locked(error: OperationalError) -> bool:
    """Tell SQLite's 'database is locked' (the busy timeout ran out) from other failures."""
    words = str(error.orig).lower()
    return "database is locked" in words or "database table is locked" in words
