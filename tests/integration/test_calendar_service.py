"""The calendar on a real SQLite file: post, slot and type operations, rule edits, fill, warnings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.calendar.domain import PostFilter, PostValues, SlotRule
from app.calendar.post_ops import (
    CreatePost,
    DeletePost,
    EditPost,
    FillSlot,
    ReschedulePost,
    SetPostStatus,
)
from app.calendar.setting_ops import SetReminderMinutes
from app.calendar.slot_ops import CreateSlot, DeleteSlot, SetSlotRule, SlotValues
from app.calendar.type_ops import CreatePostType, DeletePostType, TypeValues
from app.errors import ValidationError

D = dt.date


def _types(ctx: Any) -> dict[str, int]:
    return {t.name: t.id for t in ctx.calendar.posts.list_types()}


def _create(ctx: Any, values: PostValues) -> int:
    return int(ctx.run(CreatePost(values)).value)


def test_builtin_types_exist_and_user_type_with_colour(ctx: Any) -> None:
    types = _types(ctx)
    assert {"知识锦囊", "团购接龙", "微分享", "群规提醒", "活动预告", "节日"} <= set(types)
    done = ctx.run(
        CreatePostType(TypeValues("直播预告", "#ff00aa", "【直播】{date}", "今晚直播："))
    )
    info = {t.id: t for t in ctx.calendar.posts.list_types()}[done.value]
    assert (info.color, info.builtin, info.template_title) == ("#ff00aa", False, "【直播】{date}")
    assert "calendar.vocab" in done.changes.areas  # the page reloads its menus
    with pytest.raises(ValidationError, match="已经有一个叫「直播预告」"):
        ctx.run(CreatePostType(TypeValues("直播预告")))
    with pytest.raises(ValidationError, match="内置的内容类型，不能删除"):
        ctx.run(DeletePostType(types["节日"]))
    [row] = ctx.audit.history("post_type", done.value)
    assert (row.action, row.before, row.after["name"]) == ("post_types.create", None, "直播预告")


def test_post_crud_reschedule_and_status(ctx: Any) -> None:
    group = ctx.groups.create("护肤交流1群")
    posts = ctx.calendar.posts
    at = dt.datetime(2026, 11, 23, 20, 0)
    done = ctx.run(
        CreatePost(
            PostValues("今晚微分享", "主题：防晒", _types(ctx)["微分享"], at, "scheduled", (group,))
        )
    )
    post_id = done.value
    assert "calendar" in done.changes.areas and done.inverse == DeletePost(post_id)
    info = posts.get(post_id)
    assert (info.group_names, info.type_name, info.planned_at) == (("护肤交流1群",), "微分享", at)
    after = dt.datetime(2026, 11, 24, 21, 15)
    moved = ctx.run(ReschedulePost(post_id, after))
    assert moved.value == after and moved.inverse == ReschedulePost(post_id, at, None)
    marked = ctx.run(SetPostStatus(post_id, "published", dt.datetime(2026, 11, 24, 21, 16)))
    assert marked.inverse == SetPostStatus(post_id, "scheduled", None)
    assert posts.get(post_id).published_at == dt.datetime(2026, 11, 24, 21, 16)
    ctx.ops.undo(marked.op_id)
    assert posts.get(post_id).status == "scheduled" and posts.get(post_id).published_at is None
    edit = ctx.run(EditPost(post_id, {"title": "新标题", "group_ids": ()}))
    # The inverse names only the fields that changed.
    assert edit.inverse == EditPost(post_id, {"title": "今晚微分享", "group_ids": (group,)})
    ctx.ops.undo(edit.op_id)
    assert (posts.get(post_id).title, posts.get(post_id).group_ids) == ("今晚微分享", (group,))
    last = ctx.audit.history("post", post_id, limit=2)  # the undo, then the edit
    assert (last[1].action, last[1].before, last[1].after) == (
        "posts.edit",
        {"title": "今晚微分享", "group_ids": [group]},
        {"title": "新标题", "group_ids": []},
    )
    with pytest.raises(ValidationError, match="不能都为空"):
        ctx.run(EditPost(post_id, {"title": " ", "body": ""}))
    assert posts.get(post_id).title == "今晚微分享"  # a refused edit writes nothing
    ctx.run(DeletePost(post_id))
    with pytest.raises(ValidationError, match="必须有计划发布时间"):
        ctx.run(CreatePost(PostValues("x", "", None, None, "scheduled")))


def test_fill_occurrence_from_template_and_filter(ctx: Any) -> None:
    group = ctx.groups.create("福利团购群")
    slot_id = ctx.run(
        CreateSlot(
            SlotValues(
                "每日知识锦囊",
                SlotRule("daily", dt.time(8), D(2026, 11, 1)),
                _types(ctx)["知识锦囊"],
                (group,),
            )
        )
    ).value
    view = ctx.calendar.range(D(2026, 11, 20), D(2026, 11, 23))
    assert [o.filled for o in view.occurrences] == [False, False, False]
    post_id = ctx.run(FillSlot(slot_id, D(2026, 11, 21))).value
    with pytest.raises(ValidationError, match="11月21日 这一期已经有内容了"):
        ctx.run(FillSlot(slot_id, D(2026, 11, 21)))
    post = ctx.calendar.posts.get(post_id)
    assert post.title == "【知识锦囊】11月21日" and "护肤小知识" in post.body
    assert post.planned_at == dt.datetime(2026, 11, 21, 8) and post.group_ids == (group,)
    view = ctx.calendar.range(D(2026, 11, 20), D(2026, 11, 23))
    assert [o.post_id for o in view.occurrences] == [None, post_id, None]
    other = ctx.groups.create("别的群")
    assert (
        ctx.calendar.range(D(2026, 11, 20), D(2026, 11, 23), PostFilter(group_ids=(other,))).posts
        == ()
    )
    ctx.run(SetPostStatus(post_id, "cancelled"))
    view = ctx.calendar.range(D(2026, 11, 21), D(2026, 11, 22))
    assert not view.occurrences[0].filled  # a cancelled post leaves the slot empty


def test_editing_a_rule_keeps_planned_posts(ctx: Any) -> None:
    talk = _types(ctx)["微分享"]
    rule = SlotRule("weekly", dt.time(20), D(2026, 11, 1), weekdays=(0, 2, 4, 6))
    slot_id = ctx.run(CreateSlot(SlotValues("微分享", rule, talk))).value
    monday, wednesday = D(2026, 11, 23), D(2026, 11, 25)
    ids = [ctx.run(FillSlot(slot_id, day)).value for day in (monday, wednesday)]
    done = ctx.run(
        SetSlotRule(slot_id, SlotRule("weekly", dt.time(19, 30), D(2026, 11, 1), weekdays=(1, 3)))
    )
    assert done.inverse == SetSlotRule(slot_id, rule)
    for post_id, day in zip(ids, (monday, wednesday), strict=True):
        post = ctx.calendar.posts.get(post_id)
        assert post.planned_at == dt.datetime.combine(day, dt.time(20))  # untouched
        assert post.slot_id == slot_id
    view = ctx.calendar.range(D(2026, 11, 23), D(2026, 11, 30))
    assert {p.id for p in view.posts} == set(ids)
    assert [(o.day, o.at.time()) for o in view.occurrences] == [
        (D(2026, 11, 24), dt.time(19, 30)),
        (D(2026, 11, 26), dt.time(19, 30)),
    ]
    deleted = ctx.run(DeleteSlot(slot_id))
    assert ctx.calendar.posts.get(ids[0]).slot_id is None  # the post survives its slot
    ctx.ops.undo(deleted.op_id)
    assert {ctx.calendar.posts.get(i).slot_id for i in ids} == {slot_id}  # linked again


def test_warnings_from_database(ctx: Any) -> None:
    group = ctx.groups.create("护肤交流1群")
    now = dt.datetime(2026, 11, 21, 9, 30)
    late = _create(
        ctx, PostValues("昨天的锦囊", "x", None, dt.datetime(2026, 11, 20, 8), "scheduled")
    )
    a = _create(
        ctx, PostValues("A", "x", None, dt.datetime(2026, 11, 22, 20, 0), "scheduled", (group,))
    )
    b = _create(
        ctx, PostValues("B", "x", None, dt.datetime(2026, 11, 22, 20, 45), "draft", (group,))
    )
    ctx.run(CreateSlot(SlotValues("每日知识锦囊", SlotRule("daily", dt.time(8), D(2026, 11, 1)))))
    warnings = ctx.calendar.warnings(now)
    kinds = {w.kind for w in warnings}
    assert kinds == {"late", "clash", "empty_slot"}
    assert [w.post_ids for w in warnings if w.kind == "late"] == [(late,)]
    assert [w.post_ids for w in warnings if w.kind == "clash"] == [(a, b)]
    assert len([w for w in warnings if w.kind == "empty_slot"]) == 7


def test_reminders_with_driven_clock_on_database(ctx: Any) -> None:
    posts = ctx.calendar.posts
    post_id = _create(
        ctx, PostValues("微分享", "今晚 8 点", None, dt.datetime(2026, 11, 21, 20), "scheduled")
    )
    clock = {"now": dt.datetime(2026, 11, 21, 19, 0)}
    reminder = ctx.calendar.reminder_clock(15, lambda: clock["now"])
    assert reminder.tick() == []
    clock["now"] = dt.datetime(2026, 11, 21, 19, 46)
    assert [p.id for p in reminder.tick()] == [post_id]
    posts.mark_reminded([post_id], clock["now"])
    fresh = ctx.calendar.reminder_clock(15, lambda: clock["now"])
    assert fresh.tick() == []  # remembered in the database across runs
    # Moving the post clears the stamp (a new time, a new reminder); undoing the move puts the
    # stamp back, so the same reminder does not come twice.
    moved = ctx.run(ReschedulePost(post_id, dt.datetime(2026, 11, 21, 20, 0)))
    assert posts.get(post_id).reminded_at is None
    ctx.ops.undo(moved.op_id)
    assert posts.get(post_id).reminded_at == clock["now"].replace(microsecond=0)


def test_demo_fills_the_calendar(demo_ctx: Any) -> None:
    today = dt.date.today()
    slots = {s.name: s for s in demo_ctx.calendar.slots.list_slots()}
    assert slots["每日知识锦囊"].rule.at_time == dt.time(8)
    assert slots["微分享"].rule.weekdays == (0, 2, 4, 6) and slots[
        "微分享"
    ].rule.at_time == dt.time(20)
    view = demo_ctx.calendar.range(today - dt.timedelta(days=14), today + dt.timedelta(days=14))
    kinds = {p.type_name for p in view.posts}
    assert {"知识锦囊", "团购接龙", "微分享", "群规提醒"} <= kinds
    assert any(p.status == "published" and p.result for p in view.posts)
    now = dt.datetime.combine(today, dt.time(9, 30))
    assert sum(p.is_late(now) for p in view.posts) >= 2
    assert any(not o.filled for o in view.occurrences)
    campaign = [
        p
        for p in demo_ctx.calendar.agenda(D(today.year, 11, 1), D(today.year + 1, 12, 1))
        if "双11" in p.title
    ]
    assert len(campaign) >= 5


def test_reminder_minutes_setting_is_stored(ctx: Any) -> None:
    assert ctx.calendar.reminder_minutes() == 10
    done = ctx.run(SetReminderMinutes(25))
    assert ctx.calendar.reminder_minutes() == 25
    with pytest.raises(ValidationError, match="1 到 1440"):
        ctx.run(SetReminderMinutes(0))
    ctx.ops.undo(done.op_id)
    assert ctx.calendar.reminder_minutes() == 10
