"""Undo support in the post service: delete then restore a post under its old id; type keys."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.calendar.domain import PostValues, SlotRule
from app.errors import ValidationError


def test_deleted_post_is_restored_with_its_id_groups_and_slot(ctx: Any) -> None:
    cal = ctx.calendar
    groups = (ctx.groups.create("护肤交流1群"), ctx.groups.create("福利团购群"))
    slot_id, _ = cal.slots.save(
        "每日知识锦囊", SlotRule("daily", dt.time(8), dt.date(2026, 11, 1)), group_ids=groups
    )
    post_id, _ = cal.slots.fill(slot_id, dt.date(2026, 11, 23))
    before = cal.posts.get(post_id)
    values, changes = cal.posts.delete(post_id)
    assert "calendar" in changes.areas
    assert not [
        o for o in cal.slots.occurrences(dt.date(2026, 11, 23), dt.date(2026, 11, 24)) if o.filled
    ]
    restored_id, changes = cal.posts.restore(post_id, values)
    assert restored_id == post_id and "calendar" in changes.areas
    after = cal.posts.get(post_id)
    assert (
        after.title,
        after.body,
        after.planned_at,
        after.group_ids,
        after.slot_id,
        after.slot_date,
    ) == (
        before.title,
        before.body,
        before.planned_at,
        before.group_ids,
        slot_id,
        dt.date(2026, 11, 23),
    )
    occ = cal.slots.occurrences(dt.date(2026, 11, 23), dt.date(2026, 11, 24))
    assert [o.post_id for o in occ] == [post_id]  # the occurrence is filled again
    with pytest.raises(ValidationError, match=f"内容 #{post_id} 已经存在"):
        cal.posts.restore(post_id, values)
    new_id, _ = cal.posts.create(PostValues("另一条", "正文"))
    assert new_id > post_id  # ids handed out later do not collide with the restored one


def test_posts_carry_the_key_of_a_builtin_type_only(ctx: Any) -> None:
    posts = ctx.calendar.posts
    types = {t.name: t for t in posts.list_types()}
    assert types["团购接龙"].key == "group_buy"
    user_id, _ = posts.save_type("直播预告", "#ff00aa")
    at = dt.datetime(2026, 11, 23, 12, 0)
    buy, _ = posts.create(PostValues("团购", "正文", types["团购接龙"].id, at))
    live, _ = posts.create(PostValues("直播", "正文", user_id, at))
    bare, _ = posts.create(PostValues("无类型", "正文", None, at))
    keys = {p.id: p.type_key for p in posts.list_posts(at, at + dt.timedelta(hours=1))}
    assert keys == {buy: "group_buy", live: "", bare: ""}
    posts.save_type("团购秒杀", types["团购接龙"].color, type_id=types["团购接龙"].id)  # renamed
    assert posts.get(buy).type_key == ""
