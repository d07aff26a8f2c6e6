"""The figures of a period, computed once for the 报表 page, the workbook and `--json`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from app.reports import community_figures as cf
from app.reports import frames
from app.reports.domain import (
    RATE,
    ActivityPoint,
    CohortRow,
    GrowthPoint,
    Kpi,
    MemberLine,
    ReportData,
    Slice,
    TagGroupSlices,
    Thresholds,
)
from app.reports.periods import Period

# Last activity within ACTIVE days: active; within ZOMBIE days: silent; older or never: zombie.
ACTIVE_DAYS_KEY = "members.silent_days"  # declared in app/settings (设置 → 成员活跃度)
ZOMBIE_DAYS_KEY = "members.zombie_days"
DEFAULT_ACTIVE_DAYS = 30
DEFAULT_ZOMBIE_DAYS = 90
TREND_WEEKS = 12
COHORT_MONTHS = 12


def thresholds(s: Session) -> Thresholds:
    def read(key: str, default: int) -> int:
        value = frames.setting(s, key)
        return value if isinstance(value, int) and value > 0 else default

    active = read(ACTIVE_DAYS_KEY, DEFAULT_ACTIVE_DAYS)
    zombie = read(ZOMBIE_DAYS_KEY, DEFAULT_ZOMBIE_DAYS)
    return Thresholds(active, max(zombie, active))


def _ts(day: dt.date) -> pd.Timestamp:
    return pd.Timestamp(day)


def _ids(frame: pd.DataFrame, mask: Any = None) -> tuple[int, ...]:
    ids = frame["id"].to_numpy(dtype=np.int64)
    return tuple((ids if mask is None else ids[np.asarray(mask)]).tolist())


class MemberFigures:
    """Presence and activity of members on any day, from one read of the tables.

    Activity over time. A member is *active* on day D when she did something on record in the
    `active_days` days up to D (D − active_days … D, both included), *silent* when her last
    such day lies between active_days and `zombie_days` days before D, and a *zombie* when she
    did nothing on record in the `zombie_days` days up to D (or never). Both thresholds are the
    settings 设置 → 成员活跃度. What is on record (`frames.activity_days`): the last activity
    noted on her row, check-ins, sign-ups, purchases, points she earned or spent other than
    for a check-in, and complaints she made — each on its own day, so "active in week W" means
    an activity day in the active_days days before the end of W, and past weeks are counted
    from what happened before them, not from today's last activity. A day after D is never
    known on D. Only members present on D (joined, not left, not in the trash) are counted.

    `ends`: the days that will be asked about; activity days are read from the earliest of
    them minus zombie_days on (anything older cannot change a classification)."""

    def __init__(self, s: Session, ends: list[dt.date]) -> None:
        self.m = frames.members(s)
        self.th = thresholds(s)
        first = min(ends) - dt.timedelta(days=self.th.zombie_days)
        days = frames.activity_days(s, first, max(ends))
        order = np.argsort(days["day"].to_numpy(dtype="datetime64[D]").astype(np.int64))
        self._day = days["day"].to_numpy(dtype="datetime64[D]").astype(np.int64)[order]
        self._who = days["member_id"].to_numpy(dtype=np.int64)[order]
        self._size = (
            int(max(self.m["id"].max() if len(self.m) else 0, self._who.max(initial=0))) + 1
        )
        self.ends = ends
        self._ids = self.m["id"].to_numpy(dtype=np.int64)

    def _seen(self, day: dt.date, within: int) -> np.ndarray:
        """A lookup by member id: True where she has an activity day in the `within` days up
        to `day` (both ends included)."""
        d = int(np.datetime64(day, "D").astype(np.int64))
        lo = np.searchsorted(self._day, d - within, side="left")
        hi = np.searchsorted(self._day, d, side="right")
        seen = np.zeros(self._size, dtype=bool)
        seen[self._who[lo:hi]] = True
        return seen

    def present_mask(self, day: dt.date) -> Any:
        d = _ts(day)
        return (self.m["since"] <= d) & ~(self.m["gone_on"] <= d)

    def joined_mask(self, p: Period) -> Any:
        return self.m["since"].between(_ts(p.start), _ts(p.end))

    def left_mask(self, p: Period) -> Any:
        return self.m["gone_on"].between(_ts(p.start), _ts(p.end))

    def _split(self, day: dt.date) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Ids of the members present on `day`, and which of them are active and silent."""
        ids = self._ids[self.present_mask(day).to_numpy()]
        active = self._seen(day, self.th.active_days)[ids]
        silent = ~active & self._seen(day, self.th.zombie_days)[ids]
        return ids, active, silent

    def activity(self, day: dt.date) -> dict[str, tuple[int, ...]]:
        """Present members on `day` split into active, silent and zombie (see the class)."""
        ids, active, silent = self._split(day)
        return {
            "active": tuple(ids[active].tolist()),
            "silent": tuple(ids[silent].tolist()),
            "zombie": tuple(ids[~active & ~silent].tolist()),
        }

    def activity_counts(self, day: dt.date) -> tuple[int, int, int]:
        ids, active, silent = self._split(day)
        n_active, n_silent = int(active.sum()), int(silent.sum())
        return n_active, n_silent, len(ids) - n_active - n_silent

    def kpis(self, p: Period, prev: Period) -> list[Kpi]:
        now_total, prev_total = self.m[self.present_mask(p.end)], self.present_mask(prev.end)
        act, prev_act = self.activity(p.end), self.activity(prev.end)
        total, prev_n = len(now_total), int(prev_total.sum())

        def rate(n: int, of: int) -> float | None:
            return n / of if of else None

        return [
            Kpi("members_total", "成员总数", total, prev_n, member_ids=_ids(now_total)),
            Kpi(
                "members_new",
                "新增成员",
                int(self.joined_mask(p).sum()),
                int(self.joined_mask(prev).sum()),
                member_ids=_ids(self.m, self.joined_mask(p)),
            ),
            Kpi(
                "members_left",
                "离开成员",
                int(self.left_mask(p).sum()),
                int(self.left_mask(prev).sum()),
                member_ids=_ids(self.m, self.left_mask(p)),
                higher_is_better=False,
            ),
            Kpi(
                "active",
                "活跃",
                len(act["active"]),
                len(prev_act["active"]),
                member_ids=act["active"],
            ),
            Kpi(
                "silent",
                "沉默",
                len(act["silent"]),
                len(prev_act["silent"]),
                member_ids=act["silent"],
                higher_is_better=False,
            ),
            Kpi(
                "zombie",
                "僵尸",
                len(act["zombie"]),
                len(prev_act["zombie"]),
                member_ids=act["zombie"],
                higher_is_better=False,
            ),
            Kpi(
                "active_rate",
                "活跃率",
                rate(len(act["active"]), total),
                rate(len(prev_act["active"]), prev_n),
                RATE,
                member_ids=act["active"],
            ),
        ]

    def growth(self, p: Period) -> tuple[GrowthPoint, ...]:
        points = []
        for k in range(TREND_WEEKS - 1, -1, -1):
            end = p.end - dt.timedelta(weeks=k)
            week = Period(end - dt.timedelta(days=6), end)
            points.append(
                GrowthPoint(
                    week.start,
                    int(self.present_mask(end).sum()),
                    int(self.joined_mask(week).sum()),
                    int(self.left_mask(week).sum()),
                )
            )
        return tuple(points)

    def activity_trend(self, p: Period) -> tuple[ActivityPoint, ...]:
        out = []
        for k in range(TREND_WEEKS - 1, -1, -1):
            day = p.end - dt.timedelta(weeks=k)
            out.append(ActivityPoint(day, *self.activity_counts(day)))
        return tuple(out)

    def cohorts(self, p: Period) -> tuple[CohortRow, ...]:
        """Month cohorts of the last COHORT_MONTHS months: the share of each still in the
        community at the end of each month since joining (the last one cut at the period end)."""
        end = _ts(p.end)
        first = (end.to_period("M") - (COHORT_MONTHS - 1)).to_timestamp()
        m = self.m[self.m["since"] >= first]
        rows = []
        for month, group in m.groupby(m["since"].dt.to_period("M")):
            rates = []
            k = 0
            while True:
                cut = min((month + k).to_timestamp(how="end").normalize(), end)
                stayed = ~(group["gone_on"] <= cut)
                rates.append(round(float(stayed.mean()), 4))
                if cut >= end:
                    break
                k += 1
            rows.append(CohortRow(str(month), len(group), tuple(rates)))
        return tuple(rows)

    def skin_types(self, day: dt.date) -> tuple[Slice, ...]:
        present = self.m[self.present_mask(day)]
        skin = present["skin_type"].fillna("未填写").replace("", "未填写")
        out = [Slice(str(name), len(g), _ids(g)) for name, g in present.groupby(skin, sort=False)]
        return tuple(sorted(out, key=lambda x: (-x.count, x.name)))

    def tag_groups(self, s: Session, day: dt.date) -> tuple[TagGroupSlices, ...]:
        present = set(_ids(self.m, self.present_mask(day)))
        t = frames.tags(s)
        t = t[t["member_id"].isin(present)]
        out = []
        for group, g in t.groupby("tag_group", sort=False):
            slices = [
                Slice(str(tag), len(tg), tuple(int(i) for i in tg["member_id"]))
                for tag, tg in g.groupby("tag", sort=False)
            ]
            out.append(TagGroupSlices(str(group), tuple(sorted(slices, key=lambda x: -x.count))))
        return tuple(out)

    def lines(self, s: Session, ids: tuple[int, ...]) -> tuple[MemberLine, ...]:
        part = self.m[self.m["id"].isin(ids)].merge(frames.contacts(s, ids), on="id", how="left")

        def day(v: Any) -> dt.date | None:
            return None if pd.isna(v) else v.date()

        def text(v: Any) -> str:
            return "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)

        return tuple(
            MemberLine(
                int(r.id),
                text(r.nickname),
                text(r.name),
                text(r.phone),
                text(r.skin_type),
                day(r.joined),
                day(r.last_active),
                r.status,
            )
            for r in part.itertuples()
        )


