"""The figures of a period, computed once for the 报表 page, the workbook and `--json`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from app.reports import community_figures as cf
from app.reports import frames
from app.reports.domain import (
    RATE,
    ActivityPoint,
    ActivityRow,
    CohortRow,
    ComplaintLine,
    GrowthPoint,
    Kpi,
    MemberLine,
    PlanRow,
    ReportCharts,
    ReportData,
    ReportHeadline,
    Slice,
    TagGroupSlices,
    Thresholds,
    WarningLine,
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


def _day_number(day: dt.date) -> int:
    return int(np.datetime64(day, "D").astype(np.int64))


def _date_of(number: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=number)


def _merged(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _ids(frame: pd.DataFrame, mask: Any = None) -> tuple[int, ...]:
    ids = frame["id"].to_numpy(dtype=np.int64)
    return tuple((ids if mask is None else ids[np.asarray(mask)]).tolist())


class MemberFigures:
    """Presence and activity of members on any day.

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

    `ends`: the days that will be asked about, so that their activity is read at once (the
    zombie_days before each; anything older cannot change a classification). A day asked
    about later has the days it lacks read then."""

    def __init__(self, s: Session, ends: list[dt.date]) -> None:
        self._s = s
        self.m = frames.members(s)
        self.th = thresholds(s)
        self._ids = self.m["id"].to_numpy(dtype=np.int64)
        self._since = self.m["since_n"].to_numpy(dtype=np.int64)
        self._gone = self.m["gone_n"].to_numpy(dtype=np.int64)
        # The last activity noted on a member's row is known for every day at once.
        noted = self.m["active_n"].to_numpy(dtype=np.int64)
        known = noted != frames.NEVER_ACTIVE
        self._day = noted[known]
        self._who = self._ids[known]
        self._read: list[tuple[int, int]] = []  # day numbers read from the tables, merged
        self._size = int(self._ids.max(initial=0)) + 1
        self._read_around(ends)

    def _read_around(self, ends: list[dt.date]) -> None:
        """Read the activity of the zombie_days up to each of `ends` not read yet."""
        wanted = sorted((n - self.th.zombie_days, n) for n in (_day_number(e) for e in ends))
        gaps: list[tuple[int, int]] = []
        for lo, hi in wanted:
            for a, b in self._read:  # cut away what was read (the intervals are disjoint)
                if a <= lo <= b:
                    lo = b + 1
                if a <= hi <= b:
                    hi = a - 1
            if lo > hi:
                continue
            if gaps and lo <= gaps[-1][1] + 1:
                gaps[-1] = (gaps[-1][0], max(gaps[-1][1], hi))
            else:
                gaps.append((lo, hi))
        if not gaps:
            return
        days, who = [self._day], [self._who]
        for lo, hi in gaps:
            d, w = frames.activity_days(self._s, _date_of(lo), _date_of(hi))
            days.append(d)
            who.append(w)
        day, member = np.concatenate(days), np.concatenate(who)
        order = np.argsort(day)  # the order within a day does not matter
        self._day, self._who = day[order], member[order]
        self._size = max(self._size, int(self._who.max(initial=0)) + 1)
        self._read = _merged(self._read + gaps)

    def _seen(self, day: dt.date, within: int) -> np.ndarray:
        """A lookup by member id: True where she has an activity day in the `within` days up
        to `day` (both ends included)."""
        self._read_around([day])
        d = _day_number(day)
        lo = np.searchsorted(self._day, d - within, side="left")
        hi = np.searchsorted(self._day, d, side="right")
        seen = np.zeros(self._size, dtype=bool)
        seen[self._who[lo:hi]] = True
        return seen

    def present_mask(self, day: dt.date) -> np.ndarray:
        """By row of `m`: True where the member had joined and not left by `day`."""
        d = _day_number(day)
        return (self._since <= d) & (self._gone > d)  # type: ignore[no-any-return]

    def joined_mask(self, p: Period) -> np.ndarray:
        lo, hi = _day_number(p.start), _day_number(p.end)
        return (self._since >= lo) & (self._since <= hi)  # type: ignore[no-any-return]

    def left_mask(self, p: Period) -> np.ndarray:
        lo, hi = _day_number(p.start), _day_number(p.end)
        return (self._gone >= lo) & (self._gone <= hi)  # type: ignore[no-any-return]

    def _split(self, day: dt.date) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Ids of the members present on `day`, and which of them are active and silent."""
        ids = self._ids[self.present_mask(day)]
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
        now_total = self._ids[self.present_mask(p.end)]
        total, prev_n = len(now_total), int(self.present_mask(prev.end).sum())
        act = self.activity(p.end)
        prev_active, prev_silent, prev_zombie = self.activity_counts(prev.end)
        joined, left = self.joined_mask(p), self.left_mask(p)

        def rate(n: int, of: int) -> float | None:
            return n / of if of else None

        return [
            Kpi("members_total", "成员总数", total, prev_n, member_ids=tuple(now_total.tolist())),
            Kpi(
                "members_new",
                "新增成员",
                int(joined.sum()),
                int(self.joined_mask(prev).sum()),
                member_ids=tuple(self._ids[joined].tolist()),
            ),
            Kpi(
                "members_left",
                "离开成员",
                int(left.sum()),
                int(self.left_mask(prev).sum()),
                member_ids=tuple(self._ids[left].tolist()),
                higher_is_better=False,
            ),
            Kpi("active", "活跃", len(act["active"]), prev_active, member_ids=act["active"]),
            Kpi(
                "silent",
                "沉默",
                len(act["silent"]),
                prev_silent,
                member_ids=act["silent"],
                higher_is_better=False,
            ),
            Kpi(
                "zombie",
                "僵尸",
                len(act["zombie"]),
                prev_zombie,
                member_ids=act["zombie"],
                higher_is_better=False,
            ),
            Kpi(
                "active_rate",
                "活跃率",
                rate(len(act["active"]), total),
                rate(prev_active, prev_n),
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
        m = pd.DataFrame(
            {
                "since": frames.as_days(self._since, frames.NEVER_ACTIVE),
                "gone_on": frames.as_days(self._gone, frames.NEVER_GONE),
            }
        )
        m = m[m["since"] >= first]
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
        part = frames.contacts(s, sorted(ids))

        def day(v: Any) -> dt.date | None:
            if v is None or (isinstance(v, float) and pd.isna(v)):
                return None
            return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))

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


