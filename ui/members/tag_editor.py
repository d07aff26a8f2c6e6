"""Tag chips and a tag input that completes from existing tags by name, pinyin or initials."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from app.members.domain import TagInfo
from app.text import fold
from ui import theme
from ui.flow_layout import FlowLayout

KEYS_ROLE = Qt.ItemDataRole.UserRole + 7


def chip_style(color: str) -> str:
    """A soft chip: tinted background, coloured border and text (darker on the light theme,
    lighter on the dark one)."""
    c = QColor(color)
    text = c.lighter(160) if theme.is_dark() else c.darker(150)
    return (
        f"QToolButton {{ background: rgba({c.red()},{c.green()},{c.blue()},38);"
        f" border: 1px solid rgba({c.red()},{c.green()},{c.blue()},140); border-radius: 10px;"
        f" padding: 1px 8px; color: {text.name()}; }}"
        f" QToolButton:hover {{ background: rgba({c.red()},{c.green()},{c.blue()},70); }}"
    )


class TagCompleter(QCompleter):
    """Matches what is typed (folded) anywhere in "label + folded name + pinyin keys";
    inserts the tag's label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setCompletionRole(KEYS_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)
        self.colors: dict[str, str] = {}

    def set_tags(self, tags: Sequence[TagInfo]) -> None:
        self._model.clear()
        self.colors = {}
        for tag in tags:
            item = QStandardItem(tag.label)
            item.setData(f"{fold(tag.label)} {tag.keys}", KEYS_ROLE)
            item.setData(QColor(tag.color), Qt.ItemDataRole.DecorationRole)
            self._model.appendRow(item)
            self.colors[tag.label] = tag.color
            self.colors.setdefault(tag.name, tag.color)

    def labels(self) -> list[str]:
        return [self._model.item(i).text() for i in range(self._model.rowCount())]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]


class TagChip(QToolButton):
    """A coloured tag; clicking its × removes it."""

    remove_requested = Signal(str)

    def __init__(
        self, label: str, color: str, removable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.setText(f"{label}  ×" if removable else label)
        self.color = color
        self.setStyleSheet(chip_style(color))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if removable:
            self.setToolTip(self.tr("点击移除"))
            self.clicked.connect(lambda: self.remove_requested.emit(self.label))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed
            style = chip_style(self.color)
            if style != self.styleSheet():
                self.setStyleSheet(style)


class TagEditor(QWidget):
    """Chips for the current tags plus an input; Enter adds (new tags are created on save,
    `组:标签` puts a new tag in a group). Emits `tags_edited(labels)` after each change."""

    tags_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._colors: dict[str, str] = {}
        self.chips = FlowLayout(spacing=4)
        self.input = QLineEdit(self)
        self.completer = TagCompleter(self)
        self.input.setCompleter(self.completer)
        self.input.returnPressed.connect(self._on_input_return_pressed)
        self.completer.activated.connect(self._on_completer_activated)
        chips_box = QWidget(self)
        chips_box.setLayout(self.chips)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(chips_box)
        row = QHBoxLayout()
        row.addWidget(self.input)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.input.setPlaceholderText(self.tr("添加标签，回车确认（可用拼音）"))
        self.input.setToolTip(
            self.tr(
                "从已有标签中补全：汉字、全拼或首字母（如 cfd → 成分党）。\n"
                "输入新名字会新建标签；写成「组:标签」会新建到该组。"
            )
        )
        self._render()  # the chips' tooltips

    def set_vocabulary(self, tags: Sequence[TagInfo]) -> None:
        self.completer.set_tags(tags)

    def set_tags(self, tags: Sequence[TagInfo]) -> None:
        self._colors = {t.label: t.color for t in tags}
        self._labels = [t.label for t in tags]
        self._render()

    def labels(self) -> list[str]:
        return list(self._labels)

    def add_label(self, text: str) -> None:
        label = text.strip().replace("：", ":")
        if label and label not in self._labels:
            self._labels.append(label)
            self._render()
            self.tags_edited.emit(self.labels())

    def _remove(self, label: str) -> None:
        if label in self._labels:
            self._labels.remove(label)
            self._render()
            self.tags_edited.emit(self.labels())

    def _render(self) -> None:
        self.chips.clear()
        for label in self._labels:
            color = self._colors.get(label) or self.completer.colors.get(label, "#8a8f98")
            chip = TagChip(label, color)
            chip.remove_requested.connect(self._remove)
            self.chips.addWidget(chip)
        holder = self.chips.parentWidget()
        if holder is not None:
            holder.updateGeometry()

    def _on_input_return_pressed(self) -> None:
        text = self.input.text()
        self.input.clear()
        self.add_label(text)

    def _on_completer_activated(self, text: str) -> None:
        # The completer fills the line edit; take the tag right away and clear the input.
        self.input.clear()
        self.add_label(text)
