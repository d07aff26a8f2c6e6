"""The post editor dialog: title, body (copy to clipboard), type, groups, segment, time, status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.calendar.domain import PostInfo, PostTypeInfo, PostValues
from ui.calendar.labels import STATUS_KEYS, status_label, type_label
from ui.dialog_buttons import lay_out_with_save_cancel
from ui.qt_dates import py_to_qdatetime, qdatetime_to_py

DELETE_RESULT = 2  # the dialog's result code when 删除 was clicked (Accepted is 1)


class PostEditor(QDialog):
    """Edit one post (or a new one when `post` is None). `values()` gives what to save."""

    def __init__(
        self,
        types: Sequence[PostTypeInfo],
        groups: Sequence[tuple[int, str]],
        segments: Sequence[tuple[int, str]],
        post: PostInfo | None = None,
        at: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.post = post
        self.setWindowTitle(self.tr("编辑内容") if post else self.tr("新建内容"))
        self.setMinimumSize(560, 600)
        self.title = QLineEdit(post.title if post else "")
        self.title.setPlaceholderText(self.tr("例如：【知识锦囊】防晒的三个误区"))
        self.body = QPlainTextEdit(post.body if post else "")
        self.body.setPlaceholderText(self.tr("要发到群里的正文"))
        self.copy_button = QPushButton(self.tr("复制正文"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.type = QComboBox()
        for t in types:
            self.type.addItem(type_label(t.name, t.key), t.id)
        if post and post.type_id is not None:
            self.type.setCurrentIndex(max(0, self.type.findData(post.type_id)))
        self.groups = QListWidget()
        self.groups.setMaximumHeight(110)
        chosen = set(post.group_ids) if post else set()
        for group_id, name in groups:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setCheckState(
                Qt.CheckState.Checked if group_id in chosen else Qt.CheckState.Unchecked
            )
            self.groups.addItem(item)
        self.segment = QComboBox()
        self.segment.addItem(self.tr("（不限分群）"), None)
        for segment_id, name in segments:
            self.segment.addItem(name, segment_id)
        if post and post.segment_id is not None:
            self.segment.setCurrentIndex(max(0, self.segment.findData(post.segment_id)))
        when = (
            (post.planned_at if post else None)
            or at
            or dt.datetime.now().replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
        )
        self.when = QDateTimeEdit(py_to_qdatetime(when))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.status = QComboBox()
        for key in STATUS_KEYS:
            self.status.addItem(status_label(key), key)
        self.status.setCurrentIndex(self.status.findData(post.status if post else "draft"))
        self.result_edit = QLineEdit(post.result if post else "")
        self.result_edit.setPlaceholderText(self.tr("例如：回复 23 条 / 接龙 41 单"))

        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)
        body_box = QVBoxLayout()
        body_box.addWidget(self.body)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        body_box.addLayout(copy_row)
        form.addRow(self.tr("正文"), body_box)
        form.addRow(self.tr("类型"), self.type)
        form.addRow(self.tr("发到哪些群"), self.groups)
        form.addRow(self.tr("目标分群"), self.segment)
        form.addRow(self.tr("计划时间"), self.when)
        form.addRow(self.tr("状态"), self.status)
        form.addRow(self.tr("效果"), self.result_edit)
        buttons = lay_out_with_save_cancel(self, form)
        self.delete_button: QPushButton | None = None
        if post is not None:  # deleting is undoable (Ctrl+Z), so no confirmation dialog
            self.delete_button = buttons.addButton(
                self.tr("删除"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.clicked.connect(lambda: self.done(DELETE_RESULT))

    def _on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.body.toPlainText())
        self.copy_button.setText(self.tr("已复制 ✓"))

    def values(self) -> PostValues:
        groups = tuple(
            int(self.groups.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        )
        status = str(self.status.currentData())
        planned = qdatetime_to_py(self.when.dateTime()).replace(second=0, microsecond=0)
        post = self.post
        published = post.published_at if post else None
        if status == "published" and published is None:
            published = dt.datetime.now().replace(microsecond=0)
        return PostValues(
            title=self.title.text(),
            body=self.body.toPlainText(),
            type_id=self.type.currentData(),
            planned_at=planned,
            status=status,
            group_ids=groups,
            segment_id=self.segment.currentData(),
            published_at=published if status == "published" else None,
            result=self.result_edit.text(),
            slot_id=post.slot_id if post else None,
            slot_date=post.slot_date if post else None,
        )