@dataclass(frozen=True, slots=True)
class Window:
    """The days a report of `shown` counts: `p` is `shown` cut at today while it runs, `prev`
    the period it is compared with."""

    shown: Period
    p: Period
    prev: Period
    now: dt.datetime

    @staticmethod
    def of(p: Period, now: dt.datetime | None = None) -> Window:
        now = now or dt.datetime.now().replace(microsecond=0)
        prev = p.previous()
        shown = p
        # A period still running (this week, this month) is reported as it stands today:
        # members are counted on today, not on a day that has not come. It is compared with
        # the same number of days at the start of the period before (month to date against
        # the same days of last month), not with that whole period.
        if p.end > now.date():
            p = Period(p.start, max(p.start, now.date()))
            prev = Period(prev.start, min(prev.end, prev.start + dt.timedelta(days=p.days - 1)))
        return Window(shown, p, prev, now)

    def trend_ends(self) -> list[dt.date]:
        """The ends of the TREND_WEEKS weeks the charts show, the oldest first."""
        return [self.p.end - dt.timedelta(weeks=k) for k in range(TREND_WEEKS - 1, -1, -1)]


class Figures:
    """The figures of one window, each worked out when first asked for and kept.

    The page asks for `kpis` first (members, purchases, plan, activities, care and complaints
    of the period and the one before) and then for `charts`; the workbook asks for
    everything. Both ask these same methods, so the page and the workbook cannot disagree."""

    def __init__(self, s: Session, w: Window, ends: list[dt.date]) -> None:
        from app.reports.purchase_figures import PurchaseFigures

        self.s, self.w = s, w
        self.mf = MemberFigures(s, ends)
        self.pf = PurchaseFigures(s, w.p, w.prev, self.mf.m)
        self._plan: Any = None
        self._acts: Any = None
        self._care: Any = None
        self._complaints: Any = None

    @property
    def left_out(self) -> tuple[str, ...]:
        return () if self.pf.any else ("purchases",)

    def plan(self) -> tuple[tuple[PlanRow, ...], tuple[PlanRow, ...], list[Kpi]]:
        if self._plan is None:
            self._plan = cf.plan(self.s, self.w.p, self.w.prev, self.w.now)
        return self._plan  # type: ignore[no-any-return]

    def activities(self) -> tuple[tuple[ActivityRow, ...], list[Kpi]]:
        if self._acts is None:
            self._acts = cf.activities(self.s, self.w.p, self.w.prev)
        return self._acts  # type: ignore[no-any-return]

    def care(self) -> tuple[list[Kpi], dict[str, float], tuple[WarningLine, ...]]:
        if self._care is None:
            self._care = cf.care(self.s, self.w.p, self.w.prev)
        return self._care  # type: ignore[no-any-return]

    def complaints(self) -> tuple[list[Kpi], tuple[ComplaintLine, ...]]:
        if self._complaints is None:
            self._complaints = cf.complaints(self.s, self.w.p, self.w.prev)
        return self._complaints  # type: ignore[no-any-return]

    def kpis(self) -> tuple[Kpi, ...]:
        return tuple(
            self.mf.kpis(self.w.p, self.w.prev)
            + self.pf.kpis()
            + self.plan()[2]
            + self.activities()[1]
            + self.care()[0]
            + self.complaints()[0]
        )

    def headline(self) -> ReportHeadline:
        return ReportHeadline(
            period=self.w.shown,
            previous_period=self.w.prev,
            generated_at=self.w.now,
            thresholds=self.mf.th,
            kpis=self.kpis(),
            left_out=self.left_out,
        )

    def charts(self) -> ReportCharts:
        from app.reports.goals import goal_rows

        p = self.w.p
        plan_type, plan_slot, _ = self.plan()
        return ReportCharts(
            growth=self.mf.growth(p),
            activity_trend=self.mf.activity_trend(p),
            skin_types=self.mf.skin_types(p.end),
            plan_by_type=plan_type,
            plan_by_slot=plan_slot,
            products=self.pf.products(),
            goals=goal_rows(self.s, self.mf, p.end),
        )


