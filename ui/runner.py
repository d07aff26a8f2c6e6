"""All database and file work from the UI runs here: one worker thread, awaited via qasync."""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

P = ParamSpec("P")
R = TypeVar("R")
log = logging.getLogger(__name__)


class CancelToken:
    """Set by the UI, checked by long work in the core (`token.cancelled`)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        return self._event.is_set()


class DbRunner(QObject):
    """One single-thread executor: sessions never cross threads, writes never interleave.

    `await runner.run(fn, *args)` inside an `@asyncSlot` keeps the UI thread free.
    `changed` is emitted with the `Changes` a write returned, so views refresh what it touches.
    """

    changed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shequn-db")
        self._pending = 0
        self._closed = False

    async def run(self, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        if self._closed:
            # Work asked for after shutdown (a page's timer firing as its window closes) would
            # never be shown: the asking task is cancelled, which slots and task sets ignore.
            raise asyncio.CancelledError
        loop = asyncio.get_running_loop()
        self._set_pending(+1)
        try:
            return await loop.run_in_executor(
                self._executor, functools.partial(fn, *args, **kwargs)
            )
        finally:
            self._set_pending(-1)

    def submit(self, fn: Callable[..., R], *args: Any) -> Future[R]:
        """Fire-and-forget variant for code that is not a coroutine (result via the future)."""
        return self._executor.submit(fn, *args)

    def announce(self, changes: object) -> None:
        self.changed.emit(changes)

    def _set_pending(self, delta: int) -> None:
        before = self._pending
        self._pending += delta
        if (before == 0) != (self._pending == 0):
            try:
                self.busy_changed.emit(self._pending > 0)
            except RuntimeError:  # the window is gone (work still finishing at exit)
                pass

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def closed(self) -> bool:
        """True after `shutdown()`: timers that outlive the window stop asking for work."""
        return self._closed

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)
