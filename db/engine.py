"""How an engine to the database is made (SQLite pragmas, PostgreSQL URLs); where it lives is
`db.locations`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.locations import is_sqlite

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "shequn_write"
"""Execution option that makes a SQLite transaction start as BEGIN IMMEDIATE (see ops)."""
SYNCHRONOUS = "FULL"
"""FULL: a committed write survives a power cut too, not only a crash (bench/bench_sync.py)."""


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # The stdlib driver's implicit transactions skip DDL; we issue BEGIN ourselves (see below).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    # A writer waits this long for another one (a CLI import) before giving up.
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA secure_delete=ON")
    cur.execute("PRAGMA cache_size=-32000")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def _sqlite_on_begin(conn: Any) -> None:
    # A write transaction takes the write lock at once (BEGIN IMMEDIATE), so it waits its turn
    # under busy_timeout; a deferred one that reads first and then writes would fail at once
    # with "database is locked" while another process writes.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys, secure delete and explicit transactions."""
    if is_sqlite(url):
        # hide_parameters: a failed statement's message (logged, shown) never carries member data.
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, hide_parameters=True, **kwargs
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
