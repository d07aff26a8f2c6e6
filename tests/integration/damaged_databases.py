"""Ways a database file is found damaged at start, each made from a good demo database: the
fixtures of the recovery tests. Each function damages `db` in place (its backups stay good)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path


def demo(path: Path, members: int, seed: int = 5) -> None:
    from app.bootstrap import open_context
    from app.demo import fill

    ctx = open_context(str(path))
    fill(ctx.session_factory, members=members, seed=seed)
    ctx.close()


def zeroed_header(db: Path) -> None:
    with open(db, "r+b") as fh:
        fh.write(b"\0" * 100)


def truncated(db: Path) -> None:
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size // 3)


def zero_length(db: Path) -> None:
    db.write_bytes(b"")


def directory(db: Path) -> None:
    db.unlink()
    db.mkdir()


def foreign_wal(db: Path) -> None:
    """Put another database's -wal (with committed pages not yet checkpointed) beside `db`."""
    other = db.with_name("another.sqlite3")
    demo(other, 300, seed=9)
    conn = sqlite3.connect(other, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("UPDATE members SET note = 'x' || id")  # committed, still in the -wal
        shutil.copyfile(f"{other}-wal", f"{db}-wal")
    finally:
        conn.close()
    for side in ("", "-wal", "-shm"):
        Path(f"{other}{side}").unlink(missing_ok=True)
    Path(f"{db}-shm").unlink(missing_ok=True)


def settle(db: Path) -> None:
    """Checkpoint and close: only the main file is left (as after a clean exit)."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)


DAMAGES: dict[str, Callable[[Path], None]] = {
    "zeroed header": zeroed_header,
    "truncated": truncated,
    "zero length": zero_length,
    "directory": directory,
    "foreign wal": foreign_wal,
}
