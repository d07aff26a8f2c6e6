"""The detail panel's 所在群 box: the member's group memberships, join a group, leave one.

Strings keep the "DetailPanel" translation context: they are the panel's own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.members.domain import GroupInfo, MembershipInfo
from ui.wording import role_label


class GroupsBox(QWidget):
    """Emits `join_clicked(group_id, name)` / `leave_clicked(group_id, name)`; the panel adds
    the member id."""

    join_clicked = Signal(int, str)
    leave_clicked = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memberships = QListWidget(self)
        self.memberships.setMaximumHeight(110)
        self.group_pick = QComboBox(self)
        self.group_pick.setMinimumWidth(60)
        self.group_pick.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.join_button = QPushButton(self)
        self.join_button.clicked.connect(self._on_join_clicked)
        self.leave_button = QPushButton(self)
        self.leave_button.clicked.connect(self._on_leave_clicked)
        row = QHBoxLayout()
        row.addWidget(self.group_pick, 1)
        row.addWidget(self.join_button)
        leave_row = QHBoxLayout()
        leave_row.addStretch(1)
        leave_row.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.memberships)
        layout.addLayout(row)
        layout.addLayout(leave_row)
        self._shown: Sequence[MembershipInfo] = ()
        self.retranslate()

    def retranslate(self) -> None:
        self.join_button.setText(QCoreApplication.translate("DetailPanel", "加入群"))
        self.leave_button.setText(QCoreApplication.translate("DetailPanel", "退出所选群"))
        self.show_memberships(self._shown)

    def set_groups(self, groups: Sequence[GroupInfo]) -> None:
        self.group_pick.clear()
        for g in groups:
            self.group_pick.addItem(g.name, g.id)

    def show_memberships(self, memberships: Sequence[MembershipInfo]) -> None:
        self._shown = memberships
        self.memberships.clear()
        for m in memberships:
            left = (
                QCoreApplication.translate("DetailPanel", "，{date} 退出").format(date=m.left)
                if m.left
                else ""
            )
            extra = QCoreApplication.translate("DetailPanel", "，").join(
                x for x in (m.group_nickname, role_label(m.role_in_group)) if x
            )
            if m.joined is None and not left:
                text = m.group_name
            else:
                text = QCoreApplication.translate(
                    "DetailPanel", "{group}（{date} 加入{left}）"
                ).format(
                    group=m.group_name,
                    date=m.joined or QCoreApplication.translate("DetailPanel", "日期不详"),
                    left=left,
                )
            self.memberships.addItem(f"{text} · {extra}" if extra else text)
            self.memberships.item(self.memberships.count() - 1).setData(
                Qt.ItemDataRole.UserRole, (m.group_id, m.group_name, m.left is None)
            )

    def _on_join_clicked(self) -> None:
        if self.group_pick.currentData() is not None:
            self.join_clicked.emit(self.group_pick.currentData(), self.group_pick.currentText())

    def _on_leave_clicked(self) -> None:
        item = self.memberships.currentItem()
        if item is None:
            return
        group_id, name, current = item.data(Qt.ItemDataRole.UserRole)
        if current:
            self.leave_clicked.emit(group_id, name)
