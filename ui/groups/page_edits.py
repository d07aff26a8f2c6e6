"""The Groups page's edits: each asks what it needs, then puts one operation on the page's undo
stack. Strings use the "GroupsPage" translation context (the page's own words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMenu

from app.members.domain import ROLES_IN_GROUP
from app.members.group_ops import ArchiveGroup, CreateGroup, DeleteGroup, EditGroup, UnarchiveGroup
from app.members.membership_ops import EditMembership, LeaveGroup
from app.ops import Done, Operation
from ui.groups.group_dialog import GroupDialog
from ui.operations import UndoText
from ui.wording import role_label, role_text


def push(page: Any, op: Operation, text: UndoText, select_new: bool = False) -> None:
    def on_done(done: Done[Any]) -> None:
        warning = getattr(done.value, "warning", None) or (
            done.value if isinstance(done.value, str) else None
        )
        if warning:
            page.env.show_message(warning)
        if select_new and isinstance(done.value, int):
            page._selected_id = done.value

    page.env.ops.push(page.stack, op, text, on_done)


def create_group(page: Any, values: dict[str, Any], parent_id: int | None = None) -> None:
    op = CreateGroup(
        values["name"],
        values.get("platform", "wechat"),
        values.get("capacity"),
        parent_id,
        values.get("leader_id"),
        values.get("note", ""),
    )
    text = (
        UndoText.translate("GroupsPage", "新建小组「{name}」")
        if parent_id
        else UndoText.translate("GroupsPage", "新建群「{name}」")
    )
    push(page, op, text.fill(name=values["name"]), select_new=True)


def create(page: Any, sub: bool) -> None:
    parent = page.selected_group() if sub else None
    if sub and (parent is None or parent.parent_id is not None):
        return

    async def go() -> None:
        leaders = (
            await page.env.runner.run(page.ctx.groups.members_of, parent.id, True) if parent else []
        )
        dialog = GroupDialog(page, parent_group=parent, leaders=leaders)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            create_group(page, dialog.values(), parent.id if parent else None)

    page.env.tasks.spawn(go())


def edit(page: Any) -> None:
    group = page.selected_group()
    if group is None:
        return

    async def go() -> None:
        leaders = []
        if group.parent_id is not None:
            leaders = await page.env.runner.run(page.ctx.groups.members_of, group.parent_id, True)
        dialog = GroupDialog(page, group=group, leaders=leaders)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.values():
            push(
                page,
                EditGroup(group.id, dialog.values()),
                UndoText.translate("GroupsPage", "修改群「{name}」").fill(name=group.name),
            )

    page.env.tasks.spawn(go())


def toggle_archive(page: Any) -> None:
    group = page.selected_group()
    if group is None:
        return
    if group.archived:
        push(
            page,
            UnarchiveGroup(group.id),
            UndoText.translate("GroupsPage", "取消归档「{name}」").fill(name=group.name),
        )
    else:
        push(
            page,
            ArchiveGroup(group.id),
            UndoText.translate("GroupsPage", "归档「{name}」").fill(name=group.name),
        )


def delete(page: Any) -> None:
    group = page.selected_group()
    if group is not None:
        page._selected_id = None
        push(
            page,
            DeleteGroup(group.id),
            UndoText.translate("GroupsPage", "删除群「{name}」").fill(name=group.name),
        )


def leave(page: Any) -> None:
    group = page.selected_group()
    rows = [r for r in page.selected_memberships() if r.left is None]
    if group is None or not rows:
        return
    push(
        page,
        LeaveGroup(group.id, tuple(r.member_id for r in rows)),
        UndoText.translate("GroupsPage", "{n} 位成员退出「{group}」").fill(
            n=len(rows), group=group.name
        ),
    )


def set_role(page: Any, role: str) -> None:
    rows = page.selected_memberships()
    if rows:
        push(
            page,
            EditMembership(tuple(r.membership_id for r in rows), {"role_in_group": role}),
            UndoText.translate("GroupsPage", "把 {n} 位成员的群内角色设为 {role}").fill(
                n=len(rows),
                role=role_text(role) if role else UndoText.translate("GroupsPage", "（空）"),
            ),
        )


def set_nickname(page: Any) -> None:
    rows = page.selected_memberships()
    if not rows:
        return
    text, ok = QInputDialog.getText(
        page,
        QCoreApplication.translate("GroupsPage", "群昵称"),
        QCoreApplication.translate("GroupsPage", "她在这个群里的昵称（群名片）："),
        QLineEdit.EchoMode.Normal,
        rows[0].group_nickname,
    )
    if ok:
        push(
            page,
            EditMembership(tuple(r.membership_id for r in rows), {"group_nickname": text.strip()}),
            UndoText.translate("GroupsPage", "修改群昵称"),
        )


def role_menu(page: Any) -> QMenu:
    menu = QMenu(page)
    for role in (*ROLES_IN_GROUP, ""):
        label = role_label(role) if role else QCoreApplication.translate("GroupsPage", "（清空）")
        menu.addAction(label).triggered.connect(lambda _=False, r=role: set_role(page, r))
    return menu
