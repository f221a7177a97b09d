"""Alembic environment: migrate the app's database using the models' metadata."""

from __future__ import annotations

from alembic import context
from flask import current_app

from service import load_models
from service.platform.db import Base

load_models()
config = context.config
target_metadata = Base.metadata


def run_offline() -> None:
    context.configure(
        url=current_app.config["SQLALCHEMY_DATABASE_URI"],
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    engine = current_app.extensions["migrate"].db.engine
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A batch migration rebuilds a table (copy, drop, rename). With foreign keys on,
            # dropping `users` would cascade-delete every row that points at it; SQLite reads
            # this pragma only outside a transaction, so it is set before the migration's.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
            if broken:
                raise RuntimeError(f"the migration left rows pointing nowhere: {broken[:5]}")


if context.is_offline_mode():
    run_offline()
else:
    run_online()
