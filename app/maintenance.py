"""Keeping the database safe: integrity check, backups (rotating), restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, text

from app.errors import ShequnError
from db.engine import data_dir, sqlite_path

KEEP_BACKUPS = 10


class MaintenanceService:
    def __init__(self, url: str, engine: Engine) -> None:
        self._url = url
        self._engine = engine

    @property
    def path(self) -> Path | None:
        return sqlite_path(self._url)

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check (empty list: all well)."""
        if self.path is None:
            with self._engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return []
        with self._engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems = [r for r in rows if r != "ok"]
        problems += [f"外键错误：表 {r[0]} 第 {r[1]} 行" for r in fk]
        return problems

    def backup_dir(self) -> Path:
        path = data_dir() / "backups"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def backup(self, dest: Path | None = None) -> Path:
        """Copy the database with SQLite's online backup; rotates automatic backups."""
        src = self.path
        if src is None:
            raise ShequnError("团队数据库（PostgreSQL）请用服务器自带的备份工具（pg_dump）。")
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = Path(dest) if dest else self.backup_dir() / f"shequn-{stamp}.sqlite3"
        if target.is_dir():
            target = target / f"shequn-{stamp}.sqlite3"
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(src) as source, sqlite3.connect(target) as out:
            source.backup(out)
        out.close()
        if dest is None:
            olds = sorted(self.backup_dir().glob("shequn-*.sqlite3"))
            for old in olds[:-KEEP_BACKUPS]:
                old.unlink(missing_ok=True)
        return target

    def restore(self, source: Path) -> Path:
        """Replace the database with a backup, after backing the current one up."""
        dest = self.path
        if dest is None:
            raise ShequnError("团队数据库（PostgreSQL）请用服务器自带的恢复工具。")
        source = Path(source)
        try:
            with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as conn:
                ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                has_members = conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name='members'"
                ).fetchone()[0]
            conn.close()
        except sqlite3.DatabaseError:
            ok, has_members = False, 0
        if not ok or not has_members:
            raise ShequnError(f"「{source.name}」不是完好的社群管家备份，数据库未改动。")
        safety = self.backup()
        self._engine.dispose()
        with sqlite3.connect(source) as src, sqlite3.connect(dest) as out:
            src.backup(out)
        out.close()
        return safety
