"""What every page is handed: the core services, the DB runner, the undo stack, the error presenter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoStack

from ui.runner import DbRunner


@dataclass
class UiEnv:
    """Built once in `ui.app` (the composition root) and passed to each page's constructor.

    `ctx` is the core's `app.bootstrap.AppContext`: its services are only ever called through
    `runner.run(...)`, never directly on the UI thread.
    """

    ctx: Any
    runner: DbRunner
    undo_stack: QUndoStack
    show_error: Callable[[BaseException], None]
    show_message: Callable[[str], None]
