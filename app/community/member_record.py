"""One member's life in the community, for her detail panel: points, care, activities, complaints.

Each part is the read its own page uses (the ledger of `ActivityService`, warnings and deposits
of `CareService`, complaints of `ComplaintService`); only her activities are read here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session, sessionmaker

from app.community.activity_service import ActivityService
from app.community.complaints import ComplaintRow, ComplaintService
from app.community.domain import LedgerRow
from app.community.warnings import CareService, DepositRow, WarningRow
from db.models_community import Activity, Checkin, Signup


@dataclass(frozen=True, slots=True)
class MemberActivity:
    """An activity she signed up for or checked in to."""

    activity_id: int
    name: str
    kind: str
    start: dt.date
    end: dt.date
    signed_up: dt.datetime | None
    checkins: int
    last_checkin: dt.date | None


@dataclass(frozen=True, slots=True)
class MemberRecord:
    member_id: int
    ledger: tuple[LedgerRow, ...]
    warnings: tuple[WarningRow, ...]
    deposits: tuple[DepositRow, ...]
    activities: tuple[MemberActivity, ...]
    complaints: tuple[ComplaintRow, ...]


class MemberRecordService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        activities: ActivityService,
        care: CareService,
        complaints: ComplaintService,
    ) -> None:
        self._sf = session_factory
        self._activities = activities
        self._care = care
        self._complaints = complaints

    def activities(self, member_id: int) -> list[MemberActivity]:
        """Her activities, newest first, with her sign-up time and check-in count."""
        ids = union(
            select(Signup.activity_id).where(Signup.member_id == member_id),
            select(Checkin.activity_id).where(Checkin.member_id == member_id),
        ).subquery()
        signed = (
            select(Signup.activity_id, Signup.at).where(Signup.member_id == member_id).subquery()
        )
        checked = (
            select(
                Checkin.activity_id,
                func.count().label("n"),
                func.max(Checkin.day).label("last"),
            )
            .where(Checkin.member_id == member_id)
            .group_by(Checkin.activity_id)
            .subquery()
        )
        stmt = (
            select(
                Activity.id,
                Activity.name,
                Activity.kind,
                Activity.start,
                Activity.end,
                signed.c.at,
                func.coalesce(checked.c.n, 0),
                checked.c.last,
            )
            .join(ids, ids.c.activity_id == Activity.id)
            .outerjoin(signed, signed.c.activity_id == Activity.id)
            .outerjoin(checked, checked.c.activity_id == Activity.id)
            .where(Activity.deleted_at.is_(None))
            .order_by(Activity.start.desc(), Activity.id.desc())
        )
        with self._sf() as s:
            return [MemberActivity(*row) for row in s.execute(stmt)]

    def record(self, member_id: int) -> MemberRecord:
        """Everything the detail panel's community sections show (NotFoundError if she is gone)."""
        return MemberRecord(
            member_id=member_id,
            ledger=tuple(self._activities.ledger(member_id)),
            warnings=tuple(self._care.warnings(member_id=member_id)),
            deposits=tuple(self._care.deposits(member_id=member_id)),
            activities=tuple(self.activities(member_id)),
            complaints=tuple(self._complaints.complaints(member_id=member_id)),
        )
