"""Where the database lives and how an engine to it is made (SQLite pragmas, PostgreSQL URLs)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "SHEQUN_DB"
BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "shequn_write"
"""Execution option that makes a SQLite transaction start as BEGIN IMMEDIATE (see ops)."""
DB_FILENAME = "shequn.sqlite3"
SYNCHRONOUS = "FULL"
"""FULL: a committed write survives a power cut too, not only a crash (bench/bench_sync.py)."""


def data_dir() -> Path:
    """The user data folder (created on demand); overridable with SHEQUN_DATA_DIR for tests."""
    override = os.environ.get("SHEQUN_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("Shequn", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_url(db: str | None = None) -> str:
    """Turn `--db` (a path or an SQLAlchemy URL), `SHEQUN_DB` or the default into a URL."""
    value = db or os.environ.get(ENV_VAR) or str(data_dir() / DB_FILENAME)
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    # In a URL `?` starts the query and `#` the fragment: quoted, a folder named "备份#1?" works.
    quoted = str(path).replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    return f"sqlite:///{quoted}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if not is_sqlite(url):
        return None
    try:
        raw = make_url(url).database or ""  # unquotes what resolve_url quoted
    except ArgumentError:
        return None
    if not raw or raw == ":memory:":
        return None
    return Path(raw)


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
