"""Report figures on a community small enough to work out by hand (tests/unit/report_fixture.py).

Period 2026-11-23 ~ 11-29 against 11-16 ~ 11-22. Present at the end: members 1, 2, 3, 5, 7
(4 left on 11-25, 6 is in the trash); at the previous end: 1, 3, 4, 5. New: 2 (joined 11-24) and 7
(no joining day, row made 11-26); member 3 joined in the previous period."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.errors import ValidationError
from app.reports import periods
from app.reports.figures import compute
from app.reports.periods import Period
from tests.unit import report_fixture as fx


def _data(ctx: Any, active_days: int | None = None) -> Any:
    fx.build(ctx.session_factory, active_days)
    with ctx.session_factory() as s:
        return compute(s, fx.PERIOD, fx.NOW)


def test_member_counts_and_ids(ctx: Any) -> None:
    d = _data(ctx)
    assert d.previous_period == Period(dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    total, new, left = d.kpi("members_total"), d.kpi("members_new"), d.kpi("members_left")
    assert (total.value, total.previous, sorted(total.member_ids)) == (5, 4, [1, 2, 3, 5, 7])
    assert (new.value, new.previous, sorted(new.member_ids)) == (2, 1, [2, 7])
    assert (left.value, left.previous, left.member_ids) == (1, 0, (4,))
    assert [m.id for m in d.new_members] == [2, 7]


def test_active_silent_zombie_by_last_activity(ctx: Any) -> None:
    """End 11-29: 1 (idle 1 day) and 5 (28) active, 3 (45) silent, 2 and 7 never active: zombies.
    Previous end 11-22: 1 active by its check-in of 11-20, 5 (21) active, 3 (38) silent, 4 (113)
    zombie — 1's later last_active is not known on 11-22."""
    d = _data(ctx)
    k = d.kpi
    assert sorted(k("active").member_ids) == [1, 5] and k("active").previous == 2
    assert k("silent").member_ids == (3,) and k("silent").previous == 1
    assert sorted(k("zombie").member_ids) == [2, 7] and k("zombie").previous == 1
    assert k("active_rate").value == pytest.approx(2 / 5)
    assert k("active_rate").change == pytest.approx(2 / 5 - 2 / 4)
    assert d.activity_trend[-1].active == 2 and d.activity_trend[-1].zombie == 2


def test_thresholds_come_from_settings(ctx: Any) -> None:
    d = _data(ctx, active_days=5)  # member 5 (checked in 11-23: 6 days idle) is silent now
    assert d.thresholds.active_days == 5
    assert d.kpi("active").member_ids == (1,)
    assert sorted(d.kpi("silent").member_ids) == [3, 5]


def test_skin_types_and_cohorts(ctx: Any) -> None:
    d = _data(ctx)
    assert [(x.name, x.count) for x in d.skin_types] == [("干性", 2), ("未填写", 2), ("油性", 1)]
    assert sorted(next(x for x in d.skin_types if x.name == "未填写").member_ids) == [5, 7]
    cohorts = {c.month: c for c in d.cohorts}
    # 2026-01: member 1 only, still in; 2026-11: members 2, 3, 7 (6 is in the trash), all in.
    assert cohorts["2026-01"].size == 1 and set(cohorts["2026-01"].retention) == {1.0}
    assert len(cohorts["2026-01"].retention) == 11  # January .. November, months 0 .. 10
    assert cohorts["2026-11"].size == 3 and cohorts["2026-11"].retention == (1.0,)
    assert "2025-06" not in cohorts  # older than twelve months


def test_content_plan_adherence(ctx: Any) -> None:
    """Planned 3 (cancelled and idea left out): one on time, one an hour late, one missed."""
    d = _data(ctx)
    k = d.kpi
    assert (k("posts_planned").value, k("posts_published").value) == (3, 2)
    assert (k("posts_late").value, k("posts_missed").value) == (1, 1)
    assert k("plan_on_time_rate").value == pytest.approx(1 / 3)
    (row,) = d.plan_by_type
    assert (row.name, row.planned, row.published, row.late, row.missed) == ("测试类型", 3, 2, 1, 1)


def test_activity_participation(ctx: Any) -> None:
    """Two sign-ups × 4 days of the camp in the period = 8 possible check-ins, 3 done;
    the previous period has 2 × 3 days = 6 possible, 1 done."""
    d = _data(ctx)
    k = d.kpi
    assert k("checkin_members").member_ids == (1, 5) and k("checkins").value == 3
    assert k("checkin_completion").value == pytest.approx(3 / 8)
    assert k("checkin_completion").previous == pytest.approx(1 / 6)
    (row,) = d.activities
    assert (row.signups, row.checkin_members, row.checkins) == (2, 2, 3)


def test_warnings_removals_deposits(ctx: Any) -> None:
    d = _data(ctx)
    k = d.kpi
    assert k("warnings").value == 2 and k("warnings").member_ids == (3, 4)  # one revoked
    assert k("removals").value == 1 and k("removals").member_ids == (4,)
    assert (k("deposits_held").value, k("deposits_held").previous) == (100, 150)
    assert d.deposits["refunded"] == 50 and d.deposits["taken"] == 0
    assert len(d.warnings) == 3


