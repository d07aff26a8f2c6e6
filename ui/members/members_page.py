"""The Members page: find anyone as you type, filter, edit in the detail panel, act in bulk, undo.

Hooks for the benchmark (`bench/bench_members.py`) and for tests:

- `first_rows_shown` (signal): the first block of rows is in the model (start-up fast path:
  `ctx.query.first_rows` before the full id list).
- `results_shown(page_loading.QueryResult)` (signal): emitted after every model reset that follows a query
  (search, filter, sort, refresh); carries the filter, the row count and the seconds from the
  query being issued to the reset being done.
- `set_search(text, debounce=False)`, `set_filter(member_filter)`, `set_sort(key, descending)`:
  drive the page from code (the query runs at once unless `debounce`).
- `bulk_tags(ids, labels, remove=False)`: push an undoable bulk tag edit on the given ids and
  return the command; `select_ids(ids)` / `selected_ids()` for selections.

The queries, model resets and detail fetches live in `ui/members/page_loading.py` (a mixin);
the right-click menu and the confirmations in `ui/members/page_actions.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.members.domain import MemberFilter
from ui import icons
from ui.env import UiEnv
from ui.groups import group_actions
from ui.later import later
from ui.members import page_actions as actions
from ui.members.bulk_bar import BulkBar
from ui.members.bulk_words import bulk_set_text
from ui.members.detail_panel import DetailPanel
from ui.members.filter_bar import FilterBar
from ui.members.member_table_model import COLUMNS, MemberTableModel
from ui.members.members_view import MemberTableView
from ui.members.page_loading import ResultsLoading
from ui.operations import OpCommand, UndoText
from ui.page import Page

if TYPE_CHECKING:
    from app.members import member_ops, profile_ops, tag_ops
    from app.ops import Operation
    from ui.members import merge_dialog, new_member_dialog
else:
    merge_dialog = later("ui.members.merge_dialog")
    new_member_dialog = later("ui.members.new_member_dialog")
    member_ops = later("app.members.member_ops")
    profile_ops = later("app.members.profile_ops")
    tag_ops = later("app.members.tag_ops")

DEBOUNCE_MS = 150


class MembersPage(ResultsLoading, Page):
    """See the module docstring for the hooks other code and the benchmark use."""

    key = "members"
    first_rows_shown = Signal()
    results_shown = Signal(object)
    status_changed = Signal(str)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self._sort, self._descending, self._trash = "id", False, False
        self._generation = 0
        self._detail_generation = 0
        self._loaded = False
        self._total = 0
        self._counting = False  # the first rows are shown, not yet the full count
        self._shown_filter: MemberFilter | None = None  # the filter of the result in the table
        self._restore: tuple[list[int], int | None] | None = None  # see _show_first_screen
        self._vocab_signature: tuple[Any, ...] = ()
        # What other areas install on the page (their menus): each retranslated with the page.
        self.add_ons: list[Any] = []
        self.model = MemberTableModel(self)
        self.view = MemberTableView(self.model, self)
        self.filter_bar = FilterBar(self)
        self.bulk_bar = BulkBar(self)
        # The bar's place is kept whether or not rows are selected (a hint fills it), so the
        # table never moves under the pointer between a click and a shift-click.
        self.bulk_hint = QFrame(self)
        self.bulk_hint.setObjectName("bulkHint")
        self.bulk_hint_text = QLabel(self.bulk_hint)
        self.bulk_hint_text.setObjectName("bulkHintText")
        hint_layout = QHBoxLayout(self.bulk_hint)
        hint_layout.setContentsMargins(10, 6, 10, 6)
        hint_layout.addWidget(self.bulk_hint_text, 1)
        self.bulk_slot = QStackedWidget(self)
        self.bulk_slot.addWidget(self.bulk_hint)
        self.bulk_slot.addWidget(self.bulk_bar)
        self.bulk_slot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.detail = DetailPanel(self)
        self.detail.attach(env)

        self.detail.community.bind(env)
        self.trash_button = QPushButton(self)
        self.trash_button.setCheckable(True)
        self.trash_button.setIcon(icons.icon("trash"))
        self._new_member_parts()
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.view)
        self.table_stack.addWidget(self.empty)
        self._layout()
        self._connect()
        self._restore_state()
        self.retranslate()

    def title(self) -> str:
        return self.tr("成员")

    def retranslate(self) -> None:
        """The language changed: the page's texts, its parts, the table headers, the status."""
        self.trash_button.setText(self.tr("回收站"))
        self.bulk_hint_text.setText(
            self.tr("选中成员后，可在这里批量加标签、设置、合并或移到回收站（Shift/Ctrl 多选）")
        )
        self.new_action.setText(self.tr("新建成员…"))
        self.new_action.setToolTip(self.tr("新建一位成员（Ctrl+N），再在右侧补全资料"))
        self.new_button.setText(self.tr("新建成员"))
        self.new_button.setToolTip(self.new_action.toolTip())
        self.trash_button.setToolTip(self.tr("查看回收站里的成员：可以恢复，或永久删除"))
        self.heading.setText(self.tr("回收站") if self._trash else self.tr("成员"))
        for part in (self.filter_bar, self.bulk_bar, self.detail, self.model, *self.add_ons):
            part.retranslate()
        if self._loaded:
            self._after_result(self.current_filter(), self._total)  # empty-state text, status

    # building ----------------------------------------------------------------------------------
    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.new_button)
        head.addWidget(self.trash_button)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(8)
        lv.addLayout(head)
        lv.addWidget(self.filter_bar)
        lv.addWidget(self.bulk_slot)
        lv.addWidget(self.table_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 300])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(self.splitter)

    def _connect(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        fb, bb, d = self.filter_bar, self.bulk_bar, self.detail
        fb.search_edited.connect(lambda _t: self._debounce.start())
        fb.filter_changed.connect(self.refresh)
        fb.save_segment_requested.connect(lambda: actions.save_segment(self))
        self.trash_button.toggled.connect(self.show_trash)
        self.model.block_needed.connect(self._on_block_needed)
        self.model.sort_requested.connect(self.set_sort)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.customContextMenuRequested.connect(lambda pos: actions.row_menu(self, pos))
        bb.tags_requested.connect(
            lambda labels, rm: self.bulk_tags(self.selected_ids(), labels, rm)
        )
        bb.field_requested.connect(self._on_bulk_field)
        bb.group_requested.connect(
            lambda gid, name: group_actions.join(self.env, self.key, self.selected_ids(), gid, name)
        )
        bb.move_requested.connect(
            lambda: group_actions.ask_move(self, self.env, self.key, self.selected_ids())
        )
        bb.merge_requested.connect(self._on_merge)
        bb.trash_requested.connect(self.trash_selected)
        bb.restore_requested.connect(self.restore_selected)
        bb.purge_requested.connect(lambda: actions.confirm_purge(self))
        bb.clear_requested.connect(self.view.clearSelection)
        d.edit_requested.connect(
            lambda m, v: self._push_op(
                member_ops.EditMember(m, dict(v)),
                UndoText.translate("MemberCommands", "修改成员资料"),
            )
        )
        d.tags_requested.connect(
            lambda m, t: self._push_op(
                tag_ops.SetMemberTags(m, tuple(t)),
                UndoText.translate("MemberCommands", "修改成员标签"),
            )
        )
        d.specialties_requested.connect(
            lambda m, n: self._push_op(
                profile_ops.SetSpecialties(m, tuple(n)),
                UndoText.translate("MemberCommands", "修改擅长领域"),
            )
        )
        d.join_requested.connect(lambda m, g, n: group_actions.join(self.env, self.key, [m], g, n))
        d.leave_requested.connect(
            lambda m, g, n: group_actions.leave(self.env, self.key, [m], g, n)
        )
        d.note_requested.connect(
            lambda m, t: self._push_op(
                profile_ops.AddNote(m, t), UndoText.translate("MemberCommands", "添加记录")
            )
        )
        d.custom_requested.connect(
            lambda m, v: self._push_op(
                profile_ops.SetCustom(m, dict(v)),
                UndoText.translate("MemberCommands", "修改自定义字段"),
            )
        )
        self.env.runner.changed.connect(self._on_runner_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.trash_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._on_escape)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _restore_state(self) -> None:
        settings = self.env.settings
        if settings is None:
            return
        header = settings.get("members/header")
        if not header.isEmpty():
            self.view.horizontalHeader().restoreState(header)
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        split = settings.get("members/splitter")
        if not split.isEmpty():
            self.splitter.restoreState(split)

    def save_state(self) -> None:
        """Remember columns (order, widths, hidden) and the split; commit pending edits."""
        self.detail.commit()
        if self.env.settings is not None:
            self.env.settings.set("members/header", self.view.horizontalHeader().saveState())
            self.env.settings.set("members/splitter", self.splitter.saveState())

    # loading (the queries themselves: ui/members/page_loading.py) -----------------------------
    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.env.tasks.spawn(self._first_load())

    def current_filter(self) -> MemberFilter:
        return self.filter_bar.member_filter(trash=self._trash)

    # driving from code -------------------------------------------------------------------------
    def set_search(self, text: str, debounce: bool = False) -> None:
        self.filter_bar.search.setText(text)
        if debounce:
            self._debounce.start()
        else:
            self.refresh()

    def set_filter(self, member_filter: MemberFilter) -> None:
        self.filter_bar.apply_filter(member_filter)
        if member_filter.trash != self._trash:
            self.trash_button.setChecked(member_filter.trash)  # refreshes
        else:
            self.refresh()

    def set_sort(self, key: str, descending: bool = False) -> None:
        self._sort, self._descending = key, descending
        header = self.view.horizontalHeader()
        column = next((i for i, c in enumerate(COLUMNS) if c[2] == key), -1)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.blockSignals(True)  # the indicator only shows the sort; the query does it
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            header.viewport().update()
        self.refresh(resort=True)

    def show_trash(self, on: bool) -> None:
        self._trash = on
        if self.trash_button.isChecked() != on:
            self.trash_button.setChecked(on)
            return
        self.heading.setText(self.tr("回收站") if on else self.tr("成员"))
        self.filter_bar.save_button.setEnabled(not on)
        self.bulk_bar.set_mode(trash=on)
        self.view.clearSelection()
        self.refresh()

    def bulk_tags(
        self, member_ids: Sequence[int], labels: Sequence[str], remove: bool = False
    ) -> OpCommand | None:
        if not member_ids or not labels:
            return None
        ids, names = tuple(member_ids), tuple(labels)
        if remove:
            text = UndoText.translate("MemberCommands", "从 {n} 位成员移除标签 {tags}")
            op: Operation = tag_ops.RemoveTags(ids, names)
        else:
            text = UndoText.translate("MemberCommands", "给 {n} 位成员加标签 {tags}")
            op = tag_ops.AddTags(ids, names)
        text = text.fill(n=len(ids), tags=UndoText.join(names))
        return self._push_op(op, text)

    def selected_ids(self) -> list[int]:
        return self.view.selected_ids()

    def select_ids(self, member_ids: Sequence[int]) -> None:
        self.view.select_ids(member_ids, member_ids[0] if member_ids else None)

    # selection, detail, status -----------------------------------------------------------------
    def _current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.member_id(index.row()) if index.isValid() else None

    def _on_selection_changed(self, *_args: Any) -> None:
        ids = self.selected_ids()
        self.bulk_slot.setCurrentWidget(self.bulk_bar if ids else self.bulk_hint)
        self.bulk_bar.set_count(len(ids))
        self._emit_status(len(ids))
        if len(ids) == 1:
            self._load_detail(ids[0])
        else:
            self._detail_generation += 1  # a detail still being fetched is no longer wanted
            self.detail.commit()
            self.detail.show_detail(None, len(ids))

    def _emit_status(self, selected: int | None = None) -> None:
        if selected is None:
            selected = len(self.selected_ids())
        where = self.tr("回收站：") if self._trash else ""
        if self._counting:  # the start's first rows are shown; the full list is on its way
            text = self.tr("{where}正在读取全部成员… · 已选 {k}").format(where=where, k=selected)
        else:
            text = self.tr("{where}共 {n} 位成员 · 已选 {k}").format(
                where=where, n=self._total, k=selected
            )
        self.status_changed.emit(text)

    # actions -----------------------------------------------------------------------------------
    def _push_op(self, op: Operation, text: UndoText) -> OpCommand:
        """One undo step on the page's stack for `op` (runs it at once)."""
        return self.env.ops.push(self.env.stack_for(self.key), op, text)

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self._trash:
            text = UndoText.translate("MemberCommands", "把 {n} 位成员移到回收站")
            self._push_op(member_ops.TrashMembers(tuple(ids)), text.fill(n=len(ids)))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            text = UndoText.translate("MemberCommands", "从回收站恢复 {n} 位成员")
            self._push_op(member_ops.RestoreMembers(tuple(ids)), text.fill(n=len(ids)))

    def _on_bulk_field(self, field: str, value: Any) -> None:
        ids = self.selected_ids()
        if ids:
            self._push_op(
                member_ops.BulkSet(tuple(ids), field, value), bulk_set_text(len(ids), field, value)
            )

    def _on_merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            # The current row goes on the left; the dialog proposes which record survives.
            merge_dialog.ask_merge(self, ids if self._current_id() != ids[1] else ids[::-1])

    def _new_member_parts(self) -> None:
        # One action for Ctrl+N, the page's button and the window's menu/toolbar (ui/members/
        # install.py), so the shortcut is never ambiguous.
        self.new_action = QAction(self)
        self.new_action.setObjectName("newMemberAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_member)
        self.addAction(self.new_action)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newMemberButton")
        self.new_button.setIcon(icons.icon("new_member"))
        self.new_button.clicked.connect(self.new_action.trigger)

    def new_member(self) -> None:
        """新建成员: the form, then the new member selected in the detail panel."""
        new_member_dialog.ask_new_member(self)

    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _on_escape(self) -> None:
        if self.filter_bar.search.text():
            self.set_search("")
        self.view.clearSelection()
