"""Unexpected exceptions are logged with their traceback and shown in a dialog, from any thread."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from ui.error_hook import ExceptionHook, setup_logging


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_exception_in_ui_thread_logs_and_shows_dialog(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    log_path = setup_logging(tmp_path / "logs")
    hook = ExceptionHook(log_path)
    hook.install()
    try:
        try:
            raise ValueError("坏掉的数据")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: hook.dialogs_shown == 1)
    finally:
        hook.uninstall()
    boxes = _boxes()
    assert boxes and "意外错误" in boxes[-1].text() and str(log_path) in boxes[-1].informativeText()
    assert "ValueError: 坏掉的数据" in boxes[-1].detailedText()
    for box in boxes:
        box.close()
    text = log_path.read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError: 坏掉的数据" in text


def test_exception_in_worker_thread_reaches_the_dialog(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    hook = ExceptionHook(setup_logging(tmp_path / "logs"))
    hook.install()
    try:

        def boom() -> None:
            raise RuntimeError("线程里出错")

        worker = threading.Thread(target=boom)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: hook.dialogs_shown == 1)
    finally:
        hook.uninstall()
    assert "RuntimeError: 线程里出错" in hook.last_report
    for box in _boxes():
        box.close()


def test_failing_background_task_goes_to_the_hook(env: Any, qtbot: Any, tmp_path: Path) -> None:
    from app.errors import ValidationError

    hook = ExceptionHook(setup_logging(tmp_path / "logs"))
    hook.install()
    try:

        async def broken() -> None:
            raise KeyError("unexpected")

        async def refused() -> None:
            raise ValidationError("昵称不能为空。")

        env.tasks.spawn(broken())
        env.tasks.spawn(refused())
        qtbot.waitUntil(lambda: hook.dialogs_shown == 1 and bool(env.errors))
    finally:
        hook.uninstall()
    assert "KeyError" in hook.last_report
    assert str(env.errors[0]) == "昵称不能为空。"  # domain errors go to the error presenter
    for box in _boxes():
        box.close()
