"""The month view: a painted 6 × 7 grid with holidays, posts and empty slot occurrences."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ui import theme
from ui.calendar.grid_view import (
    HOLIDAY_COLOR,
    WORKDAY_COLOR,
    GridView,
    Item,
)
from ui.calendar.labels import day_labels, holiday_badge, weekday_short

HEADER = 26
ROWS = 6


def month_grid_start(first: dt.date) -> dt.date:
    """The Monday on or before the first day of the month (the grid's top-left cell)."""
    first = first.replace(day=1)
    return first - dt.timedelta(days=first.weekday())


class MonthView(GridView):
    """Six weeks from the Monday before the 1st. Drag a post to another day to reschedule."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.month = dt.date.today().replace(day=1)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 640)

    def set_month(self, first: dt.date) -> None:
        self.month = first.replace(day=1)
        self._dirty = True
        self.update()

    def _cell(self, index: int) -> QRect:
        w = (self.width() - 1) / 7
        h = (self.height() - HEADER - 1) / ROWS
        col, row = index % 7, index // 7
        return QRect(
            int(col * w),
            int(HEADER + row * h),
            int((col + 1) * w) - int(col * w),
            int(HEADER + (row + 1) * h) - int(HEADER + row * h),
        )

    def day_rect(self, day: dt.date) -> QRect:
        return self._cell((day - month_grid_start(self.month)).days)

    def day_at(self, pos: QPoint) -> dt.date | None:
        if pos.y() < HEADER or not self.rect().contains(pos):
            return None
        for index in range(7 * ROWS):
            if self._cell(index).contains(pos):
                return month_grid_start(self.month) + dt.timedelta(days=index)
        return None

    def time_at(self, pos: QPoint, item: Item) -> dt.datetime | None:
        day = self.day_at(pos)
        if day is None or item.post is None or item.post.planned_at is None:
            return None
        return dt.datetime.combine(day, item.post.planned_at.time())

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 2

    def layout_items(self) -> list[Item]:
        items: list[Item] = []
        start = month_grid_start(self.month)
        line = self._line_height()
        self._more: dict[dt.date, int] = {}
        for day, entries in self.entries_by_day().items():
            index = (day - start).days
            if not 0 <= index < 7 * ROWS:
                continue
            cell = self._cell(index)
            top = cell.top() + line + 4
            room = max(0, (cell.bottom() - top) // line)
            if len(entries) > room:
                self._more[day] = len(entries) - max(0, room - 1)
                entries = entries[: max(0, room - 1)]
            for n, (_, item) in enumerate(entries):
                item.rect = QRect(cell.left() + 2, top + n * line, cell.width() - 4, line - 1)
                items.append(item)
        return items

    def paint(self, p: QPainter) -> None:
        p.fillRect(self.rect(), theme.color("surface"))
        start = month_grid_start(self.month)
        marks = self.data.days if self.data else {}
        items = self.items()
        grid = theme.color("input_border")
        w = (self.width() - 1) / 7
        head_font = QFont(self.font())
        head_font.setBold(True)
        p.setFont(head_font)
        p.setPen(theme.color("text_muted"))
        for col in range(7):
            p.drawText(
                QRect(int(col * w), 0, int(w), HEADER),
                Qt.AlignmentFlag.AlignCenter,
                weekday_short(col),
            )
        line = self._line_height()
        for index in range(7 * ROWS):
            day = start + dt.timedelta(days=index)
            cell = self._cell(index)
            mark = marks.get(day)
            if day == self.today:
                p.fillRect(cell, theme.color("today"))
            elif mark is not None and mark.holiday:
                p.fillRect(cell, theme.color("holiday"))
            elif day.month != self.month.month:
                p.fillRect(cell, theme.color("dim"))
            p.setPen(grid)
            p.setBrush(Qt.BrushStyle.NoBrush)  # the today badge below leaves a brush set
            p.drawRect(cell)
            if day == self.selected and self.hasFocus():
                p.setPen(QColor("#1a73e8"))
                p.drawRect(cell.adjusted(1, 1, -1, -1))
            number = QRect(cell.left() + 4, cell.top() + 2, line + 6, line)
            p.setFont(head_font if day == self.today else self.font())
            if day == self.today:
                p.setBrush(QColor("#1a73e8"))
                p.setPen(Qt.PenStyle.NoPen)
                p.drawRoundedRect(number, 8, 8)
                p.setPen(QColor("#ffffff"))
            else:
                p.setPen(
                    theme.color("text")
                    if day.month == self.month.month
                    else theme.color("text_faint")
                )
            p.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
            if mark is not None:
                self._paint_mark(p, cell, number, mark)
            more = getattr(self, "_more", {}).get(day)
            if more:
                p.setFont(self.small)
                p.setPen(theme.color("text_muted"))
                p.drawText(
                    QRect(cell.left() + 6, cell.bottom() - line, cell.width() - 8, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.tr("还有 %1 条…").replace("%1", str(more)),
                )
        for item in items:
            self.paint_item(p, item)

    def _paint_mark(self, p: QPainter, cell: QRect, number: QRect, mark: object) -> None:
        from app.calendar.domain import DayMark

        assert isinstance(mark, DayMark)
        p.setFont(self.small)
        x = number.right() + 4
        if mark.holiday or mark.workday:
            text = holiday_badge(bool(mark.holiday))
            width = max(p.fontMetrics().height() + 2, p.fontMetrics().horizontalAdvance(text) + 6)
            badge = QRect(x, number.top() + 1, width, number.height() - 2)
            p.setBrush(HOLIDAY_COLOR if mark.holiday else WORKDAY_COLOR)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(badge, 3, 3)
            p.setPen(QColor("#ffffff"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            x = badge.right() + 4
        labels = day_labels(mark, workdays=False)
        if labels:
            p.setPen(HOLIDAY_COLOR)
            text = " ".join(labels)
            rect = QRect(x, number.top(), cell.right() - x - 2, number.height())
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
            )
