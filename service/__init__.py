"""Afterview: interviews in, follow-up steps out, as a calendar feed and reminders."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from service.config import Settings
from service.paths import TEMPLATES_DIR


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app from the environment; `test_config` overrides settings by field name."""
    settings = Settings.from_env()
    if test_config:
        overrides = {k: v for k, v in test_config.items() if k in Settings.__dataclass_fields__}
        settings = Settings(**{**settings.__dict__, **overrides})
        settings.validate()
    instance = settings.resolved_instance_path()
    settings = replace(settings, base_url=settings.resolved_base_url())
    app = Flask(
        __name__,
        instance_path=str(instance),
        template_folder=str(TEMPLATES_DIR),
        static_folder=str(TEMPLATES_DIR / "static"),
    )
    from service import places  # here: the parsing package it uses imports this one

    places.use_cache_dir(instance / "cache")
    app.config.update(
        SETTINGS=settings,
        SECRET_KEY=settings.resolved_secret_key(),
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

    from service import db, errors, logs, mail, web

    logs.init_app(app)
    db.init_app(app)
    errors.init_app(app)
    mail.init_app(app)
    web.init_app(app)
    from service.cli import add_commands_to

    add_commands_to(app)
    return app


def settings_of(app: Flask) -> Settings:
    """Return the typed settings an app was built with."""
    settings = app.config["SETTINGS"]
    assert isinstance(settings, Settings)
    return settings