def compute(s: Session, p: Period, now: dt.datetime | None = None) -> ReportData:
    """Every figure of `p` against the period before it."""
    from app.reports.goals import goal_rows, previous_quarter
    from app.reports.purchase_figures import PurchaseFigures

    now = now or dt.datetime.now().replace(microsecond=0)
    prev = p.previous()
    shown = p
    # A period still running (this week, this month) is reported as it stands today: members
    # are counted on today, not on a day that has not come.
    # It is compared with the same number of days at the start of the period before (month to
    # date against the same days of last month), not with that whole period.
    if p.end > now.date():
        p = Period(p.start, max(p.start, now.date()))
        prev = Period(prev.start, min(prev.end, prev.start + dt.timedelta(days=p.days - 1)))
    trend_first = p.end - dt.timedelta(weeks=TREND_WEEKS - 1)
    mf = MemberFigures(s, [trend_first, prev.end, previous_quarter(p.end).end, p.end])
    kpis = mf.kpis(p, prev)
    pf = PurchaseFigures(s, p, prev)
    purchase_kpis = pf.kpis()
    plan_type, plan_slot, plan_kpis = cf.plan(s, p, prev, now)
    acts, act_kpis = cf.activities(s, p, prev)
    care_kpis, deposits, warnings = cf.care(s, p, prev)
    complaint_kpis, complaints = cf.complaints(s, p, prev)
    return ReportData(
        period=shown,
        previous_period=prev,
        generated_at=now,
        thresholds=mf.th,
        kpis=tuple(kpis + purchase_kpis + plan_kpis + act_kpis + care_kpis + complaint_kpis),
        growth=mf.growth(p),
        activity_trend=mf.activity_trend(p),
        cohorts=mf.cohorts(p),
        skin_types=mf.skin_types(p.end),
        tag_groups=mf.tag_groups(s, p.end),
        plan_by_type=plan_type,
        plan_by_slot=plan_slot,
        activities=acts,
        points_by_reason=cf.points(s, p),
        deposits=deposits,
        new_members=mf.lines(s, kpis[1].member_ids),
        zombies=mf.lines(s, kpis[5].member_ids),
        warnings=warnings,
        complaints=complaints,
        products=pf.products(),
        top_buyers=pf.top_buyers(),
        unsuitable=pf.unsuitable(),
        refunds=pf.refunds(),
        goals=goal_rows(s, mf, p.end),
        left_out=() if pf.any else ("purchases",),
    )
