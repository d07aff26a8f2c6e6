"""Groups (社群) and who is in them: reads, and the rules the group operations share.

Every write is an operation (`app.members.group_ops`, `app.members.membership_ops`); this module
reads groups and their members and holds the checks both use (names, platforms, capacity).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.errors import NotFoundError, ValidationError
from app.members.domain import PLATFORMS, ROLES_IN_GROUP, GroupInfo, GroupMemberRow
from app.members.query import chunks
from app.text import clean
from db.models import Group, GroupMembership, Member

CAPACITY = {"wechat": 500, "wecom": 500, "qq": 2000}
SUBGROUP_CAPACITY = 15
WARN_AT = 0.9


def current_count(s: Session, group_id: int) -> int:
    return int(
        s.execute(
            select(func.count()).where(
                GroupMembership.group_id == group_id, GroupMembership.left.is_(None)
            )
        ).scalar_one()
    )


def get_group(s: Session, group_id: int) -> Group:
    group = s.get(Group, group_id)
    if group is None:
        raise NotFoundError(f"没有编号为 {group_id} 的群。")
    return group


def check_room(s: Session, group: Group, adding: int) -> str | None:
    """Refuse when `adding` more current members would exceed the group's capacity; return the
    90 % warning (or None) for after the change."""
    now = current_count(s, group.id)
    after = now + adding
    if adding > 0 and after > group.capacity:
        raise ValidationError(
            f"「{group.name}」最多 {group.capacity} 人，现在 {now} 人，"
            f"再加 {adding} 人会超出 {after - group.capacity} 人：没有做任何修改。"
        )
    return fill_warning(group.name, after, group.capacity)


def fill_warning(name: str, count: int, capacity: int) -> str | None:
    if capacity and count >= WARN_AT * capacity:
        return f"「{name}」已有 {count}/{capacity} 人（{count * 100 // capacity}%），快满了。"
    return None


def check_name(s: Session, name: str, group_id: int | None = None) -> str:
    name = clean(name)
    if not name:
        raise ValidationError("群名称不能为空。")
    if len(name) > 100:
        raise ValidationError(f"群名称「{name[:20]}…」太长：最多 100 个字。")
    other = s.execute(select(Group.id).where(Group.name == name)).scalar_one_or_none()
    if other is not None and other != group_id:
        raise ValidationError(f"已经有一个叫「{name}」的群了。")
    return name


def check_platform(platform: str) -> str:
    if platform not in PLATFORMS:
        raise ValidationError(f"未知的平台「{platform}」：可选 微信、企业微信、QQ。")
    return platform


def check_capacity(capacity: int, name: str) -> int:
    if not 1 <= capacity <= 100_000:
        raise ValidationError(f"「{name}」的容量 {capacity} 不合理：请填 1 到 100000 之间的人数。")
    return capacity


def check_role(role: str) -> str:
    role = clean(role)
    if role and role not in ROLES_IN_GROUP:
        raise ValidationError(f"未知的群内角色「{role}」：可选 {'、'.join(ROLES_IN_GROUP)}。")
    return role


def check_members(s: Session, member_ids: Sequence[int]) -> None:
    found: set[int] = set()
    for part in chunks(list(member_ids)):
        found.update(s.execute(select(Member.id).where(Member.id.in_(part))).scalars())
    missing = [m for m in member_ids if m not in found]
    if missing:
        shown = "、".join(str(m) for m in missing[:10])
        raise NotFoundError(f"没有编号为 {shown} 的成员：没有做任何修改。")


class GroupService:
    """Reads groups and their members (writes are operations)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_groups(self, include_archived: bool = True) -> list[GroupInfo]:
        counts = (
            select(GroupMembership.group_id, func.count().label("n"))
            .where(GroupMembership.left.is_(None))
            .group_by(GroupMembership.group_id)
            .subquery()
        )
        leader = aliased(Member)
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
                Group.archived_at.is_not(None),
                func.coalesce(leader.nickname, ""),
            )
            .outerjoin(counts, counts.c.group_id == Group.id)
            .outerjoin(leader, leader.id == Group.leader_id)
            .order_by(Group.parent_id.is_not(None), Group.id)
        )
        if not include_archived:
            stmt = stmt.where(Group.archived_at.is_(None))
        with self._sf() as s:
            return [GroupInfo(*row) for row in s.execute(stmt)]

    def members_of(self, group_id: int, current: bool | None = None) -> list[GroupMemberRow]:
        """Every stay in the group (`current`: True only present, False only former)."""
        stmt = (
            select(
                GroupMembership.id,
                GroupMembership.member_id,
                Member.nickname,
                GroupMembership.group_nickname,
                GroupMembership.role_in_group,
                GroupMembership.joined,
                GroupMembership.left,
            )
            .join(Member, Member.id == GroupMembership.member_id)
            .where(GroupMembership.group_id == group_id, Member.deleted_at.is_(None))
            .order_by(GroupMembership.left.is_not(None), Member.sort_name, GroupMembership.id)
        )
        if current is True:
            stmt = stmt.where(GroupMembership.left.is_(None))
        elif current is False:
            stmt = stmt.where(GroupMembership.left.is_not(None))
        with self._sf() as s:
            return [GroupMemberRow(*row) for row in s.execute(stmt)]

    def create(
        self,
        name: str,
        platform: str = "wechat",
        capacity: int | None = None,
        parent_id: int | None = None,
        leader_id: int | None = None,
    ) -> int:
        """Create a group without an undo step (tests, benchmarks and the demo set-up use it;
        the window and the CLI run `CreateGroup`)."""
        with self._sf.begin() as s:
            group = new_group(s, name, platform, capacity, parent_id, leader_id, "")
            return group.id


def new_group(
    s: Session,
    name: str,
    platform: str,
    capacity: int | None,
    parent_id: int | None,
    leader_id: int | None,
    note: str,
) -> Group:
    name = check_name(s, name)
    check_platform(platform)
    if parent_id is not None:
        parent = get_group(s, parent_id)
        if parent.parent_id is not None:
            raise ValidationError(f"「{parent.name}」本身是小组：小组下面不能再分小组。")
        platform = parent.platform
    if leader_id is not None:
        check_members(s, [leader_id])
    default = SUBGROUP_CAPACITY if parent_id is not None else CAPACITY[platform]
    group = Group(
        name=name,
        platform=platform,
        capacity=check_capacity(capacity or default, name),
        parent_id=parent_id,
        leader_id=leader_id,
        note=clean(note),
        created_at=dt.datetime.now().replace(microsecond=0),
    )
    s.add(group)
    s.flush()
    return group
