"""Reading the audit trail: a member's history, the recent operations, and erasing values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models_audit import AuditRow, OperationRecord


@dataclass(frozen=True, slots=True)
class AuditItem:
    """One entity-level change: who (source) changed what (entity, action) when, before/after."""

    op_id: int
    at: dt.datetime
    entity: str
    entity_id: int
    action: str
    source: str
    before: Any
    after: Any
    label: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(sep=" "),
            "entity": self.entity,
            "entity_id": self.entity_id,
            "action": self.action,
            "source": self.source,
            "before": self.before,
            "after": self.after,
            "op": self.op_id,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class OperationItem:
    """One operation in 操作记录: what it was, where from, how many rows it touched."""

    id: int
    at: dt.datetime
    kind: str
    label: str
    source: str
    rows: int
    undoable: bool
    reverts: int | None
    reverted_by: int | None


_ITEMS = select(
    AuditRow.op_id,
    AuditRow.at,
    AuditRow.entity,
    AuditRow.entity_id,
    AuditRow.action,
    AuditRow.source,
    AuditRow.before,
    AuditRow.after,
    OperationRecord.label,
).join(OperationRecord, OperationRecord.id == AuditRow.op_id)


class AuditService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def history(
        self,
        entity: str | None = None,
        entity_id: int | None = None,
        since: dt.datetime | None = None,
        limit: int | None = 500,
    ) -> list[AuditItem]:
        """Audit rows, newest first; for one entity when `entity`/`entity_id` are given."""
        stmt = _ITEMS
        if entity is not None:
            stmt = stmt.where(AuditRow.entity == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditRow.entity_id == entity_id)
        if since is not None:
            stmt = stmt.where(AuditRow.at >= since)
        stmt = stmt.order_by(AuditRow.at.desc(), AuditRow.id.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._sf() as s:
            return [AuditItem(*row) for row in s.execute(stmt)]

    def operations(
        self, text: str = "", source: str | None = None, limit: int = 500
    ) -> list[OperationItem]:
        """The newest operations (操作记录), optionally filtered by words and source."""
        stmt = select(
            OperationRecord.id,
            OperationRecord.at,
            OperationRecord.kind,
            OperationRecord.label,
            OperationRecord.source,
            OperationRecord.rows,
            OperationRecord.inverse.is_not(None),
            OperationRecord.reverts,
            OperationRecord.reverted_by,
        )
        for word in text.split():
            like = f"%{word}%"
            stmt = stmt.where(
                or_(OperationRecord.label.like(like), OperationRecord.kind.like(like))
            )
        if source:
            stmt = stmt.where(OperationRecord.source.like(f"{source}%"))
        stmt = stmt.order_by(OperationRecord.id.desc()).limit(limit)
        with self._sf() as s:
            return [OperationItem(*row) for row in s.execute(stmt)]

    def rows_of(self, op_id: int, limit: int | None = 500) -> list[AuditItem]:
        """The audit rows one operation wrote, in the order it wrote them (操作记录's detail)."""
        stmt = _ITEMS.where(AuditRow.op_id == op_id).order_by(AuditRow.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._sf() as s:
            return [AuditItem(*row) for row in s.execute(stmt)]

    def count(self) -> int:
        with self._sf() as s:
            return int(s.execute(select(func.count()).select_from(OperationRecord)).scalar_one())


def erase_member_values(s: Session, member_ids: list[int]) -> None:
    """Permanent erasure: a member's audit rows stay, their values go; operations that carry
    her values can no longer be undone (their arguments and inverses are dropped)."""
    if not member_ids:
        return
    op_ids = select(AuditRow.op_id).where(
        AuditRow.entity == "member", AuditRow.entity_id.in_(member_ids)
    )
    s.execute(
        update(OperationRecord)
        .where(OperationRecord.id.in_(op_ids))
        .values(args=None, inverse=None)
    )
    s.execute(
        update(AuditRow)
        .where(AuditRow.entity == "member", AuditRow.entity_id.in_(member_ids))
        .values(before=None, after=None)
    )
