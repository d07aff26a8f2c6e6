"""Operations on tag links: add or remove tags on many members, undone link for link.

Adding a label that does not exist yet creates the tag (and its tag group); the inverse removes
exactly the links that were added and drops exactly the tags and groups that were created, so
the database is back where it was. Removing keeps the tags themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from app.errors import NotFoundError, ValidationError
from app.members.tags import MT, TagService, parse_label, tag_keys
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models import Tag, TagGroup

Pairs = tuple[tuple[int, int], ...]


def _labels(s: Any, tag_ids: Sequence[int]) -> dict[int, str]:
    rows = s.execute(
        select(Tag.id, Tag.name, TagGroup.name)
        .outerjoin(TagGroup, TagGroup.id == Tag.group_id)
        .where(Tag.id.in_(list(tag_ids)))
    )
    return {i: (f"{g}:{n}" if g else n) for i, n, g in rows}


def _audit_pairs(uow: UnitOfWork, pairs: Pairs, action: str, added: bool) -> None:
    """One audit row per member: the tags this operation added to (or removed from) her."""
    names = _labels(uow.s, sorted({t for _, t in pairs}))
    by_member: dict[int, list[str]] = {}
    for m, t in pairs:
        by_member.setdefault(m, []).append(names.get(t, f"#{t}"))
    # Members with the same tags share one value (a bulk edit: usually all of them).
    same: dict[tuple[str, ...], list[int]] = {}
    for m, tags in by_member.items():
        same.setdefault(tuple(sorted(tags)), []).append(m)
    for tags_of, members in same.items():
        value = {"tags": list(tags_of)}
        uow.audit_each(
            "member", members, action, None if added else value, value if added else None
        )


def drop_unused(
    s: Any, tag_ids: Sequence[int], group_ids: Sequence[int]
) -> tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]:
    """Delete the tags no member carries and the tag groups no tag is in, among those named
    (the ones an operation created); returns their rows, for the inverse to bring back."""
    unused = [
        t
        for t in tag_ids
        if s.execute(select(MT.c.member_id).where(MT.c.tag_id == t).limit(1)).first() is None
    ]
    tag_rows = snapshot(s, Tag, Tag.id.in_(unused)) if unused else ()
    if tag_rows:
        s.execute(delete(Tag).where(Tag.id.in_(unused)))
    empty = [
        g
        for g in group_ids
        if s.execute(select(Tag.id).where(Tag.group_id == g).limit(1)).first() is None
    ]
    group_rows = snapshot(s, TagGroup, TagGroup.id.in_(empty)) if empty else ()
    if group_rows:
        s.execute(delete(TagGroup).where(TagGroup.id.in_(empty)))
    return tag_rows, group_rows


@dataclass(frozen=True)
class AddTags(Operation):
    """Add tags (labels `组:名` or `名`) to members; their other tags stay."""

    kind = "tags.add"
    member_ids: tuple[int, ...]
    labels: tuple[str, ...]

    def label(self) -> str:
        return f"给 {len(self.member_ids)} 位成员加标签 {'、'.join(self.labels)}"

    def apply(self, uow: UnitOfWork) -> Pairs:
        s = uow.s
        tags_before = set(s.execute(select(Tag.id)).scalars())
        groups_before = set(s.execute(select(TagGroup.id)).scalars())
        tag_ids = TagService.ensure_tags(s, self.labels)
        wanted = set(self.member_ids)
        pairs: list[tuple[int, int]] = []
        for tag_id in tag_ids:
            have = set(s.execute(select(MT.c.member_id).where(MT.c.tag_id == tag_id)).scalars())
            pairs.extend((m, tag_id) for m in sorted(wanted - have))
        TagService._insert(s, pairs)
        new_tags = tuple(sorted(set(tag_ids) - tags_before))
        new_groups = tuple(sorted(set(s.execute(select(TagGroup.id)).scalars()) - groups_before))
        _audit_pairs(uow, tuple(pairs), self.kind, added=True)
        uow.touch((m for m, _ in pairs), vocab=True)
        uow.undo_with(UnlinkTags(tuple(pairs), new_tags, new_groups))
        return tuple(pairs)


@dataclass(frozen=True)
class RemoveTags(Operation):
    """Remove tags (by label) from members; the tags themselves stay."""

    kind = "tags.remove"
    member_ids: tuple[int, ...]
    labels: tuple[str, ...]

    def label(self) -> str:
        return f"从 {len(self.member_ids)} 位成员移除标签 {'、'.join(self.labels)}"

    def apply(self, uow: UnitOfWork) -> Pairs:
        s = uow.s
        tag_ids: list[int] = []
        for label in self.labels:
            group, name = parse_label(label)
            stmt = select(Tag.id).where(Tag.name == name)
            if group is not None:
                stmt = stmt.join(TagGroup, TagGroup.id == Tag.group_id).where(
                    TagGroup.name == group
                )
            tag_ids.extend(s.execute(stmt).scalars())
        wanted = set(self.member_ids)
        pairs: list[tuple[int, int]] = []
        for tag_id in dict.fromkeys(tag_ids):
            have = set(s.execute(select(MT.c.member_id).where(MT.c.tag_id == tag_id)).scalars())
            pairs.extend((m, tag_id) for m in sorted(wanted & have))
        _audit_pairs(uow, tuple(pairs), self.kind, added=False)
        TagService._delete(s, pairs)
        uow.touch((m for m, _ in pairs), vocab=True)
        uow.undo_with(LinkTags(tuple(pairs)))
        return tuple(pairs)


@dataclass(frozen=True)
class SetMemberTags(Operation):
    """Make one member's tags exactly `labels` (the tag editor of the detail panel)."""

    kind = "tags.set_for_member"
    member_id: int
    labels: tuple[str, ...]

    def label(self) -> str:
        return "修改成员标签"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        tags_before = set(s.execute(select(Tag.id)).scalars())
        groups_before = set(s.execute(select(TagGroup.id)).scalars())
        tag_ids = set(TagService.ensure_tags(s, self.labels))
        have = set(s.execute(select(MT.c.tag_id).where(MT.c.member_id == self.member_id)).scalars())
        added = tuple((self.member_id, t) for t in sorted(tag_ids - have))
        removed = tuple((self.member_id, t) for t in sorted(have - tag_ids))
        names = _labels(s, sorted(tag_ids | have))
        uow.audit(
            "member",
            self.member_id,
            self.kind,
            {"tags": sorted(names[t] for t in have)},
            {"tags": sorted(names[t] for t in tag_ids)},
        )
        TagService._insert(s, added)
        TagService._delete(s, removed)
        new_tags = tuple(sorted(tag_ids - tags_before))
        new_groups = tuple(sorted(set(s.execute(select(TagGroup.id)).scalars()) - groups_before))
        uow.touch([self.member_id], vocab=True)
        uow.undo_with(RelinkTags(added, removed, new_tags, new_groups))


