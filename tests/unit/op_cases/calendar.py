"""Operation cases of the content calendar: posts, slots, post types, the reminder setting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from app.calendar.domain import PostInfo, PostValues, SlotRule
from app.calendar.post_ops import (
    CreatePost,
    DeletePost,
    EditPost,
    FillSlot,
    ReschedulePost,
    SetPostStatus,
)
from app.calendar.setting_ops import SetReminderMinutes
from app.calendar.slot_ops import CreateSlot, DeleteSlot, EditSlot, SetSlotRule, SlotValues
from app.calendar.type_ops import (
    CreatePostType,
    DeletePostType,
    EditPostType,
    TypeValues,
)
from tests.unit.op_cases import case

SOON = dt.timedelta(days=14)


def _posts(ctx: Any) -> list[PostInfo]:
    today = dt.date.today()
    return list(ctx.calendar.range(today - SOON, today + SOON).posts)


def _grouped_post(ctx: Any, reminded: bool = False) -> PostInfo:
    """A post with groups and a slot; `reminded`: stamped by the reminder clock first."""
    post = next(p for p in _posts(ctx) if p.group_ids and p.slot_id is not None)
    if reminded:
        ctx.calendar.posts.mark_reminded([post.id], dt.datetime(2026, 1, 1, 7, 50))
    return post


def _types(ctx: Any) -> dict[str, int]:
    return {t.name: t.id for t in ctx.calendar.posts.list_types()}


def _slots(ctx: Any) -> dict[str, Any]:
    return {s.name: s for s in ctx.calendar.slots.list_slots()}


@case("posts.create")
def create_post(ctx: Any) -> Any:
    groups = tuple(g.id for g in ctx.groups.list_groups()[:2])
    at = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(20))
    values = PostValues(
        " 今晚微分享 ", "主题：防晒", _types(ctx)["微分享"], at, "scheduled", groups
    )
    return CreatePost(values)


@case("posts.fill_slot")
def fill_slot(ctx: Any) -> Any:
    today = dt.date.today()
    empty = next(o for o in ctx.calendar.range(today, today + SOON).occurrences if not o.filled)
    return FillSlot(empty.slot_id, empty.day)


@case("posts.edit")
def edit_post(ctx: Any) -> Any:
    # Title, groups and time at once; the new time also clears the reminder stamp.
    post = _grouped_post(ctx, reminded=True)
    assert post.planned_at is not None
    return EditPost(
        post.id,
        {
            "title": "改过的标题",
            "group_ids": post.group_ids[:1] + (ctx.groups.list_groups()[-1].id,),
            "planned_at": post.planned_at + dt.timedelta(hours=2),
        },
    )


@case("posts.reschedule")
def reschedule_post(ctx: Any) -> Any:
    post = _grouped_post(ctx, reminded=True)
    assert post.planned_at is not None
    return ReschedulePost(post.id, post.planned_at + dt.timedelta(days=1, minutes=30))


@case("posts.set_status")
def set_status(ctx: Any) -> Any:
    post = next(p for p in _posts(ctx) if p.status == "scheduled")
    return SetPostStatus(post.id, "published", dt.datetime(2026, 11, 21, 8, 3))


@case("posts.delete")
def delete_post(ctx: Any) -> Any:
    return DeletePost(_grouped_post(ctx, reminded=True).id)


@case("posts.restore")
def restore_post(ctx: Any) -> Any:
    return ctx.run(DeletePost(_grouped_post(ctx).id), "test").inverse


def _slot_values(ctx: Any) -> SlotValues:
    groups = tuple(g.id for g in ctx.groups.list_groups()[:2])
    rule = SlotRule("weekly", dt.time(19, 30), dt.date.today(), weekdays=(1, 3))
    return SlotValues("每周直播", rule, _types(ctx)["微分享"], groups, "【直播】{date}", "今晚：")


@case("slots.create")
def create_slot(ctx: Any) -> Any:
    return CreateSlot(_slot_values(ctx))


@case("slots.edit")
def edit_slot(ctx: Any) -> Any:
    slot = _slots(ctx)["微分享"]
    values = _slot_values(ctx)
    return EditSlot(slot.id, replace(values, name="晚间微分享", active=False))


@case("slots.set_rule")
def set_slot_rule(ctx: Any) -> Any:
    slot = _slots(ctx)["每日知识锦囊"]
    return SetSlotRule(slot.id, SlotRule("interval", dt.time(7, 45), slot.rule.start, interval=2))


@case("slots.delete")
def delete_slot(ctx: Any) -> Any:
    # A slot with groups and planned posts: the posts stay, unlinked, and are linked again.
    slot_id = _grouped_post(ctx).slot_id
    return DeleteSlot(slot_id)


@case("slots.restore")
def restore_slot(ctx: Any) -> Any:
    return ctx.run(DeleteSlot(_grouped_post(ctx).slot_id), "test").inverse


def _user_type_in_use(ctx: Any) -> int:
    """A user-defined type given to a post and a slot (through operations)."""
    type_id = ctx.run(CreatePostType(TypeValues("直播预告", "#ff00aa")), "test").value
    post = _grouped_post(ctx)
    ctx.run(EditPost(post.id, {"type_id": type_id}), "test")
    slot = _slots(ctx)["微分享"]
    ctx.run(EditSlot(slot.id, replace(_slot_values(ctx), name=slot.name, type_id=type_id)), "test")
    return int(type_id)


@case("post_types.create")
def create_type(ctx: Any) -> Any:
    return CreatePostType(TypeValues("直播预告", "#ff00aa", "【直播】{date}", "今晚直播："))


@case("post_types.edit")
def edit_type(ctx: Any) -> Any:
    # A built-in type may be renamed and recoloured.
    return EditPostType(_types(ctx)["团购接龙"], TypeValues("团购秒杀", "#123456", "【秒杀】", ""))


@case("post_types.delete")
def delete_type(ctx: Any) -> Any:
    return DeletePostType(_user_type_in_use(ctx))


@case("post_types.restore")
def restore_type(ctx: Any) -> Any:
    return ctx.run(DeletePostType(_user_type_in_use(ctx)), "test").inverse


@case("calendar.set_reminder_minutes")
def set_reminder_minutes(ctx: Any) -> Any:
    # No row yet (the default): the inverse removes the row again.
    return SetReminderMinutes(25)
