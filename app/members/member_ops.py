"""Operations on members' own fields: edit one member, bulk set, trash, restore, permanent delete.

Edits take raw values as typed and clean them with `MemberService.clean_values` (the one
validation); their inverses write the stored values back exactly, without cleaning again. A
role title typed for the first time is declared in the role vocabulary; the inverse takes that
declaration back when no member holds the title any more, so the database is back where it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.audit import erase_member_values
from app.errors import NotFoundError, ValidationError
from app.members.domain import BULK_FIELDS, FIELD_LABELS
from app.members.query import chunks
from app.members.service import (
    SEARCH_FIELDS,
    MemberService,
    member_search_fields,
    reindex_members,
    specialty_names,
)
from app.members.vocab import VocabService, skin_types_in
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from db.models import Group, Member, Role

Rows = tuple[dict[str, Any], ...]
Pairs = tuple[tuple[int, Any], ...]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def clean_in(uow: UnitOfWork, values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate values with the service's rules, reading the skin types in this session."""
    service: MemberService = uow.services.members
    return service.clean_values(values, skin_types_in(uow.s))


def _member(s: Session, member_id: int) -> Member:
    m = s.get(Member, member_id)
    if m is None:
        raise NotFoundError("这位成员已经不存在了（可能已被永久删除）。")
    return m


def _reindex(s: Session, m: Member, fields: Iterable[str]) -> None:
    if any(k in SEARCH_FIELDS for k in fields):
        specialties = specialty_names(s, [m.id]).get(m.id, ())
        values = {k: getattr(m, k) for k in SEARCH_FIELDS}
        for key, value in member_search_fields(values, specialties).items():
            setattr(m, key, value)


def drop_unused_roles(s: Session, role_ids: Iterable[int]) -> Rows:
    """Delete the declared roles among `role_ids` that no member holds; returns their rows."""
    ids = list(role_ids)
    if not ids:
        return ()
    names = dict(s.execute(select(Role.id, Role.name).where(Role.id.in_(ids))).all())
    unused = [
        i
        for i, name in names.items()
        if s.execute(select(Member.id).where(Member.role == name).limit(1)).first() is None
    ]
    if not unused:
        return ()
    rows = snapshot(s, Role, Role.id.in_(unused))
    s.execute(delete(Role).where(Role.id.in_(unused)))
    return rows


