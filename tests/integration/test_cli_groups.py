"""`shequn groups [--json]`: one object per group, subgroups with parent and leader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_groups_json_lists_every_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "demo", "--members", "120", "--seed", "5"]) == 0
    capsys.readouterr()
    from app.bootstrap import open_context
    from app.members.group_ops import ArchiveGroup

    ctx = open_context(db)
    archived = next(g.id for g in ctx.groups.list_groups() if g.name == "福利团购群")
    ctx.run(ArchiveGroup(archived), "test")
    ctx.close()

    assert main(["--db", db, "groups", "--json"]) == 0
    groups = _lines(capsys)
    keys = {"id", "name", "platform", "capacity", "members", "parent", "leader", "archived"}
    assert all(set(g) == keys for g in groups)
    by_name = {g["name"]: g for g in groups}
    vip = by_name["VIP 付费会员群"]
    sub = by_name["VIP 打卡小组1"]
    assert (sub["parent"], sub["capacity"], sub["members"]) == (vip["id"], 15, 15)
    assert isinstance(sub["leader"], int)
    assert by_name["QQ 护肤粉丝群"]["platform"] == "qq"
    assert by_name["福利团购群"]["archived"] is True and vip["archived"] is False
    assert sum(int(str(g["members"])) for g in groups if g["parent"] is None) >= 120

    assert main(["--db", db, "groups"]) == 0
    text = capsys.readouterr().out
    assert "VIP 打卡小组1" in text and "属于「VIP 付费会员群」" in text and "已归档" in text


def test_groups_on_an_empty_database_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "e.sqlite3"), "groups"]) == 0
    assert "还没有群" in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "e.sqlite3"), "groups", "--json"]) == 0
    assert capsys.readouterr().out == ""
