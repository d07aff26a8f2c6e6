"""The agenda view: a list of the period's posts and empty slot occurrences, day by day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app.calendar.domain import CalendarRange
from ui import theme
from ui.calendar.labels import (
    day_labels,
    late_label,
    status_label,
    type_label,
    weekday_short,
)
from ui.wording import joined

POST_ROLE = Qt.ItemDataRole.UserRole
SLOT_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaView(QTreeWidget):
    """Days as top-level rows; each post or empty slot occurrence as a child row."""

    post_activated = Signal(int)
    fill_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(5)
        self.setHeaderLabels(
            [self.tr("时间"), self.tr("标题"), self.tr("类型"), self.tr("状态"), self.tr("群")]
        )
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(False)
        self.setColumnWidth(0, 90)
        self.setColumnWidth(1, 380)
        self.setColumnWidth(2, 90)
        self.setColumnWidth(3, 150)
        self.itemDoubleClicked.connect(self._on_item_double_clicked)

    def set_data(self, data: CalendarRange, today: dt.date, now: dt.datetime) -> None:
        self.clear()
        by_day: dict[dt.date, list[tuple[dt.datetime, QTreeWidgetItem]]] = {}
        for post in data.posts:
            if post.planned_at is None:
                continue
            late = post.is_late(now)
            status = status_label(post.status) + (f" · {late_label()}" if late else "")
            row = QTreeWidgetItem(
                [
                    post.planned_at.strftime("%H:%M"),
                    post.title,
                    type_label(post.type_name, post.type_key),
                    status,
                    joined(post.group_names),
                ]
            )
            row.setData(0, POST_ROLE, post.id)
            row.setForeground(1, QBrush(QColor(post.color)))
            if late:
                row.setForeground(3, QBrush(QColor("#c62828")))
            by_day.setdefault(post.planned_at.date(), []).append((post.planned_at, row))
        for occ in data.occurrences:
            if occ.filled:
                continue
            row = QTreeWidgetItem(
                [
                    occ.at.strftime("%H:%M"),
                    self.tr("（空）%1 — 双击按模板填充").replace("%1", occ.slot_name),
                    "",
                    self.tr("待安排"),
                    "",
                ]
            )
            row.setData(0, SLOT_ROLE, (occ.slot_id, occ.day))
            row.setForeground(1, QBrush(theme.color("text_faint")))
            by_day.setdefault(occ.day, []).append((occ.at, row))
        for day in sorted(by_day):
            marks = data.days.get(day)
            label = f"{day:%Y-%m-%d} {weekday_short(day.weekday())}"
            if marks is not None and marks.labels():
                label += "  " + " ".join(day_labels(marks))
            if day == today:
                label += "  " + self.tr("（今天）")
            head = QTreeWidgetItem([label])
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for _, row in sorted(by_day[day], key=lambda e: e[0]):
                head.addChild(row)
        self.expandAll()

    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        post_id = item.data(0, POST_ROLE)
        if post_id is not None:
            self.post_activated.emit(int(post_id))
            return
        slot = item.data(0, SLOT_ROLE)
        if slot is not None:
            self.fill_requested.emit(slot[0], slot[1])
