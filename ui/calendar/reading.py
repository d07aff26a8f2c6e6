"""Reads of the calendar page on the DB runner: domain errors to the presenter, the rest raised.

Only a `ShequnError` (a sentence for the user, e.g. 内容 #12 不存在) is shown here; anything else
propagates out of the `@asyncSlot`, whose error handler hands it to the exception hook (logged
with its traceback, shown in a dialog) — never swallowed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from app.errors import ShequnError
from ui.env import UiEnv

T = TypeVar("T")


async def read(env: UiEnv, fn: Callable[..., T], *args: Any) -> T | None:
    """`await env.runner.run(fn, *args)`, or None once a domain error has been shown.

    For reads whose value is never None (a range, a list, a post).
    """
    try:
        return await env.runner.run(fn, *args)
    except ShequnError as exc:
        env.show_error(exc)
        return None
