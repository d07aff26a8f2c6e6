"""The Members page: find anyone as you type, filter, edit in the detail panel, act in bulk, undo.

Hooks for the benchmark (`bench/bench_members.py`) and for tests:

- `first_rows_shown` (signal): the first block of rows is in the model (start-up fast path:
  `ctx.query.first_rows` before the full id list).
- `results_shown(QueryResult)` (signal): emitted after every model reset that follows a query
  (search, filter, sort, refresh); carries the filter, the row count and the seconds from the
  query being issued to the reset being done.
- `set_search(text, debounce=False)`, `set_filter(member_filter)`, `set_sort(key, descending)`:
  drive the page from code (the query runs at once unless `debounce`).
- `bulk_tags(ids, labels, remove=False)`: push an undoable bulk tag edit on the given ids and
  return the command; `select_ids(ids)` / `selected_ids()` for selections.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Changes, MemberFilter, MemberRow
from ui.env import UiEnv
from ui.members import commands as cmd
from ui.members import page_actions as actions
from ui.members.bulk_bar import BulkBar
from ui.members.detail_panel import DetailPanel
from ui.members.filter_bar import FilterBar
from ui.members.member_table_model import BLOCK, COLUMNS, MemberTableModel
from ui.members.members_view import MemberTableView
from ui.page import Page

DEBOUNCE_MS = 150


@dataclass(frozen=True)
class QueryResult:
    filter: MemberFilter
    count: int
    elapsed: float


def _load_result(query: Any, f: MemberFilter, sort: str, descending: bool,
                 current: Any) -> tuple[list[int], list[MemberRow]] | None:
    """Runs on the DB thread: the ordered ids and the first block of rows (None if stale)."""
    if not current():
        return None
    ids = query.ids(f, sort, descending)
    return ids, query.rows(ids[:BLOCK])


def _load_vocabulary(ctx: Any) -> tuple[Any, ...]:
    return (ctx.tags.list_tags(), ctx.vocab.skin_types().names, ctx.vocab.roles(),
            ctx.groups.list_groups())


class MembersPage(Page):
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
        self._vocab_signature: tuple[Any, ...] = ()
        self.model = MemberTableModel(self)
        self.view = MemberTableView(self.model, self)
        self.filter_bar = FilterBar(self)
        self.bulk_bar = BulkBar(self)
        self.bulk_bar.hide()
        self.detail = DetailPanel(self)
        self.trash_button = QPushButton(self.tr("回收站"), self)
        self.trash_button.setCheckable(True)
        self.trash_button.setToolTip(self.tr("查看回收站里的成员：可以恢复，或永久删除"))
        self.heading = QLabel(self.tr("成员"), self)
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

    def title(self) -> str:
        return self.tr("成员")

    def icon(self) -> QIcon:
        return QIcon()

    # building ----------------------------------------------------------------------------------
    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.trash_button)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(8)
        lv.addLayout(head)
        lv.addWidget(self.filter_bar)
        lv.addWidget(self.bulk_bar)
        lv.addWidget(self.table_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 330])
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
        bb.tags_requested.connect(lambda labels, rm: self.bulk_tags(self.selected_ids(), labels, rm))
        bb.field_requested.connect(self._on_bulk_field)
        bb.group_requested.connect(
            lambda gid, name: self._push(cmd.GroupMembersCommand(self.env, self.selected_ids(), gid, name)))
        bb.merge_requested.connect(self._on_merge)
        bb.trash_requested.connect(self.trash_selected)
        bb.restore_requested.connect(
            lambda: self._push(cmd.TrashCommand(self.env, self.selected_ids(), restore=True)))
        bb.purge_requested.connect(lambda: actions.confirm_purge(self))
        bb.clear_requested.connect(self.view.clearSelection)
        d.edit_requested.connect(lambda m, v: self._push(cmd.EditMemberCommand(self.env, m, v)))
        d.tags_requested.connect(lambda m, t: self._push(cmd.SetMemberTagsCommand(self.env, m, t)))
        d.specialties_requested.connect(
            lambda m, n: self._push(cmd.SpecialtiesCommand(self.env, m, n)))
        d.join_requested.connect(
            lambda m, g, n: self._push(cmd.GroupMembersCommand(self.env, [m], g, n)))
        d.leave_requested.connect(
            lambda m, g, n: self._push(cmd.GroupMembersCommand(self.env, [m], g, n, leave=True)))
        d.note_requested.connect(lambda m, t: self._push(cmd.AddNoteCommand(self.env, m, t)))
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

    # loading -----------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.env.tasks.spawn(self._first_load())

    async def _first_load(self) -> None:
        """First rows first (fast path), then the full id list, then the vocabularies."""
        self._generation += 1
        generation = self._generation
        f, sort, desc = self.current_filter(), self._sort, self._descending
        started = time.perf_counter()
        rows = await self.env.runner.run(self.ctx.query.first_rows, f, BLOCK, sort, desc)
        if generation != self._generation:
            return
        self.model.set_result([r.id for r in rows], rows)
        self._after_result(f, len(rows))
        self.first_rows_shown.emit()
        ids = await self.env.runner.run(self.ctx.query.ids, f, sort, desc)
        if generation == self._generation:
            self.model.set_result(ids)
            self._after_result(f, len(ids))
            self.results_shown.emit(QueryResult(f, len(ids), time.perf_counter() - started))
        await self.reload_vocabulary()

    async def reload_vocabulary(self) -> None:
        vocab = await self.env.runner.run(_load_vocabulary, self.ctx)
        tags, skin_types, roles, groups = vocab
        # Most edits only change usage counts: skip rebuilding combos, menus and completers.
        signature = (tuple((t.id, t.label, t.color) for t in tags), tuple(skin_types),
                     tuple(roles), tuple((g.id, g.name, g.parent_id) for g in groups))
        if signature == self._vocab_signature:
            return
        self._vocab_signature = signature
        for part in (self.filter_bar, self.bulk_bar, self.detail):
            part.set_vocabulary(*vocab)

    def current_filter(self) -> MemberFilter:
        return self.filter_bar.member_filter(trash=self._trash)

    def refresh(self) -> None:
        """Run the query for the current filter and sort (the previous result is dropped if a
        newer query starts before it is shown)."""
        self._debounce.stop()
        self._generation += 1
        self.env.tasks.spawn(self._query(self._generation))

    async def _query(self, generation: int) -> None:
        f, started = self.current_filter(), time.perf_counter()
        result = await self.env.runner.run(_load_result, self.ctx.query, f, self._sort,
                                           self._descending, lambda: generation == self._generation)
        if result is None or generation != self._generation:
            return
        ids, rows = result
        if ids == self.model.ids:
            self.model.forget(self.model.cached_ids())
            self.model.add_rows(rows)
        else:
            selected, current = self.selected_ids(), self._current_id()
            scroll = self.view.verticalScrollBar().value()
            self.model.set_result(ids, rows)
            if selected:
                self.view.select_ids(selected, current)
            self.view.verticalScrollBar().setValue(scroll)
            self._on_selection_changed()  # a model reset clears the selection without a signal
        self._after_result(f, len(ids))
        self.results_shown.emit(QueryResult(f, len(ids), time.perf_counter() - started))

    def _after_result(self, f: MemberFilter, count: int) -> None:
        self._total = count
        if count:
            self.table_stack.setCurrentWidget(self.view)
        else:
            if self._trash:
                text = self.tr("回收站是空的。\n移到回收站的成员会保留在这里，可以恢复或永久删除。")
            elif not f.is_empty() and f != MemberFilter():
                text = self.tr("没有符合条件的成员。\n试试换个关键词、减少筛选条件，或按 Esc 清除搜索。")
            else:
                text = self.tr("还没有成员。\n可以从 Excel 导入成员，或在命令行运行 shequn demo 创建示例社群。")
            self.empty.setText(text)
            self.table_stack.setCurrentWidget(self.empty)
        self._emit_status()

    def _on_block_needed(self, start: int) -> None:
        self.env.tasks.spawn(self._fetch_block(start, self.model.ids))

    async def _fetch_block(self, start: int, ids: list[int]) -> None:
        rows = await self.env.runner.run(self.ctx.query.rows, ids[start:start + BLOCK])
        if ids is self.model.ids:
            self.model.add_rows(rows, start)

    def _on_runner_changed(self, changes: Changes) -> None:
        f = self.current_filter()
        if changes.vocab:
            self.env.tasks.spawn(self.reload_vocabulary())
        if changes.membership or (changes.vocab and (f.tags_all or f.tags_any or f.tags_none)):
            self.refresh()
        elif changes.members:
            shown = self.model.forget(changes.members)
            if shown:
                ids = self.model.ids
                self.env.tasks.spawn(self._refetch(shown, ids))
        if self.detail.detail is not None and self.detail.detail.id in changes.members:
            self._load_detail(self.detail.detail.id)

    async def _refetch(self, member_ids: list[int], ids: list[int]) -> None:
        rows = await self.env.runner.run(self.ctx.query.rows, member_ids)
        if ids is self.model.ids:
            self.model.add_rows(rows)

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
        self.refresh()

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

    def bulk_tags(self, member_ids: Sequence[int], labels: Sequence[str],
                  remove: bool = False) -> cmd.BulkTagCommand | None:
        if not member_ids or not labels:
            return None
        command = cmd.BulkTagCommand(self.env, member_ids, labels, remove)
        self._push(command)
        return command

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
        self.bulk_bar.setVisible(bool(ids))
        self.bulk_bar.set_count(len(ids))
        self._emit_status(len(ids))
        if len(ids) == 1:
            self._load_detail(ids[0])
        else:
            self._detail_generation += 1  # a detail still being fetched is no longer wanted
            self.detail.commit()
            self.detail.show_detail(None, len(ids))

    def _load_detail(self, member_id: int) -> None:
        self._detail_generation += 1
        self.env.tasks.spawn(self._fetch_detail(member_id, self._detail_generation))

    async def _fetch_detail(self, member_id: int, generation: int) -> None:
        detail = await self.env.runner.run(self.ctx.members.get, member_id)
        if generation == self._detail_generation:
            if self.detail.detail is not None and self.detail.detail.id != member_id:
                self.detail.commit()
            self.detail.show_detail(detail)

    def _emit_status(self, selected: int | None = None) -> None:
        if selected is None:
            selected = len(self.selected_ids())
        where = self.tr("回收站：") if self._trash else ""
        text = self.tr("{where}共 {n} 位成员 · 已选 {k}").format(where=where, n=self._total, k=selected)
        self.status_changed.emit(text)

    # actions -----------------------------------------------------------------------------------
    def _push(self, command: cmd.ServiceCommand) -> None:
        self.env.undo_stack.push(command)

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self._trash:
            self._push(cmd.TrashCommand(self.env, ids))

    def _on_bulk_field(self, field: str, value: Any, label: str) -> None:
        ids = self.selected_ids()
        if ids:
            self._push(cmd.BulkSetCommand(self.env, ids, field, value, label))

    def _on_merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            keep, other = (ids if self._current_id() != ids[1] else ids[::-1])
            self._push(cmd.MergeCommand(self.env, keep, other))

    def _focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _on_escape(self) -> None:
        if self.filter_bar.search.text():
            self.set_search("")
        self.view.clearSelection()
