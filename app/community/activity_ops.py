"""Operations on activities: create, edit, trash and restore; sign-ups and check-ins.

A check-in signs the member up when she was not yet, and applies the check-in rule once (one
ledger line per member, linked to the check-in); undoing it removes exactly those rows and takes
the points back (`RemoveRows`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select

from app.community.activity_service import activity_fields
from app.community.domain import ActivityFields
from app.community.ledger import (
    RowIds,
    delete_rows,
    insert_new,
    live_members,
    names,
    require_members,
    shift_points,
    unique_members,
)
from app.community.points_ops import AREA, RemoveRows, RestoreRows, now
from app.community.rules import load_rules
from app.errors import NotFoundError, ValidationError
from app.members.query import chunks
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from db.models import Group
from db.models_community import Activity, ActivityGroup, Checkin, PointsEntry, Signup


def get_activity(uow: UnitOfWork, activity_id: int, *, live: bool = True) -> Activity:
    a = uow.s.get(Activity, activity_id)
    if a is None:
        raise NotFoundError(f"没有编号为 {activity_id} 的活动：没有做任何修改。")
    if live and a.deleted_at is not None:
        raise ValidationError(f"活动「{a.name}」在回收站里，请先恢复它：没有做任何修改。")
    return a


def _checked(uow: UnitOfWork, f: ActivityFields) -> ActivityFields:
    name, kind = f.name.strip(), f.kind.strip()
    if not name:
        raise ValidationError("活动名称不能为空。")
    if len(name) > 100:
        raise ValidationError(f"活动名称「{name[:20]}…」太长了（最多 100 个字）。")
    if not kind or len(kind) > 30:
        raise ValidationError("活动类型不能为空，最多 30 个字。")
    if f.end < f.start:
        raise ValidationError(f"活动「{name}」的结束日期 {f.end} 早于开始日期 {f.start}。")
    if (f.end - f.start).days > 366:
        raise ValidationError(f"活动「{name}」超过一年，请检查日期（{f.start} 至 {f.end}）。")
    if f.feedback is not None and not 0 <= f.feedback <= 5:
        raise ValidationError(f"反馈评分 {f.feedback} 不在 0 到 5 分之间。")
    if f.host_id is not None and not live_members(uow.s, (f.host_id,)):
        raise NotFoundError(f"没有编号为 {f.host_id} 的成员，不能做活动「{name}」的主持人。")
    groups = tuple(sorted(set(f.group_ids)))
    found = set(uow.s.execute(select(Group.id).where(Group.id.in_(groups))).scalars())
    if missing := [g for g in groups if g not in found]:
        raise NotFoundError(f"没有编号为 {'、'.join(map(str, missing))} 的社群。")
    return dataclasses.replace(f, name=name, kind=kind, group_ids=groups)


def _write(uow: UnitOfWork, a: Activity, f: ActivityFields) -> None:
    for key in ("name", "kind", "online", "goal", "start", "end", "host_id", "feedback", "note"):
        setattr(a, key, getattr(f, key))
    uow.s.flush()
    uow.s.execute(delete(ActivityGroup).where(ActivityGroup.activity_id == a.id))
    for g in f.group_ids:
        uow.s.add(ActivityGroup(activity_id=a.id, group_id=g))


@dataclass(frozen=True)
class CreateActivity(Operation):
    kind = "activities.create"
    fields: ActivityFields

    def label(self) -> str:
        return f"新建活动「{self.fields.name}」"

    def apply(self, uow: UnitOfWork) -> int:
        f = _checked(uow, self.fields)
        a = Activity(name=f.name, start=f.start, end=f.end)
        uow.s.add(a)
        _write(uow, a, f)
        uow.s.flush()
        uow.audit("activity", a.id, self.kind, None, f)
        uow.touch(areas={AREA})
        uow.undo_with(PurgeActivity(a.id))
        return a.id


@dataclass(frozen=True)
class EditActivity(Operation):
    kind = "activities.edit"
    activity_id: int
    fields: ActivityFields

    def label(self) -> str:
        return f"修改活动「{self.fields.name}」"

    def apply(self, uow: UnitOfWork) -> None:
        a = get_activity(uow, self.activity_id)
        f = _checked(uow, self.fields)
        before = activity_fields(uow.s, a)
        outside = uow.s.execute(
            select(func.count())
            .select_from(Checkin)
            .where(Checkin.activity_id == a.id, (Checkin.day < f.start) | (Checkin.day > f.end))
        ).scalar_one()
        if outside:
            raise ValidationError(
                f"活动「{a.name}」有 {outside} 次打卡不在新的日期 {f.start} 至 {f.end} 之内："
                "请先撤回这些打卡，或选择包含它们的日期。"
            )
        _write(uow, a, f)
        uow.audit("activity", a.id, self.kind, before, f)
        uow.touch(areas={AREA})
        uow.undo_with(EditActivity(a.id, before))


@dataclass(frozen=True)
class TrashActivity(Operation):
    """Move an activity to the trash; its sign-ups, check-ins and points stay."""

    kind = "activities.delete"
    activity_id: int
    at: dt.datetime | None = None

    def label(self) -> str:
        return "删除活动"

    def apply(self, uow: UnitOfWork) -> None:
        a = get_activity(uow, self.activity_id)
        a.deleted_at = self.at or now()
        uow.audit("activity", a.id, self.kind, {"name": a.name}, {"deleted_at": a.deleted_at})
        uow.touch(areas={AREA})
        uow.undo_with(RestoreActivity(a.id))


@dataclass(frozen=True)
class RestoreActivity(Operation):
    kind = "activities.restore"
    activity_id: int

    def label(self) -> str:
        return "恢复活动"

    def apply(self, uow: UnitOfWork) -> None:
        a = get_activity(uow, self.activity_id, live=False)
        if a.deleted_at is None:
            raise ValidationError(f"活动「{a.name}」不在回收站里。")
        at, a.deleted_at = a.deleted_at, None
        uow.audit("activity", a.id, self.kind, {"deleted_at": at}, {"name": a.name})
        uow.touch(areas={AREA})
        uow.undo_with(TrashActivity(a.id, at))


@dataclass(frozen=True)
class PurgeActivity(Operation):
    """The undo of creating an activity: remove it for good while nothing refers to it."""

    kind = "activities.purge"
    activity_id: int

    def label(self) -> str:
        return "撤销新建活动"

    def apply(self, uow: UnitOfWork) -> None:
        a = get_activity(uow, self.activity_id, live=False)
        for table in (Signup, Checkin, PointsEntry):
            used = uow.s.execute(select(table.id).where(table.activity_id == a.id).limit(1)).first()
            if used is not None:
                raise ValidationError(
                    f"活动「{a.name}」已有报名、打卡或积分记录，不能撤销新建；可以把它删除到回收站。"
                )
        groups = snapshot(uow.s, ActivityGroup, ActivityGroup.activity_id == a.id)
        row = snapshot(uow.s, Activity, Activity.id == a.id)
        uow.audit("activity", a.id, self.kind, {"name": a.name}, None)
        uow.s.delete(a)
        uow.s.flush()
        uow.touch(areas={AREA})
        uow.undo_with(ReinsertActivity(row, groups))


@dataclass(frozen=True)
class ReinsertActivity(Operation):
    kind = "activities.reinsert"
    rows: tuple[dict[str, Any], ...]
    group_rows: tuple[dict[str, Any], ...] = ()

    def label(self) -> str:
        return "恢复新建的活动"

    def apply(self, uow: UnitOfWork) -> None:
        reinsert(uow.s, Activity, self.rows)
        reinsert(uow.s, ActivityGroup, self.group_rows)
        for r in self.rows:
            uow.audit("activity", r["id"], self.kind, None, {"name": r["name"]})
        uow.touch(areas={AREA})
        uow.undo_with(PurgeActivity(self.rows[0]["id"]))


def _signed_up(uow: UnitOfWork, activity_id: int, ids: tuple[int, ...]) -> set[int]:
    out: set[int] = set()
    for part in chunks(list(ids)):
        out.update(
            uow.s.execute(
                select(Signup.member_id).where(
                    Signup.activity_id == activity_id, Signup.member_id.in_(part)
                )
            ).scalars()
        )
    return out


def _sign_up(uow: UnitOfWork, activity_id: int, ids: list[int]) -> list[int]:
    at = now()
    rows = [
        {"activity_id": activity_id, "member_id": m, "at": at, "source": uow.source} for m in ids
    ]
    return insert_new(uow.s, Signup, rows)


@dataclass(frozen=True)
class SignUp(Operation):
    """Sign members up for an activity (those already signed up are left as they are)."""

    kind = "activities.signup"
    activity_id: int
    member_ids: tuple[int, ...]

    def label(self) -> str:
        return f"{len(self.member_ids)} 位成员报名活动"

    def apply(self, uow: UnitOfWork) -> int:
        a = get_activity(uow, self.activity_id)
        ids = unique_members(self.member_ids)
        nick = require_members(uow.s, ids)
        have = _signed_up(uow, a.id, ids)
        new = [m for m in ids if m not in have]
        if not new:
            raise ValidationError(f"{names(list(ids), nick)} 都已经报名了「{a.name}」。")
        signup_ids = _sign_up(uow, a.id, new)
        uow.audit("activity", a.id, self.kind, None, {"signups": new})
        uow.touch(new, areas={AREA})
        uow.undo_with(RemoveRows(RowIds(signups=tuple(signup_ids)), f"撤回「{a.name}」的报名"))
        return len(new)


@dataclass(frozen=True)
class CancelSignup(Operation):
    """Take back members' sign-ups; refused for one who has already checked in."""

    kind = "activities.cancel_signup"
    activity_id: int
    member_ids: tuple[int, ...]

    def label(self) -> str:
        return f"取消 {len(self.member_ids)} 位成员的报名"

    def apply(self, uow: UnitOfWork) -> int:
        a = get_activity(uow, self.activity_id)
        ids = unique_members(self.member_ids)
        nick = require_members(uow.s, ids)
        checked = sorted(
            set(
                uow.s.execute(
                    select(Checkin.member_id).where(
                        Checkin.activity_id == a.id, Checkin.member_id.in_(ids)
                    )
                ).scalars()
            )
        )
        if checked:
            raise ValidationError(
                f"{names(checked, nick)} 已在「{a.name}」打过卡，请先撤回打卡再取消报名。"
            )
        signup_ids = tuple(
            uow.s.execute(
                select(Signup.id).where(Signup.activity_id == a.id, Signup.member_id.in_(ids))
            ).scalars()
        )
        if not signup_ids:
            raise ValidationError(f"{names(list(ids), nick)} 没有报名「{a.name}」。")
        rows, levels = delete_rows(uow, RowIds(signups=signup_ids))
        uow.audit("activity", a.id, self.kind, {"signups": [r["member_id"] for r in rows.signups]})
        uow.touch(ids, areas={AREA})
        uow.undo_with(RestoreRows(rows, levels, f"恢复「{a.name}」的报名"))
        return len(signup_ids)


