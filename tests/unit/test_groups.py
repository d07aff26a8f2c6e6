"""Groups: capacity (90 % warning, refusal at the cap, nothing written), rejoin history, rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.errors import NotFoundError, ValidationError
from app.members.group_ops import ArchiveGroup, CreateGroup, DeleteGroup, EditGroup
from app.members.membership_ops import EditMembership, JoinGroup, LeaveGroup, MoveToGroup
from db.models_audit import AuditRow, OperationRecord


def _members(ctx: Any, n: int) -> tuple[int, ...]:
    return tuple(ctx.members.create({"nickname": f"成员{i}"}, ())[0] for i in range(n))


def _count(ctx: Any, gid: int) -> int:
    return {g.id: g for g in ctx.groups.list_groups()}[gid].member_count


def _records(ctx: Any) -> int:
    with ctx.session_factory() as s:
        return s.query(OperationRecord).count() + s.query(AuditRow).count()


def test_capacity_warns_at_90_percent_and_refuses_past_the_cap(ctx: Any) -> None:
    ids = _members(ctx, 12)
    gid = ctx.run(CreateGroup("小群", capacity=10)).value
    done = ctx.run(JoinGroup(gid, ids[:8]))
    assert done.value.warning is None and _count(ctx, gid) == 8
    done = ctx.run(JoinGroup(gid, ids[8:9]))
    assert done.value.warning == "「小群」已有 9/10 人（90%），快满了。"
    before = _records(ctx)
    with pytest.raises(ValidationError) as err:
        ctx.run(JoinGroup(gid, ids[9:12]))
    assert str(err.value) == "「小群」最多 10 人，现在 9 人，再加 3 人会超出 2 人：没有做任何修改。"
    assert _count(ctx, gid) == 9 and _records(ctx) == before
    # Members already in the group do not count against it: exactly full is allowed.
    done = ctx.run(JoinGroup(gid, ids[:10]))
    assert _count(ctx, gid) == 10 and done.value.member_ids == (ids[9],)
    with pytest.raises(ValidationError, match="容量不能改成 5"):
        ctx.run(EditGroup(gid, {"capacity": 5}))


def test_wechat_group_caps_at_500_and_move_checks_the_target(ctx: Any) -> None:
    gid = ctx.run(CreateGroup("微信群")).value
    qq = ctx.run(CreateGroup("QQ群", platform="qq", capacity=3)).value
    assert {g.id: g for g in ctx.groups.list_groups()}[gid].capacity == 500
    ids = _members(ctx, 5)
    ctx.run(JoinGroup(gid, ids))
    with pytest.raises(ValidationError, match="「QQ群」最多 3 人，现在 0 人，再加 5 人会超出 2 人"):
        ctx.run(MoveToGroup(gid, qq, ids))
    assert _count(ctx, gid) == 5 and _count(ctx, qq) == 0
    done = ctx.run(MoveToGroup(gid, qq, ids[:3]))
    assert done.value.warning is not None and _count(ctx, gid) == 2 and _count(ctx, qq) == 3
    ctx.ops.undo(done.op_id)
    assert _count(ctx, gid) == 5 and _count(ctx, qq) == 0


def test_leave_and_rejoin_keeps_history(ctx: Any) -> None:
    (a,) = _members(ctx, 1)
    gid = ctx.run(CreateGroup("护肤1群")).value
    ctx.run(JoinGroup(gid, (a,), joined=dt.date(2025, 1, 5), role_in_group="管理员"))
    ctx.run(LeaveGroup(gid, (a,), left=dt.date(2025, 6, 1)))
    assert ctx.groups.members_of(gid, current=True) == []
    rejoin = ctx.run(JoinGroup(gid, (a,), joined=dt.date(2025, 9, 1)))
    stays = ctx.groups.members_of(gid)
    assert [(r.joined, r.left, r.role_in_group) for r in stays] == [
        (dt.date(2025, 9, 1), None, ""),
        (dt.date(2025, 1, 5), dt.date(2025, 6, 1), "管理员"),
    ]
    assert [r.left for r in ctx.groups.members_of(gid, current=False)] == [dt.date(2025, 6, 1)]
    assert len(ctx.members.get(a).memberships) == 2
    ctx.ops.undo(rejoin.op_id)
    assert [r.joined for r in ctx.groups.members_of(gid)] == [dt.date(2025, 1, 5)]
    history = ctx.audit.history("member", a, None, 100)
    assert {h.action for h in history} >= {"groups.join", "groups.leave"}


def test_refusals_name_the_problem_and_write_nothing(ctx: Any) -> None:
    (a,) = _members(ctx, 1)
    gid = ctx.run(CreateGroup("群A")).value
    ctx.run(JoinGroup(gid, (a,)))
    before = _records(ctx)
    with pytest.raises(ValidationError, match="已经有一个叫「群A」的群了"):
        ctx.run(CreateGroup(" 群A "))
    with pytest.raises(ValidationError, match="里还有 1 位成员"):
        ctx.run(DeleteGroup(gid))
    with pytest.raises(ValidationError, match="未知的群内角色「老大」"):
        ctx.run(JoinGroup(gid, (a,), role_in_group="老大"))
    with pytest.raises(NotFoundError, match="没有编号为 999 的成员"):
        ctx.run(JoinGroup(gid, (999,)))
    stay = ctx.groups.members_of(gid)[0].membership_id
    with pytest.raises(ValidationError, match="早于入群日期"):
        ctx.run(
            EditMembership((stay,), {"joined": dt.date(2025, 5, 1), "left": dt.date(2025, 1, 1)})
        )
    assert _records(ctx) == before
    ctx.run(ArchiveGroup(gid))
    with pytest.raises(ValidationError, match="已归档"):
        ctx.run(JoinGroup(gid, _members(ctx, 1)))
    assert [g.archived for g in ctx.groups.list_groups()] == [True]
    assert ctx.groups.list_groups(include_archived=False) == []


def test_subgroup_takes_parent_platform_and_small_capacity(ctx: Any) -> None:
    (leader,) = _members(ctx, 1)
    parent = ctx.run(CreateGroup("QQ 大群", platform="qq")).value
    sub = ctx.run(CreateGroup("打卡小组1", parent_id=parent, leader_id=leader)).value
    info = {g.id: g for g in ctx.groups.list_groups()}[sub]
    assert (info.platform, info.capacity, info.parent_id, info.leader_id) == (
        "qq",
        15,
        parent,
        leader,
    )
    with pytest.raises(ValidationError, match="下面还有 1 个小组"):
        ctx.run(DeleteGroup(parent))
    with pytest.raises(ValidationError, match="小组下面不能再分小组"):
        ctx.run(CreateGroup("孙组", parent_id=sub))
