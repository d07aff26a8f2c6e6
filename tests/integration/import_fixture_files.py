"""Builders of the messy files the import tests read (generated at test time, never stored)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def write_xlsx(
    path: Path,
    sheets: dict[str, Sequence[Sequence[Any]]],
    merges: dict[str, Sequence[str]] | None = None,
    date1904: bool = False,
) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    if date1904:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        wb.epoch = CALENDAR_MAC_1904
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None and value != "":
                    ws.cell(row=r, column=c, value=value)
        for ref in (merges or {}).get(name, ()):
            ws.merge_cells(ref)
    wb.save(path)
    return path


def member_by(ctx: Any, **where: Any) -> Any:
    """The one member whose fields equal `where` (as MemberDetail)."""
    from app.members.domain import MemberFilter

    ids = ctx.query.ids(MemberFilter())
    found = [
        ctx.members.get(r.id)
        for r in ctx.query.rows(ids)
        if all(getattr(r, k) == v for k, v in where.items())
    ]
    assert len(found) == 1, f"expected one member with {where}, found {len(found)}"
    return found[0]


def count(ctx: Any) -> int:
    from app.members.domain import MemberFilter

    return int(ctx.query.count(MemberFilter()))


def tag_labels(detail: Any) -> set[str]:
    return {t.label for t in detail.tags}


def import_file(ctx: Any, path: Path, **options: Any) -> Any:
    from app.importing.model import ImportOptions

    plan = ctx.imports.plan(path, ImportOptions(**options))
    result = ctx.imports.apply(plan)
    return plan, result
