"""Paints the 人数/容量 cell as a bar: accent colour, warning colour from 90 % full."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.members.groups import WARN_AT
from ui.groups.group_models import FILL_ROLE, WARN_COLOR

# Translucent, so the bar reads on the light and the dark theme alike.
OK_COLOR = QColor(66, 133, 244, 80)
WARN_FILL = QColor(217, 83, 79, 85)


class FillBarDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fill: Any = index.data(FILL_ROLE)
        if isinstance(fill, float):
            rect: QRect = option.rect.adjusted(3, 4, -3, -4)
            width = int(rect.width() * min(fill, 1.0))
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WARN_FILL if fill >= WARN_AT else OK_COLOR)
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), width, rect.height()), 3, 3)
            if fill >= WARN_AT:
                painter.setBrush(WARN_COLOR)
                painter.drawRect(QRect(rect.left(), rect.bottom() - 1, width, 2))
            painter.restore()
        super().paint(painter, option, index)
