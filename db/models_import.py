"""Tables of Excel import: one batch per import, and what undoing a merge into existing members needs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class ImportBatch(Base):
    """One applied import. Members it created carry `members.import_batch_id`."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    file_name: Mapped[str] = mapped_column(String(400), default="")
    sheet: Mapped[str] = mapped_column(String(200), default="")
    created: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    problems: Mapped[int] = mapped_column(Integer, default=0)
    # Tag ids this batch created (deleted on undo when no other member uses them).
    new_tag_ids: Mapped[list[int] | None] = mapped_column(JSON)
    # Groups this batch created (deleted on undo when nobody is in them any more).
    new_group_ids: Mapped[list[int] | None] = mapped_column(JSON)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportMerge(Base):
    """A merge of imported values into an existing member: exactly what undo must put back."""

    __tablename__ = "import_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    # Field name → value before the import (only fields the import filled).
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    added_tag_ids: Mapped[list[int] | None] = mapped_column(JSON)
    added_membership_ids: Mapped[list[int] | None] = mapped_column(JSON)
