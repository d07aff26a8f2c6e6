"""Purchases, activity history and quarter goals in the report, worked out by hand.

Purchases of tests/unit/report_fixture.py `build_purchases` (period 11-23 ~ 11-29, previous
11-16 ~ 11-22):
  a  member 1, 焕肤水 ×1, 100, 11-24, unsuitable (干性), refunded 11-25
  b  member 1, 面膜 ×2, 100, 11-24          c  member 1, 面膜 ×1, 50, 11-27
  d  member 2, 面膜 ×1, 50, 11-28           e  member 3, 焕肤水 ×1, 100, 11-26, unsuitable
  f  member 5, 面膜 ×1, 50, 11-18 (before)  g  member 6 (in the trash), 面膜, 11-25
  h  member 3, 面膜, 11-10, refunded 11-20  i  member 5, 面膜 ×2, 100, 09-15 (last quarter)
The products area counts as members those not in the trash who had joined by the end: 1, 2, 3,
4, 5, 7 (six) now; 1, 3, 4, 5, 7 (five) at the previous end (2 joined 11-24).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.reports.figures import compute
from app.reports.goals import goals_for, previous_quarter, quarter_key, quarter_of
from app.reports.periods import Period
from app.settings.setting_ops import SetSetting
from db.models import Member
from db.models_commerce import Product, Purchase
from tests.unit import report_fixture as fx

D = dt.date


def _data(ctx: Any, period: Period = fx.PERIOD) -> Any:
    fx.build(ctx.session_factory)
    fx.build_purchases(ctx.session_factory)
    with ctx.session_factory() as s:
        return compute(s, period, fx.NOW)


def test_rates_revenue_and_refunds(ctx: Any) -> None:
    d = _data(ctx)
    k = d.kpi
    assert d.left_out == ()
    # Buyers now: 1 (b, c), 2 (d), 3 (e); a is refunded, g's buyer is in the trash.
    assert k("purchase_rate").value == pytest.approx(3 / 6)
    assert k("purchase_rate").previous == pytest.approx(1 / 5)  # f only
    assert k("purchase_rate").member_ids == (1, 2, 3)
    assert k("repurchase_rate").value == pytest.approx(1 / 3)  # member 1 bought twice
    assert k("repurchase_rate").previous == 0 and k("repurchase_rate").member_ids == (1,)
    assert (k("revenue").value, k("revenue").previous) == (300, 50)
    assert (k("orders").value, k("buyers").value) == (4, 3)
    assert (k("refunds").value, k("refund_amount").value) == (1, 100)  # a, refunded 11-25
    assert (k("refunds").previous, k("refund_amount").previous) == (1, 50)  # h, 11-20
    assert k("unsuitable_purchases").value == 2 and k("unsuitable_purchases").member_ids == (1, 3)
    assert k("unsuitable_purchases").previous == 0


def test_rates_are_the_products_areas(ctx: Any) -> None:
    """The report's purchase rate is the one the products page shows for the same days."""
    d = _data(ctx)
    overall = ctx.purchases.overall(fx.PERIOD.start, fx.PERIOD.end)
    assert d.kpi("purchase_rate").value == overall.purchase_rate
    assert d.kpi("repurchase_rate").value == overall.repurchase_rate


def test_products_buyers_and_unsuitable_lines(ctx: Any) -> None:
    d = _data(ctx)
    assert [(p.name, p.quantity, p.amount, p.buyers, p.repeat_buyers) for p in d.products] == [
        ("面膜", 4, 200, 2, 1),
        ("果酸焕肤水", 1, 100, 1, 0),
    ]
    assert d.products[0].repurchase_rate == pytest.approx(1 / 2)
    assert [(b.id, b.orders, b.quantity, b.amount) for b in d.top_buyers] == [
        (1, 2, 3, 150),
        (3, 1, 1, 100),
        (2, 1, 1, 50),
    ]
    assert d.top_buyers[0].last_bought == D(2026, 11, 27)
    lines = {(x.member_id, x.product): x for x in d.unsuitable}
    assert set(lines) == {(1, "果酸焕肤水"), (3, "果酸焕肤水")}
    assert lines[(1, "果酸焕肤水")].refunded_on == D(2026, 11, 25)
    assert lines[(3, "果酸焕肤水")].warning == "干性肌肤，果酸类慎用"
    (refund,) = d.refunds
    assert (refund.member_id, refund.amount, refund.refund_reason) == (1, 100, "不适合")


def test_no_purchases_yet_is_said_not_zero(ctx: Any) -> None:
    fx.build(ctx.session_factory)
    with ctx.session_factory() as s:
        d = compute(s, fx.PERIOD, fx.NOW)
    assert d.left_out == ("purchases",)
    for key in ("purchase_rate", "repurchase_rate", "revenue", "refunds"):
        assert d.kpi(key).value is None and d.kpi(key).previous is None
    assert d.products == () and d.top_buyers == ()


