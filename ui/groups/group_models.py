"""Table models of the Groups page: the groups (subgroups under their group) and a group's
members (every stay: current first, then former). Both hold rows the service returned."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.members.domain import GroupInfo, GroupMemberRow
from app.members.groups import WARN_AT
from ui.i18n import QT_TRANSLATE_NOOP
from ui.wording import role_label

Index = QModelIndex | QPersistentModelIndex
FILL_ROLE = Qt.ItemDataRole.UserRole + 1  # 0.0 … 1.0: how full (the bar delegate paints it)
ID_ROLE = Qt.ItemDataRole.UserRole
WARN_COLOR = QColor("#d9534f")

PLATFORM_LABELS = {
    "wechat": QT_TRANSLATE_NOOP("GroupTableModel", "微信"),
    "wecom": QT_TRANSLATE_NOOP("GroupTableModel", "企业微信"),
    "qq": QT_TRANSLATE_NOOP("GroupTableModel", "QQ"),
}
GROUP_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("GroupTableModel", "群名称")),
    ("platform", QT_TRANSLATE_NOOP("GroupTableModel", "平台")),
    ("fill", QT_TRANSLATE_NOOP("GroupTableModel", "人数/容量")),
    ("leader", QT_TRANSLATE_NOOP("GroupTableModel", "组长")),
    ("note", QT_TRANSLATE_NOOP("GroupTableModel", "备注")),
)
MEMBER_COLUMNS = (
    ("nickname", QT_TRANSLATE_NOOP("GroupMemberModel", "昵称")),
    ("group_nickname", QT_TRANSLATE_NOOP("GroupMemberModel", "群昵称")),
    ("role", QT_TRANSLATE_NOOP("GroupMemberModel", "群内角色")),
    ("joined", QT_TRANSLATE_NOOP("GroupMemberModel", "入群")),
    ("left", QT_TRANSLATE_NOOP("GroupMemberModel", "退群")),
)


def ordered(groups: Sequence[GroupInfo], show_archived: bool) -> list[GroupInfo]:
    """Each top-level group followed by its subgroups; archived ones only when asked."""
    shown = [g for g in groups if show_archived or not g.archived]
    subs: dict[int, list[GroupInfo]] = {}
    for g in shown:
        if g.parent_id is not None:
            subs.setdefault(g.parent_id, []).append(g)
    out: list[GroupInfo] = []
    for g in shown:
        if g.parent_id is None:
            out.append(g)
            out.extend(subs.pop(g.id, []))
    for rest in subs.values():  # subgroups whose group is hidden (archived)
        out.extend(rest)
    return out


class _RowsModel(QAbstractTableModel):
    """Rows the service returned, shown in `columns` (headers in the `context` of the class)."""

    columns: tuple[tuple[str, str], ...] = ()
    context = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def retranslate(self) -> None:
        """Headers and cells are translated when shown: ask the views again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate(self.context, self.columns[section][1])
        return None


class GroupTableModel(_RowsModel):
    columns = GROUP_COLUMNS
    context = "GroupTableModel"
    rows: list[GroupInfo]

    def row_of(self, group_id: int) -> int:
        return next((i for i, g in enumerate(self.rows) if g.id == group_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        g = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role == ID_ROLE:
            return g.id
        if role == FILL_ROLE and key == "fill":
            return g.fill
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(g, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if g.archived:
                return QColor("#8a8f98")
            if key == "fill" and g.fill >= WARN_AT:
                return WARN_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and key == "fill" and g.fill >= WARN_AT:
            return QCoreApplication.translate("GroupTableModel", "快满了：已到容量的 90% 以上")
        return None

    @staticmethod
    def _text(g: GroupInfo, key: str) -> str:
        if key == "name":
            name = f"　└ {g.name}" if g.parent_id is not None else g.name
            archived = QCoreApplication.translate("GroupTableModel", "（已归档）")
            return name + (archived if g.archived else "")
        if key == "platform":
            label = PLATFORM_LABELS.get(g.platform, g.platform)
            return QCoreApplication.translate("GroupTableModel", label)
        if key == "fill":
            return f"{g.member_count}/{g.capacity} · {round(g.fill * 100)}%"
        if key == "leader":
            return g.leader_name
        return g.note.replace("\n", " ")


class GroupMemberModel(_RowsModel):
    columns = MEMBER_COLUMNS
    context = "GroupMemberModel"
    rows: list[GroupMemberRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role == ID_ROLE:
            return r.membership_id
        if role == Qt.ItemDataRole.ForegroundRole and r.left is not None:
            return QColor("#8a8f98")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            "nickname": r.member_nickname,
            "group_nickname": r.group_nickname,
            "role": role_label(r.role_in_group),
            "joined": r.joined.isoformat() if r.joined else "",
            "left": r.left.isoformat() if r.left else "",
        }
        return values[key]
