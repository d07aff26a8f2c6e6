"""Background coroutines started from plain slots: tracked, and their errors always shown."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from app.errors import ShequnError

log = logging.getLogger(__name__)


class TaskTracker:
    """Starts coroutines on the running (qasync) loop and counts those still running.

    A domain error (`ShequnError`) goes to `show_error`; anything else to `sys.excepthook`,
    which logs the traceback and shows a dialog — never a silent failure.
    """

    def __init__(self) -> None:
        self._running: set[asyncio.Future[Any]] = set()
        self.show_error: Callable[[BaseException], None] | None = None

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        self._running.add(task)
        task.add_done_callback(self._done)
        return task

    @property
    def idle(self) -> bool:
        """True when no spawned coroutine is still running (tests wait on this)."""
        return not self._running

    def cancel_all(self) -> None:
        """At exit: stop waiting for work whose result nobody will see."""
        for task in list(self._running):
            task.cancel()

    def _done(self, task: asyncio.Future[Any]) -> None:
        self._running.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if isinstance(exc, ShequnError) and self.show_error is not None:
            self.show_error(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
