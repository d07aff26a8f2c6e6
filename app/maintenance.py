"""Keeping the database safe: integrity check, backups (rotating), restore."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, make_url, text
from sqlalchemy.exc import DBAPIError

from app.backups import BackupInfo, backup_folder, list_backups, make_backup, restore_into
from app.errors import ShequnError
from app.ops import OpRunner, RecordEvent
from db.locations import sqlite_path
from db.statistics import refresh_member_statistics

log = logging.getLogger(__name__)


class MaintenanceService:
    def __init__(self, url: str, engine: Engine, ops: OpRunner | None = None) -> None:
        self._url = url
        self._engine = engine
        self._ops = ops

    @property
    def path(self) -> Path | None:
        return sqlite_path(self._url)

    def location(self) -> str:
        """Where the database is: its file, or its URL with the password hidden."""
        if self.path is not None:
            return str(self.path)
        return make_url(self._url).render_as_string(hide_password=True)

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
        if not problems:
            self.refresh_statistics()
        return problems

    def refresh_statistics(self) -> bool:
        """Bring the query planner's statistics of the members up to date when they are missing
        or stale (`db.statistics`); True when they were. SQLite only."""
        if self.path is None:
            return False
        try:
            with self._engine.begin() as conn:
                return refresh_member_statistics(conn.exec_driver_sql)
        except DBAPIError:  # a read-only file, a lock held elsewhere: they wait for next time
            log.warning("the members' statistics were not refreshed", exc_info=True)
            return False

    def backup_dir(self) -> Path:
        """This database's own backup folder."""
        path = self._require_file("备份")
        folder = backup_folder(path)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def backups(self) -> list[BackupInfo]:
        """This database's backups, newest first (dates, sizes, member counts)."""
        return list_backups(self._require_file("备份"))

    def backup(
        self, dest: Path | None = None, reason: str = "manual", source: str = "window"
    ) -> Path:
        """A verified copy (SQLite online backup); automatic ones rotate in the own folder."""
        path = make_backup(self._require_file("备份"), Path(dest) if dest else None, reason)
        self._record("backup", f"备份到 {path.name}", {"file": str(path), "reason": reason}, source)
        return path

    def restore(self, source: Path, origin: str = "window") -> Path | None:
        """Replace the database with a Shequn backup (checked first); returns the safety copy."""
        path = self._require_file("恢复")
        self._engine.dispose()
        safety = restore_into(path, Path(source))
        self._record("restore", f"从备份 {Path(source).name} 恢复", {"file": str(source)}, origin)
        return safety

    def _record(self, what: str, text: str, details: dict[str, Any], source: str) -> None:
        if self._ops is not None:
            self._ops.run(RecordEvent(what, text, details), source)

    def _require_file(self, what: str) -> Path:
        if self.path is None:
            raise ShequnError(
                f"团队数据库（PostgreSQL）请用服务器自带的工具{what}（pg_dump / pg_restore）。"
            )
        return self.path
