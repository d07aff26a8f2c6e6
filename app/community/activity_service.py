"""Reads of the activities area: the list with counts, an activity's grid, a member's ledger."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.community.domain import ActivityFields, ActivityGrid, ActivityRow, GridMember, LedgerRow
from app.community.rules import PointsRules, activity_kinds, load_rules
from app.errors import NotFoundError
from db.models import Group, Member
from db.models_community import (
    Activity,
    ActivityCount,
    ActivityGroup,
    Checkin,
    PointsEntry,
    Signup,
)

RECENT_DAYS = 3
CAMP = "打卡营"


def elapsed_days(start: dt.date, end: dt.date, today: dt.date) -> int:
    """How many of the activity's days have begun by `today` (0 before it starts)."""
    if today < start:
        return 0
    return (min(today, end) - start).days + 1


def counts_checkins(kind: str, checkins: int) -> bool:
    """A camp counts check-ins; another kind only once someone checked in to it."""
    return kind == CAMP or checkins > 0


def finished_days(start: dt.date, end: dt.date, today: dt.date) -> int:
    """Days of the activity that are over: today is not, while the activity runs."""
    elapsed = elapsed_days(start, end, today)
    return elapsed - 1 if start <= today <= end else elapsed


def rate(checkins: int, signups: int, elapsed: int) -> float | None:
    """Check-ins over the check-ins possible so far; None while there is nothing to divide by."""
    if not signups or not elapsed:
        return None
    return checkins / (signups * elapsed)


def activity_fields(s: Session, a: Activity) -> ActivityFields:
    """An activity's editable fields with its target groups."""
    groups = s.execute(
        select(ActivityGroup.group_id)
        .where(ActivityGroup.activity_id == a.id)
        .order_by(ActivityGroup.group_id)
    ).scalars()
    return ActivityFields(
        a.name,
        a.start,
        a.end,
        a.kind,
        a.online,
        a.goal,
        a.host_id,
        a.feedback,
        a.note,
        tuple(groups),
    )


class ActivityService:
    """Read models of activities and points; every write is an operation (`*_ops.py`)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def rules(self) -> PointsRules:
        with self._sf() as s:
            return load_rules(s)

    def kinds(self) -> tuple[str, ...]:
        """The activity kinds a new activity is offered (设置 → 活动)."""
        with self._sf() as s:
            return activity_kinds(s)

    def list_activities(
        self, today: dt.date | None = None, *, trashed: bool = False
    ) -> list[ActivityRow]:
        today = today or dt.date.today()
        # The counts come from `activity_counts` (kept by triggers), not from counting rows.
        stmt = (
            select(
                Activity,
                func.coalesce(ActivityCount.signups, 0),
                func.coalesce(ActivityCount.checkins, 0),
                Member.nickname,
            )
            .outerjoin(ActivityCount, ActivityCount.activity_id == Activity.id)
            .outerjoin(Member, Member.id == Activity.host_id)
            .where(Activity.deleted_at.isnot(None) if trashed else Activity.deleted_at.is_(None))
            .order_by(Activity.start.desc(), Activity.id.desc())
        )
        with self._sf() as s:
            groups: dict[int, list[str]] = {}
            for aid, name in s.execute(
                select(ActivityGroup.activity_id, Group.name)
                .join(Group, Group.id == ActivityGroup.group_id)
                .order_by(Group.name)
            ):
                groups.setdefault(aid, []).append(name)
            out = []
            for a, n_sign, n_check, host in s.execute(stmt):
                out.append(
                    ActivityRow(
                        a.id,
                        a.name,
                        a.kind,
                        a.online,
                        a.start,
                        a.end,
                        tuple(groups.get(a.id, ())),
                        host or "",
                        n_sign,
                        n_check,
                        rate(n_check, n_sign, elapsed_days(a.start, a.end, today))
                        if counts_checkins(a.kind, n_check)
                        else None,
                        a.feedback,
                        a.deleted_at is not None,
                    )
                )
            return out

    def fields(self, activity_id: int) -> ActivityFields:
        with self._sf() as s:
            a = s.get(Activity, activity_id)
            if a is None:
                raise NotFoundError(f"没有编号为 {activity_id} 的活动。")
            return activity_fields(s, a)

    def grid(self, activity_id: int, today: dt.date | None = None) -> ActivityGrid:
        """Signed-up members (in sign-up order) × the activity's days, with check-in marks."""
        today = today or dt.date.today()
        with self._sf() as s:
            a = s.get(Activity, activity_id)
            if a is None:
                raise NotFoundError(f"没有编号为 {activity_id} 的活动。")
            days = tuple(a.start + dt.timedelta(days=i) for i in range((a.end - a.start).days + 1))
            members = s.execute(
                select(Signup.member_id, Member.nickname)
                .join(Member, Member.id == Signup.member_id)
                .where(Signup.activity_id == a.id)
                .order_by(Signup.at, Signup.id)
            ).all()
            name, start, end, kind = a.name, a.start, a.end, a.kind
            marks: dict[int, set[int]] = {m: set() for m, _ in members}
            for m, day in s.execute(
                select(Checkin.member_id, Checkin.day).where(Checkin.activity_id == activity_id)
            ):
                marks.setdefault(m, set()).add((day - start).days)
        rows = tuple(GridMember(m, nick, frozenset(marks[m])) for m, nick in members)
        elapsed = elapsed_days(start, end, today)
        total = sum(len(r.days) for r in rows)
        camp = counts_checkins(kind, total)
        done = finished_days(start, end, today)
        recent = set(range(max(0, done - RECENT_DAYS), done))
        missed = tuple(r for r in rows if camp and recent and not (r.days & recent))
        participation = rate(total, len(rows), elapsed) if camp else None
        return ActivityGrid(activity_id, name, days, rows, elapsed, participation, missed, camp)

    def ledger(self, member_id: int) -> list[LedgerRow]:
        """A member's ledger, newest first, with her balance after each line."""
        with self._sf() as s:
            if s.get(Member, member_id) is None:
                raise NotFoundError(f"没有编号为 {member_id} 的成员。")
            rows = s.execute(
                select(
                    PointsEntry.id,
                    PointsEntry.at,
                    PointsEntry.delta,
                    PointsEntry.reason,
                    PointsEntry.note,
                    PointsEntry.source,
                    func.coalesce(Activity.name, ""),
                )
                .outerjoin(Activity, Activity.id == PointsEntry.activity_id)
                .where(PointsEntry.member_id == member_id)
                .order_by(PointsEntry.at, PointsEntry.id)
            ).all()
        out: list[LedgerRow] = []
        balance = 0
        for r in rows:
            balance += r[2]
            out.append(LedgerRow(*r, balance))
        out.reverse()
        return out

    def points_total(self, member_id: int) -> tuple[int, int]:
        """Her `points` column and the sum of her ledger (equal unless something is wrong)."""
        with self._sf() as s:
            points = s.execute(select(Member.points).where(Member.id == member_id)).scalar_one()
            total = s.execute(
                select(func.coalesce(func.sum(PointsEntry.delta), 0)).where(
                    PointsEntry.member_id == member_id
                )
            ).scalar_one()
            return int(points), int(total)
