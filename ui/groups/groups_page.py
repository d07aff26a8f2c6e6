"""The Groups page (社群): groups with platform and fill, subgroups under their group, and a
group's members with nickname, role, joined and left dates. Every edit is an operation on the
page's own undo stack ("groups")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Changes
from app.members.domain import GroupInfo
from ui.env import UiEnv
from ui.groups import group_actions
from ui.groups import page_edits as edits
from ui.groups.fill_bar import FillBarDelegate
from ui.groups.group_models import GroupMemberModel, GroupTableModel, ordered
from ui.page import Page
from ui.theme import set_role

MEMBER_FILTERS = ("current", "former", "all")


def _table(model: Any, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class GroupsPage(Page):
    key = "groups"
    groups_shown = Signal()
    members_shown = Signal()

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self.stack = env.stack_for(self.key)
        self._loaded = False
        self._all: list[GroupInfo] = []
        self._selected_id: int | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.new_button = QPushButton(self)
        self.sub_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.archive_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.show_archived = QCheckBox(self)
        self.groups = GroupTableModel(self)
        self.groups_view = _table(self.groups, self)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups_view.setItemDelegateForColumn(2, FillBarDelegate(self.groups_view))
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.groups_view)
        self.left_stack.addWidget(self.empty)
        self.group_title = QLabel(self)
        self.group_title.setObjectName("sectionTitle")
        self.warning = QLabel(self)
        set_role(self.warning, "error")
        self.warning.setWordWrap(True)
        self.member_filter = QComboBox(self)
        self.members = GroupMemberModel(self)
        self.members_view = _table(self.members, self)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members_empty = QLabel(self)
        self.members_empty.setObjectName("emptyState")
        self.members_empty.setWordWrap(True)
        self.members_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right_stack = QStackedWidget(self)
        self.right_stack.addWidget(self.members_view)
        self.right_stack.addWidget(self.members_empty)
        self.role_button = QPushButton(self)
        self.nick_button = QPushButton(self)
        self.move_button = QPushButton(self)
        self.leave_button = QPushButton(self)
        self._layout()
        self._connect()
        self.retranslate()

    def title(self) -> str:
        return self.tr("社群")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addSpacing(16)
        for w in (self.new_button, self.sub_button, self.edit_button):
            bar.addWidget(w)
        bar.addWidget(self.archive_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        bar.addWidget(self.show_archived)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.group_title, 1)
        head.addWidget(self.member_filter)
        rl.addLayout(head)
        rl.addWidget(self.warning)
        rl.addWidget(self.right_stack, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for w in (self.role_button, self.nick_button, self.move_button, self.leave_button):
            buttons.addWidget(w)
        rl.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left_stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(bar)
        outer.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: edits.create(self, sub=False))
        self.sub_button.clicked.connect(lambda: edits.create(self, sub=True))
        self.edit_button.clicked.connect(lambda: edits.edit(self))
        self.archive_button.clicked.connect(lambda: edits.toggle_archive(self))
        self.delete_button.clicked.connect(lambda: edits.delete(self))
        self.show_archived.toggled.connect(lambda _on: self._show_groups())
        self.groups_view.selectionModel().selectionChanged.connect(self._on_group_selected)
        self.groups_view.doubleClicked.connect(lambda _i: edits.edit(self))
        self.member_filter.currentIndexChanged.connect(lambda _i: self.load_members())
        self.members_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.nick_button.clicked.connect(lambda: edits.set_nickname(self))
        self.move_button.clicked.connect(self._on_move_clicked)
        self.leave_button.clicked.connect(lambda: edits.leave(self))
        self.env.runner.changed.connect(self._on_runner_changed)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: edits.create(self, sub=False))
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.members_view, lambda: edits.leave(self)
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("社群"))
        self.new_button.setText(self.tr("新建群"))
        self.new_button.setToolTip(self.tr("新建一个微信群、企业微信群或 QQ 群（Ctrl+N）"))
        self.sub_button.setText(self.tr("新建小组"))
        self.sub_button.setToolTip(self.tr("在选中的群下面建一个约 15 人的小组，可设组长"))
        self.edit_button.setText(self.tr("编辑"))
        self.delete_button.setText(self.tr("删除"))
        self.delete_button.setToolTip(self.tr("只能删除没有成员、没有小组的群（可撤销）"))
        self.show_archived.setText(self.tr("显示已归档"))
        self.empty.setText(
            self.tr(
                "还没有群。\n点“新建群”添加你的微信群、企业微信群或 QQ 群，"
                "然后在“成员”页选中成员，用“批量设置 → 加入群”把她们加进来。"
            )
        )
        current = self.member_filter.currentIndex()
        self.member_filter.blockSignals(True)
        self.member_filter.clear()
        self.member_filter.addItems([self.tr("当前成员"), self.tr("已退群"), self.tr("全部")])
        self.member_filter.setCurrentIndex(max(0, current))
        self.member_filter.blockSignals(False)
        self.role_button.setText(self.tr("设群内角色"))
        self.nick_button.setText(self.tr("改群昵称…"))
        self.move_button.setText(self.tr("移到群…"))
        self.leave_button.setText(self.tr("退群"))
        self.leave_button.setToolTip(self.tr("选中的成员退出这个群（保留记录，可撤销）"))
        self.role_button.setMenu(edits.role_menu(self))
        self.groups.retranslate()
        self.members.retranslate()
        self._show_selected()

    # loading -----------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        async def go() -> None:
            self._all = await self.env.runner.run(self.ctx.groups.list_groups)
            self._show_groups()
            self.groups_shown.emit()

        self.env.tasks.spawn(go())

    def _show_groups(self) -> None:
        rows = ordered(self._all, self.show_archived.isChecked())
        keep = self._selected_id
        self.groups.set_rows(rows)
        self.left_stack.setCurrentWidget(self.groups_view if rows else self.empty)
        header = self.groups_view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        row = self.groups.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.groups_view.selectRow(row)
        else:
            self._selected_id = None
        self.load_members()

    def selected_group(self) -> GroupInfo | None:
        if self._selected_id is None:
            return None
        return next((g for g in self._all if g.id == self._selected_id), None)

    def select_group(self, group_id: int) -> None:
        row = self.groups.row_of(group_id)
        if row >= 0:
            self.groups_view.selectRow(row)

    def _on_group_selected(self, *_args: Any) -> None:
        rows = self.groups_view.selectionModel().selectedRows()
        new = self.groups.rows[rows[0].row()].id if rows else None
        if new != self._selected_id:
            self._selected_id = new
            self.load_members()

    def load_members(self) -> None:
        group = self.selected_group()
        self._show_selected()
        if group is None:
            self.members.set_rows([])
            self.right_stack.setCurrentWidget(self.members_empty)
            self.members_shown.emit()
            return
        which = MEMBER_FILTERS[max(0, self.member_filter.currentIndex())]
        current = {"current": True, "former": False}.get(which)

        async def go() -> None:
            rows = await self.env.runner.run(self.ctx.groups.members_of, group.id, current)
            if self._selected_id != group.id:
                return
            self.members.set_rows(rows)
            self.members_view.resizeColumnsToContents()
            self.right_stack.setCurrentWidget(self.members_view if rows else self.members_empty)
            self._enable()
            self.members_shown.emit()

        self.env.tasks.spawn(go())

    def _show_selected(self) -> None:
        group = self.selected_group()
        if group is None:
            self.group_title.setText(self.tr("选择左边的一个群，查看它的成员"))
            self.warning.hide()
        else:
            self.group_title.setText(
                self.tr("{name} · {n}/{cap} 人").format(
                    name=group.name, n=group.member_count, cap=group.capacity
                )
            )
            full = group.fill >= 0.9
            self.warning.setVisible(full)
            if full:
                self.warning.setText(
                    self.tr(
                        "快满了：{name} 已到容量的 {p}%，加人前先清理不活跃的成员或开新群。"
                    ).format(name=group.name, p=round(group.fill * 100))
                )
        self.members_empty.setText(
            self.tr("这个群还没有成员。\n在“成员”页选中成员，用“批量设置 → 加入群”把她们加进来。")
            if group is not None
            else self.group_title.text()
        )
        self.archive_button.setText(
            self.tr("取消归档") if group is not None and group.archived else self.tr("归档")
        )
        self._enable()

    def _enable(self) -> None:
        group = self.selected_group()
        for w in (self.edit_button, self.archive_button, self.delete_button):
            w.setEnabled(group is not None)
        self.sub_button.setEnabled(group is not None and group.parent_id is None)
        chosen = bool(self.selected_memberships())
        for w in (self.role_button, self.nick_button, self.move_button, self.leave_button):
            w.setEnabled(chosen)

    def selected_memberships(self) -> list[Any]:
        return [
            self.members.rows[i.row()] for i in self.members_view.selectionModel().selectedRows()
        ]

    def _on_move_clicked(self) -> None:
        group = self.selected_group()
        rows = [r for r in self.selected_memberships() if r.left is None]
        if group is not None and rows:
            group_actions.ask_move(
                self, self.env, self.key, [r.member_id for r in rows], source_id=group.id
            )

    def _on_runner_changed(self, changes: Changes) -> None:
        if self._loaded and ("groups" in changes.areas or changes.vocab or changes.membership):
            self.reload()
