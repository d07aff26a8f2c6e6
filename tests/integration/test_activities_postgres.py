"""Activities, check-ins and the points ledger on PostgreSQL (when SHEQUN_TEST_PG is given)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from app.community.activity_ops import CheckIn, CreateActivity, Uncheck
from app.community.domain import ActivityFields
from app.community.points_ops import AdjustPoints
from app.members.domain import MemberFilter

pytestmark = pytest.mark.postgres


def test_checkins_points_and_undo_on_postgres(pg_ctx: Any) -> None:
    from app.demo import fill

    fill(pg_ctx.session_factory, members=80, seed=5)
    today = dt.date.today()
    ids = tuple(pg_ctx.query.ids(MemberFilter())[:5])
    before = [pg_ctx.activities.points_total(m) for m in ids]
    assert all(p == t for p, t in before)  # the demo's ledger explains its points
    f = ActivityFields("PG 打卡营", today - dt.timedelta(days=2), today + dt.timedelta(days=18))
    camp = pg_ctx.run(CreateActivity(f)).value
    done = pg_ctx.run(CheckIn(camp, ids, today))
    pg_ctx.run(Uncheck(camp, ids[:2], today))
    pg_ctx.run(AdjustPoints(ids[:1], 10, "补记"))
    assert pg_ctx.activities.points_total(ids[4]) == (before[4][0] + 5,) * 2
    undone = pg_ctx.ops.undo(done.op_id)  # the two later ops left rows of three members
    pg_ctx.ops.undo(undone.op_id)  # redo: same ids again, the sequence is not disturbed
    again = pg_ctx.run(CheckIn(camp, ids[:1], today - dt.timedelta(days=1)))
    assert again.value.checkins and pg_ctx.activities.grid(camp).members
    for m in ids:
        points, total = pg_ctx.activities.points_total(m)
        assert points == total


def test_activity_counts_follow_writes_on_postgres(pg_ctx: Any) -> None:
    """The list's counts are kept by the PostgreSQL triggers of migration 0013."""
    from sqlalchemy import text

    from app.community.activity_ops import CancelSignup, SignUp

    ids = tuple(pg_ctx.members.create({"nickname": f"计数{i}"})[0] for i in range(6))
    today = dt.date.today()
    f = ActivityFields("PG 计数营", today - dt.timedelta(days=3), today + dt.timedelta(days=17))
    camp = pg_ctx.run(CreateActivity(f)).value
    other = pg_ctx.run(CreateActivity(dataclasses.replace(f, name="PG 分享会"))).value
    pg_ctx.run(SignUp(camp, ids[:2]))
    done = pg_ctx.run(CheckIn(camp, ids[1:5], today))
    pg_ctx.run(CheckIn(camp, ids[:1], today - dt.timedelta(days=1)))
    pg_ctx.run(Uncheck(camp, ids[4:5], today))
    pg_ctx.run(CancelSignup(camp, ids[4:5]))

    def listed() -> dict[int, tuple[int, int]]:
        return {r.id: (r.signups, r.checkins) for r in pg_ctx.activities.list_activities(today)}

    assert listed()[camp] == (4, 4)
    pg_ctx.ops.undo(done.op_id)
    assert listed()[camp] == (2, 1)
    with pg_ctx.engine.begin() as conn:
        conn.execute(
            text("UPDATE checkins SET activity_id = :o WHERE activity_id = :a"),
            {"o": other, "a": camp},
        )
        conn.execute(text("DELETE FROM members WHERE id = :m"), {"m": ids[1]})
    assert listed()[camp] == (1, 0) and listed()[other] == (0, 1)
    with pg_ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM activities WHERE id = :a"), {"a": other})
        left = conn.execute(
            text("SELECT count(*) FROM activity_counts WHERE activity_id = :a"), {"a": other}
        ).scalar_one()
    assert left == 0
