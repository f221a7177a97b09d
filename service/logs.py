"""Logging: readable lines for people, one JSON object per line for machines."""

from __future__ import annotations

import logging
import sys

from flask import Flask
from pythonjsonlogger.json import JsonFormatter

from service.config import Settings


def init_app(app: Flask) -> None:
    """Configure the root logger once from the settings."""
    settings: Settings = app.config["SETTINGS"]
    root = logging.getLogger()
    if app.testing:
        return  # pytest captures logs itself
    if getattr(root, "_afterview_configured", False):
        return
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(
            JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s", timestamp=True)
        )
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers = [handler]
    root.setLevel(settings.log_level.upper())
    root._afterview_configured = True  # type: ignore[attr-defined]