def _check_day(a: Activity, day: dt.date) -> None:
    if not a.start <= day <= a.end:
        raise ValidationError(
            f"{day} 不在活动「{a.name}」的日期内（{a.start} 至 {a.end}）：没有做任何修改。"
        )


@dataclass(frozen=True)
class CheckIn(Operation):
    """Check members in for one day of an activity; the check-in rule gives each her points."""

    kind = "activities.checkin"
    activity_id: int
    member_ids: tuple[int, ...]
    day: dt.date

    def label(self) -> str:
        return f"{len(self.member_ids)} 位成员 {self.day:%m-%d} 打卡"

    def apply(self, uow: UnitOfWork) -> RowIds:
        s = uow.s
        a = get_activity(uow, self.activity_id)
        _check_day(a, self.day)
        ids = unique_members(self.member_ids)
        nick = require_members(s, ids)
        twice: list[int] = []
        for part in chunks(list(ids)):
            twice.extend(
                s.execute(
                    select(Checkin.member_id).where(
                        Checkin.activity_id == a.id,
                        Checkin.day == self.day,
                        Checkin.member_id.in_(part),
                    )
                ).scalars()
            )
        if twice:
            raise ValidationError(
                f"{names(sorted(twice), nick)} 在 {self.day} 已经为「{a.name}」打过卡：没有做任何修改。"
            )
        have = _signed_up(uow, a.id, ids)
        signup_ids = _sign_up(uow, a.id, [m for m in ids if m not in have])
        at = now()
        checkin_ids = insert_new(
            s,
            Checkin,
            [
                {
                    "activity_id": a.id,
                    "member_id": m,
                    "day": self.day,
                    "at": at,
                    "source": uow.source,
                }
                for m in ids
            ],
        )
        per = load_rules(s).checkin
        ledger_ids: list[int] = []
        levels: dict[int, int] = {}
        if per:
            ledger_ids = insert_new(
                s,
                PointsEntry,
                [
                    {
                        "member_id": m,
                        "at": at,
                        "delta": per,
                        "reason": "checkin",
                        "note": f"{a.name} {self.day:%m-%d}",
                        "source": uow.source,
                        "activity_id": a.id,
                        "checkin_id": c,
                    }
                    for m, c in zip(ids, checkin_ids, strict=True)
                ],
            )
            levels = shift_points(uow, {m: per for m in ids})
        uow.audit("activity", a.id, self.kind, None, {"day": self.day, "members": list(ids)})
        uow.touch(ids, areas={AREA})
        done = RowIds(tuple(signup_ids), tuple(checkin_ids), tuple(ledger_ids), levels)
        uow.undo_with(RemoveRows(done, f"撤回 {self.day:%m-%d} 的打卡"))
        return done