@dataclass(frozen=True)
class LinkTags(Operation):
    """Add these exact (member, tag) pairs, first bringing back tags and groups from `rows`."""

    kind = "tags.link"
    pairs: Pairs
    tag_rows: tuple[dict[str, Any], ...] = ()
    group_rows: tuple[dict[str, Any], ...] = ()

    def label(self) -> str:
        return f"恢复 {len({m for m, _ in self.pairs})} 位成员的标签"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        reinsert(s, TagGroup, self.group_rows)
        reinsert(s, Tag, self.tag_rows)
        by_tag: dict[int, list[int]] = {}
        for m, t in self.pairs:
            by_tag.setdefault(t, []).append(m)
        new: list[tuple[int, int]] = []
        for tag_id, members in by_tag.items():
            have = set(s.execute(select(MT.c.member_id).where(MT.c.tag_id == tag_id)).scalars())
            new.extend((m, tag_id) for m in dict.fromkeys(members) if m not in have)
        TagService._insert(s, new)
        _audit_pairs(uow, tuple(new), self.kind, added=True)
        uow.touch((m for m, _ in self.pairs), vocab=True)
        uow.undo_with(
            UnlinkTags(
                tuple(new),
                tuple(r["id"] for r in self.tag_rows),
                tuple(r["id"] for r in self.group_rows),
            )
        )


