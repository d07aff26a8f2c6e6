"""Dialogs of the care pages: pick a member (pinyin search), warn, hold a deposit, a complaint."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.members.domain import MemberFilter
from ui.dialog_buttons import lay_out_with_save_cancel
from ui.env import UiEnv
from ui.qt_dates import py_to_qdatetime
from ui.slots import widget_slot

ID_ROLE = Qt.ItemDataRole.UserRole


class MemberPicker(QWidget):
    """A search box (name, nickname, 微信号, pinyin: `xm` finds 小美) over a short result list."""

    picked = Signal(object)  # member id or None

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索成员：昵称、姓名、微信号或拼音（xm 找到小美）"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMinimumHeight(160)
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._pick_first)
        self.results.currentItemChanged.connect(self._on_results_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.refresh()

    def member_id(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def _pick_first(self) -> None:
        if self.results.count() and self.results.currentItem() is None:
            self.results.setCurrentRow(0)

    def _on_results_current_changed(self, item: QListWidgetItem | None, _old: Any) -> None:
        self.picked.emit(None if item is None else int(item.data(ID_ROLE)))

    @widget_slot()
    async def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        f = MemberFilter(search=self.search.text().strip())
        try:
            rows = await self.env.runner.run(self.env.ctx.query.first_rows, f, 40)
        except Exception as exc:
            self.env.show_error(exc)
            return
        if generation != self._generation:
            return  # a newer search is on its way
        self.results.clear()
        for r in rows:
            parts = [
                r.nickname or r.name or "—",
                r.name if r.nickname and r.name else "",
                f"#{r.id}",
            ]
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(ID_ROLE, r.id)
            self.results.addItem(item)
        if len(rows) == 1:
            self.results.setCurrentRow(0)


class WarnDialog(QDialog):
    """Whom to warn, why, and the evidence."""

    def __init__(
        self,
        env: UiEnv,
        reasons: tuple[str, ...],
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("警告成员"))
        self.picker = MemberPicker(env)
        self.fixed_member = member_id
        self.reason = QComboBox()
        self.reason.addItems(list(reasons))
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(
            self.tr("她发了什么、在哪个群、什么时候（可粘贴聊天记录）")
        )
        self.evidence.setFixedHeight(80)
        form = QFormLayout()
        if member_id is None:
            form.addRow(self.tr("成员"), self.picker)
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.tr("证据"), self.evidence)
        self.buttons = lay_out_with_save_cancel(self, form)

    def member_id(self) -> int | None:
        return self.fixed_member if self.fixed_member is not None else self.picker.member_id()

    def values(self) -> tuple[int | None, str, str]:
        return self.member_id(), self.reason.currentText(), self.evidence.toPlainText().strip()


class DepositDialog(QDialog):
    """A deposit she paid: who, how much, when."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("收取押金"))
        self.picker = MemberPicker(env)
        self.amount = QDoubleSpinBox(minimum=0.01, maximum=100000, decimals=2, value=99)
        self.amount.setPrefix("¥")
        self.note = QLineEdit(placeholderText=self.tr("例如：21 天打卡营押金"))
        form = QFormLayout()
        form.addRow(self.tr("成员"), self.picker)
        form.addRow(self.tr("金额"), self.amount)
        form.addRow(self.tr("备注"), self.note)
        self.buttons = lay_out_with_save_cancel(self, form)

    def values(self) -> tuple[int | None, float, str]:
        return self.picker.member_id(), float(self.amount.value()), self.note.text().strip()


class ComplaintDialog(QDialog):
    """A complaint as it came in (or as corrected): who, when, through what, about what."""

    def __init__(
        self,
        env: UiEnv,
        channels: tuple[str, ...],
        categories: tuple[str, ...],
        row: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改投诉") if row is not None else self.tr("记录投诉"))
        self.picker = MemberPicker(env)
        self.member_label = QLabel(self.tr("（不改）"))
        self.received = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm")
        self.received.setDateTime(py_to_qdatetime(row.received_at if row else dt.datetime.now()))
        self.channel, self.category = QComboBox(editable=True), QComboBox(editable=True)
        self.channel.addItems(list(channels))
        self.category.addItems(list(categories))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("她投诉了什么（原话最好）"))
        self.text.setFixedHeight(90)
        self.original = row
        if row is not None:
            self.channel.setCurrentText(row.channel)
            self.category.setCurrentText(row.category)
            self.text.setPlainText(row.text)
            self.member_label.setText(row.member or self.tr("（非成员）"))
        form = QFormLayout()
        form.addRow(self.tr("收到时间"), self.received)
        form.addRow(self.tr("渠道"), self.channel)
        form.addRow(self.tr("类别"), self.category)
        if row is not None:
            form.addRow(self.tr("当前成员"), self.member_label)
        form.addRow(self.tr("成员（可不选）"), self.picker)
        form.addRow(self.tr("内容"), self.text)
        self.buttons = lay_out_with_save_cancel(self, form)

    def values(self) -> dict[str, Any]:
        member = self.picker.member_id()
        if member is None and self.original is not None:
            member = self.original.member_id
        received: dt.datetime = self.received.dateTime().toPython()  # type: ignore[assignment]
        return {
            "text": self.text.toPlainText().strip(),
            "member_id": member,
            "channel": self.channel.currentText().strip(),
            "category": self.category.currentText().strip(),
            "received_at": received.replace(second=0, microsecond=0),
        }
