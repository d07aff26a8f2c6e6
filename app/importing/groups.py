"""Group memberships from a 所在群 column: groups made on demand, memberships with known ids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.importing.bulk import BulkWriter
from app.members.groups import check_room
from app.members.query import chunks
from app.text import fold
from db.models import Group, GroupMembership

GM = cast(Table, GroupMembership.__table__)
MEMBERSHIP_KEYS = (
    "id",
    "member_id",
    "group_id",
    "joined",
    "left",
    "group_nickname",
    "role_in_group",
)


def ensure_groups(s: Session, names: Iterable[str]) -> tuple[dict[str, int], list[int]]:
    """Ids of groups by name, creating missing ones; and the ids that were created."""
    wanted = list(dict.fromkeys(names))
    found: dict[str, int] = {}
    for part in range(0, len(wanted), 500):
        for name, group_id in s.execute(
            select(Group.name, Group.id).where(Group.name.in_(wanted[part : part + 500]))
        ).all():
            found[name] = group_id
    created: list[int] = []
    for name in wanted:
        if name not in found:
            platform = "qq" if "qq" in fold(name) else "wechat"
            group = Group(name=name, platform=platform, capacity=2000 if platform == "qq" else 500)
            s.add(group)
            s.flush()
            found[name] = group.id
            created.append(group.id)
    return found, created


def group_by_name(s: Session, name: str) -> tuple[int, str]:
    """Id and name of the open group called `name`; refused with how to make it otherwise."""
    row = s.execute(
        select(Group.id, Group.name, Group.archived_at).where(Group.name == name)
    ).first()
    if row is None:
        raise ValidationError(
            f"没有名为「{name}」的社群：请先在“社群”页新建群「{name}」，再导入到这个群。"
        )
    if row[2] is not None:
        raise ValidationError(f"社群「{name}」已归档：先取消归档，再导入到这个群。")
    return int(row[0]), str(row[1])


def chosen_group(
    s: Session, group_id: int, name: str, created: int, matched: Sequence[int]
) -> tuple[int, str | None]:
    """Check the chosen group can take the import: it exists, is not archived, and has room for
    the `created` new members and the `matched` existing ones not in it yet.

    An import that would overfill the group is refused as a whole, before anything is written:
    a QQ group sheet is one group, and importing part of it would leave the roster and the group
    disagreeing. Returns how many join and the 90 % warning (or None)."""
    group = s.get(Group, group_id)
    if group is None:
        raise ValidationError(
            f"社群「{name}」已不存在：请在“社群”页新建群「{name}」后再导入，数据库没有改动。"
        )
    if group.archived_at is not None:
        raise ValidationError(
            f"社群「{group.name}」已归档：先取消归档再导入到这个群，数据库没有改动。"
        )
    present = set(active_members(s, group_id, matched))
    joining = created + len(set(matched) - present)
    return joining, check_room(s, group, joining)


def active_members(s: Session, group_id: int, member_ids: Sequence[int]) -> list[int]:
    """Those of `member_ids` who are in the group now."""
    out: list[int] = []
    for part in chunks(list(dict.fromkeys(member_ids)), 900):
        out.extend(
            s.execute(
                select(GM.c.member_id).where(
                    GM.c.group_id == group_id, GM.c.left.is_(None), GM.c.member_id.in_(part)
                )
            ).scalars()
        )
    return out


class Memberships:
    """Collects memberships to insert, numbering them so undo knows exactly which ones to remove."""

    def __init__(self, s: Session, writer: BulkWriter) -> None:
        self._writer = writer
        self._next = (s.execute(select(func.max(GroupMembership.id))).scalar() or 0) + 1
        self._rows: list[list[Any]] = []

    def add(
        self, member_id: int, group_ids: Sequence[int], joined: dt.date | None, nickname: str
    ) -> list[int]:
        ids = []
        for group_id in group_ids:
            self._rows.append([self._next, member_id, group_id, joined, None, nickname, ""])
            ids.append(self._next)
            self._next += 1
        return ids

    def flush(self) -> None:
        if self._rows:
            self._writer.insert(GM, MEMBERSHIP_KEYS, self._rows)
            self._rows = []


def active_groups(s: Session, member_ids: Sequence[int]) -> dict[int, set[int]]:
    """Groups each member is in now (memberships not left)."""
    out: dict[int, set[int]] = {}
    for part in chunks(list(member_ids), 900):
        for member_id, group_id in s.execute(
            select(GM.c.member_id, GM.c.group_id).where(
                GM.c.member_id.in_(part), GM.c.left.is_(None)
            )
        ).all():
            out.setdefault(member_id, set()).add(group_id)
    return out


def fix_sequences(s: Session) -> None:
    """Explicit ids bypass PostgreSQL's sequences; move them past the rows just written."""
    if s.get_bind().dialect.name != "postgresql":
        return
    for table in ("members", "group_memberships"):
        s.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )


def undo_memberships(
    s: Session, membership_ids: Sequence[int], new_group_ids: Sequence[int]
) -> None:
    """Remove the memberships an import added, then the groups it created that are now empty."""
    for part in chunks(list(membership_ids), 900):
        s.execute(delete(GM).where(GM.c.id.in_(part)))
    for group_id in new_group_ids:
        used = s.execute(select(GM.c.id).where(GM.c.group_id == group_id).limit(1)).first()
        child = s.execute(select(Group.id).where(Group.parent_id == group_id).limit(1)).first()
        if used is None and child is None:
            s.execute(delete(Group).where(Group.id == group_id))
