"""Quarter goals (设置 → 季度目标) against what happened so far in the quarter.

A goal is a growth in percent over the quarter before: "+30 % active" means active members at
the end of this quarter = 1.3 × active members at the end of the last one; "+50 % new" means
members who join this quarter = 1.5 × those who joined in the last one. The goals of a quarter
are the ones set for it ("2026-Q4"), else the standing ones ("default")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.reports import frames
from app.reports.domain import COUNT, MONEY, GoalRow
from app.reports.periods import Period
from app.settings.declared import GOAL_METRICS, REPORT_GOALS, value

GOAL_LABELS = {"active": "活跃成员", "new": "新增成员", "total": "成员总数", "revenue": "销售额"}


def quarter_key(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_of(day: dt.date) -> Period:
    first_month = (day.month - 1) // 3 * 3 + 1
    start = dt.date(day.year, first_month, 1)
    nxt = dt.date(day.year + (first_month + 3 > 12), (first_month + 2) % 12 + 1, 1)
    return Period(start, nxt - dt.timedelta(days=1))


def previous_quarter(day: dt.date) -> Period:
    return quarter_of(quarter_of(day).start - dt.timedelta(days=1))


def goals_for(stored: Mapping[str, Mapping[str, int]], day: dt.date) -> dict[str, int]:
    """The goals in force for the quarter of `day`, by metric (percent)."""
    chosen = stored.get(quarter_key(day)) or stored.get("default") or {}
    return {k: int(v) for k, v in chosen.items() if k in GOAL_METRICS}


def goal_rows(s: Session, mf: Any, end: dt.date) -> tuple[GoalRow, ...]:
    """Goals of the quarter that holds `end`, each against its figure on `end`.

    `mf` is the report's `MemberFigures` (it was told to read activity back to the end of the
    quarter before)."""
    goals = goals_for(value(s, REPORT_GOALS), end)
    if not goals:
        return ()
    quarter, before = quarter_of(end), previous_quarter(end)
    so_far = Period(quarter.start, end)

    def figure(metric: str) -> tuple[float, float, str]:
        if metric == "active":
            return len(mf.activity(before.end)["active"]), len(mf.activity(end)["active"]), COUNT
        if metric == "total":
            return (
                float(mf.present_mask(before.end).sum()),
                float(mf.present_mask(end).sum()),
                COUNT,
            )
        if metric == "new":
            return float(mf.joined_mask(before).sum()), float(mf.joined_mask(so_far).sum()), COUNT
        return (
            frames.revenue(s, before.start, before.end),
            frames.revenue(s, so_far.start, so_far.end),
            MONEY,
        )

    rows = []
    for metric in GOAL_METRICS:
        if metric not in goals:
            continue
        base, actual, unit = figure(metric)
        pct = goals[metric]
        rows.append(
            GoalRow(
                metric,
                GOAL_LABELS[metric],
                quarter_key(end),
                pct,
                float(base),
                round(base * (1 + pct / 100), 2),
                float(actual),
                unit,
            )
        )
    return tuple(rows)
