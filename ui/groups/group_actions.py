"""Group membership actions shared by the Members and Groups pages: join, leave, move.

Each puts one operation on the calling page's undo stack; a 90 % warning the operation returns
is shown as a message. Strings use the "GroupActions" translation context.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from app.members.domain import GroupInfo
from ui.dialog_buttons import lay_out_with_save_cancel
from ui.env import UiEnv
from ui.later import later
from ui.operations import UndoText

if TYPE_CHECKING:
    from app.members import membership_ops
    from app.ops import Done
else:
    membership_ops = later("app.members.membership_ops")


def _warn(env: UiEnv) -> Any:
    def on_done(done: Done[Any]) -> None:
        warning = getattr(done.value, "warning", None)
        if warning:
            env.show_message(warning)

    return on_done


def join(env: UiEnv, page_key: str, member_ids: Sequence[int], group_id: int, name: str) -> None:
    if not member_ids:
        return
    env.ops.push(
        env.stack_for(page_key),
        membership_ops.JoinGroup(group_id, tuple(member_ids)),
        UndoText.translate("GroupActions", "{n} 位成员加入「{group}」").fill(
            n=len(member_ids), group=name
        ),
        _warn(env),
    )


def leave(env: UiEnv, page_key: str, member_ids: Sequence[int], group_id: int, name: str) -> None:
    if not member_ids:
        return
    env.ops.push(
        env.stack_for(page_key),
        membership_ops.LeaveGroup(group_id, tuple(member_ids)),
        UndoText.translate("GroupActions", "{n} 位成员退出「{group}」").fill(
            n=len(member_ids), group=name
        ),
    )


def move(
    env: UiEnv, page_key: str, member_ids: Sequence[int], source: GroupInfo, target: GroupInfo
) -> None:
    env.ops.push(
        env.stack_for(page_key),
        membership_ops.MoveToGroup(source.id, target.id, tuple(member_ids)),
        UndoText.translate("GroupActions", "把 {n} 位成员从「{a}」移到「{b}」").fill(
            n=len(member_ids), a=source.name, b=target.name
        ),
        _warn(env),
    )


class MoveDialog(QDialog):
    """Choose the group the members leave and the group they join."""

    def __init__(
        self,
        groups: Sequence[GroupInfo],
        count: int,
        parent: QWidget | None = None,
        source_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("GroupActions", "移到群"))
        self.groups = [g for g in groups if not g.archived]
        self.source = QComboBox(self)
        self.target = QComboBox(self)
        for g in groups:
            self.source.addItem(g.name, g.id)
        for g in self.groups:
            self.target.addItem(g.name, g.id)
        if source_id is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(source_id)))
        self.target.setCurrentIndex(min(1, self.target.count() - 1))
        form = QFormLayout()
        form.addRow(
            QLabel(
                QCoreApplication.translate("GroupActions", "把选中的 {n} 位成员").format(n=count),
                self,
            )
        )
        form.addRow(QCoreApplication.translate("GroupActions", "移出"), self.source)
        form.addRow(QCoreApplication.translate("GroupActions", "移入"), self.target)
        lay_out_with_save_cancel(self, form)
        self._all = {g.id: g for g in groups}

    def choice(self) -> tuple[GroupInfo, GroupInfo] | None:
        a, b = self.source.currentData(), self.target.currentData()
        if a is None or b is None or a == b:
            return None
        return self._all[a], self._all[b]


def ask_move(
    parent: QWidget,
    env: UiEnv,
    page_key: str,
    member_ids: Sequence[int],
    source_id: int | None = None,
) -> None:
    """Read the groups, ask where from and where to, then push the move."""
    ids = list(member_ids)
    if not ids:
        return

    async def go() -> None:
        groups = await env.runner.run(env.ctx.groups.list_groups)
        if len(groups) < 2:
            env.show_message(
                QCoreApplication.translate(
                    "GroupActions", "至少要有两个群才能移动成员：先在“社群”页新建群。"
                )
            )
            return
        dialog = MoveDialog(groups, len(ids), parent, source_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if choice is None:
            env.show_message(
                QCoreApplication.translate("GroupActions", "移出和移入的是同一个群：没有移动。")
            )
            return
        move(env, page_key, ids, *choice)

    env.tasks.spawn(go())
