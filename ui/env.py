"""What every page is handed: the core, the DB runner, the undo stacks, the error presenter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoGroup, QUndoStack

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
    """

    ctx: AppContext
    runner: DbRunner
    show_error: Callable[[BaseException], None]
    show_message: Callable[[str], None]
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    tasks: TaskTracker = field(default_factory=TaskTracker)
    settings: Any = None
    language: Any = None
    ops: OpExecutor = field(init=False)
    _stacks: dict[str, QUndoStack] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        if self.tasks.show_error is None:
            self.tasks.show_error = self.show_error
        self.ops = OpExecutor(self)

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
