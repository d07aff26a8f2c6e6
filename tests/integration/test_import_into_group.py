"""Import into a chosen group (a QQ group sheet has no 群 column: the group is the file), and the
near-duplicate nicknames offered for merge after an import."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from import_fixture_files import count, import_file, write_xlsx

from app.cli import main
from app.errors import ValidationError
from app.importing.model import ImportOptions
from app.members.membership_ops import JoinGroup

QQ_SHEET = [
    ["群昵称", "QQ号", "入群时间", "等级"],
    ["小美🐰", "10001", dt.datetime(2024, 3, 5), "LV5"],
    ["Amy-杭州", "10002", None, "LV2"],
    ["老会员", "10003", dt.datetime(2023, 1, 9), "LV9"],
]


def _memberships(ctx: Any, group_id: int) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    return {r.member_id: (r.joined, r.left) for r in ctx.groups.members_of(group_id, current=True)}


def _member_id(ctx: Any, nickname: str) -> int:
    from app.members.domain import MemberFilter

    ids = ctx.query.ids(MemberFilter())
    [found] = [r.id for r in ctx.query.rows(ids) if r.nickname == nickname]
    return int(found)


def test_every_member_of_the_file_joins_the_chosen_group_and_undo_removes_them(
    ctx: Any, tmp_path: Path
) -> None:
    group = ctx.groups.create("QQ三群", platform="qq")
    old, _ = ctx.members.create({"nickname": "老会员", "qq": "10003"})
    path = write_xlsx(tmp_path / "qq群.xlsx", {"成员": QQ_SHEET})
    plan, result = import_file(ctx, path, group="QQ三群")
    assert (result.created, result.merged, result.group_joined) == (2, 1, 3)
    joined = _memberships(ctx, group)
    assert set(joined) == {_member_id(ctx, "小美🐰"), _member_id(ctx, "Amy-杭州"), old}
    # Joined: the row's 入群时间 when the file has one, else the day of the import.
    assert joined[_member_id(ctx, "小美🐰")] == (dt.date(2024, 3, 5), None)
    assert joined[_member_id(ctx, "Amy-杭州")] == (dt.date.today(), None)
    assert joined[old] == (dt.date(2023, 1, 9), None)

    summary = ctx.imports.undo(result.batch_id)
    assert summary.deleted == 2 and count(ctx) == 1
    assert _memberships(ctx, group) == {}  # the merged member's membership went too


def test_a_member_already_in_the_group_keeps_her_one_membership(ctx: Any, tmp_path: Path) -> None:
    group = ctx.groups.create("QQ三群", platform="qq")
    old, _ = ctx.members.create({"nickname": "老会员", "qq": "10003"})
    ctx.run(JoinGroup(group, (old,), dt.date(2022, 2, 2)), "test")
    path = write_xlsx(tmp_path / "qq群.xlsx", {"成员": QQ_SHEET})
    _, result = import_file(ctx, path, group="QQ三群")
    assert result.group_joined == 2
    rows = [r for r in ctx.groups.members_of(group) if r.member_id == old]
    assert [(r.joined, r.left) for r in rows] == [(dt.date(2022, 2, 2), None)]
    ctx.imports.undo(result.batch_id)
    assert set(_memberships(ctx, group)) == {old}


def test_an_import_that_would_overfill_the_group_is_refused_whole(ctx: Any, tmp_path: Path) -> None:
    group = ctx.groups.create("小群", capacity=2)
    path = write_xlsx(tmp_path / "qq群.xlsx", {"成员": QQ_SHEET})
    plan = ctx.imports.plan(path, ImportOptions(group="小群"))
    with pytest.raises(ValidationError) as refused:
        ctx.imports.apply(plan)
    assert "最多 2 人" in str(refused.value) and "没有做任何修改" in str(refused.value)
    assert count(ctx) == 0 and ctx.imports.history() == []
    assert _memberships(ctx, group) == {}


def test_a_group_filled_to_ninety_percent_warns(ctx: Any, tmp_path: Path) -> None:
    ctx.groups.create("小群", capacity=3)
    path = write_xlsx(tmp_path / "qq群.xlsx", {"成员": QQ_SHEET})
    _, result = import_file(ctx, path, group="小群")
    assert result.group_joined == 3
    assert result.group_warning is not None and "3/3" in result.group_warning


def test_cli_group_must_exist_and_says_how_to_create_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    path = write_xlsx(tmp_path / "qq群.xlsx", {"成员": QQ_SHEET})
    assert main(["--db", db, "import", str(path), "--group", "没有的群"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert (
        len(err) == 1 and "没有名为「没有的群」的社群" in err[0] and "新建群「没有的群」" in err[0]
    )
    assert main(["--db", db, "members", "--json"]) == 0
    assert capsys.readouterr().out.strip() == ""


def test_cli_group_and_near_duplicates_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.bootstrap import open_context

    db = str(tmp_path / "cli.sqlite3")
    ctx = open_context(db)
    ctx.groups.create("QQ三群", platform="qq")
    xiaomei, _ = ctx.members.create({"nickname": "小美", "wechat": "wx_xiaomei"})
    amy, _ = ctx.members.create({"nickname": "ＡＭＹ"})
    # Same nickname but another QQ: two people, not offered.
    ctx.members.create({"nickname": "老会员", "qq": "99999"})
    ctx.close()
    path = write_xlsx(tmp_path / "qq群.xlsx", {"成员": QQ_SHEET})
    assert main(["--db", db, "import", str(path), "--group", "QQ三群", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["group"] == "QQ三群" and data["group_joined"] == 3 and data["new"] == 3
    pairs = {(p["imported_nickname"], p["existing_id"]) for p in data["near_duplicates"]}
    assert pairs == {("小美🐰", xiaomei), ("Amy-杭州", amy)}
    assert all(p["score"] == 100 for p in data["near_duplicates"])

    assert main(["--db", db, "members", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sum("QQ三群" in r["groups"] for r in rows) == 3


def test_near_duplicates_fuzzy_and_not_across_digits(ctx: Any, tmp_path: Path) -> None:
    typo, _ = ctx.members.create({"nickname": "晴天娃娃"})
    ctx.members.create({"nickname": "小美12"})
    ctx.members.create({"nickname": "院长"})
    rows = [["昵称"], ["晴天娃娃娃"], ["小美13"], ["院长大人"], ["糖糖"]]
    path = write_xlsx(tmp_path / "名单.xlsx", {"S": rows})
    _, result = import_file(ctx, path)
    near = ctx.imports.near_duplicates(result.batch_id)
    assert [(n.imported_nickname, n.existing_id) for n in near] == [("晴天娃娃娃", typo)]
    assert 85 <= near[0].score < 100


def test_near_duplicates_of_a_large_import_are_found_by_key(ctx: Any, tmp_path: Path) -> None:
    """5,000 imported against 5,000 existing: exact keys through the index, fuzzy by blocks."""
    names = [f"会员{i:05d}" for i in range(5000)]
    first = tmp_path / "老名单.csv"
    first.write_text("昵称\n" + "\n".join(names), encoding="utf-8")
    import_file(ctx, first)
    rows = [["昵称"]] + [[f"{n}🌸"] for n in names[:50]] + [[f"新人{i}"] for i in range(4950)]
    path = tmp_path / "大名单.csv"
    path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    _, result = import_file(ctx, path)
    near = ctx.imports.near_duplicates(result.batch_id)
    assert len(near) == 50
    assert {n.imported_nickname for n in near} == {f"{n}🌸" for n in names[:50]}


def test_cli_dry_run_refuses_an_overfilled_group_and_previews_a_full_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.bootstrap import open_context

    db = str(tmp_path / "cli.sqlite3")
    ctx = open_context(db)
    ctx.groups.create("小群", capacity=2)
    ctx.groups.create("刚好", capacity=3)
    ctx.close()
    path = write_xlsx(tmp_path / "qq群.xlsx", {"成员": QQ_SHEET})
    # The dry run says what the import would: refused whole, exit 2, one sentence.
    assert main(["--db", db, "import", str(path), "--group", "小群", "--dry-run"]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "最多 2 人" in err[0]
    assert "预览" not in captured.out
    assert main(["--db", db, "import", str(path), "--group", "刚好", "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dry_run"] and data["group_joined"] == 3 and "3/3" in data["group_warning"]
    assert main(["--db", db, "import", str(path), "--group", "刚好", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "导入后将有 3 位成员加入社群「刚好」" in out and "3/3" in out
    assert main(["--db", db, "members", "--json"]) == 0
    assert capsys.readouterr().out.strip() == ""  # nothing was written
