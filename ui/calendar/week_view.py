"""The week view: an hour grid (06:00–24:00) of seven days; drag a post to a day and time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ui import theme
from ui.calendar.grid_view import HOLIDAY_COLOR, GridView, Item
from ui.calendar.labels import day_labels, holiday_badge, weekday_short

FIRST_HOUR = 6
HOURS = 24 - FIRST_HOUR
HEADER = 46
GUTTER = 48
SNAP_MINUTES = 15


class WeekView(GridView):
    """Monday to Sunday; posts before 06:00 are drawn in the first row."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 720)

    def set_week(self, monday: dt.date) -> None:
        self.monday = monday - dt.timedelta(days=monday.weekday())
        self._dirty = True
        self.update()

    def _col_w(self) -> float:
        return (self.width() - GUTTER - 1) / 7

    def _hour_h(self) -> float:
        return (self.height() - HEADER - 1) / HOURS

    def _x(self, col: int) -> int:
        return int(GUTTER + col * self._col_w())

    def _y(self, at: dt.time) -> int:
        minutes = max(0, (at.hour - FIRST_HOUR) * 60 + at.minute)
        return int(HEADER + minutes * self._hour_h() / 60)

    def day_at(self, pos: QPoint) -> dt.date | None:
        if pos.x() < GUTTER or not self.rect().contains(pos):
            return None
        col = min(6, int((pos.x() - GUTTER) / self._col_w()))
        return self.monday + dt.timedelta(days=col)

    def time_at(self, pos: QPoint, item: Item) -> dt.datetime | None:
        day = self.day_at(pos)
        if day is None or pos.y() < HEADER:
            return None
        # The item's top follows the cursor as it was grabbed: snap that top to 15 minutes.
        minutes = (pos.y() - HEADER) * 60 / self._hour_h()
        snapped = int(round(minutes / SNAP_MINUTES) * SNAP_MINUTES)
        snapped = max(0, min(HOURS * 60 - SNAP_MINUTES, snapped))
        return dt.datetime.combine(day, dt.time(FIRST_HOUR + snapped // 60, snapped % 60))

    def layout_items(self) -> list[Item]:
        items: list[Item] = []
        block = max(self.fontMetrics().height() + 4, int(self._hour_h() / 2))
        for day, entries in self.entries_by_day().items():
            col = (day - self.monday).days
            if not 0 <= col < 7:
                continue
            # Entries in the same half hour share the column's width.
            buckets: dict[int, list[Item]] = {}
            for at, item in entries:
                buckets.setdefault(self._y(at.time()), []).append(item)
            left, width = self._x(col), self._x(col + 1) - self._x(col)
            for y, bucket in buckets.items():
                part = width // len(bucket)
                for n, item in enumerate(bucket):
                    item.rect = QRect(left + n * part + 1, y + 1, part - 2, block - 2)
                    items.append(item)
        return items

    def paint(self, p: QPainter) -> None:
        p.fillRect(self.rect(), theme.color("surface"))
        marks = self.data.days if self.data else {}
        items = self.items()
        grid = theme.color("border")
        bold = QFont(self.font())
        bold.setBold(True)
        for col in range(7):
            day = self.monday + dt.timedelta(days=col)
            x0, x1 = self._x(col), self._x(col + 1)
            mark = marks.get(day)
            column = QRect(x0, HEADER, x1 - x0, self.height() - HEADER)
            if day == self.today:
                p.fillRect(column, theme.color("today"))
            elif mark is not None and mark.holiday:
                p.fillRect(column, theme.color("holiday"))
            head = QRect(x0, 0, x1 - x0, HEADER // 2)
            p.setFont(bold if day == self.today else self.font())
            p.setPen(QColor("#1a73e8") if day == self.today else theme.color("text"))
            p.drawText(
                head, Qt.AlignmentFlag.AlignCenter, f"{weekday_short(col)} {day.month}/{day.day}"
            )
            if mark is not None:
                p.setFont(self.small)
                labels = day_labels(mark, workdays=False)
                if mark.holiday or mark.workday:
                    labels.insert(0, f"[{holiday_badge(bool(mark.holiday))}]")
                p.setPen(HOLIDAY_COLOR)
                sub = QRect(x0 + 2, HEADER // 2, x1 - x0 - 4, HEADER // 2)
                p.drawText(
                    sub,
                    Qt.AlignmentFlag.AlignCenter,
                    p.fontMetrics().elidedText(
                        " ".join(labels), Qt.TextElideMode.ElideRight, sub.width()
                    ),
                )
            p.setPen(grid)
            p.drawLine(x0, 0, x0, self.height())
        p.setFont(self.small)
        for hour in range(HOURS + 1):
            y = self._y(dt.time(FIRST_HOUR + hour)) if hour < HOURS else self.height() - 1
            p.setPen(grid)
            p.drawLine(GUTTER, y, self.width(), y)
            if hour < HOURS:
                p.setPen(theme.color("text_muted"))
                p.drawText(
                    QRect(0, y, GUTTER - 6, self.fontMetrics().height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{FIRST_HOUR + hour:02d}:00",
                )
        if self.monday <= self.now.date() < self.monday + dt.timedelta(days=7):
            col = (self.now.date() - self.monday).days
            y = self._y(self.now.time())
            p.setPen(QColor("#d93025"))
            p.drawLine(self._x(col), y, self._x(col + 1), y)
        for item in items:
            self.paint_item(p, item)
