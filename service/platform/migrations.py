"""Schema state: is the database reachable and at the newest migration?"""

from __future__ import annotations

from dataclasses import dataclass

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import SQLAlchemyError

from service.platform.db import db
from service.platform.paths import MIGRATIONS_DIR


@dataclass(frozen=True)
class SchemaStatus:
    ready: bool
    detail: str


def head_revisions() -> set[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return set(ScriptDirectory.from_config(config).get_heads())


def schema_status() -> SchemaStatus:
    """Compare the database's revision with the code's; never raises."""
    try:
        with db.engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    except SQLAlchemyError as exc:
        db.engine.dispose()  # drop broken pooled connections so recovery needs no restart
        return SchemaStatus(False, f"database unreachable: {type(exc).__name__}")
    heads = head_revisions()
    if current != heads:
        return SchemaStatus(False, "migrations pending: run `afterview db upgrade`")
    return SchemaStatus(True, "database reachable, schema current")
