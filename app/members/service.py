"""Members: validation of edited values, reading one member, create and merge.

Edits, bulk sets, trash/restore/permanent delete, notes, specialties and custom fields are
operations (`app/members/member_ops.py`, `app/members/profile_ops.py`) run by `ctx.run`; they
validate with `MemberService.clean_values` here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.dates import parse_date
from app.domain import Changes
from app.errors import BadValue, NotFoundError, ValidationError
from app.members.domain import (
    DATE_FIELDS,
    EDITABLE_FIELDS,
    FIELD_LABELS,
    INT_FIELDS,
    PLATFORMS,
    STATUSES,
    TIERS,
    MemberDetail,
    MembershipInfo,
    TagInfo,
    TimelineItem,
)
from app.members.query import chunks
from app.members.tags import PALETTE
from app.members.vocab import SkinTypes, VocabService
from app.phones import normalize_phone
from app.text import clean, parse_gender, pinyin_keys, search_blob
from db.models import (
    Group,
    GroupMembership,
    Member,
    MemberSpecialty,
    MemberTag,
    Specialty,
    Tag,
    TagGroup,
    TimelineEntry,
)

SEARCH_FIELDS = ("nickname", "name", "wechat", "phone", "qq", "note", "role")


def sort_name(nickname: str, name: str) -> str:
    """Key that orders members by the pinyin of their nickname (then name)."""
    base = nickname or name
    keys = pinyin_keys(base)
    return (keys[0] if keys else base.casefold())[:200]


def member_search_fields(
    values: Mapping[str, Any], specialties: Sequence[str] = ()
) -> dict[str, str]:
    """search_text and sort_name for a member's values (with `role`) and her specialties."""
    titles = [t for t in (values.get("role") or "", *specialties) if t]
    return {
        "search_text": search_blob(
            nickname=values.get("nickname") or "",
            name=values.get("name") or "",
            wechat=values.get("wechat"),
            phone=values.get("phone"),
            qq=values.get("qq"),
            note=values.get("note") or "",
            titles=titles,
        ),
        "sort_name": sort_name(values.get("nickname") or "", values.get("name") or ""),
    }


