"""The reminder core on a real database with a driven clock: each kind, each once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.calendar.domain import PostValues, SlotRule
from app.calendar.post_ops import CreatePost, FillSlot
from app.calendar.slot_ops import CreateSlot, SlotValues
from app.reminders import (
    ReminderCore,
    decode_shown,
    encode_shown,
    forget_old,
    monday_report_due,
)

MONDAY = dt.datetime(2026, 11, 23, 11, 0)  # a Monday


def _member(ctx: Any, nickname: str, **values: Any) -> int:
    member_id, _ = ctx.members.create({"nickname": nickname, "joined": "2020-01-01", **values})
    return int(member_id)


def _core(ctx: Any) -> ReminderCore:
    return ReminderCore(ctx.session_factory, ctx.calendar)


def test_each_kind_comes_once_with_a_driven_clock(ctx: Any) -> None:
    _member(ctx, "小雨", birthday="1990-11-23", last_contacted="2026-11-20")
    _member(ctx, "阿花", birthday="1991-05-01")  # never contacted: a follow-up
    post = int(
        ctx.run(
            CreatePost(
                PostValues("团购接龙", "今日团购", None, MONDAY.replace(hour=12), "scheduled")
            )
        ).value
    )
    slot = int(
        ctx.run(
            CreateSlot(SlotValues("微分享", SlotRule("daily", dt.time(20), MONDAY.date())))
        ).value
    )
    draft = int(ctx.run(FillSlot(slot, MONDAY.date())).value)
    core = _core(ctx)
    shown: dict[str, dt.datetime] = {}

    def tick(now: dt.datetime) -> list[tuple[str, Any]]:
        due = core.check(now, shown)
        shown.update({r.key: now for r in due})
        return [(r.kind, r.post_id or r.count) for r in due]

    assert sorted(tick(MONDAY)) == [("birthday", 1), ("follow_up", 1), ("weekly_report", 1)]
    first = core.due(MONDAY, {})
    birthday = next(r for r in first if r.kind == "birthday")
    assert birthday.names == ("小雨",) and birthday.subject == "小雨"
    assert tick(MONDAY.replace(hour=11, minute=30)) == []  # nothing new: each comes once
    assert tick(MONDAY.replace(hour=11, minute=51)) == [("post", post)]
    assert ctx.calendar.posts.get(post).reminded_at is not None  # stamped in the database
    assert _core(ctx).due(MONDAY.replace(hour=11, minute=52), shown) == []
    assert tick(MONDAY.replace(hour=19, minute=45)) == []  # 15 minutes before: not yet
    assert tick(MONDAY.replace(hour=19, minute=50)) == [("draft", draft)]
    assert tick(MONDAY.replace(hour=19, minute=55)) == []
    tuesday = MONDAY + dt.timedelta(days=1)
    # A new day: the birthday is over, the follow-up list comes again, the report does not.
    assert tick(tuesday) == [("follow_up", 1)]


def test_a_draft_without_slot_and_a_published_slot_post_are_not_reminded(ctx: Any) -> None:
    at = MONDAY.replace(hour=12)
    ctx.run(CreatePost(PostValues("随手记", "", None, at, "draft")))
    slot = int(
        ctx.run(CreateSlot(SlotValues("午间", SlotRule("daily", dt.time(12), MONDAY.date())))).value
    )
    filled = int(ctx.run(FillSlot(slot, MONDAY.date())).value)
    due = _core(ctx).due(at - dt.timedelta(minutes=5), {})
    assert [(r.kind, r.post_id) for r in due if r.kind in ("draft", "post")] == [("draft", filled)]


def test_the_weekly_report_rule_is_pluggable() -> None:
    assert monday_report_due(MONDAY, None)
    assert not monday_report_due(MONDAY, MONDAY.replace(hour=9))  # offered this week already
    assert monday_report_due(MONDAY, MONDAY - dt.timedelta(days=7))
    assert not monday_report_due(MONDAY + dt.timedelta(days=1), None)


def test_report_rule_injected(ctx: Any) -> None:
    calls: list[tuple[dt.datetime, dt.date | None]] = []

    def rule(now: dt.datetime, last: dt.date | None) -> bool:
        calls.append((now, last))
        return last is None

    core = ReminderCore(ctx.session_factory, ctx.calendar, report_rule=rule)
    friday = MONDAY + dt.timedelta(days=4)
    assert [r.kind for r in core.due(friday, {})] == ["weekly_report"]
    earlier = {"weekly_report:2026-W47": MONDAY - dt.timedelta(days=7)}
    assert core.due(friday, earlier) == []
    assert calls[-1] == (friday, (MONDAY - dt.timedelta(days=7)).date())


def test_shown_round_trips_and_old_entries_are_forgotten() -> None:
    shown = {"post:1:2026-11-23T12:00": MONDAY, "birthday:2026-11-01": dt.datetime(2026, 11, 1)}
    assert decode_shown(encode_shown(shown)) == shown
    assert decode_shown(["garbage", "x|not a date", *encode_shown(shown)]) == shown
    assert forget_old(shown, MONDAY) == {"post:1:2026-11-23T12:00": MONDAY}
