"""A read-only table model over rows a care service returned (no database in `data()`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class Column:
    """A column: header, text of a row, and optionally a colour for the row's text."""

    def __init__(
        self,
        header: str,
        text: Callable[[Any], str],
        colour: Callable[[Any], str | None] | None = None,
        align_right: bool = False,
    ) -> None:
        self.header, self.text, self.colour, self.align_right = header, text, colour, align_right


class RowsModel(QAbstractTableModel):
    """Rows (frozen dataclasses) shown through `Column`s; `row_at(i)` gives one back."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        """New columns of the same meaning (the language changed): headers and cells again."""
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def refresh_column(self, column: int) -> None:
        """Repaint one column (a clock ticking), without a reset."""
        if self.rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column), [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
