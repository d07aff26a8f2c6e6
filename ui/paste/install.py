"""Ctrl+Shift+V anywhere: the 粘贴接龙 page opens with the clipboard's text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence


def _tr(text: str) -> str:
    return QCoreApplication.translate("PasteInstall", text)


def install(window: Any) -> None:
    if not window.has_page("paste"):
        return
    action = QAction(window)
    action.setObjectName("pasteJielongAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+V"))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def texts() -> None:
        action.setText(_tr("粘贴接龙…"))
        action.setToolTip(_tr("打开「粘贴接龙」并粘贴剪贴板里的文字（Ctrl+Shift+V）"))

    def open_with_clipboard() -> None:
        window.show_page("paste")
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not data.hasText():
            window.statusBar().showMessage(_tr("剪贴板里没有文字（可能是图片或文件）。"), 5000)
            return
        window.page("paste").paste_text(data.text())

    texts()
    action.triggered.connect(open_with_clipboard)
    window.paste_action = action
    window.add_action("edit", action)
    window.retranslated.connect(texts)
