"""Group memberships from a 所在群 column: groups made on demand, memberships with known ids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.orm import Session

from app.importing.bulk import BulkWriter
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
