"""Alembic environment: runs on the connection handed in by `db.migrate.upgrade`."""

from __future__ import annotations

from alembic import context

from db import models_all  # noqa: F401  (registers every table on the metadata)
from db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Shequn migrations run through db.migrate.upgrade(engine)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
