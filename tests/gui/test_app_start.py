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
    assert path is not None and path.exists()
    assert path.parent.parent == tmp_path / "data" / "backups"  # the database's own folder


def test_backup_failure_never_blocks_closing(window: Any, ctx: Any, monkeypatch: Any) -> None:
    def broken(dest: Any = None) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(ctx.maintenance, "backup", broken)
    assert backup_on_close(window.env, ctx) is None


def test_slow_backup_on_close_keeps_the_window_alive_and_cannot_be_cut_short(
    window: Any, ctx: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """The backup runs on the worker; meanwhile the UI thread answers (timers fire), a modal
    "正在备份…" window is shown, and closing it (close button, Esc) does not end the wait."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.backup_actions import BackupProgress

    real_backup = ctx.maintenance.backup
    release = threading.Event()
    threads: list[str] = []

    def slow_backup(dest: Any = None, reason: str = "manual") -> Path:
        threads.append(threading.current_thread().name)
        assert release.wait(20)  # a backup that takes as long as the test wants
        return real_backup(dest, reason)  # type: ignore[no-any-return]

    monkeypatch.setattr(ctx.maintenance, "backup", slow_backup)
    seen: dict[str, Any] = {"ticks": 0}

    def tick() -> None:
        seen["ticks"] += 1

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(20)

    def probe() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, BackupProgress)]
        shown = [d for d in dialogs if d.isVisible()]
        seen["shown"] = len(shown)
        for dialog in shown:
            seen["modal"] = dialog.isModal()
            dialog.close()
            dialog.reject()
        seen["still_shown"] = sum(d.isVisible() for d in shown)
        seen["ticks_while_waiting"] = seen["ticks"]
        release.set()

    QTimer.singleShot(800, probe)
    path = backup_on_close(window.env, ctx, window)
    ticker.stop()
    assert path is not None and path.exists()
    assert threads and threads[0].startswith("shequn-db")  # on the worker, not the UI thread
    assert seen["shown"] == 1 and seen["modal"] and seen["still_shown"] == 1
    assert seen["ticks_while_waiting"] >= 10  # the UI thread went on with its work
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, BackupProgress) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
    )


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


def test_text_typed_before_closing_reaches_the_database(
    window: Any, ctx: Any, qtbot: Any, qapp: Any
) -> None:
    """Nothing typed is lost when the window closes: the pending edit is committed on close and
    the exit sequence lets it reach the database before stopping the worker."""
    from app.members.domain import MemberFilter
    from ui.app import finish_pending_work

    member_id, _ = ctx.members.create({"nickname": "原来的昵称"})
    window.show()
    page = window.page("members")
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        window.show_page("members")
    qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=10_000)
    page.select_ids([member_id])
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.id == member_id,
        timeout=10_000,
    )
    page.detail.lines["nickname"].setText("关窗前刚改的昵称")  # no editingFinished: still typing
    window.close()
    finish_pending_work(window.env, qapp)  # what `run()` does once the event loop has ended
    assert ctx.members.get(member_id).nickname == "关窗前刚改的昵称"
    assert ctx.query.ids(MemberFilter(search="关窗前")) == [member_id]
