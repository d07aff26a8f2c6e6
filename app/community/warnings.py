"""Read side of warnings and deposits: the ledgers, a member's record, totals, the proposal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from app.community import care_settings
from app.community.care_settings import CareSettings
from app.community.warning_ops import Proposal, now, propose
from db.models import Group, Member, plain_name_sql
from db.models_care import Deposit, MemberWarning


@dataclass(frozen=True, slots=True)
class WarningRow:
    id: int
    member_id: int
    member: str  # her nickname, else her name; "" when she has neither
    at: dt.datetime
    reason: str
    evidence: str
    group: str
    expires_at: dt.datetime | None
    revoked: bool
    outcome: str  # "warning" or "removal"

    def in_force(self, at: dt.datetime) -> bool:
        return not self.revoked and (self.expires_at is None or self.expires_at > at)


@dataclass(frozen=True, slots=True)
class DepositRow:
    id: int
    member_id: int
    member: str  # her nickname, else her name; "" when she has neither
    amount: float
    status: str
    held_on: dt.date
    closed_on: dt.date | None
    note: str


@dataclass(frozen=True, slots=True)
class DepositTotals:
    held: float = 0.0
    refunded: float = 0.0
    forfeited: float = 0.0
    held_count: int = 0


@dataclass(frozen=True, slots=True)
class WarningFilter:
    reason: str = ""
    search: str = ""  # member nickname/name, evidence
    in_force_only: bool = False
    since: dt.date | None = None


class CareService:
    """Warnings and deposits for the window and the CLI (plain rows, never ORM objects)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def settings(self) -> CareSettings:
        with self._sf() as s:
            return care_settings.load(s)

    def proposal(self, member_id: int, at: dt.datetime | None = None) -> Proposal:
        """What a new warning would do to her (refuses for an unknown or removed member)."""
        with self._sf() as s:
            return propose(s, member_id, at or now())

    def warnings(
        self, f: WarningFilter | None = None, member_id: int | None = None
    ) -> list[WarningRow]:
        """The warnings ledger, newest first."""
        f = f or WarningFilter()
        stmt = (
            select(
                MemberWarning.id,
                MemberWarning.member_id,
                plain_name_sql(),
                MemberWarning.at,
                MemberWarning.reason,
                MemberWarning.evidence,
                func.coalesce(Group.name, ""),
                MemberWarning.expires_at,
                MemberWarning.revoked,
                MemberWarning.outcome,
            )
            .join(Member, Member.id == MemberWarning.member_id)
            .outerjoin(Group, Group.id == MemberWarning.group_id)
            .order_by(MemberWarning.at.desc(), MemberWarning.id.desc())
        )
        if member_id is not None:
            stmt = stmt.where(MemberWarning.member_id == member_id)
        if f.reason:
            stmt = stmt.where(MemberWarning.reason == f.reason)
        if f.since is not None:
            stmt = stmt.where(MemberWarning.at >= dt.datetime.combine(f.since, dt.time()))
        if f.search.strip():
            like = f"%{f.search.strip()}%"
            stmt = stmt.where(
                or_(
                    Member.nickname.like(like),
                    Member.name.like(like),
                    Member.search_text.like(like),
                    MemberWarning.evidence.like(like),
                )
            )
        if f.in_force_only:
            stmt = stmt.where(
                and_(
                    MemberWarning.revoked.is_(False),
                    or_(MemberWarning.expires_at.is_(None), MemberWarning.expires_at > now()),
                )
            )
        with self._sf() as s:
            return [WarningRow(*r) for r in s.execute(stmt)]

    def deposits(self, member_id: int | None = None, status: str = "") -> list[DepositRow]:
        """Deposits, held ones first, then newest first."""
        stmt = (
            select(
                Deposit.id,
                Deposit.member_id,
                plain_name_sql(),
                Deposit.amount,
                Deposit.status,
                Deposit.held_on,
                Deposit.closed_on,
                Deposit.note,
            )
            .join(Member, Member.id == Deposit.member_id)
            .order_by((Deposit.status != "held"), Deposit.held_on.desc(), Deposit.id.desc())
        )
        if member_id is not None:
            stmt = stmt.where(Deposit.member_id == member_id)
        if status:
            stmt = stmt.where(Deposit.status == status)
        with self._sf() as s:
            return [DepositRow(*r) for r in s.execute(stmt)]

    def deposit_totals(self) -> DepositTotals:
        stmt = select(Deposit.status, func.sum(Deposit.amount), func.count()).group_by(
            Deposit.status
        )
        with self._sf() as s:
            by = {st: (float(total or 0), n) for st, total, n in s.execute(stmt)}
        return DepositTotals(
            held=round(by.get("held", (0.0, 0))[0], 2),
            refunded=round(by.get("refunded", (0.0, 0))[0], 2),
            forfeited=round(by.get("forfeited", (0.0, 0))[0], 2),
            held_count=by.get("held", (0.0, 0))[1],
        )
