"""Activities, check-ins and the points ledger on PostgreSQL (when SHEQUN_TEST_PG is given)."""

from __future__ import annotations

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
