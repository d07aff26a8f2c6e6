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
