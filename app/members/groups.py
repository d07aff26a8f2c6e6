"""Groups (社群) and who is in them: platform, capacity, subgroups, membership history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.domain import Changes
from app.errors import ValidationError
from app.members.domain import PLATFORMS, GroupInfo
from app.members.query import chunks
from app.text import clean
from db.models import Group, GroupMembership

CAPACITY = {"wechat": 500, "wecom": 500, "qq": 2000}


class GroupService:
    """Create groups and move members in and out of them (with history kept)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_groups(self) -> list[GroupInfo]:
        counts = (
            select(GroupMembership.group_id, func.count().label("n"))
            .where(GroupMembership.left.is_(None))
            .group_by(GroupMembership.group_id)
            .subquery()
        )
        stmt = (
            select(
                Group.id,
                Group.name,
                Group.platform,
                Group.capacity,
                Group.parent_id,
                Group.leader_id,
                func.coalesce(counts.c.n, 0),
                Group.note,
            )
            .outerjoin(counts, counts.c.group_id == Group.id)
            .order_by(Group.parent_id.is_not(None), Group.id)
        )
        with self._sf() as s:
            return [GroupInfo(*row) for row in s.execute(stmt)]

    def create(
        self,
        name: str,
        platform: str = "wechat",
        capacity: int | None = None,
        parent_id: int | None = None,
        leader_id: int | None = None,
    ) -> int:
        name = clean(name)
        if not name:
            raise ValidationError("群名称不能为空。")
        if platform not in PLATFORMS:
            raise ValidationError(f"未知的平台「{platform}」：可选 微信、企业微信、QQ。")
        with self._sf.begin() as s:
            if s.execute(select(Group.id).where(Group.name == name)).first():
                raise ValidationError(f"已经有一个叫「{name}」的群了。")
            group = Group(
                name=name,
                platform=platform,
                capacity=capacity or CAPACITY[platform],
                parent_id=parent_id,
                leader_id=leader_id,
            )
            s.add(group)
            s.flush()
            return group.id

    def add_members(
        self, member_ids: Sequence[int], group_id: int, joined: dt.date | None = None
    ) -> tuple[tuple[int, ...], Changes]:
        """Put members in a group (those already in it are left as they are).

        Returns the new membership ids (for undo) and what changed.
        """
        with self._sf.begin() as s:
            present = set(
                s.execute(
                    select(GroupMembership.member_id).where(
                        GroupMembership.group_id == group_id, GroupMembership.left.is_(None)
                    )
                ).scalars()
            )
            rows = [
                GroupMembership(member_id=m, group_id=group_id, joined=joined or dt.date.today())
                for m in dict.fromkeys(member_ids)
                if m not in present
            ]
            s.add_all(rows)
            s.flush()
            new_ids = tuple(r.id for r in rows)
        return new_ids, Changes(members=frozenset(r.member_id for r in rows), membership=True)

    def remove_members(
        self, member_ids: Sequence[int], group_id: int, left: dt.date | None = None
    ) -> tuple[tuple[int, ...], Changes]:
        """Mark members as having left a group (history kept). Returns the closed membership ids."""
        closed: list[int] = []
        with self._sf.begin() as s:
            for part in chunks(list(member_ids)):
                ids = list(
                    s.execute(
                        select(GroupMembership.id).where(
                            GroupMembership.group_id == group_id,
                            GroupMembership.left.is_(None),
                            GroupMembership.member_id.in_(part),
                        )
                    ).scalars()
                )
                if ids:
                    s.execute(
                        update(GroupMembership)
                        .where(GroupMembership.id.in_(ids))
                        .values(left=left or dt.date.today())
                    )
                closed.extend(ids)
        return tuple(closed), Changes(members=frozenset(member_ids), membership=True)

    def delete_memberships(self, membership_ids: Sequence[int]) -> Changes:
        """Remove membership rows (the undo of add_members)."""
        with self._sf.begin() as s:
            members = set()
            for part in chunks(list(membership_ids)):
                rows = (
                    s.execute(select(GroupMembership).where(GroupMembership.id.in_(part)))
                    .scalars()
                    .all()
                )
                for row in rows:
                    members.add(row.member_id)
                    s.delete(row)
        return Changes(members=frozenset(members), membership=True)

    def reopen_memberships(self, membership_ids: Sequence[int]) -> Changes:
        """Clear the leave date of memberships (the undo of remove_members)."""
        with self._sf.begin() as s:
            members: set[int] = set()
            for part in chunks(list(membership_ids)):
                members.update(
                    s.execute(
                        select(GroupMembership.member_id).where(GroupMembership.id.in_(part))
                    ).scalars()
                )
                s.execute(
                    update(GroupMembership).where(GroupMembership.id.in_(part)).values(left=None)
                )
        return Changes(members=frozenset(members), membership=True)
