"""Operations on post types (知识锦囊 … and the user's own): create, edit, delete and restore.

Deleting a type leaves its posts and slots without a type; the inverse brings the type back
with its id and gives the same posts and slots their type again. Built-in types can be
renamed and recoloured but not deleted: the demo, the templates and the translated names of
the interface rely on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.calendar.domain import CALENDAR_AREA, CALENDAR_VOCAB_AREA, DEFAULT_COLOR
from app.errors import NotFoundError, ValidationError
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models_calendar import Post, PostType, Slot


@dataclass(frozen=True)
class TypeValues:
    """What the type dialog writes."""

    name: str
    color: str = DEFAULT_COLOR
    template_title: str = ""
    template_body: str = ""


def _touch(uow: UnitOfWork) -> None:
    uow.touch(areas={CALENDAR_AREA, CALENDAR_VOCAB_AREA})


def _type(s: Session, type_id: int) -> PostType:
    row = s.get(PostType, type_id)
    if row is None:
        raise NotFoundError(f"内容类型 #{type_id} 不存在（可能已被删除）。")
    return row


def _current(row: PostType) -> TypeValues:
    return TypeValues(row.name, row.color, row.template_title, row.template_body)


def _write(s: Session, row: PostType, values: TypeValues) -> TypeValues:
    name = clean(values.name)
    if not name:
        raise ValidationError("内容类型的名称不能为空。")
    other = s.execute(select(PostType.id).where(PostType.name == name)).scalar_one_or_none()
    if other is not None and other != row.id:
        raise ValidationError(f"已经有一个叫「{name}」的内容类型了。")
    row.name, row.color = name, values.color or DEFAULT_COLOR
    row.template_title, row.template_body = values.template_title, values.template_body
    s.add(row)
    s.flush()
    return _current(row)


@dataclass(frozen=True)
class CreatePostType(Operation):
    kind = "post_types.create"
    values: TypeValues

    def label(self) -> str:
        return f"新建内容类型「{clean(self.values.name)}」"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        position = s.execute(select(func.max(PostType.position))).scalar() or 0
        row = PostType(builtin=False, position=position + 1)
        stored = _write(s, row, self.values)
        uow.audit("post_type", row.id, self.kind, None, stored)
        _touch(uow)
        uow.undo_with(DeletePostType(row.id))
        return row.id


@dataclass(frozen=True)
class EditPostType(Operation):
    """Change a type's name, colour and template (built-in types included)."""

    kind = "post_types.edit"
    type_id: int
    values: TypeValues

    def label(self) -> str:
        return f"编辑内容类型「{clean(self.values.name)}」"

    def apply(self, uow: UnitOfWork) -> None:
        row = _type(uow.s, self.type_id)
        before = _current(row)
        after = _write(uow.s, row, self.values)
        uow.audit("post_type", self.type_id, self.kind, before, after)
        _touch(uow)
        uow.undo_with(EditPostType(self.type_id, before))


@dataclass(frozen=True)
class DeletePostType(Operation):
    """Delete a user-defined type; its posts and slots stay, without a type."""

    kind = "post_types.delete"
    type_id: int

    def label(self) -> str:
        return f"删除内容类型 #{self.type_id}"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        row = _type(s, self.type_id)
        if row.builtin:
            raise ValidationError(f"「{row.name}」是内置的内容类型，不能删除：可以改名或换颜色。")
        before = _current(row)
        rows = snapshot(s, PostType, PostType.id == self.type_id)
        posts = tuple(s.execute(select(Post.id).where(Post.type_id == self.type_id)).scalars())
        slots = tuple(s.execute(select(Slot.id).where(Slot.type_id == self.type_id)).scalars())
        # Cleared here rather than by the foreign key, so the inverse knows what to give back.
        if posts:
            s.execute(update(Post).where(Post.id.in_(posts)).values(type_id=None))
        if slots:
            s.execute(update(Slot).where(Slot.id.in_(slots)).values(type_id=None))
        s.execute(delete(PostType).where(PostType.id == self.type_id))
        uow.audit("post_type", self.type_id, self.kind, before, None)
        _touch(uow)
        uow.undo_with(RestorePostType(rows[0], tuple(sorted(posts)), tuple(sorted(slots))))


@dataclass(frozen=True)
class RestorePostType(Operation):
    """Put back a deleted type (same id) and give its posts and slots their type again."""

    kind = "post_types.restore"
    row: dict[str, Any]
    post_ids: tuple[int, ...] = ()
    slot_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"恢复内容类型「{self.row.get('name', '')}」"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        type_id = int(self.row["id"])
        if s.get(PostType, type_id) is not None:
            raise ValidationError(f"内容类型 #{type_id} 已经存在，无法再恢复一次。")
        name = self.row.get("name", "")
        if s.execute(select(PostType.id).where(PostType.name == name)).first() is not None:
            raise ValidationError(f"已经有一个叫「{name}」的内容类型了：无法恢复同名类型。")
        reinsert(s, PostType, [self.row])
        for table, ids in ((Post, self.post_ids), (Slot, self.slot_ids)):
            if ids:
                s.execute(
                    update(table)
                    .where(table.id.in_(list(ids)), table.type_id.is_(None))
                    .values(type_id=type_id)
                )
        uow.audit("post_type", type_id, self.kind, None, _current(_type(s, type_id)))
        _touch(uow)
        uow.undo_with(DeletePostType(type_id))
        return type_id
