"""Custom fields of one member (e.g. columns kept from an Excel import): edit, remove, add."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class CustomFieldsEditor(QWidget):
    """One row per field: its name, an editable value and a remove button; a row to add one.

    Every edit leaves as `fields_edited(dict)`, the member's complete new set of custom fields,
    which the page turns into one undoable command.
    """

    fields_edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, Any] = {}
        self.value_edits: dict[str, QLineEdit] = {}
        self.remove_buttons: dict[str, QToolButton] = {}
        self._rows: list[QWidget] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("sidebarHint")
        self.empty.setWordWrap(True)
        self.new_name = QLineEdit(self)
        self.new_value = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.new_name.returnPressed.connect(self.new_value.setFocus)
        self.new_value.returnPressed.connect(self._on_add)
        self.add_button.clicked.connect(self._on_add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_value, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addLayout(add_row)
        self.retranslate()
        self.set_fields({})

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr("没有自定义字段。从 Excel 导入时保留的列会显示在这里，也可以在下面添加。")
        )
        self.new_name.setPlaceholderText(self.tr("新字段名"))
        self.new_value.setPlaceholderText(self.tr("值"))
        self.add_button.setText(self.tr("添加字段"))
        for name, button in self.remove_buttons.items():
            button.setToolTip(self.tr("删除字段「{name}」").format(name=name))

    def fields(self) -> dict[str, Any]:
        return dict(self._values)

    def set_fields(self, values: dict[str, Any]) -> None:
        """Show `values`; the rows are rebuilt only when the fields differ from those shown, so a
        refresh does not take the cursor out of a value being typed."""
        if values == self._values and (self._rows or not values):
            return
        self._values = dict(values)
        for widget in self._rows:
            widget.hide()
            widget.deleteLater()
        self._rows.clear()
        self.value_edits.clear()
        self.remove_buttons.clear()
        for row, (name, value) in enumerate(sorted(values.items())):
            label = QLabel(name, self)
            label.setToolTip(name)
            edit = QLineEdit(_text(value), self)
            edit.editingFinished.connect(lambda n=name: self._on_value_edited(n))
            remove = QToolButton(self)
            remove.setText("×")
            remove.setObjectName("removeCustomField")
            remove.clicked.connect(lambda _=False, n=name: self.remove_field(n))
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(edit, row, 1)
            self.grid.addWidget(remove, row, 2)
            self._rows += [label, edit, remove]
            self.value_edits[name] = edit
            self.remove_buttons[name] = remove
        self.empty.setVisible(not values)
        self.retranslate()

    def remove_field(self, name: str) -> None:
        if name in self._values:
            self.fields_edited.emit({k: v for k, v in self._values.items() if k != name})

    def _on_value_edited(self, name: str) -> None:
        edit = self.value_edits.get(name)
        if edit is None or name not in self._values:
            return
        text = edit.text().strip()
        if text != _text(self._values[name]):
            self.fields_edited.emit({**self._values, name: text})

    def _on_add(self) -> None:
        name, value = self.new_name.text().strip(), self.new_value.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.new_value.clear()
        if name not in self._values or _text(self._values[name]) != value:
            self.fields_edited.emit({**self._values, name: value})
