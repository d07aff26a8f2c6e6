"""Quarter goals on the 报表 page: goal against actual, and a small editor (`settings.set`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.reports.domain import MONEY, GoalRow
from app.reports.summary import number_text
from app.settings.declared import GOAL_METRICS
from ui import theme
from ui.dialog_buttons import lay_out_with_save_cancel
from ui.i18n import QT_TRANSLATE_NOOP

# Each metric's name, translated where it is shown.
METRIC_NAMES = {
    "active": QT_TRANSLATE_NOOP("ReportsPage", "活跃成员"),
    "new": QT_TRANSLATE_NOOP("ReportsPage", "新增成员"),
    "total": QT_TRANSLATE_NOOP("ReportsPage", "成员总数"),
    "revenue": QT_TRANSLATE_NOOP("ReportsPage", "销售额"),
}


def _name(metric: str) -> str:
    return QCoreApplication.translate("ReportsPage", METRIC_NAMES.get(metric, metric))


class GoalsView(QFrame):
    """Each goal of the quarter: a line of words and a bar of how far it got."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsView")
        self.setStyleSheet(
            f"#goalsView {{ background: {theme.token('surface')};"
            f" border: 1px solid {theme.token('border')}; border-radius: 8px; }}"
        )
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editGoalsButton")
        self.edit_button.clicked.connect(self.edit_requested)
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        layout.addWidget(self.edit_button)
        self.lines: list[QLabel] = []
        self.goals: tuple[GoalRow, ...] = ()
        self.quarter = ""

    def show_goals(self, quarter: str, goals: tuple[GoalRow, ...]) -> None:
        self.quarter, self.goals = quarter, goals
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.lines = []
        self.title.setText(
            QCoreApplication.translate("ReportsPage", "季度目标 {quarter}").format(quarter=quarter)
        )
        self.edit_button.setText(QCoreApplication.translate("ReportsPage", "设定季度目标…"))
        if not goals:
            empty = QLabel(
                QCoreApplication.translate(
                    "ReportsPage",
                    "还没有设定季度目标。设定后，这里显示目标与实际，例如「活跃成员 +30%」。",
                )
            )
            empty.setWordWrap(True)
            theme.set_role(empty, "muted")
            self.rows.addWidget(empty)
            self.lines.append(empty)
            return
        for g in goals:
            line = QLabel(self.goal_text(g))
            line.setWordWrap(True)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(min(100, round((g.progress or 0) * 100)))
            bar.setFormat(f"{(g.progress or 0):.0%}" if g.progress is not None else "—")
            color = theme.token("good" if g.reached else "accent_strong")
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
            bar.setMaximumHeight(12)
            bar.setTextVisible(False)
            self.rows.addWidget(line)
            self.rows.addWidget(bar)
            self.lines.append(line)

    @staticmethod
    def goal_text(g: GoalRow) -> str:
        def num(v: float) -> str:
            return number_text(v, MONEY if g.unit == MONEY else "count", money_decimals=0)

        name = _name(g.metric)
        if g.progress is None:
            return QCoreApplication.translate(
                "ReportsPage", "{name} {goal:+d}%：上季度为 0，目前 {actual}"
            ).format(name=name, goal=g.goal_percent, actual=num(g.actual))
        done = (
            QCoreApplication.translate("ReportsPage", "已达成")
            if g.reached
            else QCoreApplication.translate("ReportsPage", "完成 {p}").format(p=f"{g.progress:.0%}")
        )
        return QCoreApplication.translate(
            "ReportsPage",
            "{name} {goal:+d}%：目标 {target}（上季度 {base}），目前 {actual}，{done}",
        ).format(
            name=name,
            goal=g.goal_percent,
            target=num(g.target),
            base=num(g.base),
            actual=num(g.actual),
            done=done,
        )


class GoalsDialog(QDialog):
    """This quarter's goals in percent; ticked metrics only. 'Every quarter' stores them as the
    standing goals instead of this quarter's."""

    def __init__(
        self, quarter: str, stored: Mapping[str, Mapping[str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.quarter, self.stored = quarter, {k: dict(v) for k, v in stored.items()}
        self.setWindowTitle(QCoreApplication.translate("ReportsPage", "设定季度目标"))
        current = self.stored.get(quarter) or self.stored.get("default") or {}
        form = QFormLayout()
        self.boxes: dict[str, tuple[QCheckBox, QSpinBox]] = {}
        for metric in GOAL_METRICS:
            check = QCheckBox(_name(metric))
            spin = QSpinBox()
            spin.setRange(-100, 1000)
            spin.setSuffix(" %")
            spin.setValue(int(current.get(metric, 0)))
            check.setChecked(metric in current)
            spin.setEnabled(metric in current)
            check.toggled.connect(spin.setEnabled)
            form.addRow(check, spin)
            self.boxes[metric] = (check, spin)
        self.every = QCheckBox(
            QCoreApplication.translate("ReportsPage", "以后每个季度都用这些目标")
        )
        self.every.setChecked(quarter not in self.stored)
        note = QLabel(
            QCoreApplication.translate(
                "ReportsPage",
                "目标是比上季度增长的百分比：活跃成员 +30% 指季度末的活跃人数是上季度末的 1.3 倍。",
            )
        )
        note.setWordWrap(True)
        theme.set_role(note, "muted")
        inner = QVBoxLayout()
        inner.addWidget(
            QLabel(
                QCoreApplication.translate("ReportsPage", "{quarter} 的目标").format(
                    quarter=quarter
                )
            )
        )
        inner.addLayout(form)
        inner.addWidget(self.every)
        inner.addWidget(note)
        lay_out_with_save_cancel(self, inner)

    def goals(self) -> dict[str, int]:
        return {m: spin.value() for m, (check, spin) in self.boxes.items() if check.isChecked()}

    def value_for_setting(self) -> dict[str, Any]:
        """The whole setting with this quarter's goals (or the standing ones) replaced."""
        out: dict[str, Any] = dict(self.stored)
        key = "default" if self.every.isChecked() else self.quarter
        if self.every.isChecked():
            out.pop(self.quarter, None)
        out[key] = self.goals()
        return out