class MemberService:
    """Validation and reads of members (writes: the operations in `member_ops`)."""

    def __init__(
        self, session_factory: sessionmaker[Session], vocab: VocabService, ops: Any = None
    ) -> None:
        self._sf = session_factory
        self._vocab = vocab
        self._ops = ops

    # validation ------------------------------------------------------------------------------
    def clean_values(
        self, values: Mapping[str, Any], skin: SkinTypes | None = None
    ) -> dict[str, Any]:
        """Validate and normalise edited values; raises ValidationError naming the field."""
        out: dict[str, Any] = {}
        for key, raw in values.items():
            if key not in EDITABLE_FIELDS:
                raise ValidationError(f"不能修改字段「{key}」。")
            label = FIELD_LABELS.get(key, key)
            if key == "phone":
                phone, flagged = normalize_phone(raw)
                out["phone"], out["phone_flagged"] = phone, flagged
            elif key == "skin_type":
                out[key] = (skin or self._vocab.skin_types()).require(raw)
            elif key in ("wechat", "qq", "wecom_id", "role"):
                out[key] = clean(raw) or None
            elif key == "gender":
                try:
                    out[key] = parse_gender(raw)
                except BadValue as exc:
                    raise ValidationError(f"{label}「{raw}」无法识别：{exc}。") from None
            elif key == "status":
                if raw not in STATUSES:
                    raise ValidationError(f"未知的状态「{raw}」。")
                out[key] = raw
            elif key == "tier":
                if raw not in TIERS:
                    raise ValidationError(f"未知的会员类型「{raw}」。")
                out[key] = raw
            elif key in INT_FIELDS:
                try:
                    out[key] = int(raw or 0)
                except (TypeError, ValueError):
                    raise ValidationError(f"{label}必须是整数，不是「{raw}」。") from None
            elif key in DATE_FIELDS:
                out[key] = _to_date(raw, label)
            elif key == "birthday_lunar":
                out[key] = bool(raw)
            else:
                out[key] = clean(raw) if key != "note" else str(raw or "").strip()
        if "nickname" in out and not out["nickname"] and values.get("name") in (None, ""):
            raise ValidationError("昵称不能为空。")
        return out

    # create / read -----------------------------------------------------------------------------
    def create(
        self, values: Mapping[str, Any], tags: Sequence[str] = (), source: str = "script"
    ) -> tuple[int, Changes]:
        """Create one member through the write path (`CreateMember`); for scripts and tests."""
        from app.members.create_ops import CreateMember

        if self._ops is None:
            raise RuntimeError("MemberService.create needs the operation runner")
        done = self._ops.run(CreateMember(dict(values), tuple(tags)), source)
        return int(done.value), done.changes

    def missing(self, member_ids: Sequence[int]) -> list[int]:
        """The ids among `member_ids` that name no member (not even one in the trash)."""
        found: set[int] = set()
        with self._sf() as s:
            for part in chunks(list(member_ids)):
                found.update(s.execute(select(Member.id).where(Member.id.in_(part))).scalars())
        return [m for m in member_ids if m not in found]

    def get(self, member_id: int) -> MemberDetail:
        with self._sf() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise NotFoundError("这位成员已经不存在了（可能已被永久删除）。")
            tags = [
                TagInfo(id=i, name=n, group=g, color=c or gc or PALETTE[-1])
                for i, n, g, c, gc in s.execute(
                    select(Tag.id, Tag.name, TagGroup.name, Tag.color, TagGroup.color)
                    .join(MemberTag, MemberTag.tag_id == Tag.id)
                    .outerjoin(TagGroup, TagGroup.id == Tag.group_id)
                    .where(MemberTag.member_id == member_id)
                    .order_by(TagGroup.position, Tag.name)
                )
            ]
            specialties = s.execute(
                select(Specialty.name)
                .join(MemberSpecialty, MemberSpecialty.specialty_id == Specialty.id)
                .where(MemberSpecialty.member_id == member_id)
                .order_by(Specialty.name)
            ).scalars()
            memberships = [
                MembershipInfo(*row)
                for row in s.execute(
                    select(
                        GroupMembership.id,
                        Group.id,
                        Group.name,
                        Group.platform,
                        GroupMembership.joined,
                        GroupMembership.left,
                        GroupMembership.group_nickname,
                        GroupMembership.role_in_group,
                    )
                    .join(Group, Group.id == GroupMembership.group_id)
                    .where(GroupMembership.member_id == member_id)
                    .order_by(GroupMembership.left.is_not(None), Group.name)
                )
            ]
            timeline = [
                TimelineItem(*row)
                for row in s.execute(
                    select(
                        TimelineEntry.id, TimelineEntry.at, TimelineEntry.kind, TimelineEntry.text
                    )
                    .where(TimelineEntry.member_id == member_id)
                    .order_by(TimelineEntry.at.desc(), TimelineEntry.id.desc())
                )
            ]
            return MemberDetail(
                id=m.id,
                nickname=m.nickname,
                name=m.name,
                wechat=m.wechat,
                phone=m.phone,
                phone_flagged=m.phone_flagged,
                qq=m.qq,
                wecom_id=m.wecom_id,
                gender=m.gender,
                city=m.city,
                skin_type=m.skin_type,
                role=m.role,
                status=m.status,
                tier=m.tier,
                level=m.level,
                points=m.points,
                joined=m.joined,
                birthday=m.birthday,
                birthday_lunar=m.birthday_lunar,
                last_active=m.last_active,
                last_contacted=m.last_contacted,
                personality=m.personality,
                note=m.note,
                custom=dict(m.custom or {}),
                created_at=m.created_at,
                updated_at=m.updated_at,
                deleted_at=m.deleted_at,
                tags=tuple(tags),
                specialties=tuple(specialties),
                memberships=tuple(memberships),
                timeline=tuple(timeline),
            )


def specialty_names(s: Session, member_ids: Sequence[int]) -> dict[int, list[str]]:
    """Each member's specialties (sorted), for recomputing her search text."""
    out: dict[int, list[str]] = {}
    for part in chunks(list(member_ids)):
        for member_id, name in s.execute(
            select(MemberSpecialty.member_id, Specialty.name)
            .join(Specialty, Specialty.id == MemberSpecialty.specialty_id)
            .where(MemberSpecialty.member_id.in_(part))
        ):
            out.setdefault(member_id, []).append(name)
    # Sorted here, not by the database: collations differ, the search text must not.
    return {member_id: sorted(names) for member_id, names in out.items()}


def reindex_members(s: Session, member_ids: Sequence[int]) -> None:
    """Recompute search_text and sort_name of members from their stored values (in `s`)."""
    ids = list(member_ids)
    specialties = specialty_names(s, ids)
    columns = [Member.__table__.c[f] for f in SEARCH_FIELDS]
    for part in chunks(ids):
        rows = s.execute(select(Member.id, *columns).where(Member.id.in_(part))).all()
        if rows:
            s.execute(
                update(Member),
                [
                    {
                        "id": row[0],
                        **member_search_fields(
                            dict(zip(SEARCH_FIELDS, row[1:], strict=True)),
                            specialties.get(row[0], ()),
                        ),
                    }
                    for row in rows
                ],
            )


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _to_date(value: Any, label: str) -> dt.date | None:
    """The importer's date rules (`app.dates`), with the field named in the error."""
    try:
        return parse_date(value)
    except BadValue as exc:
        raise ValidationError(f"{label}「{value}」不是有效日期：{exc}。") from None


__all__ = [
    "MemberService",
    "PLATFORMS",
    "member_search_fields",
    "reindex_members",
    "sort_name",
    "specialty_names",
]
