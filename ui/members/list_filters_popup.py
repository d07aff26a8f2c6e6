"""更多筛选: the weekly lists (silent, not contacted, birthdays, joined, level, warnings, deposits).

A small dialog of the Members filter bar: each row is a check box with its value; 应用 sets
them all at once. The filter bar shows the chosen ones as removable chips (`chip_texts`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.theme import set_role

# The MemberFilter fields this popup owns, with their "off" value.
LIST_FIELDS: dict[str, Any] = {
    "silent_days": None,
    "contact_days": None,
    "birthday_days": None,
    "joined_from": None,
    "joined_to": None,
    "level_min": None,
    "warned": False,
    "deposit_held": False,
}
DAY_ROWS = (("silent_days", 60), ("contact_days", 30), ("birthday_days", 7), ("level_min", 3))


def chip_texts(values: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """(chip text, the fields removing it clears) for the list filters that are set."""
    out: list[tuple[str, tuple[str, ...]]] = []
    if values.get("silent_days") is not None:
        out.append(
            (
                QCoreApplication.translate("FilterBar", "沉默超过 {n} 天").format(
                    n=values["silent_days"]
                ),
                ("silent_days",),
            )
        )
    if values.get("contact_days") is not None:
        out.append(
            (
                QCoreApplication.translate("FilterBar", "超过 {n} 天未联系").format(
                    n=values["contact_days"]
                ),
                ("contact_days",),
            )
        )
    if values.get("birthday_days") is not None:
        out.append(
            (
                QCoreApplication.translate("FilterBar", "{n} 天内过生日").format(
                    n=values["birthday_days"]
                ),
                ("birthday_days",),
            )
        )
    start, end = values.get("joined_from"), values.get("joined_to")
    if start and end:
        out.append(
            (
                QCoreApplication.translate("FilterBar", "入群 {a} 至 {b}").format(a=start, b=end),
                ("joined_from", "joined_to"),
            )
        )
    elif start:
        out.append(
            (
                QCoreApplication.translate("FilterBar", "入群不早于 {a}").format(a=start),
                ("joined_from",),
            )
        )
    elif end:
        out.append(
            (
                QCoreApplication.translate("FilterBar", "入群不晚于 {b}").format(b=end),
                ("joined_to",),
            )
        )
    if values.get("level_min") is not None:
        out.append(
            (
                QCoreApplication.translate("FilterBar", "等级 ≥ {n}").format(n=values["level_min"]),
                ("level_min",),
            )
        )
    if values.get("warned"):
        out.append((QCoreApplication.translate("FilterBar", "有生效中的警告"), ("warned",)))
    if values.get("deposit_held"):
        out.append((QCoreApplication.translate("FilterBar", "押金未退"), ("deposit_held",)))
    return out


class ListFiltersPopup(QDialog):
    """Edit the list filters; `values()` after 应用 (accepted)."""

    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listFiltersPopup")
        self.setWindowTitle(QCoreApplication.translate("FilterBar", "更多筛选"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.checks: dict[str, QCheckBox] = {}
        self.spins: dict[str, QSpinBox] = {}
        texts = {
            "silent_days": (
                QCoreApplication.translate("FilterBar", "沉默超过"),
                QCoreApplication.translate("FilterBar", "天（按最近活跃；从未活跃按入群日期）"),
            ),
            "contact_days": (
                QCoreApplication.translate("FilterBar", "超过"),
                QCoreApplication.translate("FilterBar", "天未联系（从未联系的也算）"),
            ),
            "birthday_days": (
                QCoreApplication.translate("FilterBar", "今天起"),
                QCoreApplication.translate("FilterBar", "天内过生日（公历或农历）"),
            ),
            "level_min": (QCoreApplication.translate("FilterBar", "等级不低于"), ""),
        }
        row = 0
        for key, default in DAY_ROWS:
            before, after = texts[key]
            check = QCheckBox(before, self)
            spin = QSpinBox(self)
            spin.setRange(0, 99 if key == "level_min" else 3650)
            current = values.get(key)
            spin.setValue(int(current) if isinstance(current, int) else default)
            check.setChecked(values.get(key) is not None)
            spin.valueChanged.connect(lambda _v, c=check: c.setChecked(True))
            self.checks[key], self.spins[key] = check, spin
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(QLabel(after, self), row, 2, 1, 2)
            row += 1
        self.dates: dict[str, QDateEdit] = {}
        today = dt.date.today()
        for key, label, first_shown in (
            (
                "joined_from",
                QCoreApplication.translate("FilterBar", "入群不早于"),
                today.replace(day=1),
            ),
            ("joined_to", QCoreApplication.translate("FilterBar", "入群不晚于"), today),
        ):
            check = QCheckBox(label, self)
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            chosen = values.get(key)
            shown_day = chosen if isinstance(chosen, dt.date) else first_shown
            edit.setDate(QDate(shown_day.year, shown_day.month, shown_day.day))
            check.setChecked(values.get(key) is not None)
            edit.dateChanged.connect(lambda _d, c=check: c.setChecked(True))
            self.checks[key], self.dates[key] = check, edit
            grid.addWidget(check, row, 0)
            grid.addWidget(edit, row, 1)
            row += 1
        for key, label in (
            ("warned", QCoreApplication.translate("FilterBar", "有生效中的警告")),
            ("deposit_held", QCoreApplication.translate("FilterBar", "有未退的押金")),
        ):
            check = QCheckBox(label, self)
            check.setChecked(bool(values.get(key)))
            self.checks[key] = check
            grid.addWidget(check, row, 0, 1, 3)
            row += 1
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        set_role(self.error, "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("FilterBar", "应用")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FilterBar", "取消")
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        out = dict(LIST_FIELDS)
        for key, spin in self.spins.items():
            if self.checks[key].isChecked():
                out[key] = spin.value()
        for key, edit in self.dates.items():
            if self.checks[key].isChecked():
                d = edit.date()
                out[key] = dt.date(d.year(), d.month(), d.day())
        for key in ("warned", "deposit_held"):
            out[key] = self.checks[key].isChecked()
        return out

    def _on_buttons_accepted(self) -> None:
        v = self.values()
        if v["joined_from"] and v["joined_to"] and v["joined_from"] > v["joined_to"]:
            self.error.setText(
                QCoreApplication.translate("FilterBar", "入群日期范围不对：开始日期晚于结束日期。")
            )
            return
        self.accept()
