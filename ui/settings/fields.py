"""Form widgets bound to one declared business setting each (`app.settings.declared`).

A field shows a value (`show`) and gives back what the user made of it (`value`); it emits
`committed` when an edit is finished (Enter, focus leaves, a spin-box step), and the page turns
that into one `settings.set` step. Fields do not validate: the declaration does, in the
operation, and its sentence is what the user sees.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.settings.declared import DECLARED, ESCALATION_STEPS

SEPARATORS = re.compile(r"[、,，;；/|\s]+")


def split_items(text: str) -> list[str]:
    """`广告、刷屏, 引战` → the items, empty ones dropped."""
    return [p for p in SEPARATORS.split(text.strip()) if p]


class IntField(QSpinBox):
    """A whole number in the declared range; an optional one shows `none_text` below it."""

    committed = Signal()

    def __init__(self, key: str, suffix: str = "", none_text: str = "") -> None:
        super().__init__()
        self.key = key
        d = DECLARED[key]
        self.optional = d.optional
        self.setRange(d.minimum - 1 if d.optional else d.minimum, d.maximum)
        if d.optional:
            self.setSpecialValueText(none_text)
        self.setSuffix(suffix)
        self.setAccelerated(True)
        self.setKeyboardTracking(False)  # typing "120" is one change, not three
        self.setMinimumWidth(140)
        self.setMaximumWidth(200)
        self.editingFinished.connect(self.committed)

    def show_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setValue(self.minimum() if value is None else int(value))
        self.blockSignals(False)

    def value_for_setting(self) -> Any:
        if self.optional and self.value() == self.minimum():
            return None
        return self.value()


class ListField(QLineEdit):
    """A list written on one line, items separated by 、 (or commas, spaces …)."""

    committed = Signal()

    def __init__(self, key: str, placeholder: str = "") -> None:
        super().__init__()
        self.key = key
        self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self._on_editing_finished)
        self._shown = ""

    def _on_editing_finished(self) -> None:
        if self.text() != self._shown:  # leaving the field unchanged is no change
            self.committed.emit()

    def show_value(self, value: Any) -> None:
        self._shown = "、".join(self.to_text(v) for v in value)
        self.setText(self._shown)

    def to_text(self, item: Any) -> str:
        return str(item)

    def value_for_setting(self) -> Any:
        return tuple(self.from_text(p) for p in split_items(self.text()))

    def from_text(self, item: str) -> Any:
        return item


class NumbersField(ListField):
    """Level thresholds: `0、50、150`; what is not a number goes on as text (and is refused)."""

    def from_text(self, item: str) -> Any:
        return int(item) if re.fullmatch(r"-?\d+", item) else item


class PolicyField(ListField):
    """The escalation policy written in Chinese: `警告、移出` (警告 = warning, 移出 = removal)."""

    def to_text(self, item: Any) -> str:
        return step_name(str(item))

    def from_text(self, item: str) -> Any:
        by_name = {step_name(k): k for k in ESCALATION_STEPS}
        by_name.update({v: k for k, v in ESCALATION_STEPS.items()})
        return by_name.get(item, item)


def step_name(step: str) -> str:
    names = {
        "warning": QCoreApplication.translate("SettingsPage", "警告"),
        "removal": QCoreApplication.translate("SettingsPage", "移出"),
    }
    return names.get(step, step)


class RulesField(QWidget):
    """Points per check-in, share and win: one spin box each, one setting (a map)."""

    committed = Signal()

    def __init__(self, key: str, labels: dict[str, str]) -> None:
        super().__init__()
        self.key = key
        d = DECLARED[key]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QSpinBox] = {}
        for name in d.names:
            box = QSpinBox()
            box.setRange(d.minimum, d.maximum)
            box.setKeyboardTracking(False)
            box.editingFinished.connect(self.committed)
            row.addWidget(QLabel(labels.get(name, name)))
            row.addWidget(box)
            self.boxes[name] = box
        row.addStretch(1)

    def show_value(self, value: Any) -> None:
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(int(value.get(name, 0)))
            box.blockSignals(False)

    def value_for_setting(self) -> Any:
        return {name: box.value() for name, box in self.boxes.items()}
