"""The member table: an ordered id list plus a row cache filled in blocks; data() never queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.members.domain import MemberRow
from ui import theme
from ui.i18n import QT_TRANSLATE_NOOP
from ui.wording import joined

BLOCK = 200
Index = QModelIndex | QPersistentModelIndex

# (column key, header source text, sort key or None when the query cannot order by it)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("nickname", QT_TRANSLATE_NOOP("MemberTableModel", "昵称"), "nickname"),
    ("name", QT_TRANSLATE_NOOP("MemberTableModel", "姓名"), "name"),
    ("wechat", QT_TRANSLATE_NOOP("MemberTableModel", "微信号"), "wechat"),
    ("phone", QT_TRANSLATE_NOOP("MemberTableModel", "手机"), "phone"),
    ("qq", QT_TRANSLATE_NOOP("MemberTableModel", "QQ"), "qq"),
    ("gender", QT_TRANSLATE_NOOP("MemberTableModel", "性别"), "gender"),
    ("city", QT_TRANSLATE_NOOP("MemberTableModel", "城市"), "city"),
    ("skin_type", QT_TRANSLATE_NOOP("MemberTableModel", "肤质"), "skin_type"),
    ("role", QT_TRANSLATE_NOOP("MemberTableModel", "角色/头衔"), "role"),
    ("status", QT_TRANSLATE_NOOP("MemberTableModel", "状态"), "status"),
    ("tier", QT_TRANSLATE_NOOP("MemberTableModel", "会员类型"), "tier"),
    ("level", QT_TRANSLATE_NOOP("MemberTableModel", "等级"), "level"),
    ("points", QT_TRANSLATE_NOOP("MemberTableModel", "积分"), "points"),
    ("tags", QT_TRANSLATE_NOOP("MemberTableModel", "标签"), None),
    ("groups", QT_TRANSLATE_NOOP("MemberTableModel", "所在群"), None),
    ("joined", QT_TRANSLATE_NOOP("MemberTableModel", "入群日期"), "joined"),
    ("birthday", QT_TRANSLATE_NOOP("MemberTableModel", "生日"), "birthday"),
    ("last_active", QT_TRANSLATE_NOOP("MemberTableModel", "最近活跃"), "last_active"),
    ("note", QT_TRANSLATE_NOOP("MemberTableModel", "备注"), None),
)
COLUMN_KEYS = tuple(key for key, _, _ in COLUMNS)

STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("MemberTableModel", "活跃"),
    "silent": QT_TRANSLATE_NOOP("MemberTableModel", "沉默"),
    "zombie": QT_TRANSLATE_NOOP("MemberTableModel", "僵尸"),
    "left": QT_TRANSLATE_NOOP("MemberTableModel", "已退群"),
    "blocked": QT_TRANSLATE_NOOP("MemberTableModel", "黑名单"),
}
TIER_LABELS = {
    "free": QT_TRANSLATE_NOOP("MemberTableModel", "免费"),
    "paid": QT_TRANSLATE_NOOP("MemberTableModel", "付费"),
}
STATUS_COLORS = {
    "active": "#2f855a",
    "silent": "#8a8f98",
    "zombie": "#b7791f",
    "left": "#8a8f98",
    "blocked": "#c53030",
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberTableModel", text)


def status_label(key: str) -> str:
    return _tr(STATUS_LABELS[key]) if key in STATUS_LABELS else key


def tier_label(key: str) -> str:
    return _tr(TIER_LABELS[key]) if key in TIER_LABELS else key


class MemberTableModel(QAbstractTableModel):
    """Rows are member ids in display order; `MemberRow`s arrive in blocks of `BLOCK`.

    A row not yet cached shows a placeholder and emits `block_needed(start)` once; the page
    fetches that block in the DB runner and hands it back with `add_rows`. Sorting is done by
    the query: `sort()` only emits `sort_requested(key, descending)`.
    """

    block_needed = Signal(int)
    sort_requested = Signal(str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, MemberRow] = {}
        self._requested: set[int] = set()
        self._row_of: dict[int, int] | None = None

    # reading -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        member_id = self._ids[index.row()]
        if role == ID_ROLE:
            return member_id
        row = self._rows.get(member_id)
        key = COLUMNS[index.column()][0] if 0 <= index.column() < len(COLUMNS) else ""
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row())
                return "…" if index.column() == 0 else ""
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QColor(STATUS_COLORS.get(row.status, theme.token("text_muted")))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("level", "points"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: MemberRow, key: str) -> str:
        value = getattr(row, key)
        if key == "status":
            return status_label(value)
        if key == "tier":
            return tier_label(value)
        if key in ("tags", "groups"):
            return joined(value)
        if isinstance(value, dt.date):
            return value.isoformat()
        if key == "note":
            return (value or "").replace("\n", " ")[:80]
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS) and COLUMNS[column][2] is not None:
            self.sort_requested.emit(COLUMNS[column][2], order == Qt.SortOrder.DescendingOrder)

    # the id list and the cache -----------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return self._ids

    def member_id(self, row: int) -> int:
        return self._ids[row]

    def retranslate(self) -> None:
        """Headers, status/tier cells and the lists' separator are translated when shown: ask
        the views again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._ids) - 1, len(COLUMNS) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    def row_data(self, row: int) -> MemberRow | None:
        return self._rows.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    def row_of(self, member_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {m: i for i, m in enumerate(self._ids)}
        return self._row_of.get(member_id)

    def set_result(self, ids: Sequence[int], rows: Iterable[MemberRow] = ()) -> None:
        """Show a new result. When the old ids are a prefix of the new ones (first rows, then
        the full list), rows are appended so scroll position and selection survive."""
        new_ids = list(ids)
        old = self._ids
        if old and len(new_ids) > len(old) and new_ids[: len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(new_ids) - 1)
            self._ids = new_ids
            self._row_of = None
            self._store(rows)
            self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = new_ids
        self._row_of = None
        self._requested.clear()
        # Keep cached rows: a re-query usually shows many of the same members again.
        if len(self._rows) > 20 * BLOCK:
            self._rows.clear()
        self._store(rows)
        self.endResetModel()

    def add_rows(self, rows: Iterable[MemberRow], start: int | None = None) -> None:
        """Rows fetched for a block (or refreshed after an edit): repaint where they are shown."""
        changed = self._store(rows)
        if start is not None:
            self._requested.discard(start)
        if not changed:
            return
        positions = [p for p in (self.row_of(m) for m in changed) if p is not None]
        if positions:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(positions), 0), self.index(max(positions), last))

    def forget(self, member_ids: Iterable[int]) -> list[int]:
        """Drop cached rows of changed members; returns those that are cached and shown."""
        dropped = [m for m in member_ids if self._rows.pop(m, None) is not None]
        return [m for m in dropped if self.row_of(m) is not None]

    def cached_ids(self) -> set[int]:
        return set(self._rows)

    def _store(self, rows: Iterable[MemberRow]) -> list[int]:
        stored = []
        for row in rows:
            self._rows[row.id] = row
            stored.append(row.id)
        return stored

    def _request(self, row: int) -> None:
        start = row - row % BLOCK
        if start not in self._requested:
            self._requested.add(start)
            self.block_needed.emit(start)
