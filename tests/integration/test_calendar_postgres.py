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
    from app.demo import fill

    today = dt.date(2026, 11, 21)
    fill(pg_ctx.session_factory, members=30, seed=5, today=today)
    cal = pg_ctx.calendar
    view = cal.range(today - dt.timedelta(days=7), today + dt.timedelta(days=7))
    assert view.posts and any(not o.filled for o in view.occurrences)
    # Ids after the migration's and the demo's inserts come from the sequences.
    type_id, _ = cal.posts.save_type("直播预告", "#ff00aa")
    group = pg_ctx.groups.list_groups()[0].id
    post_id, _ = cal.posts.create(
        PostValues("直播", "今晚", type_id, dt.datetime(2026, 11, 22, 20), "scheduled", (group,))
    )
    slot_id, _ = cal.slots.save(
        "每周直播", SlotRule("weekly", dt.time(20), today, weekdays=(5,)), type_id, (group,)
    )
    filled, _ = cal.slots.fill(slot_id, dt.date(2026, 11, 28))
    assert cal.posts.get(filled).planned_at == dt.datetime(2026, 11, 28, 20)
    assert any(w.kind == "late" for w in cal.warnings(dt.datetime.combine(today, dt.time(9, 30))))
    assert cal.posts.reschedule(post_id, dt.datetime(2026, 11, 23, 21))[1] == dt.datetime(
        2026, 11, 23, 21
    )
    result = export_calendar(cal, tmp_path / "pg.ics", today, today + dt.timedelta(days=14))
    assert result.items > 10
    # Undo of a fill/create: delete, then restore under the old id (explicit id vs. the sequence).
    values, _ = cal.posts.delete(filled)
    assert cal.posts.restore(filled, values)[0] == filled
    assert cal.posts.get(filled).group_ids == (group,)
    assert cal.posts.create(PostValues("之后", "正文"))[0] > filled
    assert {p.type_key for p in view.posts} >= {"tip", "group_buy"}  # boolean join on PostgreSQL
