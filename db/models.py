"""Tables of the member CRM: members, tags, skin types, roles, specialties, groups, timeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, partial_index


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Member(Base):
    """One person in the community. Identity is 微信号, then phone, then QQ, then WeCom id."""

    __tablename__ = "members"
    __table_args__ = (
        # The trash view; a partial index so that `deleted_at IS NULL` keeps its plain scan.
        partial_index("ix_members_trashed", "deleted_at", where="deleted_at IS NOT NULL"),
        # The nickname sort of live members, read from the index alone (0018_sort_name_live).
        Index("ix_members_sort_name", "sort_name", "deleted_at"),
        # The paste step finds members by the texts of their names (`db.models_paste`).
        Index("ix_members_nickname", "nickname"),
        Index("ix_members_name", "name"),
        # Live members by joining day (the report's periods; the Members page sorted by 入群).
        # Partial: led by `deleted_at` it would pass for selective and slow down every scan.
        partial_index("ix_members_live_joined", "joined", where="deleted_at IS NULL"),
        # The roles live members gave themselves, one index step per distinct role
        # (`VocabService.roles`); only members with a role are in it.
        partial_index(
            "ix_members_live_role", "role", where="role IS NOT NULL AND deleted_at IS NULL"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nickname: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(100), default="")
    wechat: Mapped[str | None] = mapped_column(String(100), index=True)
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    phone_flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    qq: Mapped[str | None] = mapped_column(String(20), index=True)
    wecom_id: Mapped[str | None] = mapped_column(String(100), index=True)
    gender: Mapped[str] = mapped_column(String(4), default="")
    city: Mapped[str] = mapped_column(String(60), default="")
    skin_type: Mapped[str | None] = mapped_column(String(30))
    role: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(16), default="active")
    tier: Mapped[str] = mapped_column(String(16), default="free")
    level: Mapped[int] = mapped_column(Integer, default=1)
    points: Mapped[int] = mapped_column(Integer, default=0)
    joined: Mapped[dt.date | None] = mapped_column(Date)
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    birthday_lunar: Mapped[bool] = mapped_column(Boolean, default=False)
    last_active: Mapped[dt.date | None] = mapped_column(Date)
    last_contacted: Mapped[dt.date | None] = mapped_column(Date)
    personality: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    custom: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(200), default="")
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    tag_links: Mapped[list[MemberTag]] = relationship(
        back_populates="member", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def plain_name(self) -> str:
        """Her nickname, else her name; "" when she has neither (`plain_name_sql` in a query)."""
        return self.nickname or self.name or ""


def plain_name_sql() -> Any:
    """`Member.plain_name` as an SQL expression."""
    return func.coalesce(func.nullif(Member.nickname, ""), Member.name, "")


class TagGroup(Base):
    """A family of tags (肤质, 兴趣, 购买意向 …); a tag belongs to at most one group."""

    __tablename__ = "tag_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#8a8f98")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Tag(Base):
    """A label put on members; unique by (group, name)."""

    __tablename__ = "tags"
    __table_args__ = (
        UniqueConstraint("group_id", "name", name="uq_tags_group_name"),
        # NULLs are distinct in a unique constraint: tags without a group need their own rule.
        partial_index("uq_tags_name_without_group", "name", where="group_id IS NULL", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("tag_groups.id", ondelete="SET NULL"))
    color: Mapped[str | None] = mapped_column(String(9))
    search_text: Mapped[str] = mapped_column(String(400), default="")


class MemberTag(Base):
    """Link between a member and a tag."""

    __tablename__ = "member_tags"
    __table_args__ = (Index("ix_member_tags_tag_member", "tag_id", "member_id"),)

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)

    member: Mapped[Member] = relationship(back_populates="tag_links")


class SkinType(Base):
    """Canonical skin type with the synonyms that map to it (干皮 → 干性)."""

    __tablename__ = "skin_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    synonyms: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Role(Base):
    """A self-claimed title or role (院长, 御膳房掌勺, 体育委员 …)."""

    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    description: Mapped[str] = mapped_column(String(200), default="")


class Specialty(Base):
    """Something a member is good at (化学成分, 摄影, 烘焙 …)."""

    __tablename__ = "specialties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class MemberSpecialty(Base):
    """Link between a member and a specialty."""

    __tablename__ = "member_specialties"
    __table_args__ = (Index("ix_member_specialties_specialty", "specialty_id", "member_id"),)

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    specialty_id: Mapped[int] = mapped_column(
        ForeignKey("specialties.id", ondelete="CASCADE"), primary_key=True
    )


class Group(Base):
    """A WeChat, WeCom or QQ group, or a subgroup (小组) of one with a leader."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    platform: Mapped[str] = mapped_column(String(10), default="wechat")
    capacity: Mapped[int] = mapped_column(Integer, default=500)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # An archived group keeps its members and history but is hidden from everyday lists.
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class GroupMembership(Base):
    """A member's stay in a group: joined, left, nickname and role inside that group."""

    __tablename__ = "group_memberships"
    __table_args__ = (
        Index("ix_group_memberships_group_member", "group_id", "member_id"),
        Index("ix_group_memberships_group_nickname", "group_nickname"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    joined: Mapped[dt.date | None] = mapped_column(Date)
    left: Mapped[dt.date | None] = mapped_column(Date)
    group_nickname: Mapped[str] = mapped_column(String(200), default="")
    role_in_group: Mapped[str] = mapped_column(String(30), default="")


class TimelineEntry(Base):
    """A dated note or event on a member's timeline."""

    __tablename__ = "timeline"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    kind: Mapped[str] = mapped_column(String(20), default="note")
    text: Mapped[str] = mapped_column(Text, default="")


class Segment(Base):
    """A saved filter (分群) shown in the sidebar."""

    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    filter: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """A business setting stored in the database (UI state lives in QSettings)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
