"""Operations on recurring slots: create, edit (rule included), delete and restore.

Editing a slot, its rule included, never touches the posts already planned in it: they keep
their time and stay linked to their occurrence. Deleting a slot unlinks its posts (they stay);
the inverse brings the slot back with its id and groups and links the same posts again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.calendar.domain import CALENDAR_AREA, CALENDAR_VOCAB_AREA, SlotInfo, SlotRule
from app.calendar.rules import validate_rule, weekdays_to_text
from app.calendar.slot_service import slot_info
from app.errors import NotFoundError, ValidationError
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models import Group
from db.models_calendar import Post, PostType, Slot, SlotGroup


@dataclass(frozen=True)
class SlotValues:
    """What the slot dialog (or a script) writes."""

    name: str
    rule: SlotRule
    type_id: int | None = None
    group_ids: tuple[int, ...] = ()
    template_title: str = ""
    template_body: str = ""
    active: bool = True


def values_of_slot(info: SlotInfo) -> SlotValues:
    return SlotValues(
        info.name,
        info.rule,
        info.type_id,
        info.group_ids,
        info.template_title,
        info.template_body,
        info.active,
    )


def _touch(uow: UnitOfWork) -> None:
    # The page's slot menu and the views both change.
    uow.touch(areas={CALENDAR_AREA, CALENDAR_VOCAB_AREA})


def _slot(s: Session, slot_id: int) -> Slot:
    row = s.get(Slot, slot_id)
    if row is None:
        raise NotFoundError(f"固定栏目 #{slot_id} 不存在（可能已被删除）。")
    return row


def _current(s: Session, row: Slot) -> SlotValues:
    groups = s.execute(
        select(SlotGroup.group_id).where(SlotGroup.slot_id == row.id).order_by(SlotGroup.group_id)
    ).scalars()
    return values_of_slot(slot_info(row, tuple(groups)))


def _write(s: Session, row: Slot, values: SlotValues) -> SlotValues:
    """Check `values` and store them in `row` (new or existing); returns the stored values."""
    name = clean(values.name)
    if not name:
        raise ValidationError("固定栏目的名称不能为空。")
    rule = validate_rule(values.rule)
    other = s.execute(select(Slot.id).where(Slot.name == name)).scalar_one_or_none()
    if other is not None and other != row.id:
        raise ValidationError(f"已经有一个叫「{name}」的固定栏目了。")
    if values.type_id is not None and s.get(PostType, values.type_id) is None:
        raise NotFoundError(f"内容类型 #{values.type_id} 不存在（可能已被删除）。")
    groups = tuple(sorted(set(values.group_ids)))
    found = set(s.execute(select(Group.id).where(Group.id.in_(groups))).scalars())
    if len(found) < len(groups):
        missing = next(g for g in groups if g not in found)
        raise NotFoundError(f"群 #{missing} 不存在（可能已被删除）：请重新选择要发到的群。")
    row.name, row.type_id, row.freq, row.interval = name, values.type_id, rule.freq, rule.interval
    row.weekdays, row.month_day = weekdays_to_text(rule.weekdays), rule.month_day
    row.at_time, row.start, row.end = rule.at_time, rule.start, rule.end
    row.template_title, row.template_body = values.template_title, values.template_body
    row.active = values.active
    s.add(row)
    s.flush()
    s.execute(delete(SlotGroup).where(SlotGroup.slot_id == row.id))
    if groups:
        s.execute(insert(SlotGroup), [{"slot_id": row.id, "group_id": g} for g in groups])
    return _current(s, row)


@dataclass(frozen=True)
class CreateSlot(Operation):
    kind = "slots.create"
    values: SlotValues

    def label(self) -> str:
        return f"新建固定栏目「{clean(self.values.name)}」"

    def apply(self, uow: UnitOfWork) -> int:
        row = Slot()
        stored = _write(uow.s, row, self.values)
        uow.audit("slot", row.id, self.kind, None, stored)
        _touch(uow)
        uow.undo_with(DeleteSlot(row.id))
        return row.id


@dataclass(frozen=True)
class EditSlot(Operation):
    """Change a slot (name, rule, type, groups, template, active); planned posts stay."""

    kind = "slots.edit"
    slot_id: int
    values: SlotValues

    def label(self) -> str:
        return f"编辑固定栏目「{clean(self.values.name)}」"

    def apply(self, uow: UnitOfWork) -> None:
        row = _slot(uow.s, self.slot_id)
        before = _current(uow.s, row)
        after = _write(uow.s, row, self.values)
        uow.audit("slot", self.slot_id, self.kind, before, after)
        _touch(uow)
        uow.undo_with(EditSlot(self.slot_id, before))


@dataclass(frozen=True)
class SetSlotRule(Operation):
    """Change only when a slot recurs; the posts already planned keep their time."""

    kind = "slots.set_rule"
    slot_id: int
    rule: SlotRule

    def label(self) -> str:
        return f"修改固定栏目 #{self.slot_id} 的重复规则"

    def apply(self, uow: UnitOfWork) -> None:
        from dataclasses import replace

        row = _slot(uow.s, self.slot_id)
        before = _current(uow.s, row)
        after = _write(uow.s, row, replace(before, rule=self.rule))
        uow.audit("slot", self.slot_id, self.kind, {"rule": before.rule}, {"rule": after.rule})
        _touch(uow)
        uow.undo_with(SetSlotRule(self.slot_id, before.rule))


@dataclass(frozen=True)
class DeleteSlot(Operation):
    """Delete a slot; its posts stay (they no longer fill an occurrence)."""

    kind = "slots.delete"
    slot_id: int

    def label(self) -> str:
        return f"删除固定栏目 #{self.slot_id}"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        row = _slot(s, self.slot_id)
        before = _current(s, row)
        rows = snapshot(s, Slot, Slot.id == self.slot_id)
        groups = snapshot(s, SlotGroup, SlotGroup.slot_id == self.slot_id)
        posts = tuple(
            s.execute(
                select(Post.id).where(Post.slot_id == self.slot_id).order_by(Post.id)
            ).scalars()
        )
        # Unlinked here rather than by the foreign key, so the inverse knows which to link again.
        if posts:
            s.execute(update(Post).where(Post.id.in_(posts)).values(slot_id=None))
        s.execute(delete(SlotGroup).where(SlotGroup.slot_id == self.slot_id))
        s.execute(delete(Slot).where(Slot.id == self.slot_id))
        uow.audit("slot", self.slot_id, self.kind, before, None)
        _touch(uow)
        uow.undo_with(RestoreSlot(rows[0], groups, posts))


@dataclass(frozen=True)
class RestoreSlot(Operation):
    """Put back a deleted slot (same id, groups) and link its posts to it again."""

    kind = "slots.restore"
    row: dict[str, Any]
    group_rows: tuple[dict[str, Any], ...] = ()
    post_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"恢复固定栏目「{self.row.get('name', '')}」"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        slot_id = int(self.row["id"])
        if s.get(Slot, slot_id) is not None:
            raise ValidationError(f"固定栏目 #{slot_id} 已经存在，无法再恢复一次。")
        name = self.row.get("name", "")
        if s.execute(select(Slot.id).where(Slot.name == name)).first() is not None:
            raise ValidationError(f"已经有一个叫「{name}」的固定栏目了：无法恢复同名栏目。")
        row = dict(self.row)
        if row.get("type_id") is not None and s.get(PostType, row["type_id"]) is None:
            row["type_id"] = None
        reinsert(s, Slot, [row])
        reinsert(s, SlotGroup, _existing_groups(s, self.group_rows))
        posts = [int(p) for p in self.post_ids]
        if posts:
            s.execute(
                update(Post)
                .where(Post.id.in_(posts), Post.slot_id.is_(None))
                .values(slot_id=slot_id)
            )
        uow.audit("slot", slot_id, self.kind, None, _current(s, _slot(s, slot_id)))
        _touch(uow)
        uow.undo_with(DeleteSlot(slot_id))
        return slot_id


def _existing_groups(s: Session, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = [int(r["group_id"]) for r in rows]
    found = set(s.execute(select(Group.id).where(Group.id.in_(ids))).scalars())
    return [r for r in rows if r["group_id"] in found]
