"""Merging two records of one person, field by field, and undoing the merge exactly.

`MergeMembers(keep, other, choices)`: `keep` survives. Each choice names a field and the side
whose value stays ("keep" or "other"); a field not named keeps the survivor's value and is
filled from the other when the survivor's is empty (notes are joined, points take the larger).
Tags, specialties, group memberships, groups led and the timeline are united; `other` goes to
the trash marked `merged_into`. The inverse, `UnmergeMembers`, carries everything the merge
changed and puts it back; its own inverse replays the merge with the same time and note id, so
a redo is the first run again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.members.domain import EDITABLE_FIELDS, FIELD_LABELS
from app.members.service import (
    SEARCH_FIELDS,
    member_search_fields,
    specialty_names,
)
from app.ops import Operation, UnitOfWork
from db.models import Group, GroupMembership, Member, MemberSpecialty, MemberTag, TimelineEntry

SIDES = ("keep", "other")
# What the merge may change on the survivor and the unmerge puts back as it was.
KEEP_COLUMNS = EDITABLE_FIELDS + ("phone_flagged", "custom", "search_text", "sort_name")

Choices = tuple[tuple[str, str], ...]


def is_empty(value: Any) -> bool:
    """A value the other record may fill in (the rule of a field the user did not choose)."""
    return value is None or value == "" or value == 0 or value is False


def merged_value(field: str, mine: Any, theirs: Any, side: str | None) -> Any:
    """The survivor's value of `field` after the merge (`side`: the user's choice or None)."""
    if side == "other":
        return theirs
    if side == "keep":
        return mine
    if field == "note":
        return f"{mine}\n{theirs}".strip() if theirs and theirs not in mine else mine
    if field == "points":
        return max(mine, theirs) if mine else theirs
    return theirs if is_empty(mine) and not is_empty(theirs) else mine


def _check_choices(choices: Choices) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for field, side in choices:
        if field not in EDITABLE_FIELDS:
            raise ValidationError(f"合并时不能选择字段「{field}」。")
        if side not in SIDES:
            raise ValidationError(
                f"合并时「{FIELD_LABELS.get(field, field)}」只能保留本条或另一条的值。"
            )
        chosen[field] = side
    return chosen


def _ids(s: Session, column: Any, where: Any) -> set[int]:
    return set(s.execute(select(column).where(where)).scalars())


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class MergeMembers(Operation):
    """Merge `other` into `keep`, keeping for each field in `choices` the chosen side's value."""

    kind = "members.merge"
    keep: int
    other: int
    choices: Choices = ()
    # Set only when the merge is redone: the first run's time and merge-note id come back.
    at: dt.datetime | None = None
    note_id: int | None = None

    def label(self) -> str:
        return f"合并成员 #{self.other} 到 #{self.keep}"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        if self.keep == self.other:
            raise ValidationError("不能把成员和自己合并。")
        chosen = _check_choices(self.choices)
        a, b = s.get(Member, self.keep), s.get(Member, self.other)
        if a is None or b is None:
            raise NotFoundError("要合并的成员已经不存在了（可能已被永久删除）。")
        if a.deleted_at is not None or b.deleted_at is not None:
            raise ValidationError("回收站里的成员不能合并：请先把她恢复。")
        before = {k: getattr(a, k) for k in KEEP_COLUMNS}
        other_before = (b.deleted_at, b.merged_into)
        for key in EDITABLE_FIELDS:
            setattr(a, key, merged_value(key, getattr(a, key), getattr(b, key), chosen.get(key)))
        if a.phone != before["phone"]:
            a.phone_flagged = b.phone_flagged  # the flag belongs to the number taken over
        if b.custom:
            a.custom = {**b.custom, **(a.custom or {})}  # a new object: JSON edits need one

        keep, other = self.keep, self.other
        added_tags = sorted(
            _ids(s, MemberTag.tag_id, MemberTag.member_id == other)
            - _ids(s, MemberTag.tag_id, MemberTag.member_id == keep)
        )
        s.add_all(MemberTag(member_id=keep, tag_id=t) for t in added_tags)
        spec = MemberSpecialty.specialty_id
        added_spec = sorted(
            _ids(s, spec, MemberSpecialty.member_id == other)
            - _ids(s, spec, MemberSpecialty.member_id == keep)
        )
        s.add_all(MemberSpecialty(member_id=keep, specialty_id=x) for x in added_spec)
        s.flush()
        specialties = specialty_names(s, [keep]).get(keep, ())
        values = {k: getattr(a, k) for k in SEARCH_FIELDS}
        for key, value in member_search_fields(values, specialties).items():
            setattr(a, key, value)
        timeline = sorted(_ids(s, TimelineEntry.id, TimelineEntry.member_id == other))
        memberships = sorted(_ids(s, GroupMembership.id, GroupMembership.member_id == other))
        led = sorted(_ids(s, Group.id, Group.leader_id == other))
        s.execute(
            update(TimelineEntry).where(TimelineEntry.member_id == other).values(member_id=keep)
        )
        s.execute(
            update(GroupMembership).where(GroupMembership.member_id == other).values(member_id=keep)
        )
        s.execute(update(Group).where(Group.leader_id == other).values(leader_id=keep))
        at = self.at or _now()
        note = TimelineEntry(
            member_id=keep,
            kind="merge",
            at=at,
            text=f"合并了成员「{b.nickname or b.name}」(#{other})",
        )
        if self.note_id is not None:
            note.id = self.note_id
        s.add(note)
        b.deleted_at, b.merged_into = at, keep
        s.flush()

        after = {k: getattr(a, k) for k in KEEP_COLUMNS}
        changed = [k for k in KEEP_COLUMNS[:-2] if after[k] != before[k]]
        uow.audit(
            "member",
            keep,
            self.kind,
            {k: before[k] for k in changed},
            {**{k: after[k] for k in changed}, "merged": other, "tags_added": len(added_tags)},
        )
        uow.audit(
            "member",
            other,
            self.kind,
            {"deleted_at": other_before[0], "merged_into": other_before[1]},
            {"deleted_at": at, "merged_into": keep},
        )
        uow.touch([keep, other], membership=True, vocab=bool(added_tags))
        uow.undo_with(
            UnmergeMembers(
                keep=keep,
                other=other,
                choices=self.choices,
                at=at,
                note_id=note.id,
                keep_before=tuple(before.items()),
                other_before=other_before,
                added_tag_ids=tuple(added_tags),
                added_specialty_ids=tuple(added_spec),
                moved_timeline_ids=tuple(timeline),
                moved_membership_ids=tuple(memberships),
                led_group_ids=tuple(led),
            )
        )


