"""Tags: the vocabulary (groups, colours, completion keys) and the link helpers of `tag_ops`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ValidationError
from app.members.domain import TagGroupInfo, TagInfo
from app.members.query import chunks
from app.text import fold, normal, pinyin_keys
from db.models import MemberTag, Tag, TagGroup

MT = cast(Table, MemberTag.__table__)
PALETTE = (
    "#e5484d",
    "#f76b15",
    "#ffc53d",
    "#46a758",
    "#12a594",
    "#0090ff",
    "#3e63dd",
    "#8e4ec6",
    "#d6409f",
    "#8a8f98",
)


def parse_label(label: str) -> tuple[str | None, str]:
    """`组:标签` (either colon) → (group, name); a plain label has no group.

    Tag and group names are matching keys (`ＶＩＰ` is the tag VIP): they are normalised."""
    text = normal(label).replace("：", ":")
    if ":" in text:
        group, _, name = text.partition(":")
        group, name = normal(group), normal(name)
        if group and name:
            return group, name
        text = name or group
    return None, text


def tag_keys(name: str) -> str:
    return " ".join([fold(name)] + pinyin_keys(name))


class TagService:
    """Reads the tag vocabulary; writes are the operations in `app/members/tag_ops.py`."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    # vocabulary -------------------------------------------------------------------------------
    def list_tags(self) -> list[TagInfo]:
        counts = select(MT.c.tag_id, func.count().label("n")).group_by(MT.c.tag_id).subquery()
        stmt = (
            select(
                Tag.id,
                Tag.name,
                TagGroup.name,
                Tag.color,
                TagGroup.color,
                func.coalesce(counts.c.n, 0),
                Tag.search_text,
            )
            .outerjoin(TagGroup, TagGroup.id == Tag.group_id)
            .outerjoin(counts, counts.c.tag_id == Tag.id)
            .order_by(TagGroup.position, TagGroup.name, Tag.name)
        )
        with self._sf() as s:
            return [
                TagInfo(id=i, name=n, group=g, color=c or gc or PALETTE[-1], count=k, keys=keys)
                for i, n, g, c, gc, k, keys in s.execute(stmt)
            ]

    def list_groups(self) -> list[TagGroupInfo]:
        with self._sf() as s:
            return [
                TagGroupInfo(i, n, c)
                for i, n, c in s.execute(
                    select(TagGroup.id, TagGroup.name, TagGroup.color).order_by(
                        TagGroup.position, TagGroup.name
                    )
                )
            ]

    @staticmethod
    def ensure_group(s: Session, name: str) -> int:
        found = s.execute(select(TagGroup.id).where(TagGroup.name == name)).scalar_one_or_none()
        if found is not None:
            return found
        count = s.execute(select(func.count()).select_from(TagGroup)).scalar_one()
        group = TagGroup(name=name, color=PALETTE[count % len(PALETTE)], position=count)
        s.add(group)
        s.flush()
        return group.id

    @classmethod
    def ensure_tags(cls, s: Session, labels: Iterable[str]) -> list[int]:
        """Ids for labels (`组:名` or `名`), creating tags and groups that do not exist yet.

        A plain name matches an existing tag of that name in any group before a new one is made.
        """
        ids: list[int] = []
        for label in labels:
            group, name = parse_label(label)
            if not name:
                continue
            if len(name) > 60:
                raise ValidationError(f"标签「{name[:20]}…」太长：最多 60 个字。")
            if group is None:
                found = s.execute(
                    select(Tag.id)
                    .where(Tag.name == name)
                    .order_by(Tag.group_id.is_not(None), Tag.id)
                ).first()
                if found is not None:
                    ids.append(found[0])
                    continue
                group_id = None
            else:
                group_id = cls.ensure_group(s, group)
                found = s.execute(
                    select(Tag.id).where(Tag.name == name, Tag.group_id == group_id)
                ).first()
                if found is not None:
                    ids.append(found[0])
                    continue
            tag = Tag(name=name, group_id=group_id, search_text=tag_keys(name))
            s.add(tag)
            s.flush()
            ids.append(tag.id)
        return list(dict.fromkeys(ids))

    # links ------------------------------------------------------------------------------------
    @staticmethod
    def _insert(s: Session, pairs: Sequence[tuple[int, int]]) -> None:
        if pairs:
            s.execute(insert(MT), [{"member_id": m, "tag_id": t} for m, t in pairs])

    @staticmethod
    def _delete(s: Session, pairs: Sequence[tuple[int, int]]) -> None:
        by_tag: dict[int, list[int]] = {}
        for m, t in pairs:
            by_tag.setdefault(t, []).append(m)
        for tag_id, members in by_tag.items():
            for part in chunks(members):
                s.execute(delete(MT).where(MT.c.tag_id == tag_id, MT.c.member_id.in_(part)))