@dataclass(frozen=True)
class UnlinkTags(Operation):
    """Remove these exact (member, tag) pairs; then drop the tags and groups named (if unused)."""

    kind = "tags.unlink"
    pairs: Pairs
    drop_tag_ids: tuple[int, ...] = ()
    drop_group_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"撤回 {len({m for m, _ in self.pairs})} 位成员的标签"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        _audit_pairs(uow, self.pairs, self.kind, added=False)
        TagService._delete(s, self.pairs)
        tag_rows, group_rows = drop_unused(s, self.drop_tag_ids, self.drop_group_ids)
        uow.touch((m for m, _ in self.pairs), vocab=True)
        uow.undo_with(LinkTags(self.pairs, tag_rows, group_rows))


@dataclass(frozen=True)
class RelinkTags(Operation):
    """The undo of `SetMemberTags`: remove `added`, put back `removed`, drop created tags."""

    kind = "tags.relink"
    added: Pairs
    removed: Pairs
    drop_tag_ids: tuple[int, ...] = ()
    drop_group_ids: tuple[int, ...] = ()
    tag_rows: tuple[dict[str, Any], ...] = ()
    group_rows: tuple[dict[str, Any], ...] = ()

    def label(self) -> str:
        return "修改成员标签"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        members = {m for m, _ in self.added + self.removed}
        reinsert(s, TagGroup, self.group_rows)
        reinsert(s, Tag, self.tag_rows)
        TagService._delete(s, self.added)
        TagService._insert(s, self.removed)
        _audit_pairs(uow, self.added, self.kind, added=False)
        _audit_pairs(uow, self.removed, self.kind, added=True)
        tag_rows, group_rows = drop_unused(s, self.drop_tag_ids, self.drop_group_ids)
        uow.touch(members, vocab=True)
        uow.undo_with(
            RelinkTags(
                self.removed,
                self.added,
                tuple(r["id"] for r in self.tag_rows),
                tuple(r["id"] for r in self.group_rows),
                tag_rows,
                group_rows,
            )
        )


@dataclass(frozen=True)
class RenameTag(Operation):
    """Rename a tag (its group and links stay); `keys`: the completion keys to put back."""

    kind = "tags.rename"
    tag_id: int
    name: str
    keys: str | None = None

    def label(self) -> str:
        return f"重命名标签为「{self.name}」"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        name = clean(self.name)
        if not name:
            raise ValidationError("标签名不能为空。")
        if len(name) > 60:
            raise ValidationError(f"标签「{name[:20]}…」太长：最多 60 个字。")
        tag = s.get(Tag, self.tag_id)
        if tag is None:
            raise NotFoundError("这个标签已经不存在了。")
        same = select(Tag.id).where(Tag.name == name, Tag.id != tag.id)
        same = same.where(
            Tag.group_id.is_(None) if tag.group_id is None else Tag.group_id == tag.group_id
        )
        if s.execute(same).first() is not None:
            raise ValidationError(f"这个分组里已经有标签「{name}」了。")
        old, old_keys = tag.name, tag.search_text
        tag.name, tag.search_text = name, self.keys if self.keys is not None else tag_keys(name)
        uow.audit("tag", tag.id, self.kind, {"name": old}, {"name": name})
        members = s.execute(select(MT.c.member_id).where(MT.c.tag_id == tag.id)).scalars()
        uow.touch(members, vocab=True)
        uow.undo_with(RenameTag(tag.id, old, old_keys))
