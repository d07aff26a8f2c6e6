"""Plain data of the community area: an activity's fields and the rows the services return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ActivityFields:
    """What the operator types for an activity (create and edit take the whole set)."""

    name: str
    start: dt.date
    end: dt.date
    kind: str = "打卡营"
    online: bool = True
    goal: str = ""
    host_id: int | None = None
    feedback: float | None = None
    note: str = ""
    group_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One line of the activities list, with its counts."""

    id: int
    name: str
    kind: str
    online: bool
    start: dt.date
    end: dt.date
    groups: tuple[str, ...]
    host: str
    signups: int
    checkins: int
    participation: float | None
    feedback: float | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class GridMember:
    id: int
    nickname: str
    days: frozenset[int]
    """Indexes into `ActivityGrid.days` of the days she checked in."""


@dataclass(frozen=True, slots=True)
class ActivityGrid:
    """The paper sheet: signed-up members × the activity's days, with check-in marks."""

    activity_id: int
    name: str
    days: tuple[dt.date, ...]
    members: tuple[GridMember, ...]
    elapsed: int
    """How many of the days have begun (up to today): the denominator of participation."""
    participation: float | None
    missed_recent: tuple[GridMember, ...]
    """Signed-up members without a check-in on any of the last 3 finished days."""
    camp: bool = True
    """Whether the activity counts check-ins (a camp, or any activity someone checked in to);
    for the others participation and the missed list mean nothing and are left empty."""


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: int
    at: dt.datetime
    delta: int
    reason: str
    note: str
    source: str
    activity: str
    balance: int
    """Her points after this line."""
