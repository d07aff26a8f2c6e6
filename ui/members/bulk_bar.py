"""The bar shown over a selection: bulk tags, bulk field values, merge, trash (or restore/purge)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.members.domain import STATUSES, TIERS, GroupInfo, TagInfo
from ui import icons
from ui.members.member_table_model import status_label, tier_label
from ui.members.tag_editor import TagCompleter


class BulkBar(QWidget):
    """Emits requests; the page turns them into undoable commands on the selected ids."""

    tags_requested = Signal(list, bool)  # labels, remove
    field_requested = Signal(str, object)  # field, value (the page names both in its undo step)
    group_requested = Signal(int, str)
    move_requested = Signal()
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
        self.tag_input.setMinimumWidth(130)
        self.completer = TagCompleter(self)
        self.tag_input.setCompleter(self.completer)
        self.add_tag = QPushButton(self)
        self.add_tag.clicked.connect(lambda: self._emit_tags(False))
        self.tag_input.returnPressed.connect(lambda: self._emit_tags(False))
        self.remove_tag = QPushButton(self)
        self.remove_tag.clicked.connect(lambda: self._emit_tags(True))
        self.set_button = QToolButton(self)
        self.set_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        set_menu = QMenu(self.set_button)
        self.set_button.setMenu(set_menu)
        self.skin_menu, self.role_menu, self.group_menu, self.status_menu, self.tier_menu = (
            set_menu.addMenu("") for _ in range(5)
        )
        self._count = 0
        self._vocab: tuple[Any, ...] = ((), (), (), ())
        self._fixed: list[tuple[Any, str, Any]] = []  # (action, key, label function)
        for key in STATUSES:
            action = self.status_menu.addAction("")
            action.triggered.connect(lambda _=False, k=key: self.field_requested.emit("status", k))
            self._fixed.append((action, key, status_label))
        for key in TIERS:
            action = self.tier_menu.addAction("")
            action.triggered.connect(lambda _=False, k=key: self.field_requested.emit("tier", k))
            self._fixed.append((action, key, tier_label))
        self.merge_button = QPushButton(self)
        self.merge_button.clicked.connect(self.merge_requested)
        self.trash_button = QPushButton(self)
        self.trash_button.setObjectName("dangerButton")
        self.trash_button.clicked.connect(self.trash_requested)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_requested)
        self.purge_button = QPushButton(self)
        self.purge_button.setObjectName("dangerButton")
        self.purge_button.clicked.connect(self.purge_requested)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_requested)

        for button, key in (
            (self.add_tag, "add_tag"),
            (self.remove_tag, "remove_tag"),
            (self.set_button, "bulk_set"),
            (self.merge_button, "merge"),
            (self.trash_button, "trash"),
            (self.restore_button, "restore_members"),
            (self.purge_button, "purge"),
            (self.clear_button, "clear"),
        ):
            button.setIcon(icons.icon(key))
        self.set_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addWidget(self.count_label)
        self._normal = (
            self.tag_input,
            self.add_tag,
            self.remove_tag,
            self.set_button,
            self.merge_button,
            self.trash_button,
        )
        self._trash = (self.restore_button, self.purge_button)
        for widget in self._normal + self._trash:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self.set_mode(trash=False)
        self.retranslate()

    def retranslate(self) -> None:
        self.tag_input.setPlaceholderText(self.tr("标签（可用拼音）"))
        self.add_tag.setText(self.tr("加标签"))
        self.remove_tag.setText(self.tr("去标签"))
        self.set_button.setText(self.tr("批量设置"))
        for menu, title in (
            (self.skin_menu, self.tr("肤质")),
            (self.role_menu, self.tr("角色/头衔")),
            (self.group_menu, self.tr("加入群")),
            (self.status_menu, self.tr("状态")),
            (self.tier_menu, self.tr("会员类型")),
        ):
            menu.setTitle(title)
        for action, key, label in self._fixed:
            action.setText(label(key))
        self.merge_button.setText(self.tr("合并"))
        self.merge_button.setToolTip(
            self.tr("把第二位成员合并到第一位：资料互补，标签、群和时间线合在一起")
        )
        self.trash_button.setText(self.tr("移到回收站"))
        self.restore_button.setText(self.tr("恢复"))
        self.purge_button.setText(self.tr("永久删除"))
        self.clear_button.setText(self.tr("取消选择"))
        self.set_count(self._count)
        self.set_vocabulary(*self._vocab)  # the "（清空）" entries
        self._fit()

    # fitting -------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a text changed (a language switch)
            self._fit()
        return handled

    def _buttons(self) -> list[QAbstractButton]:
        return [b for b in self.findChildren(QAbstractButton) if b.parent() is self]

    def _fit(self) -> None:
        """Buttons show icon and text when the bar has room, else only the icon (the text moves
        to the tooltip): the bar never sets the window's width nor cuts a word."""
        buttons = self._buttons()
        for b in buttons:
            if b.text():
                b.setProperty("fullText", b.text())
        layout = self.layout()
        if not self.isVisible() or layout is None:
            return
        needed = layout.sizeHint().width()
        for b in buttons:
            full = str(b.property("fullText") or "")
            if b.isVisible() and full and not b.text():
                needed += b.fontMetrics().horizontalAdvance(full) + 6
        compact = needed > self.width()
        for b in buttons:
            full = str(b.property("fullText") or "")
            if not full or b.icon().isNull():
                continue
            if b.toolTip() in ("", full, b.property("shortTip")):
                b.setToolTip(full if compact else "")
                b.setProperty("shortTip", b.toolTip())
            text = "" if compact else full
            if b.text() != text:
                b.setText(text)

    def set_mode(self, trash: bool) -> None:
        for widget in self._normal:
            widget.setVisible(not trash)
        for widget in self._trash:
            widget.setVisible(trash)

    def set_count(self, count: int) -> None:
        self._count = count
        self.count_label.setText(self.tr("已选 {n} 位").format(n=count))
        self.merge_button.setEnabled(count == 2)

    def set_vocabulary(
        self,
        tags: Sequence[TagInfo],
        skin_types: Sequence[str],
        roles: Sequence[str],
        groups: Sequence[GroupInfo],
    ) -> None:
        self._vocab = (tags, skin_types, roles, groups)
        self.completer.set_tags(tags)
        self._fill(
            self.skin_menu,
            [(s, s) for s in skin_types] + [(self.tr("（清空）"), None)],
            lambda v: self.field_requested.emit("skin_type", v),
        )
        self._fill(
            self.role_menu,
            [(r, r) for r in roles] + [(self.tr("（清空）"), None)],
            lambda v: self.field_requested.emit("role", v),
        )
        self._fill(
            self.group_menu,
            [(g.name, g) for g in groups if not g.archived],
            lambda g: self.group_requested.emit(g.id, g.name),
        )
        self.group_menu.addSeparator()
        self.group_menu.addAction(self.tr("移到群…")).triggered.connect(self.move_requested)

    @staticmethod
    def _fill(menu: QMenu, items: list[tuple[str, Any]], emit: Any) -> None:
        menu.clear()
        for text, value in items:
            menu.addAction(text).triggered.connect(lambda _=False, v=value: emit(v))

    def _emit_tags(self, remove: bool) -> None:
        labels = [
            t.strip() for t in self.tag_input.text().replace("，", ",").split(",") if t.strip()
        ]
        if labels:
            self.tag_input.clear()
            self.tags_requested.emit(labels, remove)
