"""The bar shown over a selection: bulk tags, bulk field values, merge, trash (or restore/purge)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

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
        self.set_button = QToolButton(self)
        self.set_button.setText(self.tr("批量设置"))
        self.set_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        set_menu = QMenu(self.set_button)
        self.set_button.setMenu(set_menu)
        self.skin_menu = set_menu.addMenu(self.tr("肤质"))
        self.role_menu = set_menu.addMenu(self.tr("角色/头衔"))
        self.group_menu = set_menu.addMenu(self.tr("加入群"))
        self.status_menu = set_menu.addMenu(self.tr("状态"))
        self.tier_menu = set_menu.addMenu(self.tr("会员类型"))
        for key in STATUSES:
            self.status_menu.addAction(status_label(key)).triggered.connect(
                lambda _=False, k=key: self.field_requested.emit("status", k, self.tr("状态")))
        for key in TIERS:
            self.tier_menu.addAction(tier_label(key)).triggered.connect(
                lambda _=False, k=key: self.field_requested.emit("tier", k, self.tr("会员类型")))
        self.merge_button = QPushButton(self.tr("合并"), self)
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
        self._normal = (self.tag_input, self.add_tag, self.remove_tag, self.set_button,
                        self.merge_button, self.trash_button)
        self._trash = (self.restore_button, self.purge_button)
        for widget in self._normal + self._trash:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self.set_mode(trash=False)

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
        self._fill(self.skin_menu, [(s, s) for s in skin_types] + [(self.tr("（清空）"), None)],
                   lambda v: self.field_requested.emit("skin_type", v, self.tr("肤质")))
        self._fill(self.role_menu, [(r, r) for r in roles] + [(self.tr("（清空）"), None)],
                   lambda v: self.field_requested.emit("role", v, self.tr("角色")))
        self._fill(self.group_menu, [(g.name, g) for g in groups],
                   lambda g: self.group_requested.emit(g.id, g.name))

    @staticmethod
    def _fill(menu: QMenu, items: list[tuple[str, Any]], emit: Any) -> None:
        menu.clear()
        for text, value in items:
            menu.addAction(text).triggered.connect(lambda _=False, v=value: emit(v))

    def _emit_tags(self, remove: bool) -> None:
        labels = [t.strip() for t in self.tag_input.text().replace("，", ",").split(",") if t.strip()]
        if labels:
            self.tag_input.clear()
            self.tags_requested.emit(labels, remove)
