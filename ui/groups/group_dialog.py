"""The dialog that creates or edits a group or subgroup: name, platform, capacity, leader, note."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.members.domain import GroupInfo, GroupMemberRow
from app.members.groups import CAPACITY, SUBGROUP_CAPACITY
from ui.dialog_buttons import lay_out_with_save_cancel
from ui.groups.group_models import PLATFORM_LABELS


class GroupDialog(QDialog):
    """`values()` gives what changed (edit) or everything (create)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        group: GroupInfo | None = None,
        parent_group: GroupInfo | None = None,
        leaders: Sequence[GroupMemberRow] = (),
    ) -> None:
        super().__init__(parent)
        self.group = group
        sub = parent_group is not None or (group is not None and group.parent_id is not None)
        if group is not None:
            self.setWindowTitle(self.tr("编辑小组") if sub else self.tr("编辑群"))
        else:
            self.setWindowTitle(self.tr("新建小组") if sub else self.tr("新建群"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("例如：护肤交流3群"))
        self.platform = QComboBox(self)
        for key, label in PLATFORM_LABELS.items():
            self.platform.addItem(QCoreApplication.translate("GroupTableModel", label), key)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 100_000)
        self.capacity.setSuffix(self.tr(" 人"))
        self.leader = QComboBox(self)
        self.leader.addItem(self.tr("（不设组长）"), None)
        for row in leaders:
            self.leader.addItem(row.group_nickname or row.member_nickname, row.member_id)
        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("平台"), self.platform)
        form.addRow(self.tr("容量"), self.capacity)
        if sub:
            form.addRow(self.tr("组长"), self.leader)
            self.platform.setEnabled(False)  # a subgroup lives on its group's platform
        form.addRow(self.tr("备注"), self.note)
        lay_out_with_save_cancel(self, form)
        self.platform.currentIndexChanged.connect(self._on_platform_changed)
        if group is not None:
            self.name.setText(group.name)
            self.platform.setCurrentIndex(self.platform.findData(group.platform))
            self.capacity.setValue(group.capacity)
            self.leader.setCurrentIndex(max(0, self.leader.findData(group.leader_id)))
            self.note.setPlainText(group.note)
        elif parent_group is not None:
            self.platform.setCurrentIndex(self.platform.findData(parent_group.platform))
            self.capacity.setValue(SUBGROUP_CAPACITY)
        else:
            self.capacity.setValue(CAPACITY["wechat"])
        self.resize(420, self.sizeHint().height())

    def _on_platform_changed(self) -> None:
        if self.group is None and self.platform.isEnabled():
            self.capacity.setValue(CAPACITY[str(self.platform.currentData())])

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "platform": self.platform.currentData(),
            "capacity": self.capacity.value(),
            "note": self.note.toPlainText().strip(),
            "leader_id": self.leader.currentData(),
        }
        if self.group is None:
            return values
        g = self.group
        old = {
            "name": g.name,
            "platform": g.platform,
            "capacity": g.capacity,
            "note": g.note,
            "leader_id": g.leader_id,
        }
        return {k: v for k, v in values.items() if old[k] != v}
