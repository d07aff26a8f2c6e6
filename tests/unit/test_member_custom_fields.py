"""MemberService.set_custom on real SQLite: replace, clean names, audit, undo by writing back."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.errors import NotFoundError, ValidationError
from db.models import AuditEntry


def _member(ctx: Any) -> int:
    member_id, _ = ctx.members.create({"nickname": "小美"})
    return member_id


def test_set_custom_replaces_fields_and_returns_previous(ctx: Any) -> None:
    member_id = _member(ctx)
    assert ctx.members.get(member_id).custom == {}
    before, changes = ctx.members.set_custom(
        member_id, {" 推荐人 ": " 桃子 ", "购买渠道": "小红书"}
    )
    assert before == {}
    assert changes.members == frozenset({member_id}) and not changes.membership
    assert ctx.members.get(member_id).custom == {"推荐人": "桃子", "购买渠道": "小红书"}

    before, _ = ctx.members.set_custom(member_id, {"推荐人": "阿杏"})  # 购买渠道 removed
    assert before == {"推荐人": "桃子", "购买渠道": "小红书"}
    assert ctx.members.get(member_id).custom == {"推荐人": "阿杏"}

    ctx.members.set_custom(member_id, before)  # what the undo command does
    assert ctx.members.get(member_id).custom == {"推荐人": "桃子", "购买渠道": "小红书"}


def test_set_custom_drops_empty_names_and_keeps_other_fields(ctx: Any) -> None:
    member_id = _member(ctx)
    ctx.members.update(member_id, {"city": "杭州"})
    ctx.members.set_custom(member_id, {"": "无名", "  ": "x", "年龄段": 30})
    detail = ctx.members.get(member_id)
    assert detail.custom == {"年龄段": 30}  # non-text values imported as numbers stay numbers
    assert detail.city == "杭州" and detail.nickname == "小美"
    ctx.members.set_custom(member_id, {})
    assert ctx.members.get(member_id).custom == {}


def test_set_custom_writes_an_audit_entry(ctx: Any) -> None:
    member_id = _member(ctx)
    ctx.members.set_custom(member_id, {"推荐人": "桃子"})
    ctx.members.set_custom(member_id, {"推荐人": "桃子", "渠道": "抖音"})
    with ctx.session_factory() as s:
        details = (
            s.execute(
                select(AuditEntry.detail)
                .where(AuditEntry.action == "member.set_custom")
                .order_by(AuditEntry.id)
            )
            .scalars()
            .all()
        )
    assert details == [
        {"id": member_id, "fields": ["推荐人"]},
        {"id": member_id, "fields": ["渠道"]},
    ]


def test_set_custom_errors_are_clear(ctx: Any) -> None:
    member_id = _member(ctx)
    with pytest.raises(ValidationError, match="自定义字段名"):
        ctx.members.set_custom(member_id, {"长" * 61: "x"})
    assert ctx.members.get(member_id).custom == {}  # nothing written
    with pytest.raises(NotFoundError):
        ctx.members.set_custom(999_999, {"a": "b"})