def test_purchases_count_as_activity(ctx: Any) -> None:
    """Member 2 (never active before) bought on 11-28: active on 11-29; member 3 (last seen
    10-15, silent) bought on 11-26: active too."""
    d = _data(ctx)
    assert sorted(d.kpi("active").member_ids) == [1, 2, 3, 5]
    assert d.kpi("zombie").member_ids == (7,)


def test_past_weeks_come_from_dated_records(ctx: Any) -> None:
    """One member, joined 2026-01-01: a purchase on 10-01, a points entry (share) on 10-20,
    and her row's last activity 11-28. Thresholds 30/90 days. End of week 10-04: active
    (3 days); 11-08: 19 days after the share, active; 11-22: 33 days, silent; 11-29: active.
    Knowing only her last activity (11-28) would have made her a zombie all autumn."""
    from db.models_community import PointsEntry

    with ctx.session_factory() as s:
        s.add(Member(id=1, nickname="小美", joined=D(2026, 1, 1), last_active=D(2026, 11, 28)))
        s.add(Product(id=1, name="面膜", price=50))
        s.flush()
        s.add(Purchase(member_id=1, product_id=1, unit_price=50, bought_on=D(2026, 10, 1)))
        s.add(PointsEntry(member_id=1, at=dt.datetime(2026, 10, 20, 9), delta=20, reason="share"))
        s.commit()
        d = compute(s, fx.PERIOD, fx.NOW)
    by_day = {a.day: (a.active, a.silent, a.zombie) for a in d.activity_trend}
    assert by_day[D(2026, 10, 4)] == (1, 0, 0)
    assert by_day[D(2026, 11, 8)] == (1, 0, 0)
    assert by_day[D(2026, 11, 22)] == (0, 1, 0)
    assert by_day[D(2026, 11, 29)] == (1, 0, 0)
    assert by_day[D(2026, 9, 20)] == (0, 0, 1)  # nothing on record in the 90 days before


def test_quarters() -> None:
    assert quarter_key(D(2026, 11, 29)) == "2026-Q4"
    assert quarter_of(D(2026, 11, 29)) == Period(D(2026, 10, 1), D(2026, 12, 31))
    assert previous_quarter(D(2026, 2, 3)) == Period(D(2025, 10, 1), D(2025, 12, 31))
    stored = {"default": {"new": 50}, "2026-Q4": {"active": 30}}
    assert goals_for(stored, D(2026, 11, 1)) == {"active": 30}
    assert goals_for(stored, D(2027, 1, 1)) == {"new": 50}
    assert goals_for({}, D(2027, 1, 1)) == {}


def test_goals_against_actual(ctx: Any) -> None:
    """Q4 so far (10-01 ~ 11-29) against Q3. Members present on 09-30: 1, 4, 5 (three); on
    11-29: five. Revenue in Q3: i (100); in Q4 so far: b, c, d, e, f = 350."""
    fx.build(ctx.session_factory)
    fx.build_purchases(ctx.session_factory)
    ctx.run(SetSetting("reports.quarter_goals", {"default": {"total": 50, "revenue": 200}}))
    with ctx.session_factory() as s:
        d = compute(s, fx.PERIOD, fx.NOW)
    goals = {g.metric: g for g in d.goals}
    assert set(goals) == {"total", "revenue"}
    total, revenue = goals["total"], goals["revenue"]
    assert (total.quarter, total.base, total.target, total.actual) == ("2026-Q4", 3, 4.5, 5)
    assert total.reached and total.actual_percent == pytest.approx(200 / 3)
    assert (revenue.base, revenue.target, revenue.actual) == (100, 300, 350)
    assert revenue.progress == pytest.approx(350 / 300)
    # A goal set for this quarter replaces the standing one.
    ctx.run(
        SetSetting("reports.quarter_goals", {"default": {"total": 50}, "2026-Q4": {"total": 100}})
    )
    with ctx.session_factory() as s:
        d = compute(s, fx.PERIOD, fx.NOW)
    (total,) = d.goals
    assert (total.goal_percent, total.target, total.reached) == (100, 6, False)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"2026Q4": {"new": 10}}, "不是季度"),
        ({"default": {"members": 10}}, "没有「members」这个指标"),
        ({"default": {"new": 5000}}, "-100 到 1000"),
        ({"default": {"new": "30%"}}, "-100 到 1000"),
    ],
)
def test_goal_setting_refuses_bad_values(ctx: Any, value: Any, words: str) -> None:
    from app.errors import ValidationError

    with pytest.raises(ValidationError, match=words):
        ctx.run(SetSetting("reports.quarter_goals", value))
    assert ctx.settings.get("reports.quarter_goals") == {}
