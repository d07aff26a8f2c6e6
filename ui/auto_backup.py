"""Backups while the window runs: after changes, at most every `interval` minutes, on the DB
worker (the window never waits for it). The interval is the business setting
`backups.interval_minutes` (设置 → 备份) unless given."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from app.errors import ShequnError
from app.settings.declared import BACKUP_MINUTES, DECLARED

if TYPE_CHECKING:
    from ui.env import UiEnv

log = logging.getLogger(__name__)
DEFAULT_MINUTES: int = DECLARED[BACKUP_MINUTES].default


class AutoBackup(QObject):
    """Counts changes announced on the runner; a timer backs up when there were any."""

    def __init__(self, env: UiEnv, minutes: int | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.follows_setting = minutes is None
        self.env = env
        self.dirty = False
        self.made: list[Any] = []
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, minutes or DEFAULT_MINUTES) * 60_000)
        self.timer.timeout.connect(self._on_timer_timeout)
        env.runner.changed.connect(self._on_runner_changed)
        if env.ctx.maintenance.path is not None:  # PostgreSQL: the server keeps backups
            self.timer.start()
            if self.follows_setting:
                env.tasks.spawn(self.read_interval())

    async def read_interval(self) -> None:
        minutes = await self.env.runner.run(self.env.ctx.settings.get, BACKUP_MINUTES)
        if self.timer.interval() != minutes * 60_000:
            self.timer.setInterval(int(minutes) * 60_000)  # restarts the countdown

    def _on_runner_changed(self, changes: Any) -> None:
        self.dirty = True
        if self.follows_setting and "settings" in getattr(changes, "areas", ()):
            self.env.tasks.spawn(self.read_interval())

    def _on_timer_timeout(self) -> None:
        if self.dirty:
            self.dirty = False
            self.env.tasks.spawn(self.backup_now())

    async def backup_now(self) -> None:
        try:
            path = await self.env.runner.run(self.env.ctx.maintenance.backup, None, "auto")
        except ShequnError as exc:  # e.g. the database failed its check: say so once
            log.warning("automatic backup skipped: %s", exc)
            self.env.show_message(str(exc))
            return
        self.made.append(path)
