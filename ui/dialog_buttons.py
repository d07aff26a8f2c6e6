"""The Save/Cancel row shared by the editing dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout

_BUTTONS = QDialogButtonBox.StandardButton


def lay_out_with_save_cancel(dialog: QDialog, form: QLayout) -> QDialogButtonBox:
    """Put `form` above translated Save/Cancel buttons wired to accept/reject; returns the box
    so a dialog can add a button of its own (e.g. Delete)."""
    buttons = QDialogButtonBox(_BUTTONS.Save | _BUTTONS.Cancel)
    buttons.button(_BUTTONS.Save).setText(QCoreApplication.translate("DialogButtons", "保存"))
    buttons.button(_BUTTONS.Cancel).setText(QCoreApplication.translate("DialogButtons", "取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
