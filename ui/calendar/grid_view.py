"""Shared base of the painted month and week views: items, hit testing, drag to reschedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

from app.calendar.domain import CalendarRange, Occurrence, PostInfo
from ui import theme
from ui.calendar.labels import late_label

LATE_COLOR = QColor("#c62828")
HOLIDAY_COLOR = QColor("#d93025")
WORKDAY_COLOR = theme.color("text_muted")


@dataclass
class Item:
    """Something painted in a view that the mouse can hit: a post or a slot occurrence."""

    rect: QRect
    post: PostInfo | None = None
    occurrence: Occurrence | None = None


class GridView(QWidget):
    """Base of MonthView/WeekView. Subclasses lay out `self._items` and map a point to a time."""

    post_moved = Signal(int, object)  # post id, new datetime
    post_activated = Signal(int)  # double-click on a post
    fill_requested = Signal(int, object)  # slot id, date of an empty occurrence
    day_activated = Signal(object)  # double-click on an empty spot: new post that day
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.data: CalendarRange | None = None
        self.today = dt.date.today()
        self.now = dt.datetime.now()
        self.selected = self.today
        self._items: list[Item] = []
        self._dirty = True
        self._press: tuple[QPoint, Item] | None = None
        self._drag_pos: QPoint | None = None
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1.5))

    # --- data --------------------------------------------------------------------------------
    def set_data(self, data: CalendarRange, today: dt.date, now: dt.datetime) -> None:
        self.data, self.today, self.now = data, today, now
        self._dirty = True
        self.update()

    def set_selected(self, day: dt.date) -> None:
        self.selected = day
        self.update()

    def items(self) -> list[Item]:
        """The laid-out items (tests use their rectangles to click and drag)."""
        if self._dirty:
            self._items = self.layout_items()
            self._dirty = False
        return self._items

    def item_at(self, pos: QPoint) -> Item | None:
        for item in reversed(self.items()):
            if item.rect.contains(pos):
                return item
        return None

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._dirty = True
        super().resizeEvent(event)  # type: ignore[arg-type]

    # --- to implement ------------------------------------------------------------------------
    def layout_items(self) -> list[Item]:
        raise NotImplementedError

    def time_at(self, pos: QPoint, item: Item) -> dt.datetime | None:
        """Where a dragged item lands; None outside the grid."""
        raise NotImplementedError

    def day_at(self, pos: QPoint) -> dt.date | None:
        raise NotImplementedError

    # --- mouse -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        item = self.item_at(pos)
        day = self.day_at(pos)
        if day is not None:
            self.set_selected(day)
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self._press = (pos, item)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or self._press[1].post is None:
            return
        pos = event.position().toPoint()
        if (
            self._drag_pos is None
            and (pos - self._press[0]).manhattanLength() < QApplication.startDragDistance()
        ):
            return
        self._drag_pos = pos
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, dragged = self._press, self._drag_pos is not None
        self._press, self._drag_pos = None, None
        self.unsetCursor()
        if press is None:
            return
        item = press[1]
        pos = event.position().toPoint()
        if dragged and item.post is not None:
            target = self.time_at(pos, item)
            if target is not None and target != item.post.planned_at:
                self.post_moved.emit(item.post.id, target)
            self.update()
        elif not dragged and item.occurrence is not None and not item.occurrence.filled:
            self.fill_requested.emit(item.occurrence.slot_id, item.occurrence.day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        item = self.item_at(pos)
        if item is not None and item.post is not None:
            self.post_activated.emit(item.post.id)
        elif item is not None and item.occurrence is not None and item.occurrence.post_id:
            self.post_activated.emit(item.occurrence.post_id)
        elif item is None and (day := self.day_at(pos)) is not None:
            self.day_activated.emit(day)

    # --- painting helpers --------------------------------------------------------------------
    def paint_item(self, p: QPainter, item: Item) -> None:
        """A post: coloured bar + time + title (late ones red); an empty slot: dashed outline."""
        r = item.rect.adjusted(1, 1, -1, -1)
        p.setFont(self.small)
        if item.post is not None:
            post = item.post
            color = QColor(post.color)
            fill = QColor(color)
            fill.setAlpha(40 if post.status != "cancelled" else 15)
            p.fillRect(r, fill)
            p.fillRect(QRect(r.left(), r.top(), 3, r.height()), color)
            late = post.is_late(self.now)
            p.setPen(LATE_COLOR if late else theme.color("text"))
            at = post.planned_at.strftime("%H:%M") if post.planned_at else ""
            text = f"{at} {post.title}"
            if late:
                text = f"⚠{late_label()} {text}"
            elif post.status == "published":
                text = f"✓ {text}"
            font = QFont(self.small)
            font.setStrikeOut(post.status == "cancelled")
            font.setBold(late)
            p.setFont(font)
            p.drawText(
                r.adjusted(6, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, r.width() - 8),
            )
        elif item.occurrence is not None:
            occ = item.occurrence
            p.setPen(QPen(QColor(occ.color), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r.adjusted(0, 0, -1, -1))
            p.setPen(theme.color("text_faint"))
            text = f"{occ.at:%H:%M} ＋{occ.slot_name}"
            p.drawText(
                r.adjusted(6, 0, -2, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, r.width() - 8),
            )

    def paint_drag(self, p: QPainter) -> None:
        if self._press is None or self._drag_pos is None or self._press[1].post is None:
            return
        rect = QRect(self._press[1].rect)
        rect.moveCenter(self._drag_pos)
        p.setOpacity(0.7)
        self.paint_item(p, Item(rect, post=self._press[1].post))
        p.setOpacity(1.0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            self.paint(p)
            self.paint_drag(p)
        finally:
            p.end()
        self.painted.emit()

    def paint(self, p: QPainter) -> None:
        raise NotImplementedError

    def entries_by_day(self) -> dict[dt.date, list[tuple[dt.datetime, Item]]]:
        """Posts and empty occurrences of each day, by time (filled occurrences show as posts)."""
        out: dict[dt.date, list[tuple[dt.datetime, Item]]] = {}
        if self.data is None:
            return out
        for post in self.data.posts:
            if post.planned_at is not None:
                out.setdefault(post.planned_at.date(), []).append(
                    (post.planned_at, Item(QRect(), post=post))
                )
        for occ in self.data.occurrences:
            if not occ.filled:
                out.setdefault(occ.day, []).append((occ.at, Item(QRect(), occurrence=occ)))
        for entries in out.values():
            entries.sort(key=lambda e: (e[0], e[1].post is None))
        return out
