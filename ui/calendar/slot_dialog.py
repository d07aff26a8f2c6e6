"""Dialogs for the calendar's vocabulary: a recurring slot (rule, groups, template) and a post type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.calendar.domain import PostTypeInfo, SlotInfo, SlotRule
from ui.calendar.labels import type_label, weekday_short
from ui.calendar.post_editor import DELETE_RESULT
from ui.dialog_buttons import lay_out_with_save_cancel
from ui.qt_dates import py_to_qdate, qdate_to_py

FREQ_KEYS = ("daily", "weekly", "monthly", "interval")


class SlotDialog(QDialog):
    """Create or edit a slot. Changing the rule keeps the posts already planned in it."""

    def __init__(
        self,
        types: Sequence[PostTypeInfo],
        groups: Sequence[tuple[int, str]],
        slot: SlotInfo | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setWindowTitle(self.tr("编辑固定栏目") if slot else self.tr("新建固定栏目"))
        self.setMinimumWidth(520)
        rule = slot.rule if slot else SlotRule(start=today or dt.date.today())
        self.name = QLineEdit(slot.name if slot else "")
        self.name.setPlaceholderText(self.tr("例如：每日知识锦囊"))
        self.type = QComboBox()
        self.type.addItem(self.tr("（无）"), None)
        for t in types:
            self.type.addItem(type_label(t.name, t.key), t.id)
        if slot and slot.type_id is not None:
            self.type.setCurrentIndex(max(0, self.type.findData(slot.type_id)))
        self.freq = QComboBox()
        for key, text in zip(
            FREQ_KEYS,
            (self.tr("每天"), self.tr("每周"), self.tr("每月"), self.tr("每隔 N 天")),
            strict=True,
        ):
            self.freq.addItem(text, key)
        self.freq.setCurrentIndex(self.freq.findData(rule.freq))
        self.at = QTimeEdit(QTime(rule.at_time.hour, rule.at_time.minute))
        self.at.setDisplayFormat("HH:mm")
        self.weekdays = [QCheckBox(weekday_short(n)) for n in range(7)]
        for n, box in enumerate(self.weekdays):
            box.setChecked(n in rule.weekdays)
        days_row = QHBoxLayout()
        for box in self.weekdays:
            days_row.addWidget(box)
        self.days_widget = QWidget()
        self.days_widget.setLayout(days_row)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        self.month_day.setValue(rule.month_day or 1)
        self.month_day.setToolTip(self.tr("月份没有这一天时（如 31 日），落在当月最后一天。"))
        self.interval = QSpinBox()
        self.interval.setRange(1, 365)
        self.interval.setValue(rule.interval)
        self.start = QDateEdit(py_to_qdate(rule.start))
        self.start.setCalendarPopup(True)
        self.has_end = QCheckBox(self.tr("结束于"))
        self.end = QDateEdit(py_to_qdate(rule.end or rule.start + dt.timedelta(days=90)))
        self.end.setCalendarPopup(True)
        self.has_end.setChecked(rule.end is not None)
        self.end.setEnabled(rule.end is not None)
        self.has_end.toggled.connect(self.end.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        self.groups = QListWidget()
        self.groups.setMaximumHeight(110)
        chosen = set(slot.group_ids) if slot else set()
        for group_id, name in groups:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setCheckState(
                Qt.CheckState.Checked if group_id in chosen else Qt.CheckState.Unchecked
            )
            self.groups.addItem(item)
        self.template_title = QLineEdit(slot.template_title if slot else "")
        self.template_title.setPlaceholderText(self.tr("留空则用内容类型的模板；{date} 会换成日期"))
        self.template_body = QPlainTextEdit(slot.template_body if slot else "")
        self.template_body.setMaximumHeight(120)

        self.form = QFormLayout()
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("内容类型"), self.type)
        self.form.addRow(self.tr("重复"), self.freq)
        self.form.addRow(self.tr("时间"), self.at)
        self.form.addRow(self.tr("星期"), self.days_widget)
        self.form.addRow(self.tr("每月几号"), self.month_day)
        self.form.addRow(self.tr("间隔天数"), self.interval)
        self.form.addRow(self.tr("开始日期"), self.start)
        self.form.addRow("", end_row)
        self.form.addRow(self.tr("发到哪些群"), self.groups)
        self.form.addRow(self.tr("模板标题"), self.template_title)
        self.form.addRow(self.tr("模板正文"), self.template_body)
        buttons = lay_out_with_save_cancel(self, self.form)
        self.delete_button: QPushButton | None = None
        if slot is not None:  # undoable (Ctrl+Z): no confirmation; its posts stay
            self.delete_button = buttons.addButton(
                self.tr("删除栏目"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setToolTip(self.tr("已安排的内容会保留，只是不再属于这个栏目。"))
            self.delete_button.clicked.connect(lambda: self.done(DELETE_RESULT))
        self.freq.currentIndexChanged.connect(self._on_freq_changed)
        self._on_freq_changed()

    def _on_freq_changed(self, _index: int = 0) -> None:
        freq = self.freq.currentData()
        for widget, wanted in (
            (self.days_widget, "weekly"),
            (self.month_day, "monthly"),
            (self.interval, "interval"),
        ):
            self.form.setRowVisible(widget, freq == wanted)

    def rule(self) -> SlotRule:
        at = self.at.time()
        return SlotRule(
            freq=str(self.freq.currentData()),
            at_time=dt.time(at.hour(), at.minute()),
            start=qdate_to_py(self.start.date()),
            end=qdate_to_py(self.end.date()) if self.has_end.isChecked() else None,
            weekdays=tuple(n for n, box in enumerate(self.weekdays) if box.isChecked()),
            month_day=self.month_day.value(),
            interval=self.interval.value(),
        )

    def group_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.groups.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        )


class TypeDialog(QDialog):
    """Create or edit a post type: name, colour and template."""

    def __init__(
        self, post_type: PostTypeInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.post_type = post_type
        self.setWindowTitle(self.tr("编辑内容类型") if post_type else self.tr("新建内容类型"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(post_type.name if post_type else "")
        self.name.setPlaceholderText(self.tr("例如：直播预告"))
        self.color = QColor(post_type.color if post_type else "#5b8def")
        self.color_button = QPushButton()
        self.color_button.clicked.connect(self._on_color_clicked)
        self._paint_color()
        self.template_title = QLineEdit(post_type.template_title if post_type else "")
        self.template_body = QPlainTextEdit(post_type.template_body if post_type else "")
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("颜色"), self.color_button)
        form.addRow(self.tr("模板标题"), self.template_title)
        form.addRow(self.tr("模板正文"), self.template_body)
        buttons = lay_out_with_save_cancel(self, form)
        self.delete_button: QPushButton | None = None
        if post_type is not None and not post_type.builtin:  # built-in types stay
            self.delete_button = buttons.addButton(
                self.tr("删除类型"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setToolTip(self.tr("这个类型的内容和栏目会保留，只是不再有类型。"))
            self.delete_button.clicked.connect(lambda: self.done(DELETE_RESULT))

    def _paint_color(self) -> None:
        self.color_button.setText(self.color.name())
        self.color_button.setStyleSheet(f"background: {self.color.name()}; color: white;")

    def _on_color_clicked(self) -> None:
        chosen = QColorDialog.getColor(self.color, self, self.tr("选择颜色"))
        if chosen.isValid():
            self.color = chosen
            self._paint_color()
