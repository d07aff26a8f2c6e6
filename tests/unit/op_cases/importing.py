"""Operation cases of importing: a small roster written at test time, applied as one batch.

The roster creates two members (one with a new tag and a new group), and merges into an existing
member matched by 微信号 (a field she lacks, a new tag). Every member of the file is also put
into a chosen demo group the merged member is not in (the import's own memberships). Its
inverse, the undo of the batch, must bring every table back (the import history keeps the
batch, marked undone).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from app.importing.model import ImportOptions
from app.members.domain import MemberFilter
from tests.unit.op_cases import case

FILLABLE = ("city", "personality", "note", "name")


def write_roster(folder: Path, rows: list[list[Any]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    for row in rows:
        ws.append(row)
    path = folder / "名单.xlsx"
    wb.save(path)
    return path


def merge_target(ctx: Any) -> tuple[Any, str]:
    """A demo member with a 微信号 and an empty field the import can fill."""
    for member_id in ctx.query.ids(MemberFilter()):
        detail = ctx.members.get(member_id)
        empty = [f for f in FILLABLE if not getattr(detail, f)]
        if detail.wechat and empty:
            return detail, empty[0]
    raise AssertionError("the demo has no member with a 微信号 and an empty field")


@case("import.apply")
def apply_import(ctx: Any) -> Any:
    target, field = merge_target(ctx)
    header = {"city": "城市", "personality": "性格", "note": "备注", "name": "姓名"}[field]
    rows = [
        ["昵称", "微信号", header, "标签", "所在群"],
        ["导入新人甲", "wx_import_case_1", "导入值甲", "导入新标签", "导入新群"],
        ["导入新人乙", "wx_import_case_2", "", "", ""],
        [target.nickname, target.wechat, "导入补全", "导入合并标签", ""],
    ]
    path = write_roster(Path(tempfile.mkdtemp(prefix="shequn-import-case-")), rows)
    group = chosen_group(ctx, target.id)
    plan = ctx.imports.plan(path, ImportOptions(group=group))
    assert plan.counts()["new"] == 2 and plan.counts()["merge"] == 1, plan.counts()
    assert plan.group_id is not None
    return ctx.imports.apply_op(plan)


def chosen_group(ctx: Any, member_id: int) -> str:
    """An open demo group with room for three that `member_id` is not in."""
    for g in ctx.groups.list_groups(include_archived=False):
        present = {r.member_id for r in ctx.groups.members_of(g.id, current=True)}
        if member_id not in present and g.member_count + 3 <= g.capacity:
            return str(g.name)
    raise AssertionError("the demo has no group to import into")
