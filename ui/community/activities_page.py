"""The Activities page: the list of activities and the selected one's check-in grid.

Clicking a day cell of the grid checks the member in (or takes the check-in back) through an
undoable operation on this page's undo stack; the check-in rule's points follow in the core.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.community.activity_ops import (
    CheckIn,
    CreateActivity,
    EditActivity,
    TrashActivity,
    Uncheck,
)
from app.community.domain import ActivityFields, ActivityGrid
from app.community.rules import KINDS
from ui.community.activity_dialog import ActivityDialog
from ui.community.activity_models import ID_ROLE, ActivityListModel, CheckinGridModel, percent
from ui.dialog_buttons import confirm
from ui.env import UiEnv
from ui.operations import UndoText
from ui.page import Page
from ui.slots import widget_slot
from ui.theme import set_role

KEY = "activities"


class ActivitiesPage(Page):
    """Activities with sign-ups and check-ins; every edit is one step of this page's undo."""

    key = KEY
    list_shown = Signal()
    grid_shown = Signal()

    def __init__(
        self,
        env: UiEnv,
        clock: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.clock = env, clock
        self.loaded = False
        self._groups_stale = False  # the groups or kinds changed while the page was hidden
        self.current: int | None = None
        self.groups: list[tuple[int, str]] = []
        self.kinds: tuple[str, ...] = KINDS
        self._generation = 0

        self.new_button = QPushButton()
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        top = QHBoxLayout()
        self.heading = heading = QLabel()
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        heading.setFont(font)
        top.addWidget(heading)
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)

        self.list_model = ActivityListModel(self)
        self.list_view = QTableView()
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.list_view.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.grid_title = QLabel()
        self.grid_title.setObjectName("gridTitle")
        self.grid_title.setWordWrap(True)
        self.grid_model = CheckinGridModel(self)
        self.grid_view = QTableView()
        self.grid_view.setModel(self.grid_model)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.horizontalHeader().setDefaultSectionSize(46)
        self.grid_view.verticalHeader().setDefaultSectionSize(24)
        self.grid_view.clicked.connect(self._on_grid_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.grid_view, self._on_space)
        QShortcut(QKeySequence.StandardKey.Delete, self.list_view, self._on_delete_clicked)
        self.grid_hint = QLabel()
        self.grid_hint.setWordWrap(True)
        set_role(self.grid_hint, "muted")
        self.missed_title = QLabel()
        self.missed = QListWidget()
        self.missed.setMaximumWidth(220)
        self.missed.itemActivated.connect(self._on_missed_activated)

        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid_title)
        grid_layout.addWidget(self.grid_view, 1)
        grid_layout.addWidget(self.grid_hint)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.missed_title)
        side_layout.addWidget(self.missed, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(grid_box)
        bottom.addWidget(side)
        bottom.setStretchFactor(0, 1)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_view)
        list_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(list_box)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        env.runner.changed.connect(self._on_runner_changed)
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("活动")

    def retranslate(self) -> None:
        """The language changed: the fixed texts, the headers, then the list and grid again."""
        self.new_button.setText(self.tr("新建活动"))
        self.edit_button.setText(self.tr("编辑…"))
        self.delete_button.setText(self.tr("删除"))
        self.heading.setText(self.tr("活动"))
        self.empty_label.setText(self.tr("还没有活动：点“新建活动”开始第一个打卡营。"))
        self.missed_title.setText(self.tr("最近 3 天未打卡"))
        for model in (self.list_model, self.grid_model):
            columns = model.columnCount()
            if columns:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.loaded:
            self.reload()

    def activate(self) -> None:
        if not self.loaded or self._groups_stale:
            self.loaded = True
            self.load_groups()
        self.reload()

    @property
    def stack(self) -> QUndoStack:
        return self.env.stack_for(KEY)

    # --- loading -----------------------------------------------------------------------------
    @widget_slot()
    async def load_groups(self) -> None:
        self._groups_stale = False
        try:
            groups = await self.env.runner.run(self.env.ctx.groups.list_groups)
            self.kinds = await self.env.runner.run(self.env.ctx.activities.kinds)
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.groups = [(g.id, g.name) for g in groups]

    @widget_slot()
    async def reload(self) -> None:
        """The list, then the grid of the selected activity (the first one at first)."""
        self._generation += 1
        generation = self._generation
        try:
            rows = await self.env.runner.run(self.env.ctx.activities.list_activities, self.clock())
        except Exception as exc:
            self.env.show_error(exc)
            return
        if generation != self._generation:
            return
        keep = self.current
        self.list_model.set_rows(rows)
        self.list_view.resizeColumnToContents(2)
        self.empty_label.setVisible(not rows)
        ids = [r.id for r in rows]
        if keep not in ids:
            keep = next((r.id for r in rows if r.start <= self.clock() <= r.end), None)
            keep = keep if keep is not None else (ids[0] if ids else None)
        self.current = keep
        if keep is not None:
            self.list_view.selectRow(ids.index(keep))
        self._update_buttons()
        self.list_shown.emit()
        await self._load_grid(generation)

    async def _load_grid(self, generation: int) -> None:
        if self.current is None:
            self._show_grid(None)
            return
        try:
            grid = await self.env.runner.run(
                self.env.ctx.activities.grid, self.current, self.clock()
            )
        except Exception as exc:
            self.env.show_error(exc)
            return
        if generation == self._generation:
            self._show_grid(grid)

    def _show_grid(self, grid: ActivityGrid | None) -> None:
        today = self.clock()
        self.grid_model.set_grid(grid, today)
        self.missed.clear()
        if grid is None:
            self.grid_title.setText("")
            self.grid_hint.setText("")
            self.grid_shown.emit()
            return
        day = min(grid.elapsed, len(grid.days))
        self.missed_title.setText(
            self.tr("最近 3 天未打卡（%1 人）").replace("%1", str(len(grid.missed_recent)))
        )
        self.missed.setEnabled(grid.camp)
        if not grid.camp:
            self.grid_title.setText(
                self.tr("%1 · %2 · 报名 %3 人（这个活动不记打卡，点格子可以补记）")
                .replace("%1", grid.name)
                .replace("%2", f"{grid.days[0]:%Y-%m-%d}")
                .replace("%3", str(len(grid.members)))
            )
        else:
            self.grid_title.setText(
                self.tr("%1 · 第 %2/%3 天 · 报名 %4 人 · 参与率 %5")
                .replace("%1", grid.name)
                .replace("%2", str(day))
                .replace("%3", str(len(grid.days)))
                .replace("%4", str(len(grid.members)))
                .replace("%5", percent(grid.participation))
            )
        if not grid.members:
            self.grid_hint.setText(
                self.tr("还没有人报名：在成员页选中成员，右键 → 批量设置 → 活动报名。")
            )
        else:
            self.grid_hint.setText(self.tr("点一个格子打卡或撤回打卡（空格键同样），Ctrl+Z 撤销。"))
        for m in grid.missed_recent:
            item = QListWidgetItem(m.nickname)
            item.setData(ID_ROLE, m.id)
            item.setToolTip(self.tr("双击在表格里找到她"))
            self.missed.addItem(item)
        if grid.camp and grid.members and not grid.missed_recent:
            self.missed.addItem(self.tr("都在坚持打卡 👍"))
        self.grid_shown.emit()

    def _on_missed_activated(self, item: QListWidgetItem) -> None:
        """Show her row in the grid, at the last finished day."""
        grid, member = self.grid_model.grid, item.data(ID_ROLE)
        if grid is None or member is None:
            return
        row = next((i for i, m in enumerate(grid.members) if m.id == member), None)
        if row is not None:
            index = self.grid_model.index(row, max(0, min(grid.elapsed, len(grid.days)) - 1))
            self.grid_view.setCurrentIndex(index)
            self.grid_view.scrollTo(index)
            self.grid_view.setFocus()

    def _on_runner_changed(self, changes: object) -> None:
        areas: frozenset[str] = getattr(changes, "areas", frozenset())
        vocab = bool(getattr(changes, "vocab", False))
        if not self.loaded or not ("community" in areas or vocab):
            return
        if vocab or "settings" in areas:
            self._groups_stale = True
        if not self.isVisibleTo(self.window()):
            # Another page of the window is shown (a check-in from the Members page): reading
            # the grid now would only compete with that page; `activate()` reads it when this
            # one is shown again. (A minimised or hidden window still counts as showing it.)
            return
        if self._groups_stale:
            self.load_groups()
        self.reload()

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        aid = current.data(ID_ROLE) if current.isValid() else None
        if aid is not None and aid != self.current:
            self.current = aid
            self._update_buttons()
            self._generation += 1
            self.env.tasks.spawn(self._load_grid(self._generation))

    def _update_buttons(self) -> None:
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(self.current is not None)

    # --- edits -------------------------------------------------------------------------------
    def toggle(self, member_id: int, day: dt.date, checked: bool) -> None:
        """Check `member_id` in on `day`, or take that check-in back."""
        if self.current is None:
            return
        if day > self.clock():
            self.env.show_message(
                self.tr("还没到 %1，不能提前打卡。").replace("%1", f"{day:%m-%d}")
            )
            return
        if checked:
            text = UndoText.translate("ActivitiesPage", "撤回 %1 的打卡").fill(f"{day:%m-%d}")
            self.env.ops.push(self.stack, Uncheck(self.current, (member_id,), day), text)
        else:
            text = UndoText.translate("ActivitiesPage", "%1 打卡").fill(f"{day:%m-%d}")
            self.env.ops.push(self.stack, CheckIn(self.current, (member_id,), day), text)

    def _on_grid_clicked(self, index: QModelIndex) -> None:
        cell = self.grid_model.cell(index)
        if cell is not None:
            self.toggle(*cell)

    def _on_space(self) -> None:
        self._on_grid_clicked(self.grid_view.currentIndex())

    def open_dialog(self, fields: ActivityFields | None = None) -> ActivityDialog:
        dialog = ActivityDialog(self.groups, fields, self.clock(), self, kinds=self.kinds)
        dialog.setModal(True)
        return dialog

    def _on_new_clicked(self) -> None:
        dialog = self.open_dialog()
        dialog.accepted.connect(
            lambda: self.env.ops.push(
                self.stack,
                CreateActivity(dialog.fields()),
                UndoText.translate("ActivitiesPage", "新建活动"),
            )
        )
        dialog.open()

    @widget_slot()
    async def _on_edit_clicked(self) -> None:
        aid = self.current
        if aid is None:
            return
        try:
            fields = await self.env.runner.run(self.env.ctx.activities.fields, aid)
        except Exception as exc:
            self.env.show_error(exc)
            return
        dialog = self.open_dialog(fields)
        dialog.accepted.connect(
            lambda: self.env.ops.push(
                self.stack,
                EditActivity(aid, dialog.fields()),
                UndoText.translate("ActivitiesPage", "修改活动"),
            )
        )
        dialog.open()

    def _on_delete_clicked(self) -> None:
        if self.current is None:
            return
        name = next((r.name for r in self.list_model.rows if r.id == self.current), "")
        if confirm(
            self,
            self.tr("删除活动"),
            self.tr(
                "把活动「%1」移到回收站？报名、打卡和积分都会保留，可以用 Ctrl+Z 撤销。"
            ).replace("%1", name),
            QCoreApplication.translate("Confirm", "移到回收站"),
            danger=False,
        ):
            self.env.ops.push(
                self.stack,
                TrashActivity(self.current),
                UndoText.translate("ActivitiesPage", "删除活动"),
            )
