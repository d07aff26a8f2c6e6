"""Activities, check-ins and points: rules, refusals, and points equal to the ledger's sum."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from app.community.activity_ops import (
    CancelSignup,
    CheckIn,
    CreateActivity,
    EditActivity,
    SignUp,
    Uncheck,
)
from app.community.domain import ActivityFields
from app.community.points_ops import AdjustPoints, AwardPoints, RedeemPoints
from app.community.rules import LEVELS_KEY, RULES_KEY, PointsRules
from app.errors import NotFoundError, ValidationError
from db.models import Member, Setting
from db.models_community import Checkin, PointsEntry

TODAY = dt.date.today()


def _members(ctx: Any, n: int) -> tuple[int, ...]:
    return tuple(ctx.members.create({"nickname": f"成员{i}"})[0] for i in range(n))


def _camp(ctx: Any, days: int = 21, start: dt.date | None = None) -> int:
    start = start or TODAY - dt.timedelta(days=5)
    f = ActivityFields("21 天打卡营", start, start + dt.timedelta(days=days - 1))
    return int(ctx.run(CreateActivity(f)).value)


def _mismatches(ctx: Any) -> list[tuple[int, int, int]]:
    """Members whose points column differs from the sum of their ledger, or level from rules."""
    rules = ctx.activities.rules()
    total = (
        select(func.coalesce(func.sum(PointsEntry.delta), 0))
        .where(PointsEntry.member_id == Member.id)
        .scalar_subquery()
    )
    with ctx.session_factory() as s:
        rows = s.execute(select(Member.id, Member.points, total, Member.level)).all()
    return [(m, p, t) for m, p, t, lv in rows if p != t or lv != rules.level_for(p)]


def _count(ctx: Any, model: Any) -> int:
    with ctx.session_factory() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_level_follows_thresholds() -> None:
    rules = PointsRules(levels=(0, 50, 150))
    assert [rules.level_for(p) for p in (0, 49, 50, 149, 150, 9999)] == [1, 1, 2, 2, 3, 3]


def test_checkin_applies_the_rule_once_and_undo_takes_points_back(ctx: Any) -> None:
    a, b = _members(ctx, 2)
    camp = _camp(ctx)
    done = ctx.run(CheckIn(camp, (a, b, a), TODAY))
    assert ctx.activities.points_total(a) == (5, 5)
    assert [r.reason for r in ctx.activities.ledger(a)] == ["checkin"]
    grid = ctx.activities.grid(camp)
    assert [m.id for m in grid.members] == [a, b]  # signed up by the check-in
    assert grid.members[0].days == frozenset({5})
    ctx.ops.undo(done.op_id)
    assert ctx.activities.points_total(a) == (0, 0)
    assert ctx.activities.grid(camp).members == ()
    assert _mismatches(ctx) == []


def test_rules_and_levels_come_from_settings(ctx: Any) -> None:
    (a,) = _members(ctx, 1)
    with ctx.session_factory.begin() as s:
        s.add(Setting(key=RULES_KEY, value={"checkin": 30}))
        s.add(Setting(key=LEVELS_KEY, value=[0, 20, 60]))
    camp = _camp(ctx)
    for i in range(2):
        ctx.run(CheckIn(camp, (a,), TODAY - dt.timedelta(days=i)))
    with ctx.session_factory() as s:
        assert s.execute(select(Member.points, Member.level).where(Member.id == a)).one() == (60, 3)


@pytest.mark.parametrize(
    ("make", "error", "text"),
    [
        (lambda c, m, a: CheckIn(999, m, TODAY), NotFoundError, "编号为 999 的活动"),
        (lambda c, m, a: CheckIn(a, (m[0], 4242), TODAY), NotFoundError, "#4242"),
        (lambda c, m, a: CheckIn(a, m, TODAY + dt.timedelta(days=40)), ValidationError, "不在活动"),
        (lambda c, m, a: CheckIn(a, m, TODAY - dt.timedelta(days=6)), ValidationError, "不在活动"),
        (lambda c, m, a: CheckIn(a, m, TODAY - dt.timedelta(days=1)), ValidationError, "已经为"),
        (lambda c, m, a: Uncheck(a, m, TODAY - dt.timedelta(days=2)), ValidationError, "没有为"),
        (lambda c, m, a: CancelSignup(a, m), ValidationError, "打过卡"),
        (lambda c, m, a: AdjustPoints(m, 10, "  "), ValidationError, "原因"),
        (lambda c, m, a: AdjustPoints(m, -50, "扣分"), ValidationError, "积分不足"),
        (lambda c, m, a: RedeemPoints(m[0], 500, "礼品"), ValidationError, "积分不足"),
        (lambda c, m, a: AwardPoints(m, "gift"), ValidationError, "不是按规则记分"),
        (lambda c, m, a: SignUp(a, m), ValidationError, "都已经报名"),
        (
            lambda c, m, a: EditActivity(
                a, ActivityFields("营", TODAY, TODAY + dt.timedelta(days=3))
            ),
            ValidationError,
            "不在新的日期",
        ),
    ],
)
def test_refusals_name_what_and_write_nothing(ctx: Any, make: Any, error: Any, text: str) -> None:
    m = _members(ctx, 2)
    camp = _camp(ctx)
    ctx.run(CheckIn(camp, m, TODAY - dt.timedelta(days=1)))
    before = (_count(ctx, Checkin), _count(ctx, PointsEntry), ctx.activities.points_total(m[0]))
    with pytest.raises(error, match=text) as info:
        ctx.run(make(ctx, m, camp))
    assert str(info.value).endswith("。")
    assert (
        _count(ctx, Checkin),
        _count(ctx, PointsEntry),
        ctx.activities.points_total(m[0]),
    ) == before


def test_points_stay_equal_to_the_ledger_through_ops_and_undos(ctx: Any) -> None:
    m = _members(ctx, 6)
    camp = _camp(ctx)
    done = []
    for i in range(4):
        done.append(ctx.run(CheckIn(camp, m[: 6 - i], TODAY - dt.timedelta(days=i))))
    done.append(ctx.run(AwardPoints(m[:2], "share", camp, "晒单")))
    done.append(ctx.run(AwardPoints(m[:1], "win", camp)))
    done.append(ctx.run(AdjustPoints(m[2:4], -5, "重复打卡扣回")))
    done.append(ctx.run(RedeemPoints(m[0], 40, "兑换面膜")))
    done.append(ctx.run(Uncheck(camp, m[:2], TODAY)))
    assert _mismatches(ctx) == []
    assert ctx.activities.points_total(m[0]) == (5 * 3 + 20 + 50 - 40,) * 2
    ledger = ctx.activities.ledger(m[0])  # newest first: the redemption
    assert (ledger[0].reason, ledger[0].delta, ledger[0].balance) == ("redeem", -40, 45)
    assert [r.balance for r in ledger][-1] == 5
    while done:
        undone = ctx.ops.undo(done.pop().op_id)
        assert _mismatches(ctx) == []
    assert ctx.activities.points_total(m[0]) == (0, 0)
    ctx.ops.undo(undone.op_id)  # redo the first check-in
    assert ctx.activities.points_total(m[5]) == (5, 5)
    assert _mismatches(ctx) == []


def test_grid_participation_and_missed_recent_days(ctx: Any) -> None:
    a, b, c = _members(ctx, 3)
    camp = _camp(ctx, 21, TODAY - dt.timedelta(days=3))  # day 4 of 21
    for i in range(4):
        ctx.run(CheckIn(camp, (a,), TODAY - dt.timedelta(days=i)))
    ctx.run(CheckIn(camp, (b,), TODAY - dt.timedelta(days=3)))
    ctx.run(SignUp(camp, (c,)))
    grid = ctx.activities.grid(camp)
    assert len(grid.days) == 21 and grid.elapsed == 4
    assert grid.participation == pytest.approx(5 / 12)
    # Today is not over: the last 3 finished days are the first three; b checked in on day 1.
    assert [m.id for m in grid.missed_recent] == [c]
    row = next(r for r in ctx.activities.list_activities() if r.id == camp)
    assert (row.signups, row.checkins) == (3, 5)


def test_demo_ledger_explains_every_members_points(demo_ctx: Any) -> None:
    assert _mismatches(demo_ctx) == []
    camp = next(
        a
        for a in demo_ctx.activities.list_activities()
        if a.kind == "打卡营" and a.start <= TODAY <= a.end
    )
    grid = demo_ctx.activities.grid(camp.id)
    assert len(grid.days) == 21 and grid.elapsed == 14
    assert 0.4 < (grid.participation or 0) < 0.95
    assert any(a.feedback for a in demo_ctx.activities.list_activities() if a.end < TODAY)
    with demo_ctx.session_factory() as s:
        reasons = set(s.execute(select(PointsEntry.reason).distinct()).scalars())
    assert {"checkin", "share", "win", "manual", "redeem"} <= reasons


def test_undoing_an_older_checkin_keeps_the_signup_of_later_ones(ctx: Any) -> None:
    (a,) = _members(ctx, 1)
    camp = _camp(ctx)
    first = ctx.run(CheckIn(camp, (a,), TODAY - dt.timedelta(days=1)))  # signs her up
    ctx.run(CheckIn(camp, (a,), TODAY))
    ctx.ops.undo(first.op_id)  # out of order, as `shequn undo` of a given operation may
    grid = ctx.activities.grid(camp)
    assert [m.id for m in grid.members] == [a] and grid.members[0].days == frozenset({5})
    assert ctx.activities.points_total(a) == (5, 5)
