"""Bring a database to the newest schema with Alembic, skipping Alembic when already current."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, inspect, text

from db.locations import MIGRATIONS_DIR, known_heads


def _config(connection: object | None = None) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revisions() -> set[str]:
    """Heads as declared by the migration scripts (reads the scripts folder)."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_config()).get_heads())  # type: ignore[arg-type]


def all_revisions() -> set[str]:
    """Every revision the migration scripts know (a backup from any of them can be restored)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())  # type: ignore[arg-type]
    return {rev.revision for rev in script.walk_revisions()}


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def upgrade(engine: Engine, before: Callable[[], object] | None = None) -> bool:
    """Apply pending migrations. Returns True when something was applied.

    Starting the app must stay fast, so the scripts folder is only read when the stamp in the
    database differs from the heads recorded in `migrations/HEADS`. `before` runs first when
    a database from an older version is about to change (not for a new, empty one): the app
    backs it up there.
    """
    known = known_heads()
    current = current_revisions(engine)
    if current == known:
        return False
    if current and before is not None:
        before()
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite rebuilds a table to add a foreign key; with foreign keys on, dropping the
            # old copy would cascade-delete every row that points at it. The pragma only
            # takes effect outside a transaction, so it goes to the driver connection first.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                command.upgrade(_config(conn), "heads")  # type: ignore[arg-type]
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left rows that point nowhere: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    return True
