"""What every page is handed: the core services, the DB runner, the undo stack, the error presenter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QUndoStack

from ui.runner import DbRunner
from ui.tasks import TaskTracker


@dataclass
class UiEnv:
    """Built once in `ui.app` (the composition root) and passed to each page's constructor.

    `ctx` is the core's `app.bootstrap.AppContext`: its services are only ever called through
    `runner.run(...)`, never directly on the UI thread. `tasks.spawn(coro)` starts background
    coroutines whose errors reach `show_error` (domain errors) or the exception hook.
    `settings` is the `ui.ui_settings.UiSettings` (None in tests that don't need it);
    `language` the `ui.i18n.Language` that switches the interface language live (None: the
    choice is saved and takes effect on restart).
    """

    ctx: Any
    runner: DbRunner
    undo_stack: QUndoStack
    show_error: Callable[[BaseException], None]
    show_message: Callable[[str], None]
    tasks: TaskTracker = field(default_factory=TaskTracker)
    settings: Any = None
    language: Any = None

    def __post_init__(self) -> None:
        if self.tasks.show_error is None:
            self.tasks.show_error = self.show_error
