"""Work asked of the database runner after it was shut down ends quietly."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest


def test_a_slot_that_asks_after_shutdown_is_cancelled_not_an_error(
    qloop: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from PySide6.QtWidgets import QWidget

    from ui.runner import DbRunner
    from ui.slots import widget_slot

    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: hooked.append(exc))
    runner = DbRunner()
    runner.shutdown()

    class Page(QWidget):
        ran = False

        @widget_slot()
        async def refresh(self) -> None:
            await runner.run(lambda: None)
            self.ran = True

    page = Page()
    qtbot.addWidget(page)
    task = page.refresh()
    qtbot.waitUntil(task.done, timeout=2_000)
    assert task.cancelled() and not page.ran
    assert not hooked
    plain = asyncio.ensure_future(runner.run(lambda: 1))
    qtbot.waitUntil(plain.done, timeout=2_000)
    assert plain.cancelled()
