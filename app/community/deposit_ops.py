"""Deposits (押金): hold one, refund it, forfeit it. A deposit is closed once, never twice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.community.care_ops import Picture, finish, take
from app.community.warning_ops import live_member, who
from app.errors import NotFoundError, ValidationError
from app.ops import Operation, UnitOfWork
from db.models import Member
from db.models_care import Deposit

STATUS_TEXT = {"held": "押金中", "refunded": "已退还", "forfeited": "已没收"}
MAX_AMOUNT = 100_000


def _open_deposit(s: Session, deposit_id: int, verb: str) -> Deposit:
    d = s.get(Deposit, deposit_id)
    if d is None:
        raise NotFoundError(f"没有编号为 {deposit_id} 的押金：没有做任何修改。")
    if d.status != "held":
        m = s.get(Member, d.member_id)
        name = who(m) if m is not None else f"#{d.member_id}"
        when = f"在 {d.closed_on.isoformat()} " if d.closed_on else ""
        raise ValidationError(
            f"{name}的押金 #{d.id}（¥{d.amount:g}）已经{when}{STATUS_TEXT[d.status][1:]}，"
            f"不能再{verb}。"
        )
    return d


def _closing_day(d: Deposit, on: dt.date | None) -> dt.date:
    day = on or dt.date.today()
    if day < d.held_on:
        raise ValidationError(
            f"押金 #{d.id} 在 {d.held_on.isoformat()} 才收取，结束日期不能早于这一天。"
        )
    return day


@dataclass(frozen=True)
class HoldDeposit(Operation):
    """Record a deposit a member paid (held until refunded or forfeited)."""

    kind = "deposits.hold"
    member_id: int
    amount: float
    held_on: dt.date | None = None
    note: str = ""

    def label(self) -> str:
        return f"收取成员 #{self.member_id} 的押金 ¥{self.amount:g}"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        m = live_member(s, self.member_id)
        if m.status == "left":
            raise ValidationError(f"{who(m)}已经移出，不能再收她的押金。")
        amount = round(float(self.amount), 2)
        if not 0 < amount <= MAX_AMOUNT:
            raise ValidationError(f"押金金额要在 0 到 {MAX_AMOUNT} 元之间，现在是 {self.amount}。")
        d = Deposit(
            member_id=m.id,
            amount=amount,
            status="held",
            held_on=self.held_on or dt.date.today(),
            closed_on=None,
            note=self.note.strip(),
        )
        s.add(d)
        s.flush()
        finish(uow, self.kind, (("deposits", (d.id,), ()),), f"撤销押金 #{d.id}")
        return d.id


def _close(
    uow: UnitOfWork,
    op: Operation,
    deposit_id: int,
    status: str,
    on: dt.date | None,
    note: str,
    verb: str,
) -> None:
    s = uow.s
    d = _open_deposit(s, deposit_id, verb)
    day = _closing_day(d, on)
    before: Picture = (take(s, "deposits", [d.id]),)
    d.status, d.closed_on = status, day
    if note.strip():
        d.note = note.strip()
    s.flush()
    finish(uow, op.kind, before, f"撤销{verb}押金 #{d.id}")


@dataclass(frozen=True)
class RefundDeposit(Operation):
    """Give a held deposit back (she finished the camp, or left in good standing)."""

    kind = "deposits.refund"
    deposit_id: int
    on: dt.date | None = None
    note: str = ""

    def label(self) -> str:
        return f"退还押金 #{self.deposit_id}"

    def apply(self, uow: UnitOfWork) -> None:
        _close(uow, self, self.deposit_id, "refunded", self.on, self.note, "退还")


@dataclass(frozen=True)
class ForfeitDeposit(Operation):
    """Keep a held deposit (she broke the rules she agreed to)."""

    kind = "deposits.forfeit"
    deposit_id: int
    on: dt.date | None = None
    note: str = ""

    def label(self) -> str:
        return f"没收押金 #{self.deposit_id}"

    def apply(self, uow: UnitOfWork) -> None:
        _close(uow, self, self.deposit_id, "forfeited", self.on, self.note, "没收")