@dataclass(frozen=True)
class UnmergeMembers(Operation):
    """Undo a merge exactly: the survivor's fields, tags, specialties, groups and timeline."""

    kind = "members.unmerge"
    keep: int
    other: int
    choices: Choices
    at: dt.datetime
    note_id: int
    keep_before: tuple[tuple[str, Any], ...]
    other_before: tuple[dt.datetime | None, int | None]
    added_tag_ids: tuple[int, ...] = ()
    added_specialty_ids: tuple[int, ...] = ()
    moved_timeline_ids: tuple[int, ...] = ()
    moved_membership_ids: tuple[int, ...] = ()
    led_group_ids: tuple[int, ...] = ()

    def label(self) -> str:
        return f"撤销合并成员 #{self.other}"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        a, b = s.get(Member, self.keep), s.get(Member, self.other)
        if a is None or b is None:
            raise NotFoundError("合并过的成员已被永久删除，无法撤销合并。")
        keep, other = self.keep, self.other
        merged = {k: getattr(a, k) for k in KEEP_COLUMNS}
        for key, value in self.keep_before:
            setattr(a, key, value)
        s.execute(
            delete(MemberTag).where(
                MemberTag.member_id == keep, MemberTag.tag_id.in_(self.added_tag_ids)
            )
        )
        s.execute(
            delete(MemberSpecialty).where(
                MemberSpecialty.member_id == keep,
                MemberSpecialty.specialty_id.in_(self.added_specialty_ids),
            )
        )
        s.execute(
            update(TimelineEntry)
            .where(TimelineEntry.id.in_(self.moved_timeline_ids))
            .values(member_id=other)
        )
        s.execute(
            update(GroupMembership)
            .where(GroupMembership.id.in_(self.moved_membership_ids))
            .values(member_id=other)
        )
        s.execute(update(Group).where(Group.id.in_(self.led_group_ids)).values(leader_id=other))
        s.execute(delete(TimelineEntry).where(TimelineEntry.id == self.note_id))
        b.deleted_at, b.merged_into = self.other_before
        changed = [k for k, v in self.keep_before if merged[k] != v and k in EDITABLE_FIELDS]
        before = dict(self.keep_before)
        uow.audit(
            "member",
            keep,
            self.kind,
            {k: merged[k] for k in changed},
            {**{k: before[k] for k in changed}, "unmerged": other},
        )
        uow.audit(
            "member",
            other,
            self.kind,
            {"deleted_at": self.at, "merged_into": keep},
            {"deleted_at": self.other_before[0], "merged_into": self.other_before[1]},
        )
        uow.touch([keep, other], membership=True, vocab=bool(self.added_tag_ids))
        uow.undo_with(MergeMembers(keep, other, self.choices, self.at, self.note_id))
