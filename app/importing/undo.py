"""Undo one import batch as a whole: delete the members it created, put back what it merged.

Two cases that a plain "delete what the batch made" would get wrong:

- A member the batch merged into was permanently deleted since: her `import_merges` row went
  with her (foreign key, ON DELETE CASCADE), so there is nothing of hers to put back; the rest of
  the batch is undone as usual.
- A member the batch created was edited since (a field, a tag): deleting her would silently throw
  that edit away. She is kept and named in the result sentence; the user can trash her.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from app.domain import Changes
from app.errors import NotFoundError, ValidationError
from app.importing.groups import GM, undo_memberships
from app.importing.model import UndoSummary
from app.members.domain import DATE_FIELDS
from app.members.query import chunks
from app.members.service import SEARCH_FIELDS, member_search_fields, specialty_names
from db.models import Group, Member, MemberTag, Tag
from db.models_audit import AuditRow
from db.models_import import ImportBatch, ImportMerge

M = cast(Table, Member.__table__)
MT = cast(Table, MemberTag.__table__)


def edited_since(s: Session, member_ids: list[int], since: dt.datetime) -> set[int]:
    """Members among `member_ids` written after `since`: a field (updated_at) or an audited
    edit such as a tag (tag links do not touch updated_at)."""
    edited: set[int] = set()
    for part in chunks(member_ids):
        edited.update(
            s.execute(select(M.c.id).where(M.c.id.in_(part), M.c.updated_at > since)).scalars()
        )
        edited.update(
            s.execute(
                select(AuditRow.entity_id).where(
                    AuditRow.entity == "member",
                    AuditRow.entity_id.in_(part),
                    AuditRow.at >= since,
                    AuditRow.action.not_like("import.%"),
                )
            ).scalars()
        )
    return edited


def undo_batch(s: Session, batch_id: int) -> tuple[UndoSummary, Changes, list[dict[str, Any]]]:
    """Undo batch `batch_id` inside the caller's transaction.

    Returns what was done, the changes for the views, and (member id, before, after) audit
    values of the restored members.
    """
    batch = s.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(f"找不到第 {batch_id} 次导入的记录。")
    if batch.undone_at is not None:
        raise ValidationError(f"第 {batch_id} 次导入（{batch.file_name}）已经撤销过了。")
    touched: set[int] = set()
    restored_log: list[dict[str, Any]] = []
    added_memberships: list[int] = []
    merges = s.execute(select(ImportMerge).where(ImportMerge.batch_id == batch_id)).scalars()
    gone = 0
    for merge in list(merges):
        added_memberships.extend(merge.added_membership_ids or [])
        current = s.execute(
            select(*(M.c[f] for f in SEARCH_FIELDS)).where(M.c.id == merge.member_id)
        ).one_or_none()
        if current is None:  # the foreign key cascades; this guards databases that did not
            gone += 1
            continue
        touched.add(merge.member_id)
        restore: dict[str, Any] = {}
        for field, value in dict(merge.before or {}).items():
            if field in DATE_FIELDS and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            restore[field] = value
        if "phone" in restore:
            restore["phone_flagged"] = False
        if restore:
            if any(f in SEARCH_FIELDS for f in restore):
                restore.update(
                    member_search_fields(
                        {**dict(zip(SEARCH_FIELDS, current, strict=True)), **restore},
                        specialty_names(s, [merge.member_id]).get(merge.member_id, ()),
                    )
                )
            s.execute(update(M).where(M.c.id == merge.member_id).values(restore))
        if merge.added_tag_ids:
            s.execute(
                delete(MT).where(
                    MT.c.member_id == merge.member_id, MT.c.tag_id.in_(merge.added_tag_ids)
                )
            )
        restored_log.append({"member_id": merge.member_id, "before": merge.before})
    created = list(s.execute(select(M.c.id).where(M.c.import_batch_id == batch_id)).scalars())
    kept = edited_since(s, created, batch.at)
    doomed = [m for m in created if m not in kept]
    for part in chunks(doomed):
        s.execute(update(Group).where(Group.leader_id.in_(part)).values(leader_id=None))
        s.execute(delete(MT).where(MT.c.member_id.in_(part)))
        s.execute(delete(GM).where(GM.c.member_id.in_(part)))
        s.execute(delete(M).where(M.c.id.in_(part)))
    undo_memberships(s, added_memberships, batch.new_group_ids or [])
    for tag_id in batch.new_tag_ids or []:
        if s.execute(select(MT.c.tag_id).where(MT.c.tag_id == tag_id).limit(1)).first() is None:
            s.execute(delete(Tag).where(Tag.id == tag_id))
    # What undo needed is used up: an undone import is final (it is not re-applied).
    s.execute(delete(ImportMerge).where(ImportMerge.batch_id == batch_id))
    batch.undone_at = dt.datetime.now().replace(microsecond=0)
    gone += max(0, batch.created - len(created))
    summary = UndoSummary(
        batch_id, batch.file_name, len(doomed), len(touched), tuple(sorted(kept)), gone
    )
    changes = Changes(members=frozenset(created) | frozenset(touched), membership=True, vocab=True)
    return summary, changes, restored_log
