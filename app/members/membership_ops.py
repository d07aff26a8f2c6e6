"""Operations on who is in a group: join, leave, move, nickname/role/dates in the group.

History is kept: leaving sets the left date, and someone who rejoins gets a new membership row
(the old one stays). A group never goes over its capacity: an operation that would is refused
with the numbers and writes nothing; one that brings it to 90 % or more returns the warning in
its value. Every inverse is `PutMemberships`, which deletes, reinserts and reopens exactly the
rows the operation touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.members.groups import (
    check_members,
    check_role,
    check_room,
    current_count,
    fill_warning,
    get_group,
)
from app.members.query import chunks
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models import Group, GroupMembership

AREAS = frozenset({"groups"})
MEMBERSHIP_FIELDS = ("group_nickname", "role_in_group", "joined", "left")
LeftDates = tuple[tuple[int, dt.date | None], ...]


@dataclass(frozen=True, slots=True)
class MembershipChange:
    """What a membership operation did: the rows it made or closed, who, and a 90 % warning."""

    membership_ids: tuple[int, ...]
    member_ids: tuple[int, ...]
    warning: str | None = None


def _present(s: Session, group_id: int, member_ids: Sequence[int]) -> dict[int, int]:
    """member id → id of her current membership of the group."""
    out: dict[int, int] = {}
    for part in chunks(list(member_ids)):
        out.update(
            (m, i)
            for i, m in s.execute(
                select(GroupMembership.id, GroupMembership.member_id).where(
                    GroupMembership.group_id == group_id,
                    GroupMembership.left.is_(None),
                    GroupMembership.member_id.in_(part),
                )
            )
        )
    return out


def _open_group(s: Session, group_id: int) -> Group:
    group = get_group(s, group_id)
    if group.archived_at is not None:
        raise ValidationError(f"「{group.name}」已归档：先取消归档，再往里加人。")
    return group


def _join(
    s: Session, group: Group, member_ids: Sequence[int], joined: dt.date, role: str, nick: str
) -> tuple[list[int], list[int], str | None]:
    present = _present(s, group.id, member_ids)
    new = [m for m in dict.fromkeys(member_ids) if m not in present]
    warning = check_room(s, group, len(new))
    rows = [
        {
            "member_id": m,
            "group_id": group.id,
            "joined": joined,
            "left": None,
            "group_nickname": nick,
            "role_in_group": role,
        }
        for m in new
    ]
    ids: list[int] = []
    for start in range(0, len(rows), 500):
        part = rows[start : start + 500]
        ids.extend(s.execute(insert(GroupMembership).returning(GroupMembership.id), part).scalars())
    return new, ids, warning


def _close(s: Session, ids: Sequence[int], left: dt.date) -> None:
    for part in chunks(list(ids)):
        s.execute(update(GroupMembership).where(GroupMembership.id.in_(part)).values(left=left))


def _audit_members(
    uow: UnitOfWork, members: Iterable[int], action: str, before: Any, after: Any
) -> None:
    uow.audit_each("member", members, action, before, after)


@dataclass(frozen=True)
class JoinGroup(Operation):
    """Put members in a group (those already in it stay as they are)."""

    kind = "groups.join"
    group_id: int
    member_ids: tuple[int, ...]
    joined: dt.date | None = None
    role_in_group: str = ""
    group_nickname: str = ""

    def label(self) -> str:
        return f"{len(self.member_ids)} 位成员加入群"

    def apply(self, uow: UnitOfWork) -> MembershipChange:
        s = uow.s
        group = _open_group(s, self.group_id)
        check_members(s, self.member_ids)
        joined = self.joined or dt.date.today()
        role = check_role(self.role_in_group)
        new, ids, warning = _join(
            s, group, self.member_ids, joined, role, clean(self.group_nickname)
        )
        _audit_members(uow, new, self.kind, None, {"group": group.name, "joined": joined})
        uow.touch(new, membership=True, areas=AREAS)
        uow.undo_with(PutMemberships(delete_ids=tuple(ids)))
        return MembershipChange(tuple(ids), tuple(new), warning)


@dataclass(frozen=True)
class LeaveGroup(Operation):
    """Members leave a group: their stay gets a left date (the row is kept as history)."""

    kind = "groups.leave"
    group_id: int
    member_ids: tuple[int, ...]
    left: dt.date | None = None

    def label(self) -> str:
        return f"{len(self.member_ids)} 位成员退群"

    def apply(self, uow: UnitOfWork) -> MembershipChange:
        s = uow.s
        group = get_group(s, self.group_id)
        present = _present(s, group.id, self.member_ids)
        left = self.left or dt.date.today()
        _close(s, list(present.values()), left)
        _audit_members(
            uow, present, self.kind, {"group": group.name}, {"group": group.name, "left": left}
        )
        uow.touch(present, membership=True, areas=AREAS)
        uow.undo_with(PutMemberships(left=tuple((i, None) for i in present.values())))
        return MembershipChange(tuple(present.values()), tuple(present))


@dataclass(frozen=True)
class MoveToGroup(Operation):
    """Move members from one group to another: they leave the first and join the second."""

    kind = "groups.move"
    from_group_id: int
    to_group_id: int
    member_ids: tuple[int, ...]
    on: dt.date | None = None

    def label(self) -> str:
        return f"把 {len(self.member_ids)} 位成员移到别的群"

    def apply(self, uow: UnitOfWork) -> MembershipChange:
        s = uow.s
        if self.from_group_id == self.to_group_id:
            raise ValidationError("移出和移入的是同一个群：没有做任何修改。")
        source = get_group(s, self.from_group_id)
        target = _open_group(s, self.to_group_id)
        check_members(s, self.member_ids)
        on = self.on or dt.date.today()
        present = _present(s, source.id, self.member_ids)
        new, ids, warning = _join(s, target, self.member_ids, on, "", "")
        _close(s, list(present.values()), on)
        moved = {"from": source.name, "to": target.name, "on": on}
        _audit_members(uow, set(present) | set(new), self.kind, None, moved)
        uow.touch(set(present) | set(new), membership=True, areas=AREAS)
        uow.undo_with(
            PutMemberships(delete_ids=tuple(ids), left=tuple((i, None) for i in present.values()))
        )
        return MembershipChange(tuple(ids), tuple(new), warning)


@dataclass(frozen=True)
class EditMembership(Operation):
    """Set the group nickname, role in the group, joined or left date of some stays."""

    kind = "groups.edit_membership"
    membership_ids: tuple[int, ...]
    values: dict[str, Any]

    def label(self) -> str:
        return "修改群内资料"

    def apply(self, uow: UnitOfWork) -> MembershipChange:
        s = uow.s
        unknown = set(self.values) - set(MEMBERSHIP_FIELDS)
        if unknown:
            raise ValidationError(f"群成员没有「{'、'.join(sorted(unknown))}」这一项。")
        values = dict(self.values)
        if "role_in_group" in values:
            values["role_in_group"] = check_role(str(values["role_in_group"] or ""))
        if "group_nickname" in values:
            values["group_nickname"] = clean(str(values["group_nickname"] or ""))
        rows = snapshot(s, GroupMembership, GroupMembership.id.in_(self.membership_ids))
        if len(rows) != len(set(self.membership_ids)):
            raise ValidationError("要修改的群成员记录已经不在了：没有做任何修改。")
        for row in rows:
            joined, left = values.get("joined", row["joined"]), values.get("left", row["left"])
            if joined and left and left < joined:
                raise ValidationError(f"退群日期 {left} 早于入群日期 {joined}：没有做任何修改。")
        counts = _counts(s, (r["group_id"] for r in rows))
        s.execute(
            update(GroupMembership)
            .where(GroupMembership.id.in_(self.membership_ids))
            .values(**values)
        )
        warning = _refuse_growth_over_capacity(s, counts)
        for row in rows:
            uow.audit(
                "member",
                row["member_id"],
                self.kind,
                {k: row[k] for k in values},
                values,
            )
        members = tuple(dict.fromkeys(r["member_id"] for r in rows))
        uow.touch(members, membership="left" in values, areas=AREAS)
        uow.undo_with(PutMemberships(delete_ids=tuple(r["id"] for r in rows), rows=rows))
        return MembershipChange(tuple(r["id"] for r in rows), members, warning)


def _counts(s: Session, group_ids: Iterable[int]) -> dict[int, int]:
    return {gid: current_count(s, gid) for gid in set(group_ids)}


def _refuse_growth_over_capacity(s: Session, before: dict[int, int]) -> str | None:
    """After a change: refuse when a group that gained current members is over its capacity
    (a group already over it, say from an import, may still lose members); else the warning."""
    warning = None
    for gid, was in sorted(before.items()):
        group = get_group(s, gid)
        count = current_count(s, gid)
        if count > was and count > group.capacity:
            raise ValidationError(
                f"「{group.name}」最多 {group.capacity} 人，这样会有 {count} 人，"
                f"超出 {count - group.capacity} 人：没有做任何修改。"
            )
        if count > was:
            warning = warning or fill_warning(group.name, count, group.capacity)
    return warning


@dataclass(frozen=True)
class PutMemberships(Operation):
    """Delete stays by id, insert stays exactly as given, set left dates: the inverse of every
    membership operation (its own inverse is computed the same way)."""

    kind = "groups.put_memberships"
    delete_ids: tuple[int, ...] = ()
    rows: tuple[dict[str, Any], ...] = ()
    left: LeftDates = ()

    def label(self) -> str:
        return "恢复群成员记录"

    def apply(self, uow: UnitOfWork) -> MembershipChange:
        s = uow.s
        deleted: list[dict[str, Any]] = []
        for part in chunks(list(self.delete_ids)):
            deleted.extend(snapshot(s, GroupMembership, GroupMembership.id.in_(part)))
        reopened = snapshot(s, GroupMembership, GroupMembership.id.in_([i for i, _ in self.left]))
        touched = deleted + list(self.rows) + list(reopened)
        counts = _counts(s, (r["group_id"] for r in touched))
        for part in chunks(list(self.delete_ids)):
            s.execute(delete(GroupMembership).where(GroupMembership.id.in_(part)))
        reinsert(s, GroupMembership, self.rows)
        wanted = dict(self.left)
        for row in reopened:
            s.execute(
                update(GroupMembership)
                .where(GroupMembership.id == row["id"])
                .values(left=wanted[row["id"]])
            )
        warning = _refuse_growth_over_capacity(s, counts)
        for row in deleted:
            uow.audit("member", row["member_id"], self.kind, _shown(row), None)
        for row in self.rows:
            uow.audit("member", row["member_id"], self.kind, None, _shown(row))
        for row in reopened:
            after = {**_shown(row), "left": wanted[row["id"]]}
            uow.audit("member", row["member_id"], self.kind, _shown(row), after)
        members = sorted({r["member_id"] for r in touched})
        uow.touch(members, membership=True, areas=AREAS)
        uow.undo_with(
            PutMemberships(
                delete_ids=tuple(r["id"] for r in self.rows),
                rows=tuple(deleted),
                left=tuple((r["id"], r["left"]) for r in reopened),
            )
        )
        return MembershipChange(tuple(r["id"] for r in self.rows), tuple(members), warning)


def _shown(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("group_id", *MEMBERSHIP_FIELDS)}
