"""帮助 → 关于: the program's version and the third-party licences (the build's licenses/ folder)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel


def test_from_source_it_lists_the_installed_dependencies(qtbot: Any) -> None:
    from ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 2
    text = dialog.notices.toPlainText()
    assert "PySide6" in text and "SQLAlchemy" in text
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "LGPL" in labels and "0.1.0" in labels


def test_in_the_build_it_shows_the_licenses_folder(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.about_dialog import AboutDialog, licenses_folder

    (tmp_path / "licenses").mkdir()
    (tmp_path / "licenses" / "README.txt").write_text("Qt 6 — LGPL-3.0\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "shequn"))
    assert licenses_folder() == tmp_path / "licenses"
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.notices.toPlainText() == "Qt 6 — LGPL-3.0\n"
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(tmp_path / "licenses") in labels


def test_help_menu_opens_the_about_dialog(open_main_window: Any, demo_ctx: Any, qtbot: Any) -> None:
    from ui.about_dialog import AboutDialog

    window = open_main_window(demo_ctx)
    help_menu = window.menus["help"]
    assert help_menu.title() == "帮助(&H)"
    action = next(a for a in help_menu.actions() if a.text() == "关于社群管家")
    assert not window.findChildren(AboutDialog)
    action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.isModal()  # it can stay open beside the window
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["关于", "第三方许可"]
    assert "PySide6" in dialog.notices.toPlainText()  # the licence notices
    action.trigger()  # a second time: the same dialog, raised
    assert window.findChildren(AboutDialog) == [dialog]
    dialog.close()