def _diff(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields whose value changes: (before, after) of those only."""
    changed = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in changed}, {k: after[k] for k in changed}


@dataclass(frozen=True)
class EditMember(Operation):
    """Change some fields of one member (one field edit in the detail panel)."""

    kind = "members.edit"
    member_id: int
    values: dict[str, Any]

    def label(self) -> str:
        fields = "、".join(FIELD_LABELS.get(k, k) for k in self.values)
        return f"修改成员 #{self.member_id} 的{fields}"

    def apply(self, uow: UnitOfWork) -> dict[str, Any]:
        m = _member(uow.s, self.member_id)
        data = clean_in(uow, self.values)
        before = {k: getattr(m, k) for k in data}
        for key, value in data.items():
            setattr(m, key, value)
        new_role = VocabService.ensure_role(uow.s, data.get("role"))
        _reindex(uow.s, m, data)
        old, new = _diff(before, data)
        uow.audit("member", self.member_id, self.kind, old, new)
        uow.touch([self.member_id], membership=True, vocab="role" in data)
        drop = (new_role,) if new_role is not None else ()
        uow.undo_with(RestoreMemberFields(self.member_id, before, drop_role_ids=drop))
        return before


@dataclass(frozen=True)
class RestoreMemberFields(Operation):
    """Write stored values back into one member as they were (the undo of an edit)."""

    kind = "members.restore_fields"
    member_id: int
    values: dict[str, Any]
    role_rows: Rows = ()
    drop_role_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"恢复成员 #{self.member_id} 的资料"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        m = _member(s, self.member_id)
        reinsert(s, Role, self.role_rows)
        before = {k: getattr(m, k) for k in self.values}
        for key, value in self.values.items():
            setattr(m, key, value)
        _reindex(s, m, self.values)
        s.flush()
        dropped = drop_unused_roles(s, self.drop_role_ids)
        old, new = _diff(before, self.values)
        uow.audit("member", self.member_id, self.kind, old, new)
        uow.touch([self.member_id], membership=True, vocab="role" in self.values)
        uow.undo_with(
            RestoreMemberFields(
                self.member_id,
                before,
                dropped,
                tuple(r["id"] for r in self.role_rows),
            )
        )


def _values_of(s: Session, field: str, member_ids: Iterable[int]) -> list[tuple[int, Any]]:
    column = Member.__table__.c[field]
    out: list[tuple[int, Any]] = []
    for part in chunks(list(member_ids)):
        out.extend(
            (i, v) for i, v in s.execute(select(Member.id, column).where(Member.id.in_(part)))
        )
    return out


def _write_values(uow: UnitOfWork, field: str, pairs: Iterable[tuple[int, Any]]) -> None:
    """Set `field` per member, one UPDATE per distinct value (and chunk of ids)."""
    by_value: dict[Any, list[int]] = {}
    for member_id, value in pairs:
        by_value.setdefault(value, []).append(member_id)
    now = _now()
    for value, ids in by_value.items():
        for part in chunks(ids):
            uow.s.execute(
                update(Member).where(Member.id.in_(part)).values({field: value, "updated_at": now})
            )


def _audit_values(
    uow: UnitOfWork, field: str, before: Iterable[tuple[int, Any]], after: Mapping[int, Any]
) -> None:
    for member_id, old in before:
        uow.audit("member", member_id, "members.bulk_set", {field: old}, {field: after[member_id]})


@dataclass(frozen=True)
class BulkSet(Operation):
    """Set one field (skin type, role, status, tier, level) on many members."""

    kind = "members.bulk_set"
    member_ids: tuple[int, ...]
    field: str
    value: Any

    def label(self) -> str:
        name = FIELD_LABELS.get(self.field, self.field)
        return f"把 {len(self.member_ids)} 位成员的{name}设为 {self.value or '（空）'}"

    def apply(self, uow: UnitOfWork) -> int:
        if self.field not in BULK_FIELDS:
            raise ValidationError(f"不能批量修改「{FIELD_LABELS.get(self.field, self.field)}」。")
        value = clean_in(uow, {self.field: self.value})[self.field]
        previous = [(i, v) for i, v in _values_of(uow.s, self.field, self.member_ids) if v != value]
        new_role = VocabService.ensure_role(uow.s, value) if self.field == "role" else None
        _write_values(uow, self.field, ((i, value) for i, _ in previous))
        if self.field in SEARCH_FIELDS:
            reindex_members(uow.s, [i for i, _ in previous])
        _audit_values(uow, self.field, previous, {i: value for i, _ in previous})
        uow.touch((i for i, _ in previous), membership=True, vocab=self.field == "role")
        drop = (new_role,) if new_role is not None else ()
        uow.undo_with(RestoreFieldValues(self.field, tuple(previous), drop_role_ids=drop))
        return len(previous)


@dataclass(frozen=True)
class RestoreFieldValues(Operation):
    """Put back each member's own value of one field (the undo of a bulk set)."""

    kind = "members.restore_values"
    field: str
    values: Pairs
    role_rows: Rows = ()
    drop_role_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"恢复 {len(self.values)} 位成员的{FIELD_LABELS.get(self.field, self.field)}"

    def apply(self, uow: UnitOfWork) -> None:
        if self.field not in BULK_FIELDS:
            raise ValidationError(f"不能批量修改「{FIELD_LABELS.get(self.field, self.field)}」。")
        s = uow.s
        reinsert(s, Role, self.role_rows)
        current = _values_of(s, self.field, (i for i, _ in self.values))
        wanted = dict(self.values)
        _write_values(uow, self.field, ((i, wanted[i]) for i, _ in current))
        if self.field in SEARCH_FIELDS:
            reindex_members(s, [i for i, _ in current])
        dropped = drop_unused_roles(s, self.drop_role_ids)
        _audit_values(uow, self.field, current, wanted)
        uow.touch((i for i, _ in current), membership=True, vocab=self.field == "role")
        uow.undo_with(
            RestoreFieldValues(
                self.field, tuple(current), dropped, tuple(r["id"] for r in self.role_rows)
            )
        )


# trash -----------------------------------------------------------------------------------------
def _deleted_at(s: Session, member_ids: Iterable[int], trashed: bool) -> list[tuple[int, Any]]:
    out: list[tuple[int, Any]] = []
    cond = Member.deleted_at.is_not(None) if trashed else Member.deleted_at.is_(None)
    for part in chunks(list(member_ids)):
        out.extend(
            (i, t)
            for i, t in s.execute(
                select(Member.id, Member.deleted_at).where(Member.id.in_(part), cond)
            )
        )
    return out


@dataclass(frozen=True)
class TrashMembers(Operation):
    """Move members to the trash (`times`: put them back in it exactly as they were)."""

    kind = "members.trash"
    member_ids: tuple[int, ...]
    times: Pairs = ()

    def label(self) -> str:
        return f"把 {len(self.member_ids)} 位成员移到回收站"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        if self.times:
            pairs = [(i, t) for i, t in self.times]
        else:
            now = _now()
            pairs = [(i, now) for i, _ in _deleted_at(s, self.member_ids, trashed=False)]
        _write_values(uow, "deleted_at", pairs)
        for member_id, at in pairs:
            uow.audit("member", member_id, self.kind, {"deleted_at": None}, {"deleted_at": at})
        uow.touch((i for i, _ in pairs), membership=True)
        uow.undo_with(RestoreMembers(tuple(i for i, _ in pairs)))
        return len(pairs)


@dataclass(frozen=True)
class RestoreMembers(Operation):
    """Bring members back from the trash."""

    kind = "members.restore"
    member_ids: tuple[int, ...]

    def label(self) -> str:
        return f"从回收站恢复 {len(self.member_ids)} 位成员"

    def apply(self, uow: UnitOfWork) -> int:
        pairs = _deleted_at(uow.s, self.member_ids, trashed=True)
        _write_values(uow, "deleted_at", ((i, None) for i, _ in pairs))
        for member_id, at in pairs:
            uow.audit("member", member_id, self.kind, {"deleted_at": at}, {"deleted_at": None})
        uow.touch((i for i, _ in pairs), membership=True)
        uow.undo_with(TrashMembers(tuple(i for i, _ in pairs), tuple(pairs)))
        return len(pairs)


@dataclass(frozen=True)
class PurgeMembers(Operation):
    """Delete members for good (PIPL): only members already in the trash; cannot be undone.

    Their audit rows stay (that something happened is kept), their values go, and operations
    that carried their values can no longer be undone.
    """

    kind = "members.purge"
    undoable = False
    member_ids: tuple[int, ...]

    def label(self) -> str:
        return f"永久删除 {len(self.member_ids)} 位成员"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        ids = [i for i, _ in _deleted_at(s, self.member_ids, trashed=True)]
        if not ids:
            raise ValidationError("只能永久删除回收站里的成员：请先把他们移到回收站。")
        erase_member_values(s, ids)
        for part in chunks(ids):
            s.execute(update(Group).where(Group.leader_id.in_(part)).values(leader_id=None))
            s.execute(delete(Member).where(Member.id.in_(part)))
        uow.audit_each("member", ids, self.kind)
        uow.touch(ids, membership=True, vocab=True)
        return len(ids)
