"""Backups while the window runs: after changes, at most every `interval` minutes, on the DB
worker (the window never waits for it)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from app.errors import ShequnError

if TYPE_CHECKING:
    from ui.env import UiEnv

log = logging.getLogger(__name__)
DEFAULT_MINUTES = 30


class AutoBackup(QObject):
    """Counts changes announced on the runner; a timer backs up when there were any."""

    def __init__(self, env: UiEnv, minutes: int = DEFAULT_MINUTES, parent: QObject | None = None):
        super().__init__(parent)
        self.env = env
        self.dirty = False
        self.made: list[Any] = []
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self._on_timer_timeout)
        env.runner.changed.connect(self._on_runner_changed)
        if env.ctx.maintenance.path is not None:  # PostgreSQL: the server keeps backups
            self.timer.start()

    def _on_runner_changed(self, _changes: object) -> None:
        self.dirty = True

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
