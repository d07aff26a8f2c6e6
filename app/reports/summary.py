"""Figures in words: value and change formatting, and the plain sentences of the 概览 sheet."""

from __future__ import annotations

from app.reports.domain import MINUTES, MONEY, RATE, GoalRow, Kpi, ReportData


def period_words(data: ReportData) -> tuple[str, str]:
    """("本周", "上周") for a week, ("本月", "上月") for a month, ("本期", "上期") otherwise."""
    p = data.period
    if p.days == 7 and p.start.weekday() == 0:
        return "本周", "上周"
    if p.start.day == 1 and p.previous().days != p.days or (p.start.day == 1 and p.days >= 28):
        return "本月", "上月"
    return "本期", "上期"


def number_text(value: float | None, unit: str, money_decimals: int = 2) -> str:
    """A figure without words: "41%", "¥1,234.00", "1,234", "25" (minutes); "—" when unknown.
    The page adds the words of its language (分钟/min) around it."""
    if value is None:
        return "—"
    if unit == RATE:
        return f"{value:.0%}"
    if unit == MONEY:
        return f"¥{value:,.{money_decimals}f}"
    return f"{value:,.0f}"


def value_text(kpi: Kpi) -> str:
    v = kpi.value
    if kpi.unit == MINUTES and v is not None:
        return f"{v:.0f} 分钟" if v < 120 else f"{v / 60:.1f} 小时"
    return number_text(v, kpi.unit)


def change_text(kpi: Kpi) -> str:
    """ "+3 个百分点", "-12", "持平", or "—" when one side is unknown."""
    c = kpi.change
    if c is None:
        return "—"
    if kpi.unit == RATE:
        points = round(c * 100)
        return "持平" if points == 0 else f"{points:+d} 个百分点"
    if abs(c) < 0.05:
        return "持平"
    if kpi.unit == MINUTES:
        return f"{c:+.0f} 分钟"
    if kpi.unit == MONEY:
        return f"{c:+,.2f} 元"
    return f"{c:+,.0f}"


def sentences(data: ReportData) -> list[str]:
    """A few sentences a boss reads in ten seconds."""
    this, last = period_words(data)
    k = data.kpi
    out = [
        f"{this}新增 {value_text(k('members_new'))} 人，离开 {value_text(k('members_left'))} 人，"
        f"成员总数 {value_text(k('members_total'))}（比{last} {change_text(k('members_total'))}）。",
        f"活跃率 {value_text(k('active_rate'))}，比{last} {change_text(k('active_rate'))}；"
        f"沉默 {value_text(k('silent'))} 人，僵尸 {value_text(k('zombie'))} 人"
        f"（{data.thresholds.active_days} 天内有活动算活跃，超过 {data.thresholds.zombie_days} 天算僵尸）。",
    ]
    planned = k("posts_planned").value or 0
    if planned:
        out.append(
            f"计划发布 {value_text(k('posts_planned'))} 篇，已发布 {value_text(k('posts_published'))} 篇，"
            f"迟发 {value_text(k('posts_late'))} 篇，漏发 {value_text(k('posts_missed'))} 篇，"
            f"按时发布率 {value_text(k('plan_on_time_rate'))}。"
        )
    else:
        out.append(f"{this}内容日历里没有计划发布的内容。")
    if k("activities").value:
        out.append(
            f"进行中的活动 {value_text(k('activities'))} 个，{value_text(k('checkin_members'))} 人打卡 "
            f"{value_text(k('checkins'))} 次，打卡完成率 {value_text(k('checkin_completion'))}。"
        )
    out.append(
        f"警告 {value_text(k('warnings'))} 次（移出 {value_text(k('removals'))} 人）；"
        f"新投诉 {value_text(k('complaints_new'))} 件，未解决 {value_text(k('complaints_open'))} 件，"
        f"首次响应中位数 {value_text(k('first_response_median_minutes'))}。"
    )
    if "purchases" in data.left_out:
        out.append("还没有购买记录：购买率、复购率和销售额暂不报告（不会用 0 代替）。")
    else:
        out.append(
            f"销售额 {value_text(k('revenue'))}（已扣除退款，比{last} {change_text(k('revenue'))}），"
            f"{value_text(k('buyers'))} 人购买 {value_text(k('orders'))} 笔，"
            f"购买率 {value_text(k('purchase_rate'))}，复购率 {value_text(k('repurchase_rate'))}；"
            f"不适合肤质的购买 {value_text(k('unsuitable_purchases'))} 笔，"
            f"退款 {value_text(k('refunds'))} 笔 {value_text(k('refund_amount'))}。"
        )
    out.extend(goal_sentence(g) for g in data.goals)
    return out


def goal_text(value: float, unit: str) -> str:
    return number_text(value, unit, money_decimals=0)


def goal_sentence(g: GoalRow) -> str:
    """ "2026-Q4 目标：活跃成员 +30%（上季度 400 → 目标 520），目前 450，完成 87%。" """
    progress = (
        f"完成 {g.progress:.0%}" if g.progress is not None else "上季度为 0，无法按百分比衡量"
    )
    state = "，已达成" if g.reached and g.progress is not None else ""
    return (
        f"{g.quarter} 目标：{g.label} {g.goal_percent:+d}%（上季度 {goal_text(g.base, g.unit)} → "
        f"目标 {goal_text(g.target, g.unit)}），目前 {goal_text(g.actual, g.unit)}，{progress}{state}。"
    )


def as_json(data: ReportData) -> dict[str, object]:
    """The figures as one flat JSON object (the `shequn report --json` contract): every KPI by
    its key, the period bounds, and the sections left out for want of data."""
    out: dict[str, object] = {
        "period": {"from": data.period.start.isoformat(), "to": data.period.end.isoformat()},
        "previous_period": {
            "from": data.previous_period.start.isoformat(),
            "to": data.previous_period.end.isoformat(),
        },
    }
    for kpi in data.kpis:
        out[kpi.key] = kpi.value
        out[f"{kpi.key}_previous"] = kpi.previous
    out["active_days"] = data.thresholds.active_days
    out["zombie_days"] = data.thresholds.zombie_days
    out["skin_types"] = {s.name: s.count for s in data.skin_types}
    out["posts_by_type"] = [
        {
            "type": r.name,
            "planned": r.planned,
            "published": r.published,
            "late": r.late,
            "missed": r.missed,
        }
        for r in data.plan_by_type
    ]
    out["top_products"] = [
        {
            "product": p.name,
            "quantity": p.quantity,
            "revenue": p.amount,
            "buyers": p.buyers,
            "repeat_buyers": p.repeat_buyers,
        }
        for p in data.products[:10]
    ]
    out["goals"] = [
        {
            "metric": g.metric,
            "quarter": g.quarter,
            "goal_percent": g.goal_percent,
            "base": g.base,
            "target": g.target,
            "actual": g.actual,
            "actual_percent": None if g.actual_percent is None else round(g.actual_percent, 1),
            "reached": g.reached,
        }
        for g in data.goals
    ]
    out["left_out"] = list(data.left_out)
    return out
