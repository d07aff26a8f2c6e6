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


def test_a_start_on_its_first_rows_opens_the_core_behind_them(
    qloop: Any, demo_ctx: Any, db_path: Path, qtbot: Any, tmp_path: Path
) -> None:
    """The window shows the rows read from the file itself while the core is closed; the core
    opens on the database thread once they are painted, and the page then gets the full list
    and its vocabularies as usual."""
    import threading

    from app.bootstrap import open_context
    from app.members.domain import MemberFilter
    from app.members.first_rows import FirstRows
    from app.opening import OpeningContext
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    total = demo_ctx.query.count(MemberFilter())
    demo_ctx.close()  # as a start finds the file: nobody has it open
    reader = FirstRows.open(db_path)
    assert reader is not None
    opened_on: list[str] = []

    def opener() -> Any:
        opened_on.append(threading.current_thread().name)
        return open_context(str(db_path))

    deferred = OpeningContext(opener)
    window = build_window(deferred, UiSettings(tmp_path / "ui.ini"), start_rows=reader)
    members = window.page("members")
    said: list[str] = []
    members.status_changed.connect(said.append)
    seen: list[tuple[int, bool]] = []
    members.first_rows_shown.connect(
        lambda: seen.append((members.model.rowCount(), deferred.is_open))
    )
    try:
        window.resize(1400, 860)
        with qtbot.waitSignal(members.results_shown, timeout=15_000):
            window.show()
        assert seen and seen[0][0] > 0 and seen[0][1] is False  # rows first, core still closed
        assert deferred.is_open and opened_on and opened_on[0].startswith("shequn-db")
        assert members.model.rowCount() == total
        assert window.env.start_rows is None  # read once
        # The status does not call the first block "all": it says the rest is being read.
        assert said[0].startswith("正在读取全部成员") and said[-1].startswith(f"共 {total} 位成员")
        qtbot.waitUntil(lambda: bool(members._vocab_signature), timeout=10_000)
    finally:
        qtbot.waitUntil(
            lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=10_000
        )
        window.close()
        window.env.runner.shutdown()
        deferred.close()


def test_a_core_that_fails_to_open_behind_the_rows_is_said_and_the_window_closes(
    qloop: Any, demo_ctx: Any, db_path: Path, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.errors import ShequnError
    from app.members.first_rows import FirstRows
    from app.opening import OpeningContext
    from ui import app as ui_app
    from ui.ui_settings import UiSettings

    demo_ctx.close()
    reader = FirstRows.open(db_path)

    def opener() -> Any:
        raise ShequnError("「x.sqlite3」已损坏（测试）")

    deferred = OpeningContext(opener)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    exits: list[int] = []  # the application's loop is the tests' loop: not ended here
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    window = ui_app.build_window(deferred, UiSettings(tmp_path / "ui.ini"), start_rows=reader)
    members = window.page("members")
    window.resize(1400, 860)
    with qtbot.waitSignal(members.first_rows_shown, timeout=10_000):
        window.show()
    window.env.tasks.spawn(ui_app._start(window, deferred, "members"))
    qtbot.waitUntil(lambda: bool(said) and window.env.tasks.idle, timeout=10_000)
    assert said == ["「x.sqlite3」已损坏（测试）"]  # once, though the page waited for it too
    assert exits == [1] and not window.isVisible() and members.model.rowCount() > 0
    assert ui_app.backup_on_close(window.env, deferred) is None  # nothing to back up, no raise
    window.env.runner.shutdown()


def test_a_search_typed_while_the_core_opens_waits_off_the_ui_thread(
    qloop: Any, demo_ctx: Any, db_path: Path, qtbot: Any, tmp_path: Path
) -> None:
    """Typing before the core is open neither blocks the window nor is lost: the search runs
    once the core is there."""
    import threading
    import time

    from app.bootstrap import open_context
    from app.members.domain import MemberFilter
    from app.members.first_rows import FirstRows
    from app.opening import OpeningContext
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    expected = demo_ctx.query.count(MemberFilter(search="xm"))
    demo_ctx.close()
    reader = FirstRows.open(db_path)
    release = threading.Event()
    safety = threading.Timer(8, release.set)  # a blocked UI thread would otherwise hang here
    safety.start()

    def slow_opener() -> Any:
        release.wait()
        return open_context(str(db_path))

    deferred = OpeningContext(slow_opener)
    window = build_window(deferred, UiSettings(tmp_path / "ui.ini"), start_rows=reader)
    members = window.page("members")
    try:
        window.resize(1400, 860)
        window.show()
        qtbot.waitUntil(lambda: members.view.painted_rows, timeout=10_000)
        qtbot.keyClicks(members.filter_bar.search, "xm")
        started = time.monotonic()
        qtbot.wait(600)  # the debounce fires and the search waits for the core
        assert time.monotonic() - started < 3 and not deferred.is_open
        with qtbot.waitSignal(members.results_shown, timeout=15_000) as shown:
            release.set()
        assert shown.args[0].filter.search == "xm" and shown.args[0].count == expected
    finally:
        release.set()
        safety.cancel()
        qtbot.waitUntil(
            lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=15_000
        )
        window.close()
        window.env.runner.shutdown()
        deferred.close()
