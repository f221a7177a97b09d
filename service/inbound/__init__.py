"""Inbound mail: store what arrives, route it to its account, and apply what it says."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Add the `ingest`, `inbound-address` and `inbound` commands."""
    from service.inbound.command import inbound_address_command, inbound_group, ingest_command

    for command in (ingest_command, inbound_address_command, inbound_group):
        app.cli.add_command(command)
