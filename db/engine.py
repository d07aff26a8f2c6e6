"""How an engine to the database is made (SQLite pragmas, PostgreSQL URLs); where it lives is
`db.locations`."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.locations import is_sqlite
from db.statistics import refresh_member_statistics

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "shequn_write"
"""Execution option that makes a SQLite transaction start as BEGIN IMMEDIATE (see ops)."""
SYNCHRONOUS = "FULL"
"""FULL: a committed write survives a power cut too, not only a crash (bench/bench_sync.py)."""
AUTOCHECKPOINT_PAGES = 1000  # SQLite's default
_CHECKPOINT_LATER = "shequn_checkpoint_later"
_checkpoints: list[threading.Thread] = []
_checkpoints_lock = threading.Lock()
log = logging.getLogger(__name__)


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


def checkpoint_after_commit(conn: Connection) -> None:
    """Let this transaction's commit skip the WAL checkpoint: run it on a thread of its own
    once the connection is back in the pool.

    A commit that takes the write-ahead log past 1,000 pages also copies the whole log into the
    database file and syncs it before it returns: for an import of 100,000 members, ~120 MB and
    0.6 s of the 0.8 s its commit takes, while the operator waits for the result. The commit
    itself is durable without it (synchronous=FULL syncs the log); the copy can come after, as
    SQLite's documentation suggests for applications that mind the latency. Readers and writers
    go on meanwhile (a PASSIVE checkpoint takes no lock that blocks them)."""
    path = conn.engine.url.database
    if conn.dialect.name != "sqlite" or not path or path == ":memory:":
        return
    conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
    conn.info[_CHECKPOINT_LATER] = path


def _sqlite_on_checkin(dbapi_conn: Any, record: Any) -> None:
    path = record.info.pop(_CHECKPOINT_LATER, None) if record is not None else None
    if path is None:
        return
    if dbapi_conn is not None:  # None: invalidated, and the pool opens a fresh one
        try:
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
        except sqlite3.Error:
            pass  # a connection being thrown away: its successor has the default
    # Not a daemon: a process that ends (a CLI import) waits for it, so the next start finds
    # the log copied. A PASSIVE checkpoint never waits for a lock.
    thread = threading.Thread(target=_checkpoint, args=(path,), name="shequn-checkpoint")
    with _checkpoints_lock:
        _checkpoints[:] = [t for t in _checkpoints if t.is_alive()]
        _checkpoints.append(thread)
    thread.start()


def _checkpoint(path: str) -> None:
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            # The write was a bulk one (an import, its undo): the planner's statistics follow,
            # before the checkpoint, which copies them into the file with the rest.
            with conn:
                refresh_member_statistics(conn.execute)
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error:
        # Left to the next commit's automatic checkpoint, or to the last connection's close.
        log.warning("background WAL checkpoint (or statistics) of %s failed", path, exc_info=True)


def finish_checkpoints() -> None:
    """Wait for the checkpoints still running (before the engine's connections are closed, so
    that the last close finds the log copied and removes it)."""
    with _checkpoints_lock:
        running = list(_checkpoints)
    for thread in running:
        thread.join()


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys, secure delete and explicit transactions."""
    if is_sqlite(url):
        # hide_parameters: a failed statement's message (logged, shown) never carries member data.
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, hide_parameters=True, **kwargs
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        event.listen(engine, "checkin", _sqlite_on_checkin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
