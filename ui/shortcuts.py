"""Keyboard: the 帮助 → 快捷键 list (read from the window's actions) and Ctrl+Z for the page.

`shortcut_rows(window)` walks the menu bar (menus, submenus, their actions) and the window's
own actions, so the list is always the one the window really has. `install_undo_fallback`
lets 撤销/重做 reach the page's undo stack when the focused field has nothing of its own to
undo: a text field always claims Ctrl+Z, even empty-handed, which would swallow the key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.wording import joined


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker and trailing dots: 文件(&F) → 文件."""
    for mark in ("(&", "（&"):
        if mark in text:
            text = text[: text.index(mark)]
    return text.replace("&", "").rstrip(".…").strip()


def _walk(menu: QMenu, path: tuple[str, ...], out: list[tuple[str, str]]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            _walk(sub, (*path, _plain(action.text())), out)
            continue
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.isVisible():
            text = " → ".join((*path, _plain(action.text())))
            native = joined(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            out.append((text, native))


def shortcut_rows(window: Any) -> list[tuple[str, str]]:
    """(where the action is, its shortcuts) for every action of the window that has one."""
    out: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            title = _plain(action.text())
            mnemonic = QKeySequence.mnemonic(action.text())
            if not mnemonic.isEmpty():
                out.append(
                    (
                        QCoreApplication.translate("ShortcutsDialog", "打开菜单「%1」").replace(
                            "%1", title
                        ),
                        mnemonic.toString(QKeySequence.SequenceFormat.NativeText),
                    )
                )
            _walk(menu, (title,), out)
    listed = {text for text, _ in out}
    for action in window.actions():
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        text = _plain(action.text())
        if keys and text and text not in listed:
            native = joined(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            out.append((text, native))
    return out


class ShortcutsDialog(QDialog):
    """The shortcut list: one row per action, as the menus show it. Not modal, so it can stay
    open while she tries the keys; `retranslate()` reads the rows again in the new language."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.main_window = window
        self.resize(520, 560)
        self.table = QTableWidget(0, 2, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()

    def fill(self) -> None:
        """The rows as the window's actions are now."""
        rows = shortcut_rows(self.main_window)
        self.table.setRowCount(len(rows))
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("快捷键"))
        self.table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("快捷键")])
        self.hint.setText(
            self.tr(
                "菜单里每一项都可以用 Alt 加括号里的字母打开，再用方向键和回车选择。\n"
                "文字框里没有可撤销的内容时，Ctrl+Z 撤销本页的上一步操作。"
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.fill()


def _has_own_undo(widget: QWidget, redo: bool) -> bool:
    """Whether the focused field would undo (redo) something of its own."""
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        edit = widget.findChild(QLineEdit)
        if edit is None:
            return False
        widget = edit
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class UndoFallback(QObject):
    """On the focused field: a text field with nothing to undo lets Ctrl+Z go to the window.

    Only the widget that has the focus is watched (not every event of the application)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.watched: QWidget | None = None

    def on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.watched is not None:
            try:
                self.watched.removeEventFilter(self)
            except RuntimeError:  # deleted meanwhile
                pass
            self.watched = None
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)
            self.watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        )
        if not (undo or redo) or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window or _has_own_undo(watched, redo):
            return False
        # Not accepted: no field claims the key, so the window's 撤销/重做 shortcut runs.
        event.ignore()
        return True


def install_undo_fallback(window: Any) -> UndoFallback | None:
    app = QApplication.instance()
    if app is None:
        return None
    fallback = UndoFallback(window)
    app.focusChanged.connect(fallback.on_focus_changed)  # type: ignore[attr-defined]
    return fallback
