"""What a report holds: plain frozen values computed once for the page and the workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.reports.periods import Period

# Units of a KPI: how it is shown and how its change is written.
COUNT, RATE, MINUTES, MONEY = "count", "rate", "minutes", "money"


@dataclass(frozen=True, slots=True)
class Kpi:
    """One headline figure of the period and the same figure for the period before.

    `member_ids` are the members behind the figure (clicking it opens them on the Members
    page); empty where no member list makes sense (a median)."""

    key: str
    label: str
    value: float | None
    previous: float | None
    unit: str = COUNT
    member_ids: tuple[int, ...] = ()
    # A rising figure that is bad news (zombies, complaints, response times) shows red.
    higher_is_better: bool = True

    @property
    def change(self) -> float | None:
        """The change against the previous period: points for a rate, units otherwise."""
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass(frozen=True, slots=True)
class Slice:
    """One part of a distribution (a skin type, a tag) with the members in it."""

    name: str
    count: int
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class TagGroupSlices:
    group: str
    slices: tuple[Slice, ...]


@dataclass(frozen=True, slots=True)
class GrowthPoint:
    """Members at the end of one week, and those who joined and left during it."""

    week_start: dt.date
    total: int
    new: int
    left: int


@dataclass(frozen=True, slots=True)
class ActivityPoint:
    """Active / silent / zombie as known at the end of one week."""

    day: dt.date
    active: int
    silent: int
    zombie: int


@dataclass(frozen=True, slots=True)
class CohortRow:
    """Members who joined in `month`, and the share still in the community after k months."""

    month: str  # "2026-03"
    size: int
    retention: tuple[float, ...]  # index k: months since joining (0 = the joining month)


@dataclass(frozen=True, slots=True)
class PlanRow:
    """Content plan adherence for one post type or one recurring slot."""

    name: str
    planned: int
    published: int
    late: int  # published, but after the planned time plus the grace
    missed: int  # planned time passed, never published


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    name: str
    kind: str
    start: dt.date
    end: dt.date
    signups: int
    checkin_members: int
    checkins: int
    completion: float | None  # check-ins / (signed-up members × activity days in the period)


@dataclass(frozen=True, slots=True)
class MemberLine:
    """A member in a detail sheet (new members, zombies)."""

    id: int
    nickname: str
    name: str
    phone: str  # as stored; the workbook masks it unless told not to
    skin_type: str
    joined: dt.date | None
    last_active: dt.date | None
    status: str


@dataclass(frozen=True, slots=True)
class WarningLine:
    at: dt.datetime
    member_id: int
    member: str
    reason: str
    outcome: str
    revoked: bool


@dataclass(frozen=True, slots=True)
class ComplaintLine:
    id: int
    received_at: dt.datetime
    member: str
    category: str
    channel: str
    status: str
    first_response_minutes: float | None
    resolution_minutes: float | None
    text: str


@dataclass(frozen=True, slots=True)
class ProductLine:
    """One product's sales in the period (purchases not refunded)."""

    product_id: int
    name: str
    quantity: int
    amount: float
    buyers: int
    repeat_buyers: int  # bought it at least twice in the period
    member_ids: tuple[int, ...] = ()

    @property
    def repurchase_rate(self) -> float | None:
        return self.repeat_buyers / self.buyers if self.buyers else None


@dataclass(frozen=True, slots=True)
class BuyerLine:
    """A member in the top-buyers sheet."""

    id: int
    member: str
    phone: str  # as stored; masked in the workbook unless told not to
    skin_type: str
    orders: int
    quantity: int
    amount: float
    last_bought: dt.date


@dataclass(frozen=True, slots=True)
class PurchaseLine:
    """A purchase in a detail list (unsuitable for the buyer's skin, or refunded)."""

    id: int
    bought_on: dt.date
    member_id: int
    member: str
    skin_type: str
    product: str
    quantity: int
    amount: float
    warning: str  # "" when the product suits her
    refunded_on: dt.date | None
    refund_reason: str


