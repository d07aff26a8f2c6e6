"""The main window's own non-modal dialogs (帮助 → 快捷键, 帮助 → 关于社群管家): one of each, kept
by the window and brought to the front when asked for again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from ui.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from ui.about_dialog import AboutDialog
    from ui.main_window import MainWindow


def show_about(window: MainWindow) -> AboutDialog:
    """The program and its licence notices."""
    from ui.about_dialog import AboutDialog  # imported when asked for, not at start

    dialog = window.findChild(AboutDialog, "aboutDialog")
    if dialog is None:
        dialog = AboutDialog(window)
    bring_up(dialog)
    return dialog


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    """Every shortcut of the window's actions, listed from the actions."""
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    if dialog is None:
        dialog = ShortcutsDialog(window)
    else:
        dialog.fill()
    bring_up(dialog)
    return dialog


def bring_up(dialog: QDialog) -> None:
    """Show a non-modal dialog the window keeps, in front and focused."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
