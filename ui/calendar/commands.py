"""Undo commands of the calendar: each redo()/undo() runs one service call on the DB runner."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.calendar.domain import PostValues
from app.domain import Changes
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

    def __init__(
        self, env: UiEnv, post_id: int, title: str, before: dt.datetime | None, after: dt.datetime
    ) -> None:
        super().__init__(
            env, QCoreApplication.translate("CalendarPage", "改期「%1」").replace("%1", title)
        )
        self.post_id, self.before, self.after = post_id, before, after

    def redo(self) -> None:
        self._run(self.env.ctx.calendar.posts.reschedule, self.post_id, self.after)

    def undo(self) -> None:
        if self.before is not None:
            self._run(self.env.ctx.calendar.posts.reschedule, self.post_id, self.before)


class EditPostCommand(_RunnerCommand):
    """Save the post editor's values; undo writes the values from before."""

    def __init__(self, env: UiEnv, post_id: int, before: PostValues, after: PostValues) -> None:
        super().__init__(
            env, QCoreApplication.translate("CalendarPage", "编辑「%1」").replace("%1", after.title)
        )
        self.post_id, self.before, self.after = post_id, before, after

    def redo(self) -> None:
        self._run(self.env.ctx.calendar.posts.update, self.post_id, self.after)

    def undo(self) -> None:
        self._run(self.env.ctx.calendar.posts.update, self.post_id, self.before)


class StatusCommand(_RunnerCommand):
    """Mark a post published (or another status); undo restores the status and time."""

    def __init__(
        self,
        env: UiEnv,
        post_id: int,
        title: str,
        before: tuple[str, dt.datetime | None],
        status: str,
        at: dt.datetime | None,
    ) -> None:
        super().__init__(
            env, QCoreApplication.translate("CalendarPage", "标记「%1」").replace("%1", title)
        )
        self.post_id, self.before, self.status, self.at = post_id, before, status, at

    def redo(self) -> None:
        self._run(self.env.ctx.calendar.posts.set_status, self.post_id, self.status, self.at)

    def undo(self) -> None:
        self._run(self.env.ctx.calendar.posts.set_status, self.post_id, *self.before)


class CreatedPostCommand(_RunnerCommand):
    """A post the page just created (new in the editor, or an empty slot occurrence filled):
    the first redo() does nothing, undo() deletes it, a later redo() restores it under the same
    id, so commands above it on the stack still name the right post.

    The page creates the post before pushing, so a refused post (empty title …) shows its error
    and leaves no dead entry on the stack. Steps run on the one DB thread in order, so each
    reads what the previous one stored.
    """

    def __init__(self, env: UiEnv, post_id: int, text: str) -> None:
        super().__init__(env, text)
        self.post_id = post_id
        self.values: PostValues | None = None  # what undo() deleted, for the next redo()
        self._pushed = False  # push() calls redo() once: the post exists already then

    @classmethod
    def created(cls, env: UiEnv, post_id: int, title: str) -> CreatedPostCommand:
        return cls(
            env,
            post_id,
            QCoreApplication.translate("CalendarPage", "新建「%1」").replace("%1", title),
        )

    @classmethod
    def filled(cls, env: UiEnv, post_id: int, slot_name: str, day: dt.date) -> CreatedPostCommand:
        return cls(
            env,
            post_id,
            QCoreApplication.translate("CalendarPage", "填充「%1」%2")
            .replace("%1", slot_name)
            .replace("%2", f"{day:%m-%d}"),
        )

    def redo(self) -> None:
        if self._pushed:
            self._run(self._redo_now)
        self._pushed = True

    def undo(self) -> None:
        self._run(self._undo_now)

    def _redo_now(self) -> Changes:
        if self.values is None:
            return Changes()  # the undo failed: the post is still there
        _post_id, changes = self.env.ctx.calendar.posts.restore(self.post_id, self.values)
        self.values = None
        return changes

    def _undo_now(self) -> Changes:
        self.values, changes = self.env.ctx.calendar.posts.delete(self.post_id)
        return changes


class DeletePostCommand(_RunnerCommand):
    """Delete a post; undo creates it again with its id, groups and slot."""

    def __init__(self, env: UiEnv, post_id: int, title: str) -> None:
        super().__init__(
            env, QCoreApplication.translate("CalendarPage", "删除「%1」").replace("%1", title)
        )
        self.post_id = post_id
        self.values: PostValues | None = None

    def redo(self) -> None:
        self._run(self._redo_now)

    def undo(self) -> None:
        self._run(self._undo_now)

    def _redo_now(self) -> Changes:
        self.values, changes = self.env.ctx.calendar.posts.delete(self.post_id)
        return changes

    def _undo_now(self) -> Changes:
        if self.values is None:
            return Changes()  # the delete failed: nothing to bring back
        _post_id, changes = self.env.ctx.calendar.posts.restore(self.post_id, self.values)
        return changes
