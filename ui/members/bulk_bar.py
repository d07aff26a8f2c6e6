"""The bar shown over a selection: bulk tags, bulk field values, merge, trash (or restore/purge)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QToolButton, QWidget

from app.domain import STATUSES, TIERS, GroupInfo, TagInfo
from ui.members.member_table_model import status_label, tier_label
from ui.members.tag_editor import TagCompleter


class BulkBar(QWidget):
    """Emits requests; the page turns them into undoable commands on the selected ids."""

    tags_requested = Signal(list, bool)        # labels, remove
    field_requested = Signal(str, object, str)  # field, value, field label
    group_requested = Signal(int, str)
    merge_requested = Signal()
    trash_requested = Signal()
    restore_requested = Signal()
    purge_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkBar")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("bulkCount")
        self.tag_input = QLineEdit(self)
        self.tag_input.setPlaceholderText(self.tr("标签（可用拼音）"))
        self.tag_input.setMinimumWidth(130)
        self.completer = TagCompleter(self)
        self.tag_input.setCompleter(self.completer)
        self.add_tag = QPushButton(self.tr("加标签"), self)
        self.add_tag.clicked.connect(lambda: self._emit_tags(False))
        self.tag_input.returnPressed.connect(lambda: self._emit_tags(False))
        self.remove_tag = QPushButton(self.tr("去标签"), self)
        self.remove_tag.clicked.connect(lambda: self._emit_tags(True))
        self.skin_button = self._menu_button(self.tr("设肤质"))
        self.role_button = self._menu_button(self.tr("设角色"))
        self.group_button = self._menu_button(self.tr("加入群"))
        self.status_button = self._menu_button(self.tr("设状态"))
        self.tier_button = self._menu_button(self.tr("设会员类型"))
        for key in STATUSES:
            self.status_button.menu().addAction(status_label(key)).triggered.connect(
                lambda _=False, k=key: self.field_requested.emit("status", k, self.tr("状态")))
        for key in TIERS:
            self.tier_button.menu().addAction(tier_label(key)).triggered.connect(
                lambda _=False, k=key: self.field_requested.emit("tier", k, self.tr("会员类型")))
        self.merge_button = QPushButton(self.tr("合并这两位"), self)
        self.merge_button.setToolTip(self.tr("把第二位成员合并到第一位：资料互补，标签、群和时间线合在一起"))
        self.merge_button.clicked.connect(self.merge_requested)
        self.trash_button = QPushButton(self.tr("移到回收站"), self)
        self.trash_button.setObjectName("dangerButton")
        self.trash_button.clicked.connect(self.trash_requested)
        self.restore_button = QPushButton(self.tr("恢复"), self)
        self.restore_button.clicked.connect(self.restore_requested)
        self.purge_button = QPushButton(self.tr("永久删除"), self)
        self.purge_button.setObjectName("dangerButton")
        self.purge_button.clicked.connect(self.purge_requested)
        self.clear_button = QPushButton(self.tr("取消选择"), self)
        self.clear_button.clicked.connect(self.clear_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addWidget(self.count_label)
        self._normal = (self.tag_input, self.add_tag, self.remove_tag, self.skin_button,
                        self.role_button, self.group_button, self.status_button,
                        self.tier_button, self.merge_button, self.trash_button)
        self._trash = (self.restore_button, self.purge_button)
        for widget in self._normal + self._trash:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self.set_mode(trash=False)

    def _menu_button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(QMenu(button))
        return button

    def set_mode(self, trash: bool) -> None:
        for widget in self._normal:
            widget.setVisible(not trash)
        for widget in self._trash:
            widget.setVisible(trash)

    def set_count(self, count: int) -> None:
        self.count_label.setText(self.tr("已选 {n} 位").format(n=count))
        self.merge_button.setEnabled(count == 2)

    def set_vocabulary(self, tags: Sequence[TagInfo], skin_types: Sequence[str],
                       roles: Sequence[str], groups: Sequence[GroupInfo]) -> None:
        self.completer.set_tags(tags)
        self._fill(self.skin_button, [(s, s) for s in skin_types] + [(self.tr("（清空）"), None)],
                   lambda v: self.field_requested.emit("skin_type", v, self.tr("肤质")))
        self._fill(self.role_button, [(r, r) for r in roles] + [(self.tr("（清空）"), None)],
                   lambda v: self.field_requested.emit("role", v, self.tr("角色")))
        self._fill(self.group_button, [(g.name, g) for g in groups],
                   lambda g: self.group_requested.emit(g.id, g.name))

    @staticmethod
    def _fill(button: QToolButton, items: list[tuple[str, Any]], emit: Any) -> None:
        menu = button.menu()
        menu.clear()
        for text, value in items:
            menu.addAction(text).triggered.connect(lambda _=False, v=value: emit(v))

    def _emit_tags(self, remove: bool) -> None:
        labels = [t.strip() for t in self.tag_input.text().replace("，", ",").split(",") if t.strip()]
        if labels:
            self.tag_input.clear()
            self.tags_requested.emit(labels, remove)
