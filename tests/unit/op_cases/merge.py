"""Operation cases of merging two members and creating one (新建成员)."""

from __future__ import annotations

from typing import Any

from app.members.create_ops import CreateMember
from app.members.domain import MemberFilter
from app.members.merge_ops import MergeMembers
from app.members.profile_ops import AddNote
from app.members.tag_ops import AddTags
from tests.unit.op_cases import case


@case("members.merge")
def merge(ctx: Any) -> Any:
    # Two members with different tags, one group membership and timeline entry on the other:
    # the merge moves them all; the survivor takes the other's city by choice.
    ids = ctx.query.ids(MemberFilter())
    keep = next(m for m in ids if ctx.members.get(m).tags)
    other = next(
        m
        for m in ids
        if m != keep
        and ctx.members.get(m).memberships
        and {t.id for t in ctx.members.get(m).tags} - {t.id for t in ctx.members.get(keep).tags}
    )
    ctx.run(AddTags((other,), ("只在另一条上",)), "test")
    ctx.run(AddNote(other, "另一条的记录"), "test")
    return MergeMembers(keep, other, (("city", "other"), ("nickname", "keep")))


@case("members.create")
def create(ctx: Any) -> Any:
    # A new tag in a new group and a role nobody has yet: undo drops them with her.
    return CreateMember(
        {"nickname": "新来的小雨", "name": "李雨", "wechat": "xiaoyu_88", "role": "新角色"},
        ("新组:新标签", ctx.tags.list_tags()[0].label),
    )
