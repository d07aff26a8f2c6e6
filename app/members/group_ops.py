"""Operations on groups themselves: create, edit, archive, delete (and their exact inverses).

Membership changes (join, leave, move, nickname and role in a group) are in `membership_ops`.
A group is deleted only when nobody is in it now and it has no subgroups; its past memberships
and the calendar's links to it go with it and come back, row for row, when it is undone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select

from app.errors import ValidationError
from app.members.groups import (
    check_capacity,
    check_members,
    check_name,
    check_platform,
    current_count,
    fill_warning,
    get_group,
    new_group,
)
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models import Group, GroupMembership
from db.models_calendar import PostGroup, SlotGroup

EDITABLE = ("name", "platform", "capacity", "note", "leader_id")
AREAS = frozenset({"groups"})


def _row(group: Group) -> dict[str, Any]:
    return {f: getattr(group, f) for f in EDITABLE}


def _touch(uow: UnitOfWork) -> None:
    # Group names appear in the Members page's filters, menus and rows: refresh them all.
    uow.touch(membership=True, vocab=True, areas=AREAS)


@dataclass(frozen=True)
class CreateGroup(Operation):
    """A new group (or, with `parent_id`, a subgroup of ~15 with a leader)."""

    kind = "groups.create"
    name: str
    platform: str = "wechat"
    capacity: int | None = None
    parent_id: int | None = None
    leader_id: int | None = None
    note: str = ""

    def label(self) -> str:
        return f"新建{'小组' if self.parent_id else '群'}「{clean(self.name)}」"

    def apply(self, uow: UnitOfWork) -> int:
        group = new_group(
            uow.s,
            self.name,
            self.platform,
            self.capacity,
            self.parent_id,
            self.leader_id,
            self.note,
        )
        uow.audit("group", group.id, self.kind, None, _row(group))
        _touch(uow)
        uow.undo_with(DeleteGroup(group.id))
        return group.id


@dataclass(frozen=True)
class EditGroup(Operation):
    """Change a group's name, platform, capacity, note or leader (only the keys given)."""

    kind = "groups.edit"
    group_id: int
    values: dict[str, Any]

    def label(self) -> str:
        if set(self.values) == {"name"}:
            return f"把群改名为「{clean(str(self.values['name']))}」"
        return "修改群资料"

    def apply(self, uow: UnitOfWork) -> str | None:
        s = uow.s
        group = get_group(s, self.group_id)
        unknown = set(self.values) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"群没有「{'、'.join(sorted(unknown))}」这一项。")
        before = {k: getattr(group, k) for k in self.values}
        values = dict(self.values)
        if "name" in values:
            values["name"] = check_name(s, str(values["name"]), group.id)
        if "platform" in values:
            check_platform(str(values["platform"]))
        if "note" in values:
            values["note"] = clean(str(values["note"] or ""))
        if values.get("leader_id") is not None:
            check_members(s, [int(values["leader_id"])])
        name = values.get("name", group.name)
        count = current_count(s, group.id)
        if "capacity" in values:
            capacity = check_capacity(int(values["capacity"]), name)
            if capacity < count:
                raise ValidationError(
                    f"「{name}」现在有 {count} 人，容量不能改成 {capacity}：没有做任何修改。"
                )
        for key, value in values.items():
            setattr(group, key, value)
        s.flush()
        uow.audit("group", group.id, self.kind, before, {k: values[k] for k in before})
        _touch(uow)
        uow.undo_with(EditGroup(group.id, before))
        return fill_warning(group.name, count, group.capacity)


@dataclass(frozen=True)
class ArchiveGroup(Operation):
    """Archive a group: it keeps members and history, and leaves the everyday lists."""

    kind = "groups.archive"
    group_id: int
    # The moment recorded (the redo of an undone archive gives back the same one).
    at: dt.datetime | None = None

    def label(self) -> str:
        return "归档群"

    def apply(self, uow: UnitOfWork) -> None:
        group = get_group(uow.s, self.group_id)
        if group.archived_at is not None:
            raise ValidationError(f"「{group.name}」已经归档了。")
        group.archived_at = self.at or dt.datetime.now().replace(microsecond=0)
        uow.audit("group", group.id, self.kind, {"archived": None}, {"archived": group.archived_at})
        _touch(uow)
        uow.undo_with(UnarchiveGroup(group.id))


@dataclass(frozen=True)
class UnarchiveGroup(Operation):
    """Bring an archived group back into the everyday lists."""

    kind = "groups.unarchive"
    group_id: int

    def label(self) -> str:
        return "取消归档群"

    def apply(self, uow: UnitOfWork) -> None:
        group = get_group(uow.s, self.group_id)
        if group.archived_at is None:
            raise ValidationError(f"「{group.name}」没有归档。")
        at = group.archived_at
        group.archived_at = None
        uow.audit("group", group.id, self.kind, {"archived": at}, {"archived": None})
        _touch(uow)
        uow.undo_with(ArchiveGroup(group.id, at))


@dataclass(frozen=True)
class DeleteGroup(Operation):
    """Delete a group nobody is in now (its history rows are kept in the undo step)."""

    kind = "groups.delete"
    group_id: int

    def label(self) -> str:
        return "删除群"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        group = get_group(s, self.group_id)
        count = current_count(s, group.id)
        if count:
            raise ValidationError(
                f"「{group.name}」里还有 {count} 位成员：先让他们退群或移到别的群，再删除。"
            )
        subgroups = s.execute(select(func.count()).where(Group.parent_id == group.id)).scalar_one()
        if subgroups:
            raise ValidationError(f"「{group.name}」下面还有 {subgroups} 个小组：先删除小组。")
        rows = snapshot(s, Group, Group.id == group.id)
        memberships = snapshot(s, GroupMembership, GroupMembership.group_id == group.id)
        posts = snapshot(s, PostGroup, PostGroup.group_id == group.id)
        slots = snapshot(s, SlotGroup, SlotGroup.group_id == group.id)
        for table in (GroupMembership, PostGroup, SlotGroup):
            s.execute(delete(table).where(table.group_id == group.id))
        s.execute(delete(Group).where(Group.id == group.id))
        uow.audit("group", group.id, self.kind, rows[0], None)
        _touch(uow)
        uow.touch(
            {m["member_id"] for m in memberships}, areas={"calendar"} if posts or slots else ()
        )
        uow.undo_with(RestoreGroup(rows, memberships, posts, slots))


@dataclass(frozen=True)
class RestoreGroup(Operation):
    """Bring a deleted group back exactly (same id, history and calendar links)."""

    kind = "groups.restore"
    rows: tuple[dict[str, Any], ...]
    memberships: tuple[dict[str, Any], ...] = ()
    posts: tuple[dict[str, Any], ...] = ()
    slots: tuple[dict[str, Any], ...] = ()

    def label(self) -> str:
        return f"恢复群「{self.rows[0]['name']}」" if self.rows else "恢复群"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        for row in self.rows:
            check_name(s, row["name"])
        reinsert(s, Group, self.rows)
        reinsert(s, GroupMembership, self.memberships)
        reinsert(s, PostGroup, self.posts)
        reinsert(s, SlotGroup, self.slots)
        for row in self.rows:
            uow.audit("group", row["id"], self.kind, None, row)
        _touch(uow)
        uow.touch(
            {m["member_id"] for m in self.memberships},
            areas={"calendar"} if self.posts or self.slots else (),
        )
        uow.undo_with(DeleteGroup(self.rows[0]["id"]))
