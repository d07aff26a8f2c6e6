"""Operations on the vocabularies edited in 设置: skin types with synonyms, tag groups.

Renaming a skin type renames it on the members who have it (the inverse names exactly those
members again); a skin type or tag group still in use cannot be deleted (say so, change
nothing). A deletion's inverse brings the row back with its id (`RestoreVocabRows`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from app.errors import NotFoundError, ValidationError
from app.members.query import chunks
from app.members.tags import PALETTE
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean, fold
from db.models import Member, MemberTag, SkinType, Tag, TagGroup

TABLES: dict[str, Any] = {"skin_types": SkinType, "tag_groups": TagGroup}
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
AREAS = frozenset({"settings"})


def _name(value: str, what: str, limit: int) -> str:
    name = clean(value)
    if not name:
        raise ValidationError(f"{what}的名称不能为空。")
    if len(name) > limit:
        raise ValidationError(f"{what}「{name[:20]}」太长：最多 {limit} 个字。")
    return name


def _synonyms(s: Any, skin_type_id: int | None, name: str, synonyms: tuple[str, ...]) -> list[str]:
    """Cleaned synonyms without repeats; refuses one that already means another skin type."""
    out: list[str] = []
    for raw in synonyms:
        syn = clean(raw)
        if not syn or fold(syn) == fold(name) or fold(syn) in {fold(x) for x in out}:
            continue
        if len(syn) > 30:
            raise ValidationError(f"同义词「{syn[:20]}」太长：最多 30 个字。")
        out.append(syn)
    others = s.execute(select(SkinType.id, SkinType.name, SkinType.synonyms)).all()
    for other_id, other, other_syn in others:
        if other_id == skin_type_id:
            continue
        taken = {fold(other)} | {fold(x) for x in other_syn or []}
        if fold(name) in taken:
            raise ValidationError(f"「{name}」已经是肤质「{other}」的名称或同义词了。")
        clash = next((x for x in out if fold(x) in taken), None)
        if clash is not None:
            raise ValidationError(
                f"同义词「{clash}」已经属于肤质「{other}」：一个词只能指一种肤质。"
            )
    return out


@dataclass(frozen=True)
class AddSkinType(Operation):
    """Add a skin type (last in the list) with its synonyms."""

    kind = "skin_types.add"
    name: str
    synonyms: tuple[str, ...] = ()

    def label(self) -> str:
        return f"添加肤质「{clean(self.name)}」"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        name = _name(self.name, "肤质", 30)
        synonyms = _synonyms(s, None, name, self.synonyms)
        position = s.execute(select(func.coalesce(func.max(SkinType.position), -1))).scalar_one()
        row = SkinType(name=name, synonyms=synonyms, position=int(position) + 1)
        s.add(row)
        s.flush()
        uow.audit("skin_type", row.id, self.kind, None, {"name": name, "synonyms": synonyms})
        uow.touch(vocab=True, areas=AREAS)
        uow.undo_with(DeleteSkinType(row.id))
        return row.id


@dataclass(frozen=True)
class EditSkinType(Operation):
    """Rename a skin type and/or set its synonyms; members with the old name get the new one.

    `member_ids`: the members to rename (an inverse names exactly those it renames back).
    """

    kind = "skin_types.edit"
    skin_type_id: int
    name: str
    synonyms: tuple[str, ...]
    member_ids: tuple[int, ...] | None = None

    def label(self) -> str:
        return f"修改肤质「{clean(self.name)}」"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        row = s.get(SkinType, self.skin_type_id)
        if row is None:
            raise NotFoundError("这个肤质已经不存在了。")
        name = _name(self.name, "肤质", 30)
        synonyms = _synonyms(s, row.id, name, self.synonyms)
        old_name, old_synonyms = row.name, list(row.synonyms or [])
        if (
            name != old_name
            and s.execute(
                select(SkinType.id).where(SkinType.name == name, SkinType.id != row.id)
            ).first()
        ):
            raise ValidationError(f"已经有肤质「{name}」了。")
        moved: list[int] = []
        if name != old_name:
            if self.member_ids is None:
                moved = list(
                    s.execute(select(Member.id).where(Member.skin_type == old_name)).scalars()
                )
            else:
                moved = list(self.member_ids)
            for part in chunks(moved):
                s.execute(update(Member).where(Member.id.in_(part)).values(skin_type=name))
            uow.audit_each(
                "member", moved, "skin_type", {"skin_type": old_name}, {"skin_type": name}
            )
        row.name, row.synonyms = name, synonyms
        uow.audit(
            "skin_type",
            row.id,
            self.kind,
            {"name": old_name, "synonyms": old_synonyms},
            {"name": name, "synonyms": synonyms},
        )
        uow.touch(moved, vocab=True, membership=bool(moved), areas=AREAS)
        uow.undo_with(EditSkinType(row.id, old_name, tuple(old_synonyms), tuple(moved)))


@dataclass(frozen=True)
class DeleteSkinType(Operation):
    """Delete a skin type no member has."""

    kind = "skin_types.delete"
    skin_type_id: int

    def label(self) -> str:
        return "删除肤质"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        row = s.get(SkinType, self.skin_type_id)
        if row is None:
            raise NotFoundError("这个肤质已经不存在了。")
        used = s.execute(
            select(func.count()).select_from(Member).where(Member.skin_type == row.name)
        ).scalar_one()
        if used:
            raise ValidationError(
                f"还有 {used} 位成员的肤质是「{row.name}」，不能删除：请先改掉她们的肤质，"
                "或者把它改名。"
            )
        rows = snapshot(s, SkinType, SkinType.id == row.id)
        uow.audit("skin_type", row.id, self.kind, {"name": row.name, "synonyms": row.synonyms})
        s.delete(row)
        uow.touch(vocab=True, areas=AREAS)
        uow.undo_with(RestoreVocabRows("skin_types", rows))


@dataclass(frozen=True)
class AddTagGroup(Operation):
    """Add a tag group (last in the list) with a colour (`#rrggbb`; empty: the next of the palette)."""

    kind = "tag_groups.add"
    name: str
    color: str = ""

    def label(self) -> str:
        return f"添加标签组「{clean(self.name)}」"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        name = _name(self.name, "标签组", 60)
        if s.execute(select(TagGroup.id).where(TagGroup.name == name)).first():
            raise ValidationError(f"已经有标签组「{name}」了。")
        count = s.execute(select(func.count()).select_from(TagGroup)).scalar_one()
        color = _color(self.color) if self.color else PALETTE[count % len(PALETTE)]
        position = s.execute(select(func.coalesce(func.max(TagGroup.position), -1))).scalar_one()
        row = TagGroup(name=name, color=color, position=int(position) + 1)
        s.add(row)
        s.flush()
        uow.audit("tag_group", row.id, self.kind, None, {"name": name, "color": color})
        uow.touch(vocab=True, areas=AREAS)
        uow.undo_with(DeleteTagGroup(row.id))
        return row.id


def _color(value: str) -> str:
    if not COLOR.match(value.strip()):
        raise ValidationError(f"颜色「{value}」要写成 #RRGGBB，例如 #5b8def。")
    return value.strip().lower()


@dataclass(frozen=True)
class EditTagGroup(Operation):
    """Rename a tag group and/or change its colour (its tags stay in it)."""

    kind = "tag_groups.edit"
    group_id: int
    name: str
    color: str

    def label(self) -> str:
        return f"修改标签组「{clean(self.name)}」"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        row = s.get(TagGroup, self.group_id)
        if row is None:
            raise NotFoundError("这个标签组已经不存在了。")
        name, color = _name(self.name, "标签组", 60), _color(self.color)
        if s.execute(
            select(TagGroup.id).where(TagGroup.name == name, TagGroup.id != row.id)
        ).first():
            raise ValidationError(f"已经有标签组「{name}」了。")
        before = {"name": row.name, "color": row.color}
        row.name, row.color = name, color
        uow.audit("tag_group", row.id, self.kind, before, {"name": name, "color": color})
        members = s.execute(
            select(MemberTag.member_id)
            .join(Tag, Tag.id == MemberTag.tag_id)
            .where(Tag.group_id == row.id)
            .distinct()
        ).scalars()
        uow.touch(members, vocab=True, areas=AREAS)
        uow.undo_with(EditTagGroup(row.id, before["name"], before["color"]))


@dataclass(frozen=True)
class DeleteTagGroup(Operation):
    """Delete a tag group that has no tags left."""

    kind = "tag_groups.delete"
    group_id: int

    def label(self) -> str:
        return "删除标签组"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        row = s.get(TagGroup, self.group_id)
        if row is None:
            raise NotFoundError("这个标签组已经不存在了。")
        tags = s.execute(
            select(func.count()).select_from(Tag).where(Tag.group_id == row.id)
        ).scalar_one()
        if tags:
            raise ValidationError(
                f"标签组「{row.name}」里还有 {tags} 个标签：请先在成员页把这些标签移走或删除。"
            )
        rows = snapshot(s, TagGroup, TagGroup.id == row.id)
        uow.audit("tag_group", row.id, self.kind, {"name": row.name, "color": row.color})
        s.delete(row)
        uow.touch(vocab=True, areas=AREAS)
        uow.undo_with(RestoreVocabRows("tag_groups", rows))


@dataclass(frozen=True)
class RestoreVocabRows(Operation):
    """Bring deleted skin types or tag groups back with their ids (the inverse of a deletion)."""

    kind = "vocab.restore"
    table: str
    rows: tuple[dict[str, Any], ...]

    def label(self) -> str:
        return "恢复删除的肤质" if self.table == "skin_types" else "恢复删除的标签组"

    def apply(self, uow: UnitOfWork) -> None:
        model = TABLES.get(self.table)
        if model is None:
            raise ValidationError(f"不能恢复「{self.table}」里的行。")
        reinsert(uow.s, model, self.rows)
        entity = "skin_type" if self.table == "skin_types" else "tag_group"
        for r in self.rows:
            uow.audit(entity, r["id"], self.kind, None, {"name": r["name"]})
        uow.touch(vocab=True, areas=AREAS)
        # One row at a time is deleted; its delete is the inverse (a second row would need its own).
        undo = DeleteSkinType if self.table == "skin_types" else DeleteTagGroup
        uow.undo_with(undo(self.rows[0]["id"]) if len(self.rows) == 1 else None)
