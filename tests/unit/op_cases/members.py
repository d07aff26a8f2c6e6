"""Operation cases of the member CRM: tags, fields, trash, timeline, segments."""

from __future__ import annotations

from typing import Any

from app.members.domain import MemberFilter
from app.members.member_ops import BulkSet, EditMember, PurgeMembers, RestoreMembers, TrashMembers
from app.members.profile_ops import AddNote, DeleteNote, SetCustom, SetSpecialties
from app.members.segment_ops import DeleteSegment, RenameSegment, SaveSegment
from app.members.tag_ops import AddTags, RemoveTags, RenameTag, SetMemberTags
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


# member fields -----------------------------------------------------------------------------------
@case("members.edit")
def edit_member(ctx: Any) -> Any:
    # A search field (reindexed), a phone (normalised, flag) and a title nobody had (declared,
    # then taken back by the undo).
    member = _ids(ctx, 1)[0]
    return EditMember(
        member, {"nickname": "改过的昵称", "phone": "+86 139 0000 1111", "role": "新头衔"}
    )


@case("members.bulk_set")
def bulk_set(ctx: Any) -> Any:
    return BulkSet(_ids(ctx, 20), "role", "批量新头衔")


@case("members.trash")
def trash(ctx: Any) -> Any:
    return TrashMembers(_ids(ctx, 10))


@case("members.restore")
def restore(ctx: Any) -> Any:
    ids = _ids(ctx, 8)
    ctx.run(TrashMembers(ids), "test")
    return RestoreMembers(ids)


@case("members.purge")
def purge(ctx: Any) -> Any:
    ids = _ids(ctx, 3)
    ctx.run(TrashMembers(ids), "test")
    return PurgeMembers(ids)


# timeline, specialties, custom fields -----------------------------------------------------------
@case("members.add_note")
def add_note(ctx: Any) -> Any:
    return AddNote(_ids(ctx, 1)[0], "回访过，想要敏感肌的精华")


@case("members.delete_note")
def delete_note(ctx: Any) -> Any:
    member = next(m for m in ctx.query.ids(MemberFilter()) if ctx.members.get(m).timeline)
    return DeleteNote(ctx.members.get(member).timeline[0].id)


@case("members.set_specialties")
def set_specialties(ctx: Any) -> Any:
    member = next(m for m in ctx.query.ids(MemberFilter()) if ctx.members.get(m).specialties)
    kept = ctx.members.get(member).specialties[0]
    return SetSpecialties(member, (kept, "全新的擅长"))


@case("members.set_custom")
def set_custom(ctx: Any) -> Any:
    return SetCustom(_ids(ctx, 1)[0], {"推荐人": "阿杏", "购买渠道": "团购群"})


# vocabulary and segments --------------------------------------------------------------------------
@case("tags.rename")
def rename_tag(ctx: Any) -> Any:
    tag = max(ctx.tags.list_tags(), key=lambda t: t.count)
    return RenameTag(tag.id, tag.name + "改")


def _segment(ctx: Any) -> int:
    done = ctx.run(SaveSegment("油皮成分党", MemberFilter(skin_types=("油性",))), "test")
    return int(done.value)


@case("segments.save")
def save_segment(ctx: Any) -> Any:
    _segment(ctx)
    return SaveSegment("付费会员", MemberFilter(tiers=("paid",)))


@case("segments.rename")
def rename_segment(ctx: Any) -> Any:
    return RenameSegment(_segment(ctx), "新名字")


@case("segments.delete")
def delete_segment(ctx: Any) -> Any:
    return DeleteSegment(_segment(ctx))
