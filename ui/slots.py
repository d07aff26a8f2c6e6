"""Async slots of widgets that may be gone by the time their task runs.

qasync's `asyncSlot` starts the coroutine as a task on the loop's next turn, and the coroutine
resumes only when the database worker answers. A page or dialog closed and deleted in between
(its window closed, a language switch rebuilding it) would then touch a deleted C++ object and
raise "Internal C++ object … already deleted". `widget_slot` runs the slot only while the widget
exists, and lets that error go only when the widget is what was deleted.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

from qasync import asyncSlot
from shiboken6 import isValid


def widget_slot(
    *types: type,
) -> Callable[[Callable[..., Awaitable[Any]]], Callable[..., Any]]:
    """`asyncSlot(*types)` for a method of a widget; calling it starts a task (as asyncSlot)."""

    def decorate(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Any]:
        @functools.wraps(fn)
        async def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
            if not isValid(self):
                return None
            try:
                return await fn(self, *args, **kwargs)
            except RuntimeError:
                if isValid(self):
                    raise
                return None

        slot: Callable[..., Any] = asyncSlot(*types)(guarded)
        return slot

    return decorate
