"""Table models of the import preview: problem cells, and duplicates with their decisions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ui.wording import joined

Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel):
    """A flat table over `self._rows` with fixed, translated column headers."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers = headers

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class ProblemModel(_RowsModel):
    """Rows: app.importing.model.Problem (sheet, Excel row, column, value, reason)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("ImportModels", "级别"),
                QCoreApplication.translate("ImportModels", "工作表"),
                QCoreApplication.translate("ImportModels", "行"),
                QCoreApplication.translate("ImportModels", "列"),
                QCoreApplication.translate("ImportModels", "值"),
                QCoreApplication.translate("ImportModels", "原因"),
            ],
            parent,
        )

    def set_problems(self, problems: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            level = (
                QCoreApplication.translate("ImportModels", "未导入")
                if p.severity == "error"
                else QCoreApplication.translate("ImportModels", "提示")
            )
            return (level, p.sheet, p.row, p.column, p.value, p.reason)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QBrush(QColor("#c62828" if p.severity == "error" else "#8a6d00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.sentence()
        return None


class DuplicateModel(_RowsModel):
    """Planned members that match an existing member, each with a decision (merge/skip/new)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("ImportModels", "表格行"),
                QCoreApplication.translate("ImportModels", "表格中的昵称"),
                QCoreApplication.translate("ImportModels", "已有成员"),
                QCoreApplication.translate("ImportModels", "依据"),
                QCoreApplication.translate("ImportModels", "处理"),
            ],
            parent,
        )
        self._rows: list[tuple[int, Any]] = []  # (index in plan.members, PlannedMember)
        self.decisions: dict[int, str] = {}
        self.default = "merge"

    def set_plan(self, plan: Any) -> None:
        self.beginResetModel()
        self._rows = [(i, m) for i, m in enumerate(plan.members) if m.match_id is not None]
        self.decisions = {}
        self.default = plan.on_duplicate
        self.endResetModel()

    def set_default(self, decision: str) -> None:
        self.default = decision
        self._changed_all()

    def set_decision(self, rows: Sequence[int], decision: str) -> None:
        for row in rows:
            if 0 <= row < len(self._rows):
                self.decisions[self._rows[row][0]] = decision
        self._changed_all()

    def effective(self) -> dict[int, str]:
        return {i: self.decisions.get(i, self.default) for i, _ in self._rows}

    def _changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._rows) - 1, 4))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        plan_index, m = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            decision = self.decisions.get(plan_index, self.default)
            label = {
                "merge": QCoreApplication.translate("ImportModels", "合并"),
                "skip": QCoreApplication.translate("ImportModels", "跳过"),
                "new": QCoreApplication.translate("ImportModels", "新建"),
            }[decision]
            rows = joined(str(r) for r in m.rows[:3]) + ("…" if len(m.rows) > 3 else "")
            nick = m.values.get("nickname") or m.values.get("name") or ""
            return (rows, nick, f"#{m.match_id} {m.match_name}", m.match_key, label)[index.column()]
        return None
