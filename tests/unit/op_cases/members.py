"""Operation cases of the member CRM (tags so far)."""

from __future__ import annotations

from typing import Any

from app.members.domain import MemberFilter
from app.members.tag_ops import AddTags, RemoveTags, SetMemberTags
from tests.unit.op_cases import case


def _ids(ctx: Any, n: int) -> tuple[int, ...]:
    return tuple(ctx.query.ids(MemberFilter())[:n])


@case("tags.add")
def add_tags(ctx: Any) -> Any:
    # One existing tag, one new plain tag and one new tag in a new group: undo drops both.
    existing = ctx.tags.list_tags()[0].label
    return AddTags(_ids(ctx, 12), (existing, "新标签", "新组:新组标签"))


@case("tags.remove")
def remove_tags(ctx: Any) -> Any:
    tag = max(ctx.tags.list_tags(), key=lambda t: t.count)
    return RemoveTags(_ids(ctx, 40), (tag.label,))


@case("tags.set_for_member")
def set_member_tags(ctx: Any) -> Any:
    member = next(m for m in ctx.query.ids(MemberFilter()) if ctx.members.get(m).tags)
    kept = ctx.members.get(member).tags[0].label
    return SetMemberTags(member, (kept, "全新:一个标签"))
