"""Figures of the content plan, activities, points, warnings, deposits and complaints."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from sqlalchemy.orm import Session

from app.reports import frames
from app.reports.domain import (
    MINUTES,
    MONEY,
    RATE,
    ActivityRow,
    ComplaintLine,
    Kpi,
    PlanRow,
    WarningLine,
)
from app.reports.periods import Period

# A post published more than this after its planned time counts as late.
LATE_GRACE = dt.timedelta(minutes=30)
NO_TYPE, NO_SLOT = "未分类", "单独安排"


def _bounds(p: Period) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(p.start, dt.time()), dt.datetime.combine(
        p.end + dt.timedelta(days=1), dt.time()
    )


def _post_counts(posts: pd.DataFrame, now: dt.datetime) -> pd.DataFrame:
    published = posts["status"] == "published"
    late = published & (posts["published_at"] > posts["planned_at"] + LATE_GRACE)
    missed = ~published & (posts["planned_at"] < pd.Timestamp(now))
    return posts.assign(planned=1, published=published, late=late, missed=missed)


def _plan_rows(counted: pd.DataFrame, by: str) -> tuple[PlanRow, ...]:
    if counted.empty:
        return ()
    sums = counted.groupby(by, sort=True)[["planned", "published", "late", "missed"]].sum()
    return tuple(
        PlanRow(str(name), int(r.planned), int(r.published), int(r.late), int(r.missed))
        for name, r in sums.iterrows()
    )


def plan(
    s: Session, p: Period, prev: Period, now: dt.datetime
) -> tuple[tuple[PlanRow, ...], tuple[PlanRow, ...], list[Kpi]]:
    def counted(period: Period) -> pd.DataFrame:
        posts = frames.posts(s, *_bounds(period))
        posts["type"] = posts["type"].fillna(NO_TYPE)
        posts["slot"] = posts["slot"].fillna(NO_SLOT)
        return _post_counts(posts, now)

    cur, old = counted(p), counted(prev)

    def kpi(key: str, label: str, col: str, good: bool = True) -> Kpi:
        return Kpi(key, label, int(cur[col].sum()), int(old[col].sum()), higher_is_better=good)

    def on_time(c: pd.DataFrame) -> float | None:
        return float((c["published"] & ~c["late"]).sum() / len(c)) if len(c) else None

    kpis = [
        kpi("posts_planned", "计划发布", "planned"),
        kpi("posts_published", "已发布", "published"),
        kpi("posts_late", "迟发", "late", good=False),
        kpi("posts_missed", "漏发", "missed", good=False),
        Kpi("plan_on_time_rate", "按时发布率", on_time(cur), on_time(old), RATE),
    ]
    return _plan_rows(cur, "type"), _plan_rows(cur, "slot"), kpis


def _overlap_days(start: Any, end: Any, p: Period) -> int:
    return max(0, int((min(end, p.end) - max(start, p.start)).days) + 1)


def activities(s: Session, p: Period, prev: Period) -> tuple[tuple[ActivityRow, ...], list[Kpi]]:
    def read(period: Period) -> tuple[pd.DataFrame, pd.DataFrame]:
        return frames.activities(s, period.start, period.end), frames.checkins(
            s, period.start, period.end
        )

    def completion(acts: pd.DataFrame, checks: pd.DataFrame, period: Period) -> float | None:
        # Only activities that take check-ins (one at least in the period) have a completion:
        # a sharing session's sign-ups are not missed check-ins.
        taking = acts[acts["id"].isin(set(checks["activity_id"]))]
        possible = sum(
            int(a.signups) * _overlap_days(a.start, a.end, period) for a in taking.itertuples()
        )
        done = len(checks[checks["activity_id"].isin(set(taking["id"]))])
        return done / possible if possible else None

    acts, checks = read(p)
    old_acts, old_checks = read(prev)
    rows = []
    for a in acts.itertuples():
        mine = checks[checks["activity_id"] == a.id]
        possible = int(a.signups) * _overlap_days(a.start, a.end, p)
        rows.append(
            ActivityRow(
                int(a.id),
                a.name,
                a.kind,
                a.start,
                a.end,
                int(a.signups),
                int(mine["member_id"].nunique()),
                len(mine),
                len(mine) / possible if possible and len(mine) else None,
            )
        )
    people = tuple(sorted(int(i) for i in checks["member_id"].unique()))
    kpis = [
        Kpi("activities", "进行中的活动", len(acts), len(old_acts)),
        Kpi(
            "checkin_members",
            "打卡人数",
            len(people),
            int(old_checks["member_id"].nunique()),
            member_ids=people,
        ),
        Kpi("checkins", "打卡次数", len(checks), len(old_checks)),
        Kpi(
            "checkin_completion",
            "打卡完成率",
            completion(acts, checks, p),
            completion(old_acts, old_checks, prev),
            RATE,
        ),
    ]
    return tuple(rows), kpis


def points(s: Session, p: Period) -> tuple[tuple[str, int], ...]:
    frame = frames.points(s, *_bounds(p))
    sums = frame.groupby("reason")["delta"].sum().sort_values(ascending=False)
    return tuple((str(k), int(v)) for k, v in sums.items())


def _text(v: Any) -> str:
    return "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)


def _name(nickname: Any, name: Any) -> str:
    return _text(nickname) or _text(name)


def care(
    s: Session, p: Period, prev: Period
) -> tuple[list[Kpi], dict[str, float], tuple[WarningLine, ...]]:
    cur, old = frames.warnings(s, *_bounds(p)), frames.warnings(s, *_bounds(prev))

    def counted(w: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        valid = w[~w["revoked"].astype(bool)]
        return valid, valid[valid["outcome"] == "removal"]

    warned, removed = counted(cur)
    old_warned, old_removed = counted(old)
    dep = frames.deposits(s)
    start, end = pd.Timestamp(p.start), pd.Timestamp(p.end)

    def held_at(day: pd.Timestamp) -> pd.DataFrame:
        return dep[(dep["held_on"] <= day) & ~(dep["closed_on"] <= day)]

    closed = dep[dep["closed_on"].between(start, end)]
    deposits = {
        "held_now": float(held_at(end)["amount"].sum()),
        "held_members": float(held_at(end)["member_id"].nunique()),
        "taken": float(dep[dep["held_on"].between(start, end)]["amount"].sum()),
        "refunded": float(closed[closed["status"] == "refunded"]["amount"].sum()),
        "forfeited": float(closed[closed["status"] == "forfeited"]["amount"].sum()),
    }

    def ids(f: pd.DataFrame) -> tuple[int, ...]:
        return tuple(sorted({int(i) for i in f["member_id"]}))

    kpis = [
        Kpi(
            "warnings",
            "警告",
            len(warned),
            len(old_warned),
            member_ids=ids(warned),
            higher_is_better=False,
        ),
        Kpi(
            "removals",
            "移出",
            len(removed),
            len(old_removed),
            member_ids=ids(removed),
            higher_is_better=False,
        ),
        Kpi(
            "deposits_held",
            "押金余额",
            deposits["held_now"],
            float(held_at(pd.Timestamp(prev.end))["amount"].sum()),
            MONEY,
            member_ids=ids(held_at(end)),
        ),
    ]
    lines = tuple(
        WarningLine(
            r.at.to_pydatetime(),
            int(r.member_id),
            _name(r.nickname, r.name),
            r.reason,
            r.outcome,
            bool(r.revoked),
        )
        for r in cur.itertuples()
    )
    return kpis, deposits, lines


def _minutes(later: pd.Series, earlier: pd.Series) -> pd.Series:
    return (later - earlier).dt.total_seconds() / 60


def _quantile(values: pd.Series, q: float) -> float | None:
    values = values.dropna()
    return round(float(values.quantile(q)), 1) if len(values) else None


def complaints(s: Session, p: Period, prev: Period) -> tuple[list[Kpi], tuple[ComplaintLine, ...]]:
    start, until = _bounds(p)
    prev_start, prev_until = _bounds(prev)
    frame = frames.complaints(s, until)
    frame["first"] = _minutes(frame["first_response_at"], frame["received_at"])
    frame["resolve"] = _minutes(frame["resolved_at"], frame["received_at"])
    cur = frame[frame["received_at"] >= pd.Timestamp(start)]
    old = frame[
        (frame["received_at"] >= pd.Timestamp(prev_start))
        & (frame["received_at"] < pd.Timestamp(prev_until))
    ]

    def open_at(moment: dt.datetime) -> pd.DataFrame:
        f = frame[frame["received_at"] < pd.Timestamp(moment)]
        return f[~(f["resolved_at"] < pd.Timestamp(moment))]

    def ids(f: pd.DataFrame) -> tuple[int, ...]:
        return tuple(sorted({int(i) for i in f["member_id"].dropna()}))

    def bad(key: str, label: str, col: str, q: float) -> Kpi:
        return Kpi(
            key,
            label,
            _quantile(cur[col], q),
            _quantile(old[col], q),
            MINUTES,
            higher_is_better=False,
        )

    kpis = [
        Kpi(
            "complaints_new",
            "新投诉",
            len(cur),
            len(old),
            member_ids=ids(cur),
            higher_is_better=False,
        ),
        Kpi(
            "complaints_open",
            "未解决投诉",
            len(open_at(until)),
            len(open_at(prev_until)),
            member_ids=ids(open_at(until)),
            higher_is_better=False,
        ),
        bad("first_response_median_minutes", "首次响应中位数", "first", 0.5),
        bad("first_response_p90_minutes", "首次响应 P90", "first", 0.9),
        bad("resolution_median_minutes", "解决用时中位数", "resolve", 0.5),
        bad("resolution_p90_minutes", "解决用时 P90", "resolve", 0.9),
    ]

    def num(v: Any) -> float | None:
        return None if pd.isna(v) else round(float(v), 1)

    lines = tuple(
        ComplaintLine(
            int(r.id),
            r.received_at.to_pydatetime(),
            _name(r.nickname, r.name),
            _text(r.category),
            _text(r.channel),
            _text(r.status),
            num(r.first),
            num(r.resolve),
            _text(r.text),
        )
        for r in cur.itertuples()
    )
    return kpis, lines
