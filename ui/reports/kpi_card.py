"""A KPI card: the figure, its change against the previous period (▲/▼ in colour), clickable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.theme import set_role

GOOD, BAD, NEUTRAL = "good", "error", "muted"  # stylesheet roles (ui/theme.py)


class KpiCard(QFrame):
    """Shows one `Kpi`; `clicked(key)` when it has members behind it."""

    clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.member_count = 0
        self.setObjectName("kpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        set_role(self.title, "muted")
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for w in (self.title, self.value, self.change):
            layout.addWidget(w)
        self.setMinimumWidth(150)

    def show_kpi(
        self,
        title: str,
        value: str,
        change: str,
        delta: float | None,
        good_when_up: bool,
        members: int,
    ) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.member_count = members
        if delta is None:
            self.change.setText(QCoreApplication.translate("ReportsPage", "上期无数据"))
            color = NEUTRAL
        elif abs(delta) < 1e-9:
            self.change.setText(QCoreApplication.translate("ReportsPage", "持平"))
            color = NEUTRAL
        else:
            arrow = "▲" if delta > 0 else "▼"
            self.change.setText(f"{arrow} {change}")
            color = GOOD if (delta > 0) == good_when_up else BAD
        set_role(self.change, color)
        clickable = members > 0
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setToolTip(
            QCoreApplication.translate("ReportsPage", "点击在成员页查看这 {n} 位成员").format(
                n=members
            )
            if clickable
            else ""
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.member_count and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
            return
        super().mousePressEvent(event)
