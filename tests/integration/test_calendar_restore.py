"""Undo of a post's deletion: the post comes back under its old id; type keys."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.calendar.domain import PostValues, SlotRule
from app.calendar.post_ops import CreatePost, DeletePost, FillSlot, RestorePost
from app.calendar.slot_ops import CreateSlot, SlotValues
from app.calendar.type_ops import CreatePostType, EditPostType, TypeValues
from app.errors import ValidationError


def test_deleted_post_is_restored_with_its_id_groups_and_slot(ctx: Any) -> None:
    cal = ctx.calendar
    groups = (ctx.groups.create("护肤交流1群"), ctx.groups.create("福利团购群"))
    rule = SlotRule("daily", dt.time(8), dt.date(2026, 11, 1))
    slot_id = ctx.run(CreateSlot(SlotValues("每日知识锦囊", rule, group_ids=groups))).value
    post_id = ctx.run(FillSlot(slot_id, dt.date(2026, 11, 23))).value
    before = cal.posts.get(post_id)
    done = ctx.run(DeletePost(post_id))
    assert "calendar" in done.changes.areas and isinstance(done.inverse, RestorePost)
    assert not [
        o for o in cal.slots.occurrences(dt.date(2026, 11, 23), dt.date(2026, 11, 24)) if o.filled
    ]
    undone = ctx.ops.undo(done.op_id)
    assert undone.value == post_id and "calendar" in undone.changes.areas
    assert cal.posts.get(post_id) == before  # same id, groups, slot, times
    occ = cal.slots.occurrences(dt.date(2026, 11, 23), dt.date(2026, 11, 24))
    assert [o.post_id for o in occ] == [post_id]  # the occurrence is filled again
    with pytest.raises(ValidationError, match=f"内容 #{post_id} 已经存在"):
        ctx.run(done.inverse)
    new_id = ctx.run(CreatePost(PostValues("另一条", "正文"))).value
    assert new_id > post_id  # ids handed out later do not collide with the restored one


def test_posts_carry_the_key_of_a_builtin_type_only(ctx: Any) -> None:
    posts = ctx.calendar.posts
    types = {t.name: t for t in posts.list_types()}
    assert types["团购接龙"].key == "group_buy"
    user_id = ctx.run(CreatePostType(TypeValues("直播预告", "#ff00aa"))).value
    at = dt.datetime(2026, 11, 23, 12, 0)

    def create(values: PostValues) -> int:
        return int(ctx.run(CreatePost(values)).value)

    buy = create(PostValues("团购", "正文", types["团购接龙"].id, at))
    live = create(PostValues("直播", "正文", user_id, at))
    bare = create(PostValues("无类型", "正文", None, at))
    keys = {p.id: p.type_key for p in posts.list_posts(at, at + dt.timedelta(hours=1))}
    assert keys == {buy: "group_buy", live: "", bare: ""}
    renamed = TypeValues("团购秒杀", types["团购接龙"].color)
    ctx.run(EditPostType(types["团购接龙"].id, renamed))
    assert posts.get(buy).type_key == ""
