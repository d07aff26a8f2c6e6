"""The activity list's sign-up and check-in counts come from `activity_counts` (migration 0013),
which triggers keep equal to the rows whatever writes them: operations and their undo, raw SQL,
cascades of a deleted member or activity; the migration fills in the counts already there."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text

from app.community.activity_ops import CancelSignup, CheckIn, CreateActivity, SignUp, Uncheck
from app.community.domain import ActivityFields
from app.members.domain import MemberFilter
from app.members.member_ops import PurgeMembers, TrashMembers

TODAY = dt.date.today()
TRUE_COUNTS = (
    "SELECT a.id, (SELECT count(*) FROM activity_signups s WHERE s.activity_id = a.id), "
    "(SELECT count(*) FROM checkins c WHERE c.activity_id = a.id) FROM activities a"
)


def _true(ctx: Any) -> dict[int, tuple[int, int]]:
    with ctx.engine.connect() as conn:
        return {a: (s, c) for a, s, c in conn.execute(text(TRUE_COUNTS))}


def _stored(ctx: Any) -> dict[int, tuple[int, int]]:
    with ctx.engine.connect() as conn:
        rows = conn.execute(text("SELECT activity_id, signups, checkins FROM activity_counts"))
        return {a: (s, c) for a, s, c in rows}


def _listed(ctx: Any) -> dict[int, tuple[int, int]]:
    rows = ctx.activities.list_activities(TODAY) + ctx.activities.list_activities(
        TODAY, trashed=True
    )
    return {r.id: (r.signups, r.checkins) for r in rows}


def _camp(ctx: Any, name: str = "21 天打卡营") -> int:
    start = TODAY - dt.timedelta(days=5)
    f = ActivityFields(name, start, start + dt.timedelta(days=20))
    return int(ctx.run(CreateActivity(f)).value)


def _in_step(ctx: Any) -> dict[int, tuple[int, int]]:
    true = _true(ctx)
    assert _stored(ctx) == true
    assert _listed(ctx) == true
    return true


def test_counts_follow_operations_and_their_undo(demo_ctx: Any) -> None:
    ctx = demo_ctx
    _in_step(ctx)
    camp, other = _camp(ctx), _camp(ctx, "分享会")
    assert _in_step(ctx)[camp] == (0, 0)
    ids = tuple(ctx.query.ids(MemberFilter())[:12])
    ctx.run(SignUp(camp, ids[:4]))
    checked = ctx.run(CheckIn(camp, ids[2:10], TODAY))  # six of them sign up with it
    ctx.run(CheckIn(camp, ids[:3], TODAY - dt.timedelta(days=1)))
    ctx.run(CheckIn(other, ids[:2], TODAY))
    assert _in_step(ctx)[camp] == (10, 11)
    ctx.run(Uncheck(camp, ids[5:7], TODAY))
    ctx.run(CancelSignup(camp, ids[5:7]))
    assert _in_step(ctx)[camp] == (8, 9)
    undone = ctx.ops.undo(checked.op_id)  # out of order: later rows of two members stay
    assert _in_step(ctx)[camp][1] == 3
    ctx.ops.undo(undone.op_id)
    _in_step(ctx)
    # A member deleted for good takes her rows with her (a cascade inside the database).
    ctx.run(TrashMembers(ids[:1]))
    ctx.run(PurgeMembers(ids[:1]))
    counts = _in_step(ctx)
    assert counts[other] == (1, 1)


def test_counts_follow_raw_sql_and_cascades(ctx: Any) -> None:
    camp, other = _camp(ctx), _camp(ctx, "抽奖")
    ids = [ctx.members.create({"nickname": f"成员{i}"})[0] for i in range(5)]
    with ctx.engine.begin() as conn:
        for i, m in enumerate(ids):
            conn.execute(
                text(
                    "INSERT INTO activity_signups (activity_id, member_id, at, source) "
                    "VALUES (:a, :m, :at, 'sql')"
                ),
                {"a": camp, "m": m, "at": dt.datetime.now()},
            )
            for d in range(i + 1):
                conn.execute(
                    text(
                        "INSERT INTO checkins (activity_id, member_id, day, at, source) "
                        "VALUES (:a, :m, :d, :at, 'sql')"
                    ),
                    {"a": camp, "m": m, "d": TODAY - dt.timedelta(days=d), "at": dt.datetime.now()},
                )
    assert _in_step(ctx)[camp] == (5, 15)
    with ctx.engine.begin() as conn:  # rows moved to another activity count there
        conn.execute(
            text("UPDATE checkins SET activity_id = :o WHERE member_id = :m"),
            {"o": other, "m": ids[4]},
        )
        conn.execute(text("UPDATE checkins SET source = 'edited'"))  # no move: no change
    counts = _in_step(ctx)
    assert counts[camp] == (5, 10) and counts[other] == (0, 5)
    with ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM members WHERE id = :m"), {"m": ids[0]})
    assert _in_step(ctx)[camp] == (4, 9)
    with ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM activities WHERE id = :a"), {"a": camp})
    assert camp not in _in_step(ctx)


def test_migration_fills_counts_of_existing_activities(demo_ctx: Any) -> None:
    from alembic import command

    from db.migrate import _config, upgrade

    ctx = demo_ctx
    ids = tuple(ctx.query.ids(MemberFilter())[:7])
    ctx.run(CheckIn(_camp(ctx), ids, TODAY))
    before = _in_step(ctx)
    assert sum(c for _, c in before.values()) > len(ids)  # the demo's camps and this one
    with ctx.engine.begin() as conn:
        command.downgrade(_config(conn), "0012_match_keys")  # type: ignore[arg-type]
    with ctx.engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        assert "activity_counts" not in set(tables.scalars())
    with ctx.engine.begin() as conn:  # written while no trigger counts it
        conn.execute(text("DELETE FROM checkins WHERE member_id = :m"), {"m": ids[0]})
    assert upgrade(ctx.engine)
    after = _in_step(ctx)
    assert sum(c for _, c in after.values()) < sum(c for _, c in before.values())
