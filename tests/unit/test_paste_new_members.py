"""Unmatched pasted lines that become new members, in the same undoable step as the paste."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from app.paste.matching import DUPLICATE, MATCHED, UNMATCHED
from app.paste.paste_ops import PasteResult, RecordPaste
from app.paste.service import order_lines, plan_operation
from db.models import Member
from db.models_commerce import Purchase
from db.models_community import Checkin, Signup
from tests.unit import test_paste_matching as matching

TODAY, _camp = matching.TODAY, matching._camp

ORDERS_TEXT = "#接龙 精华\n1. 小美🐰 精华×1\n2. 新来的阿雪 精华×2\n3. 路人丙\n4. 新来的阿雪 +1\n"


def _count(ctx: Any, model: Any, *where: Any) -> int:
    with ctx.session_factory() as s:
        return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def _product(ctx: Any) -> None:
    from app.commerce.domain import ProductSpec
    from app.commerce.product_ops import CreateProduct

    ctx.run(CreateProduct(ProductSpec("修护精华", 199.0, "精华", ("精华",))), "test")


def test_unmatched_lines_are_skipped_unless_chosen(ctx: Any, town: dict[str, int]) -> None:
    _product(ctx)
    p = ctx.paste.preview(ORDERS_TEXT, "orders", day=TODAY)
    assert [x.decision for x in p.entries] == [MATCHED, UNMATCHED, UNMATCHED, UNMATCHED]
    assert p.new_members() == ()
    assert not isinstance(plan_operation(p), RecordPaste)  # the contract's default: not recorded


def test_chosen_lines_become_members_with_their_orders_in_one_undo(
    ctx: Any, town: dict[str, int]
) -> None:
    _product(ctx)
    members = _count(ctx, Member)
    p = ctx.paste.preview(ORDERS_TEXT, "orders", day=TODAY, create=(3, 4, 5))
    assert [x.new_member for x in p.entries] == [False, True, True, False]
    assert p.entries[3].decision == DUPLICATE  # the same new member again: made once
    assert p.new_members() == ("新来的阿雪", "路人丙")
    assert [(o.new_member, o.quantity) for o in order_lines(p)] == [
        ("", 1),
        ("新来的阿雪", 2),
        ("路人丙", 1),
    ]
    done = ctx.run(plan_operation(p), "test")
    assert isinstance(done.value, PasteResult) and len(done.value.created) == 2
    xue, bing = done.value.created
    with ctx.session_factory() as s:
        assert s.get(Member, xue).nickname == "新来的阿雪"
        bought = s.execute(select(Purchase.member_id, Purchase.quantity)).all()
    assert sorted(bought) == sorted([(town["xiaomei"], 1), (xue, 2), (bing, 1)])
    # The same paste again, with the same choice: she is found now, nothing is doubled.
    again = ctx.paste.preview(ORDERS_TEXT, "orders", day=TODAY, create=(3, 4, 5))
    assert again.entries[1].match.member_id == xue and again.entries[1].decision == DUPLICATE
    assert again.new_members() == () and not order_lines(again)
    assert _count(ctx, Member) == members + 2
    ctx.ops.undo(done.op_id, "test")
    assert _count(ctx, Member) == members
    assert _count(ctx, Purchase) == 0
    assert ctx.paste.preview(ORDERS_TEXT, "orders", day=TODAY).entries[1].decision == UNMATCHED


def test_create_unmatched_for_signups_and_checkins(ctx: Any, town: dict[str, int]) -> None:
    camp = _camp(ctx)
    text = "报名\n院长\n没见过的人甲\n"
    p = ctx.paste.preview(text, "signups", activity_id=camp, create_unmatched=True)
    done = ctx.run(plan_operation(p), "test")
    (new,) = done.value.created
    assert _count(ctx, Signup, Signup.activity_id == camp) == 2
    assert _count(ctx, Signup, Signup.member_id == new) == 1
    twice = ctx.paste.preview(text, "signups", activity_id=camp, create_unmatched=True)
    assert twice.new_members() == () and twice.recorded_lines() == (2, 3)
    day = TODAY
    c = ctx.paste.preview(
        "没见过的人乙\n院长\n", "checkins", activity_id=camp, day=day, create=(1,)
    )
    done = ctx.run(plan_operation(c), "test")
    assert _count(ctx, Checkin, Checkin.member_id == done.value.created[0]) == 1
    ctx.ops.undo(done.op_id, "test")
    assert _count(ctx, Checkin, Checkin.activity_id == camp) == 0


def test_a_new_member_is_refused_on_a_day_outside_the_activity(
    ctx: Any, town: dict[str, int]
) -> None:
    camp = _camp(ctx, days=1)
    late = TODAY + dt.timedelta(days=5)
    p = ctx.paste.preview("没见过的人丙\n", "checkins", activity_id=camp, day=late, create=(1,))
    assert p.entries[0].problem and not p.entries[0].applies
    with pytest.raises(Exception, match="没有"):
        plan_operation(p)
