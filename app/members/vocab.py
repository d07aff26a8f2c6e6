"""Vocabularies: skin types with synonyms and roles; canonical names for what users type."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ValidationError
from app.text import fold
from db.models import Member, Role, SkinType, Tag, TagGroup


@dataclass(frozen=True, slots=True)
class SkinTypeRow:
    """A skin type as 设置 lists it: its synonyms and how many members have it."""

    id: int
    name: str
    synonyms: tuple[str, ...]
    members: int


@dataclass(frozen=True, slots=True)
class TagGroupRow:
    """A tag group as 设置 lists it: its colour and how many tags it holds."""

    id: int
    name: str
    color: str
    tags: int


class SkinTypes:
    """Maps what people write (干皮, 大油皮, 敏感肌) to the canonical skin type."""

    def __init__(self, entries: list[tuple[str, list[str]]]) -> None:
        self.names = [name for name, _ in entries]
        self._lookup: dict[str, str] = {}
        for name, synonyms in entries:
            self._lookup[fold(name)] = name
            for syn in synonyms:
                self._lookup.setdefault(fold(syn), name)

    def canonical(self, value: object) -> str | None:
        """The canonical skin type for a value, or None when it is not one we know."""
        return self._lookup.get(fold(value)) if value is not None else None

    def require(self, value: object) -> str | None:
        """Canonical name; empty gives None; unknown raises a ValidationError."""
        if value is None or fold(value) == "":
            return None
        found = self.canonical(value)
        if found is None:
            raise ValidationError(
                f"未知的肤质「{value}」：可选 {'、'.join(self.names)}，或在设置中添加同义词。"
            )
        return found


class VocabService:
    """Reads and extends the vocabularies kept in the database."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def skin_types(self) -> SkinTypes:
        with self._sf() as s:
            return skin_types_in(s)

    def skin_type_rows(self) -> list[SkinTypeRow]:
        with self._sf() as s:
            counts = dict(
                s.execute(
                    select(Member.skin_type, func.count())
                    .where(Member.deleted_at.is_(None), Member.skin_type.is_not(None))
                    .group_by(Member.skin_type)
                ).all()
            )
            rows = s.execute(
                select(SkinType.id, SkinType.name, SkinType.synonyms).order_by(
                    SkinType.position, SkinType.id
                )
            ).all()
            return [SkinTypeRow(i, n, tuple(syn or ()), counts.get(n, 0)) for i, n, syn in rows]

    def tag_group_rows(self) -> list[TagGroupRow]:
        with self._sf() as s:
            counts = dict(
                s.execute(
                    select(Tag.group_id, func.count())
                    .where(Tag.group_id.is_not(None))
                    .group_by(Tag.group_id)
                ).all()
            )
            rows = s.execute(
                select(TagGroup.id, TagGroup.name, TagGroup.color).order_by(
                    TagGroup.position, TagGroup.name
                )
            ).all()
            return [TagGroupRow(i, n, c, counts.get(i, 0)) for i, n, c in rows]

    def save_skin_type(self, name: str, synonyms: list[str]) -> None:
        with self._sf.begin() as s:
            row = s.execute(select(SkinType).where(SkinType.name == name)).scalar_one_or_none()
            if row is None:
                position = len(s.execute(select(SkinType.id)).all())
                s.add(SkinType(name=name, synonyms=synonyms, position=position))
            else:
                row.synonyms = synonyms

    def roles(self) -> list[str]:
        """Known roles and titles: those declared plus those members gave themselves."""
        with self._sf() as s:
            declared = list(s.execute(select(Role.name).order_by(Role.id)).scalars())
            used = s.execute(_USED_ROLES).scalars()
            return list(dict.fromkeys(declared + sorted(r for r in used if r)))

    @staticmethod
    def ensure_role(s: Session, name: str | None) -> int | None:
        """Declare a role; returns the id of the row when it had to be created (for undo)."""
        if name and s.execute(select(Role.id).where(Role.name == name)).first() is None:
            role = Role(name=name)
            s.add(role)
            s.flush()
            return role.id
        return None


# The distinct roles of live members, each found by one step down the partial index
# `ix_members_live_role` (from the smallest role, the next one above it, …): a few steps however
# many members there are. `SELECT DISTINCT role` read every member row: 2.6 s at 1,000,000
# members, after every edit that changes the vocabularies.
_USED_ROLES = text(
    "WITH RECURSIVE used(role) AS ("
    " SELECT min(role) FROM members WHERE role IS NOT NULL AND deleted_at IS NULL"
    " UNION ALL"
    " SELECT (SELECT min(m.role) FROM members m"
    "  WHERE m.role > used.role AND m.role IS NOT NULL AND m.deleted_at IS NULL)"
    " FROM used WHERE used.role IS NOT NULL"
    ") SELECT role FROM used WHERE role IS NOT NULL"
)


def skin_types_in(s: Session) -> SkinTypes:
    """The skin-type vocabulary read in an open session (operations have only theirs)."""
    rows = s.execute(
        select(SkinType.name, SkinType.synonyms).order_by(SkinType.position, SkinType.id)
    ).all()
    return SkinTypes([(name, list(syn or [])) for name, syn in rows])
