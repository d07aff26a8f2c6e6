"""Start-up and shut-down duties of the composition root: integrity check, backup on close."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ui.app import backup_on_close, integrity_check


@pytest.fixture
def window(qloop: Any, ctx: Any, qtbot: Any, tmp_path: Path) -> Any:
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    win = build_window(ctx, UiSettings(tmp_path / "ui.ini"))
    yield win
    qtbot.waitUntil(lambda: win.env.tasks.idle and not win.env.runner.busy, timeout=10_000)
    win.close()
    win.env.runner.shutdown()


def test_backup_on_close_writes_a_rotating_backup(window: Any, ctx: Any, tmp_path: Path) -> None:
    path = backup_on_close(window.env, ctx)
    assert path is not None and path.exists() and path.parent == tmp_path / "data" / "backups"


def test_backup_failure_never_blocks_closing(window: Any, ctx: Any, monkeypatch: Any) -> None:
    def broken(dest: Any = None) -> Path:
        raise OSError("disk full")
    monkeypatch.setattr(ctx.maintenance, "backup", broken)
    assert backup_on_close(window.env, ctx) is None


def test_integrity_problems_are_shown(window: Any, ctx: Any, qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: shown.append(text))
    monkeypatch.setattr(ctx.maintenance, "check", lambda: ["外键错误：表 member_tags 第 3 行"])
    task = window.env.tasks.spawn(integrity_check(window, ctx))
    qtbot.waitUntil(task.done)
    assert shown and "member_tags" in shown[0] and "从备份恢复" in shown[0]
    monkeypatch.undo()
    task = window.env.tasks.spawn(integrity_check(window, ctx))
    qtbot.waitUntil(task.done)
    assert task.result() == []
