"""Warnings: issue one under the escalation policy (removal needs a yes), revoke one.

The policy says what the nth warning still in force leads to (default: 1st a warning, 2nd
removal). At a removal step the operation refuses with `RemovalNeedsConfirmation` unless
`confirm_removal` is set; confirmed, it marks her 已移出 (status `left`), ends her open group
memberships and forfeits her held deposits, all in the one operation whose inverse puts every
row back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.community import care_settings
from app.community.care_ops import Picture, finish, take
from app.errors import NotFoundError, ShequnError, ValidationError
from app.members.domain import naming
from app.ops import Operation, UnitOfWork
from db.models import Group, GroupMembership, Member
from db.models_care import Deposit, MemberWarning


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def who(m: Member) -> str:
    """How a core sentence names a member: 「昵称」（#12）."""
    return naming(m.plain_name, m.id)


def live_member(s: Session, member_id: int) -> Member:
    m = s.get(Member, member_id)
    if m is None or m.deleted_at is not None:
        raise NotFoundError(f"没有编号为 {member_id} 的成员：没有做任何修改。")
    return m


@dataclass(frozen=True, slots=True)
class Proposal:
    """What a new warning for a member would lead to."""

    member_id: int
    name: str  # her nickname, else her name; "" when she has neither
    count: int  # the new warning is her count-th in force
    step: str  # "warning" or "removal"
    groups: tuple[str, ...]  # open memberships a removal ends
    deposit_ids: tuple[int, ...]  # held deposits a removal forfeits
    deposit_total: float

    @property
    def member(self) -> str:
        """As core sentences name her: 「小美」（#12）."""
        return naming(self.name, self.member_id)

    def question(self) -> str:
        parts = [f"这是{self.member}的第 {self.count} 次警告，按升级规则应移出"]
        effects = ["标为「已移出」"]
        if self.groups:
            effects.append(f"退出 {'、'.join(self.groups)}")
        if self.deposit_ids:
            effects.append(f"没收押金 ¥{self.deposit_total:g}")
        return f"{parts[0]}：{'，'.join(effects)}。"


class RemovalNeedsConfirmation(ShequnError):
    """The policy proposes removal: ask, then run again with `confirm_removal=True`."""

    def __init__(self, proposal: Proposal) -> None:
        super().__init__(proposal.question() + "需要确认后才会移出。")
        self.proposal = proposal


def in_force(s: Session, member_id: int, at: dt.datetime) -> int:
    """How many of her warnings count at `at`: not revoked, not expired."""
    rows = s.execute(
        select(MemberWarning.expires_at).where(
            MemberWarning.member_id == member_id, MemberWarning.revoked.is_(False)
        )
    ).scalars()
    return sum(1 for e in rows if e is None or e > at)


def propose(s: Session, member_id: int, at: dt.datetime) -> Proposal:
    """What warning her now would do; refuses for an unknown or already removed member."""
    m = live_member(s, member_id)
    if m.status == "left":
        raise ValidationError(f"{who(m)}已经移出，不能再给她警告：没有做任何修改。")
    settings = care_settings.load(s)
    count = in_force(s, member_id, at) + 1
    groups = tuple(
        s.execute(
            select(Group.name)
            .join(GroupMembership, GroupMembership.group_id == Group.id)
            .where(GroupMembership.member_id == member_id, GroupMembership.left.is_(None))
            .order_by(Group.name)
        ).scalars()
    )
    deposits = s.execute(
        select(Deposit.id, Deposit.amount).where(
            Deposit.member_id == member_id, Deposit.status == "held"
        )
    ).all()
    return Proposal(
        member_id,
        m.plain_name,
        count,
        settings.step_for(count),
        groups,
        tuple(d for d, _ in deposits),
        round(sum(a for _, a in deposits), 2),
    )


@dataclass(frozen=True)
class IssueWarning(Operation):
    """Warn a member; at the policy's removal step, remove her (only with `confirm_removal`)."""

    kind = "warnings.issue"
    member_id: int
    reason: str
    evidence: str = ""
    group_id: int | None = None
    at: dt.datetime | None = None
    confirm_removal: bool = False

    def label(self) -> str:
        return f"警告成员 #{self.member_id}（{self.reason}）"

    def apply(self, uow: UnitOfWork) -> Proposal:
        s = uow.s
        at = self.at or now()
        proposal = propose(s, self.member_id, at)
        settings = care_settings.load(s)
        reason = self.reason.strip()
        if reason not in settings.reasons:
            raise ValidationError(
                f"警告原因「{reason}」不在原因列表里（{'、'.join(settings.reasons)}）。"
            )
        if self.group_id is not None and s.get(Group, self.group_id) is None:
            raise NotFoundError(f"没有编号为 {self.group_id} 的群：没有做任何修改。")
        removal = proposal.step == "removal"
        if removal and not self.confirm_removal:
            raise RemovalNeedsConfirmation(proposal)
        expires = at + dt.timedelta(days=settings.expiry_days) if settings.expiry_days else None
        before: list[tuple[str, tuple[int, ...], tuple[dict[str, object], ...]]] = []
        open_ms: list[int] = []
        if removal:
            open_ms = list(
                s.execute(
                    select(GroupMembership.id).where(
                        GroupMembership.member_id == self.member_id,
                        GroupMembership.left.is_(None),
                    )
                ).scalars()
            )
            before += [
                take(s, "members", [self.member_id]),
                take(s, "group_memberships", open_ms),
                take(s, "deposits", proposal.deposit_ids),
            ]
        warning = MemberWarning(
            member_id=self.member_id,
            at=at,
            reason=reason,
            evidence=self.evidence.strip(),
            group_id=self.group_id,
            expires_at=expires,
            revoked=False,
            outcome=proposal.step,
        )
        s.add(warning)
        s.flush()
        before.insert(0, ("warnings", (warning.id,), ()))
        if removal:
            s.execute(update(Member).where(Member.id == self.member_id).values(status="left"))
            if open_ms:
                s.execute(
                    update(GroupMembership)
                    .where(GroupMembership.id.in_(open_ms))
                    .values(left=at.date())
                )
            if proposal.deposit_ids:
                s.execute(
                    update(Deposit)
                    .where(Deposit.id.in_(proposal.deposit_ids))
                    .values(
                        status="forfeited",
                        closed_on=at.date(),
                        note=f"第 {proposal.count} 次警告（{reason}）后移出，押金没收",
                    )
                )
        text = f"撤销对成员 #{self.member_id} 的警告" + ("和移出" if removal else "")
        picture: Picture = tuple(before)
        finish(uow, self.kind, picture, text)
        return proposal


@dataclass(frozen=True)
class RevokeWarning(Operation):
    """Take a warning back (given by mistake): it no longer counts towards escalation."""

    kind = "warnings.revoke"
    warning_id: int

    def label(self) -> str:
        return f"撤回警告 #{self.warning_id}"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        w = s.get(MemberWarning, self.warning_id)
        if w is None:
            raise NotFoundError(f"没有编号为 {self.warning_id} 的警告。")
        if w.revoked:
            raise ValidationError(f"警告 #{w.id} 已经撤回过了。")
        before: Picture = (take(s, "warnings", [w.id]),)
        w.revoked = True
        s.flush()
        finish(uow, self.kind, before, f"恢复警告 #{w.id}")