@dataclass(frozen=True)
class Uncheck(Operation):
    """Take back members' check-ins of one day, with the points they gave."""

    kind = "activities.uncheck"
    activity_id: int
    member_ids: tuple[int, ...]
    day: dt.date

    def label(self) -> str:
        return f"撤回 {len(self.member_ids)} 位成员 {self.day:%m-%d} 的打卡"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        a = get_activity(uow, self.activity_id)
        ids = unique_members(self.member_ids)
        nick = require_members(s, ids)
        found = dict(
            s.execute(
                select(Checkin.member_id, Checkin.id).where(
                    Checkin.activity_id == a.id, Checkin.day == self.day, Checkin.member_id.in_(ids)
                )
            ).all()
        )
        if missing := [m for m in ids if m not in found]:
            raise ValidationError(
                f"{names(missing, nick)} 在 {self.day} 没有为「{a.name}」打卡：没有做任何修改。"
            )
        checkin_ids = tuple(found[m] for m in ids)
        ledger = tuple(
            s.execute(
                select(PointsEntry.id).where(PointsEntry.checkin_id.in_(checkin_ids))
            ).scalars()
        )
        rows, levels = delete_rows(uow, RowIds(checkins=checkin_ids, ledger=ledger))
        uow.audit("activity", a.id, self.kind, {"day": self.day, "members": list(ids)}, None)
        uow.touch(ids, areas={AREA})
        uow.undo_with(RestoreRows(rows, levels, f"恢复 {self.day:%m-%d} 的打卡"))
        return len(checkin_ids)
