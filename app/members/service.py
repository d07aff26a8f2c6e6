"""Editing members: create, edit, bulk set, trash/restore/purge, merge, timeline notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.dates import parse_date
from app.domain import Changes
from app.errors import BadValue, NotFoundError, ValidationError
from app.members.domain import (
    BULK_FIELDS,
    DATE_FIELDS,
    EDITABLE_FIELDS,
    INT_FIELDS,
    PLATFORMS,
    STATUSES,
    TIERS,
    FieldValues,
    MemberDetail,
    MembershipInfo,
    MergeRecord,
    TagInfo,
    TimelineItem,
)
from app.members.query import chunks
from app.members.tags import PALETTE
from app.members.vocab import SkinTypes, VocabService
from app.phones import normalize_phone
from app.text import clean, parse_gender, pinyin_keys, search_blob
from db.models import (
    AuditEntry,
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

SEARCH_FIELDS = ("nickname", "name", "wechat", "phone", "qq", "note")
FIELD_LABELS = {
    "nickname": "昵称",
    "name": "姓名",
    "wechat": "微信号",
    "phone": "手机",
    "qq": "QQ",
    "wecom_id": "企微ID",
    "gender": "性别",
    "city": "城市",
    "skin_type": "肤质",
    "role": "角色/头衔",
    "status": "状态",
    "tier": "会员类型",
    "level": "等级",
    "points": "积分",
    "joined": "入群日期",
    "birthday": "生日",
    "birthday_lunar": "农历生日",
    "last_active": "最近活跃",
    "last_contacted": "最近联系",
    "personality": "性格",
    "note": "备注",
}


def sort_name(nickname: str, name: str) -> str:
    """Key that orders members by the pinyin of their nickname (then name)."""
    base = nickname or name
    keys = pinyin_keys(base)
    return (keys[0] if keys else base.casefold())[:200]


def member_search_fields(values: Mapping[str, Any]) -> dict[str, str]:
    """search_text and sort_name for a member's values."""
    return {
        "search_text": search_blob(
            nickname=values.get("nickname") or "",
            name=values.get("name") or "",
            wechat=values.get("wechat"),
            phone=values.get("phone"),
            qq=values.get("qq"),
            note=values.get("note") or "",
        ),
        "sort_name": sort_name(values.get("nickname") or "", values.get("name") or ""),
    }


