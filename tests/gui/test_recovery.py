"""At start, a damaged database is offered its newest good backup; yes restores it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def _answer(button_text: str | None, seen: list[str]) -> None:
    """Click `button_text` (None: the default button) in the next modal message box."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        target = box.defaultButton()
        for b in box.buttons():
            if button_text is not None and b.text() == button_text:
                target = b
        target.click()

    QTimer.singleShot(20, click)


@pytest.mark.parametrize("accept", [True, False])
def test_a_damaged_database_is_offered_its_backup(qapp: Any, db_path: Path, accept: bool) -> None:
    from app.backups import DamagedDatabaseError, make_backup
    from app.bootstrap import open_context
    from app.demo import fill
    from app.members.domain import MemberFilter
    from ui.backup_actions import offer_recovery

    ctx = open_context(str(db_path))
    fill(ctx.session_factory, members=12, seed=2)
    ctx.close()
    make_backup(db_path)
    db_path.write_bytes(b"not a database any more" * 50)
    with pytest.raises(DamagedDatabaseError) as info:
        open_context(str(db_path))
    seen: list[str] = []
    _answer(None if accept else "退出", seen)
    if accept:
        QTimer.singleShot(400, lambda: _answer(None, seen))  # the "已恢复" notice
    assert offer_recovery(info.value) is accept
    assert "12 位成员" in seen[0] and "损坏" in seen[0]
    if accept:
        ctx = open_context(str(db_path))
        assert ctx.query.count(MemberFilter()) == 12
        ctx.close()
        assert list(db_path.parent.glob("*.damaged-*"))
    else:
        assert b"not a database" in db_path.read_bytes()


def test_an_import_killed_last_time_is_said_in_the_status_bar(
    qloop: Any, qtbot: Any, demo_ctx: Any, db_path: Path, tmp_path: Path
) -> None:
    import signal

    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL exists on POSIX only")
    from tests.integration.test_interrupted_import import kill_inside_import, roster
    from ui.app import build_window, notice_interrupted_imports
    from ui.ui_settings import UiSettings

    kill_inside_import(db_path, roster(tmp_path / "三月名单.xlsx", 3000))
    window = build_window(demo_ctx, UiSettings(tmp_path / "ui.ini"))
    said: list[list[str]] = []

    async def start() -> None:
        said.append(await notice_interrupted_imports(window, demo_ctx))
        said.append(await notice_interrupted_imports(window, demo_ctx))  # said once

    window.env.tasks.spawn(start())
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    from PySide6.QtWidgets import QMessageBox

    notices = window.findChildren(QMessageBox, "interruptedImportNotice")
    assert len(notices) == 1 and notices[0].isVisible() and not notices[0].isModal()
    message = notices[0].text()
    assert "上次导入「三月名单.xlsx」在" in message and "没有写入任何成员" in message
    assert len(said[0]) == 1 and said[1] == []
    notices[0].close()
    qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=10_000)
    window.close()
    window.env.runner.shutdown()


def test_a_foreign_wal_at_window_start_is_moved_aside_and_the_backup_restored(
    qapp: Any, db_path: Path
) -> None:
    from app.backups import DamagedDatabaseError, make_backup
    from app.bootstrap import open_context
    from app.members.domain import MemberFilter
    from tests.integration.damaged_databases import demo, foreign_wal, settle
    from ui.backup_actions import offer_recovery

    demo(db_path, 18)
    settle(db_path)
    make_backup(db_path)
    foreign_wal(db_path)
    with pytest.raises(DamagedDatabaseError) as info:
        open_context(str(db_path))
    seen: list[str] = []
    _answer(None, seen)
    QTimer.singleShot(400, lambda: _answer(None, seen))  # the "已恢复" notice
    assert offer_recovery(info.value) is True
    assert "-wal」不属于这个数据库" in seen[0] and "18 位成员" in seen[0]
    assert list(db_path.parent.glob("shequn.sqlite3.damaged-*-wal"))
    ctx = open_context(str(db_path))
    assert ctx.query.count(MemberFilter()) == 18
    ctx.close()


HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE members SET note = note WHERE id = 1")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def test_an_edit_refused_for_a_lock_is_kept_and_retried_until_it_lands(
    qloop: Any, qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the write lock longer than the busy timeout: the window's edit is
    not dropped; the status bar says it waits, and it is saved once the lock is released."""
    import subprocess
    import sys

    import db.engine
    import ui.operations
    from app.bootstrap import open_context
    from app.demo import fill
    from app.members.domain import MemberFilter
    from app.members.tag_ops import AddTags
    from ui.env import UiEnv
    from ui.runner import DbRunner

    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(ui.operations, "RETRY_DELAY", 0.1)
    ctx = open_context(str(db_path))
    fill(ctx.session_factory, members=20, seed=3)
    ids = tuple(ctx.query.ids(MemberFilter())[:3])
    errors: list[BaseException] = []
    messages: list[str] = []
    runner = DbRunner()
    env = UiEnv(ctx=ctx, runner=runner, show_error=errors.append, show_message=messages.append)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path), "2.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        stack = env.stack_for("members")
        command = env.ops.push(stack, AddTags(ids, ("等锁",)), "添加标签")
        qtbot.waitUntil(lambda: any("还没有保存" in m for m in messages), timeout=10_000)
        assert command.first is None and holder.poll() is None  # still locked, still waiting
        assert stack.count() == 1 and stack.command(0) is command  # kept, not dropped
        qtbot.waitUntil(lambda: command.first is not None, timeout=20_000)
    finally:
        holder.wait(20)
    assert errors == []
    assert set(ctx.query.ids(MemberFilter(tags_all=("等锁",)))) == set(ids)
    assert "已保存" in messages[-1]
    stack.undo()  # and its undo works as for any edit
    qtbot.waitUntil(lambda: ctx.query.ids(MemberFilter(tags_all=("等锁",))) == [], timeout=10_000)
    qtbot.waitUntil(lambda: env.tasks.idle, timeout=10_000)
    runner.shutdown()
    ctx.close()


def test_an_edit_refused_past_every_retry_is_said_not_saved(
    qloop: Any, qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    import db.engine
    import ui.operations
    from app.bootstrap import open_context
    from app.demo import fill
    from app.members.domain import MemberFilter
    from app.members.tag_ops import AddTags
    from ui.env import UiEnv
    from ui.runner import DbRunner

    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(ui.operations, "RETRY_DELAY", 0.05)
    monkeypatch.setattr(ui.operations, "RETRIES", 2)
    ctx = open_context(str(db_path))
    fill(ctx.session_factory, members=10, seed=3)
    ids = tuple(ctx.query.ids(MemberFilter())[:2])
    errors: list[BaseException] = []
    messages: list[str] = []
    runner = DbRunner()
    env = UiEnv(ctx=ctx, runner=runner, show_error=errors.append, show_message=messages.append)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path), "20"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        env.ops.push(env.stack_for("members"), AddTags(ids, ("进不去",)), "添加标签")
        qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    finally:
        holder.kill()
        holder.wait(10)
    assert len(messages) == 2 and "占用" in str(errors[0]) and "没有保存" in str(errors[0])
    assert env.stack_for("members").count() == 0 or env.stack_for("members").index() == 0
    assert ctx.query.ids(MemberFilter(tags_all=("进不去",))) == []
    qtbot.waitUntil(lambda: env.tasks.idle, timeout=10_000)
    runner.shutdown()
    ctx.close()
