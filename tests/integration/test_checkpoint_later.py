"""A large write's commit leaves the WAL checkpoint to a thread of its own (db.engine)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from import_fixture_files import write_xlsx

import db.engine as engine_module
from db.engine import AUTOCHECKPOINT_PAGES, finish_checkpoints

ROWS = [["昵称", "微信号"], *([f"成员{i}", f"wx_ckpt_{i}"] for i in range(50))]


def _members_in_file_alone(db_path: Path, tmp_path: Path) -> int:
    """Members the database file holds without its -wal (what a checkpoint has copied)."""
    copy = tmp_path / "alone.sqlite3"
    shutil.copyfile(db_path, copy)
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])


def test_the_import_commit_copies_nothing_and_the_thread_copies_it_all(
    ctx: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    real = engine_module._checkpoint
    monkeypatch.setattr(engine_module, "_checkpoint", asked.append)
    with ctx.engine.connect() as conn:  # the log copied before: what follows is the import's
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    result = ctx.imports.apply(ctx.imports.plan(write_xlsx(tmp_path / "r.xlsx", {"S": ROWS})))
    finish_checkpoints()
    assert result.created == 50
    assert asked == [str(db_path)]
    assert _members_in_file_alone(db_path, tmp_path) == 0  # committed to the log only
    with ctx.engine.connect() as conn:  # the pooled connection checks at the usual size again
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == AUTOCHECKPOINT_PAGES
    real(asked[0])
    assert _members_in_file_alone(db_path, tmp_path) == 50


def test_closing_the_context_waits_for_the_checkpoint(
    ctx: Any, db_path: Path, tmp_path: Path
) -> None:
    ctx.imports.apply(ctx.imports.plan(write_xlsx(tmp_path / "r.xlsx", {"S": ROWS})))
    ctx.close()
    assert _members_in_file_alone(db_path, tmp_path) == 50
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0


def test_other_writes_keep_the_automatic_checkpoint(
    ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(engine_module, "_checkpoint", asked.append)
    ctx.members.create({"nickname": "一位", "wechat": "wx_one"})
    finish_checkpoints()
    assert asked == []


def test_a_cli_import_leaves_no_log_to_replay(db_path: Path, tmp_path: Path) -> None:
    """The process ends after its import: the checkpoint has copied the log by then, so the
    next start reads the file as it is (`first_rows`, no damage check of a replayed log)."""
    import os
    import subprocess
    import sys

    from db.locations import wal_has_frames
    from db.statistics import MIN_ROWS

    # Large enough for the planner's statistics to be written on the checkpoint thread too.
    many = [["昵称", "微信号"], *([f"成员{i}", f"wx_ckpt_{i}"] for i in range(MIN_ROWS + 50))]
    path = write_xlsx(tmp_path / "r.xlsx", {"S": many})
    env = {**os.environ, "SHEQUN_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(db_path), "import", str(path)],
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert not wal_has_frames(db_path)
    assert _members_in_file_alone(db_path, tmp_path) == MIN_ROWS + 50
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        stats = conn.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'members'")
        assert stats.fetchone()[0] > 0
