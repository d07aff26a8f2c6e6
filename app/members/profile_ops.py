"""Operations on what surrounds a member's fields: timeline notes, specialties, custom fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select

from app.errors import NotFoundError, ValidationError
from app.members.member_ops import Rows, _member, _now
from app.members.service import reindex_members
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models import MemberSpecialty, Specialty, TimelineEntry


@dataclass(frozen=True)
class AddNote(Operation):
    """Add an entry to a member's timeline (`entry_id`/`at`: bring a deleted one back as it was)."""

    kind = "members.add_note"
    member_id: int
    text: str
    entry_kind: str = "note"
    at: dt.datetime | None = None
    entry_id: int | None = None

    def label(self) -> str:
        return f"给成员 #{self.member_id} 添加记录"

    def apply(self, uow: UnitOfWork) -> int:
        text = str(self.text or "").strip()
        if not text:
            raise ValidationError("记录内容不能为空。")
        _member(uow.s, self.member_id)
        entry = TimelineEntry(
            member_id=self.member_id, text=text, kind=self.entry_kind, at=self.at or _now()
        )
        if self.entry_id is not None:
            entry.id = self.entry_id
        uow.s.add(entry)
        uow.s.flush()
        uow.audit("member", self.member_id, self.kind, None, {"timeline": text})
        uow.touch([self.member_id])
        uow.undo_with(DeleteNote(entry.id))
        return entry.id


@dataclass(frozen=True)
class DeleteNote(Operation):
    """Delete one timeline entry."""

    kind = "members.delete_note"
    entry_id: int

    def label(self) -> str:
        return "删除一条记录"

    def apply(self, uow: UnitOfWork) -> None:
        entry = uow.s.get(TimelineEntry, self.entry_id)
        if entry is None:
            raise NotFoundError("这条记录已经不存在了。")
        undo = AddNote(entry.member_id, entry.text, entry.kind, entry.at, entry.id)
        uow.audit("member", entry.member_id, self.kind, {"timeline": entry.text}, None)
        uow.touch([entry.member_id])
        uow.s.delete(entry)
        uow.undo_with(undo)


def _specialties(uow: UnitOfWork, member_id: int) -> tuple[str, ...]:
    return tuple(
        uow.s.execute(
            select(Specialty.name)
            .join(MemberSpecialty, MemberSpecialty.specialty_id == Specialty.id)
            .where(MemberSpecialty.member_id == member_id)
            .order_by(Specialty.name)
        ).scalars()
    )


@dataclass(frozen=True)
class SetSpecialties(Operation):
    """Make a member's specialties exactly `names` (new names join the vocabulary).

    `restore_rows` brings back specialties an undo dropped (same ids); `drop_ids` are the
    specialties to drop afterwards when no member has them any more (the ones a run created).
    """

    kind = "members.set_specialties"
    member_id: int
    names: tuple[str, ...]
    restore_rows: Rows = ()
    drop_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"修改成员 #{self.member_id} 的擅长领域"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        _member(s, self.member_id)
        reinsert(s, Specialty, self.restore_rows)
        before = _specialties(uow, self.member_id)
        created: list[int] = [r["id"] for r in self.restore_rows]
        ids: list[int] = []
        for name in dict.fromkeys(clean(n) for n in self.names if clean(n)):
            if len(name) > 60:
                raise ValidationError(f"擅长领域「{name[:20]}…」太长了（最多 60 个字）。")
            sid = s.execute(select(Specialty.id).where(Specialty.name == name)).scalar_one_or_none()
            if sid is None:
                spec = Specialty(name=name)
                s.add(spec)
                s.flush()
                sid = spec.id
                created.append(sid)
            ids.append(sid)
        s.execute(delete(MemberSpecialty).where(MemberSpecialty.member_id == self.member_id))
        if ids:
            s.execute(
                insert(MemberSpecialty),
                [{"member_id": self.member_id, "specialty_id": i} for i in ids],
            )
        unused = [
            i
            for i in self.drop_ids
            if s.execute(
                select(MemberSpecialty.member_id).where(MemberSpecialty.specialty_id == i).limit(1)
            ).first()
            is None
        ]
        dropped = snapshot(s, Specialty, Specialty.id.in_(unused)) if unused else ()
        if unused:
            s.execute(delete(Specialty).where(Specialty.id.in_(unused)))
        after = _specialties(uow, self.member_id)
        if after != before:
            reindex_members(s, [self.member_id])  # specialties are found by search
            uow.audit(
                "member",
                self.member_id,
                self.kind,
                {"specialties": list(before)},
                {"specialties": list(after)},
            )
        uow.touch([self.member_id], vocab=bool(created or dropped))
        uow.undo_with(SetSpecialties(self.member_id, before, dropped, tuple(created)))


@dataclass(frozen=True)
class SetCustom(Operation):
    """Make a member's custom fields exactly `values`."""

    kind = "members.set_custom"
    member_id: int
    values: dict[str, Any]

    def label(self) -> str:
        return f"修改成员 #{self.member_id} 的自定义字段"

    def apply(self, uow: UnitOfWork) -> dict[str, Any]:
        custom = {
            clean(k): v.strip() if isinstance(v, str) else v
            for k, v in self.values.items()
            if clean(k)
        }
        if long := next((k for k in custom if len(k) > 60), None):
            raise ValidationError(f"自定义字段名「{long[:20]}…」太长了（最多 60 个字）。")
        m = _member(uow.s, self.member_id)
        before = dict(m.custom or {})
        m.custom = custom or None  # a new object: SQLAlchemy does not see in-place JSON edits
        changed = sorted(k for k in before | custom if before.get(k, ...) != custom.get(k, ...))
        if changed:
            uow.audit(
                "member",
                self.member_id,
                self.kind,
                {"custom": {k: before[k] for k in changed if k in before}},
                {"custom": {k: custom[k] for k in changed if k in custom}},
            )
        uow.touch([self.member_id])
        uow.undo_with(SetCustom(self.member_id, before))
        return before
