"""The dialog that creates or edits an activity: name, kind, dates, groups, host, feedback."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.community.domain import ActivityFields
from app.community.rules import KINDS
from ui.community.activity_models import kind_label
from ui.dialog_buttons import lay_out_with_save_cancel


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ActivityDialog(QDialog):
    """Fills an `ActivityFields`; the page turns it into a create or edit operation."""

    def __init__(
        self,
        groups: list[tuple[int, str]],
        fields: ActivityFields | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        kinds: tuple[str, ...] = KINDS,  # the kinds offered: 设置 → 活动
    ) -> None:
        super().__init__(parent)
        self.kinds = kinds
        today = today or dt.date.today()
        f = fields or ActivityFields("", today, today + dt.timedelta(days=20))
        self.setWindowTitle(self.tr("编辑活动") if fields else self.tr("新建活动"))
        self.name = QLineEdit(f.name)
        self.name.setPlaceholderText(self.tr("例如：21 天早C晚A打卡营"))
        self.name.setMaxLength(100)
        self.kind = QComboBox()
        self.kind.setEditable(True)  # a custom kind is typed in
        self.kind.addItems([kind_label(k) for k in kinds])
        self.kind.setCurrentText(kind_label(f.kind))
        self.online = QCheckBox(self.tr("线上活动"))
        self.online.setChecked(f.online)
        self.start, self.end = QDateEdit(_qdate(f.start)), QDateEdit(_qdate(f.end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.goal = QLineEdit(f.goal)
        self.goal.setPlaceholderText(self.tr("例如：养成每天喝 8 杯水的习惯"))
        self.host = QSpinBox()
        self.host.setRange(0, 2_000_000_000)
        self.host.setSpecialValueText(self.tr("无"))
        self.host.setValue(f.host_id or 0)
        self.feedback = QDoubleSpinBox()
        self.feedback.setRange(-0.1, 5.0)
        self.feedback.setSingleStep(0.1)
        self.feedback.setDecimals(1)
        self.feedback.setSpecialValueText(self.tr("未评分"))
        self.feedback.setValue(-0.1 if f.feedback is None else f.feedback)
        self.groups = QListWidget()
        self.groups.setMaximumHeight(120)
        for gid, name in groups:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, gid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = gid in f.group_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.note = QPlainTextEdit(f.note)
        self.note.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow("", self.online)
        form.addRow(self.tr("开始"), self.start)
        form.addRow(self.tr("结束"), self.end)
        form.addRow(self.tr("目标"), self.goal)
        form.addRow(self.tr("主持人（成员编号）"), self.host)
        form.addRow(self.tr("目标社群"), self.groups)
        form.addRow(self.tr("反馈评分"), self.feedback)
        form.addRow(self.tr("备注"), self.note)
        lay_out_with_save_cancel(self, form)
        self.resize(440, 560)

    def fields(self) -> ActivityFields:
        kind = self.kind.currentText().strip()
        builtin = {
            kind_label(k): k for k in (*KINDS, *self.kinds)
        }  # store the kind in Chinese whatever the language
        score = self.feedback.value()
        return ActivityFields(
            name=self.name.text().strip(),
            start=_date(self.start.date()),
            end=_date(self.end.date()),
            kind=builtin.get(kind, kind),
            online=self.online.isChecked(),
            goal=self.goal.text().strip(),
            host_id=self.host.value() or None,
            feedback=None if score < 0 else round(score, 1),
            note=self.note.toPlainText().strip(),
            group_ids=tuple(
                int(self.groups.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.groups.count())
                if self.groups.item(i).checkState() == Qt.CheckState.Checked
            ),
        )
