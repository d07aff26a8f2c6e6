"""Table models of the activities page: the list of activities and the sign-up/check-in grid.

Both hold the rows a service returned; `data()` never touches the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.community.domain import ActivityGrid, ActivityRow
from ui.i18n import QT_TRANSLATE_NOOP
from ui.wording import joined

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

LIST_COLUMNS = (
    QT_TRANSLATE_NOOP("ActivityModels", "活动"),
    QT_TRANSLATE_NOOP("ActivityModels", "类型"),
    QT_TRANSLATE_NOOP("ActivityModels", "日期"),
    QT_TRANSLATE_NOOP("ActivityModels", "线上/线下"),
    QT_TRANSLATE_NOOP("ActivityModels", "报名"),
    QT_TRANSLATE_NOOP("ActivityModels", "打卡"),
    QT_TRANSLATE_NOOP("ActivityModels", "参与率"),
    QT_TRANSLATE_NOOP("ActivityModels", "反馈"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("ActivityModels", "一"),
    QT_TRANSLATE_NOOP("ActivityModels", "二"),
    QT_TRANSLATE_NOOP("ActivityModels", "三"),
    QT_TRANSLATE_NOOP("ActivityModels", "四"),
    QT_TRANSLATE_NOOP("ActivityModels", "五"),
    QT_TRANSLATE_NOOP("ActivityModels", "六"),
    QT_TRANSLATE_NOOP("ActivityModels", "日"),
)
KIND_LABELS = {
    "打卡营": QT_TRANSLATE_NOOP("ActivityModels", "打卡营"),
    "抽奖": QT_TRANSLATE_NOOP("ActivityModels", "抽奖"),
    "分享会": QT_TRANSLATE_NOOP("ActivityModels", "分享会"),
    "比赛": QT_TRANSLATE_NOOP("ActivityModels", "比赛"),
    "团购": QT_TRANSLATE_NOOP("ActivityModels", "团购"),
    "直播": QT_TRANSLATE_NOOP("ActivityModels", "直播"),
}
# Translucent, so the cells read on the light and the dark theme alike.
CHECKED = QColor(46, 160, 67, 80)
TODAY = QColor(245, 180, 40, 70)
FUTURE = QColor(128, 128, 128, 28)


def tr(text: str) -> str:
    return QCoreApplication.translate("ActivityModels", text)


def kind_label(kind: str) -> str:
    """A built-in kind in the interface language; a custom kind as the operator typed it."""
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def dates(start: dt.date, end: dt.date) -> str:
    if start == end:
        return f"{start:%Y-%m-%d}"
    return f"{start:%Y-%m-%d} ~ {end:%m-%d}"


class ActivityListModel(QAbstractTableModel):
    """One row per activity, newest first, with its counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ActivityRow] = []

    def set_rows(self, rows: list[ActivityRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(LIST_COLUMNS)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(LIST_COLUMNS):
                return tr(LIST_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name,
                kind_label(r.kind),
                dates(r.start, r.end),
                QCoreApplication.translate("ActivityModels", "线上")
                if r.online
                else QCoreApplication.translate("ActivityModels", "线下"),
                str(r.signups),
                str(r.checkins),
                percent(r.participation),
                "—" if r.feedback is None else f"{r.feedback:.1f}",
            )[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            host = (
                QCoreApplication.translate("ActivityModels", "主持：%1").replace("%1", r.host)
                if r.host
                else ""
            )
            return "\n".join(x for x in (r.name, joined(r.groups), host) if x)
        if role == ID_ROLE:
            return r.id
        return None


class CheckinGridModel(QAbstractTableModel):
    """The paper sheet: one row per signed-up member, one column per day, then her total."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: ActivityGrid | None = None
        self.today = dt.date.today()

    def set_grid(self, grid: ActivityGrid | None, today: dt.date) -> None:
        self.beginResetModel()
        self.grid, self.today = grid, today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days) + 1

    def day(self, column: int) -> dt.date | None:
        if self.grid is None or not 0 <= column < len(self.grid.days):
            return None
        return self.grid.days[column]

    def cell(self, index: Index) -> tuple[int, dt.date, bool] | None:
        """(member id, day, checked) of a day cell; None for the total column."""
        day = self.day(index.column())
        if self.grid is None or day is None or not 0 <= index.row() < len(self.grid.members):
            return None
        m = self.grid.members[index.row()]
        return m.id, day, index.column() in m.days

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.grid.members):
                return self.grid.members[section].nickname
            return None
        day = self.day(section)
        if day is not None:
            return f"{day:%m-%d}\n{tr(WEEKDAYS[day.weekday()])}"
        return (
            QCoreApplication.translate("ActivityModels", "合计")
            if section == len(self.grid.days)
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.grid.members):
            return None
        m = self.grid.members[index.row()]
        day = self.day(index.column())
        if day is None:  # the total column
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{len(m.days)}/{self.grid.elapsed}" if self.grid.camp else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        checked = index.column() in m.days
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if checked else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if checked:
                return CHECKED
            if day == self.today:
                return TODAY
            if day > self.today:
                return FUTURE
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            state = (
                QCoreApplication.translate("ActivityModels", "已打卡")
                if checked
                else QCoreApplication.translate("ActivityModels", "未打卡")
            )
            return f"{m.nickname} · {day:%m-%d} · {state}"
        if role == ID_ROLE:
            return m.id
        return None
