"""Merging two members with the user's choices, and creating one, through the operations."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import NotFoundError, ValidationError
from app.members.create_ops import CreateMember
from app.members.domain import MemberFilter
from app.members.membership_ops import JoinGroup
from app.members.merge_ops import MergeMembers
from app.members.profile_ops import AddNote


def _make(ctx: Any, nickname: str, tags: tuple[str, ...] = (), **values: Any) -> int:
    member_id: int = ctx.run(CreateMember({"nickname": nickname, **values}, tags), "test").value
    return member_id


def _ids(ctx: Any, **filter_args: Any) -> set[int]:
    return set(ctx.query.ids(MemberFilter(**filter_args)))


def test_merge_keeps_the_chosen_values_unites_the_rest_and_undoes_exactly(ctx: Any) -> None:
    keep = _make(ctx, "小美", ("a",), wechat="wx1", city="北京", note="老客户")
    other = _make(ctx, "小美2", ("b",), phone="13800138000", city="上海", note="敏感肌")
    gid = ctx.groups.create("群")
    ctx.run(JoinGroup(gid, (other,)), "test")
    ctx.run(AddNote(other, "买过精华"), "test")
    before_keep, before_other = ctx.members.get(keep), ctx.members.get(other)

    done = ctx.run(MergeMembers(keep, other, (("city", "other"), ("nickname", "keep"))), "test")
    merged = ctx.members.get(keep)
    assert merged.city == "上海"  # chosen: the other's value survives
    assert merged.nickname == "小美"
    assert merged.phone == "13800138000" and merged.wechat == "wx1"  # empty field filled
    assert {t.name for t in merged.tags} == {"a", "b"}
    assert "敏感肌" in merged.note and "老客户" in merged.note
    assert any(i.text == "买过精华" for i in merged.timeline)
    assert [m.group_name for m in merged.memberships] == ["群"]
    assert _ids(ctx) == {keep}
    gone = ctx.members.get(other)
    assert gone.deleted_at is not None

    ctx.ops.undo(done.op_id, "test")
    back, other_back = ctx.members.get(keep), ctx.members.get(other)
    assert back.field_values() == before_keep.field_values()
    assert {t.name for t in back.tags} == {"a"}
    assert other_back.field_values() == before_other.field_values()
    assert [i.text for i in other_back.timeline] == ["买过精华"]
    assert [m.group_name for m in other_back.memberships] == ["群"]
    assert _ids(ctx) == {keep, other}


def test_merge_writes_audit_rows_for_both_members(ctx: Any) -> None:
    keep = _make(ctx, "阿青", city="杭州")
    other = _make(ctx, "阿青小号", city="苏州", wechat="qing")
    ctx.run(MergeMembers(keep, other, (("city", "other"),)), "test")
    with ctx.session_factory() as s:
        from sqlalchemy import select

        from db.models_audit import AuditRow

        rows = {
            r.entity_id: r
            for r in s.execute(select(AuditRow).where(AuditRow.action == "members.merge")).scalars()
        }
    assert rows[keep].before["city"] == "杭州" and rows[keep].after["city"] == "苏州"
    assert rows[keep].after["wechat"] == "qing"
    assert rows[other].after["merged_into"] == keep


def test_merge_refuses_bad_input_and_writes_nothing(ctx: Any) -> None:
    a, b = _make(ctx, "甲"), _make(ctx, "乙")
    with pytest.raises(ValidationError):
        ctx.run(MergeMembers(a, a), "test")
    with pytest.raises(ValidationError, match="城市"):
        ctx.run(MergeMembers(a, b, (("city", "both"),)), "test")
    with pytest.raises(ValidationError):
        ctx.run(MergeMembers(a, b, (("search_text", "other"),)), "test")
    with pytest.raises(NotFoundError):
        ctx.run(MergeMembers(a, 9999), "test")
    assert _ids(ctx) == {a, b}


def test_create_then_undo_removes_her_and_what_she_made_redo_brings_her_back(ctx: Any) -> None:
    done = ctx.run(
        CreateMember({"nickname": "小雨", "skin_type": "大油皮", "role": "团长"}, ("新组:新标签",)),
        "test",
    )
    member_id = done.value
    detail = ctx.members.get(member_id)
    assert detail.skin_type == "油性" and [t.label for t in detail.tags] == ["新组:新标签"]
    undone = ctx.ops.undo(done.op_id, "test")
    with pytest.raises(NotFoundError):
        ctx.members.get(member_id)
    assert ctx.tags.list_tags() == [] and "团长" not in ctx.vocab.roles()
    ctx.ops.undo(undone.op_id, "test")
    again = ctx.members.get(member_id)
    assert again.nickname == "小雨" and [t.label for t in again.tags] == ["新组:新标签"]


def test_create_needs_a_nickname_or_a_name(ctx: Any) -> None:
    with pytest.raises(ValidationError, match="昵称或姓名"):
        ctx.run(CreateMember({"nickname": " ", "name": "", "wechat": "wx"}), "test")
    assert _ids(ctx) == set()
    name_only = _make(ctx, "", name="王芳")
    assert ctx.members.get(name_only).name == "王芳"