class MemberService:
    """Every write to a member goes through here, one transaction per call."""

    def __init__(self, session_factory: sessionmaker[Session], vocab: VocabService) -> None:
        self._sf = session_factory
        self._vocab = vocab

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
    def create(self, values: Mapping[str, Any], tags: Sequence[str] = ()) -> tuple[int, Changes]:
        data = self.clean_values(values)
        if not data.get("nickname") and not data.get("name"):
            raise ValidationError("新成员至少要有昵称或姓名。")
        from app.members.tags import TagService

        with self._sf.begin() as s:
            VocabService.ensure_role(s, data.get("role"))
            member = Member(**data, **member_search_fields(data))
            if member.joined is None:
                member.joined = dt.date.today()
            s.add(member)
            s.flush()
            tag_ids = TagService.ensure_tags(s, tags)
            for tag_id in tag_ids:
                s.add(MemberTag(member_id=member.id, tag_id=tag_id))
            s.add(AuditEntry(action="member.create", detail={"id": member.id}))
            new_id = member.id
        return new_id, Changes(members=frozenset({new_id}), membership=True, vocab=bool(tags))

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

    # edit --------------------------------------------------------------------------------------
    def update(self, member_id: int, values: Mapping[str, Any]) -> tuple[dict[str, Any], Changes]:
        """Change some fields of one member. Returns the previous values (for undo)."""
        data = self.clean_values(values)
        with self._sf.begin() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise NotFoundError("这位成员已经不存在了。")
            before = {k: getattr(m, k) for k in values}
            for key, value in data.items():
                setattr(m, key, value)
            VocabService.ensure_role(s, data.get("role"))
            if any(k in SEARCH_FIELDS for k in data):
                for key, value in member_search_fields(
                    {k: getattr(m, k) for k in SEARCH_FIELDS}
                ).items():
                    setattr(m, key, value)
            s.add(
                AuditEntry(
                    action="member.update", detail={"id": member_id, "fields": sorted(values)}
                )
            )
        return before, Changes(members=frozenset({member_id}), membership=True)

    def bulk_set(self, member_ids: Sequence[int], field: str, value: Any) -> FieldValues:
        """Set one field (skin type, role, status, tier, level) on many members."""
        if field not in BULK_FIELDS:
            raise ValidationError(f"不能批量修改「{FIELD_LABELS.get(field, field)}」。")
        clean_value = self.clean_values({field: value})[field]
        column = Member.__table__.c[field]
        previous: list[tuple[int, Any]] = []
        with self._sf.begin() as s:
            VocabService.ensure_role(s, clean_value if field == "role" else None)
            for part in chunks(list(member_ids)):
                previous.extend(
                    tuple(r)
                    for r in s.execute(select(Member.id, column).where(Member.id.in_(part)))
                )
                s.execute(
                    update(Member)
                    .where(Member.id.in_(part))
                    .values({field: clean_value, "updated_at": _now()})
                )
            s.add(
                AuditEntry(
                    action="member.bulk_set", detail={"field": field, "members": len(previous)}
                )
            )
        return FieldValues(
            field, tuple(previous), Changes(members=frozenset(member_ids), membership=True)
        )

    def restore_values(self, values: FieldValues) -> Changes:
        """Put back the values a bulk_set returned (its undo)."""
        by_value: dict[Any, list[int]] = {}
        for member_id, value in values.values:
            by_value.setdefault(value, []).append(member_id)
        with self._sf.begin() as s:
            for value, ids in by_value.items():
                for part in chunks(ids):
                    s.execute(
                        update(Member)
                        .where(Member.id.in_(part))
                        .values({values.field: value, "updated_at": _now()})
                    )
        return Changes(members=frozenset(m for m, _ in values.values), membership=True)

    def set_specialties(self, member_id: int, names: Sequence[str]) -> tuple[str, ...]:
        """Replace a member's specialties; returns the previous ones."""
        with self._sf.begin() as s:
            before = tuple(
                s.execute(
                    select(Specialty.name)
                    .join(MemberSpecialty, MemberSpecialty.specialty_id == Specialty.id)
                    .where(MemberSpecialty.member_id == member_id)
                ).scalars()
            )
            s.execute(delete(MemberSpecialty).where(MemberSpecialty.member_id == member_id))
            for name in dict.fromkeys(clean(n) for n in names if clean(n)):
                sid = s.execute(
                    select(Specialty.id).where(Specialty.name == name)
                ).scalar_one_or_none()
                if sid is None:
                    spec = Specialty(name=name)
                    s.add(spec)
                    s.flush()
                    sid = spec.id
                s.add(MemberSpecialty(member_id=member_id, specialty_id=sid))
        return before

    def set_custom(
        self, member_id: int, values: Mapping[str, Any]
    ) -> tuple[dict[str, Any], Changes]:
        """Make a member's custom fields exactly `values`; returns the previous ones (for undo)."""
        custom = {
            clean(k): v.strip() if isinstance(v, str) else v for k, v in values.items() if clean(k)
        }
        if long := next((k for k in custom if len(k) > 60), None):
            raise ValidationError(f"自定义字段名「{long[:20]}…」太长了（最多 60 个字）。")
        with self._sf.begin() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise NotFoundError("这位成员已经不存在了。")
            before = dict(m.custom or {})
            m.custom = custom or None  # a new object: SQLAlchemy does not see in-place JSON edits
            changed = sorted(k for k in before | custom if before.get(k, ...) != custom.get(k, ...))
            s.add(
                AuditEntry(action="member.set_custom", detail={"id": member_id, "fields": changed})
            )
        return before, Changes(members=frozenset({member_id}))

    # trash -------------------------------------------------------------------------------------
    def trash(self, member_ids: Sequence[int]) -> Changes:
        return self._set_deleted(member_ids, _now(), "member.trash")

    def restore(self, member_ids: Sequence[int]) -> Changes:
        return self._set_deleted(member_ids, None, "member.restore")

    def _set_deleted(
        self, member_ids: Sequence[int], when: dt.datetime | None, action: str
    ) -> Changes:
        with self._sf.begin() as s:
            for part in chunks(list(member_ids)):
                s.execute(update(Member).where(Member.id.in_(part)).values(deleted_at=when))
            s.add(AuditEntry(action=action, detail={"members": len(member_ids)}))
        return Changes(members=frozenset(member_ids), membership=True)

    def purge(self, member_ids: Sequence[int]) -> Changes:
        """Delete members for good (PIPL). Only members already in the trash are deleted."""
        with self._sf.begin() as s:
            count = 0
            for part in chunks(list(member_ids)):
                ids = list(
                    s.execute(
                        select(Member.id).where(Member.id.in_(part), Member.deleted_at.is_not(None))
                    ).scalars()
                )
                s.execute(update(Group).where(Group.leader_id.in_(ids)).values(leader_id=None))
                s.execute(delete(Member).where(Member.id.in_(ids)))
                count += len(ids)
            s.add(AuditEntry(action="member.purge", detail={"members": count}))
        return Changes(members=frozenset(member_ids), membership=True, vocab=True)

    # timeline ----------------------------------------------------------------------------------
    def add_note(
        self, member_id: int, text: str, kind: str = "note", at: dt.datetime | None = None
    ) -> tuple[int, Changes]:
        text = str(text or "").strip()
        if not text:
            raise ValidationError("记录内容不能为空。")
        with self._sf.begin() as s:
            entry = TimelineEntry(member_id=member_id, text=text, kind=kind, at=at or _now())
            s.add(entry)
            s.flush()
            entry_id = entry.id
        return entry_id, Changes(members=frozenset({member_id}))

    def delete_note(self, entry_id: int) -> TimelineItem:
        with self._sf.begin() as s:
            entry = s.get(TimelineEntry, entry_id)
            if entry is None:
                raise NotFoundError("这条记录已经不存在了。")
            item = TimelineItem(entry.id, entry.at, entry.kind, entry.text)
            s.delete(entry)
        return item

    # merge -------------------------------------------------------------------------------------
    def merge(self, keep: int, other: int) -> MergeRecord:
        """Merge `other` into `keep`: empty fields filled, tags, specialties, groups and timeline
        united; `other` goes to the trash marked as merged. Nothing is lost; undo with unmerge."""
        if keep == other:
            raise ValidationError("不能把成员和自己合并。")
        with self._sf.begin() as s:
            a, b = s.get(Member, keep), s.get(Member, other)
            if a is None or b is None:
                raise NotFoundError("要合并的成员已经不存在了。")
            before = tuple((k, getattr(a, k)) for k in EDITABLE_FIELDS + ("phone_flagged",))
            for key in EDITABLE_FIELDS:
                mine, theirs = getattr(a, key), getattr(b, key)
                if mine in (None, "", 0) and theirs not in (None, "", 0):
                    setattr(a, key, theirs)
            if b.note and b.note not in a.note:
                a.note = f"{a.note}\n{b.note}".strip()
            a.points = max(a.points, b.points) if a.points else b.points
            for key, value in member_search_fields(
                {k: getattr(a, k) for k in SEARCH_FIELDS}
            ).items():
                setattr(a, key, value)
            mine_tags = set(
                s.execute(select(MemberTag.tag_id).where(MemberTag.member_id == keep)).scalars()
            )
            theirs_tags = set(
                s.execute(select(MemberTag.tag_id).where(MemberTag.member_id == other)).scalars()
            )
            added_tags = sorted(theirs_tags - mine_tags)
            for tag_id in added_tags:
                s.add(MemberTag(member_id=keep, tag_id=tag_id))
            mine_spec = set(
                s.execute(
                    select(MemberSpecialty.specialty_id).where(MemberSpecialty.member_id == keep)
                ).scalars()
            )
            theirs_spec = set(
                s.execute(
                    select(MemberSpecialty.specialty_id).where(MemberSpecialty.member_id == other)
                ).scalars()
            )
            added_spec = sorted(theirs_spec - mine_spec)
            for spec_id in added_spec:
                s.add(MemberSpecialty(member_id=keep, specialty_id=spec_id))
            moved_timeline = tuple(
                s.execute(
                    select(TimelineEntry.id).where(TimelineEntry.member_id == other)
                ).scalars()
            )
            moved_groups = tuple(
                s.execute(
                    select(GroupMembership.id).where(GroupMembership.member_id == other)
                ).scalars()
            )
            s.execute(
                update(TimelineEntry).where(TimelineEntry.member_id == other).values(member_id=keep)
            )
            s.execute(
                update(GroupMembership)
                .where(GroupMembership.member_id == other)
                .values(member_id=keep)
            )
            b.deleted_at, b.merged_into = _now(), keep
            note = TimelineEntry(
                member_id=keep, kind="merge", text=f"合并了成员「{b.nickname or b.name}」(#{other})"
            )
            s.add(note)
            s.flush()
            note_id = note.id
            s.add(AuditEntry(action="member.merge", detail={"keep": keep, "other": other}))
        return MergeRecord(
            keep,
            other,
            before,
            tuple(added_tags),
            tuple(added_spec),
            moved_timeline,
            moved_groups,
            note_id,
            Changes(members=frozenset({keep, other}), membership=True),
        )

    def unmerge(self, record: MergeRecord) -> Changes:
        """Undo a merge exactly: fields, tags, specialties, groups and timeline go back."""
        with self._sf.begin() as s:
            a, b = s.get(Member, record.keep), s.get(Member, record.other)
            if a is None or b is None:
                raise NotFoundError("合并过的成员已被永久删除，无法撤销合并。")
            for key, value in record.keep_before:
                setattr(a, key, value)
            for key, value in member_search_fields(
                {k: getattr(a, k) for k in SEARCH_FIELDS}
            ).items():
                setattr(a, key, value)
            if record.added_tag_ids:
                s.execute(
                    delete(MemberTag).where(
                        MemberTag.member_id == record.keep,
                        MemberTag.tag_id.in_(record.added_tag_ids),
                    )
                )
            if record.added_specialty_ids:
                s.execute(
                    delete(MemberSpecialty).where(
                        MemberSpecialty.member_id == record.keep,
                        MemberSpecialty.specialty_id.in_(record.added_specialty_ids),
                    )
                )
            if record.moved_timeline_ids:
                s.execute(
                    update(TimelineEntry)
                    .where(TimelineEntry.id.in_(record.moved_timeline_ids))
                    .values(member_id=record.other)
                )
            if record.moved_membership_ids:
                s.execute(
                    update(GroupMembership)
                    .where(GroupMembership.id.in_(record.moved_membership_ids))
                    .values(member_id=record.other)
                )
            s.execute(delete(TimelineEntry).where(TimelineEntry.id == record.note_entry_id))
            b.deleted_at, b.merged_into = None, None
        return Changes(members=frozenset({record.keep, record.other}), membership=True)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _to_date(value: Any, label: str) -> dt.date | None:
    """The importer's date rules (`app.dates`), with the field named in the error."""
    try:
        return parse_date(value)
    except BadValue as exc:
        raise ValidationError(f"{label}「{value}」不是有效日期：{exc}。") from None


__all__ = ["MemberService", "PLATFORMS", "member_search_fields", "sort_name"]
