"""Small charts drawn with QPainter: lines, stacked columns, horizontal bars.

Every chart of the app goes through this module, so the drawing can be swapped for a chart
library without touching a page. QPainter rather than Qt Charts: Qt Charts lives in the large
PySide6-Addons wheel and is deprecated since Qt 6.10 (Qt Graphs needs QML); these three kinds
need no more than a painter, render offscreen for screenshots and use the app's CJK font."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme

LINE, STACKED, BARS = "line", "stacked", "bars"
PALETTE = ("#3e63dd", "#2e7d32", "#9aa0a6", "#b7791f", "#c62828", "#6b4fbb", "#00838f")
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 44, 26, 30


def _nice_top(value: float) -> float:
    """The smallest round step × 4 at or above `value`, so the four grid lines read well."""
    scale = 10.0 ** math.floor(math.log10(value / 4))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10):
        if step * scale * 4 >= value:
            return step * scale * 4
    return value


def _tick(value: float) -> str:
    """1,200 for big scales; 0.75 for small ones (a scale up to 3 has quarter steps)."""
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: str = ""


class Chart(QWidget):
    """One chart: `set_data(title, labels, series)`; `bar_clicked(index)` for bar charts."""

    bar_clicked = Signal(int)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = ""
        self.empty_text = ""
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self._bars: list[QRectF] = []
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self, title: str, labels: Sequence[str], series: Sequence[Series], empty_text: str = ""
    ) -> None:
        self.title, self.labels, self.empty_text = title, tuple(labels), empty_text
        self.series = tuple(
            s if s.color else Series(s.name, s.values, PALETTE[i % len(PALETTE)])
            for i, s in enumerate(series)
        )
        self.update()

    def has_data(self) -> bool:
        return bool(self.labels) and any(any(s.values) for s in self.series)

    # painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), theme.color("surface"))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(theme.color("text"))
        p.drawText(QRectF(8, 4, self.width() - 16, 22), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        p.setFont(font)
        self._bars = []
        if not self.has_data():
            p.setPen(theme.color("text_muted"))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self._legend(p)
        if self.kind == BARS:
            self._draw_bars(p)
        else:
            self._draw_xy(p)
        p.end()

    def _legend(self, p: QPainter) -> None:
        if len(self.series) < 2:
            return
        x = self.width() - 8.0
        for s in reversed(self.series):
            w = p.fontMetrics().horizontalAdvance(s.name) + 18
            x -= w
            p.fillRect(QRectF(x, 10, 10, 10), QColor(s.color))
            p.setPen(theme.color("text_soft"))
            p.drawText(QPointF(x + 13, 20), s.name)

    def _plot(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            self.width() - MARGIN_LEFT - 12,
            self.height() - MARGIN_TOP - MARGIN_BOTTOM,
        )

    def _draw_xy(self, p: QPainter) -> None:
        area = self._plot()
        n = len(self.labels)
        if self.kind == STACKED:
            top = max((sum(s.values[i] for s in self.series) for i in range(n)), default=0)
        else:
            top = max((max(s.values) for s in self.series if s.values), default=0)
        top = _nice_top(max(top, 1) * 1.05)
        p.setPen(QPen(theme.color("border")))
        for k in range(5):
            y = area.bottom() - area.height() * k / 4
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(theme.color("text_muted"))
            p.drawText(
                QRectF(0, y - 8, MARGIN_LEFT - 4, 16),
                Qt.AlignmentFlag.AlignRight,
                _tick(top * k / 4),
            )
            p.setPen(QPen(theme.color("border")))
        step = area.width() / max(n, 1)
        every = max(1, n // 6)
        p.setPen(theme.color("text_muted"))
        metrics = p.fontMetrics()
        for i, label in enumerate(self.labels):
            if i % every == 0:
                # Long names (products) are cut with "…" to their slot rather than overlap.
                width = int(step * every) - 4
                p.drawText(
                    QRectF(area.left() + i * step, area.bottom() + 4, step * every, 18),
                    Qt.AlignmentFlag.AlignLeft,
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(width, 8)),
                )

        def y_of(v: float) -> float:
            return area.bottom() - area.height() * v / top

        if self.kind == STACKED:
            base = [0.0] * n
            for s in self.series:
                for i, v in enumerate(s.values):
                    rect = QRectF(
                        area.left() + i * step + step * 0.15,
                        y_of(base[i] + v),
                        step * 0.7,
                        y_of(base[i]) - y_of(base[i] + v),
                    )
                    p.fillRect(rect, QColor(s.color))
                    base[i] += v
            return
        for s in self.series:
            p.setPen(QPen(QColor(s.color), 2))
            points = [
                QPointF(area.left() + (i + 0.5) * step, y_of(v)) for i, v in enumerate(s.values)
            ]
            for a, b in zip(points, points[1:], strict=False):
                p.drawLine(a, b)
            p.setBrush(QColor(s.color))
            for pt in points:
                p.drawEllipse(pt, 2.5, 2.5)

    def _draw_bars(self, p: QPainter) -> None:
        values = self.series[0].values
        n = len(self.labels)
        label_w = min(120.0, max(p.fontMetrics().horizontalAdvance(x) for x in self.labels) + 12.0)
        area = QRectF(
            label_w, MARGIN_TOP, self.width() - label_w - 56, self.height() - MARGIN_TOP - 8
        )
        row = area.height() / max(n, 1)
        top = max(max(values), 1)
        color = QColor(self.series[0].color)
        for i, (label, v) in enumerate(zip(self.labels, values, strict=True)):
            y = area.top() + i * row
            p.setPen(theme.color("text_soft"))
            p.drawText(
                QRectF(0, y, label_w - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            rect = QRectF(area.left(), y + row * 0.18, area.width() * v / top, row * 0.64)
            p.fillRect(rect, color)
            self._bars.append(QRectF(0, y, self.width(), row))
            p.drawText(
                QRectF(rect.right() + 4, y, 52, row), Qt.AlignmentFlag.AlignVCenter, f"{v:,.0f}"
            )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for i, rect in enumerate(self._bars):
            if rect.contains(event.position()):
                self.bar_clicked.emit(i)
                return
        super().mousePressEvent(event)
