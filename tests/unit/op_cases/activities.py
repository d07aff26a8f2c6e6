"""Operation cases of activities, check-ins and points."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.community.activity_ops import (
    CancelSignup,
    CheckIn,
    CreateActivity,
    EditActivity,
    RestoreActivity,
    SignUp,
    TrashActivity,
    Uncheck,
)
from app.community.domain import ActivityFields
from app.community.points_ops import AdjustPoints, AwardPoints, RedeemPoints
from app.members.domain import MemberFilter
from tests.unit.op_cases import case

TODAY = dt.date.today()


def _ids(ctx: Any, n: int, skip: int = 0) -> tuple[int, ...]:
    return tuple(ctx.query.ids(MemberFilter())[skip : skip + n])


def _camp(ctx: Any) -> Any:
    """The demo's camp in progress."""
    return next(
        a
        for a in ctx.activities.list_activities()
        if a.kind == "打卡营" and a.start <= TODAY <= a.end
    )


def _fresh(ctx: Any) -> int:
    f = ActivityFields("测试打卡营", TODAY - dt.timedelta(days=3), TODAY + dt.timedelta(days=3))
    return int(ctx.run(CreateActivity(f), "test").value)


@case("activities.create")
def create(ctx: Any) -> Any:
    groups = tuple(g.id for g in ctx.groups.list_groups()[:2])
    f = ActivityFields(
        "周三微分享",
        TODAY,
        TODAY,
        "分享会",
        True,
        "讲清楚早C晚A",
        _ids(ctx, 1)[0],
        None,
        "",
        groups,
    )
    return CreateActivity(f)


@case("activities.edit")
def edit(ctx: Any) -> Any:
    camp = _camp(ctx)
    f = ctx.activities.fields(camp.id)
    groups = tuple(g.id for g in ctx.groups.list_groups()[-1:])
    return EditActivity(
        camp.id,
        ActivityFields(
            f.name + "（第二期）",
            f.start,
            f.end + dt.timedelta(days=2),
            f.kind,
            False,
            "新目标",
            None,
            4.5,
            "备注",
            groups,
        ),
    )


@case("activities.delete")
def delete(ctx: Any) -> Any:
    return TrashActivity(_camp(ctx).id)


@case("activities.restore")
def restore(ctx: Any) -> Any:
    camp = _camp(ctx).id
    ctx.run(TrashActivity(camp), "test")
    return RestoreActivity(camp)


@case("activities.signup")
def signup(ctx: Any) -> Any:
    return SignUp(_camp(ctx).id, _ids(ctx, 20, 30))


@case("activities.cancel_signup")
def cancel_signup(ctx: Any) -> Any:
    aid = _fresh(ctx)
    ctx.run(SignUp(aid, _ids(ctx, 5)), "test")
    return CancelSignup(aid, _ids(ctx, 3))


@case("activities.checkin")
def checkin(ctx: Any) -> Any:
    # Some members signed up already, some not: the check-in signs those up too.
    aid = _fresh(ctx)
    ctx.run(SignUp(aid, _ids(ctx, 4)), "test")
    return CheckIn(aid, _ids(ctx, 10), TODAY)


@case("activities.uncheck")
def uncheck(ctx: Any) -> Any:
    aid = _fresh(ctx)
    ctx.run(CheckIn(aid, _ids(ctx, 6), TODAY), "test")
    return Uncheck(aid, _ids(ctx, 3), TODAY)


@case("points.award")
def award(ctx: Any) -> Any:
    return AwardPoints(_ids(ctx, 3), "win", _camp(ctx).id, "打卡之星")


@case("points.adjust")
def adjust(ctx: Any) -> Any:
    return AdjustPoints(_ids(ctx, 5), 30, "补记线下活动积分")


@case("points.redeem")
def redeem(ctx: Any) -> Any:
    rich = max(ctx.query.ids(MemberFilter()), key=lambda m: ctx.members.get(m).points)
    return RedeemPoints(rich, 5, "兑换小样")
