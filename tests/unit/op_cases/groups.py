"""Operation cases of groups: the groups themselves and who is in them."""

from __future__ import annotations

from typing import Any

from app.members.domain import MemberFilter
from app.members.group_ops import ArchiveGroup, CreateGroup, DeleteGroup, EditGroup, UnarchiveGroup
from app.members.membership_ops import EditMembership, JoinGroup, LeaveGroup, MoveToGroup
from tests.unit.op_cases import case


def _group(ctx: Any, name_part: str) -> int:
    return next(g.id for g in ctx.groups.list_groups() if name_part in g.name)


def _current(ctx: Any, group_id: int, n: int) -> tuple[int, ...]:
    return tuple(r.member_id for r in ctx.groups.members_of(group_id, current=True)[:n])


@case("groups.create")
def create_group(ctx: Any) -> Any:
    vip = _group(ctx, "VIP 付费")
    leader = _current(ctx, vip, 1)[0]
    return CreateGroup("VIP 打卡小组9", parent_id=vip, leader_id=leader, note="21 天打卡")


@case("groups.edit")
def edit_group(ctx: Any) -> Any:
    return EditGroup(
        _group(ctx, "护肤交流1"), {"name": "护肤交流一群", "capacity": 450, "note": "老群"}
    )


@case("groups.archive")
def archive_group(ctx: Any) -> Any:
    return ArchiveGroup(_group(ctx, "福利团购"))


@case("groups.unarchive")
def unarchive_group(ctx: Any) -> Any:
    gid = _group(ctx, "福利团购")
    ctx.run(ArchiveGroup(gid), "test")
    return UnarchiveGroup(gid)


@case("groups.delete")
def delete_group(ctx: Any) -> Any:
    # An empty group with history: one member joined and left (the row comes back on undo).
    gid = ctx.run(CreateGroup("旧活动群", platform="qq"), "test").value
    member = ctx.query.ids(MemberFilter())[0]
    ctx.run(JoinGroup(gid, (member,), role_in_group="群主"), "test")
    ctx.run(LeaveGroup(gid, (member,)), "test")
    return DeleteGroup(gid)


@case("groups.restore")
def restore_group(ctx: Any) -> Any:
    gid = ctx.run(CreateGroup("临时群"), "test").value
    return ctx.run(DeleteGroup(gid), "test").inverse


@case("groups.join")
def join_group(ctx: Any) -> Any:
    # Some are already in the group (left as they are), the others join.
    gid = _group(ctx, "护肤交流2")
    ids = tuple(ctx.query.ids(MemberFilter())[:30])
    return JoinGroup(gid, ids, role_in_group="成员", group_nickname="")


@case("groups.leave")
def leave_group(ctx: Any) -> Any:
    gid = _group(ctx, "护肤交流1")
    return LeaveGroup(gid, _current(ctx, gid, 6))


@case("groups.move")
def move_group(ctx: Any) -> Any:
    source, target = _group(ctx, "护肤交流1"), _group(ctx, "QQ")
    return MoveToGroup(source, target, _current(ctx, source, 8))


@case("groups.edit_membership")
def edit_membership(ctx: Any) -> Any:
    gid = _group(ctx, "VIP 付费")
    rows = ctx.groups.members_of(gid, current=True)[:3]
    return EditMembership(
        tuple(r.membership_id for r in rows), {"role_in_group": "管理员", "group_nickname": "小美"}
    )


@case("groups.put_memberships")
def put_memberships(ctx: Any) -> Any:
    # The undo of a rejoin: the old stay (left) remains, the new one goes.
    gid = _group(ctx, "护肤交流2")
    member = _current(ctx, gid, 1)
    ctx.run(LeaveGroup(gid, member), "test")
    return ctx.run(JoinGroup(gid, member), "test").inverse
