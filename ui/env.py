"""What every page is handed: the core, the DB runner, the undo stacks, the error presenter."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoGroup, QUndoStack

from app.errors import ShequnError
from app.opening import OpeningContext
from ui.operations import OpExecutor
from ui.runner import DbRunner
from ui.tasks import TaskTracker

if TYPE_CHECKING:
    from app.bootstrap import AppContext


@dataclass
class UiEnv:
    """Built once in `ui.app` (the composition root) and passed to each page's constructor.

    `ctx` is the core's `AppContext`: its services are only ever called through
    `runner.run(...)`, never directly on the UI thread, and every write goes through
    `ops` (`ui.operations`). Undo is per page: `stack_for(page_key)` is that page's stack in
    `undo_group`, whose active stack the window's 撤销/重做 act on. `tasks.spawn(coro)` starts
    background coroutines whose errors reach `show_error` (domain errors) or the exception hook.
    `settings` is the `ui.ui_settings.UiSettings` (None in tests that don't need it);
    `language` the `ui.i18n.Language` that switches the interface language live (None: the
    choice is saved and takes effect on restart).

    A window started on its first rows (`ui.app`) has an `app.opening.OpeningContext` as `ctx`
    and the reader of those rows as `start_rows` (`app.members.first_rows.FirstRows`, taken by
    the Members page): the core opens once the rows are painted (`open_core`), and work that
    can wait for it awaits `core_ready()` rather than holding the UI thread on `ctx`.
    """

    ctx: AppContext
    runner: DbRunner
    show_error: Callable[[BaseException], None]
    show_message: Callable[[str], None]
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    tasks: TaskTracker = field(default_factory=TaskTracker)
    settings: Any = None
    language: Any = None
    start_rows: Any = None
    ops: OpExecutor = field(init=False)
    _stacks: dict[str, QUndoStack] = field(default_factory=dict, init=False)
    _opening: asyncio.Future[Any] | None = field(default=None, init=False)
    _opening_started: asyncio.Event = field(default_factory=asyncio.Event, init=False)

    def __post_init__(self) -> None:
        if self.tasks.show_error is None:
            self.tasks.show_error = self.show_error
        self.ops = OpExecutor(self)

    def open_core(self) -> None:
        """Start opening the core's context on the database thread (once)."""
        if self._opening is None and isinstance(self.ctx, OpeningContext):
            self._opening = asyncio.wrap_future(self.runner.submit(self.ctx.open))
            self._opening_started.set()

    def core_unasked(self) -> bool:
        """Whether nothing has asked for the core yet (a window closed on its first rows)."""
        return (
            isinstance(self.ctx, OpeningContext) and self._opening is None and not self.ctx.is_open
        )

    async def core_ready(self) -> bool:
        """Return once the core's context is open: at once, unless the window started on its
        first rows; then once `open_core` was called and the opening done. False when it could
        not be opened (`ui.app` says why, once, and closes the window)."""
        if not isinstance(self.ctx, OpeningContext) or self.ctx.is_open:
            return True
        await self._opening_started.wait()
        assert self._opening is not None
        try:
            await asyncio.shield(self._opening)
        except ShequnError:
            return False
        return True

    def stack_for(self, key: str) -> QUndoStack:
        """The undo stack of the page `key` (made on first use, added to `undo_group`)."""
        stack = self._stacks.get(key)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self.undo_group.addStack(stack)
            self._stacks[key] = stack
            if self.undo_group.activeStack() is None:
                self.undo_group.setActiveStack(stack)
        return stack
