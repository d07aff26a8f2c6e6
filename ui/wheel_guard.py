"""The mouse wheel over a field that is not being edited scrolls the form, never the field.

Combo boxes and spin boxes (date edits included) change their value on every wheel notch even
without focus; in a form that saves on change, scrolling past them wrote edits nobody meant.
Guarded fields only take focus by click or Tab, and a wheel over one without focus goes on to
the scroll area around it, untouched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """`protect(root)` guards every combo and spin box under `root` (call it again after adding
    fields: fields already guarded are skipped)."""

    def protect(self, root: QWidget) -> None:
        for kind in GUARDED:
            for widget in root.findChildren(kind):
                if widget.property("wheelGuarded"):
                    continue
                widget.setProperty("wheelGuarded", True)
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            # The field never sees it; the form around it scrolls. Handed on explicitly: Qt
            # propagates only spontaneous wheel events, and only when nothing accepted them.
            area = _scroll_area_of(watched)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)
            else:
                event.ignore()
            return True
        return super().eventFilter(watched, event)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent
