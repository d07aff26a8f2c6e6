"""Desktop conventions: file dialogs through one helper, confirms in Chinese that say what is
lost, the shortcut list read from the actions, Ctrl+Z for the page, the first-start choice."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
WAIT = 10_000


# --- file dialogs ---------------------------------------------------------------------------------
def test_no_file_dialog_outside_the_helper() -> None:
    """Every QFileDialog of the window goes through ui/file_dialogs.py (and none is Qt's own)."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "ui").rglob("*.py")
        if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
    helper = (ROOT / "ui" / "file_dialogs.py").read_text(encoding="utf-8")
    assert "DontUseNativeDialog" not in helper.split('"""', 2)[2]


def test_dialog_starts_in_documents_then_the_last_folder_of_its_purpose(
    qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ui import file_dialogs
    from ui.ui_settings import UiSettings

    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(docs))
    settings = UiSettings(tmp_path / "ui.ini")
    asked: list[tuple[Any, ...]] = []
    picked = tmp_path / "名单" / "三月.xlsx"
    picked.parent.mkdir()

    def fake_open(parent: Any, title: str, folder: str, filters: str, *rest: Any) -> Any:
        asked.append((folder, rest))
        return str(picked), filters

    def fake_save(parent: Any, title: str, proposed: str, filters: str, *rest: Any) -> Any:
        asked.append((proposed, rest))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    assert file_dialogs.open_file(None, settings, "import", "选择", "*.xlsx") == str(picked)
    assert asked[-1] == (str(docs), ())  # first time: Documents; no options (native dialog)
    file_dialogs.open_file(None, settings, "import", "选择", "*.xlsx")
    assert asked[-1][0] == str(picked.parent)  # then the last folder used for importing
    assert file_dialogs.save_file(None, settings, "report", "周报", "周报.xlsx", "*.xlsx") == (
        "",
        "",
    )
    assert asked[-1][0] == str(docs / "周报.xlsx")  # another purpose keeps its own folder
    backups = tmp_path / "backups"
    backups.mkdir()
    file_dialogs.open_file(None, settings, "backup", "备份", "*.sqlite3", str(backups))
    assert asked[-1][0] == str(backups)  # restore starts among the backups
    with pytest.raises(KeyError):
        file_dialogs.start_folder(settings, "no-such-purpose")


# --- confirms -----------------------------------------------------------------------------------
def _answer_box(qtbot: Any, click: str, seen: dict[str, Any]) -> None:
    """When the confirm box is up: note its texts, then click the button saying `click`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["text"] = box.text()
        seen["lost"] = box.informativeText()
        seen["default"] = box.defaultButton().text() if box.defaultButton() else ""
        next(b for b in box.buttons() if b.text() == click).click()

    QTimer.singleShot(20, answer)


def test_confirm_in_chinese_has_no_yes_or_cancel(qapp: Any, qtbot: Any) -> None:
    from ui.dialog_buttons import confirm

    seen: dict[str, Any] = {}
    _answer_box(qtbot, "取消", seen)
    assert not confirm(
        None, "永久删除", "确定要永久删除这 3 位成员吗？", "永久删除", "会失去：资料"
    )
    buttons = " ".join(seen["buttons"])
    assert "Yes" not in buttons and "Cancel" not in buttons and "OK" not in buttons
    assert sorted(seen["buttons"]) == sorted(["永久删除", "取消"])
    assert seen["default"] == "取消"  # Enter never destroys
    assert seen["lost"] == "会失去：资料"
    _answer_box(qtbot, "永久删除", seen)
    assert confirm(None, "永久删除", "确定？", "永久删除", "会失去：资料")


def test_qt_base_translation_gives_standard_buttons_chinese_text(qapp: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.i18n import install_translation

    translators = install_translation(qapp, "zh")
    try:
        assert translators, "qtbase_zh_CN.qm not found in PySide6's translations folder"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "t",
            "x",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        texts = [b.text() for b in box.buttons()]
        assert not any("Yes" in t or "Cancel" in t for t in texts), texts
        box.deleteLater()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_purge_confirm_says_what_is_lost(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    from app.members.domain import MemberFilter
    from app.members.member_ops import TrashMembers

    ids = page.model.ids[:2]
    env.ctx.run(TrashMembers(tuple(ids)))
    page.show_trash(True)
    settle()
    page.select_ids(ids)
    seen: dict[str, Any] = {}
    _answer_box(qtbot, "取消", seen)
    page.bulk_bar.purge_requested.emit()
    settle()
    assert "2 位成员" in seen["text"]
    assert "会失去" in seen["lost"] and "无法撤销" in seen["lost"] and "备份" in seen["lost"]
    assert env.ctx.query.ids(MemberFilter(trash=True)) == ids  # cancelled: nothing deleted


# --- keyboard -----------------------------------------------------------------------------------
def test_shortcut_list_is_read_from_the_actions(open_main_window: Any, demo_ctx: Any) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    window = open_main_window(demo_ctx)
    extra = QAction("一个新功能", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+K"))
    window.add_action("file", extra)
    assert window.shortcuts_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    dialog = window.show_shortcuts()
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    native = QKeySequence.SequenceFormat.NativeText
    assert rows["文件 → 一个新功能"] == QKeySequence("Ctrl+Shift+K").toString(native)
    assert rows["编辑 → 撤销"] == QKeySequence("Ctrl+Z").toString(native)
    assert rows["文件 → 导入 Excel"] == QKeySequence("Ctrl+I").toString(native)
    assert rows["视图 → 成员"] == QKeySequence("Ctrl+1").toString(native)
    assert rows["帮助 → 快捷键"] == QKeySequence(QKeySequence.StandardKey.HelpContents).toString(
        native
    )
    assert rows["打开菜单「文件」"] == QKeySequence("Alt+F").toString(native)
    # Every menu of the menu bar opens from the keyboard (Alt + its letter).
    for action in window.menuBar().actions():
        assert not QKeySequence.mnemonic(action.text()).isEmpty(), action.text()
    dialog.close()


def test_ctrl_z_in_an_empty_field_undoes_the_page(
    open_main_window: Any, demo_ctx: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from app.settings.declared import SILENT_DAYS
    from app.settings.setting_ops import SetSetting

    window = open_main_window(demo_ctx)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    stack = window.env.stack_for("members")
    window.env.ops.push(stack, SetSetting(SILENT_DAYS, 45), "沉默天数改为 45")
    qtbot.waitUntil(lambda: demo_ctx.settings.get(SILENT_DAYS) == 45, timeout=WAIT)
    field = next(
        e for e in window.page("members").findChildren(QLineEdit) if e.isVisible() and e.isEnabled()
    )
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""  # the field had something of its own to undo
    assert demo_ctx.settings.get(SILENT_DAYS) == 45 and stack.index() == 1
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo_ctx.settings.get(SILENT_DAYS) == 30, timeout=WAIT)
    assert stack.index() == 0  # nothing left in the field: the page's step was undone
    field.clearFocus()
    # Typing searched (after a short pause): let that search finish before the window closes.
    qtbot.waitUntil(lambda: not window.page("members")._debounce.isActive(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=WAIT)


# --- first start --------------------------------------------------------------------------------
def _first_start_window(ctx: Any, tmp_path: Path, qtbot: Any) -> Any:
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    window = build_window(ctx, UiSettings(tmp_path / "ui.ini"))
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(window.page("members").results_shown, timeout=WAIT):
        window.show_page("members")
    return window


def _close(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=WAIT)
    window.quit()
    window.env.runner.shutdown()


def test_empty_database_offers_three_ways_and_blank_stays_empty(
    qloop: Any, ctx: Any, qtbot: Any, tmp_path: Path
) -> None:
    from app.members.domain import MemberFilter
    from ui import app as ui_app

    window = _first_start_window(ctx, tmp_path, qtbot)
    task = asyncio.ensure_future(ui_app.first_start(window, ctx))
    qtbot.waitUntil(lambda: getattr(window, "first_start_dialog", None) is not None, timeout=WAIT)
    dialog = window.first_start_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert [b.text() for b in (dialog.import_button, dialog.demo_button, dialog.blank_button)] == [
        "导入名单",
        "使用示例社群",
        "从空白开始",
    ]
    assert "欢迎使用社群管家" in dialog.heading.text()
    dialog.blank_button.click()
    qtbot.waitUntil(task.done, timeout=WAIT)
    assert task.result() == "blank" and not dialog.isVisible()
    assert ctx.query.count(MemberFilter()) == 0
    _close(window, qtbot)


def test_demo_choice_fills_and_the_welcome_stays_until_dismissed(
    qloop: Any, ctx: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from app.members.domain import MemberFilter
    from ui import app as ui_app

    monkeypatch.setattr(ui_app, "DEMO_MEMBERS", 30)
    window = _first_start_window(ctx, tmp_path, qtbot)
    task = asyncio.ensure_future(ui_app.first_start(window, ctx))
    qtbot.waitUntil(lambda: getattr(window, "first_start_dialog", None) is not None, timeout=WAIT)
    dialog = window.first_start_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.demo_button.click()
    qtbot.waitUntil(task.done, timeout=20_000)
    assert ctx.query.count(MemberFilter()) == 30
    qtbot.wait(300)
    assert dialog.isVisible() and dialog.start_button.isVisible()  # the welcome is not missed
    assert "已为你创建示例社群" in dialog.message.text()
    dialog.start_button.click()
    assert not dialog.isVisible()
    _close(window, qtbot)


def test_unattended_first_start_choice(monkeypatch: Any) -> None:
    from ui.app import first_start_choice

    monkeypatch.delenv("SHEQUN_FIRST_START", raising=False)
    monkeypatch.delenv("SHEQUN_EXIT_AFTER_FIRST_ROWS", raising=False)
    assert first_start_choice() == ""  # a person starts: ask
    monkeypatch.setenv("SHEQUN_EXIT_AFTER_FIRST_ROWS", "1")
    assert first_start_choice() == "demo"  # the timed start measures the demo
    monkeypatch.setenv("SHEQUN_FIRST_START", "blank")
    assert first_start_choice() == "blank"
