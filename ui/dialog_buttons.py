"""The Save/Cancel row shared by the editing dialogs, and the one confirm before a step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

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


def confirm(
    parent: QWidget | None,
    title: str,
    question: str,
    accept_text: str,
    lost: str = "",
    danger: bool = True,
) -> bool:
    """Ask before a step: `accept_text` (e.g. 永久删除) or 取消, both written out, never a
    translated-or-not "Yes"/"Cancel". `lost` says what cannot come back. A dangerous step
    has 取消 as its default button (Enter does not destroy anything)."""
    icon = QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmBox")
    # Qt's own box wraps at a narrow width: a sentence about what is lost reads better wider.
    box.setStyleSheet(
        "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 380px; }"
    )
    if lost:
        box.setInformativeText(lost)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("DialogButtons", "取消"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel if danger else accept)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept
