"""Creating a member (新建成员), undone by deleting exactly her, redone under the same id.

`CreateMember(values, tags)` returns the new id. Its inverse, `UncreateMember`, deletes that
member with every row that points to her, and the tags, tag groups and role the creation made
(when nothing else uses them by then); its own inverse, `RecreateMember`, puts those rows back
as they were (same ids), so a redo brings back the same member.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.members.domain import EDITABLE_FIELDS
from app.members.service import member_search_fields
from app.members.tag_ops import drop_unused
from app.members.tags import MT, TagService
from app.members.vocab import SkinTypes
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models import (
    Group,
    GroupMembership,
    Member,
    MemberSpecialty,
    Role,
    SkinType,
    Tag,
    TagGroup,
    TimelineEntry,
)

Rows = tuple[dict[str, Any], ...]
# Rows that point to a member and go (and come back) with her, in the order they are put back.
_DEPENDENTS = (MT, MemberSpecialty, GroupMembership, TimelineEntry)


def _skin_types(s: Session) -> SkinTypes:
    rows = s.execute(
        select(SkinType.name, SkinType.synonyms).order_by(SkinType.position, SkinType.id)
    ).all()
    return SkinTypes([(name, list(syn or [])) for name, syn in rows])


def _public(values: dict[str, Any]) -> dict[str, Any]:
    """The member's filled-in fields, for her audit row."""
    return {k: values[k] for k in EDITABLE_FIELDS if k in values and values[k] not in (None, "")}


def _all_ids(s: Session, table: Any) -> set[int]:
    return set(s.execute(select(table.id)).scalars())


@dataclass(frozen=True)
class CreateMember(Operation):
    """Make a new member from field values (as the detail panel edits them) and tag labels."""

    kind = "members.create"
    values: dict[str, Any]
    tags: tuple[str, ...] = ()

    def label(self) -> str:
        who = clean(self.values.get("nickname")) or clean(self.values.get("name"))
        return f"新建成员「{who}」"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        if not clean(self.values.get("nickname")) and not clean(self.values.get("name")):
            raise ValidationError("新成员至少要有昵称或姓名：请填写其中一项。")
        data = uow.services.members.clean_values(self.values, _skin_types(s))
        roles_before, tags_before = _all_ids(s, Role), _all_ids(s, Tag)
        groups_before = _all_ids(s, TagGroup)
        if (
            data.get("role")
            and s.execute(select(Role.id).where(Role.name == data["role"])).first() is None
        ):
            s.add(Role(name=data["role"]))
        member = Member(**data, **member_search_fields(data))
        if member.joined is None:
            member.joined = dt.date.today()
        s.add(member)
        s.flush()
        tag_ids = list(dict.fromkeys(TagService.ensure_tags(s, self.tags)))
        TagService._insert(s, [(member.id, t) for t in tag_ids])
        s.flush()
        labels = sorted(clean(t) for t in self.tags if clean(t))
        uow.audit("member", member.id, self.kind, None, {**_public(data), "tags": labels})
        uow.touch([member.id], membership=True, vocab=bool(tag_ids or data.get("role")))
        uow.undo_with(
            UncreateMember(
                member.id,
                tuple(sorted(set(tag_ids) - tags_before)),
                tuple(sorted(_all_ids(s, TagGroup) - groups_before)),
                tuple(sorted(_all_ids(s, Role) - roles_before)),
            )
        )
        return member.id


@dataclass(frozen=True)
class UncreateMember(Operation):
    """Delete a member the window created, and what her creation added to the vocabularies."""

    kind = "members.uncreate"
    member_id: int
    drop_tag_ids: tuple[int, ...] = ()
    drop_group_ids: tuple[int, ...] = ()
    drop_role_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"撤销新建成员 #{self.member_id}"

    def apply(self, uow: UnitOfWork) -> None:
        s, mid = uow.s, self.member_id
        rows = snapshot(s, Member, Member.id == mid)
        if not rows:
            raise NotFoundError("这位新建的成员已经不存在了。")
        dependents = tuple(snapshot(s, t, t.c.member_id == mid) for t in _tables())
        led = tuple(s.execute(select(Group.id).where(Group.leader_id == mid)).scalars())
        s.execute(update(Group).where(Group.leader_id == mid).values(leader_id=None))
        for table in reversed(_tables()):
            s.execute(delete(table).where(table.c.member_id == mid))
        s.execute(delete(Member).where(Member.id == mid))
        tag_rows, group_rows = drop_unused(s, self.drop_tag_ids, self.drop_group_ids)
        role_rows = snapshot(s, Role, Role.id.in_(self.drop_role_ids))
        s.execute(delete(Role).where(Role.id.in_(self.drop_role_ids)))
        uow.audit("member", mid, self.kind, _public(rows[0]), None)
        uow.touch([mid], membership=True, vocab=True)
        uow.undo_with(RecreateMember(rows[0], dependents, tag_rows, group_rows, role_rows, led))


@dataclass(frozen=True)
class RecreateMember(Operation):
    """Bring back a member `UncreateMember` deleted, with the same ids for every row."""

    kind = "members.recreate"
    member: dict[str, Any]
    dependents: tuple[Rows, ...] = ()
    tag_rows: Rows = ()
    group_rows: Rows = ()
    role_rows: Rows = ()
    led_group_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"恢复新建的成员 #{self.member['id']}"

    def apply(self, uow: UnitOfWork) -> None:
        s, mid = uow.s, int(self.member["id"])
        if s.get(Member, mid) is not None:
            raise ValidationError(f"编号 #{mid} 已经有成员了，无法重做新建。")
        reinsert(s, Role, self.role_rows)
        reinsert(s, TagGroup, self.group_rows)
        reinsert(s, Tag, self.tag_rows)
        reinsert(s, Member, [self.member])
        for table, rows in zip(_tables(), self.dependents, strict=False):
            reinsert(s, table, rows)
        s.execute(update(Group).where(Group.id.in_(self.led_group_ids)).values(leader_id=mid))
        uow.audit("member", mid, self.kind, None, _public(self.member))
        uow.touch([mid], membership=True, vocab=True)
        uow.undo_with(
            UncreateMember(
                mid,
                tuple(r["id"] for r in self.tag_rows),
                tuple(r["id"] for r in self.group_rows),
                tuple(r["id"] for r in self.role_rows),
            )
        )


def _tables() -> tuple[Any, ...]:
    return tuple(getattr(t, "__table__", t) for t in _DEPENDENTS)