def page_figures(
    s: Session,
    p: Period,
    on_headline: Callable[[ReportHeadline], None] | None = None,
    now: dt.datetime | None = None,
) -> tuple[ReportHeadline, ReportCharts]:
    """The 报表 page's figures of `p` in two steps over one read: the KPIs, handed to
    `on_headline` as soon as they are known, then the charts (whose weeks of activity
    history are read after the KPIs' few months)."""
    w = Window.of(p, now)
    f = Figures(s, w, [w.prev.end, w.p.end])
    head = f.headline()
    if on_headline is not None:
        on_headline(head)
    return head, f.charts()


def compute(s: Session, p: Period, now: dt.datetime | None = None) -> ReportData:
    """Every figure of `p` against the period before it (the workbook and `--json`)."""
    from app.reports.goals import previous_quarter

    w = Window.of(p, now)
    ends = [*w.trend_ends(), w.prev.end, previous_quarter(w.p.end).end]
    f = Figures(s, w, ends)
    head, shown = f.headline(), f.charts()
    mf, pf = f.mf, f.pf
    care_kpis, deposits, warnings = f.care()
    return ReportData(
        period=head.period,
        previous_period=head.previous_period,
        generated_at=head.generated_at,
        thresholds=head.thresholds,
        kpis=head.kpis,
        growth=shown.growth,
        activity_trend=shown.activity_trend,
        cohorts=mf.cohorts(w.p),
        skin_types=shown.skin_types,
        tag_groups=mf.tag_groups(s, w.p.end),
        plan_by_type=shown.plan_by_type,
        plan_by_slot=shown.plan_by_slot,
        activities=f.activities()[0],
        points_by_reason=cf.points(s, w.p),
        deposits=deposits,
        new_members=mf.lines(s, head.kpi("members_new").member_ids),
        zombies=mf.lines(s, head.kpi("zombie").member_ids),
        warnings=warnings,
        complaints=f.complaints()[1],
        products=shown.products,
        top_buyers=pf.top_buyers(),
        unsuitable=pf.unsuitable(),
        refunds=pf.refunds(),
        goals=shown.goals,
        left_out=head.left_out,
    )