def test_complaint_times(ctx: Any) -> None:
    """Median and 90th percentile with linear interpolation, computed here from the inputs."""
    d = _data(ctx)
    k = d.kpi

    def pct(values: tuple[int, ...], q: float) -> float:
        v = sorted(values)
        pos = (len(v) - 1) * q
        lo = int(pos)
        return v[lo] + (v[min(lo + 1, len(v) - 1)] - v[lo]) * (pos - lo)

    assert k("complaints_new").value == len(fx.FIRST_RESPONSE)
    assert k("complaints_open").value == len(fx.FIRST_RESPONSE) - len(fx.RESOLUTION)
    assert k("first_response_median_minutes").value == pytest.approx(pct(fx.FIRST_RESPONSE, 0.5))
    assert k("first_response_p90_minutes").value == pytest.approx(pct(fx.FIRST_RESPONSE, 0.9))
    assert k("resolution_median_minutes").value == pytest.approx(pct(fx.RESOLUTION, 0.5))
    assert k("resolution_p90_minutes").value == pytest.approx(pct(fx.RESOLUTION, 0.9))
    assert k("first_response_median_minutes").previous is None  # nothing received before


def test_periods() -> None:
    wed = dt.date(2026, 12, 2)
    assert periods.last_week(wed) == Period(dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert periods.this_week(wed).start == dt.date(2026, 11, 30)
    month = periods.this_month(wed)
    assert month.previous() == Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert periods.checked(None, None, wed) == periods.last_week(wed)
    with pytest.raises(ValidationError, match="空的"):
        periods.checked(dt.date(2026, 11, 5), dt.date(2026, 11, 1), wed)
    with pytest.raises(ValidationError, match="还没有开始"):
        periods.checked(dt.date(2027, 1, 1), None, wed)


def test_demo_figures_agree_with_member_rows(demo_ctx: Any) -> None:
    """On the demo: total = active + silent + zombie, and the ids are distinct members."""
    with demo_ctx.session_factory() as s:
        d = compute(s, periods.last_week(dt.date.today()))
    k = d.kpi
    ids = k("active").member_ids + k("silent").member_ids + k("zombie").member_ids
    assert len(set(ids)) == len(ids) == k("members_total").value
    assert sum(x.count for x in d.skin_types) == k("members_total").value


def test_running_period_is_counted_as_it_stands_now(ctx: Any) -> None:
    """A period that ends after today keeps its bounds but counts members on today, against the
    same number of days at the start of the period before."""
    fx.build(ctx.session_factory)
    running = Period(dt.date(2026, 11, 23), dt.date(2026, 12, 6))
    with ctx.session_factory() as s:
        d = compute(s, running, fx.NOW)
        today = compute(s, Period(running.start, fx.NOW.date()), fx.NOW)
    assert d.period == running
    assert d.previous_period == Period(dt.date(2026, 11, 9), dt.date(2026, 11, 16))  # 8 days
    for key in ("members_total", "active", "silent", "zombie"):
        assert d.kpi(key).value == today.kpi(key).value
    assert d.growth[-1].week_start == fx.NOW.date() - dt.timedelta(days=6)


def test_page_steps_agree_with_the_workbook_figures(demo_ctx: Any) -> None:
    """The page's two steps (KPIs, then charts) give the very values of the full computation
    the workbook is written from, for a closed week and for a month still running."""
    from app.reports.figures import page_figures

    today = dt.date.today()
    now = dt.datetime.combine(today, dt.time(15, 0))
    for period in (periods.last_week(today), periods.this_month(today)):
        with demo_ctx.session_factory() as s:
            full = compute(s, period, now)
            head, shown = page_figures(s, period, None, now)
        assert head.kpis == full.kpis and head.left_out == full.left_out
        assert (head.period, head.previous_period) == (full.period, full.previous_period)
        assert shown.growth == full.growth and shown.activity_trend == full.activity_trend
        assert shown.skin_types == full.skin_types and shown.products == full.products
        assert shown.plan_by_type == full.plan_by_type and shown.goals == full.goals
        assert head.kpi("active").value == full.activity_trend[-1].active
        rates = demo_ctx.purchases.overall(head.period.start, min(head.period.end, today))
        assert head.kpi("purchase_rate").value == rates.purchase_rate
        assert head.kpi("buyers").value == rates.buyers > 0


def test_activity_read_later_counts_as_read_at_once(ctx: Any) -> None:
    """A day asked about after the first read (the goals' quarter before) has its missing
    activity read then: the counts equal those of a read that covered it from the start."""
    from app.reports.figures import MemberFigures

    fx.build(ctx.session_factory, active_days=7)
    early = fx.PERIOD.end - dt.timedelta(days=200)
    with ctx.session_factory() as s:
        late = MemberFigures(s, [early])  # reads nothing of November
        at_once = MemberFigures(s, [early, fx.PERIOD.end])
        for day in (fx.PERIOD.end, fx.PERIOD.end - dt.timedelta(days=3), early):
            assert late.activity(day) == at_once.activity(day)
        # Her row says 1 November: only her check-in of the 23rd makes member 5 active.
        assert 5 in late.activity(fx.PERIOD.end)["active"]
