"""SetCustom on real SQLite: replace, clean names, audit rows, undo by its inverse."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import NotFoundError, ValidationError
from app.members.member_ops import EditMember
from app.members.profile_ops import SetCustom


def _member(ctx: Any) -> int:
    member_id, _ = ctx.members.create({"nickname": "小美"})
    return member_id


def test_set_custom_replaces_fields_and_undo_puts_them_back(ctx: Any) -> None:
    member_id = _member(ctx)
    assert ctx.members.get(member_id).custom == {}
    done = ctx.run(SetCustom(member_id, {" 推荐人 ": " 桃子 ", "购买渠道": "小红书"}))
    assert done.value == {}
    assert done.changes.members == frozenset({member_id}) and not done.changes.membership
    assert ctx.members.get(member_id).custom == {"推荐人": "桃子", "购买渠道": "小红书"}

    done = ctx.run(SetCustom(member_id, {"推荐人": "阿杏"}))  # 购买渠道 removed
    assert done.value == {"推荐人": "桃子", "购买渠道": "小红书"}
    assert ctx.members.get(member_id).custom == {"推荐人": "阿杏"}

    ctx.ops.undo(done.op_id)
    assert ctx.members.get(member_id).custom == {"推荐人": "桃子", "购买渠道": "小红书"}


def test_set_custom_drops_empty_names_and_keeps_other_fields(ctx: Any) -> None:
    member_id = _member(ctx)
    ctx.run(EditMember(member_id, {"city": "杭州"}))
    ctx.run(SetCustom(member_id, {"": "无名", "  ": "x", "年龄段": 30}))
    detail = ctx.members.get(member_id)
    assert detail.custom == {"年龄段": 30}  # non-text values imported as numbers stay numbers
    assert detail.city == "杭州" and detail.nickname == "小美"
    ctx.run(SetCustom(member_id, {}))
    assert ctx.members.get(member_id).custom == {}


def test_set_custom_audits_the_fields_that_changed(ctx: Any) -> None:
    member_id = _member(ctx)
    ctx.run(SetCustom(member_id, {"推荐人": "桃子"}))
    ctx.run(SetCustom(member_id, {"推荐人": "桃子", "渠道": "抖音"}))
    rows = [
        (r.before, r.after)
        for r in ctx.audit.history("member", member_id)
        if r.action == "members.set_custom"
    ]
    assert rows == [  # newest first
        ({"custom": {}}, {"custom": {"渠道": "抖音"}}),
        ({"custom": {}}, {"custom": {"推荐人": "桃子"}}),
    ]


def test_set_custom_errors_are_clear(ctx: Any) -> None:
    member_id = _member(ctx)
    with pytest.raises(ValidationError, match="自定义字段名"):
        ctx.run(SetCustom(member_id, {"长" * 61: "x"}))
    assert ctx.members.get(member_id).custom == {}  # nothing written
    with pytest.raises(NotFoundError):
        ctx.run(SetCustom(999_999, {"a": "b"}))
