"""Undo commands of the calendar: each redo()/undo() runs one service call on the DB runner."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.calendar.domain import PostValues
from ui.env import UiEnv


class _RunnerCommand(QUndoCommand):
    """Schedules its service call on the runner; the page refreshes on `runner.changed`."""

    def __init__(self, env: UiEnv, text: str) -> None:
        super().__init__(text)
        self.env = env
        self.pending: asyncio.Future[Any] | None = None

    def _run(self, fn: Callable[..., Any], *args: Any) -> None:
        async def go() -> None:
            try:
                result = await self.env.runner.run(fn, *args)
            except Exception as exc:  # shown to the user, never lost
                self.env.show_error(exc)
                return
            changes = result[-1] if isinstance(result, tuple) else result
            self.env.runner.announce(changes)

        # Tracked by env.tasks: tests wait for it to be idle; failures reach the error presenter.
        self.pending = self.env.tasks.spawn(go())


class RescheduleCommand(_RunnerCommand):
    """Move a post to another time (drag and drop)."""

    def __init__(self, env: UiEnv, post_id: int, title: str, before: dt.datetime | None,
                 after: dt.datetime) -> None:
        super().__init__(env, QCoreApplication.translate("CalendarPage", "改期「%1」").replace("%1", title))
        self.post_id, self.before, self.after = post_id, before, after

    def redo(self) -> None:
        self._run(self.env.ctx.calendar.posts.reschedule, self.post_id, self.after)

    def undo(self) -> None:
        if self.before is not None:
            self._run(self.env.ctx.calendar.posts.reschedule, self.post_id, self.before)


class EditPostCommand(_RunnerCommand):
    """Save the post editor's values; undo writes the values from before."""

    def __init__(self, env: UiEnv, post_id: int, before: PostValues, after: PostValues) -> None:
        super().__init__(env, QCoreApplication.translate("CalendarPage", "编辑「%1」").replace(
            "%1", after.title))
        self.post_id, self.before, self.after = post_id, before, after

    def redo(self) -> None:
        self._run(self.env.ctx.calendar.posts.update, self.post_id, self.after)

    def undo(self) -> None:
        self._run(self.env.ctx.calendar.posts.update, self.post_id, self.before)


class StatusCommand(_RunnerCommand):
    """Mark a post published (or another status); undo restores the status and time."""

    def __init__(self, env: UiEnv, post_id: int, title: str, before: tuple[str, dt.datetime | None],
                 status: str, at: dt.datetime | None) -> None:
        super().__init__(env, QCoreApplication.translate("CalendarPage", "标记「%1」").replace("%1", title))
        self.post_id, self.before, self.status, self.at = post_id, before, status, at

    def redo(self) -> None:
        self._run(self.env.ctx.calendar.posts.set_status, self.post_id, self.status, self.at)

    def undo(self) -> None:
        self._run(self.env.ctx.calendar.posts.set_status, self.post_id, *self.before)
