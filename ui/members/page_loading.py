"""The Members page's loading: queries, model resets, row blocks, vocabularies, the detail.

A mixin of `MembersPage` (its only user), kept apart so the page module stays about building
widgets and acting, and this one about what reaches the table from the DB thread: every query
runs in the runner, and a result is dropped when a newer query started before it came back.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.domain import Changes
from app.members.domain import MemberFilter, MemberRow
from ui.members.member_table_model import BLOCK

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, SignalInstance
    from PySide6.QtWidgets import QLabel, QStackedWidget

    from ui.env import UiEnv
    from ui.members.bulk_bar import BulkBar
    from ui.members.detail_panel import DetailPanel
    from ui.members.filter_bar import FilterBar
    from ui.members.member_table_model import MemberTableModel
    from ui.members.members_view import MemberTableView


@dataclass(frozen=True)
class QueryResult:
    """A result in the table. `elapsed` runs from the query to the whole id list in the model;
    `first_screen`, for a new sort of the list already shown, to its first rows in the new order
    (painted while the rest of the order is still being read), else None."""

    filter: MemberFilter
    count: int
    elapsed: float
    first_screen: float | None = None


# Rows read with a new result: a screenful at 4K (the model asks for the rest of its block when
# it is scrolled to); reading 200 took about as long as the search itself.
FIRST_ROWS = 80


def _load_result(
    query: Any, f: MemberFilter, sort: str, descending: bool, current: Any
) -> tuple[list[int], list[MemberRow]] | None:
    """Runs on the DB thread: the ordered ids and the first block of rows (None if stale)."""
    if not current():
        return None
    ids = query.ids(f, sort, descending)
    return ids, query.rows(ids[:FIRST_ROWS])


def _load_first_screen(
    query: Any, f: MemberFilter, sort: str, descending: bool, current: Any
) -> list[MemberRow] | None:
    """Runs on the DB thread: the first block in a new order, from the sort column's index where
    it has one (a LIMIT: SQLite keeps the best rows, it does not sort them all)."""
    return query.first_rows(f, BLOCK, sort, descending) if current() else None


def _load_vocabulary(ctx: Any) -> tuple[Any, ...]:
    return (
        ctx.tags.list_tags(),
        ctx.vocab.skin_types().names,
        ctx.vocab.roles(),
        ctx.groups.list_groups(),
    )


class ResultsLoading:
    """Loading for `MembersPage`; the attributes below are the page's. Strings use the
    "MembersPage" translation context: they are the page's own words."""

    env: UiEnv
    ctx: Any
    model: MemberTableModel
    view: MemberTableView
    filter_bar: FilterBar
    bulk_bar: BulkBar
    detail: DetailPanel
    empty: QLabel
    table_stack: QStackedWidget
    first_rows_shown: SignalInstance
    results_shown: SignalInstance
    _debounce: QTimer
    _sort: str
    _descending: bool
    _trash: bool
    _generation: int
    _detail_generation: int
    _total: int
    _counting: bool
    _shown_filter: MemberFilter | None
    _restore: tuple[list[int], int | None] | None
    _vocab_signature: tuple[Any, ...]

    if TYPE_CHECKING:  # provided by the page

        def current_filter(self) -> MemberFilter: ...
        def selected_ids(self) -> list[int]: ...
        def _current_id(self) -> int | None: ...
        def _on_selection_changed(self, *_args: Any) -> None: ...
        def _emit_status(self, selected: int | None = None) -> None: ...

    async def _first_load(self) -> None:
        """First rows first (fast path), then the full id list, then the vocabularies."""
        self._generation += 1
        generation = self._generation
        f, sort, desc = self.current_filter(), self._sort, self._descending
        started = time.perf_counter()
        rows = await self._read_first_rows(f, sort, desc)
        if generation != self._generation:
            return
        self.model.set_result([r.id for r in rows], rows)
        self._counting = len(rows) == BLOCK  # a full block: there may be more
        self._after_result(f, len(rows))
        self.first_rows_shown.emit()
        if not await self.env.core_ready():
            return  # said by the start, which closes the window (ui.app)
        ids = await self.env.runner.run(self.ctx.query.ids, f, sort, desc)
        self._counting = False
        if generation == self._generation:
            self.model.set_result(ids)
            self._after_result(f, len(ids))
            self.results_shown.emit(QueryResult(f, len(ids), time.perf_counter() - started))
        await self.reload_vocabulary()

    async def _read_first_rows(self, f: MemberFilter, sort: str, desc: bool) -> list[MemberRow]:
        """The start's rows from the file itself while the core opens (`UiEnv.start_rows`),
        when they are the unfiltered list's; otherwise (or if that read fails) the core's."""
        reader, self.env.start_rows = self.env.start_rows, None
        if reader is not None:
            rows: list[MemberRow] = []
            try:
                if f == MemberFilter():
                    rows = await self.env.runner.run(reader.read, BLOCK, sort, desc)
            except sqlite3.Error:
                log.exception("the first rows could not be read before the core opened")
            finally:
                self.env.runner.submit(reader.close)
            if rows:
                return rows  # the core opens once they are painted (ui.app)
            self.env.open_core()
            if not await self.env.core_ready():
                return []
        return await self.env.runner.run(self.ctx.query.first_rows, f, BLOCK, sort, desc)

    async def reload_vocabulary(self) -> None:
        vocab = await self.env.runner.run(_load_vocabulary, self.ctx)
        tags, skin_types, roles, groups = vocab
        # Most edits only change usage counts: skip rebuilding combos, menus and completers.
        signature = (
            tuple((t.id, t.label, t.color) for t in tags),
            tuple(skin_types),
            tuple(roles),
            tuple((g.id, g.name, g.parent_id) for g in groups),
        )
        if signature == self._vocab_signature:
            return
        self._vocab_signature = signature
        for part in (self.filter_bar, self.bulk_bar, self.detail):
            part.set_vocabulary(*vocab)

    def refresh(self, resort: bool = False) -> None:
        """Run the query for the current filter and sort (the previous result is dropped if a
        newer query starts before it is shown). `resort`: only the order changed."""
        self._debounce.stop()
        self._generation += 1
        self.env.tasks.spawn(self._query(self._generation, resort))

    async def _query(self, generation: int, resort: bool = False) -> None:
        f, started = self.current_filter(), time.perf_counter()
        # Typed into the search box while the core still opens: wait here, not on the UI thread.
        if not await self.env.core_ready():
            return

        def is_current() -> bool:
            return generation == self._generation

        if resort and self._total > BLOCK and not self._counting and f == self._shown_filter:
            first_screen = await self._show_first_screen(f, is_current, started)
            if first_screen is not None:
                ids = await self.env.runner.run(self.ctx.query.ids, f, self._sort, self._descending)
                if is_current():
                    self._show_whole_order(f, ids, started, first_screen)
            return
        result = await self.env.runner.run(
            _load_result, self.ctx.query, f, self._sort, self._descending, is_current
        )
        if result is None or not is_current():
            return
        ids, rows = result
        if ids == self.model.ids:
            self.model.forget(self.model.cached_ids())
            self.model.add_rows(rows)
        else:
            selected, current = self._selection_to_keep()
            scroll = self.view.verticalScrollBar().value()
            self.model.set_result(ids, rows)
            if selected:
                self.view.select_ids(selected, current)
            self.view.verticalScrollBar().setValue(scroll)
            self._on_selection_changed()  # a model reset clears the selection without a signal
        self._counting = False
        self._after_result(f, len(ids))
        self.results_shown.emit(QueryResult(f, len(ids), time.perf_counter() - started))

    async def _show_first_screen(
        self, f: MemberFilter, current: Any, started: float
    ) -> float | None:
        """A new order of the list shown: its first block, at the top, before the whole order
        (which sorts every member) is read. The count stays (the same members); the selection
        comes back with the whole order. Seconds from `started`, or None if overtaken."""
        rows = await self.env.runner.run(
            _load_first_screen, self.ctx.query, f, self._sort, self._descending, current
        )
        if rows is None or not current():
            return None
        if self._restore is None:  # else the selection before an earlier, overtaken first block
            self._restore = (self.selected_ids(), self._current_id())
        self.model.set_result([r.id for r in rows], rows)
        self.view.scrollToTop()
        return time.perf_counter() - started

    def _show_whole_order(
        self,
        f: MemberFilter,
        ids: list[int],
        started: float,
        first_screen: float,
    ) -> None:
        """The rest of a new order after its first block: appended when the block is its start
        (the view keeps its place), else a new result."""
        selected, current_id = self._selection_to_keep()
        scroll = self.view.verticalScrollBar().value()
        self.model.set_result(ids)
        if selected:
            self.view.select_ids(selected, current_id)
            self.view.verticalScrollBar().setValue(scroll)  # not to the current member's row
        self._on_selection_changed()
        self._after_result(f, len(ids))
        elapsed = time.perf_counter() - started
        self.results_shown.emit(QueryResult(f, len(ids), elapsed, first_screen))

    def _selection_to_keep(self) -> tuple[list[int], int | None]:
        """The selected members and the current one, as they were before a first block in a new
        order (which shows without them) replaced the table."""
        kept, self._restore = self._restore, None
        return kept if kept is not None else (self.selected_ids(), self._current_id())

    def _after_result(self, f: MemberFilter, count: int) -> None:
        self._total = count
        self._shown_filter = f
        if count:
            self.table_stack.setCurrentWidget(self.view)
        else:
            if self._trash:
                text = QCoreApplication.translate(
                    "MembersPage",
                    "回收站是空的。\n移到回收站的成员会保留在这里，可以恢复或永久删除。",
                )
            elif not f.is_empty() and f != MemberFilter():
                text = QCoreApplication.translate(
                    "MembersPage",
                    "没有符合条件的成员。\n试试换个关键词、减少筛选条件，或按 Esc 清除搜索。",
                )
            else:
                text = QCoreApplication.translate(
                    "MembersPage",
                    "还没有成员。\n可以从 Excel 导入成员，或在命令行运行 shequn demo 创建示例社群。",
                )
            self.empty.setText(text)
            self.table_stack.setCurrentWidget(self.empty)
        self._emit_status()

    def _on_block_needed(self, start: int) -> None:
        self.env.tasks.spawn(self._fetch_block(start, self.model.ids))

    async def _fetch_block(self, start: int, ids: list[int]) -> None:
        if not await self.env.core_ready():
            return
        rows = await self.env.runner.run(self.ctx.query.rows, ids[start : start + BLOCK])
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

    def _load_detail(self, member_id: int) -> None:
        self._detail_generation += 1
        self.env.tasks.spawn(self._fetch_detail(member_id, self._detail_generation))
        # Her community record (thousands of ledger lines for a long-standing member) is read
        # right after her row, not after the panel has shown the row.
        self.detail.community.prefetch(member_id)

    async def _fetch_detail(self, member_id: int, generation: int) -> None:
        detail = await self.env.runner.run(self.ctx.members.get, member_id)
        if generation == self._detail_generation:
            if self.detail.detail is not None and self.detail.detail.id != member_id:
                self.detail.commit()
            self.detail.show_detail(detail)
