"""An import batch on the write path: recorded, audited per member, undone from the CLI.

Also the two undo cases a plain "delete what the batch made" gets wrong: a merged member
permanently deleted since, and a created member edited since.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from import_fixture_files import count, import_file, write_xlsx

from app.cli import main
from app.errors import CancelledError
from app.members.domain import MemberFilter
from app.members.member_ops import EditMember, PurgeMembers, TrashMembers

ROWS = [
    ["昵称", "微信号", "城市", "标签"],
    ["新人甲", "wx_new_a", "杭州", "导入标签"],
    ["新人乙", "wx_new_b", "", ""],
    ["老会员", "wx_old", "成都", "导入标签"],
]


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def _old_member(ctx: Any) -> int:
    member_id, _ = ctx.members.create({"nickname": "老会员", "wechat": "wx_old"})
    return int(member_id)


def test_cli_import_is_audited_and_undone_by_shequn_undo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.bootstrap import open_context

    db = str(tmp_path / "cli.sqlite3")
    ctx = open_context(db)
    old = _old_member(ctx)
    ctx.close()
    path = write_xlsx(tmp_path / "名单.xlsx", {"S": ROWS})
    assert main(["--db", db, "import", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    batch = result["batch_id"]
    assert (result["new"], result["merge"]) == (2, 1) and result["op"] is not None

    assert main(["--db", db, "audit", "--json"]) == 0
    rows = _lines(capsys)
    [summary] = [r for r in rows if r["entity"] == "import_batch"]
    assert summary["action"] == "import.apply" and summary["entity_id"] == batch
    assert summary["after"]["file"] == "名单.xlsx" and summary["after"]["created"] == 2
    # The operation ran from the command line and refined its source to the batch.
    assert summary["source"] == f"cli:import:{batch}"
    members = {
        r["entity_id"]: r
        for r in rows
        if r["entity"] == "member" and r["action"].startswith("import.")
    }
    created = {i for i, r in members.items() if r["action"] == "import.create"}
    assert len(created) == 2 and old not in created
    merged = members[old]
    assert merged["action"] == "import.merge"
    assert merged["before"] == {"city": ""} and merged["after"]["city"] == "成都"
    assert merged["after"]["tags"] == ["导入标签"] and merged["after"]["batch"] == batch

    assert main(["--db", db, "audit", "--member", str(old), "--json"]) == 0
    assert [r["action"] for r in _lines(capsys)] == ["import.merge", "members.create"]

    assert main(["--db", db, "undo"]) == 0
    out = capsys.readouterr().out
    assert f"撤销第 {batch} 次导入" in out and "删除了它新建的 2 位成员" in out
    ctx = open_context(db)
    try:
        assert count(ctx) == 1
        detail = ctx.members.get(old)
        assert detail.city == "" and not detail.tags
        [info] = ctx.imports.history()
        assert info.undone_at is not None
    finally:
        ctx.close()
    assert main(["--db", db, "audit", "--json"]) == 0
    rows = _lines(capsys)
    undone = [r for r in rows if r["action"] == "import.undo"]
    assert {r["entity_id"] for r in undone if r["entity"] == "member"} == created | {old}
    assert any(r["entity"] == "import_batch" and r["after"]["deleted"] == 2 for r in undone)
    # The undo is final: nothing is left for `shequn undo` to take back.
    assert main(["--db", db, "undo"]) == 2
    assert "没有可以撤销的操作" in capsys.readouterr().err


def test_undo_after_a_merged_member_was_permanently_deleted(ctx: Any, tmp_path: Path) -> None:
    old = _old_member(ctx)
    other, _ = ctx.members.create({"nickname": "另一位", "wechat": "wx_other"})
    rows = [*ROWS, ["另一位", "wx_other", "西安", ""]]
    _, result = import_file(ctx, write_xlsx(tmp_path / "r.xlsx", {"S": rows}))
    assert result.merged == 2
    ctx.run(TrashMembers((old,)))
    ctx.run(PurgeMembers((old,)))
    summary = ctx.imports.undo(result.batch_id)  # no raw NoResultFound: her merge row went too
    assert summary.deleted == 2 and summary.restored == 1
    assert ctx.members.get(other).city == ""
    assert count(ctx) == 1
    assert summary.sentence().startswith(f"已撤销第 {result.batch_id} 次导入")
    assert ctx.imports.history()[0].undone_at is not None


def test_undo_keeps_created_members_edited_since_and_says_so(ctx: Any, tmp_path: Path) -> None:
    from app.members.tag_ops import AddTags

    _, result = import_file(ctx, write_xlsx(tmp_path / "r.xlsx", {"S": ROWS}))
    rows = ctx.query.rows(ctx.query.ids(MemberFilter()))
    edited, tagged = sorted(r.id for r in rows if r.wechat != "wx_old")
    _imported_a_minute_ago(ctx, result.batch_id)
    ctx.run(EditMember(edited, {"note": "导入后补的备注"}))
    ctx.run(AddTags((tagged,), ("后来加的",)), "window")
    summary = ctx.imports.undo(result.batch_id)
    assert set(summary.kept_edited) == {edited, tagged} and summary.deleted == 1
    assert count(ctx) == 2
    assert f"#{edited}" in summary.sentence() and "已保留" in summary.sentence()
    assert ctx.members.get(edited).note == "导入后补的备注"


def _imported_a_minute_ago(ctx: Any, batch_id: int) -> None:
    """Times are kept to the second: move the batch back so that an edit is "later"."""
    import datetime as dt

    from sqlalchemy import update

    from db.models import Member
    from db.models_import import ImportBatch

    then = dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=1)
    with ctx.session_factory.begin() as s:
        s.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(at=then))
        s.execute(
            update(Member)
            .where(Member.import_batch_id == batch_id)
            .values(created_at=then, updated_at=then)
        )


def test_cancel_writes_no_operation_and_no_batch(demo_ctx: Any, tmp_path: Path) -> None:
    rows = [["昵称", "微信号"]] + [[f"c{i}", f"wx_cancel{i}"] for i in range(6000)]
    plan = demo_ctx.imports.plan(write_xlsx(tmp_path / "big.xlsx", {"S": rows}))
    ops_before = demo_ctx.audit.count()
    with pytest.raises(CancelledError):
        demo_ctx.run(demo_ctx.imports.apply_op(plan, cancel=lambda: True))
    assert demo_ctx.audit.count() == ops_before and demo_ctx.imports.history() == []


def test_record_keeps_a_summary_not_the_plan(ctx: Any, tmp_path: Path) -> None:
    plan = ctx.imports.plan(write_xlsx(tmp_path / "r.xlsx", {"S": ROWS}))
    seen: list[int] = []
    op = ctx.imports.apply_op(plan, progress=lambda d, t, w: seen.append(d))
    args = op.record_args()
    assert args["file"] == "r.xlsx" and args["new"] == 3 and "members" not in args
    assert op.to_json() == {"kind": "import.apply", "args": args}  # no callback, no rows
    done = ctx.run(op)
    assert (
        seen
        and done.inverse is not None
        and done.inverse.to_json()["args"] == {"batch_id": done.value.batch_id}
    )
    [item] = ctx.audit.operations()
    assert item.kind == "import.apply" and item.label == "导入「r.xlsx」"
