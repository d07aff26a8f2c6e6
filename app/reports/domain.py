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
class Thresholds:
    active_days: int
    zombie_days: int


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
    # Sections with no data source yet (e.g. "purchases" until products and purchases exist):
    # the page and the workbook say so instead of showing made-up numbers.
    left_out: tuple[str, ...] = ()

    def kpi(self, key: str) -> Kpi:
        for k in self.kpis:
            if k.key == key:
                return k
        raise KeyError(key)
