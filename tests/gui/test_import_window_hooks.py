"""Import and export reachable from the window: 文件 menu, toolbar, file drops, the bulk bar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from test_import_wizard import messy_roster


@pytest.fixture
def window(open_main_window: Any, demo_ctx: Any, qtbot: Any) -> Iterator[Any]:
    win = open_main_window(demo_ctx)
    yield win
    qtbot.waitUntil(lambda: win.env.tasks.idle and not win.env.runner.busy, timeout=10_000)
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() in ("importWizard", "importHistory", "exportDialog"):
            widget.close()


def _open_dialogs(name: str) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def test_menu_toolbar_and_shortcuts(window: Any) -> None:
    file_actions = [a.objectName() for a in window.menus["file"].actions()]
    assert file_actions[:3] == ["importAction", "importHistoryAction", "exportAction"]
    toolbar = [a.objectName() for a in window.toolbar.actions()]
    assert "importAction" in toolbar and "exportAction" in toolbar
    import_action = window.import_actions[0]
    assert import_action.text() == "导入 Excel…" and import_action.shortcut().toString() == "Ctrl+I"


def test_dropping_a_roster_opens_the_wizard_on_it(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = messy_roster(tmp_path / "拖进来.xlsx", "nobody")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    [wizard] = _open_dialogs("importWizard")
    assert wizard.path == str(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    assert wizard.inspection.chosen == "会员名单"


def test_history_and_export_from_the_file_menu(window: Any, qtbot: Any) -> None:
    window.import_actions[1].trigger()
    assert _open_dialogs("importHistory")
    window.import_actions[2].trigger()
    [dialog] = _open_dialogs("exportDialog")
    assert dialog.scope_filter.isChecked()


def test_bulk_bar_export_uses_the_selection(window: Any, qtbot: Any) -> None:
    members = window.page("members")
    members.select_ids(members.model.ids[:4])
    qtbot.waitUntil(lambda: len(members.selected_ids()) == 4)
    button = members.bulk_bar.findChild(type(members.bulk_bar.merge_button), "bulkExport")
    assert button is not None and button.text() == "导出"
    button.click()
    [dialog] = _open_dialogs("exportDialog")
    assert dialog.scope_selected.isChecked() and dialog.selected_ids == members.model.ids[:4]