@dataclass(frozen=True, slots=True)
class GoalRow:
    """A quarter's goal against what happened so far.

    `base`: the figure of the quarter before (active or total members at its end, new members
    or revenue during it); `target` = base × (1 + goal_percent / 100); `actual`: the same figure
    for this quarter as of the report's end."""

    metric: str  # active, new, total, revenue
    label: str
    quarter: str  # "2026-Q4"
    goal_percent: int
    base: float
    target: float
    actual: float
    unit: str = COUNT

    @property
    def actual_percent(self) -> float | None:
        """The growth so far over the quarter before, in percent."""
        return (self.actual / self.base - 1) * 100 if self.base else None

    @property
    def progress(self) -> float | None:
        """The share of the target reached (1.0 = reached)."""
        return self.actual / self.target if self.target else None

    @property
    def reached(self) -> bool:
        return self.actual >= self.target


@dataclass(frozen=True, slots=True)
class Thresholds:
    active_days: int
    zombie_days: int


def _find(kpis: tuple[Kpi, ...], key: str) -> Kpi:
    for k in kpis:
        if k.key == key:
            return k
    raise KeyError(key)


@dataclass(frozen=True, slots=True)
class ReportHeadline:
    """The KPIs of a period against the one before: what the 报表 page shows first."""

    period: Period
    previous_period: Period
    generated_at: dt.datetime
    thresholds: Thresholds
    kpis: tuple[Kpi, ...]
    left_out: tuple[str, ...] = ()  # as in `ReportData`

    def kpi(self, key: str) -> Kpi:
        return _find(self.kpis, key)


@dataclass(frozen=True, slots=True)
class ReportCharts:
    """What the 报表 page's charts show, once its KPIs are up (the same values as the
    workbook's, from the same computation)."""

    growth: tuple[GrowthPoint, ...]
    activity_trend: tuple[ActivityPoint, ...]
    skin_types: tuple[Slice, ...]
    plan_by_type: tuple[PlanRow, ...]
    plan_by_slot: tuple[PlanRow, ...]
    products: tuple[ProductLine, ...]
    goals: tuple[GoalRow, ...]


@dataclass(frozen=True, slots=True)
class ReportData:
    """Every figure of one report, for one period against the one before."""

    period: Period
    previous_period: Period
    generated_at: dt.datetime
    thresholds: Thresholds
    kpis: tuple[Kpi, ...]
    growth: tuple[GrowthPoint, ...]
    activity_trend: tuple[ActivityPoint, ...]
    cohorts: tuple[CohortRow, ...]
    skin_types: tuple[Slice, ...]
    tag_groups: tuple[TagGroupSlices, ...]
    plan_by_type: tuple[PlanRow, ...]
    plan_by_slot: tuple[PlanRow, ...]
    activities: tuple[ActivityRow, ...]
    points_by_reason: tuple[tuple[str, int], ...]
    deposits: dict[str, float] = field(default_factory=dict)
    new_members: tuple[MemberLine, ...] = ()
    zombies: tuple[MemberLine, ...] = ()
    warnings: tuple[WarningLine, ...] = ()
    complaints: tuple[ComplaintLine, ...] = ()
    products: tuple[ProductLine, ...] = ()  # by amount, highest first
    top_buyers: tuple[BuyerLine, ...] = ()
    unsuitable: tuple[PurchaseLine, ...] = ()  # bought in the period, not suiting the buyer
    refunds: tuple[PurchaseLine, ...] = ()  # refunded in the period
    goals: tuple[GoalRow, ...] = ()
    # Sections with no data yet ("purchases" while no purchase was ever recorded): the page
    # and the workbook say so instead of showing made-up numbers.
    left_out: tuple[str, ...] = ()

    def kpi(self, key: str) -> Kpi:
        return _find(self.kpis, key)
