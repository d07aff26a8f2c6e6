"""Operations on the points ledger: awards by rule, manual adjustments, redemptions.

Also the two operations every write of this area is undone with: `RemoveRows` (delete
sign-ups, check-ins and ledger lines by id, taking their points back) and `RestoreRows`
(put the same rows back, same ids, points again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.community.ledger import (
    RowIds,
    RowSet,
    delete_rows,
    insert_new,
    insert_rows,
    names,
    require_members,
    shift_points,
    unique_members,
)
from app.community.rules import REASONS, load_rules
from app.errors import NotFoundError, ValidationError
from app.members.query import chunks
from app.ops import Operation, UnitOfWork
from db.models import Member
from db.models_community import Activity, PointsEntry

AREA = "community"


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class RemoveRows(Operation):
    """Delete these sign-ups, check-ins and ledger lines; members' points follow."""

    kind = "community.remove_rows"
    ids: RowIds
    what: str = "撤回积分与打卡"

    def label(self) -> str:
        return self.what

    def apply(self, uow: UnitOfWork) -> None:
        rows, old_levels = delete_rows(uow, self.ids)
        _audit_activities(uow, rows, "remove")
        uow.touch(areas={AREA})
        uow.undo_with(RestoreRows(rows, old_levels, self.what))


@dataclass(frozen=True)
class RestoreRows(Operation):
    """Put back sign-ups, check-ins and ledger lines exactly as they were (same ids)."""

    kind = "community.restore_rows"
    rows: RowSet
    levels: dict[int, int]
    what: str = "恢复积分与打卡"

    def label(self) -> str:
        return self.what

    def apply(self, uow: UnitOfWork) -> None:
        ids = insert_rows(uow, self.rows, self.levels)
        _audit_activities(uow, self.rows, "restore")
        uow.touch(areas={AREA})
        uow.undo_with(RemoveRows(ids, self.what))


def _audit_activities(uow: UnitOfWork, rows: RowSet, action: str) -> None:
    """One audit row per activity whose sign-ups or check-ins these rows are."""
    by: dict[int, dict[str, list[Any]]] = {}
    for r in rows.signups:
        by.setdefault(r["activity_id"], {"signups": [], "checkins": []})["signups"].append(
            r["member_id"]
        )
    for r in rows.checkins:
        by.setdefault(r["activity_id"], {"signups": [], "checkins": []})["checkins"].append(
            [r["member_id"], r["day"]]
        )
    for activity_id, value in by.items():
        uow.audit("activity", activity_id, action, None, value)


def post(
    uow: UnitOfWork,
    member_ids: tuple[int, ...],
    delta: int,
    reason: str,
    note: str = "",
    activity_id: int | None = None,
) -> RowIds:
    """New ledger lines of `delta` for each member; returns what the inverse removes."""
    at = now()
    rows = [
        {
            "member_id": m,
            "at": at,
            "delta": delta,
            "reason": reason,
            "note": note,
            "source": uow.source,
            "activity_id": activity_id,
            "checkin_id": None,
        }
        for m in member_ids
    ]
    ids = insert_new(uow.s, PointsEntry, rows)
    levels = shift_points(uow, {m: delta for m in member_ids})
    uow.touch(areas={AREA})
    return RowIds(ledger=tuple(ids), levels=levels)


def _check_balance(uow: UnitOfWork, member_ids: tuple[int, ...], delta: int, nick: Any) -> None:
    if delta >= 0:
        return
    short: list[int] = []
    for part in chunks(list(member_ids)):
        short.extend(
            uow.s.execute(
                select(Member.id).where(Member.id.in_(part), Member.points + delta < 0)
            ).scalars()
        )
    if short:
        raise ValidationError(
            f"{names(sorted(short), nick)} 的积分不足 {-delta}，不能扣减：没有做任何修改。"
        )


@dataclass(frozen=True)
class AwardPoints(Operation):
    """Points by rule: a share (分享) or an activity win (活动获奖), optionally for an activity."""

    kind = "points.award"
    member_ids: tuple[int, ...]
    reason: str
    activity_id: int | None = None
    note: str = ""

    def label(self) -> str:
        return f"给 {len(self.member_ids)} 位成员记{REASONS.get(self.reason, self.reason)}积分"

    def apply(self, uow: UnitOfWork) -> RowIds:
        if self.reason not in ("share", "win"):
            raise ValidationError(
                f"「{self.reason}」不是按规则记分的原因（可用：分享、活动获奖）。"
            )
        ids = unique_members(self.member_ids)
        require_members(uow.s, ids)
        if self.activity_id is not None and uow.s.get(Activity, self.activity_id) is None:
            raise NotFoundError(f"没有编号为 {self.activity_id} 的活动：没有做任何修改。")
        delta = load_rules(uow.s).for_reason(self.reason)
        done = post(uow, ids, delta, self.reason, self.note.strip(), self.activity_id)
        uow.undo_with(RemoveRows(done, f"撤回{REASONS[self.reason]}积分"))
        return done


@dataclass(frozen=True)
class AdjustPoints(Operation):
    """A manual adjustment (+ or −) with the note saying why."""

    kind = "points.adjust"
    member_ids: tuple[int, ...]
    delta: int
    note: str

    def label(self) -> str:
        return f"手动调整 {len(self.member_ids)} 位成员的积分 {self.delta:+d}"

    def apply(self, uow: UnitOfWork) -> RowIds:
        if self.delta == 0:
            raise ValidationError("调整的积分不能为 0。")
        if not self.note.strip():
            raise ValidationError("手动调整积分必须写明原因（备注）。")
        ids = unique_members(self.member_ids)
        nick = require_members(uow.s, ids)
        _check_balance(uow, ids, self.delta, nick)
        done = post(uow, ids, self.delta, "manual", self.note.strip())
        uow.undo_with(RemoveRows(done, "撤回手动调整的积分"))
        return done


@dataclass(frozen=True)
class RedeemPoints(Operation):
    """A member spends points (兑换礼品): a negative line; refused beyond her balance."""

    kind = "points.redeem"
    member_id: int
    points: int
    note: str = ""

    def label(self) -> str:
        return f"兑换 {self.points} 积分"

    def apply(self, uow: UnitOfWork) -> RowIds:
        if self.points <= 0:
            raise ValidationError("兑换的积分必须大于 0。")
        nick = require_members(uow.s, (self.member_id,))
        _check_balance(uow, (self.member_id,), -self.points, nick)
        done = post(uow, (self.member_id,), -self.points, "redeem", self.note.strip())
        uow.undo_with(RemoveRows(done, "撤回积分兑换"))
        return done
