"""The calendar on PostgreSQL through the same SQLAlchemy URL (skipped without SHEQUN_TEST_PG)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.postgres


def test_calendar_demo_services_and_export_on_postgres(pg_ctx: Any, tmp_path: Path) -> None:
    from app.calendar.domain import PostValues, SlotRule
    from app.calendar.exports import export_calendar
    from app.calendar.post_ops import CreatePost, DeletePost, FillSlot, ReschedulePost
    from app.calendar.slot_ops import CreateSlot, SlotValues
    from app.calendar.type_ops import CreatePostType, TypeValues
    from app.demo import fill

    today = dt.date(2026, 11, 21)
    fill(pg_ctx.session_factory, members=30, seed=5, today=today)
    cal = pg_ctx.calendar
    view = cal.range(today - dt.timedelta(days=7), today + dt.timedelta(days=7))
    assert view.posts and any(not o.filled for o in view.occurrences)
    # Ids after the migration's and the demo's inserts come from the sequences.
    type_id = pg_ctx.run(CreatePostType(TypeValues("直播预告", "#ff00aa"))).value
    group = pg_ctx.groups.list_groups()[0].id
    post_id = pg_ctx.run(
        CreatePost(
            PostValues(
                "直播", "今晚", type_id, dt.datetime(2026, 11, 22, 20), "scheduled", (group,)
            )
        )
    ).value
    rule = SlotRule("weekly", dt.time(20), today, weekdays=(5,))
    slot_id = pg_ctx.run(CreateSlot(SlotValues("每周直播", rule, type_id, (group,)))).value
    filled = pg_ctx.run(FillSlot(slot_id, dt.date(2026, 11, 28))).value
    assert cal.posts.get(filled).planned_at == dt.datetime(2026, 11, 28, 20)
    assert any(w.kind == "late" for w in cal.warnings(dt.datetime.combine(today, dt.time(9, 30))))
    moved = pg_ctx.run(ReschedulePost(post_id, dt.datetime(2026, 11, 23, 21)))
    assert moved.value == dt.datetime(2026, 11, 23, 21)
    result = export_calendar(cal, tmp_path / "pg.ics", today, today + dt.timedelta(days=14))
    assert result.items > 10
    # Undo of a fill/create: delete, then restore under the old id (explicit id vs. the sequence).
    deleted = pg_ctx.run(DeletePost(filled))
    assert pg_ctx.ops.undo(deleted.op_id).value == filled
    assert cal.posts.get(filled).group_ids == (group,)
    assert pg_ctx.run(CreatePost(PostValues("之后", "正文"))).value > filled
    assert {p.type_key for p in view.posts} >= {"tip", "group_buy"}  # boolean join on PostgreSQL
