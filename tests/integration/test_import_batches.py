"""Import decisions, one batch per import, undo of a batch, cancel, and the CLI contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from import_fixture_files import count, import_file, member_by, tag_labels, write_xlsx

from app.errors import CancelledError
from app.importing.model import ImportOptions
from app.members.domain import MemberFilter

ROWS = [
    ["昵称", "微信号", "手机", "QQ", "城市", "标签", "积分"],
    ["新人甲", "wx_new1", "", "", "杭州", "新标签甲", 5],
    ["老会员", "wx_old", "", "", "成都", "抗老、新标签乙", 9],
    ["换了昵称", "", "13900000001", "", "重庆", "", ""],
    ["Q友", "", "", "55667788", "", "", ""],
]


def _existing(ctx: Any) -> dict[str, int]:
    ids = {}
    ids["wx"], _ = ctx.members.create(
        {"nickname": "老会员", "wechat": "wx_old", "city": "北京"}, ["美白"]
    )
    ids["phone"], _ = ctx.members.create({"nickname": "手机会员", "phone": "139-0000-0001"})
    ids["qq"], _ = ctx.members.create({"nickname": "Q友原名", "qq": "55667788", "city": "西安"})
    return ids


def test_matching_by_wechat_phone_qq_and_merge(ctx: Any, tmp_path: Path) -> None:
    ids = _existing(ctx)
    path = write_xlsx(tmp_path / "r.xlsx", {"S": ROWS})
    plan = ctx.imports.plan(path)
    matched = {m.match_id: m.match_key for m in plan.members if m.match_id}
    assert set(matched) == set(ids.values())
    assert "微信号" in matched[ids["wx"]] and "手机" in matched[ids["phone"]]
    result = ctx.imports.apply(plan)
    assert (result.created, result.merged, result.skipped) == (1, 3, 0)
    old = ctx.members.get(ids["wx"])
    assert old.city == "北京" and old.points == 9  # kept on conflict; empty filled
    assert tag_labels(old) == {"美白", "抗老", "新标签乙"}
    assert any(c.field == "city" and c.existing == "北京" for c in result.conflicts)
    assert ctx.members.get(ids["phone"]).city == "重庆"
    assert ctx.members.get(ids["qq"]).nickname == "Q友原名"
    assert count(ctx) == 4


def test_skip_and_new_decisions(ctx: Any, tmp_path: Path) -> None:
    _existing(ctx)
    path = write_xlsx(tmp_path / "r.xlsx", {"S": ROWS})
    plan = ctx.imports.plan(path, ImportOptions(on_duplicate="skip"))
    assert plan.counts() | {} == {"new": 1, "merge": 0, "skip": 3, "problems": 0, "warnings": 0}
    index = next(i for i, m in enumerate(plan.members) if m.values.get("wechat") == "wx_old")
    result = ctx.imports.apply(plan, decisions={index: "new"})
    assert (result.created, result.skipped) == (2, 2)
    assert count(ctx) == 5


def test_undo_restores_merged_members_and_deletes_created(ctx: Any, tmp_path: Path) -> None:
    ids = _existing(ctx)
    before = {k: ctx.members.get(v) for k, v in ids.items()}
    tags_before = {t.label for t in ctx.tags.list_tags()}
    _, result = import_file(ctx, write_xlsx(tmp_path / "r.xlsx", {"S": ROWS}))
    assert count(ctx) == 4
    summary = ctx.imports.undo(result.batch_id)
    assert (summary.deleted, summary.restored) == (1, 2) and count(ctx) == 3  # Q友: nothing merged
    for key, member_id in ids.items():
        after = ctx.members.get(member_id)
        assert after.field_values() == before[key].field_values()
        assert tag_labels(after) == tag_labels(before[key])
    assert {t.label for t in ctx.tags.list_tags()} == tags_before
    [batch] = ctx.imports.history()
    assert batch.undone_at is not None and batch.created == 1 and batch.merged == 3
    with pytest.raises(Exception, match="已经撤销"):
        ctx.imports.undo(result.batch_id)


def test_undo_survives_a_restart(db_path: Path, tmp_path: Path) -> None:
    from app.bootstrap import open_context

    ctx = open_context(str(db_path))
    _, result = import_file(ctx, write_xlsx(tmp_path / "r.xlsx", {"S": ROWS}))
    ctx.close()
    again = open_context(str(db_path))
    assert [b.id for b in again.imports.history()] == [result.batch_id]
    again.imports.undo(result.batch_id)
    assert count(again) == 0
    again.close()


def test_cancel_leaves_database_exactly_as_before(demo_ctx: Any, tmp_path: Path) -> None:
    rows = [["昵称", "微信号", "标签"]] + [[f"n{i}", f"wx_c{i}", "取消测试"] for i in range(5000)]
    path = write_xlsx(tmp_path / "big.xlsx", {"S": rows})
    plan = demo_ctx.imports.plan(path)
    before = count(demo_ctx)
    tags_before = len(demo_ctx.tags.list_tags())
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(CancelledError):
        demo_ctx.imports.apply(plan, cancel=cancel)
    assert count(demo_ctx) == before
    assert len(demo_ctx.tags.list_tags()) == tags_before
    assert demo_ctx.imports.history() == []


def test_progress_is_reported(ctx: Any, tmp_path: Path) -> None:
    rows = [["昵称", "微信号"]] + [[f"n{i}", f"wx_p{i}"] for i in range(4500)]
    seen: list[tuple[int, int, str]] = []
    plan = ctx.imports.plan(
        write_xlsx(tmp_path / "p.xlsx", {"S": rows}),
        progress=lambda d, t, w: seen.append((d, t, w)),
    )
    ctx.imports.apply(plan, progress=lambda d, t, w: seen.append((d, t, w)))
    assert seen[-1][0] == seen[-1][1] == 4500 and len(seen) > 3


def test_presets_save_and_load(ctx: Any, tmp_path: Path) -> None:
    rows = [["网名X", "号码X"], ["自定义", "13800138000"]]
    path = write_xlsx(tmp_path / "odd.xlsx", {"S": rows})
    ctx.imports.save_preset("我的表", ["网名X", "号码X"], ["nickname", "phone"])
    assert "我的表" in [p.name for p in ctx.imports.presets()]
    import_file(ctx, path, preset="我的表")
    assert member_by(ctx, nickname="自定义").phone == "13800138000"


def test_custom_field_mapping(ctx: Any, tmp_path: Path) -> None:
    rows = [["昵称", "来源渠道", "不要"], ["c1", "小红书", "x"]]
    path = write_xlsx(tmp_path / "c.xlsx", {"S": rows})
    import_file(ctx, path, mapping=("nickname", "custom:来源渠道", ""))
    assert member_by(ctx, nickname="c1").custom == {"来源渠道": "小红书"}


def test_cli_import_dry_run_json_and_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    db = str(tmp_path / "cli.sqlite3")
    path = write_xlsx(tmp_path / "r.xlsx", {"S": ROWS + [["", "", "", "", "北京", "", ""]]})
    assert main(["--db", db, "import", str(path), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["new"] == 4 and data["dry_run"] and data["batch_id"] is None
    assert data["problem_list"][0]["row"] == 6
    assert main(["--db", db, "members", "--json"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["--db", db, "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "新建 4 位" in out and "第 6 行" in out
    assert main(["--db", db, "import", str(path), "--on-duplicate", "skip"]) == 0
    assert "跳过 4 位" in capsys.readouterr().out
    assert main(["--db", db, "members", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    assert main(["--db", db, "import", str(path), "--sheet", "没有"]) == 2
    assert "没有名为「没有」的工作表" in capsys.readouterr().err


def test_group_column_adds_memberships_and_undo_removes_them(demo_ctx: Any, tmp_path: Path) -> None:
    ctx = demo_ctx
    groups_before = {g.name for g in ctx.groups.list_groups()}
    old = ctx.query.rows(ctx.query.ids(MemberFilter())[:1])[0]
    rows = [
        ["昵称", "微信号", "所在群"],
        ["群友", "wx_grp", "护肤交流1群、新群 · 2024"],
        [old.nickname, old.wechat, "新群 · 2024；福利团购群"],
    ]
    path = write_xlsx(tmp_path / "g.xlsx", {"S": rows})
    _, result = import_file(ctx, path)
    new = ctx.query.rows(ctx.query.ids(MemberFilter(search="wx_grp")))[0]
    assert set(new.groups) == {"护肤交流1群", "新群 · 2024"}
    merged = ctx.query.rows([old.id])[0]
    assert set(merged.groups) == set(old.groups) | {"新群 · 2024", "福利团购群"}
    ctx.imports.undo(result.batch_id)
    assert ctx.query.rows([old.id])[0].groups == old.groups
    assert {g.name for g in ctx.groups.list_groups()} == groups_before
