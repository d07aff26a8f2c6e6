"""The write path's own tables: one row per operation run, and entity-level audit rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class OperationRecord(Base):
    """One operation that committed: what it was, where it came from, and how to undo it.

    `inverse` is the serialised inverse operation (NULL when the operation cannot be undone, or
    after a permanent erasure took the personal values out of it). `reverts` names the operation
    this one undid; `reverted_by` the operation that undid this one.
    """

    __tablename__ = "operations"
    __table_args__ = (Index("ix_operations_source_at", "source", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    kind: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(60), default="window")
    args: Mapped[Any] = mapped_column(JSON, nullable=True)
    inverse: Mapped[Any] = mapped_column(JSON, nullable=True)
    reverts: Mapped[int | None] = mapped_column(ForeignKey("operations.id", ondelete="SET NULL"))
    reverted_by: Mapped[int | None] = mapped_column(Integer)
    rows: Mapped[int] = mapped_column(Integer, default=0)


class AuditRow(Base):
    """What one operation did to one entity: before and after values, time and source."""

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_entity_time", "entity", "entity_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[int] = mapped_column(ForeignKey("operations.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(60))
    source: Mapped[str] = mapped_column(String(60), default="window")
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
